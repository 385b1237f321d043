package dev.rapport.rules.score;

import dev.rapport.rules.audience.Audience;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.score.Weeks.week;
import static org.assertj.core.api.Assertions.assertThat;

class PillarsTest {

    @Nested
    class GiveFirstPillar {
        @Test
        void three_answers_and_nothing_asked_or_promoted_earn_full_points() {
            assertThat(week().answered(3).score().of(Pillar.GIVE_FIRST)).isEqualTo(25);
        }

        @Test
        void reactions_count_half_an_answer() {
            assertThat(week().answered(2).reactions(2).score().of(Pillar.GIVE_FIRST)).isEqualTo(25);
        }

        @Test
        void asking_and_promoting_without_helping_earns_nothing() {
            assertThat(week().asked(4).promoted(2).score().of(Pillar.GIVE_FIRST)).isZero();
        }

        @Test
        void giving_as_much_as_taking_earns_a_share() {
            // help 2, take 2: 25 x 2/4 x 2/3 = 8.3
            assertThat(week().answered(2).asked(1).promoted(1).score().of(Pillar.GIVE_FIRST)).isEqualTo(8);
        }
    }

    @Nested
    class ConversePillar {
        @Test
        void all_conversation_and_every_question_answered_within_the_hour_earns_full_points() {
            assertThat(week().messages(10, 10).answeredToMe(3, 1_800, 0).score().of(Pillar.CONVERSE)).isEqualTo(25);
        }

        @Test
        void all_conversation_with_nobody_waiting_earns_full_points() {
            assertThat(week().messages(6, 6).score().of(Pillar.CONVERSE)).isEqualTo(25);
        }

        @Test
        void broadcasts_only_and_questions_left_waiting_earn_nothing() {
            assertThat(week().messages(10, 0).answeredToMe(0, -1, 3).score().of(Pillar.CONVERSE)).isZero();
        }

        @Test
        void half_conversation_and_slow_answers_earn_a_share() {
            // 15 x 0.5 + 10 x (2/4 answered) x 0.5 (median 10 h) = 7.5 + 2.5 = 10
            assertThat(week().messages(10, 5).answeredToMe(2, 36_000, 2).score().of(Pillar.CONVERSE)).isEqualTo(10);
        }
    }

    @Nested
    class ReachCustomersPillar {
        @Test
        void half_the_interactions_with_customers_advocates_and_seekers_earns_full_points() {
            WeekScore s = week().with(Audience.CUSTOMER, 2).with(Audience.SEEKER, 2).with(Audience.ADVOCATE, 1)
                    .with(Audience.PEER, 5).score();
            assertThat(s.of(Pillar.REACH_CUSTOMERS)).isEqualTo(25);
        }

        @Test
        void peers_only_earn_nothing() {
            assertThat(week().with(Audience.PEER, 12).score().of(Pillar.REACH_CUSTOMERS)).isZero();
        }

        @Test
        void people_not_placed_yet_neither_help_nor_hurt() {
            assertThat(week().with(Audience.UNKNOWN, 30).score().of(Pillar.REACH_CUSTOMERS)).isZero();
            assertThat(week().with(Audience.UNKNOWN, 30).with(Audience.SEEKER, 1).score().of(Pillar.REACH_CUSTOMERS))
                    .isEqualTo(25);
        }

        @Test
        void a_quarter_with_customers_earns_half() {
            // 25 x min(1, 2 x 1/4) = 12.5 -> 13
            assertThat(week().with(Audience.CUSTOMER, 1).with(Audience.PEER, 3).score().of(Pillar.REACH_CUSTOMERS))
                    .isEqualTo(13);
        }
    }

    @Nested
    class LinkRestraintPillar {
        @Test
        void a_link_in_one_message_of_ten_and_no_flags_earns_full_points() {
            assertThat(week().linkMessages(1).score().of(Pillar.LINK_RESTRAINT)).isEqualTo(25);
        }

        @Test
        void no_links_at_all_earn_full_points() {
            assertThat(week().score().of(Pillar.LINK_RESTRAINT)).isEqualTo(25);
        }

