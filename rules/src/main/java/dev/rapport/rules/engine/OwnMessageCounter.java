package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.engine.SeenMessages.Seen;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.Link;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.norms.RoomNorms;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeekTally;
import dev.rapport.rules.text.AbsenceNotice;
import dev.rapport.rules.text.AnswerTurnedToOneself;
import dev.rapport.rules.text.Banter;
import dev.rapport.rules.text.OnlyAWelcome;
import dev.rapport.rules.text.OwnStandingClaimed;
import dev.rapport.rules.text.SignedUp;
import dev.rapport.rules.text.TextFeatures;
import dev.rapport.rules.text.UpdateAsked;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.rapport.rules.engine.CoachEngine.TURN_WINDOW;
import static dev.rapport.rules.engine.CoachEngine.speaksToSomeone;
import static dev.rapport.rules.engine.CoachEngine.substantial;

/**
 * What a coached person's own message counts for them: in their week (words, who it spoke to, answers and asks, links
 * and promotion, turns continued), what it gave to whom, the questions it answered ({@link QuestionsAnswered}), what the
 * rules make of it, and what is remembered of it (without its text) so that an edit or a deletion takes back exactly
 * what it counted ({@link #undo}). Reads the person's state and open week, the community's recent speakers and
 * questions, the channel's purpose and norms, and what is remembered of the message it replies to; separate because it
 * is the one place where an own message becomes numbers, and those numbers must be taken back the same way they were
 * added, whereas the engine decides what a message means to everyone else it concerns.
 */
final class OwnMessageCounter {

    /** Lines by one person in one channel this close together are one turn (IRC logs only say the minute). */
    private static final Duration CONTINUATION_WINDOW = Duration.ofSeconds(60);
    /** How soon after a link post the person's word with someone who answered it makes it a conversation. */
    private static final Duration LINK_TALK_WINDOW = Duration.ofHours(2);
    /** How many "I", "me" or "my" (and no "we" or "our") make a notice-board post one member's own doings. */
    private static final int ABOUT_ONESELF = 2;

    private final CoachedPeople people;
    private final Communities communities;
    private final WeekClock weekClock;
    private final RuleRunner ruleRunner;
    private final OwnMessageReader reader;
    private final QuestionsAnswered questionsAnswered;
    private final ChannelPurposes purposes;
    private final SeenMessages seen;
    private final RoomNorms norms;
    private final PseudonymCache pseudonyms;

    OwnMessageCounter(CoachedPeople people, Communities communities, WeekClock weekClock, RuleRunner ruleRunner,
                      OwnMessageReader reader, QuestionsAnswered questionsAnswered, ChannelPurposes purposes,
                      SeenMessages seen, RoomNorms norms, PseudonymCache pseudonyms) {
        this.people = people;
        this.communities = communities;
        this.weekClock = weekClock;
        this.ruleRunner = ruleRunner;
        this.reader = reader;
        this.questionsAnswered = questionsAnswered;
        this.purposes = purposes;
        this.seen = seen;
        this.norms = norms;
        this.pseudonyms = pseudonyms;
    }

    /** Whether {@code m} replies straight to the person's own post. */
    private static boolean underOwnPost(ChatMessage m) {
        return m.replyToAuthor().isPresent() && m.replyToAuthor().get().equals(m.author());
    }

    /** Whether {@code m} replies to a message that was said to its author (they were its first one spoken to). */
    private boolean repliesToWordsForThem(ChatMessage m) {
        if (m.replyTo().isEmpty()) {
            return false;
        }
        Seen replied = seen.get(m.replyTo().get());
        return replied != null && !replied.enrolledAddressees().isEmpty()
                && replied.enrolledAddressees().get(0).equals(m.author());
    }

    /**
     * Whether {@code m} replies to someone's words under the author's own post to the room: what they said or asked
     * about it ("does the demo run on Linux?" under one's showcase, an answer to one's own question). Answering it
     * tends one's own thing; it is not help given to them.
     */
    private boolean tendsOwnPost(ChatMessage m) {
        if (m.replyTo().isEmpty()) {
            return false;
        }
        Seen replied = seen.get(m.replyTo().get());
        return replied != null && replied.underOwnPost() && !replied.enrolledAddressees().isEmpty()
                && replied.enrolledAddressees().get(0).equals(m.author());
    }

