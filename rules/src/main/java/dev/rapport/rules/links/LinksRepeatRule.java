package dev.rapport.rules.links;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.Link;
import dev.rapport.rules.promo.PromoVerdict;
import dev.rapport.rules.rule.MessageContext;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.UserHistory;
import dev.rapport.rules.rule.UserHistory.LinkPost;
import dev.rapport.rules.text.ChannelEcho;
import dev.rapport.rules.text.ChannelPurpose;
import dev.rapport.rules.text.CommunityCause;
import dev.rapport.rules.text.FigureUpdate;
import dev.rapport.rules.text.LostNotice;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code links.repeat}: the same link (by fingerprint) posted again and again, or cross-posted into several
 * channels within a day.
 */
public final class LinksRepeatRule implements Rule {
    public static final Param REPEATS = Param.count("repeats", 3, 2, 50, "posts of the same link within window-days");
    public static final Param WINDOW_DAYS = Param.count("window-days", 7, 1, 7, "days over which repeats are counted");
    public static final Param CHANNELS = Param.count("cross-channels", 3, 2, 50, "channels the same link is cross-posted into");
    /** Evidence count: 1 when the week's posts of the link went to as many channels as a cross-post needs. */
    public static final String SPREAD = "spread";
    /** Time at least between two posts of a figure's update: a reading a day, places left every other day. */
    private static final Duration UPDATE_SPACING = Duration.ofHours(12);
    public static final Param CROSS_HOURS = Param.count("cross-window-hours", 24, 1, 168, "hours within which cross-posts count");

