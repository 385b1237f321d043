package dev.rapport.rules.promo;

import dev.rapport.rules.text.AttentionVerbs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ask cues read their attention verbs from {@code text/AttentionVerbs}, the one place they are kept. */
class AskCuesSharedVerbsTest {

    @Test
    void theAskCuesListsAreTheSharedOnes() {
        assertThat(AskCues.ATTENTION_VERBS.words()).containsExactlyInAnyOrderElementsOf(AttentionVerbs.ON_ACCOUNTS);
        assertThat(AskCues.LOOKING.words()).containsExactlyInAnyOrderElementsOf(AttentionVerbs.LOOKING);
    }
}
