package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;

/** What a route handler answers: a status and a JSON body ({@code null} for 204). */
record RestReply(int status, JsonNode body) {

    static RestReply ok(JsonNode body) {
        return new RestReply(200, body);
    }

    static RestReply created(JsonNode body) {
        return new RestReply(201, body);
    }

    static RestReply noContent() {
        return new RestReply(204, null);
    }

    /** Discord's error shape: {@code {"code": 50007, "message": "Cannot send messages to this user"}}. */
    static RestReply error(int status, int code, String message) {
        return new RestReply(status, Payloads.object().put("code", code).put("message", message));
    }
}
