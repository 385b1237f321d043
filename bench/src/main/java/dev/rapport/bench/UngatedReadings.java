package dev.rapport.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * REFERENCE FOR {@link TextBenchmark} ONLY: {@code Hiring.is} and {@code EchoQuestion.words} as they were before
 * session 32's gates (the regular expressions on every message, a replaceAll and a split per message), so that the
 * benchmark measures before and after in one run. Never used by the coach.
 */
final class UngatedReadings {
    private static final Pattern WANTS_SOMEONE = Pattern.compile("\\b(?:needed|wanted)\\b|\\b(?:need|needs|needing) "
            + "(?:someone|somebody|cover)\\b|\\blooking for (?:someone|somebody|cover)\\b"
            + "|(?:^|\\b(?:we're|we are|i'm|i am|now|currently|still) )hiring\\b");
    private static final Pattern NOT_THE_WRITERS = Pattern.compile("\\b(?:if|you|u|anyone|anybody|no|not|nothing"
            + "|none|as|when|whenever|ever|where|unless|isn't|aren't|never|whoever)\\b");
    private static final Pattern LINKS_AND_MENTIONS = Pattern.compile("(https?://|www\\.)\\S+|<[@#][^>]*>|@\\S+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

    private UngatedReadings() {
    }

    static boolean hiring(String text) {
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

    static int[] echoWords(String text) {
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
