package dev.rapport.bot.storage;

import dev.rapport.bot.storage.config.Password;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.PostgresExtension;
import dev.rapport.bot.storage.support.SharedPostgres;
import dev.rapport.rules.engine.Pseudonyms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wrong PostgreSQL settings end in one sentence naming the URL (without password) and the user. */
@ExtendWith(PostgresExtension.class)
class PostgresBadInputStorageTest {
    @TempDir
    Path dir;
    private final Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);

    @Test
    void aWrongPasswordNamesTheUrlAndTheUserButNotThePassword(SharedPostgres pg) {
        String url = pg.newDatabase();
        StorageConfig config = StorageConfig.sqlite(dir).withUrl(url)
                .withCredentials(SharedPostgres.APP_USER, Password.of("not-the-password"));
        assertThatThrownBy(() -> JdbcStorage.open(config, pseudonyms, Clock.systemUTC()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("PostgreSQL at " + url)
                .hasMessageContaining("refused user '" + SharedPostgres.APP_USER + "'")
                .hasMessageContaining("wrong password or unknown user")
                .hasMessageNotContaining("not-the-password");
    }

    @Test
    void anUnknownUserIsRefusedByName(SharedPostgres pg) {
        StorageConfig config = StorageConfig.sqlite(dir).withUrl(pg.newDatabase())
                .withCredentials("nobody_here", Password.of("whatever"));
        assertThatThrownBy(() -> JdbcStorage.open(config, pseudonyms, Clock.systemUTC()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("refused user 'nobody_here'");
    }

    @Test
    void aPasswordInTheUrlIsMaskedWhenTheServerCannotBeReached() {
        StorageConfig config = StorageConfig.sqlite(dir)
                .withUrl("jdbc:postgresql://127.0.0.1:1/rapport?user=bot&password=hunter2&connectTimeout=2");
        assertThatThrownBy(() -> JdbcStorage.open(config, pseudonyms, Clock.systemUTC()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:1/rapport?user=bot&password=***")
                .hasMessageNotContaining("hunter2");
    }
}
