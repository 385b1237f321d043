package dev.rapport.bot.coach;

import dev.rapport.rules.model.UserId;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the coach needs from a chat platform to reach one person privately. Discord (JDA) implements it today; another
 * client could sit behind it without the coaching code noticing. Futures never fail: problems come back as a
 * {@link Delivery}.
 */
public interface ChatPlatform {

    /**
     * The id both Discord adapters (JDA and Javacord) keep opt-ins under: switching the adapter keeps everyone's
     * coaching.
     */
    String DISCORD = "discord";

    /** The platform's name as kept with opt-ins, e.g. {@code discord}. */
    String id();

    /**
     * Sends tips caused by one moment as one direct message: the first (most important) in full, the others as one
     * line each, with one set of feedback buttons per tip (five tips at most). {@code idempotencyKey} is the same
     * for every attempt at this message, so a retry after an unclear failure (a timeout) never shows it twice.
     */
    CompletableFuture<Delivery> sendTips(UserId user, List<TipView> tips, String idempotencyKey);

    /** Sends the weekly digest by direct message: the report, the networking score and its chart attached. */
    CompletableFuture<Delivery> sendDigest(UserId user, DigestView digest);
}
