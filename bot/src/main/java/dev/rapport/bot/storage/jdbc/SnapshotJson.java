package dev.rapport.bot.storage.jdbc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rapport.bot.storage.StorageException;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.TurnsRead;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The engine's {@link UserSnapshot} as a JSON document. Records are written component by component; ids and ISO
 * weeks as their plain text ({@code "2026-W06"}, not {@code {"year":2026,"week":6}}) and instants as ISO-8601, so
 * an export reads well and every value comes back exactly (nanoseconds included).
 */
final class SnapshotJson {
    private final ObjectMapper mapper;
    /**
     * For community documents, which list everyone seen in a community: values left at their defaults (zero, false,
     * empty) are left out, and read back as such.
     */
    private final ObjectMapper compact;
    private final String where;
    /**
     * The readers for documents of a newer version of the same major format ({@link #readable}): as {@link #mapper}
     * and {@link #compact}, but fields this build does not know are left unread instead of refused.
     */
    private final ObjectMapper newerMapper;
    private final ObjectMapper newerCompact;

    /** @param where the database, for messages */
    SnapshotJson(String where) {
        this.where = where;
        SimpleModule ids = new SimpleModule("rapport-ids");
        plainText(ids, UserId.class, UserId::of);
        plainText(ids, ChannelId.class, ChannelId::of);
        plainText(ids, MessageId.class, MessageId::of);
        plainText(ids, CommunityId.class, CommunityId::of);
        plainText(ids, IsoWeek.class, IsoWeek::parse);
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .registerModule(ids)
                .addMixIn(UserSnapshot.Contact.class, ContactFields.class)
                .addMixIn(UserSnapshot.Week.class, WeekFields.class)
                .addMixIn(UserSnapshot.Waiting.class, WaitingFields.class)
                .addMixIn(UserSnapshot.Heard.class, HeardFields.class)
                .addMixIn(UserSnapshot.class, PersonFields.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.compact = mapper.copy().setDefaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT, JsonInclude.Include.NON_DEFAULT));
        this.newerMapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.newerCompact = compact.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * A contact's welcome-only flag (person document version 9) is written only while it is set: a person has hundreds
     * of contacts and nearly none in that state for long, and a contact that is not reads exactly as version 8 wrote
     * it.
     */
    private abstract static class ContactFields {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean onlyWelcomed();

        /**
         * Version 17's meeting again untold by the last gift: nearly no contact has one, and the rest read exactly as
         * version 16 wrote them.
         */
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<Instant> metAgain();
    }

    /**
     * What a week's end reads of its own messages (person document version 9) is written only for a week not yet
     * judged: a closed week, most of a person's weeks, reads exactly as version 8 wrote it.
     */
    private abstract static class WeekFields {
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<TurnsRead> turns();
    }

    /**
     * When the person's introductions began and their offers posted where they fit (person document version 13) are
     * written only for someone who has them: other documents read exactly as version 12 wrote them.
     */
    private abstract static class PersonFields {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract java.util.Map<String, Instant> introducedIn();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract java.util.List<UserSnapshot.Post> offers();

        /** Version 15's sign-up: most people have none, and their documents read exactly as version 14 wrote them. */
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<UserSnapshot.SignUp> signedUp();

        /** Version 16's promise of updates: most people have none, and their documents read as version 15 wrote them. */
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract java.util.Map<String, Instant> postsPromised();
    }

    /**
     * How a waiting question was put (person document version 13) is written only for one not put plainly: most
     * waiting questions read exactly as version 12 wrote them.
     */
    private abstract static class WaitingFields {
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<UserSnapshot.Heard> heard();
    }

    /**
     * A question's names (version 13, since session 49), its question sentences' words (version 14) and the message it
     * replied to (version 15) are written only where it has some.
     */
    private abstract static class HeardFields {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract java.util.List<Integer> names();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract java.util.List<Integer> asked();

        /** The message it replied to (version 15), only where it replied to one. */
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<MessageId> thread();
    }

    /**
     * Formats are numbered so that a hundred versions make one major format: within it a newer version only adds what
     * an older build may leave unread (a field it does not know), so an older build reads it, as rolling a deployment
     * back or running two builds side by side needs (what it does not know is lost when it writes the state again).
     * A change an older build would misread takes the next hundred, and is refused by older builds.
     */
    static final int MAJOR = 100;

    /** Whether a document of {@code version} can be read by a build whose newest format is {@code newest}. */
    static boolean readable(int version, int newest) {
        return version / MAJOR <= newest / MAJOR;
    }

