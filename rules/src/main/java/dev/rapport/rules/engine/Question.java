package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.text.TopicWords;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A question put to the room in one community that nobody was addressed by; {@code open} until answered or
 * forgotten. Holds who passed it over while it stood open, in a set of its own made for that one job: in a busy
 * channel everyone who speaks within the hour can pass a request for feedback over, and the community asks whether
 * each has, per open question per message.
 */
final class Question {

    /** Up to this many, who passed a question over are kept in order and scanned; beyond, hashed. */
    private static final int PASSED_SCANNED = 8;

    final MessageId id;
    /** Not final: a question restored under a stand-in for its asker takes their id when they are next seen. */
    UserId asker;
    final ChannelId channel;
    final Instant time;
    /** What it asks about ({@link TopicWords}). */
    final int[] topic;
    /** A request for feedback where members give each other feedback: anyone there can answer it. */
    final boolean anyoneCanAnswer;
    boolean open = true;
    /**
     * Who was active while it stood open and passed it over, counted once each: in order while few, then an
     * open-addressing set ({@link #wasPassedBy}); in a busy channel everyone who speaks within the hour can pass a
     * request for feedback over, and a scan of them per open question per message was 40% of a replay.
     */
    private UserId[] passedBy;
    private int passedCount;
    /** The last {@link PassableRequests} call that gave it as a candidate (one visit per call). */
    int candidateOf;
    /** Its number in {@link PassableRequests}, in the order requests came there. */
    int number;

    Question(MessageId id, UserId asker, ChannelId channel, Instant time, int[] topic, boolean anyoneCanAnswer) {
        this.id = id;
        this.asker = asker;
        this.channel = channel;
        this.time = time;
        this.topic = topic;
        this.anyoneCanAnswer = anyoneCanAnswer;
    }

    /** Whether {@code person} passed this question over. */
    boolean wasPassedBy(UserId person) {
        UserId[] by = passedBy;
        if (by == null) {
            return false;
        }
        if (by.length <= PASSED_SCANNED) {
            for (int i = 0; i < passedCount; i++) {
                if (by[i].equals(person)) {
                    return true;
                }
            }
            return false;
        }
        int mask = by.length - 1;
        for (int i = person.hashCode() & mask; by[i] != null; i = (i + 1) & mask) {
            if (by[i].equals(person)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Notes that {@code person} passed this question over, unless they had already: whether they are new among those
     * who did. One look-up of the set where {@link #wasPassedBy} and {@link #addPasser} would take two.
     */
    boolean notePasser(UserId person) {
        UserId[] by = passedBy;
        if (by != null && by.length > PASSED_SCANNED) {
            int mask = by.length - 1;
            int i = person.hashCode() & mask;
            for (; by[i] != null; i = (i + 1) & mask) {
                if (by[i].equals(person)) {
                    return false;
                }
            }
            if ((passedCount + 1) * 2 <= by.length) {
                by[i] = person;
                passedCount++;
                return true;
            }
        } else if (wasPassedBy(person)) {
            return false;
        }
        addPasser(person);
        return true;
    }

    /** Notes that {@code person} (not yet among them) passed this question over. */
    void addPasser(UserId person) {
        UserId[] by = passedBy;
        if (by == null) {
            passedBy = new UserId[]{person};
            passedCount = 1;
            return;
        }
        if (by.length <= PASSED_SCANNED) {
            if (passedCount < by.length) {
                by[passedCount++] = person;
                return;
            }
            if (by.length < PASSED_SCANNED) {
                passedBy = Arrays.copyOf(by, Math.min(by.length * 2, PASSED_SCANNED));
                passedBy[passedCount++] = person;
                return;
            }
        } else if ((passedCount + 1) * 2 <= by.length) {
            insert(by, person);
            passedCount++;
            return;
        }
        // Full: a table at most half full, with everyone so far and the newcomer.
        UserId[] table = new UserId[Integer.highestOneBit(passedCount + 1) * 4];
        for (UserId u : by) {
            if (u != null) {
                insert(table, u);
            }
        }
        insert(table, person);
        passedBy = table;
        passedCount++;
    }

    /** Lets go of who passed it over (an answered question is passed over by nobody more). */
    void forgetPassers() {
        passedBy = null;
        passedCount = 0;
    }

    /** Who passed this question over, in no particular order. */
    List<UserId> passers() {
        List<UserId> by = new ArrayList<>(passedCount);
        if (passedBy != null) {
            for (int i = 0; i < passedBy.length && by.size() < passedCount; i++) {
                if (passedBy[i] != null) {
                    by.add(passedBy[i]);
                }
            }
        }
        return by;
    }

    /**
     * Puts {@code to} among those who passed it over in the place of {@code from} (a stand-in, once the person it
     * holds the place of is seen), or drops {@code from} where {@code to} is null (someone forgotten). The set is
     * built again: a hashed one cannot take one entry out.
     */
    void replacePasser(UserId from, UserId to) {
        List<UserId> by = passers();
        forgetPassers();
        for (UserId u : by) {
            if (!u.equals(from)) {
                addPasser(u);
            } else if (to != null) {
                addPasser(to);
            }
        }
    }

    /** {@code words} (a topic's word hashes) as a snapshot lists them. */
    static List<Integer> boxed(int[] words) {
        List<Integer> list = new ArrayList<>(words.length);
        for (int w : words) {
            list.add(w);
        }
        return list;
    }

    private static void insert(UserId[] table, UserId person) {
        int mask = table.length - 1;
        int i = person.hashCode() & mask;
        while (table[i] != null) {
            i = (i + 1) & mask;
        }
        table[i] = person;
    }
}
