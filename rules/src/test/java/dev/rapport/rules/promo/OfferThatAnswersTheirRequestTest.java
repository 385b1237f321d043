package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A priced offer that answers what the other person asked for (a provider asked of the room, a tool the room uses, a
 * service asked of the seller in private) is service, even when it closes by asking them to book. The same terms sent
 * to a newcomer who asked for nothing, with a call to book, are a cold pitch.
 */
class OfferThatAnswersTheirRequestTest {
    private static Scene scene(String seller) {
        return Scene.of(Chat.builder(seller).promoDetector(new SelfPromotionDetector()));
    }

    @Test
    void termsSentPrivatelyToSomeoneWhoAskedTheRoomForAProviderAnswerThem() {
        Chat chat = scene("ivo").says("nell", "lounge", "moving into a new flat next month, does anyone know a good "
                        + "piano tuner around Bristol?")
                .answers("ivo", "lounge", "nell", "that's my trade actually, I'll message you")
                .answers("nell", "lounge", "ivo", "oh great, thanks!")
                .after(Duration.ofMinutes(10))
                .writesDirectly("ivo", "dm-ivo-nell", "nell", "Hi Nell, a standard tuning is about an hour and I check "
                        + "the hammers too. £75 inside the ring road. can I put you down for a slot midweek?")
                .build();

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void aSellerAskedPrivatelyWhetherTheyOfferAThingAnswersWithItsPrice() {
        Chat chat = scene("ivo").writesDirectly("nell", "dm-ivo-nell", "ivo", "hi! do you do tunings for upright "
                        + "pianos as well as grands?")
                .after(Duration.ofMinutes(15))
                .writesDirectly("ivo", "dm-ivo-nell", "nell", "yes, uprights are most of my work, £75 inside the ring "
                        + "road. want me to send you some dates?")
                .build();

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void aVendorSayingWhoTheyWorkForAnswersARoomAskingWhatPeopleUseForAJob() {
        Chat chat = scene("ivo").says("nell", "staff-chat", "what does everyone use for planning the weekend rota? "
                        + "our whiteboard keeps getting wiped")
                .answers("ivo", "staff-chat", "nell", "full disclosure, I work for a rota app so take this with salt. "
                        + "a shared calendar does the job for small teams. happy to give you a demo if you outgrow it")
                .build();

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void aPricedProgrammeWithAFreeCallToBookSentToANewcomerWhoAskedNothingIsACold() {
        Chat chat = scene("ivo").says("nell", "introductions", "hello everyone, Nell here, just bought an old upright "
                        + "and learning from scratch")
                .after(Duration.ofHours(18))
                .writesDirectly("ivo", "dm-ivo-nell", "nell", "Hi Nell, welcome! I coach adult beginners, ten weekly "
                        + "lessons for £240. book a free intro call: https://ivo-piano.example/intro")
                .build();

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void theSameTermsToSomeoneWhoAskedNothingOfThemStillPitch() {
        Chat chat = scene("ivo").says("nell", "lounge", "finally moved into the new flat, the piano survived the stairs!")
                .after(Duration.ofMinutes(30))
                .writesDirectly("ivo", "dm-ivo-nell", "nell", "Hi Nell, a standard tuning is about an hour and I check "
                        + "the hammers too. £75 inside the ring road. can I put you down for a slot midweek?")
                .build();

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }
}
