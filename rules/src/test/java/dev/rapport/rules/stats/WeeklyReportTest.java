package dev.rapport.rules.stats;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

class WeeklyReportTest {
    private static final IsoWeek FIRST = IsoWeek.of(Chat.START, ZoneOffset.UTC);

    /**
     * A question put late on Sunday passes its deadline on Monday, in a week in which the person writes nothing:
     * that week's report has no tips (it was not about anything they did), though the finding is kept.
     */
    @Test
    void aWeekInWhichThePersonWroteNothingHasNoTipsEvenWhenAQuestionFromTheWeekBeforeWentOverdue() {
        Chat chat = Chat.coaching("ana");
        chat.later(Duration.ofDays(6).plusHours(9));
        chat.say("ana", "general", "new glaze test tiles are out of the kiln");
        chat.mention("bob", "general", "ana", "which clay body did you use for those?");
        // She is around on Sunday evening (she writes elsewhere), so the question is judged at its deadline on Monday.
        chat.later(Duration.ofHours(2)).say("ana", "studio", "kiln is cooling, opening it tomorrow");
        chat.later(Duration.ofDays(3));
        chat.finish();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement()
                .satisfies(f -> assertThat(f.week()).isEqualTo(FIRST.next()));
        WeeklyReport silent = chat.engine().report(UserId.of("ana"), FIRST.next()).orElseThrow();
        assertThat(silent.stats().messages()).isZero();
        assertThat(silent.tips()).isEmpty();
        assertThat(silent.findings()).hasSize(1);
    }

    @Test
    void aWeekInWhichThePersonWroteKeepsTheQuestionThatWentOverdueInIt() {
        Chat chat = Chat.coaching("ana");
        chat.later(Duration.ofDays(6).plusHours(9));
        chat.say("ana", "general", "new glaze test tiles are out of the kiln");
        chat.mention("bob", "general", "ana", "which clay body did you use for those?");
        chat.later(Duration.ofDays(1).plusHours(2));
        chat.say("ana", "general", "firing again this afternoon");
        // Back after the deadline: her first hour back passes and the question still waits.
        chat.later(Duration.ofHours(2));
        chat.finish();
        WeeklyReport week = chat.engine().report(UserId.of("ana"), FIRST.next()).orElseThrow();
        assertThat(week.tips()).extracting(f -> f.rule()).containsExactly(ONEWAY_UNANSWERED);
    }

    @Test
    void thanksAloneAreNotPraisedAsEngagingBack() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            chat.later(Duration.ofHours(20)).mention("bob", "general", "ana", "try a lower kiln temperature, batch " + i);
            chat.mention("ana", "general", "bob", "thanks!");
        }
        chat.finish();
        assertThat(chat.report("ana").wentWell()).noneMatch(line -> line.contains("engaged back"));
    }

    @Test
    void helpGivenBackIsPraisedAsEngagingBack() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            chat.later(Duration.ofHours(20)).mention("bob", "general", "ana", "try a lower kiln temperature, batch " + i);
            chat.mention("ana", "general", "bob", "your glaze photos would read better on a grey backdrop");
        }
        chat.finish();
        assertThat(chat.report("ana").wentWell()).contains("You engaged back with everyone who reached out to you.");
    }

    @Test
    void oneLeftWithoutHelpBackMakesItNearlyEveryone() {
        Chat chat = Chat.coaching("ana");
        List<String> people = List.of("bob", "cy", "dee", "eve", "fay");
        for (String who : people) {
            chat.later(Duration.ofHours(5)).mention(who, "general", "ana", "try a lower kiln temperature next firing");
            if (!who.equals("fay")) {
                chat.mention("ana", "general", who, "your glaze photos would read better on a grey backdrop");
            }
        }
        chat.finish();
        assertThat(chat.report("ana").wentWell())
                .contains("You engaged back with nearly everyone who reached out to you.");
    }
}
