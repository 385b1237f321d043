package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A ninth round of held-out scenes for {@code rapport eval tips}, written and labelled in
 * {@code bot/src/test/resources/eval/held-out-scenes-9.csv} before the coach was run on them, by a writer who read the
 * README's rule catalogue and the coaching principles, not the rules' code.
 *
 * <p>One week from Monday 1 June 2026 (ISO week 2026-W23), in UTC, with a little ordinary history from the two weeks
 * before (days -13 to 0; day 1 is Monday 1 June). Every scene is its own guild; no person appears in two scenes. Run
 * {@link #main} to regenerate {@code bot/src/test/resources/eval/held-out-scenes-9/} ({@code ScenesAreUpToDateTest}
 * fails when the committed files differ).
 */
public final class HeldOutScenes9Script extends StoryScript {

    /** The story starts two weeks before the labelled week, so a scene can have a little history. */
    static final LocalDate STORY_START = LocalDate.of(2026, 5, 18);
    static final int HISTORY_DAYS = 14;
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 6, 8, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final SceneIds IDS = new SceneIds(5200);

    // --- N1. Shopify owners: an app maker pitches a newcomer's introduction and plugs his app; an owner away two days
    static final String SHOP = IDS.guild(201);
    static final String SHOP_NAME = "Shopify Store Owners Hub";
    static final Channel SHOP_INTROS = IDS.channel(SHOP, SHOP_NAME, "introductions",
            "New here? Introduce yourself and your store.", "shop-introductions.json");
    static final Channel SHOP_GENERAL = IDS.channel(SHOP, SHOP_NAME, "general",
            "Running a Shopify store: questions, wins, rants.", "shop-general.json");
    static final Channel SHOP_APPS = IDS.channel(SHOP, SHOP_NAME, "apps-and-themes",
            "Which apps and themes work, which don't.", "shop-apps-and-themes.json");
    static final Channel SHOP_REVIEWS = IDS.channel(SHOP, SHOP_NAME, "store-reviews",
            "Post your store and ask for an honest review.", "shop-store-reviews.json");
    static final Persona PRIYA = IDS.person("priyawicks", "Priya");
    static final Persona MARCO = IDS.person("marco.upsellpilot", "Marco");
    static final Persona DANA = IDS.person("danaships", "Dana");
    static final Persona OWEN = IDS.person("owenoutdoor", "Owen");
    static final Persona LUCIA = IDS.person("luciajewels", "Lucia");

    // --- N2. Editors for hire: one chats only with editors while creators wait; one asks strangers to subscribe ----
    static final String CUT = IDS.guild(202);
    static final String CUT_NAME = "Cutroom: Editors for Hire";
    static final Role CUT_CREATOR = new Role(IDS.id("2023-05-02"), "Creator", "#e74c3c", 2);
    static final Role CUT_EDITOR = new Role(IDS.id("2023-05-02"), "Editor", "#9b59b6", 1);
    static final Channel CUT_JOBS = IDS.channel(CUT, CUT_NAME, "job-board",
            "Creators: post paid editing jobs here. Editors: reply with your rate and reel.", "cut-job-board.json");
    static final Channel CUT_LOUNGE = IDS.channel(CUT, CUT_NAME, "editors-lounge",
            "Editors talking shop: software, rates, burnout.", "cut-editors-lounge.json");
    static final Persona FELIX = IDS.person("felixcuts", "Felix", CUT_EDITOR);
    static final Persona GINA = IDS.person("ginaedits", "Gina", CUT_EDITOR);
    static final Persona HUGO = IDS.person("hugoframes", "Hugo", CUT_EDITOR);
    static final Persona LIOR = IDS.person("liorcolor", "Lior", CUT_EDITOR);
    static final Persona ISLA = IDS.person("islacooks", "Isla", CUT_CREATOR);
    static final Persona JASPER = IDS.person("jasperpod", "Jasper", CUT_CREATOR);

    // --- N3. Yoga teachers: one talks only about herself, one posts her retreat in three channels in an hour ------
    static final String YOGA = IDS.guild(203);
    static final String YOGA_NAME = "Yoga Teachers Collective";
    static final Role YOGA_MODERATOR = new Role(IDS.id("2023-05-02"), "Moderator", "#1abc9c", 3);
    static final Channel YOGA_INTROS = IDS.channel(YOGA, YOGA_NAME, "introductions",
            "Say hello: where you teach and what styles.", "yoga-introductions.json");
    static final Channel YOGA_TALK = IDS.channel(YOGA, YOGA_NAME, "teaching-talk",
            "Running classes, finding students, the business side of teaching.", "yoga-teaching-talk.json");
    static final Channel YOGA_SEQUENCING = IDS.channel(YOGA, YOGA_NAME, "sequencing-help",
            "Stuck on a sequence or a cue? Ask here.", "yoga-sequencing-help.json");
    static final Channel YOGA_EVENTS = IDS.channel(YOGA, YOGA_NAME, "workshops-and-retreats",
            "Share your workshops, trainings and retreats here.", "yoga-workshops-and-retreats.json");
    static final Persona LENA = IDS.person("lenaflows", "Lena");
    static final Persona ROSA = IDS.person("rosaretreats", "Rosa");
    static final Persona NOOR = IDS.person("noor.mod", "Noor", YOGA_MODERATOR);
    static final Persona THEO = IDS.person("theoyin", "Theo");
    static final Persona INES = IDS.person("ineshatha", "Ines");

