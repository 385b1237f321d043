package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A seventh round of held-out scenes for {@code rapport eval tips}, SEALED until the integrator's final run: written
 * and labelled in {@code bot/src/test/resources/eval/held-out-scenes-7.csv} before the coach was run on them, by a
 * writer who read the README's rule catalogue and the coaching principles, not the rules' code.
 *
 * <p>One week from Monday 5 October 2026 (ISO week 2026-W41), in UTC. Eight kinds of community, each its own guild; no
 * person appears in two scenes. In each, most people behave well (answers by turn, introductions with a link, help
 * with links, requested shares, people away for a day), a few deserve a tip. Run {@link #main} to regenerate
 * {@code bot/src/test/resources/eval/held-out-scenes-7/} ({@code ScenesAreUpToDateTest} fails when the committed files
 * differ; it only checks generation and never runs the coach).
 */
public final class HeldOutScenes7Script extends StoryScript {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 10, 5);
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 10, 12, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final SceneIds IDS = new SceneIds(3600);

    // --- W1. Indie authors: one pushes her sale in #general, one asks newcomers to follow and review ------------
    static final String AUTHORS = IDS.guild(171);
    static final String AUTHORS_NAME = "Inkwell Indie Authors";
    static final Role AUTHORS_MOD = new Role(IDS.id("2023-05-02"), "Moderator", "#9b59b6", 3);
    static final Channel AUTHORS_INTROS = IDS.channel(AUTHORS, AUTHORS_NAME, "introductions",
            "Introduce yourself: what you write and where readers can find you.", "authors-introductions.json");
    static final Channel AUTHORS_GENERAL = IDS.channel(AUTHORS, AUTHORS_NAME, "general",
            "Chat about writing and publishing.", "authors-general.json");
    static final Channel AUTHORS_HELP = IDS.channel(AUTHORS, AUTHORS_NAME, "craft-help",
            "Questions about writing, editing, covers and formatting.", "authors-craft-help.json");
    static final Channel AUTHORS_PROMO = IDS.channel(AUTHORS, AUTHORS_NAME, "self-promo",
            "Share your book links here. One post per book per week.", "authors-self-promo.json");
    static final Persona DANA = IDS.person("dana.edits", "Dana", AUTHORS_MOD);
    static final Persona MARISOL = IDS.person("marisolwrites", "Marisol");
    static final Persona HANK = IDS.person("hankmorrow", "Hank");
    static final Persona PRIYA = IDS.person("priyawrites", "Priya");
    static final Persona THEO = IDS.person("theoharte", "Theo");
    static final Persona WREN = IDS.person("wrenpages", "Wren");
    static final Persona NOOR = IDS.person("noor.scifi", "Noor");

    // --- W2. Real-estate referral network: a cold coaching pitch to newcomers, a referral question left waiting --
    static final String AGENTS = IDS.guild(172);
    static final String AGENTS_NAME = "Keystone Referral Network";
    static final Role AGENTS_ADMIN = new Role(IDS.id("2023-05-02"), "Admin", "#e74c3c", 3);
    static final Channel AGENTS_INTROS = IDS.channel(AGENTS, AGENTS_NAME, "introductions",
            "Introduce yourself: your market, your niche, your brokerage.", "agents-introductions.json");
    static final Channel AGENTS_REFERRALS = IDS.channel(AGENTS, AGENTS_NAME, "referrals",
            "Post a referral request: city, client type, timeline. Answer if it's your market.",
            "agents-referrals.json");
    static final Channel AGENTS_GENERAL = IDS.channel(AGENTS, AGENTS_NAME, "general",
            "Market talk, questions, wins.", "agents-general.json");
    static final Persona GLORIA = IDS.person("gloria.realty", "Gloria", AGENTS_ADMIN);
    static final Persona MALIK = IDS.person("malikhomes", "Malik");
    static final Persona BRENT = IDS.person("brentleads", "Brent");
    static final Persona LUCIA = IDS.person("luciasells", "Lucia");
    static final Persona SUNNY = IDS.person("sunnyshores", "Sunny");
    static final Persona HAROLD = IDS.person("harold.cbus", "Harold");
    static final Persona JOANNE = IDS.person("joanne.raleigh", "Joanne");
    static final Persona YUSUF = IDS.person("yusuf.phx", "Yusuf");

    // --- W3. Music teachers: one talks only about his studio, a new teacher only takes ----------------------------
    static final String TEACHERS = IDS.guild(173);
    static final String TEACHERS_NAME = "Studio Notes";
    static final Role TEACHERS_MOD = new Role(IDS.id("2023-05-02"), "Moderator", "#1abc9c", 3);
    static final Channel TEACHERS_GENERAL = IDS.channel(TEACHERS, TEACHERS_NAME, "general",
            "Teaching life: studios, students, parents.", "teachers-general.json");
    static final Channel TEACHERS_HELP = IDS.channel(TEACHERS, TEACHERS_NAME, "teaching-help",
            "Ask about repertoire, technique, lesson plans and the business side.", "teachers-teaching-help.json");
    static final Channel TEACHERS_RESOURCES = IDS.channel(TEACHERS, TEACHERS_NAME, "resources",
            "Share sheet music, apps and articles that help you teach.", "teachers-resources.json");
    static final Persona RUTH = IDS.person("ruthpiano", "Ruth", TEACHERS_MOD);
    static final Persona OSKAR = IDS.person("oskar.violin", "Oskar");
    static final Persona NELL = IDS.person("nellkeys", "Nell");
    static final Persona FUMIKO = IDS.person("fumiko.cello", "Fumiko");
    static final Persona BETO = IDS.person("betoguitar", "Beto");
    static final Persona ADAEZE = IDS.person("adaeze.voice", "Adaeze");

    // --- W4. An app's community: a developer ignores a paying customer, another user sells his template ----------
    static final String APP = IDS.guild(174);
    static final String APP_NAME = "Pocketledger Community";
    static final Role APP_TEAM = new Role(IDS.id("2023-05-02"), "Team", "#2ecc71", 5);
    static final Role APP_PREMIUM = new Role(IDS.id("2023-05-02"), "Premium", "#f1c40f", 2);
    static final Channel APP_NEWS = IDS.channel(APP, APP_NAME, "announcements",
            "Release notes and news from the Pocketledger team.", "app-announcements.json");
    static final Channel APP_HELP = IDS.channel(APP, APP_NAME, "help",
            "Stuck? Ask here. The team and the community answer.", "app-help.json");
    static final Channel APP_IDEAS = IDS.channel(APP, APP_NAME, "feature-requests",
            "Ideas for Pocketledger. Upvote with a thumbs up.", "app-feature-requests.json");
    static final Channel APP_OFFTOPIC = IDS.channel(APP, APP_NAME, "off-topic", "Anything else.",
            "app-off-topic.json");
    static final Persona JONAS = IDS.person("jonas.pl", "Jonas", APP_TEAM);
    static final Persona ELIF = IDS.person("elif.dev", "Elif", APP_TEAM);
    static final Persona RAY = IDS.person("raybudgets", "Ray", APP_PREMIUM);
    static final Persona WES = IDS.person("wes.spreads", "Wes", APP_PREMIUM);
    static final Persona TOMASZ = IDS.person("tomasz.k", "Tomasz");
    static final Persona ODETTE = IDS.person("odette.b", "Odette", APP_PREMIUM);
    static final Persona ZANE = IDS.person("zanetemplates", "Zane");

    // --- W5. Streamers' collab server: one spreads his link and asks for follows, one posts in #go-live ----------
    static final String STREAM = IDS.guild(175);
    static final String STREAM_NAME = "Co-op Stream Collective";
    static final Channel STREAM_INTROS = IDS.channel(STREAM, STREAM_NAME, "introductions",
            "Say hi: what you stream and when.", "stream-introductions.json");
    static final Channel STREAM_GENERAL = IDS.channel(STREAM, STREAM_NAME, "general", "Hang out, talk streaming.",
            "stream-general.json");
    static final Channel STREAM_COLLABS = IDS.channel(STREAM, STREAM_NAME, "collab-requests",
            "Looking for co-op partners, raids and events.", "stream-collab-requests.json");
    static final Channel STREAM_LIVE = IDS.channel(STREAM, STREAM_NAME, "go-live",
            "Post when you go live. One post per stream.", "stream-go-live.json");
    static final Persona KYLE = IDS.person("kylekrush", "Kyle");
    static final Persona TAMSIN = IDS.person("tamsin.tv", "Tamsin");
    static final Persona JETT = IDS.person("jettplays", "Jett");
    static final Persona BO = IDS.person("bo_speedruns", "Bo");
    static final Persona CASS = IDS.person("cass.cozy", "Cass");
    static final Persona MINA = IDS.person("minamoss", "Mina");

    // --- W6. Food bank volunteers: a question about the van left waiting, essential oils for sale ----------------
    static final String FOOD = IDS.guild(176);
    static final String FOOD_NAME = "Riverside Food Bank Volunteers";
    static final Role FOOD_COORDINATOR = new Role(IDS.id("2023-05-02"), "Coordinator", "#e67e22", 3);
    static final Channel FOOD_NEWS = IDS.channel(FOOD, FOOD_NAME, "announcements",
            "Shift schedules and news from the coordinators.", "food-announcements.json");
    static final Channel FOOD_GENERAL = IDS.channel(FOOD, FOOD_NAME, "general", "Volunteer chat.",
            "food-general.json");
    static final Channel FOOD_SWAPS = IDS.channel(FOOD, FOOD_NAME, "shift-swaps",
            "Can't make a shift? Ask for cover here.", "food-shift-swaps.json");
    static final Persona HATTIE = IDS.person("hattie.rfb", "Hattie", FOOD_COORDINATOR);
    static final Persona GUS = IDS.person("gus.vanman", "Gus");
    static final Persona PIP = IDS.person("pip.h", "Pip");
    static final Persona CORINNE = IDS.person("corinne.oils", "Corinne");
    static final Persona LORNA = IDS.person("lorna.b", "Lorna");
    static final Persona IDRIS = IDS.person("idris.m", "Idris");

    // --- W7. Translators' guild: a cold pitch to a newcomer, a translator who only talks shop with peers ---------
    static final String GUILD = IDS.guild(177);
    static final String GUILD_NAME = "Lexicon Translators' Guild";
    static final Role GUILD_MOD = new Role(IDS.id("2023-05-02"), "Moderator", "#3498db", 4);
    static final Role GUILD_CLIENT = new Role(IDS.id("2023-05-02"), "Client", "#95a5a6", 2);
    static final Channel GUILD_INTROS = IDS.channel(GUILD, GUILD_NAME, "introductions",
            "New here? Introduce yourself: languages, specialisms, or what you need translated.",
            "guild-introductions.json");
    static final Channel GUILD_GENERAL = IDS.channel(GUILD, GUILD_NAME, "general",
            "Shop talk: CAT tools, rates, clients, life.", "guild-general.json");
    static final Channel GUILD_JOBS = IDS.channel(GUILD, GUILD_NAME, "jobs",
            "Clients and agencies post jobs here. Translators: reply to the post if it fits your pair.",
            "guild-jobs.json");
    static final Persona SIGRUN = IDS.person("sigrun.mod", "Sigrun", GUILD_MOD);
    static final Persona VIKTOR = IDS.person("viktor.trad", "Viktor");
    static final Persona ROSA = IDS.person("rosa.de-en", "Rosa");
    static final Persona AMADOU = IDS.person("amadou.fr", "Amadou");
    static final Persona KAITO = IDS.person("kaito.ja", "Kaito");
    static final Persona INES = IDS.person("ines.agency", "Ines", GUILD_CLIENT);
    static final Persona HELGA = IDS.person("helga.gmbh", "Helga", GUILD_CLIENT);

    // --- W8. 3D printing: a kit seller who answers, a link dump, a print farm that only announces ----------------
    static final String MAKERS = IDS.guild(178);
    static final String MAKERS_NAME = "Layer Lines";
    static final Role MAKERS_MOD = new Role(IDS.id("2023-05-02"), "Mod", "#e91e63", 4);
    static final Role MAKERS_VENDOR = new Role(IDS.id("2023-05-02"), "Vendor", "#00bcd4", 3);
    static final Role MAKERS_OWNER = new Role(IDS.id("2023-05-02"), "Kit Owner", "#8bc34a", 2);
    static final Channel MAKERS_GENERAL = IDS.channel(MAKERS, MAKERS_NAME, "general", "Printers, filament, banter.",
            "makers-general.json");
    static final Channel MAKERS_HELP = IDS.channel(MAKERS, MAKERS_NAME, "help",
            "Print failing? Post photos, settings and your printer model.", "makers-help.json");
    static final Channel MAKERS_SHOWCASE = IDS.channel(MAKERS, MAKERS_NAME, "showcase", "Show what you made.",
            "makers-showcase.json");
    static final Channel MAKERS_MARKET = IDS.channel(MAKERS, MAKERS_NAME, "marketplace",
            "Buy and sell. One post per item per week.", "makers-marketplace.json");
    static final Persona ULLA = IDS.person("ulla.prints", "Ulla", MAKERS_MOD);
    static final Persona BRAM = IDS.person("bram.kits", "Bram", MAKERS_VENDOR);
    static final Persona DAX = IDS.person("daxmodels", "Dax");
    static final Persona GIDEON = IDS.person("gideonfarm", "Gideon");
    static final Persona FENNA = IDS.person("fenna.makes", "Fenna", MAKERS_OWNER);
    static final Persona LIO = IDS.person("lio.ender", "Lio");
    static final Persona QUINN = IDS.person("quinn.cnc", "Quinn");

    static final List<Persona> CAST = List.of(DANA, MARISOL, HANK, PRIYA, THEO, WREN, NOOR,
            GLORIA, MALIK, BRENT, LUCIA, SUNNY, HAROLD, JOANNE, YUSUF,
            RUTH, OSKAR, NELL, FUMIKO, BETO, ADAEZE,
            JONAS, ELIF, RAY, WES, TOMASZ, ODETTE, ZANE,
            KYLE, TAMSIN, JETT, BO, CASS, MINA,
            HATTIE, GUS, PIP, CORINNE, LORNA, IDRIS,
            SIGRUN, VIKTOR, ROSA, AMADOU, KAITO, INES, HELGA,
            ULLA, BRAM, DAX, GIDEON, FENNA, LIO, QUINN);

    static final List<Channel> CHANNELS = List.of(AUTHORS_INTROS, AUTHORS_GENERAL, AUTHORS_HELP, AUTHORS_PROMO,
            AGENTS_INTROS, AGENTS_REFERRALS, AGENTS_GENERAL,
            TEACHERS_GENERAL, TEACHERS_HELP, TEACHERS_RESOURCES,
            APP_NEWS, APP_HELP, APP_IDEAS, APP_OFFTOPIC,
            STREAM_INTROS, STREAM_GENERAL, STREAM_COLLABS, STREAM_LIVE,
            FOOD_NEWS, FOOD_GENERAL, FOOD_SWAPS,
            GUILD_INTROS, GUILD_GENERAL, GUILD_JOBS,
            MAKERS_GENERAL, MAKERS_HELP, MAKERS_SHOWCASE, MAKERS_MARKET);

    private HeldOutScenes7Script() {
        super(new Story(FIRST_MONDAY, 7, ZoneOffset.UTC, CAST));
    }

    /** File name to content: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        HeldOutScenes7Script s = new HeldOutScenes7Script();
        s.authors();
        s.agents();
        s.teachers();
        s.app();
        s.streamers();
        s.foodBank();
        s.translators();
        s.makers();
        return new ExportWriter(EXPORTED_AT).files(CHANNELS, s.story.posts());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bot/src/test/resources/eval/held-out-scenes-7");
        ExportWriter.writeAll(dir, files(), "the seventh held-out scenes");
    }

    private void authors() {
        Post fifty = at(1, "09:10").in(AUTHORS_GENERAL).say(WREN, "Morning all. Finally hit 50k words on the draft, "
                + "which means the mushy middle starts now 😅");
        Post body = at(1, "09:25").in(AUTHORS_GENERAL).say(THEO, "Congrats! The middle is where I always add a second "
                + "body.");
        fifty.react("🎉", THEO, DANA);
        at(1, "09:40").in(AUTHORS_GENERAL).say(MARISOL, "Congrats Wren. Speaking of twists, my thriller Nightfall "
                + "Harbor is 99c this week, check it out if you need middle-of-book inspiration: "
                + "https://books.example/nightfall-harbor");
        at(1, "10:05").in(AUTHORS_GENERAL).reply(WREN, body, "a second body is a valid plotting strategy honestly 😂");
        at(1, "12:00").in(AUTHORS_INTROS).joins(PRIYA);
        Post priyaHi = at(1, "12:05").in(AUTHORS_INTROS).say(PRIYA, "Hi everyone! I'm Priya, I write cozy fantasy "
                + "with found family and too many cats. My debut, The Lantern Bakery, came out in June. Website and "
                + "newsletter: https://priyawrites.example. Follow me on Instagram (priyawrites.books), I post my "
                + "cover sketches there!");
        Post danaWelcome = at(1, "12:30").in(AUTHORS_INTROS).reply(DANA, priyaHi, "Welcome Priya! Cozy fantasy is "
                + "well loved here. The pinned post in #craft-help has our resource list, and #self-promo is open for "
                + "your book link once a week.");
        at(1, "13:10").in(AUTHORS_INTROS).reply(HANK, priyaHi, "Welcome! Would you mind following my author page and "
                + "leaving a review of my book Iron Tide on Amazon? Every review helps: "
                + "https://books.example/iron-tide");
        at(1, "13:40").in(AUTHORS_INTROS).reply(PRIYA, danaWelcome, "Thank you Dana! Reading the pinned list now.");

        Post vellum = at(2, "08:50").in(AUTHORS_HELP).say(WREN, "Question for anyone who's done it: how do you format "
                + "a paperback interior without paying for Vellum? I'm on Windows.");
        Post kindle = at(2, "09:30").in(AUTHORS_HELP).reply(THEO, vellum, "Kindle Create does ebook and paperback and "
                + "it's free: https://kdp.example/kindle-create. For finer control Atticus is cheaper than Vellum and "
                + "runs on Windows: https://atticus.example. I wrote up my whole process with screenshots too, if it "
                + "helps: https://theoharte.example/blog/paperback-formatting");
        at(2, "09:45").in(AUTHORS_HELP).reply(WREN, kindle, "This is perfect, thank you! Trying Kindle Create tonight.");
        kindle.react("🙏", WREN, PRIYA);
        at(2, "11:00").in(AUTHORS_GENERAL).say(MARISOL, "Anyone who likes twisty thrillers, Nightfall Harbor is on "
                + "sale for 99c until Sunday! Grab it before the price goes up 🔥 https://books.example/nightfall-harbor");
        Post lantern = at(2, "15:00").in(AUTHORS_PROMO).say(PRIYA, "The Lantern Bakery: cozy fantasy with a bakery, "
                + "a haunted oven and a found family. Ebook and paperback: https://books.example/lantern-bakery");
        lantern.react("❤️", DANA, WREN);

        at(3, "10:00").in(AUTHORS_GENERAL).say(HANK, "New week, new push. Please follow my author page and share my "
                + "release post, the algorithm loves early shares! https://social.example/hankmorrow/iron-tide");
        at(3, "10:30").in(AUTHORS_GENERAL).say(THEO, "How's everyone handling the KDP AI disclosure question? I ticked "
                + "no but I do use a grammar checker. Does that count as AI-assisted?");
        at(3, "10:50").in(AUTHORS_GENERAL).say(DANA, "Grammar checkers and spellcheck don't count. AI-assisted means the "
                + "tool wrote the content and you edited it. KDP's wording: https://kdp.example/help/ai-content");
        at(3, "11:05").in(AUTHORS_GENERAL).say(WREN, "Had the same question, good to know.");
        at(3, "11:20").in(AUTHORS_GENERAL).say(MARISOL, "I just tick no and move on. If anyone wants a signed "
                + "paperback of Nightfall Harbor, DM me, £12 including postage");

        Post font = at(4, "09:00").in(AUTHORS_HELP).say(PRIYA, "@Dana @Theo cover question: my designer wants the same "
                + "font as book one for the sequel. Is that a good idea for a series?");
        at(4, "09:40").in(AUTHORS_HELP).say(THEO, "Yes, keep it. Series branding is mostly font and title placement. "
                + "Change the colour palette, keep the type.");
        at(4, "12:10").in(AUTHORS_HELP).reply(DANA, font, "Agree with Theo. Same font, same placement, new accent "
                + "colour. Readers spot the series from the thumbnail.");
        at(4, "12:30").in(AUTHORS_HELP).say(PRIYA, "Thank you both! Sending that to my designer now.");
        Post saltmarsh = at(4, "14:00").in(AUTHORS_PROMO).say(THEO, "Book two of the Saltmarsh trilogy is up for "
                + "preorder: https://books.example/saltmarsh-2");
        saltmarsh.react("🎉", PRIYA, WREN);

        Post launch = at(5, "10:00").in(AUTHORS_GENERAL).say(WREN, "@Hank how did the Iron Tide launch go? The cover "
                + "looks great.");
        at(5, "10:30").in(AUTHORS_GENERAL).reply(HANK, launch, "Slow so far, honestly. Thanks Wren, glad you like the "
                + "cover.");
        at(5, "16:00").in(AUTHORS_INTROS).joins(NOOR);
        Post noorHi = at(5, "16:05").in(AUTHORS_INTROS).say(NOOR, "Hello! Noor here, I write sci-fi romance and my "
                + "first book comes out in January. Mostly here to learn from people further along.");
        at(5, "16:40").in(AUTHORS_INTROS).reply(HANK, noorHi, "Welcome Noor! Could you follow my author page and add "
                + "Iron Tide to your Goodreads shelf? https://books.example/iron-tide");
        Post wrenWelcome = at(5, "17:00").in(AUTHORS_INTROS).reply(WREN, noorHi, "Welcome! Ask anything in "
                + "#craft-help, people here are generous with what they've learned.");
        at(5, "17:20").in(AUTHORS_INTROS).reply(NOOR, wrenWelcome, "Thanks Wren!");

        at(6, "11:00").in(AUTHORS_GENERAL).say(MARISOL, "Last two days of the sale! Nightfall Harbor is still 99c, "
                + "don't miss it.");
        Post done = at(6, "15:00").in(AUTHORS_GENERAL).say(WREN, "Middle of the book survived. 58k. Nobody died, "
                + "sorry Theo.");
        done.react("😂", THEO, DANA);
        at(6, "15:30").in(AUTHORS_GENERAL).say(THEO, "There's always the sequel.");
    }

    private void agents() {
        Post rates = at(1, "08:30").in(AGENTS_GENERAL).say(GLORIA, "Morning! Rates ticked down again. Anyone seeing "
                + "buyers come back off the fence?");
        at(1, "08:55").in(AGENTS_GENERAL).say(HAROLD, "A little in Columbus. Two showings Saturday from people who "
                + "paused in the spring.");
        at(1, "09:10").in(AGENTS_GENERAL).reply(JOANNE, rates, "Same in Raleigh. First-time buyers mostly.");
        Post denver = at(1, "09:30").in(AGENTS_REFERRALS).say(JOANNE, "Referral request: relocating family, Denver "
                + "area, 3 bed, budget around 650k, moving in January. @Malik you're in Denver, right? Can I send you "
                + "their details?");
        Post lakewood = at(1, "10:00").in(AGENTS_GENERAL).say(MALIK, "Just closed on a 4-bed in Lakewood, 12 days on "
                + "market 🎉");
        lakewood.react("🎉", GLORIA, HAROLD, SUNNY);
        at(1, "14:00").in(AGENTS_INTROS).joins(LUCIA);
        Post luciaHi = at(1, "14:05").in(AGENTS_INTROS).say(LUCIA, "Hi all, Lucia here. Just got licensed in Texas and "
                + "joined a brokerage in San Antonio. Mostly residential, a lot of Spanish-speaking buyers. My page: "
                + "https://luciasells.example. Happy to take referrals for San Antonio!");
        Post gloriaWelcome = at(1, "14:30").in(AGENTS_INTROS).reply(GLORIA, luciaHi, "Welcome Lucia! Post in "
                + "#referrals whenever you need an agent elsewhere, and answer the ones for San Antonio.");
        at(1, "15:10").in(AGENTS_INTROS).reply(BRENT, luciaHi, "Welcome Lucia! New agents struggle with leads the "
                + "first year. My Lead Engine coaching program gets new agents 10 appointments a month, $297/month. "
                + "Book a free strategy call: https://brentcoaching.example/call");
        at(1, "16:00").in(AGENTS_INTROS).reply(LUCIA, gloriaWelcome, "Thanks Gloria, will do!");

        Post tampa = at(2, "09:00").in(AGENTS_REFERRALS).say(HAROLD, "Anyone in Tampa? Retired couple wants a condo "
                + "near the water, cash, spring move.");
        Post sunnyHere = at(2, "09:40").in(AGENTS_REFERRALS).reply(SUNNY, tampa, "That's me! I'm in St. Pete, condos "
                + "near the water are most of my business. Recent sales here: https://sunnyshores.example. Send them "
                + "over, 25% referral fee as usual.");
        at(2, "10:15").in(AGENTS_REFERRALS).reply(HAROLD, sunnyHere, "Perfect, sending the intro email now.");
        Post crm = at(2, "11:00").in(AGENTS_GENERAL).say(MALIK, "Anyone else's CRM eating notes after the update? Mine "
                + "dropped a week of call logs.");
        Post cache = at(2, "11:20").in(AGENTS_GENERAL).reply(HAROLD, crm, "Yes! Clear the cache and re-sync, they came "
                + "back for me.");
        at(2, "11:35").in(AGENTS_GENERAL).reply(MALIK, cache, "That worked, thanks man.");
        at(2, "16:00").in(AGENTS_REFERRALS).reply(JOANNE, denver, "@Malik bumping this, the family wants to start "
                + "touring next month.");

        at(3, "08:45").in(AGENTS_INTROS).joins(YUSUF);
        Post yusufHi = at(3, "08:50").in(AGENTS_INTROS).say(YUSUF, "Hey everyone, Yusuf, Phoenix area, two years in, "
                + "mostly new construction.");
        at(3, "09:15").in(AGENTS_INTROS).reply(BRENT, yusufHi, "Welcome Yusuf! Quick one: how many closings did you do "
                + "last year? If it's under 20, Lead Engine fixes that. $297/month, first call free: "
                + "https://brentcoaching.example/call");
        at(3, "09:40").in(AGENTS_INTROS).reply(HAROLD, yusufHi, "Welcome! New construction in Phoenix is wild right "
                + "now, good niche.");
        at(3, "10:00").in(AGENTS_GENERAL).say(LUCIA, "Question for the experienced folks: do you send a closing gift to "
                + "referral partners, or just pay the fee?");
        at(3, "10:30").in(AGENTS_GENERAL).say(GLORIA, "Fee on time plus a handwritten note. Gifts are nice but the note "
                + "is what they remember.");
        at(3, "10:45").in(AGENTS_GENERAL).say(SUNNY, "Note, and a quick update when the client closes. Partners hate "
                + "hearing nothing.");
        at(3, "11:00").in(AGENTS_GENERAL).say(LUCIA, "Love that, thank you both.");
        at(3, "15:00").in(AGENTS_GENERAL).say(MALIK, "Open houses dead for anyone else this fall? Three people on "
                + "Saturday.");
        at(3, "15:20").in(AGENTS_GENERAL).say(HAROLD, "Try coffee from a local cafe at the door. Doubled my sign-ins.");

        Post nashville = at(4, "09:00").in(AGENTS_REFERRALS).say(LUCIA, "Referral request: buyer moving from San "
                + "Antonio to Nashville, 2 bed condo, budget 400k. Anyone?");
        Post carla = at(4, "09:30").in(AGENTS_REFERRALS).reply(JOANNE, nashville, "Not my market, but my old teammate "
                + "Carla is in Nashville and great with condos: https://carlanashville.example. Tell her I sent you!");
        at(4, "10:00").in(AGENTS_REFERRALS).reply(LUCIA, carla, "Thank you Joanne, emailing her now!");
        at(4, "13:00").in(AGENTS_GENERAL).say(MALIK, "Listing photos came back for the Aurora ranch, the photographer "
                + "nailed the evening light.");

        Post template = at(5, "11:00").in(AGENTS_GENERAL).say(JOANNE, "@Gloria does the network have a referral "
                + "agreement template? Mine is from 2019.");
        Post pinned = at(5, "11:30").in(AGENTS_GENERAL).reply(GLORIA, template, "Pinned in #referrals, updated in "
                + "March!");
        at(5, "11:40").in(AGENTS_GENERAL).reply(JOANNE, pinned, "Found it, thanks!");
        at(5, "15:00").in(AGENTS_GENERAL).say(MALIK, "Aurora ranch went under contract after one weekend 🙌");

        Post coffee = at(6, "10:00").in(AGENTS_GENERAL).say(HAROLD, "Columbus open house: 31 sign-ins. The coffee trick "
                + "works.");
        at(6, "10:20").in(AGENTS_GENERAL).reply(SUNNY, coffee, "Stealing this for Sunday.");
        coffee.react("🔥", MALIK, GLORIA);
    }

    private void teachers() {
        Post term = at(1, "08:30").in(TEACHERS_GENERAL).say(RUTH, "How's everyone's autumn term going? I've got three "
                + "new adult beginners, which is a first for me.");
        at(1, "08:50").in(TEACHERS_GENERAL).reply(FUMIKO, term, "Lovely! Adults practise less but ask better "
                + "questions.");
        at(1, "09:20").in(TEACHERS_GENERAL).say(OSKAR, "My term is full as usual. I have a waiting list of 40 for my "
                + "violin studio, I never advertise, my results speak for me.");
        Post rates = at(1, "18:00").in(TEACHERS_HELP).say(NELL, "Hi, I'm Nell, piano, just starting my own studio in "
                + "Leeds after teaching at a school. How do you set your rates? I have no idea what to charge.");
        Post ruthRates = at(1, "18:40").in(TEACHERS_HELP).reply(RUTH, rates, "Welcome Nell! Call three local "
                + "teachers and ask their rate as if you were a parent, then sit in the middle. Charge by the term, "
                + "not the lesson, or you'll spend your life on cancellations.");
        at(1, "19:00").in(TEACHERS_HELP).reply(NELL, ruthRates, "Thank you, that's really helpful.");

        Post parent = at(2, "09:00").in(TEACHERS_HELP).say(NELL, "Another one: a parent sits in every lesson and "
                + "corrects her daughter while I'm teaching. How do I handle that?");
        Post beto = at(2, "09:30").in(TEACHERS_HELP).reply(BETO, parent, "Give her a job: she writes down the three "
                + "practice goals at the end. Parents who interrupt usually want to feel useful.");
        at(2, "10:10").in(TEACHERS_HELP).reply(RUTH, parent, "And put a 'parents wait outside from grade 1' line in "
                + "next term's policy, so it isn't personal.");
        at(2, "10:30").in(TEACHERS_HELP).reply(NELL, beto, "Thanks, I'll try both.");
        at(2, "11:00").in(TEACHERS_HELP).say(OSKAR, "I never have this problem. My studio policy is four pages and I "
                + "go through it with every family myself before the first lesson. I wrote it in my first year and I "
                + "have not changed a word since.");
        at(2, "14:00").in(TEACHERS_HELP).say(ADAEZE, "@Nell you're in Leeds, which exam board do your students use, "
                + "ABRSM or Trinity? I'm thinking of switching mine.");
        Post hall = at(2, "16:00").in(TEACHERS_GENERAL).say(FUMIKO, "Booked the church hall for the Christmas recital. "
                + "Twenty-two cellists, heaven help me.");
        hall.react("😂", RUTH, ADAEZE);
        at(2, "16:30").in(TEACHERS_GENERAL).say(OSKAR, "My recital is always in the concert hall in town. I book it a "
                + "year ahead and I choose every piece myself. My students played Vivaldi last year, all of them "
                + "from memory.");

        Post adults = at(3, "09:00").in(TEACHERS_HELP).say(NELL, "What repertoire do you give adult beginners? My "
                + "kids' books feel silly for a 50-year-old.");
        at(3, "09:40").in(TEACHERS_HELP).reply(FUMIKO, adults, "When I started teaching adults I made exactly that "
                + "mistake. I used my children's books and my first adult student quit after a month. What I do now: "
                + "I ask what music they actually listen to, and I arrange a simple version of one song for them. My "
                + "adults practise far more when it's their music.");
        at(3, "10:00").in(TEACHERS_HELP).reply(NELL, adults, "Oh that's a good idea, thank you Fumiko!");
        Post duets = at(3, "11:00").in(TEACHERS_RESOURCES).say(ADAEZE, "Anyone have free beginner duet resources? "
                + "Mixed instruments ideally, for a group class.");
        Post links = at(3, "11:30").in(TEACHERS_RESOURCES).reply(BETO, duets, "A few I use: "
                + "https://imslp.example/category/duets, https://8notes.example/duets, "
                + "https://musescore.example/groups/beginner-ensembles and the free packs at "
                + "https://ensemblekit.example/free");
        links.react("🙏", ADAEZE, RUTH);
        at(3, "12:00").in(TEACHERS_RESOURCES).reply(ADAEZE, links, "Brilliant, thank you Beto!");
        at(3, "15:00").in(TEACHERS_GENERAL).say(OSKAR, "I developed my own method for bow hold over twenty years. I "
                + "teach it in my first lesson and my students never need to correct it later.");

        Post venue = at(4, "09:00").in(TEACHERS_HELP).say(NELL, "Last one this week, promise: where do small studios "
                + "hold recitals? I can't afford a hall.");
        Post ruthVenue = at(4, "09:30").in(TEACHERS_HELP).reply(RUTH, venue, "Churches, libraries and care homes. Care "
                + "homes are my favourite: free, a kind audience, and the kids feel useful.");
        at(4, "09:50").in(TEACHERS_HELP).reply(NELL, ruthVenue, "Care homes, I love that. Thanks Ruth!");
        at(4, "12:00").in(TEACHERS_GENERAL).say(OSKAR, "My students took first and second at the regional "
                + "competition again. I prepared them myself, every Saturday for three months.");
        Post apps = at(4, "16:00").in(TEACHERS_GENERAL).say(ADAEZE, "Does anyone use a practice-tracking app with "
                + "students? Mine forget their notebooks.");
        at(4, "16:20").in(TEACHERS_GENERAL).reply(RUTH, apps, "I tried a couple and went back to a shared Google Doc. "
                + "The parents see it too.");

        Post video = at(5, "10:00").in(TEACHERS_RESOURCES).say(BETO, "I made a short video on teaching barre chords to "
                + "kids with a capo trick, in case it's useful to the guitar folk: "
                + "https://video.example/betoguitar/barre-capo");
        video.react("👏", FUMIKO, ADAEZE);
        at(5, "13:00").in(TEACHERS_HELP).say(NELL, "Sorry, one more: does anyone have a template for a studio "
                + "policy? Mine is blank.");
        at(5, "13:30").in(TEACHERS_HELP).say(RUTH, "Pinned in #resources, the one from the spring workshop.");
        at(5, "16:00").in(TEACHERS_GENERAL).say(OSKAR, "I was invited to give a masterclass in Vienna next spring. I "
                + "will present my bow method and my own etudes.");
        Post tea = at(6, "10:00").in(TEACHERS_GENERAL).say(FUMIKO, "Saturday teaching marathon done. Eight students, "
                + "one broken A string, zero tears. Tea time.");
        tea.react("🙌", RUTH, BETO);
        at(6, "10:30").in(TEACHERS_GENERAL).say(OSKAR, "I teach eleven on Saturdays. My day starts at seven.");
    }

    private void app() {
        String syncHelp = "https://help.pocketledger.example/bank-sync-troubleshooting";
        Post release = at(1, "08:00").in(APP_NEWS).say(ELIF, "Pocketledger 4.2 is out: Revolut sync fixed, new "
                + "category icons, and CSV export for the whole year.");
        release.react("🎉", RAY, WES, ODETTE);
        Post csv = at(1, "09:00").in(APP_HELP).say(TOMASZ, "New here, just subscribed. How do I import my old bank CSV? "
                + "It says 'invalid date' on every row.");
        at(1, "09:30").in(APP_HELP).reply(WES, csv, "The date format is the usual trap. I wrote a guide for Monzo and "
                + "Starling CSVs: https://wesspreads.example/pocketledger-csv");
        at(1, "09:45").in(APP_HELP).say(JONAS, "What Wes said: the importer wants DD/MM/YYYY. The import docs: "
                + "https://help.pocketledger.example/import-csv");
        at(1, "10:00").in(APP_HELP).reply(TOMASZ, csv, "Changed the date column and it worked, thanks both!");
        Post monzo = at(1, "10:05").in(APP_HELP).say(ODETTE, "My Monzo stopped syncing since yesterday. Anything I can "
                + "do on my side?");
        Post relink = at(1, "10:20").in(APP_HELP).reply(JONAS, monzo, "Usually the bank's consent expired. Re-link it "
                + "in Settings > Accounts, steps here: " + syncHelp);
        at(1, "10:45").in(APP_HELP).reply(ODETTE, relink, "Re-linking fixed it, thank you!");
        at(1, "11:00").in(APP_OFFTOPIC).say(ZANE, "If you miss real envelope budgeting, my Notion template does it "
                + "properly. $9 with code ZANE10: https://zanetemplates.example/envelope");
        Post ci = at(1, "16:00").in(APP_OFFTOPIC).say(JONAS, "@Elif did the 4.2.1 build finally get through CI?");
        at(1, "16:20").in(APP_OFFTOPIC).reply(ELIF, ci, "Second try, yes. The emulator ran out of memory again.");

        Post revolut = at(2, "09:00").in(APP_HELP).say(RAY, "@Elif the 4.2 notes say Revolut sync is fixed, but mine "
                + "still fails since Monday with 'connection expired'. Is there something I need to do on my side?");
        Post lunch = at(2, "12:00").in(APP_OFFTOPIC).say(ELIF, "Anyone else tried the new Compose compiler? Our build "
                + "went from 4 to 3 minutes.");
        at(2, "12:15").in(APP_OFFTOPIC).reply(JONAS, lunch, "Yes! Finally. Now do the iOS one 😄");
        at(2, "12:30").in(APP_OFFTOPIC).reply(ELIF, lunch, "One miracle at a time.");
        Post split = at(2, "15:00").in(APP_HELP).say(TOMASZ, "Can one transaction go into two categories? Groceries "
                + "and household in one receipt.");
        Post splitAnswer = at(2, "15:20").in(APP_HELP).reply(JONAS, split, "Yes: long-press the transaction, then "
                + "Split. Docs with screenshots: https://help.pocketledger.example/split");
        at(2, "15:40").in(APP_HELP).reply(TOMASZ, splitAnswer, "Found it, thanks!");

        Post nightly = at(3, "09:00").in(APP_HELP).say(TOMASZ, "My bank disconnects every night. Is that normal?");
        at(3, "09:30").in(APP_HELP).reply(JONAS, nightly, "Not normal. Usually an expired consent again, the re-link "
                + "steps fix it: " + syncHelp);
        Post envelopes = at(3, "11:00").in(APP_IDEAS).say(WES, "Feature request: a yearly view per category, so I can "
                + "see where the money went over twelve months.");
        envelopes.react("👍", RAY, ODETTE, TOMASZ);
        at(3, "11:30").in(APP_IDEAS).say(ZANE, "Feature request: envelopes. Until then my template does it, DM me for "
                + "the link, code ZANE10 still works.");
        Post detekt = at(3, "14:00").in(APP_OFFTOPIC).say(ELIF, "Detekt found 212 warnings in the sync module. I'm not "
                + "crying, you are.");
        at(3, "14:10").in(APP_OFFTOPIC).reply(JONAS, detekt, "Half of them are the magic numbers rule. Turn it off.");

        Post bump = at(4, "10:00").in(APP_HELP).reply(RAY, revolut, "@Elif any update? Still failing, I've been "
                + "entering everything by hand for three days.");
        Post flagged = at(4, "11:00").in(APP_HELP).reply(JONAS, bump, "@Ray sorry for the wait! Elif owns the Revolut "
                + "connector, I've flagged it to her. Meanwhile re-linking sometimes helps: " + syncHelp);
        at(4, "11:20").in(APP_HELP).reply(RAY, flagged, "Thanks Jonas. Tried that already, no luck.");
        at(4, "15:00").in(APP_NEWS).say(ELIF, "4.2.1 is rolling out: faster search and a fix for the widget on Android "
                + "15.");

        at(5, "14:00").in(APP_HELP).say(TOMASZ, "How do I set a monthly transaction on the last day "
                + "of the month? Rent is due then.");
        at(5, "14:30").in(APP_HELP).say(JONAS, "Recurring > Monthly > 'Last day of month'. It came in 4.1.");
        at(5, "14:40").in(APP_HELP).say(TOMASZ, "That's it, thank you!");
        at(5, "16:00").in(APP_IDEAS).reply(JONAS, envelopes, "Logged, it's on the list for the winter 👍");
        at(5, "17:00").in(APP_OFFTOPIC).say(ELIF, "Friday release freeze. See you all Monday 🙌");

        at(6, "10:00").in(APP_OFFTOPIC).say(ZANE, "Weekend deal: my envelope template is $7 until Sunday, code ZANE10. "
                + "https://zanetemplates.example/envelope");
    }

    private void streamers() {
        String kyleLink = "https://twitch.example/kylekrush";
        String jettLink = "https://twitch.example/jettplays";
        at(1, "09:00").in(STREAM_GENERAL).say(KYLE, "yo follow my twitch, i follow back 💯 " + kyleLink);
        at(1, "09:04").in(STREAM_COLLABS).say(KYLE, "looking for collabs, check my channel " + kyleLink);
        at(1, "09:08").in(STREAM_LIVE).say(KYLE, kyleLink);
        Post mic = at(1, "11:00").in(STREAM_GENERAL).say(BO, "Finally replaced the mic arm. No more clunk every time I "
                + "lean in.");
        at(1, "11:20").in(STREAM_GENERAL).reply(CASS, mic, "The clunk was part of the brand though 😂");
        at(1, "11:30").in(STREAM_GENERAL).say(TAMSIN, "RIP clunk. Which arm did you get?");
        at(1, "11:45").in(STREAM_GENERAL).say(BO, "The cheap metal one with the springs inside. Silent.");
        Post jettMon = at(1, "19:00").in(STREAM_LIVE).say(JETT, "Live now: Hollow Knight any% practice, come hang "
                + jettLink);
        jettMon.react("🔥", TAMSIN);
        Post cassOff = at(1, "20:00").in(STREAM_GENERAL).say(CASS, "Off to a con till Wednesday, be good everyone!");
        cassOff.react("❤️", TAMSIN, BO);

        Post kart = at(2, "10:00").in(STREAM_COLLABS).say(TAMSIN, "@Bo @Cass @Jett anyone up for a Mario Kart co-op "
                + "stream Friday 8pm UTC? Need four.");
        at(2, "10:20").in(STREAM_COLLABS).say(BO, "I'm in! I'll bring the blue shells.");
        at(2, "12:00").in(STREAM_COLLABS).reply(JETT, kart, "Count me in, Friday works.");
        at(2, "15:00").in(STREAM_INTROS).joins(MINA);
        Post minaHi = at(2, "15:05").in(STREAM_INTROS).say(MINA, "Hi! I'm Mina, I stream cozy games (Stardew, "
                + "Spiritfarer) Tue/Thu evenings. https://twitch.example/minamoss, follow me if cozy is your thing!");
        at(2, "15:30").in(STREAM_INTROS).reply(TAMSIN, minaHi, "Welcome Mina! We do a cozy raid train on Sundays, "
                + "you should join.");
        at(2, "15:40").in(STREAM_INTROS).reply(KYLE, minaHi, "@Mina follow me and i'll follow back! " + kyleLink);
        at(2, "16:00").in(STREAM_INTROS).say(MINA, "Ooh a raid train, yes please @Tamsin!");
        at(2, "19:00").in(STREAM_LIVE).say(JETT, "Live: still Hollow Knight, still dying to the same boss " + jettLink);

        Post overlay = at(3, "14:00").in(STREAM_GENERAL).say(BO, "Just finished my new overlay, be honest: "
                + "https://imgur.example/bo-overlay");
        at(3, "14:10").in(STREAM_GENERAL).reply(KYLE, overlay, "nice. sub4sub?");
        at(3, "14:30").in(STREAM_GENERAL).reply(JETT, overlay, "Clean! Maybe make the chat box a bit wider?");
        at(3, "14:45").in(STREAM_GENERAL).say(BO, "Good call, widening it.");
        at(3, "19:00").in(STREAM_LIVE).say(JETT, "Live: I WILL beat this boss tonight " + jettLink);

        at(4, "09:30").in(STREAM_COLLABS).say(CASS, "Sorry, I was at the con with no time to look at my phone! "
                + "@Tamsin count me in for Friday if there's still a spot 🙌");
        at(4, "09:50").in(STREAM_COLLABS).say(TAMSIN, "There is! That makes four. 8pm UTC, I'll send the lobby code.");
        Post minaLive = at(4, "19:00").in(STREAM_LIVE).say(MINA, "Live: first night on a new Stardew farm "
                + "https://twitch.example/minamoss");
        minaLive.react("❤️", CASS, TAMSIN);
        at(4, "19:05").in(STREAM_GENERAL).say(KYLE, "anyone want to follow for follow? drop your links");

        at(5, "20:00").in(STREAM_LIVE).say(TAMSIN, "Mario Kart co-op with Bo, Cass and Jett, live now: "
                + "https://twitch.example/tamsintv");
        at(5, "23:00").in(STREAM_GENERAL).say(JETT, "That last race. Bo, I will never forgive the blue shell.");
        at(5, "23:05").in(STREAM_GENERAL).say(BO, "I warned you on Tuesday 😄");
        at(6, "12:00").in(STREAM_GENERAL).say(CASS, "Clip of the finish line chaos is up in everyone's channels. Same "
                + "time next month?");
        at(6, "12:30").in(STREAM_GENERAL).say(TAMSIN, "Absolutely. I'll post a thread.");
        at(6, "19:00").in(STREAM_LIVE).say(JETT, "Live: the boss is dead, now the real run starts " + jettLink);
    }

    private void foodBank() {
        String signUp = "https://forms.example/riverside-shifts";
        Post monday = at(1, "08:00").in(FOOD_NEWS).say(HATTIE, "Good morning! This week's shifts are open: sorting Mon "
                + "to Thu, distribution Friday, van run Saturday. Sign up here: " + signUp);
        monday.react("👍", PIP, LORNA, IDRIS);
        Post oils = at(1, "10:00").in(FOOD_GENERAL).say(CORINNE, "Hi all! If anyone's interested, I sell essential "
                + "oils, great for stress after a long shift 😊 DM me for prices.");
        at(1, "12:00").in(FOOD_GENERAL).say(IDRIS, "Thanks for covering Tuesday last week, Pip, I owe you one.");
        at(1, "12:30").in(FOOD_GENERAL).say(PIP, "Anytime! The Tuesday crew is the best crew.");
        Post appeal = at(1, "14:00").in(FOOD_GENERAL).say(LORNA, "Our winter appeal is live! Every £10 is a week of "
                + "breakfasts for a family. Please share with friends: https://give.example/riverside-winter");
        appeal.react("❤️", HATTIE, PIP, GUS);
        oils.react("👀", GUS);

        at(2, "09:00").in(FOOD_GENERAL).say(HATTIE, "@Gus can you still drive the van on Saturday, or "
                + "should I find someone else?");
        Post swap = at(2, "10:00").in(FOOD_SWAPS).say(IDRIS, "@Pip could you swap my Wednesday morning for your "
                + "Thursday evening? Dentist appointment.");
        Post gloves = at(2, "11:00").in(FOOD_GENERAL).say(LORNA, "Do we have gloves in the small size? The box in the "
                + "sorting room is empty.");
        at(2, "11:20").in(FOOD_GENERAL).reply(HATTIE, gloves, "Top shelf of the office cupboard, I restocked Friday.");
        at(2, "11:30").in(FOOD_GENERAL).reply(LORNA, gloves, "Found them, thanks Hattie!");

        Post wednesday = at(3, "08:00").in(FOOD_NEWS).say(HATTIE, "Reminder: Friday distribution still needs three "
                + "people. Sign up here: " + signUp);
        wednesday.react("👍", LORNA);
        Post pumpkins = at(3, "10:00").in(FOOD_GENERAL).say(GUS, "Look at all the pumpkins the farm dropped off 🎃 "
                + "the whole loading bay is orange");
        pumpkins.react("😍", HATTIE, LORNA, IDRIS);
        at(3, "10:20").in(FOOD_GENERAL).say(LORNA, "Pumpkin soup for the whole street!");
        at(3, "19:00").in(FOOD_SWAPS).say(IDRIS, "Still looking for a Wednesday morning swap if anyone can.");

        at(4, "08:30").in(FOOD_SWAPS).say(PIP, "So sorry Idris, I was at my sister's with no signal! Yes, happy to swap, "
                + "I'll take your Wednesday next week and you take my Thursday.");
        at(4, "08:45").in(FOOD_SWAPS).reply(IDRIS, swap, "Brilliant, thank you Pip!");
        at(4, "10:00").in(FOOD_GENERAL).say(CORINNE, "20% off my oils for food bank volunteers this week, DM me for the "
                + "price list!");
        Post pallets = at(4, "12:00").in(FOOD_GENERAL).say(GUS, "Anyone know if the Thursday crew needs an extra pair "
                + "of hands with the pallets?");
        at(4, "12:15").in(FOOD_GENERAL).reply(PIP, pallets, "We always do! Come at 5.");
        at(4, "16:00").in(FOOD_GENERAL).say(IDRIS, "My back after the pallet day 😩");
        at(4, "16:20").in(FOOD_GENERAL).say(LORNA, "Lift with the legs Idris! And the stretch on the poster by the "
                + "door really helps.");

        Post friday = at(5, "08:00").in(FOOD_NEWS).say(HATTIE, "Distribution today from 2pm. Two spots left: " + signUp);
        friday.react("👍", PIP);
        at(5, "09:00").in(FOOD_GENERAL).say(HATTIE, "Since I haven't heard from Gus, @Idris could you drive the van "
                + "tomorrow morning?");
        at(5, "09:30").in(FOOD_GENERAL).say(IDRIS, "Yes, happy to! Back's fine for driving.");
        at(5, "12:00").in(FOOD_GENERAL).say(LORNA, "Appeal update: 60% of the way there in five days! If you haven't "
                + "shared it yet, it's here: https://give.example/riverside-winter");

        Post thanks = at(6, "17:00").in(FOOD_NEWS).say(HATTIE, "Thank you all: 312 families this week, our busiest "
                + "October ever. Next week's rota goes up Monday.");
        thanks.react("🙌", PIP, LORNA, IDRIS, GUS, CORINNE);
    }

    private void translators() {
        Post trados = at(1, "09:00").in(GUILD_GENERAL).say(ROSA, "Trados updated overnight and now my termbase won't "
                + "load. Anyone else?");
        Post termbase = at(1, "09:20").in(GUILD_GENERAL).reply(KAITO, trados, "Yes, re-attach it in Project Settings. "
                + "The update drops the path.");
        at(1, "09:35").in(GUILD_GENERAL).reply(ROSA, termbase, "That was it, thank you!");
        at(1, "11:00").in(GUILD_INTROS).joins(INES);
        Post inesHi = at(1, "11:05").in(GUILD_INTROS).say(INES, "Hello! I'm Ines, project manager at a small agency in "
                + "Lyon. We mostly need FR>EN and FR>DE for cosmetics and tourism clients. Glad to be here.");
        Post sigrunWelcome = at(1, "11:30").in(GUILD_INTROS).reply(SIGRUN, inesHi, "Welcome Ines! Post jobs in #jobs "
                + "with the pair, volume, deadline and rate, and people will answer there.");
        Post pitch = at(1, "11:45").in(GUILD_INTROS).reply(VIKTOR, inesHi, "Hi Ines! I offer FR>EN translation with "
                + "DTP included at €0.08/word, the best value you'll find. Let's set up a call this week: "
                + "https://viktortrad.example/book");
        at(1, "12:00").in(GUILD_INTROS).reply(INES, sigrunWelcome, "Thanks Sigrun, will do.");
        Post direct = at(1, "15:00").in(GUILD_GENERAL).say(ROSA, "Honest question: how do you find direct clients? "
                + "Agencies keep cutting my German-English rates and I really need more direct clients this autumn.");
        at(1, "15:30").in(GUILD_GENERAL).say(AMADOU, "Trade fairs in my niche, and answering the posts in #jobs "
                + "fast. Most of my direct clients came from here.");
        at(1, "15:50").in(GUILD_GENERAL).reply(KAITO, direct, "LinkedIn posts about my specialism, boring but it works.");
        at(1, "16:10").in(GUILD_GENERAL).say(ROSA, "Trade fairs, hm. Do they pay off for you Amadou?");
        at(1, "16:30").in(GUILD_GENERAL).say(AMADOU, "The first year no, the second year very much.");

        at(2, "10:00").in(GUILD_INTROS).reply(VIKTOR, pitch, "@Ines did you get a chance to look? I have slots for a "
                + "call on Thursday and Friday.");
        Post memoq = at(2, "11:00").in(GUILD_GENERAL).say(KAITO, "memoQ or Trados for someone starting out? My "
                + "cousin wants to get into it.");
        at(2, "11:20").in(GUILD_GENERAL).reply(ROSA, memoq, "memoQ. Cheaper and the learning curve is kinder.");
        at(2, "11:40").in(GUILD_GENERAL).reply(SIGRUN, memoq, "Both have free trials; the glossary list pinned in "
                + "#general has a comparison.");
        Post brochure = at(3, "09:00").in(GUILD_JOBS).say(INES, "FR>EN, six-page product brochure for a cosmetics brand, "
                + "about 2,400 words, due 16 October. Reply with your rate and a sample of similar work.");
        Post amadouBid = at(3, "09:40").in(GUILD_JOBS).reply(AMADOU, brochure, "Hi Ines, FR>EN is my pair and cosmetics "
                + "is half my work. €0.11/word, samples here: https://amadoutranslates.example/portfolio");
        at(3, "10:30").in(GUILD_JOBS).reply(INES, amadouBid, "Thanks Amadou, the skincare sample is exactly our tone. "
                + "Sending you the files.");
        Post rates = at(3, "14:00").in(GUILD_GENERAL).say(ROSA, "What's everyone charging for certified translations "
                + "now? I feel like I'm still on 2022 prices.");
        at(3, "14:30").in(GUILD_GENERAL).reply(SIGRUN, rates, "Per page, not per word, and add the postage. The rates "
                + "survey from the spring is pinned.");
        at(3, "14:45").in(GUILD_GENERAL).say(ROSA, "Per page, of course. Thanks Sigrun.");

        Post manual = at(4, "10:00").in(GUILD_JOBS).say(HELGA, "DE>EN, user manual for an industrial pump, 9,000 words, "
                + "needs technical experience. Deadline 23 October. Who is available?");
        Post kyoto = at(4, "11:00").in(GUILD_JOBS).say(INES, "Also JA>EN: subtitles for a 20-minute tourism video about "
                + "Kyoto. Anyone?");
        at(4, "11:40").in(GUILD_JOBS).reply(KAITO, kyoto, "That's me. I've subtitled tourism videos for two prefectures. "
                + "Happy to do a test minute.");
        at(4, "15:00").in(GUILD_GENERAL).say(ROSA, "Does anyone else proofread their own work on paper? I catch so much "
                + "more.");
        at(4, "15:20").in(GUILD_GENERAL).say(AMADOU, "Printed and read aloud. My neighbours think I'm rehearsing a "
                + "play.");
        at(4, "15:30").in(GUILD_GENERAL).say(ROSA, "Ha! Same.");

        at(5, "09:00").in(GUILD_JOBS).say(HELGA, "Second one: DE>EN website for a family winery, 3,500 words, friendly "
                + "tone. Still looking for someone for the pump manual too.");
        Post invoices = at(5, "13:00").in(GUILD_GENERAL).say(ROSA, "Late payers: do you charge interest or just chase? "
                + "I've got three invoices over 60 days.");
        at(5, "13:20").in(GUILD_GENERAL).reply(SIGRUN, invoices, "Charge it, it's your legal right in the EU. The "
                + "template letter is in the pinned resources.");
        at(5, "13:40").in(GUILD_GENERAL).reply(KAITO, invoices, "Charge it. The ones who pay late pay on time after "
                + "the first interest line.");
        at(5, "14:00").in(GUILD_GENERAL).say(ROSA, "Right, sending the letters today. Thanks both.");
        Post weekend = at(6, "11:00").in(GUILD_GENERAL).say(ROSA, "Finally a weekend without a deadline. Going to the "
                + "lake with a novel in German, for fun this time.");
        weekend.react("😄", AMADOU, KAITO);
        at(6, "11:20").in(GUILD_GENERAL).say(AMADOU, "Enjoy! Reading for fun, what a concept.");
        manual.react("👀", SIGRUN);
    }

    private void makers() {
        String kit = "https://bramkits.example/direct-drive";
        Post stringing = at(1, "08:00").in(MAKERS_HELP).say(FENNA, "@Bram installed your direct-drive kit on my Ender "
                + "last week, love it, but now PETG strings like crazy. Do I need different retraction settings?");
        at(1, "08:30").in(MAKERS_HELP).say(ULLA, "Direct drive wants much shorter retraction, start around 1 mm. "
                + "The wiki's tuning page: https://wiki.layerlines.example/retraction");
        at(1, "12:00").in(MAKERS_GENERAL).say(GIDEON, "Print farm update: 6 printers running, 2 on PETG, 400 hours "
                + "logged this month.");
        Post bramBack = at(2, "09:30").in(MAKERS_HELP).reply(BRAM, stringing, "Sorry Fenna, I was at a trade fair "
                + "all day yesterday. Ulla's right: 0.8 to 1 mm at 35 mm/s. The kit's guide has a PETG profile: "
                + "https://bramkits.example/guide#petg");
        at(2, "09:50").in(MAKERS_HELP).reply(FENNA, bramBack, "1 mm fixed it, no more cobwebs. Thanks both!");
        at(2, "10:00").in(MAKERS_GENERAL).say(DAX, "Articulated dragon, print-in-place: https://printables.example/dax/dragon");
        at(2, "10:01").in(MAKERS_GENERAL).say(DAX, "Flexi octopus: https://printables.example/dax/octopus");
        at(2, "10:03").in(MAKERS_GENERAL).say(DAX, "Cable organiser v3: https://printables.example/dax/cable-organiser");
        at(2, "10:04").in(MAKERS_GENERAL).say(DAX, "Headphone stand: https://printables.example/dax/headphone-stand");
        at(2, "10:06").in(MAKERS_GENERAL).say(DAX, "Planter with drip tray: https://printables.example/dax/planter");
        at(2, "12:00").in(MAKERS_GENERAL).say(GIDEON, "Print farm: switched the Prusas to 0.6 nozzles, 30% faster "
                + "on the big parts.");
        Post benchy = at(2, "15:00").in(MAKERS_SHOWCASE).say(QUINN, "First print on the new printer, obligatory "
                + "Benchy. Not bad for stock settings!");
        benchy.react("🔥", ULLA, FENNA);
        at(2, "15:20").in(MAKERS_SHOWCASE).say(ULLA, "Clean overhangs! Welcome to the addiction.");

        at(3, "09:00").in(MAKERS_GENERAL).say(GIDEON, "Farm status: all green overnight. 27 parts shipped.");
        at(3, "11:00").in(MAKERS_HELP).joins(LIO);
        Post clicking = at(3, "11:05").in(MAKERS_HELP).say(LIO, "My Ender 3 extruder keeps clicking on every print. "
                + "Would a direct drive fix it? Is Bram's kit worth it, and where do I get it?");
        at(3, "11:30").in(MAKERS_HELP).reply(ULLA, clicking, "Clicking is usually a partial clog or the nozzle too "
                + "close to the bed. Check those first, the wiki has a checklist: "
                + "https://wiki.layerlines.example/extruder-clicking");
        Post bramLio = at(3, "11:50").in(MAKERS_HELP).reply(BRAM, clicking, "I'm biased since I make it, but do what "
                + "Ulla says first. If it's still clicking after that, the kit is €49 and it's here: " + kit
                + ". Happy to help with the install either way.");
        at(3, "12:30").in(MAKERS_HELP).reply(LIO, bramLio, "It was the nozzle height 🤦 Keeping the kit in mind, "
                + "thanks both!");
        at(3, "17:00").in(MAKERS_GENERAL).say(GIDEON, "Print farm: new enclosure for the ABS printers is up.");

        at(4, "09:00").in(MAKERS_GENERAL).say(GIDEON, "Farm update: one hotend died, swapped in 10 minutes. Spare "
                + "parts shelf pays off.");
        Post restock = at(4, "10:00").in(MAKERS_MARKET).say(BRAM, "Direct-drive kit for Ender 3 / CR-10 back in stock, "
                + "€49, ships from Utrecht in 2 days. Install guide and details: " + kit);
        restock.react("👍", FENNA);
        at(4, "14:00").in(MAKERS_GENERAL).say(GIDEON, "Print farm: 9 kg of PETG through this week.");
        at(4, "15:00").in(MAKERS_GENERAL).say(QUINN, "Cheap filament that isn't awful? Budget is "
                + "tight this month.");
        at(4, "15:20").in(MAKERS_GENERAL).say(FENNA, "The store brand at the hardware chain is fine for PLA. Dry it "
                + "first.");
        at(4, "15:30").in(MAKERS_GENERAL).say(QUINN, "Perfect, there's one round the corner.");

        at(5, "09:00").in(MAKERS_GENERAL).say(GIDEON, "Print farm: 3 new printers ordered, shelves going up this "
                + "weekend.");
        Post fan = at(5, "10:00").in(MAKERS_HELP).say(FENNA, "@Bram does the kit's fan duct fit a 5015 blower, or only "
                + "the stock 4010?");
        Post fanAnswer = at(5, "10:40").in(MAKERS_HELP).reply(BRAM, fan, "Both! There's a 5015 duct in the STL pack, "
                + "file duct_5015.stl.");
        at(5, "11:00").in(MAKERS_HELP).reply(FENNA, fanAnswer, "Printing it now 🙌");
        at(5, "17:00").in(MAKERS_GENERAL).say(GIDEON, "Farm update: 31 parts shipped today, record day.");
        Post vase = at(6, "10:00").in(MAKERS_SHOWCASE).say(FENNA, "Vase mode spiral with the new setup, zero "
                + "stringing.");
        vase.react("😍", ULLA, QUINN, BRAM);
        at(6, "11:00").in(MAKERS_GENERAL).say(GIDEON, "Print farm: shelves up, 9 printers by next week.");
        at(6, "18:00").in(MAKERS_GENERAL).say(GIDEON, "Farm status: weekend queue loaded, 62 hours of prints.");
        at(7, "10:00").in(MAKERS_GENERAL).say(GIDEON, "Print farm: Sunday maintenance, all nozzles swapped.");
    }
}
