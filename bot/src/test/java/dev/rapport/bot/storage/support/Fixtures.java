package dev.rapport.bot.storage.support;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.rule.RuleSettings;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyStats;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Sample values for storage tests. */
public final class Fixtures {
    /** The community the fixtures' and the engine script's people write in. */
    public static final CommunityId GUILD = CommunityId.of("guild-1");

    public static final byte[] SECRET = "a-test-secret-of-32-bytes-length".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private Fixtures() {
    }

    public static WeeklyStats stats(int messages, String... counterparts) {
        List<WeeklyStats.Counterpart> top = new java.util.ArrayList<>();
        for (String p : counterparts) {
            top.add(new WeeklyStats.Counterpart(p, Audience.CUSTOMER, 2, 3));
        }
        return new WeeklyStats(messages, 4, 2, 1, 6, 3, 900, 2, 3, 0.25, 1, 0.5, 20, 10, 2.0,
                Map.of(Audience.CUSTOMER, 5, Audience.PEER, 2), 0.75, 1, top, 7, 2);
    }

    /**
     * A small engine snapshot built by hand: one week in which the person wrote {@code messages} messages, one
     * counterpart, one link and one question waiting from that counterpart.
     */
    public static UserSnapshot snapshot(UserId user, int messages) {
        IsoWeek week = IsoWeek.parse("2026-W06");
        Instant at = Instant.parse("2026-02-02T10:00:00Z").plusSeconds(messages);
        String counterpart = "p-0000000000";
        UserSnapshot.Week tally = new UserSnapshot.Week(week, Map.of("messages", messages), List.of(60L, 120L),
                Map.of(Audience.PEER, messages), Map.of("guild-1", messages),
                Map.of(counterpart, new UserSnapshot.Counterpart(messages, 1, Audience.PEER, messages, 0)), List.of(), false);
        return UserSnapshot.builder(user, ZoneId.of("UTC")).openWeek(week).community(CommunityId.of("guild-1"))
                .weeks(List.of(tally))
                .links(List.of(new UserSnapshot.Post("example.org/" + messages, ChannelId.of("c"),
                        MessageId.of("m-" + messages), at)))
                .lastSpoke(Map.of("c", at))
                .contacts(Map.of(counterpart, new UserSnapshot.Contact(Optional.of(at), Optional.empty())))
                .waiting(List.of(new UserSnapshot.Waiting(MessageId.of("q-" + messages), counterpart, Audience.PEER,
                        ChannelId.of("c"), at, week, CommunityId.of("guild-1"), false)))
                .build();
    }

    public static CommunitySettings community() {
        return new CommunitySettings(Map.of("Customer", Audience.CUSTOMER, "Staff", Audience.IGNORE),
                Map.of("234567890", Audience.ADVOCATE), Set.of("showcase-1", "showcase-2"),
                Map.of(RuleId.LINKS_SHARE, new RuleSettings(RuleMode.LOG, Map.of("max-share", 0.5, "min-messages", 12.0))));
    }

    public static Finding finding(UserId user, IsoWeek week, Instant at, String... counterparts) {
        Evidence.Builder e = Evidence.builder().count("links", 5).count("window-minutes", 10)
                .message(MessageId.of("m-1")).link("example.org/offer").suggestion(MessageId.of("q-9"));
        for (String c : counterparts) {
            e.counterpart(c);
        }
        return new Finding(RuleId.LINKS_BURST, Severity.MEDIUM, RuleMode.ACT, user, CommunityId.of("guild-1"), week, at,
                e.build(), new Tip("You posted 5 links in 10 minutes.", RuleId.LINKS_BURST.principle(), "Answer a question."));
    }
}
