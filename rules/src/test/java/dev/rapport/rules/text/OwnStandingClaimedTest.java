package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Since session 63: words that tell of the writer's standing (prizes, rank, best-ever work, demand), not of what to do. */
class OwnStandingClaimedTest {

    @Test
    void prizesRankBestEverAndDemandClaimOnesStanding() {
        assertThat(OwnStandingClaimed.in("My lemon drizzle took a rosette at the show two summers running")).isTrue();
        assertThat(OwnStandingClaimed.in("I bake more loaves a week than anybody in my street")).isTrue();
        assertThat(OwnStandingClaimed.in("I made the finest wedding cake my cousin had ever seen")).isTrue();
        assertThat(OwnStandingClaimed.in("my scones are the lightest at the market")).isTrue();
        assertThat(OwnStandingClaimed.in("I'm fully booked for celebration cakes until the spring")).isTrue();
        assertThat(OwnStandingClaimed.in("the fruit loaf is my top seller")).isTrue();
    }

    @Test
    void whatOneDidAndWhatCameOfItClaimsNothing() {
        assertThat(OwnStandingClaimed.in("I lowered my oven by twenty degrees and I left the door shut")).isFalse();
        assertThat(OwnStandingClaimed.in("I ice mine once the sponge is fully cold and my buttercream stays smooth"))
                .isFalse();
        assertThat(OwnStandingClaimed.in("my scones rose better once I rubbed the butter in cold")).isFalse();
        assertThat(OwnStandingClaimed.in("the best fix I found was a colder fridge")).isFalse();
    }
}
