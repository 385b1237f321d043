package dev.rapport.rules.promo;

/**
 * One structure of promotion the detector recognises. Each cue belongs to one or more families (self-promotion,
 * sales pitch, engagement ask) and carries a weight: strong cues (0.75 and up) decide a family alone, weak ones
 * only together ({@link SelfPromotionDetector} combines weights as independent evidence, 1 - Π(1 - w)).
 */
enum Cue {
    /** A call to action aimed at the writer's own stuff: "have a look at my latest stream", "visit our shop". */
    CALL_TO_OWN_STUFF(0.9, Family.SELF | Family.ENGAGEMENT),
    /** The writer as the object of an ask: "subscribe to me, friends", "follow me on twitter", "check me out". */
    CALL_TO_SELF(0.9, Family.SELF | Family.ENGAGEMENT),
    /** Trading attention: "sub4sub", "follow 4 follow", "I'll subscribe back". */
    RECIPROCAL_ASK(0.95, Family.SELF | Family.ENGAGEMENT),
    /** A bare "please subscribe", "like and subscribe, folks": in a comment, always for the writer. */
    SUBSCRIBE_ASK(0.85, Family.SELF | Family.ENGAGEMENT),
    /** An audience goal or count of one's own: "help me get to 40 members", "if I reach 300 followers". */
    AUDIENCE_GOAL(0.8, Family.SELF),
    /** Announcing something made: "my new video", "we just launched", "I just started my channel". */
    ANNOUNCEMENT(0.8, Family.SELF),
    /** Introducing oneself as a creator: "I'm a new youtuber", "we are a small band". Weak alone. */
    CREATOR_INTRO(0.55, Family.SELF),
    /** Mentioning one's own channel or videos without an ask: "there is a video on my channel". Weak alone. */
    OWN_CHANNEL_MENTION(0.5, Family.SELF),
    /** An ask with a vague object, "check it out", "watch them": promotion only with something of one's own. */
    VAGUE_ASK(0.45, Family.SELF | Family.ENGAGEMENT),
    /** Presenting one's own thing: "this is my new song", "here's my shop". */
    SHOWING_OWN_STUFF(0.8, Family.SELF),
    /** A share button's words pushing content: "Check out this video on <site>: <title>". */
    SHARE_TEMPLATE(0.8, Family.SELF | Family.ENGAGEMENT),
    /** A link next to one's own promotable thing: "my new song https://...". */
    OWN_LINK(0.8, Family.SELF),
    /** "link in bio". */
    LINK_IN_BIO(0.85, Family.SELF),
    /** A link that pays or credits the writer: referral or affiliate codes. */
    REFERRAL_LINK(0.85, Family.SELF),
    /** A shortened link: it hides where it goes, which is why spam uses it. Weak alone: people shorten links too. */
    SHORTENED_LINK(0.5, Family.SELF),
    /** A domain disguised to get past link filters: "mysite . com", "mysite[.]com", "mysite dot com". */
    DISGUISED_LINK(0.8, Family.SELF),
    /** A link with an engagement ask: "like this page! https://...", "vote for us https://...". */
    LINK_WITH_ASK(0.75, Family.SELF | Family.ENGAGEMENT),
    /** A plea with nothing but a link: "https://... plz". */
    LINK_PLEA(0.75, Family.SELF | Family.ENGAGEMENT),
    /** A link to a profile, a shop listing or a petition with next to nothing else said: a drop, not an answer. */
    PROMO_LINK_DROP(0.75, Family.SELF),
    /** A link to a profile, a shop listing or a petition among other words. Weak alone. */
    PROMO_LINK(0.5, Family.SELF),
    /** Asking for money for oneself: crowdfunding links, "donate to me". */
    FUNDRAISER(0.8, Family.SELF),
    /** "go to <site>": promotional in a comment, but also how help is given, so weak alone. */
    GO_TO_SITE(0.5, Family.SELF),
    /** Money for nothing: "make $500 a day", "get paid to share", "free gift cards". */
    MONEY_SCHEME(0.85, Family.SELF | Family.SALES),
    /** "use my code", "use my referral link". */
    OWN_CODE(0.85, Family.SELF | Family.SALES),
    /** Selling in the first person: "I'm selling", "we sell". */
    SELLING(0.85, Family.SELF | Family.SALES),
    /** Price and offer wording: "50% off", "buy now", "limited offer", "only $5 this week". */
    PRICE_OFFER(0.85, Family.SALES),
    /** A price-bearing phrase without offer wording: "only $5". Weak alone. */
    PRICE_MENTION(0.5, Family.SALES),
    /** Taking the sale private: "DM me for prices", "book a call", "hire me". */
    PRIVATE_SALE(0.9, Family.SELF | Family.SALES),
    /**
     * Engagement bait for the comment itself: "like this comment if...", "thumbs up if...". Counted as
     * self-promotion: it farms attention for the writer's comment.
     */
    COMMENT_BAIT(0.8, Family.SELF | Family.ENGAGEMENT),
    /**
     * A call to action for a friend's or someone else's channel, song or page: "check out this channel", "subscribe
     * to Nordlicht", "everyone vote for X". Pushing content at a crowd is promotion whoever owns it.
     */
    THIRD_PARTY_CALL(0.8, Family.SELF | Family.ENGAGEMENT),
    /**
     * A naked link: a message that is only a link to content (not help, not a picture), or a link with a few
     * words of attention ("check this out", "watch this", "nice!"). The archetypal unsolicited link drop.
     */
    NAKED_LINK(0.8, Family.SELF),
    /** A deal on quantity: "buy 3, get the 4th free", "3 bars for €15". */
    BUNDLE_DEAL(0.85, Family.SALES),
    /** A code to enter when buying: "code FOURFREE at checkout", "with code LAUNCH20". */
    PROMO_CODE(0.85, Family.SALES),
    /**
     * A checkout code said to still work, with the page where it is used: "the code SPRUCE still works: <shop>",
     * "BRAMBLE code still valid → <shop>". A discount kept going for whoever reads, which promotes the shop; said to
     * nobody in particular and naming no price, it makes no sale to the one it may reply to.
     */
    CODE_STILL_WORKS(0.8, Family.SELF),
    /** "pre-orders are open", "pre-order yours". */
    PRE_ORDER(0.8, Family.SALES),
    /** Scarcity and urgency: "before they're gone", "only 3 left", "sale ends Sunday". Weak alone. */
    SCARCITY(0.5, Family.SALES),
    /** An ask to buy with no price or deal: "grab one", "pick one up". Weak alone. */
    BUY_CALL(0.5, Family.SALES),
    /** A product announced as news: "new scent just dropped", "fresh batch just in". Weak alone. */
    PRODUCT_DROP(0.6, Family.SELF | Family.SALES),
    /** Stock to buy: "now available", "back in stock", "now in my shop". Weak alone. */
    IN_STOCK(0.5, Family.SALES),
    /** An offer's noun outside a question: "weekend special", "soap sale", "clearance". Weak alone. */
    SALE_WORD(0.45, Family.SALES),
    /** Asking backing for one's venture: "would love your support". Weak alone. */
    SUPPORT_ASK(0.5, Family.SELF | Family.ENGAGEMENT),
    /**
     * A plea for units of attention, whoever's they are: "every rating helps", "follows appreciated", "subscribing
     * would mean a lot". An ask for attention, but not by itself promotion of one's own work.
     */
    ATTENTION_PLEA(0.75, Family.ENGAGEMENT),
    /**
     * A favour of attention asked of the whole room for a thing named and linked: "could everyone star Quillpad?
     * <link>". An ask for attention, whoever's the thing is; asked once it is how a member asks their community.
     */
    ROOM_FAVOUR(0.75, Family.ENGAGEMENT),
    /**
     * An invitation to use one's own thing: "come play on my server", "grab my ebook", "try my app". Promotion of
     * one's own, but an ad to the room rather than an ask for attention to one's work.
     */
    INVITE_TO_OWN(0.9, Family.SELF),
    /** One's own stream announced with its link: "going live in 10 → …", "live now!", "on stream rn, come hang: …". */
    GOING_LIVE(0.8, Family.SELF),
    /**
     * A trader's notice with the page where it is taken up: stock one has just listed, places left or spaces free on
     * one's own thing, cash paid for people's things ({@link TradeNoticeCues}). An offer to the room, though its words
     * name no price and say no "my".
     */
    TRADE_NOTICE(0.8, Family.SELF | Family.SALES),
    /**
     * The writer's own dates said to be free, with a link to their own work: "I'm free on 12 and 19 October for
     * shoots: <my site>", "still available on the 14th: <my gallery>" ({@link AvailabilityCues}). An advert for one's
     * services, the diary's open room offered as slots are; self-promotion, not a sale stated, so on an answer to
     * "are you free then?" it stays the answer.
     */
    OPEN_DATES(0.8, Family.SELF),
    /** Asking for opinions on one's own stuff: "tell me what you think". Weak alone. */
    FEEDBACK_ASK(0.5, Family.ENGAGEMENT);

    final double weight;
    final int families;

    private final String id;

    Cue(double weight, int families) {
        this.weight = weight;
        this.families = families;
        this.id = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The cue's name in verdicts and reports: {@code CALL_TO_OWN_STUFF} is "call-to-own-stuff". */
    String id() {
        return id;
    }

    boolean in(int family) {
        return (families & family) != 0;
    }

    /** Bit flags for the verdict's three questions. */
    static final class Family {
        static final int SELF = 1;
        static final int SALES = 1 << 1;
        static final int ENGAGEMENT = 1 << 2;

        private Family() {
        }
    }
}
