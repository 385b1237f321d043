package dev.rapport.bot.coach;

import dev.rapport.bot.storage.optin.GoalCounts;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleSettings;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A server's coaching settings as a card: audiences, promotion channels, and every rule with its thresholds. */
public final class AdminCards {
    private static final int COLOUR = 0x7A5AA6;

    /** One rule and how it runs in the server. */
    public record RuleLine(Rule rule, RuleSettings settings) {
    }

    /** A role of the server as Discord names it. */
    public record ServerRole(String id, String name) {
    }

    /**
     * The status with what the coach makes of this server: which of its roles stand for an audience and how that was
     * recognised, and how many coached members chose each goal (counts, never who).
     */
    public Card status(String guildName, CommunitySettings community, List<ServerRole> serverRoles, GoalCounts goals,
                       List<RuleLine> rules) {
        StringBuilder b = new StringBuilder();
        for (RuleLine line : rules) {
            b.append("• **").append(line.rule().id().id()).append("** ").append(describe(line.rule(), line.settings()))
                    .append('\n');
        }
        return Card.titled("Coaching settings of " + guildName, COLOUR)
                .field("Audiences by role", recognisedRoles(community, serverRoles))
                .field("Audiences by channel", audiences(community.channelAudiences(), "<#"))
                .field("Goals of coached members", goals(goals, community.goal()))
                .field("Promotion welcome in", community.promotionChannels().isEmpty() ? "no channel"
                        : String.join(", ", community.promotionChannels().stream().sorted().map(c -> "<#" + c + ">").toList()))
                .field("Rules", b.toString().strip())
                .footer("change with /coachadmin audience, promotion-channel or rule");
    }

    /**
     * Each role of the server that stands for an audience: "<@&id> → customer (set by an admin)", by /coachadmin or
     * the operator's file, or "(recognised by its name)", one of the default names such as Customer. Roles configured
     * by a name or id no role here has are listed too, so a typo in the configuration shows.
     */
    static String recognisedRoles(CommunitySettings community, List<ServerRole> serverRoles) {
        StringBuilder b = new StringBuilder();
        Set<String> matched = new HashSet<>();
        for (ServerRole role : serverRoles) {
            var found = community.audienceOfRole(role.id()).or(() -> community.audienceOfRole(role.name()));
            if (found.isEmpty()) {
                continue;
            }
            matched.add(role.id().toLowerCase(Locale.ROOT));
            matched.add(role.name().toLowerCase(Locale.ROOT));
            b.append("<@&").append(role.id()).append("> → ").append(found.get().audience().configName())
                    .append(found.get().configured() ? " (set by an admin)" : " (recognised by its name)").append('\n');
        }
        for (var e : new TreeMap<>(community.roleAudiences()).entrySet()) {
            if (matched.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                continue;
            }
            b.append(e.getKey().chars().allMatch(Character::isDigit) ? "<@&" + e.getKey() + ">" : e.getKey())
                    .append(" → ").append(e.getValue().configName()).append(" (set, but no role here has it)\n");
        }
        if (b.length() == 0) {
            return "none: no role here is set as an audience or has a default name ("
                    + String.join(", ", new TreeSet<>(community.defaultRoles().keySet())) + ")";
        }
        return b.toString().strip();
    }

    /** "find customers: 2 · ... · not said: 3 (they get this server's goal: find customers)". */
    static String goals(GoalCounts goals, Optional<Goal> serverGoal) {
        String server = serverGoal.map(g -> g.configName().replace('-', ' ')).orElse("none set");
        if (goals.total() == 0) {
            return "nobody is coached here yet; this server's goal: " + server;
        }
        StringBuilder b = new StringBuilder();
        for (Goal g : Goal.values()) {
            b.append(g.configName().replace('-', ' ')).append(": ").append(goals.of(g)).append(" · ");
        }
        b.append("not said: ").append(goals.notSaid()).append(" (they get this server's goal: ").append(server)
                .append(")");
        return b.toString();
    }

    /** {@code on · min-messages=10, max-share=0.5} */
    public String describe(Rule rule, RuleSettings settings) {
        String mode = switch (settings.mode()) {
            case ACT -> "on";
            case LOG -> "log only";
            case OFF -> "off";
        };
        StringBuilder b = new StringBuilder(mode);
        String sep = " · ";
        for (Param p : rule.params()) {
            b.append(sep).append(p.key()).append('=').append(number(settings.value(p)));
            sep = ", ";
        }
        return b.toString();
    }

    private static String audiences(Map<String, Audience> byId, String mention) {
        if (byId.isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Audience> e : new TreeMap<>(byId).entrySet()) {
            String key = e.getKey();
            // The configuration file may name roles by name rather than id.
            String shown = key.chars().allMatch(Character::isDigit) ? mention + key + ">" : key;
            b.append(shown).append(" → ").append(e.getValue().configName()).append('\n');
        }
        return b.toString().strip();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
