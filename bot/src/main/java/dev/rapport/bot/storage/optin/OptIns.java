package dev.rapport.bot.storage.optin;

import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;

import java.util.List;
import java.util.Optional;

/** Who consented to coaching, and their preferences. Keyed by (platform, user, community). */
public interface OptIns {
    /** Stores the opt-in, replacing an earlier one for the same platform, user and community. */
    void save(OptIn optIn);

    Optional<OptIn> find(String platform, UserId user, CommunityId community);

    /** Every opt-in of one person, across platforms and communities. */
    List<OptIn> ofUser(UserId user);

    /** Every opt-in, e.g. for the digest scheduler. */
    List<OptIn> all();

    /** Withdraws consent in one community; true when there was one. */
    boolean remove(String platform, UserId user, CommunityId community);
}
