package dev.rapport.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ask to follow or subscribe to the writer's own account: "follow me on insta", "would the lot of you subscribe to
 * my channel?", "I draw the harbour boats, please follow @my.handle" (a handle asked for by someone speaking of
 * themselves), "like my page". It gathers an audience for the one asking, whatever room it is put in.
 *
 * <p>Not the other follows and shares a post asks for: "follow the link to sign up", "follow my directions on the
 * day", "follow me to the car park", "please share this with anyone nearby", which ask people to take part in
 * something or to pass it on, and not a follow of someone else's account ("follow her page", "I follow @x").
 */
public final class OwnAccountAsk {
    /** The verbs whose object is an account (general English of the platforms). */
    private static final Set<String> FOLLOWING = Set.of("follow", "subscribe", "sub");
    /** Verbs that may stand between the follow and its object: "follow and share @x", "like and follow my page". */
    private static final Set<String> ALONGSIDE = Set.of("share", "like", "repost", "retweet", "follow", "subscribe",
            "sub", "support");
    /** Who follows, when the verb tells rather than asks: "I follow @x", "they subscribe to my channel". */
    private static final Set<String> TELLING = Set.of("i", "we", "they", "he", "she", "who", "i'll", "we'll", "i'd",
            "we'd", "they'll", "to");
    /** The writer speaking of themselves: a handle asked for by them is theirs ("I film the night shift, follow @x"). */
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "im", "i've", "i'll", "i'd", "me", "my",
            "mine");
    /**
     * What one follows that is a whole account, besides the platforms' names ({@link FavourAsk#ACCOUNTS}, and the
     * words for one's presence online).
     */
    private static final Set<String> PRESENCE = Set.of("profile", "socials", "feed", "handle", "vlog", "art");
    /** Words from "my" to what it is: "my page", "my new page", "my youtube channel". */
    private static final int MY_TO_ACCOUNT = 2;
    /** A link, left out: its path is not words of the message. */
    private static final Pattern LINK = Pattern.compile("\\S+://\\S+");
    /** A handle, a word, or a sentence's end. */
    private static final Pattern TOKEN = Pattern.compile("@[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_]|[\\p{L}\\p{N}']+|[.?!;]+");
    private static final String END = "|";

    private OwnAccountAsk() {
    }

    /** Whether {@code text} asks people to follow or subscribe to the writer's own account. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = Lowered.view(text);
        if (!Lowered.contains(t, "follow") && !Lowered.contains(t, "sub") && !Lowered.contains(t, "like")) {
            return false;
        }
        List<String> words = words(text);
        boolean firstPerson = false;
        for (String w : words) {
            if (FIRST_PERSON.contains(w)) {
                firstPerson = true;
                break;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean like = w.equals("like");
            if (!FOLLOWING.contains(w) && !like || i > 0 && TELLING.contains(words.get(i - 1))) {
                continue;
            }
            // "would you like my notes?" offers; "like my page" asks, and only with what is an account
            if (like && i > 1 && words.get(i - 1).equals("you")) {
                continue;
            }
            int k = i + 1;
            if (k + 1 < words.size() && words.get(k).equals("and") && ALONGSIDE.contains(words.get(k + 1))) {
                k += 2;
            }
            if (k < words.size() && words.get(k).equals("to") && !w.equals("follow")) {
                k++;
            }
            if (k >= words.size()) {
                continue;
            }
            String object = words.get(k);
            if (object.equals("my") && myAccount(words, k + 1)
                    || !like && object.equals("me") && meThere(words, k + 1)
                    || !like && firstPerson && object.startsWith("@") && object.length() > 1) {
                return true;
            }
        }
        return false;
    }

    /** "my page", "my new page", "my youtube channel": an account of the writer's within a word or two. */
    private static boolean myAccount(List<String> words, int from) {
        for (int k = from; k < words.size() && k < from + MY_TO_ACCOUNT; k++) {
            String w = words.get(k);
            if (FavourAsk.ACCOUNTS.contains(w) || FavourAsk.PLATFORMS.contains(w) || PRESENCE.contains(w)) {
                return true;
            }
            if (END.equals(w)) {
                return false;
            }
        }
        return false;
    }

    /** "me on insta", "me over on tiktok", "me at @handle", "me @handle": the writer where they are followed. */
    private static boolean meThere(List<String> words, int from) {
        int k = from;
        if (k < words.size() && words.get(k).equals("over")) {
            k++;
        }
        if (k + 1 < words.size() && (words.get(k).equals("on") || words.get(k).equals("at"))) {
            String where = words.get(k + 1);
            return FavourAsk.PLATFORMS.contains(where) || where.startsWith("@");
        }
        return k < words.size() && words.get(k).startsWith("@");
    }

    /** The message's words and handles, lowered, links left out, each sentence's end a word of its own. */
    private static List<String> words(String text) {
        String lowered = LINK.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ");
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(lowered);
        while (m.find()) {
            String w = m.group();
            char c = w.charAt(0);
            words.add(c == '.' || c == '?' || c == '!' || c == ';' ? END : w);
        }
        return words;
    }
}
