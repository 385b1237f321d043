package dev.rapport.bot.replay.demo;

/**
 * One exported channel: one file of the demo export.
 *
 * @param guildId    the guild's id ({@code "0"} for direct messages, as DiscordChatExporter writes them)
 * @param guildName  the guild's name
 * @param id         the channel's snowflake id
 * @param type       {@code GuildTextChat}, {@code GuildNewsChat} or {@code DirectTextChat}
 * @param categoryId the category's id, or null
 * @param category   the category's name
 * @param name       the channel's name (for a direct conversation: the other person's name)
 * @param topic      the channel topic, or null
 * @param fileName   the file the channel is exported to
 */
record Channel(String guildId, String guildName, String id, String type, String categoryId, String category,
               String name, String topic, String fileName) {

    static final String DIRECT_MESSAGES_GUILD = "0";

    boolean direct() {
        return type.equals("DirectTextChat");
    }
}
