package dev.rapport.rules.oneway;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.PromoVerdict;
import dev.rapport.rules.rule.MessageContext;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.UserHistory.LinkPost;
import dev.rapport.rules.stats.Durations;
import dev.rapport.rules.text.FavourAsk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code oneway.asks}: asking people to check out, like, share or subscribe to your stuff without having given
 * them anything (a reply, an answer, a reaction) in the last 30 days. An ask to nobody in particular is judged
 * against the channel: did the person give anything to anyone there lately?
 */
public final class AsksRule implements Rule {
    /** Verbs of attention that make a call to one's shop an ask all the same ("follow my shop"). */
    private static final Pattern ATTENTION = Pattern.compile(
            "\\b(follow|subscribe|sub|share|vote|upvote|rate|favourite|favorite)\\b");
    /** Words of a vote (general English). */
    private static final Pattern VOTE = Pattern.compile("\\b(vote|votes|voted|voting)\\b");
    /** Words that claim something as the writer's own, or the writer as what is voted for (general English). */
    private static final Pattern OWN = Pattern.compile("\\b(me|my|mine|myself|we|us|our|ours|ourselves)\\b");
    /** Favours besides a vote that count for the writer whatever is named ("go upvote", "follow pls"). */
    private static final Pattern OTHER_FAVOUR = Pattern.compile(
            "\\b(follow|subscribe|sub|share|upvote|rate|like|star|wishlist|review|support|favourite|favorite)\\b");
    /**
     * Favours that count for the writer in any of their forms (general English): a follow, a subscription, a share, a
     * vote, a rating or review, a like, a wishlist, a star, a repost, a boost, support, a nomination. A word that is
     * also something else ("support for the old firmware") errs toward the ask as it was.
     */
    private static final Pattern ANY_FAVOUR = Pattern.compile("\\b(follow(s|ed|ing|ers?)?|subscri\\w*|subs?"
            + "|shar(e|es|ed|ing)|vot(e|es|ed|ing)|upvot\\w*|rat(e|es|ed|ing|ings)|reviews?|wishlist\\w*|stars?|starred"
            + "|repost\\w*|retweet\\w*|boost\\w*|support\\w*|donat\\w*|lik(e|es|ed|ing)"
            + "|fav(e|es|s|ourite\\w*|orite\\w*)?"
            + "|nominat\\w*)\\b");
    private static final Pattern LINK = Pattern.compile("\\S*://\\S*|\\bwww\\.\\S*");
    /** Words that claim a thing as the writer's own (general English). */
    private static final Pattern OWN_THING = Pattern.compile("\\b(my|mine|our|ours)\\b");
    /**
     * One's hand offered to the reader: "is there anything you need me to pick up?", "would you like me to send the
     * notes?", "want me to check it?". "Like me" there is a wish that the writer do something, never a request to like
     * the writer.
     */
    private static final Pattern HAND_OFFERED = Pattern.compile("(?:\\b(?:you|u)(?:'d| would| will)? (?:like|want|need)"
            + "|(?:^|[.!?,]\\s*)(?:want|need)) me to \\p{L}");
    /**
     * Evidence count: 1 when an ask of a channel names no favour beyond a look ("check out my new blend: <link>", no
     * follow, like, share, vote or rating asked). Scattered with its link into three rooms, such a call is the plug the
     * promotion family names, not a favour asked ({@code engine/OneBehaviour}).
     */
    public static final String LOOK_ONLY = "look-only";
    public static final Param LOOKBACK_DAYS = Param.count("lookback-days", 30, 1, 365, "days in which you should have given before asking");

