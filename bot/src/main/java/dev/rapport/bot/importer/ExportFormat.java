package dev.rapport.bot.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The chat export formats {@code rapport replay} reads. */
public enum ExportFormat {
    /** DiscordChatExporter's JSON export: one file per channel or thread. */
    DISCORD_JSON("discord"),
    /** Plain IRC logs, {@code [HH:MM] <nick> text}, with the date in the file name ({@code 2004-11-15_03.raw.txt}). */
    IRC("irc"),
    /** Rapport's own JSON Lines form of the event model, one event per line. */
    JSONL("jsonl");

    private final String cliName;

    ExportFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used by {@code --format}. */
    public String cliName() {
        return cliName;
    }

    /**
     * The format named {@code name} on the command line (case and surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the allowed values when there is no such format
     */
    public static ExportFormat fromCliName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.cliName.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + (name == null ? "" : name.strip())
                + "'; allowed values: " + allowedNames());
    }

    /** The names {@code --format} accepts, for messages: {@code discord, irc, jsonl}. */
    public static String allowedNames() {
        return Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", "));
    }
}
