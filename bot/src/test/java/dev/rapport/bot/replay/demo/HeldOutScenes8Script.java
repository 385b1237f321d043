package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * An eighth round of held-out scenes for {@code rapport eval tips}, written and labelled in
 * {@code bot/src/test/resources/eval/held-out-scenes-8.csv} before the coach was run on them, by a writer who read the
 * README's rule catalogue and the coaching principles, not the rules' code. Sealed until the integrator's final run:
 * nobody runs the coach on these scenes before then.
 *
 * <p>The labelled week is ISO week 2026-W45, Monday 2 to Sunday 8 November 2026 (days 8-14), in UTC. Days 1-7 (the
 * week before) hold only a little history that some scenes need: who already knew whom. Every scene is its own
 * guild, a different kind of community; no person appears in two scenes. Run {@link #main} to regenerate
 * {@code bot/src/test/resources/eval/held-out-scenes-8/} ({@code ScenesAreUpToDateTest} fails when the committed files
 * differ).
 */
public final class HeldOutScenes8Script extends StoryScript {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 10, 26);
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 11, 9, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final SceneIds IDS = new SceneIds(4600);

    // --- S1. A scheduling SaaS's customer community: staff, customers, a partner who pitches a newcomer ---------
    static final String SAAS = IDS.guild(121);
    static final Role SAAS_STAFF = new Role(IDS.id("2023-05-02"), "Staff", "#5865f2", 3);
    static final Role SAAS_CUSTOMER = new Role(IDS.id("2023-05-02"), "Customer", "#57f287", 1);
    static final Channel SAAS_NEWS = IDS.channel(SAAS, "Rotawise Community", "announcements",
            "Product news from the Rotawise team.", "saas-announcements.json");
    static final Channel SAAS_INTROS = IDS.channel(SAAS, "Rotawise Community", "introductions",
            "Introduce yourself: who you are and what you schedule.", "saas-introductions.json");
    static final Channel SAAS_HELP = IDS.channel(SAAS, "Rotawise Community", "help",
            "Questions about using Rotawise. Staff and customers answer.", "saas-help.json");
    static final Channel SAAS_GENERAL = IDS.channel(SAAS, "Rotawise Community", "general",
            "Chat with other Rotawise customers.", "saas-general.json");
    static final Persona PRIYA = IDS.person("priya.rotawise", "Priya", SAAS_STAFF);
    static final Persona MARCO = IDS.person("marco.rotawise", "Marco", SAAS_STAFF);
    static final Persona HELENE = IDS.person("helene_ops", "Hélène", SAAS_CUSTOMER);
    static final Persona TOBIAS = IDS.person("tobias.physio", "Tobias", SAAS_CUSTOMER);
    static final Persona WREN = IDS.person("wren_warehouse", "Wren", SAAS_CUSTOMER);
    static final Persona DMITRI = IDS.person("dmitri.consult", "Dmitri", SAAS_CUSTOMER);
    static final Persona INES = IDS.person("ines.mare", "Ines", SAAS_CUSTOMER);
    static final Persona KENJI = IDS.person("kenji_paylane", "Kenji");

    // --- S2. Illustrators' commissions server: sheets, feedback, a client's request, plugs and follow-asks ------
    static final String INK = IDS.guild(122);
    static final Channel INK_INTROS = IDS.channel(INK, "Inkwell Commons", "introductions",
            "Introduce yourself and show us what you draw!", "ink-introductions.json");
    static final Channel INK_GENERAL = IDS.channel(INK, "Inkwell Commons", "general",
            "Chat about art, life and the commission grind.", "ink-general.json");
    static final Channel INK_COMMISSIONS = IDS.channel(INK, "Inkwell Commons", "commissions-open",
            "Post your commission sheet here, one post per week.", "ink-commissions-open.json");
    static final Channel INK_FEEDBACK = IDS.channel(INK, "Inkwell Commons", "art-feedback",
            "Share WIPs and get critique. Be kind, be specific.", "ink-art-feedback.json");
    static final Channel INK_LFA = IDS.channel(INK, "Inkwell Commons", "looking-for-artists",
            "Clients: post what you need. Artists: reply with your portfolio.", "ink-looking-for-artists.json");
    static final Persona JUNIPER = IDS.person("juniperink", "Juniper");
    static final Persona BASIL = IDS.person("basil.draws", "Basil");
    static final Persona LARK = IDS.person("larkzines", "Lark");
    static final Persona OTTO = IDS.person("ottodraws", "Otto");
    static final Persona MIRA = IDS.person("mira_dm", "Mira");
    static final Persona SAGE = IDS.person("sagemaps", "Sage");

    // --- S3. Farmers'-market vendors: a manager, a newcomer, a link burst, a stall diary addressed to nobody ----
    static final String MARKET = IDS.guild(123);
    static final Role MARKET_MANAGER = new Role(IDS.id("2023-05-02"), "Market Manager", "#2ecc71", 3);
    static final Channel MARKET_NEWS = IDS.channel(MARKET, "Riverside Saturday Market Vendors", "announcements",
            "Market notices from the manager.", "market-announcements.json");
    static final Channel MARKET_GENERAL = IDS.channel(MARKET, "Riverside Saturday Market Vendors", "general",
            "Vendors' chat.", "market-general.json");
    static final Channel MARKET_SWAP = IDS.channel(MARKET, "Riverside Saturday Market Vendors", "swap-and-share",
            "Surplus, equipment and know-how between vendors.", "market-swap-and-share.json");
    static final Channel MARKET_NEW = IDS.channel(MARKET, "Riverside Saturday Market Vendors", "new-vendors",
            "Questions from new vendors. Everyone welcome to answer.", "market-new-vendors.json");
    static final Persona RUTH = IDS.person("ruth_market", "Ruth", MARKET_MANAGER);
    static final Persona GORDON = IDS.person("gordonshoney", "Gordon");
    static final Persona ROSALIND = IDS.person("rosalind_veg", "Rosalind");
    static final Persona HUGO = IDS.person("hugo_sourdough", "Hugo");
    static final Persona MABEL = IDS.person("mabel_cheese", "Mabel");

    // --- S4. A university study group where nobody sells: helpers, a link-sharer, a taker, a silent partner ---
    static final String STUDY = IDS.guild(124);
    static final Channel STUDY_GENERAL = IDS.channel(STUDY, "CS2040 Algorithms Study Group", "general",
            "Anything about the course (and the heating in LT2).", "study-general.json");
    static final Channel STUDY_HOMEWORK = IDS.channel(STUDY, "CS2040 Algorithms Study Group", "homework-help",
            "Ask about problem sets. Hints, not full solutions.", "study-homework-help.json");
    static final Channel STUDY_RESOURCES = IDS.channel(STUDY, "CS2040 Algorithms Study Group", "resources",
            "Slides, notes, past papers, useful links.", "study-resources.json");
    static final Channel STUDY_EXAM = IDS.channel(STUDY, "CS2040 Algorithms Study Group", "exam-prep",
            "Midterm on 12 November. Practice and planning.", "study-exam-prep.json");
    static final Persona ADA = IDS.person("ada_cs", "Ada");
    static final Persona KOFI = IDS.person("kofi.a", "Kofi");
    static final Persona LENA = IDS.person("lena_k", "Lena");
    static final Persona RAJ = IDS.person("raj.notes", "Raj");
    static final Persona TOM = IDS.person("tomtom2040", "Tom");
    static final Persona NOOR = IDS.person("noor_h", "Noor");
    static final Persona MEI = IDS.person("mei_codes", "Mei");

    // --- S5. A consultants' mastermind: a hot seat, wins, accountability partners, a man who talks about himself
    static final String MIND = IDS.guild(125);
    static final Role MIND_FACILITATOR = new Role(IDS.id("2023-05-02"), "Facilitator", "#9b59b6", 3);
    static final Channel MIND_WINS = IDS.channel(MIND, "Independent Consultants Mastermind", "wins",
            "Share one win from your week.", "mind-wins.json");
    static final Channel MIND_HOT_SEAT = IDS.channel(MIND, "Independent Consultants Mastermind", "hot-seat",
            "Bring a problem, get the group's take.", "mind-hot-seat.json");
    static final Channel MIND_ACCOUNTABILITY = IDS.channel(MIND, "Independent Consultants Mastermind",
            "accountability", "Weekly commitments and check-ins with your partner.", "mind-accountability.json");
    static final Channel MIND_GENERAL = IDS.channel(MIND, "Independent Consultants Mastermind", "general",
            "Everything else.", "mind-general.json");
    static final Channel MIND_RESOURCES = IDS.channel(MIND, "Independent Consultants Mastermind", "resources",
            "Templates, articles and tools worth sharing.", "mind-resources.json");
    static final Persona CELESTE = IDS.person("celeste_facilitates", "Celeste", MIND_FACILITATOR);
    static final Persona GRANT = IDS.person("grant.strategy", "Grant");
    static final Persona LEONA = IDS.person("leona_ops", "Leona");
    static final Persona TOMAS = IDS.person("tomas.advisory", "Tomas");
    static final Persona BEATRIX = IDS.person("beatrix_health", "Beatrix");
    static final Persona OWEN = IDS.person("owen.growth", "Owen");

    // --- S6. A DIY electronics help forum where one member sells kits ---------------------------------------
    static final String SOLDER = IDS.guild(126);
    static final Channel SOLDER_GENERAL = IDS.channel(SOLDER, "Solder & Sparks", "general", "Say hi, chat, events.",
            "solder-general.json");
    static final Channel SOLDER_HELP = IDS.channel(SOLDER, "Solder & Sparks", "help",
            "Stuck? Post your schematic, photos and what you measured.", "solder-help.json");
    static final Channel SOLDER_PROJECTS = IDS.channel(SOLDER, "Solder & Sparks", "projects", "Show what you built.",
            "solder-projects.json");
    static final Channel SOLDER_PCB = IDS.channel(SOLDER, "Solder & Sparks", "pcb-design",
            "Layout, fab houses, EDA tools.", "solder-pcb-design.json");
    static final Channel SOLDER_MARKET = IDS.channel(SOLDER, "Solder & Sparks", "marketplace",
            "Buy and sell parts and kits. One post per item per week.", "solder-marketplace.json");
    static final Persona HARLAN = IDS.person("harlanskits", "Harlan");
    static final Persona YUSUF = IDS.person("yusuf_rf", "Yusuf");
    static final Persona BRAM = IDS.person("bram.reflow", "Bram");
    static final Persona VIC = IDS.person("vic_tubes", "Vic");
    static final Persona PIP = IDS.person("pip_newbie", "Pip");
    static final Persona OONA = IDS.person("oona.volts", "Oona");
    static final Persona ZOE = IDS.person("zoe_blinks", "Zoe");

    // --- S7. A wedding-and-events suppliers' network with couples asking the pros -----------------------------
    static final String WEDDING = IDS.guild(127);
    static final Channel WED_LOUNGE = IDS.channel(WEDDING, "Southwest Wedding Suppliers", "supplier-lounge",
            "Chat between suppliers.", "wedding-supplier-lounge.json");
    static final Channel WED_ASK = IDS.channel(WEDDING, "Southwest Wedding Suppliers", "ask-the-pros",
            "Couples and planners ask, suppliers answer.", "wedding-ask-the-pros.json");
    static final Channel WED_REFERRALS = IDS.channel(WEDDING, "Southwest Wedding Suppliers", "referrals",
            "Pass on enquiries you can't take.", "wedding-referrals.json");
    static final Channel WED_SHOWCASE = IDS.channel(WEDDING, "Southwest Wedding Suppliers", "showcase",
            "Share recent work. One post per supplier per week.", "wedding-showcase.json");
    static final Persona DARIO = IDS.person("dariophoto", "Dario");
    static final Persona FELIX = IDS.person("felix_dj", "Felix");
    static final Persona ROSA = IDS.person("rosaflowers", "Rosa");
    static final Persona IVO = IDS.person("ivo_catering", "Ivo");
    static final Persona HANNAH = IDS.person("hannah_and_sam", "Hannah");
    static final Persona SASKIA = IDS.person("saskia_plans", "Saskia");

    // --- S8. A history podcast's listener Discord with both hosts present --------------------------------------
    static final String POD = IDS.guild(128);
    static final Role POD_HOST = new Role(IDS.id("2023-05-02"), "Host", "#e67e22", 3);
    static final Role POD_PATRON = new Role(IDS.id("2023-05-02"), "Patron", "#f1c40f", 2);
    static final Channel POD_NEWS = IDS.channel(POD, "The Long Footnote", "announcements",
            "New episodes and show news.", "pod-announcements.json");
    static final Channel POD_EPISODES = IDS.channel(POD, "The Long Footnote", "episode-discussion",
            "Talk about the latest episodes. Spoilers fine.", "pod-episode-discussion.json");
    static final Channel POD_GENERAL = IDS.channel(POD, "The Long Footnote", "general", "Say hello, chat.",
            "pod-general.json");
    static final Channel POD_QUESTIONS = IDS.channel(POD, "The Long Footnote", "listener-questions",
            "Ask the hosts something for the mailbag episode.", "pod-listener-questions.json");
    static final Persona NADIA = IDS.person("nadia_footnote", "Nadia", POD_HOST);
    static final Persona THEO = IDS.person("theo_footnote", "Theo", POD_HOST);
    static final Persona BRENT = IDS.person("brenthistory", "Brent");
    static final Persona SKYLER = IDS.person("skyler_castboost", "Skyler");
    static final Persona AGNES = IDS.person("agnes_m", "Agnes", POD_PATRON);
    static final Persona RUPERT = IDS.person("rupert_reads", "Rupert");

    static final List<Persona> CAST = List.of(PRIYA, MARCO, HELENE, TOBIAS, WREN, DMITRI, INES, KENJI,
            JUNIPER, BASIL, LARK, OTTO, MIRA, SAGE,
            RUTH, GORDON, ROSALIND, HUGO, MABEL,
            ADA, KOFI, LENA, RAJ, TOM, NOOR, MEI,
            CELESTE, GRANT, LEONA, TOMAS, BEATRIX, OWEN,
            HARLAN, YUSUF, BRAM, VIC, PIP, OONA, ZOE,
            DARIO, FELIX, ROSA, IVO, HANNAH, SASKIA,
            NADIA, THEO, BRENT, SKYLER, AGNES, RUPERT);

    static final List<Channel> CHANNELS = List.of(SAAS_NEWS, SAAS_INTROS, SAAS_HELP, SAAS_GENERAL,
            INK_INTROS, INK_GENERAL, INK_COMMISSIONS, INK_FEEDBACK, INK_LFA,
            MARKET_NEWS, MARKET_GENERAL, MARKET_SWAP, MARKET_NEW,
            STUDY_GENERAL, STUDY_HOMEWORK, STUDY_RESOURCES, STUDY_EXAM,
            MIND_WINS, MIND_HOT_SEAT, MIND_ACCOUNTABILITY, MIND_GENERAL, MIND_RESOURCES,
            SOLDER_GENERAL, SOLDER_HELP, SOLDER_PROJECTS, SOLDER_PCB, SOLDER_MARKET,
            WED_LOUNGE, WED_ASK, WED_REFERRALS, WED_SHOWCASE,
            POD_NEWS, POD_EPISODES, POD_GENERAL, POD_QUESTIONS);

    private HeldOutScenes8Script() {
        super(new Story(FIRST_MONDAY, 14, ZoneOffset.UTC, CAST));
    }

    /** File name to content: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        HeldOutScenes8Script s = new HeldOutScenes8Script();
        s.saas();
        s.illustrators();
        s.market();
        s.studyGroup();
        s.mastermind();
        s.electronics();
        s.weddings();
        s.podcast();
        return new ExportWriter(EXPORTED_AT).files(CHANNELS, s.story.posts());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bot/src/test/resources/eval/held-out-scenes-8");
        ExportWriter.writeAll(dir, files(), "the eighth held-out scenes");
    }

    private void saas() {
        // The week before: Marco trained Hélène's team; they know each other.
        Post training = at(3, "10:00").in(SAAS_GENERAL).say(HELENE, "@Marco thanks for the admin training yesterday, "
                + "the team finally gets the approval flow.");
        at(3, "10:30").in(SAAS_GENERAL).reply(MARCO, training, "Glad it clicked! The night-shift rules are the fiddly "
                + "bit, so shout if they give you trouble.");

        at(8, "09:00").in(SAAS_NEWS).say(PRIYA, "Release 4.12 is out: shift swaps now respect overtime rules, and the "
                + "mobile app shows open shifts. Release notes: https://rotawise.example/releases/4-12");
        Post copy = at(8, "10:15").in(SAAS_HELP).say(TOBIAS, "Hi all, I'm the new Rotawise admin at Lindqvist Physio. "
                + "How do I copy last week's rota into next week without re-entering everyone?");
        Post copyAnswer = at(8, "10:40").in(SAAS_HELP).reply(WREN, copy, "Schedule → Week view → the ⋯ menu → Copy "
                + "week. It keeps the shifts but not time off. Doc: https://help.rotawise.example/copy-week");
        at(8, "10:52").in(SAAS_HELP).reply(TOBIAS, copyAnswer, "Found it, thanks Wren!");
        Post billing = at(8, "14:00").in(SAAS_GENERAL).say(HELENE, "@Marco quick one before our renewal on the 20th: "
                + "can we switch from monthly to annual billing and keep our 40 seats? Finance wants to know this week.");
        Post summit = at(8, "16:30").in(SAAS_GENERAL).say(KENJI, "Anyone here going to the Workforce Ops Summit in "
                + "Lisbon? Our payroll connector team is giving a talk on day two.");
        Post dinner = at(8, "16:45").in(SAAS_GENERAL).reply(MARCO, summit, "I'll be there! Dinner one of the evenings? "
                + "Which day are you flying in?");
        at(8, "17:10").in(SAAS_GENERAL).reply(KENJI, dinner, "The 9th, so the 10th works for me.");
        at(8, "17:30").in(SAAS_GENERAL).reply(WREN, summit, "We can't make Lisbon this year. Will you post the slides "
                + "after?");

        Post openShifts = at(9, "09:30").in(SAAS_GENERAL).say(MARCO, "Morning all! Has anyone tried the new "
                + "open-shifts view on mobile yet?");
        Post pickers = at(9, "09:50").in(SAAS_GENERAL).reply(WREN, openShifts, "We have. Pickers grab open shifts "
                + "themselves now, it's already saved our supervisor a pile of phone calls.");
        Post quote = at(9, "10:05").in(SAAS_GENERAL).reply(MARCO, pickers, "Love that. Mind if I quote you in the "
                + "December newsletter?");
        at(9, "10:20").in(SAAS_GENERAL).reply(WREN, quote, "Sure, go for it.");
        Post phones = at(9, "13:00").in(SAAS_HELP).say(TOBIAS, "Next question 😅 can staff see each other's phone "
                + "numbers in the app? One of our physios doesn't want hers visible.");
        Post privacy = at(9, "13:20").in(SAAS_HELP).reply(PRIYA, phones, "Not by default. If 'Team directory' is on "
                + "in Settings → Privacy, each person can hide their own number there. Guide: "
                + "https://help.rotawise.example/privacy");
        at(9, "13:35").in(SAAS_HELP).reply(TOBIAS, privacy, "That was it, the directory was on. Thank you Priya!");
        Post table = at(9, "15:00").in(SAAS_GENERAL).say(KENJI, "@Marco booked the 10th at Taberna do Largo, 8pm. "
                + "Bringing two from our team.");
        at(9, "15:20").in(SAAS_GENERAL).reply(MARCO, table, "Perfect. I'll ask Sofia from our Lisbon office to join "
                + "too.");

        Post intro = at(10, "09:00").in(SAAS_INTROS).say(INES, "Hi everyone! I'm Ines, I run operations for Maré "
                + "Coffee, six cafés in Porto. We just moved from spreadsheets to Rotawise. Here's us: "
                + "https://marecoffee.example");
        Post welcome = at(10, "09:20").in(SAAS_INTROS).reply(PRIYA, intro, "Welcome Ines! The getting-started "
                + "checklist is pinned in #help. Shout if anything's confusing.");
        at(10, "09:45").in(SAAS_INTROS).reply(DMITRI, intro, "Welcome! I'm a certified Rotawise implementation "
                + "partner. I set up multi-site accounts in two weeks, fixed price €1,900. Book a call here: "
                + "https://dmitriconsult.example/book");
        at(10, "10:30").in(SAAS_INTROS).reply(INES, welcome, "Thanks Priya, found the checklist!");
        Post sites = at(10, "11:00").in(SAAS_HELP).say(INES, "Is there a way to give each café manager access to "
                + "their own café's rota only?");
        Post locations = at(10, "11:25").in(SAAS_HELP).reply(WREN, sites, "Yes: make each café a Location and give "
                + "the managers the Location Manager role. https://help.rotawise.example/locations");
        at(10, "11:40").in(SAAS_HELP).reply(INES, locations, "That's exactly it, thank you!");
        at(10, "16:00").in(SAAS_GENERAL).say(HELENE, "@Marco bumping my billing question from Monday, finance is "
                + "asking again.");
        Post hours = at(10, "17:20").in(SAAS_GENERAL).say(MARCO, "Reminder: customer office hours are Thursday at "
                + "15:00 CET. Bring your questions! https://rotawise.example/office-hours");

        Post payroll = at(11, "10:00").in(SAAS_HELP).say(TOBIAS, "Can I export hours to our payroll? We use "
                + "Paylane.");
        at(11, "10:30").in(SAAS_HELP).reply(KENJI, payroll, "There's a Paylane connector under Integrations → "
                + "Payroll. I work on that team, so ping me if the mapping gets fiddly.");
        at(11, "10:45").in(SAAS_HELP).reply(DMITRI, payroll, "One gotcha from setting it up for clients: map unpaid "
                + "breaks before the first export, or Paylane counts them as worked time.");
        at(11, "11:00").in(SAAS_HELP).say(TOBIAS, "Thanks both, mapping the breaks now.");
        Post lock = at(11, "14:00").in(SAAS_HELP).say(HELENE, "Is there a way to lock a published rota so managers "
                + "can't change it after Friday?");
        Post lockAnswer = at(11, "14:20").in(SAAS_HELP).reply(WREN, lock, "Settings → Scheduling → 'Lock after "
                + "publish'. We lock ours on Fridays at 18:00: https://help.rotawise.example/lock-rota");
        at(11, "14:40").in(SAAS_HELP).reply(HELENE, lockAnswer, "Brilliant, thanks Wren.");

        at(12, "09:00").in(SAAS_GENERAL).say(MARCO, "Office hours today at 15:00 CET, we'll demo the new open-shifts "
                + "view.");
        Post holidays = at(12, "11:00").in(SAAS_HELP).say(TOBIAS, "Last one this week, promise: does Rotawise load "
                + "Swedish public holidays by itself?");
        Post country = at(12, "11:20").in(SAAS_HELP).reply(WREN, holidays, "It does if the Location's country is set. "
                + "Check Locations → your clinic → Country.");
        Post denmark = at(12, "11:35").in(SAAS_HELP).reply(TOBIAS, country, "It was set to Denmark 🤦 fixed, thanks!");
        at(12, "11:40").in(SAAS_HELP).reply(WREN, denmark, "Ha, classic. Denmark has more holidays anyway 😄");
        Post sofia = at(12, "16:10").in(SAAS_GENERAL).say(KENJI, "@Marco thanks for the intro to Sofia, she's already "
                + "sent over the API spec.");
        at(12, "16:30").in(SAAS_GENERAL).reply(MARCO, sofia, "Anytime! See you in Lisbon.");

        Post logout = at(13, "10:00").in(SAAS_GENERAL).say(DMITRI, "Anyone else seeing the Android app log people out "
                + "after the update? Two of my clients mentioned it.");
        Post known = at(13, "10:20").in(SAAS_GENERAL).reply(PRIYA, logout, "Known issue on Android 14, the fix ships "
                + "Monday. Thanks for flagging!");
        at(13, "10:35").in(SAAS_GENERAL).reply(DMITRI, known, "Great, I'll let them know.");
        Post swaps = at(13, "11:00").in(SAAS_HELP).say(INES, "Can staff swap shifts without a manager approving, if "
                + "both people have the same role?");
        Post swapAnswer = at(13, "11:15").in(SAAS_HELP).reply(WREN, swaps, "Yes: Settings → Swaps → auto-approve "
                + "same role. https://help.rotawise.example/swaps");
        swapAnswer.react("🙌", INES);
        Post medal = at(13, "12:00").in(SAAS_GENERAL).say(WREN, "Rota for next week published before noon on a "
                + "Friday. I deserve a medal.");
        medal.react("😂", TOBIAS, PRIYA);
        hours.react("👍", KENJI);
        billing.react("👀", PRIYA);
    }

    private void illustrators() {
        // The week before: Otto helped Lark with her zine cover.
        Post cover = at(3, "19:00").in(INK_FEEDBACK).say(LARK, "WIP of my zine cover, the title lettering feels off "
                + "and I can't see why anymore https://larkzines.example/wip-cover");
        Post kerning = at(3, "19:30").in(INK_FEEDBACK).reply(OTTO, cover, "The gap between the L and the A is wide, "
                + "and the title sits a bit low. Nudge it up a third and tighten that pair.");
        at(3, "19:45").in(INK_FEEDBACK).reply(LARK, kerning, "Oh that's SO much better, thank you Otto 🙏");

        String kofi = "https://ko-fi.example/juniperink";
        at(8, "09:00").in(INK_COMMISSIONS).say(JUNIPER, "✨ December commissions open! Bust €40, half body €65, "
                + "full body €90. 3 slots. Sheet and terms: " + kofi);
        at(8, "09:30").in(INK_COMMISSIONS).say(LARK, "Commissions open for December: character portraits and zine "
                + "covers. Sheet here https://larkzines.example/commissions");
        Post sageIntro = at(8, "11:00").in(INK_INTROS).say(SAGE, "Hi! I'm Sage, I mostly draw cozy fantasy maps. "
                + "Portfolio: https://sagemaps.example, say hi!");
        Post coast = at(8, "11:20").in(INK_INTROS).reply(OTTO, sageIntro, "Welcome Sage! Love the map style, that "
                + "coastline 😍");
        at(8, "11:40").in(INK_INTROS).reply(SAGE, coast, "Thank you!! 🥹");
        at(8, "14:00").in(INK_GENERAL).say(JUNIPER, "Reminder my December slots are open!! only 3, DM me to book 💌 "
                + kofi);
        Post cramp = at(8, "16:00").in(INK_GENERAL).say(OTTO, "Does anyone else's hand cramp worse in winter? "
                + "Thinking of getting one of those drawing gloves.");
        at(8, "16:20").in(INK_GENERAL).reply(LARK, cramp, "Yes!! A wrist brace at night helped me more than the "
                + "glove tbh");
        at(8, "16:45").in(INK_GENERAL).reply(JUNIPER, cramp, "Glove yes, and warm your hands up before a long "
                + "session. Sounds silly but it works");

        Post river = at(9, "10:00").in(INK_FEEDBACK).say(SAGE, "First time posting a WIP here! The river feels flat "
                + "to me. Any tips? https://sagemaps.example/wip/river");
        Post width = at(9, "10:45").in(INK_FEEDBACK).reply(OTTO, river, "The river is the same width the whole way. "
                + "Make it wider and lighter where it meets the sea, and break the edge with a few reeds.");
        at(9, "11:00").in(INK_FEEDBACK).reply(SAGE, width, "The width! I didn't see it at all. Fixing it tonight, "
                + "thank you");
        at(9, "12:30").in(INK_GENERAL).say(BASIL, "hey all, could you give my art insta a follow? trying to hit 5k "
                + "before the end of the year 🙏 https://instagram.example/basil.draws");

        Post party = at(10, "09:00").in(INK_LFA).say(MIRA, "Looking for an artist to draw our D&D party: 5 characters "
                + "together in one scene, budget around €300, needed by 20 December (it's a gift for our DM).");
        Post ottoOffer = at(10, "09:40").in(INK_LFA).reply(OTTO, party, "I'd love to! Group scenes are my favourite. "
                + "Portfolio: https://ottodraws.example. For 5 characters with a background I'd quote €280, and I "
                + "sketch a thumbnail first.");
        Post juniperOffer = at(10, "10:15").in(INK_LFA).reply(JUNIPER, party, "I can do this too! Group prices are on "
                + "my sheet: " + kofi);
        at(10, "11:00").in(INK_LFA).reply(MIRA, ottoOffer, "The thumbnail first sold me. DMing you now!");
        at(10, "11:10").in(INK_LFA).reply(MIRA, juniperOffer, "Thanks Juniper too, bookmarking you for next year.");

        Post page = at(11, "15:00").in(INK_FEEDBACK).say(LARK, "New page for the zine: does the panel order read "
                + "clearly? https://larkzines.example/wip-page4");
        at(11, "15:30").in(INK_FEEDBACK).say(JUNIPER, "btw my commissions are still open, 2 slots left! DM me 💌 "
                + kofi);
        Post balloon = at(11, "15:50").in(INK_FEEDBACK).reply(OTTO, page, "Reads fine left to right, but the balloon "
                + "in panel 3 points at the wrong person.");
        at(11, "16:05").in(INK_FEEDBACK).reply(LARK, balloon, "ahh good catch, thank you!");

        at(12, "10:00").in(INK_FEEDBACK).say(BASIL, "@Otto @Sage could you like my latest post?? the algorithm is "
                + "burying it lol https://instagram.example/p/basil-dragon");
        Post share = at(12, "14:00").in(INK_GENERAL).say(LARK, "@Otto would you mind sharing my zine preorder on your "
                + "story? It's the one you helped me fix the cover for 🥹 https://larkzines.example/preorder");
        Post shared = at(12, "14:30").in(INK_GENERAL).reply(OTTO, share, "Of course! Shared, and I ordered one.");
        at(12, "14:40").in(INK_GENERAL).reply(LARK, shared, "you're the best ❤️");

        at(13, "11:00").in(INK_GENERAL).say(BASIL, "guys pls follow, 40 away from 5k!! "
                + "https://instagram.example/basil.draws");
        Post finished = at(13, "11:30").in(INK_GENERAL).say(SAGE, "Finished the river map, thank you all for the tips! "
                + "https://sagemaps.example/river-final");
        finished.react("🔥", OTTO);
        finished.react("❤️", LARK, JUNIPER);
    }

    private void market() {
        at(8, "07:30").in(MARKET_GENERAL).say(ROSALIND, "Leeks and rainbow chard picked this morning, plenty for "
                + "Saturday.");
        at(8, "08:00").in(MARKET_NEWS).say(RUTH, "Saturday notice: roadworks close the north end, so stalls 1-8 move "
                + "to Bridge Street this week only. Map: https://riversidemarket.example/map-nov");
        Post weights = at(8, "10:00").in(MARKET_NEW).say(HUGO, "Hi all, I'm Hugo, starting with sourdough this "
                + "Saturday (stall 22). Do I need my own gazebo weights or does the market provide them?");
        Post handbook = at(8, "10:20").in(MARKET_NEW).reply(RUTH, weights, "Bring your own, 15 kg per leg minimum. "
                + "It's in the vendor handbook, page 4: https://riversidemarket.example/handbook");
        at(8, "10:35").in(MARKET_NEW).reply(HUGO, handbook, "Got it, thank you Ruth!");
        Post boxes = at(8, "12:00").in(MARKET_SWAP).say(MABEL, "Anyone want 200 egg boxes? Free, I bought the wrong "
                + "size.");
        Post tall = at(8, "12:30").in(MARKET_SWAP).reply(GORDON, boxes, "I'll take 50 for my comb honey if they're "
                + "the tall ones?");
        at(8, "12:40").in(MARKET_SWAP).reply(MABEL, tall, "They are! I'll bring them Saturday.");
        at(8, "17:00").in(MARKET_GENERAL).say(ROSALIND, "Squash harvest done. Crown Prince, butternut and a few Uchiki "
                + "Kuri for Saturday.");

        at(9, "07:45").in(MARKET_GENERAL).say(ROSALIND, "Frost last night, so the kale will be extra sweet this "
                + "week.");
        Post site = at(9, "10:01").in(MARKET_GENERAL).say(GORDON, "New website is live, here's the winter range:");
        at(9, "10:02").in(MARKET_GENERAL).say(GORDON, "Heather honey 340g https://gordonshoney.example/p/heather-340");
        at(9, "10:03").in(MARKET_GENERAL).say(GORDON, "Creamed wildflower "
                + "https://gordonshoney.example/p/creamed-wildflower");
        at(9, "10:04").in(MARKET_GENERAL).say(GORDON, "Comb honey https://gordonshoney.example/p/comb");
        at(9, "10:05").in(MARKET_GENERAL).say(GORDON, "Beeswax candles, set of 3 "
                + "https://gordonshoney.example/p/candles-3");
        at(9, "10:06").in(MARKET_GENERAL).say(GORDON, "Gift boxes https://gordonshoney.example/p/gift-box");
        site.react("🔥", MABEL);
        Post cards = at(9, "14:00").in(MARKET_NEW).say(HUGO, "What do people do about card payments? Is the market "
                + "wifi good enough for a card reader?");
        Post sim = at(9, "14:30").in(MARKET_NEW).reply(MABEL, cards, "The wifi drops when it's busy. I use a reader "
                + "with its own SIM, works everywhere. This is mine: https://cardreader.example/go-sim");
        at(9, "14:50").in(MARKET_NEW).reply(GORDON, cards, "Same here, SIM reader. And keep a cash float, plenty of "
                + "older customers still pay cash.");
        at(9, "15:10").in(MARKET_NEW).reply(HUGO, sim, "Thank you both, ordering the SIM one.");
        at(9, "18:00").in(MARKET_GENERAL).say(ROSALIND, "Apple juice pressed today, litre bottles.");

        at(10, "07:30").in(MARKET_GENERAL).say(ROSALIND, "Beetroot and carrots washed and bagged.");
        Post allergens = at(10, "10:00").in(MARKET_SWAP).say(MABEL, "Does anyone know the new county rules for "
                + "labelling allergens on cheese? I heard they changed in October.");
        Post rules = at(10, "10:25").in(MARKET_SWAP).reply(RUTH, allergens, "They did: "
                + "https://county.example/food-labelling-2026 (page 2 has the cheese part).");
        at(10, "10:40").in(MARKET_SWAP).reply(MABEL, rules, "Perfect, thanks Ruth.");
        at(10, "16:00").in(MARKET_GENERAL).say(ROSALIND, "Chestnuts this week, first of the season.");

        at(11, "07:30").in(MARKET_GENERAL).say(ROSALIND, "Rain all day, picking tomorrow instead. Still a full stall "
                + "on Saturday.");
        at(11, "12:00").in(MARKET_NEW).say(HUGO, "Last newbie question: what time can we start setting up?");
        Post early = at(11, "12:40").in(MARKET_NEW).say(MABEL, "From 6:30! Get there early, the good parking goes "
                + "fast.");
        at(11, "12:55").in(MARKET_NEW).reply(HUGO, early, "6:30 it is 😄 thanks Mabel");
        Post gazebo = at(11, "15:00").in(MARKET_SWAP).say(GORDON, "Got a spare 3x3 gazebo if anyone needs one, £40, "
                + "used two seasons.");
        Post take = at(11, "15:20").in(MARKET_SWAP).reply(HUGO, gazebo, "I'll take it! Mine's too flimsy for the wind "
                + "up there.");
        take.react("👍", GORDON);

        at(12, "07:30").in(MARKET_GENERAL).say(ROSALIND, "Picked: kale, chard, leeks, celeriac.");
        at(12, "08:00").in(MARKET_NEWS).say(RUTH, "Reminder: Bridge Street setup from 6:30, unload and move your van "
                + "by 7:30.");
        at(12, "17:00").in(MARKET_GENERAL).say(ROSALIND, "Van loaded tonight, duck and hen eggs too.");

        at(13, "06:45").in(MARKET_GENERAL).say(ROSALIND, "Stall 14, Bridge Street end today.");
        at(13, "14:30").in(MARKET_GENERAL).say(ROSALIND, "Sold out of squash by 11!");
        Post first = at(13, "15:00").in(MARKET_GENERAL).say(MABEL, "Good day despite the wind. @Hugo how was your "
                + "first market?");
        Post soldOut = at(13, "15:30").in(MARKET_GENERAL).reply(HUGO, first, "Sold out by noon! Everyone was so "
                + "helpful, thank you.");
        at(13, "15:40").in(MARKET_GENERAL).reply(ROSALIND, soldOut, "Well done Hugo!");
        soldOut.react("🎉", MABEL, GORDON, RUTH);
        at(14, "10:00").in(MARKET_GENERAL).say(ROSALIND, "Next week: the first sprouts and parsnips.");
    }

    private void studyGroup() {
        Post negative = at(8, "10:00").in(STUDY_HOMEWORK).say(KOFI, "For PS5 Q2, why does Dijkstra break with "
                + "negative edges? My output is wrong on the test case with -3.");
        Post finalise = at(8, "10:30").in(STUDY_HOMEWORK).reply(ADA, negative, "Dijkstra finalises a node when it's "
                + "popped, assuming nothing later can make it cheaper. A negative edge later can. Use Bellman-Ford for "
                + "that test.");
        at(8, "10:45").in(STUDY_HOMEWORK).reply(KOFI, finalise, "oh that makes sense, thanks Ada");
        Post notes = at(8, "12:00").in(STUDY_RESOURCES).say(RAJ, "My notes on shortest paths from this week, free for "
                + "anyone: https://notes.example/raj/shortest-paths.pdf");
        notes.react("🙏", LENA, MEI);
        Post directed = at(8, "14:00").in(STUDY_HOMEWORK).say(LENA, "Is the PS5 Q1 graph directed? The handout doesn't "
                + "say.");
        Post ed = at(8, "14:15").in(STUDY_HOMEWORK).reply(RAJ, directed, "Directed, it's in the Ed post from Monday: "
                + "https://edstem.example/cs2040/post/212");
        at(8, "14:20").in(STUDY_HOMEWORK).reply(LENA, ed, "Missed that, thanks!");

        at(9, "09:00").in(STUDY_GENERAL).say(NOOR, "@Tom can you push our project code to the repo before Thursday? I "
                + "need it to write up the results section.");
        Post sheet = at(9, "11:00").in(STUDY_EXAM).say(TOM, "Is the midterm open book or do we get a cheat sheet?");
        Post a4 = at(9, "11:20").in(STUDY_EXAM).reply(RAJ, sheet, "One A4 cheat sheet, both sides. Syllabus page 3: "
                + "https://cs2040.example/syllabus.pdf");
        at(9, "11:30").in(STUDY_EXAM).reply(TOM, a4, "nice, thanks");
        Post stuck = at(9, "16:00").in(STUDY_HOMEWORK).say(MEI, "I've been stuck on PS5 Q3 for two hours. I wrote a "
                + "recursive DFS that marks nodes visited, and I think my base case is right, but my output counts one "
                + "component too many on the second test. I tried printing my visited array and I can see node 7 gets "
                + "visited twice, which I don't understand because I set it to true before I recurse. My guess is I'm "
                + "resetting the array somewhere, but I've read my code five times and I can't find it. My code: "
                + "https://pastebin.com/cs2040-mei-q3");
        Post wipe = at(9, "16:30").in(STUDY_HOMEWORK).reply(ADA, stuck, "You create visited inside the outer loop over "
                + "start nodes, so every new start wipes it. Move that line above the loop.");
        at(9, "16:45").in(STUDY_HOMEWORK).reply(MEI, wipe, "OH. I moved it and it passes both tests now. I can't "
                + "believe I stared at it that long, my brain just kept skipping that line. Thank you so much, I owe "
                + "you one.");
        at(9, "18:00").in(STUDY_GENERAL).say(ADA, "@Lena which lab section are you in, Tuesday or Thursday? Trying to "
                + "find someone to swap with.");

        Post path = at(10, "10:00").in(STUDY_HOMEWORK).say(KOFI, "How do I get the actual path out of Bellman-Ford, not "
                + "just the distance?");
        Post parent = at(10, "10:20").in(STUDY_HOMEWORK).reply(ADA, path, "Keep a parent array: whenever you relax an "
                + "edge u→v, set parent[v] = u. Then walk back from the target.");
        at(10, "10:35").in(STUDY_HOMEWORK).reply(KOFI, parent, "got it working, thanks!");
        Post heating = at(10, "13:00").in(STUDY_GENERAL).say(TOM, "who else thinks the LT2 heating is broken, I wore "
                + "my coat the whole lecture 😂");
        at(10, "13:10").in(STUDY_GENERAL).reply(MEI, heating, "SAME. I couldn't feel my fingers");
        at(10, "13:25").in(STUDY_GENERAL).reply(RAJ, heating, "It was 15 degrees, I checked 😂");
        at(10, "16:00").in(STUDY_GENERAL).say(KOFI, "today's lecture on Bellman-Ford finally made it click for me");

        Post thursday = at(11, "08:30").in(STUDY_GENERAL).say(LENA, "Thursday one! Sorry, I was offline yesterday.");
        Post swap = at(11, "08:45").in(STUDY_GENERAL).reply(ADA, thursday, "Perfect. Would you swap to Tuesday next "
                + "week? I have an interview on Thursday.");
        at(11, "09:00").in(STUDY_GENERAL).reply(LENA, swap, "Sure, done!");
        Post zero = at(11, "10:00").in(STUDY_HOMEWORK).say(LENA, "For Q4, do we count the start node as distance 0 or "
                + "1?");
        Post example = at(11, "10:20").in(STUDY_HOMEWORK).reply(TOM, zero, "0, the example output on page 2 starts at "
                + "0.");
        at(11, "10:30").in(STUDY_HOMEWORK).reply(LENA, example, "thank you!");
        at(11, "11:00").in(STUDY_GENERAL).say(NOOR, "@Tom ping again, the demo is tomorrow and I still don't have the "
                + "code 😬");
        Post solutions = at(11, "14:00").in(STUDY_EXAM).say(TOM, "Does anyone have solutions to last year's midterm? "
                + "The posted paper has no answers.");
        Post posted = at(11, "14:20").in(STUDY_EXAM).reply(RAJ, solutions, "The TA posted them on Ed yesterday: "
                + "https://edstem.example/cs2040/post/240");
        at(11, "14:30").in(STUDY_EXAM).reply(TOM, posted, "legend");
        Post missed = at(11, "16:00").in(STUDY_RESOURCES).say(ADA, "Does anyone have notes from Wednesday's lecture? I "
                + "had a job interview and missed it.");
        Post mine = at(11, "16:40").in(STUDY_RESOURCES).reply(RAJ, missed, "Mine are up: "
                + "https://notes.example/raj/lecture-w10-wed.pdf");
        at(11, "16:50").in(STUDY_RESOURCES).reply(ADA, mine, "lifesaver, thanks Raj");

        Post cycle = at(12, "09:30").in(STUDY_HOMEWORK).say(KOFI, "Last one: how do I detect a negative cycle with "
                + "Bellman-Ford?");
        Post round = at(12, "09:50").in(STUDY_HOMEWORK).reply(ADA, cycle, "Run one more round after the V-1 rounds. If "
                + "anything still relaxes, there's a negative cycle reachable from the start.");
        at(12, "10:05").in(STUDY_HOMEWORK).reply(KOFI, round, "thanks Ada, you're saving my grade lol");
        Post backwards = at(12, "14:00").in(STUDY_HOMEWORK).say(MEI, "Anyone know why my Bellman-Ford path comes out "
                + "backwards?");
        Post reverse = at(12, "14:40").in(STUDY_HOMEWORK).reply(RAJ, backwards, "You walk the parents back from the "
                + "target, so reverse the list at the end.");
        at(12, "14:50").in(STUDY_HOMEWORK).reply(MEI, reverse, "ahh of course, thanks");
        Post food = at(12, "16:00").in(STUDY_GENERAL).say(KOFI, "anyone want to grab food after the lab?");
        at(12, "16:10").in(STUDY_GENERAL).reply(TOM, food, "I'm in");

        Post practice = at(13, "12:00").in(STUDY_RESOURCES).say(RAJ, "Practice questions for the midterm, with "
                + "answers: https://notes.example/raj/midterm-practice.pdf");
        practice.react("🙏", ADA, LENA, TOM, MEI);
        Post session = at(13, "13:00").in(STUDY_EXAM).say(LENA, "Is anyone doing a practice session this weekend?");
        Post library = at(13, "13:20").in(STUDY_EXAM).reply(MEI, session, "A few of us are meeting in the library on "
                + "Sunday at 2, room 3.14. Come!");
        at(13, "13:30").in(STUDY_EXAM).reply(LENA, library, "I'll be there!");
        at(13, "13:40").in(STUDY_EXAM).reply(RAJ, library, "Bring the practice sheet, we'll go through it together.");
        at(14, "18:00").in(STUDY_EXAM).say(RAJ, "Library session ran long but we got through all of chapter 24. "
                + "Thanks for coming, everyone.");
    }

    private void mastermind() {
        // The week before: Beatrix and Owen are accountability partners; she committed to a proposal.
        at(1, "09:00").in(MIND_ACCOUNTABILITY).say(CELESTE, "New week! Post one commitment and tag your partner.");
        Post commitment = at(1, "09:30").in(MIND_ACCOUNTABILITY).say(BEATRIX, "Mine: send the proposal to the "
                + "Harbourside hospital group by Friday. @Owen your turn!");
        at(1, "10:15").in(MIND_ACCOUNTABILITY).reply(OWEN, commitment, "Two discovery calls booked and one case study "
                + "written. I'll hold you to Friday 😄");

        at(8, "08:30").in(MIND_ACCOUNTABILITY).say(CELESTE, "Monday check-in: how did last week's commitments go? Tag "
                + "your partner.");
        at(8, "09:00").in(MIND_ACCOUNTABILITY).say(OWEN, "Did both calls, and one wants a proposal 🎉 @Beatrix how did "
                + "the Harbourside pitch go? Did the proposal go out on Friday?");
        at(8, "09:15").in(MIND_WINS).say(CELESTE, "Wins thread for the week 👇 one win each, big or small.");
        Post deal = at(8, "10:00").in(MIND_WINS).say(GRANT, "I closed the biggest deal of my career last week. Six "
                + "figures, twelve months, my framework end to end. I'm still buzzing. I built my whole practice for "
                + "this moment and I always knew my positioning would pay off.");
        Post invoice = at(8, "10:30").in(MIND_WINS).say(TOMAS, "Small one: a client paid an invoice on time for the "
                + "first time in a year 😂");
        invoice.react("😂", CELESTE, LEONA, OWEN);
        deal.react("🎉", CELESTE);
        at(8, "11:00").in(MIND_WINS).reply(GRANT, invoice, "Ha. I stopped having that problem when I moved all my "
                + "clients to upfront retainers. I never chase invoices now, my agreements make it automatic.");
        Post hotSeat = at(8, "14:00").in(MIND_HOT_SEAT).say(LEONA, "Hot seat request: I'm stuck on pricing. I've been "
                + "billing hourly for three years and I'm at capacity. My clients like me, but I'm working 55-hour "
                + "weeks and my income has plateaued. I've thought about moving to project fees, but I'm scared I'll "
                + "underquote and lose money, and I don't know how to tell my two longest clients. My gut says I "
                + "should start with new clients only. What would you do in my position?");
        Post tracking = at(8, "14:40").in(MIND_HOT_SEAT).reply(TOMAS, hotSeat, "When I dropped hourly I did exactly "
                + "that: new clients first, old ones at renewal. I priced my first three projects at my hourly "
                + "estimate plus 30% and I was still under. My advice: track your hours on those projects quietly so "
                + "you learn your real numbers.");
        Post worksheet = at(8, "15:00").in(MIND_HOT_SEAT).reply(CELESTE, hotSeat, "A resource that helped others here: "
                + "the value-pricing worksheet https://mastermind.example/resources/value-pricing. Want to bring it to "
                + "Friday's group call too?");
        at(8, "15:30").in(MIND_HOT_SEAT).reply(LEONA, tracking, "Tracking hours quietly is such a good idea. I think "
                + "I'll try it with the Northfield project first, my next proposal goes out Wednesday.");
        at(8, "15:35").in(MIND_HOT_SEAT).reply(LEONA, worksheet, "Yes please, I'll bring my numbers on Friday.");

        at(9, "09:00").in(MIND_RESOURCES).say(BEATRIX, "Good article on writing proposals that lead with the client's "
                + "problem: https://articles.example/problem-first-proposals");
        at(9, "12:00").in(MIND_GENERAL).say(GRANT, "Quick update from my world: I've been invited to speak at the "
                + "Consulting Leaders Summit in March. My talk is about the framework I developed over the last ten "
                + "years. I'm also recording my first podcast episode next week. I think my story could help a lot of "
                + "people who are where I was.");
        at(9, "19:00").in(MIND_ACCOUNTABILITY).say(CELESTE, "@Owen are you joining Friday's group call? I need numbers "
                + "for the room.");

        Post crm = at(10, "10:00").in(MIND_GENERAL).say(BEATRIX, "Does anyone use a CRM they actually like? I'm "
                + "drowning in spreadsheets.");
        Post hubspot = at(10, "10:30").in(MIND_GENERAL).reply(TOMAS, crm, "The HubSpot free tier was enough for me "
                + "for two years.");
        at(10, "10:45").in(MIND_GENERAL).reply(GRANT, crm, "I built my own system in Notion years ago and it runs my "
                + "whole business. I track every lead, every call, every invoice. I might package it as a product at "
                + "some point.");
        at(10, "11:00").in(MIND_GENERAL).reply(BEATRIX, hubspot, "Thanks, trying the free tier.");
        Post retainer = at(10, "15:00").in(MIND_WINS).say(BEATRIX, "Signed a six-month retainer with a logistics firm "
                + "🎉");
        at(10, "15:20").in(MIND_WINS).reply(CELESTE, retainer, "Huge! Congrats Beatrix.");
        retainer.react("👏", TOMAS, LEONA);

        at(11, "08:00").in(MIND_ACCOUNTABILITY).say(OWEN, "Yes, count me in for Friday. Sorry, I was travelling all "
                + "day yesterday.");
        at(11, "11:00").in(MIND_GENERAL).say(GRANT, "Reflecting this morning: I went from junior analyst to running my "
                + "own practice in six years. My biggest lesson is that I had to back myself when nobody else did. I "
                + "turned down safe jobs, I bet on my framework and my network, and it paid off. I'm grateful for my "
                + "journey.");
        Post agenda = at(11, "14:00").in(MIND_GENERAL).say(TOMAS, "Anyone have a good template for a discovery call "
                + "agenda?");
        Post template = at(11, "14:25").in(MIND_GENERAL).reply(CELESTE, agenda, "This one from the resources folder: "
                + "https://mastermind.example/resources/discovery-agenda");
        at(11, "14:40").in(MIND_GENERAL).reply(TOMAS, template, "Exactly what I needed, thanks.");

        Post update = at(12, "10:00").in(MIND_HOT_SEAT).say(LEONA, "Update: sent the Northfield proposal as a project "
                + "fee, 20% above my hourly estimate. They said yes without blinking 😅 thank you all");
        at(12, "10:20").in(MIND_HOT_SEAT).reply(TOMAS, update, "Told you you were underpricing! Well done.");
        update.react("🎉", CELESTE, OWEN);
        at(12, "13:00").in(MIND_RESOURCES).say(BEATRIX, "The template I use for retainer agreements, anonymised: "
                + "https://docs.example/beatrix-retainer-template");
        at(12, "16:00").in(MIND_WINS).say(GRANT, "Another one for me: my LinkedIn post about my framework hit 40k "
                + "views. My inbox is full and I've booked four calls from it. My strategy is working.");

        Post coffee = at(13, "10:00").in(MIND_GENERAL).say(OWEN, "Anyone around for a coffee in Bristol next week?");
        Post bath = at(13, "10:30").in(MIND_GENERAL).reply(TOMAS, coffee, "I'm in Bath, happy to come over on "
                + "Tuesday.");
        at(13, "10:45").in(MIND_GENERAL).reply(OWEN, bath, "Tuesday works!");
    }

    private void electronics() {
        at(8, "09:00").in(SOLDER_MARKET).say(HARLAN, "New batch of the Tinybox synth kit is in: through-hole only, "
                + "all parts and a printed manual, €49. https://harlanskits.example/tinybox");
        Post layers = at(8, "10:00").in(SOLDER_PCB).say(HARLAN, "Anyone tried the new 4-layer pricing at the usual fab? "
                + "Thinking of moving the sequencer board to 4 layers just for the ground plane.");
        Post adc = at(8, "10:20").in(SOLDER_PCB).reply(YUSUF, layers, "4 layers made my ADC noise basically disappear. "
                + "The price jump is smaller than you'd think.");
        at(8, "10:40").in(SOLDER_PCB).reply(BRAM, layers, "Do it, and put stitching vias along the clock line.");
        at(8, "11:00").in(SOLDER_PCB).reply(HARLAN, adc, "Good to know, ordering a test run.");
        Post pot = at(8, "14:00").in(SOLDER_HELP).say(PIP, "Hi! Total beginner. My Arduino reads 1023 on A0 all the "
                + "time, even when I turn the potentiometer. What am I doing wrong?");
        at(8, "14:01").in(SOLDER_HELP).say(PIP, "wiring: pot middle pin to A0");
        at(8, "14:01").in(SOLDER_HELP).say(PIP, "outer pins to 5V and 5V");
        at(8, "14:02").in(SOLDER_HELP).say(PIP, "code is here https://pastebin.com/solder-pip-a0");
        Post gnd = at(8, "14:30").in(SOLDER_HELP).reply(OONA, pot, "There's your problem: one outer pin goes to 5V and "
                + "the other to GND. With both on 5V the wiper always sees 5V, so you read 1023.");
        at(8, "14:45").in(SOLDER_HELP).reply(PIP, gnd, "OMG. It works. Thank you!!");

        String video = "https://youtube.example/watch?v=vic-tube-preamp";
        Post preamp = at(9, "09:00").in(SOLDER_PROJECTS).say(VIC, "New video: I built a tube preamp out of a scrapped "
                + "radio 📻 " + video);
        at(9, "09:40").in(SOLDER_GENERAL).say(VIC, "New video is up! Tube preamp from a scrapped radio: " + video);
        at(9, "10:30").in(SOLDER_HELP).say(VIC, "If anyone's working with tubes, my new video might help: " + video);
        Post caps = at(9, "11:00").in(SOLDER_PROJECTS).reply(YUSUF, preamp, "Lovely build. Did you replace the filter "
                + "caps?");
        at(9, "11:20").in(SOLDER_PROJECTS).reply(VIC, caps, "All of them, the originals were bulging.");
        Post stencil = at(9, "13:00").in(SOLDER_PCB).say(BRAM, "Stencil or no stencil for 0603 parts at home?");
        at(9, "13:20").in(SOLDER_PCB).reply(HARLAN, stencil, "Stencil, every time. Kapton ones are cheap.");
        Post plate = at(9, "13:30").in(SOLDER_PCB).reply(YUSUF, stencil, "+1, and a cheap hot plate instead of the "
                + "iron.");
        at(9, "13:45").in(SOLDER_PCB).reply(BRAM, plate, "Ordering both, thanks.");

        Post blink = at(10, "10:00").in(SOLDER_HELP).say(ZOE, "My 555 blinker doesn't blink, the LED just stays on. "
                + "Breadboard photo: https://imgur.example/zoe-555");
        Post pins = at(10, "10:40").in(SOLDER_HELP).reply(YUSUF, blink, "Pins 2 and 6 need to be tied together for "
                + "astable mode. In your photo only pin 6 goes to the capacitor.");
        at(10, "11:00").in(SOLDER_HELP).reply(ZOE, pins, "That was it!! it blinks 🎉 thank you");
        Post shortRail = at(10, "13:00").in(SOLDER_PCB).say(HARLAN, "Sequencer v3 boards came back, one has a short on "
                + "the 3V3 rail. Hunting it now.");
        Post spray = at(10, "13:15").in(SOLDER_PCB).reply(YUSUF, shortRail, "Thermal camera, or freeze spray if you "
                + "have it.");
        Post tombstone = at(10, "14:10").in(SOLDER_PCB).reply(HARLAN, spray, "Freeze spray found it: a tombstoned cap "
                + "under the MCU.");
        at(10, "14:20").in(SOLDER_PCB).reply(BRAM, tombstone, "classic");

        Post iron = at(11, "09:00").in(SOLDER_HELP).say(PIP, "Which soldering iron should I get as a beginner? Budget "
                + "about €60.");
        Post pinecil = at(11, "09:30").in(SOLDER_HELP).reply(OONA, iron, "A Pinecil is about €30 and great for the "
                + "money: https://pine64.example/pinecil");
        at(11, "10:00").in(SOLDER_HELP).reply(PIP, pinecil, "Ordered! thank you");
        Post faire = at(11, "14:00").in(SOLDER_GENERAL).say(HARLAN, "Anyone going to the Hamburg maker faire in "
                + "December?");
        at(11, "14:20").in(SOLDER_GENERAL).reply(YUSUF, faire, "I'll be there with the synth club.");
        Post cant = at(11, "14:30").in(SOLDER_GENERAL).reply(BRAM, faire, "can't this year 😢");
        at(11, "14:40").in(SOLDER_GENERAL).reply(HARLAN, cant, "Next year then!");

        Post firstKit = at(12, "10:00").in(SOLDER_HELP).say(ZOE, "I want a synth kit as my first real soldering "
                + "project. Is there one for beginners that doesn't need SMD?");
        Post tinybox = at(12, "10:30").in(SOLDER_HELP).reply(OONA, firstKit, "Harlan's Tinybox is through-hole only and "
                + "the manual is really good: https://harlanskits.example/tinybox. I built one last spring.");
        at(12, "11:00").in(SOLDER_HELP).reply(ZOE, tinybox, "Thanks Oona, ordering it!");
        Post router = at(12, "13:00").in(SOLDER_PCB).say(HARLAN, "Anyone using KiCad 9's new router? Wondering if it's "
                + "worth moving the kits' boards over.");
        Post buses = at(12, "13:30").in(SOLDER_PCB).reply(BRAM, router, "Tried it for a weekend. Good for buses, I "
                + "still hand-route anything analogue.");
        at(12, "13:45").in(SOLDER_PCB).reply(HARLAN, buses, "Makes sense, the filter section stays manual then.");

        at(13, "10:00").in(SOLDER_HELP).say(PIP, "Is it safe to power my Arduino Uno from a 12V wall adapter through "
                + "the barrel jack? I want to drive an LED strip from it too.");
        Post order = at(13, "11:00").in(SOLDER_HELP).say(ZOE, "Tinybox arrived! Which parts should I solder first, "
                + "the resistors or the IC sockets?");
        Post v3 = at(13, "14:00").in(SOLDER_PCB).say(HARLAN, "Finished the v3 layout, ordering on Monday. Thanks both "
                + "for the help this week.");
        at(13, "14:20").in(SOLDER_PCB).reply(YUSUF, v3, "Post a photo when it comes!");
        v3.react("🔥", BRAM);
        Post qfn = at(14, "11:00").in(SOLDER_PCB).say(BRAM, "Sunday project: reflowing a 0.5 mm QFN with the new hot "
                + "plate. Wish me luck.");
        Post flux = at(14, "11:15").in(SOLDER_PCB).reply(HARLAN, qfn, "Lots of flux! You'll be fine.");
        at(14, "13:00").in(SOLDER_PCB).reply(BRAM, flux, "It worked first time 🙌");
        at(14, "16:00").in(SOLDER_HELP).reply(YUSUF, order, "Resistors first: lowest parts first, so the board lies "
                + "flat while you solder.");
    }

    private void weddings() {
        // The week before: Rosa and Ivo worked the same weddings.
        Post garlands = at(2, "10:00").in(WED_LOUNGE).say(IVO, "@Rosa lovely working with you at Combe Manor on "
                + "Saturday, the table garlands were stunning.");
        at(2, "10:40").in(WED_LOUNGE).reply(ROSA, garlands, "Thank you! Your canapés vanished in minutes, the bride's "
                + "dad went back four times 😂");
        Post langford = at(3, "09:00").in(WED_LOUNGE).say(IVO, "@Rosa are you doing the Langford Barn wedding on the "
                + "7th too? Their planner said florist to be confirmed.");
        at(3, "09:30").in(WED_LOUNGE).reply(ROSA, langford, "Yes, confirmed yesterday! See you there.");

        at(8, "09:00").in(WED_SHOWCASE).say(DARIO, "Last Saturday at Hollow Farm, golden hour by the lake: "
                + "https://dariophoto.example/blog/hollow-farm-october");
        at(8, "10:00").in(WED_LOUNGE).say(DARIO, "New on the blog: five tips for rainy-day portraits "
                + "https://dariophoto.example/blog/rainy-portraits");
        Post florists = at(8, "11:00").in(WED_ASK).say(HANNAH, "Hi! We're getting married on 12 June 2027 near Bath. "
                + "How far ahead do people book florists? And is anyone free that day? Flower budget around £1,500.");
        Post rosaAnswer = at(8, "11:30").in(WED_ASK).reply(ROSA, florists, "For June, 9-12 months ahead is usual, so "
                + "you're right on time. I'm free on the 12th if you'd like a chat: https://rosaflowers.example/enquire");
        at(8, "11:45").in(WED_ASK).reply(HANNAH, rosaAnswer, "Amazing, I'll fill in your form tonight!");
        at(8, "14:00").in(WED_LOUNGE).say(SASKIA, "@Dario which second shooter did you use at Hollow Farm? I need one "
                + "for a December wedding at Langford.");
        at(8, "16:00").in(WED_LOUNGE).say(DARIO, "Featured in Bristol Bride magazine this month! "
                + "https://bristolbride.example/features/dario-photo");

        Post dj = at(9, "09:00").in(WED_ASK).say(HANNAH, "Also looking for a DJ for the same day, 12 June near Bath, "
                + "about 6 hours. Budget around £900.");
        Post felixAnswer = at(9, "09:30").in(WED_ASK).reply(FELIX, dj, "I'm free on 12 June! £850 for 6 hours "
                + "including the ceremony mic. DM me to hold the date: https://felixdj.example");
        at(9, "10:00").in(WED_ASK).reply(HANNAH, felixAnswer, "Sending you a DM now 🙌");
        Post rain = at(9, "12:00").in(WED_LOUNGE).say(DARIO, "Rainy week ahead, anyone else rescheduling engagement "
                + "shoots?");
        Post moved = at(9, "12:20").in(WED_LOUNGE).reply(FELIX, rain, "Not my department, but two of my couples moved "
                + "theirs to next week.");
        at(9, "12:30").in(WED_LOUNGE).reply(DARIO, moved, "Same here, the forecast is grim.");
        at(9, "15:00").in(WED_ASK).say(DARIO, "Couples: here's my guide to choosing a wedding photographer "
                + "https://dariophoto.example/blog/choosing-a-photographer");

        Post joint = at(10, "10:00").in(WED_LOUNGE).say(IVO, "@Rosa we keep ending up at the same weddings. Want to put "
                + "together a joint winter package, flowers plus food? Book a call with me this week: "
                + "https://ivocatering.example/call");
        at(10, "10:30").in(WED_LOUNGE).reply(ROSA, joint, "Love this idea! Booked Thursday 2pm.");
        at(10, "14:00").in(WED_LOUNGE).say(DARIO, "Behind the scenes from last month's wedding at Orchard House: "
                + "https://dariophoto.example/blog/orchard-house-bts");
        at(10, "16:00").in(WED_LOUNGE).say(SASKIA, "@Dario bumping this, I need a second shooter by Friday. Any name "
                + "would help!");

        Post enquiry = at(11, "09:00").in(WED_REFERRALS).say(ROSA, "Enquiry I can't take: 20 February, 80 guests at "
                + "Combe Manor, they need a caterer. @Ivo interested?");
        at(11, "09:20").in(WED_REFERRALS).reply(IVO, enquiry, "Yes please! Send them my way, thank you.");
        Post meals = at(11, "11:00").in(WED_ASK).say(HANNAH, "Last question: do we need to feed the suppliers? Our "
                + "venue says it's up to us.");
        at(11, "11:20").in(WED_ASK).reply(IVO, meals, "Yes, anyone there 6+ hours should get a hot meal. Most "
                + "caterers do supplier meals at cost, just ask yours.");
        Post sandwich = at(11, "11:30").in(WED_ASK).reply(FELIX, meals, "Speaking as someone who's done 12-hour days on "
                + "one sandwich: please do 😂");
        at(11, "11:45").in(WED_ASK).reply(HANNAH, sandwich, "Noted, thank you both!");
        Post gear = at(11, "15:00").in(WED_LOUNGE).say(DARIO, "Gear question: has anyone moved to the new mirrorless "
                + "bodies for dark receptions?");
        Post chap = at(11, "15:20").in(WED_LOUNGE).reply(FELIX, gear, "Not a photographer, but the videographer I work "
                + "with swears by his.");
        at(11, "15:30").in(WED_LOUNGE).reply(DARIO, chap, "Good to hear.");

        at(12, "10:00").in(WED_LOUNGE).say(DARIO, "New blog post: the full Hollow Farm gallery "
                + "https://dariophoto.example/blog/hollow-farm-gallery");
        at(12, "15:00").in(WED_LOUNGE).say(SASKIA, "Found a second shooter through a friend, all sorted.");
        at(13, "09:00").in(WED_LOUNGE).say(DARIO, "Wedding today at Combe Manor, wish me dry weather ☔");
        at(13, "21:00").in(WED_LOUNGE).say(DARIO, "What a day, it stayed dry!");
        at(14, "10:00").in(WED_SHOWCASE).say(FELIX, "Langford Barn last night, the dance floor never emptied: "
                + "https://felixdj.example/langford-video");
    }

    private void podcast() {
        at(8, "09:00").in(POD_NEWS).say(NADIA, "Episode 88 is out: the Great Stink of 1858, and how a hot summer "
                + "finally got London its sewers. https://longfootnote.example/88");
        Post family = at(8, "12:00").in(POD_EPISODES).say(NADIA, "A question for you all after this one: did any of "
                + "you have family who worked on the sewers, the railways or the embankment?");
        Post navvy = at(8, "13:00").in(POD_EPISODES).reply(AGNES, family, "My great-grandfather was a navvy on the "
                + "Victoria Embankment! My gran kept his pay book and I still have it. He came over from Cork in 1864, "
                + "and the family story is that he lost two fingers to a winch and kept working. I always wondered "
                + "whether the work was as dangerous as my gran said, and your episode made me think it was worse. "
                + "I've been meaning to get his records from the archives, my cousin says they exist.");
        Post payBook = at(8, "13:30").in(POD_EPISODES).reply(NADIA, navvy, "That pay book! Would you let us read a line "
                + "from it on the mailbag episode?");
        at(8, "13:50").in(POD_EPISODES).reply(AGNES, payBook, "Of course, I'll photograph it tonight.");
        at(8, "15:00").in(POD_GENERAL).say(BRENT, "Fellow history nerds 👋 my podcast did an episode on Victorian "
                + "sewers too, with more cholera: https://brenthistory.example/ep14");
        at(8, "18:00").in(POD_EPISODES).say(RUPERT, "For anyone who wants the primary source, Bazalgette's own 1865 "
                + "report is digitised: https://archive.example/bazalgette-1865");

        at(9, "09:00").in(POD_QUESTIONS).say(AGNES, "@Theo will you ever do an episode on the Tay Bridge disaster? My "
                + "great-aunt's village lost three men.");
        at(9, "10:00").in(POD_GENERAL).joins(SKYLER);
        at(9, "10:30").in(POD_GENERAL).say(SKYLER, "Hey @Nadia @Theo, love the show! I run Castboost, a podcast growth "
                + "agency. We've tripled downloads for shows like yours in 90 days. Let's hop on a 15-minute call this "
                + "week: https://castboost.example/book");
        Post parliament = at(9, "11:00").in(POD_EPISODES).say(RUPERT, "Finished 88. Parliament being too smelly to "
                + "sit is my new favourite fact.");
        at(9, "11:20").in(POD_EPISODES).reply(NADIA, parliament, "It's everyone's favourite fact, we had to include "
                + "it 😂");
        Post read = at(9, "14:00").in(POD_EPISODES).say(AGNES, "Is there anything I can read about the navvies "
                + "themselves, rather than the engineers?");
        Post coleman = at(9, "14:30").in(POD_EPISODES).reply(RUPERT, read, "Terry Coleman's 'The Railway Navvies' is "
                + "the classic, and the London Museum has a free piece online: https://londonmuseum.example/navvies");
        at(9, "14:45").in(POD_EPISODES).reply(AGNES, coleman, "Ordered the book, thank you!");

        Post tay = at(10, "08:30").in(POD_QUESTIONS).say(THEO, "Tay Bridge is on our list for next year! Your "
                + "great-aunt's village would be a wonderful way into it, we'd love to hear more.");
        at(10, "09:00").in(POD_QUESTIONS).reply(AGNES, tay, "I'll write it up for you!");
        at(10, "12:00").in(POD_EPISODES).say(BRENT, "If you liked ep 88, my episode 14 covers the same story from the "
                + "cholera side: https://brenthistory.example/ep14");
        Post split = at(10, "15:00").in(POD_QUESTIONS).say(RUPERT, "Mailbag question: how do you two split the "
                + "research?");
        at(10, "15:30").in(POD_QUESTIONS).reply(NADIA, split, "Theo reads the books, I read the newspapers, and we "
                + "argue about the rest 😄");

        Post bump = at(11, "10:00").in(POD_GENERAL).say(SKYLER, "@Theo just bumping my message above, would love 15 "
                + "minutes!");
        at(11, "11:00").in(POD_GENERAL).reply(THEO, bump, "Thanks Skyler, we're not looking for growth services right "
                + "now, but glad you enjoy the show!");
        at(11, "13:00").in(POD_EPISODES).say(RUPERT, "For the map fans: the 1865 sewer plan in high resolution "
                + "https://collections.example/sewer-plan-1865");

        at(12, "09:00").in(POD_NEWS).say(NADIA, "Bonus episode for patrons: the letters page, with your questions "
                + "answered. https://longfootnote.example/bonus-12");
        at(12, "11:00").in(POD_EPISODES).say(RUPERT, "Someone elsewhere asked whether the Stink really stopped "
                + "Parliament. Hansard says it nearly did: https://hansard.example/1858-06-25");
        at(12, "14:00").in(POD_GENERAL).say(BRENT, "Episode 15 of my show just went live, all about London's lost "
                + "rivers: https://brenthistory.example/ep15");

        Post crossness = at(13, "10:00").in(POD_EPISODES).say(AGNES, "Does anyone know if the Crossness pumping "
                + "station is open in winter?");
        Post openDays = at(13, "10:30").in(POD_EPISODES).reply(RUPERT, crossness, "Open days only in winter, the next "
                + "one is 5 December: https://crossness.example/open-days");
        at(13, "10:45").in(POD_EPISODES).reply(AGNES, openDays, "Perfect, booking it!");
        Post sources = at(13, "16:00").in(POD_QUESTIONS).say(RUPERT, "Do you have a reading list for 88?");
        Post notes = at(13, "16:30").in(POD_QUESTIONS).reply(THEO, sources, "Everything's at the bottom of the episode "
                + "notes on the website.");
        at(13, "16:45").in(POD_QUESTIONS).reply(RUPERT, notes, "Found it, thanks Theo.");
        at(14, "19:00").in(POD_GENERAL).say(RUPERT, "Great episode this week, thank you both.");
    }
}
