package dev.rapport.bot.coach;

import java.util.Objects;

/** A button under a private message: its look, the custom id that routes a press back, and its label. */
public record ButtonView(Style style, String customId, String label) {
    /** Discord's button styles the coach uses; other platforms map them to their nearest. */
    public enum Style { SUCCESS, SECONDARY, DANGER }

    public ButtonView {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(customId, "customId");
        Objects.requireNonNull(label, "label");
    }

    public static ButtonView success(String customId, String label) {
        return new ButtonView(Style.SUCCESS, customId, label);
    }

    public static ButtonView secondary(String customId, String label) {
        return new ButtonView(Style.SECONDARY, customId, label);
    }

    public static ButtonView danger(String customId, String label) {
        return new ButtonView(Style.DANGER, customId, label);
    }
}
