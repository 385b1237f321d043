package dev.rapport.rules.finding;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        // Kept with every week's findings: a table sized to the few counts, not a default one of sixteen.
        Map<String, Long> ordered = new LinkedHashMap<>((int) (counts.size() / 0.75f) + 1);
        ordered.putAll(counts);
        counts = Collections.unmodifiableMap(ordered);
        messages = List.copyOf(messages);
        links = List.copyOf(links);
        counterparts = List.copyOf(counterparts);
        suggestions = List.copyOf(suggestions);
        // Absent in evidence kept before places were recorded.
        where = where == null ? Map.of() : Map.copyOf(where);
    }

    public long count(String name) {
        return counts.getOrDefault(name, 0L);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder: {@code Evidence.builder().count("links", 5).message(id).build()}. */
    public static final class Builder {
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final List<MessageId> messages = new ArrayList<>();
        private final List<String> links = new ArrayList<>();
        private final List<String> counterparts = new ArrayList<>();
        private final List<MessageId> suggestions = new ArrayList<>();
        private final Map<MessageId, ChannelId> where = new LinkedHashMap<>();

        public Builder count(String name, long value) {
            counts.put(name, value);
            return this;
        }

        public Builder message(MessageId id) {
            if (!messages.contains(id)) messages.add(id);
            return this;
        }

        public Builder messages(Iterable<MessageId> ids) {
            ids.forEach(this::message);
            return this;
        }

        public Builder link(String fingerprint) {
            if (!links.contains(fingerprint)) links.add(fingerprint);
            return this;
        }

        public Builder counterpart(String pseudonym) {
            if (!counterparts.contains(pseudonym)) counterparts.add(pseudonym);
            return this;
        }

        public Builder suggestion(MessageId id) {
            if (!suggestions.contains(id)) suggestions.add(id);
            return this;
        }

        /** A message the person could act on, and the channel it is in. */
        public Builder suggestion(MessageId id, ChannelId channel) {
            suggestion(id);
            where.put(id, channel);
            return this;
        }

        public Evidence build() {
            return new Evidence(counts, messages, links, counterparts, suggestions, where);
        }
    }
}
