package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where everyone asks about the same goods, an answer to one asker shares the trade's words with every other request:
 * replying under a newcomer's question, it answers the newcomer, not the regular who asked the person by name about
 * the same kind of thing and still waits. The same words said to the room, the regular's job reported done, answer
 * the regular as a favour reported does, and so does a favour asked under someone's question, reported to them
 * under it.
 */
class AnswerToAnotherAskerTest {
    private static final ChannelInfo SHOP = ChannelInfo.of("shop-counter",
            "Place your orders and ask about prices here, our staff will reply.");
    private static final Set<String> STAFF = Set.of("Team");

    /** Ana, of the staff, is asked by Ruth by name for a rush job; then Pim, new, asks the room about the same goods. */
    private static MessageId[] askedByARegularThenByANewcomer(Chat chat) {
        chat.sayInWithRoles(SHOP, "ana", STAFF, "morning, the new kiln is fired up and running");
        chat.later(Duration.ofHours(1));
        MessageId ruths = chat.mentionIn("ruth", SHOP, "ana",
                "@ana we need twelve glazed planters for the café terrace by Friday. Could you fit them in?");
        chat.later(Duration.ofHours(1));
        MessageId pims = chat.sayIn(SHOP, "pim", "hello, just opened a garden centre. Do you make glazed planters in bulk?");
        chat.later(Duration.ofMinutes(30));
        return new MessageId[] {ruths, pims};
    }

    private static Chat shop() {
        return Chat.builder("ana").defaultRoles(Map.of("Team", Audience.IGNORE)).build();
    }

    @Test
    void firesWhenTheOnlyWordOnTheSameGoodsAnswersAnotherAskersQuestion() {
        Chat chat = shop();
        MessageId[] asked = askedByARegularThenByANewcomer(chat);
        chat.replyIn(SHOP, "ana", asked[1], "pim",
                "Welcome Pim! Yes, glazed planters in any size, twelve or more get a bulk price, ready by Friday week.");
        chat.later(Duration.ofHours(30));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void staysQuietWhenAFavourAskedUnderSomeonesQuestionIsReportedToThemThere() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "studio", "glaze buckets are topped up");
        chat.later(Duration.ofHours(1));
        MessageId ruths = chat.say("ruth", "studio", "is the big kiln free on Thursday evening? two bowls to fire");
        chat.later(Duration.ofMinutes(20));
        chat.replyMentioning("bo", "studio", ruths, "ruth", "ana",
                "it should be. @ana can you book the Thursday kiln slot for Ruth?");
        chat.later(Duration.ofHours(14));
        chat.reply("ana", "studio", ruths, "ruth", "Thursday kiln slot booked in your name, Ruth");
        chat.later(Duration.ofHours(30));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietWhenTheSameWordsToTheRoomReportTheRegularsJobDone() {
        Chat chat = shop();
        askedByARegularThenByANewcomer(chat);
        chat.sayInWithRoles(SHOP, "ana", STAFF,
                "the twelve glazed planters for the café terrace are out of the kiln, ready by Friday");
        chat.later(Duration.ofHours(30));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }
}
