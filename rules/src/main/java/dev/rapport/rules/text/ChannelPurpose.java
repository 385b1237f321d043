package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a channel is for, read from its name and topic. Only one purpose matters to the rules today: channels
 * where newcomers are expected to present themselves ({@code #introductions}, {@code #welcome},
 * {@code #say-hello}, or a topic that asks people to introduce themselves). There, talking about oneself and
 * linking one's own work is what the community asked for.
 */
public final class ChannelPurpose {
    /** The slash of "buy/sell/trade", set apart as a word of its own. */
    private static final Pattern SLASH = Pattern.compile("/");
    /** What parts a topic's words: anything but letters, digits, apostrophes and the slash. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}'/]+");

    private ChannelPurpose() {
    }

    /** Whether people are expected to introduce themselves in this channel. */
    public static boolean introductions(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        // Asked for each message a coached person writes: the name is read in place, with no lowered copy and no
        // regular expression (the split was 2% of a replay's samples); the topic is lowered (a no-op when nothing in
        // it is upper-case) for the JDK's vectorised String.contains.
        return nameSaysIntroductions(Lowered.view(info.name()))
                || topicSaysIntroductions(info.topic().toLowerCase(Locale.ROOT));
    }

    /**
     * Channel names are short slugs: "introductions", "intros", "welcome", "say-hello", "new-members". Their words
     * are the runs of letters (by code point) of the lowered name.
     */
    private static boolean nameSaysIntroductions(String name) {
        return anyWord(name, ChannelPurpose::introductionWord);
    }

    /** Whether the word {@code s..i} (after the word {@code previousStart..previousEnd}) names introductions. */
    private static boolean introductionWord(String name, int previousStart, int previousEnd, int s, int i) {
        if (Lowered.startsWith(name, s, "intro") && i - s >= 5 || Lowered.startsWith(name, s, "welcome") && i - s >= 7
                || Lowered.is(name, s, i, "onboarding") || Lowered.startsWith(name, s, "newcomer") && i - s >= 8
                || Lowered.is(name, s, i, "greetings")
                // "#hello", "#hellos", "#howdy", "#whoami": the room one says hello in is the one one says who one is
                || Lowered.is(name, s, i, "hello") || Lowered.is(name, s, i, "hellos") || Lowered.is(name, s, i, "howdy")
                || Lowered.is(name, s, i, "whoami")) {
            return true;
        }
        if (Lowered.is(name, previousStart, previousEnd, "say")
                && (Lowered.is(name, s, i, "hi") || Lowered.is(name, s, i, "hello"))) {
            return true;
        }
        if (Lowered.is(name, previousStart, previousEnd, "new") && (Lowered.is(name, s, i, "members")
                || Lowered.is(name, s, i, "here") || Lowered.is(name, s, i, "people"))) {
            return true;
        }
        if (Lowered.is(name, previousStart, previousEnd, "meet")
                && (Lowered.is(name, s, i, "greet") || Lowered.is(name, s, i, "the"))) {
            return true;
        }
        return false;
    }

    /** Whether the name joins its words with "and" and one of them names no kind of notice. */
    private static boolean listsOtherSubjects(String name) {
        String[] words = name.split("[^\\p{L}]+");
        boolean joined = false;
        boolean other = false;
        for (String w : words) {
            if (w.equalsIgnoreCase("and")) {
                joined = true;
            } else if (!w.isEmpty() && !announcementWord(w, 0, 0, 0, w.length())) {
                other = true;
            }
        }
        return joined && other;
    }

    /** Whether the word {@code s..i} names a channel for announcements. */
    private static boolean announcementWord(String name, int previousStart, int previousEnd, int s, int i) {
        return Lowered.startsWith(name, s, "announce") && i - s >= 8 || Lowered.is(name, s, i, "news")
                || Lowered.is(name, s, i, "updates") || Lowered.is(name, s, i, "events")
                || Lowered.is(name, s, i, "rules") || Lowered.is(name, s, i, "changelog")
                || Lowered.is(name, s, i, "releases") || Lowered.is(name, s, i, "notices");
    }

    /**
     * Whether the word {@code s..i} says people ask or talk in the channel (questions, help, chat, discussion,
     * feedback, suggestions): a name with one is a room for conversation, whatever else it names.
     */
    private static boolean conversationWord(String name, int previousStart, int previousEnd, int s, int i) {
        return Lowered.startsWith(name, s, "question") && i - s >= 8 || Lowered.is(name, s, i, "q")
                || Lowered.is(name, s, i, "qa") || Lowered.is(name, s, i, "qna") || Lowered.is(name, s, i, "ask")
                || Lowered.is(name, s, i, "asks") || Lowered.is(name, s, i, "asking") || Lowered.is(name, s, i, "help")
                || Lowered.is(name, s, i, "support") || Lowered.is(name, s, i, "chat") || Lowered.is(name, s, i, "talk")
                || Lowered.startsWith(name, s, "discuss") && i - s >= 7 || Lowered.is(name, s, i, "feedback")
                || Lowered.startsWith(name, s, "suggestion") && i - s >= 10 || Lowered.is(name, s, i, "requests")
                || Lowered.is(name, s, i, "comments") || Lowered.is(name, s, i, "reactions")
                || Lowered.is(name, s, i, "lounge") || Lowered.is(name, s, i, "banter");
    }

    /** A test of one word of a channel's name, knowing the word before it (empty at the first). */
    @FunctionalInterface
    private interface WordTest {
        boolean test(String name, int previousStart, int previousEnd, int s, int i);
    }

    /**
     * Whether any word of {@code name} passes {@code test}. Channel names are short slugs ("new-members",
     * "share-your-work"): their words are the runs of letters (by code point) of the lowered name.
     */
    private static boolean anyWord(String name, WordTest test) {
        int n = name.length();
        int previousStart = 0;
        int previousEnd = 0;
        int i = 0;
        while (i < n) {
            int cp = name.codePointAt(i);
            if (!isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            do {
                i += Character.charCount(cp);
            } while (i < n && isLetter(cp = name.codePointAt(i)));
            if (test.test(name, previousStart, previousEnd, s, i)) {
                return true;
            }
            previousStart = s;
            previousEnd = i;
        }
        return false;
    }

    private static boolean isLetter(int cp) {
        return Character.isLetter(Character.toLowerCase(cp));
    }

    /**
     * A topic is a sentence, and "say hi" in a topic often describes a general chat ("Say hi, chat, share your day"):
     * only topics that ask people to present themselves count.
     */
    private static boolean topicSaysIntroductions(String topic) {
        return topic.contains("introduce yourself") || topic.contains("introduce yourselves")
                || topic.contains("introductions") || topic.contains("tell us about yourself")
                || topic.contains("present yourself") || topic.contains("welcome new");
    }

    /**
     * Whether the channel says promotion is welcome there, as a configured promotion channel does: a showcase, a
     * self-promotion or advertising channel, a marketplace, one that asks people to share their work, or one for
     * offering and finding work ({@code #showcase}, {@code #self-promo}, {@code #shameless-plugs},
     * {@code #share-your-work}, {@code #for-sale}, {@code #for-hire}, {@code #gigs}). Posting one's work where the
     * community asked for it is what the channel is for, not pushing it on people. A channel for feedback or for
     * collaborations is not one: it asks for work to critique or partners to find, and a discount code or a priced
     * offer pushed there is still promotion.
     */
    public static boolean promotion(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        return nameSaysPromotion(Lowered.view(info.name())) || topicSaysPromotion(info.topic().toLowerCase(Locale.ROOT));
    }

    private static boolean nameSaysPromotion(String name) {
        return anyWord(name, ChannelPurpose::promotionWord);
    }

    /** Whether the word {@code s..i} (after the word {@code previousStart..previousEnd}) invites promotion. */
    private static boolean promotionWord(String name, int previousStart, int previousEnd, int s, int i) {
        if (workersTalkRoom(name, previousStart, previousEnd, s, i)) {
            return false;
        }
        // "promo", "promos", "promotion" invite it; "promoters" names the room's people (event promoters talking
        // among themselves), as "#designers" does, not what they may post there.
        if (Lowered.startsWith(name, s, "showcase") && i - s >= 8 || Lowered.startsWith(name, s, "promo") && i - s >= 5
                && !Lowered.startsWith(name, s, "promoter")
                || Lowered.is(name, s, i, "selfpromo") || Lowered.is(name, s, i, "selfpromotion")
                || Lowered.startsWith(name, s, "advert") && i - s >= 6 || Lowered.is(name, s, i, "ads")
                || Lowered.is(name, s, i, "plug") || Lowered.is(name, s, i, "plugs")
                || Lowered.is(name, s, i, "marketplace") || Lowered.is(name, s, i, "classifieds")
                || Lowered.is(name, s, i, "hire") || Lowered.is(name, s, i, "hiring")
                || Lowered.is(name, s, i, "jobs") || Lowered.is(name, s, i, "gigs") || Lowered.is(name, s, i, "freelance")
                || Lowered.is(name, s, i, "commissions")
                // the other names of a showcase: "#show-off", "#gallery", "#shill-zone" (not "portfolio": a
                // "#portfolio-review" asks for critique)
                || Lowered.is(name, s, i, "showoff") || Lowered.is(name, s, i, "off")
                && Lowered.is(name, previousStart, previousEnd, "show") || Lowered.is(name, s, i, "gallery")
                || Lowered.is(name, s, i, "shill") || Lowered.is(name, s, i, "shilling")) {
            return true;
        }
        if (Lowered.is(name, previousStart, previousEnd, "for") && Lowered.is(name, s, i, "sale")
                || moreTradeWord(name, previousStart, previousEnd, s, i)) {
            return true;
        }
        if (goingLive(name, previousStart, previousEnd, s, i)) {
            return true;
        }
        if (Lowered.is(name, previousStart, previousEnd, "your") && (Lowered.is(name, s, i, "work")
                || Lowered.is(name, s, i, "art") || Lowered.is(name, s, i, "projects")
                || Lowered.is(name, s, i, "creations") || Lowered.is(name, s, i, "links"))) {
            return true;
        }
        return false;
    }

    /**
     * Whether the word {@code s..i} names a channel for announcing one's streams ({@code #go-live}, {@code #live-now},
     * {@code #now-live}, {@code #whos-live}, {@code #stream-announcements}, {@code #streams}, {@code #livestreams}):
     * a post with one's stream link each time one goes live is what such a channel is for, like a showcase. A channel
     * about streaming ({@code #streaming}, {@code #stream-setup}) is talk about the craft, not one of them.
     */
    private static boolean goingLive(String name, int previousStart, int previousEnd, int s, int i) {
        if (Lowered.is(name, s, i, "golive") || Lowered.is(name, s, i, "livenow") || Lowered.is(name, s, i, "nowlive")
                || Lowered.is(name, s, i, "streams") || Lowered.is(name, s, i, "livestreams")
                || Lowered.is(name, s, i, "goinglive")) {
            return true;
        }
        boolean previousLive = Lowered.is(name, previousStart, previousEnd, "live");
        boolean previousStream = Lowered.is(name, previousStart, previousEnd, "stream")
                || Lowered.is(name, previousStart, previousEnd, "streams")
                || Lowered.is(name, previousStart, previousEnd, "twitch");
        if (Lowered.is(name, s, i, "live") && (Lowered.is(name, previousStart, previousEnd, "go")
                || Lowered.is(name, previousStart, previousEnd, "going") || Lowered.is(name, previousStart, previousEnd, "now")
                || Lowered.is(name, previousStart, previousEnd, "whos") || Lowered.is(name, previousStart, previousEnd, "is")
                || previousStream)) {
            return true;
        }
        if (previousLive && (Lowered.is(name, s, i, "now") || Lowered.is(name, s, i, "streams"))) {
            return true;
        }
        return (previousStream || previousLive) && (Lowered.startsWith(name, s, "announce") && i - s >= 8
                || Lowered.is(name, s, i, "alerts") || Lowered.is(name, s, i, "links")
                || Lowered.is(name, s, i, "notifications"));
    }

    /**
     * A topic bidding members share or post a thing they made themselves ("share a piece you've written", "post
     * something you've built"): the room is a showcase by another name, as "share your work" says, for pieces the
     * writer made, not things they found or did ("a photo + what you did", "an interview you loved").
     */
    private static final Pattern SHARE_OWN_MADE = Pattern.compile(
            "\\b(?:share|post)\\s+(?:a|an|one|any|something|anything)\\b[^.;:!?]{0,30}?\\byou(?:'ve|\u2019ve|\\s+have)?\\s+"
            + "(?:written|wrote|made|drawn|drew|built|recorded|composed|designed|created|painted|sewn|knitted|crafted)\\b");

    /** The suppliers of a trade welcomed to a room ("suppliers welcome", "suppliers are welcome here"). */
    private static final Pattern SUPPLIERS_WELCOME = Pattern.compile(
            "\\bsuppliers?\\s+(?:are\\s+|very\\s+)?welcome\\b|\\bwelcom(?:e|es|ing)\\s+(?:all\\s+)?suppliers\\b");

    /**
     * Goods said to change hands in the room, in the passive ("kit bought and sold", "tools bought, sold and
     * swapped"): the topic describes the room as a market, as the name "marketplace" does. "Sold" alone ("what sold
     * at the fair") is talk about sales, not a market: it takes the pair.
     */
    private static final Pattern BOUGHT_AND_SOLD = Pattern.compile(
            "\\b(?:bought|swapped|traded|exchanged)\\s*(?:,|and|or|&|/)\\s*sold\\b"
                    + "|\\bsold\\s*(?:,|and|or|&|/)\\s*(?:bought|swapped|traded|exchanged)\\b");

    /** The pair denied ("nothing bought or sold here", "no kit sold or swapped"): a room that forbids the market. */
    private static final Pattern NOT_BOUGHT_AND_SOLD = Pattern.compile(
            "\\b(?:no|not|nothing|never)\\s+(?:\\w+\\s+)?(?:bought|sold|swapped|traded|exchanged)\\b");

    /**
     * A topic saying its members post their offers or price lists there ("farmers post stock, price lists and trade
     * offers", "post your offers and catalogues here"): the room is made for the trade's offers, as a marketplace is,
     * and a priced offer posted to it is what it asks for. Not posts about offers ("post questions about offers").
     */
    private static final Pattern OFFERS_POSTED = Pattern.compile("\\b(?:post|list)\\s+"
            + "(?:(?!about\\b|on\\b|questions?\\b|asking\\b)[\\p{L}'-]+,?\\s+){0,4}?(?:offers|price\\s+lists?)\\b");

    private static boolean topicSaysPromotion(String topic) {
        return topic.contains("self-promo") || topic.contains("self promo") || topic.contains("promote your")
                || topic.contains("share your work") || topic.contains("share your projects")
                || SHARE_OWN_MADE.matcher(topic).find()
                || topic.contains("showcase") || topic.contains("advertise") || topic.contains("plug your")
                || topic.contains("when you go live") || topic.contains("when you're live")
                // a topic that welcomes those who sell ("vendors & designers welcome", "sellers welcome") invites their
                // offers, as a marketplace does; so does one welcoming those who supply the members' trade ("suppliers
                // welcome: kit and offers for bakeries"): a supplier is the trade's seller by another name. Said of the
                // suppliers themselves, not of a room that talks about them ("ask about suppliers, newcomers welcome")
                || topic.contains("welcome") && (topic.contains("vendor") || topic.contains("seller"))
                || SUPPLIERS_WELCOME.matcher(topic).find()
                // a topic saying goods are bought and sold there names a market, where a listing to the room, with its
                // price and "message me", is what the room is for, as in one named "classifieds"
                || BOUGHT_AND_SOLD.matcher(topic).find() && !NOT_BOUGHT_AND_SOLD.matcher(topic).find()
                // a room whose members are bidden post their offers or price lists is the room made for those offers
                || OFFERS_POSTED.matcher(topic).find();
    }

    /**
     * Whether the channel is for giving each other feedback on work ({@code #critique}, {@code #feedback},
     * {@code #feedback-requests}, {@code #reviews}, or a topic such as "post your work, get critique, give some
     * back" or "feedback for feedback"). There a request for feedback is something any member can answer: an
     * opinion on someone's photo or draft takes an eye, not expertise, and the channel runs on people giving back
     * what they get.
     */
    public static boolean feedback(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        if (anyWord(Lowered.view(info.name()), ChannelPurpose::feedbackWord)) {
            return true;
        }
        String topic = info.topic().toLowerCase(Locale.ROOT);
        // Not "give back" alone: a help channel asking people to give back when they can still asks questions that
        // take expertise to answer.
        return topic.contains("critique") || topic.contains("feedback on each other") || topic.contains("get feedback")
                || topic.contains("get honest feedback") || topic.contains("honest feedback")
                || topic.contains("review each other") || topic.contains("feedback for feedback")
                // judgement traded by another name: "drop a sketch, get notes", "swap crits with each other"
                || TopicClauses.tradesJudgement(topic);
    }

    /**
     * Whether the word {@code s..i} (after the word {@code previousStart..previousEnd}) names a channel for feedback on
     * work. "Roast my ..." and "rate my ..." are how people ask for blunt critique ({@code #roast-my-site},
     * {@code #rate-my-setup}); "roast" alone is not one ({@code #coffee-roast} is about beans).
     */
    private static boolean feedbackWord(String name, int previousStart, int previousEnd, int s, int i) {
        if ((Lowered.is(name, previousStart, previousEnd, "roast") || Lowered.is(name, previousStart, previousEnd, "rate"))
                && (Lowered.is(name, s, i, "my") || Lowered.is(name, s, i, "me"))) {
            return true;
        }
        return Lowered.startsWith(name, s, "critique") && i - s >= 8 || Lowered.is(name, s, i, "crit")
                || Lowered.is(name, s, i, "crits") || Lowered.is(name, s, i, "feedback")
                || Lowered.is(name, s, i, "review") || Lowered.is(name, s, i, "reviews")
                || Lowered.is(name, s, i, "roastmy") || Lowered.is(name, s, i, "ratemy");
    }

    /**
     * Whether the channel is for calls: members asking for volunteers, testers or a cast ({@code #test-calls},
     * {@code #casting-calls}, {@code #open-calls}, {@code #beta-testers}, {@code #roster}, or a topic such as "drop open
     * calls for extras" or "testers needed for the beta"). A call there, and its updates on places left with the same
     * sign-up link, is what the channel is for: a request for people to take part, not one's work pushed on the room. A sale is still a sale there; the
     * engine keeps that apart. A channel for voice calls or about sales calls is not one.
     */
    public static boolean calls(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        if (anyWord(Lowered.view(info.name()), ChannelPurpose::callsWord)) {
            return true;
        }
        String topic = info.topic().toLowerCase(Locale.ROOT);
        return TopicClauses.callsForPeople(topic);
    }

    /** Whether the word {@code s..i} (after the word {@code previousStart..previousEnd}) names a channel for calls. */
    private static boolean callsWord(String name, int previousStart, int previousEnd, int s, int i) {
        boolean call = Lowered.is(name, s, i, "calls") || Lowered.is(name, s, i, "call");
        return call && (Lowered.is(name, previousStart, previousEnd, "test") || Lowered.is(name, previousStart, previousEnd, "testing")
                || Lowered.is(name, previousStart, previousEnd, "casting") || Lowered.is(name, previousStart, previousEnd, "open")
                || Lowered.is(name, previousStart, previousEnd, "playtest") || Lowered.is(name, previousStart, previousEnd, "beta"))
                || Lowered.is(name, s, i, "testcalls") || Lowered.is(name, s, i, "castingcalls")
                || Lowered.is(name, s, i, "testers") || Lowered.is(name, s, i, "playtesters")
                || Lowered.is(name, s, i, "volunteers")
                // a room for testing members' pieces ("#riddle-test-solving", "#testsolving"): each post there calls
                // for testers, and the piece posted again with its fixes is the test going on, as a call's updates are
                || (Lowered.is(name, s, i, "solve") || Lowered.is(name, s, i, "solving")
                || Lowered.is(name, s, i, "solvers")) && Lowered.is(name, previousStart, previousEnd, "test")
                || Lowered.is(name, s, i, "testsolve") || Lowered.is(name, s, i, "testsolving")
                // a schedule of shifts ("#roster", "#weekend-rotas"): its sign-up calls members to take shifts
                || Lowered.is(name, s, i, "rota") || Lowered.is(name, s, i, "rotas") || Lowered.is(name, s, i, "roster")
                || Lowered.is(name, s, i, "rosters") || Lowered.is(name, s, i, "shifts");
    }

    /**
     * Whether the channel is for passing on things worth reading ({@code #reading}, {@code #resources},
     * {@code #links}, {@code #articles}, {@code #papers}, {@code #library}, openings passed on ({@code #opportunities},
     * {@code #scholarships}, {@code #bursaries}, {@code #grants}, {@code #funding-calls}), or a topic such as
     * "longreads worth a read" or "drop useful links here"). There a post is a link by design: others' articles
     * passed on, each with a line, are what the channel asks for, not a habit of dropping links. One's own work pushed
     * there is still promotion; the engine keeps that apart.
     */
    public static boolean reading(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        if (anyWord(Lowered.view(info.name()), ChannelPurpose::readingWord)) {
            return true;
        }
        String topic = info.topic().toLowerCase(Locale.ROOT);
        return TopicClauses.reading(topic);
    }

    /** Whether the word {@code s..i} names a channel for passing on reading. */
    private static boolean readingWord(String name, int previousStart, int previousEnd, int s, int i) {
        return Lowered.is(name, s, i, "reading") || Lowered.is(name, s, i, "reads") || Lowered.is(name, s, i, "resources")
                || Lowered.is(name, s, i, "links") && !Lowered.is(name, previousStart, previousEnd, "your")
                || Lowered.is(name, s, i, "articles") || Lowered.is(name, s, i, "papers")
                || Lowered.is(name, s, i, "library") || Lowered.is(name, s, i, "bookmarks")
                // A room named for openings passed on (#opportunities, #scholarships, #bursaries): others' schemes,
                // grants and places, each with its page, are what it is for, as articles are in #reading.
                || Lowered.is(name, s, i, "opportunities") || Lowered.is(name, s, i, "scholarships")
                || Lowered.is(name, s, i, "bursaries")
                // So is one named for funders' openings (#grants, #fellowships, #funding-calls): the calls of funders,
                // each with its page and deadline, are passed on there as scholarships are.
                || Lowered.is(name, s, i, "grants") || Lowered.is(name, s, i, "fellowships")
                || Lowered.is(name, s, i, "calls") && Lowered.is(name, previousStart, previousEnd, "funding");
    }

    /**
     * Whether the channel's topic names a kind of link as what its posts carry ("road, time, detour map
     * link", "upcoming gigs and ticket links"): there a post with its link is what the room asks for, whoever's the
     * link is, and counts toward no habit of sharing links. One's own offer or ask posted there is still what it is;
     * the engine keeps that apart.
     */
    public static boolean linksAsked(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN || info.topic() == null || info.topic().isEmpty()) {
            return false;
        }
        return TopicClauses.asksForLinks(info.topic());
    }

    /**
     * Whether the channel is the room for the community's events by its name ({@code #events-calendar}, {@code #meetups},
     * {@code #club-events}, {@code #group-rides}) or by a topic that gives it to the group's own event with its sign-up
     * ({@link CommunityCause#room}): there the event's page brought back with the numbers so far and a last call is the
     * event kept moving among the people going. A name that also says people ask or talk there is a room about events.
     * So is a room whose topic says events are listed or posted there, whatever it is called ("events listings: post
     * yours", "the events calendar", "post your local events here": {@link TopicClauses#listsEvents}): a listing and
     * its reminders are what such a room is for.
     */
    public static boolean eventsRoom(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        String name = Lowered.view(info.name());
        if (anyWord(name, ChannelPurpose::conversationWord)) {
            return false;
        }
        return anyWord(name, (n, ps, pe, s, i) -> Lowered.is(n, s, i, "event") || Lowered.is(n, s, i, "events")
                || Lowered.is(n, s, i, "meetup") || Lowered.is(n, s, i, "meetups") || Lowered.is(n, s, i, "meets"))
                || CommunityCause.room(info.topic()) || TopicClauses.listsEvents(info.topic());
    }

    /**
     * Whether the channel is the room kept for a service's state by its name ({@code #outages}, {@code #status},
     * {@code #incidents}, {@code #downtime}): there a fault is told as it goes, update after update within hours, each
     * with the status page, and the page again is where the news is kept, not a link pushed at the room.
     */
    public static boolean statusRoom(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        return anyWord(Lowered.view(info.name()), (n, ps, pe, s, i) -> Lowered.is(n, s, i, "outage")
                || Lowered.is(n, s, i, "outages") || Lowered.is(n, s, i, "status") || Lowered.is(n, s, i, "incident")
                || Lowered.is(n, s, i, "incidents") || Lowered.is(n, s, i, "downtime") || Lowered.is(n, s, i, "faults"));
    }

    /**
     * Whether the channel is for passing on deals ({@code #deals}, {@code #tools-and-deals}, {@code #bargains}): there a
     * post is someone else's offer passed on with its price and link, by design, as reading is in a reading channel.
     * One's own offer pushed there is still promotion; the engine keeps that apart.
     */
    public static boolean deals(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        return anyWord(Lowered.view(info.name()), (n, ps, pe, s, i) -> Lowered.is(n, s, i, "deals")
                || Lowered.is(n, s, i, "bargains"));
    }

    /**
     * Whether the channel is where people offer their work for hire or sale ({@code #hire-me}, {@code #for-hire},
     * {@code #jobs}, {@code #gigs}, {@code #freelance}, {@code #marketplace}, {@code #for-sale}): a community with
     * one is a place where people sell, and whoever offers their work there is in the trade. Narrower than
     * {@link #promotion}: a showcase or "share your work" channel shows work, it need not sell it.
     */
    public static boolean trade(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        return anyWord(Lowered.view(info.name()), ChannelPurpose::tradeWord);
    }

    /**
     * Whether the channel's topic says members buy and sell there ("buy / sell / trade", "sell or swap kit", "for sale
     * or wanted", "WTS / WTB", "sell your stuff"), whatever its name ({@code #bourse}, {@code #kit-swap}): the room made
     * for selling, where a priced listing with its link is what it is for. A topic that forbids selling ("no hard
     * selling") says the opposite.
     */
    public static boolean topicSaysSelling(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN || info.topic() == null || info.topic().isEmpty()) {
            return false;
        }
        String[] words = info.topic().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean selling = w.equals("sell") || w.equals("selling") || w.equals("wts") || w.equals("wtb")
                    || w.equals("sale") && i > 0 && words[i - 1].equals("for");
            if (selling && !deniedBefore(words, i) && !saysWhoTheyAre(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the channel's topic says its members list things for sale there: selling as what they do in the room, by
     * the verb ("buy, sell, swap: tools and spares", "sell your own prints here"), "for sale", WTS / WTB, or "selling"
     * paired with another way of exchanging ("buying or selling a van") or done by the people named before it ("growers
     * selling seedlings"). That room is the one made for listings, where a listing with its price and page is what the
     * community asked for. Narrower than {@link #topicSaysSelling}: selling as a subject of talk ("questions about
     * pricing, selling, shipping", "Selling online.") says what people talk about, not that they sell in the room.
     */
    public static boolean topicSaysListings(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN || info.topic() == null || info.topic().isEmpty()) {
            return false;
        }
        // Read once per channel and topic (engine/ChannelPurposes): the slash of "buy/sell/trade" is kept as a word.
        String[] words = NOT_A_WORD.split(SLASH.matcher(info.topic().toLowerCase(Locale.ROOT)).replaceAll(" / "));
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (deniedBefore(words, i) || saysWhoTheyAre(words, i)) {
                continue;
            }
            if (w.equals("sell") || w.equals("wts") || w.equals("wtb") || w.equals("sale") && i > 0
                    && words[i - 1].equals("for")) {
                return true;
            }
            // Telling members to list their own things with a price ("list your bowls here, with price and photos",
            // "list your spare parts, prices in euros") asks for listings without saying "sell": the price is the sale.
            // "List your favourite books" names no price and asks for none.
            if (w.equals("list") && i + 1 < words.length && (words[i + 1].equals("your") || words[i + 1].equals("own"))
                    && namesPrice(words)) {
                return true;
            }
            if (w.equals("selling") && (i > 0 && words[i - 1].endsWith("ers")
                    || i > 1 && joiner(words[i - 1]) && exchange(words[i - 2])
                    || i + 2 < words.length && joiner(words[i + 1]) && exchange(words[i + 2]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the channel's topic names prices as news the room follows ("deliveries, market prices, who is short",
     * "auction prices and stock levels"): a room kept for prices, where the going prices of a market told with their
     * source are its reading ({@link FigureUpdate#marketPrices}). Not prices that are the members' own to list ("list
     * your prices", "our prices"), and not pricing as a subject of talk ("pricing, clients, contracts").
     */
    public static boolean pricesRoom(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN || info.topic() == null || info.topic().isEmpty()) {
            return false;
        }
        String[] words = NOT_A_WORD.split(info.topic().toLowerCase(Locale.ROOT));
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals("prices")) {
                continue;
            }
            String before = i > 0 ? words[i - 1] : "";
            if (!before.equals("your") && !before.equals("our") && !before.equals("my") && !before.equals("own")
                    && !before.equals("list") && !deniedBefore(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the topic's words name a price ("price", "prices", "pricing"). */
    private static boolean namesPrice(String[] words) {
        for (String w : words) {
            if (w.equals("price") || w.equals("prices") || w.equals("pricing")) {
                return true;
            }
        }
        return false;
    }

    /** "or", "and" or a slash: words joined as alternatives, not listed with commas as subjects. */
    private static boolean joiner(String w) {
        return w.equals("or") || w.equals("and") || w.equals("/");
    }

    /** A way of exchanging goods besides selling: buying, swapping, trading, renting, wanting. */
    private static boolean exchange(String w) {
        return w.startsWith("buy") || w.startsWith("swap") || w.startsWith("trad") || w.startsWith("rent")
                || w.equals("wanted") || w.equals("sell") || w.equals("selling");
    }

    /**
     * "who" within two words before {@code i}: the topic describes its members by what they do elsewhere ("promoters
     * who sell with us chat among themselves", "makers who also sell at fairs"), it does not ask them to sell in the
     * room. Said generally: a relative clause about the people names who they are, not what the room is for.
     */
    private static boolean saysWhoTheyAre(String[] words, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (words[k].equals("who")) {
                return true;
            }
        }
        return false;
    }

    /** "no" or a "not" within two words before {@code i}: "no hard selling", "not for sale". */
    private static boolean deniedBefore(String[] words, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (words[k].equals("no") || words[k].equals("not") || words[k].equals("don't") || words[k].equals("never")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word {@code s..i} (after the word {@code previousStart..previousEnd}) names a channel for trade. */
    private static boolean tradeWord(String name, int previousStart, int previousEnd, int s, int i) {
        // A trade's own talk room (#gigs-chat) names the work but is no room for trade: asked first, it outranks the
        // trade words below.
        if (workersTalkRoom(name, previousStart, previousEnd, s, i)) {
            return false;
        }
        return workOffered(name, s, i)
                || Lowered.is(name, s, i, "marketplace") || Lowered.is(name, s, i, "classifieds")
                || Lowered.is(name, previousStart, previousEnd, "for") && Lowered.is(name, s, i, "sale")
                || moreTradeWord(name, previousStart, previousEnd, s, i);
    }

    /**
     * Whether the word {@code s..i} names the work or the people who take it ("jobs", "gigs", "hire", "freelancers",
     * "commissions", "job-board") and the name ends in a word for a room to talk in ({@code #freelancers-lounge},
     * {@code #gigs-chat}, {@code #jobs-talk}): the room where those people talk among themselves, as a staff room is
     * the staff's, not the board where work is offered or taken. Its posts are talk, and an offer pushed there is
     * pushed into a chat room. (A market's own talk room, {@code #market-chat}, is read so by its own word.)
     */
    private static boolean workersTalkRoom(String name, int previousStart, int previousEnd, int s, int i) {
        boolean work = workOffered(name, s, i) || Lowered.is(name, s, i, "freelancers")
                || Lowered.is(name, s, i, "freelancing") || Lowered.is(name, s, i, "commission")
                || Lowered.is(name, s, i, "jobboard")
                || Lowered.is(name, previousStart, previousEnd, "job") && (Lowered.is(name, s, i, "board")
                || Lowered.is(name, s, i, "boards") || Lowered.is(name, s, i, "postings"));
        return work && endsInTalkRoom(name, i);
    }

    /** Whether the word {@code s..i} names work offered or taken: hire, hiring, jobs, gigs, freelance, commissions. */
    private static boolean workOffered(String name, int s, int i) {
        return Lowered.is(name, s, i, "hire") || Lowered.is(name, s, i, "hiring") || Lowered.is(name, s, i, "jobs")
                || Lowered.is(name, s, i, "gigs") || Lowered.is(name, s, i, "freelance")
                || Lowered.is(name, s, i, "commissions");
    }

    /** Whether the last word of {@code name}, after position {@code i}, is a word for a room to talk in. */
    private static boolean endsInTalkRoom(String name, int i) {
        int end = name.length();
        while (end > i && !Character.isLetter(name.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > i && Character.isLetter(name.charAt(start - 1))) {
            start--;
        }
        if (start <= i || start == end || Character.isLetter(name.charAt(start - 1))) {
            return false;
        }
        return Lowered.is(name, start, end, "lounge") || Lowered.is(name, start, end, "chat")
                || Lowered.is(name, start, end, "talk") || Lowered.is(name, start, end, "banter")
                || Lowered.is(name, start, end, "hangout") || Lowered.startsWith(name, start, "discuss")
                && end - start >= 7;
    }

    /**
     * The other ways communities name a channel for offering work or goods: the singular with the board it is on
     * ({@code #job-board}, {@code #job-postings}, {@code #commission-info}), the people offering
     * ({@code #freelancers}), work sought or offered ({@code #looking-for-work}, {@code #available-for-work},
     * {@code #offer-your-services}), and trading shorthand ({@code #buy-and-sell}, {@code #buy-sell-trade},
     * {@code #wts-wtb}, {@code #bst}), selling or a market by name ({@code #sell-swap}, {@code #makers-market}).
     */
    private static boolean moreTradeWord(String name, int previousStart, int previousEnd, int s, int i) {
        boolean afterJob = Lowered.is(name, previousStart, previousEnd, "job");
        return afterJob && (Lowered.is(name, s, i, "board") || Lowered.is(name, s, i, "boards")
                || Lowered.is(name, s, i, "postings") || Lowered.is(name, s, i, "posts") || Lowered.is(name, s, i, "offers")
                || Lowered.is(name, s, i, "listings") || Lowered.is(name, s, i, "market"))
                || Lowered.is(name, s, i, "jobboard") || Lowered.is(name, s, i, "commission")
                || Lowered.is(name, s, i, "freelancers") || Lowered.is(name, s, i, "freelancing")
                || Lowered.is(name, previousStart, previousEnd, "for") && Lowered.is(name, s, i, "work")
                || (Lowered.is(name, previousStart, previousEnd, "your")
                || Lowered.is(name, previousStart, previousEnd, "offer")) && Lowered.is(name, s, i, "services")
                || Lowered.is(name, s, i, "sell") && (Lowered.is(name, previousStart, previousEnd, "buy")
                || Lowered.is(name, previousStart, previousEnd, "and"))
                || Lowered.is(name, s, i, "wts") || Lowered.is(name, s, i, "wtb") || Lowered.is(name, s, i, "bst")
                // buying together: a channel for group buys or group orders ({@code #group-buys}, {@code #groupbuys})
                // is where the organiser's offer, its price and its page are posted for the members to join
                || Lowered.is(name, previousStart, previousEnd, "group") && (Lowered.is(name, s, i, "buys")
                || Lowered.is(name, s, i, "buy") || Lowered.is(name, s, i, "orders"))
                || Lowered.is(name, s, i, "groupbuys") || Lowered.is(name, s, i, "groupbuy")
                // a channel named for selling, or a market as its last word: #sell-swap, #yarn-and-needles-market,
                // #makers-market ("selling-tips" and "market-talk" are talk about it, not a stall)
                || Lowered.is(name, s, i, "sell") || Lowered.is(name, s, i, "market") && lastWord(name, i)
                // things let for a fee: #desks-to-let, #rooms-for-rent (letting is trade; "rent-day-chat" talks of it)
                || (Lowered.is(name, previousStart, previousEnd, "to") || Lowered.is(name, previousStart, previousEnd,
                "for")) && (Lowered.is(name, s, i, "let") || Lowered.is(name, s, i, "rent"));
    }

    /** Whether no letter or digit follows position {@code i} of {@code name}. */
    private static boolean lastWord(String name, int i) {
        for (int k = i; k < name.length(); k++) {
            if (Character.isLetterOrDigit(name.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the channel is where members post their own doings for others to follow: logs, journals, progress,
     * wins and milestones, a showcase or show-and-tell ({@code #brew-log}, {@code #devlog}, {@code #training-journal},
     * {@code #progress}, {@code #wins}, {@code #milestones}, {@code #show-and-tell}, or a topic such as "track your climbing
     * streaks" or "show off your projects"). A post to the room there is what the channel is for, and it is about oneself
     * by design, like an introduction: not speaking to nobody, not self-focus.
     */
    public static boolean ownPosts(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        String name = Lowered.view(info.name());
        if (anyWord(name, ChannelPurpose::ownPostsWord)) {
            return true;
        }
        String topic = info.topic().toLowerCase(Locale.ROOT);
        // A topic naming things and then bidding the members post them ("old programmes and tickets, post them all
        // here", "recipes you swear by: share them"): the room is made for those posts, as "your recipes" would say.
        if (topic.contains("log your") || topic.contains("your wins") || topic.contains("celebrate")
                || topic.contains("showcase") || TopicClauses.ownDoings(topic) || TopicClauses.oneKindOfPost(topic)
                || TopicClauses.namedThenBidden(topic)) {
            return true;
        }
        // A topic naming the members' own diaries or logs ("members' renovation diaries"): entries posted one after
        // another to nobody are what such a room holds, as under a name like #build-diary (MembersRecords).
        if (MembersRecords.named(topic)) {
            return true;
        }
        // A room whose name says people ask or talk there (#knits-help, #bakes-chat) is for asking or talk, whatever
        // it is about: its name or topic naming one's own things gives no licence to post to the room.
        if (anyWord(name, ChannelPurpose::conversationWord)) {
            return false;
        }
        // A name that joins two subjects (#finds-and-fakes, #wips-and-woes) names what the room talks about, not a
        // kind of post: its words alone give no licence.
        boolean subjects = anyWord(name, (n, ps, pe, s, i) -> Lowered.is(n, s, i, "and"));
        return !subjects && anyWord(name, ChannelPurpose::ownThingsWord) || TopicClauses.ownThings(topic);
    }

    /**
     * Whether the channel is made for pouring out one's bad days: a name that says to vent or rant ({@code #vent},
     * {@code #rants}, {@code #decompress}) or names the bad days themselves ({@code #bad-days}, {@code #rough-days}), or
     * a topic that does ("vent here", "rough shift? let it out", "get it off your chest", "for the bad days"). How
     * one's day went, said to nobody in particular there, is what the room is for: its people sit with it and answer
     * if they can. Not a room for talk by its name or topic that also welcomes rants ("chat, tips, rants"), nor a
     * name joining two subjects ({@code #receipts-and-rants}).
     */
    public static boolean troubles(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN || forTalk(info)) {
            return false;
        }
        String name = Lowered.view(info.name());
        boolean subjects = anyWord(name, (n, ps, pe, s, i) -> Lowered.is(n, s, i, "and"));
        return !subjects && anyWord(name, ChannelPurpose::troublesWord)
                || TopicClauses.troubles(info.topic().toLowerCase(Locale.ROOT));
    }

    /** Whether the word {@code s..i} (after the word {@code previousStart..previousEnd}) names a room for venting. */
    private static boolean troublesWord(String name, int previousStart, int previousEnd, int s, int i) {
        return Lowered.is(name, s, i, "vent") || Lowered.is(name, s, i, "venting") || Lowered.is(name, s, i, "rant")
                || Lowered.is(name, s, i, "rants") || Lowered.is(name, s, i, "decompress")
                || (Lowered.is(name, s, i, "days") || Lowered.is(name, s, i, "day") || Lowered.is(name, s, i, "nights"))
                && (Lowered.is(name, previousStart, previousEnd, "bad") || Lowered.is(name, previousStart, previousEnd, "hard")
                || Lowered.is(name, previousStart, previousEnd, "rough") || Lowered.is(name, previousStart, previousEnd, "tough"));
    }

    /**
     * Whether the channel's topic asks each member to tell the room about themselves ("out riding? tell us where
     * you're headed", "tell us how your week went"): a post to the room there answers what the room asked, so its "I" and
     * "my" are asked for and do not count toward self-focus. Whether it spoke to anyone is judged as anywhere: the
     * room asked for news, not for a week of only news.
     */
    public static boolean asksAfterMembers(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        return TopicClauses.asksAfterMembers(info.topic());
    }

    /**
     * Whether the word {@code s..i} (after the word {@code previousStart..previousEnd}) names a room for posting one's
     * own things: works in progress, finds and hauls ({@code #wips}, {@code #thrift-finds}, {@code #market-hauls}), the
     * thing of the day everyone posts ({@code #fit-of-the-day}, {@code #ootd}, any "...otd"), a name that says to show
     * them ({@code #show-your-knits}, {@code #post-your-rigs}), and three hobbies' own words for theirs (sends, spots,
     * captures). Those three are one community's jargon each, kept only because the general reading of a topic's
     * "share your <things>" (audit s24, item 20) still cost a read round when it replaced them.
     */
    private static boolean ownThingsWord(String name, int previousStart, int previousEnd, int s, int i) {
        return Lowered.is(name, s, i, "sends") || Lowered.is(name, s, i, "sent") || Lowered.is(name, s, i, "spots")
                || Lowered.is(name, s, i, "captures") || Lowered.is(name, s, i, "wip") || Lowered.is(name, s, i, "wips")
                || Lowered.is(name, s, i, "finds") || Lowered.is(name, s, i, "hauls")
                || Lowered.is(name, s, i, "day") && Lowered.is(name, previousStart, previousEnd, "the")
                || i - s >= 3 && i - s <= 5 && Lowered.is(name, i - 3, i, "otd")
                || Lowered.is(name, s, i, "your") && (Lowered.is(name, previousStart, previousEnd, "show")
                || Lowered.is(name, previousStart, previousEnd, "share") || Lowered.is(name, previousStart, previousEnd, "post"));
    }

    /**
     * Whether the channel is a listing kept for the members: named as a listing of dates ({@code #release-calendar},
     * {@code #race-schedule}, {@code #club-fixtures}, {@code #timetable}), or with a topic that says who posts there
     * ("posted by mods", "only admins post here"). Its posts are entries said to everyone by design: a week of them
     * is the listing kept, not talk to nobody nor self-focus. Only that: whose links or offers someone posts there
     * (a shop's restock dropped into a release calendar) is judged as anywhere, and a name that also says people ask
     * or talk there ({@code #schedule-questions}) is a room about the listing.
     */
    public static boolean listing(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        String name = Lowered.view(info.name());
        if (anyWord(name, ChannelPurpose::conversationWord)) {
            return false;
        }
        return anyWord(name, (n, ps, pe, s, i) -> listingWord(n, s, i))
                || TopicClauses.keptByKeepers(info.topic().toLowerCase(Locale.ROOT));
    }

    /** Whether the word {@code s..i} names a listing of dates. */
    private static boolean listingWord(String name, int s, int i) {
        return Lowered.is(name, s, i, "calendar") || Lowered.is(name, s, i, "calendars")
                || Lowered.is(name, s, i, "schedule") || Lowered.is(name, s, i, "schedules")
                || Lowered.is(name, s, i, "timetable") || Lowered.is(name, s, i, "timetables")
                || Lowered.is(name, s, i, "fixtures") || Lowered.is(name, s, i, "agenda");
    }

    /** Whether the word {@code s..i} (after the word {@code previousStart..previousEnd}) names such a channel. */
    private static boolean ownPostsWord(String name, int previousStart, int previousEnd, int s, int i) {
        return Lowered.is(name, s, i, "log") || Lowered.is(name, s, i, "logs") || Lowered.is(name, s, i, "devlog")
                || Lowered.is(name, s, i, "devlogs") || Lowered.startsWith(name, s, "journal") && i - s >= 7
                || Lowered.is(name, s, i, "diary") || Lowered.is(name, s, i, "progress")
                || Lowered.is(name, s, i, "wins") || Lowered.startsWith(name, s, "milestone") && i - s >= 9
                || Lowered.is(name, s, i, "achievements") || Lowered.startsWith(name, s, "showcase") && i - s >= 8
                || Lowered.is(name, previousStart, previousEnd, "and") && Lowered.is(name, s, i, "tell");
    }

    /**
     * Whether the channel is a room for talk by its name or topic: its name says people ask or talk there
     * ({@code #knits-help}, {@code #bakes-chat}, {@code #lounge}) or it is the server's {@code #general}, or its topic
     * says it is for chat or discussion ("Stallholders' chat."). Whatever its people happen to do in a quiet week, posting
     * one's own news to nobody there is not what it is for, so the way its people post gives no licence
     * ({@code rules/norms/RoomLines}).
     */
    public static boolean forTalk(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        String name = Lowered.view(info.name());
        return anyWord(name, ChannelPurpose::conversationWord)
                || anyWord(name, (n, ps, pe, s, i) -> Lowered.is(n, s, i, "general"))
                || TopicClauses.forTalk(info.topic().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the room is a notice board only by a topic that lists events by when and how to get in ("open days:
     * date, times, entry"; {@link TopicClauses#noticeBoard}), not by a name such as {@code #announcements}: a board
     * for events, where what is posted is expected to be one.
     */
    public static boolean eventsBoardByTopic(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        String name = Lowered.view(info.name());
        return !anyWord(name, ChannelPurpose::announcementWord)
                && TopicClauses.noticeBoard(info.topic().toLowerCase(Locale.ROOT))
                && !anyWord(name, ChannelPurpose::conversationWord);
    }

    /**
     * Whether the channel is for announcements to everyone ({@code #announcements}, {@code #news}, {@code #updates},
     * {@code #events}, {@code #rules}): there every message speaks to nobody in particular and carries its link by
     * design, so a moderator posting the community's news is doing the job, not broadcasting or promoting.
     */
    public static boolean announcements(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        String name = Lowered.view(info.name());
        // A name that also says people ask or talk there is a room about the news, not the notice board itself:
        // #rules-questions, #news-discussion, #updates-chat, #events-help. Its posts are questions and talk.
        // A name that lists its subjects with "and" is a room about them all: #weddings-and-events, #gigs-and-events
        // talk about a kind of work, events among it; #news-and-events lists only notices and stays the notice board.
        if (anyWord(name, ChannelPurpose::announcementWord) && !anyWord(name, ChannelPurpose::conversationWord)
                && !listsOtherSubjects(name)) {
            return true;
        }
        String topic = info.topic().toLowerCase(Locale.ROOT);
        return topic.contains("announcements") && !topic.contains("discuss") && !topic.contains("ask ")
                || topic.contains("read-only") || topic.contains("read only")
                || TopicClauses.noticeBoard(topic) && !anyWord(name, ChannelPurpose::conversationWord);
    }
}
