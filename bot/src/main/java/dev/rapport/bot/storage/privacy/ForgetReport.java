package dev.rapport.bot.storage.privacy;

import java.util.Map;

/**
 * What forgetting a person removed.
 *
 * @param deletedRows rows deleted, per table
 * @param scrubbedRows rows of other people that mentioned the person's pseudonym and were cleaned, per table
 */
public record ForgetReport(Map<String, Integer> deletedRows, Map<String, Integer> scrubbedRows) {
    public ForgetReport {
        deletedRows = Map.copyOf(deletedRows);
        scrubbedRows = Map.copyOf(scrubbedRows);
    }

    public int total() {
        int sum = 0;
        for (int n : deletedRows.values()) {
            sum += n;
        }
        for (int n : scrubbedRows.values()) {
            sum += n;
        }
        return sum;
    }
}
