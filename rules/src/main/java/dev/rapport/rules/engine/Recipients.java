package dev.rapport.rules.engine;

import dev.rapport.rules.audience.AdvocatesRule;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.audience.BoughtBefore;
import dev.rapport.rules.engine.SeenMessages.Seen;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.rule.UserHistory;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeekTally;
import dev.rapport.rules.text.Acknowledgement;
import dev.rapport.rules.text.AllowedHere;
import dev.rapport.rules.text.CritiqueQuestion;
import dev.rapport.rules.text.EchoQuestion;
import dev.rapport.rules.text.Exclamation;
import dev.rapport.rules.text.FavourAsk;
import dev.rapport.rules.text.NoAnswerAwaited;
import dev.rapport.rules.text.OnlyAWelcome;
import dev.rapport.rules.text.Pitch;
import dev.rapport.rules.text.PostsPromised;
import dev.rapport.rules.text.ProblemSolved;
import dev.rapport.rules.text.ReactionMeaning;
import dev.rapport.rules.text.ReminderAsked;
import dev.rapport.rules.text.Retort;
import dev.rapport.rules.text.SignedUp;
import dev.rapport.rules.text.SpokenTo;
import dev.rapport.rules.text.TextFeatures;
import dev.rapport.rules.text.TopicWords;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.rapport.rules.engine.CoachEngine.TURN_WINDOW;
import static dev.rapport.rules.engine.CoachEngine.dayOfWeek;
import static dev.rapport.rules.engine.CoachEngine.speaksToSomeone;

/**
 * What a message counts for the coached people it speaks to (its reply target, the people it addresses by name, the
 * other side of a direct conversation): a word, help or thanks received, and whether it asks them something that waits
 * for their answer, or only pushes something at them (a pitch, a favour asked, the sender chasing their own pitch) that
 * is owed none. Reads the message's text cues, the channel's purpose, the promotion detector, what is remembered of the
 * message it replies to, each direct conversation's latest unanswered pitch, and the people's states; separate because
 * it is the receiving side of a message, one person at a time, while the engine decides what the message means for
 * the community and {@link OwnMessageCounter} what it counts for its author.
 */
final class Recipients {

    /** How long after a pitch by direct message its sender's follow-up there still chases it: a week. */
    private static final Duration PITCH_CHASED = Duration.ofDays(7);
    /** Direct conversations whose latest pitch is remembered at most, before those a week old are let go. */
    private static final int PITCHES_IN_DIRECT_KEPT = 10_000;
    /** A fact about a message worked out only when needed: not yet known, true, false. */
    private static final int UNKNOWN = -1;
    private static final int NO = 0;
    private static final int YES = 1;

    /**
     * Per direct conversation, its latest pitch (its message id) while nobody but its sender wrote there since: the
     * sender's next word in that conversation chases it. Ids only, kept in the community's snapshot (version 12) with
     * the pitch itself among its messages, so a chase after a restart is the pitch's as without one; an entry goes
     * when the other side writes, or is let go a week on ({@link #PITCH_CHASED}).
     */
    private final Map<ChannelId, MessageId> pitchInDirect = new HashMap<>();
    private final CoachedPeople people;
    private final Communities communities;
    private final WeekClock weekClock;
    private final AnsweredInTheRoom inTheRoom;
    private final ChannelPurposes purposes;
    private final SeenMessages seen;
    private final PromoDetector promoDetector;
    private final PseudonymCache pseudonyms;

    Recipients(CoachedPeople people, Communities communities, WeekClock weekClock, AnsweredInTheRoom inTheRoom,
               ChannelPurposes purposes, SeenMessages seen, PromoDetector promoDetector, PseudonymCache pseudonyms) {
        this.people = people;
        this.communities = communities;
        this.weekClock = weekClock;
        this.inTheRoom = inTheRoom;
        this.purposes = purposes;
        this.seen = seen;
        this.promoDetector = promoDetector;
        this.pseudonyms = pseudonyms;
    }

