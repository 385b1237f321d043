package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A glazier who talks in the trade's own room was never seen offering work, but a householder tells her, by name in
 * the open room, of the window she glazed for them, or asks whether the panel she is making them will be ready: a
 * client's word to one of the trade, whose fellows do paid work (asking whether it is on track asks the same). Left without a word all week, and chased, while her
 * whole week went to a project with her fellows, that client is an existing customer kept waiting (advocates) and the
 * week is one spent with peers (peers-only). Answered the same day, or asked only how windows work, nothing is said.
 */
class ClientLeftForFellowsTest {

    /** The glaziers' own room. */
    static final ChannelInfo YARD = ChannelInfo.of("yard", "glaziers among ourselves: glass, putty, pricing, the trade");
    /** Where householders ask and members answer: nobody's trade room. */
    static final ChannelInfo QUESTIONS = ChannelInfo.of("window-questions",
            "householders ask about windows and glass; members answer");

    /** Ana's week: the client's words to her, then (unless she answers at once) a chase, and her project with fellows. */
    private static Chat week(String clientWords, boolean answersAtOnce) {
        Chat chat = Chat.builder("ana").promotionChannels("showcase").build();
        Scene s = Scene.over(chat);
        s.saysIn(YARD, "pete", "anyone else finding the new putty slow to skin over?")
                .answersIn(YARD, "ana", "pete", "yes, give it two days in this cold")
                .answersIn(YARD, "paula", "ana", "same here, two days at least");
        s.asksIn("hugo", QUESTIONS, "ana", clientWords);
        if (answersAtOnce) {
            s.answersIn(QUESTIONS, "ana", "hugo", "Hugo, thanks for telling me: I'll come round on Thursday and sort it.");
        }
        for (int day = 0; day < 5; day++) {
            chat.later(Duration.ofHours(20));
            String fellow = day % 2 == 0 ? "pete" : "paula";
            s.asksIn("ana", YARD, fellow, "chapel panel " + day + " relaid in new came, does the soldering look even to you?")
                    .answersIn(YARD, fellow, "ana", "even enough, keep going")
                    .answersIn(YARD, "ana", fellow, "thanks, on to the next one tomorrow");
            if (day == 1 && !answersAtOnce) {
                s.asksIn("hugo", QUESTIONS, "ana", "sorry to chase, could you let me know either way?");
            }
        }
        return chat.finish();
    }

    @Test
    void workToldOrAwaitedIsAClientsQuestion() {
        assertThat(AwaitedWork.asked("Will the bathroom panel be ready before the plasterer comes on the 3rd?")).isTrue();
        assertThat(AwaitedWork.asked("is my table done yet? my mother arrives on Sunday")).isTrue();
        assertThat(AwaitedWork.asked("When will our shop sign be finished?")).isTrue();
    }

    @Test
    void askingWhetherOnesPieceIsOnTrackIsAwaitedWork() {
        assertThat(AwaitedWork.asked("is the landing panel still on track for the 14th? the decorators are booked"))
                .isTrue();
        assertThat(AwaitedWork.asked("Are our porch windows on schedule for next week?")).isTrue();
    }

    @Test
    void askingWhetherAPieceWouldBeOnTrackIfOrderedIsNoAwaitedWork() {
        assertThat(AwaitedWork.asked("if we ordered now, is the landing panel on track for May?")).isFalse();
        assertThat(AwaitedWork.asked("are you on track to take new work this spring?")).isFalse();
    }

    @Test
    void aProspectsQuestionAboutTimeIsNoAwaitedWork() {
        assertThat(AwaitedWork.asked("would a panel like that be ready by May if we ordered now?")).isFalse();
        assertThat(AwaitedWork.asked("how long does a leaded panel usually take to make?")).isFalse();
    }

    @Test
    void askingWhetherOnesOrderCameInOrWillShipIsAwaitedWork() {
        assertThat(AwaitedWork.asked("has the replacement pump come in? the holiday lets start Friday")).isTrue();
        assertThat(AwaitedWork.asked("just checking the 40 jars will ship before the fair on the 9th?")).isTrue();
        assertThat(AwaitedWork.asked("When will our coloured glass arrive?")).isTrue();
        assertThat(AwaitedWork.asked("will our forty jars be posted before the fair?")).isTrue();
    }

    @Test
    void arrivalsToldOrAskedBeforeOrderingAreNoAwaitedWork() {
        assertThat(AwaitedWork.asked("our guests will arrive on the 5th, so it needs doing by then.")).isFalse();
        assertThat(AwaitedWork.asked("if we ordered today, when will the panels arrive?")).isFalse();
        assertThat(AwaitedWork.asked("has the rain arrived where you are")).isFalse();
        assertThat(AwaitedWork.asked("my sister will arrive on Friday. could you come after?")).isFalse();
    }

    @Test
    void firesWhenTheClientAskingWhetherTheirGlassHasComeInIsLeftAllWeek() {
        Chat chat = week("Ana, has the coloured glass come in? The decorators start on the 14th", false);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheClientAskingWhetherTheirGlassHasComeInIsAnsweredTheSameDay() {
        Chat chat = week("Ana, has the coloured glass come in? The decorators start on the 14th", true);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    @Test
    void firesWhenTheClientSheGlazedForIsLeftAllWeekWhileSheWorksWithFellows() {
        Chat chat = week("Ana, the bay window you glazed for us last spring has misted up inside, could you look?",
                false);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void firesWhenTheClientAskingWhetherTheirPanelWillBeReadyIsLeftAllWeek() {
        Chat chat = week("Ana, will the landing panel be ready before the decorators come on the 14th?", false);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void firesWhenTheClientAskingWhetherTheirPanelIsOnTrackIsLeftAllWeek() {
        Chat chat = week("Ana, is the landing panel still on track for the 14th? Just need to tell the decorators",
                false);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheClientAskingWhetherTheirPanelIsOnTrackIsAnsweredTheSameDay() {
        Chat chat = week("Ana, is the landing panel still on track for the 14th? Just need to tell the decorators",
                true);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    @Test
    void staysQuietWhenSheAnswersHerClientTheSameDay() {
        Chat chat = week("Ana, the bay window you glazed for us last spring has misted up inside, could you look?",
                true);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /** Booking a run of her lessons, told to her by name, is buying her time: a client's word (since session 70). */
    @Test
    void firesWhenTheClientWhoBookedABlockOfHerLessonsIsLeftAllWeek() {
        Chat chat = week("Loved the first glass-cutting lesson with @ana. Booking the block of three! Which evenings "
                + "are free?", false);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** Asking whether a block of lessons is worth it is a prospect's question, however long it waits. */
    @Test
    void staysQuietWhenTheOneLeftWaitingOnlyAskedWhetherABlockOfLessonsIsWorthIt() {
        Chat chat = week("Ana, is a block of three glass-cutting lessons worth it for a beginner?", false);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    @Test
    void staysQuietWhenTheOneLeftWaitingOnlyAskedHowWindowsWork() {
        Chat chat = week("Ana, how do you stop a bay window misting up inside? Ours does every winter.", false);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }
}
