package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.UserId;

import java.util.List;

/** Folds a message into a community's tallies for a test, its text cues worked out as the live engine does. */
final class ObservedInTest {
    private ObservedInTest() {
    }

    /** {@link CommunityState#observe} of {@code m}, with no cues prepared ahead. */
    static void observe(CommunityState community, ChatMessage m, List<UserId> addressees, boolean question,
                        boolean answer) {
        community.observe(m, addressees, Cues.of(m.text(), m.links(), null), question, answer);
    }
}
