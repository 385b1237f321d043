package dev.rapport.rules.addressing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentWordsTest {

    @Test
    void messagesAboutTheSameThingShareWords() {
        int[] question = ContentWords.of("my xorg.conf has no Screen section");
        int[] answer = ContentWords.of("add a screen section to xorg.conf");
        assertThat(ContentWords.shared(question, answer)).isEqualTo(3);
        assertThat(ContentWords.sharedLong(question, answer)).isEqualTo(3);
    }

    @Test
    void shortWordsAreSharedButNotCountedAsLong() {
        int[] a = ContentWords.of("the cpu fan is loud");
        int[] b = ContentWords.of("clean the cpu fan");
        assertThat(ContentWords.shared(a, b)).isEqualTo(2);
        assertThat(ContentWords.sharedLong(a, b)).isZero();
    }

    @Test
    void functionWordsAndChatFillersAreNotShared() {
        assertThat(ContentWords.shared(ContentWords.of("and the thing is that you can"),
                ContentWords.of("you can do that with the other one"))).isZero();
    }

    @Test
    void caseDoesNotMatterAndRepeatsCountOnce() {
        assertThat(ContentWords.of("Grub GRUB grub")).hasSize(1);
        assertThat(ContentWords.shared(ContentWords.of("Grub"), ContentWords.of("grub"))).isEqualTo(1);
    }

    @Test
    void shortWordsAndEmptyTextGiveNothing() {
        assertThat(ContentWords.of("ok so it is")).isEmpty();
        assertThat(ContentWords.of("")).isEmpty();
    }

    @Test
    void aLongMessageKeepsABoundedNumberOfWords() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("word").append(i).append(' ');
        }
        assertThat(ContentWords.of(text.toString())).hasSize(ContentWords.MAX_WORDS);
    }
}
