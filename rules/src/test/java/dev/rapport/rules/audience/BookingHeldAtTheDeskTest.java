package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a business's own server, a member who tells its team of a booking they hold, with its date ("we're booked for
 * the 14th"), is its guest: the business sells to its members, though its team never posted a price, and the guest's
 * question, left a day, is a customer left waiting. "Fully booked" or "booked up" names no date: a seller's word of
 * their own diary, no guest's.
 */
class BookingHeldAtTheDeskTest {

    /** A glamping site's own server: Ana wears its Team role and posts news with no price; Cleo chats first. */
    private static Chat cleoAsksAna(String words) {
        Chat chat = Chat.builder("ana").defaultRoles(Map.of("Team", Audience.IGNORE)).build();
        chat.sayWithRoles("ana", "news", Set.of("Team"), "the wood-fired tub is filled again from Monday");
        chat.later(Duration.ofHours(1)).say("cleo", "chat", "the owls last night were something else");
        chat.later(Duration.ofDays(1)).mention("cleo", "questions", "ana", words);
        chat.later(Duration.ofHours(2)).sayWithRoles("ana", "chat", Set.of("Team"), "the owls nest in the old oak "
                + "every spring");
        chat.later(Duration.ofHours(26));
        return chat.finish();
    }

    @Test
    void firesWhenAGuestWhoHoldsABookingHearsNothing() {
        Chat chat = cleoAsksAna("we're booked for the 14th in the yurt, could we add a night on the end?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheAskerHoldsNoBooking() {
        Chat chat = cleoAsksAna("could we have the yurt from the 14th, with a night added on the end?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aBookingHeldNamesItsDate() {
        assertThat(BoughtBefore.holdsBooking("hi! we're booked for the 14th, is the tub working?")).isTrue();
        assertThat(BoughtBefore.holdsBooking("our booking on Friday is for four, can we make it five?")).isTrue();
        assertThat(BoughtBefore.holdsBooking("sorry, we're fully booked until the autumn")).isFalse();
        assertThat(BoughtBefore.holdsBooking("I'm booked up for weeks, try Sal")).isFalse();
    }
}
