package dev.rapport.bot.eval;

import picocli.CommandLine;

import java.util.Locale;

/** How {@code rapport eval replies} prints its scores. */
public enum ReplyReportFormat {
    /** A table for people. */
    TEXT,
    /** One JSON document, for scripts. */
    JSON;

    /** Accepts {@code text} and {@code json} in any case, and names the choices when given something else. */
    public static final class Converter implements CommandLine.ITypeConverter<ReplyReportFormat> {
        @Override
        public ReplyReportFormat convert(String value) {
            for (ReplyReportFormat f : values()) {
                if (f.name().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not an output format: use text or json");
        }
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
