package dev.rapport.bot.discord.coach;

import dev.rapport.bot.coach.CoachAccounts;
import dev.rapport.bot.coach.DigestViews;
import dev.rapport.bot.discord.MessageReceiver;
import dev.rapport.rules.model.UserId;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import dev.rapport.bot.discord.DiscordWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.CompletableFuture;

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

    private static final Logger log = LoggerFactory.getLogger(DmTextCommands.class);

    private final CoachAccounts accounts;
    private final ReportEmbeds reports;
    private final DiscordWork work;
    private final DigestViews views;

    /** @param views the person's week over all their communities, as the digest and /coach stats show it */
    public DmTextCommands(CoachAccounts accounts, ReportEmbeds reports, DiscordWork work, DigestViews views) {
        this.views = views;
        this.accounts = accounts;
        this.reports = reports;
        this.work = work;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.isFromGuild()) return;
        UserId user = UserId.of(event.getAuthor().getId());
        String word = event.getMessage().getContentRaw().strip().toLowerCase(Locale.ROOT);
        MessageChannel channel = event.getChannel();
        // Storage and the engine are asked off the gateway's event thread; the answer is sent when it is ready.
        work.supply(() -> answer(user, word)).whenComplete((message, error) -> {
            if (error != null) log.warn("the DM command '{}' did not complete; the member was shown an apology", word, error);
            MessageCreateData shown = error == null ? message : MessageCreateData.fromContent(PrivateReplies.SORRY);
            channel.sendMessage(shown).queue(null, failed -> log.warn("the answer to a DM command could not be sent", failed));
        });
    }

    private CompletableFuture<MessageCreateData> answer(UserId user, String word) {
        return switch (word) {
            case "stats" -> {
                if (!accounts.isCoached(user)) yield done(MessageCreateData.fromContent(NOT_COACHED));
                // Direct messages come to the process of shard 0: the week is read from storage, where every
                // process keeps its communities, as /coach stats reads it.
                yield views.of(user, accounts.currentWeek(user)).thenApply(view -> view
                        .map(v -> new MessageCreateBuilder().setEmbeds(reports.weekly(v))
                                .setFiles(ReportEmbeds.upload(v.chart())).build())
                        .orElseGet(() -> MessageCreateData.fromContent(
                                "Nothing recorded for week " + accounts.currentWeek(user) + " yet.")));
            }
            case "tips" -> done(MessageCreateData.fromEmbeds(reports.tips(accounts.recentTips(user, 5))));
            case "stop" -> accounts.optOut(user, Optional.empty()).thenApply(removed -> MessageCreateData.fromContent(
                    removed ? "Coaching stopped everywhere. What I kept stays until you type `forget`." : NOT_COACHED));
            case "forget" -> done(new MessageCreateBuilder().applyEditData(CoachCommand.forgetQuestion()).build());
            default -> done(MessageCreateData.fromContent(HELP));
        };
    }

    private static CompletableFuture<MessageCreateData> done(MessageCreateData message) {
        return CompletableFuture.completedFuture(message);
    }
}