    /** Takes back what an own message counted in its week (it was deleted, or edited and is counted anew). */
    void undo(UserState s, MessageId id, OwnMessage old) {
        people.changed(s);
        WeekTally t = s.tally(old.week());
        t.ownTurnTakenBack(id);
        t.countMessage(-1, old.community(), old.addressed(), old.help(), old.question(), old.linkCount(),
                old.promotion(), old.words(), old.first(), old.second(), old.firstPlural());
        if (old.continuation()) {
            t.continued(-1);
        }
        if (talkedBack(old.addressed() && !old.drewAnswer(), old.question(), old.acknowledgement(), old.promotion())) {
            t.talkedBack(-1);
        }
        for (int i = 0; i < old.gaveTo().length; i++) {
            t.gave(old.gaveTo()[i], old.audiences().get(i), -1);
            if (old.substance()) {
                t.helped(old.gaveTo()[i], -1);
            } else if (old.acknowledgement()) {
                t.acknowledged(old.gaveTo()[i], -1);
            }
        }
        s.forgetMessage(id);
    }

    /**
     * What the coach does with a person's own message: it counts it in their week, reads what the message is (help,
     * an ask for help, promotion, shared links), lets the rules look at it, counts what it gave to whom, and
     * remembers it (without its text) for later messages, edits and the week's report.
     *
     * @param wasContinuation for an edit, whether the message continued a turn; empty for a new message
     * @param drewAnswer      whether the message, said to the room, was conversation all the same: a question that
     *                        drew an answer (known for an edit), or the answer to someone's question to the room
     *                        just before it (known when it comes)
     */
    void ownMessage(UserState s, ChatMessage m, List<UserId> addressees, Cues cues, boolean answer,
                            CommunityState community, int textHash, Optional<Boolean> wasContinuation,
                            boolean drewAnswer, UserId byTurns, List<Finding> out) {
        TextFeatures text = cues.features();
        WeekTally t = weekClock.openTally(s, m.time(), m.community(), out);
        IsoWeek week = t.week();
        people.changed(s);
        s.lastCommunity = m.community();
        long[] addressed = othersAddressed(m, addressees);
        boolean underSomeoneElse = m.replyTo().isPresent() && m.replyToAuthor().isPresent()
                && !m.replyToAuthor().get().equals(m.author());
        // Signing up under someone's call for helpers ("in, I'll do the raffle"): their directions under it are work.
        if (underSomeoneElse && SignedUp.says(m.text())) {
            s.signedUp = m.id();
            s.signedUpTo = pseudonyms.code(m.replyToAuthor().get());
        }
        // A reply under someone else's question (asked lately in the community, answered or not) answers its asker.
        long answering = underSomeoneElse && community.isRecentQuestion(m.replyTo().get())
                ? pseudonyms.code(m.replyToAuthor().get()) : WaitingQuestions.NO_ASKER;
        // A message that answers a question put to the person by turn (their next word in that channel, to nobody
        // else) is an answer like one with a reply link: the rule for "answered" and the rule for "help" agree.
        if (questionsAnswered.answerWaiting(s, m, cues, addressed, answering, t) && !answer && substantial(m, text)) {
            answer = true;
        }
        // The questions still waiting in that channel have had the person's next word there.
        s.questions.spokeAfterQuestionsIn(m.channel());
        weekClock.graceAfterBeingAway(s, m);
        OwnReading reading = reader.read(s, m, addressees, cues, answer, community);
        // Selling, as the community sees it: promotion that is not an answer, and anything offered in a showcase.
        if (reading.sold()) {
            community.sold(m.author());
        }
        WeekCount counted = countInWeek(t, s, m, addressees, text, reading, answer, community, wasContinuation,
                drewAnswer);
        logLinks(s, m, reading);
        ruleRunner.message(s, m, reading.facts(), week, community, out);
        // Help is what the other person can use: an answer, advice, a pointer to someone's work. Thanks are counted
        // apart: polite, not reciprocity.
        boolean acknowledgement = cues.acknowledgement();
        // Words under one's own post (answering what someone asked about one's showcase, replying to the answers to
        // one's own question) tend one's own thing: neither help given nor a favour asked.
        // One's own report to a small room ("finally got the glaze right!!") is said to the others there, but it is
        // help to them only when it takes a turn with them: it follows their words soon after, or speaks to them.
        boolean toThem = speaksToSomeone(m, text)
                || community.rooms().othersSpokeSince(m.channel(), m.author(), m.time().minus(TURN_WINDOW));
        // Words under one's own post that others replied under, said to nobody else ("second coat went on fine, no
        // streaks this time" under one's question two people answered), are said to those people: a word
        // given to them, as a reply to one of them would be, but one that tends one's own thread, not help.
        List<UserId> thread = threadRepliers(s, m, addressed);
        // Help given is what the other person can use, so two things said to someone are not help, whatever their
        // length: asking for help of one's own, however it is put to a helper ("did what you said, how do I go on from
        // there"), which takes and waits for them to give; and a laughing word or two in reply to a question ("lol no",
        // "haha same"), which answers it but gives nothing to use.
        // (Only the request itself: what the person says next in the conversation it starts can be help.)
        boolean asksForHelp = !answer && cues.helpRequest();
        boolean banter = answer && Banter.is(m.text(), text, !m.links().isEmpty());
        // Nor are words about one's own things, however they are placed: one's paid work offered at a price (a bid
        // answering a call for offers sells; trade, not a favour), a question of one's own said to someone, its link
        // to one's own page included ("does it read better now? <link>" asks for their eyes), or an answer read into a
        // word to a small room that takes no turn there and replies to nothing (one's own news hours after someone's
        // question), as another's word to a small room reaches the person only when it takes a turn with them.
        boolean substance = thread.isEmpty() && !tendsOwnPost(m) && !reading.facts().pitch()
                && (answer && !banter && (toThem || m.replyTo().isPresent()) || toThem
                && (reading.theirs() || !asksForHelp && !text.question() && !acknowledgement && !reading.promotion()
                && !reading.facts().countedAsk() && substantial(m, text)));
        long[] gaveTo = addressed;
        if (!thread.isEmpty()) {
            gaveTo = java.util.Arrays.copyOf(addressed, addressed.length + thread.size());
            for (int k = 0; k < thread.size(); k++) {
                gaveTo[addressed.length + k] = pseudonyms.code(thread.get(k));
            }
        }
        // Thanks alone to someone who replied under one's own post ("cheers, I'll check the sheet" under their answer
        // to one's question, "thanks!" under their welcome) close a favour received: their reply was the giving, so
        // the thanks count as no word given before a later ask.
        // So do thanks said straight under one's own post to those who replied there ("thanks Jo, your tips made all
        // the difference" under one's showcase), or in reply to words said to one ("perfect, thank you!" under
        // the answer to a question one put to them by name): the words were theirs to give, the thanks return them.
        boolean thanksForAnswer = acknowledgement && !substance && (tendsOwnPost(m) || !thread.isEmpty()
                || underOwnPost(m) || repliesToWordsForThem(m));
        // A question of one's own put to someone, not in reply to anything of theirs ("@Jo have you got the blue
        // ones in?"), asks for their time and waits for them to give: they met, but the person gave them nothing.
        // A question about them or their things ("welcome Jo! is the canal mural yours?") takes an interest in them,
        // which is a word given.
        boolean takesOnly = !substance && !answer && (text.question() || asksForHelp)
                && (m.replyTo().isEmpty() || tendsOwnPost(m) || underOwnPost(m)) && !AboutThem.is(m.text());
        List<Audience> audiences = countGiving(s, t, m, addressees, addressed, substance, acknowledgement,
                reading.facts().countedAsk(), thanksForAnswer, takesOnly);
        countGivingUnderOwnPost(s, t, m, thread, acknowledgement, reading.facts().countedAsk() || thanksForAnswer,
                audiences);
        // A turn in a conversation by turns (they answered the person's line, the person answers theirs, no reply
        // link: RoomSpeakers.exchangePartner) is a word given to the other as a reply is: the chat of people who talk
        // every day is the giving that makes a later favour asked of them no cold ask. Not a turn that asks or
        // promotes, which gives nothing however it is placed; counted after the rules looked, so an ask is judged on
        // what came before it.
        if (byTurns != null && !reading.facts().countedAsk() && !reading.facts().promo().engagementAsk()
                && !reading.promotion() && !thanksForAnswer && !takesOnly) {
            s.gave(pseudonyms.code(byTurns), m.channel(), m.time());
        }
        // An answer to someone's question to the room, said to nobody by name, is conversation for the share spoken to
        // nobody, but no word said back to one person (give-take reads these).
        if (talkedBack(counted.spokeToSomeone() && !counted.roomQuestionAnswered(), text.question() && !answer,
                acknowledgement, reading.promotion())) {
            t.talkedBack(+1);
        }
        s.remember(m.id(), new OwnMessage(m.time(), week, m.community(), counted.spokeToSomeone(), answer,
                text.question() && !answer, reading.counted().size(), reading.promotion(), counted.words(),
                counted.firstPerson(), counted.secondPerson(), gaveTo, audiences, textHash, substance,
                acknowledgement, counted.continuation(), counted.firstPlural(), counted.roomQuestionAnswered()));

        linkPostTalkedAbout(s, m, reading, addressed.length > 0, byTurns, community);
        s.spokeIn(m.channel(), m.time());
        // Said they are away until a known return ("off until Monday"): a question after it waits for them to be back.
        boolean away = cues.absenceNotice();
        s.announcedAway(m.time(), away, away ? AbsenceNotice.returnDay(m.text(), m.time(), s.zone()).orElse(null) : null,
                away ? AbsenceNotice.startDay(m.text(), m.time(), s.zone()).orElse(null) : null);
        s.sweep(m.time());
    }

