package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_SHARE;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room named for openings passed on (#opportunities, #scholarships) is made for others' schemes, grants and places,
 * each with its page: posting them there is the room's use, not a habit of dropping links. One's own paid thing pushed
 * there still counts.
 */
class OpportunitiesRoomTest {
    private static final ChannelInfo OPENINGS = new ChannelInfo("opportunities", "placements, grants and free training");
    private static final ChannelInfo LOUNGE = new ChannelInfo("lounge", "Anything goes.");
    private int id;

    private void post(Chat chat, ChannelInfo where, String text) {
        chat.later(Duration.ofHours(5));
        chat.feed(ChatMessage.builder().id("o" + id++).at(chat.now()).in(Chat.COMMUNITY, where.name())
                .channelInfo(where).by("ana").text(text).build());
    }

    private void week(Chat chat, String... links) {
        for (String link : links) {
            post(chat, OPENINGS, link);
        }
        for (int i = 0; i < 6; i++) {
            post(chat, LOUNGE, i % 2 == 0 ? "rainy one here today, stay dry everyone" : "ha, same here honestly");
        }
        chat.finish();
    }

    @Test
    void openingsPassedOnInARoomNamedForThemAreNotALinkHabit() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        week(chat, "a paid week at a shipping firm for sixth formers, lunch covered: https://ships.example/week",
                "hardship fund for nursing students reopened, up to 800 a year: https://fund.example/nursing",
                "the county council takes two engineering placements each spring: https://council.example/place",
                "a free evening class on spreadsheets for job seekers: https://college.example/sheets",
                "interview travel can be claimed back here if money is tight: https://travel.example/claim");
        assertThat(chat.findings(LINKS_SHARE)).isEmpty();
    }

    @Test
    void onesOwnPaidCoursePushedInARoomForOpeningsStillCounts() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        week(chat, "my interview course is 25% off till Friday with code PREP25 https://ana-prep.example/course",
                "my interview course is still 25% off, grab it before Friday https://ana-prep.example/course",
                "last day for 25% off my interview course, code PREP25 https://ana-prep.example/course",
                "check out my shop, the course sale ends tonight https://ana-prep.example/course");
        assertThat(chat.findings(LINKS_SHARE).size() + chat.findings(PROMO_SELF).size()).isPositive();
    }

    @Test
    void aRoomForOpeningsIsToldByItsName() {
        assertThat(ChannelPurpose.reading(new ChannelInfo("opportunities", ""))).isTrue();
        assertThat(ChannelPurpose.reading(new ChannelInfo("scholarships-and-bursaries", ""))).isTrue();
        assertThat(ChannelPurpose.reading(new ChannelInfo("general", "Chat about anything."))).isFalse();
    }
}
