package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer is looking for someone to do work for them: "barista needed Sunday, £14/hr, DM me", "still need
 * someone for the 12th", "we're hiring a line cook". The price in such a post is what the writer pays, and "DM me" is
 * where to take the job: hiring is buying work, not selling one's own. A seller's opener put to the reader ("need a
 * logo?", "if you need someone to do your books") asks whether the reader wants what the writer sells, and "no
 * experience needed" describes an offer: neither is a job the writer has to fill. The words are general English for
 * wanting someone.
 */
public final class Hiring {
    /**
     * "cover needed", "tech wanted", "need someone", "looking for somebody", "we're hiring", "now hiring"; not "stop
     * hiring freelancers who ghost you", which sells the remedy.
     */
    private static final Pattern WANTS_SOMEONE = Pattern.compile("\\b(?:needed|wanted)\\b|\\b(?:need|needs|needing) "
            + "(?:someone|somebody|cover)\\b|\\blooking for (?:someone|somebody|cover)\\b"
            + "|(?:^|\\b(?:we're|we are|i'm|i am|now|currently|still) )hiring\\b");
    /** Words before the wish that make it a reader's need or an offer's terms: "if you need someone", "no x needed". */
    private static final Pattern NOT_THE_WRITERS = Pattern.compile("\\b(?:if|you|u|anyone|anybody|no|not|nothing|none"
            + "|as|when|whenever|ever|where|unless|isn't|aren't|never|whoever)\\b");
    /** How far before the wish such a word still governs it, in characters (about three words). */
    private static final int REACH = 24;
    /**
     * Paid work put on offer by the one who fills it, as recruiters and employers word it: units of work said to be
     * there for the taking ("shifts available", "days going", "two jobs open") or a post described by its term or hours
     * ("temporary receptionist role", "long-term maths position", "part-time contract"). A provider offering their own
     * time says it of themselves ("my diary has days free", "available for a contract role"), which {@link #SEEKER}
     * turns away.
     */
    private static final Pattern WORK_ON_OFFER = Pattern.compile("\\b(?:days?|shifts?|jobs?|roles?|positions?|vacanc"
            + "(?:y|ies)|placements?)\\s+(?:going|available|open|up for grabs)\\b|\\b(?:long[- ]term|short[- ]term|temp"
            + "|temporary|permanent|part[- ]time|full[- ]time|fixed[- ]term)(?:\\s+[\\w'-]+){0,2}?\\s+(?:roles?"
            + "|positions?|posts|placements?|contracts?|jobs?|vacanc(?:y|ies))\\b");
    /** Work wanted or offered by the writer themselves, not a post they have to fill: "I'm after a temp role". */
    private static final Pattern SEEKER = Pattern.compile("\\b(?:i|i'm|im|i've|my|me|seeking|seek|looking|after|want"
            + "|wants|available for|open to)\\b");
    /**
     * What the taker is paid for a stretch of the work, the way such a post names its pay: "£160/day", "$22 an hour",
     * "€95 per shift". A seller's price for their own time reads the same, so the rate alone proves nothing: it is the
     * pay only beside work put on offer.
     */
    private static final Pattern PAY_RATE = Pattern.compile("[£$€]\\s?\\d+(?:[.,]\\d+)?k?\\s*(?:/\\s?|per |an? )"
            + "(?:day|hr|hour|shift|week|wk)\\b");

    /**
     * The terms of employment a vacancy for staff is posted on: "fixed-term", "permanent", "full-time", "part-time",
     * "hybrid", a salary or a pension. Work bought from a freelancer or a firm is priced by the job, not offered so.
     */
    private static final Pattern EMPLOYMENT_TERMS = Pattern.compile("\\b(?:fixed[- ]term|permanent|full[- ]time"
            + "|part[- ]time|hybrid|salary|salaried|pension|per annum)\\b");

    private Hiring() {
    }

    /** Whether {@code text} says, outside a question, that its writer wants someone to do work for them. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        // Run on every message of a coached person: most name no wish for someone at all, and are turned away here
        // without a lowered copy or the regular expressions. Sound by construction: every match of WANTS_SOMEONE, in
        // the lowered text, holds "need" ("needed", "need someone"...), "wanted", "looking for" or "hiring", and
        // Lowered reads the text as the lowered copy reads (the curly apostrophe the copy then replaces is in none).
        if (!mayWantSomeone(text)) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Matcher m = WANTS_SOMEONE.matcher(t);
        while (m.find()) {
            int start = sentenceStart(t, m.start());
            int end = sentenceEnd(t, m.end());
            if (end < t.length() && t.charAt(end) == '?') {
                continue;
            }
            if (NOT_THE_WRITERS.matcher(t).region(Math.max(start, m.start() - REACH), m.start()).find()) {
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * Whether {@code text} puts paid work on offer to its readers: a post described as work there for the taking
     * ({@link #WORK_ON_OFFER}), outside a question and not wanted or offered by the writer themselves, with the pay
     * for a stretch of it ({@link #PAY_RATE}). "Y4 cover days going next week, £150/day, message me" fills a post
     * someone else works: the rate is what the reader would earn, and taking it buys nothing from the writer, as with
     * "cover needed". Someone selling their own time names no post of this kind ("tutoring slots free, £30/hr").
     */
    public static boolean offersWork(String text) {
        // Run on every room message of a coached person: without a currency sign there is no rate, and no lowered copy.
        if (text == null || text.indexOf('£') < 0 && text.indexOf('$') < 0 && text.indexOf('€') < 0) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (!PAY_RATE.matcher(t).find()) {
            return false;
        }
        Matcher m = WORK_ON_OFFER.matcher(t);
        while (m.find()) {
            int start = sentenceStart(t, m.start());
            int end = sentenceEnd(t, m.end());
            if (end < t.length() && t.charAt(end) == '?') {
                continue;
            }
            if (NOT_THE_WRITERS.matcher(t).region(start, m.start()).find()
                    || SEEKER.matcher(t).region(start, m.start()).find()) {
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * Whether {@code text}, a post that wants someone ({@link #is}), is a vacancy for staff on terms of employment
     * ("we're hiring two analysts, permanent, hybrid"): an employer filling posts with colleagues, not a buyer asking
     * for offers of work to be done (since session 55).
     */
    public static boolean staffPost(String text) {
        return is(text) && EMPLOYMENT_TERMS.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** A necessary condition of {@link #WANTS_SOMEONE}: the lowered text has one of the words every match holds. */
    static boolean mayWantSomeone(String text) {
        String v = Lowered.view(text);
        return Lowered.contains(v, "need") || Lowered.contains(v, "wanted") || Lowered.contains(v, "looking for")
                || Lowered.contains(v, "hiring");
    }

    private static int sentenceStart(String t, int at) {
        int start = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                start = i + 1;
                break;
            }
        }
        return start;
    }

    private static int sentenceEnd(String t, int at) {
        for (int i = at; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return i;
            }
        }
        return t.length();
    }
}
