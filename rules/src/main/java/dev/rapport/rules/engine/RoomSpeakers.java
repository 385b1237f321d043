package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The few people who spoke last in each channel of one community, and when: enough to tell a two- or three-person
 * room from a crowd, whether a conversation is going on, and who takes turns with whom. Kept apart from the rest of
 * the community's picture because it is read on every message and knows nothing of questions, trade or roles; kept
 * in the community's snapshot by pseudonym ({@link CommunitySnapshot.Room}).
 */
final class RoomSpeakers {

    /** A room counts as small while at most this many people spoke in it within {@link #ROOM_MEMORY}. */
    static final int SMALL_ROOM = 3;
    static final Duration ROOM_MEMORY = Duration.ofDays(7);
    /** Before this many messages a room is not known to be small: every channel looks small when watching starts. */
    static final int ROOM_KNOWN_AFTER = 10;

    /** The last few speakers, per channel; bounded by the community's channels. */
    private final Map<ChannelId, Speakers> speakers = new HashMap<>();

    /**
     * The last few distinct speakers of one channel, most recent last: {@code size} of them in two small arrays
     * (every message in the channel moves its author to the end; deques and their iterators cost more than the
     * four names they held).
     */
    private static final class Speakers {
        final UserId[] who = new UserId[SMALL_ROOM + 1];
        final Instant[] when = new Instant[SMALL_ROOM + 1];
        int size;
        int messages;
        /**
         * Whom the channel's latest line was said to (its reply target and mentions), empty for one said to the room.
         * Kept in the snapshot by pseudonym (version 10): the line after a restart answers it as it would without one.
         */
        List<UserId> lastSaidTo = List.of();

        void spoke(UserId author, Instant at) {
            if (messages < ROOM_KNOWN_AFTER) {
                messages++;
            }
            int found = size;
            for (int i = 0; i < size; i++) {
                if (who[i].equals(author)) {
                    found = i;
                    break;
                }
            }
            if (found == size && size == who.length) {
                // One more than a small room is enough to know it is not one: the earliest goes.
                found = 0;
            } else if (found == size) {
                size++;
            }
            for (int i = found; i < size - 1; i++) {
                who[i] = who[i + 1];
                when[i] = when[i + 1];
            }
            who[size - 1] = author;
            when[size - 1] = at;
        }
    }

    /** {@code author} wrote in {@code channel} at {@code at}: they are its latest speaker now. */
    void spoke(ChannelId channel, UserId author, Instant at) {
        spoke(channel, author, at, List.of());
    }

    /** {@code author} wrote in {@code channel} at {@code at}, to {@code saidTo} (empty: to the room). */
    void spoke(ChannelId channel, UserId author, Instant at, List<UserId> saidTo) {
        Speakers room = speakers.computeIfAbsent(channel, k -> new Speakers());
        room.spoke(author, at);
        room.lastSaidTo = saidTo.isEmpty() ? List.of() : List.copyOf(saidTo);
    }

    /**
     * The others who talk in {@code channel} when only two or three people spoke there lately (with {@code author}):
     * in such a room a message without a reply link is said to them. Empty in a busier room or one nobody else used.
     */
    List<UserId> smallRoomOthers(ChannelId channel, UserId author, Instant now) {
        Speakers room = speakers.get(channel);
        if (room == null || room.messages < ROOM_KNOWN_AFTER) {
            return List.of();
        }
        Instant horizon = now.minus(ROOM_MEMORY);
        int recent = 0;
        boolean authorCounted = false;
        for (int i = 0; i < room.size; i++) {
            if (room.when[i].isBefore(horizon)) {
                continue;
            }
            recent++;
            if (room.who[i].equals(author)) {
                authorCounted = true;
            }
        }
        if (!authorCounted) {
            recent++;
        }
        // Most rooms are crowds: the list is made only for a small one.
        if (recent > SMALL_ROOM) {
            return List.of();
        }
        List<UserId> others = new ArrayList<>(2);
        for (int i = 0; i < room.size; i++) {
            if (!room.when[i].isBefore(horizon) && !room.who[i].equals(author)) {
                others.add(room.who[i]);
            }
        }
        return others;
    }

