package dev.rapport.bot.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;

class ZonkySmokeStorageTest {
    @Test
    void starts() throws Exception {
        long t = System.nanoTime();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
             Connection c = pg.getPostgresDatabase().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select version()")) {
            rs.next();
            System.out.println("PG " + rs.getString(1) + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
    }
}
