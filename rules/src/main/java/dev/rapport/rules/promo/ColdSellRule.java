package dev.rapport.rules.promo;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.Link;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.MessageContext;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.Durations;
import dev.rapport.rules.text.ChannelPurpose;
import dev.rapport.rules.text.FeeShare;
import dev.rapport.rules.text.OfferRequest;
import dev.rapport.rules.text.Pitch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code sell.cold}: a pitch aimed at someone the person met only days ago, and has talked with on one occasion at
 * most, DMs included.
 */
public final class ColdSellRule implements Rule {
    /** Words that offer something as one's own. */
    private static final Set<String> OWN = Set.of("i", "i'm", "im", "i'll", "i've", "i'd", "me", "my", "mine", "we",
            "we're", "we'll", "we've", "our", "ours", "us");
    /** Words said beside the offer that make a reply help: a line or two of answer, not a greeting. */
    static final int HELP_WORDS = 5;
    /** Words that open a pleasantry: a greeting, thanks, praise of the question or the work. */
    private static final Set<String> COURTESIES = Set.of("hi", "hey", "hello", "hiya", "heya", "morning", "welcome",
            "congrats", "congratulations", "thanks", "thank", "cheers", "great", "good", "lovely", "nice", "gorgeous",
            "amazing", "wow", "omg", "ooh", "oh", "haha", "lol");
    /** The longest pleasantry: "Hi Sam, nice to meet you!". */
    private static final int COURTESY_WORDS = 6;
    /** The offer's taker named as anyone at all: "if anyone", "anyone who", "for anybody", "anyone interested". */
    private static final Pattern ANYONE = Pattern.compile("\\b(?:if (?:anyone|anybody)|(?:anyone|anybody) (?:who|that"
            + "|wanting|looking|interested|after)|for (?:anyone|anybody))\\b");
    /** The person spoken to: an offer with these in it is put to them. */
    private static final Set<String> YOU = Set.of("you", "your", "you're", "youre", "you'll", "you've", "you'd",
            "yours", "u", "ur", "ya", "yourself");
    /** {@link #YOU} but "yours": the words that make the reader the one given a thing asked for. */
    private static final Set<String> YOU_GIVEN = YOU.stream().filter(w -> !w.equals("yours"))
            .collect(Collectors.toUnmodifiableSet());
    /** What separates words for {@link #YOU} and {@link #OWN}: compiled once (String.split compiles it per call). */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}']+");
    /**
     * The writer asking, as a question, to get, buy or order a thing for themselves: "can I get a voucher posted out?
     * £30", "is the supermarket one ok or should I get yours?". The one who would receive the thing is the writer, so
     * the price or the "yours" in it is what they would pay for or take, not an offer: a customer's request, not a
     * pitch. Not when the reader is the one given something ("can I get you one?", "shall we book you in?"), nor with
     * a link or a call to get in touch beside it, which still push the writer's own offer.
     */
    private static final Pattern ASKS_TO_GET = Pattern.compile("\\b(?:can|could|may|should|shall) (?:i|we) "
            + "(?:get|buy|order|reserve)\\b(?! (?:started|going|on|back|together|in touch)\\b)([^.!?\\n]*)\\?");
    public static final Param NEW_DAYS = Param.count("new-days", 7, 1, 90, "days since the first interaction during which someone counts as new");

    @Override
    public RuleId id() {
        return RuleId.SELL_COLD;
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public List<Param> params() {
        return List.of(NEW_DAYS);
    }

    @Override
    public String describe() {
        return "Watches for a sales pitch or offer aimed at someone you first interacted with less than 7 days ago, "
                + "in channels or DMs (unless you are answering their question).";
    }

    @Override
    public void onMessage(MessageContext ctx) {
        if (!ctx.facts().countedPromotion() || ctx.facts().addressees().isEmpty()) {
            return;
        }
        // One's own offer tacked onto an answer to their question follows help given first: a habit of plugging, which
        // promo.self tells, not a pitch to a stranger. A reply that is nothing but the offer ("my kit has that, $30 →
        // …", "book a call here: …") gave no help first: the offer is all it answers with, a pitch like any other.
        if (ctx.facts().answer() && helpsBesideTheOffer(ctx.message().text())) {
            return;
        }
        // So is a priced offer of one's own left on a real answer with the page where it is had ("water it twice a week
        // and keep it off the sill. my care kit has the feed and a mister, $25 → …"), asking nobody to get in touch or
        // book a call: the offer is there for whoever reads the thread, a plug aimed at the room that promo.self
        // counts, while the asker got their answer. Asked to DM, to book a call, or offered a price of their own, the
        // asker is being dealt with one to one: a pitch, however much was said before it.
        if (plugForTheThread(ctx)) {
            return;
        }
        // A sale of one's own announced under someone's post in a room ("my prints are 20% off till Friday: …", "code
        // MAY10 takes 10% off our kits: …"), naming no price and speaking to nobody as "you", with nothing to take up in
        // private: it says a discount is on to whoever reads the thread, the line one could leave under any post that
        // week. That is a habit of plugging, which promo.self counts among the week's posts, not a pitch to the one
        // replied to. A price named, a "you", a DM or a call asked for, or the same words sent privately is dealing
        // with that person: a pitch.
        if (saleAnnouncedUnderAPost(ctx.message())) {
            return;
        }
        // "Follow my page" to people is an ask (oneway.asks), not a sale: only pitches and offers are cold selling. So is
        // a favour asked as a request ("would you mind following my page and sharing my post?"): following, reviewing
        // or sharing costs the person attention, not money. So is one's own news said to someone ("we launch Monday,
        // every upvote would mean a lot"), however it is worded: it offers nothing to buy or book, and promotion's and
        // the ask's tips weigh it. A call to book or a price makes it a sale (a pitch).
        boolean sells = ctx.facts().promo().salesPitch() || ctx.facts().pitch();
        if (!sells) {
            return;
        }
        if (notesOnTheirWork(ctx)) {
            return;
        }
        // A customer asking to get or buy a thing for themselves ("can I get one posted out? £30") is buying: the
        // price is theirs to pay, and what sold to them is no pitch of theirs, however new the seller is to them.
        if (asksToBuy(ctx.message().text(), ctx.message().links())) {
            return;
        }
        // One's trade told in passing in a reply ("mine are walnut, I sell them at the craft fair too" under someone's
        // photo of their first box): a first-person "I sell" and nothing else of a sale, no price, code, link, "you",
        // nor a word asking to get in touch or book. It says what the writer does, as talk of oneself does; it puts
        // nothing to the one replied to. Promotion still counts it among the week's posts; a price, a page, a "you"
        // or a call to DM puts it to them and makes it a pitch.
        if (tradeToldInPassing(ctx)) {
            return;
        }
        // An answer that hands the asker one of the very thing they spoke of ("has anyone got a tile cutter?" "can hire
        // you one, £12 a day") gives them what they were after: the terms come with the thing asked for, not with an
        // offer they did not seek. Not one that takes the thing elsewhere (a kit, a course that "covers" it), nor a
        // pitch in so many words (a call to DM or book, a price put to them), which the engine weighs against the
        // question it answers.
        if (ctx.facts().answer() && !ctx.facts().pitch() && OfferRequest.handsOverOne(ctx.message().text())) {
            return;
        }
        int days = ctx.settings().count(NEW_DAYS);
        Instant since = ctx.now().minus(Duration.ofDays(days));
        for (UserId other : ctx.facts().addressees()) {
            if (other.equals(ctx.user())) {
                continue;
            }
            Optional<Instant> first = ctx.history().firstInteractionWith(other);
            if (first.isPresent() && first.get().isBefore(since)) {
                continue;
            }
            // Someone one has already talked with on two occasions (notes on their work one evening, a chat about
            // brushes the next day) is no longer someone just met, however recent the first word: an offer to them is
            // pushy, and promotion tells that, but not a pitch to a stranger. A single exchange (one line of advice, a
            // welcome and its thanks) is still only meeting them, and the pitch after it is cold.
            Optional<Instant> again = ctx.history().metAgainWith(other);
            if (first.isPresent() && again.isPresent() && again.get().isBefore(ctx.now())) {
                continue;
            }
            // Someone who asked where to buy a thing, or who sells it, and whose request one answered in the room, asked
            // to be sold to: one's terms sent to them privately in the days after ("still after one? I can do two for
            // £40") take up their own request, new to each other though they are: the asker opened the door to offers.
            // Only privately, where no question stands in front of the message: a priced reply in a room is read
            // against the question it replies to, as above. (Which thing the terms are for is not compared: a seller
            // answering a request for one thing mostly follows up with that thing.)
            Optional<Instant> requestAnswered = ctx.message().kind() == ChannelKind.DIRECT
                    ? ctx.history().answeredOfferRequestOf(other) : Optional.empty();
            if (requestAnswered.isPresent() && requestAnswered.get().isAfter(since)
                    && requestAnswered.get().isBefore(ctx.now())) {
                continue;
            }
            String pseudonym = ctx.pseudonym(other);
            if (!ctx.firstTimeIn(pseudonym, Duration.ofDays(days))) {
                continue;
            }
            long knownSeconds = first.map(f -> Duration.between(f, ctx.now()).getSeconds()).orElse(0L);
            long knownHours = knownSeconds / 3600;
            String known = first.isEmpty() || knownHours < 1 ? "someone you had not talked with before"
                    : "someone you first talked with " + Durations.humane(knownSeconds) + " earlier";
            ctx.emit(Evidence.builder().message(ctx.message().id()).counterpart(pseudonym)
                            .count("known-hours", knownHours).build(),
                    new Tip("You pitched to " + known + ".", id().principle(),
                            "ask them what they are working on and help with one thing before you mention your offer."));
        }
    }

    /**
     * A priced offer of one's own that speaks to the thread rather than the person it replies to: tacked onto a real
     * answer to their question or problem, or said under their post to "anyone" ("lovely! if anyone fancies making
     * one of these, my weekend class has two seats left, £60: …", with no "you" in it), in either case with nothing asking to be taken
     * up in private ({@link Pitch#takenUpInPrivate}).
     */
    private static boolean plugForTheThread(MessageContext ctx) {
        ChatMessage m = ctx.message();
        if (m.kind() == ChannelKind.DIRECT || m.replyTo().isEmpty() || Pitch.takenUpInPrivate(m.text(), m.links())) {
            return false;
        }
        return ctx.facts().underAQuestion() && helpsBesideTheOffer(m.text(), true) || toTheRoom(m.text());
    }

    /**
     * A reply in a room that offers one's own thing at a discount (a share off or a code) with no price, no "you" and
     * nothing asking to be taken up in private ({@link Pitch#takenUpInPrivate}): a sale announced to the thread.
     */
    static boolean saleAnnouncedUnderAPost(ChatMessage m) {
        String text = m.text();
        if (m.kind() == ChannelKind.DIRECT || m.replyTo().isEmpty() || text == null
                || !(Pitch.namesTerms(text) || Pitch.pricedOrCoded(text)) || Pitch.namesAPrice(text)
                || Pitch.takenUpInPrivate(text, m.links())) {
            return false;
        }
        return !saysYou(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /**
     * The offer names its taker as anyone at all ("if anyone wants…", "anyone who's after one…", "for anybody
     * interested") and speaks to nobody as "you": said in a reply, it is still said to everyone reading.
     */
    static boolean toTheRoom(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (!ANYONE.matcher(t).find()) {
            return false;
        }
        return !saysYou(t);
    }

    /**
     * Whether the reply says something beside its offer: sentences with no link and no price hold at least
     * {@link #HELP_WORDS} words ("classic join problem. check the keys on both sides." before the plug). Sentences end
     * at a stop, a question or exclamation mark followed by a space, or a line break, so a dotted name in code
     * ("df.merge") stays inside its sentence.
     */
    static boolean helpsBesideTheOffer(String text) {
        return helpsBesideTheOffer(text, false);
    }

    /**
     * As {@link #helpsBesideTheOffer(String)}; with {@code withoutCourtesies}, a short sentence that opens with a
     * greeting or a courtesy ("Hi Sam, nice to meet you!", "great question!", "welcome!") says nothing to the question
     * and does not count as help: a pleasantry before an offer answers nothing.
     */
    static boolean helpsBesideTheOffer(String text, boolean withoutCourtesies) {
        int words = 0;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n || text.charAt(i) == '\n'
                    || (text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?')
                    && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)));
            if (!end) {
                continue;
            }
            String sentence = text.substring(start, i);
            start = i + 1;
            // A fee said as a share ("we keep 20%, you just wait", "15% of whatever comes back") is the
            // offer's terms as much as a price is: no help beside it.
            if (sentence.contains("://") || Pitch.statesTermsOfSale(sentence)
                    || FeeShare.stated(sentence.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int said = 0;
            String opening = null;
            for (String w : sentence.trim().split("\\s+")) {
                if (!w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0))) {
                    said++;
                    if (opening == null) {
                        opening = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
                    }
                }
            }
            if (withoutCourtesies && opening != null && said <= COURTESY_WORDS && COURTESIES.contains(opening)) {
                continue;
            }
            words += said;
        }
        return words >= HELP_WORDS;
    }

    /**
     * A reply in a room whose only sign of a sale is selling said in the first person ({@link Cue#SELLING}), with no
     * price, code or share off, no link, no "you" and nothing asking to be taken up in private or booked: the writer
     * telling their trade, not an offer put to the one replied to.
     */
    static boolean tradeToldInPassing(MessageContext ctx) {
        ChatMessage m = ctx.message();
        String text = m.text();
        if (m.kind() == ChannelKind.DIRECT || m.replyTo().isEmpty() || text == null || !m.links().isEmpty()
                || ctx.facts().pitch() || !ctx.facts().promo().reasons().equals(List.of(Cue.SELLING.id()))
                || Pitch.namesAPrice(text) || Pitch.pricedOrCoded(text) || Pitch.namesTerms(text)
                || Pitch.invitesContact(text) || Pitch.takenUpInPrivate(text, m.links())) {
            return false;
        }
        return !saysYou(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /**
     * Notes on someone's work, replying to it in a channel made for feedback, name what their page sells ("the only
     * button is 'book a demo', offer a free trial"): with nothing of one's own offered (no I, my or we, no link, no
     * invitation to get in touch) that is critique, not a pitch. An offer of one's own services there ("I rewrite
     * these for $180, DM me") still is one.
     */
    private static boolean notesOnTheirWork(MessageContext ctx) {
        ChatMessage m = ctx.message();
        if (m.replyTo().isEmpty() || !m.links().isEmpty() || !ChannelPurpose.feedback(m.channelInfo())
                || Pitch.invitesContact(m.text())) {
            return false;
        }
        for (String w : NOT_A_WORD.split(m.text().toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
            if (OWN.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text} asks to get or buy a thing for the writer ({@link #ASKS_TO_GET}), with no link or contact
     * call.
     */
    static boolean asksToBuy(String text, List<Link> links) {
        if (text == null || !links.isEmpty() || Pitch.invitesContact(text)) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Matcher asked = ASKS_TO_GET.matcher(t);
        while (asked.find()) {
            if (!givesToTheReader(asked.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether what is asked for goes to the reader: a "you" in it, but not "yours", the reader's own thing bought. */
    private static boolean givesToTheReader(String asked) {
        return saysAny(asked, YOU_GIVEN);
    }

    /** Whether the lowered text speaks to someone as "you" ({@link #YOU}), word by word. */
    private static boolean saysYou(String lowered) {
        return saysAny(lowered, YOU);
    }

    /** Whether any word of the lowered text is one of {@code words}. */
    private static boolean saysAny(String lowered, Set<String> words) {
        for (String w : NOT_A_WORD.split(lowered)) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
