package dev.rapport.bot.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of {@code rapport} as a user types it, in this JVM with the real composition root: its exit code and what it
 * printed on standard output and standard error.
 */
public record CliRun(int exit, String out, String err) {

    public static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RapportCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The output of a run that must succeed; a failing run fails the test with what it said on standard error. */
    public static String output(String... args) {
        CliRun run = of(args);
        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isZero();
        return run.out();
    }
}