        @Test
        void links_in_four_messages_of_ten_earn_nothing() {
            assertThat(week().linkMessages(4).score().of(Pillar.LINK_RESTRAINT)).isZero();
        }

        @Test
        void five_drops_repeats_or_bursts_earn_nothing_even_among_many_messages() {
            assertThat(week().messages(100, 50).linkMessages(5).linkFlags(5).score().of(Pillar.LINK_RESTRAINT)).isZero();
        }

        @Test
        void a_fifth_of_messages_with_links_and_one_burst_earn_a_share() {
            // 25 x (1 - (0.2 - 0.1) / 0.3) - 5 = 16.7 - 5 = 11.7 -> 12
            assertThat(week().linkMessages(2).linkFlags(1).score().of(Pillar.LINK_RESTRAINT)).isEqualTo(12);
        }
    }

    @Test
    void the_score_is_the_sum_of_the_pillars_as_shown() {
        WeekScore s = week().answered(3).messages(10, 10).with(Audience.SEEKER, 5).with(Audience.PEER, 5).score();
        assertThat(s.total()).isEqualTo(100);
        WeekScore mixed = week().answered(2).asked(1).promoted(1).with(Audience.CUSTOMER, 1).with(Audience.PEER, 3)
                .linkMessages(2).linkFlags(1).score();
        assertThat(mixed.total()).isEqualTo(mixed.of(Pillar.GIVE_FIRST) + mixed.of(Pillar.CONVERSE)
                + mixed.of(Pillar.REACH_CUSTOMERS) + mixed.of(Pillar.LINK_RESTRAINT));
    }

    @Test
    void a_week_without_own_messages_has_no_score_rather_than_zero() {
        assertThat(WeekScore.of(week().messages(0, 0).stats())).isEmpty();
        assertThat(WeekScore.unscored(0)).isEqualTo("you wrote no messages of your own");
    }

    @Test
    void a_week_of_one_or_two_own_messages_is_too_little_to_score() {
        // One broadcast would score 25 (links restrained, nothing else) and read as a fall from a full week.
        assertThat(WeekScore.of(week().messages(1, 0).stats())).isEmpty();
        assertThat(WeekScore.of(week().messages(2, 2).answered(2).stats())).isEmpty();
        assertThat(WeekScore.unscored(1)).isEqualTo("1 message of your own is too few to judge a week by");
        assertThat(WeekScore.unscored(2)).isEqualTo("2 messages of your own are too few to judge a week by");
    }

    @Test
    void a_week_of_three_own_messages_is_scored() {
        assertThat(WeekScore.of(week().messages(3, 3).answered(3).stats())).get()
                .extracting(s -> s.of(Pillar.GIVE_FIRST)).isEqualTo(25);
    }

    @Test
    void every_pillar_says_the_numbers_behind_its_points() {
        WeekScore s = week().answered(2).asked(1).answeredToMe(1, 600, 1).with(Audience.PEER, 3).linkMessages(2)
                .linkFlags(1).score();
        assertThat(s.seen().get(Pillar.GIVE_FIRST)).isEqualTo("2 questions answered, 0 reactions given; 1 question asked, 0 self-promotional messages");
        assertThat(s.seen().get(Pillar.CONVERSE)).isEqualTo("50% of 10 messages spoke to someone; 1 of 2 questions to you answered, median 10 minutes");
        assertThat(s.seen().get(Pillar.REACH_CUSTOMERS)).isEqualTo("0 interactions with customers, advocates and seekers, 3 with peers");
        assertThat(s.seen().get(Pillar.LINK_RESTRAINT)).isEqualTo("2 of 10 messages carried links that count (20%); 1 drop, repeat or burst");
    }

    @Test
    void pillars_are_named_as_typed() {
        assertThat(Pillar.parse("Give-First")).contains(Pillar.GIVE_FIRST);
        assertThat(Pillar.parse("link_restraint")).contains(Pillar.LINK_RESTRAINT);
        assertThat(Pillar.parse("karma")).isEmpty();
    }
}
