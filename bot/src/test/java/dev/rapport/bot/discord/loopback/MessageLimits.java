package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Discord's limits on what a message may carry (API v10). A request over any of them gets 400 with code 50035
 * "Invalid Form Body", as Discord answers, so a bot that would be refused in production is refused here too.
 */
final class MessageLimits {
    static final int CONTENT = 2000;
    static final int EMBEDS = 10;
    static final int EMBED_TITLE = 256;
    static final int EMBED_DESCRIPTION = 4096;
    static final int EMBED_FIELDS = 25;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = 1024;
    static final int FOOTER = 2048;
    static final int EMBEDS_TOTAL = 6000;
    static final int ACTION_ROWS = 5;
    static final int BUTTONS_PER_ROW = 5;
    static final int CUSTOM_ID = 100;
    static final int BUTTON_LABEL = 80;

    private MessageLimits() {
    }

    /** The first limit {@code message} (a create or edit body) exceeds, described as Discord would; empty if none. */
    static Optional<String> violation(JsonNode message) {
        if (message == null || message.isMissingNode()) {
            return Optional.empty();
        }
        if (message.path("content").asText("").length() > CONTENT) {
            return Optional.of("content: Must be " + CONTENT + " or fewer in length.");
        }
        JsonNode embeds = message.path("embeds");
        if (embeds.size() > EMBEDS) {
            return Optional.of("embeds: Must be " + EMBEDS + " or fewer in length.");
        }
        int total = 0;
        for (JsonNode embed : embeds) {
            int title = embed.path("title").asText("").length();
            int description = embed.path("description").asText("").length();
            int footer = embed.path("footer").path("text").asText("").length();
            if (title > EMBED_TITLE) {
                return Optional.of("embeds.title: Must be " + EMBED_TITLE + " or fewer in length.");
            }
            if (description > EMBED_DESCRIPTION) {
                return Optional.of("embeds.description: Must be " + EMBED_DESCRIPTION + " or fewer in length.");
            }
            if (footer > FOOTER) {
                return Optional.of("embeds.footer.text: Must be " + FOOTER + " or fewer in length.");
            }
            JsonNode fields = embed.path("fields");
            if (fields.size() > EMBED_FIELDS) {
                return Optional.of("embeds.fields: Must be " + EMBED_FIELDS + " or fewer in length.");
            }
            total += title + description + footer + embed.path("author").path("name").asText("").length();
            for (JsonNode field : fields) {
                int name = field.path("name").asText("").length();
                int value = field.path("value").asText("").length();
                if (name > FIELD_NAME) {
                    return Optional.of("embeds.fields.name: Must be " + FIELD_NAME + " or fewer in length.");
                }
                if (value > FIELD_VALUE) {
                    return Optional.of("embeds.fields.value: Must be " + FIELD_VALUE + " or fewer in length.");
                }
                total += name + value;
            }
        }
        if (total > EMBEDS_TOTAL) {
            return Optional.of("embeds: Embed size exceeds maximum size of " + EMBEDS_TOTAL);
        }
        JsonNode rows = message.path("components");
        if (rows.size() > ACTION_ROWS) {
            return Optional.of("components: Must be " + ACTION_ROWS + " or fewer in length.");
        }
        for (JsonNode row : rows) {
            if (row.path("components").size() > BUTTONS_PER_ROW) {
                return Optional.of("components.components: Must be " + BUTTONS_PER_ROW + " or fewer in length.");
            }
            for (JsonNode component : row.path("components")) {
                if (component.path("custom_id").asText("").length() > CUSTOM_ID) {
                    return Optional.of("components.custom_id: Must be " + CUSTOM_ID + " or fewer in length.");
                }
                if (component.path("label").asText("").length() > BUTTON_LABEL) {
                    return Optional.of("components.label: Must be " + BUTTON_LABEL + " or fewer in length.");
                }
            }
        }
        return Optional.empty();
    }
}