    /**
     * Whether an own message talks back ({@link WeekTally#talkedBack()}): said to someone, asking nothing, more than
     * thanks or a nod, selling nothing. Worked out from what {@link OwnMessage} keeps, so an edit or a
     * deletion takes back exactly what the message counted.
     */
    private static boolean talkedBack(boolean addressed, boolean question, boolean acknowledgement,
                                      boolean promotion) {
        return addressed && !question && !acknowledgement && !promotion;
    }

    /** How a person's own message counted in their week, kept with the message for an edit or a deletion. */
    private record WeekCount(int words, int firstPerson, int secondPerson, int firstPlural, boolean spokeToSomeone,
                             boolean roomQuestionAnswered, boolean continuation) {
    }

    /** The pseudonym codes of the people {@code m} is aimed at, its author left out. */
    private long[] othersAddressed(ChatMessage m, List<UserId> addressees) {
        int others = 0;
        for (int k = 0; k < addressees.size(); k++) {
            UserId to = addressees.get(k);
            if (!to.equals(m.author())) {
                others++;
            }
        }
        long[] addressed = new long[others];
        others = 0;
        for (int k = 0; k < addressees.size(); k++) {
            UserId to = addressees.get(k);
            if (!to.equals(m.author())) {
                addressed[others++] = pseudonyms.code(to);
            }
        }
        return addressed;
    }

