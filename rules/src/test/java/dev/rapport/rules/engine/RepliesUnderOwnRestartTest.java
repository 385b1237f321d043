package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_GIVE_TAKE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who replied under someone's own post ({@link RepliesUnderOwn}) is kept in that person's snapshot, by pseudonym: a
 * learner who talks each answer through under her own question is in a conversation with the one who answered there,
 * whether or not the coach restarted between his answer and her words under it. Thanks there, and nothing more, are
 * still only thanks, restart or not.
 */
class RepliesUnderOwnRestartTest {
    /** The secret {@link Chat} pseudonymises with. */
    private static final Pseudonyms PSEUDONYMS =
            new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8));

    /**
     * Raul answers Ines's workshop question on three evenings, under it; hours later, after a restart each time, she
     * replies under her own question with {@code back}.
     */
    private static Chat answeredOnThreeDaysUnderOwnQuestionWithRestarts(String[] back) {
        Chat chat = Chat.coaching("ines");
        String[][] days = {
            {"my new chisels will not take an edge, what am I doing wrong?",
                "flatten the back on a coarse stone first, then hone the bevel, and only use the tip of the stone"},
            {"gluing up a stool tomorrow, how many clamps do I need for four legs?",
                "two band clamps are enough, but always do a dry fit first so you find the long leg before the glue"},
            {"which grit should I finish a chair seat with before the oil goes on?",
                "a finer grit than you think, two hundred and forty, or the oil shows every scratch you left"},
        };
        for (int i = 0; i < days.length; i++) {
            chat.later(Duration.ofDays(1));
            MessageId asked = chat.say("ines", "workshop-help", days[i][0]);
            chat.later(Duration.ofMinutes(30));
            chat.reply("raul", "workshop-help", asked, "ines", days[i][1]);
            chat.later(Duration.ofHours(3));
            chat.restart();
            chat.reply("ines", "workshop-help", asked, "ines", back[i]);
        }
        return chat;
    }

    @Test
    void staysQuietWhenTheLearnerTalksEachAnswerThroughUnderHerOwnQuestionAcrossRestarts() {
        Chat chat = answeredOnThreeDaysUnderOwnQuestionWithRestarts(new String[]{
            "sharpened both chisels that way, the edge holds now. why only the tip of the stone though?",
            "did the dry fit first like you said, one leg was long. trimmed it and glued, it sits flat",
            "went with the finer grit, the scratches are gone but it took an hour. is that normal?"});
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    @Test
    void firesWhenTheLearnerOnlyThanksUnderHerOwnQuestionAcrossRestarts() {
        Chat chat = answeredOnThreeDaysUnderOwnQuestionWithRestarts(new String[]{"thanks!", "thank you",
            "thanks a lot"});
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("thanked")).isEqualTo(1));
    }

    @Test
    void theRepliesUnderHerPostAreKeptByPseudonymWithoutWordsAndGoWithTheReplierWhenForgotten() {
        Chat chat = Chat.coaching("ines");
        MessageId asked = chat.say("ines", "workshop-help", "my new chisels will not take an edge, any idea why?");
        chat.reply("raul", "workshop-help", asked, "ines", "flatten the back on a coarse stone first");
        chat.reply("sol", "workshop-help", asked, "ines", "and hone the bevel at a steady angle");

        UserSnapshot kept = chat.engine().snapshot(UserId.of("ines"), CommunityId.of(Chat.COMMUNITY)).orElseThrow();
        String raul = PSEUDONYMS.of(UserId.of("raul"));
        String sol = PSEUDONYMS.of(UserId.of("sol"));
        assertThat(kept.version()).isEqualTo(UserSnapshot.VERSION);
        assertThat(kept.repliesUnder()).extracting(UserSnapshot.Reply::post).containsOnly(asked);
        assertThat(kept.repliesUnder()).extracting(UserSnapshot.Reply::by).containsExactly(raul, sol);
        assertThat(kept.toString()).doesNotContain("raul", "sol,", "chisels", "bevel");
        assertThat(kept.mentions(raul)).isTrue();

        UserSnapshot forgotten = kept.withoutCounterpart(raul);
        assertThat(forgotten.repliesUnder()).extracting(UserSnapshot.Reply::by).containsExactly(sol);
        assertThat(forgotten.mentions(raul)).isFalse();
    }

    @Test
    void takenBackTheSnapshotGivesTheSameRepliesAgainInTheSameOrder() {
        Chat chat = Chat.coaching("ines");
        for (int i = 0; i < RepliesUnderOwn.KEPT + 2; i++) {
            MessageId post = chat.say("ines", "workshop-help", "glue-up number " + i + " done, how does it look?");
            chat.reply(i % 2 == 0 ? "raul" : "sol", "workshop-help", post, "ines", "looks square to me");
        }
        CommunityId community = CommunityId.of(Chat.COMMUNITY);
        UserSnapshot before = chat.engine().snapshot(UserId.of("ines"), community).orElseThrow();
        assertThat(before.repliesUnder()).hasSize(RepliesUnderOwn.KEPT);

        chat.restart();

        assertThat(chat.engine().snapshot(UserId.of("ines"), community).orElseThrow()).isEqualTo(before);
    }
}
