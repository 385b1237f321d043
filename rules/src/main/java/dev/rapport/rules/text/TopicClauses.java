package dev.rapport.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A channel topic read as people write one: short clauses ("Drop a draft, get notes. Be kind."), each an instruction
 * whose verb says what to do ("post", "reply with", "get") and whose next few words say with what. The readers here
 * ask for a kind of verb followed closely by a kind of thing, so that a purpose is known by the family of phrasings
 * people use for it rather than by one topic's wording.
 */
final class TopicClauses {
    private TopicClauses() {
    }

    /** Verbs with which a topic tells members to put something in the channel. */
    static final Set<String> POSTING = Set.of("post", "share", "drop", "show", "log", "leave", "add", "put", "submit",
            "list", "keep", "track", "celebrate", "upload");

    /** Words a topic may put between its verb and the thing it names ("show off your", "keep a running"). */
    private static final Set<String> LINKING = Set.of("a", "an", "the", "your", "our", "their", "some", "any", "off",
            "up", "all", "here", "latest", "own", "weekly", "daily", "running", "honest", "open", "new", "good",
            "useful", "interesting", "other", "others", "with", "us", "me", "in", "them");

    /** The light stems ({@link ChannelEcho#stem}) of {@code words}, as the readers here compare them. */
    static Set<String> stems(String... words) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(ChannelEcho.stem(w));
        }
        return Set.copyOf(out);
    }

    /** Whether some clause of {@code topic} has {@code word} (lowered, unstemmed) as a whole word. */
    static boolean hasWord(String topic, String word) {
        for (List<String> clause : clauses(topic)) {
            if (clause.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some clause of {@code topic} has a word of {@code first} right before a word of {@code second}. */
    static boolean pair(String topic, Set<String> first, Set<String> second) {
        for (List<String> clause : clauses(topic)) {
            for (int k = 0; k + 1 < clause.size(); k++) {
                if (first.contains(clause.get(k)) && second.contains(clause.get(k + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that end what a verb takes ("one post per project", "paste logs via a site"): a new phrase starts. */
    private static final Set<String> BREAKING = Set.of("per", "for", "by", "from", "to", "of", "on", "about", "via",
            "when", "if", "than", "at", "into", "after", "before", "or", "but", "not", "no");

    /** The clauses of a topic (split at sentence and list punctuation), each as its lowered words. */
    static List<List<String>> clauses(String topic) {
        List<List<String>> out = new ArrayList<>();
        if (topic == null || topic.isEmpty()) {
            return out;
        }
        for (String clause : topic.toLowerCase(Locale.ROOT).split("[.,;:!?()\\[\\]\n]+")) {
            List<String> words = new ArrayList<>();
            for (String w : clause.split("[^\\p{L}]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }

    /**
     * Whether a clause of {@code topic} has one of {@code verbs} followed, across at most {@code reach} words, by a
     * word whose light stem ({@link ChannelEcho#stem}) is one of {@code things}. Unless {@code anyBetween}, the words
     * between the two must be small linking words ("your", "a", "some"); with it, any describing word may stand there
     * too ("track your climbing streaks", "DM your best bid"), though never a word that starts a new phrase ("per",
     * "via", "of"). A word of {@code barring} between them ("share your links": one's own, not others') rules it out.
     */
    static boolean verbThen(String topic, Set<String> verbs, Set<String> things, int reach, boolean anyBetween) {
        return verbThen(topic, verbs, things, reach, anyBetween, Set.of());
    }

    static boolean verbThen(String topic, Set<String> verbs, Set<String> things, int reach, boolean anyBetween,
            Set<String> barring) {
        for (List<String> clause : clauses(topic)) {
            for (int k = 0; k < clause.size(); k++) {
                if (!verbs.contains(clause.get(k))) {
                    continue;
                }
                for (int j = k + 1; j < clause.size() && j - k <= reach; j++) {
                    String w = clause.get(j);
                    if (things.contains(ChannelEcho.stem(w))) {
                        return true;
                    }
                    if (barring.contains(w) || !LINKING.contains(w) && !w.equals("and")
                            && (!anyBetween || BREAKING.contains(w))) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** Whether some word of {@code topic}, lightly stemmed, is one of {@code things}. */
    static boolean names(String topic, Set<String> things) {
        for (List<String> clause : clauses(topic)) {
            for (String w : clause) {
                if (things.contains(ChannelEcho.stem(w))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one clause of {@code topic} has a word (stemmed) of {@code first} and also one of {@code second}. */
    static boolean together(String topic, Set<String> first, Set<String> second) {
        for (List<String> clause : clauses(topic)) {
            boolean a = false;
            boolean b = false;
            for (String w : clause) {
                String s = ChannelEcho.stem(w);
                a |= first.contains(s);
                b |= second.contains(s);
            }
            if (a && b) {
                return true;
            }
        }
        return false;
    }

    /** What a room's events are kept in: "events listings", "the event calendar", "an events diary". */
    private static final Set<String> EVENT_LISTS = Set.of("listing", "listings", "calendar", "calendars", "diary",
            "guide", "list");
    private static final Set<String> EVENTS = Set.of("event", "events");

    /**
     * Whether {@code topic} says the room lists events: "events" named as a listing ("events listings", "the events
     * calendar") or as what to post there ("post your events", "list local events here"). Events are then the room's
     * posts, each said to everyone with its day and its page, as a listings page in a paper is.
     */
    static boolean listsEvents(String topic) {
        return pair(topic, EVENTS, EVENT_LISTS) || verbThen(topic, POSTING, stems("events"), 3, true);
    }

    /** Words for judging someone's work: what a feedback channel trades. */
    private static final Set<String> JUDGING = stems("feedback", "opinion", "opinions", "notes", "note", "thoughts",
            "crit", "crits", "critique", "critiques", "review", "reviews", "verdict", "verdicts");
    /** Verbs of trading: what one gives, gets or swaps. */
    private static final Set<String> TRADING = Set.of("give", "gives", "giving", "get", "gets", "getting", "trade",
            "swap", "exchange", "return", "receive");

    /**
     * Whether the topic trades judgement of work: a judging word given, got or swapped ("drop a draft, get notes",
     * "give some crits back", "swap reviews") or given to "each other". A judging word alone ("opinions on the
     * league"), or a trade of anything else ("get the patch notes", "get tickets"), is not one.
     */
    static boolean tradesJudgement(String topic) {
        if (verbThen(topic, TRADING, JUDGING, 3, false)) {
            return true;
        }
        for (List<String> clause : clauses(topic)) {
            int each = clause.indexOf("each");
            if (each >= 0 && each + 1 < clause.size() && clause.get(each + 1).equals("other")) {
                for (String w : clause) {
                    if (JUDGING.contains(ChannelEcho.stem(w))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Words for a schedule of shifts people sign up to cover. */
    private static final Set<String> SHIFT_SCHEDULE = stems("rota", "roster");

    /** Words for people a call asks to take part, and words of asking for them. */
    private static final Set<String> TAKERS = stems("volunteer", "volunteers", "tester", "testers", "playtester",
            "helper", "helpers");
    private static final Set<String> CALLING = stems("looking", "call", "calls", "needed", "wanted", "sign", "signup",
            "signups");
    private static final Set<String> CALL = stems("call", "calls");

    /**
     * Whether the topic is about calls for people: it says to post a call ("share open calls", "drop your call here"),
     * names a schedule of shifts to fill ("weekend shifts and swaps", "the roster lives here"), or asks for
     * volunteers or testers ("testers needed", "looking for helpers").
     */
    static boolean callsForPeople(String topic) {
        if (verbThen(topic, POSTING, CALL, 3, false) || names(topic, SHIFT_SCHEDULE) || hasWord(topic, "shifts")) {
            return true;
        }
        return together(topic, TAKERS, CALLING);
    }

    /** Things one reads, as a reading channel's topic names them. */
    private static final Set<String> READS = stems("article", "articles", "paper", "papers", "essay", "essays",
            "longreads", "links", "resources", "reads", "reading", "blogs");
    /**
     * Written pieces named as a kind, in the plural, as a topic lists what its channel collects: "Paper" alone is as
     * often a name (a server's software, a shop) as a piece to read.
     */
    private static final Set<String> WRITTEN = Set.of("articles", "papers", "essays", "longreads");
    /** Whose links: "share your links" asks for one's own, not for reading passed on. */
    private static final Set<String> OWNERS = Set.of("your", "my", "our", "own");
    private static final Set<String> READ_PRAISE = Set.of("worth", "good", "great", "long", "must", "recommended",
            "favourite", "favorite", "weekend", "summer");
    private static final Set<String> READ_NOUN = Set.of("read", "reads", "reading");
    private static final Set<String> READING_KINDS = Set.of("list", "lists", "material", "materials", "pile");

    /**
     * Whether the topic is for passing on reading: it says to post things one reads ("share useful links", "drop
     * papers and blogs"), names written pieces as a kind (articles, papers, essays; not "Paper", a name as often as a piece), or praises reads ("worth a read", "good
     * reads", "great reading") or lists them ("reading list"). "Read the rules first" is not one.
     */
    static boolean reading(String topic) {
        if (verbThen(topic, POSTING, READS, 3, true, OWNERS)) {
            return true;
        }
        for (String kind : WRITTEN) {
            if (hasWord(topic, kind)) {
                return true;
            }
        }
        for (List<String> clause : clauses(topic)) {
            for (int k = 0; k < clause.size(); k++) {
                if (!READ_NOUN.contains(clause.get(k))) {
                    continue;
                }
                boolean praised = k > 0 && READ_PRAISE.contains(clause.get(k - 1))
                        || k > 1 && READ_PRAISE.contains(clause.get(k - 2)) && clause.get(k - 1).equals("a");
                boolean listed = k + 1 < clause.size() && READING_KINDS.contains(clause.get(k + 1));
                if (praised || listed) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that make a link one's own plug or spam: a board of those is a promotion channel's, not a kind of post. */
    private static final Set<String> PLUG_LINKS = Set.of("your", "my", "our", "own", "their", "promo", "self",
            "affiliate", "referral", "invite", "spam", "social", "socials", "shortened", "external", "random");
    /** Words that turn links away: "no links", "don't post links", "links will be removed". */
    private static final Set<String> DENYING = Set.of("no", "not", "without", "don", "never", "zero");
    private static final Set<String> DENIED_AFTER = Set.of("removed", "deleted", "banned", "forbidden", "prohibited",
            "go", "goes", "belong", "belongs", "elsewhere", "in", "to");

    /**
     * Whether the topic names a kind of link as part of what the room's posts carry: "closures only: road, time,
     * detour map link", "upcoming gigs and ticket links", "release notes links welcome". There a post with its
     * link is the room's kind of post, not a habit of dropping links. Only a link of a named kind that is no plug ("your
     * links", "promo links", "referral links" make a promotion board), not turned away ("no links", "spam links will
     * be removed") nor sent elsewhere ("links go in #resources"), and not "link" as a verb ("link your latest").
     */
    static boolean asksForLinks(String topic) {
        for (List<String> clause : clauses(topic)) {
            for (int k = 1; k < clause.size(); k++) {
                String w = clause.get(k);
                if (!w.equals("link") && !w.equals("links")) {
                    continue;
                }
                String kind = clause.get(k - 1);
                if (PLUG_LINKS.contains(kind) || DENYING.contains(kind) || LINKING.contains(kind)
                        || BREAKING.contains(kind) || POSTING.contains(kind) || kind.length() < 3) {
                    continue;
                }
                if (deniedWithin(clause, k, 3)) {
                    continue;
                }
                if (k + 1 < clause.size() && DENIED_AFTER.contains(clause.get(k + 1))
                        || k + 2 < clause.size() && DENIED_AFTER.contains(clause.get(k + 2))) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /** Whether a denying word stands among the {@code reach} words before {@code k}. */
    private static boolean deniedWithin(List<String> clause, int k, int reach) {
        for (int j = Math.max(0, k - reach); j < k; j++) {
            if (DENYING.contains(clause.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** One's own doings, as a channel for following members' work names them. */
    private static final Set<String> OWN_DOINGS = stems("progress", "milestone", "milestones", "win", "wins", "update",
            "updates", "build", "builds", "journal", "diary", "streak", "streaks", "achievement", "achievements",
            "project", "projects", "journey", "results", "gains", "creations");
    /** Verbs of keeping a record, and the records kept: "keep a log", "start a build diary", "write a journal". */
    private static final Set<String> KEEPING = Set.of("keep", "start", "write");
    private static final Set<String> RECORDS = stems("log", "journal", "diary", "blog", "record");

    /**
     * Whether the topic says to post one's own doings: a posting verb and what it says to post ("track your
     * streaks", "show off your projects", "share weekly updates"), or to keep a record of them ("keep a log of the
     * season"). Logs pasted for debugging ("post your crash log") are not one.
     */
    static boolean ownDoings(String topic) {
        return verbThen(topic, POSTING, OWN_DOINGS, 3, true) || verbThen(topic, KEEPING, RECORDS, 3, true);
    }

    /**
     * One's own things a room may be made for posting, besides doings: climbs sent and personal bests, captures, spots,
     * games, works in progress, finds and hauls ("share your sends", "post your games", "drop your spots").
     */
    // Several of these are one hobby's jargon (sends, PBs, captures, spots, games); a general reading ("share your
    // <things in the plural>") replaced them in audit s24 but cost a read round, so it waits for its owner (item 20).
    private static final Set<String> OWN_THINGS = stems("send", "sends", "pb", "pbs", "capture", "captures", "spot",
            "spots", "game", "games", "wip", "wips", "find", "finds", "haul", "hauls");
    /** Pictures a room may ask of one's own things ("photos of your own beds", "pics of your builds"). */
    private static final Set<String> PICTURES = Set.of("pics", "pictures", "photos", "shots");

    /**
     * Whether the topic invites members to post their own things: a posting verb and one of them ("drop your hauls",
     * "post your wips"), a clause headed by one ("your finds + ID questions"), or pictures of one's own ("photos of
     * your beds"). Pictures alone are not one: "post pics of the fault" asks about a problem.
     */
    static boolean ownThings(String topic) {
        if (verbThen(topic, POSTING, OWN_THINGS, 3, true)) {
            return true;
        }
        for (List<String> clause : clauses(topic)) {
            if (clause.size() >= 2 && clause.get(0).equals("your") && OWN_THINGS.contains(ChannelEcho.stem(clause.get(1)))) {
                return true;
            }
            if (showsOwnThings(clause)) {
                return true;
            }
            for (int k = 0; k + 2 < clause.size(); k++) {
                if (PICTURES.contains(clause.get(k)) && clause.get(k + 1).equals("of") && clause.get(k + 2).equals("your")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the clause says to show one's own things in the plural: "show your shelves", "show off your gardens",
     * the topic's way of saying what a {@code #show-your-...} name says. Unlike "share" or "post", which pass on
     * anything (finds, links, news), "show" with "your" is one's own things put on view. Not asks or troubles ("show
     * your errors") nor what sellers offer ("show your prices").
     */
    private static boolean showsOwnThings(List<String> clause) {
        for (int k = 0; k + 2 < clause.size(); k++) {
            if (!clause.get(k).equals("show")) {
                continue;
            }
            int your = clause.get(k + 1).equals("off") ? k + 2 : k + 1;
            if (your + 1 < clause.size() && clause.get(your).equals("your")) {
                String thing = clause.get(your + 1);
                return labelsPosts(thing) && !NOT_SHOWN.contains(thing);
            }
        }
        return false;
    }

    /** What a room may ask members to show that is not a thing of their own: offers and others' things. */
    private static final Set<String> NOT_SHOWN = Set.of("slots", "offers", "services", "rates", "prices", "quotes",
            "bids", "listings", "links", "receipts", "tickets", "workings", "steps", "errors", "logs");

    /** Kinds of post that are troubles or asks, not one's own things: a topic headed by them is a help room's. */
    private static final Set<String> ASKS_AND_TROUBLES = stems("question", "questions", "problem", "problems", "issue",
            "issues", "doubt", "doubts", "request", "requests", "error", "errors", "bug", "bugs");

    /**
     * Whether the topic names the one kind of post the room takes, as a board's rule does: "one report per session",
     * "one post per item", "one photo per day" (a clause "one X per Y"), or a topic that is itself the label of its
     * posts, headed by "your" and things in the plural ("Your notes on the week's pours", "your recipes, as you cook
     * them"). Posts of that kind are what the room is for. Not asks or troubles ("your questions about setup"): a
     * room headed by them is for asking.
     */
    static boolean oneKindOfPost(String topic) {
        // A board of one's links ("your links, one post per project") is a promotion channel's rule, read as such.
        if (hasWord(topic, "links") || hasWord(topic, "link")) {
            return false;
        }
        List<List<String>> clauses = clauses(topic);
        for (List<String> clause : clauses) {
            for (int k = 0; k + 3 < clause.size(); k++) {
                if (clause.get(k).equals("one") && (clause.get(k + 2).equals("per")
                        || RATE.contains(clause.get(k + 2)) && PERIODS.contains(clause.get(k + 3))
                        && !PERIODS.contains(clause.get(k + 1)))) {
                    return true;
                }
            }
            if (onlyThings(clause) || talkKeptOut(clause) || askedOfEveryDay(clause)) {
                return true;
            }
        }
        if (TALK_ELSEWHERE.matcher(topic).find()) {
            return true;
        }
        if (clauses.isEmpty()) {
            return false;
        }
        List<String> first = clauses.get(0);
        if (first.size() < 2 || !first.get(0).equals("your")) {
            return false;
        }
        // The things may carry one word before them, as a kind's name often does ("your tasting notes", "your race
        // reports"): the label is the same, and a describing word before asks ("your setup questions") keeps them asks.
        return labelsPosts(first.get(1))
                || first.size() >= 3 && !BREAKING.contains(first.get(1)) && !labelsPosts(first.get(1))
                && !ASKS_AND_TROUBLES.contains(ChannelEcho.stem(first.get(1))) && labelsPosts(first.get(2));
    }

    /** Whether {@code word} names posts in the plural that are not asks or troubles ("verdicts", "notes"). */
    private static boolean labelsPosts(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                && !ASKS_AND_TROUBLES.contains(ChannelEcho.stem(word));
    }

    /**
     * How a board's rule gives its rate besides "per": "one photo a day", "one line each morning". A stretch of time
     * counted in another ("open one day a week") says when, not what is posted.
     */
    private static final Set<String> RATE = Set.of("a", "an", "each", "every");
    /** The stretches of time such a rate is counted in. */
    private static final Set<String> PERIODS = Set.of("day", "week", "month", "night", "morning", "evening",
            "weekend", "year");

    /** Who keeps a board for the members: its moderators, admins, staff, team or organisers. */
    private static final Set<String> KEEPERS = Set.of("mod", "mods", "moderator", "moderators", "admin", "admins",
            "staff", "team", "organiser", "organisers", "organizer", "organizers", "committee", "hosts");
    /** How a topic says a board's posts are made for the members: "posted by", "kept by", "updated by". */
    private static final Set<String> KEPT = Set.of("posted", "kept", "updated", "maintained", "curated", "run",
            "managed", "written");
    private static final Set<String> POSTS = Set.of("post", "posts", "can", "may", "update", "updates");

    /**
     * Whether the topic says who posts in the room, as a board kept for the members does: "posted by mods", "kept up
     * to date by the team", "only admins post here". The keepers' posts to the room are the board's entries, each said
     * to everyone by design.
     */
    static boolean keptByKeepers(String topic) {
        for (List<String> clause : clauses(topic)) {
            for (int k = 0; k + 1 < clause.size(); k++) {
                String w = clause.get(k);
                if (KEPT.contains(w)) {
                    int by = clause.indexOf("by");
                    if (by > k && by - k <= 4 && (keeperWithin(clause, by + 1, 2) || oneRoleEnds(clause, by + 1))) {
                        return true;
                    }
                }
                if (w.equals("only") && keeperWithin(clause, k + 1, 2)) {
                    for (int j = k + 2; j < clause.size() && j <= k + 4; j++) {
                        if (POSTS.contains(clause.get(j))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The whole membership, as "posted by the members" or "by the group" names it: everyone, not a keeper. */
    private static final Set<String> EVERYONE = Set.of("community", "group", "club", "server", "everyone", "all",
            "public", "crowd");

    /**
     * Whether {@code clause} ends, from {@code from}, with one role named with "the" (one or two words: "posted by the
     * race secretary", "updated by the captain"): a board one person keeps for the others, whatever their role is
     * called. Not the members as a whole ("posted by the members", "by the community").
     */
    private static boolean oneRoleEnds(List<String> clause, int from) {
        int words = clause.size() - from - 1;
        if (from >= clause.size() || !clause.get(from).equals("the") || words < 1 || words > 2) {
            return false;
        }
        for (int j = from + 1; j < clause.size(); j++) {
            if (WHO.contains(clause.get(j)) || EVERYONE.contains(clause.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a keeper's word stands among the {@code reach} words of {@code clause} from {@code from}. */
    private static boolean keeperWithin(List<String> clause, int from, int reach) {
        for (int j = from; j < clause.size() && j < from + reach; j++) {
            if (KEEPERS.contains(clause.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** Words for talk, as a board's topic turns it away ("no chat") or sends it elsewhere ("chat in #general"). */
    private static final Set<String> TALK = Set.of("chat", "chatting", "chatter", "talk", "talking", "discussion",
            "discussions", "discuss", "convo", "convos", "comments", "replies", "banter");
    /**
     * Whether the topic says the room is for talk ("Stallholders' chat.", "general discussion", "talk about anything"),
     * not one kind of post that keeps talk out or sends it elsewhere ("no chat", "chat in #general").
     */
    static boolean forTalk(String topic) {
        for (List<String> clause : clauses(topic)) {
            for (String w : clause) {
                if (TALK.contains(w)) {
                    return !oneKindOfPost(topic);
                }
            }
        }
        return false;
    }

    /** Who a room is for, as "members only" says it: a rule of who, not a kind of post. */
    private static final Set<String> WHO = Set.of("members", "adults", "subscribers", "patrons", "supporters", "vips",
            "staff", "mods", "admins", "moderators", "friends", "locals", "regulars", "humans", "girls", "boys", "women",
            "men", "ladies", "guys", "folks", "people", "players", "creators", "sellers", "buyers", "vendors", "owners");

    /**
     * Whether the clause keeps the room to one kind of thing in the plural: "catches only", "only photos please". Not
     * who may post ("members only"), nor asks ("questions only"), nor a word in the singular ("English only", "SFW
     * only"): rules of the room, not a kind of post.
     */
    private static boolean onlyThings(List<String> clause) {
        int only = clause.indexOf("only");
        if (only < 0 || clause.size() > 4) {
            return false;
        }
        String thing = only == 1 ? clause.get(0) : only == 0 && clause.size() > 1 ? clause.get(1) : null;
        return thing != null && thing.length() > 3 && thing.endsWith("s") && !thing.endsWith("ss")
                && !thing.endsWith("us") && !thing.endsWith("is") && !WHO.contains(thing)
                && !ASKS_AND_TROUBLES.contains(ChannelEcho.stem(thing));
    }

    /** When a daily thread's question asks about: "today", "tonight". */
    private static final Set<String> THE_DAY = Set.of("today", "tonight");

    /** Verbs with which a topic bids every member post something to the room: "post what...", "share what...". */
    private static final Set<String> BIDDING = Set.of("post", "share", "drop", "show");

    /**
     * Whether the clause is the question a daily thread puts to every member about their own day: "What are you
     * wearing today?", "what did you bake today", "what's in your cup tonight". Each post answers it to the room. Not
     * one about a problem ("what are you stuck on today?"): that is a room for asking. The same question may come as
     * a bidding ("post what's in the oven tonight", "share what's on the lathe today"): the member bidden is the one it
     * asks about, so no "you" need be said.
     */
    private static boolean askedOfEveryDay(List<String> clause) {
        boolean bidden = clause.size() >= 4 && BIDDING.contains(clause.get(0)) && clause.get(1).equals("what");
        if (clause.size() < 3 || !(clause.get(0).equals("what") || bidden)
                || !THE_DAY.contains(clause.get(clause.size() - 1))) {
            return false;
        }
        boolean you = bidden;
        for (String w : clause) {
            if (w.equals("stuck") || w.equals("help") || ASKS_AND_TROUBLES.contains(ChannelEcho.stem(w))
                    || bidden && NOT_ONES_NEWS.contains(w)) {
                return false;
            }
            you |= w.equals("you") || w.equals("your");
        }
        return you;
    }

    /** The question words with which a topic's "tell us" asks after the member: where, what, how, when. */
    private static final Set<String> ASKED_AFTER = Set.of("where", "what", "how", "when");
    /** Words that make "tell us ..." ask for a trouble, a need or an opinion, not the member's own news. */
    private static final Set<String> NOT_ONES_NEWS = Set.of("stuck", "help", "need", "needs", "wrong", "broken",
            "think", "want", "wants", "looking", "buy", "sell", "selling", "charge", "cost", "price");

    /**
     * Whether the topic asks each member to tell the room about themselves: "tell us where you're headed", "tell us how
     * your week went", "tell us what you're up to". A post answering it is the member's own news because the room asked
     * for it, as an introduction is. Not "tell us what you need" or "tell us what's wrong" (a need, a trouble, asked to
     * be answered), nor "tell us what you think" (an opinion of something else).
     */
    static boolean asksAfterMembers(String topic) {
        for (List<String> clause : clauses(topic)) {
            for (int k = 0; k + 3 < clause.size(); k++) {
                if (!clause.get(k).equals("tell") || !clause.get(k + 1).equals("us")
                        || !ASKED_AFTER.contains(clause.get(k + 2))) {
                    continue;
                }
                boolean you = false;
                for (int j = k + 3; j < clause.size(); j++) {
                    String w = clause.get(j);
                    if (NOT_ONES_NEWS.contains(w) || ASKS_AND_TROUBLES.contains(ChannelEcho.stem(w))) {
                        return false;
                    }
                    you |= w.equals("you") || w.equals("your");
                }
                if (you) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Verbs with which a topic bids the members put things in the room. */
    private static final Set<String> PUTTING = Set.of("post", "share", "drop", "add", "put", "upload", "leave");
    /** Words that may close such a bidding: "post them all here", "share them please". */
    private static final Set<String> BIDDING_CLOSES = Set.of("all", "here", "please", "pls", "in", "below", "away");

    /**
     * Whether the topic names things in the plural and then, in its next clause, bids the members post them ("old
     * photos and stories for the slideshow, post them all here", "recipes you swear by: share them"): the room is
     * made for those posts, as a topic headed "your recipes" says. Not asks or troubles ("questions? post them here"),
     * nor links (a board of links is read as a promotion channel's), nor things passed on ("pass them on here").
     */
    static boolean namedThenBidden(String topic) {
        List<List<String>> clauses = clauses(topic);
        for (int c = 1; c < clauses.size(); c++) {
            List<String> clause = clauses.get(c);
            if (clause.size() < 2 || !PUTTING.contains(clause.get(0)) || !clause.get(1).equals("them")) {
                continue;
            }
            boolean closes = true;
            for (int j = 2; j < clause.size(); j++) {
                closes &= BIDDING_CLOSES.contains(clause.get(j));
            }
            if (closes && namesPlainThings(clauses.get(c - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause, up to a word that starts a new phrase, names things in the plural and no asks or links. */
    private static boolean namesPlainThings(List<String> clause) {
        boolean things = false;
        for (String w : clause) {
            if (BREAKING.contains(w)) {
                break;
            }
            if (ASKS_AND_TROUBLES.contains(ChannelEcho.stem(w)) || w.equals("links") || w.equals("link")) {
                return false;
            }
            things |= labelsPosts(w) && !WHO.contains(w);
        }
        return things;
    }

    /** Verbs with which a topic bids one pour out a bad day: "vent here", "rant away". */
    private static final Set<String> VENTING = Set.of("vent", "rant");
    /** Bad times, as a topic names what a room is for: "bad days", "a rough shift", "tough nights". */
    private static final Set<String> BAD = Set.of("bad", "hard", "rough", "tough");
    private static final Set<String> TIMES = Set.of("day", "days", "night", "nights", "shift", "shifts", "week",
            "weeks");

    /**
     * Whether the topic says the room is for pouring out one's bad days: a clause opening by bidding one vent or rant
     * ("vent here", "rant away"), "let it out", "get it off your chest", or bad times named ("for the bad days", "rough
     * shift?"). Rants listed among a chat room's subjects ("chat, tips, rants") are not one: the caller reads the talk.
     */
    static boolean troubles(String topic) {
        if (topic.contains("let it out") || topic.contains("off your chest")) {
            return true;
        }
        for (List<String> clause : clauses(topic)) {
            if (VENTING.contains(clause.get(0))) {
                return true;
            }
        }
        return pair(topic, BAD, TIMES);
    }

    /** Words that may close "no chat": "no chat here", "no chatting please". */
    private static final Set<String> CLOSING = Set.of("here", "please", "pls", "just", "thanks", "ty");

    /**
     * Whether the clause turns talk away from the room: "no chat", "no discussion here", "no chatting please" (not "no
     * talking politics": a chat room's rule of what not to talk about).
     */
    private static boolean talkKeptOut(List<String> clause) {
        for (int k = 0; k + 1 < clause.size(); k++) {
            if (clause.get(k).equals("no") && TALK.contains(clause.get(k + 1))
                    && (k + 2 == clause.size() || CLOSING.contains(clause.get(k + 2)))) {
                return true;
            }
        }
        return false;
    }

    /** Talk sent to another channel by the topic: "chat in #general", "discussion goes in #lounge", "replies to #x". */
    private static final java.util.regex.Pattern TALK_ELSEWHERE = java.util.regex.Pattern.compile(
            "\\b(?:chat|chatting|talk|discussion|discuss|comments|replies|convo)\\s+(?:goes\\s+|go\\s+)?(?:in|to|into)\\s+(?:<)?#");

    /** What an events listing gives for each event. */
    private static final Set<String> WHEN_AND_WHERE = Set.of("dates", "date", "times", "time", "doors", "lineup",
            "venue", "venues", "schedule");
    /** How one gets into an event. */
    private static final Set<String> ENTRY = Set.of("tickets", "ticket", "rsvp", "rsvps", "signups", "entry");

    /**
     * Whether the topic says the room is the community's events board: it lists events by when and how to get in
     * ("shows: dates, tickets, call times", "gigs, doors and tickets"). There a post to the room, its link and its
     * reminder are what the board is for, as on #events.
     */
    static boolean noticeBoard(String topic) {
        boolean when = false;
        boolean entry = false;
        for (List<String> clause : clauses(topic)) {
            for (String w : clause) {
                when |= WHEN_AND_WHERE.contains(w);
                entry |= ENTRY.contains(w);
            }
        }
        return when && entry;
    }

    /** Verbs with which a topic asks providers to answer a request. */
    private static final Set<String> ANSWERING = Set.of("reply", "replies", "respond", "answer", "send", "submit",
            "dm", "pm", "bid", "quote");
    /** What a provider answers a request with. */
    private static final Set<String> OFFERS = stems("offer", "offers", "quote", "quotes", "bid", "bids", "estimate",
            "estimates", "price", "prices", "pricing");

    /**
     * Whether the topic asks providers to answer with an offer ("reply with a quote", "send us your prices", "DM your
     * best bid"). A topic saying to post offers ("post your offers here") is a seller's channel, not a request one.
     */
    static boolean asksForOffers(String topic) {
        return verbThen(topic, ANSWERING, OFFERS, 3, true);
    }
}
