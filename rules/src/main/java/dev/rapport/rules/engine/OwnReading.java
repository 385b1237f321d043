package dev.rapport.rules.engine;

import dev.rapport.rules.model.Link;
import dev.rapport.rules.rule.MessageFacts;

import java.util.List;

/**
 * What the engine read in a person's own message: the facts the rules see, and what the rest of
 * {@link CoachEngine}'s own-message step needs of how they were reached.
 *
 * @param counted the message's links that count as shared (those of {@code facts})
 * @param logged  the message's links kept in the person's log: those counted, or those of a post that echoes its
 *                channel (counted for nothing there, but the same link pushed elsewhere is still a repeat)
 * @param sold    whether the community sees the person as selling for it
 * @param sells   whether the message promotes, asks for engagement or pitches (whatever the channel)
 * @param theirs  whether the message is about someone else's work
 * @param ownPost whether the message is a post to the room in a channel for one's own logs, progress or wins
 * @param offers  the links of an offer of one's own at a price that is not promotion where it was made (a listing in
 *                the room for listings): kept apart from the promotions, for the same offer taken into other rooms
 */
record OwnReading(MessageFacts facts, List<Link> counted, List<Link> logged, boolean promotion, boolean sold, boolean sells,
                  boolean noticeBoard, boolean introduction, boolean seekingHelp, boolean helpConversation,
                  boolean theirs, boolean ownPost, List<Link> offers) {
}
