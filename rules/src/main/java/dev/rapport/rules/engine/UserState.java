package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.UserHistory;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.PseudonymCode;
import dev.rapport.rules.stats.WeekTally;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the engine keeps about one coached person: weekly tallies and the rolling, bounded history the
 * rules look back on. Ids, times, counts and link fingerprints only; never text.
 */
final class UserState implements UserHistory {

    static final Duration LINK_MEMORY = Duration.ofDays(7);
    static final Duration BURST_MEMORY = Duration.ofHours(1);
    /** Repeat guards: a rule that spoke within this long stays quiet about the same subject. */
    static final Duration GUARD_MEMORY = Duration.ofDays(30);
    /** The longest look-back any rule threshold allows (links.drop quiet-days, oneway.asks lookback-days: 365). */
    static final Duration LONGEST_LOOK_BACK = Duration.ofDays(365);
    /**
     * Own messages are remembered for a day (and at most this many) so that an edit or a deletion can be taken back
     * out of the tallies; later edits and deletions leave the numbers as they were. A day covers nearly every edit,
     * and keeps a person's memory proportional to a day of their messages, not to all of them.
     */
    static final Duration EDIT_MEMORY = Duration.ofDays(1);
    static final int OWN_MESSAGES_KEPT = 500;

    final UserId user;
    /** The same person's state in another community, or null (the engine chains a person's states). */
    UserState next;
    /** Changed since the engine last told storage (it is then in the engine's list of changed states). */
    boolean changed;
    /** The community this state belongs to: the rules look at a person's behaviour within one community. */
    final CommunityId community;
    /** Their zone; changes when they choose another one (weeks already finished keep theirs). */
    private ZoneId zone;
    // The week of the last event and its bounds: nearly every event falls in it, and working a week out takes a
    // time-zone conversion.
    // (Epoch seconds: a week starts at a midnight, a whole second in every zone.)
    private IsoWeek lastWeek;
    private long lastWeekStart = Long.MAX_VALUE;
    private long lastWeekEnd = Long.MIN_VALUE;
    private final PseudonymCache pseudonyms;
    private final Ids ids;
    final Weeks weeks = new Weeks();
    private WeekTally lastTally;
    private IsoWeek firstWeek;
    private ZoneId firstWeekZone;
    private Instant firstWeekStart;
    IsoWeek openWeek;
    CommunityId lastCommunity;
    /** When the person last wrote anything; null when unknown. */
    Instant lastOwnMessage;
    /**
     * When the person's latest message said they are away until a known return ("off until Monday"); null when it did
     * not. Kept in snapshots (version 3): a restart while they are away still lets a question wait for their return.
     */
    Instant awaySaid;
    /**
     * The person's latest reply that signed up for a share of someone's call for helpers ("in, I'll do the Tuesday
     * rota": {@code text/SignedUp}), and the caller it replied to (a pseudonym number): the caller's directions under
     * it hand over work already said yes to (see {@code Recipients}). Kept in snapshots (version 15): the directions
     * often come a day or more later, and a restart in between must not make them a question waiting.
     */
    MessageId signedUp;
    long signedUpTo = -1;
    /**
     * The start of the day that notice named for their return ("buried in year-end until Wednesday": Wednesday), when
     * it named one; null otherwise. A question asked while they said they were away is owed from that day, not from a
     * look-in before it. Kept in snapshots (version 7) beside {@link #awaySaid}.
     */
    Instant awayUntil;
    /**
     * The later day the leave that notice announced begins ("on leave from Tue 6th till Fri 9th" said on a Monday),
     * when it named one; null otherwise. Kept in snapshots (version 10) beside {@link #awaySaid}: a restart between the
     * notice and the leave's first day still reads a word before that day as one before leaving.
     */
    Instant leaveStarts;
    /**
     * The channel where the person last promised the room a run of updates, or was asked for one ("updates to follow
     * here", "could you keep a diary of the move for us?": {@code text/PostsPromised}), and when: their posts to the
     * room there in the {@link #POSTS_PROMISED_FOR} after are what was promised or asked for. Null while none; kept
     * over a restart (snapshot version 16): the week of updates goes on across it.
     */
    private ChannelId postsPromisedIn;
    private Instant postsPromisedAt;
    /** How long a promise of updates, or a request for a diary, covers the posts that follow it: a week of them. */
    static final Duration POSTS_PROMISED_FOR = Duration.ofDays(8);
    /** When the person first spoke in each introductions channel: their introduction lasts a day from then. */
    // Made with the first introduction: most people never write in an introductions channel.
    private ChannelTimes introducedAt;
    static final Duration INTRODUCTION_WINDOW = Duration.ofDays(1);

