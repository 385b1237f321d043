package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One's own gig, concert, recital or exhibition with the link where its tickets are sold is one's own thing pushed,
 * like one's own album with its link: posted on several days it is a habit of promotion. Someone else's show passed
 * on with its maker named is not.
 */
class OwnShowTicketsTest {

    private static Chat threeDays(String first, String second, String third) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "hallway", "morning all");
        chat.later(Duration.ofHours(1));
        chat.say("ana", "hallway", first);
        chat.later(Duration.ofDays(1));
        chat.say("ana", "rehearsals", second);
        chat.later(Duration.ofDays(1));
        chat.say("ana", "car-shares", third);
        return chat.finish();
    }

    @Test
    void onesOwnGigWithItsTicketLinkOnThreeDaysIsSelfPromotion() {
        Chat chat = threeDays("my first gig at the Boathouse is on Friday!! tickets https://tix.example/ana-boathouse",
                "if you're free Friday, my gig still has seats https://tix.example/ana-boathouse",
                "anyone driving to my gig could share from here, tickets: https://tix.example/ana-boathouse");
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void someoneElsesExhibitionPassedOnWithItsMakerNamedIsNotSelfPromotion() {
        Chat chat = threeDays("an exhibition by Mara Lind opens Friday, free entry https://gallery.example/lind",
                "Mara Lind's exhibition is worth the trip https://gallery.example/lind",
                "has anyone seen the Lind exhibition yet? https://gallery.example/lind");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
