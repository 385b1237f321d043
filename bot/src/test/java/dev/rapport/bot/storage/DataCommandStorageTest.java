package dev.rapport.bot.storage;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.rapport.bot.storage.secret.PseudonymSecret;
import dev.rapport.bot.storage.secret.SecretFiles;
import org.slf4j.LoggerFactory;
import java.nio.file.attribute.PosixFilePermissions;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.storage.cli.DataCommand;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport data export|forget} against a real SQLite database configured through the operator's file. */
class DataCommandStorageTest {
    @TempDir
    Path dir;
    private Path configFile;
    private final ConfigLoader loader = new ConfigLoader(RuleCatalogue.standard());
    private final StorageFactory factory = new StorageFactory(new StorageConfigReader(), new SecureRandom(), Clock.systemUTC());
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void configure() throws IOException {
        QuietLogs.apply();
        configFile = Files.writeString(dir.resolve("rapport.conf"), "rapport.storage.data-dir = \"" + dir.resolve("data") + "\"\n");
        RapportConfig cfg = loader.load(Optional.of(configFile));
        try (Storage s = factory.open(cfg)) {
            s.optIns().save(OptIn.consent("discord", UserId.of("alice-1"), CommunityId.of("g"), Instant.EPOCH, ZoneId.of("UTC")));
        }
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new DataCommand(loader, factory));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void exportPrintsThePersonsDataAsJson() {
        assertThat(run("export", "--user", "alice-1", "--config", configFile.toString())).isZero();
        assertThat(out.toString()).contains("\"user\" : \"alice-1\"", "\"platform\" : \"discord\"");
    }

    @Test
    void forgetNeedsConfirmation() {
        assertThat(run("--config", configFile.toString(), "forget", "--user", "alice-1")).isEqualTo(2);
        assertThat(err.toString()).contains("add --yes");
    }

    @Test
    void forgetDeletesThePerson() {
        assertThat(run("--config", configFile.toString(), "forget", "--user", "alice-1", "--yes")).isZero();
        assertThat(out.toString()).contains("Forgot alice-1: deleted 1 row (opt in 1)").doesNotContain("{").doesNotContain("=");
        out.getBuffer().setLength(0);
        run("export", "--user", "alice-1", "--config", configFile.toString());
        assertThat(out.toString()).contains("\"optIns\" : [ ]");
    }

    @Test
    void anUnusableDatabaseIsOneLineOnStandardError() throws IOException {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("rapport.db"), "not a database, just words".repeat(10));
        Path conf = Files.writeString(dir.resolve("broken.conf"), "rapport.storage.data-dir = \"" + broken + "\"\n");
        assertThat(run("export", "--user", "alice-1", "--config", conf.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("rapport: ").contains("file is not a database").doesNotContain("Exception");
    }

    @Test
    void exportOnAMissingDatabaseRefusesAndCreatesNothing() throws IOException {
        Path nowhere = dir.resolve("nowhere");
        Path conf = Files.writeString(dir.resolve("nowhere.conf"), "rapport.storage.data-dir = \"" + nowhere + "\"\n");

        assertThat(run("export", "--user", "alice-1", "--config", conf.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("rapport: no database at " + nowhere.resolve("rapport.db").toAbsolutePath());
        assertThat(out.toString()).isEmpty();
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void forgetOnAMissingDatabaseRefusesToo() throws IOException {
        Path conf = Files.writeString(dir.resolve("nowhere.conf"), "rapport.storage.data-dir = \"" + dir.resolve("nowhere") + "\"\n");

        assertThat(run("forget", "--user", "alice-1", "--yes", "--config", conf.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no database at");
    }

    @Test
    void anUnknownPersonIsToldThatNothingIsKept() {
        assertThat(run("export", "--user", "nobody-9", "--config", configFile.toString())).isZero();
        assertThat(err.toString()).contains("nothing is kept about nobody-9");
    }

    @Test
    void aKnownPersonGetsNoSuchHint() {
        assertThat(run("export", "--user", "alice-1", "--config", configFile.toString())).isZero();
        assertThat(err.toString()).doesNotContain("nothing is kept");
    }

    @Test
    void anEmptyUserIsAUsageError() {
        assertThat(run("export", "--user", "", "--config", configFile.toString())).isEqualTo(2);
    }

    @Test
    void theExportFileAndTheDatabaseAreReadableByTheOwnerAlone() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("alice.json");

        assertThat(run("export", "--user", "alice-1", "--output", file.toString(), "--config", configFile.toString())).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data/rapport.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aSecretFileOthersCanReadIsWarnedAbout() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path secret = dir.resolve("data").resolve(PseudonymSecret.FILE_NAME);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(SecretFiles.class);
        logs.start();
        logger.addAppender(logs);
        logger.setAdditive(false); // heard here, not printed into the build's output
        try {
            assertThat(run("export", "--user", "alice-1", "--config", configFile.toString())).isZero();
        } finally {
            logger.detachAppender(logs);
            logger.setAdditive(true);
        }
        assertThat(logs.list).anySatisfy(e -> assertThat(e.getFormattedMessage())
                .contains("the pseudonym secret", "readable by every user", "chmod 600"));
    }
}
