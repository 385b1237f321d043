package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A channel's own words say what it is for: a post that echoes them is the kind of post the channel was made for, on
 * channel names no list knows. General rooms and rooms for asking give no such licence.
 */
class ChannelEchoTest {

    private static boolean echoes(String name, String topic, String text) {
        return ChannelEcho.of(ChannelInfo.of(name, topic)).echoedBy(text);
    }

    @Test
    void aPostThatUsesTheChannelsOwnWordEchoesIt() {
        assertThat(echoes("beta-signups", "", "Signups for the closed beta of my map app open today")).isTrue();
        assertThat(echoes("portfolio-crits", "", "first crit request: is my portfolio too busy?")).isTrue();
        assertThat(echoes("📓-progress-diary", "", "diary, week six: the shelf is finally level")).isTrue();
        assertThat(echoes("gig-board", "", "Two gigs this month for anyone who does sound")).isTrue();
        assertThat(echoes("show-your-setup", "", "new desk setup after the move")).isTrue();
    }

    @Test
    void wordsMatchAcrossTheirEndings() {
        assertThat(echoes("playtest_sessions", "", "the session on Friday needs two more players")).isTrue();
        assertThat(echoes("bake-logs", "", "logged today's bake: rye, 78% water")).isTrue();
        assertThat(echoes("translation-drops", "", "dropping chapter 4 of the translation tonight")).isTrue();
        assertThat(echoes("weekly-reads", "", "Reading this one twice, it is that good")).isTrue();
        assertThat(echoes("prototype-testing", "", "any testers around this weekend?")).isTrue();
        assertThat(echoes("mentor-diaries", "", "my diary from the first mentoring call")).isTrue();
    }

    @Test
    void aPostWithoutTheChannelsWordsDoesNotEcho() {
        assertThat(echoes("beta-signups", "", "my budgeting app is out, take a look")).isFalse();
        assertThat(echoes("gig-board", "", "does anyone know a good luthier?")).isFalse();
    }

    @Test
    void aTopicThatSaysWhatToPostLendsItsWords() {
        assertThat(echoes("the-shelf", "Post your finished quilts here, one photo each.", "finished the baby quilt"))
                .isTrue();
        assertThat(echoes("the-shelf", "Post your finished quilts here, one photo each.", "my fabric shop is open"))
                .isFalse();
        // A topic's other words say nothing of what to post: "photo" is how, not what.
        assertThat(echoes("the-shelf", "A calm place. Be kind to each other.", "a calm place for my shop's link"))
                .isFalse();
    }

    @Test
    void generalRoomsGiveNoLicence() {
        assertThat(ChannelEcho.of(ChannelInfo.of("general", "")).licenses()).isFalse();
        assertThat(ChannelEcho.of(ChannelInfo.of("off-topic", "")).licenses()).isFalse();
        assertThat(ChannelEcho.of(ChannelInfo.of("knitting-chat", "")).licenses()).isFalse();
        assertThat(ChannelEcho.of(ChannelInfo.of("synth-talk", "")).licenses()).isFalse();
        assertThat(echoes("yarn-lounge", "", "my yarn shop has a sale")).isFalse();
    }

    /** A question channel's word licenses questions, not promotion: its words do not make a post one it asked for. */
    @Test
    void roomsForAskingGiveNoLicence() {
        assertThat(echoes("spreadsheet-help", "", "my spreadsheet templates, 12 in a pack")).isFalse();
        assertThat(echoes("router-questions", "", "router deals on my store")).isFalse();
        assertThat(echoes("ask-a-baker", "", "my baker's course starts Monday")).isFalse();
        assertThat(echoes("plugin-requests", "", "my plugin does that already")).isFalse();
        assertThat(ChannelEcho.of(ChannelInfo.UNKNOWN).licenses()).isFalse();
    }

    @Test
    void stemsAreTheSameOnBothSides() {
        assertThat(ChannelEcho.stem("calls")).isEqualTo(ChannelEcho.stem("call"));
        assertThat(ChannelEcho.stem("logs")).isEqualTo(ChannelEcho.stem("logging"));
        assertThat(ChannelEcho.stem("wins")).isEqualTo(ChannelEcho.stem("win"));
        assertThat(ChannelEcho.stem("drops")).isEqualTo(ChannelEcho.stem("dropped"));
        assertThat(ChannelEcho.stem("reads")).isEqualTo(ChannelEcho.stem("reading"));
        assertThat(ChannelEcho.stem("diaries")).isEqualTo(ChannelEcho.stem("diary"));
        assertThat(ChannelEcho.stem("class")).isEqualTo("class");
    }
    @Test
    void aNameOfThingsInThePluralOrATopicSayingWhatToPostNamesPosts() {
        assertThat(ChannelEcho.of(ChannelInfo.of("harvest-tallies", "")).namesPosts()).isTrue();
        assertThat(ChannelEcho.of(ChannelInfo.of("sprint-recaps", "")).namesPosts()).isTrue();
        assertThat(ChannelEcho.of(ChannelInfo.of("sketchbook", "post your thumbnails")).namesPosts()).isTrue();
    }

    @Test
    void aNameOfOneThingInTheSingularNamesASubjectNotPosts() {
        assertThat(ChannelEcho.of(ChannelInfo.of("the-allotment", "beds, pests, compost heaps")).namesPosts()).isFalse();
        assertThat(ChannelEcho.of(ChannelInfo.of("sourdough", "")).namesPosts()).isFalse();
        assertThat(ChannelEcho.of(ChannelInfo.of("glass", "")).namesPosts()).isFalse();
    }
}
