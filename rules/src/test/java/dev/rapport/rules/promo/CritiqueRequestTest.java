package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.text.CritiqueRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a channel made for feedback, one's own work shown with a request for critique asks the members for their eye:
 * a request, not promotion. The request decides, not the channel: a launch with a code dropped there still sells.
 */
class CritiqueRequestTest {
    private static final ChannelInfo CRITIQUE = new ChannelInfo("critique", "Post your work, get critique, give some back.");
    private int id;

    private void post(Chat chat, String text) {
        chat.later(Duration.ofDays(1));
        chat.feed(ChatMessage.builder().id("c" + id++).at(chat.now()).in(Chat.COMMUNITY, CRITIQUE.name())
                .channelInfo(CRITIQUE).by("ana").text(text).build());
    }

    @Test
    void onesOwnPageOfferedForCritiqueIsARequestNotPromotion() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        post(chat, "I'd love honest feedback on the portfolio site, be brutal https://ana-design.example");
        post(chat, "reworked my portfolio site after your notes, is the about page clearer now? "
                + "https://ana-design.example/about");
        post(chat, "tear my new case study apart please, it feels too long https://ana-design.example/case-study");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void aLaunchWithACodeDroppedInAFeedbackChannelIsStillPromotion() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        post(chat, "my icon pack is out now! 30% off this week with code ICONS30 https://ana-design.example/icons");
        post(chat, "my icon pack sale ends soon, buy it here https://ana-design.example/icons");
        post(chat, "last day for 30% off my icon pack, code ICONS30 https://ana-design.example/icons");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    private void postIn(Chat chat, ChannelInfo channel, String text) {
        chat.later(Duration.ofDays(1));
        chat.feed(ChatMessage.builder().id("c" + id++).at(chat.now()).in(Chat.COMMUNITY, channel.name())
                .channelInfo(channel).by("ana").text(text).build());
    }

    @Test
    void aChannelNamedToRoastMembersWorkIsACritiqueChannelSoAskingThereForAnEyeIsNoPromotion() {
        ChannelInfo roast = new ChannelInfo("roast-my-shop", "");
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        postIn(chat, roast, "roast it, nobody gets past my checkout page: https://ana-crafts.example/checkout");
        postIn(chat, roast, "second try at my checkout page after your notes, clearer? https://ana-crafts.example/checkout");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theSameWorkPushedIntoAChannelAboutRoastingCoffeeIsStillPromotion() {
        ChannelInfo beans = new ChannelInfo("home-roasting", "Green beans, roast levels, gear.");
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        postIn(chat, beans, "my roastery's online shop is open, 20% off your first bag with code BEANS20 "
                + "https://ana-roasts.example/shop");
        postIn(chat, beans, "last days of 20% off at my shop, buy a bag here https://ana-roasts.example/shop");
        postIn(chat, beans, "my new espresso blend is in the shop now, order here https://ana-roasts.example/shop");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void aRequestIsAQuestionOrAWordOfCritique() {
        assertThat(CritiqueRequest.is("roast my onboarding emails")).isTrue();
        assertThat(CritiqueRequest.is("too cluttered?")).isTrue();
        assertThat(CritiqueRequest.is("my new theme is live, grab it here")).isFalse();
    }
}
