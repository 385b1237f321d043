package dev.rapport.bot.importer.irc;

import java.time.LocalTime;
import java.util.Optional;

/** One line of an IRC log, classified. */
sealed interface IrcLine {

    /**
     * Something a person wrote: {@code [HH:MM] <nick> text}, or an action {@code [HH:MM] * nick text}.
     * Old logs write actions as {@code === nick text}, without a time.
     */
    record Said(Optional<LocalTime> time, String nick, String text, boolean action) implements IrcLine {
    }

    /** {@code === old is now known as new}. */
    record Renamed(String oldNick, String newNick) implements IrcLine {
    }

    /** {@code === nick [host] has joined #channel}. */
    record Joined(String nick, String channel) implements IrcLine {
    }

    /** Any other line the logger wrote: parts, quits, mode changes, topics. */
    record Notice() implements IrcLine {
    }

    /** An empty line. */
    record Blank() implements IrcLine {
    }

    /** A line that is none of the above. */
    record Unreadable() implements IrcLine {
    }
}
