package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.rule.RuleId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thing of one's own handed over to a tradesperson for a job on it ("I left our rocking chair with you in April to
 * be re-caned", "brought my boots to you for resoling") says the writer bought their work: their customer, whose next
 * question is owed an answer first. A thing left behind or kept for them as a favour names no job.
 */
class ThingLeftWithThemForAJobTest {

    @Test
    void aThingHandedOverForAJobOnItIsWorkBought() {
        assertThat(BoughtBefore.is("@Ana I left our rocking chair with you in April to be re-caned, is it "
                + "nearly done?")).isTrue();
        assertThat(BoughtBefore.is("hi, brought my walking boots to you last month for resoling, any "
                + "news?")).isTrue();
        assertThat(BoughtBefore.is("we dropped off our clock with you for a service in the spring"))
                .isTrue();
    }

    @Test
    void aThingLeftBehindOrKeptAsAFavourNamesNoJob() {
        assertThat(BoughtBefore.is("I think I left my scarf with you at the pub quiz")).isFalse();
        assertThat(BoughtBefore.is("left my spare keys with you for safekeeping, still got them?")).isFalse();
        assertThat(BoughtBefore.is("my neighbour left her chair with you for re-caning")).isFalse();
    }

    /**
     * A furniture makers' server with no roles: Ana chats with Bea and was never seen selling; Dev asks Ana
     * {@code words} and waits while the two talk on.
     */
    private static Chat devWaits(String words) {
        return Scene.coaching("ana").asks("ana", "chatter", "bea", "which glue holds loose chair rungs best these days?")
                .asks("bea", "chatter", "ana", "hide glue, so the next repairer can undo it")
                .asks("dev", "chatter", "ana", words)
                .after(Duration.ofHours(6))
                .asks("ana", "chatter", "bea", "hide glue it is, ordered a tin")
                .after(Duration.ofHours(24))
                .asks("ana", "chatter", "bea", "fancy a trip to the timber yard on Friday?")
                .build();
    }

    @Test
    void firesWhenSomeoneWhoLeftTheirThingWithHerForAJobAsksAndHearsNothingThoughSheWasNeverSeenSelling() {
        Chat chat = devWaits("I left our rocking chair with you in April to be re-caned. Any idea when it "
                + "will be ready?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheThingWasOnlyLeftBehind() {
        Chat chat = devWaits("I think I left my scarf with you at the pub quiz. Any chance you spotted it?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(RuleId.ONEWAY_UNANSWERED)).hasSize(1);
    }
}
