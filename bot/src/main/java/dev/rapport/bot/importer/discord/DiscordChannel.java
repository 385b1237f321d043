package dev.rapport.bot.importer.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.bot.importer.UnicodeText;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.CommunityId;

import java.util.Optional;
import java.util.Set;

/**
 * Where the messages of one export were posted, read from its {@code guild} and {@code channel} objects.
 *
 * @param parent for a thread, the channel it hangs off (DiscordChatExporter writes it as {@code categoryId})
 */
record DiscordChannel(CommunityId community, ChannelId channel, Optional<ChannelId> parent, ChannelKind kind,
                      Optional<String> name, ChannelInfo info) {

    private static final Set<String> DIRECT_TYPES = Set.of("DirectTextChat", "DirectGroupTextChat");
    private static final Set<String> THREAD_TYPES = Set.of("GuildPublicThread", "GuildPrivateThread", "GuildNewsThread");

    /** The channel described by the export's header; a problem text when a required id is missing. */
    static DiscordChannel from(JsonNode guild, JsonNode channel) throws BadExportException {
        String guildId = JsonFields.text(guild, "id");
        if (guildId == null) {
            throw new BadExportException("no \"guild\" object with an \"id\" before \"messages\"");
        }
        String channelId = JsonFields.text(channel, "id");
        if (channelId == null) {
            throw new BadExportException("no \"channel\" object with an \"id\" before \"messages\"");
        }
        String type = JsonFields.text(channel, "type");
        Optional<String> name = Optional.ofNullable(JsonFields.text(channel, "name")).map(UnicodeText::repair);
        // Name and topic say what a channel is for (introductions, welcomes); a DM's "name" is the other person.
        ChannelInfo info = ChannelInfo.of(name.orElse(null), JsonFields.text(channel, "topic"));
        if (type != null && DIRECT_TYPES.contains(type)) {
            return new DiscordChannel(CommunityId.of(guildId), ChannelId.of(channelId), Optional.empty(),
                    ChannelKind.DIRECT, name, ChannelInfo.UNKNOWN);
        }
        if (type != null && THREAD_TYPES.contains(type)) {
            Optional<ChannelId> parent = Optional.ofNullable(JsonFields.text(channel, "categoryId")).map(ChannelId::of);
            return new DiscordChannel(CommunityId.of(guildId), ChannelId.of(channelId), parent, ChannelKind.THREAD, name, info);
        }
        return new DiscordChannel(CommunityId.of(guildId), ChannelId.of(channelId), Optional.empty(),
                ChannelKind.CHANNEL, name, info);
    }
}
