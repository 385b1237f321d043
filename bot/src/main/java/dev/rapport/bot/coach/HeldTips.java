package dev.rapport.bot.coach;

import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Tips waiting for a better moment: the end of quiet hours, or the person's daily bundle. A few per person at most
 * (the daily cap already bounds them). Thread-safe.
 */
public final class HeldTips {
    private static final int PER_PERSON = 10;

    private record Held(Finding finding, Instant notBefore) {
    }

    private final Map<UserId, List<Held>> held = new HashMap<>();

    public synchronized void hold(Finding finding, Instant notBefore) {
        List<Held> list = held.computeIfAbsent(finding.user(), k -> new ArrayList<>(2));
        if (list.size() >= PER_PERSON) list.remove(0);
        list.add(new Held(finding, notBefore));
    }

    /** Takes out every tip whose moment has come. */
    public synchronized List<Finding> releaseDue(Instant now) {
        List<Finding> due = new ArrayList<>();
        Iterator<Map.Entry<UserId, List<Held>>> people = held.entrySet().iterator();
        while (people.hasNext()) {
            List<Held> list = people.next().getValue();
            list.removeIf(h -> {
                if (h.notBefore().isAfter(now)) return false;
                due.add(h.finding());
                return true;
            });
            if (list.isEmpty()) people.remove();
        }
        return due;
    }

    public synchronized void forget(UserId user) {
        held.remove(user);
    }

    public synchronized int size() {
        int n = 0;
        for (List<Held> l : held.values()) n += l.size();
        return n;
    }
}
