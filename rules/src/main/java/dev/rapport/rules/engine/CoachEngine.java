package dev.rapport.rules.engine;

import dev.rapport.rules.addressing.AddressingInference;
import dev.rapport.rules.addressing.AnswerWords;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.engine.SeenMessages.Seen;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.Link;
import dev.rapport.rules.model.MemberRoles;
import dev.rapport.rules.model.MessageDeleted;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.norms.RoomNorms;
import dev.rapport.rules.norms.RoomPost;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeekTally;
import dev.rapport.rules.stats.WeeklyReport;
import dev.rapport.rules.text.AbsenceNotice;
import dev.rapport.rules.text.Acknowledgement;
import dev.rapport.rules.text.Banter;
import dev.rapport.rules.text.CatchUp;
import dev.rapport.rules.text.CritiqueQuestion;
import dev.rapport.rules.text.EchoQuestion;
import dev.rapport.rules.text.Exclamation;
import dev.rapport.rules.text.FavourAsk;
import dev.rapport.rules.text.NoAnswerAwaited;
import dev.rapport.rules.text.NotTheOneAsked;
import dev.rapport.rules.text.OfferRequest;
import dev.rapport.rules.text.OnlyAWelcome;
import dev.rapport.rules.text.Pitch;
import dev.rapport.rules.text.RoomRequest;
import dev.rapport.rules.text.SpokenTo;
import dev.rapport.rules.text.TextFeatures;
import dev.rapport.rules.text.TopicWords;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Folds a time-ordered stream of chat events into state per person and community, and findings. A person coached in
 * several communities has a state in each: the rules look at how they behave within one community, and a community
 * lives in one place (one Discord gateway shard), so several processes can split the state without sharing any. Live, each {@link #accept}
 * returns what it noticed at once; offline, {@link #finish()} closes the last weeks. Weekly reports come on
 * demand from {@link #report}.
 *
 * <p>Only enrolled people are analysed. Other people's messages are used only as far as they concern an enrolled
 * person (they addressed them, replied to them, reacted to them) and for the community's audience counts.
 * No text is kept: the text of a message lives only while {@link #accept} runs.
 *
 * <p>The engine routes each event and decides what a message means to the people it concerns; it asks its
 * collaborators for the rest, each kept apart because it reads something of its own: {@link CoachedPeople} (the
 * people's states), {@link Communities} (the community states under the settings in force), {@link RuleRunner} (which
 * rules look, in which order), {@link WeekClock} (deadlines and week ends), {@link TeamQuestions} (questions put to a
 * business's team) and {@link SnapshotKeeper} (what survives a restart).
 *
 * <p>Not thread-safe: one engine is fed by one thread (the bot funnels events through a single executor).
 */
public final class CoachEngine {

    /**
     * How soon a message by the asked person, in the same channel, answers the question without a reply link: people
     * often just answer in the next message (the turn-taking that reply inference on IRC relies on as well).
     */
    static final Duration TURN_WINDOW = Duration.ofMinutes(60);
    /** How long after a pitch by direct message its sender's follow-up there still chases it: a week. */
    private static final Duration PITCH_CHASED = Duration.ofDays(7);
    /** Direct conversations whose latest pitch is remembered at most, before those a week old are let go. */
    private static final int PITCHES_IN_DIRECT_KEPT = 10_000;
    /** Lines by one person in one channel this close together are one turn (IRC logs only say the minute). */
    private static final Duration CONTINUATION_WINDOW = Duration.ofSeconds(60);
    /** Someone who wrote nothing for this long is away: questions that waited meanwhile are not held against them. */
    static final Duration AWAY = Duration.ofDays(7);
    /**
     * Someone back from being away catches up first: questions that went overdue while they wrote nothing count as
     * unanswered only if this long after their first message back they still wait.
     */
    static final Duration RETURN_GRACE = Duration.ofHours(1);
    /**
     * Someone who wrote nothing in the community for this long before a question was not around when it was asked: their
     * first word back in that channel answers it.
     */
    static final Duration AWAY_WHEN_ASKED = Duration.ofHours(12);
    /** Nobody addressed. */
    private static final long[] NO_ONE = new long[0];
    /** Turns this close (one person, another, the first again) are an exchange between the two, reply links or not. */
    private static final Duration EXCHANGE_GAP = Duration.ofMinutes(30);
    /** How soon after a link post the person's word with someone who answered it makes it a conversation. */
    private static final Duration LINK_TALK_WINDOW = Duration.ofHours(2);
    /** A help conversation goes on while its turns keep coming: an hour's pause ends it. */
    private static final Duration HELPING_PAUSE = Duration.ofHours(1);
    /** The lines of one answer come this close after it: a helper looking up the next reference takes minutes. */
    private static final Duration ANSWER_IN_LINES = Duration.ofMinutes(20);
    /** In a small room a line answers the other's last line within this long; after it, the room has gone quiet. */
    private static final Duration SMALL_ROOM_TURN = Duration.ofHours(12);

    private final Enrollment enrollment;
    private final PromoDetector promoDetector;
    /** Text cues worked out ahead (replay's reading thread); null: each worked out here when asked. */
    private final CuesAhead cuesAhead;
    /** Reads whether a message to the room ends by speaking to someone ("... Thanks Mo!"). */
    private final AddressingInference addressing = new AddressingInference();
    private final PseudonymCache pseudonyms;
    /** Keys questions' topic words (what a person learned lately is kept, and saved, keyed: never plain word hashes). */
    private final TopicKey topicKey;
    private final Clock clock;

    private final Ids ids = new Ids();
    /** The coached people's states, and which changed since the last save. */
    private final CoachedPeople people;
    /** Where direct conversations count: in the community their people last shared. */
    private final DirectConversations direct;
    /** Questions to nobody by name answered in the room and thanked for: closed for the one they sat under. */
    private final AnsweredInTheRoom inTheRoom;
    private final ChannelPurposes purposes = new ChannelPurposes();
    private final SeenMessages seen = new SeenMessages();
    /** Customers' questions to a business's team, and who on it waits on them. */
    private final TeamQuestions team;
    /** What survives a restart: snapshots out, restores in, forgetting. */
    private final SnapshotKeeper keeper;
    /** Deadlines and week ends, in time order, and what the rules make of them. */
    private final WeekClock weekClock;
    /** The rules, in the order they look, each with its settings in the community. */
    private final RuleRunner ruleRunner;
    /** Every community's state, under the settings in force. */
    private final Communities communities;
    /**
     * Per direct conversation, its latest pitch (its message id) while nobody but its sender wrote there since: the
     * sender's next word in that conversation chases it. Ids only; not kept over a restart (a chase after one waits
     * like any question); an entry goes when the other side writes, or is let go a week on ({@link #PITCH_CHASED}).
     */
    private final Map<ChannelId, MessageId> pitchInDirect = new HashMap<>();
    private final OwnMessageReader reader;
    /** What each channel's own regulars do there: a room's convention, whatever the channel is called. */
    private final RoomNorms norms;
    private long duplicates;

    CoachEngine(List<Rule> rules, CoachSettings settings, Enrollment enrollment, PromoDetector promoDetector,
                CuesAhead cuesAhead, Pseudonyms pseudonyms, Clock clock, RoomNorms norms) {
        this.enrollment = Objects.requireNonNull(enrollment, "enrollment");
        this.promoDetector = Objects.requireNonNull(promoDetector, "promoDetector");
        this.cuesAhead = cuesAhead;
        this.pseudonyms = new PseudonymCache(Objects.requireNonNull(pseudonyms, "pseudonyms"), ids);
        this.topicKey = pseudonyms.topicKey();
        this.communities = new Communities(settings, topicKey, purposes);
        this.ruleRunner = new RuleRunner(rules, communities, this.pseudonyms);
        this.people = new CoachedPeople(this.enrollment, this.pseudonyms, ids);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.norms = Objects.requireNonNull(norms, "norms");
        this.weekClock = new WeekClock(people, communities, ruleRunner, this.enrollment, this.norms, this.pseudonyms);
        this.reader = new OwnMessageReader(this.promoDetector, purposes, seen, norms, this.pseudonyms);
        this.direct = new DirectConversations(communities.byId(), this.pseudonyms);
        this.inTheRoom = new AnsweredInTheRoom(seen, this.pseudonyms, communities::answerDeadline, AWAY);
        this.team = new TeamQuestions(people, communities, weekClock, this.pseudonyms);
        this.keeper = new SnapshotKeeper(people, communities, weekClock, this.pseudonyms, ids, topicKey, norms, seen,
                direct, inTheRoom, team.open());
    }

    public static CoachEngineBuilder builder() {
        return new CoachEngineBuilder();
    }

    // --- feeding ---------------------------------------------------------------------------------------------

    /** Folds one event in; returns the findings it caused (often none). Events must come in time order. */
    public List<Finding> accept(ChatEvent event) {
        List<Finding> out = new ArrayList<>(0);
        weekClock.advance(event.time(), out);
        if (keeper.awaitsPeople()) {
            keeper.adoptRestored(event);
        }
        if (event instanceof ChatMessage m) {
            onMessage(canonical(m.kind() == ChannelKind.DIRECT ? direct.place(m) : m), out);
        } else if (event instanceof ReactionAdded r) {
            onReaction(direct.place(r), out);
        } else if (event instanceof MessageDeleted d) {
            onDeleted(d);
        } else if (event instanceof MemberRoles roles) {
            community(roles.community()).roles(roles.user(), roles.roles());
        }
        return out.isEmpty() ? List.of() : out;
    }

    /** End of a replay: every open week is closed and its weekly rules run. */
    public List<Finding> finish() {
        return weekClock.finish();
    }

    /**
     * The day of the week {@code time} falls on in {@code zone} ({@link WeekClock#dayOfWeek}).
     */
    static java.time.DayOfWeek dayOfWeek(Instant time, ZoneId zone) {
        return WeekClock.dayOfWeek(time, zone);
    }

    /** Lets time pass without an event (live: called by a scheduled routine with the clock's time). */
    public List<Finding> tick() {
        List<Finding> out = new ArrayList<>(0);
        weekClock.advance(clock.instant(), out);
        return out;
    }

    /** Lets time pass up to {@code time}: answers become overdue and weeks end. */
    public List<Finding> advanceTo(Instant time) {
        List<Finding> out = new ArrayList<>(0);
        weekClock.advance(time, out);
        return out;
    }

    /** How many messages were seen twice (same id, same text) and counted once. */
    public long duplicatesIgnored() {
        return duplicates;
    }

    /**
     * The message with the engine's own instances of its community, channel and author: a parser makes new id
     * objects for every message, and whatever the state keeps (where a person spoke, who wrote a remembered message)
     * would otherwise hold a copy of the same id per message.
     */
    private ChatMessage canonical(ChatMessage m) {
        CommunityId community = ids.community(m.community());
        ChannelId channel = ids.channel(m.channel());
        UserId author = ids.user(m.author());
        if (community == m.community() && channel == m.channel() && author == m.author()) {
            return m;
        }
        return new ChatMessage(m.id(), m.time(), community, channel, m.parent(), m.kind(), author, m.authorRoles(),
                m.replyTo(), m.replyToAuthor(), m.mentions(), m.links(), m.text(), m.channelInfo(), m.authorOwnsCommunity(),
                m.replyGuessed());
    }

    /**
     * A message by anyone, in steps: whether it answers a question, what the community and the people it speaks to
     * make of it, what is remembered of it, and (if its author is coached) what it counts for them.
     */
    private void onMessage(ChatMessage m, List<Finding> out) {
        int textHash = m.text().hashCode();
        Seen before = seen.get(m.id());
        if (before != null) {
            // One taken back after a restart kept its words' keyed digest only.
            if (before.textHash() == (before.keyedText() ? keeper.keyedText(textHash) : textHash)) {
                duplicates++;
                return;
            }
            onEdited(m, before, textHash, out);
            return;
        }
        CommunityState community = community(m.community());
        List<UserId> addressees = addresseesOf(m);
        Cues cues = Cues.of(m.text(), m.links(), cuesAhead);
        boolean answer = answersAQuestion(m, addressees, community, cues);
        boolean help = answer && !repliesToSomethingElse(m, community);
        // Talking by turns with someone (they answered the person's line, and the person answers theirs), with no
        // reply link: an exchange all the same, the first of a relationship as much as a reply is.
        UserId byTurns = addressees.isEmpty() && m.kind() != ChannelKind.DIRECT && m.replyTo().isEmpty()
                ? community.exchangePartner(m.channel(), m.author(), m.time(), EXCHANGE_GAP) : null;
        SaidTo said = observe(m, addressees, community, cues, answer);
        learnersChanged(community, m.community());
        Received received = receivedByThoseSpokenTo(m, said.others(), cues, answer, help, out);
        team.teamServed(m, addressees, answer);
        List<UserId> waitedOn = addressees.isEmpty() ? team.teamAwaits(m, cues, answer, community, received.enrolled())
                : received.enrolled();
        seen.put(m.id(), new Seen(m.author(), m.community(), textHash, waitedOn, m.time().getEpochSecond(),
                received.pitched(), repliesUnderOwnPost(m), false, ownWords(m)), weekClock.now());
        if (m.kind() == ChannelKind.DIRECT) {
            rememberPitchInDirect(m, received.pitched());
        }
        if (answer && m.replyTo().isPresent()) {
            answeredForOthers(m, m.replyTo().get(), substantial(m, cues.features()));
        }
        answeredInTheRoom(m, addressees, cues, received.pitched());
        if (byTurns != null) {
            exchangedByTurns(m, byTurns);
        }
        authorsOwn(m, said, cues, help, community, textHash, byTurns, out);
    }

    /**
     * Whom a message is said to.
     *
     * @param others    the people it speaks to, as those people and the community count it
     * @param forAuthor the people it speaks to, as its author's own week counts it
     */
    private record SaidTo(List<UserId> others, List<UserId> forAuthor) {
    }

    /**
     * What the people a message spoke to made of it.
     *
     * @param enrolled the coached people it spoke to (a question waits for them)
     * @param pitched  whether it pushed something at them, unasked
     */
    private record Received(List<UserId> enrolled, boolean pitched) {
    }

    /** Whether {@code m} answers a question put in the community. */
    private boolean answersAQuestion(ChatMessage m, List<UserId> addressees, CommunityState community, Cues cues) {
        // In a private conversation, terms given to the person who asked answer them even when they close by asking
        // back ("£8 a head with a host, want me to hold the Saturday?"): the question only offers to take it further.
        boolean termsAnswer = m.kind() == ChannelKind.DIRECT && cues.features().words() >= 6
                && Pitch.namesTerms(m.text());
        boolean answer = community.answersAQuestion(m, addressees, settings().helpWindow(),
                substantial(m, cues.features()) || termsAnswer);
        // An answer given in several lines: a line to the room that follows one's answer in the same channel, before
        // anyone else speaks there, goes on with it ("2) is a 60s repress: …" after "1) is an early one: …").
        if (!answer && addressees.isEmpty() && m.replyTo().isEmpty() && m.kind() != ChannelKind.DIRECT
                && !cues.features().question()
                && community.continuesAnswer(m.author(), m.channel(), m.time(), ANSWER_IN_LINES)) {
            answer = true;
        }
        // A priced offer answers only a question that asked for one: to "anyone else see the new fees?" it is a pitch.
        // Nor, in a business's own server, one from outside its team under a member's question: asked of the business.
        if (answer && cues.pitch() && (!community.askedForAnOffer(m, addressees)
                || OwnBusiness.offerFromOutsideTheTeam(community, m))) {
            answer = false;
        }
        if (!answer && m.kind() == ChannelKind.DIRECT) {
            answer = answersARequestElsewhere(m, addressees, community, cues, termsAnswer);
        }
        return answer;
    }

    /**
     * A direct message counts where its two people last both wrote (see {@link DirectConversations#place}); from
     * someone who never wrote in the server where its other side asked the room for offers ("is anyone free on the
     * 4th? budget about £500") it stays filed apart, and its community knows nothing of the request. A reader of a room who
     * answers such a request privately, with terms, still answers it: the request is looked for in the other
     * communities, and only a request for offers counts there (a DM answers "DM me your rates", not a passing question).
     */
    private boolean answersARequestElsewhere(ChatMessage m, List<UserId> addressees, CommunityState home, Cues cues,
                                             boolean termsAnswer) {
        boolean substantial = substantial(m, cues.features()) || termsAnswer;
        for (CommunityState other : communities.values()) {
            if (other == home || !other.answersAQuestion(m, addressees, settings().helpWindow(), substantial)) {
                continue;
            }
            if (!cues.pitch() || other.askedForAnOffer(m, addressees)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An explicit reply says what it answers: a reply to a thank-you is not help for a question asked earlier,
     * unless the author is in the middle of helping that person (answered them there within the hour).
     */
    private static boolean repliesToSomethingElse(ChatMessage m, CommunityState community) {
        return m.replyTo().isPresent() && m.replyToAuthor().isPresent()
                && !community.isRecentQuestion(m.replyTo().get())
                && !community.helpingNow(m.author(), m.replyToAuthor().get(), m.channel(), m.time(), HELPING_PAUSE);
    }

    /**
     * Folds the message into the community (its questions answered, its speakers), and says whom it is said to.
     * Where only two or three people talk, a message without a reply link is still said to the others.
     * For the author's own count it is conversation while the others are there (one of them spoke within the
     * hour) or when it answers the other's last line (within half a day); a run of posts of one's own spread
     * over hours, or posts into a room quiet since yesterday, speak to nobody in particular, however few people
     * the room has. A question there still waits for the other person.
     */
    private SaidTo observe(ChatMessage m, List<UserId> addressees, CommunityState community, Cues cues,
                           boolean answer) {
        boolean question = cues.features().question();
        // What kind of post it was, for the channel's habits (counts by pseudonym, no text).
        if (m.kind() != ChannelKind.DIRECT && norms.enabled()) {
            norms.observe(m.channel(), pseudonyms.code(m.author()), m.time(), RoomPost.of(!addressees.isEmpty(),
                    answer, question, !m.links().isEmpty(), cues.features().firstPerson()));
        }
        if (addressees.isEmpty() && m.kind() != ChannelKind.DIRECT) {
            List<UserId> others = community.smallRoomOthers(m.channel(), m.author(), m.time());
            boolean live = !others.isEmpty()
                    && (community.othersSpokeSince(m.channel(), m.author(), m.time().minus(TURN_WINDOW))
                    || community.takesATurn(m.channel(), m.author(), m.time().minus(SMALL_ROOM_TURN)));
            answersTheRoomQuestions(m, others, community, cues);
            community.observe(m, addressees, question, answer);
            if (!question && !answer && m.kind() != ChannelKind.DIRECT && cues.helpRequest()) {
                community.problemTold(m.id(), m.time());
            }
            return new SaidTo(others, live ? others : List.of());
        }
        answersTheRoomQuestions(m, addressees, community, cues);
        community.observe(m, addressees, question, answer);
        return new SaidTo(addressees, addressees);
    }

    /** Someone's question was answered: what they learned is part of their state, saved with it. */
    private void learnersChanged(CommunityState community, CommunityId where) {
        for (UserId learner : community.drainTaught()) {
            UserState taught = people.existing(learner, where);
            if (taught != null) {
                people.changed(taught);
            }
        }
    }

    /** Counts the message for each coached person it speaks to, and starts waiting where it asks them something. */
    private Received receivedByThoseSpokenTo(ChatMessage m, List<UserId> addressees, Cues cues, boolean answer,
                                             boolean help, List<Finding> out) {
        TextFeatures text = cues.features();
        List<UserId> enrolledAddressees = List.of();
        // A question waits for the person it replies to or speaks to first, not for everyone it names or copies.
        boolean first = true;
        int pushed = UNKNOWN;
        boolean favour = false;
        // A reply to someone's post in a channel where members ask each other for feedback is a reaction to their
        // work, whatever else it says.
        UserId feedbackFor = m.replyTo().isPresent() && purposes.of(m.channelInfo()).feedback()
                ? m.replyToAuthor().orElse(null) : null;
        for (UserId to : spokenTo(m, addressees)) {
            if (to.equals(m.author())) {
                continue;
            }
            // "how gorgeous is that?" said to someone exclaims: nobody owes it an answer.
            // An answer to their question that opens like one but asks nothing back, with no question mark ("did the
            // evening course, solid" to "which course would you recommend?", "when it's dry" to "when do you
            // sow?"), is the answer: chat drops the "I", and an answer echoes the question's own word.
            // A reply that echoes the person's own words back ("not finished?!" to "not finished, so close") reacts
            // to what they said: it asks them nothing.
            // A critique of their shared piece, in a room for feedback, that closes on a question about the piece
            // ("the bridge drags and the last line is vague, who is she writing to?") prompts the next draft: the
            // rewrite answers it, not a word back, so it does not wait for them.
            // A bare "?" or a question its asker takes back in the same breath waits for nobody (NoAnswerAwaited).
            // Nor does one that only a guessed reply link (an IRC log's inference) puts to them: on IRC, whoever
            // wants someone's answer names them.
            boolean asked = text.question() && first && !Exclamation.is(m.text()) && !NoAnswerAwaited.is(m.text())
                    && !(m.replyGuessed() && !m.mentions().contains(to))
                    && !(answer && m.text().indexOf('?') < 0) && !echoes(m, to)
                    && !(to.equals(feedbackFor) && CritiqueQuestion.closes(m.text()));
            first = false;
            UserState target = people.state(to, m.community());
            if (target == null) {
                continue;
            }
            // Being pitched, unasked, is neither a question owed an answer (a cold DM's "interested?") nor a favour
            // received: an ignored pitch is not an unanswered question, and a pitch is not help to give back. Nor is
            // being asked a favour for the asker's stuff ("could you follow my page too?"): an ask, whose fate is
            // oneway.asks' concern for the asker, not a question the person owes an answer.
            if (pushed == UNKNOWN) {
                // So is a vote asked for with the link to cast it ("could you vote for Pip's entry? <link>"): the
                // answer is the vote, not a word back.
                favour = text.question() && (FavourAsk.is(m.text())
                        || FavourAsk.voteWithLink(m.text(), !m.links().isEmpty()));
                // A price put by DM as a question, unasked ("full set, $90 shipped, you want it?"), is the sender's
                // sale taken to an inbox (as OwnMessageReader counts it for them): owed no answer.
                pushed = !answer && (cues.pitch() || promoDetector.analyse(m.text()).promotional()
                        || m.kind() == ChannelKind.DIRECT && Pitch.pricedQuestion(m.text())
                        || favour || text.question() && Pitch.pricedWithLink(m.text(), m.links())
                        || chasesOwnPitch(m) || bookingLinkFromAStranger(m, target)) ? YES : NO;
            }
            // An answer or feedback that ends with a follow-up question ("try a warmer spot. what temperature is
            // it at?") is still help given to them, and its question still waits for their answer.
            boolean given = help || to.equals(feedbackFor);
            // So is a request without its question mark ("bumping this, any name would help"): it asks, it gives
            // nothing.
            boolean asks = text.question() || !given && RoomRequest.is(m.text());
            // Being thanked ("thanks Greg! first draft to you tuesday") is not being given something to return.
            boolean thanked = !given && !asks && Acknowledgement.thanks(m.text(), text, !m.links().isEmpty());
            // A favour asked in a reply to the person's own question or offer ("anyone want clips cut?" - "could you
            // follow my channel?") is still a favour: replying to them does not make its question one they owe.
            // A post to a small room reaches the others there, but it reached out to this person only when it speaks
            // to them or takes a turn with them (follows their own words there soon after): someone else's news or
            // question to the room, hours after the person last spoke, is no day on which anyone came to them.
            boolean reached = speaksToSomeone(m, text)
                    || target.lastSpokeIn(m.channel()).filter(t -> !t.isBefore(m.time().minus(TURN_WINDOW)))
                    .isPresent();
            // A welcome in the room where newcomers introduce themselves ("welcome! questions are very welcome in
            // #help") is the room's custom toward everyone who arrives, not a favour the newcomer owes back: like a
            // thanks, it is an interaction, not a day on which they were helped (give-take). An answer there is help.
            boolean welcomed = !given && purposes.of(m.channelInfo()).introductions();
            received(target, m, asked && pushed == NO && !favour,
                    asks && !given || pushed == YES || thanked || welcomed || !reached, out);
            if (enrolledAddressees.isEmpty()) {
                enrolledAddressees = new ArrayList<>(2);
            }
            enrolledAddressees.add(to);
        }
        return new Received(enrolledAddressees, pushed == YES);
    }

    /**
     * The hashes of the words of a coached person's message ({@link EchoQuestion#words}), kept with it for a week so
     * that a reply echoing them back is known; null for everyone else's, which nobody coached is asked about by echo.
     */
    private int[] ownWords(ChatMessage m) {
        // state(), not existing(): a coached person's first message here is about to begin their state anyway.
        return people.state(m.author(), m.community()) != null ? EchoQuestion.words(m.text()) : null;
    }

    /** Whether {@code m} replies to a message of {@code to}'s by echoing its words back ({@link EchoQuestion}). */
    private boolean echoes(ChatMessage m, UserId to) {
        if (m.replyTo().isEmpty() || m.text().indexOf('?') < 0) {
            return false;
        }
        Seen replied = seen.get(m.replyTo().get());
        return replied != null && replied.words() != null && pseudonyms.same(replied.author(), to)
                && EchoQuestion.is(m.text(), replied.words());
    }

    /** What the message counts for its author, if they are coached here; and the help it gave, in the community. */
    private void authorsOwn(ChatMessage m, SaidTo said, Cues cues, boolean help, CommunityState community,
                            int textHash, UserId byTurns, List<Finding> out) {
        UserState author = people.state(m.author(), m.community());
        if (help && !said.others().isEmpty()) {
            community.helped(m.author(), said.others().get(0), m.channel(), m.time());
            if (m.kind() != ChannelKind.DIRECT && OfferRequest.promisesToWritePrivately(m.text())) {
                community.promisedPrivately(m.author(), said.others().get(0), m.time());
            }
        }
        if (author != null) {
            ownMessage(author, m, said.forAuthor(), cues, help, community, textHash, Optional.empty(), false, byTurns,
                    out);
            // Active while a request they could have answered stood open in the community: noted for give-take.
            if (m.kind() != ChannelKind.DIRECT) {
                community.notePassedOver(m.author(), m.time(), TURN_WINDOW);
            }
        }
    }

    /**
     * Someone answered a question a coached person put to the room ("has anyone moved to the new lenses?"): by a reply
     * to it, or by words to its asker in its channel while it stood open (in a room of two or three, their next word
     * there). Asking the room and getting answers is conversation, not speaking to nobody: from then on the question
     * counts as said to someone for {@code oneway.broadcast} and the conversation numbers. A thank-you answers nothing.
     * Only while the question is remembered (a day of one's own messages) and its week is still open.
     */
    private void answersTheRoomQuestions(ChatMessage m, List<UserId> to, CommunityState community, Cues cues) {
        if (m.kind() == ChannelKind.DIRECT || to.isEmpty() && m.replyTo().isEmpty()
                || cues.onlyThanks()) {
            return;
        }
        UserId repliedTo = m.replyToAuthor().orElse(null);
        if (m.replyTo().isPresent() && repliedTo != null && !repliedTo.equals(m.author())) {
            UserState s = people.existing(repliedTo, m.community());
            if (s != null) {
                drewAnAnswer(s, m.replyTo().get());
            }
        }
        for (int k = 0; k < to.size(); k++) {
            UserId asker = to.get(k);
            // A reply to another of the asker's messages is about that one.
            if (asker.equals(m.author()) || asker.equals(repliedTo)) {
                continue;
            }
            UserState s = people.existing(asker, m.community());
            MessageId question = s == null ? null : community.openRoomQuestion(asker, m.channel());
            if (question != null) {
                drewAnAnswer(s, question);
            }
        }
    }

    /** The own message {@code id}, if it is a question to the room that sells nothing, counts as said to someone now. */
    private void drewAnAnswer(UserState s, MessageId id) {
        UserState.OwnMessage old = s.ownMessage(id);
        if (old == null || old.addressed() || !old.question() || old.linkCount() > 0 || old.promotion()) {
            return;
        }
        WeekTally t = s.tally(old.week());
        if (t.closed()) {
            return;
        }
        people.changed(s);
        t.countMessage(-1, old.community(), false, old.help(), old.question(), old.linkCount(), old.promotion(),
                old.words(), old.first(), old.second(), old.firstPlural());
        t.countMessage(+1, old.community(), true, old.help(), old.question(), old.linkCount(), old.promotion(),
                old.words(), old.first(), old.second(), old.firstPlural());
        // Answered, it is a turn of its own in the conversation, not the tail of the line before it.
        if (old.continuation()) {
            t.continued(-1);
        }
        s.drewAnswer(id);
    }

    /**
     * A follow-up in the thread of one's own pitch ("did you get a chance to look? I have slots on Friday") chases the
     * sale: its question is the pitch's, owed no more answer than the pitch was.
     */
    /**
     * A call to book with its page, sent by direct message by someone {@code target} has never exchanged a word with
     * ("Free for a short chat on Thursday? <calendar link>"): a sale in their inbox, as the sender's own reading counts it
     * (a sell.cold pitch), so its question is owed no answer. Between people who know each other the same link only
     * sets up a meeting, and its question waits like any other.
     */
    private static boolean bookingLinkFromAStranger(ChatMessage m, UserState target) {
        return m.kind() == ChannelKind.DIRECT && !m.links().isEmpty() && Pitch.callToBook(m.text(), m.links())
                && target.firstInteractionWith(m.author()).isEmpty();
    }

    private boolean chasesOwnPitch(ChatMessage m) {
        if (m.kind() == ChannelKind.DIRECT && m.replyTo().isEmpty()) {
            return chasesOwnPitchInDirect(m);
        }
        if (m.replyTo().isEmpty() || m.replyToAuthor().isEmpty() || !m.replyToAuthor().get().equals(m.author())) {
            return false;
        }
        Seen replied = seen.get(m.replyTo().get());
        return replied != null && replied.pitched();
    }

    /**
     * A direct message that follows the sender's own pitch there, with no word from the other side in between, chases
     * that pitch ("any thoughts on my offer? two slots left" days after it went unanswered): by DM nobody
     * replies to their own message, the next message is the follow-up. It is the pitch's, owed no more answer than the
     * pitch was. Once the other side has written, the sender's next question is a turn in a conversation, and waits.
     */
    private boolean chasesOwnPitchInDirect(ChatMessage m) {
        MessageId pitch = pitchInDirect.get(m.channel());
        Seen sent = pitch == null ? null : seen.get(pitch);
        return sent != null && sent.author().equals(m.author()) && sent.pitched()
                && m.time().getEpochSecond() - sent.at() <= PITCH_CHASED.getSeconds();
    }

    /** Keeps a direct conversation's latest pitch while only its sender writes there ({@link #pitchInDirect}). */
    private void rememberPitchInDirect(ChatMessage m, boolean pitched) {
        if (pitched) {
            if (pitchInDirect.size() >= PITCHES_IN_DIRECT_KEPT) {
                // Bounded: the oldest pitches are the ones nobody will chase any more.
                long horizon = m.time().getEpochSecond() - PITCH_CHASED.getSeconds();
                pitchInDirect.values().removeIf(id -> {
                    Seen sent = seen.get(id);
                    return sent == null || sent.at() < horizon;
                });
            }
            pitchInDirect.put(m.channel(), m.id());
            return;
        }
        MessageId pitch = pitchInDirect.get(m.channel());
        Seen sent = pitch == null ? null : seen.get(pitch);
        if (sent == null || !sent.author().equals(m.author())) {
            pitchInDirect.remove(m.channel());
        }
    }

    /**
     * Whether {@code m} replies to a post its (coached) target made to the room, said to nobody and not an answer:
     * their question, their news, their work shown. Remembered only while the post is (a day).
     */
    private boolean repliesUnderOwnPost(ChatMessage m) {
        if (m.replyTo().isEmpty() || m.replyToAuthor().isEmpty() || m.replyToAuthor().get().equals(m.author())) {
            return false;
        }
        UserState poster = people.existing(m.replyToAuthor().get(), m.community());
        UserState.OwnMessage post = poster == null ? null : poster.ownMessage(m.replyTo().get());
        return post != null && post.gaveTo().length == 0 && !post.help();
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

    /** Both sides of an exchange by turns interacted now (for {@code sell.cold}: they have met). */
    private void exchangedByTurns(ChatMessage m, UserId partner) {
        UserState author = people.existing(m.author(), m.community());
        if (author != null) {
            author.interacted(pseudonyms.code(partner), m.time());
            people.changed(author);
        }
        UserState other = people.existing(partner, m.community());
        if (other != null) {
            other.interacted(pseudonyms.code(m.author()), m.time());
            people.changed(other);
        }
    }

    /** A fact about a message worked out only when needed: not yet known, true, false. */
    private static final int UNKNOWN = -1;
    private static final int NO = 0;
    private static final int YES = 1;

    /** The people a message speaks to: its reply target and the mentions that address (not those it only names). */
    private static List<UserId> spokenTo(ChatMessage m, List<UserId> addressees) {
        if (m.kind() == ChannelKind.DIRECT) {
            return addressees;
        }
        // In a small room a question without a reply link waits for the other person only when there is one other.
        if (m.addressees().isEmpty()) {
            return addressees.size() == 1 ? addressees : List.of();
        }
        List<UserId> vocative = SpokenTo.of(m.text(), m.mentions());
        if (m.replyToAuthor().isEmpty()) {
            return vocative;
        }
        UserId target = m.replyToAuthor().get();
        if (vocative.isEmpty() || vocative.size() == 1 && vocative.get(0).equals(target)) {
            return List.of(target);
        }
        List<UserId> all = new ArrayList<>(vocative.size() + 1);
        // A reply that puts its question to someone else by name ("signed up too. @Cal is there space for my
        // partner?" under Kai's "signed up") asks the one named: the question waits for them first, and the reply
        // only places it under the other's words.
        List<UserId> asked = SpokenTo.asked(m.text(), m.mentions());
        if (!asked.isEmpty() && !asked.contains(target)) {
            for (UserId a : asked) {
                if (vocative.contains(a) && !all.contains(a)) {
                    all.add(a);
                }
            }
        }
        all.add(target);
        for (UserId v : vocative) {
            if (!v.equals(target) && !all.contains(v)) {
                all.add(v);
            }
        }
        return all;
    }

    private void onEdited(ChatMessage edited, Seen before, int textHash, List<Finding> out) {
        // An edit counts where the message was counted, even if a direct conversation's community changed since.
        ChatMessage m = DirectConversations.inCommunity(edited, before.community());
        seen.put(m.id(), new Seen(before.author(), before.community(), textHash, before.enrolledAddressees(), before.at(),
                before.pitched(), before.underOwnPost(), false, ownWords(m)), weekClock.now());
        UserState author = people.state(before.author(), before.community());
        if (author == null) {
            return;
        }
        UserState.OwnMessage old = author.takeOwn(m.id());
        if (old == null) {
            return;
        }
        undo(author, m.id(), old);
        CommunityState community = community(m.community());
        List<UserId> addressees = addresseesOf(m);
        Cues cues = Cues.of(m.text(), m.links(), cuesAhead);
        boolean answer = old.help()
                || community.answersAQuestion(m, addressees, settings().helpWindow(), substantial(m, cues.features()));
        ownMessage(author, m, addressees, cues, answer, community, textHash, Optional.of(old.continuation()),
                old.drewAnswer(), null, out);
    }

    /**
     * A question answered by someone else, by a reply to it that answers (neither the asker adding details nor the
     * asked person, whose own answer counts as theirs), has its answer: the person it was put to no longer owes one
     * ("@Petra does the bakery deliver on Mondays?" answered by her co-owner).
     */
    /**
     * @param substantial whether the answer says enough to stand for the asked person's own (a few words or a link);
     *                    a short one ("moved, Thu 9am ✅") still serves a question put to someone who had said
     *                    they were away until a known return: a colleague or friend stepped in, as the absence
     *                    notice asked, and the asker has what they asked for.
     */
    private void answeredForOthers(ChatMessage m, MessageId question, boolean substantial) {
        // An answer that says it is not from the one asked ("not Fay but: ...") helps the asker from the helper's
        // own experience: what the question asked of that person is still theirs to answer.
        if (NotTheOneAsked.opens(m.text())) {
            return;
        }
        // A welcome to a newcomer ("Welcome Jo! lovely to have you here") greets them and answers nothing they asked
        // of someone else.
        if (OnlyAWelcome.is(m.text())) {
            return;
        }
        Seen asked = seen.get(question);
        // Taken back after a restart, the asker may be known by a stand-in until seen again.
        if (asked == null || pseudonyms.same(asked.author(), m.author())) {
            return;
        }
        for (UserId to : asked.enrolledAddressees()) {
            if (pseudonyms.same(to, m.author())) {
                continue;
            }
            UserState s = people.existing(to, asked.community());
            if (s == null) {
                continue;
            }
            UserState.Waiting w = s.waitingFor(question);
            if (!substantial && (w == null || !s.saidAwayBefore(w.since))) {
                continue;
            }
            s.stopWaiting(question);
            // Saved with the next save: a restart after the answer must not wait on it again.
            people.changed(s);
        }
    }

    /**
     * A question said under someone's message but to nobody by name, answered in the room and thanked for, no longer
     * waits on the person it sat under ({@link AnsweredInTheRoom}): the reading is kept there, with its memory.
     */
    private void answeredInTheRoom(ChatMessage m, List<UserId> addressees, Cues cues, boolean pitched) {
        if (m.kind() == ChannelKind.DIRECT) {
            return;
        }
        // What changes there is saved with the community: every message in a room marks it changed already.
        for (AnsweredInTheRoom.Closed c : inTheRoom.thanked(m, cues)) {
            for (UserId to : c.asked().enrolledAddressees()) {
                UserState s = people.existing(to, c.asked().community());
                if (s != null && !pseudonyms.same(to, c.by()) && s.waitingFor(c.question()) != null) {
                    s.stopWaiting(c.question());
                    people.changed(s);
                }
            }
        }
        // An answer to someone whose unnamed question waits there (a reply to any of their messages, or a word to
        // them by name, saying something), by someone else.
        // A pitch answers nothing the asker asked, and a "thanks, I'm good" to it is a polite no, not a thanks for an
        // answer: the question still waits on the person it was put to.
        if (inTheRoom.waitsIn(m.channel()) && substantial(m, cues.features()) && !cues.pitch() && !pitched) {
            inTheRoom.answered(m, addressees);
        }
    }

    private void onDeleted(MessageDeleted d) {
        Seen before = seen.remove(d.id());
        if (before == null) {
            return;
        }
        for (UserId to : before.enrolledAddressees()) {
            UserState s = people.existing(to, before.community());
            if (s != null) {
                s.stopWaiting(d.id());
                people.changed(s);
            }
        }
        UserState author = people.existing(before.author(), before.community());
        if (author == null) {
            return;
        }
        UserState.OwnMessage old = author.takeOwn(d.id());
        if (old != null) {
            undo(author, d.id(), old);
        }
    }

    private void undo(UserState s, MessageId id, UserState.OwnMessage old) {
        people.changed(s);
        WeekTally t = s.tally(old.week());
        t.ownTurnTakenBack(id);
        t.countMessage(-1, old.community(), old.addressed(), old.help(), old.question(), old.linkCount(),
                old.promotion(), old.words(), old.first(), old.second(), old.firstPlural());
        if (old.continuation()) {
            t.continued(-1);
        }
        if (talkedBack(old.addressed(), old.question(), old.acknowledgement(), old.promotion())) {
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

    private void onReaction(ReactionAdded r, List<Finding> out) {
        if (r.reactor().equals(r.messageAuthor())) {
            return;
        }
        UserState reactor = people.state(r.reactor(), r.community());
        if (reactor != null) {
            people.changed(reactor);
            WeekTally t = weekClock.openTally(reactor, r.time(), r.community(), out);
            t.reactionGiven();
            long author = pseudonyms.code(r.messageAuthor());
            t.gave(author, communities.audienceOf(r.messageAuthor(), r.community(), r.channel(), false), +1);
            // A reaction to someone's message is engaging with their work: it counts as giving.
            t.helped(author, +1);
            reactor.gave(author, r.channel(), r.time());
            // A reaction to a question put to the person answers it: a thumbs-up to "still on for Friday?" is a yes.
            UserState.Waiting w = reactor.waitingFor(r.message());
            if (w != null) {
                // Not timed: exports date a reaction at the message it is on, so its speed is unknown.
                reactor.stopWaiting(r.message());
            }
        }
        UserState author = people.state(r.messageAuthor(), r.community());
        if (author != null) {
            people.changed(author);
            weekClock.openTally(author, r.time(), r.community(), out).reactionReceived();
            author.interacted(pseudonyms.code(r.reactor()), r.time());
        }
    }

    /** Someone addressed an enrolled person: count it, and if it asks something, start waiting for the answer. */
    /**
     * @param question whether {@code m} asks the person something and waits for them
     * @param asks     whether {@code m} is a question at all (to them or to several people), or a pitch: either way it is
     *                 an interaction, not a favour done to them
     */
    private void received(UserState target, ChatMessage m, boolean question, boolean asks, List<Finding> out) {
        // A week of only receiving is still a week: it ends, and its rules (give-take above all) run.
        WeekTally t = weekClock.openTally(target, m.time(), m.community(), out);
        IsoWeek week = t.week();
        people.changed(target);
        Audience audience = communities.audienceOf(m.author(), m.community(), m.channel(), m.kind() == ChannelKind.DIRECT);
        long from = pseudonyms.code(m.author());
        // Being asked something is not being given something: a question counts as an interaction, not as a day on
        // which the person was helped (give-take); whether it gets its answer is oneway.unanswered's to watch.
        if (asks) {
            t.received(from, audience);
        } else {
            t.received(from, audience, dayOfWeek(m.time(), target.zone()));
        }
        t.mentionReceived();
        target.interacted(from, m.time());
        // A reply under the person's own post: their later words under it are said to whoever replied there.
        if (m.kind() != ChannelKind.DIRECT && m.replyTo().isPresent() && m.replyToAuthor().isPresent()
                && pseudonyms.same(m.replyToAuthor().get(), target.user)) {
            target.repliedUnder(m.replyTo().get(), m.author(), m.time());
        }
        if (question) {
            UserState.Waiting w = new UserState.Waiting(m.id(), from, askedAs(target, m, audience), m.channel(), m.time(),
                    week, m.community());
            if (m.replyTo().isPresent() && m.replyToAuthor().isPresent()
                    && pseudonyms.same(m.replyToAuthor().get(), target.user)) {
                w.under = m.replyTo().get();
            }
            // What it asks about, as hashes of its content words: the person may take it up in those words later.
            w.topic = TopicWords.of(m.text());
            target.await(w);
            inTheRoom.asked(m);
            weekClock.deadline(m.time().plus(communities.answerDeadline(m.community())), target.user, target.community, m.id());
        }
    }

    /**
     * Who a question waits on the person as: the asker's audience, or, when it is put by name to one of a business's
     * team in its own server (not by DM) by a member already seen there, its customer. A regular asking the staff at
     * the counter by name is the business's customer as much as one asking its help desk ({@link TeamQuestions#teamAwaits}),
     * role or not; only the waiting question is read so, not the week's mix of people.
     */
    private Audience askedAs(UserState target, ChatMessage m, Audience audience) {
        if (audience.existingCustomer() || audience == Audience.IGNORE || m.kind() == ChannelKind.DIRECT) {
            return audience;
        }
        CommunityState community = community(m.community());
        if (community.memberAsksTheBusiness(m) && community.team().contains(target.user)) {
            return Audience.CUSTOMER;
        }
        return audience;
    }

    /**
     * What the coach does with a person's own message: it counts it in their week, reads what the message is (help,
     * an ask for help, promotion, shared links), lets the rules look at it, counts what it gave to whom, and
     * remembers it (without its text) for later messages, edits and the week's report.
     *
     * @param wasContinuation for an edit, whether the message continued a turn; empty for a new message
     * @param drewAnswer      for an edit, whether the message, a question to the room, drew an answer before
     */
    private void ownMessage(UserState s, ChatMessage m, List<UserId> addressees, Cues cues, boolean answer,
                            CommunityState community, int textHash, Optional<Boolean> wasContinuation,
                            boolean drewAnswer, UserId byTurns, List<Finding> out) {
        TextFeatures text = cues.features();
        WeekTally t = weekClock.openTally(s, m.time(), m.community(), out);
        IsoWeek week = t.week();
        people.changed(s);
        s.lastCommunity = m.community();
        long[] addressed = othersAddressed(m, addressees);
        // A message that answers a question put to the person by turn (their next word in that channel, to nobody
        // else) is an answer like one with a reply link: the rule for "answered" and the rule for "help" agree.
        if (answerWaiting(s, m, cues, addressed, t) && !answer && substantial(m, text)) {
            answer = true;
        }
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
                || community.othersSpokeSince(m.channel(), m.author(), m.time().minus(TURN_WINDOW));
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
        List<Audience> audiences = countGiving(s, t, m, addressees, addressed, substance, acknowledgement,
                reading.facts().countedAsk());
        countGivingUnderOwnPost(s, t, m, thread, acknowledgement, reading.facts().countedAsk(), audiences);
        // A turn in a conversation by turns (they answered the person's line, the person answers theirs, no reply
        // link: CommunityState.exchangePartner) is a word given to the other as a reply is: the chat of people who talk
        // every day is the giving that makes a later favour asked of them no cold ask. Not a turn that asks or
        // promotes, which gives nothing however it is placed; counted after the rules looked, so an ask is judged on
        // what came before it.
        if (byTurns != null && !reading.facts().countedAsk() && !reading.facts().promo().engagementAsk()
                && !reading.promotion()) {
            s.gave(pseudonyms.code(byTurns), m.channel(), m.time());
        }
        if (talkedBack(counted.spokeToSomeone(), text.question() && !answer, acknowledgement, reading.promotion())) {
            t.talkedBack(+1);
        }
        s.remember(m.id(), new UserState.OwnMessage(m.time(), week, m.community(), counted.spokeToSomeone(), answer,
                text.question() && !answer, reading.counted().size(), reading.promotion(), counted.words(),
                counted.firstPerson(), counted.secondPerson(), gaveTo, audiences, textHash, substance,
                acknowledgement, counted.continuation(), counted.firstPlural(), counted.roomQuestionAnswered()));

        linkPostTalkedAbout(s, m, reading, addressed.length > 0, byTurns, community);
        s.spokeIn(m.channel(), m.time());
        // Said they are away until a known return ("off until Monday"): a question after it waits for them to be back.
        boolean away = AbsenceNotice.is(m.text());
        s.announcedAway(m.time(), away, away ? AbsenceNotice.returnDay(m.text(), m.time(), s.zone()).orElse(null) : null);
        s.sweep(m.time());
    }

    /**
     * Whether an own message talks back ({@link WeekTally#talkedBack()}): said to someone, asking nothing, more than
     * thanks or a nod, selling nothing. Worked out from what {@link UserState.OwnMessage} keeps, so an edit or a
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
        boolean helping = answer || community.answersAQuestion(m, addressees, settings().helpWindow(), true);
        // So is a post to the room in a channel for sharing one's own logs, progress or wins ("we hit our target!").
        boolean aboutOneselfByNeed = reading.introduction() || reading.seekingHelp() || helping || reading.noticeBoard()
                || reading.ownPost();
        int words = aboutOneselfByNeed ? 0 : text.words();
        int firstPerson = aboutOneselfByNeed ? 0 : text.firstPerson();
        int secondPerson = aboutOneselfByNeed ? 0 : text.secondPerson();
        int firstPlural = aboutOneselfByNeed ? 0 : text.firstPersonPlural();
        boolean broadcast = addressees.isEmpty();
        // A question to the room that drew answers was conversation (answersTheRoomQuestions); edited, it still is,
        // unless the edit made it sell or carry a link.
        boolean roomQuestionAnswered = drewAnswer && broadcast && text.question() && !answer
                && reading.counted().isEmpty() && !reading.promotion();
        boolean spokeToSomeone = !broadcast || roomQuestionAnswered;
        if (!broadcast && m.kind() != ChannelKind.DIRECT) {
            t.spokeToSomeone();
        }
        t.countMessage(+1, m.community(), spokeToSomeone, answer, text.question() && !answer, reading.counted().size(),
                reading.promotion(), words, firstPerson, secondPerson, firstPlural);
        // A line to nobody in a room for one trade's people is talk with fellows of the trade (audience.peers-only).
        if (broadcast && m.kind() != ChannelKind.DIRECT && !reading.promotion() && community.tradeRoom(m.channel())) {
            t.talkedInTradeRoom(m.id());
        }
        // A line to nobody right after one's own line in the same channel continues that turn (a thought split over
        // lines, a paste line by line): the broadcast share counts turns, not lines.
        // An edit keeps what it was (by then the person's last line in the channel is the edited one itself).
        Instant spokeBefore = s.lastSpokeIn(m.channel()).orElse(null);
        // So do the lines to the room that go on describing one's problem after asking for help there: an error typed
        // out line by line is one request, however busy the channel is meanwhile.
        boolean continuation = !spokeToSomeone && wasContinuation.orElseGet(() -> reading.noticeBoard()
                || reading.ownPost()
                || spokeBefore != null
                && (Duration.between(spokeBefore, m.time()).compareTo(CONTINUATION_WINDOW) < 0
                || reading.helpConversation() && !reading.sells()));
        if (continuation) {
            t.continued(+1);
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
        boolean support = text.question() || helping || text.secondPerson() > 0;
        boolean shift = !support && !aboutOneselfByNeed && m.kind() != ChannelKind.DIRECT && text.firstPerson() >= 2
                && !reading.sells() && !reading.promotion() && !tendsOwnPost(m)
                && (!addressees.isEmpty() || community.othersSpokeSince(m.channel(), m.author(), m.time().minus(TURN_WINDOW)));
        // Words excused only as what the room is for (one's own posts), not by need: the week's end may count them back.
        boolean licensed = reading.ownPost() && !reading.introduction() && !reading.seekingHelp() && !helping
                && !reading.noticeBoard();
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
                                         boolean acknowledgement, boolean ask, List<Audience> audiences) {
        for (UserId to : thread) {
            long p = pseudonyms.code(to);
            Audience a = communities.audienceOf(to, m.community(), m.channel(), false);
            t.gave(p, a, +1);
            if (acknowledgement) {
                t.acknowledged(p, +1);
            }
            if (!ask) {
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
                    && community.othersSpokeSince(m.channel(), m.author(), s.linkPostAt.plusNanos(1))) {
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
                                       long[] addressed, boolean substance, boolean acknowledgement, boolean ask) {
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
            // An ask is not a gift, however it is wrapped ("Congrats! Could you follow my page too?"): it does not
            // count as having given before the next ask.
            if (substance || !ask) {
                s.gave(p, m.channel(), m.time());
            }
            audiences.add(a);
        }
        return audiences;
    }

    /** Marks the questions {@code m} answers; true when it answered one. */
    private boolean answerWaiting(UserState s, ChatMessage m, Cues cues, long[] addressed, WeekTally t) {
        if (!s.anyWaiting()) {
            return false;
        }
        TextFeatures text = cues.features();
        // A thank-you answers nothing: thanking someone whose question waits leaves it waiting ("thanks!" to "which kiln
        // do you use?"). Thanks followed by the answer ("thanks! the electric one") answers it.
        if (cues.onlyThanks()) {
            return false;
        }
        // A nod ("ok thanks", "👍") in reply to another of the asker's messages (the answer they gave) acknowledges
        // that message; to the question waiting elsewhere, an "ok" says yes only when it replies to it.
        boolean ownThread = m.replyToAuthor().isPresent() && m.replyToAuthor().get().equals(m.author());
        if (m.replyTo().isPresent() && !ownThread && s.waitingFor(m.replyTo().get()) == null
                && cues.onlyANod()) {
            return false;
        }
        ChannelId direct = m.kind() == ChannelKind.DIRECT ? m.channel() : null;
        // A question of one's own put to the room (no reply, no mention) answers nobody's question by being said where
        // few people talk: "how do I stop the form reloading?" does not answer "which font would you pair?". Only
        // its timing can make it a reply, as for any word to the room.
        if (addressed.length > 0 && direct == null && m.addressees().isEmpty() && text.question()) {
            addressed = NO_ONE;
        }
        // The asked person's next message there, soon after, answers it unless it speaks to someone else.
        // A reply to one's own earlier message (the thread one started) speaks to nobody else either.
        // A question put to the room by name ("anyone else's dough splitting in this heat?") asks everyone something
        // of one's own: said in turn after a question to the person, it still answers nothing.
        boolean asksTheRoom = direct == null && m.replyTo().isEmpty() && m.addressees().isEmpty()
                && AnswerWords.asksTheRoom(m.text());
        ChannelId turn = !asksTheRoom && addressed.length == 0 && (m.replyTo().isEmpty() || ownThread) ? m.channel()
                : null;
        boolean answeredAny = false;
        // Soon after; or, later, the person's first word in that channel since the question when it opens as an answer
        // ("yes, two of them" the next morning, after being away) or speaks to someone by name without asking anything
        // ("half past eight at the back door. Thanks Mo!": said to a person, and the person waiting there is the one
        // who asked), or greets the room or says where they were and then turns to someone by name ("Morning! Mo:
        // half past eight", "Sorry, was away. Mo, it's the blue one": catching up on what waited for them). A later
        // remark of their own to the room ("has anyone tried reed diffusers?", "grey heron on the canal", "Morning
        // all!") leaves the question waiting.
        Instant turnSince = m.time().minus(TURN_WINDOW);
        if (turn != null && (AnswerWords.opens(m.text()) || !text.question()
                && (addressing.endsSpeakingToSomeone(m.text()) || addressing.turnsToSomeoneAfterOpening(m.text())))) {
            Instant spokeThere = s.lastSpokeIn(m.channel()).orElse(m.time().minus(AWAY));
            if (spokeThere.isBefore(turnSince)) {
                turnSince = spokeThere;
            }
        }
        // Away when asked: someone who had written nothing in the community for half a day before a question, nor
        // anything since, and whose first word back is in that channel, to nobody else, asking nothing and said to
        // someone ("So sorry, I was away! Happy to take your shift"), is catching up on it, however it opens. A first
        // word back about oneself ("look at the pumpkins we got"), or a remark to the room by someone who was around
        // just before the question ("two kingfishers this morning"), leaves it waiting. So does one that opens by owning
        // up to the wait ("Jo so sorry, only just back and saw this! how did it go?"): what follows is the catching up,
        // a question back about how it went included; the question was answered late, not left unanswered.
        if (turn != null && (!text.question() && text.secondPerson() > 0 || CatchUp.opens(m.text()))) {
            Instant awayFrom = s.lastOwnMessage == null ? Instant.EPOCH : s.lastOwnMessage.plus(AWAY_WHEN_ASKED);
            if (awayFrom.isBefore(turnSince)) {
                turnSince = awayFrom;
            }
        }
        // A reply under one's own post, saying something rather than asking, answers the thread: the questions other
        // people put under that post (a critic's "does the ending land?" under a shared draft) are taken up by it,
        // however long after, as a reply to each would. Only questions that replied to that very post: a question
        // elsewhere, or under someone else's post, still waits.
        List<UserState.Waiting> taken = List.of();
        if (ownThread && !text.question() && !asksTheRoom) {
            taken = s.answeredUnder(m.replyTo().get());
        }
        for (UserState.Waiting w : taken) {
            t.responded(Duration.between(w.since, m.time()).getSeconds());
            t.mentionAnswered();
            answeredAny = true;
        }
        for (UserState.Waiting w : s.answeredBy(m.replyTo(), addressed, direct, turn, turnSince)) {
            // Both the answer and its speed count in the week of the answer, so a week's numbers agree.
            t.responded(Duration.between(w.since, m.time()).getSeconds());
            t.mentionAnswered();
            answeredAny = true;
        }
        // A later word of theirs in that channel that takes up what the question asked about, in its own words, saying
        // rather than asking, answers it however long after and to whomever it is said: a favour done and reported
        // ("could you pin the club rota?", the next day "rota's pinned for the club"), told to the one it was for as
        // often as to the asker. Time or turn cannot tell it; the shared subject does. A question back on the same
        // subject ("which rota, the club one?") asks, and leaves it waiting.
        if (!text.question() && !asksTheRoom) {
            for (UserState.Waiting w : s.answeredByTopic(m.channel(), m.text())) {
                t.responded(Duration.between(w.since, m.time()).getSeconds());
                t.mentionAnswered();
                answeredAny = true;
            }
        }
        return answeredAny;
    }

    /** An answer says something: a link, or a few words that are not a question back. */
    /** A DM, a mention or a "you": said to someone, whatever room it is in and whoever spoke before it. */
    private static boolean speaksToSomeone(ChatMessage m, TextFeatures text) {
        return m.kind() == ChannelKind.DIRECT || !m.addressees().isEmpty() || text.secondPerson() > 0;
    }

    private static boolean substantial(ChatMessage m, TextFeatures text) {
        return !m.links().isEmpty() || text.words() >= 6 && !text.question();
    }

    /** The people a message is aimed at: reply target and mentions, or the other side of a direct conversation. */
    private List<UserId> addresseesOf(ChatMessage m) {
        if (m.kind() != ChannelKind.DIRECT) {
            return m.addressees();
        }
        Set<UserId> participants = direct.participants(m);
        List<UserId> result = new ArrayList<>(m.addressees());
        for (UserId p : participants) {
            if (!p.equals(m.author()) && !result.contains(p)) {
                result.add(p);
            }
        }
        return result;
    }

    // --- saving, enrollment and settings -------------------------------------------------------------------------

    /** The people and communities whose state changed since the last call (for periodic saving); the set is emptied. */
    public Set<PersonInCommunity> drainChanged() {
        return people.drainChanged();
    }

    /** Forgets a cached "not enrolled" answer, after someone opts in, or all state of someone who opted out. */
    public void enrollmentChanged(UserId user) {
        people.enrollmentChanged(user);
        Optional<ZoneId> zone = enrollment.zoneOf(user);
        if (zone.isEmpty()) {
            people.remove(user);
            weekClock.forget(user);
            return;
        }
        // Stopped in one community but coached in another: that community's state leaves memory (what was stored
        // stays until forget) and nothing more is counted there.
        List<UserState> states = new ArrayList<>(people.statesOf(user));
        if (!states.isEmpty()) {
            for (UserState s : List.copyOf(states)) {
                if (enrollment.coachedIn(user, s.community)) {
                    continue;
                }
                CommunityId c = s.community;
                states.remove(s);
                weekClock.forget(user, c);
            }
            people.keep(user, states);
        }
        for (UserState s : people.statesOf(user)) {
            if (s.zone().equals(zone.get())) {
                continue;
            }
            // A new zone counts from now on: finished weeks stay as they were, the open week ends in the new zone.
            s.zone(zone.get());
            if (s.openWeek != null) {
                weekClock.weekEnd(s.openWeek.end(s.zone()), s.user, s.community, s.openWeek);
            }
            people.changed(s);
        }
    }

    // --- kept across restarts (see SnapshotKeeper) ----------------------------------------------------------------

    /** Everything kept about a coached person in one community, to store it; empty when there is nothing. */
    public Optional<UserSnapshot> snapshot(UserId user, CommunityId community) {
        return keeper.snapshot(user, community);
    }

    /** Everything kept about a coached person, one snapshot per community, in community order. */
    public List<UserSnapshot> snapshots(UserId user) {
        return keeper.snapshots(user);
    }

    /**
     * Takes a stored person-in-community back, replacing what the engine had for that community: after a restart,
     * before events flow. Their open week and unanswered questions get their deadlines again.
     */
    public void restore(UserSnapshot snapshot) {
        keeper.restore(snapshot);
    }

    /** What the engine knows about a community as a whole, to store it; empty for a community it never saw. */
    public Optional<CommunitySnapshot> communitySnapshot(CommunityId community) {
        return keeper.communitySnapshot(community);
    }

    /**
     * Takes a stored community back: after a restart, before events flow, before or after its people's own
     * snapshots. Everyone in it is known by pseudonym only until an event names them.
     */
    public void restoreCommunity(CommunitySnapshot snapshot) {
        keeper.restoreCommunity(snapshot);
    }

    /**
     * Lets go of what every community's picture holds about {@code user} (see {@link CommunityState#forget}): after
     * storage forgot them, so that the next save does not write their pseudonym back.
     */
    public void forgetInCommunities(UserId user) {
        keeper.forgetInCommunities(user);
    }

    /**
     * As {@link #forgetInCommunities(UserId)} for people known here by pseudonym only (forgotten through another
     * process, whose word names nobody): whoever in a community's picture has a pseudonym {@code forgotten} accepts
     * leaves it. Returns how many places they left.
     */
    public int forgetInCommunities(java.util.function.Predicate<String> forgotten) {
        return keeper.forgetInCommunities(forgotten);
    }

    /** The communities whose state may have changed since the last call (for periodic saving). */
    public Set<CommunityId> drainChangedCommunities() {
        return communities.drainChangedCommunities();
    }

    /**
     * Replaces the rule and community settings (an admin changed a threshold, an audience role, a promotion channel):
     * they apply from the next event on; nothing already counted is recounted.
     */
    public void updateSettings(CoachSettings newSettings) {
        communities.updateSettings(newSettings);
    }

    private CommunityState community(CommunityId id) {
        return communities.community(id);
    }

    // --- reading -----------------------------------------------------------------------------------------------

    /**
     * Per community, the roles seen on people that stood for an audience, and whether an admin configured them or
     * they were recognised by a default role name (Customer, Patron, Staff...).
     */
    public Map<CommunityId, Map<String, CommunitySettings.RoleAudience>> recognisedRoles() {
        return communities.recognisedRoles();
    }

    /** Whether the engine keeps state about {@code user} now (they are coached); a cheap map lookup. */
    public boolean coaches(UserId user) {
        return people.coaches(user);
    }

    /** Everyone the engine coached so far, in id order. */
    public List<UserId> coachedUsers() {
        return people.coachedUsers();
    }

    /** The communities the engine keeps state for {@code user} in, in id order. */
    public List<CommunityId> communitiesOf(UserId user) {
        List<CommunityId> list = new ArrayList<>();
        for (UserState s : people.statesOf(user)) {
            list.add(s.community);
        }
        Collections.sort(list);
        return list;
    }

    /** The weeks with activity for {@code user} in any community, oldest first. */
    public List<IsoWeek> weeksOf(UserId user) {
        java.util.TreeSet<IsoWeek> weeks = new java.util.TreeSet<>();
        for (UserState s : people.statesOf(user)) {
            weeks.addAll(s.weeks.weeks());
        }
        return List.copyOf(weeks);
    }

    /**
     * The report of one person's week over all their communities (numbers added up, findings weighed together),
     * with the previous week for comparison; empty when nothing is known.
     */
    public Optional<WeeklyReport> report(UserId user, IsoWeek week) {
        List<WeekTally> now = new ArrayList<>(1);
        List<WeekTally> before = new ArrayList<>(1);
        for (UserState s : people.statesOf(user)) {
            WeekTally t = s.weeks.get(week);
            if (t != null) {
                now.add(t);
            }
            WeekTally p = s.weeks.get(week.previous());
            if (p != null) {
                before.add(p);
            }
        }
        if (now.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(WeeklyReport.of(user, WeeklyReports.combine(week, now),
                before.isEmpty() ? null : WeeklyReports.combine(week.previous(), before)));
    }

    /** The report of one person's week in one community; empty when nothing is known. */
    public Optional<WeeklyReport> report(UserId user, CommunityId community, IsoWeek week) {
        UserState s = people.existing(user, community);
        if (s == null) {
            return Optional.empty();
        }
        WeekTally t = s.weeks.get(week);
        if (t == null) {
            return Optional.empty();
        }
        return Optional.of(WeeklyReport.of(user, t, s.weeks.get(week.previous())));
    }

    /**
     * How many messages {@code user} wrote, over every week and community the engine keeps: what the message counts of
     * their weekly reports add up to, without making the reports (a replay ranks everyone by it).
     */
    public int messagesOf(UserId user) {
        int messages = 0;
        for (UserState s : people.statesOf(user)) {
            for (WeekTally t : s.weeks.values()) {
                messages += t.messages();
            }
        }
        return messages;
    }

    /** Every finding of the person, all weeks and communities, in time order. */
    public List<Finding> findingsOf(UserId user) {
        List<Finding> all = new ArrayList<>();
        for (UserState s : people.statesOf(user)) {
            for (WeekTally t : s.weeks.values()) {
                all.addAll(t.findings());
            }
        }
        if (people.statesOf(user).size() > 1) {
            all.sort(java.util.Comparator.comparing(Finding::at));
        }
        return all;
    }

    public Collection<Rule> rules() {
        return ruleRunner.rules();
    }

    public CoachSettings settings() {
        return communities.settings();
    }
}
