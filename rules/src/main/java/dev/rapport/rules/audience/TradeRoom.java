package dev.rapport.rules.audience;

import dev.rapport.rules.model.ChannelInfo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A room whose topic says it is for the people of one trade, talking among themselves: "for glaziers: suppliers,
 * prices, moans", "upholsterers talking shop", "plasterers' chat", "for people who bake for a living". Whoever talks
 * there talks as one of that trade, with fellows of it: to someone of the trade who sells, a peer, whether they ask or
 * answer. A room that names a second group beside the trade ("groomers and owners"), or whose named group is the
 * trade's buyers or a community's members ("homeowners: ask here", "beginners welcome"), is not one.
 */
public final class TradeRoom {
    /**
     * The trade named by its people at the topic's start: "for X", "X:", "X talking shop", "X' chat", "X chatting", "X only", or
     * people who work at something for pay ("for people who paint for a living").
     */
    private static final Pattern TRADE_NAMED = Pattern.compile("^(?:for\\s+(?:fellow\\s+|working\\s+)?)?"
            // the trade perhaps with a word that says which ("for tribute performers", "french polishers talking shop")
            + "(?<trade>(?:[a-z]{3,}\\s+)?[a-z]{3,}(?:ers|ors|ists|ians|smiths|wrights))(?:'s|')?"
            // the trade by two of its names, or two kindred trades: "for cobblers and shoe repairers talking shop"
            + "(?:\\s+and\\s+(?<also>(?:[a-z]+\\s+)?[a-z]{3,}(?:ers|ors|ists|ians|smiths|wrights))(?:'s|')?)?"
            + "(?:\\s*:|\\s+only\\b|\\s+talking\\s+shop\\b|\\s+(?:general\\s+)?(?:chat|chatting|talk|lounge|corner)\\b)"
            + "|^for\\s+(?:people|those|anyone|folks)\\s+who\\s+[a-z]+\\s+(?:for\\s+money|for\\s+a\\s+living"
            + "|professionally)\\b");
    /**
     * Plurals that name no trade of sellers: buyers, owners, a community's members and learners, its audience. A room
     * for them is where buyers ask, or everyone talks.
     */
    private static final Pattern NOT_A_TRADE = Pattern.compile("(?:owners|customers|buyers|members|beginners|learners"
            + "|newcomers|players|users|readers|viewers|followers|listeners|subscribers|backers|supporters|visitors"
            + "|others|strangers|shoppers|renters|tenants|landlords|collectors|hobbyists|enthusiasts|lovers|fans"
            + "|parents|carers|patients|seekers|askers|posters|lurkers|moderators|mods|admins|organisers|organizers"
            + "|volunteers|sponsors|donors|investors|founders|partners|employers|recruiters|hirers)$");

