package dev.rapport.rules.promo;

import java.util.HashMap;
import java.util.Map;

/**
 * The word classes the promotion cues are written in. A word can belong to several classes; each class is one
 * bit, so a cue tests a token with one AND.
 *
 * <p>The classes describe the grammar of promotion (a call to action, a first-person possessive, a promotable
 * thing, an audience count), not particular messages. Every list is dictionary vocabulary or a common chat
 * abbreviation ("vids", "plz", "dm"); misspellings are not listed one by one but matched by rule (one typing slip
 * from a few key words, see {@link #typo}), and elongations ("pleeease") are squeezed by the tokenizer before
 * lookup. No word, name or spelling here was taken from a labelled data set.
 */
final class Lexicon {

    /** Verbs that call for attention: "check", "visit", "watch", "subscribe", "follow", "like", "share". */
    static final int CALL_TO_ACTION = 1;
    /** Verbs that, aimed at "me"/"us", promote the writer: "subscribe to me, friends", "follow me", "check me out". */
    static final int PROMOTES_WITH_ME = 1 << 1;
    /** "subscribe" and "sub" in the forms of an ask (not "subscribed", "subscribers"). */
    static final int SUBSCRIBE = 1 << 2;
    /** Words that sit between a verb and its object: "out", "at", "to", "on". */
    static final int PARTICLE = 1 << 3;
    /** First-person possessives: "my", "our" (and "mah", "mi", "meu"). */
    static final int MY = 1 << 4;
    /** "me", "us". */
    static final int ME = 1 << 5;
    /** Things people promote: channel, video, song, shop, app, book, course, page, profile... */
    static final int PROMOTABLE = 1 << 6;
    /** Places content lives: channel and platform names ("on my channel", "on my instagram"). */
    static final int CHANNEL_LIKE = 1 << 7;
    /** Platforms: YouTube, Instagram, Twitter, Twitch, SoundCloud... */
    static final int PLATFORM = 1 << 8;
    /** "new", "latest", "first": what makes a thing an announcement. */
    static final int NEW = 1 << 9;
    /** First-person subjects: "I", "we", "I'll". An action they start is not an ask. */
    static final int SELF_SUBJECT = 1 << 10;
    /** Third-person subjects: "he", "she", "they", "it". */
    static final int OTHER_SUBJECT = 1 << 11;
    /** Who an ask is aimed at: "you", "guys", "everyone". */
    static final int ADDRESSEE = 1 << 12;
    /** Words that can come before an imperative without changing it: "please", "just", "go", "hey". */
    static final int SOFTENER = 1 << 13;
    /** "please" and its spellings. */
    static final int PLEASE = 1 << 14;
    /** Audience counts: subscribers, subs, followers, views, likes, fans. */
    static final int AUDIENCE = 1 << 15;
    /** Determiners that make an object someone else's or generic: "the", "this", "your", "his". */
    static final int OTHER_DETERMINER = 1 << 16;
    /** Words of a help request: error, bug, broken, crash, issue, compile... */
    static final int TROUBLE = 1 << 17;
    /** Engagement verbs: like, share, vote, upvote, comment, rate, retweet, donate, support. */
    static final int ENGAGE = 1 << 18;
    /** People who make content: youtuber, rapper, singer, producer, band, streamer. */
    static final int CREATOR = 1 << 19;
    /** Money: money, cash, dollars, bucks, paypal, bitcoin. */
    static final int MONEY = 1 << 20;
    /** Rewards handed out free to lure clicks: gift cards, codes, robux, followers. */
    static final int LURE = 1 << 21;
    /** Verbs of announcing something made: launched, released, started, made, uploaded. */
    static final int LAUNCHED = 1 << 22;
    /** Verbs of selling: sell, selling, buy, order, purchase, shop. */
    static final int TRADE = 1 << 23;
    /** Offer words: discount, sale, offer, deal, coupon, off, promo. */
    static final int OFFER = 1 << 24;
    /** Things asked for by direct message: prices, rates, pricing, quote, details. */
    static final int PRICE_WORD = 1 << 25;
    /** Ways to contact someone privately: dm, pm, message, inbox, whatsapp, contact. */
    static final int PRIVATE_CONTACT = 1 << 26;
    /** Periods for an income claim: day, week, month, hour, daily, weekly. */
    static final int PERIOD = 1 << 27;
    /** Auxiliaries and adverbs between a subject and its verb: will, can, just, really, don't. */
    static final int AUXILIARY = 1 << 28;
    /** Media kinds a share button names: video, playlist, channel, song. */
    static final int SHARED_MEDIA = 1 << 29;

