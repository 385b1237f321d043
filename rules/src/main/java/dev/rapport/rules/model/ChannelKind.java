package dev.rapport.rules.model;

/** What kind of conversation a message was written in. */
public enum ChannelKind {
    /** A public or members-only channel of a community. */
    CHANNEL,
    /** A thread or forum post hanging off a channel. */
    THREAD,
    /** A private conversation between two people. */
    DIRECT
}
