package dev.rapport.rules.links;

import dev.rapport.rules.model.Link;

import java.util.Set;

/**
 * Paste sites: where people put a log, an error or a config file to show it to someone helping them. A link to a
 * paste is part of asking for (or giving) help, not something being promoted, however often it is posted.
 */
public final class PasteSites {
    /**
     * Well-known public pastebin services (general knowledge of the common ones, as listed for instance in
     * Wikipedia's "Pastebin" article and the paste services Linux distributions run for their users), not hosts
     * taken from any log.
     */
    private static final Set<String> HOSTS = Set.of("pastebin.com", "pastebin.ca", "pastebin.mozilla.org",
            "paste.ubuntu.com", "paste.debian.net", "paste.fedoraproject.org", "fpaste.org", "paste.opensuse.org",
            "paste.kde.org", "dpaste.com", "dpaste.org", "bpaste.net", "hastebin.com", "pastie.org", "ix.io",
            "sprunge.us", "termbin.com", "0x0.st", "paste.ee", "paste.rs", "gist.github.com", "gist.githubusercontent.com",
            "ghostbin.com", "controlc.com", "justpaste.it", "codepad.org", "ideone.com", "privatebin.net",
            "paste.mozilla.org", "rentry.co", "pastes.dev");

    private PasteSites() {
    }

    /** Whether the link points to a paste site (the host or any of its subdomains). */
    public static boolean is(Link link) {
        String host = link.host();
        if (HOSTS.contains(host)) {
            return true;
        }
        int dot = host.indexOf('.');
        while (dot >= 0) {
            String parent = host.substring(dot + 1);
            if (HOSTS.contains(parent)) {
                return true;
            }
            dot = host.indexOf('.', dot + 1);
        }
        return false;
    }
}
