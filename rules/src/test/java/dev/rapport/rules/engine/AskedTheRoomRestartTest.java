package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.rule.RuleCatalogue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When someone last put a question of their own to the room (give-take: a helper who asks too) is saved with the
 * community's state, so a restart does not forget it.
 */
class AskedTheRoomRestartTest {
    private static final CommunityId GUILD = CommunityId.of("c");
    private static final Pseudonyms PSEUDONYMS =
            new Pseudonyms("asked the room test secret".getBytes(StandardCharsets.UTF_8));

    private static CoachEngine engine() {
        return CoachEngine.builder().rules(RuleCatalogue.standard().rules())
                .enrollment(user -> Optional.of(ZoneOffset.UTC)).promoDetector(Chat.MARKED)
                .pseudonyms(PSEUDONYMS).build();
    }

    private static CommunitySnapshot.Member member(CommunitySnapshot s, String who) {
        return s.people().stream().filter(m -> m.who().equals(who)).findFirst().orElseThrow();
    }

    @Test
    void aQuestionToTheRoomIsStillKnownAfterARestart() {
        CoachEngine before = engine();
        before.accept(ChatMessage.builder().id("1").at(Chat.START).in("c", "general").by("wren")
                .text("does anyone know a good way to stop glaze crawling?").build());
        CommunitySnapshot saved = before.communitySnapshot(GUILD).orElseThrow();
        String wren = PSEUDONYMS.of(dev.rapport.rules.model.UserId.of("wren"));
        assertThat(member(saved, wren).askedTheRoom()).contains(Chat.START);

        CoachEngine after = engine();
        after.restoreCommunity(saved);

        assertThat(member(after.communitySnapshot(GUILD).orElseThrow(), wren).askedTheRoom()).contains(Chat.START);
    }

    @Test
    void aQuestionToOnePersonIsNotAQuestionToTheRoom() {
        CoachEngine before = engine();
        before.accept(ChatMessage.builder().id("1").at(Chat.START).in("c", "general").by("wren").mention("oren")
                .text("oren, do you know a good way to stop glaze crawling?").build());
        CommunitySnapshot saved = before.communitySnapshot(GUILD).orElseThrow();

        assertThat(member(saved, PSEUDONYMS.of(dev.rapport.rules.model.UserId.of("wren"))).askedTheRoom()).isEmpty();
    }
}
