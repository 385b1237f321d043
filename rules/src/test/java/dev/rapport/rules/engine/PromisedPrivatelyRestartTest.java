package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A promise to write privately, made answering someone's question whether anyone has a thing ("I've got one, I'll DM
 * you some photos"), is kept in the community's snapshot with the asker by pseudonym: the price sent by DM after a
 * restart is still what they were promised, not a cold pitch. A price for some other thing, sent to someone who asked
 * how to do something, is still cold after a restart.
 */
class PromisedPrivatelyRestartTest {
    /** The secret {@link Chat} pseudonymises with. */
    private static final Pseudonyms PSEUDONYMS =
            new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8));
    private static final CommunityId COMMUNITY = CommunityId.of(Chat.COMMUNITY);

    @Test
    void aPriceSentPrivatelyAfterARestartThatFollowedThePromiseAnswersThem() {
        Chat chat = Chat.coaching("rory");
        MessageId asked = chat.say("nell", "swap-shop", "does anyone have a cast iron skillet, around 28cm, already "
                + "seasoned? for our camping trip");
        chat.reply("rory", "swap-shop", asked, "nell", "I've got a 26cm one that's been seasoned for years, I'll DM "
                + "you some photos");
        chat.restart();
        chat.direct("rory", "dm-rory-nell", "nell", "Hi Nell, photos of the skillet: "
                + "https://rory-kitchen.example/skillet-26. £22 with postage, shall I keep it for you till Friday?");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void aPriceForSomethingElseSentPrivatelyAfterARestartToSomeoneWhoAskedHowToDoSomethingIsStillCold() {
        Chat chat = Chat.coaching("rory");
        MessageId asked = chat.say("nell", "swap-shop", "how do I get rust off a cast iron skillet without ruining "
                + "it?");
        chat.reply("rory", "swap-shop", asked, "nell", "steel wool and a thin coat of oil, then bake it upside down, "
                + "I'll DM you a photo of mine");
        chat.restart();
        chat.direct("rory", "dm-rory-nell", "nell", "Hi Nell, I also sell restored skillets, 26cm for £22 with "
                + "postage, shall I keep one for you till Friday? https://rory-kitchen.example/skillets");

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void thePromiseIsKeptWithTheAskerByPseudonymAndGoesWithTheAskerWhenForgotten() {
        Chat chat = Chat.coaching("rory");
        MessageId asked = chat.say("nell", "swap-shop", "does anyone have a cast iron skillet, around 28cm, already "
                + "seasoned? for our camping trip");
        chat.reply("rory", "swap-shop", asked, "nell", "I've got a 26cm one that's been seasoned "
                + "for years, I'll DM you some photos");
        java.time.Instant promisedAt = chat.now();

        CommunitySnapshot kept = chat.engine().communitySnapshot(COMMUNITY).orElseThrow();
        String rory = PSEUDONYMS.of(UserId.of("rory"));
        String nell = PSEUDONYMS.of(UserId.of("nell"));
        assertThat(kept.version()).isEqualTo(CommunitySnapshot.VERSION);
        assertThat(kept.member(nell)).hasValueSatisfying(m -> assertThat(m.lastQuestionAsksWhoHasOne()).isTrue());
        assertThat(kept.member(rory)).hasValueSatisfying(m -> {
            assertThat(m.promisedPrivately()).contains(nell);
            assertThat(m.promisedPrivatelyAt()).contains(promisedAt);
        });
        assertThat(kept.toString()).doesNotContain("nell", "rory", "skillet", "photos");

        CommunitySnapshot forgotten = kept.withoutPerson(nell);
        assertThat(forgotten.member(rory)).hasValueSatisfying(m -> {
            assertThat(m.promisedPrivately()).isEmpty();
            assertThat(m.promisedPrivatelyAt()).isEmpty();
        });
        assertThat(forgotten.mentions(nell)).isFalse();
    }

    @Test
    void takenBackTheCommunityGivesTheSamePromiseAgain() {
        Chat chat = Chat.coaching("rory");
        MessageId asked = chat.say("nell", "swap-shop", "does anyone have a cast iron skillet, around 28cm?");
        chat.reply("rory", "swap-shop", asked, "nell", "I've got a 26cm one, I'll DM you some photos");
        CommunitySnapshot before = chat.engine().communitySnapshot(COMMUNITY).orElseThrow();

        chat.restart();

        assertThat(chat.engine().communitySnapshot(COMMUNITY).orElseThrow().people())
                .containsExactlyInAnyOrderElementsOf(before.people());
    }
}
