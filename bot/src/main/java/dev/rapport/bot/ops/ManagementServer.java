package dev.rapport.bot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The management endpoint on its own port (the JDK's HTTP server: three read-only routes need no framework).
 * {@code GET /healthz}: 200 while the process is up. {@code GET /readyz}: 200 when every readiness check passes,
 * otherwise 503 with one line per problem. {@code GET /metrics}: the Prometheus text format (OpenMetrics when the
 * scraper asks for it). Anything else: 404; other methods: 405.
 */
public final class ManagementServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ManagementServer.class);
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String OPENMETRICS = "application/openmetrics-text";

    /** The port could not be listened on; the message names the address and the way out. */
    public static final class CannotListen extends RuntimeException {
        CannotListen(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ManagementSettings settings;
    private final PrometheusMeterRegistry registry;
    private final Readiness readiness;
    private HttpServer server;
    private ExecutorService executor;
    /** Answers being written: only they are worth the second {@link #close} gives. */
    private final AtomicInteger answering = new AtomicInteger();

    public ManagementServer(ManagementSettings settings, PrometheusMeterRegistry registry, Readiness readiness) {
        this.settings = settings;
        this.registry = registry;
        this.readiness = readiness;
    }

    /** Starts listening, unless the endpoint is disabled. */
    public synchronized void start() {
        if (!settings.enabled() || server != null) {
            return;
        }
        InetSocketAddress address = new InetSocketAddress(settings.host(), settings.port());
        try {
            server = HttpServer.create(address, 16);
        } catch (IOException e) {
            throw new CannotListen("the management endpoint cannot listen on " + settings.host() + ":" + settings.port()
                    + " (" + e.getMessage() + "); choose another rapport.management.port, or set "
                    + "rapport.management.enabled = false", e);
        }
        // Two threads: a slow readiness probe (a database that does not answer) never holds up a health check.
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "rapport-management");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        log.info("management endpoint on http://{}:{}/ (healthz, readyz, metrics)", settings.host(), port());
    }

    /** The port listened on (the chosen one when configured as 0); -1 when not listening. */
    public synchronized int port() {
        return server == null ? -1 : server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        answering.incrementAndGet();
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().add("Allow", "GET, HEAD");
                reply(exchange, 405, TEXT, "only GET and HEAD\n");
                return;
            }
            switch (exchange.getRequestURI().getPath()) {
                case "/healthz" -> reply(exchange, 200, TEXT, "ok\n");
                case "/readyz" -> ready(exchange);
                case "/metrics" -> metrics(exchange);
                default -> reply(exchange, 404, TEXT, "not found: try /healthz, /readyz or /metrics\n");
            }
        } catch (IOException | RuntimeException e) {
            log.warn("the management endpoint could not answer {}", exchange.getRequestURI().getPath(), e);
            throw e;
        } finally {
            answering.decrementAndGet();
        }
    }

    private void ready(HttpExchange exchange) throws IOException {
        Readiness.State state = readiness.check();
        if (state.ready()) {
            reply(exchange, 200, TEXT, "ready\n");
            return;
        }
        StringBuilder body = new StringBuilder("not ready\n");
        for (Map.Entry<String, String> p : state.problems().entrySet()) {
            body.append(p.getKey()).append(": ").append(p.getValue()).append('\n');
        }
        reply(exchange, 503, TEXT, body.toString());
    }

    private void metrics(HttpExchange exchange) throws IOException {
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        if (accept != null && accept.contains(OPENMETRICS)) {
            reply(exchange, 200, "application/openmetrics-text; version=1.0.0; charset=utf-8", registry.scrape(OPENMETRICS));
        } else {
            reply(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Stops listening (answers in flight get a second to finish). */
    @Override
    public synchronized void close() {
        readiness.close();
        if (server == null) {
            return;
        }
        // The JDK 17 server's stop(1) waits out the whole second even when no exchange is open (it polls every
        // 200 ms for an end it is only told of when an exchange finishes), so an idle endpoint stops at once.
        server.stop(answering.get() == 0 ? 0 : 1);
        executor.shutdownNow();
        server = null;
    }
}
