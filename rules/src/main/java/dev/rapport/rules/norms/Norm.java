package dev.rapport.rules.norms;

/**
 * What a channel's other regulars mostly do there, as {@link RoomNorms} read it for one person.
 *
 * @param postsToRoom most of them post to the room, addressing nobody (a log, a journal, a wins channel, whatever
 *                    it is called): doing the same follows the room's convention, it is not broadcasting
 * @param showsOwn    most of them post links to their own work with words about it (a feedback or showcase channel,
 *                    whatever it is called): showing one's own there is what the room does, not self-promotion
 * @param talks       at least two of them, and half of them, ask the room things: it is a place to talk about its
 *                    topic, so a post that only echoes the topic in the channel's name is no post it was made for
 *                    ({@code text/ChannelEcho})
 */
public record Norm(boolean postsToRoom, boolean showsOwn, boolean talks) {
    /** No norm: the channel is judged as any other. */
    public static final Norm NONE = new Norm(false, false, false);
}
