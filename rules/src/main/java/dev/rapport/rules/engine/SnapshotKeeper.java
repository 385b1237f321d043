package dev.rapport.rules.engine;

import dev.rapport.rules.engine.TeamQuestions.TeamQuestion;
import dev.rapport.rules.engine.SeenMessages.Seen;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MemberRoles;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.norms.RoomHabits;
import dev.rapport.rules.norms.RoomNorms;
import dev.rapport.rules.stats.PseudonymCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What survives a restart, going out and coming back: a person's snapshot per community, a community's snapshot with
 * what the engine keeps beside it (room norms, open team questions, recent messages, direct conversations, questions
 * asked unnamed), their restoring, the people who take their places again as events name them, and forgetting
 * someone in all of it. Reads the engine's parts through their own snapshot methods and writes the snapshot formats
 * unchanged; separate so that the save and restore paths, which must mirror each other, sit side by side.
 */
final class SnapshotKeeper {

    /** Communities restored from a snapshot whose people are not all seen again yet (see {@link CommunityState#adopt}). */
    private final List<CommunityState> awaitingPeople = new ArrayList<>(0);
    /** The recent messages grouped by community, as of {@link #groupedAt} ({@link SeenMessages#changes}). */
    private Map<CommunityId, List<CommunitySnapshot.Message>> grouped = Map.of();

    private long groupedAt = -1;

    private final CoachedPeople people;
    private final Communities communities;
    private final WeekClock weekClock;
    private final PseudonymCache pseudonyms;
    private final Ids ids;
    /** Keys the kept messages' words (a digest, never the words). */
    private final TopicKey topicKey;
    private final RoomNorms norms;
    private final SeenMessages seen;
    private final DirectConversations direct;
    private final AnsweredInTheRoom inTheRoom;
    /** The team questions still open, by channel: the engine's, read and restored here. */
    private final Map<ChannelId, List<TeamQuestion>> teamQuestions;
    /** The receiving side of messages: each direct conversation's latest pitch, read and restored here. */
    private final Recipients recipients;

    SnapshotKeeper(CoachedPeople people, Communities communities, WeekClock weekClock, PseudonymCache pseudonyms,
                   Ids ids, TopicKey topicKey, RoomNorms norms, SeenMessages seen, DirectConversations direct,
                   AnsweredInTheRoom inTheRoom, Map<ChannelId, List<TeamQuestion>> teamQuestions,
                   Recipients recipients) {
        this.recipients = recipients;
        this.people = people;
        this.communities = communities;
        this.weekClock = weekClock;
        this.pseudonyms = pseudonyms;
        this.ids = ids;
        this.topicKey = topicKey;
        this.norms = norms;
        this.seen = seen;
        this.direct = direct;
        this.inTheRoom = inTheRoom;
        this.teamQuestions = teamQuestions;
    }

    /** Whether people named by the next event may take back places restored for them. */
    boolean awaitsPeople() {
        return !awaitingPeople.isEmpty() || direct.awaitsPeople();
    }

    /** Everything kept about a coached person in one community, to store it; empty when there is nothing. */
    Optional<UserSnapshot> snapshot(UserId user, CommunityId community) {
        UserState s = people.existing(user, community);
        return s == null ? Optional.empty() : Optional.of(snapshotOf(s));
    }

    /** The person's state with what the community keeps about them: what they learned, what they passed over. */
    private UserSnapshot snapshotOf(UserState s) {
        CommunityState place = communities.get(s.community);
        return place == null ? s.snapshot(topicKey) : place.withHelping(s.snapshot(topicKey), s.user);
    }

    /** Everything kept about a coached person, one snapshot per community, in community order. */
    List<UserSnapshot> snapshots(UserId user) {
        List<UserSnapshot> all = new ArrayList<>();
        for (UserState s : people.statesOf(user)) {
            all.add(snapshotOf(s));
        }
        all.sort(java.util.Comparator.comparing(x -> x.community().orElseThrow()));
        return all;
    }

