package dev.rapport.bot.importer.jsonl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.rapport.bot.importer.CountingInputStream;
import dev.rapport.bot.importer.EventReader;
import dev.rapport.bot.importer.ExportFormat;
import dev.rapport.bot.importer.ImportException;
import dev.rapport.bot.importer.InputFiles;
import dev.rapport.bot.importer.ImportReport;
import dev.rapport.bot.importer.ImportTally;
import dev.rapport.bot.importer.Plural;
import dev.rapport.bot.importer.UnicodeText;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads Rapport's JSON Lines event format ({@code docs/jsonl-format.md}): one event per line, blank lines and
 * {@code #} comment lines ignored. A bad line is skipped and counted, and the first few are named with their line
 * number and what is wrong; a last line cut off in the middle (an interrupted write) ends the import normally with
 * a "truncated" warning.
 */
public final class JsonLinesReader implements EventReader {
    private final String source;
    private final CountingInputStream input;
    private final long size;
    private final BufferedReader lines;
    private final ObjectReader json = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final JsonLineDecoder decoder = new JsonLineDecoder();
    private final ImportTally tally;
    private long lineNumber;
    private boolean done;
    /** A line read ahead to tell a cut-off last line from a bad line in the middle; returned next. */
    private String peeked;

    public JsonLinesReader(Path file) throws ImportException {
        this(file.toString(), InputFiles.open(file), InputFiles.sizeOf(file));
    }

    /**
     * @param source the name used in reports and errors
     * @param in     the UTF-8 lines; closed by {@link #close()}
     * @param size   its size in bytes, or -1 when unknown
     */
    public JsonLinesReader(String source, InputStream in, long size) {
        this.source = source;
        this.input = new CountingInputStream(in);
        this.size = size;
        this.lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 64 * 1024);
        this.tally = new ImportTally(source, ExportFormat.JSONL, "bad line");
    }

    @Override
    public ChatEvent next() throws ImportException {
        if (done) {
            return null;
        }
        try {
            String line;
            while ((line = readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // editors' byte order mark
                }
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                Decoded decoded = decode(line); // unstripped, so that error columns match the file
                if (decoded.end()) {
                    return null;
                }
                if (decoded.event() == null) {
                    continue;
                }
                if (decoded.event() instanceof ChatMessage) {
                    tally.message();
                }
                return decoded.event();
            }
        } catch (IOException e) {
            throw new ImportException(source, lineNumber, -1, tally.messages(), "cannot be read: " + e.getMessage());
        }
        done = true;
        return null;
    }

    private String readLine() throws IOException {
        if (peeked == null) {
            return lines.readLine();
        }
        String line = peeked;
        peeked = null;
        return line;
    }

    /** A line's event; neither an event nor the end when the line was bad and skipped. */
    private record Decoded(ChatEvent event, boolean end) {
        static final Decoded SKIPPED = new Decoded(null, false);
        static final Decoded END = new Decoded(null, true);
    }

    /**
     * The event on this line. A bad line is skipped and counted: each line stands alone, so one bad line costs
     * only itself. A cut-off last line ends the file.
     */
    private Decoded decode(String content) throws IOException {
        JsonNode node;
        try {
            node = json.readTree(content);
        } catch (JsonProcessingException e) {
            if (e instanceof JsonEOFException && (peeked = lines.readLine()) == null) {
                done = true;
                tally.warn("the file is truncated: its last line (" + lineNumber + ") ends in the middle of an"
                        + " event; " + Plural.of(tally.messages(), "complete message") + " read");
                return Decoded.END;
            }
            JsonLocation where = e.getLocation();
            long column = where == null ? -1 : where.getColumnNr();
            tally.badMessage("line " + lineNumber + (column > 0 ? ":" + column : ""),
                    "not valid JSON: " + e.getOriginalMessage());
            return Decoded.SKIPPED;
        }
        if (node.path("bot").asBoolean(false) && JsonLinesFields.MESSAGE.equals(node.path(JsonLinesFields.TYPE).asText())) {
            // The writer's platform said a bot wrote it: the coach coaches people.
            tally.botMessage();
            return Decoded.SKIPPED;
        }
        try {
            ChatEvent event = decoder.decode(node);
            if (event instanceof ChatMessage m && UnicodeText.hasLoneSurrogate(m.text())) {
                tally.brokenText("line " + lineNumber);
                event = m.withText(UnicodeText.repair(m.text()), m.links());
            }
            return new Decoded(event, false);
        } catch (BadLineException e) {
            tally.badMessage("line " + lineNumber, e.getMessage());
            return Decoded.SKIPPED;
        }
    }

    @Override
    public ImportReport report() {
        return tally.report();
    }

    @Override
    public long position() {
        return input.count();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
