package dev.rapport.bot.discord.coach;

import dev.rapport.bot.coach.BadOption;
import dev.rapport.bot.coach.OptionValues;
import dev.rapport.bot.coach.CoachAccounts;
import dev.rapport.bot.discord.ComponentId;
import dev.rapport.bot.coach.DigestViews;
import dev.rapport.bot.digest.ScoreExplanation;
import dev.rapport.rules.score.Pillar;
import dev.rapport.bot.discord.SlashCommand;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.QuietHours;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.IsoWeek;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /coach}: everything a person does with their own coaching. Every reply is ephemeral; commands that make sense
 * in DMs work there too (in a DM, stop and settings apply to every server the person opted in on).
 */
public final class CoachCommand implements SlashCommand {
    static final String WHAT_IS_COLLECTED = """
            **What I look at:** your own messages in this server, only after you say yes: counts, times, links \
            (as fingerprints) and who you talk with.
            **What I never keep:** the text of anyone's messages, or other people's names (they are pseudonyms).
            **What you get:** a few private tips by DM and a weekly digest. Nothing is ever posted in public.
            You can stop, export or delete everything at any time (/coach stop, /coach export, /coach forget).""";

    private final CoachAccounts accounts;
    private final RuleCatalogue catalogue;
    private final ReportEmbeds reports;
    private final PrivateReplies replies;
    private final DigestViews views;

    public CoachCommand(CoachAccounts accounts, RuleCatalogue catalogue, ReportEmbeds reports, PrivateReplies replies,
                        DigestViews views) {
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.reports = reports;
        this.replies = replies;
        this.views = views;
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
        for (DayOfWeek d : DayOfWeek.values()) day.addChoice(d.name().toLowerCase(), d.name().toLowerCase());
        return day;
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        UserId user = UserId.of(event.getUser().getId());
        Optional<CommunityId> guild = event.isFromGuild()
                ? Optional.of(CommunityId.of(event.getGuild().getId())) : Optional.empty();
        // Acknowledge first (Discord allows 3 s); storage and engine work happen off the gateway's event thread.
        event.deferReply(true).queue();
        replies.answer(event.getHook(), user, () -> {
            try {
                return switch (String.valueOf(event.getSubcommandName())) {
                    case "start" -> start(event, user, guild);
                    case "stop" -> stop(user, guild);
                    case "stats" -> stats(event, user);
                    case "tips" -> done(new MessageEditBuilder().setEmbeds(reports.tips(accounts.recentTips(user, 5))).build());
                    case "why" -> done(why(event));
                    case "settings" -> done(settings(event, user, guild));
                    case "export" -> ExportDelivery.send(event.getJDA(), user, accounts.export(user));
                    case "forget" -> done(forgetQuestion());
                    default -> done(text("I do not know that subcommand."));
                };
            } catch (BadOption e) {
                return done(text("⚠️ " + e.getMessage()));
            }
        });
    }

