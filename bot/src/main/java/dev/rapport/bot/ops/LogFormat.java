package dev.rapport.bot.ops;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;

import java.net.URL;
import java.util.Locale;
import java.util.Optional;

/**
 * How log lines look ({@code rapport.log.format}): {@code text} for people reading a terminal, {@code json} (one
 * object per line, logback's own JsonEncoder) for log collectors. Either way a line carries the formatted message
 * only, never the arguments on their own, and nothing in Rapport logs a message's text or a token.
 */
public enum LogFormat {
    TEXT("logback.xml"),
    JSON("logback-json.xml");

    private final String resource;

    LogFormat(String resource) {
        this.resource = resource;
    }

    /** The format named {@code name} ({@code text} or {@code json}, any case). */
    public static Optional<LogFormat> named(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The logback configuration file of this format, on the class path. */
    public String resource() {
        return resource;
    }

    /**
     * Reconfigures {@code context} for this format: what was configured before goes, levels included (the format's
     * file sets them again, still honouring {@code RAPPORT_LOG_LEVEL}).
     */
    public void apply(LoggerContext context) {
        URL url = LogFormat.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("the logging configuration " + resource + " is missing from the jar");
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        context.reset();
        try {
            configurator.doConfigure(url);
        } catch (JoranException e) {
            throw new IllegalStateException("the logging configuration " + resource + " is broken: " + e.getMessage(), e);
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
