package dev.rapport.bot.coach;

import dev.rapport.rules.model.UserId;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tips that could not be sent because the person's DMs are closed. They wait here and are shown privately
 * (ephemerally) the next time the person runs a coach command. The newest few per person are kept.
 */
public final class UndeliveredTips {
    private static final int PER_PERSON = 5;

    private final Map<UserId, Deque<TipView>> waiting = new ConcurrentHashMap<>();

    public void keep(TipView tip) {
        waiting.compute(tip.finding().user(), (user, queue) -> {
            Deque<TipView> q = queue == null ? new ArrayDeque<>(2) : queue;
            if (q.size() >= PER_PERSON) q.pollFirst();
            q.addLast(tip);
            return q;
        });
    }

    /** Hands out the person's waiting tips, oldest first, and forgets them. */
    public List<TipView> take(UserId user) {
        Deque<TipView> q = waiting.remove(user);
        return q == null ? List.of() : new ArrayList<>(q);
    }

    public int waitingFor(UserId user) {
        Deque<TipView> q = waiting.get(user);
        return q == null ? 0 : q.size();
    }

    public void forget(UserId user) {
        waiting.remove(user);
    }
}