    /**
     * What the people a message spoke to made of it.
     *
     * @param enrolled the coached people it spoke to (a question waits for them)
     * @param pitched  whether it pushed something at them, unasked
     */
    record Received(List<UserId> enrolled, boolean pitched) {
    }

    /** Counts the message for each coached person it speaks to, and starts waiting where it asks them something. */
    Received receivedByThoseSpokenTo(ChatMessage m, List<UserId> addressees, Cues cues, boolean answer,
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
        settledByItsAsker(m, text);
        for (UserId to : underOwnReply(m, spokenTo(m, addressees))) {
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
            // A name alone with a question mark ("Sam?") calls them; it asks nothing yet (NoAnswerAwaited.onlyCalls).
            // A suggestion offered tentatively in answer to their own question ("maybe cut it down? it lands faster"
            // to "thoughts?") is the answer they asked for, not a question back (Exclamation.isInAnswer).
            boolean asked = text.question() && first
                    && !(answer ? Exclamation.isInAnswer(m.text()) : Exclamation.is(m.text()))
                    && !NoAnswerAwaited.is(m.text())
                    // A "since when ...?" that argues, settled by the speaker's own statement after it, is a retort.
                    && !Retort.is(m.text())
                    // A reminder asked for at a time to come ("remind us nearer the day?") is answered by the
                    // reminder when that time comes: it asks nothing to be said back within the day.
                    && !ReminderAsked.forLater(m.text())
                    // A yes to their own request with a time put back ("Sure, Tuesday evening?") answers them: the
                    // time is theirs to take up by turning up, not a question they owe a word to (GrantedRequest).
                    && !GrantedRequest.of(m, to, people)
                    && !NoAnswerAwaited.onlyCalls(m.text(), to.value())
                    // "Is this allowed in here?" under their post asks the room's rules of those who run it: the
                    // poster owes it no answer of their own (AllowedHere).
                    && !AllowedHere.asks(m.text())
                    && !(m.replyGuessed() && !m.mentions().contains(to))
                    && !(answer && m.text().indexOf('?') < 0) && !echoes(m, to)
                    && !(to.equals(feedbackFor) && CritiqueQuestion.closes(m.text()))
                    // "Rosa, you're booked. Milo, could you do the Friday?" under Rosa's offer: told her, asked the next
                    // one by name; the question is not hers (SpokenTo.questionTurnedToAnother). Mentions the reader added
                    // from names the text turns to later ("Milo, could you ...") do not change that; only one the
                    // text marks with "@" does.
                    && !(m.text().indexOf('@') < 0 && m.replyToAuthor().filter(to::equals).isPresent()
                    && SpokenTo.questionTurnedToAnother(m.text()));
            first = false;
            UserState target = people.state(to, m.community());
            if (target == null) {
                continue;
            }
            // Being pitched, unasked, is neither a question owed an answer (a cold DM's "interested?") nor a favour
            // received: an ignored pitch is not an unanswered question, and a pitch is not help to give back. Nor is
            // being asked a favour for the asker's stuff ("mind subscribing to my feed?"): an ask, whose fate is
            // oneway.asks' concern for the asker, not a question the person owes an answer.
            if (pushed == UNKNOWN) {
                // So is a vote asked for with the link to cast it ("could you vote for Pip's entry? <link>"): the
                // answer is the vote, not a word back.
                favour = text.question() && (cues.favourAsk()
                        || FavourAsk.voteWithLink(m.text(), !m.links().isEmpty()));
                // A price put by DM as a question, unasked ("full set, $90 shipped, you want it?"), is the sender's
                // sale taken to an inbox (as OwnMessageReader counts it for them): owed no answer.
                pushed = !answer && (cues.pitch() || promoDetector.analyse(m.text()).promotional()
                        || m.kind() == ChannelKind.DIRECT && Pitch.pricedQuestion(m.text())
                        && !customerToTheirSeller(m, target)
                        || favour || text.question() && Pitch.pricedWithLink(m.text(), m.links())
                        || chasesOwnPitch(m) || bookingLinkFromAStranger(m, target)) ? YES : NO;
            }
            // An answer or feedback that ends with a follow-up question ("try a warmer spot. what temperature is
            // it at?") is still help given to them, and its question still waits for their answer.
            boolean given = help || to.equals(feedbackFor);
            // So is a request without its question mark ("bumping this, any name would help"): it asks, it gives
            // nothing.
            boolean asks = text.question() || !given && cues.roomRequest();
            // Being thanked ("cheers Ana, the chapter is yours Monday") is not being given something to return.
            boolean thanked = !given && !asks && cues.thanks();
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
     * Whether {@code m}, a direct message, comes from an existing customer of the community to one who serves its
     * customers (its team, or where nobody is staff, one who sells). A customer buys from the one who serves them:
     * a sum in their question by DM ("is my £150 bond refunded yet?") is what they paid or are owed, not a sale
     * taken to an inbox (since session 70).
     */
    private boolean customerToTheirSeller(ChatMessage m, UserState target) {
        Audience asker = communities.audienceOf(m.author(), m.community(), m.channel(), true);
        if (!asker.existingCustomer()) {
            return false;
        }
        Audience served = communities.audienceOf(target.user, m.community(), m.channel(), true);
        return AdvocatesRule.servesCustomers(served, communities.community(m.community()).hasStaff());
    }

    /**
     * The asker, under their own question to someone, tells what came of it and asks nothing ("would a kitchen sponge
     * be enough? I'll have a go", then under it "that worked, the rim came out clean"): they found the answer by
     * trying, and the question no longer waits on the one asked. General chat: a question one settles oneself is owed
     * no answer. Not a word that asks again, nor one under a message that is not theirs.
     */
    private void settledByItsAsker(ChatMessage m, TextFeatures text) {
        if (text.question() || m.replyTo().isEmpty() || m.replyGuessed()) {
            return;
        }
        Seen own = seen.get(m.replyTo().get());
        if (own == null || !own.author().equals(m.author()) || own.enrolledAddressees().isEmpty()
                || !(Acknowledgement.reportsBack(m.text()) || ProblemSolved.opens(m.text()))) {
            return;
        }
        for (UserId to : own.enrolledAddressees()) {
            UserState target = people.existing(to, own.community());
            if (target != null && target.questions.waitingFor(m.replyTo().get()) != null) {
                target.questions.stopWaiting(m.replyTo().get());
                people.changed(target);
            }
        }
    }

    /**
     * The people a reply to one's own message is said to, when it names nobody: the one that message replied to. A
     * follow-up placed under one's own answer to someone ("glad it worked. which model is it, by the way?") goes on
     * speaking to them, as a second reply to them would: in many rooms people keep a conversation together by
     * replying to their own last word in it. A reply to one's own post to the room ({@code spokenTo} of it empty: a
     * question, a piece of news) is said to whoever answered there, which the author's side reads; here it stays said
     * to nobody. Not a guessed reply link (an IRC log's inference), nor a private conversation, said to its other side
     * anyway.
     */
    private List<UserId> underOwnReply(ChatMessage m, List<UserId> spokenTo) {
        if (m.kind() == ChannelKind.DIRECT || m.replyGuessed() || m.replyTo().isEmpty()
                || spokenTo.size() != 1 || !spokenTo.get(0).equals(m.author())) {
            return spokenTo;
        }
        Seen own = seen.get(m.replyTo().get());
        if (own == null || !own.author().equals(m.author()) || own.enrolledAddressees().isEmpty()) {
            return spokenTo;
        }
        UserId before = own.enrolledAddressees().get(0);
        // Only where the author's own reading of that message gave it to them (a reply to them, or naming them): a
        // question of one's own to the room that the team is waited on for was said to nobody in particular.
        if (before.equals(m.author()) || !ownReadingGaveToFirst(m.replyTo().get(), own)) {
            return spokenTo;
        }
        return List.of(before);
    }

    /**
     * Whether {@code own}'s author, coached, still remembers it as their own message (for edits) and their reading of
     * it gave it to the first one it waits on. The author's own messages are not kept over a restart: one taken back
     * from the community's snapshot tells it by what was kept with it ({@link CommunitySnapshot.Message#saidToFirst}),
     * as long as it would still be remembered (its author wrote nothing a day or more after it), so that a reply under
     * it after a restart speaks to the same person as without one.
     */
    boolean ownReadingGaveToFirst(MessageId id, Seen own) {
        if (own.enrolledAddressees().isEmpty()) {
            return false;
        }
        UserState author = people.existing(own.author(), own.community());
        if (author == null) {
            return false;
        }
        OwnMessage said = author.ownMessage(id);
        if (said != null) {
            return said.gaveTo().length > 0 && said.gaveTo()[0] == pseudonyms.code(own.enrolledAddressees().get(0));
        }
        CommunitySnapshot.Message kept = seen.kept(id);
        return kept != null && kept.saidToFirst() && stillOwn(author, own.at());
    }

    /** Whether a message of {@code author}'s written at {@code at} (epoch seconds) would still be remembered as theirs. */
    private static boolean stillOwn(UserState author, long at) {
        return author.lastOwnMessage != null
                && at >= author.lastOwnMessage.minus(UserState.EDIT_MEMORY).getEpochSecond();
    }

    /**
     * A message taken back from the community's snapshot and not asked about since, as a save writes it again: given
     * to the first one it waits on, and its author's post to the room, only while {@link #ownReadingGaveToFirst} and
     * {@link #postToTheRoom} would still read it so (its author wrote nothing a day or more after it). Without a
     * restart that reading goes as its author forgets it, so the same state saves the same document whether or not
     * the coach was restarted in between.
     */
    CommunitySnapshot.Message asStillRead(SeenMessages.Kept k) {
        CommunitySnapshot.Message m = k.message();
        if (!m.saidToFirst() && !m.toTheRoom()) {
            return m;
        }
        UserId authorId = pseudonyms.knownPerson(m.author());
        UserState author = authorId == null ? null : people.existing(authorId, k.community());
        // An author whose state is not held here (not taken back, or let go from memory) keeps what was kept: the
        // reading asks for their state anyway, and the next process that holds it reads the marks as this one would.
        if (author == null || stillOwn(author, m.at().getEpochSecond())) {
            return m;
        }
        return new CommunitySnapshot.Message(m.id(), m.author(), m.at(), m.text(), m.spokenTo(), m.pitched(),
                m.underOwnPost(), false, false);
    }

    /**
     * Whether {@code id}, by {@code poster} (coached) in {@code community}, is a post of theirs to the room that they
     * still remember as their own (a day): said to nobody and no help, their question, their news, their work shown.
     * Their own messages are not kept over a restart: one taken back from the community's snapshot tells it by what
     * was kept with it ({@link CommunitySnapshot.Message#toTheRoom}), as long as it would still be remembered, so that
     * a reply under it after a restart is read as one under their own post, as without one.
     */
    boolean postToTheRoom(MessageId id, UserId poster, CommunityId community) {
        UserState s = people.existing(poster, community);
        if (s == null) {
            return false;
        }
        OwnMessage post = s.ownMessage(id);
        if (post != null) {
            return post.gaveTo().length == 0 && !post.help();
        }
        CommunitySnapshot.Message kept = seen.kept(id);
        return kept != null && kept.toTheRoom() && stillOwn(s, kept.at().getEpochSecond());
    }

    /** Whether {@code m} replies to a message of {@code to}'s by echoing its words back ({@link EchoQuestion}). */
    private boolean echoes(ChatMessage m, UserId to) {
        if (m.replyTo().isEmpty() || m.text().indexOf('?') < 0) {
            return false;
        }
        Seen replied = seen.get(m.replyTo().get());
        // Or settles its own question at once in their words ("at the weekend? closed." to "is it closed?"): a point
        // argued, not a question put to them.
        return replied != null && replied.words() != null && pseudonyms.same(replied.author(), to)
                && (EchoQuestion.is(m.text(), replied.words())
                || EchoQuestion.settledInTheirWords(m.text(), replied.words()));
    }

    /**
     * A follow-up in the thread of one's own pitch ("had a moment to look yet? Friday still has openings") chases the
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

    /**
     * The direct conversations of {@code community} whose latest pitch a next word of its sender would chase, by
     * channel id (so the same state gives the same snapshot): what {@link #pitchInDirect} keeps, for the community's
     * snapshot. A pitch no longer remembered, or a week old as of {@code now}, can be chased no more and is left out.
     */
    List<CommunitySnapshot.PitchInDirect> pitchesInDirect(CommunityId community, Instant now) {
        List<CommunitySnapshot.PitchInDirect> out = new ArrayList<>(0);
        long horizon = now.getEpochSecond() - PITCH_CHASED.getSeconds();
        pitchInDirect.forEach((channel, pitch) -> {
            Seen sent = seen.get(pitch);
            if (sent != null && sent.community().equals(community) && sent.at() >= horizon) {
                out.add(new CommunitySnapshot.PitchInDirect(channel, pitch));
            }
        });
        out.sort(java.util.Comparator.comparing(p -> p.channel().value()));
        return out;
    }

    /** Takes back the pitches a community's snapshot kept ({@link #pitchesInDirect}; after a restart). */
    void restorePitchesInDirect(List<CommunitySnapshot.PitchInDirect> pitches, Ids ids) {
        for (CommunitySnapshot.PitchInDirect p : pitches) {
            pitchInDirect.putIfAbsent(ids.channel(p.channel()), p.message());
        }
    }

    /**
     * Lets go of the pitches whose message is no longer remembered: after a forget took its sender's messages, the
     * ids of their DM and pitch are not kept in memory either (nothing could chase them any more).
     */
    void forgetPitchesNoLongerSeen() {
        pitchInDirect.values().removeIf(id -> seen.get(id) == null);
    }

    /** Whether a pitch in the direct conversation {@code channel} is remembered for its sender's next word. */
    boolean remembersPitchIn(ChannelId channel) {
        return pitchInDirect.containsKey(channel);
    }

    /** Keeps a direct conversation's latest pitch while only its sender writes there ({@link #pitchInDirect}). */
    void rememberPitchInDirect(ChatMessage m, boolean pitched) {
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
            // Someone pinged by their @name as the owner of the thing a sentence tells of ("our builder rates @Ana's
            // leaded panes"), and asked in the second person right after ("Are you free on the 9th?"), was reached
            // and asked: the ping calls them, and nobody else is there for the "you".
            return vocative.isEmpty() ? SpokenTo.ownerAsked(m.text(), m.mentions()) : vocative;
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

    /**
     * {@code m}, said to nobody by reply or mention, asks to be reminded or told when something comes ("yay Tamsin!!
     * remind us nearer the day"), and {@code poster} had the last word in the room, a moment before: the request is
     * theirs, asked under their latest post of a link there, as if it replied to it.
     */
    void reminderAskedOfTheLastPoster(UserId poster, ChatMessage m) {
        UserState target = people.existing(poster, m.community());
        if (target != null) {
            reminderAskedAfterPost(target, m);
        }
    }

    private static void reminderAskedAfterPost(UserState target, ChatMessage m) {
        MessageId post = latestLinkPostIn(target, m.channel(), m.time());
        if (post != null) {
            target.reminderAsked(post, m.time());
        }
    }

    /** How soon after a post of a link a request said to its author without the reply link is read as said under it. */
    static final Duration UNDER_A_POST = Duration.ofHours(1);

    /** The person's latest post of a link in {@code channel} within {@link #UNDER_A_POST} before {@code at}; null if none. */
    private static MessageId latestLinkPostIn(UserState target, ChannelId channel, Instant at) {
        MessageId latest = null;
        Instant latestAt = null;
        for (UserHistory.LinkPost p : target.recentLinks()) {
            if (p.channel().equals(channel) && p.time().isBefore(at) && !p.time().isBefore(at.minus(UNDER_A_POST))
                    && (latestAt == null || p.time().isAfter(latestAt))) {
                latest = p.message();
                latestAt = p.time();
            }
        }
        return latest;
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
        target.interacted(from, m.time(), OnlyAWelcome.is(m.text()));
        if (m.kind() != ChannelKind.DIRECT) {
            target.spokenToBy(from, m.channel(), m.time());
            // Asked there for a run of posts ("could you keep a diary of the move for us?"): the posts that follow
            // are the ones asked for, said to whoever asked, not to nobody.
            if (PostsPromised.asked(m.text())) {
                target.postsPromised(m.channel(), m.time());
            }
        }
        // A reply under the person's own post: their later words under it are said to whoever replied there.
        if (m.kind() != ChannelKind.DIRECT && m.replyTo().isPresent() && m.replyToAuthor().isPresent()
                && pseudonyms.same(m.replyToAuthor().get(), target.user)) {
            target.repliedUnder(m.replyTo().get(), m.author(), m.time());
            // Asked there to be reminded of it, or told when it comes: the person's next post of its link in that
            // room is the favour done, which links.repeat does not count as one more push.
            if (ReminderAsked.is(m.text())) {
                target.reminderAsked(m.replyTo().get(), m.time());
            }
        } else if (m.kind() != ChannelKind.DIRECT && m.replyTo().isEmpty() && ReminderAsked.is(m.text())) {
            // Asked of them by name or mention without the reply link, soon after they posted a link in that room
            // ("@Tamsin drop me a line when the sale starts"): chat answers a post without the link as often as with it.
            reminderAskedAfterPost(target, m);
        }
        // Signed up for a share of the asker's call ("in, I'll do the raffle"), the person is handed directions for it
        // under their yes ("great! could you start with the prizes?"): work already said yes to, answered by doing it,
        // not a question waiting on a word back. A question that asks what, which or when still waits.
        boolean directsTheirShare = question && target.signedUp != null && m.replyTo().isPresent()
                && m.replyTo().get().equals(target.signedUp) && from == target.signedUpTo
                && SignedUp.direction(m.text());
        if (question && !directsTheirShare) {
            WaitingQuestion w = new WaitingQuestion(m.id(), from, askedAs(target, m, audience), m.channel(), m.time(),
                    week, m.community());
            if (m.replyTo().isPresent() && m.replyToAuthor().isPresent()
                    && pseudonyms.same(m.replyToAuthor().get(), target.user)) {
                w.under = m.replyTo().get();
            }
            w.thread = m.replyTo().orElse(null);
            // What it asks about, as hashes of its content words: the person may take it up in those words later.
            w.topic = TopicWords.of(m.text());
            // The names it asks about (a place, an event: "how was Skye?"), which a word elsewhere may answer by naming.
            w.names = TopicWords.names(m.text());
            w.asked = TopicWords.of(questionSentences(m.text()));
            w.wordsWanted = !ReactionMeaning.canAnswer(m.text());
            // Put to them where they asked the room for help within the hour: a helper's question about their problem.
            w.inHelpThread = m.kind() != ChannelKind.DIRECT && target.helpAskedOfTheRoom(m.channel(), m.time());
            // Asked again while their told question still waits: the same wait, told once.
            target.questions.pressesToldQuestion(w);
            target.questions.await(w);
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
        if (audience.existingCustomer() || audience == Audience.IGNORE) {
            return audience;
        }
        // A question that says by itself that its asker bought from the one asked, or comes back for more of their
        // work ("we bought the oak table from you, is the finish safe for hot mugs?"), is that customer's, whatever else the asker
        // does here (sells a spare of their own, answers others): a customer outranks a fellow or a prospect.
        if (BoughtBefore.customerOfTheOneToldTo(m.text())) {
            return Audience.CUSTOMER;
        }
        if (m.kind() == ChannelKind.DIRECT) {
            return audience;
        }
        CommunityState community = communities.community(m.community());
        if (community.memberAsksTheBusiness(m) && community.team().contains(target.user)) {
            return Audience.CUSTOMER;
        }
        return audience;
    }

    /** The sentences of {@code text} that end in a question mark, joined; "" when none does. */
    static String questionSentences(String text) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '\n' || c == '?') {
                if (c == '?') {
                    out.append(text, start, i).append(' ');
                }
                start = i + 1;
            }
        }
        return out.toString();
    }
}