    /**
     * Counts the message in the person's week: whether it spoke to someone, answered or asked, its shared links and
     * promotion, its words about oneself, and whether it went on the person's turn before.
     */
    private WeekCount countInWeek(WeekTally t, UserState s, ChatMessage m, List<UserId> addressees, TextFeatures text,
                                  OwnReading reading, boolean answer, CommunityState community,
                                  Optional<Boolean> wasContinuation, boolean drewAnswer) {
        // An introduction is about oneself by design: its words do not count toward self-focus. Nor do those said to
        // someone who just asked for help, an answer or not: "I use this card and it works", "I don't know, I never
        // tried" is help drawn from one's own experience, the most useful kind.
        boolean helping = answer || community.answersAQuestion(m, addressees, communities.settings().helpWindow(), true);
        // So is a post to the room in a channel for sharing one's own logs, progress or wins ("we hit our target!").
        // And one to the room that answers what its topic asks each member ("tell us where you're headed"): its "I" and "my"
        // were asked for. Only its words: whether it spoke to anyone is judged as anywhere. A post there that replies
        // or names no one answers the room's question, though it came soon after someone's line.
        boolean askedAfter = m.replyTo().isEmpty() && m.mentions().isEmpty() && !reading.promotion()
                && m.kind() != ChannelKind.DIRECT && purposes.of(m.channelInfo()).asksAfterMembers();
        boolean aboutOneselfByNeed = reading.introduction() || reading.seekingHelp() || helping || reading.noticeBoard()
                || reading.ownPost();
        // So is news of one's own told to the room because people asked for it, and said so at its opening ("since
        // people asked, here's how the move went"): the report is what they wanted, its "I" and "my" the answer. Its
        // words are read only when nothing before already asked for the person's own words.
        boolean wordsAsked = aboutOneselfByNeed || askedAfter
                || m.replyTo().isEmpty() && m.mentions().isEmpty() && !reading.promotion() && !reading.sells()
                && m.kind() != ChannelKind.DIRECT && UpdateAsked.in(m.text());
        int words = wordsAsked ? 0 : text.words();
        int firstPerson = wordsAsked ? 0 : text.firstPerson();
        int secondPerson = wordsAsked ? 0 : text.secondPerson();
        int firstPlural = wordsAsked ? 0 : text.firstPersonPlural();
        boolean broadcast = addressees.isEmpty();
        // A question to the room that drew answers was conversation (answersTheRoomQuestions), and so was the line
        // that answered one, said to nobody by name (CoachEngine#observe); edited, each still is, unless the edit
        // made it sell or carry a link.
        boolean roomQuestionAnswered = drewAnswer && broadcast && !(text.question() && answer)
                && reading.counted().isEmpty() && !reading.promotion();
        boolean spokeToSomeone = !broadcast || roomQuestionAnswered;
        if (!broadcast && m.kind() != ChannelKind.DIRECT) {
            t.spokeToSomeone();
        }
        t.countMessage(+1, m.community(), spokeToSomeone, answer, text.question() && !answer, reading.counted().size(),
                reading.promotion(), words, firstPerson, secondPerson, firstPlural);
        // A line to nobody in a room for one trade's people is talk with fellows of the trade (audience.peers-only).
        if (broadcast && m.kind() != ChannelKind.DIRECT && !reading.promotion() && community.trade().tradeRoom(m.channel())) {
            t.talkedInTradeRoom(m.id());
        }
        // A line to nobody right after one's own line in the same channel continues that turn (a thought split over
        // lines, a paste line by line): the broadcast share counts turns, not lines.
        // An edit keeps what it was (by then the person's last line in the channel is the edited one itself).
        Instant spokeBefore = s.lastSpokeIn(m.channel()).orElse(null);
        // So do the lines to the room that go on describing one's problem after asking for help there: an error typed
        // out line by line is one request, however busy the channel is meanwhile.
        // A post on the notice board is the community's or the team's news, said to everyone by design; one that tells
        // of the poster alone ("I", "me", "my" at least twice, no "we" or "our": my holiday, my new bike, my race time) is
        // one member's own doings pinned where the news goes, a post to nobody as it would be in any room. Only for the
        // share spoken to nobody: its words and its promotion are read as on the board.
        boolean boardNews = reading.noticeBoard()
                && !(text.firstPersonPlural() == 0 && text.firstPerson() >= ABOUT_ONESELF);
        boolean continuation = !spokeToSomeone && wasContinuation.orElseGet(() -> boardNews
                || reading.ownPost()
                || spokeBefore != null
                && (Duration.between(spokeBefore, m.time()).compareTo(CONTINUATION_WINDOW) < 0
                || reading.helpConversation() && !reading.sells()));
        if (continuation) {
            t.continued(+1);
            // A post the channel is for, not a line going on with one's turn just before: a turn of its own all the
            // same, counted toward the week's messages though not toward the share of them spoken to nobody.
            if ((boardNews || reading.ownPost()) && (spokeBefore == null
                    || Duration.between(spokeBefore, m.time()).compareTo(CONTINUATION_WINDOW) >= 0)) {
                t.postLicensed(m.id(), m.channel());
            }
        } else if (!spokeToSomeone && m.kind() != ChannelKind.DIRECT) {
            t.spokeToNobodyIn(m.channel());
        }
        // A post to the room that asks and sells nothing, not yet excused as what its channel is for: the week's end
        // reads whether the channel's other regulars posted the same way that week (closeWeek).
        if (!spokeToSomeone && !text.question() && !aboutOneselfByNeed && !reading.sells() && !reading.promotion()
                && reading.counted().isEmpty() && m.kind() != ChannelKind.DIRECT && norms.enabled()) {
            t.postedToRoom(m.channel(), continuation, words, firstPerson, secondPerson, firstPlural,
                    purposes.of(m.channelInfo()).talk());
        }
        // How the message stood toward the others, for the week's end (WeekTally#talkTurnedToOneself). Support: a
        // question, an answer or help, a word to "you". A shift response: a turn taken with someone (said to them, or
        // right after their words in the room) that talks about oneself and gives them neither; under one's own post,
        // selling, or excused as about oneself by need (an introduction, asking for help) it is none.
        // An answer that spends itself on oneself ("I never had that, my kit is the best round here") is no support for
        // the asker: it is a shift response too. Its own words stay set aside as help drawn from experience; but a week
        // whose every turn with others was such, or a shift, is read whole (WeekClock: countLicensedAgain).
        boolean turnedToOneself = helping && m.kind() != ChannelKind.DIRECT && !reading.introduction()
                && !reading.seekingHelp() && !reading.sells() && !reading.promotion() && AnswerTurnedToOneself.is(text);
        boolean support = !turnedToOneself && (text.question() || helping || text.secondPerson() > 0);
        boolean shift = turnedToOneself || !support && !wordsAsked && m.kind() != ChannelKind.DIRECT
                && text.firstPerson() >= 2 && !reading.sells() && !reading.promotion() && !tendsOwnPost(m)
                && (!addressees.isEmpty()
                || community.rooms().othersSpokeSince(m.channel(), m.author(), m.time().minus(TURN_WINDOW)));
        // Words excused only as what the room is for (one's own posts), not by need: the week's end may count them back.
        // So are an answer's that spent itself on oneself, given after one's own "I" and "my" already counted that week
        // (one's glories told to the room, then a question answered with one's own record): set aside as help drawn
        // from experience, it helped the asker to nothing, and in a week whose every turn with others went back to
        // oneself the week is read whole, that answer with the rest (countLicensedAgain). A week of nothing but such
        // answers is a helper's, each answer said from experience: their words stay set aside. Not an answer that
        // claims one's standing (prizes won, the finest in the valley, booked solid: OwnStandingClaimed), first in
        // the week or not: experience tells the asker what one did, a boast only what one is, so a week whose every
        // turn with others went back to oneself and boasted reads those answers whole; a helper's plain experience
        // stays set aside.
        boolean licensed = (reading.ownPost() || askedAfter) && !reading.introduction() && !reading.seekingHelp()
                && !helping && !reading.noticeBoard()
                || (turnedToOneself && (t.firstPerson() > 0 || OwnStandingClaimed.in(m.text())));
        t.ownTurn(m.id(), shift, support, licensed ? text.words() : 0, licensed ? text.firstPerson() : 0,
                licensed ? text.secondPerson() : 0);
        return new WeekCount(words, firstPerson, secondPerson, firstPlural, spokeToSomeone, roomQuestionAnswered,
                continuation);
    }

