package dev.rapport.bot.storage.state;

/**
 * What a retention run removed.
 *
 * @param pending      pending items dropped
 * @param linkPosts    link posts dropped
 * @param interactions counterpart interactions dropped
 * @param tipEvidence  tip ledger entries whose evidence was cleared (the entry itself stays as a weekly total)
 */
public record PruneReport(int pending, int linkPosts, int interactions, int tipEvidence) {
    public int total() {
        return pending + linkPosts + interactions + tipEvidence;
    }
}
