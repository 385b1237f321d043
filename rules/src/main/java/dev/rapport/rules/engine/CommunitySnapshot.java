package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the engine knows about a community as a whole, from everybody's messages, as plain immutable values, so that
 * storage can keep it across restarts: who tends to ask or answer, who posted a job or offers work where the community
 * trades, other people's open requests (which a coached person may pass over), small rooms, recent questions
 * (a reply to one is help), questions to nobody by name answered in a room (the asker's thanks closes them), the
 * week's requests from outside a trade that went by, which rooms are the trade's own, and the groups rooms send askers
 * to.
 * Everyone by pseudonym, coached or not; counts, times, message ids, keyed topic words and role names only, never
 * text. {@link CoachEngine#communitySnapshot} makes one; {@link CoachEngine#restoreCommunity}
 * takes one back.
 *
 * @param version         the format; a newer engine reads older versions
 * @param community       the community
 * @param people          everyone seen here, by pseudonym
 * @param open            questions to the room still open, oldest first
 * @param recent          every question of the last week, answered or not, oldest first
 * @param rooms           per channel, the last few people who spoke there
 * @param sellers         the people seen promoting or pitching here, by pseudonym
 * @param tradeOffered    whether someone offered their work in a channel for trade (people sell here)
 * @param referralsSeen   whether someone said they sent people of their own to someone here (it has customers)
 * @param recognisedRoles role names seen on people here that stand for an audience
 * @param norms           per channel of the community, what its recent posters do there ({@code norms/RoomNorms}:
 *                        counts per pseudonym; version 2, empty before)
 * @param teamQuestions   customers' questions in its support channels still waiting on the team ({@code
 *                        text/TeamChannel}; version 3, empty before)
 * @param messages        the messages counted here lately, without their text: who wrote each (pseudonym), when,
 *                        a keyed digest of its words (to tell an edit from the same message delivered again), whom
 *                        it waits on, and what a reply to it needs to know (version 3, empty before)
 * @param conversations   the direct conversations last counted here, and who wrote in each (pseudonyms; version 3,
 *                        empty before)
 * @param askedUnnamed    per channel and asker (pseudonym), their questions said there to nobody by name that still
 *                        wait on someone, and the last answer another member gave them there (who, by pseudonym, and
 *                        when): their thanks for it closes those questions ({@code AnsweredInTheRoom}; version 6,
 *                        empty before)
 * @param asked           the requests to the room lately that were for offers or waited a day or more for an answer:
 *                        whose (pseudonym), where, when, and whether for offers ({@code audience.peers-only} asks
 *                        whether one from outside the trade went by this week; version 7, empty before)
 * @param tradesOwn       whether a room here gives its chat to the trade's own people (version 7, false before)
 * @param tradeRooms      the channels whose topic says they are for one trade's people among themselves (version 7,
 *                        empty before: each read again when next written in)
 * @param tradeGroups     the groups the community's rooms send askers to, and the rooms kept to a group not yet known
 *                        to be a trade, each group as a keyed hash (version 11, empty before)
 * @param pitchesInDirect per direct conversation counted here, the latest pitch its sender sent there while nobody
 *                        else wrote there since (ids only): the sender's next word there chases it (version 12, empty
 *                        before)
 * @param lastActivity    when anyone last wrote here (version 13, empty before: until the next message after a
 *                        restart, nobody had): the end of a replay asks whether the community went on for a week
 *                        without someone, and a request to the room closed before the next message asks how long it
 *                        stood open
 */
