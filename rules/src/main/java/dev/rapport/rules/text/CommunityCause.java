package dev.rapport.rules.text;

import java.util.Locale;
import java.util.Set;

/**
 * A community's own cause: an appeal, a fundraiser or a drive of the organisation the people share ("our winter
 * appeal is live, please share", "the coat drive is at 60%, donations here"). Spread among its members, it is the
 * group's work, not the writer's business: like someone else's work passed on, it is neither self-promotion nor an
 * ask for attention to oneself.
 *
 * <p>Only a cause counts: the nouns of charitable collecting (appeal, fundraiser, a food or coat drive, a charity, a
 * nonprofit), never a product, a channel or a crowdfunding of one's own. Anything claimed as the writer's own ("my
 * fundraiser", "my album", "I'm raising") is theirs, and so is a crowdfunding or tip page (Patreon, Kickstarter,
 * Ko-fi), which pays a maker. The engine also requires that the message sells nothing.
 */
public final class CommunityCause {
    /** Nouns of a charitable cause (general English). */
    private static final Set<String> CAUSES = Set.of("appeal", "fundraiser", "fundraising", "charity", "nonprofit",
            "non-profit", "donations", "volunteers", "petition", "petitions");
    /** "a food drive", "the coat drive", "our blood drive": the word before "drive" names what is collected. */
    private static final Set<String> DRIVES = Set.of("food", "coat", "toy", "blood", "clothing", "clothes", "book",
            "donation", "winter", "holiday", "canned", "supply", "school", "sock");
    /** The writer's own: "my fundraiser" and "I'm raising" are their cause, not the group's. */
    private static final Set<String> SINGULAR = Set.of("my", "mine", "myself", "i'm", "im", "i've");
    /** Pages that pay a maker: supporting one is supporting the writer. */
    private static final Set<String> MAKER_FUNDING = Set.of("patreon", "kickstarter", "indiegogo", "kofi", "ko-fi",
            "buymeacoffee", "gofundme", "album", "stream", "subscribe", "follow");

