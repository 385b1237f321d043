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
        for (int i = 0; i < 6; i++) {
            chat.say("ana", "general", ABOUT_ME);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("second-person")).isZero())
                .satisfies(f -> assertThat(f.tip().seen()).endsWith("and \"you/your\" not once."));
    }

    @Test
    void saysItsCountsAsPeopleSayThem() {
        assertThat(SelfFocusRule.times(0)).isEqualTo("not once");
        assertThat(SelfFocusRule.times(1)).isEqualTo("once");
        assertThat(SelfFocusRule.times(34)).isEqualTo("34 times");
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
        for (int i = 0; i < 6; i++) {
            chat.say("ana", "general", ABOUT_ME);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    /** A question that sells ("have you seen my new shop?") does not make the self-talk after it a request for help. */
    @Test
    void firesWhenTheQuestionWasAPlugNotARequestForHelp() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "have you all seen my new shop yet? [promo]");
        for (int i = 0; i < 6; i++) {
            chat.say("ana", "general", ABOUT_ME);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    private static final String MY_EXPERIENCE =
            "I have the same printer at home and I use the driver from my distribution, my prints came out fine after I switched";

    /** Answering from one's own experience ("I use this and it works") is help, however many "I"s it takes. */
    @Test
    void staysQuietForAHelperWhoAnswersFromTheirOwnExperience() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 6; i++) {
            chat.say("bob" + i, "help", "which driver works for the office printer?");
            chat.mention("ana", "help", "bob" + i, MY_EXPERIENCE);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    /** The same words said to people who asked nothing are about oneself. */
    @Test
    void firesForTheSameWordsSaidToPeopleWhoAskedNothing() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 6; i++) {
            chat.say("bob" + i, "help", "the office printer finally arrived today.");
            chat.mention("ana", "help", "bob" + i, MY_EXPERIENCE);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    /** A troubleshooting session lasts as long as it lasts: the exemption follows the turns, not the clock. */
    @Test
    void staysQuietThroughALongTroubleshootingSession() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "help", "my laptop will not boot after the update, what can I do?");
        for (int i = 0; i < 8; i++) {
            chat.later(java.time.Duration.ofMinutes(20));
            chat.mention("bob", "help", "ana", "try holding the power button for ten seconds.");
            chat.mention("ana", "help", "bob", MY_PROBLEM);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    /** A help conversation ends when its turns stop: the same words after a long pause count again. */
    @Test
    void firesWhenTheSameWordsComeAfterTheConversationPaused() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "help", "my laptop will not boot after the update, what can I do?");
        chat.later(java.time.Duration.ofHours(2));
        for (int i = 0; i < 6; i++) {
            chat.say("ana", "help", ABOUT_ME);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    /** Reporting a problem is asking for help, with or without a question or a request phrase. */
    @Test
    void staysQuietForSomeoneReportingAProblemWithoutAQuestion() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "help", "since yesterday my scanner does not show up in the settings at all");
        for (int i = 0; i < 6; i++) {
            chat.mention("bob", "help", "ana", "try another cable.");
            chat.mention("ana", "help", "bob", MY_PROBLEM);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    // --- a channel for sharing one's own wins or progress: a post there is about oneself by design --------------

    private static void milestoneWeek(Chat chat, dev.rapport.rules.model.ChannelInfo where) {
        for (int i = 0; i < 6; i++) {
            chat.later(java.time.Duration.ofHours(20));
            chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("win" + i).at(chat.now())
                    .in(Chat.COMMUNITY, where.name()).channelInfo(where).by("ana").text(ABOUT_ME).build());
        }
    }

    @Test
    void staysQuietForPostsInAChannelForSharingOnesWins() {
        Chat chat = Chat.coaching("ana");
        milestoneWeek(chat, dev.rapport.rules.model.ChannelInfo.of("milestones", "Share your wins, big or small."));
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    @Test
    void firesForTheSamePostsInAnOrdinaryChannel() {
        Chat chat = Chat.coaching("ana");
        milestoneWeek(chat, dev.rapport.rules.model.ChannelInfo.of("lounge", "Talk about anything."));
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    // --- a room whose topic asks each member about themselves: the "I" and "my" are what it asked for (session 39) --

    @Test
    void staysQuietForPostsAnsweringARoomThatAsksWhereEachMemberIs() {
        Chat chat = Chat.coaching("ana");
        milestoneWeek(chat, dev.rapport.rules.model.ChannelInfo.of("out-riding",
                "Out on the bike? Tell us where you're riding today."));
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    @Test
    void firesForTheSamePostsWhereTheTopicAsksForWhatMembersNeed() {
        Chat chat = Chat.coaching("ana");
        milestoneWeek(chat, dev.rapport.rules.model.ChannelInfo.of("out-riding",
                "Stuck on a ride? Tell us what you need and where you are."));
        chat.finish();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }
}
