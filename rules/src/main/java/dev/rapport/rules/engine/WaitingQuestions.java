package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.TopicWords;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The questions waiting for one coached person's answer, in the order they came, with what finds the ones a message
 * answers. Ids, times, pseudonym numbers and content-word codes only; never text. One per {@link UserState}.
 */
final class WaitingQuestions {

    /** A question overdue for longer than this is history: let go, as it would be once reported. */
    static final Duration WAITING_MEMORY = Duration.ofDays(7);
    /** More questions waiting than anyone could answer: the oldest are let go. */
    static final int WAITING_KEPT = 500;
    /** No asker in particular, for {@link #answeredByTopic}: any asker's question may be taken up. */
    static final long NO_ASKER = Long.MIN_VALUE;
    /** Up to this many questions waiting, an answer scans them rather than keeping indexes. */
    static final int INDEXED_FROM = 8;

    /**
     * Questions to the person still waiting, in the order they came (events come in time order), in the first
     * {@code waitingCount} places; null while there are none. An array scanned rather than a linked map: most people
     * have one or two waiting, and an answer or a deadline looks through them faster than it hashes a message id.
     */
    private WaitingQuestion[] waiting;
    private int waitingCount;
    // The same waiting questions by id, by who asked and by channel, so an answer finds what it answers without a
    // scan. Made once more than INDEXED_FROM questions wait (a few are scanned faster than indexed, and their indexes
    // cost more than they do), and dropped with the last question, like the array.
    private HashMap<MessageId, WaitingQuestion> waitingById;
    private SmallMap<Long, List<WaitingQuestion>> waitingFrom;
    private SmallMap<ChannelId, List<WaitingQuestion>> waitingIn;
    private int staleInIndex;
    /** Some question may wait for the person's return ({@link WaitingQuestion#deferred}): their next message looks. */
    private boolean anyDeferred;

    WaitingQuestion waitingFor(MessageId id) {
        if (waitingById != null) {
            return waitingById.get(id);
        }
        int i = indexOf(id);
        return i < 0 ? null : waiting[i];
    }

    /**
     * Marks {@code w} as told already when the same asker has a question waiting here that was told (reported) and is
     * still unanswered: asked again ("sorry to chase, any news?"), it presses that question, whose tip said the wait;
     * telling it again would be the same tip twice. Only asked the same way: a question to the team's desk pressed on
     * one of the team by name is put to them now, and waits on them as any question by name (its tip is another
     * rule's). Answered, the earlier one goes, and the next question from them waits as any other. So does one asked
     * more than {@link #WAITING_MEMORY} after the told one: a chase follows within days, and {@link #await} lets the
     * told one go as this one comes; a week on, the asker left waiting again is a new wait, worth its own tip.
     */
    void pressesToldQuestion(WaitingQuestion w) {
        Instant horizon = w.since.minus(WAITING_MEMORY);
        for (int i = 0; i < waitingCount; i++) {
            WaitingQuestion earlier = waiting[i];
            if (w.from >= 0 && earlier.from == w.from && earlier.team == w.team && earlier.reported
                    && !earlier.gone && earlier.since.isBefore(w.since) && !earlier.since.isBefore(horizon)) {
                w.overdue = true;
                w.reported = true;
                return;
            }
        }
    }

    boolean any() {
        return waiting != null;
    }

