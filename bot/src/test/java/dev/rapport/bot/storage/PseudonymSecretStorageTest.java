package dev.rapport.bot.storage;

import dev.rapport.bot.storage.secret.PseudonymSecret;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PseudonymSecretStorageTest {
    @TempDir
    Path dir;

    @Test
    void theFirstStartCreates32RandomBytesReadableByTheOwnerOnly() throws IOException {
        PseudonymSecret.loadOrCreate(dir.resolve("data"), new SecureRandom());
        Path file = dir.resolve("data").resolve(PseudonymSecret.FILE_NAME);
        assertThat(Files.size(file)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(dir.resolve("data"))) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void laterStartsReuseTheSecretSoPseudonymsStayStable() {
        UserId bob = UserId.of("bob");
        String first = PseudonymSecret.loadOrCreate(dir, new SecureRandom()).pseudonyms().of(bob);
        String again = PseudonymSecret.loadOrCreate(dir, new SecureRandom()).pseudonyms().of(bob);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aConfiguredSecretIsUsedAndNoFileIsWritten() {
        byte[] configured = "a configured secret, long enough".getBytes(StandardCharsets.UTF_8);
        PseudonymSecret secret = PseudonymSecret.resolve(Optional.of(configured), dir, new SecureRandom());
        assertThat(secret.length()).isEqualTo(configured.length);
        assertThat(dir.resolve(PseudonymSecret.FILE_NAME)).doesNotExist();
    }

    @Test
    void aTruncatedSecretFileIsRefusedWithItsName() throws IOException {
        Files.write(dir.resolve(PseudonymSecret.FILE_NAME), new byte[3]);
        assertThatThrownBy(() -> PseudonymSecret.loadOrCreate(dir, new SecureRandom()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(dir.resolve(PseudonymSecret.FILE_NAME).toAbsolutePath().toString())
                .hasMessageContaining("too short");
    }

    @Test
    void theSecretNeverShowsInText() {
        assertThat(PseudonymSecret.loadOrCreate(dir, new SecureRandom()).toString()).isEqualTo("PseudonymSecret(hidden)");
    }
}
