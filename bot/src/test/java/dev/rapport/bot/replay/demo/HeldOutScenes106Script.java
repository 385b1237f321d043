package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 106 (sealed): eight communities of manufacturing, engineering workshops and small factories, of
 * kinds no earlier round used (CNC machinists and subcontract machine shops with a quote-requests room where small
 * firms and an inventor post work, a tooling rep's counter room and a shop owner who never enters the buyers' room,
 * sheet-metal fabricators and welders with a room where customers ask, a laser-cutting bureau and a used-machinery
 * dealer among them, a contract-manufacturing firm's own server with its Staff and Customers and its account
 * manager's DM to an enquirer, small jobbing foundries and patternmakers with a room where restorers ask, toolroom
 * apprentices' study group where nobody sells but a video maker turns up, industrial maintenance engineers with a
 * spares-and-repairs room and a motor rewind shop's owner among them, factory shift supervisors and team leaders where
 * nobody sells but a lean consultant turns up and DMs a new team leader, powder coaters and metal finishers with a room
 * where restorers ask and a powder supplier's rep whose fellow coaters are her customers), over three ISO weeks
 * (2031-W34 to W36, the summer bank holiday on Monday 25 August), written and labelled by writer1 (session 54) before
 * any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-106.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes106Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2031, 8, 18);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2031, 9, 8, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-106";
    private static final int BASE = 82800;

    // --- A. CNC machinists and subcontract machine shops ---
    private final String chips = cast.guild(1341);
    private final Channel caQuotes = cast.channel(chips, "Chip & Spindle: CNC Machinists", "quote-requests",
            "small firms, inventors and engineers post parts they need made (drawings, quantities, materials); "
                    + "machine shops reply with quotes", "ca-quote-requests.json");
    private final Channel caFloor = cast.channel(chips, "Chip & Spindle: CNC Machinists", "shop-floor",
            "machinists among ourselves: feeds and speeds, workholding, CAM, machines, the trade",
            "ca-shop-floor.json");
    private final Channel caTooling = cast.channel(chips, "Chip & Spindle: CNC Machinists", "tooling-counter",
            "Gemma from Northcut Tooling: inserts, end mills, holders, stock and prices; ask her about tooling",
            "ca-tooling-counter.json");
    private final Channel caBreak = cast.channel(chips, "Chip & Spindle: CNC Machinists", "break-room",
            "off-topic: football, cricket, cars, holidays", "ca-break-room.json");
    private final Persona craig = cast.person("craig.whitfield", "Craig Whitfield");
    private final Persona ravi = cast.person("ravi.chandran", "Ravi Chandran");
    private final Persona agnieszka = cast.person("agnieszka.sobczak", "Agnieszka Sobczak");
    private final Persona gemma = cast.person("gemma.thornbury", "Gemma Thornbury");
    private final Persona dominic = cast.person("dominic.farrell", "Dominic Farrell");
    private final Persona nadia = cast.person("nadia.haddad", "Nadia Haddad");
    private final Persona malcolm = cast.person("malcolm.ferris", "Malcolm Ferris");

    // --- B. sheet-metal fabricators and welders ---
    private final String fab = cast.guild(1342);
    private final Channel bbAsk = cast.channel(fab, "Bend & Bead: Sheet Metal and Fabrication", "ask-a-fabricator",
            "customers ask: brackets, enclosures, worktops, gates, trailers, repairs, costs; fabricators answer",
            "bb-ask-a-fabricator.json");
    private final Channel bbShop = cast.channel(fab, "Bend & Bead: Sheet Metal and Fabrication", "fab-shop",
            "fabricators and welders among ourselves: press brakes, TIG and MIG, jigs, pricing jobs",
            "bb-fab-shop.json");
    private final Channel bbKit = cast.channel(fab, "Bend & Bead: Sheet Metal and Fabrication", "offcuts-and-kit",
            "sell or swap offcuts, sheet, welders and machines: say what, where and the price",
            "bb-offcuts-and-kit.json");
    private final Channel bbIntro = cast.channel(fab, "Bend & Bead: Sheet Metal and Fabrication", "introductions",
            "new here? say who you are and what you make or need made", "bb-introductions.json");
    private final Persona hamish = cast.person("hamish.munro", "Hamish Munro");
    private final Persona yvonne = cast.person("yvonne.cartwright", "Yvonne Cartwright");
    private final Persona callum = cast.person("callum.brodie", "Callum Brodie");
    private final Persona teresa = cast.person("teresa.okonkwo", "Teresa Okonkwo");
    private final Persona stuart = cast.person("stuart.lamont", "Stuart Lamont");
    private final Persona mandy = cast.person("mandy.hollis", "Mandy Hollis");
    private final Persona gavin = cast.person("gavin.petrie", "Gavin Petrie");
    private final Persona joanne = cast.person("joanne.kerr", "Joanne Kerr");

    // --- C. a contract-manufacturing firm's own server ---
    private final String ashby = cast.guild(1343);
    private final Role staff = cast.role("Staff", "#2e86c1", 2);
    private final Role customer = cast.role("Customer", "#95a5a6", 1);
    private final Channel acNews = cast.channel(ashby, "Ashby Contract Manufacturing: Customers & Staff",
            "announcements", "from the Ashby staff: shutdown dates, lead times, capacity, factory news",
            "ac-announcements.json");
    private final Channel acOrders = cast.channel(ashby, "Ashby Contract Manufacturing: Customers & Staff",
            "orders-and-questions", "customers: questions about your orders, quotes, drawings and delivery dates; "
                    + "staff answer", "ac-orders-and-questions.json");
    private final Channel acProducts = cast.channel(ashby, "Ashby Contract Manufacturing: Customers & Staff",
            "your-products", "customers show the products Ashby builds for them: launches, photos, feedback",
            "ac-your-products.json");
    private final Channel acGeneral = cast.channel(ashby, "Ashby Contract Manufacturing: Customers & Staff",
            "general", "chat", "ac-general.json");
    private final Persona philippa = cast.person("philippa.renshaw", "Philippa Renshaw", staff);
    private final Persona marcus = cast.person("marcus.oyelowo", "Marcus Oyelowo", staff);
    private final Persona keith = cast.person("keith.dunmore", "Keith Dunmore", staff);
    private final Persona sophie = cast.person("sophie.galbraith", "Sophie Galbraith", customer);
    private final Persona tobias = cast.person("tobias.lindqvist", "Tobias Lindqvist", customer);
    private final Persona rhona = cast.person("rhona.mcallister", "Rhona McAllister", customer);
    private final Persona arjun = cast.person("arjun.bhatt", "Arjun Bhatt");
    private final Channel acDm = cast.dm(arjun, "ac-dm-arjun-bhatt.json");

    // --- D. small foundries and patternmakers ---
    private final String sand = cast.guild(1344);
    private final Channel spEnq = cast.channel(sand, "Sand & Pour: Small Foundries and Patternmakers",
            "casting-enquiries", "restorers, engineers and makers ask about getting parts cast: iron, bronze, "
                    + "aluminium, patterns, costs", "sp-casting-enquiries.json");
    private final Channel spMelt = cast.channel(sand, "Sand & Pour: Small Foundries and Patternmakers", "melt-deck",
            "foundry folk among ourselves: sand, furnaces, gating, shrinkage, the trade", "sp-melt-deck.json");
    private final Channel spPattern = cast.channel(sand, "Sand & Pour: Small Foundries and Patternmakers",
            "patternshop", "patternmakers: timber, resin and printed patterns, core boxes", "sp-patternshop.json");
    private final Channel spSale = cast.channel(sand, "Sand & Pour: Small Foundries and Patternmakers", "for-sale",
            "sell crucibles, flasks, sand, patterns, castings and kit: say what, where and the price",
            "sp-for-sale.json");
    private final Persona bernard = cast.person("bernard.ashworth", "Bernard Ashworth");
    private final Persona lorna = cast.person("lorna.fairbairn", "Lorna Fairbairn");
    private final Persona ines = cast.person("ines.carvalho", "Ines Carvalho");
    private final Persona damian = cast.person("damian.eckersley", "Damian Eckersley");
    private final Persona felicity = cast.person("felicity.grainger", "Felicity Grainger");
    private final Persona harvey = cast.person("harvey.sinclair", "Harvey Sinclair");
    private final Persona declan = cast.person("declan.moriarty", "Declan Moriarty");

    // --- E. toolroom apprentices' study group ---
    private final String toolroom = cast.guild(1345);
    private final Channel taHelp = cast.channel(toolroom, "Toolroom Apprentices: Tool & Die Study Group",
            "homework-help", "stuck on a calculation, a drawing or a theory question? ask here", "ta-homework-help.json");
    private final Channel taChat = cast.channel(toolroom, "Toolroom Apprentices: Tool & Die Study Group",
            "toolroom-chat", "what you're working on at work: press tools, moulds, jigs, grinding",
            "ta-toolroom-chat.json");
    private final Channel taExam = cast.channel(toolroom, "Toolroom Apprentices: Tool & Die Study Group", "exam-prep",
            "HNC and end-point assessment revision, past papers, study sessions", "ta-exam-prep.json");
    private final Persona jessica = cast.person("jessica.aldridge", "Jessica Aldridge");
    private final Persona kieran = cast.person("kieran.doherty", "Kieran Doherty");
    private final Persona sanjay = cast.person("sanjay.mehta", "Sanjay Mehta");
    private final Persona ellie = cast.person("ellie.whitworth", "Ellie Whitworth");
    private final Persona norman = cast.person("norman.gillespie", "Norman Gillespie");
    private final Persona zofia = cast.person("zofia.kowal", "Zofia Kowal");
    private final Persona tyler = cast.person("tyler.blackburn", "Tyler Blackburn");
    private final Persona jordan = cast.person("jordan.haigh", "Jordan Haigh");

    // --- F. industrial maintenance engineers ---
    private final String crew = cast.guild(1346);
    private final Channel bcBreak = cast.channel(crew, "Breakdown Crew: Industrial Maintenance", "breakdowns",
            "stuck on a fault? post the machine, the symptom and what you've tried", "bc-breakdowns.json");
    private final Channel bcPlc = cast.channel(crew, "Breakdown Crew: Industrial Maintenance", "plc-and-drives",
            "PLCs, HMIs, inverters, servo drives, ladder logic", "bc-plc-and-drives.json");
    private final Channel bcSpares = cast.channel(crew, "Breakdown Crew: Industrial Maintenance",
            "spares-and-repairs", "repair services and spares: motor rewinds, drive repairs, bearings; say what, "
                    + "where and the price", "bc-spares-and-repairs.json");
    private final Channel bcCanteen = cast.channel(crew, "Breakdown Crew: Industrial Maintenance", "canteen",
            "off-topic", "bc-canteen.json");
    private final Persona alistair = cast.person("alistair.kincaid", "Alistair Kincaid");
    private final Persona bethany = cast.person("bethany.rourke", "Bethany Rourke");
    private final Persona liam = cast.person("liam.gallacher", "Liam Gallacher");
    private final Persona derek = cast.person("derek.ormerod", "Derek Ormerod");
    private final Persona farah = cast.person("farah.qureshi", "Farah Qureshi");
    private final Persona trevor = cast.person("trevor.ackroyd", "Trevor Ackroyd");
    private final Persona mehmet = cast.person("mehmet.yilmaz", "Mehmet Yilmaz");

    // --- G. factory shift supervisors and team leaders ---
    private final String leads = cast.guild(1347);
    private final Channel slHandover = cast.channel(leads, "Shift Leads: Factory Supervisors' Network", "handover",
            "the shift you just had: wins, headaches, what you'd do differently", "sl-handover.json");
    private final Channel slPeople = cast.channel(leads, "Shift Leads: Factory Supervisors' Network",
            "people-problems", "rotas, absence, difficult conversations, new starters: ask the group",
            "sl-people-problems.json");
    private final Channel slIntro = cast.channel(leads, "Shift Leads: Factory Supervisors' Network", "introductions",
            "new? say hello: what your factory makes and which shift you run", "sl-introductions.json");
    private final Channel slRes = cast.channel(leads, "Shift Leads: Factory Supervisors' Network", "resources",
            "useful reading: templates, articles, guides worth passing on", "sl-resources.json");
    private final Persona maureen = cast.person("maureen.beckett", "Maureen Beckett");
    private final Persona jerome = cast.person("jerome.whitaker", "Jerome Whitaker");
    private final Persona siobhan = cast.person("siobhan.feeney", "Siobhan Feeney");
    private final Persona hannah = cast.person("hannah.osei", "Hannah Osei");
    private final Persona neville = cast.person("neville.tranter", "Neville Tranter");
    private final Persona aled = cast.person("aled.pugh", "Aled Pugh");
    private final Persona desmond = cast.person("desmond.crowther", "Desmond Crowther");
    private final Channel slDm = cast.dm(aled, "sl-dm-aled-pugh.json");

    // --- H. powder coaters and metal finishers ---
    private final String coat = cast.guild(1348);
    private final Channel ccAsk = cast.channel(coat, "Coat & Cure: Powder Coaters and Finishers", "ask-a-coater",
            "restorers, fabricators and the public ask about powder coating, blasting, plating, colours, costs; "
                    + "finishers answer", "cc-ask-a-coater.json");
    private final Channel ccOven = cast.channel(coat, "Coat & Cure: Powder Coaters and Finishers", "oven-room",
            "coaters and finishers among ourselves: pretreatment, ovens, guns, media, pricing, the trade",
            "cc-oven-room.json");
    private final Channel ccPowder = cast.channel(coat, "Coat & Cure: Powder Coaters and Finishers", "powder-shop",
            "Marsha from Prism Powders: colours, stock, prices, delivery; ask her about powder",
            "cc-powder-shop.json");
    private final Channel ccShow = cast.channel(coat, "Coat & Cure: Powder Coaters and Finishers", "showcase",
            "show finished work: wheels, frames, gates, furniture", "cc-showcase.json");
    private final Persona kevin = cast.person("kevin.ashcroft", "Kevin Ashcroft");
    private final Persona marsha = cast.person("marsha.delaney", "Marsha Delaney");
    private final Persona ruairi = cast.person("ruairi.quinn", "Ruairi Quinn");
    private final Persona danielle = cast.person("danielle.hartley", "Danielle Hartley");
    private final Persona pauline = cast.person("pauline.fraser", "Pauline Fraser");
    private final Persona ashok = cast.person("ashok.menon", "Ashok Menon");
    private final Persona bronwen = cast.person("bronwen.evans", "Bronwen Evans");

    HeldOutScenes106Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        machinists();
        fabricators();
        contractManufacturer();
        foundry();
        apprentices();
        maintenance();
        supervisors();
        coaters();
    }

    /** A. Dominic's buyers post in #quote-requests, a room he never enters until Craig points Malcolm to him. */
    private void machinists() {
        // W34
        Post crAlarm = say(1, "08:10", caFloor, craig, "Back from the summer shutdown and the Doosan greeted me with "
                + "alarm 2041, spindle orientation. Anyone had that one?");
        Post agAlarm = re(1, "08:40", agnieszka, crAlarm, "Usually the orientation sensor or its bracket has crept. "
                + "Check the gap before you blame the drive.");
        re(1, "09:30", craig, agAlarm, "Sensor had backed off half a millimetre. Reset the gap and it's happy. "
                + "Thanks Agnieszka.");
        Post naLids = say(1, "10:15", caQuotes, nadia, "RFQ: 40 off enclosure lids, 6082 aluminium, 180 x 120 x 12, "
                + "pocketed, clear anodise. Drawing: nadiadesigns.example/rfq/lid-rev-c. Needed by mid-September.");
        Post crLids = re(1, "11:00", craig, naLids, "We can do those. £23.50 each for 40 including anodise, two weeks "
                + "from order. Are the corner holes M4 or M5? The drawing says both.");
        re(1, "11:40", nadia, crLids, "M4, the M5 note is left over from rev B. Sorry, I'll fix the drawing.");
        Post raLids = re(1, "13:20", ravi, naLids, "£21 each from me but three weeks, I'm single-handed. Go with "
                + "whoever suits your dates.");
        joins(2, "09:00", caQuotes, malcolm);
        Post maCross = say(2, "09:30", caQuotes, malcolm, "Hello all. Retired electrical engineer building a small "
                + "steam engine. Could anyone turn me a pair of bronze crossheads? I have sketches but no proper "
                + "drawings. Is that a problem?");
        Post raCross = re(2, "10:10", ravi, maCross, "Sketches are fine if the dimensions that matter are on them. "
                + "Send them over and I'll tell you what's missing. Small jobs like that suit me.");
        Post maSent = re(2, "19:40", malcolm, raCross, "Sketches sent to your email. The bore is the only critical "
                + "bit.");
        Post raGrade = re(3, "08:15", ravi, maSent, "Got them, nice and clear. PB1 phosphor bronze for a crosshead, "
                + "unless your design says otherwise?");
        re(3, "09:05", malcolm, raGrade, "No idea, honestly, PB1 it is.");
        Post doImpeller = say(2, "12:00", caFloor, dominic, "Anyone running hyperMILL on a 5-axis? Our lads are "
                + "fighting the collision checking on a deep impeller.");
        Post agImpeller = re(2, "12:30", agnieszka, doImpeller, "We use it at work. Turn on the holder check as well "
                + "as the tool, it misses the shank otherwise. What's the stick-out?");
        re(2, "12:50", dominic, agImpeller, "About 90 mm. I'll try the holder check, cheers.");
        say(2, "15:00", caTooling, gemma, "Afternoon all. Back in stock after the shutdown: 6 and 8 mm "
                + "variable-helix end mills for aluminium and the 10 mm high-feed for steel. Ask here for prices.");
        Post naGoing = re(3, "10:00", nadia, crLids, "Going with you Craig, the deadline matters more than the "
                + "price. PO coming from our accounts today.");
        re(3, "10:20", craig, naGoing, "Thanks Nadia, first-off photos to you by Friday.");
        re(4, "07:45", dominic, agImpeller, "Impeller came out clean with the holder check on. Good shout.");
        Post raChatter = say(4, "13:00", caFloor, ravi, "Chatter on the walls of a deep 316 pocket, 10 mm end mill, "
                + "40 mm deep. Dropping the speed helps but then it rubs. Ideas?");
        Post doChatter = re(4, "13:20", dominic, raChatter, "Trochoidal, light radial, full depth. We stopped "
                + "slotting 316 years ago.");
        Post geChatter = re(4, "13:40", gemma, raChatter, "Same advice from me. A 5-flute with uneven pitch helps in "
                + "316 too. I've a 10 mm demo cutter in the van you can borrow for nothing.");
        re(4, "14:30", ravi, doChatter, "Trochoidal cured it. Cheers Dominic.");
        Post raDemo = re(4, "14:35", ravi, geChatter, "I'll borrow the demo cutter for the next one, same material.");
        re(4, "15:00", gemma, raDemo, "Dropping it in on Friday.");
        Post raPrice = re(5, "11:00", ravi, maCross, "Pair of crossheads in PB1, £145 for the two, ready in ten "
                + "days.");
        Post maDone = re(5, "11:30", malcolm, raPrice, "Go ahead please, thank you Ravi.");
        maDone.react("👍", ravi);
        // W35: Dominic talks shop all week; a 5-axis request waits in #quote-requests
        Post raBh = say(8, "09:00", caBreak, ravi, "Working the bank holiday, anyone else? Quiet roads at least.");
        re(8, "09:20", dominic, raBh, "Both 5-axis running lights-out and I'm in loading bar. Double time for "
                + "nobody but me.");
        Post doProbe = say(8, "10:00", caFloor, dominic, "For the 5-axis crowd: do you probe every part or trust the "
                + "first-off and spot-check? A customer wants full CMM on 400 parts and it feels like overkill.");
        Post crProbe = re(8, "10:30", craig, doProbe, "Depends on the feature. Probe the critical bores in process "
                + "and CMM one in twenty. Ask them which features actually matter.");
        re(8, "11:00", dominic, crProbe, "Good shout, I'll push back on the drawing notes.");
        Post naBrackets = say(9, "08:30", caQuotes, nadia, "New RFQ: 200 off small brackets, 3 mm 304 stainless, "
                + "folded, two holes. Would anyone take them on with the next batch of lids?");
        Post crBrackets = re(9, "09:00", craig, naBrackets, "We don't fold in house, but I can buy the blanks in "
                + "from a laser place and quote the lot together. Want that?");
        re(9, "09:30", nadia, crBrackets, "Yes please, one quote is easier for our accounts.");
        Post doCeramic = say(9, "10:00", caFloor, dominic, "Anyone tried the ceramic inserts for Inconel? Our "
                + "aerospace job is eating carbide tips.");
        Post geCeramic = re(9, "10:20", gemma, doCeramic, "The SiAlON grades? Run them fast and dry, they hate "
                + "coolant. I can bring a box of rounds to try.");
        Post doThursday = re(9, "10:40", dominic, geCeramic, "Go on then, Thursday?");
        re(9, "11:00", gemma, doThursday, "Thursday, I'll be there by nine.");
        say(9, "14:00", caQuotes, malcolm, "My nephew's drone firm needs 30 off 5-axis aluminium motor mounts, "
                + "drawings at steadfastdrones.example/rfq/mount-v2. Anyone with a 5-axis machine free in September?");
        Post agPlates = say(10, "12:00", caFloor, agnieszka, "Anyone got a neat way to hold 1 mm plates for "
                + "pocketing? The vacuum table keeps losing them.");
        Post doPlates = re(10, "12:30", dominic, agPlates, "Superglue them to a sacrificial plate with activator, "
                + "pop them off with a heat gun after. Never lost one.");
        re(10, "13:00", agnieszka, doPlates, "Genius, trying it tomorrow.");
        Post doMusic = say(10, "16:00", caBreak, dominic, "Anyone else's apprentice discovered the machine control "
                + "will play music? Ours has.");
        Post raMusic = re(10, "16:15", ravi, doMusic, "The Haas will do it too. Don't tell him.");
        re(10, "16:30", dominic, raMusic, "Too late, it's Oasis all day now.");
        re(12, "09:20", dominic, geCeramic, "Ceramics ran at 800 m/min and the tips lasted the whole shift. Thanks "
                + "Gemma.");
        Post raPricing = say(11, "10:00", caFloor, ravi, "How are people pricing programming time on one-offs? I keep "
                + "giving it away.");
        Post doPricing = re(11, "10:30", dominic, raPricing, "Put it on the quote as a line of its own, never buried "
                + "in the unit price. People argue less when they can see it.");
        re(11, "10:45", craig, raPricing, "Same here, plus a minimum order charge. Changed my life.");
        re(11, "11:00", ravi, doPricing, "Both good, thanks.");
        Post doVuelta = say(12, "15:00", caBreak, dominic, "My Vuelta fantasy team is a disaster. Who's winning the "
                + "sweepstake?");
        re(12, "15:30", craig, doVuelta, "Not me, never me.");
        Post maStill = say(13, "14:00", caQuotes, malcolm, "Still looking for someone with a 5-axis for the drone "
                + "mounts, if anyone has space this month.");
        // W36
        re(15, "08:30", craig, maStill, "Ours are all 3-axis, Malcolm. @Dominic Farrell runs two 5-axis machines, "
                + "he's the one for this.");
        Post doMounts = re(15, "10:00", dominic, maStill, "Never looked in this room before, sorry Malcolm. Drawings "
                + "are at your link? We've space from the 15th.");
        re(15, "10:20", malcolm, doMounts, "Yes, that's them. Thank you both.");
        Post doQuote = re(16, "09:00", dominic, maStill, "Had a look: £38 each for 30, anodised black, three weeks. "
                + "Is the 6 mm bore a bearing fit?");
        Post maBearing = re(16, "11:00", malcolm, doQuote, "Yes, a 6 mm bearing, press fit. My nephew will send the "
                + "order.");
        re(16, "11:20", dominic, maBearing, "Then we'll ream it to H7. Cheers.");
        Post maCorners = say(18, "14:00", caFloor, malcolm, "Daft question from an electrical man: why do machinists "
                + "hate sharp internal corners on drawings?");
        Post agCorners = re(18, "14:20", agnieszka, maCorners, "A round cutter can't make one. Give us a corner "
                + "radius a bit bigger than the tool and the part is quicker and cheaper.");
        re(18, "14:40", malcolm, agCorners, "That makes perfect sense. Thank you.");
        Post naArrived = say(19, "10:00", caQuotes, nadia, "Lids arrived and they're lovely, thanks @Craig Whitfield. "
                + "I've told my old boss at Fenwick Audio about you, he needs a run of knobs.");
        naArrived.react("🎉", craig, ravi);
        re(19, "10:30", craig, naArrived, "Great to hear, thanks Nadia. I'll look out for him.");
    }

    /** B. Callum pitches a newcomer who came to learn; Stuart drops a listing into the fabricators' room. */
    private void fabricators() {
        // W34
        Post maWorktop = say(1, "09:00", bbAsk, mandy, "I run a small café and want a stainless worktop with an "
                + "upstand made to measure, 2.4 m. Is that a fabricator's job or a kitchen firm's?");
        Post haWorktop = re(1, "09:40", hamish, maWorktop, "A fabricator's, and usually cheaper. 1.2 mm brushed 304 "
                + "over a ply core is the normal way. Measure the wall at three heights, walls are never straight.");
        re(1, "10:10", mandy, haWorktop, "Three heights, got it. Thank you.");
        say(1, "14:00", bbKit, stuart, "Just in: 2.5 m 100-tonne press brake, CNC back gauge, £9,800 ono, Leeds. "
                + "Photos at lamontmachinery.example/stock/brake-2500");
        Post teGalv = say(2, "08:00", bbShop, teresa, "Anyone got a trick for stopping 1.5 mm galv warping when "
                + "tacking duct flanges? Tried skip welding, still pulls.");
        Post caGalv = re(2, "08:30", callum, teGalv, "Copper backing bar and short tacks, then let it cool. Clamping "
                + "to a heavy table helps more than anything.");
        Post yvGalv = re(2, "09:00", yvonne, teGalv, "Or have the flanges cut with tabs and slots so there's hardly "
                + "any welding. A couple of duct firms do theirs that way now.");
        re(2, "09:30", teresa, caGalv, "Copper bar did it. Cheers Callum.");
        re(2, "09:35", teresa, yvGalv, "Tab and slot is a good idea for the next job, I'll raise it with the boss.");
        Post gaDrawbar = say(3, "11:00", bbAsk, gavin, "Farmer here. Cracked the drawbar on a livestock trailer, looks "
                + "like the weld has let go at the coupling. Repair or a new drawbar?");
        Post caDrawbar = re(3, "11:30", callum, gaDrawbar, "If the crack's in the weld and not the tube, it's a "
                + "repair: grind out, reweld, fish plate both sides. If the tube's rusted thin, new drawbar. Is the "
                + "tube sound?");
        Post gaSound = re(3, "12:15", gavin, caDrawbar, "Tube looks solid, the crack runs right along the weld. "
                + "Could you do it? I'm near Peebles.");
        Post caSound = re(3, "12:30", callum, gaSound, "Yes, I'm round your way on Thursday. £180 all in, plates "
                + "included.");
        re(3, "12:45", gavin, caSound, "Thursday it is.");
        Post teFolder = say(4, "10:00", bbKit, teresa, "Anyone selling a small bench folder, about 1 m? For a hobby "
                + "corner at home.");
        Post stFolder = re(4, "10:20", stuart, teFolder, "I've a 1 m box and pan folder, £420, "
                + "lamontmachinery.example/stock/folder-1000");
        Post teCollect = re(4, "11:00", teresa, stFolder, "That'll do. Can I collect Saturday?");
        re(4, "11:15", stuart, teCollect, "Saturday morning's fine.");
        Post haStair = say(5, "15:00", bbShop, hamish, "Doing a spiral staircase next week, first in years. Anyone got "
                + "a good way to jig the treads?");
        Post yvStair = re(5, "15:30", yvonne, haStair, "Centre column on a rotary table and a laser-cut indexing "
                + "plate for the angles. Send me the tread count and I'll cut you a plate at cost.");
        Post haTreads = re(5, "16:00", hamish, yvStair, "Eighteen treads. That'd be a big help, thanks.");
        re(5, "16:20", yvonne, haTreads, "Sorted, it'll go on the laser Tuesday.");
        re(6, "10:00", teresa, stFolder, "Collected the folder, works a treat. Thanks Stuart.");
        // W35
        joins(8, "09:00", bbIntro, joanne);
        Post joIntro = say(8, "09:15", bbIntro, joanne, "Hi all, I'm Joanne. Bought an old horsebox to turn into a "
                + "camper and I want to learn to weld so I can fix the floor myself. Any advice on a first welder?");
        Post haIntro = re(8, "10:00", hamish, joIntro, "Welcome Joanne! A 180 A MIG with gas is the easy start for "
                + "floor panels. A night class will save you months of bad habits.");
        re(8, "10:20", joanne, haIntro, "Night class is a good shout, thanks Hamish.");
        say(8, "12:00", bbAsk, callum, "Mobile welder free most of this week: farm and trailer repairs, £45 an hour, "
                + "call or message me.");
        Post caJoanne = re(9, "08:30", callum, joIntro, "I do mobile welding, £45 an hour, could have your floor "
                + "done in two days. Message me to book.");
        re(9, "09:00", joanne, caJoanne, "Thanks, but I really want to learn to do it myself.");
        say(9, "10:00", bbAsk, hamish, "Heads up for anyone waiting on me: installing a staircase in Fort William "
                + "Tuesday to Thursday, no signal on site. I'll answer everything on Friday.");
        Post maMeasure = say(10, "11:00", bbAsk, mandy, "@Hamish Munro measured the wall: 2412, 2405 and 2398 mm at "
                + "the three heights. Roughly what would the worktop cost?");
        Post yvPlate = say(10, "13:00", bbShop, yvonne, "Indexing plate for Hamish's stair is cut, 18 positions. "
                + "Anyone else need bits while I've 10 mm steel on the bed?");
        Post teBase = re(10, "13:20", teresa, yvPlate, "If there's scrap left, I'd love two 200 mm square base "
                + "plates. Paid in biscuits.");
        re(10, "13:30", yvonne, teBase, "Deal.");
        say(11, "07:30", bbAsk, callum, "Still got Thursday and Friday free. Gates, trailers, machinery, £45 an "
                + "hour, message me.");
        Post teSoot = say(11, "14:00", bbShop, teresa, "Stupid question: why does my TIG on aluminium go black and "
                + "sooty round the puddle?");
        Post caSoot = re(11, "14:20", callum, teSoot, "Dirty filler or not enough cleaning action. Wipe it all with "
                + "acetone and set the balance more to cleaning.");
        re(11, "14:50", teresa, caSoot, "Acetone and the balance fixed it, thank you.");
        Post haPrice = re(12, "08:30", hamish, maMeasure, "Back! That's only 14 mm out, easy to scribe. Around £850 "
                + "fitted with the upstand. Want me to come and template it?");
        Post maTemplate = re(12, "09:00", mandy, haPrice, "Yes please, any morning next week before eleven.");
        re(12, "09:10", hamish, maTemplate, "Tuesday at nine then.");
        Post haPlate = re(12, "16:00", hamish, yvPlate, "Plate was perfect, all eighteen treads in and square. I owe "
                + "you one.");
        haPlate.react("👍", yvonne);
        Post gaMart = say(13, "10:00", bbAsk, gavin, "Callum's drawbar repair has done three trips to the mart now, "
                + "solid as you like.");
        re(13, "10:30", callum, gaMart, "Good to hear Gavin.");
        // W36
        Post joNest = say(16, "09:00", bbAsk, joanne, "Started the night class. Is it normal for the wire to "
                + "bird's-nest at the rollers?");
        Post teNest = re(16, "09:30", teresa, joNest, "Too much roller tension or a kinked liner. Back the tension "
                + "off till it only just feeds.");
        re(16, "10:00", joanne, teNest, "Tension was cranked right up. Sorted, ta.");
        Post stAmada = say(17, "08:00", bbShop, stuart, "lamontmachinery.example/stock/amada-rg80 Amada 80-tonne "
                + "brake just in, tooling included, £14,500, viewing in Leeds.");
        re(17, "08:40", hamish, stAmada, "Tempting, but where would I put it.");
        Post yvFree = say(18, "10:00", bbKit, yvonne, "Offcuts clearance: 3 and 5 mm mild steel strips, free to "
                + "collect from Cartwright Laser, Galashiels.");
        Post gaFree = re(18, "11:00", gavin, yvFree, "Could use some for hurdles. Saturday ok?");
        re(18, "11:30", yvonne, gaFree, "Saturday till noon.");
        Post maDone = re(20, "10:00", mandy, haPrice, "Worktop's in and the café looks twice the size. Thank you "
                + "Hamish!");
        re(20, "10:20", hamish, maDone, "Glad you like it, Mandy.");
    }

    /** C. Ashby's account manager welcomes a new enquirer while a customer's question to him waits. */
    private void contractManufacturer() {
        // W34
        say(1, "08:00", acNews, philippa, "Welcome back after the summer shutdown, everyone. Lines are running "
                + "again. Monday 25th is a bank holiday and the factory is closed; goods-in reopens Tuesday at 7.");
        Post toEarly = say(1, "10:00", acOrders, tobias, "Morning. Could the September batch of rack brackets come "
                + "forward a week? A distributor wants stock early.");
        Post maEarly = re(1, "10:40", marcus, toEarly, "I'll check with production. @Keith Dunmore can the bracket "
                + "job go in the week of the 1st?");
        Post keEarly = re(1, "11:30", keith, maEarly, "Yes, if the powder-coat slot moves too. I'll book it today.");
        re(1, "11:45", tobias, keEarly, "Brilliant, thank you both.");
        Post soLaunch = say(2, "09:00", acProducts, sophie, "Our first batch of Ashby-built bird feeders went on sale "
                + "at the weekend and 300 sold in two days! sophiesfeeders.example/cam-feeder if you want to see the "
                + "finished thing.");
        soLaunch.react("🎉", philippa, marcus, rhona);
        re(2, "09:20", philippa, soLaunch, "That's wonderful Sophie. The line team will be chuffed, I'll print it for "
                + "the canteen wall.");
        Post rhCongrats = re(2, "10:00", rhona, soLaunch, "Congratulations! They look great.");
        re(2, "10:20", sophie, rhCongrats, "Thanks Rhona!");
        Post rhFlow = say(3, "14:00", acOrders, rhona, "Question on the oximeter housings: the last batch had a faint "
                + "flow line on the window. Can you improve that, or is it our mould?");
        Post keFlow = re(3, "14:30", keith, rhFlow, "It's the gate position on your mould, we've seen it too. We can "
                + "slow the injection to hide most of it. Want us to try on the next run?");
        Post rhSamples = re(3, "15:10", rhona, keFlow, "Yes please, and send two samples before the full run.");
        re(3, "15:20", keith, rhSamples, "Will do.");
        Post maShow = say(4, "11:00", acGeneral, marcus, "Anyone heading to the NEC manufacturing show in October? "
                + "We'll have a stand.");
        re(4, "11:30", tobias, maShow, "I'll be there, I'll come and say hello.");
        say(5, "09:00", acNews, keith, "Production note: I'm away Monday 25th to Friday 29th. Philippa covers "
                + "production questions that week.");
        Post keSent = say(5, "16:00", acOrders, keith, "@Rhona McAllister samples posted today. Slowed the fill and "
                + "the line has nearly gone.");
        re(6, "10:00", rhona, keSent, "Much better. Approved, thank you Keith.");
        // W35
        joins(9, "09:00", acGeneral, arjun);
        Post arQuote = say(9, "09:30", acOrders, arjun, "Hi, Sophie Galbraith pointed me here. I make soil-moisture "
                + "sensors and need 500 housings assembled with the boards fitted. Could you quote for that?");
        say(9, "09:40", acGeneral, sophie, "I sent Arjun to you lot, he's the sensor chap from the makers' fair. Be "
                + "nice to him!");
        Post maArjun = re(9, "10:00", marcus, arQuote, "Hi Arjun, welcome! Yes, we can. Could you send the board and "
                + "housing drawings? I'll get a quote back by Thursday.");
        re(9, "10:30", arjun, maArjun, "Drawings are at arjunsense.example/ashby-pack, the password's in your email.");
        say(9, "11:00", acOrders, tobias, "@Marcus Oyelowo did the revised bracket drawings reach you on Friday? The "
                + "hole spacing changed and the September batch has to be rev D.");
        Post maDm = at(9, "14:00").in(acDm).say(marcus, "Arjun, if it helps, come and see the assembly line before "
                + "you decide. Visit slots are on ashbycm.example/visit, Thursday afternoons are best.");
        at(9, "15:00").in(acDm).reply(arjun, maDm, "Thursday the 4th works, I've booked it.");
        say(10, "10:00", acGeneral, marcus, "Thanks for sending Arjun our way, @Sophie Galbraith. Lovely project.");
        Post maNumbers = re(11, "10:00", marcus, arQuote, "Quote's in your inbox, Arjun: £6.80 a unit for 500 "
                + "including test, four weeks.");
        re(11, "10:30", arjun, maNumbers, "That's within budget. I'll bring questions on Thursday.");
        say(11, "11:00", acGeneral, marcus, "Bank holiday weeks are strange, half the office out, but the new "
                + "pick-and-place is being calibrated and it's a beauty.");
        Post toRevD = say(12, "16:00", acOrders, tobias, "@Philippa Renshaw sorry to bother you, is rev D of the "
                + "brackets in the system? I asked Marcus on Tuesday but he must be snowed under.");
        re(12, "16:30", philippa, toRevD, "It is, I've checked the traveller: rev D with the new hole spacing. Sorry "
                + "for the wait, Tobias.");
        Post rhDrop = say(12, "09:00", acProducts, rhona, "Our oximeters in the Ashby housings passed the lab drop "
                + "test. Thanks to the whole team.");
        re(12, "09:20", philippa, rhDrop, "Great news Rhona, I'll pass it on to the moulding shift.");
        // W36
        say(15, "08:00", acNews, philippa, "Keith's back today. New this month: a second pick-and-place line, so "
                + "board assembly lead times drop to three weeks.");
        Post keRevD = say(15, "09:00", acOrders, keith, "@Tobias Lindqvist Philippa filled me in on rev D. The "
                + "brackets are kitted to it and go to powder coat on Wednesday.");
        re(15, "09:30", tobias, keRevD, "Perfect, thanks Keith.");
        Post maSorry = say(16, "10:00", acOrders, marcus, "@Tobias Lindqvist so sorry, your question got buried in "
                + "the bank holiday pile. Glad Keith and Philippa had it covered.");
        re(16, "10:20", tobias, maSorry, "No harm done.");
        Post arTour = say(18, "16:00", acGeneral, arjun, "Thanks for the tour today, the test rigs were impressive. "
                + "Order to follow.");
        re(18, "16:20", marcus, arTour, "Great to meet you Arjun!");
        Post arLabels = say(19, "09:00", acOrders, arjun, "PO sent. Who's my contact for the label artwork?");
        re(19, "09:30", marcus, arLabels, "Me for now, and Keith once it's on the line.");
        say(19, "12:00", acProducts, tobias, "New rack bracket colourway launches next week, photos soon: "
                + "tobiasbikes.example/racks");
        Post soSlot = say(20, "10:00", acOrders, sophie, "@Marcus Oyelowo second feeder batch: is there a slot before "
                + "the end of September?");
        Post maSlot = re(20, "10:30", marcus, soSlot, "Yes, the week of the 22nd. Confirmation coming by email.");
        re(20, "10:45", sophie, maSlot, "Brilliant.");
    }

    /** D. Lorna posts her foundry's week to the room; Damian talks only about his own setup. */
    private void foundry() {
        // W34
        Post feDoor = say(1, "10:00", spEnq, felicity, "I'm restoring a Victorian kitchen range and the oven door is "
                + "cracked clean through. Can a new one be cast from the broken original?");
        Post beDoor = re(1, "10:40", bernard, feDoor, "Usually yes. We glue and fill the original to use as the "
                + "pattern, or a patternmaker makes a new one. Grey iron, about 8 kg?");
        Post feIron = re(1, "11:20", felicity, beDoor, "About that, yes. Only the door, the hinges are fine.");
        Post bePrice = re(1, "11:40", bernard, feIron, "Then the original will do as the pattern. Roughly £220 for "
                + "the casting, plus fettling.");
        re(1, "12:00", felicity, bePrice, "Less than I feared. I'll post it to you this week.");
        Post loSand = say(2, "09:00", spMelt, lorna, "Bronze pour Thursday. Anyone else finding silica sand hard to "
                + "get since the quarry closed?");
        Post beSand = re(2, "09:30", bernard, loSand, "We've gone to a merchant in Chesterfield. Dearer, but dry.");
        re(2, "09:45", lorna, beSand, "I'll try them, thanks Bernard.");
        Post inCore = say(2, "14:00", spPattern, ines, "Printed a core box in PLA for the first time. Sanded and "
                + "sealed, it pulled twenty cores before it wore. Cheaper than timber for short runs.");
        Post deCore = re(2, "14:30", declan, inCore, "Twenty's decent. Did you seal it with epoxy or shellac?");
        re(2, "15:00", ines, deCore, "Epoxy, two coats.");
        Post haCover = say(3, "10:00", spEnq, harvey, "Restoring a 1950s BSA. The primary chaincase cover is cracked "
                + "and nobody sells them. Who could make a pattern from my broken cover?");
        Post inCover = re(3, "10:30", ines, haCover, "That's my bread and butter: I scan the original, add shrinkage "
                + "and print the pattern. Details at inescarvalho.example/patterns, or send a photo and I'll price "
                + "it.");
        re(3, "11:00", harvey, inCover, "Photo sent. Thanks Ines.");
        Post haBush = say(4, "09:00", spEnq, harvey, "While I'm here: bronze or phosphor bronze for a gearbox bush?");
        Post loBush = re(4, "09:30", lorna, haBush, "Phosphor bronze for a bush, it wears far better. Leave it "
                + "oversize and ream to fit.");
        re(4, "09:50", harvey, loBush, "Phosphor it is, thanks Lorna.");
        Post daAlu = say(4, "16:00", spMelt, damian, "Hi all, first proper pour on my new induction furnace this "
                + "weekend. Any tips for aluminium?");
        Post beAlu = re(4, "16:20", bernard, daAlu, "Degas it, skim it, don't stir air into it. And preheat "
                + "everything that touches the melt.");
        re(4, "16:40", damian, beAlu, "Thanks Bernard.");
        Post deClear = say(5, "11:00", spSale, declan, "Clearing the shop: box of brass dowels, a contraction rule "
                + "and two bench vices, £60 the lot, collect from Sheffield.");
        Post daRule = re(5, "11:30", damian, deClear, "Would you split it? I'd take the contraction rule.");
        Post deRule = re(5, "12:00", declan, daRule, "£15 for the rule on its own.");
        re(5, "12:10", damian, deRule, "Deal.");
        say(6, "17:00", spMelt, lorna, "Thursday's pour went well: a hare and two plaques.");
        // W35: Lorna's week told to the room; Damian's week all about Damian
        say(8, "08:00", spMelt, lorna, "Bank holiday pour day, furnace lit at seven.");
        say(8, "13:00", spMelt, lorna, "Three heads and one plinth poured. The plinth mould cracked, so that's "
                + "Wednesday's job again.");
        Post daFirst = say(8, "15:30", spMelt, damian, "Did my first three pours over the weekend and I'm well chuffed. "
                + "My furnace got to 750 in twenty minutes and I poured my own ingots from scrap I'd saved. I've set "
                + "up a corner of my garage with my own sand muller that I built from an old mixer.");
        Post beFirst = re(9, "07:30", bernard, daFirst, "Nice one Damian. Expect a bit of gas porosity on the first "
                + "ones, it's normal.");
        re(9, "08:00", damian, beFirst, "I had a bit on my second one, but my third was clean. I reckon my degassing "
                + "tablets did it. I'm going to try my hand at bronze next, I've ordered my own crucible and I'm "
                + "making my own lifting tongs.");
        say(9, "11:00", spMelt, lorna, "Knocking out today. The shell came off the hare cleanly.");
        say(9, "16:30", spMelt, lorna, "The hare's left ear has a small cold shut. Welding it rather than "
                + "repouring.");
        say(10, "10:00", spMelt, lorna, "Patina test tiles: ferric nitrate looks better than liver of sulphur on this "
                + "bronze.");
        Post inPetg = say(10, "14:00", spPattern, ines, "Printed my first PETG pattern. The draft angles came out "
                + "cleaner than PLA.");
        re(10, "14:30", damian, inPetg, "I've only used PLA myself. My printer's an old one but I've tuned it and my "
                + "parts come out lovely. I did a set of my own handles last week, I'll post them. I might sell a "
                + "few of my patterns too.");
        say(10, "17:00", spMelt, lorna, "A commission for a garden otter came in. Wax is half done.");
        say(11, "11:00", spMelt, lorna, "Plinth repoured, no cracks this time.");
        say(12, "09:30", spMelt, lorna, "Chasing the otter wax all morning. Fiddly whiskers.");
        Post daKnock = say(12, "13:00", spSale, damian, "I'm selling my first castings! I've made aluminium door "
                + "knockers from my own pattern, £25 each plus postage. My garage is full of them so I'm keen to "
                + "clear some.");
        say(12, "17:00", spMelt, lorna, "Photos of the hare go up on lornafairbairn.example/gallery tonight.");
        Post loKnock = re(12, "18:00", lorna, daKnock, "Those knockers came out crisp, Damian. Good clean faces.");
        re(13, "08:30", damian, loKnock, "Thanks! I spent ages on my pattern and I sanded my mould faces by hand. I "
                + "think I've got my sand mix right now. My next batch will be bronze if my crucible turns up.");
        say(13, "15:00", spMelt, lorna, "Otter invested, pour next week.");
        // W36
        Post haBack = say(15, "09:00", spEnq, harvey, "Cover pattern from Ines arrived, Bernard poured it, and it "
                + "looks like the factory part. Thank you both!");
        haBack.react("❤️", ines, bernard);
        re(15, "09:30", bernard, haBack, "Pleasure. Let it weather a bit before you polish it.");
        Post haRide = say(16, "18:00", spMelt, harvey, "Finally finished the BSA, first ride today with the new cover "
                + "on. Couldn't have done it without this lot.");
        haRide.react("🔥", bernard, ines, declan);
        Post loBadge = re(16, "18:30", lorna, haRide, "Looks smashing. If you ever want a cast bronze tank badge for "
                + "it, I do them from £60.");
        re(17, "08:00", harvey, loBadge, "Might take you up on that for Christmas.");
        Post feBack = say(17, "10:00", spEnq, felicity, "The range door came back from Bernard and fits like it was "
                + "never broken. @Bernard Ashworth do you blacklead new iron or leave it?");
        Post beLead = re(17, "10:30", bernard, feBack, "Blacklead it, it takes it just like the old door. Warm the "
                + "door a little first.");
        re(17, "11:00", felicity, beLead, "Will do. My neighbour has the same range and I've told her about you.");
        Post dePin = say(18, "14:00", spPattern, declan, "Anyone using the fast-cure pattern resin? I'm getting "
                + "pinholes all over the face.");
        Post inPin = re(18, "14:20", ines, dePin, "Vacuum it before pouring and the pinholes go. Took me three ruined "
                + "boxes to learn that.");
        re(18, "16:00", declan, inPin, "Degassed it, clean as a whistle. Cheers Ines.");
        Post daFlux = say(19, "10:00", spMelt, damian, "Crucible's here. What flux do people use for bronze?");
        Post beFlux = re(19, "10:20", bernard, daFlux, "A charcoal cover and a pinch of borax. Keep it simple.");
        re(19, "10:40", damian, beFlux, "Thanks, trying it Saturday.");
        say(20, "11:00", spMelt, lorna, "Otter poured this morning, fingers crossed.");
    }

    /** E. Nobody sells: apprentices and two old hands; a video maker turns up in the third week. */
    private void apprentices() {
        // W34
        Post saPunch = say(1, "19:00", taHelp, sanjay, "Stuck on clearance for a blanking punch. 2 mm mild steel: is "
                + "the clearance per side or total?");
        Post noPunch = re(1, "19:20", norman, saPunch, "Per side, usually 5 to 8 percent of the thickness for mild "
                + "steel. So roughly 0.1 to 0.16 mm each side.");
        re(1, "19:40", sanjay, noPunch, "Per side, that's where I went wrong. Thanks Norman.");
        Post jeStrip = say(2, "12:30", taChat, jessica, "Spotted in my first progression tool today. Watching the "
                + "strip feed through all eight stations is weirdly satisfying.");
        re(2, "12:45", ellie, jeStrip, "It never gets old. Wait till you time one and it's spot on.");
        Post zoSheet = say(3, "20:00", taExam, zofia, "Study session for the HNC materials paper, Thursday 7pm online. "
                + "Sign-up sheet so I know numbers: forms.example/hnc-materials-study");
        re(3, "20:30", kieran, zoSheet, "I'm in.");
        re(3, "20:40", jessica, zoSheet, "Me too.");
        Post jeTons = say(4, "19:00", taHelp, jessica, "How do you work out press tonnage for a blanking tool? The "
                + "textbook formula gives me a silly number.");
        Post kiTons = re(4, "19:30", kieran, jeTons, "Perimeter times thickness times shear strength. Check you used "
                + "shear and not tensile, and millimetres all the way through.");
        re(4, "19:50", jessica, kiTons, "I'd used tensile. Thanks Kieran.");
        Post zoLeft = say(4, "12:00", taExam, zofia, "Four places left for tonight's session, same sheet: "
                + "forms.example/hnc-materials-study");
        Post kiSession = re(5, "09:00", kieran, zoLeft, "Good session last night, thanks for running it Zofia.");
        re(5, "09:30", zofia, kiSession, "Thanks for coming, same again before the exam.");
        Post kiPolish = say(6, "13:00", taChat, kieran, "Polishing a mould cavity to SPI A2 this week. My arms are "
                + "done.");
        Post elPolish = re(6, "13:30", ellie, kiPolish, "Diamond paste, light pressure, one direction per grade. And "
                + "gloves.");
        re(6, "14:00", kieran, elPolish, "Noted, cheers Ellie.");
        // W35: Tyler learns from Norman and starts giving back
        joins(8, "13:50", taHelp, tyler);
        Post tyFinish = say(8, "14:00", taHelp, tyler, "First-year here, started last month. How do you read a "
                + "surface finish symbol with a little 0.8 on it?");
        Post noFinish = re(8, "14:20", norman, tyFinish, "That's Ra 0.8 micrometres, the average roughness. A ground "
                + "finish, more or less.");
        Post tyGrind = re(8, "14:40", tyler, noFinish, "So grinding, not milling? Our mill gets about 1.6 I think.");
        Post noGrind = re(8, "15:00", norman, tyGrind, "Right, a good mill finish is about 1.6. For 0.8 you grind, "
                + "or finish very carefully.");
        re(8, "15:10", tyler, noGrind, "Makes sense, thanks.");
        Post tyDatum = say(9, "19:00", taHelp, tyler, "Another one: what's the difference between a datum and a "
                + "reference dimension?");
        Post noDatum = re(9, "19:15", norman, tyDatum, "A datum is where you measure from. A reference dimension, in "
                + "brackets, is information only: you don't inspect to it.");
        Post tyInspector = re(9, "19:30", tyler, noDatum, "Our inspector checked a bracketed one today and failed a "
                + "part. Should I tell him?");
        Post noPolite = re(9, "19:45", norman, tyInspector, "Ask him politely which drawing rule he's using. Don't "
                + "tell him he's wrong, first year.");
        re(9, "20:00", tyler, noPolite, "Ha, fair.");
        Post elBh = say(8, "16:00", taChat, ellie, "Anyone else on bank holiday overtime? Our toolroom was the only "
                + "lights on in the factory.");
        re(8, "16:30", jessica, elBh, "Me, tool changes on the big press all day.");
        Post tyWin = re(11, "18:30", tyler, noPolite, "Asked the inspector, he checked the standard and passed the "
                + "part. Bit of a win.");
        re(11, "18:45", norman, tyWin, "Good lad.");
        Post tySpark = say(11, "19:00", taHelp, tyler, "Also: why do we spark out at the end of a grinding pass?");
        Post noSpark = re(11, "19:20", norman, tySpark, "The wheel and the work spring apart under load. A few passes "
                + "with no infeed let them relax and take off what's left.");
        re(11, "19:40", tyler, noSpark, "So that's why the size creeps. Thanks Norman.");
        Post saBend = say(12, "19:00", taHelp, sanjay, "Anyone know how to work out the bend allowance for a 90 "
                + "degree bend?");
        Post tyBend = re(12, "19:20", tyler, saBend, "We did it in class today! BA = angle × π/180 × (R + K × T), "
                + "with K about 0.33 for most steel.");
        re(12, "19:40", sanjay, tyBend, "Nice one Tyler, that's the formula I'd lost.");
        Post zoPaper = say(13, "18:00", taExam, zofia, "The 2029 past paper for the EPA knowledge test, from the "
                + "awarding body's site: epa-papers.example/toolmaking-2029");
        re(13, "18:30", kieran, zoPaper, "Thanks Zofia, that's the one with the nasty hardness question.");
        Post kiSurvey = say(13, "19:30", taChat, kieran, "Doing my HNC project on die-setting times. Would you fill "
                + "in a five-minute anonymous survey? forms.example/die-setting-survey");
        re(13, "19:45", jessica, kiSurvey, "Done!");
        re(13, "20:10", ellie, kiSurvey, "Done, good luck with it.");
        // W36
        joins(15, "18:50", taChat, jordan);
        Post joEdm = say(15, "19:00", taChat, jordan, "Hey everyone, I run a toolmaking channel on YouTube, 2k subs. "
                + "New video on wire EDM basics, please like and subscribe, every sub helps: "
                + "weldmillturn.example/watch/wire-edm");
        re(15, "19:30", ellie, joEdm, "Welcome Jordan. What do you work on day to day?");
        say(16, "18:00", taExam, jordan, "If anyone's revising for the EPA, my channel has a playlist for it. "
                + "Subscribe so you don't miss the next one: weldmillturn.example/playlist/epa");
        Post kiSteel = say(16, "19:00", taHelp, kieran, "Quick check: D2 or O1 for a small punch that's going to see "
                + "a lot of hits?");
        Post noSteel = re(16, "19:20", norman, kiSteel, "D2 for wear, but it's brittle. For a small punch I'd take "
                + "the toughness of S7 if chipping is the worry.");
        re(16, "19:40", kieran, noSteel, "Chipping is the worry. S7 then, thanks.");
        Post tySolo = say(17, "17:30", taChat, tyler, "First go on the surface grinder on my own today. Nothing on "
                + "fire.");
        tySolo.react("👏", norman, ellie, jessica);
        re(17, "18:00", ellie, tySolo, "That's the spirit.");
        Post zoMerit = say(18, "20:00", taExam, zofia, "Mock results are in and I got a merit! Thanks all for the "
                + "sessions.");
        re(18, "20:15", jessica, zoMerit, "Well done!");
        re(18, "20:30", kieran, zoMerit, "Congrats Zofia.");
        Post jeSetter = say(19, "12:30", taChat, jessica, "Our die setter is retiring and they want me to shadow him. "
                + "Scared and excited.");
        Post noSetter = re(19, "13:00", norman, jeSetter, "Write down everything he does that isn't in the manual. "
                + "That's the job.");
        re(19, "13:20", jessica, noSetter, "Starting a notebook on Monday.");
    }

    /** F. Liam takes answers day after day and lets Alistair's questions go by; Derek repairs what people send. */
    private void maintenance() {
        // W34
        Post meTrip = say(1, "06:30", bcBreak, mehmet, "Night shift special: conveyor motor trips the overload every "
                + "40 minutes, amps look normal on the clamp meter. Tried a new overload, same.");
        Post alTrip = re(1, "07:10", alistair, meTrip, "Clamp all three phases separately. One high leg on a tired "
                + "winding will trip it while the average looks fine.");
        re(1, "07:40", mehmet, alTrip, "L2 is 20 percent up. Motor's coming out. Cheers Alistair.");
        Post meRewind = say(1, "09:00", bcSpares, mehmet, "Who rewinds 15 kW motors quickly round Manchester?");
        Post deRewind = re(1, "09:20", derek, meRewind, "We do, Ormerod Rewinds in Oldham. Usually four days and "
                + "about £600 for a 15 kW, 24 hours if you're desperate. ormerodrewinds.example");
        re(1, "09:40", mehmet, deRewind, "Four days is fine, we've a spare in. I'll get it sent.");
        Post beS5 = say(2, "13:00", bcPlc, bethany, "Anyone moved an old S5 program to S7 lately? The conversion tool "
                + "made a mess of the timers.");
        Post faS5 = re(2, "13:30", farah, beS5, "It always does. Rewrite the timers by hand, they're the one thing it "
                + "never gets right. Paste a block and I'll look.");
        Post bePaste = re(2, "14:00", bethany, faS5, "Pasted: paste.example/s5-timers");
        Post faBase = re(2, "14:30", farah, bePaste, "Your S5T# values are in the wrong time base. Multiply by ten and "
                + "they'll match.");
        re(2, "14:40", bethany, faBase, "That's it! You're a star.");
        Post trEmails = say(3, "10:00", bcCanteen, trevor, "Shutdown was great until I got back to 140 emails.");
        Post alEmails = re(3, "10:20", alistair, trEmails, "Only 140? You're less loved than you think.");
        re(3, "10:30", trevor, alEmails, "Ha.");
        Post trLabels = say(4, "08:00", bcBreak, trevor, "Labeller keeps throwing labels on the floor since we went "
                + "to the thinner bottles. Sensor looks right. Ideas?");
        Post beLabels = re(4, "08:30", bethany, trLabels, "Teach the label gap sensor on the new reel. Thinner "
                + "bottles often come with a new label stock.");
        re(4, "09:00", trevor, beLabels, "New label stock, of course. Retaught and it's fine. Thanks Bethany.");
        say(5, "08:30", bcSpares, derek, "Workshop's back from holiday. A couple of reconditioned 7.5 kW drives on "
                + "the shelf, £350 each, if anyone's caught short.");
        Post faRetro = say(6, "15:00", bcPlc, farah, "Finished a line retrofit today, old relay logic to a small PLC. "
                + "Nice to see it run first time.");
        re(6, "15:30", alistair, faRetro, "First time! Buy a lottery ticket.");
        // W35: Liam
        Post liF2 = say(8, "11:00", bcBreak, liam, "Capper on the bottling line has stopped, drive showing F0002. "
                + "What does that mean?");
        Post alF2 = re(8, "11:30", alistair, liF2, "F0002 on those is overvoltage, usually braking too hard. "
                + "Lengthen the ramp-down time.");
        re(8, "12:00", liam, alF2, "Cheers.");
        Post liValve = say(9, "10:00", bcBreak, liam, "Filler valve won't close on head 12. Air's on.");
        Post alValve = re(9, "10:30", alistair, liValve, "Meter the solenoid coil, then swap it with head 11 and see "
                + "if the fault moves.");
        re(9, "10:45", liam, alValve, "ok ta");
        Post trAway = say(9, "16:00", bcCanteen, trevor, "Off to Cornwall tomorrow till next Thursday, my deputy's got "
                + "the radio.");
        re(9, "16:20", bethany, trAway, "Enjoy it!");
        Post alMoved = re(9, "17:00", alistair, liValve, "@Liam Gallacher did the fault move with the coil?");
        Post liStops = say(10, "08:00", bcBreak, liam, "Conveyor keeps stopping for no reason, no alarm.");
        re(10, "08:30", alistair, liStops, "Look for a loose terminal in the e-stop circuit or a pull-cord switch "
                + "on the edge. Stops with no alarm are nearly always that.");
        Post meHmi = say(11, "09:00", bcPlc, mehmet, "Anyone know the default password on an old Lenze HMI? Nobody "
                + "wrote it down.");
        Post faHmi = re(11, "09:30", farah, meHmi, "Try the service level code in the back of the manual, it's often "
                + "still the factory one. Failing that, Lenze support will give it to you with the serial.");
        re(11, "10:00", mehmet, faHmi, "Factory code worked. Thanks Farah.");
        Post liLayer = say(12, "07:30", bcBreak, liam, "Palletiser stops at layer 3 every time. Any ideas?");
        re(12, "08:00", alistair, liLayer, "Layer count sensor or the recipe. Did you change product? And you never "
                + "said whether the coil on head 12 was it.");
        Post beLayer = re(12, "08:10", bethany, liLayer, "Had the same on ours, the recipe had the wrong layer count "
                + "after a product change.");
        re(12, "08:30", liam, beLayer, "recipe it was, cheers");
        Post alDarts = say(13, "18:00", bcCanteen, alistair, "Anyone watching the darts tonight?");
        re(13, "18:20", mehmet, alDarts, "Always.");
        // W36
        Post liSorry = re(15, "07:45", liam, alMoved, "Sorry I went quiet Alistair. The coil was it, swapped and head "
                + "12 closes. And the stops were a pull-cord switch on line 2.");
        re(15, "08:15", alistair, liSorry, "Good stuff, thanks for reporting back.");
        Post meComp = say(16, "06:40", bcBreak, mehmet, "Compressor short-cycling, pressure switch set 7 to 8 bar.");
        Post liComp = re(16, "07:10", liam, meComp, "We had that, the receiver drain was stuck open and it leaked "
                + "down. Have a listen at the drain valve.");
        re(16, "07:40", mehmet, liComp, "Drain valve hissing away. Good call Liam.");
        Post beServo = say(17, "09:00", bcSpares, bethany, "Does anyone repair Allen-Bradley servo drives at "
                + "component level, not just swap them?");
        Post deServo = re(17, "09:30", derek, beServo, "We do. Send it with a fault description, £95 to assess, "
                + "often back within a week.");
        re(17, "10:00", bethany, deServo, "Sending it Monday, thanks Derek.");
        Post faSafety = say(18, "13:00", bcPlc, farah, "Anyone done safety on a small packing cell lately? A client "
                + "wants PLd and I'd like a second opinion on the architecture.");
        Post alSafety = re(18, "13:30", alistair, faSafety, "Dual-channel guard switches into a safety relay is often "
                + "enough for PLd on a small cell, and cheaper than a safety PLC. Did the risk assessment ask for "
                + "PLd on everything?");
        re(18, "14:00", farah, alSafety, "Only on the guard doors. Relay it is, thanks.");
        Post trBack = say(19, "08:00", bcCanteen, trevor, "Back from Cornwall. What did I miss?");
        re(19, "08:30", alistair, trBack, "Liam fixed three machines and Mehmet found a compressor leak. You can go "
                + "away more often.");
    }

    /** G. Nobody sells: supervisors helping each other, until a lean consultant turns up and DMs the new one. */
    private void supervisors() {
        // W34
        Post moNight = say(1, "07:00", slHandover, maureen, "Night shift done. Two fryers down for an hour and we "
                + "still hit 96 percent of plan. Proud of the crew.");
        re(1, "07:30", neville, moNight, "96 with two fryers down is a great night.");
        Post jeLate = say(2, "14:00", slPeople, jerome, "How do you handle someone who's brilliant on the line but "
                + "late three times a month? A warning feels heavy-handed.");
        Post siLate = re(2, "14:30", siobhan, jeLate, "Have a private chat first and ask why. Twice I've found a "
                + "childcare problem we fixed with a 15-minute shift swap.");
        Post haLate = re(2, "15:00", hannah, jeLate, "Agree. Write down what you agreed, though, so it's fair to "
                + "everyone else.");
        re(2, "15:30", jerome, siLate, "Asking why first, good. I'll talk to him tomorrow.");
        re(3, "16:00", jerome, haLate, "Talked to him: his bus timetable changed. Moved his start by 15 minutes and "
                + "wrote it down. Thanks both.");
        say(3, "10:00", slRes, siobhan, "Good read on running a five-minute start-of-shift huddle: "
                + "leanfloor.example/articles/shift-huddles");
        say(3, "11:00", slRes, hannah, "And this one on handovers between shifts: "
                + "plantnotes.example/handover-checklist");
        Post haChange = say(4, "17:00", slHandover, hannah, "Bottling line changeover in 38 minutes today, our best "
                + "yet.");
        Post moHow = re(4, "17:20", maureen, haChange, "How did you get it down?");
        Post haTrolley = re(4, "17:40", hannah, moHow, "Pre-staged the change parts on a trolley the shift before.");
        re(4, "18:00", maureen, haTrolley, "Stealing that.");
        Post neFood = say(5, "06:00", slPeople, neville, "Night shift morale is low since the canteen stopped hot "
                + "food after 10. Anyone won that fight?");
        Post moFood = re(5, "06:30", maureen, neFood, "We got microwaves and a fridge of meals from the day canteen. "
                + "Cheap, and the night crew loved it.");
        re(5, "07:00", neville, moFood, "I'll pitch that to HR, thanks Maureen.");
        say(5, "12:00", slRes, siobhan, "Return-to-work interview template from the ACAS guidance: "
                + "acas-guides.example/return-to-work");
        // W35
        joins(8, "09:00", slIntro, aled);
        Post alIntro = say(8, "09:10", slIntro, aled, "Hi all, Aled. Just promoted from line operator to team leader "
                + "at a biscuit factory in Wrexham, first shift in charge tomorrow. Any advice welcome!");
        Post siIntro = re(8, "09:40", siobhan, alIntro, "Welcome Aled! Learn everyone's name in week one and say "
                + "thank you out loud.");
        re(8, "10:00", maureen, alIntro, "And don't change everything in the first month. Watch first.");
        re(8, "10:20", aled, siIntro, "Names and thanks, noted. Thanks both.");
        joins(9, "09:50", slIntro, desmond);
        say(9, "10:00", slIntro, desmond, "Hello, Desmond here. Lean coach, twenty years in automotive.");
        say(9, "10:30", slRes, desmond, "My new course for first-time supervisors, six weeks online, early-bird £295: "
                + "crowtherlean.example/new-supervisors");
        say(9, "11:00", slHandover, desmond, "If your handovers are chaos, my supervisor course covers it in week "
                + "two. Places going fast: crowtherlean.example/new-supervisors");
        Post alOlder = say(10, "14:00", slPeople, aled, "Two days in charge: one of the older lads told me I don't "
                + "know what I'm doing. Do I pull him up on it or let it go?");
        Post neOlder = re(10, "14:30", neville, alOlder, "Let it go once, then ask him what he'd do differently. "
                + "People like him often just want to be asked.");
        re(10, "14:45", jerome, alOlder, "Agree with Neville. And never argue on the line in front of the crew.");
        re(10, "15:10", aled, neOlder, "He's got twenty years on me, so asking him makes sense. Thanks.");
        Post deDm = at(11, "09:00").in(slDm).say(desmond, "Hi Aled, saw your intro. I coach new team leaders one to "
                + "one, and the first month is where most go wrong. Book a free 20-minute call: "
                + "crowtherlean.example/book");
        at(11, "12:00").in(slDm).reply(aled, deDm, "Thanks Desmond, I'm alright for now, the group's been great.");
        Post alIdeas = re(11, "16:00", aled, neOlder, "Asked him what he'd change. He had three good ideas and we're "
                + "trying one tomorrow.");
        re(11, "16:30", neville, alIdeas, "Told you. Well done.");
        Post jeRobot = say(12, "18:00", slHandover, jerome, "Line 4 robot cell down all shift, waiting on a part from "
                + "Germany. The crew did 5S on the whole area instead, looks brand new.");
        re(12, "18:30", maureen, jeRobot, "Making lemonade. Nice.");
        Post haRota = say(13, "10:00", slPeople, hannah, "Anyone run a four-on, four-off rota for a small team? We're "
                + "being asked to cover weekends.");
        Post siRota = re(13, "10:30", siobhan, haRota, "We do. The crew like it, but handovers double, so get a "
                + "proper handover sheet in first.");
        re(13, "11:00", hannah, siRota, "Good, thanks.");
        say(13, "15:00", slRes, desmond, "Free shift handover checklist, just leave your email: "
                + "crowtherlean.example/checklist");
        // W36
        Post alMatrix = say(15, "14:00", slPeople, aled, "A week in charge now. Anyone got a simple way to track "
                + "who's trained on which machine?");
        Post moMatrix = re(15, "14:30", maureen, alMatrix, "A skills matrix on the wall: names down the side, "
                + "machines across, colour the squares in.");
        re(15, "15:00", aled, moMatrix, "There's one from 2019 gathering dust. Updating it this week.");
        Post jeWording = re(16, "11:00", jerome, siLate, "@Siobhan Feeney you posted a return-to-work template. How "
                + "do you word the bit about attendance targets without it sounding like a threat?");
        say(17, "12:00", slRes, siobhan, "Short piece on fatigue and night shifts, worth a read: "
                + "shiftwork.example/fatigue-nights");
        Post neQuiet = say(17, "06:15", slHandover, neville, "Quiet night, zero breakdowns. Suspicious.");
        re(17, "07:00", hannah, neQuiet, "Don't say it out loud!");
        Post alTrolley = say(18, "17:00", slHandover, aled, "Tried Hannah's pre-staged trolley on our changeover and "
                + "saved twenty minutes.");
        re(18, "17:30", hannah, alTrolley, "Brilliant!");
        Post jeVote = say(19, "09:00", slHandover, jerome, "Our plant's up for a regional manufacturing award and the "
                + "public vote closes next Friday. If you've a minute: mfgawards.example/vote/line4 , every vote helps "
                + "the crew.");
        re(19, "09:30", maureen, jeVote, "Voted. Good luck!");
        Post moXmas = say(19, "13:00", slPeople, maureen, "Anyone else sorting the Christmas rota already?");
        re(19, "13:20", jerome, moXmas, "September is when the fights start.");
    }

    /** H. Kevin swaps oven talk with fellow coaters while restorers wait; Marsha spreads her new range. */
    private void coaters() {
        // W34
        Post paWheels = say(1, "10:00", ccAsk, pauline, "Restoring an MGB. Can powder coat go on the wheels with the "
                + "tyres left on, or is that a silly question?");
        Post keWheels = re(1, "10:30", kevin, paWheels, "Not silly, but the tyres have to come off, the oven runs at "
                + "200 degrees. I strip, blast and coat, about £90 a wheel for a set.");
        Post paBring = re(1, "11:00", pauline, keWheels, "Tyres off it is. Can I bring them to you next week?");
        re(1, "11:10", kevin, paBring, "Tuesday or Wednesday, I'm in Bolton.");
        Post daPin = say(2, "09:00", ccOven, danielle, "Outgassing pinholes on cast aluminium again. Preheating helps, "
                + "but not always.");
        Post kePin = re(2, "09:30", kevin, daPin, "Bake it 20 degrees over cure for an hour before coating. That's "
                + "the only thing that fixed ours.");
        re(2, "10:00", danielle, kePin, "Doing that on Friday's batch, cheers Kevin.");
        say(2, "14:00", ccPowder, marsha, "Afternoon coaters. New RAL card in, and RAL 9005 gloss is on offer this "
                + "month at £6.40 a kilo in 20 kg boxes. Order here or ring me.");
        Post keOrder = say(3, "08:00", ccPowder, kevin, "Marsha, two boxes of the 9005 gloss and one graphite grey "
                + "please.");
        re(3, "08:20", marsha, keOrder, "On the wagon Thursday, Kevin.");
        Post asGates = say(3, "12:00", ccAsk, ashok, "@Danielle Hartley six gates ready for coating, can I drop them "
                + "Thursday?");
        Post daGates = re(3, "12:30", danielle, asGates, "Thursday after ten. Same RAL 7016 as last time?");
        re(3, "12:40", ashok, daGates, "Same, please.");
        Post paChrome = say(4, "10:00", ccAsk, pauline, "And the bumpers: can chrome bumpers be re-chromed, or is it "
                + "all plastic replacements these days?");
        Post ruChrome = re(4, "10:40", ruairi, paChrome, "They can be re-chromed: strip, copper, nickel, chrome. "
                + "Pits get filled at the copper stage, so the worse they are, the more it costs.");
        re(4, "11:00", pauline, ruChrome, "Good to know, thanks Ruairi.");
        // W35: Kevin's week in the oven room
        Post keBh = say(8, "10:00", ccOven, kevin, "Bank holiday and the oven's on anyway. Who else is working?");
        Post daBh = re(8, "10:20", danielle, keBh, "Me, catching up on gates.");
        re(8, "10:40", kevin, daBh, "Solidarity.");
        Post keLamp = say(9, "09:00", ccOven, kevin, "Anyone using the infrared lamps for touch-ups? Wondering if "
                + "they're worth it.");
        Post ruLamp = re(9, "09:30", ruairi, keLamp, "We have one. Great for small repairs, useless on anything "
                + "bigger than a wheel.");
        re(9, "09:45", kevin, ruLamp, "Wheels are my whole life, so maybe.");
        re(9, "10:00", danielle, keLamp, "We tried one and went back to the oven.");
        Post asMore = say(9, "14:00", ccAsk, ashok, "@Danielle Hartley the gates went up and the client loved them. "
                + "Another four in October if you've space?");
        re(9, "14:30", danielle, asMore, "Pencil them in for the 13th of October.");
        Post paCollected = say(10, "17:00", ccShow, pauline, "Collected my wheels from Kevin today. Look at them! "
                + "Couldn't be happier.");
        paCollected.react("😍", ruairi, danielle);
        Post daClosed = say(10, "08:30", ccOven, danielle, "Books closed till October now, I can't keep up. If anyone "
                + "wants overflow gate work, let me know.");
        re(10, "08:50", kevin, daClosed, "Not gates, sorry, wheels only.");
        re(10, "09:10", ruairi, daClosed, "Not my thing either, but good problem to have.");
        Post keMedia = say(10, "15:00", ccOven, kevin, "Blasting media prices have gone daft. What's everyone paying "
                + "for aluminium oxide?");
        re(10, "15:20", ruairi, keMedia, "£38 a bag last week.");
        Post daMedia = re(10, "15:30", danielle, keMedia, "£36 from a merchant in Wigan.");
        re(10, "15:50", kevin, daMedia, "Wigan it is, thanks.");
        Post kePre = say(11, "09:00", ccOven, kevin, "Pretreatment for wheels: iron phosphate, or blast and go?");
        Post daPre = re(11, "09:20", danielle, kePre, "Blast and go on wheels, phosphate on sheet.");
        re(11, "09:40", kevin, daPre, "Same as me, good.");
        Post keCandy = say(11, "14:00", ccPowder, kevin, "Marsha, any candy red in stock? The tinted clear over "
                + "silver.");
        Post maCandy = re(11, "14:20", marsha, keCandy, "Two boxes, one's on tomorrow's van for you.");
        re(11, "14:30", kevin, maCandy, "Cheers.");
        joins(13, "09:50", ccAsk, bronwen);
        Post brChairs = say(13, "10:00", ccAsk, bronwen, "Hi! We've a set of cast aluminium garden chairs going "
                + "chalky. Is powder coating worth it, and does anyone near Preston do it?");
        Post keFan = say(13, "11:30", ccOven, kevin, "Anyone else's oven fan bearing screaming after the summer?");
        Post ruFan = re(13, "11:50", ruairi, keFan, "Mine did that. There's a grease nipple hidden behind the side "
                + "panel.");
        re(13, "12:10", kevin, ruFan, "Found it, silence. Ta.");
        // W36: Marsha's new range in three rooms in one morning
        say(15, "08:00", ccPowder, marsha, "New range just landed: 24 textured colours for gates and railings, free "
                + "sample cards. prismpowders.example/textured-range");
        say(15, "08:20", ccOven, marsha, "Morning all! 24 new textured colours, ideal for gates, free sample cards: "
                + "prismpowders.example/textured-range");
        say(15, "08:40", ccAsk, marsha, "Having railings or gates done? Ask your coater for our new textured range: "
                + "prismpowders.example/textured-range");
        Post ruChairs = re(15, "10:00", ruairi, brChairs, "Worth it if the castings are sound: blast, an outgassing "
                + "bake, then coat. I only do plating, but @Kevin Ashcroft in Bolton coats aluminium.");
        Post keChairs = re(15, "11:00", kevin, brChairs, "Happy to, though I'm mostly wheels. Chairs like that are "
                + "about £50 each. Bring one over for a look?");
        re(15, "11:30", bronwen, keChairs, "Lovely, I'll bring all four over on Tuesday.");
        Post keSorry = re(16, "09:00", kevin, paCollected, "Sorry Pauline, only just seen this. They look the part "
                + "on the MGB!");
        re(16, "09:30", pauline, keSorry, "They do! My brother's Spitfire wheels are next, I've told him about you.");
        Post daApprentice = say(17, "08:00", ccOven, danielle, "Taking on an apprentice to cope. Any tips for "
                + "teaching spray technique?");
        Post keApprentice = re(17, "08:30", kevin, daApprentice, "Have them coat scrap panels for a week and check "
                + "film thickness every time. Muscle memory.");
        re(17, "09:00", danielle, keApprentice, "Scrap panels it is.");
        Post brDone = say(20, "12:00", ccShow, bronwen, "All four chairs back from Kevin and they look brand new. "
                + "Thanks Kevin!");
        brDone.react("👍", ruairi);
        re(20, "12:30", kevin, brDone, "Thanks Bronwen, enjoy them.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes106Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 106");
    }
}
