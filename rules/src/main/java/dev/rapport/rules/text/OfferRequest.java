package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that asks for a provider, a recommendation or a price: "does anyone know a good sign painter?",
 * "who does logos around here?", "how much would a logo cost me?". A priced offer in reply to such a question answers
 * it; the same offer in reply to a question that asked for nothing to buy ("anyone else see the new fees?") is a
 * pitch, even though it replies. The phrases are general English for asking who can do or sell something.
 */
public final class OfferRequest {
    private static final String[] PHRASES = {
            "recommend", "recommendation", "recommendations", "recs", "know a good", "know any good", "know someone", "know somebody", "know anyone who",
            "know anybody who", "looking for a", "looking for an", "looking for someone", "looking for somebody",
            "anyone who can", "anyone who does", "anybody who can", "someone who can", "somebody who can",
            "who can make", "who can design", "who can help me with", "who does ", "who makes ", "who sells ",
            "where can i buy", "where can i get", "where do i buy", "hiring", "for hire", "to hire", "budget",
            "a quote", "quotes", "your rates", "your rate", "you charge", "would it cost", "does it cost",
            "how much for", "how much would", "how much do", "price for", "prices for", "available for", "freelancer",
            "need someone", "need somebody", "need a designer", "need an editor", "need a developer", "services",
            // asking who gives a paid service: "does anyone here give drum lessons?", "anyone teach guitar?"
            "anyone give ", "anyone here give ", "anybody give ", "anyone offer ", "anyone here offer ",
            "anybody offer ", "anyone teach ", "anyone here teach ", "anybody teach ", "anyone tutor",
            "anyone run ", "anyone here run ", "anybody run ",
            "anyone take commissions", "anyone taking commissions", "anyone do commissions",
            // asking who does a service or coaches: "does anyone here do coaching?", "anyone coach beginners?"
            "anyone do ", "anyone here do ", "anybody do ", "anybody here do ", "anyone coach", "anyone here coach",
            "anybody coach",
            // asking to buy: "anyone selling a spare one?", "WTB a size M", "looking to buy a used one"
            "anyone selling", "anybody selling", "anyone here selling", "who's selling", "who is selling", "wtb",
            "want to buy", "wanting to buy", "looking to buy", "in the market for"};

    /**
     * Quotes the writer already got, had or received, up to two words between ("had three quotes", "got a quote back",
     * "we've received two roofing quotes"): not "can I get a quote?" or "could I have a quote?", which ask for one.
     */
    private static final GatedPattern QUOTES_HELD = GatedPattern.compile("\\b(?:got|had|received)\\s+(?:[\\p{L}\\d]+\\s+){0,2}?"
            + "(?:a\\s+)?quotes?\\b",
            "got", "had", "received");

    /**
     * Asking where others buy a thing ("where do you all buy leather?", "where does everyone get their beans?", "where
     * do people source fabric?"): the people asked are pointed at sellers, and a seller among them answers it. The
     * people may be placed ("where do folks in Ireland buy ...", "where do you all near the coast get ..."): asked
     * where buyers of one place shop, it is still a request for sellers.
     */
    private static final GatedPattern WHERE_FROM = GatedPattern.compile("\\bwhere (?:do|does|did|would|should) (?:you|you all|you "
            + "guys|y'all|yall|people|everyone|everybody|folks|others|u|u all)"
            + "(?: here| (?:in|around|near) (?:the )?\\p{L}+)? (?:usually |normally |all )?"
            + "(?:buy|get|source|order)\\b",
            "where");

    /**
     * Asking what others use for a job ("what do y'all use for rota planning?", "what does everyone use to invoice?"):
     * the people asked are pointed at tools and services, and one who sells such a thing, saying so, answers it.
     */
    private static final GatedPattern WHAT_FOR = GatedPattern.compile("\\bwhat (?:do|does|did|would|should) (?:you|you all|you "
            + "guys|y'all|yall|people|everyone|everybody|folks|others|u|u all)(?: here)? (?:usually |normally |all )?"
            + "use (?:for|to)\\b",
            "use");

    /**
     * Asking how others store, carry or organise their things ("how do you all store your brushes?", "how is everyone
     * carrying the ladders?"): the way asked for is mostly a thing to do it with, so one who makes or sells such a thing,
     * saying so beside the other ways, answers it, as a question about the tools people use does. Only verbs of handling
     * things, with what is handled after them: "how is everyone finding it?" asks after people, and "how do you keep going?"
     * after their spirits.
     */
    private static final GatedPattern HOW_THEY_KEEP = GatedPattern.compile("\\bhow (?:do|does|are|is) (?:you|you all|you guys"
            + "|y'all|yall|people|everyone|everybody|folks|others|u|u all)(?: here)? (?:usually |normally |all )?"
            + "(?:store|storing|carry|carrying|organise|organising|organize|organizing|pack|packing|transport"
            + "|transporting|stash|stashing) (?:the |your |their |all |our |these |those )?\\p{L}",
            "how");

