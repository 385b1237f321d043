package dev.rapport.rules.promo;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.Link;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.rule.MessageContext;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.UserHistory.LinkPost;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * {@code promo.self}: self-promotional messages, with or without a link ("check out my channel", "sub4sub",
 * "use my code", "DM me for prices"). Channels made for promotion and answers to questions do not count.
 */
public final class SelfPromotionRule implements Rule {
    public static final Param MESSAGES = Param.count("messages", 2, 1, 100,
            "occasions of self-promotion within window-days that make the rule fire (messages within 10 minutes of each other are one)");
    /** Promotional messages this close after the one before are one sitting, one occasion. */
    static final Duration SITTING = Duration.ofMinutes(10);
    /** Offers not counted where they were made count toward a scatter of the same link within this. */
    static final Duration SCATTER = Duration.ofHours(24);
    /** Rooms the same link must reach within {@link #SCATTER} for those offers to count ({@code links.repeat}'s). */
    static final int SCATTER_ROOMS = 3;
    public static final Param WINDOW_DAYS = Param.count("window-days", 7, 1, 7, "days over which they are counted");
    /**
     * Evidence count: 1 when the message the tip is made on, its latest, sells (a price, a call to DM or book). A sale
     * is promotion of its own beside asks of people that other posts of the week made ({@code OneBehaviour}).
     */
    public static final String SALE = "sale";

