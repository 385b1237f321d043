package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client tells the room of the work done for them by the one they mention ("@Ana has catered our last two galas"),
 * as they would say "you catered our galas" to her face; asking her for a date of her time beside it ("are you free
 * on the 9th?", "could we get dates?") asks for more of that paid work: a returning client's word.
 */
class WorkToldOfThemByNameTest {

    @Test
    void workToldOfTheOneMentionedIsWorkDoneForTheWriter() {
        assertThat(BoughtBefore.servedBy("Hi all, @Ana has catered our last two galas and the guests still ask "
                + "about the tarts")).isTrue();
        assertThat(BoughtBefore.paidWorkTold("@Ana ran our first-aid refresher in March and the staff loved it. We'd "
                + "like another for the new starters, could we get dates?")).isTrue();
    }

    @Test
    void aFavourOrAMomentToldOfTheOneMentionedIsNoWorkBought() {
        assertThat(BoughtBefore.servedBy("@Ana has made my day with that recipe")).isFalse();
        assertThat(BoughtBefore.servedBy("@Ana fixed my bug in the parser, cheers")).isFalse();
        assertThat(BoughtBefore.paidWorkTold("@Ana ran our pub quiz in March, such fun, are you coming to the next "
                + "one?")).isFalse();
    }

    @Test
    void aDateOfTheirTimeAskedIsTalkOfPaidWork() {
        assertThat(BoughtBefore.payTalked("are you free on the 9th for the next one?")).isTrue();
        assertThat(BoughtBefore.payTalked("lovely. Are you available for 14 October?")).isTrue();
        assertThat(BoughtBefore.payTalked("which dates can you hold for us in spring?")).isTrue();
        assertThat(BoughtBefore.payTalked("are you free later for a coffee?")).isFalse();
    }

    /** In a makers' server with no roles, someone tells the room of Ana's work for them; Ana chats elsewhere. */
    private static Chat toldOfHer(String words) {
        return Scene.coaching("ana").says("ana", "kitchen", "first batch of quince paste set, fingers crossed")
                .says("bea", "kitchen", "looks great! mine never sets in time")
                .asks("dev", "general", "ana", words)
                .stillAround("ana", "kitchen", "anyone got a supplier for big copper pans?").build();
    }

    @Test
    void firesWhenAClientWhoToldOfHerWorkByNameAsksForADateAndHearsNothing() {
        Chat chat = toldOfHer("Evening all. @Ana has catered our last two galas and the guests loved it. Ana, are you "
                + "free on the 9th of March for the spring one?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenHerWorkIsToldWithNoDateOrPayAsked() {
        Chat chat = toldOfHer("Evening all. @Ana has catered our last two galas and the guests loved it. Ana, how do "
                + "you keep the pastry crisp?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
