package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The open-question book of one community: the questions and requests put to its room that nobody has answered yet
 * (in time order, by message and by asker, the latest per channel still awaiting a first word), and the requests of
 * the last weeks that went by, for {@link #outsiderWaited}. Kept apart from {@link CommunityState}, which knows what
 * the community's people are: the book never reads a person, and asks the community (its {@link Outsiders}) only
 * whether an asker came from outside the trade.
 */
final class OpenQuestions {

    /** A question from outside the trade that waited this long for anyone went by the people who could answer it. */
    static final Duration OUTSIDER_WAIT = Duration.ofDays(1);
    /** Own open questions kept in a person's snapshot, the newest. */
    static final int ASKED_KEPT = 16;

    /** Whether a request by {@code asker} in {@code channel} came from outside the trade (the community knows). */
    @FunctionalInterface
    interface Outsiders {
        boolean outsider(UserId asker, ChannelId channel, boolean offer);
    }

    /**
     * A request to the room asked lately, for {@link #outsiderWaited}: a request for offers, or a question that waited a
     * day or more before it was answered (the open and the answered questions are dropped from the question list as
     * the oldest go, and an answered one from its head at once). Kept in the community's snapshot (the asker by
     * pseudonym), so the week's requests that went by still count after a restart.
     */
    record Asked(Instant time, UserId asker, ChannelId channel, boolean offer) {
    }

    /** How many questions, and requests, are kept at most. */
    private final int max;
    /** How long questions are remembered. */
    private final Duration memory;
    /** Every recent question: an open one taken back is one again, and a request for offers is remembered as asked. */
    private final RecentQuestions recent;
    private final Outsiders outsiders;
    /**
     * Open questions in time order (events come in time order): appended at the end, expired from {@code openHead},
     * read newest first. Answered ones are marked closed and stay until they reach the head or a compaction, so
     * neither answering nor reading ever scans more than the questions it is about.
     */
    private final ArrayList<Question> openInOrder = new ArrayList<>();
    private int openHead;
    private int closedInOrder;
    private final Map<MessageId, Question> openById = new HashMap<>();
    /** The same open questions by asker, so addressing someone answers theirs without a scan. */
    private final Map<UserId, List<Question>> openByAsker = new HashMap<>();
    /**
     * Per channel, the latest question put to the room there until someone else speaks there (give-take: whether a
     * helper's own question drew a response). Bounded by the community's channels.
     */
    private final Map<ChannelId, Question> lastRoomQuestion = new HashMap<>();
    /** The requests of the last hour by what could make someone pass them over. */
    private final PassableRequests passable = new PassableRequests();
    /** The requests that went by, oldest first; those older than the question memory go as new ones come. */
    private final ArrayDeque<Asked> asked = new ArrayDeque<>();

    /**
     * @param max how many open questions, and requests that went by, are kept at most
     * @param memory how long questions are remembered
     * @param recent the community's recent questions, which its open questions are among
     * @param outsiders whether an asker came from outside the trade
     */
    OpenQuestions(int max, Duration memory, RecentQuestions recent, Outsiders outsiders) {
        this.max = max;
        this.memory = memory;
        this.recent = recent;
        this.outsiders = outsiders;
    }

    /**
     * {@code author} put {@code id} to the room in {@code channel}: open until answered, and awaiting a first word
     * there; {@code offer}: it asked for a provider or a price, a request that went by as soon as asked.
     */
    void askedTheRoom(MessageId id, UserId author, ChannelId channel, Instant time, int[] topic,
                      boolean anyoneCanAnswer, boolean offer) {
        if (offer) {
            remember(new Asked(time, author, channel, true));
        }
        Question q = new Question(id, author, channel, time, topic, anyoneCanAnswer);
        lastRoomQuestion.put(channel, q);
        openInOrder.add(q);
        openById.put(id, q);
        openByAsker.computeIfAbsent(author, k -> new ArrayList<>(2)).add(q);
        passable.add(q);
    }

    /** The open question {@code id}; null when it is none (answered, forgotten, or not put to the room). */
    Question open(MessageId id) {
        return openById.get(id);
    }

    /** {@code asker}'s questions, open or closed since, let go from the by-asker index: someone answers them all. */
    List<Question> takeAskedBy(UserId asker) {
        return openByAsker.remove(asker);
    }

    /** The latest question {@code asker} put to the room in {@code channel} that nobody answered yet; null if none. */
    MessageId openRoomQuestion(UserId asker, ChannelId channel) {
        List<Question> theirs = openByAsker.get(asker);
        if (theirs == null) {
            return null;
        }
        for (int i = theirs.size() - 1; i >= 0; i--) {
            Question q = theirs.get(i);
            if (q.open && q.channel.equals(channel)) {
                return q.id;
            }
        }
        return null;
    }

    /** The question put to the room in {@code channel} that awaits a first word there, left as it is; null if none. */
    Question awaitingFirstWord(ChannelId channel) {
        return lastRoomQuestion.get(channel);
    }

    /**
     * {@code speaker} spoke in {@code channel}: the question put to the room there that awaited a first word from
     * someone else, which they now gave (no longer awaited); null if none, or if its asker spoke.
     */
    Question firstWordTo(ChannelId channel, UserId speaker) {
        Question q = lastRoomQuestion.get(channel);
        if (q == null || q.asker.equals(speaker)) {
            return null;
        }
        lastRoomQuestion.remove(channel);
        return q;
    }

    /**
     * Closes {@code q}, answered or its asker forgotten. Open a day or more by {@code lastActivity} (when anyone last
     * wrote here), it went by: remembered for {@link #outsiderWaited} (a request for offers already is).
     */
    void close(Question q, Instant lastActivity) {
        if (q == null || !q.open) {
            return;
        }
        q.open = false;
        if (lastActivity != null && Duration.between(q.time, lastActivity).compareTo(OUTSIDER_WAIT) >= 0
                && !recent.seeksOffer(q.id)) {
            remember(new Asked(q.time, q.asker, q.channel, false));
        }
        // Only an open question is passed over: who did so is let go with it (a busy hour's set is hundreds).
        q.forgetPassers();
        openById.remove(q.id);
        closedInOrder++;
    }

    /**
     * The requests that {@code topics} learned (at {@code learnedAt}) and a request for feedback could make someone
     * pass over now, within {@code window} (see {@link PassableRequests#candidates}).
     */
    List<Question> passable(Instant now, Duration window, int[][] topics, Instant[] learnedAt, Instant learnedSince,
                            int lookedUpTo) {
        return passable.candidates(now, window, topics, learnedAt, learnedSince, openInOrder, openHead, lookedUpTo);
    }

    /** How far the passable requests were looked at by {@code now} (see {@link PassableRequests#lookedUpTo}). */
    int lookedUpTo(Instant now) {
        return passable.lookedUpTo(now);
    }

    /**
     * Closes the questions asked before {@code horizon} and the oldest beyond the cap ({@link #close}, with
     * {@code lastActivity}), and lets go of the closed ones now and then.
     */
    void forgetBefore(Instant horizon, Instant lastActivity) {
        // The oldest first: expired, answered, or beyond the cap.
        while (openHead < openInOrder.size()) {
            Question q = openInOrder.get(openHead);
            if (q.open && !q.time.isBefore(horizon) && openById.size() <= max) {
                break;
            }
            if (q.open) {
                close(q, lastActivity);
            }
            closedInOrder--;
            openInOrder.set(openHead++, null);
        }
        if (openHead > 1024 && openHead * 2 > openInOrder.size() || closedInOrder > openById.size() + 1024) {
            compact();
        }
        // Answered-by-reply and forgotten questions stay behind in openByAsker; drop them now and then.
        if (openByAsker.size() > 4 * (openById.size() + 64)) {
            openByAsker.values().forEach(qs -> qs.removeIf(q -> !q.open));
            openByAsker.values().removeIf(List::isEmpty);
        }
    }

    /** Drops the expired head and the answered questions from the time-ordered list, keeping the order. */
    private void compact() {
        ArrayList<Question> live = new ArrayList<>(openById.size() + 16);
        for (int i = openHead; i < openInOrder.size(); i++) {
            Question q = openInOrder.get(i);
            if (q.open) {
                live.add(q);
            }
        }
        openInOrder.clear();
        openInOrder.addAll(live);
        openInOrder.trimToSize();
        openHead = 0;
        closedInOrder = 0;
    }

    /**
     * Whether someone other than {@code self} put a request to the room in {@code [from, to)} that came from outside
     * the trade ({@link Outsiders}) and went by: a request for offers ({@code OfferRequest}), or a question that waited
     * a day or more for anyone's answer (or still waits, a day on). Walks the recent requests back from the newest only
     * as far as one pushed before {@code from} can reach, and the open questions back to {@code from}: the week's
     * requests, never the whole community's.
     */
    boolean outsiderWaited(Instant from, Instant to, UserId self) {
        Iterator<Asked> back = asked.descendingIterator();
        while (back.hasNext()) {
            Asked a = back.next();
            // Kept as it was asked or as it was answered, at most the question memory after it was asked: one asked
            // that long before the week was kept before the week began, and so was every one before it.
            if (a.time().isBefore(from.minus(memory))) {
                break;
            }
            if (a.time().isBefore(from) || !a.time().isBefore(to) || a.asker().equals(self)) {
                continue;
            }
            if (outsiders.outsider(a.asker(), a.channel(), a.offer())) {
                return true;
            }
        }
        for (int i = openInOrder.size() - 1; i >= openHead; i--) {
            Question q = openInOrder.get(i);
            if (q == null || q.time.isBefore(from)) {
                break;
            }
            if (q.open && q.time.isBefore(to) && !q.asker.equals(self)
                    && Duration.between(q.time, to).compareTo(OUTSIDER_WAIT) >= 0
                    && outsiders.outsider(q.asker, q.channel, false)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps {@code a} among the recent requests, letting go of those past the question memory. */
    private void remember(Asked a) {
        asked.addLast(a);
        while (asked.size() > max
                || Duration.between(asked.peekFirst().time(), a.time()).compareTo(memory.multipliedBy(2)) > 0) {
            asked.pollFirst();
        }
    }

    /** The open questions asked in {@code [from, to)} that {@code wanted} takes, newest first: walks back to from. */
    List<Question> openBetween(Instant from, Instant to, Predicate<Question> wanted) {
        List<Question> found = new ArrayList<>();
        for (int i = openInOrder.size() - 1; i >= openHead; i--) {
            Question q = openInOrder.get(i);
            if (q.time.isBefore(from)) {
                break;
            }
            if (!q.open || !q.time.isBefore(to)) {
                continue;
            }
            if (wanted.test(q)) {
                found.add(q);
            }
        }
        return found;
    }

    // --- kept across restarts (snapshots), and stand-ins --------------------------------------------------------

    /** Whether the book holds questions {@code person} asked (open, or closed and not yet let go). */
    boolean hasAskedBy(UserId person) {
        return openByAsker.containsKey(person);
    }

    /** The newest {@link #ASKED_KEPT} of {@code person}'s questions, those still open, as their snapshot keeps them. */
    List<UserSnapshot.Asked> openAskedBy(UserId person) {
        List<Question> own = openByAsker.get(person);
        List<UserSnapshot.Asked> asked = new ArrayList<>();
        // The newest few: an answer comes soon or not at all, and someone asking the room all day stays small.
        for (int k = own == null ? 0 : Math.max(0, own.size() - ASKED_KEPT); own != null && k < own.size(); k++) {
            Question q = own.get(k);
            if (q.open) {
                asked.add(new UserSnapshot.Asked(q.id, q.channel, q.time, Question.boxed(q.topic), q.anyoneCanAnswer));
            }
        }
        return asked;
    }

    /**
     * An open question taken back, in time order among the others (restoring comes before events, one person after
     * another); null when it is open already (kept both in the community's and the asker's state).
     */
    Question reopen(UserId person, MessageId id, ChannelId channel, Instant time, List<Integer> topic,
                    boolean anyoneCanAnswer) {
        if (openById.containsKey(id)) {
            return null;
        }
        Question q = new Question(id, person, channel, time,
                topic.stream().mapToInt(Integer::intValue).sorted().toArray(), anyoneCanAnswer);
        int at = openInOrder.size();
        while (at > openHead && openInOrder.get(at - 1) != null && openInOrder.get(at - 1).time.isAfter(q.time)) {
            at--;
        }
        openInOrder.add(at, q);
        openById.put(q.id, q);
        openByAsker.computeIfAbsent(person, k -> new ArrayList<>(2)).add(q);
        recent.keep(q.id, q.time);
        passable.stale();
        return q;
    }

    /** {@code q}, taken back, awaits a first word in its channel unless a question asked since does. */
    void awaitsFirstWord(Question q) {
        lastRoomQuestion.putIfAbsent(q.channel, q);
    }

    /** The open questions as a community snapshot lists them, in time order; who passed each over by pseudonym. */
    List<CommunitySnapshot.Request> snapshotOpen(PseudonymCache pseudonyms) {
        List<CommunitySnapshot.Request> open = new ArrayList<>();
        for (int i = openHead; i < openInOrder.size(); i++) {
            Question q = openInOrder.get(i);
            if (q != null && q.open) {
                List<UserId> passers = q.passers();
                List<String> by = new ArrayList<>(passers.size());
                for (UserId u : passers) {
                    by.add(pseudonyms.of(u));
                }
                by.sort(null);
                open.add(new CommunitySnapshot.Request(q.id, pseudonyms.of(q.asker), q.channel, q.time,
                        Question.boxed(q.topic), q.anyoneCanAnswer, by, lastRoomQuestion.get(q.channel) == q));
            }
        }
        return open;
    }

    /** The requests that went by, as a community snapshot lists them. */
    List<CommunitySnapshot.Asked> snapshotRequests(PseudonymCache pseudonyms) {
        List<CommunitySnapshot.Asked> requests = new ArrayList<>(asked.size());
        for (Asked a : asked) {
            requests.add(new CommunitySnapshot.Asked(a.time(), pseudonyms.of(a.asker()), a.channel(), a.offer()));
        }
        // Listed by time: outsiderWaited asks only whether one in the week went by, which their order does not change.
        requests.sort(CommunitySnapshot.Asked.ORDER);
        return requests;
    }

    /** Takes back {@code restored}, requests that went by, in time order among any seen since the restart. */
    void restoreRequests(List<Asked> restored) {
        List<Asked> all = new ArrayList<>(asked.size() + restored.size());
        all.addAll(restored);
        all.addAll(asked);
        all.sort(Comparator.comparing(Asked::time));
        asked.clear();
        all.forEach(this::remember);
    }

    /** Adds everyone who asked a question the book holds to {@code all}. */
    void addAskersTo(Collection<UserId> all) {
        all.addAll(openByAsker.keySet());
    }

    /** The stand-in {@code standIn} is {@code user}: their questions become {@code user}'s. */
    void renameAsker(UserId standIn, UserId user) {
        List<Question> theirs = openByAsker.remove(standIn);
        if (theirs != null) {
            for (Question q : theirs) {
                q.asker = user;
            }
            openByAsker.computeIfAbsent(user, k -> new ArrayList<>(theirs.size())).addAll(theirs);
        }
    }

    /** The stand-in {@code standIn} is {@code user}: their requests that went by become {@code user}'s, in place. */
    void renameRequests(UserId standIn, UserId user) {
        // Renamed in place: the list keeps its order.
        for (int n = asked.size(); n > 0; n--) {
            Asked a = asked.pollFirst();
            asked.addLast(a.asker().equals(standIn) ? new Asked(a.time(), user, a.channel(), a.offer()) : a);
        }
    }

    /**
     * Lets go of {@code user}: their questions closed ({@link #close}, with {@code lastActivity}) and no longer
     * awaiting a word, their requests that went by, and their part among who passed others' over.
     */
    void forget(UserId user, Instant lastActivity) {
        List<Question> theirs = openByAsker.remove(user);
        if (theirs != null) {
            theirs.forEach(q -> close(q, lastActivity));
        }
        lastRoomQuestion.values().removeIf(q -> user.equals(q.asker));
        asked.removeIf(a -> a.asker().equals(user));
        for (int i = openHead; i < openInOrder.size(); i++) {
            Question q = openInOrder.get(i);
            if (q != null && q.open && q.wasPassedBy(user)) {
                q.replacePasser(user, null);
            }
        }
    }
}
