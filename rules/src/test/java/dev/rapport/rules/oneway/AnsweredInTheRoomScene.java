package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;

import java.time.Duration;

/**
 * The scene {@code AnsweredInTheRoomTest} and {@code engine/AnsweredInTheRoomRestartTest} share, step by step, so a
 * restart can be put between any two steps: Bob asks a question under Ana's quip, naming nobody; Dev answers it in the
 * room; Bob may thank him; Ana, coached, is around elsewhere while the answer owed would be hers.
 */
public final class AnsweredInTheRoomScene {

    /** The post Bob's question is about (where an answer to him goes), and the question itself. */
    public record Asked(MessageId plan, MessageId question) {
    }

    private AnsweredInTheRoomScene() {
    }

    /** Bob shares a plan; Ana quips under it; Bob's question follows under her quip, naming nobody. */
    public static Asked asked(Chat chat) {
        MessageId plan = chat.say("bob", "general", "planning a ride along the coast on Saturday, first long one");
        chat.later(Duration.ofMinutes(10));
        MessageId quip = chat.reply("ana", "general", plan, "bob", "bring more snacks than you think you need");
        chat.later(Duration.ofMinutes(10));
        MessageId question = chat.reply("bob", "general", quip, "ana", "ha, noted. is a hybrid ok for the path?");
        return new Asked(plan, question);
    }

    /** Dev answers Bob under {@code under}, now. */
    public static MessageId answered(Chat chat, MessageId under) {
        return chat.reply("dev", "general", under, "bob",
                "the coastal path is fine on a hybrid, just walk the last stony stretch down to the harbour");
    }

    /** Half an hour on, Bob thanks Dev for {@code answer}. */
    public static void thanked(Chat chat, MessageId answer) {
        chat.later(Duration.ofMinutes(30));
        chat.reply("bob", "general", answer, "dev", "thanks Dev, hybrid it is then");
    }

    /** Ana is around, busy elsewhere (an answer owed would be hers to give), and her day to answer goes by. */
    public static void anaAroundElsewhere(Chat chat, Duration after) {
        chat.later(after).say("ana", "workshop", "truing a wheel for a friend this afternoon");
        chat.later(Duration.ofHours(30));
    }
}