    /** Adds the message's shared links, and its promotion, to the person's log of the week. */
    private static void logLinks(UserState s, ChatMessage m, OwnReading reading) {
        String previous = null;
        for (Link link : reading.logged()) {
            if (link.fingerprint().equals(previous)) {
                continue;
            }
            s.postedLink(link.fingerprint(), m.channel(), m.id(), m.time());
            previous = link.fingerprint();
        }
        if (reading.promotion()) {
            s.promoted(m.channel(), m.id(), m.time());
        }
        previous = null;
        for (Link link : reading.offers()) {
            if (!link.fingerprint().equals(previous)) {
                s.offered(link.fingerprint(), m.channel(), m.id(), m.time());
                previous = link.fingerprint();
            }
        }
    }

    /**
     * The people a reply to one's own post is said to ({@link RepliesUnderOwn}): those who replied under the post
     * lately, when it names nobody else; none for any other message. Not in a private conversation, whose messages are
     * said to its other side anyway.
     */
    private static List<UserId> threadRepliers(UserState s, ChatMessage m, long[] addressed) {
        if (addressed.length > 0 || m.kind() == ChannelKind.DIRECT || m.replyTo().isEmpty()
                || m.replyToAuthor().isEmpty() || !m.replyToAuthor().get().equals(m.author())) {
            return List.of();
        }
        List<UserId> thread = new ArrayList<>(s.repliersUnder(m.replyTo().get(), m.time()));
        thread.remove(m.author());
        return thread;
    }

