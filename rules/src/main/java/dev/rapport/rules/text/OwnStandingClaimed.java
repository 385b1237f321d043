package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words that tell of the writer's standing rather than of anything the listener could do: prizes won ("took a rosette
 * at the county show", "our trophy cabinet"), a claim over everyone else ("more loaves than anybody", "nobody else
 * does it by hand"), a best-ever or best-around ("the finest cake they'd ever had", "the neatest yard in the valley",
 * "my top seller") or being sought after ("fully booked till spring", "there's a waiting list"). In an answer that
 * already spends itself on its writer ({@link AnswerTurnedToOneself}) they mark boasting: help from experience tells
 * what one did and what came of it ("I switched the driver and it printed"), which the asker can copy; one's prizes,
 * rank and demand are nothing they can use. General English of self-praise, never a phrase of any one community; read
 * only in such an answer, never alone.
 */
public final class OwnStandingClaimed {
    private static final Pattern CLAIM = Pattern.compile(
            // Prizes and honours.
            "\\b(?:awards?|award-winning|prizes?|prize-winning|trophy|trophies|medals?|rosettes?|accolades?"
                    + "|shortlisted|highly commended)\\b"
                    // Above everyone else.
                    + "|\\bthan (?:anyone|anybody|everyone|everybody|any other)\\b"
                    + "|\\b(?:nobody|no one|no-one) else\\b"
                    // The best ever, the best around, one's top seller.
                    + "|\\b(?:best|finest|greatest|biggest|fastest|quickest|neatest|tidiest|cleanest|warmest"
                    + "|strongest|newest|smoothest|nicest|lightest|tastiest)\\b[^.!?;:]{0,40}\\bever\\b"
                    + "|\\b(?:best|finest|greatest|biggest|neatest|tidiest|cleanest|newest|lightest|tastiest)\\b"
                    + "[^.!?;:]{0,30}"
                    + "\\b(?:(?:in|on|at) (?:the |this |our )?(?:county|country|town|city|area|region|valley"
                    + "|village|site|club|market|trade|world|land|business)|(?:a)?round here)\\b"
                    + "|\\b(?:best|top)[- ]?sell(?:er|ers|ing)\\b"
                    // Sought after.
                    + "|\\bin (?:such |high |great |huge )?demand\\b|\\bfully booked\\b|\\bbooked (?:solid|up)\\b"
                    + "|\\bwaiting list\\b|\\bwaitlist\\b");

    private OwnStandingClaimed() {
    }

    /** Whether {@code text} claims the writer's prizes, rank above others, best-ever work or demand. */
    public static boolean in(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return CLAIM.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find();
    }
}
