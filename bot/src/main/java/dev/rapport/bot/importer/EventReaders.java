package dev.rapport.bot.importer;

import dev.rapport.bot.importer.discord.DirectChatPeople;
import dev.rapport.bot.importer.discord.DiscordExportOrder;
import dev.rapport.bot.importer.discord.DiscordExportReader;
import dev.rapport.bot.importer.irc.IrcLogReader;
import dev.rapport.bot.importer.jsonl.JsonLinesOrder;
import dev.rapport.bot.importer.jsonl.JsonLinesReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Opens the right {@link EventReader} for a file: the format given with {@code --format}, or the detected one.
 * Checks first that the file is there and readable, so that the user reads "no such file" rather than a
 * parser's complaint.
 */
public final class EventReaders {
    /**
     * Events held, over all files, to put nearly sorted exports in order: the per-file windows share this, so a
     * folder of many files costs no more memory than one file.
     */
    public static final int SORTING_EVENTS = 50_000;
    /** The smallest window a file gets, however many files are replayed together. */
    static final int MIN_WINDOW = 200;

    private final ReaderFactory ircReaders;
    private final FormatDetector detector;
    /**
     * Whether a DiscordChatExporter export's last event is a {@link dev.rapport.rules.model.RecordEnds} where it was
     * taken ({@link DiscordExportReader.Builder#tellingWhereTheRecordEnds}): when read for coaching.
     */
    private final boolean discordEnds;

    /**
     * Readers that read IRC logs with {@code ircReaders} and Discord exports for their messages only (nothing after
     * the last one).
     */
    public EventReaders(ReaderFactory ircReaders) {
        this(ircReaders, new FormatDetector());
    }

    public EventReaders(ReaderFactory ircReaders, FormatDetector detector) {
        this(ircReaders, detector, false);
    }

    private EventReaders(ReaderFactory ircReaders, FormatDetector detector, boolean discordEnds) {
        this.ircReaders = ircReaders;
        this.detector = detector;
        this.discordEnds = discordEnds;
    }

    /**
     * Readers for coaching ({@code replay}, {@code eval tips}): every file tells the engine where its channel's
     * record ends (an IRC log at its last line, {@link IrcLogReader#forCoaching}; a Discord export where it was taken),
     * so a question asked just before a record stops is not taken for one left unanswered.
     */
    public static EventReaders forCoaching() {
        return new EventReaders(IrcLogReader::forCoaching, new FormatDetector(), true);
    }

    /** A reader for {@code file} in {@code format}, or in the format detected from its content. */
    public EventReader open(Path file, Optional<ExportFormat> format) throws ImportException {
        return open(file, format, SORTING_EVENTS);
    }

    /**
     * A reader for {@code file}: its events in time order and each message once (see {@link SortedEvents}),
     * holding at most {@code window} events to sort. IRC logs are in order by construction (their clock only
     * moves forward) and their ids are line numbers, so they are read as they are.
     */
    public EventReader open(Path file, Optional<ExportFormat> format, int window) throws ImportException {
        checkReadable(file);
        ExportFormat chosen = format.isPresent() ? format.get() : detector.detect(file);
        return open(file, chosen, window, chosen == ExportFormat.DISCORD_JSON ? DirectChatPeople.of(file)
                : DirectChatPeople.NONE);
    }

    private EventReader open(Path file, ExportFormat chosen, int window, DirectChatPeople people)
            throws ImportException {
        return switch (chosen) {
            case DISCORD_JSON -> new SortedEvents(
                    () -> DiscordExportReader.builder(file).directPeople(people).tellingWhereTheRecordEnds(discordEnds)
                            .build(),
                    () -> DiscordExportOrder.inTimeOrder(file), file.toString(), chosen, window, true, null);
            case JSONL -> new SortedEvents(() -> new JsonLinesReader(file), () -> JsonLinesOrder.inTimeOrder(file),
                    file.toString(), chosen, window, false, null);
            case IRC -> openIrc(file);
        };
    }

    /**
     * One reader over what a user named on the command line ({@code replay}, {@code eval tips}): folders expanded
     * (into subfolders unless {@code recurse} is off), formats by content unless forced, and the files passed over
     * told to {@code skipped} as lines ({@link ExportFiles#lines}) before any reading starts, so the user learns at
     * once which files are not part of the figures.
     */
    public EventReader openInputs(List<Path> inputs, boolean recurse, Optional<ExportFormat> format,
                                  Consumer<List<String>> skipped) throws ImportException {
        ExportFiles.Expansion expansion = new ExportFiles(detector).expand(inputs, recurse, format);
        if (!expansion.skipped().isEmpty()) {
            skipped.accept(ExportFiles.lines(expansion.skipped()));
        }
        return openAll(expansion.files(), format);
    }

