package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.TurnsRead;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the engine keeps about one coached person in one community, as plain immutable values, so that storage can keep it
 * across restarts: counts, times, message ids, link fingerprints and other people's pseudonyms. No text, no other
 * person's id. {@link CoachEngine#snapshot} makes one; {@link CoachEngine#restore} takes one back.
 *
 * @param version     the snapshot format; a newer engine reads older versions
 * @param user        the coached person
 * @param zone        their time zone
 * @param openWeek    the week still running, if any
 * @param community   the community this state belongs to (state is kept per person and community); empty only in
 *                    documents written before that, whose storage row says which community they belong to
 * @param weeks       their weeks, oldest first
 * @param links       their counted link posts of the last 7 days
 * @param promotions  their self-promotional messages of the last 7 days
 * @param lastSpoke   per channel id, when they last wrote there
 * @param contacts    per counterpart pseudonym, first interaction and last time they gave something (and when they
 *                    met again, where that does not tell it: version 17)
 * @param lastGaveIn  per channel id, when they last gave something to anyone there
 * @param waiting     questions to them still waiting for an answer
 * @param fired       per rule subject, when a rule last spoke (keeps rules from repeating themselves)
 * @param learned     what their own questions that others answered lately were about, as keyed topic words, newest
 *                    last (what they could answer for the next person who asks; version 2, empty before)
 * @param passedOver  when they passed over a request they could have answered while active, oldest first (version 2)
 * @param asked       their questions to the room nobody answered yet, oldest first: an answer after a restart still
 *                    teaches them its topic (version 2)
 * @param awaySaid    when their latest message said they are away until a known return ("off until Monday"): a
 *                    question asked after it waits for them to be back, not for the week's end (version 3, empty
 *                    before)
 * @param askedForHelp per channel id, when they last asked for help there: their next words there within the hour go
 *                    on with their own request, whatever a restart in between (version 4, empty before)
 * @param repliesUnder who replied under their own posts lately (pseudonyms), under which post and when, in the order
 *                    the engine keeps them: their later words under such a post are said to those people, whatever a
 *                    restart in between (version 6, empty before)
 * @param awayUntil   the start of the day that announced absence named for their return ("until Wednesday"), when it
 *                    named one: a question asked while they were away is owed from that day (version 7, empty before)
 * @param leaveStarts the start of the later day that announced absence begins ("on leave from Wednesday" said on a
 *                    Monday), when it named one: a word before that day still comes before leaving, and a question
 *                    asked before it is owed as usual (version 10, empty before)
 * @param remindersAsked the person's own posts (by message id) under which someone asked to be reminded or told when
 *                    it comes, and when, in the order the engine keeps them: the next post of the link there is the
 *                    favour done, not a repeat (version 11, empty before)
 * @param offerAskers the people (pseudonyms) whose request for an offer the person answered in a room lately, and
 *                    when, in the order the engine keeps them: terms sent to them privately in the days after take up
 *                    their request, not a cold pitch, whatever a restart in between (version 12, empty before)
 * @param introducedIn per introductions channel (by id), when the person's introduction there began: a later message
 *                    there is no introduction again, whatever a restart in between (version 13, empty before)
 * @param offers      their offers of the last 7 days posted where they fit (a priced listing in the listings room),
 *                    each with its link's fingerprint: the same offer taken into other rooms after a restart is still
 *                    the one offer (version 13, empty before)
 * @param signedUp    their latest reply that signed up for a share of someone's call for helpers, and whom it replied
 *                    to: that caller's directions under it, after a restart as before, are work already said yes to,
 *                    not a question waiting (version 15, empty before)
 * @param postsPromised the channel (by id) where the person last promised the room a run of updates or was asked
 *                    there for one, and when: their posts to the room there in the week after are what was promised or
 *                    asked for, whatever a restart in between (version 16, empty before; at most one entry)
 */
