package dev.rapport.bot.cli;

/**
 * Text from an export made safe to print at a terminal. Names are chosen by strangers: a control character can
 * move the cursor or recolour the screen, and a bidirectional override ({@code U+202E}) makes the rest of the
 * line read backwards, so a name could forge what follows it. Each such character is shown as {@code <U+202E>}.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isUnsafe(cp)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                out.append(String.format(java.util.Locale.ROOT, "<U+%04X>", cp));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? s : out.toString();
    }

    /**
     * Control characters (C0, DEL, C1), bidirectional controls (embeddings, overrides, isolates, marks) and other
     * invisible format characters except the joiners emoji need, and lone surrogates.
     */
    static boolean isUnsafe(int cp) {
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return true;
        }
        if (cp == 0x200D || cp == 0xFE0F) {
            return false; // zero-width joiner, emoji presentation: parts of emoji
        }
        if (cp == 0x061C || cp == 0x200E || cp == 0x200F) {
            return true;
        }
        if (cp >= 0x202A && cp <= 0x202E) {
            return true;
        }
        if (cp >= 0x2066 && cp <= 0x2069) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
