package dev.rapport.rules.promo;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.rule.UserHistory.LinkPost;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The posts of a link that belong to a scatter (three rooms or more within a day) are found in one pass over the week's
 * posts, and they are the same posts, in the same order, as reading each post's day afresh finds: for a link posted a
 * few times or hundreds, in time order or not, with the message being read among them or not.
 */
class ScatterInOnePassTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void aLinkPutIntoThreeRoomsInAMorningIsAScatterAndTheMessageReadIsLeftOut() {
        List<LinkPost> posts = List.of(post(0, "kitchen", 1), post(20, "garden", 2), post(45, "sheds", 3),
                post(60 * 50, "kitchen", 4));
        assertThat(SelfPromotionRule.scattered(posts, MessageId.of("m4")))
                .extracting(p -> p.message().value()).containsExactly("m1", "m2", "m3");
        assertThat(SelfPromotionRule.scattered(posts, MessageId.of("m2"))).isEmpty();
    }

    @Test
    void theOnePassFindsWhatReadingEachPostsDayAfreshFinds() {
        Random random = new Random(61);
        for (int round = 0; round < 2_000; round++) {
            int size = random.nextInt(round < 1_500 ? 12 : 300);
            List<LinkPost> posts = new ArrayList<>(size);
            long minutes = 0;
            boolean ordered = random.nextInt(10) > 0;
            for (int k = 0; k < size; k++) {
                minutes = ordered ? minutes + random.nextInt(600) : random.nextInt(7 * 24 * 60);
                // now and then the same post twice, as a message holding the link twice
                if (k > 0 && random.nextInt(20) == 0) {
                    posts.add(posts.get(k - 1));
                } else {
                    posts.add(post(minutes, "room" + random.nextInt(5), k));
                }
            }
            MessageId current = MessageId.of("m" + random.nextInt(size + 1));
            assertThat(SelfPromotionRule.scattered(posts, current)).as("round %d", round)
                    .isEqualTo(eachDayAfresh(posts, current));
        }
    }

    private static LinkPost post(long minutes, String room, int message) {
        return new LinkPost(MONDAY.plus(Duration.ofMinutes(minutes)), ChannelId.of(room), MessageId.of("m" + message));
    }

    /** Each post's day read afresh: the rooms of its run counted, the run's posts taken when they reach three. */
    private static List<LinkPost> eachDayAfresh(List<LinkPost> posts, MessageId current) {
        List<LinkPost> out = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i).message().equals(current)) {
                continue;
            }
            Set<ChannelId> rooms = new HashSet<>();
            int end = i;
            while (end < posts.size() && Duration.between(posts.get(i).time(), posts.get(end).time())
                    .compareTo(SelfPromotionRule.SCATTER) < 0) {
                if (!posts.get(end).message().equals(current)) {
                    rooms.add(posts.get(end).channel());
                }
                end++;
            }
            if (rooms.size() < SelfPromotionRule.SCATTER_ROOMS) {
                continue;
            }
            for (int j = i; j < end; j++) {
                LinkPost p = posts.get(j);
                if (!p.message().equals(current) && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
