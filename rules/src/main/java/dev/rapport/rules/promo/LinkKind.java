package dev.rapport.rules.promo;

import java.util.Set;

/**
 * What a link points at, as far as promotion goes: someone's profile or page on a social or creator platform,
 * a shop listing, a petition, or anything else. Answers link to documents; self-promotion links to a person.
 */
enum LinkKind {
    /** A person's or brand's page: twitter.com/name, facebook.com/pages/..., twitch.tv/name, soundcloud.com/name. */
    PROFILE,
    /** Something for sale: ebay.com/itm/..., amazon.../dp/..., teespring.com/..., a store app page. */
    LISTING,
    /** Something to sign or vote for: change.org/p/..., avaaz.org/.../petition/... */
    PETITION,
    OTHER;

    /** Hosts where the first path segment names a person or brand. */
    private static final Set<String> PROFILE_HOSTS = Set.of("twitter.com", "x.com", "instagram.com",
            "twitch.tv", "soundcloud.com", "facebook.com", "m.facebook.com", "tsu.co", "reverbnation.com",
            "tiktok.com", "plus.google.com", "linkedin.com", "tumblr.com", "bandcamp.com", "snapchat.com",
            "vk.com", "myspace.com", "mixcloud.com", "deviantart.com", "behance.net", "dribbble.com", "ask.fm",
            "pinterest.com", "linktr.ee", "onlyfans.com", "fiverr.com", "upwork.com", "etsy.com",
            "wattpad.com", "viralangels.com", "bubblews.com", "flipagram.com");
    /** Paths on those hosts that are not a profile. */
    private static final Set<String> NOT_PROFILE_PATHS = Set.of("", "search", "hashtag", "explore", "help",
            "about", "legal", "privacy", "terms", "login", "signup", "settings", "i", "intent", "share",
            "sharer", "home", "watch", "events", "groups", "policies", "developers");
    private static final Set<String> LISTING_HOSTS = Set.of("teespring.com", "sunfrogshirts.com", "redbubble.com",
            "gumroad.com", "shopify.com", "storenvy.com", "spreadshirt.com", "zazzle.com", "cafepress.com");

    static LinkKind of(String url) {
        String host = host(url);
        String path = path(url);
        String first = firstSegment(path);
        if (host.startsWith("www.")) host = host.substring(4);
        if (host.equals("change.org") || host.endsWith("avaaz.org") && path.contains("/petition")
                || host.equals("petitions.whitehouse.gov") || path.contains("/petitions/") || path.contains("/vote")) {
            return PETITION;
        }
        if (host.endsWith("ebay.com") && (first.equals("itm") || first.equals("usr"))
                || host.contains("amazon.") && (path.contains("/dp/") || path.contains("/gp/product")
                || path.contains("/offer-listing")) || LISTING_HOSTS.contains(host) || host.endsWith(".myshopify.com")
                || host.equals("play.google.com") && path.startsWith("/store/apps")
                || host.equals("apps.apple.com") || host.equals("itunes.apple.com")) {
            return LISTING;
        }
        if (host.equals("youtube.com") || host.equals("m.youtube.com")) {
            return first.equals("channel") || first.equals("user") || first.equals("c") || first.startsWith("@")
                    ? PROFILE : OTHER;
        }
        boolean singleSegmentOnly = host.equals("twitter.com") || host.equals("x.com") || host.equals("instagram.com");
        if (singleSegmentOnly && path.indexOf('/', 1) > 0 && path.indexOf('/', 1) < path.length() - 1) return OTHER;
        if (PROFILE_HOSTS.contains(host) && !NOT_PROFILE_PATHS.contains(first)) return PROFILE;
        return OTHER;
    }

    private static String host(String url) {
        int start = url.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) end++;
        return url.substring(start, end);
    }

    private static String path(String url) {
        int start = url.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        int slash = url.indexOf('/', start);
        if (slash < 0) return "";
        int end = slash;
        while (end < url.length() && "?#".indexOf(url.charAt(end)) < 0) end++;
        return url.substring(slash, end);
    }

    private static String firstSegment(String path) {
        if (path.isEmpty()) return "";
        int end = path.indexOf('/', 1);
        return end < 0 ? path.substring(1) : path.substring(1, end);
    }
}
