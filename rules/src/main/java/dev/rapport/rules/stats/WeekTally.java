package dev.rapport.rules.stats;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The running counts of one person's week. Counts only: no text, no quotes. The engine owns and updates it;
 * rules and reports read it.
 */
public final class WeekTally {

    /** What the person gave to and received from one counterpart this week. */
    public static final class CounterpartTally {
        private int given;
        private int received;
        private int helped;
        private int acknowledged;
        private int receivedDays;
        private Audience audience = Audience.UNKNOWN;

        public int given() {
            return given;
        }

        /** Whether they reached out to the person this week and got nothing back from them that week. */
        public boolean leftWithoutAWord() {
            return received > 0 && given <= 0;
        }

        public int received() {
            return received;
        }

        public Audience audience() {
            return audience;
        }

        /** Of what was given, the help: answers, advice, reviews, pointers, reactions to their work. */
        public int helped() {
            return helped;
        }

        /** Of what was given, acknowledgements only: thanks, "ok", "👍". */
        public int acknowledged() {
            return acknowledged;
        }

        /** The days of the week (bit 0 Monday .. bit 6 Sunday) on which they reached out; 0 where not known. */
        public int receivedDays() {
            return receivedDays;
        }

        /**
         * On how many separate days they reached out: one conversation, however many messages it takes, is one
         * occasion. A tally saved before days were kept counts each message, as it did then.
         */
        public int occasions() {
            return receivedDays == 0 ? received : Integer.bitCount(receivedDays);
        }
    }

    private static final Audience[] AUDIENCES = Audience.values();
    private static final Finding[] NO_FINDINGS = {};
    private static final long[] NO_RESPONSES = {};
    private static final CommunityId[] NO_COMMUNITIES = {};
    private static final int[] NO_COUNTS = {};
    private final IsoWeek week;
    int messages;
    int replies;
    int questionsAsked;
    int questionsAnswered;
    int mentionsReceived;
    int mentionsAnswered;
    int linkMessages;
    int links;
    int selfPromotion;
    int broadcast;
    int continuations;
    int firstPerson;
    int firstPersonPluralToNobody;
    int linkMessagesToNobody;
    /** Link posts that drew an answer the person then talked with ({@link #linkPostAnswered}). */
    int linkPostsAnswered;
    int secondPerson;
    int words;
    int reactionsGiven;
    int reactionsReceived;
    int overdue;
    /** Of {@link #overdue}, questions from people not of the trade (prospects, customers): buyers left waiting. */
    int overdueFromBuyers;
    int helpGiven;
    int acknowledgements;
    int talkedBack;
    private long[] responseSeconds = NO_RESPONSES;
    private int responses;
    // Interactions per audience, and which audiences were ever counted (flat: one tally per person per week).
    private final int[] interactions = new int[AUDIENCES.length];
    private int audiencesCounted;
    /** By pseudonym: other people never appear under their id in a person's state. */
    private final CounterpartCounts counterparts = new CounterpartCounts();
    // Messages per community, in the order first seen; nearly always one community.
    // The first community in fields of its own (nearly every week has just the one), any others in arrays.
    private CommunityId firstCommunity;
    private int firstCommunityMessages;
    private CommunityId[] communities = NO_COMMUNITIES;
    private int[] communityMessages = NO_COUNTS;
    private int communityCount;
    // The week's findings, made with the first (most weeks have none or one): an empty list and its room for ten
    // cost more than the findings of most weeks.
    private Finding[] findings = NO_FINDINGS;
    private int findingCount;
    private boolean closed;

    public WeekTally(IsoWeek week) {
        this.week = week;
    }

    public IsoWeek week() {
        return week;
    }

    // --- updates, by the engine -------------------------------------------------------------------------

    /** Adds (sign +1) or removes (sign -1, after a deletion or before re-counting an edit) one own message. */
    public void countMessage(int sign, CommunityId community, boolean addressed, boolean help, boolean question,
                             int linkCount, boolean promotion, int wordCount, int first, int second) {
        countMessage(sign, community, addressed, help, question, linkCount, promotion, wordCount, first, second, 0);
    }

