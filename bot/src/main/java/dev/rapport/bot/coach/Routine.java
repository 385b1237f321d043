package dev.rapport.bot.coach;

import java.time.Duration;

/** Work that runs on a schedule (ticking the engine's clock, saving state, sending the outbox, digests). */
public interface Routine {

    /** A short name for logs. */
    String name();

    /** How long between two runs. */
    Duration interval();

    /** One run; exceptions are logged by the scheduler and the routine keeps its schedule. */
    void run();
}
