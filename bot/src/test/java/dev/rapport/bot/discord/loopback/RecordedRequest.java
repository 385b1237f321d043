package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One REST call JDA made, as the loopback server saw it.
 *
 * @param receivedAt when the server received it
 * @param method  HTTP method, upper case
 * @param route   path below {@code /api/v10/}, e.g. {@code channels/10/messages}
 * @param query   query parameters (last value wins)
 * @param headers request headers with lower-case names, {@code authorization} left out
 * @param json    the JSON body, or the {@code payload_json} part of a multipart body; a missing node when none
 * @param files   file names of multipart file parts, in order
 * @param fileContents what each of those file parts carried, in the same order
 * @param status  the HTTP status the server answered
 * @param matchedRoute the route template that served it, e.g. {@code channels/{channel}/messages}; {@code null} when
 *                     no loopback route exists for it
 */
public record RecordedRequest(
        Instant receivedAt,
        String method,
        String route,
        Map<String, String> query,
        Map<String, List<String>> headers,
        JsonNode json,
        List<String> files,
        List<byte[]> fileContents,
        int status,
        String matchedRoute) {

    public RecordedRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        files = List.copyOf(files);
        fileContents = List.copyOf(fileContents);
    }

    /** The text of the file part called {@code name}, read as UTF-8. */
    public java.util.Optional<String> fileText(String name) {
        int i = files.indexOf(name);
        return i < 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new String(fileContents.get(i), java.nio.charset.StandardCharsets.UTF_8));
    }

    public boolean is(String expectedMethod, String expectedRoute) {
        return method.equals(expectedMethod) && route.equals(expectedRoute);
    }

    public boolean isMultipart() {
        return headers.getOrDefault("content-type", List.of()).stream().anyMatch(v -> v.startsWith("multipart/"));
    }

    @Override
    public String toString() {
        return method + " " + route + (query.isEmpty() ? "" : " " + query) + " -> " + status
                + (json.isMissingNode() ? "" : " " + json);
    }
}
