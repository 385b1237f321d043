package dev.rapport.rules.addressing;

import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Infers, message by message, who each message in one channel addresses and which earlier message it
 * answers. Keeps only a bounded window of recent messages (id, author, time, addressees) and of nicks.
 * One instance per channel; not thread-safe.
 *
 * <p>A message that addresses someone answers that person's latest message in the window. A message that
 * addresses no one is, with turn-taking on, linked to the latest message that addressed its author (people
 * rarely prefix an answer to a question put to them), or else to its author's own message just before.
 */
public final class ReplyInference {

    /** How many messages back turn-taking looks: a conversation's turns sit close together. */
    private static final int TURN_RANGE = 20;

    /** How many messages back a bot's answer may be from the command it answers. */
    private static final int BOT_RANGE = 5;

    private record Recent(MessageId id, UserId author, Instant time, List<UserId> addressed, UserId repliedTo,
                          boolean command) {
        /** Whether this message is one side of an exchange with {@code person}, who did not write it. */
        boolean isTo(UserId person) {
            return !author.equals(person) && (addressed.contains(person) || person.equals(repliedTo));
        }
    }

    private final AddressingInference addressing;
    private final ReplyWindow window;
    private final ArrayDeque<Recent> recent = new ArrayDeque<>();
    private final NickIndex<UserId> nicks;

    public ReplyInference(AddressingInference addressing, ReplyWindow window) {
        this.addressing = Objects.requireNonNull(addressing, "addressing");
        this.window = Objects.requireNonNull(window, "window");
        this.nicks = new NickIndex<>(window.nicks());
    }

    /** {@code nick} is now used by {@code person} (they joined, or renamed themselves): it can be addressed. */
    public void nickInUse(String nick, UserId person) {
        nicks.put(nick, person);
    }

    /**
     * Reads the next message of the channel and remembers it.
     *
     * @param authorNick the nick the author wrote it under (registered as theirs)
     */
    public InferredReply observe(MessageId id, UserId author, String authorNick, Instant time, String text) {
        nickInUse(authorNick, author);
        forgetBefore(time);
        List<UserId> addressed = addressedPeople(text, author);
        InferredReply reply = looksLikeBot(authorNick) ? botAnswer(addressed, author).orElseGet(() -> infer(addressed, author))
                : infer(addressed, author);
        recent.addLast(new Recent(id, author, time, addressed, reply.replyToAuthor().orElse(null), isCommand(text)));
        if (recent.size() > window.messages()) recent.removeFirst();
        return reply;
    }

    private List<UserId> addressedPeople(String text, UserId author) {
        List<String> addressedNicks = addressing.addressees(text, word -> nicks.resolve(word).map(NickIndex.Entry::nick));
        List<UserId> people = new ArrayList<>(addressedNicks.size());
        for (String nick : addressedNicks) {
            nicks.resolve(nick).map(NickIndex.Entry::value)
                    .filter(person -> !person.equals(author) && !people.contains(person))
                    .ifPresent(people::add);
        }
        return people;
    }

    private InferredReply infer(List<UserId> addressed, UserId author) {
        for (UserId person : addressed) {
            Optional<Recent> theirs = latest(window.messages(), r -> r.author().equals(person) && (r.addressed().isEmpty() || r.addressed().contains(author)));
            if (theirs.isEmpty()) theirs = latest(window.messages(), r -> r.author().equals(person));
            if (theirs.isPresent()) return InferredReply.to(addressed, theirs.get().id(), person);
        }
        if (!addressed.isEmpty() || !window.turnTaking()) return InferredReply.none(addressed);
        Optional<Recent> mine = latest(TURN_RANGE, r -> r.author().equals(author));
        Optional<Recent> theirs = latest(TURN_RANGE, r -> r.isTo(author));
        Optional<Recent> pick = theirs.isPresent() && (mine.isEmpty() || isAfter(theirs.get(), mine.get())) ? theirs : mine;
        return pick.map(r -> InferredReply.to(addressed, r.id(), r.author())).orElseGet(() -> InferredReply.none(addressed));
    }

    /** A bot speaks when asked: it answers the latest command ({@code !factoid}) or message addressed to it. */
    private Optional<InferredReply> botAnswer(List<UserId> addressed, UserId bot) {
        return latest(BOT_RANGE, r -> !r.author().equals(bot) && (r.command() || r.addressed().contains(bot)))
                .map(r -> InferredReply.to(addressed, r.id(), r.author()));
    }

    /** IRC bots are named as such by convention: ubotu, ubottu, chanbot, SomeBot. */
    private static boolean looksLikeBot(String nick) {
        String n = nick.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith("bot") || n.startsWith("ubot");
    }

    private static boolean isCommand(String text) {
        String t = text.strip();
        return t.length() > 1 && t.charAt(0) == '!' && Character.isLetter(t.charAt(1));
    }

    private boolean isAfter(Recent a, Recent b) {
        for (Iterator<Recent> it = recent.descendingIterator(); it.hasNext(); ) {
            Recent r = it.next();
            if (r == a) return true;
            if (r == b) return false;
        }
        return false;
    }

    private Optional<Recent> latest(int range, java.util.function.Predicate<Recent> test) {
        int seen = 0;
        for (Iterator<Recent> it = recent.descendingIterator(); it.hasNext() && seen < range; seen++) {
            Recent r = it.next();
            if (test.test(r)) return Optional.of(r);
        }
        return Optional.empty();
    }

    private void forgetBefore(Instant now) {
        Instant oldest = now.minus(window.age());
        while (!recent.isEmpty() && recent.peekFirst().time().isBefore(oldest)) recent.removeFirst();
    }
}
