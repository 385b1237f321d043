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
 * A member asking the price in a business's own server asks the business: another member's priced offer of their own
 * under it ("cheaper at my place, DM me") answers nothing asked, a cold pitch to someone at another's counter. In a
 * community of peers the same price question asks anyone, and an offer answers it.
 */
class RivalOfferAtTheCounterTest {

    private static final String OFFER = "you'd pay double for that here honestly. I engrave at my own bench, "
            + "£20/hr and it takes one, DM me";

    /** Ivy, seen before, asks the room what an engraving costs; Gus, a member who never spoke with her, replies. */
    private static Chat priceAskedWhere(boolean businessOwnServer) {
        Chat chat = Chat.builder("gus").promoDetector(new SelfPromotionDetector())
                .defaultRoles(Map.of("Staff", Audience.IGNORE)).build();
        if (businessOwnServer) {
            chat.sayWithRoles("kim", "news", Set.of("Staff"), "the workshop is open till six all week");
        } else {
            chat.say("kim", "news", "the workshop at the library is open till six all week");
        }
        chat.say("ivy", "general", "hello again, back for more lids");
        chat.say("gus", "general", "afternoon all");
        chat.later(Duration.ofHours(2));
        MessageId q = chat.say("ivy", "general", "how much would an engraved walnut lid be, roughly? about 10cm across");
        chat.later(Duration.ofMinutes(15));
        chat.reply("gus", "general", q, "ivy", OFFER);
        return chat.finish();
    }

    @Test
    void aRivalsPricedOfferUnderAPriceQuestionInABusinesssOwnServerIsAColdPitch() {
        assertThat(priceAskedWhere(true).findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void theSameOfferUnderAPriceQuestionAmongPeersAnswersIt() {
        assertThat(priceAskedWhere(false).findings(SELL_COLD)).isEmpty();
    }
}
