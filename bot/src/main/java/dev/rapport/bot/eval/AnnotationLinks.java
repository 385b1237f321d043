package dev.rapport.bot.eval;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reply links a person annotated in one IRC log, by line number (0-based).
 *
 * @param parents for each annotated line, the earlier lines it is linked to; a line linked only to itself (it
 *                starts a conversation, or is a logger line) has an empty set
 */
public record AnnotationLinks(Map<Long, Set<Long>> parents) {
    public AnnotationLinks {
        TreeMap<Long, Set<Long>> copy = new TreeMap<>();
        parents.forEach((line, ps) -> copy.put(line, Set.copyOf(ps)));
        parents = Collections.unmodifiableMap(copy);
    }

    /** The first annotated line: lines before it are context only. */
    public long firstAnnotatedLine() {
        return parents.keySet().stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
    }

    public boolean isAnnotated(long line) {
        return parents.containsKey(line);
    }

    public Set<Long> parentsOf(long line) {
        return parents.getOrDefault(line, Set.of());
    }

    /** Links between two different messages. */
    public long linkCount() {
        return parents.values().stream().mapToLong(Set::size).sum();
    }
}
