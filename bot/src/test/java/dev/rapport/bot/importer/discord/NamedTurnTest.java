package dev.rapport.bot.importer.discord;

import dev.rapport.bot.importer.ImporterFixtures;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.SelfPromotionDetector;
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
 * Where the export gives names, "Morning! Name: ..." is said to the person of that name among the channel's recent
 * authors, as IRC addressing is read: it answers that person's waiting question, and not someone else's.
 */
class NamedTurnTest {
    private static final Instant TUESDAY = Instant.parse("2026-03-03T09:00:00Z");
    private static final String LEO = "501";
    private static final String IDA = "502";
    private static final String RUI = "503";

    @TempDir
    Path dir;

    /**
     * Leo posts in the morning; Ida asks him about a glaze; Rui chats; Leo is away until the next afternoon and
     * then greets the room and turns to someone by name.
     */
    private Path export(String leosReturn) {
        return new DiscordExportBuilder("1", "10")
                .name(LEO, "Leo Marsh").name(IDA, "Ida Berg").name(RUI, "Rui")
                .message("1", TUESDAY, LEO, "Kiln is cooling, the blue mugs come out tonight")
                .reply("2", TUESDAY.plus(Duration.ofHours(1)), IDA, "Which glaze did you use on the blue ones?", "1")
                .message("3", TUESDAY.plus(Duration.ofHours(2)), RUI, "Great talk at the guild last night, everyone")
                .message("4", TUESDAY.plus(Duration.ofHours(30)), LEO, leosReturn)
                .writeTo(dir.resolve("pottery.json"));
    }

    @Test
    void theNameOfTheAskerAfterAGreetingAnswersTheirQuestion() throws Exception {
        List<ChatEvent> events = ImporterFixtures.readDiscord(export("Morning! Ida: a celadon, two thin coats"));
        assertThat(((ChatMessage) events.get(3)).mentions()).containsExactly(UserId.of(IDA));
        assertThat(unansweredFor(events)).isEmpty();
    }

    @Test
    void theNameOfSomeoneElseAfterAGreetingLeavesTheQuestionWaiting() throws Exception {
        List<ChatEvent> events = ImporterFixtures.readDiscord(export("Morning! Rui: it really was a great talk"));
        assertThat(((ChatMessage) events.get(3)).mentions()).containsExactly(UserId.of(RUI));
        assertThat(unansweredFor(events)).hasSize(1);
    }

    @Test
    void aNameNobodyInTheChannelGoesByIsNoMention() throws Exception {
        List<ChatEvent> events = ImporterFixtures.readDiscord(export("Morning! Priya: the van is outside"));
        assertThat(((ChatMessage) events.get(3)).mentions()).isEmpty();
    }

    /** As {@link #export}, with Leo's return a reply to Rui's message. */
    private Path exportReplyingToRui(String leosReply) {
        return new DiscordExportBuilder("1", "10")
                .name(LEO, "Leo Marsh").name(IDA, "Ida Berg").name(RUI, "Rui")
                .message("1", TUESDAY, LEO, "Kiln is cooling, the blue mugs come out tonight")
                .reply("2", TUESDAY.plus(Duration.ofHours(1)), IDA, "Which glaze did you use on the blue ones?", "1")
                .message("3", TUESDAY.plus(Duration.ofHours(2)), RUI, "Great talk at the guild last night, everyone")
                .reply("4", TUESDAY.plus(Duration.ofHours(30)), LEO, leosReply, "3")
                .writeTo(dir.resolve("pottery.json"));
    }

    /** A reply to one person that turns to the asker by name in its next clause answers the asker too. */
    @Test
    void aReplyToSomeoneElseThatTurnsToTheAskerByNameLaterAnswersTheirQuestion() throws Exception {
        List<ChatEvent> events = ImporterFixtures.readDiscord(
                exportReplyingToRui("It was, thanks Rui, and yes Ida, a celadon, two thin coats"));
        assertThat(((ChatMessage) events.get(3)).mentions()).containsExactly(UserId.of(IDA));
        assertThat(unansweredFor(events)).isEmpty();
    }

    /** The asker's name told about inside the reply ("Ida's mugs") turns to nobody: the question still waits. */
    @Test
    void aReplyToSomeoneElseThatOnlyTalksAboutTheAskerLeavesTheQuestionWaiting() throws Exception {
        List<ChatEvent> events = ImporterFixtures.readDiscord(
                exportReplyingToRui("It was, thanks Rui, and Ida's mugs sold first at the fair"));
        assertThat(((ChatMessage) events.get(3)).mentions()).isEmpty();
        assertThat(unansweredFor(events)).hasSize(1);
    }

    /** Leo's unanswered-question tips, his first hours back over. */
    private static List<Finding> unansweredFor(List<ChatEvent> events) {
        RuleCatalogue catalogue = RuleCatalogue.standard();
        CoachEngine engine = CoachEngine.builder().rules(catalogue.rules()).settings(CoachSettings.defaults(catalogue.rules()))
                .enrollment(Enrollment.only(Set.of(UserId.of(LEO)), ZoneOffset.UTC))
                .promoDetector(new SelfPromotionDetector())
                .pseudonyms(new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8)))
                .clock(Clock.fixed(TUESDAY, ZoneOffset.UTC)).build();
        List<Finding> findings = new ArrayList<>();
        for (ChatEvent e : events) {
            findings.addAll(engine.accept(e));
        }
        findings.addAll(engine.advanceTo(TUESDAY.plus(Duration.ofHours(34))));
        return findings.stream().filter(f -> f.rule() == RuleId.ONEWAY_UNANSWERED).toList();
    }
}
