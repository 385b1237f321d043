package dev.rapport.bench;

import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.support.TickingClock;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the saver keeps in memory per community between saves (README "Storage": it remembers each part it last
 * worked out, so that an unchanged part is not serialised again): a community of {@code PEOPLE} people built from
 * {@code MESSAGES} messages (nobody coached: the community's own picture), saved once on SQLite, then the engine and
 * its snapshot let go; what the storage's parts writer still holds ({@code CommunityParts.known}) is walked and
 * weighed by {@link HeapByField} (estimated sizes, each object once; the load does not change them).
 *
 * <p>{@code java -Xmx3g --add-opens java.base/java.util=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED
 * --add-opens java.base/java.time=ALL-UNNAMED -cp bench/target/benchmarks.jar dev.rapport.bench.SaverMemory [PEOPLE]
 * [MESSAGES]}; prints the walk (largest holders first) on standard error and one JSON object.
 */
public final class SaverMemory {
    private SaverMemory() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 400_000;
        Pseudonyms pseudonyms = new Pseudonyms("benchmark secret, not a real one".getBytes(StandardCharsets.UTF_8));
        CoachEngine engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules())
                .enrollment(u -> Optional.empty()).promoDetector(new SelfPromotionDetector())
                .pseudonyms(pseudonyms).build();
        Iterator<ChatMessage> chat = new SyntheticChat(people, 20, messages / 7, 42).stream(messages);
        while (chat.hasNext()) {
            engine.accept(chat.next());
        }
        CommunityId community = CommunityId.of(SyntheticChat.COMMUNITY);
        try (BenchDatabase db = BenchDatabase.start("sqlite", "rapport-saver-memory")) {
            JdbcStorage storage = JdbcStorage.open(db.config(), pseudonyms,
                    new TickingClock(Instant.parse("2026-06-01T00:00:00Z")));
            CommunitySnapshot snapshot = engine.communitySnapshot(community).orElseThrow();
            int members = snapshot.people().size();
            int kept = snapshot.messages().size();
            storage.engineState().saveAll(List.of(), List.of(snapshot));
            Object known = field(field(storage.engineState(), "parts"), "known");
            String walk = HeapByField.of(known, 12);
            System.err.println(walk);
            String[] lines = walk.strip().split("\n");
            long total = Long.parseLong(lines[lines.length - 1].strip().split("\\s+")[0]);
            System.out.printf(Locale.ROOT, "{\"people\":%d,\"messages\":%d,\"membersInSnapshot\":%d,"
                    + "\"messagesInSnapshot\":%d,\"saverBytesKept\":%d,\"saverBytesPerMember\":%d}%n", people,
                    messages, members, kept, total, total / Math.max(1, members));
            storage.close();
        }
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field f = o.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }
}
