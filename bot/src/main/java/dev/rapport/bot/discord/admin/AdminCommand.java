package dev.rapport.bot.discord.admin;

import dev.rapport.bot.coach.CommunityAdmin;
import dev.rapport.bot.discord.SlashCommand;
import dev.rapport.bot.discord.coach.PrivateReplies;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleSettings;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /coachadmin}: a server's admins say who is who (by role or channel), where promotion is welcome, and how
 * each rule runs there. Guild only; by default only members with Manage Server see it (server admins can grant it to
 * other roles in the server's integration settings). Discord enforces that, and the bot checks again (Manage Server,
 * or the role named by {@code rapport.discord.admin-role}), so a changed integration setting or a stale command
 * registration never lets an ordinary member change the server's coaching. Replies are ephemeral.
 */
public final class AdminCommand implements SlashCommand {
    static final String NAME = "coachadmin";
    private static final List<String> AUDIENCES = List.of("customer", "advocate", "peer", "seeker", "ignore");

    private final CommunityAdmin admin;
    private final AdminEmbeds embeds;
    private final PrivateReplies replies;
    private final Optional<String> adminRole;

    public AdminCommand(CommunityAdmin admin, AdminEmbeds embeds, PrivateReplies replies, Optional<String> adminRole) {
        this.adminRole = adminRole;
        this.admin = admin;
        this.embeds = embeds;
        this.replies = replies;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash(NAME, "Set up the networking coach for this server")
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .addSubcommandGroups(new SubcommandGroupData("audience", "Who counts as a customer, advocate, peer...")
                        .addSubcommands(
                                new SubcommandData("role", "Everyone with this role counts as this audience")
                                        .addOption(OptionType.ROLE, "role", "The role", true)
                                        .addOptions(audience()),
                                new SubcommandData("channel", "Everyone you talk to in this channel counts as this audience")
                                        .addOption(OptionType.CHANNEL, "channel", "The channel", true)
                                        .addOptions(audience())))
                .addSubcommands(
                        new SubcommandData("promotion-channel", "Where self-promotion is welcome (link rules stay quiet there)")
                                .addOption(OptionType.CHANNEL, "channel", "The channel", true)
                                .addOptions(new OptionData(OptionType.STRING, "welcome", "Is promotion welcome there?", true)
                                        .addChoice("on", "on").addChoice("off", "off")),
                        new SubcommandData("rule", "Turn a rule on, off or to log only, or change a threshold")
                                .addOptions(new OptionData(OptionType.STRING, "id", "The rule", true, true),
                                        new OptionData(OptionType.STRING, "setting",
                                                "on, off, log, or <threshold>=<value>", true, true)),
                        new SubcommandData("status", "The coach's settings in this server"));
    }

    private static OptionData audience() {
        OptionData o = new OptionData(OptionType.STRING, "audience", "Who they are to members' businesses", true);
        for (String a : AUDIENCES) o.addChoice(a, a);
        return o;
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        UserId user = UserId.of(event.getUser().getId());
        if (!event.isFromGuild()) {
            event.reply("/coachadmin works in a server only.").setEphemeral(true).queue();
            return;
        }
        if (!mayAdminister(event.getMember())) {
            event.reply("⚠️ /coachadmin is for members with Manage Server" + adminRole.map(r -> " or the role " + r).orElse("")
                    + ". Nothing was changed.").setEphemeral(true).queue();
            return;
        }
        event.deferReply(true).queue();
        CommunityId guild = CommunityId.of(event.getGuild().getId());
        replies.answer(event.getHook(), user, () -> {
            try {
                return run(event, guild);
            } catch (IllegalArgumentException e) {
                return done("⚠️ " + e.getMessage());
            }
        });
    }

    /** Manage Server (the owner and administrators have it), or the configured admin role by id or name. */
    private boolean mayAdminister(net.dv8tion.jda.api.entities.Member member) {
        if (member == null) return false;
        if (member.hasPermission(Permission.MANAGE_SERVER)) return true;
        return adminRole.map(role -> member.getRoles().stream()
                .anyMatch(r -> r.getId().equals(role) || r.getName().equalsIgnoreCase(role))).orElse(false);
    }

