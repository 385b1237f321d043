package dev.rapport.bot.coach;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.rapport.bot.storage.ledger.TipLedger;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.rule.RuleId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides whether a finding becomes a tip now, later or never: muted and snoozed rules, the person's frequency,
 * a per-rule cooldown, a daily cap and quiet hours, all in the person's own zone. The cooldown and the day's count
 * live in Caffeine caches that expire on their own; after a restart they are refilled from the tip ledger, so a
 * restart never resets anyone's limits.
 */
public final class TipThrottle {

    /** What to do with a finding. */
    public enum Verdict {
        SEND,
        /** The person wants a daily bundle: hold it for their digest hour. */
        BUNDLE,
        /** Quiet hours: hold it until they end. */
        QUIET,
        /** The person wants tips in the weekly digest only. */
        WEEKLY_ONLY,
        MUTED,
        COOLDOWN,
        DAILY_CAP
    }

    private final Duration cooldown;
    private final int dailyCap;
    private final TipLedger ledger;
    private final Clock clock;
    private final Cache<String, Instant> lastTip;
    private final Cache<String, AtomicInteger> tipsToday;

    public TipThrottle(CoachingSettings settings, TipLedger ledger, Clock clock) {
        this.cooldown = settings.cooldown();
        this.dailyCap = settings.dailyCap();
        this.ledger = ledger;
        this.clock = clock;
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        this.lastTip = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(cooldown).maximumSize(200_000).build();
        this.tipsToday = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(Duration.ofHours(50))
                .maximumSize(200_000).build();
    }

    public Verdict check(Finding finding, OptIn optIn) {
        Instant now = clock.instant();
        RuleId rule = finding.rule();
        if (!optIn.wantsTipsAbout(rule, now)) return Verdict.MUTED;
        if (optIn.frequency() == TipFrequency.WEEKLY) return Verdict.WEEKLY_ONLY;
        if (inCooldown(finding, now)) return Verdict.COOLDOWN;
        if (today(optIn, now).get() >= dailyCap) return Verdict.DAILY_CAP;
        ZonedDateTime local = now.atZone(optIn.zone());
        if (optIn.quietHours().map(q -> q.contains(local.getHour())).orElse(false)) return Verdict.QUIET;
        if (optIn.frequency() == TipFrequency.DAILY) return Verdict.BUNDLE;
        return Verdict.SEND;
    }

    /** Counts a tip that is on its way: its rule cools down and the day's count grows. */
    public void taken(Finding finding, OptIn optIn) {
        Instant now = clock.instant();
        lastTip.put(ruleKey(finding), now);
        today(optIn, now).incrementAndGet();
    }

    private boolean inCooldown(Finding finding, Instant now) {
        String key = ruleKey(finding);
        if (lastTip.getIfPresent(key) != null) return true;
        // Not in memory: perhaps sent before a restart.
        if (ledger.countSince(finding.user(), finding.rule(), now.minus(cooldown)) > 0) {
            lastTip.put(key, now);
            return true;
        }
        return false;
    }

    private AtomicInteger today(OptIn optIn, Instant now) {
        LocalDate day = now.atZone(optIn.zone()).toLocalDate();
        return tipsToday.get(optIn.user().value() + '|' + day, k -> {
            Instant start = day.atStartOfDay(optIn.zone()).toInstant();
            int sent = 0;
            for (RuleId r : RuleId.values()) sent += ledger.countSince(optIn.user(), r, start);
            return new AtomicInteger(sent);
        });
    }

    private static String ruleKey(Finding f) {
        return f.user().value() + '|' + f.rule().id();
    }
}
