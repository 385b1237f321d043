package dev.rapport.bot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;

import java.util.Optional;

/**
 * The running shard manager, for features that send on their own initiative (tips, digests). It exists only once the
 * bot has connected, so features built before that reach it through here.
 */
public final class ShardAccess {
    private volatile ShardManager shards;

    void set(ShardManager shards) {
        this.shards = shards;
    }

    /** A connected shard to send with; direct messages can go through any shard. */
    public Optional<JDA> anyShard() {
        ShardManager s = shards;
        if (s == null) {
            return Optional.empty();
        }
        for (JDA jda : s.getShards()) {
            if (jda.getStatus() == JDA.Status.CONNECTED) {
                return Optional.of(jda);
            }
        }
        return s.getShards().stream().findFirst();
    }
}
