package dev.rapport.rules.engine;

import dev.rapport.rules.addressing.AnswerWords;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.audience.AwaitedWork;
import dev.rapport.rules.audience.BoughtBefore;
import dev.rapport.rules.audience.CostsOnTop;
import dev.rapport.rules.audience.OwnWorkForSale;
import dev.rapport.rules.audience.QuoteOffered;
import dev.rapport.rules.audience.Referral;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleSettings;

import dev.rapport.rules.text.Acknowledgement;
import dev.rapport.rules.text.AttentionAsked;
import dev.rapport.rules.text.ChannelPurpose;
import dev.rapport.rules.text.ClientsDesk;
import dev.rapport.rules.text.Hiring;
import dev.rapport.rules.text.OfferRequest;
import dev.rapport.rules.text.OfferTakenUp;
import dev.rapport.rules.text.Pitch;
import dev.rapport.rules.text.ServesClients;
import dev.rapport.rules.text.SeeksClients;
import dev.rapport.rules.text.SideOffer;
import dev.rapport.rules.text.ToolsUsed;
import dev.rapport.rules.text.TopicWords;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the engine knows about a community as a whole, from everybody's messages, without any text: who tends
 * to ask and who tends to answer (to tell seekers from peers), people's roles, and recent open questions. Its parts
 * keep their own state: the recent questions ({@link RecentQuestions}), the open ones ({@link OpenQuestions}), who
 * speaks in each room ({@link RoomSpeakers}), the signs of trade ({@link TradeSigns}), roles ({@link RoleAudiences}),
 * who learned what and passed which requests over ({@link HelpingKnowledge}), and the business's team and who each
 * person is to it ({@link TeamAndAudiences}).
 */
final class CommunityState {

    /** How long questions are remembered, for "help, not spam" and for suggestions to seekers. */
    static final Duration QUESTION_MEMORY = Duration.ofDays(7);
    /** How soon the next word in a channel still responds to a question put to the room there (see respondedInTheRoom). */
    static final Duration ROOM_RESPONSE = Duration.ofMinutes(30);
    private static final int MAX_QUESTIONS = 2_000;

    /**
     * What the community counts of one person. Package-visible only so that {@link AdoptedPerson} can join what a
     * snapshot kept of them with what was counted under their id since.
     */
    static final class Person {
        int messages;
        int questions;
        int answers;
        int announcements;
        Set<String> roles = Set.of();
        Instant lastQuestion;
        ChannelId lastQuestionChannel;
        /** When they last put a question or a request of their own to the room (give-take: a helper who needs things). */
        Instant askedTheRoomAt;
        /**
         * Who took that question up within {@link #ROOM_RESPONSE} (answered it, or spoke next in its channel); null if
         * nobody did. Kept in the community's snapshot (by pseudonym), so a restart does not make a question someone
         * took up at once look as if it had gone by the people who came along after.
         */
        UserId askedTheRoomTakenUpBy;
        /** Whether their last question asked for a provider or a price. */
        boolean lastQuestionSeeksOffer;
        /**
         * Whom they last promised, answering that person's question whether anyone has a thing, to write to privately
         * ("I have one, I'll DM you pics"), and when. Kept in the community's snapshot (the asker by pseudonym), so a
         * restart between the promise and the DM does not turn the DM into a cold pitch.
         */
        UserId promisedPrivately;
        Instant promisedPrivatelyAt;
        /**
         * Whether their last question asked the room whether anyone has a thing ({@link OfferRequest#asksWhoHasOne}):
         * kept in the snapshot with the promise, which answers only such a question.
         */
        boolean lastQuestionAsksWhoHasOne;
        /** When they last wrote in one of the community's own channels (a direct message counted here is not one). */
        Instant lastInChannels;
        /** Whom they last helped, where and when: their next words to that person go on helping. */
        UserId lastHelped;
        ChannelId lastHelpedIn;
        Instant lastHelpedAt;
        /** They offered their own work in a channel for trade (not a request there): someone in the trade. */
        boolean offersWork;
        /** They said they want clients or customers of their own ("I need more clients"): someone in the trade. */
        boolean seeksClients;
        /** They spoke of clients they serve ("two of my clients", text/ServesClients): someone in the trade. */
        boolean servesClients;
        /**
         * They wrote in a room for one trade's people among themselves ({@code audience/TradeRoom}): one of the trade,
         * wherever else they are met.
         */
        boolean talkedInTradeRoom;
        /**
         * They asked for offers where the community trades (posted a job): a buyer there, and their later words there
         * (to those who answered it) are a client's, not offers of their own work.
         */
        boolean postedJob;
        /** They said they sent people of their own to someone here ("I sent my sister your way"): an advocate's word. */
        boolean referred;
        /** They said they bought from someone here before ("I got my first rug off you"): a customer's word. */
        boolean bought;
        /** They own the community (a Discord guild's owner), as their latest message said. */
        boolean owner;
        /**
         * What their recent questions that others answered were about ({@link TopicWords}), oldest first, and among
         * them the tools they said they use ({@link ToolsUsed}): one word each, flagged in {@code namedTool} (null
         * while none is). These and the fields to {@link #lookedAt} are {@link HelpingKnowledge}'s to read and write.
         */
        int[][] answeredTopics;
        Instant[] answeredAt;
        boolean[] namedTool;
        /** When they passed over an open request they could have answered, while active, oldest first. */
        Instant[] passedOver;
        /**
         * The open requests they have looked at for {@link HelpingKnowledge#notePassedOver} ({@link
         * PassableRequests#lookedUpTo}; 0: none): their next message skips them. Forgotten when they learn something,
         * which can make one theirs to pass over. Fits in the object's padding: no bytes more per person.
         */
        int lookedUpTo;
        /** When {@link #lookedUpTo} was given: the moment of their last look (null: none kept). */
        Instant lookedAt;

        /** Whether their latest question was put to the room (said to nobody by reply or name). */
        boolean lastQuestionToTheRoom() {
            return lastQuestion != null && lastQuestion.equals(askedTheRoomAt);
        }
    }

    private CommunitySettings settings;
    private final Map<UserId, Person> people = new HashMap<>();
    /** Changes with everything that can change an open question or an audience: keys the cache below. */
    private long version;
    // Weeks end for many people at the same moment, with nothing said in between: they all look at the same seeker
    // questions, so the walk is done once per moment and window, not once per person.
    private long cachedVersion = -1;
    private Instant cachedFrom;
    private Instant cachedTo;
    private List<Question> cachedSeekerQuestions = List.of();
    /** Every recent question, answered or not, so a reply to it is recognised as help; those seeking offers marked. */
    private final RecentQuestions recentQuestions = new RecentQuestions(MAX_QUESTIONS);
    /**
     * The questions put to the room still open, and the requests that went by ({@link #outsiderWaited}): asks this
     * community whether an asker came from outside the trade.
     */
    private final OpenQuestions openQuestions;
    /** Who learned what lately and who passed requests over that they could have answered. */
    private final HelpingKnowledge helping;

    /** The few people who spoke last in each channel, to tell a two- or three-person room from a crowd. */
    private final RoomSpeakers rooms = new RoomSpeakers();

    /** Who sells here, where the community trades, and which rooms are the trade's own. */
    private final TradeSigns trade = new TradeSigns(this::keyedWord);
    /** What the role names met here stand for, and which of them are a business's staff. */
    private final RoleAudiences roles;
    /** Who is the business's team here, and who each person is to it. */
    private final TeamAndAudiences team;
    /**
     * The engine's rule settings for this community, in the engine's rule order, once worked out ({@link
     * CoachEngine} asks them for every rule on every message); null until then and after the settings change.
     */
    private RuleSettings[] ruleSettings;
    /** A community sells when at least this many people, and this share of its people, promote or pitch. */
    static final int MIN_SELLERS = 3;
    static final double MIN_SELLER_SHARE = 0.05;

    CommunityState(CommunitySettings settings) {
        this(settings, null, new ChannelPurposes());
    }

