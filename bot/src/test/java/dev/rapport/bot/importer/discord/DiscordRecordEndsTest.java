package dev.rapport.bot.importer.discord;

import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.importer.EventReader;
import dev.rapport.bot.importer.EventReaders;
import dev.rapport.bot.importer.ImportReport;
import dev.rapport.bot.importer.ImporterFixtures;
import dev.rapport.bot.importer.MergedEventStream;
import dev.rapport.bot.importer.irc.IrcLogReader;
import dev.rapport.bot.replay.OfflineCoach;
import dev.rapport.bot.replay.ReplayResult;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.RecordEnds;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record that stops is not silence, for DiscordChatExporter exports too (since session 39): read for coaching, an
 * export ends with a {@link RecordEnds} for its channel at its {@code exportedAt}, where the record stops. A question
 * asked minutes before that is not known to be unanswered; one left for days before it was, as the quiet up to the
 * export is part of the record. Read for anything else, an export gives its messages only.
 */
class DiscordRecordEndsTest {
    /** A Tuesday, so that no weekend rule carries the question. */
    private static final Instant T0 = Instant.parse("2026-03-03T10:00:00Z");
    private static final CommunityId GUILD = CommunityId.of("1");
    private static final ChannelId GENERAL = ChannelId.of("10");

    @TempDir
    Path dir;

    /** Ola writes in general, Pim asks her something there under it, and Ola goes on in market. */
    private Path general(Instant exportedAt) {
        return new DiscordExportBuilder("1", "10").name("1", "Ola").name("2", "Pim")
                .message("100", T0, "1", "sanded the walnut tray down to 240 grit last night")
                .reply("101", T0.plusSeconds(60), "2", "which oil did you finish the walnut with?", "100")
                .exportedAt(exportedAt)
                .writeTo(dir.resolve("general.json"));
    }

    private Path market(Instant exportedAt, Instant... olaSays) {
        DiscordExportBuilder market = new DiscordExportBuilder("1", "20").name("1", "Ola").name("3", "Rui")
                .message("200", T0.plusSeconds(120), "1", "two spare clamps going cheap at the stall");
        for (int i = 0; i < olaSays.length; i++) {
            market.message(String.valueOf(201 + i), olaSays[i], "1", "the clamps are gone, thanks all, see you at the"
                    + " stall " + i);
        }
        return market.exportedAt(exportedAt).writeTo(dir.resolve("market.json"));
    }

    private static ReplayResult replay(List<Path> files) throws Exception {
        return replay(files, EventReaders.forCoaching());
    }

    private static ReplayResult replay(List<Path> files, EventReaders readers) throws Exception {
        RuleCatalogue catalogue = RuleCatalogue.standard();
        OfflineCoach coach = new OfflineCoach(catalogue, new SelfPromotionDetector(), new SecureRandom());
        var cfg = new ConfigLoader(catalogue).load(Optional.empty());
        try (EventReader reader = readers.openAll(files, Optional.empty())) {
            return coach.replay(cfg, ZoneOffset.UTC, coach.pseudonyms(cfg)).run(reader, share -> { });
        }
    }

    private static int unansweredTips(ReplayResult result) {
        return result.tipsByRule().getOrDefault(ONEWAY_UNANSWERED, 0);
    }

    private static List<ChatEvent> events(DiscordExportReader.Builder reader) throws Exception {
        return ImporterFixtures.readAll(reader.build());
    }

    /**
     * General was exported minutes after Pim's question, market days later with Ola writing on there: general's
     * record stops minutes after the question, and nobody can tell whether Ola answered it just after.
     */
    @Test
    void aQuestionAskedMinutesBeforeTheExportWasTakenIsNotToldUnanswered() throws Exception {
        Path general = general(T0.plus(Duration.ofMinutes(10)));
        Path market = market(T0.plus(Duration.ofDays(3)), T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofDays(2)));

        ReplayResult result = replay(List.of(general, market));

