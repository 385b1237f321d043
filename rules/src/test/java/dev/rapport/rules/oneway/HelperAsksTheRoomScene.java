package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;

import java.time.Duration;

/**
 * The steps {@code GiveTakeRuleTest} and {@code GiveTakeRestartTest} share: Nia, a learner, is helped on three days
 * by Otto and talks each answer through with him; then Otto, who needs things too, asks the room, and someone takes
 * it up or nobody does. The restart test puts a restart between the steps.
 */
final class HelperAsksTheRoomScene {

    private HelperAsksTheRoomScene() {
    }

    /** Nia asks in the help room on three days; Otto answers each time with a question; she answers it. */
    static void helpedOnThreeDaysAndTalkedItThrough(Chat chat) {
        String[][] days = {
            {"my sourdough comes out flat every time, what am I doing wrong?",
                "try a shorter proof, six hours or so. how warm is your kitchen?",
                "about twenty four degrees, it is a small flat above a bakery"},
            {"tried a shorter proof today, better but the crust is pale. oven too cold?",
                "preheat the pot in the oven for half an hour first. do you bake with the lid on?",
                "lid on the whole time, I will take it off for the last twenty minutes"},
            {"why is the crumb gummy in the middle when the crust is dark now?",
                "let it cool for an hour before you cut it. how soon did you slice it?",
                "straight out of the oven, I could not wait"},
        };
        for (String[] day : days) {
            chat.later(Duration.ofDays(1));
            MessageId asked = chat.say("nia", "help", day[0]);
            MessageId answer = chat.reply("otto", "help", asked, "nia", day[1]);
            chat.reply("nia", "help", answer, "otto", day[2]);
        }
    }

    /** Two hours on, Otto asks the lounge whether anyone else's basil droops in the heat. */
    static MessageId helperAsksAboutHisBasil(Chat chat) {
        chat.later(Duration.ofHours(2));
        return chat.say("otto", "lounge", "does anyone else's basil droop every afternoon in this heat?");
    }

    /** Ten minutes on, Ulla answers Otto's question under it. */
    static void neighbourAnswers(Chat chat, MessageId asked) {
        chat.later(Duration.ofMinutes(10));
        chat.reply("ulla", "lounge", asked, "otto", "mine too, it perks up again once the sun is off the window");
    }

    /** Ten minutes on, Ulla's is the next word in the lounge, with no reply link. */
    static void neighbourSpeaksNext(Chat chat) {
        chat.later(Duration.ofMinutes(10));
        chat.say("ulla", "lounge", "mine does the same, it perks up again once the sun is off the window");
    }

    /** Three hours on, Nia chats in the lounge, and the week ends. */
    static Chat learnerChatsLater(Chat chat) {
        chat.later(Duration.ofHours(3));
        chat.say("nia", "lounge", "what a rainy day, the kitchen smells of bread though");
        return chat.finish();
    }

    /** Two hours on, Otto asks the lounge for a ladder; five minutes on, Nia posts her own news under it. */
    static void learnerPostsUnderTheHelpersRequest(Chat chat) {
        chat.later(Duration.ofHours(2));
        chat.say("otto", "lounge", "could anyone lend me a ladder on sunday? the gutter is overflowing again");
        chat.later(Duration.ofMinutes(5));
        chat.say("nia", "lounge", "so excited for the weekend, my sister is visiting");
    }
}