    // --- N4. Python beginners (nobody sells): one learner only takes; helpers share docs and answer by turn --------
    static final String PY = IDS.guild(204);
    static final String PY_NAME = "Python Beginners Hangout";
    static final Role PY_HELPER = new Role(IDS.id("2023-05-02"), "Helper", "#f1c40f", 2);
    static final Role PY_MODERATOR = new Role(IDS.id("2023-05-02"), "Moderator", "#2ecc71", 3);
    static final Channel PY_HELP = IDS.channel(PY, PY_NAME, "help",
            "Ask your Python question. Paste code and the full error.", "py-help.json");
    static final Channel PY_GENERAL = IDS.channel(PY, PY_NAME, "general", "Chat about learning Python.",
            "py-general.json");
    static final Channel PY_SHOWCASE = IDS.channel(PY, PY_NAME, "showcase",
            "Built something? Show it and ask for feedback.", "py-showcase.json");
    static final Persona QUENTIN = IDS.person("quentin_q", "Quentin");
    static final Persona RAHEL = IDS.person("rahel.py", "Rahel", PY_HELPER);
    static final Persona SVEN = IDS.person("svenloops", "Sven", PY_HELPER);
    static final Persona TARA = IDS.person("tara_codes", "Tara");
    static final Persona ULLA = IDS.person("ulla.mod", "Ulla", PY_MODERATOR);
    static final Persona VIK = IDS.person("vik_learns", "Vik");

    // --- N5. TTRPG designers: one announces his Kickstarter to nobody and leaves his backers' questions ----------
    static final String DICE = IDS.guild(205);
    static final String DICE_NAME = "Dice & Quill: TTRPG Designers";
    static final Role DICE_BACKER = new Role(IDS.id("2023-05-02"), "Backer", "#e67e22", 1);
    static final Channel DICE_GENERAL = IDS.channel(DICE, DICE_NAME, "general", "Designing tabletop games.",
            "dice-general.json");
    static final Channel DICE_FEEDBACK = IDS.channel(DICE, DICE_NAME, "design-feedback",
            "Share a draft, get honest feedback. Give some back.", "dice-design-feedback.json");
    static final Channel DICE_CROWDFUNDING = IDS.channel(DICE, DICE_NAME, "crowdfunding",
            "Kickstarter, Backerkit, fulfilment: running a campaign.", "dice-crowdfunding.json");
    static final Channel DICE_PROMO = IDS.channel(DICE, DICE_NAME, "self-promo",
            "Your releases and campaigns. One post per project per week.", "dice-self-promo.json");
    static final Persona WREN = IDS.person("wrenwrites", "Wren");
    static final Persona XAVIER = IDS.person("xavier.hexforge", "Xavier");
    static final Persona YARA = IDS.person("yararolls", "Yara", DICE_BACKER);
    static final Persona BEX = IDS.person("bexplays", "Bex", DICE_BACKER);
    static final Persona ZOE = IDS.person("zoedesigns", "Zoe");
    static final Persona ABEL = IDS.person("abelmaps", "Abel");

    // --- N6. Startup founders: a dev studio pitches newcomers; a founder leaves two questions; the organiser ------
    static final String FOUND = IDS.guild(206);
    static final String FOUND_NAME = "Brightwater Founders Meetup";
    static final Role FOUND_ORGANISER = new Role(IDS.id("2023-05-02"), "Organiser", "#3498db", 3);
    static final Channel FOUND_INTROS = IDS.channel(FOUND, FOUND_NAME, "introductions",
            "Introduce yourself: who you are, what you're building.", "found-introductions.json");
    static final Channel FOUND_GENERAL = IDS.channel(FOUND, FOUND_NAME, "general",
            "Founders in Brightwater and around.", "found-general.json");
    static final Channel FOUND_EVENTS = IDS.channel(FOUND, FOUND_NAME, "events",
            "Monthly meetups and other local events.", "found-events.json");
    static final Persona BRUNO = IDS.person("bruno.mvpstudio", "Bruno");
    static final Persona CLEO = IDS.person("cleo.organiser", "Cleo", FOUND_ORGANISER);
    static final Persona DMITRI = IDS.person("dmitri_fin", "Dmitri");
    static final Persona ELIF = IDS.person("elifbuilds", "Elif");
    static final Persona FARID = IDS.person("faridhr", "Farid");
    static final Persona GWEN = IDS.person("gwenplants", "Gwen");

    static final List<Persona> CAST = List.of(PRIYA, MARCO, DANA, OWEN, LUCIA, FELIX, GINA, HUGO, LIOR, ISLA, JASPER,
            LENA, ROSA, NOOR, THEO, INES, QUENTIN, RAHEL, SVEN, TARA, ULLA, VIK, WREN, XAVIER, YARA, BEX, ZOE, ABEL,
            BRUNO, CLEO, DMITRI, ELIF, FARID, GWEN);

    static final List<Channel> CHANNELS = List.of(SHOP_INTROS, SHOP_GENERAL, SHOP_APPS, SHOP_REVIEWS, CUT_JOBS,
            CUT_LOUNGE, YOGA_INTROS, YOGA_TALK, YOGA_SEQUENCING, YOGA_EVENTS, PY_HELP, PY_GENERAL, PY_SHOWCASE,
            DICE_GENERAL, DICE_FEEDBACK, DICE_CROWDFUNDING, DICE_PROMO, FOUND_INTROS, FOUND_GENERAL, FOUND_EVENTS);

    private HeldOutScenes9Script() {
        super(new Story(STORY_START, HISTORY_DAYS + 7, ZoneOffset.UTC, CAST));
    }

    /** File name to content: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        HeldOutScenes9Script s = new HeldOutScenes9Script();
        s.shopify();
        s.editors();
        s.yoga();
        s.python();
        s.tabletop();
        s.founders();
        return new ExportWriter(EXPORTED_AT).files(CHANNELS, s.story.posts());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bot/src/test/resources/eval/held-out-scenes-9");
        ExportWriter.writeAll(dir, files(), "the ninth held-out scenes");
    }

    /** Day 1 is Monday 1 June 2026; days 0 to -13 are the two weeks of history before it. */
    @Override
    Story.Moment at(int day, String time) {
        return story.at(day + HISTORY_DAYS, time);
    }

