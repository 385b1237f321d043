package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatchUpTest {
    @Test
    void anApologyOrALateSeeingOpeningTheMessageOwnsUpToAWait() {
        assertThat(CatchUp.opens("so sorry, I only now saw this")).isTrue();
        assertThat(CatchUp.opens("Apologies for the silence! yes I can")).isTrue();
        assertThat(CatchUp.opens("Jo sorry, my phone died. how was it?")).isTrue();
        assertThat(CatchUp.opens("my bad, was away all week")).isTrue();
        assertThat(CatchUp.opens("only just seen this, did you find one?")).isTrue();
        assertThat(CatchUp.opens("Pat just back and saw this! next time for sure")).isTrue();
    }

    @Test
    void aGreetingThatOnlySaysOneIsBackMayComeBeforeTheOwningUp() {
        assertThat(CatchUp.opens("Back from the coast! Sam sorry, only just saw this. sure, go ahead")).isTrue();
        assertThat(CatchUp.opens("I'm back. Apologies for the wait, the answer is no")).isTrue();
    }

    @Test
    void aBackGreetingFollowedByNewsOrALaterApologyOwnsUpToNothing() {
        assertThat(CatchUp.opens("Back from the coast! the sea was freezing. sorry for the photo spam")).isFalse();
        assertThat(CatchUp.opens("Back from the coast with the van and sorry, it's scratched")).isFalse();
    }

    @Test
    void sympathyNewsOrAnApologyLaterInTheMessageOwnUpToNothing() {
        assertThat(CatchUp.opens("sorry to hear about your cat")).isFalse();
        assertThat(CatchUp.opens("so sorry for your loss")).isFalse();
        assertThat(CatchUp.opens("Back from the cabin! the lake was frozen")).isFalse();
        assertThat(CatchUp.opens("the new labels came in. sorry the back room looks like a jumble sale")).isFalse();
        assertThat(CatchUp.opens("has anyone seen the spare key?")).isFalse();
    }

    @Test
    void anApologyForAskingAgainOwnsUpToNoWait() {
        assertThat(CatchUp.opens("one more question sorry, which file do I send?")).isFalse();
        assertThat(CatchUp.opens("sorry to bother you again, is the hall free Friday?")).isFalse();
        assertThat(CatchUp.opens("sorry for all the questions, what size do I order?")).isFalse();
        assertThat(CatchUp.opens("sorry, another one: does the lid fit?")).isFalse();
    }

    @Test
    void anApologyForTheWaitStillOwnsUpWhateverItAsksNext() {
        assertThat(CatchUp.opens("so sorry for the wait! which file do I send?")).isTrue();
        assertThat(CatchUp.opens("sorry, only now saw this. does the lid fit?")).isTrue();
    }
}
