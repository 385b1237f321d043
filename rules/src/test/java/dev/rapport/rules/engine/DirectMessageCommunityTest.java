package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.rule.RuleId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A direct conversation counts in the community its two people share: exports file DMs under an id of their own,
 * but a pitch by DM to someone met in a server is part of how one behaves in that server.
 */
class DirectMessageCommunityTest {
    private static final Pseudonyms PSEUDONYMS = new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8));
    private static final UserId ANA = UserId.of("ana");
    private static final CommunityId GARDEN = CommunityId.of("garden");
    private static final CommunityId MAKERS = CommunityId.of("makers");
    /** Where exports file direct messages. */
    private static final CommunityId DIRECT = CommunityId.of("0");

    private final CoachEngine engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules())
            .enrollment(user -> user.equals(ANA) ? Optional.of(ZoneOffset.UTC) : Optional.empty())
            .promoDetector(Chat.MARKED).pseudonyms(PSEUDONYMS).build();
    private final List<Finding> findings = new ArrayList<>();
    private int minute;

    private void say(CommunityId where, String channel, String who, String text) {
        feed(ChatMessage.builder().id("m" + minute).at(at()).in(where.value(), channel).by(who).text(text).build());
    }

    private void direct(String dm, String who, String text) {
        feed(ChatMessage.builder().id("m" + minute).at(at()).in(DIRECT.value(), dm).direct().by(who).text(text).build());
    }

    private Instant at() {
        return Chat.START.plusSeconds(60L * minute++);
    }

    private void feed(ChatMessage m) {
        findings.addAll(engine.accept(m));
    }

    private List<Finding> promotion() {
        findings.addAll(engine.finish());
        return findings.stream().filter(f -> f.rule() == RuleId.PROMO_SELF).toList();
    }

    @Test
    void aPitchByDirectMessageToSomeoneMetInACommunityCountsThere() {
        say(GARDEN, "general", "bob", "morning all, the tomatoes are finally red");
        say(GARDEN, "general", "ana", "lovely, mine are still green");
        direct("dm-ana-bob", "bob", "hi ana, nice to meet you here");
        direct("dm-ana-bob", "ana", "[promo] glad you wrote! my seed packs are half price for you too");
        say(GARDEN, "trade", "ana", "[promo] seed packs at half price this week");

        assertThat(promotion()).singleElement().satisfies(f -> assertThat(f.community()).isEqualTo(GARDEN));
        assertThat(engine.communitiesOf(ANA)).containsExactly(GARDEN);
    }

    @Test
    void theCommunityWhereTheyLastMetIsTheOneThatCounts() {
        say(MAKERS, "general", "bob", "anyone tried the new glaze?");
        say(MAKERS, "general", "ana", "not yet, looks nice");
        say(GARDEN, "general", "bob", "the tomatoes are finally red");
        say(GARDEN, "general", "ana", "mine are still green");
        direct("dm-ana-bob", "bob", "hi ana");
        direct("dm-ana-bob", "ana", "[promo] my seed packs are half price for you too");
        say(GARDEN, "trade", "ana", "[promo] seed packs at half price this week");

        assertThat(promotion()).singleElement().satisfies(f -> assertThat(f.community()).isEqualTo(GARDEN));
    }

    @Test
    void aDirectConversationBetweenPeopleWhoShareNoCommunityLeaksIntoNone() {
        // Ana promotes once in the garden; Cy was never seen there, so her pitch to him is not a garden matter.
        say(GARDEN, "general", "bob", "the tomatoes are finally red");
        say(GARDEN, "general", "ana", "mine are still green");
        direct("dm-ana-cy", "cy", "hi ana, my cousin passed on your name");
        direct("dm-ana-cy", "ana", "[promo] my seed packs are half price for you too");
        say(GARDEN, "trade", "ana", "[promo] seed packs at half price this week");

        assertThat(promotion()).isEmpty();
        assertThat(engine.communitiesOf(ANA)).containsExactly(DIRECT, GARDEN);
    }

    @Test
    void aReactionInTheDirectConversationCountsWhereItsMessagesDo() {
        say(GARDEN, "general", "bob", "the tomatoes are finally red");
        say(GARDEN, "general", "ana", "mine are still green");
        direct("dm-ana-bob", "bob", "here is a photo of mine");
        direct("dm-ana-bob", "ana", "wow, how did you get them so red?");
        engine.accept(new dev.rapport.rules.model.ReactionAdded(dev.rapport.rules.model.MessageId.of("m2"),
                UserId.of("bob"), ANA, at(), DIRECT, dev.rapport.rules.model.ChannelId.of("dm-ana-bob")));

        assertThat(engine.communitiesOf(ANA)).containsExactly(GARDEN);
        assertThat(engine.snapshot(ANA, GARDEN)).isPresent();
    }

    @Test
    void aFirstDirectMessageThatMentionsTheOtherSideCountsWhereTheyMet() {
        say(GARDEN, "general", "bob", "the tomatoes are finally red");
        say(GARDEN, "general", "ana", "mine are still green");
        feed(ChatMessage.builder().id("m" + minute).at(at()).in(DIRECT.value(), "dm-ana-bob").direct().by("ana")
                .mention("bob").text("hi bob, how did you get them so red?").build());

        assertThat(engine.communitiesOf(ANA)).containsExactly(GARDEN);
    }
}
