package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 120 (sealed): eight communities of printing, signmaking and the trades around them, of kinds no
 * earlier round used (large-format and exhibition-graphics printers with a room where event organisers, marketers and
 * shops ask for quotes, a kit-swap room and a printer who spends a week comparing prices with fellow printers while
 * two buyers wait for his; a print-supplies vendor's own server, Sableford Print Supplies, with its Staff, its Trade
 * Customers and Customers; glass neon benders and LED-flex sign makers with a commissions room where bars, cafés and
 * couples ask; wide-format printer service engineers with a room where print-shop owners ask and a parts bench;
 * machine-embroidery digitisers with a digitising-requests room where embroidery shops and clubs post logos and a
 * newcomer's DM pitch to a shop owner; print-finishing and bindery operators on the shop floor where nobody sells;
 * freelance sign installers with an installs board where sign companies post jobs and a fitter who sells a
 * working-at-height course; a short-run label printer's own server, Kestrel Label Co., with its Team, its small food
 * and drink makers as Customers and a new maker's DM for a quote), over three ISO weeks (2032-W38 to W40), written and
 * labelled by writer120 (session 58) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-120.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes120Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2032, 9, 13);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2032, 10, 4, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-120";
    private static final int BASE = 94000;

    // --- A. large-format and exhibition-graphics printers ---
    private final String bigPrint = cast.guild(1481);
    private final Channel bpLounge = cast.channel(bigPrint, "Big Print Collective", "printers-lounge",
            "large-format printers among ourselves: RIPs, media, inks, pricing and the trade", "bp-printers-lounge.json");
    private final Channel bpQuotes = cast.channel(bigPrint, "Big Print Collective", "quote-requests",
            "event organisers, marketers and shops post jobs and ask for quotes; members reply",
            "bp-quote-requests.json");
    private final Channel bpKit = cast.channel(bigPrint, "Big Print Collective", "kit-swap",
            "members buy and sell used printers, laminators and hardware", "bp-kit-swap.json");
    private final Persona dougal = cast.person("dougal.fairweather", "Dougal Fairweather");
    private final Persona ros = cast.person("ros.mackintosh", "Ros Mackintosh");
    private final Persona alun = cast.person("alun.prothero", "Alun Prothero");
    private final Persona carys = cast.person("carys.venables", "Carys Venables");
    private final Persona priya = cast.person("priya.raghunathan", "Priya Raghunathan");
    private final Persona tamsin = cast.person("tamsin.rook", "Tamsin Rook");
    private final Persona hal = cast.person("hal.brightman", "Hal Brightman");

    // --- B. a print-supplies vendor's own server ---
    private final String sableford = cast.guild(1482);
    private final Role staff = cast.role("Staff", "#e67e22", 3);
    private final Role tradeCustomer = cast.role("Trade Customer", "#3498db", 2);
    private final Role customer = cast.role("Customer", "#95a5a6", 1);
    private final Channel spNews = cast.channel(sableford, "Sableford Print Supplies", "announcements",
            "from the Sableford team: stock, deliveries, price changes and open days", "sp-announcements.json");
    private final Channel spOrders = cast.channel(sableford, "Sableford Print Supplies", "order-help",
            "customers: ask about orders, products and how to use them; the team answers", "sp-order-help.json");
    private final Channel spTrade = cast.channel(sableford, "Sableford Print Supplies", "trade-counter",
            "trade account holders among themselves and with the team: bulk orders, back-orders, trade prices",
            "sp-trade-counter.json");
    private final Channel spShow = cast.channel(sableford, "Sableford Print Supplies", "show-and-tell",
            "what you printed with our inks, screens and vinyl", "sp-show-and-tell.json");
    private final Persona wilf = cast.person("wilf.hebden", "Wilf Hebden", staff);
    private final Persona lowri = cast.person("lowri.pennant", "Lowri Pennant", staff);
    private final Persona gordon = cast.person("gordon.sayle", "Gordon Sayle", tradeCustomer);
    private final Persona bea = cast.person("bea.okonjo", "Bea Okonjo", tradeCustomer);
    private final Persona mira = cast.person("mira.castellanos", "Mira Castellanos", customer);
    private final Persona toby = cast.person("toby.lanyon", "Toby Lanyon");

    // --- C. glass neon benders and LED-flex sign makers ---
    private final String neon = cast.guild(1483);
    private final Channel nbBench = cast.channel(neon, "Bombard & Bend", "the-bench",
            "benders among ourselves: glass, electrodes, bombarding, gas and transformers", "nb-the-bench.json");
    private final Channel nbComm = cast.channel(neon, "Bombard & Bend", "commissions",
            "bars, cafés, couples and shops ask for signs; members reply and quote", "nb-commissions.json");
    private final Channel nbShow = cast.channel(neon, "Bombard & Bend", "showcase",
            "finished pieces, in glass and in flex", "nb-showcase.json");
    private final Persona cressida = cast.person("cressida.vane", "Cressida Vane");
    private final Persona emeka = cast.person("emeka.adeyemi", "Emeka Adeyemi");
    private final Persona hollis = cast.person("hollis.grant", "Hollis Grant");
    private final Persona yusra = cast.person("yusra.qadir", "Yusra Qadir");
    private final Persona juno = cast.person("juno.pettigrew", "Juno Pettigrew");
    private final Persona marisol = cast.person("marisol.duarte", "Marisol Duarte");
    private final Persona brannigan = cast.person("brannigan.cole", "Brannigan Cole");
    private final Persona oona = cast.person("oona.feeney", "Oona Feeney");

    // --- D. wide-format printer service engineers ---
    private final String headClean = cast.guild(1484);
    private final Channel hcRoom = cast.channel(headClean, "Head Clean", "engineers-room",
            "service engineers among ourselves: faults, parts, callouts and the trade", "hc-engineers-room.json");
    private final Channel hcAsk = cast.channel(headClean, "Head Clean", "ask-an-engineer",
            "print-shop owners ask about faults on their printers and cutters; engineers answer",
            "hc-ask-an-engineer.json");
    private final Channel hcParts = cast.channel(headClean, "Head Clean", "parts-bench",
            "parts for sale and wanted", "hc-parts-bench.json");
    private final Persona lachlan = cast.person("lachlan.drury", "Lachlan Drury");
    private final Persona femi = cast.person("femi.balogun", "Femi Balogun");
    private final Persona odile = cast.person("odile.marchand", "Odile Marchand");
    private final Persona petula = cast.person("petula.graves", "Petula Graves");
    private final Persona rashid = cast.person("rashid.karim", "Rashid Karim");

    // --- E. machine-embroidery digitisers ---
    private final String stitch = cast.guild(1485);
    private final Channel scDen = cast.channel(stitch, "Stitch Count", "digitisers-den",
            "digitisers among ourselves: underlay, density, software, pricing", "sc-digitisers-den.json");
    private final Channel scReq = cast.channel(stitch, "Stitch Count", "digitising-requests",
            "embroidery shops and clubs post logos to be digitised; members reply with quotes",
            "sc-digitising-requests.json");
    private final Channel scOuts = cast.channel(stitch, "Stitch Count", "stitch-outs",
            "test stitch-outs for feedback", "sc-stitch-outs.json");
    private final Persona noor = cast.person("noor.haddad", "Noor Haddad");
    private final Persona gethin = cast.person("gethin.morganprice", "Gethin Morgan-Price");
    private final Persona sunniva = cast.person("sunniva.berg", "Sunniva Berg");
    private final Persona clemency = cast.person("clemency.ward", "Clemency Ward");
    private final Persona ambrose = cast.person("ambrose.tilley", "Ambrose Tilley");
    private final Persona lysander = cast.person("lysander.holt", "Lysander Holt");
    private final Persona dario = cast.person("dario.fenwick", "Dario Fenwick");
    private final Channel dmLysander = cast.dm("2032-09-22", "Lysander Holt", "dm-clemency-lysander.json");

    // --- F. print-finishing and bindery operators (nobody sells) ---
    private final String crease = cast.guild(1486);
    private final Channel ctFloor = cast.channel(crease, "Crease & Trim", "shop-floor",
            "finishing and bindery operators between shifts", "ct-shop-floor.json");
    private final Channel ctMachines = cast.channel(crease, "Crease & Trim", "machine-help",
            "folders, guillotines, stitchers, binders and laminators: ask and answer", "ct-machine-help.json");
    private final Channel ctLearn = cast.channel(crease, "Crease & Trim", "apprentice-corner",
            "questions from apprentices, NVQ notes and tips", "ct-apprentice-corner.json");
    private final Persona marnie = cast.person("marnie.oduya", "Marnie Oduya");
    private final Persona declan = cast.person("declan.foy", "Declan Foy");
    private final Persona wendell = cast.person("wendell.pryor", "Wendell Pryor");
    private final Persona saffi = cast.person("saffi.lloyd", "Saffi Lloyd");
    private final Persona ruairi = cast.person("ruairi.mannion", "Ruairi Mannion");
    private final Persona agnieszka = cast.person("agnieszka.wrona", "Agnieszka Wrona");

    // --- G. freelance sign installers ---
    private final String fixers = cast.guild(1487);
    private final Channel fyBoard = cast.channel(fixers, "Fixers' Yard", "installs-board",
            "sign companies post installs that need fitters; fitters reply with availability and rates",
            "fy-installs-board.json");
    private final Channel fyChat = cast.channel(fixers, "Fixers' Yard", "fitters-chat",
            "fitters among ourselves: access, fixings, weather, vans", "fy-fitters-chat.json");
    private final Channel fyKit = cast.channel(fixers, "Fixers' Yard", "kit-for-sale",
            "ladders, towers, tools and vans for sale", "fy-kit-for-sale.json");
    private final Persona raymond = cast.person("raymond.ashcroft", "Raymond Ashcroft");
    private final Persona shona = cast.person("shona.kilgour", "Shona Kilgour");
    private final Persona tomasz = cast.person("tomasz.brzezinski", "Tomasz Brzezinski");
    private final Persona kit = cast.person("kit.delahaye", "Kit Delahaye");
    private final Persona fiona = cast.person("fiona.marchetti", "Fiona Marchetti");
    private final Persona hamish = cast.person("hamish.dunlop", "Hamish Dunlop");

    // --- H. a short-run label printer's own server ---
    private final String kestrel = cast.guild(1488);
    private final Role team = cast.role("Team", "#16a085", 2);
    private final Role maker = cast.role("Customer", "#7f8c8d", 1);
    private final Channel klNews = cast.channel(kestrel, "Kestrel Label Co.", "news",
            "from the Kestrel team: new materials, turnaround times, closures", "kl-news.json");
    private final Channel klArt = cast.channel(kestrel, "Kestrel Label Co.", "artwork-help",
            "customers ask about files, bleed, sizes and materials; the team answers", "kl-artwork-help.json");
    private final Channel klLounge = cast.channel(kestrel, "Kestrel Label Co.", "makers-lounge",
            "customers among themselves: markets, stockists, pricing, launches", "kl-makers-lounge.json");
    private final Channel klShow = cast.channel(kestrel, "Kestrel Label Co.", "show-your-labels",
            "your products wearing our labels", "kl-show-your-labels.json");
    private final Persona imogen = cast.person("imogen.scarcliffe", "Imogen Scarcliffe", team);
    private final Persona caspian = cast.person("caspian.reed", "Caspian Reed", team);
    private final Persona hettie = cast.person("hettie.quayle", "Hettie Quayle", maker);
    private final Persona barnabas = cast.person("barnabas.oyelaran", "Barnabas Oyelaran", maker);
    private final Persona delphine = cast.person("delphine.moorcroft", "Delphine Moorcroft", maker);
    private final Persona fenella = cast.person("fenella.drummond", "Fenella Drummond");
    private final Channel dmImogen = cast.dm("2032-09-20", "Imogen Scarcliffe", "dm-fenella-imogen.json");

    HeldOutScenes120Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        largeFormatPrinters();
        printSupplies();
        neonBenders();
        serviceEngineers();
        digitisers();
        finishers();
        signInstallers();
        labelPrinter();
    }

    /**
     * A. Large-format printers. Dougal quotes Hal in W38; in W39 he spends the week in #printers-lounge comparing
     * prices with Carys, Alun and Ros for a trade survey while Priya's quote request to him (day 8, nudged day 10) and
     * Tamsin's (day 9) wait in #quote-requests; on day 15 he answers both with an apology.
     */
    private void largeFormatPrinters() {
        // W38
        Post roBand = say(1, "09:10", bpLounge, ros, "Morning all. Anyone else's 3.2m solvent printer sulking in the "
                + "damp? Banding on every third pass since the weekend.");
        Post alBand = re(1, "09:25", alun, roBand, "Check the media feed before the heads. Ours banded all last autumn "
                + "and it was the pinch rollers slipping on cold vinyl.");
        re(1, "09:40", ros, alBand, "Pinch rollers it was. Cleaned them and it's printing clean. Cheers Alun.");
        Post haFest = say(1, "11:00", bpQuotes, hal, "Hi all, I run the Wharfedale Folk Festival. We need 12 fence "
                + "banners, 3.4m x 1.7m, in mesh with eyelets, for 2 October. Could anyone quote?");
        Post doFest = re(1, "11:30", dougal, haFest, "Hi Hal, mesh with hemmed edges and eyelets every 50cm, 12 off: "
                + "£38 each plus delivery to Otley. Artwork by Friday the 24th would be plenty.");
        re(1, "11:50", carys, haFest, "We'd be about the same, £40 each, but Dougal's closer to you.");
        Post haYes = re(1, "12:10", hal, doFest, "That's great, Dougal. Let's go with you. I'll send the artwork over "
                + "this week.");
        re(1, "12:20", dougal, haYes, "Smashing. Any questions on sizes, just shout.");
        Post caMural = say(2, "08:45", bpLounge, carys, "Does anybody still run a latex printer for wallpaper? A café "
                + "wants a mural wall and I've only ever done murals on PVC.");
        Post doMural = re(2, "09:05", dougal, caMural, "Latex on a non-woven paper is the way, we do a few a month. "
                + "Print the panels 5cm over and tile the overlap, the fitter will thank you.");
        re(2, "09:20", carys, doMural, "Brilliant, that's what I needed. Off to order a roll.");
        Post alLam = say(3, "10:00", bpKit, alun, "For sale: a 1.6m cold laminator, 4 years old, new rollers in May. "
                + "£650 collected from Wrexham.");
        Post roLam = re(3, "10:30", ros, alLam, "Would it take 3mm foamex through it?");
        re(3, "10:45", alun, roLam, "Up to 5mm, the gap's adjustable.");
        Post taWindow = say(3, "14:00", bpQuotes, tamsin, "We've just opened a bike shop in Hebden Bridge and want the "
                + "front window frosted with our logo cut out, about 3m x 2m. Who does that sort of thing?");
        Post roWindow = re(3, "14:30", ros, taWindow, "Frosted vinyl with the logo cut out is a lovely job. Send a "
                + "photo of the window and the logo and I'll quote, fitting included within an hour of Halifax.");
        re(3, "14:50", tamsin, roWindow, "Sending both now, thank you!");
        Post doMedia = say(4, "09:30", bpLounge, dougal, "Media prices up again from October. Anyone else had the "
                + "letter about 8% on banner PVC?");
        re(4, "09:50", alun, doMedia, "Had it yesterday. Stocked up on 510gsm before it lands.");
        re(4, "10:10", carys, doMedia, "Same here. We'll swallow it till January.");
        Post haRollers = say(5, "15:00", bpQuotes, hal, "Artwork sent, @Dougal Fairweather. Could you add two roller "
                + "banners for the info tent?");
        Post doRollers = re(5, "15:20", dougal, haRollers, "Got it, looks great. Two economy rollers at 85cm are £55 "
                + "each with bags, I'll put them on the same delivery.");
        re(5, "15:40", hal, doRollers, "Perfect, thanks Dougal.");
        say(6, "10:00", bpLounge, ros, "Frosted window for the bike shop in Hebden went in today. The owner cried a "
                + "bit, in a good way.").react("🎉", dougal, carys);
        // W39: Dougal among fellow printers, buyers waiting
        Post caSurvey = say(8, "09:00", bpLounge, carys, "Someone on the trade forum is putting together a price "
                + "survey: what we all charge per square metre for banner, mesh and printed vinyl. Shall we compare "
                + "ours here first and see where we sit?");
        Post doSurvey = re(8, "09:20", dougal, caSurvey, "Go on then: £14 a square metre for 440 banner, £18 for mesh, "
                + "£22 for printed and laminated vinyl.");
        Post prAsk = say(8, "10:00", bpQuotes, priya, "Hello, I'm events manager at Northlight Conferences. "
                + "@Dougal Fairweather, Ros says you build tension-fabric stands. Could you quote a 3m x 2.25m "
                + "backwall and six roller banners for our Leeds show on 14 October, delivered to the Royal Armouries?");
        Post alMesh = re(8, "10:30", alun, doSurvey, "You're cheap on mesh. I'm at £21 and still the cheapest in "
                + "Wrexham.");
        re(8, "10:45", dougal, alMesh, "Mesh is cheap to print though, it's the hemming that costs. Do you hem or "
                + "tape?");
        say(8, "11:00", bpLounge, alun, "Hem, always. Tape lifts in the wind.");
        Post taBoard = say(9, "09:15", bpQuotes, tamsin, "Ros did our window and it's gorgeous! Now we'd like a "
                + "hanging A-board and some wheel-shaped floor stickers. Could anyone price those? Ros is booked "
                + "till November.");
        Post doFitting = say(9, "09:40", bpLounge, dougal, "Another one for the survey: do we price fitting "
                + "separately? Fitting's £45 an hour here, but half the customers think it's included.");
        Post roFitting = re(9, "10:00", ros, doFitting, "Separate, always, and in bold on the quote.");
        Post doEvening = re(9, "10:15", dougal, roFitting, "Bold it is. What do you charge for fitting after hours?");
        re(9, "10:30", ros, doEvening, "Time and a half after six.");
        Post doRush = say(10, "11:00", bpLounge, dougal, "Survey question: rush jobs. 25% on top for next-day here. "
                + "Too much or too little?");
        Post caRush = re(10, "11:20", carys, doRush, "We do 30%, nobody's ever argued.");
        re(10, "11:40", dougal, caRush, "Right, going up to 30 then.");
        Post prNudge = re(10, "14:00", priya, prAsk, "@Dougal Fairweather just checking you saw this on Monday? We "
                + "have to confirm suppliers by Friday.");
        Post doArtwork = say(11, "09:30", bpLounge, dougal, "Survey question three: what's everyone charging for "
                + "artwork? Small fixes have been free so far and it's killing the margins.");
        re(11, "09:45", alun, doArtwork, "£35 an hour, first 15 minutes free.");
        Post caArtwork = re(11, "10:00", carys, doArtwork, "Same, and we say so on every quote.");
        re(11, "10:10", dougal, caArtwork, "Pinching that wording if you don't mind.");
        Post caSent = say(12, "10:00", bpLounge, carys, "Thanks all, I've sent our numbers in. Results in a "
                + "fortnight apparently.");
        re(12, "10:20", dougal, caSent, "Mine are in too. Can't wait to see who's undercutting who.");
        say(12, "16:00", bpKit, alun, "Laminator's gone, thanks for the interest.");
        Post doShow = say(13, "09:00", bpLounge, dougal, "Anyone going to the print show at the NEC next month? "
                + "Thinking of a day trip.");
        Post roShow = re(13, "09:20", ros, doShow, "We're going on the Wednesday. The train's cheaper than parking.");
        re(13, "09:30", dougal, roShow, "Wednesday then. I'll bring the flask.");
        // W40
        Post doSorry = re(15, "09:00", dougal, prNudge, "Priya, I'm so sorry, I had my head in a price survey all "
                + "last week and missed this. Backwall with a 3m tension frame plus six roller banners: £890 all in, "
                + "delivered to the Armouries on the 13th. I can have a proof with you tomorrow.");
        re(15, "09:40", priya, doSorry, "Thank you, that works for us. A proof tomorrow would be great.");
        Post doBoard = re(15, "10:00", dougal, taBoard, "Tamsin, sorry for the wait. A double-sided hanging A-board is "
                + "£120, and ten 40cm wheel floor stickers with anti-slip laminate £90. I'm only in Halifax, happy to "
                + "pop over.");
        re(15, "10:30", tamsin, doBoard, "Lovely, yes please to both!");
        Post doLesson = say(16, "11:00", bpLounge, dougal, "Lesson learned: don't do surveys while the quote room "
                + "fills up. Nearly lost two jobs.");
        re(16, "11:15", carys, doLesson, "Ha, been there.");
        Post haThanks = say(17, "10:00", bpQuotes, hal, "@Dougal Fairweather the banners arrived and they look "
                + "brilliant. Thank you!");
        re(17, "10:20", dougal, haThanks, "Great to hear. Enjoy the festival, Hal!");
        Post alCore = say(18, "14:00", bpLounge, alun, "Anyone got a spare take-up reel core for a 1.6m? Mine "
                + "cracked.");
        Post roCore = re(18, "14:20", ros, alCore, "I've a spare 3-inch core, I'll post it.");
        re(18, "14:40", alun, roCore, "Legend, thank you.");
        Post prProof = say(19, "12:00", bpQuotes, priya, "Backwall proof approved, it looks great. PO on its way.");
        re(19, "12:20", dougal, prProof, "Thanks Priya, it goes on the printer Monday.");
    }

    /**
     * B. Sableford Print Supplies. Lowri says on day 5 that she is on leave days 8-12; Gordon (Trade Customer) asks
     * Wilf by name on day 9 about his back-ordered emulsion and chases on day 11, while Wilf answers Toby and Mira and
     * posts open-day news; Wilf answers on day 12 with an apology. Bea lends Gordon a litre.
     */
    private void printSupplies() {
        // W38
        say(1, "09:00", spNews, wilf, "Morning! The new 305-mesh screens are in, and the warehouse is closed Friday "
                + "17th for a stock take. Orders placed Thursday go out Monday.");
        Post miCrack = say(1, "10:30", spOrders, mira, "Hi, my plastisol white keeps cracking after washing. I'm "
                + "curing with a heat gun. Is that the problem?");
        Post loCrack = re(1, "10:50", lowri, miCrack, "Almost certainly: a heat gun rarely gets the whole layer to "
                + "160°C. A flash unit, or even a heat press over baking paper, will cure it properly.");
        re(1, "11:10", mira, loCrack, "Ah, I've got a heat press! I'll try it tonight, thank you.");
        re(2, "09:30", mira, loCrack, "Heat press worked: stretched a washed shirt and no cracks. Thanks Lowri!");
        Post goDry = say(2, "14:00", spTrade, gordon, "Anyone else finding the water-based black dries in the "
                + "screen faster since the summer? Running retarder at 5% and it still clogs on long runs.");
        Post beDry = re(2, "14:20", bea, goDry, "Flood after every pull and mist the screen. We went to 8% retarder "
                + "in August.");
        re(2, "14:40", gordon, beDry, "8% it is. Cheers Bea.");
        joins(3, "08:00", spOrders, toby);
        Post toStart = say(3, "08:30", spOrders, toby, "Hi! I'm a textiles student and want to start screen printing "
                + "at home. What do I actually need to get going? Budget about £150.");
        Post wiStart = re(3, "09:00", wilf, toStart, "Welcome Toby! Our home starter kit is £119: a 43T screen, a "
                + "squeegee, emulsion, a scoop coater and small tubs of water-based black and white. Add a 500W "
                + "halogen lamp from any DIY shop to expose. Water-based inks are the kindest at home.");
        re(3, "09:20", toby, wiStart, "That's perfect, thank you! Ordering now.");
        Post bePosters = say(4, "10:00", spShow, bea, "Our first run of four-colour posters with the new halftone "
                + "film. Pretty chuffed.");
        Post miLpi = re(4, "10:20", mira, bePosters, "Those are gorgeous. What line count did you use?");
        re(4, "10:40", bea, miLpi, "45 lpi, anything finer closed up on the mesh.");
        say(5, "11:00", spNews, lowri, "A note from me: I'm on leave all next week (20 to 24 September). Wilf is on "
                + "order-help and the trade counter while I'm away.");
        Post toWash = say(5, "16:00", spOrders, toby, "Kit arrived! Exposed my first screen and the image washed out "
                + "completely. Did I under-expose it?");
        Post loWash = re(5, "16:20", lowri, toWash, "Sounds like it. With a 500W halogen at 40cm try 8 minutes, and "
                + "do a step test: cover strips of the screen and expose them in one-minute steps.");
        re(5, "16:45", toby, loWash, "Step test, got it. Thank you!");
        Post toFirst = say(6, "12:00", spShow, toby, "The step test worked, 9 minutes was it. My first print!");
        toFirst.react("🔥", lowri, bea);
        re(6, "12:30", wilf, toFirst, "Cracking first print, Toby. Your registration's better than mine was.");
        // W39: Lowri on leave
        say(8, "09:00", spNews, wilf, "This week: 10% off all vinyl weeding tools. And save the date: open day "
                + "Saturday 2 October, 10 till 3, demos all day.");
        Post goAsk = say(9, "08:30", spTrade, gordon, "@Wilf Hebden any date yet on my back-ordered 5 litres of "
                + "dual-cure emulsion? I've a 400-shirt job for the rugby club on the 20th and I'm down to my last "
                + "litre.");
        Post toScreen = say(9, "10:00", spOrders, toby, "Can I use the same screen for water-based and plastisol?");
        Post wiScreen = re(9, "10:15", wilf, toScreen, "You can, as long as the emulsion is dual-cure and you clean "
                + "the plastisol off fully with screen wash before going back to water-based.");
        re(9, "10:30", toby, wiScreen, "Brilliant, thanks Wilf.");
        Post miDischarge = say(9, "14:00", spOrders, mira, "Do you sell discharge ink? I want to print on dark cotton "
                + "without the thick feel.");
        re(9, "14:30", wilf, miDischarge, "We do: discharge base is £24 a litre with the activator. It needs good "
                + "ventilation, so a garage, not a kitchen!");
        say(10, "09:00", spNews, wilf, "Open day demos confirmed: 11:00 photo emulsion, 12:30 vinyl weeding, 14:00 "
                + "heat transfer on hoodies. Tea and cake on us.");
        Post beSpare = re(10, "11:00", bea, goAsk, "Gordon, if you're stuck I've a spare litre of dual-cure, yours "
                + "if it helps.");
        re(10, "11:20", gordon, beSpare, "That's kind, thanks Bea. I might take you up on it if I don't hear back.");
        Post goChase = re(11, "09:00", gordon, goAsk, "@Wilf Hebden sorry to chase, any news on the emulsion? I need "
                + "to know by tomorrow whether to order it elsewhere.");
        Post miNavy = say(11, "10:00", spShow, mira, "Discharge test on a navy tee. Soft as anything.");
        re(11, "10:30", wilf, miNavy, "Lovely result Mira. Glad the garage survived.");
        Post toDiscount = say(11, "14:00", spOrders, toby, "Is there a student discount by any chance?");
        re(11, "14:20", wilf, toDiscount, "There is: 10% with a student email, pop it in at checkout.");
        Post wiSorry = re(12, "15:00", wilf, goChase, "Gordon, sorry, this one got away from me with Lowri off. The "
                + "emulsion lands with us Thursday and yours goes out the same day, next-day delivery on us.");
        re(12, "15:30", gordon, wiSorry, "Thanks Wilf. Bea's lending me a litre to tide me over.");
        Post bePost = say(13, "10:00", spTrade, bea, "@Gordon Sayle the litre's in the post.");
        re(13, "10:20", gordon, bePost, "You're a star, Bea.");
        // W40
        say(15, "09:00", spOrders, lowri, "Back from leave, thanks for your patience everyone. Catching up on "
                + "order-help now.");
        Post goArrived = say(15, "10:00", spTrade, gordon, "Emulsion arrived Friday, thanks both. The rugby club job "
                + "prints this week.");
        re(15, "10:20", wilf, goArrived, "Great, send us a photo for show-and-tell when they're done!");
        Post miKeep = say(16, "11:00", spOrders, mira, "Does the discharge base keep once it's mixed with the "
                + "activator?");
        Post loKeep = re(16, "11:20", lowri, miKeep, "About a day, so only mix what you'll print in one session.");
        re(16, "11:35", mira, loKeep, "Good to know, thanks.");
        Post goShirts = say(17, "16:00", spShow, gordon, "400 rugby shirts done. Bea's litre saved the first 150.");
        goShirts.react("👏", wilf, bea, mira);
        re(17, "16:15", bea, goShirts, "Ha! Glad it helped. They look smart.");
        say(18, "09:00", spNews, lowri, "Open day is this Saturday, 10 till 3. Bring a T-shirt and print your own "
                + "at the 14:00 demo.");
        Post toOpen = say(20, "15:00", spShow, toby, "Printed my own tee at the open day! Thanks for the demo Lowri "
                + "and Wilf.");
        re(20, "15:20", lowri, toOpen, "Lovely to meet you, Toby. That two-colour was spot on.");
    }

    /**
     * C. Neon benders. Emeka pushes his new shop with a discount code in #the-bench on days 2 and 5 (Hollis has a
     * word), then sells only when asked. Hollis answers Yusra's day-3 evening question 27 hours later with an
     * apology. Brannigan joins on day 8 and on day 9 answers Juno's thank-you to Cressida with a priced "DM me".
     */
    private void neonBenders() {
        // W38
        Post yuCrack = say(1, "10:00", nbBench, yusra, "Six months bending now and my crossovers still crack on "
                + "cooling. Is it my flame or my timing?");
        Post crCrack = re(1, "10:30", cressida, yuCrack, "Usually timing. Let the bend sit in the soft flame a few "
                + "seconds longer before you blow it out, and never cool it near an open window.");
        re(1, "10:50", yusra, crCrack, "The window! My bench is right under it. Moving it tonight.");
        say(2, "09:00", nbBench, emeka, "My new shop is live! Check out my LED neon flex signs, 15% off this week "
                + "with code FLEX15: emekaglow.example/shop");
        Post juAsk = say(2, "11:00", nbComm, juno, "Hi! I own the Copper Kettle bar in Sheffield. We'd love a pink "
                + "glass neon saying 'last orders, first loves' above the bar, roughly 90cm wide. Could anyone quote? "
                + "We open on 9 October.");
        Post crQuote = re(2, "11:40", cressida, juAsk, "Love that line. In glass, 90cm, two lines of pink script on a "
                + "clear acrylic back: about £640 with the transformer, two weeks. I can send a drawing first.");
        re(2, "12:10", hollis, juAsk, "Cressida's price is fair and she's the one for script. I'm booked till "
                + "November anyway.");
        re(2, "12:30", juno, crQuote, "A drawing would be wonderful, thank you Cressida!");
        Post yuPressure = say(3, "18:00", nbBench, yusra, "@Hollis Grant you said you fill your own argon-mercury "
                + "tubes. What pressure do you fill blue at?");
        say(4, "09:00", nbShow, cressida, "Drawing for the Copper Kettle approved, the pattern's laid out on the "
                + "bench.").react("😍", juno, yusra);
        Post hoPressure = re(4, "21:00", hollis, yuPressure, "Sorry Yusra, missed this yesterday, I was up a ladder "
                + "in Leeds all day. I fill blue at 10 torr, but ask me again when you've got a pump, it's easier "
                + "to show than tell.");
        re(4, "21:20", yusra, hoPressure, "No worries at all, thank you! Saving for a pump first.");
        Post emAgain = say(5, "14:00", nbBench, emeka, "Still 15% off at emekaglow.example/shop, only till Sunday. "
                + "Check out my rainbow flex range!");
        Post hoWord = re(5, "14:30", hollis, emAgain, "Emeka, the bench is for bench talk, mate. Showcase is where "
                + "finished work goes.");
        re(5, "15:00", emeka, hoWord, "Fair enough, sorry Hollis.");
        Post maAsk = say(6, "11:00", nbComm, marisol, "We're getting married in March! We'd love a neon with our "
                + "names, 'Ezra & Marisol', for the reception wall and then our living room. Glass or LED? We know "
                + "nothing.");
        Post emAnswer = re(6, "11:30", emeka, maAsk, "Congratulations! For a sign that goes from a venue to a home, "
                + "LED flex is lighter and won't break in the car. About 80cm in warm white would be £190 from me. "
                + "Glass glows nicer but needs careful transport.");
        re(6, "11:45", cressida, maAsk, "Emeka's right about transport. Glass would be about £420 and a padded "
                + "crate. Both last for years.");
        Post maMock = re(6, "12:20", marisol, emAnswer, "LED sounds like us. Could you send a mock-up, Emeka?");
        re(6, "12:40", emeka, maMock, "Absolutely, tomorrow morning.");
        Post emMock = re(7, "10:00", emeka, maMock, "Mock-up for you, Marisol: emekaglow.example/mockups/ezra-marisol");
        re(7, "10:30", marisol, emMock, "We love it! Ordering now.");
        // W39
        joins(8, "09:00", nbBench, brannigan);
        Post brHi = say(8, "09:30", nbBench, brannigan, "Hi all, Brannigan from Hull. I make LED flex signs.");
        Post crHi = re(8, "10:00", cressida, brHi, "Welcome Brannigan! What do you cut your backboards on?");
        re(8, "10:20", brannigan, crHi, "Laser, 5mm clear acrylic.");
        Post juShow = say(9, "11:55", nbShow, juno, "The Copper Kettle's new neon, lit for the first time!");
        juShow.react("🔥", cressida, hollis, yusra);
        Post juThanks = say(9, "12:00", nbComm, juno, "The sign is up and it's glorious. Thank you Cressida! Photos "
                + "in showcase.");
        Post brPitch = re(9, "12:15", brannigan, juThanks, "Looks great! If you ever want a second sign for the back "
                + "bar I do LED flex from £120, cheaper than glass and no transformer hum. DM me.");
        re(9, "12:40", juno, brPitch, "Thanks, we're all set for now.");
        re(9, "13:00", cressida, juShow, "It looks even better in the bar than on the bench. Cheers Juno!");
        Post yuPump = say(10, "10:00", nbBench, yusra, "Pump fund is at £300! Where do people find a secondhand "
                + "vacuum pump that's sound?");
        Post hoPump = re(10, "10:30", hollis, yuPump, "Sign-trade auctions, and ask for a pull-down test before you "
                + "pay. I'll come and look at one with you if it's in Yorkshire.");
        re(10, "10:45", yusra, hoPump, "That would be amazing. Thank you Hollis.");
        Post emBoth = say(11, "14:00", nbBench, emeka, "Question for the glass folk: does anyone combine glass and "
                + "flex in one piece? A client wants a glass outline with flex lettering inside.");
        Post crBoth = re(11, "14:30", cressida, emBoth, "I did one last year. Keep the glass transformer and the flex "
                + "driver on separate circuits, and mount the flex behind, or the glass outshines it.");
        re(11, "14:45", emeka, crBoth, "Separate circuits, noted. Thank you!");
        Post emShip = say(12, "10:00", nbShow, emeka, "Ezra & Marisol's sign, warm white on a frosted backboard, "
                + "shipped today.");
        Post maHere = re(12, "10:30", marisol, emShip, "It's here and it's perfect!! Thank you Emeka. I've sent my "
                + "sister your way, she wants one for her café.");
        re(12, "11:00", emeka, maHere, "That made my day. Tell her to post in commissions whenever she's ready.");
        Post hoElectrode = say(13, "16:00", nbBench, hollis, "Bombarded a 2m run today and the electrode blackened. "
                + "Old electrode or too much current?");
        Post crElectrode = re(13, "16:20", cressida, hoElectrode, "If the electrode was new, too much current for "
                + "too long would be my guess.");
        re(13, "16:40", hollis, crElectrode, "It was new. Less current next time, ta Cressida.");
        // W40
        joins(16, "09:30", nbComm, oona);
        Post ooAsk = say(16, "10:00", nbComm, oona, "Hi, Marisol's sister here! I run a café in Whitby and would "
                + "love a 'Coffee & Kindness' sign in LED. @Emeka Adeyemi, could you quote?");
        Post emOona = re(16, "10:30", emeka, ooAsk, "Hi Oona! 70cm in warm white on a clear backboard is £170. I can "
                + "post a mock-up by Thursday.");
        re(16, "10:50", oona, emOona, "Yes please!");
        Post yuFound = say(17, "12:00", nbBench, yusra, "Found a pump! Hollis came and tested it and it pulled down "
                + "beautifully.");
        re(17, "12:20", hollis, yuFound, "Good pump that, treat it well.");
        Post brCaps = say(18, "11:00", nbBench, brannigan, "Does anyone seal flex end caps with silicone or hot glue? "
                + "Mine fog up outdoors.");
        Post emCaps = re(18, "11:20", emeka, brCaps, "Silicone, clear neutral cure. Hot glue lets the damp in.");
        re(18, "11:40", brannigan, emCaps, "Ta Emeka, that explains it.");
        say(19, "10:00", nbShow, cressida, "Three signs out of the door this month. Bench tidied for winter.");
        Post emMock2 = re(20, "09:00", emeka, ooAsk, "Mock-up for you, Oona: emekaglow.example/mockups/coffee-kindness");
        re(20, "09:30", oona, emMock2, "Love it, let's do it!");
    }

    /**
     * D. Service engineers. Femi posts his job log to nobody in #engineers-room, ten posts in W38 and ten in W39; in
     * W40 he answers Petula, Lachlan and Odile. Rashid is helped by Lachlan on days 8, 10 and 12, answers with "ok ta"
     * and "cheers", and leaves Lachlan's day-12 firmware question until day 16, when he answers and helps Petula.
     */
    private void serviceEngineers() {
        // W38
        say(1, "08:10", hcRoom, femi, "Head swap on a 1.6m eco-solvent in Hull this morning, two hours door to door.");
        Post odManual = say(1, "09:00", hcRoom, odile, "Anyone got a service manual for the older 54-inch solvent "
                + "with the green front? The customer in Halifax swears it's only 8 years old.");
        Post laManual = re(1, "09:30", lachlan, odManual, "I've a PDF, check your email. Eight years my eye, that "
                + "model stopped in 2019.");
        re(1, "09:45", odile, laManual, "Got it, thank you!");
        say(1, "17:40", hcRoom, femi, "Capping station on a 64-inch UV full of cured ink. Six months without a "
                + "clean, by the look of it.");
        say(2, "08:05", hcRoom, femi, "Three callouts booked for Doncaster tomorrow.");
        Post peTacky = say(2, "10:00", hcAsk, petula, "We run a copy shop in Bradford with a 1.6m latex printer. "
                + "Prints come out tacky and smudge when they're stacked. Any ideas?");
        Post odTacky = re(2, "10:20", odile, peTacky, "Your curing temperature is probably too low for the media. "
                + "Check the media profile, most vinyls want 110°C, and let prints rest before stacking.");
        re(2, "10:40", petula, odTacky, "The profile was set for paper! Changed it and they're dry. Thank you so "
                + "much.");
        say(2, "18:00", hcRoom, femi, "Encoder strip swap done. The owner had wiped it with meths.");
        Post laBelt = say(3, "09:00", hcParts, lachlan, "Wanted: a carriage belt for a 1.3m eco-solvent. Will pay "
                + "fair.");
        Post odBelt = re(3, "10:00", odile, laBelt, "I've one off a scrapped machine, £20 and it's yours.");
        re(3, "10:10", lachlan, odBelt, "Deal, transferring now.");
        say(3, "17:30", hcRoom, femi, "Long day. Damper replacement, then a cutter with a chewed blade holder.");
        say(4, "08:00", hcRoom, femi, "Price of dampers up again at the distributor.");
        Post laCourse = say(4, "14:00", hcRoom, lachlan, "Has anyone done the new latex course at the distributor? "
                + "Worth two days?");
        Post odCourse = re(4, "14:30", odile, laCourse, "Yes, the second day is the useful one, the heater "
                + "calibration.");
        re(4, "14:45", lachlan, odCourse, "Booking it then, thanks.");
        say(4, "17:45", hcRoom, femi, "Hull again. Same printer, same owner, different fault.");
        Post peContract = say(5, "11:00", hcAsk, petula, "Is a service contract worth it for a printer we use three "
                + "days a week?");
        Post laContract = re(5, "11:30", lachlan, peContract, "For a latex at three days a week, yes, if it includes "
                + "parts. Mine start at £45 a month, but get a couple of quotes: what matters is a contract that "
                + "covers the heads.");
        re(5, "11:50", petula, laContract, "Very helpful, thank you Lachlan.");
        say(5, "18:10", hcRoom, femi, "Friday. The van needs a service more than any printer did this week.");
        say(6, "10:00", hcRoom, femi, "Saturday tip: flush the lines before a long shutdown, not after.");
        say(7, "09:30", hcRoom, femi, "Quiet Sunday. Invoices.");
        // W39
        say(8, "08:00", hcRoom, femi, "Monday: head alignment in Wakefield, then a cutter in Leeds.");
        Post raBlobs = say(8, "09:00", hcAsk, rashid, "My 1.3m printer is leaving ink blobs at the edge of the vinyl. "
                + "What's causing that?");
        Post laBlobs = re(8, "09:30", lachlan, raBlobs, "Usually a dirty or worn wiper. Clean it with a swab and "
                + "cleaning fluid, and if it's frayed, replace it, it's a £15 part.");
        re(8, "09:45", rashid, laBlobs, "ok ta");
        say(8, "17:30", hcRoom, femi, "The Wakefield machine had a cracked wiper. Easy fix, long drive.");
        Post odLate = say(9, "09:00", hcRoom, odile, "Parts from the distributor late for anyone else this week?");
        re(9, "09:20", lachlan, odLate, "Friday for me too. Annoying.");
        say(9, "18:00", hcRoom, femi, "Two UV lamps changed today. Bring gloves, they stay hot for ages.");
        say(10, "08:10", hcRoom, femi, "Parts delayed till Friday, three jobs on hold.");
        Post raSkew = say(10, "10:00", hcAsk, rashid, "Now the printer says 'media skew'. Help?");
        Post laSkew = re(10, "10:30", lachlan, raSkew, "Load the media with the pinch rollers up, pull it square to "
                + "the front edge, then set them down. Skew is almost always loading.");
        re(10, "10:40", rashid, laSkew, "cheers");
        say(10, "17:50", hcRoom, femi, "Tip: check the take-up sensor before blaming the firmware.");
        say(11, "18:20", hcRoom, femi, "240 miles today for a loose ribbon cable.");
        Post raBanding = say(12, "09:00", hcAsk, rashid, "Banding now, on the dark colours.");
        Post laFirmware = re(12, "09:30", lachlan, raBanding, "Run a nozzle check first and clean any gaps. And which "
                + "firmware version are you on? Some of the 2.3 versions had a feed bug that bands darks.");
        say(12, "17:00", hcRoom, femi, "Parts came early. All three jobs done by four.");
        say(13, "10:00", hcRoom, femi, "Booked onto the November course on the new latex range.");
        say(13, "12:00", hcParts, odile, "For sale: a used 1.6m take-up reel, complete, £80.");
        say(13, "16:00", hcRoom, femi, "Van serviced at last.");
        say(14, "11:00", hcRoom, femi, "Sunday, quiet, finally.");
        // W40
        Post peCut = say(15, "08:40", hcAsk, petula, "Our vinyl cutter is cutting through the backing paper on every "
                + "job. Blade depth?");
        Post feCut = re(15, "09:00", femi, peCut, "Probably blade depth or force. Set the blade so it only just "
                + "scratches the backing, then test cut at 80g and go up in tens.");
        re(15, "09:30", petula, feCut, "90g did it. Thank you Femi!");
        Post raSorry = re(16, "10:00", rashid, laFirmware, "Sorry Lachlan, it's 2.3.1. The nozzle check is clean "
                + "now after a head clean.");
        Post laUpdate = re(16, "10:20", lachlan, raSorry, "Then update to 2.4, that's the feed bug.");
        re(16, "11:30", rashid, laUpdate, "Updated and the banding's gone. Thank you for all the help this last "
                + "fortnight, Lachlan.");
        Post laChip = say(16, "14:00", hcRoom, lachlan, "Anyone had a UV printer throw 'ink supply error' with full "
                + "cartridges?");
        Post feChip = re(16, "14:20", femi, laChip, "Yes, last month: dirty chip contacts. Cotton bud and alcohol.");
        re(16, "14:45", lachlan, feChip, "That was it, cheers Femi.");
        Post feOdile = say(17, "09:00", hcRoom, femi, "@Odile Marchand how did the Halifax head swap go in the end?");
        re(17, "09:30", odile, feOdile, "Fine in the end, two goes at the alignment. Thanks for asking!");
        Post peDrag = say(18, "10:00", hcAsk, petula, "The cutter now drags on small letters and tears the corners.");
        Post raDrag = re(18, "10:30", rashid, peDrag, "Ours did that. A new bearing in the blade holder sorted it, "
                + "and set the blade offset to 0.25 for a 45° blade.");
        re(18, "10:50", petula, raDrag, "New bearing ordered, thanks Rashid.");
        Post odReel = say(19, "12:00", hcRoom, odile, "Take-up reel sold, and the Halifax customer wants a service "
                + "contract now. Funny how that works.");
        re(19, "12:20", femi, odReel, "Nice one. That's the third one this year who's come round after a head swap.");
    }

    /**
     * E. Digitisers. Sunniva posts her portfolio link when Ambrose asks to see crests. Lysander joins on day 10 and on
     * day 11 DMs Clemency (Gethin's long-standing customer) a priced pitch. Dario joins on day 15 and asks two rooms
     * to like and share his awards entry before speaking with anyone, then asks and answers like everyone else.
     */
    private void digitisers() {
        // W38
        Post noMetal = say(1, "09:00", scDen, noor, "Anyone else finding the new metallic thread shreds on 3D puff? "
                + "I've slowed to 500 stitches a minute and I'm still losing it.");
        Post geMetal = re(1, "09:30", gethin, noMetal, "Use a 90/14 topstitch needle for metallics and loosen the top "
                + "tension a touch. Puff makes it worse, so longer satin stitches help.");
        re(1, "09:50", noor, geMetal, "Topstitch needle did it, no more shredding. Thanks!");
        Post clBuilder = say(2, "10:00", scReq, clemency, "Hi all, Clemency from Ward Workwear in Stockport. We need a "
                + "builder's logo digitised for a left chest, 9cm wide, on hi-vis polos. The lettering is under 5mm "
                + "though. Quotes please?");
        Post geBuilder = re(2, "10:30", gethin, clBuilder, "Hi Clemency! Lettering under 5mm on a polo is doable with "
                + "a thin underlay. About 7,000 stitches, so £35, back to you tomorrow.");
        re(2, "10:45", noor, clBuilder, "I'd say the same, though Gethin's done your jobs for years, he knows your "
                + "machines.");
        re(2, "11:00", clemency, geBuilder, "Go for it, Gethin, thank you!");
        Post amCrest = say(3, "14:00", scReq, ambrose, "I'm kit secretary for Thornbury Cricket Club. We want our "
                + "crest on new sweaters and it has a lot of fine detail. Could someone show me crests they've done "
                + "before we commit?");
        Post suFolio = re(3, "14:30", sunniva, amCrest, "Hi Ambrose, I do a lot of club crests. Here's my portfolio, "
                + "the crests are on the second page: sunnivastitch.example/portfolio");
        re(3, "15:00", ambrose, suFolio, "These are lovely. Could you quote for ours?");
        Post amFile = say(3, "15:05", scReq, ambrose, "Here's the crest: 8cm tall, three colours plus gold.");
        Post suQuote = re(3, "15:40", sunniva, amFile, "Gold metallic plus three colours at 8cm is about 11,000 "
                + "stitches: £55 including one round of edits.");
        re(3, "16:00", ambrose, suQuote, "Deal. Thank you!");
        Post geOut = say(4, "10:00", scOuts, gethin, "Stitch-out of Clemency's builder logo. The 4mm lettering held "
                + "up, but the E looks heavy. Thoughts?");
        Post noOut = re(4, "10:20", noor, geOut, "Drop the E's satin width by 0.2mm and it'll match the rest.");
        re(4, "10:35", gethin, noOut, "Good eye, done.");
        Post suRate = say(5, "09:00", scDen, sunniva, "What are people charging per thousand stitches now? I've been "
                + "at £5 for years.");
        re(5, "09:20", noor, suRate, "£6, with a £25 minimum.");
        Post geRate = re(5, "09:40", gethin, suRate, "£6 too. Raise it, nobody's complained to me.");
        re(5, "10:00", sunniva, geRate, "Raising it on the first of October then.");
        Post suCrest = say(6, "15:00", scOuts, sunniva, "Thornbury crest stitch-out, gold on navy.");
        re(6, "15:20", ambrose, suCrest, "That's beautiful. The committee will be delighted.");
        // W39
        Post clCare = say(8, "09:00", scReq, clemency, "@Gethin Morgan-Price the builder's polos went out and they "
                + "were thrilled. Next is a care home logo, 7cm with a small heart. Same as before?");
        re(8, "09:20", gethin, clCare, "Glad they liked them! Yes, send it over: £30 for that one, tomorrow "
                + "afternoon.");
        joins(10, "09:00", scDen, lysander);
        Post lyHi = say(10, "09:30", scDen, lysander, "Hello, Lysander here, digitising from Preston.");
        Post noHi = re(10, "10:00", noor, lyHi, "Welcome! What software do you use?");
        re(10, "10:20", lysander, noHi, "Mostly Hatch.");
        Post lyPitch = say(11, "09:00", dmLysander, lysander, "Hi Clemency, saw your posts in Stitch Count. I can "
                + "digitise your logos at £4 per thousand stitches, cheaper than anyone there, with 24-hour "
                + "turnaround. Send me your next one?");
        re(11, "12:00", clemency, lyPitch, "Thanks, but we're very happy with Gethin.");
        Post suCaps = say(11, "14:00", scDen, sunniva, "Does anyone digitise for caps? Ambrose's club want caps now "
                + "and the crest is awkward at 5cm.");
        Post geCaps = re(11, "14:30", gethin, suCaps, "Stitch from the centre out and down, so the cap doesn't push "
                + "the fabric to one side. And simplify the crest for 5cm.");
        re(11, "14:50", sunniva, geCaps, "Centre out, simplified. Thank you.");
        Post geHeart = say(12, "10:00", scOuts, gethin, "Care home heart logo, first stitch-out.");
        re(12, "10:30", clemency, geHeart, "Perfect. The order's in for 60 tunics.");
        Post noDst = say(13, "11:00", scDen, noor, "Quick one: @Gethin Morgan-Price does your software export DST "
                + "with the trims kept?");
        Post geDst = re(13, "11:20", gethin, noDst, "It does, tick 'keep trims' in the export box.");
        re(13, "11:30", noor, geDst, "Found it, thanks.");
        // W40
        joins(15, "09:00", scDen, dario);
        say(15, "09:20", scOuts, dario, "My entry for the Stitch Awards, a stag head in 14 colours! Please like and "
                + "share it: instagram.example/dariostitches/stag");
        Post daDen = say(15, "09:25", scDen, dario, "Hi all, new here. Please like and share my Stitch Awards entry, "
                + "voting closes Friday: instagram.example/dariostitches/stag");
        Post noDario = re(15, "10:00", noor, daDen, "Welcome Dario. Stitch-outs go in stitch-outs for feedback, "
                + "and we don't really do awards voting here.");
        re(15, "10:30", dario, noDario, "Ah, sorry, understood.");
        Post amFlag = say(16, "14:00", scReq, ambrose, "The caps came out really well, thank you @Sunniva Berg! Could "
                + "you do the crest at 20cm for the pavilion flag too?");
        Post suFlag = re(16, "14:30", sunniva, amFlag, "Thank you! At 20cm it's a bigger redraw: £70, by Friday.");
        re(16, "14:45", ambrose, suFlag, "Go ahead please.");
        Post daPucker = say(17, "10:00", scOuts, dario, "A real question this time: my satin columns pucker on "
                + "towelling. Topping?");
        Post geTowel = re(17, "10:20", gethin, daPucker, "Water-soluble topping and a tatami underlay. Towelling eats "
                + "satin.");
        re(18, "09:00", dario, geTowel, "Soluble topping fixed it. Thank you Gethin!");
        Post suBacking = say(19, "10:00", scDen, sunniva, "Which backing for stretchy performance fabrics, polymesh "
                + "or cutaway?");
        Post daBacking = re(19, "10:20", dario, suBacking, "No-show polymesh, it doesn't show through the light "
                + "colours.");
        re(19, "10:40", sunniva, daBacking, "Thanks Dario.");
        Post clReuse = say(20, "09:00", scReq, clemency, "Another care home wants the same heart logo. Gethin, can we "
                + "reuse the file with their name?");
        re(20, "09:30", gethin, clReuse, "Yes, £10 to change the lettering.");
    }

    /**
     * F. Print-finishing and bindery operators (nobody sells). Declan says on day 6 that he is on holiday days 8-14;
     * Saffi asks him by name on day 9, Wendell points her to his settings sheet, and Declan answers on day 15. Saffi,
     * an apprentice, is helped through the weeks, reports back and helps Marnie on day 12.
     */
    private void finishers() {
        // W38
        Post maShift = say(1, "07:30", ctFloor, marnie, "Morning all. Anyone else on the 6 till 2 all week?");
        Post ruShift = re(1, "07:40", ruairi, maShift, "Me, with 80,000 leaflets to fold. Send tea.");
        re(1, "07:50", marnie, ruShift, "Tea on its way in spirit.");
        Post agSilk = say(2, "13:00", ctMachines, agnieszka, "Our buckle folder keeps marking 150gsm silk with lines "
                + "from the rollers. Any fixes?");
        say(2, "13:30", ctMachines, declan, "Agnieszka, back the roller pressure off a quarter turn and give the "
                + "rollers a wipe with roller wash. Silk marks if they're glazed.");
        re(2, "14:00", agnieszka, agSilk, "Quarter turn did it, thanks Declan.");
        Post saSquare = say(3, "10:00", ctLearn, saffi, "First week on the guillotine on my own. How do you check the "
                + "blade's square?");
        Post weSquare = re(3, "10:20", wendell, saSquare, "Cut a stack of 100, flip the top sheet over and lay it "
                + "back on. Any gap at the corner and it's out.");
        re(3, "10:40", saffi, weSquare, "Did it, it's square. That's a neat trick.");
        Post weForty = say(4, "15:00", ctFloor, wendell, "40 years on the guillotines this Christmas. They gave me a "
                + "cake shaped like a pile of cut paper.");
        weForty.react("🎉", marnie, ruairi, saffi, agnieszka);
        Post maWorst = re(4, "15:10", marnie, weForty, "40 years! Tell us the worst job you ever did.");
        Post weWorst = re(4, "15:30", wendell, maWorst, "1989: a million raffle tickets, numbered and perforated on a "
                + "hand-fed machine. I dreamt in perforations for a month.");
        re(4, "15:45", ruairi, weWorst, "Legend.");
        Post ruStaples = say(5, "11:00", ctMachines, ruairi, "Saddle stitcher's skipping staples on every tenth "
                + "book. Wire feed looks fine.");
        Post maStaples = re(5, "11:20", marnie, ruStaples, "Check the clincher. Ours did that when it was worn.");
        re(5, "12:00", ruairi, maStaples, "Worn clincher it was. Swapped it, no more skips.");
        Post deAway = say(6, "14:00", ctFloor, declan, "Off on holiday all next week, back Monday the 27th. Don't "
                + "tell the laminator I've gone.");
        re(6, "14:10", agnieszka, deAway, "Have a great time!");
        // W39
        say(8, "09:00", ctLearn, saffi, "NVQ question: what's the difference between a gate fold and a double "
                + "parallel? The assessor asks on Friday.");
        Post maFolds = say(8, "09:20", ctLearn, marnie, "Saffi, gate fold: both ends fold in to meet in the middle. "
                + "Double parallel: fold in half, then in half again the same way. Draw them both, assessors like a "
                + "sketch.");
        re(8, "09:40", saffi, maFolds, "Drew them, got it. Thank you Marnie!");
        Post saHorizon = say(9, "10:00", ctMachines, saffi, "@Declan Foy you set up the folder last month. What "
                + "buckle settings did you use for the 6-page roll fold? The job's on Thursday.");
        Post weSheet = re(9, "10:30", wendell, saHorizon, "Declan's on holiday this week. There should be a settings "
                + "sheet taped inside the folder's side panel, he always leaves one.");
        re(9, "10:50", saffi, weSheet, "Found it! Thanks Wendell.");
        Post agFilm = say(10, "14:00", ctFloor, agnieszka, "Lamination film came in wrong, matt instead of gloss. "
                + "Anyone else with the same supplier?");
        re(10, "14:20", ruairi, agFilm, "Same last month. They swapped it in two days.");
        Post saPassed = say(11, "09:00", ctLearn, saffi, "Passed the fold question! The assessor liked the sketch.");
        re(11, "09:10", marnie, saPassed, "Brilliant, well done!");
        Post maCrack = say(12, "10:00", ctMachines, marnie, "Anyone know why the creaser cracks 350gsm board along the "
                + "spine?");
        Post saCrack = re(12, "10:15", saffi, maCrack, "We had that on Tuesday. Wendell showed me: crease with the "
                + "grain, and check the creasing matrix is the right width for the board.");
        re(12, "10:40", marnie, saCrack, "Wrong matrix it was. Thanks Saffi, look at you!");
        Post weCake = say(13, "15:00", ctFloor, wendell, "Friday cake for the night shift: lemon drizzle.");
        re(13, "15:20", ruairi, weCake, "Save me a slice, please.");
        // W40
        Post deBack = say(15, "08:00", ctFloor, declan, "Back! Tanned and useless. What did I miss?");
        re(15, "08:20", agnieszka, deBack, "The laminator behaved. Miracle.");
        Post deSettings = re(15, "09:00", declan, saHorizon, "Saffi, sorry, just back and seen this. Hope the sheet "
                + "in the panel did it? For the 6-page roll fold I set the buckles at 99, 98 and 97mm.");
        re(15, "09:20", saffi, deSettings, "It did, the job went fine. Thanks Declan, those numbers are in my "
                + "notebook now.");
        Post saSafety = say(16, "11:00", ctLearn, saffi, "Last NVQ unit: guillotine safety. Anyone got a good way to "
                + "remember the checks?");
        Post deSafety = re(16, "11:30", declan, saSafety, "Light curtain, two-hand control, blade cover, stop button. "
                + "'Lights, hands, cover, stop'.");
        re(16, "11:45", saffi, deSafety, "Lights, hands, cover, stop. Thank you!");
        Post weTale = say(17, "13:00", ctFloor, wendell, "Told the new starters about the raffle tickets. They didn't "
                + "believe me.");
        re(17, "13:10", marnie, weTale, "Nobody ever does.");
        Post ruGlue = say(18, "10:00", ctMachines, ruairi, "Perfect binder's glue is stringing. Temperature too low?");
        Post deGlue = re(18, "10:20", declan, ruGlue, "Probably. 170°C for EVA, and clean the glue pot while you're "
                + "at it.");
        re(18, "10:45", ruairi, deGlue, "Turned it up, clean spines now.");
        say(19, "16:00", ctFloor, saffi, "Passed my NVQ! Thank you all, couldn't have done it without this lot.")
                .react("🎉", marnie, wendell, declan, ruairi, agnieszka);
    }

    /**
     * G. Sign installers. Kit posts his working-at-height course page into three rooms within 12 minutes on day 3 and
     * again on day 6; from W39 he only answers jobs and helps. Hamish joins on day 8 and introduces his firm; Shona
     * answers his hello with her day rate and "DM me"; on day 15 he posts a job and books her.
     */
    private void signInstallers() {
        // W38
        Post raWind = say(1, "08:00", fyChat, raymond, "Wind's due at 50mph on Thursday. Anyone got a projecting sign "
                + "booked that day? I'm moving mine to Friday.");
        re(1, "08:20", tomasz, raWind, "Fascia in Wigan on Thursday, ground floor, should be fine. A projecting sign, "
                + "no chance.");
        Post fiBolton = say(1, "09:00", fyBoard, fiona, "Marchetti Signs: we need two fitters for three fascias at a "
                + "new retail park in Bolton, 22 and 23 September. Tower provided. Day rates and availability please.");
        Post raBolton = re(1, "09:30", raymond, fiBolton, "I'm free both days, £240 a day with my own fixings.");
        re(1, "09:45", tomasz, fiBolton, "Free the 22nd only, £230.");
        Post fiBooked = re(1, "10:10", fiona, raBolton, "Raymond, booked for both days. Tomasz, could you do the 22nd "
                + "with him? We'll find someone for the 23rd.");
        re(1, "10:20", tomasz, fiBooked, "Yes, the 22nd is yours.");
        Post shStone = say(2, "14:00", fyChat, shona, "What fixings are folk using in old sandstone? Resin anchors "
                + "keep pulling out of Glasgow tenements.");
        Post raStone = re(2, "14:30", raymond, shStone, "Drill deeper than the spec, clean the hole twice with a brush "
                + "and blower, and use the stone-rated resin. Most pull-outs are dusty holes.");
        re(2, "14:50", shona, raStone, "Brush and blower twice. Thanks Raymond.");
        say(3, "10:00", fyChat, kit, "My one-day working-at-height refresher is back for October, £95 a head, "
                + "certificate the same day. Book at kitdelahaye.example/refresher");
        say(3, "10:05", fyBoard, kit, "Sign companies: my working-at-height refresher for your fitters, £95 a head, "
                + "book at kitdelahaye.example/refresher");
        say(3, "10:12", fyKit, kit, "Places left on my working-at-height refresher, £95: "
                + "kitdelahaye.example/refresher");
        Post shLadder = say(4, "09:00", fyKit, shona, "For sale: a 3-section ladder, 3.5m sections, a year old, £180, "
                + "collect from Paisley.");
        Post toLadder = re(4, "11:00", tomasz, shLadder, "Does it have the stabiliser bar?");
        re(4, "11:20", shona, toLadder, "It does.");
        Post fiStill = say(5, "12:00", fyBoard, fiona, "Still need one fitter for Bolton on the 23rd, anyone?");
        re(5, "12:30", shona, fiStill, "Too far for me, sadly.");
        Post kiBolton = re(5, "13:00", kit, fiStill, "I can do the 23rd, £250.");
        re(5, "13:20", fiona, kiBolton, "Booked, thank you Kit.");
        Post kiAgain = say(6, "08:00", fyChat, kit, "Still a few places on the October refresher: "
                + "kitdelahaye.example/refresher. Insurers are asking for it now.");
        Post raAccredited = re(6, "08:30", raymond, kiAgain, "Is it the accredited one or your own?");
        re(6, "08:45", kit, raAccredited, "Accredited, same body as the IPAF card.");
        // W39
        joins(8, "09:00", fyChat, hamish);
        Post haHello = say(8, "09:30", fyChat, hamish, "Hi all, Hamish here. We're a two-man sign firm in Perth and "
                + "mostly fit our own work. Joined to learn how the bigger fitters do it.");
        Post shRate = re(8, "10:00", shona, haHello, "Welcome Hamish! If you ever need a second pair of hands I'm £220 "
                + "a day, Perth's not far for me. DM me.");
        re(8, "10:20", hamish, shRate, "Cheers, good to know.");
        re(8, "10:30", raymond, haHello, "Welcome. Ask away, there's always someone who's been up that ladder.");
        Post haPanel = say(9, "14:00", fyChat, hamish, "First question then: how do you lot get a 4m fascia panel up? "
                + "We've been using two ladders and it's hairy.");
        Post raPanel = re(9, "14:30", raymond, haPanel, "Don't. Hire a tower with a gin wheel, or use panel lifters. "
                + "Two ladders and a 4m panel is how people end up in hospital.");
        re(9, "14:45", tomasz, haPanel, "Or a material hoist, the hire shops have them for about £60 a day.");
        re(9, "15:00", hamish, raPanel, "Tower and gin wheel, then. Thanks both.");
        Post fiStockport = say(10, "09:00", fyBoard, fiona, "Thanks Raymond, Tomasz and Kit for Bolton, the client's "
                + "delighted. Next: a projecting sign in Stockport on 4 October. Anyone with a MEWP ticket?");
        Post kiStockport = re(10, "09:30", kit, fiStockport, "I'm ticketed and free on the 4th, £260.");
        re(10, "09:50", fiona, kiStockport, "Great, booked.");
        Post kiLifts = say(11, "10:00", fyChat, kit, "Anyone else finding the hire shops short of scissor lifts this "
                + "month?");
        re(11, "10:20", tomasz, kiLifts, "Yes, book two weeks ahead now.");
        Post shJacket = say(12, "11:00", fyChat, shona, "Weather's turned. Anyone got a heated jacket they'd "
                + "recommend?");
        Post raJacket = re(12, "11:20", raymond, shJacket, "The battery ones from the tool shops are fine. Buy a "
                + "second battery.");
        re(12, "11:40", shona, raJacket, "Second battery, noted.");
        say(13, "16:00", fyKit, raymond, "For sale: my old tower, 4.2m platform, all the braces, £450.");
        // W40
        Post haDundee = say(15, "09:00", fyBoard, hamish, "We've a job we can't staff: four fascias in Dundee on the "
                + "9th and 10th of October. Need one fitter for both days. Rates?");
        Post shDundee = re(15, "09:30", shona, haDundee, "I can do both days, £220 a day.");
        re(15, "09:45", hamish, shDundee, "Great, you're booked. Glad you offered last week!");
        Post toRams = say(16, "10:00", fyChat, tomasz, "Anyone being asked for RAMS on every single fascia now?");
        Post kiRams = re(16, "10:20", kit, toRams, "Every job. I keep a template, happy to share it, no charge.");
        Post toThanks = re(16, "10:40", tomasz, kiRams, "That would help, thanks Kit.");
        re(16, "11:00", kit, toThanks, "Sent to your email.");
        say(17, "09:00", fyKit, raymond, "Tower sold, thanks all.");
        Post fiMoved = say(18, "09:00", fyBoard, fiona, "@Kit Delahaye the Stockport sign has moved to the 6th, still "
                + "okay for you?");
        re(18, "09:30", kit, fiMoved, "The 6th is fine.");
        Post haWorked = say(19, "17:00", fyChat, hamish, "Tower and gin wheel worked a treat on a 4m panel today. "
                + "Thanks again for the advice.");
        re(19, "17:20", raymond, haWorked, "Good man.");
    }

    /**
     * H. Kestrel Label Co. Imogen posts news and answers; Caspian answers artwork questions, giving the template page
     * to Fenella (day 8), Hettie (day 10) and Delphine (day 12). Fenella joins on day 8 and DMs Imogen for a quote.
     * In W39 Barnabas answers other makers in #makers-lounge with stories about himself; in W40 he asks them back.
     */
    private void labelPrinter() {
        // W38
        say(1, "09:00", klNews, imogen, "New this month: a recycled kraft paper label and a gold foil option on short "
                + "runs. Samples free with your next order.");
        Post heWidth = say(1, "11:00", klArt, hettie, "My chutney jars are 68mm across. What label width wraps "
                + "without overlapping?");
        Post caWidth = re(1, "11:20", caspian, heWidth, "The circumference is about 214mm, so a 200mm label leaves a "
                + "neat gap at the seam. Keep text 5mm from each end.");
        re(1, "11:40", hettie, caWidth, "Perfect, 200 it is. Thank you!");
        Post deWinter = say(2, "10:00", klLounge, delphine, "Anyone sell honey at farmers' markets in winter? "
                + "Wondering if it's worth standing in the cold.");
        re(2, "10:30", hettie, deWinter, "Christmas markets, absolutely. January and February, not for me.");
        re(2, "10:50", barnabas, deWinter, "Winter's my best season for gin, so I'd say go.");
        say(2, "11:10", klLounge, delphine, "Christmas ones then. Thanks both.");
        Post baWhite = say(3, "14:00", klArt, barnabas, "Can you print white under the colours on clear labels? My "
                + "new bottle is clear glass.");
        Post imWhite = re(3, "14:20", imogen, baWhite, "We can, a white underprint. Send the artwork with the white as "
                + "a separate spot colour named 'White' and we'll do the rest.");
        re(3, "14:40", barnabas, imWhite, "Brilliant, sending it over today.");
        Post heDamson = say(4, "10:00", klShow, hettie, "New labels on the damson chutney: kraft with the gold foil.");
        re(4, "10:20", delphine, heDamson, "Gorgeous. The foil catches the light beautifully.");
        say(4, "10:40", klShow, hettie, "@Imogen Scarcliffe my friend from the Thirsk market saw them and I've sent "
                + "her your way.");
        Post dePeel = say(5, "11:00", klArt, delphine, "My honey labels keep peeling off in the fridge. Wrong "
                + "material?");
        Post caPeel = re(5, "11:20", caspian, dePeel, "Fridges make paper labels curl. A PP film with a freezer-grade "
                + "adhesive will stay put.");
        re(5, "11:40", delphine, caPeel, "Film it is. Thanks Caspian.");
        // W39
        joins(8, "09:00", klArt, fenella);
        Post feTemplate = say(8, "09:20", klArt, fenella, "Hi, I'm just starting a hot sauce business. Do you have an "
                + "artwork template for a 60 x 90mm label?");
        Post caTemplate = re(8, "09:40", caspian, feTemplate, "Welcome Fenella! Here's our template page, pick 60 x 90 "
                + "and it downloads with the bleed marked: kestrellabels.example/templates");
        re(8, "10:00", fenella, caTemplate, "Got it, thank you!");
        Post feQuote = say(8, "14:00", dmImogen, fenella, "Hi Imogen, could you quote 500 labels, 60 x 90mm on the "
                + "kraft paper? Three designs.");
        Post imQuote = re(8, "14:30", imogen, feQuote, "Hi Fenella! 500 across three designs on kraft is £96 plus "
                + "VAT, delivered 5 working days after the proof. Happy to send samples first.");
        re(8, "14:45", fenella, imQuote, "Samples would be great, thank you.");
        Post hePrice = say(9, "10:00", klLounge, hettie, "How did everyone set their prices when they started? I'm "
                + "still at cost plus a bit and it's not enough.");
        re(9, "10:30", barnabas, hePrice, "When I started my gin I priced it at £32 because that's what I'd pay "
                + "myself. My first batch sold out in a week, so I put my price up to £38 and my sales actually went "
                + "up. I think my label did a lot of the work, my customers tell me it looks expensive.");
        Post deHourly = re(9, "11:00", delphine, hePrice, "Work out your hourly rate first. I didn't and regretted "
                + "it.");
        re(9, "11:20", hettie, deHourly, "Hourly rate, good point.");
        Post heBleed = say(10, "10:00", klArt, hettie, "What's the bleed you need again? My designer asked.");
        Post caBleed = re(10, "10:20", caspian, heBleed, "3mm on every side, it's marked on the templates: "
                + "kestrellabels.example/templates");
        re(10, "10:40", hettie, caBleed, "Passed on, thanks!");
        Post deShop = say(10, "15:00", klLounge, delphine, "Has anyone got into a farm shop? I've been asked for my "
                + "wholesale price and I have no idea.");
        Post baShop = re(10, "15:30", barnabas, deShop, "I got into my first farm shop last year. I went in with my "
                + "bottles and my price list and I told them my story, how I distil my gin in my garage. My "
                + "wholesale price is 30% under my retail and I've never been knocked down. I supply eight shops now "
                + "and I deliver to all of them myself.");
        re(10, "15:50", delphine, baShop, "Thanks, 30% under is helpful.");
        Post heReader = say(11, "12:00", klLounge, hettie, "Anyone using a market card reader they like?");
        Post baReader = re(11, "12:20", barnabas, heReader, "I use mine for everything. I bought my reader for my "
                + "first market and I've never had a problem with it. My only tip: I keep my phone charged, because "
                + "my reader needs it.");
        re(11, "12:40", hettie, baReader, "Ta.");
        Post baBottle = say(12, "09:00", klShow, barnabas, "My new clear labels on my new bottle, with the white "
                + "underprint. I'm so pleased with my launch: my first 200 bottles are nearly gone and my stockists "
                + "want more.");
        re(12, "09:30", imogen, baBottle, "They look fantastic, Barnabas, the white really pops on the glass.");
        Post deRound = say(12, "11:00", klArt, delphine, "Sorry, where's the template for a round 50mm label?");
        Post caRound = re(12, "11:15", caspian, deRound, "Same page, in the round labels section: "
                + "kestrellabels.example/templates");
        re(12, "11:30", delphine, caRound, "Found it, thanks!");
        Post baTour = say(13, "15:00", klLounge, barnabas, "My distillery tour day is next Saturday. I'm doing my "
                + "tasting talk and pouring my new botanical gin. I'm nervous but I think my talk is good.");
        re(13, "15:20", hettie, baTour, "Good luck!");
        say(14, "10:00", klNews, imogen, "Heads up: we're closed Friday 1 October for a press service. Orders placed "
                + "by Wednesday ship as normal.");
        // W40
        Post feSamples = say(15, "10:00", klArt, fenella, "Samples arrived, going with the kraft. Artwork uploaded for "
                + "proofing!");
        Post imProof = re(15, "10:30", imogen, feSamples, "Lovely. Your proof will be with you by lunchtime "
                + "tomorrow.");
        re(16, "13:00", fenella, imProof, "Proof approved!");
        say(16, "15:00", klNews, imogen, "Foil labels now come in silver and copper as well as gold.");
        Post heTour = say(17, "10:00", klLounge, hettie, "@Barnabas Oyelaran how did the tour day go?");
        Post baTourDone = re(17, "10:20", barnabas, heTour, "It went well, thank you Hettie! How did your price "
                + "change go at the market?");
        re(17, "10:40", hettie, baTourDone, "Sold out of damson at the new price!");
        Post baFarm = say(18, "11:00", klLounge, barnabas, "@Delphine Moorcroft did the farm shop take your honey in "
                + "the end?");
        re(18, "11:30", delphine, baFarm, "They did, 24 jars to start. Your 30% tip helped.");
        Post feBottles = say(19, "16:00", klShow, fenella, "First hot sauce bottles labelled!");
        re(19, "16:20", imogen, feBottles, "They look fiery, Fenella!");
        re(19, "16:40", hettie, feBottles, "Love the chilli illustration.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes120Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 120");
    }
}
