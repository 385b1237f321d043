package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions waiting for one person's answer, on their own: which a message takes out, in what order, and when
 * the old ones are let go. The engine's tests read the same through whole conversations; these name the ledger's
 * promises one by one.
 */
class WaitingQuestionsTest {
    private static final Instant T = Instant.parse("2030-01-07T09:00:00Z");
    private static final IsoWeek WEEK = IsoWeek.of(T, ZoneOffset.UTC);
    private static final CommunityId GUILD = CommunityId.of("1");
    private static final ChannelId HELP = ChannelId.of("10");
    private static final ChannelId CHAT = ChannelId.of("11");
    private static final long ANA = 1;
    private static final long BO = 2;

    private static WaitingQuestion question(String id, long from, ChannelId channel, Instant since) {
        return new WaitingQuestion(MessageId.of(id), from, Audience.PEER, channel, since, WEEK, GUILD);
    }

    private static List<String> ids(List<WaitingQuestion> questions) {
        return questions.stream().map(w -> w.message.value()).toList();
    }

    @Test
    void aReplyTakesOutTheQuestionItRepliesToAndNothingElse() {
        WaitingQuestions questions = new WaitingQuestions();
        questions.await(question("1", ANA, HELP, T));
        questions.await(question("2", BO, HELP, T.plusSeconds(60)));

        List<WaitingQuestion> answered = questions.answeredBy(Optional.of(MessageId.of("2")), new long[0], null, null, T);

        assertThat(ids(answered)).containsExactly("2");
        assertThat(ids(questions.all())).containsExactly("1");
    }

    @Test
    void aWordToTheAskerTakesOutAllTheirQuestionsOldestFirstWhereverTheyWereAsked() {
        WaitingQuestions questions = new WaitingQuestions();
        questions.await(question("1", ANA, CHAT, T));
        questions.await(question("2", BO, HELP, T.plusSeconds(30)));
        questions.await(question("3", ANA, HELP, T.plusSeconds(60)));

        List<WaitingQuestion> answered = questions.answeredBy(Optional.empty(), new long[]{ANA}, null, null, T);

        assertThat(ids(answered)).containsExactly("1", "3");
        assertThat(ids(questions.all())).containsExactly("2");
        assertThat(questions.waitingFor(MessageId.of("1"))).isNull();
    }

    @Test
    void aTurnInARoomTakesOutOnlyTheQuestionsAskedThereSinceItsStart() {
        WaitingQuestions questions = new WaitingQuestions();
        questions.await(question("old", ANA, HELP, T));
        questions.await(question("new", BO, HELP, T.plusSeconds(3_600)));
        questions.await(question("elsewhere", BO, CHAT, T.plusSeconds(3_600)));

        List<WaitingQuestion> answered = questions.answeredBy(Optional.empty(), new long[0], null, HELP,
                T.plusSeconds(1_800));

        assertThat(ids(answered)).containsExactly("new");
        assertThat(ids(questions.all())).containsExactly("old", "elsewhere");
    }

    @Test
    void manyQuestionsAreFoundByIndexAsAFewAreByScan() {
        WaitingQuestions questions = new WaitingQuestions();
        int many = WaitingQuestions.INDEXED_FROM + 4;
        for (int i = 0; i < many; i++) {
            questions.await(question(Integer.toString(i), i % 2 == 0 ? ANA : BO, i % 3 == 0 ? HELP : CHAT,
                    T.plusSeconds(i)));
        }

        List<WaitingQuestion> answered = questions.answeredBy(Optional.empty(), new long[]{BO}, null, null, T);

        assertThat(answered).hasSize(many / 2).allMatch(w -> w.from == BO);
        assertThat(questions.all()).hasSize(many - many / 2).allMatch(w -> w.from == ANA);
        assertThat(answered).isSortedAccordingTo((a, b) -> a.since.compareTo(b.since));
    }

    @Test
    void theSameMessageAgainTakesThePlaceOfTheFirst() {
        WaitingQuestions questions = new WaitingQuestions();
        WaitingQuestion first = question("1", ANA, HELP, T);
        questions.await(first);
        questions.await(question("1", ANA, HELP, T.plusSeconds(5)));

        assertThat(questions.all()).hasSize(1);
        assertThat(first.gone).isTrue();
    }

    @Test
    void anOverdueQuestionIsLetGoAWeekOnButOneStillInTimeStays() {
        WaitingQuestions questions = new WaitingQuestions();
        WaitingQuestion told = question("told", ANA, HELP, T);
        told.overdue = true;
        told.reported = true;
        questions.await(told);
        questions.await(question("fresh", BO, HELP, T));

        questions.sweep(T.plus(WaitingQuestions.WAITING_MEMORY).minusSeconds(1));
        assertThat(ids(questions.all())).containsExactly("told", "fresh");

        questions.sweep(T.plus(WaitingQuestions.WAITING_MEMORY).plusSeconds(1));
        assertThat(ids(questions.all())).containsExactly("fresh");
        assertThat(told.gone).isTrue();
    }

    @Test
    void aQuestionDeferredWhileThePersonWasAwayIsJudgedWhenTheyAreBack() {
        WaitingQuestions questions = new WaitingQuestions();
        WaitingQuestion w = question("1", ANA, HELP, T);
        w.overdue = true;
        questions.await(w);
        questions.defer(w);
        assertThat(questions.anyDeferred()).isTrue();
        assertThat(questions.overdue(T.plus(Duration.ofDays(2)))).isEmpty();

        List<WaitingQuestion> back = questions.backFrom(T.plus(Duration.ofDays(2)), T.plusSeconds(1));

        assertThat(back).containsExactly(w);
        assertThat(questions.anyDeferred()).isFalse();
        assertThat(questions.overdue(T.plus(Duration.ofDays(2)))).containsExactly(w);
    }

    @Test
    void nothingWaitingAnswersNothing() {
        WaitingQuestions questions = new WaitingQuestions();

        assertThat(questions.any()).isFalse();
        assertThat(questions.answeredBy(Optional.empty(), new long[]{ANA}, HELP, HELP, T)).isEmpty();
        assertThat(questions.answeredByTopic(HELP, "anything at all", WaitingQuestions.NO_ASKER, null)).isEmpty();
        assertThat(questions.all()).isEmpty();
    }
}