    // Small maps (one array, none while empty) rather than HashMaps: a person holds several, most with one to three
    // entries, and a HashMap's table and entries were a large part of a person's memory.
    /** Link posts of the week and of the hour, and promotions; made with the first: most people share few. */
    private LinkLog links;
    /** Where the person last spoke ({@link #SPOKE}) and last gave something ({@link #GAVE}): one table for both. */
    private final ChannelTimes channelTimes = new ChannelTimes(2);
    private static final int SPOKE = 0;
    private static final int GAVE = 1;
    /** By pseudonym, like everything about other people. */
    private final ContactBook contacts = new ContactBook();
    /** Questions to the person still waiting for their answer. */
    final WaitingQuestions questions = new WaitingQuestions();
    /** When each repeat guard last spoke; made with the first (most people are never told anything twice). */
    private SmallMap<String, Instant> fired;
    /** Own messages of the last {@link #EDIT_MEMORY}, oldest first. */
    private final OwnMessages own = new OwnMessages();
    private int sinceSweep;

    UserState(UserId user, CommunityId community, ZoneId zone, PseudonymCache pseudonyms, Ids ids) {
        this.ids = ids;
        this.user = user;
        this.community = community;
        this.zone = zone;
        this.pseudonyms = pseudonyms;
    }

    ZoneId zone() {
        return zone;
    }

    void zone(ZoneId newZone) {
        zone = newZone;
        lastWeek = null;
        lastWeekStart = Long.MAX_VALUE;
        lastWeekEnd = Long.MIN_VALUE;
    }

    /** The person's ISO week of {@code time}, in their zone. */
    IsoWeek weekOf(Instant time) {
        long second = time.getEpochSecond();
        if (second >= lastWeekStart && second < lastWeekEnd) {
            return lastWeek;
        }
        lastWeek = ids.week(IsoWeek.of(time, zone));
        lastWeekStart = lastWeek.start(zone).getEpochSecond();
        lastWeekEnd = lastWeek.end(zone).getEpochSecond();
        return lastWeek;
    }

    WeekTally tally(IsoWeek week) {
        // Nearly every event counts in the same week as the one before.
        if (lastTally != null && lastTally.week().equals(week)) {
            return lastTally;
        }
        lastTally = weeks.tally(week);
        return lastTally;
    }

    /** The start of the first week the engine knows of this person: their history starts there. */
    Instant knownSince(Instant fallback) {
        if (weeks.isEmpty()) {
            return fallback;
        }
        IsoWeek first = weeks.firstWeek();
        // Asked for every message; the first week rarely changes and its start takes a time-zone conversion.
        if (!first.equals(firstWeek) || !zone.equals(firstWeekZone)) {
            firstWeek = first;
            firstWeekZone = zone;
            firstWeekStart = first.start(zone);
        }
        return firstWeekStart;
    }

    /** An interaction with the counterpart of pseudonym number {@code other}. */
    void interacted(long other, Instant at) {
        contacts.interacted(other, at.toEpochMilli(), false);
    }

    /** As {@link #interacted(long, Instant)}; {@code welcomeOnly} when they only welcomed the person (a greeting). */
    void interacted(long other, Instant at, boolean welcomeOnly) {
        contacts.interacted(other, at.toEpochMilli(), false, welcomeOnly);
    }

    void gave(long other, ChannelId channel, Instant at) {
        gave(other, channel, at, false);
    }

    /** One's own word to them that gives nothing (a question of one's own): met, and met again, but no gift. */
    void spokeTo(long other, Instant at) {
        contacts.spokeTo(other, at.toEpochMilli());
    }

    /** As {@link #gave(long, ChannelId, Instant)}; {@code welcomeOnly} when the person only welcomed them. */
    void gave(long other, ChannelId channel, Instant at, boolean welcomeOnly) {
        contacts.interacted(other, at.toEpochMilli(), true, welcomeOnly);
        channelTimes.latest(GAVE, channel, at);
    }

    // --- own messages, for edits and deletions -------------------------------------------------------------

    void remember(MessageId id, OwnMessage message) {
        own.add(id, message, message.at().minus(EDIT_MEMORY), OWN_MESSAGES_KEPT);
    }

    OwnMessage takeOwn(MessageId id) {
        return own.take(id);
    }

    /** What an own message still remembered added to the tallies, left in place; null when it is not remembered. */
    OwnMessage ownMessage(MessageId id) {
        return own.peek(id);
    }

    /** An own question to the room drew an answer: it counts as conversation from now on ({@link OwnMessages#drewAnswer}). */
    void drewAnswer(MessageId id) {
        own.drewAnswer(id);
    }

    /** Whether the person has written in this community since {@code since}: they had a chance to answer. */
    boolean wroteSince(Instant since) {
        return lastOwnMessage != null && lastOwnMessage.isAfter(since);
    }

    void postedLink(String fingerprint, ChannelId channel, MessageId message, Instant at) {
        if (links == null) {
            links = new LinkLog();
        }
        links.posted(fingerprint, channel, message, at, at.minus(LINK_MEMORY), at.minus(BURST_MEMORY));
    }

    void promoted(ChannelId channel, MessageId message, Instant at) {
        if (links == null) {
            links = new LinkLog();
        }
        links.promoted(channel, message, at, at.minus(LINK_MEMORY));
    }

    /** An offer made with {@code fingerprint}'s link in a room where it fits (a priced listing in the listings room). */
    void offered(String fingerprint, ChannelId channel, MessageId message, Instant at) {
        if (links == null) {
            links = new LinkLog();
        }
        links.offered(fingerprint, channel, message, at, at.minus(LINK_MEMORY));
    }