    @Override
    public RuleId id() {
        return RuleId.LINKS_REPEAT;
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public List<Param> params() {
        return List.of(REPEATS, WINDOW_DAYS, CHANNELS, CROSS_HOURS);
    }

    @Override
    public String describe() {
        return "Watches for the same link (ignoring tracking parameters, www. and the like) posted 3 or more times in 7 days, "
                + "or cross-posted into 3 or more channels within 24 hours.";
    }

    @Override
    public void onMessage(MessageContext ctx) {
        List<Link> links = ctx.facts().countedLinks();
        if (links.isEmpty()) {
            return;
        }
        Instant now = ctx.now();
        Instant windowStart = now.minus(Duration.ofDays(ctx.settings().count(WINDOW_DAYS)));
        Instant crossStart = now.minus(Duration.ofHours(ctx.settings().count(CROSS_HOURS)));
        Set<String> done = new HashSet<>(2);
        for (Link link : links) {
            if (!done.add(link.fingerprint())) {
                continue;
            }
            int posts = 0;
            Set<ChannelId> channels = new HashSet<>();
            Set<ChannelId> spread = new HashSet<>();
            List<LinkPost> history = ctx.history().postsOf(link.fingerprint());
            for (LinkPost p : history) {
                if (!p.time().isBefore(windowStart)) {
                    posts++;
                    spread.add(p.channel());
                }
                if (!p.time().isBefore(crossStart)) {
                    channels.add(p.channel());
                }
            }
            // An offer listed where it fits (the listings room) is not counted as a post of the link over the week, but
            // the same link then taken into other rooms within the day makes the listing's room one of the scatter's.
            for (LinkPost p : ctx.history().offersOf(link.fingerprint())) {
                if (!p.time().isBefore(crossStart)) {
                    channels.add(p.channel());
                }
            }
            // A reminder someone asked for under one's post of the link ("could you remind us closer to the day?"), given
            // in that room, is the favour done for them, not one more push: the first post of the link there after the
            // ask is not counted. Posts beyond it, or the link taken to other rooms, count as before.
            int repeats = ctx.settings().count(REPEATS);
            boolean repeated = posts >= repeats && posts - remindersGiven(ctx, history, windowStart) >= repeats;
            boolean crossPosted = channels.size() >= ctx.settings().count(CHANNELS);
            // The repeat going on into a new week after its tip: the link told as repeated last week (its posts since
            // slid out of the window) and posted twice or more again this week is the same habit carried on, the
            // week's own. One more post on Monday is not, nor is a reminder someone asked for (counted out as above).
            // Taken to other rooms again, not a sale and its last call in the one room it was told in. Asked cheapest
            // first: most links were never told, and every post of a link comes here.
            // The week's posts are counted here only when the cheaper checks pass, and kept (-1: not counted yet) for
            // the tip's re-arming below, which needs them too.
            int weeksPosts = -1;
            boolean carriedOn = false;
            if (!repeated && !crossPosted && toldLastWeek(ctx, link) && weeksRooms(ctx, history) >= 2) {
                weeksPosts = weeksPosts(ctx, history);
                carriedOn = weeksPosts >= 2;
            }
            if (!repeated && !crossPosted && !carriedOn) {
                continue;
            }
            // How many channels the link went to over the week: spreading one link across the server is a habit of
            // its own, which stands beside a tip about asking people (engine/OneBehaviour).
            boolean spreadOut = spread.size() >= ctx.settings().count(CHANNELS);
            // The group's own event or cause (its competition form, its appeal), brought up again among its members
            // where they talk, is a reminder of the group's business, not one's habit. Scattered into every channel
            // it is still a repeat.
            if (!crossPosted && !spreadOut && groupsOwn(ctx)) {
                continue;
            }
            // A notice that someone or something has gone missing, with a plea to look out ("our dog got out, has
            // anyone seen him? <the poster>"), is put wherever most people will see it, fast: an emergency told to
            // the community, not a link pushed around. Not when it sells or promotes; its own plea to share the
            // appeal ("please share <the appeal>"), which reads as an ask with a link, is not promotion.
            if (!sells(ctx) && (!ctx.facts().promo().promotional() || sharePleaOnly(ctx.facts().promo()))
                    && LostNotice.is(ctx.message().text())) {
                continue;
            }
            // A sign-up form or shared sheet brought back to the one channel it was posted in ("4 seats left, sheet
            // here", "last call, form closes tonight") is the members' list kept moving, ours rather than mine, where
            // that channel has a subject of its own (#trips, #meetups); pushed as often into the general chat, or
            // selling, it is a repeat.
            if (spread.size() == 1 && SignUpForms.is(link) && !sells(ctx)
                    && ChannelEcho.of(ctx.message().channelInfo()).licenses()) {
                continue;
            }
            // So is an event's page brought back to the one room for the community's events (#events-calendar,
            // #meetups), the link nowhere else all week: the announcement, the will-attends so far, the last call are
            // the event kept moving among the people going. Not when it sells, or the event is claimed as one's own.
            if (spread.size() == 1 && !sells(ctx) && !CommunityCause.claimsOwn(ctx.message().text())
                    && ChannelPurpose.eventsRoom(ctx.message().channelInfo())) {
                continue;
            }
            // A figure brought with its source in the one room, a post a day at most ("0.55 today, dropping <the
            // gauge>", "4 slots left: <the sheet>"), is news each time: the day's reading or the places left, told as
            // a service to the room. The link is where the figure comes from, not one's work pushed again. Not a link
            // one promoted or asked for, a sale, or one's own ("my"): the same figure-and-link post for one's own shop
            // ("3 left! <the shop>") pushes the shop.
            if (spread.size() == 1 && figureUpdate(ctx, link, history)) {
                continue;
            }
            // Told at most once a week, as the digest reads it: a week with two or more posts of the link of its own
            // gets its tip, though last week's was given within the window.
            if (weeksPosts < 0) {
                weeksPosts = weeksPosts(ctx, history);
            }
            Duration rearm = Duration.ofDays(ctx.settings().count(WINDOW_DAYS));
            if (weeksPosts >= 2 && now.isAfter(ctx.weekStart())) {
                rearm = Duration.between(ctx.weekStart(), now);
            }
            if (!ctx.firstTimeIn(link.fingerprint(), rearm)) {
                continue;
            }
            Evidence.Builder evidence = Evidence.builder().count("posts", posts).count("channels", channels.size())
                    .count(SPREAD, spreadOut ? 1 : 0).link(link.fingerprint());
            for (LinkPost p : history) {
                evidence.message(p.message());
            }
            String seen = crossPosted
                    ? "You posted the same link (" + link.host() + ") into " + channels.size() + " channels within "
                    + ctx.settings().count(CROSS_HOURS) + " hours."
                    : carriedOn
                    ? "You kept posting the same link (" + link.host() + "): " + weeksPosts
                    + " more times this week after last week's repeats."
                    : "You posted the same link (" + link.host() + ") " + posts + " times in "
                    + ctx.settings().count(WINDOW_DAYS) + " days.";
            ctx.emit(evidence.build(), new Tip(seen, id().principle(),
                    "keep it in the one channel where it fits best, and pin or reuse it when someone asks."));
        }
    }

    /**
     * How many posts of the link (the history holds the current one) fall in the current week, less the reminders
     * someone asked for among them.
     */
    private static int weeksPosts(MessageContext ctx, List<LinkPost> history) {
        int n = 0;
        for (LinkPost p : history) {
            n += p.time().isBefore(ctx.weekStart()) ? 0 : 1;
        }
        return n - remindersGiven(ctx, history, ctx.weekStart());
    }

    /** How many rooms the link's posts of the current week went to. */
    private static int weeksRooms(MessageContext ctx, List<LinkPost> history) {
        Set<ChannelId> rooms = new HashSet<>(4);
        for (LinkPost p : history) {
            if (!p.time().isBefore(ctx.weekStart())) {
                rooms.add(p.channel());
            }
        }
        return rooms.size();
    }

    /** Whether this rule told the person about the link in the week before this one (its mark, not a post, is kept). */
    private static boolean toldLastWeek(MessageContext ctx, Link link) {
        Instant weekStart = ctx.weekStart();
        return ctx.lastToldAt(link.fingerprint())
                .filter(at -> at.isBefore(weekStart) && !at.isBefore(weekStart.minus(Duration.ofDays(7))))
                .isPresent();
    }

    /**
     * Whether the message is a figure's update ({@link FigureUpdate}) carrying a link nobody could take for the writer's
     * push: the message claims, sells and asks nothing, no post of the link this week promoted, and the link's last post
     * was at least {@link #UPDATE_SPACING} ago (an update a day is news; the same link again within hours is pushing),
     * unless the room is kept for a service's state ({@link ChannelPurpose#statusRoom}), where updates come hours apart.
     */
    private static boolean figureUpdate(MessageContext ctx, Link link, List<LinkPost> history) {
        String text = ctx.message().text();
        if (sells(ctx) || ctx.facts().promo().promotional() || ctx.facts().promo().engagementAsk()
                || CommunityCause.claimsOwn(text)
                || !FigureUpdate.is(text) && !FigureUpdate.marketPricesIn(ctx.message().channelInfo(), text)) {
            return false;
        }
        Instant previous = null;
        for (LinkPost p : history) {
            if (!p.message().equals(ctx.message().id())) {
                previous = previous == null || p.time().isAfter(previous) ? p.time() : previous;
            }
        }
        // In the room kept for a service's state an outage is told as it goes, hours apart: the count of who is still
        // off is news at each update, and its status page comes with every one.
        if (previous != null && previous.isAfter(ctx.now().minus(UPDATE_SPACING))
                && !ChannelPurpose.statusRoom(ctx.message().channelInfo())) {
            return false;
        }
        List<LinkPost> promotions = ctx.history().recentPromotion();
        for (LinkPost post : history) {
            for (LinkPost promoted : promotions) {
                if (promoted.message().equals(post.message())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * How many of the week's posts of the link were reminders someone asked for: for each post of it under which
     * someone asked to be reminded or told when it comes ({@link UserHistory#reminderAskedUnder}), the first post of the
     * link in the same room after the ask.
     */
    private static int remindersGiven(MessageContext ctx, List<LinkPost> history, Instant windowStart) {
        int given = 0;
        for (LinkPost under : history) {
            Optional<Instant> asked = ctx.history().reminderAskedUnder(under.message());
            if (asked.isEmpty() || asked.get().isBefore(windowStart)) {
                continue;
            }
            for (LinkPost p : history) {
                if (p.channel().equals(under.channel()) && p.time().isAfter(asked.get())
                        && !p.time().isBefore(windowStart)) {
                    given++;
                    break;
                }
            }
        }
        return given;
    }

    /**
     * Whether the verdict's only promotion is an ask with a link ("please share: <link>") or the same link posted again
     * after such an ask: said of a notice that someone is missing, that ask spreads the appeal, not one's work.
     */
    private static boolean sharePleaOnly(PromoVerdict verdict) {
        if (verdict.salesPitch() || verdict.reasons().isEmpty()) {
            return false;
        }
        for (String r : verdict.reasons()) {
            if (!r.equals(PromoVerdict.LINK_WITH_ASK) && !r.equals(PromoVerdict.SAME_OFFER_AGAIN)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the message spreads the community's own cause or event and sells nothing. */
    private static boolean groupsOwn(MessageContext ctx) {
        if (sells(ctx)) {
            return false;
        }
        String text = ctx.message().text();
        return CommunityCause.event(text) || CommunityCause.is(text);
    }

    /** Whether the message sells: a pitch, or a sales pitch to the detector. */
    private static boolean sells(MessageContext ctx) {
        return ctx.facts().promo().salesPitch() || ctx.facts().pitch();
    }
}
