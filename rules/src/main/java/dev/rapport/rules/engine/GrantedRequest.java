package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.text.GrantedWithATime;

/**
 * A reply that grants the person's own request and only puts a time back to them ("Sure, Tuesday evening?" under
 * their "may I drop by with the samples?"): their question is answered, and the time offered is theirs to take up by
 * turning up; nobody waits on them for a word back as for a question put to them ({@code oneway.unanswered}). Read
 * only under a message of theirs that asked something, as they remember it (their own messages of the last day): a
 * yes with a time under their news or their "let's chat" proposes something new, and still asks.
 */
final class GrantedRequest {
    private GrantedRequest() {
    }

    /** Whether {@code m} replies to a question of {@code to}'s, granting it with a time ({@link GrantedWithATime}). */
    static boolean of(ChatMessage m, UserId to, CoachedPeople people) {
        if (m.replyTo().isEmpty() || m.replyToAuthor().filter(to::equals).isEmpty() || !GrantedWithATime.is(m.text())) {
            return false;
        }
        UserState asker = people.existing(to, m.community());
        OwnMessage asked = asker == null ? null : asker.ownMessage(m.replyTo().get());
        return asked != null && asked.question();
    }
}
