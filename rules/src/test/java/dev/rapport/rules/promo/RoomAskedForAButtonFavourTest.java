package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A favour of attention asked of the whole room for a thing named and linked ("could everyone here star Quillpad?",
 * "if anybody could upvote Tidewater <link>") asks for attention as "everyone please vote for X" does, the question
 * mark only making it polite. Asked once, it is what a community grants its members; asked again in rooms one never
 * gave anything to, it is an ask made without giving. Following
 * steps, asking a choice or a note, or naming nothing with no link is not such a favour.
 */
class RoomAskedForAButtonFavourTest {
    private static final SelfPromotionDetector DETECTOR = new SelfPromotionDetector();

    private static boolean asks(String text) {
        return DETECTOR.analyse(text).engagementAsk();
    }

    @Test
    void aButtonFavourAskedOfTheRoomForANamedLinkedThingIsAnAsk() {
        assertThat(asks("could everyone here star quillpad? two more and it trends https://code.example/jo/quillpad"))
                .isTrue();
        assertThat(asks("if anybody could upvote Tidewater 🙏 https://launch.example/tidewater"))
                .isTrue();
        assertThat(asks("can you all follow Brightmoss on the fediverse https://social.example/@brightmoss"))
                .isTrue();
    }

    @Test
    void stepsChoicesAndThingsNamedWithoutALinkAreNoAsk() {
        assertThat(asks("could everyone follow the setup steps in https://docs.example/setup please")).isFalse();
        assertThat(asks("can everyone here vote on a date for the meetup? https://poll.example/abc")).isFalse();
        assertThat(asks("could anyone follow Marguerite's reasoning in that thread?")).isFalse();
        assertThat(asks("could everyone star quillpad? it's lovely")).isFalse();
        assertThat(asks("would anyone follow Brightmoss if it moved to the fediverse?")).isFalse();
    }

    @Test
    void theSameFavourAskedInRoomsNeverGivenToIsTold() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "general", "anyone else fighting the new linter release?");
        chat.later(Duration.ofMinutes(10));
        chat.say("ana", "general", "yes, pinning the old version for now");
        chat.later(Duration.ofDays(3));
        chat.say("ana", "help", "could everyone here star quillpad? close to the list cutoff "
                + "https://code.example/ana/quillpad");
        chat.later(Duration.ofMinutes(5));
        chat.say("ana", "releases", "could everyone star quillpad? https://code.example/ana/quillpad");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isNotEmpty();
    }

    @Test
    void theFavourAskedOnceOfOneRoomIsNotTold() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "general", "anyone else fighting the new linter release?");
        chat.later(Duration.ofDays(3));
        chat.say("ana", "general", "could you all star quillpad? we are a few short of the packaging list "
                + "https://code.example/ana/quillpad");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void aRoomAskedToFollowTheStepsIsNotTold() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "general", "anyone else fighting the new linter release?");
        chat.later(Duration.ofDays(3));
        chat.say("ana", "help", "could everyone follow the setup steps before posting? https://docs.example/setup");
        chat.later(Duration.ofMinutes(5));
        chat.say("ana", "releases", "could everyone follow the upgrade notes? https://docs.example/upgrade");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }
}
