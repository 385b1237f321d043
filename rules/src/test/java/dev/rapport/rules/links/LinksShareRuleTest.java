package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.util.function.IntFunction;

import static dev.rapport.rules.rule.RuleId.LINKS_SHARE;
import static org.assertj.core.api.Assertions.assertThat;

class LinksShareRuleTest {

    @Test
    void firesWhenMoreThanAThirdOfAWeeksMessagesCarryLinks() {
        Chat chat = sixPostsAndSixGreetings("general", i -> "new post https://ana.shop/p" + i);
        chat.finish();
        assertThat(chat.findings(LINKS_SHARE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("share-percent")).isEqualTo(50));
    }

    @Test
    void staysQuietWhenLinksAnswerOtherPeoplesQuestions() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 6; i++) {
            MessageId q = chat.say("bob" + i, "help", "does anyone know where to buy glass jars in bulk?");
            chat.reply("ana", "help", q, "bob" + i, "we use this supplier: https://jars.example/bulk");
        }
        for (int i = 0; i < 6; i++) {
            chat.say("ana", "general", "good morning everyone " + i);
        }
        chat.finish();
        assertThat(chat.findings(LINKS_SHARE)).isEmpty();
        assertThat(chat.report("ana").stats().questionsAnswered()).isEqualTo(6);
    }

    @Test
    void aThankYouToSomeoneWhoAskedIsNotAnAnswer() {
        Chat chat = Chat.coaching("ana");
        chat.say("bob", "help", "does anyone know where to buy glass jars in bulk?");
        chat.mention("ana", "help", "bob", "thanks bob!");
        chat.finish();
        assertThat(chat.report("ana").stats().questionsAnswered()).isZero();
    }

    @Test
    void staysQuietBelowTheMinimumNumberOfMessages() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 5; i++) {
            chat.say("ana", "general", "https://ana.shop/p" + i);
        }
        chat.finish();
        assertThat(chat.findings(LINKS_SHARE)).isEmpty();
    }

    @Test
    void firesWhenPicturesArePostedWithoutAskingAnything() {
        Chat chat = sixPostsAndSixGreetings("general", i -> "new ring in the shop https://img.example/ana/ring" + i + ".jpg");
        chat.finish();
        assertThat(chat.findings(LINKS_SHARE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("share-percent")).isEqualTo(50));
    }

    @Test
    void staysQuietWhenPicturesComeWithAQuestionAboutThem() {
        // Asking for feedback on a photo of one's work shows what is asked about; it is not sharing links.
        Chat chat = sixPostsAndSixGreetings("critique",
                i -> "is the light too harsh on this one? https://img.example/ana/ring" + i + ".jpg");
        chat.finish();
        assertThat(chat.findings(LINKS_SHARE)).isEmpty();
    }

    /** Ana's week: six posts written by {@code post} in {@code channel}, then six greetings in #general. */
    private static Chat sixPostsAndSixGreetings(String channel, IntFunction<String> post) {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 6; i++) {
            chat.say("ana", channel, post.apply(i));
        }
        for (int i = 0; i < 6; i++) {
            chat.say("ana", "general", "good morning everyone, lovely weather " + i);
        }
        return chat;
    }
}
