package dev.rapport.bot.javacord;

import dev.rapport.bot.coach.BadOption;
import dev.rapport.bot.coach.CoachAccounts;
import dev.rapport.bot.coach.CoachTexts;
import dev.rapport.bot.coach.ContentNotices;
import dev.rapport.bot.coach.Reply;
import dev.rapport.bot.coach.TipCards;
import dev.rapport.bot.coach.TipView;
import dev.rapport.bot.discord.DiscordWork;
import dev.rapport.rules.model.UserId;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.interaction.InteractionBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Answers interactions privately, as the JDA adapter does: acknowledge at once (an ephemeral deferral, well inside
 * Discord's 3 seconds), do the work on the work threads, replace the "thinking" message with the answer, then show
 * the content notice and any tips that waited because DMs were closed, each as an ephemeral follow-up. Failures are
 * logged once with their stack trace; the person sees a short apology.
 */
final class JavacordReplies {
    private static final Logger log = LoggerFactory.getLogger(JavacordReplies.class);

    private final CoachAccounts accounts;
    private final TipCards tips;
    private final ContentNotices notices;
    private final DiscordWork work;

    JavacordReplies(CoachAccounts accounts, TipCards tips, ContentNotices notices, DiscordWork work) {
        this.accounts = accounts;
        this.tips = tips;
        this.notices = notices;
        this.work = work;
    }

    /** Defers ephemerally, runs {@code answer} off the event thread, then shows what it made. */
    void answer(InteractionBase interaction, UserId user, Supplier<CompletableFuture<Reply>> answer) {
        CompletableFuture<Reply> made = work.supply(answer);
        interaction.respondLater(true).whenComplete((updater, deferFailed) -> {
            if (deferFailed != null) {
                log.warn("an interaction could not be acknowledged", deferFailed);
                return;
            }
            made.whenComplete((reply, error) -> {
                Throwable cause = cause(error);
                if (error != null && !(cause instanceof BadOption)) {
                    log.warn("a command did not complete; the member was shown an apology", cause);
                }
                Reply shown = error == null ? reply : Reply.text(problem(cause));
                JavacordDraw.fill(updater, shown).update().whenComplete((message, failed) -> {
                    if (failed != null) {
                        log.warn("the answer to a command could not be shown", failed);
                    } else {
                        work.run("showing waiting tips", () -> showWaiting(interaction, user));
                    }
                });
            });
        });
    }

    /** An immediate ephemeral answer that needs no work (a refusal, an expired button). */
    void tell(InteractionBase interaction, String text) {
        interaction.createImmediateResponder().setFlags(MessageFlag.EPHEMERAL).setContent(text).respond()
                .whenComplete((updater, failed) -> {
                    if (failed != null) {
                        log.warn("an immediate answer could not be shown", failed);
                    }
                });
    }

    private void showWaiting(InteractionBase interaction, UserId user) {
        if (notices.take(user)) {
            followUp(interaction, Reply.text(CoachTexts.CONTENT_UNAVAILABLE), "the content notice");
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
            JavacordDraw.fill(interaction.createFollowupMessageBuilder(), tips.waiting(view)).send()
                    .whenComplete((message, failed) -> {
                        if (failed != null) {
                            log.warn("a waiting tip could not be shown; it stays waiting", failed);
                        } else {
                            work.run("recording a waiting tip as shown", () -> accounts.shown(view));
                        }
                    });
        }
    }

    private static void followUp(InteractionBase interaction, Reply reply, String what) {
        JavacordDraw.fill(interaction.createFollowupMessageBuilder(), reply).send().whenComplete((message, failed) -> {
            if (failed != null) {
                log.warn("{} could not be shown", what, failed);
            }
        });
    }

    static String problem(Throwable cause) {
        return cause instanceof BadOption ? "⚠️ " + cause.getMessage() : CoachTexts.SORRY;
    }

    static Throwable cause(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
