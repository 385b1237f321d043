package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A business whose room says when its staff answer ("the desk replies weekdays, 10 to 4") has told its customers
 * that a question asked after Friday's close waits for Monday: the closed weekend is not time the question was left
 * unanswered. The same question in a room that states no hours, or still unanswered a working day after the opening,
 * is told.
 */
class StatedAnsweringHoursTest {

    private static final ChannelInfo WITH_HOURS = ChannelInfo.of("counter",
            "members chat and ask here; the desk replies weekdays, 10 to 4");
    private static final ChannelInfo WITHOUT_HOURS = ChannelInfo.of("counter", "members chat and ask here");
    private static final ChannelInfo NEWS = ChannelInfo.of("news", "news from the shop");
    private static final Set<String> STAFF = Set.of("Team");

    /** Monday 09:00 start; a customer asks the staff member by name on Friday at 17:40, after the close. */
    private static Chat askedAfterFridaysClose(ChannelInfo room, boolean answeredOnMonday) {
        Chat chat = Chat.builder("ines").defaultRoles(Map.of("Team", Audience.IGNORE)).build();
        chat.sayInWithRoles(room, "ines", STAFF, "Morning all, the new grips are in.");
        chat.later(Duration.ofDays(4).plusHours(8).plusMinutes(38));
        MessageId asked = chat.mentionIn("tom", room, "ines",
                "could you restring my racket for the club final? what do you usually charge for that?");
        chat.later(Duration.ofHours(17));
        chat.sayInWithRoles(NEWS, "ines", STAFF, "Winter opening times are on the door now.");
        chat.later(Duration.ofHours(48));
        if (answeredOnMonday) {
            chat.replyIn(room, "ines", asked, "tom", "Yes, ready Wednesday, about twenty pounds.");
        } else {
            chat.sayInWithRoles(NEWS, "ines", STAFF, "Delivery day: the new shoes are on the shelves.");
        }
        chat.later(Duration.ofDays(2));
        return chat.finish();
    }

    /**
     * As above, but she writes nothing all weekend, so the question waits for her first word; the process restarts on
     * Sunday or not; on Monday she posts the news first and answers two hours later, within the working day the room
     * promised.
     */
    private static Chat silentWeekend(boolean restartOnSunday) {
        Chat chat = Chat.builder("ines").defaultRoles(Map.of("Team", Audience.IGNORE)).build();
        chat.sayInWithRoles(WITH_HOURS, "ines", STAFF, "Morning all, the new grips are in.");
        chat.later(Duration.ofDays(4).plusHours(8).plusMinutes(38));
        MessageId asked = chat.mentionIn("tom", WITH_HOURS, "ines",
                "could you restring my racket for the club final? what do you usually charge for that?");
        chat.later(Duration.ofHours(40));
        if (restartOnSunday) {
            chat.restart();
        }
        chat.later(Duration.ofHours(24));
        chat.sayInWithRoles(NEWS, "ines", STAFF, "Delivery day: the new shoes are on the shelves.");
        chat.later(Duration.ofHours(2));
        chat.replyIn(WITH_HOURS, "ines", asked, "tom", "Yes, ready Wednesday, about twenty pounds.");
        chat.later(Duration.ofDays(2));
        return chat.finish();
    }

    @Test
    void aRestartOverTheSilentClosedWeekendKeepsTheWaitTimedFromTheOpening() {
        assertThat(silentWeekend(true).findings(ONEWAY_UNANSWERED))
                .isEqualTo(silentWeekend(false).findings(ONEWAY_UNANSWERED))
                .isEmpty();
    }

    @Test
    void staysQuietWhenTheQuestionWaitedOnlyOverTheClosedWeekendTheRoomAnnounces() {
        Chat chat = askedAfterFridaysClose(WITH_HOURS, true);
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    @Test
    void firesWhenTheRoomStatesNoHoursOrTheQuestionOutlastsTheNextWorkingDay() {
        assertThat(askedAfterFridaysClose(WITHOUT_HOURS, true).findings(ONEWAY_UNANSWERED)).hasSize(1);
        assertThat(askedAfterFridaysClose(WITH_HOURS, false).findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