    /**
     * Takes a stored person-in-community back, replacing what the engine had for that community: after a restart,
     * before events flow. Their open week and unanswered questions get their deadlines again.
     */
    void restore(UserSnapshot snapshot) {
        UserState s = UserState.restore(snapshot, pseudonyms, ids, topicKey);
        CommunityId community = s.community;
        if (people.existing(s.user, community) != null) {
            // Replacing what runs (rare: a restore normally comes before any event): the old deadlines go too.
            weekClock.forget(s.user, community);
        }
        people.put(s);
        people.restored(s.user);
        if (s.openWeek != null) {
            weekClock.weekEnd(s.openWeek.end(s.zone()), s.user, community, s.openWeek);
        }
        for (WaitingQuestion w : s.questions.all()) {
            if (!w.overdue) {
                weekClock.deadline(w.since.plus(communities.answerDeadline(w.community)), s.user, community, w.message);
                if (w.graceEnds != null) {
                    // Asked while they were away and they are back: judged at the end of their time from the return.
                    weekClock.deadline(w.graceEnds, s.user, community, w.message);
                }
            } else if (!w.reported && w.back != null) {
                // In the person's first hour back when saved (or the team's extra time after their announced
                // absence): judged at its end, as without the restart.
                Instant end = w.graceEnds != null ? w.graceEnds : w.back.plus(CoachEngine.RETURN_GRACE);
                weekClock.deadline(end, s.user, community, w.message);
            }
        }
        CommunityState place = community(community);
        // Known by pseudonym in a community restored before: the place is theirs.
        place.adopt(s.user, pseudonyms.code(s.user));
        direct.adopt(s.user, pseudonyms.code(s.user));
        place.restoreHelping(s.user, snapshot);
        // What was restored is what storage holds: nothing to save (a state it replaced is passed over when drained).
    }

    /** What the engine knows about a community as a whole, to store it; empty for a community it never saw. */
    Optional<CommunitySnapshot> communitySnapshot(CommunityId community) {
        CommunityState c = communities.get(community);
        return c == null ? Optional.empty() : Optional.of(c.snapshot(community, pseudonyms).withNorms(normsOf(c))
                .withKept(teamQuestionsOf(community), messagesOf(community), direct.snapshot(community))
                .withAskedUnnamed(inTheRoom.snapshot(community))
                .withPitchesInDirect(recipients.pitchesInDirect(community, weekClock.now())));
    }

    /** The team questions of {@code community} still open, oldest first, everyone by pseudonym. */
    private List<CommunitySnapshot.TeamQuestion> teamQuestionsOf(CommunityId community) {
        List<CommunitySnapshot.TeamQuestion> out = new ArrayList<>(0);
        teamQuestions.forEach((channel, open) -> {
            for (TeamQuestion q : open) {
                if (q.community().equals(community)) {
                    out.add(new CommunitySnapshot.TeamQuestion(q.id(), channel, pseudonyms.of(q.asker()),
                            pseudonymsOf(q.team()), pseudonymsOf(q.staff()), q.at()));
                }
            }
        });
        out.sort(java.util.Comparator.comparing(CommunitySnapshot.TeamQuestion::at)
                .thenComparing(q -> q.message().value()));
        return out;
    }

    private List<String> pseudonymsOf(List<UserId> people) {
        List<String> out = new ArrayList<>(people.size());
        for (UserId u : people) {
            out.add(pseudonyms.of(u));
        }
        return out;
    }

    /**
     * The messages counted in {@code community} lately, in the order they were seen, without text: worked out for
     * all communities at once per state of the memory (a save asks for each community that changed, with no event
     * in between).
     */
    private List<CommunitySnapshot.Message> messagesOf(CommunityId community) {
        if (groupedAt != seen.changes()) {
            seen.expireKept(weekClock.now());
            Map<CommunityId, List<CommunitySnapshot.Message>> all = new HashMap<>();
            seen.forEach((id, m) -> {
                if (judgedAfterRestart(m)) {
                    all.computeIfAbsent(m.community(), k -> new ArrayList<>()).add(new CommunitySnapshot.Message(id,
                            pseudonyms.of(m.author()), Instant.ofEpochSecond(m.at()),
                            m.keyedText() ? m.textHash() : keyedText(m.textHash()),
                            pseudonymsOf(m.enrolledAddressees()), m.pitched(), m.underOwnPost(),
                            recipients.ownReadingGaveToFirst(id, m),
                            recipients.postToTheRoom(id, m.author(), m.community())));
                }
            }, k -> all.computeIfAbsent(k.community(), c -> new ArrayList<>()).add(recipients.asStillRead(k)));
            grouped = all;
            groupedAt = seen.changes();
        }
        return grouped.getOrDefault(community, List.of());
    }

