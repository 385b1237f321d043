package dev.rapport.bot.storage.ledger;

/** How a tip reached the person. */
public enum DeliveryChannel {
    DM, EPHEMERAL, DIGEST
}
