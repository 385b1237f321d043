package dev.rapport.bot.coach;

import java.util.ArrayList;
import java.util.List;

/**
 * What the coach says to one person, before any platform draws it: text, cards, rows of buttons and attached files.
 * Each adapter turns it into its own message (an ephemeral interaction reply, a DM, a follow-up).
 */
public record Reply(String content, List<Card> cards, List<List<ButtonView>> rows, List<Attachment> files) {
    public Reply {
        cards = List.copyOf(cards);
        rows = rows.stream().map(List::copyOf).toList();
        files = List.copyOf(files);
    }

    public static Reply text(String content) {
        return new Reply(content, List.of(), List.of(), List.of());
    }

    public static Reply of(Card... cards) {
        return new Reply(null, List.of(cards), List.of(), List.of());
    }

    public Reply withContent(String text) {
        return new Reply(text, cards, rows, files);
    }

    public Reply withCards(List<Card> more) {
        List<Card> all = new ArrayList<>(cards);
        all.addAll(more);
        return new Reply(content, all, rows, files);
    }

    public Reply withRow(ButtonView... buttons) {
        List<List<ButtonView>> all = new ArrayList<>(rows);
        all.add(List.of(buttons));
        return new Reply(content, cards, all, files);
    }

    public Reply withRows(List<List<ButtonView>> more) {
        List<List<ButtonView>> all = new ArrayList<>(rows);
        all.addAll(more);
        return new Reply(content, cards, all, files);
    }

    public Reply withFile(Attachment file) {
        List<Attachment> all = new ArrayList<>(files);
        all.add(file);
        return new Reply(content, cards, rows, all);
    }
}
