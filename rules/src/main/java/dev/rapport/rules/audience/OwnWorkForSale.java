package dev.rapport.rules.audience;

import dev.rapport.rules.model.Link;
import dev.rapport.rules.text.Ownership;

import java.util.List;
import java.util.Locale;

/**
 * A post to the room that offers one's own work for sale, in whatever channel: a piece shown with the link to its
 * listing ("cherry spoon, oiled three times, love the grain https://www.etsy.com/listing/42/cherry-spoon"), one's own
 * shop page, or one's own store page with a word that claims it ("my game has a store page now: ..."). Whoever does
 * that is in the trade, a seller like those who offer their work in a channel for trade: the people they talk shop
 * with are their peers, and the buyers asking next door their customers-to-be.
 *
 * <p>A link to where a thing is sold is the sign, not the channel it is posted in. Only a link to one maker's shop
 * says the poster is that maker without a word more: an Etsy listing or shop, a creator's own storefront
 * ({@code name.itch.io}, {@code name.bandcamp.com}, Gumroad, Big Cartel, Shopify, Ko-fi). A page on the big general
 * stores (Steam, Amazon, app stores, eBay), or a shop or product page on a site of its own ({@code /shop/...},
 * {@code /products/...}: a maker's, or a brand's), is as often a fan's or a buyer's find, so there it takes a word that
 * claims the work ("my", "our", "I made", "took me ages", "fresh batch", "just listed", "I sell", or the seller's
 * own terms, "$22 + shipping"). Anything
 * credited to someone else, or said as a find ("found this", "look at this", "came across"), is passing on, not
 * selling; a question about it asks, it offers nothing.
 */
public final class OwnWorkForSale {
    /** Path segments of a page where one thing, or one maker's things, are sold. */
    private static final List<String> SHOP_SEGMENTS = List.of("/listing/", "/listings/", "/shop/", "/store/",
            "/product/", "/products/", "/collections/");
    /** Hosts whose first label is the maker: the page is theirs. */
    private static final List<String> MAKER_SUBDOMAIN_HOSTS = List.of(".itch.io", ".bandcamp.com", ".gumroad.com",
            ".bigcartel.com", ".myshopify.com", ".etsy.com", ".square.site", ".storenvy.com");
    /** Storefront platforms where a link is one creator's product. */
    private static final List<String> MAKER_STORE_HOSTS = List.of("gumroad.com", "bigcartel.com", "ko-fi.com",
            "payhip.com", "lemonsqueezy.com", "sellfy.com", "redbubble.com", "teepublic.com", "society6.com",
            "inprnt.com", "drivethrurpg.com", "storenvy.com");
    /** The big general stores: anyone links to what they like there. */
    private static final List<String> GENERAL_STORE_HOSTS = List.of("store.steampowered.com", "amazon.", "ebay.",
            "apps.apple.com", "play.google.com", "gog.com", "etsy.com");
    /** Words that pass a find on rather than offer one's own. */
    private static final List<String> FINDS = List.of("found ", "look at this", "look at these", "came across",
            "stumbled", "spotted", "saw this", "check this out", "someone made", "somebody made", "not mine",
            "not my ", "wishlisted", "i bought", "i ordered", "just bought", "just ordered", "on sale", "recommend", "worth it",
            "anyone tried", "has anyone");
    /** Words that claim the thing as one's own. */
    private static final List<String> CLAIMS = List.of("my ", "our ", "i made", "we made", "i built", "we built",
            "i wrote", "we wrote", " mine", "i designed", "we designed", "i finished", "just finished", "i've made",
            "i have made", "i released", "we released", "i launched", "we launched", "took me",
            "took forever", "took ages", "new batch", "fresh batch", "restock", "just listed",
            "now listed", "handmade", "hand made", "hand-made", "finally finished", "commission",
            // The seller's own terms: they sell it, or post it themselves at the buyer's cost ("$22 + shipping",
            // "£8 plus postage", "p&p extra"). Whoever passes a find on quotes the shop's price, not postage added.
            "i sell ", "we sell ", "+ shipping", "+shipping", "plus shipping", "+ postage", "+postage", "plus postage",
            "+ p&p", "plus p&p", "p&p extra", "shipping extra", "postage extra", "+ s&h", "plus s&h");

