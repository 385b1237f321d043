package dev.rapport.rules.engine;

/**
 * When a person first and last interacted with each counterpart (by pseudonym), and when they last gave them
 * something, in flat arrays (open addressing). A person in a big community meets hundreds of people; a boxed map
 * entry and two {@code Instant}s per counterpart were most of a person's memory. The interface speaks epoch
 * milliseconds; inside, times are whole seconds from 2020 in an {@code int} (1952 to 2088), which is finer than
 * anything the rules ask (days and hours).
 */
final class ContactBook {
    /** Not yet. */
    static final long NEVER = Long.MIN_VALUE;
    private static final int NONE = Integer.MIN_VALUE;
    private static final long BASE_SECONDS = 1_577_836_800L; // 2020-01-01T00:00:00Z

    private String[] keys = new String[8];
    private int[] first = new int[8];
    private int[] last = new int[8];
    private int[] gave = new int[8];
    private int size;

    private static int pack(long epochMilli) {
        if (epochMilli == NEVER) return NONE;
        long s = Math.floorDiv(epochMilli, 1000) - BASE_SECONDS;
        return (int) Math.max(NONE + 1, Math.min(Integer.MAX_VALUE, s));
    }

    private static long unpack(int packed) {
        return packed == NONE ? NEVER : (packed + BASE_SECONDS) * 1000;
    }

    int size() {
        return size;
    }

    /** An interaction either way at {@code at}; {@code given} when the person gave something (a reply, a reaction). */
    void interacted(String other, long atMilli, boolean given) {
        int i = slotFor(other);
        int at = pack(atMilli);
        if (first[i] == NONE || at < first[i]) first[i] = at;
        if (at > last[i]) last[i] = at;
        if (given && at > gave[i]) gave[i] = at;
    }

    /** Takes a stored contact back. */
    void restore(String other, long firstAt, long lastGaveAt) {
        int i = slotFor(other);
        first[i] = pack(firstAt);
        gave[i] = pack(lastGaveAt);
        last[i] = Math.max(first[i], gave[i]);
    }

    long firstInteraction(String other) {
        int i = find(other);
        return i < 0 ? NEVER : unpack(first[i]);
    }

    long lastGave(String other) {
        int i = find(other);
        return i < 0 ? NEVER : unpack(gave[i]);
    }

    /** Forgets everyone not met since {@code horizon}: to the rules they are new again. */
    void forgetBefore(long horizonMilli) {
        int horizon = pack(horizonMilli);
        int live = 0;
        for (int i = 0; i < keys.length; i++) if (keys[i] != null && last[i] >= horizon) live++;
        if (live == size) return;
        String[] oldKeys = keys;
        int[] oldFirst = first;
        int[] oldLast = last;
        int[] oldGave = gave;
        allocate(capacityFor(live));
        size = 0;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null || oldLast[j] < horizon) continue;
            put(oldKeys[j], oldFirst[j], oldLast[j], oldGave[j]);
        }
    }

    interface Visitor {
        void visit(String other, long first, long lastGave);
    }

    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) visitor.visit(keys[i], unpack(first[i]), unpack(gave[i]));
        }
    }

    private int find(String other) {
        int mask = keys.length - 1;
        for (int i = mix(other.hashCode()) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (keys[i].equals(other)) return i;
        }
        return -1;
    }

    private int slotFor(String other) {
        int i = find(other);
        if (i >= 0) return i;
        if ((size + 1) * 4 > keys.length * 3) grow();
        return put(other, NONE, NONE, NONE);
    }

    private int put(String other, int firstAt, int lastAt, int gaveAt) {
        int mask = keys.length - 1;
        int i = mix(other.hashCode()) & mask;
        while (keys[i] != null) i = (i + 1) & mask;
        keys[i] = other;
        first[i] = firstAt;
        last[i] = lastAt;
        gave[i] = gaveAt;
        size++;
        return i;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldFirst = first;
        int[] oldLast = last;
        int[] oldGave = gave;
        allocate(keys.length * 2);
        size = 0;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) put(oldKeys[j], oldFirst[j], oldLast[j], oldGave[j]);
        }
    }

    private void allocate(int capacity) {
        keys = new String[capacity];
        first = new int[capacity];
        last = new int[capacity];
        gave = new int[capacity];
    }

    private static int capacityFor(int entries) {
        int capacity = 8;
        while (entries * 4 > capacity * 3) capacity *= 2;
        return capacity;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
