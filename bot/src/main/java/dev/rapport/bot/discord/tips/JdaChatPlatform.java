package dev.rapport.bot.discord.tips;

import dev.rapport.bot.coach.ChatPlatform;
import dev.rapport.bot.coach.Delivery;
import dev.rapport.bot.coach.TipView;
import dev.rapport.bot.discord.ShardAccess;
import dev.rapport.bot.discord.coach.ReportEmbeds;
import dev.rapport.rules.model.UserId;
import dev.rapport.bot.coach.DigestView;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The coach's {@link ChatPlatform} on Discord: tips and digests go by direct message. A rate limit (429) is waited out
 * and retried by JDA's requester; closed DMs (error 50007) come back as {@link Delivery#DMS_CLOSED}.
 */
public final class JdaChatPlatform implements ChatPlatform {
    private static final Logger log = LoggerFactory.getLogger(JdaChatPlatform.class);

    private final ShardAccess shards;
    private final TipEmbeds tips;
    private final ReportEmbeds reports;

    public JdaChatPlatform(ShardAccess shards, TipEmbeds tips, ReportEmbeds reports) {
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
        List<TipView> shown = tips.subList(0, Math.min(tips.size(), Message.MAX_COMPONENT_COUNT));
        List<ActionRow> rows = new ArrayList<>();
        rows.add(this.tips.buttons(shown.get(0)));
        for (TipView other : shown.subList(1, shown.size())) {
            rows.add(this.tips.buttonsNamed(other));
        }
        MessageCreateData message = new MessageCreateBuilder()
                .setEmbeds(this.tips.embed(shown.get(0), shown.subList(1, shown.size())))
                .setComponents(rows)
                .build();
        // Discord keeps the nonce a few minutes and, with enforce_nonce, answers a repeat with the first message.
        return send(user, channel -> channel.sendMessage(message).setNonce(idempotencyKey));
    }

    @Override
    public CompletableFuture<Delivery> sendDigest(UserId user, DigestView digest) {
        MessageCreateData message = new MessageCreateBuilder()
                .setContent("Your week in review:")
                .setEmbeds(reports.weekly(digest))
                .setFiles(ReportEmbeds.upload(digest.chart()))
                .build();
        return send(user, channel -> channel.sendMessage(message));
    }

    /** Opens the DM channel and sends; the future always completes normally. */
    public CompletableFuture<Delivery> send(UserId user, Function<PrivateChannel, RestAction<Message>> send) {
        Optional<JDA> jda = shards.anyShard();
        if (jda.isEmpty()) {
            return CompletableFuture.completedFuture(Delivery.FAILED);
        }
        return jda.get().openPrivateChannelById(user.value())
                .flatMap(send)
                .submit()
                .handle((ok, error) -> {
                    if (error == null) {
                        return Delivery.DELIVERED;
                    }
                    Throwable cause = error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
                    if (cause instanceof ErrorResponseException e
                            && e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
                        return Delivery.DMS_CLOSED;
                    }
                    log.warn("a direct message could not be sent (it is tried again later)", cause);
                    return Delivery.FAILED;
                });
    }
}
