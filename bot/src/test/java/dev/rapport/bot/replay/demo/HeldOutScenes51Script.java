package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 51 (sealed): eight communities (watch collectors with a sales corner, home inspectors with a
 * referral channel, vegan recipe creators, cosplayers with a commissions room, a primary school's parents' group where
 * nobody sells, a dance studio's own server, freelance grant writers, a local food co-op with its producers), over
 * three ISO weeks (2027-W19 to W21), written and labelled by writer51 (session 34) before any coach ran on them. The
 * labels are in {@code bot/src/test/resources/eval/held-out-scenes-51.csv}. Run {@link #main} from the project root to
 * write the export again.
 */
final class HeldOutScenes51Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 5, 10);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2027, 5, 31, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-51";

    // --- A. watch collectors ---
    private final String ttc = cast.guild(781);
    private final Channel wcGeneral = cast.channel(ttc, "Tick & Tock Collectors", "general",
            "watch talk, wrist shots, questions", "wc-general.json");
    private final Channel wcIntro = cast.channel(ttc, "Tick & Tock Collectors", "introductions",
            "new here? say hello and what's on your wrist", "wc-introductions.json");
    private final Channel wcSales = cast.channel(ttc, "Tick & Tock Collectors", "sales-corner",
            "buy, sell, trade: list your watches with price and photos, WTS / WTB", "wc-sales-corner.json");
    private final Channel wcHelp = cast.channel(ttc, "Tick & Tock Collectors", "help",
            "servicing, straps, regulation and repairs", "wc-help.json");
    private final Persona hugo = cast.person("ferreira.time", "Hugo Ferreira");
    private final Persona anneke = cast.person("anneke.v", "Anneke Visser");
    private final Persona darius = cast.person("darius.m", "Darius Moradi");
    private final Persona lotte = cast.person("lotte.brink", "Lotte Brink");
    private final Persona cormac = cast.person("cormac.d", "Cormac Deegan");
    private final Persona yusuf = cast.person("yusuf.arslan", "Yusuf Arslan");
    private final Persona pia = cast.person("pia.lq", "Pia Lindqvist");

    // --- B. home inspectors ---
    private final String bench = cast.guild(782);
    private final Channel hiGeneral = cast.channel(bench, "Inspector's Bench", "general",
            "shop talk for home inspectors", "hi-general.json");
    private final Channel hiIntro = cast.channel(bench, "Inspector's Bench", "introductions",
            "introduce yourself: where you work and how long you've been at it", "hi-introductions.json");
    private final Channel hiReferrals = cast.channel(bench, "Inspector's Bench", "referrals",
            "pass on jobs outside your area or licence; say so when one lands", "hi-referrals.json");
    private final Channel hiCode = cast.channel(bench, "Inspector's Bench", "code-questions",
            "codes, defects, tools and how to write them up", "hi-code-questions.json");
    private final Persona marisol = cast.person("marisol.q", "Marisol Quintero");
    private final Persona bernard = cast.person("bernard.achebe", "Bernard Achebe");
    private final Persona kit = cast.person("kit.halvorsen", "Kit Halvorsen");
    private final Persona dean = cast.person("dean.w", "Dean Whitlock");
    private final Persona renata = cast.person("renata.olsen", "Renata Olsen");
    private final Persona felix = cast.person("felix.amundsen", "Felix Amundsen");
    private final Persona sunita = cast.person("sunita.rao", "Sunita Rao");

    // --- C. vegan recipe creators ---
    private final String plate = cast.guild(783);
    private final Channel vrGeneral = cast.channel(plate, "Plant Plate Creators", "general",
            "chat for people who write, test and shoot plant-based recipes", "vr-general.json");
    private final Channel vrIntro = cast.channel(plate, "Plant Plate Creators", "introductions",
            "introduce yourself", "vr-introductions.json");
    private final Channel vrHelp = cast.channel(plate, "Plant Plate Creators", "recipe-help",
            "stuck on a recipe? ask here", "vr-recipe-help.json");
    private final Channel vrShowcase = cast.channel(plate, "Plant Plate Creators", "showcase",
            "show your latest dish, post or video", "vr-showcase.json");
    private final Persona odile = cast.person("odile.m", "Odile Marchand");
    private final Persona jasper = cast.person("jasper.nk", "Jasper Nakamura");
    private final Persona fen = cast.person("fens.kitchen", "Fen Whitaker");
    private final Persona rosa = cast.person("rosa.delgado", "Rosa Delgado");
    private final Persona ilse = cast.person("ilse.b", "Ilse Baumann");
    private final Persona tariq = cast.person("tariq.bello", "Tariq Bello");
    private final Persona mae = cast.person("mae.eats", "Mae Sørensen");
    private final Channel dmTariq = cast.dm(tariq, "vr-dm-tariq.json");

    // --- D. cosplayers ---
    private final String seam = cast.guild(784);
    private final Channel cpGeneral = cast.channel(seam, "Seam Rippers Cosplay", "general",
            "cons, costumes, chaos", "cp-general.json");
    private final Channel cpIntro = cast.channel(seam, "Seam Rippers Cosplay", "introductions",
            "say hi and what you're building", "cp-introductions.json");
    private final Channel cpWip = cast.channel(seam, "Seam Rippers Cosplay", "wip",
            "works in progress: show what's on your table, ask for help", "cp-wip.json");
    private final Channel cpCommissions = cast.channel(seam, "Seam Rippers Cosplay", "commissions",
            "open and closed commission posts, and requests for makers", "cp-commissions.json");
    private final Persona luna = cast.person("luna.sews", "Luna Ferraro");
    private final Persona brick = cast.person("brick.a", "Brick Adeyemi");
    private final Persona sasha = cast.person("sasha.v", "Sasha Volkova");
    private final Persona emeric = cast.person("emeric.d", "Emeric Dubois");
    private final Persona kaito = cast.person("kaito.mori", "Kaito Mori");
    private final Persona wren = cast.person("wren.armour", "Wren Calloway");

    // --- E. primary school parents (nobody sells) ---
    private final String oak = cast.guild(785);
    private final Channel psGeneral = cast.channel(oak, "Oakfield Primary Parents", "general",
            "Oakfield Primary parents: chat, questions, reminders", "ps-general.json");
    private final Channel psEvents = cast.channel(oak, "Oakfield Primary Parents", "events",
            "summer fair, trips and volunteer sign-ups", "ps-events.json");
    private final Channel psLost = cast.channel(oak, "Oakfield Primary Parents", "lost-and-found",
            "lost jumpers, bottles and lunchboxes", "ps-lost-and-found.json");
    private final Channel psHomework = cast.channel(oak, "Oakfield Primary Parents", "homework-help",
            "spellings, reading logs, maths sheets", "ps-homework-help.json");
    private final Persona priya = cast.person("priya.n", "Priya Natarajan");
    private final Persona gareth = cast.person("gareth.ll", "Gareth Llewellyn");
    private final Persona amara = cast.person("amara.nwosu", "Amara Nwosu");
    private final Persona joelle = cast.person("joelle.f", "Joelle Fontaine");
    private final Persona stefan = cast.person("stefan.k", "Stefan Kowalczyk");
    private final Persona hana = cast.person("hana.y", "Hana Yoshida");
    private final Persona moira = cast.person("moira.q", "Moira Quigley");

    // --- F. a dance studio's own server ---
    private final String arriere = cast.guild(786);
    private final Role staff = cast.role("Staff", "#c27c0e", 2);
    private final Channel dsNews = cast.channel(arriere, "Studio Arrière", "announcements",
            "news from the studio: timetable, events, bookings", "ds-announcements.json");
    private final Channel dsGeneral = cast.channel(arriere, "Studio Arrière", "general",
            "chat for students, parents and teachers", "ds-general.json");
    private final Channel dsClass = cast.channel(arriere, "Studio Arrière", "class-questions",
            "ask about classes, levels, switching and what to wear", "ds-class-questions.json");
    private final Channel dsShowcase = cast.channel(arriere, "Studio Arrière", "showcase",
            "clips and photos from class and shows", "ds-showcase.json");
    private final Persona celine = cast.person("celine.arriere", "Céline Arrière", staff);
    private final Persona marco = cast.person("marco.b", "Marco Bellini", staff);
    private final Persona tessa = cast.person("tessa.y", "Tessa Young", staff);
    private final Persona nadia = cast.person("nadia.p", "Nadia Petrov");
    private final Persona owen = cast.person("owen.fw", "Owen Fairweather");
    private final Persona lucia = cast.person("lucia.m", "Lucía Moreno");
    private final Persona grace = cast.person("grace.mbeki", "Grace Mbeki");
    private final Channel dmNadia = cast.dm(nadia, "ds-dm-nadia.json");

    // --- G. freelance grant writers ---
    private final String commons = cast.guild(787);
    private final Channel gwGeneral = cast.channel(commons, "Grantwriters' Commons", "general",
            "shop talk for freelance grant writers", "gw-general.json");
    private final Channel gwIntro = cast.channel(commons, "Grantwriters' Commons", "introductions",
            "introduce yourself", "gw-introductions.json");
    private final Channel gwJobs = cast.channel(commons, "Grantwriters' Commons", "jobs",
            "gigs, subcontracts and 'available for work' notes", "gw-jobs.json");
    private final Channel gwFunders = cast.channel(commons, "Grantwriters' Commons", "funder-questions",
            "questions about funders, forms and portals", "gw-funder-questions.json");
    private final Persona beatrix = cast.person("beatrix.holm", "Beatrix Holm");
    private final Persona samuel = cast.person("samuel.ob", "Samuel Osei-Bonsu");
    private final Persona ruth = cast.person("ruth.kessler", "Ruth Kessler");
    private final Persona anton = cast.person("anton.varga", "Anton Varga");
    private final Persona delphine = cast.person("delphine.o", "Delphine Okoro");
    private final Persona malik = cast.person("malik.j", "Malik Jefferson");
    private final Persona ingrid = cast.person("ingrid.s", "Ingrid Solberg");
    private final Channel dmAnton = cast.dm(anton, "gw-dm-anton.json");

    // --- H. a local food co-op ---
    private final String coop = cast.guild(788);
    private final Channel fcGeneral = cast.channel(coop, "Riverside Food Co-op", "general",
            "members' chat", "fc-general.json");
    private final Channel fcProducers = cast.channel(coop, "Riverside Food Co-op", "producers",
            "producers post this week's harvest, prices and order links here", "fc-producers.json");
    private final Channel fcRecipes = cast.channel(coop, "Riverside Food Co-op", "recipes",
            "what to cook with this week's box", "fc-recipes.json");
    private final Channel fcVolunteers = cast.channel(coop, "Riverside Food Co-op", "volunteers",
            "volunteer shifts for packing day", "fc-volunteers.json");
    private final Persona agnes = cast.person("agnes.t", "Agnes Thornbury");
    private final Persona rafael = cast.person("rafael.cruz", "Rafael Cruz");
    private final Persona bettina = cast.person("bettina.k", "Bettina Kraus");
    private final Persona leon = cast.person("leon.mbatha", "Leon Mbatha");
    private final Persona sinead = cast.person("sinead.b", "Sinéad Byrne");
    private final Persona yara = cast.person("yara.selim", "Yara Selim");
    private final Persona piet = cast.person("piet.dv", "Piet de Vries");

    HeldOutScenes51Script() {
        super(new SceneIds(38800), FIRST_MONDAY, 21);
        watches();
        inspectors();
        recipes();
        cosplay();
        parents();
        studio();
        grants();
        coop();
    }

    private void watches() {
        // W19.
        say(1, "08:30", wcSales, hugo, "WTS: 1978 Seiko 6309 diver, serviced in April, new gaskets. €420, photos: "
                + "https://ferreiratime.example/6309");
        Post first = say(1, "10:00", wcGeneral, darius, "looking for a first mechanical under €300, something I can "
                + "wear every day. ideas?");
        re(1, "11:05", hugo, first, "a Seiko 5 or an Orient Bambino, both tough and cheap to service. whoever you buy "
                + "from, ask for a caseback photo");
        re(1, "11:20", anneke, first, "+1 for the Bambino, mine has been on my wrist for six years");
        re(2, "08:10", darius, first, "Bambino it is, thanks both");
        Post grandad = say(2, "19:00", wcGeneral, pia, "my grandad's 1968 dress watch, finally serviced after 20 years "
                + "in a drawer 🥲");
        grandad.react("❤️", anneke, hugo, lotte);
        joins(3, "09:00", wcIntro, cormac);
        Post cormacHi = say(3, "09:10", wcIntro, cormac, "Cormac from Dublin, vintage dress watches mostly, 30s to 60s");
        re(3, "09:40", anneke, cormacHi, "welcome Cormac! post a wrist shot when you can");
        re(4, "12:00", cormac, grandad, "lovely. I have a '67 of the same model for £450, dm me if you want a pair");
        re(4, "12:30", pia, grandad, "ha, one grandad's watch is plenty for me");
        Post crown = say(5, "14:00", wcHelp, lotte, "the crown on my Citizen won't screw down all the way. gasket?");
        re(5, "16:00", anneke, crown, "usually the tube threads, not the gasket. don't force it, a watchmaker can chase "
                + "the threads in ten minutes");
        re(5, "16:20", lotte, crown, "ok, not forcing it 🙏");
        say(6, "07:30", wcGeneral, darius, "off hiking in the Alps till the 20th, no signal up there. don't sell "
                + "anything nice while I'm gone");
        say(6, "18:00", wcSales, hugo, "WTS: Orient Bambino v2, cream dial, 2021, box and papers, €160: "
                + "https://ferreiratime.example/bambino-cream");
        // W20.
        Post strap = say(8, "10:00", wcGeneral, lotte, "@Darius Moradi did the leather strap from that Ghent maker ever "
                + "arrive? thinking of ordering one");
        Post regulate = say(9, "09:30", wcGeneral, lotte, "@Hugo Ferreira the Seiko I bought from you in March runs "
                + "40 seconds fast a day since it fell off the sofa. is that something you'd regulate, and what would "
                + "it cost?");
        Post wearing = say(10, "08:00", wcGeneral, yusuf, "what's everyone wearing today?");
        re(10, "08:40", hugo, wearing, "the 6309 on a rubber strap, it's pouring here");
        re(10, "09:10", anneke, wearing, "Bambino, as always");
        say(11, "12:00", wcSales, hugo, "WTS: Citizen Bullhead chrono, 1975, serviced, €380: "
                + "https://ferreiratime.example/bullhead");
        re(11, "19:00", darius, strap, "back from the mountains! Lotte, yes, it arrived the day I left and it's "
                + "gorgeous, go for it");
        re(11, "19:30", lotte, strap, "ordering!");
        Post interval = say(12, "15:00", wcHelp, pia, "what's a sensible service interval for a vintage hand-wind?");
        say(12, "17:00", wcSales, cormac, "WTS: 1962 dress watch, 34mm, running well, £300");
        re(13, "10:00", hugo, interval, "every 5-7 years if you wear it weekly, sooner if it starts losing amplitude");
        re(13, "10:30", pia, interval, "noted, thanks Hugo");
        // W21.
        Post stops = say(15, "09:00", wcHelp, yusuf, "my automatic stops overnight if I don't wear it. is it broken?");
        re(15, "10:00", anneke, stops, "probably just not wound. give it 30-40 turns of the crown in the morning and see");
        re(15, "10:15", yusuf, stops, "thanks!");
        Post still = say(16, "09:00", wcHelp, yusuf, "wound it, still stops after 20 hours. now what");
        re(16, "11:00", anneke, still, "then the power reserve is short, probably a tired mainspring. a service sorts it");
        re(16, "11:20", yusuf, still, "thanks");
        say(17, "20:00", wcGeneral, pia, "grandad's watch update: within 10 seconds a day all week 🎉")
                .react("🎉", anneke, lotte, darius);
        Post winder = say(18, "09:00", wcHelp, yusuf, "is a watch winder safe for it in the meantime?");
        re(18, "09:45", anneke, winder, "yes, set it to about 650 turns a day, both directions");
        re(18, "10:00", yusuf, winder, "ok thanks");
        regulate.react("👀", anneke);
    }

    private void inspectors() {
        // W19.
        say(1, "07:30", hiGeneral, marisol, "morning all, radon season questions are rolling in again");
        say(2, "08:00", hiGeneral, dean, "Reports taking you 3 hours? my app ReportHatch does them in 40 minutes. use "
                + "my code BENCH20 for 20% off: https://reporthatch.example/signup");
        joins(2, "10:00", hiIntro, felix);
        Post felixHi = say(2, "10:05", hiIntro, felix, "Hi all, Felix, newly licensed in Dayton, Ohio. my site is "
                + "https://amundseninspects.example if anyone wants to see how I lay out reports. here to learn");
        re(2, "10:30", marisol, felixHi, "welcome Felix! @Sunita Rao's pre-inspection checklist is pinned in "
                + "#code-questions, start there");
        re(2, "10:50", sunita, felixHi, "it's scruffy but it works. welcome!");
        Post meter = say(3, "13:00", hiCode, kit, "anyone use pin or pinless moisture meters on stucco? getting weird "
                + "readings on the Oak St job");
        re(3, "13:40", sunita, meter, "pinless to scan, pin to confirm. stucco over foam reads high on pinless");
        re(4, "08:15", dean, meter, "pin, for sure. btw ReportHatch has a stucco moisture template, 20% off with "
                + "BENCH20: https://reporthatch.example/signup");
        re(4, "09:00", kit, meter, "foam behind it, that explains it. thanks Sunita");
        say(5, "09:00", hiReferrals, dean, "if you're drowning in jobs, spend less time typing. ReportHatch, code "
                + "BENCH20: https://reporthatch.example/signup");
        Post decks = say(5, "17:00", hiGeneral, bernard, "anyone else seeing flipped houses with unpermitted decks "
                + "every week?");
        re(5, "17:30", marisol, decks, "every single week. I photograph the ledger and write 'recommend evaluation by "
                + "a licensed contractor'");
        re(5, "18:00", bernard, decks, "same wording here, saves the argument");
        // W20.
        Post elm = say(9, "10:00", hiReferrals, renata, "@Bernard Achebe my buyers loved your report on the Elm St "
                + "bungalow, I've sent two more clients your way. could you fit one in on the 14th?");
        say(9, "17:00", hiReferrals, bernard, "Renata, thank you! yes, the 14th works, 9am. have them email me the "
                + "address");
        re(9, "17:30", renata, elm, "perfect, done");
        Post crawl = say(10, "16:00", hiCode, felix, "first crawlspace with standing water today. defect, or just a "
                + "note?");
        re(10, "16:30", marisol, crawl, "defect, every time, and recommend a drainage contractor. photos from both "
                + "ends");
        re(10, "16:45", felix, crawl, "got it, thanks");
        Post radon = say(11, "12:00", hiGeneral, kit, "radon results on the Maple job: 6.2, mitigation recommended");
        re(11, "12:40", sunita, radon, "third one in that subdivision this year");
        Post conf = say(12, "08:00", hiGeneral, dean, "anyone going to the state inspectors' conference in June?");
        re(12, "09:00", bernard, conf, "Friday only for me");
        re(12, "09:20", dean, conf, "I'll look for you at the coffee");
        // W21.
        Post roof = say(15, "11:00", hiReferrals, sunita, "got a call for a commercial roof in Springfield, not my "
                + "area or licence. anyone up there?");
        re(15, "11:30", kit, roof, "I'm licensed for commercial, send them over");
        re(15, "11:45", sunita, roof, "done, they have your number");
        Post follows = say(16, "18:00", hiCode, felix, "how do you handle a seller who follows you round the whole "
                + "inspection?");
        re(16, "18:30", bernard, follows, "politely, and only say facts out loud. opinions go in the report");
        re(16, "18:40", marisol, follows, "and never guess the roof's age out loud 😅");
        re(16, "19:00", felix, follows, "noted!!");
        say(17, "09:00", hiReferrals, kit, "landed the Springfield roof, thanks @Sunita Rao 🙏").react("🙌", sunita,
                marisol);
        say(18, "08:00", hiGeneral, marisol, "heads up: the board's new radon form is mandatory from June 1: "
                + "https://stateinspectorsboard.example/radon-form-2027");
    }

    private void recipes() {
        // W19.
        say(1, "09:00", vrGeneral, jasper, "Doors are open for my course Plants on Camera! six weeks of food "
                + "photography for recipe creators, early bird price until Sunday: https://platecraft.example/course");
        Post testing = say(1, "10:00", vrGeneral, rosa, "who's testing anything fun this week? I'm deep in cashew "
                + "cheese attempts");
        re(1, "10:30", fen, testing, "a chickpea-flour omelette that finally doesn't stick! notes coming");
        re(1, "10:45", rosa, testing, "ooh share it when it's ready");
        Post baiser = say(2, "11:00", vrHelp, ilse, "hat jemand einen Tipp für Aquafaba-Baiser mit weniger Zucker? "
                + "(meringue with less sugar, sorry for the German)");
        re(2, "13:00", odile, baiser, "Ilse, you can go down to about a third with a pinch of cream of tartar, but "
                + "they weep when it's humid. erythritol holds better");
        re(2, "13:20", ilse, baiser, "danke!! trying tonight");
        say(3, "09:00", vrShowcase, jasper, "check out my course trailer, shot entirely on a phone: "
                + "https://platecraft.example/course/trailer");
        Post omelette = say(3, "18:00", vrShowcase, fen, "chickpea omelette as promised, the write-up is on my blog: "
                + "https://fenskitchen.example/chickpea-omelette");
        omelette.react("😍", rosa, mae);
        re(3, "18:30", rosa, omelette, "looks perfect, bookmarked");
        Post maeHi = say(4, "08:00", vrIntro, mae, "hi all, Mae from Aarhus, I write mostly Nordic plant recipes, "
                + "slowly. lurking for now");
        re(4, "08:40", odile, maeHi, "welcome Mae! Rosa's rye bread notes in #recipe-help are right up your street");
        say(5, "09:00", vrHelp, jasper, "if your photos look flat, it's the light. my course fixes that in week one, "
                + "early bird ends Sunday: https://platecraft.example/course");
        Post spongy = say(5, "12:00", vrHelp, tariq, "my seitan comes out spongy every time, I knead it 10 min. what "
                + "am I doing wrong?");
        re(5, "13:00", rosa, spongy, "knead less! 2-3 minutes, then simmer, never boil");
        re(6, "19:00", tariq, spongy, "2 minutes and a gentle simmer... it worked!! thank you");
        // W20.
        say(8, "18:00", vrShowcase, tariq, "seitan redemption arc 🎉").react("🎉", rosa, odile, ilse);
        Post teach = say(8, "19:00", vrGeneral, ilse, "does anyone here teach food photography? my pictures are all "
                + "brown");
        re(8, "19:30", jasper, teach, "I do, it's what my course is for: https://platecraft.example/course. but "
                + "first switch off the ceiling lights and shoot by a window, that's half of it");
        re(8, "20:15", ilse, teach, "window trick already better, thanks");
        Post book = say(9, "10:00", vrShowcase, rosa, "@Odile Marchand is your cookbook out yet? I want it for my "
                + "mum's birthday");
        re(9, "12:00", odile, book, "it is! hardback's €28 on my publisher's page: "
                + "https://verdantpress.example/green-table, and thank you 💚");
        Post tofu = say(10, "17:00", vrHelp, fen, "crispy tofu without a fryer, what's the trick?");
        re(10, "17:30", jasper, tofu, "press it 20 min, toss in cornstarch, 220 in the oven and don't crowd the tray");
        re(10, "17:40", mae, tofu, "and flip it only once");
        re(10, "20:00", fen, tofu, "crispy!! thanks both");
        Post testers = say(11, "09:00", vrGeneral, odile, "looking for recipe testers for book two, any volunteers? "
                + "you get the pdf, I get your honest notes");
        re(11, "09:30", fen, testers, "me!");
        re(11, "10:00", mae, testers, "count me in");
        Post dmQ = say(12, "21:00", dmTariq, tariq, "hi Odile, will book two have seitan in it? asking for obvious "
                + "reasons");
        re(12, "21:30", odile, dmQ, "a whole chapter 😄");
        // W21.
        say(15, "08:00", vrShowcase, mae, "first post on my new blog, rye porridge with lingonberries: "
                + "https://maeeats.example/rye-porridge").react("❤️", odile, fen);
        say(15, "19:00", vrGeneral, rosa, "cashew cheese attempt #7 is finally sliceable 🧀");
        Post yeast = say(16, "12:00", vrGeneral, tariq, "lol I put nutritional yeast on everything now, send help");
        re(16, "12:10", rosa, yeast, "there is no help, only more yeast");
        Post wept = say(17, "09:00", vrHelp, ilse, "meringues at a third of the sugar: worked! but yes, they wept in "
                + "the rain 😂");
        re(17, "09:30", odile, wept, "told you! still proud of you");
        Post swap = say(18, "10:00", vrGeneral, jasper, "anyone want to swap notes on recipe photos this week? post "
                + "one and I'll give feedback");
        re(18, "10:30", fen, swap, "here's my lentil stew, be brutal");
        re(18, "11:00", jasper, swap, "lovely colour. lower the angle to show the layers and lose the spoon");
    }

    private void cosplay() {
        // W19.
        say(1, "09:00", cpCommissions, luna, "Commissions open for June: capes, cloaks, lined hoods. from €90, queue "
                + "of 4, DM me with references");
        Post wings = say(1, "20:00", cpWip, sasha, "day 3 of the moth-queen wings, wire frame done, wish me luck with "
                + "the organza");
        wings.react("✨", brick, kaito, luna);
        Post zero = say(2, "21:00", cpGeneral, kaito, "con in 3 weeks and I have made zero (0) progress ?!");
        re(2, "21:10", brick, zero, "same energy. what are you going as?");
        re(2, "21:20", kaito, zero, "the lighthouse keeper from Saltwake, so... a coat. a very big coat");
        joins(3, "14:00", cpIntro, wren);
        Post wrenHi = say(3, "14:05", cpIntro, wren, "heyy I'm Wren, armour maker, EVA foam mostly, from Leeds");
        re(3, "14:30", luna, wrenHi, "welcome!! foam people are always needed here");
        re(4, "10:00", wren, wings, "so cute!! comissions r open btw, armor from $200, dm me");
        re(4, "10:40", sasha, wings, "uh, thanks? they're wings, not armour, but ok");
        say(5, "11:00", cpCommissions, wren, "Armour commissions open, EVA foam, from $200, 3 slots, DM me");
        Post frizz = say(5, "19:00", cpGeneral, emeric, "how do you stop wig fibres frizzing at the nape?");
        re(5, "20:00", sasha, frizz, "steamer on low, comb through with a wide-tooth comb and don't touch it till "
                + "it's cold");
        re(6, "09:00", emeric, frizz, "you saved my wig, merci");
        // W20.
        Post spikes = say(8, "19:00", cpWip, brick, "wig styling is my nemesis. the spikes droop by noon");
        re(8, "19:30", sasha, spikes, "strong gel spray and a hairdryer on cool, layer by layer");
        re(8, "19:40", brick, spikes, "thanks!");
        Post flat = say(9, "19:00", cpWip, brick, "spikes holding, but now the back is flat?");
        re(9, "19:20", sasha, flat, "tease the base with a teasing comb before you spray");
        re(9, "19:30", brick, flat, "ty");
        Post collar = say(10, "18:00", cpWip, kaito, "how do I get a coat collar to stand up without it looking like "
                + "cardboard");
        re(10, "18:40", brick, collar, "a strip of thermoplastic inside the fold, heat it, shape it, then cover. did it "
                + "on two capes");
        re(10, "18:50", kaito, collar, "genius, doing it tonight");
        Post temples = say(11, "20:00", cpWip, brick, "last one I promise: how do you stop the wig cap showing at the "
                + "temples?");
        re(11, "20:20", sasha, temples, "a lace front, or a line of matching eyeshadow on the cap");
        re(11, "20:30", brick, temples, "thank you sasha you're a saint");
        say(12, "10:00", cpCommissions, luna, "2 slots left this month, cloaks and hoods, DM me if interested");
        say(13, "22:00", cpGeneral, kaito, "collar STANDS!!! 🎉 Brick is a wizard").react("🔥", brick, sasha);
        // W21.
        Post hood = say(15, "19:00", cpCommissions, emeric, "@Luna Ferraro the cape I got from you last year still "
                + "turns heads at every con. could you make a matching hood for September?");
        re(16, "10:00", luna, hood, "Emeric!! yes, of course. I'll send you fabric swatches tonight");
        re(16, "10:20", emeric, hood, "perfect 🙌");
        Post done = say(17, "21:00", cpWip, sasha, "wings are DONE. 4 metres of organza and zero regrets");
        done.react("🔥", brick, kaito, luna, emeric);
        re(17, "21:30", wren, done, "those are incredible honestly");
        Post con = say(18, "12:00", cpGeneral, kaito, "con this weekend, who's going?");
        re(18, "12:30", brick, con, "me, as the moth queen's bodyguard apparently");
        re(18, "12:45", sasha, con, "he volunteered");
    }

    private void parents() {
        // W19.
        Post fair = say(1, "08:30", psEvents, priya, "Summer fair is Saturday 5 June! We need helpers for the cake "
                + "stall, the tombola and setting up. Add your name so we know how many tables to borrow: "
                + "https://forms.example/oakfield-fair-helpers");
        re(1, "09:00", joelle, fair, "put myself down for cakes");
        Post sheet = say(2, "15:30", psGeneral, joelle, "Year 3 maths sheet came home in Maya's bag, anyone else's?");
        re(2, "16:00", gareth, sheet, "did all of Year 3 get it or only Mrs Patel's group? Rhys came home with nothing. "
                + "cc @Stefan Kowalczyk");
        re(2, "17:00", joelle, sheet, "only Mrs Patel's I think, the others get theirs on Thursday");
        Post lunchbox = say(3, "08:50", psLost, stefan, "found: a blue lunchbox with a dinosaur on it at the gate. "
                + "it's at the office");
        re(3, "09:10", moira, lunchbox, "that's ours!! thank you");
        Post photos = say(3, "20:00", psGeneral, amara, "are the school photos this Thursday or next?");
        re(3, "20:30", moira, photos, "next Thursday, it was in the newsletter");
        re(3, "20:45", amara, photos, "phew, haircut time");
        say(4, "19:00", psEvents, priya, "12 helper spots left for the fair, same form: "
                + "https://forms.example/oakfield-fair-helpers");
        say(5, "16:00", psHomework, moira, "how are you all doing the spelling practice? Ava cries at the word list");
        say(5, "19:00", psHomework, amara, "we do 3 words a night on a whiteboard on the fridge, Moira, far fewer "
                + "tears");
        say(5, "19:30", psHomework, moira, "trying that tonight, thanks Amara");
        // W20.
        say(8, "08:00", psEvents, priya, "5 helper spots left, mostly tombola. form: "
                + "https://forms.example/oakfield-fair-helpers");
        say(8, "21:00", psGeneral, hana, "I'm in Osaka visiting family until the 24th, so slow replies from me, "
                + "sorry all!");
        Post ollie = say(10, "12:00", psGeneral, amara, "@Hana Yoshida could Ollie come to yours after school on the "
                + "27th? I'm on a late shift");
        re(10, "12:40", joelle, ollie, "Amara, if Hana can't, Ollie can come to ours on the 27th, Maya would be "
                + "thrilled");
        re(10, "13:00", amara, ollie, "you're a star, let's do that and let Hana off the hook");
        Post fleece = say(11, "15:45", psLost, gareth, "Rhys lost a navy fleece with his name on the tag, anyone?");
        re(12, "08:30", stefan, fleece, "there's a navy one on the office hook, didn't check the tag");
        re(12, "16:00", gareth, fleece, "that's the one, cheers Stefan");
        Post project = say(12, "18:00", psHomework, joelle, "is the Year 3 river project due before or after half "
                + "term?");
        re(12, "19:00", stefan, project, "after, the 7th I think");
        re(12, "19:10", joelle, project, "thanks Stefan, breathing again");
        re(13, "07:00", hana, ollie, "sorry Amara, only just saw this! glad Joelle has you covered, next time for sure");
        // W21.
        say(15, "09:00", psEvents, priya, "fair helpers: we're full! thank you all 💛 quick briefing on Thursday at "
                + "pick-up").react("❤️", joelle, moira, amara);
        say(16, "10:00", psEvents, joelle, "@Gareth Llewellyn are you still OK to bring the gazebo on Saturday? I "
                + "need to know for the layout");
        say(17, "08:45", psLost, gareth, "found a pink water bottle in the car park, it's on the office hook");
        Post club = say(17, "12:00", psGeneral, gareth, "does anyone know if after-school club is on during the fair?");
        re(17, "12:30", priya, club, "it's off that day, the hall's in use");
        re(18, "07:30", gareth, club, "thanks Priya");
        Post expression = say(18, "19:00", psHomework, moira, "the reading log asks about 'expression'. what does that "
                + "even mean for a 6-year-old");
        re(18, "20:00", hana, expression, "back now! it means reading like the characters are talking, silly voices "
                + "welcome");
        re(19, "08:00", moira, expression, "silly voices we can do 😂");
        say(19, "15:30", psLost, amara, "thank you to whoever handed in Ollie's hat 🙏");
    }

    private void studio() {
        // W19.
        say(1, "09:00", dsNews, celine, "Summer intensive 12-16 July: ballet, contemporary and jazz, all levels from "
                + "12. £185 for the week, £160 if booked before 31 May: https://studioarriere.example/summer");
        Post who = say(1, "17:00", dsGeneral, lucia, "summer intensive!!! who's in");
        re(1, "17:20", nadia, who, "if my knees allow it 😅");
        Post shoes = say(2, "18:00", dsClass, grace, "can I wear jazz shoes to contemporary or should we be barefoot?");
        re(2, "18:30", tessa, shoes, "barefoot or half-soles, jazz shoes slip on our floor");
        re(2, "18:40", grace, shoes, "half-soles it is");
        Post mats = say(2, "20:00", dsGeneral, nadia, "where do people buy decent stretching mats round here?");
        re(2, "20:30", lucia, mats, "the sports shop by the station, cheap and thick");
        re(2, "20:45", nadia, mats, "thanks!");
        say(3, "10:00", dsGeneral, celine, "reminder: early price for the summer intensive ends 31 May, £160 until "
                + "then: https://studioarriere.example/summer");
        Post lift = say(3, "19:00", dsGeneral, owen, "anyone want a lift from Northgate on Wednesdays? I've got 2 seats");
        re(3, "19:15", nadia, lift, "yes please!! I'm by the library bus stop");
        say(4, "12:00", dsNews, marco, "Tuesday jazz moves to studio 2 from next week, same time");
        Post clips = say(5, "20:00", dsShowcase, tessa, "Thursday contemporary ran the new phrase today, so proud of "
                + "this lot. post your clips!");
        re(5, "22:00", lucia, clips, "here's mine from the back row, be kind: https://vidbox.example/v/lucia-phrase");
        re(5, "22:20", tessa, clips, "that spiral! 👏");
        // W20.
        Post switchClass = say(9, "18:00", dsClass, grace, "@Marco Bellini I've been in your Tuesday jazz since "
                + "January, could I switch to Thursdays for June? my exams are on Tuesdays");
        say(10, "09:00", dsNews, marco, "jazz showcase rehearsals are on the noticeboard: Saturdays 10-12");
        re(10, "14:00", tessa, switchClass, "Grace, Marco's teaching all week so I've sorted it: you're on the Thursday "
                + "jazz list for June. good luck with the exams!");
        re(10, "14:30", grace, switchClass, "amazing, thank you both");
        Post energy = say(12, "13:00", dsGeneral, marco, "great energy on Saturday everyone, see you next week");
        re(12, "13:30", owen, energy, "my knees after your warm-up: 💀");
        re(12, "13:45", nadia, energy, "the lunges!! never again (until next week)");
        Post holiday = say(13, "17:00", dsClass, lucia, "is there class on the bank holiday Monday?");
        re(13, "17:40", tessa, holiday, "no class on the 31st, everything else as normal");
        re(13, "17:50", lucia, holiday, "ok thanks");
        // W21.
        say(15, "20:00", dsGeneral, owen, "I've started selling preloved dance shoes, half the price of new. use code "
                + "OWEN10 for 10% off: https://shoeswap.example/owen");
        Post fee = say(16, "09:00", dmNadia, nadia, "hi Tessa! is the recital costume £25? can I pay by bank "
                + "transfer?");
        re(16, "12:00", tessa, fee, "hi Nadia, yes £25, and transfer is fine, the details are on Céline's form");
        re(16, "12:10", nadia, fee, "perfect thanks");
        Post recitalShoes = say(17, "18:00", dsShowcase, owen, "recital shoes sorted? jazz and ballet, sizes 3-9 at "
                + "https://shoeswap.example/owen, code OWEN10");
        re(17, "18:30", lucia, recitalShoes, "do you have split-sole jazz in a 5?");
        re(17, "18:45", owen, recitalShoes, "yes, two pairs");
        say(18, "09:00", dsNews, celine, "Recital on 26 June: family tickets £8, on sale Monday: "
                + "https://studioarriere.example/recital");
        say(18, "21:00", dsShowcase, grace, "first time I didn't fall out of the triple! 🎉").react("🎉", tessa,
                marco, lucia);
        Post wasp = say(19, "19:00", dsShowcase, nadia, "costume fitting done, I look like a very elegant wasp 🐝");
        re(19, "19:20", lucia, wasp, "iconic");
    }

    private void grants() {
        // W19.
        Post gig = say(1, "09:00", gwJobs, beatrix, "Hiring: a subcontractor for a federal arts application due 18 "
                + "June, budget narrative and evaluation plan. $60/h, about 25 hours. DM me with a writing sample");
        re(1, "10:00", samuel, gig, "sent you a sample, Beatrix");
        say(2, "08:30", gwGeneral, beatrix, "the budget narrative gig is in #jobs if anyone's looking");
        Post delphineHi = say(2, "14:00", gwIntro, delphine, "Hi! Delphine, development director at a tiny arts "
                + "nonprofit in Tulsa. I write all our grants myself and I'm learning on the job");
        re(2, "14:30", ruth, delphineHi, "welcome! #funder-questions is where the good stuff is");
        Post portal = say(3, "10:00", gwFunders, delphine, "the state arts council portal keeps timing out on my "
                + "budget upload. anyone else?");
        re(3, "13:00", ingrid, portal, "yes. save it as a PDF under 5 MB and upload before 9am, the portal crawls in "
                + "the afternoon");
        re(3, "13:30", delphine, portal, "under 5 MB did it. thank you!");
        Post loi = say(4, "11:00", gwGeneral, samuel, "is anyone else charging for LOIs separately now? I'm losing "
                + "money bundling them");
        re(4, "11:30", ruth, loi, "separately since last year, flat fee. no client blinked");
        re(4, "12:00", malik, loi, "I bundle but cap the revisions at two");
        re(4, "12:30", samuel, loi, "cap on revisions, that's smart. stealing it");
        say(5, "09:00", gwFunders, ruth, "I've put my logic model template up for anyone who wants it, free, no "
                + "sign-up: https://kesslergrants.example/logic-model-template");
        // W20.
        joins(8, "09:00", gwIntro, anton);
        Post antonHi = say(8, "09:05", gwIntro, anton, "Anton here, I run Varga Grant Partners in Denver");
        re(8, "09:30", samuel, antonHi, "welcome Anton");
        Post pitch = say(9, "10:00", dmAnton, anton, "Hi Delphine, saw you're writing your arts org's grants on your "
                + "own. We help small nonprofits like yours land six-figure awards. Grab 15 min with me this week: "
                + "https://vargagrants.example/book");
        re(9, "16:00", delphine, pitch, "thanks, not right now");
        Post toc = say(10, "11:00", gwFunders, malik, "does the Harrowgate Foundation really want a theory of change "
                + "diagram or is a paragraph fine?");
        re(10, "12:00", ingrid, toc, "they say 'may include', but every funded one I've seen had a diagram");
        re(10, "12:10", malik, toc, "thanks");
        say(11, "09:00", gwJobs, samuel, "Available for work from July: federal and foundation proposals, 9 years, "
                + "health and education. portfolio: https://osei-bonsu.example");
        Post funded = say(12, "15:00", gwGeneral, delphine, "the first grant I wrote alone got funded!!! $40k for the "
                + "youth theatre 🎉");
        funded.react("🎉", ruth, ingrid, beatrix, samuel);
        re(12, "15:20", ruth, funded, "told you you'd be fine!");
        // W21.
        Post match = say(15, "10:00", gwFunders, malik, "another Harrowgate question: can the match be in-kind?");
        re(15, "12:00", ingrid, match, "up to half of it, with a letter valuing the in-kind part");
        re(15, "12:10", malik, match, "perfect thanks");
        Post indirect = say(16, "10:00", gwFunders, malik, "and on their budget template, do indirect costs go under "
                + "'other'?");
        re(16, "11:00", ingrid, indirect, "no, there's a separate line at the bottom, capped at 10%. which Harrowgate "
                + "programme is it, by the way? can you paste the RFP wording on indirects? some programmes differ");
        Post longer = say(17, "16:00", gwGeneral, malik, "anyone else think RFPs get longer every year lol");
        re(17, "16:20", beatrix, longer, "the health one I'm on is 41 pages");
        Post letters = say(18, "10:00", gwFunders, malik, "last one: letters of support, signed PDFs or is email ok?");
        re(18, "11:30", ingrid, letters, "signed PDFs");
        re(18, "11:40", malik, letters, "thanks");
    }

    private void coop() {
        // W19.
        say(1, "08:00", fcProducers, rafael, "This week: oyster mushrooms £4/250g, lion's mane £6, grow kits £15. "
                + "Order by Thursday: https://cruzfungi.example/order");
        say(1, "08:30", fcProducers, piet, "spring blossom honey is in, 340g jars £7. order through the co-op form as "
                + "usual");
        Post eggs = say(1, "09:00", fcProducers, bettina, "eggs: 6 for £3, 12 for £5.50, duck eggs back next week");
        Post shifts = say(2, "10:00", fcVolunteers, agnes, "Packing day shifts for Saturday: 3 slots on the 8am, 2 on "
                + "the 10am. put your name in: https://sheets.example/riverside-packing");
        re(2, "10:30", yara, shifts, "took an 8am");
        Post bags = say(3, "08:00", fcGeneral, yara, "first pickup for me on Saturday, do I bring my own bags?");
        re(3, "08:30", agnes, bags, "yes please, and an egg box if you have one");
        re(3, "08:45", yara, bags, "noted");
        re(3, "10:00", leon, eggs, "the eggs I bought from you last week were the best I've had. do you deliver to "
                + "Eastfield or is it pickup only?");
        re(4, "08:00", bettina, eggs, "thank you Leon! pickup only for now, but I'm at the Eastfield market on "
                + "Sundays");
        Post mane = say(4, "18:00", fcRecipes, sinead, "what do I do with lion's mane? it looks like a pom-pom");
        re(4, "19:00", rafael, mane, "tear it into strips, dry-fry till golden, then butter and garlic. tastes like "
                + "crab");
        re(5, "20:00", sinead, mane, "made it, it DOES taste like crab");
        Post left = say(5, "09:00", fcVolunteers, agnes, "2 slots left on the 8am, same sheet: "
                + "https://sheets.example/riverside-packing");
        re(5, "09:30", leon, left, "got the 10am");
        // W20.
        say(8, "08:00", fcGeneral, rafael, "mushroom grow kits back in stock, £15, great gifts: "
                + "https://cruzfungi.example/order");
        Post kings = say(8, "08:20", fcRecipes, rafael, "need something for dinner? king oysters this week, £5, order "
                + "here: https://cruzfungi.example/order");
        say(8, "08:40", fcProducers, rafael, "This week: oysters £4, king oysters £5, grow kits £15. Order by "
                + "Thursday: https://cruzfungi.example/order");
        re(8, "12:00", yara, kings, "do they need a special pan?");
        re(8, "12:30", rafael, kings, "nope, any pan, just high heat");
        say(9, "09:00", fcVolunteers, agnes, "Saturday: 1 slot left on the 10am, sheet: "
                + "https://sheets.example/riverside-packing");
        Post kohlrabi = say(10, "17:00", fcRecipes, yara, "kohlrabi in the box again, ideas that aren't coleslaw?");
        re(10, "19:00", leon, kohlrabi, "roast it in wedges with chilli flakes, honestly the best way");
        re(11, "18:00", yara, kohlrabi, "chilli kohlrabi is my new thing");
        Post honey = say(12, "08:00", fcProducers, piet, "honey this week: spring blossom £7, heather coming in June");
        Post spinach = say(11, "12:00", fcGeneral, sinead, "anyone else's box missing the spinach this week?");
        re(11, "12:30", leon, spinach, "mine too, Agnes said it's coming Saturday");
        re(11, "13:00", agnes, spinach, "yes, the grower's field flooded, double portion next week");
        // W21.
        re(15, "09:00", sinead, honey, "@Piet de Vries I told my whole book group about your honey, three of them "
                + "joined the co-op for it 😄 will you have comb honey at Saturday's pickup?");
        say(16, "08:00", fcProducers, piet, "This week: spring blossom £7, a few creamed jars £7.50. order through the "
                + "form");
        Post lime = say(17, "10:00", fcGeneral, piet, "the bees are all over the lime trees this week, fingers crossed "
                + "for a good summer");
        re(17, "10:30", agnes, lime, "lime honey would be a dream");
        say(18, "08:00", fcProducers, rafael, "oysters only this week, £4: https://cruzfungi.example/order");
        say(18, "09:00", fcProducers, bettina, "duck eggs are back, £4 for 6");
        say(19, "12:00", fcGeneral, leon, "co-op AGM on 14 June, everyone welcome, agenda to follow");
        Post wedges = say(20, "18:00", fcRecipes, sinead, "made Leon's kohlrabi wedges and the kids ate them 😮");
        re(20, "18:20", yara, wedges, "told you, new thing");
    }

    static Map<String, String> files() {
        return new HeldOutScenes51Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 51");
    }
}
