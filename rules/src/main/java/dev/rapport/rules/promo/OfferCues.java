package dev.rapport.rules.promo;

import java.util.Set;

import static dev.rapport.rules.promo.Lexicon.AUXILIARY;
import static dev.rapport.rules.promo.Lexicon.LURE;
import static dev.rapport.rules.promo.Lexicon.ME;
import static dev.rapport.rules.promo.Lexicon.MONEY;
import static dev.rapport.rules.promo.Lexicon.MY;
import static dev.rapport.rules.promo.Lexicon.OFFER;
import static dev.rapport.rules.promo.Lexicon.PERIOD;
import static dev.rapport.rules.promo.Lexicon.PRICE_WORD;
import static dev.rapport.rules.promo.Lexicon.PRIVATE_CONTACT;
import static dev.rapport.rules.promo.Lexicon.SELF_SUBJECT;

/**
 * Selling and money: prices with offer wording ("50% off", "buy now"), first-person selling ("I'm selling"),
 * taking a sale private ("DM me for prices", "book a call"), money-for-nothing schemes ("make $500 a day",
 * "free gift cards") and one's own codes ("use my code").
 *
 * <p>An amount of money on its own is not a pitch ("it cost me $5 on AWS"); it needs offer wording with it.
 */
final class OfferCues implements CueFinder {
    /** Verbs of getting money: money-for-nothing offers promise to make, earn or win it. */
    static final WordList EARN_VERBS = WordList.of(19, "make", "earn", "making", "earning", "win", "receive",
            "generate", "get");
    /** What turns "make money" into a scheme: easy, fast, from home, every day, online, today. */
    static final WordList SCHEME_MARKERS = WordList.of(20, "easy", "easily", "fast", "quick", "quickly", "home",
            "online", "today", "now", "extra", "real", "free", "doing", "by", "instantly", "daily", "weekly",
            "passive", "simple", "here", "per", "watching", "sharing", "surveys");
    /** First words of the stock phrases of money schemes: passive income, financial freedom, work from home. */
    static final WordList SCHEME_PHRASES_FIRST = WordList.of(21, "passive", "financial", "work", "double",
            "triple", "get");
    /** Verbs a seller urges "now" or "today": buy now, order today, book now. */
    static final WordList NOW_VERBS = WordList.of(22, "buy", "order", "shop", "book", "grab", "subscribe",
            "act", "download", "register", "enroll", "join");
    /** What a seller asks a prospect to book: a call, a demo, a consultation. */
    static final WordList CALL_WORDS = WordList.of(23, "call", "consultation", "demo", "session", "meeting",
            "consult", "appointment", "chat");
    /** Who an imperative can be called out to; "you buy" and "anyone buy" are subjects, not calls. */
    static final WordList VOCATIVES = WordList.of(24, "guys", "everyone", "everybody", "y'all", "yall", "folks",
            "friends", "peeps", "all");
    /** Words that make a clause hypothetical: "if I sell..." muses, it does not offer. */
    static final WordList CONDITIONS = WordList.of(25, "if", "when", "unless", "whether", "once", "until");
    /** Negations: "we don't sell online" is not an offer. */
    static final WordList NOT = WordList.of(26, "don't", "dont", "never", "not", "didn't", "didnt", "can't",
            "cant", "won't", "wont");
    /** Kinds of code that pay or reward the one who shares them: referral, promo, invite, discount. */
    static final WordList CODE_KINDS = WordList.of(27, "referral", "promo", "invite", "discount", "coupon",
            "affiliate", "ref", "invitation", "voucher");

    /** The words besides earn, scheme and now verbs, contact and price words that a cue of this family starts at. */
    static final WordList OFFER_STARTS = WordList.of(44, "paid", "free", "use", "sell", "selling", "get", "grab",
            "order", "limited", "for", "buy", "don't", "dont", "promo", "discount", "coupon", "special", "act", "only",
            "just", "book", "schedule", "hire", "comment", "reply", "referral", "invite", "affiliate", "ref");
    private static final long STARTS = OFFER_STARTS.bit() | EARN_VERBS.bit() | SCHEME_PHRASES_FIRST.bit()
            | NOW_VERBS.bit();
    private static final int START_CLASSES = Lexicon.PRIVATE_CONTACT | PRICE_WORD;