    /**
     * As {@link #countMessage(int, CommunityId, boolean, boolean, boolean, int, boolean, int, int, int)}, with how many
     * of the first-person words were in the plural (we, our, us).
     */
    public void countMessage(int sign, CommunityId community, boolean addressed, boolean help, boolean question,
                             int linkCount, boolean promotion, int wordCount, int first, int second, int firstPlural) {
        messages += sign;
        countIn(community, sign);
        if (addressed) {
            replies += sign;
        } else {
            broadcast += sign;
            firstPersonPluralToNobody += sign * firstPlural;
            if (linkCount > 0 && !promotion) {
                linkMessagesToNobody += sign;
            }
        }
        if (help) {
            questionsAnswered += sign;
        }
        if (question) {
            questionsAsked += sign;
        }
        if (linkCount > 0) {
            linkMessages += sign;
            links += sign * linkCount;
        }
        if (promotion) {
            selfPromotion += sign;
        }
        words += sign * wordCount;
        firstPerson += sign * first;
        secondPerson += sign * second;
    }

    public void gave(String other, Audience audience, int sign) {
        gave(counterparts.key(other), audience, sign);
    }

    /** As {@link #gave(String, Audience, int)}, the counterpart by pseudonym number ({@link PseudonymCode}). */
    public void gave(long other, Audience audience, int sign) {
        counterparts.add(other, sign, 0, audience);
        interaction(audience, sign);
    }

    /** Help given to {@code other} (counted within {@link #gave}): the substance of reciprocity. */
    public void helped(String other, int sign) {
        helped(counterparts.key(other), sign);
    }

    public void helped(long other, int sign) {
        counterparts.addKinds(other, sign, 0);
        helpGiven += sign;
    }

    /** An acknowledgement given to {@code other} (counted within {@link #gave}): polite, not reciprocity. */
    public void acknowledged(String other, int sign) {
        acknowledged(counterparts.key(other), sign);
    }

    public void acknowledged(long other, int sign) {
        counterparts.addKinds(other, 0, sign);
        acknowledgements += sign;
    }

    public void received(String other, Audience audience) {
        received(counterparts.key(other), audience);
    }

    public void received(long other, Audience audience) {
        counterparts.add(other, 0, 1, audience);
        interaction(audience, 1);
    }

    /** As {@link #received(String, Audience)}, on a day of the week (1 Monday .. 7 Sunday, in the person's zone). */
    public void received(String other, Audience audience, java.time.DayOfWeek day) {
        received(counterparts.key(other), audience, day);
    }

    public void received(long other, Audience audience, java.time.DayOfWeek day) {
        received(other, audience);
        counterparts.receivedOn(other, day.getValue() - 1);
    }

    private void interaction(Audience audience, int delta) {
        interactions[audience.ordinal()] += delta;
        audiencesCounted |= 1 << audience.ordinal();
    }

    private void countIn(CommunityId community, int delta) {
        for (int i = 0; i < communityCount; i++) {
            if (communityAt(i).equals(community)) {
                if (i == 0) {
                    firstCommunityMessages += delta;
                } else {
                    communityMessages[i - 1] += delta;
                }
                return;
            }
        }
        if (communityCount == 0) {
            firstCommunity = community;
            firstCommunityMessages = delta;
            communityCount = 1;
            return;
        }
        int at = communityCount - 1;
        if (at == communities.length) {
            communities = Arrays.copyOf(communities, Math.max(1, at * 2));
            communityMessages = Arrays.copyOf(communityMessages, Math.max(1, at * 2));
        }
        communities[at] = community;
        communityMessages[at] = delta;
        communityCount++;
    }

    private CommunityId communityAt(int i) {
        return i == 0 ? firstCommunity : communities[i - 1];
    }

    private int messagesAt(int i) {
        return i == 0 ? firstCommunityMessages : communityMessages[i - 1];
    }

    public void mentionReceived() {
        mentionsReceived++;
    }

    public void mentionAnswered() {
        mentionsAnswered++;
    }

    public void reactionGiven() {
        reactionsGiven++;
    }

    public void reactionReceived() {
        reactionsReceived++;
    }

    public void overdueSeen() {
        overdue++;
    }

    /** A question to the person from someone not of the trade went past its answer time: counted beside overdue. */
    public void overdueFromBuyerSeen() {
        overdueFromBuyers++;
    }

