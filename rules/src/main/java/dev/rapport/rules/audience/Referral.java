package dev.rapport.rules.audience;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone saying they sent people of their own to the one they talk to: "I sent my sister your way", "told my team
 * about you", "I recommended you to my book club", or that one of their own loved what that one makes ("my mum
 * loved your lemon tart"). Only a customer, or someone who speaks up for a business, says that: they have bought
 * or tried it and bring the next customers (principle 7), whatever else they talk about. A peer passes on tools made
 * by others, not by the one they talk to ("I told my team about Linear"); and a fellow seller who hands the person
 * work sends a client, a lead or a job ("sent a client your way, I'm fully booked"), which is trade between sellers,
 * not a customer's word, so it is not read as one.
 *
 * <p>The words are general English for sending or pointing people somewhere, telling them about someone, and
 * liking what someone made; "you" and "your" say whose business it is.
 */
public final class Referral {
    /**
     * A third party of the speaker's own: "my sister", "our neighbours", "a friend of mine", "her", "everyone", or a
     * count of people from a group of theirs, "three people from my choir", "a couple of mates from my team": a number
     * says they were the speaker's to send as plainly as "my" does.
     */
    private static final String PEOPLE = "(?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|"
            + "several)\\s+(?:people|friends|mates|colleagues|neighbou?rs|members)(?:\\s+(?:from|at|in|of)\\s+"
            + "(?:my|our)\\b[\\w' -]{0,30}?)?"
            + "|(?:my|our)\\s+[\\w' -]{1,30}?|a (?:friend|mate|colleague|neighbou?r|"
            + "coworker|co-worker)(?: of mine)?|some friends|friends|her|him|them|everyone|everybody|half my \\w+|"
            + "all my \\w+|loads of people|a few people|people)";
    /** Sent or pointed them to you: "sent her your way", "pointed my cousin over to you", "sent my team to your shop". */
    private static final Pattern SENT = Pattern.compile("\\b(?:sent|send|sending|pointed|pointing|referred|referring|"
            + "directed|brought|bringing|dragged)\\s+(" + PEOPLE + ")\\s+(?:your way|(?:over |round |along )?to you\\b|"
            + "(?:over |round |along )?to your\\s+\\w+)");
    /** Told them about you: "told my team about you", "told my aunt she has to try your buns", "telling everyone about your shop". */
    private static final Pattern TOLD = Pattern.compile("\\b(?:told|telling|tell|tellin|recommended|recommending)\\s+("
            + PEOPLE + ")\\s+(?:about you\\b|about your\\s+\\w+|to (?:try|visit|check out|come to|order from) "
            + "(?:you\\b|your\\s+\\w+)|(?:she|he|they)\\s+(?:has|have|had|should|must|needs?|ought) to "
            + "(?:try|visit|check out|come to|order from|get) (?:you\\b|your\\s+\\w+))");
    /**
     * Told a named other to go to you: "told the florist next door to use you", "told the new café to call you". Only
     * told: people are told to do things, where "sent the invoice to you" sends a thing. The verbs say they should come
     * as customers (use, call, book with, try).
     */
    private static final Pattern TOLD_THE = Pattern.compile("\\b(?:told|telling|tell)\\s+(the\\s+[\\w' -]{1,40}?)\\s+"
            + "to (?:try|visit|use|call|ring|book with|come to|order from|go to) (?:you\\b|your\\s+\\w+)");
    /** Recommended you to them: "recommended you to my book club", "recommended your studio to a friend". */
    private static final Pattern RECOMMENDED = Pattern.compile("\\b(?:recommended|recommending|recommend)\\s+"
            + "(?:you|your\\s+\\w+)\\s+to\\s+(" + PEOPLE + ")(?:$|[\\s,.!;:)])");
    /** One of their own loved what you make: "my sister loved your sourdough", "the kids adored your puppet show". */
    private static final Pattern LOVED = Pattern.compile("\\b(?:my|our)\\s+(?:\\w+\\s+)?(?:friends?|sisters?|brothers?|"
            + "mum|mom|mother|dad|father|parents|partner|wife|husband|son|daughter|kids|children|family|neighbou?rs?|"
            + "cousins?|aunt|uncle|gran|grandma|grandad|nan|flatmates?|roommates?|colleagues|coworkers|boss|team|"
            + "guests|book club)\\s+(?:loved|loves|adored|adores|enjoyed|raved about|can't stop talking about|"
            + "cant stop talking about|went mad for)\\s+your\\s+\\w+");
    /**
     * Got people of one's own to buy it: "got two neighbours to order one as well", "persuaded my sister to
     * order one", "talked two mates into pledging for it". Bringing others to buy is what an advocate does, whoever
     * the thing is named by: "it" and "one" are the thing of the one spoken to only when that one sells here, which
     * the caller knows ({@link #broughtOthersToBuy}). Only the verbs of buying (in crowdfunding, backing and pledging
     * are buying): getting someone to try, read or come along is no purchase.
     */
    private static final Pattern GOT_THEM_TO_BUY = Pattern.compile("\\b(?:got|persuaded|convinced|talked)\\s+("
            + PEOPLE + ")\\s+(?:to|into)\\s+(?:buy|buying|order|ordering|back|backing|pledge|pledging|pre-?order"
            + "|pre-?ordering|subscribe|subscribing)(?:\\s+(?:to|for|on))?\\s+(?:it|one|them|a copy|copies|you\\b"
            + "|your\\s+\\w+)");
    /**
     * Work handed from one seller to another: the third party is a client, a lead, a job, not someone of one's own.
     * "Sent a client your way" is a fellow seller's favour, not a customer's word.
     */
    private static final Pattern TRADE = Pattern.compile("\\b(?:clients?|customers?|leads?|jobs?|gigs?|projects?|"
            + "work|enquir(?:y|ies)|inquir(?:y|ies)|commissions?|briefs?|bookings?|referrals?|business|contracts?)\\b");

