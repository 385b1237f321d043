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
}
