package dev.rapport.rules.promo;

import java.util.HashMap;
import java.util.Map;

/**
 * The word classes the promotion cues are written in. A word can belong to several classes; each class is one
 * bit, so a cue tests a token with one AND.
 *
 * <p>The classes describe the grammar of promotion (a call to action, a first-person possessive, a promotable
 * thing, an audience count), not particular messages: common spelling variants are listed ("chanel", "vids",
 * "plz") because people write them, and elongations are squeezed by the tokenizer before lookup.
 */
final class Lexicon {

    /** Verbs that call for attention: "check", "visit", "watch", "subscribe", "follow", "like", "share". */
    static final int CALL_TO_ACTION = 1;
    /** Verbs that, aimed at "me"/"us", promote the writer: "subscribe to me", "follow me", "check me out". */
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

    private Lexicon() {
    }

    static int classesOf(String word) {
        Integer known = WORDS.get(word);
        if (known != null) return known;
        return subscribeVariant(word);
    }

    /** "suscribe", "subcribe", "sucscribe", "subscrib": misspellings keep the "su...cri..." skeleton. */
    private static int subscribeVariant(String w) {
        if (w.length() < 6 || w.length() > 14 || !w.startsWith("su")) return 0;
        if (!w.contains("cri") || w.contains("script")) return 0;
        if (w.endsWith("ed")) return 0;
        if (w.endsWith("er") || w.endsWith("ers") || w.endsWith("ors")) return AUDIENCE;
        if (w.endsWith("ing") || w.endsWith("tion")) return 0;
        return SUBSCRIBE | CALL_TO_ACTION | PROMOTES_WITH_ME;
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> m = new HashMap<>(1024);
        put(m, CALL_TO_ACTION, "check", "checkout", "visit", "watch", "look", "listen", "view", "peep", "see",
                "hear", "read", "discover", "explore", "try", "enjoy", "play", "download", "install", "stream",
                "click", "tune", "hit", "smash", "give", "leave", "drop", "take", "join", "support", "search",
                "google", "rate", "vote", "upvote", "like", "share", "follow", "subscribe", "sub", "donate",
                "spread", "favorite", "favourite", "fav", "retweet", "repost", "comment", "add", "buy", "get",
                "grab", "register", "signup", "help", "contribute", "back", "pledge", "go", "come", "inscreva",
                "suscribete", "suscribanse");
        put(m, PROMOTES_WITH_ME, "subscribe", "sub", "follow", "add", "check", "support", "vote", "friend",
                "like", "join", "visit", "find", "inscreva", "watch");
        put(m, SUBSCRIBE, "subscribe", "sub", "subcribe", "suscribe", "subscibe", "subsribe", "subscrive",
                "inscreva", "suscribete", "suscribanse");
        put(m, PARTICLE, "out", "at", "to", "on", "in", "into", "up", "over", "for", "through", "by", "onto",
                "about", "thru", "of", "here");
        put(m, MY, "my", "our", "mah", "mi", "meu", "minha", "mein", "mon", "ma", "mai", "myy");
        put(m, ME, "me", "us", "mee", "meh", "moi");
        put(m, PROMOTABLE | CHANNEL_LIKE | SHARED_MEDIA, "channel", "channels", "chanel", "chanell", "chanels",
                "channal", "chanal", "chhanel", "chhannel", "channle", "chennel", "chnnel", "channell", "canal",
                "chaine", "kanal", "chanle");
        put(m, PROMOTABLE | SHARED_MEDIA, "video", "videos", "vid", "vids", "vidz", "vidio", "vidios", "vidoes",
                "videoes", "vedio", "vedios", "viedo", "viedos", "playlist", "song", "songs", "track", "tracks",
                "clip", "clips", "music", "page");
        put(m, PROMOTABLE, "mixtape", "cover", "covers", "album", "single", "remix", "remixes", "rap", "raps",
                "beat", "beats", "podcast", "blog", "vlog", "vlogs", "page", "profile", "account", "website",
                "site", "shop", "store", "app", "game", "book", "ebook", "novel", "course", "newsletter", "product",
                "products", "startup", "business", "brand", "company", "project", "art", "artwork", "drawings",
                "photos", "pics", "pictures", "photography", "content", "stuff", "portfolio",
                "movie", "film", "short", "parody", "show", "series", "server", "community", "event", "webinar",
                "services", "agency", "merch", "shirts", "tshirts", "designs", "collection", "uploads",
                "creations", "gameplay", "montage", "montages", "livestream", "mix", "mixes", "ep", "lyrics",
                "comic", "gallery", "tutorials", "tutorial", "stream", "streams", "tunes", "poetry", "poems",
                "songwriting", "singing", "dance", "dances", "animations", "reviews", "songz", "fanpage", "youtube",
                "twitter", "instagram", "insta", "ig", "facebook", "fb", "twitch", "soundcloud", "tiktok", "tumblr",
                "snapchat", "reverbnation", "bandcamp", "spotify", "patreon", "etsy", "discord", "vimeo", "tsu",
                "plus", "yt", "youtub", "stuf", "shit", "vidoes", "mixtapes", "singles", "albums", "apps",
                "games", "books", "courses", "websites", "sites", "pages", "shows", "movies", "films", "projects");
        put(m, CHANNEL_LIKE | PLATFORM, "youtube", "twitter", "instagram", "insta", "ig", "facebook", "fb",
                "twitch", "soundcloud", "tiktok", "tumblr", "snapchat", "reverbnation", "bandcamp", "spotify",
                "patreon", "etsy", "vimeo", "tsu", "yt", "youtub", "kik", "skype", "itunes", "linkedin", "pinterest",
                "vine", "google", "youtu", "page", "blog", "website", "site", "profile", "account", "server");
        put(m, NEW, "new", "newest", "latest", "first", "brand", "debut", "fresh", "1st", "upcoming");
        put(m, ANNOUNCEABLE, "channel", "channels", "chanel", "chanell", "channal", "chhanel", "canal", "video",
                "videos", "vid", "vids", "vidio", "vidios", "vidoes", "playlist", "song", "songs", "track",
                "tracks", "clip", "music", "mixtape", "album", "single", "ep", "book", "ebook", "novel", "course",
                "app", "game", "shop", "store", "website", "site", "blog", "vlog", "podcast", "product", "startup",
                "brand", "business", "collection", "merch", "film", "movie", "series", "show", "newsletter",
                "remix", "cover", "covers", "youtube", "parody", "webinar", "agency", "line", "episode", "shirt",
                "shirts", "tshirt", "hoodie", "hoodies", "merch", "clothing", "apparel", "ep", "beat", "beats");
        put(m, SELF_SUBJECT, "i", "i'm", "im", "i've", "ive", "i'll", "ill", "i'd", "we", "we're", "we've",
                "we'll", "we'd", "i'ma", "imma", "ima");
        put(m, OTHER_SUBJECT, "he", "she", "they", "it", "it's", "its", "who", "that", "which", "he's", "she's",
                "they're", "there", "this", "people", "someone", "somebody", "nobody");
        put(m, ADDRESSEE, "you", "u", "ya", "y'all", "yall", "ye", "guys", "everyone", "everybody", "anyone",
                "anybody", "all", "friends", "folks", "peeps", "people", "fans", "yu", "you'll", "youll", "ppl");
        put(m, SOFTENER, "please", "pls", "plz", "plse", "plez", "plis", "pliz", "plss", "plox", "pleas", "pleez",
                "pleaz", "plzz", "plizz", "plss", "kindly", "just", "go", "come", "hey", "hi", "hello", "so", "yo",
                "ok", "okay", "and", "also", "now", "then", "lol", "guys", "everyone", "everybody", "all", "oh",
                "hiya", "sup", "also", "pleasee", "definitely", "totally", "maybe", "again", "free", "to", "too",
                "or", "but", "btw", "ps", "anyway", "huh", "man", "bro", "dude", "plzzz", "xd", "more", "pleaseee");
        put(m, PLEASE, "please", "pls", "plz", "plse", "plez", "plis", "pliz", "plss", "plox", "pleas", "pleez",
                "pleaz", "plzz", "plizz", "pleasee", "kindly", "porfavor", "pleaseee", "plss");
        put(m, AUDIENCE, "subs", "subscribers", "subscriber", "subcribers", "suscribers", "followers",
                "follower", "views", "viewers", "likes", "fans", "subbies", "members", "subscriptions", "sub's");
        put(m, OTHER_DETERMINER, "the", "this", "that", "these", "those", "a", "an", "your", "his", "her",
                "their", "its", "ur", "yours", "psy's", "katy's", "some", "any", "every", "which", "what");
        put(m, TROUBLE, "error", "errors", "bug", "bugs", "broken", "broke", "crash", "crashes", "crashed",
                "crashing", "fail", "fails", "failed", "failing", "wrong", "issue", "issues", "problem", "problems",
                "stuck", "fix", "debug", "compile", "compiles", "compiling", "exception", "traceback", "doesn't",
                "doesnt", "isn't", "isnt", "won't", "wont", "cant", "can't", "cannot", "unable", "errors", "breaks",
                "freezes", "lag", "lags", "banned", "hacked", "deleted", "removed", "undefined", "null");
        put(m, ENGAGE, "like", "share", "vote", "upvote", "comment", "rate", "retweet", "repost", "donate",
                "support", "spread", "favorite", "favourite", "fav", "thumbs", "feedback", "follow", "subscribe",
                "sub", "pledge", "contribute", "back");
        put(m, CREATOR, "youtuber", "youtubers", "rapper", "singer", "producer", "band", "vlogger", "streamer",
                "gamer", "dj", "beatboxer", "dancer", "artist", "musician", "songwriter", "remixer", "composer",
                "entertainer", "comedian", "filmmaker", "animator", "photographer", "mc", "emcee", "duo", "trio",
                "group", "channel", "youtuber's");
        put(m, MONEY, "money", "cash", "dollars", "dollar", "bucks", "paypal", "bitcoin", "bitcoins", "btc",
                "income", "profit", "profits", "euros", "pounds", "moneyz", "rich");
        put(m, LURE, "giftcard", "giftcards", "gift", "itunes", "robux", "vbucks", "coins", "gems", "gold",
                "followers", "likes", "subscribers", "subs", "views", "codes", "psn", "xbox", "amazon", "steam",
                "skins", "iphone", "ipad", "prize", "prizes", "giveaway", "money", "cash", "paypal");
        put(m, LAUNCHED, "launched", "released", "started", "made", "created", "uploaded", "opened", "published",
                "dropped", "posted", "finished", "built", "wrote", "recorded", "launching", "releasing", "starting",
                "opening", "uploading", "making", "posting", "start", "launch", "release", "upload");
        put(m, TRADE, "sell", "selling", "sells", "buy", "order", "purchase", "shop", "sold", "hire", "book");
        put(m, OFFER, "discount", "discounts", "sale", "offer", "offers", "deal", "deals", "coupon", "coupons",
                "off", "promo", "promotion", "bargain", "cheap", "cheapest", "shipping", "trial", "limited",
                "exclusive", "bonus", "special");
        put(m, PRICE_WORD, "price", "prices", "pricing", "rates", "rate", "quote", "quotes", "commissions",
                "packages", "orders", "inquiries", "enquiries", "services", "offers", "deals", "discounts");
        put(m, PRIVATE_CONTACT, "dm", "pm", "message", "inbox", "whatsapp", "contact", "email", "mail", "text",
                "call", "telegram", "dms", "pms", "hmu");
        put(m, PERIOD, "day", "week", "month", "hour", "daily", "weekly", "monthly", "hourly", "days", "weeks",
                "months", "hours", "night", "year", "per", "a");
        put(m, AUXILIARY, "will", "would", "can", "could", "should", "shall", "to", "just", "also", "really",
                "gonna", "wanna", "want", "need", "always", "never", "don't", "dont", "do", "did", "didn't",
                "didnt", "must", "might", "may", "then", "now", "have", "has", "had", "often", "usually", "only",
                "still", "already", "actually", "go", "come", "and", "try", "even", "am", "are", "was", "is",
                "be", "gotta", "got", "let's", "lets", "let", "going", "not", "never", "sometimes", "guys");
        putOtherLanguages(m);
        return Map.copyOf(m);
    }

