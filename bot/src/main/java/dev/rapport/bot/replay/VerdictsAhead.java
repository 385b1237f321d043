package dev.rapport.bot.replay;

import dev.rapport.rules.engine.CuesAhead;
import dev.rapport.rules.model.Link;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.promo.PromoVerdict;
import dev.rapport.rules.text.TextCues;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The promotion detector's verdicts worked out on the replay's reading thread, ahead of the coaching thread that asks
 * for them: the detector was the largest single part of the coaching thread's work (11 to 15% of its samples), and
 * the reading thread keeps up with time to spare on a second core. A verdict depends on the text alone, so the
 * coaching thread gets the very verdict it would have worked out; a text not prepared (or no longer kept) is
 * analysed there as before. The same goes for the text cues that depend on a message's text and links alone
 * ({@link TextCues}: word features, help requests, pitches, thanks and nods), which the engine takes from here as
 * {@link CuesAhead}.
 *
 * <p>{@link #prepare} is called by one thread (the reading thread), {@link #analyse} by any. Holds the verdicts of
 * the last {@value #KEPT} texts read, well beyond what the reading thread can be ahead (a few thousand events), so
 * a verdict is normally still there when its message is coached and memory stays bounded.
 */
final class VerdictsAhead implements PromoDetector, CuesAhead {
    static final int KEPT = 16_384;

    private final PromoDetector detector;
    private final ConcurrentHashMap<String, Ready> verdicts = new ConcurrentHashMap<>();
    /** What was prepared, oldest first: the reading thread's own. */
    private final ArrayDeque<Ready> order = new ArrayDeque<>();

    /**
     * One text's verdict as prepared once: a later message with the same text is prepared again, with its own. Equal
     * only to itself (not a record), so letting the oldest go never removes a later one.
     */
    private static final class Ready {
        private final String text;
        private final PromoVerdict verdict;
        /** Null when only the verdict was prepared. */
        private final TextCues cues;

        Ready(String text, PromoVerdict verdict, TextCues cues) {
            this.text = text;
            this.verdict = verdict;
            this.cues = cues;
        }

        String text() {
            return text;
        }

        PromoVerdict verdict() {
            return verdict;
        }
    }

    VerdictsAhead(PromoDetector detector) {
        this.detector = detector;
    }

    /** Works out the verdict of {@code text} now, on the calling (reading) thread. */
    void prepare(String text) {
        prepare(text, null);
    }

    /**
     * Works out the verdict of {@code text} and the cues of a message of {@code text} with {@code links} (none when
     * null) now, on the calling (reading) thread.
     */
    void prepare(String text, List<Link> links) {
        if (text == null || text.isBlank()) {
            return;
        }
        PromoVerdict verdict;
        TextCues cues;
        try {
            verdict = detector.analyse(text);
            cues = links == null ? null : TextCues.of(text, links);
        } catch (RuntimeException e) {
            // Left to the coaching thread, which meets it where it always did, if it ever asks.
            return;
        }
        Ready ready = new Ready(text, verdict, cues);
        verdicts.put(text, ready);
        order.addLast(ready);
        if (order.size() > KEPT) {
            // Let go of the oldest, unless the same text was prepared again since (chat repeats itself: "thanks!").
            Ready oldest = order.removeFirst();
            verdicts.remove(oldest.text(), oldest);
        }
    }

    @Override
    public PromoVerdict analyse(String text) {
        Ready ready = text == null ? null : verdicts.get(text);
        return ready != null ? ready.verdict() : detector.analyse(text);
    }

    @Override
    public TextCues prepared(String text, List<Link> links) {
        Ready ready = text == null ? null : verdicts.get(text);
        return ready == null ? null : ready.cues;
    }
}
