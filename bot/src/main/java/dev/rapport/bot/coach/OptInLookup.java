package dev.rapport.bot.coach;

import dev.rapport.bot.storage.optin.GoalCounts;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.OptIns;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The opt-ins of one platform: who is coached (the engine's {@link Enrollment}) and which consent governs a finding.
 * A person coached in several communities has one zone: that of their earliest consent.
 */
public final class OptInLookup implements Enrollment {
    private final OptIns optIns;
    private final String platform;

    public OptInLookup(OptIns optIns, String platform) {
        this.optIns = optIns;
        this.platform = platform;
    }

    @Override
    public Optional<ZoneId> zoneOf(UserId user) {
        return first(user).map(OptIn::zone);
    }

    /** Only where they said yes: an opt-in in one server does not let the coach read them in another. */
    @Override
    public boolean coachedIn(UserId user, CommunityId community) {
        return optIns.find(platform, user, community).isPresent();
    }

    /** The goal the person chose at their earliest consent, if they chose one. */
    @Override
    public Optional<Goal> goalOf(UserId user) {
        return first(user).flatMap(OptIn::goal);
    }

    /** The goal chosen for {@code community} (else at the earliest consent); empty: the community's goal applies. */
    @Override
    public Optional<Goal> goalOf(UserId user, CommunityId community) {
        return governing(user, community).flatMap(OptIn::goal);
    }

    /** The consent for {@code community}, or else the person's earliest one on this platform. */
    public Optional<OptIn> governing(UserId user, CommunityId community) {
        Optional<OptIn> here = optIns.find(platform, user, community);
        return here.isPresent() ? here : first(user);
    }

    /** How many people coached in {@code community} chose each goal (counts only). */
    public GoalCounts goalCounts(CommunityId community) {
        return optIns.goalCounts(platform, community);
    }

    public List<OptIn> all(UserId user) {
        return optIns.ofUser(user).stream().filter(o -> o.platform().equals(platform)).toList();
    }

    private Optional<OptIn> first(UserId user) {
        return all(user).stream().min((a, b) -> a.consentAt().compareTo(b.consentAt()));
    }
}
