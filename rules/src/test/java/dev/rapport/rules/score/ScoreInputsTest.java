package dev.rapport.rules.score;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.stats.WeeklyStats;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The week's numbers the score needs beyond the report's: reactions given and the link rules' flags. */
class ScoreInputsTest {

    @Test
    void a_week_counts_the_reactions_given_to_other_people() {
        Chat chat = Chat.coaching("ana");
        MessageId bea = chat.say("bea", "general", "I finally shipped the new catalogue");
        chat.react("ana", bea, "bea", "general");
        chat.react("ana", bea, "bea", "general");
        chat.say("ana", "general", "congrats!");
        WeeklyStats s = chat.finish().report("ana").stats();
        assertThat(s.reactionsGiven()).isEqualTo(2);
    }

    @Test
    void a_burst_of_links_is_a_flag_and_costs_link_restraint_points() {
        Chat chat = Chat.coaching("ana");
        for (int i = 1; i <= 4; i++) {
            chat.say("ana", "general", "new video https://example.com/video/" + i);
        }
        for (int i = 0; i < 16; i++) {
            chat.say("ana", "general", "nice weather today " + i);
        }
        WeeklyStats s = chat.finish().report("ana").stats();
        assertThat(s.linkFlags()).isEqualTo(1);
        // 4 of 20 messages with links (20%): 16.7 points, minus 5 for the burst.
        assertThat(WeekScore.of(s).orElseThrow().of(Pillar.LINK_RESTRAINT)).isEqualTo(12);
    }

    @Test
    void quiet_link_sharing_raises_no_flag() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "the slides from today https://example.com/slides");
        for (int i = 0; i < 9; i++) {
            chat.say("ana", "general", "thanks everyone for coming " + i);
        }
        WeeklyStats s = chat.finish().report("ana").stats();
        assertThat(s.linkFlags()).isZero();
        assertThat(WeekScore.of(s).orElseThrow().of(Pillar.LINK_RESTRAINT)).isEqualTo(25);
    }
}
