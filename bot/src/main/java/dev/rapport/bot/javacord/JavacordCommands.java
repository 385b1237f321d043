package dev.rapport.bot.javacord;

import dev.rapport.bot.coach.AdminActions;
import dev.rapport.bot.coach.GoalValues;
import dev.rapport.rules.config.Goal;
import org.javacord.api.entity.channel.ChannelType;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.interaction.SlashCommandOptionType;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code /coach} and {@code /coachadmin} as registered through Javacord: the same names, options and choices as JDA's. */
final class JavacordCommands {
    private JavacordCommands() {
    }

    static Set<SlashCommandBuilder> all() {
        return Set.of(coach(), admin());
    }

    static SlashCommandBuilder coach() {
        SlashCommandOption frequency = SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, "frequency",
                "How often tips come", false, List.of(SlashCommandOptionChoice.create("real-time", "realtime"),
                        SlashCommandOptionChoice.create("daily bundle", "daily"),
                        SlashCommandOptionChoice.create("weekly only", "weekly")));
        return new SlashCommandBuilder().setName("coach").setDescription("Your private networking coach")
                .setEnabledInDms(true)
                .setOptions(List.of(
                        SlashCommandOption.createSubcommand("start",
                                "Start being coached in this server (asks for your consent)",
                                List.of(SlashCommandOption.createStringOption("zone", "Your time zone", false, true), digestDay(),
                                        goal("What you want from this server (default: not said)"))),
                        SlashCommandOption.createSubcommand("stop", "Stop being coached (your data stays until /coach forget)"),
                        SlashCommandOption.createSubcommand("stats", "Your numbers for a week",
                                List.of(SlashCommandOption.createStringOption("week",
                                        "2026-W05, or weeks ago: 1 is last week (default: this week)", false))),
                        SlashCommandOption.createSubcommand("tips", "Your recent tips"),
                        SlashCommandOption.createSubcommand("why", "Why a rule matters, or how your networking score is computed",
                                List.of(SlashCommandOption.createStringOption("rule", "A rule id, or score", true, true))),
                        SlashCommandOption.createSubcommand("settings", "Zone, digest time, quiet hours, tip frequency, muted rules",
                                List.of(SlashCommandOption.createStringOption("zone", "Your time zone", false, true),
                                        digestDay(),
                                        SlashCommandOption.createLongOption("digest-hour", "Hour of the digest (0-23)", false),
                                        SlashCommandOption.createLongOption("quiet-from", "No tips from this hour (0-23)", false),
                                        SlashCommandOption.createLongOption("quiet-until", "...until this hour (0-23)", false),
                                        frequency,
                                        SlashCommandOption.createStringOption("mute", "Mute a rule", false, true),
                                        SlashCommandOption.createStringOption("unmute", "Unmute a rule", false, true),
                                        goal("What you want from this server"))),
                        SlashCommandOption.createSubcommand("export", "Get everything I keep about you, as JSON by DM"),
                        SlashCommandOption.createSubcommand("forget", "Delete everything I keep about you")));
    }

    static SlashCommandBuilder admin() {
        List<SlashCommandOption> audienceSubs = List.of(
                SlashCommandOption.createSubcommand("role", "Everyone with this role counts as this audience",
                        List.of(SlashCommandOption.createRoleOption("role", "The role", true), audience())),
                SlashCommandOption.createSubcommand("channel", "Everyone you talk to in this channel counts as this audience",
                        List.of(channel(), audience())));
        return new SlashCommandBuilder().setName(AdminActions.NAME).setDescription("Set up the networking coach for this server")
                .setEnabledInDms(false)
                .setDefaultEnabledForPermissions(PermissionType.MANAGE_SERVER)
                .setOptions(List.of(
                        SlashCommandOption.createSubcommandGroup("audience", "Who counts as a customer, advocate, peer...",
                                audienceSubs),
                        SlashCommandOption.createSubcommand("promotion-channel",
                                "Where self-promotion is welcome (link rules stay quiet there)",
                                List.of(channel(), SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING,
                                        "welcome", "Is promotion welcome there?", true,
                                        List.of(SlashCommandOptionChoice.create("on", "on"),
                                                SlashCommandOptionChoice.create("off", "off"))))),
                        SlashCommandOption.createSubcommand("rule", "Turn a rule on, off or to log only, or change a threshold",
                                List.of(SlashCommandOption.createStringOption("id", "The rule", true, true),
                                        SlashCommandOption.createStringOption("setting",
                                                "on, off, log, or <threshold>=<value>", true, true))),
                        SlashCommandOption.createSubcommand("status", "The coach's settings in this server")));
    }

    private static SlashCommandOption digestDay() {
        List<SlashCommandOptionChoice> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            days.add(SlashCommandOptionChoice.create(name, name));
        }
        return SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, "digest-day",
                "The day your weekly digest arrives", false, days);
    }

    /** The same labelled choices as JDA's goal option. */
    private static SlashCommandOption goal(String description) {
        return SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, "goal", description, false, List.of(
                SlashCommandOptionChoice.create("find customers: meet people who would buy from me",
                        Goal.FIND_CUSTOMERS.configName()),
                SlashCommandOptionChoice.create("keep customers: look after the ones I have", Goal.KEEP_CUSTOMERS.configName()),
                SlashCommandOptionChoice.create("find collaborators: meet peers to work with",
                        Goal.FIND_COLLABORATORS.configName()),
                SlashCommandOptionChoice.create("learn: learn from the people here", Goal.LEARN.configName()),
                SlashCommandOptionChoice.create("not said: this server's goal applies", GoalValues.NOT_SAID)));
    }

    private static SlashCommandOption audience() {
        List<SlashCommandOptionChoice> choices = new ArrayList<>();
        for (String a : AdminActions.AUDIENCES) {
            choices.add(SlashCommandOptionChoice.create(a, a));
        }
        return SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, "audience",
                "Who they are to members' businesses", true, choices);
    }

    private static SlashCommandOption channel() {
        return SlashCommandOption.createChannelOption("channel", "The channel", true,
                EnumSet.of(ChannelType.SERVER_TEXT_CHANNEL));
    }
}
