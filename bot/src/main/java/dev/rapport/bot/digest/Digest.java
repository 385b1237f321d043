package dev.rapport.bot.digest;

import dev.rapport.rules.model.UserId;
import dev.rapport.rules.score.ScoreCard;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyReport;
import dev.rapport.rules.stats.WeeklyStats;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One person's weekly digest, before it is drawn or written: their week's report (when they did anything) and their
 * score card with the seven weeks before. It belongs to that person alone.
 *
 * @param user   the person
 * @param name   how to address them (their display name, or their id)
 * @param week   the week it is about, an ISO week in the person's zone
 * @param report the week's report; empty for a week without any activity
 * @param card   the score of the week and the seven before
 * @param asOf   when the digest is read (sent, or written by a replay): ages in its tips are stated as of then;
 *               empty to say what each finding said when it was made
 */
public record Digest(UserId user, String name, IsoWeek week, Optional<WeeklyReport> report, ScoreCard card,
                     Optional<Instant> asOf) {

    /** A digest that says what each finding said when it was made. */
    public Digest(UserId user, String name, IsoWeek week, Optional<WeeklyReport> report, ScoreCard card) {
        this(user, name, week, report, card, Optional.empty());
    }

    /** The same digest read at {@code moment}: a question's age in its tips is its age then. */
    public Digest at(Instant moment) {
        return new Digest(user, name, week, report, card, Optional.of(moment));
    }

    /**
     * The digest of {@code week} from the person's weeks in numbers ({@code weeks} may hold any weeks; the report's
     * own numbers win for its week).
     */
    public static Digest of(UserId user, String name, IsoWeek week, Map<IsoWeek, WeeklyStats> weeks,
                            Optional<WeeklyReport> report) {
        Map<IsoWeek, WeeklyStats> all = new HashMap<>(weeks);
        report.ifPresent(r -> {
            all.put(r.week(), r.stats());
            r.previous().ifPresent(p -> all.putIfAbsent(r.week().previous(), p));
        });
        return new Digest(user, name, week, report, ScoreCard.of(week, all));
    }

    /** Files of this digest are named after this: the id keeps two people of the same name apart. */
    public String fileStem() {
        StringBuilder b = new StringBuilder();
        for (char c : name.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
            if (b.length() >= 40) {
                break;
            }
        }
        String stem = b.toString().replaceAll("-+$", "");
        String id = user.value().replaceAll("[^A-Za-z0-9._-]", "_");
        return stem.isEmpty() || stem.equals(id) ? id : stem + "-" + id;
    }
}