    private void shopify() {
        at(-6, "10:00").in(SHOP_GENERAL).say(DANA, "Anyone else seeing Shop Pay checkouts jump since the update? "
                + "Mine went from 20% to nearly 40% of orders.");
        at(-6, "11:20").in(SHOP_GENERAL).say(OWEN, "Same here, and fewer abandoned carts with it.");
        Post intro = at(1, "09:10").in(SHOP_INTROS).say(PRIYA, "Hi all! I'm Priya, I make soy candles in small "
                + "batches and opened my store three weeks ago: https://priyawicks.example. Still learning everything, "
                + "so be gentle 😄");
        at(1, "09:30").in(SHOP_INTROS).reply(DANA, intro, "Welcome Priya! Those amber jars are gorgeous. Ask "
                + "anything, this group is friendly.");
        at(1, "09:55").in(SHOP_INTROS).reply(MARCO, intro, "Welcome! Candle stores convert way better with upsells. "
                + "My app UpsellPilot adds them in one click, 30% off your first 3 months if you DM me: "
                + "https://upsellpilot.example");
        at(1, "10:05").in(SHOP_INTROS).reply(PRIYA, intro, "Thank you Dana! 🕯️");
        intro.react("❤️", DANA, OWEN, LUCIA);
        Post theme = at(1, "14:00").in(SHOP_GENERAL).say(PRIYA, "@Owen your store loads so fast on my phone. Which "
                + "theme is it on? Mine takes ages.");
        Post returns = at(1, "16:20").in(SHOP_GENERAL).say(LUCIA, "@Dana @Owen how do you two handle returns on "
                + "custom orders? Someone wants to return an engraved ring and I don't know what's fair.");
        at(1, "16:45").in(SHOP_GENERAL).reply(DANA, returns, "Custom and engraved items are final sale in my policy, "
                + "and it's shown on the product page before checkout. For this one I'd offer a resize, not a refund.");
        at(1, "17:00").in(SHOP_GENERAL).say(LUCIA, "That's fair. Adding the line to my product pages tonight, thanks!");
        at(2, "10:30").in(SHOP_GENERAL).say(MARCO, "Still losing carts? UpsellPilot recovers 18% of them on average. "
                + "20% off this week with code MARCO20 👉 https://upsellpilot.example");
        Post shipping = at(2, "13:00").in(SHOP_APPS).say(PRIYA, "Which apps do you use for shipping labels? I'm "
                + "hand-writing everything and it's eating my evenings.");
        at(2, "13:20").in(SHOP_APPS).reply(DANA, shipping, "Depends where you ship. For UK only, Click & Drop is "
                + "free: https://clickdrop.example. For EU too, I like https://parcelbird.example");
        at(2, "13:22").in(SHOP_APPS).reply(DANA, shipping, "And if you want labels printed straight from the order "
                + "page: https://labelpress.example, plus this guide helped me set up the printer "
                + "https://shopguide.example/thermal-printers");
        at(2, "14:10").in(SHOP_APPS).reply(PRIYA, shipping, "This is gold, thank you so much. Trying Click & Drop "
                + "first!");
        at(3, "09:05").in(SHOP_GENERAL).say(OWEN, "Morning all, back from two days at the outdoor trade fair, phone "
                + "off the whole time. Priya: it's plain Dawn with most apps removed. Every app adds scripts, so I "
                + "keep five.");
        at(3, "09:20").in(SHOP_GENERAL).reply(PRIYA, theme, "Five apps! I have fourteen... time to clean up. Thanks "
                + "Owen, and hope the fair went well!");
        at(3, "09:40").in(SHOP_GENERAL).say(OWEN, "It did, two wholesale leads. And Lucia, late to your returns "
                + "question, but Dana's answer is exactly mine.");
        Post review = at(3, "19:00").in(SHOP_REVIEWS).say(PRIYA, "Could someone review my store? Conversion is "
                + "under 1% and I can't see why: https://priyawicks.example");
        Post mobile = at(3, "19:40").in(SHOP_REVIEWS).reply(LUCIA, review, "On mobile the add to cart button is "
                + "below two big photos. I'd move it up, and show shipping costs on the product page, that's where I "
                + "lost people.");
        at(3, "20:00").in(SHOP_REVIEWS).reply(PRIYA, mobile, "Moved it up already. Thank you Lucia!");
        at(4, "11:00").in(SHOP_APPS).say(MARCO, "Reminder that UpsellPilot has a free 14 day trial and setup takes "
                + "five minutes. DM me for a demo, happy to show anyone.");
        at(5, "15:00").in(SHOP_GENERAL).say(DANA, "Friday win: first 100-order week 🎉");
        at(5, "15:10").in(SHOP_GENERAL).say(OWEN, "Massive, well done!");
        at(5, "15:30").in(SHOP_GENERAL).say(PRIYA, "Goals!! Congrats Dana");
        mobile.react("🙏", PRIYA);
    }

