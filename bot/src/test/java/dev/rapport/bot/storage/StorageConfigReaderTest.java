package dev.rapport.bot.storage;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.rapport.bot.config.BadConfigException;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.config.StorageConfigReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorageConfigReaderTest {
    @TempDir
    Path dir;
    private final StorageConfigReader reader = new StorageConfigReader();

    private Config conf(String hocon) {
        return ConfigFactory.parseString(hocon).withFallback(ConfigFactory.defaultReference()).resolve();
    }

    @Test
    void theDefaultIsSqliteInTheDataDirectory() {
        StorageConfig c = reader.read(conf(""));
        assertThat(c.url()).isEqualTo("jdbc:sqlite:" + Path.of("data", "rapport.db"));
        assertThat(c.retentionWeeks()).isEqualTo(12);
        assertThat(c.busyTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.password().isEmpty()).isTrue();
    }

    @Test
    void thePasswordCanComeFromAFileAndIsNeverPrinted() throws IOException {
        Path file = Files.writeString(dir.resolve("pw"), "s3cret-pass\n");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // As an operator keeps it: readable by the bot's user alone (others' access is warned about).
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
        StorageConfig c = reader.read(conf("rapport.storage { url = \"jdbc:postgresql://db/rapport\", user = bot, "
                + "password-file = \"" + file + "\" }"));
        assertThat(c.password().reveal()).isEqualTo("s3cret-pass");
        assertThat(c.toString()).doesNotContain("s3cret-pass");
    }

    @Test
    void aMissingPasswordFileIsNamed() {
        assertThatThrownBy(() -> reader.read(conf("rapport.storage.password-file = \"/no/such/pw\"")))
                .isInstanceOf(BadConfigException.class)
                .hasMessageContaining("rapport.storage.password-file")
                .hasMessageContaining("/no/such/pw");
    }

    @Test
    void anUnsupportedUrlNamesTheKeyAndWhatIsAllowed() {
        assertThatThrownBy(() -> reader.read(conf("rapport.storage.url = \"jdbc:mysql://x/y\"")))
                .isInstanceOf(BadConfigException.class)
                .hasMessageContaining("rapport.storage.url")
                .hasMessageContaining("jdbc:sqlite: or jdbc:postgresql:");
    }

    @Test
    void retentionOutOfRangeIsRefused() {
        assertThatThrownBy(() -> reader.read(conf("rapport.storage.retention-weeks = 0")))
                .isInstanceOf(BadConfigException.class)
                .hasMessageContaining("rapport.storage.retention-weeks")
                .hasMessageContaining("from 1 to 520");
    }
}
