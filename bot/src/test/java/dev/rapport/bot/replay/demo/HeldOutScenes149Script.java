package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 149 (sealed): eight communities of electric vehicles and home energy, of kinds no earlier round used
 * (home EV-charger installers, Plug &amp; Park Installers, with a householders' room, an installer who spends a week
 * building a shared tracker of how long each network operator takes to answer applications with fellow installers
 * while a returning customer waits, and a newly qualified installer who answers a new driver's news with a price and
 * "DM me"; e-bike and e-scooter repairers, Spoke &amp; Cell, with a room where riders ask, a parts room, a repairer who
 * scatters his booking link over three rooms, one away at a trade show who said so and one who leaves his own
 * customer's question; a charge-point operator's own server, VoltLane Charging, with Staff and Customers, two DMs, a
 * support man who leaves the customer who brought the taxi rank over waiting and a customer who pitches a newcomer
 * his valeting; used-EV dealers, Second Charge Traders, with a buyers' room and a for-sale room, a dealer who posts
 * five stock links in five minutes and a dealer who posts her firm's news to nobody for a week; home-energy
 * monitoring hobbyists, Kilowatt Watchers, where nobody sells, with a newcomer helped on four days who gives only
 * thanks and a member who posts tomorrow's tariff prices every day; EV battery-health testers, State of Health, with
 * introductions, a room where buyers and owners ask, a tester who talks about himself and a tester who asks for
 * follows; an e-cargo-bike subscription firm's own server, Haul Bikes, with its Team and Customers, a DM, a customer
 * who asks for follows and a founder who pushes his crowdfunder outside the news room; and independent EV servicing
 * garages, HV Independents, with a drivers' room and a kit room and a technician who drops an offer into a room he
 * left two weeks before), over three ISO weeks (2034-W49 to W51), written and labelled by writer149 (session 67)
 * before any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-149.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes149Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2034, 12, 4);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2034, 12, 25, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-149";
    private static final int BASE = 117200;

    // --- A. home EV-charger installers ---
    private final String plug = cast.guild(1771);
    private final Channel ppIntro = cast.channel(plug, "Plug & Park Installers", "introductions",
            "new here? introduce yourself", "pp-introductions.json");
    private final Channel ppTrade = cast.channel(plug, "Plug & Park Installers", "installers-lounge",
            "chargepoint installers among ourselves: kit, DNO forms, pricing, the trade", "pp-installers-lounge.json");
    private final Channel ppAsk = cast.channel(plug, "Plug & Park Installers", "householders-ask",
            "householders and small businesses ask about home and workplace charging; installers reply",
            "pp-householders-ask.json");
    private final Persona morwenna = cast.person("morwenna.kitto", "Morwenna Kitto");
    private final Persona dai = cast.person("dai.prothero", "Dai Prothero");
    private final Persona fergus = cast.person("fergus.lambe", "Fergus Lambe");
    private final Persona oona = cast.person("oona.raikes", "Oona Raikes");
    private final Persona beatrix = cast.person("beatrix.alder", "Beatrix Alder");
    private final Persona cyril = cast.person("cyril.mottram", "Cyril Mottram");
    private final Persona hollis = cast.person("hollis.penhale", "Hollis Penhale");

    // --- B. e-bike and e-scooter repairers ---
    private final String spoke = cast.guild(1772);
    private final Channel scBench = cast.channel(spoke, "Spoke & Cell", "workbench",
            "repairers among ourselves: controllers, cells, motors, the trade", "sc-workbench.json");
    private final Channel scFix = cast.channel(spoke, "Spoke & Cell", "fix-my-ride",
            "riders ask about their e-bikes and e-scooters; repairers reply", "sc-fix-my-ride.json");
    private final Channel scParts = cast.channel(spoke, "Spoke & Cell", "parts-for-sale",
            "sell and swap parts, packs and tools", "sc-parts-for-sale.json");
    private final Persona tegan = cast.person("tegan.vosper", "Tegan Vosper");
    private final Persona ambrose = cast.person("ambrose.quigg", "Ambrose Quigg");
    private final Persona leontyne = cast.person("leontyne.hale", "Leontyne Hale");
    private final Persona rupert = cast.person("rupert.claypole", "Rupert Claypole");
    private final Persona saffron = cast.person("saffron.ilett", "Saffron Ilett");
    private final Persona barnaby = cast.person("barnaby.tull", "Barnaby Tull");
    private final Persona imelda = cast.person("imelda.rusk", "Imelda Rusk");

    // --- C. a charge-point operator's own server ---
    private final String volt = cast.guild(1773);
    private final Role vlStaff = cast.role("Staff", "#2e86de", 2);
    private final Role vlCustomer = cast.role("Customer", "#27ae60", 1);
    private final Channel vlNews = cast.channel(volt, "VoltLane Charging", "announcements",
            "news from VoltLane: new sites, prices, opening hours", "vl-announcements.json");
    private final Channel vlHelp = cast.channel(volt, "VoltLane Charging", "help-desk",
            "drivers ask about the app, billing and broken chargers; the VoltLane team answers", "vl-help-desk.json");
    private final Channel vlChat = cast.channel(volt, "VoltLane Charging", "drivers-lounge",
            "chat among drivers", "vl-drivers-lounge.json");
    private final Persona ottilie = cast.person("ottilie.brandreth", "Ottilie Brandreth", vlStaff);
    private final Persona kasimir = cast.person("kasimir.dene", "Kasimir Dene", vlStaff);
    private final Persona nia = cast.person("nia.fairweather", "Nia Fairweather", vlStaff);
    private final Persona gideon = cast.person("gideon.threlfall", "Gideon Threlfall", vlCustomer);
    private final Persona marisol = cast.person("marisol.quennell", "Marisol Quennell", vlCustomer);
    private final Persona hamish = cast.person("hamish.ledger", "Hamish Ledger", vlCustomer);
    private final Persona piet = cast.person("piet.vandermolen", "Piet Vandermolen");
    private final Channel vlDmMarisol = cast.dm(marisol, "vl-dm-marisol-quennell.json");
    private final Channel vlDmHamish = cast.dm(hamish, "vl-dm-hamish-ledger.json");

    // --- D. used-EV dealers ---
    private final String second = cast.guild(1774);
    private final Channel stYard = cast.channel(second, "Second Charge Traders", "dealers-yard",
            "used-EV dealers among ourselves: auctions, prices, batteries, the trade", "st-dealers-yard.json");
    private final Channel stAsk = cast.channel(second, "Second Charge Traders", "buyers-ask",
            "buyers ask about used EVs; dealers reply", "st-buyers-ask.json");
    private final Channel stStock = cast.channel(second, "Second Charge Traders", "for-sale",
            "dealers list stock: one post per car, with its price", "st-for-sale.json");
    private final Persona cormac = cast.person("cormac.whelan", "Cormac Whelan");
    private final Persona zinnia = cast.person("zinnia.farrow", "Zinnia Farrow");
    private final Persona lysander = cast.person("lysander.moyle", "Lysander Moyle");
    private final Persona delphine = cast.person("delphine.askew", "Delphine Askew");
    private final Persona esme = cast.person("esme.ravenhill", "Esme Ravenhill");
    private final Persona tobiah = cast.person("tobiah.grange", "Tobiah Grange");
    private final Persona wynne = cast.person("wynne.ashby", "Wynne Ashby");

    // --- E. home-energy monitoring hobbyists (nobody sells) ---
    private final String kilowatt = cast.guild(1775);
    private final Channel kwGeneral = cast.channel(kilowatt, "Kilowatt Watchers", "general",
            "chat about home energy monitoring, tariffs and dashboards", "kw-general.json");
    private final Channel kwHelp = cast.channel(kilowatt, "Kilowatt Watchers", "help",
            "ask about your clamps, meters and dashboards; others help", "kw-help.json");
    private final Persona perpetua = cast.person("perpetua.hollins", "Perpetua Hollins");
    private final Persona aurelio = cast.person("aurelio.banks", "Aurelio Banks");
    private final Persona jessamy = cast.person("jessamy.orme", "Jessamy Orme");
    private final Persona bronagh = cast.person("bronagh.tiernan", "Bronagh Tiernan");
    private final Persona thaddeus = cast.person("thaddeus.crane", "Thaddeus Crane");
    private final Persona ezra = cast.person("ezra.villiers", "Ezra Villiers");

    // --- F. EV battery-health testers ---
    private final String health = cast.guild(1776);
    private final Channel shIntro = cast.channel(health, "State of Health", "introductions",
            "new here? introduce yourself", "sh-introductions.json");
    private final Channel shRoom = cast.channel(health, "State of Health", "testers-room",
            "battery-health testers among ourselves: tools, reports, pricing, the trade", "sh-testers-room.json");
    private final Channel shAsk = cast.channel(health, "State of Health", "ask-a-tester",
            "owners and buyers ask about EV battery health; testers reply", "sh-ask-a-tester.json");
    private final Persona ingeborg = cast.person("ingeborg.lund", "Ingeborg Lund");
    private final Persona caspian = cast.person("caspian.reeve", "Caspian Reeve");
    private final Persona marguerite = cast.person("marguerite.doble", "Marguerite Doble");
    private final Persona seth = cast.person("seth.aldous", "Seth Aldous");
    private final Persona ferdinand = cast.person("ferdinand.pole", "Ferdinand Pole");
    private final Persona clemency = cast.person("clemency.wragg", "Clemency Wragg");
    private final Persona obadiah = cast.person("obadiah.stott", "Obadiah Stott");

    // --- G. an e-cargo-bike subscription firm's own server ---
    private final String haul = cast.guild(1777);
    private final Role hbTeam = cast.role("Team", "#e67e22", 2);
    private final Role hbCustomer = cast.role("Customer", "#16a085", 1);
    private final Channel hbNews = cast.channel(haul, "Haul Bikes", "news",
            "updates from Haul Bikes", "hb-news.json");
    private final Channel hbSupport = cast.channel(haul, "Haul Bikes", "support",
            "subscribers ask, the Haul Bikes team answers", "hb-support.json");
    private final Channel hbChat = cast.channel(haul, "Haul Bikes", "riders-chat",
            "chat among riders", "hb-riders-chat.json");
    private final Persona fenwick = cast.person("fenwick.ayres", "Fenwick Ayres", hbTeam);
    private final Persona lowri = cast.person("lowri.gammon", "Lowri Gammon", hbTeam);
    private final Persona tancredi = cast.person("tancredi.bell", "Tancredi Bell", hbTeam);
    private final Persona philippa = cast.person("philippa.stroud", "Philippa Stroud", hbCustomer);
    private final Persona jonty = cast.person("jonty.mackay", "Jonty Mackay", hbCustomer);
    private final Persona adaeze = cast.person("adaeze.okafor", "Adaeze Okafor", hbCustomer);
    private final Persona cosmo = cast.person("cosmo.pritchard", "Cosmo Pritchard", hbCustomer);
    private final Persona rosheen = cast.person("rosheen.darcy", "Rosheen Darcy");
    private final Channel hbDmAdaeze = cast.dm(adaeze, "hb-dm-adaeze-okafor.json");

    // --- H. independent EV servicing garages ---
    private final String hv = cast.guild(1778);
    private final Channel hvWorkshop = cast.channel(hv, "HV Independents", "workshop",
            "EV-qualified technicians among ourselves: diagnostics, parts, training, the trade", "hv-workshop.json");
    private final Channel hvDrivers = cast.channel(hv, "HV Independents", "drivers-ask",
            "EV drivers ask about servicing and faults; garages reply", "hv-drivers-ask.json");
    private final Channel hvKit = cast.channel(hv, "HV Independents", "kit-for-sale",
            "sell and swap tools and diagnostic kit", "hv-kit-for-sale.json");
    private final Persona gruffydd = cast.person("gruffydd.rees", "Gruffydd Rees");
    private final Persona hermione = cast.person("hermione.catchpole", "Hermione Catchpole");
    private final Persona dunstan = cast.person("dunstan.ogle", "Dunstan Ogle");
    private final Persona saskia = cast.person("saskia.vell", "Saskia Vell");
    private final Persona florian = cast.person("florian.metcalfe", "Florian Metcalfe");
    private final Persona yvette = cast.person("yvette.bramall", "Yvette Bramall");
    private final Persona kit = cast.person("kit.ansell", "Kit Ansell");

    HeldOutScenes149Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        plugAndPark();
        spokeAndCell();
        voltLane();
        secondCharge();
        kilowattWatchers();
        stateOfHealth();
        haulBikes();
        hvIndependents();
    }

    /**
     * A. Plug &amp; Park Installers: Morwenna quotes Hollis's install when he asks (day 1) and Beatrix, her solar
     * customer, a solar-mode charger (day 2; install booked for day 15). On day 7 she proposes a shared tracker of how
     * long each network operator (DNO) takes; days 8-14 all eleven of her messages are with Dai and Fergus building it,
     * while Beatrix asks her by mention (day 9) and chases (day 11); she answers on day 15 with an apology. Fergus
     * answers Hollis without a reply link (day 3). Oona joins on day 8, introduces herself, and answers Cyril's news
     * of his first EV with "£850 all in, DM me" (day 9); on day 16 Cyril asks for quotes and Oona and Dai give them.
     */
    private void plugAndPark() {
        Post ho1 = say(1, "09:10", ppAsk, hollis, "Hi all, we're getting an EV in January. Driveway's at the side of the "
                + "house, consumer unit is in the under-stairs cupboard, about a 14m run. Is that a normal install or am I "
                + "looking at extras?");
        Post moHo = re(1, "09:40", morwenna, ho1, "14m is fine, most of ours are 10-20m. Even through a solid wall and "
                + "along the outside it's a standard job. Is your main fuse 60A or 100A? It's written on the cutout.");
        Post hoMo = re(1, "10:05", hollis, moHo, "Just looked, it says 100A.");
        Post moHo2 = re(1, "10:20", morwenna, hoMo, "Perfect, no DNO upgrade then. A standard install with a 7kW "
                + "untethered unit would be around £950 with us, happy to come and survey.");
        re(1, "10:30", hollis, moHo2, "Brilliant, I'll message you to book a survey.");
        Post da1 = say(2, "08:50", ppTrade, dai, "Anyone else had the new firmware brick the CT clamp reading on the "
                + "solar-diverting units? Two callbacks this week.");
        Post feDa = re(2, "09:15", fergus, da1, "Yes! Roll back to 3.1 from the installer menu in the app. Fixed both "
                + "of mine.");
        re(2, "09:30", dai, feDa, "Legend, cheers Fergus.");
        Post be1 = say(2, "14:00", ppAsk, beatrix, "@Morwenna Kitto you put my solar diverter in last spring and now I'm "
                + "getting a car. Can the charger work off the same setup so it soaks up the surplus?");
        Post moBe = re(2, "14:30", morwenna, be1, "Hi Beatrix! Yes, we'd fit one with a solar mode and a CT on your "
                + "inverter feed, so it only charges from surplus when you want it to. I'll send a quote tonight.");
        re(2, "14:45", beatrix, moBe, "Lovely, thank you.");
        Post ho2 = say(3, "11:00", ppAsk, hollis, "Another one: does the charger need its own RCD or is the one in my "
                + "consumer unit enough?");
        Post feHo = say(3, "11:40", ppAsk, fergus, "Hollis it needs its own protection, usually a Type A RCBO plus the "
                + "charger's built-in DC detection. Any installer sorts that as part of the job, it's not an extra.");
        re(3, "12:00", hollis, feHo, "Thanks Fergus, good to know.");
        ho2.react("👍", morwenna);
        Post mo1 = say(3, "15:00", ppTrade, morwenna, "Quoting a solar-mode charger with an inverter CT: what is everyone "
                + "allowing for the CT wiring run? I've said £60.");
        re(3, "15:20", dai, mo1, "£60 is about right unless the inverter's in the loft. Then double it.");
        Post fe1 = say(4, "10:00", ppTrade, fergus, "Cable up again at my wholesaler, 6mm SWA now £3.10 a metre.");
        re(4, "10:20", morwenna, fe1, "Same here. I'm quoting with a 10% buffer now.");
        Post be2 = say(5, "16:00", ppAsk, beatrix, "@Morwenna Kitto quote received and accepted! When's your next free "
                + "day?");
        Post moBe2 = re(5, "16:20", morwenna, be2, "Thanks Beatrix! Monday the 18th, 10am, if that suits?");
        re(5, "16:35", beatrix, moBe2, "Perfect, see you then.");
        Post da2 = say(6, "10:00", ppTrade, dai, "Anyone doing workplace installs? A dental practice wants six posts and "
                + "it's a bit out of my comfort zone.");
        Post feDa2 = re(6, "10:30", fergus, da2, "I've done a few. Load management is the big thing, happy to talk you "
                + "through it on a call.");
        re(6, "10:40", dai, feDa2, "Would be great, thanks.");
        Post mo2 = say(7, "18:00", ppTrade, morwenna, "Rant incoming: the DNO took 7 weeks to answer on a looped supply "
                + "job and the customer's furious, with me not them. Does anyone track how long each DNO takes? Would love "
                + "to know if it's just us.");
        Post daMo = re(7, "18:20", dai, mo2, "Nobody does, and it'd be gold. I've got dates for about 20 applications.");
        Post feMo = re(7, "18:30", fergus, mo2, "Same, about 15. Spreadsheet?");
        re(7, "18:40", morwenna, feMo, "Let's do it. I'll set up a shared sheet tomorrow.");
        daMo.react("👍", morwenna);
        // W50
        joins(8, "08:30", ppIntro, oona);
        Post oo1 = say(8, "08:40", ppIntro, oona, "Hi all, I'm Oona, just qualified and set up on my own in Swindon "
                + "doing home chargers. Nice to meet everyone.");
        re(8, "08:55", dai, oo1, "Welcome Oona! Plenty of good folk here.");
        Post mo3 = say(8, "09:00", ppTrade, morwenna, "Sheet's up: DNO, application type, date sent, date answered, "
                + "outcome. @Dai Prothero @Fergus Lambe stick your dates in, anonymised.");
        Post daMo3 = re(8, "09:30", dai, mo3, "Doing it tonight.");
        joins(8, "10:00", ppIntro, cyril);
        re(8, "11:00", morwenna, daMo3, "Thanks! I've put my 22 in. Already looks like the north-west is twice as slow "
                + "as everyone else.");
        Post cy1 = say(9, "10:00", ppAsk, cyril, "Just ordered my first EV! Picking it up in February, very excited. "
                + "Bit clueless about charging at home though.");
        Post ooCy = re(9, "10:15", oona, cy1, "Congrats! I can fit a 7kW charger for £850 all in, DM me and I'll get "
                + "you booked in before February.");
        re(9, "10:40", cyril, ooCy, "Ah, thanks, I was going to read up first and get a couple of quotes.");
        say(9, "14:00", ppAsk, beatrix, "@Morwenna Kitto small change of plan, the car is arriving on the 14th now. "
                + "Any chance of moving the install forward? And do I need to tell my energy supplier about the charger?");
        Post feMo3 = re(9, "15:00", fergus, mo3, "Added mine. Two of my jobs in Wales were answered in 4 days, so it's "
                + "not all doom.");
        Post moFe = re(9, "15:30", morwenna, feMo3, "Interesting! Were those notify-only or apply-to-connect?");
        Post feMo4 = re(9, "15:50", fergus, moFe, "Notify-only, both under 32A.");
        re(9, "16:10", morwenna, feMo4, "That'll be it. I'll add a column for that.");
        Post ho3 = say(10, "09:00", ppAsk, hollis, "Survey done with Morwenna last week, thanks all. One for anyone: is "
                + "it worth getting a tethered one?");
        Post daHo = re(10, "09:30", dai, ho3, "Untethered is tidier and future-proof if you change car, tethered is "
                + "handier day to day. Honestly it's taste.");
        re(10, "09:45", hollis, daHo, "Untethered it is, thanks Dai.");
        Post mo4 = say(10, "12:00", ppTrade, morwenna, "Column added. @Dai Prothero your three in the Midlands are the "
                + "outliers at 11 weeks, were those looped supplies?");
        Post daMo4 = re(10, "12:30", dai, mo4, "Two of them, yes. The third was a three-phase upgrade.");
        re(10, "12:50", morwenna, daMo4, "Makes sense. Splitting looped ones into their own tab.");
        Post be4 = say(11, "09:00", ppAsk, beatrix, "@Morwenna Kitto sorry to chase, I just need to know about the date "
                + "before I tell the dealer.");
        Post oo2 = say(11, "10:00", ppTrade, oona, "Quick one: what's everyone using for certs, the NICEIC app or "
                + "paper?");
        Post feOo = re(11, "10:20", fergus, oo2, "App. Paper is a nightmare with the grant claims.");
        re(11, "10:30", oona, feOo, "Thanks Fergus.");
        Post mo5 = say(11, "14:00", ppTrade, morwenna, "Tab's done. Average wait is 19 days, looped supplies 44. Who "
                + "fancies writing a one-pager we can all hand to customers?");
        Post feMo5 = re(11, "14:20", fergus, mo5, "I'll draft it if you do the chart.");
        re(11, "14:30", morwenna, feMo5, "Deal.");
        Post cy2 = say(12, "10:00", ppAsk, cyril, "Right, reading done. Is it worth getting a smart tariff before the "
                + "charger goes in, or after?");
        Post feCy = re(12, "10:20", fergus, cy2, "After is fine, but check what the tariff needs. Most of the big ones "
                + "want an approved charger model.");
        re(12, "10:30", cyril, feCy, "Good shout, thanks.");
        Post mo6 = say(12, "16:00", ppTrade, morwenna, "Chart's in the sheet. @Fergus Lambe have a look when you draft.");
        re(12, "16:30", fergus, mo6, "Looks great, draft by Sunday.");
        Post da3 = say(13, "11:00", ppTrade, dai, "Added 4 more from today's post. One DNO answered in 2 days, miracles "
                + "happen.");
        re(13, "11:10", morwenna, da3, "Ha! Averages updated.");
        Post fe2 = say(14, "17:00", ppTrade, fergus, "One-pager draft is in the sheet. Plain English, one paragraph a "
                + "DNO.");
        re(14, "17:30", morwenna, fe2, "Love it. Small tweaks tomorrow.");
        // W51
        Post moBe4 = re(15, "08:30", morwenna, be4, "Beatrix I'm so sorry, I had my head in a project and missed both of "
                + "these. I'm still on for today at 10. No need to tell your supplier unless you switch tariff, and I'll "
                + "register the charger with the DNO.");
        re(15, "08:50", beatrix, moBe4, "No worries, the car came on Thursday so it's been on the granny cable. See "
                + "you at 10!");
        Post be5 = say(15, "17:00", ppAsk, beatrix, "Charger's in and already soaking up what little sun there is. "
                + "Thanks Morwenna!");
        re(15, "17:20", morwenna, be5, "Enjoy it Beatrix!");
        Post cy3 = say(16, "10:00", ppAsk, cyril, "OK, I'm ready for quotes now. Semi-detached, 100A fuse, car on the "
                + "drive, 8m from the meter. Who covers Swindon?");
        Post ooCy3 = re(16, "10:20", oona, cy3, "I do, Cyril. From what you describe that's a standard job, £850 with a "
                + "7kW unit. Happy to pop round for a look.");
        re(16, "10:30", dai, cy3, "I cover Swindon too, similar price. Get us both round and pick.");
        Post cyOo = re(16, "11:00", cyril, ooCy3, "Thanks both. Oona, can you do Thursday?");
        re(16, "11:15", oona, cyOo, "Thursday at 2 works.");
        Post mo7 = say(17, "09:00", ppTrade, morwenna, "Final one-pager is in the sheet, thanks all. Turns out we all "
                + "wait the same as each other, which is weirdly comforting.");
        re(17, "09:30", dai, mo7, "Handing it out already.");
        mo7.react("🙌", fergus, oona);
        Post ho4 = say(18, "14:00", ppAsk, hollis, "Charger's in, car arrives next week. Thanks for all the advice here.");
        re(18, "14:10", morwenna, ho4, "Great stuff Hollis, enjoy!");
    }

    /**
     * B. Spoke &amp; Cell: Tegan helps Saffron with a sagging pack and tests it when Saffron asks where she is (day 1).
     * On day 3 Ambrose posts his January booking link into the workbench, the riders' room and the parts room within
     * five minutes, and on day 5 posts "10% off battery rebuilds this week" with the link and "DM me". Rupert fixes
     * Barnaby's hub gears (day 4). Leontyne says on day 5 she is at a trade expo on days 8-10; Saffron asks her by
     * mention on day 9 and she answers on day 11. Barnaby, Rupert's customer, asks him by mention on day 16 and chases
     * on day 18; Rupert talks with the repairers on days 16-18 and never answers.
     */
    private void spokeAndCell() {
        Post sa1 = say(1, "09:00", scFix, saffron, "My commuter e-bike cuts out going up hills, battery shows 3 bars "
                + "then suddenly dead. Worse on cold mornings. Anyone?");
        Post teSa = re(1, "09:30", tegan, sa1, "Classic sign of a weak cell group sagging under load, and cold makes it "
                + "worse. How old's the pack?");
        Post saTe = re(1, "09:45", saffron, teSa, "About 4 years, used daily.");
        Post teSa2 = re(1, "10:10", tegan, saTe, "That'll be it. This explains it well: "
                + "https://cellcare.example/voltage-sag. A rebuild is usually cheaper than a new pack.");
        Post saTe2 = re(1, "10:20", saffron, teSa2, "Thank you! Where are you based?");
        Post teSa3 = re(1, "10:30", tegan, saTe2, "Leeds. If you're near, bring it in and I'll capacity-test it, £25 and "
                + "it comes off the repair.");
        Post saTe3 = re(1, "10:40", saffron, teSa3, "Perfect, I'm in Headingley. Thursday?");
        re(1, "10:45", tegan, saTe3, "Thursday's good.");
        Post ru1 = say(2, "11:00", scBench, rupert, "Anyone got a wiring diagram for the KT-36 controller? Customer's bike "
                + "has a mystery sixth wire.");
        Post leRu = re(2, "11:30", leontyne, ru1, "The sixth wire is usually the brake cut-off for hydraulic sensors. "
                + "Check if it goes to the lever.");
        re(2, "11:40", rupert, leRu, "Bingo. Thanks Leontyne.");
        Post am1 = say(3, "08:00", scBench, ambrose, "Booking open for January repairs, book here: "
                + "https://quiggcycles.example/book");
        say(3, "08:03", scFix, ambrose, "E-bike or e-scooter playing up? January slots open, book here: "
                + "https://quiggcycles.example/book");
        say(3, "08:05", scParts, ambrose, "Repair bookings open for January: https://quiggcycles.example/book");
        re(3, "09:00", tegan, am1, "Ambrose, this room's for us lot, mate.");
        Post ba1 = say(4, "15:00", scFix, barnaby, "Delivery rider here. Rear hub motor on my bike is grinding, about "
                + "2,000 miles on it. Repairable or new motor?");
        Post ruBa = re(4, "15:30", rupert, ba1, "Grinding usually means the nylon planetary gears. £35 for a set and an "
                + "hour's labour. Do them before the clutch goes too.");
        Post baRu = re(4, "15:45", barnaby, ruBa, "Great, any chance you could do it Saturday? Can't be off the road "
                + "long.");
        re(4, "16:00", rupert, baRu, "Saturday morning, in and out in two hours.");
        Post le1 = say(5, "12:00", scBench, leontyne, "Heads up, I'm at the cycle trade expo in Birmingham Monday to "
                + "Wednesday next week, barely checking messages. Back Thursday.");
        re(5, "12:10", tegan, le1, "Have fun, bring back freebies.");
        say(5, "17:00", scFix, ambrose, "10% off all battery rebuilds this week only, "
                + "https://quiggcycles.example/book, DM me to reserve a slot");
        Post le2 = say(6, "10:00", scParts, leontyne, "Selling: 10 used 21700 cells, tested 4,600mAh+, £3 each, or swap "
                + "for a spot welder tip set.");
        re(6, "10:30", rupert, le2, "I'll take them, can collect Saturday.");
        Post sa2 = say(7, "11:00", scFix, saffron, "Update: Tegan rebuilt two cell groups and the bike flies up Otley "
                + "Road now. Thank you!");
        re(7, "11:15", tegan, sa2, "Glad it's sorted Saffron!");
        sa2.react("❤️", leontyne);
        // W50
        Post ba2 = say(8, "09:00", scFix, barnaby, "Hub's quiet as a mouse since Rupert's fix. Now the display flickers "
                + "when I go over bumps, loose connector?");
        Post amBa = re(8, "09:20", ambrose, ba2, "Almost certainly the display plug under the bars. Unplug, clean, a dab "
                + "of dielectric grease, then zip tie it so it can't flex.");
        re(8, "09:30", barnaby, amBa, "Will try, cheers.");
        Post sa3 = say(9, "10:00", scFix, saffron, "@Leontyne Hale someone said you do torque sensor conversions. Could "
                + "you do one on a Carrera, and roughly what would it cost?");
        Post te1 = say(9, "13:00", scBench, tegan, "Anyone seeing water in the 2023 scooter decks? Third one this "
                + "month.");
        Post amTe = re(9, "13:20", ambrose, te1, "Yes, the deck gasket is too thin. I've been adding a bead of "
                + "silicone.");
        re(9, "13:30", tegan, amTe, "Good idea, ta.");
        Post ru2 = say(10, "15:00", scBench, rupert, "Warranty on rebuilt packs: what is everyone giving, 6 months or a "
                + "year?");
        re(10, "15:20", tegan, ru2, "A year on the cells, 6 months on the BMS.");
        re(10, "15:30", ambrose, ru2, "Same as Tegan.");
        Post leSa = re(11, "09:00", leontyne, sa3, "Saffron sorry, back from the expo today. Yes, I've done four on "
                + "Carreras, about £320 with the sensor and a day in the shop.");
        re(11, "09:20", saffron, leSa, "Sounds good, I'll bring it in January.");
        Post le3 = say(11, "09:30", scBench, leontyne, "Back. The expo was mostly scooters with huge batteries and no "
                + "spare parts support. Grim.");
        Post ruLe = re(11, "09:40", rupert, le3, "Figures. Did you see any decent BMS suppliers?");
        re(11, "10:00", leontyne, ruLe, "Two, I'll dig out the cards.");
        Post ba3 = say(12, "11:00", scFix, barnaby, "Display fixed with the grease trick. Thanks @Ambrose Quigg!");
        re(12, "11:10", ambrose, ba3, "Nice one.");
        say(13, "14:00", scParts, ambrose, "Selling a 48V 14Ah rear-rack pack, new cells, £180 collected from Leeds.");
        Post te2 = say(14, "10:00", scBench, tegan, "Quiet week. Anyone doing anything for Christmas Eve?");
        re(14, "10:30", leontyne, te2, "Shop shut, mince pies.");
        // W51
        joins(15, "09:00", scFix, imelda);
        Post im1 = say(15, "09:10", scFix, imelda, "Hi, my e-scooter won't charge. Charger light stays green and nothing "
                + "happens. Tried a different socket.");
        Post teIm = re(15, "09:30", tegan, im1, "Green straight away usually means the charger can't see the battery. "
                + "Check the charge port for a bent pin.");
        re(15, "10:00", imelda, teIm, "Bent pin! Straightened it with tweezers and it's charging. Thank you so much.");
        say(16, "08:30", scFix, barnaby, "@Rupert Claypole you did my hub gears a couple of weeks back and now there's a "
                + "clicking from the same wheel when I pedal. Is that the freewheel or something you'd want to look at? "
                + "Could I bring it in Saturday?");
        Post ru3 = say(16, "12:00", scBench, rupert, "Anyone stock 12g spokes for hub motors? My supplier's out till "
                + "January.");
        Post leRu3 = re(16, "12:20", leontyne, ru3, "Try spokesandnipples.example, they had them last week.");
        re(16, "12:30", rupert, leRu3, "Cheers.");
        Post ru4 = say(17, "10:00", scBench, rupert, "Found some. Also, what's everyone charging for a full service on a "
                + "cargo e-bike?");
        Post teRu = re(17, "10:20", tegan, ru4, "£120 plus parts.");
        re(17, "10:40", rupert, teRu, "Same-ish, I'm on £110.");
        say(18, "09:00", scFix, barnaby, "@Rupert Claypole any chance? Work's mad this week and I need to plan.");
        Post ru5 = say(18, "14:00", scParts, rupert, "Wanted: a torque arm for a 1000W rear hub, anyone?");
        Post amRu = re(18, "14:30", ambrose, ru5, "Got two spare, yours for a tenner.");
        re(18, "14:40", rupert, amRu, "Done.");
        Post im2 = say(19, "16:00", scFix, imelda, "Scooter's now whining from the front motor, any ideas?");
        Post leIm = re(19, "16:30", leontyne, im2, "Bearing, probably. Quick job, bring it in if you're in Leeds.");
        re(19, "16:40", imelda, leIm, "I am! Will do.");
    }

    /**
     * C. VoltLane Charging: Ottilie posts news in #announcements (days 1, 13, 18). Kasimir refunds Marisol at once
     * (day 2) and answers her DM about receipts (day 6). Gideon says on day 3 he got five taxi drivers from the rank
     * onto the app. Nia says on day 6 she is on leave 18-21 December; Marisol asks her on day 16, Ottilie answers in
     * half an hour and Nia adds on day 19. Piet joins on day 8; Hamish welcomes him with his valeting offer, "£35
     * instead of £45, DM me", and DMs him a price list on day 9; Piet declines. Gideon asks Kasimir by mention about
     * two broken chargers and a charge for a failed session on day 10 and chases on day 11; Kasimir chats and answers
     * others on days 10-12 and answers Gideon on day 15 with an apology, a refund and credit.
     */
    private void voltLane() {
        say(1, "08:00", vlNews, ottilie, "Good morning! Our six new 150kW chargers at the Riverside hub go live today. "
                + "Same 49p/kWh, no subscription.");
        Post gi1 = say(1, "09:00", vlChat, gideon, "Riverside ones are quick, did 10-80% in 24 minutes this morning.");
        Post maGi = re(1, "09:20", marisol, gi1, "Ooh, better than the old ones by the retail park.");
        re(1, "09:30", gideon, maGi, "Miles better.");
        Post ma1 = say(2, "10:00", vlHelp, marisol, "The app charged me twice for one session yesterday, Riverside bay "
                + "3. How do I get one back?");
        Post kaMa = re(2, "10:20", kasimir, ma1, "Sorry Marisol! I can see both, a refund of £18.40 is on its way, 3-5 "
                + "working days. Bay 3 had a comms glitch, fixed now.");
        re(2, "10:30", marisol, kaMa, "Thanks Kasimir, that was quick!");
        Post gi2 = say(3, "12:00", vlChat, gideon, "Told the lads on the taxi rank about you lot, five of them have the "
                + "app now. Tell Ottilie she owes me a coffee.");
        re(3, "12:20", ottilie, gi2, "Gideon, that's brilliant, thank you! Coffee's on us next time you're at "
                + "Riverside.");
        gi2.react("🙌", kasimir);
        Post ha1 = say(4, "16:00", vlChat, hamish, "Anyone else find the queue at Riverside after the school run a "
                + "nightmare?");
        Post giHa = re(4, "16:15", gideon, ha1, "3:30 to 4:30 is bad. Go before 3.");
        re(4, "16:30", hamish, giHa, "Noted.");
        Post gi3 = say(5, "09:00", vlHelp, gideon, "Will there be chargers at the station car park? The rank would use "
                + "them all day.");
        Post niGi = re(5, "09:30", nia, gi3, "We're in talks with the council, fingers crossed for spring. I'll let you "
                + "know.");
        re(5, "09:40", gideon, niGi, "Top.");
        say(6, "11:00", vlHelp, nia, "Heads up: I'm on leave 18-21 December, Kasimir and Ottilie have the help desk "
                + "that week.");
        Post dm1 = say(6, "14:00", vlDmMarisol, marisol, "Hi Kasimir, the refund came through, thanks. Is there any way "
                + "to get a VAT receipt for sessions? My work wants them.");
        Post dm2 = re(6, "14:20", kasimir, dm1, "Yes, in the app under History, tap a session, then Receipt. It's a "
                + "PDF with the VAT on.");
        re(6, "14:25", marisol, dm2, "Found it, thank you!");
        Post ma2 = say(7, "10:00", vlChat, marisol, "Anyone doing the Christmas drive to Scotland? Wondering where to "
                + "stop.");
        Post haMa = re(7, "10:30", hamish, ma2, "Tebay services has loads of chargers. Worth the stop for the farm shop "
                + "alone.");
        re(7, "10:40", marisol, haMa, "Ha, noted!");
        // W50
        joins(8, "09:00", vlChat, piet);
        Post pi1 = say(8, "09:10", vlHelp, piet, "Hi, new here, just got my first EV, an MG4. How does paying work, do I "
                + "need an RFID card or just the app?");
        Post kaPi = re(8, "09:30", kasimir, pi1, "Welcome Piet! The app or contactless on the charger itself, no card "
                + "needed. The app's cheaper at night.");
        re(8, "09:40", piet, kaPi, "Great, thanks.");
        Post haPi = say(8, "10:00", vlChat, hamish, "@Piet Vandermolen welcome! I do mobile EV valeting, inside and "
                + "out while you charge. New customers £35 instead of £45, DM me and I'll book you in.");
        re(8, "10:20", piet, haPi, "Thanks, I'll bear it in mind.");
        Post hd1 = say(9, "08:00", vlDmHamish, hamish, "Hi Piet, Hamish from VoltLane here. Here's my price list: "
                + "https://ledgervalet.example/prices, the £35 intro deal runs till Christmas. Saturday slots free!");
        re(9, "08:30", piet, hd1, "Thanks Hamish, honestly not looking for valeting right now.");
        Post gi4 = say(10, "07:30", vlHelp, gideon, "@Kasimir Dene two of the three chargers at Riverside say out of "
                + "order and the third stopped at 40% twice. Half the rank is queuing. Any idea when they'll be back? "
                + "Also I got charged for the failed session.");
        Post ma3 = say(10, "10:00", vlChat, marisol, "Anyone tried the new coffee van at Riverside?");
        Post kaMa3 = re(10, "10:20", kasimir, ma3, "It's great, get the gingerbread latte.");
        re(10, "10:40", marisol, kaMa3, "Oh dear, my wallet.");
        Post ma4 = say(10, "14:00", vlHelp, marisol, "Is there a way to set a charge limit in the app? My car only does "
                + "it at home.");
        re(10, "14:15", kasimir, ma4, "Not yet, it's on the list for January. For now the car's own limit works at our "
                + "chargers too.");
        Post gi5 = say(11, "08:00", vlHelp, gideon, "@Kasimir Dene still two down this morning. Anyone?");
        Post pi2 = say(11, "09:00", vlHelp, piet, "Does the app show live availability? I drove to Riverside and every "
                + "bay was busy.");
        Post kaPi2 = re(11, "09:20", kasimir, pi2, "It does, the map pins go grey when a bay's busy. Pull down to "
                + "refresh.");
        re(11, "09:30", piet, kaPi2, "Ah, missed that. Thanks!");
        Post ka1 = say(12, "11:00", vlChat, kasimir, "Who's doing secret Santa at the Riverside café? Ottilie's making "
                + "us.");
        re(12, "11:20", nia, ka1, "Me, under protest.");
        re(12, "11:30", ottilie, ka1, "You'll love it.");
        Post ma5 = say(12, "15:00", vlHelp, marisol, "Receipts are working great by the way, thanks for that.");
        re(12, "15:10", kasimir, ma5, "Glad to hear!");
        say(13, "10:00", vlNews, ottilie, "Winter hours for the Riverside café: 7am to 7pm. The chargers run 24/7 as "
                + "always.");
        // W51
        Post kaGi = re(15, "09:00", kasimir, gi5, "Gideon, I'm really sorry, I missed both of these. Both bays had a "
                + "failed power module, replaced on Friday, all three working now. I've refunded the failed session and "
                + "added £10 credit for the hassle.");
        re(15, "09:20", gideon, kaGi, "Cheers Kasimir. The lads weren't happy last week but the credit helps.");
        gi4.react("👀", ottilie);
        Post ma6 = say(16, "10:00", vlHelp, marisol, "@Nia Fairweather quick one, is the station car park still on for "
                + "spring?");
        Post otMa = re(16, "10:30", ottilie, ma6, "Hi Marisol, Nia's on leave this week, but yes, the council meeting "
                + "is on 14 January.");
        re(16, "10:40", marisol, otMa, "Thanks Ottilie!");
        Post pi3 = say(17, "12:00", vlChat, piet, "Did my first long trip, 200 miles with one stop. Thanks for the tips "
                + "everyone.");
        Post haPi3 = re(17, "12:10", hamish, pi3, "Nice one Piet. Tebay next time!");
        re(17, "12:20", piet, haPi3, "Ha, maybe!");
        say(18, "09:00", vlNews, ottilie, "Merry Christmas from VoltLane! Riverside is open as usual, with a free mince "
                + "pie with every charge on the 25th.");
        Post gi6 = say(19, "10:00", vlChat, gideon, "Station car park would be the best present. Fingers crossed.");
        re(19, "10:20", ottilie, gi6, "January! Promise.");
        re(19, "14:00", nia, ma6, "Back now. Ottilie's right, the meeting's on 14 January and I'll post the outcome "
                + "here.");
    }

    /**
     * D. Second Charge Traders: Cormac answers Tobiah's request for a Kona with his listing (day 1); Tobiah buys it
     * (day 6). On day 3 Lysander posts five stock links into #buyers-ask within five minutes; Delphine points him to
     * #for-sale, where he lists one car. Zinnia and Delphine answer Wynne's first question (day 4); on day 9 Delphine
     * offers Wynne her Ioniq when he asks "anyone got one?", and he buys it (day 16). Esme, who bought a Leaf from
     * Cormac in the summer, asks him by mention on Friday evening (day 12, 18:00); he answers at 20:10 the next
     * evening with an apology. In W51 Zinnia posts her firm's news to nobody eleven times in two rooms and answers
     * Delphine once.
     */
    private void secondCharge() {
        Post to1 = say(1, "10:00", stAsk, tobiah, "Looking for a Kona or Niro EV under £14k, can anyone recommend "
                + "something? Mostly motorway, 60 miles a day.");
        Post coTo = re(1, "10:30", cormac, to1, "I've got a 2020 Kona 64kWh, 48k miles, 93% state of health on the last "
                + "test, £13,750: https://secondcharge-cormac.example/kona-64. Happy to send the battery report.");
        Post toCo = re(1, "10:45", tobiah, coTo, "That looks great. Yes please, send the report.");
        re(1, "11:00", cormac, toCo, "Sent. Come and drive it whenever.");
        Post de1 = say(2, "09:00", stYard, delphine, "Auction prices for 40kWh Leafs dropped again, £6-7k at the trade "
                + "sales this week.");
        Post coDe = re(2, "09:20", cormac, de1, "Saw that. The 62kWh ones are holding though.");
        re(2, "09:30", zinnia, coDe, "Because everyone wants range now. The 24s are basically scrap.");
        say(3, "14:00", stAsk, lysander, "https://secondcharge-lysander.example/zoe-52 2019 Zoe 52kWh");
        say(3, "14:01", stAsk, lysander, "https://secondcharge-lysander.example/ioniq-38 2020 Ioniq 38kWh");
        say(3, "14:02", stAsk, lysander, "https://secondcharge-lysander.example/e208 2021 e-208");
        say(3, "14:03", stAsk, lysander, "https://secondcharge-lysander.example/id3-pro 2021 ID.3 Pro");
        Post ly5 = say(3, "14:04", stAsk, lysander, "https://secondcharge-lysander.example/mg5 2022 MG5 estate, all "
                + "in stock now");
        Post deLy = re(3, "14:20", delphine, ly5, "Lysander, #for-sale is the place for stock, one post a car.");
        re(3, "14:30", lysander, deLy, "Fair, sorry.");
        say(3, "15:00", stStock, lysander, "2019 Zoe 52kWh, 31k miles, battery owned not leased, £11,995. "
                + "https://secondcharge-lysander.example/zoe-52");
        Post wy1 = say(4, "11:00", stAsk, wynne, "First-time EV buyer. What's the catch with a cheap Leaf? They seem "
                + "too good to be true.");
        Post ziWy = re(4, "11:20", zinnia, wy1, "Older Leafs have no battery cooling, so they wear faster and rapid-charge "
                + "slowly on long trips. Fine as a town car, just get the battery health tested.");
        re(4, "11:30", wynne, ziWy, "That's really helpful, thank you.");
        re(4, "11:45", delphine, wy1, "And check the winter range, knock 25% off what it says in summer.");
        say(5, "09:00", stStock, cormac, "2021 Zoe R135, 22k miles, £12,495, battery report in the listing: "
                + "https://secondcharge-cormac.example/zoe-r135");
        Post zi1 = say(5, "15:00", stYard, zinnia, "Anyone testing batteries in-house or do you all send them out?");
        Post coZi = re(5, "15:20", cormac, zi1, "In-house, paid for itself in a month.");
        Post ziCo = re(5, "15:30", zinnia, coZi, "Which one?");
        re(5, "15:50", cormac, ziCo, "The OBD one with the printed report. Buyers love the paper.");
        Post to2 = say(6, "10:00", stAsk, tobiah, "Drove Cormac's Kona yesterday and bought it! Thanks all.");
        re(6, "10:20", cormac, to2, "Enjoy it Tobiah!");
        to2.react("🎉", delphine, zinnia);
        // W50
        say(8, "08:00", stStock, delphine, "2017 Ioniq Electric Premium SE, 55k miles, one owner, £9,250.");
        Post de2 = say(8, "09:00", stYard, delphine, "Who's going to the January trade auction at Donington?");
        re(8, "09:20", cormac, de2, "I'll be there.");
        re(8, "09:30", zinnia, de2, "Me too, let's get a coffee.");
        Post wy2 = say(9, "10:00", stAsk, wynne, "Follow-up: I'm torn between a 2018 Leaf 40 and a 2017 Ioniq. Town "
                + "mostly, with the odd trip to my mum's, 140 miles each way.");
        Post deWy = re(9, "10:30", delphine, wy2, "Ioniq, hands down. More efficient, and it charges quicker on the "
                + "way.");
        Post wyDe = re(9, "10:40", wynne, deWy, "Ioniq it is. Anyone got one?");
        Post deWy2 = re(9, "11:00", delphine, wyDe, "I've got a 2017 Premium SE, 55k miles, £9,250, it's in #for-sale.");
        re(9, "11:10", wynne, deWy2, "Ooh, I'll have a look.");
        Post ly1 = say(11, "12:00", stYard, lysander, "Learned my lesson about spamming the buyers' room, ha. What's a "
                + "fair trade-in for a 30kWh Leaf these days?");
        Post ziLy = re(11, "12:20", zinnia, ly1, "£4k if it's clean.");
        re(11, "12:30", lysander, ziLy, "Cheers Zinnia.");
        Post es1 = say(12, "18:00", stAsk, esme, "@Cormac Whelan hi, I bought the Leaf off you in the summer. Since "
                + "Thursday the charge port light stays blue and it won't rapid charge anywhere. Is that something you'd "
                + "cover? I'm driving to my sister's for Christmas on the 20th.");
        Post coEs = re(13, "20:10", cormac, es1, "Esme, sorry for the slow reply, I was at an auction all day. That's "
                + "usually the rapid-charge lock actuator. Bring it in Monday first thing and it's covered.");
        re(13, "20:30", esme, coEs, "Thank you so much, see you Monday.");
        say(14, "10:00", stYard, zinnia, "Finally done the accounts. Never again in December.");
        // W51
        say(15, "08:30", stYard, zinnia, "Our new unit's finally open, we've got room for 20 cars now.");
        Post es2 = say(15, "10:00", stAsk, esme, "Car's fixed and it was all covered as promised, thanks Cormac.");
        re(15, "10:20", cormac, es2, "Glad it's sorted, have a good trip!");
        say(15, "13:00", stYard, zinnia, "We had our best month ever in November, 14 cars out of the door.");
        say(16, "09:00", stAsk, zinnia, "We're open till 8 on Thursdays now for anyone who can't make it in the day.");
        Post wy3 = say(16, "11:00", stAsk, wynne, "Bought Delphine's Ioniq! Picking it up Friday.");
        re(16, "11:20", delphine, wy3, "So pleased, Wynne. Friday at 10.");
        say(16, "16:00", stYard, zinnia, "Our battery tester arrived, we're testing every car from now on.");
        Post zi3 = say(17, "09:30", stYard, zinnia, "We've hired our first apprentice!");
        zi3.react("🎉", cormac);
        say(17, "15:00", stAsk, zinnia, "Our Christmas opening: closed 24-27 December, back on the 28th.");
        say(18, "10:00", stYard, zinnia, "We've sold out of Zoes, three went this week.");
        say(18, "17:00", stYard, zinnia, "Our Christmas do is tonight, the first one with staff.");
        say(19, "11:00", stAsk, zinnia, "We do free battery reports on every car we sell now.");
        say(19, "16:30", stYard, zinnia, "We got a five-star review from a customer in Hull, made our week.");
        say(20, "10:00", stYard, zinnia, "Our January stock list is nearly done.");
        Post de3 = say(20, "13:30", stYard, delphine, "Anyone got a reliable transporter for Scotland?");
        re(20, "14:00", zinnia, de3, "We use Highland Haul, never let us down.");
    }

    /**
     * E. Kilowatt Watchers (nobody sells): Bronagh answers Aurelio's clamp (day 1) and answers Ezra's request for
     * guides with four links (day 3). Thaddeus joins on day 8 and is helped by Aurelio (day 8), Bronagh (day 9),
     * Jessamy (day 11) and Ezra (day 13), saying only "ok thanks", "thanks", "cheers" and "ta"; Jessamy's question to
     * him by mention (day 10) is never answered. On day 17 he helps Ezra. Perpetua chats in W49 and W50; in W51 she
     * posts tomorrow's tariff prices and saving-session notices to the room ten times and answers Ezra once.
     */
    private void kilowattWatchers() {
        Post au1 = say(1, "19:00", kwHelp, aurelio, "My CT clamp reads negative in the evenings when the solar's off. "
                + "Clamp on backwards?");
        Post brAu = re(1, "19:20", bronagh, au1, "Almost always. Flip it so the arrow points towards the house, not the "
                + "meter.");
        re(1, "19:40", aurelio, brAu, "That was it, thanks Bronagh.");
        Post pe1 = say(2, "20:00", kwGeneral, perpetua, "Anyone else on the agile tariff see the negative prices on "
                + "Sunday? Got paid 4p a kWh to charge the car.");
        Post jePe = re(2, "20:15", jessamy, pe1, "Yes! I ran the dishwasher and the washing machine at 2am out of "
                + "spite.");
        re(2, "20:20", perpetua, jePe, "Ha, same.");
        Post ez1 = say(3, "18:00", kwHelp, ezra, "Total beginner. I want to see my usage per appliance. Is that even "
                + "possible without a clamp on every circuit? Any good guides?");
        Post brEz = re(3, "18:30", bronagh, ez1, "Not per appliance exactly, but close. These helped me: "
                + "https://energywiki.example/ct-basics https://smartplugs.example/energy-monitoring "
                + "https://dashboards.example/first-dashboard and https://nilm.example/disaggregation-explained (that "
                + "last one guesses appliances from the overall signal).");
        re(3, "18:45", ezra, brEz, "Perfect, that's my evening sorted.");
        Post br1 = say(4, "19:00", kwGeneral, bronagh, "Finished my heating dashboard, the heat pump efficiency graph is "
                + "oddly satisfying.");
        Post auBr = re(4, "19:10", aurelio, br1, "Share a screenshot!");
        re(4, "19:20", bronagh, auBr, "Maybe at the weekend, it's nothing fancy.");
        Post je1 = say(5, "20:00", kwHelp, jessamy, "Home battery keeps charging from the grid at peak when it should "
                + "wait. Schedule looks right. Anyone?");
        Post auJe = re(5, "20:30", aurelio, je1, "Check the battery's clock. Mine drifted an hour after the clocks went "
                + "back.");
        re(5, "20:45", jessamy, auJe, "It was an hour off! Thank you Aurelio.");
        Post ez2 = say(6, "10:00", kwGeneral, ezra, "Set up my first dashboard thanks to Bronagh's links. The kettle is "
                + "a monster.");
        re(6, "10:10", bronagh, ez2, "Welcome to the obsession.");
        Post pe2 = say(7, "12:00", kwGeneral, perpetua, "Agile prices for tomorrow are out, cheapest slot 1-4am at 6p.");
        re(7, "12:20", jessamy, pe2, "Car's going on at 1 then.");
        // W50
        joins(8, "18:00", kwGeneral, thaddeus);
        Post th1 = say(8, "18:10", kwHelp, thaddeus, "Hi, just had a smart meter fitted and bought a clamp monitor. The "
                + "readings are nowhere near the meter, like 30% lower. Help?");
        Post auTh = re(8, "18:30", aurelio, th1, "Is it a single clamp on the meter tails? Check it's round the live "
                + "only, not both cables together.");
        re(8, "18:45", thaddeus, auTh, "ok thanks");
        Post pe3 = say(9, "12:00", kwGeneral, perpetua, "Sign-up for the demand flexibility sessions is open again, "
                + "some of you got £3 a session last year.");
        Post ezPe = re(9, "12:20", ezra, pe3, "How do I sign up?");
        re(9, "12:40", perpetua, ezPe, "Through your supplier's app, look for saving sessions or similar.");
        Post th2 = say(9, "19:00", kwHelp, thaddeus, "Still 20% off.");
        Post brTh = re(9, "19:20", bronagh, th2, "Check the voltage setting in the monitor's app. Default is often 230V "
                + "and UK mains is nearer 240-245V. Set the clamp size to match too.");
        re(9, "19:30", thaddeus, brTh, "thanks");
        say(10, "10:00", kwGeneral, jessamy, "@Thaddeus Crane which monitor did you go for? I'm thinking of getting one "
                + "for my parents and wondered if you'd recommend it?");
        Post th3 = say(11, "20:00", kwHelp, thaddeus, "Now it's right in the day but wrong at night.");
        Post jeTh = re(11, "20:15", jessamy, th3, "Night, you say? Do you have storage heaters on a separate meter? "
                + "The clamp won't see those.");
        re(11, "20:30", thaddeus, jeTh, "cheers");
        Post au2 = say(12, "18:00", kwGeneral, aurelio, "New record: 14 kWh exported today. In December!");
        Post jeAu = re(12, "18:10", jessamy, au2, "In December! Where do you live, Spain?");
        re(12, "18:20", aurelio, jeAu, "Cornwall, nearly the same.");
        Post th4 = say(13, "19:00", kwHelp, thaddeus, "How do I get it into Home Assistant?");
        Post ezTh = re(13, "19:20", ezra, th4, "If it has a local API there's an integration, search the monitor's name "
                + "under Settings, Integrations. Took me ten minutes.");
        re(13, "19:30", thaddeus, ezTh, "ta");
        Post ez3 = say(14, "11:00", kwHelp, ezra, "Can I log gas too, or is that a different thing?");
        Post auEz = re(14, "11:30", aurelio, ez3, "Smart meter gas data comes through the in-home display or your "
                + "supplier's API. There's a guide here: https://energywiki.example/gas-data");
        re(14, "11:40", ezra, auEz, "Ta!");
        // W51
        say(15, "12:00", kwGeneral, perpetua, "Tomorrow's agile: cheapest 2-5am, 4p.");
        Post th5 = say(15, "19:00", kwHelp, thaddeus, "Got it into Home Assistant, all good now.");
        th5.react("👍", ezra);
        say(16, "12:00", kwGeneral, perpetua, "Tomorrow's agile: plunge pricing 1-3am, minus 2p!");
        say(16, "18:00", kwGeneral, perpetua, "Saving session announced for Wednesday 5-6pm.");
        say(17, "12:00", kwGeneral, perpetua, "Tomorrow's agile: cheapest 3-5am at 7p. Peak 4-7pm is 38p.");
        Post ez4 = say(17, "19:00", kwHelp, ezra, "Home Assistant keeps losing my monitor after a reboot. Anyone had "
                + "that?");
        Post thEz = re(17, "19:30", thaddeus, ez4, "Had that! Give the monitor a fixed IP in your router settings, "
                + "fixed it for me.");
        re(17, "19:50", ezra, thEz, "That worked, thanks Thaddeus.");
        say(17, "20:00", kwGeneral, perpetua, "Reminder: saving session tomorrow 5-6pm, turn things off.");
        Post pe4 = say(18, "12:00", kwGeneral, perpetua, "Tomorrow's agile: windy night, 11pm-6am all under 5p.");
        re(18, "12:20", jessamy, pe4, "Car's on all night then!");
        say(18, "19:00", kwGeneral, perpetua, "Saving session done, 0.3 kWh used in the hour.");
        Post ez5 = say(19, "08:30", kwGeneral, ezra, "Does anyone know if the saving sessions pay out before "
                + "Christmas?");
        re(19, "09:00", perpetua, ez5, "Last year it came within a week.");
        say(19, "12:00", kwGeneral, perpetua, "Tomorrow's agile: cheapest 1-4am, 6p.");
        say(20, "12:00", kwGeneral, perpetua, "Tomorrow's agile: cheapest midnight to 5am, 3p.");
        say(21, "12:00", kwGeneral, perpetua, "Christmas Day agile prices out early: cheapest 2-4pm at 2p, thanks to "
                + "the wind.");
    }

    /**
     * F. State of Health: Seth joins on day 1 and introduces his mobile testing with his page. Ingeborg answers
     * Ferdinand's request for a sample report with her sample's link (day 2). Marguerite answers Clemency (days 4, 9).
     * Obadiah joins on day 8 and asks how to check a used Leaf; Seth answers with a tip and his £79 test with a booking
     * link. In W50 Caspian talks about himself, his rig, his tests, his website and his plans in the testers' room. In
     * W51 Marguerite asks Seth and Ferdinand (in #introductions, where she never spoke) and then #ask-a-tester to follow
     * and share her page.
     */
    private void stateOfHealth() {
        joins(1, "09:00", shIntro, seth);
        Post se1 = say(1, "09:10", shIntro, seth, "Hello! I'm Seth, I've just started doing mobile battery health tests "
                + "around Bristol, OBD plus a drive cycle, report the same day. My page: https://aldousev.example. "
                + "Looking forward to learning from you all.");
        Post inSe = re(1, "09:30", ingeborg, se1, "Welcome Seth! Bristol's been crying out for one.");
        re(1, "09:40", seth, inSe, "Thanks Ingeborg!");
        Post fe1 = say(2, "10:00", shAsk, ferdinand, "Buying a 2019 e-Golf from a private seller who says the battery's "
                + "fine. Is there a way to check without a tester? And is there a sample of what a proper report looks "
                + "like?");
        Post inFe = re(2, "10:30", ingeborg, fe1, "The car's own range guess tells you almost nothing. A proper test "
                + "reads the cell data. Here's an anonymised sample of one of mine so you know what to expect: "
                + "https://lundtesting.example/sample-report. Ask the seller if you can bring a tester.");
        re(2, "10:45", ferdinand, inFe, "That's exactly what I needed, thank you.");
        Post ca1 = say(3, "14:00", shRoom, caspian, "Anyone else find e-Golf readings jump 3-4% after a full charge?");
        Post maCa = re(3, "14:20", marguerite, ca1, "Yes, always test after a rest, at least an hour.");
        re(3, "14:30", caspian, maCa, "Good tip, thanks.");
        Post cl1 = say(4, "11:00", shAsk, clemency, "My Zoe's range has dropped from 180 to 120 miles since the summer. "
                + "Is the battery dying?");
        Post maCl = re(4, "11:20", marguerite, cl1, "Probably not, cold alone takes 20-30%. If it's still 120 in May, "
                + "get it tested then.");
        re(4, "11:30", clemency, maCl, "Phew, OK, thanks Marguerite.");
        Post se2 = say(5, "15:00", shRoom, seth, "What is everyone charging for a mobile test? I've gone with £79 but no "
                + "idea if that's daft.");
        Post inSe2 = re(5, "15:20", ingeborg, se2, "£79 is fair for mobile. I'm £65 at my unit.");
        re(5, "15:30", seth, inSe2, "Thanks, that's reassuring.");
        Post fe2 = say(6, "10:00", shAsk, ferdinand, "Seller let me test it, 91%. Bought it! Thanks Ingeborg.");
        re(6, "10:10", ingeborg, fe2, "Brilliant, enjoy!");
        // W50
        joins(8, "09:00", shIntro, obadiah);
        Post ob1 = say(8, "09:30", shAsk, obadiah, "Hi, how do I know if a used Leaf's battery is OK before I buy it? "
                + "Looking at a 2018 40kWh for £8k.");
        Post seOb = re(8, "10:00", seth, ob1, "Look at the battery bars on the dash first, 12 is good, and ask for the "
                + "service history. A proper test reads the health from the cells. I do mobile tests around Bristol "
                + "for £79, book here: https://aldousev.example/book");
        re(8, "10:20", obadiah, seOb, "Thanks. I'm in Exeter though.");
        Post ma1 = say(8, "14:00", shRoom, marguerite, "Anyone tried the new Bluetooth OBD dongles? Accurate enough?");
        re(8, "14:30", caspian, ma1, "I tried three last month. My old cable one beats them all, I've tested 400 cars "
                + "with it and I've never had a bad reading from it. My reports are the most detailed in the region, I "
                + "think.");
        Post cl2 = say(9, "11:00", shAsk, clemency, "Range is still 120 after a week of mild weather. Should I worry?");
        Post maCl2 = re(9, "11:20", marguerite, cl2, "Mild isn't warm yet, I'd still wait for spring. Check the tyre "
                + "pressures too, cold drops them and that costs range.");
        re(9, "11:40", clemency, maCl2, "Pressures were low! Pumped them up, thanks.");
        Post in1 = say(10, "16:00", shRoom, ingeborg, "Wrote up my notes on testing in the cold, anyone want them?");
        Post caIn = re(10, "16:20", caspian, in1, "I've done my own. My method is different, I warm my packs in my unit "
                + "first, and I think my numbers are more reliable than most. My customers love that I explain my "
                + "graphs to them, I always get my best reviews for that.");
        re(10, "16:30", ingeborg, caIn, "Fair enough, happy to compare notes some time.");
        Post ca2 = say(11, "10:00", shRoom, caspian, "My new website's up and I'm really pleased with my logo. I've also "
                + "just done my 500th test. I started this in my garage two years ago and I can't quite believe how far "
                + "I've come.");
        Post maCa2 = re(11, "10:15", marguerite, ca2, "Congrats Caspian!");
        re(11, "10:20", caspian, maCa2, "Thanks! My next goal is my own van, then my own unit.");
        Post ma2 = say(12, "10:00", shRoom, marguerite, "Busy week here, three fleet jobs.");
        re(12, "10:30", caspian, ma2, "Mine's been mad too. I did eleven tests, my rig ran all day, I had my best week "
                + "ever and I've had to turn people away. I'm thinking of taking on my first employee in the new year.");
        Post ob2 = say(12, "14:00", shAsk, obadiah, "Found a tester near Exeter, thanks all. The Leaf tested 87%, is "
                + "that good for a 2018?");
        Post maOb = re(12, "14:20", marguerite, ob2, "That's decent for a 40kWh of that age, I'd expect 85-90%.");
        re(12, "14:30", obadiah, maOb, "Great, going ahead then.");
        Post in2 = say(13, "15:00", shRoom, ingeborg, "Frosty morning, my tester's battery died before the car's did.");
        re(13, "15:20", caspian, in2, "Ha. Mine never does that, I keep my kit in my van heater. I always say my kit is "
                + "my business and I look after it like my own car.");
        // W51
        Post cl3 = say(15, "11:00", shAsk, clemency, "Range is back up to 140 in the mild spell. Battery's fine, I "
                + "think!");
        re(15, "11:20", marguerite, cl3, "Told you! Cold is a thief.");
        say(16, "09:00", shIntro, marguerite, "@Seth Aldous @Ferdinand Pole could you follow my new testing page and "
                + "share it with anyone buying a used EV? https://dobletesting.example/follow");
        Post se3 = say(16, "12:00", shRoom, seth, "Had my first fleet enquiry, 12 vans. Any tips on pricing a batch?");
        Post inSe3 = re(16, "12:20", ingeborg, se3, "Knock off 15-20% and test them all in one day at their depot.");
        re(16, "12:40", seth, inSe3, "Brilliant, thanks Ingeborg. By the way, your cold-weather notes helped me with "
                + "a Kona on Tuesday.");
        say(17, "10:00", shAsk, marguerite, "If anyone could follow and share my page, it would be a huge help: "
                + "https://dobletesting.example/follow");
        Post ca3 = say(18, "14:00", shRoom, caspian, "Anyone know a good van racking firm?");
        Post inCa = re(18, "14:20", ingeborg, ca3, "The one with the orange vans, pricey but worth it.");
        re(18, "14:30", caspian, inCa, "Thanks, will look.");
        Post ob3 = say(19, "10:00", shAsk, obadiah, "Bought the Leaf, so far so good!");
        re(19, "10:20", seth, ob3, "Great news Obadiah.");
    }

    /**
     * G. Haul Bikes: Fenwick posts news in #news (days 1, 5, 13, 15). Tancredi answers Adaeze (day 2) and says on day
     * 6 he is on a course on days 9-10; Adaeze asks him by mention on day 9, Lowri answers at once and Tancredi adds on
     * day 11. Lowri pauses Adaeze's subscription by DM (day 3). In W50 Cosmo, a customer who has spoken to nobody, asks
     * #riders-chat to follow his coffee cart (day 9), asks Lowri and Tancredi by mention in #support to share it (day 10)
     * and asks the chat again (day 12). Rosheen joins on day 15 and is welcomed and helped. On day 15 Fenwick posts
     * the depot crowdfunder in #news, on day 16 posts it again with its link in #riders-chat, and on day 18 reminds
     * #support of its rewards.
     */
    private void haulBikes() {
        say(1, "08:00", hbNews, fenwick, "Winter service week: Tancredi is doing free brake checks at the depot 14-15 "
                + "December, book through the app.");
        Post ph1 = say(1, "08:30", hbChat, philippa, "School run in the rain this morning, kids under the cover singing. "
                + "10/10.");
        re(1, "08:40", jonty, ph1, "Best thing about the cover. My buckets of roses stay dry too.");
        Post ad1 = say(2, "09:00", hbSupport, adaeze, "Rear light on my bike flickers, is that the battery or the "
                + "wiring?");
        Post taAd = re(2, "09:20", tancredi, ad1, "Usually the plug under the rear rack. Push it in until it clicks, and "
                + "if it still flickers bring it to brake-check week.");
        re(2, "09:30", adaeze, taAd, "Clicked it, fixed! Thanks Tancredi.");
        Post dm1 = say(3, "17:00", hbDmAdaeze, adaeze, "Hi Lowri, can I pause my subscription over Christmas? I'm away "
                + "22 December to 2 January.");
        Post dm2 = re(3, "17:20", lowri, dm1, "Of course, I've paused it from the 22nd, you won't be charged for those "
                + "days.");
        re(3, "17:25", adaeze, dm2, "Amazing, thank you.");
        Post ph2 = say(4, "10:00", hbSupport, philippa, "How much weight can the front box take? Three kids now the "
                + "youngest is walking (ish).");
        Post loPh = re(4, "10:20", lowri, ph2, "100kg in the box, 200kg in all with the rider. Three small ones is fine "
                + "with the bench seat.");
        re(4, "10:30", philippa, loPh, "Perfect.");
        say(5, "08:00", hbNews, fenwick, "New: the Long Tail model is now on subscription, £89 a month with insurance "
                + "and servicing.");
        Post jo1 = say(5, "12:00", hbChat, jonty, "Did 40 deliveries on the bike this week, the van's been off the road. "
                + "Not going back.");
        Post adJo = re(5, "12:20", adaeze, jo1, "That's amazing! Which routes?");
        re(5, "12:30", jonty, adJo, "Mostly the city centre, parking's free when you're a bike.");
        say(6, "09:00", hbSupport, tancredi, "Heads up, I'm on a motor training course Tuesday and Wednesday next week "
                + "(12-13 December). Lowri's covering support, brake checks go ahead Thursday and Friday.");
        // W50
        Post ph3 = say(8, "09:00", hbSupport, philippa, "Booked a brake check for Thursday, is there somewhere to wait "
                + "with kids?");
        re(8, "09:20", lowri, ph3, "There's a sofa and a biscuit tin, they'll be fine.");
        say(9, "09:30", hbChat, cosmo, "Hi all, could you follow my cargo-bike coffee cart on Instagram? "
                + "https://instagram.example/cosmocoffee");
        Post ad2 = say(9, "10:00", hbSupport, adaeze, "@Tancredi Bell my front brake's squealing since the rain, should "
                + "I bring it to brake-check week?");
        re(9, "10:30", lowri, ad2, "Hi Adaeze, Tancredi's on his course till tomorrow, but yes, bring it Thursday. "
                + "Squealing is usually wet pads.");
        Post co2 = say(10, "11:00", hbSupport, cosmo, "@Lowri Gammon @Tancredi Bell could you share my coffee cart "
                + "page from the Haul Bikes account? https://instagram.example/cosmocoffee");
        re(10, "11:30", lowri, co2, "We can't share from the company account, sorry, but good luck with it!");
        Post taAd2 = re(11, "08:30", tancredi, ad2, "Back now. Lowri's right, bring it Thursday and I'll swap the pads "
                + "while you wait.");
        re(11, "08:40", adaeze, taAd2, "Great, see you then.");
        Post ph4 = say(11, "12:00", hbChat, philippa, "Anyone know a good waterproof for a toddler in the box?");
        Post adPh = re(11, "12:15", adaeze, ph4, "Puddle suits from the supermarket, £12, bombproof.");
        re(11, "12:30", philippa, adPh, "Ordering now, thanks!");
        say(12, "08:00", hbChat, cosmo, "Please follow and share, every follow helps! "
                + "https://instagram.example/cosmocoffee");
        Post jo2 = say(12, "09:00", hbChat, jonty, "Busiest week of the year coming, wreaths everywhere.");
        Post phJo = re(12, "09:20", philippa, jo2, "Save me one!");
        re(12, "09:30", jonty, phJo, "Will do!");
        say(13, "16:00", hbNews, fenwick, "Brake-check week done: 41 bikes checked, thanks for coming in.");
        // W51
        joins(15, "09:00", hbChat, rosheen);
        Post ro1 = say(15, "09:10", hbChat, rosheen, "Hi! Just signed up, picking up my bike on Wednesday. Any tips for "
                + "a total beginner?");
        Post phRo = re(15, "09:30", philippa, ro1, "Welcome! Practise in a car park first, the steering feels odd for ten "
                + "minutes and then it clicks.");
        re(15, "09:40", rosheen, phRo, "Thank you, will do.");
        say(15, "10:00", hbNews, fenwick, "We've launched our crowdfunder for a second depot in the east of the city. "
                + "Rewards from £10, including a free month: https://haulbikes.example/crowdfund");
        say(16, "11:00", hbChat, fenwick, "In case you missed it, our crowdfunder for the east depot is live, £10 gets "
                + "you a free month: https://haulbikes.example/crowdfund");
        Post ro2 = say(17, "08:00", hbSupport, rosheen, "Picked up! How do I use the wheel lock and the frame lock "
                + "together?");
        Post loRo = re(17, "08:20", lowri, ro2, "Wheel lock first, then thread the chain through the frame and into the "
                + "wheel lock's socket. There's a video in the app under Help.");
        re(17, "08:30", rosheen, loRo, "Got it, thanks Lowri.");
        say(18, "14:00", hbSupport, fenwick, "Reminder: the crowdfunder closes on 31 December, and the rewards include "
                + "a year's free servicing.");
        Post jo3 = say(18, "15:00", hbChat, jonty, "Sold 60 wreaths, all delivered by bike. Chuffed.");
        re(18, "15:10", fenwick, jo3, "Legend Jonty!");
        Post ph5 = say(19, "10:00", hbSupport, philippa, "The bench seat belt is fraying on one side, can you swap it?");
        re(19, "10:20", tancredi, ph5, "Yes, I've got a new one at the depot, pop in any day this week.");
    }

    /**
     * H. HV Independents: Dunstan answers Florian (day 1) and Saskia (day 2). Hermione answers Yvette's rusty brakes
     * and quotes a brake service once Yvette says where she is (day 3), and answers Kit's fault with four guides (day
     * 8). In W50 Gruffydd organises a shared high-voltage refresher with the technicians (eight of his ten messages)
     * and answers Florian (day 10) and Yvette (day 14). Saskia lists her spare tools (day 5). On day 17 Dunstan, who has
     * not spoken in #drivers-ask since day 1, opens a post there with his winter-check link and price. In W51 Saskia is
     * helped on days 15, 16 and 18 with a Zoe, talks it through and helps Kit (day 19); Florian asks Gruffydd to
     * service his car and Gruffydd quotes (day 16).
     */
    private void hvIndependents() {
        Post fl1 = say(1, "09:00", hvDrivers, florian, "Does an EV even need servicing? The dealer wants £289 for my "
                + "Model 3's annual.");
        Post duFl = re(1, "09:20", dunstan, fl1, "Less than a petrol car, but brakes, cabin filter, coolant and a proper "
                + "look underneath still matter. An independent will do it for about half that.");
        re(1, "09:40", florian, duFl, "Half sounds better. Thanks.");
        Post he1 = say(1, "10:00", hvWorkshop, hermione, "Anyone got the pinout for the Ioniq 5 charging unit connector? "
                + "The dealer won't share.");
        Post grHe = re(1, "10:30", gruffydd, he1, "I've got it in my notes, DMing it now.");
        re(1, "10:40", hermione, grHe, "Star.");
        Post sk1 = say(2, "14:00", hvWorkshop, saskia, "Insulation tester recommendations? My old one died.");
        Post duSk = re(2, "14:20", dunstan, sk1, "The Megger with the 1000V range. Pricey but bulletproof.");
        re(2, "14:30", saskia, duSk, "Cheers.");
        Post yv1 = say(3, "11:00", hvDrivers, yvette, "Brakes on my Leaf are rusty and grinding, is that normal with "
                + "regen?");
        Post heYv = re(3, "11:30", hermione, yv1, "Very normal, the pads barely get used so the discs rust. A few firm "
                + "stops a week helps, but if it's grinding now it may need discs. Where are you?");
        Post yvHe = re(3, "11:40", yvette, heYv, "Sheffield.");
        Post heYv2 = re(3, "11:50", hermione, yvHe, "I'm in Rotherham, happy to look. £60 for a brake service on a "
                + "Leaf.");
        re(3, "12:00", yvette, heYv2, "Booking in, thank you.");
        Post gr1 = say(4, "10:00", hvWorkshop, gruffydd, "HV refresher training due in January for most of us. Anyone "
                + "want to share the cost of a trainer coming to us?");
        re(4, "10:20", saskia, gr1, "Yes please.");
        re(4, "10:30", dunstan, gr1, "Count me in.");
        say(5, "15:00", hvKit, saskia, "For sale: spare set of insulated tools, 1000V rated, £120.");
        // W50
        Post ki1 = say(8, "09:00", hvDrivers, kit, "My e-Niro says 'check EV system' and won't go above 50% on rapid "
                + "chargers. Switched it off and back on already.");
        Post heKi = re(8, "09:30", hermione, ki1, "Usually the 12V battery or a software recall. Worth reading: "
                + "https://kianotes.example/check-ev-system https://recalls.example/e-niro-2020 "
                + "https://twelvevolt.example/testing-guide https://rapidcharge.example/why-50-percent. If it's the 12V, "
                + "any garage can test it in five minutes.");
        re(8, "09:45", kit, heKi, "The recall one is mine, booked at the dealer. Thank you!");
        Post gr2 = say(9, "10:00", hvWorkshop, gruffydd, "Trainer booked for 15 January, £180 each if there are six of "
                + "us. Who's in for sure?");
        re(9, "10:20", hermione, gr2, "Me.");
        Post skGr = re(9, "10:30", saskia, gr2, "Me too.");
        re(9, "10:40", gruffydd, skGr, "Two more and we're there.");
        Post du1 = say(10, "11:00", hvWorkshop, dunstan, "I'm in, and my apprentice.");
        re(10, "11:20", gruffydd, du1, "That's six! Invoices out this week.");
        Post fl2 = say(10, "15:00", hvDrivers, florian, "Found a garage for the Model 3 but they want to keep it two "
                + "days. Normal?");
        Post grFl = re(10, "15:30", gruffydd, fl2, "Not for a service, that's a half-day job. Unless they're waiting "
                + "on parts, ask them why.");
        re(10, "15:40", florian, grFl, "Will do, thanks.");
        Post gr3 = say(11, "09:00", hvWorkshop, gruffydd, "Invoices sent. The venue's my unit, there's parking for "
                + "four.");
        Post skGr3 = re(11, "09:20", saskia, gr3, "I'll car-share with Hermione.");
        re(11, "09:30", gruffydd, skGr3, "Good plan.");
        Post he2 = say(12, "14:00", hvWorkshop, hermione, "Will the refresher cover the new battery removal "
                + "guidance?");
        re(12, "14:20", gruffydd, he2, "Yes, I asked for it specifically.");
        say(12, "16:00", hvWorkshop, gruffydd, "The trainer's handbook is in my drive, I'll print copies for the day.");
        Post sk2 = say(13, "10:00", hvWorkshop, saskia, "Paid, thanks Gruffydd.");
        re(13, "10:15", gruffydd, sk2, "Cheers Saskia.");
        Post yv2 = say(14, "16:00", hvDrivers, yvette, "Brakes are lovely now, thanks Hermione. Also, does anyone do "
                + "tyres for EVs specifically?");
        re(14, "16:30", gruffydd, yv2, "Any tyre place will, just ask for EV-rated ones, they're quieter and handle "
                + "the weight.");
        // W51
        Post sk3 = say(15, "09:00", hvWorkshop, saskia, "Stuck on a Zoe that won't wake up. 12V is fine, no comms on "
                + "the CAN bus. Ideas?");
        Post grSk = re(15, "09:30", gruffydd, sk3, "Check the little 5A fuse for the EV computer under the bonnet. "
                + "Caught me out twice.");
        Post skGr4 = re(15, "09:50", saskia, grSk, "Fuse is fine. The wake-up signal from the charge flap looks dead "
                + "though, would that stop it?");
        re(15, "10:10", gruffydd, skGr4, "Yes, it can. Try waking it with the plug in.");
        Post sk4 = say(16, "11:00", hvWorkshop, saskia, "Plugged in, it woke, but threw a charging system fault. Is "
                + "that the PLC board?");
        Post heSk = re(16, "11:30", hermione, sk4, "Often it is. Try a reset with the diagnostics before condemning "
                + "it, worked on mine.");
        re(16, "11:45", saskia, heSk, "Reset cleared it for now. Will see if it comes back.");
        Post fl3 = say(16, "13:00", hvDrivers, florian, "@Gruffydd Rees I asked them and they said parts. Could you do "
                + "the service instead? You're in Leeds too, right?");
        Post grFl3 = re(16, "13:30", gruffydd, fl3, "Yes, Leeds. Next Tuesday works, £140 for the lot.");
        re(16, "13:40", florian, grFl3, "Booked.");
        say(17, "10:00", hvDrivers, dunstan, "ogleev.example/winter-check winter battery health check, £49 this week "
                + "only");
        Post sk5 = say(18, "10:00", hvWorkshop, saskia, "It came back. Replacing the board, anyone know a good "
                + "supplier?");
        Post heSk5 = re(18, "10:30", hermione, sk5, "EV Parts Direct had them last month, about £210.");
        re(18, "10:40", saskia, heSk5, "Ordered, thanks Hermione. I'll report back on whether it fixes it.");
        Post ki2 = say(19, "14:00", hvDrivers, kit, "Recall done, rapid charging is back to normal. Also, my heater makes "
                + "a clicking noise, should I worry?");
        Post skKi = re(19, "14:20", saskia, ki2, "Clicking from the heater is often the relay, harmless if the heat's "
                + "fine. If it stops heating, get it checked.");
        re(19, "14:30", kit, skKi, "Heat's fine, thanks Saskia.");
        Post sk6 = say(20, "09:00", hvWorkshop, saskia, "New board fixed the Zoe. Thanks both!");
        re(20, "09:10", gruffydd, sk6, "Nice one.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes149Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 149");
    }
}