    private OwnWorkForSale() {
    }

    /**
     * Whether {@code text}, said to the room (not a question, not a reply), offers the author's own work for sale
     * with its link. Cheap for the many messages without a shop link: their links are looked at, not their words.
     */
    public static boolean is(String text, List<Link> links) {
        if (text == null || links.isEmpty()) {
            return false;
        }
        // Most links are of no shop at all: the links are looked at before the words.
        int kind = NONE;
        for (int i = 0; i < links.size(); i++) {
            kind = Math.max(kind, kind(links.get(i)));
        }
        if (kind == NONE) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (int i = 0; i < FINDS.size(); i++) {
            if (t.contains(FINDS.get(i))) {
                return false;
            }
        }
        if (Ownership.someoneElses(text) || Ownership.credits(text)) {
            return false;
        }
        return kind == MAKERS || claims(t);
    }

    private static final int NONE = 0;
    private static final int GENERAL_STORE = 1;
    private static final int MAKERS = 2;

    /** What shop, if any, a link goes to: one maker's, a general store's, or none. */
    private static int kind(Link link) {
        String host = link.host().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String url = link.url().toLowerCase(Locale.ROOT);
        boolean general = false;
        for (int i = 0; i < GENERAL_STORE_HOSTS.size(); i++) {
            String h = GENERAL_STORE_HOSTS.get(i);
            if (h.endsWith(".") ? host.startsWith(h) || host.contains("." + h) : host.equals(h) || host.endsWith("." + h)) {
                general = true;
                break;
            }
        }
        // An Etsy listing or shop is one maker's, unlike a search or a category on it.
        boolean etsy = host.equals("etsy.com") || host.endsWith(".etsy.com");
        if (etsy && (url.contains("/listing/") || url.contains("/shop/") || !host.equals("etsy.com"))) {
            return MAKERS;
        }
        if (general) {
            return GENERAL_STORE;
        }
        for (int i = 0; i < MAKER_SUBDOMAIN_HOSTS.size(); i++) {
            String h = MAKER_SUBDOMAIN_HOSTS.get(i);
            if (host.endsWith(h) && host.length() > h.length()) {
                return MAKERS;
            }
        }
        for (int i = 0; i < MAKER_STORE_HOSTS.size(); i++) {
            String h = MAKER_STORE_HOSTS.get(i);
            if (host.equals(h) && path(url).length() > 1) {
                return MAKERS;
            }
        }
        // A shop on a site of its own: a maker's, or a brand's that a buyer passes on ("this mic is great: <its
        // product page>"), so it takes a word that claims it.
        String path = path(url) + "/";
        for (int i = 0; i < SHOP_SEGMENTS.size(); i++) {
            if (path.contains(SHOP_SEGMENTS.get(i))) {
                return GENERAL_STORE;
            }
        }
        return NONE;
    }

    /** The path of a lowered link, without its query or fragment ("" when it has none). */
    private static String path(String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : scheme + 3;
        int slash = url.indexOf('/', start);
        if (slash < 0) {
            return "";
        }
        int end = url.length();
        int q = url.indexOf('?', slash);
        if (q >= 0) {
            end = q;
        }
        int h = url.indexOf('#', slash);
        if (h >= 0 && h < end) {
            end = h;
        }
        return url.substring(slash, end);
    }

    private static boolean claims(String t) {
        for (int i = 0; i < CLAIMS.size(); i++) {
            if (t.contains(CLAIMS.get(i))) {
                return true;
            }
        }
        return false;
    }
}
