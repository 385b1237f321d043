package dev.rapport.bot.discord.coach;

import dev.rapport.bot.coach.BadOption;
import dev.rapport.bot.coach.OptionValues;
import dev.rapport.bot.coach.CoachAccounts;
import dev.rapport.bot.coach.ContentNotices;
import dev.rapport.bot.coach.TipView;
import dev.rapport.bot.discord.DiscordWork;
import dev.rapport.bot.discord.tips.TipEmbeds;
import dev.rapport.rules.model.UserId;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Finishes a deferred ephemeral reply: does the command's work off the gateway's event thread, replaces the
 * "thinking" message with the answer, then shows any tips that could not be delivered by DM, each as its own
 * ephemeral follow-up with its buttons. A failure is logged once with its stack trace; the person sees a short
 * apology, never the error.
 */
public final class PrivateReplies {
    private static final Logger log = LoggerFactory.getLogger(PrivateReplies.class);
    static final String SORRY = "Sorry, something went wrong on my side. Please try again in a moment.";
    static final String CONTENT_UNAVAILABLE = "⚠️ I cannot read the text of your messages: this bot runs without "
            + "Discord's Message Content intent. Your counts, replies and mentions still work, but the rules that look at "
            + "what you write (links, promotion, questions) cannot run. The server owner can enable the intent in the "
            + "Discord developer portal (Bot > Privileged Gateway Intents).";

    private final CoachAccounts accounts;
    private final TipEmbeds tips;
    private final ContentNotices notices;
    private final DiscordWork work;

    public PrivateReplies(CoachAccounts accounts, TipEmbeds tips, ContentNotices notices, DiscordWork work) {
        this.accounts = accounts;
        this.tips = tips;
        this.notices = notices;
        this.work = work;
    }

    /** Runs {@code answer} on the work threads (after the caller acknowledged), then shows what it made. */
    public void answer(InteractionHook hook, UserId user, Supplier<CompletableFuture<MessageEditData>> answer) {
        finish(hook, user, work.supply(answer));
    }

    public void finish(InteractionHook hook, UserId user, CompletableFuture<MessageEditData> answer) {
        answer.whenComplete((data, error) -> {
            if (error != null && !(cause(error) instanceof BadOption)) {
                log.warn("a command did not complete; the member was shown an apology", cause(error));
            }
            MessageEditData shown = error == null ? data : MessageEditData.fromContent(problem(error));
            hook.editOriginal(shown).queue(
                    ok -> work.run("showing waiting tips", () -> showUndelivered(hook, user)),
                    failed -> log.warn("the answer to a command could not be shown", failed));
        });
    }

    private void showUndelivered(InteractionHook hook, UserId user) {
        if (notices.take(user)) {
            hook.sendMessage(CONTENT_UNAVAILABLE).setEphemeral(true).queue(null,
                    failed -> log.warn("the content notice could not be shown", failed));
        }
        List<TipView> waiting;
        try {
            waiting = accounts.takeUndelivered(user);
        } catch (RuntimeException e) {
            // Shutting down, or storage unreachable: the tips stay waiting in the ledger for the next command.
            log.warn("waiting tips could not be read now; they stay waiting", e);
            return;
        }
        for (TipView view : waiting) {
            hook.sendMessage(new MessageCreateBuilder()
                            .setContent("A tip I could not send you by DM (your DMs are closed):")
                            .setEmbeds(tips.embed(view))
                            .setComponents(tips.buttons(view))
                            .build())
                    .setEphemeral(true)
                    .queue(ok -> work.run("recording a waiting tip as shown", () -> accounts.shown(view)),
                            failed -> log.warn("a waiting tip could not be shown; it stays waiting", failed));
        }
    }

    static String problem(Throwable error) {
        Throwable e = cause(error);
        if (e instanceof BadOption) {
            return "⚠️ " + e.getMessage();
        }
        return SORRY;
    }

    private static Throwable cause(Throwable error) {
        Throwable e = error;
        while (e instanceof java.util.concurrent.CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
