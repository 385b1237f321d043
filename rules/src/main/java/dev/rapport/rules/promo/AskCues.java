package dev.rapport.rules.promo;

import dev.rapport.rules.text.AttentionVerbs;
import dev.rapport.rules.text.CalendarWords;

import java.util.Set;
import java.util.function.Predicate;

import static dev.rapport.rules.promo.Lexicon.ADDRESSEE;
import static dev.rapport.rules.promo.Lexicon.CALL_TO_ACTION;
import static dev.rapport.rules.promo.Lexicon.CHANNEL_LIKE;
import static dev.rapport.rules.promo.Lexicon.ENGAGE;
import static dev.rapport.rules.promo.Lexicon.ME;
import static dev.rapport.rules.promo.Lexicon.MY;
import static dev.rapport.rules.promo.Lexicon.OTHER_DETERMINER;
import static dev.rapport.rules.promo.Lexicon.PARTICLE;
import static dev.rapport.rules.promo.Lexicon.PLATFORM;
import static dev.rapport.rules.promo.Lexicon.PLEASE;
import static dev.rapport.rules.promo.Lexicon.PROMOTABLE;
import static dev.rapport.rules.promo.Lexicon.PROMOTES_WITH_ME;
import static dev.rapport.rules.promo.Lexicon.SELF_SUBJECT;
import static dev.rapport.rules.promo.Lexicon.SHARED_MEDIA;
import static dev.rapport.rules.promo.Lexicon.SOFTENER;
import static dev.rapport.rules.promo.Lexicon.SUBSCRIBE;

/**
 * Asks for attention: a call to action aimed at the writer's stuff or at the writer ("have a look at my latest stream",
 * "follow me on twitter"), a bare "please subscribe", attention trading ("sub4sub"), a share button's template,
 * bait for likes on the comment itself and asks for feedback.
 *
 * <p>The structure is (call-to-action verb) + (my / our / me / us) + (promotable thing), with the verb in the
 * form of an ask; "the", "this" or "your" in front of the object makes it someone else's and ends the match.
 */
final class AskCues implements CueFinder {
    /** Tokens between a verb and "my": "check out some of my songs". */
    private static final int VERB_TO_OWNER = 7;
    /** Tokens between a verb and "on my channel": "watch the short clip about bread I put on my channel". */
    private static final int VERB_TO_PLACE = 12;
    /** Adjectives between "my" and the thing: "my new acoustic cover channel". */
    private static final int OWNER_TO_THING = 3;
    /** Verbs that with "me"/"us" promote only with a place or a link after them ("add me on facebook"). */
    static final WordList NEEDS_A_PLACE = WordList.of(0, "add", "watch", "find", "join", "like", "friend",
            "support", "check", "visit");
    /** Quantities before "of my": "some of my songs", "one of my videos". */
    static final WordList QUANTIFIERS = WordList.of(2, "some", "one", "few", "couple", "a", "rest", "any",
            "more", "all", "of", "it", "them", "out", "em", "'em", "these", "those", "bunch", "lot");
    /** "my favourite song" is someone else's song. */
    static final WordList LIKED_NOT_MADE = WordList.of(3, "favorite", "favourite", "fave", "fav", "favorit",
            "least", "most", "jam", "guilty", "go-to", "all");
    /** Words after "subscribe" that leave it objectless, so the ask is for the writer. */
    static final WordList OPEN_ENDS = WordList.of(4, "and", "if", "for", "or", "so", "now", "too", "it",
            "thanks", "thank", "thx", "here", "today", "back", "right", "&", "like", "lol", "xd", "yo",
            "because", "cause", "cuz", "ty", "sub", "share", "comment", "more", "every");
    /** What attention is traded in: "sub4sub", "f4f", "like for like", "view 4 view". */
    static final WordList ATTENTION_UNITS = WordList.of(1, "sub", "subs", "s", "follow", "follows", "f", "like", "likes",
            "l", "view", "views", "comment", "comments", "share");
    /**
     * Verbs whose only object on a platform is an account or a post: one follows, likes or rates a page, while one
     * shares a screen or a location too.
     */
    static final WordList ATTENTION_VERBS = WordList.of(46, AttentionVerbs.ON_ACCOUNTS);
    /** Question words: "how do you subscribe?" asks how, it does not ask anyone to. */
    static final WordList WH_WORDS = WordList.of(5, "how", "where", "what", "when", "why", "which", "who");
    /** Verbs that push content at a crowd when their object is someone's channel, song or name. */
    static final WordList THIRD_PARTY_VERBS = WordList.of(6, "check", "checkout", "watch", "listen", "visit",
            "hear", "view", "peep", "subscribe", "sub", "vote", "follow", "support");
    /** Content and creators a crowd is pushed towards: "this channel", "Anna's song", "this trailer". */
    static final WordList PUSHED_CONTENT = WordList.of(7, "channel", "channels", "chanel", "video", "videos",
            "vid", "vids", "song", "songs", "track", "tracks", "band", "artist", "rapper", "singer", "trailer",
            "mixtape", "album", "single", "movie", "film", "playlist", "clip", "clips", "music", "remix", "cover",
            "page", "site", "website", "blog", "podcast", "youtuber", "youtubers", "show", "series", "stream",
            "streamer", "ep", "app", "game", "vlog", "account", "profile");
    /** What help points at: "check out the pinned message", "see the docs", "follow the instructions". */
    static final WordList HELP_OBJECTS = WordList.of(8, "docs", "doc", "documentation", "readme", "wiki", "faq",
            "faqs", "pinned", "pins", "message", "messages", "manual", "man", "guide", "guides", "tutorial",
            "tutorials", "thread", "threads", "post", "posts", "link", "topic", "issue", "issues", "bug", "bugs",
            "answer", "answers", "instructions", "steps", "rules", "log", "logs", "output", "paste", "screenshot",
            "code", "file", "files", "command", "commands", "config", "settings", "setting", "option", "options",
            "changelog", "release", "notes", "announcement", "announcements", "newsletter", "list", "mailing",
            "feed", "rss", "updates", "notifications", "ticket", "tag", "forum", "forums", "example", "examples",
            "source", "repo", "repository", "spec", "api", "reference", "article", "section", "chapter", "help",
            "support", "mods", "moderators", "admins", "server", "commit", "pr", "pull", "branch");

