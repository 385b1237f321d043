package dev.rapport.bot.eval;

import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.IsoWeek;

/**
 * One hand-made verdict on a tip: whether a fair human coach, having read the conversation, would give
 * {@code person} the tip of {@code rule} about {@code week}.
 *
 * @param person an id, or a display name as the export shows it (compared ignoring case)
 * @param should true: the tip should be given; false: it should not
 * @param note   why, in the labeller's words (shown with errors; never used to score)
 * @param line   where the label is in its file, for error messages
 */
public record TipLabel(String person, IsoWeek week, RuleId rule, boolean should, String note, long line) {
}