    public void responded(long seconds) {
        if (responses == responseSeconds.length) {
            // Room for two at first: most weeks answer a few questions, and eight longs were most of a small tally.
            responseSeconds = Arrays.copyOf(responseSeconds, Math.max(2, responses * 2));
        }
        responseSeconds[responses++] = seconds;
    }

    public void record(Finding finding) {
        if (findingCount == findings.length) {
            findings = Arrays.copyOf(findings, Math.max(1, findingCount * 2));
        }
        findings[findingCount++] = finding;
    }

    /**
     * Takes back a finding recorded earlier (by identity): another tip of the week turned out to say the same thing
     * (the engine keeps one tip per behaviour). True when it was there.
     */
    public boolean withdraw(Finding finding) {
        for (int i = 0; i < findingCount; i++) {
            if (findings[i] == finding) {
                System.arraycopy(findings, i + 1, findings, i, findingCount - i - 1);
                findings[--findingCount] = null;
                return true;
            }
        }
        return false;
    }

    public void close() {
        closed = true;
        // What each own message said to the others is read only at the week's end (talkTurnedToOneself,
        // countLicensedAgain, the peers-only rule's trade-room lines) and kept in a snapshot only for an open week:
        // after the end nothing reads it again, and an edit or a deletion would only take an entry out of it. A
        // replay keeps every week of every person, and these per-message maps were the largest part of that.
        ownTurns = null;
        tradeRoomTurns = null;
        // A finished week rarely changes again (an edit or a deletion may still take something back): no room to grow.
        counterparts.trimToSize();
        if (responses < responseSeconds.length) {
            responseSeconds = responses == 0 ? NO_RESPONSES : Arrays.copyOf(responseSeconds, responses);
        }
    }

    // --- reads --------------------------------------------------------------------------------------------

    public boolean closed() {
        return closed;
    }

    public int messages() {
        return messages;
    }

    public int replies() {
        return replies;
    }

    public int questionsAsked() {
        return questionsAsked;
    }

    public int questionsAnswered() {
        return questionsAnswered;
    }

    public int mentionsReceived() {
        return mentionsReceived;
    }

    public int mentionsAnswered() {
        return mentionsAnswered;
    }

    public int linkMessages() {
        return linkMessages;
    }

    public int links() {
        return links;
    }

    public int selfPromotion() {
        return selfPromotion;
    }

    public int broadcast() {
        return broadcast;
    }

    /**
     * Lines addressed to nobody that continue the person's line just before in the same channel (a thought split
     * over lines, a paste line by line): part of one turn, not turns of their own.
     */
    public int continuations() {
        return continuations;
    }

    /** A continuation line ({@link #continuations()}) written, or taken back. */
    public void continued(int sign) {
        continuations += sign;
    }

    /** Per channel, the week's posts to the room that asked and sold nothing: {turns, words, first, second, plural}. */
    private Map<ChannelId, int[]> roomPosts;

    /**
     * A post to the room in {@code channel} that asked and sold nothing, not already excused as what its channel is
     * for: kept apart, so that the week's end can read what the channel's other regulars did there that week
     * ({@link #followsRoom}). Only its counts, never its text; kept in the person's snapshot ({@link #turnsRead}).
     */
    public void postedToRoom(ChannelId channel, boolean continuation, int wordCount, int first, int second, int plural) {
        postedToRoom(channel, continuation, wordCount, first, second, plural, false);
    }

    /**
     * As {@link #postedToRoom(ChannelId, boolean, int, int, int, int)}, in a channel whose name or topic says it is a
     * room for talk ({@code talkRoom}: {@code #general}, a chat or help room), where the way its people post gives no
     * licence ({@link #inTalkRoom}).
     */
    public void postedToRoom(ChannelId channel, boolean continuation, int wordCount, int first, int second, int plural,
                             boolean talkRoom) {
        if (roomPosts == null) {
            roomPosts = new HashMap<>(4);
        }
        int[] c = roomPosts.computeIfAbsent(channel, k -> new int[6]);
        c[5] |= talkRoom ? 1 : 0;
        c[0] += continuation ? 0 : 1;
        c[1] += wordCount;
        c[2] += first;
        c[3] += second;
        c[4] += plural;
    }

