package dev.rapport.bot.coach;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleSettings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A server's coaching settings as a card: audiences, promotion channels, and every rule with its thresholds. */
public final class AdminCards {
    private static final int COLOUR = 0x7A5AA6;

    /** One rule and how it runs in the server. */
    public record RuleLine(Rule rule, RuleSettings settings) {
    }

    public Card status(String guildName, CommunitySettings community, List<RuleLine> rules) {
        StringBuilder b = new StringBuilder();
        for (RuleLine line : rules) {
            b.append("• **").append(line.rule().id().id()).append("** ").append(describe(line.rule(), line.settings()))
                    .append('\n');
        }
        return Card.titled("Coaching settings of " + guildName, COLOUR)
                .field("Audiences by role", audiences(community.roleAudiences(), "<@&"))
                .field("Audiences by channel", audiences(community.channelAudiences(), "<#"))
                .field("Promotion welcome in", community.promotionChannels().isEmpty() ? "no channel"
                        : String.join(", ", community.promotionChannels().stream().sorted().map(c -> "<#" + c + ">").toList()))
                .field("Rules", b.toString().strip())
                .footer("change with /coachadmin audience, promotion-channel or rule");
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
