package dev.rapport.bot.eval;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The reply links a person annotated in one IRC log, by line number (0-based).
 *
 * @param parents for each annotated line, the earlier lines it is linked to; a line linked only to itself (it
 *                starts a conversation, or is a logger line) has an empty set
 * @param starts  the lines annotated with a link to themselves ({@code a a -}): they start a conversation. A line
 *                may rarely have a self-link and parents both; the authors' {@code graph-eval.py} counts both
 */
public record AnnotationLinks(Map<Long, Set<Long>> parents, Set<Long> starts) {
    public AnnotationLinks {
        TreeMap<Long, Set<Long>> copy = new TreeMap<>();
        parents.forEach((line, ps) -> copy.put(line, Set.copyOf(ps)));
        parents = Collections.unmodifiableMap(copy);
        starts = Collections.unmodifiableSet(new TreeSet<>(starts));
    }

    /** Without explicit self-links: every annotated line without parents starts a conversation. */
    public AnnotationLinks(Map<Long, Set<Long>> parents) {
        this(parents, linesWithoutParents(parents));
    }

    private static Set<Long> linesWithoutParents(Map<Long, Set<Long>> parents) {
        Set<Long> lines = new TreeSet<>();
        parents.forEach((line, ps) -> {
            if (ps.isEmpty()) {
                lines.add(line);
            }
        });
        return lines;
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

    /** Whether the line is annotated as starting a conversation (a link to itself). */
    public boolean startsConversation(long line) {
        return starts.contains(line);
    }

    /** Links between two different messages. */
    public long linkCount() {
        return parents.values().stream().mapToLong(Set::size).sum();
    }

    /** Every annotated link, self-links included: what {@code graph-eval.py} counts as gold. */
    public long graphLinkCount() {
        return linkCount() + starts.size();
    }
}
