package dev.rapport.bot.storage.optin;

import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;

import dev.rapport.rules.config.Goal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who consented to coaching, and their preferences. Keyed by (platform, user, community). */
public interface OptIns {
    /**
     * Stores a consent given now, replacing an earlier one for the same platform, user and community (and ending a
     * forget's hold on the person: they start again from nothing).
     */
    void save(OptIn optIn);

    /**
     * Stores changed preferences of an opt-in read earlier, only if it is still there: false (nothing written) when
     * the person withdrew or was forgotten meanwhile, so that neither is undone. This default looks, then saves; a
     * store shared by several threads or processes does both in one step.
     */
    default boolean update(OptIn changed) {
        if (find(changed.platform(), changed.user(), changed.community()).isEmpty()) {
            return false;
        }
        save(changed);
        return true;
    }

    Optional<OptIn> find(String platform, UserId user, CommunityId community);

    /** Every opt-in of one person, across platforms and communities. */
    List<OptIn> ofUser(UserId user);

    /** Every opt-in, e.g. for the digest scheduler. */
    List<OptIn> all();

    /**
     * How many people coached on {@code platform} in {@code community} chose each goal: counts only, for the
     * community's admins. This default counts {@link #all()}; a store can count where the rows are.
     */
    default GoalCounts goalCounts(String platform, CommunityId community) {
        Map<Goal, Integer> chosen = new EnumMap<>(Goal.class);
        int notSaid = 0;
        for (OptIn o : all()) {
            if (!o.platform().equals(platform) || !o.community().equals(community)) {
                continue;
            }
            if (o.goal().isPresent()) {
                chosen.merge(o.goal().get(), 1, Integer::sum);
            } else {
                notSaid++;
            }
        }
        return new GoalCounts(chosen, notSaid);
    }

    /** Withdraws consent in one community; true when there was one. */
    boolean remove(String platform, UserId user, CommunityId community);
}
