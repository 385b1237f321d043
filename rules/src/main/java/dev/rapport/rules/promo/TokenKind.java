package dev.rapport.rules.promo;

/** What a token of a message is, as far as the promotion cues care. */
enum TokenKind {
    /** A word, lower-cased, elongations squeezed ("pleeease" is "please"). */
    WORD,
    /** A plain number; its text is the digits. */
    NUMBER,
    /** An amount of money written with a currency sign: "$500", "500$", "€20". */
    MONEY,
    /** A percentage: "50%". */
    PERCENT,
    /** A web link, with or without scheme ("https://x.io", "www.x.io", "x.com/y"). Its text is the lower-cased link. */
    LINK,
    /** A domain spaced out to dodge link filters: "site . com". */
    DISGUISED_LINK,
    /** "@name" or "#tag". */
    HANDLE,
    /** The end of a clause: . ! ? ; : or a line break. */
    BREAK
}
