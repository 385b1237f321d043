package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A parsed REST request as a route handler sees it.
 *
 * @param params path parameters by template name, e.g. {@code channel} for {@code channels/{channel}/messages}
 * @param files  the file parts of a multipart body
 */
record RestCall(String method, String route, Map<String, String> params, Map<String, String> query, JsonNode json,
                List<MultipartBody.Part> files) {

    RestCall withParams(LoopbackRest.Route route, String path) {
        if (route == null) {
            return this;
        }
        return new RestCall(method, this.route, RouteTemplate.extract(route.template(), path), query, json, files);
    }

    String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalStateException("Route has no parameter {" + name + "}");
        }
        return value;
    }
}
