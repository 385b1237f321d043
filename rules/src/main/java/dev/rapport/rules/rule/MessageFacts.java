package dev.rapport.rules.rule;

import dev.rapport.rules.model.Link;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.PromoVerdict;
import dev.rapport.rules.text.TextFeatures;

import java.util.List;

/**
 * What the engine works out once about a message, for every rule to share.
 *
 * @param text         word and question features
 * @param promo        the promotion detector's verdict
 * @param addressees   who the message is aimed at (reply target, mentions, the other side of a DM)
 * @param help         it answers someone who asked a question: its links are help, not promotion
 * @param countedLinks links that count toward the link rules (none when the message is help or the channel
 *                     welcomes promotion)
 * @param linkFirst    the message opens with a link
 * @param linkOnly     the message is a link and (almost) nothing else
 * @param broadcast    the message neither replies to nor addresses anyone
 * @param promoWelcome the channel is configured as a place where promotion is welcome
 * @param introduction the person presents themselves where the community asked them to (their own introduction
 *                     thread in an introductions or welcome channel): talking about oneself and one's work is
 *                     expected there
 * @param pitch        a pitch the context shows (a priced "DM me" offer, a proposal with a call to book), beside
 *                     the detector's verdict
 * @param theirs       the message points at someone else's resource ("@Jo's guide") and claims nothing as its own
 * @param answer       it answers someone's question, as help or with a plug for one's own thing tacked on: the plug is
 *                     promotion, but it follows help given to them, which is not a cold pitch
 * @param underAQuestion it replies, in a room, to someone else's question or problem, whatever it offers beside: the
 *                     engine counts a priced reply to a question that asked for nothing to buy as no answer, but
 *                     what else it says may still be one
 */
public record MessageFacts(TextFeatures text, PromoVerdict promo, List<UserId> addressees, boolean help,
                           List<Link> countedLinks, boolean linkFirst, boolean linkOnly, boolean broadcast,
                           boolean promoWelcome, boolean introduction, boolean pitch, boolean theirs, boolean answer,
                           boolean underAQuestion) {
    public MessageFacts {
        addressees = List.copyOf(addressees);
        countedLinks = List.copyOf(countedLinks);
    }

    /** The facts of a message that answers someone exactly when it is help. */
    public MessageFacts(TextFeatures text, PromoVerdict promo, List<UserId> addressees, boolean help,
                        List<Link> countedLinks, boolean linkFirst, boolean linkOnly, boolean broadcast,
                        boolean promoWelcome, boolean introduction, boolean pitch, boolean theirs) {
        this(text, promo, addressees, help, countedLinks, linkFirst, linkOnly, broadcast, promoWelcome, introduction,
                pitch, theirs, help, help);
    }

    /**
     * Self-promotion or a pitch that the rules should look at: not in a channel made for it, not an answer, not
     * one's own introduction, not a pointer to someone else's work.
     */
    public boolean countedPromotion() {
        return !promoWelcome && !help && !introduction && (!theirs && promo.promotional() || pitch);
    }

    /** An ask to follow, like or share that the rules should look at (not an answer, not in an introduction). */
    public boolean countedAsk() {
        return promo.engagementAsk() && !promoWelcome && !help && !introduction && !theirs;
    }
}
