package dev.rapport.bot.importer;

import dev.rapport.bot.importer.jsonl.JsonLinesReader;
import dev.rapport.bot.importer.jsonl.JsonLinesWriter;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.UserId;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * One file's events in time order, each message once, in bounded memory: what the engine needs, whatever order
 * the export wrote them in.
 *
 * <p>Exports are nearly sorted, and the result must be the same as for the sorted file. So the file is first
 * read without passing anything on, to learn how far out of order it is:
 * <ul>
 *     <li>a file of at most {@code window} events is kept from that first reading and sorted in memory;</li>
 *     <li>a larger file whose late events are never more than {@code window} events late is read a second time
 *     through a sorting window of that many events (no window at all when it is in order);</li>
 *     <li>otherwise its events are sorted through temporary files (sorted runs of {@value #RUN} events in
 *     Rapport's JSON Lines form, owner-only, deleted when the file is done) and merged back.</li>
 * </ul>
 * Ties keep file order, so the sort is stable. A message whose id and time equal an earlier one's is a copy
 * (an export pasted twice) and is passed on once, with the copy's reactions dropped; a message with a known id
 * but another time or text is passed on, as the engine treats it as an edit. Replies whose author the reader
 * could not tell because the reply came before its parent in the file get that author once sorted.
 *
 * <p>An input problem part-way (a broken file) ends the events read before it, sorted, and is then thrown.
 */
public final class SortedEvents implements EventReader {
    /** Events per sorted run written to a temporary file. */
    static final int RUN = 25_000;
    /** Ids remembered at one instant to recognise copies; copies of a message are neighbours once sorted. */
    private static final int MAX_COPIES_AT_ONE_INSTANT = 100_000;
    /** Remembered message authors for replies read before their parent (as many as a reader remembers). */
    private static final int REMEMBERED_AUTHORS = 50_000;

    /** Opens the file from its start, each time it is called. */
    @FunctionalInterface
    public interface Source {
        EventReader open() throws ImportException;
    }

    /**
     * A cheap look at the file that can vouch it is in time order (every event dated no earlier than the one
     * before it), without making its events; false when it cannot tell.
     */
    @FunctionalInterface
    public interface OrderCheck {
        boolean inTimeOrder();

        /** For formats without a cheap look: the order is learnt by reading the events. */
        OrderCheck UNKNOWN = () -> false;
    }

    /** An event and its place in the file; {@code late}: a message dated before one earlier in the file. */
    private record Pending(ChatEvent event, long seq, boolean late) {
        Pending(ChatEvent event, long seq) {
            this(event, seq, false);
        }
    }

    private static final Comparator<Pending> ORDER =
            Comparator.comparing((Pending p) -> p.event().time()).thenComparingLong(Pending::seq);

    private final Source source;
    private final OrderCheck orderCheck;
    private final String name;
    private final ExportFormat format;
    private final int window;
    private final boolean resolvesReplyAuthors;
    private final Path tempParent;
    private final int runSize;

    private boolean started;
    private boolean finished;
    /** The reader that read the file in full file order: its report and names are this file's. */
    private EventReader reader;
    /** The reader events come from in the second reading; null when everything is in {@link #buffer}. */
    private EventReader streaming;
    private final PriorityQueue<Pending> buffer = new PriorityQueue<>(ORDER);
    private int bufferLimit;
    private long seq;
    private ImportException problem;
    private long reordered;
    private Instant latestSeen;
    /** Whether any event (a reaction or deletion too) came before one earlier in the file. */
    private boolean disorder;
    private String sortedVia;
    /** The order check vouched that the file is in order: nothing is held, and nothing may come late. */
    private boolean vouchedInOrder;

    private Runs runs;

    private Instant copiesAt;
    private final Map<String, Integer> copiesSeen = new HashMap<>();
    private long duplicates;
    private BoundedLruMap<MessageId, UserId> authors;
    private boolean fixesReplies;

    /**
     * @param source               opens the file (it is read twice when it is larger than the window)
     * @param name                 the file as the user named it, for reports
     * @param format               its format
     * @param window               events held to put a nearly sorted file in order
     * @param resolvesReplyAuthors whether a reply's missing author may be filled in from its parent once sorted
     *                             (DiscordChatExporter: yes; IRC leaves it empty on purpose)
     * @param tempParent           where temporary sort files go; {@code null} for the system's temporary folder
     */
    public SortedEvents(Source source, String name, ExportFormat format, int window, boolean resolvesReplyAuthors,
                        Path tempParent) {
        this(source, OrderCheck.UNKNOWN, name, format, window, resolvesReplyAuthors, tempParent, RUN);
    }

    /**
     * @param orderCheck vouches cheaply that the file is in order, so that it is read once, straight through,
     *                   instead of a first time to learn its order
     */
    public SortedEvents(Source source, OrderCheck orderCheck, String name, ExportFormat format, int window,
                        boolean resolvesReplyAuthors, Path tempParent) {
        this(source, orderCheck, name, format, window, resolvesReplyAuthors, tempParent, RUN);
    }

    /** @param runSize events per sorted temporary file (tests make it small to see several runs merged) */
    SortedEvents(Source source, OrderCheck orderCheck, String name, ExportFormat format, int window,
                 boolean resolvesReplyAuthors, Path tempParent, int runSize) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, was " + window);
        }
        if (runSize < 1) {
            throw new IllegalArgumentException("run size must be at least 1, was " + runSize);
        }
        this.runSize = runSize;
        this.source = source;
        this.orderCheck = orderCheck;
        this.name = name;
        this.format = format;
        this.window = window;
        this.resolvesReplyAuthors = resolvesReplyAuthors;
        this.tempParent = tempParent;
    }

    @Override
    public ChatEvent next() throws ImportException {
        if (!started) {
            started = true;
            plan();
        }
        while (true) {
            Pending head = nextInOrder();
            if (head == null) {
                finish();
                return null;
            }
            ChatEvent event = withReplyAuthor(head.event());
            if (!isCopy(event)) {
                return event;
            }
            if (head.late()) {
                reordered--;
            }
        }
    }

    /**
     * A file vouched for in order is read once, passing each event on as it comes. Otherwise the first reading:
     * keep a small file whole, or decide how to read a larger one again.
     */
    private void plan() throws ImportException {
        if (orderCheck.inTimeOrder()) {
            reader = source.open();
            streaming = reader;
            vouchedInOrder = true;
            return;
        }
        EventReader first = source.open();
        boolean whole = true;
        boolean fitsWindow = true;
        Instant released = null;
        try (first) {
            ChatEvent e;
            while ((e = first.next()) != null) {
                boolean late = noteOrder(e);
                if (released != null && e.time().isBefore(released)) {
                    fitsWindow = false;
                    break;
                }
                buffer.add(new Pending(e, seq++, late));
                if (buffer.size() > window) {
                    whole = false;
                    released = buffer.poll().event().time();
                }
            }
        } catch (ImportException e) {
            // The second reading meets the same problem at the same place; a small file keeps what it read.
            problem = e;
        } catch (IOException e) {
            throw new ImportException(first.report().source(), "cannot be closed: " + e.getMessage());
        }
        fixesReplies = resolvesReplyAuthors && (disorder || !fitsWindow);
        if (whole && fitsWindow) {
            reader = first;
            return;
        }
        buffer.clear();
        problem = null;
        seq = 0;
        boolean inOrder = !disorder;
        reordered = 0;
        latestSeen = null;
        if (fitsWindow) {
            reader = source.open();
            streaming = reader;
            // In order: nothing held. Otherwise as many as the first reading held, so the order comes out the same.
            bufferLimit = inOrder ? 0 : window;
            return;
        }
        spill();
    }

    /**
     * Messages dated before one earlier in the file are counted: they are what the sorting puts right (a copy
     * that turns out to be a duplicate is taken back out, as it is counted as that).
     */
    private boolean noteOrder(ChatEvent e) {
        if (latestSeen != null && e.time().isBefore(latestSeen)) {
            disorder = true;
            if (e instanceof ChatMessage) {
                reordered++;
                return true;
            }
            return false;
        }
        latestSeen = e.time();
        return false;
    }

    private Pending nextInOrder() throws ImportException {
        if (runs != null) {
            return runs.next();
        }
        while (streaming != null && buffer.size() <= bufferLimit) {
            ChatEvent e;
            try {
                e = streaming.next();
            } catch (ImportException ex) {
                problem = ex;
                e = null;
            }
            if (e == null) {
                closeStreaming();
                break;
            }
            boolean late = noteOrder(e);
            if (vouchedInOrder && disorder) {
                // Passed on unsorted, a late event would be coached out of order without a word: never silently.
                throw new IllegalStateException(name + ": the order check said the file is in time order, but an"
                        + " event dated " + e.time() + " comes after one dated " + latestSeen);
            }
            buffer.add(new Pending(e, seq++, late));
        }
        return buffer.poll();
    }

    private void closeStreaming() throws ImportException {
        EventReader done = streaming;
        streaming = null;
        try {
            done.close();
        } catch (IOException e) {
            throw new ImportException(done.report().source(), "cannot be closed: " + e.getMessage());
        }
    }

    /** More disorder than the window holds: sorted runs in temporary files, merged back. */
    private void spill() throws ImportException {
        reader = source.open();
        String name = reader.report().source();
        Path dir;
        try {
            dir = tempParent == null ? Files.createTempDirectory("rapport-sort", ownerOnlyDir())
                    : Files.createTempDirectory(tempParent, "rapport-sort", ownerOnlyDir());
        } catch (IOException e) {
            throw new ImportException(name, "is far out of time order and needs a temporary file to sort, but none"
                    + " could be created (" + e.getMessage() + "); free some space in " + tempFolder());
        }
        runs = new Runs(dir);
        List<Pending> chunk = new ArrayList<>();
        try (EventReader all = reader) {
            ChatEvent e;
            while (true) {
                try {
                    e = all.next();
                } catch (ImportException ex) {
                    problem = ex;
                    break;
                }
                if (e == null) {
                    break;
                }
                noteOrder(e);
                chunk.add(new Pending(e, seq++));
                if (chunk.size() == runSize) {
                    runs.write(chunk);
                }
            }
            runs.write(chunk);
            runs.open();
        } catch (IOException | UncheckedIOException e) {
            runs.delete();
            throw new ImportException(name, "is far out of time order and could not be sorted through a temporary"
                    + " file in " + tempFolder() + " (" + e.getMessage() + ")");
        }
        sortedVia = "sorted through a temporary file (more out of order than the " + window + "-event window)";
    }

    private String tempFolder() {
        return tempParent == null ? System.getProperty("java.io.tmpdir") : tempParent.toString();
    }

    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnlyDir() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new java.nio.file.attribute.FileAttribute<?>[0];
        }
        return new java.nio.file.attribute.FileAttribute<?>[]{
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))};
    }

    /** A reply read before its parent did not know the parent's author; sorted, the parent came first. */
    private ChatEvent withReplyAuthor(ChatEvent event) {
        if (!fixesReplies || !(event instanceof ChatMessage m)) {
            return event;
        }
        if (authors == null) {
            authors = new BoundedLruMap<>(REMEMBERED_AUTHORS);
        }
        authors.put(m.id(), m.author());
        if (m.replyTo().isEmpty() || m.replyToAuthor().isPresent()) {
            return m;
        }
        UserId parent = authors.get(m.replyTo().get());
        if (parent == null) {
            return m;
        }
        return new ChatMessage(m.id(), m.time(), m.community(), m.channel(), m.parent(), m.kind(), m.author(),
                m.authorRoles(), m.replyTo(), Optional.of(parent), m.mentions(), m.links(), m.text(), m.channelInfo(),
                m.authorOwnsCommunity(), m.replyGuessed());
    }

    /**
     * A copy of an event already passed on. Copies of one message carry its time, so once sorted they are
     * neighbours: only the ids at the current instant need remembering.
     */
    private boolean isCopy(ChatEvent event) {
        String key;
        if (event instanceof ChatMessage m) {
            key = "m" + m.id().value();
        } else if (event instanceof ReactionAdded r) {
            key = "r" + r.message().value() + "\u0000" + r.reactor().value();
        } else {
            return false;
        }
        // A file with everything at one instant (a generated one) must not grow this without bound.
        if (!event.time().equals(copiesAt) || copiesSeen.size() >= MAX_COPIES_AT_ONE_INSTANT) {
            copiesAt = event.time();
            copiesSeen.clear();
        }
        // A message's hash covers its text, links and roles: worked out once.
        int hash = event.hashCode();
        Integer before = copiesSeen.put(key, hash);
        if (before == null || before != hash) {
            return false;
        }
        if (event instanceof ChatMessage) {
            duplicates++;
        }
        return true;
    }

    private void finish() throws ImportException {
        if (finished) {
            if (problem != null) {
                throw problem;
            }
            return;
        }
        finished = true;
        if (runs != null) {
            runs.delete();
        }
        if (problem != null) {
            throw problem;
        }
    }

    @Override
    public ImportReport report() {
        if (reader == null) {
            return new ImportReport(name, format, 0, 0, 0, List.of());
        }
        List<String> notes = new ArrayList<>();
        if (duplicates > 0) {
            notes.add(Plural.of(duplicates, "duplicate message") + " ignored (the same id and time"
                + " again in this file)");
        }
        if (reordered > 0) {
            notes.add(Plural.of(reordered, "message") + " dated before an earlier one in the file "
                    + (reordered == 1 ? "was" : "were") + " put in time order"
                    + (sortedVia == null ? "" : ", " + sortedVia));
        }
        return reader.report().tidied(duplicates, reordered, notes);
    }

    @Override
    public Map<UserId, String> displayNames() {
        return reader == null ? Map.of() : reader.displayNames();
    }

    @Override
    public Map<UserId, String> usernames() {
        return reader == null ? Map.of() : reader.usernames();
    }

    @Override
    public Map<ChannelId, String> channelNames() {
        return reader == null ? Map.of() : reader.channelNames();
    }

    @Override
    public long position() {
        if (runs != null) {
            return runs.position(size());
        }
        if (streaming != null) {
            return streaming.position();
        }
        return started ? Math.max(0, size()) : 0;
    }

    @Override
    public long size() {
        return reader == null ? -1 : reader.size();
    }

    @Override
    public void close() throws IOException {
        finished = true;
        try {
            if (streaming != null) {
                streaming.close();
            }
        } finally {
            if (runs != null) {
                runs.delete();
            }
        }
    }

    /** Sorted runs in temporary files and their merge; ties go to the earlier run, which is earlier in the file. */
    private static final class Runs {
        private record Head(Pending pending, int run) {
        }

        private final Path dir;
        private final List<Path> files = new ArrayList<>();
        private final List<EventReader> readers = new ArrayList<>();
        /** Within a run, reading order is sorted order; between runs, a tie goes to the earlier run. */
        private final PriorityQueue<Head> heads = new PriorityQueue<>(
                Comparator.comparing((Head h) -> h.pending().event().time()).thenComparingInt(Head::run));
        private long total;
        private long emitted;

        Runs(Path dir) {
            this.dir = dir;
        }

        void write(List<Pending> chunk) throws IOException {
            if (chunk.isEmpty()) {
                return;
            }
            chunk.sort(ORDER);
            Path file = dir.resolve("run-" + files.size() + ".jsonl");
            try (JsonLinesWriter out = new JsonLinesWriter(new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16))) {
                for (Pending p : chunk) {
                    out.write(p.event());
                }
            }
            files.add(file);
            total += chunk.size();
            chunk.clear();
        }

        void open() throws IOException {
            try {
                for (int i = 0; i < files.size(); i++) {
                    readers.add(new JsonLinesReader(files.get(i)));
                    advance(i);
                }
            } catch (ImportException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        private void advance(int run) throws ImportException {
            ChatEvent e = readers.get(run).next();
            if (e != null) {
                heads.add(new Head(new Pending(e, 0), run));
            }
        }

        Pending next() throws ImportException {
            Head head = heads.poll();
            if (head == null) {
                return null;
            }
            advance(head.run());
            emitted++;
            return head.pending();
        }

        long position(long size) {
            return total == 0 || size < 0 ? 0 : size * emitted / total;
        }

        void delete() {
            for (EventReader r : readers) {
                try {
                    r.close();
                } catch (IOException e) {
                    // Deleting the file below is what matters; a close failure changes nothing for the user.
                }
            }
            readers.clear();
            for (Path f : files) {
                f.toFile().delete();
            }
            dir.toFile().delete();
        }
    }
}
