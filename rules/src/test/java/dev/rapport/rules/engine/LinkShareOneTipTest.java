package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.rapport.rules.rule.RuleId.LINKS_DROP;
import static dev.rapport.rules.rule.RuleId.LINKS_SHARE;
import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static org.assertj.core.api.Assertions.assertThat;

/** One behaviour, one tip around the link-share tip: tips about the same link posts become one. */
class LinkShareOneTipTest {
    private static final ChannelInfo GENERAL = ChannelInfo.of("general", "");

    private static final List<String> ARTICLES = List.of("tides-and-moons", "kelp-forests", "harbour-seals",
            "rock-pools", "storm-surges", "sea-glass", "puffin-counts", "salt-marshes", "lighthouse-keepers",
            "plankton-blooms", "dune-grasses", "estuary-birds");

    private static List<RuleId> tips(Chat chat, String user, Set<RuleId> among) {
        // The week's tips as the report and the evaluation read them (a tip taken back is not among them).
        return chat.engine().findingsOf(UserId.of(user)).stream().filter(Finding::actionable).map(Finding::rule)
                .filter(among::contains).distinct().collect(Collectors.toList());
    }

    /** Tove's first day, then a fortnight later a link opening a post in #lounge, where she never spoke. */
    private static Chat toveDropsALinkIntoTheLounge() {
        Chat chat = Chat.coaching("tove");
        chat.say("tove", "general", "hello all, glad to have found this place");
        chat.say("uli", "lounge", "anyone walking the coast path this weekend?");
        chat.later(Duration.ofDays(15));
        chat.say("tove", "lounge", "https://shorenotes.example/articles/sea-caves");
        chat.later(Duration.ofHours(3));
        return chat;
    }

    @Test
    void aLinkDroppedIntoAQuietChannelInAWeekOfLinkPostsIsTheShareTipAlone() {
        Chat chat = toveDropsALinkIntoTheLounge();
        for (String article : ARTICLES.subList(0, 10)) {
            chat.say("tove", "general", "worth a read https://shorenotes.example/articles/" + article);
            chat.later(Duration.ofHours(5));
        }
        chat.finish();

        assertThat(tips(chat, "tove", Set.of(LINKS_SHARE, LINKS_DROP))).containsExactly(LINKS_SHARE);
    }

    @Test
    void aLinkDroppedIntoAQuietChannelInAWeekOfConversationIsStillTheDropTip() {
        Chat chat = toveDropsALinkIntoTheLounge();
        for (String article : ARTICLES.subList(0, 10)) {
            MessageId said = chat.say("uli", "general", "went down to the shore this morning, thinking about "
                    + article.replace('-', ' '));
            chat.reply("tove", "general", said, "uli", "lovely, the light there is something else");
            chat.later(Duration.ofHours(5));
        }
        chat.finish();

        assertThat(tips(chat, "tove", Set.of(LINKS_SHARE, LINKS_DROP))).containsExactly(LINKS_DROP);
    }

    @Test
    void postsToNobodyThatAreTheWeeksLinkPostsAreTheShareTipWhenThePersonTalksWithPeople() {
        Chat chat = Chat.coaching("tove");
        for (String article : ARTICLES.subList(0, 10)) {
            chat.say("tove", "general", "worth a read https://shorenotes.example/articles/" + article);
            chat.later(Duration.ofHours(5));
        }
        for (String neighbour : List.of("uli", "vera")) {
            MessageId said = chat.say(neighbour, "general", "saw a seal off the pier today, first one this year");
            chat.reply("tove", "general", said, neighbour, "how lucky, they hardly come that close");
            chat.later(Duration.ofHours(5));
        }
        chat.finish();

        assertThat(tips(chat, "tove", Set.of(LINKS_SHARE, ONEWAY_BROADCAST))).containsExactly(LINKS_SHARE);
    }

