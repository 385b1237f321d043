package dev.rapport.bot.discord.coach;

import dev.rapport.bot.coach.CoachActions;
import dev.rapport.bot.coach.CoachTexts;
import dev.rapport.bot.coach.CommandOptions;
import dev.rapport.bot.discord.JdaCards;

import dev.rapport.bot.coach.BadOption;
import dev.rapport.bot.coach.CoachAccounts;
import dev.rapport.bot.discord.SlashCommand;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.time.DayOfWeek;
import java.util.Optional;

/**
 * {@code /coach} on JDA: its registration, and each use handed to the coach's platform-neutral {@link CoachActions}
 * (the export, a file by DM, stays here). Everything a person does with their own coaching. Every reply is ephemeral; commands that make sense
 * in DMs work there too (in a DM, stop and settings apply to every server the person opted in on).
 */
public final class CoachCommand implements SlashCommand {
    static final String WHAT_IS_COLLECTED = CoachTexts.WHAT_IS_COLLECTED;

    private final CoachAccounts accounts;
    private final CoachActions actions;
    private final PrivateReplies replies;

    public CoachCommand(CoachAccounts accounts, CoachActions actions, PrivateReplies replies) {
        this.accounts = accounts;
        this.actions = actions;
        this.replies = replies;
    }

    @Override
    public SlashCommandData data() {
        OptionData frequency = new OptionData(OptionType.STRING, "frequency", "How often tips come", false)
                .addChoice("real-time", "realtime").addChoice("daily bundle", "daily").addChoice("weekly only", "weekly");
        return Commands.slash("coach", "Your private networking coach")
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                .addSubcommands(
                        new SubcommandData("start", "Start being coached in this server (asks for your consent)")
                                .addOptions(new OptionData(OptionType.STRING, "zone", "Your time zone", false, true),
                                        digestDay(),
                                        GoalChoice.option("What you want from this server (default: not said)")),
                        new SubcommandData("stop", "Stop being coached (your data stays until /coach forget)"),
                        new SubcommandData("stats", "Your numbers for a week")
                                .addOption(OptionType.STRING, "week", "2026-W05, or weeks ago: 1 is last week (default: this week)"),
                        new SubcommandData("tips", "Your recent tips"),
                        new SubcommandData("why", "Why a rule matters, or how your networking score is computed")
                                .addOptions(new OptionData(OptionType.STRING, "rule", "A rule id, or score", true, true)),
                        new SubcommandData("settings", "Zone, digest time, quiet hours, tip frequency, muted rules, goal")
                                .addOptions(new OptionData(OptionType.STRING, "zone", "Your time zone", false, true),
                                        digestDay(),
                                        new OptionData(OptionType.INTEGER, "digest-hour", "Hour of the digest (0-23)", false),
                                        new OptionData(OptionType.INTEGER, "quiet-from", "No tips from this hour (0-23)", false),
                                        new OptionData(OptionType.INTEGER, "quiet-until", "...until this hour (0-23)", false),
                                        frequency,
                                        new OptionData(OptionType.STRING, "mute", "Mute a rule", false, true),
                                        new OptionData(OptionType.STRING, "unmute", "Unmute a rule", false, true),
                                        GoalChoice.option("What you want from this server")),
                        new SubcommandData("export", "Get everything I keep about you, as JSON by DM"),
                        new SubcommandData("forget", "Delete everything I keep about you"));
    }

    private static OptionData digestDay() {
        OptionData day = new OptionData(OptionType.STRING, "digest-day", "The day your weekly digest arrives", false);
        for (DayOfWeek d : DayOfWeek.values()) {
            day.addChoice(d.name().toLowerCase(), d.name().toLowerCase());
        }
        return day;
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        UserId user = UserId.of(event.getUser().getId());
        Optional<CommunityId> guild = event.isFromGuild()
                ? Optional.of(CommunityId.of(event.getGuild().getId())) : Optional.empty();
        String sub = String.valueOf(event.getSubcommandName());
        CommandOptions options = options(event);
        // Acknowledge first (Discord allows 3 s); storage and engine work happen off the gateway's event thread.
        event.deferReply(true).queue();
        replies.answer(event.getHook(), user, () -> sub.equals("export")
                ? ExportDelivery.send(event.getJDA(), user, accounts.export(user))
                : actions.run(sub, user, guild, options).thenApply(JdaCards::edit));
    }

    @Override
    public void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
        event.replyChoiceStrings(CoachActions.suggestions(event.getFocusedOption().getName(),
                event.getFocusedOption().getValue())).queue();
    }

    /** The options as the coach's actions read them; a number that is not one is a {@link BadOption}. */
    public static CommandOptions options(SlashCommandInteractionEvent event) {
        return new CommandOptions() {
            @Override
            public Optional<String> text(String name) {
                OptionMapping m = event.getOption(name);
                return m == null ? Optional.empty() : Optional.of(m.getAsString());
            }

            @Override
            public Optional<Long> number(String name) {
                OptionMapping m = event.getOption(name);
                if (m == null) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(m.getAsLong());
                } catch (RuntimeException e) {
                    throw new BadOption(name + " must be a whole number from 0 to 23.");
                }
            }
        };
    }

    static MessageEditData text(String content) {
        return MessageEditData.fromContent(content);
    }
}
