package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.ChannelEcho;
import dev.rapport.rules.text.ChannelPurpose;
import dev.rapport.rules.text.CommunityCause;

import java.util.HashMap;
import java.util.Map;

/**
 * What the channels are for, read from their names and topics once per name and topic rather than on every message:
 * a coached message asks up to six of {@link ChannelPurpose}'s questions, each lowering the topic again, and a
 * channel's answers change only when its name or topic does. One per engine, shared with its communities (a question
 * to the room remembers whether it asked for feedback; an offer counts where the channel is for trade). Not
 * thread-safe: the engine's, like its other state.
 */
final class ChannelPurposes {
    /** Channel names and topics remembered at most; a server has far fewer, so this only bounds renames and edits. */
    private static final int MAX_KNOWN = 4096;

    /**
     * The answers for one name and topic, as {@link ChannelPurpose} gives them, and the channel's own words
     * ({@link ChannelEcho}) for the channels no list names, and whether it is a room for talk by its name or topic;
     * also what the topic alone says: that members buy and sell there, or that the room is given to the community's
     * own cause or event ({@link CommunityCause#room}); and that the topic names a kind of link its posts carry
     * ({@link ChannelPurpose#linksAsked}); and that members list things for sale there, the room made for listings
     * ({@link ChannelPurpose#topicSaysListings}); and that the topic names the members' contests
     * ({@link CommunityCause#contestsRoom}); and that the topic asks each member to tell the room about themselves
     * ({@link ChannelPurpose#asksAfterMembers}); and that the room is for pouring out one's bad days
     * ({@link ChannelPurpose#troubles}); and that it is an events board by its topic alone
     * ({@link ChannelPurpose#eventsBoardByTopic}).
     */
    record Of(boolean announcements, boolean promotion, boolean feedback, boolean introductions, boolean reading,
              boolean ownPosts, boolean trade, boolean calls, boolean listing, ChannelEcho echo, boolean talk,
              boolean deals, boolean sellingTopic, boolean causeRoom, boolean linksAsked,
              boolean listingsTopic, boolean contestsRoom, boolean asksAfterMembers, boolean troubles,
              boolean eventsBoardByTopic) {
        static Of read(ChannelInfo info) {
            return new Of(ChannelPurpose.announcements(info), ChannelPurpose.promotion(info),
                    ChannelPurpose.feedback(info), ChannelPurpose.introductions(info), ChannelPurpose.reading(info),
                    ChannelPurpose.ownPosts(info), ChannelPurpose.trade(info), ChannelPurpose.calls(info),
                    ChannelPurpose.listing(info), ChannelEcho.of(info), ChannelPurpose.forTalk(info),
                    ChannelPurpose.deals(info), ChannelPurpose.topicSaysSelling(info),
                    CommunityCause.room(info.topic()), ChannelPurpose.linksAsked(info),
                    ChannelPurpose.topicSaysListings(info), CommunityCause.contestsRoom(info.topic()),
                    ChannelPurpose.asksAfterMembers(info), ChannelPurpose.troubles(info),
                    ChannelPurpose.eventsBoardByTopic(info));
        }
    }

    private final Map<ChannelInfo, Of> known = new HashMap<>();

    Of of(ChannelInfo info) {
        Of purposes = known.get(info);
        if (purposes == null) {
            if (known.size() >= MAX_KNOWN) {
                known.clear();
            }
            purposes = Of.read(info);
            known.put(info, purposes);
        }
        return purposes;
    }
}