    /** Whether a message in an introductions channel at {@code at} is still part of the person's introduction there. */
    boolean introducing(ChannelId channel, Instant at) {
        if (introducedAt == null) {
            introducedAt = new ChannelTimes();
        }
        Instant first = introducedAt.get(channel);
        if (first == null) {
            introducedAt.put(channel, at);
            first = at;
        }
        return !at.isAfter(first.plus(INTRODUCTION_WINDOW));
    }

    /** Whether {@code at} comes before {@code day}, a day a notice named ({@code null} when it named none). */
    private static boolean before(Instant at, Instant day) {
        return day != null && at.isBefore(day);
    }

    /**
     * Notes whether the person's message at {@code at}, if it is their latest, announced an absence, and the day it
     * named for their return ({@code until}, null when it named none).
     */
    void announcedAway(Instant at, boolean away, Instant until) {
        announcedAway(at, away, until, null);
    }

    /**
     * As {@link #announcedAway(Instant, boolean, Instant)}, with the later day the leave begins ({@code starts}, null
     * when it named none): a word before that day comes before leaving, and the notice still holds as of it.
     */
    void announcedAway(Instant at, boolean away, Instant until, Instant starts) {
        if (lastOwnMessage == null || !at.isBefore(lastOwnMessage)) {
            // A word before the leave begins comes before leaving; a word before the day a notice of being busy or
            // out of reach named ("home Monday, not checking messages before then") is a look-in, not the return:
            // they are owed no answer before that day, so a question asked after the look-in waits for it as one
            // asked before did (WeekClock.graceAfterBeingAway). Either way the notice still holds.
            if (!away && awaySaid != null && (before(at, leaveStarts) || before(at, awayUntil))) {
                awaySaid = at;
                return;
            }
            awaySaid = away ? at : null;
            awayUntil = away ? until : null;
            leaveStarts = away ? starts : null;
        }
    }

    /**
     * When someone whose latest message announced an absence, writing again at {@code back}, is back as they said: the
     * day their notice named, when that is later (a look-in before it is not the return they named), else {@code back}.
     * Read before the message at {@code back} counts as their latest.
     */
    Instant returnFrom(Instant back) {
        return awayUntil != null && awaySaid != null && awaySaid.equals(lastOwnMessage) && awayUntil.isAfter(back)
                ? awayUntil : back;
    }

    /** Whether the person's latest message announced an absence and {@code asked} came after it. */
    boolean saidAwayBefore(Instant asked) {
        return awaySaid != null && awaySaid.equals(lastOwnMessage) && asked.isAfter(awaySaid)
                && (leaveStarts == null || !asked.isBefore(leaveStarts));
    }

    /**
     * Whether the person had written nothing here for {@code quiet} before {@code asked}, judged from their latest
     * message (used for questions they have not written since): they were away when it was asked.
     */
    boolean quietBefore(Instant asked, Duration quiet) {
        return lastOwnMessage == null || lastOwnMessage.plus(quiet).isBefore(asked);
    }

    /**
     * Whether the person left off in {@code channel}: where they last spoke, they look for what follows. Someone who
     * posts in two rooms minutes apart left off in both (one sitting, within {@link CoachEngine#TURN_WINDOW} of their
     * latest message), and looks for what follows in each.
     */
    boolean leftOffIn(ChannelId channel) {
        // One sitting is one place left off: a second room visited minutes later does not take them from the first.
        return lastOwnMessage != null && lastSpokeIn(channel)
                .filter(t -> !t.isBefore(lastOwnMessage.minus(CoachEngine.TURN_WINDOW))).isPresent();
    }

    void spokeIn(ChannelId channel, Instant at) {
        if (lastOwnMessage == null || at.isAfter(lastOwnMessage)) {
            lastOwnMessage = at;
        }
        channelTimes.latest(SPOKE, channel, at);
    }

    /** Forgets what a deleted or edited message added to the rolling history. */
    void forgetMessage(MessageId message) {
        if (links != null) {
            links.forget(message);
        }
    }

    /**
     * Gives back a mark {@link #firstTimeIn} just set for {@code key}, {@code before} being what it replaced (null:
     * none): the tip it was set for was not given, so a later message may still give it.
     */
    void unmark(String key, Instant before) {
        if (fired == null) {
            return;
        }
        if (before == null) {
            fired.remove(key);
            if (fired.isEmpty()) {
                fired = null;
            }
        } else {
            fired.put(key, before);
        }
    }

    /** When {@link #firstTimeIn} last marked {@code key}, if it is still kept. */
    Instant markedAt(String key) {
        return fired == null ? null : fired.get(key);
    }

    boolean firstTimeIn(String key, Instant now, Duration rearm) {
        if (fired == null) {
            fired = new SmallMap<>();
        }
        Instant last = fired.get(key);
        if (last != null && now.isBefore(last.plus(rearm))) {
            return false;
        }
        fired.put(key, now);
        return true;
    }

    /**
     * When the person last asked for help, per channel: a matter of hours, kept in snapshots all the same, so a help
     * conversation under way at a restart goes on as one.
     */
    private ChannelTimes askedIn;

