package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.Pitch;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One's day rate put privately to someone met an hour ago, with an urge to book one ("£90 an hour, worth booking me
 * early for the spring"), offers them the priced work as a question would ("want me to keep you a date?"): a sale
 * taken to the inbox of someone who asked for nothing. A booking thanked, its price told, urges nothing.
 */
class PricedUrgeToBookByDirectMessageTest {
    private static final ChannelInfo LOBBY = ChannelInfo.of("lobby", "");

    private static Chat chat() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        var hello = chat.sayIn(LOBBY, "bo", "Hi everyone, Bo here, I just took over the events office at the town hall. "
                + "Mostly here to listen and learn.");
        chat.later(Duration.ofMinutes(20));
        chat.replyIn(LOBBY, "ana", hello, "bo", "Welcome Bo!");
        chat.later(Duration.ofHours(1));
        return chat;
    }

    @Test
    void aDayRateWithAnUrgeToBookTheWriterSentToSomeoneJustMetIsAColdPitch() {
        Chat chat = chat();
        chat.direct("ana", "dm-ana-bo", "bo", "Hi Bo, Ana from the lobby. I do stage lighting for civic events, £90 an "
                + "hour with the rig included. Worth booking me early for the spring season.");
        chat.finish();
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void aBookingThankedWithItsPriceSentToSomeoneJustMetIsNoPitch() {
        Chat chat = chat();
        chat.direct("ana", "dm-ana-bo", "bo", "Hi Bo, Ana from the lobby. Your predecessor was lovely, thanks for "
                + "booking me for the May fair back then, £90 an hour was fair. Hope the new job goes well.");
        chat.finish();
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theUrgeIsToBookTheWriterAndIsNotAQuestionOfTheReader() {
        assertThat(Pitch.pricedCallToBookOneself("we charge $60 a session, hire us before the summer fills")).isTrue();
        assertThat(Pitch.pricedCallToBookOneself("could you book me in on Friday? still £25?")).isFalse();
        assertThat(Pitch.pricedCallToBookOneself("please book us a table for six, about £30 a head")).isFalse();
        assertThat(Pitch.pricedCallToBookOneself("thanks for hiring us, the £200 covered it")).isFalse();
        assertThat(Pitch.pricedCallToBookOneself("worth booking me early for the spring")).isFalse();
    }
}
