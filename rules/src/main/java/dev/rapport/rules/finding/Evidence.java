package dev.rapport.rules.finding;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Why a finding fired, as references only: message ids, counts, link fingerprints and pseudonymous counterparts.
 * Never quoted text, so evidence can be stored and shown without exposing anyone's words.
 *
 * @param counts       named measurements, in a meaningful order (e.g. {@code links=5, window-minutes=10})
 * @param messages     the person's own messages that triggered it
 * @param links        normalised link fingerprints involved
 * @param counterparts pseudonyms of the other people involved
 * @param suggestions  messages by others the person could act on (e.g. open questions they could answer)
 * @param where        the channel of each suggested message, where known, so that a client can link to it
 */
public record Evidence(Map<String, Long> counts, List<MessageId> messages, List<String> links,
                       List<String> counterparts, List<MessageId> suggestions, Map<MessageId, ChannelId> where) {

    public static final Evidence NONE = new Evidence(Map.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

    /** Evidence without places for its suggestions. */
    public Evidence(Map<String, Long> counts, List<MessageId> messages, List<String> links, List<String> counterparts,
                    List<MessageId> suggestions) {
        this(counts, messages, links, counterparts, suggestions, Map.of());
    }

    public Evidence {
        counts = Counts.of(counts);
        messages = List.copyOf(messages);
        links = List.copyOf(links);
        counterparts = List.copyOf(counterparts);
        suggestions = List.copyOf(suggestions);
        // Absent in evidence kept before places were recorded. In the order given (the suggestions'), not Map.copyOf's
        // order, which changes from one JVM to the next: a replay's report must be the same on every run.
        where = where == null || where.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(where));
    }

    public long count(String name) {
        return counts.getOrDefault(name, 0L);
    }

    /**
     * The counts, in their order, as two arrays: kept with every week's findings, where a linked map with an entry
     * and a boxed number per count cost more than the rest of the evidence. Immutable.
     */
    private static final class Counts extends AbstractMap<String, Long> {
        private static final Counts NONE = new Counts(new String[0], new long[0]);
        private final String[] names;
        private final long[] values;

        private Counts(String[] names, long[] values) {
            this.names = names;
            this.values = values;
        }

        static Map<String, Long> of(Map<String, Long> counts) {
            if (counts instanceof Counts already) {
                return already;
            }
            if (counts.isEmpty()) {
                return NONE;
            }
            String[] names = new String[counts.size()];
            long[] values = new long[counts.size()];
            int i = 0;
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                // A count without a number (never made by the builder) keeps the general form.
                if (e.getKey() == null || e.getValue() == null) {
                    return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
                }
                names[i] = e.getKey();
                values[i++] = e.getValue();
            }
            return new Counts(names, values);
        }

        private int indexOf(Object name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int size() {
            return names.length;
        }

        @Override
        public boolean containsKey(Object name) {
            return indexOf(name) >= 0;
        }

        @Override
        public Long get(Object name) {
            int i = indexOf(name);
            return i < 0 ? null : values[i];
        }

        @Override
        public Set<Map.Entry<String, Long>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Long>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < names.length;
                        }

                        @Override
                        public Map.Entry<String, Long> next() {
                            if (next >= names.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return names.length;
                }
            };
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder: {@code Evidence.builder().count("links", 5).message(id).build()}. */
    public static final class Builder {
        // Sets in insertion order: a rule may add the same message or link many times (links.burst adds every link
        // of the hour on each new one), and a list's contains made that quadratic in a busy person's links.
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final Set<MessageId> messages = new LinkedHashSet<>();
        private final Set<String> links = new LinkedHashSet<>();
        private final Set<String> counterparts = new LinkedHashSet<>();
        private final Set<MessageId> suggestions = new LinkedHashSet<>();
        private final Map<MessageId, ChannelId> where = new LinkedHashMap<>();

        public Builder count(String name, long value) {
            counts.put(name, value);
            return this;
        }

        public Builder message(MessageId id) {
            messages.add(id);
            return this;
        }

        public Builder messages(Iterable<MessageId> ids) {
            ids.forEach(this::message);
            return this;
        }

        public Builder link(String fingerprint) {
            links.add(fingerprint);
            return this;
        }

        public Builder counterpart(String pseudonym) {
            counterparts.add(pseudonym);
            return this;
        }

        public Builder suggestion(MessageId id) {
            suggestions.add(id);
            return this;
        }

        /** A message the person could act on, and the channel it is in. */
        public Builder suggestion(MessageId id, ChannelId channel) {
            suggestion(id);
            where.put(id, channel);
            return this;
        }

        public Evidence build() {
            return new Evidence(counts, List.copyOf(messages), List.copyOf(links), List.copyOf(counterparts),
                    List.copyOf(suggestions), where);
        }
    }
}
