package dev.rapport.bot.importer.jsonl;

/** The {@code type} discriminator and its values, shared by the JSON Lines reader and writer. */
final class JsonLinesFields {
    static final String TYPE = "type";
    static final String MESSAGE = "message";
    static final String DELETED = "deleted";
    static final String REACTION = "reaction";
    static final String ROLES = "roles";
    static final String RECORD_ENDS = "record-ends";

    private JsonLinesFields() {
    }
}