    /** Words that turn "check" into checking something: "check if", "check whether", "check how". */
    static final WordList STOPS = WordList.of(9, "if", "whether", "how", "what", "why", "when", "where", "which");
    /** Modals that make a verb a description of what one could do ("you can subscribe to..."), not an ask. */
    static final WordList MODALS = WordList.of(10, "can", "could", "may", "might", "should", "would", "will",
            "to", "cannot", "can't", "cant");

    /** Everyday words the lexicon has no class for, which are not names. */
    static final WordList COMMON = WordList.of(11, "is", "are", "was", "be", "not", "no", "yes", "now", "here",
            "there", "more", "most", "some", "other", "all", "new", "old", "good", "great", "best", "cool", "funny",
            "awesome", "amazing", "if", "when", "then", "than", "as", "with", "without", "because", "out", "up",
            "down", "again", "first", "last", "next", "one", "two", "way", "how", "what", "why", "where", "who");

    /**
     * The words other than calls to action, subscribe verbs, attention units and pushing verbs that a cue of this
     * family starts at: "thumbs up", "this is my...", "here's my...", "feedback", "what you think", "have a listen".
     */
    static final WordList ASK_STARTS = WordList.of(42, "thumbs", "this", "here", "here's", "heres", "feedback",
            "what", "have");
    /** Verbs asked like "subscribe" with no one else's object: a game's store page is wishlisted ("go wishlist"). */
    static final WordList SUBSCRIBE_LIKE = WordList.of(48, "wishlist");
    /**
     * Units of online attention as things one collects ("every rating helps", "follows appreciated"). Not "like",
     * "follow", "share", "following" or "view(s)": they are also a preposition, a follow-up, a portion, "the
     * following" and opinions. Not "reviews": code is reviewed too.
     */
    static final WordList PLEA_UNITS = WordList.of(49, "rating", "ratings", "follows", "likes", "shares", "subs",
            "subscribing", "subscription", "subscriptions", "subscribers", "upvote", "upvotes", "wishlist",
            "wishlists", "wishlisting", "stars", "retweets", "reposts");
    /**
     * Verbs that invite people to use or buy one's thing ("come play on my server", "grab my ebook", "try my app"):
     * an ad to the room, which promotion weighs, not an ask for attention to one's work.
     */
    static final WordList USE_VERBS = WordList.of(50, "play", "try", "download", "install", "buy", "get", "grab",
            "register", "signup", "come");
    /**
     * What one puts up for sale: "check out my new listing" shows people something to buy, an ad to the room (which
     * promotion weighs) rather than an ask for attention to one's work.
     */
    static final WordList FOR_SALE = WordList.of(52, "listing", "listings", "product", "products", "merch");
    /** The forms of the attention verbs after "would you mind" ("would you mind sharing my post?"). */
    static final WordList ASKED_AS_GERUND = WordList.of(51, AttentionVerbs.ASKED_AS_GERUND);
    /** Every word list a cue of this family can start at; a word on none of them (most words) starts none. */
    private static final long STARTS = ASK_STARTS.bit() | ATTENTION_UNITS.bit() | THIRD_PARTY_VERBS.bit()
            | SUBSCRIBE_LIKE.bit() | ASKED_AS_GERUND.bit();
    private static final int START_CLASSES = CALL_TO_ACTION | PROMOTES_WITH_ME | SUBSCRIBE;

