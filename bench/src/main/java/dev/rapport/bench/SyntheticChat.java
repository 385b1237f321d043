package dev.rapport.bench;

import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.ChatMessageBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic community: people asking, answering, announcing, sharing links, over several weeks.
 * Shapes, not content, matter here: the mix of links, mentions, replies and questions the engine sees live.
 */
final class SyntheticChat {
    private static final String[] PLAIN = {
            "good morning everyone, how is the market going this week",
            "shipped the new batch of candles today, very happy with the scent",
            "does anyone know a good supplier for glass jars in bulk?",
            "I think your packaging looks great, what printer do you use?",
            "we are closed on Monday for the holiday, back on Tuesday",
            "thanks, that helped a lot!",
            "how do you price custom orders without scaring people off?",
            "my new collection is out, check out my shop and use my code MAKER10",
    };
    private static final String[] LINKS = {
            "see https://docs.example/pricing for the details",
            "https://shop.example/spring-sale?utm_source=discord",
            "we wrote about it here: https://blog.example/2026/01/jars/",
    };

    private SyntheticChat() {
    }

    /** {@code messages} messages by {@code people} people in 8 channels, one every ~2 minutes, seeded. */
    static List<ChatMessage> generate(int messages, int people, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ChatMessage> out = new ArrayList<>(messages);
        Instant t = Instant.parse("2026-01-05T08:00:00Z");
        for (int i = 0; i < messages; i++) {
            t = t.plusSeconds(30 + random.nextInt(180));
            String author = "u" + random.nextInt(people);
            ChatMessageBuilder b = ChatMessage.builder().id(Integer.toString(i)).at(t)
                    .in("bench", "c" + random.nextInt(8)).by(author);
            int kind = random.nextInt(10);
            String text = kind < 2 ? LINKS[random.nextInt(LINKS.length)] : PLAIN[random.nextInt(PLAIN.length)];
            if (kind >= 6 && i > 0) {
                ChatMessage previous = out.get(i - 1 - random.nextInt(Math.min(i, 20)));
                if (!previous.author().value().equals(author)) b.replyTo(previous.id(), previous.author());
            } else if (kind == 5) {
                b.mention("u" + random.nextInt(people));
            }
            out.add(b.text(text).build());
        }
        return out;
    }
}
