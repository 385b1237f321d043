package dev.rapport.bot.javacord;

import dev.rapport.bot.coach.AdminActions;
import dev.rapport.bot.coach.CoachAccounts;
import dev.rapport.bot.coach.CoachActions;
import dev.rapport.bot.coach.CoachService;
import dev.rapport.bot.coach.NamedTurns;
import dev.rapport.bot.coach.ContentNotices;
import dev.rapport.bot.coach.ReportCards;
import dev.rapport.bot.coach.TipCards;
import dev.rapport.bot.coach.TipFeedback;
import dev.rapport.bot.discord.DiscordSettings;
import dev.rapport.bot.discord.DiscordWork;

import java.time.Clock;
import java.util.List;

/**
 * The Javacord adapter's parts for one run ({@code rapport.platform = javacord}), wired by the composition root from
 * the coach's platform-neutral services: the connection, and the chat platform that delivers tips and digests.
 */
public record JavacordAdapter(JavacordBot bot, JavacordPlatform platform) {

    /** What the adapter is built from: the coach's services and the run's settings. */
    public record Parts(CoachService coach, CoachAccounts accounts, CoachActions actions, AdminActions admin,
                        TipFeedback feedback, ContentNotices notices, DiscordWork work, DiscordSettings settings,
                        JavacordTarget target, Clock clock, NamedTurns namedTurns) {
    }

    public static JavacordAdapter wire(Parts parts) {
        JavacordShards shards = new JavacordShards();
        TipCards tips = new TipCards();
        JavacordPlatform platform = new JavacordPlatform(shards, tips, new ReportCards());
        JavacordReplies replies = new JavacordReplies(parts.accounts(), tips, parts.notices(), parts.work());
        JavacordInteractions interactions = new JavacordInteractions(parts.actions(), parts.admin(), parts.feedback(),
                parts.accounts(), platform, replies, parts.settings().adminRole());
        JavacordMessages messages = new JavacordMessages(parts.coach(), parts.actions(), parts.notices(), parts.work(),
                parts.clock(), parts.namedTurns());
        JavacordBot bot = new JavacordBot(parts.settings(), parts.target(), shards, List.of(interactions, messages),
                parts.notices());
        return new JavacordAdapter(bot, platform);
    }
}
