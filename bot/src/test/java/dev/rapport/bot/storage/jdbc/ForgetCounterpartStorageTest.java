package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.support.EngineScript;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Forgetting a counterpart takes their pseudonym out of another person's snapshot everywhere. */
class ForgetCounterpartStorageTest {
    private static final UserId ALICE = UserId.of("alice-1001");
    private static final UserId BOB = UserId.of("bob-2002");
    private static final UserId CAROL = UserId.of("carol-3003");

    private final Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);
    private final EngineScript script = new EngineScript(pseudonyms, ALICE, BOB, CAROL, ZoneId.of("UTC"))
            .busyHour("m", Instant.parse("2026-02-02T10:00:00Z"));

    @Test
    void aRepeatGuardNamingTheCounterpartIsAMentionAndGoesWithThem() {
        // Bob pitched to Alice: the cold-sell rule's guard is keyed by her pseudonym.
        String alice = pseudonyms.of(ALICE);
        UserSnapshot bob = script.snapshot(BOB);
        assertThat(bob.fired().keySet()).anyMatch(k -> k.contains(alice));
        assertThat(bob.mentions(alice)).isTrue();
        assertThat(bob.withoutCounterpart(alice).fired().keySet()).noneMatch(k -> k.contains(alice));
    }

    @Test
    void afterScrubbingNothingMentionsTheCounterpart() {
        String alice = pseudonyms.of(ALICE);
        for (UserSnapshot s : script.snapshots()) {
            UserSnapshot scrubbed = s.withoutCounterpart(alice);
            assertThat(scrubbed.mentions(alice)).isFalse();
            assertThat(new SnapshotJson("test").write(scrubbed)).doesNotContain(alice);
        }
    }

    @Test
    void anEngineLetsGoOfSomeoneItKnowsOnlyByPseudonymInACommunityTakenBackFromStorage() {
        // Another process forgot Alice; this one restarted before and knows her in the guild by pseudonym only.
        String alice = pseudonyms.of(ALICE);
        CommunitySnapshot stored = script.engine().communitySnapshot(Fixtures.GUILD).orElseThrow();
        assertThat(stored.mentions(alice)).isTrue();
        CoachEngine restarted = new EngineScript(pseudonyms, ALICE, BOB, CAROL, ZoneId.of("UTC")).engine();
        restarted.restoreCommunity(stored);

        restarted.forgetInCommunities(alice::equals);

        CommunitySnapshot after = restarted.communitySnapshot(Fixtures.GUILD).orElseThrow();
        assertThat(after.mentions(alice)).isFalse();
        assertThat(after).isEqualTo(stored.withoutPerson(alice));
    }

    @Test
    void anEngineLettingGoOfForgottenPseudonymsKeepsEveryoneElse() {
        CommunitySnapshot before = script.engine().communitySnapshot(Fixtures.GUILD).orElseThrow();

        script.engine().forgetInCommunities(pseudonyms.of(UserId.of("someone-else"))::equals);

        assertThat(script.engine().communitySnapshot(Fixtures.GUILD).orElseThrow()).isEqualTo(before);
    }

    @Test
    void scrubbingKeepsWhatDoesNotConcernTheCounterpart() {
        UserSnapshot alice = script.snapshot(ALICE);
        UserSnapshot scrubbed = alice.withoutCounterpart(pseudonyms.of(CAROL));
        assertThat(scrubbed.waiting()).isEqualTo(alice.waiting());
        assertThat(scrubbed.links()).isEqualTo(alice.links());
        assertThat(scrubbed.fired()).isEqualTo(alice.fired());
        assertThat(scrubbed.contacts()).containsOnlyKeys(pseudonyms.of(BOB));
    }
}