    /** Things one announces as made or launched: a video, an album, an app, a shop, a course, a channel. */
    static final int ANNOUNCEABLE = 1 << 30;

    private static final Map<String, Integer> WORDS = build();

    /**
     * Words whose misspellings matter: chat is typed fast, and a word one typing slip away (a letter missing,
     * doubled, swapped or wrong: "chanel", "vidoes", "subcribe", "pleae") still means it. Only these few long words
     * are matched loosely, so ordinary words never turn into them by accident.
     */
    private static final String[] LOOSE = {"channel", "channels", "video", "videos", "subscribe", "subscribers",
            "please", "youtube", "youtuber"};

    private Lexicon() {
    }

    static int classesOf(String word) {
        Integer known = WORDS.get(word);
        if (known != null) {
            return known;
        }
        // a possessive names whose thing it is: "Anna's song" is someone else's, as "his song" is
        if (word.length() > 3 && word.endsWith("'s") && !CONTRACTIONS.contains(word)) {
            return OTHER_DETERMINER;
        }
        return typo(word);
    }

    /** Every word the lexicon classifies. */
    static java.util.Set<String> words() {
        return WORDS.keySet();
    }

    /**
     * The classes of a word that is in no word list ({@link PromoVocabulary} holds every listed one): a possessive,
     * or one typing slip from a key word. The same answer {@link #classesOf} gives, read from characters.
     */
    static int classesOfUnlisted(char[] w, int from, int len) {
        if (len > 3 && w[from + len - 2] == '\'' && w[from + len - 1] == 's') {
            return OTHER_DETERMINER;
        }
        if (len < 5) {
            return 0;
        }
        for (String key : LOOSE) {
            // a slip keeps the first letter, and a word with another one is no key word's extension either
            if (key.charAt(0) != w[from] || startsWith(w, from, len, key)) {
                continue;
            }
            if (Math.abs(key.length() - len) <= 1 && oneEditApart(key, w, from, len)) {
                return WORDS.get(key);
            }
        }
        return 0;
    }

