package dev.rapport.bot.digest;

import dev.rapport.bot.replay.ReplayResult;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyReport;
import dev.rapport.rules.stats.WeeklyStats;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rapport replay --digest DIR}: everyone's digest of the export's last week (the week of its last event, in
 * the replay's zone), as the live bot would send it, written into a folder to look at without Discord.
 */
public final class ReplayDigests {
    private final DigestFolder folder;

    public ReplayDigests(DigestFolder folder) {
        this.folder = folder;
    }

    /** The digests of {@code users} (all coached people with messages when empty). */
    public List<Digest> digests(ReplayResult r, List<UserId> users) {
        List<Digest> digests = new ArrayList<>();
        if (r.last() == null) {
            return digests;
        }
        IsoWeek week = IsoWeek.of(r.last(), r.zone());
        List<UserId> people = users.isEmpty() ? r.ranking().stream().map(ReplayResult.Ranked::user).toList() : users;
        for (UserId user : people) {
            digests.add(digest(r, user, week));
        }
        return digests;
    }

    static Digest digest(ReplayResult r, UserId user, IsoWeek week) {
        Map<IsoWeek, WeeklyStats> weeks = new HashMap<>(r.earlier().getOrDefault(user, Map.of()));
        Optional<WeeklyReport> report = Optional.empty();
        for (WeeklyReport w : r.reportsOf(user)) {
            weeks.put(w.week(), w.stats());
            if (w.week().equals(week)) {
                report = Optional.of(w);
            }
        }
        // As of the export's last event: the moment the replay stands in for.
        Digest digest = Digest.of(user, r.nameOf(user), week, weeks, report);
        return r.last() == null ? digest : digest.at(r.last());
    }

    /** Writes the digests into {@code dir} and says where they went. */
    public int write(ReplayResult r, List<UserId> users, Path dir, PrintWriter out) throws IOException {
        List<Digest> digests = digests(r, users);
        folder.write(dir, digests, "Rapport digests, week " + (digests.isEmpty() ? "-" : digests.get(0).week()));
        out.printf("Wrote %d digest%s (Markdown, HTML and PNG) and index.html to %s%n", digests.size(),
                digests.size() == 1 ? "" : "s", dir);
        out.flush();
        return digests.size();
    }
}
