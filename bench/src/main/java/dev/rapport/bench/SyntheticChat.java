package dev.rapport.bench;

import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.ChatMessageBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic community: people asking, answering, announcing, sharing links and promoting, over
 * weeks. Shapes, not content, matter here: the mix of links (10%), replies (30%), questions, mentions and
 * promotion the engine sees live, with a few people writing much more than most, as in real communities.
 *
 * @param people      how many people write
 * @param channels    how many channels they write in
 * @param perDay      messages per day (sets how much history a message count spans)
 * @param seed        the random seed: the same arguments give the same stream
 */
record SyntheticChat(int people, int channels, int perDay, long seed) {
    static final String COMMUNITY = "900000000000000001";
    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    private static final String[] PLAIN = {
            "good morning everyone, how is the market going this week",
            "shipped the new batch of candles today, very happy with the scent",
            "I think your packaging looks great, the labels are really clean",
            "we are closed on Monday for the holiday, back on Tuesday",
            "thanks, that helped a lot!",
            "agreed, the spring fair was busier than last year",
    };
    private static final String[] QUESTIONS = {
            "does anyone know a good supplier for glass jars in bulk?",
            "how do you price custom orders without scaring people off?",
            "what printer do you use for the labels?",
    };
    private static final String[] LINKS = {
            "see https://docs.example/pricing for the details",
            "https://shop.example/spring-sale?utm_source=discord",
            "we wrote about it here: https://blog.example/2026/01/jars/",
    };
    private static final String PROMOTION = "my new collection is out, check out my shop and use my code MAKER10";
    /** How far back a reply reaches, in messages: people answer what is still on screen. */
    private static final int REPLY_REACH = 50;

    /** The first {@code messages} messages as a list (for short streams; use {@link #stream} for long ones). */
    List<ChatMessage> first(int messages) {
        List<ChatMessage> out = new ArrayList<>(messages);
        stream(messages).forEachRemaining(out::add);
        return out;
    }

    /** The earlier benchmarks' stream: 8 channels, one message every ~2 minutes. */
    static List<ChatMessage> generate(int messages, int people, long seed) {
        return new SyntheticChat(people, 8, 720, seed).first(messages);
    }

    /** The stream, generated as it is read: a million messages never sit in memory together. */
    Iterator<ChatMessage> stream(long messages) {
        return new Iterator<>() {
            private final SplittableRandom random = new SplittableRandom(seed);
            private final long[] recentIds = new long[REPLY_REACH];
            private final int[] recentAuthors = new int[REPLY_REACH];
            private final double meanGapMillis = 86_400_000.0 / perDay;
            private long i;
            private long t = START.toEpochMilli();

            @Override
            public boolean hasNext() {
                return i < messages;
            }

            @Override
            public ChatMessage next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                t += 1 + (long) (random.nextDouble() * 2 * meanGapMillis);
                int author = author();
                long id = 1_000_000_000_000_000L + i;
                ChatMessageBuilder b = ChatMessage.builder().id(Long.toString(id)).at(Instant.ofEpochMilli(t))
                        .in(COMMUNITY, channelId(random.nextInt(channels))).by(userId(author));
                int kind = random.nextInt(100);
                String text;
                if (kind < 10) {
                    text = LINKS[random.nextInt(LINKS.length)];
                } else if (kind < 13) {
                    text = PROMOTION;
                } else if (kind < 28) {
                    text = QUESTIONS[random.nextInt(QUESTIONS.length)];
                } else {
                    text = PLAIN[random.nextInt(PLAIN.length)];
                }
                int filled = (int) Math.min(i, REPLY_REACH);
                int relation = random.nextInt(100);
                if (relation < 30 && filled > 0) {
                    int back = random.nextInt(filled);
                    int slot = (int) ((i - 1 - back) % REPLY_REACH);
                    if (recentAuthors[slot] != author) {
                        b.replyTo(Long.toString(recentIds[slot]), userId(recentAuthors[slot]));
                    }
                } else if (relation < 35) {
                    b.mention(userId(author()));
                }
                int slot = (int) (i % REPLY_REACH);
                recentIds[slot] = id;
                recentAuthors[slot] = author;
                i++;
                return b.text(text).build();
            }

            /** Skewed: the square of a uniform draw puts a few people in many messages, most in a few. */
            private int author() {
                double u = random.nextDouble();
                return (int) (u * u * people);
            }
        };
    }

    static String userId(int person) {
        return Long.toString(700_000_000_000_000_000L + person);
    }

    static String channelId(int channel) {
        return Long.toString(800_000_000_000_000_000L + channel);
    }
}
