package dev.rapport.rules.model;

import java.util.Objects;

/**
 * A link found in a message.
 *
 * @param url         the link as written (kept only in memory, like the text)
 * @param fingerprint the normalised form used to recognise the same link again: no scheme, no {@code www.},
 *                    no fragment, no tracking parameters, no trailing slash. Safe to store.
 * @param host        the normalised host, e.g. {@code example.com}
 */
public record Link(String url, String fingerprint, String host) {
    public Link {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(host, "host");
    }
}
