package dev.rapport.bot.coach;

import dev.rapport.bot.storage.optin.GoalCounts;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.OptIns;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine asks the opt-ins what a person wants from a community; admins see only how many chose what. */
class OptInGoalTest {
    private static final UserId ANA = UserId.of("7");
    private static final UserId BEN = UserId.of("8");
    private static final CommunityId MAKERS = CommunityId.of("1");
    private static final CommunityId STUDY = CommunityId.of("2");
    private static final CommunityId ELSEWHERE = CommunityId.of("3");
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private static OptIn consent(UserId user, CommunityId community, Instant at, Optional<Goal> goal) {
        return OptIn.consent("discord", user, community, at, ZoneOffset.UTC).withGoal(goal);
    }

    @Test
    void aPersonMayWantDifferentThingsFromDifferentCommunities() {
        ListedOptIns optIns = new ListedOptIns();
        optIns.save(consent(ANA, MAKERS, T0, Optional.of(Goal.FIND_CUSTOMERS)));
        optIns.save(consent(ANA, STUDY, T0.plusSeconds(60), Optional.of(Goal.LEARN)));
        OptInLookup lookup = new OptInLookup(optIns, "discord");

        assertThat(lookup.goalOf(ANA, MAKERS)).contains(Goal.FIND_CUSTOMERS);
        assertThat(lookup.goalOf(ANA, STUDY)).contains(Goal.LEARN);
        assertThat(lookup.goalOf(ANA, ELSEWHERE)).as("where she did not opt in: her earliest consent's")
                .contains(Goal.FIND_CUSTOMERS);
    }

    @Test
    void notSayingLeavesTheCommunitysGoalToApply() {
        ListedOptIns optIns = new ListedOptIns();
        optIns.save(consent(BEN, MAKERS, T0, Optional.empty()));
        assertThat(new OptInLookup(optIns, "discord").goalOf(BEN, MAKERS)).isEmpty();
        assertThat(new OptInLookup(optIns, "discord").goalOf(UserId.of("99"), MAKERS)).isEmpty();
    }

    @Test
    void goalCountsCountOneCommunityOnOnePlatformAndNameNobody() {
        ListedOptIns optIns = new ListedOptIns();
        optIns.save(consent(ANA, MAKERS, T0, Optional.of(Goal.LEARN)));
        optIns.save(consent(BEN, MAKERS, T0, Optional.empty()));
        optIns.save(consent(BEN, STUDY, T0, Optional.of(Goal.LEARN)));
        optIns.save(OptIn.consent("irc", ANA, MAKERS, T0, ZoneOffset.UTC).withGoal(Optional.of(Goal.LEARN)));

        GoalCounts counts = new OptInLookup(optIns, "discord").goalCounts(MAKERS);

        assertThat(counts.of(Goal.LEARN)).isEqualTo(1);
        assertThat(counts.of(Goal.FIND_CUSTOMERS)).isZero();
        assertThat(counts.notSaid()).isEqualTo(1);
        assertThat(counts.total()).isEqualTo(2);
    }
}
