package dev.rapport.rules.engine;

import dev.rapport.rules.model.MessageId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every question asked in one community lately, answered or not, by message, with those that asked for a provider or
 * a price marked: a reply to one of them is recognised as help, and a priced reply to a request for offers as an
 * answer rather than a pitch. Kept apart from the open questions, which go when answered, because a reply to a
 * question already answered is help too. A problem told to the room without a question is kept here as well (see
 * {@link CommunityState#problemTold}).
 */
final class RecentQuestions {

    /** How many are kept at most: beyond, the oldest go even within the question memory. */
    private final int max;
    /** Every recent question, in the order asked. */
    private final LinkedHashMap<MessageId, Instant> asked = new LinkedHashMap<>();
    /** The recent questions that asked for a provider or a price (see {@code OfferRequest}): a subset of the above. */
    private final HashSet<MessageId> seekingOffer = new HashSet<>();

    /** @param max how many are kept at most */
    RecentQuestions(int max) {
        this.max = max;
    }

    /** Whether {@code id} is a question asked here lately (answered or not). */
    boolean contains(MessageId id) {
        return asked.containsKey(id);
    }

    /** Whether {@code id} asked for a provider or a price. */
    boolean seeksOffer(MessageId id) {
        return seekingOffer.contains(id);
    }

    /** {@code id} was asked at {@code at}; {@code offer}: it asked for a provider or a price. */
    void asked(MessageId id, Instant at, boolean offer) {
        if (offer) {
            seekingOffer.add(id);
        }
        asked.put(id, at);
    }

    /** {@code id}, from {@code at}, is a recent question unless it is one already (taken back, or a problem told). */
    void keep(MessageId id, Instant at) {
        asked.putIfAbsent(id, at);
    }

    /** Lets go of the questions asked before {@code horizon}, and the oldest beyond the cap. */
    void forgetBefore(Instant horizon) {
        Iterator<Map.Entry<MessageId, Instant>> it = asked.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<MessageId, Instant> e = it.next();
            if (!e.getValue().isBefore(horizon) && asked.size() <= max) {
                break;
            }
            if (!seekingOffer.isEmpty()) {
                seekingOffer.remove(e.getKey());
            }
            it.remove();
        }
    }

    /** The recent questions as a community snapshot lists them: in the order asked. */
    List<CommunitySnapshot.Recent> snapshot() {
        List<CommunitySnapshot.Recent> recent = new ArrayList<>(asked.size());
        asked.forEach((m, at) -> recent.add(new CommunitySnapshot.Recent(m, at, seekingOffer.contains(m))));
        return recent;
    }

    /** Takes back the recent questions of a snapshot, after any asked since the restart. */
    void restore(List<CommunitySnapshot.Recent> recent) {
        for (CommunitySnapshot.Recent r : recent) {
            asked.putIfAbsent(r.message(), r.at());
            if (r.seeksOffer()) {
                seekingOffer.add(r.message());
            }
        }
    }
}
