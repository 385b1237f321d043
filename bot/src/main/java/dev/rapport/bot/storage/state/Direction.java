package dev.rapport.bot.storage.state;

/** Which way an interaction went, seen from the coached person. */
public enum Direction {
    /** The person engaged with the counterpart (replied, answered, reacted). */
    GIVEN,
    /** The counterpart engaged with the person. */
    RECEIVED
}