    /**
     * One reader over all {@code files} in global time order: the file's own reader when there is one,
     * a {@link MergedEventStream} otherwise. If one file cannot be opened, those already open are closed.
     */
    public EventReader openAll(List<Path> files, Optional<ExportFormat> format) throws ImportException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files given");
        }
        if (files.size() == 1) {
            return open(files.get(0), format);
        }
        int window = Math.max(MIN_WINDOW, SORTING_EVENTS / files.size());
        List<ExportFormat> formats = new ArrayList<>(files.size());
        for (Path file : files) {
            formats.add(formatOrNull(file, format));
        }
        List<DirectChatPeople> people = directPeople(files, formats);
        List<EventReader> readers = new ArrayList<>(files.size());
        try {
            for (int i = 0; i < files.size(); i++) {
                // A file that cannot be read is opened the ordinary way, after those before it, to report why.
                readers.add(formats.get(i) == null ? open(files.get(i), format, window)
                        : open(files.get(i), formats.get(i), window, people.get(i)));
            }
        } catch (ImportException | RuntimeException e) {
            closeQuietly(readers, e);
            throw e;
        }
        return new MergedEventStream(readers);
    }

    /** The file's format, or null when it cannot be read or told (opening it then says why). */
    private ExportFormat formatOrNull(Path file, Optional<ExportFormat> format) {
        try {
            checkReadable(file);
            return format.isPresent() ? format.get() : detector.detect(file);
        } catch (ImportException e) {
            return null;
        }
    }

    /**
     * Who takes part in each direct conversation among {@code files}: a DM export names its other side only by
     * name, so a name nobody in the conversation carries (a message never answered) is looked up in the other
     * exports, which are skimmed for it only then.
     */
    private static List<DirectChatPeople> directPeople(List<Path> files, List<ExportFormat> formats) {
        List<DirectChatPeople> people = new ArrayList<>(files.size());
        Set<String> unmatched = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            DirectChatPeople p = formats.get(i) == ExportFormat.DISCORD_JSON ? DirectChatPeople.of(files.get(i))
                    : DirectChatPeople.NONE;
            people.add(p);
            unmatched.addAll(p.unmatched());
        }
        if (unmatched.isEmpty()) {
            return greetedIn(files, formats, people);
        }
        Map<String, Set<String>> idsByName = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            if (formats.get(i) != ExportFormat.DISCORD_JSON) {
                continue;
            }
            DirectChatPeople.peopleNamed(files.get(i), unmatched).forEach((name, ids) ->
                    idsByName.computeIfAbsent(name, k -> new HashSet<>(2)).addAll(ids));
        }
        for (int i = 0; i < people.size(); i++) {
            people.set(i, people.get(i).matchedIn(idsByName));
        }
        return greetedIn(files, formats, people);
    }

    /**
     * Each conversation whose one author is all that is known of it (the other side exported it, and the channel
     * names only the author), with the person its greeting names ("Hi Dmitri, …") when exactly one person of the
     * other exports is called so. The exports are skimmed for it only then.
     */
    private static List<DirectChatPeople> greetedIn(List<Path> files, List<ExportFormat> formats,
                                                    List<DirectChatPeople> people) {
        Set<String> greeted = new HashSet<>();
        for (DirectChatPeople p : people) {
            greeted.addAll(p.greeted());
        }
        if (greeted.isEmpty()) {
            return people;
        }
        Map<String, Set<String>> idsByFirstName = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            if (formats.get(i) != ExportFormat.DISCORD_JSON) {
                continue;
            }
            DirectChatPeople.peopleCalled(files.get(i), greeted).forEach((name, ids) ->
                    idsByFirstName.computeIfAbsent(name, k -> new HashSet<>(2)).addAll(ids));
        }
        for (int i = 0; i < people.size(); i++) {
            people.set(i, people.get(i).greetedIn(idsByFirstName));
        }
        return people;
    }

    private EventReader openIrc(Path file) throws ImportException {
        try {
            return ircReaders.open(file);
        } catch (IOException e) {
            throw new ImportException(file.toString(), "cannot be read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new ImportException(file.toString(), "cannot be read: " + e.getCause().getMessage());
        }
    }

    private static void checkReadable(Path file) throws ImportException {
        String source = file.toString();
        if (!Files.exists(file)) {
            throw new ImportException(source, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new ImportException(source, "is a directory; give the export files inside it");
        }
        if (!Files.isReadable(file)) {
            throw new ImportException(source, "cannot be read: permission denied");
        }
    }

    private static void closeQuietly(List<EventReader> readers, Exception cause) {
        for (EventReader reader : readers) {
            try {
                reader.close();
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
