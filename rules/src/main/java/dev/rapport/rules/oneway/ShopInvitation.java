package dev.rapport.rules.oneway;

import java.util.Locale;
import java.util.Set;

/**
 * An invitation to come and buy: "check out my shop", "have a look at my store", "just listed a load of jackets,
 * browse my stall". The call is the one of an ask for attention, but what it shows is goods for sale, so it asks for
 * custom, not for a follow or a like: it is promotion, which the promotion and link tips weigh. A call to follow,
 * like or subscribe to the shop ("please follow my shop, every follow helps") asks for attention and stays an ask.
 */
final class ShopInvitation {
    /** Verbs that ask people to come and look (general English), not to follow or like. */
    private static final Set<String> LOOK = Set.of("check", "checkout", "visit", "browse", "see", "look", "peep",
            "pop", "swing", "stop");
    /** Places where one's goods are for sale: a shop, a stall, a listing, and the marketplaces people sell on. */
    private static final Set<String> SHOP = Set.of("shop", "store", "stall", "storefront", "webshop", "listing",
            "listings", "etsy", "ebay", "booth");
    /** Words that say goods were just put up for sale: "just listed", "restocked", "new stock", "for sale". */
    private static final Set<String> LISTED = Set.of("listed", "restocked", "restock", "stock", "sale", "dropped");
    /** The writer's own: "my", "our". */
    private static final Set<String> OWN = Set.of("my", "our");
    /** Words from the verb to "my": "check out all of my". */
    private static final int VERB_TO_OWN = 4;

    private ShopInvitation() {
    }

    /** Whether {@code text} calls people to look at the writer's shop, or at the writer's own just put up for sale. */
    static boolean is(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String[] words = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}']+");
        boolean listed = false;
        for (String w : words) {
            if (LISTED.contains(w)) {
                listed = true;
                break;
            }
        }
        for (int i = 0; i < words.length; i++) {
            if (!LOOK.contains(words[i])) {
                continue;
            }
            for (int k = i + 1; k < words.length && k <= i + VERB_TO_OWN; k++) {
                if (OWN.contains(words[k])) {
                    if (listed || k + 1 < words.length && SHOP.contains(words[k + 1])
                            || k + 2 < words.length && SHOP.contains(words[k + 2])) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }
}