    @Override
    public RuleId id() {
        return RuleId.ONEWAY_ASKS;
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public List<Param> params() {
        return List.of(LOOKBACK_DAYS);
    }

    @Override
    public String describe() {
        return "Watches for asks to check out, like, share or subscribe to your work aimed at people you have not replied "
                + "or reacted to in the last 30 days.";
    }

    @Override
    public void onMessage(MessageContext ctx) {
        // A sale announced with its call ("spring sale on every print, have a look at my shop") asks for custom, not a
        // look: it is promotion (promo.self and links.repeat say so), and calling it an ask too tells it twice.
        // So is a call to come and look at one's shop ("just listed a load of jackets, check out my stall"): an invitation
        // to buy, not an ask for a follow, a like or a vote.
        if (!ctx.facts().countedAsk() || ctx.facts().promo().salesPitch() || invitesToBuy(ctx.message().text())
                || voiceInAVote(ctx.message().text(), !ctx.message().links().isEmpty())
                || handOffered(ctx.message().text(), !ctx.message().links().isEmpty())) {
            return;
        }
        int days = ctx.settings().count(LOOKBACK_DAYS);
        Instant since = ctx.now().minus(Duration.ofDays(days));
        String before = before(ctx, days);
        // Whether this is the person's first ask of the look-back: marked for every ask, told or not.
        boolean firstAsk = ctx.firstTimeIn("any-ask", Duration.ofDays(days));
        List<UserId> addressees = ctx.facts().addressees();
        if (addressees.isEmpty()) {
            // One piece of one's work shown to the room with a word to come and look ("check out my new post on
            // glazing", "live now, come hang") is how work is shared: it asks no one a favour, so it is promotion's
            // to weigh as the announcement it is, not an ask made without giving.
            if (PieceShown.only(ctx.message().text(), ctx.facts().promo())) {
                return;
            }
            // A member asking their room once, politely, to star or follow a thing they name ("could everyone star
            // Quillpad?") asks what communities grant each other; the same favour asked again in the look-back (room
            // after room) is a habit, and is told then. The first ask is marked above either way.
            if (firstAsk && ctx.facts().promo().roomFavourOnly()) {
                return;
            }
            Optional<Instant> gave = ctx.history().lastGaveIn(ctx.message().channel());
            if (gave.isPresent() && !gave.get().isBefore(since)) {
                return;
            }
            // A community is one place with several rooms: someone who answers and talks with its members in one room
            // and mentions their own thing once in another ("new video up, sub if you haven't") asks among people they
            // give to, and "without having replied to anyone there" would not be true of the place. A second ask in the
            // look-back is a habit, and the room it is made in is then the fair measure.
            // "Once" is not true of someone who has already pushed their own offer with its link at the place in the
            // look-back (a course list and its booking page, posted unasked): a bare ask for attention (a review, a
            // star) adds to that selling, and the room it is made in is the fair measure from the first ask on. An
            // ask that is itself promotion (a priced offer with a word to look) is promotion's to weigh with the rest.
            Optional<Instant> gaveHere = ctx.history().lastGaveInCommunity();
            if (firstAsk && gaveHere.isPresent() && !gaveHere.get().isBefore(since)
                    && (ctx.facts().promo().selfPromotion() || !promotedBefore(ctx, since))) {
                return;
            }
            if (!ctx.firstTimeIn("channel|" + ctx.message().channel().value(), Duration.ofDays(1))) {
                return;
            }
            Evidence.Builder asked = Evidence.builder().message(ctx.message().id()).count("lookback-days", days);
            if (lookOnly(ctx.message().text(), ctx.facts().promo())) {
                asked.count(LOOK_ONLY, 1);
            }
            ctx.emit(asked.build(),
                    new Tip("You asked a channel to check out your work without having replied to or reacted to "
                            + "anyone there " + before + ".", id().principle(),
                            "look at two other people's work there and respond to it before your next ask."));
            return;
        }
        List<String> cold = new ArrayList<>();
        // A reply that gives real feedback on the person's work before any word about one's own has given something
        // in itself: the plug after it is promotion (another rule's question), not an ask made without giving.
        Optional<UserId> repliedTo = ctx.message().replyToAuthor();
        boolean feedbackFirst = repliedTo.isPresent() && FeedbackFirst.given(ctx.message().text());
        for (UserId other : addressees) {
            if (feedbackFirst && other.equals(repliedTo.get())) {
                continue;
            }
            Optional<Instant> gave = ctx.history().lastGaveTo(other);
            if (gave.isEmpty() || gave.get().isBefore(since)) {
                cold.add(ctx.pseudonym(other));
            }
        }
        if (cold.isEmpty() || !ctx.firstTimeIn("people|" + String.join(",", cold), Duration.ofDays(1))) {
            return;
        }
        Evidence.Builder evidence = Evidence.builder().message(ctx.message().id()).count("people", cold.size())
                .count("lookback-days", days);
        cold.forEach(evidence::counterpart);
        ctx.emit(evidence.build(), new Tip("You asked " + (cold.size() == 1 ? "someone" : cold.size() + " people")
                + " to check out your work without having replied to or reacted to them " + before + ".",
                id().principle(), "engage with their work first: a real comment on something they posted."));
    }

    /** Whether the person posted promotion of their own (with its link) in this community since {@code since}. */
    private static boolean promotedBefore(MessageContext ctx, Instant since) {
        for (LinkPost p : ctx.history().recentPromotion()) {
            if (!p.message().equals(ctx.message().id()) && !p.time().isBefore(since)
                    && p.time().isBefore(ctx.message().time())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The message calls people to the writer's shop and asks for no follow, like, share or vote besides: a request for
     * attention ("please follow my shop") in the same message is still an ask.
     */
    private static boolean invitesToBuy(String text) {
        return ShopInvitation.is(text) && !FavourAsk.ofTheRoom(text) && !attentionAsked(text);
    }

    /**
     * A vote called for something the message does not claim as the writer's ("vote Captain Crumb", "barn owl all the way,
     * vote for it"): no link to an entry, no "me", "my" or "our", and no follow, share or like besides. That is a voice
     * in someone's vote (a club's bird of the year, a name for the mascot), not a request for attention to one's work;
     * the tip would tell the person they asked people to check out work the message never names. A vote asked for
     * oneself ("vote for me", "vote for my entry") or with the entry's link (with or without its scheme) stays an ask.
     */
    static boolean voiceInAVote(String text, boolean linked) {
        // The entry's link need not carry its scheme: "pollsite.com/entry/7" points at an entry as "https://..." does,
        // so any link the message carries (found as the link rules find them, bare domains too) is one here.
        if (text == null || linked || LINK.matcher(text).find()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return VOTE.matcher(t).find() && !OWN.matcher(t).find() && !OTHER_FAVOUR.matcher(t).find();
    }

    /**
     * The message offers the reader one's hand ({@link #HAND_OFFERED}: "is there anything you need me to pick up?") and
     * asks for no follow, share, vote or rating besides, with no link: it offers to give, which is the opposite of asking
     * for attention, and the tip would tell the person they asked people to check out work the message never names
     * (since session 66). With a link, a favour named besides ("want me to send it? follow the page too") or a thing
     * of one's own ("do you want me to post you my sketches?") it may still be an ask.
     */
    static boolean handOffered(String text, boolean linked) {
        if (text == null || linked || LINK.matcher(text).find()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return HAND_OFFERED.matcher(t).find() && !attentionAsked(t) && !OWN_THING.matcher(t).find();
    }

    /**
     * The message calls people only to look: no follow, subscription, share, like, vote, rating, review, wishlist or
     * star named in its words (a link's address is no word said), and no favour the detector read as one. A call to
     * look asks nothing that counts for the writer beyond the look itself; any favour named keeps it an ask of its
     * own, wherever its link goes.
     */
    static boolean lookOnly(String text, PromoVerdict verdict) {
        if (text == null || verdict.reasons().contains(PromoVerdict.FAVOUR_ASKED)) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return !ANY_FAVOUR.matcher(LINK.matcher(t).replaceAll(" ")).find() && !FavourAsk.is(text)
                && !FavourAsk.ofTheRoom(text);
    }

    /** A follow, subscribe, share, vote or rating asked for in so many words. */
    private static boolean attentionAsked(String text) {
        return ATTENTION.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The look-back, as far as it is known: the coach sees a person only from the first week it knows of them (an
     * opt-in, an export's first days), so "in the 30 days before" is said only when it has seen them that long.
     */
    static String before(MessageContext ctx, int days) {
        Instant lookback = ctx.now().minus(Duration.ofDays(days));
        Instant known = ctx.historySince();
        if (known == null || !known.isAfter(lookback)) {
            return "in the " + days + " days before";
        }
        long seconds = Math.max(0, Duration.between(known, ctx.now()).getSeconds());
        return "in the " + Durations.humane(seconds) + " Rapport has seen you here";
    }
}
