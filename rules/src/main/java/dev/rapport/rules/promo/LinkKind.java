package dev.rapport.rules.promo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a link points at, as far as promotion goes: someone's profile or page on a social or creator platform,
 * a shop listing, a petition, a help resource, a picture, or any other content. Answers link to documents and
 * pastes; self-promotion links to a person, a shop or content to consume.
 */
enum LinkKind {
    /** A person's or brand's page: twitter.com/name, facebook.com/pages/..., twitch.tv/name, soundcloud.com/name. */
    PROFILE,
    /** Something for sale: ebay.com/itm/..., amazon.../dp/..., teespring.com/..., a store app page. */
    LISTING,
    /** Something to sign or vote for: change.org/p/..., avaaz.org/.../petition/... */
    PETITION,
    /** Where help lives: documentation, wikis, manuals, forums, Q&amp;A sites, bug trackers, pastes, code hosting. */
    HELP,
    /** A picture or a gif: a screenshot of a problem or a reaction, which promote no one when dropped alone. */
    PICTURE,
    /** Any other content: a video, an article, a site. */
    OTHER;

    /**
     * The big social, creator and freelance platforms, where the first path segment of a link names a person or
     * brand: a link there is a link to someone's presence, the thing self-promotion pushes.
     */
    private static final Set<String> PROFILE_HOSTS = Set.of("twitter.com", "x.com", "instagram.com",
            "twitch.tv", "soundcloud.com", "facebook.com", "m.facebook.com", "tiktok.com", "linkedin.com",
            "tumblr.com", "bandcamp.com", "snapchat.com", "vk.com", "mixcloud.com", "deviantart.com", "behance.net",
            "dribbble.com", "pinterest.com", "linktr.ee", "onlyfans.com", "fiverr.com", "upwork.com", "etsy.com",
            "threads.net", "bsky.app", "substack.com", "medium.com", "kick.com", "patreon.com", "ko-fi.com");
    /** Paths on those hosts that are not a profile. */
    private static final Set<String> NOT_PROFILE_PATHS = Set.of("", "search", "hashtag", "explore", "help",
            "about", "legal", "privacy", "terms", "login", "signup", "settings", "i", "intent", "share",
            "sharer", "home", "watch", "events", "groups", "policies", "developers");
    /** The big print-on-demand and creator storefront platforms: a link there is a product for sale. */
    private static final Set<String> LISTING_HOSTS = Set.of("teespring.com", "spring.com", "redbubble.com",
            "gumroad.com", "shopify.com", "storenvy.com", "spreadshirt.com", "zazzle.com", "cafepress.com",
            "teepublic.com", "bigcartel.com", "lemonsqueezy.com");

    /** First labels of hosts that serve help: docs.python.org, help.ubuntu.com, paste.ubuntu.com. */
    private static final Set<String> HELP_SUBDOMAINS = Set.of("docs", "doc", "help", "wiki", "man", "manpages",
            "paste", "pastebin", "bugs", "bugzilla", "packages", "developer", "developers", "forum", "forums",
            "support", "kb", "learn", "api", "gist", "dev", "tracker", "issues", "lists", "mail", "git", "svn",
            "ask", "answers", "community", "discourse", "faq", "manual", "tldp");
    /** Words in a host that mark a help resource: ubuntuforums.org, readthedocs.io, stackoverflow.com. */
    private static final List<String> HELP_HOST_WORDS = List.of("wiki", "forum", "readthedocs", "stackoverflow",
            "stackexchange", "askubuntu", "superuser", "serverfault", "launchpad", "paste", "bin.", "sourceforge",
            "github", "gitlab", "bitbucket", "linuxquestions", "docs.", "howto", "tldp", "man7", "die.net",
            "freedesktop", "kernel.org", "debian.org", "archlinux", "ubuntu.com", "python.org", "mozilla.org",
            "w3.org", "w3schools", "mdn");
    /** Path segments of documentation: /docs/, /wiki/, /manual/, /faq, /howto. */
    private static final Set<String> HELP_SEGMENTS = Set.of("doc", "docs", "documentation", "wiki", "manual",
            "man", "manpages", "faq", "faqs", "help", "howto", "guide", "guides", "tutorial", "tutorials", "readme",
            "kb", "support", "reference", "api", "issues", "bugs", "bug", "forum", "forums", "showthread.php",
            "viewtopic.php", "questions", "community");
    /** The big image and gif hosts: a picture dropped in chat shows a problem or a reaction, it promotes no one. */
    private static final Set<String> PICTURE_HOSTS = Set.of("imgur.com", "i.imgur.com", "snag.gy", "i.snag.gy",
            "imageshack.us", "imageshack.com", "prnt.sc", "prntscr.com", "gyazo.com", "tinypic.com", "photobucket.com",
            "postimg.org", "postimg.cc", "ibb.co", "giphy.com", "media.giphy.com", "tenor.com", "gfycat.com",
            "imgbox.com", "flickr.com");
    /** File endings of pictures: a link straight to an image is a picture, wherever it is hosted. */
    private static final List<String> PICTURE_ENDINGS = List.of(".png", ".jpg", ".jpeg", ".gif", ".gifv", ".webp",
            ".bmp");

    static LinkKind of(String url) {
        String host = host(url);
        String path = path(url);
        String first = firstSegment(path);
        if (host.startsWith("www.")) host = host.substring(4);
        if (help(host, path)) return HELP;
        if (picture(host, path)) return PICTURE;
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

    private static boolean help(String host, String path) {
        int dot = host.indexOf('.');
        if (dot > 0 && host.indexOf('.', dot + 1) > 0 && HELP_SUBDOMAINS.contains(host.substring(0, dot))) return true;
        for (String word : HELP_HOST_WORDS) if (host.contains(word)) return true;
        int start = 0;
        while (start < path.length()) {
            int end = path.indexOf('/', start + 1);
            if (end < 0) end = path.length();
            String segment = path.substring(Math.min(start + 1, end), end).toLowerCase(Locale.ROOT);
            if (HELP_SEGMENTS.contains(segment) || segment.startsWith("readme")) return true;
            start = end;
        }
        return false;
    }

    private static boolean picture(String host, String path) {
        if (PICTURE_HOSTS.contains(host)) return true;
        for (String ending : PICTURE_ENDINGS) if (path.endsWith(ending)) return true;
        return false;
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
