package dev.rapport.bot.replay;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on stderr, drawn only for a person at a terminal; silent otherwise. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean enabled;
    private int lastPercent = -1;
    private long lastDraw;

    private ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static ProgressBar forTerminal(PrintWriter err, boolean terminal) {
        return new ProgressBar(err, terminal);
    }

    void show(double fraction) {
        if (!enabled || fraction < 0) {
            return;
        }
        int percent = (int) Math.floor(fraction * 100);
        long now = System.nanoTime();
        if (percent == lastPercent || now - lastDraw < 100_000_000L && percent < 100) {
            return;
        }
        lastPercent = percent;
        lastDraw = now;
        int filled = percent * WIDTH / 100;
        err.printf(Locale.ROOT, "\rreading [%s%s] %3d%%", "#".repeat(filled), ".".repeat(WIDTH - filled), percent);
        err.flush();
    }

    void done() {
        if (!enabled || lastPercent < 0) {
            return;
        }
        err.print("\r" + " ".repeat(WIDTH + 20) + "\r");
        err.flush();
    }
}
