package dev.rapport.bot.replay.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.bot.cli.CliRun;
import dev.rapport.rules.rule.RuleId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled demo, replayed through the real command line ({@code rapport replay --demo}): it shows every rule,
 * leaves the people who do it right alone, and tells a three-week story.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoReplayTest {

    private JsonNode replay;
    private String textReport;

    @BeforeAll
    void replayTheDemoOnce() throws IOException {
        replay = new ObjectMapper().readTree(run("replay", "--demo", "--output", "json"));
        textReport = run("replay", "--demo");
    }

    @Test
    void everyRuleInTheCatalogueFiresOnTheDemo() {
        JsonNode byRule = replay.at("/totals/byRule");
        List<String> silent = new ArrayList<>();
        for (RuleId rule : RuleId.values()) {
            if (byRule.path(rule.id()).asInt(0) < 1) {
                silent.add(rule.id());
            }
        }
        assertThat(silent).as("rules that never fired on the demo").isEmpty();
    }

    @Test
    void wellBehavedPersonasGetNoTips() {
        for (Persona p : DemoScript.WELL_BEHAVED) {
            JsonNode person = person(p);
            assertThat(person.get("messages").asInt()).as("%s takes part", p).isGreaterThan(10);
            assertThat(person.get("weeks")).as("%s is active every week", p).hasSize(3);
            List<String> tips = new ArrayList<>();
            for (JsonNode week : person.get("weeks")) {
                for (JsonNode f : week.get("findings")) {
                    if (!f.get("mode").asText().equals("act")) {
                        continue;
                    }
                    tips.add(week.get("week").asText() + " " + f.get("rule").asText() + ": " + f.get("seen").asText());
                }
            }
            assertThat(tips).as("tips for %s, who does it right", p).isEmpty();
        }
    }

    @Test
    void theDemoSpansThreeWeeksWithWeekOverWeekChanges() {
        Set<String> weeks = new TreeSet<>();
        for (JsonNode person : replay.get("people")) {
            for (JsonNode week : person.get("weeks")) {
                weeks.add(week.get("week").asText());
            }
        }
        assertThat(weeks).containsExactly("2026-W02", "2026-W03", "2026-W04");
        assertThat(replay.get("from").asText()).startsWith("2026-01-05");
        assertThat(replay.get("to").asText()).startsWith("2026-01-25");

        // Gwen only announces, all about herself, for two weeks, then starts talking with people.
        JsonNode gwen = person(DemoScript.GWEN).get("weeks");
        assertThat(rules(gwen.get(0))).contains("oneway.broadcast", "oneway.self-focus");
        assertThat(rules(gwen.get(1))).contains("oneway.broadcast", "oneway.self-focus");
        assertThat(rules(gwen.get(2))).isEmpty();
        JsonNode before = gwen.get(2).get("previous");
        JsonNode after = gwen.get(2).get("stats");
        assertThat(after.get("broadcastShare").asDouble()).isLessThan(before.get("broadcastShare").asDouble());
        assertThat(after.get("secondPerson").asInt()).isGreaterThan(before.get("secondPerson").asInt());
    }

    @Test
    void theTextReportOpensWithTheRankedSummary() {
        String[] lines = textReport.split("\\R");
        assertThat(lines[0]).isEqualTo("Rapport replay");
        int tips = textReport.indexOf("\nTips: ");
        int ranking = textReport.indexOf("\nPeople, most to work on first");
        int firstReport = textReport.indexOf("\n== ");
        assertThat(tips).isPositive();
        assertThat(ranking).isGreaterThan(tips);
        assertThat(firstReport).isGreaterThan(ranking);
        // The first row of the ranking is the person with the most to work on, the same as in the JSON.
        JsonNode top = replay.get("people").get(0);
        String firstRow = textReport.substring(ranking).lines().skip(3).findFirst().orElseThrow();
        assertThat(firstRow.trim()).startsWith("1  " + top.get("name").asText());
        // Someone who falls into the traps, never one who does it right.
        assertThat(DemoScript.WELL_BEHAVED).noneMatch(p -> p.id().equals(top.get("user").asText()));
        assertThat(top.get("tips").asInt()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void botAuthorsAreIgnored() {
        long botPosts = DemoScript.posts().stream().filter(p -> p.author().bot()).count();
        assertThat(botPosts).as("the demo has bot messages to ignore").isPositive();
        int ignored = 0;
        for (JsonNode input : replay.get("inputs")) {
            ignored += input.get("botMessages").asInt();
        }
        assertThat(ignored).isEqualTo(botPosts);
        for (JsonNode person : replay.get("people")) {
            assertThat(person.get("user").asText()).isNotEqualTo(DemoScript.MARKET_BOT.id());
        }
    }

    private JsonNode person(Persona p) {
        for (JsonNode person : replay.get("people")) {
            if (person.get("user").asText().equals(p.id())) {
                return person;
            }
        }
        throw new AssertionError(p + " is not in the replay");
    }

    private static List<String> rules(JsonNode week) {
        List<String> rules = new ArrayList<>();
        for (JsonNode f : week.get("findings")) {
            rules.add(f.get("rule").asText());
        }
        return rules;
    }

    private static String run(String... args) {
        return CliRun.output(args);
    }
}
