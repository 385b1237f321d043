package dev.rapport.rules.norms;

/**
 * What a channel's other regulars mostly do there, as {@link RoomNorms} read it for one person.
 *
 * @param postsToRoom most of them post to the room, addressing nobody (a log, a journal, a wins channel, whatever
 *                    it is called): doing the same follows the room's convention, it is not broadcasting
 * @param showsOwn    most of them post links to their own work with words about it (a feedback or showcase channel,
 *                    whatever it is called): showing one's own there is what the room does, not self-promotion
 */
public record Norm(boolean postsToRoom, boolean showsOwn) {
    /** No norm: the channel is judged as any other. */
    public static final Norm NONE = new Norm(false, false);
}