    /**
     * @param topicKey keys questions' topic words as they are read (null: plain word hashes, in tests)
     * @param purposes what the channels are for, the engine's (read once per name and topic for all its communities)
     */
    CommunityState(CommunitySettings settings, TopicKey topicKey, ChannelPurposes purposes) {
        this.settings = settings;
        this.roles = new RoleAudiences(settings);
        this.team = new TeamAndAudiences(people, roles, trade);
        this.openQuestions = new OpenQuestions(MAX_QUESTIONS, QUESTION_MEMORY, recentQuestions, this::outsider);
        this.helping = new HelpingKnowledge(openQuestions);
        this.topicKey = topicKey;
        this.purposes = Objects.requireNonNull(purposes, "purposes");
    }

    CommunitySettings settings() {
        return settings;
    }

    /** The rule settings kept by {@link #ruleSettings(RuleSettings[])}, or null. */
    RuleSettings[] ruleSettings() {
        return ruleSettings;
    }

    /** Keeps the engine's rule settings for this community until the settings change. */
    void ruleSettings(RuleSettings[] perRule) {
        this.ruleSettings = perRule;
    }

    /** New settings from now on; what the community's people said and did stays. */
    void use(CommunitySettings newSettings) {
        this.settings = newSettings;
        team.rolesChanged();
        ruleSettings = null;
        version++;
        // The roles recognised under the old settings are let go: the snapshot lists them.
        changed = true;
        roles.use(newSettings);
    }