    @Override
    public void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue();
        List<String> choices = switch (event.getFocusedOption().getName()) {
            case "zone" -> OptionValues.zonesMatching(typed);
            case "rule" -> withScore(typed, OptionValues.rulesMatching(typed));
            case "mute", "unmute" -> OptionValues.rulesMatching(typed);
            default -> List.of();
        };
        event.replyChoiceStrings(choices).queue();
    }

    private CompletableFuture<MessageEditData> start(SlashCommandInteractionEvent event, UserId user,
                                                     Optional<CommunityId> guild) {
        if (guild.isEmpty()) {
            return done(text("Run /coach start in the server where you want coaching: consent is per server."));
        }
        ZoneId zone = option(event, "zone").map(OptionValues::zone).orElse(accounts.zoneOf(user));
        DayOfWeek day = option(event, "digest-day").map(OptionValues::day).orElse(DayOfWeek.MONDAY);
        Optional<Goal> goal = option(event, "goal").flatMap(GoalChoice::parse);
        if (zone.getId().length() > 60) throw new BadOption("That time zone name is too long.");
        return done(new MessageEditBuilder()
                .setEmbeds(new EmbedBuilder().setTitle("Coaching: what you agree to")
                        .setDescription(WHAT_IS_COLLECTED)
                        .addField("Your settings", "time zone " + zone.getId() + ", digest on "
                                + day.name().toLowerCase() + "s, goal " + GoalChoice.describe(goal)
                                + " (change any of these later with /coach settings)", false)
                        .build())
                .setComponents(ActionRow.of(
                        Button.success(ComponentId.of(CoachButtons.PREFIX, "consent", zone.getId(), day.name(),
                                GoalChoice.code(goal)), "Yes, coach me"),
                        Button.secondary(ComponentId.of(CoachButtons.PREFIX, "decline"), "No thanks")))
                .build());
    }

    private CompletableFuture<MessageEditData> stop(UserId user, Optional<CommunityId> guild) {
        return accounts.optOut(user, guild).thenApply(removed -> text(removed
                ? "Coaching stopped" + (guild.isPresent() ? " in this server" : " everywhere")
                + ". What I kept stays until you run /coach forget."
                : "You were not being coached" + (guild.isPresent() ? " in this server" : "") + "."));
    }

    /** The week's numbers with the networking score and its chart, in the ephemeral reply. */
    private CompletableFuture<MessageEditData> stats(SlashCommandInteractionEvent event, UserId user) {
        IsoWeek current = accounts.currentWeek(user);
        IsoWeek shown = option(event, "week").map(t -> OptionValues.week(t, current)).orElse(current);
        if (!accounts.isCoached(user)) return done(text(DmTextCommands.NOT_COACHED));
        return views.of(user, shown).thenApply(view -> view
                .map(v -> new MessageEditBuilder().setEmbeds(reports.weekly(v))
                        .setFiles(ReportEmbeds.upload(v.chart())).build())
                .orElseGet(() -> text("Nothing recorded for week " + shown + " yet.")));
    }

    private static List<String> withScore(String typed, List<String> rules) {
        if (!"score".contains(typed.strip().toLowerCase(java.util.Locale.ROOT))) return rules;
        List<String> all = new java.util.ArrayList<>(rules.subList(0, Math.min(rules.size(), 24)));
        all.add(0, "score");
        return all;
    }

    private MessageEditData why(SlashCommandInteractionEvent event) {
        String asked = option(event, "rule").orElse("");
        if (ScoreExplanation.asks(asked)) {
            EmbedBuilder e = new EmbedBuilder().setTitle(ScoreExplanation.TITLE).setDescription(ScoreExplanation.INTRO);
            for (Pillar p : Pillar.values()) e.addField(p.title() + " (25 points)", p.formula(), false);
            return new MessageEditBuilder().setEmbeds(e.build()).build();
        }
        RuleId id = OptionValues.rule(asked);
        Rule rule = catalogue.get(id);
        return new MessageEditBuilder().setEmbeds(new EmbedBuilder()
                .setTitle(id.id())
                .setDescription(rule.describe())
                .addField("Principle " + id.principle().number() + ": " + id.principle().title(), id.principle().why(), false)
                .build()).build();
    }

    private MessageEditData settings(SlashCommandInteractionEvent event, UserId user, Optional<CommunityId> guild) {
        List<OptIn> consents = guild.isPresent()
                ? accounts.consent(user, guild).stream().toList() : accounts.consents(user);
        if (consents.isEmpty()) return text(DmTextCommands.NOT_COACHED);
        // Parse everything first: one bad value changes nothing.
        Optional<ZoneId> zone = option(event, "zone").map(OptionValues::zone);
        Optional<DayOfWeek> day = option(event, "digest-day").map(OptionValues::day);
        Optional<Integer> hour = integer(event, "digest-hour").map(v -> OptionValues.hour("digest-hour", v));
        Optional<Integer> quietFrom = integer(event, "quiet-from").map(v -> OptionValues.hour("quiet-from", v));
        Optional<Integer> quietUntil = integer(event, "quiet-until").map(v -> OptionValues.hour("quiet-until", v));
        if (quietFrom.isPresent() != quietUntil.isPresent()) {
            throw new BadOption("give quiet-from and quiet-until together (the same hour twice turns quiet hours off).");
        }
        var frequency = option(event, "frequency").map(OptionValues::frequency);
        Optional<RuleId> mute = option(event, "mute").map(OptionValues::rule);
        Optional<RuleId> unmute = option(event, "unmute").map(OptionValues::rule);
        Optional<Optional<Goal>> goal = option(event, "goal").map(GoalChoice::parse);
        OptIn last = null;
        for (OptIn o : consents) {
            OptIn c = o;
            if (zone.isPresent()) c = c.withZone(zone.get());
            if (day.isPresent() || hour.isPresent()) c = c.withDigest(day.orElse(c.digestDay()), hour.orElse(c.digestHour()));
            if (quietFrom.isPresent()) {
                c = c.withQuietHours(quietFrom.get().equals(quietUntil.get())
                        ? Optional.empty() : Optional.of(new QuietHours(quietFrom.get(), quietUntil.get())));
            }
            if (frequency.isPresent()) c = c.withFrequency(frequency.get());
            if (mute.isPresent()) c = c.muting(mute.get());
            if (unmute.isPresent()) c = c.unmuting(unmute.get());
            if (goal.isPresent()) c = c.withGoal(goal.get());
            accounts.update(c);
            last = c;
        }
        return text("Your settings: " + describe(last));
    }

    static String describe(OptIn o) {
        return "time zone " + o.zone().getId()
                + ", digest on " + o.digestDay().name().toLowerCase() + "s at " + o.digestHour() + ":00"
                + ", quiet hours " + o.quietHours().map(q -> q.fromHour() + ":00-" + q.untilHour() + ":00").orElse("none")
                + ", tips " + o.frequency().name().toLowerCase()
                + ", muted " + (o.mutedRules().isEmpty() ? "nothing" : o.mutedRules().toString())
                + ", goal " + GoalChoice.describe(o.goal()) + ".";
    }

    static MessageEditData forgetQuestion() {
        return new MessageEditBuilder()
                .setContent("This deletes everything I keep about you, in every server: your consent, numbers, tips "
                        + "and your pseudonym in other people's statistics. It cannot be undone.")
                .setComponents(ActionRow.of(Button.danger(ComponentId.of(CoachButtons.PREFIX, "forget"), "Yes, delete everything")))
                .build();
    }

    private static Optional<String> option(SlashCommandInteractionEvent event, String name) {
        OptionMapping m = event.getOption(name);
        return m == null ? Optional.empty() : Optional.of(m.getAsString());
    }

    private static Optional<Long> integer(SlashCommandInteractionEvent event, String name) {
        OptionMapping m = event.getOption(name);
        if (m == null) return Optional.empty();
        try {
            return Optional.of(m.getAsLong());
        } catch (RuntimeException e) {
            throw new BadOption(name + " must be a whole number from 0 to 23.");
        }
    }

    static MessageEditData text(String content) {
        return MessageEditData.fromContent(content);
    }

    private static CompletableFuture<MessageEditData> done(MessageEditData data) {
        return CompletableFuture.completedFuture(data);
    }
}