    private void editors() {
        at(-3, "18:00").in(CUT_LOUNGE).say(LIOR, "Resolve 20 beta anyone? Curious whether the new magic mask is "
                + "usable yet.");
        at(-3, "18:30").in(CUT_LOUNGE).say(FELIX, "Tried it on a talking head, it's close. Still hand-fixing hair.");
        Post cooking = at(1, "10:00").in(CUT_JOBS).say(ISLA, "Hiring: editor for my cooking channel, 2 long videos "
                + "a month (15-20 min), relaxed style, no crazy zooms. Budget $250 per video. Channel: "
                + "https://youtube.example/@islacooks");
        Post gina = at(1, "10:40").in(CUT_JOBS).reply(GINA, cooking, "Hi Isla! I edit two food channels already, "
                + "calm pacing is my thing. $230 per video including captions. Reel: https://ginaedits.example/reel");
        at(1, "12:15").in(CUT_JOBS).reply(ISLA, gina, "Love the reel, the bread one especially. DMing you!");
        Post lounge1 = at(1, "11:00").in(CUT_LOUNGE).say(FELIX, "Does anyone else's Premiere crash when exporting "
                + "with the new Lumetri presets?");
        at(1, "11:20").in(CUT_LOUNGE).reply(LIOR, lounge1, "Yes! Turn off hardware decoding, fixed it for me.");
        at(1, "11:35").in(CUT_LOUNGE).say(FELIX, "@Lior legend, that worked. What GPU are you on?");
        at(1, "11:50").in(CUT_LOUNGE).say(LIOR, "3070, nothing fancy.");
        at(1, "15:00").in(CUT_LOUNGE).say(HUGO, "Hey editors, sub to my channel and I'll sub back 🙏 I post editing "
                + "breakdowns: https://youtube.example/@hugoframes");
        Post rates = at(2, "09:30").in(CUT_LOUNGE).say(GINA, "Rate check: what are you all charging for a 10 min "
                + "vlog edit these days?");
        at(2, "09:45").in(CUT_LOUNGE).reply(FELIX, rates, "$150-200 depending on the b-roll. I raised mine in "
                + "January and nobody left.");
        at(2, "10:00").in(CUT_LOUNGE).reply(LIOR, rates, "Around $180 for me, more with colour.");
        at(2, "10:10").in(CUT_LOUNGE).say(GINA, "OK so I'm cheap. Raising it, thanks both.");
        Post podcast = at(2, "14:00").in(CUT_JOBS).say(JASPER, "Looking for an editor for my tech podcast: 1 hour "
                + "episodes, 3 cameras, weekly. Also need 3 shorts per episode. Rate open, tell me yours.");
        at(2, "14:30").in(CUT_JOBS).reply(HUGO, podcast, "Before you pick someone, check out my channel and hit "
                + "subscribe, link's in my profile! 🙏");
        Post ginaPod = at(2, "15:00").in(CUT_JOBS).reply(GINA, podcast, "Multicam podcasts are half my work. $300 "
                + "per episode with 3 shorts. Reel: https://ginaedits.example/reel");
        at(2, "17:00").in(CUT_JOBS).reply(JASPER, ginaPod, "Thanks Gina, adding you to the shortlist.");
        at(3, "12:00").in(CUT_LOUNGE).say(FELIX, "Hot take: J-cuts fix 80% of boring interviews.");
        at(3, "12:20").in(CUT_LOUNGE).say(LIOR, "Not a hot take, that's just correct 😂");
        at(3, "12:30").in(CUT_LOUNGE).say(FELIX, "@Lior ok then, how do you pace a 40 min interview without it "
                + "dragging?");
        at(3, "12:50").in(CUT_LOUNGE).say(LIOR, "Cut every question down to the last sentence, and let the answers "
                + "breathe.");
        at(3, "13:00").in(CUT_LOUNGE).say(GINA, "Same, and I kill every 'so, um' at the start.");
        at(3, "13:10").in(CUT_LOUNGE).say(FELIX, "@Gina stealing that.");
        Post gaming = at(4, "16:00").in(CUT_JOBS).say(ISLA, "Follow-up: I also need someone for shorts from my "
                + "archive, about 20 clips. Any editors who do captions in the burned-in style?");
        at(4, "16:10").in(CUT_JOBS).reply(HUGO, gaming, "Do me a favour and subscribe to my channel first, I'm "
                + "trying to hit 1k this month 🙏");
        at(4, "19:00").in(CUT_LOUNGE).say(FELIX, "Anyone tried the new Topaz for upscaling old 720p footage?");
        at(4, "19:30").in(CUT_LOUNGE).say(LIOR, "It's good on faces, weird on text.");
        at(4, "19:40").in(CUT_LOUNGE).say(FELIX, "@Lior good to know, I'll mask the titles.");
        Post ginaShorts = at(5, "09:00").in(CUT_JOBS).reply(GINA, gaming, "I do those captions every week. $15 a "
                + "clip, or $250 for all 20. Reel: https://ginaedits.example/reel");
        at(5, "10:00").in(CUT_JOBS).reply(ISLA, ginaShorts, "Deal, bundling it with the long videos.");
        at(5, "14:00").in(CUT_LOUNGE).say(FELIX, "Friday question: what's everyone's go-to music library?");
        at(5, "14:20").in(CUT_LOUNGE).say(GINA, "Epidemic for clients, Artlist for my own stuff.");
        at(5, "14:30").in(CUT_LOUNGE).say(FELIX, "@Gina same split here.");
        at(6, "11:00").in(CUT_JOBS).say(JASPER, "Second job: I need someone to cut a 2 min trailer for the podcast "
                + "from our first 10 episodes. Anyone good with sound design?");
        at(7, "10:00").in(CUT_JOBS).say(ISLA, "Does anyone here do thumbnails as well as editing? Would rather have "
                + "one person for both.");
        at(6, "18:00").in(CUT_LOUNGE).say(FELIX, "Weekend render queue is full, see you all Monday 😄");
        at(6, "18:10").in(CUT_LOUNGE).say(LIOR, "Enjoy the fan noise");
        at(7, "12:00").in(CUT_LOUNGE).say(FELIX, "@Lior @Gina anyone up for a color grading co-working call Monday?");
        at(7, "12:30").in(CUT_LOUNGE).say(LIOR, "I'm in.");
        cooking.react("👀", LIOR);
        gina.react("🔥", LIOR);
    }

