package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.Hiring;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 55: one of the trade's own room who posts a vacancy at their employer on terms of employment ("we're
 * hiring two surveyors, permanent, hybrid") fills posts with colleagues. They stay a fellow of the trade, not a buyer
 * asking for offers of work: a seller's week of talk with them is a week with peers, though the last word with them was
 * under the vacancy. A fellow who asks for a job to be done and paid for is a buyer, as before.
 */
class FellowsVacancyTest {
    private static final ChannelInfo SURVEYORS = ChannelInfo.of("site-office",
            "for surveyors: software, fees, awkward clients");
    private static final ChannelInfo JOBS = ChannelInfo.of("jobs", "posts and contracts: offer your work or ask for it");
    private static final ChannelInfo ASK = ChannelInfo.of("ask-a-surveyor", "homeowners ask about damp, cracks, boundaries");

    /**
     * Ana says she wants more clients and talks with Pete and Paula in the surveyors' room all week; a homeowner's
     * question waits a day in the askers' room; Pete posts {@code petesPost} in the jobs room and Ana's last words with
     * him are there.
     */
    private static Chat aWeekWithAFellowsPost(String petesPost) {
        Chat chat = Chat.coaching("ana");
        chat.sayIn(SURVEYORS, "pete", "the new drone rules are a headache for roof work");
        chat.sayIn(SURVEYORS, "paula", "fees are creeping up everywhere this spring");
        chat.mentionIn("ana", SURVEYORS, "paula", "going solo this year, I need more clients of my own");
        chat.later(Duration.ofHours(1));
        chat.sayIn(ASK, "hugo", "is a hairline crack over a door frame anything to worry about?");
        for (int i = 0; i < 8; i++) {
            chat.later(Duration.ofHours(6));
            chat.mentionIn("ana", SURVEYORS, i % 2 == 0 ? "pete" : "paula", "the moisture meter was off by a mile again");
        }
        chat.later(Duration.ofHours(2));
        chat.sayIn(JOBS, "pete", petesPost);
        chat.later(Duration.ofMinutes(30));
        chat.mentionIn("ana", JOBS, "pete", "nice one, do they take contractors as well");
        chat.later(Duration.ofMinutes(20));
        chat.mentionIn("pete", JOBS, "ana", "staff only this time, sorry");
        chat.later(Duration.ofMinutes(20));
        chat.mentionIn("ana", JOBS, "pete", "fair enough, good luck filling them");
        return chat.finish();
    }

    @Test
    void firesWhenTheWeeksFellowPostedAVacancyForStaff() {
        assertThat(Hiring.staffPost("we're hiring two surveyors at our practice, permanent, hybrid: example.org/jobs"))
                .isTrue();
        Chat chat = aWeekWithAFellowsPost("we're hiring two surveyors at our practice, permanent, hybrid: "
                + "example.org/jobs");
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheFellowAskedForAJobToBeDone() {
        assertThat(Hiring.staffPost("need someone to survey a barn conversion next week, £400, DM me")).isFalse();
        Chat chat = aWeekWithAFellowsPost("need someone to survey a barn conversion next week, £400, DM me");
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }
}
