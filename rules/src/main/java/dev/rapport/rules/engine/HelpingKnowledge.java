package dev.rapport.rules.engine;

import dev.rapport.rules.engine.CommunityState.Person;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.text.ToolsUsed;
import dev.rapport.rules.text.TopicWords;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a community knows of who can help with what: the topics each person learned lately (their questions others
 * answered, and the tools they said they use, {@link ToolsUsed}), the open requests they passed over that they could
 * have answered, and which askers were just taught ({@link #drainTaught}). Named for the knowledge it keeps, not for
 * one of its readings: give-take counts the passing over, a snapshot keeps the learning, and both ask what a person
 * knows. It reads and writes the fields of that name on the community's {@link Person}: they stay there, one object
 * per person, so the knowledge costs no object and no bytes more per person than it did inside the community. One per
 * {@link CommunityState}, which says when its snapshot changed.
 */
final class HelpingKnowledge {

    /** Questions of one's own that others answered, remembered: what one has learned lately. */
    static final int ANSWERED_KEPT = 8;
    static final Duration ANSWERED_MEMORY = Duration.ofDays(14);
    /** Passed-over requests remembered per person: enough for a week's count. */
    static final int PASSED_KEPT = 16;

    /** The community's open requests: those a person could pass over, and those kept in a person's snapshot. */
    private final OpenQuestions openQuestions;
    /** Askers whose question someone else just answered ({@link #drainTaught}); null when none. */
    private List<UserId> taught;

    HelpingKnowledge(OpenQuestions openQuestions) {
        this.openQuestions = openQuestions;
    }

    /**
     * {@code person} ({@code p}) now knows about {@code topic}: a question of theirs answered, or a tool they said they
     * use ({@code tool}: its one word; said again, it is moved to the newest). The oldest goes beyond
     * {@link #ANSWERED_KEPT}.
     */
    void learned(Person p, UserId person, int[] topic, Instant at, boolean tool) {
        boolean knew = knewAtLastLook(p, topic, tool);
        int n = p.answeredTopics == null ? 0 : p.answeredTopics.length;
        int[][] topics = new int[n + 1][];
        Instant[] times = new Instant[n + 1];
        boolean[] tools = new boolean[n + 1];
        int kept = 0;
        for (int k = 0; k < n; k++) {
            boolean wasTool = p.namedTool != null && p.namedTool[k];
            if (tool && wasTool && Arrays.equals(p.answeredTopics[k], topic)) {
                continue;
            }
            topics[kept] = p.answeredTopics[k];
            times[kept] = p.answeredAt[k];
            tools[kept] = wasTool;
            kept++;
        }
        topics[kept] = topic;
        times[kept] = at;
        tools[kept] = tool;
        kept++;
        int from = Math.max(0, kept - ANSWERED_KEPT);
        p.answeredTopics = Arrays.copyOfRange(topics, from, kept);
        p.answeredAt = Arrays.copyOfRange(times, from, kept);
        boolean[] flags = Arrays.copyOfRange(tools, from, kept);
        p.namedTool = anyTrue(flags) ? flags : null;
        // What they learned can make an open request theirs to pass over: look at every one again. Not when they only
        // learned again what they already knew at their last look (the same topic, learned before it and still
        // remembered then): every request that matches it matched then, and was decided. A community whose questions
        // keep coming back to one subject would otherwise have each person look at the whole hour again each time.
        if (!knew) {
            p.lookedUpTo = 0;
        }
        if (taught == null) {
            taught = new ArrayList<>(2);
        }
        taught.add(person);
    }

    private static boolean anyTrue(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code person} ({@code p}), writing at {@code now}, was active while requests stood open that they could have
     * answered: asked by someone else to the room within {@code window} before, still unanswered (this message
     * answered none of them), and either about what a question of theirs that others answered lately was about, or a
     * request for feedback in a channel where members give each other feedback. Each is remembered once per person.
     * Returns whether they passed any over (what the community's snapshot keeps changed).
     */
    boolean notePassedOver(Person p, UserId person, Instant now, Duration window) {
        Instant learnedSince = now.minus(ANSWERED_MEMORY);
        // Only the requests this person could pass over: those anyone can answer and those on a topic they learned.
        List<Question> candidates = openQuestions.passable(now, window, p.answeredTopics, p.answeredAt, learnedSince,
                p.lookedUpTo);
        int passed = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Question q = candidates.get(i);
            if (!q.open || q.asker.equals(person) || !q.time.isBefore(now)) {
                continue;
            }
            // The topic first, then one look-up that both asks whether they passed it over already and notes it: a
            // request they did pass over is almost never a candidate again, as their look is kept.
            if ((q.anyoneCanAnswer || learnedAbout(p, q.topic, learnedSince)) && q.notePasser(person)) {
                passed++;
            }
        }
        if (passed > 0) {
            p.passedOver = passedAgain(p.passedOver, now, passed);
        }
        p.lookedUpTo = openQuestions.lookedUpTo(now);
        p.lookedAt = p.lookedUpTo == 0 ? null : now;
        return passed > 0;
    }

    /**
     * Whether one of the topics {@code p} has learned is {@code topic} itself, learned (as a topic, not a tool's name)
     * no later than their last look and still remembered at it.
     */
    private static boolean knewAtLastLook(Person p, int[] topic, boolean tool) {
        if (tool || p.lookedUpTo == 0 || p.lookedAt == null || p.answeredTopics == null) {
            return false;
        }
        Instant rememberedFrom = p.lookedAt.minus(ANSWERED_MEMORY);
        for (int k = 0; k < p.answeredTopics.length; k++) {
            boolean wasTool = p.namedTool != null && p.namedTool[k];
            Instant at = p.answeredAt[k];
            if (!wasTool && !at.isAfter(p.lookedAt) && !at.isBefore(rememberedFrom)
                    && Arrays.equals(p.answeredTopics[k], topic)) {
                return true;
            }
        }
        return false;
    }

    /** How many requests {@code p} passed over in {@code [from, to)} (see {@link #notePassedOver}); null: nobody. */
    static int passedOver(Person p, Instant from, Instant to) {
        if (p == null || p.passedOver == null) {
            return 0;
        }
        int n = 0;
        for (Instant t : p.passedOver) {
            if (!t.isBefore(from) && t.isBefore(to)) {
                n++;
            }
        }
        return n;
    }

    private static boolean learnedAbout(Person p, int[] topic, Instant since) {
        if (p.answeredTopics == null || topic.length == 0) {
            return false;
        }
        for (int k = 0; k < p.answeredTopics.length; k++) {
            if (p.answeredAt[k].isBefore(since)) {
                continue;
            }
            // A tool one uses is one word, its name: a request that names it is about it.
            boolean tool = p.namedTool != null && p.namedTool[k];
            if (tool ? TopicWords.shared(p.answeredTopics[k], topic) > 0
                    : TopicWords.sameTopic(p.answeredTopics[k], topic)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code snapshot} with what the community keeps about {@code person} ({@code p}; null if it counted nothing of
     * them): what they learned lately (their questions others answered, by keyed topic words, oldest first), when
     * they passed over a request they could have answered, and their questions to the room still open.
     */
    UserSnapshot withHelping(UserSnapshot snapshot, UserId person, Person p) {
        if ((p == null || p.answeredTopics == null && p.passedOver == null) && !openQuestions.hasAskedBy(person)) {
            return snapshot;
        }
        List<UserSnapshot.Learned> learned = new ArrayList<>();
        for (int k = 0; p != null && p.answeredTopics != null && k < p.answeredTopics.length; k++) {
            learned.add(new UserSnapshot.Learned(p.answeredAt[k], Question.boxed(p.answeredTopics[k]),
                    p.namedTool != null && p.namedTool[k]));
        }
        List<UserSnapshot.Asked> asked = openQuestions.openAskedBy(person);
        return snapshot.withHelping(learned, p == null || p.passedOver == null ? List.of() : List.of(p.passedOver),
                asked);
    }

    /**
     * Takes back into {@code p} what {@link #withHelping} kept of what they learned and passed over (their open
     * questions are the community's to reopen).
     */
    static void restore(Person p, UserSnapshot snapshot) {
        List<UserSnapshot.Learned> learned = snapshot.learned();
        int n = Math.min(learned.size(), ANSWERED_KEPT);
        p.answeredTopics = n == 0 ? null : new int[n][];
        p.answeredAt = n == 0 ? null : new Instant[n];
        boolean[] tools = new boolean[n];
        for (int k = 0; k < n; k++) {
            UserSnapshot.Learned l = learned.get(learned.size() - n + k);
            p.answeredTopics[k] = l.topic().stream().mapToInt(Integer::intValue).sorted().toArray();
            p.answeredAt[k] = l.at();
            tools[k] = l.tool();
        }
        p.namedTool = anyTrue(tools) ? tools : null;
        p.lookedUpTo = 0;
        p.passedOver = snapshot.passedOver().isEmpty() ? null : keepLast(snapshot.passedOver().toArray(new Instant[0]));
    }

    /** The askers whose question someone else answered since the last call (their state changed); usually none. */
    List<UserId> drainTaught() {
        if (taught == null) {
            return List.of();
        }
        List<UserId> out = taught;
        taught = null;
        return out;
    }

    /**
     * {@code before} (null: none) and {@code times} requests passed over {@code now}, the last {@link #PASSED_KEPT} of
     * them: one array for all a message passed over, not one per request.
     */
    private static Instant[] passedAgain(Instant[] before, Instant now, int times) {
        int kept = before == null ? 0 : Math.min(before.length, Math.max(0, PASSED_KEPT - times));
        Instant[] after = new Instant[kept + Math.min(times, PASSED_KEPT)];
        if (kept > 0) {
            System.arraycopy(before, before.length - kept, after, 0, kept);
        }
        Arrays.fill(after, kept, after.length, now);
        return after;
    }

    private static Instant[] keepLast(Instant[] a) {
        return a.length <= PASSED_KEPT ? a : Arrays.copyOfRange(a, a.length - PASSED_KEPT, a.length);
    }
}
