package dev.rapport.rules.engine;

import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coached people's states, one per person and community, and which of them changed since the last save. Reads
 * only {@link Enrollment} (whether, where and in which zone someone is coached); everything else in the engine asks
 * here for a person's state rather than keeping its own map, so a state replaced on restore or dropped on opt-out is
 * gone for every part at once.
 */
final class CoachedPeople {

    private final Enrollment enrollment;
    private final PseudonymCache pseudonyms;
    private final Ids ids;

    /**
     * Per person, their state in each community they were seen in (nearly always one or two), chained through
     * {@link UserState#next}: a list per person cost more than most of what it listed.
     */
    private final Map<UserId, UserState> users = new HashMap<>();
    private final Map<UserId, Boolean> notEnrolled = new HashMap<>();
    /** People enrolled somewhere who did not agree to be coached in that community: never analysed there. */
    private final Set<PersonInCommunity> notCoachedHere = new HashSet<>();
    /**
     * States changed since the last {@link #drainChanged}, each once ({@link UserState#changed}); a state replaced or
     * dropped meanwhile is passed over when drained. A key object and a set entry per person cost more.
     */
    private final List<UserState> dirty = new ArrayList<>();

    CoachedPeople(Enrollment enrollment, PseudonymCache pseudonyms, Ids ids) {
        this.enrollment = enrollment;
        this.pseudonyms = pseudonyms;
        this.ids = ids;
    }

    /** The person's state in {@code community}, begun now if they are enrolled; null when they are not. */
    UserState state(UserId user, CommunityId community) {
        UserState states = users.get(user);
        if (states != null) {
            for (UserState s = states; s != null; s = s.next) {
                if (s.community.equals(community)) {
                    return s;
                }
            }
        } else if (notEnrolled.containsKey(user)) {
            return null;
        }
        PersonInCommunity here = new PersonInCommunity(user, community);
        if (notCoachedHere.contains(here)) {
            return null;
        }
        Optional<ZoneId> zone = states != null ? Optional.of(states.zone()) : enrollment.zoneOf(user);
        if (zone.isEmpty()) {
            notEnrolled.put(user, Boolean.TRUE);
            return null;
        }
        if (!enrollment.coachedIn(user, community)) {
            notCoachedHere.add(here);
            return null;
        }
        UserState s = new UserState(user, ids.community(community), zone.get(), pseudonyms, ids);
        put(s);
        return s;
    }

    /** The person's state in {@code community} if the engine keeps one; never begins one. */
    UserState existing(UserId user, CommunityId community) {
        for (UserState s = users.get(user); s != null; s = s.next) {
            if (s.community.equals(community)) {
                return s;
            }
        }
        return null;
    }

    /** Keeps {@code s}, replacing the state of the same person and community. */
    void put(UserState s) {
        List<UserState> states = new ArrayList<>(statesOf(s.user));
        states.removeIf(o -> o.community.equals(s.community));
        states.add(s);
        keep(s.user, states);
    }

    /** Keeps exactly {@code states} for {@code user}, in that order; none: the person leaves memory. */
    void keep(UserId user, List<UserState> states) {
        if (states.isEmpty()) {
            users.remove(user);
            return;
        }
        for (int i = 0; i < states.size(); i++) {
            states.get(i).next = i + 1 < states.size() ? states.get(i + 1) : null;
        }
        users.put(user, states.get(0));
    }

    void changed(UserState s) {
        if (s.changed) {
            return;
        }
        s.changed = true;
        dirty.add(s);
    }

    /** The person's states, one per community, in the order they were kept. */
    List<UserState> statesOf(UserId user) {
        UserState first = users.get(user);
        if (first == null) {
            return List.of();
        }
        if (first.next == null) {
            return List.of(first);
        }
        List<UserState> states = new ArrayList<>(2);
        for (UserState s = first; s != null; s = s.next) {
            states.add(s);
        }
        return states;
    }

    /** The people and communities whose state changed since the last call (for periodic saving); the set is emptied. */
    Set<PersonInCommunity> drainChanged() {
        if (dirty.isEmpty()) {
            return Set.of();
        }
        Set<PersonInCommunity> changed = new HashSet<>();
        for (UserState s : dirty) {
            s.changed = false;
            // A state replaced or dropped since it changed is no longer the engine's.
            if (existing(s.user, s.community) == s) {
                changed.add(new PersonInCommunity(s.user, s.community));
            }
        }
        dirty.clear();
        return changed.isEmpty() ? Set.of() : Set.copyOf(changed);
    }
    /** Whether a state is kept for {@code user} now (they are coached); a cheap map lookup. */
    boolean coaches(UserId user) {
        return users.containsKey(user);
    }

    /** Everyone coached so far, in id order. */
    List<UserId> coachedUsers() {
        List<UserId> list = new ArrayList<>(users.keySet());
        Collections.sort(list);
        return list;
    }

    /** Each person's first state; the others are chained through {@link UserState#next}. */
    Collection<UserState> firsts() {
        return users.values();
    }

    /** A restored state is enrolled, whatever was cached before it came back. */
    void restored(UserId user) {
        notEnrolled.remove(user);
    }

    /** Forgets the cached "not enrolled" and "not coached here" answers about {@code user}. */
    void enrollmentChanged(UserId user) {
        notEnrolled.remove(user);
        notCoachedHere.removeIf(k -> k.user().equals(user));
    }

    /** The person leaves memory, every community of theirs. */
    void remove(UserId user) {
        users.remove(user);
    }
}