    private void yoga() {
        at(-8, "08:00").in(YOGA_TALK).say(NOOR, "Reminder: the insurance guide and the cueing library are pinned in "
                + "#workshops-and-retreats.");
        Post theo = at(1, "08:30").in(YOGA_INTROS).say(THEO, "Hello! I'm Theo, I teach yin and restorative in "
                + "Bristol, mostly evening classes and a few corporate sessions. I post short cue ideas on "
                + "https://instagram.example/theoyin, follow along if that's your thing. Glad to be here 🌿");
        at(1, "09:00").in(YOGA_INTROS).reply(NOOR, theo, "Welcome Theo! We have a few yin teachers here, you'll fit "
                + "right in.");
        at(1, "09:20").in(YOGA_INTROS).reply(THEO, theo, "Thanks Noor! Looking forward to learning from everyone.");
        theo.react("🌿", NOOR, INES);
        at(1, "10:00").in(YOGA_TALK).say(LENA, "I just finished my 500 hour training and I'm so proud of myself. "
                + "My teachers said my voice is my gift. I feel like I'm finally stepping into my power.");
        at(2, "07:30").in(YOGA_TALK).say(LENA, "My morning practice today was two hours. I need my mornings for "
                + "me, it's how I protect my energy and my boundaries.");
        at(2, "11:00").in(YOGA_EVENTS).say(ROSA, "Early-bird spots open for my Bali retreat in October! 7 days of "
                + "yoga, breathwork and sound healing, €1,450 shared room: https://rosaretreats.example/bali");
        at(2, "11:20").in(YOGA_TALK).say(ROSA, "Early-bird spots open for my Bali retreat in October! 7 days of "
                + "yoga, breathwork and sound healing, €1,450 shared room: https://rosaretreats.example/bali");
        at(2, "11:35").in(YOGA_SEQUENCING).say(ROSA, "Early-bird spots open for my Bali retreat in October! 7 days "
                + "of yoga, breathwork and sound healing, €1,450 shared room: https://rosaretreats.example/bali");
        Post hips = at(2, "18:00").in(YOGA_SEQUENCING).say(INES, "I need help with a hip opening sequence for my "
                + "Thursday class. My students are mostly office workers and my problem is that my pigeon variations "
                + "always lose half of them, some of my regulars just lie there. I've tried props but my timing feels "
                + "off and I end up rushing my cooldown. My class is 60 minutes.");
        Post lizard = at(2, "18:40").in(YOGA_SEQUENCING).reply(THEO, hips, "Office hips are tight everywhere. Try a "
                + "long low lunge and lizard with a block first, then pigeon with a bolster under the hip, or figure "
                + "four on the back for anyone who hates pigeon.");
        at(2, "19:00").in(YOGA_SEQUENCING).reply(INES, lizard, "Figure four on the back as the option, of course. "
                + "Thank you!");
        at(3, "08:00").in(YOGA_TALK).say(LENA, "My Instagram grew by 400 followers this month. I think people feel "
                + "my authenticity. I never fake my posts, I share my real life and my real struggles.");
        Post insurance = at(3, "12:00").in(YOGA_TALK).say(INES, "@Noor do you know if the usual teacher insurance "
                + "covers online classes? I'm starting a Zoom class in July.");
        at(3, "12:25").in(YOGA_TALK).say(NOOR, "Depends on the policy. Most UK ones do if you add online teaching, "
                + "sometimes for free. The guide pinned here explains it: "
                + "https://yogateachers.example/insurance-guide");
        at(3, "12:40").in(YOGA_TALK).reply(INES, insurance, "Found the clause in mine, it's covered. Thanks Noor!");
        at(4, "09:00").in(YOGA_TALK).say(LENA, "I'm launching my own signature flow next month. It's my style, my "
                + "music, my sequencing. I've worked so hard on it and I'm so excited to share my baby with the "
                + "world.");
        at(4, "14:00").in(YOGA_EVENTS).say(THEO, "Free online yin for teachers next Sunday, 45 min, just to "
                + "practise together, no sales: https://yinsunday.example/teachers");
        at(5, "07:00").in(YOGA_TALK).say(LENA, "My body feels so open after my practice this morning. I think my "
                + "nervous system is finally healing. I'm so grateful for my journey.");
        Post cue = at(5, "10:00").in(YOGA_SEQUENCING).say(THEO, "How do you cue breath in restorative without "
                + "sounding like a meditation app? Mine feel flat.");
        at(5, "10:30").in(YOGA_SEQUENCING).reply(INES, cue, "I give one cue, then a long silence. The silence does "
                + "more than the words.");
        at(5, "10:45").in(YOGA_SEQUENCING).reply(NOOR, cue, "And anchor it to something they feel: the belly on "
                + "the bolster rising. The cueing library has examples: https://yogateachers.example/cues");
        at(6, "09:00").in(YOGA_TALK).say(LENA, "Taught my first sold out class at my studio today. My students said "
                + "my playlist was magic. I love my little community, and I'm so proud of what I'm building.");
        at(7, "19:00").in(YOGA_TALK).say(LENA, "Sunday reflection: I'm learning that my worth isn't my follower "
                + "count. I'm enough as I am, and my practice is mine.");
        at(7, "19:30").in(YOGA_TALK).say(INES, "Has anyone else's studio raised room rental this summer? Mine went "
                + "up 15%.");
    }

