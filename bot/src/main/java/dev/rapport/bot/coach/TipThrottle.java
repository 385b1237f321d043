package dev.rapport.bot.coach;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.rapport.bot.storage.ledger.TipHistory;
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
 * restart never resets anyone's limits, and a cooldown counts from when the last tip really went out. The daily cap
 * counts private messages: a finding that joins a message already on its way is not another one.
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
    private final TipHistory ledger;
    private final Clock clock;
    private final Cache<String, Instant> lastTip;
    private final Cache<String, AtomicInteger> tipsToday;

    public TipThrottle(CoachingSettings settings, TipHistory ledger, Clock clock) {
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
        return check(finding, optIn, false);
    }

    /** @param joining the tip would join a message already on its way (so it does not count against the cap) */
    public Verdict check(Finding finding, OptIn optIn, boolean joining) {
        Instant now = clock.instant();
        RuleId rule = finding.rule();
        if (!optIn.wantsTipsAbout(rule, now)) {
            return Verdict.MUTED;
        }
        if (optIn.frequency() == TipFrequency.WEEKLY) {
            return Verdict.WEEKLY_ONLY;
        }
        if (inCooldown(finding, now)) {
            return Verdict.COOLDOWN;
        }
        if (!joining && today(optIn, now).get() >= dailyCap) {
            return Verdict.DAILY_CAP;
        }
        ZonedDateTime local = now.atZone(optIn.zone());
        if (optIn.quietHours().map(q -> q.contains(local.getHour())).orElse(false)) {
            return Verdict.QUIET;
        }
        if (optIn.frequency() == TipFrequency.DAILY) {
            return Verdict.BUNDLE;
        }
        return Verdict.SEND;
    }

    /** Counts a tip that is on its way in a message of its own: its rule cools down and the day's count grows. */
    public void taken(Finding finding, OptIn optIn) {
        taken(finding, optIn, true);
    }

    /** Counts a tip that is on its way; {@code newMessage} false: it joins a message already counted today. */
    public void taken(Finding finding, OptIn optIn, boolean newMessage) {
        Instant now = clock.instant();
        lastTip.put(ruleKey(finding), now);
        if (newMessage) {
            today(optIn, now).incrementAndGet();
        }
    }

    private boolean inCooldown(Finding finding, Instant now) {
        String key = ruleKey(finding);
        Instant last = lastTip.getIfPresent(key);
        if (last == null) {
            // Not in memory: perhaps sent before a restart. The cooldown runs from that real send time.
            last = ledger.lastSent(finding.user(), finding.rule()).orElse(null);
            if (last == null) {
                return false;
            }
            lastTip.put(key, last);
        }
        return last.plus(cooldown).isAfter(now);
    }

    private AtomicInteger today(OptIn optIn, Instant now) {
        LocalDate day = now.atZone(optIn.zone()).toLocalDate();
        return tipsToday.get(optIn.user().value() + '|' + day, k -> {
            Instant start = day.atStartOfDay(optIn.zone()).toInstant();
            return new AtomicInteger(ledger.deliveriesSince(optIn.user(), start));
        });
    }

    private static String ruleKey(Finding f) {
        return f.user().value() + '|' + f.rule().id();
    }
}
