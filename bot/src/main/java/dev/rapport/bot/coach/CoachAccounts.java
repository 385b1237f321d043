package dev.rapport.bot.coach;

import dev.rapport.bot.storage.community.CommunityNames;
import dev.rapport.bot.storage.ledger.DeliveryChannel;
import dev.rapport.bot.storage.ledger.TipLedger;
import dev.rapport.bot.storage.ledger.TipRecord;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.OptIns;
import dev.rapport.bot.storage.privacy.ForgetReport;
import dev.rapport.bot.storage.privacy.PersonalData;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyReport;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What a person can do with their own coaching, whatever the platform or command style: opt in and out, read their
 * week and tips, take their data, have it forgotten. Slash commands and DM text commands both go through here.
 */
public final class CoachAccounts {
    private final String platformId;
    private final CoachService coach;
    private final OptIns optIns;
    private final OptInLookup lookup;
    private final TipLedger ledger;
    private final PersonalData personalData;
    private final UndeliveredTips undelivered;
    private final CoachingSettings settings;
    private final ZoneId defaultZone;
    private final Clock clock;
    private final OtherProcesses others;
    private final CommunityNames names;

    public CoachAccounts(String platform, CoachService coach, OptIns optIns, OptInLookup lookup, TipLedger ledger,
                         PersonalData personalData, UndeliveredTips undelivered, CoachingSettings settings,
                         ZoneId defaultZone, Clock clock, OtherProcesses others, CommunityNames names) {
        this.others = others;
        this.names = names;
        this.platformId = platform;
        this.coach = coach;
        this.optIns = optIns;
        this.lookup = lookup;
        this.ledger = ledger;
        this.personalData = personalData;
        this.undelivered = undelivered;
        this.settings = settings;
        this.defaultZone = defaultZone;
        this.clock = clock;
    }

    /**
     * Records consent in {@code community} (called {@code communityName} there, which digests made by any process
     * will use) with the default tip frequency and the person's goal there ({@code empty}: not said, the community's
     * goal applies); coaching starts at once.
     */
    public CompletableFuture<Void> optIn(UserId user, CommunityId community, String communityName, ZoneId zone,
                                         java.time.DayOfWeek digestDay, Optional<Goal> goal) {
        names.remember(community, communityName);
        return optIn(user, community, zone, digestDay, goal);
    }

    /**
     * Records consent in {@code community} with the default tip frequency and the person's goal there ({@code empty}:
     * not said, the community's goal applies); coaching starts at once.
     */
    public CompletableFuture<Void> optIn(UserId user, CommunityId community, ZoneId zone, java.time.DayOfWeek digestDay,
                                         Optional<Goal> goal) {
        OptIn consent = OptIn.consent(platformId, user, community, clock.instant(), zone)
                .withFrequency(settings.defaultFrequency())
                .withDigest(digestDay, 9)
                .withGoal(goal);
        optIns.save(consent);
        return coach.enrollmentChanged(user);
    }

    /** Withdraws consent in one community, or everywhere on the platform; false when there was none. */
    public CompletableFuture<Boolean> optOut(UserId user, Optional<CommunityId> community) {
        boolean removed = false;
        if (community.isPresent()) {
            removed = optIns.remove(platformId, user, community.get());
        } else {
            for (OptIn o : lookup.all(user)) {
                removed |= optIns.remove(platformId, user, o.community());
            }
        }
        boolean any = removed;
        return coach.enrollmentChanged(user).thenApply(v -> any);
    }

    public boolean isCoached(UserId user) {
        return !lookup.all(user).isEmpty();
    }

    public Optional<OptIn> consent(UserId user, Optional<CommunityId> community) {
        return community.isPresent() ? optIns.find(platformId, user, community.get()) : lookup.all(user).stream().findFirst();
    }

    /**
     * Saves changed preferences; a new time zone reaches the coach too (weeks from now on run in it). Nothing is saved
     * when the opt-in went meanwhile (a stop or a forget, perhaps in another process): they are not undone.
     */
    public CompletableFuture<Void> update(OptIn changed) {
        Optional<OptIn> before = optIns.find(changed.platform(), changed.user(), changed.community());
        if (!optIns.update(changed)) {
            return CompletableFuture.completedFuture(null);
        }
        boolean zoneChanged = before.map(b -> !b.zone().equals(changed.zone())).orElse(true);
        return zoneChanged ? coach.zoneChanged(changed.user()) : CompletableFuture.completedFuture(null);
    }

    public List<OptIn> consents(UserId user) {
        return lookup.all(user);
    }

    public ZoneId zoneOf(UserId user) {
        return lookup.zoneOf(user).orElse(defaultZone);
    }

    /** The person's week ({@code week} empty: the current one in their zone). */
    public CompletableFuture<Optional<WeeklyReport>> report(UserId user, Optional<IsoWeek> week) {
        IsoWeek w = week.orElseGet(() -> IsoWeek.of(clock.instant(), zoneOf(user)));
        return coach.report(user, w);
    }

    public IsoWeek currentWeek(UserId user) {
        return IsoWeek.of(clock.instant(), zoneOf(user));
    }

    /** The person's latest tips, newest last. */
    public List<TipRecord> recentTips(UserId user, int limit) {
        // Tips still on their way, or never sent, are not "your tips" yet.
        List<TipRecord> all = ledger.ofUser(user).stream().filter(t -> t.channel() != DeliveryChannel.PENDING
                && t.channel() != DeliveryChannel.DROPPED).toList();
        return all.subList(Math.max(0, all.size() - limit), all.size());
    }

    /** Tips that wait because the person's DMs were closed (see {@link #shown} once displayed). */
    public List<TipView> takeUndelivered(UserId user) {
        return undelivered.take(user);
    }

    /** A waiting tip was displayed: it is not shown again. */
    public void shown(TipView tip) {
        undelivered.shown(tip);
    }

    public String export(UserId user) {
        return personalData.export(user);
    }

    public CompletableFuture<ForgetReport> forget(UserId user) {
        // "Done" means gone everywhere: other processes sharing the storage drop the person from memory first.
        return coach.forget(user).thenCompose(report -> others.letGo(user).thenApply(v -> report));
    }
}
