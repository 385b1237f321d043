package dev.rapport.bot.storage.state;

/**
 * What a retention run changed.
 *
 * @param engineStates engine snapshots that lost weeks from before the cutoff
 * @param tipEvidence  tip ledger entries whose evidence was cleared (the entry itself stays as a weekly total)
 */
public record PruneReport(int engineStates, int tipEvidence) {
    public int total() {
        return engineStates + tipEvidence;
    }
}
