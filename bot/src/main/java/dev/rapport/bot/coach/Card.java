package dev.rapport.bot.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A titled block of a private message (what Discord calls an embed), as every platform adapter draws it: title,
 * colour, optional description, named fields in order, a footer and optionally an attached image by file name.
 * Values are clipped to {@link #VALUE_LIMIT} when the card is built, so no adapter has to.
 */
public record Card(String title, int colour, String description, List<Field> fields, String footer, String image) {
    /** Discord's limit on a field's value; the strictest of the platforms the coach runs on. */
    public static final int VALUE_LIMIT = 1024;

    /** One named part of a card. */
    public record Field(String name, String value) {
        public Field {
            Objects.requireNonNull(name, "name");
            value = clip(Objects.requireNonNull(value, "value"));
        }
    }

    public Card {
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(fields);
    }

    public static Card titled(String title, int colour) {
        return new Card(title, colour, null, List.of(), null, null);
    }

    public Card description(String text) {
        return new Card(title, colour, text, fields, footer, image);
    }

    public Card field(String name, String value) {
        List<Field> more = new ArrayList<>(fields);
        more.add(new Field(name, value));
        return new Card(title, colour, description, more, footer, image);
    }

    public Card footer(String text) {
        return new Card(title, colour, description, fields, text, image);
    }

    /** Shows the attachment named {@code fileName} (sent with the same message) as the card's image. */
    public Card image(String fileName) {
        return new Card(title, colour, description, fields, footer, fileName);
    }

    public static String clip(String text) {
        return text.length() <= VALUE_LIMIT ? text : text.substring(0, VALUE_LIMIT - 1) + "…";
    }
}