    @Override
    public void find(PromoTokens t, Set<Cue> found) {
        // every cue here starts at an amount, a percentage, or a word of STARTS or START_CLASSES
        if (!t.has(TokenKind.MONEY) && !t.has(TokenKind.PERCENT) && !t.anywhereIn(STARTS)
                && !t.anywhere(START_CLASSES)) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            TokenKind kind = t.kind(i);
            if (kind != TokenKind.MONEY && kind != TokenKind.PERCENT && !t.inAny(i, STARTS) && !t.is(i, START_CLASSES)) {
                continue;
            }
            if (!found.contains(Cue.MONEY_SCHEME) && moneyScheme(t, i)) {
                found.add(Cue.MONEY_SCHEME);
            }
            if (!found.contains(Cue.OWN_CODE) && ownCode(t, i)) {
                found.add(Cue.OWN_CODE);
            }
            if (!found.contains(Cue.SELLING) && selling(t, i)) {
                found.add(Cue.SELLING);
            }
            if (!found.contains(Cue.PRICE_OFFER) && priceOffer(t, i)) {
                found.add(Cue.PRICE_OFFER);
            }
            if (!found.contains(Cue.PRICE_MENTION) && priceMention(t, i)) {
                found.add(Cue.PRICE_MENTION);
            }
            if (!found.contains(Cue.PRIVATE_SALE) && privateSale(t, i)) {
                found.add(Cue.PRIVATE_SALE);
            }
        }
    }

    /** "make $500 a day", "earn cash from home in your spare time", "get paid to share", "free gift cards". */
    private static boolean moneyScheme(PromoTokens t, int i) {
        if (t.kind(i) == TokenKind.MONEY) {
            // "$500 a day", "$50 per week"
            int p = t.isWord(i + 1, "a") || t.isWord(i + 1, "per") || t.isWord(i + 1, "every") ? i + 2 : i + 1;
            boolean perPeriod = p > i + 1 && t.is(p, PERIOD) || t.isWord(p, "daily") || t.isWord(p, "weekly");
            // "£16 a year": what a membership, a licence or a renewal costs, money paid out, not the earnings a scheme
            // promises by the day, the week or the month (an earning verb before it still makes it one)
            return perPeriod && !t.isWord(p, "year") && !t.inQuestion(i);
        }
        if (t.kind(i) != TokenKind.WORD || t.inQuestion(i)) {
            return false;
        }
        // every word compared below is a listed one: a word that is not cannot start a scheme
        String w = t.known(i);
        if (w == null) {
            return false;
        }
        if (t.in(i, EARN_VERBS)) {
            int money = -1;
            for (int j = i + 1; j < t.size() && j <= i + 3 && !t.isBreak(j); j++) {
                if (t.is(j, MONEY) || t.kind(j) == TokenKind.MONEY) {
                    money = j;
                    break;
                }
            }
            if (money < 0) {
                return false;
            }
            for (int j = money + 1; j < t.size() && j <= money + 4 && !t.isBreak(j); j++) {
                if (t.in(j, SCHEME_MARKERS) || t.is(j, PERIOD)) {
                    return true;
                }
            }
            return !w.equals("get") && t.links() > 0;
        }
        if (w.equals("paid") && t.isWord(i - 1, "get") && (t.isWord(i + 1, "for") || t.isWord(i + 1, "to"))) {
            return true;
        }
        if (w.equals("free") && Asks.findAhead(t, i, 3, LURE) >= 0) {
            return true;
        }
        if (t.in(i, SCHEME_PHRASES_FIRST)) {
            return w.equals("passive") && t.isWord(i + 1, "income") || w.equals("financial") && t.isWord(i + 1, "freedom")
                    || w.equals("work") && t.isWord(i + 1, "from") && t.isWord(i + 2, "home")
                    || (w.equals("double") || w.equals("triple")) && t.isWord(i + 1, "your") && t.isWord(i + 2, "money")
                    || w.equals("get") && t.isWord(i + 1, "rich");
        }
        return false;
    }

    /** "use my referral code", "use my code ABC123", "use my link to sign up". */
    private static boolean ownCode(PromoTokens t, int i) {
        // "my referral link", "my invite code", "my discount code": a code of one's own that pays, whatever verb brings
        // it ("register through my referral link", "here's my promo code"), not only "use".
        // Said with no "use", the code has to come with what it gives or where it goes: "my referral link doesn't work"
        // is a problem, not an offer.
        boolean anyVerb = t.in(i, CODE_KINDS) && t.is(i - 1, MY) && !t.inQuestion(i);
        if (!anyVerb && (!t.isWord(i, "use") || !t.is(i + 1, MY))) {
            return false;
        }
        int k = anyVerb ? i : i + 2;
        boolean kindNamed = t.in(k, CODE_KINDS);
        if (kindNamed) {
            k++;
        }
        boolean code = t.isWord(k, "code") || anyVerb && t.isWord(k, "codes");
        boolean link = t.isWord(k, "link") || anyVerb && t.isWord(k, "links");
        if (!code && !link) {
            return false;
        }
        if (kindNamed && !anyVerb) {
            return true;
        }
        if (anyVerb) {
            for (int j = k + 1; j < t.size() && j <= k + 3 && !t.isBreak(j); j++) {
                if (t.in(j, NOT)) {
                    return false;
                }
            }
        }
        if (t.isKind(k + 1, TokenKind.NUMBER) || t.isKind(k + 1, TokenKind.LINK)) {
            return true;
        }
        if (t.isKind(k + 1, TokenKind.WORD) && !t.is(k + 1, Lexicon.PARTICLE)
                && (t.hasDigit(k + 1) || t.gluedToNumber(k + 1))) {
            return true;
        }
        // "use my code for 20% off", "use my link to sign up and get $10"
        for (int j = k + 1; j < t.size() && j <= k + 6 && !t.isBreak(j); j++) {
            if (t.kind(j) == TokenKind.PERCENT || t.kind(j) == TokenKind.MONEY || t.is(j, OFFER)) {
                return true;
            }
            if (t.isWord(j, "sign") || t.isWord(j, "signup") || t.isWord(j, "register")) {
                return true;
            }
        }
        return link && t.links() > 0;
    }


    /** "I'm selling", "we sell", "i sell ... on ebay", "selling my course". */
    private static boolean selling(PromoTokens t, int i) {
        if (!t.isWord(i, "sell") && !t.isWord(i, "selling")) {
            return false;
        }
        if (t.inQuestion(i)) {
            return false; // "is anyone selling a used gpu?"
        }
        int subject = Asks.findBehind(t, i, 3, SELF_SUBJECT);
        if (subject >= 0) {
            for (int j = subject + 1; j < i; j++) {
                if (!t.is(j, AUXILIARY) && !t.isWord(j, "currently") && !t.isWord(j, "now")) {
                    return false;
                }
                if (t.in(j, NOT)) {
                    return false; // "we don't sell online"
                }
            }
            // "if I only sell two mugs", "when we sell out": musing about one's business, not an offer
            if (hypothetical(t, subject)) {
                return false;
            }
            if (putOff(t, i) || onlyAMaybe(t, subject, i)) {
                return false;
            }
            return !t.isWord(i + 1, "out"); // "we sold out" is not an offer; "we sell out" neither
        }
        return t.isWord(i, "selling") && Asks.atClauseStart(t, i) && t.is(i + 1, MY) && !putOff(t, i);
    }

    /**
     * Whether the sale at word {@code i} is put off until something happens later in its sentence ("I'm selling my old
     * tent once the new one arrives", "we'll be selling the spare when we move"), with no price or link anywhere: a
     * plan told, with nothing on offer yet. "Selling my old tent, £40" or a page to buy from is an offer now.
     */
    private static boolean putOff(PromoTokens t, int i) {
        // "I sell bowls when the market is on" is a habit of trade, not a plan: only "selling" tells what is to come
        if (!t.isWord(i, "selling") || t.links() > 0 || t.has(TokenKind.MONEY) || t.has(TokenKind.PERCENT)) {
            return false;
        }
        for (int j = i + 1; j < t.size() && !t.isBreak(j); j++) {
            // what puts the sale off until something happens: "once my new one arrives", "when I upgrade"
            if (t.isWord(j, "once") || t.isWord(j, "when") || t.isWord(j, "after")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sale at word {@code i} is only a maybe told of oneself ("I might sell some prints later on", "we may
     * sell the spare one day"): "might" or "may" between the subject and the verb, and nothing in the message that puts
     * it to anyone (no price, share or page, no question, nobody named as its taker: "you", "anyone", "interested", nor
     * a word of getting in touch). A plan mused about offers nothing yet; "I might sell mine, anyone interested?",
     * "I may sell you mine for £40" or "might sell a few, DM me" put it to someone and still sell.
     */
    private static boolean onlyAMaybe(PromoTokens t, int subject, int i) {
        boolean maybe = false;
        for (int j = subject + 1; j < i; j++) {
            maybe |= t.isWord(j, "might") || t.isWord(j, "may");
        }
        if (!maybe || t.links() > 0 || t.has(TokenKind.MONEY) || t.has(TokenKind.PERCENT) || t.question()
                || t.anywhere(Lexicon.ADDRESSEE | PRIVATE_CONTACT)) {
            return false;
        }
        for (int j = 0; j < t.size(); j++) {
            if (t.isWord(j, "interested") || t.isWord(j, "offers") || t.isWord(j, "ono")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Free samples the writer or someone else was given, or someone else gives, in the words before them: "got",
     * "sent", "received", "they".
     */
    private static boolean samplesReceived(PromoTokens t, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 4 && !t.isBreak(j); j--) {
            if (t.isWord(j, "got") || t.isWord(j, "get") || t.isWord(j, "sent") || t.isWord(j, "received")
                    || t.isWord(j, "gave") || t.isWord(j, "given") || t.isWord(j, "giving") || t.isWord(j, "they")
                    || t.isWord(j, "he") || t.isWord(j, "she")) {
                return true;
            }
        }
        return false;
    }

    /** A condition opens the clause before the subject: "if I sell...", "once we sell...". */
    private static boolean hypothetical(PromoTokens t, int subject) {
        for (int j = subject - 1; j >= 0 && j >= subject - 3 && !t.isBreak(j); j--) {
            if (t.in(j, CONDITIONS)) {
                return true;
            }
        }
        return false;
    }

    /** "50% off", "buy now", "limited offer", "for sale", "free shipping", "promo code". */
    private static boolean priceOffer(PromoTokens t, int i) {
        if (t.kind(i) == TokenKind.PERCENT || t.kind(i) == TokenKind.MONEY) {
            return (t.isWord(i + 1, "off") || t.isWord(i + 1, "discount")) && !discountAskedAbout(t, i);
        }
        if (t.kind(i) != TokenKind.WORD) {
            return false;
        }
        // every word compared below is a listed one: a word that is not makes no offer
        String w = t.known(i);
        if (w == null) {
            return false;
        }
        if (t.in(i, NOW_VERBS) && (t.isWord(i + 1, "now") || t.isWord(i + 1, "today")) && Asks.isAsk(t, i)
                && !Asks.buttonPressed(t, i)) {
            return true;
        }
        if ((w.equals("get") || w.equals("grab") || w.equals("order")) && t.isWord(i + 1, "yours")) {
            return true;
        }
        if (w.equals("limited") && (t.isWord(i + 1, "offer") || t.isWord(i + 1, "time") || t.isWord(i + 1, "stock")
                || t.isWord(i + 1, "spots") || t.isWord(i + 1, "edition"))) {
            return true;
        }
        if (w.equals("for") && t.isWord(i + 1, "sale")) {
            return !askedOfSomeoneElses(t, i) && !namesTheSaleRoom(t, i) && !saidNotForSale(t, i);
        }
        if ((w.equals("buy") || w.equals("order")) && !t.inQuestion(i) && Asks.isAsk(t, i)
                && (t.is(i - 1, Lexicon.PLEASE) || t.in(i - 1, VOCATIVES))) {
            return true; // "please buy these shirts", "guys order yours"; not "where do you buy tissue paper?"
        }
        if ((w.equals("don't") || w.equals("dont")) && t.isWord(i + 1, "miss") && t.isWord(i + 2, "out")) {
            return true;
        }
        if (w.equals("free") && (t.isWord(i + 1, "shipping") || t.isWord(i + 1, "delivery") || t.isWord(i + 1, "trial"))) {
            return !t.inQuestion(i);
        }
        // the trial's length said between the two words, the way software and memberships are offered: "free 14-day
        // trial", "free 30 day trial", "free one-month trial" (the number and its unit, hyphenated or not)
        if (w.equals("free") && trialLength(t, i + 1)) {
            return !t.inQuestion(i);
        }
        // a trial offered with where to take it: "free for the first 2 weeks: …", "free for 14 days → …" ("parking is
        // free for the first hour" names no page to sign up at)
        if (w.equals("free") && t.isWord(i + 1, "for") && t.links() > 0 && trialPeriod(t, i + 2)) {
            return !t.inQuestion(i);
        }
        // free samples offered with the page to ask for them at ("free sample cards: …", "free samples → …"): the
        // oldest way a maker or a supplier puts its goods in buyers' hands, an offer as a free trial is. Not asked about
        // ("any free samples?"), nor samples one was given ("got free samples from them: …", "they sent free samples")
        if (w.equals("free") && (t.isWord(i + 1, "sample") || t.isWord(i + 1, "samples")) && t.links() > 0
                && !t.inQuestion(i) && !samplesReceived(t, i)) {
            return true;
        }
        if ((w.equals("promo") || w.equals("discount") || w.equals("coupon")) && t.isWord(i + 1, "code")) {
            return true;
        }
        if (w.equals("special") && (t.isWord(i + 1, "offer") || t.isWord(i + 1, "price") || t.isWord(i + 1, "deal"))) {
            return true;
        }
        return w.equals("act") && t.isWord(i + 1, "now");
    }

    /**
     * "the for-sale room is over there", "try the for sale channel", "it's on the for-sale board": "the for sale" before
     * a word for a place names the community's room for listings, a place to send someone, not something one offers.
     * "My for-sale thread" (one's own listing) still offers, and so does "for sale: …" or "for sale, room for two".
     */
    private static boolean namesTheSaleRoom(PromoTokens t, int i) {
        if (t.kind(i + 2) != TokenKind.WORD || !t.isWord(i - 1, "the")) {
            return false;
        }
        // the kinds of place a community keeps for listings
        int p = i + 2;
        return t.isWord(p, "room") || t.isWord(p, "room's") || t.isWord(p, "rooms") || t.isWord(p, "channel")
                || t.isWord(p, "channel's") || t.isWord(p, "channels") || t.isWord(p, "board")
                || t.isWord(p, "board's") || t.isWord(p, "section") || t.isWord(p, "thread") || t.isWord(p, "forum")
                || t.isWord(p, "corner");
    }

    /**
     * "mine's not for sale, sorry", "the van isn't for sale", "no longer for sale": "for sale" denied says the thing is
     * kept, the way someone turns down a would-be buyer, and offers nothing. A denial only right before it counts, so
     * "not cheap, but for sale" and "not mine, for sale by a friend" are read as before.
     */
    private static boolean saidNotForSale(PromoTokens t, int i) {
        return t.isWord(i - 1, "not") || t.isWord(i - 1, "isn't") || t.isWord(i - 1, "isnt")
                || t.isWord(i - 1, "aren't") || t.isWord(i - 1, "arent") || t.isWord(i - 1, "never")
                || t.isWord(i - 1, "longer") && t.isWord(i - 2, "no");
    }

    /**
     * "is the tent still for sale?", "is that bike for sale?": a question whether something is for sale, with no word
     * claiming it as one's own, asks about another's goods: the would-be buyer's words, not an offer. "Anyone want my
     * kayak? for sale, £300" claims it ("my"), and a statement ("for sale: …") is a listing, so both still offer.
     */
    private static boolean askedOfSomeoneElses(PromoTokens t, int i) {
        if (!t.inQuestion(i)) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && !t.isBreak(k)) {
            if (t.is(k, Lexicon.MY)) {
                return false;
            }
            k--;
        }
        return true;
    }

    /**
     * "is that 15% off the large ones too?", "does the £20 off cover fitting?": a discount already on the table, pointed
     * at ("that", "the", "this", "your") inside a question with no word claiming it as one's own, is asked about by
     * someone weighing another's offer: the would-be buyer's words, not an offer. "Want 15% off?" points at no discount
     * already made, and "is our 15% off still on?" claims it ("our"), so both still offer.
     */
    private static boolean discountAskedAbout(PromoTokens t, int i) {
        if (!t.inQuestion(i) || !(t.isWord(i - 1, "that") || t.isWord(i - 1, "the") || t.isWord(i - 1, "this")
                || t.isWord(i - 1, "your"))) {
            return false;
        }
        for (int k = i - 1; k >= 0 && !t.isBreak(k); k--) {
            if (t.is(k, Lexicon.MY)) {
                return false;
            }
        }
        return true;
    }

    /** "14-day trial", "30 day trial", "one-month trial", "7-day" then "trial": a length of time, then the trial. */
    private static boolean trialLength(PromoTokens t, int k) {
        if (!(t.isKind(k, TokenKind.NUMBER) || t.isWord(k, "one") || t.isWord(k, "two") || t.isWord(k, "three")
                || t.isWord(k, "seven") || t.isWord(k, "thirty"))) {
            return false;
        }
        return (t.isWord(k + 1, "day") || t.isWord(k + 1, "week") || t.isWord(k + 1, "month")) && t.isWord(k + 2, "trial");
    }

    /** "the first 3 months", "14 days", "a month", "your first year": how long a trial lasts. */
    private static boolean trialPeriod(PromoTokens t, int k) {
        while (t.isWord(k, "the") || t.isWord(k, "your") || t.isWord(k, "first")) {
            k++;
        }
        if (t.isKind(k, TokenKind.NUMBER) || t.isWord(k, "a") || t.isWord(k, "one")) {
            k++;
        }
        return t.isWord(k, "month") || t.isWord(k, "months") || t.isWord(k, "week") || t.isWord(k, "weeks")
                || t.isWord(k, "days") || t.isWord(k, "year");
    }

    /**
     * A keyword to send, in capitals or quotes ("DM me 'GROWTH'", "message me START"): the funnel of a pitch, which
     * answers the sender with the offer. Not a word that only says when or how nicely ("DM me ASAP", "PM me PLEASE").
     */
    private static boolean keywordToSend(PromoTokens t, int k) {
        if (t.isWord(k, "the") && t.isWord(k + 1, "word")) {
            k += 2;
        }
        return t.isKind(k, TokenKind.WORD) && t.keyword(k) && !t.is(k, Lexicon.PLEASE | Lexicon.SOFTENER | PERIOD)
                && !t.isWord(k, "asap") && !t.isWord(k, "now") && !t.isWord(k, "back") && !t.isWord(k, "anytime")
                && !t.isWord(k, "thanks") && !t.isWord(k, "today") && !t.isWord(k, "tonight") && !t.inQuestion(k);
    }

    /** "only $5", "just 3 dollars": a price said the way sellers say it. */
    private static boolean priceMention(PromoTokens t, int i) {
        if (!t.isWord(i, "only") && !t.isWord(i, "just")) {
            return false;
        }
        return ShopCues.priceEnd(t, i + 1) >= 0;
    }

    /** "DM me for prices", "pm me for rates", "DM me 'START'", "book a call", "hire me". */
    private static boolean privateSale(PromoTokens t, int i) {
        if (t.is(i, PRIVATE_CONTACT) && t.is(i + 1, ME)) {
            if (keywordToSend(t, i + 2)) {
                return true;
            }
            int j = t.isWord(i + 2, "for") ? i + 3 : -1;
            if (j > 0 && (t.isWord(j, "more") || t.isWord(j, "the") || t.isWord(j, "my") || t.isWord(j, "our"))) {
                j++;
            }
            if (j > 0 && t.is(j, PRICE_WORD)) {
                return true;
            }
            // "£80 a session, DM me", "3 spots left in June, DM me": the contact closes an offer made in the same
            // message (a price, or places still open in it), so the private message is where the sale is made. Not
            // "DM me the file" or "anyone got a spare cable? DM me", which offer nothing.
            return closesClause(t, i + 2) && (t.has(TokenKind.MONEY) || placesOpen(t));
        }
        if (t.is(i, PRICE_WORD) && t.isWord(i - 1, "for")) {
            int contact = Asks.findAhead(t, i, 3, PRIVATE_CONTACT);
            return contact > 0 && t.is(contact + 1, ME);
        }
        if (t.isWord(i, "book") || t.isWord(i, "schedule")) {
            int k = t.isWord(i + 1, "a") || t.isWord(i + 1, "your") ? i + 2 : i + 1;
            if (t.isWord(k, "free")) {
                k++;
            }
            if (t.isWord(k, "strategy") || t.isWord(k, "discovery") || t.isWord(k, "sales")) {
                k++;
            }
            return t.in(k, CALL_WORDS) && Asks.isAsk(t, i);
        }
        if (t.isWord(i, "comment") || t.isWord(i, "reply")) {
            // "comment GROWTH and I'll DM you the guide", "reply 'PLAN' below and I'll send you my template": a keyword
            // to send for what is then sent in private, the same sale as "DM me 'GROWTH'", only said under the post.
            // Not "type 'lsblk' and send the output": help asks for something back, it sends nothing to you.
            return keywordToSend(t, i + 1) && (Asks.findAhead(t, i + 1, 8, PRIVATE_CONTACT) > 0
                    || wordAhead(t, i + 1, 8, "send") && (wordAhead(t, i + 1, 10, "you") || wordAhead(t, i + 1, 10, "u")));
        }
        return t.isWord(i, "hire") && t.isWord(i + 1, "me") && Asks.isAsk(t, i);
    }

    /** Whether no word follows {@code i} in its clause ("DM me!", "DM me 🙂"), or only "if interested". */
    private static boolean closesClause(PromoTokens t, int i) {
        int k = i;
        if (t.isWord(k, "if") && (t.isWord(k + 1, "interested") || t.isWord(k + 2, "interested"))) {
            k = t.isWord(k + 1, "interested") ? k + 2 : k + 3;
        }
        for (int j = k; j < t.size() && !t.isBreak(j); j++) {
            if (t.isKind(j, TokenKind.WORD)) {
                return false;
            }
        }
        return true;
    }

    /** "3 spots left", "two slots open", "places still available", "open slots": room left in what is offered. */
    private static boolean placesOpen(PromoTokens t) {
        for (int j = 0; j < t.size(); j++) {
            if (!(t.isWord(j, "spots") || t.isWord(j, "slots") || t.isWord(j, "places") || t.isWord(j, "seats")
                    || t.isWord(j, "spaces") || t.isWord(j, "spot") || t.isWord(j, "slot"))) {
                continue;
            }
            int k = t.isWord(j + 1, "still") ? j + 2 : j + 1;
            if (t.isWord(k, "left") || t.isWord(k, "open") || t.isWord(k, "available") || t.isWord(k, "remaining")
                    || t.isWord(j - 1, "open")) {
                return !t.inQuestion(j);
            }
        }
        return false;
    }

    /** Whether {@code word} comes within {@code reach} after {@code i}, in the same sentence. */
    private static boolean wordAhead(PromoTokens t, int i, int reach, String word) {
        for (int j = i + 1; j < t.size() && j <= i + reach && !t.isBreak(j); j++) {
            if (t.isWord(j, word)) {
                return true;
            }
        }
        return false;
    }
}
