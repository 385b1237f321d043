package dev.rapport.rules.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The record of a channel stops here (an importer read to the end of a log file or an export): what was said there
 * after {@code time} is not known. A record that stops is not silence. The live coach never sends one.
 */
public record RecordEnds(Instant time, CommunityId community, ChannelId channel) implements ChatEvent {
    public RecordEnds {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(channel, "channel");
    }
}
