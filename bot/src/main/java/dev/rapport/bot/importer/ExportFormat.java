package dev.rapport.bot.importer;

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
}
