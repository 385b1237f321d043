package dev.rapport.bot.discord.coach;

import dev.rapport.bot.coach.CoachAccounts;
import dev.rapport.bot.coach.ContentNotices;
import dev.rapport.bot.coach.TipView;
import dev.rapport.bot.discord.tips.TipEmbeds;
import dev.rapport.rules.model.UserId;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Finishes a deferred ephemeral reply: replaces the "thinking" message with the answer, then shows any tips that
 * could not be delivered by DM, each as its own ephemeral follow-up with its buttons.
 */
public final class PrivateReplies {
    private static final Logger log = LoggerFactory.getLogger(PrivateReplies.class);
    private final CoachAccounts accounts;
    static final String CONTENT_UNAVAILABLE = "⚠️ I cannot read the text of your messages: this bot runs without "
            + "Discord's Message Content intent. Your counts, replies and mentions still work, but the rules that look at "
            + "what you write (links, promotion, questions) cannot run. The server owner can enable the intent in the "
            + "Discord developer portal (Bot > Privileged Gateway Intents).";

    private final TipEmbeds tips;
    private final ContentNotices notices;

    public PrivateReplies(CoachAccounts accounts, TipEmbeds tips, ContentNotices notices) {
        this.accounts = accounts;
        this.tips = tips;
        this.notices = notices;
    }

    public void finish(InteractionHook hook, UserId user, CompletableFuture<MessageEditData> answer) {
        answer.whenComplete((data, error) -> {
            MessageEditData shown = error == null ? data : MessageEditData.fromContent(problem(error));
            hook.editOriginal(shown).queue(ok -> showUndelivered(hook, user), failed -> {
            });
        });
    }

    private void showUndelivered(InteractionHook hook, UserId user) {
        if (notices.take(user)) hook.sendMessage(CONTENT_UNAVAILABLE).setEphemeral(true).queue();
        List<TipView> waiting;
        try {
            waiting = accounts.takeUndelivered(user);
        } catch (RuntimeException e) {
            // Shutting down, or storage unreachable: the tips stay waiting in the ledger for the next command.
            log.warn("waiting tips could not be read now: {}", e.getMessage());
            return;
        }
        for (TipView view : waiting) {
            hook.sendMessage(new MessageCreateBuilder()
                            .setContent("A tip I could not send you by DM (your DMs are closed):")
                            .setEmbeds(tips.embed(view))
                            .setComponents(tips.buttons(view))
                            .build())
                    .setEphemeral(true).queue();
        }
    }

    static String problem(Throwable error) {
        Throwable e = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        if (e instanceof BadOption) return "⚠️ " + e.getMessage();
        return "Sorry, something went wrong on my side. Please try again in a moment.";
    }
}
