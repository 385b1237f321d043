package dev.rapport.bot.discord;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which guilds a process's shard range owns: Discord's (guild id >> 22) % total. */
class ShardRangeTest {

    @Test
    void aGuildBelongsToTheShardOfItsIdShiftedBy22ModuloTheTotal() {
        long onShard1Of2 = 1L << 22;
        long snowflake = 1_000_000_000_000_000_000L;
        assertThat(new ShardRange(2, 0, 0).owns(1)).isTrue();
        assertThat(new ShardRange(2, 0, 0).owns(onShard1Of2)).isFalse();
        assertThat(new ShardRange(2, 1, 1).owns(onShard1Of2)).isTrue();
        assertThat(new ShardRange(4, 2, 3).owns(snowflake)).isEqualTo((snowflake >> 22) % 4 >= 2);
    }

    @Test
    void aProcessRunningEveryShardOwnsEveryGuild() {
        assertThat(ShardRange.automatic().owns(123_456_789_012_345_678L)).isTrue();
        assertThat(new ShardRange(3, 0, 2).owns(123_456_789_012_345_678L)).isTrue();
    }
}
