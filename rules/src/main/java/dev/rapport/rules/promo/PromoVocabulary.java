package dev.rapport.rules.promo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every word the promotion cues name: the {@link Lexicon}'s and each cue finder's word lists. The tokenizer looks
 * each word of a message up here once, from its characters, and keeps the table's own {@code String}: a word that
 * is listed somewhere costs no allocation, and a word that is not can be in no list, so the cues test list
 * membership without ever making the message's words into strings ({@link PromoTokens#in}). A test checks that
 * every word list of the package is here.
 */
final class PromoVocabulary {
    static final WordTable TABLE = build();

    private PromoVocabulary() {
    }

    private static WordTable build() {
        Set<String> all = new HashSet<>(Lexicon.words());
        List<WordList> lists = new java.util.ArrayList<>();
        all.addAll(Lexicon.CONTRACTIONS);
        for (WordList list : List.of(AskCues.NEEDS_A_PLACE, AskCues.ATTENTION_UNITS, AskCues.QUANTIFIERS,
                AskCues.LIKED_NOT_MADE, AskCues.OPEN_ENDS, AskCues.WH_WORDS, AskCues.THIRD_PARTY_VERBS, AskCues.PUSHED_CONTENT,
                AskCues.HELP_OBJECTS, AskCues.STOPS, AskCues.MODALS, AskCues.COMMON, Asks.DO_SUPPORT,
                Asks.BUTTON_VERBS, CreatorCues.GOAL_UNITS, CreatorCues.GOAL_VERBS, CreatorCues.LINKING_VERBS,
                LinkCues.LINK_ASKS, LinkCues.FRAMING, OfferCues.EARN_VERBS, OfferCues.SCHEME_MARKERS,
                OfferCues.SCHEME_PHRASES_FIRST, OfferCues.NOW_VERBS, OfferCues.CALL_WORDS, OfferCues.VOCATIVES,
                OfferCues.CONDITIONS, OfferCues.NOT, OfferCues.CODE_KINDS, ShopCues.NUMBER_WORDS, ShopCues.DEAL_ENDS,
                ShopCues.CURRENCY_CODES, ShopCues.PAID, ShopCues.SALE_WORDS, ShopCues.CODE_INTROS,
                ShopCues.DROP_VERBS, ShopCues.DROP_FILLERS, ShopCues.SHOP_PLACES, ShopCues.GRATEFUL,
                ShopCues.STOCK_WORDS, ShopCues.DEADLINE_DAYS, ShopCues.OFFER_PERIODS, ShopCues.SCARCITY_HEADS,
                AskCues.ASK_STARTS, AskCues.ATTENTION_VERBS, CreatorCues.CREATOR_STARTS, OfferCues.OFFER_STARTS,
                ShopCues.SHOP_STARTS, AskCues.LOOKING, AskCues.SUBSCRIBE_LIKE, AskCues.PLEA_UNITS, AskCues.USE_VERBS,
                AskCues.ASKED_AS_GERUND, AskCues.FOR_SALE, PriceFramings.STARTS, PriceFramings.CHOOSING,
                PriceFramings.OPENING_OFFERS, LinkCues.SEEMING, CreatorCues.RELEASE_VERBS, CreatorCues.MAKING_VERBS,
                BenefitCues.BENEFIT_VERBS, BenefitCues.GAINS, BenefitCues.MEANS)) {
            all.addAll(list.words());
            lists.add(list);
        }
        return WordTable.of(all, lists);
    }
}
