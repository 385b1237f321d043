package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A business that hires a seller here through the jobs room, says yes and thanks under their answers and tells another
 * business to use them is their customer and advocate, not one of the trade: its word to the seller it hired offers no
 * work. Asked by it and left waiting, the seller is told.
 */
class CustomerWhoSendsOthersTest {

    /** Rita hires Sam in the jobs room, says {@code afterTheJob} under his answer, then asks him again and waits. */
    private static Chat ritaHiresSamThen(String afterTheJob) {
        Chat chat = Chat.coaching("sam");
        MessageId first = chat.mention("rita", "jobs", "sam", "a customer's car needs collecting from Otley on Tuesday, "
                + "can you take it?");
        chat.later(Duration.ofMinutes(30));
        MessageId yes = chat.reply("sam", "jobs", first, "rita", "yes, Tuesday at nine is fine");
        chat.later(Duration.ofMinutes(10));
        chat.reply("rita", "jobs", yes, "sam", "brilliant as ever");
        chat.later(Duration.ofDays(2));
        chat.reply("rita", "jobs", yes, "sam", afterTheJob);
        chat.later(Duration.ofDays(2));
        chat.mention("rita", "jobs", "sam", "could you do Friday's collection a day early? I have to ring the owner "
                + "today");
        chat.later(Duration.ofHours(3)).say("sam", "yard-chat", "new straps arrived, much better than the old ones");
        chat.later(Duration.ofHours(26)).say("sam", "yard-chat", "anyone else's beacon flicker in the cold?");
        chat.later(Duration.ofHours(20)).say("sam", "yard-chat", "sorted, it was the earth");
        return chat.finish();
    }

    @Test
    void aBusinessThatHiresTheSellerAndSendsAnotherIsAnAdvocateOwedAnAnswer() {
        Chat chat = ritaHiresSamThen("all done, thank you. I told the tyre place next door to use you for their "
                + "recoveries too");

        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void aBusinessThatOnlyHiresTheSellerIsNoAdvocate() {
        Chat chat = ritaHiresSamThen("all done, thank you");

        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