    private Referral() {
    }

    /**
     * True when {@code text} says its author sent, pointed or told people of their own to the one it speaks to, or
     * that one of theirs loved what that one makes. Run on every message of someone not yet known to have said so:
     * most messages name no "you" or lack the verbs, and are turned away before anything is lowered or matched.
     */
    public static boolean is(String text) {
        if (text == null || text.length() < 12 || !mayRefer(text)) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return found(SENT.matcher(t)) || found(TOLD.matcher(t)) || found(RECOMMENDED.matcher(t))
                || found(TOLD_THE.matcher(t)) || LOVED.matcher(t).find();
    }

    /**
     * True when {@code text} says its author got people of their own to buy ("talked my book group into pledging for
     * it", {@link #GOT_THEM_TO_BUY}). Said to someone who sells here, what was bought was theirs: the writer
     * brought them customers, an advocate's word. Said to anyone else it may be a thing nobody here makes ("got my
     * team to buy it" of a tool), so the caller asks only where the one spoken to sells.
     */
    public static boolean broughtOthersToBuy(String text) {
        if (text == null || text.length() < 12) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (!t.contains(" to ") && !t.contains(" into ")) {
            return false;
        }
        return found(GOT_THEM_TO_BUY.matcher(t));
    }

    /** Whether a match names people of one's own rather than work handed on ("a client", "a lead"). */
    private static boolean found(Matcher m) {
        while (m.find()) {
            if (!TRADE.matcher(m.group(1)).find()) {
                return true;
            }
        }
        return false;
    }

    /** A cheap look for "you" and one of the verbs' stems, ignoring case, with no copy of the text. */
    private static boolean mayRefer(String text) {
        boolean you = false;
        boolean verb = false;
        for (int i = 0, n = text.length(); i < n && !(you && verb); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c == 'y') {
                you |= text.regionMatches(true, i, "you", 0, 3);
            } else if (!verb && (c == 's' || c == 'p' || c == 'r' || c == 'd' || c == 'b' || c == 't' || c == 'l'
                    || c == 'a' || c == 'e' || c == 'w' || c == 'c')) {
                verb = stemAt(text, i, c);
            }
        }
        return you && verb;
    }

    private static final String[] STEMS = {"sent", "send", "point", "referr", "direct", "brought", "bring", "dragged",
        "told", "tell", "recommend", "loved", "loves", "adore", "enjoyed", "raved", "stop talking", "went mad"};

    /**
     * Whether a stem starts at {@code i}, where the character lowered is the ASCII letter {@code c}: only stems that
     * start with it can match there (an ASCII letter matches another ignoring case only as the same lowered letter),
     * so the others are not compared at every letter of every message.
     */
    private static boolean stemAt(String text, int i, char c) {
        for (String stem : STEMS) {
            if (stem.charAt(0) == c && text.regionMatches(true, i, stem, 0, stem.length())) {
                return true;
            }
        }
        return false;
    }
}