    void askedFor(ChannelId channel, Instant at) {
        if (askedIn == null) {
            askedIn = new ChannelTimes();
        }
        askedIn.put(channel, at);
    }

    /** Whether the person asked for help in {@code channel} within {@code window} before {@code at}. */
    boolean seekingHelp(ChannelId channel, Instant at, Duration window) {
        Instant asked = askedIn == null ? null : askedIn.get(channel);
        return asked != null && !at.isAfter(asked.plus(window));
    }

    /** How many helpers of one request for help to the room are remembered ({@link #helpers}). */
    private static final int HELPERS_KEPT = 8;
    /**
     * The channel where the person last asked the room for help (a question or a problem told, naming nobody), when,
     * and who spoke to them there since (by pseudonym number, at most {@link #HELPERS_KEPT}): their helpers. A matter
     * of minutes, so not kept in snapshots: after a restart a helper's question waits as any other.
     */
    private ChannelId helpAskedIn;
    private Instant helpAskedAt;
    private long[] helpers;
    private int helperCount;

    /** The person asked the room for help in {@code channel} at {@code at}: a new set of helpers starts there. */
    void askedTheRoom(ChannelId channel, Instant at) {
        if (!channel.equals(helpAskedIn) || helpAskedAt == null
                || at.isAfter(helpAskedAt.plus(CoachEngine.TURN_WINDOW))) {
            helperCount = 0;
        }
        helpAskedIn = channel;
        helpAskedAt = at;
    }

    /** Whether {@code at} falls within the hour after the person last asked the room for help in {@code channel}. */
    boolean helpAskedOfTheRoom(ChannelId channel, Instant at) {
        return channel.equals(helpAskedIn) && helpAskedAt != null && !at.isBefore(helpAskedAt)
                && !at.isAfter(helpAskedAt.plus(CoachEngine.TURN_WINDOW));
    }

    /** {@code who} spoke to the person in {@code channel} at {@code at}: a helper, when it is the room they asked. */
    void spokenToBy(long who, ChannelId channel, Instant at) {
        if (!helpAskedOfTheRoom(channel, at) || isHelper(who) || helperCount >= HELPERS_KEPT) {
            return;
        }
        if (helpers == null) {
            helpers = new long[HELPERS_KEPT];
        }
        helpers[helperCount++] = who;
    }

    /** Whether {@code who} spoke to the person where they last asked the room for help, since they asked. */
    boolean isHelper(long who) {
        for (int i = 0; i < helperCount; i++) {
            if (helpers[i] == who) {
                return true;
            }
        }
        return false;
    }

    /** Who replied under the person's own posts lately; made with the first such reply, kept in snapshots. */
    private RepliesUnderOwn repliesUnder;

    /** {@code who} replied under the person's own post {@code post}. */
    void repliedUnder(MessageId post, UserId who, Instant at) {
        if (repliesUnder == null) {
            repliesUnder = new RepliesUnderOwn();
        } else if (repliesUnder.hasStandIns()) {
            // Taken back by a stand-in, they are the same person: one reply under the post, as without a restart.
            repliesUnder.renamed(u -> pseudonyms.same(u, who) ? who : pseudonyms.real(u), PseudonymCache::isStandIn);
        }
        repliesUnder.replied(post, who, at);
    }

    /** The people who replied under the person's own post {@code post} lately ({@link RepliesUnderOwn}). */
    List<UserId> repliersUnder(MessageId post, Instant now) {
        if (repliesUnder == null) {
            return List.of();
        }
        if (repliesUnder.hasStandIns()) {
            repliesUnder.renamed(pseudonyms::real, PseudonymCache::isStandIn);
        }
        return repliesUnder.under(post, now);
    }

    /** How many people whose request for an offer the person answered are kept: the latest few buyers. */
    static final int OFFER_ASKERS_KEPT = 4;
    /**
     * The people (by pseudonym number) whose request for an offer the person answered in a room, and when. Kept in
     * snapshots by pseudonym (version 12), in the table's order.
     */
    // Made with the first: most people never answer a request for an offer.
    private LatestTimes<Long> offerAskers;

    /** The person answered {@code other}'s request for an offer at {@code at}. */
    void answeredOfferRequest(UserId other, Instant at) {
        answeredOfferRequest(pseudonyms.code(other), at);
    }

    private void answeredOfferRequest(long other, Instant at) {
        if (offerAskers == null) {
            offerAskers = new LatestTimes<>(OFFER_ASKERS_KEPT);
        }
        offerAskers.note(other, at);
    }

    /** Whose request for an offer the person answered, by pseudonym, in the order noting them again rebuilds. */
    private Map<String, Instant> offerAskersKept() {
        if (offerAskers == null) {
            return Map.of();
        }
        Map<String, Instant> kept = new LinkedHashMap<>();
        offerAskers.forEachInOrder((code, at) -> kept.put(PseudonymCode.text(code), at));
        return kept;
    }

    @Override
    public Optional<Instant> answeredOfferRequestOf(UserId other) {
        return offerAskers == null ? Optional.empty() : offerAskers.of(pseudonyms.code(other));
    }

