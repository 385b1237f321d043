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

    // --- a link that opens a conversation ----------------------------------------------------------------------

    /**
     * A club member posts her own analyses and an article, each with a word on why; each time someone answers and
     * she talks with them: links shared in the middle of talk, which is what the tip would ask of her.
     */
    @Test
    void staysQuietWhenEachLinkPostDrawsAnAnswerSheTalksAbout() {
        Chat chat = Chat.coaching("ana");
        linkPostsWithTalk(chat, true);
        chat.finish();
        assertThat(chat.findings(LINKS_SHARE)).isEmpty();
    }

    /** ... while the same posts, answered each time but never talked about with whoever answered, are a link habit. */
    @Test
    void firesWhenTheLinkPostsDrawAnswersSheNeverTalksAbout() {
        Chat chat = Chat.coaching("ana");
        linkPostsWithTalk(chat, false);
        chat.finish();
        assertThat(chat.findings(LINKS_SHARE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("share-percent")).isEqualTo(40));
    }

    /**
     * Ana posts four links with a line each in #club on four evenings and Bob answers each post; when
     * {@code talksBack}, she answers him there, otherwise she goes on about her day elsewhere. Her other messages,
     * chat in #lounge, make her week ten messages either way.
     */
    private static void linkPostsWithTalk(Chat chat, boolean talksBack) {
        String[][] posts = {
            {"drew my race route against the winner's, lost two minutes on one leg: https://routes.example/ana/1",
                "losing two minutes on one leg takes real talent", "thanks, very supportive"},
            {"this piece on picking attack points explains that leg well: https://reading.example/attack-points",
                "oh that's useful, I always just run straight at the flag", "same, that was exactly my mistake"},
            {"compared everyone's routes on the long leg, nearly all went left: https://routes.example/ana/2",
                "the right was shorter but went through the car park", "true, and the car park was packed"},
            {"my line from sunday, the climb after the stile is brutal: https://tracks.example/ana/fell",
                "wellies next time then", "or a boat, honestly"},
        };
        for (String[] post : posts) {
            chat.later(java.time.Duration.ofHours(20));
            chat.say("ana", "club", post[0]);
            chat.later(java.time.Duration.ofMinutes(15));
            chat.say("bob", "club", post[1]);
            if (talksBack) {
                chat.later(java.time.Duration.ofMinutes(10));
                chat.say("ana", "club", post[2]);
            }
        }
        for (int i = 0; i < (talksBack ? 2 : 6); i++) {
            chat.later(java.time.Duration.ofHours(1));
            chat.say("ana", "lounge", "lovely evening for a run, see some of you on saturday " + i);
        }
    }

    @Test
    void staysQuietWhenLinksAnswerOtherPeoplesQuestions() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 6; i++) {
            MessageId q = chat.say("bob" + i, "help", "anyone know where to buy glass jars in bulk?");
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
        chat.say("bob", "help", "anyone know where to buy glass jars in bulk?");
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
