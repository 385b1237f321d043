package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A channel made for calls (for testers, volunteers, a cast) welcomes them: a call there, and its updates on places
 * left with the same sign-up link, is a request for people to take part, not one's work pushed on the room. The same
 * call and link posted again and again into a general chat is still a repeat.
 */
class CallsChannelTest {
    private int id;

    private void post(Chat chat, ChannelInfo channel, String text) {
        chat.later(Duration.ofDays(1));
        chat.feed(ChatMessage.builder().id("k" + id++).at(chat.now()).in(Chat.COMMUNITY, channel.name())
                .channelInfo(channel).by("ana").text(text).build());
    }

    private Chat callThreeTimes(ChannelInfo channel) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        post(chat, channel, "Looking for playtesters for my card game, two evenings in March. Playtesters keep a free "
                + "printed copy. Sign up: https://forms.example/card-playtest");
        post(chat, channel, "update: four seats left for the card game playtest https://forms.example/card-playtest");
        post(chat, channel, "one seat left, sign-ups close Friday https://forms.example/card-playtest");
        chat.finish();
        return chat;
    }

    @Test
    void aCallForTestersAndItsUpdatesInAChannelMadeForCallsAreWhatTheChannelIsFor() {
        Chat chat = callThreeTimes(new ChannelInfo("playtest-calls", ""));
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theSameCallRepeatedIntoTheGeneralChatIsStillARepeatedLink() {
        Chat chat = callThreeTimes(new ChannelInfo("general", "Anything goes."));
        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void aPiecePostedAgainWithEachFixInARoomForTestSolvingIsTheTestGoingOn() {
        ChannelInfo room = new ChannelInfo("test-solving", "drop your riddles for others to try");
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        post(chat, room, "Testers please: my logic riddle for the club quiz, should take ten minutes "
                + "https://riddlepad.example/r/ana-7");
        post(chat, room, "Reworded the second clue after the notes, same page: https://riddlepad.example/r/ana-7");
        post(chat, room, "Fixed the ambiguous ending too, one more try if anyone's free https://riddlepad.example/r/ana-7");
        chat.finish();

        assertThat(ChannelPurpose.calls(room)).isTrue();
        assertThat(ChannelPurpose.calls(new ChannelInfo("solving-tips", ""))).as("a room about solving").isFalse();
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void callChannelsAreKnownByNameOrTopicButNotVoiceOrSalesCalls() {
        assertThat(ChannelPurpose.calls(new ChannelInfo("casting-calls", ""))).isTrue();
        assertThat(ChannelPurpose.calls(new ChannelInfo("beta-testers", ""))).isTrue();
        assertThat(ChannelPurpose.calls(new ChannelInfo("board", "Need volunteers? Post your call here."))).isTrue();
        assertThat(ChannelPurpose.calls(new ChannelInfo("voice-calls", "Hop in for a chat."))).isFalse();
        assertThat(ChannelPurpose.calls(new ChannelInfo("sales-calls", "Scripts and objections."))).isFalse();
    }
}
