package dev.rapport.bot.discord.loopback;

/**
 * One option value of a slash command invocation.
 *
 * @param type    Discord's option type: 3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role
 * @param value   the value as JSON would carry it (String, Long or Boolean; a user id for type 6)
 * @param focused true for the option an autocomplete request is about
 */
record CommandOption(String name, int type, Object value, boolean focused) {

    static final int STRING = 3;
    static final int INTEGER = 4;
    static final int BOOLEAN = 5;
    static final int USER = 6;
    static final int CHANNEL = 7;
    static final int ROLE = 8;
}
