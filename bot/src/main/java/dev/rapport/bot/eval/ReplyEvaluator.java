package dev.rapport.bot.eval;

import dev.rapport.bot.importer.EventReader;
import dev.rapport.bot.importer.ImportException;
import dev.rapport.bot.importer.irc.IrcLogReader;
import dev.rapport.rules.addressing.AddressingInference;
import dev.rapport.rules.addressing.ReplyInference;
import dev.rapport.rules.addressing.ReplyWeights;
import dev.rapport.rules.addressing.ReplyWindow;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores the reply links the product infers for an IRC log against a person's annotations of it. The log is read
 * by the same reader the bot uses, so the score is that of the real inference.
 *
 * <p>Two scorings, side by side:
 * <ul>
 *     <li><b>Annotated lines, links between two messages.</b> Only annotated messages are scored. A predicted link
 *     is correct when the annotation links the same two messages; a message annotated as starting a
 *     conversation has no link to find.</li>
 *     <li><b>graph-eval</b>, as the corpus authors' {@code tools/evaluation/graph-eval.py} (Kummerfeld et al.,
 *     ACL 2019) scores their models: precision, recall and F over the set of (message, parent) links. Every line
 *     from the first annotated one gets exactly one predicted link: to its inferred parent, or to itself when
 *     none was inferred (it starts a conversation; logger lines such as joins always do). Gold holds every
 *     annotated link, the self-links included.</li>
 * </ul>
 * Keeps the author of every line of one file (to score addressees), which is fine for evaluation-sized files.
 */
public final class ReplyEvaluator {

    private final Function<Path, EventReader> readers;

    /** Reads logs with {@link IrcLogReader}. */
    public ReplyEvaluator() {
        this(IrcLogReader::keepingBots);
    }

    /** Reads logs with {@link IrcLogReader}, inferring replies with these weights instead of the shipped ones. */
    public static ReplyEvaluator withWeights(ReplyWeights weights) {
        Objects.requireNonNull(weights, "weights");
        return new ReplyEvaluator(path -> IrcLogReader.keepingBots(path,
                new ReplyInference(new AddressingInference(), ReplyWindow.defaults(), weights)));
    }

    public ReplyEvaluator(Function<Path, EventReader> readers) {
        this.readers = Objects.requireNonNull(readers, "readers");
    }

    public ReplyScore score(Path rawLog, AnnotationLinks gold) throws ImportException, IOException {
        Map<Long, UserId> authors = new HashMap<>();
        Map<Long, Long> predictions = new HashMap<>();
        try (EventReader reader = readers.apply(rawLog)) {
            for (ChatEvent event = reader.next(); event != null; event = reader.next()) {
                if (!(event instanceof ChatMessage message)) {
                    continue;
                }
                long line = lineOf(message.id());
                if (line < 0) {
                    continue;
                }
                authors.put(line, message.author());
                if (line >= gold.firstAnnotatedLine() && message.replyTo().isPresent()) {
                    long parent = lineOf(message.replyTo().get());
                    if (parent >= 0) {
                        predictions.put(line, parent);
                    }
                }
            }
        }
        long correct = 0;
        long correctAddressees = 0;
        long predicted = 0;
        for (Map.Entry<Long, Long> p : predictions.entrySet()) {
            if (!gold.isAnnotated(p.getKey())) {
                continue;
            }
            predicted++;
            Set<Long> parents = gold.parentsOf(p.getKey());
            if (parents.contains(p.getValue())) {
                correct++;
            }
            UserId predictedAuthor = authors.get(p.getValue());
            if (predictedAuthor != null && parents.stream().anyMatch(g -> predictedAuthor.equals(authors.get(g)))) {
                correctAddressees++;
            }
        }
        long goldAddressees = gold.parents().values().stream()
                .filter(parents -> parents.stream().anyMatch(authors::containsKey))
                .count();
        long first = gold.firstAnnotatedLine();
        Set<Long> scoredLines = new TreeSet<>(gold.parents().keySet());
        for (long line : authors.keySet()) {
            if (line >= first) {
                scoredLines.add(line);
            }
        }
        long graphMatched = 0;
        for (long line : scoredLines) {
            Long parent = predictions.get(line);
            boolean matched = parent == null ? gold.startsConversation(line) : gold.parentsOf(line).contains(parent);
            if (matched) {
                graphMatched++;
            }
        }
        return new ReplyScore(gold.parents().size(), gold.linkCount(), predicted, correct,
                goldAddressees, correctAddressees, gold.graphLinkCount(), scoredLines.size(), graphMatched);
    }

    /** The line number at the end of a {@code stem:line} id, or -1. */
    static long lineOf(MessageId id) {
        String value = id.value();
        int colon = value.lastIndexOf(':');
        try {
            return Long.parseLong(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
