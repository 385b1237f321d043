package dev.rapport.bench;

import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a restart pays to turn the pseudonyms a community's snapshot keeps back into the ids of people the engine has
 * met ({@code PseudonymCache.person}): an engine that has met {@code people} people takes back a community snapshot
 * naming {@link #NAMED} of them (the people of 500 direct conversations, two each; the recent messages' authors and
 * the team's questions are looked up the same way). How the cost grows with {@code people} is the figure: a lookup
 * that walks the pseudonym table grows with it, a keyed one does not.
 *
 * <p>{@code java -Djmh.ignoreLock=true -jar bench/target/benchmarks.jar RestoreLookupBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class RestoreLookupBenchmark {
    /** How many pseudonyms each restore looks up. */
    static final int NAMED = 1_000;

    @Param({"1000", "10000", "100000"})
    int people;

    private CoachEngine engine;
    private CommunitySnapshot snapshot;

    @Setup(Level.Trial)
    public void meetEveryone() {
        Pseudonyms pseudonyms = new Pseudonyms("benchmark secret, not a real one".getBytes(StandardCharsets.UTF_8));
        engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules()).enrollment(u -> Optional.empty())
                .promoDetector(new SelfPromotionDetector()).pseudonyms(pseudonyms).build();
        Instant t = Instant.parse("2026-06-01T08:00:00Z");
        for (int i = 0; i < people; i++) {
            engine.accept(ChatMessage.builder().id(Long.toString(1_000_000_000_000_000L + i)).at(t.plusSeconds(i))
                    .in(SyntheticChat.COMMUNITY, SyntheticChat.channelId(i % 20)).by(SyntheticChat.userId(i))
                    .text("morning all, the kiln is free this afternoon").build());
        }
        List<CommunitySnapshot.Conversation> conversations = new ArrayList<>();
        for (int k = 0; k < NAMED / 2; k++) {
            // Spread over everyone met: early and late arrivals alike.
            int a = (int) ((long) k * 2 * people / NAMED);
            int b = (int) (((long) k * 2 + 1) * people / NAMED);
            conversations.add(new CommunitySnapshot.Conversation(ChannelId.of("dm-" + k),
                    List.of(pseudonyms.of(UserId.of(SyntheticChat.userId(a))),
                            pseudonyms.of(UserId.of(SyntheticChat.userId(b))))));
        }
        snapshot = new CommunitySnapshot(CommunitySnapshot.VERSION, CommunityId.of(SyntheticChat.COMMUNITY), null,
                null, null, null, null, false, false, null).withKept(null, null, conversations);
    }

    /** A restart's take-back of the snapshot: {@link #NAMED} pseudonyms turned into ids. */
    @Benchmark
    public CoachEngine restore() {
        engine.restoreCommunity(snapshot);
        return engine;
    }
}
