package dev.rapport.rules.engine;

import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.links.LinksRepeatRule;
import dev.rapport.rules.oneway.AsksRule;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.promo.SelfPromotionRule;
import dev.rapport.rules.rule.RuleId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One behaviour, one tip, over a week and not only within one message. The promotion family's tips say different
 * things about the same messages, and a person told three of them about one habit hears nagging, not coaching. So
 * each tip of the family has a rank by what it is about:
 *
 * <ol>
 *   <li>how one treats particular people ({@code sell.cold}: a pitch at someone just met; {@code oneway.asks}: asks
 *       of people one never engaged with). When the messages are asks or pitches aimed at people, that is the
 *       behaviour: the link in them, its repetition and the promotion are what was asked for;</li>
 *   <li>a habit over days ({@code promo.self}: pushing one's own work again and again; {@code links.repeat}: the same
 *       link again and again). Two habits are two things to work on: pushing one's product to the room and posting
 *       the same link over and over can both be true of the same posts, and both tips stand;</li>
 *   <li>one moment ({@code links.burst}: one sitting of many links; {@code links.drop}: one link dropped into a quiet
 *       channel), which is part of the habit or the ask that contains it.</li>
 * </ol>
 *
 * A tip whose evidence is mostly (more than half of its messages) messages that tips of a higher rank of the same
 * week and community already speak for is not given, except the same link spread over three or more channels in the
 * week: where one scatters a link is a habit of its own, beside the asks the posts make. A repeat in fewer channels
 * whose latest post is such an ask is the ask's too: the link rides on the asks. (A burst is one occasion: {@code promo.self} counts the sittings
 * of a week, not the messages of one sitting, so a single burst of one's own links is the burst tip's alone.)
 *
 * <p>An ask or a pitch often goes on past the message its tip rests on: the pitch followed up in the person's inbox,
 * the request for subscribers carried into the next room with the same link a few minutes later ("and if one of you
 * can spare a review…"). Those messages are the ask or the pitch too ({@link #carriesOn}), and the promotion tip,
 * whose count they would fill, counts them as the tip about people's: a week whose promotion was only an ask or a pitch
 * and its follow-ups is that one tip. Promotion to the room besides (the offer posted in two more channels, a sale on
 * another day) is still a habit of its own, and both tips stand: so a promotion tip made on a sale (a price, a call to
 * DM or book) that no tip about people names stands, however many of its other posts were the asks
 * ({@link #saleOfItsOwn}).
 *
 * <p>The other way round, a call to a room only to look ("check out my new blend: <link>"), one post of its link
 * scattered into three rooms within the hour, is a plug scattered: the repeat and promotion tips name it, and the ask's
 * tip, which no favour asked backs, is not given ({@link #lookScattered}).
 */
final class OneBehaviour {
    /** One moment of asking: a request carried into the next room within this long after the ask is the same ask. */
    static final Duration SAME_ASKING = Duration.ofHours(1);

    private OneBehaviour() {
    }

    /** The rank of a promotion-family rule: 0 about people, 1 a habit, 2 a moment; -1 outside the family. */
    static int rank(RuleId rule) {
        switch (rule) {
            case SELL_COLD:
            case ONEWAY_ASKS:
                return 0;
            case PROMO_SELF:
            case LINKS_REPEAT:
                return 1;
            case LINKS_BURST:
            case LINKS_DROP:
                return 2;
            default:
                return -1;
        }
    }

    /**
     * The tips among {@code week} (a week's findings in one community, in the order they were made) that higher-ranked
     * tips of the same week already speak for. Findings outside the family, and those only logged, are never spoken
     * for, and only tips that reach the person speak for others.
     */
    static List<Finding> spokenFor(List<Finding> week) {
        return spokenFor(week, Set.of());
    }

    /**
     * As {@link #spokenFor(List)}, where {@code carriedOn} are messages that carry on an ask or a pitch of the week
     * ({@link #carriesOn}) besides those its tip rests on: the promotion tip counts them as the tip about people's.
     */
    static List<Finding> spokenFor(List<Finding> week, Collection<MessageId> carriedOn) {
        List<Finding> out = new ArrayList<>(0);
        Set<MessageId> covered = new HashSet<>();
        for (Finding f : week) {
            // Not given, but its post is still the family's: the scatter's tips speak for it as they did
            // beside the ask.
            if (lookScattered(f, week)) {
                out.add(f);
                covered.addAll(f.evidence().messages());
            }
        }
        for (int r = 0; r <= 2; r++) {
            Set<MessageId> before = new HashSet<>(covered);
            for (Finding f : week) {
                if (rank(f.rule()) != r || !f.actionable() || out.contains(f)) {
                    continue;
                }
                Set<MessageId> against = before;
                // A repeat made by a reminder of the ask ("last day to vote" with the link) is the ask's as the
                // promotion is: the link rides on the ask made again.
                if ((f.rule() == RuleId.PROMO_SELF || f.rule() == RuleId.LINKS_REPEAT) && !before.isEmpty()
                        && !carriedOn.isEmpty()) {
                    against = new HashSet<>(before);
                    against.addAll(carriedOn);
                }
                if (r > 0 && (mostly(f.evidence().messages(), against) || repeatCompletedByAnAsk(f, against))
                        && !spreadAcrossChannels(f) && !saleOfItsOwn(f, against)) {
                    out.add(f);
                } else {
                    covered.addAll(f.evidence().messages());
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code repeat}, a {@code links.repeat} tip, rests on posts a tip about people of the week before (an ask or
     * a pitch, {@code lastWeek} being that week's findings) already named, all but one at most: the ask carried the
     * link then and was told, and the one post since is the link once this week, not a habit of its own. The repeat
     * told last week is kept from speaking again the same way ({@code LinksRepeatRule}, its once-a-week mark).
     */
    static boolean namedLastWeek(Finding repeat, List<Finding> lastWeek) {
        Set<MessageId> named = new HashSet<>();
        for (Finding g : lastWeek) {
            if (rank(g.rule()) == 0 && g.actionable()) {
                named.addAll(g.evidence().messages());
            }
        }
        if (named.isEmpty()) {
            return false;
        }
        int told = 0;
        int since = 0;
        for (MessageId m : repeat.evidence().messages()) {
            if (named.contains(m)) {
                told++;
            } else {
                since++;
            }
        }
        return told > 0 && since <= 1;
    }

    /**
     * Whether {@code f} is an ask of a room that names no favour beyond a look ("check out my new blend: <link>") and
     * whose post is one of its link scattered into as many rooms as a cross-post needs within {@link #SAME_ASKING}: one
     * plug put into every room, which the repeat's tip (where it went) and the promotion tip (what was pushed) name. It
     * asked no one a favour that counts for the writer, so the ask's tip would tell the plug a third time, as an ask
     * it was not. A favour named (a follow, a share, a vote), in it or in another post of the scatter, or the call put
     * to people by name, keeps the ask's tip.
     */
    private static boolean lookScattered(Finding f, List<Finding> week) {
        if (f.rule() != RuleId.ONEWAY_ASKS || !f.actionable() || !f.evidence().counterparts().isEmpty()
                || f.evidence().count(AsksRule.LOOK_ONLY) == 0 || f.evidence().messages().isEmpty()) {
            return false;
        }
        for (Finding g : week) {
            if (spreadAcrossChannels(g) && g.actionable()
                    && g.evidence().messages().containsAll(f.evidence().messages())
                    && Duration.between(f.at(), g.at()).abs().compareTo(SAME_ASKING) <= 0
                    && !favourAskedIn(g, week)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an ask of the week that names a favour ("follow my channel, I follow back") rests on one of the posts of
     * {@code repeat}: then the scatter carried an ask for attention, and the calls to look in it are that campaign's
     * asks, told as before.
     */
    private static boolean favourAskedIn(Finding repeat, List<Finding> week) {
        for (Finding h : week) {
            if (h.rule() == RuleId.ONEWAY_ASKS && h.actionable() && h.evidence().count(AsksRule.LOOK_ONLY) == 0) {
                for (MessageId m : h.evidence().messages()) {
                    if (repeat.evidence().messages().contains(m)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The same link spread over several channels in the week ({@code links.repeat} with its spread count): where one
     * posts it is a habit of its own, which asks of people in those posts do not speak for.
     */
    private static boolean spreadAcrossChannels(Finding f) {
        return f.rule() == RuleId.LINKS_REPEAT && f.evidence().count(LinksRepeatRule.SPREAD) > 0;
    }

    /**
     * A promotion tip made on a sale (its latest message offers something at a price or asks to be DMed or booked) that
     * no tip about people names: the asks ("check out my latest work") were put to people, the sale to the room, and
     * pushing one's offer at the room is a habit of its own, which the ask's tip does not speak of. A sale that is the
     * pitch's own, or carries it on, is named by the pitch's tip.
     */
    private static boolean saleOfItsOwn(Finding f, Set<MessageId> covered) {
        List<MessageId> messages = f.evidence().messages();
        return f.rule() == RuleId.PROMO_SELF && f.evidence().count(SelfPromotionRule.SALE) > 0 && !messages.isEmpty()
                && !covered.contains(messages.get(messages.size() - 1));
    }

    /**
     * A repeat in fewer channels than a spread whose latest post, the one that made the link a repeat, is an ask or a
     * pitch aimed at people that a tip about people already names: the link rides on the asks, and the ask is what to
     * work on. (The posts before it asked too, often in words the coach does not read as an ask: "would you mind ...".)
     */
    private static boolean repeatCompletedByAnAsk(Finding f, Set<MessageId> covered) {
        List<MessageId> messages = f.evidence().messages();
        return f.rule() == RuleId.LINKS_REPEAT && !messages.isEmpty() && covered.contains(messages.get(messages.size() - 1));
    }

    /**
     * Whether {@code message}, the person's own, carries on an ask or a pitch that a tip about people among {@code week}
     * rests on: it is aimed at someone that tip names (the pitch followed up in their inbox, the ask put to them again),
     * or it follows the tip's ask of people within {@link #SAME_ASKING} and points to the same thing (a link the ask
     * carried) without selling: the request taken into another room. A sale or an offer to the room is promotion of its own,
     * even right after an ask.
     *
     * <p>A message that names the favour again in so many words ({@code asksAgain}: "if you haven't voted yet, it closes
     * Friday", "still hoping for a few follows"), with the link of an ask the week's ask tip rests on and selling nothing,
     * is that ask made again, on any later day and to the room as well as to people: the ask tip names it, and calling it
     * promotion as well tells the person the same thing twice. A push that asks for nothing (the link again with "check
     * it out", an offer) is still promotion of its own.
     *
     * <p>The same offer (a link the week's cold pitch carried), selling again, put to another newcomer
     * ({@code toSomeoneJustMet}: under their photo, as the answer to their question) is the pitch made again to the next
     * person met, however it is worded ("code X for 20% off: …" with no "you" in it). The cold-pitch tip names that, one
     * behaviour; calling it promotion and a repeated link as well tells the person the same thing three times. The same
     * offer to the room, or to people long known, is still a habit of its own.
     *
     * @param aimedAt          pseudonyms of the people the message is aimed at (reply, mention, the other side of a DM)
     * @param sameLinkPosts    the person's messages that posted one of this message's links before it
     * @param sells            the message offers something for sale (a price, a pitch)
     * @param asksAgain        the message names the favour again in so many words
     * @param toSomeoneJustMet the message is aimed at someone the person first spoke with in the last days
     */
    static boolean carriesOn(List<Finding> week, Instant at, Collection<String> aimedAt,
                             Collection<MessageId> sameLinkPosts, boolean sells, boolean asksAgain,
                             boolean toSomeoneJustMet) {
        for (Finding f : week) {
            if (rank(f.rule()) != 0 || !f.actionable() || f.at().isAfter(at)) {
                continue;
            }
            for (String person : f.evidence().counterparts()) {
                if (aimedAt.contains(person)) {
                    return true;
                }
            }
            if (f.rule() == RuleId.SELL_COLD && sells && toSomeoneJustMet && postedBefore(f, sameLinkPosts)) {
                return true;
            }
            // Only an ask of people: a request to a room taken into the next room is the same push in two rooms, which
            // is what the promotion tip counts.
            boolean sameAsk = asksAgain || !f.evidence().counterparts().isEmpty() && !at.isAfter(f.at().plus(SAME_ASKING));
            if (f.rule() == RuleId.ONEWAY_ASKS && !sells && sameAsk && postedBefore(f, sameLinkPosts)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the messages {@code f} rests on is among {@code posts} (one that posted the same link). */
    private static boolean postedBefore(Finding f, Collection<MessageId> posts) {
        for (MessageId m : f.evidence().messages()) {
            if (posts.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mostly(List<MessageId> messages, Set<MessageId> covered) {
        if (messages.isEmpty() || covered.isEmpty()) {
            return false;
        }
        int in = 0;
        for (MessageId m : messages) {
            if (covered.contains(m)) {
                in++;
            }
        }
        return in * 2 > messages.size();
    }
}
