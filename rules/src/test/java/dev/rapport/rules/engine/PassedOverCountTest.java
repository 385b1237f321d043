package dev.rapport.rules.engine;

import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.rapport.rules.engine.ObservedInTest.observe;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who passed over a request is counted once each, however many speak while it stands open (a busy feedback channel's
 * hour), and nobody once it is answered.
 */
class PassedOverCountTest {
    private static final Instant ASKED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Duration HOUR = Duration.ofMinutes(60);
    private static final ChannelInfo FEEDBACK = new ChannelInfo("feedback", "");

    private static ChatMessage said(String id, String author, Instant at, String text) {
        return ChatMessage.builder().id(id).at(at).in("guild", "feedback").channelInfo(FEEDBACK).by(author).text(text)
                .build();
    }

    @Test
    void eachOfFortyPeopleTalkingTwiceWhileARequestWaitsPassedItOverOnce() {
        CommunityState community = new CommunityState(CommunitySettings.NONE);
        observe(community, said("q", "asker", ASKED, "would love some feedback on my new logo"),
                List.of(), true, false);
        for (int round = 0; round < 2; round++) {
            for (int p = 0; p < 40; p++) {
                Instant at = ASKED.plusSeconds(60 + round * 1_200 + p * 10L);
                observe(community, said("m" + round + "-" + p, "member" + p, at, "lunch was great today"), List.of(),
                        false, false);
                community.notePassedOver(UserId.of("member" + p), at, HOUR);
            }
        }

        for (int p = 0; p < 40; p++) {
            assertThat(community.passedOver(UserId.of("member" + p), ASKED, ASKED.plus(HOUR))).as("member" + p)
                    .isEqualTo(1);
        }
        assertThat(community.passedOver(UserId.of("asker"), ASKED, ASKED.plus(HOUR))).isZero();
    }

    @Test
    void nobodyPassesOverARequestOnceItIsAnswered() {
        CommunityState community = new CommunityState(CommunitySettings.NONE);
        observe(community, said("q", "asker", ASKED, "would love some feedback on my new logo"),
                List.of(), true, false);
        for (int p = 0; p < 20; p++) {
            Instant at = ASKED.plusSeconds(60 + p * 10L);
            observe(community, said("m" + p, "member" + p, at, "lunch was great today"), List.of(), false, false);
            community.notePassedOver(UserId.of("member" + p), at, HOUR);
        }
        Instant answered = ASKED.plusSeconds(600);
        observe(community, said("a", "helper", answered, "the colours work, the font is hard to read"),
                List.of(UserId.of("asker")), false, true);
        Instant later = answered.plusSeconds(60);
        observe(community, said("late", "latecomer", later, "lunch was great today"), List.of(), false, false);
        community.notePassedOver(UserId.of("latecomer"), later, HOUR);

        assertThat(community.passedOver(UserId.of("member19"), ASKED, ASKED.plus(HOUR))).isEqualTo(1);
        assertThat(community.passedOver(UserId.of("latecomer"), ASKED, ASKED.plus(HOUR))).isZero();
    }

    @Test
    void someoneWhoLearnsATopicAfterLookingAtARequestOnItPassesItOverAtTheirNextMessage() {
        CommunityState community = new CommunityState(CommunitySettings.NONE);
        observe(community, inGeneral("q", "asker", ASKED, "how do I stop my sourdough starter going mouldy in the fridge?"),
                List.of(), true, false);
        // Looked at once while it was nothing of theirs (they had learned nothing about it)...
        Instant looked = ASKED.plusSeconds(60);
        observe(community, inGeneral("m1", "member", looked, "lunch was great today"), List.of(), false, false);
        community.notePassedOver(UserId.of("member"), looked, HOUR);
        // ...then they ask the same and are answered: the request is one they could answer now.
        observe(community, inGeneral("own", "member", ASKED.plusSeconds(120),
                "why does my sourdough starter keep going mouldy in the fridge?"), List.of(), true, false);
        observe(community, inGeneral("a", "helper", ASKED.plusSeconds(180), "feed the starter daily and loosen the lid"),
                List.of(UserId.of("member")), false, true);
        Instant next = ASKED.plusSeconds(240);
        observe(community, inGeneral("m2", "member", next, "lunch was great today"), List.of(), false, false);
        community.notePassedOver(UserId.of("member"), next, HOUR);

        assertThat(community.passedOver(UserId.of("member"), ASKED, ASKED.plus(HOUR))).isEqualTo(1);
    }

    @Test
    void aRequestLookedAtAlreadyIsNotPassedOverTwiceButOneAskedSinceIs() {
        CommunityState community = new CommunityState(CommunitySettings.NONE);
        observe(community, said("q1", "asker", ASKED, "would love some feedback on my new logo"),
                List.of(), true, false);
        Instant first = ASKED.plusSeconds(60);
        observe(community, said("m1", "member", first, "lunch was great today"), List.of(), false, false);
        community.notePassedOver(UserId.of("member"), first, HOUR);
        observe(community, said("q2", "other", ASKED.plusSeconds(90), "would love some feedback on my poster"),
                List.of(),
                true, false);
        Instant second = ASKED.plusSeconds(120);
        observe(community, said("m2", "member", second, "lunch was great today"), List.of(), false, false);
        community.notePassedOver(UserId.of("member"), second, HOUR);

        assertThat(community.passedOver(UserId.of("member"), ASKED, ASKED.plus(HOUR))).isEqualTo(2);
    }

    private static ChatMessage inGeneral(String id, String author, Instant at, String text) {
        return ChatMessage.builder().id(id).at(at).in("guild", "general").channelInfo(new ChannelInfo("general", ""))
                .by(author).text(text).build();
    }
}
