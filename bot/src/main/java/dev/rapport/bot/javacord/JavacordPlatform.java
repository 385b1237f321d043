package dev.rapport.bot.javacord;

import dev.rapport.bot.coach.ChatPlatform;
import dev.rapport.bot.coach.Delivery;
import dev.rapport.bot.coach.DigestView;
import dev.rapport.bot.coach.ReportCards;
import dev.rapport.bot.coach.Reply;
import dev.rapport.bot.coach.TipCards;
import dev.rapport.bot.coach.TipView;
import dev.rapport.rules.model.UserId;
import org.javacord.api.DiscordApi;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.exception.CannotMessageUserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The coach's {@link ChatPlatform} on Discord through Javacord: tips and digests by direct message. Javacord's
 * ratelimiter waits out a 429 and retries; closed DMs (error 50007, Javacord's {@link CannotMessageUserException})
 * come back as {@link Delivery#DMS_CLOSED}. Opt-ins are kept under the same platform id as with JDA: switching the
 * adapter keeps everyone's coaching.
 */
public final class JavacordPlatform implements ChatPlatform {
    private static final Logger log = LoggerFactory.getLogger(JavacordPlatform.class);

    private final JavacordShards shards;
    private final TipCards tips;
    private final ReportCards reports;

    public JavacordPlatform(JavacordShards shards, TipCards tips, ReportCards reports) {
        this.shards = shards;
        this.tips = tips;
        this.reports = reports;
    }

    @Override
    public String id() {
        return DISCORD;
    }

    @Override
    public CompletableFuture<Delivery> sendTips(UserId user, List<TipView> tips, String idempotencyKey) {
        // Javacord sends the nonce but not enforce_nonce: a retry after a timeout may show the tip twice (README).
        MessageBuilder message = JavacordDraw.message(this.tips.message(tips));
        message.setNonce(nonce(idempotencyKey));
        return send(user, message);
    }

    @Override
    public CompletableFuture<Delivery> sendDigest(UserId user, DigestView digest) {
        return send(user, JavacordDraw.message(reports.digest(digest)));
    }

    /** Sends {@code reply} by DM; the future always completes normally. */
    public CompletableFuture<Delivery> send(UserId user, Reply reply) {
        return send(user, JavacordDraw.message(reply));
    }

    private CompletableFuture<Delivery> send(UserId user, MessageBuilder message) {
        Optional<DiscordApi> api = shards.any();
        if (api.isEmpty()) {
            return CompletableFuture.completedFuture(Delivery.FAILED);
        }
        return api.get().getUserById(user.value())
                .thenCompose(message::send)
                .handle((sent, error) -> {
                    if (error == null) {
                        return Delivery.DELIVERED;
                    }
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    if (cause instanceof CannotMessageUserException) {
                        return Delivery.DMS_CLOSED;
                    }
                    log.warn("a direct message could not be sent (it is tried again later)", cause);
                    return Delivery.FAILED;
                });
    }

    /** Discord takes a nonce of at most 25 characters. */
    static String nonce(String idempotencyKey) {
        return idempotencyKey.length() <= 25 ? idempotencyKey : idempotencyKey.substring(0, 25);
    }
}
