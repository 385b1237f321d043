package dev.rapport.bot.eval;

import dev.rapport.bot.importer.EventReader;
import dev.rapport.bot.importer.ImportException;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.promo.PromoDetector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The detector's false alarms on ordinary conversation: every message of a log where people help each other (the
 * Ubuntu IRC logs) is legitimate, so every message flagged as promotion is a false alarm. Read by the same reader
 * the bot uses for coaching, so bots' messages are left out as they are in coaching.
 */
public final class PromoHamScan {

    /** A message the detector flagged: where it is and what it said (public data only). */
    public record Flag(String source, String id, String text) {
        public Flag {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The scan of one log.
     *
     * @param source   the log as given
     * @param messages messages read
     * @param flags    the messages flagged, in log order
     */
    public record Result(String source, long messages, List<Flag> flags) {
        public Result {
            Objects.requireNonNull(source, "source");
            flags = List.copyOf(flags);
        }

        public long flagged() {
            return flags.size();
        }

        /** Messages flagged per 1,000 read; 0 when none were read. */
        public double perThousand() {
            return messages == 0 ? 0.0 : 1000.0 * flags.size() / messages;
        }

        /** Several logs as one. */
        public static Result total(List<Result> results) {
            long messages = 0;
            List<Flag> flags = new ArrayList<>();
            for (Result r : results) {
                messages += r.messages();
                flags.addAll(r.flags());
            }
            return new Result("TOTAL", messages, flags);
        }
    }

    private final PromoDetector detector;
    private final Function<Path, EventReader> readers;

    public PromoHamScan(PromoDetector detector, Function<Path, EventReader> readers) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.readers = Objects.requireNonNull(readers, "readers");
    }

    public Result scan(Path log) throws ImportException, IOException {
        long messages = 0;
        List<Flag> flags = new ArrayList<>();
        try (EventReader reader = readers.apply(log)) {
            for (ChatEvent event = reader.next(); event != null; event = reader.next()) {
                if (!(event instanceof ChatMessage message)) {
                    continue;
                }
                messages++;
                if (detector.analyse(message.text()).promotional()) {
                    flags.add(new Flag(log.toString(), message.id().value(), message.text()));
                }
            }
        }
        return new Result(log.toString(), messages, flags);
    }
}
