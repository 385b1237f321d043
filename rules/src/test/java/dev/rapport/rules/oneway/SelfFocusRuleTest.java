package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.ONEWAY_SELF_FOCUS;
import static org.assertj.core.api.Assertions.assertThat;

class SelfFocusRuleTest {

    private static final String ABOUT_ME =
            "I launched my new logo and I am proud of my team, we worked hard on our brand and my numbers are up";
    private static final String ABOUT_YOU =
            "How is your launch going? I would love to hear what you learned and how your customers reacted to it";

    @Test
    void firesWhenIAndMyFarOutnumberYou() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 6; i++) chat.say("ana", "general", ABOUT_ME);
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("second-person")).isZero());
    }

    @Test
    void staysQuietWhenThePersonTalksAboutOthers() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 6; i++) {
            chat.say("ana", "general", ABOUT_ME);
            chat.say("ana", "general", ABOUT_YOU);
            chat.say("ana", "general", ABOUT_YOU);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }
}
