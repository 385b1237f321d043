package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.CommunityCause;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group's own event, brought up again among its members with its sign-up form, is a reminder of the group's
 * business, not one person's habit of reposting a link. One's own shop link posted as often is a repeat.
 */
class GroupsOwnEventTest {

    private static Chat threePosts(String first, String second, String third) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "lobby", "morning all");
        chat.later(Duration.ofHours(1));
        chat.say("ana", "lobby", first);
        chat.later(Duration.ofDays(2));
        chat.say("ana", "lobby", second);
        chat.later(Duration.ofDays(2));
        chat.say("ana", "lobby", third);
        chat.finish();
        return chat;
    }

    @Test
    void remindersOfTheGroupsTournamentWithItsFormAreNotARepeatHabit() {
        Chat chat = threePosts("The autumn chess tournament is on! Registration form: https://chessclub.example/autumn",
                "Two days left to register for the tournament: https://chessclub.example/autumn",
                "Tournament registration closes tonight, last call https://chessclub.example/autumn");
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void onesOwnShopLinkPostedAsOftenIsARepeat() {
        Chat chat = threePosts("new mugs in the shop https://ana-pottery.example/mugs",
                "restocked the blue ones https://ana-pottery.example/mugs",
                "only four left https://ana-pottery.example/mugs");
        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }

    /**
     * An outing of the group (a walk, a hike, a ride) called to the members with its sign-up, and a reminder of it, is
     * the group's business run by its organiser: not one's own work promoted, though the sign-up invites people in.
     */
    @Test
    void theGroupsOutingAndItsReminderWithTheSignUpAreNotSelfPromotion() {
        Chat chat = twoPosts("Sunday hike up the ridge, 9am at the car park. Sign up so we can arrange lifts: "
                + "https://forms.example/ridge-hike", "Twelve of us have signed up for the hike so far, the "
                + "form stays open till Saturday https://forms.example/ridge-hike");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    /** The same outing with a price on it is sold: a paid trip of one's own pushed twice is promotion. */
    @Test
    void anOutingSoldAtAPriceAndPushedTwiceIsSelfPromotion() {
        Chat chat = twoPosts("Sunday guided hike up the ridge. Sign up now: https://forms.example/ridge-hike "
                + "(\u00a325 a head)", "Hike is tomorrow, two places left. Sign up now: "
                + "https://forms.example/ridge-hike (\u00a325)");
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    private static Chat twoPosts(String first, String second) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "lobby", "morning all");
        chat.later(Duration.ofHours(1));
        chat.say("ana", "outings", first);
        chat.later(Duration.ofDays(3));
        chat.say("ana", "outings", second);
        return chat.finish();
    }

    @Test
    void anEventIsTheGroupsUnlessClaimedAsOnesOwn() {
        assertThat(CommunityCause.event("Meetup sign-ups close Friday, form in the pinned post")).isTrue();
        assertThat(CommunityCause.event("My workshop has tickets left, grab one")).isFalse();
        assertThat(CommunityCause.event("The tournament was fun yesterday")).isFalse();
        assertThat(CommunityCause.event("Canal walk on Saturday at ten, sign up so we can book the cafe")).isTrue();
        assertThat(CommunityCause.event("Walk by the canal on Saturday, tickets \u20ac12, sign up here")).isFalse();
        assertThat(CommunityCause.event("My photo walk on Saturday, sign up here")).isFalse();
    }

    /**
     * A group shoot or a trip with its sign-up is the group's, and so are the ways of putting one's name down ("put your
     * name in", "add yourself"); the organiser's own part in it ("I'm driving, 3 seats") claims nothing, while putting
     * it on oneself ("I'm running a workshop") does.
     */
    @Test
    void aGroupShootOrTripWithItsSignUpIsTheGroupsWhateverTheOrganiserDoes() {
        assertThat(CommunityCause.event("Canal club photo shoot on Sunday at 2, free, sign up here, it helps us count heads"))
                .isTrue();
        assertThat(CommunityCause.event("Dales trip on the 9th! I'm driving, 2 seats. put your name in the list "
                + "so we can sort cars")).isTrue();
        assertThat(CommunityCause.event("9 coming to the picnic so far, add yourself if you're in")).isTrue();
        assertThat(CommunityCause.event("I'm running a glazing workshop on Sunday, sign up here")).isFalse();
        assertThat(CommunityCause.event("shoot me a message if you want to sign up")).isFalse();
    }

    /**
     * A day the group holds for some of its members (a youth day, a family day), called free with its sign-up form
     * and brought back as places go, is the group's occasion run by its organiser, as its outing is: no promotion.
     */
    @Test
    void theGroupsFreeYouthDayWithItsSignUpAndPlacesLeftIsNotSelfPromotion() {
        Chat chat = twoPosts("Youth day at the lido on Saturday 4 May, free, coaches there all morning. Sign up: "
                + "https://forms.example/lido-youth", "Six places left for the youth day: "
                + "https://forms.example/lido-youth");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        assertThat(CommunityCause.event("Family fun day on the green, sign up here")).isTrue();
    }

    /**
     * The same day with a price on it is sold, pushed twice a habit; a day a trade sells ("taster day") or a bare "day"
     * names no gathering of the group.
     */
    @Test
    void aDaySoldAtAPriceAndPushedTwiceIsSelfPromotion() {
        Chat chat = twoPosts("Youth day at the lido, Saturday 4 May, \u00a315 a child. Sign up now: "
                + "https://forms.example/lido-youth", "Six places left for the youth day. Sign up now: "
                + "https://forms.example/lido-youth (\u00a315)");
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
        assertThat(CommunityCause.event("Taster day at the studio, sign up here")).isFalse();
        assertThat(CommunityCause.event("What a day, sign up for the newsletter")).isFalse();
    }
}
