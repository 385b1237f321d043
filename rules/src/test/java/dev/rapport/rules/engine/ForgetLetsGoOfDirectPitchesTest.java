package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who asks to be forgotten leaves nothing behind, not even in memory: the engine remembers the latest
 * pitch of each direct conversation (so its sender's next word there reads as chasing it), and a forget of the
 * sender lets go of that conversation's and pitch's ids with the pitch itself.
 */
class ForgetLetsGoOfDirectPitchesTest {

    private static final ChannelId DM = ChannelId.of("dm-bo-ada");

    @Test
    void forgettingTheSenderLetsGoOfTheirPitchInTheDirectConversation() {
        Chat chat = pitchedByDirectMessage();

        chat.engine().forgetInCommunities(UserId.of("bo"));

        assertThat(chat.engine().remembersPitchIn(DM)).isFalse();
    }

    @Test
    void forgettingSomeoneElseKeepsThePitchForItsSendersNextWord() {
        Chat chat = pitchedByDirectMessage();

        chat.engine().forgetInCommunities(UserId.of("cy"));

        assertThat(chat.engine().remembersPitchIn(DM)).isTrue();
    }

    /** Ada is coached and chats in the server; Bo and Cy are around; Bo sends Ada a priced offer by DM. */
    private static Chat pitchedByDirectMessage() {
        Chat chat = Chat.coaching("ada");
        chat.say("ada", "general", "kiln is finally fixed, firing on friday");
        chat.say("bo", "general", "nice, which cone are you firing at?");
        chat.say("cy", "general", "morning all");
        chat.direct("bo", DM.value(), "ada", "[pitch] hi Ada, my glaze course runs your studio's classes, $40 a seat");
        assertThat(chat.engine().remembersPitchIn(DM)).as("the pitch is remembered before any forget").isTrue();
        return chat;
    }
}