public record UserSnapshot(int version, UserId user, ZoneId zone, Optional<IsoWeek> openWeek,
                           Optional<CommunityId> community, List<Week> weeks, List<Post> links, List<Post> promotions,
                           Map<String, Instant> lastSpoke, Map<String, Contact> contacts,
                           Map<String, Instant> lastGaveIn, List<Waiting> waiting, Map<String, Instant> fired,
                           List<Learned> learned, List<Instant> passedOver, List<Asked> asked,
                           Optional<Instant> awaySaid, Map<String, Instant> askedForHelp, List<Reply> repliesUnder,
                           Optional<Instant> awayUntil, Optional<Instant> leaveStarts,
                           Map<String, Instant> remindersAsked, Map<String, Instant> offerAskers,
                           Map<String, Instant> introducedIn, List<Post> offers, Optional<SignUp> signedUp,
                           Map<String, Instant> postsPromised) {

    /**
     * 2: waiting questions say whether they wait for the person to be back, and when their first hour back began;
     * what they learned lately and the requests they passed over are kept. 3: whether their latest message said they
     * are away until a known return. 4: when they last asked for help, per channel. 5: until when a team question
     * that waited through their announced absence is still theirs to take up after their return. 6: who replied under
     * their own posts lately. 7: the day their announced absence named for their return. 8: per week, the posts
     * excused as what their channel is for and the channels where turns spoken to nobody went ({@link Week}). 9: per
     * contact, whether only a bare welcome passed between them ({@link Contact}); per week not yet judged, what the
     * week's end reads of its own messages ({@link Week#turns()}). Older documents read as before (nothing learned, no
     * absence announced, no help asked for, the usual hour back, nobody replied under their posts, no day named, a
     * week's turns before the restart judged without its excused posts; a welcome the first occasion of talking, and
     * the week's messages before the restart neither excused at its end nor counted as talk in a trade's room, the week
     * never judged all about oneself). 10: the later day their announced leave begins (before, a word before that day
     * after a restart ended the notice, as for a leave that begins at once). 11: the posts under which a reminder was
     * asked (before, the promised reminder after a restart counted as one more post of its link). 12: whose request
     * for an offer they answered lately (before, terms sent to them after a restart read as a pitch to anyone new).
     * 13: per waiting question, how it was put ({@link Heard}: its keyed words, whether the person wrote in its
     * channel since, whether it wants words, whether a helper put it, the own post it replied to; before, a question
     * waiting over a restart was answered by any word or reaction as a plain one, and never by its own words), and per
     * introductions channel when the person's introduction there began (before, their first message there after a
     * restart was read as an introduction again), and their offers posted where they fit (before, the same offer
     * taken into other rooms after a restart was read as a first post of its link).
     * 14: per waiting question, the words of its own question sentences ({@link Heard#asked}, keyed as its words are;
     * before, the person's first word back after a restart that opened with a word the question asked in was read as
     * a remark, not as the asked thing said back).
     * 15: per waiting question, the message it replied to whoever wrote it ({@link Heard#thread}; before, a favour
     * asked under someone's question and answered under that question after a restart was read as unanswered), and
     * the person's latest sign-up for a share of someone's call ({@link SignUp}; before, the caller's directions under
     * it after a restart waited as a question).
     * 16: where and when the person last promised the room a run of updates or was asked for one (before, their
     * promised updates after a restart were read as posts to nobody).
     * 17: per contact, when the person met them again where the last gift does not tell it ({@link Contact#metAgain}:
     * a question of one's own put to them on a later day; before, a pitch to them after a restart read as one to
     * someone just met).
     */
    public static final int VERSION = 17;

    public UserSnapshot {
        // Absent from a version 1 document.
        learned = learned == null ? List.of() : List.copyOf(learned);
        passedOver = passedOver == null ? List.of() : List.copyOf(passedOver);
        asked = asked == null ? List.of() : List.copyOf(asked);
        // Absent before version 3.
        awaySaid = awaySaid == null ? Optional.empty() : awaySaid;
        // Absent before version 4.
        askedForHelp = askedForHelp == null ? Map.of() : Map.copyOf(askedForHelp);
        // Absent before version 6.
        repliesUnder = repliesUnder == null ? List.of() : List.copyOf(repliesUnder);
        // Absent before version 7.
        awayUntil = awayUntil == null ? Optional.empty() : awayUntil;
        // Absent before version 10.
        leaveStarts = leaveStarts == null ? Optional.empty() : leaveStarts;
        // Absent before version 11; in the engine's order, which a plain copy would not keep.
        remindersAsked = remindersAsked == null || remindersAsked.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(remindersAsked));
        // Absent before version 12; in the engine's order too.
        offerAskers = offerAskers == null || offerAskers.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(offerAskers));
        // Absent before version 13.
        introducedIn = introducedIn == null ? Map.of() : Map.copyOf(introducedIn);
        offers = offers == null ? List.of() : List.copyOf(offers);
        // Absent before version 15.
        signedUp = signedUp == null ? Optional.empty() : signedUp;
        // Absent before version 16.
        postsPromised = postsPromised == null ? Map.of() : Map.copyOf(postsPromised);
        weeks = List.copyOf(weeks);
        links = List.copyOf(links);
        promotions = List.copyOf(promotions);
        lastSpoke = Map.copyOf(lastSpoke);
        contacts = Map.copyOf(contacts);
        lastGaveIn = Map.copyOf(lastGaveIn);
        waiting = List.copyOf(waiting);
        fired = Map.copyOf(fired);
    }

    /**
     * The same snapshot with one counterpart gone from it everywhere (contacts, weekly tallies, waiting questions,
     * findings' evidence, and the rules' repeat guards whose subjects name them): what "forget me" does to other
     * people's state. Dropping a guard only lets a rule speak again sooner; it never invents state.
     */
    public UserSnapshot withoutCounterpart(String pseudonym) {
        Map<String, Contact> cs = new java.util.HashMap<>(contacts);
        cs.remove(pseudonym);
        List<Waiting> ws = waiting.stream().filter(w -> !w.from().equals(pseudonym)).toList();
        List<Week> wk = weeks.stream().map(w -> {
            Map<String, Counterpart> cps = new java.util.HashMap<>(w.counterparts());
            cps.remove(pseudonym);
            List<Finding> fs = w.findings().stream().map(f -> f.evidence().counterparts().contains(pseudonym)
                    ? new Finding(f.rule(), f.severity(), f.mode(), f.user(), f.community(), f.week(), f.at(),
                    new dev.rapport.rules.finding.Evidence(f.evidence().counts(), f.evidence().messages(),
                            f.evidence().links(), f.evidence().counterparts().stream()
                            .filter(c -> !c.equals(pseudonym)).toList(), f.evidence().suggestions(),
                            f.evidence().where()), f.tip())
                    : f).toList();
            return new Week(w.week(), w.counts(), w.responseSeconds(), w.interactions(), w.communities(), cps, fs,
                    w.closed(), w.licensed(), w.toNobodyIn(), w.turns());
        }).toList();
        Map<String, Instant> guards = new java.util.HashMap<>(fired);
        guards.keySet().removeIf(k -> k.contains(pseudonym));
        List<Reply> rs = repliesUnder.stream().filter(r -> !r.by().equals(pseudonym)).toList();
        Map<String, Instant> askers = new LinkedHashMap<>(offerAskers);
        askers.remove(pseudonym);
        // A sign-up names its caller: it goes with them.
        Optional<SignUp> signUp = signedUp.filter(u -> !u.caller().equals(pseudonym));
        return toBuilder().weeks(wk).contacts(cs).waiting(ws).fired(guards).repliesUnder(rs).offerAskers(askers)
                .signedUp(signUp).build();
    }

    /** The same snapshot without weeks before {@code first}: retention keeps the rolling state short. */
    public UserSnapshot keepingWeeksFrom(IsoWeek first) {
        List<Week> kept = weeks.stream().filter(w -> w.week().compareTo(first) >= 0).toList();
        return toBuilder().weeks(kept).build();
    }

    /** The same snapshot with what the person learned lately and the requests they passed over. */
    UserSnapshot withHelping(List<Learned> learnedNow, List<Instant> passedOverNow, List<Asked> askedNow) {
        return toBuilder().learned(learnedNow).passedOver(passedOverNow).asked(askedNow).build();
    }

    /** Whether {@code pseudonym} appears anywhere in this snapshot. */
    public boolean mentions(String pseudonym) {
        return !equals(withoutCounterpart(pseudonym));
    }

    /** Which person in which community this is; the community must be known. */
    public PersonInCommunity key() {
        return new PersonInCommunity(user, community.orElseThrow(() -> new IllegalStateException(
                "the snapshot of " + user + " names no community")));
    }

    /** The same snapshot said to belong to {@code id} (a stored document from before state was kept per community). */
    public UserSnapshot inCommunity(CommunityId id) {
        return toBuilder().community(id).build();
    }

    /**
     * An empty snapshot of {@code user} in {@code zone} at this build's {@link #VERSION}, to fill in: a document of an
     * older version is the same builder with its later parts left empty (what that version did not keep).
     */
    public static Builder builder(UserId user, ZoneId zone) {
        return new Builder(user, zone);
    }

    /** A builder holding every part of this snapshot, to change a few and build a new one. */
    public Builder toBuilder() {
        return new Builder(user, zone).version(version).openWeek(openWeek).community(community).weeks(weeks)
                .links(links).promotions(promotions).lastSpoke(lastSpoke).contacts(contacts).lastGaveIn(lastGaveIn)
                .waiting(waiting).fired(fired).learned(learned).passedOver(passedOver).asked(asked).awaySaid(awaySaid)
                .askedForHelp(askedForHelp).repliesUnder(repliesUnder).awayUntil(awayUntil).leaveStarts(leaveStarts)
                .remindersAsked(remindersAsked).offerAskers(offerAskers).introducedIn(introducedIn).offers(offers)
                .signedUp(signedUp).postsPromised(postsPromised);
    }

    /**
     * Builds a {@link UserSnapshot} part by part, every part empty until set. The record's constructor copies what it
     * is given, so a builder can be reused; one builder rather than a constructor per document version keeps adding a
     * part (the next version) to one line here and one setter.
     */
    public static final class Builder {
        private final UserId user;
        private final ZoneId zone;
        private int version = VERSION;
        private Optional<IsoWeek> openWeek = Optional.empty();
        private Optional<CommunityId> community = Optional.empty();
        private List<Week> weeks = List.of();
        private List<Post> links = List.of();
        private List<Post> promotions = List.of();
        private Map<String, Instant> lastSpoke = Map.of();
        private Map<String, Contact> contacts = Map.of();
        private Map<String, Instant> lastGaveIn = Map.of();
        private List<Waiting> waiting = List.of();
        private Map<String, Instant> fired = Map.of();
        private List<Learned> learned = List.of();
        private List<Instant> passedOver = List.of();
        private List<Asked> asked = List.of();
        private Optional<Instant> awaySaid = Optional.empty();
        private Map<String, Instant> askedForHelp = Map.of();
        private List<Reply> repliesUnder = List.of();
        private Optional<Instant> awayUntil = Optional.empty();
        private Optional<Instant> leaveStarts = Optional.empty();
        private Map<String, Instant> remindersAsked = Map.of();
        private Map<String, Instant> offerAskers = Map.of();
        private Map<String, Instant> introducedIn = Map.of();
        private List<Post> offers = List.of();
        private Optional<SignUp> signedUp = Optional.empty();
        private Map<String, Instant> postsPromised = Map.of();

        private Builder(UserId user, ZoneId zone) {
            this.user = user;
            this.zone = zone;
        }

        /** The document version this snapshot says it is (this build's by default). */
        public Builder version(int value) {
            this.version = value;
            return this;
        }

        public Builder openWeek(Optional<IsoWeek> value) {
            this.openWeek = value;
            return this;
        }

        public Builder openWeek(IsoWeek value) {
            return openWeek(Optional.of(value));
        }

        public Builder community(Optional<CommunityId> value) {
            this.community = value;
            return this;
        }

        public Builder community(CommunityId value) {
            return community(Optional.of(value));
        }

        public Builder weeks(List<Week> value) {
            this.weeks = value;
            return this;
        }

        public Builder links(List<Post> value) {
            this.links = value;
            return this;
        }

        public Builder promotions(List<Post> value) {
            this.promotions = value;
            return this;
        }

        public Builder lastSpoke(Map<String, Instant> value) {
            this.lastSpoke = value;
            return this;
        }

        public Builder contacts(Map<String, Contact> value) {
            this.contacts = value;
            return this;
        }

        public Builder lastGaveIn(Map<String, Instant> value) {
            this.lastGaveIn = value;
            return this;
        }

        public Builder waiting(List<Waiting> value) {
            this.waiting = value;
            return this;
        }

        public Builder fired(Map<String, Instant> value) {
            this.fired = value;
            return this;
        }

        public Builder learned(List<Learned> value) {
            this.learned = value;
            return this;
        }

        public Builder passedOver(List<Instant> value) {
            this.passedOver = value;
            return this;
        }

        public Builder asked(List<Asked> value) {
            this.asked = value;
            return this;
        }

        public Builder awaySaid(Optional<Instant> value) {
            this.awaySaid = value;
            return this;
        }

        public Builder askedForHelp(Map<String, Instant> value) {
            this.askedForHelp = value;
            return this;
        }

        public Builder repliesUnder(List<Reply> value) {
            this.repliesUnder = value;
            return this;
        }

        public Builder awayUntil(Optional<Instant> value) {
            this.awayUntil = value;
            return this;
        }

        public Builder leaveStarts(Optional<Instant> value) {
            this.leaveStarts = value;
            return this;
        }

        public Builder remindersAsked(Map<String, Instant> value) {
            this.remindersAsked = value;
            return this;
        }

        public Builder offers(List<Post> value) {
            this.offers = value;
            return this;
        }

        public Builder introducedIn(Map<String, Instant> value) {
            this.introducedIn = value;
            return this;
        }

        public Builder offerAskers(Map<String, Instant> value) {
            this.offerAskers = value;
            return this;
        }

        public Builder signedUp(Optional<SignUp> value) {
            this.signedUp = value;
            return this;
        }

        public Builder postsPromised(Map<String, Instant> value) {
            this.postsPromised = value;
            return this;
        }

        public UserSnapshot build() {
            return new UserSnapshot(version, user, zone, openWeek, community, weeks, links, promotions, lastSpoke,
                    contacts, lastGaveIn, waiting, fired, learned, passedOver, asked, awaySaid, askedForHelp,
                    repliesUnder, awayUntil, leaveStarts, remindersAsked, offerAskers, introducedIn, offers, signedUp,
                    postsPromised);
        }
    }

    /**
     * Someone (pseudonym) who replied under one of the person's own posts to the room ({@code post}), and when: the
     * person's later words under that post, naming nobody else, are said to them ({@code engine/RepliesUnderOwn}).
     */
    public record Reply(MessageId post, String by, Instant at) {
    }

    /**
     * The person's latest reply ({@code reply}) that signed up for a share of a call for helpers ({@code text/SignedUp}),
     * and the caller it replied to (pseudonym): their directions under it are work said yes to (version 15).
     */
    public record SignUp(MessageId reply, String caller) {
    }

    /** A link (by fingerprint; empty for a promotion) posted in a channel by a message. */
    public record Post(String fingerprint, ChannelId channel, MessageId message, Instant at) {
    }

    /**
     * First interaction with a counterpart, and the last time the person gave them something (either may be absent);
     * {@code onlyWelcomed} while only a bare welcome passed between them, so that the first word beyond it begins their
     * acquaintance (version 9; false before, and left out of a stored document while false); {@code metAgain} when the
     * person met them again on a later occasion that the last gift does not tell, as a question of their own put to
     * them on a later day, which gives nothing (version 17; empty before, and left out of a stored document while
     * empty: a contact whose last gift came half a day or more after the first interaction was met again then).
     */
    public record Contact(Optional<Instant> first, Optional<Instant> lastGave, boolean onlyWelcomed,
                          Optional<Instant> metAgain) {
        public Contact {
            // Absent before version 17.
            metAgain = metAgain == null ? Optional.empty() : metAgain;
        }

        /** A contact beyond a bare welcome (as documents before version 9 kept every contact). */
        public Contact(Optional<Instant> first, Optional<Instant> lastGave) {
            this(first, lastGave, false);
        }

        /** A contact with no meeting again untold by its last gift (as documents before version 17 kept every one). */
        public Contact(Optional<Instant> first, Optional<Instant> lastGave, boolean onlyWelcomed) {
            this(first, lastGave, onlyWelcomed, Optional.empty());
        }
    }

    /**
     * A question to the person from a counterpart (pseudonym), still unanswered. Overdue, it was told, unless it
     * waits for the person to be back ({@code deferred}: they wrote nothing since it was asked) or their first hour
     * back, begun at {@code back}, may still answer it; a version 1 document has neither and reads as told.
     */
    public record Waiting(MessageId message, String from, Audience audience, ChannelId channel, Instant since,
                          IsoWeek week, CommunityId community, boolean overdue, boolean deferred,
                          Optional<Instant> back, boolean team, Optional<Instant> graceEnds, Optional<Heard> heard) {
        public Waiting {
            back = back == null ? Optional.empty() : back;
            graceEnds = graceEnds == null ? Optional.empty() : graceEnds;
            heard = heard == null ? Optional.empty() : heard;
        }

        /** A question as documents before version 13 kept it: nothing of how it was put ({@link Heard}). */
        public Waiting(MessageId message, String from, Audience audience, ChannelId channel, Instant since,
                       IsoWeek week, CommunityId community, boolean overdue, boolean deferred,
                       Optional<Instant> back, boolean team, Optional<Instant> graceEnds) {
            this(message, from, audience, channel, since, week, community, overdue, deferred, back, team, graceEnds,
                    Optional.empty());
        }

        /** A question with no extra time after an announced absence ({@code graceEnds}: absent before version 5). */
        public Waiting(MessageId message, String from, Audience audience, ChannelId channel, Instant since,
                       IsoWeek week, CommunityId community, boolean overdue, boolean deferred,
                       Optional<Instant> back, boolean team) {
            this(message, from, audience, channel, since, week, community, overdue, deferred, back, team,
                    Optional.empty());
        }

        /** A question to the person themselves ({@code team}: put to the team they are one of; absent: false). */
        public Waiting(MessageId message, String from, Audience audience, ChannelId channel, Instant since,
                       IsoWeek week, CommunityId community, boolean overdue, boolean deferred,
                       Optional<Instant> back) {
            this(message, from, audience, channel, since, week, community, overdue, deferred, back, false);
        }

        /** A question not waiting for anyone's return. */
        public Waiting(MessageId message, String from, Audience audience, ChannelId channel, Instant since,
                       IsoWeek week, CommunityId community, boolean overdue) {
            this(message, from, audience, channel, since, week, community, overdue, false, Optional.empty());
        }
    }

    /**
     * How a waiting question was put, as what answers it reads (version 13; absent before, and read as a question
     * put plainly: any reaction or word of the person's answered it as any other after a restart).
     *
     * @param topic        its content words' hashes keyed under the installation's secret ({@code TopicKey}), never
     *                     the words; empty when its words were not read (a later word of the person's in its channel
     *                     that takes up several of them answers it)
     * @param wordsKnown   whether {@code topic} holds its words (read for a question to the person by name)
     * @param passed       whether the person has written in its channel since it was asked (their next word there is
     *                     no longer the first after it)
     * @param wordsWanted  whether it asks for words, so that a reaction does not answer it
     * @param inHelpThread whether a helper put it in the channel where the person had asked the room for help
     * @param under        the person's own post it replied to, if any (their reply under that post takes it up)
     * @param names        the names among its words, keyed as {@code topic} is (empty when not read, and in documents
     *                     before session 49's): the person's first word since, said to the room in another channel,
     *                     that names one of them answers it
     * @param asked        the words of its own question sentences (those ending in a question mark), keyed as
     *                     {@code topic} is (version 14; empty when not read, and before): the person's first word back
     *                     in its channel that opens with one of them says the asked thing back, and answers it
     * @param thread       the message it replied to, whoever wrote it (version 15; empty when it replied to none, and
     *                     before): a reply of the person's under that message answers it with the asker's own
     *                     questions there, as a favour asked under someone's question and done under it
     */
    public record Heard(List<Integer> topic, boolean wordsKnown, boolean passed, boolean wordsWanted,
                        boolean inHelpThread, Optional<MessageId> under, List<Integer> names, List<Integer> asked,
                        Optional<MessageId> thread) {
        public Heard {
            topic = topic == null ? List.of() : List.copyOf(topic);
            under = under == null ? Optional.empty() : under;
            names = names == null ? List.of() : List.copyOf(names);
            asked = asked == null ? List.of() : List.copyOf(asked);
            // Absent before version 15.
            thread = thread == null ? Optional.empty() : thread;
        }

        /** A question whose thread was not kept (before version 15): read as replying to nothing. */
        public Heard(List<Integer> topic, boolean wordsKnown, boolean passed, boolean wordsWanted, boolean inHelpThread,
                     Optional<MessageId> under, List<Integer> names, List<Integer> asked) {
            this(topic, wordsKnown, passed, wordsWanted, inHelpThread, under, names, asked, Optional.empty());
        }

        /** A question whose question sentences' words were not read (before version 14). */
        public Heard(List<Integer> topic, boolean wordsKnown, boolean passed, boolean wordsWanted, boolean inHelpThread,
                     Optional<MessageId> under, List<Integer> names) {
            this(topic, wordsKnown, passed, wordsWanted, inHelpThread, under, names, List.of());
        }

        /** A question whose names were not read. */
        public Heard(List<Integer> topic, boolean wordsKnown, boolean passed, boolean wordsWanted, boolean inHelpThread,
                     Optional<MessageId> under) {
            this(topic, wordsKnown, passed, wordsWanted, inHelpThread, under, List.of());
        }
    }

    /**
     * A question of the person's own that someone else answered, {@code at} when, by what it was about: its content
     * words' hashes keyed under the installation's secret ({@code TopicKey}), never the words; or, with {@code tool},
     * the one keyed word of a tool they said they use ({@code text/ToolsUsed}; absent in older documents: false).
     */
    public record Learned(Instant at, List<Integer> topic, boolean tool) {
        public Learned {
            topic = List.copyOf(topic);
        }

        /** A question of one's own that was answered. */
        public Learned(Instant at, List<Integer> topic) {
            this(at, topic, false);
        }
    }

    /**
     * A question of the person's own to the room that nobody answered yet: where and when, what it was about (keyed
     * topic words, as {@link Learned}), and whether anyone there could answer it (a request for feedback where
     * members give each other feedback).
     */
    public record Asked(MessageId message, ChannelId channel, Instant at, List<Integer> topic, boolean anyoneCanAnswer) {
        public Asked {
            topic = List.copyOf(topic);
        }
    }

    /**
     * What one counterpart gave and received in a week; of what was given, how much was help and how much only
     * acknowledgement, and the days of the week they reached out on as bits (snapshots from before these were counted
     * read as zero).
     */
    public record Counterpart(int given, int received, Audience audience, int helped, int acknowledged,
                              int receivedDays) {
        /** Without the days they reached out on (0: not known, each message counts as an occasion). */
        public Counterpart(int given, int received, Audience audience, int helped, int acknowledged) {
            this(given, received, audience, helped, acknowledged, 0);
        }
    }

    /**
     * One week's tally.
     *
     * @param counts           the week's counters by name (messages, replies, links, words...)
     * @param responseSeconds  every response time of the week
     * @param interactions     interactions per audience
     * @param communities      messages per community id
     * @param counterparts     per pseudonym
     * @param findings         the week's findings
     * @param closed           whether the week's rules already ran
     * @param licensed         the person's posts excused as what their channel is for, by id, in id order: turns of
     *                         the week though not spoken to nobody ({@code WeekTally#judgedTurns}; version 8, empty
     *                         before)
     * @param toNobodyIn       the channels their turns spoken to nobody went to, in id order (version 8, empty before)
     * @param turns            what the week's end reads of the week's own messages beside the counts (its posts to
     *                         the room per channel, whether they spoke to someone, how each message stood toward the
     *                         others, their lines in a room for the trade's people: {@code stats/TurnsRead}), for a
     *                         week whose rules have not run yet (version 9; empty before, and for a closed week)
     */
    public record Week(IsoWeek week, Map<String, Integer> counts, List<Long> responseSeconds,
                       Map<Audience, Integer> interactions, Map<String, Integer> communities,
                       Map<String, Counterpart> counterparts, List<Finding> findings, boolean closed,
                       List<Licensed> licensed, List<ChannelId> toNobodyIn, Optional<TurnsRead> turns) {
        public Week {
            counts = Map.copyOf(counts);
            responseSeconds = List.copyOf(responseSeconds);
            interactions = Map.copyOf(interactions);
            communities = Map.copyOf(communities);
            counterparts = Map.copyOf(counterparts);
            findings = List.copyOf(findings);
            // Absent before version 8.
            licensed = licensed == null ? List.of() : List.copyOf(licensed);
            toNobodyIn = toNobodyIn == null ? List.of() : List.copyOf(toNobodyIn);
            // Absent before version 9.
            turns = turns == null ? Optional.empty() : turns;
        }

        /** A week as documents before version 9 kept it: nothing of its own messages beside the counts. */
        public Week(IsoWeek week, Map<String, Integer> counts, List<Long> responseSeconds,
                    Map<Audience, Integer> interactions, Map<String, Integer> communities,
                    Map<String, Counterpart> counterparts, List<Finding> findings, boolean closed,
                    List<Licensed> licensed, List<ChannelId> toNobodyIn) {
            this(week, counts, responseSeconds, interactions, communities, counterparts, findings, closed, licensed,
                    toNobodyIn, Optional.empty());
        }

        /** A week as documents before version 8 kept it: no post excused, no channel spoken to nobody in. */
        public Week(IsoWeek week, Map<String, Integer> counts, List<Long> responseSeconds,
                    Map<Audience, Integer> interactions, Map<String, Integer> communities,
                    Map<String, Counterpart> counterparts, List<Finding> findings, boolean closed) {
            this(week, counts, responseSeconds, interactions, communities, counterparts, findings, closed, List.of(),
                    List.of());
        }
    }

    /** One of the week's own posts excused as what its channel is for (a log entry, a post of the room's kind). */
    public record Licensed(MessageId message, ChannelId channel) {
    }
}
