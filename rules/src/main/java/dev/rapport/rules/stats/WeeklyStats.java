package dev.rapport.rules.stats;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.rule.RuleId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One person's week in numbers: immutable, pseudonymous, safe to store and to show to its owner.
 *
 * @param messages              messages written
 * @param replies               messages that replied to or addressed someone
 * @param questionsAnswered     messages that answered someone's question
 * @param questionsAsked        questions the person asked
 * @param mentionsReceived      mentions, replies and DMs aimed at the person
 * @param mentionsAnswered      of the questions among them, how many the person answered
 * @param medianResponseSeconds median time to answer, -1 when nothing was answered
 * @param linkMessages          messages carrying links that count (help links do not)
 * @param links                 links that count
 * @param linkShare             linkMessages / messages
 * @param selfPromotion         self-promotional messages
 * @param broadcastShare        share of messages that addressed nobody
 * @param firstPerson           first-person words (I, my, we...)
 * @param secondPerson          second-person words (you, your...)
 * @param selfFocusRatio        firstPerson / max(secondPerson, 1)
 * @param audienceMix           interactions per audience, both directions
 * @param reciprocity           of the people who reached out to the person, the share they gave help back to
 *                              (answers, advice, reviews, reactions; thanks alone do not count); -1 when nobody
 *                              reached out
 * @param overdue               questions to the person that waited past the deadline
 * @param topCounterparts       up to three people the person interacted with most, pseudonymous
 * @param reactionsGiven        reactions the person put on other people's messages
 * @param linkFlags             times the link rules saw a drop, a repeat or a burst (links.drop, links.repeat,
 *                              links.burst findings, logged ones included): the networking score needs them
 * @param helpGiven             messages and reactions that gave someone help: answers, advice, reviews, pointers to
 *                              someone's work, reactions to their work
 * @param acknowledgements      messages that only acknowledged someone (thanks, "ok", "👍"): polite, not reciprocity
 */