    private void python() {
        Post loop = at(1, "19:00").in(PY_HELP).say(QUENTIN, "my for loop only prints the last item?? "
                + "https://pastebin.example/aK29dd");
        Post indent = at(1, "19:20").in(PY_HELP).reply(RAHEL, loop, "Your print is outside the loop: it's not "
                + "indented, so it runs once after the loop ends. Indent it 4 spaces. This explains blocks well: "
                + "https://docs.python.example/3/tutorial/controlflow.html");
        at(1, "19:45").in(PY_HELP).reply(QUENTIN, indent, "ok. now how do i make it save to a file");
        at(1, "20:00").in(PY_HELP).say(RAHEL, "Use `with open('out.txt', 'w') as f:` and `f.write(...)` inside it. "
                + "Files chapter: https://docs.python.example/3/tutorial/inputoutput.html");
        Post venv = at(2, "18:30").in(PY_HELP).say(QUENTIN, "pip install says externally managed environment, "
                + "what do i do");
        at(2, "18:50").in(PY_HELP).reply(RAHEL, venv, "Make a virtual environment: `python -m venv .venv`, activate "
                + "it, then pip install. Step by step here: https://packaging.python.example/venv-tutorial");
        at(2, "19:30").in(PY_HELP).say(RAHEL, "@Quentin if activate fails on Windows, run it from PowerShell, not "
                + "Git Bash.");
        Post start = at(2, "20:00").in(PY_GENERAL).say(VIK, "Total beginner here. Where should I start? I have "
                + "about an hour a day.");
        at(2, "20:10").in(PY_GENERAL).reply(ULLA, start, "Welcome! Start with the official tutorial, chapters 3 "
                + "to 5: https://docs.python.example/3/tutorial/");
        at(2, "20:11").in(PY_GENERAL).reply(ULLA, start, "Then practice: https://exercism.example/tracks/python "
                + "and https://futurecoder.example");
        at(2, "20:13").in(PY_GENERAL).reply(ULLA, start, "And when you're stuck, Python Tutor draws what your code "
                + "does step by step: https://pythontutor.example");
        at(2, "20:40").in(PY_GENERAL).say(VIK, "Thank you Ulla, bookmarked all of it. Starting tonight!");
        Post activate = at(3, "19:00").in(PY_HELP).say(VIK, "How do I activate a venv on Windows? The command "
                + "from the tutorial does nothing.");
        at(3, "19:05").in(PY_HELP).say(QUENTIN, "new error: list index out of range "
                + "https://pastebin.example/Zp01xx");
        at(3, "19:30").in(PY_HELP).reply(SVEN, activate, "In PowerShell: `.venv\\Scripts\\Activate.ps1`. If it says "
                + "scripts are disabled, run `Set-ExecutionPolicy -Scope CurrentUser RemoteSigned` once.");
        at(3, "19:40").in(PY_HELP).say(VIK, "That was it, thanks Sven!");
        at(3, "20:00").in(PY_HELP).say(RAHEL, "@Quentin lists start at 0, so a list of 5 has indexes 0 to 4. Your "
                + "`range(len(x) + 1)` goes one too far; just loop over the list itself.");
        Post enumerate = at(4, "21:00").in(PY_HELP).say(TARA, "@Sven you used enumerate() in your answer yesterday, "
                + "what does it do exactly?");
        at(5, "08:10").in(PY_HELP).say(SVEN, "Morning! Tara: enumerate gives you the index and the item together, "
                + "`for i, name in enumerate(names):`. Saves you the range(len()) dance.");
        at(5, "08:30").in(PY_HELP).reply(TARA, enumerate, "Oh that's neat. Rewriting my loops now 😄");
        Post dict = at(5, "18:00").in(PY_HELP).say(QUENTIN, "how do i count words in a string, need it for my "
                + "assignment tomorrow");
        at(5, "18:20").in(PY_HELP).reply(RAHEL, dict, "Split it and count with a dict, or use collections.Counter: "
                + "https://docs.python.example/3/library/collections.html#counter. Try it and show us what you get.");
        at(5, "18:25").in(PY_HELP).say(QUENTIN, "can you just write it");
        at(5, "18:40").in(PY_HELP).say(RAHEL, "`Counter(text.split())` gives you each word and its count. Read the "
                + "link though, it'll be on the exam 😉");
        Post project = at(6, "11:00").in(PY_SHOWCASE).say(TARA, "My first real project! A script that renames my "
                + "holiday photos by date: https://github.example/tara-codes/photo-renamer. Any feedback welcome, "
                + "especially on the messy part in main().");
        Post pathlib = at(6, "12:00").in(PY_SHOWCASE).reply(SVEN, project, "Nice! Two ideas: pathlib makes the path "
                + "juggling shorter, and pull the date parsing into its own function so you can test it.");
        at(6, "12:30").in(PY_SHOWCASE).reply(TARA, pathlib, "Splitting it out now, thanks!");
        project.react("🎉", SVEN, VIK, ULLA);
        Post sort = at(6, "15:00").in(PY_HELP).say(VIK, "How do I sort a list of dicts by one key?");
        at(6, "15:20").in(PY_HELP).reply(TARA, sort, "`sorted(items, key=lambda d: d['age'])`, I just learned "
                + "that one yesterday 😄");
        at(6, "15:30").in(PY_HELP).say(VIK, "Works, thanks Tara!");
        at(6, "16:00").in(PY_HELP).say(QUENTIN, "why does my function return None "
                + "https://pastebin.example/Qq88rt");
        at(6, "16:30").in(PY_HELP).say(SVEN, "@Quentin you print the result but never `return` it. Swap the "
                + "print on the last line for return.");
        at(7, "10:00").in(PY_GENERAL).say(RAHEL, "Weekend tip: the `breakpoint()` built-in drops you into the "
                + "debugger right there. Game changer for beginners: "
                + "https://docs.python.example/3/library/pdb.html");
        at(7, "10:20").in(PY_GENERAL).say(TARA, "Didn't know that one, trying it on my renamer.");
    }

