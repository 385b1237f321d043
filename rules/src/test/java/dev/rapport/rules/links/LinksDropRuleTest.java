package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_DROP;
import static org.assertj.core.api.Assertions.assertThat;

class LinksDropRuleTest {

    @Test
    void firesOnALinkFirstPostIntoAChannelThePersonNeverSpokeInWhileTheCoachWasWatching() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "hello all");
        chat.say("bob", "showcase", "my new mugs, what do you think?");
        chat.later(Duration.ofDays(15));
        chat.say("ana", "showcase", "https://ana.shop/new look at this");
        assertThat(chat.findings(LINKS_DROP)).singleElement()
                .satisfies(f -> assertThat(f.tip().seen()).contains("had not spoken before"));
    }

    @Test
    void staysQuietWhenTheCoachCannotKnowWhetherThePersonSpokeThereBefore() {
        // Just opted in, or the start of an export: silence in the channel is not known yet.
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "hello all");
        chat.say("ana", "showcase", "https://ana.shop/new look at this");
        assertThat(chat.findings(LINKS_DROP)).isEmpty();
    }

    @Test
    void firesOnAnAddressWrittenWithoutItsSchemeButWithAPageOpeningThePost() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "hello all");
        chat.say("bob", "showcase", "my new mugs, what do you think?");
        chat.later(Duration.ofDays(15));
        chat.say("ana", "showcase", "anamakes.example/spring-sale spring glazes are in, twelve colours");
        assertThat(chat.findings(LINKS_DROP)).hasSize(1);
    }

    @Test
    void staysQuietWhenABareSiteNameOpensThePostAsWhatIsTalkedAbout() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "hello all");
        chat.say("bob", "showcase", "my new mugs, what do you think?");
        chat.later(Duration.ofDays(15));
        chat.say("ana", "showcase", "anamakes.example has moved to a new host, sorry for the wobbles this week");
        assertThat(chat.findings(LINKS_DROP)).isEmpty();
    }

    @Test
    void firesAfterTwoWeeksOfSilenceInTheChannel() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "showcase", "hi, happy to be here");
        chat.later(Duration.ofDays(15));
        chat.say("ana", "showcase", "https://ana.shop");
        assertThat(chat.findings(LINKS_DROP)).hasSize(1);
    }

    @Test
    void staysQuietWhenThePersonTakesPartInTheChannel() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "showcase", "love what everyone is building here");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "showcase", "https://ana.shop/new");
        assertThat(chat.findings(LINKS_DROP)).isEmpty();
    }

    @Test
    void staysQuietWhenTheLinkComesAfterWords() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "showcase", "I wrote up how we price custom orders, feedback welcome: https://ana.shop/blog");
        assertThat(chat.findings(LINKS_DROP)).isEmpty();
    }
}
