package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a business's own server its team selling to the members is what they came for, and a price given to a member who
 * asked it is service. A newcomer's hello that asked nothing, answered at once with a price and "DM me", is still a
 * pitch to someone just met: being sold to on the way in is what they did not ask for, in the shop's room as anywhere.
 */
class TeamPitchUnderAHelloTest {

    private static final String OFFER = "Welcome Jo! Our commuter service is £45, and 15% off for newcomers this "
            + "month, DM me this week and I'll fit your bike in.";

    private static Chat newcomerSays(String hello) {
        Chat chat = Chat.builder("pat").promoDetector(new SelfPromotionDetector())
                .defaultRoles(Map.of("Staff", Audience.IGNORE)).build();
        chat.sayWithRoles("pat", "news", Set.of("Staff"), "the workshop takes bookings from eight till six all week");
        chat.later(Duration.ofHours(3));
        MessageId hi = chat.say("jo", "general", hello);
        chat.later(Duration.ofMinutes(12));
        chat.replyWithRoles("pat", "general", Set.of("Staff"), hi, "jo", OFFER);
        return chat.finish();
    }

    @Test
    void theTeamsPricedDmMeUnderANewcomersHelloThatAskedNothingIsAColdPitch() {
        assertThat(newcomerSays("Hi all, Jo here, I ride to work most days and patch my own tubes.")
                .findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void theSameTermsUnderANewcomersQuestionAboutAServiceAnswerIt() {
        assertThat(newcomerSays("Hi all, Jo here, I ride to work most days. What does a full service cost with you?")
                .findings(SELL_COLD)).isEmpty();
    }
}
