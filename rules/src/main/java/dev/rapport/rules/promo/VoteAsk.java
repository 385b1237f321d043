package dev.rapport.rules.promo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request for votes and nothing else ("please vote for my entry before Sunday: …", "I'd be chuffed if you voted for
 * my loaf", "last call, votes close tonight"): a favour asked of the readers, which costs them a click, not money, and
 * offers nothing to buy, book or look at for its own sake. {@code promo.self} leaves it to {@code oneway.asks}, whose
 * matter an ask is. Not a message that also calls to the writer's work or sale in other words ("check out", "follow",
 * "DM me", a price): that is promotion with a vote beside it.
 */
final class VoteAsk {
    /** The forms of the word a request for votes is made with. */
    private static final List<String> VOTE = List.of("vote", "votes", "voted", "voting");
    /** Words before "vote" that make it asked of the readers: "please vote", "if you voted", "could all vote". */
    private static final List<String> ASKED_BEFORE = List.of("please", "pls", "you", "all", "everyone", "could", "to",
            "go", "do");
    /** Words after "vote" that make it asked or timed for the readers: "vote for", "votes close", "vote here". */
    private static final List<String> ASKED_AFTER = List.of("for", "here", "now", "close", "closes", "closing", "ends",
            "end");
    /** Words of another call to one's work or sale: with any of them the vote is not all that is asked. */
    private static final List<String> OTHER_CALLS = List.of("check", "watch", "listen", "subscribe", "sub", "follow",
            "buy", "order", "book", "booking", "bookings", "shop", "visit", "download", "hire", "dm", "pm", "price",
            "prices", "discount", "code", "sale", "stock");

    private VoteAsk() {
    }

    /** Whether {@code text} asks its readers for votes and calls to nothing else, with no price or share off. */
    static boolean only(String text) {
        if (text == null || text.indexOf('£') >= 0 || text.indexOf('$') >= 0 || text.indexOf('€') >= 0
                || text.indexOf('%') >= 0) {
            return false;
        }
        List<String> words = words(text);
        boolean asked = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (OTHER_CALLS.contains(w)) {
                return false;
            }
            if (VOTE.contains(w) && (i > 0 && ASKED_BEFORE.contains(words.get(i - 1))
                    || i + 1 < words.size() && ASKED_AFTER.contains(words.get(i + 1)))) {
                asked = true;
            }
        }
        return asked;
    }

    /** The words of {@code text}, lower case, letters and digits only (a link's parts are words too). */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }
}