    /** The same grammar in the other languages most common in comment sections: es, pt, fr. */
    private static void putOtherLanguages(Map<String, Integer> m) {
        put(m, CALL_TO_ACTION | PROMOTES_WITH_ME, "visiten", "visita", "visitem", "visitez", "mira", "miren",
                "veja", "vejam", "regardez", "sigueme", "siganme", "segue", "sigam", "suivez", "escuchen",
                "escucha", "ouca", "ecoutez", "abonnez", "abonne", "inscrevam", "inscrevase", "suscribanse",
                "suscribete", "subscribete", "echa", "passez", "apoyen", "curtam", "curta", "compartilhem",
                "compartan", "dale");
        put(m, SUBSCRIBE, "suscribete", "subscribete", "suscribanse", "inscrevam", "abonnez", "abonne");
        put(m, MY, "mis", "meus", "minhas", "nuestro", "nuestra", "nosso", "nossa", "mes", "notre");
        put(m, PROMOTABLE | CHANNEL_LIKE | SHARED_MEDIA | ANNOUNCEABLE, "canal", "chaine", "canais", "canales");
        put(m, PROMOTABLE | SHARED_MEDIA | ANNOUNCEABLE, "musica", "cancion", "canciones", "videos", "video",
                "clipe", "pagina", "musique", "chanson", "cancao", "musicas");
        put(m, PLEASE, "porfa", "favor", "porfavor", "svp", "pf");
        put(m, SOFTENER, "porfa", "favor", "por", "hola", "oi", "ola", "salut", "gente", "amigos", "galera");
        put(m, ADDRESSEE, "gente", "amigos", "galera", "todos", "chicos");
        put(m, PARTICLE, "a", "al", "en", "no", "na", "sur", "ma", "para", "pour");
    }

    private static void put(Map<String, Integer> m, int wordClass, String... words) {
        for (String w : words) m.merge(w, wordClass, (a, b) -> a | b);
    }
}
