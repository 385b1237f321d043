package dev.rapport.bot.javacord;

import dev.rapport.bot.coach.ButtonView;
import dev.rapport.bot.coach.ChatPlatform;
import dev.rapport.bot.coach.Delivery;
import dev.rapport.bot.coach.DigestView;
import dev.rapport.bot.coach.ReportCards;
import dev.rapport.bot.coach.Reply;
import dev.rapport.bot.coach.TipCards;
import dev.rapport.bot.coach.TipView;
import dev.rapport.rules.model.UserId;
import org.javacord.api.DiscordApi;
import org.javacord.api.entity.channel.PrivateChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.entity.user.User;
import org.javacord.api.exception.CannotMessageUserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The coach's {@link ChatPlatform} on Discord through Javacord: tips and digests by direct message. Javacord's
 * ratelimiter waits out a 429 and retries; closed DMs (error 50007, Javacord's {@link CannotMessageUserException})
 * come back as {@link Delivery#DMS_CLOSED}. Opt-ins are kept under the same platform id as with JDA: switching the
 * adapter keeps everyone's coaching.
 */
public final class JavacordPlatform implements ChatPlatform {
    private static final Logger log = LoggerFactory.getLogger(JavacordPlatform.class);
    /** Retries follow within minutes, so a repeated tip would be among the DM's latest messages. */
    private static final int RECENT_MESSAGES = 20;

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
        // Javacord sends the nonce but not enforce_nonce, so Discord would show a retry after a lost answer twice.
        // Discord never lists a message's nonce, but it keeps its buttons, which name the tip: the DM's latest
        // messages are read first, and a message of ours that already carries these tips' buttons is the delivery.
        MessageBuilder message = JavacordDraw.message(this.tips.message(tips));
        message.setNonce(nonce(idempotencyKey));
        Set<String> buttons = tips.stream().flatMap(t -> this.tips.buttons(t).stream()).map(ButtonView::customId)
                .collect(Collectors.toSet());
        return deliver(user, channel -> channel.getMessages(RECENT_MESSAGES).thenCompose(recent ->
                recent.stream().anyMatch(m -> m.getAuthor().isYourself() && carriesAny(m, buttons))
                        ? CompletableFuture.completedFuture(null)
                        : message.send(channel).thenApply(sent -> null)));
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
        return deliver(user, channel -> message.send(channel).thenApply(sent -> null));
    }

    /** Runs {@code delivery} in the person's DM channel; the future always completes normally. */
    private CompletableFuture<Delivery> deliver(UserId user,
                                                Function<PrivateChannel, CompletableFuture<Void>> delivery) {
        Optional<DiscordApi> api = shards.any();
        if (api.isEmpty()) {
            return CompletableFuture.completedFuture(Delivery.FAILED);
        }
        return api.get().getUserById(user.value())
                .thenCompose(User::openPrivateChannel)
                .thenCompose(delivery)
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

    private static boolean carriesAny(Message message, Set<String> customIds) {
        return message.getComponents().stream()
                .flatMap(row -> row.asActionRow().stream())
                .flatMap(row -> row.getComponents().stream())
                .flatMap(component -> component.asButton().stream())
                .flatMap(button -> button.getCustomId().stream())
                .anyMatch(customIds::contains);
    }

    /** Discord takes a nonce of at most 25 characters. */
    static String nonce(String idempotencyKey) {
        return idempotencyKey.length() <= 25 ? idempotencyKey : idempotencyKey.substring(0, 25);
    }
}
