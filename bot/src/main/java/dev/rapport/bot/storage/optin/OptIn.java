package dev.rapport.bot.storage.optin;

import dev.rapport.rules.config.Goal;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person's consent to be coached in one community, and how they want it.
 *
 * @param platform   the chat platform (discord, irc...)
 * @param user       the coached person
 * @param community  the community the consent covers
 * @param consentAt  when they opted in
 * @param zone       their time zone (weeks, digest time and quiet hours are taken in it)
 * @param digestDay  the day the weekly digest arrives
 * @param digestHour the hour (0..23) it arrives
 * @param quietHours hours without tips, if any
 * @param frequency  how often tips come
 * @param mutedRules rules they never want to hear about
 * @param snoozes    rules they do not want to hear about until the given instant
 * @param goal       what they want from the community, if they said so; empty: the community's goal applies
 */
public record OptIn(String platform, UserId user, CommunityId community, Instant consentAt, ZoneId zone,
                    DayOfWeek digestDay, int digestHour, Optional<QuietHours> quietHours, TipFrequency frequency,
                    Set<RuleId> mutedRules, Map<RuleId, Instant> snoozes, Optional<Goal> goal) {
    public OptIn {
        Objects.requireNonNull(platform, "platform");
        if (platform.isBlank()) {
            throw new IllegalArgumentException("a platform cannot be blank");
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(consentAt, "consentAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(digestDay, "digestDay");
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalArgumentException("digest hour must be 0..23, was " + digestHour);
        }
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(frequency, "frequency");
        mutedRules = mutedRules.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(mutedRules));
        snoozes = snoozes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(snoozes));
        Objects.requireNonNull(goal, "goal");
    }

    /** An opt-in without a goal of the person's own (the community's applies). */
    public OptIn(String platform, UserId user, CommunityId community, Instant consentAt, ZoneId zone,
                 DayOfWeek digestDay, int digestHour, Optional<QuietHours> quietHours, TipFrequency frequency,
                 Set<RuleId> mutedRules, Map<RuleId, Instant> snoozes) {
        this(platform, user, community, consentAt, zone, digestDay, digestHour, quietHours, frequency, mutedRules,
                snoozes, Optional.empty());
    }

    /** A fresh consent with the defaults: digest on Monday at 9, no quiet hours, weekly tips, nothing muted, no goal of
     * their own. */
    public static OptIn consent(String platform, UserId user, CommunityId community, Instant at, ZoneId zone) {
        return new OptIn(platform, user, community, at, zone, DayOfWeek.MONDAY, 9, Optional.empty(),
                TipFrequency.WEEKLY, Set.of(), Map.of(), Optional.empty());
    }

    /** A copy with this goal ({@code empty}: "not said", the community's goal applies). */
    public OptIn withGoal(Optional<Goal> g) {
        return new OptIn(platform, user, community, consentAt, zone, digestDay, digestHour, quietHours, frequency,
                mutedRules, snoozes, g);
    }

    public OptIn withFrequency(TipFrequency f) {
        return new OptIn(platform, user, community, consentAt, zone, digestDay, digestHour, quietHours, f, mutedRules, snoozes, goal);
    }

    public OptIn withDigest(DayOfWeek day, int hour) {
        return new OptIn(platform, user, community, consentAt, zone, day, hour, quietHours, frequency, mutedRules, snoozes, goal);
    }

    public OptIn withQuietHours(Optional<QuietHours> q) {
        return new OptIn(platform, user, community, consentAt, zone, digestDay, digestHour, q, frequency, mutedRules, snoozes, goal);
    }

    public OptIn withZone(ZoneId z) {
        return new OptIn(platform, user, community, consentAt, z, digestDay, digestHour, quietHours, frequency, mutedRules, snoozes, goal);
    }

    public OptIn unmuting(RuleId rule) {
        Set<RuleId> m = EnumSet.noneOf(RuleId.class);
        m.addAll(mutedRules);
        m.remove(rule);
        return new OptIn(platform, user, community, consentAt, zone, digestDay, digestHour, quietHours, frequency, m, snoozes, goal);
    }

    public OptIn muting(RuleId rule) {
        Set<RuleId> m = EnumSet.noneOf(RuleId.class);
        m.addAll(mutedRules);
        m.add(rule);
        return new OptIn(platform, user, community, consentAt, zone, digestDay, digestHour, quietHours, frequency, m, snoozes, goal);
    }

    public OptIn snoozing(RuleId rule, Instant until) {
        Map<RuleId, Instant> s = new EnumMap<>(RuleId.class);
        s.putAll(snoozes);
        s.put(rule, until);
        return new OptIn(platform, user, community, consentAt, zone, digestDay, digestHour, quietHours, frequency, mutedRules, s, goal);
    }

    /** Whether a tip about {@code rule} may be sent at {@code now}: not muted, not snoozed. */
    public boolean wantsTipsAbout(RuleId rule, Instant now) {
        if (mutedRules.contains(rule)) {
            return false;
        }
        Instant until = snoozes.get(rule);
        return until == null || !now.isBefore(until);
    }
}
