package dev.rapport.bot.importer.discord;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.rules.addressing.AddressingInference;
import dev.rapport.bot.importer.BoundedLruMap;
import dev.rapport.bot.importer.CountingInputStream;
import dev.rapport.bot.importer.EventReader;
import dev.rapport.bot.importer.ExportFormat;
import dev.rapport.bot.importer.ImportException;
import dev.rapport.bot.importer.InputFiles;
import dev.rapport.bot.importer.ImportReport;
import dev.rapport.bot.importer.ImportTally;
import dev.rapport.bot.importer.IsoTimestamps;
import dev.rapport.bot.importer.Plural;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.RecordEnds;
import dev.rapport.rules.model.UserId;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;

/**
 * Reads a DiscordChatExporter JSON export (one channel or thread) as a stream of events.
 *
 * <p>The file is read as a token stream: the {@code guild} and {@code channel} header objects, then the
 * {@code messages} array one message at a time. Only the current message and a bounded map of recent message
 * authors (to name whom a reply answers) are held, so memory does not grow with the file.
 *
 * <p>An export cut off inside {@code messages} (the exporter crashed or was interrupted) yields every complete
 * message, then ends with a "truncated" warning in the report.
 *
 * <p>Read for coaching ({@link Builder#tellingWhereTheRecordEnds}), the last event is a {@link RecordEnds}: the
 * channel's record stops where the export was taken, not where the channel fell silent. Its time:
 * <ul>
 *     <li>the export's {@code exportedAt} (when DiscordChatExporter started it): the channel may have been quiet for
 *     days before it, and that quiet is part of the record, so a question left all that time is still told;</li>
 *     <li>or the {@code before} of its {@code dateRange} when that is earlier: nothing after it was asked for;</li>
 *     <li>never before the latest event read (messages written while a long export ran come after its start), so the
 *     end is always the file's last event in time order;</li>
 *     <li>the latest event's time when the export has no {@code exportedAt}, or one that is not a time (a warning
 *     says so), or is cut off (a truncated file stops at its last complete message, whenever it was taken).</li>
 * </ul>
 * An export without any event tells nothing. Each file ends its own channel: several channel files exported minutes
 * apart end each channel at its own time, and the end of one cuts no question in another.
 */
public final class DiscordExportReader implements EventReader {
    /** How many recent messages' authors are remembered to resolve replies: about a busy channel's week. */
    public static final int DEFAULT_REMEMBERED_AUTHORS = 50_000;

    private enum State { HEADER, MESSAGES, DONE }

    private final String source;
    private final CountingInputStream input;
    private final long size;
    private final JsonParser parser;
    private final ImportTally tally;
    private final BoundedLruMap<String, UserId> authorsByMessage;
    /** Display names for reports: bounded by the number of people, like everything a reader holds. */
    private final BoundedLruMap<UserId, String> names = new BoundedLruMap<>(20_000);
    private final BoundedLruMap<UserId, String> usernames = new BoundedLruMap<>(20_000);
    private Map<ChannelId, String> channelName = Map.of();
    private final ArrayDeque<ChatEvent> pending = new ArrayDeque<>();
    private DiscordMessageMapper mapper;
    private State state = State.HEADER;
    /** For a direct conversation, the people known to take part, so each message names whom it speaks to. */
    private final DirectChatPeople directPeople;
    /** How people address each other by name, for the mapper's "Morning! Ana: ..." (stateless). */
    private final AddressingInference addressing = new AddressingInference();
    /**
     * Whether the last event is a {@link RecordEnds} where the export was taken: read for coaching (replay, tips
     * evaluation), the engine must know the channel's record stops there; other readings (who takes part in a DM,
     * order checks, benchmarks) want the messages only.
     */
    private final boolean tellsWhereTheRecordEnds;
    /** Where the messages were posted, once the header is read. */
    private DiscordChannel where;
    /** The header's {@code exportedAt}, when it is a time. */
    private Instant exportedAt;
    /** The header's {@code dateRange.before}, when it is a time. */
    private Instant rangeBefore;
    /** What the header's {@code exportedAt} held when it was not a time (for the warning), else null. */
    private String oddExportedAt;
    private boolean sawExportedAt;
    /** The latest time of an event passed on: the record holds at least up to it. */
    private Instant latest;
    private boolean truncated;

    public DiscordExportReader(Path file) throws ImportException {
        this(file, DEFAULT_REMEMBERED_AUTHORS);
    }

    public DiscordExportReader(Path file, int rememberedAuthors) throws ImportException {
        this(file, rememberedAuthors, DirectChatPeople.of(file));
    }

    /** @param directPeople who takes part when the file is a direct conversation ({@link DirectChatPeople#of}) */
    public DiscordExportReader(Path file, int rememberedAuthors, DirectChatPeople directPeople) throws ImportException {
        this(file.toString(), InputFiles.open(file), InputFiles.sizeOf(file), rememberedAuthors, directPeople, false);
    }