    /**
     * Talk without reply links is talk: a word back, by turns, to the neighbour who answered one of the week's link
     * posts is a conversation the link opened, and the posts to nobody are then the link habit the share tip names.
     */
    private static Chat toveTenFindsOneAnswered(boolean talksBack) {
        Chat chat = Chat.coaching("tove");
        for (String article : ARTICLES.subList(0, 10)) {
            chat.say("tove", "general", "worth a read https://shorenotes.example/articles/" + article);
            if (article.equals("harbour-seals")) {
                chat.later(Duration.ofMinutes(15));
                chat.say("uli", "general", "the pup photos in that one are something");
                if (talksBack) {
                    chat.later(Duration.ofMinutes(5));
                    chat.say("tove", "general", "the grey one with the flipper up is my favourite");
                }
            }
            chat.later(Duration.ofHours(5));
        }
        chat.finish();
        return chat;
    }

    @Test
    void aWordByTurnsWithWhoeverAnsweredALinkPostMakesThePostsToNobodyTheShareTipAlone() {
        assertThat(tips(toveTenFindsOneAnswered(true), "tove", Set.of(LINKS_SHARE, ONEWAY_BROADCAST)))
                .containsExactly(LINKS_SHARE);
    }

    @Test
    void anAnswerToALinkPostLeftWithoutAWordBackLeavesBothTips() {
        assertThat(tips(toveTenFindsOneAnswered(false), "tove", Set.of(LINKS_SHARE, ONEWAY_BROADCAST)))
                .containsExactlyInAnyOrder(LINKS_SHARE, ONEWAY_BROADCAST);
    }

    /**
     * In the server's #general, a room for talk by its name: one neighbour's post there makes it no room of posts
     * ({@code RoomOfPostsTest}).
     */
    @Test
    void postsToNobodyThatAreMostlyNewsBesideTheLinksAreTwoHabitsAndBothTipsStand() {
        Chat chat = Chat.coaching("tove");
        for (String article : ARTICLES.subList(0, 5)) {
            chat.sayIn(GENERAL, "tove", "worth a read https://shorenotes.example/articles/" + article);
            chat.later(Duration.ofHours(5));
        }
        for (String article : ARTICLES.subList(5, 11)) {
            chat.sayIn(GENERAL, "tove", "tide tables for the week are pinned, low water around noon, watch for "
                    + article.replace('-', ' '));
            chat.later(Duration.ofHours(5));
        }
        MessageId said = chat.sayIn(GENERAL, "uli", "saw a seal off the pier today, first one this year");
        chat.replyIn(GENERAL, "tove", said, "uli", "how lucky, they hardly come that close");
        chat.finish();

        assertThat(tips(chat, "tove", Set.of(LINKS_SHARE, ONEWAY_BROADCAST)))
                .containsExactlyInAnyOrder(LINKS_SHARE, ONEWAY_BROADCAST);
    }

    @Test
    void announcementsOfOnesOwnWorkToTheRoomAreTheBroadcastTipBesideTheLinkTip() {
        Chat chat = Chat.coaching("tove");
        for (String print : ARTICLES.subList(0, 10)) {
            chat.say("tove", "general", "[promo] new print in my shop today: " + print.replace('-', ' ')
                    + " https://toveprints.example/shop/" + print);
            chat.later(Duration.ofHours(5));
        }
        for (String neighbour : List.of("uli", "vera")) {
            MessageId said = chat.say(neighbour, "general", "saw a seal off the pier today, first one this year");
            chat.reply("tove", "general", said, neighbour, "how lucky, they hardly come that close");
            chat.later(Duration.ofHours(5));
        }
        chat.finish();

        assertThat(tips(chat, "tove", Set.of(LINKS_SHARE, ONEWAY_BROADCAST)))
                .containsExactlyInAnyOrder(LINKS_SHARE, ONEWAY_BROADCAST);
    }

    @Test
    void aWeekOfLinksToNobodyWithoutAWordToAnyoneIsTwoHabitsAndBothTipsStand() {
        Chat chat = Chat.coaching("tove");
        for (String article : ARTICLES) {
            chat.say("tove", "general", "worth a read https://shorenotes.example/articles/" + article);
            chat.later(Duration.ofHours(5));
        }
        chat.finish();

        assertThat(tips(chat, "tove", Set.of(LINKS_SHARE, ONEWAY_BROADCAST)))
                .containsExactlyInAnyOrder(LINKS_SHARE, ONEWAY_BROADCAST);
    }
}
