package dev.rapport.bot.replay;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.importer.EventReader;
import dev.rapport.bot.importer.EventReaders;
import dev.rapport.bot.importer.irc.IrcLogReader;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.promo.PromoVerdict;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fault in the coach on one message costs that message, not the replay: the rest of the export is coached, the run
 * says how many events were left out, and the log has the stack trace (as the live coach does per event).
 */
class ReplayFaultTest {

    /** The real detector, but with a bug that only one kind of message meets (a seam for a fault, not a fake coach). */
    private static final class FaultyOnOneMessage implements PromoDetector {
        private final SelfPromotionDetector real = new SelfPromotionDetector();

        @Override
        public PromoVerdict analyse(String text) {
            if (text.contains("unlucky")) {
                throw new ArrayIndexOutOfBoundsException("Index -1 out of bounds for length 32");
            }
            return real.analyse(text);
        }
    }

    @Test
    void aMessageTheCoachFailsOnIsLeftOutAndLoggedAndTheRestIsCoached(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("2026-01-05.log"), """
                [09:00] <ana> morning all, anyone tried the new build?
                [09:01] <ben> ana: yes, it works for me
                [09:02] <cy> an unlucky line the coach trips over
                [09:03] <ana> thanks ben
                [09:04] <cy> and a line after it
                """);
        RuleCatalogue catalogue = RuleCatalogue.standard();
        OfflineCoach coach = new OfflineCoach(catalogue, new FaultyOnOneMessage(), new SecureRandom());
        var cfg = new ConfigLoader(catalogue).load(Optional.empty());
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(Replay.class);
        logs.start();
        logger.addAppender(logs);
        logger.setAdditive(false); // heard here, not printed into the build's output
        ReplayResult result;
        try (EventReader reader = new EventReaders(IrcLogReader::new).openAll(List.of(log), Optional.empty())) {
            result = coach.replay(cfg, ZoneOffset.UTC, coach.pseudonyms(cfg)).run(reader, share -> { });
        } finally {
            logger.detachAppender(logs);
            logger.setAdditive(true);
        }

        assertThat(result.messages()).as("every message was read, the faulty one too").isEqualTo(5);
        assertThat(result.problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("1 event could not be analysed because of a fault in the coach and is left out")
                .contains("the log has the stack trace"));
        assertThat(logs.list).singleElement().satisfies(e -> {
            assertThat(e.getThrowableProxy()).as("the stack trace is in the log").isNotNull();
            assertThat(e.getThrowableProxy().getClassName()).endsWith("ArrayIndexOutOfBoundsException");
            assertThat(e.getFormattedMessage()).as("never the message's text").doesNotContain("unlucky");
        });
    }
}
