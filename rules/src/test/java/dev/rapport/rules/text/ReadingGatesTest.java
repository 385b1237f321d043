package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cheap tests that turn most messages away before a reading's regular expressions change no answer: a text the
 * gate lets through and one it stops get the answer the ungated reading (kept here as it was) gives, and so does
 * every text of a large random sample of chat-like words, links, mentions and awkward characters.
 */
class ReadingGatesTest {

    @Test
    void hiringGateLetsAJobThroughAndItIsStillHiring() {
        String job = "Barista NEEDED Sunday, £14/hr, DM me";
        assertThat(Hiring.mayWantSomeone(job)).isTrue();
        assertThat(Hiring.is(job)).isTrue().isEqualTo(UngatedHiring.is(job));
    }

    @Test
    void hiringGateLetsASellersOpenerThroughAndItIsStillNotHiring() {
        String opener = "if you need someone to do your books, I'm your person";
        assertThat(Hiring.mayWantSomeone(opener)).isTrue();
        assertThat(Hiring.is(opener)).isFalse().isEqualTo(UngatedHiring.is(opener));
    }

    @Test
    void hiringGateStopsChatThatNamesNoWishAndTheUngatedReadingIsQuietToo() {
        String chat = "we're closed on Monday for the holiday, back on Tuesday";
        assertThat(Hiring.mayWantSomeone(chat)).isFalse();
        assertThat(Hiring.is(chat)).isFalse().isEqualTo(UngatedHiring.is(chat));
    }

    @Test
    void echoWordsSkipTheLinkPassForPlainTextAndReadTheSameWords() {
        String plain = "Tired already, and it\u2019s only Monday";
        assertThat(EchoQuestion.mayHaveLinkOrMention(plain)).isFalse();
        assertThat(EchoQuestion.words(plain)).isEqualTo(UngatedEcho.words(plain));
        assertThat(EchoQuestion.is("tired already?", EchoQuestion.words(plain))).isTrue();
    }

    @Test
    void echoWordsStillLeaveOutLinksAndMentionsWhenThereAreSome() {
        String linked = "thinking about a sequel <@123> see https://example.com/sequel";
        assertThat(EchoQuestion.mayHaveLinkOrMention(linked)).isTrue();
        assertThat(EchoQuestion.words(linked)).isEqualTo(UngatedEcho.words(linked));
        // The link's words are not the message's: echoing them is no echo.
        assertThat(EchoQuestion.is("example com?", EchoQuestion.words(linked))).isFalse();
        assertThat(EchoQuestion.is("a sequel?!", EchoQuestion.words(linked))).isTrue();
    }

    @Test
    void gatedReadingsAnswerAsTheUngatedOnesOnARandomSample() {
        String[] pieces = {"need", "NEEDED", "wanted", "Looking For", "hiring", "we're", "I\u2019m", "someone", "cover",
            "if", "you", "no", "?", ".", "!", "\n", " ", " ", " ", ",", "'", "\u2019", "https://x.io/a", "HTTP://Y.IO",
            "www.z.com", "<@42>", "<#7>", "@jo", "İ", "ǅ", "Σ", "\u212A", "٣", "Ⅻ", "½", "\uD835\uDC00", "\uD83D\uDE00",
            "\uD800", "x", "café", "12th", "don't", "a", "the", "tired", "already", "-", ":", "/", "é"};
        Random random = new Random(32);
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < 5_000; k++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(90);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            assertThat(Hiring.is(t)).as(t).isEqualTo(UngatedHiring.is(t));
            assertThat(EchoQuestion.words(t)).as(t).isEqualTo(UngatedEcho.words(t));
        }
    }

    /** {@link Hiring#is} as it was before its gate. */
    private static final class UngatedHiring {
        private static final Pattern WANTS_SOMEONE = Pattern.compile("\\b(?:needed|wanted)\\b|\\b(?:need|needs|needing) "
                + "(?:someone|somebody|cover)\\b|\\blooking for (?:someone|somebody|cover)\\b"
                + "|(?:^|\\b(?:we're|we are|i'm|i am|now|currently|still) )hiring\\b");
        private static final Pattern NOT_THE_WRITERS = Pattern.compile("\\b(?:if|you|u|anyone|anybody|no|not|nothing"
                + "|none|as|when|whenever|ever|where|unless|isn't|aren't|never|whoever)\\b");

        static boolean is(String text) {
            if (text == null || text.isEmpty()) {
                return false;
            }
            String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            Matcher m = WANTS_SOMEONE.matcher(t);
            while (m.find()) {
                int start = 0;
                for (int i = m.start() - 1; i >= 0; i--) {
                    char c = t.charAt(i);
                    if (c == '.' || c == '!' || c == '?' || c == '\n') {
                        start = i + 1;
                        break;
                    }
                }
                int end = t.length();
                for (int i = m.end(); i < t.length(); i++) {
                    char c = t.charAt(i);
                    if (c == '.' || c == '!' || c == '?' || c == '\n') {
                        end = i;
                        break;
                    }
                }
                if (end < t.length() && t.charAt(end) == '?') {
                    continue;
                }
                if (NOT_THE_WRITERS.matcher(t).region(Math.max(start, m.start() - 24), m.start()).find()) {
                    continue;
                }
                return true;
            }
            return false;
        }
    }

    /** {@link EchoQuestion#words} as it was: a replaceAll and a split per message. */
    private static final class UngatedEcho {
        private static final Pattern LINKS_AND_MENTIONS = Pattern.compile("(https?://|www\\.)\\S+|<[@#][^>]*>|@\\S+");
        private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

        static int[] words(String text) {
            String t = LINKS_AND_MENTIONS.matcher(text).replaceAll(" ").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
            String[] parts = NOT_A_WORD.split(t);
            int[] out = new int[Math.min(parts.length, 64)];
            int n = 0;
            for (String w : parts) {
                if (n == out.length) {
                    break;
                }
                if (!w.isEmpty()) {
                    out[n++] = w.hashCode();
                }
            }
            int[] sorted = Arrays.copyOf(out, n);
            Arrays.sort(sorted);
            return sorted;
        }
    }
}
