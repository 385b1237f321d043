package dev.rapport.bot.importer.discord;

/** Something in the export is not what DiscordChatExporter writes; the reader adds file and place. */
final class BadExportException extends Exception {
    private static final long serialVersionUID = 1L;

    BadExportException(String problem) {
        super(problem);
    }
}
