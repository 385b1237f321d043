package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 105 (sealed): eight communities of building trades and the home, of kinds no earlier round used
 * (plumbing and heating engineers with a room where householders ask, a merchant's counter room kept by a
 * plumbers' merchant's rep and an engineer who sells a boiler-cover plan, stonemasons and lime specialists with a room
 * where owners of old houses ask, a reclaim-and-tools room and a reclaim-yard owner among them, a loft-conversion
 * firm's own server with its Team and its Customers and a DM from its coordinator to an enquirer, flooring fitters
 * with a room where homeowners ask and a kit-for-sale room, painters and decorators with a room where homeowners ask,
 * a room for passing on work and a paint brand's trade rep who turns up and sends a DM to a new decorator, DIY
 * renovators of old terraced houses where nobody sells, bricklayers and groundworkers with a work board where
 * self-builders and a site manager post work, and glaziers with a room where homeowners ask), over three ISO weeks
 * (2031-W30 to W32, the summer holidays), written and labelled by writer105 (session 53) before any coach ran on them.
 * The labels are in {@code bot/src/test/resources/eval/held-out-scenes-105.csv}. Run {@link #main} from the project
 * root to write the export again.
 */
final class HeldOutScenes105Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2031, 7, 21);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2031, 8, 11, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-105";
    private static final int BASE = 82000;

    // --- A. plumbing and heating engineers ---
    private final String pipes = cast.guild(1331);
    private final Channel paAsk = cast.channel(pipes, "Heat & Pipe: Plumbing and Heating Engineers", "ask-an-engineer",
            "householders ask: boilers, leaks, radiators, pressure, hot water; engineers answer",
            "pa-ask-an-engineer.json");
    private final Channel paBench = cast.channel(pipes, "Heat & Pipe: Plumbing and Heating Engineers", "trade-bench",
            "engineers among ourselves: jobs, regs, tools, awkward installs", "pa-trade-bench.json");
    private final Channel paParts = cast.channel(pipes, "Heat & Pipe: Plumbing and Heating Engineers",
            "merchant-counter", "Lydia from Pipeline Plumbing Supplies: counter stock, prices, delivery days; ask her "
                    + "about parts", "pa-merchant-counter.json");
    private final Channel paTea = cast.channel(pipes, "Heat & Pipe: Plumbing and Heating Engineers", "tea-break",
            "off-topic: football, cricket, vans, holidays", "pa-tea-break.json");
    private final Persona gareth = cast.person("gareth.penhaligon", "Gareth Penhaligon");
    private final Persona nikhil = cast.person("nikhil.varma", "Nikhil Varma");
    private final Persona sian = cast.person("sian.treharne", "Sian Treharne");
    private final Persona darren = cast.person("darren.kilbey", "Darren Kilbey");
    private final Persona lydia = cast.person("lydia.scobie", "Lydia Scobie");
    private final Persona moira = cast.person("moira.calder", "Moira Calder");
    private final Persona ewan = cast.person("ewan.lockhart", "Ewan Lockhart");
    private final Persona priya = cast.person("priya.mistry", "Priya Mistry");

    // --- B. stonemasons and lime specialists ---
    private final String stone = cast.guild(1332);
    private final Channel sbAsk = cast.channel(stone, "Lime & Stone: Masons' Bench", "old-house-questions",
            "owners of old stone and brick houses ask about repointing, damp walls, lime and stone repairs; masons "
                    + "answer", "sb-old-house-questions.json");
    private final Channel sbBanker = cast.channel(stone, "Lime & Stone: Masons' Bench", "on-the-banker",
            "masons among ourselves: questions, tools, lime mixes, quarries, the trade", "sb-on-the-banker.json");
    private final Channel sbReclaim = cast.channel(stone, "Lime & Stone: Masons' Bench", "reclaim-and-tools-for-sale",
            "buy and sell reclaimed stone, slates, lime and masons' tools: say what, where and the price",
            "sb-reclaim-and-tools-for-sale.json");
    private final Channel sbIntro = cast.channel(stone, "Lime & Stone: Masons' Bench", "introductions",
            "new here? say who you are and whether you work stone or own an old house", "sb-introductions.json");
    private final Persona alun = cast.person("alun.prosser", "Alun Prosser");
    private final Persona tamsin = cast.person("tamsin.kerrow", "Tamsin Kerrow");
    private final Persona hector = cast.person("hector.mulgrew", "Hector Mulgrew");
    private final Persona ruben = cast.person("ruben.castell", "Ruben Castell");
    private final Persona imogen = cast.person("imogen.tarrant", "Imogen Tarrant");
    private final Persona bryony = cast.person("bryony.ashdown", "Bryony Ashdown");
    private final Persona clive = cast.person("clive.horrocks", "Clive Horrocks");

    // --- C. a loft-conversion firm's own server ---
    private final String lofts = cast.guild(1333);
    private final Role team = cast.role("Team", "#e67e22", 2);
    private final Role customer = cast.role("Customer", "#95a5a6", 1);
    private final Channel skNews = cast.channel(lofts, "Skyward Lofts: Clients & Team", "announcements",
            "from the Skyward team: site news, holiday cover, schedule changes, offers", "sk-announcements.json");
    private final Channel skAsk = cast.channel(lofts, "Skyward Lofts: Clients & Team", "ask-the-team",
            "clients and enquirers: questions about your build, dates, building control, stairs, dormers",
            "sk-ask-the-team.json");
    private final Channel skDiaries = cast.channel(lofts, "Skyward Lofts: Clients & Team", "build-diaries",
            "clients share how their loft is going: photos, milestones, lessons learned", "sk-build-diaries.json");
    private final Channel skChat = cast.channel(lofts, "Skyward Lofts: Clients & Team", "under-the-eaves",
            "chat among clients: paint, blinds, furniture that fits under a slope, storage ideas",
            "sk-under-the-eaves.json");
    private final Persona rhys = cast.person("rhys.cadogan", "Rhys Cadogan", team);
    private final Persona fiona = cast.person("fiona.brack", "Fiona Brack", team);
    private final Persona owen = cast.person("owen.tully", "Owen Tully", team);
    private final Persona harriet = cast.person("harriet.coombes", "Harriet Coombes", customer);
    private final Persona duncan = cast.person("duncan.ainslie", "Duncan Ainslie", customer);
    private final Persona marek = cast.person("marek.zielinski", "Marek Zielinski", customer);
    private final Persona leela = cast.person("leela.joshi", "Leela Joshi");
    private final Channel skDm = cast.dm(leela, "sk-dm-leela-joshi.json");

    // --- D. flooring fitters ---
    private final String floors = cast.guild(1334);
    private final Channel flAsk = cast.channel(floors, "Fitters' Floor: Carpet, Vinyl & Wood", "ask-a-fitter",
            "homeowners ask: subfloors, underlay, which floor for which room, squeaks, what it costs",
            "fl-ask-a-fitter.json");
    private final Channel flTrade = cast.channel(floors, "Fitters' Floor: Carpet, Vinyl & Wood", "fitters-only",
            "fitters among ourselves: adhesives, sanders, awkward rooms, merchants, the trade", "fl-fitters-only.json");
    private final Channel flKit = cast.channel(floors, "Fitters' Floor: Carpet, Vinyl & Wood",
            "offcuts-and-kit-for-sale", "sell or swap tools, offcuts and roll ends: what, where, price",
            "fl-offcuts-and-kit-for-sale.json");
    private final Channel flSmoko = cast.channel(floors, "Fitters' Floor: Carpet, Vinyl & Wood", "smoko",
            "off-topic: football, holidays, vans", "fl-smoko.json");
    private final Persona nathan = cast.person("nathan.blakey", "Nathan Blakey");
    private final Persona kelly = cast.person("kelly.oduya", "Kelly Oduya");
    private final Persona terrence = cast.person("terrence.fagan", "Terrence Fagan");
    private final Persona jodie = cast.person("jodie.hallworth", "Jodie Hallworth");
    private final Persona aisha = cast.person("aisha.rahman", "Aisha Rahman");
    private final Persona gordon = cast.person("gordon.pettigrew", "Gordon Pettigrew");
    private final Persona carla = cast.person("carla.dennison", "Carla Dennison");

    // --- E. painters and decorators ---
    private final String paint = cast.guild(1335);
    private final Channel deAsk = cast.channel(paint, "Brush & Roller: Painters and Decorators", "ask-a-decorator",
            "homeowners ask: paint, wallpaper, prep, mould and damp patches, what it costs", "de-ask-a-decorator.json");
    private final Channel deTrade = cast.channel(paint, "Brush & Roller: Painters and Decorators", "trade-chat",
            "decorators among ourselves: brushes, paints, pricing, awkward customers", "de-trade-chat.json");
    private final Channel deCover = cast.channel(paint, "Brush & Roller: Painters and Decorators", "jobs-and-cover",
            "decorators passing on work they can't take, or asking for a hand on a big job", "de-jobs-and-cover.json");
    private final Channel deIntro = cast.channel(paint, "Brush & Roller: Painters and Decorators", "introductions",
            "new? say hello, where you work and what you do", "de-introductions.json");
    private final Persona paula = cast.person("paula.kinsella", "Paula Kinsella");
    private final Persona connor = cast.person("connor.rafferty", "Connor Rafferty");
    private final Persona jamal = cast.person("jamal.okafor", "Jamal Okafor");
    private final Persona abi = cast.person("abi.colclough", "Abi Colclough");
    private final Persona gideon = cast.person("gideon.ferrers", "Gideon Ferrers");
    private final Persona helen = cast.person("helen.brierley", "Helen Brierley");
    private final Persona stephen = cast.person("stephen.ogundipe", "Stephen Ogundipe");
    private final Channel deDm = cast.dm(gideon, "de-dm-gideon-ferrers.json");

    // --- F. DIY renovators of old terraced houses, where nobody sells ---
    private final String terrace = cast.guild(1336);
    private final Channel trQ = cast.channel(terrace, "Terrace Renovators", "questions",
            "stuck on a job? ask here: walls, floors, plumbing, plaster, paperwork", "tr-questions.json");
    private final Channel trProgress = cast.channel(terrace, "Terrace Renovators", "progress-pics",
            "post your own progress: before and afters, small wins, bad days", "tr-progress-pics.json");
    private final Channel trTools = cast.channel(terrace, "Terrace Renovators", "tool-lending",
            "borrow and lend tools between members; arrange collection here", "tr-tool-lending.json");
    private final Channel trOff = cast.channel(terrace, "Terrace Renovators", "off-topic", "anything else",
            "tr-off-topic.json");
    private final Persona lucy = cast.person("lucy.harrowby", "Lucy Harrowby");
    private final Persona tariq = cast.person("tariq.bashir", "Tariq Bashir");
    private final Persona greta = cast.person("greta.lindahl", "Greta Lindahl");
    private final Persona ollie = cast.person("ollie.brennock", "Ollie Brennock");
    private final Persona megan = cast.person("megan.caddick", "Megan Caddick");
    private final Persona pawel = cast.person("pawel.nowicki", "Pawel Nowicki");

    // --- G. bricklayers and groundworkers ---
    private final String bricks = cast.guild(1337);
    private final Channel brWork = cast.channel(bricks, "Brickies' Line", "work-board",
            "builders, contractors and self-builders post work; brickies reply with dates and rates",
            "br-work-board.json");
    private final Channel brBrew = cast.channel(bricks, "Brickies' Line", "brew-hut",
            "brickies among ourselves: gangs, mortar, weather, the trade", "br-brew-hut.json");
    private final Channel brPics = cast.channel(bricks, "Brickies' Line", "site-pics",
            "show a wall you're proud of", "br-site-pics.json");
    private final Channel brKit = cast.channel(bricks, "Brickies' Line", "kit-for-sale",
            "mixers, levels, trowels, stands: what, where, price", "br-kit-for-sale.json");
    private final Persona lee = cast.person("lee.hargreaves", "Lee Hargreaves");
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante");
    private final Persona dylan = cast.person("dylan.pritchett", "Dylan Pritchett");
    private final Persona shane = cast.person("shane.whitlock", "Shane Whitlock");
    private final Persona niall = cast.person("niall.brophy", "Niall Brophy");
    private final Persona graham = cast.person("graham.ingleby", "Graham Ingleby");
    private final Persona bernadette = cast.person("bernadette.quayle", "Bernadette Quayle");

    // --- H. glaziers ---
    private final String glass = cast.guild(1338);
    private final Channel glAsk = cast.channel(glass, "Glass & Glazing: Glaziers' Room", "ask-a-glazier",
            "homeowners ask: misted units, stiff handles, draughts, cracked panes, doors that drop",
            "gl-ask-a-glazier.json");
    private final Channel glTrade = cast.channel(glass, "Glass & Glazing: Glaziers' Room", "glaziers-room",
            "glaziers among ourselves: suppliers, hardware, tricky fits, the trade", "gl-glaziers-room.json");
    private final Channel glStock = cast.channel(glass, "Glass & Glazing: Glaziers' Room", "offcuts-and-stock",
            "sell spare units, doors, hardware and offcuts: size, price, where", "gl-offcuts-and-stock.json");
    private final Channel glLounge = cast.channel(glass, "Glass & Glazing: Glaziers' Room", "lounge",
            "off-topic and general chat", "gl-lounge.json");
    private final Persona ian = cast.person("ian.cottam", "Ian Cottam");
    private final Persona rachel = cast.person("rachel.oyelaran", "Rachel Oyelaran");
    private final Persona vernon = cast.person("vernon.staniforth", "Vernon Staniforth");
    private final Persona sunil = cast.person("sunil.chaudhry", "Sunil Chaudhry");
    private final Persona brenda = cast.person("brenda.hulme", "Brenda Hulme");
    private final Persona ffion = cast.person("ffion.mathias", "Ffion Mathias");
    private final Persona kasia = cast.person("kasia.wrobel", "Kasia Wrobel");

    HeldOutScenes105Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        plumbers();
        masons();
        lofts();
        fitters();
        decorators();
        renovators();
        brickies();
        glaziers();
    }

    private void plumbers() {
        // W30
        say(1, "07:30", paParts, lydia, "Counter stock this week: combi filters back in, 22mm press fittings in "
                + "bulk, 10% off magnetic filters Monday to Wednesday. Full list: pipelinesupplies.example/weekly");
        Post siHello = say(1, "10:30", paBench, sian, "Hi all, Sian here. Went self-employed on Monday after six "
                + "years with a big firm. Gas Safe and unvented ticket, mostly boiler swaps around Stockport. Glad "
                + "to have somewhere to ask the daft questions.");
        Post gaHello = re(1, "10:45", gareth, siHello, "Welcome Sian. No daft questions in here, only daft "
                + "installs.");
        re(1, "11:00", sian, gaHello, "Ha, I've seen a few of those already.");
        Post moPressure = say(1, "14:00", paAsk, moira, "Our boiler pressure keeps dropping to about 0.5 every "
                + "couple of days. I top it up with the filling loop and it's fine for a bit. No puddles anywhere "
                + "that I can see. Is this urgent?");
        Post gaPressure = re(1, "14:30", gareth, moPressure, "Not an emergency, but water is going somewhere. Most "
                + "often it's the pressure relief valve dripping outside through the little copper pipe on the "
                + "wall, or a weeping radiator valve. Check that pipe outside for drips after you top up.");
        re(1, "15:10", darren, moPressure, "Boiler cover sorts all of this, £14 a month with unlimited callouts: "
                + "kilbeyheat.example/cover");
        Post moFound = re(1, "19:00", moira, gaPressure, "Found it, the little pipe outside is dripping. Thank "
                + "you!");
        Post gaPrv = re(1, "19:20", gareth, moFound, "That's the relief valve letting by. Usually the expansion "
                + "vessel has lost its charge as well, so have both looked at together. Short job.");
        Post moCover = re(2, "09:00", moira, gaPrv, "Do you cover Cheadle? I'd rather have the person who "
                + "explained it.");
        Post gaCheadle = re(2, "09:30", gareth, moCover, "I do. Thursday morning is free if that suits.");
        re(2, "09:40", moira, gaCheadle, "Thursday's great, I'll send you the address.");
        say(2, "08:00", paTea, darren, "Summer deal on my boiler cover, first month free for anyone who signs up "
                + "this week: kilbeyheat.example/cover");
        Post siChecklist = say(2, "12:00", paBench, sian, "First unvented cylinder swap on my own next week. "
                + "Anyone got a checklist they go through before signing off the paperwork?");
        Post niChecklist = re(2, "12:40", nikhil, siChecklist, "Tundish visible and discharging somewhere safe, D2 "
                + "length and fall, expansion vessel charge, then test the temperature and pressure relief. "
                + "Photograph the lot for the benchmark.");
        re(2, "13:00", sian, niChecklist, "Perfect, writing that down.");
        Post siTundish = say(3, "10:00", paParts, sian, "@Lydia Scobie do you keep 28mm tundishes on the shelf or "
                + "is it order in?");
        Post lyTundish = re(3, "10:20", lydia, siTundish, "Two on the shelf at the Stockport branch. I'll put one "
                + "behind the counter with your name on it.");
        re(3, "10:30", sian, lyTundish, "Legend, collecting at two.");
        say(3, "19:00", paBench, darren, "If your customers ask about cover, send them my way, I'll look after "
                + "them: kilbeyheat.example/cover");
        Post prCold = say(4, "11:00", paAsk, priya, "The radiator in our back bedroom is hot at the top and cold at "
                + "the bottom. I bled it and there was no air. Any ideas?");
        Post niCold = re(4, "11:45", nikhil, prCold, "Sounds like sludge sitting in the bottom of it. Take that "
                + "radiator off and hose it out in the garden. If several radiators do it, the whole system needs "
                + "cleaning.");
        re(4, "12:10", priya, niCold, "Just the one. Garden hose it is, thank you!");
        Post moFixed = say(5, "13:00", paAsk, moira, "Gareth came and replaced the valve and recharged the vessel "
                + "this morning, pressure steady all day. Recommend him to anyone in Cheadle.");
        moFixed.react("👍", nikhil, sian);
        re(5, "13:30", gareth, moFixed, "Thanks Moira, glad it's holding.");
        Post siVan = say(6, "08:10", paTea, sian, "Van got broken into last night, they took the press gun. Can "
                + "anyone recommend a decent van vault?");
        Post gaVault = re(6, "08:30", gareth, siVan, "I've had a steel box bolted through the floor for years, "
                + "nobody's managed it yet. And etch your postcode on every tool.");
        re(6, "08:45", darren, siVan, "Get one with its own alarm, mine's paid for itself twice.");
        // W31
        say(8, "07:30", paParts, lydia, "This week at the counter: unvented cylinders 150 and 210 litre in stock, "
                + "smart thermostats back, 10% off press fittings till Wednesday. Full list: "
                + "pipelinesupplies.example/weekly");
        Post siCylinder = say(8, "17:00", paBench, sian, "Did the cylinder today. Your checklist saved me, "
                + "@Nikhil Varma, caught a D2 run that would have failed.");
        re(8, "17:20", nikhil, siCylinder, "Nice one, first of many.");
        at(9, "08:00").in(paAsk).joins(ewan);
        Post ewRads = say(9, "08:30", paAsk, ewan, "Hi, just bought a 1930s semi. The radiators upstairs are hot "
                + "at the top and stone cold at the bottom, downstairs are fine. Boiler's a ten-year-old combi. "
                + "Where do I start?");
        Post daRads = re(9, "09:00", darren, ewRads, "Cold at the bottom is usually sludge. Look under the "
                + "boiler for a magnetic filter first: if it's full of black gunk, that's your answer. A chemical "
                + "clean and a flush sorts most systems that age.");
        Post siRads = re(9, "09:20", sian, ewRads, "Agree with Darren. If there's no filter under the boiler at "
                + "all, have one fitted while the system is cleaned, it stops it coming back.");
        re(9, "10:00", ewan, daRads, "There's no filter at all. So a clean plus a filter. Thanks both.");
        Post ewQuote = re(9, "10:10", ewan, siRads, "Would you quote for that? I'm in Bramhall.");
        Post siQuote = re(9, "10:40", sian, ewQuote, "Happy to. Chemical clean, flush and a magnetic filter is "
                + "usually £380 to £450 for a house that size. I could look on Friday.");
        re(9, "10:50", ewan, siQuote, "Friday works, see you then.");
        Post niAway = say(12, "09:00", paBench, nikhil, "Heads up, I'm off to Crete from Sunday, back on the 11th. "
                + "Gareth's covering my emergency callouts.");
        Post gaAway = re(12, "09:20", gareth, niAway, "Enjoy it. Send me the list of boilers under your warranty "
                + "just in case.");
        Post moSent = say(13, "10:00", paAsk, moira, "My neighbour asked who sorted our boiler, so I've sent her "
                + "Gareth's way.");
        re(13, "10:30", gareth, moSent, "Much appreciated Moira.");
        Post ewDone = say(14, "11:00", paAsk, ewan, "Upstairs radiators are hot top to bottom now. Thanks "
                + "@Sian Treharne, sorted in a day.");
        re(14, "11:30", sian, ewDone, "Glad it worked, enjoy the new house.");
        // W32
        say(15, "07:30", paParts, lydia, "This week: combi boilers on trade offer, flue kits, 15mm copper back to "
                + "normal price. Full list: pipelinesupplies.example/weekly");
        Post prService = say(16, "10:00", paAsk, priya, "@Nikhil Varma you did my neighbour's boiler last year, "
                + "could you service mine sometime in August?");
        Post gaService = re(16, "11:00", gareth, prService, "Nikhil's in Crete till the 11th, Priya. If it can't "
                + "wait I can fit you in.");
        re(16, "11:20", priya, gaService, "It can wait for him, thanks Gareth.");
        say(18, "09:00", paAsk, darren, "Anyone after boiler cover before the winter, the summer price runs till "
                + "Friday: kilbeyheat.example/cover");
        Post moPrice = say(18, "14:00", paAsk, moira, "What's a fair price for an annual boiler service these "
                + "days? Gareth's booked up till September and I'd like it done before then.");
        Post daPrice = re(18, "14:20", darren, moPrice, "I charge £70 for a combi service and could do next "
                + "week.");
        re(18, "14:40", sian, moPrice, "£65 to £80 is about right round here. I'm £70 as well.");
        Post moTuesday = re(18, "15:00", moira, daPrice, "Next Tuesday then please, I'll message you the "
                + "address.");
        re(18, "15:20", darren, moTuesday, "Booked in, Tuesday morning.");
        say(20, "16:00", paTea, nikhil, "Greek sun is fine but I miss the van. Not.");
    }

    private void masons() {
        // W30
        Post brDamp = say(1, "10:00", sbAsk, bryony, "Our cottage is 1840s rubble stone and someone repointed it "
                + "in cement in the eighties. The inside of the back wall is damp every winter. Is the cement to "
                + "blame?");
        Post alDamp = re(1, "10:40", alun, brDamp, "Very likely. Cement is harder and less breathable than the "
                + "stone, so water gets trapped behind it and comes through inside. Raking it out and repointing in "
                + "lime is the usual fix.");
        Post taDamp = re(1, "11:00", tamsin, brDamp, "Also look at the ground level outside that wall. If the "
                + "soil or a patio sits above the inside floor, that's half your damp right there.");
        re(1, "12:00", bryony, taDamp, "The patio is higher than the kitchen floor, now you mention it.");
        Post brRake = re(2, "09:00", bryony, alDamp, "Is raking out something I could do myself or does it need "
                + "a mason?");
        Post alRake = re(2, "09:30", alun, brRake, "You can rake out yourself with a plugging chisel if you go "
                + "gently, the edges of soft stone break easily. The pointing is where a day's training pays off.");
        Post brCourse = re(2, "10:00", bryony, alRake, "Is there anywhere that teaches that?");
        Post taCourse = re(2, "10:30", tamsin, brCourse, "I run one-day lime pointing courses at my yard near Hay, "
                + "the next is on 9 August: tamsinlime.example/courses. Or Alun might show you on your own wall.");
        re(2, "11:00", bryony, taCourse, "Booked on the 9th!");
        Post ruStone = say(3, "08:30", sbBanker, ruben, "Anyone got a source of Forest of Dean stone in small "
                + "lots? Garden wall repair that needs forty or so pieces.");
        Post heStone = re(3, "09:00", hector, ruStone, "I've about a tonne of reclaimed Forest stone off a barn, "
                + "you can pick through it. £180 a tonne.");
        say(3, "12:00", sbReclaim, hector, "In the yard this week: 300 Welsh slates 20x10 at £1.80 each, two "
                + "pallets of reclaimed Bath stone copings, a run of 1890s ridge tiles. Photos at "
                + "hectorreclaim.example/stock");
        Post clFlaking = say(4, "19:00", sbAsk, clive, "Our farmhouse has hard grey cement pointing and the stone "
                + "is flaking off around it. Do we take all the cement out or just around the bad bits?");
        Post ruFlaking = re(5, "08:00", ruben, clFlaking, "Where the stone is spalling, those areas first. Ideally "
                + "the whole elevation over time, because the cement sends the water into the stone instead. "
                + "Don't rush it in frost season.");
        re(5, "09:00", clive, ruFlaking, "Makes sense. We'll start with the west wall, it's the worst.");
        Post brPatio = say(7, "18:00", sbAsk, bryony, "Patio came up this weekend, soil down below the floor now. "
                + "The kitchen already feels drier.");
        re(7, "18:30", tamsin, brPatio, "Brilliant, that's a big win before you even touch the pointing.");
        // W31
        say(8, "07:10", sbBanker, ruben, "Started the churchyard wall in Ledbury today. I'm taking it down course "
                + "by course and numbering every stone.");
        at(8, "08:00").in(sbIntro).joins(imogen);
        Post imHello = say(8, "09:00", sbIntro, imogen, "Hi all, I'm Imogen. Just finished my banker masonry "
                + "qualification and set up on my own near Shrewsbury, carving and repairs. Some of my work: "
                + "imogenstone.example");
        Post alHello = re(8, "09:30", alun, imHello, "Welcome Imogen! Good to have another carver about.");
        re(8, "10:00", imogen, alHello, "Thank you, I'll be asking lots.");
        say(8, "16:40", sbBanker, ruben, "First day done on my Ledbury wall. I reckon I'll need about a third new "
                + "stone.");
        say(9, "07:05", sbBanker, ruben, "My mix for this job is one to two and a half hot lime with a sharp local "
                + "sand. I'm happy with my colour match.");
        Post clTool = say(9, "12:00", sbAsk, clive, "@Ruben Castell what do you use to get the cement out without "
                + "breaking the stone?");
        say(9, "17:30", sbBanker, ruben, "Rain stopped me at two. I got my hessian over it in time at least.");
        say(10, "07:00", sbBanker, ruben, "Back at it. I've got my lower courses rebuilt to the old line.");
        Post ruTool = re(10, "12:30", ruben, clTool, "A thin plugging chisel and a lump hammer, working from the "
                + "middle of the joint outwards. Never an angle grinder on soft stone.");
        re(10, "13:00", clive, ruTool, "Chisel it is, thanks.");
        Post imSeal = say(10, "14:00", sbBanker, imogen, "Carving question: what do you all use to seal a carved "
                + "sandstone plaque outdoors, or do you leave it bare?");
        Post taSeal = re(10, "14:30", tamsin, imSeal, "Leave it bare. Anything that seals it traps salts and the "
                + "face pops off in a few winters.");
        re(10, "14:50", alun, imSeal, "Bare. Pick a good bed of stone and set it the way it lay in the quarry, "
                + "that does more than any sealer.");
        re(10, "15:10", imogen, taSeal, "Bare it is. Thank you.");
        say(10, "18:00", sbBanker, ruben, "My labourer's off sick so I'm on my own till Monday. Slow going but I'm "
                + "getting there.");
        say(10, "19:00", sbReclaim, hector, "New in the yard: sandstone walling from a byre, 40 reclaimed oak "
                + "lintels, Welsh slates still going. Photos at hectorreclaim.example/stock");
        Post ruDate = say(11, "07:20", sbBanker, ruben, "I found a carved date stone in the core of my wall, 1782. "
                + "I'm keeping it for the church.");
        ruDate.react("👍", alun);
        re(11, "09:00", tamsin, ruDate, "What a find! Get a photo to the diocese archivist.");
        say(11, "17:45", sbBanker, ruben, "Through stones in on my side, I've set them every metre like the "
                + "original.");
        say(12, "08:00", sbBanker, ruben, "Saturday on my own wall again, I'd rather finish before my forecast "
                + "turns.");
        Post brDeep = say(12, "10:00", sbAsk, bryony, "Raked out the back wall this week, some joints are 60mm "
                + "deep. Do I fill them in one go?");
        Post taDeep = re(12, "10:40", tamsin, brDeep, "No, pack the deep ones in two or three layers a day apart "
                + "and tamp each back before it goes hard. We'll do exactly that on the 9th.");
        re(12, "11:00", bryony, taDeep, "I'll wait for the course then.");
        say(12, "17:00", sbBanker, ruben, "I've topped out my first ten metres. My back is telling me all about "
                + "it.");
        say(13, "12:00", sbBanker, ruben, "I'm pricing copings for my next section, I might use Hector's.");
        Post clPallet = say(13, "14:00", sbReclaim, clive, "Looking for about 200 reclaimed sandstone pieces to "
                + "patch a farmhouse in north Shropshire. Anyone?");
        Post hePallet = re(13, "14:30", hector, clPallet, "A pallet of red sandstone walling from a demolished "
                + "byre, roughly 250 pieces, £220. I can deliver for £40.");
        re(13, "15:00", clive, hePallet, "Sounds right, I'll come and look on Monday.");
        // W32
        say(15, "11:00", sbReclaim, imogen, "Carved sandstone house-sign blank, 600x200, £85. Or I'll carve your "
                + "house name on it for £240: imogenstone.example/signs");
        Post clCrumble = say(16, "09:00", sbAsk, clive, "Took the worst cement off the west wall. Some stones are "
                + "crumbling badly behind it. Replace or repair?");
        Post ruCrumble = re(16, "09:40", ruben, clCrumble, "If it's lost more than a third of its face, cut it "
                + "out and indent new stone. Less than that, a lime mortar repair is fine. Post a photo if you're "
                + "unsure and I'll say which.");
        re(16, "19:00", clive, ruCrumble, "Makes sense, I'll check each one tonight. Thanks.");
        say(17, "10:00", sbReclaim, hector, "This week: the last of the Forest stone, a pair of carved gate piers, "
                + "lime putty in tubs. Photos at hectorreclaim.example/stock");
        Post ruDone = say(17, "17:00", sbBanker, ruben, "Finished the Ledbury wall today. The church warden came "
                + "round and thanked us, which was nice.");
        Post alDone = re(17, "17:30", alun, ruDone, "Good work. That date stone was some find.");
        Post taBarn = say(19, "09:00", sbBanker, tamsin, "Anyone free for a week in September? Big barn repoint "
                + "near Hay and I need a second pair of hands.");
        Post imBarn = re(19, "09:30", imogen, taBarn, "I'd love to, if you don't mind me being new to big lime "
                + "jobs.");
        re(19, "10:00", tamsin, imBarn, "Best way to learn. I'll message you the dates.");
        Post brDid = say(20, "18:00", sbAsk, bryony, "Did Tamsin's course today. Pointed a practice wall, and now "
                + "I understand why you all say not to rush it.");
        Post taDid = re(20, "18:30", tamsin, brDid, "You were a natural. Send a photo once the back wall is "
                + "done.");
        re(20, "18:45", bryony, taDid, "Will do!");
    }

    private void lofts() {
        // W30
        say(1, "08:00", skNews, fiona, "Morning all. Scaffold for the Chorlton and Sale jobs goes up this week. "
                + "Owen is on site in Chorlton from Tuesday.");
        Post haTent = say(1, "19:00", skDiaries, harriet, "Week two of our dormer. The roof's open at the back "
                + "under sheeting and the kids think it's a tent. Bit nervous about the rain on Thursday.");
        Post owTent = re(1, "19:30", owen, haTent, "The sheeting's double-lapped and weighted, Harriet, it's been "
                + "through worse. I'll check it Wednesday evening before the rain.");
        re(1, "19:45", harriet, owTent, "Thank you, that helps me sleep.");
        Post haRad = say(2, "09:00", skAsk, harriet, "Can we choose where the radiator goes in the loft, or is that "
                + "fixed by the plumbing?");
        Post fiRad = re(2, "09:30", fiona, haRad, "You can choose within reason. Owen will mark the options on the "
                + "wall on Thursday and you pick.");
        re(2, "09:40", harriet, fiRad, "Great.");
        at(3, "09:00").in(skAsk).joins(leela);
        Post leHip = say(3, "09:20", skAsk, leela, "Hi, Duncan next door had his loft done by you last year and "
                + "it's lovely. We've got a 1930s semi with a hip roof. Do you do hip-to-gable conversions, and "
                + "roughly how long do they take?");
        Post rhHip = re(3, "10:00", rhys, leHip, "Hi Leela, yes, hip-to-gables are about half our work. Usually "
                + "seven to nine weeks on site once the drawings and building control are done. Fiona can book a "
                + "free survey to look at your roof.");
        Post leYes = re(3, "10:20", leela, rhHip, "Yes please, we're free most evenings.");
        re(3, "10:40", fiona, leYes, "I'll message you some dates today.");
        Post fiSlots = say(3, "14:00", skDm, fiona, "Hi Leela, survey slots: Tuesday 29th at 6pm or Thursday 31st "
                + "at 5:30pm. Which suits?");
        Post leSlot = re(3, "18:00", leela, fiSlots, "Tuesday at 6 please, we'll both be in.");
        re(3, "18:20", fiona, leSlot, "Booked. Rhys will come round.");
        Post duYear = say(4, "20:00", skDiaries, duncan, "Our loft is a year old this week. Still the best room in "
                + "the house. I sent Leela next door your way too, @Rhys Cadogan.");
        duYear.react("❤️", fiona, owen);
        re(4, "20:30", rhys, duYear, "Thank you Duncan, that means a lot. Glad the room's still earning its "
                + "keep.");
        say(5, "09:00", skNews, rhys, "Summer offer for surveys booked before the end of August: we'll upgrade your "
                + "roof windows to the larger size at no extra cost. Details: skywardlofts.example/offer");
        Post maBoxes = say(6, "10:00", skDiaries, marek, "Three weeks living in our finished loft. Tip for anyone "
                + "mid-build: the eaves cupboards are deeper than you think, measure before you buy storage.");
        Post haBoxes = re(6, "10:30", harriet, maBoxes, "Ooh good tip, which boxes did you get?");
        re(6, "11:00", marek, haBoxes, "The long low ones from the big blue shop, the 80cm ones fit perfectly.");
        say(7, "12:00", skNews, fiona, "Chorlton update: steels go in on Monday with a crane on the street for a "
                + "few hours, and the neighbours have had a letter. I'm on leave Monday to Friday next week; Rhys "
                + "has the bookings.");
        // W31
        Post haSteels = say(8, "17:00", skDiaries, harriet, "Steels in! The crane was the most exciting thing to "
                + "happen on our road in years.");
        Post owSteels = re(8, "17:30", owen, haSteels, "Smoothest lift of the summer. Dormer framing starts "
                + "Wednesday.");
        owSteels.react("🙌", harriet);
        Post haScaffold = say(9, "10:00", skAsk, harriet, "@Owen Tully when does the scaffold come down at ours? "
                + "We've family staying on the 9th and the front path is blocked.");
        Post leBc = say(9, "21:00", skAsk, leela, "Survey done tonight, thanks Rhys. Is it normal for building "
                + "control to take four weeks?");
        Post rhBc = re(10, "08:30", rhys, leBc, "Four to five weeks for full plans is normal round here, Leela. "
                + "We can start the party wall notices meanwhile so no time is lost.");
        re(10, "08:50", leela, rhBc, "Good, let's do that.");
        say(10, "12:00", skNews, owen, "Sale job: roof tiles arrive Wednesday, please keep the driveway clear "
                + "for the lorry.");
        Post maArt = say(11, "19:00", skDiaries, marek, "Finally hung the pictures in the loft. Took us a month to "
                + "decide.");
        maArt.react("❤️", harriet);
        maArt.react("👍", duncan, owen);
        Post duLadder = say(11, "20:00", skChat, duncan, "Anyone want a loft ladder, nearly new? Ours has been in "
                + "the garage since the stairs went in.");
        Post haLadder = re(11, "20:15", harriet, duLadder, "We'll have stairs, but Leela might want it for her "
                + "garage loft?");
        Post leLadder = re(11, "20:40", leela, duLadder, "Yes please, I'll pop round for it.");
        re(11, "21:00", duncan, leLadder, "It's by the side gate whenever you like.");
        haLadder.react("👍", leela);
        Post duCrack = say(12, "09:00", skAsk, duncan, "Question for the team: there's a hairline crack where the "
                + "new plasterboard meets the old ceiling on the landing. Normal settling?");
        Post rhCrack = re(12, "10:00", rhys, duCrack, "Normal, Duncan, the new timber dries out over the first "
                + "year or two. We'll fill and paint it for you, Owen can pop round.");
        re(12, "10:20", duncan, rhCrack, "Great, thanks Rhys.");
        Post owScaffold = re(12, "18:00", owen, haScaffold, "Sorry Harriet, I've been flat out on the Sale roof. "
                + "Scaffold comes down on the 7th, so the path is clear for your family.");
        re(12, "18:20", harriet, owScaffold, "Phew, thanks.");
        Post owCrack = say(13, "09:00", skAsk, owen, "@Duncan Ainslie I can fill that crack on Saturday the 9th, "
                + "morning?");
        re(13, "10:00", duncan, owCrack, "Saturday morning is good.");
        // W32
        say(15, "08:30", skNews, fiona, "Back at my desk, thanks Rhys for holding the fort. Chorlton scaffold "
                + "comes down Thursday as planned.");
        Post lePw = say(15, "12:00", skAsk, leela, "Party wall notice sent to the other neighbour. What happens if "
                + "they don't reply within 14 days?");
        Post fiPw = re(15, "12:30", fiona, lePw, "Then it counts as a dispute and a surveyor is appointed, but it's "
                + "usually a formality. Most people sign once Rhys pops round to explain.");
        re(15, "12:45", leela, fiPw, "Thanks, I'll let you know.");
        Post haWatertight = say(16, "18:00", skDiaries, harriet, "Dormer's watertight and the scaffold's going. "
                + "Stairs next week!");
        haWatertight.react("🎉", owen, fiona);
        haWatertight.react("👏", marek);
        say(17, "09:00", skNews, rhys, "Two weeks left to book a survey with the larger roof windows thrown in: "
                + "skywardlofts.example/offer");
        Post haMove = say(18, "10:00", skAsk, harriet, "Owen said the stairs go in next week. Will we have to move "
                + "out for a day?");
        Post fiMove = re(18, "10:20", fiona, haMove, "Only for the day the hole's cut through, Harriet. Owen will "
                + "confirm which day.");
        Post owMove = re(18, "11:00", owen, haMove, "Tuesday. Doors off, dust sheets up, back in by tea time.");
        re(18, "11:20", harriet, owMove, "Perfect, thanks both.");
        fiMove.react("👍", harriet);
        Post leSigned = say(19, "19:00", skAsk, leela, "The other neighbour signed the party wall form today!");
        re(19, "19:30", fiona, leSigned, "Brilliant news. I'll pencil you in for October.");
        Post duFilled = say(20, "12:00", skDiaries, duncan, "Owen filled the crack this morning, you can't even "
                + "see it.");
        re(20, "12:30", rhys, duFilled, "Glad to hear it, thanks for letting us in.");
        Post maJoiner = say(20, "18:00", skChat, marek, "Can anyone recommend a joiner for built-in wardrobes under "
                + "the eaves? The Skyward lads did the room but not the furniture.");
        Post haJoiner = re(20, "18:30", harriet, maJoiner, "We've got one coming next month, I'll send you his "
                + "number once he's been.");
        re(20, "18:45", marek, haJoiner, "Thanks!");
        say(21, "08:00", skNews, owen, "Chorlton stairs go in Tuesday; Sale job is on its last week.");
    }

    private void fitters() {
        // W30
        Post aiParquet = say(1, "18:00", flAsk, aisha, "Moving into a flat with old parquet under the carpet. Is "
                + "it worth sanding, or too far gone when some blocks are loose?");
        Post naParquet = re(1, "18:30", nathan, aiParquet, "Loose blocks can usually be lifted, cleaned off and "
                + "stuck back down. Unless the wood's worn down to the tongues, sanding brings it back. Put a few "
                + "photos up and I'll tell you.");
        Post aiPhotos = re(1, "21:00", aisha, naParquet, "Here's the living room, about twenty loose blocks near "
                + "the door.");
        Post naSavable = re(2, "07:30", nathan, aiPhotos, "That's very savable. Sand, re-stick the loose ones and "
                + "two coats of hardwax oil. Good floor.");
        Post aiQuote = re(2, "08:00", aisha, naSavable, "Brilliant. Would you quote? We're in Headingley.");
        Post naQuote = re(2, "08:20", nathan, aiQuote, "Happy to, I can look Thursday evening.");
        re(2, "08:30", aisha, naQuote, "Thursday works.");
        Post goSeams = say(3, "09:00", flAsk, gordon, "Our kitchen vinyl is lifting along the seams after two "
                + "years. Can it be re-glued or is it new floor time?");
        Post keSeams = re(3, "09:30", kelly, goSeams, "Seams can often be re-glued if the vinyl hasn't shrunk. If "
                + "the gap is more than a couple of mm, it has. Which way does the room face?");
        Post goGlass = re(3, "10:00", gordon, keSeams, "The whole back is glass and south-facing.");
        Post keGlass = re(3, "10:20", kelly, goGlass, "That'll be it, sun shrinks the cheaper sheet vinyl. LVT "
                + "with a proper adhesive copes much better.");
        Post goGallery = re(3, "10:40", gordon, keGlass, "Do you have photos of LVT kitchens you've done? I'd like "
                + "to see it before we decide.");
        Post keGallery = re(3, "11:00", kelly, goGallery, "Sure, here's my gallery: kellyfloors.example/kitchens. "
                + "The third one faces south like yours.");
        Post goMeasure = re(3, "11:30", gordon, keGallery, "The grey oak one is lovely. Could you come and "
                + "measure?");
        Post keMeasure = re(3, "11:45", kelly, goMeasure, "Next Wednesday morning?");
        re(3, "12:00", gordon, keMeasure, "Done.");
        Post aiThanks = say(5, "20:00", flAsk, aisha, "Nathan sanded our parquet this week and it looks new. Thank "
                + "you!");
        re(5, "20:30", nathan, aiThanks, "Pleasure, it was a lovely floor to work on.");
        Post caFurniture = say(7, "11:00", flAsk, carla, "How soon after a carpet is laid can the furniture go "
                + "back? The fitter left in a hurry.");
        Post joFurniture = re(7, "11:30", jodie, caFurniture, "Straight away for most carpet. If it was glued "
                + "down over underfloor heating, give it a day.");
        re(7, "11:45", carla, joFurniture, "Thank you!");
        // W31
        Post naOil = say(8, "07:00", flTrade, nathan, "Hardwax oil question: anyone found one that doesn't yellow "
                + "on pale oak?");
        Post teOil = re(8, "07:30", terrence, naOil, "The Danish one stays clear, three thin coats.");
        re(8, "07:45", nathan, teOil, "Ordering some, cheers.");
        Post naGrit = say(8, "12:00", flTrade, nathan, "And what grit are you all finishing on for oak? I've been "
                + "stopping at 120.");
        Post keGrit = re(8, "12:30", kelly, naGrit, "120 then a buffer with a 150 screen.");
        re(8, "12:45", nathan, keGrit, "The screen's the bit I skip, will try it.");
        Post naEdger = say(9, "07:30", flKit, nathan, "Selling my old edger, serviced in spring, £450. Collection "
                + "Leeds.");
        Post caPine = say(9, "09:00", flAsk, carla, "Can anyone recommend someone to sand and refinish pine "
                + "floorboards in north Leeds? Three bedrooms.");
        Post teEdger = re(9, "09:30", terrence, naEdger, "Tempting. Does it come with the dust bag?");
        Post naBag = re(9, "09:50", nathan, teEdger, "Dust bag and a box of discs.");
        Post teStairs = say(10, "13:00", flTrade, terrence, "Anyone got a trick for sanding stair treads without "
                + "the edger marks?");
        Post naStairs = re(10, "13:20", nathan, teStairs, "A card scraper on the last pass, then hand sand with the "
                + "grain. Slow but clean.");
        re(10, "13:40", terrence, naStairs, "Old school. I'll try it.");
        re(11, "08:00", terrence, caPine, "@Nathan Blakey does sanding round north Leeds, he did a lovely parquet "
                + "in Headingley last week.");
        Post naTickets = say(11, "12:00", flSmoko, nathan, "Leeds fans: season ticket price rise, discuss.");
        Post teTickets = re(11, "12:20", terrence, naTickets, "Daylight robbery.");
        re(11, "12:40", nathan, teTickets, "Still renewing though, aren't we.");
        Post naCounter = say(12, "07:00", flTrade, nathan, "Anyone else finding the trade counter at the big "
                + "merchant slow lately? Forty minutes for a tin of oil.");
        Post keCounter = re(12, "07:20", kelly, naCounter, "Go first thing, it's dead before 7.");
        re(12, "07:40", nathan, keCounter, "Will do, cheers.");
        say(12, "19:00", flAsk, carla, "While I wait: is it worth sanding the stair treads as well, or just "
                + "painting them?");
        Post teDeal = re(13, "10:00", terrence, naBag, "Still got the edger? I'll take it for £420 if you'll meet "
                + "me halfway.");
        re(13, "10:30", nathan, teDeal, "Deal, Wednesday at my unit.");
        // W32
        Post naPine = re(15, "08:00", nathan, caPine, "Sorry for the slow reply Carla, I've been flat out. Pine "
                + "boards come up beautifully, and the treads are worth sanding too if they're not split. I can "
                + "look this week if you're still after someone.");
        Post caThursday = re(15, "08:30", carla, naPine, "Yes please, Thursday?");
        re(15, "08:45", nathan, caThursday, "Thursday at 5.");
        Post keRoll = say(19, "09:00", flKit, kelly, "Roll end of grey marble-effect vinyl, 4x3m, £50. Would suit a "
                + "utility room.");
        Post caRoll = re(19, "10:00", carla, keRoll, "Is it still going? Perfect for our downstairs loo.");
        re(19, "10:20", kelly, caRoll, "Yours, collection from Horsforth.");
        say(20, "17:00", flAsk, carla, "Nathan's been round and the boards are going to look amazing. Booked for "
                + "the end of August.");
    }

    private void decorators() {
        // W30
        Post heMould = say(1, "09:00", deAsk, helen, "Painting a north-facing bathroom. Is there a paint that won't "
                + "go mouldy in a year? The last one did.");
        Post paMould = re(1, "09:40", paula, heMould, "A proper bathroom paint with a fungicide helps, but the real "
                + "fix is ventilation. Is there an extractor, and does it get used?");
        Post heFan = re(1, "10:00", helen, paMould, "There's one, but it's weak and noisy so nobody switches it "
                + "on.");
        re(1, "10:30", paula, heFan, "That's your mould. Fit a quiet extractor on a humidity sensor, then mould-wash "
                + "the walls before you paint.");
        Post coCeiling = re(2, "08:00", connor, heMould, "Agree with Paula. I'd do the ceiling in bathroom paint "
                + "too, mould starts up there first.");
        Post jaRate = say(2, "12:00", deTrade, jamal, "What are you all charging a day now? I'm on £200 and feel "
                + "like I'm behind.");
        Post paRate = re(2, "12:30", paula, jaRate, "£220 to £250 round here for a time-served decorator. Price "
                + "the job rather than the day where you can.");
        re(2, "12:45", connor, jaRate, "£230, and I've stopped day rates for wallpaper, it's per roll now.");
        re(2, "13:00", jamal, paRate, "Right, putting it up in September.");
        re(3, "09:00", helen, coCeiling, "@Connor Rafferty would you use the same paint on the ceiling as on the "
                + "walls, or a separate ceiling one?");
        Post coBrush = say(4, "08:00", deTrade, connor, "Anyone tried the new synthetic brushes that claim to hold "
                + "like bristle? Mine shed like a dog.");
        Post jaBrush = re(4, "08:30", jamal, coBrush, "The purple ones are decent. The cheap ones are a waste.");
        re(4, "08:45", connor, jaBrush, "Purple ones it is.");
        Post paHall = say(5, "10:00", deCover, paula, "Got a big Victorian hallway and stairs in Didsbury in two "
                + "weeks, need a second pair of hands for four days. £230 a day.");
        Post jaHall = re(5, "10:20", jamal, paHall, "I'm in.");
        re(5, "10:40", paula, jaHall, "Brilliant, I'll send you the address.");
        Post stPrimer = say(6, "11:00", deAsk, stephen, "Do I need a special primer on new plaster, or can I just "
                + "water down some emulsion?");
        Post jaPrimer = re(6, "11:30", jamal, stPrimer, "A mist coat of watered-down contract matt works fine on "
                + "new plaster. Avoid vinyl paints for that first coat, they sit on top and peel.");
        re(6, "11:45", stephen, jaPrimer, "Contract matt mist coat it is, thanks.");
        Post coArtex = say(7, "18:00", deTrade, connor, "Wallpaper job from hell today: lining paper on a ceiling "
                + "over artex.");
        re(7, "18:20", paula, coArtex, "Brave man.");
        // W31
        at(8, "08:00").in(deIntro).joins(abi);
        Post abHello = say(8, "08:30", deIntro, abi, "Hi all, Abi here. Just finished my apprenticeship and going "
                + "it alone round Salford, mostly interiors and a bit of wallpaper. Nice to find a corner of the "
                + "internet for decorators.");
        Post paHello = re(8, "09:00", paula, abHello, "Welcome Abi! Shout if you get a job you're unsure how to "
                + "price.");
        re(8, "09:10", jamal, abHello, "Welcome.");
        re(8, "09:20", abi, paHello, "Will do, thank you!");
        at(8, "09:45").in(deTrade).joins(gideon);
        say(8, "10:00", deTrade, gideon, "Hi all, Gideon from Aldercroft Paints. Our new trade range is in, 20% off "
                + "your first order this month: aldercroft.example/trade-range");
        Post giDm = say(9, "11:00", deDm, gideon, "Hi Abi, saw your intro. Starting out is the best time to open a "
                + "trade account with us: 20% off your first order and free delivery over £150. Sign up here: "
                + "aldercroft.example/trade-account");
        re(9, "18:00", abi, giDm, "Thanks, I'll have a look when I've a bit more work in.");
        Post coLate = re(9, "12:00", connor, heMould, "Sorry Helen, missed your question. Same bathroom paint on "
                + "both, no need for a separate ceiling one.");
        re(9, "12:30", helen, coLate, "Great, one tin it is.");
        Post abRepeat = say(10, "13:00", deTrade, abi, "How do you price a wallpaper job with a big pattern repeat? "
                + "Quoted by the roll and lost money on my first one.");
        Post paRepeat = re(10, "13:30", paula, abRepeat, "Allow for waste on big repeats, I add a roll in five, and "
                + "price hanging per roll with a minimum.");
        re(10, "13:45", abi, paRepeat, "A roll in five, got it.");
        Post giCover = say(11, "08:00", deCover, gideon, "If you're busy this summer, stock up now: "
                + "aldercroft.example/trade-range 20% off ends 31 August.");
        Post paAdvert = re(11, "08:30", paula, giCover, "This room's for passing on work, Gideon, not adverts.");
        re(11, "09:00", gideon, paAdvert, "Sorry, noted.");
        Post stPatchy = say(12, "10:00", deAsk, stephen, "Mist coat done, but the top coat is patchy. Two coats or "
                + "more?");
        Post abPatchy = re(12, "10:30", abi, stPatchy, "Two full coats usually, and cut in and roll one wall at a "
                + "time so the edges stay wet. Patchy after one coat is normal.");
        re(12, "17:00", stephen, abPatchy, "Second coat looks even. Thanks Abi.");
        Post jaStretford = say(13, "09:00", deCover, jamal, "Can't take a kitchen and diner in Stretford, the "
                + "customer wants it done by the 20th. Anyone?");
        Post abStretford = re(13, "09:30", abi, jaStretford, "I can, I'm free that week.");
        re(13, "09:45", jamal, abStretford, "Sending them your number.");
        // W32
        Post heDone = say(15, "10:00", deAsk, helen, "Bathroom done with the new extractor and the bathroom paint. "
                + "Thanks Paula and Connor, it already feels drier.");
        re(15, "10:30", paula, heDone, "Great stuff.");
        heDone.react("👍", connor);
        Post giFeedback = say(16, "09:00", deTrade, gideon, "Has anyone had colour-match problems with the "
                + "Aldercroft trade range? I'd like to hear the bad as well as the good.");
        Post coWhite = re(16, "09:30", connor, giFeedback, "Only tried the white. Covered in two, no complaints.");
        re(16, "09:45", gideon, coWhite, "Good to hear, thanks Connor.");
        Post paDidsbury = say(17, "18:00", deCover, paula, "Didsbury job done. Jamal's cutting in is better than "
                + "mine.");
        re(17, "18:20", jamal, paDidsbury, "Ha, hardly. Thanks for having me.");
        Post stFeature = say(18, "11:00", deAsk, stephen, "Thinking of a dark feature wall in the lounge. Does dark "
                + "paint need more coats?");
        Post coFeature = re(18, "11:30", connor, stFeature, "Usually three, or tint the undercoat grey first and "
                + "you'll get away with two.");
        re(18, "11:45", stephen, coFeature, "Grey undercoat, noted. Thanks.");
        Post abMonth = say(19, "18:00", deTrade, abi, "First month on my own done. Booked through September, "
                + "thanks to Jamal's Stretford job.");
        abMonth.react("🎉", paula, jamal, connor);
        re(19, "18:30", paula, abMonth, "Brilliant start.");
    }

    private void renovators() {
        // W30
        Post meLath = say(1, "10:00", trQ, megan, "Found lath and plaster behind the woodchip in the back bedroom. "
                + "Do I have to take it all down to skim?");
        Post grLath = re(1, "10:30", greta, meLath, "No, if it's sound you can line and skim. Push on it: where it "
                + "flexes or sounds hollow in big patches, those bits come down. This guide on lime plaster is good: "
                + "historicengland.example/lime-plaster");
        re(1, "11:00", megan, grLath, "Mostly solid, two hollow patches by the window. Thanks!");
        Post paDust = say(2, "09:00", trQ, pawel, "How do you all deal with the dust from chasing walls? The whole "
                + "house is coated.");
        Post grDust = re(2, "09:30", greta, paDust, "Dust sheets taped over the door frames and a cheap fan in the "
                + "window blowing out. This zip door kit works: dustwall.example/zip-door");
        re(2, "09:45", pawel, grDust, "Ordering the zip door, thanks.");
        Post luTiles = say(3, "18:00", trProgress, lucy, "Hallway tiles uncovered! Original Victorian geometric "
                + "under three layers of lino.");
        luTiles.react("😍", tariq);
        luTiles.react("🔥", megan);
        re(3, "18:40", greta, luTiles, "Gorgeous pattern!");
        Post taWall = say(4, "09:00", trQ, tariq, "Does building control need to see a knocked-through wall if it's "
                + "not load bearing?");
        Post grWall = re(4, "09:30", greta, taWall, "Not usually, but get an engineer to confirm it isn't load "
                + "bearing, in writing, first. The planning portal has a page on it: "
                + "planningportal.example/internal-walls");
        re(4, "09:45", tariq, grWall, "Makes sense, I'll get a letter.");
        Post meToast = say(4, "19:00", trOff, megan, "Who else has eaten nothing but toast for a fortnight "
                + "because the kitchen's out?");
        re(4, "19:45", greta, meToast, "The air fryer got us through ours.");
        Post grSteamer = say(5, "12:00", trTools, greta, "Has anyone got a wallpaper steamer I could borrow for a "
                + "weekend?");
        Post taSteamer = re(5, "12:30", tariq, grSteamer, "Mine's yours, I'll drop it round Saturday.");
        re(5, "12:45", greta, taSteamer, "You're a star.");
        say(5, "15:00", trTools, pawel, "I can lend a drum sander from mid-August if anyone needs one.");
        Post luFire = say(6, "10:00", trQ, lucy, "What's the best way to strip paint off original cast iron "
                + "fireplaces?");
        Post grFire = re(6, "10:30", greta, luFire, "Gel stripper and patience, or send it off to be dipped. Don't "
                + "blast the decorative ones. This thread has photos: fireplaceforum.example/stripping");
        re(6, "10:45", lucy, grFire, "Gel it is.");
        Post meHair = say(7, "11:00", trQ, megan, "Is it normal for old lime plaster to have horse hair in it?");
        Post grHair = re(7, "11:20", greta, meHair, "Completely normal, it's what holds it together.");
        re(7, "11:40", megan, grHair, "Ha, that explains the smell when I wet it.");
        Post grSash = say(7, "17:00", trProgress, greta, "Our sash windows are back from the joiner, first time "
                + "they've opened in decades.");
        grSash.react("🎉", lucy, megan, tariq);
        // W31
        say(8, "18:00", trProgress, lucy, "Fireplace stripped with the gel, the cast iron detail's coming "
                + "through.");
        Post olQuarry = say(8, "19:00", trQ, ollie, "Just bought a 1900s terrace and starting on the kitchen. The "
                + "old quarry tiles are cracked in places, can I tile over them?");
        Post taQuarry = re(8, "19:30", tariq, olQuarry, "If they're solid and flat, yes, with a flexible adhesive "
                + "and a primer. If they're loose or the floor's damp, take them up. Old quarry floors often have "
                + "no damp proofing under them.");
        re(8, "19:45", ollie, taQuarry, "Cheers.");
        Post luCracked = say(9, "18:00", trProgress, lucy, "Hallway tiles cleaned, two cracked ones to replace.");
        Post olLoad = say(9, "20:00", trQ, ollie, "How do I find out if a wall is load bearing? I want to knock "
                + "the kitchen through.");
        Post taLoad = re(9, "20:30", tariq, olLoad, "Look at which way the floor joists above run and whether they "
                + "sit on it. But get a structural engineer, it's about £250 and it'll save you a ceiling.");
        re(9, "20:45", ollie, taLoad, "Ta.");
        Post olSockets = say(10, "19:00", trQ, ollie, "Which plaster for patching round new sockets in old lime "
                + "walls?");
        Post grSockets = re(10, "19:20", greta, olSockets, "A lime-based patching plaster, not gypsum, or it'll "
                + "crack and the lime behind will stay damp.");
        re(10, "19:40", ollie, grSockets, "ok");
        Post taLevel = say(10, "20:00", trQ, tariq, "Quick one: anyone found a good way to level a sloping kitchen "
                + "floor before tiling? Mine drops 20mm over three metres.");
        Post olBitumen = say(11, "08:00", trQ, ollie, "What's the best way to get old bitumen adhesive off "
                + "floorboards?");
        Post grBitumen = re(11, "08:30", greta, olBitumen, "A heat gun and a scraper, then a sander with coarse "
                + "paper. Keep the windows open.");
        grBitumen.react("👍", ollie);
        Post meLevel = re(12, "09:00", megan, taLevel, "Self-levelling compound after a primer coat. I did 15mm in "
                + "our kitchen in two pours.");
        re(12, "09:20", tariq, meLevel, "Two pours, good shout.");
        Post olLoft = say(12, "10:00", trQ, ollie, "Is it ok to put a combi boiler in the loft?");
        Post taLoft = re(12, "10:30", tariq, olLoft, "It's allowed, but you'll need a fixed ladder, a light and "
                + "boarding for the engineer. Most people regret it. Ask your heating engineer.");
        re(12, "10:45", ollie, taLoft, "cheers");
        say(12, "18:00", trProgress, greta, "@Ollie Brennock how did you get on with the quarry tiles, did you "
                + "keep them in the end?");
        Post luStairs = say(13, "18:00", trProgress, lucy, "Stairs stripped, knackered but happy.");
        luStairs.react("👏", megan);
        Post paAway = say(13, "20:00", trOff, pawel, "Floor's coming up on the whole ground floor next week, so "
                + "we're moving in with my parents until the 10th. Back online after that, probably.");
        Post luRail = say(14, "17:00", trProgress, lucy, "Picture rail up in the front room. It finally looks like "
                + "a Victorian room again.");
        luRail.react("❤️", greta);
        luRail.react("👍", tariq);
        say(14, "17:30", trProgress, lucy, "Next week: the bathroom. Wish me luck.");
        // W32
        say(16, "10:00", trTools, megan, "@Pawel Nowicki is the drum sander still up for lending? I'd need it from "
                + "the 18th.");
        Post olPaint = say(16, "19:00", trQ, ollie, "What's the best paint for a kitchen ceiling?");
        Post mePaint = re(16, "19:30", megan, olPaint, "Kitchen and bathroom matt, it's wipeable.");
        re(16, "19:40", ollie, mePaint, "ta");
        Post luJoists = say(17, "10:00", trQ, lucy, "Bathroom floor joists are rotten at the ends by the outside "
                + "wall. Sister them or replace?");
        Post taJoists = re(17, "10:30", tariq, luJoists, "Sister them if the rot is only at the ends and you've "
                + "fixed the cause. Check the airbricks outside aren't blocked, that's usually why.");
        say(21, "12:10", trTools, pawel, "Sorry @Megan Caddick, been away at my parents'. The sander's free from "
                + "Monday, come and grab it.");
    }

    private void brickies() {
        // W30
        Post leHeat = say(1, "07:00", brBrew, lee, "Roasting on the scaffold today. Anyone else retarding their "
                + "mortar in this heat?");
        Post kwHeat = re(1, "07:30", kwame, leHeat, "Retarder, and damp the bricks down, or it's going off before "
                + "you've buttered the next one.");
        re(1, "07:45", lee, kwHeat, "Damping the pallets down now.");
        say(1, "12:00", brPics, shane, "Feature panel I did on a new build in Bolton. Give my Instagram a follow "
                + "lads, trying to get to 2k: instagram.example/shanebricks");
        at(2, "07:30").in(brWork).joins(graham);
        say(2, "08:00", brBrew, shane, "Follow my page if you want to see more, all my jobs go up there: "
                + "instagram.example/shanebricks");
        Post grJob = say(2, "09:00", brWork, graham, "Self-builder in Wigan. Need a brickie or a gang for a 3-bed "
                + "detached, facing brick and block, about 14,000 bricks. Starting early September. Rates and "
                + "availability please.");
        Post kwJob = re(2, "09:40", kwame, grJob, "We'd be interested. Four of us, £480 per thousand laid for the "
                + "facings, block by the square metre. Free from the 1st of September, happy to come and look at "
                + "the drawings.");
        re(2, "10:00", shane, grJob, "Have a look at my Instagram first mate, all my work's on there. Give it a "
                + "follow.");
        Post grSat = re(2, "10:30", graham, kwJob, "Great, could you come Saturday?");
        re(2, "10:45", kwame, grSat, "Saturday at 10.");
        Post niLabourer = say(3, "18:00", brBrew, niall, "What's everyone paying a labourer now? Mine wants £180 a "
                + "day.");
        Post leLabourer = re(3, "18:30", lee, niLabourer, "£160 to £180 round Manchester. Good ones are worth it.");
        re(3, "18:45", niall, leLabourer, "He is good. Paying it.");
        Post leMixer = say(4, "09:00", brKit, lee, "Selling a petrol mixer, runs sweet, £220, Bury.");
        Post niMixer = re(4, "09:30", niall, leMixer, "Still got it? I'll take it Friday.");
        re(4, "09:45", lee, niMixer, "It's yours.");
        Post kwArch = say(5, "19:00", brPics, kwame, "Arched window heads on a barn conversion. Took us a week but "
                + "worth it.");
        kwArch.react("🔥", lee);
        kwArch.react("👏", dylan);
        Post dyArch = re(5, "19:30", dylan, kwArch, "Proper work that. Did you use a timber former?");
        re(5, "19:45", kwame, dyArch, "Plywood, cut on site, with a bit of sand in the joints so it comes off "
                + "clean.");
        Post grPicked = say(6, "12:00", brWork, graham, "Kwame came round and we're going with his gang. Thanks "
                + "all.");
        grPicked.react("🙏", kwame);
        Post dyFree = say(7, "08:00", brBrew, dylan, "Rain's off for the weekend. Anyone need a hand Saturday? I'm "
                + "free.");
        Post niFree = re(7, "08:30", niall, dyFree, "Could use you on a garden wall in Prestwich, £150 for the "
                + "day.");
        re(7, "08:45", dylan, niFree, "Done, send me the address.");
        // W31
        Post shBlocks = say(8, "12:00", brBrew, shane, "Anyone tried the new lightweight blocks? My back wants to "
                + "know.");
        Post leBlocks = re(8, "12:20", lee, shBlocks, "They're good, cut like butter.");
        re(8, "12:40", shane, leBlocks, "Cheers Lee, ordering some.");
        Post grFootings = say(9, "18:00", brWork, graham, "Do I need a brickie or a groundworker to set out the "
                + "footings? Engineer's drawings are done.");
        Post kwFootings = re(9, "18:30", kwame, grFootings, "The groundworker digs and pours, we set out from the "
                + "pegs. Ask your groundworker for a proper setting-out, it saves arguments later.");
        re(9, "18:45", graham, kwFootings, "Sorted, thanks.");
        Post dyBond = say(10, "17:00", brPics, dylan, "Flemish bond garden wall in Prestwich, my first in ages.");
        Post niBond = re(10, "17:30", niall, dyBond, "Crisp joints.");
        re(10, "17:45", dylan, niBond, "Cheers, your job.");
        say(12, "09:00", brKit, kwame, "Set of profile boards and corner blocks, £40, Wigan.");
        Post leAway = say(13, "18:00", brBrew, lee, "Off to Tenerife for a week from Monday, phone off.");
        re(13, "18:20", kwame, leAway, "Enjoy it.");
        Post shPanel = say(14, "10:00", brPics, shane, "Herringbone panel on a porch today, first time trying it.");
        Post kwPanel = re(14, "10:30", kwame, shPanel, "Tidy. Keep the joints that tight on the next one.");
        re(14, "10:45", shane, kwPanel, "Cheers Kwame.");
        // W32
        at(15, "08:00").in(brPics).joins(bernadette);
        Post beShow = say(15, "08:30", brPics, bernadette, "Hi all, site manager at Holcroft Homes. Wanted to "
                + "share the finished front of our Astley show home, the gang did a cracking job on the soldier "
                + "courses.");
        beShow.react("👍", kwame);
        Post dyPitch = re(15, "09:00", dylan, beShow, "Nice work. If you need another gang for the next phase, me "
                + "and my lad are £420 a thousand and free from September, dm me.");
        re(16, "08:00", bernadette, dyPitch, "Thanks Dylan, we're covered this year.");
        Post beSnag = say(16, "09:00", brWork, bernadette, "We do need two brickies for a week on a snagging list "
                + "across phase one in Astley: pointing repairs and damaged bricks. Week of the 18th. Rates "
                + "please.");
        Post niSnag = re(16, "09:30", niall, beSnag, "Available the 18th to the 22nd, £200 a day each with my "
                + "mate.");
        re(16, "09:45", kwame, beSnag, "Booked at Graham's from September but free that week, £210 a day.");
        re(16, "10:00", dylan, beSnag, "Same week works for me, £190 a day.");
        re(16, "11:00", bernadette, niSnag, "Niall, you're on. I'll send the details.");
        Post grPoured = say(17, "16:00", brPics, graham, "Footings poured! Kwame's lot start in September.");
        grPoured.react("🎉", kwame);
        Post kwLime = say(18, "07:00", brBrew, kwame, "Anyone got a lime mix they trust for repointing? Doing a "
                + "bit on an old house for a neighbour.");
        Post dyLime = re(18, "07:30", dylan, kwLime, "One to two and a half NHL 3.5 with a soft building sand.");
        re(18, "07:45", kwame, dyLime, "Ta.");
        say(19, "12:00", brKit, shane, "Two brick stands and a banker board, £30 the lot, Bolton.");
        Post leBack = say(21, "18:00", brBrew, lee, "Back, brown and broke. What did I miss?");
        re(21, "18:20", niall, leBack, "Heatwave, a dead mixer and Dylan quoting everyone.");
    }

    private void glaziers() {
        // W30
        Post veWait = say(1, "08:00", glTrade, vernon, "Anyone else waiting three weeks for sealed units from the "
                + "big factory? Customers are getting twitchy.");
        Post iaWait = re(1, "08:30", ian, veWait, "Four weeks for us. I've moved the small orders to the "
                + "independent in Oldham, ten days.");
        re(1, "08:45", vernon, iaWait, "Will give them a ring, cheers.");
        Post veGear = say(2, "09:00", glTrade, vernon, "Does anyone stock the old espag gearboxes? Got a 2004 "
                + "window that's seized.");
        Post suGear = re(2, "09:30", sunil, veGear, "The universal ones fit most of that age, measure the backset "
                + "first.");
        re(2, "09:45", vernon, suGear, "35mm backset. Ordering one.");
        Post bePanes = say(2, "12:00", glAsk, brenda, "Two of our double-glazed units have gone misty between the "
                + "panes. Do I need new windows or just the glass?");
        Post iaPanes = re(2, "12:30", ian, bePanes, "Just the glass units, as long as the frames are sound. Have a "
                + "glazier measure the glass rather than the frame, it's usually a short job.");
        Post beMeasure = re(2, "13:00", brenda, iaPanes, "The frames are fine, only eight years old. Would you "
                + "measure them for me? We're in Sale.");
        Post iaMeasure = re(2, "13:20", ian, beMeasure, "Yes, I can pop round Thursday afternoon.");
        re(2, "13:30", brenda, iaMeasure, "Thursday's good.");
        Post kaHinge = say(3, "10:00", glAsk, kasia, "What are the little hinges on uPVC windows called? One's "
                + "snapped and the window won't shut properly.");
        Post suHinge = re(3, "10:30", sunil, kaHinge, "Friction stays. Measure the length of the track and check "
                + "whether the stack height is 13 or 17mm. These help: hingeguide.example/friction-stays "
                + "hingeguide.example/measuring windowparts.example/stays-13mm windowparts.example/stays-17mm");
        Post kaOrdered = re(3, "11:30", kasia, suHinge, "13mm with a 400mm track. Ordered a pair.");
        re(3, "11:45", sunil, kaOrdered, "Swap both sides while you're at it.");
        Post raAshes = say(4, "18:00", glLounge, rachel, "Anyone watching the Ashes highlights tonight?");
        re(4, "18:20", ian, raAshes, "Wouldn't miss it.");
        Post iaOffcuts = say(5, "09:00", glStock, ian, "Spare 4mm toughened offcuts, various sizes, free to anyone "
                + "in south Manchester.");
        Post raOffcuts = re(5, "09:30", rachel, iaOffcuts, "I'll take a few for a shed window.");
        re(5, "09:45", ian, raOffcuts, "Come by whenever, they're by the gate.");
        Post ffDoor = say(6, "10:00", glAsk, ffion, "Our back door drops and scrapes when it's warm. Is it the "
                + "hinges?");
        Post raDoor = re(6, "10:30", rachel, ffDoor, "Usually the glass needs repacking, toe and heel, so it holds "
                + "the frame square. Adjusting the hinges only buys you a few weeks. A glazier can repack it in "
                + "under an hour.");
        Post ffAlty = re(6, "11:00", ffion, raDoor, "Would you do it? I'm in Altrincham.");
        Post raAlty = re(6, "11:20", rachel, ffAlty, "Yes, I'm in Altrincham on Tuesday, I'll message you a time.");
        re(6, "11:30", ffion, raAlty, "Lovely, thank you.");
        Post raComposite = say(7, "09:00", glTrade, rachel, "A new range of composite doors is coming in next month "
                + "from my supplier. Anyone fitted them?");
        Post iaComposite = re(7, "09:30", ian, raComposite, "Fitted a few. Good locks, heavy though.");
        re(7, "09:45", rachel, iaComposite, "Heavy I can live with, thanks.");
        // W31
        Post beSister = say(8, "19:00", glAsk, brenda, "Ian fitted our new units and we can see the garden again! "
                + "I've given my sister your number, @Ian Cottam, her conservatory's the same.");
        re(8, "19:30", ian, beSister, "Thanks Brenda, I'll look out for her call.");
        say(9, "09:00", glLounge, rachel, "Spare doors in at my unit, clearing space: "
                + "rachelglazing.example/stock/anthracite-door £450 fitted");
        say(9, "09:02", glLounge, rachel, "rachelglazing.example/stock/oak-effect-door also £450");
        say(9, "09:03", glLounge, rachel, "rachelglazing.example/stock/side-panel £120");
        Post raBifold = say(9, "09:05", glLounge, rachel, "And a couple of bifold sets going cheap: "
                + "rachelglazing.example/stock/bifold");
        Post suRoom = re(9, "09:20", sunil, raBifold, "Wrong room for these Rachel, offcuts-and-stock is the "
                + "place.");
        re(9, "09:25", rachel, suRoom, "Oops, moving them.");
        say(9, "09:30", glStock, rachel, "Moved from the lounge: two composite doors £450 fitted, a side panel "
                + "£120 and bifolds, all at rachelglazing.example/stock");
        Post ffRepacked = say(10, "18:00", glAsk, ffion, "Rachel repacked the door and it shuts like new.");
        ffRepacked.react("👍", rachel, ian);
        Post suListed = say(10, "09:00", glTrade, sunil, "Anyone had a customer insist on triple glazing in a "
                + "listed building? The conservation officer said no.");
        Post veListed = re(10, "09:30", vernon, suListed, "Slim double units are usually the compromise they'll "
                + "accept.");
        re(10, "09:45", sunil, veListed, "Good call, I'll suggest it.");
        re(11, "10:00", kasia, suHinge, "Friction stays fitted, the window shuts perfectly now. Knowing the name "
                + "made it so easy to order.");
        Post raHandle = say(12, "08:00", glTrade, rachel, "Customer's handle spins without opening the door. "
                + "Gearbox or cylinder?");
        Post iaHandle = re(12, "08:30", ian, raHandle, "Nine times out of ten the gearbox. Check the spindle isn't "
                + "just slipping first.");
        re(12, "08:45", rachel, iaHandle, "Gearbox it was. Cheers Ian.");
        Post veTeam = say(13, "10:00", glTrade, vernon, "Busy summer. Anyone else struggling to find fitters?");
        Post suTeam = re(13, "10:30", sunil, veTeam, "Everyone is. Apprentices are the only way I've managed.");
        re(13, "10:45", vernon, suTeam, "Might have to go that way.");
        // W32
        Post ffDrip = say(16, "09:00", glAsk, ffion, "Any idea why condensation forms on the inside of our new "
                + "windows every morning?");
        Post iaDrip = re(16, "09:30", ian, ffDrip, "New windows seal the house better, so the moisture that used to "
                + "escape through draughts stays in. Open the trickle vents and run the extractor when cooking "
                + "and showering.");
        re(16, "09:45", ffion, iaDrip, "The trickle vents were shut! Thanks.");
        say(18, "08:15", glAsk, vernon, "staniforthglazing.example/jobs we're hiring an experienced fitter, van "
                + "supplied, Stockport based.");
        Post suStays = say(19, "12:00", glStock, sunil, "Pair of 1200mm friction stays, 17mm stack, spare from a "
                + "job, £15.");
        Post raStays = re(19, "12:30", rachel, suStays, "I'll have those for a job next week.");
        re(19, "12:45", sunil, raStays, "Yours, I'll leave them at the counter.");
        Post beSisterDone = say(21, "10:00", glAsk, brenda, "My sister's conservatory is booked in with Ian for "
                + "September. Thanks again.");
        re(21, "10:30", ian, beSisterDone, "Looking forward to it.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes105Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 105");
    }
}