    private static boolean startsWith(char[] w, int from, int len, String prefix) {
        if (prefix.length() > len) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (w[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #oneEditApart(String, String)} with {@code b} read from characters. */
    private static boolean oneEditApart(String a, char[] w, int from, int lb) {
        int la = a.length();
        if (la == lb) {
            int first = -1;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != w[from + i]) {
                    first = i;
                    break;
                }
            }
            if (first < 0) {
                return false; // the same word
            }
            int second = -1;
            for (int i = la - 1; i > first; i--) {
                if (a.charAt(i) != w[from + i]) {
                    second = i;
                    break;
                }
            }
            if (second < 0) {
                return true; // one substitution
            }
            return second == first + 1 && a.charAt(first) == w[from + second] && a.charAt(second) == w[from + first];
        }
        if (Math.abs(la - lb) != 1) {
            return false;
        }
        // one letter more on one side: skip it where the two first differ, the rest must match
        int shorter = Math.min(la, lb);
        int i = 0;
        while (i < shorter && a.charAt(i) == w[from + i]) {
            i++;
        }
        for (int j = i; j < shorter; j++) {
            char inA = la > lb ? a.charAt(j + 1) : a.charAt(j);
            char inW = la > lb ? w[from + j] : w[from + j + 1];
            if (inA != inW) {
                return false;
            }
        }
        return true;
    }

    /** "it's", "that's": a verb, not a possessive. */
    static final java.util.Set<String> CONTRACTIONS = java.util.Set.of("it's", "that's", "what's", "who's",
            "where's", "how's", "let's", "here's", "there's", "he's", "she's", "one's", "everyone's", "nobody's");

    /** The classes of the key word {@code w} is one typing slip away from, or 0. */
    private static int typo(String w) {
        int len = w.length();
        if (len < 5) {
            return 0;
        }
        for (String key : LOOSE) {
            // "subscribed", "pleased": an ending added is another word, not a slip
            if (w.startsWith(key)) {
                continue;
            }
            if (Math.abs(key.length() - len) <= 1 && key.charAt(0) == w.charAt(0) && oneEditApart(key, w)) {
                return WORDS.get(key);
            }
        }
        return 0;
    }

    /**
     * One insertion, deletion, substitution or swap of neighbours turns {@code a} into {@code b} (Damerau's
     * four kinds of typing slip). Linear, no allocation.
     */
    static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (a.equals(b)) {
            return false;
        }
        if (la == lb) {
            int first = -1;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    first = i;
                    break;
                }
            }
            int second = -1;
            for (int i = la - 1; i > first; i--) {
                if (a.charAt(i) != b.charAt(i)) {
                    second = i;
                    break;
                }
            }
            if (second < 0) {
                return true; // one substitution
            }
            return second == first + 1 && a.charAt(first) == b.charAt(second) && a.charAt(second) == b.charAt(first);
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        if (longer.length() - shorter.length() != 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> m = new HashMap<>(1024);
        // the verbs of a call to action in chat: attention (check, watch), engagement (like, share, follow),
        // money (donate, buy) and joining (join, register)
        put(m, CALL_TO_ACTION, "check", "checkout", "visit", "watch", "look", "listen", "view", "peep", "see",
                "hear", "read", "discover", "explore", "try", "enjoy", "play", "download", "install", "stream",
                "click", "tune", "hit", "smash", "give", "leave", "drop", "take", "join", "support", "search",
                "google", "rate", "vote", "upvote", "like", "share", "follow", "subscribe", "sub", "donate",
                "spread", "favorite", "favourite", "fav", "retweet", "repost", "comment", "add", "buy", "get",
                "grab", "register", "signup", "help", "contribute", "back", "pledge", "go", "come");
        // verbs that promote the writer when "me"/"us" is their object: "follow me", "support us"
        put(m, PROMOTES_WITH_ME, "subscribe", "sub", "follow", "add", "check", "support", "vote", "friend",
                "like", "join", "visit", "find", "watch");
        // asking for a subscription, the currency of a creator's reach
        put(m, SUBSCRIBE, "subscribe", "sub");
        // particles between a verb and its object: "check out", "vote for", "listen to"
        put(m, PARTICLE, "out", "at", "to", "on", "in", "into", "up", "over", "for", "through", "by", "onto",
                "about", "thru", "of", "here");
        // first-person possessives: what is "mine" or "ours" is what self-promotion pushes
        put(m, MY, "my", "our");
        // the writer as the object of an ask: "follow me", "support us"
        put(m, ME, "me", "us");
        // places one's content lives
        put(m, PROMOTABLE | CHANNEL_LIKE | SHARED_MEDIA, "channel", "channels");
        // kinds of content a creator makes and wants seen
        put(m, PROMOTABLE | SHARED_MEDIA, "video", "videos", "vid", "vids", "playlist", "song", "songs", "track",
                "tracks", "clip", "clips", "music", "page");
        // things of one's own that people promote: works, shops, profiles, products, communities
        put(m, PROMOTABLE, "mixtape", "cover", "covers", "album", "single", "remix", "remixes", "rap", "raps",
                "beat", "beats", "podcast", "blog", "vlog", "vlogs", "page", "profile", "account", "website",
                "site", "shop", "store", "app", "game", "book", "ebook", "novel", "course", "newsletter", "product",
                "products", "startup", "business", "brand", "company", "project", "art", "artwork", "drawings",
                "photos", "pics", "pictures", "photography", "content", "stuff", "portfolio",
                "movie", "film", "short", "parody", "show", "series", "server", "community", "event", "webinar",
                "services", "agency", "merch", "shirts", "tshirts", "designs", "collection", "uploads",
                "creations", "gameplay", "montage", "montages", "livestream", "mix", "mixes", "ep", "lyrics",
                "comic", "gallery", "tutorials", "tutorial", "stream", "streams", "tunes", "poetry", "poems",
                "songwriting", "singing", "dance", "dances", "animations", "reviews", "fanpage", "youtube",
                "twitter", "instagram", "insta", "ig", "facebook", "fb", "twitch", "soundcloud", "tiktok", "tumblr",
                "snapchat", "bandcamp", "spotify", "patreon", "etsy", "discord", "vimeo", "yt", "mixtapes",
                "singles", "albums", "apps", "games", "books", "courses", "websites", "sites", "pages", "shows",
                "movies", "films", "projects", "newsletter", "substack", "telegram",
                // one's own performance or exhibition, which people buy tickets to: "my recital on the 21st, tickets"
                "recital", "recitals", "gig", "gigs", "concert", "concerts", "exhibition", "exhibitions",
                // one's own teaching people pay a place at, as they pay for a course: "my workshop still has spots"
                "workshop", "workshops", "masterclass", "masterclasses", "bootcamp", "bootcamps",
                // one's own stock put in a list for buyers, as a shop is: "my winter catalogue is up: …"
                "catalogue", "catalog", "catalogues", "catalogs");
        // the big social and creator platforms and the words for a presence on one
        put(m, CHANNEL_LIKE | PLATFORM, "youtube", "twitter", "instagram", "insta", "ig", "facebook", "fb",
                "twitch", "soundcloud", "tiktok", "tumblr", "snapchat", "bandcamp", "spotify", "patreon", "etsy",
                "vimeo", "yt", "kik", "skype", "itunes", "linkedin", "pinterest", "google", "page", "blog",
                "website", "site", "profile", "account", "server", "discord", "telegram", "substack", "threads",
                "bluesky", "mastodon", "reddit");
        // what makes something an announcement
        put(m, NEW, "new", "newest", "latest", "first", "brand", "debut", "fresh", "1st", "upcoming");
        // things one announces as made or launched
        put(m, ANNOUNCEABLE, "channel", "channels", "video", "videos", "vid", "vids", "playlist", "song",
                "songs", "track", "tracks", "clip", "music", "mixtape", "album", "single", "ep", "book", "ebook",
                "novel", "course", "app", "game", "shop", "store", "website", "site", "blog", "vlog", "podcast",
                "product", "startup", "brand", "business", "collection", "merch", "film", "movie", "series", "show",
                "newsletter", "remix", "cover", "covers", "youtube", "parody", "webinar", "agency", "line",
                "episode", "shirt", "shirts", "tshirt", "hoodie", "hoodies", "clothing", "apparel", "beat",
                "beats", "server", "community", "template", "templates", "plugin", "tool");
        // first-person subjects: what "I" or "we" do is a statement, not an ask
        put(m, SELF_SUBJECT, "i", "i'm", "im", "i've", "ive", "i'll", "ill", "i'd", "we", "we're", "we've",
                "we'll", "we'd", "i'ma", "imma", "ima");
        // third-person subjects: what someone else does is not the writer's ask
        put(m, OTHER_SUBJECT, "he", "she", "they", "it", "it's", "its", "who", "that", "which", "he's", "she's",
                "they're", "there", "this", "people", "someone", "somebody", "nobody");
        // whom an ask is aimed at: the reader, or the crowd
        put(m, ADDRESSEE, "you", "u", "ya", "y'all", "yall", "ye", "guys", "everyone", "everybody", "anyone",
                "anybody", "all", "friends", "folks", "peeps", "people", "fans", "you'll", "youll", "ppl");
        // words that can stand before an imperative without changing it: greetings, "please", fillers
        put(m, SOFTENER, "please", "pls", "plz", "kindly", "just", "go", "come", "hey", "hi", "hello", "so", "yo",
                "ok", "okay", "and", "also", "now", "then", "lol", "guys", "everyone", "everybody", "all", "oh",
                "hiya", "sup", "definitely", "totally", "maybe", "again", "free", "to", "too", "or", "but", "btw",
                "ps", "anyway", "huh", "man", "bro", "dude", "xd", "more");
        // "please" and its common chat abbreviations
        put(m, PLEASE, "please", "pls", "plz", "plox", "kindly");
        // the units an audience is counted in
        put(m, AUDIENCE, "subs", "subscribers", "subscriber", "followers", "follower", "views", "viewers",
                "likes", "fans", "members", "subscriptions");
        // determiners that make a thing someone else's or generic, not "mine"
        put(m, OTHER_DETERMINER, "the", "this", "that", "these", "those", "a", "an", "your", "his", "her",
                "their", "its", "ur", "yours", "some", "any", "every", "which", "what");
        // words of someone asking for help with their own thing rather than promoting it
        put(m, TROUBLE, "error", "errors", "bug", "bugs", "broken", "broke", "crash", "crashes", "crashed",
                "crashing", "fail", "fails", "failed", "failing", "wrong", "issue", "issues", "problem", "problems",
                "stuck", "fix", "debug", "compile", "compiles", "compiling", "exception", "traceback", "doesn't",
                "doesnt", "isn't", "isnt", "won't", "wont", "cant", "can't", "cannot", "unable", "breaks",
                "freezes", "lag", "lags", "banned", "hacked", "deleted", "removed", "undefined", "null",
                // an account's or a payment's trouble: "can you check my account? card got declined" asks for service
                "declined", "locked", "suspended");
        // what engagement asks ask for
        put(m, ENGAGE, "like", "share", "vote", "upvote", "comment", "rate", "retweet", "repost", "donate",
                "support", "spread", "favorite", "favourite", "fav", "thumbs", "feedback", "follow", "subscribe",
                "sub", "pledge", "contribute", "back");
        // people who make content and have an audience to grow
        put(m, CREATOR, "youtuber", "youtubers", "rapper", "singer", "producer", "band", "vlogger", "streamer",
                "gamer", "dj", "dancer", "artist", "musician", "songwriter", "composer", "comedian", "filmmaker",
                "animator", "photographer", "designer", "illustrator", "developer", "writer", "author", "coach",
                "consultant", "freelancer", "podcaster", "creator", "duo", "trio", "group", "channel");
        // money and the ways it is paid: the subject of money-for-nothing offers
        put(m, MONEY, "money", "cash", "dollars", "dollar", "bucks", "paypal", "bitcoin", "bitcoins", "btc",
                "crypto", "income", "profit", "profits", "euros", "pounds", "rich");
        // rewards promised free to lure clicks: gift cards, in-game currencies, audience, devices, cash
        put(m, LURE, "giftcard", "giftcards", "gift", "robux", "vbucks", "coins", "gems", "followers", "likes",
                "subscribers", "subs", "views", "codes", "skins", "iphone", "prize", "prizes", "giveaway", "money",
                "cash", "paypal", "nitro");
        // verbs of making and releasing: how creators announce what they made
        put(m, LAUNCHED, "launched", "released", "started", "made", "created", "uploaded", "opened", "published",
                "dropped", "posted", "finished", "built", "wrote", "recorded", "launching", "releasing", "starting",
                "opening", "uploading", "making", "posting", "start", "launch", "release", "upload");
        // verbs of buying, selling and hiring
        put(m, TRADE, "sell", "selling", "sells", "buy", "order", "purchase", "shop", "sold", "hire", "book");
        // the vocabulary of offers: discounts, deals, limited and exclusive
        put(m, OFFER, "discount", "discounts", "sale", "offer", "offers", "deal", "deals", "coupon", "coupons",
                "off", "promo", "promotion", "bargain", "cheap", "cheapest", "shipping", "trial", "limited",
                "exclusive", "bonus", "special");
        // what a seller offers to send privately: prices, rates, quotes
        put(m, PRICE_WORD, "price", "prices", "pricing", "rates", "rate", "quote", "quotes", "commissions",
                "packages", "orders", "inquiries", "enquiries", "services", "offers", "deals", "discounts");
        // ways of taking a conversation private, where a sale is closed
        put(m, PRIVATE_CONTACT, "dm", "pm", "message", "inbox", "whatsapp", "contact", "email", "mail", "text",
                "call", "telegram", "dms", "pms", "hmu");
        // periods an income claim is stated per: "$500 a day"
        put(m, PERIOD, "day", "week", "month", "hour", "daily", "weekly", "monthly", "hourly", "days", "weeks",
                "months", "hours", "night", "year", "per", "a");
        // auxiliaries and adverbs that sit between a subject and its verb
        put(m, AUXILIARY, "will", "would", "can", "could", "should", "shall", "to", "just", "also", "really",
                "gonna", "wanna", "want", "need", "always", "never", "don't", "dont", "do", "did", "didn't",
                "didnt", "must", "might", "may", "then", "now", "have", "has", "had", "often", "usually", "only",
                "still", "already", "actually", "go", "come", "and", "try", "even", "am", "are", "was", "is",
                "be", "gotta", "got", "let's", "lets", "let", "going", "not", "sometimes", "guys");
        putOtherLanguages(m);
        return Map.copyOf(m);
    }

