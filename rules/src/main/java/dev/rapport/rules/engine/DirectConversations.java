package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.ReactionAdded;
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

    DirectConversations(Map<CommunityId, CommunityState> communities) {
        this.communities = communities;
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
        home.put(m.channel(), counted);
        return inCommunity(m, counted);
    }

    /** A reaction in a direct conversation counts where the conversation's messages were last counted. */
    ReactionAdded place(ReactionAdded r) {
        CommunityId counted = home.get(r.channel());
        if (counted == null || counted.equals(r.community())) {
            return r;
        }
        return new ReactionAdded(r.message(), r.messageAuthor(), r.reactor(), r.time(), counted, r.channel());
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
                m.replyTo(), m.replyToAuthor(), m.mentions(), m.links(), m.text(), m.channelInfo(), m.authorOwnsCommunity());
    }
}
