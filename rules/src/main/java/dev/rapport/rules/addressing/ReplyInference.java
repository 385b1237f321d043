package dev.rapport.rules.addressing;

import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Infers, message by message, who each message in one channel addresses and which earlier message it
 * answers. Keeps only a bounded window of recent messages (id, author, time, addressees) and of nicks.
 * One instance per channel; not thread-safe.
 *
 * <p>The rules, each kept because it raised the F1 of reply links on the Ubuntu IRC corpus (see
 * {@code rapport eval replies}):
 * <ol>
 *     <li>A message that addresses someone answers that person's latest message that was not aimed at someone
 *     else (or, failing that, their latest message).</li>
 *     <li>A bot (by its name: {@code ubottu}, {@code ...bot}) answers the latest {@code !command} or message
 *     addressed to it, a few messages back.</li>
 *     <li>With turn-taking on, a message that addresses no one answers the latest message aimed at its author
 *     (people rarely prefix an answer to a question put to them), unless its author has spoken since: then it
 *     continues its author's own previous message. Both only within the last {@value #TURN_RANGE} messages.</li>
 * </ol>
 */
public final class ReplyInference {

    /** How many messages back turn-taking looks: a conversation's turns sit close together. */
    private static final int TURN_RANGE = 20;

    /** How many messages back a bot's answer may be from the command it answers. */
    private static final int BOT_RANGE = 5;

    private record Recent(long seq, MessageId id, UserId author, Instant time, List<UserId> addressed,
                          UserId repliedTo, boolean command) {
        /** Whether this message is one side of an exchange with {@code person}, who did not write it. */
        boolean isTo(UserId person) {
            return !author.equals(person) && (addressed.contains(person) || person.equals(repliedTo));
        }
    }

    private final AddressingInference addressing;
    private final ReplyWindow window;
    private final ArrayDeque<Recent> recent = new ArrayDeque<>();
    private final NickIndex<UserId> nicks;
    private long seq;

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
        InferredReply reply = looksLikeBot(authorNick)
                ? botAnswer(addressed, author).orElseGet(() -> infer(addressed, author))
                : infer(addressed, author);
        recent.addLast(new Recent(seq++, id, author, time, addressed, reply.replyToAuthor().orElse(null),
                isCommand(text)));
        if (recent.size() > window.messages()) recent.removeFirst();
        return reply;
    }

    private List<UserId> addressedPeople(String text, UserId author) {
        List<String> addressedNicks =
                addressing.addressees(text, word -> nicks.resolve(word).map(NickIndex.Entry::nick));
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
            Optional<Recent> theirs = latest(window.messages(), r -> r.author().equals(person)
                    && (r.addressed().isEmpty() || r.addressed().contains(author)));
            if (theirs.isEmpty()) theirs = latest(window.messages(), r -> r.author().equals(person));
            if (theirs.isPresent()) return InferredReply.to(addressed, theirs.get().id(), person);
        }
        if (!addressed.isEmpty() || !window.turnTaking()) return InferredReply.none(addressed);
        Optional<Recent> mine = latest(TURN_RANGE, r -> r.author().equals(author));
        Optional<Recent> theirs = latest(TURN_RANGE, r -> r.isTo(author));
        Optional<Recent> pick = theirs.isPresent() && (mine.isEmpty() || theirs.get().seq() > mine.get().seq())
                ? theirs : mine;
        return pick.map(r -> InferredReply.to(addressed, r.id(), r.author()))
                .orElseGet(() -> InferredReply.none(addressed));
    }

    /** A bot speaks when asked: it answers the latest command ({@code !factoid}) or message addressed to it. */
    private Optional<InferredReply> botAnswer(List<UserId> addressed, UserId bot) {
        return latest(BOT_RANGE, r -> !r.author().equals(bot) && (r.command() || r.addressed().contains(bot)))
                .map(r -> InferredReply.to(addressed, r.id(), r.author()));
    }

    /**
     * IRC has no bot flag: by convention bots' nicks end in "bot" (chanbot, SomeBot), where a number or separator
     * may follow when several run or the nick was taken (floodbot1, logbot_, news-bot-2), or are Ubuntu's ubotu,
     * ubottu.
     */
    public static boolean looksLikeBot(String nick) {
        String n = nick.toLowerCase(Locale.ROOT);
        int end = n.length();
        while (end > 0 && (Character.isDigit(n.charAt(end - 1)) || n.charAt(end - 1) == '_' || n.charAt(end - 1) == '-')) {
            end--;
        }
        return n.startsWith("bot", end - 3) || n.startsWith("ubot");
    }

    private static boolean isCommand(String text) {
        String t = text.strip();
        return t.length() > 1 && t.charAt(0) == '!' && Character.isLetter(t.charAt(1));
    }

    private Optional<Recent> latest(int range, Predicate<Recent> test) {
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
