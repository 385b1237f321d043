package dev.rapport.rules.addressing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The people who wrote in one channel lately, by the names they show (on Discord, their server nickname and their
 * account name). Where a platform gives names, a message that greets the room and turns to someone by name
 * ("Morning! Wren: the blue one", {@link AddressingInference#turnsToAfterOpening}) is said to that person, as IRC
 * addressing is read from nicks, and not merely to "someone": it answers Wren, not whoever else is waiting.
 *
 * <p>A name is matched as people type it: whole ("wrenpaints"), or the first word of a name of several ("Wren" for
 * "Wren Okafor"), ignoring case and the decorations of a taken name ({@code wren_}). A name two of the recent speakers
 * share names nobody. Bounded: the speakers heard from least recently are forgotten first. Not thread-safe: one per
 * channel.
 */
public final class RecentSpeakers {
    private final AddressingInference addressing;
    private final LinkedHashMap<String, Names> namesByPerson;

    /**
     * A speaker's names as shown, and each in the two spellings a name is matched in ({@link Nicks#exact}, {@link
     * Nicks#loose}), worked out once when the names are learned: a look-up compares every recent speaker's names,
     * for every word that may be a name, and lowering them all again each time was most of its cost.
     */
    private record Names(List<String> shown, String[] exact, String[] loose) {
        static Names of(List<String> shown) {
            String[] exact = new String[shown.size()];
            String[] loose = new String[shown.size()];
            for (int i = 0; i < exact.length; i++) {
                exact[i] = Nicks.exact(shown.get(i));
                loose[i] = Nicks.loose(shown.get(i));
            }
            return new Names(shown, exact, loose);
        }
    }

    /** @param capacity how many of the latest speakers are remembered */
    public RecentSpeakers(AddressingInference addressing, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.addressing = Objects.requireNonNull(addressing, "addressing");
        this.namesByPerson = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Names> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * {@code person} wrote here, showing {@code names} (null ones are skipped). Someone's names rarely change between
     * their messages: when they are the ones already known, the list kept is left as it is and nothing is made.
     */
    public void spoke(String person, String... names) {
        // get() also makes them the most recent speaker (the map is in access order).
        Names known = namesByPerson.get(person);
        if (known != null && same(known.shown(), names)) {
            return;
        }
        List<String> now = new ArrayList<>(names.length * 2);
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String whole = name.strip();
            addOnce(now, whole);
            String first = firstWord(whole);
            if (!first.isEmpty()) {
                addOnce(now, first);
            }
        }
        namesByPerson.put(person, Names.of(List.copyOf(now)));
    }

    /** The names kept for {@code person} (for tests: whether an unchanged name made a new list). */
    List<String> namesOf(String person) {
        Names known = namesByPerson.get(person);
        return known == null ? null : known.shown();
    }

    /**
     * Whether {@link #spoke} would build exactly {@code known} from {@code names}, worked out without building it:
     * each name, whole and then its first word, is either one already met earlier in {@code known} (built lists hold
     * a name once) or the next of {@code known}.
     */
    private static boolean same(List<String> known, String... names) {
        int next = 0;
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String whole = name.strip();
            next = matched(known, next, whole, whole.length());
            if (next < 0) {
                return false;
            }
            int end = firstWordEnd(whole);
            if (end > 0) {
                next = matched(known, next, whole, end);
                if (next < 0) {
                    return false;
                }
            }
        }
        return next == known.size();
    }

    /** Where the match goes on after {@code name}'s first {@code length} characters; -1 when it differs. */
    private static int matched(List<String> known, int next, String name, int length) {
        for (int i = 0; i < next; i++) {
            if (starts(known.get(i), name, length)) {
                return next;
            }
        }
        return next < known.size() && starts(known.get(next), name, length) ? next + 1 : -1;
    }

    /** Whether {@code kept} is exactly the first {@code length} characters of {@code name}. */
    private static boolean starts(String kept, String name, int length) {
        return kept.length() == length && name.regionMatches(0, kept, 0, length);
    }

    /**
     * Whom {@code text} by {@code author} turns to after greeting the room or saying where they were ("Sorry, was
     * out. Ana, it's the blue one"), or by opening with their name ("Ana: it's the blue one",
     * {@link AddressingInference#opensSpeakingTo}): one of the recent speakers other than the author, by id; empty
     * otherwise.
     */
    public Optional<String> turnedToAfterOpening(String text, String author) {
        if (namesByPerson.isEmpty()) {
            return Optional.empty();
        }
        KnownNicks here = word -> whoIsCalled(word, author);
        Optional<String> after = addressing.turnsToAfterOpening(text, here);
        // Or straight away, with no greeting first: "Ana: spell it out once, then the short form".
        return after.isPresent() ? after : addressing.opensSpeakingTo(text, here);
    }

    /**
     * Everyone {@code text} by {@code author} speaks to by name ({@link AddressingInference#namesSpokenTo}): by
     * opening with their name and words said to them ("Nadia are you still on retainers?", "thanks Vik, that helped"),
     * by turning to them after a greeting, or by closing with their name after a comma or a courtesy; recent speakers
     * other than the author, by id, first named first. A name inside a sentence ("Vik has the same kiln") talks about
     * its person, and names nobody spoken to.
     */
    public List<String> spokenToByName(String text, String author) {
        if (namesByPerson.isEmpty()) {
            return List.of();
        }
        return addressing.namesSpokenTo(text, word -> whoIsCalled(word, author));
    }

    /**
     * Everyone {@code text} by {@code author} turns to by name after its first sentence or clause
     * ({@link AddressingInference#namesTurnedToLater}: "cheers Pat, and yes Lou, the pegs fit"): recent speakers
     * other than the author, by id. For a reply, whose first part speaks to the one it replies to.
     */
    public List<String> turnedToLaterByName(String text, String author) {
        if (namesByPerson.isEmpty()) {
            return List.of();
        }
        return addressing.namesTurnedToLater(text, word -> whoIsCalled(word, author));
    }

    /** The one recent speaker other than {@code author} called {@code word}; empty when none, or several, are. */
    private Optional<String> whoIsCalled(String word, String author) {
        String exact = Nicks.exact(word);
        String loose = Nicks.loose(word);
        String found = null;
        for (Map.Entry<String, Names> e : namesByPerson.entrySet()) {
            if (e.getKey().equals(author)) {
                continue;
            }
            Names names = e.getValue();
            for (int i = 0; i < names.exact().length; i++) {
                if (names.exact()[i].equals(exact) || names.loose()[i].equals(loose)) {
                    if (found != null) {
                        return Optional.empty();
                    }
                    found = e.getKey();
                    break;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The leading run of name characters of a name of several words ("Ana" of "Ana Lopez"); "" for one word. */
    private static String firstWord(String name) {
        int end = firstWordEnd(name);
        return end == 0 ? "" : name.substring(0, end);
    }

    /** Where {@link #firstWord} ends; 0 when the name is one word (or starts with no name character). */
    private static int firstWordEnd(String name) {
        int end = 0;
        while (end < name.length() && Nicks.isNickChar(name.charAt(end))) {
            end++;
        }
        return end == name.length() ? 0 : end;
    }

    private static void addOnce(List<String> names, String name) {
        if (!names.contains(name)) {
            names.add(name);
        }
    }
}
