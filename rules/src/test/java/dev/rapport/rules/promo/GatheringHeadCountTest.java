package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.text.CommunityCause;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organiser of the members' own gathering asks for names to count heads ("add your name so we can book enough
 * seats", "so I know who needs a lift"), whatever the gathering is called (a meet, an open day): the group's
 * business, not the writer's work promoted, and so is its reminder with places left. A petition for the group's cause
 * is the group's too. The same sign-up for one's own thing, or with a reason that serves the one signing up ("so I can
 * send you the notes"), is still promotion.
 */
class GatheringHeadCountTest {

    private static Chat twoPosts(String first, String second) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "lobby", "anyone else's kettle furred up already?");
        chat.later(Duration.ofHours(1));
        chat.say("ana", "lobby", first);
        chat.later(Duration.ofDays(3));
        chat.say("ana", "lobby", second);
        return chat.finish();
    }

    @Test
    void theMembersGatheringWithAHeadCountAndItsReminderAreNotSelfPromotion() {
        Chat chat = twoPosts("Saturday 12th from noon by the boathouse, bring a chair. Please sign up so I can count "
                        + "heads: https://forms.example/boathouse-saturday",
                "Nine of us so far, plenty of room left: https://forms.example/boathouse-saturday");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void onesOwnClassWithTheSameSignUpPushedTwiceIsStillSelfPromotion() {
        Chat chat = twoPosts("My pastry class is on Saturday 12th. Please sign up so I can count heads: "
                        + "https://forms.example/pastry-class",
                "My pastry class has places left, please sign up: https://forms.example/pastry-class");
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void aHeadCountOrANounOfGatheringMakesTheSignUpTheGroups() {
        assertThat(CommunityCause.event("Names on the form please, so we can book enough seats for Sunday"))
                .isTrue();
        assertThat(CommunityCause.event("Allotment open day on the 3rd, add yourself to the list")).isTrue();
        assertThat(CommunityCause.event("the spring meet is by the weir this year, sign-ups in the pinned form"))
                .isTrue();
    }

    @Test
    void aReasonThatServesTheOneSigningUpOrTheVerbMeetIsNoGathering() {
        assertThat(CommunityCause.event("Sign up so I can send you the notes afterwards")).isFalse();
        assertThat(CommunityCause.event("Leave your name so we can tell you when the new range lands")).isFalse();
        assertThat(CommunityCause.event("Come and meet the founders, sign up here")).isFalse();
        assertThat(CommunityCause.event("My open day at the studio, add your name so I can count heads")).isFalse();
    }

    @Test
    void aPetitionForTheGroupsCauseIsTheGroupsUnlessClaimed() {
        assertThat(CommunityCause.is("The petition to keep the towpath open needs names, please sign and share"))
                .isTrue();
        assertThat(CommunityCause.is("Please sign my petition, it means a lot to me")).isFalse();
    }
}
