package dev.rapport.rules.oneway;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.WeekContext;
import dev.rapport.rules.stats.WeekTally;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code oneway.give-take}: people who replied to or helped the person on several days and got nothing back.
 * Occasions, not messages: a troubleshooting conversation of twenty messages is one favour, and in a help channel
 * it is the channel working; being helped again and again, day after day, with nothing given back is the pattern.
 *
 * <p>It reasons per helper: who helped the person, and whether the person gave help back to that helper or, failing
 * that, to anyone (helping others is how a learner pays a community back, and it is owed over longer than a week:
 * help passed on to anyone counts, even while one helper's own question waits, which {@code oneway.unanswered} says).
 * Thanks are polite, not reciprocity. One helper on three days with no help given back fires when the person helped
 * nobody at all, unless the person talked the help through with that helper (answered their questions, reported back)
 * and nothing of the helper's own went by them: a learner taught by the one who answers in a room for asking is in a
 * conversation. Several helpers together fire only with a sign that the person could have given and did not: a
 * learner helped by different people on different days in a questions channel is the channel working, but someone
 * who helps nobody and takes help from people whose own question they then leave unanswered is not holding up their
 * end, and neither is someone who, while active, passes over a request they could have answered: the very question
 * others answered for them earlier, or a request for feedback in a channel where members give each other feedback
 * (an opinion on someone's work takes an eye, not expertise).
 */
public final class GiveTakeRule implements Rule {
    public static final Param RECEIVED = Param.count("received", 3, 1, 7, "days in a week on which one person replied or helped with nothing given back");

    @Override
    public RuleId id() {
        return RuleId.ONEWAY_GIVE_TAKE;
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public List<Param> params() {
        return List.of(RECEIVED);
    }

    @Override
    public String describe() {
        return "Watches, per person, whether someone replied to or helped you on 3 or more days of a week while you gave no "
                + "help back to them or anyone else (where you talked it through with them, only if a question or request "
                + "of their own went by you), or whether several people helped you on 3 or more days while you "
                + "helped nobody and, giving them only thanks, left a question to you unanswered, or passed over a "
                + "request you could have answered (thanks alone do not count: an answer, advice or a reaction to "
                + "their work does).";
    }

    @Override
    public void onWeekEnd(WeekContext ctx) {
        // A customer served by the people they buy from owes them custom, not help; fellow customers who help one
        // another where customers talk among themselves are members like any other, and are owed help back.
        boolean customer = ctx.selfAudience().existingCustomer();
        int threshold = ctx.settings().count(RECEIVED);
        Set<String> leftWaiting = leftWaiting(ctx.tally());
        // For someone who sells, in a community where people sell, a buyer's question left waiting (an existing
        // customer's or a prospective one's) is the client rules' to raise (oneway.unanswered, audience.advocates,
        // audience.peers-only): it says nothing of whether fellow members' help is being returned, which is what this
        // rule weighs (a buyer's chase is no help given to the person either).
        Audience self = ctx.selfAudience();
        if ((self == Audience.PEER || self == Audience.UNKNOWN) && ctx.communitySells()) {
            Map<String, WeekTally.CounterpartTally> counterparts = ctx.tally().counterparts();
            leftWaiting.removeIf(who -> buyer(counterparts.get(who)));
        }
        boolean helpedAnyone = ctx.tally().helpGiven() > 0;
        Map<String, WeekTally.CounterpartTally> owed = new TreeMap<>();
        for (var e : ctx.tally().counterparts().entrySet()) {
            WeekTally.CounterpartTally c = e.getValue();
            // Thanks are polite, not reciprocity: only help given back (an answer, advice, a reaction to their work)
            // evens the balance.
            if (c.audience() != Audience.IGNORE && daysHelped(c) > 0 && c.helped() <= 0
                    && (!customer || c.audience().existingCustomer())) {
                owed.put(e.getKey(), c);
            }
        }
        List<String> takers = new ArrayList<>();
        int passed = helpedAnyone ? 0 : ctx.passedOver();
        for (var e : owed.entrySet()) {
            // Help passed on to anyone pays a community back: reciprocity is owed over longer than a week, and not
            // only to the one who helped. A question of this helper's left waiting is oneway.unanswered's to say.
            if (daysHelped(e.getValue()) >= threshold && !helpedAnyone
                    && (!talkedItThrough(e.getValue()) || !leftWaiting.isEmpty() || passed > 0
                    || ctx.askedTheRoom(e.getKey()))) {
                takers.add(e.getKey());
            }
        }
        boolean together = false;
        if (takers.isEmpty() && !helpedAnyone) {
            together = severalHelpersLeftWaiting(owed, leftWaiting, ctx.tally().talkedBack() > 0, passed > 0,
                    threshold, takers);
        }
        if (takers.isEmpty()) {
            return;
        }
        Evidence.Builder evidence = Evidence.builder().count("people", takers.size());
        int most = 0;
        int days = 0;
        int thanked = 0;
        int spokenTo = 0;
        int waiting = 0;
        for (String who : takers) {
            WeekTally.CounterpartTally c = owed.get(who);
            evidence.counterpart(who);
            most = Math.max(most, daysHelped(c));
            days |= c.receivedDays();
            if (c.acknowledged() > 0) {
                thanked++;
            }
            if (c.given() > 0) {
                spokenTo++;
            }
            if (leftWaiting.contains(who)) {
                waiting++;
            }
        }
        int allDays = Math.max(most, Integer.bitCount(days));
        evidence.count("most-received", most).count("days", allDays).count("thanked", thanked)
                .count("question-unanswered", waiting).count("passed-over", passed);
        ctx.emit(evidence.build(), new Tip(seen(takers.size(), threshold, most, allDays, thanked, spokenTo, waiting,
                passed, together),
                id().principle(), nextStep(ctx.goal())));
    }

    /**
     * Whether the person talked the help through with this helper: said more to them than thanks and nods (answered
     * the questions the helper asked about the problem, told them how it went). A learner helped on day after day by
     * the one who answers in a room made for asking, and who answers back and reports, is in a conversation, not
     * taking; it is one-way again when something asked of the person went by: a question of that helper's, or of
     * anyone's, put to them and left waiting (being helped day after day while letting a question to oneself go by is
     * taking), the helper's request to the room ({@link WeekContext#askedTheRoom}), or any request passed over.
     */
    private static boolean talkedItThrough(WeekTally.CounterpartTally c) {
        return c.given() > c.acknowledged();
    }

    /**
     * Several people who each helped on fewer days than the threshold, together on as many days, when the person
     * helped nobody and either a question to them (one of the helpers' or anyone's) went unanswered while they gave
     * nothing but thanks and nods, or the person passed over a request they could have answered. Adds them to
     * {@code takers} and says whether it did.
     *
     * <p>A learner taught by several people who talks the help through ({@code talkedBack}: tells them how it went,
     * says what they will try; or said more than thanks to one of them, such as asking about their advice) and lets
     * one question go by (often a follow-up about their own problem: "which model
     * is it?") is in a conversation with a lapse in it: that question is {@code oneway.unanswered}'s to raise, and a
     * questions channel with different helpers on different days is the channel working. Only thanks and nods back,
     * with a question left waiting, is help running one way.
     */
    private static boolean severalHelpersLeftWaiting(Map<String, WeekTally.CounterpartTally> owed,
                                                     Set<String> leftWaiting, boolean talkedBack,
                                                     boolean passedOver, int threshold, List<String> takers) {
        int days = 0;
        int thankedDays = 0;
        boolean oneWaits = false;
        List<String> helpers = new ArrayList<>();
        List<String> thanked = new ArrayList<>();
        for (var e : owed.entrySet()) {
            WeekTally.CounterpartTally c = e.getValue();
            helpers.add(e.getKey());
            days |= c.receivedDays();
            oneWaits |= leftWaiting.contains(e.getKey());
            if (c.acknowledged() > 0) {
                thanked.add(e.getKey());
                thankedDays |= c.receivedDays();
            }
        }
        boolean talked = talkedBack;
        for (WeekTally.CounterpartTally c : owed.values()) {
            talked |= talkedItThrough(c);
        }
        // Another member's question left waiting is something asked of the person that went by too, while they took
        // help from several people and gave back only thanks: the same sign as for one helper of three days. Taking
        // help is counted then by the help the person thanked for, on as many days (a reply or a cheer they never
        // took up is no help taken).
        if (!oneWaits && !leftWaiting.isEmpty() && !talked && !passedOver && thanked.size() >= 2
                && Integer.bitCount(thankedDays) >= threshold) {
            takers.addAll(thanked);
            return true;
        }
        boolean oneWaitsOnThanks = oneWaits && !talked;
        if (!oneWaitsOnThanks && !passedOver || helpers.size() < 2 || Integer.bitCount(days) < threshold) {
            return false;
        }
        takers.addAll(helpers);
        return true;
    }

    /** A customer, an advocate, or someone who mostly asks: where people sell, a prospective customer. */
    private static boolean buyer(WeekTally.CounterpartTally c) {
        return c != null && (c.audience().existingCustomer() || c.audience() == Audience.SEEKER);
    }

    /**
     * Who asked the person something this week and waited past the deadline ({@code oneway.unanswered}'s findings,
     * kept with the week whatever that rule's mode): a helper whose own question goes unanswered is the clearest
     * sign that help runs one way.
     */
    private static Set<String> leftWaiting(WeekTally tally) {
        Set<String> who = new HashSet<>();
        for (Finding f : tally.findings()) {
            if (f.rule() == RuleId.ONEWAY_UNANSWERED) {
                who.addAll(f.evidence().counterparts());
            }
        }
        return who;
    }

    /**
     * What happened, in words that stay true whenever the report is read. {@code spokenTo} counts the helpers the
     * person said anything to: one who told a helper how the advice went, with no thanks-only line, still answered
     * them, so "heard nothing back" would be false; what they did not get back is help.
     */
    static String seen(int people, int threshold, int most, int days, int thanked, int spokenTo, int waiting,
                       int passed, boolean together) {
        String back = spokenTo == 0 ? " and heard nothing back"
                : thanked == people ? " and got thanks, but no help, back"
                : thanked == 0 ? " and got no help back"
                : " and got little more than thanks back";
        String asked = waiting == 0 ? ""
                : people == 1 ? ", and a question they asked you went unanswered"
                : waiting == 1 ? ", and a question one of them asked you went unanswered"
                : ", and questions " + waiting + " of them asked you went unanswered";
        String by = passed == 0 ? ""
                : passed == 1 ? ", and you passed over a request you could have helped with"
                : ", and you passed over " + passed + " requests you could have helped with";
        if (together) {
            return people + " people helped or replied to you on " + days + " days this week" + back + asked + by + ".";
        }
        // One person's days are known exactly; "3 or more days (up to 3 days)" is a range only several people have.
        if (people == 1) {
            return "One person reached out to you on " + most + " days this week" + back + asked + ".";
        }
        // Several people's days are a range only when they differ: when the most is the threshold, each came on
        // exactly that many days ("on 3 or more days (up to 3 days)" said one number twice).
        String on = most == threshold ? most + " days this week"
                : threshold + " or more days this week (up to " + most + " days)";
        return people + " people reached out to you on " + on + back + asked + ".";
    }

    /**
     * The days on which the counterpart replied to or helped the person. Questions they put to the person are not
     * counted (being asked is not being given to), and a tally kept before days were recorded counts none.
     */
    private static int daysHelped(WeekTally.CounterpartTally c) {
        return Integer.bitCount(c.receivedDays());
    }

    /**
     * Giving back in the currency of what the person came for: someone here to learn has answers to pass on before
     * they have services to offer, and someone looking for collaborators builds them by helping with others' work.
     */
    static String nextStep(Goal goal) {
        return switch (goal) {
            case LEARN -> "pass on something you have learned: answer one question you now know the answer to, "
                    + "or give one of them feedback on something they made.";
            case FIND_COLLABORATORS -> "offer one of them a hand with what they are working on: people choose "
                    + "collaborators who have already helped them.";
            case FIND_CUSTOMERS, KEEP_CUSTOMERS -> "help one of them with something they asked about, or respond "
                    + "to something they made.";
        };
    }
}
