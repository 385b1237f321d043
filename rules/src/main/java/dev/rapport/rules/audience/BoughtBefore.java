package dev.rapport.rules.audience;

import dev.rapport.rules.text.CalendarWords;
import dev.rapport.rules.text.GatedPattern;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone telling the one they talk to that they bought from them before: "I bought a lamp from you last spring",
 * "we ordered from you at Christmas", "I got my first rug off you", "I bought your winter blend". Only a customer says
 * that: an existing customer, whatever else they talk about, and one whose next question is owed an answer first
 * (principle 7). "You" says whose business it is; a purchase from someone else ("I bought mine from the shop on the
 * corner") is not read as one.
 */
public final class BoughtBefore {
    /**
     * Who bought, said or left out: "I", "we", or nothing at the start of a sentence, as chat drops the "I" ("morning,
     * got my tent off you last spring", "Ordered from you twice"). Not a verb inside a sentence with someone else
     * before it ("my sister bought hers from you" is hers, not the writer's). Left out, it is a statement only when
     * its clause does not end in a question mark: "ordered your new brushes yet?" asks whether the other did.
     */
    private static final String BUYER = "(?:\\b(?<said>i|we|i've|we've|i have|we have)\\s+|(?:^|[.!?;:,]\\s*))";
    /**
     * The buyer, or a message that opens with the name of the one it speaks to and drops the "I" after it, as chat
     * does after a full stop: "@Mo got my tent off you in May", "<@42> ordered two of your mugs for Christmas".
     */
    private static final String LEAD = "(?:" + BUYER + "|^\\s*(?:<@!?\\d+>|@\\S+(?:\\s+\\S+)?)\\s+)";
    /**
     * The verbs of paying for something: buying it, and paying for its use, which is how typefaces, photos, music,
     * software, tools and vans are bought ("we licensed the display face from you", "rented the big tent off you").
     */
    private static final String PAID_FOR = "(?:bought|ordered|purchased|licensed|licenced|rented|leased)";
    /**
     * Where the one spoken to sells, said as theirs: "from your store", "off your stall at the fair". A purchase from
     * their shop is a purchase from them. Only places that sell: "got the recipe from your site" or "from your post"
     * passes on a word, not a purchase.
     */
    private static final String YOUR_SHOP = "your\\s+(?:[\\w'-]+\\s+)?(?:store|shop|stall|stand|booth|market\\s+stall)\\b";
    /**
     * I or we bought (ordered, got, licensed) something from or off you, or from your shop: "bought the small vase
     * from you", "got my seed mix from your store last week".
     */
    private static final Pattern FROM_YOU = Pattern.compile(LEAD + "(?:already\\s+)?"
            + "(?:" + PAID_FOR + "|got)\\s+(?:[\\w' -]{1,40}?\\s+)?(?:from|off)\\s+(?:you\\b|" + YOUR_SHOP + ")");
    /**
     * Things that come from someone without being bought: words, greetings and gifts ("my card from you came",
     * "our present from you arrived").
     */
    private static final String NOT_BOUGHT = "(?:message|messages|msg|dm|pm|email|mail|letter|letters|card|cards|note"
            + "|reply|answer|text|invite|invitation|gift|gifts|present|presents|advice|tip|tips)";
    /**
     * A thing of the writer's from the one spoken to (or their shop) that has come: "my lamp from you arrived",
     * "our order off your stall turned up". Only what was bought is sent and waited for that way; a letter or a gift
     * from them is not a purchase.
     */
    private static final Pattern ARRIVED = Pattern.compile("\\b(?:my|our)\\s+(?:(?!" + NOT_BOUGHT + "\\b)[\\w'-]+\\s+){1,3}?"
            + "(?:from|off)\\s+(?:you\\b|" + YOUR_SHOP + ")\\s+(?:has\\s+|have\\s+|finally\\s+|just\\s+)*"
            + "(?:came|come|arrived|turned\\s+up|got\\s+here|showed\\s+up|landed)\\b");
    /** I or we bought one of yours: "I bought your winter blend", "ordered two of your mugs". */
    private static final Pattern YOURS = Pattern.compile(LEAD + "(?:already\\s+)?"
            + PAID_FOR + "\\s+(?:\\w+\\s+of\\s+)?your\\s+\\w+");
    /**
     * I or we booked or hired what the one spoken to supplies: "we booked your crew for the spring fair", "I hired your
     * big marquee last June". A service is bought by booking it, as goods are by ordering them. Not a place or a ride
     * booked for them as a favour ("I booked your table for eight", "booked your seats, see you there").
     */
    private static final Pattern BOOKED_YOURS = Pattern.compile(LEAD + "(?:already\\s+)?(?:booked|hired)\\s+"
            + "(?:\\w+\\s+of\\s+)?your\\s+(?!(?:tickets?|seats?|places?|spots?|table|taxi|cab|train|flights?|lift)\\b)"
            + "\\w+");

    /**
     * I or we bought (ordered, got) a thing without saying from whom: "I bought the wool coat last month", "got your
     * lamp kit on Friday", "we ordered this one in blue". Said to someone who sells, it was theirs. "Got" only with
     * "your" and a thing, not a word passed on: "got your message" is no purchase. Chat drops the "I" after the name
     * it opens with as after a full stop ("@Mo got your kit, thanks").
     */
    private static final Pattern BOUGHT_IT = Pattern.compile("(?:" + BUYER + "|^\\s*(?:(?:<@!?\\d+>|@\\S+(?:\\s+\\S+)?)\\s+)?)"
            + "(?:already\\s+|just\\s+)?"
            + "(?:(?:bought|ordered|purchased)\\s+(?:the|this|that|your|one of your|two of your)\\s+\\w+"
            + "|got\\s+your\\s+(?!(?:message|msg|dm|pm|email|mail|text|note|reply|answer|point|question|comment|post"
            + "|invite|link|name|number|call|voicemail|letter|card|advice|tip)\\b)\\w+)");
    /**
     * I or we booked (or are booking) a run of sessions without saying with whom: "Booking the block of three!", "I've
     * booked a course of six", "we're booking another two lessons". Lessons, sessions and classes are paid time: a
     * run of them is bought as surely as goods are ordered, and nobody books one as a favour. Told to someone who
     * sells or is of the trade, it was theirs ({@link #servedBy}). Not a call or a meeting: those buy nothing.
     */
    private static final Pattern SESSIONS_BOOKED = Pattern.compile("(?:\\b(?<said>i|we)(?:'m|'re|'ve|\\s+am|\\s+are"
            + "|\\s+have)?\\s+|(?:^|[.!?;:,]\\s*)|^\\s*(?:<@!?\\d+>|@\\S+(?:\\s+\\S+)?)\\s+)(?:already\\s+|just\\s+)?"
            + "(?:booked|booking)\\s+(?:(?:the|a|another|my|our|your)\\s+(?:block|course|series|package|bundle|pack"
            + "|run)\\s+of\\s+(?:\\d+|two|three|four|five|six|eight|ten|twelve|sessions|lessons|classes)"
            + "|(?:another|\\d+|two|three|four|five|six|eight|ten|twelve)(?:\\s+(?:\\d+|two|three|four|five|six"
            + "|eight|ten|twelve))?\\s+(?:more\\s+)?(?:sessions?|lessons?"
            + "|classes))\\b");

    /**
     * The one spoken to named by their @name, as the writer tells the room of their work for the writer's household
     * ("@Ana has photographed our last three launches", "<@42> ran our first-aid course in May"): said of the one the
     * message mentions, it is the same word as "you did our ...". With "has" or "have" before the verb, as such work
     * is told in the present perfect. Read only where the work is told ({@link #DID_OURS}, {@link #DONE_ON_OURS}).
     */
    private static final String NAMED = "(?:<@!?\\d+>|(?<![\\w@])@[\\w.'-]+(?:\\s+(?!(?:has|have|already|once|also)\\b)"
            + "[\\w.'-]+)?)(?:\\s+(?:has|have))?";
    /**
     * Work the one spoken to did for the writer, told to them: "you did our kitchen last spring", "you cut my hair in
     * May", "you guys shot our wedding", "you taught my daughter last term". Only one who paid for that work says it
     * (or whose household did). What the work was done on is a thing of theirs, not something said or a moment
     * ("you made my day", "you did my head in", "you fixed my bug" are thanks and help between equals), and not
     * someone else's ("you did my neighbour's roof" tells of another's job).
     */
    private static final String WORK_DONE = "(?:did|redid|re-did|made|built|designed|painted|fixed|repaired|mended"
            + "|altered|hemmed|cut|coloured|colored|styled|shot|photographed|filmed|catered|planned|decorated"
            + "|renovated|refurbished|restored|rebuilt|tattooed|framed|tuned|serviced|installed|fitted|taught"
            + "|coached|tutored|groomed|cleaned|printed|baked|sewed|knitted|upholstered|landscaped|rewired|plumbed"
            + "|illustrated|engraved|delivered|treated|tiled|plastered|trimmed|pruned|mowed"
            + "|surveyed|valeted|reupholstered|resoled|reframed)";
    /** Things one's own that are no work bought: times, a mind, words, a favour's object between equals. */
    private static final String NOT_A_JOB = "(?:day|night|week|weekend|morning|evening|afternoon|year|month|life|head"
            + "|mind|heart|point|points|question|questions|problem|problems|issue|issues|bug|bugs|code|script|post"
            + "|posts|message|comment|thread|link|name|mistake|typo|typos|spelling|grammar|argument|case|excuse"
            + "|own|fault)";
    /**
     * Not in a supposition ("if you printed our menus, what would it cost?" is a prospect's question) and not a thing
     * of others ("you did our neighbours' fence", like "my neighbour's roof", tells of another's job).
     */
    private static final GatedPattern DID_OURS = GatedPattern.compile("(?:\\b(?=you)(?<!\\bif\\s)(?<!\\bunless\\s)"
            + "(?<!\\bsuppose\\s)you(?:\\s+(?:guys|two|all|lot))?|" + NAMED + ")\\s+(?:already\\s+|once\\s+"
            + "|also\\s+)?" + WORK_DONE + "\\s+(?:our|my)\\s+(?!" + NOT_A_JOB + "\\b)\\w++(?!'s|')",
            "our", "my");
    /**
     * Words that can stand between "you" and "my" without telling of work done on the writer's thing: the verbs of
     * being, having and the modals ("you have my number", "you can my..."), of knowing, liking, meeting, reading and
     * messaging ("you saw my sketch", "you tagged my friend", "you answered my post"), of feeling or harm ("you
     * inspired my first quilt", "you broke my heart"), and the little words a sentence puts there.
     */
    private static final String NOT_WORK = "(?:are|were|was|have|had|has|can|could|will|would|should|shall|might|may"
            + "|must|do|does|don't|didn't|dont|didnt|can't|cant|won't|wont|know|knew|need|needed|want|wanted|like|liked"
            + "|love|loved|hate|hated|met|meet|saw|see|seen|heard|hear|read|told|tell|asked|ask|sent|send|said|say"
            + "|answered|replied|followed|follow|remember|remembered|mentioned|tagged|called|emailed|messaged|texted"
            + "|dmed|pinged|missed|forgot|borrowed|took|got|get|owe|owed|stole|broke|ruined|ignored|blocked|muted"
            + "|kicked|banned|upvoted|shared|posted|reposted|retweeted|quoted|linked|featured|inspired|impressed|annoyed"
            + "|scared|confused|reminded|welcomed|invited|thanked|mean|meant|think|thought|feed|fed|need|seed"
            + "|and|or|to|in|on|at|for|with|of|from|about|too|just|also|already|once|still|really|never|ever"
            + "|always|all|guys|two|lot|then|so|obviously|probably)";
    /**
     * When past work was done, told after the thing it was done on: "in November", "last spring", "back in 2024",
     * "two years ago".
     */
    static final String WHEN_DONE = "(?:(?:in|last|back\\s+in|this\\s+past)\\s+(?:the\\s+)?(?:"
            + CalendarWords.MONTH_ALTERNATION + "|" + CalendarWords.MONTH_SHORT_FORM_ALTERNATION
            + "|spring|summer|autumn|fall|winter|\\d{4}|week|month|year|season|time)"
            + "|(?:a|one|two|three|four|five|six|a\\s+few|a\\s+couple\\s+of|\\d+)\\s+(?:days?|weeks?|months?|years?)"
            + "\\s+ago)\\b";
    /**
     * Work the one spoken to did on a thing of the writer's, in the trade's own verb, whatever the trade: "you
     * repointed our chimney", "you X'd my Y in March". The list of {@link #WORK_DONE} cannot hold every trade's verb,
     * so the shape is read instead: "you", a verb in the past (one ending in -ed, or any verb followed by when it was
     * done, which says it is past however the verb is formed), and a thing of the writer's that is no word, time or
     * favour between equals. Alone this says less than a verb of the list: it is read only beside talk of pay (a
     * price, a booking, pay offered; {@link #paidWorkTold}).
     */
    private static final GatedPattern DONE_ON_OURS = GatedPattern.compile("(?:\\b(?=you)(?<!\\bif\\s)(?<!\\bunless\\s)"
            + "(?<!\\bsuppose\\s)you(?:\\s+(?:guys|two|all|lot))?|" + NAMED + ")\\s+(?:already\\s+|once\\s+|also\\s+)?"
            + "(?:(?!" + NOT_WORK + "\\b)[a-z]{2,}ed\\s+(?:our|my)\\s+(?!" + NOT_A_JOB + "\\b)\\w++(?!'s|')"
            + "|(?!" + NOT_WORK + "\\b)[a-z]{2,}+\\s+(?:our|my)\\s+(?!" + NOT_A_JOB + "\\b)[\\w-]++(?!'s|')"
            + "(?:\\s+[\\w-]+){0,3}?\\s+" + WHEN_DONE + ")",
            "our", "my");
    /**
     * A thing made or sold for the writer: "you made us a cake for the christening", "you sold me the blue one", "the
     * bench you built for us". Not teaching ("you taught me the trick" is advice between equals).
     */
    private static final String MADE_FOR = "(?:made|built|sold|baked|sewed|knitted|designed|printed|framed|painted"
            + "|engraved|carved|bound|forged|turned|threw|glazed)";
    /**
     * The same, with the draughtsman's verbs, read only in "the thing you drew for us": the work named, then for whom
     * ("the plates you drew for our journal"). "You drew us a map" is as often a favour giving directions.
     */
    private static final String MADE_FOR_NAMED = "(?:" + MADE_FOR + "|drew|illustrated)";
    private static final GatedPattern MADE_US = GatedPattern.compile("\\byou(?:\\s+(?:guys|two|all|lot))?\\s+" + MADE_FOR
            + "\\s+(?:me|us)\\s+(?:a|an|the|some|one|two|three|four|our|my|\\d+)\\b"
            + "|\\b(?:the|that|those|these)\\s+(?:[\\w'-]+\\s+){1,3}?you(?:\\s+(?:guys|two|all|lot))?\\s+"
            + MADE_FOR_NAMED + "\\s+(?:for\\s+)?(?:me|us)\\b",
            "you");
    /**
     * The same told of the one spoken to by their name, as a client showing off the work to the room does ("the
     * panel @Ana made for our front door", "the bench <@42> built for us"), or with the thing of the writer's it was
     * made for ("the sign you painted for my shop"): the work was made for the writer or their household.
     */
    private static final GatedPattern MADE_FOR_OURS = GatedPattern.compile("\\b(?:the|that|those|these)\\s+(?:[\\w'-]+\\s+){1,3}?"
            + "(?:you(?:\\s+(?:guys|two|all|lot))?|<@!?\\d+>|@\\S+(?:\\s+\\S+)?)\\s+" + MADE_FOR_NAMED
            + "\\s+for\\s+(?:me|us|(?:our|my)\\s+(?!" + NOT_A_JOB + "\\b|sake\\b)\\w++(?!'s))\\b",
            "for");
    /**
     * Work named as the one spoken to's, done for the writer or their household, in the plainest verb: "the mural you
     * did for our landing", "those cushions you did for us". "Did" is also a favour's verb ("the thing you did for my
     * birthday"), so it is read only beside talk of pay ({@link #paidWorkTold}). So is any trade's verb in the past,
     * which no list holds ("the boiler you flushed for us in May", "the beams you hoisted for us"), read by its shape
     * as {@link #DONE_ON_OURS} is: a job named, "you", a verb ending in -ed that is no seeing, saying or feeling.
     */
    private static final GatedPattern DID_FOR_OURS = GatedPattern.compile("\\b(?:the|that|those|these)\\s+(?:[\\w'-]+\\s+){1,3}?"
            + "you(?:\\s+(?:guys|two|all|lot))?\\s+(?:did|(?!" + NOT_WORK + "\\b)[a-z]{2,}ed)\\s+for\\s+(?:me|us|(?:our|my)"
            + "\\s+(?!" + NOT_A_JOB + "\\b|sake\\b)\\w++(?!'s))\\b",
            "for");
    /**
     * A job named as the one spoken to's, done for the writer or their household, told with "you" first: "you did the
     * barn survey for us last year", "you painted the back bedroom for my mum". "Did" is also a favour's verb ("you did
     * the washing-up for us"), so, like {@link #DID_FOR_OURS}, it is read only beside talk of pay
     * ({@link #paidWorkTold}); not in a supposition ("if you did the hall for us..."). Any trade's verb in the past reads
     * the same by its shape ("you audited the accounts for us last spring"), as in {@link #DONE_ON_OURS}: no list holds
     * every trade's verb, and the job, "for us" and talk of pay beside it say the work was bought.
     */
    /**
     * A job named, then the one spoken to, a verb of work in the past and when it was done: "the boiler you serviced
     * last winter", "the clock you overhauled in March". Said to the one who did it about the thing now, it tells of
     * their work on it; read only beside talk of pay ({@link #paidWorkTold}), as it names no owner. A thing written for
     * the writer reads the same, with for whom ("the menu you wrote us last winter", "the schedule you wrote for me in
     * May"): a plan, a programme or a report is the work of those whose trade is writing them, and talk of pay beside
     * it says it was bought, where "the note you wrote us last week" talks of none.
     */
    private static final GatedPattern DONE_WHEN_NAMED = GatedPattern.compile("\\b(?:the|that|those|these)\\s+"
            + "(?:[\\w'-]+\\s+){1,3}?you(?:\\s+(?:guys|two|all|lot))?\\s+(?:" + WORK_DONE + "|wrote|(?!" + NOT_WORK
            + "\\b)[a-z]{2,}ed)\\s+(?:(?:for\\s+)?(?:us|me)\\s+)?" + WHEN_DONE,
            "you");
    private static final GatedPattern DID_THE_JOB_FOR_US = GatedPattern.compile("\\b(?=you)(?<!\\bif\\s)(?<!\\bunless\\s)"
            + "(?<!\\bsuppose\\s)you(?:\\s+(?:guys|two|all|lot))?\\s+(?:already\\s+|once\\s+|also\\s+)?(?:" + WORK_DONE
            + "|(?!" + NOT_WORK + "\\b)[a-z]{2,}ed)\\s+(?:the|a|an|that|those|these)\\s+(?:[\\w'-]+\\s+){0,3}?[\\w'-]+\\s+"
            + "for\\s+(?:me|us|(?:our|my)\\s+(?!"
            + NOT_A_JOB + "\\b|sake\\b)\\w++(?!'s))\\b",
            "for");
    /**
     * Having come to the paid session the one spoken to runs, told to them: "went to your Tuesday class", "came to
     * one of your workshops", "attended your course in May", and done or taken as a pupil does ("I did your
     * beginners' course in the spring", "we've done one of your workshops", with the I said): only who enrolled did a
     * course. The I is often dropped at a sentence's start or after
     * the name the message opens with; someone else's visit ("my friend went to your class", "did you go to your
     * class?") says nothing of the writer. A talk or a show is open to anyone and says nothing of a purchase.
     */
    private static final GatedPattern ATTENDED = GatedPattern.compile("(?:^\\s*(?:(?:<@!?\\d+>|@\\S+(?:\\s+\\S+)?)\\s+)?"
            + "|[.!,;:]\\s*|\\b(?:i|we|i've|we've|i have|we have)\\s+(?:just\\s+|finally\\s+|already\\s+)?)"
            + "(?:went\\s+to|came\\s+to|been\\s+to|attended)\\s+(?:one\\s+of\\s+)?your\\s+(?:[\\w'-]+\\s+){0,3}?"
            + "(?:class|classes|lesson|lessons|workshop|workshops|course|courses|session|sessions|clinic|clinics"
            + "|retreat|bootcamp|masterclass)\\b"
            // Done as a pupil does, with the I said: "did your course" after a comma may ask ("hi, did your course run?").
            + "|\\b(?:i|we|i've|we've|i have|we have)\\s+(?:just\\s+|already\\s+)?(?:did|done|completed|finished)\\s+"
            + "(?:one\\s+of\\s+)?your\\s+(?:[\\w'-]+\\s+){0,3}?"
            + "(?:class|classes|lesson|lessons|workshop|workshops|course|courses|session|sessions|clinic|clinics"
            + "|retreat|bootcamp|masterclass)\\b(?!')",
            "your");
    /**
     * A thing of the writer's handed over to the one spoken to for their work on it: "I left my coat with you last week
     * for reproofing", "we left our rug with you for repair", "brought my boots to you to be resoled". Only a customer
     * leaves their things with a tradesperson for a job on them, so it says by itself that the writer bought the other's
     * work ({@link #is}), seen selling or not. A thing left with no job named ("left my umbrella with
     * you last night") or for safekeeping is a favour or a slip, not work bought; "sent my draft to you" passes on a
     * word, so only the verbs of handing over a thing are read.
     */
    private static final GatedPattern LEFT_WITH_YOU = GatedPattern.compile("\\b(?:dropped|left|brought|handed|took)"
            + "\\s+(?:off\\s+|in\\s+|over\\s+)?(?:my|our)\\s+(?:[\\w'-]+\\s+){0,2}?[\\w'-]+\\s+(?:off\\s+|in\\s+|over\\s+)?"
            + "(?:with|to)\\s+(?:you\\b|" + YOUR_SHOP + ")(?:\\s+[\\w'-]+){0,4}?\\s+(?:for\\s+(?:a\\s+|an\\s+|its\\s+|their\\s+)?"
            + "(?:(?!(?:safe-?keeping|keeping|nothing|something|anything|everything|morning|evening|wedding|meeting"
            + "|bring|thing|spring|being|ceiling)\\b)[a-z][a-z-]+ing|repairs?|service|clean|alterations?|restoration|valet"
            + "|overhaul|refit|mot)|to\\s+be\\s+[a-z][a-z-]+ed)\\b",
            "dropped", "left", "brought", "handed", "took");
    /** Having hired the one spoken to: "we hired you for the loft", "I booked you for my wedding". */
    private static final GatedPattern HIRED_YOU = GatedPattern.compile("\\b(?:i|we|i've|we've|i have|we have)\\s+(?:already\\s+)?"
            + "(?:hired|booked|commissioned|used)\\s+you\\b",
            "hired", "booked", "commissioned", "used");
    /**
     * Having booked the one spoken to's time: "I booked three nights with you in the spring", "we booked a week with you
     * in 2031", "I've hired a boat with you before". Booking time or a thing with someone who sells it is buying their
     * service, as "I booked you" is. Not a call or a meeting booked with them ("I booked a call with you"), which buys
     * nothing, nor a booking with them in mind.
     */
    private static final GatedPattern BOOKED_WITH_YOU = GatedPattern.compile("\\b(?:i|we|i've|we've|i have|we have)"
            + "\\s+(?:already\\s+|once\\s+)?(?:booked|hired)\\s+(?!(?:[\\w'-]+\\s+){0,2}?(?:calls?|chats?|meetings?|zoom"
            + "|catch-?ups?)\\b)(?:[\\w'-]+\\s+){1,3}?with\\s+you\\b(?!\\s+in\\s+mind)",
            "booked", "hired");
    /**
     * A hire told in so many words: "we hired you for the kitchen", "I booked you for my wedding", "we commissioned
     * you last year". Hiring and commissioning are paying for work, so the word says the work was paid for, as a
     * price asked does. Not "used you" ("I used you as an example" is no hire), nor a thing booked for the other
     * ("I booked you a table", "we booked you the room" is a favour between friends).
     */
    private static final Pattern PAID_HIRE = Pattern.compile("\\b(?:i|we|i've|we've|i have|we have)\\s+(?:already\\s+)?"
            + "(?:hired|booked|commissioned)\\s+you(?:\\s+(?:guys|two|all|lot))?\\b"
            + "(?!\\s+(?:a|an|the|some|one|two|our|my|your|tickets?|seats?|places?)\\b)");
    /**
     * Offering to book the one spoken to again: "keen to book you again for the autumn", "we'd love to book you in
     * spring", "can I book you for Thursday?". Booking someone is engaging their paid time, so beside work they did
     * for the writer it says that work was paid work, as offering to pay does. Not a thing booked for the other
     * ("happy to book you a room", "I'll book you a seat"): that is a favour, not a hire.
     */
    private static final Pattern BOOKING_OFFERED = Pattern.compile("(?:\\b(?:happy|glad|willing|keen|like|love)\\s+to"
            + "|\\b(?:i|we)(?:'ll|'d|\\s+will|\\s+would|\\s+can)(?:\\s+(?:happily|gladly|definitely))?"
            + "|\\b(?:can|could|may)\\s+(?:i|we))\\s+(?:re-?)?book\\s+you(?:\\s+(?:guys|two|all|lot))?\\b"
            + "(?!\\s+(?:a|an|the|some|one|two|our|my|your|tickets?|seats?|places?|onto|on\\s+to|into)\\b)");

    /**
     * A visit or a use of something told in the first person and in the past ("we did the tower room on Saturday",
     * "I tried the tasting menu"), and, in the same message, a remedy asked for oneself that only a buyer can have
     * ("any chance of a partial refund?", "could we rebook?", "can I get a replacement?"): what customers write
     * after something they paid for went wrong. A question about a refund policy ("do you do refunds?") asks for
     * none.
     */
    private static final GatedPattern USED_IT = GatedPattern.compile("\\b(?:i|we)\\s+(?:already\\s+|just\\s+)?"
            + "(?:did|played|tried|booked|visited|stayed\\s+(?:at|in)|went\\s+to|ate\\s+at|took|used|ordered|bought)\\b",
            "did", "played", "tried", "booked", "visited", "stayed", "went", "ate", "took", "used", "ordered", "bought");
    /**
     * Coming back for more of the same: "is the sauna free should we book again in May?", "we'd love to rebook", "to stay again". Beside a
     * visit told in the past it says that visit was a booking, its writer a returning guest.
     */
    private static final GatedPattern BOOK_AGAIN = GatedPattern.compile("\\bre-?book(?:ing)?\\b"
            + "|\\b(?:book|booking|stay|staying)\\s+(?:(?:it|in|with\\s+you|the\\s+[\\w'-]+)\\s+)?again\\b",
            "book", "stay");
    /**
     * The one spoken to, or a session of theirs, asked to be booked again: "could I book you to tune the piano again?",
     * "could I book Ella's Tuesday lesson again?", "can we book our usual slot again?". Only one who booked them before
     * books them again, so the words say the writer is back for more of the work they paid for: a returning client's,
     * and talk of paid time as "can we book you" is. Not a thing or a place booked for someone ("can I book you a seat
     * again?", "can we book the hall again?"), which may be a favour or another's room.
     */
    private static final GatedPattern BOOKS_AGAIN = GatedPattern.compile("\\b(?:can|could|may|shall)\\s+(?:i|we)\\s+"
            + "(?:please\\s+)?book\\s+(?:you\\b(?!\\s+(?:a|an|the|some|one|two|tickets?|seats?|places?|onto|into)\\b)"
            + "(?:\\s+[\\w'-]+){0,6}?|(?:my|our|[\\w-]+'s)\\s+(?:[\\w'-]+\\s+){0,2}?[\\w'-]+)\\s+again\\b",
            "again");
    private static final String REMEDY = "(?:partial\\s+|full\\s+)?(?:re-?book(?:ing)?|refund|replacement|exchange"
            + "|re-?do|re-?run|credit)";
    private static final GatedPattern REMEDY_ASKED = GatedPattern.compile("\\bchance\\s+(?:of|for)\\s+(?:a\\s+|an\\s+)?" + REMEDY
            + "|\\b(?:can|could|may)\\s+(?:i|we)\\s+(?:get|have|please\\s+get|please\\s+have)\\s+(?:a\\s+|an\\s+)?" + REMEDY
            + "|\\b(?:can|could|may)\\s+(?:i|we)\\s+(?:please\\s+)?(?:re-?book|exchange|swap)\\b"
            + "|\\b(?:i|we)(?:'d|\\s+would)\\s+(?:like|love)\\s+(?:a\\s+|an\\s+|to\\s+)?" + REMEDY
            + "|\\b" + REMEDY + "\\s+for\\s+(?:us|me)\\b",
            "rebook", "re-book", "refund", "replacement", "exchange", "redo", "re-do", "rerun", "re-run", "credit", "swap");

    /**
     * Asking the one spoken to for their price: "what would that cost?", "how much would it be?", "could I get a
     * quote?", "what do you charge?". Only work for pay has a price.
     */
    private static final Pattern PRICE_ASKED = Pattern.compile("\\bwhat\\s+(?:would|will|does|do|did)\\s+(?:that|it|this"
            + "|those|these|they|one)\\s+cost\\b|\\bhow\\s+much\\s+(?:would|will|is|are|does|do|for)\\b"
            + "|\\b(?:a|your|the)\\s+(?:rough\\s+|ballpark\\s+)?(?:quote|price)\\b|\\byour\\s+rates?\\b"
            + "|\\bwhat\\s+(?:would|do|did)\\s+you\\s+charge\\b"
            // The price of the job before asked again: "same fee as last year?", "the same price as before?" (a price
            // paid before, asked to hold for the next job)
            + "|\\bsame\\s+(?:rate|rates|price|prices|fee|fees|charge|terms)\\s+as\\s+(?:last\\s+(?:time|year|season"
            + "|month|job)|before)\\b"
            // "quote" as the verb asked of the other ("could you quote", "will you be able to quote us"), then what
            // for: the job ("... for the loft?"); a time, which names no words cited ("... by May?", "... next
            // week?"); or nothing, the job having been said before ("could you quote?", "can you quote us, and ...").
            // A citation names what is quoted ("could you quote the line?", "quote me on that") and asks no price.
            + "|\\b(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?(?:also\\s+)?(?:be\\s+able\\s+to\\s+)?"
            + "quote(?:\\s+(?:me|us))?(?:\\s+for\\b|(?:\\s+(?:in|by|before|next|this)\\s+(?:the\\s+)?(?:january|february"
            + "|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|week"
            + "|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day|end\\s+of\\s+\\w+|\\d+(?:st|nd|rd|th)?))?"
            + "(?:\\s+please)?\\s*(?:[?,;!]|\\.(?!\\w)|$))");

    /**
     * Offering to pay the one spoken to: "glad to pay for the repair", "I'll pay for the callout", "we would pay your
     * usual rate". Said beside work they did for the writer, it says that work is paid work, as a price asked does.
     * Not a favour returned ("I'll pay it forward", "I'll pay you back").
     */
    private static final Pattern PAY_OFFERED = Pattern.compile("(?:\\b(?:happy|glad|willing|keen)\\s+to"
            + "|\\b(?:i|we)(?:'ll|'d|\\s+will|\\s+would|\\s+can)(?:\\s+(?:of\\s+course|obviously|gladly))?)\\s+pay\\b"
            + "(?!\\s+(?:it\\s+forward|you\\s+back|back|attention)\\b)");

    /**
     * Saying one pays for what the one spoken to offers: "a paying reader since the first issue", "I'm a paid member",
     * "as a paying client". Only a customer says it, and, said to someone, it says whose customer: not a membership
     * named as somewhere else's ("I'm a paying member of the gym" is the gym's).
     */
    private static final Pattern PAYING_MEMBER = Pattern.compile("\\b(?:i'm|im|i\\s+am|i've\\s+been|i\\s+have\\s+been"
            + "|been|as|we're|we\\s+are|we've\\s+been)\\s+(?:a\\s+|an\\s+)?(?:long-?time\\s+|loyal\\s+|proud\\s+|happy\\s+)?"
            + "(?:paying|paid|paid-up)\\s+(?:subscribers?|members?|customers?|clients?|supporters?|patrons?|readers?"
            + "|students?|listeners?|backers?)\\b(?!\\s+(?:of|at|with|to|on|in|for)\\s+(?!your\\b|you\\b))");

    /**
     * Asking the one who did the work to take more of it on: whether they take bookings ("are you taking bookings for
     * the spring?", "are you taking new students?"), to take one's child as a pupil ("could you take my son for maths from
     * September?"), or to bring the thing in to them ("can I bring them in?", as one brings shoes to a cobbler or a
     * car to a garage). Each asks for their paid time, as offering to book them does, so beside work they did for the
     * writer it says that work was paid. Not a lift or a favour ("could you take my son to the match?").
     */
    /** A tradesperson's visit to the job: "before calling you out", "book a call-out". */
    private static final Pattern CALL_OUT = Pattern.compile("\\b(?:call|calling|get|getting)\\s+you\\s+out\\b"
            + "(?!\\s+(?:on|for)\\b)|\\bcall-?outs?\\s+(?:fee|charge)\\b");
    private static final Pattern MORE_WORK_ASKED = Pattern.compile(
            // The same job asked for again, "same again?", read only beside work told as done for the writer: the
            // one who had it done wants it once more, which is paid time as a booking offered is.
            "\\bsame\\s+again\\b|"
            // The one who did the work told they will be wanted again for the next job: "we will want you back for the
            // barn roof", "I'll need you again in the autumn" (their time engaged again, as a booking offered is).
            + "\\b(?:i|we)(?:'ll|'d|\\s+will|\\s+would|\\s+shall)?\\s+(?:definitely\\s+|certainly\\s+|probably\\s+|also\\s+)?"
            + "(?:need|want)\\s+you(?:\\s+(?:guys|two|all|lot))?\\s+(?:again|back)\\s+(?:for|in|on|next)\\b"
            + "|\\bare\\s+you\\s+(?:still\\s+)?taking\\s+(?:on\\s+)?"
            + "(?:any\\s+)?(?:new\\s+|more\\s+)?(?:bookings|orders|commissions|clients|students|pupils|customers|jobs"
            + "|work|players|patients|members)\\b"
            + "|\\b(?:can|could|would|will)\\s+you\\s+(?:also\\s+)?take\\s+(?:on\\s+)?(?:my|our)\\s+(?:son|daughter|kid|kids"
            + "|child|children|boy|girl|youngest|eldest)\\b(?:\\s+[\\w'-]+){0,2}?\\s+(?:for|as|on|from)\\s+"
            + "(?!the\\s+(?:match|game|station|airport|school\\s+run)\\b)"
            + "|\\b(?:can|could|may|shall|should)\\s+(?:i|we)\\s+(?:just\\s+)?bring\\s+(?:it|them|this|these|that|those"
            + "|(?:the|my|our)\\s+\\w+)\\s+in\\b"
            // A slot asked of them for a job: "could you fit her in next week?", "can you squeeze the hedge in before May?"
            // (the words of an appointment; not "fit in with" the others, nor a thing put in a place, "fit it in your car")
            + "|\\b(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?(?:also\\s+)?(?:fit|squeeze)\\s+"
            + "(?:[\\w'-]+\\s+){1,3}?in\\b(?!\\s+(?:with|your|my|our|his|her|their|the|a|an|there|here)\\b)"
            // A job of the writer's household asked for a date: "could you do my sister's party on 15 July?", "can you do
            // our hall on the 3rd?" (a date says a booking; "could you do my head in" names none)
            + "|\\b(?:can|could|would|will)\\s+you\\s+(?:also\\s+)?do\\s+(?:my|our)\\s+(?:[\\w'-]+\\s+){0,3}?"
            + "(?:on|for)\\s+(?:the\\s+)?(?:\\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b)"
            // Their diary asked for the job: "are you free on the 9th?", "are you available for 14 October?", "could we get
            // dates?", "which dates can you hold?". Beside the work they did for the writer, the one who did it is asked
            // for a date of their paid time, as "could you do our hall on the 3rd?" asks it; "are you free?" alone, with
            // no date, is a friend's question.
            + "|\\b(?:are|r)\\s+you\\s+(?:still\\s+)?(?:free|available)\\s+(?:on|for)\\s+(?:the\\s+)?(?:\\d"
            + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
            + "\\s+\\d)"
            + "|\\b(?:can|could|may)\\s+(?:i|we)\\s+(?:please\\s+)?(?:get|have)\\s+(?:some\\s+)?(?:dates|a\\s+date)\\b"
            + "|\\bwhich\\s+dates?\\s+(?:can|could|would)\\s+you\\s+(?:hold|do|offer|give\\s+us)\\b"
            // Places on their next course or session asked for by the count: "I'd like two places", "could we book three
            // spots?". A place is bought for someone at a paid session, so beside the session the writer came to before
            // ("did your course in the spring") it says that was paid too; a place to go or a seat kept by a friend
            // ("a place to stay", "save me a seat") is not asked so.
            + "|\\b(?:i|we)(?:'d|\\s+would)\\s+(?:like|love)\\s+(?:a|one|two|three|four|five|six|\\d+)\\s+"
            + "(?:places?|spots?|seats?)\\b(?!\\s+(?:to|for\\s+(?:lunch|dinner|a\\s+drink|coffee)|in\\s+the\\s+(?:car|queue)))"
            + "|\\b(?:can|could|may)\\s+(?:i|we)\\s+(?:please\\s+)?(?:book|reserve|have)\\s+"
            + "(?:a|one|two|three|four|five|six|\\d+)\\s+(?:places?|spots?|seats?)\\s+(?:on|in|at|for)\\b(?!\\s+(?:lunch|dinner))");

    /**
     * A booking the writer holds, told with its date: "we're booked for the 25th", "I'm booked in on Saturday", "our
     * booking for half term". A guest's word of a stay or a place already paid or promised; "booked up", "booked solid"
     * or "fully booked" name no date and are a seller's word of their own diary.
     */
    private static final GatedPattern BOOKING_HELD = GatedPattern.compile("\\b(?:(?:i'm|im|i\\s+am|we're|we\\s+are"
            + "|i've\\s+been|we've\\s+been)\\s+(?:already\\s+|all\\s+)?booked(?:\\s+in)?|(?:my|our)\\s+booking)"
            + "\\s+(?:for|on|from)\\s+(?:the\\s+)?(?:\\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|next\\s+\\w+"
            + "|half\\s+term\\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)",
            "booked", "booking");

    private BoughtBefore() {
    }

    /**
     * True when {@code text} tells the one it speaks to of their work done for its author ({@link #servedBy}) and asks
     * their price for more ("you printed our opening flyers, what would a second run cost?"): a client back
     * for a repeat job. Work done and a price asked in one breath say the work was paid for, so the one it is told to
     * sells, whether or not they were seen selling here before; the same work named between friends, or a price
     * asked without any work done ("what would a logo cost?"), says neither.
     */
    public static boolean repeatJob(String text) {
        return text != null && text.length() >= 12
                && (servedBy(text) || has(text, "same") && SAME_AS_BEFORE.find(lowered(text))) && priceAsked(text);
    }

    /**
     * The job asked for again as it was done before: "the same as last year", "same visits as last time", "the same
     * as before". Asked of the one spoken to with their price ("could you quote for the same as last year?"), it says
     * they did the job for the writer then: a client back for a repeat job, as work told with a price asked is. Not a
     * round of drinks or a plan ("same again?", "same time as last week"): only "as" a time gone by the job was done.
     * Not the price itself ("same fee as last year"): that asks or states a price ({@link #PRICE_ASKED}), and a seller
     * says it of their own terms as often as a client asks it, so it does not name the job as well.
     */
    private static final GatedPattern SAME_AS_BEFORE = GatedPattern.compile("\\bsame\\s+(?!(?:rate|rates|price|prices|fee"
            + "|fees|charge|terms)\\b)(?:[\\w'-]+\\s+){0,2}?as\\s+"
            + "(?:last\\s+(?:year|time|season|spring|summer|autumn|winter)|before)\\b",
            "same");

    /**
     * Whether {@code text} asks a price ("what would that cost?", "a quote", "your rates"), offers to pay ("happy
     * to pay for the callout"), tells a hire ("we hired you for the loft") or offers to book the other again ("happy to
     * book you in"): each says the work in question is paid for.
     */
    public static boolean payTalked(String text) {
        if (priceAsked(text)) {
            return true;
        }
        if (text == null || text.length() < 12) {
            return false;
        }
        String t = lowered(text);
        // A hire told or a booking offered speaks of paid time as plainly as a price or pay does.
        // More of the work asked for (bookings, a pupil taken on, the thing brought in) asks for paid time too.
        return PAY_OFFERED.matcher(t).find() || PAID_HIRE.matcher(t).find() || BOOKING_OFFERED.matcher(t).find()
                || MORE_WORK_ASKED.matcher(t).find() || CALL_OUT.matcher(t).find() || BOOKS_AGAIN.find(t);
    }

    /**
     * True when {@code text} says its author pays for what the one it speaks to offers ({@link #PAYING_MEMBER}: "been
     * a paying reader since the first issue"): their customer, whether or not they were seen selling.
     */
    public static boolean payingMember(String text) {
        if (text == null || text.length() < 12 || !has(text, "pay") && !has(text, "paid")) {
            return false;
        }
        return PAYING_MEMBER.matcher(lowered(text)).find();
    }

    /** Whether {@code text} asks a price ("what would that cost?", "a quote", "your rates"). */
    public static boolean priceAsked(String text) {
        return text != null && text.length() >= 12
                && PRICE_ASKED.matcher(lowered(text)).find();
    }

    /** True when {@code text} says its author bought something, whoever from: {@link #BOUGHT_IT}. */
    public static boolean boughtIt(String text) {
        if (text == null || text.length() < 12 || !mayTellIt(text)) {
            return false;
        }
        String t = lowered(text);
        return says(BOUGHT_IT.matcher(t), t);
    }

    /**
     * True when {@code text} tells the one it speaks to of their work done for its author ({@link #DID_OURS},
     * {@link #MADE_US}, {@link #HIRED_YOU}), a run of their sessions booked ({@link #SESSIONS_BOOKED}), or of a
     * visit or use gone wrong with a remedy asked for ({@link #USED_IT} and {@link #REMEDY_ASKED}). Whose work it was
     * depends on whom it is told to: to someone who sells here, theirs, and its author their customer.
     */
    public static boolean servedBy(String text) {
        if (text == null || text.length() < 12) {
            return false;
        }
        String t = lowered(text);
        if ((t.contains("you") || t.indexOf('@') >= 0) && (DID_OURS.find(t) || MADE_US.find(t)
                || HIRED_YOU.find(t) || BOOKED_WITH_YOU.find(t))) {
            return true;
        }
        if (MADE_FOR_OURS.find(t) || ATTENDED.find(t)) {
            return true;
        }
        // A booking of them asked again says the writer booked them before: work of theirs bought (since session 67).
        if (BOOKS_AGAIN.find(t)) {
            return true;
        }
        // So does a run of sessions booked, told to them ("done with @Mo today. Booking the block of three!"): their
        // paid time, bought (since session 70).
        if ((t.contains("booked") || t.contains("booking")) && says(SESSIONS_BOOKED.matcher(t), t)) {
            return true;
        }
        // The remedy first: its words are rarer, and it turns most texts away before the visit is read.
        return REMEDY_ASKED.find(t) && USED_IT.find(t);
    }

    /**
     * True when {@code text} tells of a visit or a use in the past, the writer's own ({@link #USED_IT}: "we stayed in the
     * cabin last summer"), and asks to book it again ({@link #BOOK_AGAIN}: "could we bring the dog if we book again?"):
     * a returning guest's words. Said at a business's desk, the visit was the business's, and the writer its customer
     * on their first word there.
     */
    public static boolean comesBackToBook(String text) {
        if (text == null || text.length() < 12) {
            return false;
        }
        String t = lowered(text);
        return BOOK_AGAIN.find(t) && USED_IT.find(t);
    }

    /**
     * True when {@code text} tells the one it speaks to of work they did on a thing of the writer's, in any trade's
     * verb ({@link #DONE_ON_OURS}), or in one of the verbs {@link #servedBy} knows, and talks of pay for more ("you
     * X'd my Y in May, happy to book you in again"): a client back for more, whatever the trade is called.
     */
    public static boolean paidWorkTold(String text) {
        // "You" or the one spoken to by their @name ("@Ana ran our course in May", BoughtBefore.NAMED).
        if (text == null || text.length() < 12 || !has(text, "you") && text.indexOf('@') < 0) {
            return false;
        }
        String t = lowered(text);
        // An occasion of the writer's worked by the other ("you called our harvest dance") is work told too (EventWorked).
        if ((DONE_ON_OURS.find(t) || DID_FOR_OURS.find(t) || DID_THE_JOB_FOR_US.find(t) || DONE_WHEN_NAMED.find(t)
                || EventWorked.told(t))
                && payTalked(text)) {
            return true;
        }
        // An occasion named by its holder ("you catered the rowing club's ball last May") with its price of before
        // asked again ("same fee as last year?"): whoever writes for the holder, back for the next one.
        return EventWorked.toldOfItsHolder(t);
    }

    /**
     * True when {@code text} tells of a booking its writer holds, with its date ({@link #BOOKING_HELD}: "we're booked
     * for the 25th, can we move pitches?"). Told to a business's team, it is the word of that business's guest.
     */
    public static boolean holdsBooking(String text) {
        if (text == null || text.length() < 12 || !has(text, "booked") && !has(text, "booking")) {
            return false;
        }
        return BOOKING_HELD.find(lowered(text));
    }

    /** A cheap look for one of the verbs of buying, "you" or not. */
    private static boolean mayTellIt(String text) {
        return has(text, "bought") || has(text, "ordered") || has(text, "purchased") || has(text, "got your");
    }

    /**
     * True when {@code text} says by itself that its author is the customer of the one it speaks to, seen selling or
     * not: bought from them ({@link #is}), paid for their offer ({@link #payingMember}), came back to them for more
     * of the work they did ({@link #repeatJob}, {@link #paidWorkTold}: "you tutored my daughter last year, could you
     * take my son?"), or accepted their quote ({@link #quoteAccepted}).
     */
    public static boolean customerOfTheOneToldTo(String text) {
        return is(text) || payingMember(text) || repeatJob(text) || paidWorkTold(text) || quoteAccepted(text);
    }

    /**
     * The quote of the one spoken to, accepted: "quote checked and accepted", "your quote's accepted, when can you
     * start?", "we've accepted your quote", "happy to go ahead with your quote". Only the one who would do the work
     * gives a quote and only its buyer accepts one, so the writer has hired the one told, seen selling here or not
     * (since session 68). Not a seller's news of their own ("my quote was accepted", "our quote got accepted"), nor a
     * quote still weighed ("thanks for the quote, I'll think it over"), nor one the writer may yet accept ("if we
     * accept your quote").
     */
    private static final GatedPattern QUOTE_ACCEPTED = GatedPattern.compile("(?:(?:^|[.!?;:,]\\s*)"
            + "|^\\s*(?:<@!?\\d+>|@\\S+(?:\\s+\\S+)?)\\s+|\\byour\\s+)"
            + "(?:(?!(?:my|our|the|a|that|his|her|their)\\b)[\\w-]+\\s+)?"
            // the quote may be told as seen first, in any verb ("quote checked and accepted", "quote reviewed and
            // accepted")
            + "quote(?:'s|\\s+(?:is|was|has\\s+been))?\\s+(?:now\\s+)?(?:[a-z]{2,}ed\\s+and\\s+)?accepted\\b"
            + "|\\b(?:i|we)(?:'ve|\\s+have)?\\s+(?:just\\s+|now\\s+)?accepted\\s+your\\s+(?:[\\w-]+\\s+)?quote\\b"
            + "|\\bgo(?:ing)?\\s+ahead\\s+with\\s+your\\s+(?:[\\w-]+\\s+)?quote\\b",
            "quote");

    /** True when {@code text} accepts the quote of the one it speaks to ({@link #QUOTE_ACCEPTED}): their customer. */
    public static boolean quoteAccepted(String text) {
        return text != null && text.length() >= 12 && QUOTE_ACCEPTED.find(lowered(text));
    }

    /**
     * I or we had or used one of yours over a past season: "I had your 16% mix all last winter", "we used your hay
     * last year", "used your fly spray all last summer". Kept up through a season, a product of the one
     * spoken to was bought from them: a regular customer's words. Only with a time gone by after it, and not a word,
     * a message or a favour had ("I had your message last week", "had your advice in the spring").
     * A shop, bar or kitchen tells the same of the goods it keeps for its own customers, with where it keeps them and
     * since when ("we've had your chutney on the counter since March", "stocked your soap in the shop since last
     * year"): what a business has kept on its shelf for a season it bought from the maker, a stockist's words. Not
     * a thing kept in one's head or inbox ("had your tune in my head since spring"), nor their leaflet or poster put up
     * for them ("had your poster in the window since June").
     */
    private static final String SINCE = "since\\s+(?:the\\s+)?(?:last\\s+)?(?:january|february|march|april|may|june|july"
            + "|august|september|october|november|december|spring|summer|autumn|fall|winter|\\d{4}|year|season|launch"
            + "|opening|we\\s+opened)\\b";
    private static final Pattern HAD_YOURS = Pattern.compile(LEAD + "(?:had|used|been\\s+using|been\\s+on|stocked"
            + "|been\\s+stocking)\\s+your\\s+"
            + "(?!" + NOT_BOUGHT + "\\b|number|call|question|comment|post|help|point|name|word|idea|poster|posters|flyer"
            + "|flyers|leaflet|leaflets)[\\w%'-]+(?:\\s+[\\w%'-]+){0,2}?(?:\\s+(?:on|in|at|behind)\\s+(?:the|our|my)\\s+"
            + "(?!head\\b|mind\\b|inbox\\b|dms\\b|thoughts\\b)[\\w'-]+(?:\\s+[\\w'-]+)?)?\\s+"
            + "(?:(?:all\\s+)?" + WHEN_DONE + "|" + SINCE + ")");

    /** True when {@code text} says its author bought from the one it speaks to. */
    public static boolean is(String text) {
        // Run on the coaching thread for most people's messages: turned away before any copy of the text is made.
        if (text == null || text.length() < 12 || !mayTell(text)) {
            return false;
        }
        String t = lowered(text);
        // A thing of one's own handed over for a job on it ("left my coat with you for reproofing") was work bought
        // from the one it was left with, whether or not they were seen selling, as a purchase told outright is.
        return says(FROM_YOU.matcher(t), t) || says(YOURS.matcher(t), t) || says(BOOKED_YOURS.matcher(t), t)
                || ARRIVED.matcher(t).find() || says(HAD_YOURS.matcher(t), t) || LEFT_WITH_YOU.find(t);
    }

    /** A match with "I" or "we" said, or without them in a sentence that is not a question. */
    private static boolean says(Matcher m, String t) {
        while (m.find()) {
            if (m.group("said") != null || !asks(t, m.end())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause going on at {@code from} ends in a question mark ("..., can it be fixed?" is another). */
    private static boolean asks(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '?') {
                return true;
            }
            if (c == '.' || c == '!' || c == ',' || c == ';' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /** A cheap look, ignoring case and without copying, for "you" and one of the verbs of buying. */
    private static boolean mayTell(String text) {
        return has(text, "you") && (has(text, "bought") || has(text, "ordered") || has(text, "purchased")
                || has(text, "got ") || has(text, "licen") || has(text, "rented") || has(text, "leased")
                || has(text, "came") || has(text, "come") || has(text, "arrived") || has(text, "turned up")
                || has(text, "showed up") || has(text, "landed") || has(text, "had your") || has(text, "used your")
                || has(text, "using your") || has(text, "been on your") || has(text, "stocked your")
                || has(text, "stocking your") || has(text, "booked") || has(text, "hired") || has(text, "dropped")
                || has(text, "left ") || has(text, "brought") || has(text, "handed") || has(text, "took "));
    }

    /** The text in lower case with curly apostrophes typed straight, as every pattern here is written. */
    private static String lowered(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private static boolean has(String text, String word) {
        // Compared in full only where the first letter is there, in either case: no other character matches these
        // words' first letters ignoring case (y, b, o, p, g, l, r, d, h, t: none is the case pair of a non-ASCII letter).
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper) && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
