package dev.rapport.rules.text;

import dev.rapport.rules.model.Link;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sales pitches the rules must recognise from context, beside the promotion detector's verdict:
 * <ul>
 *   <li>a <b>priced offer with a contact call</b>: a price or a rate ("$150", "40/h", "from 30 euros") and "DM me",
 *       "message me", "contact me";</li>
 *   <li>a <b>business proposal, a priced offer or a service with a call booking</b>: cooperation, partnership or
 *       collaboration, a price, or one's agency or services ("I run a growth agency", "we help shops like yours"),
 *       and a booking link (a scheduling service, a page named {@code /book}) or a call to book ("book a call",
 *       "a 15-minute call"). A call to book is a sale.</li>
 * </ul>
 * Whether such a message is a pitch or an answer depends on whether anyone asked: the engine decides that.
 */
public final class Pitch {
    /** Public scheduling services whose links book a call (general knowledge, not taken from any data set). */
    private static final Set<String> SCHEDULING_HOSTS = Set.of("calendly.com", "cal.com", "savvycal.com",
            "tidycal.com", "zcal.co", "youcanbook.me", "acuityscheduling.com", "meetings.hubspot.com", "koalendar.com",
            "doodle.com", "calendar.app.google");
    private static final Set<String> PROPOSALS = Set.of("cooperation", "cooperate", "collaboration", "collaborate",
            "collab", "partnership", "partner", "partnering", "sponsorship", "sponsor", "cross-promote",
            "cross-promotion");
    private static final Set<String> CURRENCY_WORDS = Set.of("usd", "eur", "euro", "euros", "dollars", "bucks", "gbp",
            "pounds", "quid", "dollar", "cad", "aud", "inr", "rupees", "yen", "pesos", "reais", "zl", "pln", "sek", "nok",
            "dkk", "chf");

    private Pitch() {
    }

