package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFeaturesTest {

    @Test
    void countsFirstAndSecondPersonWords() {
        TextFeatures f = TextFeatures.of("I think my shop and your shop could work together, don't you?");
        assertThat(f.firstPerson()).isEqualTo(2);
        assertThat(f.secondPerson()).isEqualTo(2);
    }

    @Test
    void recognisesQuestionsByMarkOrOpening() {
        assertThat(TextFeatures.of("anyone know a good printer").question()).isTrue();
        assertThat(TextFeatures.of("is it worth it?").question()).isTrue();
        assertThat(TextFeatures.of("how do I export my data").question()).isTrue();
        assertThat(TextFeatures.of("does it work with soy wax").question()).isTrue();
        assertThat(TextFeatures.of("any tips for a first market stall").question()).isTrue();
    }

    @Test
    void statementsAreNotQuestions() {
        assertThat(TextFeatures.of("do it now, it works").question()).isFalse();
        assertThat(TextFeatures.of("shipped the new release today").question()).isFalse();
        assertThat(TextFeatures.of("Will do, thanks Olu!").question()).isFalse();
        assertThat(TextFeatures.of("Would love to join the fair").question()).isFalse();
        assertThat(TextFeatures.of("When I started I priced far too low").question()).isFalse();
    }

    @Test
    void linksAndMentionsAreNotWords() {
        assertThat(TextFeatures.of("<@123> https://a.example/you/your look").words()).isEqualTo(1);
    }
}
