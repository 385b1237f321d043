package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.OfferRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room whose topic says its people post jobs and ask for quotes there is a room of requests for offers, and a
 * member's priced answer to one is a provider's quote: people sell here, as they do where someone offers in a channel
 * for trade. A seller who then spends the week talking shop with fellows while the next household's request waits is
 * coached toward the people asking; where nobody has quoted a price, nobody is yet seen selling.
 */
class QuotesGivenInARequestRoomTest {

    private static final ChannelInfo BENCH = ChannelInfo.of("bench", "joiners among ourselves: timber, tools, pricing");
    private static final ChannelInfo JOBS = ChannelInfo.of("job-requests",
            "households and landlords put up their jobs and ask for prices; members answer");

    @Test
    void aTopicWherePeopleAskForQuotesMakesARoomOfRequests() {
        assertThat(OfferRequest.channelFor(JOBS)).isTrue();
        assertThat(OfferRequest.channelFor(ChannelInfo.of("help", "ask for help with your first build"))).isFalse();
    }

    /** Hugo asks the room for a quote and Ana answers {@code answer}; Iris's request goes by; Ana talks shop all week. */
    private static Chat anasWeek(String answer) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        for (String fellow : new String[]{"pete", "paula"}) {
            for (int i = 0; i < 3; i++) {
                chat.sayIn(BENCH, fellow, "planed a stack of oak for stair treads today, lot " + i);
            }
        }
        MessageId ask = chat.sayIn(JOBS, "hugo", "Two internal doors to hang in a flat in Hexham. Could anyone quote?");
        chat.later(Duration.ofMinutes(20));
        chat.replyIn(JOBS, "ana", ask, "hugo", answer);
        chat.later(Duration.ofHours(20));
        chat.sayIn(JOBS, "iris", "A loft hatch to fit in Alnwick next month. Could anyone price that for me?");
        chat.later(Duration.ofHours(2));
        for (int i = 0; i < 10; i++) {
            chat.mentionIn("ana", BENCH, i % 2 == 0 ? "pete" : "paula",
                    "the new hinge jig saves ten minutes a door, worth a look");
        }
        return chat.finish();
    }

    @Test
    void firesWhenTheSellerQuotedAPriceThereAndThenTalkedOnlyWithFellows() {
        Chat chat = anasWeek("Hanging two doors with new hinges, £140 all in, and I could do next Tuesday.");
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void staysQuietWhereNobodyHasQuotedAPrice() {
        Chat chat = anasWeek("Depends on the frames. Send a photo of them and of the old hinges first.");
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }
}
