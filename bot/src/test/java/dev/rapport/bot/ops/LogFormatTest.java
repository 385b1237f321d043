package dev.rapport.bot.ops;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport.log.format = json}: one JSON object per line, the formatted message only, stack traces kept. */
class LogFormatTest {

    @Test
    void jsonLogsAreOneObjectPerLineWithTheFormattedMessageAndTheFailure() throws Exception {
        LoggerContext context = new LoggerContext();
        // A context of its own (the test JVM's logging stays as it is); SLF4J gives the real one its MDC.
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        PrintStream realErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LogFormat.JSON.apply(context);
            Logger log = context.getLogger("dev.rapport.test");
            log.warn("saving {} people failed", 3, new IllegalStateException("disk full"));
            log.warn("second line");
        } finally {
            context.stop();
            System.setErr(realErr);
        }

        String[] lines = captured.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.path("level").asText()).isEqualTo("WARN");
        assertThat(first.path("loggerName").asText()).isEqualTo("dev.rapport.test");
        assertThat(first.path("formattedMessage").asText()).isEqualTo("saving 3 people failed");
        assertThat(first.has("arguments")).as("arguments are not repeated on their own").isFalse();
        assertThat(first.path("throwable").path("message").asText()).isEqualTo("disk full");
        assertThat(first.path("throwable").path("stepArray").size()).isPositive();
        assertThat(new ObjectMapper().readTree(lines[1]).path("formattedMessage").asText()).isEqualTo("second line");
    }

    @Test
    void formatsAreNamedTextOrJsonInAnyCase() {
        assertThat(LogFormat.named(" JSON ")).contains(LogFormat.JSON);
        assertThat(LogFormat.named("text")).contains(LogFormat.TEXT);
        assertThat(LogFormat.named("xml")).isEmpty();
    }
}
