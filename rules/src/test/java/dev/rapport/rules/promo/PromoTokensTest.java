package dev.rapport.rules.promo;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tokenizer keeps message words as characters and tests list membership through the vocabulary; these
 * specify what makes that safe: every list is in the vocabulary, and reused buffers never leak one message into
 * the next.
 */
class PromoTokensTest {
    /** Lists read from inside links (hosts, query parameters, path segments), never from words. */
    private static final Set<String> URL_PARTS = Set.of("REFERRAL_PARAMETERS", "REFERRAL_SEGMENTS",
            "FUNDRAISING_HOSTS", "SHORTENERS");

    @Test
    void everyWordListOfTheCuesIsInTheVocabularyWithABitOfItsOwn() throws IllegalAccessException {
        Set<Long> bits = new HashSet<>();
        for (Class<?> type : List.of(AskCues.class, Asks.class, CreatorCues.class, OfferCues.class, ShopCues.class,
                LinkCues.class, PriceFramings.class, Lexicon.class)) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object value = field.get(null);
                Set<?> words;
                if (value instanceof WordList list) {
                    assertThat(bits.add(list.bit())).as("%s.%s has a bit of its own", type.getSimpleName(),
                            field.getName()).isTrue();
                    words = list.words();
                } else if (value instanceof Set<?> set && !URL_PARTS.contains(field.getName())) {
                    words = set;
                } else {
                    continue;
                }
                for (Object word : words) {
                    assertThat(PromoVocabulary.TABLE.contains((String) word))
                            .as("%s.%s holds \"%s\"", type.getSimpleName(), field.getName(), word).isTrue();
                }
            }
        }
        assertThat(bits).as("word lists found").hasSizeGreaterThan(40);
        for (String word : Lexicon.words()) {
            assertThat(PromoVocabulary.TABLE.contains(word)).as(word).isTrue();
        }
    }

    @Test
    void wordsAreLowerCasedFoldedAndSqueezedAsTheLexiconSpellsThem() {
        PromoTokens t = PromoTokens.of("PLEEEASE Suscríbete, it's soooo good & kiln?");

        assertThat(t.text(0)).isEqualTo("please");
        assertThat(t.known(0)).isSameAs(t.text(0)); // the vocabulary's own string: nothing was made
        assertThat(t.text(1)).isEqualTo("suscribete");
        assertThat(t.text(2)).isEqualTo("it's");
        assertThat(t.text(3)).isEqualTo("so");
        assertThat(t.text(4)).isEqualTo("good");
        assertThat(t.text(5)).isEqualTo("and");
        assertThat(t.known(6)).as("a word on no list").isNull();
        assertThat(t.text(6)).isEqualTo("kiln");
        assertThat(t.inQuestion(6)).isTrue();
        assertThat(t.isWord(5, "and")).isTrue();
        assertThat(t.is(0, Lexicon.PLEASE)).isTrue();
    }

    @Test
    void aWordOneSlipFromAKeyWordOrAPossessiveGetsItsClassesWithoutBeingListed() {
        PromoTokens t = PromoTokens.of("subcribe to anna's chanel");

        assertThat(t.known(0)).isNull();
        assertThat(t.is(0, Lexicon.SUBSCRIBE)).isTrue();
        assertThat(t.is(2, Lexicon.OTHER_DETERMINER)).isTrue();
        assertThat(t.endsWith(2, "'s")).isTrue();
        assertThat(t.is(3, Lexicon.CHANNEL_LIKE)).isTrue();
    }

    @Test
    void aDetectorReusingItsBuffersGivesEachMessageTheVerdictAFreshOneGives() {
        SelfPromotionDetector reused = new SelfPromotionDetector();
        List<String> messages = List.of(
                "subscribe to my channel for weekly pottery videos! ".repeat(30) + "what do you think?",
                "thanks",
                "DM me for prices, only 5 left at $20 each",
                "does anyone know a decent supplier of glass jars in bulk?",
                "x".repeat(10_000) + " check out my shop",
                "check it out",
                "https://shop.example/spring-sale?utm_source=discord",
                "lol same");
        for (int round = 0; round < 2; round++) {
            for (String message : messages) {
                assertThat(reused.analyse(message)).as(message)
                        .isEqualTo(new SelfPromotionDetector().analyse(message));
            }
        }
    }

    @Test
    void aVerdictNamesTheCuesBehindIt() {
        PromoVerdict verdict = new SelfPromotionDetector().analyse("DM me for prices, 50% off this week");

        assertThat(verdict.salesPitch()).isTrue();
        assertThat(verdict.reasons()).contains("private-sale", "price-offer");
        assertThat(new SelfPromotionDetector().analyse("good morning everyone").reasons()).isEmpty();
    }
}