    /** How many of the person's posts under which a reminder was asked are kept: a few at a time, as anyone's. */
    static final int REMINDERS_KEPT = 4;
    /**
     * The person's own posts under which someone asked to be reminded or told when it comes, and when they last asked,
     * the oldest post let go when a fifth is asked under (the rule reads only those of its week). Kept in snapshots
     * (version 11): a restart between the request and the reminder does not make the reminder a repeat.
     */
    // Made with the first: most people are never asked for a reminder.
    private LatestTimes<MessageId> remindedUnder;

    /** Someone asked, under the person's own post {@code post}, to be reminded of it or told when it comes. */
    void reminderAsked(MessageId post, Instant at) {
        if (remindedUnder == null) {
            remindedUnder = new LatestTimes<>(REMINDERS_KEPT);
        }
        remindedUnder.note(post, at);
    }

    /** The posts under which a reminder was asked, by id, in the order they are kept: for the snapshot. */
    private Map<String, Instant> remindersKept() {
        if (remindedUnder == null) {
            return Map.of();
        }
        Map<String, Instant> kept = new LinkedHashMap<>();
        remindedUnder.forEachInOrder((post, at) -> kept.put(post.value(), at));
        return kept;
    }

    @Override
    public Optional<Instant> reminderAskedUnder(MessageId post) {
        return remindedUnder == null ? Optional.empty() : remindedUnder.of(post);
    }

    /**
     * The person's latest link post to the room that nothing answered yet, and its week: their next word in its
     * channel decides whether it opened a conversation ({@code links.share}). Null when there is none. Not kept in
     * snapshots: after a restart the post counts as any link post.
     */
    ChannelId linkPostIn;
    Instant linkPostAt;
    IsoWeek linkPostWeek;

    void sweep(Instant now) {
        if (++sinceSweep < 256) {
            return;
        }
        sinceSweep = 0;
        Instant dayAgo = now.minus(Duration.ofDays(1));
        if (askedIn != null) {
            askedIn.forgetBefore(dayAgo);
            if (askedIn.size() == 0) {
                askedIn = null;
            }
        }
        Instant linkHorizon = now.minus(LINK_MEMORY);
        if (links != null) {
            links.sweepPosts(linkHorizon);
            if (links.isEmpty()) {
                links = null;
            }
        }
        Instant lookBack = now.minus(LONGEST_LOOK_BACK);
        channelTimes.forgetBefore(lookBack);
        // Someone not met for longer than any rule looks back is, to the rules, someone new.
        contacts.forgetBefore(lookBack.toEpochMilli());
        Instant guardHorizon = now.minus(GUARD_MEMORY);
        if (fired != null) {
            fired.removeIf((key, t) -> t.isBefore(guardHorizon));
            if (fired.isEmpty()) {
                fired = null;
            }
        }
        // Overdue questions were reported; after a week they are history, not something to answer now.
        questions.sweep(now);
    }

    // --- snapshots ---------------------------------------------------------------------------------------------

    UserSnapshot snapshot() {
        return snapshot(null);
    }

    /**
     * How waiting question {@code w} was put, its words keyed with {@code key} (left out without one); empty for one
     * put plainly, as every question read before version 13.
     */
    private static Optional<UserSnapshot.Heard> heard(WaitingQuestion w, TopicKey key) {
        boolean wordsKnown = w.topic != null && (w.keyedWith != null || key != null);
        if (!wordsKnown && !w.passed && !w.wordsWanted && !w.inHelpThread && w.under == null && w.thread == null) {
            return Optional.empty();
        }
        List<Integer> topic = !wordsKnown ? List.of()
                : Question.boxed(w.keyedWith != null ? w.topic : key.of(w.topic));
        // Its names, keyed as its words are: only with them (a question's names are among its words).
        List<Integer> names = !wordsKnown || w.names == null || w.names.length == 0 ? List.of()
                : Question.boxed(w.keyedWith != null ? w.names : key.of(w.names));
        // The words of its own question sentences, keyed alike (a subset of its words).
        List<Integer> asked = !wordsKnown || w.asked == null || w.asked.length == 0 ? List.of()
                : Question.boxed(w.keyedWith != null ? w.asked : key.of(w.asked));
        return Optional.of(new UserSnapshot.Heard(topic, wordsKnown, w.passed, w.wordsWanted, w.inHelpThread,
                Optional.ofNullable(w.under), names, asked, Optional.ofNullable(w.thread)));
    }

