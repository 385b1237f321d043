package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.norms.Norm;
import dev.rapport.rules.norms.RoomNorms;
import dev.rapport.rules.rule.OverdueContext;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeekTally;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The engine's time: when questions put to coached people become overdue and when their weeks end, in time order,
 * and what happens then (the week's rules run, the overdue ones are told). Reads the people's waiting questions and
 * week tallies, the communities' answer deadlines and the rooms' norms looking back; separate because time passes
 * whether or not a message comes ({@link CoachEngine#tick}), and both queues are rebuilt from the people's own
 * snapshots after a restart, so nothing here is saved.
 */
final class WeekClock {

    private final PriorityQueue<Deadline> deadlines = new PriorityQueue<>();
    private final PriorityQueue<WeekEnd> weekEnds = new PriorityQueue<>();
    /** The latest time seen: events and ticks only move it forward. */
    private Instant now = Instant.EPOCH;
    private final CoachedPeople people;
    private final Communities communities;
    private final RuleRunner ruleRunner;
    private final Enrollment enrollment;
    /** What each channel's own regulars do there, looked back on at a week's end. */
    private final RoomNorms norms;
    private final PseudonymCache pseudonyms;

    WeekClock(CoachedPeople people, Communities communities, RuleRunner ruleRunner, Enrollment enrollment,
              RoomNorms norms, PseudonymCache pseudonyms) {
        this.people = people;
        this.communities = communities;
        this.ruleRunner = ruleRunner;
        this.enrollment = enrollment;
        this.norms = norms;
        this.pseudonyms = pseudonyms;
    }

    private record Deadline(Instant due, UserId user, CommunityId community, MessageId message)
            implements Comparable<Deadline> {
        @Override
        public int compareTo(Deadline o) {
            return due.compareTo(o.due);
        }
    }

    private record WeekEnd(Instant end, UserId user, CommunityId community, IsoWeek week) implements Comparable<WeekEnd> {
        @Override
        public int compareTo(WeekEnd o) {
            return end.compareTo(o.end);
        }
    }

    /** End of a replay: every open week is closed and its weekly rules run. */
    List<Finding> finish() {
        List<Finding> out = new ArrayList<>();
        judgeWhereTheRecordStops(out);
        while (!weekEnds.isEmpty()) {
            WeekEnd end = weekEnds.poll();
            closeWeek(people.existing(end.user(), end.community()), end.week(), end.end(), out);
        }
        return out;
    }

    /**
     * The end of a replay, for questions that still wait for someone who has written nothing since they were asked
     * (live, these wait for the person's return, or are let go when they stay away). Someone whose community went on
     * for a week without a word from them left: they never saw the question, and are not told about it. Otherwise
     * the record stops before anyone could tell whether they were back, and the question is judged as at the end
     * of the week its answer was due in: it did go unanswered while the conversation could still be seen.
     */
    private void judgeWhereTheRecordStops(List<Finding> out) {
        for (UserState first : people.firsts()) {
            for (UserState s = first; s != null; s = s.next) {
                if (s.questions.anyDeferred() && s.lastOwnMessage != null) {
                    judgeWhereTheRecordStops(s, out);
                }
            }
        }
    }

    private void judgeWhereTheRecordStops(UserState s, List<Finding> out) {
        Optional<Instant> lastThere = community(s.community).lastActivity();
        if (lastThere.isEmpty() || !lastThere.get().isBefore(s.lastOwnMessage.plus(CoachEngine.AWAY))) {
            return;
        }
        Duration deadline = communities.answerDeadline(s.community);
        ZoneId zone = s.zone();
        java.util.TreeSet<Instant> weekEndsDue = new java.util.TreeSet<>();
        for (WaitingQuestion w : s.questions.all()) {
            if (w.deferred) {
                weekEndsDue.add(s.weekOf(w.since.plus(deadline)).end(zone));
            }
        }
        // Not those the week's end never judged: a weekend question (the person is expected back after
        // it), one asked after they said they were away until a known return, or one put to someone already
        // away somewhere else than where they left off. Their first word back would have; there is none.
        for (Instant end : weekEndsDue) {
            s.questions.backFrom(end, end, w -> s.weekOf(w.since.plus(deadline)).end(zone).equals(end)
                    && !weekend(dayOfWeek(w.since, zone)) && !s.saidAwayBefore(w.since)
                    && !(s.quietBefore(w.since, CoachEngine.AWAY_WHEN_ASKED) && !s.leftOffIn(w.channel)));
            runOverdue(s, end.minusSeconds(1), s.community, out);
        }
    }

    void advance(Instant time, List<Finding> out) {
        if (time.isAfter(now)) {
            now = time;
        }
        boolean toReport = false;
        // The deadline of the last question found overdue in this go: the tip's moment. Not that of a later deadline
        // of a question answered or let go meanwhile (kept in the queue, skipped when polled): a restart leaves those
        // out of the queue it builds again, and the question went overdue at its own deadline either way.
        Instant reportAt = null;
        while (!deadlines.isEmpty() && !deadlines.peek().due().isAfter(now)) {
            Deadline d = deadlines.poll();
            UserState s = people.existing(d.user(), d.community());
            WaitingQuestion w = s == null ? null : s.questions.waitingFor(d.message());
            if (w != null && !w.reported && !w.deferred) {
                // After a look-in during an announced leave, back means from the day named for the return: someone who
                // has written nothing since that day is not back yet, and the question waits for their first word.
                Instant named = namedReturn(w, d.community());
                if (w.overdue && named != null && !s.wroteSince(named)) {
                    s.questions.defer(w);
                } else if (w.overdue) {
                    // The person's first hour back from being away is over and the question still waits.
                    toReport = true;
                    reportAt = d.due();
                } else {
                    w.overdue = true;
                    s.tally(w.week).overdueSeen();
                    // Asked by someone not of the trade: a buyer kept waiting (read by audience.peers-only).
                    if (w.audience != Audience.PEER && w.audience != Audience.IGNORE) {
                        s.tally(w.week).overdueFromBuyerSeen();
                    }
                    people.changed(s);
                    // Someone who wrote nothing in the community since the question had no chance to answer it (a
                    // trip, a busy day): whether they leave it unanswered is seen once they are back.
                    if (s.wroteSince(named != null ? named : w.since)) {
                        toReport = true;
                        reportAt = d.due();
                    } else {
                        s.questions.defer(w);
                    }
                }
            }
            // Several deadlines often pass together: report them in one go, after the queue is drained.
            if (toReport && s != null && (deadlines.isEmpty() || deadlines.peek().due().isAfter(now)
                    || !deadlines.peek().user().equals(d.user()) || !deadlines.peek().community().equals(d.community()))) {
                runOverdue(s, reportAt, d.community(), out);
                toReport = false;
            }
        }
        while (!weekEnds.isEmpty() && !weekEnds.peek().end().isAfter(now)) {
            WeekEnd end = weekEnds.poll();
            closeWeek(people.existing(end.user(), end.community()), end.week(), end.end(), out);
        }
    }

    /**
     * The day named for the person's return, when the word of theirs that gave {@code w} its extra time was a look-in
     * before that day; null otherwise.
     */
    private Instant namedReturn(WaitingQuestion w, CommunityId community) {
        if (w.graceEnds == null || w.back == null) {
            return null;
        }
        Instant named = w.graceEnds.minus(communities.answerDeadline(community));
        return w.back.isBefore(named) ? named : null;
    }

    /** The tally of the week {@code time} falls in; a later week first closes the person's open week. */
    WeekTally openTally(UserState s, Instant time, CommunityId community, List<Finding> out) {
        IsoWeek week = s.weekOf(time);
        if (s.openWeek == null || week.compareTo(s.openWeek) > 0) {
            if (s.openWeek != null) {
                // Its entry in weekEnds stays behind and is skipped when polled: closeWeek ignores closed weeks.
                closeWeek(s, s.openWeek, s.openWeek.end(s.zone()), out);
            }
            s.openWeek = week;
            weekEnds.add(new WeekEnd(week.end(s.zone()), s.user, s.community, week));
        }
        if (s.lastCommunity == null) {
            s.lastCommunity = community;
        }
        return s.tally(week);
    }

    private void closeWeek(UserState s, IsoWeek week, Instant end, List<Finding> out) {
        if (s == null) {
            return;
        }
        WeekTally t = s.tally(week);
        if (t.closed()) {
            return;
        }
        // The week of one community: its settings and its people decide.
        CommunityId community = s.community;
        CommunityState place = community(community);
        Goal goal = enrollment.goalOf(s.user, community).orElseGet(() -> place.settings().goal().orElse(settings().defaultGoal()));
        // A question still waiting at the week's end for someone who has written nothing here since it was asked is
        // not judged by the week's end: the person has not been back, so they have not chosen to leave it. It waits
        // for their first hour back (graceAfterBeingAway), in whatever week that is, and is let go unsaid if they
        // stay away past the waiting memory: someone who left, or went quiet for a while, never saw it. (At the end
        // of a replay, judgeWhereTheRecordStops tells those the record stopped on before anyone could know.)
        // Looking back over the week: posts to the room in a channel where the other regulars also posted to the room
        // that week (sends, spots, the scent of the day, whatever the channel is called) followed the room, though
        // each was read as it came, before the others had posted.
        for (ChannelId channel : t.roomPostChannels()) {
            // So did those of someone who talks with people that week (there or elsewhere), in a room of posts: one
            // where the others post to the room the same way, however few they are, and answer a post now and then
            // rather than talk among themselves (scores, tasting notes, pours, a scene in character): posting to the
            // room is what that room is used for, and the person is no broadcaster, as their talk shows. Someone who
            // speaks to nobody anywhere, who is alone in posting to the room there, who posts to nobody where the
            // others talk among themselves, or in a room whose name or topic says it is for talk (#general, a chat
            // or help room, "Stallholders' chat."), is still told. (Only posts that asked, sold and linked nothing are
            // here: links and promotion have their own rules.)
            // Two of the others asking the room things make it a place to talk, as for the norm (Norm.talks).
            long code = pseudonyms.code(s.user);
            Norm back = norms.lookingBack(channel, code, end);
            if (back.postsToRoom() || t.conversed() && !back.talks() && !t.inTalkRoom(channel)
                    && norms.othersPostToRoomLookingBack(channel, code, end)) {
                t.followsRoom(channel);
            }
        }
        // A week whose every turn with others went back to oneself (shift responses, no question or support for
        // anyone): the rooms' licence for one's own posts does not hide that the whole week was about oneself.
        if (t.talkTurnedToOneself()) {
            t.countLicensedAgain();
        }
        RuleRuns.WeekRun run = new RuleRuns.WeekRun(s, t, community, place, end, now, out, pseudonyms, goal);
        // A week's tips are about what the person did that week: none for a week in which they wrote nothing.
        ruleRunner.weekEnd(run, place, community, t.messages() > 0);
        t.close();
        people.changed(s);
        if (week.equals(s.openWeek)) {
            s.openWeek = null;
        }
    }

    private void runOverdue(UserState s, Instant at, CommunityId community, List<Finding> out) {
        List<WaitingQuestion> overdue = s.questions.overdue(at);
        if (overdue.isEmpty()) {
            return;
        }
        // Each question is reported once, when it becomes overdue; after that it is history, not carried along.
        overdue.forEach(w -> w.reported = true);
        people.changed(s);
        overdue = withoutToldWeeksBacklog(s, overdue, at);
        if (overdue.isEmpty()) {
            return;
        }
        // Someone who has written nothing for a week is away, not ignoring anyone. Away is said of the person, not of
        // one community: a question by direct message waits for someone who is busy in a server.
        Instant lastOwn = null;
        for (UserState other : people.statesOf(s.user)) {
            if (other.lastOwnMessage != null && (lastOwn == null || other.lastOwnMessage.isAfter(lastOwn))) {
                lastOwn = other.lastOwnMessage;
            }
        }
        if (lastOwn == null || lastOwn.isBefore(at.minus(CoachEngine.AWAY))) {
            return;
        }
        List<OverdueContext.Waiting> items = new ArrayList<>(overdue.size());
        for (WaitingQuestion w : overdue) {
            items.add(new OverdueContext.Waiting(w.message, w.channel, w.fromPseudonym(), w.since, w.audience, w.team));
        }
        IsoWeek week = s.weekOf(at);
        CommunityState place = community(community);
        RuleRuns.OverdueRun run = new RuleRuns.OverdueRun(s, week, community, place, at, items, out, pseudonyms);
        ruleRunner.overdue(run, place, community);
    }

    /**
     * {@code overdue} without the questions that are an earlier week's backlog already told. A question judged at the
     * person's return in a later week than it was asked in (they wrote nothing after it, so it waited for them to be
     * back) was left in the same week as another question whose tip they were given and that still waits: that tip
     * told them a question waited, and to answer the oldest first, and it was read while this one waited too. Told
     * again in the week they come back to catch up, it would be the same lapse twice. Only a question by name or in
     * private: one at the team's desk is another rule's; and only with that told one still waiting.
     */
    private static List<WaitingQuestion> withoutToldWeeksBacklog(UserState s, List<WaitingQuestion> overdue,
                                                                 Instant at) {
        List<WaitingQuestion> kept = null;
        IsoWeek now = s.weekOf(at);
        for (int i = 0; i < overdue.size(); i++) {
            WaitingQuestion w = overdue.get(i);
            boolean told = w.back != null && !w.team && w.week.compareTo(now) < 0 && toldInItsWeek(s, w, overdue);
            if (told && kept == null) {
                kept = new ArrayList<>(overdue.subList(0, i));
            } else if (!told && kept != null) {
                kept.add(w);
            }
        }
        return kept == null ? overdue : kept;
    }

    /** Whether another question of {@code w}'s week, not in {@code overdue}, was told and still waits. */
    private static boolean toldInItsWeek(UserState s, WaitingQuestion w, List<WaitingQuestion> overdue) {
        for (WaitingQuestion q : s.questions.all()) {
            if (q != w && q.reported && !q.gone && !q.team && q.week.equals(w.week) && !overdue.contains(q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Back after being away: what this message did not answer, their first hour back may still answer. A customer's
     * question put to the team while this member had said they were away ("off until Monday, back on the 29th") was
     * never theirs to take while they were gone: the team at work owed it. Back, they share it like a question asked
     * that moment, with the whole answer time, and a colleague's answer in it serves it for them too
     * ({@link TeamQuestions#teamServed}). The extra time is kept in the person's snapshot, so a restart in it keeps it too.
     */
    void graceAfterBeingAway(UserState s, ChatMessage m) {
        // Back from an announced absence ("on nights till Thursday", then a word on Thursday) before a question put to
        // them meanwhile went overdue: it waited for their return, so its answer time counts from their first word
        // back, as if asked then, or from the day they named for it when this word comes before that day (a look-in
        // while "buried until Wednesday" is not the return they promised). (Read before this message counts as their
        // latest.)
        if (s.questions.any()) {
            Duration deadline = communities.answerDeadline(s.community);
            Instant returned = s.returnFrom(m.time());
            for (WaitingQuestion w : s.questions.all()) {
                if (!w.overdue && !w.team && w.graceEnds == null && s.saidAwayBefore(w.since)
                        && m.time().isAfter(w.since)) {
                    w.back = m.time();
                    w.graceEnds = returned.plus(deadline);
                    deadlines.add(new Deadline(w.graceEnds, s.user, s.community, w.message));
                }
            }
        }
        if (s.questions.anyDeferred()) {
            Instant returned = s.returnFrom(m.time());
            for (WaitingQuestion w : s.questions.backFrom(m.time(), m.time())) {
                w.back = m.time();
                // Read before this message counts as their latest: whether the last word before it said they were away.
                // A look-in before the day they named for their return leaves the question to that day, as above.
                if ((w.team || returned.isAfter(m.time())) && s.saidAwayBefore(w.since)) {
                    w.graceEnds = returned.plus(communities.answerDeadline(s.community));
                    deadlines.add(new Deadline(w.graceEnds, s.user, s.community, w.message));
                } else {
                    deadlines.add(new Deadline(m.time().plus(CoachEngine.RETURN_GRACE), s.user, s.community, w.message));
                }
            }
        }
    }

    /**
     * The day of the week {@code time} falls on in {@code zone}, as {@code time.atZone(zone).getDayOfWeek()} says;
     * in a zone of one fixed offset (UTC, replay's default) without making a date and time per message.
     */
    static java.time.DayOfWeek dayOfWeek(Instant time, ZoneId zone) {
        java.time.zone.ZoneRules rules = zone.getRules();
        if (!rules.isFixedOffset()) {
            return time.atZone(zone).getDayOfWeek();
        }
        long localSeconds = time.getEpochSecond() + rules.getOffset(time).getTotalSeconds();
        long epochDay = Math.floorDiv(localSeconds, 86_400L);
        // As LocalDate does it: 1970-01-01 was a Thursday.
        return java.time.DayOfWeek.of((int) Math.floorMod(epochDay + 3, 7L) + 1);
    }

    private static boolean weekend(java.time.DayOfWeek day) {
        return day == java.time.DayOfWeek.SATURDAY || day == java.time.DayOfWeek.SUNDAY;
    }

    /** A question put to a person waits for their answer until {@code due}. */
    void deadline(Instant due, UserId user, CommunityId community, MessageId message) {
        deadlines.add(new Deadline(due, user, community, message));
    }

    /** A person's week in a community ends at {@code end}. */
    void weekEnd(Instant end, UserId user, CommunityId community, IsoWeek week) {
        weekEnds.add(new WeekEnd(end, user, community, week));
    }

    /** The person's deadlines and week ends go, in every community: they left. */
    void forget(UserId user) {
        deadlines.removeIf(d -> d.user().equals(user));
        weekEnds.removeIf(e -> e.user().equals(user));
    }

    /** The person's deadlines and week ends in {@code community} go. */
    void forget(UserId user, CommunityId community) {
        deadlines.removeIf(d -> d.user().equals(user) && d.community().equals(community));
        weekEnds.removeIf(e -> e.user().equals(user) && e.community().equals(community));
    }

    /** The latest time seen. */
    Instant now() {
        return now;
    }

    private CommunityState community(CommunityId id) {
        return communities.community(id);
    }

    private CoachSettings settings() {
        return communities.settings();
    }
}
