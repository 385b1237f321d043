package dev.rapport.bot.replay;

import dev.rapport.bot.importer.EventReader;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.UserId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names an export gives to people and channels, for reports only (never stored).
 *
 * @param display   the name people see (a server nickname, else the account name)
 * @param usernames the account name, where it differs from the display name
 * @param channels  channel and thread names
 */
public record ExportNames(Map<UserId, String> display, Map<UserId, String> usernames, Map<ChannelId, String> channels) {
    public ExportNames {
        display = Map.copyOf(display);
        usernames = Map.copyOf(usernames);
        channels = Map.copyOf(channels);
    }

    public static ExportNames none() {
        return new ExportNames(Map.of(), Map.of(), Map.of());
    }

    public static ExportNames of(EventReader reader) {
        return new ExportNames(reader.displayNames(), reader.usernames(), reader.channelNames());
    }

    public String nameOf(UserId user) {
        return display.getOrDefault(user, user.value());
    }

    /** {@code #name} where the export names the channel, else its id. */
    public String channel(ChannelId channel) {
        String name = channels.get(channel);
        return name == null ? channel.value() : "#" + name;
    }

    /** Everything a person may be called by: id, display name, account name. */
    List<String> namesOf(UserId user) {
        Set<String> all = new LinkedHashSet<>();
        all.add(user.value());
        if (display.containsKey(user)) {
            all.add(display.get(user));
        }
        if (usernames.containsKey(user)) {
            all.add(usernames.get(user));
        }
        return List.copyOf(all);
    }

    /**
     * The person {@code query} names among {@code people} (most messages first): by id, then by display or
     * account name ignoring case (and a leading {@code @}), then by the first word of a name when only one
     * person's name starts so ({@code gwen} for "Gwen Talbot").
     */
    Optional<UserId> find(String query, List<UserId> people) {
        List<UserId> all = matches(query, people);
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    /**
     * Everyone {@code query} could mean, in the order of {@link #find}'s rules: one id; else everyone with that
     * name (two people may share a display name); else everyone whose name's first word it is.
     */
    List<UserId> matches(String query, List<UserId> people) {
        String q = key(query);
        if (q.isEmpty()) {
            return List.of();
        }
        for (UserId p : people) {
            if (p.value().equals(query.strip())) {
                return List.of(p);
            }
        }
        List<UserId> named = new ArrayList<>();
        for (UserId p : people) {
            for (String name : namesOf(p)) {
                if (key(name).equals(q)) {
                    named.add(p);
                    break;
                }
            }
        }
        if (!named.isEmpty()) {
            return named;
        }
        List<UserId> byFirstWord = new ArrayList<>();
        for (UserId p : people) {
            for (String name : namesOf(p)) {
                if (firstWord(key(name)).equals(q)) {
                    byFirstWord.add(p);
                    break;
                }
            }
        }
        return byFirstWord;
    }

    /** Up to {@code limit} people whose names are nearest to {@code query}, for "did you mean". */
    List<UserId> nearest(String query, List<UserId> people, int limit) {
        String q = key(query);
        record Scored(UserId user, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (UserId p : people) {
            int best = Integer.MAX_VALUE;
            for (String name : namesOf(p)) {
                String k = key(name);
                int d = k.contains(q) || q.contains(k) ? Math.abs(k.length() - q.length()) / 4
                        : Math.min(distance(q, k), distance(q, firstWord(k)));
                best = Math.min(best, d);
            }
            if (best <= Math.max(2, q.length() / 3)) {
                scored.add(new Scored(p, best));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance));
        return scored.stream().limit(limit).map(Scored::user).toList();
    }

    private static String key(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT);
        return k.startsWith("@") ? k.substring(1).strip() : k;
    }

    private static String firstWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '.' || c == '_' || c == '-') {
                return s.substring(0, i);
            }
        }
        return s;
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