        assertThat(result.messages()).isEqualTo(5);
        assertThat(unansweredTips(result)).isZero();
        assertThat(unansweredTips(replay(List.of(general, market), new EventReaders(IrcLogReader::forCoaching))))
                .as("read without the exports' ends, as before session 39, it was told").isEqualTo(1);
    }

    /**
     * The same question, with general exported days after it: the record shows it waiting all that time while Ola
     * wrote elsewhere, and it is told, although the channel's last message is the question (the quiet up to the
     * export is part of the record).
     */
    @Test
    void aQuestionLeftForDaysBeforeTheExportWasTakenIsStillTold() throws Exception {
        Path general = general(T0.plus(Duration.ofDays(3)));
        Path market = market(T0.plus(Duration.ofDays(3)), T0.plus(Duration.ofHours(2)));

        ReplayResult result = replay(List.of(general, market));

        assertThat(unansweredTips(result)).isEqualTo(1);
        assertThat(result.last()).as("the period reported is that of the messages, not of the export")
                .isEqualTo(T0.plus(Duration.ofHours(2)));
    }

    @Test
    void readForCoachingTheExportEndsWithItsChannelsRecordStoppingAtExportedAt() throws Exception {
        Path file = general(T0.plus(Duration.ofDays(3)));

        List<ChatEvent> told = events(DiscordExportReader.builder(file).tellingWhereTheRecordEnds(true));
        List<ChatEvent> notTold = events(DiscordExportReader.builder(file));

        assertThat(told).hasSize(3).last().isEqualTo(new RecordEnds(T0.plus(Duration.ofDays(3)), GUILD, GENERAL));
        assertThat(notTold).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(ChatMessage.class));
        assertThat(ImporterFixtures.readDiscord(file)).as("the plain reader, as DM and order skims use it")
                .isEqualTo(notTold);
    }

    /** Without exportedAt (an old export), all that is known is the last message: the record stops there, said once. */
    @Test
    void withoutExportedAtTheRecordStopsAtTheLastMessageAndTheReportSaysSo() throws Exception {
        Path file = new DiscordExportBuilder("1", "10").message("100", T0, "1", "anyone got a spare clamp?")
                .exportedAt((String) null).writeTo(dir.resolve("old.json"));

        DiscordExportReader reader = DiscordExportReader.builder(file).tellingWhereTheRecordEnds(true).build();
        List<ChatEvent> events = ImporterFixtures.readAll(reader);

        assertThat(events).last().isEqualTo(new RecordEnds(T0, GUILD, GENERAL));
        assertThat(reader.report().warnings()).singleElement().asString()
                .startsWith("no \"exportedAt\": the channel's record is taken to stop at its last message");
        ImportReport notCoaching = readReport(DiscordExportReader.builder(file).build());
        assertThat(notCoaching.warnings()).as("read for anything else, nothing to say").isEmpty();
    }

    /** An exportedAt that is no time (a number, a typo) is named, and the export is read as one without it. */
    @Test
    void anOddExportedAtIsNamedAndTheRecordStopsAtTheLastMessage() throws Exception {
        for (String odd : List.of("\"last tuesday\"", "1772532000", "{\"at\":\"2026-03-06\"}", "\"\"")) {
            Path file = Files.writeString(dir.resolve("odd.json"), """
                    {"guild":{"id":"1","name":"G"},"channel":{"id":"10","type":"GuildTextChat","name":"general"},
                     "exportedAt":%s,
                     "messages":[{"id":"100","type":"Default","timestamp":"2026-03-03T10:00:00+00:00",
                       "content":"anyone got a spare clamp?","author":{"id":"1","name":"ola","isBot":false}}],
                     "messageCount":1}
                    """.formatted(odd));

            DiscordExportReader reader = DiscordExportReader.builder(file).tellingWhereTheRecordEnds(true).build();
            List<ChatEvent> events = ImporterFixtures.readAll(reader);

            assertThat(events).as(odd).hasSize(2).last().isEqualTo(new RecordEnds(T0, GUILD, GENERAL));
            assertThat(reader.report().warnings()).as(odd).singleElement().asString()
                    .startsWith("\"exportedAt\" \"").contains("is not a time");
        }
    }

    /**
     * DiscordChatExporter dates an export at its start: messages written while a long one ran come after it, and the
     * record holds them, so it never stops before the last event (which keeps the file's events in time order). A
     * {@code dateRange.before} earlier than exportedAt stops it there: nothing after it was asked for. A file cut off
     * stops at its last complete message. An exportedAt written after the messages counts as well.
     */
    @Test
    void theRecordNeverStopsBeforeTheLastEventNorAfterTheDateRangeNorPastACut() throws Exception {
        Path late = Files.writeString(dir.resolve("late.json"), """
                {"guild":{"id":"1","name":"G"},"channel":{"id":"10","type":"GuildTextChat","name":"general"},
                 "exportedAt":"2026-03-03T09:59:00+00:00",
                 "messages":[{"id":"100","type":"Default","timestamp":"2026-03-03T10:00:00+00:00",
                   "content":"anyone got a spare clamp?","author":{"id":"1","name":"ola","isBot":false}}]}
                """);
        Path ranged = Files.writeString(dir.resolve("ranged.json"), """
                {"guild":{"id":"1","name":"G"},"channel":{"id":"10","type":"GuildTextChat","name":"general"},
                 "dateRange":{"after":null,"before":"2026-03-04T00:00:00+00:00"},
                 "exportedAt":"2026-03-09T09:00:00+00:00",
                 "messages":[{"id":"100","type":"Default","timestamp":"2026-03-03T10:00:00+00:00",
                   "content":"anyone got a spare clamp?","author":{"id":"1","name":"ola","isBot":false}}]}
                """);
        Path cut = Files.writeString(dir.resolve("cut.json"), """
                {"guild":{"id":"1","name":"G"},"channel":{"id":"10","type":"GuildTextChat","name":"general"},
                 "exportedAt":"2026-03-09T09:00:00+00:00",
                 "messages":[{"id":"100","type":"Default","timestamp":"2026-03-03T10:00:00+00:00",
                   "content":"anyone got a spare clamp?","author":{"id":"1","name":"ola","isBot":false}},
                   {"id":"101","type":"Default","timestamp":"2026-03-03T10:05:00+00:00","content":"any""");
        Path after = Files.writeString(dir.resolve("after.json"), """
                {"guild":{"id":"1","name":"G"},"channel":{"id":"10","type":"GuildTextChat","name":"general"},
                 "messages":[{"id":"100","type":"Default","timestamp":"2026-03-03T10:00:00+00:00",
                   "content":"anyone got a spare clamp?","author":{"id":"1","name":"ola","isBot":false}}],
                 "exportedAt":"2026-03-05T08:00:00+00:00","messageCount":1}
                """);

        assertThat(events(DiscordExportReader.builder(late).tellingWhereTheRecordEnds(true)))
                .last().isEqualTo(new RecordEnds(T0, GUILD, GENERAL));
        assertThat(events(DiscordExportReader.builder(ranged).tellingWhereTheRecordEnds(true)))
                .last().isEqualTo(new RecordEnds(Instant.parse("2026-03-04T00:00:00Z"), GUILD, GENERAL));
        assertThat(events(DiscordExportReader.builder(cut).tellingWhereTheRecordEnds(true)))
                .hasSize(2).last().isEqualTo(new RecordEnds(T0, GUILD, GENERAL));
        assertThat(events(DiscordExportReader.builder(after).tellingWhereTheRecordEnds(true)))
                .last().isEqualTo(new RecordEnds(Instant.parse("2026-03-05T08:00:00Z"), GUILD, GENERAL));
    }

    /** An export with no message tells no end: there is no record of the channel to stop. */
    @Test
    void anExportWithoutMessagesTellsNothing() throws Exception {
        Path file = new DiscordExportBuilder("1", "10").writeTo(dir.resolve("empty.json"));

        assertThat(events(DiscordExportReader.builder(file).tellingWhereTheRecordEnds(true))).isEmpty();
    }

    /**
     * Files of one channel are one record (an export in parts, overlapping exports): a file's end is passed over while
     * another file that has spoken in that channel is still read, and the last one ends the record. Files of other
     * channels end each their own, at their own time.
     */
    @Test
    void partsOfOneChannelEndItsRecordOnceAtTheLastPartsEnd() throws Exception {
        Path part1 = new DiscordExportBuilder("1", "10")
                .message("100", T0, "1", "first part, morning")
                .message("102", T0.plusSeconds(600), "1", "first part, later")
                .exportedAt(T0.plusSeconds(300)).writeTo(dir.resolve("general [part 1].json"));
        Path part2 = new DiscordExportBuilder("1", "10")
                .message("101", T0.plusSeconds(200), "2", "second part begins before the first's end")
                .message("103", T0.plusSeconds(3600), "2", "second part, an hour on")
                .exportedAt(T0.plusSeconds(3900)).writeTo(dir.resolve("general [part 2].json"));
        Path other = new DiscordExportBuilder("1", "20")
                .message("200", T0.plusSeconds(100), "3", "another channel")
                .exportedAt(T0.plusSeconds(1200)).writeTo(dir.resolve("market.json"));

        List<ChatEvent> events;
        long passedOver;
        try (EventReader reader = EventReaders.forCoaching().openAll(List.of(part1, part2, other), Optional.empty())) {
            events = ImporterFixtures.readAll(reader);
            passedOver = ((MergedEventStream) reader).endsPassedOver();
        }

        assertThat(events).filteredOn(e -> e instanceof RecordEnds).containsExactly(
                new RecordEnds(T0.plusSeconds(1200), GUILD, ChannelId.of("20")),
                new RecordEnds(T0.plusSeconds(3900), GUILD, GENERAL));
        assertThat(passedOver).isEqualTo(1);
    }

    private static ImportReport readReport(DiscordExportReader reader) throws Exception {
        ImporterFixtures.readAll(reader);
        return reader.report();
    }
}
