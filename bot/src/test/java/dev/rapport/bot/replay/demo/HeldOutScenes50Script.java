package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 50 (sealed): eight communities (a bike shop's own server with its mechanics and a service-booking
 * room, wedding planners who refer vendors to each other, amateur radio operators where nobody sells, nail
 * technicians with a product group buy, freelance data analysts with a jobs board, surfers with a local board shaper
 * among them, genealogists where nobody sells, tiny-house builders with one member who sells plans), over three ISO
 * weeks (2027-W15 to W17), written and labelled by writer50 (session 34) before any coach ran on them. The labels are
 * in {@code bot/src/test/resources/eval/held-out-scenes-50.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes50Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 4, 12);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2027, 5, 3, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-50";

    // --- A. a bike shop's own server ---
    private final String spoke = cast.guild(771);
    private final Role staff = cast.role("Staff", "#e67e22", 2);
    private final Channel bsNews = cast.channel(spoke, "Cogwheel Cycles", "announcements",
            "news, opening hours and offers from the Cogwheel workshop", "bs-announcements.json");
    private final Channel bsGeneral = cast.channel(spoke, "Cogwheel Cycles", "general",
            "chat about bikes, rides and anything else", "bs-general.json");
    private final Channel bsService = cast.channel(spoke, "Cogwheel Cycles", "service-booking",
            "book a service or ask the mechanics about repairs", "bs-service-booking.json");
    private final Channel bsRides = cast.channel(spoke, "Cogwheel Cycles", "group-rides",
            "the Sunday social ride and other outings", "bs-group-rides.json");
    private final Persona dario = cast.person("dario.cog", "Dario Feltrinelli", staff);
    private final Persona petra = cast.person("petra.wrench", "Petra Szabo", staff);
    private final Persona hugo = cast.person("hugo.rides", "Hugo Lindqvist");
    private final Persona lin = cast.person("lin.pedals", "Lin Caraway");
    private final Persona ayesha = cast.person("ayesha.b", "Ayesha Baptiste");
    private final Persona callum = cast.person("callum.r", "Callum Rennie");
    private final Persona bram = cast.person("bram.fits", "Bram Oosterhuis");

    // --- B. wedding planners who refer vendors ---
    private final String aisle = cast.guild(772);
    private final Channel wpIntro = cast.channel(aisle, "Aisle Circle", "introductions",
            "new to the circle? introduce yourself and your trade", "wp-introductions.json");
    private final Channel wpGeneral = cast.channel(aisle, "Aisle Circle", "general",
            "planners and vendors chatting about the season", "wp-general.json");
    private final Channel wpReferrals = cast.channel(aisle, "Aisle Circle", "vendor-referrals",
            "pass on vendors you trust; vendors, offer your services here", "wp-vendor-referrals.json");
    private final Channel wpWins = cast.channel(aisle, "Aisle Circle", "wins",
            "celebrate your own wins: booked dates, lovely reviews, finished weddings", "wp-wins.json");
    private final Persona odette = cast.person("odette.plans", "Odette Marchetti");
    private final Persona femi = cast.person("femi.blooms", "Femi Adeyemi");
    private final Persona carys = cast.person("carys.lens", "Carys Pryce");
    private final Persona rosalind = cast.person("rosalind.events", "Rosalind Achebe");
    private final Persona taavi = cast.person("taavi.decks", "Taavi Rebane");
    private final Persona priya = cast.person("priya.bakes", "Priya Venkat");
    private final Persona jonah = cast.person("jonah.feast", "Jonah Whitcombe");
    private final Channel dmJonah = cast.dm(jonah, "wp-dm-jonah.json");

    // --- C. amateur radio operators (nobody sells) ---
    private final String ridge = cast.guild(773);
    private final Channel hrGeneral = cast.channel(ridge, "Ridgeline Radio Club", "general",
            "club chat, QSOs, the odd pun", "hr-general.json");
    private final Channel hrAntenna = cast.channel(ridge, "Ridgeline Radio Club", "antenna-help",
            "antennas, feedlines, tuners, interference: ask here", "hr-antenna-help.json");
    private final Channel hrLogs = cast.channel(ridge, "Ridgeline Radio Club", "contest-logs",
            "post your own contest scores, one entry per contest", "hr-contest-logs.json");
    private final Channel hrNets = cast.channel(ridge, "Ridgeline Radio Club", "nets-and-events",
            "weekly nets, field day and club meets", "hr-nets-and-events.json");
    private final Persona gwilym = cast.person("gwilym.gw4", "Gwilym Prothero");
    private final Persona sunniva = cast.person("sunniva.la", "Sunniva Holm");
    private final Persona tobiah = cast.person("tobiah.k", "Tobiah Kessler");
    private final Persona marisol = cast.person("marisol.ea", "Marisol Ibarra");
    private final Persona eunji = cast.person("eunji.hl", "Eun-ji Park");
    private final Persona kasimir = cast.person("kasimir.new", "Kasimir Nowak");
    private final Persona annelise = cast.person("annelise.dl", "Annelise Vogt");

    // --- D. nail technicians with a group buy ---
    private final String polish = cast.guild(774);
    private final Channel ntGeneral = cast.channel(polish, "Polished Pros", "general",
            "nail techs chatting: clients, salons, life", "nt-general.json");
    private final Channel ntHelp = cast.channel(polish, "Polished Pros", "technique-help",
            "lifting, bubbling, e-file trouble: ask away", "nt-technique-help.json");
    private final Channel ntBuys = cast.channel(polish, "Polished Pros", "group-buys",
            "the collective's bulk orders of gel and tools; join in each order's thread", "nt-group-buys.json");
    private final Channel ntShowcase = cast.channel(polish, "Polished Pros", "showcase",
            "show your sets", "nt-showcase.json");
    private final Persona shanice = cast.person("shanice.nails", "Shanice Okoro");
    private final Persona lucia = cast.person("lucia.tips", "Lucia Ferraz");
    private final Persona minh = cast.person("minh.gel", "Minh Tran");
    private final Persona bettina = cast.person("bettina.k", "Bettina Kowalczyk");
    private final Persona joelle = cast.person("joelle.files", "Joelle Armand");
    private final Persona radka = cast.person("radka.academy", "Radka Novotna");
    private final Persona imogen = cast.person("imogen.p", "Imogen Pell");
    private final Channel dmRadka = cast.dm(radka, "nt-dm-radka.json");

    // --- E. freelance data analysts with a jobs board ---
    private final String query = cast.guild(775);
    private final Channel daIntro = cast.channel(query, "Query Collective", "introductions",
            "introduce yourself: what you analyse and where", "da-introductions.json");
    private final Channel daGeneral = cast.channel(query, "Query Collective", "general",
            "freelance life, clients, tools", "da-general.json");
    private final Channel daHelp = cast.channel(query, "Query Collective", "sql-and-python-help",
            "stuck on a query or a notebook? paste it here", "da-sql-and-python-help.json");
    private final Channel daJobs = cast.channel(query, "Query Collective", "jobs-board",
            "post jobs, and offer your services here", "da-jobs-board.json");
    private final Persona wanjiru = cast.person("wanjiru.data", "Wanjiru Kamau");
    private final Persona anselm = cast.person("anselm.bi", "Anselm Brecht");
    private final Persona pilar = cast.person("pilar.stats", "Pilar Ocampo");
    private final Persona declan = cast.person("declan.py", "Declan Moriarty");
    private final Persona yusra = cast.person("yusra.viz", "Yusra Haddou");
    private final Persona mattias = cast.person("mattias.etl", "Mattias Lund");
    private final Persona corentin = cast.person("corentin.ops", "Corentin Dubois");

    // --- F. surfers with a board shaper ---
    private final String tide = cast.guild(776);
    private final Channel sfGeneral = cast.channel(tide, "Tidewater Surf Crew", "general",
            "the crew's chat", "sf-general.json");
    private final Channel sfReports = cast.channel(tide, "Tidewater Surf Crew", "surf-reports",
            "today's conditions at the point: swell, wind, tide, buoy link", "sf-surf-reports.json");
    private final Channel sfBoards = cast.channel(tide, "Tidewater Surf Crew", "board-talk",
            "shapes, fins, dings and repairs", "sf-board-talk.json");
    private final Channel sfSale = cast.channel(tide, "Tidewater Surf Crew", "for-sale",
            "buy, sell, swap: boards, wetsuits, racks", "sf-for-sale.json");
    private final Persona keoni = cast.person("keoni.shapes", "Keoni Makana");
    private final Persona ines = cast.person("ines.waves", "Ines Carvalho");
    private final Persona barnaby = cast.person("barnaby.q", "Barnaby Quill");
    private final Persona ruairi = cast.person("ruairi.point", "Ruairi Doyle");
    private final Persona solene = cast.person("solene.gl", "Solène Garnier");
    private final Persona tamar = cast.person("tamar.s", "Tamar Shapiro");
    private final Persona wendell = cast.person("wendell.j", "Wendell Jarvis");

    // --- G. genealogists (nobody sells) ---
    private final String roots = cast.guild(777);
    private final Channel gnIntro = cast.channel(roots, "Roots & Records", "introductions",
            "say hello and tell us which families you are chasing", "gn-introductions.json");
    private final Channel gnGeneral = cast.channel(roots, "Roots & Records", "general",
            "family history chat", "gn-general.json");
    private final Channel gnWalls = cast.channel(roots, "Roots & Records", "brick-walls",
            "stuck on an ancestor? ask for help here", "gn-brick-walls.json");
    private final Channel gnFinds = cast.channel(roots, "Roots & Records", "finds",
            "share your own finds from the archives", "gn-finds.json");
    private final Persona agathe = cast.person("agathe.r", "Agathe Roussel");
    private final Persona leopold = cast.person("leopold.h", "Leopold Hartmann");
    private final Persona niamh = cast.person("niamh.oc", "Niamh O'Connell");
    private final Persona esperanza = cast.person("esperanza.v", "Esperanza Villalobos");
    private final Persona bartholomew = cast.person("bart.archives", "Bartholomew Crane");
    private final Persona ingrid = cast.person("ingrid.s", "Ingrid Solberg");
    private final Persona rhodri = cast.person("rhodri.ap", "Rhodri Pugh");
    private final Channel dmEsperanza = cast.dm(esperanza, "gn-dm-esperanza.json");

    // --- H. tiny-house builders ---
    private final String small = cast.guild(778);
    private final Channel thIntro = cast.channel(small, "Small Footprint Builders", "introductions",
            "introduce yourself and your build", "th-introductions.json");
    private final Channel thGeneral = cast.channel(small, "Small Footprint Builders", "general",
            "tiny-house chat", "th-general.json");
    private final Channel thLogs = cast.channel(small, "Small Footprint Builders", "build-logs",
            "keep a log of your build, one post per update", "th-build-logs.json");
    private final Channel thPlans = cast.channel(small, "Small Footprint Builders", "plans-and-materials",
            "trailers, framing, insulation, windows: questions and answers", "th-plans-and-materials.json");
    private final Persona fenwick = cast.person("fenwick.plans", "Fenwick Hale");
    private final Persona oksana = cast.person("oksana.builds", "Oksana Melnyk");
    private final Persona delphine = cast.person("delphine.t", "Delphine Tessier");
    private final Persona marek = cast.person("marek.z", "Marek Zielinski");
    private final Persona zuri = cast.person("zuri.nest", "Zuri Mwangi");
    private final Persona cosmo = cast.person("cosmo.b", "Cosmo Bellweather");
    private final Persona henrike = cast.person("henrike.f", "Henrike Falk");

    private HeldOutScenes50Script() {
        super(new SceneIds(38000), FIRST_MONDAY, 21);
        bikeShop();
        weddings();
        radio();
        nails();
        analysts();
        surf();
        genealogy();
        tinyHouses();
    }

    private void bikeShop() {
        // W15.
        Post spring = say(1, "08:30", bsNews, dario, "Spring service week is on: full tune-up £65 instead of £80 "
                + "until the 25th, book a slot here: cogwheel.example/book");
        spring.react("👍", hugo, ayesha, callum);
        say(1, "08:40", bsService, dario, "Slots for the spring tune-up are open, cogwheel.example/book, or just "
                + "ask here and Petra or I will sort you out");
        Post knees = say(2, "19:10", bsGeneral, lin, "my knees ache after about 40km, any ideas? new bike since "
                + "February");
        re(2, "19:25", bram, knees, "could be your saddle height. I do professional bike fits, £60 a "
                + "session, DM me to book");
        re(2, "21:40", dario, knees, "Lin, bring it in and we'll check saddle height and cleat angle for free, "
                + "usually it's a 5 minute fix");
        re(2, "21:55", lin, knees, "oh brilliant, Thursday after work ok?");
        re(3, "08:15", dario, knees, "Thursday's fine, anytime before 6");
        Post ride = say(3, "12:00", bsRides, hugo, "Sunday social ride, 9am from the shop, 50km with a cafe stop. "
                + "Add your name so we know how many to wait for: forms.example/cogwheel-sunday");
        ride.react("🙌", lin, callum, ayesha);
        say(4, "18:30", bsGeneral, lin, "saddle down 8mm and the knees are happy. thank you @Dario Feltrinelli!");
        say(5, "10:00", bsService, petra, "Heads up, I'm off to the trade fair in Padua from Monday, back on "
                + "Thursday the 22nd. Dario's holding the fort");
        say(6, "17:00", bsRides, hugo, "Tomorrow's ride: 11 names on the sheet, still room, "
                + "forms.example/cogwheel-sunday. Rain jackets, the forecast is moody");
        Post rideReport = say(7, "14:30", bsRides, callum, "great ride! the climb after the cafe nearly killed me "
                + "lol");
        re(7, "14:45", hugo, rideReport, "you were flying, don't lie");
        // W16.
        Post hub = say(8, "09:10", bsService, ayesha, "@Petra Szabo you trued my rear wheel in March, now the hub "
                + "clicks on every pedal stroke. could you take a look? what would it cost?");
        re(8, "11:30", dario, hub, "Petra's away till Thursday, I'll take it: sounds like the freehub wants a "
                + "clean and regrease, £20. Drop it in tomorrow morning?");
        re(8, "11:45", ayesha, hub, "perfect, will do");
        say(9, "08:00", bsNews, dario, "Reminder: spring tune-up price ends Sunday the 25th. cogwheel.example/book");
        Post chain = say(10, "10:00", bsService, callum, "@Dario Feltrinelli you fitted my new chain two weeks "
                + "ago and it's skipping under load on the small cogs. can I bring it in Saturday?");
        say(11, "09:30", bsService, petra, "back from Padua! @Ayesha Baptiste your hub's done, quiet as a mouse, "
                + "ready whenever");
        say(11, "09:50", bsService, ayesha, "amazing, picking it up at lunch");
        Post tubeless = say(11, "16:00", bsGeneral, hugo, "anyone running tubeless on the gravel bike? worth the "
                + "faff?");
        re(11, "16:20", lin, tubeless, "worth it, I haven't had a flat since October");
        re(11, "16:30", hugo, tubeless, "ok you've convinced me");
        say(12, "08:30", bsNews, dario, "New in: the Cogwheel winter light sets, £34 with fitting, in the shop "
                + "from today. cogwheel.example/lights");
        say(13, "17:30", bsRides, hugo, "Sunday ride is on again, sheet's here: forms.example/cogwheel-sunday");
        // W17.
        say(15, "12:00", bsGeneral, callum, "sorted the chain myself in the end, the new cassette was fine, b-screw "
                + "was way off");
        Post bscrew = say(15, "12:20", bsGeneral, lin, "b-screw?!");
        re(15, "12:40", callum, bscrew, "the little screw that sets how close the jockey wheel sits to the "
                + "cogs. half a turn did it");
        say(16, "09:00", bsNews, petra, "Workshop closed Saturday morning for stock count, open 1pm to 5pm");
        Post gears = say(17, "18:00", bsGeneral, ayesha, "what's the wildest bike you've seen come through the "
                + "workshop @Petra Szabo?");
        re(17, "18:30", petra, gears, "a tandem with a sidecar for a dog. 10/10 would fix again");
        gears.react("😂", lin, hugo, callum);
        say(18, "10:00", bsService, lin, "could I book a tune-up for next Tuesday? the gears are a bit crunchy");
        say(18, "10:30", bsService, petra, "Tuesday 9am is yours Lin, see you then");
        Post ridge = say(19, "17:00", bsRides, hugo, "Sunday's route goes over the ridge this time, flat option "
                + "for anyone who wants it");
        re(19, "17:30", ayesha, ridge, "flat option for me please, my legs are still recovering from the last one");
        re(19, "17:45", hugo, ridge, "noted 😄");
        Post heron = say(20, "09:00", bsGeneral, callum, "spotted a heron on the canal path this morning, nearly "
                + "rode into the water watching it");
        re(20, "09:30", lin, heron, "classic");
    }

    private void weddings() {
        // W15.
        Post hello = say(1, "10:00", wpIntro, jonah, "Hi all! Jonah, I run a small catering kitchen in Bristol, "
                + "sharing plates and grazing tables for weddings. menus here: feastandfig.example");
        re(1, "10:40", rosalind, hello, "welcome Jonah! lots of Bristol couples in here, you'll fit right in");
        re(1, "11:00", jonah, hello, "thanks Rosalind!");
        say(1, "16:00", dmJonah, jonah, "Hi Rosalind, great to meet you! Our wedding tasting menus start at £45 a "
                + "head, and I'd love to be on your list. Grab a 15 min call here: feastandfig.example/call");
        say(2, "09:00", dmJonah, rosalind, "thanks Jonah, my vendor list is full for this year but I'll keep you "
                + "in mind");
        Post june = say(2, "12:00", wpGeneral, odette, "@Femi Adeyemi do you have the 19th of June free? couple in "
                + "Bath want a meadow look. you did my sister's wedding and I've already sent two couples your way, "
                + "they all rave");
        re(2, "13:10", femi, june, "I do! send them over, and thank you for the referrals, truly");
        Post slots = say(3, "09:30", wpReferrals, carys, "Two Saturdays left in September (4th and 18th), full "
                + "day coverage £1400. DM me if a couple of yours needs a photographer");
        slots.react("👍", odette);
        Post dj = say(3, "15:00", wpReferrals, odette, "Can anyone recommend a DJ who's good with mixed-age "
                + "crowds? Grandparents to toddlers");
        re(3, "15:30", taavi, dj, "that's my favourite kind of crowd. I play a lot of those, happy to chat about "
                + "your couple's date");
        re(3, "16:00", odette, dj, "lovely, sending you the details");
        say(4, "11:00", wpGeneral, priya, "anyone else's buttercream sweating in the marquee heat last weekend? "
                + "it was only 22 degrees");
        Post sweat = say(4, "11:40", wpGeneral, femi, "the marquee traps it, priya. we ask for the cake table "
                + "away from the sunny side now");
        re(4, "12:10", priya, sweat, "genius, adding that to my checklist");
        say(5, "18:00", wpWins, carys, "Got a five-star review from last Saturday's couple and I'm floating");
        // W16.
        Post album = say(8, "10:00", wpGeneral, rosalind, "@Carys Pryce you shot the Lyme Regis wedding for my "
                + "couple last May, they now want a printed album. what would that cost?");
        re(8, "13:20", carys, album, "so lovely of them! £320 for a 30-page linen album, I'll email them the "
                + "proofs");
        Post mix1 = say(9, "20:00", wpGeneral, taavi, "my new spring wedding set is up, 90 minutes of "
                + "first-dance-to-last-orders: mixes.example/taavi/spring-set");
        say(9, "20:20", wpWins, taavi, "new mix is up!! my spring set: mixes.example/taavi/spring-set");
        say(9, "20:40", wpReferrals, taavi, "planners, my spring set for your couples' playlists: "
                + "mixes.example/taavi/spring-set");
        mix1.react("🔥", priya);
        Post floral = say(10, "14:00", wpReferrals, rosalind, "Looking for a florist near Cheltenham for a July "
                + "wedding, small budget. anyone?");
        re(10, "14:30", femi, floral, "I'm a bit far, but Maud at Wild Stems in Cheltenham is brilliant and "
                + "reasonable: wildstems.example");
        re(10, "15:00", rosalind, floral, "thanks Femi, calling her now");
        say(11, "09:00", wpWins, priya, "booked my first three-tier wedding cake of the season 🎂");
        say(11, "10:00", wpGeneral, odette, "who's going to the Harrogate wedding fair? I could do with company "
                + "in the queue for coffee");
        say(11, "10:30", wpGeneral, carys, "me! saturday morning");
        // W17.
        Post timeline = say(16, "09:00", wpGeneral, jonah, "question for the planners: how early do you like the "
                + "caterer on site for a 2pm ceremony?");
        re(16, "09:40", odette, timeline, "for sharing plates I'd say 10am, earlier if the venue has no kitchen");
        re(16, "10:00", jonah, timeline, "super helpful, thank you");
        say(17, "15:00", wpReferrals, femi, "I've a cancellation on 7 August if anyone's couple needs flowers, "
                + "happy to quote");
        Post cake = say(18, "12:00", wpGeneral, priya, "does anyone know a caterer who'll do a vegan grazing "
                + "table for 80? my couple's asking me lol");
        re(18, "12:30", jonah, cake, "we do exactly that! sending you our vegan menu now");
        re(18, "12:45", priya, cake, "you're a star");
        say(19, "19:00", wpWins, odette, "finished a four-day Indian wedding and I need a week of sleep");
        Post rain = say(20, "10:00", wpGeneral, rosalind, "forecast says rain for my Saturday couple, plan B "
                + "marquee is booked. fingers crossed");
        re(20, "10:30", femi, rain, "rain on a wedding day is lucky, or so I tell every bride");
        re(20, "10:40", carys, rain, "moody skies make the best portraits honestly");
        re(20, "11:00", rosalind, rain, "you two are the best");
    }

    private void radio() {
        // W15.
        say(1, "19:00", hrNets, annelise, "Field day is Saturday the 24th on Beacon Hill. Put your name on the "
                + "sheet so we know how many masts and how much tea: forms.example/ridgeline-fieldday");
        Post hello = say(1, "20:00", hrGeneral, kasimir, "hi all, just passed my foundation licence! no idea what "
                + "I'm doing yet");
        re(1, "20:10", gwilym, hello, "congratulations! ask anything in antenna-help, no question is too daft");
        hello.react("🎉", sunniva, tobiah, eunji);
        say(2, "21:00", hrLogs, sunniva, "Spring sprint: 212 QSOs, 41 multipliers, 17,384 points");
        say(3, "09:00", hrGeneral, marisol, "I'm off to the hamfest in Friedrichshafen, back on Monday the 19th. "
                + "73 all");
        Post dipole = say(4, "18:00", hrAntenna, tobiah, "@Marisol Ibarra did the 40m dipole fit in your loft in "
                + "the end? what length did you cut it to?");
        Post swr = say(5, "19:30", hrAntenna, eunji, "my SWR on 20m jumps to 3:1 when it rains. coax or the "
                + "balun?");
        re(5, "20:00", gwilym, swr, "nine times out of ten it's water in the PL-259. self-amalgamating tape over "
                + "the connector");
        re(5, "20:15", eunji, swr, "tape's on, I'll check after the next shower");
        say(6, "10:00", hrLogs, sunniva, "Club 80m evening: 58 QSOs, 3,910 points. the static was brutal");
        // W16.
        Post q1 = say(8, "19:00", hrAntenna, kasimir, "@Gwilym Prothero which end-fed would you start with for "
                + "a small garden?");
        re(8, "19:30", gwilym, q1, "a 20m half-wave end-fed, 10m of wire and a 49:1 unun. cheap and forgiving");
        re(8, "19:40", kasimir, q1, "thanks!");
        say(9, "09:00", hrAntenna, marisol, "Morning! Tobiah: it fitted with the ends folded back, 20.1m total "
                + "and a bit of trimming on the tuner");
        re(9, "09:20", tobiah, dipole, "folding the ends, never thought of that. thank you");
        Post q2 = say(10, "20:00", hrAntenna, kasimir, "@Gwilym Prothero the unun gets warm on 40m, is that bad?");
        re(10, "20:20", gwilym, q2, "a bit warm is fine at 50W, hot means it's working too hard. add a "
                + "counterpoise of 2m");
        re(10, "20:30", kasimir, q2, "thanks Gwilym");
        say(11, "19:00", hrNets, annelise, "Field day sheet has 14 names, we need two more people with tents "
                + "for the overnight: forms.example/ridgeline-fieldday");
        Post q3 = say(12, "18:45", hrGeneral, kasimir, "@Gwilym Prothero how do you log a contact properly? "
                + "what goes in the report column?");
        re(12, "19:05", gwilym, q3, "the RST you gave them, 59 for a strong clear voice. the log software "
                + "fills the rest");
        re(12, "19:10", kasimir, q3, "cheers");
        Post pun = say(12, "21:00", hrGeneral, tobiah, "my wife says I spend too much on radio. I told her it's "
                + "all about frequency");
        pun.react("😂", sunniva, gwilym, eunji, annelise);
        say(13, "10:00", hrNets, annelise, "Das Treffen am Mittwoch fällt aus, wir sehen uns auf dem Netz um "
                + "20 Uhr! (Wednesday's meet is off, see you on the net at 8pm)");
        // W17.
        say(15, "19:00", hrLogs, sunniva, "Ridgeline spring cup: 97 QSOs, 22 multipliers");
        Post eun = say(16, "18:00", hrAntenna, eunji, "@Gwilym Prothero the tape fixed the rain SWR, thank you! "
                + "would you check my feedline plan for the field day mast before I order the coax?");
        say(18, "20:00", hrGeneral, gwilym, "@Tobiah Kessler that pun is still making me groan, well done");
        say(18, "20:10", hrGeneral, tobiah, "I have a whole band of them");
        Post loft = say(19, "19:00", hrAntenna, kasimir, "my first QSO! Gdansk on 20m with the end-fed");
        loft.react("🎉", gwilym, marisol, sunniva);
        re(19, "19:20", marisol, loft, "fantastic, who knew a garden wire could reach that far?");
        say(20, "09:00", hrNets, annelise, "Field day: last call, the sheet closes Thursday, "
                + "forms.example/ridgeline-fieldday");
        eun.react("👀", tobiah);
        Post qsl = say(20, "19:00", hrGeneral, sunniva, "my QSL cards came back from the printer upside down. "
                + "every single one");
        re(20, "19:15", tobiah, qsl, "collector's edition!");
        re(20, "19:30", eunji, qsl, "send me one, I'll hang it the right way up");
        re(20, "19:40", sunniva, qsl, "deal 😂");
        say(21, "10:00", hrNets, annelise, "Sunday net starts at 8pm on the club repeater as usual");
    }

    private void nails() {
        // W15.
        Post buy = say(1, "09:00", ntBuys, shanice, "April group order is open: builder gel at trade price, 10 "
                + "spots, put your name and colours on the sheet: sheets.example/polished-april");
        buy.react("✨", lucia, minh, bettina, joelle);
        Post lift = say(1, "14:00", ntHelp, minh, "my gel keeps lifting at the cuticle on day 5, tried dehydrator "
                + "and a thinner base. any ideas?");
        say(1, "18:30", ntHelp, joelle, "prep the cuticle area with the e-file at low speed, most lifting I see "
                + "is invisible cuticle left on the plate");
        re(1, "18:50", minh, lift, "ohh I've been pushing back but not removing it. trying tomorrow, thanks");
        Post set = say(1, "15:00", ntShowcase, lucia, "chrome french on almond for a bride today");
        set.react("😍", minh, shanice, radka, imogen);
        Post radkaQ = re(1, "15:30", radka, set, "so clean!! what top coat for the chrome?");
        re(1, "15:45", lucia, radkaQ, "no-wipe top, two thin layers, cured 60 secs each");
        re(1, "16:00", radka, set, "thank you, trying it this week");
        say(3, "11:00", ntBuys, shanice, "6 spots left on the April order, sheet here: "
                + "sheets.example/polished-april");
        Post efile = say(4, "10:00", ntGeneral, bettina, "can anyone recommend a good e-file under £200? mine "
                + "died mid-client");
        re(4, "10:30", joelle, efile, "I sell the Kestrel 35k, £149 with two bits and a year's guarantee, it's "
                + "quiet and doesn't heat up: joellefiles.example/kestrel");
        re(4, "11:00", bettina, efile, "that's in budget, ordering");
        say(5, "20:00", ntGeneral, imogen, "first week renting my own chair!! terrified and happy");
        // W16.
        Post minhSet = say(8, "15:00", ntShowcase, minh, "no lifting after 10 days 🙌 thanks to the prep tip");
        re(8, "15:10", joelle, minhSet, "look at that cuticle line!");
        Post lucia2 = say(9, "12:00", ntShowcase, lucia, "aura nails with a tiny bit of foil");
        re(9, "17:00", radka, lucia2, "gorgeous! my online course teaches aura technique step by step, 30% off "
                + "this week: radkaacademy.example/aura");
        say(10, "09:00", ntGeneral, radka, "my aura course is 30% off until Sunday, "
                + "radkaacademy.example/aura");
        say(10, "15:00", dmRadka, radka, "Hi Imogen, saw you just started on your own. My full gel course is "
                + "$79 this week, want me to save you a place?");
        say(10, "15:30", ntBuys, shanice, "2 spots left on April's order! sheets.example/polished-april");
        Post bubble = say(11, "13:00", ntHelp, imogen, "tiny bubbles in my builder gel on every client, help");
        re(11, "13:20", lucia, bubble, "don't shake the pot, roll it between your palms. and wipe the brush "
                + "flat, not in circles");
        re(11, "13:30", imogen, bubble, "I've been shaking it like a cocktail 🙈 thanks Lucia");
        say(12, "19:00", ntGeneral, bettina, "e-file arrived, it's so quiet my client fell asleep");
        // W17.
        say(15, "09:00", ntBuys, shanice, "April order is placed! boxes arrive Thursday, I'll post tracking in the "
                + "thread");
        Post late = say(15, "10:00", ntBuys, imogen, "oh no I missed it, will there be a May one?");
        re(15, "10:20", shanice, late, "yes, opens on the 3rd, I'll ping you");
        Post ombre = say(16, "17:00", ntShowcase, imogen, "my first ombre that I'm not ashamed of");
        ombre.react("👏", lucia, minh, shanice);
        re(16, "17:30", minh, ombre, "the blend is lovely, babyboomer goals");
        say(17, "11:00", ntGeneral, minh, "client asked for 3cm coffins for her wedding... in a kitchen job?! "
                + "I said I'll do 2cm lol");
        say(18, "14:00", ntGeneral, lucia, "my kid told me I smell like monomer. rude but fair");
        Post noShow = say(19, "12:00", ntGeneral, bettina, "client cancelled 10 minutes before, third time this "
                + "month. do you all charge a no-show fee?");
        re(19, "12:30", shanice, noShow, "50% of the service for under 24h notice, it's in my booking terms and "
                + "nobody argues");
        re(19, "12:45", joelle, noShow, "same, and a card on file for repeat offenders");
        re(19, "13:00", bettina, noShow, "right, writing it into my terms tonight");
        say(20, "18:00", ntShowcase, shanice, "spring florals on short squoval").react("😍", lucia, imogen);
    }

    private void analysts() {
        // W15.
        say(1, "09:00", daIntro, yusra, "Hi! Yusra, freelance viz designer in Lyon, dashboards that people actually "
                + "read. portfolio: yusraviz.example");
        Post welcome = say(1, "09:30", daIntro, wanjiru, "welcome @Yusra Haddou! the help room is lively, jump in");
        re(1, "09:40", yusra, welcome, "thank you!");
        Post job = say(2, "10:00", daJobs, corentin, "Looking for a freelancer to build a Power BI dashboard for our "
                + "warehouse KPIs, about 2 weeks, budget €1500. reply here or DM");
        re(2, "11:00", anselm, job, "I've built four warehouse dashboards this year, €1500 works for two weeks. "
                + "sending you examples by DM");
        re(2, "11:30", corentin, job, "great, check your inbox tomorrow");
        Post bug = say(3, "14:00", daHelp, wanjiru, "merge in pandas silently drops rows when the key has trailing "
                + "spaces?! lost an hour to this");
        re(3, "14:20", declan, bug, "strip before you merge, df['key'] = df['key'].str.strip(). bit me last month "
                + "too");
        Post ver = re(3, "14:40", wanjiru, bug, "@Declan Moriarty which pandas version did you hit it on?");
        say(4, "09:10", daHelp, declan, "2.1.4, and pinning to 2.1.3 didn't change it, so it's just how merge "
                + "treats strings");
        re(4, "09:30", wanjiru, ver, "good to know, thanks");
        say(5, "16:00", daJobs, anselm, "Taking two new clients from May: dashboards, ETL clean-ups, reporting "
                + "automation. DM me for rates");
        // W16.
        Post retainer = say(8, "10:00", daGeneral, pilar, "landed my first retainer client today!! monthly "
                + "reporting for a chain of bakeries");
        retainer.react("🎉", wanjiru, declan, yusra);
        re(8, "10:20", mattias, retainer, "Nice. I have had three retainers since January and my rate is now "
                + "double what I charged last year. I think my niche is what did it, I only take ETL work and I "
                + "never do dashboards anymore.");
        Post tool = say(9, "11:00", daGeneral, declan, "finally moved my whole workflow to DuckDB and it's "
                + "ridiculous how fast it is");
        re(9, "11:30", mattias, tool, "I moved to DuckDB last year. My pipelines run in a quarter of the time and "
                + "my clients noticed. I wrote my own little wrapper for it and I use it on every project I take.");
        Post holiday = say(10, "15:00", daGeneral, yusra, "taking my first real holiday as a freelancer next "
                + "month, a week with no laptop");
        re(10, "15:20", mattias, holiday, "I haven't taken a week off in two years. My clients depend on me and I "
                + "like it that way, my best months are the ones I work through.");
        Post mattiasNews = say(11, "09:00", daGeneral, mattias, "I just signed my biggest contract so far. My "
                + "plan is to hire my first subcontractor by summer, I am done doing all my own QA.");
        mattiasNews.react("👏", pilar);
        Post sqlq = say(11, "14:00", daHelp, pilar, "window function question: how do I get a running total that "
                + "resets every month?");
        re(11, "14:30", wanjiru, sqlq, "SUM(amount) OVER (PARTITION BY date_trunc('month', day) ORDER BY day)");
        re(11, "14:40", pilar, sqlq, "oh that's neat, thank you");
        say(12, "10:00", daGeneral, pilar, "how do you all find new clients? I need more direct clients, "
                + "agencies take a big cut");
        say(12, "10:40", daGeneral, wanjiru, "Pilar: mostly old colleagues who moved companies. keep in touch "
                + "with them");
        // W17.
        Post job2 = say(15, "09:00", daJobs, corentin, "Anselm's dashboard is live and the warehouse team love it. "
                + "next: we need someone for a one-off data cleaning job, 3 days, CSVs from an old ERP");
        re(15, "10:00", declan, job2, "I can do that next week, I've cleaned ERP exports before. €450 for the 3 "
                + "days?");
        re(15, "10:20", corentin, job2, "deal");
        Post tz = say(16, "13:00", daHelp, yusra, "timestamps from the client's API come in UTC and the sheet "
                + "is in Paris time, what's the cleanest fix in pandas?");
        re(16, "13:30", declan, tz, "tz_localize('UTC').tz_convert('Europe/Paris') and keep the UTC column too");
        re(16, "13:35", yusra, tz, "merci Declan!");
        say(17, "16:00", daGeneral, mattias, "anyone else get asked for a discount every single renewal? how do "
                + "you handle it?");
        say(17, "16:30", daGeneral, pilar, "I add a small yearly increase to the contract so the discount talk "
                + "starts from there");
        Post friday = say(18, "10:00", daGeneral, wanjiru, "Friday thread: what are you working on? I'm knee-deep in a survey "
                + "weighting job");
        re(18, "10:30", yusra, friday, "a map of bike lanes for the city council, lots of arguing about colours");
        re(18, "11:00", declan, friday, "the ERP clean-up for Corentin, 14 date formats in one column");
        re(18, "11:10", wanjiru, friday, "14?! respect");
        re(18, "12:00", anselm, friday, "a beach 🏖️ back on Monday");
    }

    private void surf() {
        // W15.
        say(1, "06:30", sfReports, ruairi, "3ft at 11s, light offshore, low tide at 8. buoy: "
                + "buoys.example/station/62107");
        say(1, "09:00", sfSale, keoni, "6'0 round-pin shortboard, hand-shaped, £520, photos and spec: "
                + "keonishapes.example/boards/6-0-rp");
        say(2, "06:40", sfReports, ruairi, "2ft and messy, onshore by 9. buoy: buoys.example/station/62107");
        Post combi = say(2, "18:00", sfGeneral, solene, "quelqu'un a une combi 4/3 taille S à vendre ? (anyone "
                + "got a 4/3 wetsuit in small for sale?)");
        re(2, "18:40", wendell, combi, "my sister's old one might fit, I'll bring it Saturday for you to try");
        re(2, "19:00", solene, combi, "merci!!");
        say(3, "07:00", sfReports, ruairi, "4ft at 13s, clean, the point is firing. buoy: "
                + "buoys.example/station/62107");
        say(3, "12:00", sfGeneral, tamar, "off to Portugal for ten days, back on the 24th. save me some waves");
        Post fins = say(4, "17:00", sfBoards, ines, "twin or quad for a 5'8 fish in weak summer surf?");
        re(4, "17:45", keoni, fins, "twin, keel fins. you'll get more drive out of the small stuff, quads shine "
                + "when it's got some push");
        re(4, "18:00", ines, fins, "keels it is, cheers Keoni");
        say(5, "06:45", sfReports, ruairi, "3ft, glassy at dawn, wind due round 10. buoy: "
                + "buoys.example/station/62107");
        Post trip = say(6, "20:00", sfGeneral, barnaby, "Sunday dawny at the point? meet at the car park at "
                + "6");
        re(6, "20:30", wendell, trip, "in");
        re(6, "20:40", ines, trip, "in, bringing coffee");
        // W16.
        say(8, "06:30", sfReports, ruairi, "flat. go for a run. buoy: buoys.example/station/62107");
        Post box = say(9, "10:00", sfBoards, barnaby, "@Keoni Makana I bought the 6'4 fish off you in March and "
                + "the rear fin box has gone loose. can you fix it, and what would that cost?");
        say(10, "08:00", sfSale, keoni, "5'10 twin, swallow tail, resin tint, £560: "
                + "keonishapes.example/boards/5-10-twin");
        Post tamarQ = say(10, "12:00", sfGeneral, solene, "@Tamar Shapiro you're back on the 24th right? can I "
                + "borrow your board bag for the trip to Hossegor?");
        say(11, "06:40", sfReports, ruairi, "4ft at 12s, offshore till noon. buoy: buoys.example/station/62107");
        say(11, "07:00", sfReports, keoni, "shaping bay is full of foam dust and the swell's 4ft, I'm off out");
        Post wetsuit = say(12, "19:00", sfGeneral, solene, "the 4/3 from Wendell's sister fits perfectly, no "
                + "more shivering");
        re(12, "19:20", wendell, wetsuit, "told you 😄 she says keep it");
        // W17.
        say(15, "06:30", sfReports, ruairi, "2-3ft, cross-shore, meh. buoy: buoys.example/station/62107");
        Post fix = re(16, "09:00", barnaby, box, "any news on the fin box? the swell's coming back Saturday");
        re(16, "10:30", keoni, fix, "sorry Barnaby, missed this. bring it Wednesday, £40 to reset the box");
        re(16, "10:45", barnaby, fix, "thanks, Wednesday it is");
        Post back = say(17, "10:00", sfGeneral, tamar, "Back from Portugal! Solène: of course, take the bag, "
                + "I'll leave it at Ines's");
        re(17, "10:20", solene, back, "tu es un ange, thank you");
        Post ding = say(18, "16:00", sfBoards, wendell, "dinged my nose on the rocks, is sun-cure resin ok for a "
                + "small one?");
        re(18, "16:30", keoni, ding, "fine for a small ding, sand it back first and keep it out of the water for a "
                + "day");
        say(19, "18:00", sfGeneral, barnaby, "what a session this morning, the point was like a wave pool?!");
        say(20, "07:00", sfReports, ruairi, "5ft at 14s, offshore, biggest swell of the spring. buoy: "
                + "buoys.example/station/62107");
        say(20, "12:00", sfGeneral, ines, "that was the session of the year. arms like noodles");
        say(20, "12:30", sfGeneral, solene, "pareil, I could barely carry the board back up the path");
        say(20, "13:00", sfGeneral, barnaby, "fin box held up perfectly btw, cheers @Keoni Makana");
    }

    private void genealogy() {
        // W15.
        Post hi = say(1, "11:00", gnIntro, rhodri, "Hello! Rhodri from Aberystwyth, chasing the Pugh and Jenkins "
                + "lines back to the 1700s. I blog my finds at pughroots.example");
        re(1, "11:30", niamh, hi, "welcome Rhodri! @Agathe Roussel's guide to Welsh parish registers is the best "
                + "place to start: rootsrecords.example/guides/welsh-parishes");
        re(1, "11:50", rhodri, hi, "perfect, reading it tonight");
        say(2, "19:00", gnGeneral, leopold, "Volunteers needed for the 1921 census transcription project, sign up "
                + "here: transcribe.example/1921");
        say(2, "19:10", gnFinds, leopold, "Volunteers needed for the 1921 census transcription project, sign up "
                + "here: transcribe.example/1921");
        say(2, "19:20", gnWalls, leopold, "if you're stuck, transcribing is a great break. Volunteers needed for "
                + "the 1921 census project: transcribe.example/1921");
        Post wall = say(3, "10:00", gnWalls, esperanza, "My great-grandfather appears in 1891 and then vanishes. "
                + "No death, no emigration record. where do I even look?");
        re(3, "10:40", bartholomew, wall, "check the military records, a lot of men vanish into the army "
                + "before the 1901 census");
        re(3, "11:00", agathe, wall, "and the workhouse admissions, if the county's survive");
        re(3, "11:30", esperanza, wall, "two leads already, thank you both");
        say(4, "15:00", gnFinds, bartholomew, "found my 4x great-grandmother's signature on an 1832 marriage "
                + "bond. she signed, he made his mark");
        say(5, "15:00", gnFinds, ingrid, "Norwegian emigration protocol, 1868: the whole Solberg family, with "
                + "ages");
        // W16.
        say(8, "09:00", dmEsperanza, esperanza, "Hi Leopold, I signed up for the 1921 project. how many pages "
                + "do people usually do a week?");
        say(8, "12:00", dmEsperanza, leopold, "thank you! most do 10 or 20, there's no minimum");
        Post army = say(9, "20:00", gnWalls, esperanza, "Bartholomew was right, he's in the 1899 enlistment "
                + "register. Royal Garrison Artillery!");
        army.react("🎉", bartholomew, agathe, niamh);
        re(9, "20:30", bartholomew, army, "brilliant, the service record should give a next of kin too");
        say(10, "14:00", gnFinds, bartholomew, "baptism of twins in 1798, the vicar wrote 'a great surprise to "
                + "all' in the margin");
        say(11, "16:00", gnGeneral, ingrid, "off to the Oslo archives for a week, I'll report back");
        Post dna = say(12, "18:00", gnGeneral, rhodri, "does anyone trust DNA ethnicity estimates? mine says 4% "
                + "Iberian and nobody believes it");
        re(12, "18:30", agathe, dna, "the matches are useful, the percentages are a horoscope");
        re(12, "18:45", rhodri, dna, "ha, fair");
        say(13, "11:00", gnFinds, bartholomew, "the 1832 bride's father was a lock-keeper, found him in a canal "
                + "company ledger");
        // W17.
        say(15, "10:00", gnGeneral, bartholomew, "@Ingrid Solberg which archive had the Lutheran church books "
                + "you mentioned? I'd like to look for a Bergen line");
        Post mystery = say(16, "19:00", gnWalls, rhodri, "two Jenkins men with the same name, same village, born "
                + "a year apart. how do you tell them apart?");
        re(16, "19:40", niamh, mystery, "build both families forward from their marriages, the children's names "
                + "usually give it away");
        re(16, "20:00", rhodri, mystery, "ooh, the naming patterns. trying that");
        say(17, "09:00", gnGeneral, leopold, "1921 project update: the club has done 1,200 pages, thank you all");
        Post cardiff = say(18, "14:00", gnFinds, esperanza, "his service record! next of kin: a sister in Cardiff I never knew "
                + "about");
        re(18, "14:30", niamh, cardiff, "a whole new branch! the 1911 census for Cardiff is a good next stop");
        re(18, "15:00", esperanza, cardiff, "on it tonight");
        Post beer = say(19, "10:00", gnFinds, bartholomew, "the lock-keeper's wife ran a beer house on the towpath, says "
                + "the 1841 census");
        re(19, "10:30", agathe, beer, "a beer house on the towpath, I love her already");
        re(19, "11:00", bartholomew, beer, "she outlived two husbands and kept the licence both times");
        say(20, "11:00", gnGeneral, rhodri, "cracked the Jenkins pair: one named his first son Evan, the other "
                + "Dafydd. Niamh's trick worked");
        say(20, "11:30", gnGeneral, niamh, "love it when the children give the game away");
        say(21, "16:00", gnGeneral, agathe, "the county archive is shut on the bank holiday Monday, plan your "
                + "visits");
    }

    private void tinyHouses() {
        // W15.
        Post hi = say(1, "13:00", thIntro, marek, "hi, Marek. bought a 7m trailer on a whim and now I need to "
                + "build a house on it?! any pointers welcome");
        re(1, "13:40", delphine, hi, "welcome! weigh the trailer empty before you design anything, everything "
                + "follows from the payload");
        re(1, "14:00", marek, hi, "good call, doing it Saturday");
        say(2, "18:00", thLogs, henrike, "Week 12: roof sheathing on, first night sleeping inside with rain on "
                + "it");
        Post flash = say(3, "10:00", thPlans, cosmo, "@Delphine Tessier what sealant did you use around the window "
                + "flashing? cc @Oksana Melnyk since you did yours last year");
        re(3, "11:00", delphine, flash, "butyl tape under the flange and a hybrid polymer sealant on top, never "
                + "silicone");
        re(3, "11:15", cosmo, flash, "noted, thanks Delphine");
        Post sheet7 = say(4, "09:00", thPlans, zuri, "@Fenwick Hale I bought your 24ft plans in January and the "
                + "loft joist spacing on sheet 7 doesn't match sheet 9. which one is right?");
        re(4, "15:00", fenwick, sheet7, "sheet 9 is right, 16 inches on centre, sorry about that! I'll send an "
                + "updated sheet 7 to everyone who bought");
        re(4, "15:20", zuri, sheet7, "thank you!");
        say(5, "17:00", thLogs, oksana, "Update: composting toilet in, shower tray next");
        // W16.
        Post weight = say(8, "10:00", thPlans, marek, "trailer weighs 1,150kg empty and it's rated 3,500kg. how "
                + "do I keep the build under the rest?");
        re(8, "11:00", fenwick, weight, "steel frame is heavy, go timber with 2x3 studs, skip tile, and weigh "
                + "your windows before you buy, glazing adds up fast. my 20ft plans have the full weight "
                + "budget worked out, $89 with lifetime updates: fenwickplans.example/20ft");
        re(8, "11:30", delphine, weight, "and put the water tanks over the axles");
        re(8, "11:40", marek, weight, "thanks both");
        say(9, "09:00", thGeneral, fenwick, "my 20ft plans are on sale this week, $89 with lifetime updates: "
                + "fenwickplans.example/20ft");
        say(10, "18:00", thLogs, henrike, "Week 13: windows in, weighed them first like everyone said");
        Post insul = say(11, "20:00", thPlans, oksana, "sheep's wool or PIR for the walls in a cold climate?");
        re(11, "20:30", cosmo, insul, "wool for me, it copes with damp better. PIR if every mm counts");
        re(11, "20:45", oksana, insul, "every mm counts in mine 😅");
        Post loft = say(12, "12:00", thGeneral, zuri, "is a 1.1m loft too low to sleep in? be honest");
        re(12, "12:20", henrike, loft, "mine is 1.05 and I love it, just don't sit up fast");
        // W17.
        say(15, "17:00", thLogs, oksana, "Update: shower tray in, first hot shower in the tiny house 🚿");
        Post roof = say(16, "09:00", thPlans, zuri, "@Fenwick Hale did the updated sheet 7 go out? haven't seen "
                + "it");
        re(16, "13:00", fenwick, roof, "sent this morning, check your spam folder");
        re(16, "13:20", zuri, roof, "found it, cheers");
        say(17, "19:00", thGeneral, cosmo, "who's coming to the tiny-house open weekend in June? I'll share "
                + "lifts from Leeds");
        say(17, "19:30", thGeneral, delphine, "me, with the half-finished bathroom as a cautionary tale");
        say(17, "20:00", thGeneral, marek, "I'm in, if there's a seat from Leeds");
        say(17, "20:15", thGeneral, cosmo, "seat's yours Marek");
        Post floor = say(18, "10:00", thLogs, marek, "Week 1: floor frame on the trailer, 42kg under my estimate");
        re(18, "10:30", oksana, floor, "42kg under, that's the dream");
        re(18, "11:00", marek, floor, "ask me again after the roof goes on 😅");
        Post clad = say(19, "18:00", thLogs, henrike, "Week 14: cladding half done, the neighbours have stopped asking what "
                + "it is");
        re(19, "18:30", zuri, clad, "what's the cladding, larch?");
        re(19, "19:00", henrike, clad, "larch, left to silver");
    }

    static Map<String, String> files() {
        return new HeldOutScenes50Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 50");
    }
}
