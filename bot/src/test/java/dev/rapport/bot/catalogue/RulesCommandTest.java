package dev.rapport.bot.catalogue;

import dev.rapport.bot.cli.RapportCommand;
import dev.rapport.rules.rule.RuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RulesCommandTest {

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RapportCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[]{String.valueOf(exit), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void listsEveryRuleWithItsPrincipleModeAndThresholds() {
        String[] r = run("rules");
        assertThat(r[0]).isEqualTo("0");
        for (RuleId id : RuleId.values()) {
            assertThat(r[1]).contains(id.id());
        }
        assertThat(r[1]).contains("max-share=0.3").contains("Links are seasoning, not the meal");
    }

    @Test
    void explainsOneRuleWithWhyItMattersAndTheAllowedRanges() {
        String[] r = run("rules", "links.repeat");
        assertThat(r[1]).contains("What it watches:").contains("Why it matters:")
                .contains("repeats").contains("a whole number from 2 to 50");
    }

    @Test
    void showsTheConfiguredValuesOfACommunity(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("r.conf");
        Files.writeString(conf, "rapport.communities.\"42\".rules.links.share { mode = log, max-share = 0.5 }\n");
        String[] r = run("rules", "--config", conf.toString(), "--community", "42", "links.share");
        assertThat(r[1]).contains("mode log").contains("0.5");
    }

    @Test
    void anUnknownRuleListsTheKnownOnes() {
        String[] r = run("rules", "links.spam");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("known rules: links.share");
    }
}
