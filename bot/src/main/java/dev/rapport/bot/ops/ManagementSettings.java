package dev.rapport.bot.ops;

import java.util.Objects;

/**
 * The management endpoint ({@code rapport.management}): health, readiness and metrics over HTTP on a port of its
 * own, so that it can stay on loopback (or a private network) while nothing about it faces the chat platform.
 *
 * @param enabled whether {@code rapport run} serves it at all
 * @param host    the address to listen on; 127.0.0.1 by default, 0.0.0.0 in a container that is scraped from outside
 * @param port    the TCP port; 0 picks a free one (tests)
 */
public record ManagementSettings(boolean enabled, String host, int port) {
    public ManagementSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
        }
    }
}
