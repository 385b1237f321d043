package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.oneway.HelperAsksTheRoomScene.helpedOnThreeDaysAndTalkedItThrough;
import static dev.rapport.rules.oneway.HelperAsksTheRoomScene.helperAsksAboutHisBasil;
import static dev.rapport.rules.oneway.HelperAsksTheRoomScene.learnerChatsLater;
import static dev.rapport.rules.oneway.HelperAsksTheRoomScene.learnerPostsUnderTheHelpersRequest;
import static dev.rapport.rules.oneway.HelperAsksTheRoomScene.neighbourAnswers;
import static dev.rapport.rules.oneway.HelperAsksTheRoomScene.neighbourSpeaksNext;
import static dev.rapport.rules.rule.RuleId.ONEWAY_GIVE_TAKE;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

class GiveTakeRuleTest {

    /** The chat moved to day {@code i} of the week (Monday is day 0): help on separate days is help again and again. */
    private static Chat onDay(Chat chat, int i) {
        return i == 0 ? chat : chat.later(java.time.Duration.ofHours(20));
    }

    /** One troubleshooting conversation, however long, is one favour: a help channel working, not a one-way street. */
    @Test
    void staysQuietWhenAllTheHelpCameInOneConversation() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "help", "my wifi stopped working after the update, what can I check?");
        for (int i = 0; i < 6; i++) {
            chat.mention("bob", "help", "ana", "try reloading the driver, step " + i);
            chat.mention("ana", "help", "bob", "thanks, done");
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    @Test
    void firesWhenSomeoneHelpedThreeTimesAndGotNothingBack() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            onDay(chat, i).mention("bob", "general", "ana", "here is a tip for your shop " + i);
        }
        chat.say("ana", "general", "busy day");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("most-received")).isEqualTo(3));
    }

    /** Being thanked is not being given something: a third day on which someone only thanked the person owes nothing. */
    @Test
    void aDayOnWhichSomeoneOnlyThankedThePersonIsNoDayOfHelp() {
        Chat chat = Chat.coaching("ana");
        onDay(chat, 0).mention("bob", "general", "ana", "here is a tip for your shop, use a lighter font");
        onDay(chat, 1).mention("bob", "general", "ana", "and a second tip for your shop, bigger photos");
        onDay(chat, 2).mention("bob", "general", "ana", "thanks Ana! see you at the market on friday");
        chat.say("ana", "general", "busy day at the stall");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /** ... while a third day of help with thanks in it is still help. */
    @Test
    void aThirdDayOfHelpThatAlsoThanksIsStillHelp() {
        Chat chat = Chat.coaching("ana");
        onDay(chat, 0).mention("bob", "general", "ana", "here is a tip for your shop, use a lighter font");
        onDay(chat, 1).mention("bob", "general", "ana", "and a second tip for your shop, bigger photos");
        onDay(chat, 2).mention("bob", "general", "ana", "thanks for asking! a third one: put the prices under each "
                + "photo, not on a separate page, and keep the delivery costs in the same place too");
        chat.say("ana", "general", "busy day at the stall");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).hasSize(1);
    }

    @Test
    void firesWhenThePersonOnlyEverSaysThanks() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            onDay(chat, i).mention("bob", "general", "ana", "here is a tip for your shop " + i);
            chat.mention("ana", "general", "bob", "thank you so much!");
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement().satisfies(f -> {
            assertThat(f.evidence().count("thanked")).isEqualTo(1);
            assertThat(f.tip().seen()).isEqualTo("One person reached out to you on 3 days this week and got thanks, "
                    + "but no help, back.");
        });
        assertThat(chat.report("ana").stats().acknowledgements()).isEqualTo(3);
        assertThat(chat.report("ana").stats().helpGiven()).isZero();
    }

    @Test
    void saysSeveralPeoplesDaysAsOneNumberWhenEachCameOnTheSameNumberOfDays() {
        assertThat(GiveTakeRule.seen(2, 3, 3, 0, 2, 2, 1, 0, false)).isEqualTo("2 people reached out to you on 3 "
                + "days this week and got thanks, but no help, back, and a question one of them asked you went "
                + "unanswered.");
        assertThat(GiveTakeRule.seen(2, 3, 5, 0, 0, 0, 0, 0, false)).isEqualTo("2 people reached out to you on 3 or "
                + "more days this week (up to 5 days) and heard nothing back.");
    }

    @Test
    void saysNoHelpCameBackNotThatNothingDidWhenThePersonToldTheHelperHowItWent() {
        assertThat(GiveTakeRule.seen(1, 3, 3, 0, 0, 1, 0, 0, false)).isEqualTo("One person reached out to you on 3 "
                + "days this week and got no help back.");
        assertThat(GiveTakeRule.seen(1, 3, 3, 0, 0, 0, 0, 0, false)).isEqualTo("One person reached out to you on 3 "
                + "days this week and heard nothing back.");
    }

    // --- a welcome is the room's custom, not a favour ---------------------------------------------------------

    private static final dev.rapport.rules.model.ChannelInfo INTRODUCTIONS =
            dev.rapport.rules.model.ChannelInfo.of("introductions", "New here? Tell us about yourself");

    /**
     * Ivo introduces himself and Rosa welcomes him; then Rosa answers his questions about his old bicycle on the
     * following {@code answeredDays} days, and he thanks her each time.
     */
    private static void welcomedThenAnswered(Chat chat, int answeredDays) {
        MessageId hello = chat.sayIn(INTRODUCTIONS, "ivo", "hi all, Ivo here, I just bought a rusty 1970s road bike "
                + "and want to ride it again by the summer");
        chat.replyIn(INTRODUCTIONS, "rosa", hello, "ivo", "welcome Ivo! restoration questions are always welcome in "
                + "the workshop channel, we love an old steel frame");
        String[][] days = {
            {"the chain is solid rust, can it be saved or do I buy a new one?",
                "buy a new one, they are cheap and a rusty chain wears out the cogs"},
            {"the brake pads are hard as stone, is that normal after fifty years?",
                "the rubber hardens with age: new pads will stop you far better"},
            {"the bar tape is falling apart, cotton or cork for an old bike like this?",
                "cotton with a coat of shellac looks right on a bike of that age and lasts for years"},
        };
        for (int i = 0; i < answeredDays; i++) {
            chat.later(Duration.ofDays(1));
            MessageId asked = chat.say("ivo", "workshop", days[i][0]);
            chat.reply("rosa", "workshop", asked, "ivo", days[i][1]);
            chat.say("ivo", "workshop", "thanks");
        }
    }

    /**
     * A welcome to one's introduction is what everyone who arrives gets: the newcomer owes it no help back, so it is
     * no day of help. Answered on two more days, he has been helped on two days, not three.
     */
    @Test
    void staysQuietWhenOneOfTheThreeDaysWasOnlyAWelcomeToHisIntroduction() {
        Chat chat = Chat.coaching("ivo");
        welcomedThenAnswered(chat, 2);
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /** ... while the welcome hides no help: answered on three days beside it, with only thanks back, he gets the tip. */
    @Test
    void firesWhenTheSameHelperAnsweredOnThreeDaysBesideTheWelcome() {
        Chat chat = Chat.coaching("ivo");
        welcomedThenAnswered(chat, 3);
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("most-received")).isEqualTo(3));
    }

    @Test
    void staysQuietForAWeekInWhichThePersonWroteNothing() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            onDay(chat, i).mention("bob", "general", "ana", "here is a tip for your shop " + i);
        }
        chat.later(java.time.Duration.ofDays(8));
        chat.say("bob", "general", "a week later");
        assertThat(chat.findings()).isEmpty();
    }

    @Test
    void staysQuietWhenThePersonGivesHelpBack() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            onDay(chat, i).mention("bob", "general", "ana", "here is a tip for your shop " + i);
        }
        chat.mention("ana", "general", "bob", "your stall photos would look warmer with side light from a window");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
        assertThat(chat.report("ana").stats().helpGiven()).isEqualTo(1);
    }

    @Test
    void forSomeoneWhoCameToLearnTheNextStepIsToPassOnWhatTheyLearned() {
        Chat chat = Chat.builder("ana").goal("ana", Goal.LEARN).build();
        for (int i = 0; i < 3; i++) {
            onDay(chat, i).mention("bob", "general", "ana", "here is how to set the clock speed " + i);
        }
        chat.say("ana", "general", "busy day");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.tip().next()).contains("answer one question you now know the answer to"));
    }

    @Test
    void forSomeoneFindingCustomersTheNextStepIsNotALearnersStep() {
        Chat chat = Chat.builder("ana").goal("ana", Goal.FIND_CUSTOMERS).build();
        for (int i = 0; i < 3; i++) {
            onDay(chat, i).mention("bob", "general", "ana", "here is how to set the clock speed " + i);
        }
        chat.say("ana", "general", "busy day");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement().satisfies(f -> assertThat(f.tip().next())
                .doesNotContain("you now know").contains("help one of them with something they asked about"));
    }

    @Test
    void forSomeoneLookingForCollaboratorsTheNextStepIsAHandWithTheirWork() {
        Chat chat = Chat.builder("ana").goal("ana", Goal.FIND_COLLABORATORS).build();
        for (int i = 0; i < 3; i++) {
            onDay(chat, i).mention("bob", "general", "ana", "here is how to set the clock speed " + i);
        }
        chat.say("ana", "general", "busy day");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.tip().next()).contains("a hand with what they are working on"));
    }

    @Test
    void staysQuietWhenTheThirdDaysMessageAskedThePersonSomething() {
        Chat chat = Chat.coaching("eli");
        for (int i = 0; i < 2; i++) {
            onDay(chat, i).say("eli", "chat", "how long should a cast-iron pan bake when seasoning, pan " + i + "?");
            chat.mention("bram", "chat", "eli", "an hour at 230, then let it cool inside the oven");
        }
        onDay(chat, 2).mention("bram", "chat", "eli", "fancy sharing a crate of flaxseed oil from the wholesaler?");
        chat.say("eli", "chat", "yes please!");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    @Test
    void firesWhenTheSameQuestionComesAfterThreeDaysOfHelp() {
        Chat chat = Chat.coaching("eli");
        for (int i = 0; i < 3; i++) {
            onDay(chat, i).say("eli", "chat", "how long should a cast-iron pan bake when seasoning, pan " + i + "?");
            chat.mention("bram", "chat", "eli", "an hour at 230, then let it cool inside the oven");
        }
        onDay(chat, 3).mention("bram", "chat", "eli", "fancy sharing a crate of flaxseed oil from the wholesaler?");
        chat.say("eli", "chat", "yes please!");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).hasSize(1);
    }

    // --- per helper: who helped whom, and whether anything came back ------------------------------------------

    /**
     * A learner in a questions channel, helped by two people on four days, who thanks them each time and is never
     * asked anything: the channel working, nothing to coach.
     */
    @Test
    void staysQuietForALearnerHelpedByTwoPeopleOnFourDaysWhoWasNeverAskedAnything() {
        Chat chat = Chat.coaching("tova");
        helpedOnFourDaysByTwo(chat);
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /**
     * The same learner, but one of the two helpers asks something of their own and hears nothing while the learner
     * keeps asking: help runs one way, even though no single helper came on three days.
     */
    @Test
    void firesWhenTwoHelpersTogetherHelpedOnFourDaysAndOneOfThemIsLeftWaiting() {
        Chat chat = Chat.coaching("tova");
        chat.say("tova", "help", "morning, baking again today");
        chat.mention("ugo", "help", "tova", "you bake rye too, don't you? which flour brand do you trust?");
        helpedOnFourDaysByTwo(chat);
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement().satisfies(f -> {
            assertThat(f.evidence().count("people")).isEqualTo(2);
            assertThat(f.evidence().count("question-unanswered")).isEqualTo(1);
            assertThat(f.tip().seen()).isEqualTo("2 people helped or replied to you on 4 days this week and got "
                    + "thanks, but no help, back, and a question one of them asked you went unanswered.");
        });
        assertThat(chat.report("tova").stats().helpGiven()).isZero();
        assertThat(chat.report("tova").stats().acknowledgements()).isEqualTo(4);
    }

    /**
     * A learner answered by two people on four days who tells them, under each answer, what she tried and how it
     * went, and lets one follow-up about her own dough go by: a conversation with a lapse in it. The question is
     * {@code oneway.unanswered}'s to raise; with different helpers on different days it is the room working, not
     * help running one way.
     */
    @Test
    void staysQuietWhenALearnerWhoTalksTheHelpThroughLetsOneFollowUpGoBy() {
        Chat chat = Chat.coaching("tova");
        answeredOnFourDaysByTwoWithAFollowUp(chat, new String[]{
            "scored it deeper this time and it opened along the cut instead",
            "went with the dutch oven, the crust came out much darker",
            "left it forty minutes and it held its shape in the pot",
            "baked it ten minutes longer and the middle is set now"});
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isNotEmpty();
        assertThat(chat.report("tova").stats().helpGiven()).isZero();
    }

    /** Talking it through can also be taking the advice up with the helper and asking about it. */
    @Test
    void staysQuietWhenTheLearnerTakesTheAdviceUpWithTheHelpersAndLetsOneFollowUpGoBy() {
        Chat chat = Chat.coaching("tova");
        answeredOnFourDaysByTwoWithAFollowUp(chat, new String[]{
            "deeper as in a whole centimetre, or just firmer?",
            "does the lid stay on the whole time then?",
            "so if it springs back slowly it is ready?",
            "longer even when the crust is already dark?"});
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isNotEmpty();
        assertThat(chat.report("tova").stats().helpGiven()).isZero();
    }

    /** ... while the same week answered with thanks alone, the follow-up left waiting, is help running one way. */
    @Test
    void firesWhenALearnerWhoOnlyThanksLetsAHelpersFollowUpGoBy() {
        Chat chat = Chat.coaching("tova");
        answeredOnFourDaysByTwoWithAFollowUp(chat, new String[]{"thanks!", "ty", "thanks a lot", "ok thanks"});
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement().satisfies(f -> {
            assertThat(f.evidence().count("people")).isEqualTo(2);
            assertThat(f.evidence().count("question-unanswered")).isEqualTo(1);
        });
    }

    /** Someone who passes help on to others pays the community back, even if not to the one who helped most. */
    @Test
    void staysQuietWhenThePersonHelpsOthersWhileOneHelperGivesOnThreeDays() {
        Chat chat = Chat.coaching("ana");
        tipsOnThreeDaysThankedEachTime(chat);
        chat.say("cai", "general", "does anyone know how long glaze needs before a second coat?");
        chat.mention("ana", "general", "cai", "give it a full day, otherwise the second coat crawls");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
        assertThat(chat.report("ana").stats().helpGiven()).isEqualTo(1);
    }

    /**
     * Help passed on to anyone pays a community back, even while the one who helped most waits for an answer to
     * their own question: reciprocity is owed over longer than a week, and the waiting question is
     * {@code oneway.unanswered}'s to raise.
     */
    @Test
    void staysQuietWhenThePersonPassesHelpOnWhileTheHelperOfThreeDaysWaits() {
        Chat chat = Chat.coaching("ana");
        tipsOnThreeDaysThankedEachTime(chat);
        chat.mention("bob", "general", "ana", "could you look at my new stall sign and tell me if it reads well?");
        chat.say("cai", "general", "does anyone know how long glaze needs before a second coat?");
        chat.mention("ana", "general", "cai", "give it a full day, otherwise the second coat crawls");
        chat.later(Duration.ofHours(25));
        chat.say("ana", "general", "back at the wheel today");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
        assertThat(chat.report("ana").stats().helpGiven()).isEqualTo(1);
    }

    /** ... while the same week with no help passed on to anyone is one-way. */
    @Test
    void firesWhenTheHelperOfThreeDaysIsLeftWaitingAndThePersonHelpsNobody() {
        Chat chat = Chat.coaching("ana");
        tipsOnThreeDaysThankedEachTime(chat);
        chat.mention("bob", "general", "ana", "could you look at my new stall sign and tell me if it reads well?");
        chat.say("cai", "general", "does anyone know how long glaze needs before a second coat?");
        chat.later(Duration.ofHours(25));
        chat.say("ana", "general", "back at the wheel today");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("people")).isEqualTo(1));
    }

    // --- a learner who talks the help through ------------------------------------------------------------------

    /**
     * A newcomer asks in the help room on three days and the same regular answers each time with a question about the
     * problem; she answers it and later says how it went. Being taught by the one who answers there, and talking it
     * through with them, is the room working: nothing of the helper's own went by her.
     */
    @Test
    void staysQuietWhenTheLearnerAnswersTheHelpersQuestionsAndReportsBack() {
        Chat chat = Chat.coaching("nia");
        helpedOnThreeDaysAndTalkedItThrough(chat);
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /**
     * ... but when that helper, who also needs things, asks the room for a hand of their own and the learner, around
     * that week, lets it go by, her week is one-way again, however well she talked her own problems through.
     */
    @Test
    void firesWhenTheHelperWhoTalkedItThroughAsksTheRoomForAHandOfTheirOwn() {
        Chat chat = Chat.coaching("nia");
        helpedOnThreeDaysAndTalkedItThrough(chat);
        chat.later(Duration.ofHours(2));
        chat.say("otto", "lounge", "does anyone have a spare cake tin I could borrow for saturday? mine cracked");
        chat.later(Duration.ofHours(3));
        chat.say("nia", "lounge", "what a rainy day, the kitchen smells of bread though");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("people")).isEqualTo(1));
    }

    /**
     * ... while a question of the helper's that someone else has answered waits on nobody: the helper asked the room
     * whether anyone else's houseplants droop in the heat, a neighbour answered, and the learner's week is still a
     * conversation.
     */
    @Test
    void staysQuietWhenTheHelpersQuestionToTheRoomWasAnsweredBySomeoneElse() {
        Chat chat = Chat.coaching("nia");
        helpedOnThreeDaysAndTalkedItThrough(chat);
        neighbourAnswers(chat, helperAsksAboutHisBasil(chat));
        learnerChatsLater(chat);
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /**
     * ... and so is one taken up without a reply link: in a quiet room the next word from someone else, minutes after
     * the question, responds to it.
     */
    @Test
    void staysQuietWhenSomeoneElseTakesUpTheHelpersQuestionInTheNextWord() {
        Chat chat = Chat.coaching("nia");
        helpedOnThreeDaysAndTalkedItThrough(chat);
        helperAsksAboutHisBasil(chat);
        neighbourSpeaksNext(chat);
        learnerChatsLater(chat);
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /**
     * ... but her own post in that room minutes after the helper's request takes nothing up: she was there and let it
     * go by.
     */
    @Test
    void firesWhenTheLearnerPostsHerOwnNewsUnderTheHelpersRequestAndLetsItGoBy() {
        Chat chat = Chat.coaching("nia");
        helpedOnThreeDaysAndTalkedItThrough(chat);
        learnerPostsUnderTheHelpersRequest(chat);
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("people")).isEqualTo(1));
    }

    /**
     * ... and so is it when someone else's question to her goes by: helped on three days by one person, she helps
     * nobody, and lets a question put to her by name go unanswered while she posts on.
     */
    @Test
    void firesWhenAQuestionToTheLearnerFromSomeoneElseGoesByAfterThreeDaysOfHelp() {
        Chat chat = Chat.coaching("nia");
        helpedOnThreeDaysAndTalkedItThrough(chat);
        chat.later(Duration.ofHours(2));
        chat.mention("ulla", "help", "nia", "you had the flat loaves too, did a longer autolyse help in the end?");
        chat.later(Duration.ofHours(5));
        chat.say("nia", "lounge", "what a rainy day, the kitchen smells of bread though");
        chat.later(Duration.ofHours(25));
        chat.say("nia", "lounge", "another grey morning here");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("people")).isEqualTo(1));
    }

    /** ... while answering that question keeps her week a conversation. */
    @Test
    void staysQuietWhenTheLearnerAnswersTheQuestionPutToHer() {
        Chat chat = Chat.coaching("nia");
        helpedOnThreeDaysAndTalkedItThrough(chat);
        chat.later(Duration.ofHours(2));
        MessageId asked = chat.mention("ulla", "help", "nia", "you had the flat loaves too, did a longer autolyse "
                + "help in the end?");
        chat.later(Duration.ofMinutes(10));
        chat.reply("nia", "help", asked, "ulla", "not really, the shorter proof is what fixed mine in the end");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    // --- a thread kept under one's own question ----------------------------------------------------------------

    /**
     * Many people keep a thread together by replying to its first post: the learner's "tried it, the edge holds now.
     * why only the tip?" replies to her own question, yet it is said to the one who answered there. Taught on three
     * evenings by the same regular and talking each answer through that way, she is in a conversation.
     */
    @Test
    void staysQuietWhenTheLearnerTalksEachAnswerThroughUnderHerOwnQuestion() {
        Chat chat = Chat.coaching("ines");
        answeredOnThreeDaysUnderOwnQuestion(chat, new String[]{
            "sharpened both knives that way, the edge holds now. why only the tip of the stone though?",
            "did the dry fit first like you said, one leg was long. trimmed it and glued, it sits flat",
            "went with the finer grit, the scratches are gone but it took an hour. is that normal?"});
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /** ... while thanks under her own question, and nothing more, are still only thanks: help ran one way. */
    @Test
    void firesWhenTheLearnerOnlyThanksUnderHerOwnQuestion() {
        Chat chat = Chat.coaching("ines");
        answeredOnThreeDaysUnderOwnQuestion(chat, new String[]{"thanks!", "thank you", "thanks a lot"});
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("thanked")).isEqualTo(1));
    }

    /**
     * Thanks that also tell the helper in her own words what came of the advice (which of it worked, what did the
     * trick) are a report back, not bare thanks: she talks each answer through with him, as the same report without
     * the thanks would.
     */
    @Test
    void staysQuietWhenHerThanksUnderHerOwnQuestionSayWhatTheAdviceDid() {
        Chat chat = Chat.coaching("ines");
        answeredOnThreeDaysUnderOwnQuestion(chat, new String[]{"thanks, flattening the back first worked",
            "the dry fit did the trick, thank you", "thanks, sanding with the finer grit worked"});
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /** ... while a thank-you's set phrases ("that worked, thanks", "that was it") and approval still say only thanks. */
    @Test
    void firesWhenHerThanksUnderHerOwnQuestionAreOnlySetPhrasesOrApproval() {
        Chat chat = Chat.coaching("ines");
        answeredOnThreeDaysUnderOwnQuestion(chat, new String[]{"that worked, thanks!", "thank you, that was it",
            "thanks, good idea"});
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).hasSize(1);
    }

    /** Raul answers Ines's workshop question on three evenings under it; hours later she replies under it with {@code back}. */
    private static void answeredOnThreeDaysUnderOwnQuestion(Chat chat, String[] back) {
        String[][] days = {
            {"my new knives will not take an edge, what am I doing wrong?",
                "flatten the back on a coarse stone first, then hone the bevel, and only use the tip of the stone"},
            {"gluing up a stool tomorrow, how many clamps do I need for four legs?",
                "two band clamps are enough, but always do a dry fit first so you find the long leg before the glue"},
            {"which grit should I finish a chair seat with before the oil goes on?",
                "a finer grit than you think, two hundred and forty, or the oil shows every scratch you left"},
        };
        for (int i = 0; i < days.length; i++) {
            chat.later(Duration.ofDays(1));
            MessageId asked = chat.say("ines", "workshop-help", days[i][0]);
            chat.later(Duration.ofMinutes(30));
            chat.reply("raul", "workshop-help", asked, "ines", days[i][1]);
            chat.later(Duration.ofHours(3));
            chat.reply("ines", "workshop-help", asked, "ines", back[i]);
        }
    }

    // --- who reached out: a small room -------------------------------------------------------------------------

    /**
     * In a room only two people use, the other's own news posted hours after the person last spoke there is said to
     * the room, not to her: three days of it are no three days on which someone came to her.
     */
    @Test
    void staysQuietWhenAnotherPostsTheirOwnNewsToASmallRoomOnThreeDays() {
        Chat chat = Chat.coaching("ana");
        twoPeopleUseTheStudio(chat);
        for (int i = 0; i < 4; i++) {
            chat.later(Duration.ofDays(1));
            chat.say("ana", "studio", "glazing all morning, the shelves are full again");
            chat.later(Duration.ofHours(6));
            chat.say("bob", "studio", "new mugs out of the kiln today, three cracked but the blue ones came out "
                    + "lovely and the handles held");
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /** ... while advice given to her by turns there, soon after her own words, is reaching out to her. */
    @Test
    void firesWhenTheOtherAdvisesHerByTurnsInASmallRoomOnThreeDays() {
        Chat chat = Chat.coaching("ana");
        twoPeopleUseTheStudio(chat);
        for (int i = 0; i < 4; i++) {
            chat.later(Duration.ofDays(1));
            chat.say("ana", "studio", "glazing all morning, the shelves are full again");
            chat.later(Duration.ofMinutes(10));
            chat.say("bob", "studio", "put your thinnest coat on the rims first, it stops the runs and saves "
                    + "you a shelf of seconds");
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).hasSize(1);
    }

    /** Ana and Bob greet each other in the studio room until it is known as a room of two. */
    private static void twoPeopleUseTheStudio(Chat chat) {
        for (int i = 0; i < 10; i++) {
            chat.later(Duration.ofMinutes(5));
            chat.say(i % 2 == 0 ? "ana" : "bob", "studio", "morning");
        }
    }

    /** Otto answers Nia's baking questions on three days with a question back; she answers it and tells him how it went. */
    private static void tipsOnThreeDaysThankedEachTime(Chat chat) {
        for (int i = 0; i < 3; i++) {
            chat.later(Duration.ofDays(1)).mention("bob", "general", "ana", "here is a tip for your shop " + i);
            chat.mention("ana", "general", "bob", "thanks a lot");
        }
    }

    private static void helpedOnFourDaysByTwo(Chat chat) {
        String[] questions = {"why does my loaf tear on the side?", "should I bake in a dutch oven or on a stone?",
            "how long do I let the dough rest after shaping?", "what makes the crumb gummy?"};
        for (int i = 0; i < questions.length; i++) {
            chat.later(Duration.ofDays(1));
            chat.say("tova", "help", questions[i]);
            chat.mention(i % 2 == 0 ? "vera" : "ugo", "help", "tova", "that usually comes down to proofing time");
            chat.mention("tova", "help", i % 2 == 0 ? "vera" : "ugo", "thanks!");
        }
    }

    /**
     * Vera and Ugo take turns answering Tova's questions on four days, each under her question, and Tova replies to
     * each answer with {@code back}; after the first, Vera asks her a follow-up about her own dough.
     */
    private static void answeredOnFourDaysByTwoWithAFollowUp(Chat chat, String[] back) {
        String[][] days = {
            {"why does my loaf tear on the side?", "it needs a deeper score, the steam has to go somewhere"},
            {"should I bake in a dutch oven or on a stone?", "dutch oven until you have a steam setup"},
            {"how long do I let the dough rest after shaping?", "half an hour to an hour, poke it to check"},
            {"what makes the crumb gummy?", "usually underbaking, give it longer than feels right"},
        };
        for (int i = 0; i < days.length; i++) {
            chat.later(Duration.ofDays(1));
            String helper = i % 2 == 0 ? "vera" : "ugo";
            MessageId asked = chat.say("tova", "help", days[i][0]);
            MessageId answer = chat.reply(helper, "help", asked, "tova", days[i][1]);
            chat.reply("tova", "help", answer, helper, back[i]);
            if (i == 0) {
                chat.reply("vera", "help", asked, "tova", "which flour are you using for it, by the way?");
            }
        }
    }

    // --- passing over a request one could have answered -------------------------------------------------------

    /**
     * The learner of four days of help, still writing in the channel, lets a newcomer's question about the very thing
     * explained to her on Tuesday go by: she knows that answer now, and passing it over is taking without giving.
     */
    @Test
    void firesWhenTheLearnerPassesOverAQuestionLikeOneThatWasAnsweredForHer() {
        Chat chat = Chat.coaching("tova");
        helpedOnFourDaysByTwo(chat);
        chat.later(Duration.ofHours(2));
        chat.say("wim", "help", "why would the side of my loaf tear open in the oven?");
        chat.later(Duration.ofMinutes(20));
        chat.say("tova", "help", "next one: how warm should the kitchen be for the bulk rise?");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement().satisfies(f -> {
            assertThat(f.evidence().count("people")).isEqualTo(2);
            assertThat(f.evidence().count("passed-over")).isEqualTo(1);
            assertThat(f.tip().seen()).isEqualTo("2 people helped or replied to you on 4 days this week and got "
                    + "thanks, but no help, back, and you passed over a request you could have helped with.");
        });
    }

    /** A question about something nobody explained to her is one a learner may rightly leave to others. */
    @Test
    void staysQuietWhenTheQuestionPassedOverIsAboutSomethingTheLearnerWasNeverTaught() {
        Chat chat = Chat.coaching("tova");
        helpedOnFourDaysByTwo(chat);
        chat.later(Duration.ofHours(2));
        chat.say("wim", "help", "which grain mill would you buy for milling fresh rye at home?");
        chat.later(Duration.ofMinutes(20));
        chat.say("tova", "help", "next one: how warm should the kitchen be for the bulk rise?");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /**
     * Someone who said she runs her orders on a tool knows it: a newcomer's question about that tool, let go by while
     * she writes in the channel, is a request she could have answered, as much as one like her own answered question.
     */
    @Test
    void firesWhenTheLearnerPassesOverAQuestionAboutAToolSheSaidSheUses() {
        Chat chat = Chat.coaching("tova");
        chat.say("tova", "general", "we moved all our preorders into Crumbsheet in March, no more paper tickets");
        helpedOnFourDaysByTwo(chat);
        chat.later(Duration.ofHours(2));
        chat.say("wim", "help", "how do you get last month's totals out of Crumbsheet? the export button is greyed");
        chat.later(Duration.ofMinutes(20));
        chat.say("tova", "help", "next one: how warm should the kitchen be for the bulk rise?");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("passed-over")).isEqualTo(1));
    }

    /** Asking about a tool is not using it: the same question then is not one she was in a position to answer. */
    @Test
    void staysQuietWhenSheOnlyAskedAboutTheToolHerself() {
        Chat chat = Chat.coaching("tova");
        chat.say("tova", "general", "is anyone here using Crumbsheet for preorders?");
        helpedOnFourDaysByTwo(chat);
        chat.later(Duration.ofHours(2));
        chat.say("wim", "help", "how do you get last month's totals out of Crumbsheet? the export button is greyed");
        chat.later(Duration.ofMinutes(20));
        chat.say("tova", "help", "next one: how warm should the kitchen be for the bulk rise?");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    private static final dev.rapport.rules.model.ChannelInfo CRITIQUE = dev.rapport.rules.model.ChannelInfo.of(
            "critique", "Post a photo of your work, get honest critique, give some back.");
    private int ids;

    /** A message in the critique channel (its name and topic known), a minute after the last. */
    private dev.rapport.rules.model.MessageId inCritique(Chat chat, String author, String to, String text) {
        var b = dev.rapport.rules.model.ChatMessage.builder().id("crit" + ids++).at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, CRITIQUE.name()).channelInfo(CRITIQUE).by(author).text(text);
        if (to != null) {
            b.mention(to);
        }
        chat.later(Duration.ofMinutes(1));
        return chat.feed(b.build());
    }

    /** Four days of critique from two people on her photos, answered with thanks. */
    private void critiquedOnFourDaysByTwo(Chat chat) {
        for (int i = 0; i < 4; i++) {
            chat.later(Duration.ofDays(1));
            inCritique(chat, "tova", null, "new product photo of my bowls, is the light too flat? take " + i);
            inCritique(chat, i % 2 == 0 ? "vera" : "ugo", "tova", "move the lamp to the side so the glaze shows");
            inCritique(chat, "tova", i % 2 == 0 ? "vera" : "ugo", "thanks!");
        }
    }

    /**
     * In a channel where members critique each other's work, a request for critique is one anyone there can answer:
     * an opinion on a photo takes an eye, not expertise; and it needs no question mark ("my first glazed mug, go easy
     * on me"): the room can answer it or pass it over just the same. Critiqued on four days, she chats elsewhere half
     * an hour after another member asked, and gives nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"first try at shooting my candles on linen, does the background work?",
        "my first glazed mug, go easy on me"})
    void firesWhenTheLearnerPassesOverARequestForCritiqueWhileActive(String request) {
        Chat chat = Chat.coaching("tova");
        critiquedOnFourDaysByTwo(chat);
        chat.later(Duration.ofHours(2));
        inCritique(chat, "wim", null, request);
        chat.later(Duration.ofMinutes(30));
        chat.say("tova", "chat", "busy day at the wheel, three orders to finish");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("passed-over")).isEqualTo(1));
    }

    /** News and thanks posted to the critique channel ask nothing: there is nothing to pass over. */
    @Test
    void staysQuietWhenWhatStoodOpenWasNewsOrThanks() {
        Chat chat = Chat.coaching("tova");
        critiquedOnFourDaysByTwo(chat);
        chat.later(Duration.ofHours(2));
        inCritique(chat, "wim", null, "sold my first set of mugs at the market today, thanks for all the feedback");
        inCritique(chat, "xan", null, "kiln is fixed, firing the next batch on Friday");
        chat.later(Duration.ofMinutes(30));
        chat.say("tova", "chat", "busy day at the wheel, three orders to finish");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /** Not around while it stood open: she wrote next three hours later. Nobody can answer what they did not see. */
    @Test
    void staysQuietWhenTheLearnerWasNotAroundWhileTheRequestForCritiqueStoodOpen() {
        Chat chat = Chat.coaching("tova");
        critiquedOnFourDaysByTwo(chat);
        chat.later(Duration.ofHours(2));
        inCritique(chat, "wim", null, "first try at shooting my candles on linen, does the background work?");
        chat.later(Duration.ofHours(3));
        chat.say("tova", "chat", "busy day at the wheel, three orders to finish");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }
    /** Her work posted in the critique channel (no question mark), and his critique replying to it the same day. */
    private dev.rapport.rules.model.MessageId critiqueReply(Chat chat, String author, String to,
                                                           dev.rapport.rules.model.MessageId post, String text) {
        var b = dev.rapport.rules.model.ChatMessage.builder().id("crit" + ids++).at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, CRITIQUE.name()).channelInfo(CRITIQUE).by(author).text(text).replyTo(post, dev.rapport.rules.model.UserId.of(to));
        chat.later(Duration.ofMinutes(1));
        return chat.feed(b.build());
    }

    /**
     * Critique of one's work is help even when it ends with a question back ("which kiln did you fire it in?"): the
     * critic gave an eye and asked to know more. Three days of it from one member, only thanks back, and nothing given
     * to anyone: one-way.
     */
    @Test
    void firesWhenCritiqueOfHerWorkOnThreeDaysEndsInQuestionsAndSheOnlyThanks() {
        Chat chat = Chat.coaching("tova");
        for (int i = 0; i < 3; i++) {
            chat.later(Duration.ofDays(1));
            var post = inCritique(chat, "tova", null, "latest batch of speckled bowls, honest opinions welcome " + i);
            critiqueReply(chat, "vera", "tova", post, "the rims are lovely but the foot looks heavy. did you trim "
                    + "it when it was leather hard?");
            inCritique(chat, "tova", "vera", "thanks!");
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("most-received")).isEqualTo(3));
    }

    /**
     * The same questions asked about her posts in an ordinary chat channel are curiosity, not critique she asked for:
     * being asked is not being given to.
     */
    @Test
    void staysQuietWhenQuestionsAboutHerPostsComeInAnOrdinaryChannel() {
        Chat chat = Chat.coaching("tova");
        for (int i = 0; i < 3; i++) {
            chat.later(Duration.ofDays(1));
            var post = chat.say("tova", "chat", "latest batch of speckled bowls came out of the kiln today " + i);
            chat.reply("vera", "chat", post, "tova", "the rims are lovely but the foot looks heavy. did you trim it "
                    + "when it was leather hard?");
            chat.say("tova", "chat", "thanks!");
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /**
     * An answer to her question that ends by asking her something ("what temperature is the room?") is still an
     * answer: three days of them from one helper, only thanks back, and she helps nobody.
     */
    @Test
    void firesWhenAnswersToHerQuestionsEndInAFollowUpQuestionOnThreeDays() {
        Chat chat = Chat.coaching("eli");
        for (int i = 0; i < 3; i++) {
            onDay(chat, i);
            var q = chat.say("eli", "chat", "my sourdough starter smells of nail varnish, batch " + i + ", why?");
            chat.reply("bram", "chat", q, "eli", "it is hungry, feed it 2x a day for a while. how warm is your "
                    + "kitchen?");
            chat.say("eli", "chat", "thanks");
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).hasSize(1);
    }

    // --- tending one's own post is not giving -----------------------------------------------------------------

    /**
     * Answering what someone asks about one's own post ("does it log to a card?" under one's finished project) tends
     * one's own thing: it is not help given back. Helped on three days and giving only that, she gets the tip.
     */
    @Test
    void firesWhenHerOnlyAnswersWereToQuestionsAboutHerOwnPost() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            onDay(chat, i).mention("bob", "general", "ana", "here is a tip for your shop " + i);
        }
        var post = chat.say("ana", "projects", "my little weather station is finished, solar powered and all");
        var asked = chat.reply("cai", "projects", post, "ana", "nice! does it keep the readings on a card?");
        chat.reply("ana", "projects", asked, "cai", "no, it sends them over wifi to a small server in the attic");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("most-received")).isEqualTo(3));
        assertThat(chat.report("ana").stats().helpGiven()).isZero();
    }

    /** The same answer to a question under someone else's post is help given to the one who asked. */
    @Test
    void staysQuietWhenSheAnswersAQuestionUnderSomeoneElsesPost() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            onDay(chat, i).mention("bob", "general", "ana", "here is a tip for your shop " + i);
        }
        var post = chat.say("dee", "projects", "my little weather station is finished, solar powered and all");
        var asked = chat.reply("cai", "projects", post, "dee", "nice! does it keep the readings on a card?");
        chat.reply("ana", "projects", asked, "cai", "those kits usually send them over wifi, the card is optional");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
        assertThat(chat.report("ana").stats().helpGiven()).isEqualTo(1);
    }

    /** Replying to the answers to one's own question goes on with one's own problem: not help given either. */
    @Test
    void herRepliesToTheAnswersToHerOwnQuestionAreNotHelpGiven() {
        Chat chat = Chat.coaching("ana");
        var q = chat.say("ana", "general", "how does everyone here track their wholesale orders?");
        var answer = chat.reply("bob", "general", q, "ana", "a shared spreadsheet until about fifty orders a month");
        chat.reply("ana", "general", answer, "bob", "makes sense, we moved ours into a notebook app last month anyway");
        chat.finish();
        assertThat(chat.report("ana").stats().helpGiven()).isZero();
    }

    /** A helper who answers the follow-up question to her own answer is still helping: her answer was no post of hers. */
    @Test
    void aHelperAnsweringTheFollowUpToHerAnswerKeepsHelping() {
        Chat chat = Chat.coaching("ana");
        var q = chat.say("cai", "general", "how does everyone here track their wholesale orders?");
        var answer = chat.reply("ana", "general", q, "cai", "a shared spreadsheet until about fifty orders a month");
        var more = chat.reply("cai", "general", answer, "ana", "and after fifty, what then?");
        chat.reply("ana", "general", more, "cai", "then a proper order system, most shop platforms have one built in");
        chat.finish();
        assertThat(chat.report("ana").stats().helpGiven()).isEqualTo(2);
    }

    // --- a request without a question mark asks; it gives nothing ---------------------------------------------

    /** Two days of tips, and a question from someone else, chased the next day: only the tips were given. */
    private static void tipsOnTwoDaysAndAQuestionChased(Chat chat, String chase) {
        chat.mention("bob", "general", "ana", "here is a tip for your shop 0");
        chat.later(Duration.ofDays(1)).mention("cai", "general", "ana", "which courier do you use for big parcels?");
        chat.say("ana", "studio", "glazing day, the whole table is full of mugs");
        chat.later(Duration.ofDays(1)).mention("cai", "general", "ana", chase);
        chat.later(Duration.ofDays(1)).mention("bob", "general", "ana", "here is a tip for your shop 1");
        chat.later(Duration.ofHours(25));
        chat.say("ana", "general", "back at the wheel today");
        chat.finish();
    }

    /** "Bumping this, any name would help" chases a question: being asked twice is not being helped. */
    @Test
    void staysQuietWhenTheThirdDayWasOnlyAChasedQuestion() {
        Chat chat = Chat.coaching("ana");
        tipsOnTwoDaysAndAQuestionChased(chat, "bumping this, any name would help, the fair is on Saturday");
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /** A tip on the third day is help, and its giver's own question still waits: one-way. */
    @Test
    void firesWhenTheThirdDayBroughtHelpFromSomeoneLeftWaiting() {
        Chat chat = Chat.coaching("ana");
        tipsOnTwoDaysAndAQuestionChased(chat, "by the way, the parcel shop on Mill Lane collects from your door");
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("question-unanswered")).isEqualTo(1));
    }

    // --- help given is what the other person can use ------------------------------------------------------------

    /** Bob gives Ana advice on three days and she thanks him each time: help she has to give back somewhere. */
    private static Chat helpedOnThreeDaysWithThanks() {
        Chat chat = Chat.coaching("ana");
        String[] advice = {"sand the lid edge with fine paper before the varnish goes on",
            "a second thin coat of varnish beats one thick coat every time",
            "let the varnish cure for two full days before you close the box"};
        for (int i = 0; i < advice.length; i++) {
            onDay(chat, i).mention("bob", "workshop", "ana", advice[i]);
            chat.mention("ana", "workshop", "bob", "thanks!");
        }
        return chat;
    }

    /** Asking someone else for help, however it is put and however long, takes: it is no help given back. */
    @Test
    void firesWhenHerOnlyOtherWordsAskedSomeoneElseForHelp() {
        Chat chat = helpedOnThreeDaysWithThanks();
        chat.mention("ana", "workshop", "carl", "carl you made one of these boxes too, how do i stop the hinge "
                + "from squeaking when it opens");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).hasSize(1);
        assertThat(chat.report("ana").stats().helpGiven()).isZero();
    }

    /** ... while advice she gives someone else is help passed on, and pays the community back. */
    @Test
    void staysQuietWhenHerOtherWordsGaveSomeoneElseAdvice() {
        Chat chat = helpedOnThreeDaysWithThanks();
        chat.mention("ana", "workshop", "carl", "carl a drop of candle wax on the hinge pin stops the squeak for "
                + "months");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
        assertThat(chat.report("ana").stats().helpGiven()).isEqualTo(1);
    }

    /** A laughing word or two in reply to someone's question answers it, but gives them nothing to use. */
    @Test
    void firesWhenHerOnlyAnswerWasALaughingWordOrTwo() {
        Chat chat = helpedOnThreeDaysWithThanks();
        MessageId asked = chat.say("carl", "workshop", "has anyone here tried the cordless sander they sell at the "
                + "market?");
        chat.reply("ana", "workshop", asked, "carl", "haha nope");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).hasSize(1);
    }

    /** ... while an answer that tells the asker something, however plain, is help. */
    @Test
    void staysQuietWhenHerAnswerToTheQuestionToldTheAskerSomething() {
        Chat chat = helpedOnThreeDaysWithThanks();
        MessageId asked = chat.say("carl", "workshop", "has anyone here tried the cordless sander they sell at the "
                + "market?");
        chat.reply("ana", "workshop", asked, "carl", "nope, but the corded one next to it is light and cheap to run");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    // --- several helpers, and another member's question left waiting ------------------------------------------

    /**
     * Tova is answered by two people on four days and gives back only thanks, while a third member's question to her,
     * put by name, goes by: something asked of her went unanswered while she took help from the room, whoever asked
     * it. The same sign as a helper's own question left waiting.
     */
    @Test
    void firesWhenTwoHelpersTogetherHelpedOnFourDaysAndAnotherMembersQuestionIsLeftWaiting() {
        Chat chat = Chat.coaching("tova");
        chat.say("tova", "lounge", "morning all, the kitchen is warm today");
        chat.mention("wes", "lounge", "tova", "you said you bake for the village fete, who do I ask about a stall?");
        helpedOnFourDaysByTwo(chat);
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("people")).isEqualTo(2));
    }

    /** ... while a learner who talks each answer through and lets that question go by has a lapse unanswered tells. */
    @Test
    void staysQuietWhenALearnerWhoTalksTheHelpThroughLetsAnotherMembersQuestionGoBy() {
        Chat chat = Chat.coaching("tova");
        chat.say("tova", "lounge", "morning all, the kitchen is warm today");
        chat.mention("wes", "lounge", "tova", "you said you bake for the village fete, who do I ask about a stall?");
        answeredOnFourDaysByTwoWithAFollowUp(chat, new String[]{
            "scored it deeper this time and it opened along the cut instead",
            "went with the dutch oven, the crust came out much darker",
            "left it forty minutes and it held its shape in the pot",
            "baked it ten minutes longer and the middle is set now"});
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isNotEmpty();
    }

    // --- customers among themselves ----------------------------------------------------------------------------

    /**
     * A customer served by the business's staff owes them custom, not help: Rin, wearing the Customer role, asks on
     * three days and a staff member answers each time.
     */
    @Test
    void staysQuietForACustomerHelpedOnThreeDaysByTheStaff() {
        Chat chat = customerChat();
        customerHelpedOnThreeDays(chat, "Staff");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /**
     * ... while the same help from a fellow customer, where customers talk among themselves, is a member's help like
     * any other: thanked on three days and never given back, it runs one way.
     */
    @Test
    void firesForACustomerHelpedOnThreeDaysByAFellowCustomer() {
        Chat chat = customerChat();
        customerHelpedOnThreeDays(chat, "Customer");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("people")).isEqualTo(1));
    }

    /** A shop's server: its Customer and Staff roles are known. */
    private static Chat customerChat() {
        return Chat.builder("rin").defaultRoles(Map.of("Customer", Audience.CUSTOMER,
                "Staff", Audience.IGNORE)).build();
    }

    /** Rin (a Customer) asks on three days in the customers' workbench room; Pip, wearing {@code helperRole}, answers. */
    private static void customerHelpedOnThreeDays(Chat chat, String helperRole) {
        String[][] days = {
            {"my first candle tunnelled down the middle, what went wrong?", "the wick is too small for that jar width"},
            {"the top cracked as it cooled, is that the wax?", "pour a little cooler and let it cool slowly"},
            {"how long should they cure before I burn one?", "two weeks for soy, the scent throw gets much better"},
        };
        for (String[] day : days) {
            chat.later(Duration.ofDays(1));
            MessageId asked = chat.sayWithRoles("rin", "workbench", Set.of("Customer"), day[0]);
            MessageId answer = chat.replyWithRoles("pip", "workbench", Set.of(helperRole), asked, "rin",
                    day[1]);
            chat.replyWithRoles("rin", "workbench", Set.of("Customer"), answer, "pip", "thanks");
        }
    }

    // --- a seller's client left waiting --------------------------------------------------------------------------

    /**
     * A seller whose fellow in the trade helps her on three days, and who talks each answer through, lets a client's
     * question go by: that is the client rules' to say (the unanswered question, the customer kept waiting), not a
     * sign that her fellow's help goes unreturned.
     */
    @Test
    void staysQuietWhenASellerWhoTalksTheHelpThroughLetsAClientsQuestionGoBy() {
        Chat chat = sellerHelpedOnThreeDaysByAFellow();
        chat.later(Duration.ofHours(2));
        chat.mentionWithRoles("hugo", "orders", Set.of("Customer"), "wren",
                "could you rebind my late aunt's recipe book before the summer?");
        sellerChatsOn(chat);
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isNotEmpty();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /** ... while a fellow member's question to her left waiting is something asked of her that went by. */
    @Test
    void firesWhenASellerWhoTalksTheHelpThroughLetsAFellowMembersQuestionGoBy() {
        Chat chat = sellerHelpedOnThreeDaysByAFellow();
        chat.later(Duration.ofHours(2));
        chat.mention("ivo", "lounge", "wren", "you did cloth covers for two of my clients' albums last year, which "
                + "board did you use?");
        sellerChatsOn(chat);
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("people")).isEqualTo(1));
    }

    /**
     * A binders' community that sells (its Customer role is configured): Wren, who binds for clients, asks her
     * fellow Odo in the workroom on three days and tells him each time what she did with his answer.
     */
    private static Chat sellerHelpedOnThreeDaysByAFellow() {
        Chat chat = Chat.builder("wren").community(new CommunitySettings(Map.of(
                "Customer", Audience.CUSTOMER), Map.of(), Set.of(),
                Map.of())).build();
        chat.say("wren", "workroom", "two of my clients want leather spines this spring, busy weeks ahead");
        String[][] days = {
            {"my endpapers keep wrinkling after pasting, what am I doing wrong?",
                "paste thinner and put them under boards straight away. which paper are you using?",
                "a cotton laid paper, quite soft, I will press it sooner"},
            {"pressed them sooner and the wrinkles are gone, but the spine cracks when it opens. too much glue?",
                "yes, a thin coat and let the mull do the work. are you rounding the spine?",
                "not rounding at all, flat backs only so far"},
            {"the corners of the covers lift after a week, any idea?",
                "mitre them tighter and rub the turn-ins down with a folder. did you trim the boards after covering?",
                "I trimmed before, so the turn-ins were short at the corners"},
        };
        for (String[] day : days) {
            chat.later(Duration.ofDays(1));
            MessageId asked = chat.say("wren", "workroom", day[0]);
            MessageId answer = chat.reply("odo", "workroom", asked, "wren", day[1]);
            chat.reply("wren", "workroom", answer, "odo", day[2]);
        }
        return chat;
    }

    /** Wren goes on posting to the workroom over the next two days, and the week ends. */
    private static void sellerChatsOn(Chat chat) {
        chat.later(Duration.ofHours(5));
        chat.say("wren", "workroom", "the bindery smells of wheat paste all day now");
        chat.later(Duration.ofHours(25));
        chat.say("wren", "workroom", "another wet morning, the boards are slow to dry");
        chat.finish();
    }
}