    /**
     * Whether a message answers a question: it replies to a question, or it addresses, in the same channel (or by DM,
     * for a request for offers), a person who asked one there within {@code window}, and says something (a thank-you
     * is not an answer).
     */
    boolean answersAQuestion(ChatMessage m, List<UserId> addressees, Duration window, boolean substantial) {
        if (m.replyTo().isPresent() && recentQuestions.contains(m.replyTo().get())) {
            return true;
        }
        if (!substantial) {
            return false;
        }
        for (int k = 0; k < addressees.size(); k++) {
            UserId u = addressees.get(k);
            if (u.equals(m.author())) {
                continue;
            }
            Person p = people.get(u);
            if (p == null || p.lastQuestion == null) {
                continue;
            }
            // A DM answers a request for offers made anywhere: "DM me your rates" asks to be answered there. So does a
            // DM its author promised when answering the person's question in the room ("I have one, I'll DM you").
            boolean there = m.channel().equals(p.lastQuestionChannel)
                    || m.kind() == ChannelKind.DIRECT && (p.lastQuestionSeeksOffer || promisedPrivately(m, u, window));
            if (there && !p.lastQuestion.isBefore(m.time().minus(window))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who asked the room in {@code m}'s channel for a recommendation or a provider ("can anyone recommend a good …?",
     * "does anyone know a good …?": {@link OfferRequest}) and still has the last word there, asked within
     * {@link #ROOM_RESPONSE} before {@code m}: a line said to nobody right after such a request, nobody else speaking
     * between, is said to its asker, the answer the room was asked for (a request to the room is answered in the room,
     * without a reply link, as a question put across a table is answered across it). Null when there is none, or
     * when {@code m} has a reply target or names someone, or is a direct message.
     */
    UserId offerRequestJustBefore(ChatMessage m) {
        if (m.kind() == ChannelKind.DIRECT || m.replyTo().isPresent() || !m.addressees().isEmpty()) {
            return null;
        }
        Instant since = m.time().minus(ROOM_RESPONSE);
        UserId who = rooms.lastWordToTheRoom(m.channel(), m.author(), since);
        Person p = who == null ? null : people.get(who);
        if (p == null || !p.lastQuestionSeeksOffer || !p.lastQuestionToTheRoom()
                || !m.channel().equals(p.lastQuestionChannel) || p.lastQuestion.isBefore(since)) {
            return null;
        }
        return who;
    }

    /** Who spoke last in each channel here: small rooms, turns, conversations going on. */
    RoomSpeakers rooms() {
        return rooms;
    }

    /**
     * Whether the question {@code m} answers (by reply, or the last question of someone it addresses) asked for a
     * provider or a price: only then is a priced offer an answer rather than a pitch.
     */
    boolean askedForAnOffer(ChatMessage m, List<UserId> addressees) {
        // An offer that steers the asker to another thing ("while the walls are open, have you thought about new windows?")
        // answers a request nobody made: asked for one thing, offered another, it is a pitch.
        if (SideOffer.steers(m.text())) {
            return false;
        }
        if (m.replyTo().isPresent() && recentQuestions.contains(m.replyTo().get())) {
            return recentQuestions.seeksOffer(m.replyTo().get());
        }
        for (int k = 0; k < addressees.size(); k++) {
            UserId u = addressees.get(k);
            Person p = people.get(u);
            if (p != null && p.lastQuestionSeeksOffer) {
                return true;
            }
            // Someone who asked the room whether anyone has a thing, and was told by its author "I have one, I'll DM
            // you", asked for it: the price sent by DM is the answer they were promised. Terms for some other thing
            // of the seller's, sent to someone who asked how to do something, are still a pitch.
            if (p != null && m.kind() == ChannelKind.DIRECT && p.lastQuestionAsksWhoHasOne
                    && promisedPrivately(m, u, PROMISE_KEPT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code m} is the buyer's side of a private chat about a price: its author asked the room whether anyone
     * has a thing, and writes privately to one who promised them, within the day, to write to them about it. The
     * asker's priced words there ("£22 is fair, can you post it?") take up the seller's offer; they offer nothing.
     */
    boolean buyerTalksTerms(ChatMessage m, List<UserId> addressees) {
        // The promise is only ever noted under a question asking who has a thing (promisedPrivately): the asker's own
        // mark is not looked at, since their priced question here, put by DM, is already their last question.
        if (m.kind() != ChannelKind.DIRECT) {
            return false;
        }
        for (int k = 0; k < addressees.size(); k++) {
            Person seller = people.get(addressees.get(k));
            if (seller != null && m.author().equals(seller.promisedPrivately) && seller.promisedPrivatelyAt != null
                    && !seller.promisedPrivatelyAt.isBefore(m.time().minus(PROMISE_KEPT))
                    && !seller.promisedPrivatelyAt.isAfter(m.time())) {
                return true;
            }
        }
        return false;
    }

    /** How long a promise to write privately stays the reason for a DM: the same day, near enough. */
    private static final Duration PROMISE_KEPT = Duration.ofHours(24);

    /** Whether {@code m}'s author promised {@code to}, within {@code window}, to write to them privately. */
    private boolean promisedPrivately(ChatMessage m, UserId to, Duration window) {
        Person author = people.get(m.author());
        return author != null && to.equals(author.promisedPrivately) && author.promisedPrivatelyAt != null
                && !author.promisedPrivatelyAt.isBefore(m.time().minus(window))
                && !author.promisedPrivatelyAt.isAfter(m.time());
    }

    /**
     * {@code helper}, answering {@code asker}'s question whether anyone has a thing, said they would write to them
     * privately ({@link OfferRequest#promisesToWritePrivately}).
     */
    void promisedPrivately(UserId helper, UserId asker, Instant at) {
        Person a = people.get(asker);
        if (a == null || !a.lastQuestionAsksWhoHasOne) {
            return;
        }
        changed = true;
        Person p = people.computeIfAbsent(helper, k -> new Person());
        p.promisedPrivately = asker;
        p.promisedPrivatelyAt = at;
    }

    /**
     * Notes a problem told to the room without a question ("my chain skips under load, I tried the barrel adjuster"):
     * a reply to it answers it as a reply to a question does, so its links are help. It opens no question: nobody is
     * owed an answer to a report the way they are to a question.
     */
    void problemTold(MessageId id, Instant at) {
        recentQuestions.keep(id, at);
    }

    /** Whether {@code id} is a question asked here lately (answered or not). */
    boolean isRecentQuestion(MessageId id) {
        return recentQuestions.contains(id);
    }

    /** {@code helper} just gave {@code helped} help in {@code channel} (an answer to their question). */
    void helped(UserId helper, UserId helped, ChannelId channel, Instant time) {
        changed = true;
        Person p = people.computeIfAbsent(helper, k -> new Person());
        p.lastHelped = helped;
        p.lastHelpedIn = channel;
        p.lastHelpedAt = time;
    }

    /**
     * Whether {@code helper} is in the middle of helping {@code helped} in {@code channel}: they answered them there
     * within {@code pause}. A link to one's own notes given to the person one is helping, after their "ok, will look
     * into it", goes on with the help; it is not a pitch.
     */
    boolean helpingNow(UserId helper, UserId helped, ChannelId channel, Instant time, Duration pause) {
        Person p = people.get(helper);
        return p != null && helped.equals(p.lastHelped) && channel.equals(p.lastHelpedIn)
                && !p.lastHelpedAt.isBefore(time.minus(pause));
    }

    /**
     * Whether {@code helper}, writing to the room in {@code channel} now, goes on with the answer they gave there within
     * {@code pause}, nobody else having spoken in the channel since: an answer given in several lines ("1) is an early
     * press, compare here: …", then "2) …", "3) …") is one answer, and each of its lines is help.
     */
    boolean continuesAnswer(UserId helper, ChannelId channel, Instant time, Duration pause) {
        Person p = people.get(helper);
        return p != null && p.lastHelpedAt != null && channel.equals(p.lastHelpedIn)
                && !p.lastHelpedAt.isBefore(time.minus(pause)) && !rooms.othersSpokeSince(channel, helper, p.lastHelpedAt);
    }

    /**
     * When anyone last wrote here. The end of a replay asks (has the community gone on without someone, or did its
     * export stop?), and so does a request to the room closed before the next message (how long did it stand open?):
     * kept in the community's snapshot (version 13), so a restart with no word here since answers both alike.
     */
    private Instant lastActivity;

    /**
     * Whether {@code m} says its writer bought here: "I bought it from you" outright; bought or served ("got your lamp
     * kit", "you did our kitchen") when said to someone who sells here; or work done for the writer with its price
     * asked again or pay offered for more, told to someone ("you printed our flyers, what would a second run cost?",
     * "you did our fence, happy to pay for the repair"), which says the work was paid for even where its maker was
     * never seen selling. The served-by reading, a scan of the text, runs once.
     */
    private boolean boughtHere(ChatMessage m, List<UserId> addressees) {
        String text = m.text();
        if (BoughtBefore.is(text)) {
            return true;
        }
        // The rest needs someone spoken to (a seller among them, or anyone for pay talked): said to the room, the
        // phrases that are looked for on every message need not be.
        if (addressees.isEmpty()) {
            return false;
        }
        // One who says they pay for what the one they speak to offers ("a paying reader since the first issue") is
        // that one's customer, as one who says they bought from them is.
        if (BoughtBefore.payingMember(text)) {
            return true;
        }
        // So is one who accepts their quote ("your quote's accepted, when can you start?"): only a buyer accepts a
        // quote, and only the one who would do the work gives one, so the writer has hired them (since session 68).
        if (BoughtBefore.quoteAccepted(text)) {
            return true;
        }
        // A booking one holds, told to a business's team in its own server ("we're booked for the 25th, could we
        // move?"), is its guest's word: the business sells to its members, and the writer is its customer.
        if (BoughtBefore.holdsBooking(text) && !team.teamOf(m) && team.spokenToTheTeam(addressees)) {
            return true;
        }
        boolean served = BoughtBefore.servedBy(text);
        if ((served || BoughtBefore.boughtIt(text)) && spokenToASeller(m.author(), addressees)) {
            return true;
        }
        if (clientOfTheTrade(m, addressees, served)) {
            return true;
        }
        // Work told in a verb of the writer's trade that no list holds ("you X'd my Y in May") says as much beside
        // pay talked: read by its shape only then, as it says less alone.
        // A job asked again as it was before with its price ("the same as last year, could you quote by Friday?")
        // says the one asked did it then: a returning client's word (BoughtBefore.repeatJob).
        return served ? BoughtBefore.payTalked(text) : BoughtBefore.paidWorkTold(text) || BoughtBefore.repeatJob(text);
    }

    /**
     * Whether {@code m}, written outside the trade's own room by someone never seen there, tells one who talks there
     * of work they did for the writer ("the wing you made for my car", "you did our fair last June"), or asks them
     * whether work in hand for the writer will be ready ({@link AwaitedWork}): a client's word to one of the trade,
     * though that one was never yet seen offering work. The trade's own room is kept for those whose work the trade
     * is (audience/TradeRoom), so its fellows do paid work, as a seller does; an outsider speaking of that work is
     * who it was done for (since session 68).
     */
    private boolean clientOfTheTrade(ChatMessage m, List<UserId> addressees, boolean served) {
        if (m.kind() == ChannelKind.DIRECT || trade.tradeRoom(m.channel())) {
            return false;
        }
        Person writer = people.get(m.author());
        if (writer == null || writer.talkedInTradeRoom || writer.offersWork) {
            return false;
        }
        boolean awaited = !served && AwaitedWork.asked(m.text());
        if (!served && !awaited) {
            return false;
        }
        for (int k = 0; k < addressees.size(); k++) {
            UserId u = addressees.get(k);
            Person maker = people.get(u);
            if (!u.equals(m.author()) && maker != null && maker.talkedInTradeRoom) {
                return true;
            }
        }
        // Work awaited is asked of its maker, whoever they are: one seen selling here will do as well.
        return awaited && spokenToASeller(m.author(), addressees);
    }

    /** When anyone last wrote here in this run; empty before the first message. */
    Optional<Instant> lastActivity() {
        return Optional.ofNullable(lastActivity);
    }

    /** Folds a message by anyone into the community's tallies, with the text cues the engine has for it. */
    void observe(ChatMessage m, List<UserId> addressees, Cues cues, boolean question, boolean answer) {
        version++;
        changed = true;
        if (lastActivity == null || m.time().isAfter(lastActivity)) {
            lastActivity = m.time();
        }
        rooms.spoke(m.channel(), m.author(), m.time(), addressees);
        if (m.kind() != ChannelKind.DIRECT) {
            respondedInTheRoom(m);
        }
        if (m.kind() != ChannelKind.DIRECT) {
            trade.roomSeen(m.channel(), m.channelInfo());
            // A business's desk whose topic speaks to its clients says its customers are here (text/ClientsDesk).
            if (!trade.tradeOffered() && team.hasStaff() && ClientsDesk.is(m.channelInfo())) {
                trade.offered();
            }
        }
        Person p = people.computeIfAbsent(m.author(), k -> new Person());
        p.messages++;
        if (m.kind() != ChannelKind.DIRECT) {
            p.lastInChannels = m.time();
            // Whoever talks in the trade's own room among themselves talks there as one of the trade, and is one of
            // it when met in an open room too: a fellow met last over a technical question is still a fellow. Not a
            // room whose topic sends its people to ask someone ("stallholders: ask the organisers about pitches"): it
            // is a room for asking, and those who write there are its askers, whoever the topic names first.
            // Learned once per person: after that, no look at the room's topic for each of their messages there.
            if (!p.talkedInTradeRoom && trade.tradeRoom(m.channel()) && !asksSomeone(m.channelInfo())) {
                p.talkedInTradeRoom = true;
            }
        }
        if (!m.authorRoles().isEmpty()) {
            if (!m.authorRoles().equals(p.roles)) {
                team.rolesWorn(m.authorRoles());
            }
            p.roles = m.authorRoles();
        }
        // A question whether someone looked at one's own thing ("have you seen my shop yet?") asks for attention, not
        // for help: put to newcomers again and again, it is a seller's round, not a seeker's. Put to the room, it is
        // one's news, counted as an announcement is.
        if (answer) {
            p.answers++;
        } else if (question && !AttentionAsked.is(m.text())) {
            p.questions++;
        } else if (addressees.isEmpty()) {
            p.announcements++;
        }
        if (!p.seeksClients && m.kind() != ChannelKind.DIRECT && cues.seeksClients()) {
            p.seeksClients = true;
        }
        // Speaking of clients one serves says one works for clients: one of the trade to a fellow who sells.
        if (!p.servesClients && m.kind() != ChannelKind.DIRECT && cues.servesClients()) {
            p.servesClients = true;
        }
        // A tool one says one uses is something one can answer about, like a question of one's own that was answered.
        int[] tools = cues.toolsUsed();
        for (int k = 0; k < tools.length; k++) {
            helping.learned(p, m.author(), keyed(new int[]{tools[k]}), m.time(), true);
        }
        p.owner = m.authorOwnsCommunity();
        // Sending people of one's own to someone here is an advocate's word; saying one bought from them is a
        // customer's. Either says people sell here, and the speaker is a seller's existing customer.
        // So is getting people of one's own to buy what the seller spoken to sells ("talked my sister into ordering
        // one"): told to someone who sells here, "it" was theirs.
        if (!p.referred && (Referral.is(m.text())
                || !addressees.isEmpty() && spokenToASeller(m.author(), addressees)
                && Referral.broughtOthersToBuy(m.text()))) {
            p.referred = true;
            trade.referralSeen();
            servingClients(m.author(), addressees);
        } else if (!p.referred && !p.bought && boughtHere(m, addressees)) {
            servingClients(m.author(), addressees);
            // "I bought the wool coat", "got your lamp kit last week" say from whom only by whom they are said to:
            // told to someone who sells here, it was theirs. So does work done for the writer ("you did our
            // kitchen last year") and a visit gone wrong with a remedy asked ("we did the tower room, any chance of
            // a rebook?"): told to a seller here, the writer is their customer.
            p.bought = true;
            trade.referralSeen();
        }
        // A share off with the page ("memberships 10% off this month: <link>") offers them as plainly as a price.
        // So does the team's price list with the way to book it said in words ("lanes £20 an hour, book at the desk"):
        // a business takes bookings at its counter as often as on a page, and the call to book says the prices are
        // for the members to take up, where a figure alone ("we raised £400") sells nothing (since session 68).
        if (!trade.tradeOffered() && m.kind() != ChannelKind.DIRECT && team.teamOf(m)
                && Pitch.statesTermsOfSale(m.text())
                && (!m.links().isEmpty() || Pitch.callToBook(m.text(), m.links()))) {
            // A business's team offering its own goods or places at a price with their page ("gift cards from £20,
            // get one here: ...") sells to the members, as plainly as an offer in a channel for trade: its customers
            // are here.
            trade.offered();
        }
        // A priced answer to a request for offers in a room made for such requests ("householders post their jobs and
        // ask for prices"; OfferRequest.channelFor) is a provider's quote: the room is used to hire the members' work,
        // as a channel for trade is when someone offers there, so people sell here.
        if (!trade.tradeOffered() && answer && m.kind() != ChannelKind.DIRECT && Pitch.namesAPrice(m.text())
                && OfferRequest.channelFor(m.channelInfo()) && askedForAnOffer(m, addressees)) {
            trade.offered();
        }
        // One of the trade's own room who posts a vacancy at their employer on terms of employment ("we're hiring two
        // surveyors, permanent, hybrid") fills posts with colleagues: an employer of the trade, still a fellow, not a
        // buyer asking for offers of work, nor one offering their own (since session 55).
        boolean fellowsVacancy = p.talkedInTradeRoom && Hiring.staffPost(m.text());
        if (!p.offersWork && !fellowsVacancy && m.kind() != ChannelKind.DIRECT && tradeChannel(m)) {
            // Sellers borrow a buyer's words ("commissions open, DM for a quote"): a post that opens one's own slots
            // or commissions offers work, unless it asks ("anyone taking commissions?").
            // So does one that gives quotes on its own terms ("free quotes, message me"): only the one who would do
            // the work gives a quote, or adds the job's costs to a price ("£60 plus parts", "I come to you").
            if (cues.offerRequest() && (question || !Pitch.opensForWork(m.text())
                    && !QuoteOffered.is(m.text()) && !CostsOnTop.is(m.text()))) {
                p.postedJob = true;
            } else if (!question && !p.postedJob && !toASellerOnly(m, addressees)) {
                p.offersWork = true;
                trade.offered();
            }
        } else if (!p.offersWork && !p.postedJob && m.kind() != ChannelKind.DIRECT && !question && !answer
                && addressees.isEmpty() && m.replyTo().isEmpty() && OwnWorkForSale.is(m.text(), m.links())) {
            // One's own piece shown with the link to where it is sold, in any channel ("walnut bowl, finally got the
            // finish right: <its listing>"), is an offer of one's work like one in a channel for trade: a seller, in the
            // trade. One such post says who they are, not that the whole community is a market.
            p.offersWork = true;
        }
        // A request for offers made to the room is a question without its mark ("looking for someone to design my
        // logo, DM me your rates"): the offers sent to its author answer it, in the channel or by DM. So is a request
        // for a hand or an opinion ("first pot, go easy on me", "would love eyes on this"): the room can answer it or
        // pass it over. Not in one's introduction: its "be gentle, still learning" asks for a welcome, not for help.
        boolean toTheRoom = !answer && addressees.isEmpty() && m.kind() != ChannelKind.DIRECT;
        // A thank-you asks nothing, whatever it names: "thanks for the recommendation, the site looks great".
        boolean asks = question || toTheRoom && (cues.offerRequest()
                || cues.roomRequest() && !purposes.of(m.channelInfo()).introductions())
                && !Acknowledgement.thanksFor(m.text(), question);
        // A reply that answers the other's question and in the same breath asks what they charge ("drawings go out
        // tonight. roughly what would you charge me for the survey?") asks for their terms as plainly as a question of
        // its own: the answer does not swallow the request, and the priced reply it draws answers it, as do the terms
        // sent privately after (sell.cold). Only a request for their own price: any other question in an answer, a
        // follow-up to the talk, is still read as part of the answer.
        boolean asksTermsInAnswer = answer && question && m.kind() != ChannelKind.DIRECT && !addressees.isEmpty()
                && OfferRequest.asksTheirPrice(m.text());
        if (asks && (!answer || asksTermsInAnswer)) {
            p.lastQuestion = m.time();
            p.lastQuestionChannel = m.channel();
            // In a channel made for asking for providers every question there asks for one (see OfferRequest).
            p.lastQuestionSeeksOffer = cues.offerRequest()
                    || m.kind() != ChannelKind.DIRECT && OfferRequest.channelFor(m.channelInfo())
                    // asked privately whether one does a thing ("do you do kids' parties?"): one's service is asked for
                    || m.kind() == ChannelKind.DIRECT && OfferRequest.asksTheirService(m.text());
            p.lastQuestionAsksWhoHasOne = m.kind() != ChannelKind.DIRECT && OfferRequest.asksWhoHasOne(m.text());
            if (addressees.isEmpty()) {
                p.askedTheRoomAt = m.time();
                p.askedTheRoomTakenUpBy = null;
                openQuestions.askedTheRoom(m.id(), m.author(), m.channel(), m.time(), topic(m.text()),
                        purposes.of(m.channelInfo()).feedback(), p.lastQuestionSeeksOffer);
            }
            recentQuestions.asked(m.id(), m.time(), p.lastQuestionSeeksOffer);
        } else if (p.lastQuestionSeeksOffer && !question && saidToAnother(m, addressees)
                && OfferTakenUp.is(m.text())) {
            // One who asked for a provider or a price and then takes up someone's offer ("Tuesday is fine, texting
            // you in a bit", "deal, I'll collect Saturday") has chosen: the request is settled, and an offer
            // sent to them privately afterwards by someone else answers nothing they still ask. It is a pitch.
            p.lastQuestionSeeksOffer = false;
        }
        // Anyone replying to a question or to its asker answers it.
        if (m.replyTo().isPresent()) {
            answered(openQuestions.open(m.replyTo().get()), m.author(), m.time());
        }
        for (int k = 0; k < addressees.size(); k++) {
            UserId to = addressees.get(k);
            if (to.equals(m.author())) {
                continue;
            }
            List<Question> theirs = openQuestions.takeAskedBy(to);
            if (theirs != null) {
                for (int i = 0; i < theirs.size(); i++) {
                    answered(theirs.get(i), m.author(), m.time());
                }
            }
        }
        forgetOld(m.time());
    }

    /**
     * Whose question to the room {@code m} takes up, said to nobody by name: the room's last line was that question,
     * put within the half hour ({@link #ROOM_RESPONSE}) by someone else and still awaiting a first word there, and
     * {@code m} opens as its answer ({@link AnswerWords#takesUpTheRoom}). Nothing is changed: the first word is
     * taken when the message is observed ({@link #respondedInTheRoom}). Null if none.
     */
    UserId roomQuestionTakenUp(ChatMessage m) {
        Question q = openQuestions.awaitingFirstWord(m.channel());
        if (q == null || q.asker.equals(m.author()) || Duration.between(q.time, m.time()).compareTo(ROOM_RESPONSE) > 0
                || !q.asker.equals(rooms.lastWordToTheRoom(m.channel(), m.author(), q.time))
                || !AnswerWords.takesUpTheRoom(m.text())) {
            return null;
        }
        return q.asker;
    }

    /** The latest question {@code asker} put to the room in {@code channel} that nobody answered yet; null if none. */
    MessageId openRoomQuestion(UserId asker, ChannelId channel) {
        return openQuestions.openRoomQuestion(asker, channel);
    }

    /**
     * The first word someone else says in a channel soon after a question to the room there responds to it, reply
     * link or not: in a quiet off-topic room, "does anyone else's printer jam on damp days?" followed minutes later by
     * "mine does the same until I store the paper inside" is a question taken up. For give-take the asker's latest
     * room question then waits on nobody (see {@link #answered}). Later or after others it is left as it is.
     */
    private void respondedInTheRoom(ChatMessage m) {
        Question q = openQuestions.firstWordTo(m.channel(), m.author());
        if (q != null) {
            tookUp(q, m.author(), m.time());
        }
    }

    /**
     * {@code by} responded to {@code q} at {@code at}. Taken up soon after it was asked, the asker's latest room question
     * never waited on anyone else: it went by nobody who came along later. Answered only later (the next day), someone
     * around in between may still have passed it over, so it stays.
     */
    private void tookUp(Question q, UserId by, Instant at) {
        Person p = people.get(q.asker);
        if (p != null && q.time.equals(p.askedTheRoomAt) && p.askedTheRoomTakenUpBy == null
                && Duration.between(q.time, at).compareTo(ROOM_RESPONSE) <= 0) {
            p.askedTheRoomTakenUpBy = by;
        }
    }

    /** {@code by} answered {@code q}: closed, and, when someone else answered, what its asker now knows. */
    private void answered(Question q, UserId by, Instant at) {
        if (q == null || !q.open) {
            return;
        }
        if (!by.equals(q.asker)) {
            Person p = people.get(q.asker);
            if (p != null && q.topic.length > 0) {
                helping.learned(p, q.asker, q.topic, at, false);
            }
            // Give-take asks whether a helper's own need went by the person they help. A question to the room that
            // someone else answered at once ("anyone else's dog snore through thunder?" with a reply from a neighbour
            // minutes later) waited on nobody who came by afterwards.
            tookUp(q, by, at);
        }
        openQuestions.close(q, lastActivity);
    }

    /**
     * Whether {@code m} speaks to someone who offers work here and states no terms of its own: a buyer's word to the
     * seller they hired ("perfect as always", "both done, thanks"), not an offer of work. A seller answering a buyer,
     * or one who names a price, still offers.
     */
    private boolean toASellerOnly(ChatMessage m, List<UserId> addressees) {
        if (Pitch.statesTermsOfSale(m.text())) {
            return false;
        }
        for (int k = 0; k < addressees.size(); k++) {
            UserId u = addressees.get(k);
            Person other = u.equals(m.author()) ? null : people.get(u);
            if (other != null && other.offersWork) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code m} replies to or names someone besides its author. */
    private static boolean saidToAnother(ChatMessage m, List<UserId> addressees) {
        for (int k = 0; k < addressees.size(); k++) {
            if (!addressees.get(k).equals(m.author())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a message is in a channel where people offer their work ({@link ChannelPurpose#trade}). */
    private boolean tradeChannel(ChatMessage m) {
        return purposes.of(m.channelInfo()).trade() || trade.offersRoom(m.channelInfo());
    }

    /**
     * {@code person}, writing at {@code now}, was active while requests stood open that they could have answered:
     * asked by someone else to the room within {@code window} before, still unanswered (this message answered none
     * of them), and either about what a question of theirs that others answered lately was about, or a request for
     * feedback in a channel where members give each other feedback. Each is remembered once per person.
     */
    void notePassedOver(UserId person, Instant now, Duration window) {
        Person p = people.get(person);
        if (p != null && helping.notePassedOver(p, person, now, window)) {
            changed = true;
        }
    }

    /**
     * Whether the latest question of one of {@code addressees} here was put to the room (said to nobody by reply or
     * name), not to someone in particular.
     */
    boolean lastQuestionToTheRoom(List<UserId> addressees) {
        for (UserId u : addressees) {
            Person p = people.get(u);
            if (p != null && p.lastQuestionToTheRoom()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code person} put a question or a request of their own to the room at {@code since} or later (their
     * latest one is remembered, and saved with the community's state): someone who asks too, not only answers.
     */
    boolean askedTheRoomSince(UserId person, Instant since, UserId reader) {
        Person p = person == null ? null : people.get(person);
        // Taken up at once by someone other than the reader, it never went by the reader; taken up by the reader's
        // own next word in that room (a post of their own minutes after it), it did.
        return p != null && p.askedTheRoomAt != null && !p.askedTheRoomAt.isBefore(since)
                && (p.askedTheRoomTakenUpBy == null || p.askedTheRoomTakenUpBy.equals(reader));
    }

    /** How many requests {@code person} passed over in {@code [from, to)} (see {@link #notePassedOver}). */
    int passedOver(UserId person, Instant from, Instant to) {
        return HelpingKnowledge.passedOver(people.get(person), from, to);
    }

    // --- kept across restarts (snapshots) --------------------------------------------------------------------

    /**
     * Keys topic words as questions are read, so that what someone learned is kept in a snapshot as it is held
     * (keyed words mean nothing without the installation's secret) and compares the same after a restart.
     */
    private final TopicKey topicKey;
    /** What the channels are for: whether a question asks for feedback, whether a channel is one for trade. */
    private final ChannelPurposes purposes;

    private int[] topic(String text) {
        return keyed(TopicWords.of(text));
    }

    /** One word's hash as this community keeps it: keyed, or plain without a key (in tests). */
    private int keyedWord(int word) {
        return topicKey == null ? word : topicKey.word(word);
    }

    /** {@link TopicWords} hashes as this community keeps them. */
    private int[] keyed(int[] words) {
        return topicKey == null || words.length == 0 ? words : topicKey.of(words);
    }

    /**
     * {@code snapshot} with what the community keeps about {@code person}: what they learned lately (their questions
     * others answered, by keyed topic words, oldest first), when they passed over a request they could have
     * answered, and their questions to the room still open.
     */
    UserSnapshot withHelping(UserSnapshot snapshot, UserId person) {
        return helping.withHelping(snapshot, person, people.get(person));
    }

    /** Takes back what {@link #withHelping} kept of {@code person}. */
    void restoreHelping(UserId person, UserSnapshot snapshot) {
        if (snapshot.learned().isEmpty() && snapshot.passedOver().isEmpty() && snapshot.asked().isEmpty()) {
            return;
        }
        for (UserSnapshot.Asked a : snapshot.asked()) {
            reopen(person, a);
        }
        // Taken from the person's own snapshot: the community's may not have it yet.
        changed = true;
        HelpingKnowledge.restore(people.computeIfAbsent(person, k -> new Person()), snapshot);
    }

    /**
     * A question of {@code person}'s, open when their state was saved, open again: in time order among the others
     * (restoring comes before events, one person after another).
     */
    private void reopen(UserId person, UserSnapshot.Asked a) {
        reopen(person, a.message(), a.channel(), a.at(), a.topic(), a.anyoneCanAnswer());
    }

    /** An open question taken back; null when it is open already (kept both in the community's and the asker's state). */
    private Question reopen(UserId person, MessageId id, ChannelId channel, Instant time, List<Integer> topic,
                            boolean anyoneCanAnswer) {
        Question q = openQuestions.reopen(person, id, channel, time, topic, anyoneCanAnswer);
        if (q != null) {
            version++;
        }
        return q;
    }

    /** The askers whose question someone else answered since the last call (their state changed); usually none. */
    List<UserId> drainTaught() {
        return helping.drainTaught();
    }

    /**
     * Whether someone other than {@code author} among {@code addressees} sells here: promoted or offered their work, or
     * is known to serve clients of their own.
     */
    private boolean spokenToASeller(UserId author, List<UserId> addressees) {
        for (int k = 0; k < addressees.size(); k++) {
            UserId u = addressees.get(k);
            if (u.equals(author)) {
                continue;
            }
            Person seller = people.get(u);
            if (trade.isSeller(u) || seller != null && seller.offersWork) {
                return true;
            }
            // Someone already known to work for clients (they spoke of their clients, or a client of theirs said so
            // here) does paid work, though they never posted an offer: work of theirs told to them ("you serviced
            // my bike in March") is told by one of those clients.
            if (seller != null && seller.servesClients) {
                return true;
            }
            // In a business's own server that sells to its members, its team does the business's work: "you fitted
            // our boiler" told to any one of them (not only the one who posts the offers) is said by its customer.
            if (seller != null && trade.tradeOffered() && team.onTheTeam(seller)) {
                return true;
            }
        }
        return false;
    }

    /** Someone promoted or pitched something here (in any channel, promotion channels included). */
    void sold(UserId author) {
        if (trade.sold(author)) {
            changed = true;
        }
    }

    /**
     * Whether people sell in this community: it has customers or advocates configured, a channel for promotion, or
     * enough of its people promote. In a research or support community nobody sells, and audience rules stay quiet.
     */
    boolean sells() {
        if (!settings.promotionChannels().isEmpty()) {
            return true;
        }
        for (Audience a : settings.roleAudiences().values()) {
            if (a.existingCustomer()) {
                return true;
            }
        }
        // Default role names count once someone here wears one: "Customer" in a server that has customers.
        if (roles.recognisesCustomers()) {
            return true;
        }
        for (Audience a : settings.channelAudiences().values()) {
            if (a.existingCustomer()) {
                return true;
            }
        }
        // A channel where people offer their work for hire or sale, used for that, says so as plainly as a
        // configured promotion channel.
        if (trade.tradeOffered()) {
            return true;
        }
        // Someone who sent their friends to a seller here is that seller's customer: the community has customers.
        if (trade.referralsSeen()) {
            return true;
        }
        // A room kept for one trade's people among themselves ("decorators only: pricing, suppliers") beside one that
        // sends askers to the trade ("parents: ask the decorators") is a market of the trade's work, whoever was yet
        // seen selling; the trade's room alone may be fellows with no buyers about (a vendors' chat).
        if (trade.tradesOwn() && trade.askersSentToTheTrade()) {
            return true;
        }
        int sellers = trade.sellerCount();
        return sellers >= MIN_SELLERS && sellers >= MIN_SELLER_SHARE * people.size();
    }

    /** Whether someone here wears a business's staff role (see {@link TeamAndAudiences#hasStaff()}). */
    boolean hasStaff() {
        return team.hasStaff();
    }

    /** The people seen here who answer for the business (see {@link TeamAndAudiences#team()}), in the order of their ids. */
    List<UserId> team() {
        return team.team();
    }

    /** Whether {@code m}'s author is the business's team in its own server (see {@link TeamAndAudiences#teamOf}). */
    boolean teamOf(ChatMessage m) {
        return team.teamOf(m);
    }

    /** Whether {@code m}'s author is a member, not the team, of a business's own server seen there before it. */
    boolean memberAsksTheBusiness(ChatMessage m) {
        return team.memberAsksTheBusiness(m);
    }

    /** Roles seen on people here that stand for an audience, and whether configured or recognised by default name. */
    Map<String, CommunitySettings.RoleAudience> recognisedRoles() {
        return roles.recognised();
    }

    void roles(UserId user, Set<String> worn) {
        version++;
        changed = true;
        people.computeIfAbsent(user, k -> new Person()).roles = Set.copyOf(worn);
        team.rolesWorn(worn);
    }

    private void forgetOld(Instant now) {
        Instant horizon = now.minus(QUESTION_MEMORY);
        // The open questions first: one closed as it goes asks whether it sought an offer, a recent question.
        openQuestions.forgetBefore(horizon, lastActivity);
        recentQuestions.forgetBefore(horizon);
    }

    /** Who {@code user} is to the business (see {@link TeamAndAudiences#audienceOf}), under the settings in force. */
    Audience audienceOf(UserId user, ChannelId where) {
        return team.audienceOf(user, where, settings);
    }

    /** Who sells here, where the community trades, and which rooms are the trade's own. */
    TradeSigns trade() {
        return trade;
    }

    /**
     * Whether someone other than {@code self} put a request to the room in {@code [from, to)} that came from outside
     * the trade ({@link #outsider}) and went by: a request for offers ({@code OfferRequest}), or a question that waited
     * a day or more for anyone's answer (or still waits, a day on). Walks the recent requests back from the newest only
     * as far as one pushed before {@code from} can reach, and the open questions back to {@code from}: the week's
     * requests, never the whole community's.
     */
    boolean outsiderWaited(Instant from, Instant to, UserId self) {
        return openQuestions.outsiderWaited(from, to, self);
    }

    /**
     * Whether a request by {@code asker} in {@code channel} came from outside the trade. Whoever asks for the work to
     * be done asks as its buyer, whatever else they do here; but in the trade's own room a fellow asking for cover
     * passes work on. A question is an outsider's where its asker is not read as one of the trade, nor staff.
     */
    private boolean outsider(UserId asker, ChannelId channel, boolean offer) {
        Audience a = audienceOf(asker, channel);
        if (offer) {
            return a != Audience.PEER || !trade.tradeRoom(channel);
        }
        return !trade.tradeRoom(channel) && a != Audience.PEER && a != Audience.IGNORE;
    }

    /**
     * Everyone {@code writer} told that they sold to them, did work for them or were sent people by them ("you tutored
     * my daughter last year", "I got my lamp off you", "I sent my sister your way") serves clients, however much they
     * ask their fellows: the customer's word says so, as the seller's own offer would.
     */
    private void servingClients(UserId writer, List<UserId> told) {
        for (UserId u : told) {
            if (!u.equals(writer)) {
                people.computeIfAbsent(u, k -> new Person()).servesClients = true;
            }
        }
    }

    /** A topic that tells its people to ask ("ask the organisers about ...", "ask away"): a room for asking. */
    private static final Pattern ASKING_ROOM = Pattern.compile("\\bask\\b", Pattern.CASE_INSENSITIVE);

    private static boolean asksSomeone(ChannelInfo info) {
        return info != null && info.topic() != null && ASKING_ROOM.matcher(info.topic()).find();
    }

    /** Whether {@code user} said here that they want clients of their own ({@link SeeksClients}): they sell. */
    boolean seeksClients(UserId user) {
        Person p = people.get(user);
        return p != null && p.seeksClients;
    }

    /** Configured first (roles, then the channel), inferred otherwise; UNKNOWN when this community never saw them. */
    boolean knows(UserId user) {
        return people.containsKey(user);
    }

    /**
     * When the two people last met here, cheaply: the earlier of their last messages in this community's channels
     * (both were active here up to then). Null when either never wrote in a channel of it.
     */
    Instant lastMet(UserId one, UserId other) {
        Person a = people.get(one);
        Person b = people.get(other);
        if (a == null || b == null || a.lastInChannels == null || b.lastInChannels == null) {
            return null;
        }
        return a.lastInChannels.isBefore(b.lastInChannels) ? a.lastInChannels : b.lastInChannels;
    }

    /**
     * Open questions from seekers in {@code [from, to)}, newest first, preferring {@code preferredChannels}; at most
     * {@code limit}. Walks back from the newest question and stops at {@code from}, or as soon as enough questions
     * in preferred channels are found: the cost is the questions of the window, never the whole community.
     */
    Map<MessageId, ChannelId> openSeekerQuestions(Instant from, Instant to, UserId exclude,
                                                  Set<ChannelId> preferredChannels, int limit) {
        List<Question> preferred = new ArrayList<>(limit);
        List<Question> others = new ArrayList<>(limit);
        for (Question q : seekerQuestions(from, to)) {
            if (preferred.size() >= limit) {
                break;
            }
            if (q.asker.equals(exclude)) {
                continue;
            }
            boolean isPreferred = preferredChannels.contains(q.channel);
            if (!isPreferred && others.size() >= limit) {
                continue;
            }
            (isPreferred ? preferred : others).add(q);
        }
        Map<MessageId, ChannelId> result = new LinkedHashMap<>();
        // Newest first: a fresh question is the best one to answer.
        for (int i = 0; i < preferred.size() && result.size() < limit; i++) {
            result.put(preferred.get(i).id, preferred.get(i).channel);
        }
        for (int i = 0; i < others.size() && result.size() < limit; i++) {
            result.put(others.get(i).id, others.get(i).channel);
        }
        return result;
    }

    /** The open questions of seekers in {@code [from, to)}, newest first. */
    private List<Question> seekerQuestions(Instant from, Instant to) {
        if (cachedVersion == version && from.equals(cachedFrom) && to.equals(cachedTo)) {
            return cachedSeekerQuestions;
        }
        List<Question> found = openQuestions.openBetween(from, to,
                q -> audienceOf(q.asker, q.channel) == Audience.SEEKER);
        cachedVersion = version;
        cachedFrom = from;
        cachedTo = to;
        cachedSeekerQuestions = found;
        return found;
    }

    boolean promotionWelcomeIn(ChannelId channel, Optional<ChannelId> parent) {
        Set<String> welcome = settings.promotionChannels();
        if (welcome.isEmpty()) {
            return false;
        }
        return welcome.contains(channel.value()) || parent.map(p -> welcome.contains(p.value())).orElse(false);
    }


    // --- the community as a whole, kept across restarts (CommunitySnapshot) ----------------------------------------

    /**
     * Whether what {@link #snapshot} gives may have changed since the last {@link #drainChanged}: set by every method
     * that changes it (a message observed, help given, a request passed over, roles, a seller, a role recognised,
     * new settings, someone forgotten), never by reading, so a community where nothing is said is not saved again
     * (a week's end reads every community its people are in). The engine marks it too for what it keeps of a
     * community elsewhere (the room norms of its channels).
     */
    boolean changed;
    /**
     * People taken back from a snapshot and not seen since, under stand-in ids, and what names them: when an event
     * names them, {@link #adopt} puts their id in its place.
     */
    private final StandIns standIns = new StandIns();

    /** Whether the last {@link #changed} mark is cleared: returns it and clears it. */
    boolean drainChanged() {
        // A role recognised marks it too: the snapshot lists the recognised roles.
        boolean was = roles.drainRecognised() | changed;
        changed = false;
        return was;
    }

    /** Whether people taken back from a snapshot still wait to be seen under their ids. */
    boolean awaitsPeople() {
        return standIns.waiting();
    }

    /**
     * {@code user} (pseudonym number {@code code}) was named by an event: if they were taken back from a snapshot and
     * not seen since, their id replaces the stand-in wherever it is.
     */
    void adopt(UserId user, long code) {
        UserId standIn = standIns.take(code);
        if (standIn == null) {
            return;
        }
        version++;
        Person restored = people.remove(standIn);
        Person current = people.get(user);
        if (restored != null) {
            if (current != null) {
                AdoptedPerson.takeSince(restored, current);
            }
            restored.lookedUpTo = 0;
            people.put(user, restored);
        }
        openQuestions.renameAsker(standIn, user);
        rooms.rename(standIn, user);
        trade.rename(standIn, user);
        List<Object> uses = standIns.takeUses(standIn);
        for (int k = 0; uses != null && k < uses.size(); k++) {
            if (uses.get(k) instanceof Person helper) {
                // Listed once for each of the three it may name them in.
                if (standIn.equals(helper.lastHelped)) {
                    helper.lastHelped = user;
                }
                if (standIn.equals(helper.promisedPrivately)) {
                    helper.promisedPrivately = user;
                }
                if (standIn.equals(helper.askedTheRoomTakenUpBy)) {
                    helper.askedTheRoomTakenUpBy = user;
                }
            } else if (uses.get(k) == openQuestions) {
                // The book itself marks that the stand-in's requests to the room went by.
                openQuestions.renameRequests(standIn, user);
            } else if (uses.get(k) instanceof Question q && q.open && q.wasPassedBy(standIn)) {
                q.replacePasser(standIn, user);
            }
        }
    }

    /**
     * Everyone this picture names by id (or by a stand-in for one known by pseudonym only): whoever has a tally, an
     * open question, a place in a room or sold here. Whom someone last helped or who passed a request over wrote
     * here, so has a tally too.
     */
    Set<UserId> named() {
        Set<UserId> all = new HashSet<>(people.keySet());
        openQuestions.addAskersTo(all);
        trade.addSellersTo(all);
        rooms.addSpeakersTo(all);
        standIns.addTo(all);
        return all;
    }

    /**
     * Lets go of everything this community's picture holds about {@code user} (pseudonym number {@code code}): their
     * tallies and roles, their open questions, their places in rooms, that they sold here, whom they helped and which
     * requests they passed over, and who last helped them. What "forget me" does to the engine's memory.
     */
    void forget(UserId user, long code) {
        adopt(user, code);
        version++;
        changed = true;
        people.remove(user);
        trade.forget(user);
        openQuestions.forget(user, lastActivity);
        for (Person p : people.values()) {
            if (user.equals(p.askedTheRoomTakenUpBy)) {
                p.askedTheRoomTakenUpBy = null;
            }
            if (user.equals(p.lastHelped)) {
                p.lastHelped = null;
                p.lastHelpedIn = null;
                p.lastHelpedAt = null;
            }
            if (user.equals(p.promisedPrivately)) {
                p.promisedPrivately = null;
                p.promisedPrivatelyAt = null;
            }
        }
        rooms.forget(user);
    }

    /** Everything this community's state holds about its people, everyone by pseudonym (see {@link CommunitySnapshot}). */
    CommunitySnapshot snapshot(CommunityId id, PseudonymCache pseudonyms) {
        List<CommunitySnapshot.Member> members = new ArrayList<>(people.size());
        people.forEach((u, p) -> members.add(CommunitySnapshot.Member.builder(pseudonyms.of(u))
                .messages(p.messages).questions(p.questions).answers(p.answers).announcements(p.announcements)
                .roles(sorted(p.roles))
                .lastQuestion(Optional.ofNullable(p.lastQuestion))
                .lastQuestionChannel(Optional.ofNullable(p.lastQuestionChannel))
                .lastQuestionSeeksOffer(p.lastQuestionSeeksOffer)
                .lastQuestionAsksWhoHasOne(p.lastQuestionAsksWhoHasOne)
                .lastInChannels(Optional.ofNullable(p.lastInChannels))
                .lastHelped(Optional.ofNullable(p.lastHelped).map(pseudonyms::of))
                .lastHelpedIn(Optional.ofNullable(p.lastHelpedIn))
                .lastHelpedAt(Optional.ofNullable(p.lastHelpedAt))
                .offersWork(p.offersWork).seeksClients(p.seeksClients).servesClients(p.servesClients)
                .talkedInTradeRoom(p.talkedInTradeRoom)
                .postedJob(p.postedJob).referred(p.referred).owner(p.owner).bought(p.bought)
                .askedTheRoom(Optional.ofNullable(p.askedTheRoomAt))
                .askedTheRoomTakenUpBy(Optional.ofNullable(p.askedTheRoomTakenUpBy).map(pseudonyms::of))
                .promisedPrivately(Optional.ofNullable(p.promisedPrivately).map(pseudonyms::of))
                .promisedPrivatelyAt(Optional.ofNullable(p.promisedPrivatelyAt))
                .build()));
        // The same state always gives the same document.
        members.sort(Comparator.comparing(CommunitySnapshot.Member::who));
        List<CommunitySnapshot.Request> open = openQuestions.snapshotOpen(pseudonyms);
        List<CommunitySnapshot.Recent> recent = recentQuestions.snapshot();
        List<CommunitySnapshot.Room> roomList = rooms.snapshot(pseudonyms);
        List<String> selling = trade.sellersByPseudonym(pseudonyms);
        List<CommunitySnapshot.Asked> requests = openQuestions.snapshotRequests(pseudonyms);
        List<ChannelId> ownRooms = trade.ownRooms();
        return new CommunitySnapshot(CommunitySnapshot.VERSION, id, members, open, recent, roomList, selling,
                trade.tradeOffered(), trade.referralsSeen(), roles.toList()).withRequests(requests, trade.tradesOwn(),
                ownRooms).withTradeGroups(trade.groups()).withLastActivity(Optional.ofNullable(lastActivity));
    }

    /**
     * {@code roles} in name order, as a snapshot lists them. Made without a sorted set and a stream per person: a save
     * lists everyone's roles, and that pair was most of what building a community's snapshot allocated (most people
     * have no role or one).
     */
    private static List<String> sorted(Set<String> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        if (roles.size() == 1) {
            return List.of(roles.iterator().next());
        }
        String[] names = roles.toArray(new String[0]);
        Arrays.sort(names);
        return List.of(names);
    }

    /**
     * Takes a community's state back: after a restart, before events flow (the people's own snapshots may be restored
     * before or after it). Everyone comes back under a stand-in until an event names them ({@link #adopt}).
     */
    void restore(CommunitySnapshot s, PseudonymCache pseudonyms) {
        version++;
        if (s.lastActivity().isPresent() && (lastActivity == null || s.lastActivity().get().isAfter(lastActivity))) {
            lastActivity = s.lastActivity().get();
        }
        Map<String, UserId> ids = new HashMap<>();
        for (CommunitySnapshot.Member m : s.people()) {
            UserId u = standIn(m.who(), ids, pseudonyms);
            if (u == null) {
                continue;
            }
            Person p = people.computeIfAbsent(u, k -> new Person());
            p.messages = m.messages();
            p.questions = m.questions();
            p.answers = m.answers();
            p.announcements = m.announcements();
            p.roles = Set.copyOf(m.roles());
            p.lastQuestion = m.lastQuestion().orElse(null);
            p.lastQuestionChannel = m.lastQuestionChannel().orElse(null);
            p.lastQuestionSeeksOffer = m.lastQuestionSeeksOffer();
            p.lastInChannels = m.lastInChannels().orElse(null);
            p.lastHelped = m.lastHelped().map(h -> standIn(h, ids, pseudonyms)).orElse(null);
            p.lastHelpedIn = m.lastHelpedIn().orElse(null);
            p.lastHelpedAt = m.lastHelpedAt().orElse(null);
            p.offersWork = m.offersWork();
            p.seeksClients = m.seeksClients();
            p.servesClients = m.servesClients();
            p.talkedInTradeRoom = m.talkedInTradeRoom();
            p.postedJob = m.postedJob();
            p.referred = m.referred();
            p.owner = m.owner();
            p.bought = m.bought();
            p.askedTheRoomAt = m.askedTheRoom().orElse(null);
            p.lastQuestionAsksWhoHasOne = m.lastQuestionAsksWhoHasOne();
            p.promisedPrivately = m.promisedPrivately().map(a -> standIn(a, ids, pseudonyms)).orElse(null);
            p.promisedPrivatelyAt = p.promisedPrivately == null ? null : m.promisedPrivatelyAt().orElse(null);
            p.askedTheRoomTakenUpBy = p.askedTheRoomAt == null ? null
                    : m.askedTheRoomTakenUpBy().map(b -> standIn(b, ids, pseudonyms)).orElse(null);
            if (p.lastHelped != null) {
                standIns.usedBy(p.lastHelped, p);
            }
            if (p.promisedPrivately != null && !p.promisedPrivately.equals(p.lastHelped)) {
                standIns.usedBy(p.promisedPrivately, p);
            }
            if (p.askedTheRoomTakenUpBy != null && !p.askedTheRoomTakenUpBy.equals(p.lastHelped)
                    && !p.askedTheRoomTakenUpBy.equals(p.promisedPrivately)) {
                standIns.usedBy(p.askedTheRoomTakenUpBy, p);
            }
        }
        restoreRequests(s, ids, pseudonyms);
        recentQuestions.restore(s.recent());
        for (CommunitySnapshot.Request r : s.open()) {
            UserId asker = standIn(r.asker(), ids, pseudonyms);
            Question q = asker == null ? null
                    : reopen(asker, r.message(), r.channel(), r.at(), r.topic(), r.anyoneCanAnswer());
            if (q != null && r.awaitsTakeUp()) {
                openQuestions.awaitsFirstWord(q);
            }
            for (int k = 0; q != null && k < r.passedBy().size(); k++) {
                UserId by = standIn(r.passedBy().get(k), ids, pseudonyms);
                if (by != null && !q.wasPassedBy(by)) {
                    q.addPasser(by);
                    standIns.usedBy(by, q);
                }
            }
        }
        rooms.restore(s.rooms(), who -> standIn(who, ids, pseudonyms));
        for (String seller : s.sellers()) {
            UserId u = standIn(seller, ids, pseudonyms);
            if (u != null) {
                sold(u);
            }
        }
        trade.restore(s);
        roles.restore(s.recognisedRoles());
        team.rolesChanged();
    }

    /**
     * Takes back the requests to the room of {@code s} that went by (see {@link #outsiderWaited}), in time order among
     * any seen since the restart; their askers under stand-ins, which {@link #adopt} renames.
     */
    private void restoreRequests(CommunitySnapshot s, Map<String, UserId> ids, PseudonymCache pseudonyms) {
        if (s.asked().isEmpty()) {
            return;
        }
        List<OpenQuestions.Asked> restored = new ArrayList<>(s.asked().size());
        for (CommunitySnapshot.Asked a : s.asked()) {
            UserId asker = standIn(a.asker(), ids, pseudonyms);
            if (asker != null) {
                restored.add(new OpenQuestions.Asked(a.at(), asker, a.channel(), a.offer()));
                // The book itself marks that the stand-in asked: adopt renames them there.
                standIns.usedOnceBy(asker, openQuestions);
            }
        }
        openQuestions.restoreRequests(restored);
    }

    /** The stand-in id of the person of {@code pseudonym}, made once per restore (see {@link StandIns#of}). */
    private UserId standIn(String pseudonym, Map<String, UserId> made, PseudonymCache pseudonyms) {
        return standIns.of(pseudonym, made, pseudonyms);
    }
}
