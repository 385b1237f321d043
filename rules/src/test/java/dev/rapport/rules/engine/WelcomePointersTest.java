package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator welcoming newcomers points each to the same resources, another member's guide and "our wiki": that is
 * help, whoever owns the links. The same links posted unasked into the room are a repeat.
 */
class WelcomePointersTest {

    private static final ChannelInfo WELCOME = ChannelInfo.of("welcome", "Welcome! Say hi and read the pinned rules.");
    private static final String POINTERS = "Welcome aboard! @Ren's FAQ is where to begin: "
            + "https://ren.example/faq and the wiki holds our build guides: https://wiki.builders.example/start";

    private static MessageId in(Chat chat, ChannelInfo info, String id, String author, String text, String replyTo,
                                String replyToAuthor) {
        var b = ChatMessage.builder().id(id).at(chat.now().plusSeconds(60)).in(Chat.COMMUNITY, info.name())
                .channelInfo(info).by(author).text(text);
        if (replyTo != null) {
            b.replyTo(replyTo, replyToAuthor);
        }
        chat.later(Duration.ofMinutes(1));
        return chat.feed(b.build());
    }

    @Test
    void welcomingEachNewcomerWithTheSamePointersIsHelp() {
        Chat chat = Chat.coaching("hugo");
        for (String newcomer : new String[]{"sam", "teo", "vi"}) {
            in(chat, WELCOME, "hi-" + newcomer, newcomer, "Hi! My first soldering iron arrives Tuesday.", null, null);
            in(chat, WELCOME, "w-" + newcomer, "hugo", POINTERS, "hi-" + newcomer, newcomer);
            chat.later(Duration.ofHours(20));
        }
        assertThat(chat.findings()).isEmpty();
    }

    @Test
    void theSamePointersAnnouncedToTheRoomAreARepeat() {
        Chat chat = Chat.coaching("hugo");
        for (int i = 0; i < 3; i++) {
            chat.say("hugo", "builds", "The wiki holds our build guides: https://wiki.builders.example/start");
            chat.later(Duration.ofHours(20));
        }
        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
    }
}
