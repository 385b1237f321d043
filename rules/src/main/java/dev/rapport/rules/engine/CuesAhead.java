package dev.rapport.rules.engine;

import dev.rapport.rules.model.Link;
import dev.rapport.rules.text.TextCues;

import java.util.List;

/**
 * Text cues worked out ahead of the engine, away from the thread that coaches (replay works them out on its reading
 * thread, as it does the promotion verdicts): the engine looks up a message's cues here and works out itself those
 * of a message not prepared. The cues depend on the text and links alone, so a prepared one is the very answer the
 * engine would have worked out. Live, nothing is prepared ahead: a gateway thread must not be kept busy.
 */
@FunctionalInterface
public interface CuesAhead {

    /** The cues prepared for a message of {@code text} with {@code links}, or null when none were. */
    TextCues prepared(String text, List<Link> links);
}