    /** One trade named by its people, perhaps after a word that says which ("french polishers", "piano tuners"). */
    private static final String TRADE = "(?:[a-z]+\\s+)?[a-z]{3,}(?:ers|ors|ists|ians|smiths|wrights)";
    /**
     * A room's chat given over to the people of a trade or of a few trades: "general chat for plumbers, gasfitters
     * and heating engineers", "chat between installers". Every group it names is a trade: "chat for members",
     * "chat for makers and friends" or "chat for tutors and learners" is everyone's room.
     */
    private static final Pattern CHAT_FOR_TRADES = Pattern.compile("^(?:general\\s+)?(?:chat|talk|natter)\\s+"
            + "(?:for|between|among)\\s+(?:fellow\\s+|working\\s+)?(" + TRADE + "(?:\\s*,\\s*" + TRADE + ")*"
            + "(?:\\s*,?\\s+and\\s+" + TRADE + ")?)\\s*(?:[:.;!-]|$)");
    /**
     * A room where a trade's people show their own work to each other for feedback: "potters post a piece and get frank
     * feedback", "illustrators share work for critique". Only fellows of the trade judge each other's work so; a room
     * where buyers post for feedback names them ("owners post a photo ...") and is not one.
     */
    private static final Pattern FEEDBACK_AMONG = Pattern.compile("^(?:for\\s+)?(?:[a-z]+\\s+)?(?<trade>[a-z]{3,}"
            + "(?:ers|ors|ists|ians|smiths|wrights))\\s+(?:post|share|show)\\b[^.;:!?]{0,40}?"
            + "\\b(?:feedback|critique|crits?)\\b");
    /** Talk kept among the room's own people, in the first person: "... among ourselves". */
    private static final Pattern AMONG_OURSELVES = Pattern.compile("\\bamong(?:st)?\\s+ourselves\\b");
    /**
     * Places of trade, whose owners run a business there: "garage owners", "shop owners", "salon owners" keep a trade,
     * where "homeowners", "dog owners" or "boat owners" are its buyers. So do the owners of a business named by what it
     * lets out or by being one ("plant hire owners", "van rental owners", "small business owners", "taxi firm owners"):
     * a hire firm's owner hires the machines out, where a boat's owner only has one.
     */
    private static final Pattern PREMISES = Pattern.compile("garage|shop|salon|studio|gallery|pub|bar|restaurant|cafe"
            + "|bakery|kennel|kennels|cattery|workshop|practice|agency|hotel|boutique|stall|yard|nursery|surgery|clinic"
            + "|hire|rental|firm|business|company");
    /** A topic's words, read for who "we" are when it says. */
    private static final Pattern TOPIC_WORD = Pattern.compile("[a-z]+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

    private TradeRoom() {
    }

    /**
     * A room kept to one group by a plural word alone: "guides only: rain plans, licences", "for riggers only". Whether
     * the group is a trade the word does not say ("spots only", "photos only" keep a room to things): the community
     * says it elsewhere, where its buyers are told to ask them ({@link #ASK_THE}).
     */
    private static final Pattern ONLY_FOR = Pattern.compile("^(?:for\\s+)?(?<group>[a-z]{3,}s)\\s+only\\b");
    /**
     * A room's topic that sends people to the trade with their questions: "visiting? ask the guides anything", "parents:
     * ask the decorators". The word names those who answer there for their trade.
     */
    private static final Pattern ASK_THE = Pattern.compile("\\bask\\s+(?:the|our|your)\\s+(?:local\\s+)?"
            + "(?<group>[a-z]{3,}s)\\b");

    /**
     * A room's topic that names one of the trade as the one who answers its askers: "business owners: ask about your
     * cover, a broker will answer", "drivers: a mechanic here will reply", "families: one of us will answer". As "ask
     * the brokers" does, it sends the askers to the trade, told by one of them ("a broker", "one of the brokers") or, in
     * the community's own voice, by "one of us". The word is a role named by its singular with an article, so it gives
     * the group plural ("brokers") to match a room kept to them; "us" names no group a room is kept to.
     */
    private static final Pattern ONE_ANSWERS = Pattern.compile("\\b(?:(?:a|an)\\s+(?<one>[a-z]{3,})"
            + "|one\\s+of\\s+(?:the|our)\\s+(?<many>[a-z]{3,}s)|one\\s+of\\s+(?<us>us))"
            + "(?:\\s+here)?\\s+(?:will|'ll|can|should)\\s+(?:answer|reply|respond|get\\s+back|help)\\b");
    /**
     * A clause of a room's topic that gives the answering to a group in the plural, in the present: "owners ask, groomers
     * answer", "gardeners: say what needs doing; landscapers reply". Like "a broker will answer", it sends the askers to
     * the trade: the room is where its buyers ask and its people answer. The clause is the group and the verb alone
     * (perhaps "will", "can" or "here"), begun after a stop, a comma or "and" and ended at one or the topic's end, so a
     * group that answers something else ("tutors answer emails within a day") is not read.
     */
    private static final Pattern THEY_ANSWER = Pattern.compile("(?:^|[;,.:!?]\\s*|\\band\\s+)(?<many>[a-z]{3,}s)"
            + "\\s+(?:will\\s+|can\\s+)?(?:answer|reply|respond)(?:\\s+here)?\\s*(?:[;,.!)]|$)");
    /**
     * So does a clause where the group answers with a price ("joinery shops reply with quotes", "printers respond with
     * their rates"), the group perhaps named with a word that says which: only the one who would do the work answers a
     * request with its price, so the room is where buyers ask the trade for work (since session 55).
     */
    private static final Pattern THEY_QUOTE = Pattern.compile("(?:^|[;,.:!?]\\s*|\\band\\s+)(?:[a-z]+\\s+)?"
            + "(?<many>[a-z]{3,}s)\\s+(?:will\\s+|can\\s+)?(?:answer|reply|respond)\\s+with\\s+(?:a\\s+|their\\s+)?"
            + "(?:quotes?|prices?|estimates?|rates)\\s*(?:[;,.!)]|$)");
    /**
     * A topic that asks its askers to book or hire the community's own people in its own voice ("committees ask about
     * booking us", "hire us for your party"): as "one of us will answer" does, it sends the askers to the trade, here
     * as its buyers, for only those who do the work are booked. Not booking with us or for us, a table or a room
     * ("book us a slot"), which names no work of ours hired (since session 60).
     */
    private static final Pattern BOOK_US = Pattern.compile("\\b(?:book(?:ing)?|hir(?:e|ing))\\s+us\\b"
            + "(?!\\s+(?:a|an|the)\\b)");
    /** The clauses where a group answers the room's askers, read in this order. */
    private static final Pattern[] ANSWERING = {THEY_ANSWER, THEY_QUOTE};
    /**
     * Singular roles that answer for no trade of sellers: a business's own team ("a staff member will reply"), the
     * members, anyone ("a person will answer"). Beside {@link #NOT_A_TRADE}, read on the plural.
     */
    private static final Pattern NOT_ONE_OF_A_TRADE = Pattern.compile("^(?:team|staff|crew|support|person|human"
            + "|fellow|friend|regular|neighbour|neighbor|student|bot|mod|moderator|admin|volunteer|member|someone)$");

    /**
     * The group a room is kept to by {@code info}'s topic ("guides only: ..." gives "guides"), or null: a trade room
     * when the community sends its askers to that group ({@link #askTheTrade}).
     */
    public static String keptTo(ChannelInfo info) {
        if (info == null || info.topic().isEmpty()) {
            return null;
        }
        Matcher m = ONLY_FOR.matcher(info.topic().toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip());
        return m.find() && !NOT_A_TRADE.matcher(m.group("group")).find() ? m.group("group") : null;
    }

    /**
     * The trade {@code info}'s topic sends people to with their questions ("ask the guides anything about the city"
     * gives "guides", "owners: ask about your boat, a surveyor will answer" gives "surveyors", "one of us will answer"
     * gives "us"), or null; not the community's own members or its moderators ("ask the mods").
     */
    public static String askTheTrade(ChannelInfo info) {
        if (info == null || info.topic().isEmpty()) {
            return null;
        }
        String topic = info.topic().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Matcher m = ASK_THE.matcher(topic);
        if (m.find() && !NOT_A_TRADE.matcher(m.group("group")).find()) {
            return m.group("group");
        }
        return answeredBy(topic);
    }

    /**
     * The trade that a lowered topic names as answering its askers ("a broker will answer" gives "brokers", "one of us
     * will answer" gives "us", "owners ask, groomers answer" gives "groomers"), or null: not the members, the staff or
     * anyone.
     */
    private static String answeredBy(String topic) {
        // "Ask about booking us" sends them to the community's own people as "one of us will answer" does (BOOK_US).
        if (BOOK_US.matcher(topic).find()) {
            return "us";
        }
        // "A broker will answer" sends the askers to the trade as "ask the brokers" does (see ONE_ANSWERS).
        Matcher one = ONE_ANSWERS.matcher(topic);
        while (one.find()) {
            if (one.group("us") != null) {
                return "us";
            }
            String group = one.group("many") != null ? one.group("many") : one.group("one") + "s";
            if (aTrade(group)) {
                return group;
            }
        }
        // So does "groomers answer", or "print shops reply with quotes" (see THEY_ANSWER, THEY_QUOTE).
        for (Pattern answering : ANSWERING) {
            Matcher they = answering.matcher(topic);
            while (they.find()) {
                if (aTrade(they.group("many")) || ownersAnswerOthers(topic, they.group("many"))) {
                    return they.group("many");
                }
            }
        }
        return null;
    }

    /** Askers named by a group in the plural before "ask": "farmers and builders ask about lifts". */
    private static final Pattern THEY_ASK = Pattern.compile("\\b(?<many>[a-z]{3,}s)\\s+(?:can\\s+|may\\s+)?ask\\b");

    /**
     * Owners who answer askers the topic names as another group ("farmers and builders ask about hire; owners reply"):
     * the ones asked about a service who answer are the owners of the firms that sell it, not owners of a thing like
     * the askers, so the room sends its askers to the trade. Where the askers are owners too ("new owners ask, owners
     * answer") it is owners helping owners, and no trade is named.
     */
    private static boolean ownersAnswerOthers(String topic, String group) {
        if (!group.equals("owners")) {
            return false;
        }
        Matcher ask = THEY_ASK.matcher(topic);
        while (ask.find()) {
            if (!ask.group("many").equals("owners")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the plural {@code group} may name a trade of sellers: not buyers, members, staff or anyone. */
    private static boolean aTrade(String group) {
        return !NOT_A_TRADE.matcher(group).find()
                && !NOT_ONE_OF_A_TRADE.matcher(group.substring(0, group.length() - 1)).find();
    }

    /**
     * Whether {@code info}'s topic gives the room to the people of the trade among themselves: a room of
     * {@link #byTopic}, or one whose chat is for a few trades' people ("general chat for roofers and scaffolders").
     * A community that keeps such a room is the trade's own: its people are mostly of the trade, and shop talk among
     * them is what it is for.
     */
    public static boolean forTheTrade(ChannelInfo info) {
        if (byTopic(info)) {
            return true;
        }
        if (info == null || info.topic().isEmpty()) {
            return false;
        }
        String topic = info.topic().toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        Matcher m = CHAT_FOR_TRADES.matcher(topic);
        if (!m.find()) {
            return false;
        }
        for (String group : LIST_SEPARATOR.split(m.group(1))) {
            if (NOT_A_TRADE.matcher(group).find()) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code info}'s topic says the room is for one trade's people among themselves (see the class comment). */
    public static boolean byTopic(ChannelInfo info) {
        if (info == null || info.topic().isEmpty()) {
            return false;
        }
        String topic = info.topic().toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        // The room's people talking among themselves, said in the first person ("practice life among ourselves: fees,
        // software", "caterers among ourselves: menus, kit"): those who keep the community keep this room for their
        // own shop talk, as "X talking shop" says. Not when the topic names buyers or members ("parents and carers
        // among ourselves", "homeowners: tips we swap among ourselves"): the "we" there are the buyers.
        if (AMONG_OURSELVES.matcher(topic).find()) {
            Matcher word = TOPIC_WORD.matcher(topic);
            String before = "";
            while (word.find()) {
                // Owners of a place of trade run it ("garage owners", "salon owners"): traders, not buyers.
                if (NOT_A_TRADE.matcher(word.group()).find()
                        && !(word.group().equals("owners") && PREMISES.matcher(before).matches())) {
                    return false;
                }
                before = word.group();
            }
            return true;
        }
        // Fellows showing each other their work for feedback (see FEEDBACK_AMONG) keep the room to their trade.
        Matcher shown = FEEDBACK_AMONG.matcher(topic);
        if (shown.find() && aTrade(shown.group("trade"))) {
            return true;
        }
        Matcher m = TRADE_NAMED.matcher(topic);
        if (!m.find()) {
            return false;
        }
        String trade = m.group("trade");
        String also = m.group("also");
        // A topic that names another group as the one who answers there ("gardeners: say what needs doing; landscapers
        // reply") names its askers first: the room is where the trade's buyers ask it, not the askers' own shop talk.
        String answering = answeredBy(topic);
        if (answering != null && !answering.equals("us") && !trade.endsWith(answering)
                && (also == null || !also.endsWith(answering))) {
            return false;
        }
        // Every group named must be of a trade: "for groomers and owners" is a room shared with buyers.
        return (trade == null || !NOT_A_TRADE.matcher(trade).find())
                && (also == null || !NOT_A_TRADE.matcher(also).find());
    }
}
