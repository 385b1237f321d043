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

    private static final String MY_PROBLEM =
            "I tried that and my laptop still will not start, I think my disk is full because I kept all my old photos";

    /** Asking for help means describing one's own situation: that is the request, not self-focus. */
    @Test
    void staysQuietForSomeoneDescribingTheirOwnProblemWhileAskingForHelp() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "help", "my laptop will not boot after the update, what can I do?");
        for (int i = 0; i < 6; i++) {
            chat.mention("bob", "help", "ana", "what does the screen show?");
            chat.mention("ana", "help", "bob", MY_PROBLEM);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    /** The exemption lasts for the help conversation: the same words in another channel hours later count. */
    @Test
    void firesWhenTheSameWordsComeOutsideAHelpConversation() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "help", "my laptop will not boot after the update, what can I do?");
        chat.later(java.time.Duration.ofHours(3));
        for (int i = 0; i < 6; i++) chat.say("ana", "general", ABOUT_ME);
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    /** A question that sells ("have you seen my new shop?") does not make the self-talk after it a request for help. */
    @Test
    void firesWhenTheQuestionWasAPlugNotARequestForHelp() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "have you all seen my new shop yet? [promo]");
        for (int i = 0; i < 6; i++) chat.say("ana", "general", ABOUT_ME);
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }
}
