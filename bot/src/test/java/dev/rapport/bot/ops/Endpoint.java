package dev.rapport.bot.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/** The management endpoint as a scraper or a container's health check sees it. */
final class Endpoint {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;

    Endpoint(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    PrometheusText scrape() {
        HttpResponse<String> r = get("/metrics");
        if (r.statusCode() != 200) {
            throw new AssertionError("/metrics answered " + r.statusCode());
        }
        return PrometheusText.parse(r.body());
    }

    /** Scrapes until the metrics satisfy {@code condition}; fails after {@code timeout} with the last scrape. */
    PrometheusText awaitMetrics(Predicate<PrometheusText> condition, Duration timeout) {
        return await(this::scrape, condition, timeout, "metrics");
    }

    /** Asks {@code path} until the answer satisfies {@code condition}. */
    HttpResponse<String> await(String path, Predicate<HttpResponse<String>> condition, Duration timeout) {
        return await(() -> get(path), condition, timeout, path);
    }

    private static <T> T await(java.util.function.Supplier<T> ask, Predicate<T> condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = ask.get();
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " never became as expected; last: " + last);
            }
            // Polling what an operator's tools poll; the endpoint has no push channel to wait on.
            LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
            last = ask.get();
        }
        return last;
    }
}