    /** The message pitches: a priced offer that asks to be contacted, or a proposal with a call to book. */
    public static boolean is(String text, List<Link> links) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        // Lower-casing returns the text itself when nothing in it is upper-case, and String.contains is the JDK's
        // vectorised search: measured, this beat one pass of our own over the text for all the phrases at once.
        String t = text.toLowerCase(Locale.ROOT);
        // The cheap half of each pair first: few messages ask to be contacted or to book a call, and only those
        // need the word split that finds a price or a proposal (a split per message was 9% of a replay).
        // A fee as a share of the sum won ("10% of the payout", "no win no fee") is a price too (FeeShare).
        if (asksForContact(t) && (priced(t) || openForWork(t) || FeeShare.named(t) || OwnWorkOnTerms.offered(t))) {
            return true;
        }
        if (!links.isEmpty() && t.contains("my ") && ownThingPriced(t)) {
            return true;
        }
        // A thing of one's own offered at a price to the one spoken to ("I've got a spare one for 70 euros", "can do it
        // for $15", "yours for 40 quid", "can let it go for 60€"): the offer and its price are the pitch, in a DM or not.
        if (OFFERS_AT_A_PRICE.find(t) && !STILL_FOR_SALE_ASKED.matcher(t).find()) {
            return true;
        }
        // A demo of one's product booked or offered ("happy to show you a free demo", "book a demo", "demo slots"):
        // a demo call is a sales call, whatever is or is not priced.
        if (DEMO_CALL.find(t)) {
            return true;
        }
        if (!booksACall(t, links, true)) {
            return false;
        }
        // A price with a call to book is a priced offer too: the booking link is its contact call. So is a service
        // one runs ("I run a growth agency", "we help shops like yours") with a call to book: a sales call. So is room
        // said to be left in one's diary ("two slots free", "now booking") with a call to book or a booking page:
        // the places are one's own work, offered as a price would offer it. So are places, spaces or seats said to be
        // open or left ("four seats open on the spring weekends, booking page: …"): the same room left on one's own
        // course or day, with the page that books it.
        return proposes(t) || priced(t) || offersAService(t) || openForWork(t) || placesOpen(t);
    }

    /** Nouns of the room people book on a course, a day out or a class: places, spaces, seats. */
    private static final String[] PLACE_NOUNS = {"places", "spaces", "seats"};
    /** Words after them that say they can still be had: "open", "left", "available", "remaining". */
    private static final String[] STILL_OPEN = {" open", " left", " available", " remaining"};

    /**
     * Places, spaces or seats said to be open or left ("spaces open for May", "two places left", "seats available"):
     * read only once a call to book or a booking page is found ({@code booksACall}), where they are the room one sells,
     * as "slots" are. Not "no places left" or "any seats left?", which offer none.
     */
    private static boolean placesOpen(String t) {
        for (String noun : PLACE_NOUNS) {
            for (int at = t.indexOf(noun); at >= 0; at = t.indexOf(noun, at + 1)) {
                int end = at + noun.length();
                if (at > 0 && Character.isLetter(t.charAt(at - 1))) {
                    continue;
                }
                String before = t.substring(Math.max(0, at - 4), at);
                if (before.endsWith("no ") || before.endsWith("any ")) {
                    continue;
                }
                for (String open : STILL_OPEN) {
                    if (t.startsWith(open, end) && (end + open.length() == t.length()
                            || !Character.isLetter(t.charAt(end + open.length())))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The writer offers a service of their own business: an agency or a consultancy, services, "we help", "I run".
     * Asked only with a call to book, where it makes the call a sales call.
     */
    private static boolean offersAService(String t) {
        return t.contains("agency") || t.contains("consultancy") || t.contains("consulting") || t.contains("services")
                || t.contains("we help") || t.contains("we've helped") || t.contains("we have helped")
                || t.contains("i run ") || t.contains("we run ") || t.contains("our clients") || t.contains("my clients")
                || t.contains("what we do") || t.contains("we specialise") || t.contains("we specialize")
                // a service one does or offers for people ("we do free surveys", "I offer 1:1 sessions")
                || t.contains("we do ") || t.contains("we offer ") || t.contains("i offer ")
                // one's trade said to be done for the reader's kind ("I work with tea shops like yours", "we build
                // sheds for gardens like yours"): the reader is named as the customer the work is for
                || SERVES_THEIR_KIND.find(t)
                || FIXES_IT.find(t);
    }

    /**
     * The writer's own work said to be done for or with people or things like the reader's ("I work with brands like
     * yours", "we make signs for shops like yours", "I build cabins for gardens like yours"): a trade told as being
     * for the reader's kind puts the reader in the place of its customer, as "we help shops like yours" does. Read
     * only beside a call to book, where it makes the call a sales call. Not a past or a liking ("I had a van like
     * yours", "I loved working with people like you"): those tell of oneself and offer no work.
     */
    private static final GatedPattern SERVES_THEIR_KIND = GatedPattern.compile("\\b(?:i|we)(?:'m|'re| am| are)? "
            + "(?:also |mainly |mostly |only |often |usually )?(?!(?:had|was|were|did|used|saw|got|bought|once|have|met"
            + "|knew|know|love|loved|like|liked|mean|meant|think|thought)\\b)\\p{L}+\\b[^.!?\\n]{0,60}?\\b(?:for|with) "
            + "(?:[\\p{L}'-]+ ){0,3}?like (?:yours|you)\\b",
            "like you");

    /** A price: a currency sign by a figure, or a figure with a currency word ("$30", "40€", "25 quid"). */
    private static final String PRICE = "(?:[$€£]\\s?\\d|\\d+(?:[.,]\\d+)?\\s?(?:[$€£]|(?:usd|eur|euros?|dollars|bucks"
            + "|quid|pounds|gbp)\\b))";
    /** Words that speak of a book as a thing to read: "my book", "the new book", "paperback", "ebook". */
    private static final Pattern NAMES_A_BOOK = Pattern.compile("\\b(?:(?:my|our|his|her|the|this|new|first|latest)\\s+"
            + "(?:new\\s+|first\\s+|latest\\s+)?book|paperback|hardback|hardcover|e-?book|novel|memoir)\\b");
    /** A price or a share off ("20%"): the terms of an offer, as a sentence states them. */
    private static final Pattern TERMS = Pattern.compile(PRICE + "|\\d+\\s?%");
    /** A share said as money off, for {@link #statesTermsOfSale}. */
    private static final Pattern SHARE_OFF = Pattern.compile(
            "\\d+\\s?%\\s?-?(?:off|discount|cheaper|less|lower|down)\\b"
                    + "|\\b(?:save|saves|saving)\\b[^.!?\\n]{0,20}\\d+\\s?%");

    /**
     * One's own thing offered at a price: "I've got a (...) for €70", "could do 25€ for you", "can do it for 40€",
     * "yours for 30 quid", "let it go for $60", "selling mine for $90", "asking $200 for it". A past price ("I got mine
     * for $60", "I paid $20") is no offer: "got" alone and "paid" are not among the verbs.
     */
    private static final GatedPattern OFFERS_AT_A_PRICE = GatedPattern.compile("\\b(?:(?:i've|i have|i['’]?ve) got\\b[^.!?\\n]{0,60}?"
            + "\\bfor|(?:i |we )?(?:could|can) do(?: (?:it|them|one|both|the \\w+))?(?: for)?|yours for|(?:let|letting) "
            + "(?:it|them|one) go for|(?:i'm |we're )?selling (?:it|them|one|mine|ours|my \\w+|our \\w+) for|(?:i'm )?asking)"
            + "\\s+(?:just |only )?" + PRICE,
            "got", "could do", "can do", "yours", "go for", "selling", "asking");
    /**
     * A demo of one's product offered or booked: "book a demo", "schedule a free demo", "happy to give you a demo",
     * "demo call", "demo slots", "grab 15 min for a demo". A game's "free demo on Steam" is played, not booked: only
     * a demo given, booked or called is one. Its length may stand before it as any other word that sweetens it ("book a
     * 20-minute demo", "a free 15 min demo"): a demo that lasts a quarter of an hour is a meeting in the diary, the
     * sales call "book a 15-minute call" is ({@link #BOOK_A_CALL}).
     */
    private static final String DEMO_WORDS = "(?:(?:free|quick|short|live|personal|\\d+[ -]?(?:min|mins|minutes?)"
            + "|(?:fifteen|twenty|thirty)[ -]?(?:min|mins|minutes?)),? )*";
    private static final GatedPattern DEMO_CALL = GatedPattern.compile(
            "\\b(?:(?:book|schedule|grab|get|request|set up) a " + DEMO_WORDS + "demo|(?:give|show) you a " + DEMO_WORDS
            + "demo|happy to demo|demo (?:call|calls|slot|slots|session|meeting))\\b",
            "demo");

    /**
     * A business naming someone's problem as the one it sells the fix for: "that's precisely what I sort out", "we
     * handle exactly this", "what we fix for shops". "We" (or "exactly what I") with a verb of fixing; "I fixed it"
     * or "what I need" is no offer.
     */
    private static final GatedPattern FIXES_IT = GatedPattern.compile("\\b(?:(?:exactly|precisely|just) what (?:we|i)"
            + "|what we|we) (?:solve|fix|sort out|sort|handle|take care of)\\b",
            "solve", "fix", "sort", "handle", "take care");

    /**
     * A price with a link to take it up ("under 20 closings? My program fixes that, $297/month: https://..."): put to
     * someone with a question, the question opens an offer, and the offer is what the message brings.
     */
    public static boolean pricedWithLink(String text, List<Link> links) {
        return text != null && !links.isEmpty() && priced(text.toLowerCase(Locale.ROOT));
    }

    /**
     * "price list", "pricelist", "price sheet", "rate card": a page that is the list of what things cost. So is a list
     * said to carry its prices ("the full stock list with prices", "list of prices"): the same page named the other
     * way round.
     */
    private static final Pattern PRICE_LIST = Pattern.compile("\\b(?:price ?(?:list|sheet)s?|rate ?cards?"
            + "|(?:list|sheet|catalogue|catalog)s? (?:with|of) (?:all |the |its |their )?prices)\\b");

    /**
     * A price list with the page it is on ("new price list for the spring: https://..."): the page holds the prices the
     * text does not, so put in the room for listings it is a priced offer like any other listing, whoever's goods.
     */
    public static boolean priceListWithLink(String text, List<Link> links) {
        return text != null && !links.isEmpty() && PRICE_LIST.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** A seller's catalogue or stock list ("winter catalogue is up", "the new stock list"): the goods it sells. */
    private static final Pattern STOCK_LIST = Pattern.compile("\\b(?:catalogue|catalog|stock ?list)s?\\b");

    /**
     * A price list with its page ({@link #priceListWithLink}), or a catalogue or stock list with its page ("winter
     * catalogue is up: 300 graded LPs …"): put in the room for listings, where things are listed for sale, a
     * catalogue is the seller's stock at the prices on its page, a listing though it names no figure. Elsewhere (an
     * exhibition's catalogue on the events board, a library's) it sells nothing, so only the room for listings reads it
     * so.
     */
    public static boolean stockListWithLink(String text, List<Link> links) {
        return priceListWithLink(text, links)
                || text != null && !links.isEmpty() && STOCK_LIST.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** Sentences, for {@link #ownSaleNamed}. */
    private static final Pattern SENTENCES = Pattern.compile("[.!?\\n]+");
    /** "my" or "our" as a word: the thing named is the writer's own. */
    private static final Pattern OWN_WORD = Pattern.compile("\\b(?:my|our)\\b");
    /** A share off ("20% off", "15 % off") or a discount named, for {@link #ownSaleNamed}. */
    private static final Pattern OFF_OR_DISCOUNT = Pattern.compile("\\d\\s*%\\s*off\\b|\\bdiscount");

    /**
     * Whether one sentence of {@code text} names a thing as the writer's own ("my", "our") and puts a price, a code or a
     * share off on it ("our evening tours are 15% off this month"): the sale is theirs, where the same price passed on
     * for a shop claims nothing.
     */
    public static boolean ownSaleNamed(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (String sentence : SENTENCES.split(text.toLowerCase(Locale.ROOT))) {
            if (OWN_WORD.matcher(sentence).find()
                    && (OFF_OR_DISCOUNT.matcher(sentence).find() || pricedOrCoded(sentence))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text names a price ("$19", "€40", "30/h") or gives a code to enter ("code SPRING24", "members' code BLOOM15":
     * the word "code" before a word of four or more letters and digits with a digit in it).
     */
    public static boolean pricedOrCoded(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (priced(t)) {
            return true;
        }
        String[] words = t.split("[^\\p{L}\\p{N}]+");
        for (int i = 0; i + 1 < words.length; i++) {
            String next = words[i + 1];
            if (words[i].equals("code") && next.length() >= 4 && next.chars().anyMatch(Character::isDigit)
                    && next.chars().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text names a price ("$19", "€40", "25 quid", "30/h"), not merely a share off or a code: what something costs
     * is a term put to a buyer, a discount alone only says a sale is on.
     */
    public static boolean namesAPrice(String text) {
        return text != null && !text.isEmpty() && priced(text.toLowerCase(Locale.ROOT));
    }

    /**
     * The sentence states an offer's terms: a price ("$30", "40€", "25 quid") or a share off ("20%"). The one pattern
     * of a price for the pitch cues; where a sentence is set apart from the help beside an offer, a share must be said as
     * money off ({@link #statesTermsOfSale}).
     */
    public static boolean namesTerms(String sentence) {
        return sentence != null && !sentence.isEmpty() && TERMS.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The sentence states the terms of a sale: a price ("$18", "£14 a tin") or a share said as money off ("15% off",
     * "a 10% discount", "20% cheaper", "save 25%"). Stricter than {@link #namesTerms}, which takes any share: a share
     * that takes nothing off a price ("that gets you 95% of the way", "I'm 99% sure") is a way of talking, so a sentence
     * with one in it is still advice, and counts as help beside an offer.
     */
    public static boolean statesTermsOfSale(String sentence) {
        return namesAPrice(sentence)
                || sentence != null && SHARE_OFF.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * A price put to someone as a question ("5-day package €420 incl. board, want me to keep one for you?", "a mixed six
     * for £72 delivered, shall I reserve one?"): the question asks them to take the priced thing up. A price one paid
     * ("I paid £72 for mine", "got mine for $60", "it cost me €40") is a past price, no offer, and one the asker would
     * pay ("is it €40? can I pay cash?") is a buyer's question.
     */
    public static boolean pricedQuestion(String text) {
        if (text == null || text.isEmpty() || text.indexOf('?') < 0) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return priced(t) && !pastPrice(t) && !BID.find(t) && !PAYER.find(t) && !STILL_FOR_SALE_ASKED.matcher(t).find()
                && !BUDGET_ASKED.find(t) && !BUDGET_SAID.find(t) && !MONEY_BACK_ASKED.find(t);
    }

    /**
     * The writer asking after their own money coming back ("has the £80 deposit been returned yet?", "has my £40
     * refund gone through?", "when do we get our money back?"): a deposit or a payment returned, or a refund, is money
     * the writer paid, so the price in the question is theirs, asked of the one who holds it: a customer's question,
     * not an offer put to the reader. A seller's "a £50 deposit secures Friday, shall I pencil that in?" asks nothing
     * of money coming back.
     */
    private static final GatedPattern MONEY_BACK_ASKED = GatedPattern.compile("\\b(?:when|has|have|did|will|where"
            + "|how long|any news|any update)\\b[^.!?\\n]*?(?:\\brefund\\b|\\b(?:deposit|money|payment)\\b[^.!?\\n]*?"
            + "\\b(?:back|returned|refunded|reimbursed)\\b)[^.!?\\n]*\\?",
            "refund", "deposit", "money", "payment");

    /**
     * A buyer saying how far they would go for a thing they ask after ("could you look out for a boxed one? I'd go up
     * to £70", "we'd pay up to $200", "my budget is about €90"): the ceiling of what the writer would spend on someone
     * else's goods or work, so the price is theirs to pay, not an offer put to the reader (since session 65). Not a
     * seller coming down ("I can go down to £60") or a price of one's own ("I can do it for £70").
     */
    private static final GatedPattern BUDGET_SAID = GatedPattern.compile("\\b(?:(?:i|we)(?:'d| would| could| can|'ll"
            + "| will)? (?:happily |gladly )?(?:go up to|go as high as|stretch to|stretch up to|pay up to|spend up to)"
            + "|(?:happy|willing|prepared|able) to (?:pay|spend|go) up to|(?:my|our) budget(?: is|'s)?(?: up to)?)"
            + "\\s+(?:about |around |roughly )?" + PRICE,
            "up to", "as high as", "stretch", "budget");

    /**
     * A buyer asking whether the other has or sells a thing within what they mean to spend: "do you have a small one
     * under £100?", "have you got anything below €50 for a beginner?", "does anyone stock a set for less than $30?".
     * A price said as a ceiling on what is asked for is the asker's budget: they would pay it, nobody offers it. A
     * seller's "want one for £90?" or "a pair for £40, shall I hold one?" names no ceiling and is still their offer.
     */
    private static final GatedPattern BUDGET_ASKED = GatedPattern.compile("\\b(?:(?:do|does) (?:you|anyone|anybody"
            + "|someone|somebody) (?:have|sell|stock|carry|do|make|know of)|(?:have|has) (?:you|anyone|anybody|someone"
            + "|somebody) got|(?:you|anyone|anybody) got|got any|is there|are there|anything)\\b[^.!?\\n]{0,80}?"
            + "\\b(?:under|below|less than|no more than|not more than|at most|max|maximum)\\s+(?:about |around |roughly )?"
            + PRICE + "[^.!\\n]*\\?",
            "under", "below", "less than", "more than", "at most", "max");

    /**
     * "book us", "booking me", "hire us", "hiring me", its sentence ending in no question mark, not after "for" (a
     * booking thanked) and not followed by a thing booked for the writer ("book us a room").
     */
    private static final GatedPattern BOOK_ONESELF = GatedPattern.compile("(?<!\\bfor )\\b(?:book|booking|hire|hiring)"
            + " (?:me|us)\\b(?! (?:a|an|the|some|in|into|on)\\b)[^.!?\\n]*(?:[.!\\n]|$)",
            "book", "hire", "hiring");

    /**
     * A price with an urge to book or hire the writer, said as a statement ("£180 a day, worth booking me early for
     * the summer", "we charge $90 an hour, hire us before the season starts"): the one spoken to is told to take the
     * priced work up, as {@link #pricedQuestion} asks them to. Not a booking thanked ("thanks for booking us, £40 was
     * fair"), nor one asked of the reader ("could you book me in, is it still £20?": a customer's question), nor "book
     * me a table", where the reader books something for the writer.
     */
    public static boolean pricedCallToBookOneself(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return BOOK_ONESELF.find(t) && priced(t) && !pastPrice(t) && !PAYER.find(t) && !BID.find(t);
    }

    /**
     * The seller closing the sale for the reader ("just say the word") or offering their own visit on a day to do the
     * work ("we could pop round on Monday", "I can start next week", "I can be there tomorrow"). Not "I can come if you
     * need a hand" (no day), nor "can you come on Friday?" (the reader is asked to come).
     */
    private static final GatedPattern CLOSES_FOR_THEM = GatedPattern.compile("\\bjust say (?:yes|the word)\\b"
            + "|\\b(?:i|we) (?:can|could) (?:come|come round|come over|pop (?:in|round|over|by)|call round|be there"
            + "|start|fit (?:it|them|you) in)(?: on)? (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|tomorrow|this week|next week)\\b",
            "say", "come", "pop", "call", "be there", "start", "fit");

    /**
     * A price of one's own work put to the one spoken to with the sale closed for them, said as a statement ("all the
     * gutters cleared for £70, we could pop round on Monday, just say the word"): as {@link #pricedQuestion} asks them
     * to take the priced thing up, this tells them it is theirs for a yes. Not a price paid, nor a buyer's question or
     * bid.
     */
    public static boolean pricedCloseForThem(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return CLOSES_FOR_THEM.find(t) && priced(t) && !pastPrice(t) && !PAYER.find(t) && !BID.find(t);
    }

    /** The writer putting the reader in their diary: "I'll book you in", "we can fit you in", "I'd pencil you in". */
    private static final Pattern BOOKS_THEM_IN = Pattern.compile("\\b(?:i|we)(?:'ll| will| can| could|'d| would)"
            + "(?: happily| gladly| easily)? (?:book|pencil|fit|squeeze|put) you (?:in|down)\\b");

    /**
     * One's own priced work put to the reader with the booking made for them: "a base is £900, say the day and I'll
     * book you in", "£45 a session, I can squeeze you in on the Thursday list". The writer says they will put the
     * reader in their own diary, so a yes is all that is left to the reader: the sale closed for them as
     * {@link #pricedCloseForThem} reads it. Not the reader asked to book the writer ("can you book me in?"), nor a
     * price paid ("I paid £40 and they fitted me in").
     */
    public static boolean pricedBookingForThem(String text) {
        if (text == null || text.isEmpty() || !namesAPrice(text) || pastPrice(text)) {
            return false;
        }
        return BOOKS_THEM_IN.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find();
    }

    /**
     * Whether the other's thing is still to be had, asked: "is it still for sale?", "still available?", "is the blue one
     * still going?". Only one who wants to buy asks that, so a price beside it ("I could do £300") is what they would
     * pay: a buyer's bid, not an offer of their own. A seller's "still available, £40" asks nothing.
     */
    private static final Pattern STILL_FOR_SALE_ASKED = Pattern.compile(
            "\\bstill (?:for sale|available|going|up for grabs)\\s*\\?");

    /**
     * The one asking is the one who would pay: "can I pay by card?", "do we pay at the door?", "how do I pay the £30?".
     * A question about paying a price asks how to buy; it sells nothing.
     */
    private static final GatedPattern PAYER = GatedPattern.compile("\\b(?:can|could|do|should|shall|may|must|where|how) "
            + "(?:i|we|do i|do we|can i|can we|should i|should we) pay\\b",
            "pay");

    /**
     * A price offered for the other's thing: "would you take £90 for it?", "would you accept 70?", "could you let it go
     * for £50?". The one asking would pay: a buyer's bid for someone else's goods or work sells nothing.
     */
    private static final GatedPattern BID = GatedPattern.compile("\\b(?:would|will|could) you (?:take|accept|consider|"
            + "do|part with|let (?:it|them|one) go for|sell (?:it|them|one) for)\\b",
            "you");

    /**
     * The price is one paid or asked about, not offered: "I paid £72 for mine", "bought it for $40", "got mine for
     * $60", "it cost me €40", "how much is it?".
     */
    public static boolean pastPrice(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("paid") || t.contains("bought") || t.contains("got mine") || t.contains("cost me")
                || t.contains("how much");
    }

    /**
     * An invitation to get in touch ("DM me", "let's talk", "hit me up"): with one's own work pushed at someone who
     * asked for nothing, it makes the push an offer, a pitch, rather than a request to look.
     */
    public static boolean invitesContact(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return asksForContact(t) || t.contains("let's talk") || t.contains("lets talk") || t.contains("let's chat")
                || t.contains("lets chat") || t.contains("get in touch") || t.contains("reach out to me");
    }

    /**
     * Paid work of one's own announced as available: open slots or commissions ("commissions open for spring", "two
     * slots left"). A post saying so offers work, whatever buyer's words it also uses ("DM for a quote").
     */
    public static boolean opensForWork(String text) {
        return text != null && !text.isEmpty() && openForWork(text.toLowerCase(Locale.ROOT));
    }

    private static final String[] SCHEDULING_HOST_LIST = SCHEDULING_HOSTS.toArray(new String[0]);

    private static boolean asksForContact(String t) {
        return t.contains("dm me") || t.contains("pm me") || t.contains("message me") || t.contains("contact me")
                || t.contains("email me") || t.contains("hit me up") || t.contains("inbox me") || t.contains("send me a dm")
                || t.contains("drop me a message") || t.contains("dm for") || t.contains("dms open")
                // the short forms of the same call: "dm if interested", "pm for details", "dm to order", "…, dm"
                || t.contains("dm if") || t.contains("pm if") || t.contains("pm for") || t.contains("dm to ")
                || t.contains("dms are open") || t.contains("message for") || t.contains("inbox for")
                || t.contains("drop me a dm") || t.contains("shoot me a dm") || t.contains("slide into my dms")
                || t.contains("whatsapp me") || endsWithBareDm(t) || takenToDms(t);
    }

    /** Where a deal is said to be taken: "claim in DMs", "orders via DM", "details by PM", "in my DMs". */
    private static final String[] TO_DMS = {" in dms", " in dm", " in my dms", " via dm", " by dm", " over dm",
            " in pms", " via pm", " by pm"};

    /**
     * The offer is to be taken up in private, said as where rather than as "DM me": "claim in DMs, £120 each", "£8 a
     * jar, orders via DM". The phrase must end its word ("in dms", not "in dmitri's").
     */
    private static boolean takenToDms(String t) {
        for (String phrase : TO_DMS) {
            for (int at = t.indexOf(phrase); at >= 0; at = t.indexOf(phrase, at + 1)) {
                int end = at + phrase.length();
                if (end == t.length() || !Character.isLetter(t.charAt(end))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A bare "dm" or "pm" as the message's last word ("5 each, dm"): the call said as shortly as it can be. */
    private static boolean endsWithBareDm(String t) {
        int end = t.length();
        while (end > 0 && !Character.isLetterOrDigit(t.charAt(end - 1))) {
            end--;
        }
        if (end < 2) {
            return false;
        }
        String last = t.substring(end - 2, end);
        boolean word = end == 2 || !Character.isLetterOrDigit(t.charAt(end - 3));
        return word && (last.equals("dm") || last.equals("pm"));
    }

    /**
     * Paid work announced as available: open slots or commissions ("my slots are open", "2 slots left", "taking
     * commissions"). With "DM me" it is an offer of one's services, whatever the price.
     */
    private static boolean openForWork(String t) {
        return t.contains("slots") || t.contains("slot open") || t.contains("slot left") || t.contains("spots left")
                || t.contains("taking commissions")
                || t.contains("taking clients") || t.contains("taking orders") || t.contains("books are open")
                // however "commissions" is spelled, open or taken: "comissions r open", "commish open", "open for
                // commisions", and the other ways of saying there is room for a client: "spots open", "open for work"
                || commissionsOpen(t) || t.contains("spots open") || t.contains("spot open") || t.contains("spot left")
                || t.contains("taking on clients") || t.contains("taking new clients") || t.contains("accepting clients")
                || t.contains("accepting orders") || t.contains("open for orders") || t.contains("open for work")
                || t.contains("available for work")
                // bookings said to be open, the same room left in one's diary: "now booking", "taking bookings"
                || t.contains("now booking") || t.contains("booking now") || t.contains("taking bookings")
                || t.contains("bookings open") || t.contains("bookings are open");
    }

    /** "Commissions" in any common spelling ("comissions", "commisions", "commish", "comms") said to be open or taken. */
    private static boolean commissionsOpen(String t) {
        int at = t.indexOf("comm");
        if (at < 0) {
            at = t.indexOf("comi");
        }
        if (at < 0) {
            return false;
        }
        boolean named = t.contains("commission") || t.contains("comission") || t.contains("commision")
                || t.contains("comision") || t.contains("commish") || t.contains("comms ") || t.endsWith("comms");
        return named && (said(t, "open") || said(t, "taking") || said(t, "accepting") || said(t, "available"));
    }

    /**
     * Whether {@code word} occurs in {@code t} not denied just before it: "commissions are closed, not open till June",
     * "not taking any", "no longer accepting" say there is no room for a client.
     */
    private static boolean said(String t, String word) {
        for (int at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
            String before = t.substring(Math.max(0, at - 12), at);
            if (!before.contains("not ") && !before.contains("n't ") && !before.contains("no longer ")
                    && !before.contains("never ") && !before.contains("arent ") && !before.contains("isnt ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * One's own thing given a price: "my thriller is 99c this week", "my prints are now $15". The possessive opens the
     * subject and the price follows its verb, so "I paid $20 for my keyboard" or "my keyboard was $20" (a past price)
     * is not an offer. Asked only of messages with a link: the thing, priced, and where to buy it.
     */
    private static boolean ownThingPriced(String t) {
        String[] words = t.split("[^\\p{L}\\p{N}$€£/]+");
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals("my")) {
                continue;
            }
            for (int v = i + 2; v < words.length && v <= i + 5; v++) {
                String w = words[v];
                if (w.equals("is") || w.equals("are") || w.equals("for")) {
                    for (int p = v + 1; p < words.length && p <= v + 3; p++) {
                        if (price(words, p)) {
                            return true;
                        }
                    }
                    break;
                }
                // what one's thing holds, then its price: "my kit has a packing list, $29 → …", "my course
                // covers this, €40: …"
                // or what it does or sells, then the price: "my studio does student packages, 3 for $120 → …"
                if (w.equals("has") || w.equals("have") || w.equals("includes") || w.equals("covers")
                        || w.equals("comes") || w.equals("does") || w.equals("offers") || w.equals("sells")) {
                    for (int p = v + 1; p < words.length && p <= v + 7; p++) {
                        if (price(words, p)) {
                            return true;
                        }
                    }
                    break;
                }
            }
        }
        return false;
    }

    /** A price as one word: "$15", "15€", "99c", "99p", or a number before a currency word. */
    private static boolean price(String[] words, int i) {
        String w = words[i];
        if (w.isEmpty()) {
            return false;
        }
        char first = w.charAt(0);
        char last = w.charAt(w.length() - 1);
        if ((first == '$' || first == '€' || first == '£') && w.length() > 1 && Character.isDigit(w.charAt(1))) {
            return true;
        }
        if (!Character.isDigit(first)) {
            return false;
        }
        if (last == '$' || last == '€' || last == '£') {
            return true;
        }
        if ((last == 'c' || last == 'p') && w.length() >= 2 && w.length() <= 3
                && Character.isDigit(w.charAt(w.length() - 2))) {
            return true; // cents or pence: "99c", "99p"
        }
        return i + 1 < words.length && CURRENCY_WORDS.contains(words[i + 1]);
    }

    /** A currency sign next to a number, a number with a currency word, or a rate per hour. */
    static boolean priced(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹') {
                boolean before = i > 0 && Character.isDigit(t.charAt(i - 1));
                boolean after = i + 1 < t.length() && Character.isDigit(t.charAt(i + 1));
                if (before || after) {
                    return true;
                }
            }
        }
        // Every price below is a word that opens on a digit: a text without one is no price, and is spared the split.
        if (!hasDigit(t)) {
            return false;
        }
        String[] words = t.split("[^\\p{L}\\p{N}/]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
                continue;
            }
            if (w.endsWith("/h") || w.endsWith("/hr") || w.endsWith("/hour")) {
                return true;
            }
            if (i + 1 < words.length && (CURRENCY_WORDS.contains(words[i + 1]) || words[i + 1].equals("per")
                    || words[i + 1].equals("an") && i + 2 < words.length && words[i + 2].equals("hour"))) {
                return true;
            }
            if (smallChange(words, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A price in cents or pence said the way a seller puts it: a charm price ("99c", "49p": two figures ending in 9,
     * how shops price) or a rate per unit ("8p a gram", "50c each", "30p per page"). A bare figure with c or p is as
     * often a temperature ("proof at 24c"), a player count ("a 4p game") or a two-cents opinion ("my 2c"), so only the
     * seller's shapes count.
     */
    private static boolean smallChange(String[] words, int i) {
        String w = words[i];
        int n = w.length();
        if (n < 2 || n > 3 || w.charAt(n - 1) != 'c' && w.charAt(n - 1) != 'p') {
            return false;
        }
        for (int k = 0; k < n - 1; k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return false;
            }
        }
        if (n == 3 && w.charAt(1) == '9') {
            return true;
        }
        if (i + 1 >= words.length) {
            return false;
        }
        String next = words[i + 1];
        // "a"/"an" after pence or cents names the unit the figure is charged by ("40p a stem", "75c a plant"),
        // whatever is counted: a figure in small change followed by "a thing" is a rate. Not the words of "a while",
        // "a bit" or "a lot" that follow a sum in talk.
        return next.equals("each") || next.equals("per")
                || (next.equals("a") || next.equals("an")) && i + 2 < words.length && (UNITS.contains(words[i + 2])
                || isUnitNoun(words[i + 2]));
    }

    /** Words after "a" that are no unit of sale: "for 50p a while back", "a bit", "a lot", "a few". */
    private static final Set<String> NOT_UNITS = Set.of("while", "bit", "lot", "little", "few", "couple",
            "good", "great", "long", "short", "big", "small", "bargain", "steal");

    /** A word of letters only that may name what a small-change rate is charged by. */
    private static boolean isUnitNoun(String w) {
        if (w.length() < 3 || NOT_UNITS.contains(w)) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isLetter(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** What a rate is counted in: "8p a gram", "50c a page", "30p an hour". */
    private static final Set<String> UNITS = Set.of("gram", "g", "kilo", "kg", "page", "word", "minute", "min", "hour",
            "print", "copy", "sheet", "piece", "item", "unit", "metre", "meter", "foot", "litre", "liter", "day",
            "month", "week", "go", "pop", "bag", "box", "pack", "card", "sticker", "photo", "stem", "egg", "slice");

    private static boolean proposes(String t) {
        for (String w : t.split("[^\\p{L}-]+")) {
            if (PROPOSALS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A call to book ("book a free 20-min intro call: …", a scheduling page's link): whether it sells is for the
     * context to say (a price, a service, or the person's own offer pushed in the last days).
     */
    public static boolean callToBook(String text, List<Link> links) {
        return text != null && booksACall(text.toLowerCase(Locale.ROOT), links, true);
    }

    /**
     * The offer asks to be taken up one to one: an invitation to get in touch ("DM me", "message me", "let's talk"), a
     * call to book said in words or a scheduling service's link, a demo, one's own price put to the one spoken to ("could
     * do $300 for you", "just for you") or put to them as a question ("want me to hold one?"). A shop's, a course's or a
     * booking page left with its price is not: whoever reads the thread may follow it, nobody is asked to deal in private.
     */
    public static boolean takenUpInPrivate(String text, List<Link> links) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return invitesContact(text) || booksACall(t, links, false) || OFFERS_AT_A_PRICE.find(t)
                || DEMO_CALL.find(t) || pricedQuestion(text) || t.contains("for you");
    }

    /**
     * @param pageCounts whether a link to a page named for booking ({@code /book}) is a call to book by itself; a shop's
     *                   own booking page is where its readings or lessons are had, a call only when words ask for one
     */
    private static boolean booksACall(String t, List<Link> links, boolean pageCounts) {
        for (int i = 0; i < links.size(); i++) {
            String host = links.get(i).host();
            for (String s : SCHEDULING_HOST_LIST) {
                if (host.equals(s) || isSubdomain(host, s)) {
                    return true;
                }
            }
        }
        return t.contains("book a call") || t.contains("schedule a call") || t.contains("hop on a call")
                || t.contains("jump on a call") || t.contains("book a meeting") || t.contains("schedule a meeting")
                || t.contains("set up a call") || t.contains("minute call") || t.contains("min call")
                || t.contains("quick call") || t.contains("discovery call") || t.contains("strategy call")
                || t.contains("intro call") || t.contains("free consultation") || pageCounts && bookingPage(links, t)
                // the call to book said as an order that opens its clause ("book here", "book now at ...", "order
                // yours here"), or a short slot to grab ("grab 15 min here"); a pitch only with a price or a service
                || BOOK_HERE.find(t) || BOOK_A_CALL.find(t)
                // an offer to book the person in, put to them as a question ("shall we book you for Friday?")
                || BOOK_THEM_IN.find(t)
                // or a place held for them until a day ("I'll keep the 3rd for you if you confirm by Monday")
                || HELD_FOR_THEM.find(t);
    }

    /**
     * An offer to book the person in, put to them as a question ("shall we book you for Friday?", "can I slot
     * you in on Tuesday?", "should I put you down for two?", "do you want us to sign you up?"): the asker would fix the booking, a call to
     * book said as a favour. Not "want me to put you in touch with her?", which books nothing.
     */
    private static final GatedPattern BOOK_THEM_IN = GatedPattern.compile("\\b(?:want|shall|should|can|could|would you like"
            + "|do you want)\\s+(?:me|i|us|we)\\s+(?:to\\s+)?(?:book (?:you|ya|u)\\b|(?:pencil|fit|squeeze|slot) "
            + "(?:you|ya|u) in\\b|put (?:you|ya|u) down\\b|sign (?:you|ya|u) up\\b)[^.!?\\n]{0,40}\\?",
            "book", "pencil", "fit", "squeeze", "slot", "put", "sign");

    /**
     * A date, a seat or a place held for the person until they book ("we can hold the 12th for you, confirm by
     * Monday", "I'll reserve two places for you till Friday"): a provisional booking with a deadline, the call to book
     * said as a favour, as {@link #BOOK_THEM_IN} puts it as a question. Only a hold with its deadline: "I'll keep an
     * eye out for you" or "I'll save you a seat" among friends holds nothing until a day.
     */
    private static final GatedPattern HELD_FOR_THEM = GatedPattern.compile("\\b(?:i|we)(?:'ll| can| could| will| would"
            + "|'d| am happy to| are happy to)? (?:hold|keep|reserve) (?:[\\p{L}\\p{N}'-]+ ){0,4}?for (?:you|ya|u)\\b"
            + "[^.!?\\n]{0,30}?\\b(?:if you (?:book|confirm|pay)|until|till|by)\\b",
            "hold", "keep", "reserve");

    /**
     * A call to book with a word between the verb and the call ("book a free call", "schedule a quick 20-minute chat",
     * "set up a short intro call"): the same call to book as "book a call", the adjective only sweetens it.
     */
    private static final GatedPattern BOOK_A_CALL = GatedPattern.compile("\\b(?:book|schedule|set up|arrange) a (?:(?:free|quick"
            + "|short|brief|no-obligation|intro|discovery|\\d+[ -]?(?:min|mins|minutes?)|(?:fifteen|twenty|thirty)[ -]?"
            + "(?:min|mins|minutes?)),? )+(?:call|chat|consult|consultation|session)\\b",
            "book", "schedule", "set up", "arrange");

    private static final GatedPattern BOOK_HERE = GatedPattern.compile("(?:^|[.,;:!?\\n]\\s*|\\b(?:just|you can|can|to) )(?:book|order|buy"
            // the slot may be named for whom it is booked ("book your child's slot at …", "reserve your team's spot
            // here"): the same slot to take, said for the one it is for
            + "|reserve)(?: yours| one| a slot| your slot| your spot| your \\p{L}+['\\u2019]s (?:slot|spot)| now)? (?:here|now"
            + "|online|via|through"
            // "book at" a place ("book at <page>", "book at the front desk"), not at an hour: "book at 10 sharp on the
            // first, the dates go up then" tells when to book, advice for anyone who books, and sells nothing
            + "|at(?! (?:\\d|noon\\b|midnight\\b)))\\b"
            + "|\\b(?:grab|book|pick|snag) (?:a )?(?:\\d+|fifteen|twenty|thirty)[ -]?(?:min|mins|minutes?)\\b"
            // a slot or a time to take ("grab a slot here", "pick a time that suits: …"; a spot is a place at an event)
            + "|\\b(?:grab|pick|snag|claim) (?:a|your|one) (?:slot|time)\\b",
            "book", "order", "buy", "reserve", "grab", "pick", "snag", "claim");

    /** A link to a page for booking ({@code /book}, {@code /booking}, {@code /book-a-call}, {@code /schedule}). */
    private static boolean bookingPage(List<Link> links, String t) {
        for (int i = 0; i < links.size(); i++) {
            String url = links.get(i).url().toLowerCase(Locale.ROOT);
            int q = url.indexOf('?');
            String path = q < 0 ? url : url.substring(0, q);
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            int slash = path.lastIndexOf('/');
            if (slash < 0 || slash > 0 && path.charAt(slash - 1) == '/') {
                continue; // no path: the host alone
            }
            String last = path.substring(slash + 1);
            // A page named "book" beside words that speak of a book as a thing ("my book is out", "the paperback's
            // £9"), is that book's page on the writer's site: a book to buy, not a call or a session to book.
            if (last.equals("book") && NAMES_A_BOOK.matcher(t).find()) {
                continue;
            }
            if (last.equals("book") || last.equals("booking") || last.startsWith("book-a-") || last.equals("schedule")
                    || last.equals("book-call") || last.equals("consultation")) {
                return true;
            }
        }
        return false;
    }

    /** {@code host.endsWith("." + domain)}, without building the string. */
    private static boolean isSubdomain(String host, String domain) {
        int dot = host.length() - domain.length() - 1;
        return dot >= 0 && host.charAt(dot) == '.' && host.endsWith(domain);
    }
}
