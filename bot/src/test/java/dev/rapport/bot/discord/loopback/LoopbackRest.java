package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The REST half of the loopback server, on the JDK's built-in HTTP server. It checks the bot token, plays any
 * rate limit a test planned, routes the call to its handler, and records the request with the status answered.
 */
final class LoopbackRest {

    static final String API_PREFIX = "/api/v10/";

    /** A route: {@code template} like {@code channels/{channel}/messages}; matched segment by segment. */
    record Route(String method, String template, Handler handler) {

        String key() {
            return method + " " + template;
        }
    }

    @FunctionalInterface
    interface Handler {
        RestReply handle(RestCall call);
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final String expectedAuthorization;
    private final List<Route> routes;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Recorder<RecordedRequest> requests = new Recorder<>("REST request");
    private final Map<String, Deque<Double>> plannedRateLimits = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> plannedFailures = new ConcurrentHashMap<>();

    LoopbackRest(String token, List<Route> routes) throws IOException {
        this.expectedAuthorization = "Bot " + token;
        this.routes = List.copyOf(routes);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "loopback-discord-rest");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext(API_PREFIX, this::serve);
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + API_PREFIX;
    }

    Recorder<RecordedRequest> requests() {
        return requests;
    }

    /** The next call to {@code routeKey} ("POST channels/{channel}/messages") gets one 429. */
    void rateLimitNext(String routeKey, double retryAfterSeconds) {
        if (routes.stream().noneMatch(route -> route.key().equals(routeKey))) {
            throw new IllegalArgumentException("No loopback route " + routeKey + "; known: "
                    + routes.stream().map(Route::key).toList());
        }
        plannedRateLimits.computeIfAbsent(routeKey, key -> new ConcurrentLinkedDeque<>()).add(retryAfterSeconds);
    }

    /** The next {@code count} calls to {@code routeKey} fail with HTTP {@code status} (Discord's error shape). */
    void failNext(String routeKey, int status, int count) {
        if (routes.stream().noneMatch(route -> route.key().equals(routeKey))) {
            throw new IllegalArgumentException("No loopback route " + routeKey);
        }
        Deque<Integer> planned = plannedFailures.computeIfAbsent(routeKey, key -> new ConcurrentLinkedDeque<>());
        for (int i = 0; i < count; i++) {
            planned.add(status);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Instant receivedAt = Instant.now();
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath().substring(API_PREFIX.length());
            Map<String, String> query = parseQuery(uri.getRawQuery());
            Route route = match(method, path);
            Map<String, String> extraHeaders = new LinkedHashMap<>();
            RestCall call = new RestCall(method, path, Map.of(), query, Payloads.missing(), List.of());
            RestReply reply;
            try {
                call = parseBody(call, exchange.getRequestBody().readAllBytes(),
                        exchange.getRequestHeaders().getFirst("Content-Type"));
                reply = answer(exchange, route, call.withParams(route, path), extraHeaders);
            } catch (IllegalArgumentException e) {
                reply = RestReply.error(400, 50035, "Invalid Form Body: " + e.getMessage());
            } catch (RuntimeException e) {
                // A bug in a handler must reach the test as a visible 500, not as a silently dropped connection.
                reply = RestReply.error(500, 0, "Loopback handler failed: " + e);
            }
            // Recorded before answering: once the client has seen a reply, the test is sure to see the request.
            requests.add(new RecordedRequest(receivedAt, method, path, query, headersOf(exchange.getRequestHeaders()),
                    call.json(), call.files().stream().map(MultipartBody.Part::filename).toList(),
                    call.files().stream().map(MultipartBody.Part::content).toList(), reply.status(),
                    route == null ? null : route.template()));
            respond(exchange, reply, extraHeaders);
        }
    }