    /**
     * Counts a word under one's own post as given to those who replied there ({@link #threadRepliers}): a word, or
     * thanks, to each, never help (it tends one's own thread); their audiences are added to {@code audiences}, after
     * those of the people the message addressed, in {@code thread} order.
     */
    private void countGivingUnderOwnPost(UserState s, WeekTally t, ChatMessage m, List<UserId> thread,
                                         boolean acknowledgement, boolean givesNothing, List<Audience> audiences) {
        for (UserId to : thread) {
            long p = pseudonyms.code(to);
            Audience a = communities.audienceOf(to, m.community(), m.channel(), false);
            t.gave(p, a, +1);
            if (acknowledgement) {
                t.acknowledged(p, +1);
            }
            if (!givesNothing) {
                s.gave(p, m.channel(), m.time());
            }
            audiences.add(a);
        }
    }

    /**
     * A link post that opened a conversation: someone else spoke in its channel after it, and the person's next word
     * there, soon after, talks with them (a turn by turns, a reply or a mention), as "I lost two minutes on leg 4,
     * here's my route" - "impressive, in a bad way" - "thanks, very supportive" does. Such a link is shared in the middle
     * of talk, which is what the link-share tip asks for; it is not counted in that tip's share. Promotion of one's own
     * work is not credited so: a shop link that drew a question is still a shop link. The person's next word in the
     * channel decides, whatever it is; a new link post there is the next one to watch.
     */
    private void linkPostTalkedAbout(UserState s, ChatMessage m, OwnReading reading, boolean addressed,
                                     UserId byTurns, CommunityState community) {
        if (m.kind() == ChannelKind.DIRECT) {
            return;
        }
        if (m.channel().equals(s.linkPostIn)) {
            boolean firstWordSince = s.lastSpokeIn(m.channel()).filter(s.linkPostAt::equals).isPresent();
            boolean talks = byTurns != null || addressed;
            if (firstWordSince && talks && !m.time().isAfter(s.linkPostAt.plus(LINK_TALK_WINDOW))
                    && community.rooms().othersSpokeSince(m.channel(), m.author(), s.linkPostAt.plusNanos(1))) {
                s.tally(s.linkPostWeek).linkPostAnswered(+1);
                people.changed(s);
            }
            s.linkPostIn = null;
            s.linkPostAt = null;
            s.linkPostWeek = null;
        }
        if (!reading.counted().isEmpty() && !reading.promotion() && !addressed && m.replyTo().isEmpty()) {
            s.linkPostIn = m.channel();
            s.linkPostAt = m.time();
            s.linkPostWeek = s.weekOf(m.time());
        }
    }

