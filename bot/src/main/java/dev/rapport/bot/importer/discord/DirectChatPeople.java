package dev.rapport.bot.importer.discord;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who takes part in a direct conversation exported by DiscordChatExporter, so that its first message is known to
 * speak to someone.
 *
 * <p>A DM export names the other side only in its channel: {@code channel.type} is {@code DirectTextChat} (or
 * {@code DirectGroupTextChat}) and {@code channel.name} is the other person's display name (the exporter's newer
 * versions; older ones wrote the account name), or the names of a group's members joined by ", ". No id is given,
 * so a name is matched against the people the exports list (authors and mentions, by nickname or account name):
 * first those of the conversation itself, then, for a name nobody there carries (a message left unanswered), the
 * other exports replayed with it. A name two people carry is left unknown rather than guessed.
 *
 * @param channelNames the names the channel gives for the other side; empty for a channel of a server
 * @param ids          the ids of everyone known to take part: the conversation's authors and the matched names
 * @param unmatched    the names not yet matched to exactly one person
 */
public record DirectChatPeople(List<String> channelNames, List<String> ids, List<String> unmatched) {
    /** A server's channel: nobody to add. */
    public static final DirectChatPeople NONE = new DirectChatPeople(List.of(), List.of(), List.of());

    private static final JsonFactory JSON = new ObjectMapper().getFactory();
    /** A direct conversation of more people than this is a group chat, not someone spoken to privately. */
    private static final int MAX_PEOPLE = 10;

    public DirectChatPeople {
        channelNames = List.copyOf(channelNames);
        ids = List.copyOf(ids);
        unmatched = List.copyOf(unmatched);
    }

    /** Whether the file is a direct conversation. */
    public boolean direct() {
        return !channelNames.isEmpty();
    }

    /**
     * The people of {@code file} when it is a DM export, learnt from its channel and its own messages; {@link #NONE}
     * for a server's channel or a file the skim cannot read (reading it properly reports what is wrong).
     */
    public static DirectChatPeople of(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
             JsonParser p = JSON.createParser(in)) {
            return of(p);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    private static DirectChatPeople of(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return NONE;
        }
        List<String> names = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("channel") && value == JsonToken.START_OBJECT) {
                names = namesOf(p.readValueAsTree());
                if (names.isEmpty()) {
                    return NONE;
                }
            } else if (field.equals("messages")) {
                if (names.isEmpty() || value != JsonToken.START_ARRAY) {
                    return NONE;
                }
                Map<String, Set<String>> idsByName = new HashMap<>();
                Set<String> authors = new LinkedHashSet<>();
                readPeople(p, idsByName, authors);
                return matched(names, authors, idsByName);
            } else {
                p.skipChildren();
            }
        }
        return NONE;
    }

    /** The other side's names from a DM channel object; none for a server's channel. */
    private static List<String> namesOf(JsonNode channel) {
        String type = JsonFields.text(channel, "type");
        String name = JsonFields.text(channel, "name");
        if (name == null || type == null) {
            return List.of();
        }
        if (type.equals("DirectTextChat")) {
            return List.of(name.trim());
        }
        if (type.equals("DirectGroupTextChat")) {
            // An unnamed group is called by its members' names; a named one matches nobody and adds nothing.
            List<String> names = new ArrayList<>();
            for (String part : name.split(", ")) {
                if (!part.isBlank()) {
                    names.add(part.trim());
                }
            }
            return names;
        }
        return List.of();
    }

    /**
     * Every author and mention of the messages array just opened, by name; with {@code authors} given, author ids
     * in order of appearance too.
     */
    private static void readPeople(JsonParser p, Map<String, Set<String>> idsByName, Set<String> authors)
            throws IOException {
        JsonToken element;
        while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
            if (element == null) {
                return;
            }
            if (element != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            ExportedMessage message = ExportedMessage.read(p);
            ExportedMessage.Person author = message.author();
            if (author.id() != null && !author.bot()) {
                if (authors != null) {
                    authors.add(author.id());
                }
                add(idsByName, author);
            }
            for (ExportedMessage.Person mention : message.mentions()) {
                if (mention.id() != null && !mention.bot()) {
                    add(idsByName, mention);
                }
            }
        }
    }

    private static void add(Map<String, Set<String>> idsByName, ExportedMessage.Person person) {
        for (String name : new String[]{person.nickname(), person.name()}) {
            if (name != null) {
                idsByName.computeIfAbsent(name.trim(), k -> new LinkedHashSet<>(2)).add(person.id());
            }
        }
    }

    private static DirectChatPeople matched(List<String> names, Collection<String> known,
                                            Map<String, Set<String>> idsByName) {
        Set<String> ids = new LinkedHashSet<>(known);
        List<String> unmatched = new ArrayList<>();
        for (String name : names) {
            Set<String> carriers = idsByName.get(name);
            if (carriers != null && carriers.size() == 1) {
                ids.add(carriers.iterator().next());
            } else {
                unmatched.add(name);
            }
        }
        if (ids.size() > MAX_PEOPLE) {
            return new DirectChatPeople(names, List.of(), List.of());
        }
        return new DirectChatPeople(names, new ArrayList<>(ids), unmatched);
    }

    /**
     * The names still unmatched, matched against the people of other exports (each name to exactly one person
     * among them, or left unknown).
     */
    public DirectChatPeople matchedIn(Map<String, Set<String>> idsByName) {
        if (unmatched.isEmpty()) {
            return this;
        }
        Map<String, Set<String>> wanted = new HashMap<>();
        for (String name : unmatched) {
            Set<String> carriers = idsByName.get(name);
            if (carriers != null) {
                wanted.put(name, carriers);
            }
        }
        DirectChatPeople more = matched(unmatched, ids, wanted);
        return new DirectChatPeople(channelNames, more.ids(), more.unmatched());
    }

    /**
     * Everyone {@code file} lists (authors and mentions) whose nickname or account name is one of {@code names}, by
     * that name; nothing for a file the skim cannot read.
     */
    public static Map<String, Set<String>> peopleNamed(Path file, Set<String> names) {
        Map<String, Set<String>> all = new HashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
             JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    boolean messages = p.currentName().equals("messages");
                    JsonToken value = p.nextToken();
                    if (messages && value == JsonToken.START_ARRAY) {
                        readPeople(p, all, null);
                        break;
                    }
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // What was read before the problem still names people; reading the file properly reports the problem.
            all.keySet().retainAll(names);
            return all;
        }
        all.keySet().retainAll(names);
        return all;
    }
}
