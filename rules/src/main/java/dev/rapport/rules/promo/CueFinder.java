package dev.rapport.rules.promo;

import java.util.Set;

/** Finds one family of promotion cues in a tokenised message. Stateless, so one instance serves every thread. */
interface CueFinder {
    void find(PromoTokens tokens, Set<Cue> found);
}