    /** Whether the person spoke to someone in a channel this week ({@link #spokeToSomeone}). */
    private boolean conversed;

    /**
     * The person spoke to someone in a channel this week: they talk with people, so their posts to the room in a
     * channel where the others post to the room too are its kind of post, not a habit of speaking to nobody
     * ({@link #conversed}). Not taken back by a deletion; kept in the person's snapshot ({@link #turnsRead}).
     */
    public void spokeToSomeone() {
        conversed = true;
    }

    /** Whether the person spoke to someone in a channel this week. */
    public boolean conversed() {
        return conversed;
    }

    /** Whether the week's posts to the room in {@code channel} went to a room for talk by its name or topic. */
    public boolean inTalkRoom(ChannelId channel) {
        int[] c = roomPosts == null ? null : roomPosts.get(channel);
        return c != null && c[5] != 0;
    }

    /** The channels the week's posts to the room that asked nothing went to ({@link #postedToRoom}). */
    public List<ChannelId> roomPostChannels() {
        return roomPosts == null ? List.of() : List.copyOf(roomPosts.keySet());
    }

    /**
     * The week's posts to the room in {@code channel} followed what its regulars do there (a log, a spots or a
     * wins channel, whatever it is called): like a post in a channel named for them, they are neither turns spoken to
     * nobody nor words about oneself.
     */
    public void followsRoom(ChannelId channel) {
        int[] c = roomPosts == null ? null : roomPosts.remove(channel);
        if (c == null) {
            return;
        }
        int followed = Math.min(c[0], Math.max(0, broadcast - continuations));
        continuations += followed;
        // Still turns of the week, as posts excused at once are (judgedTurns): read at the week's end, not kept.
        turnsFollowingRoom += followed;
        licensedByRoom[0] += Math.min(words, c[1]);
        licensedByRoom[1] += Math.min(firstPerson, c[2]);
        licensedByRoom[2] += Math.min(secondPerson, c[3]);
        words = Math.max(0, words - c[1]);
        firstPerson = Math.max(0, firstPerson - c[2]);
        secondPerson = Math.max(0, secondPerson - c[3]);
        firstPersonPluralToNobody = Math.max(0, firstPersonPluralToNobody - c[4]);
    }

    /**
     * Per own message of the week that matters for {@link #talkTurnedToOneself}: {shift response, support, licensed
     * words, licensed first-person, licensed second-person}. Keyed by message, so an edit replaces what it said and a
     * deletion takes it back. Only counts, never text; kept in the person's snapshot ({@link #turnsRead}).
     */
    private Map<MessageId, int[]> ownTurns;
    /** Turns excused at the week's end as following their room ({@link #followsRoom}). */
    private int turnsFollowingRoom;
    /** Words, first- and second-person words of posts excused at the week's end as following their room. */
    private final int[] licensedByRoom = new int[3];
    /**
     * Read back from a snapshot that kept no {@link TurnsRead} (one from before version 9): what the week's messages
     * before the restart said to others is not known.
     */
    private boolean restored;

    /**
     * How one own message stood toward the others. A shift response (conversation research's name for it) answers
     * someone's words, their news or question, by turning the talk to oneself ("nice, I did mine last year, my...")
     * with no question and no word of support for them; support is a question, an answer or help, or a word said to
     * "you". {@code licensed*}: the words of a post excused as what its room is for (a room of one's own posts), which
     * {@link #countLicensedAgain} may count back.
     */
    public void ownTurn(MessageId id, boolean shift, boolean support, int licensedWords, int licensedFirst,
                        int licensedSecond) {
        if (!shift && !support && licensedWords == 0) {
            if (ownTurns != null) {
                ownTurns.remove(id);
            }
            return;
        }
        if (ownTurns == null) {
            ownTurns = new HashMap<>(4);
        }
        ownTurns.put(id, new int[] {shift ? 1 : 0, support ? 1 : 0, licensedWords, licensedFirst, licensedSecond});
    }

