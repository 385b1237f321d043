package dev.rapport.bot.ops;

import java.util.Objects;

/** The service settings of {@code rapport run}: the management endpoint and the log format. */
public record OpsSettings(ManagementSettings management, LogFormat logFormat) {
    public OpsSettings {
        Objects.requireNonNull(management, "management");
        Objects.requireNonNull(logFormat, "logFormat");
    }
}
