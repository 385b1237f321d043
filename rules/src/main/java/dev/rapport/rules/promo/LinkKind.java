package dev.rapport.rules.promo;

import dev.rapport.rules.links.AsciiWords;
import dev.rapport.rules.links.CharRanges;

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
    private static final AsciiWords PROFILE_HOSTS = AsciiWords.of(Set.of("twitter.com", "x.com", "instagram.com",
            "twitch.tv", "soundcloud.com", "facebook.com", "m.facebook.com", "tiktok.com", "linkedin.com",
            "tumblr.com", "bandcamp.com", "snapchat.com", "vk.com", "mixcloud.com", "deviantart.com", "behance.net",
            "dribbble.com", "pinterest.com", "linktr.ee", "onlyfans.com", "fiverr.com", "upwork.com", "etsy.com",
            "threads.net", "bsky.app", "substack.com", "medium.com", "kick.com", "patreon.com", "ko-fi.com"));
    /** Paths on those hosts that are not a profile. */
    private static final AsciiWords NOT_PROFILE_PATHS = AsciiWords.of(Set.of("", "search", "hashtag", "explore",
            "help", "about", "legal", "privacy", "terms", "login", "signup", "settings", "i", "intent", "share",
            "sharer", "home", "watch", "events", "groups", "policies", "developers"));
    /** The big print-on-demand and creator storefront platforms: a link there is a product for sale. */
    private static final AsciiWords LISTING_HOSTS = AsciiWords.of(Set.of("teespring.com", "spring.com",
            "redbubble.com", "gumroad.com", "shopify.com", "storenvy.com", "spreadshirt.com", "zazzle.com",
            "cafepress.com", "teepublic.com", "bigcartel.com", "lemonsqueezy.com"));

    /** First labels of hosts that serve help: docs.python.org, help.ubuntu.com, paste.ubuntu.com. */
    private static final AsciiWords HELP_SUBDOMAINS = AsciiWords.of(Set.of("docs", "doc", "help", "wiki", "man",
            "manpages", "paste", "pastebin", "bugs", "bugzilla", "packages", "developer", "developers", "forum",
            "forums", "support", "kb", "learn", "api", "gist", "dev", "tracker", "issues", "lists", "mail", "git",
            "svn", "ask", "answers", "community", "discourse", "faq", "manual", "tldp"));
    /** Words in a host that mark a help resource: ubuntuforums.org, readthedocs.io, stackoverflow.com. */
    private static final String[] HELP_HOST_WORDS = {"wiki", "forum", "readthedocs", "stackoverflow",
            "stackexchange", "askubuntu", "superuser", "serverfault", "launchpad", "paste", "bin.", "sourceforge",
            "github", "gitlab", "bitbucket", "linuxquestions", "docs.", "howto", "tldp", "man7", "die.net",
            "freedesktop", "kernel.org", "debian.org", "archlinux", "ubuntu.com", "python.org", "mozilla.org",
            "w3.org", "w3schools", "mdn"};
    /** Path segments of documentation: /docs/, /wiki/, /manual/, /faq, /howto. */
    private static final AsciiWords HELP_SEGMENTS = AsciiWords.of(Set.of("doc", "docs", "documentation", "wiki",
            "manual", "man", "manpages", "faq", "faqs", "help", "howto", "guide", "guides", "tutorial", "tutorials",
            "readme", "kb", "support", "reference", "api", "issues", "bugs", "bug", "forum", "forums",
            "showthread.php", "viewtopic.php", "questions", "community"));
    /** The big image and gif hosts: a picture dropped in chat shows a problem or a reaction, it promotes no one. */
    private static final AsciiWords PICTURE_HOSTS = AsciiWords.of(Set.of("imgur.com", "i.imgur.com", "snag.gy",
            "i.snag.gy", "imageshack.us", "imageshack.com", "prnt.sc", "prntscr.com", "gyazo.com", "tinypic.com",
            "photobucket.com", "postimg.org", "postimg.cc", "ibb.co", "giphy.com", "media.giphy.com", "tenor.com",
            "gfycat.com", "imgbox.com", "flickr.com"));
    /** File endings of pictures: a link straight to an image is a picture, wherever it is hosted. */
    private static final String[] PICTURE_ENDINGS = {".png", ".jpg", ".jpeg", ".gif", ".gifv", ".webp",
            ".bmp"};

    /** What the lower-cased link {@code url} points at. */
    static LinkKind of(String url) {
        return of(url, 0, url.length());
    }

    /**
     * What the link in {@code s} from {@code from} to {@code to} points at, read in place with ASCII letters
     * lower-cased ({@link CharRanges}): host, path and first path segment are ranges of {@code s}, so nothing is
     * allocated. {@code s} is the message for a link written in ASCII, else the link's lower-cased text.
     */
    static LinkKind of(String s, int from, int to) {
        int scheme = CharRanges.indexOf(s, from, to, "://");
        int start = scheme < 0 ? from : scheme + 3;
        int hostEnd = start;
        while (hostEnd < to && "/?#".indexOf(s.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        // the path runs from the first '/' after the scheme (a query before it is skipped) to its '?' or '#'
        int pathStart = CharRanges.indexOf(s, start, to, '/');
        int pathEnd = pathStart;
        if (pathStart < 0) {
            pathStart = to;
            pathEnd = to;
        } else {
            while (pathEnd < to && "?#".indexOf(s.charAt(pathEnd)) < 0) {
                pathEnd++;
            }
        }
        int firstStart = Math.min(pathStart + 1, pathEnd);
        int firstEnd = CharRanges.indexOf(s, firstStart, pathEnd, '/');
        if (firstEnd < 0) {
            firstEnd = pathEnd;
        }
        int hostStart = CharRanges.startsWith(s, start, hostEnd, "www.") ? start + 4 : start;
        // each part is compared in place, never cut out: most links are of no kind here and must cost nothing
        if (help(s, hostStart, hostEnd, pathStart, pathEnd)) {
            return HELP;
        }
        if (picture(s, hostStart, hostEnd, pathStart, pathEnd)) {
            return PICTURE;
        }
        if (CharRanges.is(s, hostStart, hostEnd, "change.org")
                || CharRanges.endsWith(s, hostStart, hostEnd, "avaaz.org")
                && CharRanges.contains(s, pathStart, pathEnd, "/petition")
                || CharRanges.is(s, hostStart, hostEnd, "petitions.whitehouse.gov")
                || CharRanges.contains(s, pathStart, pathEnd, "/petitions/")
                || CharRanges.contains(s, pathStart, pathEnd, "/vote")) {
            return PETITION;
        }
        if (CharRanges.endsWith(s, hostStart, hostEnd, "ebay.com")
                && (CharRanges.is(s, firstStart, firstEnd, "itm") || CharRanges.is(s, firstStart, firstEnd, "usr"))
                || CharRanges.contains(s, hostStart, hostEnd, "amazon.")
                && (CharRanges.contains(s, pathStart, pathEnd, "/dp/")
                || CharRanges.contains(s, pathStart, pathEnd, "/gp/product")
                || CharRanges.contains(s, pathStart, pathEnd, "/offer-listing"))
                || LISTING_HOSTS.contains(s, hostStart, hostEnd)
                || CharRanges.endsWith(s, hostStart, hostEnd, ".myshopify.com")
                || CharRanges.is(s, hostStart, hostEnd, "play.google.com")
                && CharRanges.startsWith(s, pathStart, pathEnd, "/store/apps")
                || CharRanges.is(s, hostStart, hostEnd, "apps.apple.com")
                || CharRanges.is(s, hostStart, hostEnd, "itunes.apple.com")) {
            return LISTING;
        }
        if (CharRanges.is(s, hostStart, hostEnd, "youtube.com") || CharRanges.is(s, hostStart, hostEnd, "m.youtube.com")) {
            return CharRanges.is(s, firstStart, firstEnd, "channel") || CharRanges.is(s, firstStart, firstEnd, "user")
                    || CharRanges.is(s, firstStart, firstEnd, "c") || CharRanges.startsWith(s, firstStart, firstEnd, "@")
                    ? PROFILE : OTHER;
        }
        boolean singleSegmentOnly = CharRanges.is(s, hostStart, hostEnd, "twitter.com")
                || CharRanges.is(s, hostStart, hostEnd, "x.com") || CharRanges.is(s, hostStart, hostEnd, "instagram.com");
        if (singleSegmentOnly && pathEnd > pathStart) {
            // twitter.com/name/status/123 is a post, not the profile
            int second = CharRanges.indexOf(s, pathStart + 1, pathEnd, '/');
            if (second > 0 && second < pathEnd - 1) {
                return OTHER;
            }
        }
        if (PROFILE_HOSTS.contains(s, hostStart, hostEnd) && !NOT_PROFILE_PATHS.contains(s, firstStart, firstEnd)) {
            return PROFILE;
        }
        return OTHER;
    }

    private static boolean help(String s, int hostStart, int hostEnd, int pathStart, int pathEnd) {
        int dot = CharRanges.indexOf(s, hostStart, hostEnd, '.');
        if (dot > hostStart && CharRanges.indexOf(s, dot + 1, hostEnd, '.') > 0
                && HELP_SUBDOMAINS.contains(s, hostStart, dot)) {
            return true;
        }
        for (String word : HELP_HOST_WORDS) {
            if (CharRanges.contains(s, hostStart, hostEnd, word)) {
                return true;
            }
        }
        int start = pathStart;
        while (start < pathEnd) {
            int end = CharRanges.indexOf(s, start + 1, pathEnd, '/');
            if (end < 0) {
                end = pathEnd;
            }
            int segment = Math.min(start + 1, end);
            if (HELP_SEGMENTS.contains(s, segment, end) || CharRanges.startsWith(s, segment, end, "readme")) {
                return true;
            }
            start = end;
        }
        return false;
    }

    private static boolean picture(String s, int hostStart, int hostEnd, int pathStart, int pathEnd) {
        if (PICTURE_HOSTS.contains(s, hostStart, hostEnd)) {
            return true;
        }
        for (String ending : PICTURE_ENDINGS) {
            if (CharRanges.endsWith(s, pathStart, pathEnd, ending)) {
                return true;
            }
        }
        return false;
    }
}
