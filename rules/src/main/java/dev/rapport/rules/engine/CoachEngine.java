package dev.rapport.rules.engine;

import dev.rapport.rules.addressing.AddressingInference;
import dev.rapport.rules.addressing.AnswerWords;
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
import dev.rapport.rules.model.RecordEnds;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.norms.RoomNorms;
import dev.rapport.rules.norms.RoomPost;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.UserHistory;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeekTally;
import dev.rapport.rules.stats.WeeklyReport;
import dev.rapport.rules.text.AnsweringHours;
import dev.rapport.rules.text.EchoQuestion;
import dev.rapport.rules.text.NotTheOneAsked;
import dev.rapport.rules.text.OfferRequest;
import dev.rapport.rules.text.OnlyAWelcome;
import dev.rapport.rules.text.Pitch;
import dev.rapport.rules.text.ReactionMeaning;
import dev.rapport.rules.text.ReminderAsked;
import dev.rapport.rules.text.TeamChannel;
import dev.rapport.rules.text.TextFeatures;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
 * business's team), {@link Recipients} (what a message counts for the coached people it speaks to, and whether it
 * waits for their answer), {@link OwnMessageCounter} (what a person's own message counts for them, and which waiting
 * questions it answers, through {@link QuestionsAnswered}) and {@link SnapshotKeeper} (what survives a restart).
 *
 * <p>Not thread-safe: one engine is fed by one thread (the bot funnels events through a single executor).
 */
public final class CoachEngine {

    /**
     * How soon a message by the asked person, in the same channel, answers the question without a reply link: people
     * often just answer in the next message (the turn-taking that reply inference on IRC relies on as well).
     */
    static final Duration TURN_WINDOW = Duration.ofMinutes(60);
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
    /** Turns this close (one person, another, the first again) are an exchange between the two, reply links or not. */
    private static final Duration EXCHANGE_GAP = Duration.ofMinutes(30);
    /** A help conversation goes on while its turns keep coming: an hour's pause ends it. */
    private static final Duration HELPING_PAUSE = Duration.ofHours(1);
    /** The lines of one answer come this close after it: a helper looking up the next reference takes minutes. */
    private static final Duration ANSWER_IN_LINES = Duration.ofMinutes(20);
    /** In a small room a line answers the other's last line within this long; after it, the room has gone quiet. */
    private static final Duration SMALL_ROOM_TURN = Duration.ofHours(12);
    /**
     * A question asked this close before the record of its channel stops is not known to be unanswered: it opened a
     * turn for the one asked, and an exchange's next turn may come as long as {@link #EXCHANGE_GAP} after the last, so
     * their answer could fall just after the record's end, where nobody can see it.
     */
    static final Duration UNSEEN_BEFORE_RECORD_END = EXCHANGE_GAP;

