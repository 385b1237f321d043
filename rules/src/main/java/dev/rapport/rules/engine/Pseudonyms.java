package dev.rapport.rules.engine;

import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.PseudonymCode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Keyed pseudonyms for other people: HMAC-SHA-256 of their id under a per-installation secret, shortened.
 * Stable for one installation (so "the same person" stays recognisable across weeks), meaningless elsewhere.
 */
public final class Pseudonyms {
    private final SecretKeySpec key;

    public Pseudonyms(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the pseudonym secret needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** A pseudonym such as {@code p-3f9a1c0b2e}; the same id gives the same pseudonym under the same secret. */
    public String of(UserId user) {
        return PseudonymCode.text(code(user));
    }

    /**
     * The key topic words are stored under ({@link TopicKey}): derived from the secret for that purpose alone, so
     * keyed words and pseudonyms never share a key.
     */
    TopicKey topicKey() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return new TopicKey(mac.doFinal("rapport topic words".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The pseudonym of {@code user} as its number ({@link PseudonymCode}): what the engine keeps in memory. */
    long code(UserId user) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(user.value().getBytes(StandardCharsets.UTF_8));
            return PseudonymCode.of(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