    /**
     * Asking for someone to come out to one's place ("could anybody come and check the
     * leak?", "can someone drop by this week?", "could somebody pop round and fix it?"): a visit asked for is a job asked for, and a tradesperson's
     * terms for the visit answer it. "Did anyone come to the fair?" asks nothing of the kind: only a request (could,
     * can, would, will) to come.
     */
    private static final GatedPattern VISIT = GatedPattern.compile("\\b(?:could|can|would|will) (?:anyone|anybody|someone|somebody)"
            + "(?: here| local| nearby)? (?:come|pop|drop) (?:and|out|round|around|over|by|today|tomorrow)\\b",
            "come", "pop", "drop");

    /**
     * Asking what a thing or a job costs ("roughly what does a new roof cost these days?", "what would a loft ladder
     * cost fitted?"): a price asked for, which a tradesperson's ballpark and terms answer. What one paid ("what did
     * yours cost?") asks after a purchase made, not for anyone's price. The thing may be named with where or from whom
     * it is had ("what does a month at the climbing wall cost?", "what would a term of lessons with her cost?"): the
     * place or the provider said after it still asks that thing's price, so up to three words of it after "at", "with"
     * or "from" are read as part of the thing. The job may be named by its doing, with no "a" or "the" before it ("what
     * does sanding and sealing cost?", "what would servicing two boilers cost?"): work is priced as things are, so the
     * word in -ing and up to three after it are the thing; not "being" ("what does being late cost you?").
     */
    private static final GatedPattern COSTS = GatedPattern.compile("\\bwhat (?:does|do|would|will|might) (?:(?:a|an|the"
            + "|one|these|those)(?: [\\p{L}\\p{N}'-]+){1,3}|(?!being\\b)\\p{L}{2,}ing(?: [\\p{L}\\p{N}'-]+){0,3})"
            + "(?: (?:at|with|from)(?: [\\p{L}\\p{N}'-]+){1,3})? cost\\b",
            "cost");

    /**
     * Asking what the price of a thing is ("what's the trade price?", "what are the prices for a week?", "what is your
     * price on the blue one?"; one word may name which price): a price asked for, as "how much for…?" is, which the
     * seller's terms answer. The price must close the question or be followed by what it is for ("of", "for", "on",
     * "per"): "what's the price difference between them?" weighs two prices and asks for neither.
     */
    private static final GatedPattern PRICE_ASKED = GatedPattern.compile("\\bwhat(?:'s| is| are| are the| is the|'s the"
            + "|'re the| are your|'s your| is your)(?: [\\p{L}-]+)? prices?(?=\\s*[?,]|\\s*$| (?:of|for|on|per)\\b)",
            "price");

    /**
     * Asking for someone nearby, by where they are, who could do the job ("is anyone near Hull who could take a look?",
     * "anybody local that can fix a sash window?", "anyone based round Didsbury who could come out?"): naming the
     * place asks for someone to come, and a visit asked for is a job asked for, as with {@link #VISIT}. "Anyone here
     * who could look at my CV?" or "anyone around here who could look at my code?" names no place and asks a favour of
     * the room.
     */
    private static final GatedPattern NEARBY = GatedPattern.compile("\\b(?:anyone|anybody|someone|somebody) (?:(?:near|around"
            + "|round|based (?:in|near|around|round)|close to|local to) (?!here\\b|now\\b)\\S+(?: \\S+)?|local|nearby),?"
            + " (?:who|that) (?:could|can|would|will) (?:take a look|have a look|come|pop|drop|fix|repair|sort)\\b",
            "anyone", "anybody", "someone", "somebody");

    /**
     * Asking who does a job in an area, the work named as it is done ("is anyone clipping hedges round Malton?",
     * "anybody cleaning gutters near Otley?", "anyone doing gel nails around Hull?"): someone working there is what
     * is asked for, and their terms answer it. Not going somewhere ("is anyone going to the fair near York?"), nor a
     * trouble shared ("is anyone having problems with damp round the windows?"), nor a thing watched there with
     * "the" ("is anyone watching the match round here?"): no job is asked for.
     */
    private static final GatedPattern WORKS_NEAR = GatedPattern.compile("\\b(?:(?:is|are) )?(?:anyone|anybody|someone|somebody)"
            + "(?: here| still)? (?!going\\b|coming\\b|heading\\b|driving\\b|travelling\\b|traveling\\b|staying\\b"
            + "|living\\b|moving\\b|getting\\b|having\\b|seeing\\b|finding\\b|noticing\\b|hearing\\b|feeling\\b"
            + "|struggling\\b|losing\\b)\\p{L}+ing (?!(?:to|the|a|an|this|that|these|those|there|up|down|out|over"
            + "|back|home|on|in|at|round|around|near|for|with|about)\\b)\\p{L}+(?: \\p{L}+){0,2} (?:round|around|near"
            + "|local to|close to) ",
            "round", "near", "local to", "close to");

