package dev.rapport.bot.replay;

import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.config.RoomNormsConfig;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.rule.RuleCatalogue;
import picocli.CommandLine;

import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The coach as the offline commands ({@code rapport replay}, {@code rapport eval tips}) run it: everyone in an export
 * is coached, with the operator's rule settings, and what both commands read alike from their options.
 */
public final class OfflineCoach {
    private final RuleCatalogue catalogue;
    private final PromoDetector promoDetector;
    private final SecureRandom random;

    public OfflineCoach(RuleCatalogue catalogue, PromoDetector promoDetector, SecureRandom random) {
        this.catalogue = catalogue;
        this.promoDetector = promoDetector;
        this.random = random;
    }

    /**
     * A replay that coaches everyone: offline there is nobody to ask for consent, and a replay only chooses whose
     * report to print. Promotion verdicts and the text cues that depend on a message alone are worked out on the
     * reading thread as messages are read (the coaching thread is the replay's bottleneck); the engine takes them from
     * there.
     */
    public Replay replay(RapportConfig cfg, ZoneId zone, Pseudonyms pseudonyms) {
        VerdictsAhead verdicts = new VerdictsAhead(promoDetector);
        CoachEngine engine = CoachEngine.builder()
                .rules(catalogue.rules())
                .settings(cfg.coach())
                .enrollment(Enrollment.everyone(zone))
                .promoDetector(verdicts)
                .cuesAhead(verdicts)
                .pseudonyms(pseudonyms)
                .roomNorms(RoomNormsConfig.read(cfg.raw()))
                .build();
        return new Replay(engine, zone, verdicts);
    }

    /**
     * Pseudonyms under the configured secret, or under a random one for this run only (nothing is kept, so nothing
     * needs to match later).
     */
    public Pseudonyms pseudonyms(RapportConfig cfg) {
        return new Pseudonyms(cfg.pseudonymSecret().orElseGet(() -> {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            return secret;
        }));
    }

    /** Refuses an {@code --output} other than text or json, naming the allowed ones. */
    public static void requireTextOrJson(CommandLine.Model.CommandSpec spec, String output) {
        if (!output.equals("text") && !output.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--output': '" + output + "' (allowed: text, json)");
        }
    }

    /** The {@code --zone} option if given, else the configured zone; a wrong zone is a usage error. */
    public static ZoneId zone(CommandLine.Model.CommandSpec spec, RapportConfig cfg, String option) {
        if (option == null) {
            return cfg.zone();
        }
        try {
            return ZoneId.of(option);
        } catch (DateTimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--zone': '"
                    + option + "' is not a time zone; use a region id such as Europe/Berlin or UTC");
        }
    }
}
