package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group's volunteer rota is its own business: the organiser posting the shift sign-up again, with which shifts are
 * still open, in the channel made for the rota, calls members to take part, as a call for volunteers does. The same
 * form pushed as often into the general chat is still a repeated link.
 */
class VolunteerRotaTest {
    private int id;

    private void post(Chat chat, ChannelInfo channel, String text) {
        chat.later(Duration.ofDays(2));
        chat.feed(ChatMessage.builder().id("r" + id++).at(chat.now()).in(Chat.COMMUNITY, channel.name())
                .channelInfo(channel).by("ana").text(text).build());
    }

    private Chat rotaUpdates(ChannelInfo channel) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        post(chat, channel, "nobody on Saturday morning yet, the form: https://forms.example/garden-weekends");
        post(chat, channel, "Saturday's covered, thank you! Sunday afternoon still open https://forms.example/garden-weekends");
        post(chat, channel, "last gap is Sunday, same form https://forms.example/garden-weekends");
        chat.finish();
        return chat;
    }

    @Test
    void theShiftFormPostedAgainWithUpdatesInTheRotaChannelIsTheGroupsBusiness() {
        assertThat(rotaUpdates(new ChannelInfo("roster", "")).findings(LINKS_REPEAT)).isEmpty();
        assertThat(rotaUpdates(new ChannelInfo("weekends", "Saturday shifts, cover and trades")).findings(LINKS_REPEAT))
                .isEmpty();
    }

    @Test
    void theSameFormPushedAsOftenIntoTheGeneralChatIsStillARepeat() {
        assertThat(rotaUpdates(new ChannelInfo("general", "Anything goes.")).findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void aRotaChannelIsKnownByItsNameOrTopicButNotEveryShift() {
        assertThat(ChannelPurpose.calls(new ChannelInfo("cafe-rotas", ""))).isTrue();
        assertThat(ChannelPurpose.calls(new ChannelInfo("planning", "Who covers what: the bar roster"))).isTrue();
        assertThat(ChannelPurpose.calls(new ChannelInfo("shift-codes", "Golden keys, fresh daily"))).isFalse();
        assertThat(ChannelPurpose.calls(new ChannelInfo("rotary-phones", ""))).isFalse();
    }
}
