package dev.rapport.bot.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.bot.storage.StorageException;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.rule.RuleSettings;
import dev.rapport.rules.stats.WeeklyStats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON columns: evidence, audience mix, top counterparts and community settings, written with stable,
 * readable names (rule ids and audiences as in the configuration). References only; no text field exists.
 */
final class StateJson {
    private final ObjectMapper mapper;

    StateJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    JsonNode read(String json, String what) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored " + what + " is not valid JSON; the database was changed outside "
                    + "Rapport (" + e.getOriginalMessage() + ")");
        }
    }

    // --- evidence

    ObjectNode evidenceNode(Evidence e) {
        ObjectNode n = mapper.createObjectNode();
        ObjectNode counts = n.putObject("counts");
        e.counts().forEach(counts::put);
        ArrayNode messages = n.putArray("messages");
        e.messages().forEach(m -> messages.add(m.value()));
        ArrayNode links = n.putArray("links");
        e.links().forEach(links::add);
        ArrayNode counterparts = n.putArray("counterparts");
        e.counterparts().forEach(counterparts::add);
        ArrayNode suggestions = n.putArray("suggestions");
        e.suggestions().forEach(m -> suggestions.add(m.value()));
        ObjectNode where = n.putObject("where");
        e.where().forEach((m, c) -> where.put(m.value(), c.value()));
        return n;
    }

    String evidence(Evidence e) {
        return write(evidenceNode(e));
    }

    Evidence evidence(String json) {
        JsonNode n = read(json, "tip evidence");
        Evidence.Builder b = Evidence.builder();
        n.path("counts").properties().forEach(f -> b.count(f.getKey(), f.getValue().asLong()));
        n.path("messages").forEach(m -> b.message(MessageId.of(m.asText())));
        n.path("links").forEach(l -> b.link(l.asText()));
        n.path("counterparts").forEach(c -> b.counterpart(c.asText()));
        JsonNode where = n.path("where");
        n.path("suggestions").forEach(m -> {
            String channel = where.path(m.asText()).asText("");
            if (channel.isEmpty()) {
                b.suggestion(MessageId.of(m.asText()));
            } else {
                b.suggestion(MessageId.of(m.asText()), ChannelId.of(channel));
            }
        });
        return b.build();
    }

    /** The evidence with one counterpart's pseudonym taken out (for forgetting that person). */
    String evidenceWithout(String json, String pseudonym) {
        Evidence e = evidence(json);
        List<String> kept = new ArrayList<>(e.counterparts());
        kept.remove(pseudonym);
        return evidence(new Evidence(e.counts(), e.messages(), e.links(), kept, e.suggestions(), e.where()));
    }

    // --- weekly stats

    ObjectNode audienceMixNode(Map<Audience, Integer> mix) {
        ObjectNode n = mapper.createObjectNode();
        for (Audience a : Audience.values()) {
            Integer v = mix.get(a);
            if (v != null) {
                n.put(a.configName(), v);
            }
        }
        return n;
    }

    String audienceMix(Map<Audience, Integer> mix) {
        return write(audienceMixNode(mix));
    }

    Map<Audience, Integer> audienceMix(String json) {
        Map<Audience, Integer> mix = new EnumMap<>(Audience.class);
        read(json, "audience mix").properties().forEach(f -> mix.put(Audience.parse(f.getKey()), f.getValue().asInt()));
        return mix;
    }

    ArrayNode counterpartsNode(List<WeeklyStats.Counterpart> list) {
        ArrayNode a = mapper.createArrayNode();
        for (WeeklyStats.Counterpart c : list) {
            a.addObject().put("pseudonym", c.pseudonym()).put("audience", c.audience().configName())
                    .put("given", c.given()).put("received", c.received());
        }
        return a;
    }

    String counterparts(List<WeeklyStats.Counterpart> list) {
        return write(counterpartsNode(list));
    }

    List<WeeklyStats.Counterpart> counterparts(String json) {
        List<WeeklyStats.Counterpart> list = new ArrayList<>();
        for (JsonNode c : read(json, "top counterparts")) {
            list.add(new WeeklyStats.Counterpart(c.path("pseudonym").asText(), Audience.parse(c.path("audience").asText()),
                    c.path("given").asInt(), c.path("received").asInt()));
        }
        return list;
    }

    String counterpartsWithout(String json, String pseudonym) {
        List<WeeklyStats.Counterpart> kept = new ArrayList<>(counterparts(json));
        kept.removeIf(c -> c.pseudonym().equals(pseudonym));
        return counterparts(kept);
    }

    // --- community settings

    ObjectNode communitySettingsNode(CommunitySettings s) {
        ObjectNode n = mapper.createObjectNode();
        ObjectNode roles = n.putObject("roles");
        new java.util.TreeMap<>(s.roleAudiences()).forEach((k, v) -> roles.put(k, v.configName()));
        ObjectNode channels = n.putObject("channels");
        new java.util.TreeMap<>(s.channelAudiences()).forEach((k, v) -> channels.put(k, v.configName()));
        ArrayNode promo = n.putArray("promotionChannels");
        new java.util.TreeSet<>(s.promotionChannels()).forEach(promo::add);
        ObjectNode rules = n.putObject("rules");
        for (RuleId id : RuleId.values()) {
            RuleSettings r = s.rules().get(id);
            if (r == null) {
                continue;
            }
            ObjectNode rn = rules.putObject(id.id());
            rn.put("mode", r.mode().configName());
            ObjectNode values = rn.putObject("values");
            new java.util.TreeMap<>(r.values()).forEach(values::put);
        }
        return n;
    }

    String communitySettings(CommunitySettings s) {
        return write(communitySettingsNode(s));
    }

    CommunitySettings communitySettings(String json) {
        JsonNode n = read(json, "community settings");
        Map<String, Audience> roles = new HashMap<>();
        n.path("roles").properties().forEach(f -> roles.put(f.getKey(), Audience.parse(f.getValue().asText())));
        Map<String, Audience> channels = new HashMap<>();
        n.path("channels").properties().forEach(f -> channels.put(f.getKey(), Audience.parse(f.getValue().asText())));
        Set<String> promo = new LinkedHashSet<>();
        n.path("promotionChannels").forEach(p -> promo.add(p.asText()));
        Map<RuleId, RuleSettings> rules = new EnumMap<>(RuleId.class);
        n.path("rules").properties().forEach(f -> {
            Map<String, Double> values = new LinkedHashMap<>();
            f.getValue().path("values").properties().forEach(v -> values.put(v.getKey(), v.getValue().asDouble()));
            rules.put(RuleId.parse(f.getKey()), new RuleSettings(RuleMode.parse(f.getValue().path("mode").asText()), values));
        });
        return new CommunitySettings(roles, channels, promo, rules);
    }
}