    /** As {@link #snapshot()}, waiting questions' words keyed with {@code topicKey} (none kept when null). */
    UserSnapshot snapshot(TopicKey topicKey) {
        List<UserSnapshot.Week> weekList = new ArrayList<>(weeks.size());
        for (WeekTally t : weeks.values()) {
            Map<String, UserSnapshot.Counterpart> cps = new HashMap<>();
            t.counterparts().forEach((p, c) -> cps.put(p, new UserSnapshot.Counterpart(c.given(), c.received(), c.audience(),
                    c.helped(), c.acknowledged(), c.receivedDays())));
            Map<String, Integer> communities = new HashMap<>();
            t.messagesByCommunity().forEach((c, n) -> communities.put(c.value(), n));
            List<UserSnapshot.Licensed> licensed = new ArrayList<>();
            t.licensedPosts().forEach((id, channel) -> licensed.add(new UserSnapshot.Licensed(id, channel)));
            // In id order, so that the same state always gives the same snapshot.
            licensed.sort(Comparator.comparing(UserSnapshot.Licensed::message));
            List<ChannelId> toNobody = new ArrayList<>(t.toNobodyIn());
            toNobody.sort(null);
            weekList.add(new UserSnapshot.Week(t.week(), t.counts(), t.responseTimes(), t.interactionsByAudience(),
                    communities, cps, t.findings(), t.closed(), licensed, toNobody,
                    // Only the week's end reads them: a closed week keeps its counts alone.
                    t.closed() ? Optional.empty() : Optional.of(t.turnsRead())));
        }
        List<UserSnapshot.Post> posts = new ArrayList<>();
        List<UserSnapshot.Post> promos = new ArrayList<>();
        List<UserSnapshot.Post> offers = new ArrayList<>(0);
        if (links != null) {
            links.forEach(LinkLog.POSTS, (fp, p) -> posts.add(new UserSnapshot.Post(fp, p.channel(), p.message(), p.time())));
            links.forEach(LinkLog.PROMOTIONS, (fp, p) -> promos.add(new UserSnapshot.Post("", p.channel(), p.message(), p.time())));
            links.forEach(LinkLog.OFFERS, (fp, p) -> offers.add(new UserSnapshot.Post(fp, p.channel(), p.message(), p.time())));
        }
        // In time order; posts of one moment by fingerprint, so that the same state always gives the same snapshot.
        posts.sort(Comparator.comparing(UserSnapshot.Post::at).thenComparing(UserSnapshot.Post::fingerprint));
        Map<String, UserSnapshot.Contact> cs = new HashMap<>();
        contacts.forEach((p, first, lastGave, onlyWelcomed, metAgain) -> cs.put(p, new UserSnapshot.Contact(
                instant(first), instant(lastGave), onlyWelcomed, instant(metAgain))));
        List<UserSnapshot.Waiting> ws = new ArrayList<>();
        for (WaitingQuestion w : questions.all()) {
            // Waiting for the person's return, or in their first hour back: not told yet, so kept as such.
            boolean pending = w.overdue && !w.reported;
            // With extra time (from the person's return after an announced absence, or from a business's stated
            // opening) and not told: kept with that time, also while it waits for the person's first word, or a
            // restart over a closed weekend would owe the question from their first hour back instead.
            boolean timedFromReturn = w.graceEnds != null && (!w.overdue || pending);
            ws.add(new UserSnapshot.Waiting(w.message, w.fromPseudonym(), w.audience, w.channel, w.since, w.week,
                    w.community, w.overdue, pending && w.deferred,
                    pending && !w.deferred || timedFromReturn ? Optional.ofNullable(w.back) : Optional.empty(), w.team,
                    pending && !w.deferred || timedFromReturn ? Optional.ofNullable(w.graceEnds) : Optional.empty(),
                    heard(w, topicKey)));
        }
        // What was learned and passed over is the community's to add (UserSnapshot.withHelping).
        return UserSnapshot.builder(user, zone).openWeek(Optional.ofNullable(openWeek)).community(community)
                .weeks(weekList).links(posts).promotions(promos).lastSpoke(byChannel(channelTimes, SPOKE))
                .contacts(cs).lastGaveIn(byChannel(channelTimes, GAVE)).waiting(ws).fired(firedMap())
                .awaySaid(Optional.ofNullable(awaySaid)).askedForHelp(askedIn == null ? Map.of() : byChannel(askedIn, 0))
                .repliesUnder(repliesKept()).awayUntil(Optional.ofNullable(awayUntil))
                .leaveStarts(Optional.ofNullable(leaveStarts)).remindersAsked(remindersKept())
                .offerAskers(offerAskersKept())
                .introducedIn(introducedAt == null ? Map.of() : byChannel(introducedAt, 0)).offers(offers)
                .signedUp(signedUp == null ? Optional.empty()
                        : Optional.of(new UserSnapshot.SignUp(signedUp, PseudonymCode.text(signedUpTo))))
                .postsPromised(postsPromisedIn == null ? Map.of() : Map.of(postsPromisedIn.value(), postsPromisedAt))
                .build();
    }

    /** Who replied under the person's own posts, by pseudonym, in the ring's order ({@link RepliesUnderOwn}). */
    private List<UserSnapshot.Reply> repliesKept() {
        if (repliesUnder == null) {
            return List.of();
        }
        List<RepliesUnderOwn.Reply> kept = repliesUnder.replies();
        List<UserSnapshot.Reply> out = new ArrayList<>(kept.size());
        for (RepliesUnderOwn.Reply r : kept) {
            out.add(new UserSnapshot.Reply(r.post(), pseudonyms.of(r.by()), r.at()));
        }
        return out;
    }

    static UserState restore(UserSnapshot s, PseudonymCache pseudonyms, Ids ids) {
        return restore(s, pseudonyms, ids, null);
    }