    /**
     * Asking whether anyone does a job in a named place, the job said by its bare verb ("does anyone shear near Builth?",
     * "does anybody here deliver round Hexham?", "anyone tutor in Salford?"): someone who works there is what is asked
     * for, as with {@link #WORKS_NEAR}, and their terms answer it. The place is a name (capitalised in the text: read in
     * {@link #doesJobNear}). Not living or going somewhere, nor the pastimes people look for company in ("does anyone
     * ride near Builth?", "anyone fish round Bala?"): those ask for fellows, not for work.
     */
    private static final GatedPattern DOES_NEAR = GatedPattern.compile("\\b(?:(?:does|do) )?(?:anyone|anybody|someone|somebody)"
            + "(?: here)? (?!(?:else|still|live|lives|go|goes|come|comes|get|have|know|want|need|live|stay|walk|ride"
            + "|run|hike|fish|climb|swim|cycle|bike|camp|play|meet|drive|travel|shop|train|race|sail|paddle|surf"
            + "|dive|hunt|skate|ski|work|study|feel|see|use|remember|fancy|mind|eat|drink|sleep|stop|be|been|is|are"
            // words that are no verb of a job: "anyone around in Leeds?", "anyone local in Hull?", "anyone up in York?"
            + "|was|were|can|could|will|would|did|do|does|got|had|around|about|out|up|down|over|based|from|local"
            + "|nearby|there|at|who|that|with|else|else's|of|i|you|we|they)\\b)(\\p{L}+) (?:near|around|round|in|"
            + "local to|close to) (\\p{L}+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE,
            "anyone", "anybody", "someone", "somebody");

    /**
     * Asking who covers or serves a named place ("who covers Alnwick?", "does anyone cover the Borders?", "anybody here
     * serve Hexham?"): a trade's people say which places they cover, so the asker wants whoever works there, as with
     * {@link #DOES_NEAR}, and their terms answer it. The place is a name (capitalised in the text: read in
     * {@link #coversAPlace}), not a day or a month ("who covers Sunday?" asks for a colleague on a rota), nor anyone's
     * ("who covers Jo's round?"), nor a cost ("who covers the cost of the skip?").
     */
    private static final GatedPattern COVERS = GatedPattern.compile("\\b(?:who|(?:(?:does|do) )?(?:anyone|anybody"
            + "|someone|somebody)(?: here)?) (?:covers|cover|serves|serve) (?:the )?(\\p{L}++)(?!['\u2019]s\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, "cover", "serve");
    /** Days and months: capitalised, but a time a rota asks about, no place. */
    private static final Set<String> NO_PLACE = Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "i");

