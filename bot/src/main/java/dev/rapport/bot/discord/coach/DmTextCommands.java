package dev.rapport.bot.discord.coach;

import dev.rapport.bot.coach.CoachAccounts;
import dev.rapport.bot.discord.MessageReceiver;
import dev.rapport.rules.model.UserId;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;

import java.util.Locale;
import java.util.Optional;

/** For people who prefer typing: {@code help}, {@code stats}, {@code tips}, {@code stop}, {@code forget} in a DM. */
public final class DmTextCommands implements MessageReceiver {
    static final String NOT_COACHED = "You are not being coached yet: run /coach start in a server to begin.";
    static final String HELP = """
            I am Rapport, your private networking coach. In this DM you can type:
            `stats` your numbers this week · `tips` your recent tips · `stop` stop coaching everywhere · \
            `forget` delete everything I keep about you · `help` this message.
            In a server, /coach has the same and more (settings, export, why).""";

    private final CoachAccounts accounts;
    private final ReportEmbeds reports;

    public DmTextCommands(CoachAccounts accounts, ReportEmbeds reports) {
        this.accounts = accounts;
        this.reports = reports;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.isFromGuild()) return;
        UserId user = UserId.of(event.getAuthor().getId());
        String word = event.getMessage().getContentRaw().strip().toLowerCase(Locale.ROOT);
        var channel = event.getChannel();
        switch (word) {
            case "stats" -> {
                if (!accounts.isCoached(user)) {
                    channel.sendMessage(NOT_COACHED).queue();
                    return;
                }
                accounts.report(user, Optional.empty()).thenAccept(report -> {
                    if (report.isPresent()) channel.sendMessageEmbeds(reports.weekly(report.get())).queue();
                    else channel.sendMessage("Nothing recorded for week " + accounts.currentWeek(user) + " yet.").queue();
                });
            }
            case "tips" -> channel.sendMessageEmbeds(reports.tips(accounts.recentTips(user, 5))).queue();
            case "stop" -> accounts.optOut(user, Optional.empty()).thenAccept(removed -> channel.sendMessage(removed
                    ? "Coaching stopped everywhere. What I kept stays until you type `forget`."
                    : NOT_COACHED).queue());
            case "forget" -> channel.sendMessage(new MessageCreateBuilder()
                    .applyEditData(CoachCommand.forgetQuestion()).build()).queue();
            default -> channel.sendMessage(HELP).queue();
        }
    }
}