    /**
     * As {@link #restore(UserSnapshot, PseudonymCache, Ids)}; waiting questions' keyed words are compared under
     * {@code topicKey} (none taken back when null).
     */
    static UserState restore(UserSnapshot s, PseudonymCache pseudonyms, Ids ids, TopicKey topicKey) {
        CommunityId community = s.community().orElseThrow(() -> new IllegalArgumentException(
                "the snapshot of " + s.user() + " names no community"));
        UserState u = new UserState(s.user(), community, s.zone(), pseudonyms, ids);
        u.openWeek = s.openWeek().orElse(null);
        u.lastCommunity = community;
        for (UserSnapshot.Week w : s.weeks()) {
            Map<String, int[]> gr = new HashMap<>();
            Map<String, Audience> audiences = new HashMap<>();
            w.counterparts().forEach((p, c) -> {
                gr.put(p, new int[]{c.given(), c.received(), c.helped(), c.acknowledged(), c.receivedDays()});
                audiences.put(p, c.audience());
            });
            Map<CommunityId, Integer> communities = new HashMap<>();
            w.communities().forEach((c, n) -> communities.put(CommunityId.of(c), n));
            WeekTally t = WeekTally.restore(ids.week(w.week()), w.counts(), w.responseSeconds(), w.interactions(),
                    communities, gr, audiences, w.findings(), w.closed());
            Map<MessageId, ChannelId> licensed = new HashMap<>();
            for (UserSnapshot.Licensed l : w.licensed()) {
                licensed.put(l.message(), l.channel());
            }
            t.restoreTurnsJudged(licensed, w.toNobodyIn());
            w.turns().ifPresent(t::restoreTurnsRead);
            u.weeks.put(t);
        }
        for (UserSnapshot.Post p : s.links()) {
            u.postedLink(p.fingerprint(), p.channel(), p.message(), p.at());
        }
        for (UserSnapshot.Post p : s.promotions()) {
            u.promoted(p.channel(), p.message(), p.at());
        }
        for (UserSnapshot.Post p : s.offers()) {
            u.offered(p.fingerprint(), p.channel(), p.message(), p.at());
        }
        s.lastSpoke().forEach((c, t) -> u.spokeIn(ChannelId.of(c), t));
        // After lastOwnMessage: an absence counts only while the message that announced it is the person's latest.
        u.awaySaid = s.awaySaid().orElse(null);
        u.awayUntil = u.awaySaid == null ? null : s.awayUntil().orElse(null);
        u.leaveStarts = u.awaySaid == null ? null : s.leaveStarts().orElse(null);
        s.remindersAsked().forEach((post, at) -> u.reminderAsked(MessageId.of(post), at));
        // Text that is no pseudonym (a hand-edited document) names nobody: left out.
        if (!s.introducedIn().isEmpty()) {
            u.introducedAt = new ChannelTimes();
            s.introducedIn().forEach((c, at) -> u.introducedAt.put(ChannelId.of(c), at));
        }
        // A caller's pseudonym of another form (a hand-edited document) names nobody: no sign-up taken back.
        s.signedUp().filter(up -> PseudonymCode.of(up.caller()) >= 0).ifPresent(up -> {
            u.signedUp = up.reply();
            u.signedUpTo = PseudonymCode.of(up.caller());
        });
        // At most one; of a hand-edited document's several, the latest is the person's last promise.
        s.postsPromised().entrySet().stream().max(Map.Entry.comparingByValue())
                .ifPresent(p -> u.postsPromised(ChannelId.of(p.getKey()), p.getValue()));
        s.offerAskers().forEach((asker, at) -> {
            long code = PseudonymCode.of(asker);
            if (code >= 0) {
                u.answeredOfferRequest(code, at);
            }
        });
        s.contacts().forEach((p, c) -> u.contacts.restore(p, c.first().map(Instant::toEpochMilli).orElse(ContactBook.NEVER),
                c.lastGave().map(Instant::toEpochMilli).orElse(ContactBook.NEVER), c.onlyWelcomed(),
                c.metAgain().map(Instant::toEpochMilli).orElse(ContactBook.NEVER)));
        s.lastGaveIn().forEach((c, t) -> u.channelTimes.put(GAVE, ChannelId.of(c), t));
        s.askedForHelp().forEach((c, t) -> u.askedFor(ChannelId.of(c), t));
        List<RepliesUnderOwn.Reply> replies = new ArrayList<>(s.repliesUnder().size());
        boolean standIns = false;
        for (UserSnapshot.Reply r : s.repliesUnder()) {
            // Known by id if seen since (or coached), else by a stand-in until they are; text that is no pseudonym: out.
            UserId by = pseudonyms.person(r.by());
            if (by != null) {
                replies.add(new RepliesUnderOwn.Reply(r.post(), by, r.at()));
                standIns |= PseudonymCache.isStandIn(by);
            }
        }
        u.repliesUnder = RepliesUnderOwn.of(replies, standIns);
        for (UserSnapshot.Waiting w : s.waiting()) {
            WaitingQuestion waiting = new WaitingQuestion(w.message(), w.from(), w.audience(), w.channel(), w.since(), w.week(), w.community());
            waiting.overdue = w.overdue();
            waiting.team = w.team();
            // Overdue was told, unless it still waits for the person's return or their first hour back.
            waiting.back = w.back().orElse(null);
            waiting.graceEnds = waiting.back == null ? null : w.graceEnds().orElse(null);
            waiting.reported = w.overdue() && !w.deferred() && waiting.back == null;
            if (w.heard().isPresent()) {
                UserSnapshot.Heard h = w.heard().get();
                if (h.wordsKnown() && topicKey != null) {
                    waiting.topic = h.topic().stream().mapToInt(Integer::intValue).sorted().toArray();
                    waiting.names = h.names().isEmpty() ? null
                            : h.names().stream().mapToInt(Integer::intValue).sorted().toArray();
                    waiting.asked = h.asked().isEmpty() ? null
                            : h.asked().stream().mapToInt(Integer::intValue).sorted().toArray();
                    waiting.keyedWith = topicKey;
                }
                waiting.passed = h.passed();
                waiting.wordsWanted = h.wordsWanted();
                waiting.inHelpThread = h.inHelpThread();
                waiting.under = h.under().orElse(null);
                waiting.thread = h.thread().orElse(null);
            }
            u.questions.await(waiting);
            if (w.overdue() && w.deferred()) {
                u.questions.defer(waiting);
            }
        }
        s.fired().forEach((key, at) -> {
            if (u.fired == null) {
                u.fired = new SmallMap<>();
            }
            u.fired.put(key, at);
        });
        return u;
    }