    @Override
    public RuleId id() {
        return RuleId.PROMO_SELF;
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public List<Param> params() {
        return List.of(MESSAGES, WINDOW_DAYS);
    }

    @Override
    public String describe() {
        return "Watches for self-promotion with or without a link (\"check out my...\", \"subscribe to my channel\", "
                + "\"use my code\", \"DM me for prices\"), outside channels made for it and not when answering a question.";
    }

    @Override
    public void onMessage(MessageContext ctx) {
        if (!ctx.facts().countedPromotion()) {
            return;
        }
        // A request for votes that calls to nothing else asks the readers a favour and sells nothing: it is an ask,
        // which oneway.asks weighs, not a push of one's work, so it sets off no promotion tip, however often made.
        if (!sells(ctx) && VoteAsk.only(ctx.message().text())) {
            return;
        }
        List<LinkPost> recent = withScatterOfTheLinkSold(ctx,
                withOffersScattered(ctx, ctx.history().recentPromotion()));
        int days = ctx.settings().count(WINDOW_DAYS);
        if (sittings(recent) < ctx.settings().count(MESSAGES)) {
            return;
        }
        // The tip is the week's, read in its report: a week with one promotion of one's own has no habit to tell,
        // though last Friday's post and this Tuesday's fall within seven days. Each week's tip needs that week's own
        // occasions; one post a week is an occasional mention, not a habit.
        if (sittings(since(recent, ctx.weekStart())) < ctx.settings().count(MESSAGES)) {
            return;
        }
        // Once per week, as the digest reports it: someone who promotes all week hears it once, not every day. A
        // tip already given within the window is not given again for the posts it spoke of plus one more on Monday;
        // the next week's tip needs that week's own occasions ("two more posts this week"), and then it is true of
        // the week it is read in, whenever the last one was given.
        Instant weekStart = ctx.weekStart();
        Duration rearm = Duration.ofDays(days);
        if (ctx.now().isAfter(weekStart) && sittings(since(recent, weekStart)) >= ctx.settings().count(MESSAGES)) {
            rearm = Duration.between(weekStart, ctx.now());
        }
        if (!ctx.firstTimeIn("promo", rearm)) {
            return;
        }
        List<MessageId> messages = new ArrayList<>(recent.size());
        for (LinkPost p : recent) {
            messages.add(p.message());
        }
        Evidence.Builder evidence = Evidence.builder().messages(messages).count("messages", recent.size())
                .count("window-days", days);
        if (sells(ctx)) {
            evidence.count(SALE, 1);
        }
        ctx.emit(evidence.build(),
                // "Today" or "the last 7 days" would be wrong in a digest read days later: the span is fixed instead.
                new Tip(recent.size() == 1 ? "One of your messages promoted your own work."
                        : recent.size() + " of your messages within " + days + " days promoted your own work.",
                        id().principle(),
                        "swap your next promotion for a question to someone about their work, and share yours when asked."));
    }

    /**
     * {@code promotions} and, when the message pushes a link that was offered at a price in other rooms within the
     * day before without counting as promotion there (a listing in the room for listings, a priced post the detector
     * let pass), those offers too, oldest first: the same sale put into three rooms in an afternoon is three pushes,
     * though the listing alone would have been in its place. Only a scatter, three rooms within the day: a listing
     * and one mention of it elsewhere is still one push.
     */
    private static List<LinkPost> withOffersScattered(MessageContext ctx, List<LinkPost> promotions) {
        Instant since = ctx.now().minus(SCATTER);
        List<LinkPost> out = null;
        for (Link link : ctx.facts().countedLinks()) {
            Set<ChannelId> rooms = new HashSet<>(4);
            rooms.add(ctx.message().channel());
            for (LinkPost p : ctx.history().postsOf(link.fingerprint())) {
                if (!p.time().isBefore(since)) {
                    rooms.add(p.channel());
                }
            }
            List<LinkPost> offers = ctx.history().offersOf(link.fingerprint());
            for (LinkPost p : offers) {
                if (!p.time().isBefore(since)) {
                    rooms.add(p.channel());
                }
            }
            if (rooms.size() < SCATTER_ROOMS) {
                continue;
            }
            for (LinkPost p : offers) {
                if (p.channel().equals(ctx.message().channel()) || p.time().isBefore(since)) {
                    continue;
                }
                out = withPost(promotions, out, p);
            }
        }
        if (out == null) {
            return promotions;
        }
        out.sort(Comparator.comparing(LinkPost::time));
        return out;
    }

    /**
     * {@code promotions} and, when the message sells (a price, a code, a call to book) at a link the person
     * scattered earlier in the window (into {@link #SCATTER_ROOMS} rooms or more within {@link #SCATTER}, answering
     * nobody), those posts, oldest first. A link put into three rooms in a morning with a few words about what it has
     * ("fresh stock every Friday: …") reads as a pointer post by post; sold at a discount code later in the week, it
     * shows what the scatter was: the same shop pushed into each room, an occasion each, as the scatter of a link sold
     * at once would be. A link posted once or twice before its sale is no such push: one room's mention is how a shop
     * is talked of, and the repeat of a link, without the sale, is {@code links.repeat}'s alone.
     */
    private static List<LinkPost> withScatterOfTheLinkSold(MessageContext ctx, List<LinkPost> promotions) {
        if (!sells(ctx)) {
            return promotions;
        }
        List<LinkPost> out = null;
        for (Link link : ctx.facts().countedLinks()) {
            for (LinkPost p : scattered(ctx.history().postsOf(link.fingerprint()), ctx.message().id())) {
                out = withPost(promotions, out, p);
            }
        }
        if (out == null) {
            return promotions;
        }
        out.sort(Comparator.comparing(LinkPost::time));
        return out;
    }

    /**
     * {@code out} (null while nothing was added, standing for {@code promotions}) with {@code p} added unless a post of
     * the same message is in it already: copied from {@code promotions} on the first addition, so that the list the
     * history gave is never changed.
     */
    private static List<LinkPost> withPost(List<LinkPost> promotions, List<LinkPost> out, LinkPost p) {
        List<LinkPost> into = out == null ? promotions : out;
        for (LinkPost q : into) {
            if (q.message().equals(p.message())) {
                return out;
            }
        }
        List<LinkPost> grown = out == null ? new ArrayList<>(promotions) : out;
        grown.add(p);
        return grown;
    }

    /**
     * The posts among {@code posts} (one link's, oldest first), other than {@code current}, that belong to a scatter:
     * a run of its posts within {@link #SCATTER} of the run's first that reached {@link #SCATTER_ROOMS} rooms or more.
     * One pass with a window over the posts (its rooms counted as it slides), so a link posted many times in a week
     * costs as many steps as it has posts, not their square; posts out of time order, which the log does not give, are
     * read run by run as before ({@link #scatteredRunByRun}), with the same result.
     */
    static List<LinkPost> scattered(List<LinkPost> posts, MessageId current) {
        if (posts.size() < SCATTER_ROOMS) {
            return List.of(); // fewer posts than the rooms a scatter needs
        }
        for (int k = 1; k < posts.size(); k++) {
            if (posts.get(k).time().isBefore(posts.get(k - 1).time())) {
                return scatteredRunByRun(posts, current);
            }
        }
        List<LinkPost> out = List.of();
        Set<LinkPost> taken = null;
        // the rooms of the posts in the window [i, end) other than current, each with how many posts it holds there
        Map<ChannelId, Integer> rooms = new HashMap<>(8);
        int end = 0;
        int considered = 0; // every post before this one is in out already, or was current or a copy of one in it
        for (int i = 0; i < posts.size(); i++) {
            LinkPost first = posts.get(i);
            // the run from i: its end only moves on as i does, since the posts are in time order
            while (end < posts.size() && Duration.between(first.time(), posts.get(end).time()).compareTo(SCATTER) < 0) {
                if (!posts.get(end).message().equals(current)) {
                    rooms.merge(posts.get(end).channel(), 1, Integer::sum);
                }
                end++;
            }
            if (!first.message().equals(current) && rooms.size() >= SCATTER_ROOMS) {
                for (int j = Math.max(i, considered); j < end; j++) {
                    LinkPost p = posts.get(j);
                    if (p.message().equals(current)) {
                        continue;
                    }
                    if (taken == null) {
                        taken = new HashSet<>(8);
                        out = new ArrayList<>(4);
                    }
                    if (taken.add(p)) {
                        out.add(p);
                    }
                }
                considered = end;
            }
            if (!first.message().equals(current)) {
                rooms.computeIfPresent(first.channel(), (room, n) -> n == 1 ? null : n - 1);
            }
        }
        return out;
    }

    /** {@link #scattered} for posts in any order: each post's run read afresh. */
    private static List<LinkPost> scatteredRunByRun(List<LinkPost> posts, MessageId current) {
        List<LinkPost> out = List.of();
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i).message().equals(current)) {
                continue;
            }
            Set<ChannelId> rooms = new HashSet<>(4);
            int end = i;
            while (end < posts.size() && Duration.between(posts.get(i).time(), posts.get(end).time())
                    .compareTo(SCATTER) < 0) {
                if (!posts.get(end).message().equals(current)) {
                    rooms.add(posts.get(end).channel());
                }
                end++;
            }
            if (rooms.size() < SCATTER_ROOMS) {
                continue;
            }
            for (int j = i; j < end; j++) {
                LinkPost p = posts.get(j);
                if (!p.message().equals(current) && !out.contains(p)) {
                    if (out.isEmpty()) {
                        out = new ArrayList<>(4);
                    }
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The posts at or after {@code from}, oldest first. */
    private static List<LinkPost> since(List<LinkPost> posts, Instant from) {
        List<LinkPost> out = new ArrayList<>(posts.size());
        for (LinkPost p : posts) {
            if (!p.time().isBefore(from)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The occasions among {@code posts} (oldest first): a promotion that follows one of the person's in the same
     * channel within {@link #SITTING} continues that sitting. Five posts of one's links in four minutes in one channel
     * are one occasion, which {@code links.burst} names; promotion as a habit is coming back to it, and the same sale
     * posted into three channels is three pushes, each to another room.
     */
    static int sittings(List<LinkPost> posts) {
        int sittings = 0;
        for (int i = 0; i < posts.size(); i++) {
            LinkPost p = posts.get(i);
            boolean continues = false;
            for (int j = i - 1; j >= 0 && !continues; j--) {
                LinkPost before = posts.get(j);
                continues = before.channel().equals(p.channel())
                        && Duration.between(before.time(), p.time()).compareTo(SITTING) < 0;
            }
            if (!continues) {
                sittings++;
            }
        }
        return sittings;
    }

    /** Whether the message sells: the detector reads a sales pitch in it, or the engine a pitch to someone. */
    private static boolean sells(MessageContext ctx) {
        return ctx.facts().promo().salesPitch() || ctx.facts().pitch();
    }
}
