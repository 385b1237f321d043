package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 69 (sealed): eight communities of vehicles, transport and the sea, of kinds no earlier round used
 * (taxi and private-hire drivers with a room where pubs and venues ask, motorbike and cargo-bike couriers where nobody
 * sells, a mobile tyre-fitting firm's own server with its Staff, coach tour operators with a room where group
 * organisers ask and a vehicles-for-sale room, sailmakers and canvas workers with a room where boat owners ask,
 * wooden boat builders with build logs and a swap room, car detailers with a deals room and a pro corner, HGV and
 * lorry drivers with parking reports and a training room), over three ISO weeks (2028-W39 to W41), written and
 * labelled by writer69 (session 40) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-69.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes69Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2028, 9, 25);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2028, 10, 16, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-69";
    private static final int BASE = 53200;

    // --- A. taxi and private-hire drivers ---
    private final String taxi = cast.guild(971);
    private final Channel txRank = cast.channel(taxi, "Rank & Meter", "rank-talk",
            "for cabbies and private-hire drivers talking shop: fares, plates, motors, moans", "tx-rank-talk.json");
    private final Channel txAsk = cast.channel(taxi, "Rank & Meter", "ask-a-driver",
            "pubs, venues and locals: ask the drivers about airport runs, weddings, account work", "tx-ask-a-driver.json");
    private final Channel txPlates = cast.channel(taxi, "Rank & Meter", "plates-and-badges",
            "council tests, badge renewals, medicals, the knowledge", "tx-plates-and-badges.json");
    private final Persona tariq = cast.person("tariq.cabs", "Tariq Mahmood");
    private final Persona bernadette = cast.person("bern.k", "Bernadette Kelly");
    private final Persona kwame = cast.person("kwame.a", "Kwame Asante");
    private final Persona lidia = cast.person("lidia.feathers", "Lidia Popescu");
    private final Persona owen = cast.person("owen.g", "Owen Griffiths");
    private final Persona somchai = cast.person("somchai.r", "Somchai Rattanakorn");
    private final Persona dougie = cast.person("dougie.mc", "Dougie McAllister");

    // --- B. motorbike and cargo-bike couriers (nobody sells) ---
    private final String kerb = cast.guild(972);
    private final Channel kbDepot = cast.channel(kerb, "Kerb & Throttle", "depot",
            "general chat for riders, all shifts", "kb-depot.json");
    private final Channel kbRoutes = cast.channel(kerb, "Kerb & Throttle", "routes-and-hazards",
            "roadworks, closed gates, potholes, dodgy loading bays", "kb-routes-and-hazards.json");
    private final Channel kbFixes = cast.channel(kerb, "Kerb & Throttle", "spanner-help",
            "bike and scooter trouble: ask, answer, swap tips", "kb-spanner-help.json");
    private final Channel kbIntro = cast.channel(kerb, "Kerb & Throttle", "introductions",
            "new here? introduce yourself", "kb-introductions.json");
    private final Persona maribel = cast.person("maribel.s", "Maribel Santos");
    private final Persona jonas = cast.person("jonas.cargo", "Jonas Albrecht");
    private final Persona hamid = cast.person("hamid.mod", "Hamid Rezaei");
    private final Persona precious = cast.person("precious.rides", "Precious Ndlovu");
    private final Persona dani = cast.person("dani.o", "Dani Okafor");
    private final Persona yusuf = cast.person("yusuf.125", "Yusuf Demirci");

    // --- C. a mobile tyre-fitting firm's own server ---
    private final String rim = cast.guild(973);
    private final Role staff = cast.role("Staff", "#e67e22", 2);
    private final Channel rmOffers = cast.channel(rim, "Rimside Mobile Tyres", "offers",
            "what we've got on this month", "rm-offers.json");
    private final Channel rmDesk = cast.channel(rim, "Rimside Mobile Tyres", "book-a-fitting",
            "post here and one of our fitters will get back to you", "rm-book-a-fitting.json");
    private final Channel rmLounge = cast.channel(rim, "Rimside Mobile Tyres", "customer-lounge",
            "chat, photos of your motors, anything", "rm-customer-lounge.json");
    private final Persona declan = cast.person("declan.rimside", "Declan Murphy", staff);
    private final Persona aaliyah = cast.person("aaliyah.rimside", "Aaliyah Rahman", staff);
    private final Persona ruth = cast.person("ruth.a", "Ruth Abernethy");
    private final Persona pete = cast.person("pete.l", "Pete Lindqvist");
    private final Persona grace = cast.person("grace.m", "Grace Mensah");
    private final Persona viktor = cast.person("viktor.align", "Viktor Horváth");

    // --- D. coach tour operators ---
    private final String coach = cast.guild(974);
    private final Channel coOps = cast.channel(coach, "Coachline Operators", "operators-only",
            "coach operators talking shop: drivers' hours, tachos, insurance, moans", "co-operators-only.json");
    private final Channel coAsk = cast.channel(coach, "Coachline Operators", "group-organisers-ask",
            "clubs, schools and societies: ask the operators about trips and quotes", "co-group-organisers-ask.json");
    private final Channel coSale = cast.channel(coach, "Coachline Operators", "vehicles-for-sale",
            "buy, sell, swap: coaches, minibuses, parts, seats. price and link please", "co-vehicles-for-sale.json");
    private final Channel coNews = cast.channel(coach, "Coachline Operators", "trade-news",
            "regulation changes, fuel, shows and events", "co-trade-news.json");
    private final Persona sinead = cast.person("sinead.byrne", "Sinéad Byrne");
    private final Persona rajesh = cast.person("rajesh.p", "Rajesh Pillai");
    private final Persona colm = cast.person("colm.g", "Colm Gallagher");
    private final Persona margaret = cast.person("margaret.wi", "Margaret Oyelaran");
    private final Persona colin = cast.person("colin.scouts", "Colin Pemberton");
    private final Persona elspeth = cast.person("elspeth.h", "Elspeth Harrow");
    private final Persona ifeanyi = cast.person("ifeanyi.o", "Ifeanyi Obi");

    // --- E. sailmakers and canvas workers ---
    private final String loft = cast.guild(975);
    private final Channel lfFloor = cast.channel(loft, "Loft & Luff", "loft-floor",
            "for sailmakers and canvas workers talking shop: cloth, machines, pricing", "lf-loft-floor.json");
    private final Channel lfRepairs = cast.channel(loft, "Loft & Luff", "repairs-wanted",
            "boat owners: ask the sailmakers about repairs, covers and new sails", "lf-repairs-wanted.json");
    private final Channel lfShow = cast.channel(loft, "Loft & Luff", "show-your-work",
            "your finished sails, covers and dodgers", "lf-show-your-work.json");
    private final Channel lfIntro = cast.channel(loft, "Loft & Luff", "introductions",
            "say hello and tell us what you sail or sew", "lf-introductions.json");
    private final Persona ingrid = cast.person("ingrid.sails", "Ingrid Solberg");
    private final Persona fenna = cast.person("fenna.dv", "Fenna de Vries");
    private final Persona matteo = cast.person("matteo.vele", "Matteo Ricci");
    private final Persona catriona = cast.person("catriona.kw", "Catriona MacLeod");
    private final Persona luis = cast.person("luis.f", "Luis Ferreira");
    private final Persona wendell = cast.person("wendell.b", "Wendell Brooks");
    private final Persona aroha = cast.person("aroha.t", "Aroha Tane");

    // --- F. wooden boat builders ---
    private final String shed = cast.guild(976);
    private final Channel bbShed = cast.channel(shed, "Clinker & Caulk", "the-shed",
            "general chat for anyone building or restoring wooden boats", "bb-the-shed.json");
    private final Channel bbLogs = cast.channel(shed, "Clinker & Caulk", "build-logs",
            "keep a log of your build, one post per session", "bb-build-logs.json");
    private final Channel bbSwap = cast.channel(shed, "Clinker & Caulk", "timber-and-tools",
            "buy, sell, swap: timber, fastenings, tools. list with price", "bb-timber-and-tools.json");
    private final Persona hilde = cast.person("hilde.j", "Hilde Johansen");
    private final Persona lachlan = cast.person("lachlan.plans", "Lachlan Fraser");
    private final Persona efe = cast.person("efe.builds", "Efe Okonkwo");
    private final Persona brody = cast.person("brody.w", "Brody Whitaker");
    private final Persona agnes = cast.person("agnes.l", "Agnes Lindgren");
    private final Persona tomas = cast.person("tomas.r", "Tomás Rivera");
    private final Channel bbDmEfe = cast.dm(efe, "bb-dm-efe.json");

    // --- G. car detailers ---
    private final String swirl = cast.guild(977);
    private final Channel dtChat = cast.channel(swirl, "Swirl & Shine", "detailing-chat",
            "general chat: washes, products, questions", "dt-detailing-chat.json");
    private final Channel dtDeals = cast.channel(swirl, "Swirl & Shine", "deals",
            "spotted a deal on products? pass it on here", "dt-deals.json");
    private final Channel dtBefore = cast.channel(swirl, "Swirl & Shine", "before-after",
            "show your own before and after shots", "dt-before-after.json");
    private final Channel dtPro = cast.channel(swirl, "Swirl & Shine", "pro-corner",
            "for detailers and valeters who do it for a living: pricing, clients, insurance", "dt-pro-corner.json");
    private final Persona ravi = cast.person("ravi.m", "Ravi Menon");
    private final Persona aylin = cast.person("aylin.d", "Aylin Demir");
    private final Persona zoltan = cast.person("zoltan.k", "Zoltán Kiss");
    private final Persona wiktoria = cast.person("wiktoria.n", "Wiktoria Nowak");
    private final Persona jamal = cast.person("jamal.h", "Jamal Hussain");
    private final Persona keira = cast.person("keira.o", "Keira O'Sullivan");

    // --- H. HGV and lorry drivers ---
    private final String hgv = cast.guild(978);
    private final Channel hgCab = cast.channel(hgv, "Tacho & Tarmac", "cab-chat",
            "general chat, all drivers", "hg-cab-chat.json");
    private final Channel hgPark = cast.channel(hgv, "Tacho & Tarmac", "parking-reports",
            "one line per stop: where, how full, facilities", "hg-parking-reports.json");
    private final Channel hgCpc = cast.channel(hgv, "Tacho & Tarmac", "cpc-and-training",
            "Driver CPC, licences, medicals, courses: ask away", "hg-cpc-and-training.json");
    private final Persona neville = cast.person("neville.o", "Neville Okoro");
    private final Persona gerry = cast.person("gerry.w", "Gerry Walsh");
    private final Persona malik = cast.person("malik.s", "Malik Sharif");
    private final Persona ewa = cast.person("ewa.k", "Ewa Kowalczyk");
    private final Persona shauna = cast.person("shauna.b", "Shauna Brennan");
    private final Persona arjun = cast.person("arjun.d", "Arjun Desai");

    private HeldOutScenes69Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        taxis();
        couriers();
        tyres();
        coaches();
        sailmakers();
        boatBuilders();
        detailers();
        lorryDrivers();
    }

    private void taxis() {
        // W39
        say(1, "06:40", txRank, dougie, "morning all. roadworks on the ring road again, add ten minutes to anything "
                + "going to the station");
        say(1, "06:55", txRank, kwame, "cheers Dougie, been stuck there twice already");
        Post badge = say(2, "10:12", txPlates, somchai, "new here, just passed the knowledge test 🎉 what do I need "
                + "to take to the badge appointment?");
        say(2, "10:30", txPlates, kwame, "passport, DBS certificate, the medical form signed by your GP and two photos. "
                + "they're fussy about the photos, plain background");
        say(2, "10:41", txPlates, somchai, "@Kwame Asante does the medical have to be my own GP or can I go private?");
        Post kwAns = say(2, "10:49", txPlates, kwame, "private is fine, about £90 near the bus station. own GP is cheaper if they'll "
                + "fit you in");
        re(2, "10:55", somchai, kwAns, "brilliant thanks Kwame").react("👍", kwame);
        say(3, "19:20", txRank, tariq, "quiet night. anyone else find Tuesdays are dead since the student bar shut");
        say(3, "19:34", txRank, bernadette, "dead as a doornail. I've been doing school contracts to fill the gap");
        say(3, "19:40", txRank, tariq, "@Bernadette Kelly how did you get onto the school runs? through the council?");
        say(3, "19:52", txRank, bernadette, "council portal, you bid every summer. Tariq it's a faff but the money's "
                + "steady");
        Post wedding = say(4, "12:05", txAsk, owen, "hi drivers, I manage the Riverside Hotel. we've a wedding on the "
                + "14th, need two cars for guests to the station at midnight. anyone free?");
        re(4, "12:40", kwame, wedding, "I can do one of them Owen, and Dougie usually takes weddings too");
        Post ans25 = re(4, "13:02", dougie, wedding, "yep I'll take the other, send me the details");
        re(4, "13:10", owen, ans25, "perfect, thanks both, I'll message you the names");
        say(5, "23:10", txRank, dougie, "some lad just tried to pay me in euros 😂");
        say(5, "23:12", txRank, kwame, "did you take it");
        say(5, "23:13", txRank, dougie, "course I did, holiday fund");
        // W40
        say(8, "05:50", txRank, bernadette, "on nights till Thursday, slow replies from me this week");
        Post tq1 = say(8, "09:30", txRank, tariq, "anyone had the new hybrid fail the tint test? mine got flagged for "
                + "the rear windows");
        Post ans1 = re(8, "09:45", dougie, tq1, "they changed the light transmission rule in the summer, 70% front only now I "
                + "think. take the letter from the fitter");
        re(8, "09:58", tariq, ans1, "will do. the fitter swears it's legal");
        say(8, "10:20", txRank, tariq, "honestly I need more regular customers, account work would be ideal. Fridays are "
                + "the only decent night left");
        say(8, "10:31", txRank, kwame, "same. the app stuff pays peanuts now");
        say(8, "10:40", txRank, tariq, "@Kwame Asante how much do they take off you now, 25?");
        say(8, "10:52", txRank, kwame, "28 on weekends. criminal");
        Post friday = say(9, "11:15", txAsk, lidia, "hello, I run the Feathers on the high street. looking for someone "
                + "to do a regular Friday run, about six regulars home to the villages around 11pm. happy to set up an "
                + "account, who's interested?");
        Post sc2 = say(9, "14:00", txPlates, somchai, "@Bernadette Kelly you did the wheelchair-accessible course "
                + "didn't you? is it worth doing before my first plate?");
        say(9, "18:10", txRank, tariq, "tyres on the Skoda are done again, 40k miles. what are you lot running?");
        say(9, "18:25", txRank, dougie, "budget ones, don't judge me");
        say(9, "18:31", txRank, tariq, "@Dougie McAllister they last though?");
        say(9, "18:40", txRank, dougie, "30k if you're gentle, which I'm not");
        say(10, "08:15", txRank, tariq, "council meeting about the rank on Market St is next Tuesday if anyone wants "
                + "to go");
        say(10, "08:30", txRank, kwame, "I'll go. they want to move it behind the bus station, nobody will find us");
        say(10, "08:41", txRank, tariq, "exactly, that's what I'll say. @Kwame Asante want to go together?");
        say(10, "08:50", txRank, kwame, "yeah pick me up at 6");
        Post acc = say(10, "12:00", txAsk, owen, "also does anyone do account work for hotels? we'd want an invoice "
                + "monthly rather than guests paying");
        Post ans2 = re(10, "12:30", kwame, acc, "I do for two places already Owen. monthly invoice, 30 days, I'll message you");
        re(10, "12:44", owen, ans2, "great, thanks Kwame");
        say(11, "20:05", txRank, tariq, "has anyone done the new card reader from the council scheme? is it any good?");
        say(11, "20:20", txRank, dougie, "it drops signal in the villages, keep the old one as backup");
        say(11, "20:24", txRank, tariq, "typical. thanks Dougie");
        say(11, "21:30", txPlates, bernadette, "Somchai, yes do it, it's two days and the council pays half. you get "
                + "more school work with it too");
        say(11, "21:45", txPlates, somchai, "thank you! booking it now");
        say(12, "19:00", txRank, tariq, "Friday and still nothing on the books past 10, I'm going home early");
        // W41
        Post ans3 = re(15, "09:10", bernadette, friday, "Lidia sorry, only saw this now. I can do Fridays from the Feathers, "
                + "I'll pop in Tuesday to sort the account");
        re(15, "11:20", lidia, ans3, "lovely, see you Tuesday");
        say(16, "07:30", txRank, dougie, "rank stays on Market St! well done everyone who went");
        say(16, "07:42", txRank, kwame, "Tariq did the talking, credit to him");
        say(16, "08:05", txRank, tariq, "team effort, cheers lads 🙌");
        say(16, "14:00", txPlates, somchai, "first plate on the car today!! officially a cabbie");
        say(16, "14:10", txPlates, kwame, "get in! first fare's always a drunk one, you've been warned");
        say(16, "14:12", txPlates, somchai, "haha noted");
        Post thanks = say(17, "10:00", txAsk, owen, "the wedding guests all got home fine, the bride's mum said the "
                + "drivers were lovely. thank you Kwame and Dougie");
        re(17, "10:20", kwame, thanks, "thank you Owen, a pleasure. good crowd that was");
        re(17, "10:25", dougie, thanks, "cheers Owen, any time");
        say(18, "22:40", txRank, tariq, "first proper Friday in ages, station was rammed after the concert");
        say(18, "22:45", txRank, dougie, "same, three airport bookings for Sunday too");
        say(19, "07:00", txAsk, lidia, "first Friday run went well, Bernadette was a star with the regulars");
        say(19, "08:10", txAsk, bernadette, "they're a fun bunch Lidia, see you Friday");
    }

    private void couriers() {
        // W39
        say(1, "07:10", kbDepot, hamid, "morning riders. heavy rain all week apparently, mind the tram lines");
        Post j1 = say(1, "08:20", kbFixes, jonas, "first week on the cargo bike and the rear brake squeals like a pig. "
                + "tried cleaning the rotor, no change");
        Post ans4 = re(1, "08:45", maribel, j1, "pads are probably glazed. take them out, rub them on sandpaper on a flat table, "
                + "and clean the rotor with alcohol not degreaser");
        re(1, "12:30", jonas, ans4, "thanks").react("👍", maribel);
        say(1, "13:00", kbRoutes, yusuf, "Canal St bridge closed both ways till Friday, go round by the museum");
        Post j2 = say(3, "09:05", kbFixes, jonas, "the battery on the cargo bike dies by 3pm every day now, it used to "
                + "last the whole shift");
        Post ans5 = re(3, "09:30", maribel, j2, "cold kills them. keep it indoors overnight and don't charge it when it's "
                + "freezing. also check the tyre pressure, soft tyres eat range");
        re(3, "09:32", yusuf, j2, "and turn the assist down a level on the flat bits");
        re(3, "13:15", jonas, ans5, "thanks both");
        Post mreq = say(3, "15:00", kbRoutes, maribel, "does anyone know if the Dock Rd depot side gate is open on "
                + "Sundays? @Jonas Albrecht you ride past there every morning, could you check for me?");
        say(4, "08:10", kbDepot, jonas, "wet one today 🙏");
        say(4, "08:15", kbDepot, dani, "soaked through by 8. living the dream");
        Post j3 = say(5, "10:40", kbFixes, jonas, "chain keeps jumping on the bottom gear, how do I fix it?");
        Post ans6 = re(5, "11:00", maribel, j3, "limit screw. the L one on the derailleur, a quarter turn clockwise at a time "
                + "till it stops. guide with pics: https://kerbnotes.example/limit-screws");
        re(5, "15:20", jonas, ans6, "thanks");
        say(5, "17:00", kbDepot, hamid, "reminder: riders' meeting Thursday 7pm in the back room of the Anchor");
        say(6, "09:30", kbRoutes, dani, "massive pothole on Harbour Rd outside the chippy, nearly lost my front "
                + "wheel");
        say(6, "09:40", kbRoutes, yusuf, "reported it to the council last month, nothing. I'll do it again");
        say(6, "09:45", kbRoutes, dani, "cheers Yusuf, there's a form on the council site, photos help");
        say(7, "11:00", kbDepot, yusuf, "sunday double shift done, legs are jelly");
        say(7, "11:20", kbDepot, dani, "rest day tomorrow, promise yourself");
        // W40
        Post intro = say(8, "08:00", kbIntro, precious, "hi all! I'm Precious, started on scooter deliveries last month. I "
                + "film my rides with a helmet cam, mostly for the near misses lol: https://vidtube.example/@preciousrides");
        re(8, "08:20", yusuf, intro, "welcome Precious!");
        Post welcome = re(8, "08:30", hamid, intro,
                "welcome @Precious Ndlovu! if you're new to winter riding, Maribel's kit guide is the best thing "
                        + "we've got: https://kerbnotes.example/winter-kit");
        re(8, "09:00", precious, welcome, "oh amazing thank you, reading it now");
        say(8, "10:00", kbDepot, precious, "which app pays best for scooters round here? the orange one feels stingy");
        say(8, "10:15", kbDepot, maribel, "the orange one pays less per drop but the drops are shorter. evens out");
        say(8, "10:20", kbDepot, precious, "ahh ok that makes sense, thank you");
        Post lost1 = say(9, "06:30", kbDepot, dani, "my cargo bike got nicked from outside the Anchor last night. "
                + "green frame, yellow box, sticker on the box. photo: https://kerbnotes.example/lost/green-cargo "
                + "please keep an eye out 🙏");
        say(9, "06:34", kbRoutes, dani, "stolen bike, green cargo bike with yellow box, if you see it please shout: "
                + "https://kerbnotes.example/lost/green-cargo");
        say(9, "06:38", kbFixes, dani, "if anyone's offered a green cargo bike cheap it's mine, please tell me: "
                + "https://kerbnotes.example/lost/green-cargo");
        re(9, "07:10", hamid, lost1, "gutted for you Dani. I'll ask the lads at the Dock Rd depot");
        say(9, "12:00", kbRoutes, jonas, "Dock Rd side gate is open on Sundays, I went past it this Sunday");
        say(9, "12:10", kbRoutes, maribel, "ah thanks Jonas!");
        Post j4 = say(10, "08:40", kbFixes, jonas, "rear tyre flat again, third time this week. what am I doing "
                + "wrong?");
        Post ans7 = re(10, "09:05", maribel, j4, "check the inside of the tyre with a cloth, there'll be a bit of glass still "
                + "in there. and put a liner in, the canal paths are full of it");
        re(10, "09:10", jonas, ans7, "found a tiny bit of glass! thank you, I'll get a liner");
        say(11, "19:00", kbDepot, yusuf, "anyone else's scooter app crashed all evening?");
        say(11, "19:05", kbDepot, precious, "yes!! lost three drops");
        say(11, "19:07", kbDepot, jonas, "mine too, restarting the phone fixed it for me, try that");
        say(12, "17:30", kbDepot, dani, "BIKE FOUND. someone on the routes channel spotted it behind the "
                + "railway arches. thank you all so much ❤️");
        // W41
        Post y1 = say(15, "08:00", kbFixes, yusuf, "my 125's idle is all over the place since the rain, any ideas?");
        Post ans8 = re(15, "08:20", jonas, y1, "had that on my old scooter, it was water in the air filter box. pull the drain "
                + "plug underneath");
        re(15, "09:40", yusuf, ans8, "that was it, loads of water came out. cheers Jonas");
        say(16, "10:00", kbRoutes, precious, "Market St closed for the food festival saturday, use Queen St");
        say(17, "18:30", kbDepot, hamid, "good turnout at the meeting, minutes pinned. next one in November");
        say(18, "12:00", kbDepot, maribel, "my new winter gloves are actually waterproof, first pair ever 😄");
        say(18, "12:05", kbDepot, precious, "which ones?? mine are sponges");
        say(18, "12:20", kbDepot, maribel, "the fishing ones from the outdoor market, £12. ugly but dry");
        say(18, "12:30", kbDepot, precious, "going there saturday, ty!");
        Post pq = say(19, "09:00", kbFixes, precious, "scooter mirror keeps folding in at speed, tightened it twice");
        Post ans9 = re(19, "09:20", dani, pq, "there's a nylon washer behind the nut that wears out, 50p at any bike shop");
        re(19, "09:30", jonas, pq, "a bit of thread lock on the nut helps too");
        re(19, "10:00", precious, ans9, "found the washer, it was in bits. thank you both");
        say(20, "17:00", kbRoutes, yusuf, "tram works on Station Rd start Monday for two weeks");
    }

    private void tyres() {
        // W39
        say(1, "08:00", rmOffers, declan, "Winter tyre week: 4 fitted and balanced on your drive from £260. book "
                + "at https://rimside.example/winter");
        say(1, "12:30", rmLounge, ruth, "morning! just joined, my sister said this is where to ask about the van");
        say(1, "12:45", rmLounge, pete, "welcome! good lot these, they came out to me at work last month");
        say(2, "09:10", rmLounge, ruth, "anyone know if all-season tyres are worth it on a camper? we go up north a "
                + "lot in winter");
        say(2, "09:40", rmLounge, aaliyah, "for a camper that does a few winter trips, yes, all-seasons are a good "
                + "middle road. if you're up mountain passes, proper winters");
        say(2, "09:50", rmLounge, ruth, "thanks Aaliyah, that helps");
        Post p1 = say(3, "07:50", rmDesk, pete, "slow puncture on the rear left of my Octavia, could someone come out "
                + "to the business park Thursday?");
        Post ans10 = re(3, "08:30", aaliyah, p1, "yes Pete, Thursday 10-12 slot works, I'll text you when I'm on the way");
        re(3, "08:35", pete, ans10, "great cheers");
        say(4, "11:00", rmOffers, declan, "reminder: winter tyre week ends Sunday, 4 fitted from £260: "
                + "https://rimside.example/winter");
        say(5, "16:00", rmLounge, pete, "puncture sorted in twenty minutes in the car park. Aaliyah you're a star");
        say(5, "16:20", rmLounge, aaliyah, "haha cheers Pete, it was a screw, nice clean repair");
        say(6, "10:00", rmLounge, ruth, "photo of the camper at Glencoe, new tyres and all. couldn't resist");
        say(6, "10:30", rmLounge, pete, "stunning, jealous");
        say(6, "10:40", rmLounge, declan, "cracking photo Ruth, the camper looks right at home");
        say(7, "15:00", rmLounge, pete, "anyone know why my tyre pressure light comes on every cold morning?");
        say(7, "15:30", rmLounge, aaliyah, "air contracts in the cold, you lose about 1 psi per 10 degrees. top "
                + "them up on a cold morning and it'll stop");
        say(7, "15:40", rmLounge, pete, "makes sense, cheers");
        // W40
        say(8, "08:00", rmOffers, declan, "new this month: TPMS sensor checks free with any fitting. details "
                + "https://rimside.example/tpms");
        Post ruthQ = say(9, "09:15", rmDesk, ruth, "@Declan Murphy you did the tyres on our camper in May and they've "
                + "been perfect, I've told my neighbour to book you too. could you do the two rears on my van next "
                + "week, any day after Tuesday?");
        Post g1 = say(9, "10:00", rmLounge, grace, "hi, new here. how much is wheel alignment usually? my car pulls "
                + "to the left");
        re(9, "10:10", viktor, g1, "come to mine instead, alignment £35 at Horváth Autos, cheaper than these lot. "
                + "DM me");
        Post ans11 = re(9, "11:00", aaliyah, g1, "hi Grace! alignment is £45 with us and we can do it at your house. if it "
                + "pulls after a pothole it's worth checking the tyre too");
        re(9, "11:10", grace, ans11, "thanks, I'll book through the desk");
        Post g2 = say(9, "11:20", rmDesk, grace, "hi, can I book alignment for Friday morning? postcode LS6");
        Post ans12 = re(9, "12:00", declan, g2, "hi Grace, Friday 9am is yours, the fitter will ring 30 mins before");
        re(9, "12:05", grace, ans12, "perfect 👍");
        Post n1 = say(10, "13:59", rmDesk, pete, "two new fronts for the Octavia please, same as last time, any "
                + "day next week");
        say(10, "14:00", rmDesk, pete, "oh and can you bring the locking wheel nut key adapter, I've lost mine");
        re(10, "15:00", declan, n1, "no problem Pete, Tuesday afternoon, adapter's in the van");
        say(11, "08:30", rmOffers, declan, "we're now fitting van tyres on a Saturday too. same prices, book online");
        say(11, "17:00", rmLounge, grace, "car drives straight now, didn't realise how bad it was!");
        say(11, "17:20", rmLounge, declan, "glad to hear it Grace, thanks for booking with us");
        say(12, "09:00", rmLounge, viktor, "anyone here into drifting? track day at the airfield next month");
        say(12, "09:30", rmLounge, pete, "not my thing, my Octavia would cry");
        say(13, "09:59", rmLounge, grace, "my brother's looking for van tyres, told him to join");
        // W41
        say(15, "08:10", rmOffers, aaliyah, "we're closed Friday for staff training, back Saturday");
        say(15, "09:00", rmOffers, declan, "fleet customers: we now do contract tyre checks for small van fleets, "
                + "monthly visit, ask for a quote at https://rimside.example/fleet");
        Post fleet = say(15, "11:00", rmDesk, grace, "my brother runs two vans for his plumbing firm, can you quote "
                + "him for the fleet checks?");
        Post ans13 = re(15, "11:30", declan, fleet, "of course Grace, get him to ring me on the office number, I'll sort him a "
                + "good rate");
        re(15, "11:40", grace, ans13, "will do, thanks");
        say(16, "09:00", rmLounge, declan, "welcome to all the new members this week, lots of you from the fleet "
                + "post. ask us anything");
        say(16, "10:00", rmDesk, pete, "fronts are lovely, thanks for Tuesday");
        say(16, "10:30", rmDesk, declan, "cheers Pete, see you in the spring");
        say(17, "12:00", rmLounge, ruth, "still waiting to hear about the rears on the van, does anyone know if "
                + "they're busy?");
        say(17, "12:15", rmLounge, pete, "they've been flat out I think, maybe ring them");
        say(17, "12:20", rmLounge, ruth, "I might, bit disappointing after singing their praises");
        Post g3 = say(17, "13:00", rmDesk, grace, "slow puncture again, front right this time. Saturday any good?");
        Post ans14 = re(17, "13:30", aaliyah, g3, "Saturday 11am, Grace, I'll be in your area anyway");
        re(17, "13:35", grace, ans14, "brilliant, thanks Aaliyah");
        say(18, "17:00", rmLounge, viktor, "track day moved to November, still spaces if anyone fancies it");
        say(18, "08:00", rmOffers, aaliyah, "open again Saturday, mobile fitting all day in the north of the city");
    }

    private void coaches() {
        // W39
        say(1, "07:30", coOps, rajesh, "anyone else had a tacho download fail on the new units? third one this "
                + "month");
        say(1, "07:45", coOps, elspeth, "yes, firmware. the dealer has an update, takes ten minutes");
        say(1, "07:50", coOps, rajesh, "thanks Elspeth, I'll ring them");
        Post wi = say(2, "15:00", coAsk, margaret, "just to say our WI had a lovely day trip to Bath last month with "
                + "Ferncombe Coaches, Stan the driver was a star and sang all the way home!");
        Post ans15 = re(2, "15:20", colm, wi, "we do Bath for £18 a head, cheaper than Ferncombe, DM me for dates");
        re(2, "16:40", margaret, ans15, "thank you but we're very happy with Stan");
        say(3, "10:00", coSale, ifeanyi, "2012 Plaxton-style 53-seater, 610k km, MOT till June, £28,500: "
                + "https://obiuk.example/stock/53-seater");
        say(3, "11:30", coOps, colm, "insurance renewal up 22% this year. anyone found a broker that isn't "
                + "taking the mick?");
        say(3, "11:45", coOps, elspeth, "we went through the operators' association scheme, saved about 10%");
        say(3, "11:52", coOps, colm, "cheers, will look");
        say(4, "08:00", coOps, ifeanyi, "fuel card prices jumped again overnight. anyone fixed their price for "
                + "winter?");
        say(4, "08:20", coOps, elspeth, "fixed till March, glad we did now");
        say(4, "08:25", coOps, ifeanyi, "wish I had, lesson learned");
        Post whitby = say(4, "18:00", coAsk, colin, "does anyone do a 49-seater with a toilet for a scout trip to "
                + "Whitby in May, and roughly what would it cost from Leeds?");
        Post ans16 = re(4, "18:30", rajesh, whitby, "we do Colin. about £780 for the day from Leeds with the toilet coach, "
                + "driver's hours fit fine. quote form here: https://pillaitravel.example/quote");
        re(4, "19:10", colin, ans16, "that's in budget, I'll fill it in tonight, thanks");
        say(5, "09:00", coNews, elspeth, "the new clean air zone charges start in January, list of exempt vehicles "
                + "here: https://gov-transport.example/caz-coaches");
        say(5, "09:30", coOps, ifeanyi, "that CAZ list is going to finish off half the small operators");
        say(5, "09:45", coOps, rajesh, "we've two old coaches that won't make it. might sell before Christmas");
        say(5, "10:00", coOps, colm, "same boat. the bank won't lend on a new one either");
        Post u3a = say(6, "13:00", coAsk, margaret, "silly question from a first-time organiser: do we tip the "
                + "driver, and how much is normal?");
        Post ans17 = re(6, "13:30", elspeth, u3a, "not silly at all! a whip-round at the end is normal, a pound or two each. "
                + "drivers really appreciate it");
        re(6, "13:40", margaret, ans17, "thank you, I'll tell the ladies");
        say(7, "09:00", coSale, colm, "set of 12 reclining coach seats, grey moquette, good nick, £40 each: "
                + "https://gallaghercoaches.example/seats");
        // W40
        say(8, "08:10", coOps, elspeth, "anyone got a spare driver for Saturday? school run to the coast, mine's "
                + "off sick");
        say(8, "08:40", coOps, rajesh, "I can lend you Baljit, he's free Saturday");
        say(8, "08:45", coOps, elspeth, "you're a lifesaver Rajesh, thank you");
        say(10, "09:10", coOps, sinead, "new for spring: our Yorkshire Dales mystery tour, £39 a head with a tea "
                + "stop: https://byrnecoaches.example/mystery");
        say(10, "09:15", coAsk, sinead, "group organisers! our new Dales mystery tour is £39 a head with a tea stop, "
                + "book here: https://byrnecoaches.example/mystery");
        say(10, "09:22", coNews, sinead, "launching today: the Byrne Coaches Dales mystery tour, £39 pp "
                + "https://byrnecoaches.example/mystery");
        say(10, "12:00", coOps, colm, "how are you all handling the drivers' hours on the long Scotland runs? "
                + "second driver or overnight?");
        say(10, "12:20", coOps, elspeth, "overnight, cheaper than a second driver and they're happier");
        say(10, "12:25", coOps, rajesh, "same, a B&B in Moffat does us a rate");
        Post choir = say(11, "17:00", coAsk, elspeth, "not a question from me, but for organisers: if your group "
                + "needs a wheelchair lift, say so when you ask for a quote, not all of us have them");
        choir.react("👍", margaret, colin);
        Post mq = say(12, "10:00", coAsk, margaret, "does anyone run theatre trips to Manchester in December? about "
                + "30 of us, evenings");
        Post ans18 = re(12, "10:40", elspeth, mq, "we do, Margaret. a 33-seater, back by midnight, around £14 a head for 30. "
                + "happy to quote properly if you give me dates");
        re(12, "11:00", margaret, ans18, "lovely, I'll get the dates from the committee");
        // W41
        say(15, "08:00", coSale, rajesh, "2009 35-seater midi, no CAZ compliance so it has to go, £9,000 ono: "
                + "https://pillaitravel.example/for-sale/midi");
        say(15, "09:00", coOps, ifeanyi, "@Rajesh Pillai I might have a buyer in Ireland for that midi, no CAZ "
                + "there. want me to pass your number on?");
        say(15, "09:20", coOps, rajesh, "yes please Ifeanyi, that would be great");
        say(16, "14:00", coAsk, colin, "Whitby booked, thank you Rajesh, the kids are beside themselves");
        say(17, "10:00", coOps, sinead, "does anyone know a good upholsterer for coach seats? ours are tired");
        say(17, "10:20", coOps, elspeth, "Barnes in Halifax, they did ours, fair price");
        say(17, "10:25", coOps, sinead, "thank you Elspeth, will ring them");
        say(18, "16:00", coNews, ifeanyi, "coach and bus show at the NEC, 14-16 November, anyone going?");
        say(18, "16:30", coNews, colm, "I'll be there Thursday");
        say(18, "16:40", coNews, rajesh, "Friday for us, shall we get a drink after?");
        say(18, "16:45", coNews, colm, "go on then");
        Post sch = say(19, "11:00", coAsk, colin, "follow up for anyone organising: the Whitby coach had a wheelchair "
                + "lift after all, thanks to Elspeth's tip we asked");
        sch.react("👏", elspeth, rajesh);
        say(20, "09:00", coOps, elspeth, "who's done the new drivers' hours rules course? worth it for the office "
                + "staff?");
        say(20, "09:20", coOps, sinead, "we sent our planner, she said it cleared up the split-break stuff");
        say(20, "09:25", coOps, elspeth, "thanks Sinéad, I'll book ours on");
    }

    private void sailmakers() {
        // W39
        say(1, "09:00", lfFloor, ingrid, "the new batch of Dacron from the Dutch mill is stiffer than the last. "
                + "anyone else noticed?");
        say(1, "09:20", lfFloor, fenna, "yes, it's the finish. it softens after a season. my customers have moaned "
                + "though");
        say(1, "09:30", lfFloor, wendell, "same here. I'm going back to the old supplier for cruising sails");
        say(2, "11:00", lfShow, ingrid, "recut genoa for Kittiwake, a 1978 Contessa. new leech line, new UV strip. "
                + "happy with how she sets");
        say(2, "11:30", lfShow, wendell, "lovely shape on that, Ingrid");
        Post tear = say(3, "17:00", lfRepairs, luis, "small tear near the clew of my mainsail, about 5cm. how do I "
                + "keep it from spreading till I can get it to a loft?");
        Post ans19 = re(3, "17:20", fenna, tear, "sail repair tape on both sides, round the corners of the patch so it doesn't "
                + "peel, and keep the reef in if it's blowing. it'll hold for weeks");
        Post ans26 = re(3, "17:35", luis, ans19, "great. do you have that written up anywhere? I'll send it to my crew");
        Post ans27 = re(3, "17:40", fenna, ans26, "yes: https://fennasails.example/tear-repair");
        re(3, "17:50", luis, ans27, "thanks Fenna, much appreciated");
        say(4, "10:00", lfFloor, wendell, "what are people charging for a sprayhood re-window these days?");
        say(4, "10:20", lfFloor, ingrid, "I'm at £180 plus the window material, more if the frame needs work");
        say(4, "10:25", lfFloor, fenna, "£200 here, but I'm in a marina town so rents are mad");
        say(5, "19:00", lfIntro, matteo, "ciao! Matteo, sailmaker from Genova, just moved to Plymouth and set up a "
                + "small loft. my work is here: https://velericci.example");
        say(5, "19:30", lfIntro, fenna, "welcome Matteo! we need more lofts down that way");
        say(5, "19:45", lfIntro, matteo, "grazie Fenna!");
        say(6, "10:00", lfFloor, matteo, "question for the lofts: does anyone here still hand-sew cringles or is "
                + "it all hydraulic press now?");
        say(6, "10:20", lfFloor, wendell, "press for production, hand for the classics. owners of old gaffers "
                + "want to see the hand work");
        say(6, "10:25", lfFloor, matteo, "same in Italy. good to know");
        Post bt = say(7, "15:00", lfRepairs, aroha, "how often should a furling genoa come off for a check? "
                + "the previous owner never took it down");
        Post ans20 = re(7, "15:30", wendell, bt, "once a year at lift out. look at the UV strip and the stitching along the "
                + "leech, that's where they go first");
        re(7, "15:40", aroha, ans20, "thank you!");
        // W40
        Post cq = say(9, "08:30", lfRepairs, catriona, "@Ingrid Solberg the genoa you recut for Kittiwake last spring "
                + "is still setting beautifully, everyone at the club asks who did it and I send them your way! could "
                + "you re-stitch our sprayhood window before we lift out in November?");
        cq.react("❤️", wendell);
        say(9, "10:00", lfFloor, ingrid, "my old Pfaff is finally giving up. anyone selling a walking-foot machine?");
        say(9, "10:15", lfFloor, wendell, "I have a spare, needs a new motor belt. yours for the belt money");
        say(9, "10:20", lfFloor, ingrid, "Wendell you're a legend, I'll drive over Saturday");
        Post ar = say(10, "12:00", lfRepairs, aroha, "hi all, new boat owner here. I need a cockpit cover for a "
                + "28ft Westerly, who does those?");
        Post ans21 = re(10, "12:30", ingrid, ar, "hi Aroha! I do covers, send me a couple of photos and the boat's name and I'll "
                + "give you a price");
        re(10, "13:00", aroha, ans21, "thank you, will do tonight");
        Post lu = say(10, "15:00", lfRepairs, luis, "also anyone fitting lazy jacks over the winter?");
        re(10, "15:30", ingrid, lu, "I can, Luis. bring the boom measurements and I'll draw it up");
        say(11, "09:00", lfFloor, ingrid, "got a cover job from a new owner this week, a Westerly. nice to have the "
                + "winter filling up");
        say(11, "09:10", lfFloor, fenna, "good stuff. winter's always the worry");
        say(11, "16:00", lfShow, matteo, "first job in England: new tri-radial jib for a J/80 in Plymouth");
        say(11, "16:30", lfShow, fenna, "gorgeous panel layout Matteo");
        say(12, "11:00", lfFloor, ingrid, "@Fenna de Vries which glue do you use on the window vinyl before stitching?");
        say(12, "11:20", lfFloor, fenna, "the double-sided seamstick, the 6mm one. holds it flat while you sew");
        // W41
        say(15, "10:00", lfFloor, ingrid, "machine's in and running. thanks again Wendell");
        say(15, "10:30", lfFloor, wendell, "enjoy it, she's noisy but she'll sew through anything");
        Post ar2 = re(16, "09:00", aroha, ar, "sent you the photos by email Ingrid, any idea of the price?");
        Post ans22 = re(16, "09:40", ingrid, ar2, "got them, about £650 in acrylic canvas with zips. can start in two weeks");
        re(16, "10:00", aroha, ans22, "perfect, go ahead 👍");
        say(17, "18:00", lfRepairs, catriona, "bit worried now, we lift out on the 4th. anyone else free for a "
                + "window re-stitch if Ingrid's too busy?");
        say(18, "08:00", lfFloor, fenna, "anyone going to the boat show in Southampton? stand sharing?");
        say(18, "08:30", lfFloor, ingrid, "not this year, too much on");
        say(18, "09:00", lfFloor, matteo, "I'll share a stand with you Fenna, if the offer is open");
        say(18, "09:20", lfFloor, fenna, "deal! I'll send you the details");
        say(19, "14:00", lfShow, fenna, "new stackpack for a Sigma 33, with the lazy jacks built in");
        say(19, "14:30", lfShow, ingrid, "lovely clean finish Fenna");
        say(20, "11:00", lfRepairs, luis, "lazy jack measurements are in your inbox Ingrid, no rush");
    }

    private void boatBuilders() {
        // W39
        say(1, "18:00", bbLogs, hilde, "session 41: fitted the garboard plank on the port side. two goes, the first "
                + "split at the hood end");
        say(1, "19:30", bbShed, agnes, "evening all. anyone steaming oak this week? mine keeps cracking");
        say(1, "19:50", bbShed, hilde, "Agnes is it air dried? kiln dried oak won't bend, it's cooked");
        say(1, "20:00", bbShed, agnes, "kiln dried... that'll be it then. thanks Hilde");
        say(2, "18:30", bbLogs, hilde, "session 42: starboard garboard in. riveted the hood ends");
        say(3, "10:00", bbSwap, tomas, "2kg of copper boat nails, 1.5 inch, £30 plus postage");
        say(3, "19:00", bbLogs, hilde, "session 43: steamed and fitted six frames. one cracked, redo tomorrow");
        say(4, "19:10", bbLogs, hilde, "session 44: replaced the cracked frame, took an hour to get the fairing "
                + "right");
        say(4, "20:00", bbShed, tomas, "@Hilde Johansen how long do you leave the frames in the steam box?");
        say(4, "20:10", bbShed, hilde, "an hour per inch of thickness, so about 40 minutes for mine");
        say(5, "18:40", bbLogs, hilde, "session 45: third plank both sides. she's starting to look like a boat");
        say(6, "09:00", bbShed, agnes, "air dried oak arrived, bends like rope now 😍");
        say(6, "09:20", bbShed, hilde, "told you! enjoy");
        say(6, "11:00", bbSwap, agnes, "spare steam box, marine ply, fits 8ft lengths, £40 collection only");
        say(7, "10:00", bbShed, lachlan, "morning all, anyone at the wooden boat festival in Portsoy next summer?");
        say(7, "10:20", bbShed, tomas, "hoping to bring my skiff if she's finished");
        // W40
        say(8, "17:00", bbShed, efe, "hello from Lagos-via-Bristol! just started my first boat, a 12ft pram dinghy "
                + "from free plans, in my garage");
        say(8, "17:20", bbShed, agnes, "welcome Efe! prams are a great first build");
        Post efeLog = say(8, "18:00", bbLogs, efe, "session 1: set up the strongback and cut the transom from the "
                + "plan. took all day because I measured everything three times");
        re(8, "18:30", lachlan, efeLog, "nice start. if you want proper lines my pram plans are $45, much better "
                + "than the free ones: https://fraserplans.example/pram, DM me");
        Post ans23 = re(8, "19:00", hilde, efeLog, "measuring three times is the right instinct. check the strongback is level "
                + "both ways before anything else");
        re(8, "19:15", efe, ans23, "thanks Hilde, I'll check it tomorrow");
        at(9, "09:00").in(bbDmEfe).say(lachlan, "Hi Efe, I also run a 5-day steam bending course in Oban, £650 with "
                + "lodging. want me to save you a place for November?");
        say(9, "18:30", bbLogs, hilde, "session 46: fourth plank port side. running low on rivets");
        say(9, "18:40", bbSwap, hilde, "WTB 500 copper rivets and roves, 14 gauge. anyone?");
        say(9, "19:00", bbSwap, tomas, "@Hilde Johansen I've got 600 spare, £25 and they're yours");
        say(9, "19:05", bbSwap, hilde, "deal, I'll collect Saturday");
        say(10, "18:00", bbLogs, efe, "session 2: strongback was out by 4mm, fixed it. moulds up");
        say(10, "18:20", bbShed, agnes, "anyone want my spare steam box? still not sold, £30 now");
        say(10, "18:40", bbShed, efe, "@Agnes Lindgren I'd take it for the frames later, can I collect Sunday?");
        say(10, "18:50", bbShed, agnes, "yes, after 2. it's yours Efe");
        say(11, "08:00", bbShed, lachlan, "tip for anyone planking: a dry run with clamps before glue saves tears");
        say(11, "08:15", bbShed, tomas, "learned that one the hard way 😂");
        say(11, "20:00", bbShed, efe, "question: epoxy or traditional glue for the transom joints? plans say epoxy");
        say(11, "20:15", bbShed, agnes, "epoxy for a first build, it forgives gaps. you can go traditional next boat");
        say(11, "20:20", bbShed, efe, "makes sense, thanks Agnes");
        say(12, "18:00", bbLogs, hilde, "session 47: rivets from Tomás went in, fifth plank both sides");
        // W41
        say(16, "12:00", bbShed, brody, "hey all could you subscribe to my build channel? trying to hit 1k before "
                + "launch day: https://vidtube.example/@brodybuilds");
        say(17, "12:10", bbLogs, brody, "if anyone hasn't subbed yet it would mean a lot 🙏 "
                + "https://vidtube.example/@brodybuilds");
        say(17, "18:00", bbLogs, efe, "session 3: transom glued. smells like a chemistry lab in here");
        say(18, "19:00", bbShed, tomas, "anyone know where to get bronze screws that aren't silly money?");
        say(18, "19:20", bbShed, agnes, "the chandlery in Falmouth sells them loose by weight, much cheaper");
        say(18, "19:25", bbShed, tomas, "cheers Agnes");
        say(19, "18:30", bbLogs, hilde, "session 48: sheer plank fitted. planking done!! 🎉");
        say(19, "18:50", bbShed, efe, "@Hilde Johansen congrats on finishing the planking! how long did it take "
                + "you in total?");
        say(19, "19:10", bbShed, hilde, "about eight months of evenings. Efe yours will go quicker, prams are kind");
        say(19, "19:30", bbShed, agnes, "huge milestone Hilde! 👏");
        say(20, "10:00", bbSwap, tomas, "selling my old block plane, Stanley-type No. 60 1/2, sharp, £25");
        say(20, "18:00", bbLogs, efe, "session 4: first plank lined off. terrifying and brilliant");
        say(20, "18:30", bbShed, tomas, "@Efe Okonkwo what are you using to line off, battens or a laser?");
        say(20, "18:45", bbShed, efe, "battens, the old way. a laser is out of my budget");
    }

    private void detailers() {
        // W39
        say(1, "08:30", dtChat, zoltan, "big week for me. I finally signed the lease on my own unit, my own "
                + "ramps, my own lights. I've waited three years for this");
        say(1, "09:00", dtChat, keira, "congrats! where is it?");
        say(1, "09:10", dtChat, zoltan, "by the retail park. I'm doing my launch open day on the 14th, I've got my "
                + "signage coming and my new van wrap too");
        say(1, "12:00", dtBefore, aylin, "black Golf, 7 years of swirls, two-stage correction. before and after");
        say(1, "12:20", dtBefore, jamal, "@Aylin Demir that's unreal, what pad did you use for the cut?");
        say(1, "12:30", dtBefore, aylin, "orange heavy-cut foam then the white finishing pad, slow speed on the "
                + "soft black paint");
        say(1, "12:40", dtBefore, jamal, "thanks, I've been using wool and marring everything");
        say(2, "09:00", dtPro, zoltan, "my insurance went up again but I've decided I'm not passing it on, my "
                + "customers have been loyal to me and I want my prices to stay where they are");
        say(2, "09:20", dtPro, keira, "brave. mine went up 15 and I added a fiver to each valet");
        say(2, "18:00", dtDeals, wiktoria, "snow foam 5L down to £18 at the motor factors: "
                + "https://motorfactors.example/snowfoam-5l");
        say(2, "18:02", dtDeals, wiktoria, "and microfibre bulk packs half price: "
                + "https://motorfactors.example/mf-bulk");
        say(2, "18:04", dtDeals, wiktoria, "clay bar kit £9 at the supermarket: https://bigshop.example/clay-kit");
        say(2, "18:06", dtDeals, wiktoria, "last one, wheel cleaner 2 for 1: https://bigshop.example/wheel-2for1");
        say(2, "18:30", dtDeals, jamal, "good finds, grabbed the microfibre 👍");
        say(3, "10:00", dtChat, zoltan, "I spent the whole weekend painting my unit floor. my back is wrecked but I "
                + "love it. I'm going to put my logo on the wall next");
        say(3, "19:00", dtChat, jamal, "how do you all stop water spots in hard water areas?");
        say(3, "19:15", dtChat, keira, "deionised water for the final rinse, or dry it in the shade fast");
        say(3, "19:20", dtChat, jamal, "ok will try, cheers Keira");
        say(4, "11:00", dtPro, zoltan, "I've been thinking about my pricing for my ceramic packages. I think I'm "
                + "underselling myself, my work is better than most in my area and I know it");
        say(4, "11:30", dtPro, aylin, "what are you charging now?");
        say(4, "11:40", dtPro, zoltan, "£350 for one year, £500 for three. I reckon I could do £450 and my "
                + "customers would still pay it");
        say(5, "15:00", dtChat, zoltan, "my van wrap is done! I chose the matte grey in the end, my wife picked the "
                + "colour but I designed my logo myself");
        say(5, "15:20", dtChat, keira, "looks sharp");
        say(6, "09:00", dtChat, zoltan, "I printed my flyers for my open day today. I'm handing them out at my "
                + "gym and my kids' school, I want my first day to be packed");
        // W40
        say(9, "20:00", dtChat, ravi, "my full wash kit for anyone interested: "
                + "https://shinestore.example/ph-neutral-shampoo");
        say(9, "20:01", dtChat, ravi, "https://shinestore.example/wash-mitt-deluxe");
        say(9, "20:02", dtChat, ravi, "https://shinestore.example/drying-towel-xl");
        say(9, "20:04", dtChat, ravi, "https://autoglow.example/spray-sealant");
        say(9, "20:05", dtChat, ravi, "https://autoglow.example/tyre-dressing");
        say(9, "20:40", dtChat, keira, "that's a lot of links Ravi 😂 which one would you keep if you could only "
                + "have one?");
        say(9, "20:50", dtChat, ravi, "the drying towel, changed my life");
        say(10, "09:00", dtPro, jamal, "thinking of going full time. how did you lot find your first regular "
                + "clients?");
        say(10, "09:20", dtPro, keira, "local facebook groups and doing my neighbours' cars cheap for reviews");
        say(10, "09:30", dtPro, aylin, "a car dealer let me do their used stock, that paid the bills for a year");
        say(10, "09:40", dtPro, jamal, "@Aylin Demir how did you approach the dealer?");
        say(10, "09:55", dtPro, aylin, "walked in with photos of my work and offered to do one car free");
        say(10, "10:00", dtPro, jamal, "love it. thank you both");
        say(11, "13:00", dtBefore, keira, "white Range Rover, tar spots and fallout, decon and a sealant");
        say(11, "13:20", dtBefore, ravi, "so clean. what sealant?");
        say(11, "13:30", dtBefore, keira, "the one from your list actually! it's good stuff");
        say(12, "08:00", dtDeals, keira, "pressure washer lance sale at the garden centre, 30% off: "
                + "https://gardenworld.example/lances");
        // W41
        say(15, "10:00", dtChat, aylin, "anyone used the new graphene sprays? worth the hype?");
        say(15, "10:20", dtChat, ravi, "tried one, lovely beading, but it lasts about as long as a normal sealant");
        say(15, "10:25", dtChat, aylin, "thought so, thanks Ravi");
        say(16, "18:00", dtChat, zoltan, "open day went well, thanks to everyone who came. how are you all doing "
                + "this week?");
        say(16, "18:20", dtChat, jamal, "good! handed in my notice, going full time in January");
        say(16, "18:30", dtChat, zoltan, "@Jamal Hussain that's brilliant, if you need a hand with anything just "
                + "ask");
        say(17, "12:00", dtBefore, jamal, "first paid job under my own name: a muddy Defender, inside and out");
        say(17, "12:30", dtBefore, aylin, "great first job, the carpets came up well");
        say(17, "12:40", dtBefore, zoltan, "proper result Jamal, you'll be booked up in no time");
        say(18, "09:00", dtPro, keira, "anyone got a template for a terms and conditions sheet? mine is a mess");
        say(18, "09:20", dtPro, aylin, "I'll share mine, it's pinned in my notes, give me five");
        say(18, "09:30", dtPro, aylin, "here you go Keira: https://docs-share.example/aylin-tcs");
        say(18, "09:40", dtPro, keira, "lifesaver, thank you");
    }

    private void lorryDrivers() {
        // W39
        say(1, "05:00", hgPark, ewa, "Doncaster services: full by 7pm, showers ok, £32");
        say(1, "06:10", hgCab, malik, "morning. M62 closed westbound at J26 overnight all week, fyi");
        say(1, "06:30", hgCab, arjun, "cheers Malik, saved me a detour");
        say(2, "08:00", hgCab, neville, "my 35-hour CPC block, £295, next one starts the 14th. book here: "
                + "https://okorotraining.example/cpc");
        Post sh = say(3, "12:00", hgCpc, shauna, "does anyone run CPC courses near Doncaster that do weekends? I "
                + "can't get weekdays off");
        Post ans24 = re(3, "12:40", neville, sh, "I do, Shauna. weekend blocks at Doncaster, £295 for the full 35 hours: "
                + "https://okorotraining.example/cpc");
        re(3, "13:00", shauna, ans24, "that's ideal, thank you");
        say(3, "21:00", hgPark, ewa, "Ferrybridge: half full at 9pm, food van still open");
        say(4, "21:30", hgPark, ewa, "Markham Moor: full, parked on the slip. avoid");
        say(5, "07:00", hgCab, neville, "still 3 places on my CPC week, £295: https://okorotraining.example/cpc");
        say(5, "09:00", hgCab, arjun, "anyone else's tacho card expiring this year? renewal taking 6 weeks");
        say(5, "09:15", hgCab, malik, "mine's in December, applying now then");
        say(6, "10:00", hgCpc, arjun, "is the medical every five years after 45 or is that changed?");
        say(6, "10:30", hgCpc, shauna, "every five years from 45 till 65, then every year");
        say(6, "10:35", hgCpc, arjun, "thanks Shauna");
        say(6, "22:00", hgCab, gerry, "who's parked at Woodall tonight? brew's on in the blue Scania");
        say(6, "22:15", hgCab, malik, "two bays down from you Gerry, I'll bring biscuits");
        say(7, "09:00", hgCab, arjun, "sunday off for once, taking the kids to the sea");
        say(7, "09:10", hgCab, ewa, "enjoy it Arjun!");
        // W40
        say(8, "05:30", hgCab, gerry, "on a Euro run till Friday, no signal half the time, see you all then");
        say(8, "19:00", hgPark, ewa, "Tibshelf: space at 7pm, showers broken");
        say(9, "07:00", hgCab, malik, "@Gerry Walsh what's the parking like at Calais now? heading over next week");
        say(9, "20:00", hgPark, ewa, "Woodall: full by 8, overflow on the services road");
        say(9, "20:30", hgCab, ewa, "@Arjun Desai did your card come through in the end?");
        say(9, "20:45", hgCab, arjun, "yep, 4 weeks in the end. thanks for asking Ewa");
        say(10, "05:00", hgPark, ewa, "Ferrybridge: quiet at 5am, fuel queue though");
        say(10, "21:00", hgPark, ewa, "Hartshead Moor: two spaces left, decent cafe");
        say(10, "22:00", hgCab, shauna, "passed my CPC weekend! thanks Neville, good course");
        say(10, "22:10", hgCab, neville, "well done Shauna, you worked hard for it 👏");
        say(11, "19:30", hgPark, ewa, "Birch services: plenty of space, £28, clean loos");
        say(11, "20:00", hgCab, ewa, "anyone know if the Birch cafe does a driver's discount still?");
        say(11, "20:10", hgCab, malik, "10% with your card, ask at the till");
        say(12, "15:00", hgCab, gerry, "back! Malik: Calais was rammed both nights, get there before 6 or you're "
                + "on the road outside");
        say(12, "15:10", hgCab, malik, "cheers Gerry, will plan for it");
        say(12, "20:30", hgPark, ewa, "Trowell: full at 8:30, don't bother");
        say(13, "09:00", hgPark, ewa, "Leicester Forest East: lots of space Saturday morning");
        say(13, "10:30", hgCpc, malik, "@Shauna Brennan you know the rules inside out, does the ferry count as "
                + "break time on the tacho?");
        say(14, "18:00", hgPark, ewa, "Doncaster services: half full Sunday evening, showers fixed");
        // W41
        say(15, "06:00", hgCpc, shauna, "Malik: yes if you've got a bunk on the ferry, it can count as part of "
                + "your daily rest, max two interruptions");
        say(15, "06:30", hgCpc, malik, "brilliant, didn't know that. thanks Shauna");
        say(15, "20:00", hgPark, ewa, "Lymm truckstop: full at 8, queue at the gate");
        say(16, "07:00", hgCab, arjun, "fuel up 4p overnight at the Shell by us. ouch");
        say(16, "07:20", hgCab, gerry, "same at ours. the firm's card doesn't care but my wallet does");
        say(17, "21:00", hgPark, ewa, "Ferrybridge: empty at 9pm for once, weird");
        say(18, "12:00", hgCab, neville, "does anyone know a good garage for a tail-lift service near Wakefield?");
        say(18, "12:20", hgCab, gerry, "Harker's on the industrial estate, they did ours");
        say(18, "12:25", hgCab, neville, "thanks Gerry");
        say(19, "06:00", hgCab, ewa, "@Gerry Walsh how was the Euro run in the end? thinking of signing up for it");
        say(19, "06:30", hgCab, gerry, "long but decent money Ewa. the ferry nights are the best sleep you'll get");
        say(19, "06:40", hgCab, ewa, "ha, sold. thanks Gerry");
        say(20, "13:00", hgCpc, arjun, "renewal done, medical passed, five more years 🙌");
        say(20, "13:10", hgCpc, shauna, "nice one Arjun");
    }

    static Map<String, String> files() {
        return new HeldOutScenes69Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 69");
    }
}
