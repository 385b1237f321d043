package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.rule.UserHistory.LinkPost;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LinkLogTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final ChannelId GENERAL = ChannelId.of("general");

    private final LinkLog log = new LinkLog();

    private void post(String fingerprint, String id, Instant at) {
        log.posted(fingerprint, GENERAL, MessageId.of(id), at, at.minus(WEEK), at.minus(HOUR));
    }

    private static List<String> ids(List<LinkPost> posts) {
        return posts.stream().map(p -> p.message().value()).toList();
    }

    @Test
    void keepsEachLinksPostsOldestFirstWithTheirTimesChannelsAndIds() {
        post("shop.example/a", "101", T0);
        post("blog.example", "frog-1", T0.plusSeconds(60));
        post("shop.example/a", "103", T0.plusNanos(1_500).plusSeconds(120));

        assertThat(log.postsOf("shop.example/a")).containsExactly(
                new LinkPost(T0, GENERAL, MessageId.of("101")),
                new LinkPost(T0.plusNanos(1_500).plusSeconds(120), GENERAL, MessageId.of("103")));
        assertThat(ids(log.postsOf("blog.example"))).containsExactly("frog-1");
        assertThat(log.postsOf("never.example")).isEmpty();
    }

    @Test
    void theRecentLinksAreThoseOfTheLastHourBeforeTheNewest() {
        post("a.example", "1", T0);
        post("b.example", "2", T0.plus(Duration.ofMinutes(30)));
        post("c.example", "3", T0.plus(Duration.ofMinutes(70)));

        assertThat(ids(log.list(LinkLog.RECENT))).containsExactly("2", "3");
        // Past the hour, but still the link's posts of the week.
        assertThat(ids(log.postsOf("a.example"))).containsExactly("1");
    }

    @Test
    void aLinkPostedAgainAfterAWeekForgetsItsOlderPosts() {
        post("a.example", "1", T0);
        post("a.example", "2", T0.plus(Duration.ofDays(8)));

        assertThat(ids(log.postsOf("a.example"))).containsExactly("2");
    }

    @Test
    void promotionsAreTheirOwnListOfTheWeek() {
        log.promoted(GENERAL, MessageId.of("7"), T0, T0.minus(WEEK));
        post("a.example", "8", T0.plusSeconds(1));
        log.promoted(GENERAL, MessageId.of("9"), T0.plus(Duration.ofDays(7)).plusSeconds(1), T0.plusSeconds(1));

        assertThat(ids(log.list(LinkLog.PROMOTIONS))).containsExactly("9");
        assertThat(ids(log.list(LinkLog.RECENT))).containsExactly("8");
    }

    @Test
    void aForgottenMessageLeavesEveryList() {
        post("a.example", "1", T0);
        log.promoted(GENERAL, MessageId.of("1"), T0, T0.minus(WEEK));
        post("a.example", "x-2", T0.plusSeconds(5));

        log.forget(MessageId.of("1"));
        log.forget(MessageId.of("x-2"));

        assertThat(log.postsOf("a.example")).isEmpty();
        assertThat(log.list(LinkLog.RECENT)).isEmpty();
        assertThat(log.list(LinkLog.PROMOTIONS)).isEmpty();
        assertThat(log.isEmpty()).isTrue();
    }

    @Test
    void aSweepLetsGoOfPostsOlderThanTheWeekAndGivesTheRoomBack() {
        for (int i = 0; i < 40; i++) {
            post("link" + i + ".example", Integer.toString(i), T0.plusSeconds(i));
        }
        post("link0.example", "99", T0.plus(Duration.ofDays(3)));
        assertThat(log.room()).isGreaterThanOrEqualTo(41);

        log.sweepPosts(T0.plus(Duration.ofDays(3)).minus(Duration.ofSeconds(1)));

        assertThat(ids(log.postsOf("link0.example"))).containsExactly("99");
        assertThat(log.postsOf("link5.example")).isEmpty();
        assertThat(log.room()).isLessThan(8);
    }

    @Test
    void anEmptySweepOfAQuietPersonKeepsWhatIsRecent() {
        post("a.example", "1", T0);

        log.sweepPosts(T0.minus(WEEK));

        assertThat(ids(log.postsOf("a.example"))).containsExactly("1");
        assertThat(log.isEmpty()).isFalse();
    }

    /**
     * The log against what it replaced (a deque per link, one of the hour, one of promotions), over random posts,
     * promotions, deletions and sweeps, with times sometimes out of order: the same lists after every step.
     */
    @Test
    void agreesWithADequePerListOverRandomHistories() {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            LinkLog subject = new LinkLog();
            Model model = new Model();
            Instant now = T0;
            List<String> fingerprints = List.of("a.example", "b.example/x", "c.example", "d.example", "e.example");
            int nextId = 1;
            for (int step = 0; step < 300; step++) {
                int jump = random.nextInt(10);
                // Now and then a little back in time: events are not always in order.
                now = jump == 0 ? now.minusSeconds(random.nextInt(4000)) : now.plusSeconds(random.nextInt(jump * 9000));
                int what = random.nextInt(10);
                if (what < 6) {
                    String fp = fingerprints.get(random.nextInt(fingerprints.size()));
                    MessageId id = MessageId.of(random.nextInt(4) == 0 ? "m-" + nextId++ : Integer.toString(nextId++));
                    subject.posted(fp, GENERAL, id, now, now.minus(WEEK), now.minus(HOUR));
                    model.posted(fp, new LinkPost(now, GENERAL, id), now);
                } else if (what < 8) {
                    MessageId id = MessageId.of(Integer.toString(nextId++));
                    subject.promoted(GENERAL, id, now, now.minus(WEEK));
                    model.promoted(new LinkPost(now, GENERAL, id), now);
                } else if (what < 9 && nextId > 1) {
                    int back = 1 + random.nextInt(Math.min(20, nextId - 1));
                    MessageId id = MessageId.of(random.nextBoolean() ? Integer.toString(nextId - back) : "m-" + (nextId - back));
                    subject.forget(id);
                    model.forget(id);
                } else {
                    subject.sweepPosts(now.minus(WEEK));
                    model.sweep(now.minus(WEEK));
                }
                for (String fp : fingerprints) {
                    sameInOrder(subject.postsOf(fp), model.postsOf(fp), "seed %d step %d %s", seed, step, fp);
                }
                sameInOrder(subject.list(LinkLog.RECENT), model.recent, "seed %d step %d", seed, step);
                sameInOrder(subject.list(LinkLog.PROMOTIONS), model.promotions, "seed %d step %d", seed, step);
                int[] posted = {0};
                subject.forEach(LinkLog.POSTS, (fp, p) -> posted[0]++);
                int expected = model.byLink.values().stream().mapToInt(ArrayDeque::size).sum();
                if (posted[0] != expected) {
                    assertThat(posted[0]).as("posts walked, seed %d step %d", seed, step).isEqualTo(expected);
                }
            }
        }
    }

    /**
     * The same elements in the same order (equals), as AssertJ's containsExactlyElementsOf checks them; AssertJ is
     * called only when they differ, for its message: 60,000 steps of eight AssertJ assertions each cost seconds.
     */
    private static void sameInOrder(List<LinkPost> actual, Collection<LinkPost> expected, String what, Object... args) {
        if (!actual.equals(new ArrayList<>(expected))) {
            assertThat(actual).as(what, args).containsExactlyElementsOf(expected);
        }
    }

    /** What the log replaced, kept here as the specification of its lists. */
    private static final class Model {
        final Map<String, ArrayDeque<LinkPost>> byLink = new LinkedHashMap<>();
        final ArrayDeque<LinkPost> recent = new ArrayDeque<>();
        final ArrayDeque<LinkPost> promotions = new ArrayDeque<>();

        void posted(String fp, LinkPost post, Instant at) {
            ArrayDeque<LinkPost> posts = byLink.computeIfAbsent(fp, f -> new ArrayDeque<>());
            trim(posts, at.minus(WEEK));
            posts.addLast(post);
            trim(recent, at.minus(HOUR));
            recent.addLast(post);
        }

        void promoted(LinkPost post, Instant at) {
            trim(promotions, at.minus(WEEK));
            promotions.addLast(post);
        }

        void forget(MessageId id) {
            byLink.values().forEach(posts -> posts.removeIf(p -> p.message().equals(id)));
            recent.removeIf(p -> p.message().equals(id));
            promotions.removeIf(p -> p.message().equals(id));
        }

        void sweep(Instant horizon) {
            byLink.values().removeIf(posts -> {
                trim(posts, horizon);
                return posts.isEmpty();
            });
        }

        List<LinkPost> postsOf(String fp) {
            ArrayDeque<LinkPost> posts = byLink.get(fp);
            return posts == null ? List.of() : List.copyOf(posts);
        }

        private static void trim(ArrayDeque<LinkPost> posts, Instant horizon) {
            while (!posts.isEmpty() && posts.peekFirst().time().isBefore(horizon)) {
                posts.removeFirst();
            }
        }
    }
}
