package dev.rapport.rules.addressing;

import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Infers, message by message, who each message in one channel addresses and which earlier message it
 * answers. Keeps only a bounded window of recent messages (id, author, time, addressees, a few word hashes, the
 * hashes of the words that could be nicks) and of nicks. One instance per channel; not thread-safe.
 *
 * <p>How:
 * <ol>
 *     <li>A bot (by its name: {@code ubottu}, {@code ...bot}) answers the latest {@code !command} or message
 *     addressed to it, a few messages back.</li>
 *     <li>Otherwise every recent message (the last {@value #CANDIDATES} of the window) is a candidate parent, and so
 *     is "none: this message starts a conversation". Each option is described by a fixed set of cheap facts
 *     ({@link ReplyWeights} lists them): the new message addresses the candidate's author (the strongest sign),
 *     and whether the candidate is that person's latest message, a question, a long explanation, the start of
 *     their run of messages; the candidate was aimed at the new message's author (turn-taking); it is the author's
 *     own previous message (a continued thought, to the same person, after a connective such as "and"); the two
 *     share content words (or the message shares them with the candidate's own parent); the two authors have been
 *     talking to each other (addressee continuity), address the same third person, or one names the other in
 *     passing; an answer word ("yes") after a question, thanks after help, a question after a question; the
 *     candidate answers the author's previous message, or the author has since turned to its author; how many
 *     messages and minutes lie between them; the
 *     conversations the links inferred so far make (the candidate is in the conversation of the author's previous
 *     message, or one the author wrote in, or is its conversation's latest message; a question already taken up or
 *     still open). "None" has facts of its own: a newcomer's first message, an open
 *     question to the room ("anyone know..."), a long silence, someone carrying on the author's conversation, the
 *     author's previous message being aimed at someone or answered. The
 *     option whose features score best under the weights wins.</li>
 * </ol>
 * The weights are fitted to the annotated Ubuntu IRC dev logs by {@code rapport eval replies --train}; the facts
 * are general (no word, nick or line of the data is among them), and {@code --folds} reports the accuracy on files
 * left out of training.
 * Without turn-taking ({@link ReplyWindow#turnTaking()} off) only addressing links messages.
 *
 * <p>Cost per message: one pass over the text for addressing and one each for content words and nick-shaped words,
 * then at most two passes over the last {@value #CANDIDATES} messages; nothing grows with the length of the log.
 */
public final class ReplyInference {

    /** How many recent messages are candidate parents: conversations' turns sit close together. */
    static final int CANDIDATES = 40;

    /** How many messages back a bot's answer may be from the command it answers. */
    private static final int BOT_RANGE = 5;

    private record Recent(long seq, MessageId id, UserId author, Instant time, List<UserId> addressed,
                          UserId repliedTo, MessageId parent, boolean command, boolean question,
                          boolean longText, int[] words, int[] replies, long root, long parentSeq, int nickHash,
                          int[] nickWords) {
        /** Whether this message is one side of an exchange with {@code person}, who did not write it. */
        boolean isTo(UserId person) {
            return !author.equals(person) && (addressed.contains(person) || person.equals(repliedTo));
        }

        /** Whether it is aimed at someone, and that someone is not {@code person}. */
        boolean isToSomeoneBut(UserId person) {
            return !addressed.isEmpty() && !addressed.contains(person);
        }
    }

    private final AddressingInference addressing;
    private final ReplyWindow window;
    private final ReplyWeights weights;
    private final ArrayDeque<Recent> recent = new ArrayDeque<>();
    private final NickIndex<UserId> nicks;
    /** Scratch lists reused from message to message, so scoring allocates nothing. */
    private final List<UserId> authorsSeen = new ArrayList<>();
    private final List<UserId> partners = new ArrayList<>();
    private final Recent[] candidates = new Recent[CANDIDATES];
    private final Recent[] options = new Recent[CANDIDATES + 1];
    private final double[][] rows = new double[CANDIDATES + 1][ReplyWeights.FEATURES];
    /** Scratch for the weights' hidden units, sized once for them. */
    private final double[] hiddenScratch;
    private final long[] rootsSeen = new long[CANDIDATES];
    private final long[] authorsRoots = new long[CANDIDATES];
    /** Scratch: people the author has addressed since the candidate being described. */
    private final List<UserId> addressedSince = new ArrayList<>();
    /** Scratch: people whose latest message aimed at no third person has been passed. */
    private final List<UserId> freeSeen = new ArrayList<>();
    /** The number of the message the last message was linked to; -1: none. */
    private long pickedSeq = -1;
    private int optionCount;
    private long seq;
    /** The conversation (its first message's number) of the option the last message was linked to; -1: none. */
    private long pickedRoot = -1;

    public ReplyInference(AddressingInference addressing, ReplyWindow window) {
        this(addressing, window, ReplyWeights.defaults());
    }

    /** With other weights: for training and evaluating them ({@code rapport eval replies --folds}). */
    public ReplyInference(AddressingInference addressing, ReplyWindow window, ReplyWeights weights) {
        this.addressing = Objects.requireNonNull(addressing, "addressing");
        this.window = Objects.requireNonNull(window, "window");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.hiddenScratch = new double[weights.hiddenUnits()];
        this.nicks = new NickIndex<>(window.nicks());
    }

    /** {@code nick} is now used by {@code person} (they joined, or renamed themselves): it can be addressed. */
    public void nickInUse(String nick, UserId person) {
        nicks.put(nick, person);
    }

    /**
     * Reads the next message of the channel and remembers it.
     *
     * @param authorNick the nick the author wrote it under (registered as theirs)
     */
    public InferredReply observe(MessageId id, UserId author, String authorNick, Instant time, String text) {
        nickInUse(authorNick, author);
        forgetBefore(time);
        List<UserId> addressed = addressedPeople(text, author);
        int[] words = ContentWords.of(text);
        int[] nickWords = NickWords.of(text);
        int nickHash = NickWords.hash(authorNick);
        boolean question = MessageCues.isQuestion(text);
        optionCount = 0;
        pickedRoot = -1;
        pickedSeq = -1;
        InferredReply reply = looksLikeBot(authorNick)
                ? botAnswer(addressed, author).orElseGet(
                        () -> infer(addressed, author, time, text, words, question, nickWords, nickHash))
                : infer(addressed, author, time, text, words, question, nickWords, nickHash);
        recent.addLast(new Recent(seq, id, author, time, addressed, reply.replyToAuthor().orElse(null),
                reply.replyTo().orElse(null),
                isCommand(text), question, text.length() > MessageCues.LONG_MESSAGE, words, new int[1],
                pickedRoot < 0 ? seq : pickedRoot, pickedSeq, nickHash, nickWords));
        seq++;
        if (recent.size() > window.messages()) {
            recent.removeFirst();
        }
        return reply;
    }

    private List<UserId> addressedPeople(String text, UserId author) {
        List<String> addressedNicks =
                addressing.addressees(text, word -> nicks.resolve(word).map(NickIndex.Entry::nick));
        List<UserId> people = new ArrayList<>(addressedNicks.size());
        for (String nick : addressedNicks) {
            nicks.resolve(nick).map(NickIndex.Entry::value)
                    .filter(person -> !person.equals(author) && !people.contains(person))
                    .ifPresent(people::add);
        }
        return people;
    }

    /** What is known of the message being read, for describing its options. */
    private record Incoming(UserId author, List<UserId> addressed, Instant time, int[] words, boolean shortText,
                            boolean bump, boolean connective, boolean answerWord, boolean thanks, Recent ownPrevious,
                            boolean question, int[] nickWords, int nickHash) {
    }

    private InferredReply infer(List<UserId> addressed, UserId author, Instant time, String text, int[] words,
                                boolean question, int[] nickWords, int nickHash) {
        optionCount = 0;
        if (!window.turnTaking()) {
            return addressedOnly(addressed, author);
        }
        collectPartners(author);
        int count = 0;
        int authorsThreads = 0;
        Recent ownPrevious = null;
        for (Iterator<Recent> it = recent.descendingIterator(); it.hasNext() && count < CANDIDATES; ) {
            Recent r = it.next();
            if (ownPrevious == null && r.author().equals(author)) {
                ownPrevious = r;
            }
            if (r.author().equals(author)) {
                authorsRoots[authorsThreads++] = r.root();
            }
            candidates[count++] = r;
        }
        boolean shortText = MessageCues.isShort(text);
        Incoming m = new Incoming(author, addressed, time, words, shortText,
                addressed.isEmpty() && (MessageCues.opensToTheRoom(text) || shortText && question),
                MessageCues.startsWithFirstWord(text, MessageCues.CONNECTIVES),
                MessageCues.startsWithFirstWord(text, MessageCues.ANSWER_WORDS), MessageCues.thanks(text),
                ownPrevious, question, nickWords, nickHash);
        Arrays.fill(rows[0], 0);
        noneFeatures(rows[0], addressed, author, time, text, question);
        if (m.thanks()) {
            rows[0][ReplyWeights.NONE_THANKS] = 1;
        }
        if (ownPrevious != null) {
            if (!ownPrevious.addressed().isEmpty()) {
                rows[0][ReplyWeights.NONE_OWN_PREVIOUS_AIMED] = 1;
            }
            if (ownPrevious.replies()[0] > 0) {
                rows[0][ReplyWeights.NONE_OWN_PREVIOUS_ANSWERED] = 1;
            }
        }
        addressedSince.clear();
        freeSeen.clear();
        options[0] = null;
        optionCount = 1;
        authorsSeen.clear();
        boolean authorSeen = false;
        boolean aimedAtAuthorSeen = false;
        int roots = 0;
        for (int i = 0; i < count; i++) {
            Recent r = candidates[i];
            boolean threadLatest = true;
            for (int k = 0; k < roots && threadLatest; k++) {
                threadLatest = rootsSeen[k] != r.root();
            }
            if (threadLatest) {
                rootsSeen[roots++] = r.root();
            }
            boolean latestOfItsAuthor = !authorsSeen.contains(r.author());
            if (latestOfItsAuthor) {
                authorsSeen.add(r.author());
            }
            boolean runStart = i + 1 >= count || !candidates[i + 1].author().equals(r.author());
            boolean firstAimedAtAuthor = !aimedAtAuthorSeen && !authorSeen;
            double[] f = rows[optionCount];
            Arrays.fill(f, 0);
            describe(f, r, i + 1, latestOfItsAuthor, runStart, authorSeen, firstAimedAtAuthor, m);
            if (threadLatest) {
                f[ReplyWeights.THREAD_LATEST] = 1;
            }
            if (ownPrevious != null && r != ownPrevious && r.root() == ownPrevious.root()) {
                f[ReplyWeights.SAME_THREAD] = 1;
            }
            if (!r.author().equals(author) && contains(authorsRoots, authorsThreads, r.root())) {
                f[ReplyWeights.AUTHORS_THREAD] = 1;
            }
            if (ownPrevious != null && r.seq() > ownPrevious.seq() && r.root() == ownPrevious.root()) {
                rows[0][ReplyWeights.NONE_THREAD_GOING] = 1;
            }
            describeInWindow(f, r, i, count, m);
            if (r.isTo(author)) {
                aimedAtAuthorSeen = true;
            }
            if (r.author().equals(author)) {
                authorSeen = true;
            }
            options[optionCount++] = r;
        }
        int best = 0;
        double bestScore = weights.score(rows[0], hiddenScratch);
        for (int i = 1; i < optionCount; i++) {
            double score = weights.score(rows[i], hiddenScratch);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        Arrays.fill(candidates, 0, count, null);
        Recent pick = options[best];
        pickedRoot = pick == null ? -1 : pick.root();
        pickedSeq = pick == null ? -1 : pick.seq();
        if (pick != null && !pick.author().equals(author)) {
            pick.replies()[0]++;
        }
        return pick == null ? InferredReply.none(addressed) : InferredReply.to(addressed, pick.id(), pick.author());
    }

    /**
     * The features of candidate {@code r}, {@code distance} messages back, as a parent of message {@code m}.
     *
     * @param authorSeen         whether m's author has spoken since r
     * @param firstAimedAtAuthor whether no message since r, nor since the author last spoke, was aimed at the author
     */
    private void describe(double[] f, Recent r, int distance, boolean latestOfItsAuthor, boolean runStart,
                          boolean authorSeen, boolean firstAimedAtAuthor, Incoming m) {
        UserId author = m.author();
        List<UserId> addressed = m.addressed();
        boolean mine = r.author().equals(author);
        double gap = Math.min(60, minutesBetween(r.time(), m.time())) / 6.0;
        int shared = Math.min(3, ContentWords.shared(m.words(), r.words()));
        f[ReplyWeights.LOG_DISTANCE] = Math.log(distance);
        f[ReplyWeights.GAP] = gap;
        f[ReplyWeights.LOG_GAP] = Math.log1p(gap * 6);
        if (distance == 1) {
            f[ReplyWeights.ADJACENT] = 1;
        }
        if (runStart) {
            f[ReplyWeights.RUN_START] = 1;
        }
        f[ReplyWeights.SHARED_WORDS] = shared;
        f[ReplyWeights.SHARED_LONG_WORDS] = Math.min(3, ContentWords.sharedLong(m.words(), r.words()));
        if (!addressed.isEmpty()) {
            if (addressed.contains(r.author())) {
                f[ReplyWeights.ADDRESSES_AUTHOR] = 1;
                if (latestOfItsAuthor) {
                    f[ReplyWeights.ADDRESSEES_LATEST] = 1;
                }
                if (!r.isToSomeoneBut(author)) {
                    f[ReplyWeights.ADDRESSEE_FREE] = 1;
                }
                if (r.question()) {
                    f[ReplyWeights.ADDRESSEES_QUESTION] = 1;
                }
                if (r.longText()) {
                    f[ReplyWeights.ADDRESSEES_LONG] = 1;
                }
                f[ReplyWeights.ADDRESSEES_SHARED_WORDS] = shared;
                if (runStart) {
                    f[ReplyWeights.ADDRESSEES_RUN_START] = 1;
                }
            } else {
                f[ReplyWeights.ADDRESSES_OTHER] = 1;
            }
        }
        if (mine) {
            describeOwn(f, r, distance, latestOfItsAuthor, gap, m);
        } else {
            describeOthers(f, r, distance, latestOfItsAuthor, authorSeen, firstAimedAtAuthor, gap, m);
        }
        int relation = addressed.contains(r.author()) ? 0 : mine ? 1 : r.isTo(author) ? 2 : 3;
        f[ReplyWeights.RELATION_DISTANCE + relation * ReplyWeights.DISTANCE_BUCKETS + bucket(distance)] = 1;
    }

    /**
     * The features of {@code candidates[i]} that need the rest of the window: its own parent, the messages between it
     * and now. Called newest candidate first, so the scratch lists hold what came after the candidate.
     */
    private void describeInWindow(double[] f, Recent r, int i, int count, Incoming m) {
        UserId author = m.author();
        boolean mine = r.author().equals(author);
        double minutes = minutesBetween(r.time(), m.time());
        f[ReplyWeights.MINUTES + minuteBucket(minutes)] = 1;
        if (r.parentSeq() >= 0) {
            // Messages are numbered in order and the window holds them all, so the parent is found by its number.
            int k = (int) (seq - 1 - r.parentSeq());
            if (k >= 0 && k < count) {
                f[ReplyWeights.PARENT_SHARED_WORDS] =
                        Math.min(3, ContentWords.shared(m.words(), candidates[k].words()));
            }
        }
        boolean free = r.addressed().isEmpty() || r.addressed().contains(author);
        if (free && !freeSeen.contains(r.author())) {
            freeSeen.add(r.author());
            if (m.addressed().contains(r.author())) {
                f[ReplyWeights.ADDRESSEES_LATEST_FREE] = 1;
            }
        }
        if (mine) {
            if (r.replies()[0] > 0) {
                f[ReplyWeights.OWN_ANSWERED] = 1;
            }
            for (UserId to : r.addressed()) {
                if (!addressedSince.contains(to)) {
                    addressedSince.add(to);
                }
            }
            return;
        }
        for (UserId to : r.addressed()) {
            if (m.addressed().contains(to)) {
                f[ReplyWeights.SAME_TARGET] = 1;
                break;
            }
        }
        if (!m.addressed().contains(r.author()) && NickWords.contains(m.nickWords(), r.nickHash())) {
            f[ReplyWeights.MENTIONS_AUTHOR] = 1;
        }
        if (!r.addressed().contains(author) && NickWords.contains(r.nickWords(), m.nickHash())) {
            f[ReplyWeights.MENTIONED_BY_CANDIDATE] = 1;
        }
        if (addressedSince.contains(r.author())) {
            f[ReplyWeights.AUTHOR_TO_THEM_SINCE] = 1;
        }
        if (i > 0 && candidates[i - 1].author().equals(r.author())) {
            f[ReplyWeights.RUN_CONTINUES] = 1;
        }
        if (r.question() && m.question()) {
            f[ReplyWeights.BOTH_QUESTIONS] = 1;
        }
        if (m.ownPrevious() != null && r.parentSeq() == m.ownPrevious().seq()) {
            f[ReplyWeights.ANSWERS_OWN_PREVIOUS] = 1;
        }
    }

    /** Under 1 minute, 1-2, 2-4, 4-8, 8-16, 16 or more: doubling buckets, as turns slow down unevenly. */
    private static int minuteBucket(double minutes) {
        int bucket = 0;
        for (double bound = 1; bucket < ReplyWeights.MINUTE_BUCKETS - 1 && minutes >= bound; bound *= 2) {
            bucket++;
        }
        return bucket;
    }

    /** Features of the author's own earlier message: a continued thought. */
    private static void describeOwn(double[] f, Recent r, int distance, boolean latestOfItsAuthor, double gap,
                                    Incoming m) {
        List<UserId> addressed = m.addressed();
        f[ReplyWeights.OWN] = 1;
        if (latestOfItsAuthor) {
            f[ReplyWeights.OWN_LATEST] = 1;
        }
        if (r.isToSomeoneBut(m.author())) {
            f[ReplyWeights.OWN_AIMED] = 1;
        }
        if (r.question() && addressed.isEmpty()) {
            f[ReplyWeights.OWN_QUESTION] = 1;
        }
        if (!addressed.isEmpty() && r.addressed().contains(addressed.get(0))) {
            f[ReplyWeights.OWN_SAME_ADDRESSEE] = 1;
        }
        if (r.question() && m.bump()) {
            f[ReplyWeights.OWN_QUESTION_BUMPED] = 1;
        }
        if (distance == 1) {
            f[ReplyWeights.OWN_ADJACENT] = 1;
        }
        f[ReplyWeights.OWN_GAP] = gap;
        if (m.connective()) {
            f[ReplyWeights.OWN_CONNECTIVE] = 1;
        }
        if (m.thanks()) {
            f[ReplyWeights.THANKS_OWN] = 1;
        }
    }

    /** Features of someone else's message: turn-taking, addressee continuity, question and answer. */
    private void describeOthers(double[] f, Recent r, int distance, boolean latestOfItsAuthor, boolean authorSeen,
                                boolean firstAimedAtAuthor, double gap, Incoming m) {
        UserId author = m.author();
        boolean unaddressed = m.addressed().isEmpty();
        boolean partner = partners.contains(r.author());
        if (r.isTo(author)) {
            f[ReplyWeights.AIMED_AT_AUTHOR] = 1;
            if (firstAimedAtAuthor) {
                f[ReplyWeights.AIMED_AT_AUTHOR_LATEST] = 1;
            }
            if (m.shortText()) {
                f[ReplyWeights.SHORT_TO_AIMED] = 1;
            }
            if (r.question()) {
                f[ReplyWeights.AIMED_QUESTION] = 1;
            }
            f[ReplyWeights.AIMED_GAP] = gap;
        } else if (r.isToSomeoneBut(author)) {
            f[ReplyWeights.AIMED_AT_OTHER] = 1;
        } else if (r.addressed().isEmpty()) {
            f[ReplyWeights.UNADDRESSED] = 1;
            if (distance == 1 && unaddressed) {
                f[ReplyWeights.UNADDRESSED_ADJACENT] = 1;
            }
            if (r.longText()) {
                f[ReplyWeights.UNADDRESSED_LONG] = 1;
            }
            if (r.question() && unaddressed) {
                f[ReplyWeights.UNADDRESSED_QUESTION] = 1;
            }
        }
        if (partner) {
            f[ReplyWeights.PARTNER] = 1;
            if (latestOfItsAuthor) {
                f[ReplyWeights.PARTNERS_LATEST] = 1;
            }
        }
        if (r.question()) {
            f[ReplyWeights.QUESTION] = 1;
        }
        if (authorSeen) {
            f[ReplyWeights.AUTHOR_SPOKE_SINCE] = 1;
        }
        if (!latestOfItsAuthor) {
            f[ReplyWeights.SUPERSEDED] = 1;
        }
        Recent ownPrevious = m.ownPrevious();
        if (ownPrevious != null) {
            if (r.id().equals(ownPrevious.parent())) {
                f[ReplyWeights.OWN_PREVIOUS_PARENT] = 1;
            }
            if (r.author().equals(ownPrevious.repliedTo())) {
                f[ReplyWeights.OWN_PREVIOUS_COUNTERPART] = 1;
            }
        }
        if (m.answerWord() && r.question()) {
            f[ReplyWeights.ANSWERS_QUESTION] = 1;
        }
        if (r.replies()[0] > 0) {
            f[ReplyWeights.ANSWERED] = 1;
        } else if (r.question()) {
            f[ReplyWeights.OPEN_QUESTION] = 1;
        }
        if (m.thanks() && (r.isTo(author) || partner)) {
            f[ReplyWeights.THANKS_HELPER] = 1;
        }
    }

    /** How much a new message looks like it starts a conversation of its own. */
    private void noneFeatures(double[] f, List<UserId> addressed, UserId author, Instant time, String text,
                              boolean question) {
        f[ReplyWeights.NONE] = 1;
        if (!addressed.isEmpty()) {
            f[ReplyWeights.NONE_ADDRESSED] = 1;
        }
        Recent previousOwn = latestRecent(CANDIDATES, r -> r.author().equals(author));
        if (previousOwn == null) {
            f[ReplyWeights.NONE_NEWCOMER] = 1;
        } else {
            f[ReplyWeights.NONE_SILENCE] = Math.min(30, minutesBetween(previousOwn.time(), time)) / 6.0;
        }
        if (addressed.isEmpty() && question) {
            f[ReplyWeights.NONE_QUESTION] = 1;
        }
        if (addressed.isEmpty() && MessageCues.opensToTheRoom(text)) {
            f[ReplyWeights.NONE_OPENER] = 1;
        }
        if (text.length() > MessageCues.LONG_MESSAGE) {
            f[ReplyWeights.NONE_LONG] = 1;
        }
        if (MessageCues.isShort(text)) {
            f[ReplyWeights.NONE_SHORT] = 1;
        }
    }

    /** 1, 2, 3, 4-6, 7-12, 13 or more messages back. */
    private static int bucket(int distance) {
        if (distance <= 3) {
            return distance - 1;
        }
        if (distance <= 6) {
            return 3;
        }
        return distance <= 12 ? 4 : 5;
    }

    /**
     * For training: how many options the last observed message was scored on ("none" first), or 0 when it was
     * not scored (a bot's answer, or turn-taking off).
     */
    public int optionCount() {
        return optionCount;
    }

    /** For training: the message option {@code i} of the last observed message links to; empty for "none". */
    public Optional<MessageId> option(int i) {
        Objects.checkIndex(i, optionCount);
        return options[i] == null ? Optional.empty() : Optional.of(options[i].id());
    }

    /** For training: a copy of the features of option {@code i} of the last observed message. */
    public double[] features(int i) {
        Objects.checkIndex(i, optionCount);
        return rows[i].clone();
    }

    /** People the author has exchanged addressed messages with, in the recent window (addressee continuity). */
    private void collectPartners(UserId author) {
        partners.clear();
        int seen = 0;
        for (Iterator<Recent> it = recent.descendingIterator(); it.hasNext() && seen < CANDIDATES; seen++) {
            Recent r = it.next();
            if (r.author().equals(author)) {
                for (UserId to : r.addressed()) {
                    if (!partners.contains(to)) {
                        partners.add(to);
                    }
                }
                if (r.repliedTo() != null && !r.repliedTo().equals(author) && !partners.contains(r.repliedTo())) {
                    partners.add(r.repliedTo());
                }
            } else if (r.isTo(author) && !partners.contains(r.author())) {
                partners.add(r.author());
            }
        }
    }

    /** Addressing alone: the addressee's latest message not aimed at someone else, or else their latest. */
    private InferredReply addressedOnly(List<UserId> addressed, UserId author) {
        for (UserId person : addressed) {
            Recent theirs = latestRecent(window.messages(), r -> r.author().equals(person)
                    && (r.addressed().isEmpty() || r.addressed().contains(author)));
            if (theirs == null) {
                theirs = latestRecent(window.messages(), r -> r.author().equals(person));
            }
            if (theirs != null) {
                return InferredReply.to(addressed, theirs.id(), person);
            }
        }
        return InferredReply.none(addressed);
    }

    /** A bot speaks when asked: it answers the latest command ({@code !factoid}) or message addressed to it. */
    private Optional<InferredReply> botAnswer(List<UserId> addressed, UserId bot) {
        Recent command = latestRecent(BOT_RANGE,
                r -> !r.author().equals(bot) && (r.command() || r.addressed().contains(bot)));
        if (command == null) {
            return Optional.empty();
        }
        // The answer belongs to the conversation of the command it answers.
        pickedRoot = command.root();
        pickedSeq = command.seq();
        return Optional.of(InferredReply.to(addressed, command.id(), command.author()));
    }

    /**
     * IRC has no bot flag: by convention bots' nicks end in "bot" (chanbot, SomeBot), where a number or separator
     * may follow when several run or the nick was taken (floodbot1, logbot_, news-bot-2), or are Ubuntu's ubotu,
     * ubottu.
     */
    public static boolean looksLikeBot(String nick) {
        String n = nick.toLowerCase(Locale.ROOT);
        int end = n.length();
        while (end > 0 && (Character.isDigit(n.charAt(end - 1)) || n.charAt(end - 1) == '_' || n.charAt(end - 1) == '-')) {
            end--;
        }
        return n.startsWith("bot", end - 3) || n.startsWith("ubot");
    }

    private static boolean isCommand(String text) {
        String t = text.strip();
        return t.length() > 1 && t.charAt(0) == '!' && Character.isLetter(t.charAt(1));
    }

    private static boolean contains(long[] values, int count, long value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static double minutesBetween(Instant earlier, Instant later) {
        long seconds = Duration.between(earlier, later).getSeconds();
        return seconds <= 0 ? 0 : seconds / 60.0;
    }

    private Recent latestRecent(int range, Predicate<Recent> test) {
        int seen = 0;
        for (Iterator<Recent> it = recent.descendingIterator(); it.hasNext() && seen < range; seen++) {
            Recent r = it.next();
            if (test.test(r)) {
                return r;
            }
        }
        return null;
    }

    private void forgetBefore(Instant now) {
        Instant oldest = now.minus(window.age());
        while (!recent.isEmpty() && recent.peekFirst().time().isBefore(oldest)) {
            recent.removeFirst();
        }
    }
}
