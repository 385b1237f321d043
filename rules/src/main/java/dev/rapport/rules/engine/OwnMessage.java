package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.stats.IsoWeek;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What one own message added to the tallies, so that it can be taken back; whom it gave to by pseudonym number
 * ({@link dev.rapport.rules.stats.PseudonymCode}).
 */
record OwnMessage(Instant at, IsoWeek week, CommunityId community, boolean addressed, boolean help,
                  boolean question, int linkCount, boolean promotion, int words, int first, int second,
                  long[] gaveTo, List<Audience> audiences, int textHash, boolean substance,
                  boolean acknowledgement, boolean continuation, int firstPlural, boolean drewAnswer) {
    /**
     * A message that has not drawn an answer as a question to the room ({@code drewAnswer}: it was said to nobody,
     * someone answered it, and it counts as conversation since).
     */
    OwnMessage(Instant at, IsoWeek week, CommunityId community, boolean addressed, boolean help, boolean question,
               int linkCount, boolean promotion, int words, int first, int second, long[] gaveTo,
               List<Audience> audiences, int textHash, boolean substance, boolean acknowledgement,
               boolean continuation, int firstPlural) {
        this(at, week, community, addressed, help, question, linkCount, promotion, words, first, second, gaveTo,
                audiences, textHash, substance, acknowledgement, continuation, firstPlural, false);
    }

    /** A message without a count of plural first-person words. */
    OwnMessage(Instant at, IsoWeek week, CommunityId community, boolean addressed, boolean help, boolean question,
               int linkCount, boolean promotion, int words, int first, int second, long[] gaveTo,
               List<Audience> audiences, int textHash, boolean substance, boolean acknowledgement,
               boolean continuation) {
        this(at, week, community, addressed, help, question, linkCount, promotion, words, first, second, gaveTo,
                audiences, textHash, substance, acknowledgement, continuation, 0, false);
    }

    // Equal by what it added: the array by its numbers, not its identity.
    @Override
    public boolean equals(Object o) {
        return o instanceof OwnMessage m && at.equals(m.at) && week.equals(m.week) && community.equals(m.community)
                && addressed == m.addressed && help == m.help && question == m.question && linkCount == m.linkCount
                && promotion == m.promotion && words == m.words && first == m.first && second == m.second
                && Arrays.equals(gaveTo, m.gaveTo) && audiences.equals(m.audiences)
                && textHash == m.textHash && substance == m.substance && acknowledgement == m.acknowledgement
                && continuation == m.continuation && firstPlural == m.firstPlural && drewAnswer == m.drewAnswer;
    }

    @Override
    public int hashCode() {
        return Objects.hash(at, week, community, addressed, help, question, linkCount, promotion, words,
                first, second, Arrays.hashCode(gaveTo), audiences, textHash, substance, acknowledgement,
                continuation);
    }

    @Override
    public String toString() {
        return "OwnMessage[at=" + at + ", week=" + week + ", gaveTo=" + Arrays.toString(gaveTo)
                + ", audiences=" + audiences + ", words=" + words + ", links=" + linkCount + "]";
    }
}
