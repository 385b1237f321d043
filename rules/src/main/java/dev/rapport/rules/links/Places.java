package dev.rapport.rules.links;

import dev.rapport.rules.model.Link;

import java.util.Set;

/**
 * Links to a place on a map: where to meet, where the event is. Posting the meeting point with each announcement
 * sends people somewhere to be, not to anyone's work; it is logistics, however often it is repeated.
 */
public final class Places {
    /**
     * Map services (general knowledge of the common ones): their hosts, and the convention that a map service is
     * served from a host whose first label is "maps" (maps.google.com, maps.apple.com, maps.app.goo.gl).
     */
    private static final Set<String> HOSTS = Set.of("openstreetmap.org", "osm.org", "what3words.com", "w3w.co",
            "here.com", "wego.here.com", "waze.com", "citymapper.com");

    private Places() {
    }

    /** Whether the link points to a map service. */
    public static boolean is(Link link) {
        String host = link.host();
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.startsWith("maps.") || HOSTS.contains(host)) {
            return true;
        }
        String url = link.url();
        // A map under a general host's path: google.com/maps, goo.gl/maps, bing.com/maps.
        int scheme = url.indexOf("://");
        int path = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return path >= 0 && url.regionMatches(true, path, "/maps", 0, 5)
                && (url.length() == path + 5 || url.charAt(path + 5) == '/' || url.charAt(path + 5) == '?');
    }
}
