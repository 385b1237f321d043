package dev.rapport.bot.run;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether Discord's REST address can be reached at all, asked before the bot logs in: a machine without network,
 * DNS or a way through its firewall gets one line saying which of these failed, rather than JDA's stack traces.
 * Only a TCP connection is opened (no request is sent). Behind a configured proxy the check is left to JDA.
 */
final class DiscordReachability {
    private final Duration timeout;

    DiscordReachability(Duration timeout) {
        this.timeout = timeout;
    }

    /** Why {@code base} cannot be reached, or empty when a connection could be opened (or a proxy is in use). */
    Optional<String> problem(URI base) {
        if (System.getProperty("https.proxyHost") != null || System.getProperty("socksProxyHost") != null) {
            return Optional.empty();
        }
        String host = base.getHost();
        int port = base.getPort() > 0 ? base.getPort() : "http".equals(base.getScheme()) ? 80 : 443;
        String where = host + ":" + port;
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("the name " + host + " cannot be resolved (no network, or no DNS server answering)");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
            return Optional.empty();
        } catch (ConnectException e) {
            return Optional.of("the connection to " + where + " was refused");
        } catch (NoRouteToHostException e) {
            return Optional.of("there is no route to " + where + " (no network?)");
        } catch (SocketTimeoutException e) {
            return Optional.of("no answer from " + where + " within " + timeout.toSeconds()
                    + " s (a firewall, or a proxy that is not configured?)");
        } catch (IOException e) {
            return Optional.of("cannot connect to " + where + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    /** The network failure behind {@code e}, if that is what it is: the outermost I/O exception in its causes. */
    static Optional<IOException> networkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return Optional.of(io);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
