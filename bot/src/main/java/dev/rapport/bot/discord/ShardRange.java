package dev.rapport.bot.discord;

/**
 * Which gateway shards this process runs ({@code rapport.discord.shards}): {@code total} shards in all, this process
 * takes {@code first} to {@code last}. A total of -1 lets Discord say how many (and the process runs them all).
 */
public record ShardRange(int total, int first, int last) {
    public static final int AUTOMATIC = -1;

    public ShardRange {
        if (total == AUTOMATIC) {
            if (first != AUTOMATIC || last != AUTOMATIC) {
                throw new IllegalArgumentException("with an automatic shard count, first and last must be -1 too");
            }
        } else {
            if (total < 1) {
                throw new IllegalArgumentException("total must be at least 1 (or -1 for automatic)");
            }
            if (first < 0 || last < first || last >= total) {
                throw new IllegalArgumentException("first and last must satisfy 0 <= first <= last < total ("
                        + total + "), were " + first + " and " + last);
            }
        }
    }

    public static ShardRange automatic() {
        return new ShardRange(AUTOMATIC, AUTOMATIC, AUTOMATIC);
    }

    public boolean isAutomatic() {
        return total == AUTOMATIC;
    }

    /**
     * Whether a guild's events come to this process: Discord puts guild {@code id} on shard
     * {@code (id >> 22) % total}. With an automatic count the process runs every shard, so every guild.
     */
    public boolean owns(long guildId) {
        if (isAutomatic()) {
            return true;
        }
        long shard = (guildId >> 22) % total;
        return shard >= first && shard <= last;
    }

    /**
     * Whether a community's events come to this process: a guild (a snowflake id) by its shard; anything else, such as
     * direct messages, arrives on shard 0 as Discord sends them.
     */
    public boolean ownsCommunity(String id) {
        boolean guild = !id.isEmpty() && id.length() < 20 && id.chars().allMatch(Character::isDigit);
        if (guild) {
            return owns(Long.parseLong(id));
        }
        return isAutomatic() || first == 0;
    }
}
