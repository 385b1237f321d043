package dev.rapport.bot.storage.jdbc;

import dev.rapport.rules.engine.UserSnapshot;

/** Engine snapshots as the storage writes their JSON documents, for tests that lay out a database by hand. */
public final class SnapshotDocuments {
    private final SnapshotJson json = new SnapshotJson("a test database");

    public String write(UserSnapshot snapshot) {
        return json.write(snapshot);
    }
}
