package dev.rapport.bot.digest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.bot.cli.CliRun;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tips are read later than they are made: in the weekly digest, in {@code /coach stats} for an earlier week, in a
 * bundle held through quiet hours. So no tip of any rule names a day relative to when it was written ("today",
 * "tomorrow", "yesterday", "tonight"): the demo fires every rule, and every tip it makes is checked.
 */
class TipWordsStayTrueTest {
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(today|tomorrow|yesterday|tonight)\\b");

    @Test
    void noTipOnTheDemoNamesADayThatHasPassedWhenTheDigestIsRead() throws IOException {
        JsonNode replay = new ObjectMapper().readTree(run("replay", "--demo", "--output", "json"));
        List<String> stale = new ArrayList<>();
        int tips = 0;
        for (JsonNode person : replay.get("people")) {
            for (JsonNode week : person.get("weeks")) {
                for (JsonNode f : week.get("findings")) {
                    tips++;
                    String words = (f.get("seen").asText() + " " + f.get("next").asText()).toLowerCase(Locale.ROOT);
                    if (RELATIVE_DAY.matcher(words).find()) {
                        stale.add(f.get("rule").asText() + ": " + words);
                    }
                }
            }
        }
        assertThat(tips).as("findings on the demo").isGreaterThan(20);
        assertThat(stale).isEmpty();
    }

    private static String run(String... args) {
        return CliRun.output(args);
    }
}
