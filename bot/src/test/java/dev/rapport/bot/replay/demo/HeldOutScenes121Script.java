package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 121 (sealed): eight communities of cycling and the trades around it, of kinds no earlier round used
 * (hand wheel builders, Tension & True, with a wheel-requests room where riders ask, a parts bin and a builder who
 * spends a week arguing lacing patterns with fellow builders while two riders' requests wait; professional bike
 * fitters, The Fit Room, with a room where riders ask, introductions and a newcomer's DM pitch to a new rider; a
 * custom steel frame builder's own server, Ashgrove Frameworks, with its Staff, its Customers and two prospects; a
 * community bike-repair co-op, Free Wheel Co-op, where nobody sells; a road cycling club, Harewood Road Club, with its
 * Committee and members; self-employed mobile bike mechanics, Van Spanners, with a callouts room where riders ask and
 * a parts distributor's rep among them; a suspension servicing workshop's own server, Rebound Suspension Works, with
 * its Staff and Customers and a customer's DM; vintage lightweight bicycle restorers, Lugged &amp; Polished, with a
 * wanted-and-for-sale room and a parts dealer among them), over three ISO weeks (2032-W42 to W44), written and
 * labelled by writer121 (session 58) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-121.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes121Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2032, 10, 11);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2032, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-121";
    private static final int BASE = 94800;

    // --- A. hand wheel builders ---
    private final String tension = cast.guild(1491);
    private final Channel ttBench = cast.channel(tension, "Tension & True", "builders-bench",
            "wheel builders among ourselves: lacing, tension, rims, hubs, tools and the trade", "tt-builders-bench.json");
    private final Channel ttRequests = cast.channel(tension, "Tension & True", "wheel-requests",
            "riders: ask for a build, a rebuild or a quote; builders reply", "tt-wheel-requests.json");
    private final Channel ttParts = cast.channel(tension, "Tension & True", "parts-bin",
            "members buy and sell hubs, rims, spokes and tools", "tt-parts-bin.json");
    private final Persona osric = cast.person("osric.penhallow", "Osric Penhallow");
    private final Persona mabli = cast.person("mabli.treharne", "Mabli Treharne");
    private final Persona fergus = cast.person("fergus.quigley", "Fergus Quigley");
    private final Persona anouk = cast.person("anouk.verbeek", "Anouk Verbeek");
    private final Persona pippa = cast.person("pippa.strand", "Pippa Strand");
    private final Persona jago = cast.person("jago.pendleton", "Jago Pendleton");
    private final Persona wren = cast.person("wren.abernathy", "Wren Abernathy");
    private final Persona giles = cast.person("giles.fairbrook", "Giles Fairbrook");

    // --- B. professional bike fitters ---
    private final String fitRoom = cast.guild(1492);
    private final Channel frLounge = cast.channel(fitRoom, "The Fit Room", "fitters-lounge",
            "fitters among ourselves: tools, methods, courses and the business", "fr-fitters-lounge.json");
    private final Channel frAsk = cast.channel(fitRoom, "The Fit Room", "ask-a-fitter",
            "riders ask about pain, position, saddles and cleats; fitters answer", "fr-ask-a-fitter.json");
    private final Channel frIntro = cast.channel(fitRoom, "The Fit Room", "introductions",
            "introduce yourself: who you are and what you ride or fit", "fr-introductions.json");
    private final Persona rosalind = cast.person("rosalind.achterberg", "Rosalind Achterberg");
    private final Persona dashiell = cast.person("dashiell.marwood", "Dashiell Marwood");
    private final Persona teodora = cast.person("teodora.blix", "Teodora Blix");
    private final Persona cosmo = cast.person("cosmo.haverford", "Cosmo Haverford");
    private final Persona ines = cast.person("ines.valderrama", "Ines Valderrama");
    private final Persona leofric = cast.person("leofric.dunn", "Leofric Dunn");
    private final Persona bram = cast.person("bram.oyelowo", "Bram Oyelowo");
    private final Channel dmBram = cast.dm(bram, "dm-bram-cosmo.json");

    // --- C. a custom steel frame builder's own server ---
    private final String ashgrove = cast.guild(1493);
    private final Role agStaff = cast.role("Staff", "#c0392b", 2);
    private final Role agCustomer = cast.role("Customer", "#2980b9", 1);
    private final Channel agNews = cast.channel(ashgrove, "Ashgrove Frameworks", "workshop-news",
            "from the workshop: build slots, open days and what's on the jig", "ag-workshop-news.json");
    private final Channel agCorner = cast.channel(ashgrove, "Ashgrove Frameworks", "customer-corner",
            "customers and would-be customers: ask about your build, fittings, paint and slots", "ag-customer-corner.json");
    private final Channel agShow = cast.channel(ashgrove, "Ashgrove Frameworks", "show-your-ride",
            "your Ashgrove out in the world", "ag-show-your-ride.json");
    private final Persona lorcan = cast.person("lorcan.ashgrove", "Lorcan Ashgrove", agStaff);
    private final Persona elspeth = cast.person("elspeth.varley", "Elspeth Varley", agStaff);
    private final Persona niamh = cast.person("niamh.cartwright", "Niamh Cartwright", agCustomer);
    private final Persona hugo = cast.person("hugo.penrose", "Hugo Penrose", agCustomer);
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante", agCustomer);
    private final Persona sorcha = cast.person("sorcha.delaney", "Sorcha Delaney");
    private final Persona piran = cast.person("piran.trevithick", "Piran Trevithick");

    // --- D. a community bike-repair co-op (nobody sells) ---
    private final String freeWheel = cast.guild(1494);
    private final Channel fwFloor = cast.channel(freeWheel, "Free Wheel Co-op", "workshop-floor",
            "fixing your own bike: ask, show, help each other", "fw-workshop-floor.json");
    private final Channel fwRota = cast.channel(freeWheel, "Free Wheel Co-op", "volunteer-rota",
            "volunteer shifts for the open sessions: sign up and swap", "fw-volunteer-rota.json");
    private final Channel fwGeneral = cast.channel(freeWheel, "Free Wheel Co-op", "general",
            "everything else: rides, donations, news", "fw-general.json");
    private final Persona bernadette = cast.person("bernadette.okafor", "Bernadette Okafor");
    private final Persona ignatius = cast.person("ignatius.pell", "Ignatius Pell");
    private final Persona yusuf = cast.person("yusuf.darrow", "Yusuf Darrow");
    private final Persona clodagh = cast.person("clodagh.minto", "Clodagh Minto");
    private final Persona percival = cast.person("percival.gant", "Percival Gant");
    private final Persona maisie = cast.person("maisie.lovell", "Maisie Lovell");

    // --- E. a road cycling club ---
    private final String harewood = cast.guild(1495);
    private final Role committee = cast.role("Committee", "#27ae60", 1);
    private final Channel hrNews = cast.channel(harewood, "Harewood Road Club", "club-news",
            "notices from the committee: rides, membership, events", "hr-club-news.json");
    private final Channel hrRides = cast.channel(harewood, "Harewood Road Club", "ride-chat",
            "weekend rides, routes, cafés and who's going", "hr-ride-chat.json");
    private final Channel hrGeneral = cast.channel(harewood, "Harewood Road Club", "general",
            "anything cycling (or not)", "hr-general.json");
    private final Persona marguerite = cast.person("marguerite.holloway", "Marguerite Holloway", committee);
    private final Persona winifred = cast.person("winifred.aske", "Winifred Aske", committee);
    private final Persona desmond = cast.person("desmond.ashby", "Desmond Ashby");
    private final Persona jolyon = cast.person("jolyon.sharrock", "Jolyon Sharrock");
    private final Persona rafferty = cast.person("rafferty.kemp", "Rafferty Kemp");
    private final Persona seren = cast.person("seren.probert", "Seren Probert");
    private final Persona nkechi = cast.person("nkechi.obi", "Nkechi Obi");

    // --- F. self-employed mobile bike mechanics ---
    private final String vanSpanners = cast.guild(1496);
    private final Channel vsChat = cast.channel(vanSpanners, "Van Spanners", "mechanics-chat",
            "mobile mechanics among ourselves: vans, tools, parts, pricing", "vs-mechanics-chat.json");
    private final Channel vsCallouts = cast.channel(vanSpanners, "Van Spanners", "rider-callouts",
            "riders: post what needs fixing and where; mechanics reply", "vs-rider-callouts.json");
    private final Channel vsTrade = cast.channel(vanSpanners, "Van Spanners", "trade-offers",
            "suppliers' and members' offers on parts and kit", "vs-trade-offers.json");
    private final Persona shreya = cast.person("shreya.balakrishnan", "Shreya Balakrishnan");
    private final Persona ewan = cast.person("ewan.macallister", "Ewan Macallister");
    private final Persona tobias = cast.person("tobias.wrenfield", "Tobias Wrenfield");
    private final Persona quentin = cast.person("quentin.ellery", "Quentin Ellery");
    private final Persona lucinda = cast.person("lucinda.farrow", "Lucinda Farrow");
    private final Persona marcus = cast.person("marcus.oakes", "Marcus Oakes");
    private final Persona zofia = cast.person("zofia.nowicka", "Zofia Nowicka");

    // --- G. a suspension servicing workshop's own server ---
    private final String rebound = cast.guild(1497);
    private final Role rbStaff = cast.role("Staff", "#8e44ad", 2);
    private final Role rbCustomer = cast.role("Customer", "#16a085", 1);
    private final Channel rbNews = cast.channel(rebound, "Rebound Suspension Works", "workshop-news",
            "turnaround times, closures and new service options from the workshop", "rb-workshop-news.json");
    private final Channel rbDesk = cast.channel(rebound, "Rebound Suspension Works", "service-desk",
            "ask about a service, a booking or your fork or shock; the team answers", "rb-service-desk.json");
    private final Channel rbTrail = cast.channel(rebound, "Rebound Suspension Works", "trail-talk",
            "riding, setups and everything else", "rb-trail-talk.json");
    private final Persona hamid = cast.person("hamid.rostami", "Hamid Rostami", rbStaff);
    private final Persona ingrid = cast.person("ingrid.lund", "Ingrid Lund", rbStaff);
    private final Persona callum = cast.person("callum.rennie", "Callum Rennie", rbCustomer);
    private final Persona odette = cast.person("odette.fairclough", "Odette Fairclough", rbCustomer);
    private final Persona sebastien = cast.person("sebastien.mayhew", "Sebastien Mayhew", rbCustomer);
    private final Persona harriet = cast.person("harriet.quist", "Harriet Quist");
    private final Channel dmOdette = cast.dm(odette, "dm-odette-ingrid.json");

    // --- H. vintage lightweight bicycle restorers ---
    private final String lugged = cast.guild(1498);
    private final Channel lpBench = cast.channel(lugged, "Lugged & Polished", "restoration-bench",
            "restoring old lightweights: frames, paint, chrome, parts and dating", "lp-restoration-bench.json");
    private final Channel lpSale = cast.channel(lugged, "Lugged & Polished", "wanted-and-for-sale",
            "buy, sell and swap frames and period parts", "lp-wanted-and-for-sale.json");
    private final Channel lpShine = cast.channel(lugged, "Lugged & Polished", "show-and-shine",
            "finished restorations and works in progress", "lp-show-and-shine.json");
    private final Persona montague = cast.person("montague.greaves", "Montague Greaves");
    private final Persona florian = cast.person("florian.castell", "Florian Castell");
    private final Persona ottilie = cast.person("ottilie.marchbank", "Ottilie Marchbank");
    private final Persona barnaby = cast.person("barnaby.quill", "Barnaby Quill");
    private final Persona eudora = cast.person("eudora.finch", "Eudora Finch");
    private final Persona caradoc = cast.person("caradoc.lyle", "Caradoc Lyle");

    private HeldOutScenes121Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        wheelBuilders();
        bikeFitters();
        frameBuilder();
        repairCoop();
        roadClub();
        mobileMechanics();
        suspensionWorkshop();
        vintageRestorers();
    }

    /** A. Tension & True: Osric argues lacing with fellow builders all of W43 while Wren and Giles wait. */
    private void wheelBuilders() {
        // W42
        Post piRim = say(1, "09:10", ttRequests, pippa, "Looking for a rear wheel rebuild: my old 105 hub into a new "
                + "rim, 32 spokes. Anyone near Sheffield take that on?");
        Post osRim = re(1, "10:02", osric, piRim, "I can, I'm in Sheffield. A rim swap on your hub is about £85 with "
                + "new spokes, a week's turnaround. Which rim did you have in mind?");
        Post piWhich = re(1, "10:30", pippa, osRim, "Something tubeless-ready and not too heavy. What would you "
                + "suggest?");
        Post osWhich = re(1, "11:05", osric, piWhich, "A DT R460 or a Kinlin XR31, both fine at 32 holes. For "
                + "tubeless I'd go R460.");
        re(1, "11:20", pippa, osWhich, "R460 it is. I'll drop it round on Thursday.");
        Post maNipples = say(2, "08:40", ttBench, mabli, "Anyone else finding the new batch of brass nipples softer? "
                + "Rounded two off today at 110 kgf.");
        re(2, "09:05", fergus, maNipples, "Same here, I went back to the old stock. A four-sided key helps too.");
        Post anNipples = re(2, "09:30", anouk, maNipples, "I switched supplier in the summer, no rounding since. "
                + "Happy to pass on the name.");
        Post maPlease = re(2, "09:45", mabli, anNipples, "Please do!");
        re(2, "10:10", anouk, maPlease, "Spokeworks in Leicester, ask for their trade list.");
        Post maHubs = say(3, "12:00", ttParts, mabli, "For sale: pair of Hope Pro 5 hubs, 28h, ridden once, £160 "
                + "the pair. Collection from Bristol or posted.");
        Post anXd = re(3, "12:40", anouk, maHubs, "Is the rear XD?");
        re(3, "13:00", mabli, anXd, "Shimano HG, sorry.");
        Post feTape = say(3, "20:00", ttBench, fergus, "Rim tape for tubeless on 21 mm rims: 23 or 25 mm wide?");
        re(3, "20:20", anouk, feTape, "25, so it runs up the bead seat a touch. Never had a leak since.");
        Post osMeter = say(4, "19:00", ttBench, osric, "Tension meter question: does anyone re-check a TM-1 "
                + "against something, or do you trust the chart?");
        Post feMeter = re(4, "19:30", fergus, osMeter, "I check mine against a known wheel every few months. It "
                + "drifts more than you'd think.");
        re(4, "19:45", osric, feMeter, "Good idea, I'll keep one wheel as the reference. Thanks.");
        Post piDropped = say(5, "17:00", ttRequests, pippa, "@Osric Penhallow dropped the wheel off with your "
                + "neighbour, hope that's ok!");
        re(5, "18:10", osric, piDropped, "Got it, thanks. It'll be ready next Thursday.");
        Post jaSpokes = say(6, "10:00", ttRequests, jago, "Is 24 spokes on the front enough for a 90 kg rider on a "
                + "road bike?");
        Post maSpokes = re(6, "10:40", mabli, jaSpokes, "With rim brakes and a decent rim, 24 is fine at your "
                + "weight. With discs I'd go 28.");
        re(6, "11:00", jago, maSpokes, "Discs, so 28. Thanks!");
        // W43
        Post wrDynamo = say(8, "09:00", ttRequests, wren, "@Osric Penhallow I'm after a dynamo front wheel for "
                + "audax: SON 28 hub, 32 spokes. Could you quote me? I need it for a 600 km ride on the 6th of "
                + "November.");
        Post osRadial = say(8, "10:15", ttBench, osric, "Right, I'll say it: radial lacing on a disc front hub is "
                + "asking for trouble. Saw one yesterday that had wound up and pulled a flange.");
        Post feRadial = re(8, "10:40", fergus, osRadial, "Radial on a disc front is fine if the hub maker allows "
                + "it. Some do.");
        Post osAllows = re(8, "11:00", osric, feRadial, "Allows it, maybe. The braking torque still goes through "
                + "spokes that can't carry it. Two-cross minimum.");
        Post anRear = re(8, "11:30", anouk, osAllows, "I've laced radial non-drive on a few disc rears, no "
                + "failures in five years. The maths is on your side though.");
        Post osSide = re(8, "12:10", osric, anRear, "Radial on the disc side or the other side? That's the whole "
                + "question.");
        Post anSide = re(8, "13:00", anouk, osSide, "Non-disc side only. The disc side is always crossed.");
        re(8, "13:20", osric, anSide, "Then we agree. It's the fronts that worry me.");
        Post giGravel = say(9, "09:30", ttRequests, giles, "Gravel wheelset wanted: 650b, tough enough for "
                + "bikepacking, budget about £500. Who builds these?");
        Post maBooked = re(9, "10:05", mabli, giGravel, "I'd love to but I'm booked solid till December. "
                + "@Osric Penhallow builds lovely gravel sets.");
        re(9, "10:20", giles, maBooked, "Thanks Mabli, I'll wait to hear from him.");
        Post osWhichHubs = say(9, "11:00", ttBench, osric, "@Fergus Quigley you said some hub makers allow radial "
                + "on disc fronts. Which ones? I want names.");
        Post feDig = re(9, "11:30", fergus, osWhichHubs, "A couple of the small ones. I'll dig out the spec "
                + "sheets tonight.");
        re(9, "14:00", osric, feDig, "Please do. I reckon their warranty wording is doing a lot of work.");
        say(10, "09:00", ttRequests, wren, "@Osric Penhallow just nudging this, the date's getting close. Happy to "
                + "pay a deposit.");
        Post feSheets = say(10, "10:00", ttBench, fergus, "@Osric Penhallow spec sheets found: both say radial is "
                + "allowed with rotors up to 160 mm.");
        re(10, "10:30", osric, feSheets, "There you go, 160 only. So on a 180 rotor it's off. Ha.");
        Post maStill = say(10, "11:00", ttBench, mabli, "Are you two still on this? 😄");
        re(10, "11:10", osric, maStill, "It matters, Mabli! A pulled flange on a descent is a crash.");
        Post jaRim = say(11, "08:30", ttRequests, jago, "Follow-up: would a 28h front on a 25 mm internal rim ride "
                + "too stiff?");
        Post maRim = re(11, "08:50", mabli, jaRim, "Not at all, it'll ride fine. Run the tyre a bit softer.");
        re(11, "09:05", jago, maRim, "Great, thanks again.");
        Post osSums = say(11, "09:30", ttBench, osric, "Did some sums last night on torque through two-cross and "
                + "radial spokes at 160 and 180 rotors. I'll write it up for the bench.");
        re(11, "09:50", anouk, osSums, "Send it over, I'd read that.");
        Post osWrite = say(12, "16:00", ttBench, osric, "Write-up's pinned. Short version: crossed lacing on any "
                + "disc side, always.");
        re(12, "16:30", fergus, osWrite, "Nice work. Agree with the short version.");
        re(12, "17:00", anouk, osWrite, "Bookmarked.");
        Post osCross = say(13, "10:00", ttBench, osric, "@Anouk Verbeek do you lace 32h gravel rears three-cross "
                + "or two-cross?");
        Post anCross = re(13, "10:20", anouk, osCross, "Three-cross, always.");
        re(13, "10:35", osric, anCross, "Same here.");
        // W44
        Post osWren = re(15, "08:30", osric, wrDynamo, "@Wren Abernathy I'm so sorry, I got buried in an argument "
                + "on the builders' bench and let this sit a week. SON 28 into a 32h rim is £310 built, and I can "
                + "have it ready by the 3rd of November. Does that still work for you?");
        Post osGiles = re(15, "08:45", osric, giGravel, "@Giles Fairbrook sorry for the wait. For 650b "
                + "bikepacking I'd do 32h on a 25 mm rim, around £480. Want a proper quote?");
        re(15, "09:10", wren, osWren, "Phew, yes please. Deposit sent!");
        Post giYes = re(15, "10:00", giles, osGiles, "Yes please, let's do it.");
        Post osQuote = re(16, "09:00", osric, giYes, "Quote's in your inbox: £475 with Sapim Race spokes, ready "
                + "in two weeks.");
        re(16, "12:00", giles, osQuote, "Booked in, thanks Osric.");
        Post piTrue = say(17, "18:00", ttRequests, pippa, "The rebuilt wheel has done 300 km and it's still dead "
                + "true. Thanks @Osric Penhallow!");
        re(17, "18:30", osric, piTrue, "Great to hear, enjoy it.");
        Post maShort = say(18, "08:20", ttBench, mabli, "Anyone got spare 2.0/1.8 double-butted spokes in 272? "
                + "I'm two short.");
        Post fePost = re(18, "08:50", fergus, maShort, "Posting you four tomorrow.");
        re(18, "09:00", mabli, fePost, "Hero.");
        Post anStand = say(19, "13:00", ttParts, anouk, "Selling my old truing stand, a Park TS-2, £90.");
        Post feClamp = re(19, "13:30", fergus, anStand, "Tempting. Is the clamp still tight?");
        re(19, "13:45", anouk, feClamp, "Like new, it's yours if you want it.");
        Post wrDone = say(20, "17:30", ttRequests, wren, "Wheel collected, it's gorgeous. The light comes on at "
                + "walking pace!");
        re(20, "18:00", osric, wrDone, "Good luck on the 600!");
    }

    /** B. The Fit Room: Dashiell answers riders about himself (W42-W43, better in W44); Cosmo pitches Bram by DM. */
    private void bikeFitters() {
        // W42
        Post inHands = say(1, "08:30", frAsk, ines, "My hands go numb after about an hour on the road bike. "
                + "Is that the bars, the saddle, or me?");
        Post daHands = re(1, "09:10", dashiell, inHands, "I had exactly that when I started riding long. I moved my "
                + "saddle back a centimetre and I raised my bars, and my hands stopped going numb within a week. I "
                + "still ride my old steel bike with that setup and I never get numb hands now. My own rule is I "
                + "always start at the saddle before I touch the bars.");
        Post roHands = re(1, "10:00", rosalind, inHands, "It's often too much weight on the hands. Is your saddle "
                + "level, and how far are you reaching to the hoods? A photo from the side would help.");
        Post inPhoto = re(1, "12:30", ines, roHands, "Saddle tips down a bit, I think. Here's a side photo.");
        Post roLevel = re(1, "13:00", rosalind, inPhoto, "Yes, level that saddle first and see how the next ride "
                + "feels. You may not need anything else.");
        re(2, "19:00", ines, roLevel, "Levelled it and did 70 km, hands fine. Thank you!");
        Post leCleats = say(2, "08:00", frAsk, leofric, "Where should cleats sit fore and aft? My knees ache on "
                + "long climbs.");
        Post daCleats = re(2, "08:40", dashiell, leCleats, "When I fitted my own cleats I got it wrong for a year. "
                + "I had my heels in and my knees hurt on every climb. I fixed mine with a wedge under the left "
                + "shoe and my knee has been fine since. I've done the same fix on my clubmates too, and my "
                + "wife's.");
        Post teCleats = re(2, "09:30", teodora, leCleats, "A common start is the ball of your foot just ahead of "
                + "the pedal axle. Which side of the knee aches, inside or outside?");
        Post leInside = re(2, "10:15", leofric, teCleats, "Inside, the left one mostly.");
        Post teWedge = re(2, "10:40", teodora, leInside, "Then try moving that cleat a couple of millimetres "
                + "toward the outside of the shoe, and go easy on the climbs for a week.");
        re(4, "18:00", leofric, teWedge, "Moved it 2 mm, the ache is much less. Thanks Teodora.");
        Post teLaser = say(3, "20:00", frLounge, teodora, "Anyone tried the new laser plumb lines? Mine's ten "
                + "years old and the batteries die mid-fit.");
        Post roLaser = re(3, "20:30", rosalind, teLaser, "I bought one in the spring. Much brighter, and it "
                + "charges by USB.");
        Post daBusy = re(3, "21:00", dashiell, teLaser, "I did 14 fits this month, my busiest yet. I'm thinking "
                + "I'll raise my prices in the new year, my diary's full till Christmas and I've had to turn "
                + "people away.");
        re(3, "21:20", teodora, roLaser, "USB would save me a lot of swearing. Thanks.");
        Post roMats = say(4, "20:00", frLounge, rosalind, "What are you all using to clean the pressure mats? Mine "
                + "have gone cloudy.");
        re(4, "20:30", teodora, roMats, "Plain warm water and a microfibre. Anything with alcohol clouds them.");
        Post leGlasgow = say(5, "12:00", frAsk, leofric, "Does anyone here do full fits in Glasgow? Happy to pay, "
                + "I'd like someone to look at the knee properly.");
        Post teGlasgow = re(5, "12:30", teodora, leGlasgow, "I do, I'm in Partick. A full fit is £120 with a "
                + "follow-up call, DM me and we'll find a slot.");
        re(5, "13:00", leofric, teGlasgow, "Perfect, messaging you now.");
        Post inRead = say(6, "09:00", frAsk, ines, "Is there anything I can read about saddle height that isn't "
                + "just a formula?");
        Post roRead = re(6, "09:40", rosalind, inRead, "I wrote a piece on exactly that last year, it's free: "
                + "achterbergfit.example/saddle-height");
        re(6, "10:00", ines, roRead, "Brilliant, reading it now.");
        // W43
        joins(8, "08:00", frIntro, cosmo);
        say(8, "08:10", frIntro, cosmo, "Hi all, Cosmo here. I've just set up as a fitter in Leeds after a course "
                + "in the summer. My studio: cosmofit.example");
        joins(8, "08:30", frIntro, bram);
        Post brHello = say(8, "08:40", frIntro, bram, "Hello! Bram, from Leeds, just bought my first road bike and "
                + "joining my first club rides. Here to learn.");
        re(8, "09:00", rosalind, brHello, "Welcome Bram! Ask away in #ask-a-fitter any time.");
        say(9, "19:00", dmBram, cosmo, "Hi Bram, saw your intro, I'm in Leeds too. New riders are my speciality: "
                + "full fits are £130 this month instead of £160. Book here: cosmofit.example/book");
        say(9, "21:00", dmBram, bram, "Thanks, I'm not looking for a fit just now.");
        Post inHips = say(9, "08:00", frAsk, ines, "New problem: my hips rock on the saddle when I push hard. "
                + "Saddle too high?");
        Post daHips = re(9, "08:30", dashiell, inHips, "I had rocking hips for years before I worked it out. I was "
                + "riding my saddle 15 mm too high because I copied my old coach. I dropped mine and I felt the "
                + "difference on my first ride. I now check my own height every spring, and I always film myself "
                + "on the trainer.");
        Post roHips = re(9, "09:15", rosalind, inHips, "Likely, yes. Try 5 mm lower, then ride and film yourself "
                + "from behind. Do your hips rock only under effort, or all the time?");
        Post inEffort = re(9, "12:00", ines, roHips, "Only under effort.");
        re(9, "12:30", rosalind, inEffort, "Then 5 mm down should sort it. Tell us how it goes.");
        Post brKnee = say(11, "18:00", frAsk, bram, "The front of my knee hurts after the club ride. Is that the "
                + "saddle height too?");
        Post daKnee = re(11, "18:30", dashiell, brKnee, "I had front-of-knee pain after my first club rides too. "
                + "My saddle was too low and too far forward. I moved mine up and back, and I stopped getting it. "
                + "I think I was pushing too big a gear as well, I always did in my first year.");
        Post teKnee = re(11, "19:00", teodora, brKnee, "Front-of-knee pain is often a low saddle. How tall are "
                + "you, and what's the saddle height now, centre of the bottom bracket to the top of the saddle?");
        Post brTall = re(11, "20:00", bram, teKnee, "1.80 m, and it's 68 cm.");
        Post teRaise = re(11, "20:30", teodora, brTall, "That's on the low side. Raise it 1 cm, ride easy, and see.");
        re(12, "19:00", bram, teRaise, "Raised it, no pain on today's ride. Thanks!");
        Post roCourse = say(12, "20:00", frLounge, rosalind, "Anyone going to the fitting conference in March? "
                + "I'm thinking of giving a talk on older riders.");
        Post daCourse = re(12, "20:30", dashiell, roCourse, "I went last year and I gave my own talk on my "
                + "method. I'll probably go again, I've got a new talk I want to give on my pressure-mapping "
                + "results.");
        re(12, "21:00", teodora, roCourse, "Do it, Rosalind. Nobody covers older riders.");
        // W44
        Post inLower = say(15, "08:00", frAsk, ines, "Lowered the saddle 5 mm, the rocking is gone. Now my lower "
                + "back aches on long rides.");
        Post daBack = re(15, "08:30", dashiell, inLower, "Glad the rocking's gone! How long are your long rides, "
                + "and when does your back start to ache? Do you spend much time on the drops, or mostly on the "
                + "hoods?");
        Post inHoods = re(15, "09:30", ines, daBack, "About 100 km, it starts at 3 hours, mostly on the hoods.");
        Post daCore = re(15, "10:00", dashiell, inHoods, "Then your reach might be fine and it's your core tiring. "
                + "Could you try a few stretches before your next ride and tell me if it changes? What does your "
                + "week look like off the bike?");
        re(15, "10:30", ines, daCore, "Desk job, so not great. I'll try the stretches, thanks Dashiell.");
        Post leShoes = say(16, "12:00", frAsk, leofric, "After the fit, my feet go hot on long rides. New shoes or "
                + "something else?");
        Post daShoes = re(16, "12:30", dashiell, leShoes, "How old are your shoes, and is it both feet or one? "
                + "Hot spots can be the shoe or the insole. Do you have any arch support in yours?");
        Post leFlat = re(16, "13:10", leofric, daShoes, "Both feet, flat insoles, shoes are four years old.");
        re(16, "13:40", dashiell, leFlat, "Try an insole with some arch support in your current shoes before you "
                + "buy new ones. Let me know how it goes.");
        Post brThanks = say(17, "18:00", frAsk, bram, "Week two without knee pain. This room is great.");
        re(17, "18:30", teodora, brThanks, "Lovely to hear, Bram.");
        Post roTalk = say(18, "20:00", frLounge, rosalind, "I sent in my talk on older riders!");
        re(18, "20:20", dashiell, roTalk, "Brilliant, Rosalind. What's your angle on it? I'd love to hear how you "
                + "adapt the fit for stiff hips.");
    }

    /** C. Ashgrove Frameworks: in W43 Lorcan courts two prospects while his customer Niamh waits; Elspeth is away. */
    private void frameBuilder() {
        // W42
        say(1, "08:00", agNews, lorcan, "Morning all. Slots for spring builds open on the 1st of November; "
                + "current customers, your frames are on the list below in build order.");
        Post hugoRake = say(1, "18:00", agCorner, hugo, "@Lorcan Ashgrove quick one: will my fork have mounts for "
                + "a front rack, or do I need to ask for them?");
        Post loRake = re(1, "19:10", lorcan, hugoRake, "They're on your drawing already, Hugo: low-rider mounts "
                + "both sides and a crown hole.");
        re(1, "19:30", hugo, loRake, "Perfect, thanks.");
        Post kwDecal = say(2, "10:00", agCorner, kwame, "@Elspeth Varley could I get a spare set of the head "
                + "badge decals? Scuffed one on the car rack.");
        Post elDecal = re(2, "11:30", elspeth, kwDecal, "Of course, Kwame, a set's going in the post today.");
        re(2, "11:45", kwame, elDecal, "Thank you!");
        Post niBrother = say(3, "09:00", agCorner, niamh, "I sent my brother Ciaran your way, he's after a tourer. "
                + "He'll be in touch. Still very excited about mine starting soon!");
        Post loBrother = re(3, "09:40", lorcan, niBrother, "That's kind of you, Niamh, thank you. Your build "
                + "starts on the 18th, I'll post photos as it goes.");
        re(3, "10:00", niamh, loBrother, "Can't wait.");
        Post kwRide = say(4, "17:00", agShow, kwame, "First 200 km on the Ashgrove. Not a single creak.");
        re(4, "17:30", lorcan, kwRide, "That's the best photo I've seen all month. Where was that?");
        re(4, "18:00", hugo, kwRide, "Gorgeous colour.");
        Post elAway = say(5, "12:00", agNews, elspeth, "I'm at the Bespoked show from Monday 18th to Friday 22nd, "
                + "with almost no signal. Paint questions will wait till I'm back on the 25th, sorry!");
        Post huPaint = re(5, "12:30", hugo, elAway, "Have fun! I'll save my paint question.");
        re(5, "12:45", elspeth, huPaint, "Thanks Hugo, ask it any time, I'll answer when I'm back.");
        Post kwFit = say(6, "09:00", agCorner, kwame, "Stem question: would a 10 mm shorter stem spoil the "
                + "handling you designed in?");
        Post loFit = re(6, "09:45", lorcan, kwFit, "Not at all, 10 mm shorter is well within what it was "
                + "designed around. Go for it.");
        re(6, "10:00", kwame, loFit, "Ordering one now, thanks.");
        // W43
        joins(8, "08:30", agCorner, sorcha);
        Post soGravel = say(8, "08:45", agCorner, sorcha, "Hi! I'm thinking about a custom steel gravel frame. "
                + "What's the wait, and roughly what does a frame and fork cost?");
        Post loGravel = re(8, "09:20", lorcan, soGravel, "Welcome, Sorcha! Frame and fork from £2,200, and I've "
                + "a slot in February. What sort of riding do you do, and what are you on now?");
        Post soRiding = re(8, "10:00", sorcha, loGravel, "Long mixed rides, some bikepacking. I'm on an aluminium "
                + "bike that beats me up.");
        re(8, "10:30", lorcan, soRiding, "Steel will be kinder. Room for 50 mm tyres and three bottle mounts would "
                + "be my starting point. Shall we have a call this week?");
        Post niSlot = say(9, "09:00", agCorner, niamh, "@Lorcan Ashgrove my build was meant to start on the 18th. "
                + "Is it still on? I need to book time off for the fitting.");
        Post huColour = say(9, "12:00", agCorner, hugo, "@Elspeth Varley for when you're back: can the head tube "
                + "be a different colour from the rest?");
        joins(9, "15:00", agCorner, piran);
        Post piTour = say(9, "15:20", agCorner, piran, "Hello, I'm looking at a touring frame for a trip across "
                + "Canada next summer. Could you build one in time?");
        Post loTour = re(9, "16:00", lorcan, piTour, "Hello Piran! Yes, a March slot would do it. Where are you "
                + "starting, and how much luggage are you taking?");
        Post piLuggage = re(9, "16:40", piran, loTour, "Vancouver, full camping kit, front and rear panniers.");
        re(9, "17:10", lorcan, piLuggage, "Then 26-inch wheels and a stiffer down tube. I'll sketch something.");
        say(10, "13:00", agShow, lorcan, "On the jig today: a tourer for a customer in Wales. Fillet-brazed "
                + "rack mounts.");
        Post soCall = say(10, "18:00", agCorner, sorcha, "@Lorcan Ashgrove would Thursday evening work for a call?");
        re(10, "18:30", lorcan, soCall, "Thursday at 7 is great. Talk then!");
        say(11, "09:00", agCorner, niamh, "@Lorcan Ashgrove sorry to chase, I really need to know about my build "
                + "date so I can tell work.");
        Post piSketch = say(11, "12:00", agCorner, piran, "@Lorcan Ashgrove any luck with the sketch?");
        Post loSketch = re(11, "12:40", lorcan, piSketch, "Here's a first go. Low-rider mounts, three bottles, long "
                + "chainstays.");
        re(11, "13:00", piran, loSketch, "That looks perfect.");
        say(12, "10:00", agShow, lorcan, "Tourer's out of the jig and looking handsome.");
        Post loNiamh = re(13, "08:00", lorcan, niSlot, "@Niamh Cartwright I'm so sorry for the silence. Yes, it's "
                + "on: tubes are cut and I start brazing Monday the 18th... which was this week. I'm a few days "
                + "behind, so let's say fitting on Saturday the 30th?");
        re(13, "08:40", niamh, loNiamh, "The 30th works. Thanks for letting me know.");
        // W44
        Post elBack = re(15, "09:00", elspeth, huColour, "@Hugo Penrose back now, sorry for the wait! Yes, a "
                + "contrasting head tube is £60 extra. Which colour were you thinking?");
        Post huGreen = re(15, "09:30", hugo, elBack, "British racing green on a cream frame?");
        re(15, "10:00", elspeth, huGreen, "That will look beautiful. Added to your sheet.");
        say(16, "08:00", agNews, elspeth, "Back from the show, thanks for your patience. Lots of new enamel "
                + "colours to show you.");
        Post loFrame = say(16, "17:00", agShow, lorcan, "@Niamh Cartwright your front triangle is brazed! Photos "
                + "above.");
        Post niWow = re(16, "17:30", niamh, loFrame, "Oh wow. That's mine!");
        re(16, "17:45", lorcan, niWow, "It is! The rear end goes on tomorrow.");
        Post niQ = say(18, "08:00", agCorner, niamh, "@Lorcan Ashgrove do I bring my own pedals and shoes to the "
                + "fitting?");
        Post loQ = re(18, "08:30", lorcan, niQ, "Yes please, and the shorts you ride in. See you on the 30th!");
        re(18, "08:45", niamh, loQ, "Will do.");
        Post soDeposit = say(19, "12:00", agCorner, sorcha, "Deposit paid for the February slot. So happy!");
        re(19, "12:30", lorcan, soDeposit, "Welcome aboard, Sorcha. I'll send the fit form this week.");
        Post kwCiaran = say(20, "16:00", agShow, kwame, "Rode with Niamh's brother today, he can't stop talking "
                + "about a tourer.");
        re(20, "16:20", niamh, kwCiaran, "He's booked a call with Lorcan, I think!");
    }

    /** D. Free Wheel Co-op (nobody sells): Percival takes help all W43 and gives none back; Clodagh learns and helps. */
    private void repairCoop() {
        // W42
        Post beRota = say(1, "08:00", fwRota, bernadette, "This week's open sessions: Tuesday and Thursday 6-9pm, "
                + "Saturday 10-2. Two volunteers needed each. Sign up: freewheel.example/rota");
        re(1, "09:00", yusuf, beRota, "Tuesday for me.");
        re(1, "10:30", ignatius, beRota, "Thursday and Saturday.");
        Post clBrake = say(1, "19:00", fwFloor, clodagh, "My back brake pulls right to the bar and barely stops. "
                + "Cable or pads?");
        Post yuBrake = re(1, "19:30", yusuf, clBrake, "Probably cable stretch. Undo the pinch bolt, pull the cable "
                + "taut and do it up again. Then check the pads aren't worn past the line.");
        Post clDone = re(1, "21:00", clodagh, yuBrake, "Did that, the pads were fine. It stops now! How tight "
                + "should it be?");
        re(1, "21:20", yusuf, clDone, "About a third of the lever travel before it bites.");
        Post maBb = say(2, "18:00", fwFloor, maisie, "@Ignatius Pell you said on Saturday you'd show me how to "
                + "tell if my bottom bracket is worn. What am I feeling for?");
        Post clGears = say(3, "19:00", fwFloor, clodagh, "Next job: my gears skip on the two smallest sprockets.");
        Post yuGears = re(3, "19:20", yusuf, clGears, "Try a quarter turn anticlockwise on the barrel adjuster "
                + "at the back, one click at a time.");
        Post clTurn = re(3, "20:00", clodagh, yuGears, "Half a turn did it. Why does it drift?");
        re(3, "20:15", yusuf, clTurn, "New cables stretch in their first few weeks. It'll settle.");
        Post igBb = re(4, "08:00", ignatius, maBb, "Sorry Maisie, I was at my daughter's with no signal. Take the "
                + "chain off and spin the cranks: if it feels gritty, or the cranks knock side to side, it's worn.");
        Post maGritty = re(4, "12:00", maisie, igBb, "Gritty. Is that a Saturday job?");
        re(4, "12:30", ignatius, maGritty, "It is. Bring it in and we'll swap it together.");
        say(4, "09:00", fwRota, bernadette, "Still need one more for Saturday: freewheel.example/rota");
        Post clPuncture = say(5, "18:00", fwFloor, clodagh, "Third puncture this month, same wheel. What am I "
                + "missing?");
        Post yuPuncture = re(5, "18:30", yusuf, clPuncture, "Run your fingers round the inside of the tyre. "
                + "There's often a thorn left in.");
        re(5, "20:00", clodagh, yuPuncture, "Found a tiny flint! Out now. Thank you Yusuf, I owe you a coffee.");
        say(6, "09:00", fwRota, bernadette, "Saturday still one short! freewheel.example/rota");
        Post maSat = say(6, "10:00", fwRota, maisie, "I'll come and help on Saturday, I can at least hold things.");
        re(6, "10:30", bernadette, maSat, "Thank you Maisie, that's everyone!");
        Post beDonate = say(7, "15:00", fwGeneral, bernadette, "Twelve kids' bikes donated today by the school, all "
                + "need a check before they go out.");
        re(7, "16:00", clodagh, beDonate, "I can help with those on Thursday.");
        // W43
        Post peChain = say(8, "18:00", fwFloor, percival, "My chain keeps skipping under load. What do I do?");
        Post igChain = re(8, "18:30", ignatius, peChain, "Measure it with the chain checker at the next session. "
                + "If it's stretched past 0.75 you need a new chain, and maybe a cassette.");
        re(8, "19:00", percival, igChain, "cheers");
        Post peBb = say(10, "18:00", fwFloor, percival, "Now my cranks creak. Bottom bracket?");
        Post yuShell = re(10, "18:20", yusuf, peBb, "Could be, or just the pedals. Did you check the shell size "
                + "when you had it apart? English or Italian thread?");
        Post igCreak = re(10, "18:40", ignatius, peBb, "Grease the pedal threads first, it's the commonest creak. "
                + "If it's still there, we'll pull the bottom bracket on Thursday.");
        re(10, "19:00", percival, igCreak, "ok ta");
        Post peTyre = say(11, "17:00", fwFloor, percival, "Tyre won't seat on the rim, one bit keeps dipping.");
        Post yuTyre = re(11, "17:30", yusuf, peTyre, "Soapy water round the bead and pump it to 60 psi, it'll pop "
                + "into place.");
        re(11, "18:00", percival, yuTyre, "thx");
        Post clHelp = say(11, "19:00", fwFloor, maisie, "Is it normal for a new bottom bracket to feel stiff?");
        re(11, "19:30", clodagh, clHelp, "Mine did too for the first few rides, Yusuf said it beds in.");
        Post peBrake = say(12, "13:00", fwFloor, percival, "Brakes squeal now.");
        Post igSqueal = re(12, "13:30", ignatius, peBrake, "Clean the rims with some alcohol and toe the pads in a "
                + "bit. And did the new chain fix the skipping?");
        Post beRota2 = say(8, "08:00", fwRota, bernadette, "This week: Tuesday, Thursday, Saturday as usual. "
                + "Sign up: freewheel.example/rota");
        re(8, "09:00", ignatius, beRota2, "Thursday.");
        re(8, "11:00", clodagh, beRota2, "I'll do Saturday, my first shift!");
        Post yuStand = say(12, "18:00", fwGeneral, yusuf, "@Ignatius Pell someone's offered us an old workshop "
                + "truing stand. Worth taking?");
        re(12, "18:30", ignatius, yuStand, "Yes, even a wobbly one beats truing in the frame. Say thank you from "
                + "all of us.");
        Post clShift = say(13, "16:00", fwGeneral, clodagh, "First volunteer shift done. Fixed three kids' bikes on "
                + "my own.");
        re(13, "16:30", bernadette, clShift, "You're a natural, Clodagh. Thank you!");
        re(13, "17:00", yusuf, clShift, "From brakes to three bikes in two weeks 👏");
        // W44
        Post peYes = re(16, "18:00", percival, igSqueal, "Sorry, missed this. Yes, new chain fixed it, and the "
                + "squeal's gone too. Thanks Ignatius.");
        re(16, "18:30", ignatius, peYes, "Good stuff.");
        Post maSqueal = say(17, "18:00", fwFloor, maisie, "My disc brakes howl when it's wet. Anything to do?");
        Post peSqueal = re(17, "18:20", percival, maSqueal, "Had the same on my commuter. Ignatius told me to clean "
                + "the rotors with alcohol and bed the pads in again with a few hard stops. Worked for me.");
        re(17, "19:00", maisie, peSqueal, "Trying that tomorrow, thanks Percival.");
        Post peShell = say(17, "19:10", fwFloor, percival, "@Yusuf Darrow sorry, never answered you: it's English "
                + "thread.");
        re(17, "19:30", yusuf, peShell, "Cheers, easy to get then.");
        Post beRota3 = say(15, "08:00", fwRota, bernadette, "Sessions this week as normal. Sign up: "
                + "freewheel.example/rota");
        re(15, "08:30", percival, beRota3, "Put me down for Thursday, I can do tyres and brakes now.");
        re(15, "09:00", bernadette, beRota3, "Lovely, thanks Percival!");
        Post clKid = say(19, "17:00", fwFloor, clodagh, "A kid's bike with a coaster brake came in. No idea how "
                + "those come apart.");
        Post igKid = re(19, "17:30", ignatius, clKid, "Bring it Saturday and we'll open it up together, they're "
                + "fun.");
        re(19, "17:45", clodagh, igKid, "Deal.");
        Post maWheel = say(20, "10:00", fwGeneral, maisie, "Swapped my own bottom bracket at Saturday's session!");
        re(20, "10:30", clodagh, maWheel, "Go Maisie!");
    }

    /** E. Harewood Road Club: Desmond posts ride stats to nobody (W42); Jolyon asks for subscribers; Winifred leaves Nkechi waiting. */
    private void roadClub() {
        // W42
        say(1, "07:30", hrRides, desmond, "Monday recovery spin: 42 km, 250 m up, average 24 km/h.");
        Post maSunday = say(1, "12:00", hrNews, marguerite, "Sunday's club run leaves the market cross at 8:30. "
                + "Two groups, 60 and 90 km, café at Hebble Bridge.");
        Post seGroup = re(1, "13:00", seren, maSunday, "Which group is better for someone coming back from a broken "
                + "wrist?");
        Post maGroup = re(1, "13:30", marguerite, seGroup, "The 60, Seren. We regroup at the top of every climb, "
                + "so nobody gets dropped.");
        re(1, "14:00", seren, maGroup, "Perfect, see you there.");
        say(1, "19:00", hrRides, desmond, "Evening loop: 28 km, 180 m, lights on from the reservoir.");
        say(2, "07:15", hrRides, desmond, "Commute in: 18 km, headwind the whole way.");
        say(2, "18:40", hrRides, desmond, "Commute home: 19 km, tailwind at last.");
        Post raTyres = say(2, "20:00", hrGeneral, rafferty, "Anyone running 30 mm tyres on the club bike? Thinking "
                + "of going wider for winter.");
        Post seTyres = re(2, "20:30", seren, raTyres, "I'm on 30s, much comfier on the lanes. Check your frame "
                + "clearance with mudguards though.");
        re(2, "20:45", rafferty, seTyres, "Good shout, I'll measure tonight.");
        say(3, "07:10", hrRides, desmond, "Commute in: 18 km, dry roads.");
        say(3, "20:00", hrGeneral, jolyon, "I've started a cycling YouTube channel! Please subscribe and like the "
                + "first video: vidtube.example/@jolyonrides");
        say(3, "20:05", hrRides, jolyon, "Please subscribe to my channel, I need 100 subs for a custom URL: "
                + "vidtube.example/@jolyonrides");
        say(4, "07:20", hrRides, desmond, "Commute in: 18 km, fog on the tops.");
        say(4, "18:30", hrRides, desmond, "Hill reps: 6 x Shibden Wall, 38 km total.");
        Post raWall = say(4, "19:00", hrGeneral, rafferty, "Shibden Wall in the fog, anyone else mad enough?");
        re(4, "19:30", marguerite, raWall, "Not this week! Cobbles are lethal when wet.");
        say(5, "09:00", hrGeneral, jolyon, "Still 60 short of 100 subs, please subscribe if you haven't! "
                + "vidtube.example/@jolyonrides");
        say(5, "07:15", hrRides, desmond, "Commute in: 18 km, first frost on the saddle.");
        say(5, "18:45", hrRides, desmond, "Commute home: 19 km, puncture at the canal.");
        say(6, "10:00", hrRides, desmond, "Saturday long ride: 112 km, 1,650 m, four cafés' worth of hills.");
        joins(6, "11:00", hrGeneral, nkechi);
        Post nkHello = say(6, "11:10", hrGeneral, nkechi, "Hi all, Nkechi here, just moved to Halifax. I ride a bit "
                + "and my son (14) is keen too.");
        re(6, "11:40", seren, nkHello, "Welcome Nkechi! The Sunday 60 is very friendly.");
        say(7, "13:00", hrRides, desmond, "Club run: 62 km, 800 m, regrouped on every climb.");
        Post seCafe = say(7, "14:00", hrRides, seren, "First club run back after the wrist. Thank you all for "
                + "waiting at the tops!");
        re(7, "14:30", marguerite, seCafe, "Lovely to have you back, Seren.");
        // W43
        Post nkFees = say(8, "09:00", hrGeneral, nkechi, "@Winifred Aske hi, how do I pay my membership, and is "
                + "there a junior rate for my son?");
        Post seWifi = say(8, "19:00", hrRides, seren, "@Desmond Ashby you were on the Sunday ride, what was the "
                + "lane after the café called? Want to ride it again.");
        Post deLane = re(8, "19:20", desmond, seWifi, "Jagger Lane, Seren. Steep at the bottom, then lovely. "
                + "Want to ride it on Wednesday evening?");
        re(8, "19:40", seren, deLane, "Yes! 6pm at the cross?");
        say(9, "12:00", hrNews, winifred, "Club dinner is on Saturday 27th November at the Shears Inn. Menus to "
                + "follow.");
        say(10, "09:00", hrGeneral, nkechi, "@Winifred Aske sorry to bother you again, just the membership "
                + "question above? We'd like to come on Sunday.");
        Post raRoute = say(10, "18:00", hrRides, rafferty, "@Desmond Ashby what's your commute route? Thinking of "
                + "riding in.");
        Post deRoute = re(10, "18:30", desmond, raRoute, "Canal towpath to Sowerby, then the main road. Quiet "
                + "before 7:30. Where are you coming from?");
        Post raFrom = re(10, "18:50", rafferty, deRoute, "Luddenden.");
        re(10, "19:10", desmond, raFrom, "Then join me at the lock at 7:10, I'll show you the way.");
        say(11, "12:00", hrNews, winifred, "Dinner menus: roast, fish or mushroom wellington. Choices by the 20th "
                + "please.");
        Post raMenu = say(12, "19:00", hrNews, rafferty, "@Winifred Aske is there a vegan option at the dinner?");
        Post wiMenu = re(12, "19:20", winifred, raMenu, "The wellington is vegan, Rafferty. I'll put you down.");
        re(12, "19:40", rafferty, wiMenu, "Ta Winifred.");
        Post joRide = say(12, "20:00", hrRides, jolyon, "Anyone riding Saturday morning? Fancy a steady 50.");
        re(12, "20:30", desmond, joRide, "I'm in. 9am at the cross?");
        Post seHands = say(13, "18:00", hrGeneral, seren, "Wrist is holding up, did 75 km today.");
        re(13, "18:30", jolyon, seHands, "Great stuff Seren, that's a proper ride.");
        // W44
        Post maFees = re(15, "08:30", marguerite, nkFees, "@Nkechi Obi so sorry nobody got back to you! Adults £25 "
                + "a year, under-16s free. Pay on the night or by transfer, I'll send you the details.");
        Post nkThanks = re(15, "09:00", nkechi, maFees, "Thank you! We'll be there on Sunday.");
        re(15, "09:20", marguerite, nkThanks, "Look for me in the orange jacket.");
        say(16, "12:00", hrNews, winifred, "Dinner tickets are now on sale, £32 each. Last orders the 20th.");
        Post deRode = say(17, "19:00", hrRides, desmond, "@Rafferty Kemp good commute this morning, same again "
                + "Thursday?");
        re(17, "19:30", rafferty, deRode, "Definitely, 7:10 at the lock.");
        Post seLights = say(18, "19:00", hrGeneral, seren, "Clocks have gone back. Which rear light is everyone "
                + "using for the dark commutes?");
        Post raLights = re(18, "19:30", rafferty, seLights, "A small one on the seatpost and another on the "
                + "helmet. Two is better than one bright one.");
        re(18, "19:50", seren, raLights, "Good idea, I'll add a helmet one.");
        Post nkRun = say(21, "14:00", hrRides, nkechi, "First Sunday club run with my son, he loved it. Thank you "
                + "everyone for looking after him.");
        re(21, "14:20", marguerite, nkRun, "He's a natural climber! Bring him back next week.");
        re(21, "14:40", seren, nkRun, "He dropped me on Jagger Lane 😄");
        Post joVideo = say(19, "20:00", hrGeneral, jolyon, "Made a little video of Saturday's ride if anyone wants "
                + "a look, Desmond's in most of it.");
        re(19, "20:30", desmond, joVideo, "Ha, I look tired. Nice editing though.");
    }

    /** F. Van Spanners: Quentin cross-posts his trade page (W42); Shreya answers a callout late with an apology. */
    private void mobileMechanics() {
        // W42
        say(1, "09:00", vsChat, quentin, "Cranksett trade prices for mobile mechanics: 15% off cassettes and chains "
                + "this month. cranksett.example/trade");
        say(1, "09:08", vsCallouts, quentin, "Riders, ask your mechanic about Cranksett parts! 15% off this month: "
                + "cranksett.example/trade");
        say(1, "09:15", vsTrade, quentin, "Cranksett October offer: 15% off cassettes and chains for trade "
                + "accounts. cranksett.example/trade");
        Post toRacking = say(1, "20:00", vsChat, tobias, "Fitting out my first van. Shelving or drawers for "
                + "parts?");
        Post shRacking = re(1, "20:30", shreya, toRacking, "Drawers, every time. Shelves empty themselves on the "
                + "first roundabout.");
        Post ewRacking = re(1, "20:50", ewan, toRacking, "Drawers, and a lip on the bench top. Learnt that the "
                + "hard way.");
        re(1, "21:10", tobias, shRacking, "Drawers it is, thanks both.");
        Post luPuncture = say(2, "10:00", vsCallouts, lucinda, "Puncture and a slipping gear in Didsbury. Anyone "
                + "free this week?");
        Post ewPuncture = re(2, "10:30", ewan, luPuncture, "I can do Thursday afternoon, £35 call-out plus parts.");
        Post luSat = re(2, "11:00", lucinda, ewPuncture, "@Ewan Macallister could you do Saturday instead? Work "
                + "on Thursday.");
        say(2, "11:20", vsCallouts, ewan, "Saturday 9am works, I'll text you for the address.");
        re(2, "11:30", lucinda, luSat, "Great, see you then.");
        Post shWash = say(3, "19:00", vsChat, shreya, "Water tank question: anyone running a pump sprayer off the "
                + "van battery?");
        Post ewWash = re(3, "19:30", ewan, shWash, "I do. A 12 V pump and a 25 litre tank, lasts a full day.");
        re(3, "19:45", shreya, ewWash, "Perfect, that's what I needed.");
        Post toQuentin = say(3, "20:00", vsChat, tobias, "Has anyone used Cranksett before? Any good on delivery "
                + "times?");
        Post shQuentin = re(3, "20:20", shreya, toQuentin, "Next day for me, most of the time. Their chains are "
                + "fine.");
        re(3, "20:40", tobias, shQuentin, "Cheers.");
        say(5, "10:00", vsChat, quentin, "Reminder, the 15% off ends on the 31st: cranksett.example/trade");
        Post zoBrakes = say(6, "09:00", vsCallouts, zofia, "Disc brakes rubbing on my commuter, Chorlton. Anyone "
                + "around next week?");
        Post toBrakes = re(6, "09:40", tobias, zoBrakes, "I'm in Chorlton Tuesday morning, I can look then. "
                + "Rubbing discs are usually a quick fix.");
        re(6, "10:00", zofia, toBrakes, "Tuesday's perfect, thanks.");
        // W43
        Post ziDone = say(9, "12:00", vsCallouts, zofia, "@Tobias Wrenfield brakes silent now, thank you!");
        re(9, "12:30", tobias, ziDone, "Glad to hear it. Shout if they start again.");
        Post maEbike = say(9, "18:00", vsCallouts, marcus, "@Shreya Balakrishnan are you free to service my e-bike "
                + "this week? Hub motor, and the brakes feel spongy.");
        Post shEbike = re(10, "14:00", shreya, maEbike, "Sorry Marcus, I was on callouts all day yesterday and "
                + "didn't look at my phone. Spongy brakes on an e-bike usually means a bleed. Friday afternoon?");
        Post maFriday = re(10, "14:30", marcus, shEbike, "Friday works. Any time after 2.");
        re(10, "14:45", shreya, maFriday, "3pm then.");
        Post ewStock = say(10, "19:00", vsChat, ewan, "@Quentin Ellery have you got 11-speed 11-34 cassettes in? "
                + "Mine are all gone.");
        Post quStock = re(10, "19:30", quentin, ewStock, "We have 40 in, you can check live stock here: "
                + "cranksett.example/stock/11sp");
        re(10, "19:45", ewan, quStock, "Ordered three, thanks.");
        Post toPrice = say(11, "20:00", vsChat, tobias, "What do you all charge for a call-out? I'm at £30 and "
                + "feel cheap.");
        Post shPrice = re(11, "20:20", shreya, toPrice, "£35 plus parts, £45 after 6pm.");
        re(11, "20:40", ewan, toPrice, "Same as Shreya. Don't go under £30.");
        re(11, "21:00", tobias, shPrice, "Raising mine on Monday then.");
        Post luChain = say(12, "09:00", vsCallouts, lucinda, "@Ewan Macallister after Saturday's fix, how often "
                + "should I oil the chain?");
        Post ewChain = re(12, "09:30", ewan, luChain, "Every 200 km or after any wet ride, wipe it after.");
        re(12, "09:45", lucinda, ewChain, "Noted!");
        // W44
        Post maServiced = say(15, "10:00", vsCallouts, marcus, "E-bike brakes like new after Friday. Thanks "
                + "@Shreya Balakrishnan!");
        re(15, "10:30", shreya, maServiced, "Lovely to hear, ride safe.");
        say(16, "09:00", vsTrade, quentin, "November trade offer: tyres 10% off for trade accounts. "
                + "cranksett.example/trade");
        Post toVan = say(17, "19:00", vsChat, tobias, "Van's fitted out. Drawers everywhere, thanks for the tip.");
        re(17, "19:20", shreya, toVan, "Looks tidy! Enjoy it.");
        Post shInsure = say(17, "20:00", vsChat, shreya, "Van insurance renewal went up 40%. Anyone found a "
                + "broker who understands mobile mechanics?");
        Post ewInsure = re(17, "20:20", ewan, shInsure, "The cycle trade association has a scheme, mine came in "
                + "under last year's. Tools cover included.");
        re(17, "20:40", shreya, ewInsure, "Didn't know that, ringing them tomorrow.");
        Post zoTyre = say(18, "08:00", vsCallouts, zofia, "Back tyre worn through already, can someone swap it "
                + "this week?");
        Post toTyre = re(18, "08:30", tobias, zoTyre, "I can do Thursday again, same place?");
        re(18, "08:45", zofia, toTyre, "Same place, thanks.");
        Post ewTool = say(19, "19:00", vsChat, ewan, "Anyone got a spare Shimano crank puller? Mine snapped.");
        Post quTool = re(19, "19:30", quentin, ewTool, "I've a spare in the car, I'll drop it off tomorrow, no "
                + "charge.");
        re(19, "19:40", ewan, quTool, "Legend, thanks Quentin.");
    }

    /** G. Rebound Suspension Works: the team answers its customers; Sebastien is served on three days of W43. */
    private void suspensionWorkshop() {
        // W42
        say(1, "08:00", rbNews, hamid, "Turnaround this week: 5 working days for forks, 7 for rear shocks.");
        joins(2, "10:00", rbDesk, harriet);
        Post haFox = say(2, "10:15", rbDesk, harriet, "Hi, how much is a full service on a Fox 36, and how long "
                + "would it take?");
        Post inFox = re(2, "10:40", ingrid, haFox, "Hi Harriet! A full damper and air service is £95 with seals, "
                + "back to you within a week. Want me to book you in?");
        Post haBook = re(2, "11:00", harriet, inFox, "Yes please, I can post it on Thursday.");
        re(2, "11:15", ingrid, haBook, "Booked. I'll send a box label by email.");
        Post caClub = say(3, "19:00", rbTrail, callum, "I told my whole club about you after my Pike came back. "
                + "Three of them are sending forks in this month.");
        Post haClub = re(3, "19:30", hamid, caClub, "That's brilliant of you, Callum, thank you. Tell them to "
                + "mention your name and we'll look after them.");
        re(3, "19:45", callum, haClub, "Will do.");
        say(4, "09:00", dmOdette, odette, "Hi Ingrid, what's the best way to ship my rear shock to you? Just a "
                + "padded envelope?");
        say(4, "09:40", dmOdette, ingrid, "Hi Odette, a small box with bubble wrap please, and leave the mounting "
                + "hardware on. Put a note inside with your name and booking number.");
        say(4, "09:50", dmOdette, odette, "Perfect, posting today.");
        Post seSag = say(5, "18:00", rbDesk, sebastien, "Got my fork back, thank you! What sag should I run for "
                + "trail riding?");
        Post haSag = re(5, "18:30", hamid, seSag, "Glad it's back, Sebastien. 20% on the fork for trail is a "
                + "good start, then adjust by feel.");
        re(5, "18:45", sebastien, haSag, "20% it is.");
        Post odLeak = say(6, "11:00", rbTrail, odette, "Anyone else's shock lose air on cold mornings? Or is it "
                + "just me.");
        Post caLeak = re(6, "11:30", callum, odLeak, "Mine does a bit, it's the cold. Check the pressure warm and "
                + "cold and you'll see.");
        re(6, "11:50", odette, caLeak, "Ah, makes sense.");
        // W43
        Post seRebound = say(8, "19:00", rbDesk, sebastien, "How many clicks of rebound should I start with?");
        Post inRebound = re(8, "19:20", ingrid, seRebound, "Start in the middle of the range, then go two clicks "
                + "faster if it feels dead on repeated bumps.");
        re(8, "19:30", sebastien, inRebound, "thanks");
        say(10, "08:00", rbNews, hamid, "New: 24-hour express service on forks for £30 extra, book it on the desk.");
        Post seTokens = say(10, "18:00", rbDesk, sebastien, "Should I add a volume token? It bottoms out on "
                + "drops.");
        Post haTokens = re(10, "18:20", hamid, seTokens, "One token first, and add 5 psi. Two tokens only if it "
                + "still bottoms.");
        re(10, "18:30", sebastien, haTokens, "thanks");
        Post caExpress = say(11, "12:00", rbDesk, callum, "Does the express service include the lowers, or only "
                + "the damper?");
        Post inExpress = re(11, "12:20", ingrid, caExpress, "Both, Callum: lowers, seals and damper, back in 24 "
                + "hours.");
        re(11, "12:30", callum, inExpress, "Great, booking my mate's fork in.");
        Post seClunk = say(12, "17:00", rbDesk, sebastien, "There's a clunk at the top of the stroke now.");
        Post inClunk = re(12, "17:20", ingrid, seClunk, "That's usually a loose top cap or a low air pressure in "
                + "the negative chamber. Check the cap first; if it's tight, send us a video.");
        re(12, "17:30", sebastien, inClunk, "ok thanks");
        Post haPhoto = say(13, "10:00", rbTrail, harriet, "The 36 is back and it feels like a new fork. First "
                + "ride today!");
        re(13, "10:20", hamid, haPhoto, "Enjoy it, Harriet. Shout if anything feels off.");
        // W44
        say(15, "08:00", rbNews, hamid, "The workshop is closed on Friday 29th for seal-kit training. Orders "
                + "placed before Wednesday ship as normal.");
        Post seFixed = say(15, "18:00", rbDesk, sebastien, "Top cap was loose, clunk gone. Thank you both for "
                + "all the help this month!");
        re(15, "18:20", ingrid, seFixed, "Brilliant, glad it was that simple.");
        Post seHelp = say(17, "19:00", rbTrail, harriet, "How do you all clean your stanchions after a muddy "
                + "ride?");
        Post seAnswer = re(17, "19:20", sebastien, seHelp, "Rinse, then a soft cloth and a drop of fork oil on "
                + "the wipers. Ingrid told me that last month, works a treat.");
        re(17, "19:40", harriet, seAnswer, "Thanks Sebastien!");
        say(18, "12:00", dmOdette, odette, "Shock's back and fitted. It's so much better, thank you Ingrid.");
        say(18, "12:30", dmOdette, ingrid, "So glad, Odette! Enjoy the trails.");
        Post odCold = say(17, "08:00", rbTrail, odette, "Checked the pressure warm and cold like you said, "
                + "@Callum Rennie. 8 psi difference!");
        re(17, "08:30", callum, odCold, "Told you. Set it in the cold and forget it.");
        Post caMates = say(19, "19:00", rbTrail, callum, "All three club forks back, everyone's buzzing.");
        re(19, "19:30", hamid, caMates, "Thanks again for sending them, Callum.");
    }

    /** H. Lugged & Polished: Montague pushes his stock in the bench (W43); Florian leaves Ottilie's question (W44). */
    private void vintageRestorers() {
        // W42
        Post moNew = say(1, "10:00", lpSale, montague, "New in: a 1950s Brooks B17 Champion, a Campagnolo Gran "
                + "Sport rear mech and a run of Weinmann levers. Full list at greavesvintage.example/stock");
        Post euLevers = re(1, "11:00", eudora, moNew, "Are the Weinmann levers the long-reach ones?");
        Post moLevers = re(1, "11:30", montague, euLevers, "Standard reach, Eudora, sorry. If a long pair turns "
                + "up, they're yours first.");
        re(1, "11:45", eudora, moLevers, "Thanks, please do.");
        Post baSerial = say(2, "20:00", lpBench, barnaby, "Claud Butler frame, serial stamped under the bottom "
                + "bracket: 4-something-something-52. Any way to date it?");
        Post caSerial = re(2, "20:30", caradoc, baSerial, "The last two digits are usually the year with Claud "
                + "Butler, so 1952. Check the lugs against the catalogue scans in the pins.");
        Post baLugs = re(2, "21:00", barnaby, caSerial, "Lugs match the '52 catalogue. Brilliant, thank you.");
        re(2, "21:10", caradoc, baLugs, "Lovely find. Post it when it's done.");
        Post flRespray = say(3, "18:00", lpShine, florian, "Just finished: a 1962 Bates in its original "
                + "flamboyant blue, lined by hand.");
        re(3, "18:30", ottilie, flRespray, "That lining is beautiful, Florian.");
        re(3, "19:00", eudora, flRespray, "Stunning.");
        Post otChrome = say(4, "19:00", lpBench, ottilie, "Does anyone know a chrome plater who'll do just a fork "
                + "crown? Everyone wants a whole frame.");
        Post flChrome = re(4, "19:30", florian, otChrome, "Try the plater in Walsall I use, they take small jobs "
                + "if you ask nicely. I'll DM you the name.");
        re(4, "19:50", ottilie, flChrome, "Thank you!");
        Post euWanted = say(5, "10:00", lpSale, eudora, "Wanted: 1950s long-reach brake levers, any make.");
        re(5, "12:00", caradoc, euWanted, "I might have a pair of GB levers in the shed, I'll look tonight.");
        Post caCotter = say(6, "15:00", lpBench, caradoc, "Cotter pins: file to fit or buy the right size? I've "
                + "always filed.");
        Post moCotter = re(6, "15:30", montague, caCotter, "File to fit. New ones are never quite right for old "
                + "cranks.");
        re(6, "15:45", caradoc, moCotter, "Thought so.");
        // W43
        say(9, "10:00", lpBench, montague, "Just listed a batch of Reynolds 531 decals and Nervex lugs, all on "
                + "greavesvintage.example/stock");
        Post baWheels = say(9, "19:00", lpBench, barnaby, "The Claud Butler came with steel rims. Worth keeping, "
                + "or swap to alloy?");
        Post euWheels = re(9, "19:30", eudora, baWheels, "Keep them for shows, build some alloy ones for riding.");
        re(9, "19:45", barnaby, euWheels, "Best of both, good idea.");
        Post caLevers = say(10, "18:00", lpSale, caradoc, "@Eudora Finch found the GB levers! Yours for a pint.");
        re(10, "18:30", eudora, caLevers, "Deal! Bringing it to the jumble.");
        say(12, "09:00", lpBench, montague, "Weekend sale: 10% off all chainsets this week only, "
                + "greavesvintage.example/stock");
        Post otDecals = say(12, "20:00", lpBench, ottilie, "Waterslide or transfer decals for a 1960s Hetchins?");
        Post flDecals = re(12, "20:30", florian, otDecals, "Waterslide for that era, and put two coats of clear "
                + "over them.");
        re(12, "20:45", ottilie, flDecals, "Two coats, noted.");
        Post caShine = say(13, "14:00", lpShine, caradoc, "The 1948 Hobbs finally rolls again.");
        re(13, "14:30", florian, caShine, "Fantastic, Caradoc. Original paint?");
        re(13, "14:45", barnaby, caShine, "Gorgeous.");
        // W44
        Post otRed = say(16, "10:00", lpBench, ottilie, "@Florian Castell which enamel would match the Hetchins "
                + "flamboyant red? You did one last year, I think. I'd like to book it in with you.");
        say(17, "18:00", lpShine, florian, "On the bench: a 1955 Ephgrave, stripped back to bare steel.");
        Post baBox = say(18, "19:00", lpBench, barnaby, "How do I get old grease out of a Sturmey hub without "
                + "taking it apart?");
        Post flBox = re(18, "19:30", florian, baBox, "Paraffin through the oil port and spin it for a few "
                + "minutes, then drain and re-oil.");
        re(18, "19:45", barnaby, flBox, "Trying that at the weekend, thanks.");
        Post otPost = say(18, "20:00", lpSale, ottilie, "@Montague Greaves do you have a 1960s Campagnolo "
                + "seatpost in 26.8?");
        Post moPost = re(18, "20:30", montague, otPost, "I do, a Record from '64 in good nick: "
                + "greavesvintage.example/stock/record-post-268");
        re(18, "20:45", ottilie, moPost, "Ordered, thanks Montague.");
        say(19, "18:00", lpShine, florian, "Ephgrave in primer. Colour goes on at the weekend.");
        Post baDone = say(19, "20:00", lpShine, barnaby, "The 1952 Claud Butler, finished, with the steel rims "
                + "for shows.");
        re(19, "20:20", caradoc, baDone, "Told you it'd come up lovely. Those lugs!");
        re(19, "20:40", eudora, baDone, "Worth every hour, Barnaby.");
        Post euShow = say(20, "11:00", lpShine, eudora, "My Rudge with the GB levers fitted. Thanks Caradoc!");
        re(20, "11:30", caradoc, euShow, "Looks right on it.");
        re(20, "12:00", montague, euShow, "Period correct, lovely job.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes121Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 121");
    }
}
