package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.PseudonymCode;

import java.time.Instant;

/**
 * A message waiting for the person's answer; its author by pseudonym number ({@link PseudonymCode}), with who
 * they were at the time.
 */
final class WaitingQuestion {
    final MessageId message;
    /** The asker's pseudonym number; -1 for a stored pseudonym of another form, which no answer names. */
    final long from;
    /** The asker's pseudonym when it is of another form (read back from storage); null for a number. */
    private final String fromOther;
    final Audience audience;
    final ChannelId channel;
    final Instant since;
    final IsoWeek week;
    final CommunityId community;
    boolean overdue;
    /** Answered, deleted or let go: index entries pointing here are stale. */
    boolean gone;
    /** Told once: an overdue question is reported when it becomes overdue, then let go. */
    boolean reported;
    /**
     * Overdue while the person has written nothing in the community since it was asked: they were away, not
     * ignoring it, so it is judged once they are back (see {@link WaitingQuestions#backFrom}).
     */
    boolean deferred;
    /**
     * When the person came back after it went overdue while they were away: their first hour back, from then,
     * may still answer it; for a question asked in a business's stated closed hours, when it was asked (see
     * {@link #graceEnds}). Null otherwise. Kept in snapshots, so a restart in that hour judges it at its end.
     */
    Instant back;
    /**
     * Until when someone back from an announced absence still has to take up a team question that waited while they
     * were gone (their answer time from their return): it is not told before then, not even at a week's end. Also,
     * for a question put to the team in a room that states when the business answers, asked while it is closed: the
     * answer time counted from the next opening ({@code CoachEngine.timedByStatedHours}). Null for every other
     * question. Kept in snapshots, so a restart within it judges the question at its end.
     */
    Instant graceEnds;
    /**
     * Put to the team, not to the person: a customer's question to the room in a channel where the team answers
     * ({@code text/TeamChannel}). It waits for the person as one of the team: owed to customers
     * ({@code audience.advocates}), not a question to them by name ({@code oneway.unanswered}).
     */
    boolean team;
    /**
     * The person's own post the question replied to (feedback under what they shared), or null: their own later
     * reply under that post, to the people who answered there, takes up the questions under it. Kept in snapshots
     * (version 13).
     */
    MessageId under;
    /**
     * The message the question replied to, whoever wrote it, or null: a favour asked under someone's question ("can you
     * leave the spare key for Jo?" under Jo's "how do I get in early?") is reported under it, to them. Kept in
     * snapshots (version 15), so a report under it after a restart answers it as without one.
     */
    MessageId thread;
    /**
     * The question's content words ({@code text/TopicWords}), or null: a later word of the person's in that channel
     * that takes up several of them answers it however it is addressed (a favour done and reported in the words
     * it was asked in). Kept in snapshots keyed ({@link TopicKey}, version 13): taken back, its words are keyed and
     * {@link #keyedWith} says under what, so a later message's words are keyed before they are compared.
     */
    int[] topic;
    /** The key {@link #topic} is keyed with (taken back from a snapshot); null for the words' own hashes. */
    TopicKey keyedWith;
    /**
     * The names among its words ({@code text/TopicWords.names}: a place, an event, a thing called by its name), or
     * null: the person's first word since, said to the room in another channel, that names one of them answers it
     * ({@link WaitingQuestions#answeredInAnotherRoom}). Kept in snapshots with {@link #topic}, keyed as it is.
     */
    int[] names;
    /**
     * The content words of the question's own sentences (those ending in a question mark), or null: the first word
     * back that opens with one of them says the asked thing back ({@link WaitingQuestions#answeredByEcho}); a remark
     * before the question ("loved the show. what mic do you ...?") is not what was asked. Kept in snapshots with
     * {@link #topic}, keyed as it is (person document version 14).
     */
    int[] asked;
    /**
     * The person has written in its channel since it was asked: their next word there is no longer the first one
     * after it (see {@link WaitingQuestions#answeredByFirstWord}). Kept in snapshots (version 13).
     */
    boolean passed;
    /**
     * Put to the person in the channel where they had asked the room for help within the hour: a helper's
     * question about their own problem, part of one conversation with everyone helping them (see
     * {@link WaitingQuestions#answeredInHelpThread}). Kept in snapshots (version 13).
     */
    boolean inHelpThread;
    /**
     * It asks for words (when, where, which...: {@code text/ReactionMeaning.canAnswer}), so a reaction by the person
     * does not answer it. Kept in snapshots (version 13).
     */
    boolean wordsWanted;

    WaitingQuestion(MessageId message, long from, Audience audience, ChannelId channel, Instant since, IsoWeek week,
            CommunityId community) {
        this(message, from, null, audience, channel, since, week, community);
    }

    /** A waiting message as stored, its asker by pseudonym written out. */
    WaitingQuestion(MessageId message, String from, Audience audience, ChannelId channel, Instant since, IsoWeek week,
            CommunityId community) {
        this(message, PseudonymCode.of(from), PseudonymCode.of(from) < 0 ? from : null, audience, channel, since,
                week, community);
    }

    private WaitingQuestion(MessageId message, long from, String fromOther, Audience audience, ChannelId channel,
                    Instant since, IsoWeek week, CommunityId community) {
        this.message = message;
        this.from = from;
        this.fromOther = fromOther;
        this.audience = audience;
        this.channel = channel;
        this.since = since;
        this.week = week;
        this.community = community;
    }

    /** {@code words} (the hashes of a message's content words) as comparable with {@link #topic}. */
    int[] comparable(int[] words) {
        return keyedWith == null ? words : keyedWith.of(words);
    }

    /** The asker's pseudonym, written out. */
    String fromPseudonym() {
        return fromOther != null ? fromOther : PseudonymCode.text(from);
    }
}