    private void tabletop() {
        Post fulfil = at(-5, "17:00").in(DICE_CROWDFUNDING).say(WREN, "Launching my zine Kickstarter in a week. "
                + "For those who've done it: did you ship yourselves or use a fulfilment partner for under 500 "
                + "backers?");
        Post self = at(-5, "17:40").in(DICE_CROWDFUNDING).reply(ZOE, fulfil, "Shipped myself at 300 backers. "
                + "Doable, but price in your time. Pre-print the labels!");
        at(-5, "18:00").in(DICE_CROWDFUNDING).reply(WREN, self, "Pre-printing the labels, noted. Thank you!");
        at(1, "09:00").in(DICE_GENERAL).say(XAVIER, "HEXFORGE launches on Kickstarter TODAY! Two years of work. "
                + "https://kickstarter.example/hexforge");
        at(1, "13:00").in(DICE_GENERAL).say(XAVIER, "Funded 30% in four hours!!! We're on fire 🔥");
        Post draft = at(1, "15:00").in(DICE_FEEDBACK).say(ABEL, "Playtest draft of my hexcrawl rules, 6 pages. "
                + "I'd love eyes on the travel procedure especially: https://docs.example/abel-hexcrawl-v3");
        Post travel = at(1, "16:30").in(DICE_FEEDBACK).reply(ZOE, draft, "Travel has too many rolls per hex. Look "
                + "at how the Ironsworn SRD folds weather and encounters into one roll: "
                + "https://ironsworn.example/srd. Happy to read v4.");
        at(1, "17:00").in(DICE_FEEDBACK).reply(ABEL, travel, "One roll per hex, you're right. v4 this weekend, "
                + "I'll ping you. Thanks Zoe!");
        at(2, "08:00").in(DICE_GENERAL).say(XAVIER, "Day 2 and we're at 48%. Our art is carrying us, our backers are "
                + "amazing.");
        Post pdf = at(2, "10:00").in(DICE_GENERAL).say(YARA, "@Xavier backed at $15! Does that tier include the "
                + "PDF, or only the physical book? Might upgrade before the early bird ends Friday.");
        at(2, "11:00").in(DICE_PROMO).say(WREN, "My zine SALT & STARLIGHT is live on Kickstarter: a one-page coastal "
                + "horror RPG and 12 lighthouses to explore. £8 for the zine: "
                + "https://kickstarter.example/salt-starlight");
        at(2, "15:00").in(DICE_GENERAL).say(XAVIER, "New stretch goal unlocked: foil cover! We smashed it.");
        Post launch = at(2, "18:00").in(DICE_GENERAL).say(ZOE, "@Wren how's launch day going? Nervous?");
        at(2, "18:20").in(DICE_GENERAL).reply(WREN, launch, "Terrified, honestly. 40% on day one, which is more "
                + "than I hoped. I spent the morning refreshing the page and the afternoon answering backers.");
        at(3, "09:00").in(DICE_GENERAL).say(XAVIER, "We're 70% funded. My dice tower add-on is the most popular "
                + "one.");
        Post eu = at(3, "10:00").in(DICE_CROWDFUNDING).say(BEX, "@Wren backed SALT & STARLIGHT! Will EU shipping "
                + "include customs fees, or will I pay at the door?");
        at(3, "11:30").in(DICE_CROWDFUNDING).reply(WREN, eu, "Thank you for backing! I'm shipping EU orders from a "
                + "partner in the Netherlands, so no customs at your door. I'll put it on the campaign page too.");
        at(3, "11:45").in(DICE_CROWDFUNDING).say(BEX, "Perfect, upgrading to the deluxe then 😄");
        at(3, "16:00").in(DICE_GENERAL).say(XAVIER, "Our unboxing video just dropped, I'm so proud of how my "
                + "minis look.");
        Post addon = at(4, "09:00").in(DICE_GENERAL).say(BEX, "@Xavier also a backer here! Can I add the dice tower "
                + "to the $15 tier, or only from $40?");
        at(4, "14:00").in(DICE_GENERAL).say(XAVIER, "FUNDED! 100% in four days. My first ever campaign and we did "
                + "it.");
        at(4, "18:00").in(DICE_GENERAL).say(XAVIER, "Next stretch goal is a second map pack. We need 200 more "
                + "backers: https://kickstarter.example/hexforge");
        Post v4 = at(5, "20:00").in(DICE_FEEDBACK).say(ABEL, "@Zoe v4 is up, travel is one roll now: "
                + "https://docs.example/abel-hexcrawl-v4");
        at(6, "10:00").in(DICE_FEEDBACK).reply(ZOE, v4, "So much cleaner. The encounter table could use two more "
                + "coastal entries, otherwise ship it.");
        at(5, "09:00").in(DICE_GENERAL).say(XAVIER, "Day 5. Our Discord server passed 300 members. Our community "
                + "is the best.");
        at(5, "17:00").in(DICE_GENERAL).say(XAVIER, "Early bird ends at midnight!");
        at(6, "12:00").in(DICE_GENERAL).say(XAVIER, "We crossed $20k. I can't believe my little game did this.");
        at(7, "11:00").in(DICE_GENERAL).say(XAVIER, "Sunday update: we're at 140%, with two map packs unlocked. "
                + "My team is exhausted and so happy.");
        at(7, "15:00").in(DICE_GENERAL).say(ZOE, "Anyone going to the UK Games Expo next weekend? Would love to meet "
                + "up.");
        at(7, "15:30").in(DICE_GENERAL).say(ABEL, "I'll be there Saturday! Demoing the hexcrawl at the indie tables.");
        pdf.react("👀", BEX);
        addon.react("👍", YARA);
    }

