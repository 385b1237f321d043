package dev.rapport.rules.engine;

import dev.rapport.rules.config.Goal;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Who has opted in, and in which time zone their weeks run. Only enrolled people are analysed: everybody else
 * appears only as a counterpart of an enrolled person, and in the community's audience counts.
 */
@FunctionalInterface
public interface Enrollment {

    /** The person's time zone if they opted in; empty if they did not. */
    Optional<ZoneId> zoneOf(UserId user);

    /**
     * Whether the person agreed to be coached in {@code community}. Consent is given per community ("your own messages
     * in this server"), so someone who opted in elsewhere is not analysed here. By default: wherever they have a zone,
     * as for replays, whose people agreed to the whole export.
     */
    default boolean coachedIn(UserId user, CommunityId community) {
        return zoneOf(user).isPresent();
    }

    /** What the person wants from the community, if they said so when opting in; empty: the community's goal. */
    default Optional<Goal> goalOf(UserId user) {
        return Optional.empty();
    }

    /**
     * What the person wants from {@code community} in particular: someone may look for customers in one server and
     * come to learn in another. By default the same as {@link #goalOf(UserId)}.
     */
    default Optional<Goal> goalOf(UserId user, CommunityId community) {
        return goalOf(user);
    }

    /** Everyone, in one zone: for offline replays of exports whose people agreed to be analysed. */
    static Enrollment everyone(ZoneId zone) {
        Optional<ZoneId> z = Optional.of(zone);
        return user -> z;
    }

    /** Just these people, in one zone. */
    static Enrollment only(Set<UserId> users, ZoneId zone) {
        Set<UserId> copy = Set.copyOf(users);
        Optional<ZoneId> z = Optional.of(zone);
        return user -> copy.contains(user) ? z : Optional.empty();
    }
}