    /**
     * Nouns of a community's own event: what members take part in together, a contest or a meeting, or an outing of
     * the group (a club's walk, hike or ride, a picnic, a social).
     */
    private static final Set<String> EVENTS = Set.of("competition", "competitions", "comp", "contest", "tournament",
            "meetup", "meet-up", "meeting", "hackathon", "jam", "raffle", "swap", "workshop", "potluck", "walk", "hike",
            "ride", "outing", "picnic", "social", "gathering", "get-together", "trip", "photoshoot", "meets");
    /** What turns a shoot into the group's event: "group shoot", "photo shoot" ("shoot me a DM" is no event). */
    private static final Set<String> SHOOTS = Set.of("group", "photo", "club", "community", "members");
    /** Verbs of putting on an event: "I'm running a workshop" claims it, "I'm driving, 3 seats" does not. */
    private static final Set<String> HOSTING = Set.of("hosting", "running", "organising", "organizing", "teaching",
            "holding", "leading", "selling", "offering", "doing");
    /** Forms of voting that name the candidate after "for": "vote for me", "voting for me". */
    private static final Set<String> VOTING = Set.of("vote", "votes", "voting", "voted");
    /**
     * Verbs of an organiser's planning, given as the reason for a sign-up ("so we can book enough seats", "so I
     * know who needs a lift"): a head count for the group's gathering.
     */
    private static final Set<String> PLANNING = Set.of("know", "tell", "plan", "count", "book", "sort", "arrange",
            "organise", "organize", "share", "cater", "order");
    /** What may stand between "so we" and the planning verb: "so we can plan", "so I'll know". */
    private static final Set<String> MODALS = Set.of("can", "could", "will", "would", "may", "might");
    /**
     * Words before "meet" that make it the noun of a gathering ("the spring meet", "our meet"), not the verb of
     * meeting someone ("come and meet the team").
     */
    private static final Set<String> BEFORE_MEET = Set.of("the", "a", "our", "this", "next", "club", "group",
            "monthly", "annual", "weekly", "spring", "summer", "autumn", "fall", "winter", "members", "members'",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend");
    /**
     * Words before "day" that name a gathering a group holds for some of its members or for a task together: a youth,
     * junior, family, fun, sports, members', beginners' or work day. Not a course sold by the day ("training day",
     * "taster day"): a trade's too, so those stay with the price or claim that tells whose they are.
     */
    private static final Set<String> DAY_KINDS = Set.of("junior", "juniors", "juniors'", "youth", "kids", "kids'",
            "children's", "family", "fun", "sports", "members", "members'", "club", "work", "working", "volunteer",
            "volunteers", "volunteers'", "beginners", "beginners'", "novice", "novices", "novices'");
    /** Words of taking part: an entry, a sign-up, a form, a deadline. */
    private static final Set<String> TAKING_PART = Set.of("enter", "entries", "entry", "register", "registration",
            "sign-up", "signups", "sign-ups", "signup", "rsvp", "form", "deadline", "closes", "tickets");

    /**
     * Nouns of the group's own occasions besides {@link #EVENTS}: what a club puts on for its members and charges the
     * evening's cost for (a dinner, a ball, a quiz night, a trip).
     */
    private static final Set<String> OCCASIONS = Set.of("dinner", "dinners", "lunch", "ball", "party", "quiz", "bbq",
            "barbecue", "dance", "ceilidh", "festival", "fair", "tour", "weekend", "camp", "retreat");
    /** Nouns of the group itself, which name an occasion as its own when they stand before it ("club dinner"). */
    private static final Set<String> GROUP = Set.of("club", "club's", "society", "society's", "guild", "guild's",
            "members", "members'", "league", "league's", "association", "association's", "chapter", "chapter's",
            "branch", "branch's");

    private CommunityCause() {
    }

    /**
     * Whether {@code text} sells the group's own occasion to its members, named as the group's by the word before it
     * ("annual club dinner, £35 a head", "tickets for the society ball", "members' quiz night, £5 on the door"), with
     * nothing of it claimed as the writer's ("my", "I'm running"), and no page paying a maker. A price does not make it
     * the writer's sale, as it does an event of no one's in particular ({@link #event}): the club charges what its
     * evening costs, and whoever posts it sells nothing of their own.
     */
    public static boolean groupEvent(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String[] words = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}'-]+");
        boolean named = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (claims(words, i) || MAKER_FUNDING.contains(w)) {
                return false;
            }
            named |= (EVENTS.contains(w) || OCCASIONS.contains(w)) && groupBefore(words, i);
        }
        return named;
    }

    /**
     * Whether {@code text} names an occasion people go to: an event of {@link #EVENTS} ("workshop", "meetup") or one of
     * {@link #OCCASIONS} ("quiz", "fair", "dinner"), whoever puts it on.
     */
    public static boolean namesOccasion(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (String w : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}'-]+")) {
            if (EVENTS.contains(w) || OCCASIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Words that make an order one the members place together: "group order", "bulk buy", "club order". */
    private static final Set<String> BUYING_TOGETHER = Set.of("group", "bulk", "joint", "shared", "club");
    /** Nouns of an order or a buy. */
    private static final Set<String> ORDERS = Set.of("order", "orders", "buy", "buys");

    /**
     * Whether {@code text} calls the members into an order placed together ("group order from the wholesaler, 12% off if
     * we reach 40 cases between us", "bulk buy on compost, names on the sheet"), with nothing of it claimed as the
     * writer's ("my", "I'm running"): the discount is what the buyers get from a seller none of them is, by buying
     * together; whoever posts the sheet organises the members' own purchase and sells nothing of theirs.
     */
    public static boolean groupBuy(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String[] words = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}'-]+");
        boolean together = false;
        for (int i = 0; i < words.length; i++) {
            if (claims(words, i) || MAKER_FUNDING.contains(words[i])) {
                return false;
            }
            together |= ORDERS.contains(words[i]) && i > 0 && BUYING_TOGETHER.contains(words[i - 1]);
        }
        return together;
    }

    /** Whether {@code text} spreads a community's own cause and claims nothing of it as the writer's. */
    public static boolean is(String text) {
        return is(text, Set.of());
    }

    /** {@link #is}, with the cause nouns in {@code ignored} left unread. */
    private static boolean is(String text, Set<String> ignored) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String[] words = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}'-]+");
        boolean cause = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (SINGULAR.contains(w) || MAKER_FUNDING.contains(w)) {
                return false;
            }
            if (CAUSES.contains(w) && !ignored.contains(w)
                    || w.equals("drive") && i > 0 && DRIVES.contains(words[i - 1])) {
                cause = true;
            }
        }
        return cause;
    }

    /**
     * Whether {@code text} calls members to take part in an event of their community ("competition entries are
     * open, the form is here", "meetup sign-ups close Friday"): an event noun with a word of taking part, and nothing
     * claimed as the writer's own. Reminding the members of the group's event, with its form each time, is the
     * group's business, like its appeal; "my workshop, tickets here" is the writer's, and so is one with a price
     * ("£25, book here"), which is sold. An outing of the group counts as its meetup does ("Sunday hike at nine, sign
     * up and we will sort out lifts"): its organiser runs it for the members.
     */
    public static boolean event(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String[] words = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}'-]+");
        if (priced(text)) {
            return false;
        }
        boolean event = false;
        boolean takingPart = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (claims(words, i) || MAKER_FUNDING.contains(w)) {
                return false;
            }
            event |= EVENTS.contains(w) || w.equals("shoot") && i > 0 && SHOOTS.contains(words[i - 1])
                    || gathering(words, i) || w.equals("so") && headCount(words, i);
            // "sign up here", "9 signed up": the two words, as people type them, as well as "sign-up"; and the ways
            // of putting one's name down: "put your name in the list", "add yourself"
            takingPart |= TAKING_PART.contains(w)
                    || (w.equals("sign") || w.equals("signed")) && i + 1 < words.length && words[i + 1].equals("up")
                    || (w.equals("put") || w.equals("add")) && nameDown(words, i + 1);
        }
        return event && takingPart;
    }

    /**
     * Whether word {@code i} names a gathering by a noun that is also something else: an open day ("the apiary open
     * day", not "open daily"), or a meet where "meet" stands as a noun ("the spring meet", "Dartmoor meet is on"),
     * not as the verb of meeting people ("come and meet other makers").
     */
    private static boolean gathering(String[] words, int i) {
        String w = words[i];
        if ((w.equals("day") || w.equals("days") || w.equals("evening")) && i > 0 && words[i - 1].equals("open")) {
            return true;
        }
        // A day named for whom or what the group holds it ("the youth day", "family fun day", "work day on the
        // bank"): a club's gathering as its open day is, while a bare "day" ("a busy day") is only a date.
        if ((w.equals("day") || w.equals("days")) && i > 0 && DAY_KINDS.contains(words[i - 1])) {
            return true;
        }
        if (w.equals("meet's")) {
            return true;
        }
        if (!w.equals("meet")) {
            return false;
        }
        return i > 0 && BEFORE_MEET.contains(words[i - 1])
                || i + 1 < words.length && (words[i + 1].equals("is") || words[i + 1].equals("was"));
    }

    /**
     * Whether the "so" at word {@code i} gives an organiser's reason for a sign-up ("sign the sheet so the club can book
     * enough seats", "so I know who needs a lift", "so we can plan lifts"): a head count for a gathering of the
     * members. A reason that serves the one signing up ("so I can send you the guide", "so we can tell you when it
     * launches") is a seller's list, not a head count.
     */
    private static boolean headCount(String[] words, int i) {
        int k = i + 1;
        if (k < words.length && words[k].equals("that")) {
            k++;
        }
        if (k >= words.length || !(words[k].equals("we") || words[k].equals("i") || words[k].equals("we'll")
                || words[k].equals("i'll"))) {
            return false;
        }
        k++;
        if (k < words.length && MODALS.contains(words[k])) {
            k++;
        }
        if (k >= words.length || !PLANNING.contains(words[k])) {
            return false;
        }
        for (int j = k + 1; j < words.length && j <= k + 3; j++) {
            if (words[j].equals("you") || words[j].equals("your") || words[j].equals("yours")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a channel's topic gives the room to the community's own cause or event ("our summer appeal: updates and
     * ways to help", "upcoming meets, sign-ups, attempt selection"). In such a room the group's updates rarely repeat
     * the cause's name ("£2,100 raised so far!", "6 spots left, closing Friday"): where they are posted says whose
     * they are, so a post there that claims nothing as the writer's is the group's business as much as the appeal.
     */
    public static boolean room(String topic) {
        return is(topic, PEOPLE_OF_A_ROOM) || event(topic);
    }

    /**
     * Causes' nouns a topic uses to name who talks in the room rather than a cause ("volunteers: cooking, cleaning",
     * "chat between volunteers"), as "members" or "customers" would: a volunteer kitchen's chat is not given over to
     * an appeal, and a business's vote asked there is no update of the group's cause. A message calling for volunteers
     * still reads as the cause it serves ({@link #is}).
     */
    private static final Set<String> PEOPLE_OF_A_ROOM = Set.of("volunteers");

    /** Plural nouns of the contests members of a club enter together: "matches and competitions", "tournaments". */
    private static final Set<String> CONTESTS = Set.of("competitions", "comps", "contests", "tournaments", "matches");

    /**
     * Whether a channel's topic names the members' contests in the plural ("ploughing matches and hedging
     * competitions"), nothing of it claimed as the writer's: the room is given to the group's contests, their sign-ups
     * and reminders among them, as one whose topic names the sign-ups is ({@link #room}), though what is sold there is
     * still sold.
     */
    public static boolean contestsRoom(String topic) {
        if (topic == null || topic.isEmpty()) {
            return false;
        }
        String[] words = topic.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}'-]+");
        boolean named = false;
        for (int i = 0; i < words.length; i++) {
            if (claims(words, i) || MAKER_FUNDING.contains(words[i])) {
                return false;
            }
            named |= CONTESTS.contains(words[i]);
        }
        return named;
    }

    /** A noun of the group within the two words before word {@code i}: "club dinner", "society summer ball". */
    private static boolean groupBefore(String[] words, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (GROUP.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} claims anything as the writer's own ("my", "mine", "I'm running"), or pays a maker. */
    public static boolean claimsOwn(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String[] words = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}'-]+");
        for (int i = 0; i < words.length; i++) {
            if (claims(words, i) || MAKER_FUNDING.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether word {@code i} claims the event as the writer's: "my", "mine", "vote for me", or "I" putting it on
     * ("I'm running a workshop", "I am hosting"). "I'm driving, 3 seats" is the writer's part in the group's outing,
     * not a claim.
     */
    private static boolean claims(String[] words, int i) {
        String w = words[i];
        if (w.equals("my") || w.equals("mine") || w.equals("myself")) {
            return true;
        }
        // "vote for me (and my dog) in the club's photo comp": the writer is the candidate, so the contest is the
        // writer's bid for votes, not the members' event, whoever runs it ("vote for us" may be the group: not here)
        if (w.equals("me") && i >= 2 && words[i - 1].equals("for") && VOTING.contains(words[i - 2])) {
            return true;
        }
        if (!SINGULAR.contains(w) && !w.equals("i")) {
            return false;
        }
        for (int k = i + 1; k < words.length && k <= i + 2; k++) {
            if (HOSTING.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    /** "your name", "yourself", "names down" within two words of a verb of putting. */
    private static boolean nameDown(String[] words, int from) {
        for (int k = from; k < words.length && k < from + 2; k++) {
            if (words[k].equals("name") || words[k].equals("names") || words[k].equals("yourself")
                    || words[k].equals("yourselves")) {
                return true;
            }
        }
        return false;
    }

    /** An amount of money ("£25", "$10", "15 euros"): an event with a ticket price is sold, not only the group's. */
    private static boolean priced(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '$' || c == '\u00a3' || c == '\u20ac') && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        String t = text.toLowerCase(Locale.ROOT);
        return t.matches("(?s).*\\d\\s*(?:euros?|dollars?|pounds|quid|bucks|usd|eur|gbp)\\b.*");
    }
}
