package dev.rapport.rules.norms;

/**
 * What one message was, as far as a channel's habits go, worked out from what the engine reads of every message
 * anyway (no text is kept): whether it was said to the room (no reply, mention or inferred addressee, not an
 * answer), whether it asked something, and whether it showed a link of the poster's own (a link to the room with
 * words about oneself: "my", "I", "we"). Whether it started something or took a turn in a conversation going on is
 * the channel's to tell ({@link ChannelHabits}).
 *
 * @param counted  whether the message counts toward a channel's habits at all (not a direct message)
 * @param toRoom   said to the room, to nobody in particular
 * @param question it asks something
 * @param shows    a link said to the room with words about one's own (a question about it allowed: "my new page,
 *                 thoughts?")
 * @param linked   it carries a link: a post of links is not the kind of post a room of posts is made of
 *                 ({@link RoomLines})
 */
public record RoomPost(boolean counted, boolean toRoom, boolean question, boolean shows, boolean linked) {
    /** A message that says nothing about a channel's habits (a direct message). */
    public static final RoomPost NONE = new RoomPost(false, false, false, false, false);

    /**
     * @param addressed   it replies to, mentions or is inferred to speak to someone
     * @param answer      it answers a question
     * @param question    it asks something
     * @param links       it carries a link
     * @param firstPerson its words about oneself (I, me, my, we, our)
     */
    public static RoomPost of(boolean addressed, boolean answer, boolean question, boolean links, int firstPerson) {
        boolean room = !addressed && !answer;
        return new RoomPost(true, room, question, room && links && firstPerson > 0, links);
    }
}
