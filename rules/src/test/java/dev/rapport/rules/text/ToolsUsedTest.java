package dev.rapport.rules.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which tools someone says they use: named after a word of use, said of themselves, as a fact. */
class ToolsUsedTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "we use Quillpad for all our client notes",
        "I'm hosting on Podnest now, never had an outage",
        "mostly editing in Cutroom these days, my old laptop can't take anything heavier",
        "we moved the whole backlog into Tasklane last quarter",
        "our team switched to Tasklane in the spring",
        "hi all, I run a tiny pottery (selling on Craftly). happy to be here",
    })
    void namesATheSpeakerSaysTheyUse(String text) {
        int[] tools = ToolsUsed.of(text);
        assertThat(tools).hasSize(1);
        assertThat(TopicWords.shared(tools, TopicWords.of("has anyone got " + name(text) + " to sync?"))).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "is anyone using Quillpad for client notes?",
        "we moved to Leeds in August",
        "I'm working on Tidewater, a game about boats",
        "I'm meeting with Sanne on Monday",
        "we met in Lisbon last year",
        "Quillpad is great for notes",
        "you should use Quillpad for that",
    })
    void nothingWhenTheyAskAboutItOrItIsNoToolOfTheirs(String text) {
        assertThat(ToolsUsed.of(text)).isEmpty();
    }

    /** The tool named in each sentence of {@link #namesATheSpeakerSaysTheyUse}. */
    private static String name(String text) {
        for (String tool : new String[]{"Quillpad", "Podnest", "Cutroom", "Tasklane", "Craftly"}) {
            if (text.contains(tool)) {
                return tool;
            }
        }
        throw new AssertionError(text);
    }
}
