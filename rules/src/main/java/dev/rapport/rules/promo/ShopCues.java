package dev.rapport.rules.promo;

import java.util.Set;

import static dev.rapport.rules.promo.Lexicon.MONEY;
import static dev.rapport.rules.promo.Lexicon.MY;
import static dev.rapport.rules.promo.Lexicon.NEW;

/**
 * How shops pitch in business chat: deals ("buy 3, get the 4th free", "3 bars for €15"), codes to enter at
 * checkout, scarcity and urgency ("before they're gone", "only 2 left", "sale ends Sunday"), product drops ("new
 * scent just dropped"), pre-orders, and stock that is "now available in my shop".
 *
 * <p>Every cue here is a statement aimed at buyers, so none of them fires inside a question: "where do you buy tissue
 * paper?" and "is anyone doing buy-one-get-one deals?" ask for suppliers and prices, they do not offer any. Someone
 * who paid a price ("I bought mine for €20") is not quoting one either.
 */
final class ShopCues implements CueFinder {
    /** Quantities written as words, as deals are: "buy two, get one free". */
    static final WordList NUMBER_WORDS = WordList.of(28, "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "twelve", "a", "any");
    /** What the "get" half of a deal gives: one free, half off, an extra. */
    static final WordList DEAL_ENDS = WordList.of(29, "free", "half", "off", "another", "extra");
    /** Currency words and codes that make a number a price: "15 euros", "EUR 15", "20 usd". */
    static final WordList CURRENCY_CODES = WordList.of(30, "eur", "usd", "gbp", "chf", "cad", "aud");
    /** A price said by someone who paid it is a purchase, not an offer; so is one in a haul, what one brought home. */
    static final WordList PAID = WordList.of(31, "bought", "paid", "pay", "spent", "cost", "costs", "costing",
            "charged", "charge", "charges", "got", "haul", "hauls");
    /** Nouns of an offer: "weekend special", "soap sale", "clearance". Not "bargain" or "cheap": buyers say those. */
    static final WordList SALE_WORDS = WordList.of(32, "sale", "special", "clearance", "discount", "discounts",
            "deal", "deals", "bundle", "bogo", "promo", "promotion");
    /** Words that introduce a code to type at checkout: use, enter, apply, with code. */
    static final WordList CODE_INTROS = WordList.of(33, "use", "with", "enter", "apply", "code", "promo",
            "discount", "coupon", "voucher");
    /** Verbs that announce a product as news: just dropped, now live, back and available. */
    static final WordList DROP_VERBS = WordList.of(34, "dropped", "launched", "landed", "arrived", "released",
            "out", "live", "available", "restocked", "here");
    /** Words between a product and its announcing verb: "is now", "has finally". */
    static final WordList DROP_FILLERS = WordList.of(35, "just", "is", "are", "has", "have", "now", "finally",
            "officially", "been");
    /** Where a seller's stock lives: "now in my shop", "available on the website". */
    static final WordList SHOP_PLACES = WordList.of(36, "shop", "store", "etsy", "website", "site", "webshop",
            "stall");
    /** Words of thanks a venture uses when it asks for backing: "would love your support". */
    static final WordList GRATEFUL = WordList.of(37, "love", "appreciate", "appreciated", "grateful", "welcome",
            "need", "mean", "means");
    /** Stock words of the urgency phrase "while stocks last". */
    static final WordList STOCK_WORDS = WordList.of(38, "stock", "stocks", "supplies", "supply");
    /** When an offer ends: "sale ends Sunday", "ends tonight". */
    static final WordList DEADLINE_DAYS = WordList.of(39, "today", "tonight", "tomorrow", "soon", "midnight",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "sun", "sat", "fri");
    /** Periods an offer is limited to: "this weekend only", "today only". */
    /** The words a scarcity phrase starts with (each a case of {@link #scarcity}). */
    static final WordList SCARCITY_HEADS = WordList.of(41, "before", "while", "only", "just", "last", "ends", "ending",
            "selling", "going", "almost", "nearly");
    static final WordList OFFER_PERIODS = WordList.of(40, "today", "weekend", "week", "month", "tonight", "hours",
            "days", "day");

    /** The words besides scarcity heads, offer periods, sale words and "new" words that a cue of this family starts at. */
    static final WordList SHOP_STARTS = WordList.of(45, "buy", "for", "checkout", "code", "pre", "preorder",
            "preorders", "grab", "snag", "pick", "available", "back", "in", "on", "support");
    private static final long STARTS = SHOP_STARTS.bit() | SCARCITY_HEADS.bit() | OFFER_PERIODS.bit()
            | SALE_WORDS.bit();

    @Override
    public void find(PromoTokens t, Set<Cue> found) {
        // every cue here starts at a word of STARTS or a "new" word: a message with none has no cue of this family
        if (!t.anywhereIn(STARTS) && !t.anywhere(Lexicon.NEW)) {
            return;
        }
        boolean paid = t.anywhereIn(PAID.bit());
        for (int i = 0; i < t.size(); i++) {
            if (t.inQuestion(i)) {
                continue;
            }
            if (!t.inAny(i, STARTS) && !t.is(i, Lexicon.NEW)) {
                continue;
            }
            if (!found.contains(Cue.BUNDLE_DEAL) && (buyGet(t, i) || !paid && quantityForPrice(t, i))) {
                found.add(Cue.BUNDLE_DEAL);
            }
            if (!found.contains(Cue.PROMO_CODE) && promoCode(t, i)) {
                found.add(Cue.PROMO_CODE);
            }
            if (!found.contains(Cue.CODE_STILL_WORKS) && codeStillWorks(t, i)) {
                found.add(Cue.CODE_STILL_WORKS);
            }
            if (!found.contains(Cue.PRE_ORDER) && preOrder(t, i)) {
                found.add(Cue.PRE_ORDER);
            }
            if (!found.contains(Cue.SCARCITY) && scarcity(t, i)) {
                found.add(Cue.SCARCITY);
            }
            if (!found.contains(Cue.BUY_CALL) && buyCall(t, i)) {
                found.add(Cue.BUY_CALL);
            }
            if (!found.contains(Cue.PRODUCT_DROP) && productDrop(t, i)) {
                found.add(Cue.PRODUCT_DROP);
            }
            if (!found.contains(Cue.IN_STOCK) && inStock(t, i)) {
                found.add(Cue.IN_STOCK);
            }
            if (!found.contains(Cue.SUPPORT_ASK) && supportAsk(t, i)) {
                found.add(Cue.SUPPORT_ASK);
            }
            if (!found.contains(Cue.SALE_WORD) && t.in(i, SALE_WORDS)
                    && !paid && !t.isWord(i - 1, "for")) { // "for sale" is PRICE_OFFER's
                found.add(Cue.SALE_WORD);
            }
        }
    }

    /** The end of a price starting at {@code i} ("€15", "15 euros", "EUR 15"), or -1. */
    static int priceEnd(PromoTokens t, int i) {
        if (t.isKind(i, TokenKind.MONEY)) {
            return i;
        }
        if (t.isKind(i, TokenKind.NUMBER) && (t.is(i + 1, MONEY) || currencyCode(t, i + 1))) {
            return i + 1;
        }
        if (currencyCode(t, i) && t.isKind(i + 1, TokenKind.NUMBER)) {
            return i + 1;
        }
        return -1;
    }

    private static boolean currencyCode(PromoTokens t, int i) {
        return t.in(i, CURRENCY_CODES);
    }

    private static boolean quantity(PromoTokens t, int i) {
        return t.isKind(i, TokenKind.NUMBER) || t.in(i, NUMBER_WORDS);
    }

    /** "buy 3 candles, get the 4th free", "buy one get one half price", "buy two, get 20% off". */
    private static boolean buyGet(PromoTokens t, int i) {
        if (!t.isWord(i, "buy") || !quantity(t, i + 1) || t.isWord(i + 1, "a") || t.isWord(i + 1, "any")) {
            return false;
        }
        for (int j = i + 2; j < t.size() && j <= i + 6 && !t.isBreak(j); j++) {
            if (!t.isWord(j, "get")) {
                continue;
            }
            for (int k = j + 1; k < t.size() && k <= j + 4 && !t.isBreak(k); k++) {
                if (t.kind(k) == TokenKind.PERCENT || t.in(k, DEAL_ENDS)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** "3 bars for €15", "two for $10", "set of four for 30 euros". */
    private static boolean quantityForPrice(PromoTokens t, int i) {
        int end = t.isWord(i, "for") ? priceEnd(t, i + 1) : -1;
        if (end < 0) {
            return false;
        }
        // "three of them for £20 at a car boot", "two for $5 from a thrift store": the price paid where one happened on
        // them, a find told. A seller names their own place ("at my stall", "from the shop").
        if ((t.isWord(end + 1, "at") || t.isWord(end + 1, "from")) && t.isWord(end + 2, "a")) {
            return false;
        }
        for (int j = i - 1; j >= 0 && j >= i - 4 && !t.isBreak(j); j--) {
            if (quantity(t, j) && !t.isWord(j, "a") && !t.isWord(j, "any")) {
                return !fetched(t, j, i);
            }
        }
        return false;
    }

    /**
     * "one went for £900", "two sold for £90 each", "I had one go for £500": what something fetched once, told as a
     * result (an auction's lot, a sale that happened), between the quantity at {@code quantity} and the "for" at
     * {@code at}. A seller's terms are put in the present ("two for £10", "three go for £20"); a price some lot went
     * for is news of the past, offering nothing to anyone.
     */
    private static boolean fetched(PromoTokens t, int quantity, int at) {
        for (int k = quantity + 1; k < at; k++) {
            if (t.isWord(k, "went") || t.isWord(k, "sold") || t.isWord(k, "fetched") || t.isWord(k, "gone")
                    || (t.isWord(k, "go") && (t.isWord(quantity - 1, "had") || t.isWord(quantity - 1, "saw")))) {
                return true;
            }
        }
        return false;
    }

    /** "code FOURFREE at checkout", "use code SPRING10", "with code LAUNCH20", "enter WELCOME at checkout". */
    private static boolean promoCode(PromoTokens t, int i) {
        if (t.isWord(i, "checkout") && (t.isWord(i - 1, "at") || t.isWord(i - 1, "in"))) {
            return Asks.findBehind(t, i, 5, Lexicon.OFFER) >= 0 || t.isWord(i - 3, "code") || t.isWord(i - 3, "enter")
                    || t.isWord(i - 3, "use");
        }
        if (!t.isWord(i, "code") || !t.isKind(i + 1, TokenKind.WORD)) {
            return false;
        }
        boolean introduced = t.kind(i - 1) != TokenKind.WORD || t.in(i - 1, CODE_INTROS);
        if (!introduced || t.classes(i + 1) != 0 || t.length(i + 1) < 4) {
            return false;
        }
        if (t.hasDigit(i + 1) || t.gluedToNumber(i + 1)) {
            return true; // "code LAUNCH20"
        }
        int after = i + 2;
        return t.isWord(after, "at") && t.isWord(after + 1, "checkout") || t.isWord(after, "for")
                && (t.isKind(after + 1, TokenKind.PERCENT) || priceEnd(t, after + 1) >= 0 || t.isWord(after + 1, "free"));
    }


    /**
     * "the code SPRUCE still works: <shop>", "BRAMBLE code is still valid → <shop>": a code written as a keyword to type
     * (in capitals or quotes, four letters or more) beside the word "code", said to still work or hold, in a message
     * that carries a page. Telling readers a discount is still on, with where to spend it, keeps one's offer in front
     * of them: promotion, though no share off or price is named. Only self-promotion, not a sale made to anyone: said
     * under someone's post it is a plug left for the thread, and it names no terms put to them (why this is not
     * {@link Cue#PROMO_CODE}, which is a sales cue). Talk about a program's code says what the code does, and a code
     * named with no page ("the code BLUE still works for the door") sends nobody to a shop.
     */
    private static boolean codeStillWorks(PromoTokens t, int code) {
        if (!t.isWord(code, "code") || t.links() == 0) {
            return false;
        }
        int after;
        if (t.keyword(code + 1) && t.length(code + 1) >= 4) {
            after = code + 2;
        } else if (t.keyword(code - 1) && t.length(code - 1) >= 4) {
            after = code + 1;
        } else {
            return false;
        }
        if (t.isWord(after, "is")) {
            after++;
        }
        if (!t.isWord(after, "still")) {
            return false;
        }
        after++;
        return t.isWord(after, "works") || t.isWord(after, "valid") || t.isWord(after, "active")
                || t.isWord(after, "applies") || t.isWord(after, "good");
    }

    /** "pre-orders are open", "preorders now live", "pre-order yours today". */
    private static boolean preOrder(PromoTokens t, int i) {
        int end;
        if (t.isWord(i, "pre") && (t.isWord(i + 1, "order") || t.isWord(i + 1, "orders"))) {
            end = i + 1;
        } else if (t.isWord(i, "preorder") || t.isWord(i, "preorders")) {
            end = i;
        } else {
            return false;
        }
        for (int j = end + 1; j < t.size() && j <= end + 6 && !t.isBreak(j); j++) {
            if (t.isWord(j, "open") || t.isWord(j, "opened") || t.isWord(j, "live") || t.isWord(j, "yours")
                    || t.isWord(j, "now") || t.isWord(j, "today")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "before they're gone", "while stocks last", "only 3 left", "last few", "last day of the sale", "sale ends
     * Sunday", "this weekend only". Weak alone: "the last few days" and "only two left in the jar" are said in
     * ordinary talk too.
     */
    private static boolean scarcity(PromoTokens t, int i) {
        String w = t.known(i); // the scarcity heads and the offer periods are listed words
        if (w == null) {
            return false;
        }
        switch (w) {
            case "before": {
                int k = i + 1;
                if (t.isWord(k, "they're") || t.isWord(k, "theyre") || t.isWord(k, "it's") || t.isWord(k, "its")) {
                    k++;
                } else if (t.isWord(k, "they") || t.isWord(k, "it")) {
                    k++;
                    if (t.isWord(k, "are") || t.isWord(k, "is")) {
                        k++;
                    }
                } else {
                    return false;
                }
                if (t.isWord(k, "all")) {
                    k++;
                }
                return t.isWord(k, "gone") || (t.isWord(k, "sold") || t.isWord(k, "sell")) && t.isWord(k + 1, "out");
            }
            case "while":
                return t.in(i + 1, STOCK_WORDS) && t.isWord(i + 2, "last");
            case "only": case "just":
                return quantity(t, i + 1) && !t.isWord(i + 1, "a") && t.isWord(i + 2, "left");
            case "last":
                if (t.isWord(i + 1, "few") && !t.is(i + 2, Lexicon.PERIOD)) {
                    return true;
                }
                if (t.isWord(i + 1, "chance") || t.isWord(i + 1, "day")) {
                    for (int j = i + 2; j < t.size() && j <= i + 5 && !t.isBreak(j); j++) {
                        if (t.is(j, Lexicon.OFFER | Lexicon.TRADE) || t.in(j, SALE_WORDS) || t.isWord(j, "grab")) {
                            return true;
                        }
                    }
                }
                return false;
            case "ends": case "ending":
                return Asks.findBehind(t, i, 2, Lexicon.OFFER) >= 0 && (t.isBreak(i + 1) || t.in(i + 1, DEADLINE_DAYS) || t.isWord(i + 1, "at") || t.isWord(i + 1, "on"));
            case "selling": case "going":
                return t.isWord(i + 1, "fast");
            case "almost": case "nearly":
                return t.isWord(i + 1, "sold") && t.isWord(i + 2, "out");
            default: // "this weekend only", "today only"
                return t.in(i, OFFER_PERIODS) && t.isWord(i + 1, "only")
                        && (t.isBreak(i + 2) || t.kind(i + 2) != TokenKind.WORD);
        }
    }

    /** "grab one", "snag yours", "pick one up": an ask to buy, weak alone ("grab one and see"). */
    private static boolean buyCall(PromoTokens t, int i) {
        if (!t.isWord(i, "grab") && !t.isWord(i, "snag") && !t.isWord(i, "pick")) {
            return false;
        }
        int object = i + 1;
        boolean picks = t.isWord(i, "pick");
        boolean one = t.isWord(object, "one") || t.isWord(object, "some") || t.isWord(object, "yours")
                || t.isWord(object, "them") || t.isWord(object, "two") || t.isWord(object, "a") && t.isWord(object + 1, "set");
        if (!one || picks && !t.isWord(object + 1, "up")) {
            return false;
        }
        return Asks.isAsk(t, i) && !t.isWord(i - 1, "to");
    }

    /** "New scent just dropped", "fresh batch is live", "new mugs now available": a product announced as news. */
    private static boolean productDrop(PromoTokens t, int i) {
        if (!t.is(i, NEW) || t.isWord(i, "first") || !afterLinksAtClauseStart(t, i)) {
            return false;
        }
        int j = i + 1;
        int nouns = 0;
        // the product's name: "scent", "batch of fig jam", "lavender and oat soap"
        while (j < t.size() && nouns < 5 && t.isKind(j, TokenKind.WORD) && !t.in(j, DROP_FILLERS)
                && !t.in(j, DROP_VERBS) && (t.isWord(j, "of") || !t.is(j, Lexicon.OTHER_DETERMINER
                | Lexicon.PARTICLE | Lexicon.SELF_SUBJECT | Lexicon.OTHER_SUBJECT | MY))) {
            j++;
            nouns++;
        }
        if (nouns == 0) {
            return false;
        }
        boolean filled = false;
        while (t.in(j, DROP_FILLERS)) {
            j++;
            filled = true;
        }
        if (!t.isKind(j, TokenKind.WORD)) {
            return false;
        }
        if (t.isWord(j, "in")) {
            return filled; // "fresh batch just in"
        }
        return t.in(j, DROP_VERBS) && (filled || !t.isWord(j, "here") && !t.isWord(j, "out"));
    }

    /** Only links, greetings and "please" come before {@code i} in its clause: "https://... New shop is live". */
    private static boolean afterLinksAtClauseStart(PromoTokens t, int i) {
        for (int j = i - 1; j >= 0 && !t.isBreak(j); j--) {
            if (t.kind(j) != TokenKind.LINK && !t.is(j, Lexicon.SOFTENER | Lexicon.PLEASE | Lexicon.ADDRESSEE)) {
                return false;
            }
        }
        return true;
    }

    /** "would love your support", "any support is appreciated": asking backing for one's own venture. */
    private static boolean supportAsk(PromoTokens t, int i) {
        if (!t.isWord(i, "support") || !(t.isWord(i - 1, "your") || t.isWord(i - 1, "any"))) {
            return false;
        }
        for (int j = i - 2; j >= 0 && j >= i - 4 && !t.isBreak(j); j--) {
            if (t.in(j, GRATEFUL)) {
                return true;
            }
        }
        return t.isWord(i + 1, "is") && t.in(i + 2, GRATEFUL)
                || t.isWord(i + 1, "appreciated") || t.isWord(i + 1, "means");
    }

    /** "now available in my shop", "back in stock", "available now", "now in the shop". */
    private static boolean inStock(PromoTokens t, int i) {
        if (t.isWord(i, "available")) {
            if (t.isWord(i + 1, "now") || t.isWord(i - 1, "now")) {
                return true;
            }
            int place = t.isWord(i + 1, "in") || t.isWord(i + 1, "on") || t.isWord(i + 1, "at") ? i + 2 : -1;
            return place > 0 && ownShop(t, place);
        }
        if (t.isWord(i, "back") && t.isWord(i + 1, "in") && t.isWord(i + 2, "stock")) {
            return true;
        }
        if ((t.isWord(i, "in") || t.isWord(i, "on")) && t.isWord(i - 1, "now")) {
            return ownShop(t, i + 1);
        }
        return false;
    }

    private static boolean ownShop(PromoTokens t, int i) {
        int place = t.is(i, MY) || t.isWord(i, "the") ? i + 1 : -1;
        return place > 0 && t.in(place, SHOP_PLACES);
    }
}
