package dev.rapport.bot.coach;

import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.engine.CoachEngine;

/** Builds the coaching engine for given settings: the same rules, detector, enrollment, pseudonyms and clock each time. */
@FunctionalInterface
public interface EngineFactory {
    CoachEngine build(CoachSettings settings);
}
