package dev.rapport.bot.importer;

import java.util.List;

/**
 * What an import read from one source.
 *
 * @param source       the file (or stream) name as the user gave it
 * @param format       the format it was read as
 * @param messages     messages turned into events
 * @param botMessages  messages by bots, ignored: the coach coaches people
 * @param skipped      items that were not messages people wrote (joins, pins, system lines) or had no usable content
 * @param warnings     things a person should know, e.g. "the file ends in the middle of a message"
 */
public record ImportReport(String source, ExportFormat format, long messages, long botMessages, long skipped,
                           List<String> warnings) {
    public ImportReport {
        warnings = List.copyOf(warnings);
    }

    public boolean truncated() {
        return warnings.stream().anyMatch(w -> w.contains("truncated"));
    }
}
