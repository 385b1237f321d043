package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.audience.BoughtBefore;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.text.ReactionMeaning;
import dev.rapport.rules.text.TeamChannel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers' questions put to a business's team in the channel where the team answers: who on the team waits on each,
 * and when the team has served it. Reads the channel's stated purpose ({@link TeamChannel}), the community's team and
 * members, and the coached members' waiting questions; separate because a question to the team is owed by a group,
 * not by the one person a question usually waits on, and is let go for all of them at once. Kept over a restart
 * through {@link SnapshotKeeper}.
 */
final class TeamQuestions {

    /** The team questions of each channel that nobody answered yet; a channel's list goes once it is empty. */
    private final Map<ChannelId, List<TeamQuestion>> teamQuestions = new HashMap<>();
    private final CoachedPeople people;
    private final Communities communities;
    private final WeekClock weekClock;
    private final PseudonymCache pseudonyms;

    TeamQuestions(CoachedPeople people, Communities communities, WeekClock weekClock, PseudonymCache pseudonyms) {
        this.people = people;
        this.communities = communities;
        this.weekClock = weekClock;
        this.pseudonyms = pseudonyms;
    }

    /** The open questions by channel, for {@link SnapshotKeeper} to save, restore and forget people in. */
    Map<ChannelId, List<TeamQuestion>> open() {
        return teamQuestions;
    }

    /**
     * A customer's question to the room in a channel where the team answers ({@link TeamChannel}: "ask here and the
     * team will answer") is put to the team: it waits for each coached member of it (a Team or Staff role, or the
     * owner where such a role exists) as one of the team ({@code WaitingQuestion.team}), until someone answers it by
     * a reply ({@link CoachEngine}'s answeredForOthers, as the waiting people are remembered with the message) or the member does,
     * as any question to them is answered. Who is away is judged as for any question. Returns the coached people the
     * message now waits for: {@code enrolled} and the team.
     */
    List<UserId> teamAwaits(ChatMessage m, Cues cues, boolean answer, CommunityState community,
                                    List<UserId> enrolled) {
        if (answer || m.kind() == ChannelKind.DIRECT || !cues.features().question()
                || !TeamChannel.answeredByTeam(m.channelInfo())) {
            return enrolled;
        }
        Audience audience = communities.audienceOf(m.author(), m.community(), m.channel(), false);
        if (!audience.existingCustomer()) {
            // In a business's own server, a member already seen there who asks the room its staff answer is one of
            // its customers, role or not: a regular asking at the counter, a subscriber at the help desk.
            // So is one whose first word there tells of their past stay and asks to book again: a returning guest.
            if (audience == Audience.IGNORE
                    || !community.memberAsksTheBusiness(m) && !BoughtBefore.comesBackToBook(m.text())) {
                return enrolled;
            }
            audience = Audience.CUSTOMER;
        }
        List<UserId> waitedOn = enrolled;
        List<UserId> staff = community.team();
        // One question, one reading of whether a reaction could answer it, whoever on the team it waits for.
        boolean wordsWanted = !ReactionMeaning.canAnswer(m.text());
        for (UserId member : staff) {
            if (member.equals(m.author()) || enrolled.contains(member)) {
                continue;
            }
            UserState s = people.state(member, m.community());
            if (s == null) {
                continue;
            }
            people.changed(s);
            WaitingQuestion w = new WaitingQuestion(m.id(), pseudonyms.code(m.author()), audience, m.channel(),
                    m.time(), s.weekOf(m.time()), m.community());
            w.team = true;
            w.wordsWanted = wordsWanted;
            s.questions.pressesToldQuestion(w);
            s.questions.await(w);
            weekClock.deadline(m.time().plus(communities.answerDeadline(m.community())), s.user, s.community, m.id());
            if (waitedOn == enrolled) {
                waitedOn = new ArrayList<>(enrolled);
            }
            waitedOn.add(member);
        }
        if (waitedOn != enrolled) {
            List<UserId> team = waitedOn.subList(enrolled.size(), waitedOn.size());
            teamQuestions.computeIfAbsent(m.channel(), k -> new ArrayList<>(2))
                    .add(new TeamQuestion(m.id(), m.author(), m.community(), List.copyOf(team), staff, m.time()));
        }
        return waitedOn;
    }

    /**
     * A customer's question waiting on the team ({@link #teamAwaits}): whose it is, which coached members wait on it,
     * and who was the team when it was asked (coached or not: any of them may take it up).
     */
    record TeamQuestion(MessageId id, UserId asker, CommunityId community, List<UserId> team,
                                List<UserId> staff, Instant at) {
    }

    /** Whether {@code user} is one of {@code people}, any of them perhaps a stand-in taken back after a restart. */
    private boolean anyIs(List<UserId> people, UserId user) {
        for (UserId p : people) {
            if (pseudonyms.same(p, user)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The team served a customer's question when anyone answered it (a reply to it, words to its asker there) or
     * someone of the team spoke in its channel after it (taking it up in turn, as at a counter): nobody on the team
     * owes it any more. Someone outside the team serves it only by answering it ({@code answer}, the engine's
     * judgement): another seller's unasked offer under it ("that's your fit, I do fittings, DM me"), or a "same
     * here", leaves the customer waiting for the team. Questions older than the week it may wait are let go.
     */
    void teamServed(ChatMessage m, List<UserId> addressees, boolean answer) {
        List<TeamQuestion> open = teamQuestions.get(m.channel());
        if (open == null) {
            return;
        }
        Instant stale = m.time().minus(CoachEngine.AWAY);
        boolean teamNow = community(m.community()).teamOf(m);
        for (int i = open.size() - 1; i >= 0; i--) {
            TeamQuestion q = open.get(i);
            // After a restart the team (and the asker) may be known by stand-ins until seen again.
            // The team is whoever answers for the business now, not only those seen before the question: a colleague
            // whose first word here comes after it (back from a day off, or new to the desk) serves it as well.
            boolean served = !pseudonyms.same(q.asker(), m.author()) && (anyIs(q.staff(), m.author()) || teamNow
                    || answer && (m.replyTo().map(q.id()::equals).orElse(false) || anyIs(addressees, q.asker())));
            if (served || q.at().isBefore(stale)) {
                for (UserId member : served ? q.team() : List.<UserId>of()) {
                    UserState s = people.existing(pseudonyms.real(member), q.community());
                    if (s != null) {
                        s.questions.stopWaiting(q.id());
                        people.changed(s);
                    }
                }
                open.remove(i);
            }
        }
        if (open.isEmpty()) {
            teamQuestions.remove(m.channel());
        }
    }

    private CommunityState community(CommunityId id) {
        return communities.community(id);
    }
}
