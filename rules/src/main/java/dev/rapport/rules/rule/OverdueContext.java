package dev.rapport.rules.rule;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;

import java.time.Instant;
import java.util.List;

/** Messages that asked the coached person something and have waited past the deadline. */
public interface OverdueContext extends FindingContext {

    /**
     * One waiting message: where, from whom (a pseudonym), since when, who they were to the person then, and whether
     * it was put to the team the person is one of rather than to them (a customer's question to the room in a channel
     * where the team answers).
     */
    record Waiting(MessageId message, ChannelId channel, String from, Instant since, Audience audience,
                   boolean toTheTeam) {
        /** A message to the person themselves. */
        public Waiting(MessageId message, ChannelId channel, String from, Instant since, Audience audience) {
            this(message, channel, from, since, audience, false);
        }
    }

    /** Everything still waiting for the person's answer and already past the deadline, oldest first. */
    List<Waiting> overdue();

    /** The person's median response time this week in seconds, or -1 when they answered nothing yet. */
    long medianResponseSeconds();

    /** Who the coached person is to the community's business (a customer, a peer who sells, ...). */
    Audience selfAudience();

    /** Whether anyone sells in this community (customers, a promotion channel); where nobody does, none is owed. */
    boolean communitySells();

    /**
     * Whether someone in the community wears a staff role (configured or recognised as {@code ignore}: Team,
     * Staff): the community is a business's own, and the customers its roles name are that business's.
     */
    default boolean communityHasStaff() {
        return false;
    }
}
