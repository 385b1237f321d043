package dev.rapport.rules.engine;

import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.norms.RoomNormSettings;
import dev.rapport.rules.norms.RoomNorms;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.rule.Rule;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link CoachEngine}: {@code CoachEngine.builder().rules(catalogue.rules()).settings(s)
 * .enrollment(e).promoDetector(d).build()}. Unset parts get safe defaults: every rule at its defaults, nobody
 * enrolled, a random pseudonym secret (pseudonyms then differ per run), the UTC system clock.
 */
public final class CoachEngineBuilder {
    private List<Rule> rules;
    private CoachSettings settings;
    private Enrollment enrollment = user -> java.util.Optional.empty();
    private PromoDetector promoDetector;
    private CuesAhead cuesAhead;
    private Pseudonyms pseudonyms;
    private Clock clock = Clock.system(ZoneOffset.UTC);
    private RoomNormSettings roomNorms = RoomNormSettings.DEFAULTS;

    CoachEngineBuilder() {
    }

    public CoachEngineBuilder rules(List<? extends Rule> rules) {
        this.rules = List.copyOf(rules);
        return this;
    }

    public CoachEngineBuilder settings(CoachSettings settings) {
        this.settings = settings;
        return this;
    }

    public CoachEngineBuilder enrollment(Enrollment enrollment) {
        this.enrollment = enrollment;
        return this;
    }

    public CoachEngineBuilder promoDetector(PromoDetector promoDetector) {
        this.promoDetector = promoDetector;
        return this;
    }

    /**
     * Text cues worked out ahead of the engine (replay's reading thread); without, the engine works out each cue
     * itself when a message needs it.
     */
    public CoachEngineBuilder cuesAhead(CuesAhead cuesAhead) {
        this.cuesAhead = cuesAhead;
        return this;
    }

    public CoachEngineBuilder pseudonyms(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
        return this;
    }

    public CoachEngineBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** How channels' own habits are read ({@link RoomNorms}); {@link RoomNormSettings#OFF} to judge by names only. */
    public CoachEngineBuilder roomNorms(RoomNormSettings roomNorms) {
        this.roomNorms = Objects.requireNonNull(roomNorms, "roomNorms");
        return this;
    }

    public CoachEngine build() {
        Objects.requireNonNull(rules, "rules are required");
        Objects.requireNonNull(promoDetector, "a promotion detector is required");
        CoachSettings s = settings != null ? settings : CoachSettings.defaults(rules);
        Pseudonyms p = pseudonyms;
        if (p == null) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            p = new Pseudonyms(secret);
        }
        return new CoachEngine(rules, s, enrollment, promoDetector, cuesAhead, p, clock, new RoomNorms(roomNorms));
    }
}
