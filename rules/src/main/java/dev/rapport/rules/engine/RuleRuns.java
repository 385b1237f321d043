package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.Link;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.ColdSellRule;
import dev.rapport.rules.rule.MessageContext;
import dev.rapport.rules.rule.MessageFacts;
import dev.rapport.rules.rule.OverdueContext;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.rule.RuleSettings;
import dev.rapport.rules.rule.UserHistory;
import dev.rapport.rules.rule.WeekContext;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.PseudonymCode;
import dev.rapport.rules.stats.WeekTally;
import dev.rapport.rules.text.FavourNamed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contexts the engine hands to rules: one per kind of hook. Each instance serves every rule of one call, so a
 * message costs one context, not one per rule; the engine switches the rule and its settings between calls.
 */
final class RuleRuns {
    private RuleRuns() {
    }

    /** Shared machinery of the three kinds of hook context; one instance serves every rule of one call. */
    abstract static class Run {
        final UserState s;
        final List<Finding> out;
        private final PseudonymCache pseudonyms;
        Rule rule;
        RuleSettings ruleSettings;
        /** Findings this context has given so far (one taken back later still counts: it was given). */
        int emitted;
        /** The once-a-week mark the rule under way set last, and what it replaced, until its finding is made. */
        private String markedKey;
        private Instant markedBefore;

        Run(UserState s, List<Finding> out, PseudonymCache pseudonyms) {
            this.s = s;
            this.out = out;
            this.pseudonyms = pseudonyms;
        }

        void use(Rule rule, RuleSettings rs) {
            this.rule = rule;
            this.ruleSettings = rs;
            this.markedKey = null;
        }

        public abstract IsoWeek week();

        abstract CommunityId communityId();

        public abstract Instant now();

        public RuleSettings settings() {
            return ruleSettings;
        }

        public UserId user() {
            return s.user;
        }

        public String pseudonym(UserId other) {
            return pseudonyms.of(other);
        }

        public boolean firstTimeIn(String subject, Duration rearm) {
            String key = rule.id().id() + '|' + subject;
            Instant before = s.markedAt(key);
            boolean first = s.firstTimeIn(key, now(), rearm);
            if (first) {
                markedKey = key;
                markedBefore = before;
            }
            return first;
        }

        public Optional<Instant> lastToldAt(String subject) {
            return Optional.ofNullable(s.markedAt(rule.id().id() + '|' + subject));
        }

        /**
         * A tip another one of the week speaks for is not given, and the once-a-week mark its rule set for it is given
         * back: the same rule may still tell it when later messages make it a behaviour of its own (more promotion on
         * other days, after a week whose first two posts were an ask and its follow-up).
         */
        private void notGiven() {
            if (markedKey != null) {
                s.unmark(markedKey, markedBefore);
                markedKey = null;
            }
        }

        public void emit(Evidence evidence, Tip tip) {
            RuleMode mode = ruleSettings.mode();
            Finding f = new Finding(rule.id(), rule.severity(), mode, s.user, communityId(), week(), now(), evidence, tip);
            WeekTally tally = s.tally(week());
            if (f.rule() == RuleId.LINKS_REPEAT) {
                // Last week's tip about people (an ask of the room with the link) already named the link's posts then:
                // one more post this week is not a repeat of its own, as after a repeat told last week.
                WeekTally lastWeek = s.weeks.get(week().previous());
                if (lastWeek != null && OneBehaviour.namedLastWeek(f, lastWeek.findings())) {
                    notGiven();
                    return;
                }
            }
            if (OneBehaviour.rank(f.rule()) >= 0) {
                // One behaviour, one tip over the week: a tip another one already speaks for is not given, and one
                // that speaks for earlier tips takes them back (live, a tip already sent stays sent).
                List<Finding> week = new ArrayList<>(tally.findings());
                week.add(f);
                List<Finding> spoken = OneBehaviour.spokenFor(week,
                        f.rule() == RuleId.PROMO_SELF || f.rule() == RuleId.LINKS_REPEAT ? carriedOn(week) : List.of());
                if (spoken.contains(f)) {
                    notGiven();
                    return;
                }
                for (Finding g : spoken) {
                    tally.withdraw(g);
                    out.removeIf(o -> o == g);
                }
            }
            if (LinkShareOneTip.applies(f.rule())) {
                // Around the link-share tip: a drop is one of the link posts it counts, and posts to nobody that are
                // mostly those link posts are its too, whichever tip comes first.
                List<Finding> week = new ArrayList<>(tally.findings());
                week.add(f);
                List<Finding> spoken = LinkShareOneTip.spokenFor(week, tally);
                if (spoken.contains(f)) {
                    return;
                }
                for (Finding g : spoken) {
                    tally.withdraw(g);
                    out.removeIf(o -> o == g);
                }
            }
            if (OneWayOneTip.applies(f.rule())) {
                // The same in the one-way family: a project's news to the room is the broadcast tip's, not also
                // self-focus, whichever of the two comes first.
                List<Finding> week = new ArrayList<>(tally.findings());
                week.add(f);
                Finding spoken = OneWayOneTip.spokenFor(week, tally).orElse(null);
                if (spoken == f) {
                    return;
                }
                if (spoken != null) {
                    tally.withdraw(spoken);
                    out.removeIf(o -> o == spoken);
                }
            }
            if (BroadcastOverPeers.applies(f.rule())) {
                // Across families: posts to nobody in the rooms where buyers are are the broadcast tip's, not also a
                // week spent only with peers, whichever of the two comes first.
                List<Finding> week = new ArrayList<>(tally.findings());
                week.add(f);
                Finding spoken = BroadcastOverPeers.spokenFor(week, toNobodyBeyondTheTradesRoom()).orElse(null);
                if (spoken == f) {
                    return;
                }
                if (spoken != null) {
                    tally.withdraw(spoken);
                    out.removeIf(o -> o == spoken);
                }
            }
            markedKey = null;
            tally.record(f);
            out.add(f);
            emitted++;
        }

