package dev.rapport.bot.discord.live;

import dev.rapport.bot.storage.state.EngineStateStore;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.UserId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine-state port kept in memory, for tests only: the storage port does not offer its SQLite store yet.
 * It behaves as the port's contract says (saving replaces a person's snapshot).
 */
public final class InMemoryEngineStates implements EngineStateStore {
    private final Map<UserId, UserSnapshot> snapshots = new ConcurrentHashMap<>();

    @Override
    public void save(UserSnapshot snapshot) {
        snapshots.put(snapshot.user(), snapshot);
    }

    @Override
    public void saveAll(List<UserSnapshot> all) {
        all.forEach(this::save);
    }

    @Override
    public Optional<UserSnapshot> load(UserId user) {
        return Optional.ofNullable(snapshots.get(user));
    }

    @Override
    public List<UserSnapshot> all() {
        return new ArrayList<>(snapshots.values());
    }

    public void remove(UserId user) {
        snapshots.remove(user);
    }
}
