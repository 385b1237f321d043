package dev.rapport.bot.coach;

import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.OptIns;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Opt-ins in a list: the lookup's only seam. */
final class ListedOptIns implements OptIns {
    private final List<OptIn> all = new ArrayList<>();

    @Override
    public void save(OptIn o) {
        all.removeIf(x -> x.platform().equals(o.platform()) && x.user().equals(o.user())
                && x.community().equals(o.community()));
        all.add(o);
    }

    @Override
    public Optional<OptIn> find(String platform, UserId user, CommunityId community) {
        return all.stream().filter(o -> o.platform().equals(platform) && o.user().equals(user)
                && o.community().equals(community)).findFirst();
    }

    @Override
    public List<OptIn> ofUser(UserId user) {
        return all.stream().filter(o -> o.user().equals(user)).toList();
    }

    @Override
    public List<OptIn> all() {
        return List.copyOf(all);
    }

    @Override
    public boolean remove(String platform, UserId user, CommunityId community) {
        return all.removeIf(o -> o.platform().equals(platform) && o.user().equals(user)
                && o.community().equals(community));
    }
}
