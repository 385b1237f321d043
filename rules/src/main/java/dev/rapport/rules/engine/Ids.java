package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each community, channel, person id and week the engine has met, so that the state holds one copy of
 * an id however many messages name it. Grows with the communities, channels and people, like the state itself.
 */
final class Ids {
    private final Map<CommunityId, CommunityId> communities = new HashMap<>();
    private final Map<ChannelId, ChannelId> channels = new HashMap<>();
    private final Map<UserId, UserId> users = new HashMap<>();
    /** Some of the instances kept in {@link #users}, by identity hash (a power of two of slots); only ever those. */
    private final UserId[] recentUsers = new UserId[1024];
    private final Map<IsoWeek, IsoWeek> weeks = new HashMap<>();

    CommunityId community(CommunityId id) {
        CommunityId known = communities.putIfAbsent(id, id);
        return known == null ? id : known;
    }

    ChannelId channel(ChannelId id) {
        ChannelId known = channels.putIfAbsent(id, id);
        return known == null ? id : known;
    }

    /** One instance of each week: every person's tally of a week, and what refers to it, share it. */
    IsoWeek week(IsoWeek week) {
        IsoWeek known = weeks.putIfAbsent(week, week);
        return known == null ? week : known;
    }

    UserId user(UserId id) {
        // Readers hand out one instance per person, so the id a message names is mostly the engine's own already:
        // recognised by identity in a small table, without hashing it into the map (once or twice per message).
        int slot = System.identityHashCode(id) & (recentUsers.length - 1);
        if (recentUsers[slot] == id) {
            return id;
        }
        UserId known = users.putIfAbsent(id, id);
        UserId own = known == null ? id : known;
        recentUsers[System.identityHashCode(own) & (recentUsers.length - 1)] = own;
        return own;
    }
}
