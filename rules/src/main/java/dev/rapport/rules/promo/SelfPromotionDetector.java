package dev.rapport.rules.promo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises self-promotion, sales pitches and asks for attention in one message, from the structure of what is
 * written rather than from a list of known spam: a call to action aimed at the writer's own stuff ("check out my
 * channel", "follow me on twitter"), attention trading ("sub4sub"), announcements and audience goals ("my new
 * video", "help me reach 40 members"), offers and prices ("50% off", "DM me for prices"), money schemes, and links
 * that carry their own proof (referral codes, crowdfunding pages, disguised domains, a link next to an ask).
 * A link alone is not promotion, and neither is a helpful pointer ("check out the docs at https://...").
 *
 * <p>Each structure found is a {@link Cue} with a weight; the weights of a family combine as independent evidence
 * (1 - Π(1 - w)) and a family is reported at {@value #FLAG_AT} or more, so a strong cue decides alone and weak
 * ones ("I'm a new youtuber", "go to https://...") only together. The score is the combined self-promotion and
 * sales evidence.
 *
 * <p>Every cue is a general fact about self-promotion in chat, with no word, host, name or spelling taken from a
 * labelled data set; it is scored leave-one-file-out on the YouTube Spam Collection (Alberto, Lochter &amp; Almeida,
 * "TubeSpam: Comment Spam Filtering on YouTube", ICMLA 2015) and for false alarms on IRC help logs, by
 * {@code rapport eval promo --folds} and {@code --ham-irc}. Thread-safe and stateless; {@link #analyse} is one
 * linear pass of hand-written scanning (no regular expressions) plus bounded look-arounds per token.
 */
public final class SelfPromotionDetector implements PromoDetector {
    /** Combined weight at which a family (self-promotion, sales, engagement) is reported. */
    static final double FLAG_AT = 0.7;
    /** Longer messages get buffers of their own rather than growing the ones kept per thread. */
    private static final int MAX_REUSED_LENGTH = 8_192;

    private final CueFinder[] finders;
    /**
     * Tokens and found cues, reused by each thread: most messages carry no cue, and finding that out must not
     * allocate (issue 12). A thread's buffers grow to its longest message up to {@link #MAX_REUSED_LENGTH}.
     */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    public SelfPromotionDetector() {
        this.finders = new CueFinder[]{new AskCues(), new CreatorCues(), new OfferCues(), new ShopCues(),
                new LinkCues()};
    }

    @Override
    public PromoVerdict analyse(String text) {
        if (text == null || text.isBlank()) return PromoVerdict.NONE;
        Scratch work = text.length() > MAX_REUSED_LENGTH ? new Scratch() : scratch.get();
        Set<Cue> found = find(text, work);
        if (found.isEmpty()) return PromoVerdict.NONE;
        double self = combined(found, Cue.Family.SELF);
        double sales = combined(found, Cue.Family.SALES);
        double engagement = combined(found, Cue.Family.ENGAGEMENT);
        double promotion = combined(found, Cue.Family.SELF | Cue.Family.SALES);
        List<String> reasons = new ArrayList<>(found.size());
        for (Cue cue : found) reasons.add(cue.id());
        return new PromoVerdict(self >= FLAG_AT, sales >= FLAG_AT, engagement >= FLAG_AT, promotion, reasons);
    }

    /** The structures found in {@code text}; for tests and for explaining a verdict. */
    Set<Cue> cues(String text) {
        return EnumSet.copyOf(find(text, new Scratch()));
    }

    private Set<Cue> find(String text, Scratch work) {
        PromoTokens tokens = work.tokens.reset(text);
        Set<Cue> found = work.found;
        found.clear();
        for (CueFinder finder : finders) finder.find(tokens, found);
        return found;
    }

    private static double combined(Set<Cue> found, int family) {
        double none = 1.0;
        for (Cue cue : found) {
            if (cue.in(family)) none *= 1.0 - cue.weight;
        }
        return 1.0 - none;
    }

    /** One thread's working space. */
    private static final class Scratch {
        final PromoTokens tokens = new PromoTokens();
        final Set<Cue> found = EnumSet.noneOf(Cue.class);
    }
}
