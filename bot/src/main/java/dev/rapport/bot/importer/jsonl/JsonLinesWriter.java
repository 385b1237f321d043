package dev.rapport.bot.importer.jsonl;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.MemberRoles;
import dev.rapport.rules.model.MessageDeleted;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.RecordEnds;
import dev.rapport.rules.model.UserId;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;

/**
 * Writes events in Rapport's JSON Lines format ({@code docs/jsonl-format.md}), one per line, so that tests and
 * tools can produce replay inputs. Optional fields are left out when empty. Closing closes the target.
 */
public final class JsonLinesWriter implements Closeable, Flushable {
    private final Writer out;
    private final JsonGenerator json;

    public JsonLinesWriter(OutputStream out) throws IOException {
        this(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    public JsonLinesWriter(Writer out) throws IOException {
        this.out = out;
        // No separator between root values: each event ends with its own newline.
        this.json = new JsonFactoryBuilder().rootValueSeparator((String) null).build().createGenerator(out);
    }

    /** Writes a {@code #} comment line; line breaks in {@code text} become spaces so it stays one line. */
    public void comment(String text) throws IOException {
        json.flush();
        out.write("# " + text.replace('\r', ' ').replace('\n', ' ') + "\n");
    }

    public void write(ChatEvent event) throws IOException {
        json.writeStartObject();
        if (event instanceof ChatMessage message) {
            writeMessage(message);
        } else if (event instanceof MessageDeleted deleted) {
            writeDeleted(deleted);
        } else if (event instanceof ReactionAdded reaction) {
            writeReaction(reaction);
        } else if (event instanceof MemberRoles roles) {
            writeRoles(roles);
        } else if (event instanceof RecordEnds end) {
            writeRecordEnds(end);
        } else {
            throw new IllegalArgumentException("no JSON Lines form for " + event.getClass().getSimpleName());
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void writeMessage(ChatMessage m) throws IOException {
        json.writeStringField(JsonLinesFields.TYPE, JsonLinesFields.MESSAGE);
        json.writeStringField("id", m.id().value());
        json.writeStringField("time", m.time().toString());
        json.writeStringField("community", m.community().value());
        json.writeStringField("channel", m.channel().value());
        if (m.parent().isPresent()) {
            json.writeStringField("parent", m.parent().get().value());
        }
        json.writeStringField("kind", m.kind().name().toLowerCase(Locale.ROOT));
        json.writeStringField("author", m.author().value());
        if (!m.authorRoles().isEmpty()) {
            writeStrings("roles", m.authorRoles());
        }
        if (m.replyTo().isPresent()) {
            json.writeStringField("replyTo", m.replyTo().get().value());
        }
        if (m.replyToAuthor().isPresent()) {
            json.writeStringField("replyToAuthor", m.replyToAuthor().get().value());
        }
        if (!m.mentions().isEmpty()) {
            writeStrings("mentions", m.mentions().stream().map(UserId::value).toList());
        }
        json.writeStringField("text", m.text());
    }

    private void writeDeleted(MessageDeleted d) throws IOException {
        json.writeStringField(JsonLinesFields.TYPE, JsonLinesFields.DELETED);
        json.writeStringField("id", d.id().value());
        json.writeStringField("time", d.time().toString());
        json.writeStringField("community", d.community().value());
        json.writeStringField("channel", d.channel().value());
    }

    private void writeReaction(ReactionAdded r) throws IOException {
        json.writeStringField(JsonLinesFields.TYPE, JsonLinesFields.REACTION);
        json.writeStringField("message", r.message().value());
        json.writeStringField("messageAuthor", r.messageAuthor().value());
        json.writeStringField("reactor", r.reactor().value());
        json.writeStringField("time", r.time().toString());
        json.writeStringField("community", r.community().value());
        json.writeStringField("channel", r.channel().value());
        if (!r.emoji().isEmpty()) {
            json.writeStringField("emoji", r.emoji());
        }
    }

    private void writeRoles(MemberRoles r) throws IOException {
        json.writeStringField(JsonLinesFields.TYPE, JsonLinesFields.ROLES);
        json.writeStringField("user", r.user().value());
        writeStrings("roles", r.roles());
        json.writeStringField("time", r.time().toString());
        json.writeStringField("community", r.community().value());
    }

    private void writeRecordEnds(RecordEnds e) throws IOException {
        json.writeStringField(JsonLinesFields.TYPE, JsonLinesFields.RECORD_ENDS);
        json.writeStringField("time", e.time().toString());
        json.writeStringField("community", e.community().value());
        json.writeStringField("channel", e.channel().value());
    }

    private void writeStrings(String field, Collection<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values.stream().sorted().toList()) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    @Override
    public void flush() throws IOException {
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
