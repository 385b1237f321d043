package dev.rapport.rules.engine;

import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.PseudonymCode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Keyed pseudonyms for other people: HMAC-SHA-256 of their id under a per-installation secret, shortened, and made
 * unique by {@link PseudonymClaims} (two people whose digests begin alike would otherwise share one). Stable for one
 * installation (so "the same person" stays recognisable across weeks), meaningless elsewhere.
 */
public final class Pseudonyms {
    private final SecretKeySpec key;
    private final PseudonymClaims claims;

    /** Pseudonyms whose claims are kept in memory (unique within this process): replay, tests, benchmarks. */
    public Pseudonyms(byte[] secret) {
        this(secret, PseudonymClaims.inMemory());
    }

    public Pseudonyms(byte[] secret, PseudonymClaims claims) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the pseudonym secret needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.claims = claims;
    }

    private Pseudonyms(SecretKeySpec key, PseudonymClaims claims) {
        this.key = key;
        this.claims = claims;
    }

    /** The same secret's pseudonyms, claimed in {@code claims} (the installation's storage) instead. */
    public Pseudonyms claimingIn(PseudonymClaims claims) {
        return new Pseudonyms(key, claims);
    }

    /** A pseudonym such as {@code p-3f9a1c0b2e}; the same id gives the same pseudonym under the same secret. */
    public String of(UserId user) {
        return PseudonymCode.text(code(user));
    }

    /**
     * The whole keyed digest of {@code user} (32 bytes): what a claim is made for. Says no more about the id than the
     * pseudonym does; its first five bytes are the pseudonym the person has unless someone else held it first.
     */
    public byte[] digest(UserId user) {
        return mac(user.value());
    }

    /**
     * A keyed hash of {@code text} written as a pseudonym is, claimed by nobody: for marks that must not be told
     * from a pseudonym's shape yet are no person's (a forget's mark).
     */
    public String keyed(String text) {
        return PseudonymCode.text(PseudonymCode.of(mac(text)));
    }

    /**
     * The key topic words are stored under ({@link TopicKey}): derived from the secret for that purpose alone, so
     * keyed words and pseudonyms never share a key.
     */
    TopicKey topicKey() {
        return new TopicKey(mac("rapport topic words"));
    }

    /** The pseudonym of {@code user} as its number ({@link PseudonymCode}): what the engine keeps in memory. */
    long code(UserId user) {
        return claims.claim(digest(user));
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