    private static Optional<Instant> instant(long epochMilli) {
        return epochMilli == ContactBook.NEVER ? Optional.empty() : Optional.of(Instant.ofEpochMilli(epochMilli));
    }

    private Map<String, Instant> firedMap() {
        Map<String, Instant> out = new HashMap<>();
        if (fired != null) {
            fired.forEach(out::put);
        }
        return out;
    }

    private static Map<String, Instant> byChannel(ChannelTimes m, int column) {
        Map<String, Instant> out = new HashMap<>();
        m.forEach(column, (c, t) -> out.put(c.value(), t));
        return out;
    }

    // --- UserHistory -----------------------------------------------------------------------------------------

    @Override
    public List<LinkPost> postsOf(String fingerprint) {
        return links == null ? List.of() : links.postsOf(fingerprint);
    }

    @Override
    public List<LinkPost> offersOf(String fingerprint) {
        return links == null ? List.of() : links.offersOf(fingerprint);
    }

    /** The person's messages of the last week that linked to {@code host}, to another page than {@code except}. */
    List<MessageId> messagesOnOther(String host, String except) {
        return links == null ? List.of() : links.messagesOnOther(host, except);
    }

    /** Whether the person linked to {@code host} in the last week, to another page than {@code except}. */
    boolean postedOtherOn(String host, String except) {
        return links != null && links.postedOtherOn(host, except);
    }

    @Override
    public List<LinkPost> recentLinks() {
        return links == null ? List.of() : links.list(LinkLog.RECENT);
    }

    @Override
    public Optional<Instant> lastSpokeIn(ChannelId channel) {
        return Optional.ofNullable(channelTimes.get(SPOKE, channel));
    }

    @Override
    public Optional<Instant> firstInteractionWith(UserId other) {
        return instant(contacts.firstInteraction(pseudonyms.code(other)));
    }

    @Override
    public Optional<Instant> metAgainWith(UserId other) {
        return instant(contacts.metAgain(pseudonyms.code(other)));
    }

    @Override
    public Optional<Instant> lastGaveTo(UserId other) {
        return instant(contacts.lastGave(pseudonyms.code(other)));
    }

    @Override
    public Optional<Instant> lastGaveIn(ChannelId channel) {
        return Optional.ofNullable(channelTimes.get(GAVE, channel));
    }

    @Override
    public Optional<Instant> lastGaveInCommunity() {
        Instant[] latest = new Instant[1];
        channelTimes.forEach(GAVE, (channel, at) -> {
            if (latest[0] == null || at.isAfter(latest[0])) {
                latest[0] = at;
            }
        });
        return Optional.ofNullable(latest[0]);
    }

    @Override
    public List<LinkPost> recentPromotion() {
        return links == null ? List.of() : links.list(LinkLog.PROMOTIONS);
    }

    /** Channels the person spoke in recently: where their knowledge shows. */
    Set<ChannelId> activeChannels() {
        return channelTimes.channels(SPOKE);
    }

    /** The person promised the room in {@code channel} a run of updates, or was asked there for one, at {@code at}. */
    void postsPromised(ChannelId channel, Instant at) {
        postsPromisedIn = channel;
        postsPromisedAt = at;
    }

    /** Whether a post to the room in {@code channel} at {@code at} follows a promise or request of updates there. */
    boolean postsPromisedIn(ChannelId channel, Instant at) {
        return postsPromisedIn != null && postsPromisedIn.equals(channel) && !at.isBefore(postsPromisedAt)
                && at.isBefore(postsPromisedAt.plus(POSTS_PROMISED_FOR));
    }
}
