package dev.rapport.bot.replay.demo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scene-writing API: a script declares its cast as fields, then writes; the story keeps mentions unambiguous. */
class StoryScriptTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 3, 9, 8, 0, 0, 0, ZoneOffset.UTC);

    /** A round of one guild, two people and a direct conversation, declared the way the held-out scripts are. */
    private static final class Tiny extends StoryScript {
        private final String guild = cast.guild(901);
        private final Channel lobby = cast.channel(guild, "Pottery Shed", "lobby", null, "lobby.json");
        private final Persona wilma = cast.person("wilma.k", "Wilma Kerr");
        private final Persona wilmaJo = cast.person("wilmajo", "Wilma Jo Kerr");
        private final Channel dmWilma = cast.dm(wilma, "dm-wilma.json");

        Tiny() {
            super(new SceneIds(1), MONDAY, 7);
        }
    }

    @Test
    void aCastDeclaredAsFieldsIsKnownToTheFirstPostLongestNameFirst() {
        Tiny script = new Tiny();

        Post post = script.say(1, "09:00", script.lobby, script.wilma, "welcome @Wilma Jo Kerr!");

        assertThat(post.mentions()).containsExactly(script.wilmaJo);
    }

    @Test
    void theExportHoldsEveryDeclaredChannelDirectOnesToo() {
        Tiny script = new Tiny();
        script.say(1, "09:00", script.dmWilma, script.wilmaJo, "are you coming to the kiln firing?");

        assertThat(script.export(EXPORTED_AT)).containsOnlyKeys("lobby.json", "dm-wilma.json");
    }

    @Test
    void aDirectConversationIsFiledUnderGuildZeroAndNamedForTheOtherSide() {
        Persona other = new SceneIds(1).person("halvard.b", "Halvard Brink");

        Channel dm = new SceneIds(50).dm(other, "dm-halvard.json");

        assertThat(dm.direct()).isTrue();
        assertThat(dm.guildId()).isEqualTo(Channel.DIRECT_MESSAGES_GUILD);
        assertThat(dm.name()).isEqualTo("Halvard Brink");
        assertThat(dm.fileName()).isEqualTo("dm-halvard.json");
    }

    @Test
    void twoPeopleWithOneDisplayNameAreRefusedNamingBoth() {
        SceneIds ids = new SceneIds(1);
        List<Persona> cast = List.of(ids.person("sam.one", "Sam Reyes"), ids.person("sam.two", "Sam Reyes"));

        assertThatThrownBy(() -> new Story(MONDAY, 7, ZoneOffset.UTC, cast))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Sam Reyes\"").hasMessageContaining("sam.one").hasMessageContaining("sam.two");
    }

    @Test
    void oneDisplayNameTwiceInADeclaredCastIsRefusedAtTheFirstPost() {
        StoryScript script = new StoryScript(new SceneIds(1), MONDAY, 7) {
        };
        String guild = script.cast.guild(902);
        Channel yard = script.cast.channel(guild, "Allotment", "yard", null, "yard.json");
        Persona first = script.cast.person("lee.a", "Lee Park");
        script.cast.person("lee.b", "Lee Park");

        assertThatThrownBy(() -> script.say(1, "10:00", yard, first, "who took the big fork?"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"Lee Park\"");
    }

    @Test
    void theSamePersonListedTwiceIsOnePerson() {
        Persona once = new SceneIds(1).person("ines.v", "Ines Vidal");
        Channel porch = new SceneIds(40).channel(new SceneIds(1).guild(903), "Porch", "porch", null, "porch.json");
        Story story = new Story(MONDAY, 7, ZoneOffset.UTC, List.of(once, once));

        Post post = story.at(1, "08:00").in(porch).say(once, "anyone seen my trowel?");

        assertThat(post.author()).isEqualTo(once);
    }

    @Test
    void someoneDeclaredAfterTheFirstPostIsRefused() {
        Tiny script = new Tiny();
        script.say(1, "09:00", script.lobby, script.wilma, "morning");

        assertThatThrownBy(() -> script.cast.person("late.comer", "Late Comer"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Late Comer");
    }
}
