package dev.rapport.bot.importer.discord;

import dev.rapport.bot.importer.ImporterFixtures;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.rule.RuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reply to one's own earlier message goes on with one's own thread: it says nothing of whom it speaks to, so a name
 * opening it ("Leo, could you ...?") is read as in any post, and the question waits for that person.
 */
class NameInOwnThreadTest {
    private static final Instant MONDAY = Instant.parse("2026-04-06T09:00:00Z");
    private static final String LEO = "601";
    private static final String IDA = "602";

    @TempDir
    Path dir;

    /** Leo talks in the room; Ida posts her news and, under it, asks something; Leo later posts only his own news. */
    private List<ChatEvent> events(String idasFollowUp) throws Exception {
        return ImporterFixtures.readDiscord(new DiscordExportBuilder("1", "10")
                .name(LEO, "Leo Marsh").name(IDA, "Ida Berg")
                .message("1", MONDAY, LEO, "Sanded the last of the cabinet doors this morning")
                .message("2", MONDAY.plus(Duration.ofHours(1)), IDA, "My old kiln keeps tripping the fuse again")
                .reply("3", MONDAY.plus(Duration.ofHours(2)), IDA, idasFollowUp, "2")
                .message("4", MONDAY.plus(Duration.ofHours(30)), LEO, "Cabinet is hung now, doors and all")
                .writeTo(dir.resolve("workshop.json")));
    }

    @Test
    void aNameOpeningAReplyUnderOnesOwnPostSpeaksToThatPerson() throws Exception {
        List<ChatEvent> events = events("Leo, you did wiring for years, didn't you? could you check the plug for me?");
        assertThat(((ChatMessage) events.get(2)).mentions()).containsExactly(UserId.of(LEO));
        assertThat(unansweredFor(events)).hasSize(1);
    }

    @Test
    void aNameInsideASentenceUnderOnesOwnPostSpeaksToNobody() throws Exception {
        List<ChatEvent> events = events("maybe it is the plug, Leo mentioned his did the same. does anyone know?");
        assertThat(((ChatMessage) events.get(2)).mentions()).isEmpty();
        assertThat(unansweredFor(events)).isEmpty();
    }

    /** Leo's unanswered-question tips, the day after. */
    private static List<Finding> unansweredFor(List<ChatEvent> events) {
        RuleCatalogue catalogue = RuleCatalogue.standard();
        CoachEngine engine = CoachEngine.builder().rules(catalogue.rules())
                .settings(CoachSettings.defaults(catalogue.rules()))
                .enrollment(Enrollment.only(Set.of(UserId.of(LEO)), ZoneOffset.UTC))
                .promoDetector(new SelfPromotionDetector())
                .pseudonyms(new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8)))
                .clock(Clock.fixed(MONDAY, ZoneOffset.UTC)).build();
        List<Finding> findings = new ArrayList<>();
        for (ChatEvent e : events) {
            findings.addAll(engine.accept(e));
        }
        findings.addAll(engine.advanceTo(MONDAY.plus(Duration.ofHours(34))));
        return findings.stream().filter(f -> f.rule() == RuleId.ONEWAY_UNANSWERED).toList();
    }
}
