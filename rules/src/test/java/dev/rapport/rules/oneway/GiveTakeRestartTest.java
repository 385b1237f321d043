package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import static dev.rapport.rules.oneway.HelperAsksTheRoomScene.helpedOnThreeDaysAndTalkedItThrough;
import static dev.rapport.rules.oneway.HelperAsksTheRoomScene.helperAsksAboutHisBasil;
import static dev.rapport.rules.oneway.HelperAsksTheRoomScene.learnerChatsLater;
import static dev.rapport.rules.oneway.HelperAsksTheRoomScene.neighbourAnswers;
import static dev.rapport.rules.oneway.HelperAsksTheRoomScene.neighbourSpeaksNext;
import static dev.rapport.rules.rule.RuleId.ONEWAY_GIVE_TAKE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who took up a helper's question to the room at once is kept in the community's snapshot (by pseudonym): a question
 * someone else answered minutes after it was asked went by nobody, before a restart or after it, while one the
 * learner's own post followed still went by her. Each scene is {@code GiveTakeRuleTest}'s ({@link
 * HelperAsksTheRoomScene}), played straight through and with a restart after the take-up.
 */
class GiveTakeRestartTest {
    /** The secret {@link Chat} pseudonymises with. */
    private static final Pseudonyms PSEUDONYMS =
            new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8));

    /** The week's findings with {@code between} (a restart, or nothing) after the helper's question was taken up. */
    private static List<?> giveTake(Consumer<Chat> takenUp, Consumer<Chat> between) {
        Chat chat = Chat.coaching("nia");
        helpedOnThreeDaysAndTalkedItThrough(chat);
        takenUp.accept(chat);
        between.accept(chat);
        return learnerChatsLater(chat).findings(ONEWAY_GIVE_TAKE);
    }

    private static void answeredByANeighbour(Chat chat) {
        neighbourAnswers(chat, helperAsksAboutHisBasil(chat));
    }

    private static void takenUpInTheNextWord(Chat chat) {
        helperAsksAboutHisBasil(chat);
        neighbourSpeaksNext(chat);
    }

    @Test
    void aQuestionSomeoneElseAnsweredAtOnceStillWentByNobodyAfterARestart() {
        List<?> straight = giveTake(GiveTakeRestartTest::answeredByANeighbour, chat -> { });

        assertThat(straight).isEmpty();
        assertThat(giveTake(GiveTakeRestartTest::answeredByANeighbour, Chat::restart)).isEqualTo(straight);
    }

    @Test
    void aQuestionTakenUpInTheNextWordStillWentByNobodyAfterARestart() {
        List<?> straight = giveTake(GiveTakeRestartTest::takenUpInTheNextWord, chat -> { });

        assertThat(straight).isEmpty();
        assertThat(giveTake(GiveTakeRestartTest::takenUpInTheNextWord, Chat::restart)).isEqualTo(straight);
    }

    /**
     * Asked just before a restart and taken up by the next word after it: the room's latest question is kept in the
     * snapshot until someone else speaks there, so the take-up still counts.
     */
    @Test
    void aQuestionAskedBeforeARestartAndTakenUpAfterItStillWentByNobody() {
        List<?> straight = giveTake(GiveTakeRestartTest::takenUpInTheNextWord, chat -> { });

        assertThat(giveTake(chat -> {
            helperAsksAboutHisBasil(chat);
            chat.restart();
            neighbourSpeaksNext(chat);
        }, chat -> { })).isEqualTo(straight);
    }

    /** Taken up by the learner's own post, the request still went by her after a restart. */
    @Test
    void aRequestTheLearnersOwnPostFollowedStillWentByHerAfterARestart() {
        List<?> straight = giveTake(HelperAsksTheRoomScene::learnerPostsUnderTheHelpersRequest, chat -> { });

        assertThat(straight).hasSize(1);
        assertThat(giveTake(HelperAsksTheRoomScene::learnerPostsUnderTheHelpersRequest, Chat::restart))
                .isEqualTo(straight);
    }

    @Test
    void whoTookTheQuestionUpIsKeptByPseudonymAndGoesWhenTheyAreForgotten() {
        Chat chat = Chat.coaching("nia");
        helpedOnThreeDaysAndTalkedItThrough(chat);
        MessageId asked = helperAsksAboutHisBasil(chat);
        neighbourAnswers(chat, asked);
        CommunitySnapshot kept = chat.engine().communitySnapshot(CommunityId.of(Chat.COMMUNITY)).orElseThrow();
        String otto = PSEUDONYMS.of(UserId.of("otto"));
        String ulla = PSEUDONYMS.of(UserId.of("ulla"));

        assertThat(kept.member(otto)).hasValueSatisfying(m -> assertThat(m.askedTheRoomTakenUpBy()).contains(ulla));
        assertThat(kept.withoutPerson(ulla).member(otto))
                .hasValueSatisfying(m -> assertThat(m.askedTheRoomTakenUpBy()).isEmpty());

        // Taken back, the community gives the same again.
        chat.restart();
        assertThat(chat.engine().communitySnapshot(CommunityId.of(Chat.COMMUNITY)).orElseThrow().member(otto))
                .isEqualTo(kept.member(otto));
    }
}
