package dev.rapport.rules.engine;

import dev.rapport.rules.stats.PseudonymCode;

/**
 * Which pseudonym number ({@link PseudonymCode}) is whose, so that no two people share one. A pseudonym shows 40 bits
 * of a keyed digest of the person's id: among 100,000 people two would share those bits with a chance of about one in
 * two hundred, among a million almost surely, and two people sharing a pseudonym have their counts merged (who gave
 * and took, contacts, waits). A claim ties the whole digest (32 bytes of HMAC-SHA-256 under the installation's
 * secret: a wider pseudonym, never the id) to a number. The first claim for a digest gets the number its first five
 * bytes name, or, when another digest holds that one, the first free number after it ({@link PseudonymCode#next});
 * from then on that number is the digest's. So a person keeps the pseudonym they always had unless it was already
 * someone else's, and every process resolves a clash the same way: by the claims the installation's storage keeps
 * (without storage, by claims kept in memory for the process's lifetime).
 */
public interface PseudonymClaims {
    /** The pseudonym number of the person whose keyed digest is {@code digest}, claimed now if it has none yet. */
    long claim(byte[] digest);

    /** Claims kept in this process's memory only (replay, tests, benchmarks): unique for as long as it runs. */
    static PseudonymClaims inMemory() {
        return new MemoryPseudonymClaims();
    }
}