    /**
     * The same grammar in the other languages most spoken in chat communities after English (Spanish, Portuguese,
     * French, German): the dictionary words for visit, follow, subscribe, my, channel, please.
     */
    private static void putOtherLanguages(Map<String, Integer> m) {
        put(m, CALL_TO_ACTION | PROMOTES_WITH_ME, "visita", "visiten", "visite", "visitem", "visitez", "mira",
                "miren", "veja", "vejam", "regardez", "sigueme", "siganme", "segue", "sigam", "suivez", "escucha",
                "escuchen", "ecoutez", "abonnez", "abonne", "suscribete", "suscribanse", "inscreva", "inscrevam",
                "besucht", "folgt", "abonniert");
        put(m, SUBSCRIBE, "suscribete", "suscribanse", "inscreva", "inscrevam", "abonnez", "abonne", "abonniert");
        put(m, MY, "mi", "mis", "meu", "minha", "meus", "minhas", "nuestro", "nuestra", "nosso", "nossa", "mon",
                "ma", "mes", "notre", "mein", "meine", "unser", "unsere");
        put(m, PROMOTABLE | CHANNEL_LIKE | SHARED_MEDIA | ANNOUNCEABLE, "canal", "canales", "canais", "chaine",
                "kanal");
        put(m, PROMOTABLE | SHARED_MEDIA | ANNOUNCEABLE, "musica", "cancion", "canciones", "clipe", "pagina",
                "musique", "chanson", "musik", "lied");
        put(m, PLEASE, "porfavor", "porfa", "svp", "bitte");
        put(m, SOFTENER, "porfa", "favor", "por", "hola", "oi", "ola", "salut");
        put(m, ADDRESSEE, "gente", "amigos", "todos");
        put(m, PARTICLE, "a", "al", "en", "no", "na", "sur", "para", "pour");
    }

    private static void put(Map<String, Integer> m, int wordClass, String... words) {
        for (String w : words) {
            m.merge(w, wordClass, (a, b) -> a | b);
        }
    }
}