    /** Where the question {@code id} is among those waiting, or -1. */
    private int indexOf(MessageId id) {
        for (int i = 0; i < waitingCount; i++) {
            if (waiting[i].message.equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Starts waiting for an answer; lets go of questions overdue for a week, and of the oldest beyond the cap. */
    void await(WaitingQuestion w) {
        if (waiting == null) {
            waiting = new WaitingQuestion[2];
        }
        int same = waitingById != null ? indexOfIndexed(w.message) : indexOf(w.message);
        if (same >= 0) {
            // The same message again takes the place of the first (the first is no longer waiting, nor indexed).
            waiting[same].gone = true;
            waiting[same] = w;
        } else {
            if (waitingCount == waiting.length) {
                waiting = Arrays.copyOf(waiting, waitingCount * 2);
            }
            waiting[waitingCount++] = w;
        }
        if (waitingFrom != null) {
            waitingById.put(w.message, w);
            index(w);
        } else if (waitingCount > INDEXED_FROM) {
            reindex();
        }
        Instant horizon = w.since.minus(WAITING_MEMORY);
        while (waiting != null) {
            WaitingQuestion oldest = waiting[0];
            if (!(oldest.overdue && oldest.since.isBefore(horizon)) && waitingCount <= WAITING_KEPT) {
                break;
            }
            removeAt(0);
            letGo(oldest);
        }
    }

    private int indexOfIndexed(MessageId id) {
        WaitingQuestion w = waitingById.get(id);
        return w == null ? -1 : indexOf(w);
    }

    /** Where {@code w} itself is among those waiting, or -1. */
    private int indexOf(WaitingQuestion w) {
        for (int i = 0; i < waitingCount; i++) {
            if (waiting[i] == w) {
                return i;
            }
        }
        return -1;
    }

    private void removeAt(int i) {
        WaitingQuestion w = waiting[i];
        System.arraycopy(waiting, i + 1, waiting, i, waitingCount - i - 1);
        waiting[--waitingCount] = null;
        if (waitingById != null) {
            waitingById.remove(w.message);
        }
    }

    private void reindex() {
        waitingById = new HashMap<>();
        waitingFrom = new SmallMap<>();
        waitingIn = new SmallMap<>();
        for (int i = 0; i < waitingCount; i++) {
            waitingById.put(waiting[i].message, waiting[i]);
            index(waiting[i]);
        }
        staleInIndex = 0;
    }

    private void index(WaitingQuestion w) {
        List<WaitingQuestion> from = waitingFrom.get(w.from);
        if (from == null) {
            waitingFrom.put(w.from, from = new ArrayList<>(2));
        }
        from.add(w);
        List<WaitingQuestion> in = waitingIn.get(w.channel);
        if (in == null) {
            waitingIn.put(w.channel, in = new ArrayList<>(2));
        }
        in.add(w);
    }

    void stopWaiting(MessageId id) {
        if (waiting == null) {
            return;
        }
        int i = waitingById != null ? indexOfIndexed(id) : indexOf(id);
        if (i >= 0) {
            WaitingQuestion w = waiting[i];
            removeAt(i);
            letGo(w);
        }
    }

    private void letGo(WaitingQuestion w) {
        w.gone = true;
        if (waitingCount == 0) {
            // Nothing waits: the array and the indexes go, and are made again by the next question.
            waiting = null;
            waitingById = null;
            waitingFrom = null;
            waitingIn = null;
            staleInIndex = 0;
            return;
        }
        // Index entries are dropped lazily; rebuilt when stale ones outnumber live ones.
        if (waitingFrom != null && ++staleInIndex > waitingCount + 64) {
            waitingFrom.clear();
            waitingIn.clear();
            for (int i = 0; i < waitingCount; i++) {
                index(waiting[i]);
            }
            staleInIndex = 0;
        }
    }

    /**
     * Takes out, oldest first, the questions a message answers: the one it replies to, those from the people it
     * addresses (by pseudonym number), in a direct conversation every question waiting there, and in {@code turnIn}
     * (a message to nobody in particular, soon after) the questions waiting there since {@code turnSince}.
     */
    List<WaitingQuestion> answeredBy(Optional<MessageId> replyTo, long[] addressed, ChannelId direct,
                             ChannelId turnIn, Instant turnSince) {
        if (waiting == null) {
            return List.of();
        }
        List<WaitingQuestion> answered = new ArrayList<>(2);
        if (replyTo.isPresent()) {
            take(waitingFor(replyTo.get()), answered);
        }
        if (waitingFrom == null) {
            scanAnswered(addressed, direct, turnIn, turnSince, answered);
            if (answered.size() > 1) {
                answered.sort(Comparator.comparing((WaitingQuestion w) -> w.since));
            }
            return answered;
        }
        for (long from : addressed) {
            List<WaitingQuestion> theirs = waitingFrom == null ? null : waitingFrom.remove(from);
            if (theirs != null) {
                for (WaitingQuestion w : theirs) {
                    take(w, answered);
                }
            }
        }
        if (direct != null) {
            List<WaitingQuestion> there = waitingIn == null ? null : waitingIn.remove(direct);
            if (there != null) {
                for (WaitingQuestion w : there) {
                    take(w, answered);
                }
            }
        }
        if (turnIn != null) {
            List<WaitingQuestion> there = waitingIn == null ? null : waitingIn.get(turnIn);
            if (there != null) {
                for (WaitingQuestion w : List.copyOf(there)) {
                    if (!w.since.isBefore(turnSince)) {
                        take(w, answered);
                    }
                }
            }
        }
        if (answered.size() > 1) {
            answered.sort(Comparator.comparing((WaitingQuestion w) -> w.since));
        }
        return answered;
    }

    /**
     * {@link #answeredBy} over the few questions of a person without indexes: the same questions, taken in the same
     * order (by who asked in the order addressed, then the direct conversation, then the turn), found by one scan
     * each that takes them out as it goes.
     */
    private void scanAnswered(long[] addressed, ChannelId direct, ChannelId turnIn, Instant turnSince,
                              List<WaitingQuestion> answered) {
        for (long from : addressed) {
            for (int i = 0; waiting != null && i < waitingCount; ) {
                if (waiting[i].from == from) {
                    takeAt(i, answered);
                } else {
                    i++;
                }
            }
        }
        if (direct != null) {
            for (int i = 0; waiting != null && i < waitingCount; ) {
                if (waiting[i].channel.equals(direct)) {
                    takeAt(i, answered);
                } else {
                    i++;
                }
            }
        }
        if (turnIn != null) {
            // Compared as numbers: this runs for nearly every message of a person with questions waiting.
            long second = turnSince.getEpochSecond();
            int nano = turnSince.getNano();
            for (int i = 0; waiting != null && i < waitingCount; ) {
                WaitingQuestion w = waiting[i];
                long since = w.since.getEpochSecond();
                if (w.channel.equals(turnIn) && (since > second || since == second && w.since.getNano() >= nano)) {
                    takeAt(i, answered);
                } else {
                    i++;
                }
            }
        }
    }

    private void takeAt(int i, List<WaitingQuestion> answered) {
        WaitingQuestion w = waiting[i];
        removeAt(i);
        letGo(w);
        answered.add(w);
    }

    private void take(WaitingQuestion w, List<WaitingQuestion> answered) {
        if (w == null || w.gone) {
            return;
        }
        // Taking may empty the array (then dropped): the rest of an answer's candidates are gone already.
        int i = indexOf(w);
        if (i >= 0) {
            takeAt(i, answered);
        }
    }

    /**
     * Takes out, oldest first, the questions waiting in {@code channel} whose content words the person's message takes
     * up: {@link TopicWords#TAKEN_UP} of them or more. The message's words are read only when such a question waits
     * there (most messages of a person with questions waiting are read no further than the channel). With
     * {@code answering} other than {@link #NO_ASKER} (the message is a reply under that asker's question,
     * {@code under}), only that asker's questions and those put under the same question (a favour asked for them):
     * an answer to one customer's question takes up another's words by the trade's own vocabulary, not by reporting
     * the other's favour done.
     */
    List<WaitingQuestion> answeredByTopic(ChannelId channel, String text, long answering, MessageId under) {
        if (waiting == null) {
            return List.of();
        }
        // The message's words are read once, and only when a question with enough words waits in the channel.
        int[][] words = new int[1][];
        return takeWhere(w -> {
            if (w.topic == null || w.topic.length < TopicWords.TAKEN_UP || !w.channel.equals(channel)
                    || answering != NO_ASKER && w.from != answering && !under.equals(w.thread)) {
                return false;
            }
            if (words[0] == null) {
                words[0] = TopicWords.of(text);
            }
            return TopicWords.shared(w.topic, w.comparable(words[0])) >= TopicWords.TAKEN_UP;
        });
    }

    /**
     * Takes out the questions put to the person by name in a channel other than {@code channel}, since {@code since}
     * and after their last word anywhere ({@code lastOwn}, null for none), one of whose names
     * ({@link WaitingQuestion#names}) {@code text} says: the person's first word since, said to the room elsewhere, that
     * names what the question asked about (see {@code QuestionsAnswered}). Not a question put to the team.
     */
    List<WaitingQuestion> answeredInAnotherRoom(ChannelId channel, Instant since, Instant lastOwn, String text) {
        // Most of a person's messages come with no question waiting: nothing allocated for them.
        if (waiting == null) {
            return List.of();
        }
        // The message's words are read once, and only when a question with names waits elsewhere.
        int[][] words = new int[1][];
        return takeWhere(w -> {
            if (w.team || w.names == null || w.names.length == 0 || w.channel.equals(channel) || w.since.isBefore(since)
                    || lastOwn != null && !lastOwn.isBefore(w.since)) {
                return false;
            }
            if (words[0] == null) {
                words[0] = TopicWords.of(text);
            }
            return TopicWords.shared(w.names, w.comparable(words[0])) > 0;
        });
    }

    /**
     * Whether a question from {@code from} (a pseudonym number) waits on the person and {@code words} (content words,
     * {@link TopicWords#of}) take up any of its words, or its words are not known (read back after a restart): whether
     * a message to the asker may be about what they asked. With {@code underOwnPost}, a question of theirs under the
     * person's own post (a word on their work, {@link WaitingQuestion#under}) counts as taken up whatever the words: a thread
     * on one's own post is one conversation.
     */
    boolean mayTakeUpFrom(long from, int[] words, boolean underOwnPost) {
        for (int i = 0; waiting != null && i < waitingCount; i++) {
            WaitingQuestion w = waiting[i];
            if (w.from == from && (w.topic == null || underOwnPost && w.under != null
                    || TopicWords.shared(w.topic, w.comparable(words)) > 0)) {
                return true;
            }
        }
        return false;
    }

    /** The person wrote in {@code channel}: questions waiting there saw their next word ({@link WaitingQuestion#passed}). */
    void spokeAfterQuestionsIn(ChannelId channel) {
        for (int i = 0; waiting != null && i < waitingCount; i++) {
            if (waiting[i].channel.equals(channel)) {
                waiting[i].passed = true;
            }
        }
    }

    /**
     * Takes out, oldest first, the questions waiting in {@code channel} since {@code since} to which the person's
     * message is their first word in that channel after the question ({@link WaitingQuestion#passed} not yet set).
     */
    List<WaitingQuestion> answeredByFirstWord(ChannelId channel, Instant since) {
        return takeWhere(w -> !w.passed && w.channel.equals(channel) && !w.since.isBefore(since));
    }

    /**
     * Takes out, oldest first, the questions waiting in {@code channel} to which the person's message is their first
     * word there since ({@link WaitingQuestion#passed} not yet set) and whose question sentences' content words
     * ({@link WaitingQuestion#asked}) hold the opening word of {@code text} (its first run of letters, read as
     * {@link TopicWords#of} reads words): the question's own word said back first, as "yes" opens an answer.
     */
    List<WaitingQuestion> answeredByEcho(ChannelId channel, String text) {
        // Most of a person's messages come with no question waiting: nothing read or allocated for them.
        if (waiting == null) {
            return List.of();
        }
        // The opening word is read once, and only when a question with asked words waits in the channel.
        int[][] opening = new int[1][];
        return takeWhere(w -> {
            if (w.passed || !w.channel.equals(channel) || w.asked == null) {
                return false;
            }
            if (opening[0] == null) {
                opening[0] = TopicWords.of(openingWord(text));
            }
            return opening[0].length > 0 && TopicWords.shared(w.asked, w.comparable(opening[0])) > 0;
        });
    }

    /** The first word of {@code text} (its first run of letters after any white space), or "" when it has none. */
    private static String openingWord(String text) {
        if (text == null) {
            return "";
        }
        int i = 0;
        int n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int s = i;
        while (i < n && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(s, i);
    }

    /**
     * Takes out, oldest first, the helpers' questions ({@link WaitingQuestion#inHelpThread}) waiting in {@code channel} since
     * {@code since} from anyone but those in {@code notFrom} (by pseudonym number): the person's turn with another of
     * their helpers goes on with the one conversation those questions are part of.
     */
    List<WaitingQuestion> answeredInHelpThread(ChannelId channel, Instant since, long[] notFrom) {
        return takeWhere(w -> w.inHelpThread && w.channel.equals(channel) && !w.since.isBefore(since)
                && !contains(notFrom, w.from));
    }

    /**
     * Takes out, oldest first, the questions waiting in {@code channel} that were put to the person about their own
     * problem: under a post of theirs there ({@link WaitingQuestion#under}) or in their help thread
     * ({@link WaitingQuestion#inHelpThread}); not one put to the team. The person's word there that the problem is
     * solved ({@code text/ProblemSolved}) answers them (see {@code QuestionsAnswered}).
     */
    List<WaitingQuestion> answeredBySolvedProblem(ChannelId channel) {
        return takeWhere(w -> !w.team && w.channel.equals(channel) && (w.under != null || w.inHelpThread));
    }

    /** Takes out, oldest first, the waiting questions {@code answers} holds for; none taken is the shared empty list. */
    private List<WaitingQuestion> takeWhere(Predicate<WaitingQuestion> answers) {
        List<WaitingQuestion> answered = null;
        for (int i = 0; waiting != null && i < waitingCount; ) {
            if (!answers.test(waiting[i])) {
                i++;
                continue;
            }
            if (answered == null) {
                answered = new ArrayList<>(2);
            }
            takeAt(i, answered);
        }
        return answered == null ? List.of() : answered;
    }

    private static boolean contains(long[] all, long one) {
        for (long a : all) {
            if (a == one) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes out, oldest first, the questions that replied to the person's own post {@code post}: their reply under it
     * answers the thread ("good catch, rewording it, thanks all" under two readers' notes on their draft).
     */
    List<WaitingQuestion> answeredUnder(MessageId post) {
        if (waiting == null) {
            return List.of();
        }
        List<WaitingQuestion> under = new ArrayList<>(2);
        for (int i = 0; i < waitingCount; i++) {
            if (post.equals(waiting[i].under)) {
                under.add(waiting[i]);
            }
        }
        List<WaitingQuestion> answered = new ArrayList<>(under.size());
        for (WaitingQuestion w : under) {
            take(w, answered);
        }
        if (answered.size() > 1) {
            answered.sort(Comparator.comparing((WaitingQuestion w) -> w.since));
        }
        return answered;
    }

    /** A question passed its deadline while the person was away: it waits for them to be back. */
    void defer(WaitingQuestion w) {
        w.deferred = true;
        anyDeferred = true;
    }

    boolean anyDeferred() {
        return anyDeferred;
    }

    /**
     * The person is back (they wrote at {@code at}), or their week ends: the questions that went overdue while they
     * were away are judged now. Those waiting longer than {@link #WAITING_MEMORY} are history, as they would be had
     * they been reported: let go unsaid (someone away for a week missed them). The others are returned, no longer
     * deferred: overdue and not yet reported, they are reported if the person's first hour back leaves them waiting,
     * or at once at the week's end. Only questions asked before {@code askedBefore} are judged (at a week's end,
     * those whose deadline fell within it); the others stay deferred.
     */
    List<WaitingQuestion> backFrom(Instant at, Instant askedBefore) {
        return backFrom(at, askedBefore, w -> true);
    }

    /**
     * As {@link #backFrom(Instant, Instant)}, judging now only the questions {@code judgedNow} accepts;
     * the others stay deferred (a question asked at the weekend waits past the week's end for the person's return).
     */
    List<WaitingQuestion> backFrom(Instant at, Instant askedBefore, Predicate<WaitingQuestion> judgedNow) {
        anyDeferred = false;
        List<WaitingQuestion> back = null;
        Instant horizon = at.minus(WAITING_MEMORY);
        for (int i = 0; waiting != null && i < waitingCount; ) {
            WaitingQuestion w = waiting[i];
            if (!w.deferred || !w.since.isBefore(askedBefore) || !judgedNow.test(w)) {
                anyDeferred |= w.deferred;
                i++;
                continue;
            }
            w.deferred = false;
            if (w.since.isBefore(horizon)) {
                w.reported = true;
                removeAt(i);
                letGo(w);
                continue;
            }
            if (back == null) {
                back = new ArrayList<>(2);
            }
            back.add(w);
            i++;
        }
        return back == null ? List.of() : back;
    }

    /**
     * Lets go of the questions overdue (and so reported) for longer than {@link #WAITING_MEMORY} before {@code now}:
     * they are history, not something to answer now.
     */
    void sweep(Instant now) {
        Instant waitingHorizon = now.minus(WAITING_MEMORY);
        for (int i = 0; waiting != null && i < waitingCount; ) {
            WaitingQuestion w = waiting[i];
            if (w.overdue && w.since.isBefore(waitingHorizon)) {
                removeAt(i);
                letGo(w);
            } else {
                i++;
            }
        }
    }

    /** Questions waiting, oldest first. */
    List<WaitingQuestion> all() {
        return waiting == null ? List.of() : List.of(Arrays.copyOf(waiting, waitingCount));
    }

    /** Waiting messages past their deadline and not in a grace still running at {@code at}, oldest first. */
    List<WaitingQuestion> overdue(Instant at) {
        List<WaitingQuestion> list = new ArrayList<>();
        for (WaitingQuestion w : all()) {
            if (w.overdue && !w.reported && !w.deferred && (w.graceEnds == null || !w.graceEnds.isAfter(at))) {
                list.add(w);
            }
        }
        return list;
    }
}