    /**
     * @param source            the name used in reports and errors
     * @param in                the export; closed by {@link #close()}
     * @param size              its size in bytes, or -1 when unknown
     * @param rememberedAuthors how many recent message authors to remember for replies
     */
    public DiscordExportReader(String source, InputStream in, long size, int rememberedAuthors)
            throws ImportException {
        this(source, in, size, rememberedAuthors, DirectChatPeople.NONE);
    }

    /**
     * As above, for a file whose direct conversation's people are known: a stream cannot be read twice to learn
     * them, so without them a DM's messages speak to whoever has written there before.
     */
    public DiscordExportReader(String source, InputStream in, long size, int rememberedAuthors,
                               DirectChatPeople directPeople) throws ImportException {
        this(source, in, size, rememberedAuthors, directPeople, false);
    }

    private DiscordExportReader(String source, InputStream in, long size, int rememberedAuthors,
                                DirectChatPeople directPeople, boolean tellsWhereTheRecordEnds) throws ImportException {
        this.source = source;
        this.directPeople = directPeople;
        this.tellsWhereTheRecordEnds = tellsWhereTheRecordEnds;
        this.input = new CountingInputStream(in);
        this.size = size;
        this.tally = new ImportTally(source, ExportFormat.DISCORD_JSON);
        this.authorsByMessage = new BoundedLruMap<>(rememberedAuthors);
        try {
            this.parser = new ObjectMapper().createParser(new BufferedInputStream(input, 64 * 1024));
        } catch (IOException e) {
            throw new ImportException(source, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * A reader of {@code file} to set up: by default it remembers {@link #DEFAULT_REMEMBERED_AUTHORS} authors, learns
     * a DM's people from the file itself, and nothing follows the last event.
     */
    public static Builder builder(Path file) {
        return new Builder(file);
    }

    /** How a {@link DiscordExportReader} reads its export. */
    public static final class Builder {
        private final Path file;
        private int rememberedAuthors = DEFAULT_REMEMBERED_AUTHORS;
        private DirectChatPeople directPeople;
        private boolean tellsWhereTheRecordEnds;

        private Builder(Path file) {
            this.file = file;
        }

        /** How many recent messages' authors are remembered to name whom a reply answers. */
        public Builder rememberedAuthors(int authors) {
            this.rememberedAuthors = authors;
            return this;
        }

        /** Who takes part when the file is a direct conversation, learnt from all the files read together. */
        public Builder directPeople(DirectChatPeople people) {
            this.directPeople = people;
            return this;
        }

        /**
         * Whether the last event is a {@link RecordEnds} where the export was taken (see the class comment for its
         * time): an export stops where it was taken, and the engine, coaching from it, must not take the questions
         * just before that for unanswered.
         */
        public Builder tellingWhereTheRecordEnds(boolean tell) {
            this.tellsWhereTheRecordEnds = tell;
            return this;
        }

        public DiscordExportReader build() throws ImportException {
            DirectChatPeople people = directPeople != null ? directPeople : DirectChatPeople.of(file);
            return new DiscordExportReader(file.toString(), InputFiles.open(file), InputFiles.sizeOf(file),
                    rememberedAuthors, people, tellsWhereTheRecordEnds);
        }
    }

    @Override
    public ChatEvent next() throws ImportException {
        while (pending.isEmpty()) {
            if (state == State.DONE) {
                return null;
            }
            try {
                if (state == State.HEADER) {
                    readHeader();
                } else {
                    readMessage();
                }
            } catch (JsonProcessingException e) {
                handleBrokenJson(e);
            } catch (IOException e) {
                throw new ImportException(source, -1, -1, tally.messages(), "cannot be read: " + e.getMessage());
            }
        }
        ChatEvent event = pending.poll();
        if (latest == null || event.time().isAfter(latest)) {
            latest = event.time();
        }
        return event;
    }

    private void readHeader() throws IOException, ImportException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new ImportException(source, "file is empty");
        }
        if (token != JsonToken.START_OBJECT) {
            throw notAnExport("it does not start with a JSON object");
        }
        JsonNode guild = null;
        JsonNode channel = null;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "guild" -> guild = parser.readValueAsTree();
                case "channel" -> channel = parser.readValueAsTree();
                case "exportedAt" -> readExportedAt(value);
                case "dateRange" -> rangeBefore = time(JsonFields.text(parser.readValueAsTree(), "before"));
                case "messages" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw notAnExport("\"messages\" is not an array");
                    }
                    try {
                        where = DiscordChannel.from(guild, channel);
                        where.name().ifPresent(n -> channelName = Map.of(where.channel(), n));
                        mapper = new DiscordMessageMapper(where, authorsByMessage, tally, names, usernames,
                                where.kind() == ChannelKind.DIRECT ? directPeople.ids() : List.of(), addressing);
                    } catch (BadExportException e) {
                        throw notAnExport(e.getMessage());
                    }
                    state = State.MESSAGES;
                    return;
                }
                default -> parser.skipChildren();
            }
        }
        throw notAnExport("there is no \"messages\" array");
    }

    private void readMessage() throws IOException, ImportException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            finish();
            return;
        }
        JsonLocation start = parser.currentTokenLocation();
        if (token != JsonToken.START_OBJECT) {
            // One odd element in the array: the structure around it still holds, so only it is lost.
            parser.skipChildren();
            tally.badMessage(place(start), "expected a message object, found " + describe(token));
            return;
        }
        // Straight from the tokens into the message's fields: no tree per message.
        ExportedMessage message = ExportedMessage.read(parser);
        try {
            pending.addAll(mapper.map(message, () -> place(start)));
        } catch (BadExportException e) {
            tally.badMessage(place(start), e.getMessage());
        }
    }

    /** Where a message starts, as {@code line:column}: built only for a message that needs naming. */
    private static String place(JsonLocation start) {
        return start.getLineNr() + ":" + start.getColumnNr();
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    /**
     * After the messages: the rest (messageCount) is not needed, but for an {@code exportedAt} written after them; a
     * file cut off there lost no message.
     */
    private void finish() {
        state = State.DONE;
        try {
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                token = parser.nextToken();
                if (field.equals("exportedAt") && !sawExportedAt) {
                    readExportedAt(token);
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            tally.warn("the file ends early after its messages; all " + Plural.of(tally.messages(), "message")
                    + " were read");
        }
        endTheRecord();
    }

    /** The header's {@code exportedAt}: a time, or something else kept to name in a warning. */
    private void readExportedAt(JsonToken value) throws IOException {
        sawExportedAt = true;
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            exportedAt = time(text);
            oddExportedAt = exportedAt == null ? text : null;
        } else {
            oddExportedAt = parser.readValueAsTree().toString();
        }
    }

    /** The instant {@code text} names, or null when there is none (no text, or not an ISO-8601 time). */
    private static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return IsoTimestamps.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Read for coaching, the channel's record stops where the export was taken: a {@link RecordEnds} follows the last
     * event. Never before that event, so the file's events stay in time order (an export of a busy channel takes
     * minutes, and DiscordChatExporter dates it at its start).
     */
    private void endTheRecord() {
        if (!tellsWhereTheRecordEnds || where == null || latest == null && pending.isEmpty()) {
            return;
        }
        Instant last = latest;
        for (ChatEvent e : pending) {
            if (last == null || e.time().isAfter(last)) {
                last = e.time();
            }
        }
        Instant end = exportedAt;
        if (end != null && rangeBefore != null && rangeBefore.isBefore(end)) {
            end = rangeBefore;
        }
        if (truncated) {
            // Cut off: whatever came after the last complete message is lost, so the record stops there.
            end = last;
        } else if (end == null) {
            tally.warn((oddExportedAt == null ? "no \"exportedAt\"" : "\"exportedAt\" " + describeOdd(oddExportedAt)
                    + " is not a time") + ": the channel's record is taken to stop at its last message, so a question"
                    + " asked just before it is not told as unanswered");
            end = last;
        } else if (end.isBefore(last)) {
            end = last;
        }
        pending.add(new RecordEnds(end, where.community(), where.channel()));
    }

    private static String describeOdd(String odd) {
        String shown = odd.length() > 40 ? odd.substring(0, 40) + "..." : odd;
        return "\"" + shown + "\"";
    }

    private void handleBrokenJson(JsonProcessingException e) throws ImportException {
        if (state == State.MESSAGES && isCutOff(e)) {
            state = State.DONE;
            truncated = true;
            tally.warn("the file is truncated: it ends in the middle of a message (was the export interrupted?); "
                    + Plural.of(tally.messages(), "complete message") + " read");
            endTheRecord();
            return;
        }
        if (state == State.HEADER && isCutOff(e)) {
            throw at(e.getLocation(), "the file is truncated: it ends before its \"messages\" array");
        }
        throw at(e.getLocation(), "not valid JSON: " + e.getOriginalMessage());
    }

    /**
     * The input ended where more JSON was due. A cut inside a literal ({@code tr}) is reported by Jackson as a
     * bad token rather than an end of input, so a bad token at the very end of the file counts too.
     */
    private boolean isCutOff(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return true;
        }
        if (!(e instanceof StreamReadException) || size < 0 || e.getLocation() == null) {
            return false;
        }
        long offset = e.getLocation().getByteOffset();
        return offset >= size;
    }

    private ImportException notAnExport(String why) {
        JsonLocation location = parser.currentTokenLocation();
        return new ImportException(source, location.getLineNr(), location.getColumnNr(), 0,
                "not a DiscordChatExporter JSON export: " + why);
    }

    private ImportException at(JsonLocation location, String problem) {
        long line = location == null ? -1 : location.getLineNr();
        long column = location == null ? -1 : location.getColumnNr();
        return new ImportException(source, line, column, tally.messages(), problem);
    }

    @Override
    public ImportReport report() {
        return tally.report();
    }

    @Override
    public Map<UserId, String> displayNames() {
        return names.snapshot();
    }

    @Override
    public Map<UserId, String> usernames() {
        return usernames.snapshot();
    }

    @Override
    public Map<ChannelId, String> channelNames() {
        return channelName;
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
        try {
            parser.close();
        } finally {
            input.close();
        }
    }
}