    /**
     * Whether someone other than {@code author} spoke in {@code channel} at or after {@code since}: the conversation
     * there is going on, and a run of lines said into it is said to the others.
     */
    boolean othersSpokeSince(ChannelId channel, UserId author, Instant since) {
        Speakers room = speakers.get(channel);
        if (room == null) {
            return false;
        }
        for (int i = 0; i < room.size; i++) {
            if (!room.who[i].equals(author) && !room.when[i].isBefore(since)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who had the last word in {@code channel}, said to the room (no reply target, nobody named), at or after
     * {@code since}, when it was not {@code author}'s: the post a line said to nobody right after it follows. Null
     * when there is none.
     */
    UserId lastWordToTheRoom(ChannelId channel, UserId author, Instant since) {
        Speakers room = speakers.get(channel);
        if (room == null || room.size == 0) {
            return null;
        }
        int last = room.size - 1;
        UserId who = room.who[last];
        return who.equals(author) || room.when[last].isBefore(since) || !room.lastSaidTo.isEmpty() ? null : who;
    }

    /**
     * Whom {@code author}, writing now in {@code channel} without a reply link or a mention, is talking with by turns:
     * the last word there was someone else's, within {@code gap}, and the word before theirs was the author's, within
     * {@code gap} of it, nobody else speaking between. Three turns this close, one person, then another, then the
     * first again, are a conversation in any room, however busy: the inference is confident where a single turn is
     * not. Null when there is none.
     */
    UserId exchangePartner(ChannelId channel, UserId author, Instant now, Duration gap) {
        Speakers room = speakers.get(channel);
        if (room == null || room.size < 2) {
            return null;
        }
        int last = room.size - 1;
        UserId other = room.who[last];
        if (other.equals(author) || room.when[last].isBefore(now.minus(gap)) || !room.who[last - 1].equals(author)
                || room.when[last - 1].isBefore(room.when[last].minus(gap))) {
            return null;
        }
        return other;
    }

    /**
     * Whether a message by {@code author} in {@code channel} now would take a turn: the last word there was someone
     * else's, said at or after {@code since}. In a room of two or three a line that answers the other's line is
     * conversation without a reply link; a run of one's own posts, or a post into a room quiet since yesterday,
     * speaks to nobody in particular, however few people the room has.
     */
    boolean takesATurn(ChannelId channel, UserId author, Instant since) {
        Speakers room = speakers.get(channel);
        if (room == null || room.size == 0) {
            return false;
        }
        int last = room.size - 1;
        // A line the other said to someone else (a reply to a third person, or naming one) was theirs: a line after
        // it without a reply link answers neither of them, however few people the room has.
        if (!room.lastSaidTo.isEmpty() && !room.lastSaidTo.contains(author)) {
            return false;
        }
        return !room.who[last].equals(author) && !room.when[last].isBefore(since);
    }

    /**
     * Whether the last line in {@code channel} was someone else's said to another person (a reply to them, or naming
     * them), not to {@code author}: the others are talking among themselves there.
     */
    boolean othersTalkingAmongThemselves(ChannelId channel, UserId author) {
        Speakers room = speakers.get(channel);
        if (room == null || room.size == 0) {
            return false;
        }
        return !room.who[room.size - 1].equals(author) && !room.lastSaidTo.isEmpty()
                && !room.lastSaidTo.contains(author);
    }

    /** The channels anyone spoke in here, by id (their room norms are kept with the community's snapshot). */
    List<ChannelId> channels() {
        List<ChannelId> out = new ArrayList<>(speakers.keySet());
        out.sort(Comparator.comparing(ChannelId::value));
        return out;
    }

    /** Adds everyone who holds a place in a room, or was spoken to in its latest line, to {@code all}. */
    void addSpeakersTo(Set<UserId> all) {
        for (Speakers room : speakers.values()) {
            for (int i = 0; i < room.size; i++) {
                all.add(room.who[i]);
            }
            all.addAll(room.lastSaidTo);
        }
    }

    /** {@code standIn}, someone taken back from a snapshot, is {@code user}: their places in rooms become theirs. */
    void rename(UserId standIn, UserId user) {
        for (Speakers room : speakers.values()) {
            for (int i = 0; i < room.size; i++) {
                if (room.who[i].equals(standIn)) {
                    room.who[i] = user;
                }
            }
            if (room.lastSaidTo.contains(standIn)) {
                room.lastSaidTo = room.lastSaidTo.stream().map(u -> u.equals(standIn) ? user : u).toList();
            }
        }
    }

    /**
     * Lets go of {@code user}'s places in rooms, the others keeping their order, and of their name among those a
     * room's latest line was said to (said to them alone, it reads as said to the room, as after a restart before the
     * snapshot kept it).
     */
    void forget(UserId user) {
        for (Speakers room : speakers.values()) {
            if (room.lastSaidTo.contains(user)) {
                room.lastSaidTo = room.lastSaidTo.stream().filter(u -> !u.equals(user)).toList();
            }
            int kept = 0;
            for (int i = 0; i < room.size; i++) {
                if (!room.who[i].equals(user)) {
                    room.who[kept] = room.who[i];
                    room.when[kept] = room.when[i];
                    kept++;
                }
            }
            for (int i = kept; i < room.size; i++) {
                room.who[i] = null;
                room.when[i] = null;
            }
            room.size = kept;
        }
    }

    /** The rooms as a snapshot lists them: by channel id, their speakers and whom their latest line spoke to by pseudonym. */
    List<CommunitySnapshot.Room> snapshot(PseudonymCache pseudonyms) {
        List<CommunitySnapshot.Room> rooms = new ArrayList<>(speakers.size());
        speakers.forEach((c, room) -> {
            List<CommunitySnapshot.Spoke> who = new ArrayList<>(room.size);
            for (int i = 0; i < room.size; i++) {
                who.add(new CommunitySnapshot.Spoke(pseudonyms.of(room.who[i]), room.when[i]));
            }
            List<String> saidTo = room.lastSaidTo.isEmpty() ? List.of()
                    : room.lastSaidTo.stream().map(pseudonyms::of).toList();
            rooms.add(new CommunitySnapshot.Room(c, room.messages, who, saidTo));
        });
        rooms.sort(Comparator.comparing(r -> r.channel().value()));
        return rooms;
    }

    /**
     * Takes back the rooms of a snapshot, after any speakers seen since the restart; {@code standIn} gives the id a
     * pseudonym stands for until its person is seen (null: not a pseudonym, left out).
     */
    void restore(List<CommunitySnapshot.Room> rooms, Function<String, UserId> standIn) {
        for (CommunitySnapshot.Room r : rooms) {
            Speakers room = speakers.get(r.channel());
            if (room == null) {
                room = new Speakers();
                speakers.put(r.channel(), room);
                // Only where nobody spoke since the restart is the snapshot's latest line still the room's latest.
                room.lastSaidTo = standIns(r.lastSaidTo(), standIn);
            }
            for (CommunitySnapshot.Spoke who : r.speakers()) {
                UserId u = standIn.apply(who.who());
                if (u != null) {
                    room.spoke(u, who.at());
                }
            }
            room.messages = Math.min(Math.max(room.messages, r.messages()), ROOM_KNOWN_AFTER);
        }
    }

    /** {@code pseudonyms} as their stand-ins, those that are none left out. */
    private static List<UserId> standIns(List<String> pseudonyms, Function<String, UserId> standIn) {
        if (pseudonyms.isEmpty()) {
            return List.of();
        }
        List<UserId> out = new ArrayList<>(pseudonyms.size());
        for (String p : pseudonyms) {
            UserId u = standIn.apply(p);
            if (u != null) {
                out.add(u);
            }
        }
        return List.copyOf(out);
    }
}
