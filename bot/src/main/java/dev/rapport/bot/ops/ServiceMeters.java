package dev.rapport.bot.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;

import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The process's gauges, read at each scrape from the parts that know them (nothing is copied or polled): outbox
 * depth and drops, the engine's queue, the gateway's shards and latency, and the JVM's own meters.
 */
public final class ServiceMeters implements AutoCloseable {
    private final JvmGcMetrics gc = new JvmGcMetrics();
    // Function counters and time gauges hold their sources weakly: kept here for as long as the meters live.
    private final Sources sources;

    /** What the gauges read. */
    public record Sources(IntSupplier outboxDepth, LongSupplier outboxDropped, IntSupplier engineQueueDepth,
                          IntSupplier shardsOwned, IntSupplier shardsConnected, DoubleSupplier gatewayLatencyMillis) {
    }

    public ServiceMeters(MeterRegistry registry, Sources sources) {
        this.sources = sources;
        Gauge.builder("rapport.outbox.depth", sources.outboxDepth()::getAsInt)
                .description("Private messages (tips, bundles, digests) waiting to be sent").register(registry);
        FunctionCounter.builder("rapport.outbox.dropped", sources.outboxDropped(), LongSupplier::getAsLong)
                .description("Private messages dropped because the outbox was full").register(registry);
        Gauge.builder("rapport.engine.queue.depth", sources.engineQueueDepth()::getAsInt)
                .description("Tasks (events, reports, saves) waiting for the engine thread").register(registry);
        Gauge.builder("rapport.gateway.shards", sources.shardsOwned()::getAsInt)
                .description("Gateway shards this process runs").register(registry);
        Gauge.builder("rapport.gateway.shards.connected", sources.shardsConnected()::getAsInt)
                .description("Gateway shards of this process connected now").register(registry);
        // Seconds, as Prometheus expects; NaN while no shard is connected (an absent value, not a fast one).
        TimeGauge.builder("rapport.gateway.latency", sources.gatewayLatencyMillis(), TimeUnit.MILLISECONDS, s -> {
                    double ms = s.getAsDouble();
                    return ms < 0 ? Double.NaN : ms;
                })
                .strongReference(true)
                .description("Average heartbeat round trip of this process's connected gateway shards").register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    @Override
    public void close() {
        gc.close();
    }
}
