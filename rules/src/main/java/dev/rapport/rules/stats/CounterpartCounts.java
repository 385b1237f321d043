package dev.rapport.rules.stats;

import dev.rapport.rules.audience.Audience;

import java.util.Arrays;

/**
 * What a person gave to and received from each counterpart in a week, by pseudonym, in flat arrays (open
 * addressing): a week of a busy person names hundreds of people, and a boxed map entry per person per week would
 * be most of the engine's memory.
 */
final class CounterpartCounts {
    private static final Audience[] AUDIENCES = Audience.values();
    private String[] keys = new String[4];
    private int[] given = new int[4];
    private int[] received = new int[4];
    private byte[] audience = new byte[4];
    // Of what was given: help (answers, advice, pointers, reactions) and acknowledgements (thanks, "ok").
    private int[] helped = new int[4];
    private int[] acknowledged = new int[4];
    // Days of the week (bit 0 Monday .. bit 6 Sunday) on which the counterpart reached out: reciprocity is judged by
    // occasions, not by the messages of one conversation.
    private byte[] receivedDays = new byte[4];
    private int size;

    int size() {
        return size;
    }

    /** Adds to a counterpart's counts and sets who they are now. */
    void add(String who, int givenDelta, int receivedDelta, Audience now) {
        int i = slot(who);
        if (keys[i] == null) {
            if ((size + 1) * 4 > keys.length * 3) {
                grow();
                i = slot(who);
            }
            keys[i] = who;
            size++;
        }
        given[i] += givenDelta;
        received[i] += receivedDelta;
        audience[i] = (byte) now.ordinal();
    }

    /** Adds to what of the given was help or acknowledgement, for a counterpart already counted. */
    void addKinds(String who, int helpedDelta, int acknowledgedDelta) {
        int i = slot(who);
        if (keys[i] == null) return;
        helped[i] += helpedDelta;
        acknowledged[i] += acknowledgedDelta;
    }

    /** Marks a day of the week (0 Monday .. 6 Sunday) on which a counterpart already counted reached out. */
    void receivedOn(String who, int dayOfWeek) {
        int i = slot(who);
        if (keys[i] == null) return;
        receivedDays[i] |= (byte) (1 << dayOfWeek);
    }

    /** Sets the days a counterpart already counted reached out on (a restored tally). */
    void receivedDays(String who, int days) {
        int i = slot(who);
        if (keys[i] == null) return;
        receivedDays[i] = (byte) (days & 0x7f);
    }

    /** Visits every counterpart (in no particular order). */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                visitor.visit(keys[i], given[i], received[i], AUDIENCES[audience[i]], helped[i], acknowledged[i],
                        receivedDays[i]);
            }
        }
    }

    interface Visitor {
        void visit(String who, int given, int received, Audience audience, int helped, int acknowledged,
                   int receivedDays);
    }

    private int slot(String who) {
        int mask = keys.length - 1;
        int i = mix(who.hashCode()) & mask;
        while (keys[i] != null && !keys[i].equals(who)) i = (i + 1) & mask;
        return i;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldGiven = given;
        int[] oldReceived = received;
        byte[] oldAudience = audience;
        int[] oldHelped = helped;
        int[] oldAcknowledged = acknowledged;
        byte[] oldDays = receivedDays;
        int capacity = oldKeys.length * 2;
        keys = new String[capacity];
        given = new int[capacity];
        received = new int[capacity];
        audience = new byte[capacity];
        helped = new int[capacity];
        acknowledged = new int[capacity];
        receivedDays = new byte[capacity];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null) continue;
            int i = slot(oldKeys[j]);
            keys[i] = oldKeys[j];
            given[i] = oldGiven[j];
            received[i] = oldReceived[j];
            audience[i] = oldAudience[j];
            helped[i] = oldHelped[j];
            acknowledged[i] = oldAcknowledged[j];
            receivedDays[i] = oldDays[j];
        }
    }

    @Override
    public String toString() {
        return "CounterpartCounts" + Arrays.toString(keys);
    }
}
