package dev.rapport.bot.run;

/** Tells the running bot when the process is asked to stop (SIGTERM, Ctrl-C). */
@FunctionalInterface
public interface ShutdownSignal {

    /** The JVM's shutdown hook: runs {@code stop} when the process is terminated. */
    ShutdownSignal JVM = stop -> Runtime.getRuntime().addShutdownHook(new Thread(stop, "rapport-shutdown"));

    void onShutdown(Runnable stop);
}
