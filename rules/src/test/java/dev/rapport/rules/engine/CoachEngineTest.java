package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CoachEngineTest {

    @Test
    void analysesOnlyPeopleWhoOptedIn() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            chat.say("zed", "c" + i, "https://zed.example");
        }
        chat.finish();
        assertThat(chat.findings()).isEmpty();
        assertThat(chat.engine().coachedUsers()).isEmpty();
    }

    @Test
    void countsAMessageDeliveredTwiceOnce() {
        Chat chat = Chat.coaching("ana");
        ChatMessage m = ChatMessage.builder().id("42").at(Chat.START).in(Chat.COMMUNITY, "general").by("ana")
                .text("hello").build();
        chat.feed(m);
        chat.feed(m);
        assertThat(chat.report("ana").stats().messages()).isEqualTo(1);
        assertThat(chat.engine().duplicatesIgnored()).isEqualTo(1);
    }

    @Test
    void reEvaluatesAnEditedMessage() {
        Chat chat = Chat.coaching("ana");
        ChatMessage m = ChatMessage.builder().id("42").at(Chat.START).in(Chat.COMMUNITY, "general").by("ana")
                .text("hello").build();
        chat.feed(m);
        chat.feed(m.withText("hello https://ana.shop", dev.rapport.rules.links.LinkExtractor.extract("https://ana.shop")));
        assertThat(chat.report("ana").stats().messages()).isEqualTo(1);
        assertThat(chat.report("ana").stats().linkMessages()).isEqualTo(1);
    }

    @Test
    void removesADeletedMessageFromThePersonsWeek() {
        Chat chat = Chat.coaching("ana");
        MessageId id = chat.say("ana", "general", "https://ana.shop");
        chat.say("ana", "general", "hi");
        chat.delete(id, "general");
        assertThat(chat.report("ana").stats().messages()).isEqualTo(1);
        assertThat(chat.report("ana").stats().linkMessages()).isZero();
    }

    @Test
    void aDeletedQuestionNoLongerWaitsForAnAnswer() {
        Chat chat = Chat.coaching("ana");
        MessageId q = chat.mention("bob", "general", "ana", "are you open on sunday?");
        chat.delete(q, "general");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(RuleId.ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void closesAWeekWhenTimeMovesPastItsEnd() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 10; i++) {
            chat.say("ana", "general", "announcement " + i);
        }
        assertThat(chat.findings(RuleId.ONEWAY_BROADCAST)).isEmpty();
        chat.later(Duration.ofDays(7));
        assertThat(chat.findings(RuleId.ONEWAY_BROADCAST)).hasSize(1);
        assertThat(chat.findings(RuleId.ONEWAY_BROADCAST).get(0).week()).isEqualTo(new IsoWeek(2026, 2));
    }

    @Test
    void logOnlyRulesRecordFindingsThatAreNotTips() {
        Chat chat = Chat.builder("ana").rule(RuleId.LINKS_REPEAT, s -> s.with(RuleMode.LOG)).build();
        for (int i = 0; i < 3; i++) {
            chat.say("ana", "c" + i, "our shop is open: https://ana.shop");
        }
        assertThat(chat.findings(RuleId.LINKS_REPEAT)).singleElement()
                .satisfies(f -> assertThat(f.actionable()).isFalse());
        assertThat(chat.report("ana").tips()).isEmpty();
    }

    @Test
    void rulesSwitchedOffStaySilent() {
        Chat chat = Chat.builder("ana").rule(RuleId.LINKS_REPEAT, s -> s.with(RuleMode.OFF)).build();
        for (int i = 0; i < 3; i++) {
            chat.say("ana", "c" + i, "https://ana.shop");
        }
        assertThat(chat.findings(RuleId.LINKS_REPEAT)).isEmpty();
    }

    @Test
    void weeksRunInThePersonsOwnTimeZone() {
        // Sunday 23:30 in UTC is already Monday in Tokyo.
        var sundayNight = java.time.Instant.parse("2026-01-11T23:30:00Z");
        CoachEngine engine = CoachEngine.builder()
                .rules(dev.rapport.rules.rule.RuleCatalogue.standard().rules())
                .enrollment(user -> java.util.Optional.of(java.time.ZoneId.of("Asia/Tokyo")))
                .promoDetector(Chat.MARKED)
                .build();
        engine.accept(ChatMessage.builder().id("1").at(sundayNight).in("c", "general").by("ana").text("hi").build());
        assertThat(engine.weeksOf(UserId.of("ana"))).containsExactly(new IsoWeek(2026, 3));
        assertThat(IsoWeek.of(sundayNight, ZoneOffset.UTC)).isEqualTo(new IsoWeek(2026, 2));
    }

    @Test
    void newSettingsApplyFromTheNextMessage() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "c0", "our sale https://ana.shop");
        chat.say("ana", "c1", "our sale https://ana.shop");
        var current = chat.engine().settings();
        var rules = new java.util.EnumMap<>(current.rules());
        rules.put(RuleId.LINKS_REPEAT, rules.get(RuleId.LINKS_REPEAT).with(RuleMode.OFF));
        chat.engine().updateSettings(new dev.rapport.rules.config.CoachSettings(rules, current.communities(),
                current.helpWindow()));
        chat.say("ana", "c2", "our sale https://ana.shop");
        assertThat(chat.findings(RuleId.LINKS_REPEAT)).isEmpty();
    }

    @Test
    void aNewTimeZoneCountsFromNowOn() {
        var zones = new java.util.HashMap<UserId, java.time.ZoneId>();
        zones.put(UserId.of("ana"), ZoneOffset.UTC);
        CoachEngine engine = CoachEngine.builder().rules(dev.rapport.rules.rule.RuleCatalogue.standard().rules())
                .enrollment(u -> java.util.Optional.ofNullable(zones.get(u))).promoDetector(Chat.MARKED).build();
        var sundayNight = java.time.Instant.parse("2026-01-11T23:30:00Z");
        engine.accept(ChatMessage.builder().id("1").at(sundayNight.minusSeconds(3600)).in("c", "g").by("ana").text("hi").build());
        zones.put(UserId.of("ana"), java.time.ZoneId.of("Asia/Tokyo"));
        engine.enrollmentChanged(UserId.of("ana"));
        engine.accept(ChatMessage.builder().id("2").at(sundayNight).in("c", "g").by("ana").text("hi").build());
        assertThat(engine.weeksOf(UserId.of("ana"))).containsExactly(new IsoWeek(2026, 2), new IsoWeek(2026, 3));
    }

    @Test
    void reportComparesWithThePreviousWeekAndSaysWhatWentWellFirst() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 6; i++) {
            chat.say("ana", "general", "https://ana.shop/" + i);
        }
        chat.later(Duration.ofDays(7));
        for (int i = 0; i < 6; i++) {
            MessageId q = chat.say("bob", "help", "how do I price a custom order?");
            chat.reply("ana", "help", q, "bob", "start from your hourly rate and add materials");
        }
        var report = chat.engine().report(UserId.of("ana"), new IsoWeek(2026, 3)).orElseThrow();
        assertThat(report.previous()).isPresent();
        assertThat(report.changes()).anySatisfy(c -> {
            assertThat(c.metric()).isEqualTo("link share");
            assertThat(c.delta()).isEqualTo(-1.0);
        });
        assertThat(report.wentWell()).first().asString().contains("answered 6 questions");
    }

    @Test
    void reportsAtMostThreeTipsOnePerRuleMostSevereFirst() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 12; i++) {
            chat.say("ana", "c" + (i % 4), "[promo] I love my shop https://ana.shop/" + (i % 2));
        }
        chat.finish();
        var tips = chat.report("ana").tips();
        assertThat(tips).hasSizeLessThanOrEqualTo(3);
        assertThat(tips).extracting(f -> f.rule()).doesNotHaveDuplicates();
        assertThat(tips.get(0).severity()).isEqualTo(dev.rapport.rules.finding.Severity.HIGH);
    }

    @Test
    void othersAppearOnlyUnderPseudonyms() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            chat.mention("bob", "general", "ana", "tip number " + i);
        }
        chat.finish();
        var stats = chat.report("ana").stats();
        assertThat(stats.topCounterparts()).singleElement()
                .satisfies(c -> assertThat(c.pseudonym()).startsWith("p-").doesNotContain("bob"));
    }
}
