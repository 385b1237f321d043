package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer asks a seller something by mention and, the next morning, chases it under their own message ("still
 * waiting on this, @seller?"): the chase goes on speaking to the seller, who now owes its answer. Whether it does is
 * read from the customer's own reading of their first message, which is not kept over a restart: the community's
 * snapshot keeps that it was given to the seller, so a restart overnight changes nothing.
 */
class FollowUpUnderOwnQuestionRestartTest {
    private static final CommunityId COMMUNITY = CommunityId.of(Chat.COMMUNITY);

    private static CommunitySnapshot chasedNextMorning(boolean restartOvernight) {
        Chat chat = Chat.coaching("rosa", "tomasz");
        MessageId first = chat.mention("tomasz", "orders", "rosa",
                "@rosa two of the tiles in my order came cracked. could you send replacements before the weekend?");
        chat.later(Duration.ofHours(22));
        if (restartOvernight) {
            chat.restart();
        }
        chat.replyMentioning("tomasz", "orders", first, "tomasz", "rosa",
                "any news @rosa? the fitter comes on saturday.");
        return chat.engine().communitySnapshot(COMMUNITY).orElseThrow();
    }

    @Test
    void aChaseUnderOwnQuestionSpeaksToTheSameSellerWhetherOrNotTheCoachRestartedOvernight() {
        CommunitySnapshot straight = chasedNextMorning(false);
        CommunitySnapshot restarted = chasedNextMorning(true);

        assertThat(straight.messages()).filteredOn(m -> m.id().equals(MessageId.of("m2"))).singleElement()
                .satisfies(m -> assertThat(m.spokenTo()).hasSize(1));
        assertThat(restarted.messages()).filteredOn(m -> m.id().equals(MessageId.of("m2")))
                .containsExactlyElementsOf(straight.messages().stream()
                        .filter(m -> m.id().equals(MessageId.of("m2"))).toList());
    }
}