    private RestReply answer(HttpExchange exchange, Route route, RestCall call, Map<String, String> extraHeaders) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        // Interaction callbacks and webhooks are authorised by the token in their path, as on Discord: a client may
        // send them without the bot token (Javacord does), but a wrong bot token is still refused.
        boolean tokenInPath = route != null && (route.template().startsWith("interactions/")
                || route.template().startsWith("webhooks/"));
        if (!(tokenInPath && authorization == null) && !expectedAuthorization.equals(authorization)) {
            return RestReply.error(401, 0, "401: Unauthorized");
        }
        if (route == null) {
            return RestReply.error(404, 0, "404: Not Found");
        }
        Deque<Integer> failures = plannedFailures.get(route.key());
        Integer failure = failures == null ? null : failures.poll();
        if (failure != null) {
            return RestReply.error(failure, failure == 400 ? 50035 : 0, failure == 400 ? "Invalid Form Body" : "Server Error");
        }
        Double retryAfter = nextPlannedRateLimit(route);
        if (retryAfter != null) {
            return rateLimited(route, retryAfter, extraHeaders);
        }
        rateLimitHeaders(route, extraHeaders, 49, 1.0);
        return route.handler().handle(call);
    }

    private Route match(String method, String path) {
        for (Route route : routes) {
            if (route.method().equals(method) && RouteTemplate.matches(route.template(), path)) {
                return route;
            }
        }
        return null;
    }

    private Double nextPlannedRateLimit(Route route) {
        Deque<Double> planned = plannedRateLimits.get(route.key());
        return planned == null ? null : planned.poll();
    }

    /** Discord's 429: {@code retry_after} in seconds in the body, whole seconds in {@code Retry-After}. */
    private static RestReply rateLimited(Route route, double retryAfter, Map<String, String> headers) {
        headers.put("Retry-After", Long.toString((long) Math.ceil(retryAfter)));
        headers.put("X-RateLimit-Scope", "user");
        rateLimitHeaders(route, headers, 0, retryAfter);
        return new RestReply(429, Payloads.object()
                .put("message", "You are being rate limited.")
                .put("retry_after", retryAfter)
                .put("global", false));
    }

    private static void rateLimitHeaders(Route route, Map<String, String> headers, int remaining, double resetAfter) {
        long resetAtMillis = System.currentTimeMillis() + (long) (resetAfter * 1000);
        headers.put("X-RateLimit-Limit", "50");
        headers.put("X-RateLimit-Remaining", Integer.toString(remaining));
        headers.put("X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", resetAtMillis / 1000.0));
        headers.put("X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", resetAfter));
        headers.put("X-RateLimit-Bucket", Integer.toHexString(route.key().hashCode()));
        // JDA treats a 429 without a Via header as Cloudflare's global ban; Discord's own 429s carry one.
        headers.put("Via", "1.1 loopback");
    }

    private RestCall parseBody(RestCall bare, byte[] body, String contentType) {
        JsonNode json = Payloads.missing();
        List<MultipartBody.Part> files = new ArrayList<>();
        String boundary = MultipartBody.boundaryOf(contentType);
        if (boundary != null) {
            for (MultipartBody.Part part : MultipartBody.parse(body, boundary)) {
                if (part.filename() != null) {
                    files.add(part);
                } else if ("payload_json".equals(part.name())) {
                    json = readJson(part.content());
                }
            }
        } else if (body.length > 0) {
            json = readJson(body);
        }
        return new RestCall(bare.method(), bare.route(), Map.of(), bare.query(), json, files);
    }

    private JsonNode readJson(byte[] bytes) {
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("Request body is not JSON", e);
        }
    }

    private void respond(HttpExchange exchange, RestReply reply, Map<String, String> extraHeaders)
            throws IOException {
        Headers headers = exchange.getResponseHeaders();
        extraHeaders.forEach(headers::set);
        if (reply.body() == null) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        byte[] bytes = mapper.writeValueAsBytes(reply.body());
        headers.set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, List<String>> headersOf(Headers headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("authorization")) {
                copy.put(lower, List.copyOf(values));
            }
        });
        return copy;
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }
}