    /**
     * Whether a reply, edit or deletion of {@code m} after a restart is judged with what is remembered of it: it waits
     * on someone coached, pitched, replied under someone's post, or its author is coached (an edit or deletion undoes
     * what it counted for them). Anyone else's plain message is not kept: a save would otherwise make a record of
     * every message of the week, and an edit of one after a restart only counts it in the community's tallies again.
     */
    private boolean judgedAfterRestart(Seen m) {
        return !m.enrolledAddressees().isEmpty() || m.pitched() || m.underOwnPost() || m.keyedText()
                || people.coaches(m.author());
    }

    /**
     * A message's words as kept: the keyed digest of their hash (mixed first, so that a one-word message's digest is
     * not that word's keyed topic form). Says nothing of the words without the installation's secret.
     */
    int keyedText(int textHash) {
        return topicKey.word(textHash ^ 0x5bd1e995);
    }

    /** The room norms of {@code c}'s channels (those anyone spoke in), by channel, everyone by pseudonym. */
    private List<CommunitySnapshot.RoomNorm> normsOf(CommunityState c) {
        List<CommunitySnapshot.RoomNorm> out = new ArrayList<>(0);
        for (ChannelId channel : c.rooms().channels()) {
            RoomHabits h = norms.habits(channel);
            if (h == null) {
                continue;
            }
            List<CommunitySnapshot.Poster> posters = new ArrayList<>(h.posters().size());
            for (RoomHabits.Poster p : h.posters()) {
                posters.add(new CommunitySnapshot.Poster(PseudonymCode.text(p.who()), p.period(), p.tells(), p.asks(),
                        p.shows(), p.tellsBefore(), p.asksBefore(), p.showsBefore()));
            }
            out.add(new CommunitySnapshot.RoomNorm(channel, Instant.ofEpochSecond(h.since()),
                    h.lastPoster() == RoomHabits.NOBODY ? Optional.empty()
                            : Optional.of(PseudonymCode.text(h.lastPoster())),
                    Instant.ofEpochSecond(h.lastAt()), posters, norms.periodSeconds(), linesOf(h.lines())));
        }
        return out;
    }

    /** Who talks to whom in a room, as kept (everyone by pseudonym); null when nothing is counted. */
    private static CommunitySnapshot.Lines linesOf(RoomHabits.Lines l) {
        if (l == null) {
            return null;
        }
        List<CommunitySnapshot.LinePoster> posters = new ArrayList<>(l.posters().size());
        for (RoomHabits.LinePoster p : l.posters()) {
            posters.add(new CommunitySnapshot.LinePoster(PseudonymCode.text(p.who()), p.period(), p.posts(),
                    p.talk(), p.drawn(), p.postsBefore(), p.talkBefore(), p.drawnBefore()));
        }
        return new CommunitySnapshot.Lines(Instant.ofEpochSecond(l.since()), l.lastPoster() == RoomHabits.NOBODY
                ? Optional.empty() : Optional.of(PseudonymCode.text(l.lastPoster())),
                Instant.ofEpochSecond(l.lastAt()), l.lastDepth(), posters);
    }

    /** What {@link #linesOf} kept, taken back; a poster whose pseudonym is not one is left out. */
    private static RoomHabits.Lines linesFrom(CommunitySnapshot.Lines l) {
        if (l == null) {
            return null;
        }
        List<RoomHabits.LinePoster> posters = new ArrayList<>(l.posters().size());
        for (CommunitySnapshot.LinePoster p : l.posters()) {
            long who = PseudonymCode.of(p.who());
            if (who >= 0) {
                posters.add(new RoomHabits.LinePoster(who, p.period(), p.posts(), p.talk(), p.drawn(),
                        p.postsBefore(), p.talkBefore(), p.drawnBefore()));
            }
        }
        long last = l.lastPoster().map(PseudonymCode::of).filter(code -> code >= 0).orElse(RoomHabits.NOBODY);
        return new RoomHabits.Lines(l.since().getEpochSecond(), last, l.lastAt().getEpochSecond(), l.lastDepth(),
                posters);
    }

    /** Takes back the room norms a community's snapshot kept; a poster whose pseudonym is not one is left out. */
    private void restoreNorms(CommunitySnapshot snapshot) {
        for (CommunitySnapshot.RoomNorm n : snapshot.norms()) {
            List<RoomHabits.Poster> posters = new ArrayList<>(n.posters().size());
            for (CommunitySnapshot.Poster p : n.posters()) {
                long who = PseudonymCode.of(p.who());
                if (who >= 0) {
                    posters.add(new RoomHabits.Poster(who, p.period(), p.tells(), p.asks(), p.shows(),
                            p.tellsBefore(), p.asksBefore(), p.showsBefore()));
                }
            }
            long last = n.lastPoster().map(PseudonymCode::of).filter(code -> code >= 0).orElse(RoomHabits.NOBODY);
            norms.restore(n.channel(), new RoomHabits(n.since().getEpochSecond(), last, n.lastAt().getEpochSecond(),
                    posters, linesFrom(n.lines())), n.periodSeconds());
        }
    }

