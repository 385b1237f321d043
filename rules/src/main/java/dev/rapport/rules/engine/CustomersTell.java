package dev.rapport.rules.engine;

import dev.rapport.rules.model.UserId;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Someone told by a customer that they sold to them, did work for them or were sent people by them ("you tutored my
 * daughter last year", "I got my lamp off you", "I sent my sister your way") serves clients, however much they ask
 * their fellows: the customer's word says so, as the seller's own offer would. Kept apart from {@link CommunityState}
 * so that the community's bookkeeping stays a few lines.
 */
final class CustomersTell {

    private CustomersTell() {
    }

    /**
     * Marks each of {@code told} (but the writer) as serving clients in {@code people}, making their entry with
     * {@code make} where there is none yet.
     */
    static <P> void serve(Map<UserId, P> people, UserId writer, List<UserId> told, Function<UserId, P> make,
                          Consumer<P> mark) {
        for (UserId u : told) {
            if (!u.equals(writer)) {
                mark.accept(people.computeIfAbsent(u, make));
            }
        }
    }
}
