package dev.rapport.bot.ops;

import dev.rapport.bot.Features;
import dev.rapport.bot.cli.RapportCommand;
import dev.rapport.bot.run.RunEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport config check}: the effective configuration, secrets masked, and every problem with exit code 3. */
class ConfigCheckCommandTest {
    private static final String DB_PASSWORD = "db-pass-never-shown";
    private static final String PSEUDONYM_SECRET = "pseudonym-secret-never-shown";
    private static final String TOKEN = "discord-token-never-shown";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(String config, Map<String, String> env) throws Exception {
        Path file = dir.resolve("rapport.conf");
        Files.writeString(file, config);
        Features features = new Features(new RunEnvironment(env, builder -> builder, stop -> { }, Clock.systemUTC()));
        return RapportCommand.execute(new String[]{"config", "check", "--config", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                features);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aGoodConfigurationIsPrintedWithEverySecretMaskedAndExitsZero() throws Exception {
        int code = check("""
                rapport.pseudonym-secret = "%s"
                rapport.storage {
                  url = "jdbc:postgresql://db:5432/rapport?user=rapport&password=%s"
                  user = "rapport"
                  password = "%s"
                }
                rapport.management.port = 9500
                rapport.log.format = json
                """.formatted(PSEUDONYM_SECRET, DB_PASSWORD, DB_PASSWORD), Map.of("DISCORD_TOKEN", TOKEN));

        assertThat(code).as(printed()).isZero();
        String shown = out.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("9500").contains("json").contains("jdbc:postgresql://db:5432/rapport")
                .contains("<hidden>").contains("from DISCORD_TOKEN").contains("configuration OK");
        assertThat(printed()).doesNotContain(DB_PASSWORD).doesNotContain(PSEUDONYM_SECRET).doesNotContain(TOKEN);
    }

    @Test
    void everyProblemIsListedWithItsPlaceAndTheExitCodeIsThree() throws Exception {
        int code = check("""
                rapport.management.port = 70000
                rapport.log.format = xml
                rapport.storage.pool-size = 0
                """, Map.of());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("rapport.conf:1: rapport.management.port: must be a port number from 0 to 65535")
                .contains("rapport.conf:2: rapport.log.format: must be text or json")
                .contains("rapport.conf:3: rapport.storage.pool-size")
                .contains("3 problems");
    }

    @Test
    void aTokenFileThatDoesNotExistIsAProblem() throws Exception {
        int code = check("rapport.discord.token-file = \"%s\"\n".formatted(dir.resolve("missing.token")), Map.of());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rapport.discord.token-file: no such file");
    }

    @Test
    void anUnknownKeyIsRefusedAsAtStartUp() throws Exception {
        int code = check("rapport.managment.port = 1\n", Map.of());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rapport.managment");
    }

    @Test
    void passwordsInAJdbcUrlAreMaskedWhereverTheyAre() {
        assertThat(SecretMask.maskUrl("jdbc:postgresql://u:pw@db/x")).isEqualTo("jdbc:postgresql://u:<hidden>@db/x");
        assertThat(SecretMask.maskUrl("jdbc:postgresql://db/x?ssl=true&password=pw&user=u"))
                .isEqualTo("jdbc:postgresql://db/x?ssl=true&password=<hidden>&user=u");
        assertThat(SecretMask.maskUrl("jdbc:sqlite:data/rapport.db")).isEqualTo("jdbc:sqlite:data/rapport.db");
        assertThat(SecretMask.isSecretKey("rapport.discord.token-file")).isFalse();
        assertThat(SecretMask.isSecretKey("rapport.storage.password")).isTrue();
    }
}
