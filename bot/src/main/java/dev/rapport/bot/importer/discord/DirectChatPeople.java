package dev.rapport.bot.importer.discord;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.rules.addressing.CommonWords;

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
import java.util.Locale;
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
 * <p>The channel is named from the exporter's side: when its name is that of the conversation's only author, the
 * export was made by the one written to, and names them nowhere. The author's own greeting then says whom they wrote
 * to ("Hi Dmitri, saw your intro…"), as it would to anyone reading the conversation: the greeted first name is
 * matched against the people of the other exports, and taken only when exactly one person there is called so.
 *
 * @param channelNames the names the channel gives for the other side; empty for a channel of a server
 * @param ids          the ids of everyone known to take part: the conversation's authors and the matched names
 * @param unmatched    the names not yet matched to exactly one person
 * @param greeted      while nobody but the conversation's one author is known: the first name their messages greet
 *                     ("hi dmitri" gives {@code dmitri}, lower case), at most one; else empty
 */
public record DirectChatPeople(List<String> channelNames, List<String> ids, List<String> unmatched,
                               List<String> greeted) {
    /** A server's channel: nobody to add. */
    public static final DirectChatPeople NONE = new DirectChatPeople(List.of(), List.of(), List.of(), List.of());

    /** Words that open a greeting to someone by name: "hi Dmitri", "hey Fenna!", "morning Jo". */
    private static final Set<String> GREETINGS = Set.of("hi", "hey", "hello", "hiya", "heya", "hallo", "howdy", "yo",
            "morning", "afternoon", "evening", "dear", "hej", "hola", "ciao");

    private static final JsonFactory JSON = new ObjectMapper().getFactory();
    /** A direct conversation of more people than this is a group chat, not someone spoken to privately. */
    private static final int MAX_PEOPLE = 10;

    public DirectChatPeople {
        channelNames = List.copyOf(channelNames);
        ids = List.copyOf(ids);
        unmatched = List.copyOf(unmatched);
        greeted = List.copyOf(greeted);
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
                Set<String> greetings = new LinkedHashSet<>();
                readPeople(p, idsByName, authors, greetings);
                return matched(names, authors, idsByName).greeting(greetings);
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
     * in order of appearance too, and the first names their messages open by greeting ({@link #greetedName}).
     */
    private static void readPeople(JsonParser p, Map<String, Set<String>> idsByName, Set<String> authors,
                                   Set<String> greetings) throws IOException {
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
                    String greeted = greetedName(message.content());
                    if (greeted != null) {
                        greetings.add(greeted);
                    }
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
            return new DirectChatPeople(names, List.of(), List.of(), List.of());
        }
        return new DirectChatPeople(names, new ArrayList<>(ids), unmatched, List.of());
    }

    /**
     * This, keeping the one first name the conversation's messages greet when nobody but its single author is known
     * to take part (the channel named for that author: the export is the other side's). Two names greeted, or none,
     * say nothing of whom.
     */
    private DirectChatPeople greeting(Set<String> greetings) {
        if (ids.size() != 1 || greetings.size() != 1) {
            return this;
        }
        return new DirectChatPeople(channelNames, ids, unmatched, List.copyOf(greetings));
    }

    /**
     * The first name {@code text} greets at its start ("Hi Dmitri, saw your intro" gives {@code dmitri}; "good
     * morning Jo!" gives {@code jo}), lower case; null when it opens otherwise, or greets with a common word rather
     * than a name ("hi there", "hey all", "hello everyone" name nobody).
     */
    static String greetedName(String text) {
        if (text == null) {
            return null;
        }
        String[] words = text.strip().split("[\\s,!.:;?]+", 4);
        int i = 0;
        if (words.length > 2 && words[0].equalsIgnoreCase("good")) {
            i = 1;
        }
        if (words.length < i + 2 || !GREETINGS.contains(words[i].toLowerCase(Locale.ROOT))) {
            return null;
        }
        String name = words[i + 1];
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        name = name.toLowerCase(Locale.ROOT);
        if (name.length() < 2 || !name.matches("\\p{L}[\\p{L}'\u2019-]*")
                || CommonWords.englishAndChat().contains(name) || GREETINGS.contains(name)
                || name.equals("everyone") || name.equals("folks") || name.equals("friend") || name.equals("mate")) {
            return null;
        }
        return name;
    }

    /**
     * The greeted first name matched against the people of other exports, by the first word of their nickname or
     * account name ({@link #peopleCalled}): taken when exactly one person besides the author is called so. Only
     * while nobody else is known to take part (a channel name matched elsewhere comes first).
     */
    public DirectChatPeople greetedIn(Map<String, Set<String>> idsByFirstName) {
        if (greeted.isEmpty()) {
            return this;
        }
        if (ids.size() != 1) {
            return new DirectChatPeople(channelNames, ids, unmatched, List.of());
        }
        Set<String> carriers = new LinkedHashSet<>(idsByFirstName.getOrDefault(greeted.get(0), Set.of()));
        carriers.removeAll(ids);
        if (carriers.size() != 1) {
            return new DirectChatPeople(channelNames, ids, unmatched, List.of());
        }
        List<String> both = new ArrayList<>(ids);
        both.add(carriers.iterator().next());
        return new DirectChatPeople(channelNames, both, unmatched, List.of());
    }

    /**
     * Everyone {@code file} lists (authors and mentions) whose nickname or account name opens with one of
     * {@code firstNames} (lower case: "Dmitri Volkov" is called {@code dmitri}), by that first name; nothing for a
     * file the skim cannot read.
     */
    public static Map<String, Set<String>> peopleCalled(Path file, Set<String> firstNames) {
        Map<String, Set<String>> called = new HashMap<>();
        peopleNamed(file, null).forEach((name, ids) -> {
            String first = name.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (firstNames.contains(first)) {
                called.computeIfAbsent(first, k -> new LinkedHashSet<>(2)).addAll(ids);
            }
        });
        return called;
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
        return new DirectChatPeople(channelNames, more.ids(), more.unmatched(), greeted);
    }

    /**
     * Everyone {@code file} lists (authors and mentions) whose nickname or account name is one of {@code names} (all
     * of them when {@code names} is null), by that name; nothing for a file the skim cannot read.
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
                        readPeople(p, all, null, null);
                        break;
                    }
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // What was read before the problem still names people; reading the file properly reports the problem.
            if (names != null) {
                all.keySet().retainAll(names);
            }
            return all;
        }
        if (names != null) {
            all.keySet().retainAll(names);
        }
        return all;
    }
}
