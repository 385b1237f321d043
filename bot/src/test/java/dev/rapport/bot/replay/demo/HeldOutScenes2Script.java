package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A second round of held-out scenes for {@code rapport eval tips}, written and labelled in
 * {@code bot/src/test/resources/eval/held-out-scenes-2.csv} after the fixes prompted by {@link HeldOutSceneScript}
 * and before the coach was run on them: its first run measures those fixes on situations they were not made for.
 *
 * <p>Three weeks from Monday 4 May 2026 (ISO weeks 2026-W19 to W21), in UTC. Every scene is its own guild; no person
 * appears in two scenes. Run {@link #main} to regenerate {@code bot/src/test/resources/eval/held-out-scenes-2/}
 * ({@code ScenesAreUpToDateTest} fails when the committed files differ).
 */
public final class HeldOutScenes2Script extends StoryScript {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 5, 4);
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 5, 25, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final SceneIds IDS = new SceneIds(1400);

    // --- R1. An introduction in #new-members, then the shop link given when asked -----------------------------
    static final String POTTERS = IDS.guild(31);
    static final Channel POT_NEW = IDS.channel(POTTERS, "Clay People", "new-members", null, "pot-new-members.json");
    static final Channel POT_GENERAL = IDS.channel(POTTERS, "Clay People", "general", "Anything clay.",
            "pot-general.json");
    static final Persona ADA = IDS.person("adaglazes", "Ada");
    static final Persona BEN = IDS.person("benwheel", "Ben");
    static final Persona CLIO = IDS.person("clioraku", "Clio");

    // --- R2. A helper answering with documentation links ------------------------------------------------------
    static final String DOCS = IDS.guild(32);
    static final Channel DOCS_SUPPORT = IDS.channel(DOCS, "Static Site Users", "support", "Questions about the generator.",
            "docs-support.json");
    static final Persona DEV = IDS.person("devdocs", "Dev");
    static final Persona EMI = IDS.person("emiblog", "Emi");
    static final Persona FOX = IDS.person("foxsite", "Fox");
    static final Persona GUY = IDS.person("guytheme", "Guy");

    // --- R3. A growth agency's cold DM to someone met the day before ---------------------------------------------
    static final String ARTISTS = IDS.guild(33);
    static final Channel ART_GENERAL = IDS.channel(ARTISTS, "Digital Artists", "general", "Share and chat.",
            "art-general.json");
    static final Persona HIRO = IDS.person("hirogrowth", "Hiro");
    static final Persona INES = IDS.person("inespaints", "Ines");
    static final Persona JOSH = IDS.person("joshanimates", "Josh");
    static final Channel DM_HIRO_INES = new Channel(Channel.DIRECT_MESSAGES_GUILD, "Direct Messages",
            IDS.id("2026-05-01"), "DirectTextChat", null, "Private", "Ines", null, "art-direct-hiro-ines.json");

    // --- R4. A follow ask to long-standing members after weeks of silence towards them ------------------------
    static final String RUNNERS = IDS.guild(34);
    static final Channel RUN_CHAT = IDS.channel(RUNNERS, "Trail Runners", "chat", "Runs, routes, races.",
            "run-chat.json");
    static final Persona KIM = IDS.person("kimtrails", "Kim");
    static final Persona LEO = IDS.person("leoultra", "Leo");
    static final Persona MEG = IDS.person("megmiles", "Meg");
    static final Persona NIK = IDS.person("nikvlogs", "Nik");

    // --- R5. A seller whose customers ask and hear nothing ----------------------------------------------------
    static final String SOAPS = IDS.guild(35);
    static final Role SOAP_CUSTOMER = new Role(IDS.id("2023-05-02"), "Customer", "#3498db", 2);
    static final Channel SOAP_CHAT = IDS.channel(SOAPS, "Bram's Soap Club", "chat", "Talk about anything.",
            "soap-chat.json");
    static final Channel SOAP_SHOWCASE = IDS.channel(SOAPS, "Bram's Soap Club", "showcase",
            "New batches and products.", "soap-showcase.json");
    static final Persona BRAM = IDS.person("bramsoap", "Bram");
    static final Persona CORA = IDS.person("corabuys", "Cora", SOAP_CUSTOMER);
    static final Persona DUNE = IDS.person("dunebuys", "Dune", SOAP_CUSTOMER);
    static final Persona ELI = IDS.person("elicandles", "Eli");
    static final Persona FAY = IDS.person("fayscrubs", "Fay");

    // --- R6. A question missed once and let go; an exclamation; a week away -----------------------------------
    static final String CHOIR = IDS.guild(36);
    static final Channel CHOIR_CHAT = IDS.channel(CHOIR, "Community Choir", "chat", "Rehearsals and gossip.",
            "choir-chat.json");
    static final Persona GIL = IDS.person("giltenor", "Gil");
    static final Persona HEDY = IDS.person("hedyalto", "Hedy");
    static final Persona IRA = IDS.person("irabass", "Ira");

    // --- R7. Someone who only talks about themselves, to nobody -----------------------------------------------
    static final String STARTUPS = IDS.guild(37);
    static final Channel START_GENERAL = IDS.channel(STARTUPS, "Founders Cafe", "general", "Founders chatting.",
            "start-general.json");
    static final Persona JAY = IDS.person("jayfounder", "Jay");
    static final Persona KEA = IDS.person("keabuilds", "Kea");
    static final Persona LAS = IDS.person("lasships", "Las");
    static final Persona MOE = IDS.person("moemakes", "Moe");

    // --- R8. Versions, file names and an address in a help question -------------------------------------------
    static final String PYTHON = IDS.guild(38);
    static final Channel PY_HELP = IDS.channel(PYTHON, "Python Beginners", "help", "Ask Python questions.",
            "py-help.json");
    static final Persona NED = IDS.person("nedpy", "Neo");
    static final Persona OTTO = IDS.person("ottocodes", "Otto");
    static final Persona PAZ = IDS.person("pazscripts", "Paz");

    static final List<Persona> CAST = List.of(ADA, BEN, CLIO, DEV, EMI, FOX, GUY, HIRO, INES, JOSH, KIM, LEO, MEG, NIK,
            BRAM, CORA, DUNE, ELI, FAY, GIL, HEDY, IRA, JAY, KEA, LAS, MOE, NED, OTTO, PAZ);

    static final List<Channel> CHANNELS = List.of(POT_NEW, POT_GENERAL, DOCS_SUPPORT, ART_GENERAL, DM_HIRO_INES,
            RUN_CHAT, SOAP_CHAT, SOAP_SHOWCASE, CHOIR_CHAT, START_GENERAL, PY_HELP);

    private HeldOutScenes2Script() {
        super(new Story(FIRST_MONDAY, 21, ZoneOffset.UTC, CAST));
    }

    /** File name to content: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        HeldOutScenes2Script s = new HeldOutScenes2Script();
        s.introductionThenAsked();
        s.docsHelper();
        s.coldDirectMessage();
        s.followAsk();
        s.customersWaiting();
        s.missedOnceAndAway();
        s.onlyAboutThemselves();
        s.versionsAndFiles();
        return new ExportWriter(EXPORTED_AT).files(CHANNELS, s.story.posts());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bot/src/test/resources/eval/held-out-scenes-2");
        ExportWriter.writeAll(dir, files(), "the second held-out scenes");
    }

    private void introductionThenAsked() {
        Post hi = at(1, "10:00").in(POT_NEW).say(ADA, "Hi! I'm Ada, I've been throwing pots for three years and I sell "
                + "small batches of mugs on Etsy: https://etsy.com/shop/adaglazes. Here to learn glazing from you all!");
        Post glaze = at(1, "10:30").in(POT_NEW).reply(BEN, hi, "Welcome Ada! What cone do you fire to?");
        at(1, "10:45").in(POT_NEW).reply(ADA, glaze, "Cone 6 in an electric kiln. I'm still scared of reduction.");
        Post crawl = at(2, "09:00").in(POT_GENERAL).say(CLIO, "My glaze keeps crawling on the rims, any idea why?");
        at(2, "09:20").in(POT_GENERAL).reply(ADA, crawl, "That happened to me when the bisque was dusty. Wipe it with a "
                + "damp sponge before glazing.");
        at(2, "09:40").in(POT_GENERAL).reply(CLIO, crawl, "Oh! I never wipe them. Will try, thanks Ada.");
        Post mugs = at(4, "16:00").in(POT_GENERAL).say(BEN, "@Ada those speckled mugs in your intro are lovely, where "
                + "can I buy one?");
        at(4, "16:10").in(POT_GENERAL).reply(ADA, mugs, "Thank you! They're here: https://etsy.com/shop/adaglazes, the "
                + "speckled ones are the second row.");
        Post kiln = at(5, "11:00").in(POT_GENERAL).say(ADA, "Does anyone load a test tile in every firing? Wondering if "
                + "it's worth the shelf space.");
        at(5, "11:20").in(POT_GENERAL).reply(BEN, kiln, "Always, it saved me from a whole batch of runny glaze.");
    }

    private void docsHelper() {
        String[][] qa = {
                {"EMI", "How do I add a custom 404 page?", "Put a 404.html in the static folder, it's in the docs: "
                        + "https://docs.sitegen.example/guide/errors"},
                {"FOX", "Can I use a different theme per section?", "Yes, with cascade in the front matter: "
                        + "https://docs.sitegen.example/guide/themes"},
                {"GUY", "My build fails with 'template not found', what am I missing?", "The layout folder name must "
                        + "match, see https://docs.sitegen.example/guide/errors"},
                {"EMI", "Is there a way to preview drafts locally?", "Run the server with --drafts, explained in "
                        + "https://docs.sitegen.example/guide/errors too"}};
        for (int i = 0; i < qa.length; i++) {
            Persona asker = qa[i][0].equals("EMI") ? EMI : qa[i][0].equals("FOX") ? FOX : GUY;
            Post q = at(1 + i, "13:00").in(DOCS_SUPPORT).say(asker, qa[i][1]);
            Post a = at(1 + i, "13:15").in(DOCS_SUPPORT).reply(DEV, q, qa[i][2]);
            at(1 + i, "13:30").in(DOCS_SUPPORT).reply(asker, a, "That worked, thanks Dev!");
        }
    }

    private void coldDirectMessage() {
        Post piece = at(1, "18:00").in(ART_GENERAL).say(INES, "Finished my first full environment painting, a harbour "
                + "at dusk. Took three weeks!");
        at(1, "18:30").in(ART_GENERAL).reply(HIRO, piece, "Gorgeous colours, the reflections are great.");
        at(1, "18:40").in(ART_GENERAL).reply(JOSH, piece, "The light on the water is so good. Brushes or photobash?");
        at(1, "19:00").in(ART_GENERAL).reply(INES, piece, "All brushes! Thank you both.");
        at(2, "10:00").in(DM_HIRO_INES).say(HIRO, "Hey Ines! Loved your harbour piece. I run a growth agency for artists: "
                + "we can triple your followers in a month, packages from $99/month. DM me or book a call: "
                + "https://calendly.com/hiro-growth/intro");
        at(2, "12:00").in(DM_HIRO_INES).say(INES, "Thanks, not interested right now.");
    }

    private void followAsk() {
        for (int week = 0; week < 2; week++) {
            int d = 1 + week * 7;
            Post route = at(d, "07:00").in(RUN_CHAT).say(KIM, "Ran the ridge loop this morning, muddy but beautiful.");
            Post shoes = at(d, "07:30").in(RUN_CHAT).reply(LEO, route, "Which shoes for the mud?");
            at(d, "07:45").in(RUN_CHAT).reply(KIM, shoes, "The ones with 6 mm lugs, anything less and you slide.");
            Post race = at(d + 2, "19:00").in(RUN_CHAT).say(MEG, "Who's doing the 30k in June?");
            at(d + 2, "19:20").in(RUN_CHAT).reply(LEO, race, "Me! First one that long.");
            at(d + 2, "19:40").in(RUN_CHAT).reply(KIM, race, "Signed up yesterday.");
        }
        at(15, "20:00").in(RUN_CHAT).say(NIK, "@Kim @Leo @Meg can you follow my new running channel and like the first "
                + "video? https://youtube.com/@nikvlogs 🙏");
    }

    private void customersWaiting() {
        at(1, "09:00").in(SOAP_SHOWCASE).say(BRAM, "New batch: lavender and oat bars are in the shop, "
                + "https://bramsoap.example/new");
        at(1, "10:00").in(SOAP_CHAT).say(CORA, "@Bram is the oat bar OK for sensitive skin? My son reacts to most soaps.");
        Post cure = at(1, "11:00").in(SOAP_CHAT).say(ELI, "How long do you all cure cold-process bars?");
        at(1, "11:20").in(SOAP_CHAT).reply(BRAM, cure, "Six weeks minimum, eight for the olive-heavy ones.");
        at(1, "11:40").in(SOAP_CHAT).reply(FAY, cure, "Same, and I turn them once a week.");
        at(2, "14:00").in(SOAP_CHAT).say(DUNE, "@Bram my order from last week hasn't arrived, can you check the "
                + "tracking?");
        Post lye = at(2, "15:00").in(SOAP_CHAT).say(FAY, "Which lye supplier do you use, Bram?");
        at(2, "15:10").in(SOAP_CHAT).reply(BRAM, lye, "A local chemical supplier, cheaper than the craft shops.");
        Post moulds = at(3, "10:00").in(SOAP_CHAT).say(ELI, "Silicone or wooden moulds?");
        at(3, "10:20").in(SOAP_CHAT).reply(BRAM, moulds, "Wooden with a liner, they insulate better.");
        at(4, "12:00").in(SOAP_CHAT).reply(FAY, moulds, "Wood here too.");
        at(5, "09:00").in(SOAP_CHAT).say(BRAM, "@Eli @Fay want to split a bulk order of coconut oil?");
        at(5, "09:30").in(SOAP_CHAT).say(ELI, "Yes please!");
    }

    private void missedOnceAndAway() {
        at(1, "19:00").in(CHOIR_CHAT).say(GIL, "Rehearsal notes are on the board, we start with the Fauré.");
        at(1, "19:30").in(CHOIR_CHAT).say(HEDY, "@Gil can you send me the tenor part for bar 40? I want to check a "
                + "harmony.");
        at(2, "20:00").in(CHOIR_CHAT).say(GIL, "Great rehearsal tonight everyone!");
        at(3, "20:00").in(CHOIR_CHAT).say(IRA, "@Gil you learned the whole solo in one week?! Impressive.");
        at(4, "18:00").in(CHOIR_CHAT).say(GIL, "Reminder: black shirts for the concert.");
        // Week 2: Gil keeps writing; Hedy's old question is not mentioned again.
        at(8, "19:00").in(CHOIR_CHAT).say(GIL, "Concert went really well, thank you all.");
        Post next = at(9, "19:00").in(CHOIR_CHAT).say(IRA, "What are we singing next term?");
        at(9, "19:30").in(CHOIR_CHAT).reply(GIL, next, "Probably the Rutter, votes on Thursday.");
        // Week 3: Gil is away; Hedy asks again.
        at(16, "10:00").in(CHOIR_CHAT).say(HEDY, "@Gil are you back for the Thursday rehearsal?");
    }

    private void onlyAboutThemselves() {
        String[] lines = {
                "I just closed my seed round, my team and I are thrilled.",
                "My product hit 1,000 users today, I'm so proud of what I built.",
                "I'm hiring my first engineer, my DMs are open.",
                "My morning routine: I wake at 5, I journal, I ship.",
                "I spoke at a meetup last night, my talk went great.",
                "My new landing page is live, I redesigned it myself.",
                "I think my pricing page is finally right, my conversion doubled.",
                "My cofounder and I are moving to a bigger office."};
        for (int i = 0; i < lines.length; i++) {
            at(i < 7 ? 1 + i : 7, i < 7 ? "09:00" : "12:00").in(START_GENERAL).say(JAY, lines[i]);
        }
        Post churn = at(2, "15:00").in(START_GENERAL).say(KEA, "How do you all handle churn in the first month?");
        at(2, "15:20").in(START_GENERAL).reply(LAS, churn, "An onboarding call in week one halved ours.");
        at(2, "15:40").in(START_GENERAL).reply(MOE, churn, "Emails on day 3 and 10 asking what's missing.");
        at(2, "16:00").in(START_GENERAL).reply(KEA, churn, "Both great ideas, thanks.");
    }

    private void versionsAndFiles() {
        Post install = at(1, "10:00").in(PY_HELP).say(NED, "pip says my Python 3.8.10 is too old for the package, do I "
                + "need 3.11.4? It's in setup.py somewhere.");
        at(1, "10:10").in(PY_HELP).reply(OTTO, install, "Check python_requires in setup.py, and the README.md usually "
                + "says it too. 3.10 or newer should do.");
        at(1, "10:20").in(PY_HELP).reply(NED, install, "It says >=3.10, installing 3.11.4 now.");
        Post server = at(2, "14:00").in(PY_HELP).say(NED, "My flask app runs on 127.0.0.1:5000 but my phone can't reach "
                + "it on 192.168.1.20, why?");
        at(2, "14:15").in(PY_HELP).reply(PAZ, server, "Run it with host 0.0.0.0, e.g. flask run --host=0.0.0.0, then "
                + "use 192.168.1.20:5000 on the phone.");
        at(2, "14:30").in(PY_HELP).reply(NED, server, "That was it! Works on 192.168.1.20 now.");
        Post venv = at(3, "09:00").in(PY_HELP).say(NED, "Should requirements.txt include pytest 8.2.0 or only the app's "
                + "packages?");
        at(3, "09:20").in(PY_HELP).reply(OTTO, venv, "Put pytest in requirements-dev.txt, keep requirements.txt for the "
                + "app.");
        at(3, "09:30").in(PY_HELP).reply(NED, venv, "Makes sense, thanks Otto.");
    }
}
