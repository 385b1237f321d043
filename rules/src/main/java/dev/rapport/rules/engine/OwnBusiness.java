package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatMessage;

/**
 * A business's own community (someone there wears its Team or Staff role by default name; its owner is its team):
 * the business's team offering the business's bakes, products or preorders to its customers, in the business's own
 * channels, is what the members joined for, not the self-promotion {@code promo.self} coaches. A member who is not
 * the team pushing their own shop there is promoting as anywhere, and a direct message is a conversation, judged as
 * one.
 */
final class OwnBusiness {

    private OwnBusiness() {
    }

    /** Whether {@code m} is the business's team posting in a channel of the business's own community. */
    static boolean teamPost(CommunityState community, ChatMessage m) {
        return m.kind() != ChannelKind.DIRECT && community.teamOf(m);
    }

    /**
     * Whether {@code m} is a post by someone outside the team in a business's own server (its notice board, read by
     * the caller): there the news channel carries the business's news, posted by its team, and a guest's own offer
     * pinned to it is a push in someone else's shop window, not a notice the board is for.
     */
    static boolean guestOnTheTeamsBoard(CommunityState community, ChatMessage m) {
        return m.kind() != ChannelKind.DIRECT && community.hasStaff() && !community.teamOf(m);
    }

    /**
     * Whether {@code m} is a reply, in a business's own server, by someone outside its team under a question a member
     * (not the team) put there: the customer asked the business, at its own counter, so a priced offer of the writer's
     * own ("cheaper at my place, DM me") answers nothing they asked, even when they asked a price. It is a rival's pitch
     * to someone at another's shop. The team's own offer there is the answer the customer came for.
     */
    static boolean offerFromOutsideTheTeam(CommunityState community, ChatMessage m) {
        if (m.kind() == ChannelKind.DIRECT || m.replyToAuthor().isEmpty() || m.replyToAuthor().get().equals(m.author())
                || !community.hasStaff() || community.teamOf(m)) {
            return false;
        }
        return !community.team().contains(m.replyToAuthor().get());
    }
}
