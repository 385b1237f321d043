package dev.rapport.rules.engine;

import dev.rapport.rules.engine.SeenMessages.Seen;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.PseudonymCode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Questions answered in the room. A question said under someone's message but to nobody by name ("is it worth the
 * drive?" under a friend's quip) is often for whoever knows: when another member answers the asker there and the
 * asker thanks them for it, the asker has what they asked, and the person whose message it happened to sit under owes
 * no answer any more. Only questions asked before that answer, in the same channel, by neither name nor DM: a
 * question put to someone by name, or in private, is theirs to answer whoever else helps.
 *
 * <p>Why a class of its own: it is one reading with its own memory (per channel, whose unnamed questions wait there
 * and the last answer each asker got there), which the engine only feeds and acts on; and that memory is kept in the
 * community's snapshot ({@link CommunitySnapshot.AskedUnnamed}: people by pseudonym, ids and times, never text), so
 * that a question answered before a restart and thanked for after it is closed as without the restart. Askers are
 * kept by pseudonym number, so that one taken back from a snapshot is the same asker when next seen, without a
 * stand-in to put back.
 */
final class AnsweredInTheRoom {

    /** The engine's recent messages: when a question was asked, where, and whom it waits on. */
    private final SeenMessages seen;
    private final PseudonymCache pseudonyms;
    /** How long a question waits on someone in a community before it is overdue. */
    private final Function<CommunityId, Duration> answerDeadline;
    /** The week a question may wait (the engine's {@code AWAY}): an answer older than that is never thanked for. */
    private final Duration away;

    /** Who gave the asker an answer in a channel, and when: their thanks for it may close what they asked. */
    private record Answer(UserId by, Instant at) {
    }

    /**
     * One channel's askers, by pseudonym number: the last answer someone gave each of them there, and their unnamed
     * questions waiting on someone there (oldest first); and the community the channel is in, for its snapshot.
     */
    private static final class Room {
        final CommunityId community;
        final Map<Long, Answer> answers = new HashMap<>(4);
        final Map<Long, List<MessageId>> questions = new HashMap<>(4);

        Room(CommunityId community) {
            this.community = community;
        }

        boolean isEmpty() {
            return answers.isEmpty() && questions.isEmpty();
        }
    }

    private final Map<ChannelId, Room> rooms = new HashMap<>();

    /** When {@link #sweep} next runs: once a day of chat time. */
    private Instant nextSweep = Instant.MIN;

    /** A question the asker's thanks closed: it no longer waits on anyone but {@code by}, who answered it. */
    record Closed(MessageId question, Seen asked, UserId by) {
    }

    AnsweredInTheRoom(SeenMessages seen, PseudonymCache pseudonyms, Function<CommunityId, Duration> answerDeadline,
                      Duration away) {
        this.seen = seen;
        this.pseudonyms = pseudonyms;
        this.answerDeadline = answerDeadline;
        this.away = away;
    }

    /**
     * Remembers {@code m}, a question said in a room to nobody by name that waits on someone (the engine asks only
     * for those); a DM or a question naming someone is theirs to answer, and is not kept.
     */
    void asked(ChatMessage m) {
        if (m.kind() == ChannelKind.DIRECT || !m.mentions().isEmpty()) {
            return;
        }
        List<MessageId> ids = rooms.computeIfAbsent(m.channel(), k -> new Room(m.community())).questions
                .computeIfAbsent(pseudonyms.code(m.author()), k -> new ArrayList<>(2));
        if (!ids.isEmpty() && ids.get(ids.size() - 1).equals(m.id())) {
            return;
        }
        // Questions older than the week a question may wait are let go, so the list stays short.
        long stale = m.time().minus(away).getEpochSecond();
        ids.removeIf(q -> {
            Seen s = seen.get(q);
            return s == null || s.at() < stale;
        });
        ids.add(m.id());
    }

    /**
     * The questions {@code m}, said in a room, closes by thanking the one who answered its author there (said to
     * them, or to nobody else: under one's own post, or to the room); none otherwise. Each is then forgotten here.
     */
    List<Closed> thanked(ChatMessage m, Cues cues) {
        if (!m.time().isBefore(nextSweep)) {
            sweep(m.time());
        }
        Room room = rooms.get(m.channel());
        if (room == null || room.answers.isEmpty()) {
            return List.of();
        }
        long asker = pseudonyms.code(m.author());
        Answer got = room.answers.get(asker);
        if (got == null || !m.time().isBefore(got.at().plus(away))) {
            return List.of();
        }
        // The thanks is said to the one who answered, or to nobody else (under one's own post, or to the room).
        boolean toThem = m.replyToAuthor().map(a -> pseudonyms.same(a, got.by()) || pseudonyms.same(a, m.author()))
                .orElse(true) && (m.mentions().isEmpty() || anyIs(m.mentions(), got.by()));
        if (!toThem || !cues.thanks()) {
            return List.of();
        }
        room.answers.remove(asker);
        List<MessageId> ids = room.questions.remove(asker);
        if (room.isEmpty()) {
            rooms.remove(m.channel());
        }
        if (ids == null) {
            return List.of();
        }
        List<Closed> closed = new ArrayList<>(ids.size());
        for (MessageId q : ids) {
            Seen question = seen.get(q);
            // Only an answer given before the person's own was due stands in for it ("within the day"): one given
            // after it was already left waiting does not undo that.
            if (question == null || question.at() >= got.at().getEpochSecond()
                    || got.at().getEpochSecond() - question.at() > answerDeadline.apply(question.community())
                    .getSeconds()) {
                continue;
            }
            closed.add(new Closed(q, question, got.by()));
        }
        return closed;
    }

