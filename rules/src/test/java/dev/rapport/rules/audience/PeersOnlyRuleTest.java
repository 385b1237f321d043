package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

class PeersOnlyRuleTest {

    /** Peers announce and answer; a seeker mostly asks. */
    private static void community(Chat chat) {
        for (String peer : new String[]{"pete", "paula"}) {
            for (int i = 0; i < 3; i++) {
                chat.say(peer, "trade-talk", "shipped a new release of our tool today " + i);
            }
        }
    }

    /** A community where people sell: it has a channel for showing and selling one's work. */
    private static Chat sellingCommunity() {
        return Chat.builder("ana")
                .community(new dev.rapport.rules.config.CommunitySettings(java.util.Map.of(), java.util.Map.of(),
                        java.util.Set.of("showcase"), java.util.Map.of()))
                .build();
    }

    @Test
    void firesWhenAlmostAllInteractionsAreWithPeersAndPointsToOpenQuestions() {
        Chat chat = sellingCommunity();
        community(chat);
        chat.say("sam", "help", "how do I choose a web designer?");
        chat.say("sam", "help", "what should a small bakery website cost?");
        MessageId open = chat.say("sam", "help", "is it worth paying for a logo?");
        chat.say("ana", "help", "happy to help here");
        for (int i = 0; i < 6; i++) {
            chat.mention("ana", "trade-talk", i % 2 == 0 ? "pete" : "paula", "nice release!");
        }
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).singleElement().satisfies(f -> {
            assertThat(f.evidence().count("share-percent")).isEqualTo(100);
            assertThat(f.evidence().suggestions()).hasSize(3).contains(open);
            assertThat(f.evidence().where()).containsEntry(open, dev.rapport.rules.model.ChannelId.of("help"));
        });
    }

    @Test
    void staysQuietForSomeoneWhoseGoalIsToLearn() {
        Chat chat = Chat.builder("ana")
                .community(new dev.rapport.rules.config.CommunitySettings(java.util.Map.of(), java.util.Map.of(),
                        java.util.Set.of("showcase"), java.util.Map.of()).withGoal(dev.rapport.rules.config.Goal.LEARN))
                .build();
        community(chat);
        chat.say("sam", "help", "how do I choose a web designer?");
        chat.say("ana", "help", "happy to help here");
        for (int i = 0; i < 6; i++) {
            chat.mention("ana", "trade-talk", i % 2 == 0 ? "pete" : "paula", "nice release!");
        }
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    @Test
    void staysQuietInACommunityWhereNobodySells() {
        Chat chat = Chat.coaching("ana");
        community(chat);
        chat.say("sam", "help", "how do I choose a web designer?");
        chat.say("ana", "help", "happy to help here");
        for (int i = 0; i < 6; i++) {
            chat.mention("ana", "trade-talk", i % 2 == 0 ? "pete" : "paula", "nice release!");
        }
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    @Test
    void staysQuietForSomeoneWhoMostlyAsksQuestions() {
        Chat chat = Chat.coaching("elif");
        community(chat);
        for (int i = 0; i < 4; i++) {
            chat.say("elif", "help", "where do you buy gift boxes, and how many at once?");
        }
        for (int i = 0; i < 6; i++) {
            chat.mention("elif", "trade-talk", i % 2 == 0 ? "pete" : "paula", "how did you price it?");
        }
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    @Test
    void staysQuietWhenThePersonAlsoTalksWithSeekers() {
        Chat chat = Chat.coaching("ana");
        community(chat);
        MessageId q1 = chat.say("sam", "help", "how do I choose a web designer?");
        chat.say("sam", "help", "what should a small bakery website cost?");
        chat.say("sam", "help", "is it worth paying for a logo?");
        for (int i = 0; i < 3; i++) {
            chat.mention("ana", "trade-talk", "pete", "nice release!");
        }
        chat.reply("ana", "help", q1, "sam", "look at their portfolio first");
        chat.mention("ana", "help", "sam", "and ask for two references");
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /** The person's own goal wins over the community's: she came to find customers, whatever the server is for. */
    @Test
    void firesForSomeoneWhoChoseToFindCustomersInACommunityForLearning() {
        Chat chat = Chat.builder("ana").goal("ana", dev.rapport.rules.config.Goal.FIND_CUSTOMERS)
                .community(new dev.rapport.rules.config.CommunitySettings(java.util.Map.of(), java.util.Map.of(),
                        java.util.Set.of("showcase"), java.util.Map.of()).withGoal(dev.rapport.rules.config.Goal.LEARN))
                .build();
        community(chat);
        chat.say("sam", "help", "how do I choose a web designer?");
        chat.say("ana", "help", "happy to help here");
        for (int i = 0; i < 6; i++) {
            chat.mention("ana", "trade-talk", i % 2 == 0 ? "pete" : "paula", "nice release!");
        }
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    /** Talking with peers is the point for someone who said they are looking for collaborators. */
    @Test
    void staysQuietForSomeoneWhoChoseToFindCollaborators() {
        Chat chat = Chat.builder("ana").goal("ana", dev.rapport.rules.config.Goal.FIND_COLLABORATORS)
                .community(new dev.rapport.rules.config.CommunitySettings(java.util.Map.of(), java.util.Map.of(),
                        java.util.Set.of("showcase"), java.util.Map.of()))
                .build();
        community(chat);
        chat.say("sam", "help", "how do I choose a web designer?");
        chat.say("ana", "help", "happy to help here");
        for (int i = 0; i < 6; i++) {
            chat.mention("ana", "trade-talk", i % 2 == 0 ? "pete" : "paula", "nice release!");
        }
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }
}