    /**
     * Own posts to the room excused as what their channel is for (a log, a listing, a post echoing the room's own
     * words), by id, with their channel: not turns spoken to nobody, and not part of the share of them, but turns the
     * person took all the same, so they count toward the week's messages before that share is judged
     * ({@link #judgedTurns}). Kept in the person's snapshot (ids only, see {@link #restoreTurnsJudged}), so a week
     * read across a restart is judged from the same turns as without one.
     */
    private Map<MessageId, ChannelId> licensedPosts;
    /**
     * The channels where the week's turns spoken to nobody, not excused, went, each once (a week reaches a few
     * channels: an array, not a hash set, for every week of every person). Kept as {@link #licensedPosts} is.
     */
    private ChannelId[] toNobodyIn;

    /** The week's posts excused as what their channel is for, by id, with their channel ({@link #judgedTurns}). */
    public Map<MessageId, ChannelId> licensedPosts() {
        return licensedPosts == null ? Map.of() : Map.copyOf(licensedPosts);
    }

    /** The channels the week's turns spoken to nobody, not excused, went to ({@link #judgedTurns}). */
    public Set<ChannelId> toNobodyIn() {
        // In the order first reached, the same from run to run (Set.of's order changes from one JVM to the next).
        return toNobodyIn == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(toNobodyIn)));
    }

    /**
     * Takes back what a snapshot kept of the turns the week is judged from ({@link #licensedPosts()}, {@link
     * #toNobodyIn()}): without them, a week read across a restart would count the excused posts before it as no turns
     * at all, and excuse posts after it that went where the ones before it spoke to nobody.
     */
    public void restoreTurnsJudged(Map<MessageId, ChannelId> licensed, Collection<ChannelId> spokeToNobodyIn) {
        licensed.forEach(this::postLicensed);
        spokeToNobodyIn.forEach(this::spokeToNobodyIn);
    }

    /** {@code id}, an own post to the room in {@code channel}, was excused as what its channel is for. */
    public void postLicensed(MessageId id, ChannelId channel) {
        if (licensedPosts == null) {
            licensedPosts = new HashMap<>(4);
        }
        licensedPosts.put(id, channel);
    }

    /** A turn spoken to nobody, not excused, went to {@code channel}. */
    public void spokeToNobodyIn(ChannelId channel) {
        if (spokeToNobodyInBefore(channel)) {
            return;
        }
        if (toNobodyIn == null) {
            toNobodyIn = new ChannelId[] {channel};
            return;
        }
        toNobodyIn = Arrays.copyOf(toNobodyIn, toNobodyIn.length + 1);
        toNobodyIn[toNobodyIn.length - 1] = channel;
    }

    private boolean spokeToNobodyInBefore(ChannelId channel) {
        for (int i = 0; toNobodyIn != null && i < toNobodyIn.length; i++) {
            if (toNobodyIn[i].equals(channel)) {
                return true;
            }
        }
        return false;
    }

    /** {@code id} is no longer a post excused as its channel's (it drew an answer, and so spoke to someone). */
    public void licenceTakenBack(MessageId id) {
        if (licensedPosts != null) {
            licensedPosts.remove(id);
        }
    }

    /**
     * The week's turns, with the posts excused as what their channel is for counted among them: how much the person
     * said that week, before the share of it spoken to nobody is judged. A post that is what its room is for is left
     * out of that share, not out of the week; but where one's other posts to nobody went to the same channel, the
     * excused ones are the same kind of post, only some of them named as such, and count no more than those.
     */
    public int judgedTurns() {
        int licensed = 0;
        if (licensedPosts != null) {
            for (ChannelId c : licensedPosts.values()) {
                if (!spokeToNobodyInBefore(c) || LicensedMost.inChannel(licensedPosts, roomPosts, c)) {
                    licensed++;
                }
            }
        }
        return Math.min(messages, turns() + licensed + turnsFollowingRoom);
    }

    /** An own message deleted, or about to be counted again after an edit: what {@link #ownTurn} kept goes. */
    public void ownTurnTakenBack(MessageId id) {
        if (ownTurns != null) {
            ownTurns.remove(id);
        }
        if (licensedPosts != null) {
            licensedPosts.remove(id);
        }
        if (tradeRoomTurns != null) {
            tradeRoomTurns.remove(id);
        }
    }

    /**
     * Own lines to nobody in particular in a room for one trade's people among themselves
     * ({@code audience/TradeRoom}), by id: talk with fellows of the trade, though no reply or name says with whom. Kept
     * in the person's snapshot ({@link #turnsRead}).
     */
    private Set<MessageId> tradeRoomTurns;

    /** {@code id}, an own line to nobody, went to a room for one trade's people among themselves. */
    public void talkedInTradeRoom(MessageId id) {
        if (tradeRoomTurns == null) {
            tradeRoomTurns = new HashSet<>(4);
        }
        tradeRoomTurns.add(id);
    }

    /** How many of the week's own lines to nobody went to rooms for one trade's people ({@link #talkedInTradeRoom}). */
    public int tradeRoomTurns() {
        return tradeRoomTurns == null ? 0 : tradeRoomTurns.size();
    }

    /**
     * What the week's end reads of the week's own messages beside the counts ({@link TurnsRead}): kept in the person's
     * snapshot, so a week read across a restart excuses, counts and judges what it would have without one.
     */
    public TurnsRead turnsRead() {
        return TurnsRead.of(!restored, conversed, roomPosts, ownTurns, tradeRoomTurns);
    }

    /** Takes back what a snapshot kept of the week's own messages ({@link #turnsRead}), into a restored tally. */
    public void restoreTurnsRead(TurnsRead read) {
        restored = !read.whole();
        conversed = read.conversed();
        roomPosts = read.roomPostCounts();
        ownTurns = read.ownTurnCounts();
        tradeRoomTurns = read.tradeRoomTurnIds();
    }

    /**
     * Whether the week's talk with others was all turned to oneself: at least one shift response ({@link #ownTurn}),
     * and not one question, answer, help or "you" to anyone all week. A week read across a restart from a snapshot
     * that kept none of its messages ({@link #restored}) is never judged so (what was said before it is not known):
     * the coach stays quieter.
     */
    public boolean talkTurnedToOneself() {
        if (restored || ownTurns == null) {
            return false;
        }
        boolean shift = false;
        for (int[] turn : ownTurns.values()) {
            if (turn[1] != 0) {
                return false;
            }
            shift |= turn[0] != 0;
        }
        return shift;
    }

    /**
     * Counts back toward self-focus the words of posts excused as what their room is for (one's own posts, what the
     * room's regulars post). That licence reads a person's "I" there as the post's own; from someone whose every turn
     * with others also went back to themselves ({@link #talkTurnedToOneself}), it is the week's habit, and a fair coach
     * reads the week whole. Turns are left as they were: the room still licenses posting there.
     */
    public void countLicensedAgain() {
        int[] c = licensedByRoom.clone();
        if (ownTurns != null) {
            for (int[] turn : ownTurns.values()) {
                c[0] += turn[2];
                c[1] += turn[3];
                c[2] += turn[4];
            }
        }
        words += c[0];
        firstPerson += c[1];
        secondPerson += c[2];
    }

    /** Turns: messages, with a thought split over several lines counted once. */
    public int turns() {
        return Math.max(0, messages - continuations);
    }

    /** Turns that addressed nobody in particular. */
    public int broadcastTurns() {
        return Math.max(0, broadcast - continuations);
    }

    public int firstPerson() {
        return firstPerson;
    }

    /**
     * First-person words in the plural (we, our, us) in messages addressed to nobody: a team's or a project's news
     * posted to the room.
     */
    public int firstPersonPluralToNobody() {
        return firstPersonPluralToNobody;
    }

    /**
     * Messages with links that count, addressed to nobody and promoting nothing of one's own: how many of the week's
     * posts to the room passed links on (articles, finds, deals), so that the link-share and the broadcast tips can
     * tell whether they speak of the same posts. Announcements of one's own work with a link are not among them.
     */
    public int linkMessagesToNobody() {
        return linkMessagesToNobody;
    }

    /**
     * One of the week's link posts drew someone's answer, and the person talked with them there (sign +1): the link
     * opened a conversation.
     */
    public void linkPostAnswered(int sign) {
        linkPostsAnswered += sign;
    }

    /** The week's link posts that opened a conversation: someone answered the post and the person talked with them. */
    public int linkPostsAnswered() {
        return linkPostsAnswered;
    }

    public int secondPerson() {
        return secondPerson;
    }

    public int words() {
        return words;
    }

    public int reactionsGiven() {
        return reactionsGiven;
    }

    public int reactionsReceived() {
        return reactionsReceived;
    }

    public int overdue() {
        return overdue;
    }

    /** Questions to the person this week from people not of the trade that went past their answer time. */
    public int overdueFromBuyers() {
        return overdueFromBuyers;
    }

    /** Messages and reactions that gave someone help: answers, advice, reviews, pointers, reactions to their work. */
    public int helpGiven() {
        return helpGiven;
    }

    /** Messages that only acknowledged someone: thanks, "ok", "👍". */
    public int acknowledgements() {
        return acknowledgements;
    }

    /**
     * Messages said to someone that were more than thanks or a nod and asked nothing: telling a helper how it went,
     * saying what one will try, carrying a conversation on. A learner who talks the help through is in a
     * conversation, not only taking (give-take).
     */
    public int talkedBack() {
        return talkedBack;
    }

    /** Counts (or, with {@code sign} -1, uncounts) one message of the kind {@link #talkedBack()} counts. */
    public void talkedBack(int sign) {
        talkedBack += sign;
    }

    /** Median of this week's response times in seconds, or -1 when there were none. */
    public long medianResponseSeconds() {
        if (responses == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(responseSeconds, responses);
        Arrays.sort(sorted);
        return responses % 2 == 1 ? sorted[responses / 2] : (sorted[responses / 2 - 1] + sorted[responses / 2]) / 2;
    }

    public int interactionsWith(Audience audience) {
        return Math.max(0, interactions[audience.ordinal()]);
    }

    /** All interactions, both directions, leaving out people configured as {@link Audience#IGNORE}. */
    public int interactions() {
        int sum = 0;
        for (Audience a : AUDIENCES) {
            if (a != Audience.IGNORE) {
                sum += Math.max(0, interactions[a.ordinal()]);
            }
        }
        return sum;
    }

    /** Counterparts by pseudonym: a copy, made for week-end rules and reports (the tally keeps them flat). */
    public Map<String, CounterpartTally> counterparts() {
        Map<String, CounterpartTally> copy = new HashMap<>(Math.max(4, counterparts.size() * 2));
        counterparts.forEach((who, given, received, audience, helped, acknowledged, receivedDays) -> {
            CounterpartTally c = new CounterpartTally();
            c.given = given;
            c.received = received;
            c.helped = helped;
            c.acknowledged = acknowledged;
            c.receivedDays = receivedDays;
            c.audience = audience;
            copy.put(who, c);
        });
        return Collections.unmodifiableMap(copy);
    }

    /** The community where the person wrote most this week: its settings apply to the week's rules. */
    public CommunityId mainCommunity(CommunityId fallback) {
        CommunityId best = fallback;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < communityCount; i++) {
            if (messagesAt(i) > max || messagesAt(i) == max && communityAt(i).compareTo(best) < 0) {
                best = communityAt(i);
                max = messagesAt(i);
            }
        }
        return best;
    }

    public List<Finding> findings() {
        if (findingCount == 0) {
            return List.of();
        }
        return Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(findings, findingCount)));
    }

    // --- keeping it across restarts ---------------------------------------------------------------------------

    /** The counters by name, for snapshots. */
    public Map<String, Integer> counts() {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put("messages", messages);
        c.put("replies", replies);
        c.put("questionsAsked", questionsAsked);
        c.put("questionsAnswered", questionsAnswered);
        c.put("mentionsReceived", mentionsReceived);
        c.put("mentionsAnswered", mentionsAnswered);
        c.put("linkMessages", linkMessages);
        c.put("links", links);
        c.put("selfPromotion", selfPromotion);
        c.put("broadcast", broadcast);
        c.put("continuations", continuations);
        c.put("firstPerson", firstPerson);
        c.put("firstPersonPluralToNobody", firstPersonPluralToNobody);
        c.put("linkMessagesToNobody", linkMessagesToNobody);
        c.put("secondPerson", secondPerson);
        c.put("words", words);
        c.put("reactionsGiven", reactionsGiven);
        c.put("reactionsReceived", reactionsReceived);
        c.put("overdue", overdue);
        c.put("overdueFromBuyers", overdueFromBuyers);
        c.put("helpGiven", helpGiven);
        c.put("acknowledgements", acknowledgements);
        c.put("talkedBack", talkedBack);
        c.put("linkPostsAnswered", linkPostsAnswered);
        return c;
    }

    public List<Long> responseTimes() {
        List<Long> r = new ArrayList<>(responses);
        for (int i = 0; i < responses; i++) {
            r.add(responseSeconds[i]);
        }
        return r;
    }

    public Map<Audience, Integer> interactionsByAudience() {
        EnumMap<Audience, Integer> m = new EnumMap<>(Audience.class);
        for (Audience a : AUDIENCES) {
            if ((audiencesCounted & 1 << a.ordinal()) != 0) {
                m.put(a, interactions[a.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    public Map<CommunityId, Integer> messagesByCommunity() {
        Map<CommunityId, Integer> m = new HashMap<>();
        for (int i = 0; i < communityCount; i++) {
            m.put(communityAt(i), messagesAt(i));
        }
        return Collections.unmodifiableMap(m);
    }

    /** Rebuilds a tally from its parts (see {@link #counts()}); unknown counter names are ignored. */
    public static WeekTally restore(IsoWeek week, Map<String, Integer> counts, List<Long> responseTimes,
                                    Map<Audience, Integer> interactions, Map<CommunityId, Integer> communities,
                                    Map<String, int[]> givenReceived, Map<String, Audience> audiences,
                                    List<Finding> findings, boolean closed) {
        WeekTally t = new WeekTally(week);
        t.restored = true;
        t.messages = counts.getOrDefault("messages", 0);
        t.replies = counts.getOrDefault("replies", 0);
        t.questionsAsked = counts.getOrDefault("questionsAsked", 0);
        t.questionsAnswered = counts.getOrDefault("questionsAnswered", 0);
        t.mentionsReceived = counts.getOrDefault("mentionsReceived", 0);
        t.mentionsAnswered = counts.getOrDefault("mentionsAnswered", 0);
        t.linkMessages = counts.getOrDefault("linkMessages", 0);
        t.linkPostsAnswered = counts.getOrDefault("linkPostsAnswered", 0);
        t.links = counts.getOrDefault("links", 0);
        t.selfPromotion = counts.getOrDefault("selfPromotion", 0);
        t.broadcast = counts.getOrDefault("broadcast", 0);
        t.continuations = counts.getOrDefault("continuations", 0);
        t.firstPerson = counts.getOrDefault("firstPerson", 0);
        t.firstPersonPluralToNobody = counts.getOrDefault("firstPersonPluralToNobody", 0);
        t.linkMessagesToNobody = counts.getOrDefault("linkMessagesToNobody", 0);
        t.secondPerson = counts.getOrDefault("secondPerson", 0);
        t.words = counts.getOrDefault("words", 0);
        t.reactionsGiven = counts.getOrDefault("reactionsGiven", 0);
        t.reactionsReceived = counts.getOrDefault("reactionsReceived", 0);
        t.overdue = counts.getOrDefault("overdue", 0);
        t.overdueFromBuyers = counts.getOrDefault("overdueFromBuyers", 0);
        t.helpGiven = counts.getOrDefault("helpGiven", 0);
        t.acknowledgements = counts.getOrDefault("acknowledgements", 0);
        t.talkedBack = counts.getOrDefault("talkedBack", 0);
        for (long s : responseTimes) {
            t.responded(s);
        }
        interactions.forEach(t::interaction);
        communities.forEach(t::countIn);
        givenReceived.forEach((pseudonym, gr) -> {
            long who = t.counterparts.key(pseudonym);
            t.counterparts.add(who, gr[0], gr[1], audiences.getOrDefault(pseudonym, Audience.UNKNOWN));
            // Help and acknowledgements given, where the saved tally has them.
            if (gr.length > 3) {
                t.counterparts.addKinds(who, gr[2], gr[3]);
            }
            // The days they reached out on, where the saved tally has them.
            if (gr.length > 4) {
                t.counterparts.receivedDays(who, gr[4]);
            }
        });
        for (Finding f : findings) {
            t.record(f);
        }
        t.closed = closed;
        return t;
    }

    public boolean empty() {
        return messages == 0 && mentionsReceived == 0 && counterparts.size() == 0 && findingCount == 0;
    }
}
