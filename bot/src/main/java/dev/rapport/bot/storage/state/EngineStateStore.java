package dev.rapport.bot.storage.state;

import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The coaching engine's rolling state per coached person and community, kept so that a restart or a crash forgets
 * nothing the rules look back on: the weeks' tallies, link fingerprints, pending questions, counterpart tallies. A
 * snapshot holds counts, times, message ids, fingerprints and pseudonyms only; never text, never another person's id.
 * Saving replaces the previous snapshot of the same person in the same community, so saving the same state twice
 * changes nothing, and processes that own different communities never overwrite each other's part.
 */
public interface EngineStateStore {

    /** Replaces what is kept for {@code snapshot.key()} (the person in the snapshot's community). */
    void save(UserSnapshot snapshot);

    /** Saves many at once, in one transaction (a replay's end, a periodic flush). */
    void saveAll(List<UserSnapshot> snapshots);

    /**
     * Saves people's states and communities' states at once, in one transaction (a periodic flush): a restart finds
     * both as they were at the same moment. A community's document replaces the one kept before.
     */
    void saveAll(List<UserSnapshot> snapshots, List<CommunitySnapshot> communities);

    /**
     * What the engine knew about each community as a whole (everyone by pseudonym), in community order: taken back
     * with the people's states after a restart.
     */
    List<CommunitySnapshot> communities();

    Optional<UserSnapshot> load(UserId user, CommunityId community);

    /** Everything kept about the person, one snapshot per community, in community order. */
    List<UserSnapshot> ofUser(UserId user);

    /** Every kept snapshot at once (small stores and tests; the bot reads {@link #inPages}). */
    List<UserSnapshot> all();

    /**
     * Every kept snapshot, handed to {@code page} a page of at most {@code pageSize} at a time in (user, community)
     * order, each page read in its own short transaction: memory and lock time stay bounded however many are kept.
     */
    void inPages(int pageSize, Consumer<List<UserSnapshot>> page);
}
