package dev.rapport.bot.importer;

import java.util.List;

/**
 * What an import read from one source.
 *
 * @param source       the file (or stream) name as the user gave it
 * @param format       the format it was read as
 * @param messages     messages turned into events, each id once
 * @param botMessages  messages by bots, ignored: the coach coaches people
 * @param skipped      items that were not messages people wrote (joins, pins, system lines) or had no usable content
 * @param warnings     things a person should know, e.g. "the file ends in the middle of a message"
 * @param badMessages  messages that could not be read (a bad timestamp, no author) and were skipped
 * @param duplicates   messages that appeared again with the same id and were ignored
 * @param reordered    messages dated before one earlier in the file, put back in time order
 */
public record ImportReport(String source, ExportFormat format, long messages, long botMessages, long skipped,
                           List<String> warnings, long badMessages, long duplicates, long reordered) {
    public ImportReport {
        warnings = List.copyOf(warnings);
    }

    public ImportReport(String source, ExportFormat format, long messages, long botMessages, long skipped,
                        List<String> warnings) {
        this(source, format, messages, botMessages, skipped, warnings, 0, 0, 0);
    }

    public boolean truncated() {
        return warnings.stream().anyMatch(w -> w.contains("truncated"));
    }

    /** The same report under another name (the demo's files are shown as demo/..., not a temporary path). */
    public ImportReport named(String name) {
        return new ImportReport(name, format, messages, botMessages, skipped, warnings, badMessages, duplicates,
                reordered);
    }

    /**
     * This report after a tidying pass: {@code duplicates} copies ignored, {@code reordered} messages put in time
     * order, and what the tidying has to say.
     */
    public ImportReport tidied(long duplicates, long reordered, List<String> moreWarnings) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(moreWarnings);
        return new ImportReport(source, format, messages - duplicates, botMessages, skipped, all, badMessages,
                this.duplicates + duplicates, this.reordered + reordered);
    }
}
