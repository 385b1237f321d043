package dev.rapport.rules.engine;

import dev.rapport.rules.links.LinkExtractor;
import dev.rapport.rules.links.PasteSites;
import dev.rapport.rules.links.Places;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.Link;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.promo.OwnSites;
import dev.rapport.rules.rule.UserHistory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the engine reads from the links of a person's own message before the rules see it: which links count as
 * shared (a paste shown to a helper does not), whether the message leads with a link, and whether the person linked
 * to the same site or promoted the same link in the last week. Kept apart from {@link CoachEngine} so that the
 * engine's message handling reads as the coach's steps, and these small facts about links can be read on their own.
 */
final class MessageLinks {

    private MessageLinks() {
    }

    /**
     * The links that count for the link rules: not pastes (a log or an error shown to a helper), and not bare host
     * names when {@code hostsAreTopics}.
     */
    static List<Link> shared(List<Link> links, boolean hostsAreTopics) {
        if (links.isEmpty()) {
            return links;
        }
        List<Link> kept = null;
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            boolean drop = PasteSites.is(l) || Places.is(l) || hostsAreTopics && bareHost(l);
            if (drop && kept == null) {
                kept = new ArrayList<>(links.subList(0, i));
            } else if (!drop && kept != null) {
                kept.add(l);
            }
        }
        return kept == null ? links : kept;
    }

    /**
     * Those of {@code links} that the person posted, since {@code since} (within the last week), into at least
     * {@code rooms} channels other than {@code here}. An offer listed where it fits (the trade room), not logged as a
     * post, is one of those rooms when it was listed within {@code crossSince}: the listing, then the same link in the
     * chat, then in one more room within hours is one link in three rooms, whichever room came last.
     */
    static List<Link> scatteredElsewhere(UserState s, List<Link> links, ChannelId here, int rooms, Instant since,
            Instant crossSince) {
        List<Link> out = List.of();
        for (Link link : links) {
            Set<ChannelId> elsewhere = new HashSet<>(4);
            for (UserHistory.LinkPost p : s.postsOf(link.fingerprint())) {
                if (!p.channel().equals(here) && !p.time().isBefore(since)) {
                    elsewhere.add(p.channel());
                }
            }
            for (UserHistory.LinkPost p : s.offersOf(link.fingerprint())) {
                if (!p.channel().equals(here) && !p.time().isBefore(crossSince)) {
                    elsewhere.add(p.channel());
                }
            }
            if (elsewhere.size() >= rooms) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(1);
                }
                out.add(link);
            }
        }
        return out;
    }

    /** Whether any of {@code links} is more than a paste. */
    static boolean anyShared(List<Link> links) {
        for (Link l : links) {
            if (!PasteSites.is(l)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person linked, in the last week, to the site of one of {@code links} but to another page of it. */
    static boolean seriesBefore(UserState s, List<Link> links) {
        for (Link link : links) {
            if (!link.host().isEmpty() && s.postedOtherOn(link.host(), link.fingerprint())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of {@code links} was posted, since {@code since}, by a message that promoted: the offer pushed in the
     * hours before, not only some day of the week.
     */
    static boolean promotedSince(UserState s, List<Link> links, Instant since) {
        List<UserHistory.LinkPost> promotions = s.recentPromotion();
        if (promotions.isEmpty()) {
            return false;
        }
        for (Link link : links) {
            for (UserHistory.LinkPost post : s.postsOf(link.fingerprint())) {
                if (post.time().isBefore(since)) {
                    continue;
                }
                for (UserHistory.LinkPost p : promotions) {
                    if (p.message().equals(post.message())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether one of {@code links} was posted in the last week by a message that promoted. */
    static boolean promotedBefore(UserState s, List<Link> links) {
        List<UserHistory.LinkPost> promotions = s.recentPromotion();
        if (promotions.isEmpty()) {
            return false;
        }
        for (Link link : links) {
            for (UserHistory.LinkPost post : s.postsOf(link.fingerprint())) {
                for (UserHistory.LinkPost p : promotions) {
                    if (p.message().equals(post.message())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether one of {@code links} was offered at a price, since {@code since}, in another channel than {@code here}
     * by a post that was not promotion there (a listing in the room for listings).
     */
    static boolean offeredElsewhere(UserState s, List<Link> links, ChannelId here, Instant since) {
        for (Link link : links) {
            for (UserHistory.LinkPost p : s.offersOf(link.fingerprint())) {
                if (!p.channel().equals(here) && !p.time().isBefore(since)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether one of {@code links} is another page of a site of one's own ({@link OwnSites}) that a message of the last
     * week promoted: the shop's riesling page promoted on Monday makes its port page on Wednesday the same shop's.
     */
    static boolean ownSitePromotedBefore(UserState s, List<Link> links) {
        List<UserHistory.LinkPost> promotions = s.recentPromotion();
        if (promotions.isEmpty() || links.isEmpty()) {
            return false;
        }
        for (Link link : links) {
            if (!OwnSites.mayBeOnesOwn(link)) {
                continue;
            }
            for (MessageId earlier : s.messagesOnOther(link.host(), link.fingerprint())) {
                for (UserHistory.LinkPost p : promotions) {
                    if (p.message().equals(earlier)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Words of an address that name nothing of what it points to: the web's own, and a home page's. */
    private static final Set<String> ADDRESS_WORDS = Set.of("www", "http", "https", "html", "htm", "php", "asp",
            "index", "home", "page", "amp");
    /** What separates the words of an address: dots, slashes, dashes, anything not a letter or a digit. */
    private static final Pattern NOT_A_NAME = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The shortest word of an address read as a name: "go", "uk" or "id" name nothing. */
    private static final int NAME_LETTERS = 3;

    /**
     * Whether a word of one of {@code links}' addresses (a name in its host, a part of its path; not its ending, nor
     * words every address has) is among {@code words}, a message's word hashes ({@code text/EchoQuestion.words}): the
     * message named the thing the link points to ("which episode covered the draft rules?" and a link to {@code
     * …/episode}).
     */
    static boolean namedIn(List<Link> links, int[] words) {
        if (words == null || words.length == 0) {
            return false;
        }
        for (Link l : links) {
            // the host without its ending, then the path up to any query, lowered once
            String host = l.host();
            int lastDot = host.lastIndexOf('.');
            String address = (lastDot > 0 ? host.substring(0, lastDot) : host) + " "
                    + (l.fingerprint().length() > host.length() && l.fingerprint().startsWith(host)
                    ? l.fingerprint().substring(host.length()) : "");
            int cut = address.indexOf('?');
            address = (cut >= 0 ? address.substring(0, cut) : address).toLowerCase(Locale.ROOT);
            for (String w : NOT_A_NAME.split(address)) {
                if (w.length() >= NAME_LETTERS && !ADDRESS_WORDS.contains(w)
                        && Arrays.binarySearch(words, w.hashCode()) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A host name written as a name: no scheme, nothing after the host. */
    static boolean bareHost(Link l) {
        return !l.url().contains("://") && l.fingerprint().equals(l.host());
    }

    /** Whether the text opens with a link (after blanks and the {@code <} that hides a preview). */
    static boolean startsWithLink(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '<')) {
            i++;
        }
        if (text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
                || text.regionMatches(true, i, "www.", 0, 4)) {
            return true;
        }
        // So does an address written without its scheme but with a page after the host ("shop.example/sale …", as
        // chat apps make it clickable): it is there to be followed, as much as one with "https://". A bare host name
        // at the start ("amazon.com has them cheaper") may name a site as what is talked about, and is not counted.
        int end = LinkExtractor.linkEnd(text, i);
        if (end < 0 || LinkExtractor.disguisedAt(text, i, end)) {
            return false;
        }
        int slash = text.indexOf('/', i);
        return slash > i && slash < end - 1;
    }
}
