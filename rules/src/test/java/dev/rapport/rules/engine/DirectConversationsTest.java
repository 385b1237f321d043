package dev.rapport.rules.engine;

import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.rapport.rules.engine.ObservedInTest.observe;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A direct message counts in the community its two people last shared; a reaction in the conversation counts where
 * its messages were last counted; people who share no community keep the conversation out of every server.
 */
class DirectConversationsTest {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final CommunityId GARDEN = CommunityId.of("garden");
    private static final CommunityId MAKERS = CommunityId.of("makers");
    /** Where exports file direct messages. */
    private static final CommunityId DIRECT = CommunityId.of("0");
    private static final UserId ANA = UserId.of("ana");

    private final Map<CommunityId, CommunityState> communities = new HashMap<>();
    private final DirectConversations direct = new DirectConversations(communities,
            new PseudonymCache(new Pseudonyms(new byte[16]), new Ids()));
    private int minute;

    private void say(CommunityId where, String who) {
        ChatMessage m = ChatMessage.builder().id("m" + minute).at(at()).in(where.value(), "general").by(who)
                .text("hello").build();
        observe(communities.computeIfAbsent(where, k -> new CommunityState(CommunitySettings.NONE)), m,
                List.of(), false, false);
    }

    private ChatMessage dm(String who) {
        return ChatMessage.builder().id("m" + minute).at(at()).in(DIRECT.value(), "dm-ana-bob").direct().by(who)
                .text("hi").build();
    }

    private Instant at() {
        return START.plusSeconds(60L * minute++);
    }

    private ReactionAdded reactionByAna() {
        return new ReactionAdded(MessageId.of("m0"), UserId.of("bob"), ANA, at(), DIRECT, ChannelId.of("dm-ana-bob"));
    }

    @Test
    void theFirstMessageOfAConversationWithNobodyElseInItYetStaysInTheConversation() {
        say(GARDEN, "bob");
        say(GARDEN, "ana");

        assertThat(direct.place(dm("bob")).community()).isEqualTo(DIRECT);
    }

    @Test
    void aDirectMessageCountsWhereItsTwoPeopleLastMet() {
        say(MAKERS, "bob");
        say(MAKERS, "ana");
        say(GARDEN, "bob");
        say(GARDEN, "ana");

        direct.place(dm("bob"));

        assertThat(direct.place(dm("ana")).community()).isEqualTo(GARDEN);
    }

    @Test
    void theOtherSideIsAlsoWhomTheMessageMentions() {
        say(GARDEN, "bob");
        say(GARDEN, "ana");

        ChatMessage first = ChatMessage.builder().id("m" + minute).at(at()).in(DIRECT.value(), "dm-ana-bob").direct()
                .by("ana").mention("bob").text("hi bob").build();

        assertThat(direct.place(first).community()).isEqualTo(GARDEN);
    }

    @Test
    void peopleWhoShareNoCommunityKeepTheConversationOutOfEveryServer() {
        say(GARDEN, "bob");
        say(MAKERS, "ana");

        direct.place(dm("bob"));
        ChatMessage placed = direct.place(dm("ana"));

        assertThat(placed.community()).isEqualTo(DIRECT);
        assertThat(direct.place(reactionByAna()).community()).isEqualTo(DIRECT);
    }

    @Test
    void aReactionCountsWhereTheConversationsMessagesWereLastCounted() {
        say(GARDEN, "bob");
        say(GARDEN, "ana");
        direct.place(dm("bob"));
        direct.place(dm("ana"));

        assertThat(direct.place(reactionByAna()).community()).isEqualTo(GARDEN);
    }

    @Test
    void aReactionInAConversationNotSeenYetStaysWhereItWasFiled() {
        say(GARDEN, "bob");
        say(GARDEN, "ana");

        ReactionAdded r = reactionByAna();

        assertThat(direct.place(r)).isSameAs(r);
    }
}
