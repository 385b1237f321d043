package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;

/** One gateway dispatch (op 0) the loopback server sent, or queued for a client that is away. */
public record RecordedDispatch(int seq, String type, JsonNode data) {

    @Override
    public String toString() {
        return "#" + seq + " " + type + " " + data;
    }
}
