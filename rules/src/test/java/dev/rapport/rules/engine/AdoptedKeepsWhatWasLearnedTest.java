package dev.rapport.rules.engine;

import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.rapport.rules.engine.ObservedInTest.observe;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 38: someone taken back from a community's snapshot under a stand-in, of whom the community learned
 * something under their own id before anything named them (here the community is fed directly; an event naming them
 * comes first in the engine), keeps it when their id takes the stand-in's place: that they serve clients or seek them
 * is as known after a restart as without one.
 */
class AdoptedKeepsWhatWasLearnedTest {
    private static final CommunityId GUILD = CommunityId.of("guild-1");
    private static final UserId GWEN = UserId.of("gwen");
    private static final UserId HAL = UserId.of("hal");
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private final PseudonymCache pseudonyms = new PseudonymCache(new Pseudonyms(new byte[16]), new Ids());
    private int next;

    private ChatMessage said(UserId who, String text) {
        next++;
        return ChatMessage.builder().id("m" + next).at(START.plusSeconds(60L * next)).in(GUILD.value(), "yard")
                .by(who.value()).text(text).build();
    }

    /** Gwen and Hal say good morning; then Gwen speaks of her regulars and Hal of wanting clients. */
    private void goodMorning(CommunityState community) {
        observe(community, said(GWEN, "morning all"), List.of(), false, false);
        observe(community, said(HAL, "morning all"), List.of(), false, false);
    }

    private void whatTheyDo(CommunityState community) {
        observe(community, said(GWEN, "two of my regulars want new leaded lights in their porch doors by spring"),
                List.of(), false, false);
        observe(community, said(HAL, "I really need more clients for the winter months"), List.of(), false, false);
    }

    private CommunitySnapshot.Member member(CommunityState community, UserId who) {
        return community.snapshot(GUILD, pseudonyms).member(pseudonyms.of(who)).orElseThrow();
    }

    @Test
    void whatWasLearnedUnderTheirIdBeforeTheyWereNamedHoldsOnceTheyAre() {
        CommunityState straight = new CommunityState(CommunitySettings.NONE);
        goodMorning(straight);
        whatTheyDo(straight);

        CommunityState before = new CommunityState(CommunitySettings.NONE);
        goodMorning(before);
        CommunityState after = new CommunityState(CommunitySettings.NONE);
        after.restore(before.snapshot(GUILD, pseudonyms), pseudonyms);
        whatTheyDo(after);
        after.adopt(GWEN, pseudonyms.code(GWEN));
        after.adopt(HAL, pseudonyms.code(HAL));

        assertThat(member(straight, GWEN).servesClients()).isTrue();
        assertThat(member(straight, HAL).seeksClients()).isTrue();
        assertThat(member(after, GWEN).servesClients()).isEqualTo(member(straight, GWEN).servesClients());
        assertThat(member(after, HAL).seeksClients()).isEqualTo(member(straight, HAL).seeksClients());
    }

    /**
     * Since session 39: what the community counted of them under their id before anything named them (their messages,
     * their posts to the room, when they last wrote in its channels) adds to what the snapshot kept of them, as it
     * would have without the restart, instead of being replaced by it.
     */
    @Test
    void whatWasCountedUnderTheirIdBeforeTheyWereNamedAddsToWhatWasKept() {
        CommunityState straight = new CommunityState(CommunitySettings.NONE);
        goodMorning(straight);
        whatTheyDo(straight);
        observe(straight, said(GWEN, "does anyone know a glass supplier near Leeds?"), List.of(), false, false);

        // The same messages at the same times, with a restart after the first two.
        next = 0;
        CommunityState before = new CommunityState(CommunitySettings.NONE);
        goodMorning(before);
        CommunityState after = new CommunityState(CommunitySettings.NONE);
        after.restore(before.snapshot(GUILD, pseudonyms), pseudonyms);
        whatTheyDo(after);
        observe(after, said(GWEN, "does anyone know a glass supplier near Leeds?"), List.of(), false, false);
        after.adopt(GWEN, pseudonyms.code(GWEN));
        after.adopt(HAL, pseudonyms.code(HAL));

        assertThat(member(straight, GWEN).messages()).isEqualTo(3);
        assertThat(member(after, GWEN)).isEqualTo(member(straight, GWEN));
        assertThat(member(after, HAL)).isEqualTo(member(straight, HAL));
    }
}
