package dev.rapport.bot.coach;

import java.util.Arrays;

/**
 * A file sent with a private message, as any chat platform takes it: its bytes, its file name and the alt text
 * that says what it shows to people who cannot see it.
 */
public record Attachment(byte[] bytes, String name, String altText) {
    public Attachment {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment a && Arrays.equals(bytes, a.bytes) && name.equals(a.name) && altText.equals(a.altText);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return "Attachment[" + name + ", " + bytes.length + " bytes]";
    }
}
