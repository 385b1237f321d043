package dev.rapport.rules.promo;

/**
 * Recognises self-promotion, sales pitches and asks for attention in a single message's text.
 * Implementations must be thread-safe, allocation-light and linear in the text (no backtracking).
 */
public interface PromoDetector {
    PromoVerdict analyse(String text);
}
