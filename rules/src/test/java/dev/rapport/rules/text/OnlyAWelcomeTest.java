package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A welcome greets a newcomer; it answers nothing they asked of someone else. */
class OnlyAWelcomeTest {

    @Test
    void aWelcomeWithAPleasantryAboutBeingHereIsOnlyAWelcome() {
        assertThat(OnlyAWelcome.is("Welcome Jo! so good to have you here 😊")).isTrue();
        assertThat(OnlyAWelcome.is("a warm welcome, glad you joined")).isTrue();
        assertThat(OnlyAWelcome.is("welcome aboard @Jo Lane!")).isTrue();
        assertThat(OnlyAWelcome.is("Welcome Jo, lovely to have parents here too")).isTrue();
    }

    /** A welcome that goes on to say something, or asks, is read as any reply is. */
    @Test
    void aWelcomeThatSaysSomethingElseIsAReply() {
        assertThat(OnlyAWelcome.is("welcome! the Tuesday class at the hall is lovely")).isFalse();
        assertThat(OnlyAWelcome.is("Welcome Jo! which area are you in?")).isFalse();
        assertThat(OnlyAWelcome.is("welcome, try the pinned guide first: https://example.org/guide")).isFalse();
        assertThat(OnlyAWelcome.is("you're welcome, the blue one fits")).isFalse();
    }
}
