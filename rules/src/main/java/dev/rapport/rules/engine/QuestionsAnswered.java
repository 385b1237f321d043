package dev.rapport.rules.engine;

import dev.rapport.rules.addressing.AddressingInference;
import dev.rapport.rules.addressing.AnswerWords;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.stats.WeekTally;
import dev.rapport.rules.text.Acknowledgement;
import dev.rapport.rules.text.CatchUp;
import dev.rapport.rules.text.ProblemSolved;
import dev.rapport.rules.text.TextFeatures;
import dev.rapport.rules.text.TopicWords;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static dev.rapport.rules.engine.CoachEngine.AWAY;
import static dev.rapport.rules.engine.CoachEngine.AWAY_WHEN_ASKED;
import static dev.rapport.rules.engine.CoachEngine.TURN_WINDOW;

/**
 * Which of the questions waiting on a coached person their own message answers: by a reply, by its turn in the channel
 * where they were asked, by a reply under their own post, or by taking up the question's subject later. Reads the
 * message's text cues and reply link, and the person's waiting questions and when they last spoke; separate because
 * whether a question was answered is decided once per own message, before the message is counted, and by its own
 * reading of turns and catching up, of which the counting of the person's week ({@link OwnMessageCounter}) only takes
 * the result.
 */
final class QuestionsAnswered {

    /** Nobody addressed. */
    private static final long[] NO_ONE = new long[0];
    /**
     * How soon after a question the asked person's first word in that channel, to nobody by name, answers it even when
     * a guessed reply link puts it under someone else's line: in the same breath (a log that writes minutes only
     * tells "seconds later" as the same or the next minute).
     */
    static final Duration SAME_BREATH = Duration.ofMinutes(1);
    /**
     * How soon after a helper's question about the person's own problem their turn with another of their helpers
     * still goes on with the one conversation (see {@link WaitingQuestions#answeredInHelpThread}).
     */
    static final Duration MID_CONVERSATION = Duration.ofMinutes(3);
    /** Reads whether a message to the room ends by speaking to someone ("... Thanks Mo!"). */
    private final AddressingInference addressing;

    QuestionsAnswered(AddressingInference addressing) {
        this.addressing = addressing;
    }