public record CommunitySnapshot(int version, CommunityId community, List<Member> people, List<Request> open,
                                List<Recent> recent, List<Room> rooms, List<String> sellers, boolean tradeOffered,
                                boolean referralsSeen, List<String> recognisedRoles, List<RoomNorm> norms,
                                List<TeamQuestion> teamQuestions, List<Message> messages,
                                List<Conversation> conversations, List<AskedUnnamed> askedUnnamed,
                                List<Asked> asked, boolean tradesOwn, List<ChannelId> tradeRooms,
                                List<TradeGroup> tradeGroups, List<PitchInDirect> pitchesInDirect,
                                Optional<Instant> lastActivity) {

    /**
     * 1: the first. 2: the room norms of its channels (a version 1 document reads as none learned yet). 3: the team's
     * open questions, the recent messages and direct conversations, and the room norms' period length (a version 2
     * document reads as none of them, its norms' periods on the current setting's scale). 4: when each person last put
     * a question or request of their own to the room (a version 3 document reads as nobody having done so lately). 5:
     * whether each person's last question asked the room whether anyone has a thing, and whom they last promised to
     * write to privately, and when (a version 4 document reads as no such question and no promise). 6: per channel,
     * the questions said there to nobody by name that wait on someone, and the last answer each asker got there (a
     * version 5 document reads as none: such a question waits on the person it sat under, as before). 7: the
     * requests to the room lately that were for offers or waited a day, whether the community is a trade's own and
     * which of its rooms are, and who took up each person's latest question to the room at once (a version 6
     * document reads as none of them: as that build read them after a restart, until the rooms were written in again).
     * 8: which open request is still its room's latest question, waiting for someone else's word there (a version 7
     * document reads as none: a question asked just before a restart and taken up just after it was not taken up).
     * 9: whether each person spoke of clients they serve (a version 8 document reads as nobody having done so: each
     * was learned again only at their next such message, and read as outside the trade until then).
     * 10: per room, whom its latest line was said to (a version 9 document reads as said to the room: the line after
     * a restart without a reply link took a turn with whoever spoke last, whomever they had spoken to).
     * 11: per room, who talks to whom there line by line (with its norms), and the groups its rooms send askers to or
     * are kept to (a version 10 document reads as none: a room of posts read nothing until watched again, and a
     * community sent to a trade in a room nobody wrote in again was no market of it).
     * 12: per direct conversation, its latest pitch while only its sender wrote there since (a version 11 document
     * reads as none: a follow-up after a restart to a pitch sent before it was a question waiting on its recipient,
     * not the pitch chased).
     * 13: when anyone last wrote here (a version 12 document reads as nobody having written yet, as that build read
     * it after a restart until the next message: a replay whose record stopped after a restart with no word in the
     * community since never judged the questions still waiting there for someone who had gone quiet).
     * 14: whether each person wrote in a room for one trade's people among themselves (a version 13 document reads as
     * nobody having done so: each was learned again only at their next word there, and read by how they talk until
     * then).
     * 15: per message, whether it was its author's own post to the room ({@link Message#toTheRoom}; a version 14
     * document reads as none: a reply under such a post within the day after a restart was not read as one under the
     * poster's own post).
     */
    public static final int VERSION = 15;

    /**
     * The community's picture alone, as version 1 kept it: what later versions added (room norms, kept messages,
     * requests, groups, direct pitches, last activity) is empty, and the {@code with...} methods below add it.
     */
    public CommunitySnapshot(int version, CommunityId community, List<Member> people, List<Request> open,
                             List<Recent> recent, List<Room> rooms, List<String> sellers, boolean tradeOffered,
                             boolean referralsSeen, List<String> recognisedRoles) {
        this(version, community, people, open, recent, rooms, sellers, tradeOffered, referralsSeen, recognisedRoles,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, List.of(), List.of(), List.of(),
                Optional.empty());
    }

    public CommunitySnapshot {
        norms = norms == null ? List.of() : List.copyOf(norms);
        teamQuestions = teamQuestions == null ? List.of() : List.copyOf(teamQuestions);
        messages = messages == null ? List.of() : List.copyOf(messages);
        conversations = conversations == null ? List.of() : List.copyOf(conversations);
        askedUnnamed = askedUnnamed == null ? List.of() : List.copyOf(askedUnnamed);
        asked = asked == null ? List.of() : List.copyOf(asked);
        tradeRooms = tradeRooms == null ? List.of() : List.copyOf(tradeRooms);
        tradeGroups = tradeGroups == null ? List.of() : List.copyOf(tradeGroups);
        pitchesInDirect = pitchesInDirect == null ? List.of() : List.copyOf(pitchesInDirect);
        lastActivity = lastActivity == null ? Optional.empty() : lastActivity;
        people = people == null ? List.of() : List.copyOf(people);
        open = open == null ? List.of() : List.copyOf(open);
        recent = recent == null ? List.of() : List.copyOf(recent);
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
        sellers = sellers == null ? List.of() : List.copyOf(sellers);
        recognisedRoles = recognisedRoles == null ? List.of() : List.copyOf(recognisedRoles);
    }

    /**
     * The same snapshot with one person gone from it everywhere (their tallies, open requests, places in rooms, who
     * they last helped, whom they passed over): what "forget me" does to a community's state.
     */
    public CommunitySnapshot withoutPerson(String pseudonym) {
        List<Member> ps = people.stream().filter(m -> !m.who().equals(pseudonym)).map(m -> m.without(pseudonym))
                .toList();
        List<Request> os = open.stream().filter(r -> !r.asker().equals(pseudonym))
                .map(r -> r.passedBy().contains(pseudonym) ? new Request(r.message(), r.asker(), r.channel(), r.at(),
                        r.topic(), r.anyoneCanAnswer(), r.passedBy().stream().filter(p -> !p.equals(pseudonym)).toList(),
                        r.awaitsTakeUp())
                        : r).toList();
        List<Room> rs = rooms.stream().map(r -> r.mentions(pseudonym) ? r.without(pseudonym) : r).toList();
        List<RoomNorm> ns = norms.stream().map(n -> n.mentions(pseudonym) ? n.without(pseudonym) : n).toList();
        // Their own questions and messages go; where they were one of the people waited on or spoken to, their name.
        List<TeamQuestion> ts = teamQuestions.stream().filter(q -> !q.asker().equals(pseudonym))
                .map(q -> q.team().contains(pseudonym) || q.staff().contains(pseudonym)
                        ? new TeamQuestion(q.message(), q.channel(), q.asker(), without(q.team(), pseudonym),
                        without(q.staff(), pseudonym), q.at())
                        : q).toList();
        List<Message> ms = messages.stream().filter(m -> !m.author().equals(pseudonym))
                .map(m -> m.spokenTo().contains(pseudonym) ? new Message(m.id(), m.author(), m.at(), m.text(),
                        without(m.spokenTo(), pseudonym), m.pitched(), m.underOwnPost(),
                        m.saidToFirst() && !m.spokenTo().get(0).equals(pseudonym), m.toTheRoom()) : m).toList();
        List<Conversation> cs = conversations.stream().map(c -> c.people().contains(pseudonym)
                ? new Conversation(c.channel(), without(c.people(), pseudonym)) : c).toList();
        // Their own questions go; an answer they gave someone else goes from that asker's entry.
        List<AskedUnnamed> us = askedUnnamed.stream().filter(a -> !a.asker().equals(pseudonym))
                .map(a -> a.answeredBy().filter(pseudonym::equals).isPresent()
                        ? new AskedUnnamed(a.channel(), a.asker(), a.questions(), Optional.empty(), Optional.empty())
                        : a)
                .filter(a -> !a.questions().isEmpty() || a.answeredBy().isPresent()).toList();
        // Their requests to the room go; the rooms that are the trade's are nobody's.
        List<Asked> as = asked.stream().filter(a -> !a.asker().equals(pseudonym)).toList();
        return new CommunitySnapshot(version, community, ps, os, recent, rs,
                sellers.stream().filter(s -> !s.equals(pseudonym)).toList(), tradeOffered, referralsSeen,
                recognisedRoles, ns, ts, ms, cs, us, as, tradesOwn, tradeRooms, tradeGroups, pitchesInDirect,
                lastActivity);
    }

    private static List<String> without(List<String> people, String pseudonym) {
        return people.stream().filter(p -> !p.equals(pseudonym)).toList();
    }

    /** The same snapshot with {@code roomNorms} as its channels' norms. */
    public CommunitySnapshot withNorms(List<RoomNorm> roomNorms) {
        return new CommunitySnapshot(version, community, people, open, recent, rooms, sellers, tradeOffered,
                referralsSeen, recognisedRoles, roomNorms, teamQuestions, messages, conversations, askedUnnamed, asked,
                tradesOwn, tradeRooms, tradeGroups, pitchesInDirect, lastActivity);
    }

    /** The same snapshot with what the engine keeps of the community beside its picture of it (see version 3). */
    public CommunitySnapshot withKept(List<TeamQuestion> team, List<Message> recentMessages,
                                      List<Conversation> directConversations) {
        return new CommunitySnapshot(version, community, people, open, recent, rooms, sellers, tradeOffered,
                referralsSeen, recognisedRoles, norms, team, recentMessages, directConversations, askedUnnamed, asked,
                tradesOwn, tradeRooms, tradeGroups, pitchesInDirect, lastActivity);
    }

    /** The same snapshot with {@code asked} as its rooms' questions to nobody by name (see version 6). */
    public CommunitySnapshot withAskedUnnamed(List<AskedUnnamed> asked) {
        return new CommunitySnapshot(version, community, people, open, recent, rooms, sellers, tradeOffered,
                referralsSeen, recognisedRoles, norms, teamQuestions, messages, conversations, asked, this.asked,
                tradesOwn, tradeRooms, tradeGroups, pitchesInDirect, lastActivity);
    }

    /**
     * The same snapshot with {@code requests} as the requests to the room lately, {@code ownTrade} as whether the
     * community is a trade's own, and {@code rooms} as the trade's rooms (see version 7).
     */
    public CommunitySnapshot withRequests(List<Asked> requests, boolean ownTrade, List<ChannelId> rooms) {
        return new CommunitySnapshot(version, community, people, open, recent, this.rooms, sellers, tradeOffered,
                referralsSeen, recognisedRoles, norms, teamQuestions, messages, conversations, askedUnnamed, requests,
                ownTrade, rooms, tradeGroups, pitchesInDirect, lastActivity);
    }

    /** The same snapshot with {@code groups} as the groups named in its rooms' topics (see version 11). */
    public CommunitySnapshot withTradeGroups(List<TradeGroup> groups) {
        return new CommunitySnapshot(version, community, people, open, recent, rooms, sellers, tradeOffered,
                referralsSeen, recognisedRoles, norms, teamQuestions, messages, conversations, askedUnnamed, asked,
                tradesOwn, tradeRooms, groups, pitchesInDirect, lastActivity);
    }

    /** The same snapshot with {@code pitches} as its direct conversations' pitches (see version 12). */
    public CommunitySnapshot withPitchesInDirect(List<PitchInDirect> pitches) {
        return new CommunitySnapshot(version, community, people, open, recent, rooms, sellers, tradeOffered,
                referralsSeen, recognisedRoles, norms, teamQuestions, messages, conversations, askedUnnamed, asked,
                tradesOwn, tradeRooms, tradeGroups, pitches, lastActivity);
    }

    /** The same snapshot with {@code at} as when anyone last wrote here (see version 13). */
    public CommunitySnapshot withLastActivity(Optional<Instant> at) {
        return new CommunitySnapshot(version, community, people, open, recent, rooms, sellers, tradeOffered,
                referralsSeen, recognisedRoles, norms, teamQuestions, messages, conversations, askedUnnamed, asked,
                tradesOwn, tradeRooms, tradeGroups, pitchesInDirect, at);
    }

    /** What the channels' norms count of {@code pseudonym}, channel by channel (for a person's export). */
    public List<RoomNorm> normsOf(String pseudonym) {
        return norms.stream().filter(n -> n.posters().stream().anyMatch(p -> p.who().equals(pseudonym)))
                .map(n -> new RoomNorm(n.channel(), n.since(), Optional.empty(), n.lastAt(),
                        n.posters().stream().filter(p -> p.who().equals(pseudonym)).toList(), n.periodSeconds()))
                .toList();
    }

    /** Whether {@code pseudonym} appears anywhere in this snapshot. */
    public boolean mentions(String pseudonym) {
        return !equals(withoutPerson(pseudonym));
    }

    /** The entry of {@code pseudonym} among the people, if any (for a person's export). */
    public Optional<Member> member(String pseudonym) {
        return people.stream().filter(m -> m.who().equals(pseudonym)).findFirst();
    }

    /**
     * One person as the community sees them: how many messages, questions, answers and announcements (to tell a seeker
     * from a peer), their roles, their last question (where, when, whether it asked for offers), when they last wrote
     * in a channel here, whom they last helped (pseudonym) where and when, whether they offer work, seek clients
     * or posted a job where the community trades (a buyer there), and whether they said they sent people of their own
     * to someone here (an advocate), whether their latest message said they own the community (a guild's owner), and
     * whether they said they bought from someone here (a customer; absent in documents written before, read as no);
     * when they last put a question or request of their own to the room (version 4); whether their last question
     * asked the room whether anyone has a thing, and whom (pseudonym) they last promised, answering such a question,
     * to write to privately ("I have one, I'll DM you"), and when (version 5: the DM that follows answers it); who
     * (pseudonym) took up their latest question to the room at once, so it went by nobody after (version 7); whether
     * they spoke of clients they serve ("two of my clients", {@code text/ServesClients}: one of the trade; version 9);
     * whether they wrote in a room for one trade's people among themselves ({@code audience/TradeRoom}: one of the
     * trade wherever met; version 14).
     * A field a document leaves out (written before its version, or at its default) reads as zero, false or empty;
     * code makes one with {@link #builder}.
     */
    public record Member(String who, int messages, int questions, int answers, int announcements, List<String> roles,
                         Optional<Instant> lastQuestion, Optional<ChannelId> lastQuestionChannel,
                         boolean lastQuestionSeeksOffer, Optional<Instant> lastInChannels,
                         Optional<String> lastHelped, Optional<ChannelId> lastHelpedIn, Optional<Instant> lastHelpedAt,
                         boolean offersWork, boolean seeksClients, boolean postedJob, boolean referred,
                         boolean owner, boolean bought, Optional<Instant> askedTheRoom,
                         boolean lastQuestionAsksWhoHasOne, Optional<String> promisedPrivately,
                         Optional<Instant> promisedPrivatelyAt, Optional<String> askedTheRoomTakenUpBy,
                         boolean servesClients, boolean talkedInTradeRoom) {
        public Member {
            askedTheRoom = askedTheRoom == null ? Optional.empty() : askedTheRoom;
            promisedPrivately = promisedPrivately == null ? Optional.empty() : promisedPrivately;
            promisedPrivatelyAt = promisedPrivatelyAt == null ? Optional.empty() : promisedPrivatelyAt;
            askedTheRoomTakenUpBy = askedTheRoomTakenUpBy == null ? Optional.empty() : askedTheRoomTakenUpBy;
            roles = roles == null ? List.of() : List.copyOf(roles);
            lastQuestion = lastQuestion == null ? Optional.empty() : lastQuestion;
            lastQuestionChannel = lastQuestionChannel == null ? Optional.empty() : lastQuestionChannel;
            lastInChannels = lastInChannels == null ? Optional.empty() : lastInChannels;
            lastHelped = lastHelped == null ? Optional.empty() : lastHelped;
            lastHelpedIn = lastHelpedIn == null ? Optional.empty() : lastHelpedIn;
            lastHelpedAt = lastHelpedAt == null ? Optional.empty() : lastHelpedAt;
        }

        /**
         * This member without what names {@code pseudonym}: whom they last helped, whom they promised to write to, who
         * took up their question to the room.
         */
        Member without(String pseudonym) {
            boolean helped = lastHelped.filter(pseudonym::equals).isPresent();
            boolean promised = promisedPrivately.filter(pseudonym::equals).isPresent();
            boolean tookUp = askedTheRoomTakenUpBy.filter(pseudonym::equals).isPresent();
            if (!helped && !promised && !tookUp) {
                return this;
            }
            Builder b = toBuilder();
            if (helped) {
                b.lastHelped(Optional.empty()).lastHelpedIn(Optional.empty()).lastHelpedAt(Optional.empty());
            }
            if (promised) {
                b.promisedPrivately(Optional.empty()).promisedPrivatelyAt(Optional.empty());
            }
            if (tookUp) {
                b.askedTheRoomTakenUpBy(Optional.empty());
            }
            return b.build();
        }

        /**
         * A member to set up, known by {@code who} (pseudonym): every other field starts as a document that leaves it
         * out reads it (zero, false, empty), which is also how each version reads what later versions added.
         */
        public static Builder builder(String who) {
            return new Builder(who);
        }

        /** A builder holding this member's fields, to make one that differs in a few. */
        public Builder toBuilder() {
            Builder b = new Builder(who);
            b.messages = messages;
            b.questions = questions;
            b.answers = answers;
            b.announcements = announcements;
            b.roles = roles;
            b.lastQuestion = lastQuestion;
            b.lastQuestionChannel = lastQuestionChannel;
            b.lastQuestionSeeksOffer = lastQuestionSeeksOffer;
            b.lastInChannels = lastInChannels;
            b.lastHelped = lastHelped;
            b.lastHelpedIn = lastHelpedIn;
            b.lastHelpedAt = lastHelpedAt;
            b.offersWork = offersWork;
            b.seeksClients = seeksClients;
            b.postedJob = postedJob;
            b.referred = referred;
            b.owner = owner;
            b.bought = bought;
            b.askedTheRoom = askedTheRoom;
            b.lastQuestionAsksWhoHasOne = lastQuestionAsksWhoHasOne;
            b.promisedPrivately = promisedPrivately;
            b.promisedPrivatelyAt = promisedPrivatelyAt;
            b.askedTheRoomTakenUpBy = askedTheRoomTakenUpBy;
            b.servesClients = servesClients;
            b.talkedInTradeRoom = talkedInTradeRoom;
            return b;
        }

        /**
         * Sets up a {@link Member} field by field, so that code naming a few of the 25 says which ones (the record's
         * constructor takes them all by position). Not thread-safe; {@link #build} may be called more than once.
         */
        public static final class Builder {
            private final String who;
            private int messages;
            private int questions;
            private int answers;
            private int announcements;
            private List<String> roles = List.of();
            private Optional<Instant> lastQuestion = Optional.empty();
            private Optional<ChannelId> lastQuestionChannel = Optional.empty();
            private boolean lastQuestionSeeksOffer;
            private Optional<Instant> lastInChannels = Optional.empty();
            private Optional<String> lastHelped = Optional.empty();
            private Optional<ChannelId> lastHelpedIn = Optional.empty();
            private Optional<Instant> lastHelpedAt = Optional.empty();
            private boolean offersWork;
            private boolean seeksClients;
            private boolean postedJob;
            private boolean referred;
            private boolean owner;
            private boolean bought;
            private Optional<Instant> askedTheRoom = Optional.empty();
            private boolean lastQuestionAsksWhoHasOne;
            private Optional<String> promisedPrivately = Optional.empty();
            private Optional<Instant> promisedPrivatelyAt = Optional.empty();
            private Optional<String> askedTheRoomTakenUpBy = Optional.empty();
            private boolean servesClients;
            private boolean talkedInTradeRoom;

            private Builder(String who) {
                this.who = who;
            }

            public Builder messages(int messages) {
                this.messages = messages;
                return this;
            }

            public Builder questions(int questions) {
                this.questions = questions;
                return this;
            }

            public Builder answers(int answers) {
                this.answers = answers;
                return this;
            }

            public Builder announcements(int announcements) {
                this.announcements = announcements;
                return this;
            }

            public Builder roles(List<String> roles) {
                this.roles = roles;
                return this;
            }

            public Builder lastQuestion(Optional<Instant> lastQuestion) {
                this.lastQuestion = lastQuestion;
                return this;
            }

            public Builder lastQuestionChannel(Optional<ChannelId> lastQuestionChannel) {
                this.lastQuestionChannel = lastQuestionChannel;
                return this;
            }

            public Builder lastQuestionSeeksOffer(boolean lastQuestionSeeksOffer) {
                this.lastQuestionSeeksOffer = lastQuestionSeeksOffer;
                return this;
            }

            public Builder lastInChannels(Optional<Instant> lastInChannels) {
                this.lastInChannels = lastInChannels;
                return this;
            }

            public Builder lastHelped(Optional<String> lastHelped) {
                this.lastHelped = lastHelped;
                return this;
            }

            public Builder lastHelpedIn(Optional<ChannelId> lastHelpedIn) {
                this.lastHelpedIn = lastHelpedIn;
                return this;
            }

            public Builder lastHelpedAt(Optional<Instant> lastHelpedAt) {
                this.lastHelpedAt = lastHelpedAt;
                return this;
            }

            public Builder offersWork(boolean offersWork) {
                this.offersWork = offersWork;
                return this;
            }

            public Builder seeksClients(boolean seeksClients) {
                this.seeksClients = seeksClients;
                return this;
            }

            public Builder postedJob(boolean postedJob) {
                this.postedJob = postedJob;
                return this;
            }

            public Builder referred(boolean referred) {
                this.referred = referred;
                return this;
            }

            public Builder owner(boolean owner) {
                this.owner = owner;
                return this;
            }

            public Builder bought(boolean bought) {
                this.bought = bought;
                return this;
            }

            public Builder askedTheRoom(Optional<Instant> askedTheRoom) {
                this.askedTheRoom = askedTheRoom;
                return this;
            }

            public Builder lastQuestionAsksWhoHasOne(boolean lastQuestionAsksWhoHasOne) {
                this.lastQuestionAsksWhoHasOne = lastQuestionAsksWhoHasOne;
                return this;
            }

            public Builder promisedPrivately(Optional<String> promisedPrivately) {
                this.promisedPrivately = promisedPrivately;
                return this;
            }

            public Builder promisedPrivatelyAt(Optional<Instant> promisedPrivatelyAt) {
                this.promisedPrivatelyAt = promisedPrivatelyAt;
                return this;
            }

            public Builder askedTheRoomTakenUpBy(Optional<String> askedTheRoomTakenUpBy) {
                this.askedTheRoomTakenUpBy = askedTheRoomTakenUpBy;
                return this;
            }

            public Builder servesClients(boolean servesClients) {
                this.servesClients = servesClients;
                return this;
            }

            public Builder talkedInTradeRoom(boolean talkedInTradeRoom) {
                this.talkedInTradeRoom = talkedInTradeRoom;
                return this;
            }

            public Member build() {
                return new Member(who, messages, questions, answers, announcements, roles, lastQuestion,
                        lastQuestionChannel, lastQuestionSeeksOffer, lastInChannels, lastHelped, lastHelpedIn,
                        lastHelpedAt, offersWork, seeksClients, postedJob, referred, owner, bought, askedTheRoom,
                        lastQuestionAsksWhoHasOne, promisedPrivately, promisedPrivatelyAt, askedTheRoomTakenUpBy,
                        servesClients, talkedInTradeRoom);
            }
        }
    }

    /**
     * A question to the room nobody answered yet: whose (pseudonym), where, when, what about (keyed topic words, as
     * {@link UserSnapshot.Learned}), whether anyone there could answer it, who passed it over so far, and whether it
     * is still the latest question to its room with nobody else having spoken there since (the next word someone
     * else says there takes it up; version 8).
     */
    public record Request(MessageId message, String asker, ChannelId channel, Instant at, List<Integer> topic,
                          boolean anyoneCanAnswer, List<String> passedBy, boolean awaitsTakeUp) {
        public Request {
            topic = topic == null ? List.of() : List.copyOf(topic);
            passedBy = passedBy == null ? List.of() : List.copyOf(passedBy);
        }

        /** A request that is not its room's latest question waiting for someone else's word (before version 8). */
        public Request(MessageId message, String asker, ChannelId channel, Instant at, List<Integer> topic,
                       boolean anyoneCanAnswer, List<String> passedBy) {
            this(message, asker, channel, at, topic, anyoneCanAnswer, passedBy, false);
        }
    }

    /** A question asked here lately, answered or not, and whether it asked for a provider or a price. */
    public record Recent(MessageId message, Instant at, boolean seeksOffer) {
    }

    /**
     * A channel's last few speakers (pseudonym and when), most recent last, its message count (capped), and whom its
     * latest line was said to (pseudonyms; empty for a line said to the room, and in documents before version 10).
     */
    public record Room(ChannelId channel, int messages, List<Spoke> speakers, List<String> lastSaidTo) {
        public Room {
            speakers = speakers == null ? List.of() : List.copyOf(speakers);
            lastSaidTo = lastSaidTo == null ? List.of() : List.copyOf(lastSaidTo);
        }

        /** A room whose latest line was said to the room (as documents before version 10 kept every room). */
        public Room(ChannelId channel, int messages, List<Spoke> speakers) {
            this(channel, messages, speakers, List.of());
        }

        boolean mentions(String pseudonym) {
            return lastSaidTo.contains(pseudonym) || speakers.stream().anyMatch(s -> s.who().equals(pseudonym));
        }

        /** This room without {@code pseudonym}'s place in it or their name among those its latest line spoke to. */
        Room without(String pseudonym) {
            return new Room(channel, messages, speakers.stream().filter(s -> !s.who().equals(pseudonym)).toList(),
                    CommunitySnapshot.without(lastSaidTo, pseudonym));
        }
    }

    /** Someone who spoke in a room, and when they last did. */
    public record Spoke(String who, Instant at) {
    }

    /**
     * A channel's norms as counted so far (see {@code norms/RoomNorms}): since when it is watched, who posted in it
     * last and when (to tell a post that starts something from a turn in a conversation), its recent posters, and
     * the length of the periods their counts are numbered in (half the norms' memory when they were counted; 0 in
     * documents before version 3, read as the current setting's).
     */
    public record RoomNorm(ChannelId channel, Instant since, Optional<String> lastPoster, Instant lastAt,
                           List<Poster> posters, long periodSeconds, Lines lines) {
        public RoomNorm {
            lastPoster = lastPoster == null ? Optional.empty() : lastPoster;
            posters = posters == null ? List.of() : List.copyOf(posters);
        }

        /** Norms with nothing kept of who talks to whom there (as documents before version 11 kept them). */
        public RoomNorm(ChannelId channel, Instant since, Optional<String> lastPoster, Instant lastAt,
                        List<Poster> posters, long periodSeconds) {
            this(channel, since, lastPoster, lastAt, posters, periodSeconds, null);
        }

        /** Norms whose periods' length is not known (as documents before version 3 kept them). */
        public RoomNorm(ChannelId channel, Instant since, Optional<String> lastPoster, Instant lastAt,
                        List<Poster> posters) {
            this(channel, since, lastPoster, lastAt, posters, 0);
        }

        boolean mentions(String pseudonym) {
            return lastPoster.filter(pseudonym::equals).isPresent()
                    || posters.stream().anyMatch(p -> p.who().equals(pseudonym))
                    || lines != null && lines.mentions(pseudonym);
        }

        RoomNorm without(String pseudonym) {
            return new RoomNorm(channel, since, lastPoster.filter(p -> !p.equals(pseudonym)), lastAt,
                    posters.stream().filter(p -> !p.who().equals(pseudonym)).toList(), periodSeconds,
                    lines == null ? null : lines.without(pseudonym));
        }
    }

    /**
     * Who talks to whom in a channel, line by line ({@code norms/RoomLines}; version 11, absent before: read as
     * nothing counted): since when, who wrote its last line (pseudonym) and when, that line's depth, and per poster
     * (pseudonym) their counts. Counts and times only.
     */
    public record Lines(Instant since, Optional<String> lastPoster, Instant lastAt, int lastDepth,
                        List<LinePoster> posters) {
        public Lines {
            lastPoster = lastPoster == null ? Optional.empty() : lastPoster;
            posters = posters == null ? List.of() : List.copyOf(posters);
        }

        boolean mentions(String pseudonym) {
            return lastPoster.filter(pseudonym::equals).isPresent()
                    || posters.stream().anyMatch(p -> p.who().equals(pseudonym));
        }

        Lines without(String pseudonym) {
            return new Lines(since, lastPoster.filter(p -> !p.equals(pseudonym)), lastAt, lastDepth,
                    posters.stream().filter(p -> !p.who().equals(pseudonym)).toList());
        }
    }

    /**
     * One poster's line counts in a channel (pseudonym): posts to the room that started something, talk, and talk
     * their lines drew, in their latest period and in the one before.
     */
    public record LinePoster(String who, long period, int posts, int talk, int drawn, int postsBefore,
                             int talkBefore, int drawnBefore) {
    }

    /**
     * A group of people named in a room's topic ({@code audience/TradeRoom}), as a keyed hash of its word, never the
     * topic: one the community sends its askers to ("ask the riggers": {@code askedFor}), or one a room is kept to
     * ("riggers only": that room, {@code keptRoom}) not yet known to be a trade (version 11, none before).
     */
    public record TradeGroup(int group, boolean askedFor, Optional<ChannelId> keptRoom) {
        public TradeGroup {
            keptRoom = keptRoom == null ? Optional.empty() : keptRoom;
        }
    }

    /**
     * One poster's counts in a channel (pseudonym): posts telling the room something, asking it, showing their own
     * work, in their latest period (a half of the norms' memory, numbered from the epoch) and in the one before.
     */
    public record Poster(String who, long period, int tells, int asks, int shows, int tellsBefore, int asksBefore,
                         int showsBefore) {
    }

    /**
     * A customer's question to the room in a support channel, waiting on the team ({@code text/TeamChannel}): which
     * message, where, whose (pseudonym), the coached members of the team it waits on and everyone who was the team
     * when it was asked (pseudonyms: any of them may take it up), and when.
     */
    public record TeamQuestion(MessageId message, ChannelId channel, String asker, List<String> team,
                               List<String> staff, Instant at) {
        public TeamQuestion {
            team = team == null ? List.of() : List.copyOf(team);
            staff = staff == null ? List.of() : List.copyOf(staff);
        }
    }

    /**
     * A message counted here lately, without its text: who wrote it (pseudonym), when, its words' keyed digest (the
     * low bits of a keyed hash of a hash of its text: tells an edit from the same message delivered again, and
     * says nothing of the words without the installation's secret), the coached people it waits on (pseudonyms,
     * first the one it spoke to), whether it pushed something at them, whether it replied under a post of theirs to
     * the room, and whether its author's own reading of it (while its author, coached, still remembers it for edits)
     * gave it to that first one ({@code saidToFirst}: a reply of the author's under it goes on speaking to them; the
     * author's own messages are not kept over a restart, so this is what tells it after one; false before), and
     * whether its author's own reading of it, likewise, made it a post of theirs to the room ({@code toTheRoom}: said
     * to nobody and no help, so a reply under it is one under their own post; version 15, false before).
     */
    public record Message(MessageId id, String author, Instant at, int text, List<String> spokenTo, boolean pitched,
                          boolean underOwnPost, boolean saidToFirst, boolean toTheRoom) {
        public Message {
            spokenTo = spokenTo == null ? List.of() : List.copyOf(spokenTo);
        }

        /** A message not known as its author's post to the room (as documents before version 15 kept every one). */
        public Message(MessageId id, String author, Instant at, int text, List<String> spokenTo, boolean pitched,
                       boolean underOwnPost, boolean saidToFirst) {
            this(id, author, at, text, spokenTo, pitched, underOwnPost, saidToFirst, false);
        }

        /** A message its author's own reading did not give to the first one it waits on (or as documents before). */
        public Message(MessageId id, String author, Instant at, int text, List<String> spokenTo, boolean pitched,
                       boolean underOwnPost) {
            this(id, author, at, text, spokenTo, pitched, underOwnPost, false);
        }
    }

    /**
     * Someone's questions said in a channel to nobody by name (under someone's message) that still wait on someone
     * there, oldest first, and the last answer another member gave them there, its giver by pseudonym and when (both
     * empty when none): their thanks for that answer closes the questions asked before it, for the person each sat
     * under ({@code engine/AnsweredInTheRoom}). The asker by pseudonym; ids and times only.
     */
    public record AskedUnnamed(ChannelId channel, String asker, List<MessageId> questions,
                               Optional<String> answeredBy, Optional<Instant> answeredAt) {
        public AskedUnnamed {
            questions = questions == null ? List.of() : List.copyOf(questions);
            answeredBy = answeredBy == null ? Optional.empty() : answeredBy;
            answeredAt = answeredAt == null ? Optional.empty() : answeredAt;
        }
    }

    /**
     * A request to the room lately that {@code audience.peers-only} weighs: a request for offers, or a question that
     * waited a day or more for an answer; whose (pseudonym), where, when, and whether it asked for offers. Ids and
     * times only. Listed by time ({@link #ORDER}), so the same requests always give the same document.
     */
    public record Asked(Instant at, String asker, ChannelId channel, boolean offer) {
        /** The order a snapshot lists them in: by time, then channel, asker, offers last. */
        public static final Comparator<Asked> ORDER = Comparator.comparing(Asked::at)
                .thenComparing(a -> a.channel().value()).thenComparing(Asked::asker)
                .thenComparing(Asked::offer);
    }

    /**
     * A direct conversation's latest pitch (its message id) while only its sender wrote there since: their next word
     * there chases it ({@code engine/Recipients}; version 12). Ids only: who sent it is the kept message's author.
     */
    public record PitchInDirect(ChannelId channel, MessageId message) {
    }

    /** A direct conversation last counted in this community, and who wrote in it (pseudonyms, in no order). */
    public record Conversation(ChannelId channel, List<String> people) {
        public Conversation {
            people = people == null ? List.of() : List.copyOf(people);
        }
    }
}
