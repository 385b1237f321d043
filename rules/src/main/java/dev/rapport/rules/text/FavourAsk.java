package dev.rapport.rules.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A favour asked for one's own stuff, worded as a request to one person: "could you follow my page as well?", "can you
 * like and share my post?", "would you vote for me?". It has a question mark but asks for attention, not for an
 * answer: whether it is heard is {@code oneway.asks}' concern for the one asking, and the person asked owes nothing
 * ({@code oneway.unanswered} does not wait for it).
 *
 * <p>The promotion detector recognises calls to a promotable thing (a channel, a video, a review of one's shop);
 * this recognises the request form around the verbs of online attention whatever the thing is, so it is asked only
 * where that form matters: is a question put to someone owed an answer. Requests that need a reply ("could you follow
 * up on my order?", "would you like to join my stall?", "can you check my invoice?") are not favours of this kind.
 */
public final class FavourAsk {
    /** Ways of asking one person for something (general English). */
    private static final Set<String> REQUEST = Set.of("could", "can", "would", "will", "please", "pls", "plz", "mind");
    /**
     * The verbs of online attention asked as a favour ({@link AttentionVerbs#FAVOUR}; not "review", "visit" or "join",
     * which ask for real work or time).
     */
    private static final Set<String> ATTENTION = Set.copyOf(AttentionVerbs.FAVOUR);
    /** The asker's own stuff, or the asker. */
    private static final Set<String> OWN = Set.of("my", "our", "me", "us");
    /** Verbs that hand the asker a unit of attention: "leave us 5 stars", "give me a follow". */
    private static final Set<String> GIVING = Set.of("leave", "give", "drop", "leaving", "giving", "dropping");
    /**
     * Who may be handed the unit besides "us"/"me": "it", or the asker's thing by its name ("leave Breadbox a
     * review"), not a person pointed at ("give her a follow") nor a determiner ("leave a review of the draft").
     */
    private static final Set<String> NOT_NAMED_THING = Set.of("her", "him", "them", "his", "your", "their", "a",
            "an", "the", "this", "that", "some", "any");
    /** What is handed over that way: a rating, a review, a follow (general English of app stores and platforms). */
    private static final Set<String> UNITS = Set.of("star", "stars", "rating", "review", "follow", "like", "sub",
            "upvote", "share", "wishlist", "vote", "votes", "point", "points", "nomination", "fave", "favourite",
            "favorite");
    /** Words from "us"/"me" to the unit: "us a quick 5 star review". */
    private static final int OWN_TO_UNIT = 4;
    /** Words from a request to its verb: "could you please also", "would you mind". */
    private static final int REQUEST_TO_VERB = 4;
    /** Words from the verb to whose it is: "like and share my", "vote for me", "check out our". */
    private static final int VERB_TO_OWN = 3;
    /**
     * Words that make the object someone else's: "can you share your notes?" asks for the other person's thing (an
     * answer is owed), not for attention to the asker's.
     */
    private static final Set<String> OTHER_OBJECT = Set.of("your", "yours", "his", "her", "their");
    /** The verbs whose object is an account or a post ({@link AttentionVerbs#ON_ACCOUNTS}). */
    private static final Set<String> ON_ACCOUNTS = Set.copyOf(AttentionVerbs.ON_ACCOUNTS);
    /** Where one follows, subscribes to or rates a show, a channel or a page (general English of the platforms). */
    static final Set<String> PLATFORMS = Set.of("spotify", "apple", "itunes", "youtube", "yt", "instagram",
            "insta", "ig", "twitter", "tiktok", "twitch", "facebook", "fb", "soundcloud", "bandcamp", "steam",
            "patreon", "substack", "linkedin", "goodreads", "amazon", "etsy", "pinterest", "threads", "bluesky",
            "mastodon", "reddit", "podcasts", "google", "appstore", "playstore");
    /** What one follows to do something ("follow the steps on youtube"): guidance, not an account. */
    private static final Set<String> GUIDANCE = Set.of("steps", "step", "instructions", "guide", "tutorial", "advice",
            "recipe", "directions", "rules", "link", "thread", "video");
    /**
     * What one follows or subscribes to that is a whole account: "the show", "the podcast", "the page" (general
     * English of the platforms). Asked of one person with "the" and nothing after it, it is the asker's own:
     * someone recommending another's show names it or says "this", and one asks a favour for the thing one runs.
     */
    static final Set<String> ACCOUNTS = Set.of("show", "podcast", "channel", "page", "account", "stream",
            "newsletter", "blog", "band");
    /** Words from the verb to "on": "follow the night market on instagram". */
    private static final int THING_TO_PLATFORM = 6;
    /** Marks the end of a sentence among the words: whose thing it is is said in the request's own sentence. */
    private static final String END = "|";
    /**
     * Where an app is rated, said the way its makers say it: "on the store", "on the app store", "on the play store"
     * (general English of app makers). Only ending the request: "follow the signs on the store front" goes on.
     */
    private static final Set<String> STORE_KIND = Set.of("app", "play");
    /** What may follow "the store" and end the request: "on the store too?", "on the app store when you can". */
    private static final Set<String> AFTER_STORE = Set.of(END, "too", "please", "pls", "and", "when", "if", "for");
    /** The verbs whose object is an account or a post, as asked after "would you mind" ("mind rating it?"). */
    private static final Set<String> ON_ACCOUNTS_ASKED = Set.copyOf(AttentionVerbs.ON_ACCOUNTS_ASKED);
    /** Words that take a unit handed over to the asker's thing: "three stars for our game", "a like on our post". */
    private static final Set<String> UNIT_TO = Set.of("for", "to", "on");
    /** Words from the unit's preposition to whose thing it is: "for my", "to our new". */
    private static final int TO_OWN = 2;
    /** A sentence end, made a word of its own ({@link #END}) between spaces. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!;]+");
    private static final String END_AS_WORD = " " + END + " ";
    /** A dot between letters, inside a handle or a site's name. */
    private static final Pattern DOT_IN_NAME = Pattern.compile("(?<=\\p{L})\\.(?=\\p{L})");
    /**
     * What separates words ({@code NOT_A_WORD_OR_END} keeps the sentence ends); compiled once, as each of these: a
     * String.split or replaceAll with a pattern compiled it again on every message read.
     */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}']+");
    private static final Pattern NOT_A_WORD_OR_END = Pattern.compile("[^\\p{L}'|]+");

    private FavourAsk() {
    }

    /**
     * Words that put a request to everyone in a room rather than to one person: "could anyone here follow...", "can
     * you all vote for...", "if everyone could star..." (general English).
     */
    private static final Set<String> THE_ROOM = Set.of("anyone", "anybody", "everyone", "everybody", "someone",
            "somebody", "y'all", "yall", "guys", "folks", "all");

    /**
     * Whether {@code text} asks the whole room, as a request, for attention to the writer's own stuff ("could you all
     * upvote my entry?", "if anyone here could follow my page it would mean a lot"): the same favour as {@link #is},
     * put to everyone at once.
     */
    public static boolean ofTheRoom(String text) {
        return is(text) && namesTheRoom(text);
    }

    /**
     * Whether {@code text} names the whole room ("you all", "anyone here", "folks"): with {@link #is}, the favour is
     * asked of everyone at once ({@link #ofTheRoom}).
     */
    public static boolean namesTheRoom(String text) {
        for (String w : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
            if (THE_ROOM.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Words from a request to "vote": "could you please vote", "would you mind voting". */
    private static final int REQUEST_TO_VOTE = 4;

    /**
     * Whether {@code text} asks one person, as a request, to vote for something named, and {@code hasLink} says where
     * ("could you vote for Pip's entry? <link>"): whoever's entry it is, the answer is the vote, cast elsewhere, which
     * nobody sees in the chat; a word back is not what was asked. Without a link it may ask an opinion ("would you vote
     * for the blue logo or the green?"), which is owed an answer.
     */
    public static boolean voteWithLink(String text, boolean hasLink) {
        if (!hasLink || text == null || text.isEmpty() || !Lowered.contains(Lowered.view(text), "vote")
                || !mayAsk(Lowered.view(text))) {
            return false;
        }
        String[] words = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("[.?!;]+", " " + END + " ")
                .split("[^\\p{L}'|]+");
        int request = -1;
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            if (END.equals(w)) {
                request = -1;
            } else if (REQUEST.contains(w)) {
                request = i;
            } else if (request >= 0 && i - request <= REQUEST_TO_VOTE && (w.equals("vote") || w.equals("upvote"))
                    && words[i + 1].equals("for") && i + 2 < words.length && !END.equals(words[i + 2])) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} asks, as a request, for attention to the writer's own stuff. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty() || !mayAsk(Lowered.view(text))) {
            return false;
        }
        // Sentence ends become words of their own: "could you share the file? our team needs it" asks for the file,
        // and the "our" of the next sentence is not what was asked about.
        // A dot between letters joins a handle or a site into one name ("@corner.books", "corner.shop"): it ends no
        // sentence, and the thing asked for is named by the whole of it.
        String lowered = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String[] words = NOT_A_WORD_OR_END.split(SENTENCE_END.matcher(DOT_IN_NAME.matcher(lowered).replaceAll(""))
                .replaceAll(END_AS_WORD));
        int request = -1;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (END.equals(w)) {
                request = -1;
            } else if (REQUEST.contains(w)) {
                request = i;
            } else if (request >= 0 && i - request <= REQUEST_TO_VERB && ATTENTION.contains(w)
                    && attentionVerb(words, i)
                    && (ownAfter(words, i) || accountOnPlatform(words, i) || theAccount(words, i))) {
                return true;
            } else if (request >= 0 && GIVING.contains(w) && (unitGivenToAsker(words, i)
                    || unitForAskersThing(words, i))) {
                // "could you sub to the show and leave us 5 stars?": the request reaches its second verb
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of {@link #REQUEST} is in the lowered text, as a word or inside one: every favour asked has one, and
     * most messages turn away here, before the text is lowered, rewritten and split by regular expressions.
     */
    private static boolean mayAsk(String t) {
        for (String w : REQUEST) {
            if (Lowered.contains(t, w)) {
                return true;
            }
        }
        return false;
    }

    /** The verb as one of attention: "follow up", "like to", "check if" are other verbs; "check" only with "out". */
    private static boolean attentionVerb(String[] words, int i) {
        String next = i + 1 < words.length ? words[i + 1] : "";
        return switch (words[i]) {
            case "follow" -> !next.equals("up") && !next.equals("through");
            // "would you like my notes?" offers; "could you like my post?" asks.
            case "like" -> (OWN.contains(next) || next.equals("and")) && !(i >= 2 && words[i - 1].equals("you")
                    && (words[i - 2].equals("would") || words[i - 2].equals("do") || words[i - 2].equals("did")));
            case "check" -> next.equals("out");
            default -> true;
        };
    }

    /**
     * "leave us 5 stars", "give me a follow", "would you mind leaving Breadbox a 5 star review?": the asker, or the
     * asker's thing by its name, is handed a unit of attention.
     */
    private static boolean unitGivenToAsker(String[] words, int verb) {
        int own = verb + 1;
        if (own >= words.length || END.equals(words[own])) {
            return false;
        }
        // "give my page a follow", "leave our shop a review": the asker's own thing, named as theirs
        boolean mine = (words[own].equals("my") || words[own].equals("our")) && own + 2 < words.length
                && (words[own + 2].equals("a") || words[own + 2].equals("an"));
        boolean asker = words[own].equals("us") || words[own].equals("me") || words[own].equals("it") || mine;
        // a named thing is the recipient only when "a"/"an" follows it: "leave Breadbox a review"
        boolean named = !asker && !NOT_NAMED_THING.contains(words[own]) && own + 1 < words.length
                && (words[own + 1].equals("a") || words[own + 1].equals("an"));
        if (!asker && !named) {
            return false;
        }
        for (int k = own + 1; k < words.length && k <= own + OWN_TO_UNIT; k++) {
            if (UNITS.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "could you follow the show on spotify", "can you sub to Hill Notes on youtube": what one follows, subscribes to
     * or rates on a platform is an account there, and asked of one person as a favour it is the asker's (one
     * recommends someone else's: "you should follow them"). Not what is someone else's ("your", "her").
     */
    private static boolean accountOnPlatform(String[] words, int verb) {
        if (!ON_ACCOUNTS.contains(words[verb]) && !ON_ACCOUNTS_ASKED.contains(words[verb])) {
            return false;
        }
        for (int k = verb + 1; k < words.length - 1 && k <= verb + THING_TO_PLATFORM; k++) {
            if (END.equals(words[k]) || OTHER_OBJECT.contains(words[k]) || GUIDANCE.contains(words[k])) {
                return false;
            }
            if (words[k].equals("on") && (PLATFORMS.contains(words[k + 1]) || onTheStore(words, k + 1))) {
                return k > verb + 1;
            }
        }
        return false;
    }

    /**
     * "the store", "the app store", "the play store" from {@code from}, ending the request: an app's store page, where
     * one rates an app the way one follows a page on a platform.
     */
    private static boolean onTheStore(String[] words, int from) {
        int k = from;
        if (k < words.length && words[k].equals("the")) {
            k++;
        }
        if (k < words.length && STORE_KIND.contains(words[k])) {
            k++;
        }
        if (k == from || k >= words.length || !words[k].equals("store")) {
            return false;
        }
        return k + 1 >= words.length || AFTER_STORE.contains(words[k + 1]);
    }

    /**
     * "can you leave three stars for our game?", "can you give a like to our post?": a unit of attention handed over
     * for the asker's own thing, named as theirs after the unit (not "three stars for her shop", "a review of my
     * draft", which asks for the reading).
     */
    private static boolean unitForAskersThing(String[] words, int verb) {
        for (int k = verb + 1; k < words.length - 1 && k <= verb + OWN_TO_UNIT; k++) {
            if (END.equals(words[k]) || OTHER_OBJECT.contains(words[k]) || NOT_NAMED_THING.contains(words[k])
                    && !words[k].equals("a") && !words[k].equals("an")) {
                return false;
            }
            if (UNITS.contains(words[k])) {
                if (!UNIT_TO.contains(words[k + 1])) {
                    return false;
                }
                for (int o = k + 2; o < words.length && o <= k + 1 + TO_OWN; o++) {
                    if (OWN.contains(words[o])) {
                        return true;
                    }
                    if (END.equals(words[o]) || OTHER_OBJECT.contains(words[o])) {
                        return false;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * "would you mind following the band?", "could you sub to the channel too?": the account asked for, named by "the"
     * and ending the request (not "follow the channel rules", "subscribe to the show's feed").
     */
    private static boolean theAccount(String[] words, int verb) {
        if (!ON_ACCOUNTS.contains(words[verb]) && !words[verb].equals("following")
                && !words[verb].equals("subscribing")) {
            return false;
        }
        int k = verb + 1;
        if (k < words.length && words[k].equals("to")) {
            k++;
        }
        if (k + 1 >= words.length || !words[k].equals("the")) {
            return false;
        }
        String after = k + 2 < words.length ? words[k + 2] : END;
        boolean ends = END.equals(after) || after.equals("too") || after.equals("please") || after.equals("pls");
        return ACCOUNTS.contains(words[k + 1]) && ends || namedOnPlatform(words, k + 1);
    }

    /**
     * "could you follow the choir youtube?", "can you follow the band tiktok too?": the account named by a word
     * or two and the platform it is on, ending the request (not "follow the steps youtube gave", which goes on).
     */
    private static boolean namedOnPlatform(String[] words, int from) {
        for (int k = from; k < words.length && k <= from + 2; k++) {
            if (END.equals(words[k]) || GUIDANCE.contains(words[k]) || OTHER_OBJECT.contains(words[k])) {
                return false;
            }
            if (k > from && PLATFORMS.contains(words[k])) {
                String after = k + 1 < words.length ? words[k + 1] : END;
                return END.equals(after) || after.equals("too") || after.equals("please") || after.equals("pls");
            }
        }
        return false;
    }

    private static boolean ownAfter(String[] words, int verb) {
        for (int k = verb + 1; k < words.length && k <= verb + VERB_TO_OWN; k++) {
            if (OWN.contains(words[k])) {
                return true;
            }
            if (END.equals(words[k]) || OTHER_OBJECT.contains(words[k])) {
                return false;
            }
        }
        return false;
    }
}