    /**
     * Takes a stored community back: after a restart, before events flow, before or after its people's own
     * snapshots. Everyone in it is known by pseudonym only until an event names them.
     */
    void restoreCommunity(CommunitySnapshot snapshot) {
        CommunityState c = community(ids.community(snapshot.community()));
        c.restore(snapshot, pseudonyms);
        restoreNorms(snapshot);
        restoreKept(snapshot);
        // Coached people restored already are known by id: their place is theirs at once.
        for (UserState first : people.firsts()) {
            for (UserState s = first; s != null && c.awaitsPeople(); s = s.next) {
                if (s.community.equals(snapshot.community())) {
                    c.adopt(s.user, pseudonyms.code(s.user));
                }
            }
        }
        if (c.awaitsPeople() && !awaitingPeople.contains(c)) {
            awaitingPeople.add(c);
        }
        // What was restored is what storage holds (a role recognised in the restore included).
        c.drainChanged();
    }

    /**
     * Takes back what the engine keeps of a community beside its picture of it: the team's open questions (everyone
     * in them by a stand-in until seen again), the recent messages (made whole when first asked about) and the direct
     * conversations counted there.
     */
    private void restoreKept(CommunitySnapshot snapshot) {
        CommunityId community = ids.community(snapshot.community());
        for (CommunitySnapshot.TeamQuestion q : snapshot.teamQuestions()) {
            UserId asker = pseudonyms.person(q.asker());
            if (asker == null) {
                continue;
            }
            teamQuestions.computeIfAbsent(ids.channel(q.channel()), k -> new ArrayList<>(2)).add(new TeamQuestion(
                    q.message(), asker, community, people(q.team()), people(q.staff()), q.at()));
        }
        for (CommunitySnapshot.Message m : snapshot.messages()) {
            seen.restore(community, m, this::restoredMessage);
        }
        direct.restore(community, snapshot.conversations());
        inTheRoom.restore(community, snapshot.askedUnnamed());
        recipients.restorePitchesInDirect(snapshot.pitchesInDirect(), ids);
    }

    /** A message taken back after a restart, made whole when first asked about: its people by id where known. */
    private Seen restoredMessage(SeenMessages.Kept k) {
        CommunitySnapshot.Message m = k.message();
        UserId author = pseudonyms.person(m.author());
        return new Seen(author == null ? UserId.of(PseudonymCache.STAND_IN + m.author()) : author, k.community(),
                m.text(), people(m.spokenTo()), m.at().getEpochSecond(), m.pitched(), m.underOwnPost(), true);
    }

    /** The people of {@code kept} (pseudonyms) by id where known, else by stand-ins; text that is no pseudonym left out. */
    private List<UserId> people(List<String> kept) {
        List<UserId> out = new ArrayList<>(kept.size());
        for (String p : kept) {
            UserId u = pseudonyms.person(p);
            if (u != null) {
                out.add(u);
            }
        }
        return out;
    }

    /**
     * Lets go of what the engine keeps beside the communities' pictures about the people whose pseudonym {@code gone}
     * accepts: their messages and their place in others', their team questions and places in them, their direct
     * conversations and the pitches they sent there.
     */
    private void forgetKept(java.util.function.Predicate<String> forgotten) {
        // Each pseudonym asked once: the test may be a keyed hash, and a week's messages name the same few people.
        Map<String, Boolean> asked = new HashMap<>();
        java.util.function.Predicate<String> gone = p -> asked.computeIfAbsent(p, forgotten::test);
        java.util.function.Predicate<UserId> is = u -> gone.test(pseudonyms.of(u));
        seen.rewrite(m -> {
            if (is.test(m.author())) {
                return null;
            }
            return m.enrolledAddressees().stream().anyMatch(is) ? new Seen(m.author(), m.community(), m.textHash(),
                    m.enrolledAddressees().stream().filter(is.negate()).toList(), m.at(), m.pitched(),
                    m.underOwnPost(), m.keyedText()) : m;
        }, m -> gone.test(m.author()) ? null : m.spokenTo().stream().anyMatch(gone) ? new CommunitySnapshot.Message(
                m.id(), m.author(), m.at(), m.text(), m.spokenTo().stream().filter(gone.negate()).toList(),
                m.pitched(), m.underOwnPost(), m.saidToFirst() && !gone.test(m.spokenTo().get(0)), m.toTheRoom()) : m);
        for (List<TeamQuestion> open : teamQuestions.values()) {
            open.removeIf(q -> is.test(q.asker()));
            open.replaceAll(q -> new TeamQuestion(q.id(), q.asker(), q.community(),
                    q.team().stream().filter(is.negate()).toList(), q.staff().stream().filter(is.negate()).toList(),
                    q.at()));
        }
        teamQuestions.values().removeIf(List::isEmpty);
        direct.forget(gone);
        inTheRoom.forget(gone);
        recipients.forgetPitchesNoLongerSeen();
    }

