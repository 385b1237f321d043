package dev.rapport.bot.discord.admin;

import dev.rapport.bot.coach.AdminActions;
import dev.rapport.bot.coach.AdminCards;
import dev.rapport.bot.discord.JdaCards;

import dev.rapport.bot.discord.SlashCommand;
import dev.rapport.bot.discord.coach.PrivateReplies;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    private final AdminActions actions;
    private final PrivateReplies replies;
    private final Optional<String> adminRole;

    public AdminCommand(AdminActions actions, PrivateReplies replies, Optional<String> adminRole) {
        this.adminRole = adminRole;
        this.actions = actions;
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
        for (String a : AUDIENCES) {
            o.addChoice(a, a);
        }
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
            event.reply(AdminActions.refused(adminRole)).setEphemeral(true).queue();
            return;
        }
        event.deferReply(true).queue();
        CommunityId guild = CommunityId.of(event.getGuild().getId());
        String name = event.getGuild().getName();
        List<AdminCards.ServerRole> roles = serverRoles(event.getGuild());
        var options = dev.rapport.bot.discord.coach.CoachCommand.options(event);
        String group = event.getSubcommandGroup();
        String sub = String.valueOf(event.getSubcommandName());
        replies.answer(event.getHook(), user, () -> actions.run(guild, name, roles, group, sub, options)
                .thenApply(JdaCards::edit));
    }

    /** Manage Server (the owner and administrators have it), or the configured admin role by id or name. */
    private boolean mayAdminister(net.dv8tion.jda.api.entities.Member member) {
        if (member == null) {
            return false;
        }
        if (member.hasPermission(Permission.MANAGE_SERVER)) {
            return true;
        }
        return adminRole.map(role -> member.getRoles().stream()
                .anyMatch(r -> r.getId().equals(role) || r.getName().equalsIgnoreCase(role))).orElse(false);
    }

    /** The server's roles from JDA's cache, without @everyone (it stands for nobody in particular). */
    private static List<AdminCards.ServerRole> serverRoles(net.dv8tion.jda.api.entities.Guild guild) {
        List<AdminCards.ServerRole> roles = new ArrayList<>();
        for (net.dv8tion.jda.api.entities.Role r : guild.getRoles()) {
            if (!r.isPublicRole()) {
                roles.add(new AdminCards.ServerRole(r.getId(), r.getName()));
            }
        }
        return roles;
    }

    @Override
    public void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
        OptionMapping id = event.getOption("id");
        event.replyChoiceStrings(actions.suggestions(event.getFocusedOption().getName(),
                event.getFocusedOption().getValue(), Optional.ofNullable(id).map(OptionMapping::getAsString))).queue();
    }
}