    private CompletableFuture<MessageEditData> run(SlashCommandInteractionEvent event, CommunityId guild) {
        String group = event.getSubcommandGroup();
        String sub = String.valueOf(event.getSubcommandName());
        if ("audience".equals(group)) {
            Audience audience = audience(required(event, "audience"));
            if (sub.equals("role")) {
                String role = required(event, "role");
                return admin.roleAudience(guild, role, audience).thenApply(c -> text(
                        "Members with <@&" + role + "> now count as " + audience.configName() + "."));
            }
            String channel = required(event, "channel");
            return admin.channelAudience(guild, channel, audience).thenApply(c -> text(
                    "Everyone members talk to in <#" + channel + "> now counts as " + audience.configName() + "."));
        }
        return switch (sub) {
            case "promotion-channel" -> {
                String channel = required(event, "channel");
                boolean welcome = onOff(required(event, "welcome"));
                yield admin.promotionChannel(guild, channel, welcome).thenApply(c -> text(welcome
                        ? "Promotion is welcome in <#" + channel + ">: link and promotion rules stay quiet there."
                        : "<#" + channel + "> is an ordinary channel again for the link and promotion rules."));
            }
            case "rule" -> {
                RuleId id = rule(required(event, "id"));
                yield admin.rule(guild, id, required(event, "setting"))
                        .thenApply(s -> text(id.id() + " in this server: " + embeds.describe(admin.catalogue().get(id), s) + "."));
            }
            case "status" -> CompletableFuture.completedFuture(new MessageEditBuilder()
                    .setEmbeds(embeds.status(event.getGuild().getName(), admin.status(guild),
                            serverRoles(event.getGuild()), admin.goals(guild), rulesIn(guild))).build());
            default -> done("I do not know that subcommand.");
        };
    }

    /** The server's roles from JDA's cache, without @everyone (it stands for nobody in particular). */
    private static List<AdminEmbeds.ServerRole> serverRoles(net.dv8tion.jda.api.entities.Guild guild) {
        List<AdminEmbeds.ServerRole> roles = new ArrayList<>();
        for (net.dv8tion.jda.api.entities.Role r : guild.getRoles()) {
            if (!r.isPublicRole()) roles.add(new AdminEmbeds.ServerRole(r.getId(), r.getName()));
        }
        return roles;
    }

    private List<AdminEmbeds.RuleLine> rulesIn(CommunityId guild) {
        List<AdminEmbeds.RuleLine> lines = new ArrayList<>();
        for (RuleId id : RuleId.values()) {
            admin.catalogue().find(id).ifPresent(rule -> lines.add(new AdminEmbeds.RuleLine(rule, admin.ruleIn(guild, id))));
        }
        return lines;
    }

    @Override
    public void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue().toLowerCase(Locale.ROOT);
        List<String> choices = new ArrayList<>();
        if (event.getFocusedOption().getName().equals("id")) {
            for (RuleId r : RuleId.values()) if (r.id().contains(typed)) choices.add(r.id());
        } else {
            List<String> all = new ArrayList<>(List.of("on", "off", "log"));
            OptionMapping id = event.getOption("id");
            Optional<RuleId> rule = id == null ? Optional.empty() : RuleId.find(id.getAsString().strip());
            rule.flatMap(r -> admin.catalogue().find(r)).ifPresent(r -> {
                for (Param p : r.params()) all.add(p.key() + "=");
            });
            for (String c : all) if (c.startsWith(typed)) choices.add(c);
        }
        event.replyChoiceStrings(choices.size() > 25 ? choices.subList(0, 25) : choices).queue();
    }

    private static String required(SlashCommandInteractionEvent event, String name) {
        OptionMapping m = event.getOption(name);
        if (m == null) throw new IllegalArgumentException("Please give the option '" + name + "'.");
        return m.getAsString();
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

    private static MessageEditData text(String content) {
        return MessageEditData.fromContent(content);
    }

    private static CompletableFuture<MessageEditData> done(String content) {
        return CompletableFuture.completedFuture(text(content));
    }
}