    /**
     * Lets go of what every community's picture holds about {@code user} (see {@link CommunityState#forget}): after
     * storage forgot them, so that the next save does not write their pseudonym back.
     */
    void forgetInCommunities(UserId user) {
        long code = pseudonyms.code(user);
        for (CommunityState c : communities.values()) {
            c.forget(user, code);
        }
        norms.forget(code);
        String pseudonym = PseudonymCode.text(code);
        forgetKept(pseudonym::equals);
        // Their claim was released: if they come back they are claimed afresh (see PseudonymCache#forget).
        pseudonyms.forget(c -> c == code);
    }

    /**
     * As {@link #forgetInCommunities(UserId)} for people known here by pseudonym only (forgotten through another
     * process, whose word names nobody): whoever in a community's picture has a pseudonym {@code forgotten} accepts
     * leaves it. Returns how many places they left.
     */
    int forgetInCommunities(java.util.function.Predicate<String> forgotten) {
        int left = 0;
        for (CommunityState c : communities.values()) {
            for (UserId u : c.named()) {
                long code = pseudonyms.code(u);
                if (forgotten.test(dev.rapport.rules.stats.PseudonymCode.text(code))) {
                    c.forget(u, code);
                    // What the room norms counted of their posts goes with them, as in forgetInCommunities(UserId).
                    norms.forget(code);
                    left++;
                }
            }
        }
        forgetKept(forgotten);
        // Their claims were released: whoever comes back is claimed afresh (see PseudonymCache#forget). A look at
        // every number met, on the rare event of a forget.
        pseudonyms.forget(c -> forgotten.test(PseudonymCode.text(c)));
        return left;
    }

    /**
     * People an event names take their own places in restored communities: in the event's community, or in every
     * community for a direct message (which counts where its two people last met).
     */
    void adoptRestored(ChatEvent event) {
        if (direct.awaitsPeople()) {
            for (UserId u : named(event)) {
                direct.adopt(u, pseudonyms.code(u));
            }
        }
        awaitingPeople.removeIf(c -> !c.awaitsPeople());
        for (CommunityState c : awaitingPeople) {
            if (event instanceof ChatMessage m) {
                if (m.kind() != ChannelKind.DIRECT && communities.get(m.community()) != c) {
                    continue;
                }
                c.adopt(m.author(), pseudonyms.code(m.author()));
                for (UserId u : m.addressees()) {
                    c.adopt(u, pseudonyms.code(u));
                }
            } else if (event instanceof ReactionAdded r && communities.get(r.community()) == c) {
                c.adopt(r.reactor(), pseudonyms.code(r.reactor()));
                c.adopt(r.messageAuthor(), pseudonyms.code(r.messageAuthor()));
            } else if (event instanceof MemberRoles roles && communities.get(roles.community()) == c) {
                c.adopt(roles.user(), pseudonyms.code(roles.user()));
            }
        }
    }

    /** Everyone {@code event} names: its author and those it speaks to, a reaction's two people, whose roles. */
    private static List<UserId> named(ChatEvent event) {
        if (event instanceof ChatMessage m) {
            List<UserId> all = new ArrayList<>(1 + m.addressees().size());
            all.add(m.author());
            all.addAll(m.addressees());
            return all;
        } else if (event instanceof ReactionAdded r) {
            return List.of(r.reactor(), r.messageAuthor());
        } else if (event instanceof MemberRoles roles) {
            return List.of(roles.user());
        }
        return List.of();
    }

    private CommunityState community(CommunityId id) {
        return communities.community(id);
    }
}
