package dev.rapport.bot.coach;

/** How a private message fared. */
public enum Delivery {
    DELIVERED,
    /** The person does not accept direct messages from the bot (Discord error 50007). */
    DMS_CLOSED,
    /** Anything else (unknown user, platform down); logged where it happened. */
    FAILED
}