    /**
     * Counts what the message gave each person it is aimed at (help, thanks, or just a word) and whom: the audience
     * of each, in {@code addressed} order.
     */
    private List<Audience> countGiving(UserState s, WeekTally t, ChatMessage m, List<UserId> addressees,
                                       long[] addressed, boolean substance, boolean acknowledgement, boolean ask,
                                       boolean thanksForAnswer, boolean takesOnly) {
        List<Audience> audiences = new ArrayList<>(addressed.length);
        int i = 0;
        for (int k = 0; k < addressees.size(); k++) {
            UserId to = addressees.get(k);
            if (to.equals(m.author())) {
                continue;
            }
            long p = addressed[i++];
            Audience a = communities.audienceOf(to, m.community(), m.channel(), m.kind() == ChannelKind.DIRECT);
            t.gave(p, a, +1);
            if (substance) {
                t.helped(p, +1);
            } else if (acknowledgement) {
                t.acknowledged(p, +1);
            }
            // An ask is not a gift, however it is wrapped ("Nice work! Mind subscribing to my feed?"): it does not
            // count as having given before the next ask; nor do thanks for an answer to one's own question, nor a
            // question of one's own (they met all the same).
            if (substance || !ask && !thanksForAnswer && !takesOnly) {
                s.gave(p, m.channel(), m.time(), OnlyAWelcome.is(m.text()));
            } else if (!ask && takesOnly) {
                s.spokeTo(p, m.time());
            }
            audiences.add(a);
        }
        return audiences;
    }
}