        /**
         * Whether some of the week's turns to nobody went to a room that is not a trade room: known at a week's end
         * only, where both tips {@link BroadcastOverPeers} decides between are made.
         */
        boolean toNobodyBeyondTheTradesRoom() {
            return false;
        }

        /**
         * The message under way, when it carries on an ask or a pitch of {@code week} ({@link OneBehaviour#carriesOn}):
         * a promotion tip made on it counts it as that tip's. Only a message can; a week's end or an overdue question
         * carries nothing on.
         */
        List<MessageId> carriedOn(List<Finding> week) {
            return List.of();
        }
    }

    static final class MessageRun extends Run implements MessageContext {
        private final ChatMessage m;
        private final MessageFacts facts;
        private final IsoWeek week;

        private final Instant historySince;
        /** sell.cold's settings in this community (null without that rule): its new-days say who was just met. */
        private final RuleSettings coldSell;

        MessageRun(UserState s, ChatMessage m, MessageFacts facts, IsoWeek week, Instant historySince,
                   RuleSettings coldSell, List<Finding> out, PseudonymCache pseudonyms) {
            super(s, out, pseudonyms);
            this.m = m;
            this.facts = facts;
            this.week = week;
            this.historySince = historySince;
            this.coldSell = coldSell;
        }

        @Override
        public Instant historySince() {
            return historySince;
        }

        @Override
        public IsoWeek week() {
            return week;
        }

        @Override
        public Instant weekStart() {
            return week.start(s.zone());
        }

        @Override
        CommunityId communityId() {
            return m.community();
        }

        @Override
        public Instant now() {
            return m.time();
        }

        @Override
        public ChatMessage message() {
            return m;
        }

        @Override
        public MessageFacts facts() {
            return facts;
        }

        @Override
        public UserHistory history() {
            return s;
        }

        @Override
        List<MessageId> carriedOn(List<Finding> week) {
            boolean sells = facts.promo().salesPitch() || facts.pitch();
            List<String> aimedAt = new ArrayList<>(facts.addressees().size());
            // Someone first spoken with within the days a cold pitch counts them new (the community's sell.cold
            // new-days); asked only of a message that sells, the one kind OneBehaviour weighs it for.
            long newDays = coldSell == null ? (long) ColdSellRule.NEW_DAYS.defaultValue()
                    : coldSell.count(ColdSellRule.NEW_DAYS);
            Instant newSince = m.time().minus(Duration.ofDays(newDays));
            boolean toSomeoneJustMet = false;
            for (UserId other : facts.addressees()) {
                if (!other.equals(m.author())) {
                    aimedAt.add(pseudonym(other));
                    toSomeoneJustMet |= sells && s.firstInteractionWith(other)
                            .map(first -> !first.isBefore(newSince)).orElse(true);
                }
            }
            Set<MessageId> sameLinkPosts = new HashSet<>();
            for (Link link : facts.countedLinks()) {
                for (UserHistory.LinkPost p : s.postsOf(link.fingerprint())) {
                    if (!p.message().equals(m.id())) {
                        sameLinkPosts.add(p.message());
                    }
                }
            }
            return OneBehaviour.carriesOn(week, m.time(), aimedAt, sameLinkPosts, sells, FavourNamed.in(m.text()),
                    toSomeoneJustMet) ? List.of(m.id()) : List.of();
        }
    }

