package dev.rapport.bot.replay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rapport.bot.importer.ImportReport;
import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.score.Pillar;
import dev.rapport.rules.score.WeekScore;
import dev.rapport.rules.stats.WeeklyReport;
import dev.rapport.rules.stats.WeeklyStats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a replay as JSON, in the stable form documented in the README ("Replay JSON"): field names only ever
 * get added, never renamed or removed, within a {@code version}.
 */
public final class JsonReportWriter {
    public static final int VERSION = 1;

    private final Writer out;

    public JsonReportWriter(Writer out) {
        this.out = out;
    }

    public void write(ReplayResult r, List<UserId> users) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "rapport-replay");
            g.writeNumberField("version", VERSION);
            g.writeStringField("zone", r.zone().getId());
            g.writeArrayFieldStart("inputs");
            for (ImportReport in : r.inputs()) {
                g.writeStartObject();
                g.writeStringField("source", in.source());
                g.writeStringField("format", in.format().cliName());
                g.writeNumberField("messages", in.messages());
                g.writeNumberField("botMessages", in.botMessages());
                g.writeNumberField("skipped", in.skipped());
                g.writeNumberField("badMessages", in.badMessages());
                g.writeNumberField("duplicates", in.duplicates());
                g.writeNumberField("reordered", in.reordered());
                strings(g, "warnings", in.warnings());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("problem", r.problem().orElse(null));
            g.writeNumberField("messages", r.messages());
            g.writeStringField("from", r.first() == null ? null : r.first().toString());
            g.writeStringField("to", r.last() == null ? null : r.last().toString());
            g.writeObjectFieldStart("channels");
            for (var c : new java.util.TreeMap<>(r.names().channels().entrySet().stream().collect(
                    java.util.stream.Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue))).entrySet()) {
                g.writeStringField(c.getKey(), c.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("totals");
            g.writeNumberField("tips", r.totalTips());
            g.writeNumberField("tipsPerThousandMessages", round(ReplayResult.perThousand(r.totalTips(), r.messages())));
            g.writeNumberField("linkSpamTipsPerThousandMessages", round(ReplayResult.perThousand(r.linkSpamTips(), r.messages())));
            g.writeObjectFieldStart("byRule");
            for (var e : r.tipsByRule().entrySet()) {
                g.writeNumberField(e.getKey().id(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            // Roles that told who is who: configured by an admin, or recognised by a default name such as Customer.
            g.writeArrayFieldStart("audienceRoles");
            for (var c : r.engine().recognisedRoles().entrySet()) {
                for (var e : c.getValue().entrySet()) {
                    g.writeStartObject();
                    g.writeStringField("community", c.getKey().value());
                    g.writeStringField("role", e.getKey());
                    g.writeStringField("audience", e.getValue().audience().configName());
                    g.writeStringField("how", e.getValue().configured() ? "configured" : "default-name");
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("people");
            for (ReplayResult.Ranked p : r.ranking()) {
                if (!users.contains(p.user())) {
                    continue;
                }
                g.writeStartObject();
                g.writeStringField("user", p.user().value());
                g.writeStringField("name", p.name());
                g.writeNumberField("messages", p.messages());
                g.writeNumberField("tips", p.tips());
                g.writeNumberField("score", p.score());
                g.writeArrayFieldStart("rules");
                for (var rule : p.rules()) {
                    g.writeString(rule.id());
                }
                g.writeEndArray();
                g.writeArrayFieldStart("weeks");
                for (WeeklyReport w : r.reportsOf(p.user())) {
                    week(g, w);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void week(JsonGenerator g, WeeklyReport w) throws IOException {
        g.writeStartObject();
        g.writeStringField("week", w.week().toString());
        g.writeFieldName("stats");
        stats(g, w.stats());
        g.writeFieldName("previous");
        if (w.previous().isPresent()) {
            stats(g, w.previous().get());
        } else {
            g.writeNull();
        }
        strings(g, "wentWell", w.wentWell());
        networkingScore(g, w.stats());
        g.writeArrayFieldStart("tips");
        for (Finding f : w.tips()) {
            finding(g, f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : w.findings()) {
            finding(g, f);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The week's 0–100 score and its pillars, or null for a week without a message of one's own (as in digests). */
    private static void networkingScore(JsonGenerator g, WeeklyStats s) throws IOException {
        g.writeFieldName("networkingScore");
        Optional<WeekScore> score = WeekScore.of(s);
        if (score.isEmpty()) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeNumberField("total", score.get().total());
        g.writeObjectFieldStart("pillars");
        for (Pillar p : Pillar.values()) {
            g.writeNumberField(p.id(), score.get().of(p));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    static void stats(JsonGenerator g, WeeklyStats s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("messages", s.messages());
        g.writeNumberField("replies", s.replies());
        g.writeNumberField("questionsAnswered", s.questionsAnswered());
        g.writeNumberField("questionsAsked", s.questionsAsked());
        g.writeNumberField("mentionsReceived", s.mentionsReceived());
        g.writeNumberField("mentionsAnswered", s.mentionsAnswered());
        g.writeNumberField("medianResponseSeconds", s.medianResponseSeconds());
        g.writeNumberField("linkMessages", s.linkMessages());
        g.writeNumberField("links", s.links());
        g.writeNumberField("linkShare", round(s.linkShare()));
        g.writeNumberField("selfPromotion", s.selfPromotion());
        g.writeNumberField("broadcastShare", round(s.broadcastShare()));
        g.writeNumberField("firstPerson", s.firstPerson());
        g.writeNumberField("secondPerson", s.secondPerson());
        g.writeNumberField("selfFocusRatio", round(s.selfFocusRatio()));
        g.writeNumberField("reciprocity", round(s.reciprocity()));
        g.writeNumberField("overdue", s.overdue());
        g.writeNumberField("helpGiven", s.helpGiven());
        g.writeNumberField("acknowledgements", s.acknowledgements());
        g.writeObjectFieldStart("audienceMix");
        for (var e : s.audienceMix().entrySet()) {
            g.writeNumberField(e.getKey().configName(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("topCounterparts");
        for (WeeklyStats.Counterpart c : s.topCounterparts()) {
            g.writeStartObject();
            g.writeStringField("pseudonym", c.pseudonym());
            g.writeStringField("audience", c.audience().configName());
            g.writeNumberField("given", c.given());
            g.writeNumberField("received", c.received());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule().id());
        g.writeStringField("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("mode", f.mode().configName());
        g.writeStringField("week", f.week().toString());
        g.writeStringField("at", f.at().toString());
        g.writeStringField("community", f.community().value());
        g.writeStringField("seen", f.tip().seen());
        g.writeStringField("why", f.tip().why());
        // A sentence, as in the text report (the tip texts are written to follow "Next step:" in lower case).
        g.writeStringField("next", TextReportWriter.capitalise(f.tip().next()));
        g.writeObjectFieldStart("principle");
        g.writeNumberField("number", f.tip().principle().number());
        g.writeStringField("title", f.tip().principle().title());
        g.writeEndObject();
        Evidence e = f.evidence();
        g.writeObjectFieldStart("evidence");
        g.writeObjectFieldStart("counts");
        for (Map.Entry<String, Long> c : e.counts().entrySet()) {
            g.writeNumberField(c.getKey(), c.getValue());
        }
        g.writeEndObject();
        ids(g, "messages", e.messages());
        strings(g, "links", e.links());
        strings(g, "counterparts", e.counterparts());
        ids(g, "suggestions", e.suggestions());
        g.writeObjectFieldStart("where");
        for (var w : e.where().entrySet()) {
            g.writeStringField(w.getKey().value(), w.getValue().value());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void ids(JsonGenerator g, String field, List<MessageId> ids) throws IOException {
        g.writeArrayFieldStart(field);
        for (MessageId id : ids) {
            g.writeString(id.value());
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
