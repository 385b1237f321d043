package dev.rapport.bot.replay;

import dev.rapport.bot.importer.EventReader;
import dev.rapport.bot.importer.ForwardingEventReader;
import dev.rapport.bot.importer.ImportException;
import dev.rapport.bot.importer.ImportReport;
import dev.rapport.bot.importer.MergedEventStream;
import dev.rapport.bot.importer.ReadAhead;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.RecordEnds;
import dev.rapport.rules.model.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/**
 * Feeds one event stream through an engine, from the first event to {@link CoachEngine#finish()}. An input that
 * breaks part-way keeps what was read before the break: it is analysed, and the problem is reported.
 */
public final class Replay {
    private static final Logger log = LoggerFactory.getLogger(Replay.class);
    /** Stack traces logged per replay: a fault that hits every message would otherwise bury the log. */
    static final int TRACES_LOGGED = 5;

    private final CoachEngine engine;
    private final ZoneId zone;
    /** The engine's promotion detector when it takes verdicts worked out on the reading thread; else null. */
    private final VerdictsAhead verdicts;

    public Replay(CoachEngine engine, ZoneId zone) {
        this(engine, zone, null);
    }

    /** A replay whose engine asks {@code verdicts} for promotion verdicts: they are worked out as messages are read. */
    Replay(CoachEngine engine, ZoneId zone, VerdictsAhead verdicts) {
        this.engine = engine;
        this.zone = zone;
        this.verdicts = verdicts;
    }

    /**
     * Runs the replay. {@code progress} hears the share of input read, from 0 to 1 (or nothing for unknown sizes).
     */
    public ReplayResult run(EventReader reader, DoubleConsumer progress) {
        long messages = 0;
        Instant first = null;
        Instant last = null;
        Optional<String> problem = Optional.empty();
        long events = 0;
        long unanalysed = 0;
        // Parsing runs a batch ahead on a second core while this thread coaches; the order is the reader's. The
        // messages per author are counted there too: this thread is the replay's bottleneck, and every event read
        // reaches it (a problem or the end arrives after the events read before it).
        AuthorCounting counting = new AuthorCounting(reader, verdicts);
        ReadAhead ahead = ReadAhead.start(counting, "replay-reader");
        try (ahead) {
            while (true) {
                ChatEvent e;
                try {
                    e = ahead.next();
                } catch (ImportException ex) {
                    problem = Optional.of(ex.getMessage());
                    break;
                }
                if (e == null) {
                    break;
                }
                try {
                    engine.accept(e);
                } catch (RuntimeException fault) {
                    // As the live coach does: one event the coach cannot analyse is skipped and logged, the rest of
                    // the export is still coached, and the run says so instead of dying at the first one.
                    unanalysed++;
                    if (unanalysed <= TRACES_LOGGED) {
                        log.error("an event at {} could not be analysed and is left out", e.time(), fault);
                    }
                }
                if (e instanceof ChatMessage m) {
                    messages++;
                }
                // The record's end (RecordEnds, where an export was taken) is no event of the chat: the period
                // the report names, and the week digests stand in for, is that of what was said.
                if (!(e instanceof RecordEnds)) {
                    if (first == null) {
                        first = e.time();
                    }
                    last = e.time();
                }
                if ((++events & 1023) == 0) {
                    progress.accept(ahead.fraction());
                }
            }
        } catch (IOException e) {
            problem = problem.or(() -> Optional.of("could not close the input: " + e.getMessage()));
        }
        if (unanalysed > 0) {
            String left = unanalysed + (unanalysed == 1 ? " event" : " events") + " could not be analysed because of "
                    + "a fault in the coach and " + (unanalysed == 1 ? "is" : "are") + " left out (the log has "
                    + (unanalysed > TRACES_LOGGED ? "the first " + TRACES_LOGGED + " stack traces" : "the stack trace")
                    + "; please report it)";
            problem = Optional.of(problem.map(p -> p + "; " + left).orElse(left));
        }
        progress.accept(1.0);
        engine.finish();
        List<ImportReport> inputs = reader instanceof MergedEventStream merged ? merged.reports() : List.of(reader.report());
        ExportNames names = ExportNames.of(reader);
        // Read after the reading thread handed over its end (or was stopped and joined by close()).
        Map<UserId, int[]> authors = counting.authors;
        Map<UserId, Integer> counts = new HashMap<>(authors.size() * 2);
        authors.forEach((author, count) -> counts.put(author, count[0]));
        return new ReplayResult(inputs, engine, zone, messages, first, last, problem, names, counts,
                ReplayResult.rank(engine, names), Map.of());
    }

    /**
     * The reader, counting the messages of each author as they are read (in place: no boxed count per message) and
     * working out their promotion verdicts when the engine takes them from there.
     */
    private static final class AuthorCounting extends ForwardingEventReader {
        private final VerdictsAhead verdicts;
        final Map<UserId, int[]> authors = new HashMap<>();

        AuthorCounting(EventReader reader, VerdictsAhead verdicts) {
            super(reader);
            this.verdicts = verdicts;
        }

        @Override
        public ChatEvent next() throws ImportException {
            ChatEvent e = super.next();
            if (e instanceof ChatMessage m) {
                authors.computeIfAbsent(m.author(), a -> new int[1])[0]++;
                if (verdicts != null) {
                    verdicts.prepare(m.text(), m.links());
                }
            }
            return e;
        }
    }
}
