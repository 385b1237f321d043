package dev.rapport.rules.promo;

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
    /** Every cue in declaration order, the order their weights are combined and their names reported in. */
    private static final Cue[] CUES = Cue.values();
    /** Verdicts remembered per thread, by the set of cues behind them (a power of two). */
    private static final int REMEMBERED_VERDICTS = 64;
    /** Slots a set of cues may take from its own, so a few sets that meet in one slot do not evict each other. */
    private static final int VERDICT_PROBES = 8;

    static {
        if (CUES.length > Long.SIZE) {
            throw new IllegalStateException("a set of cues is kept in a long's bits");
        }
    }

    private final CueFinder[] finders;
    /**
     * Tokens and found cues, reused by each thread: most messages carry no cue, and finding that out must not
     * allocate (issue 12). A thread's buffers grow to its longest message up to {@link #MAX_REUSED_LENGTH}.
     */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    public SelfPromotionDetector() {
        this.finders = new CueFinder[]{new AskCues(), new CreatorCues(), new OfferCues(), new ShopCues(),
                new LinkCues(), new PriceFramings(), new PleaCues(), new LiveStreamCues(), new AuctionCues(),
                new BenefitCues(), new TradeNoticeCues(), new AvailabilityCues()};
    }

    @Override
    public PromoVerdict analyse(String text) {
        if (text == null || text.isBlank()) {
            return PromoVerdict.NONE;
        }
        Scratch work = text.length() > MAX_REUSED_LENGTH ? new Scratch() : scratch.get();
        Set<Cue> found = find(text, work);
        if (found.isEmpty()) {
            return PromoVerdict.NONE;
        }
        long cues = 0;
        for (Cue cue : CUES) {
            if (found.contains(cue)) {
                cues |= 1L << cue.ordinal();
            }
        }
        return work.verdict(cues);
    }

    /** The verdict of a set of cues (bits by ordinal): few sets occur, so each thread keeps the last ones made. */
    private static PromoVerdict verdict(long cues) {
        double self = combined(cues, Cue.Family.SELF);
        double sales = combined(cues, Cue.Family.SALES);
        double engagement = combined(cues, Cue.Family.ENGAGEMENT);
        double promotion = combined(cues, Cue.Family.SELF | Cue.Family.SALES);
        String[] reasons = new String[Long.bitCount(cues)];
        int k = 0;
        for (Cue cue : CUES) {
            if ((cues & 1L << cue.ordinal()) != 0) {
                reasons[k++] = cue.id();
            }
        }
        return new PromoVerdict(self >= FLAG_AT, sales >= FLAG_AT, engagement >= FLAG_AT, promotion,
                List.of(reasons));
    }

    /** The structures found in {@code text}; for tests and for explaining a verdict. */
    Set<Cue> cues(String text) {
        return EnumSet.copyOf(find(text, new Scratch()));
    }

    private Set<Cue> find(String text, Scratch work) {
        PromoTokens tokens = work.tokens.reset(text);
        Set<Cue> found = work.found;
        found.clear();
        for (CueFinder finder : finders) {
            finder.find(tokens, found);
        }
        return found;
    }

    private static double combined(long cues, int family) {
        double none = 1.0;
        for (Cue cue : CUES) {
            if ((cues & 1L << cue.ordinal()) != 0 && cue.in(family)) {
                none *= 1.0 - cue.weight;
            }
        }
        return 1.0 - none;
    }

    /** One thread's working space. */
    private static final class Scratch {
        final PromoTokens tokens = new PromoTokens();
        final Set<Cue> found = EnumSet.noneOf(Cue.class);
        /** Verdicts by their set of cues, one per slot (0 is no set: a verdict has a cue). */
        private final long[] verdictCues = new long[REMEMBERED_VERDICTS];
        private final PromoVerdict[] verdicts = new PromoVerdict[REMEMBERED_VERDICTS];

        /**
         * The verdict of {@code cues}, made once per thread for a set seen again (verdicts are immutable): looked
         * for in a few slots from the set's own, kept in the first free one, or in its own when they are all taken.
         */
        PromoVerdict verdict(long cues) {
            int home = (int) ((cues * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - Integer.numberOfTrailingZeros(
                    REMEMBERED_VERDICTS)));
            int free = -1;
            for (int probe = 0; probe < VERDICT_PROBES; probe++) {
                int slot = (home + probe) & (REMEMBERED_VERDICTS - 1);
                if (verdictCues[slot] == cues) {
                    return verdicts[slot];
                }
                if (verdictCues[slot] == 0 && free < 0) {
                    free = slot;
                }
            }
            int slot = free >= 0 ? free : home;
            verdicts[slot] = SelfPromotionDetector.verdict(cues);
            verdictCues[slot] = cues;
            return verdicts[slot];
        }
    }
}
