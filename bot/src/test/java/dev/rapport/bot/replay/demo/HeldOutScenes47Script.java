package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 47 (sealed): eight communities (a ceramics studio's members, freelance translators, a board-game
 * café's own server, homebrewers, open-source maintainers, a small farm's veg-box scheme, tattoo artists, a podcast
 * network), over three ISO weeks (2026-W43 to W45), written and labelled by writer47 (session 33) before any coach ran
 * on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-47.csv}. Run {@link #main} from the
 * project root to write the export again.
 */
final class HeldOutScenes47Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 10, 19);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 11, 9, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-47";

    // --- A. a ceramics studio's members (nobody sells) ---
    private final String clay = cast.guild(741);
    private final Channel csGeneral = cast.channel(clay, "Clayworks Co-op", "general",
            "members' chat: studio life, firings, the shelves", "cs-general.json");
    private final Channel csKiln = cast.channel(clay, "Clayworks Co-op", "kiln-rota",
            "the firing rota and the sign-up sheet for kiln loads", "cs-kiln-rota.json");
    private final Channel csGlaze = cast.channel(clay, "Clayworks Co-op", "glaze-lab",
            "glaze tests, recipes and troubleshooting", "cs-glaze-lab.json");
    private final Persona odile = cast.person("odile.m", "Odile Marchetti");
    private final Persona bartek = cast.person("bartek.now", "Bartek Nowicki");
    private final Persona ines = cast.person("ines.carv", "Ines Carvalho");
    private final Persona tobias = cast.person("tobi.frey", "Tobias Frey");
    private final Persona ruth = cast.person("ruth.adeyemi", "Ruth Adeyemi");
    private final Persona hamish = cast.person("hamishk", "Hamish Kerr");
    private final Channel dmRuth = cast.dm(ruth, "cs-dm-ruth.json");

    // --- B. freelance translators ---
    private final String lingua = cast.guild(742);
    private final Channel ftGeneral = cast.channel(lingua, "Lingua Freelance Hub", "general",
            "chat for freelance translators and interpreters", "ft-general.json");
    private final Channel ftJobs = cast.channel(lingua, "Lingua Freelance Hub", "job-leads",
            "agencies and clients post jobs here; translators, post your availability here too", "ft-job-leads.json");
    private final Channel ftTerms = cast.channel(lingua, "Lingua Freelance Hub", "termbase",
            "terminology questions, glossaries and CAT tools", "ft-termbase.json");
    private final Persona annika = cast.person("annika.solberg", "Annika Solberg");
    private final Persona mateo = cast.person("mateo.r", "Mateo Ruiz");
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");
    private final Persona chiara = cast.person("chiara.b", "Chiara Benedetti");
    private final Persona pavel = cast.person("pavel.horak", "Pavel Horák");
    private final Persona sunniva = cast.person("sunniva.l", "Sunniva Lund");
    private final Persona desmond = cast.person("desmond.lexbridge", "Desmond Achebe");
    private final Channel dmDesmond = cast.dm(desmond, "ft-dm-desmond.json");

    // --- C. a board-game café's own server ---
    private final String meeple = cast.guild(743);
    private final Role staff = cast.role("Staff", "#1abc9c", 2);
    private final Channel bgGeneral = cast.channel(meeple, "The Meeple Lounge", "general",
            "chat with the Meeple Lounge team and the regulars", "bg-general.json");
    private final Channel bgBookings = cast.channel(meeple, "The Meeple Lounge", "table-bookings",
            "booking questions, the team answers here", "bg-table-bookings.json");
    private final Channel bgNights = cast.channel(meeple, "The Meeple Lounge", "game-nights",
            "events and tournaments at the café", "bg-game-nights.json");
    private final Persona fenwick = cast.person("fenwick.meeple", "Fenwick Oduya", staff);
    private final Persona lottie = cast.person("lottie.b", "Lottie Brannigan", staff);
    private final Persona arjun = cast.person("arjun.m", "Arjun Mehta");
    private final Persona saoirse = cast.person("saoirse.q", "Saoirse Quinn");
    private final Persona benedikt = cast.person("bene.vogel", "Benedikt Vogel");
    private final Persona priscilla = cast.person("prissy.tan", "Priscilla Tan");
    private final Persona emeka = cast.person("emeka.n", "Emeka Nwosu");

    // --- D. homebrewers (nobody sells) ---
    private final String mash = cast.guild(744);
    private final Channel hbGeneral = cast.channel(mash, "Mash Tun Collective", "general",
            "homebrew chat, meets and swaps", "hb-general.json");
    private final Channel hbLog = cast.channel(mash, "Mash Tun Collective", "brew-log",
            "keep a log of your brews: brew days, gravity readings, tastings", "hb-brew-log.json");
    private final Channel hbTrouble = cast.channel(mash, "Mash Tun Collective", "troubleshooting",
            "stuck ferments, off flavours, kit trouble", "hb-troubleshooting.json");
    private final Persona gwyneth = cast.person("gwyn.pryce", "Gwyneth Pryce");
    private final Persona dorian = cast.person("dorianf", "Dorian Fairclough");
    private final Persona kasimir = cast.person("kasimir.l", "Kasimir Lange");
    private final Persona noor = cast.person("noor.h", "Noor Haddad");
    private final Persona wilbur = cast.person("wil.stone", "Wilbur Stone");
    private final Persona tamsin = cast.person("tamsin.e", "Tamsin Ecclestone");

    // --- E. open-source maintainers ---
    private final String lounge = cast.guild(745);
    private final Channel osGeneral = cast.channel(lounge, "Maintainers' Lounge", "general",
            "maintainers talking shop", "os-general.json");
    private final Channel osReleases = cast.channel(lounge, "Maintainers' Lounge", "release-notes",
            "announce your project's releases here", "os-release-notes.json");
    private final Channel osHelp = cast.channel(lounge, "Maintainers' Lounge", "help-wanted",
            "ask for contributors, reviewers and triage help", "os-help-wanted.json");
    private final Persona ravi = cast.person("ravi.s", "Ravi Subramanian");
    private final Persona helga = cast.person("helga.dev", "Helga Sørensen");
    private final Persona quentin = cast.person("quentin.a", "Quentin Abara");
    private final Persona marisa = cast.person("marisa.k", "Marisa Kowalczyk");
    private final Persona jun = cast.person("jun.takeda", "Jun Takeda");
    private final Persona felix = cast.person("felix.ambrose", "Felix Ambrose");

    // --- F. a small farm's veg-box scheme (its own server) ---
    private final String farm = cast.guild(746);
    private final Role team = cast.role("Team", "#27ae60", 2);
    private final Channel vbGeneral = cast.channel(farm, "Hollowbrook Farm Boxes", "general",
            "chat with the Hollowbrook team and fellow box members", "vb-general.json");
    private final Channel vbNews = cast.channel(farm, "Hollowbrook Farm Boxes", "box-news",
            "what's in the box, order deadlines and farm news, from the team", "vb-box-news.json");
    private final Channel vbRecipes = cast.channel(farm, "Hollowbrook Farm Boxes", "recipes",
            "what are you cooking with this week's box?", "vb-recipes.json");
    private final Channel vbPickups = cast.channel(farm, "Hollowbrook Farm Boxes", "pickups",
            "collection points, missed boxes, swaps", "vb-pickups.json");
    private final Persona wren = cast.person("wren.hollowbrook", "Wren Hollis", team);
    private final Persona caspar = cast.person("caspar.l", "Caspar Lowe", team);
    private final Persona delphine = cast.person("delphine.r", "Delphine Roux");
    private final Persona ibrahim = cast.person("ibrahim.s", "Ibrahim Sesay");
    private final Persona marguerite = cast.person("marguerite.o", "Marguerite Olsen");
    private final Persona stellan = cast.person("stellan.cooks", "Stellan Crewe");
    private final Persona aurelia = cast.person("aurelia.f", "Aurelia Finch");

    // --- G. tattoo artists ---
    private final String ink = cast.guild(747);
    private final Channel taGeneral = cast.channel(ink, "Inkwell Guild", "general",
            "artists' chat", "ta-general.json");
    private final Channel taFlash = cast.channel(ink, "Inkwell Guild", "flash-and-books",
            "post your available flash and open books here", "ta-flash-and-books.json");
    private final Channel taCritique = cast.channel(ink, "Inkwell Guild", "critique",
            "WIPs and healed work: ask for honest feedback", "ta-critique.json");
    private final Persona rook = cast.person("rook.ink", "Rook Delacroix");
    private final Persona zofia = cast.person("zofia.mz", "Zofia Mazur");
    private final Persona teodor = cast.person("teo.vasile", "Teodor Vasile");
    private final Persona maile = cast.person("maile.k", "Maile Kahananui");
    private final Persona corin = cast.person("corin.apex", "Corin Ashdown");
    private final Persona nell = cast.person("nell.okafor", "Nell Okafor");
    private final Channel dmCorin = cast.dm(corin, "ta-dm-corin.json");
    private final Channel dmMaile = cast.dm(maile, "ta-dm-maile.json");

    // --- H. a podcast network ---
    private final String signal = cast.guild(748);
    private final Channel pnGeneral = cast.channel(signal, "Static & Signal Network", "general",
            "network chat for hosts and producers", "pn-general.json");
    private final Channel pnSwap = cast.channel(signal, "Static & Signal Network", "cross-promo",
            "swap promos, trailers and guest spots here", "pn-cross-promo.json");
    private final Channel pnFeedback = cast.channel(signal, "Static & Signal Network", "feedback",
            "ask for feedback on episodes, art and audio", "pn-feedback.json");
    private final Persona wesley = cast.person("wes.harcourt", "Wesley Harcourt");
    private final Persona ottilie = cast.person("ottilie.b", "Ottilie Baines");
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante");
    private final Persona fiona = cast.person("fiona.d", "Fiona Drummond");
    private final Persona jasmine = cast.person("jas.okoro", "Jasmine Okoro");
    private final Persona leif = cast.person("leif.h", "Leif Halvorsen");
    private final Channel dmKwame = cast.dm(kwame, "pn-dm-kwame.json");

    /** Every file of the round: file name to DiscordChatExporter JSON. */
    static Map<String, String> files() {
        HeldOutScenes47Script script = new HeldOutScenes47Script();
        script.write();
        return script.export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(DIR);
        Files.createDirectories(dir);
        for (Map.Entry<String, String> f : files().entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        System.out.println("held-out round 47 written to " + dir);
    }

    private HeldOutScenes47Script() {
        super(new SceneIds(35600), FIRST_MONDAY, 21);
    }

    private void write() {
        ceramics();
        translators();
        boardGames();
        homebrew();
        maintainers();
        vegBoxes();
        tattoo();
        podcasts();
    }

    private void ceramics() {
        say(1, "09:10", csKiln, odile, "Morning all! November kiln sheet is up, put your name against a load so we "
                + "can plan firings: https://docs.example/sheet/clayworks-kiln-nov");
        say(1, "09:40", csKiln, tobias, "down for the 2nd bisque");
        Post shino = say(1, "11:00", csGeneral, ines, "anyone else's shino crawling like mad this month? mine looks "
                + "like a cracked riverbed 😩");
        re(1, "13:20", tobias, shino, "applied too thick? I had that when I double dipped");
        re(1, "13:45", ines, shino, "single dip, 3 seconds... hmm");
        Post tiles = say(2, "18:00", csGlaze, ruth, "test tiles from the celadon batch, left one is 2% iron, right "
                + "1.5%. which do you prefer? https://img.example/ra/celadon-tiles.jpg");
        re(2, "18:30", hamish, tiles, "left, no contest");
        re(2, "19:05", odile, tiles, "left for me too, lovely depth");
        Post wheel = say(3, "10:00", csGeneral, hamish, "Is anyone selling a second-hand wheel? mine's dying and new "
                + "ones are silly money");
        say(3, "10:20", csGeneral, bartek, "off to Lisbon for a residency tomorrow, back Monday the 2nd. be nice to "
                + "my pots on the shelf 🙏");
        re(3, "12:00", ruth, wheel, "I might be, upgrading in November. will DM you");
        say(3, "12:10", dmRuth, ruth, "Hi Hamish, it's the old Shimpo, 8 years, runs fine, pedal a bit stiff. "
                + "£250 and it's yours, or come try it Thursday?");
        say(3, "12:40", dmRuth, hamish, "£250 is fair. Thursday after 6 ok?");
        say(3, "12:45", dmRuth, ruth, "perfect 👍");
        say(4, "20:00", csGlaze, ines, "@Bartek Nowicki you mixed the last shino batch, did you sieve it at 80 or "
                + "100 mesh?");
        say(5, "09:00", csGlaze, tobias, "Ines, he's in Lisbon till the 2nd I think. he swears by sieving twice "
                + "though");
        say(5, "09:30", csGlaze, ines, "ah right, I'll wait for him then");
        say(6, "14:00", csGeneral, hamish, "wheel acquired, thanks @Ruth Adeyemi 🙌").react("❤️", ruth, odile);
        // Week 2.
        say(8, "09:00", csKiln, odile, "Reminder: 3 loads still free on the November sheet, add yourself: "
                + "https://docs.example/sheet/clayworks-kiln-nov");
        say(8, "10:00", csKiln, ruth, "took the 9th glaze load");
        Post door = say(9, "19:00", csGeneral, tobias, "open studio day is on the 14th btw, we need two people on "
                + "the door, reply here if you can");
        re(9, "19:30", ines, door, "I can do mornings");
        re(10, "08:00", hamish, door, "afternoon's mine");
        Post bowl = say(10, "17:00", csGlaze, hamish, "first throw on the new-old wheel, wonky but mine 😂 "
                + "https://img.example/hk/wonky-bowl.jpg");
        re(10, "17:10", ruth, bowl, "wonky is a style!");
        say(11, "21:00", csGlaze, ines, "shino test again, still crawling at the rim. tried wiping the rim and "
                + "firing slower, no luck");
        say(12, "08:15", csGlaze, odile, "could be dust on the bisque? I wipe mine with a damp sponge first");
        say(12, "09:00", csGlaze, ines, "ohh I never sponge. trying that tonight");
        say(13, "11:00", csGeneral, odile, "Quick poll for the Christmas social: Friday 11th or Saturday 12th? "
                + "react 👍 for Fri, ❤️ for Sat").react("👍", ines, tobias).react("❤️", ruth);
        // Week 3.
        say(15, "08:30", csGeneral, bartek, "back from Lisbon! brought tiles for the shelf. sorry for the radio "
                + "silence, no wifi in the studio there");
        say(15, "08:40", csGlaze, bartek, "@Ines Carvalho 80 mesh, twice. sorry, only saw this now");
        say(15, "09:00", csGlaze, ines, "no worries! the sponge trick from Odile fixed half of it, sieving again "
                + "tonight");
        say(16, "18:00", csGeneral, ines, "shino tiles out of the kiln: NO crawl!! thank you both 🙏 "
                + "https://img.example/ic/shino-ok.jpg").react("🎉", bartek, odile);
        say(17, "10:00", csGeneral, tobias, "door rota for Saturday: Ines am, Hamish pm. thanks all");
        say(18, "12:00", csKiln, ruth, "swapped my load with Tobias, sheet updated");
        Post reclaim = say(19, "20:00", csGeneral, hamish, "how do people store reclaim? mine's gone mouldy in the "
                + "bucket");
        re(20, "09:00", bartek, reclaim, "mould's fine honestly, some say it helps plasticity. just wedge well");
        re(20, "09:20", hamish, reclaim, "huh, TIL");
    }

    private void translators() {
        say(1, "09:00", ftGeneral, annika, "Welcome to our new members this month! say hi and tell us your language "
                + "pairs 👋");
        Post hi = say(1, "09:30", ftGeneral, sunniva, "hi! Sunniva, NO/SV>EN, mostly medical, just went freelance "
                + "after 6 years in-house");
        re(1, "09:45", mateo, hi, "welcome! medical is a good niche, termbase is gold for that");
        re(1, "10:10", chiara, hi, "benvenuta 😊");
        say(2, "14:00", dmDesmond, desmond, "Hi Sunniva, saw your intro. LexBridge has steady medical volume, our "
                + "rate is 0.06/word. Book a vendor call here: https://lexbridge.example/book-call");
        Post bescheid = say(2, "16:00", ftTerms, yusuf, "how do you all translate 'Bescheid' in a tax context? "
                + "notice of assessment?");
        re(2, "16:20", pavel, bescheid, "notice of assessment for the tax office, yes. 'decision' for most other "
                + "authorities");
        re(2, "16:25", yusuf, bescheid, "danke!");
        say(3, "09:00", dmDesmond, sunniva, "thanks, but my rate is a fair bit higher than that, I'll pass for now");
        say(3, "11:00", ftJobs, desmond, "LexBridge is hiring DE>EN legal translators, about 20k words a month. "
                + "Apply: https://lexbridge.example/vendors");
        say(3, "11:30", ftJobs, mateo, "Available from Nov 2: ES/CA>EN, marketing and games. Portfolio: "
                + "https://mateoruiz.example");
        Post wine = say(4, "10:00", ftTerms, chiara, "does anyone know a decent IT>EN glossary for wine labels? "
                + "buying one is fine too");
        re(4, "13:00", pavel, wine, "I sell one actually, built it over ten years of winery jobs: "
                + "https://pavelhorak.example/glossaries/wine, €29. happy to send a sample page first");
        re(4, "13:30", chiara, wine, "oh perfect, sample please!");
        re(4, "13:40", pavel, wine, "sent 👍");
        Post net = say(5, "09:00", ftGeneral, yusuf, "anyone else getting paid net-90 by agencies now? it's "
                + "getting absurd");
        re(5, "09:20", annika, net, "net-60 is my hard limit, walked away from two this year");
        re(5, "09:25", mateo, net, "net-90 + 'we pay on the first Friday after the invoice is approved' 🙃");
        re(5, "10:00", desmond, net, "to be fair, some of us pay net-30 😉 just saying");
        // Week 2.
        say(8, "10:00", ftJobs, desmond, "Reminder: LexBridge still onboarding DE>EN legal, apply here "
                + "https://lexbridge.example/vendors");
        say(9, "09:00", ftGeneral, chiara, "the wine glossary from @Pavel Horák saved me about 6 hours this week, "
                + "worth every cent").react("👏", annika);
        Post arzt = say(9, "11:00", ftTerms, sunniva, "medical one: 'Arztbrief', discharge letter or physician's "
                + "letter? client is a UK hospital");
        re(9, "15:00", yusuf, arzt, "discharge summary is the NHS term if it's written at discharge");
        re(9, "15:10", sunniva, arzt, "ah that's it, thank you!");
        Post cava = say(10, "09:00", ftTerms, chiara, "@Pavel Horák does the glossary cover sparkling wine terms too "
                + "(pas dosé, dosage etc)? thinking of getting the Spanish one as well");
        Post bonn = say(10, "14:00", ftGeneral, pavel, "anyone going to the Bonn conference in November? could "
                + "share a taxi from the station");
        re(10, "14:30", annika, bonn, "I am! arriving Thursday evening");
        re(10, "14:40", pavel, bonn, "same, let's sort it nearer the time");
        Post peius = say(11, "10:00", ftTerms, yusuf, "'Verböserung': reformatio in peius, or just 'adverse "
                + "change'?");
        re(11, "10:30", pavel, peius, "reformatio in peius in court documents, 'less favourable decision' for "
                + "everyone else");
        re(11, "10:35", yusuf, peius, "👌");
        Post rates = say(12, "16:00", ftGeneral, mateo, "rate check: what's everyone charging for transcreation "
                + "now? per hour or per word?");
        re(12, "16:40", annika, rates, "per hour, 55-70 depending on the brand");
        re(12, "17:00", sunniva, rates, "I don't do transcreation but following this 👀");
        // Week 3.
        say(15, "09:00", ftJobs, desmond, "LexBridge vendor intake closes Friday: https://lexbridge.example/vendors");
        say(15, "10:00", ftTerms, chiara, "@Pavel Horák bump on the sparkling question 🙂 no rush");
        re(16, "08:00", pavel, cava, "Chiara so sorry, missed this completely! yes, dosage terms are all in the "
                + "appendix, and the Spanish one has a cava section");
        re(16, "08:10", chiara, cava, "sold, getting it now");
        say(17, "11:00", ftGeneral, sunniva, "first direct hospital client signed 🎉 thanks for all the help here")
                .react("🎉", annika, mateo, yusuf);
        Post linux = say(18, "12:00", ftGeneral, yusuf, "does anyone run a CAT tool on Linux? Trados won't and I'm "
                + "tired of VMs");
        re(18, "13:00", mateo, linux, "memoQ in a VM, sorry 😅 OmegaT is native though");
        re(18, "13:20", yusuf, linux, "OmegaT it is, gracias");
    }

    private void boardGames() {
        say(1, "10:00", bgNights, fenwick, "Thursday is Wingspan night! £5 table fee, book a seat: "
                + "https://meeplelounge.example/events/wingspan");
        Post cascadia = say(1, "12:00", bgGeneral, arjun, "is the new Cascadia expansion in yet?");
        re(1, "12:30", lottie, cascadia, "arrived Saturday! it's on the new-arrivals shelf");
        re(1, "12:35", arjun, cascadia, "🙌");
        Post birthday = say(2, "18:00", bgBookings, saoirse, "can I book the big table for 8 on Saturday 31st? "
                + "it's a birthday");
        re(2, "19:10", lottie, birthday, "done! under Quinn, 7pm. want us to hold Dune Imperium for you?");
        re(2, "19:20", saoirse, birthday, "yes please!! you're the best");
        Post brass = say(3, "20:00", bgGeneral, benedikt, "who's up for Brass: Birmingham next week? need 2 more");
        re(3, "20:30", priscilla, brass, "me! any evening but Tuesday");
        joins(4, "11:00", bgGeneral, emeka);
        Post teach = say(4, "11:05", bgGeneral, emeka, "hi all, just moved here. do you do teaching sessions for "
                + "beginners?");
        re(4, "11:40", fenwick, teach, "Welcome Emeka! yes, Sunday afternoons we teach a game at the counter, free "
                + "with a drink");
        re(4, "11:45", emeka, teach, "perfect, see you Sunday");
        say(5, "09:00", bgNights, fenwick, "Wingspan night sold out, thank you all! Next up: Blood on the Clocktower "
                + "for Halloween, Sat 31st, £8: https://meeplelounge.example/events/botc");
        Post club = say(6, "15:00", bgGeneral, priscilla, "I told my whole climbing club about your Sunday teaching, "
                + "expect a mob 😂 @Fenwick Oduya");
        re(6, "16:00", fenwick, club, "ha, thank you Priscilla! we'll put the kettle on");
        say(7, "18:00", bgGeneral, lottie, "off to my sister's wedding in Cork, back Thursday! Fenwick's got the "
                + "counter 💍");
        // Week 2.
        Post dice = say(8, "09:00", bgBookings, arjun, "@Lottie Brannigan I left my dice bag under table 4 on "
                + "Thursday, blue velvet, did anyone hand it in?");
        re(8, "12:00", fenwick, dice, "Arjun, found it! behind the counter with your name on");
        re(8, "12:20", arjun, dice, "legend, thanks Fenwick");
        say(9, "18:00", bgNights, fenwick, "Reminder: Blood on the Clocktower on the 31st, 4 seats left: "
                + "https://meeplelounge.example/events/botc");
        say(9, "19:00", bgGeneral, benedikt, "Brass is Wednesday 7pm then, @Priscilla Tan @Emeka Nwosu you in?");
        say(9, "19:20", bgGeneral, priscilla, "in!");
        say(10, "08:00", bgGeneral, emeka, "in, but someone will have to teach me 😅");
        say(10, "08:10", bgGeneral, benedikt, "that's the fun part");
        Post ten = say(10, "14:00", bgBookings, saoirse, "@Fenwick Oduya small change for the 31st, can we make it "
                + "10 people instead of 8? and is it ok if we bring a cake?");
        say(10, "18:00", bgNights, fenwick, "Catan tournament on Sat 14 Nov, entries open, £10: "
                + "https://meeplelounge.example/events/catan");
        say(11, "10:00", bgGeneral, lottie, "back! the wedding was lovely, what did I miss");
        Post sleeves = say(11, "11:00", bgGeneral, arjun, "Fenwick do you stock sleeves for Arkham? the small "
                + "ones");
        re(11, "11:30", fenwick, sleeves, "we do, 63.5x88 on the wall by the till");
        re(12, "09:00", lottie, ten, "Saoirse, 10 is fine, we'll push table 6 on. cake very welcome, we'll even "
                + "find candles 🎂");
        re(12, "09:10", saoirse, ten, "amazing, thank you Lottie!");
        say(13, "20:00", bgGeneral, priscilla, "the Brass game went 4 hours and I regret nothing");
        say(13, "20:05", bgGeneral, emeka, "I came last and loved it. who knew canals were this exciting");
        // Week 3.
        say(15, "10:00", bgNights, fenwick, "Catan tournament Nov 14, 6 places left: "
                + "https://meeplelounge.example/events/catan");
        Post thanks = say(15, "12:00", bgGeneral, saoirse, "thank you for Saturday, the birthday girl hasn't stopped "
                + "talking about the candles 😭");
        re(15, "12:30", fenwick, thanks, "so glad! and sorry I dropped your message last week, Lottie saved me");
        Post session = say(16, "19:00", bgBookings, emeka, "can I book a teaching session for 4 on Sunday? work "
                + "friends");
        re(16, "19:40", lottie, session, "yes! 2pm, under Nwosu");
        Post gloom = say(17, "09:00", bgGeneral, benedikt, "clearing shelves: my Gloomhaven, barely played, £60, "
                + "DM me");
        re(17, "09:30", arjun, gloom, "how heavy is the box? asking for my back 😂");
        re(17, "10:00", benedikt, gloom, "10kg of cardboard regret");
    }

    private void homebrew() {
        Post stout = say(1, "19:00", hbTrouble, dorian, "my stout stopped bubbling after 2 days, is it stuck??");
        re(1, "20:10", kasimir, stout, "airlock bubbles lie. take a gravity reading before panicking");
        re(1, "20:30", dorian, stout, "thanks!");
        Post frost = say(2, "18:00", hbGeneral, noor, "first frost this week, cellar's finally at lager temps 🥶🍺");
        re(2, "18:20", wilbur, frost, "jealous, my garage is still 19");
        Post water = say(3, "21:00", hbTrouble, tamsin, "anyone know a decent water chemistry calculator? my tap "
                + "water is hard as rock");
        re(4, "08:00", wilbur, water, "Bru'n Water is the classic, a bit spreadsheet-y: https://brunwater.example/ "
                + "or the free one at https://waterchem.example");
        re(4, "08:30", tamsin, water, "spreadsheet-y is my love language, thanks");
        Post swap = say(5, "19:00", hbGeneral, gwyneth, "club swap meet Sat 7 Nov at the Oak, bring 2 bottles of "
                + "something you made. sign up so we know numbers: https://forms.example/mashtun-swap");
        re(5, "19:30", noor, swap, "in");
        say(6, "10:00", hbLog, kasimir, "Brew day: Czech pils, 11.5 °P, pitched at 10 °C. smells amazing");
        say(6, "12:00", hbLog, noor, "Brew day: oatmeal brown, OG 1.052");
        // Week 2: Dorian's NEIPA, and Tamsin's saison log.
        Post neipa = say(8, "07:30", hbTrouble, dorian, "ok new batch, NEIPA, gone a murky brown colour on day 3. "
                + "oxidised???");
        re(8, "09:00", gwyneth, neipa, "browning that early sounds like oxygen at dry hop. How did you dry hop, and "
                + "what were your OG and pitch temp?");
        re(8, "09:20", dorian, neipa, "thanks Gwyneth");
        say(8, "20:00", hbLog, tamsin, "Brew day: saison, OG 1.058, pitched at 20 °C, letting it ramp");
        say(9, "08:00", hbLog, tamsin, "saison day 2: big krausen, 1.040, smells like pepper and pear");
        say(9, "19:00", hbGeneral, gwyneth, "swap meet form still open, 11 names so far: "
                + "https://forms.example/mashtun-swap");
        say(9, "21:00", hbLog, tamsin, "saison evening: heat belt up a notch, 26 °C");
        Post day3 = say(10, "08:00", hbLog, tamsin, "day 3: 1.022. my kitchen smells like a Belgian farm");
        re(10, "08:30", wilbur, day3, "what yeast? that attenuation is wild");
        re(10, "08:40", tamsin, day3, "Belle Saison, it eats everything");
        Post suck = say(10, "19:00", hbTrouble, dorian, "also the airlock sucked liquid back in when I cold crashed, "
                + "is that bad");
        re(10, "19:40", gwyneth, suck, "that's suck-back, and yes, that's probably your oxygen too. a balloon of CO2 "
                + "on the airlock while crashing helps. still curious about your OG and pitch temp btw, would tell "
                + "us a lot");
        re(10, "20:00", dorian, suck, "ok thanks");
        say(11, "08:00", hbLog, tamsin, "day 4: 1.012, krausen dropping");
        Post kveik = say(11, "12:00", hbTrouble, wilbur, "my kveik batch smells like nail polish, fermenting at 38. "
                + "too hot even for kveik?");
        re(11, "12:45", noor, kveik, "38 is the edge. acetone usually means underpitching at that temp, try 32-35 "
                + "next time");
        re(11, "13:00", wilbur, kveik, "will do, ta Noor");
        say(11, "21:00", hbLog, tamsin, "day 4 evening: 28 °C now, letting it free-rise");
        say(12, "08:00", hbLog, tamsin, "day 5: 1.006");
        Post keg = say(12, "18:00", hbTrouble, dorian, "kegging it tomorrow, do I need to purge the keg?");
        re(12, "18:30", gwyneth, keg, "yes, fill with sanitiser and push it out with CO2. good luck!");
        re(12, "18:35", dorian, keg, "thanks 👍");
        say(13, "08:00", hbLog, tamsin, "day 6: 1.003, tastes dry and lemony already");
        say(14, "09:00", hbLog, tamsin, "day 7: 1.002, stable. bottling tonight");
        say(14, "18:00", hbLog, tamsin, "bottled 19, the rest is a tasting glass 😇").react("🙌", noor, wilbur);
        // Week 3.
        Post cardboard = say(15, "10:00", hbGeneral, dorian, "NEIPA tastes like wet cardboard 😭");
        re(15, "10:30", kasimir, cardboard, "classic oxidation, sorry mate. closed transfer next time");
        say(16, "19:00", hbGeneral, noor, "swap meet is Saturday! bring glasses if you have spares");
        say(17, "20:00", hbLog, kasimir, "pils lagering week 2, clearing nicely");
        Post purge = say(18, "19:00", hbTrouble, tamsin, "@Dorian Fairclough for what it's worth I had the "
                + "cardboard thing last year, a cheap CO2 purge fixed it");
        re(18, "19:30", dorian, purge, "thanks Tamsin");
        say(21, "22:00", hbGeneral, gwyneth, "thanks all for the swap meet, 14 beers and zero fights 🍻");
        say(21, "22:10", hbGeneral, noor, "the saison from @Tamsin Ecclestone was the star of the night");
    }

    private void maintainers() {
        say(1, "09:00", osReleases, helga, "tinyparse 3.1.0 is out: streaming mode and a 40% faster tokenizer "
                + "https://github.example/helga/tinyparse/releases/3.1.0").react("🎉", jun);
        Post dead = say(1, "14:00", osGeneral, quentin, "how do you all handle the 'is this project dead?' issues "
                + "when you're just on holiday?");
        re(1, "14:40", marisa, dead, "pinned issue saying 'maintained, slowly' with a date. cuts 90% of them");
        re(1, "15:00", ravi, dead, "+1, and a SECURITY.md so people know where the urgent stuff goes");
        re(1, "15:10", quentin, dead, "good shout both");
        Post support = say(2, "10:00", osGeneral, felix, "if anyone's drowning in enterprise support requests, my "
                + "company sells paid support contracts for OSS libs and splits the revenue with maintainers. DM me "
                + "for rates");
        re(2, "10:30", marisa, support, "split how much? asking for a friend (me)");
        re(2, "11:00", felix, support, "70/30 in the maintainer's favour");
        Post tz = say(3, "16:00", osHelp, jun, "looking for a second reviewer on timezone handling in kairos, it's a "
                + "gnarly PR: https://github.example/jun/kairos/pull/412");
        re(3, "18:00", helga, tz, "I'll look tomorrow, timezones are my villain origin story");
        re(4, "11:00", helga, tz, "left comments, mostly about DST in Samoa 😅");
        re(4, "11:20", jun, tz, "Samoa!! thank you Helga");
        say(4, "15:00", osHelp, felix, "Need PR reviews done fast? our team reviews for a fee, €90/h, DM me");
        say(5, "09:00", osGeneral, ravi, "Community call next Thursday 16:00 UTC, topic is burnout and saying no. "
                + "Also vote on a time slot for December's call in the poll pinned here");
        // Week 2.
        say(8, "08:00", osHelp, marisa, "could everyone here star taskbeam? we're at 430/500 for the awesome-list "
                + "cutoff ⭐ https://github.example/marisa/taskbeam");
        say(8, "08:05", osReleases, marisa, "same ask here, stars appreciated 🙏 "
                + "https://github.example/marisa/taskbeam");
        Post stars = say(8, "08:10", osGeneral, marisa, "and here, sorry 😅 every star helps "
                + "https://github.example/marisa/taskbeam");
        re(8, "09:00", quentin, stars, "starred! good luck");
        re(8, "09:10", marisa, stars, "thanks Quentin!");
        say(9, "12:00", osReleases, jun, "kairos 2.0 released, the timezone rewrite landed. thanks @Helga Sørensen "
                + "for the review 🙏 https://github.example/jun/kairos/releases/2.0");
        Post cli = say(9, "13:00", osGeneral, quentin, "rust or go for a small CLI, in 2026, fight");
        re(9, "13:15", ravi, cli, "whatever your contributors already know");
        re(9, "13:20", jun, cli, "rust, but only because I want to watch the world burn");
        re(9, "13:25", quentin, cli, "😂 fair");
        say(10, "09:00", osGeneral, ravi, "Reminder: community call Thursday 16:00 UTC, and the December time poll "
                + "closes Friday, it's pinned");
        Post call = say(11, "17:00", osGeneral, helga, "great call today, the 'no is a complete sentence' slide is "
                + "going on my wall");
        re(11, "17:30", marisa, call, "same. said no to two feature requests already 💪");
        Post fuzz = say(12, "10:00", osHelp, quentin, "anyone have experience running fuzzers in CI without blowing "
                + "through the free minutes?");
        re(12, "14:00", felix, fuzz, "run them nightly on a schedule instead of per PR, and cap each target at 10 "
                + "minutes. cargo-fuzz has -max_total_time for exactly that");
        re(12, "14:20", quentin, fuzz, "nightly, of course. thanks Felix");
        // Week 3.
        say(15, "09:00", osGeneral, marisa, "we made the awesome-list!! 512 ⭐ thank you all").react("🎉", helga,
                ravi, quentin);
        say(16, "11:00", osReleases, helga, "tinyparse 3.2.0: error recovery, finally "
                + "https://github.example/helga/tinyparse/releases/3.2.0");
        Post sprint = say(17, "14:00", osHelp, ravi, "our docs sprint needs 3 people Saturday morning, add yourself "
                + "to the sheet: https://docs.example/sheet/docs-sprint");
        re(17, "15:00", jun, sprint, "added");
        Post archive = say(18, "10:00", osGeneral, felix, "question for once: how do you decide when to archive a "
                + "repo vs hand it over?");
        re(18, "10:40", marisa, archive, "hand over if someone's sent 3+ good PRs, archive otherwise");
        re(18, "11:00", felix, archive, "neat rule of thumb, ta");
    }

    private void vegBoxes() {
        say(1, "08:00", vbNews, wren, "This week's box: kale, squash, beetroot, the last tomatoes. Order for next "
                + "week by Thursday noon: https://hollowbrook.example/order");
        Post kale = say(1, "12:00", vbRecipes, delphine, "what do people do with this much kale 😅 we're drowning");
        re(1, "13:00", marguerite, kale, "kale crisps, or blitzed into pesto with walnuts");
        re(2, "09:00", delphine, kale, "pesto it is, thanks Marguerite");
        say(2, "18:00", vbRecipes, stellan, "massaged kale with lemon and salt changes everything. I run supper "
                + "clubs with farm veg, £45 a head, DM me for the next date");
        Post supper = say(3, "10:00", vbGeneral, stellan, "Next supper club is Saturday 7th, 6 seats left, £45, "
                + "tickets: https://stellancooks.example/supper");
        re(3, "10:30", ibrahim, supper, "is it veggie friendly?");
        re(3, "11:00", stellan, supper, "fully veggie menu this time 🌱");
        say(4, "08:00", vbNews, wren, "Order deadline tomorrow noon, spare eggs this week too: "
                + "https://hollowbrook.example/order");
        Post missing = say(4, "18:00", vbPickups, ibrahim, "my box wasn't at the Church St point today, name Sesay");
        re(4, "19:30", caspar, missing, "so sorry Ibrahim, it went to Church Lane by mistake. I'll drop it round "
                + "tomorrow morning");
        re(4, "19:40", ibrahim, missing, "no stress, thanks Caspar");
        re(5, "09:00", ibrahim, missing, "got it, beetroot intact 😄");
        say(7, "11:00", vbRecipes, aurelia, "squash and miso soup: roast, blitz, stir the miso in at the end. "
                + "perfect for this weather").react("😍", delphine, marguerite);
        // Week 2.
        say(8, "08:00", vbNews, wren, "Box this week: leeks, carrots, squash again (sorry!), chard. Order by "
                + "Thursday: https://hollowbrook.example/order");
        Post pause = say(8, "12:00", vbGeneral, marguerite, "@Wren Hollis can we pause our box for two weeks in "
                + "November? we're away");
        re(8, "14:00", wren, pause, "of course! paused for the 16th and 23rd, enjoy the trip");
        re(8, "14:10", marguerite, pause, "thank you!");
        say(9, "09:00", vbRecipes, stellan, "chard and leek galette tonight. the supper club's nearly full btw, "
                + "last 2 seats: https://stellancooks.example/supper");
        Post friday = say(10, "17:00", vbPickups, aurelia, "can I swap to the Friday collection for good? Tuesdays "
                + "are impossible now");
        re(10, "17:30", delphine, friday, "not staff, but I think you change it on the order page under "
                + "'delivery'");
        re(11, "09:00", caspar, friday, "Delphine's right! I've changed it for you anyway Aurelia, Fridays from "
                + "next week");
        re(11, "09:20", aurelia, friday, "you're all stars");
        say(11, "08:00", vbNews, wren, "Last call, orders close at noon today: https://hollowbrook.example/order");
        Post neighbours = say(12, "19:00", vbGeneral, ibrahim, "told my neighbours about the boxes, two of them just "
                + "signed up 😄");
        re(12, "19:30", wren, neighbours, "Ibrahim that's brilliant, thank you! we'll sneak some extra apples into "
                + "yours");
        // Week 3.
        say(15, "08:00", vbNews, wren, "Box this week: parsnips, red cabbage, apples, potatoes. Order by Thursday "
                + "noon: https://hollowbrook.example/order");
        say(15, "13:00", vbRecipes, delphine, "red cabbage braised with apples, the house smells like Christmas "
                + "already");
        Post point = say(16, "10:00", vbPickups, delphine, "@Caspar Lowe is the Church St point moving? heard a "
                + "rumour");
        re(16, "16:00", caspar, point, "it is, from December it's the library foyer. details in box-news soon");
        say(17, "09:00", vbNews, caspar, "From 1 December the Church St point moves to the library foyer, same "
                + "times");
        say(18, "11:00", vbGeneral, aurelia, "first Friday pickup done, so much easier, thanks again");
    }

    private void tattoo() {
        say(1, "10:00", taFlash, rook, "November books open! flash sheet below, £120 a half day: "
                + "https://rookink.example/flash-nov");
        Post hello = say(1, "11:00", taGeneral, nell, "hi everyone, second-year apprentice in Bristol, just started "
                + "taking my own clients 😬");
        re(1, "11:20", zofia, hello, "welcome Nell! critique is a friendly room, use it");
        re(1, "11:30", maile, hello, "welcome! the first solo months are wild, shout if you need anything");
        say(1, "15:00", taGeneral, corin, "hey all, Corin here, I work for a supplies company, happy to answer "
                + "cartridge questions");
        say(2, "09:00", dmCorin, corin, "hey Nell, saw you're new! I rep Apex cartridges, intro pack is 40% off for "
                + "new artists, £35 a box. DM me your address and I'll send an invoice");
        say(2, "12:00", dmCorin, nell, "thanks but I'm sorted for now");
        Post healed = say(2, "20:00", taCritique, nell, "first solo piece healed, be brutal: linework on the left "
                + "feels shaky to me https://img.example/nell/healed-rose.jpg");
        re(3, "09:00", teodor, healed, "no brutal needed: the lines are steady, it's needle depth on the outer "
                + "petal. slow your hand speed there");
        re(3, "09:30", zofia, healed, "agree with Teodor, and the shading is lovely for a first");
        re(3, "10:00", nell, healed, "thank you both, practising on skins tonight");
        say(3, "14:00", taGeneral, rook, "last 2 November slots, £120, DM me 🖤 https://rookink.example/flash-nov");
        Post lisbon = say(4, "18:00", taGeneral, teodor, "anyone done guest spots in Lisbon? thinking of March");
        re(4, "18:30", maile, lisbon, "I did one at a friend's shop in Porto, not Lisbon, but happy to tell you how "
                + "it worked");
        re(4, "18:35", teodor, lisbon, "yes please!");
        re(4, "19:00", maile, lisbon, "I'll DM you, it's long 😄");
        say(4, "19:05", dmMaile, maile, "So Porto: the chair was €60 a day and they took 30% of tattoos on top. "
                + "booked through their IG 2 months ahead. Lisbon shops are similar I think");
        say(4, "20:00", dmMaile, teodor, "super useful, thank you! could I drop your name when I write to them?");
        say(5, "09:00", dmMaile, maile, "of course");
        Post sheet = say(5, "12:00", taCritique, rook, "new flash sheet up, claim in DMs, £120 each "
                + "https://img.example/rook/flash-sheet-2.jpg");
        re(5, "12:30", zofia, sheet, "Rook, critique is for feedback asks, pop flash in #flash-and-books please 🙏");
        re(5, "13:00", rook, sheet, "my bad, moving it");
        say(5, "13:05", taFlash, rook, "flash sheet 2, claim in DMs: https://img.example/rook/flash-sheet-2.jpg");
        // Week 2.
        say(8, "10:00", taFlash, teodor, "guest spot in Lisbon confirmed for March! books for it open in January");
        Post con = say(9, "11:00", taGeneral, zofia, "guild meetup at the convention on the 14th, who's coming? put "
                + "your name on the sheet so I can book a table: https://docs.example/sheet/inkwell-con");
        re(9, "12:00", maile, con, "added!");
        re(9, "12:30", nell, con, "added, nervous");
        Post practice = say(10, "13:00", taCritique, nell, "linework practice on skin, better? "
                + "https://img.example/nell/practice-2.jpg");
        re(10, "14:00", maile, practice, "much steadier!");
        re(10, "14:10", nell, practice, "❤️");
        Post balm = say(11, "09:00", taGeneral, rook, "anyone know a good aftercare balm supplier? mine got "
                + "discontinued");
        re(11, "09:40", corin, balm, "we stock two, both vegan. happy to send you samples");
        re(11, "10:00", rook, balm, "samples would be great, thanks");
        say(12, "16:00", taGeneral, teodor, "@Maile Kahananui the Lisbon shop said your name opened the door, I owe "
                + "you a beer 🍺");
        say(12, "16:20", taGeneral, maile, "🍻");
        // Week 3.
        Post cover = say(15, "10:00", taCritique, zofia, "healed cover-up from last year, would love eyes on the "
                + "colour saturation https://img.example/zofia/coverup-healed.jpg");
        re(15, "11:00", rook, cover, "saturation's great, maybe the blue has migrated a hair at the bottom?");
        re(15, "11:20", zofia, cover, "yeah, that's what I thought. thanks");
        say(16, "18:00", taGeneral, nell, "booked my first full sleeve consult 😱").react("🔥", teodor, maile, zofia);
        say(17, "09:00", taGeneral, zofia, "con table booked for 9, see you all there");
    }

    private void podcasts() {
        say(1, "10:00", pnGeneral, ottilie, "Welcome to network week! Quick vote on the shared ad rate card in the "
                + "pinned poll, closes Friday");
        Post remote = say(1, "11:00", pnGeneral, kwame, "voted. also, does anyone use a remote recording tool that "
                + "doesn't mangle the guest's audio?");
        re(1, "12:30", leif, remote, "Riverside's been fine for us. record local tracks either way, always");
        re(1, "12:40", kwame, remote, "local tracks, noted");
        Post art = say(2, "09:00", pnFeedback, jasmine, "new cover art for season 3, honest thoughts? "
                + "https://img.example/jas/s3-cover.png");
        re(2, "10:00", fiona, art, "love the colours, the title's hard to read at thumbnail size though");
        re(2, "11:00", leif, art, "+1 on thumbnail. try it at 60px");
        re(2, "11:30", jasmine, art, "oof, at 60px it's soup. back to the drawing board, thanks!");
        Post trailer = say(3, "14:00", pnSwap, kwame, "anyone up for a trailer swap? history show, ~2k downloads an "
                + "episode, listeners mostly in their 30s");
        re(3, "15:00", fiona, trailer, "we'd swap! cosy crime, similar numbers. DM?");
        re(3, "15:10", kwame, trailer, "sending now");
        say(3, "15:20", dmKwame, kwame, "here's our 60s trailer: https://audio.example/kwame/trailer.mp3, drop "
                + "yours and we'll run it in ep 40");
        say(3, "16:00", dmKwame, fiona, "perfect, ours is https://audio.example/fiona/trailer.mp3, yours goes in "
                + "our next one");
        say(4, "19:00", pnGeneral, wesley, "Just hit 10k downloads on my show!! https://wesleytalks.example")
                .react("🎉", ottilie, leif);
        Post intro = say(5, "10:00", pnFeedback, fiona, "can someone listen to 2 min of our new intro and tell me if "
                + "the music's too loud? https://audio.example/fiona/intro-test.mp3");
        re(5, "11:00", jasmine, intro, "a touch loud under the voice, duck it 3dB?");
        re(5, "11:15", fiona, intro, "done, thanks Jasmine!");
        say(6, "17:00", pnGeneral, ottilie, "poll closes tonight, 11 of 14 shows have voted!");
        // Week 2: Wesley's week.
        say(8, "09:00", pnGeneral, wesley, "Episode 51 of my show is out: I interviewed my old boss about burnout "
                + "https://wesleytalks.example/ep51");
        say(8, "10:00", pnGeneral, ottilie, "the rate card won the vote, it's pinned now. thanks all for voting");
        say(8, "13:00", pnGeneral, wesley, "I think my audio this season is the best I've ever done, my new mic "
                + "paid for itself");
        say(8, "20:00", pnGeneral, wesley, "my downloads on ep 51 are already beating my last three 🙌");
        say(9, "09:00", pnGeneral, wesley, "I'm planning a live show for my 100th episode, my listeners keep asking "
                + "me for one");
        Post guest = say(9, "12:00", pnGeneral, fiona, "@Wesley Harcourt are you still up for guesting on our "
                + "episode on the 12th? no worries if not");
        say(9, "18:00", pnGeneral, wesley, "honestly my editing workflow is half what it was, I should write it up "
                + "for my newsletter");
        re(9, "18:30", wesley, guest, "yes! 7pm works for me, send me the link");
        re(9, "18:40", fiona, guest, "great, invite sent");
        say(10, "10:00", pnGeneral, wesley, "Episode 52 out now: me and my co-host on why I quit the agency "
                + "https://wesleytalks.example/ep52");
        Post v2 = say(10, "11:00", pnFeedback, jasmine, "cover v2, bigger title: "
                + "https://img.example/jas/s3-cover-v2.png");
        re(10, "12:00", kwame, v2, "readable at 60px now, nice");
        re(10, "12:10", jasmine, v2, "🙏");
        say(10, "21:00", pnGeneral, wesley, "my Patreon just crossed 200 members, I'm going to start doing bonus "
                + "episodes for my top tier");
        Post clip = say(11, "09:00", pnFeedback, kwame, "first episode with a new co-host, does the chemistry come "
                + "through? 5 min clip https://audio.example/kwame/ep41-clip.mp3");
        say(11, "12:00", pnGeneral, wesley, "I'm redoing my artwork next month, my designer is a genius");
        re(12, "08:30", jasmine, clip, "it does! you two interrupt each other less than I expected 😄");
        re(12, "09:00", kwame, clip, "high praise, thanks");
        say(12, "09:30", pnGeneral, wesley, "my show got featured in a newsletter today!! my inbox is exploding");
        say(13, "17:00", pnGeneral, wesley, "I'll be on another show next week talking about my launch strategy, "
                + "I'll share it when it's up");
        // Week 3.
        Post swapAgain = say(15, "10:00", pnSwap, wesley, "anyone want to swap trailers? my show's at 12k now");
        re(15, "11:00", kwame, swapAgain, "we swapped with Fiona last month, worked well. happy to do one with you");
        re(15, "11:20", wesley, swapAgain, "great, DMing you");
        say(16, "14:00", pnGeneral, leif, "psa: the audio.example host is down for maintenance Saturday, back your "
                + "trailers up elsewhere").react("👍", ottilie);
        Post meetup = say(17, "10:00", pnGeneral, ottilie, "network meetup in January, put yourself on the sheet if "
                + "you're coming: https://forms.example/ssn-meetup");
        re(17, "10:30", jasmine, meetup, "in!");
        say(18, "09:00", pnGeneral, wesley, "@Leif Halvorsen thanks for the heads-up, moved my files");
    }
}
