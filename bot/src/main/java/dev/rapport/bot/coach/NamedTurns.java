package dev.rapport.bot.coach;

import dev.rapport.bot.importer.BoundedLruMap;
import dev.rapport.rules.addressing.AddressingInference;
import dev.rapport.rules.addressing.RecentSpeakers;

import java.util.List;

/**
 * "Morning! Ana: the blue one" said to Ana: each channel's recent authors by the names they show
 * ({@link RecentSpeakers}), and when a message is read for a name it turns to. The same for a Discord export and for
 * the live bot (JDA, Javacord), so a greeting that turns to someone by name speaks to the same person whichever way
 * the messages came: the engine keeps no names, and could only tell it was said to someone.
 *
 * <p>Bounded: at most {@code channels} channels, each with its {@code speakersPerChannel} latest authors; the channel
 * heard from least recently is forgotten first. Safe for the gateway's several event threads (one per shard): a
 * channel's messages come on one of them, and the lock is held only for a look-up.
 */
public final class NamedTurns {
    /** How many of a channel's latest authors are known by name. */
    public static final int SPEAKERS_PER_CHANNEL = 64;

    private final AddressingInference addressing;
    private final int speakersPerChannel;
    private final BoundedLruMap<String, RecentSpeakers> byChannel;

    public NamedTurns(AddressingInference addressing, int speakersPerChannel, int channels) {
        this.addressing = addressing;
        this.speakersPerChannel = speakersPerChannel;
        this.byChannel = new BoundedLruMap<>(channels);
    }

    /**
     * Everyone a message by {@code author} in {@code channel} speaks to by name, of the channel's recent authors, by
     * id ({@link RecentSpeakers#spokenToByName}: "Nadia are you still on retainers?", "thanks Vik, that helped",
     * "Morning! Ana: ..."). Asked only of a message that says by itself whom it speaks to in no other way
     * ({@code addressedOtherwise}: a mention, a reply, a direct message). Such a message may still turn to another
     * person by name after its first part ("cheers Pat, and yes Lou, the pegs fit" in reply to Pat answers Lou
     * too, {@link RecentSpeakers#turnedToLaterByName}): one message often answers two people, so those are read from
     * it too. They come after its marked mentions, and {@code SpokenTo} reads each of them as said to its person.
     */
    public synchronized List<String> spokenTo(String channel, String author, String text,
                                              boolean addressedOtherwise) {
        if (text.isEmpty()) {
            return List.of();
        }
        RecentSpeakers speakers = byChannel.get(channel);
        if (speakers == null) {
            return List.of();
        }
        if (addressedOtherwise) {
            return speakers.turnedToLaterByName(text, author);
        }
        return speakers.spokenToByName(text, author);
    }

    /**
     * Whether a reply says by itself whom it speaks to, so its words are not read for a name. A reply to someone else's
     * message does. A question in reply to one's own earlier message goes on with one's own thread and says nothing of
     * whom it asks: "Jim, could you look at my lathe?" under one's own post is put to Jim, read by the name as any post
     * is; thanks there ("found it, thanks Ana") closes one's own thread, as a reply to it does. The same for an export
     * and for the live bot (JDA, Javacord).
     */
    public static boolean replySpeaksToItsAuthor(String text, boolean toOwnMessage) {
        return !toOwnMessage || text.indexOf('?') < 0;
    }

    /** {@code person} wrote in {@code channel}, showing {@code names} (nickname, display name, account name). */
    public synchronized void spoke(String channel, String person, String... names) {
        RecentSpeakers speakers = byChannel.get(channel);
        if (speakers == null) {
            speakers = new RecentSpeakers(addressing, speakersPerChannel);
            byChannel.put(channel, speakers);
        }
        speakers.spoke(person, names);
    }
}
