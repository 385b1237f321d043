package dev.rapport.bot.discord.loopback;

import java.util.LinkedHashMap;
import java.util.Map;

/** Matches request paths against templates like {@code channels/{channel}/messages/{message}}. */
final class RouteTemplate {

    private RouteTemplate() {
    }

    static boolean matches(String template, String path) {
        return extract(template, path) != null;
    }

    /** Path parameters by name, or {@code null} if the path does not fit the template. */
    static Map<String, String> extract(String template, String path) {
        String[] expected = template.split("/");
        String[] actual = path.split("/");
        if (expected.length != actual.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < expected.length; i++) {
            String segment = expected[i];
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (actual[i].isEmpty()) {
                    return null;
                }
                params.put(segment.substring(1, segment.length() - 1), actual[i]);
            } else if (!segment.equals(actual[i])) {
                return null;
            }
        }
        return params;
    }
}
