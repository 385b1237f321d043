package dev.rapport.rules.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SeeksClientsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "I really need a few more direct clients before winter.",
            "How do you folks find more customers once referrals dry up?",
            "We're looking for our first paying clients, any tips?",
            "Honestly I want more clients and fewer agencies",
            // the trade's own word for its clients
            "Quiet January. We need to land a few more portrait bookings before spring.",
            "How do you folks find more students once the school year has started?",
            "we're trying to get more commissions before the holidays",
            // a shop's word for customers off the street (since session 36)
            "Slow month at the counter, I need more walk-ins before the rent is due",
            // growing one's business or book of clients, or one's clients too few (since session 50)
            "this spring I'd love to grow my business a little",
            "plan for next year: expand our marine and haulage book",
            "enquiries have been slow since the clocks went back",
            "so quiet on the wedding bookings, might try a flyer",
            // free dates one has to fill are bookings wanted (since session 53)
            "nine Saturdays still free this spring, we need to fill those",
            "Three chairs empty next week. Trying to fill them before the rent is due"})
    void someoneWhoWantsClientsOfTheirOwn(String text) {
        assertThat(SeeksClients.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Looking for an editor for a three-minute video, budget 400.",
            "Our clients love the new colours.",
            "Can you help me get my clients' invoices exported?",
            "The customers at the market were lovely today.",
            "Need a few more hours of sleep, honestly.",
            // getting them to do something, or someone else's
            "How do you get your students to practise between lessons?",
            "Where do you find other students to revise with?",
            "I need the bookings spreadsheet by Friday, who has it?",
            "The walk-ins at the bakery were queueing round the block",
            // a book's readers, a skill, someone else's bookings (since session 50)
            "any ideas to grow my book's readership on a budget?",
            "trying to grow my business skills with an evening course",
            "his bookings are slow, he told me at the fair",
            "the bookings page is slow to load on my phone",
            // filling a role or a form, or free dates nobody has to fill (since session 53)
            "two rooms free upstairs now the lodgers left, we need to fill the role of warden first",
            "we need to fill the form in before the inspection",
            "three Sundays free in June, so we're off camping"})
    void wordsAboutClientsThatWantNone(String text) {
        assertThat(SeeksClients.is(text)).isFalse();
    }
}
