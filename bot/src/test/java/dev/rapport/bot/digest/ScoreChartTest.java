package dev.rapport.bot.digest;

import dev.rapport.rules.score.ScoreCard;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreChartTest {
    private final ScoreChart chart = new ScoreChart();

    @Test
    void draws_a_png_of_the_expected_size_within_discords_comfort() throws IOException {
        ChartImage image = chart.render(DigestFixtures.digest().card(), "gwen.png");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.png()));
        assertThat(decoded).isNotNull();
        assertThat(decoded.getWidth()).isEqualTo(ScoreChart.WIDTH).isEqualTo(image.width());
        assertThat(decoded.getHeight()).isEqualTo(ScoreChart.HEIGHT).isEqualTo(image.height());
        assertThat(image.size()).isLessThanOrEqualTo(200 * 1024);
        assertThat(image.fileName()).isEqualTo("gwen.png");
    }

    @Test
    void the_same_weeks_give_the_same_bytes() {
        ScoreCard card = DigestFixtures.digest().card();
        assertThat(chart.render(card, "a.png").png()).isEqualTo(new ScoreChart().render(card, "a.png").png());
    }

    @Test
    void different_weeks_give_a_different_picture() {
        ScoreCard card = DigestFixtures.digest().card();
        ScoreCard empty = ScoreCard.of(DigestFixtures.WEEK, Map.of());
        assertThat(chart.render(card, "a.png").png()).isNotEqualTo(chart.render(empty, "a.png").png());
    }

    @Test
    void every_pillar_has_its_colour_in_this_weeks_bar() throws IOException {
        // This week earns points in all four pillars: each pillar's colour appears in the picture.
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(chart.render(DigestFixtures.digest().card(), "a.png").png()));
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                colours.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        for (Color c : ScoreChart.PILLAR_COLOURS) {
            assertThat(colours).contains(c.getRGB() & 0xFFFFFF);
        }
        assertThat(img.getRGB(2, 2) & 0xFFFFFF).isEqualTo(ScoreChart.BACKGROUND.getRGB() & 0xFFFFFF);
    }

    @Test
    void reads_on_its_own_card_whatever_discords_theme() {
        // The card is opaque, so Discord's dark (#313338) or light (#FFFFFF) theme never sits behind the text.
        assertThat(contrast(ScoreChart.TEXT, ScoreChart.BACKGROUND)).isGreaterThanOrEqualTo(7.0);
        for (Color c : ScoreChart.PILLAR_COLOURS) {
            assertThat(contrast(c, ScoreChart.BACKGROUND)).as("%s on the card", c).isGreaterThanOrEqualTo(4.5);
        }
        // ...and the card stands apart from both themes' backgrounds.
        assertThat(contrast(ScoreChart.BACKGROUND, Color.WHITE)).isGreaterThanOrEqualTo(7.0);
        assertThat(ScoreChart.BACKGROUND).isNotEqualTo(new Color(0x31, 0x33, 0x38));
    }

    @Test
    void the_alt_text_says_every_weeks_score_and_this_weeks_pillars() {
        String alt = chart.render(DigestFixtures.digest().card(), "a.png").altText();
        assertThat(alt).startsWith("Bar chart of your networking score over the last 8 weeks (out of 100): W03 no score, ")
                .contains("W07 no score")
                .contains("This week: give first ")
                .contains("link restraint 25 of 25");
        assertThat(alt.length()).isLessThanOrEqualTo(1024);
    }

    @Test
    void a_card_without_any_score_still_draws() throws IOException {
        ChartImage image = chart.render(ScoreCard.of(new IsoWeek(2026, 53), Map.of()), "empty.png");
        assertThat(ImageIO.read(new ByteArrayInputStream(image.png())).getWidth()).isEqualTo(ScoreChart.WIDTH);
        assertThat(image.altText()).contains("W53 no score").doesNotContain("This week");
    }

    /** WCAG contrast ratio. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