    /** Whether {@code addressed} names someone who spoke to the person where they last asked the room for help. */
    private static boolean toAHelper(long[] addressed, UserState s) {
        for (long a : addressed) {
            if (s.isHelper(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code m}, a reply to another message of someone whose question waits (their answer to one's own
     * question, say), only thanks them in a few words with what one will do ("thanks, going to 72"), naming nobody and
     * taking up no word of what they asked: it thanks them for that message; their question still waits.
     */
    private static boolean thanksForTheirOtherWords(UserState s, ChatMessage m, TextFeatures text, long[] addressed) {
        if (!m.mentions().isEmpty() || addressed.length != 1
                || !Acknowledgement.thanks(m.text(), text, !m.links().isEmpty())) {
            return false;
        }
        return !s.questions.mayTakeUpFrom(addressed[0], TopicWords.of(m.text()), true);
    }

    /**
     * Whether {@code text} is one question and nothing else: no sentence ends before its question mark, and nothing
     * but marks or emoji follows it ("Gus it's a beauty. How's the new bench?" answers first, then asks).
     */
    private static boolean onlyAQuestion(String text) {
        int mark = text.indexOf('?');
        if (mark < 0) {
            return false;
        }
        for (int i = 0; i < mark; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '\n') {
                return false;
            }
        }
        for (int i = mark + 1; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Marks the questions {@code m} answers; true when it answered one. {@code answering}: the asker (a pseudonym
     * number) of the question by someone else that {@code m} replies under, or {@link WaitingQuestions#NO_ASKER}.
     */
    boolean answerWaiting(UserState s, ChatMessage m, Cues cues, long[] addressed, long answering, WeekTally t) {
        if (!s.questions.any()) {
            return false;
        }
        TextFeatures text = cues.features();
        // Someone who asked the room for help is often helped by several people at once, and one helper's question
        // about their problem ("is universe enabled?", a hint put as a question) is part of that one conversation:
        // their turn with another of the helpers within minutes, thanks included, goes on with it, and the question
        // is not left waiting. Only while they are at it (a turn within MID_CONVERSATION of the question, to someone
        // who helped them there): someone who asked and then goes quiet, or who turns to people who never helped
        // them, leaves it waiting; a word to the asker themselves is an answer or a thanks, read as usual below.
        if (m.kind() != ChannelKind.DIRECT && toAHelper(addressed, s)) {
            for (WaitingQuestion w : s.questions.answeredInHelpThread(m.channel(), m.time().minus(MID_CONVERSATION),
                    addressed)) {
                // Settled, not answered by this message: a turn with someone else is no answer to give them help.
                t.responded(Duration.between(w.since, m.time()).getSeconds());
                t.mentionAnswered();
            }
            if (!s.questions.any()) {
                return false;
            }
        }
        // A thank-you answers nothing: thanking someone whose question waits leaves it waiting ("thanks!" to "which kiln
        // do you use?"). Thanks followed by the answer ("thanks! the electric one") answers it.
        if (cues.onlyThanks()) {
            return false;
        }
        // A nod ("ok thanks", "👍") in reply to another of the asker's messages (the answer they gave) acknowledges
        // that message; to the question waiting elsewhere, an "ok" says yes only when it replies to it.
        boolean ownThread = m.replyToAuthor().isPresent() && m.replyToAuthor().get().equals(m.author());
        if (m.replyTo().isPresent() && !ownThread && s.questions.waitingFor(m.replyTo().get()) == null
                && (cues.onlyANod() || thanksForTheirOtherWords(s, m, text, addressed))) {
            return false;
        }
        ChannelId direct = m.kind() == ChannelKind.DIRECT ? m.channel() : null;
        // A question of one's own put by name to someone whose question waits, under nothing of theirs ("@Hal is a
        // teal border too loud for my cover?" while Hal's "could you proofread my blurb?" waits), asks them something
        // new: what they asked still waits, unless the question takes up its words (a question back about it, "which
        // blurb, the sequel's?"), opens as an answer ("sure! which day?", "yes please, Friday?") or says more than the
        // question.
        boolean ownQuestionToThem = false;
        if (direct == null && m.replyTo().isEmpty() && addressed.length > 0 && text.question()
                && onlyAQuestion(m.text()) && !AnswerWords.opens(m.text())
                // Yes first, then a question settling the details ("@Ana yes please, tomorrow evening?") answers.
                && !AnswerWords.firstWordAnswers(m.text())) {
            int[] words = TopicWords.of(m.text());
            long[] keep = new long[addressed.length];
            int kept = 0;
            for (long a : addressed) {
                if (s.questions.mayTakeUpFrom(a, words, false)) {
                    keep[kept++] = a;
                }
            }
            if (kept < addressed.length) {
                ownQuestionToThem = true;
                addressed = Arrays.copyOf(keep, kept);
            }
        }
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
        // A thank-you to someone else on the side, after words of one's own ("better than feared, we did pizza. thanks
        // @Lou, your tip helped"), names them without turning to them: the words are still the turn after the question.
        boolean thanksAside = addressed.length > 0 && direct == null && m.replyTo().isEmpty() && !text.question()
                && Acknowledgement.thanksAside(m.text());
        ChannelId turn = !asksTheRoom && !ownQuestionToThem && (addressed.length == 0 || thanksAside)
                && (m.replyTo().isEmpty() || ownThread) ? m.channel() : null;
        boolean answeredAny = false;
        // Soon after; or, later, the person's first word in that channel since the question when it opens as an answer
        // ("yes, two of them" the next morning, after being away) or speaks to someone by name without asking anything
        // ("half past eight at the back door. Thanks Mo!": said to a person, and the person waiting there is the one
        // who asked), or greets the room or says where they were and then turns to someone by name ("Morning! Mo:
        // half past eight", "Sorry, was away. Mo, it's the blue one": catching up on what waited for them). A later
        // remark of their own to the room ("has anyone tried reed diffusers?", "grey heron on the canal", "Morning
        // all!") leaves the question waiting.
        Instant turnSince = m.time().minus(TURN_WINDOW);
        // Thanks for a favour had ("thank you to Cy for the flapjacks, all gone by noon") speaks of that favour: it
        // names the one who asked, but takes up no question of theirs that waited, later or after being away.
        // Read only where a turn could answer (every coached message comes here).
        boolean thanksForAFavour = turn != null
                && Acknowledgement.thanksForAFavour(m.text(), text, !m.links().isEmpty());
        if (turn != null && !thanksForAFavour && (AnswerWords.opens(m.text()) || !text.question()
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
        // up to the wait ("Jo, apologies, offline all week! how was it?"): what follows is the catching up,
        // a question back about how it went included; the question was answered late, not left unanswered.
        // A "you" said to the whole room ("all sent now, thanks for waiting, everyone") is everyone's: news for all,
        // not the word to the one who asked.
        if (turn != null && !thanksForAFavour && (!text.question() && text.secondPerson() > 0
                && !AnswerWords.saidToTheRoom(m.text()) || CatchUp.opens(m.text()))) {
            Instant awayFrom = s.lastOwnMessage == null ? Instant.EPOCH : s.lastOwnMessage.plus(AWAY_WHEN_ASKED);
            // Someone whose last word said they were going away ("off to my sister's till Monday, no signal") was
            // away from that word on, however soon after it the question came: their catching up answers it.
            if (s.awaySaid != null && s.awaySaid.equals(s.lastOwnMessage) && s.awaySaid.isBefore(awayFrom)) {
                awayFrom = s.awaySaid;
            }
            if (awayFrom.isBefore(turnSince)) {
                turnSince = awayFrom;
            }
        }
        // A reply under one's own post, saying something rather than asking, answers the thread: the questions other
        // people put under that post (a critic's "does the ending land?" under a shared draft) are taken up by it,
        // however long after, as a reply to each would. Only questions that replied to that very post: a question
        // elsewhere, or under someone else's post, still waits.
        List<WaitingQuestion> taken = List.of();
        if (ownThread && !text.question() && !asksTheRoom) {
            taken = s.questions.answeredUnder(m.replyTo().get());
        }
        for (WaitingQuestion w : taken) {
            t.responded(Duration.between(w.since, m.time()).getSeconds());
            t.mentionAnswered();
            answeredAny = true;
        }
        for (WaitingQuestion w : s.questions.answeredBy(m.replyTo(), addressed, direct, turn, turnSince)) {
            // Both the answer and its speed count in the week of the answer, so a week's numbers agree.
            t.responded(Duration.between(w.since, m.time()).getSeconds());
            t.mentionAnswered();
            answeredAny = true;
        }
        // A reply link that is only a guess (an IRC log: nobody clicks "reply", the reader infers one from timing and
        // words) does not clearly address anyone: the asked person's first word in that channel after the question,
        // naming nobody and said in the same breath, answers it as a turn does, wherever the guess placed it ("no idea,
        // try the forum" right after "any guess why it fails?"). A later word, one that names someone, or one that
        // asks the room something of their own, is read as before.
        if (turn == null && direct == null && m.replyGuessed() && m.mentions().isEmpty() && !asksTheRoom) {
            for (WaitingQuestion w : s.questions.answeredByFirstWord(m.channel(), m.time().minus(SAME_BREATH))) {
                t.responded(Duration.between(w.since, m.time()).getSeconds());
                t.mentionAnswered();
                answeredAny = true;
            }
        }
        // A later word of theirs in that channel that takes up what the question asked about, in its own words, saying
        // rather than asking, answers it however long after and to whomever it is said: a favour done and reported
        // ("could you pin the club rota?", the next day "rota's pinned for the club"), told to the one it was for as
        // often as to the asker. Time or turn cannot tell it; the shared subject does. A question back on the same
        // subject ("which rota, the club one?") asks, and leaves it waiting. An answer to another asker's question,
        // replying under it, is that answer: at a desk where everyone asks about the same goods it shares the
        // trade's words with every other customer's request ("glazed planters"), and answers the one it replies to,
        // not the request of a customer still waiting there. A favour asked under that same question ("can you leave
        // the key out for Jo?" under Jo's question) is for its asker, and reported to them there as before.
        if (!text.question() && !asksTheRoom) {
            for (WaitingQuestion w : s.questions.answeredByTopic(m.channel(), m.text(), answering,
                    m.replyTo().orElse(null))) {
                t.responded(Duration.between(w.since, m.time()).getSeconds());
                t.mentionAnswered();
                answeredAny = true;
            }
        }
        // Taken to another room: a question put in passing in one room ("welcome back! how was the trip to Crete?" under
        // the person's answer in a help channel) is often answered where the small talk belongs, in the lounge, minutes
        // later ("Crete: sunburnt but happy"). The person's first word anywhere since the question, within the hour,
        // said to the room in another channel (no reply link, nobody named, no link), saying rather than asking, and
        // naming what the question asked about by its name (a place, an event), answers it. A word elsewhere that
        // shares only a common word with it ("kiln", "lovely": one's own news), one that came after other words of
        // theirs, a post with a link (news or an offer of one's own), or one said to someone else leaves it waiting.
        if (direct == null && !text.question() && !asksTheRoom && m.replyTo().isEmpty() && m.mentions().isEmpty()
                && addressed.length == 0 && m.links().isEmpty()) {
            for (WaitingQuestion w : s.questions.answeredInAnotherRoom(m.channel(), m.time().minus(TURN_WINDOW),
                    s.lastOwnMessage, m.text())) {
                t.responded(Duration.between(w.since, m.time()).getSeconds());
                t.mentionAnswered();
                answeredAny = true;
            }
        }
        // Someone helped with a problem of their own who tells the room there that it is solved ("sorted, it was the
        // relay", "found it: a cracked hose") closes the matter: the questions their helpers put to them about it,
        // under their posts or in their help thread ("what size is the fuse?", "is that lead the first one fitted?"),
        // were asked to find the fault, and the outcome answers them, however late and whatever became of each guess.
        // Not a word that asks, speaks to someone else, or carries a link; a question put there outside their own
        // threads still waits.
        if (direct == null && !text.question() && !asksTheRoom && m.links().isEmpty() && m.mentions().isEmpty()
                && (m.replyTo().isEmpty() || ownThread) && ProblemSolved.opens(m.text())) {
            for (WaitingQuestion w : s.questions.answeredBySolvedProblem(m.channel())) {
                t.responded(Duration.between(w.since, m.time()).getSeconds());
                t.mentionAnswered();
                answeredAny = true;
            }
        }
        // The first word back in that channel since the question, opening with a word the question itself asked in
        // ("can you check you renewed the insurance?", the next morning "renewed Monday, the papers came today"), says
        // the asked thing back as an answer, as "yes" opens one, however late and without a reply link. Not one that
        // asks, speaks to someone else or asks the room: a remark of one's own opens with its own words. Only the
        // question's own sentence counts ("loved the show. what mic do you use for guests?" asked about the mic, not
        // the show), and not a post with a link: "the new show is up: <link>" is news of one's own, whatever word it
        // opens with.
        if (turn != null && !thanksForAFavour && !text.question() && !asksTheRoom && m.links().isEmpty()) {
            for (WaitingQuestion w : s.questions.answeredByEcho(m.channel(), m.text())) {
                t.responded(Duration.between(w.since, m.time()).getSeconds());
                t.mentionAnswered();
                answeredAny = true;
            }
        }
        // The first word back in that channel since the question, opening by reporting it done ("could you look at the
        // glossary tonight?", that evening "Done, left comments on both."), answers a favour asked as "yes" answers a
        // yes-or-no question, however late and without a reply link: "done" says what was asked was done.
        if (turn != null && !thanksForAFavour && !asksTheRoom && m.links().isEmpty()
                && AnswerWords.reportsDone(m.text())) {
            for (WaitingQuestion w : s.questions.answeredByFirstWord(m.channel(), m.time().minus(AWAY))) {
                t.responded(Duration.between(w.since, m.time()).getSeconds());
                t.mentionAnswered();
                answeredAny = true;
            }
        }
        return answeredAny;
    }
}
