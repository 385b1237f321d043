package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A priced listing in the room made for listings is in its place and counts for nothing there; the same offer taken
 * from it into the chat rooms and under other people's questions within the day is one sale scattered over the server,
 * which the listing's room is part of.
 */
class ScatteredOfferTest {

    private static final ChannelInfo FOR_SALE = ChannelInfo.of("for-sale", "list what you make here");
    private static final ChannelInfo CHAT = ChannelInfo.of("studio-chat", "anything clay");
    private static final ChannelInfo HELP = ChannelInfo.of("glaze-help", "stuck? ask here");
    private static final ChannelInfo FIRING = ChannelInfo.of("kiln-talk", "firing schedules and cones");
    private static final String LISTING = "Stoneware mugs, £24 each, sea-green glaze, ships in a week: "
            + "https://tamsin-pots.example/mugs";

    @Test
    void aListingTakenIntoTwoMoreRoomsWithinTheDayIsPromotionAndACrossPost() {
        Chat chat = Chat.coaching("tamsin");
        chat.sayIn(FOR_SALE, "tamsin", LISTING);
        chat.later(Duration.ofMinutes(5));
        chat.sayIn(CHAT, "tamsin", "they're out of the kiln!! grab one before they go: https://tamsin-pots.example/mugs");
        chat.later(Duration.ofMinutes(5));
        chat.sayIn(FIRING, "tamsin", "the last of the mugs are here if anyone wants one https://tamsin-pots.example/mugs");

        assertThat(chat.findings(PROMO_SELF)).as("one sale in three rooms in ten minutes").hasSize(1);
        assertThat(chat.findings(LINKS_REPEAT)).as("the listing's room is one of the three").hasSize(1);
    }

    @Test
    void theListingsLinkUnderSomeonesQuestionTheSameDayIsAPlugNotHelp() {
        Chat chat = Chat.coaching("tamsin");
        chat.sayIn(FOR_SALE, "tamsin", LISTING);
        chat.later(Duration.ofHours(3));
        chat.sayIn(CHAT, "tamsin", "they're out of the kiln!! grab one before they go: https://tamsin-pots.example/mugs");
        chat.later(Duration.ofHours(6));
        MessageId question = chat.sayIn(HELP, "oren", "why does my glaze crawl off the rim?");
        chat.replyIn(HELP, "tamsin", question, "oren", "wipe the bisque with a damp sponge first. mine never crawl, "
                + "still a few left: https://tamsin-pots.example/mugs");

        assertThat(chat.findings(PROMO_SELF)).as("the chat push and the plug on the answer").hasSize(1);
        assertThat(chat.findings(LINKS_REPEAT)).as("listing, chat and the help room within the day").hasSize(1);
    }

    @Test
    void aListingAndOneMentionElsewhereIsOnePushAndStaysQuiet() {
        Chat chat = Chat.coaching("tamsin");
        chat.sayIn(FOR_SALE, "tamsin", LISTING);
        chat.later(Duration.ofHours(2));
        chat.sayIn(CHAT, "tamsin", "mugs are listed if anyone wants one https://tamsin-pots.example/mugs");

        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void theListingsLinkBroughtOutDaysLaterIsNoScatter() {
        Chat chat = Chat.coaching("tamsin");
        chat.sayIn(FOR_SALE, "tamsin", LISTING);
        chat.later(Duration.ofDays(2));
        chat.sayIn(CHAT, "tamsin", "mugs are listed if anyone wants one https://tamsin-pots.example/mugs");
        chat.later(Duration.ofDays(2));
        MessageId question = chat.sayIn(HELP, "oren", "why does my glaze crawl off the rim?");
        chat.replyIn(HELP, "tamsin", question, "oren", "wipe the bisque with a damp sponge first, it takes the dust "
                + "off. here's how mine look after: https://tamsin-pots.example/mugs");

        assertThat(chat.findings(PROMO_SELF)).as("days apart, one listing and its mentions").isEmpty();
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }
}
