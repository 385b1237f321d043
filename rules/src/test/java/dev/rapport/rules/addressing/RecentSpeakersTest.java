package dev.rapport.rules.addressing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentSpeakersTest {

    private static RecentSpeakers aStallChannel() {
        RecentSpeakers speakers = new RecentSpeakers(new AddressingInference(), 8);
        speakers.spoke("1", "Marta Vidal", "marta.v");
        speakers.spoke("2", "Tomasz", "tomek88");
        speakers.spoke("3", "Quinn", "quinnmakes");
        return speakers;
    }

    @Test
    void aGreetingThatTurnsToARecentSpeakerByNameIsSaidToThem() {
        RecentSpeakers speakers = aStallChannel();
        assertThat(speakers.turnedToAfterOpening("Morning! Marta: the trestle tables are in the shed", "2")).contains("1");
        assertThat(speakers.turnedToAfterOpening("Sorry, was at the wholesaler. tomasz, it opens at six", "1"))
                .as("the whole name, in any case").contains("2");
        assertThat(speakers.turnedToAfterOpening("Back now - @quinnmakes the spare gazebo is yours", "1")).contains("3");
    }

    @Test
    void aNameNobodyHereGoesByOrAGreetingAloneSpeaksToNobodyKnown() {
        RecentSpeakers speakers = aStallChannel();
        assertThat(speakers.turnedToAfterOpening("Morning! Priya: the trestle tables are in the shed", "2")).isEmpty();
        assertThat(speakers.turnedToAfterOpening("Morning all, lovely frost on the field", "2")).isEmpty();
        assertThat(speakers.turnedToAfterOpening("Has anyone seen Marta: her van is blocking the gate", "2"))
                .as("a name inside a sentence only mentions her").isEmpty();
        assertThat(speakers.turnedToAfterOpening("Morning! Marta: the tables are in the shed", "1"))
                .as("not oneself").isEmpty();
    }

    @Test
    void aMessageThatOpensWithARecentSpeakersNameAndAColonIsSaidToThemWithoutAGreeting() {
        RecentSpeakers speakers = aStallChannel();
        assertThat(speakers.turnedToAfterOpening("Marta: the trestle tables are in the shed", "2")).contains("1");
        assertThat(speakers.turnedToAfterOpening("tomasz, it opens at six on market days", "1"))
                .as("a comma and what is said to him").contains("2");
    }

    @Test
    void anOpeningHeadingAListOrANameNobodyHereGoesBySpeaksToNobody() {
        RecentSpeakers speakers = aStallChannel();
        assertThat(speakers.turnedToAfterOpening("Update: the trestle tables are in the shed", "2")).isEmpty();
        assertThat(speakers.turnedToAfterOpening("Marta, Tomasz and Quinn bring the gazebos", "3"))
                .as("a capital after the comma lists people").isEmpty();
        assertThat(speakers.turnedToAfterOpening("Priya: the trestle tables are in the shed", "2")).isEmpty();
        assertThat(speakers.turnedToAfterOpening("Marta: note to self, tables in the shed", "1"))
                .as("not oneself").isEmpty();
    }

    @Test
    void aFirstNameTwoRecentSpeakersShareNamesNobody() {
        RecentSpeakers speakers = aStallChannel();
        speakers.spoke("4", "Marta Kowalczyk");
        assertThat(speakers.turnedToAfterOpening("Morning! Marta: the tables are in the shed", "2")).isEmpty();
    }

    @Test
    void theLeastRecentSpeakersAreForgotten() {
        RecentSpeakers speakers = new RecentSpeakers(new AddressingInference(), 2);
        speakers.spoke("1", "Marta Vidal");
        speakers.spoke("2", "Tomasz");
        speakers.spoke("3", "Quinn");
        assertThat(speakers.turnedToAfterOpening("Morning! Marta: the tables are in the shed", "2")).isEmpty();
        assertThat(speakers.turnedToAfterOpening("Morning! Quinn: the tables are in the shed", "2")).contains("3");
    }

    /** Someone's names rarely change between messages: the same names keep the same list, new ones make a new one. */
    @Test
    void unchangedNamesKeepTheListKeptAndChangedOnesReplaceIt() {
        RecentSpeakers speakers = aStallChannel();
        var kept = speakers.namesOf("1");

        speakers.spoke("1", "Marta Vidal", "marta.v");
        speakers.spoke("1", "Marta Vidal ", null, "marta.v");
        assertThat(speakers.namesOf("1")).isSameAs(kept).containsExactly("Marta Vidal", "Marta", "marta.v", "marta");

        speakers.spoke("1", "Marta V.", "marta.v");
        assertThat(speakers.namesOf("1")).isNotSameAs(kept)
                .containsExactly("Marta V.", "Marta", "marta.v", "marta");
        speakers.spoke("3", "Quinn");
        assertThat(speakers.namesOf("3")).containsExactly("Quinn");
        assertThat(speakers.turnedToAfterOpening("Morning! quinnmakes: the gazebo is yours", "2"))
                .as("a name no longer shown is forgotten").isEmpty();
    }

    /**
     * A name is matched as typed, in any case and without a taken name's decorations, against the names shown now:
     * the spellings kept for matching follow a new name and leave the old one.
     */
    @Test
    void aNameIsMatchedInAnyCaseAndWithoutDecorationsAgainstTheNamesShownNow() {
        RecentSpeakers speakers = aStallChannel();
        speakers.spoke("2", "Tomasz_", "TOMEK88|away");
        assertThat(speakers.turnedToAfterOpening("Morning! TOMASZ: it opens at six", "1")).contains("2");
        assertThat(speakers.turnedToAfterOpening("Morning! tomek88: it opens at six", "1")).contains("2");

        speakers.spoke("2", "Bartek");
        assertThat(speakers.turnedToAfterOpening("Morning! bartek: it opens at six", "1")).contains("2");
        assertThat(speakers.turnedToAfterOpening("Morning! tomasz: it opens at six", "1"))
                .as("a name no longer shown matches nobody").isEmpty();
    }

    /**
     * A name opening a message, bare, then words that can only be said to its person ("are you", "the", "thanks", a
     * question word, an order): said to them, however they write it.
     */
    @Test
    void aBareOpeningNameFollowedByWordsSaidToThemSpeaksToThem() {
        RecentSpeakers speakers = aStallChannel();
        assertThat(speakers.spokenToByName("Marta are you still doing the saturday stall?", "2")).containsExactly("1");
        assertThat(speakers.spokenToByName("quinn how did the candles sell in the end", "1")).containsExactly("3");
        assertThat(speakers.spokenToByName("Tomasz the gazebo pegs are in my car boot", "1")).containsExactly("2");
        assertThat(speakers.spokenToByName("Marta thanks for covering sunday!!", "3")).containsExactly("1");
        assertThat(speakers.spokenToByName("Quinn do u have spare bags", "1")).containsExactly("3");
        assertThat(speakers.spokenToByName("Marta can you bring the float tomorrow", "2")).containsExactly("1");
        assertThat(speakers.spokenToByName("Tomasz i think you left your scarf", "1")).containsExactly("2");
        assertThat(speakers.spokenToByName("Quinn check the rota pls 🙏", "2")).containsExactly("3");
        assertThat(speakers.spokenToByName("Marta Vidal are you in on friday", "2")).containsExactly("1");
        assertThat(speakers.spokenToByName("Quinn 🎉 congrats on the first sell-out", "2")).containsExactly("3");
        assertThat(speakers.spokenToByName("Marta no, the other van", "2")).containsExactly("1");
    }

    /** A name opening a sentence about its person ("Marta has", "Marta's", "Marta no longer") talks about them. */
    @Test
    void anOpeningNameThatASentenceIsAboutSpeaksToNobody() {
        RecentSpeakers speakers = aStallChannel();
        assertThat(speakers.spokenToByName("Marta has the same gazebo as me", "2")).isEmpty();
        assertThat(speakers.spokenToByName("Marta's stall had a queue all morning", "2")).isEmpty();
        assertThat(speakers.spokenToByName("Quinn said the market opens at six", "1")).isEmpty();
        assertThat(speakers.spokenToByName("Marta no longer does the sunday one", "2")).isEmpty();
        assertThat(speakers.spokenToByName("Tomasz can fix the awning, he did mine", "1")).isEmpty();
        assertThat(speakers.spokenToByName("Marta and I are splitting a pitch", "2")).isEmpty();
        assertThat(speakers.spokenToByName("Marta, Tomasz and Quinn bring the gazebos", "2")).isEmpty();
        assertThat(speakers.spokenToByName("I asked Marta about the pitch fees", "2")).isEmpty();
        assertThat(speakers.spokenToByName("Quinn is the candle person here", "1")).isEmpty();
    }

    /** Thanks or a greeting before a name, or a courtesy or comma before a closing one: said to its person. */
    @Test
    void thanksOrAGreetingBeforeANameOrACourtesyBeforeAClosingOneSpeaksToThem() {
        RecentSpeakers speakers = aStallChannel();
        assertThat(speakers.spokenToByName("thanks Marta, that saved my morning", "2")).containsExactly("1");
        assertThat(speakers.spokenToByName("thank you Quinn!!", "1")).containsExactly("3");
        assertThat(speakers.spokenToByName("hey tomasz you coming sunday", "1")).containsExactly("2");
        assertThat(speakers.spokenToByName("Good morning Marta, pitch 4 is free", "3")).containsExactly("1");
        assertThat(speakers.spokenToByName("ok Quinn i will bring them", "1")).containsExactly("3");
        assertThat(speakers.spokenToByName("that worked a treat, thank you Marta", "2")).containsExactly("1");
        assertThat(speakers.spokenToByName("great, see you Tomasz", "1")).containsExactly("2");
        assertThat(speakers.spokenToByName("lovely stall today, Quinn", "2")).containsExactly("3");
    }

    /**
     * A reply answers the one it replies to first and may then turn to another by name, opening a later sentence or a
     * clause joined by "and", "yes" or "also" with the name and a comma: one message answering two people.
     */
    @Test
    void aLaterSentenceOrJoinedClauseOpeningWithANameAndACommaTurnsToThem() {
        RecentSpeakers speakers = aStallChannel();
        assertThat(speakers.turnedToLaterByName("cheers for the float, and yes Quinn, the pegs fit your gazebo", "2"))
                .containsExactly("3");
        assertThat(speakers.turnedToLaterByName("Pitch 4 is yours. Also Marta, the van needs diesel", "2"))
                .containsExactly("1");
        assertThat(speakers.turnedToLaterByName("Sold out by ten! Tomasz: bring more jars next week", "1"))
                .containsExactly("2");
    }

    /** A name inside a clause, a list after a comma, or a name the next words are about turns to nobody. */
    @Test
    void aNameInsideAClauseInAListOrToldAboutIsNoLaterTurn() {
        RecentSpeakers speakers = aStallChannel();
        assertThat(speakers.turnedToLaterByName("I asked Quinn, she said the pitch is free", "2")).isEmpty();
        assertThat(speakers.turnedToLaterByName("thanks all, Marta, Tomasz and Quinn did the gazebos", "2")).isEmpty();
        assertThat(speakers.turnedToLaterByName("Good market today. And Marta's jam sold out", "3")).isEmpty();
        assertThat(speakers.turnedToLaterByName("Rain again, and Quinn, Tomasz and I packed early", "1")).isEmpty();
    }

    /** Thanks to someone else, or a greeting followed by news about a person, speaks to nobody named. */
    @Test
    void thanksToOthersOrNewsAboutSomeoneSpeaksToNobodyNamed() {
        RecentSpeakers speakers = aStallChannel();
        assertThat(speakers.spokenToByName("thanks to Marta the stall got fixed", "2")).isEmpty();
        assertThat(speakers.spokenToByName("hey all, Quinn is back from holiday", "1")).isEmpty();
        assertThat(speakers.spokenToByName("morning! Tomasz said the van is fixed", "1")).isEmpty();
        assertThat(speakers.spokenToByName("ok Marta will do the float then", "2")).isEmpty();
        assertThat(speakers.spokenToByName("I'll ask Quinn", "1")).isEmpty();
    }

    /** Two people named in a row at the start are both spoken to; a question waits for the first. */
    @Test
    void namesInARowAtTheStartSpeakToEachOfThem() {
        RecentSpeakers speakers = aStallChannel();
        assertThat(speakers.spokenToByName("Marta Quinn drinks after the market?", "2")).containsExactly("1", "3");
        assertThat(speakers.spokenToByName("Marta Quinn are you both in on sunday", "2")).containsExactly("1", "3");
    }

    /** Congratulations in a sentence of their own, then a long turn to one's own news, speak to the room. */
    @Test
    void aCourtesyInItsOwnSentenceBeforeALongTurnToSomethingElseSpeaksToTheRoom() {
        RecentSpeakers speakers = aStallChannel();
        assertThat(speakers.spokenToByName("Congrats Marta. While we're on stalls, my candle range is half price this "
                + "weekend only, come by pitch 9 and grab one", "3")).isEmpty();
        assertThat(speakers.spokenToByName("Congrats Marta! well deserved, the queue was huge", "3"))
                .containsExactly("1");
    }

    /** "Name," and a capitalised start of what is said ("I", "The", "Yes") speaks to them; a list of names does not. */
    @Test
    void aNameAndACommaBeforeACapitalisedStartOfWhatIsSaidSpeaksToThem() {
        RecentSpeakers speakers = aStallChannel();
        assertThat(speakers.spokenToByName("Marta, I think the float is in the blue tin", "2")).containsExactly("1");
        assertThat(speakers.spokenToByName("Quinn, The gazebo fits two stalls", "1")).containsExactly("3");
        assertThat(speakers.spokenToByName("Marta, Quinn and I did the setup", "2")).isEmpty();
    }
}
