package dev.rapport.bot.eval;

import dev.rapport.bot.importer.ImportException;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The detector on the YouTube Spam Collection (Alberto, Lochter &amp; Almeida, "TubeSpam: Comment Spam Filtering
 * on YouTube", ICMLA 2015), from {@code ../shared/data/youtube-spam}. The detector was tuned on files 01, 04 and
 * 07 only; 08 and 09 are held out to show how it generalises. Skipped when the shared data is absent.
 */
class PromoDatasetEvaluationTest {
    private static final List<String> TUNING = List.of("01", "04", "07");
    private static final List<String> HELD_OUT = List.of("08", "09");
    private static final List<PromoFileResult> results = new ArrayList<>();

    @BeforeAll
    static void evaluate() throws IOException, ImportException {
        Path data = sharedData();
        assumeTrue(data != null, "../shared/data/youtube-spam is absent: skipping the data set evaluation");
        List<Path> files;
        try (Stream<Path> listing = Files.list(data)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        PromoEvaluation evaluation = new PromoEvaluation(new SelfPromotionDetector());
        LabelledCommentsReader reader = new LabelledCommentsReader();
        for (Path file : files) {
            results.add(evaluation.evaluate(file.getFileName().toString(), reader.read(file)));
        }
        for (PromoFileResult r : results) print(r.source(), r.confusion());
        print("tuning (01, 04, 07)", total(TUNING));
        print("held out (08, 09)", total(HELD_OUT));
        print("all", PromoEvaluation.total(results));
    }

    @Test
    void allFiveFilesAndAll1956CommentsAreRead() {
        assertThat(results).hasSize(5);
        assertThat(PromoEvaluation.total(results).messages()).isEqualTo(1956);
    }

    @Test
    void overAllCommentsPrecisionIsAtLeast95AndRecallAtLeast80Percent() {
        PromoConfusion all = PromoEvaluation.total(results);
        assertThat(all.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(all.recall()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void onEveryFilePrecisionIsAtLeast95Percent() {
        for (PromoFileResult r : results) assertThat(r.confusion().precision()).as(r.source()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void onTheTuningFilesRecallIsAtLeast85Percent() {
        assertThat(total(TUNING).recall()).isGreaterThanOrEqualTo(0.85);
    }

    /** Floors just under what the held-out files reached (08: 0.784, 09: 0.741, together 0.766), against regressions. */
    @Test
    void onTheHeldOutFilesRecallDoesNotFallBelowWhatWasReached() {
        assertThat(total(HELD_OUT).recall()).isGreaterThanOrEqualTo(0.75);
        assertThat(total(List.of("08")).recall()).as("08").isGreaterThanOrEqualTo(0.77);
        assertThat(total(List.of("09")).recall()).as("09").isGreaterThanOrEqualTo(0.72);
    }

    private static PromoConfusion total(List<String> ids) {
        PromoConfusion total = PromoConfusion.EMPTY;
        for (PromoFileResult r : results) {
            if (ids.stream().anyMatch(id -> r.source().startsWith(id + "-"))) total = total.plus(r.confusion());
        }
        return total;
    }

    private static void print(String name, PromoConfusion c) {
        System.out.printf(java.util.Locale.ROOT, "[promo eval] %-22s n=%4d TP=%4d FP=%3d TN=%4d FN=%4d P=%.3f R=%.3f F1=%.3f%n",
                name, c.messages(), c.truePositives(), c.falsePositives(), c.trueNegatives(), c.falseNegatives(),
                c.precision(), c.recall(), c.f1());
    }

    /** {@code ../shared/data/youtube-spam} from the project root (surefire's rapport.projectRoot, or walking up). */
    private static Path sharedData() {
        String root = System.getProperty("rapport.projectRoot");
        List<Path> candidates = new ArrayList<>();
        if (root != null && !root.isBlank()) candidates.add(Path.of(root));
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) candidates.add(p);
        for (Path base : candidates) {
            Path data = base.resolve("../shared/data/youtube-spam").normalize();
            if (Files.isDirectory(data)) return data;
        }
        return null;
    }
}