public record WeeklyStats(int messages, int replies, int questionsAnswered, int questionsAsked, int mentionsReceived,
                          int mentionsAnswered, long medianResponseSeconds, int linkMessages, int links,
                          double linkShare, int selfPromotion, double broadcastShare, int firstPerson,
                          int secondPerson, double selfFocusRatio, Map<Audience, Integer> audienceMix,
                          double reciprocity, int overdue, List<Counterpart> topCounterparts, int reactionsGiven,
                          int linkFlags, int helpGiven, int acknowledgements) {

    /** A person the coached one interacted with, under a pseudonym. */
    public record Counterpart(String pseudonym, Audience audience, int given, int received) {
    }

    public WeeklyStats {
        // In the audiences' own order, so every report, export and stored row lists them the same way on every run
        // (Map.copyOf iterates in an order that changes from one JVM to the next).
        EnumMap<Audience, Integer> mix = new EnumMap<>(Audience.class);
        for (Map.Entry<Audience, Integer> e : audienceMix.entrySet()) {
            mix.put(Objects.requireNonNull(e.getKey(), "audience"), Objects.requireNonNull(e.getValue(), "count"));
        }
        audienceMix = Collections.unmodifiableMap(mix);
        topCounterparts = List.copyOf(topCounterparts);
    }

    /** The numbers as they were kept before reactions and link flags were (stored weeks of older versions). */
    public WeeklyStats(int messages, int replies, int questionsAnswered, int questionsAsked, int mentionsReceived,
                       int mentionsAnswered, long medianResponseSeconds, int linkMessages, int links,
                       double linkShare, int selfPromotion, double broadcastShare, int firstPerson,
                       int secondPerson, double selfFocusRatio, Map<Audience, Integer> audienceMix,
                       double reciprocity, int overdue, List<Counterpart> topCounterparts) {
        this(messages, replies, questionsAnswered, questionsAsked, mentionsReceived, mentionsAnswered,
                medianResponseSeconds, linkMessages, links, linkShare, selfPromotion, broadcastShare, firstPerson,
                secondPerson, selfFocusRatio, audienceMix, reciprocity, overdue, topCounterparts, 0, 0, 0, 0);
    }

    /** Stats without the help and acknowledgement counts (weeks stored before they were counted): both zero. */
    public WeeklyStats(int messages, int replies, int questionsAnswered, int questionsAsked, int mentionsReceived,
                       int mentionsAnswered, long medianResponseSeconds, int linkMessages, int links,
                       double linkShare, int selfPromotion, double broadcastShare, int firstPerson,
                       int secondPerson, double selfFocusRatio, Map<Audience, Integer> audienceMix,
                       double reciprocity, int overdue, List<Counterpart> topCounterparts, int reactionsGiven,
                       int linkFlags) {
        this(messages, replies, questionsAnswered, questionsAsked, mentionsReceived, mentionsAnswered,
                medianResponseSeconds, linkMessages, links, linkShare, selfPromotion, broadcastShare, firstPerson,
                secondPerson, selfFocusRatio, audienceMix, reciprocity, overdue, topCounterparts, reactionsGiven,
                linkFlags, 0, 0);
    }

    public static WeeklyStats of(WeekTally t) {
        Map<Audience, Integer> mix = new EnumMap<>(Audience.class);
        for (Audience a : Audience.values()) {
            int n = t.interactionsWith(a);
            if (n > 0 && a != Audience.IGNORE) {
                mix.put(a, n);
            }
        }
        int reachedOut = 0;
        int reciprocated = 0;
        List<Map.Entry<String, WeekTally.CounterpartTally>> entries = new ArrayList<>();
        for (var e : t.counterparts().entrySet()) {
            WeekTally.CounterpartTally c = e.getValue();
            if (c.audience() == Audience.IGNORE) {
                continue;
            }
            if (c.received() > 0) {
                reachedOut++;
                // Help given back (an answer, advice, a review, a reaction to their work) is reciprocity; a thank-you
                // alone is polite, not giving back.
                if (c.helped() > 0) {
                    reciprocated++;
                }
            }
            if (c.given() + c.received() > 0) {
                entries.add(e);
            }
        }
        entries.sort(Comparator.<Map.Entry<String, WeekTally.CounterpartTally>>comparingInt(
                        e -> -(e.getValue().given() + e.getValue().received()))
                .thenComparing(Map.Entry::getKey));
        List<Counterpart> top = new ArrayList<>(3);
        for (int i = 0; i < entries.size() && i < 3; i++) {
            var e = entries.get(i);
            top.add(new Counterpart(e.getKey(), e.getValue().audience(), e.getValue().given(),
                    e.getValue().received()));
        }
        int m = t.messages();
        return new WeeklyStats(m, t.replies(), t.questionsAnswered(), t.questionsAsked(), t.mentionsReceived(),
                t.mentionsAnswered(), t.medianResponseSeconds(), t.linkMessages(), t.links(),
                m == 0 ? 0 : (double) t.linkMessages() / m, t.selfPromotion(), m == 0 ? 0 : (double) t.broadcast() / m,
                t.firstPerson(), t.secondPerson(), (double) t.firstPerson() / Math.max(1, t.secondPerson()), mix,
                reachedOut == 0 ? -1 : (double) reciprocated / reachedOut, t.overdue(), top, t.reactionsGiven(),
                linkFlags(t), t.helpGiven(), t.acknowledgements());
    }

    private static int linkFlags(WeekTally t) {
        int n = 0;
        for (Finding f : t.findings()) {
            RuleId r = f.rule();
            if (r == RuleId.LINKS_DROP || r == RuleId.LINKS_REPEAT || r == RuleId.LINKS_BURST) {
                n++;
            }
        }
        return n;
    }

    public int interactions() {
        int sum = 0;
        for (int n : audienceMix.values()) {
            sum += n;
        }
        return sum;
    }
}
