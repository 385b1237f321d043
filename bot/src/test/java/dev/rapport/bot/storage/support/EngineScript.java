package dev.rapport.bot.storage.support;

import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.promo.PromoVerdict;
import dev.rapport.rules.rule.RuleCatalogue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A short chat between three coached people run through the real engine and rule catalogue, so storage tests get
 * snapshots as the engine makes them: findings, waiting questions, link posts, counterparts, repeat guards.
 */
public final class EngineScript {
    /** Marks a sales pitch with {@code [pitch]}, so the script does not depend on the detector's wording. */
    public static final PromoDetector MARKED = text -> text.contains("[pitch]")
            ? new PromoVerdict(true, true, false, 1.0) : PromoVerdict.NONE;

    private final CoachEngine engine;
    private final UserId alice;
    private final UserId bob;
    private final UserId carol;

    /** Alice lives in {@code aliceZone}; Bob and Carol in UTC. */
    public EngineScript(Pseudonyms pseudonyms, UserId alice, UserId bob, UserId carol, ZoneId aliceZone) {
        this.alice = alice;
        this.bob = bob;
        this.carol = carol;
        Map<UserId, ZoneId> zones = Map.of(alice, aliceZone, bob, ZoneId.of("UTC"), carol, ZoneId.of("UTC"));
        this.engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules())
                .enrollment(user -> Optional.ofNullable(zones.get(user))).promoDetector(MARKED)
                .pseudonyms(pseudonyms).build();
    }

    /**
     * Alice cross-posts one link to three channels, Bob asks her a question she leaves open and then pitches to
     * her, Carol asks the channel, Alice answers her and Carol thanks her. Message ids start with {@code prefix}.
     */
    public EngineScript busyHour(String prefix, Instant start) {
        List<ChatMessage> script = new ArrayList<>();
        script.add(message(prefix, 0, start).by(alice).in("guild-1", "general").text("our sale https://shop.example/sale").build());
        script.add(message(prefix, 1, start).by(alice).in("guild-1", "offers").text("our sale https://shop.example/sale").build());
        script.add(message(prefix, 2, start).by(alice).in("guild-1", "random").text("our sale https://shop.example/sale").build());
        script.add(message(prefix, 3, start).by(bob).in("guild-1", "general").mention(alice)
                .text("do you ship to Canada?").build());
        script.add(message(prefix, 4, start).by(carol).in("guild-1", "general")
                .text("does anyone know how to price a custom order?").build());
        script.add(message(prefix, 5, start).by(alice).in("guild-1", "general").replyTo(prefix + "-4", carol.value())
                .text("I charge for materials plus my hours, and I say so up front").build());
        script.add(message(prefix, 6, start).by(bob).in("guild-1", "general").mention(alice)
                .text("[pitch] my pricing course is 20% off today, buy it now").build());
        script.add(message(prefix, 7, start).by(carol).in("guild-1", "general").replyTo(prefix + "-5", alice.value())
                .text("that makes sense, I will try it that way").build());
        script.forEach(engine::accept);
        engine.advanceTo(start.plus(Duration.ofHours(2)));
        return this;
    }

    private static dev.rapport.rules.model.ChatMessageBuilder message(String prefix, int n, Instant start) {
        return ChatMessage.builder().id(prefix + "-" + n).at(start.plus(Duration.ofMinutes(n)));
    }

    public CoachEngine engine() {
        return engine;
    }

    public UserSnapshot snapshot(UserId user) {
        return engine.snapshot(user, Fixtures.GUILD).orElseThrow(() -> new IllegalStateException(user + " has no state"));
    }

    /** Everyone's snapshot. */
    public List<UserSnapshot> snapshots() {
        return List.of(snapshot(alice), snapshot(bob), snapshot(carol));
    }
}
