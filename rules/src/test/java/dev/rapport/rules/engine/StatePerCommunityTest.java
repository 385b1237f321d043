package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person coached in two communities has a state in each: the rules look at their behaviour within one community,
 * each community's state is saved and restored on its own (so two processes can each own some), and a week's report
 * over all of them adds the numbers up.
 */
class StatePerCommunityTest {
    private static final Pseudonyms PSEUDONYMS = new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8));
    private static final UserId ANA = UserId.of("ana");
    private static final CommunityId GARDEN = CommunityId.of("garden");
    private static final CommunityId MAKERS = CommunityId.of("makers");

    private static CoachEngine engine() {
        return CoachEngine.builder().rules(RuleCatalogue.standard().rules())
                .enrollment(user -> Optional.of(ZoneOffset.UTC)).promoDetector(Chat.MARKED)
                .pseudonyms(PSEUDONYMS).build();
    }

    private static ChatMessage message(String id, Instant at, CommunityId where, String channel, String text) {
        return ChatMessage.builder().id(id).at(at).in(where.value(), channel).by("ana").text(text).build();
    }

    @Test
    void eachCommunityKeepsItsOwnNumbersAndTheWeekAddsThemUp() {
        CoachEngine engine = engine();
        for (int i = 0; i < 3; i++) {
            engine.accept(message("g" + i, Chat.START.plusSeconds(i * 60L), GARDEN, "general", "hello you " + i));
        }
        for (int i = 0; i < 2; i++) {
            engine.accept(message("m" + i, Chat.START.plusSeconds(600 + i * 60L), MAKERS, "general", "hi you " + i));
        }
        IsoWeek week = IsoWeek.of(Chat.START, ZoneOffset.UTC);

        assertThat(engine.communitiesOf(ANA)).containsExactly(GARDEN, MAKERS);
        assertThat(engine.report(ANA, GARDEN, week).orElseThrow().stats().messages()).isEqualTo(3);
        assertThat(engine.report(ANA, MAKERS, week).orElseThrow().stats().messages()).isEqualTo(2);
        assertThat(engine.report(ANA, week).orElseThrow().stats().messages()).isEqualTo(5);
        assertThat(engine.drainChanged()).containsExactlyInAnyOrder(new PersonInCommunity(ANA, GARDEN),
                new PersonInCommunity(ANA, MAKERS));
    }

    @Test
    void aCommunityIsToBeSavedAgainOnlyWhenSomethingIsSaidThereNotWhenItIsOnlyRead() {
        CoachEngine engine = engine();
        engine.accept(message("g0", Chat.START, GARDEN, "general", "hello you"));
        engine.accept(message("m0", Chat.START.plusSeconds(60), MAKERS, "general", "hi you"));
        assertThat(engine.drainChangedCommunities()).containsExactlyInAnyOrder(GARDEN, MAKERS);

        // Time passing, the week's end (which reads both communities) and reports change nothing kept.
        engine.advanceTo(Chat.START.plus(java.time.Duration.ofDays(8)));
        engine.report(ANA, IsoWeek.of(Chat.START, ZoneOffset.UTC));
        assertThat(engine.drainChangedCommunities()).isEmpty();

        engine.accept(message("g1", Chat.START.plus(java.time.Duration.ofDays(8)).plusSeconds(60), GARDEN, "general",
                "back again"));
        assertThat(engine.drainChangedCommunities()).containsExactly(GARDEN);
    }

    @Test
    void aLinkRepeatedWithinOneCommunityIsSeen() {
        CoachEngine engine = engine();
        List<RuleId> fired = new ArrayList<>();
        String[] channels = {"general", "offers", "random"};
        for (int i = 0; i < 3; i++) {
            engine.accept(message("g" + i, Chat.START.plusSeconds(i * 60L), GARDEN, channels[i], "our sale https://ana.shop"))
                    .forEach(f -> fired.add(f.rule()));
        }
        assertThat(fired).contains(RuleId.LINKS_REPEAT);
    }

    @Test
    void behaviourIsJudgedWithinOneCommunityNotAcrossThem() {
        CoachEngine engine = engine();
        List<RuleId> fired = new ArrayList<>();
        // The same three posts as above, but spread over two communities: neither community saw a repeat.
        engine.accept(message("g0", Chat.START, GARDEN, "general", "our sale https://ana.shop")).forEach(f -> fired.add(f.rule()));
        engine.accept(message("g1", Chat.START.plusSeconds(60), GARDEN, "offers", "our sale https://ana.shop")).forEach(f -> fired.add(f.rule()));
        engine.accept(message("m0", Chat.START.plusSeconds(120), MAKERS, "random", "our sale https://ana.shop")).forEach(f -> fired.add(f.rule()));
        assertThat(fired).doesNotContain(RuleId.LINKS_REPEAT);
    }

    @Test
    void aCommunityIsRestoredOnItsOwnAndTheOtherIsLeftAlone() {
        CoachEngine before = engine();
        before.accept(message("g0", Chat.START, GARDEN, "general", "hello you"));
        before.accept(message("m0", Chat.START.plusSeconds(60), MAKERS, "general", "hi you"));
        UserSnapshot garden = before.snapshot(ANA, GARDEN).orElseThrow();
        assertThat(garden.key()).isEqualTo(new PersonInCommunity(ANA, GARDEN));
        assertThat(before.snapshots(ANA)).extracting(UserSnapshot::key)
                .containsExactly(new PersonInCommunity(ANA, GARDEN), new PersonInCommunity(ANA, MAKERS));

        CoachEngine after = engine();
        after.restore(garden);
        assertThat(after.communitiesOf(ANA)).containsExactly(GARDEN);
        assertThat(after.snapshot(ANA, MAKERS)).isEmpty();
        assertThat(after.snapshot(ANA, GARDEN)).contains(garden);
    }

    @Test
    void aStoredWeekReadsTheSameAsTheRunningEngineSaysIt() {
        CoachEngine engine = engine();
        for (int i = 0; i < 4; i++) {
            engine.accept(message("g" + i, Chat.START.plusSeconds(i * 60L), GARDEN, "general", "hello you " + i));
        }
        engine.accept(message("m0", Chat.START.plusSeconds(600), MAKERS, "general", "hi you"));
        IsoWeek week = IsoWeek.of(Chat.START, ZoneOffset.UTC);

        assertThat(WeeklyReports.combined(ANA, engine.snapshots(ANA), week).orElseThrow().stats())
                .isEqualTo(engine.report(ANA, week).orElseThrow().stats());
        assertThat(WeeklyReports.of(engine.snapshot(ANA, GARDEN).orElseThrow(), week).orElseThrow().stats())
                .isEqualTo(engine.report(ANA, GARDEN, week).orElseThrow().stats());
        assertThat(WeeklyReports.of(engine.snapshot(ANA, GARDEN).orElseThrow(), week.previous())).isEmpty();
    }
}
