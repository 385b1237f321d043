package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A question put to someone by name that another member takes up at once: the other speaks to the asker within
 * minutes of it, and the asker goes on with them ("Ana: how do I X?" - Bo: "do you mean Y?" - "Bo: yes, Y"). The
 * conversation the question started is under way with the one who took it up; the one named, busy elsewhere, no
 * longer owes it. A question someone else only answers later, or whose asker does not turn to the one who took it up,
 * still waits on the one named. A question that follows up the named one's own help to the asker ("Ana: does the wax
 * burn off?" after Ana said to use wax) is theirs to answer: another's word only settles it when the asker thanks them
 * for it, as they would for an answer ("kit: thanks!"); going on with a side suggestion leaves it with the one named.
 * Answered by another within the half hour, said to the asker (or as the next word in that channel, to nobody else),
 * and then thanked for or taken on by the asker in a word to them that asks nothing ("ah, thanks Kit", "ok, will do"),
 * the question is settled too: the asker got what they asked and said so, and nobody is left waiting. An answer that
 * asks back, or says it is not from the one asked ("not Ola but ..."), leaves it with them. A question to the room that
 * waits on the others only because the room is small is settled the same way.
 * Kept for minutes only, and not over a restart: after one, such a question waits as any other.
 */
final class TakenUpByAnother {
    /**
     * How soon the other takes the question up, and the asker turns to them after that: the turns of one conversation
     * going on ({@link QuestionsAnswered#MID_CONVERSATION}).
     */
    static final Duration AT_ONCE = QuestionsAnswered.MID_CONVERSATION;

    /**
     * How soon another's answer still serves a question put by name, once the asker acknowledges it: the time in which
     * a word still responds to a question in the room ({@link CommunityState#ROOM_RESPONSE}), and again for the
     * asker's word to the one who answered.
     */
    static final Duration ANSWERED_SOON = CommunityState.ROOM_RESPONSE;

    /** A question put by name in a channel, and who took it up, if anyone has. */
    private static final class Asked {
        final MessageId id;
        final UserId asker;
        final List<UserId> named;
        final Instant at;
        /** It follows up help the one named gave the asker: only the asker's thanks to another settles it. */
        final boolean followUp;
        UserId takenUpBy;
        Instant takenUpAt;
        /** Taken up by an answer after the first minutes: only the asker's acknowledgement, asking nothing, settles it. */
        boolean answeredLater;
        /** Someone other than the asker spoke in the channel since: a word to nobody no longer follows the question. */
        boolean othersSpoke;

        Asked(MessageId id, UserId asker, List<UserId> named, Instant at, boolean followUp) {
            this.id = id;
            this.asker = asker;
            this.named = named;
            this.at = at;
            this.followUp = followUp;
        }
    }

    /** What a message settles: the question {@code question} no longer waits on {@code named}. */
    record Settled(MessageId question, List<UserId> named) {
    }

    private final Map<ChannelId, List<Asked>> recent = new HashMap<>();

    /** Whether a question put by name in {@code channel} lately may still be taken up (else none is settled there). */
    boolean pending(ChannelId channel) {
        return recent.containsKey(channel);
    }

    /**
     * Reads one message in a shared channel: whether it takes up a question put to someone else by name, or is the
     * asker going on with the one who took theirs up (then the question no longer waits on those it named).
     *
     * @param addressees whom the message speaks to
     * @param waitedOn   the people the message, a question, may wait on (none for a message that asks nothing)
     * @param followUp   the message, a question, follows up help one of those it names gave its author just before
     * @param thanks     the message thanks whom it speaks to
     * @param asks       the message asks something
     * @param answers    the message gives an answer of the writer's own (not one that opens by saying it is not from
     *                   the one asked)
     */
    List<Settled> observe(ChatMessage m, List<UserId> addressees, List<UserId> waitedOn, boolean followUp,
            boolean thanks, boolean asks, boolean answers) {
        if (m.kind() == ChannelKind.DIRECT) {
            return List.of();
        }
        List<Settled> settled = List.of();
        List<Asked> here = recent.get(m.channel());
        if (here != null) {
            Instant horizon = m.time().minus(ANSWERED_SOON.multipliedBy(2));
            for (Iterator<Asked> it = here.iterator(); it.hasNext(); ) {
                Asked a = it.next();
                if (a.at.isBefore(horizon)) {
                    it.remove();
                    continue;
                }
                UserId by = m.author();
                boolean other = !by.equals(a.asker) && !a.named.contains(by);
                if (a.takenUpBy == null && other && addressees.contains(a.asker)
                        && !m.time().isAfter(a.at.plus(AT_ONCE))) {
                    a.takenUpBy = by;
                    a.takenUpAt = m.time();
                } else if (a.takenUpBy == null && other && answers && !asks
                        && (addressees.contains(a.asker) || addressees.isEmpty() && !a.othersSpoke)
                        && !m.time().isAfter(a.at.plus(ANSWERED_SOON))) {
                    a.takenUpBy = by;
                    a.takenUpAt = m.time();
                    a.answeredLater = true;
                } else if (a.takenUpBy != null && by.equals(a.asker) && addressees.contains(a.takenUpBy)
                        && settles(a, m.time(), thanks, asks)) {
                    if (settled.isEmpty()) {
                        settled = new ArrayList<>(1);
                    }
                    settled.add(new Settled(a.id, a.named));
                    it.remove();
                    continue;
                }
                if (!by.equals(a.asker)) {
                    a.othersSpoke = true;
                }
            }
            if (here.isEmpty()) {
                recent.remove(m.channel());
            }
        }
        // Put by name: a question waiting on someone its words name, not one a reply link alone puts to them. Or put
        // to the room, no name and no reply link, where it waits on the others only because few people talk there
        // ("Dr Martens, size 6. £20?" in a pricing room two used lately): anyone may answer a room's question, and one
        // answered and taken on is settled for those it waited on as for one named.
        boolean toTheRoom = m.mentions().isEmpty() && m.replyTo().isEmpty();
        List<UserId> named = null;
        for (UserId w : waitedOn) {
            if (toTheRoom || m.mentions().contains(w)) {
                if (named == null) {
                    named = new ArrayList<>(1);
                }
                named.add(w);
            }
        }
        if (named != null) {
            Asked asked = new Asked(m.id(), m.author(), named, m.time(), followUp);
            recent.computeIfAbsent(m.channel(), c -> new ArrayList<>(2)).add(asked);
        }
        return settled;
    }

    /**
     * Whether the asker's word to the one who took their question up settles it: at once, going on with them (thanks
     * for a follow-up on the named one's own help); after an answer given later, thanks or a word that asks nothing
     * back, within the same half hour.
     */
    private static boolean settles(Asked a, Instant at, boolean thanks, boolean asks) {
        if (a.answeredLater) {
            return !at.isAfter(a.takenUpAt.plus(ANSWERED_SOON)) && (thanks || !asks && !a.followUp);
        }
        return !at.isAfter(a.takenUpAt.plus(AT_ONCE)) && (thanks || !a.followUp);
    }
}
