package dev.rapport.bot.discord.loopback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * An HTTP proxy in front of a {@link LoopbackDiscord}, for clients whose REST host is fixed to Discord's (Javacord):
 * the client sends {@code CONNECT discord.com:443}; the proxy answers 200, terminates TLS with a certificate made at
 * test time for {@code discord.com}, and passes the decrypted HTTP to the loopback REST server, whose routes answer
 * it. A {@code CONNECT} to the loopback gateway's own address (a websocket client that sends everything through its
 * proxy) is tunnelled to it as it is. Every other target is refused with 403: nothing leaves the machine.
 */
public final class LoopbackConnectProxy implements AutoCloseable {

    public static final String DISCORD_HOST = "discord.com";

    /** Where a tunnel goes: a loopback port, and whether the client speaks TLS inside it. */
    private record Route(int port, boolean terminateTls) {
    }

    private final ServerSocket server;
    private final SSLContext tls;
    private final TestCertificate certificate;
    private final Map<String, Route> routes;
    private final List<String> connects = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final ExecutorService threads;
    private volatile boolean closed;

    private LoopbackConnectProxy(TestCertificate certificate, Map<String, Route> routes) throws IOException {
        this.certificate = certificate;
        this.tls = certificate.serverContext();
        this.routes = Map.copyOf(routes);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "loopback-connect-proxy-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts a proxy that routes {@code discord.com:443} to {@code discord}'s REST routes and its gateway through. */
    public static LoopbackConnectProxy start(LoopbackDiscord discord) throws IOException {
        return start(discord, TestCertificate.forHost(DISCORD_HOST));
    }

    /** As {@link #start(LoopbackDiscord)} with a certificate already made (one per test class is enough). */
    public static LoopbackConnectProxy start(LoopbackDiscord discord, TestCertificate certificate) throws IOException {
        if (!certificate.host().equals(DISCORD_HOST)) {
            throw new IllegalArgumentException("the certificate must be for " + DISCORD_HOST);
        }
        URI rest = URI.create(discord.restBaseUrl());
        URI gateway = URI.create(discord.gatewayUrl());
        LoopbackConnectProxy proxy = new LoopbackConnectProxy(certificate, Map.of(
                DISCORD_HOST + ":443", new Route(rest.getPort(), true),
                gateway.getHost() + ":" + gateway.getPort(), new Route(gateway.getPort(), false)));
        proxy.threads.execute(proxy::acceptLoop);
        return proxy;
    }

    /** The proxy as a client takes it ({@code java.net.Proxy} of type HTTP). */
    public Proxy proxy() {
        return new Proxy(Proxy.Type.HTTP, address());
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }

    public TestCertificate certificate() {
        return certificate;
    }

    /** Every CONNECT target asked for, in order, refused ones included ({@code host:port}). */
    public List<String> connects() {
        return List.copyOf(connects);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                open.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                if (!closed) {
                    throw new IllegalStateException("the loopback proxy stopped accepting", e);
                }
            }
        }
    }

    private void serve(Socket client) {
        try {
            String head = readHead(client.getInputStream());
            String[] request = head.lines().findFirst().orElse("").split(" ");
            OutputStream toClient = client.getOutputStream();
            if (request.length < 3 || !request[0].equals("CONNECT")) {
                reply(toClient, "405 Method Not Allowed");
                client.close();
                return;
            }
            String target = request[1].toLowerCase(Locale.ROOT);
            connects.add(target);
            Route route = routes.get(target);
            if (route == null) {
                // Anything not served here would otherwise reach the real network: refuse it.
                reply(toClient, "403 Forbidden");
                client.close();
                return;
            }
            Socket backend = new Socket(InetAddress.getLoopbackAddress(), route.port());
            open.add(backend);
            reply(toClient, "200 Connection established");
            Socket inner = route.terminateTls() ? terminateTls(client) : client;
            threads.execute(() -> pump(inner, backend));
            pump(backend, inner);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private Socket terminateTls(Socket client) throws IOException {
        // No ALPN protocols offered: the client falls back to HTTP/1.1, which the loopback REST server speaks.
        SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(client, null, client.getPort(), true);
        socket.setUseClientMode(false);
        socket.startHandshake();
        open.add(socket);
        return socket;
    }

    /** Copies {@code from} to {@code to} until {@code from} ends, then closes both (the other pump then ends too). */
    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // One side went away (a dropped gateway, a client closing its pool): the tunnel ends with it.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new SocketException("the client closed before the end of its CONNECT request");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > 16 * 1024) {
                throw new SocketException("CONNECT request head too long");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static void reply(OutputStream out, String status) throws IOException {
        out.write(("HTTP/1.1 " + status + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing an already broken socket: nothing left to release.
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // The listening socket is gone either way.
        }
        open.forEach(LoopbackConnectProxy::closeQuietly);
        threads.shutdownNow();
    }
}
