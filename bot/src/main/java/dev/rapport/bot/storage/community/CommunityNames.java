package dev.rapport.bot.storage.community;

import dev.rapport.rules.model.CommunityId;

import java.util.Optional;

/**
 * The names communities go by, as the bot last saw them, so that any process can name a community that lives on
 * another process's shards (a weekly digest's sections). Saving again replaces the name (a renamed server).
 */
public interface CommunityNames {
    void remember(CommunityId community, String name);

    Optional<String> nameOf(CommunityId community);
}
