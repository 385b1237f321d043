package dev.rapport.bot.importer.irc;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Classifies the lines of an IRC log in the irssi-like form of the Ubuntu logs:
 * <pre>
 * [03:10] &lt;yohannes&gt; can anyone recommend any app to create/open *.rar file?
 * [10:00]  * ActionParsnip gives quibbler a spoon
 * === yohannes [~yohannes@host]  has joined #ubuntu
 * === strestout1__ is now known as strestout1
 * === ajmitch checks to see if his packages are in hoary/universe     (an action, in old logs)
 * </pre>
 * Hand-written scanning: no regular expression sees the text.
 */
final class IrcLineParser {

    private static final String SYSTEM_PREFIX = "===";
    private static final String[] NOTICE_PHRASES = {
            " has left", " has quit", " was kicked", " changed the topic", " sets mode", " set the topic"};

    IrcLine parse(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return new IrcLine.Blank();
        }
        Optional<LocalTime> time = Optional.empty();
        int pos = 0;
        if (s.charAt(0) == '[') {
            int close = s.indexOf(']');
            if (close < 0) {
                return new IrcLine.Unreadable();
            }
            Optional<LocalTime> parsed = parseTime(s, 1, close);
            if (parsed.isEmpty()) {
                return new IrcLine.Unreadable();
            }
            time = parsed;
            pos = skipSpaces(s, close + 1);
        }
        if (s.startsWith(SYSTEM_PREFIX, pos)) {
            return system(s, skipSpaces(s, pos + SYSTEM_PREFIX.length()), time);
        }
        if (time.isEmpty()) {
            return new IrcLine.Unreadable();
        }
        if (pos < s.length() && s.charAt(pos) == '<') {
            return said(s, pos, time);
        }
        if (pos < s.length() && s.charAt(pos) == '*') {
            return action(s, skipSpaces(s, pos + 1), time);
        }
        return new IrcLine.Unreadable();
    }

    private static IrcLine said(String s, int open, Optional<LocalTime> time) {
        int close = s.indexOf('>', open + 1);
        if (close < 0) {
            return new IrcLine.Unreadable();
        }
        String nick = stripModePrefix(s.substring(open + 1, close).strip());
        if (!isNick(nick)) {
            return new IrcLine.Unreadable();
        }
        return new IrcLine.Said(time, nick, s.substring(Math.min(s.length(), close + 1)).strip(), false);
    }

    private static IrcLine action(String s, int pos, Optional<LocalTime> time) {
        int end = wordEnd(s, pos);
        String nick = s.substring(pos, end);
        if (!isNick(nick)) {
            return new IrcLine.Unreadable();
        }
        return new IrcLine.Said(time, nick, s.substring(end).strip(), true);
    }

    private static IrcLine system(String s, int pos, Optional<LocalTime> time) {
        int end = wordEnd(s, pos);
        String first = s.substring(pos, end);
        String rest = s.substring(end);
        if (first.isEmpty() || !isNick(first)) {
            return new IrcLine.Notice(); // "mode/#ubuntu [...] by X", topics...
        }
        String renamed = " is now known as ";
        int at = rest.indexOf(renamed);
        if (at == 0 || at > 0 && rest.substring(0, at).isBlank()) {
            String newNick = firstWord(rest, at + renamed.length());
            return isNick(newNick) ? new IrcLine.Renamed(first, newNick) : new IrcLine.Notice();
        }
        int joined = rest.indexOf(" has joined ");
        if (joined >= 0) {
            String channel = firstWord(rest, joined + " has joined ".length());
            return new IrcLine.Joined(first, channel.toLowerCase(Locale.ROOT));
        }
        for (String phrase : NOTICE_PHRASES) {
            if (rest.contains(phrase)) {
                return new IrcLine.Notice();
            }
        }
        String afterNick = rest.strip();
        if (afterNick.isEmpty() || afterNick.charAt(0) == '[') {
            return new IrcLine.Notice();
        }
        return new IrcLine.Said(time, first, afterNick, true);
    }

    private static Optional<LocalTime> parseTime(String s, int from, int to) {
        // HH:MM or HH:MM:SS
        int len = to - from;
        if (len != 5 && len != 8) {
            return Optional.empty();
        }
        int h = twoDigits(s, from);
        int m = s.charAt(from + 2) == ':' ? twoDigits(s, from + 3) : -1;
        int sec = 0;
        if (len == 8) {
            sec = s.charAt(from + 5) == ':' ? twoDigits(s, from + 6) : -1;
        }
        if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(h, m, sec));
    }

    private static int twoDigits(String s, int at) {
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }

    private static String stripModePrefix(String nick) {
        int i = 0;
        while (i < nick.length() && "@+%~&".indexOf(nick.charAt(i)) >= 0) {
            i++;
        }
        return nick.substring(i);
    }

    private static boolean isNick(String word) {
        if (word.isEmpty() || word.length() > 64) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) || "_-[]\\`^{}|.".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String firstWord(String s, int from) {
        int start = skipSpaces(s, Math.min(from, s.length()));
        return s.substring(start, wordEnd(s, start));
    }

    private static int wordEnd(String s, int from) {
        int i = from;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
