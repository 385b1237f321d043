package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.text.HelpRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_SELF_FOCUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code oneway.self-focus} and a trouble confided: telling the room one is worn out and not coping takes "I" and "my"
 * in every line, and it asks the others for support as a problem report asks for a fix. Those words, and one's answers
 * to the replies it draws, are no talking about oneself. The same run of "I" spent on one's own good news still is.
 */
class StrainConfidedTest {

    private static final String STRAIN = "I am not sure why I am posting this. I am exhausted. My shifts doubled "
            + "this month and I have slept maybe five hours a night. I keep forgetting things at work and I snapped at "
            + "my brother on Sunday, which I never do. I feel like I am letting everyone down and honestly I am "
            + "overwhelmed. I have not told my manager because I worry I will look weak. My sister is away and my dad "
            + "is unwell, so I am on my own with all of it. I just wanted to say it somewhere.";
    private static final String NEWS = "I am not sure if I posted this already. I am thrilled. My shifts doubled "
            + "this month and I have saved nearly enough for the van. I keep getting asked for overtime and I said yes "
            + "to my boss on Sunday, which I never do. I feel like I am finally getting somewhere and honestly I am "
            + "proud. I have not told my family yet because I want it to be a surprise. My sister is away and my dad "
            + "is on holiday, so I am keeping it to myself for now. I just wanted to say it somewhere.";

    private static Chat week(String post) {
        Chat chat = Chat.coaching("ana");
        for (int day = 0; day < 2; day++) {
            chat.say("ana", "general", post);
            chat.later(Duration.ofMinutes(15));
            chat.mention("bo", "general", "ana", "thanks for saying it. would a week off help?");
            chat.later(Duration.ofMinutes(10));
            chat.mention("ana", "general", "bo", "I think so, I will ask my manager on Monday");
            chat.later(Duration.ofDays(1));
        }
        return chat.finish();
    }

    @Test
    void aTroubleConfidedToTheRoomIsNoTalkAboutOneself() {
        assertThat(week(STRAIN).findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    @Test
    void theSameRunOfIOnOnesGoodNewsStillIs() {
        assertThat(week(NEWS).findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    @Test
    void oneWordOfStrainIsOnlyARemark() {
        assertThat(HelpRequest.confidesStrain("so tired after that double shift, great crowd though")).isFalse();
        assertThat(HelpRequest.confidesStrain("I'm worn out and I can't cope with the early starts")).isTrue();
    }
}
