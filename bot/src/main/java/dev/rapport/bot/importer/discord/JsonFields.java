package dev.rapport.bot.importer.discord;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Lenient field access: exports of old versions lack fields, and ids may be written as numbers. */
final class JsonFields {
    private JsonFields() {
    }

    /** The field as text, or {@code null} when absent, JSON null, not a scalar, or blank. */
    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    /** Whether the field is an array with at least one element. */
    static boolean hasElements(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isArray() && !value.isEmpty();
    }

    /** The elements when the field is an array, else none, so callers need not check. */
    static Iterable<JsonNode> elements(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isArray()) {
            return List.of();
        }
        return value;
    }
}
