package dev.rapport.rules.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The community's requests of the last window that someone could pass over ({@link CommunityState#notePassedOver}),
 * indexed so that a message looks only at the requests it could matter to: the requests for feedback that anyone can
 * answer, and the others by each of their topic words. A person passes a topic request over only when it shares
 * {@link dev.rapport.rules.text.TopicWords#SAME_TOPIC} words with something they lately learned, so every such request
 * is in the list of one of those words; someone who learned nothing lately looks at no topic request at all. The walk
 * over every open request of the hour, for every coached message, was a third of the coaching thread of a replay.
 *
 * <p>Only candidates come out: the caller decides each as before (still open, not the person's own, not passed over
 * already, the same topic), so which requests are passed over does not change. The index holds the requests of the
 * longest window asked for, in the order they came (which is time order, as events come), and lets the oldest go as
 * time moves on; each word's list is in the same order, so the request let go is at the head of each of its lists. It
 * is built from the open requests the first time it is asked, and again when asked for a longer window or after a
 * restore put older requests back.
 *
 * <p>Each request held is numbered in the order it came. A person's message looks at every candidate of the window,
 * and each one's answer (their own, closed, passed over already, on nothing they learned) stays the same while they
 * learn nothing new and time moves on: so {@link #lookedUpTo} gives a number the caller keeps per person, and their
 * next call skips the requests numbered up to it, which they have already looked at. The number is only given when
 * every request held is older than the call; it stops counting when the index is built again, the window changes or
 * time goes back (a request out of the old window could come back into it), and the caller forgets it when the person
 * learns something. A busy hour's requests are then each looked at once per person, not at each of their messages.
 */
final class PassableRequests {
    /** The window asked for (the longest so far); null until asked, or after {@link #stale}. */
    private Duration window;
    /** The latest time seen: what is older than this less the window can go. */
    private Instant latest;
    /** Every request held, in the order it came: the order in which they go. */
    private final Ring all = new Ring();
    /** Requests for feedback where members give each other feedback: anyone may pass one over. */
    private final Ring anyone = new Ring();
    /** The other requests by topic word: open addressing, a word's list kept (empty) until the next rehash. */
    private int[] words = new int[16];
    private Ring[] lists = new Ring[16];
    private int used;
    /** Marks a request once it is a candidate of the current call (a request shares several words with a topic). */
    private int call;
    private final List<Question> candidates = new ArrayList<>();
    /** The number of the latest request held (each held gets the next), or of the latest {@link #forgetLooks}. */
    private int numbered = 1;
    /** A person's {@link #lookedUpTo} counts only from here: older ones were given before the index changed. */
    private int looksValidFrom = 1;
    /** The newest of the requests held (null: none held). */
    private Instant newestHeld;
    /** What the last call skipped: the requests numbered up to this (0: none). */
    private int skippedUpTo;
    /** Whether the last call looked over the index's whole window (a shorter one looks at less: no look is kept). */
    private boolean wholeWindow;

    /** A request someone could pass over was asked (after {@code build}; before it, {@code build} will find it). */
    void add(Question q) {
        if (window == null || !q.anyoneCanAnswer && q.topic.length == 0) {
            return;
        }
        hold(q);
        moveOn(q.time);
    }

    /** Older requests were put back (a restore): the index is built again when next asked. */
    void stale() {
        window = null;
        latest = null;
        all.clear();
        anyone.clear();
        words = new int[16];
        lists = new Ring[16];
        used = 0;
        newestHeld = null;
        forgetLooks();
    }

    /**
     * Every person's {@link #lookedUpTo} is forgotten: their next call looks at every candidate again. Once the numbers
     * run out (two thousand million requests) no look is ever kept, and every call looks at every candidate.
     */
    private void forgetLooks() {
        if (numbered < Integer.MAX_VALUE) {
            numbered++;
        }
        looksValidFrom = numbered;
    }

    /**
     * The requests asked in {@code [now - window, now)} that {@code person} could pass over: every request anyone can
     * answer, and those sharing a word with one of {@code topics} learned at or after {@code learnedSince} (each once;
     * null topics: none). Reused by the next call.
     *
     * @param open the community's open requests in the order they came, from {@code openHead}, to build from
     */
    List<Question> candidates(Instant now, Duration window, int[][] topics, Instant[] learnedAt, Instant learnedSince,
                              List<Question> open, int openHead) {
        return candidates(now, window, topics, learnedAt, learnedSince, open, openHead, 0);
    }

    /**
     * The same, less the requests {@code person} already looked at: those numbered up to {@code lookedUpTo}, what
     * {@link #lookedUpTo} gave after their last call (0: none; a number from before the index changed counts as none).
     */
    List<Question> candidates(Instant now, Duration window, int[][] topics, Instant[] learnedAt, Instant learnedSince,
                              List<Question> open, int openHead, int lookedUpTo) {
        if (this.window == null || window.compareTo(this.window) > 0) {
            build(window, open, openHead);
        }
        // A shorter window than the index's: what it leaves out was not looked at, now or by the look it continues.
        wholeWindow = window.equals(this.window);
        if (!wholeWindow) {
            forgetLooks();
        }
        if (latest != null && now.isBefore(latest)) {
            // Time went back: requests that had left someone's window are in it again.
            forgetLooks();
        }
        moveOn(now);
        candidates.clear();
        skippedUpTo = lookedUpTo >= looksValidFrom && numbered < Integer.MAX_VALUE ? lookedUpTo : 0;
        call++;
        // Most messages come from someone who has looked at every request held already (or none is held): each
        // list's newest request is then numbered up to skippedUpTo, and collect would stop at it, so the answer is
        // empty without the lookups of their topic words. Sound: every list holds requests of `all`, and `all` is in
        // the order of the numbers, so its last one is the newest number any list can hold.
        if (all.size == 0 || all.get(all.size - 1).number <= skippedUpTo) {
            return candidates;
        }
        Instant from = now.minus(window);
        collect(anyone, from, now);
        for (int k = 0; topics != null && k < topics.length; k++) {
            if (learnedAt[k].isBefore(learnedSince)) {
                continue;
            }
            int[] topic = topics[k];
            for (int w = 0; w < topic.length; w++) {
                if (w == 0 || topic[w] != topic[w - 1]) {
                    Ring list = list(topic[w]);
                    // A word of several topics learned: its list is walked once a call.
                    if (list != null && list.walkedBy != call) {
                        list.walkedBy = call;
                        collect(list, from, now);
                    }
                }
            }
        }
        return candidates;
    }

    /**
     * For the caller to keep for the person of the last {@link #candidates} call, once it has decided every candidate:
     * every request held is now looked at, when all are older than {@code now} (a request of this very moment is not
     * a candidate yet); otherwise what they had looked at before.
     */
    int lookedUpTo(Instant now) {
        if (!wholeWindow) {
            return 0;
        }
        return newestHeld == null || newestHeld.isBefore(now) ? numbered : skippedUpTo;
    }

    /**
     * The requests of {@code list} in {@code [from, to)}, newest first, not yet candidates of this call, down to the
     * first one looked at already (the list is in the order of the numbers).
     */
    private void collect(Ring list, Instant from, Instant to) {
        for (int i = list.size - 1; i >= 0; i--) {
            Question q = list.get(i);
            if (q.number <= skippedUpTo) {
                break;
            }
            // Already a candidate through another of its words, so within [from, to): its time need not be read.
            if (q.candidateOf == call) {
                continue;
            }
            if (q.time.isBefore(from)) {
                break;
            }
            if (q.time.isBefore(to)) {
                q.candidateOf = call;
                candidates.add(q);
            }
        }
    }

    private void build(Duration window, List<Question> open, int openHead) {
        stale();
        this.window = window;
        for (int i = openHead; i < open.size(); i++) {
            Question q = open.get(i);
            if (q != null && q.open && (q.anyoneCanAnswer || q.topic.length > 0)) {
                hold(q);
                latest = latest == null || q.time.isAfter(latest) ? q.time : latest;
            }
        }
    }

    private void hold(Question q) {
        if (numbered < Integer.MAX_VALUE) {
            numbered++;
        }
        q.number = numbered;
        newestHeld = newestHeld == null || q.time.isAfter(newestHeld) ? q.time : newestHeld;
        all.add(q);
        if (q.anyoneCanAnswer) {
            anyone.add(q);
            return;
        }
        int[] topic = q.topic;
        for (int w = 0; w < topic.length; w++) {
            if (w == 0 || topic[w] != topic[w - 1]) {
                Ring list = list(topic[w]);
                if (list == null) {
                    list = newList(topic[w]);
                }
                list.add(q);
            }
        }
    }

    /** Time is {@code now}: the requests older than the window go, each from the head of its lists. */
    private void moveOn(Instant now) {
        if (latest == null || now.isAfter(latest)) {
            latest = now;
        }
        Instant horizon = latest.minus(window);
        while (all.size > 0 && all.get(0).time.isBefore(horizon)) {
            Question q = all.removeFirst();
            if (q.anyoneCanAnswer) {
                anyone.removeFirst();
                continue;
            }
            int[] topic = q.topic;
            for (int w = 0; w < topic.length; w++) {
                if (w == 0 || topic[w] != topic[w - 1]) {
                    list(topic[w]).removeFirst();
                }
            }
        }
    }

    private Ring list(int word) {
        int mask = words.length - 1;
        for (int i = mix(word) & mask; lists[i] != null; i = (i + 1) & mask) {
            if (words[i] == word) {
                return lists[i];
            }
        }
        return null;
    }

    private Ring newList(int word) {
        if ((used + 1) * 2 > words.length) {
            rehash();
        }
        Ring list = new Ring();
        put(words, lists, word, list);
        used++;
        return list;
    }

    /** Room for more words, and the words whose lists are empty let go. */
    private void rehash() {
        int live = 0;
        for (Ring list : lists) {
            if (list != null && list.size > 0) {
                live++;
            }
        }
        int capacity = Math.max(16, Integer.highestOneBit(live + 1) * 4);
        int[] newWords = new int[capacity];
        Ring[] newLists = new Ring[capacity];
        for (int i = 0; i < lists.length; i++) {
            if (lists[i] != null && lists[i].size > 0) {
                put(newWords, newLists, words[i], lists[i]);
            }
        }
        words = newWords;
        lists = newLists;
        used = live;
    }

    private static void put(int[] words, Ring[] lists, int word, Ring list) {
        int mask = words.length - 1;
        int i = mix(word) & mask;
        while (lists[i] != null) {
            i = (i + 1) & mask;
        }
        words[i] = word;
        lists[i] = list;
    }

    /** Topic words are hashes already, but plain ones of short words differ mostly in their high bits. */
    private static int mix(int word) {
        int h = word * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Requests in the order they came: added at the tail, let go from the head. */
    private static final class Ring {
        private Question[] items = new Question[2];
        private int head;
        int size;
        /** The last call that walked this list ({@link #call}). */
        int walkedBy;

        void add(Question q) {
            if (size == items.length) {
                Question[] grown = new Question[items.length * 2];
                for (int i = 0; i < size; i++) {
                    grown[i] = get(i);
                }
                items = grown;
                head = 0;
            }
            items[(head + size) & (items.length - 1)] = q;
            size++;
        }

        /** The {@code i}th oldest. */
        Question get(int i) {
            return items[(head + i) & (items.length - 1)];
        }

        Question removeFirst() {
            Question q = items[head];
            items[head] = null;
            head = (head + 1) & (items.length - 1);
            size--;
            if (size == 0) {
                head = 0;
            }
            return q;
        }

        void clear() {
            java.util.Arrays.fill(items, null);
            head = 0;
            size = 0;
        }
    }
}
