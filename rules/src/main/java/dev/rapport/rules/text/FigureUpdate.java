package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A short post whose news is a figure: the day's reading of a gauge or a forecast ("0.55 today, dropping"), the places
 * left on a list ("4 slots left"), a count so far ("£2,100 raised", "11 boats signed"). Brought with the same link each
 * time, the link is where the figure comes from (the public gauge, the members' sheet): what is new in each post is the
 * figure, told as a service to the room, not the link pushed again.
 *
 * <p>Only a post that is mostly the figure counts (a few words beside it), and only a figure that is measured or
 * counted: not a clock time or a date ("10am", "the 17th", "7:30", "13 May"), which a reminder of an event or one's
 * free dates carry, and not a price or a discount ("£28", "20% off"), which an offer carries.
 */
public final class FigureUpdate {
    /** Compiled once: these run on every message a coached person writes. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[^\\p{L}\\p{N}£$€¥]+|[^\\p{L}\\p{N}%]+$");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}%']");
    private static final Pattern BARE_SITE = Pattern.compile("\\S*\\p{L}\\.\\p{L}{2,}(?:/\\S*)?");
    private static final Pattern CLOCK = Pattern.compile(".*\\d[:.]\\d\\d(?!\\d).*");
    /** Words at most beside the figure and the link: a reading is said in a line, an announcement takes more. */
    private static final int MAX_WORDS = 12;
    /** What makes a number a clock time or a date (general English). */
    private static final Set<String> TIME_OR_DATE = Set.of("am", "pm", "st", "nd", "rd", "th", "o'clock");
    /**
     * The months, written out or short (general English): a number beside one is a day of the month ("13 May", "June
     * 20", "3 sept"), a date like "the 17th", which a booking or an event carries, not a reading or a count.
     */
    private static final Set<String> MONTHS = CalendarWords.MONTHS_WITH_SHORT_FORMS;
    /** What makes a number a price (general English). */
    private static final Set<String> PRICE = Set.of("off", "quid", "bucks", "p", "k", "usd", "eur", "gbp", "dollars",
            "euros", "pounds");
    /**
     * Units a reading is measured in (wind, height, rain, temperature, pressure): a number with one is a measured
     * figure, never a time or a price. Not "m" or "h", which also write minutes and hours.
     */
    private static final Set<String> MEASURE = Set.of("kt", "kts", "knots", "mph", "kph", "ft", "mm", "cm", "hpa", "mb",
            "°", "°c", "°f");
    /** Words before a number that make it a time ("leaving at 7", "back by 6", "open until 9"). */
    private static final Set<String> TIME_BEFORE = Set.of("at", "by", "until", "till", "til", "before", "from",
            "around", "@");
    /** Currency signs written before or after a price. */
    private static final String CURRENCY = "£$€¥";

    /** Prices at least in a post of the going prices: a market's day is told by several goods, an offer by one or two. */
    private static final int MARKET_PRICES = 3;
    /** Words at most beside a market's prices and the link: each good named with its price, little else. */
    private static final int MARKET_WORDS = 20;
    /**
     * Words by which the writer claims what is priced, sells it or puts it to the reader (general English): the going
     * prices of a market told to the room are nobody's offer, and say none of these.
     */
    private static final Set<String> OFFER_WORDS = Set.of("i", "i'm", "i've", "i'll", "my", "mine", "we", "we're",
            "we've", "we'll", "our", "ours", "us", "you", "your", "off", "sale", "order", "orders", "dm", "pm",
            "code", "buy", "book", "deal", "deals", "stock", "left");

    private FigureUpdate() {
    }

    /**
     * Whether {@code text} (its links aside) is the going prices of a market told to the room: three or more goods,
     * each with its price, in a short post that claims, offers or puts nothing to anyone ("the wholesale floor at
     * six: lamb £7.10, brisket £8.90, belly £4.30 a kilo"). The prices are the figures, a reading of the market like a
     * gauge's; whose the goods are the post does not say, and in a room kept for prices
     * ({@link ChannelPurpose#pricesRoom}) they are nobody's offer. One's own list at one's prices says so ("our prices
     * this week", "order by Friday").
     */
    public static boolean marketPrices(String text) {
        if (text == null || text.isEmpty() || text.indexOf('?') >= 0 || text.indexOf('%') >= 0) {
            return false;
        }
        return marketPricesRead(text);
    }

    /**
     * Whether {@code text} is the going prices of a market ({@link #marketPrices}) told in a room kept for prices
     * ({@link ChannelPurpose#pricesRoom}): the room's reading, like a gauge's in a room for the river, not an offer.
     */
    public static boolean marketPricesIn(ChannelInfo room, String text) {
        // The room first: its topic is short, and most rooms keep no prices.
        return ChannelPurpose.pricesRoom(room) && marketPrices(text);
    }

    private static boolean marketPricesRead(String text) {
        String words = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("\\S*://\\S*|\\bwww\\.\\S*", " ");
        String[] tokens = SPACES.split(words.trim());
        int count = 0;
        int prices = 0;
        boolean named = false;
        for (String token : tokens) {
            String word = EDGE_MARKS.matcher(token).replaceAll("");
            // a site written bare ("prices.example/market") is the source, not a word of the post
            if (word.isEmpty() || BARE_SITE.matcher(word).matches()) {
                continue;
            }
            count++;
            if (OFFER_WORDS.contains(word)) {
                return false;
            }
            if (priced(word) && word.chars().anyMatch(Character::isDigit)) {
                // a price counts for a good when a word names one before it ("hake £6.20"), not a price list's total
                prices += named ? 1 : 0;
                named = false;
            } else if (word.chars().anyMatch(Character::isLetter)) {
                named = true;
            }
        }
        return prices >= MARKET_PRICES && count <= MARKET_WORDS;
    }

    /** Whether {@code text} (its links aside) is a short post whose news is a measured or counted figure. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String words = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("\\S*://\\S*|\\bwww\\.\\S*", " ");
        String[] tokens = SPACES.split(words.trim());
        int count = 0;
        for (String token : tokens) {
            if (token.chars().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        if (count == 0 || count > MAX_WORDS) {
            return false;
        }
        boolean measured = measured(tokens);
        boolean figure = false;
        for (int i = 0; i < tokens.length; i++) {
            String after = afterNumber(tokens, i);
            if (after == null) {
                continue;
            }
            String next = i + 1 < tokens.length ? NOT_A_LETTER.matcher(tokens[i + 1]).replaceAll("") : "";
            // "£28", "28quid", "20% off": a price, not a reading
            if (PRICE.contains(after) || PRICE.contains(next) || after.startsWith("%") && next.equals("off")
                    || priced(tokens[i]) || i > 0 && priced(tokens[i - 1])) {
                return false;
            }
            // "7:30", "10am", "the 17th", "at 7": a time or a date, which a reminder of an event carries. Beside a
            // measured reading ("6 kt, showers after 3pm") it says when the conditions change: the reading is the news.
            // So is a day with its month on either side ("9 June is taken", "free June 20"): one's dates, not a figure.
            if (CLOCK.matcher(tokens[i]).matches() && tokens[i].contains(":")
                    || TIME_OR_DATE.contains(after) || TIME_OR_DATE.contains(next)
                    || i > 0 && TIME_BEFORE.contains(tokens[i - 1])
                    || after.isEmpty() && (MONTHS.contains(next)
                    || i > 0 && MONTHS.contains(NOT_A_LETTER.matcher(tokens[i - 1]).replaceAll("")))) {
                if (measured) {
                    continue;
                }
                return false;
            }
            figure = true;
        }
        return figure;
    }

    /** Whether some number among {@code tokens} carries a unit of measure ("6 kt", "3000ft", "12°c"). */
    private static boolean measured(String[] tokens) {
        for (int i = 0; i < tokens.length; i++) {
            String after = afterNumber(tokens, i);
            if (after == null) {
                continue;
            }
            String next = i + 1 < tokens.length ? EDGE_MARKS.matcher(tokens[i + 1]).replaceAll("") : "";
            if (MEASURE.contains(after) || MEASURE.contains(next)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What follows the number that opens token {@code i}, its edge marks aside ("kt" of "6kt", "" of "12"), or null
     * when the token opens with no number.
     */
    private static String afterNumber(String[] tokens, int i) {
        String token = EDGE_MARKS.matcher(tokens[i]).replaceAll("");
        int digits = leadingNumber(token);
        return digits == 0 ? null : token.substring(digits);
    }

    /** Length of the number that opens {@code token} ("0.55", "12", "2,100"), or 0 when it opens with none. */
    private static int leadingNumber(String token) {
        int i = 0;
        while (i < token.length() && (Character.isDigit(token.charAt(i))
                || i > 0 && (token.charAt(i) == '.' || token.charAt(i) == ',') && i + 1 < token.length()
                && Character.isDigit(token.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    /** Whether the token carries a currency sign ("£28", "28€", "$"). */
    private static boolean priced(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (CURRENCY.indexOf(token.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