    /** Whether {@code text}, as written, asks by a question who covers a named place ({@link #COVERS}). */
    private static boolean coversAPlace(String text) {
        if (text.indexOf('?') < 0 || !COVERS.mayMatch(text)) {
            return false;
        }
        Matcher m = COVERS.matcher(text);
        while (m.find()) {
            String place = m.group(1);
            if (Character.isUpperCase(place.codePointAt(0)) && !NO_PLACE.contains(place.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text}, as written, asks who does a job in a named place ({@link #DOES_NEAR}). */
    private static boolean doesJobNear(String text) {
        String t = text.replace('\u2019', '\'');
        if (!DOES_NEAR.mayMatch(t)) {
            return false;
        }
        Matcher m = DOES_NEAR.matcher(t);
        while (m.find()) {
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            // A bare verb, not a form of one ("anyone trimming near ...": WORKS_NEAR's) or a word before a noun.
            boolean bare = !verb.endsWith("ing") && !verb.endsWith("ed") && verb.length() > 2;
            if (bare && Character.isUpperCase(m.group(2).codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Work done to a thing by whoever does it, said as its past participle: mending and servicing, and the maker's
     * jobs of marking a thing as one's own (engraved, personalised, embroidered, framed, printed: since session 66).
     */
    private static final String JOBS_DONE = "done|fixed|repaired|mended|restrung|serviced|restored|cleaned|altered"
            + "|re-\\p{L}+ed|resoled|reframed|rewired|relined|reupholstered|regilded|engraved|personalised|personalized"
            + "|embroidered|monogrammed|framed|printed";

    /**
     * Saying one is about to have a thing done by someone ("going to have them reframed", "I need to get it serviced",
     * "planning to have the chair re-covered"): the work is wanted from whoever does it, so the post asks for a
     * provider as "does anyone reframe prints?" does, and a provider's terms under it answer it. Only the causative with
     * the work still to come: "I had it serviced" is done, and "going to have a go" does it oneself.
     */
    private static final GatedPattern WORK_WANTED = GatedPattern.compile("\\b(?:going to|gonna|need to|needs to|want to"
            + "|wanting to|hoping to|planning to|i'll|we'll)\\s+(?:have|get)\\s+(?:it|them|this|these|those|(?:my|our|her|his"
            + "|the)(?:\\s+[\\p{L}'-]+){1,2})\\s+(?:" + JOBS_DONE + ")\\b",
            "have", "get");

    /**
     * Wishing a thing of one's own had work done to it, the causative with no "have" or "get" ("I'd like my old
     * wallet engraved", "we'd love the photos framed"): as with {@link #WORK_WANTED}, the work is wanted from whoever
     * does it, so the post asks for a provider and a provider's terms under it answer it. English drops the "have" after
     * "would like" and keeps the same meaning (since session 66). Not liking a thing already done ("I'd like it
     * better framed" compares; "I liked my framed print" tells).
     */
    private static final GatedPattern WORK_WISHED = GatedPattern.compile("\\b(?:i|we)(?:'d| would) (?:like|love)\\s+(?:it"
            + "|them|this|these|those|(?:my|our|her|his|the)(?:\\s+[\\p{L}'-]+){1,3})\\s+(?:" + JOBS_DONE + ")\\b",
            "like", "love");

    /**
     * Asking whether anyone does, sells or makes a thing that comes to the asker ("is anyone doing a cheese hamper that
     * delivers on Fridays?", "anyone making birthday cakes that ship to Leeds?", "anybody offering a fruit box which
     * can deliver here?"): a thing brought to one's door is a thing bought, so the question asks for a supplier, and a
     * supplier's terms under it answer it. Only with the delivery said: "is anyone doing a stall at the fair?" or
     * "anyone doing the 10k?" asks for company, not for anything to buy.
     */
    private static final GatedPattern DELIVERED_ONE = GatedPattern.compile("\\b(?:anyone|anybody|someone|somebody)"
            + "(?: here| local| nearby)? (?:doing|offering|making|selling|running|baking|growing) (?:a|an|any|some)"
            + "(?: [\\p{L}\\p{N}'-]+){1,4}? (?:that|which|who)(?: can| could| will|'ll| would)? (?:deliver|delivers"
            + "|ship|ships|post|posts)\\b",
            "deliver", "ship", "post");

    /**
     * Asking whether anyone knows a provider, named by its kind ("if anybody knows a swim school near us", "do you know
     * any piano teachers round here?", "anyone know a garage that does MOTs?"): the one asking wants to be pointed at
     * someone who teaches, sells or fixes, as "know a good …" does, so a provider's own offer under it answers the
     * request. Only a person asked (anyone, you), not "I don't know a garage", and only kinds of provider: "know a way
     * to…", "know a song like…" ask for help or a tune, nobody's trade. One word may stand before the kind ("a kids'
     * class", "a cheap printer").
     */
    private static final GatedPattern KNOWS_A_PROVIDER = GatedPattern.compile("\\b(?:anyone|anybody|someone|somebody|you"
            + "|u|you all|y'all|yall|people)(?: here| round here| around here| local)? (?:knows?|know of|knows of) "
            + "(?:a|an|any)(?: [\\p{L}']+)? (?:club|class|school|gym|dojo|studio|academy|teacher|coach|instructor"
            + "|trainer|tutor|shop|stockist|supplier|mechanic|garage|plumber|electrician|builder|roofer|joiner|carpenter"
            + "|decorator|cleaner|dentist|vet|physio|salon|barber|printer|photographer)(?:s|es)?\\b",
            "know");

    /**
     * Asking whether there is a product or a service for a job ("is there an app that handles timed slots?", "is there
     * a booking tool for small salons?", "are there any courses that cover this?"): the one asking wants to be pointed
     * at a thing to get, as "can anyone recommend one?" does, so one who makes such a thing, saying so beside the
     * other ways, answers it. Only kinds of product or service: "is there a setting that…", "is there a way to…" ask
     * how to do a job, not for anything to get.
     */
    private static final GatedPattern THING_FOR = GatedPattern.compile("\\b(?:is there|are there) (?:a|an|any|some)"
            + "(?: [\\p{L}'-]+){0,2}? (?:app|tool|service|plugin|plug-in|program|programme|software|platform|course"
            + "|class|company|firm|supplier|shop|product|template|package)(?:s|es)? (?:that|which|for|to)\\b",
            "there");

    /**
     * Asking for the cheapest way or place to get a thing    /**
     * Asking for the cheapest way or place to get a thing, or the best deal on it ("what's the cheapest way to buy
     * twelve seats of the design app?", "cheapest place for printer ink round here?", "best deal on a year of web
     * hosting?"): the one asking wants a price, and a seller's own price, said as such, answers it as it answers "how
     * much for…?". Only as a question ({@link #is} wants its mark), since "got the best deal on paint today" tells
     * of a purchase. Getting a thing somewhere ("the cheapest way to get two mics into one laptop", "to get the van
     * across") asks how to do a job, not for anything to buy: a word of moving after it keeps the clause a how-to.
     */
    private static final GatedPattern CHEAPEST = GatedPattern.compile("\\b(?:(?:cheapest|cheaper) (?:way|place|option"
            + "|route|site|shop|deal)s? (?:to (?:get|buy|order|source)|for|on)|(?:best|cheapest) deals? (?:on|for))\\b"
            + "(?![^?.,!\\n]*\\b(?:into|onto|in to|up|down|out|off|through|across|over|rid|past|home|there|back)\\b)",
            "cheap", "deal");

    /**
     * Asking which of a kind of outing, course or booked place to take ("which tour is quietest?", "which course is best
     * for a beginner?", "which cruise should we book?"): the one asking wants to be pointed at one to book, as
     * "can anyone recommend one?" does, so a provider's own, said as the answer beside the reasons, with its price
     * and page, answers it. Only a choice to be made now: "which trip was that photo from?" or "which class is on
     * Tuesday?" asks after a fact, and nothing is chosen.
     */
    private static final GatedPattern WHICH_TO_TAKE = GatedPattern.compile("\\bwhich (?:[\\p{L}'-]+ )?(?:trip|tour|cruise"
            + "|sailing|excursion|outing|class|course|workshop|lesson|session|package|ticket|pass)(?:s|es)? (?:(?:is|are"
            + "|would be|will be) (?:the )?(?:best|better|most \\p{L}+|least \\p{L}+|\\p{L}{3,}est|right for|good for"
            + "|suitable|suited)\\b|(?:should|shall|would you|do you|to) (?:i |we )?(?:book|take|choose|pick|go for"
            + "|recommend|suggest)\\b)",
            "which");

    /**
     * Asking the room whether anyone has a thing ("does anyone have a spare tripod plate?", "anybody got an old 28cm
     * pan?"): a thing asked for, which a seller who has one may sell. Not by itself a request for offers (the same words
     * ask to borrow a charger or for a link to the slides); see {@link #promisesToWritePrivately}.
     */
    private static final GatedPattern HAS_ONE = GatedPattern.compile("\\b(?:(?:does|do) (?:anyone|anybody|someone|somebody)"
            + "(?: here)? have|(?:anyone|anybody)(?: here)? (?:got|have)"
            // "is anyone selling a…?" asks who has one to sell, as "does anyone have a…?" does.
            + "|(?:is|are) (?:anyone|anybody|someone|somebody)(?: here)? selling) (?:a|an|one|any)\\b",
            "have", "got", "selling");

    /**
     * Asking for a thing to be had ("any chance of a pair of these for my brother?", "any chance I could get two more?",
     * "any chance you'd make one in oak?"): said to a maker, or to the room, it asks for the thing as "does anyone have
     * one?" does, so a maker's "I'll DM you" under it promises the terms. "Any chance of rain?" names no thing asked
     * for; a question how something is done asks for nothing to be had.
     */
    private static final GatedPattern ASKS_FOR_ONE = GatedPattern.compile("\\bany chance (?:of|(?:i|we) could (?:get|have|buy|"
            + "order)|you(?:'d| could| would) make) (?:a|an|one|another|two|three|four|five|six|some|more)\\b",
            "any chance");

    /**
     * Asking the room whether anyone has room for one ("does anyone have a space on Thursdays?", "anybody got any slots
     * left this month?", "does anyone have availability for a 3 year old?"): a space, a slot, an opening, a vacancy is
     * what a provider has to give, so the question asks for a provider as "who does ...?" does, and a provider's terms
     * answer it. "Does anyone have space in their freezer?" asks a neighbour's favour ("space" with no article, theirs).
     */
    private static final GatedPattern HAS_ROOM = GatedPattern.compile("\\b(?:(?:does|do) (?:anyone|anybody|someone|somebody)"
            + "(?: here)? have|(?:anyone|anybody)(?: here)? (?:got|have)) (?:a |any )?(?:space|spaces|slot|slots"
            + "|opening|openings|vacancy|vacancies|availability|places)\\b(?! in (?:their|your|his|her)\\b)",
            "space", "slot", "opening", "vacanc", "availability", "places");

    /**
     * The asker offering to pay for what they ask ("does anyone here check contracts? happy to pay for an hour", "we'd
     * pay someone to look over it"): only paid work is offered pay, so the question asks for a provider, and a
     * provider's terms answer it. Not a debt or a favour returned ("happy to pay you back", "I'll pay it forward").
     */
    private static final GatedPattern PAY_OFFERED = GatedPattern.compile("\\b(?:(?:happy|glad|willing|prepared|keen) to "
            + "|(?:i|we)(?:'d|'ll| would| will| can) (?:happily |gladly )?)pay\\b"
            + "(?! (?:it forward|you back|back|attention)\\b)"
            // Offering to talk about the fee ("glad to discuss rates", "willing to talk money") opens the price of paid
            // work as offering to pay does: only one who means to hire raises the fee (since session 66).
            + "|\\b(?:happy|glad|willing|prepared|keen) to (?:talk|discuss) (?:fees?|money|rates?|prices?|budgets?"
            + "|terms|costs?)\\b",
            "pay", "talk", "discuss");

    /**
     * Asking how to book someone or get on their list ("how do I book the farrier?", "how can we get onto the
     * groomer's waiting list?", "how can I get onto the list for the next litter?"): the one asking wants to buy a
     * place with a provider, so the provider's booking page and terms answer the request, as they answer "who does
     * …?". Not booking leave, time off or a room at work, which asks how a tool or a rota works.
     */
    private static final GatedPattern HOW_TO_BOOK = GatedPattern.compile("\\bhow (?:do|can|would|should) (?:i|we) "
            + "(?:book\\b(?! (?:time|leave|holiday|annual|a room|a meeting|the room|the meeting|a desk)\\b)"
            + "|get (?:on|onto|on to) (?:the|your|his|her|their) (?:[\\p{L}']+ ){0,2}(?:list|waiting list|waitlist|books)\\b)",
            "book", "list");

    /**
     * Asking whom to speak to ("who do I speak to?", "who should we talk to?", "who do I contact?"), read with
     * {@link #WANT_SAID}: said after what one wants done or had ("we need a stage and lights for the school's summer
     * concert, who do we talk to?", "I'd like to book a stand at the spring fair, who should I talk to?"), it asks to be
     * put in touch with whoever provides it, as "who does …?" asks, so the provider's terms answer it (since session
     * 65).
     */
    private static final GatedPattern WHOM_TO_SPEAK_TO = GatedPattern.compile("\\bwho (?:do|should|can|could|would)"
            + " (?:i|we) (?:speak|talk|chat) (?:to|with)\\b|\\bwho (?:do|should|can) (?:i|we) (?:contact|email|ring|call)\\b",
            "who");

    /**
     * One's own want said outright: "we want a …", "I need an …", "we'd like to book …", "we're after a …", "I'm
     * planning a …". Only with a thing or a booking after it: "who do I talk to about the broken heater?" says no want,
     * and "I need to speak to someone about my bill" wants nobody's trade.
     */
    private static final GatedPattern WANT_SAID = GatedPattern.compile("\\b(?:(?:i|we)(?:'d| would)? (?:want|need|like)"
            + "|(?:i'm|i am|we're|we are) (?:after|planning|organising|organizing))\\s+(?:to (?:book|hire|have|get|order"
            + "|put on|organise|organize|arrange|commission)\\b|(?:a|an|some|two|three|four|\\d+)\\b)",
            "want", "need", "like", "after", "planning", "organising", "organizing");

    /**
     * A post that closes by asking for prices in so many words ("Rates please.", "Prices and availability please",
     * "quotes pls"): the general way to ask traders for their terms, so the terms given under it answer it as they
     * answer "what are your rates?". Only as a sentence of its own: "lower prices please" wants cheaper goods, and "fair
     * prices, please use them" praises a trader. The rate may be said by the time it is charged for or as the trader's
     * own ("Day rates and availability please.", "hourly rates pls", "your prices please"): which rate, not what kind
     * of price is wished for, so the sentence still opens the request.
     */
    private static final GatedPattern TERMS_PLEASE = GatedPattern.compile("(?:^|[.!?:;\\n]\\s*)(?:(?:dates|availability)"
            + " and )?(?:(?:day|daily|hourly|weekly|your) )?(?:rates|prices|quotes|pricing|costs)"
            + "(?: and (?:availability|dates|times|a start date))?,?"
            + " (?:please|pls|plz)\\b",
            "please", "pls", "plz");

    /**
     * Telling the traders to send their rate or a quote ("Come back with your best rate please", "send me your day
     * rate", "DM me a ballpark price", "could you give us a rough quote?", "let me know your rates"): the general way
     * a buyer asks for terms, as a sentence or clause of its own, so the terms given under it answer it as they answer
     * "what are your rates?" (since session 69). The verb opens its clause or follows a plea ("please", "could you"):
     * "once I've seen it I'll give you a figure" is a trader offering one. No "for" is read between the verb and the
     * figure: "DM me for prices" is a seller's call, the figure is what the message gets, not what is asked to be sent.
     */
    private static final GatedPattern RATE_REQUESTED = GatedPattern.compile("(?:^|[.!?:;,\\n(]\\s*|\\b(?:please|pls|plz"
            + "|kindly|can you|could you|would you|can someone|could someone|can anyone|could anyone) )"
            + "(?:reply|respond|answer|come back|get back to (?:me|us)|send|give|dm|pm|message|drop|post"
            + "|let (?:me|us) (?:know|have)|tell (?:me|us))(?: (?:me|us|over))?(?: with)?"
            + " (?:(?:a|an|your|some|any|the|their) )?(?:(?:rough|ballpark|best|quick|indicative|fixed|firm|day|daily"
            + "|hourly|weekly|estimated) ){0,2}(?:rates?|quotes?|quotations?|prices?|pricing|estimates?|ballparks?)\\b",
            "rate", "quot", "pric", "estimate", "ballpark");

    /**
     * A topic saying its people ask for quotes there ("landlords post repairs and ask for prices", "request an
     * estimate for your job"): a quote or a price is asked only of those who would do the work, so its posts ask for
     * offers as a room named for finding a provider does. Not asking about something else ("ask for help", "ask for
     * feedback").
     */
    private static final Pattern ASK_FOR_QUOTES = Pattern.compile("\\b(?:ask|asks|asking|request|requests|requesting)"
            + " (?:for )?(?:a |an |some |your |their )?(?:quotes?|prices?|pricing|estimates?|bids?|offers?)\\b");

    /**
     * A topic that tells providers to quote in the room ("jobs posted by clients, fitters quote here", "plumbers bid
     * below"): the room's posts are requests, and quoting is how they are answered. The verb, not the noun: "post a
     * quote here" or "favourite quotes here" names sayings or prices, not the trade's answer.
     */
    private static final Pattern QUOTE_HERE = Pattern.compile("(?<!\\b(?:a|an|the|your|my|our|their|favourite|favorite"
            + "|fave|best|daily|weekly|good|great) )\\b(?:quote|bid)\\s+(?:here|below|in (?:the )?(?:replies|thread))\\b");
    /** What separates the words of a channel's name; compiled once (String.split compiled it per message). */
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");
    /** Saying one will write to the person privately: "I'll DM you pics", "will message you the details". */
    private static final GatedPattern WRITE_PRIVATELY = GatedPattern.compile("\\b(?:i'll|i will|will|let me|i can) (?:dm|pm|"
            + "message|msg|inbox) (?:you|u)\\b",
            "dm", "pm", "message", "msg", "inbox");

    /**
     * One of the thing spoken of handed to the person on terms ("can lend you one", "I'll sell you mine", "could rent u
     * one for the weekend"): "one" and "mine" stand for a thing already named, in an answer the thing the asker spoke of.
     */
    private static final GatedPattern HANDS_OVER_ONE = GatedPattern.compile("\\b(?:hire|lend|loan|rent|sell|let you have)"
            + " (?:you |u )?(?:one|mine|ours)\\b",
            "one", "mine", "ours");

    /**
     * What the one spoken to charges, asked of them ("roughly what would you charge me, all in?", "and your rates
     * for two evenings?", "how much would you want for both?"): a request for their terms, whatever else the message
     * says. So is how to book them, asked of them ("do you take these on? how do I book?"): one asks how to book only
     * the one who would do the work, and their answer is their terms and where to book.
     */
    private static final String[] THEIR_PRICE = {"you charge", "your rate", "your rates", "your prices",
            "your price", "how much do you", "how much would you", "how much will you", "how do i book",
            "how can i book", "how would i book", "how do we book", "how can we book"};

    private OfferRequest() {
    }

    /**
     * True when an answer offers the asker one of the thing they spoke of ({@link #HANDS_OVER_ONE}): under "has anyone
     * got a …?" it is what was asked for, however it is priced.
     */
    public static boolean handsOverOne(String text) {
        return text != null && HANDS_OVER_ONE.find(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /** True when the question asks the room whether anyone has a thing or asks for a thing to be had (see {@link #HAS_ONE}, {@link #ASKS_FOR_ONE}). */
    public static boolean asksWhoHasOne(String text) {
        if (text == null) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return HAS_ONE.find(t) || ASKS_FOR_ONE.find(t);
    }

    /**
     * True when an answer says its author will write to the asker privately ("I have one in blue, I'll DM you pics"):
     * said under a question that asked who has a thing, the asker is expecting that seller's terms by DM.
     */
    public static boolean promisesToWritePrivately(String text) {
        return text != null && WRITE_PRIVATELY.find(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /**
     * Asked of one person whether they do a thing ("do you do kids' parties?", "do you offer gift wrapping?"): said to
     * them privately, it asks for their service. In a room the same words may ask whether they go somewhere ("do you do
     * the spring fair?"), so only a private question counts.
     */
    public static boolean asksTheirService(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("do you do ") || t.contains("do you offer ");
    }

    /**
     * True when the text asks, by a question mark, what the one spoken to charges or how to book them
     * ({@link #THEIR_PRICE}). Narrower than
     * {@link #is}: only their own price, not any request for a provider.
     */
    public static boolean asksTheirPrice(String text) {
        if (text == null || text.indexOf('?') < 0) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String p : THEIR_PRICE) {
            if (saidAsWords(t, p)) {
                return true;
            }
        }
        return false;
    }

    /** True when the question asks who can do or sell something, or at what price. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        // The patterns read with a typed apostrophe see a curly one as typed; the rest read the text as it came.
        String a = t.replace('\u2019', '\'');
        boolean asks = t.indexOf('?') >= 0;
        if (WHERE_FROM.find(t) || WHAT_FOR.find(t) || HOW_THEY_KEEP.find(t)
                || VISIT.find(t) || KNOWS_A_PROVIDER.find(a)
                || NEARBY.find(t) || HAS_ROOM.find(t) || WORKS_NEAR.find(t)
                || COSTS.find(t) || asks && PRICE_ASKED.find(a)
                || THING_FOR.find(t) || TERMS_PLEASE.find(t) || RATE_REQUESTED.find(t)
                || DELIVERED_ONE.find(a) || WORK_WANTED.find(a) || WORK_WISHED.find(a)
                || asks && WHICH_TO_TAKE.find(a)
                || HOW_TO_BOOK.find(a) || WHOM_TO_SPEAK_TO.find(a) && WANT_SAID.find(a)
                || doesJobNear(text) || coversAPlace(text) || asks && (PAY_OFFERED.find(a)
                || CHEAPEST.find(t))) {
            return true;
        }
        // Quotes one already holds ("had three quotes for the boiler", "we've received a couple of quotes") are offers
        // in hand told about: asking which of them looks fairer asks for advice on choosing, not for another offer, so
        // only the rest of the text is read for a request ("had a quote back, can anyone recommend a second firm?").
        String asked = QUOTES_HELD.mayMatch(t) ? QUOTES_HELD.matcher(t).replaceAll(" ") : t;
        for (String p : PHRASES) {
            if (saidAsWords(asked, p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code phrase} occurs in {@code t} as whole words, or as a plural: "I recommended it" and "a highly
     * recommended shop" praise, they ask for nothing, and "unbudgeted" holds a phrase without saying it.
     */
    private static boolean saidAsWords(String t, String phrase) {
        boolean openEnd = phrase.endsWith(" ");
        for (int at = t.indexOf(phrase); at >= 0; at = t.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean starts = at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1));
            // a plural is the same word ("any freelancers here?")
            if (end < t.length() && t.charAt(end) == 's') {
                end++;
            }
            boolean ends = openEnd || end == t.length() || !Character.isLetterOrDigit(t.charAt(end));
            // Said as not wanted ("not looking for a tutor, only here to read along", "we're not hiring"), it asks for none.
            boolean denied = t.startsWith("not ", Math.max(0, at - 4)) || t.startsWith("n't ", Math.max(0, at - 4));
            if (starts && ends && !denied) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the channel is where people ask for a provider and providers answer with their offer: named for finding
     * one ({@code #find-a-designer}, {@code #find-an-editor}, {@code #looking-for}, {@code #wanted}; not "requests", which a feedback-requests channel is too) or saying so in
     * its topic ("say what you need; movers, send us a quote"). A question there asks for offers however it
     * is worded ("and a second one for the flat, Sundays?"): answering it with one's offer is what the room is for.
     */
    public static boolean channelFor(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        String[] words = NOT_A_LETTER.split(info.name().toLowerCase(Locale.ROOT));
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String next = i + 1 < words.length ? words[i + 1] : "";
            if (w.equals("find") && (next.equals("a") || next.equals("an")) || w.equals("looking") && next.equals("for")
                    || w.equals("wanted")) {
                return true;
            }
        }
        String topic = info.topic().toLowerCase(Locale.ROOT);
        return topic.contains("with offers") || topic.contains("your quote") || TopicClauses.asksForOffers(topic)
                || QUOTE_HERE.matcher(topic).find() || ASK_FOR_QUOTES.matcher(topic).find();
    }
}
