package dev.rapport.rules.addressing;

import java.util.Collection;
import java.util.Optional;

/** The nicks present in a channel, looked up the way people type them: case-insensitive, decorations ignored. */
@FunctionalInterface
public interface KnownNicks {

    /**
     * The known nick a word of a message refers to, spelled as it is known, or empty when no one by that name
     * is known. An exact (case-insensitive) match wins over a loose one ({@code mirak} for {@code mirak_}).
     */
    Optional<String> resolve(String word);

    /** A fixed set of nicks, e.g. for a single message. */
    static KnownNicks of(Collection<String> nicks) {
        NickIndex<String> index = new NickIndex<>(Math.max(16, nicks.size()));
        for (String nick : nicks) {
            index.put(nick, nick);
        }
        return word -> index.resolve(word).map(NickIndex.Entry::nick);
    }
}
