package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;

/** One payload the client sent over the gateway; tokens inside {@code d} are masked. */
public record GatewayFrame(int op, JsonNode data) {

    public static final int HEARTBEAT = 1;
    public static final int IDENTIFY = 2;
    public static final int RESUME = 6;
    public static final int REQUEST_GUILD_MEMBERS = 8;

    @Override
    public String toString() {
        return "op " + op + " " + data;
    }
}
