package dev.rapport.bot.coach;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.RuleId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What {@code /coachadmin} does on any platform, once the adapter has checked that the member may administer the
 * server: audiences by role or channel, promotion channels, rule modes and thresholds, and the status card. A value
 * that is not allowed is answered with what is, and changes nothing.
 */
public final class AdminActions {
    public static final String NAME = "coachadmin";
    public static final List<String> AUDIENCES = List.of("customer", "advocate", "peer", "seeker", "ignore");

    private final CommunityAdmin admin;
    private final AdminCards cards;

    public AdminActions(CommunityAdmin admin, AdminCards cards) {
        this.admin = admin;
        this.cards = cards;
    }

    /** The refusal for members who may not administer. */
    public static String refused(Optional<String> adminRole) {
        return "⚠️ /coachadmin is for members with Manage Server" + adminRole.map(r -> " or the role " + r).orElse("")
                + ". Nothing was changed.";
    }

    /** Runs {@code group}/{@code sub} in {@code guild}; blocking, off the event thread. */
    public CompletableFuture<Reply> run(CommunityId guild, String guildName, List<AdminCards.ServerRole> roles,
                                        String group, String sub, CommandOptions options) {
        try {
            return answer(guild, guildName, roles, group, sub, options);
        } catch (IllegalArgumentException e) {
            return done("⚠️ " + e.getMessage());
        }
    }

    private CompletableFuture<Reply> answer(CommunityId guild, String guildName, List<AdminCards.ServerRole> roles,
                                            String group, String sub, CommandOptions options) {
        if ("audience".equals(group)) {
            Audience audience = audience(required(options, "audience"));
            if (sub.equals("role")) {
                String role = required(options, "role");
                return admin.roleAudience(guild, role, audience).thenApply(c -> Reply.text(
                        "Members with <@&" + role + "> now count as " + audience.configName() + "."));
            }
            String channel = required(options, "channel");
            return admin.channelAudience(guild, channel, audience).thenApply(c -> Reply.text(
                    "Everyone members talk to in <#" + channel + "> now counts as " + audience.configName() + "."));
        }
        return switch (sub) {
            case "promotion-channel" -> {
                String channel = required(options, "channel");
                boolean welcome = onOff(required(options, "welcome"));
                yield admin.promotionChannel(guild, channel, welcome).thenApply(c -> Reply.text(welcome
                        ? "Promotion is welcome in <#" + channel + ">: link and promotion rules stay quiet there."
                        : "<#" + channel + "> is an ordinary channel again for the link and promotion rules."));
            }
            case "rule" -> {
                RuleId id = rule(required(options, "id"));
                yield admin.rule(guild, id, required(options, "setting")).thenApply(s -> Reply.text(
                        id.id() + " in this server: " + cards.describe(admin.catalogue().get(id), s) + "."));
            }
            case "status" -> CompletableFuture.completedFuture(Reply.of(
                    cards.status(guildName, admin.status(guild), roles, admin.goals(guild), rulesIn(guild))));
            default -> done("I do not know that subcommand.");
        };
    }

    /** Suggestions for {@code id} (rules) or {@code setting} (on, off, log, the rule's thresholds), at most 25. */
    public List<String> suggestions(String option, String typed, Optional<String> ruleTyped) {
        String t = typed.toLowerCase(Locale.ROOT);
        List<String> choices = new ArrayList<>();
        if (option.equals("id")) {
            for (RuleId r : RuleId.values()) {
                if (r.id().contains(t)) {
                    choices.add(r.id());
                }
            }
        } else {
            List<String> all = new ArrayList<>(List.of("on", "off", "log"));
            ruleTyped.flatMap(r -> RuleId.find(r.strip())).flatMap(r -> admin.catalogue().find(r)).ifPresent(r -> {
                for (Param p : r.params()) {
                    all.add(p.key() + "=");
                }
            });
            for (String c : all) {
                if (c.startsWith(t)) {
                    choices.add(c);
                }
            }
        }
        return choices.size() > 25 ? choices.subList(0, 25) : choices;
    }

    private List<AdminCards.RuleLine> rulesIn(CommunityId guild) {
        List<AdminCards.RuleLine> lines = new ArrayList<>();
        for (RuleId id : RuleId.values()) {
            admin.catalogue().find(id).ifPresent(rule -> lines.add(new AdminCards.RuleLine(rule, admin.ruleIn(guild, id))));
        }
        return lines;
    }

    private static String required(CommandOptions options, String name) {
        return options.text(name).orElseThrow(() -> new IllegalArgumentException("Please give the option '" + name + "'."));
    }

    private static Audience audience(String text) {
        if (!AUDIENCES.contains(text.strip().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + text + "' is not an audience. Allowed: " + String.join(", ", AUDIENCES) + ".");
        }
        return Audience.parse(text);
    }

    private static boolean onOff(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("'" + text + "' is not allowed here. Allowed: on, off.");
        };
    }

    private static RuleId rule(String text) {
        return RuleId.find(text.strip().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new IllegalArgumentException("'" + text + "' is not a rule. Allowed: " + RuleId.allIds() + "."));
    }

    private static CompletableFuture<Reply> done(String content) {
        return CompletableFuture.completedFuture(Reply.text(content));
    }
}
