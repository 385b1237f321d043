package dev.rapport.rules.model;

import java.util.Objects;

/**
 * A link found in a message.
 *
 * @param url         the link as written (kept only in memory, like the text)
 * @param fingerprint the normalised form used to recognise the same link again: no scheme, no {@code www.},
 *                    no fragment, no tracking parameters, no trailing slash. Safe to store.
 * @param host        the normalised host, e.g. {@code example.com}
 * @param disguised   the link was written so that link filters miss it: dots spelled out or bracketed
 *                    ({@code example[.]com}, {@code example dot com}), spaced out, or look-alike letters from another
 *                    script. Its fingerprint is that of the plain link.
 */
public record Link(String url, String fingerprint, String host, boolean disguised) {
    public Link {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(host, "host");
    }

    /** A link written plainly. */
    public Link(String url, String fingerprint, String host) {
        this(url, fingerprint, host, false);
    }
}
