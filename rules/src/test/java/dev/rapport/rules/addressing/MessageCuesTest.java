package dev.rapport.rules.addressing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageCuesTest {

    @Test
    void questionMarkMakesAQuestionButNotInsideALink() {
        assertThat(MessageCues.isQuestion("is the mirror down?")).isTrue();
        assertThat(MessageCues.isQuestion("see http://example.org/search?q=mirror")).isFalse();
    }

    @Test
    void openCallToTheRoomInTheFirstWords() {
        assertThat(MessageCues.opensToTheRoom("hi all, does anyone use a tiling window manager")).isTrue();
        assertThat(MessageCues.opensToTheRoom("Anybody here with a spare minute?")).isTrue();
        assertThat(MessageCues.opensToTheRoom("the driver from the vendor works, if anyone cares")).isFalse();
    }

    @Test
    void thanksAnywhereButNotInsideAnotherWord() {
        assertThat(MessageCues.thanks("that worked, thanks!")).isTrue();
        assertThat(MessageCues.thanks("Thx a lot")).isTrue();
        assertThat(MessageCues.thanks("thankfully it boots again")).isFalse();
    }

    @Test
    void firstWordFromAList() {
        assertThat(MessageCues.startsWithFirstWord("and it still fails", MessageCues.CONNECTIVES)).isTrue();
        assertThat(MessageCues.startsWithFirstWord("  Yes, it is", MessageCues.ANSWER_WORDS)).isTrue();
        assertThat(MessageCues.startsWithFirstWord("yesterday it worked", MessageCues.ANSWER_WORDS)).isFalse();
    }

    @Test
    void shortMeansThreeWordsAtMost() {
        assertThat(MessageCues.isShort("ok got it")).isTrue();
        assertThat(MessageCues.isShort("ok I got it now")).isFalse();
    }
}
