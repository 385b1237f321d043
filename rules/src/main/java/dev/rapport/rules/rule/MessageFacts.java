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
 */
public record MessageFacts(TextFeatures text, PromoVerdict promo, List<UserId> addressees, boolean help,
                           List<Link> countedLinks, boolean linkFirst, boolean linkOnly, boolean broadcast,
                           boolean promoWelcome) {
    public MessageFacts {
        addressees = List.copyOf(addressees);
        countedLinks = List.copyOf(countedLinks);
    }

    /** Self-promotion or a pitch that the rules should look at: not in a channel made for it, not an answer. */
    public boolean countedPromotion() {
        return !promoWelcome && !help && promo.promotional();
    }
}
