package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.RecordEnds;
import dev.rapport.rules.model.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where direct conversations count. Exports file a DM under an id of its own ("Direct Messages"), but a pitch by DM
 * to someone met in a server is part of how one behaves in that server: a direct message counts in the community its
 * two people last shared, and a reaction in the conversation counts where its messages were last counted. Kept apart
 * from {@link CoachEngine} because it is one decision with its own memory (who is in each conversation, where it
 * counts), which the engine only consults.
 */
final class DirectConversations {

    /** People remembered per conversation: a direct conversation has two, a group DM a few; more are not needed. */
    private static final int PARTICIPANTS_KEPT = 16;

    /** The engine's communities, read (never changed) to find where two people last met. */
    private final Map<CommunityId, CommunityState> communities;
    private final Map<ChannelId, Set<UserId>> participants = new HashMap<>();
    /** The community each direct conversation was last counted in, so reactions there count in the same one. */
    private final Map<ChannelId, CommunityId> home = new HashMap<>();

    /** The engine's pseudonyms: to name people by pseudonym in snapshots, and by id again after a restart. */
    private final PseudonymCache pseudonyms;
    /**
     * People taken back from a snapshot under a stand-in, by pseudonym number, and the conversations they are in;
     * null when nobody waits. When an event names them ({@link #adopt}), their id takes the stand-in's place.
     */
    private Map<Long, UserId> standIns;
    private Map<UserId, List<ChannelId>> standInIn;

    DirectConversations(Map<CommunityId, CommunityState> communities, PseudonymCache pseudonyms) {
        this.communities = communities;
        this.pseudonyms = pseudonyms;
    }

    /**
     * The conversations last counted in {@code community}, and who wrote in each, by pseudonym (kept across restarts
     * in the community's snapshot: after one, a DM without a mention or reply still counts where its two people met).
     */
    List<CommunitySnapshot.Conversation> snapshot(CommunityId community) {
        List<CommunitySnapshot.Conversation> out = new ArrayList<>(0);
        home.forEach((channel, counted) -> {
            if (counted.equals(community)) {
                List<String> people = new ArrayList<>();
                for (UserId u : participants.getOrDefault(channel, Set.of())) {
                    people.add(pseudonyms.of(u));
                }
                people.sort(null);
                out.add(new CommunitySnapshot.Conversation(channel, people));
            }
        });
        out.sort(java.util.Comparator.comparing(c -> c.channel().value()));
        return out;
    }

    /** Takes back {@code community}'s conversations (after a restart, before events flow). */
    void restore(CommunityId community, List<CommunitySnapshot.Conversation> kept) {
        for (CommunitySnapshot.Conversation c : kept) {
            Set<UserId> people = participants.computeIfAbsent(c.channel(), k -> new HashSet<>(4));
            for (String p : c.people()) {
                UserId u = pseudonyms.person(p);
                if (u == null || people.size() >= PARTICIPANTS_KEPT) {
                    continue;
                }
                people.add(u);
                if (PseudonymCache.isStandIn(u)) {
                    if (standIns == null) {
                        standIns = new HashMap<>();
                        standInIn = new HashMap<>();
                    }
                    standIns.put(pseudonyms.code(u), u);
                    standInIn.computeIfAbsent(u, k -> new ArrayList<>(1)).add(c.channel());
                }
            }
            home.putIfAbsent(c.channel(), community);
        }
    }

    /** Whether people taken back from a snapshot still wait to be named by an event. */
    boolean awaitsPeople() {
        return standIns != null;
    }

    /** {@code user} (pseudonym number {@code code}) was named: their id takes the place of their stand-in. */
    void adopt(UserId user, long code) {
        UserId standIn = standIns == null ? null : standIns.remove(code);
        if (standIn == null) {
            return;
        }
        for (ChannelId channel : standInIn.remove(standIn)) {
            Set<UserId> people = participants.get(channel);
            if (people != null && people.remove(standIn)) {
                people.add(user);
            }
        }
        if (standIns.isEmpty()) {
            standIns = null;
            standInIn = null;
        }
    }

    /** Lets go of the people whose pseudonym {@code gone} accepts, in every conversation. */
    void forget(java.util.function.Predicate<String> gone) {
        for (Set<UserId> people : participants.values()) {
            people.removeIf(u -> gone.test(pseudonyms.of(u)));
        }
    }

    /**
     * The direct message {@code m} counted in the community where the author and the other side last met (both wrote
     * in its channels; the latest such meeting wins, ties by community id, so a replay always decides the same).
     * People who share no community keep the DM's own id: their conversation leaks into no server.
     */
    ChatMessage place(ChatMessage m) {
        Set<UserId> people = participants(m);
        CommunityId best = null;
        Instant bestMet = null;
        // The other side: whoever else wrote in the conversation, and whom the message replies to or mentions.
        List<UserId> others = new ArrayList<>(people.size() + m.addressees().size());
        for (UserId p : people) {
            if (!p.equals(m.author())) {
                others.add(p);
            }
        }
        for (UserId p : m.addressees()) {
            if (!p.equals(m.author()) && !others.contains(p)) {
                others.add(p);
            }
        }
        for (Map.Entry<CommunityId, CommunityState> c : communities.entrySet()) {
            for (UserId other : others) {
                Instant met = c.getValue().lastMet(m.author(), other);
                if (met == null) {
                    continue;
                }
                int order = bestMet == null ? 1 : met.compareTo(bestMet);
                if (order > 0 || order == 0 && c.getKey().compareTo(best) < 0) {
                    best = c.getKey();
                    bestMet = met;
                }
            }
        }
        CommunityId counted = best == null ? m.community() : best;
        CommunityId before = home.put(m.channel(), counted);
        if (before != null && !before.equals(counted) && communities.containsKey(before)) {
            // The conversation now counts elsewhere: the snapshot of the community it left no longer lists it.
            communities.get(before).changed = true;
        }
        return inCommunity(m, counted);
    }

    /** A reaction in a direct conversation counts where the conversation's messages were last counted. */
    ReactionAdded place(ReactionAdded r) {
        CommunityId counted = home.get(r.channel());
        if (counted == null || counted.equals(r.community())) {
            return r;
        }
        return new ReactionAdded(r.message(), r.messageAuthor(), r.reactor(), r.time(), counted, r.channel(), r.emoji());
    }

    /**
     * The end of a direct conversation's record counts where its messages were last counted, so that the questions
     * waiting there (in the community the people share) are the ones it lets go.
     */
    RecordEnds place(RecordEnds e) {
        CommunityId counted = home.get(e.channel());
        if (counted == null || counted.equals(e.community())) {
            return e;
        }
        return new RecordEnds(e.time(), counted, e.channel());
    }

    /** Who wrote in the direct conversation of {@code m} so far, its author included. */
    Set<UserId> participants(ChatMessage m) {
        Set<UserId> people = participants.computeIfAbsent(m.channel(), k -> new HashSet<>(4));
        if (people.size() < PARTICIPANTS_KEPT) {
            people.add(m.author());
        }
        return people;
    }

    /** {@code m} as counted in {@code community} (itself when it already is). */
    static ChatMessage inCommunity(ChatMessage m, CommunityId community) {
        if (community.equals(m.community())) {
            return m;
        }
        return new ChatMessage(m.id(), m.time(), community, m.channel(), m.parent(), m.kind(), m.author(), m.authorRoles(),
                m.replyTo(), m.replyToAuthor(), m.mentions(), m.links(), m.text(), m.channelInfo(), m.authorOwnsCommunity(),
                m.replyGuessed());
    }
}
