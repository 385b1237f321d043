package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a channel's own words (its name or topic) speak of pay: paid work or paid places posted there ("paid
 * sessions, list yours", "job postings & recruiters", "rates and quotes", "coaches: your free slots"). Such a room asks
 * for posts that carry a price, so a priced post of the room's kind is what it is for. A room that asks for pieces of
 * a kind ("one sketch per week, post yours") asks for the piece, not for its sale: a price and a shop page brought
 * with it sell.
 */
public final class PaidPostsRoom {
    /** Words that say the posts of a room carry pay or a price: what is paid, the work offered, who offers it. */
    private static final Set<String> PAY_WORDS = Set.of("paid", "pay", "price", "prices", "pricing", "rate", "rates",
            "quote", "quotes", "job", "jobs", "hiring", "hire", "recruiter", "recruiters", "gig", "gigs", "commission",
            "commissions", "sale", "sales", "sell", "selling", "buy", "market", "shop", "shops", "store", "deals",
            "offers", "services", "freelance", "bounty", "bounties", "tickets",
            // Bookable time a provider posts ("tutors: post your open slots", "coaches: your availability"): paid time.
            "slot", "slots", "openings", "availability", "booking", "bookings");

    private PaidPostsRoom() {
    }

    /** Whether the channel's name or topic has a word of pay or trade in it. */
    public static boolean is(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        return speaksOfPay(info.name()) || speaksOfPay(info.topic());
    }

    private static boolean speaksOfPay(String words) {
        if (words == null || words.isEmpty()) {
            return false;
        }
        for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (PAY_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
