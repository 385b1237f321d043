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
 * Kept for minutes only, and not over a restart: after one, such a question waits as any other.
 */
final class TakenUpByAnother {
    /**
     * How soon the other takes the question up, and the asker turns to them after that: the turns of one conversation
     * going on ({@link QuestionsAnswered#MID_CONVERSATION}).
     */
    static final Duration AT_ONCE = QuestionsAnswered.MID_CONVERSATION;

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
     */
    List<Settled> observe(ChatMessage m, List<UserId> addressees, List<UserId> waitedOn, boolean followUp,
            boolean thanks) {
        if (m.kind() == ChannelKind.DIRECT) {
            return List.of();
        }
        List<Settled> settled = List.of();
        List<Asked> here = recent.get(m.channel());
        if (here != null) {
            Instant horizon = m.time().minus(AT_ONCE.multipliedBy(2));
            for (Iterator<Asked> it = here.iterator(); it.hasNext(); ) {
                Asked a = it.next();
                if (a.at.isBefore(horizon)) {
                    it.remove();
                    continue;
                }
                UserId by = m.author();
                if (a.takenUpBy == null && !by.equals(a.asker) && !a.named.contains(by) && addressees.contains(a.asker)
                        && !m.time().isAfter(a.at.plus(AT_ONCE))) {
                    a.takenUpBy = by;
                    a.takenUpAt = m.time();
                } else if (a.takenUpBy != null && by.equals(a.asker) && addressees.contains(a.takenUpBy)
                        && !m.time().isAfter(a.takenUpAt.plus(AT_ONCE)) && (thanks || !a.followUp)) {
                    if (settled.isEmpty()) {
                        settled = new ArrayList<>(1);
                    }
                    settled.add(new Settled(a.id, a.named));
                    it.remove();
                }
            }
            if (here.isEmpty()) {
                recent.remove(m.channel());
            }
        }
        // Put by name: a question waiting on someone its words name, not one a reply link alone puts to them.
        List<UserId> named = null;
        for (UserId w : waitedOn) {
            if (m.mentions().contains(w)) {
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
}
