package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

class UnansweredRuleTest {

    /** Bob asks Ana {@code question} in #general; she stays around, writing in #studio, and never answers. */
    private static Chat bobAsksAna(String question) {
        return Scene.coaching("ana").around("ana")
                .asks("bob", "general", "ana", question)
                .stillAround("ana", "studio", "packing orders all afternoon").build();
    }

    @Test
    void firesWhenAQuestionToThePersonWaitsADayWhileTheyAreAround() {
        Scene asked = Scene.coaching("ana").around("ana").asks("bob", "general", "ana", "do you ship to Canada?");
        MessageId q = asked.last();
        Chat chat = asked.stillAround("ana", "studio", "packing orders all afternoon").build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement().satisfies(f -> {
            assertThat(f.evidence().count("waiting")).isEqualTo(1);
            assertThat(f.evidence().suggestions()).containsExactly(q);
            // Said as of the deadline, so it stays true in a digest read days later.
            assertThat(f.tip().seen()).isEqualTo("A question to you went more than 24 hours without an answer.");
        });
    }

    /** "how gorgeous is that?" said to someone about their work praises it: nobody waits for an answer. */
    @Test
    void staysQuietForAQuestionThatOnlyExclaims() {
        Chat chat = bobAsksAna("omg how gorgeous is that glaze? who knew?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /** "Did it, ..." under someone's advice reports it done with the "I" dropped: the helper is owed no answer. */
    @Test
    void staysQuietForAReportBackThatOpensOnDidIt() {
        Chat chat = bobAsksAna("Did it, the dough doubled overnight. Great tip.");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /** So does one that goes on to how it was done: "did it twice", "did it with ...", with no verb after the thing. */
    @Test
    void staysQuietForAReportBackThatSaysHowItWasDone() {
        Chat chat = bobAsksAna("Did it twice over like the video showed, the seam lies flat now. Cheers!");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /** Going on to its verb, the same opening asks whether it worked, and waits without its mark too. */
    @Test
    void firesWhenDidItGoesOnToAskWhetherItWorked() {
        Chat chat = bobAsksAna("did it double overnight in the end after the cold proof");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** A teaser opened on "guess who"/"guess where" tells news: whoever it names owes it no answer. */
    @Test
    void staysQuietForATeaserThatTellsItsOwnNews() {
        Chat chat = bobAsksAna("guess who just talked the garage down to half price??");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /** Asked to guess, with a subject before the verb, the reader is asked to try: the question still waits. */
    @Test
    void firesWhenTheReaderIsAskedToGuess() {
        Chat chat = bobAsksAna("can you guess which year this teapot was glazed?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** Surprise said back, a hedged answer and a question to "anyone" ask nothing of the person they reply to. */
    @Test
    void staysQuietForAReactionAHedgeOrAQuestionToTheRoom() {
        Chat chat = Scene.coaching("ana").around("ana")
                .asks("bob", "general", "ana", "no way? I'll book the earlier ferry then")
                .asks("cal", "general", "ana", "the repair café opens on saturdays I think?")
                .asks("dee", "general", "ana", "beats me. has anybody here driven the coast road lately?")
                .stillAround("ana", "studio", "packing orders all afternoon").build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /**
     * Under one's own call for cover, a reply that cannot take it and points to a third person with a guess ("on
     * nights myself, but Wren might want it?") asks the poster nothing: it waits for no answer from them.
     */
    @Test
    void staysQuietWhenAReplyPointsToSomeoneElseWithAGuessAfterBut() {
        Chat chat = bobAsksAna("on nights myself that week, but Wren might want it?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /** The same reply that puts the guess to the poster ("but you might want it?") still waits for their word. */
    @Test
    void firesWhenTheGuessAfterButIsPutToTheReader() {
        Chat chat = bobAsksAna("on nights myself that week, but you might want it?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** Feedback that closes on an idea with a question's tentative tone gives an idea: it waits for no answer. */
    @Test
    void staysQuietWhenFeedbackOnTheirWorkEndsOnATentativeIdea() {
        Chat chat = Chat.coaching("ana");
        MessageId post = chat.say("ana", "crit", "new bracelet, does the clasp sit right?");
        chat.later(Duration.ofMinutes(40));
        chat.reply("bob", "crit", post, "ana", "it tilts a little to the left, maybe the catch spring?");
        chat.later(Duration.ofHours(2)).say("ana", "studio", "kiln is loaded for tonight");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenFeedbackOnTheirWorkEndsOnAQuestionForThem() {
        Chat chat = Chat.coaching("ana");
        MessageId post = chat.say("ana", "crit", "new bracelet, does the clasp sit right?");
        chat.later(Duration.ofMinutes(40));
        chat.reply("bob", "crit", post, "ana", "it tilts a little to the left. which catch spring did you use?");
        chat.later(Duration.ofHours(2)).say("ana", "studio", "kiln is loaded for tonight");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /**
     * A reply under one's own post answers the questions others put under it, however long after and whoever spoke
     * in between: "reworked it, thank you both" under a shared piece takes up the critics' notes there.
     */
    @Test
    void staysQuietWhenTheyLaterReplyUnderTheirOwnPostWhereTheQuestionWasAsked() {
        Chat chat = Chat.coaching("ana");
        MessageId post = chat.say("ana", "crit", "new teapot, first time throwing a spout: https://pics.example/teapot");
        chat.later(Duration.ofMinutes(40));
        chat.reply("bob", "crit", post, "ana", "lovely form. how thick did you leave the walls?");
        chat.later(Duration.ofMinutes(50));
        chat.reply("cal", "crit", post, "ana", "the handle looks a touch low to me");
        chat.later(Duration.ofHours(3));
        chat.reply("ana", "crit", post, "ana", "about 6mm at the base, thinner up top. raising the handle next time");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /** A reply under another post of one's own answers nothing asked under the first. */
    @Test
    void firesWhenTheyLaterReplyOnlyUnderAnotherPostOfTheirOwn() {
        Chat chat = Chat.coaching("ana");
        MessageId post = chat.say("ana", "crit", "new teapot, first time throwing a spout: https://pics.example/teapot");
        chat.later(Duration.ofMinutes(30));
        MessageId mugs = chat.say("ana", "crit", "and the mugs from the same firing: https://pics.example/mugs");
        chat.later(Duration.ofMinutes(40));
        chat.reply("bob", "crit", post, "ana", "lovely form. how thick did you leave the walls?");
        chat.later(Duration.ofMinutes(50));
        chat.reply("cal", "crit", mugs, "ana", "the handles look a touch low to me");
        chat.later(Duration.ofHours(3));
        chat.reply("ana", "crit", mugs, "ana", "raising the handles on the next batch, good catch");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /**
     * A reply that echoes the person's own words back with a question mark ("not perfect?? it's gorgeous" to "not
     * perfect but done") reacts to what they said in surprise or warmth: it asks nothing, and waits for no answer.
     */
    @Test
    void staysQuietForAReplyThatEchoesTheirOwnWordsBack() {
        Chat chat = Chat.coaching("ana");
        MessageId quilt = chat.say("ana", "makes", "finally finished the quilt, not perfect but done");
        chat.later(Duration.ofMinutes(15));
        chat.reply("bob", "makes", quilt, "ana", "not perfect?? it's gorgeous");
        chat.later(Duration.ofHours(2)).say("ana", "studio", "kiln is loaded for tonight");
        chat.later(Duration.ofHours(26)).say("ana", "studio", "glazing day tomorrow");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /** The same echo followed by a question of its own ("which bit bothers you?") still waits for her answer. */
    @Test
    void firesWhenAnEchoIsFollowedByAQuestionOfItsOwn() {
        Chat chat = Chat.coaching("ana");
        MessageId quilt = chat.say("ana", "makes", "finally finished the quilt, not perfect but done");
        chat.later(Duration.ofMinutes(15));
        chat.reply("bob", "makes", quilt, "ana", "not perfect?? which bit bothers you?");
        chat.later(Duration.ofHours(2)).say("ana", "studio", "kiln is loaded for tonight");
        chat.later(Duration.ofHours(26)).say("ana", "studio", "glazing day tomorrow");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** A reply under someone's post that tells, in chat's past without its "I" ("did the winter one"), asks nothing. */
    @Test
    void staysQuietForAPastToldWithoutItsSubjectUnderTheirPost() {
        Chat chat = Chat.coaching("ana");
        MessageId course = chat.say("ana", "kitchen", "running my bread course again in March, booking opens Monday");
        chat.later(Duration.ofMinutes(40));
        chat.reply("bob", "kitchen", course, "ana", "did the winter one, it was a treat");
        chat.later(Duration.ofHours(2)).say("ana", "studio", "kiln is loaded for tonight");
        chat.later(Duration.ofHours(26)).say("ana", "studio", "glazing day tomorrow");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /** With its subject, the past asks ("did you do the winter one?"), and waits for her answer. */
    @Test
    void firesForAPastQuestionWithItsSubjectUnderTheirPost() {
        Chat chat = Chat.coaching("ana");
        MessageId course = chat.say("ana", "kitchen", "running my bread course again in March, booking opens Monday");
        chat.later(Duration.ofMinutes(40));
        chat.reply("bob", "kitchen", course, "ana", "did you run a winter one as well");
        chat.later(Duration.ofHours(2)).say("ana", "studio", "kiln is loaded for tonight");
        chat.later(Duration.ofHours(26)).say("ana", "studio", "glazing day tomorrow");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /**
     * An answer to one's question that opens like a question, with no question mark, answers it: chat drops the "I"
     * ("did the evening one"), and an answer echoes the question's word ("when it's dry").
     */
    @Test
    void staysQuietForAnAnswerThatOpensLikeAQuestionWithoutAQuestionMark() {
        Chat chat = Chat.coaching("ana");
        MessageId course = chat.say("ana", "kitchen", "anyone taken a bread course? which one do you recommend?");
        chat.later(Duration.ofMinutes(30));
        chat.reply("bob", "kitchen", course, "ana", "did the evening one at the mill, worth it, and bring an apron");
        MessageId sow = chat.later(Duration.ofMinutes(10)).say("ana", "garden", "when do people sow carrots here?");
        chat.later(Duration.ofMinutes(20));
        chat.reply("cal", "garden", sow, "ana", "when it's dry, usually mid april for me");
        chat.later(Duration.ofHours(2)).say("ana", "studio", "kiln is loaded for tonight");
        chat.later(Duration.ofHours(26)).say("ana", "studio", "glazing day tomorrow");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /** The same answer asking something back with its question mark still waits for the asker's word. */
    @Test
    void firesWhenAnAnswerToTheirQuestionAsksSomethingBack() {
        Chat chat = Chat.coaching("ana");
        MessageId course = chat.say("ana", "kitchen", "anyone taken a bread course? which one do you recommend?");
        chat.later(Duration.ofMinutes(30));
        chat.reply("bob", "kitchen", course, "ana", "did you look at the evening one at the mill? it's cheap");
        chat.later(Duration.ofHours(2)).say("ana", "studio", "kiln is loaded for tonight");
        chat.later(Duration.ofHours(26)).say("ana", "studio", "glazing day tomorrow");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void firesForAReactionFollowedByARealQuestion() {
        Chat chat = bobAsksAna("no way? which ferry did you take?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aQuestionIsReportedOnceAndThenLetGo() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "morning all");
        MessageId old = chat.mention("bob", "general", "ana", "do you ship to Canada?");
        chat.later(Duration.ofHours(25));
        chat.say("ana", "general", "new candles in the shop next week");
        MessageId fresh = chat.mention("cleo", "general", "ana", "are you at the fair on Saturday?");
        chat.later(Duration.ofHours(2)).say("ana", "studio", "wicks trimmed, labels next");
        chat.later(Duration.ofHours(23));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(2);
        assertThat(chat.findings(ONEWAY_UNANSWERED).get(1).evidence().suggestions()).containsExactly(fresh)
                .doesNotContain(old);
    }

    @Test
    void staysQuietWhenThePersonWasAwayAndAnswersWithTheFirstMessageTheyWriteBack() {
        // Ana writes nothing anywhere in the community for a day and a half (a trip, a busy stretch): she had no
        // chance to answer, and her first message back answers.
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "off to the craft fair, back on Wednesday");
        MessageId q = chat.mention("bob", "general", "ana", "do you ship to Canada?");
        chat.later(Duration.ofHours(33));
        chat.reply("ana", "general", q, "bob", "sorry for the wait, yes, about five days with tracking");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietWhenSomeoneAwayWhenAskedCatchesUpThereWithTheirFirstWordBackHoweverItOpens() {
        // Noor had written nothing for a day when Ola asked; her first word in the community afterwards, two days
        // later and in that channel, is said to nobody else and asks nothing: she is catching up on what waited.
        Chat chat = Chat.coaching("noor");
        chat.say("noor", "rota", "done with the inventory, see you all soon");
        chat.later(Duration.ofHours(24));
        chat.mention("ola", "rota", "noor", "could you take my Saturday stall shift?");
        chat.later(Duration.ofHours(46));
        chat.say("noor", "rota", "Apologies Ola, my phone died at the cabin! Happy to take your Saturday, I'll do the stall.");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenSomeoneAwayWhenAskedWritesFirstInAnotherChannelAndNeverAnswers() {
        // Back, and busy elsewhere: the first word back is not in the channel where the question waits.
        Chat chat = Chat.coaching("noor");
        chat.say("noor", "rota", "done with the inventory, see you all soon");
        chat.later(Duration.ofHours(24));
        chat.mention("ola", "rota", "noor", "could you take my Saturday stall shift?");
        chat.later(Duration.ofHours(46));
        chat.say("noor", "general", "Apologies all, my phone died at the cabin! What a view though.");
        chat.later(Duration.ofHours(3));
        chat.say("noor", "rota", "the new label printer works a treat");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void firesWhenSomeoneAwayWhenAskedComesBackThereWithNewsOfTheirOwn() {
        // Her first word back is in the right channel, but about herself, said to nobody: the question still waits.
        Chat chat = Chat.coaching("noor");
        chat.say("noor", "rota", "done with the inventory, see you all soon");
        chat.later(Duration.ofHours(24));
        chat.mention("ola", "rota", "noor", "could you take my Saturday stall shift?");
        chat.later(Duration.ofHours(46));
        chat.say("noor", "rota", "Back from the cabin, the lake was frozen solid!");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void staysQuietWhenSomeoneAwayWhenAskedComesBackThereOwningUpToTheWaitAndAsksHowItWent() {
        // Away before the question came; her first word back is in that channel and opens with an apology: she is
        // catching up on what waited, late, and her question back is about the thing she was asked about.
        Chat chat = awayWhenAskedToCoverTheStall();
        chat.say("noor", "rota", "Ola so sorry, just got back and saw this! how did Saturday go? I'll take the next one");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenSomeoneAwayWhenAskedComesBackThereWithAQuestionOfTheirOwn() {
        // The same return, opening with her own news and a question to the room: the stall question still waits.
        Chat chat = awayWhenAskedToCoverTheStall();
        chat.say("noor", "rota", "Back from the cabin! has anyone got the spare float key?");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** Noor last wrote a day before Ola's question, and writes nothing anywhere for two days after it. */
    private static Chat awayWhenAskedToCoverTheStall() {
        Chat chat = Chat.coaching("noor");
        chat.say("noor", "stock", "lovely day, then I'm off to the cabin for a bit, no signal there");
        chat.later(Duration.ofHours(24));
        chat.mention("ola", "rota", "noor", "could you take my Saturday stall shift?");
        chat.later(Duration.ofHours(46));
        return chat;
    }

    @Test
    void firesWhenAQuestionPutToSomeoneByNameMidMessageWaitsWhileTheyPostElsewhere() {
        // The mention opens the question put to her; another question follows it up. She posts daily elsewhere.
        Chat chat = Chat.coaching("bea");
        chat.say("bea", "general", "morning all");
        chat.mention("oli", "partners", "bea", "Two calls done this week 🎉 @bea how did the bakery pitch go? "
                + "Did the quote go out?");
        for (int day = 0; day < 3; day++) {
            chat.later(Duration.ofHours(20)).say("bea", "general", "new sourdough batch cooling on the rack");
        }
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /**
     * A reply placed under one person's words that puts its question to another by name asks the one named: Kai's
     * "signed up" is only where Olu wrote, and the question about the boat is Cal's, who runs the trip.
     */
    @Test
    void aReplyThatAsksSomeoneElseByNameWaitsForTheOneNamedNotTheOneRepliedTo() {
        Chat chat = Chat.coaching("kai", "cal");
        chat.say("cal", "trips", "Club boat weekend 17-18 Oct, two dives a day, sign-up sheet is pinned");
        MessageId signed = chat.say("kai", "trips", "signed up");
        MessageId q = chat.replyMentioning("olu", "trips", signed, "kai", "cal",
                "signed up too. @cal is there room on the boat for my husband? he only snorkels");
        for (int day = 0; day < 3; day++) {
            chat.later(Duration.ofHours(20)).say("kai", "general", "pool session was cold today");
            chat.say("cal", "reports", "viz was great at the quarry, twelve metres");
        }
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement().satisfies(f -> {
            assertThat(f.user().value()).isEqualTo("cal");
            assertThat(f.evidence().suggestions()).containsExactly(q);
        });
    }

    /** A reply whose question is not opened by a name ("@Cal thanks. what time do we meet?") asks the one replied to. */
    @Test
    void aReplyThatOnlyThanksSomeoneByNameBeforeItsQuestionStillWaitsForTheOneRepliedTo() {
        Chat chat = Chat.coaching("kai", "cal");
        MessageId offer = chat.say("kai", "trips", "I can drive two people to the quarry on Saturday");
        MessageId q = chat.replyMentioning("olu", "trips", offer, "kai", "cal",
                "@cal thanks for the sheet. what time would you leave?");
        for (int day = 0; day < 3; day++) {
            chat.later(Duration.ofHours(20)).say("kai", "general", "pool session was cold today");
            chat.say("cal", "reports", "viz was great at the quarry, twelve metres");
        }
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement().satisfies(f -> {
            assertThat(f.user().value()).isEqualTo("kai");
            assertThat(f.evidence().suggestions()).containsExactly(q);
        });
    }

    @Test
    void staysQuietWhenAMentionMidMessageOnlySaysSomethingAboutThemBeforeAQuestionToTheRoom() {
        Chat chat = Chat.coaching("bea");
        chat.say("bea", "general", "morning all");
        chat.mention("oli", "partners", "bea", "Two calls done this week! @bea has the bakery numbers. "
                + "Does anyone know a good invoicing app?");
        for (int day = 0; day < 3; day++) {
            chat.later(Duration.ofHours(20)).say("bea", "general", "new sourdough batch cooling on the rack");
        }
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenThePersonIsBackFromBeingAwayAndAnHourLaterTheQuestionStillWaits() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "off to the craft fair, back on Wednesday");
        MessageId q = chat.mention("bob", "general", "ana", "do you ship to Canada?");
        chat.later(Duration.ofHours(33));
        chat.say("ana", "general", "the fair was wonderful, sold out of tea lights");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).as("her first hour back is hers to catch up").isEmpty();
        chat.later(Duration.ofHours(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement()
                .satisfies(f -> assertThat(f.evidence().suggestions()).containsExactly(q));
    }

    @Test
    void aQuestionStillWaitingWhenTheWeekEndsIsSaidOnceEvenIfThePersonNeverCameBack() {
        // What is waiting for her when her week is summed up is worth knowing, however long she has been away.
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "off to the craft fair for a few days");
        MessageId q = chat.mention("bob", "general", "ana", "do you ship to Canada?");
        chat.later(Duration.ofDays(3));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).as("not while the week still runs").isEmpty();
        chat.finish();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement().satisfies(f -> {
            assertThat(f.evidence().suggestions()).containsExactly(q);
            assertThat(f.week()).isEqualTo(dev.rapport.rules.stats.IsoWeek.of(Chat.START, java.time.ZoneOffset.UTC));
        });
    }

    // --- already away when asked, still away when the week ends: judged by their first word back -------------------

    @Test
    void staysQuietWhenSomeoneAlreadyAwayWhenAskedAnswersWithTheirFirstWordTheNextWeek() {
        // Mira last wrote on Monday in the market channel; Thursday Theo asks her in the rota channel, and she writes
        // nothing until the next Monday, when her first word answers him.
        Chat chat = Chat.coaching("mira");
        chat.say("mira", "market", "the plum jam sold out by noon");
        chat.later(Duration.ofDays(3));
        chat.mention("theo", "rota", "mira", "could you open the stall on the 20th? I have a dentist appointment");
        chat.later(Duration.ofDays(4));
        chat.say("mira", "rota", "Sorry Theo, I was hiking with no reception all week! Happy to open for you on the 20th");
        chat.later(Duration.ofDays(2));
        chat.finish();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWithTheWeekWhenTheQuestionCameWhereTheyLeftOffAndTheyNeverAnswer() {
        // Mira's last word was in the orders channel, to Theo; his question there the next day is part of a
        // conversation she knows goes on: still waiting when her week ends, it is said.
        Chat chat = Chat.coaching("mira");
        chat.later(Duration.ofDays(1));
        chat.mention("mira", "orders", "theo", "the big jars are twelve, the small ones seven");
        chat.later(Duration.ofHours(22));
        MessageId q = chat.mention("theo", "orders", "mira", "great, can you put six big ones aside for Saturday?");
        chat.later(Duration.ofDays(5));
        chat.finish();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement()
                .satisfies(f -> assertThat(f.evidence().suggestions()).containsExactly(q));
    }

    // --- a question after the person's last word: judged by their return, not by the week's end ----------------

    /**
     * Tuesday evening: Lia asks the room how to stop her sourdough spreading, Omar answers and asks her back. She
     * writes nothing after it; the others go on talking every day.
     */
    private static Chat askedBackAfterTheirLastWord(MessageId[] question) {
        Chat chat = Chat.coaching("lia");
        chat.later(Duration.ofDays(1).plusHours(9));
        MessageId own = chat.say("lia", "baking", "how do I stop my sourdough spreading flat in the oven??");
        chat.later(Duration.ofMinutes(40));
        question[0] = chat.reply("omar", "baking", own, "lia",
                "shape it tighter and give it a cold retard overnight. what hydration are you at?");
        for (int day = 0; day < 10; day++) {
            chat.later(Duration.ofDays(1));
            chat.say("omar", "baking", "rye loaf number " + (day + 2) + " is out of the oven");
            chat.say("pia", "baking", "the crumb on that one looks great");
        }
        return chat;
    }

    @Test
    void staysQuietWhenTheQuestionCameAfterTheirLastWordAndTheyNeverWroteAgainWhileTheRoomWentOn() {
        // She never saw it: the room went on for a week and more without a word from her. Someone who left is not
        // told they ignored anyone, neither when the week of the question ends nor when the record does.
        Chat chat = askedBackAfterTheirLastWord(new MessageId[1]);
        assertThat(chat.findings(ONEWAY_UNANSWERED)).as("not by the week's end").isEmpty();
        chat.finish();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesInTheWeekTheyAreBackWhenTheQuestionAfterTheirLastWordStillWaitsAnHourAfterTheirReturn() {
        MessageId[] q = new MessageId[1];
        Chat chat = Chat.coaching("lia");
        chat.later(Duration.ofDays(1).plusHours(9));
        MessageId own = chat.say("lia", "baking", "how do I stop my sourdough spreading flat in the oven??");
        chat.later(Duration.ofMinutes(40));
        q[0] = chat.reply("omar", "baking", own, "lia",
                "shape it tighter and give it a cold retard overnight. what hydration are you at?");
        chat.later(Duration.ofDays(6));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).as("not while she has not been back").isEmpty();
        chat.say("lia", "baking", "anyone tried the new spelt flour from the mill?");
        chat.later(Duration.ofHours(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement().satisfies(f -> {
            assertThat(f.evidence().suggestions()).containsExactly(q[0]);
            assertThat(f.week()).as("the week she is back in")
                    .isEqualTo(dev.rapport.rules.stats.IsoWeek.of(Chat.START.plus(Duration.ofDays(7)),
                            java.time.ZoneOffset.UTC));
        });
    }

    // --- a short answer from someone else serves a question put to a person who said they were away ---------------

    /** Ana's last word before the question is {@code lastWord}; her colleague Kip answers it for her within the hour. */
    private static Chat bookingChangedByAColleague(String lastWord) {
        Chat chat = Chat.coaching("ana");
        chat.later(Duration.ofDays(3));
        chat.say("ana", "front-desk", lastWord);
        chat.later(Duration.ofDays(4).plusHours(1));
        MessageId q = chat.mention("ben", "front-desk", "ana", "could our repair slot move to Thursday morning?");
        chat.later(Duration.ofHours(1));
        chat.reply("kip", "front-desk", q, "ben", "moved, Thu 9am ✅");
        chat.later(Duration.ofDays(1).plusHours(23));
        chat.say("ana", "events", "Saturday family morning is full, Sunday teach session has seats");
        chat.later(Duration.ofHours(3));
        return chat;
    }

    @Test
    void staysQuietWhenAColleagueAnsweredTheQuestionWhileThePersonWasAwayAsTheySaid() {
        Chat chat = bookingChangedByAColleague("away till next Tuesday, Kip has the diary meanwhile");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenSomeoneElsesShortReplyStandsInForAPersonWhoNeverSaidTheyWereAway() {
        // A few words from someone else do not stand for the person's own answer when they were around to give it.
        Chat chat = bookingChangedByAColleague("Catan tournament tonight, three seats left");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    // --- the weekend: someone away at the weekend is expected back after it -------------------------------------

    @Test
    void aSaturdayQuestionIsNotSaidWithTheWeekWhileThePersonIsStillAway() {
        Chat chat = askedOnSaturdayWhileAway();
        chat.mention("bob", "general", "ana", "do you take custom orders for weddings?");
        chat.later(Duration.ofHours(30));
        chat.finish();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /** Saturday morning in the week of {@link Chat#START} (a Monday). */
    private static Chat askedOnSaturdayWhileAway() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "stall is packed, see you all after the weekend");
        chat.later(Duration.ofDays(5));
        return chat;
    }

    @Test
    void aSaturdayQuestionToSomeoneAwayAllWeekendIsToldInTheWeekTheyAreBackWhenTheirFirstHourLeavesIt() {
        Chat chat = askedOnSaturdayWhileAway();
        MessageId q = chat.mention("bob", "general", "ana", "do you take custom orders for weddings?");
        chat.later(Duration.ofHours(47));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).as("not when her week ends: she was away").isEmpty();
        chat.say("ana", "general", "back! the fair was lovely, sold every candle");
        chat.later(Duration.ofHours(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement().satisfies(f -> {
            assertThat(f.evidence().suggestions()).containsExactly(q);
            assertThat(f.week()).as("carried into the week she is back in")
                    .isEqualTo(dev.rapport.rules.stats.IsoWeek.of(Chat.START.plus(Duration.ofDays(7)),
                            java.time.ZoneOffset.UTC));
        });
    }

    @Test
    void staysQuietWhenSomeoneAwayAllWeekendAnswersTheSaturdayQuestionWhenBack() {
        Chat chat = askedOnSaturdayWhileAway();
        MessageId q = chat.mention("bob", "general", "ana", "do you take custom orders for weddings?");
        chat.later(Duration.ofHours(47));
        chat.reply("ana", "general", q, "bob", "Yes, from three months ahead; send me the date and the colours.");
        chat.later(Duration.ofHours(2));
        chat.finish();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    // --- said they are away until a known return: a question after it waits for them to be back ----------------

    /** Thursday evening of the week of {@link Chat#START} (a Monday), after the person's last word of the week. */
    private static Chat lastWordOnThursday(String lastWord) {
        Chat chat = Chat.coaching("ana");
        chat.later(Duration.ofDays(3).plusHours(18));
        chat.say("ana", "general", lastWord);
        chat.later(Duration.ofHours(2));
        chat.mention("bob", "general", "ana", "do you still have the blue glaze in stock?");
        chat.later(Duration.ofDays(3));
        chat.finish();
        return chat;
    }

    @Test
    void staysQuietWhenTheQuestionCameAfterThePersonSaidTheyAreOffUntilAGivenDay() {
        Chat chat = lastWordOnThursday("right, that's me offline until Tuesday, see you then");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheQuestionCameAfterALastWordThatAnnouncedNoAbsence() {
        Chat chat = lastWordOnThursday("right, the kiln is cooling, lovely batch today");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aQuestionOfTheirOwnToASmallRoomDoesNotAnswerTheQuestionWaitingThere() {
        // Three people talk in the channel, so every message there speaks to the other two; a new question of
        // one's own still answers nothing.
        Chat chat = threeInTheRoom();
        chat.mention("bob", "help", "ana", "which kiln do you fire in?");
        chat.later(Duration.ofHours(3));
        chat.say("ana", "help", "does anyone sell cheap kiln shelves?");
        chat.later(Duration.ofHours(23));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheNextWordToASmallRoomAnswersTheQuestionWaitingThere() {
        Chat chat = threeInTheRoom();
        chat.mention("bob", "help", "ana", "which kiln do you fire in?");
        chat.later(Duration.ofHours(3));
        chat.say("ana", "help", "the electric one at the community studio");
        chat.later(Duration.ofHours(23));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietWhenTheQuestionOnlyAsksAFavourForTheAskersOwnStuff() {
        // "Could you star my repo?" asks for attention, not for an answer: the person asked owes nothing.
        Chat chat = Chat.coaching("ana");
        MessageId news = chat.say("ana", "general", "our studio opens on Sundays from next month");
        chat.reply("bob", "general", news, "ana", "congrats! could you like and share my pottery page too?");
        chat.later(Duration.ofHours(2)).say("ana", "studio", "kiln is loaded for tonight");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /**
     * A favour asked in reply to the person's own question to the room is still a favour: answering "anyone want a
     * spare shelf?" with "could you follow my page?" asks for attention, not for an answer.
     */
    @Test
    void staysQuietWhenAFavourForTheAskersOwnStuffRepliesToThePersonsQuestion() {
        Chat chat = Chat.coaching("ana");
        MessageId offer = chat.say("ana", "general", "anyone want a spare kiln shelf? free to a good home");
        chat.later(Duration.ofMinutes(15));
        chat.reply("bob", "general", offer, "ana", "could you follow my pottery page? instagram.com/bobthrows");
        chat.later(Duration.ofHours(2)).say("ana", "studio", "kiln is loaded for tonight");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheReplyToThePersonsQuestionAsksThemSomethingOfItsOwn() {
        Chat chat = Chat.coaching("ana");
        MessageId offer = chat.say("ana", "general", "anyone want a spare kiln shelf? free to a good home");
        chat.later(Duration.ofMinutes(15));
        chat.reply("bob", "general", offer, "ana", "yes please! could you leave it at the studio on Friday?");
        chat.later(Duration.ofHours(2)).say("ana", "studio", "kiln is loaded for tonight");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** Asked for her own thing, with why in a sentence of the asker's own: that is a question owed an answer. */
    @Test
    void firesWhenAskedToShareTheirOwnThingForTheAskersReason() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "finally wrote up a packing checklist for fairs, it saves me an hour each time");
        chat.later(Duration.ofHours(20));
        chat.mention("bob", "general", "ana", "you wrote a packing checklist, could you share it? our new helpers keep asking me");
        chat.later(Duration.ofHours(2)).say("ana", "general", "kiln is loaded for tonight");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void firesWhenTheRequestUnderTheNewsNeedsAReply() {
        Chat chat = Chat.coaching("ana");
        MessageId news = chat.say("ana", "general", "our studio opens on Sundays from next month");
        chat.reply("bob", "general", news, "ana", "congrats! could you follow up on my class booking too?");
        chat.later(Duration.ofHours(2)).say("ana", "studio", "kiln is loaded for tonight");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void staysQuietForSomeoneWhoWroteNothingForAWeek() {
        Chat chat = Chat.coaching("ana");
        chat.mention("bob", "general", "ana", "do you ship to Canada?");
        chat.later(Duration.ofHours(25));
        chat.say("bob", "general", "anyone around?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietWhenThePersonAnswersInTheNextMessageWithoutAReplyLink() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "morning all");
        chat.mention("bob", "general", "ana", "do you ship to Canada?");
        chat.later(Duration.ofMinutes(5));
        chat.say("ana", "general", "yes, it takes about five days with tracking");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietForSomeoneOnlyNamedOrCopiedOnAQuestion() {
        Chat chat = Chat.coaching("sol");
        chat.say("sol", "general", "morning all");
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("third").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, "general").by("pat").mention("rae").mention("sol")
                .text("@Rae any idea if @Sol is taking clients?").build());
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("cc").at(chat.now().plusSeconds(120))
                .in(Chat.COMMUNITY, "general").by("tia").mention("pat").mention("sol")
                .text("@Pat could you forward me the brief? cc @Sol").build());
        chat.later(Duration.ofHours(25));
        chat.say("sol", "general", "finished a big edit today");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietForTheOtherOfTwoAskedTogetherWhenOneAnswered() {
        // "How do you two ...?" wants one answer; once one of them gave it, the other's silence ignores nobody. (The
        // engine goes further: a question waits only for the first person it speaks to, answered or not.)
        Chat chat = Chat.coaching("sol", "rae");
        chat.say("sol", "general", "morning all");
        chat.say("rae", "general", "morning");
        MessageId q = chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("both").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, "general").by("pat").mention("rae").mention("sol")
                .text("@Rae @Sol how do you two price rush orders?").build());
        chat.later(Duration.ofMinutes(20));
        chat.reply("rae", "general", q, "pat", "I add a flat fee of a third of the price, shown on the page.");
        chat.later(Duration.ofHours(60));
        chat.say("sol", "general", "finished a big edit today");
        chat.later(Duration.ofHours(3));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void anExclamationWithAQuestionMarkAsksNothing() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "finished the whole batch");
        chat.mention("bob", "general", "ana", "you finished it already?!");
        chat.later(Duration.ofHours(25));
        chat.say("ana", "general", "yes!");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /**
     * Ana answers Bob's question {@code answeredAfter} it was asked, then leaves Cy's waiting through three days she is
     * around.
     */
    private static Chat oneAnsweredThenOneLeft(Duration answeredAfter) {
        Chat chat = Chat.coaching("ana");
        MessageId q = chat.mention("bob", "general", "ana", "do you ship to Canada?");
        chat.later(answeredAfter);
        chat.reply("ana", "general", q, "bob", "yes, about a week by post");
        chat.later(Duration.ofHours(1));
        chat.mention("cy", "general", "ana", "do you take commissions for wedding favours?");
        for (int day = 0; day < 3; day++) {
            chat.later(Duration.ofHours(20)).say("ana", "studio", "packing orders all afternoon");
        }
        return chat;
    }

    @Test
    void saysThePersonsQuickAnswersAsAContrastToTheOneThatSlipped() {
        Chat chat = oneAnsweredThenOneLeft(Duration.ofMinutes(19));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement().satisfies(f -> assertThat(f.tip().seen())
                .isEqualTo("A question to you went more than 24 hours without an answer. This week you usually "
                        + "answered within 20 minutes."));
    }

    @Test
    void saysNoUsualSpeedWhenTheWeeksAnswersCameSlowerThanTheDeadline() {
        Chat chat = oneAnsweredThenOneLeft(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).extracting(f -> f.tip().seen())
                .contains("A question to you went more than 24 hours without an answer.");
    }

    @Test
    void staysQuietWhenThePersonAnswersInTime() {
        Chat chat = Chat.coaching("ana");
        MessageId q = chat.mention("bob", "general", "ana", "do you ship to Canada?");
        chat.later(Duration.ofHours(3));
        chat.reply("ana", "general", q, "bob", "yes, 5 days usually");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
        assertThat(chat.report("ana").stats().medianResponseSeconds()).isEqualTo(3 * 3600 + 60);
    }

    @Test
    void staysQuietForMentionsThatAskNothing() {
        Chat chat = Chat.coaching("ana");
        chat.mention("bob", "general", "ana", "great talk today, thanks");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietWhenThePersonAnswersInTheThreadTheyStarted() {
        // Discord's reply button pressed on one's own first message: the answer continues the thread, to nobody else.
        Chat chat = Chat.coaching("ana");
        MessageId bread = chat.say("ana", "general", "sourdough day, my starter now doubles in five hours");
        chat.reply("bob", "general", bread, "ana", "ooh, which flour does it get fed?");
        chat.later(Duration.ofMinutes(10));
        chat.reply("ana", "general", bread, "ana", "half rye and half white, the rye gets it going");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general", "the loaf rose this time");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheReplyAfterTheQuestionGoesToSomeoneElse() {
        Chat chat = Chat.coaching("ana");
        MessageId bread = chat.say("ana", "general", "sourdough day, my starter now doubles in five hours");
        chat.reply("bob", "general", bread, "ana", "ooh, which flour does it get fed?");
        MessageId cake = chat.say("cleo", "general", "I baked a lemon cake for the market");
        chat.later(Duration.ofMinutes(10));
        chat.reply("ana", "general", cake, "cleo", "that sounds lovely, save me a slice for Saturday");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general", "the loaf rose this time");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aQuestionWaitsForWhoOpensItsSentenceNotForSomeoneThankedBeforeIt() {
        Chat chat = Chat.coaching("gus", "hal");
        chat.say("gus", "lounge", "morning all");
        chat.say("hal", "lounge", "morning");
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("thanks").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, "lounge").by("ida").mention("gus").mention("hal")
                .text("Thanks @Gus for the subtitle fonts yesterday! @Hal, which evening suits you for the review?").build());
        chat.later(Duration.ofHours(2));
        chat.say("gus", "studio", "finished the subtitles for the short film");
        chat.say("hal", "studio", "new glossary is up on the drive");
        chat.later(Duration.ofHours(23));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement()
                .satisfies(f -> assertThat(f.user().value()).isEqualTo("hal"));
    }

    @Test
    void staysQuietWhenThePersonAnswersByTurnTheNextMorning() {
        Chat chat = larsAsksKari("heading to the reservoir tomorrow", "were the ospreys back at the reservoir?")
                .after(Duration.ofHours(12))
                .says("kari", "sightings", "yes, a pair of them circling over the dam just after dawn")
                .after(Duration.ofDays(2)).build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietWhenTheNextMorningsWordThereSpeaksToSomeoneByNameAndAsksNothing() {
        // It does not open as an answer, but it is said to a person, and the person waiting there is the one who asked.
        Chat chat = larsAsksKari("guided walk on Sunday, all welcome", "where do we meet for the walk?")
                .after(Duration.ofHours(11))
                .says("kari", "sightings", "Half past eight by the boathouse. Glad you're coming, Lars!")
                .after(Duration.ofDays(2)).build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietWhenTheNextMorningsWordGreetsTheRoomThenTurnsToTheAskerByName() {
        // A word to everyone, then the answer to the one who asked: how people catch up on what waited for them.
        Chat chat = larsAsksKari("guided walk on Sunday, all welcome", "where do we meet for the walk?")
                .after(Duration.ofHours(11))
                .says("kari", "sightings",
                        "Morning everyone, the mist has lifted. Lars: half past eight by the boathouse.")
                .after(Duration.ofDays(2)).build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheNextMorningsWordOnlyGreetsTheRoomOrNamesSomeoneInsideASentence() {
        for (String remark : List.of("Morning all! Lovely mist on the water today.",
                "Morning all! Has anyone seen Ruth: she left her binoculars at the hide.")) {
            Chat chat = larsAsksKari("guided walk on Sunday, all welcome", "where do we meet for the walk?")
                    .after(Duration.ofHours(11)).says("kari", "sightings", remark)
                    .after(Duration.ofDays(2)).build();
            assertThat(chat.findings(ONEWAY_UNANSWERED)).as(remark).hasSize(1);
        }
    }

    @Test
    void staysQuietWhenTheNextMorningsWordExclaimsAGreetingInAnotherLanguageThenTurnsToTheAsker() {
        // A short exclamation to the room works as "Morning!" does, whatever language the room speaks.
        for (String answer : List.of("Guten Morgen! Lars: half past eight by the boathouse.",
                "\u00a1Hola amigos! Lars: half past eight by the boathouse.")) {
            Chat chat = larsAsksKari("guided walk on Sunday, all welcome", "where do we meet for the walk?")
                    .after(Duration.ofHours(11)).says("kari", "sightings", answer)
                    .after(Duration.ofDays(2)).build();
            assertThat(chat.findings(ONEWAY_UNANSWERED)).as(answer).isEmpty();
        }
    }

    @Test
    void firesWhenTheNextMorningsWordOpensWithALongerExclamationAboutItself() {
        // A sentence of news, not an exclamation to the room: the name after it is listed, not spoken to.
        Chat chat = larsAsksKari("guided walk on Sunday, all welcome", "where do we meet for the walk?")
                .after(Duration.ofHours(11))
                .says("kari", "sightings", "We saw three otters at the weir! Ruth: the photos are on the drive.")
                .after(Duration.ofDays(2)).build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheNextMorningsWordOpensWithTheFigureAsked() {
        // Asked "how many?", people answer with the number first and explain after, as "yes" opens a yes-or-no answer.
        Chat chat = larsAsksKari("guided walk on Sunday, all welcome", "how many can you take on the walk?")
                .after(Duration.ofHours(15))
                .says("kari", "sightings", "12, and the minibus fits the rest if more turn up")
                .after(Duration.ofDays(2)).build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheNextMorningsWordOpensWithAFigureThatRunsIntoNewsOfItsOwn() {
        Chat chat = larsAsksKari("guided walk on Sunday, all welcome", "how many can you take on the walk?")
                .after(Duration.ofHours(15))
                .says("kari", "sightings", "3 herons nesting past the weir this spring, lovely to watch")
                .after(Duration.ofDays(2)).build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /**
     * Since session 49: asked whether a thing was done, people answer by saying the asked word back first ("booked
     * Thursday, ..."), as "yes" opens an answer: the first word there since the question, opening with the question's
     * own word, answers it however late, without a reply link.
     */
    @Test
    void staysQuietWhenTheNextMorningsWordOpensWithTheWordAsked() {
        Chat chat = larsAsksKari("guided walk on Sunday, all welcome", "could you check you booked the minibus for the walk?")
                .after(Duration.ofHours(13))
                .says("kari", "sightings", "booked it on Thursday, my fault for not saying. the confirmation is in the club inbox")
                .after(Duration.ofDays(2)).build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /** The same morning's first word opening with a word of its own is a remark, and the question still waits. */
    @Test
    void firesWhenTheNextMorningsWordOpensWithAWordOfItsOwn() {
        Chat chat = larsAsksKari("guided walk on Sunday, all welcome", "could you check you booked the minibus for the walk?")
                .after(Duration.ofHours(13))
                .says("kari", "sightings", "herons nesting past the weir again, my favourite time of year for it")
                .after(Duration.ofDays(2)).build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /**
     * Only the question's own sentence is what was asked: a remark before it ("lovely walk. how do you plan the
     * routes?") is not, and news of one's own with its link opening with the remark's word is no answer.
     */
    @Test
    void firesWhenTheNextMorningsWordOpensWithAWordOfTheRemarkBeforeTheQuestionOrCarriesALink() {
        for (String later : List.of("walk number two is on Sunday, same time, all welcome",
                "booked the hall for the spring talk: https://club.example/spring-talk")) {
            Chat chat = larsAsksKari("guided walk on Sunday, all welcome",
                    later.startsWith("walk") ? "lovely walk today. how do you plan the routes?"
                            : "could you check you booked the minibus for the walk?")
                    .after(Duration.ofHours(13)).says("kari", "sightings", later)
                    .after(Duration.ofDays(2)).build();
            assertThat(chat.findings(ONEWAY_UNANSWERED)).as(later).hasSize(1);
        }
    }

    @Test
    void firesWhenTheNextMorningsWordThereIsARemarkToTheRoom() {
        Chat chat = larsAsksKari("guided walk on Sunday, all welcome", "where do we meet for the walk?")
                .after(Duration.ofHours(11))
                .says("kari", "sightings", "Two kingfishers on the canal this morning. See you Sunday!")
                .after(Duration.ofDays(2)).build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    private static final dev.rapport.rules.model.ChannelInfo FEEDBACK = dev.rapport.rules.model.ChannelInfo.of(
            "feedback", "share a draft, get notes");

    @Test
    void staysQuietWhenACritiqueOfTheirSharedPieceClosesOnAQuestionAboutIt() {
        // The question is a prompt for the next draft; the rewrite answers it, days later or not at all in words.
        Chat chat = Chat.coaching("ivo");
        MessageId draft = chat.sayIn("ivo", FEEDBACK, "new short story opening, thoughts? https://pages.example/ivo/ferry");
        chat.later(Duration.ofHours(1));
        chat.replyIn(FEEDBACK, "rhea", draft, "ivo",
                "stronger than the last one. the first page is all weather and no people though. who is she waiting for?");
        chat.later(Duration.ofHours(3));
        chat.say("ivo", "general", "anyone going to the book fair on Saturday?");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenAReplyToTheirSharedPieceOnlyAsksThemSomething() {
        // A bare question under the piece asks the person, not the draft: it waits for their word.
        Chat chat = Chat.coaching("ivo");
        MessageId draft = chat.sayIn("ivo", FEEDBACK, "new short story opening, thoughts? https://pages.example/ivo/ferry");
        chat.later(Duration.ofHours(1));
        chat.replyIn(FEEDBACK, "rhea", draft, "ivo", "nice! which magazine are you sending it to?");
        chat.later(Duration.ofHours(3));
        chat.say("ivo", "general", "anyone going to the book fair on Saturday?");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void firesWhenThePersonSpokeThereAfterTheQuestionAndOnlyLaterSaidSomethingToTheRoom() {
        Chat chat = larsAsksKari("heading to the reservoir tomorrow", "were the ospreys back at the reservoir?")
                .after(Duration.ofHours(3)).asks("kari", "sightings", "mina", "lovely wren photo!")
                .after(Duration.ofHours(9)).says("kari", "sightings", "grey heron on the canal this morning")
                .after(Duration.ofDays(2)).build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void firesWhenTheNextMorningsWordToTheRoomIsARemarkOfTheirOwn() {
        Chat chat = Chat.coaching("dana");
        chat.say("dana", "general", "pouring candles all day");
        chat.later(Duration.ofHours(2));
        chat.mention("marta", "general", "dana", "my parcel still hasn't come, could you check it?");
        chat.later(Duration.ofHours(6));
        chat.say("dana", "general", "anyone found a wick size that suits the wide tins?");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void firesWhenThePersonOnlyThanksSomeoneWhoseQuestionWaitsForThem() {
        // Bob helped Ana and asked her something back; a thank-you is polite, but it leaves his question open.
        Scene helped = bobHelpsAnaAndAsksBack();
        MessageId q = helped.last();
        Chat chat = helped.after(Duration.ofMinutes(10))
                .replies("ana", "general", q, "bob", "thanks so much!")
                .after(Duration.ofHours(25)).build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement()
                .satisfies(f -> assertThat(f.evidence().suggestions()).containsExactly(q));
    }

    @Test
    void firesWhenAThankYouMentionsTheAskerWithoutAReplyLink() {
        Scene helped = bobHelpsAnaAndAsksBack();
        MessageId q = helped.last();
        Chat chat = helped.after(Duration.ofMinutes(10))
                .asks("ana", "general", "bob", "@Bob thank you, really appreciate it")
                .after(Duration.ofHours(25)).build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement()
                .satisfies(f -> assertThat(f.evidence().suggestions()).containsExactly(q));
    }

    @Test
    void firesWhenAnOkRepliesToTheAskersOtherMessageNotToTheQuestion() {
        // Bob answered Ana's question and, separately, asked her one; her "ok, thanks" to his answer acknowledges it.
        Chat chat = Chat.coaching("ana");
        MessageId mine = chat.say("ana", "general", "what temperature do you bisque at?");
        MessageId answer = chat.reply("bob", "general", mine, "ana", "cone 04, slow ramp");
        MessageId q = chat.mention("bob", "general", "ana", "are you selling at the Sunday market?");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "general", answer, "bob", "ok thanks");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement()
                .satisfies(f -> assertThat(f.evidence().suggestions()).containsExactly(q));
    }

    @Test
    void staysQuietWhenAnOkRepliesToTheQuestionItself() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "kiln is free this week");
        MessageId q = chat.mention("bob", "general", "ana", "can I bring my pots over on Thursday?");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "general", q, "bob", "ok");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietWhenTheThankYouGoesOnToAnswerTheQuestion() {
        Scene helped = bobHelpsAnaAndAsksBack();
        MessageId q = helped.last();
        Chat chat = helped.after(Duration.ofMinutes(10))
                .replies("ana", "general", q, "bob", "thanks! the electric one at the studio")
                .after(Duration.ofHours(25)).says("ana", "general", "the sponge trick worked")
                .build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    /**
     * A figure said with the thanks ("all 25, cheers Bob") tells the asker what they asked: it answers, as any word
     * of the asked person in turn does. Thanks alone, in turn and naming the asker, still leaves the question waiting.
     */
    @Test
    void staysQuietWhenTheThanksInTurnAlsoGivesAFigure() {
        Chat chat = bobAsksAnaAboutTheClay().after(Duration.ofMinutes(25))
                .says("ana", "general", "all 25, cheers Bob")
                .after(Duration.ofHours(25)).build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheThanksInTurnGivesNoFigure() {
        Scene asked = bobAsksAnaAboutTheClay();
        MessageId q = asked.last();
        Chat chat = asked.after(Duration.ofMinutes(25)).says("ana", "general", "cheers Bob, really appreciate it")
                .after(Duration.ofHours(25)).build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement()
                .satisfies(f -> assertThat(f.evidence().suggestions()).containsExactly(q));
    }

    /** Ana mentions her clay order in #general; a day later Bob asks her by name whether it came (the last message). */
    private static Scene bobAsksAnaAboutTheClay() {
        return Scene.coaching("ana").says("ana", "general", "ordered stoneware clay from the new supplier")
                .after(Duration.ofHours(24)).asks("bob", "general", "ana", "@Ana did the clay delivery come through?");
    }

    /**
     * Asked to remind the room at a time to come ("remind everyone the week before the fair?"), the person owes the
     * reminder then, not a word back within the day. Asked to remind someone of a fact, they owe the answer now.
     */
    @Test
    void staysQuietWhenAskedToRemindTheRoomAtATimeToCome() {
        Chat chat = bobAsksAna("@Ana can you remind everyone the week before the fair?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenAskedToRemindSomeoneOfAFact() {
        Chat chat = bobAsksAna("@Ana can you remind me which stall number we got?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** Kari says {@code before} in #sightings; two hours later Lars asks her {@code question} there. */
    private static Scene larsAsksKari(String before, String question) {
        return Scene.coaching("kari").says("kari", "sightings", before)
                .after(Duration.ofHours(2)).asks("lars", "sightings", "kari", question);
    }

    /** Ana asks the room about her glaze; Bob mentions her with advice and a question back (the last message). */
    private static Scene bobHelpsAnaAndAsksBack() {
        return Scene.coaching("ana").says("ana", "general", "my glaze keeps crawling off the rim, any ideas?")
                .asks("bob", "general", "ana", "wipe the bisque with a damp sponge first. which kiln do you fire in?");
    }

    /** Ana, Bob and Cleo talk glazes in #help, and only they do: a small room, where every message speaks to the others. */
    // --- late s25: an absence said as being busy elsewhere; a room question in turn; a priced DM ---------------

    @Test
    void staysQuietWhenTheQuestionCameAfterThePersonSaidTheyAreOnShiftUntilADay() {
        Chat chat = lastWordOnThursday("on nights till Sunday, phone lives in the car, see you sunday");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietWhenSomeoneBackFromAnAnnouncedAbsenceAnswersWithinADayOfTheirReturn() {
        // Back before the question's day was up, they take their own day from their return: a first word elsewhere,
        // then the answer a few hours later.
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "on two long shifts from tonight, see you wednesday");
        chat.later(Duration.ofHours(17));
        MessageId q = chat.mention("bob", "general", "ana", "did you ever get your first-aid renewal sorted?");
        chat.later(Duration.ofHours(23));
        chat.say("ana", "vent", "what a shift, finally home and can't sleep");
        chat.later(Duration.ofHours(3));
        chat.reply("ana", "general", q, "bob", "yes, did the online part and a one day practical session, easy");
        chat.later(Duration.ofDays(2));
        chat.finish();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenSomeoneBackFromAnAnnouncedAbsenceStillLeavesTheQuestionADayAfterTheirReturn() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "on two long shifts from tonight, see you wednesday");
        chat.later(Duration.ofHours(17));
        chat.mention("bob", "general", "ana", "did you ever get your first-aid renewal sorted?");
        chat.later(Duration.ofHours(23));
        chat.say("ana", "vent", "what a shift, finally home and can't sleep");
        chat.later(Duration.ofHours(3));
        chat.say("ana", "studio", "glazing the new mugs today");
        chat.later(Duration.ofDays(2));
        chat.finish();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    // --- s33: a look-in before the day the notice named is not the return ------------------------------------------

    /**
     * Monday morning the person says they are busy until a named day; that afternoon they are asked by name; on Tuesday
     * they look in with a word of their own; on Thursday afternoon they answer.
     */
    private static Chat lookInBeforeTheNamedDay(String notice) {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", notice);
        chat.later(Duration.ofHours(5));
        MessageId q = chat.mention("bob", "general", "ana", "which mill do you buy your linen thread from?");
        chat.later(Duration.ofHours(22));
        chat.say("ana", "lounge", "first sunny lunch break in weeks, eating outside");
        chat.later(Duration.ofHours(51));
        chat.reply("ana", "general", q, "bob", "the one in Ghent, they ship within the week");
        chat.later(Duration.ofDays(2));
        chat.finish();
        return chat;
    }

    @Test
    void staysQuietWhenTheAnswerComesOnTheDayTheNoticeNamedThoughThePersonLookedInBefore() {
        Chat chat = lookInBeforeTheNamedDay("heads up, swamped with the quarterly audit until Thursday, replies will "
                + "be slow");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheNamedDayWasTheLookInsOwnAndTheAnswerCameTwoDaysLater() {
        // Back on Tuesday as they said: the question's day runs from the look-in, and Thursday is late.
        Chat chat = lookInBeforeTheNamedDay("heads up, swamped with the quarterly audit until Tuesday, replies will "
                + "be slow");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void theNamedDayOutlastsARestartBetweenTheNoticeAndTheLookIn() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "heads up, swamped with the quarterly audit until Thursday, replies will be slow");
        chat.later(Duration.ofHours(5));
        MessageId q = chat.mention("bob", "general", "ana", "which mill do you buy your linen thread from?");
        chat = chat.restart();
        chat.later(Duration.ofHours(22));
        chat.say("ana", "lounge", "first sunny lunch break in weeks, eating outside");
        chat.later(Duration.ofHours(51));
        chat.reply("ana", "general", q, "bob", "the one in Ghent, they ship within the week");
        chat.later(Duration.ofDays(2));
        chat.finish();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheNextWordInTurnIsAQuestionOfTheirOwnPutToTheRoom() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "chatter", "poured forty candles yesterday, the house smells amazing");
        chat.later(Duration.ofHours(2));
        chat.mention("bob", "chatter", "ana", "do you make an unscented one? the lavender gets to me");
        chat.later(Duration.ofMinutes(50));
        chat.say("ana", "chatter", "anyone else's wax frosting in this heat?");
        chat.later(Duration.ofHours(30));
        chat.say("ana", "chatter", "second batch came out fine");
        chat.later(Duration.ofHours(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheNextWordInTurnAnswersEvenWithAQuestionBack() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "chatter", "poured forty candles yesterday, the house smells amazing");
        chat.later(Duration.ofHours(2));
        chat.mention("bob", "chatter", "ana", "do you make an unscented one? the lavender gets to me");
        chat.later(Duration.ofMinutes(50));
        chat.say("ana", "chatter", "not yet but I could pour a small batch for you, how many would you want?");
        chat.later(Duration.ofHours(30));
        chat.say("ana", "chatter", "second batch came out fine");
        chat.later(Duration.ofHours(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietForAPricedOfferByDirectMessageAndItsFollowUp() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "just entered my first chess tournament, nervous");
        chat.later(Duration.ofHours(1));
        chat.direct("zed", "dm-zed-ana", "ana", "hey saw you play the London. I have the full opening course, $60, you want it?");
        chat.later(Duration.ofHours(28));
        chat.direct("zed", "dm-zed-ana", "ana", "still keen? can do $50");
        chat.later(Duration.ofHours(2));
        chat.say("ana", "general", "won two games today!");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general", "drew the last round");
        chat.later(Duration.ofHours(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesForAQuestionByDirectMessageThatOffersNothing() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "just entered my first chess tournament, nervous");
        chat.later(Duration.ofHours(1));
        chat.direct("zed", "dm-zed-ana", "ana", "hey, which round are you playing in tomorrow? I'd like to come watch");
        chat.later(Duration.ofHours(28));
        chat.say("ana", "general", "won two games today!");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general", "drew the last round");
        chat.later(Duration.ofHours(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    private static Chat threeInTheRoom() {
        Chat chat = Chat.coaching("ana");
        String[][] talk = {{"ana", "my glaze crawls off the rim"}, {"bob", "wipe the bisque with a damp sponge first"},
                {"cleo", "and keep the coat thinner"}, {"ana", "I dip it twice, is that too much"},
                {"bob", "once is plenty for most glazes"}, {"cleo", "twice only for the runny ones"},
                {"ana", "ok, one dip from now on"}, {"bob", "and stir the bucket well"},
                {"cleo", "the heavy stuff settles fast"}, {"ana", "good point, mine sat for a month"}};
        for (String[] line : talk) {
            chat.say(line[0], "help", line[1]);
        }
        return chat;
    }
}