    @Override
    public void find(PromoTokens t, Set<Cue> found) {
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) != TokenKind.WORD) {
                continue;
            }
            int c = t.classes(i);
            if ((c & ADDRESSEE) != 0 && !found.contains(Cue.ROOM_FAVOUR) && roomFavour(t, i)) {
                found.add(Cue.ROOM_FAVOUR);
            }
            // each check below starts at a word of a class or list of STARTS, or at a past form ("if you checked")
            if ((c & START_CLASSES) == 0 && !t.inAny(i, STARTS) && !t.endsWith(i, "ed")) {
                continue;
            }
            if ((c & CALL_TO_ACTION) != 0 || politePastAsk(t, i)) {
                if (!found.contains(Cue.CALL_TO_OWN_STUFF) && callToOwnStuff(t, i)) {
                    boolean invite = t.in(i, USE_VERBS) || ownThingForSale(t, i);
                    found.add(invite ? Cue.INVITE_TO_OWN : Cue.CALL_TO_OWN_STUFF);
                }
                if (!found.contains(Cue.SHARE_TEMPLATE) && shareTemplate(t, i)) {
                    found.add(Cue.SHARE_TEMPLATE);
                }
            }
            if ((c & PROMOTES_WITH_ME) != 0 && !found.contains(Cue.CALL_TO_SELF) && callToSelf(t, i)) {
                // A follow asked on a code host is for the writer's profile there, where people follow developers and
                // star their projects: attention asked for, but no work or product promoted (a star is no sale).
                found.add(codeHostAfterMe(t, i) ? Cue.ATTENTION_PLEA : Cue.CALL_TO_SELF);
            }
            if (((c & SUBSCRIBE) != 0 || t.in(i, SUBSCRIBE_LIKE)) && !found.contains(Cue.SUBSCRIBE_ASK)
                    && subscribeAsk(t, i)) {
                found.add(Cue.SUBSCRIBE_ASK);
            }
            if (!found.contains(Cue.CALL_TO_OWN_STUFF) && t.in(i, ASKED_AS_GERUND) && mindAsk(t, i)) {
                found.add(Cue.CALL_TO_OWN_STUFF);
            }
            if (!found.contains(Cue.RECIPROCAL_ASK) && reciprocal(t, i)) {
                found.add(Cue.RECIPROCAL_ASK);
            }
            if (!found.contains(Cue.COMMENT_BAIT) && commentBait(t, i)) {
                found.add(Cue.COMMENT_BAIT);
            }
            if (!found.contains(Cue.THIRD_PARTY_CALL) && t.in(i, THIRD_PARTY_VERBS) && thirdPartyCall(t, i)) {
                found.add(Cue.THIRD_PARTY_CALL);
            }
            if (!found.contains(Cue.SHOWING_OWN_STUFF) && showingOwnStuff(t, i)) {
                found.add(Cue.SHOWING_OWN_STUFF);
            }
            if (!found.contains(Cue.VAGUE_ASK) && ((c & CALL_TO_ACTION) != 0 && vagueAsk(t, i) || lightVerbAsk(t, i))) {
                found.add(Cue.VAGUE_ASK);
            }
            if (!found.contains(Cue.FEEDBACK_ASK) && feedbackAsk(t, i)) {
                found.add(Cue.FEEDBACK_ASK);
            }
        }
    }

    /** "have a look at my latest stream", "go to my channel", "drop a like on my video", "check my latest podcast out". */
    private static boolean callToOwnStuff(PromoTokens t, int verb) {
        if (!Asks.isAsk(t, verb)) {
            return false;
        }
        // "hit 20k on my insta", "just hit 500 followers": a count hit is a milestone reached, not a button to press
        if (t.isWord(verb, "hit") && t.isKind(verb + 1, TokenKind.NUMBER)) {
            return false;
        }
        boolean direct = true;
        boolean engaged = false;
        // Asked to look at it or to follow it ("check out", "follow my salon"), not to buy it ("grab my thriller"): a
        // sale's own cues say that one.
        boolean looking = t.in(verb, LOOKING);
        for (int k = verb + 1; k < t.size() && k <= verb + VERB_TO_PLACE && !t.isBreak(k); k++) {
            if (direct && k > verb + VERB_TO_OWNER) {
                return false;
            }
            if (direct && looking && (t.isWord(k, "mine") || t.isWord(k, "ours"))) {
                // "check out mine too: https://...": what is "mine" is what the link shows
                return linkedContent(t, k) && !t.inQuestion(k);
            }
            if (t.is(k, MY)) {
                int thing = thingAfterOwner(t, k);
                if (thing < 0 && t.in(verb, ATTENTION_VERBS)) {
                    thing = ownedOnPlatform(t, k);
                }
                if (thing < 0) {
                    // "check out my dungeon crawler: https://...": a thing no list names, shown by the link it comes with
                    return direct && looking && linkedContent(t, k) && !Asks.helpRequest(t, k);
                }
                boolean located = t.is(k - 1, PARTICLE);
                boolean placeOrEngaged = t.is(thing, CHANNEL_LIKE) || engaged;
                if (direct || located && placeOrEngaged) {
                    return !Asks.helpRequest(t, thing);
                }
                return false;
            }
            if (t.is(k, ENGAGE)) {
                engaged = true;
            }
            boolean filler = t.is(k, PARTICLE | SOFTENER | PLEASE | ADDRESSEE)
                    || t.in(k, QUANTIFIERS);
            if (!filler) {
                direct = false;
            }
        }
        return false;
    }

    /** "check out my new listing": the own thing the call is to is something put up for sale. */
    private static boolean ownThingForSale(PromoTokens t, int verb) {
        for (int k = verb + 1; k < t.size() && k <= verb + VERB_TO_OWNER && !t.isBreak(k); k++) {
            if (t.is(k, MY)) {
                for (int j = k + 1; j < t.size() && j <= k + 1 + OWNER_TO_THING && !t.isBreak(j); j++) {
                    if (t.in(j, FOR_SALE)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * "follow my salon on instagram", "like my bakery on facebook": whatever one's own thing is called, the thing of
     * one's own that lives on a social platform is an account or a page there, and following, liking or sharing it
     * is attention asked for. The last word before "on" is the thing; -1 when there is none.
     */
    static int ownedOnPlatform(PromoTokens t, int owner) {
        for (int j = owner + 1; j < t.size() && j <= owner + 1 + OWNER_TO_THING && !t.isBreak(j); j++) {
            if (t.kind(j) != TokenKind.WORD || t.is(j, OTHER_DETERMINER | MY) || t.endsWith(j, "'s")) {
                return -1;
            }
            if (j > owner + 1 && t.isWord(j, "on") && t.is(j + 1, PLATFORM) && !t.isWord(j + 1, "server")) {
                return j - 1;
            }
        }
        return -1;
    }

    /** "would you mind sharing my page?", "mind following our account too?": the favour's gerund form. */
    private static boolean mindAsk(PromoTokens t, int gerund) {
        if (!t.isWord(gerund - 1, "mind")) {
            return false;
        }
        for (int k = gerund + 1; k < t.size() && k <= gerund + 3 && !t.isBreak(k); k++) {
            if (t.is(k, MY)) {
                return thingAfterOwner(t, k) >= 0 || linkedContent(t, k);
            }
        }
        return false;
    }

    /**
     * "every rating helps", "follows appreciated", "subscribing would mean a lot": units of attention pleaded for.
     * "the subs help" names what helps; a question asks whether they do.
     */
    static boolean attentionPlea(PromoTokens t, int unit) {
        if (t.isWord(unit - 1, "the") || t.inQuestion(unit)) {
            return false;
        }
        for (int j = unit + 1; j < t.size() && j <= unit + 9 && !t.isBreak(j); j++) {
            if (t.isWord(j, "appreciated") || t.isWord(j, "helps") || t.isWord(j, "means")) {
                return true;
            }
            if ((t.isWord(j, "would") || t.isWord(j, "will")) && (t.isWord(j + 1, "help")
                    || t.isWord(j + 1, "mean"))) {
                return true;
            }
        }
        return false;
    }

    /** Words that put a request to the whole room: "could everyone", "if anybody here could", "can you all". */
    private static final String[] THE_ROOM = {"everyone", "everybody", "anyone", "anybody", "y'all",
            "yall"};
    /** Requests and conditions that open a favour asked of the room. */
    private static final String[] ROOM_REQUEST = {"could", "can", "would", "will", "if", "please", "pls"};
    /** Words between the room and its favour: "everyone here please", "you all could just". */
    private static final String[] ROOM_FILLER = {"here", "all", "of", "you", "could", "can", "would",
            "please", "pls", "just", "quickly", "maybe", "kindly", "go"};
    /**
     * Units of attention one gives a project or an account by pressing a button: not "share", "like" or "vote", which
     * also ask for notes, opinions and a choice ("could everyone share their notes", "can everyone vote on a date").
     */
    private static final String[] BUTTON_FAVOURS = {"star", "upvote", "follow", "subscribe", "wishlist"};
    /** Tokens from the room to its favour, and from the request back to the room. */
    private static final int ROOM_TO_FAVOUR = 4;

    /**
     * "could everyone here star Quillpad? <link>", "if anybody could upvote Tidewater 🙏 <link>": a
     * favour of attention asked of the whole room for a thing named and linked. Whoever's the thing is, the room is
     * asked to give it attention as it would be in "everyone please vote for X"; asked as a question it is the same
     * call, politely. Not "could everyone follow the steps" (no name), "can anyone follow Ana's reasoning?" (no
     * link to follow), nor a request for one's help ("could anyone star the issue for triage" names no thing).
     */
    private static boolean roomFavour(PromoTokens t, int room) {
        boolean you = t.isWord(room, "you") && t.isWord(room + 1, "all");
        if (!you && !anyWord(t, room, THE_ROOM)) {
            return false;
        }
        boolean asked = false;
        for (int j = room - 1; j >= 0 && j >= room - 2 && !t.isBreak(j); j--) {
            asked |= anyWord(t, j, ROOM_REQUEST);
        }
        if (!asked) {
            return false;
        }
        if (roomAskedToPassItOn(t, room)) {
            return true;
        }
        int verb = room + 1;
        while (verb < t.size() && verb <= room + ROOM_TO_FAVOUR && anyWord(t, verb, ROOM_FILLER)) {
            verb++;
        }
        if (!anyWord(t, verb, BUTTON_FAVOURS)) {
            return false;
        }
        int thing = t.isWord(verb + 1, "to") ? verb + 2 : verb + 1;
        if (!name(t, thing) || !(t.isBreak(thing + 1) || t.isKind(thing + 1, TokenKind.LINK)
                || t.isWord(thing + 1, "too") || t.isWord(thing + 1, "please") || t.isWord(thing + 1, "on"))) {
            return false;
        }
        for (int j = thing + 1; j < t.size(); j++) {
            if (t.kind(j) == TokenKind.LINK && t.linkKind(j) != LinkKind.PICTURE) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of passing a post on to one's own followers: what is asked is reach for the thing. */
    private static final String[] PASS_ON = {"share", "repost", "retweet", "reshare", "boost"};
    /** The thing passed on, pointed at rather than named: the message's own linked thing. */
    private static final String[] POINTED = {"it", "this"};
    /** Tokens from the room to a verb of passing on, in the same clause ("could everyone have a look and share it"). */
    private static final int ROOM_TO_PASS_ON = 8;

    /**
     * "could everyone have a look and share it 🙏 <link>", "could you all repost this: <link>": the whole room asked, in
     * the same clause, to pass on the thing the message links to ({@code room} is "everyone" or the like, the request
     * word already found before it). Sharing a post one points at as "it" or "this" spreads it to one's own followers:
     * a favour of reach, as a follow or a star is, whoever made the thing. Not "could everyone share their notes" or
     * "can anyone share a lift" (something of theirs, or to split), nor "share it with the team" (passed to someone
     * named, not spread), and only with a link to content in the message.
     */
    private static boolean roomAskedToPassItOn(PromoTokens t, int room) {
        for (int v = room + 1; v < t.size() && v <= room + ROOM_TO_PASS_ON && !t.isBreak(v); v++) {
            if (anyWord(t, v, PASS_ON) && anyWord(t, v + 1, POINTED)
                    && (t.isBreak(v + 2) || t.isKind(v + 2, TokenKind.LINK) || t.isWord(v + 2, "please")
                    || t.isWord(v + 2, "pls") || t.isWord(v + 2, "too"))) {
                return linkedContent(t, v + 1);
            }
        }
        return false;
    }

    /** Whether token {@code i} is one of {@code words}: compared in place, as the cues' lists are not. */
    private static boolean anyWord(PromoTokens t, int i, String[] words) {
        for (String w : words) {
            if (t.isWord(i, w)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that ask people to look at something or to give it their attention: not to buy it. */
    static final WordList LOOKING = WordList.of(47, AttentionVerbs.LOOKING);

    /** A link after {@code i} to content, a page or a listing: not a help resource or a picture (a paste, the docs). */
    private static boolean linkedContent(PromoTokens t, int i) {
        for (int j = i + 1; j < t.size(); j++) {
            if (t.kind(j) == TokenKind.LINK) {
                LinkKind kind = t.linkKind(j);
                if (kind != LinkKind.HELP && kind != LinkKind.PICTURE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "(it'd mean loads) if you checked out my...": the past form of an ask, after "if you". */
    private static boolean politePastAsk(PromoTokens t, int i) {
        if (!t.endsWith(i, "ed")) {
            return false;
        }
        if (!(t.isWord(i - 1, "you") || t.isWord(i - 1, "u")) || !t.isWord(i - 2, "if")) {
            return false;
        }
        // the stem is the word without "ed" ("checked"), or without "d" ("shared"): read in place
        return (t.classesOfStart(i, t.length(i) - 2) & CALL_TO_ACTION) != 0
                || (t.classesOfStart(i, t.length(i) - 1) & CALL_TO_ACTION) != 0;
    }

    /** "this is my new song", "here's my channel": presenting one's own thing. */
    private static boolean showingOwnStuff(PromoTokens t, int i) {
        // not "that is my server": pointing out what is whose, not presenting it
        boolean presenter = t.isWord(i, "this") || t.isWord(i, "here");
        if (!presenter) {
            if (!t.isWord(i, "here's") && !t.isWord(i, "heres")) {
                return false;
            }
        } else if (!t.isWord(i + 1, "is") && !t.isWord(i + 1, "are")) {
            return false;
        }
        int owner = presenter ? i + 2 : i + 1;
        if (!t.is(owner, MY)) {
            return false;
        }
        int thing = thingAfterOwner(t, owner);
        return thing >= 0 && !t.inQuestion(thing) && !Asks.helpRequest(t, thing);
    }

    /** The promotable thing owned at {@code owner} ("my [new acoustic] channel"), or -1. */
    static int thingAfterOwner(PromoTokens t, int owner) {
        for (int j = owner + 1; j < t.size() && j <= owner + 1 + OWNER_TO_THING && !t.isBreak(j); j++) {
            if (t.is(j, PROMOTABLE)) {
                return j;
            }
            TokenKind kind = t.kind(j);
            if (kind == TokenKind.LINK || kind == TokenKind.HANDLE) {
                return -1;
            }
            if (t.is(j, OTHER_DETERMINER | PARTICLE | MY)) {
                return -1;
            }
            if (t.endsWith(j, "'s")) {
                return -1; // "my cousin's shop"
            }
            if (t.in(j, LIKED_NOT_MADE)) {
                return -1; // "my favorite song of theirs"
            }
        }
        return -1;
    }

    /**
     * The share button's words: "Check out this video on <site>: <title>", "share this post on facebook". At the start
     * of a clause, or, for engagement verbs, anywhere they are an ask.
     */
    private static boolean shareTemplate(PromoTokens t, int verb) {
        if (!Asks.atClauseStart(t, verb) && !(t.is(verb, ENGAGE) && Asks.isAsk(t, verb))) {
            return false;
        }
        for (int k = verb + 1; k < t.size() && k <= verb + 4 && !t.isBreak(k); k++) {
            if (t.isWord(k, "this")) {
                return t.is(k + 1, SHARED_MEDIA) && t.isWord(k + 2, "on") && t.is(k + 3, PLATFORM);
            }
            if (!t.is(k, PARTICLE | CALL_TO_ACTION) && !t.isWord(k, "a")) {
                return false;
            }
        }
        return false;
    }

    /** "subscribe to me, friends", "follow me on twitter", "check me out", "vote for me", "add me here https://...". */
    private static boolean callToSelf(PromoTokens t, int verb) {
        if (!Asks.isAsk(t, verb)) {
            return false;
        }
        int me = verb + 1;
        if (t.is(me, PARTICLE) && !t.is(me, ME)) {
            me++;
        }
        if (!t.is(me, ME)) {
            return false;
        }
        String v = t.text(verb);
        if (v.equals("follow")) {
            return Asks.atClauseStart(t, verb) || placeAfter(t, me);
        }
        if (NEEDS_A_PLACE.contains(v)) {
            return placeAfter(t, me) || t.isWord(me + 1, "out") || t.links() > 0;
        }
        return true;
    }

    /** A platform, a link or a handle just after "me": "follow me on instagram", "add me here https://...". */
    private static boolean placeAfter(PromoTokens t, int me) {
        for (int j = me + 1; j < t.size() && j <= me + 3; j++) {
            TokenKind kind = t.kind(j);
            if (kind == TokenKind.LINK || kind == TokenKind.HANDLE || kind == TokenKind.DISGUISED_LINK) {
                return true;
            }
            if (kind == TokenKind.BREAK) {
                continue; // "follow me: https://..."
            }
            if (t.is(j, PLATFORM) || t.isWord(j, "back") || codeHost(t, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where developers keep a profile people follow and projects people star ("follow me on github"): a place after
     * "me" as much as a social platform is. Only here, beside "me": on its own a code host names where the code or
     * the docs are ("the fix is on github"), which is help, not a call to follow.
     */
    private static final String[] CODE_HOSTS = {"github", "gitlab", "codeberg", "sourcehut", "bitbucket"};

    /** "follow me on github": the place just after "me" is a code host ({@link #placeAfter} reads it as a place). */
    private static boolean codeHostAfterMe(PromoTokens t, int verb) {
        for (int j = verb + 2; j < t.size() && j <= verb + 5 && !t.isBreak(j); j++) {
            if (codeHost(t, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean codeHost(PromoTokens t, int j) {
        for (String host : CODE_HOSTS) {
            if (t.isWord(j, host)) {
                return true;
            }
        }
        return false;
    }

    /** "please subscribe", "like and subscribe, folks", "subscribe if you...": an ask with no one else's object. */
    private static boolean subscribeAsk(PromoTokens t, int i) {
        if (!Asks.isAsk(t, i) || Asks.buttonPressed(t, i)) {
            return false;
        }
        if (t.is(i - 1, OTHER_DETERMINER) || t.isWord(i - 2, "a") || t.isWord(i - 2, "an")) {
            return false; // a noun: "the subscribe button", "one more subscribe"
        }
        if (t.inQuestion(i) && whQuestion(t, i)) {
            return false; // "how do you subscribe?"
        }
        // The second half of a trade of subscriptions named to be refused ("no sub for sub in this room") is the
        // scheme named, as reciprocal() reads it, not a subscription asked for.
        if (secondOfRefusedTrade(t, i)) {
            return false;
        }
        int next = i + 1;
        if (t.isBreak(next) || t.kind(next) == TokenKind.LINK) {
            return true;
        }
        if (standIn(t, i)) {
            return false;
        }
        if (t.is(next, PLEASE | ADDRESSEE | ME | MY)) {
            return true;
        }
        if (t.kind(next) != TokenKind.WORD) {
            return false;
        }
        String w = t.known(next); // "to", "on", "in" and the open ends are all listed words
        if (w == null) {
            return false;
        }
        if (w.equals("to") || w.equals("on") || w.equals("in")) {
            return t.isBreak(next + 1) || t.is(next + 1, MY | ME);
        }
        return t.in(next, OPEN_ENDS);
    }

    /**
     * Words that name a fixture or a side: a day it is played, or the team, match or league. Of the calendar only the
     * weekdays: a stand-in is sought for a match days away, named by its day ("on Thursday", "tomorrow"); a month names
     * no one fixture. A test of the word's text, made only on the rare path after "sub for" a side, not a
     * {@link WordList}: these words are on no list of the cues, and listing them in the vocabulary would change how
     * they are read (a listed word takes the table's classes, not those of a word one slip from a key word).
     */
    private static final Predicate<String> FIXTURE_WORD = CalendarWords.union(CalendarWords.WEEKDAYS,
            Set.of("tonight", "tomorrow", "team", "match", "fixture", "league", "squad"))::contains;

    /**
     * "sub for" a side or a player on a day ("could you sub for the Rovers on Thursday?", "anyone free to sub for us
     * tomorrow? our team's short"): the short word is a substitute standing in, not a subscription (since session 65).
     * Only the short form, with "for" and a side after it (not "sub for more", "sub for sub"), and a day or a fixture
     * named in the message.
     */
    private static boolean standIn(PromoTokens t, int i) {
        if (!t.isWord(i, "sub") || !t.isWord(i + 1, "for") || t.kind(i + 2) != TokenKind.WORD
                || t.in(i + 2, OPEN_ENDS) || t.in(i + 2, ATTENTION_UNITS)) {
            return false;
        }
        for (int k = 0; k < t.size(); k++) {
            if (t.isKind(k, TokenKind.WORD) && FIXTURE_WORD.test(t.text(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean whQuestion(PromoTokens t, int i) {
        for (int j = i - 1; j >= 0 && !t.isBreak(j); j--) {
            if (t.in(j, WH_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** "sub4sub", "follow 4 follow", "like for like", "s4s", "I'll subscribe back", "I will sub you". */
    private static boolean reciprocal(PromoTokens t, int i) {
        // both forms start at a unit of attention or a subscribe verb ("follow" is a unit)
        if (!t.is(i, SUBSCRIBE) && !t.in(i, ATTENTION_UNITS)) {
            return false;
        }
        boolean four = t.isNumber(i + 1, "4") || t.isWord(i + 1, "for") || t.isWord(i + 1, "four");
        if (four && t.isKind(i + 2, TokenKind.WORD) && sameAttention(t, i, i + 2)) {
            // The scheme named to be refused ("we don't do follow-for-follow here", "no sub4sub here") is the room's
            // custom told to a newcomer, community business, not a trade of follows offered.
            return !refused(t, i);
        }
        if (t.is(i, SUBSCRIBE) || t.isWord(i, "follow")) {
            if (Asks.findBehind(t, i, 4, SELF_SUBJECT) < 0) {
                return false;
            }
            if (t.isWord(i + 1, "back")) {
                return true;
            }
            int you = t.isWord(i + 1, "to") ? i + 2 : i + 1;
            return t.isWord(you, "you") || t.isWord(you, "u") || t.isWord(you, "ya");
        }
        return false;
    }

    /** {@code i} ends a trade of the same attention ("sub 4 sub") that a "no" or "don't" before it refuses. */
    private static boolean secondOfRefusedTrade(PromoTokens t, int i) {
        if (i < 2) {
            return false;
        }
        boolean four = t.isNumber(i - 1, "4") || t.isWord(i - 1, "for") || t.isWord(i - 1, "four");
        return four && t.isKind(i - 2, TokenKind.WORD) && sameAttention(t, i - 2, i) && refused(t, i - 2);
    }

    /** A "no", "don't", "never" or "not" up to four words before {@code i} in its clause. */
    private static boolean refused(PromoTokens t, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 4 && !t.isBreak(j); j--) {
            if (t.in(j, OfferCues.NOT) || t.isWord(j, "no")) {
                return true;
            }
        }
        return false;
    }

    /** "sub 4 sub", "like for like": the same unit of attention on both sides (any spelling of subscribe). */
    private static boolean sameAttention(PromoTokens t, int a, int b) {
        if (t.is(a, SUBSCRIBE) && t.is(b, SUBSCRIBE)) {
            return true;
        }
        return t.in(a, ATTENTION_UNITS) && t.known(a).equals(t.known(b));
    }

    /** "check it out", "watch them", "check 'em out": an ask whose object the rest of the message names. */
    private static boolean vagueAsk(PromoTokens t, int verb) {
        String v = t.text(verb);
        if (!v.equals("check") && !v.equals("watch") && !v.equals("listen") && !v.equals("see") && !v.equals("hear")
                && !v.equals("checkout") && !v.equals("view")) {
            return false;
        }
        int object = t.isWord(verb + 1, "out") || t.isWord(verb + 1, "to") ? verb + 2 : verb + 1;
        if (!t.isKind(object, TokenKind.WORD)) {
            return false;
        }
        boolean pronoun = t.isWord(object, "it") || t.isWord(object, "them") || t.isWord(object, "em")
                || t.isWord(object, "'em") || t.isWord(object, "this");
        if (!pronoun || t.isWord(object, "this") && t.is(object + 1, PROMOTABLE)) {
            return false;
        }
        return Asks.isAsk(t, verb) && !t.inQuestion(verb);
    }

    /**
     * "take a look", "have a listen", "give it a watch": the same vague ask as "check it out", made with a light verb.
     * "... at the docs" names what to look at, so it is not vague; "let me have a look" offers help, asks nothing.
     */
    private static boolean lightVerbAsk(PromoTokens t, int verb) {
        int article = verb + 1;
        if (t.isWord(verb, "give") && (t.isWord(article, "it") || t.isWord(article, "them") || t.isWord(article, "em"))) {
            article++;
        } else if (!t.isWord(verb, "take") && !t.isWord(verb, "have")) {
            return false;
        }
        if (!t.isWord(article, "a")) {
            return false;
        }
        int noun = t.isWord(article + 1, "quick") || t.isWord(article + 1, "little") ? article + 2 : article + 1;
        if (!t.isWord(noun, "look") && !t.isWord(noun, "listen") && !t.isWord(noun, "watch")
                && !t.isWord(noun, "peek") && !t.isWord(noun, "read")) {
            return false;
        }
        if (t.isWord(noun + 1, "at") || t.isWord(noun + 1, "to") || t.isWord(noun + 1, "through")) {
            return false;
        }
        return Asks.isAsk(t, verb) && !t.inQuestion(verb);
    }

    /** "like this comment if...", "thumbs up if...", "like this if...": bait for the comment itself. */
    private static boolean commentBait(PromoTokens t, int i) {
        boolean like = t.isWord(i, "like") && Asks.isAsk(t, i);
        boolean thumbs = t.isWord(i, "thumbs") && t.isWord(i + 1, "up");
        if (!like && !thumbs) {
            return false;
        }
        int next = thumbs ? i + 2 : i + 1;
        if (t.isWord(next, "if")) {
            return true;
        }
        return t.isWord(next, "this") && (t.isWord(next + 1, "comment") || like && t.isWord(next + 1, "if"));
    }

    /**
     * A call to action for someone else's content, named as content: "check out this channel", "listen to Anna's
     * new song", "subscribe to Nordlicht", "everyone please vote for X", "follow X on instagram". Help stays out:
     * "check out the pinned message", "follow the instructions", "subscribe to the announcements channel".
     */
    private static boolean thirdPartyCall(PromoTokens t, int verb) {
        if (!Asks.isAsk(t, verb) || t.inQuestion(verb) || nounAfterOwner(t, verb)) {
            return false;
        }
        String v = t.text(verb);
        boolean leading = Asks.atClauseStart(t, verb) || t.is(verb - 1, PLEASE);
        if (t.is(verb, SUBSCRIBE) || v.equals("vote")) {
            boolean to = t.isWord(verb + 1, "to") || t.isWord(verb + 1, "for");
            // "sub" asks only with "to" ("sub to X"); alone it is a prefix too ("Sub-process")
            boolean named = (to || !v.equals("sub")) && name(t, to ? verb + 2 : verb + 1);
            if (named && (leading || !modalBefore(t, verb))) {
                return true; // not "you can subscribe to ubuntu-devel"
            }
        }
        if (v.equals("follow") && leading && name(t, verb + 1)) {
            int on = name(t, verb + 2) ? verb + 3 : verb + 2;
            return t.isWord(on, "on") && t.is(on + 1, PLATFORM);
        }
        int k = verb + 1;
        for (int particles = 0; particles < 2 && t.is(k, PARTICLE) && !t.isWord(k, "my"); particles++) {
            k++;
        }
        boolean someoneElses = false;
        for (int j = k; j < t.size() && j <= k + 7 && !t.isBreak(j); j++) {
            if (t.kind(j) != TokenKind.WORD) {
                continue;
            }
            if (t.in(j, HELP_OBJECTS) || t.is(j, MY | ME | Lexicon.TROUBLE) || t.isWord(j, "your") || t.isWord(j, "ur")) {
                return false;
            }
            if (t.in(j, PUSHED_CONTENT)) {
                return someoneElses;
            }
            if (t.in(j, STOPS)) {
                return false; // "check if the stream is still up"
            }
            if (t.isWord(j, "this") || t.isWord(j, "these") || t.isWord(j, "that") || t.endsWith(j, "'s") || name(t, j)) {
                someoneElses = true;
            }
        }
        return false;
    }

    /** Words that own what follows them: after one of them a vote or a follow is a thing, not a verb. */
    private static final String[] OWNERS = {"your", "ur", "his", "their", "its"};

    /**
     * "my vote went to the lemon drizzle", "our vote's for Bramble", "your support means a lot": after a word that
     * owns it the verb is a noun, a vote cast or a favour already given, which reports how one chose and asks nothing
     * (since session 68). English puts no owner before an imperative, so the call needs a verb free of one.
     */
    private static boolean nounAfterOwner(PromoTokens t, int verb) {
        return t.is(verb - 1, MY) || anyWord(t, verb - 1, OWNERS);
    }

    /** "you can subscribe to...", "you could vote for...": telling how, not asking. */
    private static boolean modalBefore(PromoTokens t, int verb) {
        for (int j = verb - 1; j >= 0 && j >= verb - 3 && !t.isBreak(j); j--) {
            if (t.in(j, MODALS)) {
                return true;
            }
        }
        return false;
    }

    /** A word the lexicon does not know and that is no trouble or help word: most likely a name. */
    private static boolean name(PromoTokens t, int i) {
        if (!t.isKind(i, TokenKind.WORD) || t.classes(i) != 0) {
            return false;
        }
        return t.length(i) > 1 && !t.endsWith(i, "ing") && !t.in(i, HELP_OBJECTS) && !t.in(i, PUSHED_CONTENT)
                && !t.in(i, COMMON);
    }

    /** "tell me what you think", "let me know what you think", "leave some feedback", "give me feedback". */
    private static boolean feedbackAsk(PromoTokens t, int i) {
        if (t.isWord(i, "feedback")) {
            return Asks.findBehind(t, i, 3, CALL_TO_ACTION) >= 0 || t.isWord(i - 1, "me") || t.isWord(i - 1, "some");
        }
        return t.isWord(i, "what") && t.isWord(i + 1, "you") && t.isWord(i + 2, "think")
                && (t.isWord(i - 1, "me") || t.isWord(i - 1, "know"));
    }
}
