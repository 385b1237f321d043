package dev.rapport.bot.discord;

import dev.rapport.bot.coach.Attachment;
import dev.rapport.bot.coach.ButtonView;
import dev.rapport.bot.coach.Card;
import dev.rapport.bot.coach.Reply;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.util.List;

/** Draws the coach's platform-neutral cards, buttons and replies with JDA's message types. */
public final class JdaCards {
    private JdaCards() {
    }

    public static MessageEmbed embed(Card card) {
        EmbedBuilder e = new EmbedBuilder().setTitle(card.title()).setColor(card.colour());
        if (card.description() != null) {
            e.setDescription(card.description());
        }
        for (Card.Field f : card.fields()) {
            e.addField(f.name(), f.value(), false);
        }
        if (card.footer() != null) {
            e.setFooter(card.footer());
        }
        if (card.image() != null) {
            e.setImage("attachment://" + card.image());
        }
        return e.build();
    }

    public static ActionRow row(List<ButtonView> buttons) {
        return ActionRow.of(buttons.stream().map(JdaCards::button).toList());
    }

    public static List<ActionRow> rows(List<List<ButtonView>> rows) {
        return rows.stream().map(JdaCards::row).toList();
    }

    /** The file as Discord takes it: its bytes, name and alt text (the attachment's description). */
    public static FileUpload upload(Attachment file) {
        return FileUpload.fromData(file.bytes(), file.name()).setDescription(file.altText());
    }

    public static MessageCreateData create(Reply reply) {
        MessageCreateBuilder b = new MessageCreateBuilder();
        if (reply.content() != null) {
            b.setContent(reply.content());
        }
        b.setEmbeds(reply.cards().stream().map(JdaCards::embed).toList());
        b.setComponents(rows(reply.rows()));
        b.setFiles(reply.files().stream().map(JdaCards::upload).toList());
        return b.build();
    }

    public static MessageEditData edit(Reply reply) {
        MessageEditBuilder b = new MessageEditBuilder();
        if (reply.content() != null) {
            b.setContent(reply.content());
        }
        if (!reply.cards().isEmpty()) {
            b.setEmbeds(reply.cards().stream().map(JdaCards::embed).toList());
        }
        if (!reply.rows().isEmpty()) {
            b.setComponents(rows(reply.rows()));
        }
        if (!reply.files().isEmpty()) {
            b.setFiles(reply.files().stream().map(JdaCards::upload).toList());
        }
        return b.build();
    }

    private static Button button(ButtonView view) {
        return switch (view.style()) {
            case SUCCESS -> Button.success(view.customId(), view.label());
            case SECONDARY -> Button.secondary(view.customId(), view.label());
            case DANGER -> Button.danger(view.customId(), view.label());
        };
    }
}
