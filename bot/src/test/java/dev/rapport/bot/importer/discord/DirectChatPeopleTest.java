package dev.rapport.bot.importer.discord;

import dev.rapport.bot.importer.EventReader;
import dev.rapport.bot.importer.EventReaders;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.rapport.bot.importer.ImporterFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DiscordChatExporter DM export names its other side only in the channel ({@code type} DirectTextChat, {@code name}
 * the other person's display name): the importer learns whom each message of the conversation speaks to.
 */
class DirectChatPeopleTest {
    private final EventReaders readers = new EventReaders(file -> {
        throw new IOException("no IRC here");
    });

    @TempDir
    Path dir;

    @Test
    void aFirstDirectMessageSpeaksToThePersonTheChannelIsNamedFor() throws Exception {
        Path dm = write("dm.json", "0", "DirectTextChat", "Mira",
                message("1", "2026-03-02T10:00:00+00:00", "21", "sam", "Sam", "Hi Mira, quick offer for you"),
                message("2", "2026-03-02T12:00:00+00:00", "22", "mira_k", "Mira", "No thanks"));

        List<ChatMessage> messages = messages(readers.open(dm, Optional.empty()));

        assertThat(messages.get(0).mentions()).containsExactly(UserId.of("22"));
        assertThat(messages.get(1).mentions()).containsExactly(UserId.of("21"));
    }

    @Test
    void anUnansweredDirectMessageFindsItsRecipientInTheServersExports() throws Exception {
        Path general = write("general.json", "5", "GuildTextChat", "general",
                message("1", "2026-03-01T09:00:00+00:00", "22", "mira_k", "Mira", "Morning all"));
        Path dm = write("dm.json", "0", "DirectTextChat", "Mira",
                message("2", "2026-03-02T10:00:00+00:00", "21", "sam", "Sam", "Hi Mira, quick offer for you"));

        List<ChatMessage> messages = messages(readers.openAll(List.of(general, dm), Optional.empty()));

        assertThat(messages.get(1).mentions()).containsExactly(UserId.of("22"));
    }

    @Test
    void aServersChannelGetsNoAddresseesFromItsName() throws Exception {
        Path general = write("general.json", "5", "GuildTextChat", "Mira",
                message("1", "2026-03-01T09:00:00+00:00", "21", "sam", "Sam", "Morning all"),
                message("2", "2026-03-01T09:01:00+00:00", "22", "mira_k", "Mira", "Morning"));

        List<ChatMessage> messages = messages(readers.open(general, Optional.empty()));

        assertThat(messages).allMatch(m -> m.mentions().isEmpty());
    }

    @Test
    void aNameTwoPeopleCarryIsNotGuessed() throws Exception {
        Path one = write("one.json", "5", "GuildTextChat", "general",
                message("1", "2026-03-01T09:00:00+00:00", "22", "mira_k", "Mira", "Morning all"));
        Path two = write("two.json", "6", "GuildTextChat", "general",
                message("2", "2026-03-01T09:05:00+00:00", "23", "mira_b", "Mira", "Hello"));
        Path dm = write("dm.json", "0", "DirectTextChat", "Mira",
                message("3", "2026-03-02T10:00:00+00:00", "21", "sam", "Sam", "Hi Mira, quick offer for you"));

        List<ChatMessage> messages = messages(readers.openAll(List.of(one, two, dm), Optional.empty()));

        assertThat(messages.get(2).mentions()).isEmpty();
    }

    @Test
    void anUnnamedGroupChatSpeaksToEachMemberItIsNamedFor() throws Exception {
        Path general = write("general.json", "5", "GuildTextChat", "general",
                message("1", "2026-03-01T09:00:00+00:00", "22", "mira_k", "Mira", "Morning all"),
                message("2", "2026-03-01T09:01:00+00:00", "23", "olu", "Olu", "Morning"));
        Path group = write("group.json", "0", "DirectGroupTextChat", "Mira, Olu",
                message("3", "2026-03-02T10:00:00+00:00", "21", "sam", "Sam", "Hi both"));

        List<ChatMessage> messages = messages(readers.openAll(List.of(general, group), Optional.empty()));

        assertThat(messages.get(2).mentions()).containsExactlyInAnyOrder(UserId.of("22"), UserId.of("23"));
    }

    @Test
    void anExplicitMentionInADirectMessageIsKeptOnce() throws Exception {
        Path dm = write("dm.json", "0", "DirectTextChat", "Mira",
                "{\"id\":\"1\",\"type\":\"Default\",\"timestamp\":\"2026-03-02T10:00:00+00:00\",\"content\":\"@Mira hi\","
                        + "\"author\":" + person("21", "sam", "Sam") + ",\"mentions\":[" + person("22", "mira_k", "Mira")
                        + "]}");

        List<ChatMessage> messages = messages(readers.open(dm, Optional.empty()));

        assertThat(messages.get(0).mentions()).containsExactly(UserId.of("22"));
    }

    @Test
    void aDirectMessageExportedByTheOneWrittenToSpeaksToThePersonItsGreetingNames() throws Exception {
        // The channel carries the author's own name: the export is the other side's, who is named only in the hello.
        Path general = write("general.json", "5", "GuildTextChat", "general",
                message("1", "2026-03-01T09:00:00+00:00", "22", "mira_k", "Mira Santos", "Morning all, new here"),
                message("2", "2026-03-01T09:05:00+00:00", "23", "olu", "Olu", "welcome Mira"));
        Path dm = write("dm.json", "0", "DirectTextChat", "Sam Reed",
                message("3", "2026-03-02T10:00:00+00:00", "21", "sam", "Sam Reed",
                        "Hi Mira, saw you joined. I tune bikes, 40 quid a service, book here: https://cal.example/sam"));

        List<ChatMessage> messages = messages(readers.openAll(List.of(general, dm), Optional.empty()));

        assertThat(messages.get(2).mentions()).containsExactly(UserId.of("22"));
    }

    @Test
    void aGreetingThatNamesNobodyOrTwoPeopleAddsNoOneToTheConversation() throws Exception {
        Path general = write("general.json", "5", "GuildTextChat", "general",
                message("1", "2026-03-01T09:00:00+00:00", "22", "mira_k", "Mira Santos", "Morning all"),
                message("2", "2026-03-01T09:05:00+00:00", "23", "mira_b", "Mira Bell", "hello"),
                message("3", "2026-03-01T09:06:00+00:00", "24", "olu", "Olu", "hi both"));
        Path toAll = write("all.json", "0", "DirectTextChat", "Sam Reed",
                message("4", "2026-03-02T10:00:00+00:00", "21", "sam", "Sam Reed", "hey there, quick question"));
        Path twoMiras = write("mira.json", "0", "DirectTextChat", "Jo Park",
                message("5", "2026-03-02T11:00:00+00:00", "25", "jo", "Jo Park", "Hi Mira! quick question"));

        List<ChatMessage> messages = messages(readers.openAll(List.of(general, toAll, twoMiras), Optional.empty()));

        assertThat(messages.get(3).mentions()).isEmpty();
        assertThat(messages.get(4).mentions()).isEmpty();
    }

    @Test
    void theGreetingIsReadOnlyWhenTheChannelDoesNotNameTheOtherSide() throws Exception {
        // Named for Mira and greeting Olu by mistake: the channel's name says who it is with.
        Path general = write("general.json", "5", "GuildTextChat", "general",
                message("1", "2026-03-01T09:00:00+00:00", "22", "mira_k", "Mira", "Morning all"),
                message("2", "2026-03-01T09:05:00+00:00", "23", "olu", "Olu", "hello"));
        Path dm = write("dm.json", "0", "DirectTextChat", "Mira",
                message("3", "2026-03-02T10:00:00+00:00", "21", "sam", "Sam", "Hi Olu, sorry, wrong chat"));

        List<ChatMessage> messages = messages(readers.openAll(List.of(general, dm), Optional.empty()));

        assertThat(messages.get(2).mentions()).containsExactly(UserId.of("22"));
    }

    private Path write(String name, String guild, String type, String channelName, String... messages)
            throws IOException {
        String json = "{\"guild\":{\"id\":\"" + guild + "\",\"name\":\"g\"},\"channel\":{\"id\":\"" + name.hashCode()
                + "\",\"type\":\"" + type + "\",\"name\":\"" + channelName + "\",\"topic\":null},\"messages\":["
                + String.join(",", messages) + "],\"messageCount\":" + messages.length + "}";
        return Files.writeString(dir.resolve(name), json);
    }

    private static String message(String id, String time, String authorId, String name, String nickname, String text) {
        return "{\"id\":\"" + id + "\",\"type\":\"Default\",\"timestamp\":\"" + time + "\",\"content\":\"" + text
                + "\",\"author\":" + person(authorId, name, nickname) + ",\"mentions\":[]}";
    }

    private static String person(String id, String name, String nickname) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"nickname\":\"" + nickname + "\",\"isBot\":false}";
    }

    private static List<ChatMessage> messages(EventReader reader) throws Exception {
        try (reader) {
            List<ChatMessage> out = new ArrayList<>();
            for (ChatEvent e : readAll(reader)) {
                if (e instanceof ChatMessage m) {
                    out.add(m);
                }
            }
            return out;
        }
    }
}
