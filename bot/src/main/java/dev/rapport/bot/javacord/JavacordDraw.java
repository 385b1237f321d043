package dev.rapport.bot.javacord;

import dev.rapport.bot.coach.Attachment;
import dev.rapport.bot.coach.ButtonView;
import dev.rapport.bot.coach.Card;
import dev.rapport.bot.coach.Reply;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.message.component.HighLevelComponent;
import org.javacord.api.entity.message.component.LowLevelComponent;
import org.javacord.api.entity.message.embed.EmbedBuilder;
import org.javacord.api.interaction.callback.ExtendedInteractionMessageBuilderBase;

import java.awt.Color;
import java.util.List;

/** Draws the coach's platform-neutral replies with Javacord's builders: cards as embeds, button rows, files. */
final class JavacordDraw {
    private JavacordDraw() {
    }

    static EmbedBuilder embed(Card card) {
        EmbedBuilder e = new EmbedBuilder().setTitle(card.title()).setColor(new Color(card.colour()));
        if (card.description() != null) {
            e.setDescription(card.description());
        }
        for (Card.Field f : card.fields()) {
            e.addField(f.name(), f.value());
        }
        if (card.footer() != null) {
            e.setFooter(card.footer());
        }
        if (card.image() != null) {
            e.setImage("attachment://" + card.image());
        }
        return e;
    }

    static HighLevelComponent[] rows(List<List<ButtonView>> rows) {
        return rows.stream().map(row -> ActionRow.of(row.stream().map(JavacordDraw::button).toList()))
                .toArray(HighLevelComponent[]::new);
    }

    /** A direct message. */
    static MessageBuilder message(Reply reply) {
        MessageBuilder b = new MessageBuilder();
        if (reply.content() != null) {
            b.setContent(reply.content());
        }
        reply.cards().forEach(card -> b.addEmbed(embed(card)));
        b.addComponents(rows(reply.rows()));
        for (Attachment file : reply.files()) {
            b.addAttachment(file.bytes(), file.name(), file.altText());
        }
        return b;
    }

    /** An interaction answer (the deferred original, or a follow-up), always ephemeral. */
    static <T extends ExtendedInteractionMessageBuilderBase<T>> T fill(T builder, Reply reply) {
        builder.setFlags(MessageFlag.EPHEMERAL);
        if (reply.content() != null) {
            builder.setContent(reply.content());
        }
        reply.cards().forEach(card -> builder.addEmbed(embed(card)));
        if (!reply.rows().isEmpty()) {
            builder.addComponents(rows(reply.rows()));
        }
        for (Attachment file : reply.files()) {
            builder.addAttachment(file.bytes(), file.name(), file.altText());
        }
        return builder;
    }

    private static LowLevelComponent button(ButtonView view) {
        return switch (view.style()) {
            case SUCCESS -> Button.success(view.customId(), view.label());
            case SECONDARY -> Button.secondary(view.customId(), view.label());
            case DANGER -> Button.danger(view.customId(), view.label());
        };
    }
}