    private void founders() {
        at(-4, "12:00").in(FOUND_GENERAL).say(FARID, "Anyone used a PEO for a first overseas hire? Considering it "
                + "for a developer in Portugal.");
        at(-4, "12:45").in(FOUND_GENERAL).say(CLEO, "We did, through Remote. Pricey but painless for one person.");
        Post elif = at(1, "08:30").in(FOUND_INTROS).say(ELIF, "Hi everyone, I'm Elif! Ex-nurse, now building "
                + "ShiftSwap, an app that lets hospital staff swap shifts without a spreadsheet: "
                + "https://shiftswap.example. Pre-seed, two of us. Happy to connect on LinkedIn too!");
        at(1, "09:00").in(FOUND_INTROS).reply(CLEO, elif, "Welcome Elif! You'll meet a couple of healthtech folks "
                + "on Thursday.");
        at(1, "09:20").in(FOUND_INTROS).reply(BRUNO, elif, "Welcome! If you need your MVP built properly, my studio "
                + "ships apps like yours in 6 weeks from £8k. Book a call: https://brunomvp.example/call");
        at(1, "09:40").in(FOUND_INTROS).reply(ELIF, elif, "Thanks Cleo! I'll be there.");
        elif.react("🙌", CLEO, FARID, DMITRI);
        Post meetup = at(1, "10:00").in(FOUND_EVENTS).say(CLEO, "June meetup: Thursday 4 June, 6:30pm at the Old "
                + "Mill. Topic: first hires. RSVP so we order enough pizza: "
                + "https://meetup.example/brightwater-founders");
        meetup.react("🙌", ELIF, FARID, GWEN);
        at(1, "12:00").in(FOUND_GENERAL).say(DMITRI, "We closed our pre-seed! £600k, led by a local angel. Hiring "
                + "two engineers next.");
        Post payroll = at(2, "10:00").in(FOUND_GENERAL).say(FARID, "@Dmitri congrats! What did you use for payroll "
                + "when you hired your first two? I'm about to do the same.");
        at(2, "11:00").in(FOUND_GENERAL).say(BRUNO, "Anyone heading to the Leeds tech week? Thinking of going.");
        at(2, "11:30").in(FOUND_GENERAL).say(CLEO, "I'm going Wednesday, happy to share a train.");
        at(3, "09:00").in(FOUND_EVENTS).say(CLEO, "Reminder: June meetup is tomorrow, 6:30pm. 38 going, a few spots "
                + "left: https://meetup.example/brightwater-founders");
        Post gwen = at(3, "14:00").in(FOUND_INTROS).say(GWEN, "Hello! Gwen here, I run a small plant delivery "
                + "business in town and I'm figuring out whether to raise money or stay small. Here to learn.");
        at(3, "14:30").in(FOUND_INTROS).reply(FARID, gwen, "Welcome Gwen! Staying small is underrated, come Thursday "
                + "and ask that exact question.");
        at(3, "14:45").in(FOUND_INTROS).reply(BRUNO, gwen, "Welcome! Does your delivery business have an app yet? "
                + "My studio builds them in 6 weeks, from £8k. Book a free call: https://brunomvp.example/call");
        at(3, "15:00").in(FOUND_INTROS).reply(GWEN, gwen, "Thanks Farid, I'll come!");
        at(3, "17:00").in(FOUND_GENERAL).say(DMITRI, "Our deck got a shout-out in the angel network newsletter. "
                + "Proud of the team.");
        Post lead = at(4, "09:00").in(FOUND_GENERAL).say(GWEN, "@Dmitri congrats on the round! How did you find "
                + "your lead angel? Cold email or intros?");
        at(4, "17:30").in(FOUND_EVENTS).say(CLEO, "Starting in an hour, doors 6:30! Last RSVPs: "
                + "https://meetup.example/brightwater-founders");
        Post contract = at(4, "13:00").in(FOUND_GENERAL).say(ELIF, "Quick one: when you hired your first "
                + "employee, did you write the contract yourself or pay a lawyer?");
        at(4, "13:30").in(FOUND_GENERAL).reply(FARID, contract, "Lawyer for the template, then reuse it. The free "
                + "template from the government's site is a decent start: https://gov.example/employment-contracts");
        at(4, "13:50").in(FOUND_GENERAL).reply(CLEO, contract, "Same, and join the HR session on Thursday, Farid is "
                + "speaking about exactly this 😄");
        at(4, "14:00").in(FOUND_GENERAL).say(ELIF, "Perfect, thank you both!");
        at(5, "09:00").in(FOUND_GENERAL).say(CLEO, "Thanks all for last night! 41 people, the most yet. Slides "
                + "from Farid's talk are in #events.");
        at(5, "09:05").in(FOUND_EVENTS).say(FARID, "My slides on first hires, as promised: "
                + "https://slides.example/farid-first-hires");
        at(5, "11:00").in(FOUND_GENERAL).say(DMITRI, "Two offers out today for our first engineers. Big week for "
                + "us.");
        at(5, "12:00").in(FOUND_GENERAL).say(GWEN, "Loved last night. Decided to stay small for now, and it feels "
                + "like a relief.");
        at(5, "12:30").in(FOUND_GENERAL).say(ELIF, "@Gwen good call, and great to meet you!");
        at(6, "10:00").in(FOUND_GENERAL).say(DMITRI, "Our first office keys arrived 🔑");
        payroll.react("👀", GWEN);
        lead.react("👍", FARID);
    }
}
