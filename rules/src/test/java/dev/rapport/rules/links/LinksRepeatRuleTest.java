package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

class LinksRepeatRuleTest {

    @Test
    void firesWhenTheSameLinkIsCrossPostedIntoThreeChannels() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "my shop https://www.ana.shop/?utm_source=discord");
        chat.say("ana", "random", "my shop http://ana.shop");
        chat.say("ana", "offers", "my shop https://ana.shop/#top");
        assertThat(chat.findings(LINKS_REPEAT)).singleElement().satisfies(f -> {
            assertThat(f.evidence().links()).containsExactly("ana.shop");
            assertThat(f.evidence().count("channels")).isEqualTo(3);
            assertThat(f.tip().seen()).contains("3 channels");
        });
    }

    @Test
    void firesWhenTheSameLinkIsPostedThreeTimesInAWeek() {
        Chat chat = Chat.coaching("ana");
        for (int day = 0; day < 3; day++) {
            chat.say("ana", "general", "fresh batch today https://ana.shop/bread");
            chat.later(Duration.ofDays(2));
        }
        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
    }

    @Test
    void firesOnlyOnceForTheSameLinkWithinTheWindow() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 6; i++) {
            chat.say("ana", "c" + i, "https://ana.shop");
        }
        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
    }

    @Test
    void staysQuietForDifferentLinksAndSlowRepeats() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "https://ana.shop/a");
        chat.say("ana", "general", "https://ana.shop/b");
        chat.later(Duration.ofDays(8));
        chat.say("ana", "general", "https://ana.shop/a");
        chat.later(Duration.ofDays(8));
        chat.say("ana", "general", "https://ana.shop/a");
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    /** Pastes are how one shows a log to a helper: several to one paste site are help, not a repeated link. */
    @Test
    void staysQuietForSeveralPastesToOnePasteSite() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "help", "my build stops halfway, here is the log https://pastebin.com/aB3dE1");
        chat.say("ana", "help", "the log again for anyone who just came in https://pastebin.com/aB3dE1");
        chat.say("ana", "help", "still the same log: https://pastebin.com/aB3dE1");
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    /** A site that is not a paste site, posted the same way, is a repeated link. */
    @Test
    void firesForTheSameThreePostsToAnOrdinarySite() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "my build stops halfway, here is the log https://ana-builds.example.com/aB3dE1");
        chat.say("ana", "general", "and the config https://ana-builds.example.com/aB3dE1");
        chat.say("ana", "general", "after the change: https://ana-builds.example.com/aB3dE1");
        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
    }

    /** Naming the site that will not load while asking why sends nobody there. */
    @Test
    void staysQuietForAHostNamedWhileTroubleshooting() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "help", "why does example.org not load in my browser when other sites do?");
        chat.mention("bob", "help", "ana", "try to ping it.");
        chat.mention("ana", "help", "bob", "ping example.org says unknown host");
        chat.mention("bob", "help", "ana", "now try it with the other dns server.");
        chat.mention("ana", "help", "bob", "same, example.org still gives unknown host");
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    /** The same bare host announced to the room, with no help in sight, is a repeated link. */
    @Test
    void firesForABareHostAnnouncedAgainAndAgain() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "new designs up on ana-prints.example.org");
        chat.say("ana", "random", "more new designs on ana-prints.example.org");
        chat.say("ana", "offers", "all my designs: ana-prints.example.org");
        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
    }

    @Test
    void firesWhenTheSameLinkIsRepeatedWithEachAnnouncement() {
        Chat chat = Chat.coaching("ana");
        for (int day = 0; day < 3; day++) {
            chat.say("ana", "events", "run tonight at 6:30, sign up here: https://ana.club/signup");
            chat.later(Duration.ofDays(2));
        }
        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
    }

    @Test
    void staysQuietForTheMeetingPointOnAMapWithEachAnnouncement() {
        // A map link says where to be; repeating it with each announcement is logistics, not promotion.
        Chat chat = Chat.coaching("ana");
        for (int day = 0; day < 3; day++) {
            chat.say("ana", "events", "run tonight at 6:30, meeting by the bridge: https://maps.google.com/?q=old+bridge");
            chat.later(Duration.ofDays(2));
        }
        chat.say("ana", "events", "and the park gate next time: https://www.google.com/maps/place/park+gate");
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
        assertThat(chat.report("ana").stats().linkMessages()).isZero();
    }
}
