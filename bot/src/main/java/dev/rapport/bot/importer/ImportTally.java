package dev.rapport.bot.importer;

import java.util.ArrayList;
import java.util.List;

/** The running counts of one import, turned into an {@link ImportReport} on demand. */
public final class ImportTally {
    private final String source;
    private final ExportFormat format;
    private final List<String> warnings = new ArrayList<>();
    private long messages;
    private long botMessages;
    private long skipped;

    public ImportTally(String source, ExportFormat format) {
        this.source = source;
        this.format = format;
    }

    public void message() {
        messages++;
    }

    public void botMessage() {
        botMessages++;
    }

    public void skip() {
        skipped++;
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public long messages() {
        return messages;
    }

    public ImportReport report() {
        return new ImportReport(source, format, messages, botMessages, skipped, warnings);
    }
}
