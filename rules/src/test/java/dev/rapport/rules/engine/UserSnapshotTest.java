package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.rule.RuleId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's state survives a restart: snapshot, new engine, restore, and the rules carry on as if nothing happened. */
class UserSnapshotTest {
    private static final CommunityId C = CommunityId.of("c");
    private static final Pseudonyms PSEUDONYMS = new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8));

    private static CoachEngine engine() {
        return CoachEngine.builder().rules(RuleCatalogue.standard().rules())
                .enrollment(user -> java.util.Optional.of(ZoneOffset.UTC)).promoDetector(Chat.MARKED)
                .pseudonyms(PSEUDONYMS).build();
    }

    private static ChatMessage message(String id, Instant at, String author, String channel, String text) {
        return ChatMessage.builder().id(id).at(at).in("c", channel).by(author).text(text).build();
    }

    @Test
    void aCrossPostSpanningARestartIsStillRecognised() {
        CoachEngine before = engine();
        before.accept(message("1", Chat.START, "ana", "general", "our sale https://ana.shop"));
        before.accept(message("2", Chat.START.plusSeconds(60), "ana", "offers", "our sale https://ana.shop"));
        UserSnapshot saved = before.snapshot(UserId.of("ana"), C).orElseThrow();

        CoachEngine after = engine();
        after.restore(saved);
        var findings = after.accept(message("3", Chat.START.plusSeconds(120), "ana", "random", "our sale https://ana.shop"));
        assertThat(findings).extracting(f -> f.rule()).contains(RuleId.LINKS_REPEAT);
    }

    @Test
    void aQuestionWaitingAcrossARestartStillBecomesOverdue() {
        CoachEngine before = engine();
        before.accept(message("hi", Chat.START.minusSeconds(60), "ana", "general", "morning all"));
        before.accept(ChatMessage.builder().id("q").at(Chat.START).in("c", "general").by("bob").mention("ana")
                .text("do you ship to Canada?").build());
        // Ana is around after the question (she writes elsewhere), so it is judged at its deadline.
        before.accept(message("later", Chat.START.plusSeconds(600), "ana", "studio", "glazing all afternoon"));
        UserSnapshot saved = before.snapshot(UserId.of("ana"), C).orElseThrow();
        assertThat(saved.waiting()).singleElement().satisfies(w -> {
            assertThat(w.message()).isEqualTo(MessageId.of("q"));
            assertThat(w.from()).startsWith("p-").doesNotContain("bob");
        });

        CoachEngine after = engine();
        after.restore(saved);
        assertThat(after.advanceTo(Chat.START.plus(Duration.ofHours(25))))
                .extracting(f -> f.rule()).contains(RuleId.ONEWAY_UNANSWERED);
    }

    @Test
    void theWeeksNumbersAreTheSameAfterARestart() {
        CoachEngine before = engine();
        List<ChatMessage> week = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            week.add(message("m" + i, Chat.START.plusSeconds(i * 60L), "ana", "general", "hello you " + i));
        }
        week.forEach(before::accept);
        var report = before.report(UserId.of("ana"), before.weeksOf(UserId.of("ana")).get(0)).orElseThrow();

        CoachEngine after = engine();
        after.restore(before.snapshot(UserId.of("ana"), C).orElseThrow());
        var restored = after.report(UserId.of("ana"), report.week()).orElseThrow();
        assertThat(restored.stats()).isEqualTo(report.stats());
    }

    @Test
    void onlyPeopleWhoseStateChangedNeedSaving() {
        CoachEngine engine = engine();
        engine.accept(message("1", Chat.START, "ana", "general", "hello"));
        assertThat(engine.drainChanged()).containsExactly(new PersonInCommunity(UserId.of("ana"), C));
        assertThat(engine.drainChanged()).isEmpty();
    }
}
