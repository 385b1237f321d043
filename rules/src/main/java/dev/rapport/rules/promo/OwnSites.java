package dev.rapport.rules.promo;

import dev.rapport.rules.links.AsciiWords;
import dev.rapport.rules.links.PasteSites;
import dev.rapport.rules.links.SignUpForms;
import dev.rapport.rules.model.Link;

import java.util.Locale;
import java.util.Set;

/**
 * Which links can be to a site of someone's own (their shop, their studio's page), so that another page of the same
 * site is theirs too, and which are to a place many people have pages on or link to (a video or social platform, a
 * marketplace, an event, form or calendar service, a shortener, help), where two pages share a host and nothing more.
 * Known by the kind of link ({@link LinkKind}) and by the shared services in common use (general knowledge, no host
 * taken from a scene).
 */
public final class OwnSites {
    /** Shared services whose pages belong to whoever made them: video, audio, events, calendars, stores, chat. */
    private static final AsciiWords SHARED = AsciiWords.of(Set.of("youtube.com", "youtu.be", "m.youtube.com",
            "vimeo.com", "open.spotify.com", "spotify.com", "podcasts.apple.com", "music.apple.com",
            "store.steampowered.com", "steamcommunity.com", "itch.io", "calendly.com", "cal.com", "eventbrite.com",
            "eventbrite.co.uk", "meetup.com", "docs.google.com", "drive.google.com", "dropbox.com", "reddit.com",
            "old.reddit.com", "discord.gg", "discord.com", "kickstarter.com", "indiegogo.com", "gofundme.com",
            "wikipedia.org", "en.wikipedia.org", "imdb.com", "goodreads.com", "google.com", "maps.google.com",
            "substack.com", "notion.site"));

    private OwnSites() {
    }

    /**
     * Whether the link is a product on one of the big marketplaces (an Amazon or eBay listing), where everyone's goods
     * are sold: dropped with no word claiming it, it is a find or a deal passed on, whoever sells it.
     */
    public static boolean marketplaceListing(Link link) {
        String host = link.host().toLowerCase(Locale.ROOT);
        return (host.contains("amazon.") || host.contains("ebay."))
                && LinkKind.of(link.url().toLowerCase(Locale.ROOT)) == LinkKind.LISTING;
    }

    /** Whether the link is to a page on one of the big marketplaces (Amazon, eBay), whoever's goods it shows. */
    public static boolean onMarketplace(Link link) {
        String host = link.host().toLowerCase(Locale.ROOT);
        return host.contains("amazon.") || host.contains("ebay.");
    }

    /**
     * Whether the link is to a site that can be one person's own: not a shared platform, marketplace or service,
     * not help, a picture, a petition, a form or a paste, and not behind a shortener.
     */
    public static boolean mayBeOnesOwn(Link link) {
        String host = link.host().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || SHARED.contains(host) || LinkCues.SHORTENERS.contains(host) || SignUpForms.is(link)
                || PasteSites.is(link)) {
            return false;
        }
        // A subdomain of a shared service is a page on it (a blog on a blog host, a shop on a store platform).
        int dot = host.indexOf('.');
        if (dot > 0 && host.indexOf('.', dot + 1) > 0 && SHARED.contains(host.substring(dot + 1))) {
            return false;
        }
        if (onMarketplace(link)) {
            return false;
        }
        return LinkKind.of(link.url().toLowerCase(Locale.ROOT)) == LinkKind.OTHER
                && LinkKind.of("https://" + host + "/x") == LinkKind.OTHER;
    }
}
