package dev.rapport.rules.engine;

import dev.rapport.rules.text.TopicWords;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored topic words are keyed: the same words match under one installation's key and mean nothing under another. */
class TopicKeyTest {

    @Test
    void isSipHash24AsTheReferenceComputesIt() {
        // The reference implementation's vector for key 00..0f and the four bytes 00 01 02 03.
        byte[] key = new byte[16];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        assertThat(new TopicKey(key).sipHash(0x03020100)).isEqualTo(0xcf2794e0277187b7L);
    }

    @Test
    void twoQuestionsAboutTheSameThingStillShareWordsWhenKeyedButNotUnderAnotherKey() {
        TopicKey ours = new Pseudonyms("one installation's secret, long enough".getBytes(StandardCharsets.UTF_8)).topicKey();
        TopicKey theirs = new Pseudonyms("another installation's secret, long too".getBytes(StandardCharsets.UTF_8)).topicKey();
        int[] a = TopicWords.of("why does my browser warn about my self-signed certificate?");
        int[] b = TopicWords.of("how can I stop the certificate warning for a self-signed cert?");
        assertThat(TopicWords.sameTopic(ours.of(a), ours.of(b))).isTrue();
        assertThat(TopicWords.shared(ours.of(a), theirs.of(b))).isZero();
        assertThat(ours.of(a)).doesNotContain(a);
    }
}
