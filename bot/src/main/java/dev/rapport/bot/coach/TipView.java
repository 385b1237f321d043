package dev.rapport.bot.coach;

import dev.rapport.rules.finding.Finding;

import java.util.Objects;

/**
 * A tip ready to show: the finding and the tip ledger's id for it, which the feedback buttons carry.
 *
 * @param tipId   the ledger id
 * @param finding what the coach noticed, with its tip text
 */
public record TipView(String tipId, Finding finding) {
    public TipView {
        Objects.requireNonNull(tipId, "tipId");
        Objects.requireNonNull(finding, "finding");
    }
}
