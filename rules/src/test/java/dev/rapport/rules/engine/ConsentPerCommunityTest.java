package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent is given in one community ("your own messages in this server"): a person who said yes in one server is
 * analysed there and nowhere else, and a stop in one server ends the analysis there while the other goes on.
 */
class ConsentPerCommunityTest {
    private static final Pseudonyms PSEUDONYMS = new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8));
    private static final UserId ANA = UserId.of("ana");
    private static final CommunityId GARDEN = CommunityId.of("garden");
    private static final CommunityId MAKERS = CommunityId.of("makers");

    /** Ana's consents, which the test changes as she would with /coach start and /coach stop. */
    private final Set<CommunityId> consents = new HashSet<>();

    private CoachEngine engine() {
        Enrollment perCommunity = new Enrollment() {
            @Override
            public Optional<ZoneId> zoneOf(UserId user) {
                return user.equals(ANA) && !consents.isEmpty() ? Optional.of(ZoneOffset.UTC) : Optional.empty();
            }

            @Override
            public boolean coachedIn(UserId user, CommunityId community) {
                return user.equals(ANA) && consents.contains(community);
            }
        };
        return CoachEngine.builder().rules(RuleCatalogue.standard().rules()).enrollment(perCommunity)
                .promoDetector(Chat.MARKED).pseudonyms(PSEUDONYMS).build();
    }

    private static ChatMessage message(String id, int minute, CommunityId where) {
        return ChatMessage.builder().id(id).at(Chat.START.plusSeconds(minute * 60L)).in(where.value(), "general")
                .by("ana").text("hello you, how is it going " + id).build();
    }

    @Test
    void aPersonWhoOptedInInOneCommunityIsNotAnalysedInAnother() {
        consents.add(GARDEN);
        CoachEngine engine = engine();
        engine.accept(message("g0", 0, GARDEN));
        engine.accept(message("m0", 1, MAKERS));
        engine.accept(message("g1", 2, GARDEN));
        IsoWeek week = IsoWeek.of(Chat.START, ZoneOffset.UTC);

        assertThat(engine.communitiesOf(ANA)).containsExactly(GARDEN);
        assertThat(engine.report(ANA, week).orElseThrow().stats().messages()).isEqualTo(2);
    }

    @Test
    void consentingInBothCommunitiesCountsBoth() {
        consents.add(GARDEN);
        consents.add(MAKERS);
        CoachEngine engine = engine();
        engine.accept(message("g0", 0, GARDEN));
        engine.accept(message("m0", 1, MAKERS));

        assertThat(engine.communitiesOf(ANA)).containsExactlyInAnyOrder(GARDEN, MAKERS);
    }

    @Test
    void aStopInOneCommunityEndsTheAnalysisThereAndKeepsTheOther() {
        consents.add(GARDEN);
        consents.add(MAKERS);
        CoachEngine engine = engine();
        engine.accept(message("g0", 0, GARDEN));
        engine.accept(message("m0", 1, MAKERS));

        consents.remove(MAKERS);
        engine.enrollmentChanged(ANA);
        engine.accept(message("m1", 2, MAKERS));
        engine.accept(message("g1", 3, GARDEN));
        IsoWeek week = IsoWeek.of(Chat.START, ZoneOffset.UTC);

        assertThat(engine.communitiesOf(ANA)).containsExactly(GARDEN);
        assertThat(engine.report(ANA, week).orElseThrow().stats().messages()).isEqualTo(2);
    }

    @Test
    void optingInLaterInTheSecondCommunityStartsCountingThereFromThen() {
        consents.add(GARDEN);
        CoachEngine engine = engine();
        engine.accept(message("m0", 0, MAKERS));

        consents.add(MAKERS);
        engine.enrollmentChanged(ANA);
        engine.accept(message("m1", 1, MAKERS));
        IsoWeek week = IsoWeek.of(Chat.START, ZoneOffset.UTC);

        assertThat(engine.report(ANA, MAKERS, week).orElseThrow().stats().messages()).isEqualTo(1);
    }
}
