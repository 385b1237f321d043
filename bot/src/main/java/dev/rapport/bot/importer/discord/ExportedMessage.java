package dev.rapport.bot.importer.discord;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of one exported message that Rapport uses, read straight from the token stream: no tree of the
 * message is built, and everything else in it (embeds, attachments' contents, emoji, avatars) is skipped
 * unread. Reading is lenient in the way the exporter's old versions need: a field that is missing, JSON null,
 * blank or of another type than expected counts as absent; ids may be numbers; a field written twice keeps its
 * last value.
 *
 * @param id          the message id, or null
 * @param type        the message type ({@code Default}, {@code Reply}, ...), or null
 * @param timestamp   the timestamp as written, or null
 * @param content     the text; empty when absent or not a string
 * @param author      who wrote it; {@link Person#ABSENT} when there is no author object
 * @param roles       the author's role ids and names, in order, each once
 * @param carriesSomething it has an attachment, an embed or a sticker
 * @param mentions    the people it mentions, as listed
 * @param repliedTo   the id of the message its {@code reference} points at, or null
 * @param reactors    everyone who reacted to it, reaction by reaction, with the reaction's emoji
 */
record ExportedMessage(String id, String type, String timestamp, String content, Person author, Set<String> roles,
                       boolean carriesSomething, List<Person> mentions, String repliedTo, List<Reactor> reactors) {

    /** Someone who reacted, with the emoji as the export names it (a standard emoji's character(s), a server emoji's name; null when absent). */
    record Reactor(Person person, String emoji) {
    }

    /** A person as the export lists them: an author, a mention or a reactor. Fields are null when absent. */
    record Person(String id, String name, String nickname, boolean bot) {
        static final Person ABSENT = new Person(null, null, null, false);
    }

    /** Reads the message object whose {@code START_OBJECT} is the parser's current token, up to its end. */
    static ExportedMessage read(JsonParser p) throws IOException {
        String id = null;
        String type = null;
        String timestamp = null;
        String content = "";
        Person author = Person.ABSENT;
        Set<String> roles = Set.of();
        boolean attachments = false;
        boolean embeds = false;
        boolean stickers = false;
        List<Person> mentions = List.of();
        String repliedTo = null;
        List<Reactor> reactors = List.of();
        JsonToken token;
        while ((token = next(p)) == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = next(p);
            switch (field) {
                case "id" -> id = text(p, value);
                case "type" -> type = text(p, value);
                case "timestamp" -> timestamp = text(p, value);
                case "content" -> {
                    content = value == JsonToken.VALUE_STRING ? p.getText() : "";
                    p.skipChildren();
                }
                case "author" -> {
                    author = Person.ABSENT;
                    roles = Set.of();
                    if (value == JsonToken.START_OBJECT) {
                        Set<String> authorRoles = new LinkedHashSet<>();
                        author = person(p, authorRoles);
                        roles = authorRoles;
                    } else {
                        p.skipChildren();
                    }
                }
                case "attachments" -> attachments = hasElements(p, value);
                case "embeds" -> embeds = hasElements(p, value);
                case "stickers" -> stickers = hasElements(p, value);
                case "mentions" -> mentions = people(p, value);
                case "reference" -> repliedTo = value == JsonToken.START_OBJECT ? field(p, "messageId") : skip(p);
                case "reactions" -> reactors = reactors(p, value);
                default -> p.skipChildren();
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw unexpected(p, token);
        }
        return new ExportedMessage(id, type, timestamp, content, author, roles, attachments || embeds || stickers,
                mentions, repliedTo, reactors);
    }

    /** The next token; the end of input inside a message is a truncated file, as Jackson reports it. */
    private static JsonToken next(JsonParser p) throws IOException {
        JsonToken token = p.nextToken();
        if (token == null) {
            throw new JsonEOFException(p, null, "Unexpected end-of-input within a message");
        }
        return token;
    }

    private static IOException unexpected(JsonParser p, JsonToken token) {
        return new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected token " + token + " in a message");
    }

    /**
     * A scalar as text the way a JSON tree gives it ({@code 123} as "123", {@code true} as "true"), or null for
     * JSON null, a blank string, an object or an array (which are skipped).
     */
    private static String text(JsonParser p, JsonToken value) throws IOException {
        String text = switch (value) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberValue().toString();
            case VALUE_NUMBER_FLOAT -> Double.toString(p.getDoubleValue());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            default -> {
                p.skipChildren();
                yield null;
            }
        };
        return text == null || text.isBlank() ? null : text;
    }

    /** A flag: true, a non-zero integer or the string "true"; anything else is false. */
    private static boolean flag(JsonParser p, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_TRUE -> true;
            case VALUE_NUMBER_INT -> !BigInteger.ZERO.equals(p.getBigIntegerValue());
            case VALUE_STRING -> "true".equals(p.getText().trim());
            default -> {
                p.skipChildren();
                yield false;
            }
        };
    }

    private static String skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    /** One field of the object just opened, as text; the rest of the object is skipped. */
    private static String field(JsonParser p, String wanted) throws IOException {
        String found = null;
        while (next(p) == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = next(p);
            if (field.equals(wanted)) {
                found = text(p, value);
            } else {
                p.skipChildren();
            }
        }
        return found;
    }

    /** The person object just opened; with {@code roles} given, their roles are added to it. */
    private static Person person(JsonParser p, Set<String> roles) throws IOException {
        String id = null;
        String name = null;
        String nickname = null;
        boolean bot = false;
        while (next(p) == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = next(p);
            switch (field) {
                case "id" -> id = text(p, value);
                case "name" -> name = text(p, value);
                case "nickname" -> nickname = text(p, value);
                case "isBot" -> bot = flag(p, value);
                case "roles" -> {
                    if (roles == null) {
                        p.skipChildren();
                    } else {
                        roles.clear();
                        readRoles(p, value, roles);
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new Person(id, name, nickname, bot);
    }

    /** Role ids and role names both (configuration may name a role either way); a bare value is one role. */
    private static void readRoles(JsonParser p, JsonToken value, Set<String> roles) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        JsonToken element;
        while ((element = next(p)) != JsonToken.END_ARRAY) {
            if (element == JsonToken.START_OBJECT) {
                String roleId = null;
                String roleName = null;
                while (next(p) == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken v = next(p);
                    if (field.equals("id")) {
                        roleId = text(p, v);
                    } else if (field.equals("name")) {
                        roleName = text(p, v);
                    } else {
                        p.skipChildren();
                    }
                }
                if (roleId != null) {
                    roles.add(roleId);
                }
                if (roleName != null) {
                    roles.add(roleName);
                }
            } else if (element == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else {
                // A bare value is its text as a tree gives it, JSON null included ("null").
                String role = element == JsonToken.VALUE_NULL ? "null" : text(p, element);
                if (role != null && !role.isBlank()) {
                    roles.add(role);
                }
            }
        }
    }

    /** Whether the array just opened has an element; the array is skipped. Not an array: false. */
    private static boolean hasElements(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return false;
        }
        JsonToken element = next(p);
        if (element == JsonToken.END_ARRAY) {
            return false;
        }
        p.skipChildren();
        while (next(p) != JsonToken.END_ARRAY) {
            p.skipChildren();
        }
        return true;
    }

    /** The person objects of the array just opened, in order; other elements are skipped. */
    private static List<Person> people(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<Person> people = null;
        JsonToken element;
        while ((element = next(p)) != JsonToken.END_ARRAY) {
            if (element != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            if (people == null) {
                people = new ArrayList<>(2);
            }
            people.add(person(p, null));
        }
        return people == null ? List.of() : people;
    }

    /** Everyone listed in the {@code users} of each reaction of the array just opened, with that reaction's emoji. */
    private static List<Reactor> reactors(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<Reactor> reactors = List.of();
        JsonToken element;
        while ((element = next(p)) != JsonToken.END_ARRAY) {
            if (element != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            List<Person> users = List.of();
            String emoji = null;
            while (next(p) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = next(p);
                if (field.equals("users")) {
                    users = people(p, v);
                } else if (field.equals("emoji")) {
                    emoji = emojiName(p, v);
                } else {
                    p.skipChildren();
                }
            }
            if (!users.isEmpty()) {
                if (reactors.isEmpty()) {
                    reactors = new ArrayList<>();
                }
                for (Person user : users) {
                    reactors.add(new Reactor(user, emoji));
                }
            }
        }
        return reactors;
    }

    /** The {@code name} of the reaction's {@code emoji} object ("👀", or a server emoji's name); null when absent. */
    private static String emojiName(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String name = null;
        while (next(p) == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = next(p);
            if (field.equals("name") && v == JsonToken.VALUE_STRING) {
                name = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return name;
    }
}
