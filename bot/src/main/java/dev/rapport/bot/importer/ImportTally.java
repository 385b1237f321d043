package dev.rapport.bot.importer;

import java.util.ArrayList;
import java.util.List;

/** The running counts of one import, turned into an {@link ImportReport} on demand. */
public final class ImportTally {
    /** How many bad messages are named in the warning; the rest are counted. */
    static final int NAMED_BAD_MESSAGES = 3;

    private final String source;
    private final ExportFormat format;
    private final String badNoun;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> firstBad = new ArrayList<>(NAMED_BAD_MESSAGES);
    private long messages;
    private long botMessages;
    private long skipped;
    private long badMessages;
    private long brokenText;
    private String firstBrokenText;

    public ImportTally(String source, ExportFormat format) {
        this(source, format, "bad message");
    }

    /** @param badNoun what a skipped bad item is called in the warning: "bad message", "bad line" */
    public ImportTally(String source, ExportFormat format, String badNoun) {
        this.source = source;
        this.format = format;
        this.badNoun = badNoun;
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

    /**
     * A message that could not be read was skipped; the first few are named.
     *
     * @param place   {@code line:column} (or {@code line N}) where it starts
     * @param problem what is wrong with it
     */
    public void badMessage(String place, String problem) {
        badMessages++;
        if (firstBad.size() < NAMED_BAD_MESSAGES) {
            firstBad.add(place + ": " + problem);
        }
    }

    /** A message whose text was not valid Unicode (a lone surrogate) was kept with the broken part replaced. */
    public void brokenText(String place) {
        brokenText++;
        if (firstBrokenText == null) {
            firstBrokenText = place;
        }
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public long messages() {
        return messages;
    }

    public ImportReport report() {
        List<String> all = new ArrayList<>(warnings);
        if (badMessages > 0) {
            String named = String.join("; ", firstBad);
            long unnamed = badMessages - firstBad.size();
            all.add(Plural.of(badMessages, badNoun) + " skipped (" + named
                    + (unnamed > 0 ? "; and " + unnamed + " more" : "") + ")");
        }
        if (brokenText > 0) {
            all.add(Plural.of(brokenText, "message") + " had text that is not valid Unicode (a lone UTF-16"
                    + " surrogate, from a broken export); the broken characters were replaced with \uFFFD (the first"
                    + " at " + firstBrokenText + ")");
        }
        return new ImportReport(source, format, messages, botMessages, skipped, all, badMessages, 0, 0);
    }
}
