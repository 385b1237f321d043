package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 147 (sealed): eight communities of 3D printing, makerspace-style fabrication and small-batch making,
 * of kinds no earlier round used (3D print-farm operators, Layer Farmers, with a part-requests room where an Etsy
 * seller, a product designer and a board-game publisher ask, an open-capacity room, a new farm operator's priced
 * reply to a publisher's funding news and an operator who spends a week running a round-robin tolerance benchmark
 * with fellow farms while her returning client and a designer who asked for her by name wait; freelance product-design
 * CAD modellers, Parametric, with a brief board where inventors and a start-up ask, a designer who scatters his
 * portfolio link and posts open slots, a designer helped on three days who gives nothing back and an inventor who asks
 * the designers' room to share her Kickstarter; laser engraving and cutting small shops, Focal Point Engravers, with a
 * room where customers ask, a machines-for-sale room, an engraver away at a craft fair who said so and an engraver who
 * posts his shop's products to nobody for a week; a recycled-filament maker's own server, Second Spool Filament, with
 * its Team and Customers, two DMs, a customer who runs a print farm and pitches a newcomer, and a support man who
 * leaves a print club's organiser waiting; a print-on-demand 3D model marketplace's own server, Mesh Market, with its
 * Team, Designers and Customers, a designer who asks for follows and a designer who talks about herself for a week;
 * volunteers who print prosthetic hands for children, Helping Hands Printers, where nobody sells; architectural model
 * makers, Plinth &amp; Scale, with a room where architects, a developer and a student ask; hardware founders and
 * small-batch manufacturers, First Hundred Units, with introductions, a build-requests room and a caster who drops an
 * open-day link into the founders' room), over three ISO weeks (2034-W41 to W43), written and labelled by writer147
 * (session 66) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-147.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes147Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2034, 10, 9);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2034, 10, 30, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-147";
    private static final int BASE = 115600;

    // --- A. 3D print-farm operators ---
    private final String layer = cast.guild(1751);
    private final Channel laFloor = cast.channel(layer, "Layer Farmers", "farm-floor",
            "print-farm operators among ourselves: machines, materials, pricing, the trade", "lf-farm-floor.json");
    private final Channel laRequests = cast.channel(layer, "Layer Farmers", "part-requests",
            "shops, designers and small firms ask for printed parts; farms reply", "lf-part-requests.json");
    private final Channel laCapacity = cast.channel(layer, "Layer Farmers", "open-capacity",
            "farms post spare capacity and services", "lf-open-capacity.json");
    private final Persona hester = cast.person("hester.quayle", "Hester Quayle");
    private final Persona ravi = cast.person("ravi.dunmore", "Ravi Dunmore");
    private final Persona gethin = cast.person("gethin.sallow", "Gethin Sallow");
    private final Persona jago = cast.person("jago.trevelyan", "Jago Trevelyan");
    private final Persona briony = cast.person("briony.castell", "Briony Castell");
    private final Persona lorcan = cast.person("lorcan.pike", "Lorcan Pike");
    private final Persona wilhelmina = cast.person("wilhelmina.tosh", "Wilhelmina Tosh");

    // --- B. freelance product-design CAD modellers ---
    private final String parametric = cast.guild(1752);
    private final Channel pmIntro = cast.channel(parametric, "Parametric", "introductions",
            "new here? introduce yourself", "pm-introductions.json");
    private final Channel pmDesk = cast.channel(parametric, "Parametric", "designers-desk",
            "CAD designers among ourselves: software, workflow, rates, the trade", "pm-designers-desk.json");
    private final Channel pmBriefs = cast.channel(parametric, "Parametric", "brief-board",
            "inventors, start-ups and makers post briefs and questions; designers reply", "pm-brief-board.json");
    private final Channel pmPortfolio = cast.channel(parametric, "Parametric", "portfolio",
            "show finished projects", "pm-portfolio.json");
    private final Persona ottoline = cast.person("ottoline.marsh", "Ottoline Marsh");
    private final Persona caradoc = cast.person("caradoc.wynne", "Caradoc Wynne");
    private final Persona fenella = cast.person("fenella.brisk", "Fenella Brisk");
    private final Persona saul = cast.person("saul.teasdale", "Saul Teasdale");
    private final Persona maud = cast.person("maud.linacre", "Maud Linacre");
    private final Persona ptolemy = cast.person("ptolemy.oakes", "Ptolemy Oakes");
    private final Persona wren = cast.person("wren.haddock", "Wren Haddock");

    // --- C. laser engraving and cutting small shops ---
    private final String focal = cast.guild(1753);
    private final Channel fpWorkshop = cast.channel(focal, "Focal Point Engravers", "workshop",
            "laser engravers among ourselves: machines, settings, materials, the trade", "fp-workshop.json");
    private final Channel fpAsks = cast.channel(focal, "Focal Point Engravers", "customer-asks",
            "customers ask about gifts, signs and commissions; engravers reply", "fp-customer-asks.json");
    private final Channel fpForSale = cast.channel(focal, "Focal Point Engravers", "machines-for-sale",
            "sell and swap lasers, parts and offcuts", "fp-machines-for-sale.json");
    private final Persona tamsin = cast.person("tamsin.greer", "Tamsin Greer");
    private final Persona ifor = cast.person("ifor.blaine", "Ifor Blaine");
    private final Persona lucinda = cast.person("lucinda.marr", "Lucinda Marr");
    private final Persona zeb = cast.person("zeb.harcourt", "Zebedee Harcourt");
    private final Persona ondine = cast.person("ondine.fairbairn", "Ondine Fairbairn");
    private final Persona cedric = cast.person("cedric.mallory", "Cedric Mallory");
    private final Persona hattie = cast.person("hattie.brannock", "Hattie Brannock");

    // --- D. a recycled-filament maker's own server ---
    private final String spool = cast.guild(1754);
    private final Role ssTeam = cast.role("Team", "#16a085", 2);
    private final Role ssCustomer = cast.role("Customer", "#95a5a6", 1);
    private final Channel ssNews = cast.channel(spool, "Second Spool Filament", "announcements",
            "new colours, restocks and shop news from the team", "ss-announcements.json");
    private final Channel ssHelp = cast.channel(spool, "Second Spool Filament", "print-help",
            "customers: settings, orders and problems; the team replies", "ss-print-help.json");
    private final Channel ssChat = cast.channel(spool, "Second Spool Filament", "customer-chat",
            "customers chat: prints, projects, questions for each other", "ss-customer-chat.json");
    private final Persona marigold = cast.person("marigold.esterhuizen", "Marigold Esterhuizen", ssTeam);
    private final Persona kenji = cast.person("kenji.ruddock", "Kenji Ruddock", ssTeam);
    private final Persona anouk = cast.person("anouk.pellew", "Anouk Pellew", ssTeam);
    private final Persona fitzroy = cast.person("fitzroy.adair", "Fitzroy Adair", ssCustomer);
    private final Persona gwenllian = cast.person("gwenllian.roe", "Gwenllian Roe", ssCustomer);
    private final Persona benedikt = cast.person("benedikt.sowerby", "Benedikt Sowerby", ssCustomer);
    private final Persona perdita = cast.person("perdita.lusk", "Perdita Lusk", ssCustomer);
    private final Persona ivo = cast.person("ivo.castellan", "Ivo Castellan");
    private final Channel ssDmGwenllian = cast.dm(gwenllian, "ss-dm-gwenllian-roe.json");
    private final Channel ssDmIvo = cast.dm(ivo, "ss-dm-ivo-castellan.json");

    // --- E. a print-on-demand 3D model marketplace's own server ---
    private final String mesh = cast.guild(1755);
    private final Role mmTeam = cast.role("Team", "#8e44ad", 3);
    private final Role mmDesigner = cast.role("Designer", "#e67e22", 2);
    private final Role mmCustomer = cast.role("Customer", "#7f8c8d", 1);
    private final Channel mmNews = cast.channel(mesh, "Mesh Market", "announcements",
            "marketplace news, features and contests from the team", "mm-announcements.json");
    private final Channel mmHelp = cast.channel(mesh, "Mesh Market", "help-desk",
            "buyers and designers: orders, prints, payouts; the team replies", "mm-help-desk.json");
    private final Channel mmLounge = cast.channel(mesh, "Mesh Market", "designer-lounge",
            "designers chat: modelling, pricing, what sells", "mm-designer-lounge.json");
    private final Channel mmShow = cast.channel(mesh, "Mesh Market", "showcase",
            "show your new models", "mm-showcase.json");
    private final Persona rufus = cast.person("rufus.kettering", "Rufus Kettering", mmTeam);
    private final Persona sabine = cast.person("sabine.doyle", "Sabine Doyle", mmTeam);
    private final Persona juno = cast.person("juno.pargeter", "Juno Pargeter", mmDesigner);
    private final Persona alaric = cast.person("alaric.mendes", "Alaric Mendes", mmDesigner);
    private final Persona coralie = cast.person("coralie.voss", "Coralie Voss", mmDesigner);
    private final Persona hamza = cast.person("hamza.beckwith", "Hamza Beckwith", mmCustomer);
    private final Persona linnea = cast.person("linnea.shaw", "Linnea Shaw", mmCustomer);
    private final Persona osric = cast.person("osric.pell", "Osric Pell");

    // --- F. volunteers who print prosthetic hands for children (nobody sells) ---
    private final String hands = cast.guild(1756);
    private final Channel hhGeneral = cast.channel(hands, "Helping Hands Printers", "general",
            "chat, deliveries and news", "hh-general.json");
    private final Channel hhHelp = cast.channel(hands, "Helping Hands Printers", "print-help",
            "printing and assembly questions", "hh-print-help.json");
    private final Persona rosalind = cast.person("rosalind.agbaje", "Rosalind Agbaje");
    private final Persona teodora = cast.person("teodora.finch", "Teodora Finch");
    private final Persona malachy = cast.person("malachy.strand", "Malachy Strand");
    private final Persona ingrid = cast.person("ingrid.lowther", "Ingrid Lowther");
    private final Persona percival = cast.person("percival.dane", "Percival Dane");
    private final Persona saoirse = cast.person("saoirse.mulgrew", "Saoirse Mulgrew");

    // --- G. architectural model makers ---
    private final String plinth = cast.guild(1757);
    private final Channel psShop = cast.channel(plinth, "Plinth & Scale", "model-shop",
            "architectural model makers among ourselves: laser, print, paint, the trade", "ps-model-shop.json");
    private final Channel psAsk = cast.channel(plinth, "Plinth & Scale", "architects-ask",
            "architects, developers and students ask about models; makers reply", "ps-architects-ask.json");
    private final Persona evadne = cast.person("evadne.crowe", "Evadne Crowe");
    private final Persona tobias = cast.person("tobias.renwick", "Tobias Renwick");
    private final Persona sunniva = cast.person("sunniva.halloran", "Sunniva Halloran");
    private final Persona piers = cast.person("piers.ashdown", "Piers Ashdown");
    private final Persona rhiannon = cast.person("rhiannon.vail", "Rhiannon Vail");
    private final Persona dorian = cast.person("dorian.cheswick", "Dorian Cheswick");
    private final Persona ula = cast.person("ula.brightwater", "Ula Brightwater");

    // --- H. hardware founders and small-batch manufacturers ---
    private final String hundred = cast.guild(1758);
    private final Channel fhIntro = cast.channel(hundred, "First Hundred Units", "introductions",
            "new here? say who you are and what you make", "fh-introductions.json");
    private final Channel fhFloor = cast.channel(hundred, "First Hundred Units", "founders-floor",
            "founders among ourselves: launches, funding, suppliers", "fh-founders-floor.json");
    private final Channel fhBench = cast.channel(hundred, "First Hundred Units", "makers-bench",
            "small-batch manufacturers among ourselves", "fh-makers-bench.json");
    private final Channel fhBuilds = cast.channel(hundred, "First Hundred Units", "build-requests",
            "founders post builds and quotes wanted; manufacturers reply", "fh-build-requests.json");
    private final Persona cressida = cast.person("cressida.lowe", "Cressida Lowe");
    private final Persona emrys = cast.person("emrys.colquhoun", "Emrys Colquhoun");
    private final Persona yusuf = cast.person("yusuf.ferrante", "Yusuf Ferrante");
    private final Persona delphi = cast.person("delphi.moreau", "Delphi Moreau");
    private final Persona bettina = cast.person("bettina.rook", "Bettina Rook");
    private final Persona leopold = cast.person("leopold.agar", "Leopold Agar");
    private final Persona mireille = cast.person("mireille.sandoval", "Mireille Sandoval");

    HeldOutScenes147Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        layerFarmers();
        parametric();
        focalPoint();
        secondSpool();
        meshMarket();
        helpingHands();
        plinthAndScale();
        firstHundred();
    }

    /**
     * A. Layer Farmers: Hester serves Briony (returning Etsy client) in W41 and posts capacity; Ravi quotes
     * Wilhelmina's trays when she asks (day 2). On day 7 Hester proposes a round-robin tolerance benchmark; days 8-14
     * all her messages are with Ravi, Gethin and Jago running it, while Briony (day 9, chased day 11) and Lorcan (day
     * 10, by name) wait; she answers both on day 15 with apologies. Jago joins on day 8 and answers Wilhelmina's
     * funding news with a priced "DM me" on day 9; Ravi prices her inserts when she asks (day 12). Gethin answers
     * Lorcan without a reply link (day 4) and in W43 offers trade capacity in the farm floor and the requests room.
     */
    private void layerFarmers() {
        // W41
        Post he1 = say(1, "09:10", laFloor, hester, "Morning all. Anyone else finding the new matte PLA from the usual "
                + "supplier stringing like mad? Dried it 6 hours at 50 and it's still hairy.");
        Post raHe = re(1, "09:25", ravi, he1, "Yes! Lot number ending 0923? I went to 8 hours at 55 and dropped the "
                + "nozzle 5 degrees, mostly fixed.");
        re(1, "09:40", hester, raHe, "Lot 0923 exactly. Will try 55, cheers Ravi.");
        say(1, "10:05", laFloor, gethin, "same here, gave up and swapped to the satin. customers havent noticed");
        Post br1 = say(1, "14:00", laRequests, briony, "@Hester Quayle hiya! The 300 self-watering pots you printed me "
                + "in the summer sold out at the Christmas fair preview 🎉 Could you do another 400 in sage and "
                + "terracotta by mid November?");
        Post heBr = re(1, "14:30", hester, br1, "Brilliant news Briony! Yes, 400 by the 15th is fine. Same file, same "
                + "infill? I'll send the invoice tonight.");
        re(1, "14:45", briony, heBr, "same everything. you're a star");
        Post wi1 = say(2, "10:00", laRequests, wilhelmina, "Hi, we make a small board game (Tidewrack) and need 60 "
                + "card-holder trays for a convention demo run. PLA is fine. Who could quote for that, delivered to "
                + "Bristol within two weeks?");
        Post raWi = re(2, "10:40", ravi, wi1, "Hi Wilhelmina, I can do 60 trays in black PLA for £2.40 each, posted to "
                + "Bristol in 8 days. Spec and capacity here: dunmoreprints.example/capacity");
        re(2, "11:00", wilhelmina, raWi, "Perfect, I'll email the STL today.");
        say(2, "16:00", laCapacity, hester, "Two 8-machine racks free from 6 Nov: PLA, PETG, ASA. Batch jobs of 50+ "
                + "parts, quotes within a day. questlayer.example/quote");
        Post ge1 = say(3, "09:00", laFloor, gethin, "what's everyone charging per machine hour now? electricity's gone "
                + "up again and i'm still on 90p");
        Post heGe = re(3, "09:20", hester, ge1, "£1.10 for PLA, £1.40 for ASA because of the enclosure heaters. Don't "
                + "undersell yourself, Gethin.");
        re(3, "09:35", ravi, ge1, "£1.20 flat. And I bill for failed prints caused by customers' files.");
        re(3, "10:10", gethin, heGe, "fair. going to £1.15 from december then");
        say(3, "15:00", laCapacity, ravi, "Spare capacity from next week: 12 Bambu machines, PLA/PETG, multi-colour, "
                + "3-day turnaround. dunmoreprints.example/capacity");
        Post lo1 = say(4, "11:00", laRequests, lorcan, "Product designer here. I'm prototyping a cable-management clip "
                + "and need 200 in TPU to test with users. Has anyone done TPU in volume? Shore 95A is the spec.");
        Post geLo = say(4, "11:20", laRequests, gethin, "done loads of 95A. 200 clips is about 2 days on my machines, "
                + "55p a clip if they're under 10g. happy to send a sample first");
        re(4, "11:40", lorcan, geLo, "Under 8g. A sample would be great, I'll DM you the file.");
        Post he2 = say(4, "13:00", laFloor, hester, "Anyone printed TPU on the H2D yet? Gethin, are yours still the old "
                + "Prusas?");
        re(4, "13:15", gethin, he2, "still prusas. TPU on them is fine if you slow down to 25");
        Post wi2 = re(5, "10:00", wilhelmina, raWi, "Trays arrived early and they look great, thank you!");
        re(5, "10:10", ravi, wi2, "Glad they did! Good luck at the convention.");
        say(5, "14:00", laFloor, ravi, "Heads up: the courier's Friday collections move to 3pm from next week.");
        Post he3 = say(6, "09:30", laFloor, hester, "Finished Briony's first 200 pots overnight. That sage is the nicest "
                + "filament I've run all year.");
        Post raHe3 = re(6, "09:50", ravi, he3, "Which brand? I need a green that doesn't look like pond water");
        re(6, "10:05", hester, raHe3, "Second Spool's recycled PETG in sage. Worth a go.");
        Post he4 = say(7, "18:00", laFloor, hester, "Idea: a round-robin tolerance benchmark. Everyone prints the same "
                + "test coupon on their own farm, measures the holes and pegs, and I compile a table of who holds what. "
                + "Buyers keep asking for ±0.1 and none of us really knows who can. In?");
        re(7, "18:20", ravi, he4, "In. Send the STL.");
        re(7, "19:00", gethin, he4, "in, as long as i dont come last");
        // W42
        joins(8, "09:00", laFloor, jago);
        Post ja1 = say(8, "09:30", laFloor, jago, "Hi all, Jago here, just set up a 10-printer farm in a unit outside "
                + "Truro. Mostly PETG. Glad to find you lot.");
        Post heJa = re(8, "09:45", hester, ja1, "Welcome Jago! Perfect timing, we're starting a tolerance benchmark. "
                + "Want in? Coupon file: questlayer.example/benchmark-coupon.stl");
        re(8, "10:00", jago, heJa, "Absolutely, I'll print it tonight.");
        say(8, "10:15", laFloor, hester, "Protocol: print the coupon in PLA on your default profile, 3 copies, measure "
                + "the 5, 10 and 20 mm holes and pegs with calipers, post the numbers here by Thursday.");
        say(9, "09:00", laRequests, briony, "@Hester Quayle quick one, the terracotta in the second batch looks a shade "
                + "lighter than the first. Is that a new roll? A customer at the fair noticed. Can you match the old "
                + "colour for the rest?");
        Post ra2 = say(9, "10:30", laFloor, ravi, "Results: holes come out 0.12 under on average, pegs 0.05 over. X1C, "
                + "stock profile.");
        Post heRa = re(9, "10:45", hester, ra2, "Thanks Ravi! That's what I expected for holes. Did you measure at the "
                + "middle or the top?");
        re(9, "11:00", ravi, heRa, "middle, three times each, averaged");
        Post wi3 = say(9, "14:00", laRequests, wilhelmina, "We're funded! Tidewrack hit its target this morning, 800 "
                + "copies coming next year 🎉");
        re(9, "14:30", jago, wi3, "Congrats! I can print all 800 sets of inserts for you, £1.10 a set, DM me and I'll "
                + "book you in.");
        Post raWi3 = re(9, "15:00", ravi, wi3, "Huge congratulations, well deserved after that demo run!");
        re(9, "15:10", wilhelmina, raWi3, "Thank you Ravi! We'll talk inserts in the new year.");
        Post lo2 = say(10, "10:00", laRequests, lorcan, "@Hester Quayle Gethin says you do ASA for outdoor parts. I need 120 "
                + "housings for a garden sensor, UV-stable. Could you quote? Happy to send the STEP today.");
        Post ge3 = say(10, "11:00", laFloor, gethin, "my numbers: holes 0.18 under, pegs 0.02 over. prusa mk4, 0.4 "
                + "nozzle. told you i'd come last");
        Post heGe3 = re(10, "11:20", hester, ge3, "Not last till Jago's in! Could you try one with hole compensation at "
                + "0.1?");
        re(10, "11:40", gethin, heGe3, "will do tonight");
        Post ja2 = say(10, "16:00", laFloor, jago, "Mine: holes 0.09 under, pegs 0.06 over. P1S with a 0.4 hardened "
                + "nozzle.");
        re(10, "16:20", hester, ja2, "Very tidy for a brand-new farm! That's the best hole result so far.");
        Post br3 = say(11, "09:00", laRequests, briony, "@Hester Quayle sorry to chase, the fair's on Saturday and I need to know "
                + "whether to relabel the lighter pots.");
        Post ge4 = say(11, "10:00", laFloor, gethin, "with 0.1 compensation: holes 0.06 under. so its the slicer not the "
                + "machine");
        re(11, "10:15", hester, ge4, "That's the finding of the week, Gethin. I'll add a compensation column to the "
                + "table.");
        Post he5 = say(12, "09:00", laFloor, hester, "Table so far: questlayer.example/benchmark-results. Four farms, "
                + "twelve coupons. Everyone holds ±0.1 on pegs; nobody does on holes without compensation.");
        Post raHe5 = re(12, "09:20", ravi, he5, "Love this. Can we add PETG next round?");
        re(12, "09:35", hester, raHe5, "Yes, PETG and ASA in round two. I'll draft coupon v2 this weekend.");
        Post wi4 = say(12, "11:00", laRequests, wilhelmina, "@Ravi Dunmore about those inserts, could you price 800 "
                + "sets in two colours for a March delivery?");
        Post raWi4 = re(12, "11:40", ravi, wi4, "Yes: £0.95 a set in two colours, and March is fine. I'll email a proper "
                + "quote with the schedule tonight.");
        re(12, "11:50", wilhelmina, raWi4, "Great, thanks!");
        Post ge5 = say(13, "10:00", laFloor, gethin, "hester are you posting the table anywhere public? buyers would love "
                + "it");
        re(13, "10:30", hester, ge5, "Thinking of a blog post once round two is done, names anonymised unless you opt "
                + "in.");
        Post he6 = say(13, "17:00", laFloor, hester, "Coupon v2 drafted: adds a 2 mm slot and a press-fit pin. "
                + "questlayer.example/benchmark-coupon-v2.stl, print it whenever, no rush.");
        Post jaHe6 = re(13, "17:20", jago, he6, "Printing it now.");
        Post heJa6 = re(14, "11:00", hester, jaHe6, "Jago, how did v2 come out on the P1S?");
        re(14, "11:30", jago, heJa6, "pin fits snug, slot 0.1 tight. photos tomorrow");
        // W43
        Post heBr3 = re(15, "08:30", hester, br3, "Briony, I'm so sorry, I got lost in a benchmark all week and missed "
                + "both your messages. Yes, a new roll: the lighter terracotta is a different lot. I'll reprint the 60 "
                + "lighter ones from the old lot, free, and courier them to you for Friday.");
        Post heLo = re(15, "08:45", hester, lo2, "Lorcan, apologies for the slow reply. ASA housings: 120 at £3.80 each, "
                + "UV-stable black, 10 working days. Send the STEP over and I'll check the wall thickness.");
        re(15, "09:00", briony, heBr3, "Oh phew, thank you Hester! Friday's fine.");
        re(15, "10:00", lorcan, heLo, "No worries. Sending it now.");
        Post ja3 = say(16, "09:00", laFloor, jago, "v2 pins: all three press-fit first time on my machines.");
        re(16, "09:20", hester, ja3, "Great result!");
        say(17, "10:00", laCapacity, gethin, "Spare: 6 Prusas from the 20th, TPU and PETG specialists, 90p an hour till "
                + "December. sallowprints.example");
        Post ge6 = say(17, "10:30", laFloor, gethin, "if any of you overflow before christmas I can take subcontract work "
                + "at £1.00 an hour, trade rate. sallowprints.example/trade");
        re(17, "11:00", ravi, ge6, "Might take you up on that in December.");
        Post br4 = say(18, "14:00", laRequests, briony, "Pots arrived, perfect match. I told the lady who runs the craft "
                + "fair about you, she needs 500 favours for a wedding expo!");
        re(18, "14:20", hester, br4, "Thank you Briony! Happy to hear from her.");
        say(19, "09:30", laRequests, gethin, "anyone need TPU or PETG parts before christmas? 6 machines free, 90p an "
                + "hour. sallowprints.example");
        Post lo3 = say(19, "10:00", laRequests, lorcan, "@Hester Quayle housings look great. Could the next batch be in "
                + "grey?");
        re(19, "10:15", hester, lo3, "Yes, grey ASA is in stock. Just say how many.");
        Post ja4 = say(20, "11:00", laFloor, jago, "Anyone know a good filter for ASA fumes? My unit smells like a tyre "
                + "fire.");
        Post geJa = re(20, "11:20", gethin, ja4, "the carbon filter kits from the printer brand are fine, change the "
                + "carbon monthly");
        re(20, "11:30", jago, geJa, "cheers, ordering one");
    }

    /**
     * B. Parametric: Fenella joins and introduces herself with her portfolio (day 1). Ottoline quotes Maud (returning
     * client) when she asks (day 2). On day 3 Saul posts his portfolio link into three rooms within a quarter of an
     * hour and on day 5 posts open slots with a price and "DM me" on the brief board. In W42 Caradoc is helped by
     * Ottoline on days 8, 10 and 12, says only thanks, and leaves her question of day 12 until day 15, when he answers
     * it and helps her. On day 9 Maud asks the designers' room to share and back her Kickstarter. Wren joins on day
     * 10; Fenella answers her the next morning with an apology, and on day 16 quotes the ring patterns Wren asks for.
     */
    private void parametric() {
        // W41
        joins(1, "09:00", pmIntro, fenella);
        Post fe1 = say(1, "09:20", pmIntro, fenella, "Hello! I'm Fenella, a freelance product designer in Sheffield, "
                + "mostly consumer electronics enclosures in Fusion and Onshape. Portfolio: fenellabrisk.example. "
                + "Looking forward to learning from you all.");
        Post otFe = re(1, "09:40", ottoline, fe1, "Welcome Fenella! Lovely portfolio, that speaker grille is gorgeous.");
        re(1, "10:00", fenella, otFe, "Thank you! It took me 40 iterations.");
        Post ca1 = say(1, "11:00", pmDesk, caradoc, "Anyone still on SolidWorks 2022, or have you all moved to the "
                + "cloud ones?");
        re(1, "11:15", ottoline, ca1, "Still SolidWorks for clients who need it, Onshape for everything else.");
        Post ma1 = say(2, "10:00", pmBriefs, maud, "@Ottoline Marsh hi again! The bike-light mount you designed works "
                + "brilliantly. I want a version for e-scooter stems, 28-35 mm. Could you quote for that?");
        Post otMa = re(2, "10:30", ottoline, ma1, "Hi Maud! Great to hear. A stem version is about 6 hours: £270 "
                + "including two rounds of revisions. Book a kickoff slot whenever suits: ottolinemarsh.example/book");
        re(2, "10:50", maud, otMa, "Booked for Thursday!");
        say(3, "09:00", pmDesk, saul, "Taking on new clients: parametric product design and DFM for injection moulding, "
                + "£35/hr. saulteasdale.example/portfolio");
        say(3, "09:08", pmBriefs, saul, "Need a CAD designer? Product design and DFM, £35/hr, fast turnaround. "
                + "saulteasdale.example/portfolio");
        say(3, "09:15", pmPortfolio, saul, "My portfolio: saulteasdale.example/portfolio");
        Post pt1 = say(3, "14:00", pmBriefs, ptolemy, "We're a two-person start-up making a reusable coffee cup with a "
                + "sliding lid. Our prototype lid jams when the coffee's hot. Is that a tolerance thing or a material "
                + "thing?");
        Post caPt = re(3, "14:30", caradoc, pt1, "Probably both. PP grows a fair bit at 80°C, so give the slide 0.3-0.4 "
                + "mm clearance and add draft to the rails. What's the lid made of?");
        re(3, "14:50", ptolemy, caPt, "PP, and we had 0.15 clearance. That explains it, thank you!");
        Post fe2 = say(4, "10:00", pmDesk, fenella, "Question for the room: how do you handle clients who want the "
                + "native files? I've been giving STEP only.");
        Post otFe2 = re(4, "10:20", ottoline, fe2, "STEP only unless they pay a buyout for the natives, 30% on top. Put "
                + "it in the contract.");
        re(4, "10:30", fenella, otFe2, "Smart. Adding that today.");
        say(5, "09:00", pmBriefs, saul, "Still a couple of slots free this month for product design work, £35/hr, DM "
                + "me.");
        Post ot1 = say(5, "15:00", pmPortfolio, ottoline, "Maud's e-scooter mount, first print, out of yesterday's "
                + "kickoff. Printing the stem clamp tonight.");
        re(5, "15:20", maud, ot1, "Looks ace!!");
        Post ca2 = say(6, "11:00", pmDesk, caradoc, "Spent all day on class-A surfaces for a hairdryer. Send help.");
        re(6, "11:15", fenella, ca2, "Zebra stripes and patience 😂");
        // W42
        Post ca3 = say(8, "10:00", pmDesk, caradoc, "Anyone know why shell fails on a lofted body in Fusion? It just "
                + "says computation failed.");
        Post otCa3 = re(8, "10:20", ottoline, ca3, "Usually a face that goes to zero thickness at an edge. Check the "
                + "loft's tangency at the rails, or thicken the surfaces instead of shelling.");
        re(8, "10:40", caradoc, otCa3, "cheers");
        Post ma2 = say(9, "12:00", pmDesk, maud, "Hi designers! My e-scooter mount goes live on Kickstarter on "
                + "Thursday. Could you all share it and back it if you can? kickstarter.example/scoot-mount");
        re(9, "12:30", ottoline, ma2, "So proud of this one! Sharing it now.");
        joins(10, "09:00", pmIntro, wren);
        Post wr1 = say(10, "09:30", pmBriefs, wren, "Hi, I'm a jeweller moving into 3D-printed casting patterns. Does "
                + "anyone here do organic CAD, rings and pendants, or is it all mechanical?");
        Post ca4 = say(10, "11:00", pmDesk, caradoc, "Next one: draft analysis shows red on a face I've definitely "
                + "drafted. 2 degrees. What am I missing?");
        Post otCa4 = re(10, "11:30", ottoline, ca4, "Is the pull direction set to the right axis? It defaults to the "
                + "first sketch's Z, not the part's.");
        re(10, "11:50", caradoc, otCa4, "ah. thanks");
        Post feWr = re(11, "08:30", fenella, wr1, "Sorry Wren, only just saw this! I do organic work in Plasticity and "
                + "Rhino, rings and pendants are fine. Happy to show you some examples.");
        re(11, "09:00", wren, feWr, "Oh lovely, yes please!");
        say(11, "10:00", pmPortfolio, ptolemy, "Lid v2 with 0.35 clearance, slides like butter even with boiling "
                + "water. Thanks @Caradoc Wynne!");
        say(12, "09:30", pmDesk, ottoline, "Anyone good with corner blends? A variable fillet fails where three edges "
                + "meet on a speaker housing and I've tried everything.");
        Post ca5 = say(12, "10:00", pmDesk, caradoc, "Last one this week I promise: how do I export a STEP that keeps "
                + "the colours for the client's render?");
        Post otCa5 = re(12, "10:20", ottoline, ca5, "AP214, not AP203, and tick export appearances. By the way, did you "
                + "get the draft angles sorted? And could you look at my corner blend question above? You're the "
                + "surfaces person here.");
        re(12, "10:40", caradoc, otCa5, "thanks, AP214 did it");
        Post ca6 = say(13, "11:00", pmDesk, caradoc, "Anyone going to the product design show in Birmingham?");
        re(13, "11:20", fenella, ca6, "I am! Thursday.");
        // W43
        Post caOt = re(15, "09:00", caradoc, otCa5, "Ottoline, sorry, I owe you. Draft angles sorted thanks to you. "
                + "Your corner blend: make the three fillets separately, smallest last, and patch the corner with a "
                + "setback. Send me the file if it still fails.");
        re(15, "09:30", ottoline, caOt, "Setback did it! Thank you.");
        Post wr2 = say(16, "10:00", pmBriefs, wren, "Could anyone recommend a designer for a set of 12 ring patterns? "
                + "Paid job, starting November.");
        Post feWr2 = re(16, "10:30", fenella, wr2, "I'd love to. £40 a ring including one revision, so £480 for the "
                + "twelve, and I can start on 1 November. Organic work: fenellabrisk.example/organic");
        re(16, "10:45", wren, feWr2, "Perfect, let's do it.");
        Post pt2 = say(17, "14:00", pmBriefs, ptolemy, "Next question: living hinge or pin hinge for the lid's flip "
                + "cap? We expect about 5,000 opens in its life.");
        Post saPt = re(17, "14:20", saul, pt2, "Living hinge in PP handles that easily if it's 0.3-0.4 mm thick and "
                + "the flow runs across it. A pin hinge adds an assembly step and a part.");
        re(17, "14:40", ptolemy, saPt, "Great, living hinge it is. Thanks Saul.");
        Post ma3 = say(18, "10:00", pmPortfolio, maud, "We funded in 40 hours! Thank you to all who shared. And "
                + "@Ottoline Marsh, I've told my brother about you, he needs a housing for his drone camera.");
        re(18, "10:20", ottoline, ma3, "Congratulations Maud!! And thank you, tell him to book any time.");
        Post fe3 = say(19, "16:00", pmDesk, fenella, "Does anyone use a proper time tracker or just a spreadsheet?");
        Post caFe = re(19, "16:20", caradoc, fe3, "Toggl. Changed my life, and it makes invoices.");
        re(19, "16:30", fenella, caFe, "Downloading it now.");
    }

    /**
     * C. Focal Point Engravers: Tamsin quotes Ondine's wedding sign when she asks (day 2); Ifor quotes Cedric's menu
     * boards (day 4) and says on day 3 he is at a craft fair days 8-11 without signal. Cedric asks him on day 9; he
     * answers on day 12 with an apology. Lucinda sells her old laser in the for-sale room (day 3). In W42 Zebedee posts
     * eleven times to nobody, six of them with his shop's product links and a code; in W43 he asks Tamsin about her
     * settings. Hattie joins on day 15 and Lucinda prices the wallet she asks about. Ondine (day 16) and Cedric (day
     * 19) say they sent people to Tamsin and Ifor.
     */
    private void focalPoint() {
        // W41
        Post ta1 = say(1, "10:00", fpWorkshop, tamsin, "Anyone engraving slate coasters on a diode? Mine come out "
                + "patchy in the middle.");
        Post luTa = re(1, "10:20", lucinda, ta1, "Slate varies a lot. Go slower at lower power, and wipe with a little "
                + "oil afterwards.");
        re(1, "10:30", tamsin, luTa, "Ooh, oil, will try that.");
        Post on1 = say(2, "11:00", fpAsks, ondine, "Hi! Getting married in June. Could someone engrave a welcome sign, "
                + "about 60x40 cm, oak or something oak-ish, with our names and a wreath? Budget's around £120.");
        Post taOn = re(2, "11:30", tamsin, on1, "Congratulations! I can do that in oak-veneered ply with a wreath of your "
                + "choice for £110, or solid oak for £165. Examples: greerlaser.example/wedding-signs");
        re(2, "11:45", ondine, taOn, "The ply looks lovely. I'll send you our names!");
        Post if1 = say(3, "09:00", fpWorkshop, ifor, "Heads up, I'm at the Harrogate craft fair Monday to Thursday next "
                + "week and there's no signal in that hall. Back on Friday.");
        re(3, "09:10", lucinda, if1, "Sell loads!");
        Post lu1 = say(3, "15:00", fpForSale, lucinda, "Selling my old 40W CO2 (upgraded K40, air assist, new tube in "
                + "May). £280, collection from Stroud.");
        Post taLu = re(3, "15:30", tamsin, lu1, "Is the bed motorised?");
        re(3, "15:40", lucinda, taLu, "Manual, but it's smooth.");
        Post ce1 = say(4, "10:00", fpAsks, cedric, "Hello, café owner in Frome. Looking for engraved menu boards, about "
                + "8 of them, A3. Who does this kind of thing?");
        Post ifCe = re(4, "10:20", ifor, ce1, "Hi Cedric, I've done menu boards for two cafés in Bath: birch ply, £28 "
                + "each at A3, engraved so the price strips slot in. Happy to post you a sample.");
        re(4, "10:35", cedric, ifCe, "Yes please, a sample would be ideal.");
        Post ze1 = say(5, "12:00", fpWorkshop, zeb, "What's everyone using for masking on acrylic? paper tape leaves glue "
                + "on mine");
        Post taZe = re(5, "12:15", tamsin, ze1, "Leave the factory film on and engrave through it.");
        re(5, "12:30", zeb, taZe, "genius, ta");
        Post on2 = say(6, "10:00", fpAsks, ondine, "@Tamsin Greer here are the names: Ondine & Callum, 14 June 2035. "
                + "Could the wreath be eucalyptus?");
        re(6, "10:30", tamsin, on2, "Eucalyptus it is. Proof by Wednesday.");
        // W42
        say(8, "08:00", fpWorkshop, zeb, "New in my shop: engraved walnut chopping boards, any name, £34 → "
                + "harcourtlaser.example/boards");
        say(8, "12:00", fpAsks, zeb, "Christmas is coming! Personalised slate coasters, set of 4 for £22: "
                + "harcourtlaser.example/coasters");
        say(8, "18:00", fpWorkshop, zeb, "Finished a run of 40 coasters today. Busy busy.");
        say(9, "08:30", fpWorkshop, zeb, "Just listed: engraved oak photo frames, £28. harcourtlaser.example/frames");
        Post ce2 = re(9, "09:00", cedric, ifCe, "@Ifor Blaine the sample arrived, love it! Could you do 8 in total, and "
                + "is a dark stain possible?");
        say(9, "17:00", fpAsks, zeb, "Pet memorial plaques in slate, £19, made to order: harcourtlaser.example/pets");
        say(10, "10:00", fpWorkshop, zeb, "Machine's been running 14 hours a day this week.");
        Post ta2 = say(10, "12:00", fpWorkshop, tamsin, "Ondine's sign proof went out, she cried (good tears).");
        re(10, "12:10", lucinda, ta2, "Aw! That eucalyptus file was lovely.");
        say(10, "16:00", fpAsks, zeb, "Last orders for Christmas delivery are 10 December. "
                + "harcourtlaser.example/boards");
        say(11, "09:00", fpWorkshop, zeb, "Got a new 20W fibre head for metal. Engraving tumblers now.");
        say(11, "19:00", fpAsks, zeb, "Engraved steel tumblers now in the shop, £18 each: "
                + "harcourtlaser.example/tumblers");
        Post ifCe2 = re(12, "09:00", ifor, ce2, "Cedric, sorry, back from Harrogate now. Yes to 8 boards, and a dark "
                + "walnut stain works well on birch. £28 each plus £3 for the stain, ready in two weeks.");
        re(12, "09:30", cedric, ifCe2, "Brilliant, go ahead!");
        say(12, "10:00", fpWorkshop, zeb, "Sold 60 boards this week!");
        say(13, "09:00", fpWorkshop, zeb, "Weekend offer: 10% off everything in my shop with code ZEB10.");
        Post ta3 = say(13, "14:00", fpForSale, tamsin, "Anyone got honeycomb bed offcuts? I need a 30 cm piece.");
        re(13, "14:20", lucinda, ta3, "I've got one, yours for a coffee next time we meet.");
        // W43
        joins(15, "09:00", fpAsks, hattie);
        Post ha1 = say(15, "09:30", fpAsks, hattie, "Hello, does anyone engrave leather? I'd like my dad's old wallet "
                + "personalised for his 70th.");
        Post luHa = re(15, "10:00", lucinda, ha1, "Hi Hattie! Real leather engraves beautifully, faux leather can melt. "
                + "If it's real I could do it for £12 if you post it to me.");
        re(15, "10:20", hattie, luHa, "It's real leather. Thank you, I'll post it on Monday.");
        Post on3 = say(16, "11:00", fpAsks, ondine, "@Tamsin Greer the sign is PERFECT. And I told my sister Isla about "
                + "you, she wants a cake topper for her engagement party!");
        re(16, "11:30", tamsin, on3, "Oh, that makes my week! Tell Isla to message me any time.");
        Post ze2 = say(17, "10:00", fpWorkshop, zeb, "Tamsin, how did you get that eucalyptus so crisp on Ondine's sign? "
                + "My leaves always blur.");
        Post taZe2 = re(17, "10:20", tamsin, ze2, "0.08 line interval and two passes at low power.");
        re(17, "10:30", zeb, taZe2, "trying it tonight, thanks!");
        Post if2 = say(18, "14:00", fpWorkshop, ifor, "Harrogate report: sold out of slate by Wednesday. Leather "
                + "keyrings did nothing, just as @Lucinda Marr predicted.");
        re(18, "14:30", lucinda, if2, "Leather only sells at country fairs in my experience.");
        Post ce3 = say(19, "12:00", fpAsks, cedric, "Boards are up in the café and customers keep asking who made them. "
                + "I've been sending them your way, @Ifor Blaine.");
        re(19, "12:30", ifor, ce3, "That's wonderful, Cedric, thank you! Send me a photo?");
    }

    /**
     * D. Second Spool Filament: Marigold posts new colours and news in #announcements (days 1, 6, 8, 12, 15). Kenji
     * answers the help desk, and Gwenllian's DM about a missing parcel (day 4) within minutes. Perdita says on day 2
     * she brought her print club's 14 members over. Anouk says on day 6 she is on leave days 15-18. Ivo joins on day
     * 8; Kenji answers his first question and Benedikt, a customer who runs a print farm, offers him printing at £15
     * an hour with "DM me" and sends him a price list by DM on day 9. Perdita asks Kenji by mention about a bubbling
     * batch on day 10 and chases on day 11; Kenji answers others on days 10-12 and her on day 15 with an apology.
     * Fitzroy asks Anouk on day 16; Marigold answers within the hour and Anouk adds on day 19.
     */
    private void secondSpool() {
        // W41
        say(1, "09:00", ssNews, marigold, "New colour: Sage Green recycled PETG, made from 100% post-industrial bottle "
                + "flake. £22 a kilo. secondspool.example/sage");
        Post fi1 = say(1, "10:00", ssHelp, fitzroy, "Morning, my Slate Grey PETG is sticking too well to the textured "
                + "PEI, it ripped a chunk off the sheet. Any tips?");
        Post keFi = re(1, "10:20", kenji, fi1, "Ouch, sorry Fitzroy. Wipe the sheet with a thin layer of glue stick as "
                + "a release layer, and drop the bed to 70. Our recycled PETG grips harder than virgin.");
        re(1, "10:40", fitzroy, keFi, "Glue stick worked, thanks Kenji.");
        Post pe1 = say(2, "10:00", ssChat, perdita, "I told everyone at my print club about you lot and 14 of us have "
                + "switched to Second Spool now! The sage is gorgeous.");
        re(2, "10:15", gwenllian, pe1, "14! you should get commission 😄");
        re(2, "10:30", marigold, pe1, "Perdita, that's amazing, thank you! The club's next order gets a free spool on "
                + "us.");
        Post bn1 = say(3, "11:00", ssHelp, benedikt, "What retraction are people using for the recycled PETG on a direct "
                + "drive?");
        Post keBn = re(3, "11:20", kenji, bn1, "0.8 mm at 35 mm/s is our starting point. Tune down if you see blobs.");
        re(3, "11:30", benedikt, keBn, "perfect, thanks");
        Post gw1 = say(4, "09:00", ssDmGwenllian, gwenllian, "Hi Kenji, my order from Monday says delivered but "
                + "nothing's here. Order SS-4471.");
        Post keGw = re(4, "09:20", kenji, gw1, "Hi Gwenllian, sorry about that! The courier left it at number 14, "
                + "they've just confirmed. If it's not there by tonight I'll send a new one.");
        re(4, "09:50", gwenllian, keGw, "Found it at 14! Thanks.");
        Post fi2 = say(5, "15:00", ssChat, fitzroy, "Printed a full chess set in slate and sage this week. Photos "
                + "coming.");
        Post bnFi = re(5, "15:20", benedikt, fi2, "that knight is lovely, what layer height?");
        re(5, "15:30", fitzroy, bnFi, "0.12, took 30 hours");
        say(6, "09:00", ssHelp, anouk, "Heads up from ops: I'm on leave Monday 23 to Thursday 26 October. Kenji and "
                + "Marigold have orders covered.");
        say(6, "12:00", ssNews, marigold, "Restock day: Slate Grey and Charcoal are back in stock.");
        // W42
        joins(8, "09:00", ssChat, ivo);
        Post iv1 = say(8, "09:30", ssChat, ivo, "Hi all, just got my first printer (a P1S) and a couple of your spools. "
                + "Which colour is easiest to start with? Someone said black hides everything.");
        Post keIv = re(8, "09:50", kenji, iv1, "Welcome Ivo! Black or slate hide layer lines best. Start with the "
                + "default PETG profile and the bed at 70 and you'll be fine.");
        re(8, "10:10", benedikt, iv1, "If you'd rather skip the learning curve, I run a small print farm. I'll print "
                + "whatever you need at £15 per print hour, DM me.");
        re(8, "10:30", ivo, keIv, "Thanks Kenji, slate it is.");
        say(8, "12:00", ssNews, marigold, "Halloween colour: Pumpkin Orange recycled PETG, a limited run of 200 spools. "
                + "secondspool.example/pumpkin");
        Post bnIv = say(9, "11:00", ssDmIvo, benedikt, "Hi Ivo, here's my price list in case you change your mind: "
                + "sowerbyprints.example/prices, 10% off your first job.");
        re(9, "13:00", ivo, bnIv, "Thanks, but I'm keen to learn it myself!");
        Post pe2 = say(10, "09:00", ssHelp, perdita, "@Kenji Ruddock the last sage batch from our club order is bubbling "
                + "and popping on three of our machines, even after drying. Batch SG-1009. Is it a bad batch? We've got "
                + "a club show on the 28th.");
        Post fi3 = say(10, "11:00", ssHelp, fitzroy, "Does the Pumpkin come on cardboard spools? My AMS hates "
                + "cardboard.");
        Post keFi3 = re(10, "11:20", kenji, fi3, "Cardboard, but we include a printable adapter ring. The link's on the "
                + "product page.");
        re(10, "11:30", fitzroy, keFi3, "ah great");
        say(11, "09:30", ssHelp, perdita, "@Kenji Ruddock sorry to chase, could someone look at SG-1009? Half the club "
                + "is waiting to print for the show.");
        Post ke1 = say(11, "10:00", ssChat, kenji, "Anyone printed the Pumpkin yet? Dying to see some pumpkins.");
        Post gwKe = re(11, "10:20", gwenllian, ke1, "printing a jack-o-lantern lamp tonight!");
        Post gw2 = say(11, "14:00", ssHelp, gwenllian, "Does the sage PETG need drying straight out of the bag?");
        re(11, "14:20", kenji, gw2, "Not out of a sealed bag, no. After a week open, 4 hours at 65.");
        say(12, "10:00", ssNews, marigold, "Thank you for a record week: 700 spools shipped! Pumpkin is nearly sold "
                + "out.");
        Post keGw2 = re(12, "15:00", kenji, gwKe, "@Gwenllian Roe how did the lamp come out?");
        re(12, "15:20", gwenllian, keGw2, "photos tomorrow, it glows!");
        // W43
        Post kePe = re(15, "09:00", kenji, pe2, "Perdita, I'm really sorry, this slipped past me last week. SG-1009 had "
                + "a moisture problem at our end. We're replacing every SG-1009 spool your club bought, shipping today "
                + "by next-day courier, so you'll have them well before the 28th.");
        re(15, "09:30", perdita, kePe, "Thank you Kenji, that's a relief.");
        say(15, "12:00", ssNews, marigold, "Club orders: 10% off for groups of 5 or more, and a free spool with every "
                + "club order. secondspool.example/clubs");
        Post fi4 = say(16, "10:00", ssHelp, fitzroy, "@Anouk Pellew are the 5 kg spools back this month?");
        Post maFi = re(16, "10:30", marigold, fi4, "Anouk's on leave this week, Fitzroy, but yes: 5 kg spools are back "
                + "on the 1st.");
        re(16, "10:40", fitzroy, maFi, "great, thanks Marigold");
        Post bn2 = say(17, "13:00", ssChat, benedikt, "Anyone want to swap a spool of Charcoal for a Pumpkin? Mine's "
                + "still sealed.");
        re(17, "13:30", fitzroy, bn2, "I'll swap! I've a spare Pumpkin.");
        Post pe4 = say(18, "19:00", ssChat, perdita, "Club show update from the weekend prep: our sage dragons are "
                + "finished and they look unreal.");
        Post kePe4 = re(18, "19:20", kenji, pe4, "Wonderful! Could we share a photo on our news page?");
        re(18, "19:40", perdita, kePe4, "Of course!");
        re(19, "09:00", anouk, fi4, "Back from leave! Fitzroy, confirming the 5 kg spools ship from the 1st. I've put "
                + "one aside for you.");
    }

    /**
     * E. Mesh Market: the team announces payouts (day 1) and, on day 15, a design contest, whose link Rufus posts in
     * #announcements, the designers' lounge and #showcase within ten minutes. Sabine answers the help desk, and
     * Osric's first question (day 9) the next morning. On days 2 and 4 Alaric asks the lounge and #showcase to follow
     * his designer page and like his models, with the same link, having spoken with none of them; in W42 he chats and
     * compliments. Coralie shows her axolotl with its price in #showcase (day 3) and prices Linnea's custom request
     * (day 17). In W42 Juno answers the lounge's chatter with her own downloads, sales, ratings and followers; in W43
     * she asks Coralie about hers.
     */
    private void meshMarket() {
        // W41
        say(1, "09:00", mmNews, rufus, "Welcome to October! From this week payouts go out every Friday instead of "
                + "monthly.");
        Post hm1 = say(1, "11:00", mmHelp, hamza, "Bought a lamp model, but the download is missing the base file. "
                + "Order MM-22190.");
        Post saHm = re(1, "11:30", sabine, hm1, "Sorry Hamza! The designer has re-uploaded it, it's in your library "
                + "now.");
        re(1, "11:45", hamza, saHm, "Got it, thanks");
        say(2, "14:00", mmLounge, alaric, "Could everyone follow my designer page and like my new models? Trying to hit "
                + "500 followers: meshmarket.example/@alaric");
        say(2, "14:05", mmShow, alaric, "New models up! Please like them and follow my page: meshmarket.example/@alaric");
        Post co1 = say(3, "10:00", mmShow, coralie, "New: an articulated axolotl, prints in place, no supports. £3.50 "
                + "on my page: meshmarket.example/@coralie/axolotl");
        Post liCo = re(3, "12:00", linnea, co1, "Bought it for my daughter, printed perfectly first time!");
        Post coLi = re(3, "12:20", coralie, liCo, "Yay! What colour did you go for?");
        re(3, "12:40", linnea, coLi, "pink with sparkly teal gills");
        say(4, "10:00", mmLounge, alaric, "Still need 80 follows for the badge, every follow helps! "
                + "meshmarket.example/@alaric");
        Post li2 = say(5, "18:00", mmHelp, linnea, "How do I leave a review for a designer? I can't see the button.");
        Post saLi = re(5, "18:20", sabine, li2, "The button shows once you mark the print as made in your library. Tap "
                + "'I printed this' first.");
        re(5, "18:30", linnea, saLi, "There it is!");
        Post ju1 = say(6, "09:00", mmLounge, juno, "Anyone else's payout land early today?");
        re(6, "09:20", coralie, ju1, "Yes! Friday payouts are the best change this year.");
        // W42
        Post co2 = say(8, "10:00", mmLounge, coralie, "How's everyone's October going? Mine's slow, the Halloween stuff "
                + "isn't moving.");
        re(8, "10:30", juno, co2, "Mine's been mad actually. I put up my skull planter series last week and my "
                + "downloads doubled. I think my pricing finally clicked: I moved everything to £4 and my sales went "
                + "up, not down. I'm going to do a winter series next.");
        joins(9, "08:00", mmHelp, osric);
        Post os1 = say(9, "10:00", mmHelp, osric, "Hi, first time here. Can I print and sell the models I buy, or is "
                + "that not allowed?");
        Post al1 = say(9, "11:00", mmLounge, alaric, "Has anyone tried the new commission feature yet?");
        re(9, "11:30", juno, al1, "I have! I got three commissions on my first day. I did a custom dice tower for a guy "
                + "in Ohio and my rating went up to 4.9. Honestly I think my new profile photo helps too, I redid it "
                + "last month.");
        Post saOs = re(10, "08:30", sabine, os1, "Welcome Osric! It depends on each model's licence: personal means no "
                + "selling, commercial lets you sell prints. It's shown under the price.");
        re(10, "08:45", osric, saOs, "Thanks, that's clear.");
        Post co3 = say(10, "12:00", mmShow, coralie, "Halloween cat lantern, the eyes glow with a tea light.");
        Post alCo = re(10, "12:30", alaric, co3, "That's brilliant. How did you do the eye cut-outs without supports?");
        re(10, "12:45", coralie, alCo, "Bridged them at 45 degrees, it just works.");
        say(10, "15:00", mmShow, juno, "My winter series is live: 12 snowflake ornaments. I'm really proud of these, I "
                + "spent two weeks on my lattice generator. meshmarket.example/@juno/winter");
        Post co4 = say(11, "09:00", mmLounge, coralie, "Do you all watermark your renders?");
        re(11, "09:20", juno, co4, "I do, I put my logo in the corner of every render. I learned my lesson when someone "
                + "stole my dragon last year. I also give my files unique names so I can search for them.");
        Post hm2 = say(11, "14:00", mmHelp, hamza, "Do you do gift cards? My brother prints and his birthday's next "
                + "week.");
        re(11, "14:30", rufus, hm2, "Not yet, Hamza, but they're coming in November! For now you can buy a model as a "
                + "gift from its page.");
        Post al2 = say(12, "10:00", mmLounge, alaric, "Hit 500 followers, thank you to whoever followed!");
        re(12, "10:20", juno, al2, "Nice! I'm at 2,300 now. My secret is I post every Tuesday, so my followers know "
                + "when to look.");
        say(13, "09:00", mmLounge, juno, "Just checked my stats: my best week ever. I'm going to treat myself to a "
                + "resin printer.");
        // W43
        say(15, "09:00", mmNews, rufus, "The Winter Design Contest is open! Theme: things that fold. £500 prize, "
                + "entries by 5 November. meshmarket.example/contest");
        Post ru2 = say(15, "09:05", mmLounge, rufus, "Designers, the Winter Design Contest is open, £500 for the best "
                + "folding model: meshmarket.example/contest");
        say(15, "09:10", mmShow, rufus, "Post your contest entries here too! meshmarket.example/contest");
        re(15, "10:00", juno, ru2, "Ooh, I'm in. I've got a folding stool idea.");
        Post co5 = say(16, "10:00", mmLounge, coralie, "Juno, how's the winter series doing?");
        Post juCo = re(16, "10:30", juno, co5, "Slower than I hoped. How's your axolotl doing, Coralie? It seems to be "
                + "everywhere.");
        Post coJu = re(16, "10:45", coralie, juCo, "It's my best seller ever, a school ordered it for a whole class!");
        re(16, "11:00", juno, coJu, "That's amazing, you deserve it. What do you think made it take off?");
        Post li3 = say(17, "17:00", mmHelp, linnea, "@Coralie Voss could you make an axolotl with a little hat? I'd pay "
                + "for a custom one, my daughter's obsessed.");
        Post coLi3 = re(17, "17:30", coralie, li3, "Aw, yes! Custom requests are £15, I'll send you a preview by "
                + "Sunday.");
        re(17, "17:40", linnea, coLi3, "Deal!");
        Post os2 = say(18, "12:00", mmHelp, osric, "Sold my first prints at a school fair, 20 axolotls! Commercial "
                + "licence, all above board.");
        re(18, "12:30", sabine, os2, "That's great, Osric!");
        Post al3 = say(19, "15:00", mmShow, alaric, "My contest entry: a folding phone stand. Feedback welcome!");
        Post juAl = re(19, "15:30", juno, al3, "The hinge is so clean! Does it hold a tablet too?");
        re(19, "15:45", alaric, juAl, "thanks Juno! it holds up to 11 inch, your stool's next!");
    }

    /**
     * F. Helping Hands Printers (nobody sells): Rosalind coordinates. Percival joins on day 2 and is helped on days 2,
     * 3, 4 and 6 by Rosalind and Teodora; he reports back each time and answers Ingrid's question on day 4. Teodora
     * asks Malachy by mention for his thumb-pin file on day 9; he posts about other things on days 10 and 11 and
     * answers on day 13 with an apology. Percival offers Teodora brass pins on day 12. In W43 Rosalind posts the
     * group's notices and news to the room, eleven of her twelve messages.
     */
    private void helpingHands() {
        // W41
        Post ro1 = say(1, "10:00", hhGeneral, rosalind, "Morning volunteers! Three new matches this week: a 7-year-old "
                + "in Leeds, a 10-year-old in Cardiff and a 5-year-old in Inverness. Sizing scans are in the shared "
                + "folder.");
        re(1, "10:30", teodora, ro1, "I'll take Cardiff, I've got PETG in his favourite blue.");
        Post maRo = re(1, "11:00", malachy, ro1, "Leeds for me.");
        re(1, "11:10", ingrid, ro1, "Inverness, if nobody minds a slow one, my printer's small.");
        re(1, "12:00", rosalind, maRo, "Thanks all three of you!");
        joins(2, "09:00", hhGeneral, percival);
        Post pc1 = say(2, "09:30", hhGeneral, percival, "Hi everyone, Percival here. Retired engineer, just got an Ender "
                + "3 and read the article about you in the paper. Where do I start?");
        Post roPc = re(2, "09:45", rosalind, pc1, "Welcome Percival! Start with the test hand in the volunteer guide: "
                + "helpinghands.example/volunteer-guide. Print it, assemble it and post photos in #print-help, and "
                + "we'll check it over before you get a match.");
        re(2, "10:00", percival, roPc, "Brilliant, printing tonight.");
        Post pc2 = say(3, "10:00", hhHelp, percival, "Test hand printed, but the finger joints are really stiff. Is it "
                + "my printer or my assembly?");
        Post tePc = re(3, "10:30", teodora, pc2, "Probably the pin holes, they shrink a touch. Run a 3 mm drill "
                + "through each one by hand, and use the 3 mm pins, not the 2.9.");
        Post pcTe = re(3, "19:00", percival, tePc, "Drilled them out, much better. The index finger still catches "
                + "though.");
        Post tePc2 = re(4, "08:30", teodora, pcTe, "Check the elastic cord isn't twisted inside the finger, and sand "
                + "the knuckle face a little.");
        re(4, "09:30", percival, tePc2, "Untwisted it and now it flexes perfectly. Thanks Teodora!");
        Post in1 = say(4, "11:00", hhHelp, ingrid, "Has anyone printed the new v3 palm yet? Worth switching from v2?");
        Post pcIn = re(4, "11:30", percival, in1, "Haven't printed it yet, but I read the changelog: the v3 palm moves "
                + "the tensioner pins, so v2 fingers won't fit it. Worth knowing before you switch.");
        re(4, "11:45", ingrid, pcIn, "Good to know, thanks Percival.");
        say(5, "16:00", hhGeneral, malachy, "Leeds hand posted!").react("🎉", rosalind, teodora);
        Post pc3 = say(6, "10:00", hhHelp, percival, "Second test hand done, photos above. The wrist gauntlet is a bit "
                + "tight at the sides. Should I scale it?");
        Post roPc3 = re(6, "10:30", rosalind, pc3, "Scale the gauntlet to 105% in X only, not the whole thing. Looks "
                + "great otherwise, you're ready for a match!");
        re(6, "11:00", percival, roPc3, "Scaled X and it's perfect. Ready when you are!");
        Post so1 = say(7, "17:00", hhGeneral, saoirse, "Hello! Mum of the Cardiff boy here. Teodora's hand arrived and "
                + "he hasn't taken it off. He's already picking up Lego with it.");
        re(7, "17:30", teodora, so1, "This made my day, Saoirse! Tell him blue suits him.");
        // W42
        Post ro2 = say(8, "09:00", hhGeneral, rosalind, "@Percival Dane you're matched: a 9-year-old in Norwich. Sizing "
                + "is in the shared folder.");
        re(8, "09:30", percival, ro2, "Honoured. Starting tonight.");
        Post te1 = say(9, "10:00", hhHelp, teodora, "@Malachy Strand you said you'd share your thumb-pin file with the "
                + "chamfered ends? My pins keep splitting the thumb housing on the small hands. Could you post it?");
        Post ma1 = say(10, "11:00", hhGeneral, malachy, "The Leeds family sent a video of the hand at football "
                + "practice. Goalkeeping gloves over the top!");
        Post roMa = re(10, "11:20", rosalind, ma1, "That's brilliant, Malachy.");
        re(10, "11:30", malachy, roMa, "thanks, made my week");
        Post ma2 = say(11, "15:00", hhHelp, malachy, "Does anyone have a source for 1.5 mm elastic cord that isn't "
                + "dreadful?");
        Post inMa = re(11, "15:20", ingrid, ma2, "The bulk craft one from the beading shop is fine, the printer-shop "
                + "one snaps.");
        re(11, "15:30", malachy, inMa, "cheers Ingrid");
        Post pc4 = say(12, "10:00", hhHelp, percival, "Norwich hand half done. Is PLA OK for the fingers or should I "
                + "switch to PETG?");
        Post tePc4 = re(12, "10:20", teodora, pc4, "PETG for kids, it survives being dropped and stood on. I know from "
                + "experience.");
        Post pcTe4 = re(12, "10:40", percival, tePc4, "PETG it is. And Teodora, I saw your pin trouble: I turned some "
                + "chamfered brass pins on my lathe for my first hand. Happy to post you a dozen.");
        re(12, "11:00", teodora, pcTe4, "Oh yes please, that would be wonderful!");
        Post maTe = re(13, "19:00", malachy, te1, "Teodora, sorry, this got buried. Thumb-pin file with chamfers: "
                + "helpinghands.example/files/thumb-pin-chamfer.stl");
        re(13, "19:30", teodora, maTe, "Thanks Malachy!");
        // W43
        say(15, "08:00", hhGeneral, rosalind, "Weekly round-up: 5 hands delivered this month, 3 in progress, 2 "
                + "families waiting for a volunteer.");
        say(15, "12:00", hhGeneral, rosalind, "Reminder: the filament fund is topped up, claim a spool through the form "
                + "in the guide.");
        Post ro3 = say(15, "18:00", hhGeneral, rosalind, "The Norwich hand has shipped! Well done Percival.");
        re(15, "18:30", percival, ro3, "Thank you! Couldn't have done it without Teodora's pins advice.");
        say(16, "09:00", hhGeneral, rosalind, "New match: an 11-year-old in Belfast. Sizing is in the shared folder.");
        say(16, "15:00", hhGeneral, rosalind, "Please photograph every finished hand before it ships, the families love "
                + "the album.");
        say(17, "09:00", hhGeneral, rosalind, "The Inverness hand has shipped. Thank you Ingrid!");
        say(17, "14:00", hhGeneral, rosalind, "Volunteer call this Thursday at 7pm, the link's in the guide.");
        Post ro4 = say(18, "10:00", hhGeneral, rosalind, "The Belfast match still needs a volunteer with green PETG.");
        Post inRo = re(18, "10:30", ingrid, ro4, "I can take Belfast.");
        re(18, "10:45", rosalind, inRo, "Thank you Ingrid!");
        say(19, "09:00", hhGeneral, rosalind, "The paper wants to do a follow-up piece. Anyone happy to be "
                + "interviewed?");
        say(19, "16:00", hhGeneral, rosalind, "Thanks for the call last night, everyone. Notes are in the guide.");
        say(20, "10:00", hhGeneral, rosalind, "Quiet weekend, well earned. See you Monday.");
    }

    /**
     * G. Plinth &amp; Scale: Sunniva answers Ula's first question with four guides (day 2); Evadne quotes Rhiannon's
     * competition model when she asks (day 4) and lighting when she asks again (day 11). On day 3 Piers posts five
     * links to his projects and his contact page into #architects-ask within six minutes. Tobias answers Ula without a
     * reply link (day 5). Dorian, a developer, joins on day 15 and says he might need a marketing model in spring;
     * Evadne replies with a price and offers to book a call. Rhiannon says on day 18 she told two practices about
     * Evadne.
     */
    private void plinthAndScale() {
        // W41
        Post ev1 = say(1, "09:30", psShop, evadne, "Anyone found a clear resin that doesn't yellow in six months? "
                + "Clients want water features that last.");
        Post toEv = re(1, "09:50", tobias, ev1, "The clear resin from the dental suppliers. Costs double, stays clear.");
        re(1, "10:00", evadne, toEv, "Worth it. Thanks Tobias.");
        Post ul1 = say(2, "14:00", psAsk, ula, "Architecture student here, first physical model due in 3 weeks. How do "
                + "you get clean joints in 2 mm greyboard? Mine look chewed.");
        Post suUl = re(2, "14:30", sunniva, ul1, "Fresh blade every few cuts, three light passes, and bevel the hidden "
                + "edges. These helped me loads: modelguides.example/greyboard-cutting "
                + "modelguides.example/mitre-joints modelguides.example/pva-or-uhu modelguides.example/sanding-blocks");
        re(2, "14:50", ula, suUl, "This is gold, thank you!");
        say(3, "10:00", psAsk, piers, "Some recent work: ashdownmodels.example/projects/kings-cross");
        say(3, "10:01", psAsk, piers, "ashdownmodels.example/projects/hove-seafront");
        say(3, "10:03", psAsk, piers, "ashdownmodels.example/projects/cambridge-college");
        say(3, "10:05", psAsk, piers, "ashdownmodels.example/projects/leeds-masterplan");
        say(3, "10:06", psAsk, piers, "Taking commissions for spring: ashdownmodels.example/contact");
        Post rh1 = say(4, "11:00", psAsk, rhiannon, "@Evadne Crowe we won the Hackney library competition! We need a "
                + "1:100 presentation model for the client meeting on 20 November. Same spec as the school one?");
        Post evRh = re(4, "11:30", evadne, rh1, "Congratulations Rhiannon! Yes, same spec: white Corian base, acrylic "
                + "glazing, cork landscape. £3,200, ready on 17 November. I'll send the schedule today.");
        re(4, "11:45", rhiannon, evRh, "Perfect, go ahead.");
        say(5, "09:00", psAsk, ula, "Also: is laser-cut MDF OK for a site model or does it look cheap?");
        Post toUl = say(5, "09:10", psAsk, tobias, "mdf's fine for the contours if you seal it with shellac first, "
                + "otherwise it drinks the paint. looks great painted white");
        re(5, "09:30", ula, toUl, "Shellac, got it, thank you Tobias.");
        Post su1 = say(6, "13:00", psShop, sunniva, "Laser tube died mid-job. 80W, 14 months old. Is that normal?");
        Post toSu = re(6, "13:20", tobias, su1, "Bit early. Check your water temperature, mine died in a warm summer.");
        re(6, "13:30", sunniva, toSu, "The chiller's been dodgy, that'll be it.");
        // W42
        Post pi1 = say(8, "10:00", psShop, piers, "How do you all price site contours? I'm doing it per layer but it "
                + "gets silly on hilly sites.");
        Post evPi = re(8, "10:20", evadne, pi1, "Per square metre of base plus a hill surcharge. Per layer punishes the "
                + "client for the topography.");
        re(8, "10:35", piers, evPi, "Makes sense, switching.");
        Post ul3 = say(9, "16:00", psAsk, ula, "Model done and I got a first for the presentation 🎉 Thanks @Sunniva "
                + "Halloran and @Tobias Renwick!");
        re(9, "16:20", sunniva, ul3, "Amazing, Ula!!");
        Post ev2 = say(10, "12:00", psShop, evadne, "Hackney model: the glazing is in.");
        re(10, "12:30", sunniva, ev2, "That Corian edge is so clean.");
        Post rh2 = say(11, "09:00", psAsk, rhiannon, "@Evadne Crowe could we add interior lighting to the Hackney "
                + "model? The client wants to see it at dusk.");
        re(11, "10:00", evadne, rh2, "Yes: warm white LED strips in the reading room, £280 extra, no delay.");
        Post to1 = say(12, "11:00", psShop, tobias, "Anyone want to split a sheet order of 3 mm clear acrylic? Minimum "
                + "20 sheets.");
        re(12, "11:15", piers, to1, "I'll take 6.");
        re(12, "11:40", sunniva, to1, "4 for me.");
        // W43
        joins(15, "09:30", psAsk, dorian);
        Post do1 = say(15, "10:00", psAsk, dorian, "Hello, I'm a developer, just found this place. We've got planning "
                + "for 12 flats in Hove and might need a marketing model in the spring.");
        Post evDo = re(15, "10:30", evadne, do1, "Hi Dorian, welcome! We'd love to build that. A 1:200 with interior "
                + "lighting would be around £2,400. Shall I book us a quick call next week?");
        re(15, "11:00", dorian, evDo, "Maybe in the new year, thanks.");
        Post ul4 = say(16, "14:00", psAsk, ula, "Last question, promise: does anyone take students for summer "
                + "placements?");
        Post toUl4 = re(16, "14:30", tobias, ul4, "I do, usually two a summer. Send me your portfolio in March.");
        re(16, "14:45", ula, toUl4, "Will do!");
        say(17, "10:00", psShop, sunniva, "New chiller fitted, the tube is happy.").react("🎉", tobias, evadne);
        Post rh3 = say(18, "15:00", psAsk, rhiannon, "Hackney model delivered and the client loved it. I've told two "
                + "other practices about you, @Evadne Crowe.");
        re(18, "15:20", evadne, rh3, "Thank you, Rhiannon! That means a lot.");
        Post pi2 = say(19, "11:00", psShop, piers, "Sunniva, how did you do the trees on your college model? Mine look "
                + "like broccoli.");
        Post suPi = re(19, "11:20", sunniva, pi2, "Sea moss dipped in matt varnish, then airbrushed.");
        re(19, "11:30", piers, suPi, "Trying that, thanks!");
    }

    /**
     * H. First Hundred Units: Bettina thanks Cressida for her first 300 units (day 1). Delphi joins on day 2 and
     * introduces her shop with its link. Yusuf quotes Leopold's brackets when he asks (day 3); Emrys and Cressida
     * answer Bettina's casting question (day 4). Mireille joins on day 9 and is helped by Cressida and Yusuf on days 9,
     * 10 and 12, answering their questions as she goes. On day 16 Emrys, who has only spoken in the makers' bench and
     * the build requests, opens a post in #founders-floor with his open-day link. Bettina tells Cressida on day 17 she
     * has sent two founders her way.
     */
    private void firstHundred() {
        // W41
        Post be1 = say(1, "09:00", fhFloor, bettina, "Plant pot update: 300 units out of the tool and shipped! Thanks "
                + "@Cressida Lowe for hand-holding us through first article.");
        re(1, "09:30", cressida, be1, "Proud of you both! The sink-mark fix worked a treat.");
        Post em1 = say(1, "14:00", fhBench, emrys, "Anyone else's silicone gone weird since the cold snap? Cure's "
                + "taking twice as long.");
        Post yuEm = re(1, "14:20", yusuf, em1, "Shop temperature. Mine's on a heater at 22 overnight now.");
        re(1, "14:30", emrys, yuEm, "Cheers, the heater goes on tonight.");
        joins(2, "10:00", fhIntro, delphi);
        Post de1 = say(2, "10:20", fhIntro, delphi, "Hi all! Delphi here. I run a two-person CNC and vacuum-forming shop "
                + "in Coventry, runs of 50 to 500. Our work's at delphimoreau.example. Glad to be here.");
        Post crDe = re(2, "10:45", cressida, de1, "Welcome Delphi! Vacuum forming is a gap here, founders keep asking.");
        re(2, "11:00", delphi, crDe, "Oh, good to know, thanks!");
        Post le1 = say(3, "10:00", fhBuilds, leopold, "Looking for 150 aluminium brackets for a bike-light mount: 3 mm, "
                + "two bends, anodised black. Who quotes?");
        Post yuLe = re(3, "10:30", yusuf, le1, "Hi Leopold, laser cut and folded, anodised black: £4.20 each for 150, "
                + "three weeks. I'll need a DXF or STEP.");
        re(3, "10:45", leopold, yuLe, "STEP coming today.");
        Post be2 = say(4, "11:00", fhBuilds, bettina, "Next project: a soft-touch cover for the pot's sensor. 300 units, "
                + "probably silicone. Casting or moulding?");
        Post emBe = re(4, "11:30", emrys, be2, "At 300, casting in silicone moulds is cheaper than a steel tool: roughly "
                + "£2.80 each and no tooling bill. I could do a sample in a week.");
        re(4, "11:40", cressida, be2, "Agree with Emrys, at 300 I wouldn't cut steel.");
        re(4, "12:00", bettina, emBe, "Emrys, a sample please!");
        Post cr1 = say(5, "09:00", fhBench, cressida, "Resin prices up 8% from December, my supplier says.");
        re(5, "09:20", yusuf, cr1, "Aluminium too.");
        re(5, "09:40", delphi, cr1, "ABS sheet's gone up 12% for me.");
        Post le2 = say(6, "15:00", fhFloor, leopold, "Anyone used a fulfilment warehouse for under 500 units? Or is it "
                + "kitchen-table packing?");
        Post beLe = re(6, "15:20", bettina, le2, "Kitchen table till 1,000, honestly. We print labels with "
                + "shipshape.example and it's fine.");
        re(6, "15:30", leopold, beLe, "Ha, kitchen table it is.");
        // W42
        Post be3 = say(8, "10:00", fhBuilds, bettina, "@Emrys Colquhoun the sample arrived, the feel is perfect. Go for "
                + "300?");
        re(8, "10:30", emrys, be3, "Brilliant. 300 it is, ready by the 27th.");
        joins(9, "09:00", fhIntro, mireille);
        Post mi1 = say(9, "09:20", fhIntro, mireille, "Hi! Mireille, building a rechargeable camping lantern. The "
                + "prototype works, now I'm trying to work out how to make 200 of them without losing my mind.");
        re(9, "09:40", yusuf, mi1, "Welcome Mireille! Come and ask in #build-requests, lots of us do runs that size.");
        Post mi2 = say(9, "10:30", fhBuilds, mireille, "Lantern housing: injection moulding or cast urethane for 200? "
                + "Budget's tight.");
        Post crMi = re(9, "11:00", cressida, mi2, "At 200, urethane casting. A steel tool would be £6-8k; an aluminium "
                + "soft tool maybe £3k, only worth it if you'll do 2,000+ later.");
        Post miCr = re(9, "11:20", mireille, crMi, "Probably 1,000 next year if this goes well. Does that change "
                + "things?");
        Post crMi2 = re(9, "11:40", cressida, miCr, "Then cast the first 200 and cut an aluminium tool for the 1,000 "
                + "once the design's frozen.");
        re(9, "11:50", mireille, crMi2, "That makes sense, thank you.");
        Post mi3 = say(10, "10:00", fhBuilds, mireille, "Second question: the lantern has a stainless wire handle. Who "
                + "bends wire?");
        Post yuMi = re(10, "10:20", yusuf, mi3, "I do, on a CNC wire bender. What gauge and how many bends?");
        Post miYu = re(10, "10:40", mireille, yuMi, "3 mm, four bends, 200 of them.");
        Post yuMi2 = re(10, "11:00", yusuf, miYu, "Easy. I'd need a drawing; roughly £1.10 each.");
        re(10, "11:10", mireille, yuMi2, "Sending a sketch tonight.");
        Post yu1 = say(11, "14:00", fhBench, yusuf, "Wire bender's finally calibrated. Lantern handles will be a nice "
                + "test.");
        Post deYu = re(11, "14:20", delphi, yu1, "What make is it?");
        re(11, "14:40", yusuf, deYu, "A Pensa, secondhand from a spring factory that closed.");
        Post mi4 = say(12, "09:00", fhBuilds, mireille, "Sketch sent to Yusuf. Last one: how do people waterproof a "
                + "USB-C port on a camping light?");
        Post crMi4 = re(12, "09:30", cressida, mi4, "A rubber flap is the cheap way; IP67 USB-C ports exist for about "
                + "£1.40 more a unit. Campers drop things in puddles, I'd pay it.");
        re(12, "09:45", mireille, crMi4, "IP67 then. You've all saved me weeks.");
        Post le3 = say(13, "16:00", fhFloor, leopold, "The brackets from @Yusuf Ferrante arrived and they're perfect, "
                + "thanks!");
        re(13, "16:30", yusuf, le3, "Great to hear, Leopold!");
        // W43
        Post em2 = say(15, "17:00", fhBench, emrys, "300 sensor covers done for Bettina, two days early.");
        re(15, "17:20", cressida, em2, "Nice work!");
        say(16, "09:00", fhFloor, emrys, "colquhouncasting.example/open-day open day on 8 November, come and see "
                + "urethane casting in action, tea and biscuits");
        Post mi5 = say(17, "10:00", fhBuilds, mireille, "Update: 200 housings ordered from Emrys, handles from Yusuf. "
                + "It's really happening.");
        re(17, "10:20", emrys, mi5, "Can't wait to see them!");
        Post be4 = say(17, "14:00", fhBuilds, bettina, "@Cressida Lowe we're starting version 2 of the pot next year, "
                + "2,000 units. Time to cut a proper tool? And I've told two founders from my accelerator about you.");
        re(17, "14:30", cressida, be4, "Thank you Bettina! Yes, at 2,000 a steel tool pays for itself. Let's talk in "
                + "January.");
        Post mi6 = say(18, "11:00", fhFloor, mireille, "Anyone used a crowdfunding agency? One emailed me promising 10x.");
        re(18, "11:20", leopold, mi6, "Avoid. Ours charged £3k and brought 40 backers.");
        Post beMi = re(18, "11:40", bettina, mi6, "Same here. Build your email list yourself, it's slower but it's "
                + "yours.");
        re(18, "12:00", mireille, beMi, "Noted, deleting that email.");
        Post de2 = say(19, "10:00", fhBench, delphi, "First job from this server landed: vacuum-formed trays for a "
                + "founder. Thanks Cressida for the shout.");
        re(19, "10:20", cressida, de2, "Deserved!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes147Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 147");
    }
}
