package dev.rapport.bot.digest;

import dev.rapport.rules.score.Pillar;
import dev.rapport.rules.score.ScoreCard;
import dev.rapport.rules.score.WeekScore;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The weekly chart: the last eight weeks as stacked bars, one colour per pillar, the score on top of each bar.
 * Stacked pillars read better than lines of replies, broadcasts and links (tried side by side): the bar's height is
 * the score and its colours say where the points came from, so one picture answers "am I getting better, and how".
 *
 * <p>Drawn headless into an opaque card of its own colours, so it reads the same on Discord's dark and light
 * themes; the rendering hints are fixed (grey-scale text anti-aliasing, no sub-pixel text, fractional metrics) so
 * the same input gives the same bytes.
 */
public final class ScoreChart {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 400;

    /** A dark slate card: white text on it is 13:1, and it sits as a card on both Discord themes. */
    static final Color BACKGROUND = new Color(0x1F, 0x23, 0x2A);
    static final Color TEXT = new Color(0xEC, 0xEE, 0xF1);
    static final Color GRID = new Color(0x3A, 0x40, 0x4A);
    /** Okabe-Ito colours, told apart with every common kind of colour blindness; each is 4.5:1 or more on the card. */
    static final Color[] PILLAR_COLOURS = {
            new Color(0xE6, 0x9F, 0x00),   // give first: orange
            new Color(0x56, 0xB4, 0xE9),   // converse: sky blue
            new Color(0x00, 0xB0, 0x82),   // reach customers: bluish green, lightened for the dark card
            new Color(0xCC, 0x9E, 0xE0),   // link restraint: light purple
    };

    private static final String FONT = Font.SANS_SERIF;
    private static final Font LEGEND_FONT = new Font(FONT, Font.PLAIN, 14);
    private static final int LEGEND_HEIGHT = 40;

    static {
        // A chart is drawn on servers without a display; never try to open one.
        System.setProperty("java.awt.headless", "true");
    }

    /** Renders {@code card} as a PNG named {@code fileName}. */
    public ChartImage render(ScoreCard card, String fileName) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Networking score, last 8 weeks").yAxisTitle("points").build();
        style(chart.getStyler());
        List<String> weeks = new ArrayList<>(ScoreCard.WEEKS);
        for (ScoreCard.Point p : card.series()) {
            // The score under its bar: the stack sum would take the segment labels' colour, dark on the dark card.
            weeks.add(String.format(Locale.ROOT, "W%02d: %s", p.week().week(),
                    p.score().map(s -> String.valueOf(s.total())).orElse("-")));
        }
        for (Pillar pillar : Pillar.values()) {
            List<Integer> values = new ArrayList<>(ScoreCard.WEEKS);
            for (ScoreCard.Point p : card.series()) {
                // No bar and no label for nothing: a week without a score, or a pillar without points.
                Integer points = p.score().map(s -> s.of(pillar)).orElse(0);
                values.add(points == 0 ? null : points);
            }
            chart.addSeries(pillar.title(), weeks, values);
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            hints(g);
            chart.paint(g, WIDTH, HEIGHT - LEGEND_HEIGHT);
            legend(g);
        } finally {
            g.dispose();
        }
        return new ChartImage(PngEncoder.encode(image), fileName, altText(card), WIDTH, HEIGHT);
    }

    private static void style(CategoryStyler s) {
        s.setStacked(true);
        s.setLabelsVisible(true);
        s.setLabelsFont(new Font(FONT, Font.BOLD, 14));
        s.setLabelsFontColor(TEXT);
        // Segment labels in dark or light, whichever reads on the segment's colour.
        s.setLabelsFontColorAutomaticEnabled(true);
        s.setLabelsFontColorAutomaticDark(BACKGROUND);
        s.setLabelsFontColorAutomaticLight(TEXT);
        s.setSeriesColors(PILLAR_COLOURS);
        s.setChartBackgroundColor(BACKGROUND);
        s.setPlotBackgroundColor(BACKGROUND);
        s.setPlotBorderVisible(false);
        s.setChartFontColor(TEXT);
        s.setAxisTickLabelsColor(TEXT);
        s.setAxisTickMarksColor(GRID);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridVerticalLinesVisible(false);
        // The legend is drawn by legend() below: XChart's measures each label's outline several times, which was
        // a third of a digest's rendering time.
        s.setLegendVisible(false);
        s.setChartTitleFont(new Font(FONT, Font.BOLD, 18));
        s.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 13));
        s.setAxisTitleFont(new Font(FONT, Font.PLAIN, 13));
        s.setYAxisMin(0.0);
        s.setYAxisMax(100.0);
        s.setYAxisDecimalPattern("0");
        s.setAvailableSpaceFill(0.6);
        s.setChartPadding(12);
        s.setToolTipsEnabled(false);
        s.setAntiAlias(true);
    }

    /** One row under the plot: a swatch and the name of each pillar, centred. */
    private static void legend(Graphics2D g) {
        g.setColor(BACKGROUND);
        g.fillRect(0, HEIGHT - LEGEND_HEIGHT, WIDTH, LEGEND_HEIGHT);
        g.setFont(LEGEND_FONT);
        java.awt.FontMetrics fm = g.getFontMetrics();
        Pillar[] pillars = Pillar.values();
        int swatch = 14;
        int gap = 28;
        int total = 0;
        for (Pillar p : pillars) {
            total += swatch + 6 + fm.stringWidth(p.title());
        }
        total += gap * (pillars.length - 1);
        int x = (WIDTH - total) / 2;
        int middle = HEIGHT - LEGEND_HEIGHT / 2 - 4;
        for (int i = 0; i < pillars.length; i++) {
            g.setColor(PILLAR_COLOURS[i]);
            g.fillRect(x, middle - swatch / 2, swatch, swatch);
            x += swatch + 6;
            g.setColor(TEXT);
            g.drawString(pillars[i].title(), x, middle + fm.getAscent() / 2 - 1);
            x += fm.stringWidth(pillars[i].title()) + gap;
        }
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** What the chart shows, in words: every week's score, then this week's pillars. */
    static String altText(ScoreCard card) {
        StringJoiner weeks = new StringJoiner(", ");
        for (ScoreCard.Point p : card.series()) {
            weeks.add(String.format(Locale.ROOT, "W%02d %s", p.week().week(),
                    p.score().map(s -> String.valueOf(s.total())).orElse("no score")));
        }
        StringBuilder alt = new StringBuilder("Bar chart of your networking score over the last 8 weeks (out of 100): ")
                .append(weeks).append('.');
        card.score().ifPresent(s -> alt.append(" This week: ").append(pillars(s)).append('.'));
        return alt.toString();
    }

    private static String pillars(WeekScore s) {
        StringJoiner j = new StringJoiner(", ");
        for (Pillar p : Pillar.values()) {
            j.add(p.id() + " " + s.of(p) + " of " + Pillar.MAX);
        }
        return j.toString();
    }
}
