package dev.rapport.rules.rule;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeekTally;

import java.time.Instant;
import java.util.Map;

/** The end of a coached person's week. */
public interface WeekContext extends FindingContext {
    IsoWeek week();

    WeekTally tally();

    /**
     * Who the coached person is in their main community: configured roles first, else inferred. Audience rules
     * are about people who sell; a customer or a seeker is not coached on whom they network with.
     */
    Audience selfAudience();

    /**
     * Whether people sell in the person's main community (customers or a promotion channel configured, or several
     * people seen promoting). Where nobody sells, whom one networks with is not a business question.
     */
    boolean communitySells();

    /**
     * Whether the person said in their main community that they want clients of their own ("I need more bookings"):
     * they sell there, whatever the rest of the community does.
     */
    default boolean selfSeeksClients() {
        return false;
    }

    /**
     * Whether the person's main community is the trade's own (a room there gives its chat to the trade's people)
     * and nobody from outside the trade asked the room anything this week that waited a day for an answer: a week in
     * which shop talk among the trade is all there was to have, with no buyer passed by.
     */
    default boolean onlyTheTradeHere() {
        return false;
    }

    /** As {@link OverdueContext#communityHasStaff()}: the community is a business's own, with its staff. */
    default boolean communityHasStaff() {
        return false;
    }

    /** What the person wants from the community: their own choice, else the community's, else find customers. */
    Goal goal();

    /**
     * Open questions from seekers (prospective customers) asked within {@code hours} before {@code now()} that
     * nobody answered yet, preferring channels where the person is active; at most {@code limit}.
     */
    Map<MessageId, ChannelId> openSeekerQuestions(int hours, int limit);

    /**
     * How many requests for help the person passed over this week that they could have answered, while active in
     * the community (they wrote there within the hour after it was asked, and it was still unanswered): one about
     * what a question of their own, answered by others lately, was about, or a request for feedback in a channel
     * where members give each other feedback. Remembered while the process runs; 0 when not known.
     */
    default int passedOver() {
        return 0;
    }

    /**
     * Whether the counterpart of {@code pseudonym} put a question or a request of their own to the room this week (or
     * since): someone with needs of their own, not only answers. Not one that someone other than the person coached
     * took up at once (answered it, or spoke next in that channel, within minutes): that went by nobody who came along
     * later. Remembered while the process runs; false when not known.
     */
    default boolean askedTheRoom(String pseudonym) {
        return false;
    }
}