    /** Whether someone's unnamed question waits in {@code channel}: only then can a message there answer one. */
    boolean waitsIn(ChannelId channel) {
        Room room = rooms.get(channel);
        return room != null && !room.questions.isEmpty();
    }

    /**
     * {@code m}, a message in a room that says something and pushes nothing, answers the one it replies to (or the
     * one person it names) if their unnamed question waits there and they are not its author: their thanks for it
     * may close that question ({@link #thanked}).
     */
    void answered(ChatMessage m, List<UserId> addressees) {
        Room room = rooms.get(m.channel());
        if (room == null) {
            return;
        }
        UserId to = m.replyToAuthor().orElse(addressees.size() == 1 ? addressees.get(0) : null);
        if (to == null || pseudonyms.same(to, m.author())) {
            return;
        }
        long asker = pseudonyms.code(to);
        if (room.questions.containsKey(asker)) {
            room.answers.put(asker, new Answer(m.author(), m.time()));
        }
    }

    /**
     * Lets go what can no longer close anything, so the memory stays as small as the last week's askers and does not
     * grow with everyone who ever asked: an answer older than the week a question may wait is never taken as thanked
     * for, and every later answer is at most that old, so a question asked more than its deadline before that can
     * never be closed by one ({@link #thanked}). The same verdicts as keeping them.
     */
    private void sweep(Instant now) {
        nextSweep = now.plus(Duration.ofDays(1));
        Instant oldestAnswer = now.minus(away);
        long oldest = oldestAnswer.getEpochSecond();
        for (Room room : rooms.values()) {
            room.answers.values().removeIf(a -> a.at().isBefore(oldestAnswer));
            room.questions.values().forEach(ids -> ids.removeIf(q -> {
                Seen question = seen.get(q);
                return question == null
                        || question.at() < oldest - answerDeadline.apply(question.community()).getSeconds();
            }));
            room.questions.values().removeIf(List::isEmpty);
        }
        rooms.values().removeIf(Room::isEmpty);
    }

    private boolean anyIs(List<UserId> people, UserId user) {
        for (UserId p : people) {
            if (pseudonyms.same(p, user)) {
                return true;
            }
        }
        return false;
    }

    // --- kept across restarts ---------------------------------------------------------------------------------

    /**
     * What is kept here of {@code community}'s rooms, by channel and then asker's pseudonym: each asker's waiting
     * questions (oldest first) and the last answer they got there, its giver by pseudonym.
     */
    List<CommunitySnapshot.AskedUnnamed> snapshot(CommunityId community) {
        List<CommunitySnapshot.AskedUnnamed> out = new ArrayList<>(0);
        rooms.forEach((channel, room) -> {
            if (!room.community.equals(community)) {
                return;
            }
            TreeSet<Long> askers = new TreeSet<>(room.questions.keySet());
            askers.addAll(room.answers.keySet());
            for (long asker : askers) {
                Answer a = room.answers.get(asker);
                out.add(new CommunitySnapshot.AskedUnnamed(channel, PseudonymCode.text(asker),
                        room.questions.getOrDefault(asker, List.of()),
                        a == null ? Optional.empty() : Optional.of(pseudonyms.of(a.by())),
                        a == null ? Optional.empty() : Optional.of(a.at())));
            }
        });
        out.sort(java.util.Comparator.comparing((CommunitySnapshot.AskedUnnamed a) -> a.channel().value())
                .thenComparing(CommunitySnapshot.AskedUnnamed::asker));
        return out;
    }

    /**
     * Takes back what {@code community}'s snapshot kept (after a restart, before events flow); an asker or giver whose
     * pseudonym is not one is left out. The giver of an answer is known by a stand-in until seen again, which names
     * the same person ({@link PseudonymCache#same}).
     */
    void restore(CommunityId community, List<CommunitySnapshot.AskedUnnamed> kept) {
        for (CommunitySnapshot.AskedUnnamed a : kept) {
            long asker = PseudonymCode.of(a.asker());
            if (asker < 0) {
                continue;
            }
            Room room = rooms.computeIfAbsent(a.channel(), k -> new Room(community));
            if (!a.questions().isEmpty()) {
                room.questions.put(asker, new ArrayList<>(a.questions()));
            }
            UserId by = a.answeredBy().map(pseudonyms::person).orElse(null);
            if (by != null && a.answeredAt().isPresent()) {
                room.answers.put(asker, new Answer(by, a.answeredAt().get()));
            }
            if (room.isEmpty()) {
                rooms.remove(a.channel());
            }
        }
    }

    /** Lets go of the people whose pseudonym {@code gone} accepts: their questions, and answers they got or gave. */
    void forget(Predicate<String> gone) {
        for (Room room : rooms.values()) {
            room.questions.keySet().removeIf(asker -> gone.test(PseudonymCode.text(asker)));
            room.answers.entrySet().removeIf(e -> gone.test(PseudonymCode.text(e.getKey()))
                    || gone.test(pseudonyms.of(e.getValue().by())));
        }
        rooms.values().removeIf(Room::isEmpty);
    }
}
