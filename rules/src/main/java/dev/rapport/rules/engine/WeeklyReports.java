package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeekTally;
import dev.rapport.rules.stats.WeeklyReport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Weekly reports from kept state rather than from a running engine: a person's week in one community from its stored
 * snapshot, and their week across communities, where the numbers of each community add up (a message is counted in
 * the one community it was written in) and the findings of all of them are weighed together.
 */
public final class WeeklyReports {
    private WeeklyReports() {
    }

    /** The person's {@code week} in the snapshot's community; empty when nothing is known about that week. */
    public static Optional<WeeklyReport> of(UserSnapshot snapshot, IsoWeek week) {
        return combined(snapshot.user(), List.of(snapshot), week);
    }

    /** The person's {@code week} over every community of {@code snapshots}; empty when none knows that week. */
    public static Optional<WeeklyReport> combined(UserId user, List<UserSnapshot> snapshots, IsoWeek week) {
        List<WeekTally> now = new ArrayList<>(snapshots.size());
        List<WeekTally> before = new ArrayList<>(snapshots.size());
        for (UserSnapshot s : snapshots) {
            for (UserSnapshot.Week w : s.weeks()) {
                if (w.week().equals(week)) {
                    now.add(tally(w));
                } else if (w.week().equals(week.previous())) {
                    before.add(tally(w));
                }
            }
        }
        if (now.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(WeeklyReport.of(user, combine(week, now), before.isEmpty() ? null : combine(week.previous(), before)));
    }

    /** Whether the snapshot's rules have run for {@code week} (or it knows nothing of that week). */
    public static boolean closed(UserSnapshot snapshot, IsoWeek week) {
        for (UserSnapshot.Week w : snapshot.weeks()) {
            if (w.week().equals(week)) {
                return w.closed();
            }
        }
        return true;
    }

    static WeekTally tally(UserSnapshot.Week w) {
        Map<String, int[]> gr = new HashMap<>();
        Map<String, Audience> audiences = new HashMap<>();
        w.counterparts().forEach((p, c) -> {
            // The days they helped on too: without them each message would count as an occasion (give-take).
            gr.put(p, new int[]{c.given(), c.received(), c.helped(), c.acknowledged(), c.receivedDays()});
            audiences.put(p, c.audience());
        });
        Map<CommunityId, Integer> communities = new HashMap<>();
        w.communities().forEach((c, n) -> communities.put(CommunityId.of(c), n));
        return WeekTally.restore(w.week(), w.counts(), w.responseSeconds(), w.interactions(), communities, gr, audiences,
                w.findings(), w.closed());
    }

    /** One tally of the same week in several communities: counts add up, findings are taken together in time order. */
    static WeekTally combine(IsoWeek week, List<WeekTally> tallies) {
        if (tallies.size() == 1) {
            return tallies.get(0);
        }
        Map<String, Integer> counts = new HashMap<>();
        List<Long> responses = new ArrayList<>();
        Map<Audience, Integer> interactions = new HashMap<>();
        Map<CommunityId, Integer> communities = new HashMap<>();
        Map<String, int[]> gr = new HashMap<>();
        Map<String, Audience> audiences = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        boolean closed = true;
        for (WeekTally t : tallies) {
            t.counts().forEach((k, v) -> counts.merge(k, v, Integer::sum));
            responses.addAll(t.responseTimes());
            t.interactionsByAudience().forEach((a, n) -> interactions.merge(a, n, Integer::sum));
            t.messagesByCommunity().forEach((c, n) -> communities.merge(c, n, Integer::sum));
            t.counterparts().forEach((p, c) -> {
                int[] sum = gr.computeIfAbsent(p, k -> new int[5]);
                sum[0] += c.given();
                sum[1] += c.received();
                sum[2] += c.helped();
                sum[3] += c.acknowledged();
                // A day they helped on in two communities is still one day.
                sum[4] |= c.receivedDays();
                // Who someone is can differ between communities (a customer here, a peer there): the first known wins.
                if (audiences.getOrDefault(p, Audience.UNKNOWN) == Audience.UNKNOWN) {
                    audiences.put(p, c.audience());
                }
            });
            findings.addAll(t.findings());
            closed &= t.closed();
        }
        findings.sort(Comparator.comparing(Finding::at));
        return WeekTally.restore(week, counts, responses, interactions, communities, gr, audiences, findings, closed);
    }
}