    static final class WeekRun extends Run implements WeekContext {
        private final WeekTally tally;
        private final CommunityId community;
        private final CommunityState communityState;
        private final Instant end;
        private final Instant lastEvent;
        private final Goal goal;

        WeekRun(UserState s, WeekTally tally, CommunityId community, CommunityState communityState, Instant end,
                Instant lastEvent, List<Finding> out, PseudonymCache pseudonyms, Goal goal) {
            super(s, out, pseudonyms);
            this.goal = goal;
            this.tally = tally;
            this.community = community;
            this.communityState = communityState;
            this.end = end;
            this.lastEvent = lastEvent;
        }

        @Override
        public IsoWeek week() {
            return tally.week();
        }

        @Override
        boolean toNobodyBeyondTheTradesRoom() {
            for (ChannelId c : tally.toNobodyIn()) {
                if (!communityState.trade().tradeRoom(c)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        CommunityId communityId() {
            return community;
        }

        @Override
        public Instant now() {
            return end;
        }

        @Override
        public WeekTally tally() {
            return tally;
        }

        @Override
        public Audience selfAudience() {
            return communityState.audienceOf(s.user, null);
        }

        @Override
        public Goal goal() {
            return goal;
        }

        @Override
        public boolean communitySells() {
            return communityState.sells();
        }

        @Override
        public boolean selfSeeksClients() {
            return communityState.seeksClients(s.user);
        }

        @Override
        public boolean communityHasStaff() {
            return communityState.hasStaff();
        }

        @Override
        public boolean onlyTheTradeHere() {
            return communityState.trade().tradesOwn()
                    && !communityState.outsiderWaited(end.minus(Duration.ofDays(7)), end, s.user);
        }

        @Override
        public int passedOver() {
            return communityState.passedOver(s.user, end.minus(Duration.ofDays(7)), end);
        }

        @Override
        public boolean askedTheRoom(String pseudonym) {
            // A helper not seen since a restart is still in the community's state, under the stand-in for their
            // pseudonym (CommunityState.standIn): looked up by that, their question to the room is not lost.
            UserId helper = super.pseudonyms.knownPerson(pseudonym);
            if (helper == null && PseudonymCode.of(pseudonym) >= 0) {
                helper = UserId.of(PseudonymCache.STAND_IN + pseudonym);
            }
            return communityState.askedTheRoomSince(helper, end.minus(Duration.ofDays(7)), s.user);
        }

        @Override
        public Map<MessageId, ChannelId> openSeekerQuestions(int hours, int limit) {
            // At the end of a replay the week may close before its last day: look back from the last event.
            Instant reference = lastEvent.isBefore(end) ? lastEvent.plusNanos(1) : end;
            return communityState.openSeekerQuestions(reference.minus(Duration.ofHours(hours)), reference, s.user,
                    s.activeChannels(), limit);
        }
    }

    static final class OverdueRun extends Run implements OverdueContext {
        private final IsoWeek week;
        private final CommunityId community;
        private final Instant at;
        private final List<Waiting> overdue;
        private final CommunityState communityState;

        OverdueRun(UserState s, IsoWeek week, CommunityId community, CommunityState communityState, Instant at,
                   List<Waiting> overdue, List<Finding> out, PseudonymCache pseudonyms) {
            super(s, out, pseudonyms);
            this.week = week;
            this.community = community;
            this.communityState = communityState;
            this.at = at;
            this.overdue = List.copyOf(overdue);
        }

        @Override
        public Audience selfAudience() {
            return communityState.audienceOf(s.user, null);
        }

        @Override
        public boolean communitySells() {
            return communityState.sells();
        }

        @Override
        public boolean communityHasStaff() {
            return communityState.hasStaff();
        }

        @Override
        public IsoWeek week() {
            return week;
        }

        @Override
        CommunityId communityId() {
            return community;
        }

        @Override
        public Instant now() {
            return at;
        }

        @Override
        public List<Waiting> overdue() {
            return overdue;
        }

        @Override
        public long medianResponseSeconds() {
            return s.tally(week).medianResponseSeconds();
        }
    }
}