    private final Enrollment enrollment;
    private final PromoDetector promoDetector;
    /** Text cues worked out ahead (replay's reading thread); null: each worked out here when asked. */
    private final CuesAhead cuesAhead;
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
    /** Questions put to someone by name that another member may take up at once. */
    private final TakenUpByAnother takenUp = new TakenUpByAnother();
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
    /** What a coached person's own message counts for them, and taking it back. */
    private final OwnMessageCounter counter;
    /** What a message counts for the coached people it speaks to, and what waits for their answer. */
    private final Recipients recipients;
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
        this.direct = new DirectConversations(communities.byId(), this.pseudonyms);
        this.inTheRoom = new AnsweredInTheRoom(seen, this.pseudonyms, communities::answerDeadline, AWAY);
        this.counter = new OwnMessageCounter(people, communities, weekClock, ruleRunner,
                new OwnMessageReader(this.promoDetector, purposes, seen, norms, this.pseudonyms),
                new QuestionsAnswered(new AddressingInference()), purposes, seen, norms, this.pseudonyms);
        this.recipients = new Recipients(people, communities, weekClock, inTheRoom, purposes, seen,
                this.promoDetector, this.pseudonyms);
        this.team = new TeamQuestions(people, communities, weekClock, this.pseudonyms);
        this.keeper = new SnapshotKeeper(people, communities, weekClock, this.pseudonyms, ids, topicKey, norms, seen,
                direct, inTheRoom, team.open(), recipients);
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
        } else if (event instanceof RecordEnds end) {
            // A DM export's end names the DM's own "guild"; its questions wait where its messages were counted.
            onRecordEnds(direct.place(end));
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
        // A line to the room right after someone's request to it for a recommendation or a provider, nobody speaking
        // between, pointing somewhere (a link: the thing recommended, where it is had), is said to its asker: the room
        // was asked, and this is its answer. Not a question back, nor a request of one's own ("commissions open, DM me
        // for a quote" after another's asks the room in its turn), nor a line with nothing to point to ("can't wait
        // for Saturday!" after a request for a lift goes on with one's own talk).
        UserId requester = m.links().isEmpty() || cues.features().question() || cues.offerRequest() ? null
                : community.offerRequestJustBefore(m);
        if (requester != null) {
            addressees = List.of(requester);
        }
        boolean answer = answersAQuestion(m, addressees, community, cues);
        boolean help = answer && !repliesToSomethingElse(m, community);
        // Talking by turns with someone (they answered the person's line, and the person answers theirs), with no
        // reply link: an exchange all the same, the first of a relationship as much as a reply is.
        UserId byTurns = addressees.isEmpty() && m.kind() != ChannelKind.DIRECT && m.replyTo().isEmpty()
                ? community.rooms().exchangePartner(m.channel(), m.author(), m.time(), EXCHANGE_GAP) : null;
        // A request to be reminded said to nobody, right after someone's post in the room, is asked of them (read
        // before this message becomes the room's last word). Everyone's messages come here: the room's last word, a
        // look-up, is asked first, and the words only of a line that follows someone else's within the hour.
        UserId lastWord = m.kind() != ChannelKind.DIRECT && m.replyTo().isEmpty() && addressees.isEmpty()
                ? community.rooms().lastWordToTheRoom(m.channel(), m.author(), m.time().minus(Recipients.UNDER_A_POST))
                : null;
        UserId remindedPoster = lastWord != null && ReminderAsked.is(m.text()) ? lastWord : null;
        SaidTo said = observe(m, addressees, community, cues, answer);
        learnersChanged(community, m.community());
        Recipients.Received received = recipients.receivedByThoseSpokenTo(m, said.others(), cues, answer, help, out);
        if (remindedPoster != null) {
            recipients.reminderAskedOfTheLastPoster(remindedPoster, m);
        }
        team.teamServed(m, addressees, answer);
        List<UserId> waitedOn = addressees.isEmpty() ? team.teamAwaits(m, cues, answer, community, received.enrolled())
                : received.enrolled();
        timedByStatedHours(m, waitedOn, community);
        seen.put(m.id(), new Seen(m.author(), m.community(), textHash, waitedOn, m.time().getEpochSecond(),
                received.pitched(), repliesUnderOwnPost(m), false, ownWords(m, cues)), weekClock.now());
        if (m.kind() == ChannelKind.DIRECT) {
            recipients.rememberPitchInDirect(m, received.pitched());
        }
        // A question put to someone by name that another took up at once, the asker going on with them, or answered
        // within the half hour and acknowledged by the asker, no longer waits on the one named (TakenUpByAnother); one
        // following up the named one's own help needs the asker's thanks.
        // Whether it thanks matters only where such a question is pending: read there only, off the hot path.
        List<UserId> mayBeTakenUp = cues.features().question() ? received.enrolled() : List.of();
        boolean thanks = !addressees.isEmpty() && takenUp.pending(m.channel())
                && cues.thanks();
        // An answer of the writer's own: some words, no question, no pitch, not one saying it is not from the one asked.
        boolean ownAnswer = takenUp.pending(m.channel()) && substantial(m, cues.features()) && !cues.pitch()
                && !received.pitched() && !NotTheOneAsked.opens(m.text()) && !NotTheOneAsked.leavesItToThem(m.text());
        for (TakenUpByAnother.Settled s : takenUp.observe(m, addressees, mayBeTakenUp,
                followsUpHelp(m, mayBeTakenUp, community), thanks, cues.features().question(), ownAnswer)) {
            for (UserId named : s.named()) {
                UserState st = people.existing(named, m.community());
                if (st != null && st.questions.waitingFor(s.question()) != null) {
                    st.questions.stopWaiting(s.question());
                    people.changed(st);
                }
            }
        }
        // So does a yes or a short answer ("I do, bring it round") by someone else to a question that came inside
        // an answer, which the community does not count as a question of its own: "Mo runs one, don't you Mo?" under
        // the person's request puts its question to Mo, and Mo's "I do" answers it.
        if ((answer || AnswerWords.opensYesOrNo(m.text())) && m.replyTo().isPresent()) {
            answeredForOthers(m, m.replyTo().get(), substantial(m, cues.features()));
        }
        answeredInTheRoom(m, addressees, cues, received.pitched());
        if (byTurns != null) {
            exchangedByTurns(m, byTurns);
        }
        authorsOwn(m, said, cues, help, community, textHash, byTurns, out);
    }

    /**
     * A question put to the business's team in a room whose topic or name says when answers come ("our staff reply
     * weekdays, 8.30 to 6", {@link AnsweringHours}) waits on its team members in those hours only: asked while closed,
     * its wait starts at the next opening, and the days the business does not answer on do not count. The business
     * told its customers so; a closed weekend is no answer withheld. Timed as a question that came during an announced
     * absence is (WeekClock: extra time until {@code graceEnds}, the opening standing for the named return), so the
     * deadline it was given already finds it not yet owed, and a restart keeps the extra time.
     */
    private void timedByStatedHours(ChatMessage m, List<UserId> waitedOn, CommunityState community) {
        if (waitedOn.isEmpty() || m.kind() == ChannelKind.DIRECT) {
            return;
        }
        List<UserId> team = community.team();
        if (Collections.disjoint(waitedOn, team)) {
            // Most questions wait on no one of a team: the room's topic is read only for those that do.
            return;
        }
        Optional<AnsweringHours> hours = AnsweringHours.of(m.channelInfo());
        if (hours.isEmpty()) {
            return;
        }
        Duration deadline = communities.answerDeadline(m.community());
        for (UserId u : waitedOn) {
            UserState s = people.existing(u, m.community());
            WaitingQuestion w = s == null || !team.contains(u) ? null : s.questions.waitingFor(m.id());
            if (w == null || w.graceEnds != null) {
                continue;
            }
            Instant due = hours.get().due(m.time(), deadline, s.zone());
            if (due.isAfter(m.time().plus(deadline))) {
                w.back = m.time();
                w.graceEnds = due;
                weekClock.deadline(due, s.user, s.community, w.message);
                people.changed(s);
            }
        }
    }

    /** Whether {@code m}, a question, names someone who helped its author in that channel within the hour. */
    private static boolean followsUpHelp(ChatMessage m, List<UserId> waitedOn, CommunityState community) {
        for (UserId w : waitedOn) {
            if (m.mentions().contains(w) && community.helpingNow(w, m.author(), m.channel(), m.time(), HELPING_PAUSE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whom a message is said to.
     *
     * @param others    the people it speaks to, as those people and the community count it
     * @param forAuthor the people it speaks to, as its author's own week counts it
     * @param tookUp    said to nobody, it answers someone's question to the room just before it: conversation in its
     *                  author's week, though said to nobody by name (only the share spoken to nobody reads it)
     */
    private record SaidTo(List<UserId> others, List<UserId> forAuthor, boolean tookUp) {
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
            // Only a request put to the room: a price asked of one person by reply ("what would that cost?" under
            // their answer) asks them, and is answered by them there; someone who never spoke in that room sending
            // terms of their own privately answers nothing that was asked of them.
            if (other == home || !other.lastQuestionToTheRoom(addressees)
                    || !other.answersAQuestion(m, addressees, settings().helpWindow(), substantial)) {
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
            List<UserId> others = community.rooms().smallRoomOthers(m.channel(), m.author(), m.time());
            boolean live = !others.isEmpty()
                    && (community.rooms().othersSpokeSince(m.channel(), m.author(), m.time().minus(TURN_WINDOW))
                    || community.rooms().takesATurn(m.channel(), m.author(), m.time().minus(SMALL_ROOM_TURN)))
                    && (question || !ownLinkAgainBesideOthersTalk(m, community));
            // In a room of any size, the next line after someone's question to the room, soon, that opens as its
            // answer ("pretty sure it went up in spring", "me, count me in") takes it up, reply link or not: the
            // asker's question drew an answer, and the answerer's line was conversation. Only for whether each of
            // them spoke to nobody: whom the line waits on or helps is read from its reply link and names as before.
            // Not a pitch or a link.
            UserId takenUp = others.isEmpty() && !question && m.links().isEmpty() && !cues.pitch()
                    && !cues.onlyThanks() ? community.roomQuestionTakenUp(m) : null;
            answersTheRoomQuestions(m, takenUp != null ? List.of(takenUp) : others, community, cues);
            community.observe(m, addressees, cues, question, answer);
            if (!question && !answer && m.kind() != ChannelKind.DIRECT && cues.helpRequest()) {
                community.problemTold(m.id(), m.time());
            }
            // At a desk the team answers ("questions here: the team will reply"), a customer's question to the room is
            // put to the team (TeamQuestions), not to another customer who happened to be the only one to speak there
            // lately: a small room's others hear it only when they are of the team.
            List<UserId> toward = question && !others.isEmpty() && TeamChannel.answeredByTeam(m.channelInfo())
                    ? ofTheTeam(others, community, m.author()) : others;
            return new SaidTo(toward, live ? others : List.of(), !live && takenUp != null);
        }
        answersTheRoomQuestions(m, addressees, community, cues);
        community.observe(m, addressees, cues, question, answer);
        return new SaidTo(addressees, addressees, false);
    }

    /**
     * Whether {@code m}, said to nobody in a small room right after the others' words to each other (the last line
     * there replied to or named someone else, not its author), brings back a link its author already posted in that
     * room: the same page posted again is the author's own notice put up once more, beside the others' exchange, not
     * a turn in it; their talk within the hour makes it no conversation. A line that asks, or one with no link or a
     * new one, is read as before: chiming in ("congrats, both!") or pointing somewhere new joins what is going on.
     */
    private boolean ownLinkAgainBesideOthersTalk(ChatMessage m, CommunityState community) {
        if (m.links().isEmpty() || !community.rooms().othersTalkingAmongThemselves(m.channel(), m.author())) {
            return false;
        }
        UserState s = people.existing(m.author(), m.community());
        if (s == null) {
            return false;
        }
        for (Link link : m.links()) {
            for (UserHistory.LinkPost p : s.postsOf(link.fingerprint())) {
                if (p.channel().equals(m.channel()) && p.time().isBefore(m.time())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Those of {@code others} on the community's team, or all of them when {@code author} is on it. */
    private static List<UserId> ofTheTeam(List<UserId> others, CommunityState community, UserId author) {
        List<UserId> team = community.team();
        if (team.contains(author)) {
            return others;
        }
        List<UserId> kept = new ArrayList<>(others.size());
        for (UserId o : others) {
            if (team.contains(o)) {
                kept.add(o);
            }
        }
        return kept;
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

    /**
     * The hashes of the words of a coached person's message ({@link EchoQuestion#words}), kept with it for a week so
     * that a reply echoing them back is known; null for everyone else's, which nobody coached is asked about by echo.
     */
    private int[] ownWords(ChatMessage m, Cues cues) {
        // state(), not existing(): a coached person's first message here is about to begin their state anyway.
        return people.state(m.author(), m.community()) != null ? cues.echoWords() : null;
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
            // Answered in a room someone's request for an offer (where to buy a thing, who sells it, what it costs): they
            // asked to be sold to, so terms sent to them in the days after take up their request (sell.cold).
            if (help && m.kind() != ChannelKind.DIRECT) {
                for (UserId asker : said.others()) {
                    if (community.askedForAnOffer(m, List.of(asker))) {
                        author.answeredOfferRequest(asker, m.time());
                    }
                }
            }
            counter.ownMessage(author, m, said.forAuthor(), cues, help, community, textHash, Optional.empty(),
                    said.tookUp(), byTurns, out);
            // Active while a request they could have answered stood open in the community: noted for give-take.
            if (m.kind() != ChannelKind.DIRECT) {
                community.notePassedOver(m.author(), m.time(), TURN_WINDOW);
            }
        }
    }

    /**
     * Someone answered a question a coached person put to the room ("anybody switched to the new lenses?"): by a reply
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
        OwnMessage old = s.ownMessage(id);
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
            t.licenceTakenBack(id);
        }
        s.drewAnswer(id);
    }

    /**
     * Whether {@code m} replies to a post its (coached) target made to the room, said to nobody and not an answer:
     * their question, their news, their work shown. Remembered only while the post is (a day).
     */
    private boolean repliesUnderOwnPost(ChatMessage m) {
        if (m.replyTo().isEmpty() || m.replyToAuthor().isEmpty() || m.replyToAuthor().get().equals(m.author())) {
            return false;
        }
        return recipients.postToTheRoom(m.replyTo().get(), m.replyToAuthor().get(), m.community());
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


    private void onEdited(ChatMessage edited, Seen before, int textHash, List<Finding> out) {
        // An edit counts where the message was counted, even if a direct conversation's community changed since.
        ChatMessage m = DirectConversations.inCommunity(edited, before.community());
        Cues cues = Cues.of(m.text(), m.links(), cuesAhead);
        seen.put(m.id(), new Seen(before.author(), before.community(), textHash, before.enrolledAddressees(), before.at(),
                before.pitched(), before.underOwnPost(), false, ownWords(m, cues)), weekClock.now());
        UserState author = people.state(before.author(), before.community());
        if (author == null) {
            return;
        }
        OwnMessage old = author.takeOwn(m.id());
        if (old == null) {
            return;
        }
        counter.undo(author, m.id(), old);
        CommunityState community = community(m.community());
        List<UserId> addressees = addresseesOf(m);
        boolean answer = old.help()
                || community.answersAQuestion(m, addressees, settings().helpWindow(), substantial(m, cues.features()));
        counter.ownMessage(author, m, addressees, cues, answer, community, textHash, Optional.of(old.continuation()),
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
        // own experience: what the question asked of that person is still theirs to answer. So does a guess that
        // leaves the final word to them ("I don't think Fay fires on Sundays but she'll confirm").
        if (NotTheOneAsked.opens(m.text()) || NotTheOneAsked.leavesItToThem(m.text())) {
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
            WaitingQuestion w = s.questions.waitingFor(question);
            if (!substantial && (w == null || !s.saidAwayBefore(w.since))) {
                continue;
            }
            s.questions.stopWaiting(question);
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
                if (s != null && !pseudonyms.same(to, c.by()) && s.questions.waitingFor(c.question()) != null) {
                    s.questions.stopWaiting(c.question());
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
                s.questions.stopWaiting(d.id());
                people.changed(s);
            }
        }
        UserState author = people.existing(before.author(), before.community());
        if (author == null) {
            return;
        }
        OwnMessage old = author.takeOwn(d.id());
        if (old != null) {
            counter.undo(author, d.id(), old);
        }
    }

    /**
     * The record of a channel stops (a log file or an export ends; the live coach never sees this). A record that stops
     * is not silence: the questions asked there just before it ({@link #UNSEEN_BEFORE_RECORD_END}) and still waiting are
     * let go, untold, as nobody can tell whether they were answered after it. Questions asked earlier were seen waiting
     * through the time an answer takes, and go on waiting.
     */
    private void onRecordEnds(RecordEnds end) {
        Instant from = end.time().minus(UNSEEN_BEFORE_RECORD_END);
        for (UserState first : people.firsts()) {
            for (UserState s = first; s != null; s = s.next) {
                if (!s.community.equals(end.community()) || !s.questions.any()) {
                    continue;
                }
                boolean changed = false;
                for (WaitingQuestion w : s.questions.all()) {
                    if (w.channel.equals(end.channel()) && !w.since.isBefore(from) && !w.reported) {
                        s.questions.stopWaiting(w.message);
                        changed = true;
                    }
                }
                if (changed) {
                    people.changed(s);
                }
            }
        }
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
            // Not one that only says it was seen or is being thought about (👀, 🤔): the question still waits. Nor one
            // put on a question only words answer ("when's it coming down?"): a thumbs-up gives no date.
            WaitingQuestion w = reactor.questions.waitingFor(r.message());
            if (w != null && !w.wordsWanted && ReactionMeaning.answers(r.emoji())) {
                // Not timed: exports date a reaction at the message it is on, so its speed is unknown.
                reactor.questions.stopWaiting(r.message());
            }
        }
        UserState author = people.state(r.messageAuthor(), r.community());
        if (author != null) {
            people.changed(author);
            weekClock.openTally(author, r.time(), r.community(), out).reactionReceived();
            author.interacted(pseudonyms.code(r.reactor()), r.time());
        }
    }

    /** A DM, a mention or a "you": said to someone, whatever room it is in and whoever spoke before it. */
    static boolean speaksToSomeone(ChatMessage m, TextFeatures text) {
        return m.kind() == ChannelKind.DIRECT || !m.addressees().isEmpty() || text.secondPerson() > 0;
    }

    /** An answer says something: a link, or a few words that are not a question back. */
    static boolean substantial(ChatMessage m, TextFeatures text) {
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

    /** Whether a pitch sent in the direct conversation {@code channel} is remembered (what a forget lets go of). */
    boolean remembersPitchIn(ChannelId channel) {
        return recipients.remembersPitchIn(channel);
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