    private static <T> void plainText(SimpleModule module, Class<T> type, Function<String, T> parse) {
        module.addSerializer(type, ToStringSerializer.instance);
        module.addDeserializer(type, new StdScalarDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                if (text == null) {
                    return ctxt.reportInputMismatch(type, "expected %s as text", type.getSimpleName());
                }
                try {
                    return parse.apply(text);
                } catch (IllegalArgumentException e) {
                    return ctxt.reportInputMismatch(type, "%s", e.getMessage());
                }
            }
        });
    }

    String write(UserSnapshot snapshot) {
        try {
            return mapper.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a snapshot of plain values always serialises", e);
        }
    }

    /** The stored document of {@code user} as a tree, for exports; refused when a newer Rapport wrote it. */
    JsonNode tree(String json, String user) {
        return versionedTree(mapper, json, user, UserSnapshot.VERSION);
    }

    /**
     * A stored document of {@code what} (a person's id, or "community" and its id) as a tree, refused when it has no
     * format version or a newer one than {@code newest}.
     */
    private JsonNode versionedTree(ObjectMapper reader, String json, String what, int newest) {
        JsonNode node;
        try {
            node = reader.readTree(json);
        } catch (JsonProcessingException e) {
            throw corrupt(what, e.getOriginalMessage());
        }
        JsonNode version = node.path("version");
        if (!version.canConvertToInt()) {
            throw corrupt(what, "it has no format version");
        }
        checkVersion(version.asInt(), what, newest);
        return node;
    }

    UserSnapshot read(String json, String user) {
        JsonNode node = tree(json, user);
        try {
            ObjectMapper reader = reader(mapper, newerMapper, node, UserSnapshot.VERSION);
            return reader.treeToValue(asThisBuildWrites(node, UserSnapshot.VERSION), UserSnapshot.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw corrupt(user, e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
        }
    }

    String write(CommunitySnapshot snapshot) {
        try {
            return compact.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a snapshot of plain values always serialises", e);
        }
    }

    /** One person's entry in a community document as a tree, for exports. */
    JsonNode tree(CommunitySnapshot.Member member) {
        return compact.valueToTree(member);
    }

    /** Channels' norms as a tree, for exports. */
    JsonNode tree(java.util.List<CommunitySnapshot.RoomNorm> norms) {
        return compact.valueToTree(norms);
    }

    /** Kept messages as a tree, for exports. */
    JsonNode messagesTree(java.util.List<CommunitySnapshot.Message> messages) {
        return compact.valueToTree(messages);
    }

    /** Questions waiting in rooms as a tree, for exports. */
    JsonNode askedUnnamedTree(java.util.List<CommunitySnapshot.AskedUnnamed> asked) {
        return compact.valueToTree(asked);
    }

    /** Requests to the room as a tree, for exports. */
    JsonNode requestsTree(java.util.List<CommunitySnapshot.Asked> requests) {
        return compact.valueToTree(requests);
    }

    /** A stored community document; refused when a newer Rapport wrote it. */
    CommunitySnapshot readCommunity(String json, String community) {
        JsonNode node = versionedTree(compact, json, "community " + community, CommunitySnapshot.VERSION);
        try {
            ObjectMapper reader = reader(compact, newerCompact, node, CommunitySnapshot.VERSION);
            return reader.treeToValue(asThisBuildWrites(node, CommunitySnapshot.VERSION), CommunitySnapshot.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw corrupt("community " + community, e instanceof JsonProcessingException j ? j.getOriginalMessage()
                    : e.getMessage());
        }
    }

    void checkCommunityVersion(int version, String community) {
        checkVersion(version, "community " + community, CommunitySnapshot.VERSION);
    }

    /** A snapshot format this build cannot read is refused: guessing would lose or garble coaching state. */
    void checkVersion(int version, String user) {
        checkVersion(version, user, UserSnapshot.VERSION);
    }

    /** {@code strict} for documents this build knows every field of, else {@code lenient}. */
    private static ObjectMapper reader(ObjectMapper strict, ObjectMapper lenient, JsonNode node, int newest) {
        return node.path("version").asInt() > newest ? lenient : strict;
    }

    /**
     * {@code node}, its version made this build's own ({@code newest}) where a newer build of the same major format
     * wrote it: what is read holds only the fields this build knows, so that is the version it is. A
     * document written back from it (a forget or a retention run rewrites others' documents as read) then says so,
     * and a newer build reading it knows its own fields are missing rather than trusting a version that had them.
     */
    private static JsonNode asThisBuildWrites(JsonNode node, int newest) {
        if (node.path("version").asInt() > newest && node instanceof ObjectNode object) {
            object.put("version", newest);
        }
        return node;
    }

    private void checkVersion(int version, String what, int newest) {
        if (!readable(version, newest)) {
            throw new StorageException("the engine state of " + what + " in " + where + " has snapshot version " + version
                    + ", newer than this build of Rapport reads (up to version " + (newest / MAJOR * MAJOR + MAJOR - 1)
                    + "); it was written by a newer Rapport: run that version, or point rapport.storage.url at "
                    + "another database");
        }
    }

    private StorageException corrupt(String what, String why) {
        return new StorageException("the stored engine state of " + what + " in " + where + " cannot be read; it was "
                + "changed outside Rapport (" + why + ")");
    }
}
