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

    /** The platform's name as kept with opt-ins, e.g. {@code discord}. */
    String id();

    /** Sends one tip by direct message, with its feedback buttons. */
    CompletableFuture<Delivery> sendTip(UserId user, TipView tip);

    /** Sends several tips as one direct message (a daily bundle), each with its feedback buttons; five at most. */
    CompletableFuture<Delivery> sendBundle(UserId user, List<TipView> tips);

    /** Sends the weekly digest by direct message: the report, the networking score and its chart attached. */
    CompletableFuture<Delivery> sendDigest(UserId user, DigestView digest);
}
