package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A yes to someone's request, with only a time put back to them: "Sure, Tuesday evening?", "Yes, first thing
 * Monday?", "Of course. What about the 14th at noon?", "Happy to. Shall we say Friday at 4?". Said under the other's
 * own question ("may I drop by with the samples?", "would you look over our boiler?"), it grants what they asked:
 * the question mark only offers a time, which they take up by turning up or settle however they like. Their request
 * is answered; they owe no answer to it as to a question put to them.
 *
 * <p>Only a yes that grants: "yes please, Thursday?" accepts the other's offer and asks them to fix the day, which they
 * owe. Only a time offered: a question that asks anything else after the yes ("yes, how many crates?", "sure, which
 * week?") still asks.
 */
public final class GrantedWithATime {
    /** The yes that opens the message, a name after it allowed ("Yes Monty, ..."), not "yes please". */
    private static final Pattern GRANTED = Pattern.compile("^\\s*(?:yes|yep|yeah|yup|sure|of course|course|certainly"
            + "|absolutely|definitely|gladly|happy to|no problem)(?![\\p{L}'])(?!\\s*,?\\s*please)[\\s\\p{L}]{0,20}?"
            + "[.,!:]+\\s*(.+)$", Pattern.DOTALL);
    /** A word or figure of a time: a day, a part of a day, a date, an hour. */
    private static final Pattern TIME = Pattern.compile("\\b(?:" + CalendarWords.WEEKDAY_ALTERNATION + "|"
            + CalendarWords.MONTH_ALTERNATION + "|today|tonight|tomorrow|morning|afternoon|evening|lunchtime|noon"
            + "|weekend|next week)\\b|\\b\\d{1,2}(?:st|nd|rd|th)\\b|\\b\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)\\b"
            + "|\\bat \\d{1,2}(?:[:.]\\d{2})?\\b|\\b\\d{1,2}[:.]\\d{2}\\b");
    /** A question word that asks for more than whether the time suits ("how about" and "how's" only offer one). */
    private static final Pattern ASKS_MORE = Pattern.compile("\\b(?:who|whom|whose|which|why|where|what(?! about)"
            + "|how(?! about|'?s)|you|your)\\b");

    private GrantedWithATime() {
    }

    /**
     * Whether {@code text} opens with a yes and its every question offers a time and asks nothing else: a request
     * granted with a time put back to its asker.
     */
    public static boolean is(String text) {
        if (text == null || text.indexOf('?') < 0) {
            return false;
        }
        Matcher m = GRANTED.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        if (!m.matches()) {
            return false;
        }
        String rest = m.group(1);
        int start = 0;
        boolean any = false;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '.' && i + 1 < rest.length() && Character.isDigit(rest.charAt(i + 1))) {
                // "8.50": a time, not a full stop.
                continue;
            }
            if (c == '.' || c == '!' || c == '\n') {
                start = i + 1;
            } else if (c == '?') {
                String question = rest.substring(start, i);
                if (!TIME.matcher(question).find() || ASKS_MORE.matcher(question).find()) {
                    return false;
                }
                any = true;
                start = i + 1;
            }
        }
        return any;
    }
}
