package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 126 (sealed): eight communities of archaeology, field survey and the trades around land and digs, of
 * kinds no earlier round used (freelance finds specialists, Spoil Heap Specialists, with a room where units and
 * researchers ask and a reference shelf; geophysical surveyors, Gradient Club, with a room where landowners, agents
 * and local groups ask, a kit-exchange room and a surveyor who spends a week selling his old gradiometer cart to
 * fellow surveyors while a returning land-agent client and a village history society wait for him; a metal-detecting
 * club, Clayfield & District Detectorists, with a finds-liaison room, a detecting video maker and a coin dealer who
 * joins; a commercial archaeology unit's own server, Harrow Vale Archaeology, with its Team and its Clients; a training
 * excavation's own server, Castle Knowe Field School, with its Staff, its Students and a student's DM to the director;
 * a community villa dig's volunteers, Brockholes Villa Dig, where nobody sells; land agents and rural surveyors,
 * Boundary Stone, with a contractors' corner where an archaeology unit's business developer and a drone surveyor
 * offer work; archaeological illustrators, Scale Bar, with a commissions room where a society's publications manager
 * and an author ask and a newcomer's DM pitch), over three ISO weeks (2033-W09 to W11), written and labelled by
 * writer126 (session 59) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-126.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes126Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2033, 2, 28);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2033, 3, 21, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-126";
    private static final int BASE = 98800;

    // --- A. freelance finds specialists ---
    private final String spoil = cast.guild(1541);
    private final Channel spRoom = cast.channel(spoil, "Spoil Heap Specialists", "specialists-room",
            "freelance finds specialists among ourselves: fabrics, fees, backlogs and reports", "sp-specialists-room.json");
    private final Channel spUnits = cast.channel(spoil, "Spoil Heap Specialists", "units-ask",
            "units, project officers and researchers ask about finds work and post assessments they need; "
                    + "specialists reply", "sp-units-ask.json");
    private final Channel spShelf = cast.channel(spoil, "Spoil Heap Specialists", "reference-shelf",
            "papers, type series and guides worth knowing", "sp-reference-shelf.json");
    private final Persona ysolde = cast.person("ysolde.kerrigan", "Ysolde Kerrigan");
    private final Persona barnaby = cast.person("barnaby.quist", "Barnaby Quist");
    private final Persona tamsin = cast.person("tamsin.okafor", "Tamsin Okafor");
    private final Persona cormac = cast.person("cormac.tully", "Cormac Tully");
    private final Persona elspeth = cast.person("elspeth.varga", "Elspeth Varga");
    private final Persona naveen = cast.person("naveen.charlton", "Naveen Charlton");
    private final Persona rhiannon = cast.person("rhiannon.deakin", "Rhiannon Deakin");
    private final Persona gideon = cast.person("gideon.faulks", "Gideon Faulks");

    // --- B. geophysical surveyors ---
    private final String gradient = cast.guild(1542);
    private final Channel gcRoom = cast.channel(gradient, "Gradient Club", "surveyors-room",
            "geophysical surveyors among ourselves: kit, data, weather and fees", "gc-surveyors-room.json");
    private final Channel gcAsk = cast.channel(gradient, "Gradient Club", "survey-requests",
            "landowners, agents, developers and local groups ask about geophysical survey; surveyors reply",
            "gc-survey-requests.json");
    private final Channel gcKit = cast.channel(gradient, "Gradient Club", "kit-exchange",
            "buy and sell used survey kit", "gc-kit-exchange.json");
    private final Persona dominic = cast.person("dominic.askew", "Dominic Askew");
    private final Persona priya = cast.person("priya.venkatesh", "Priya Venkatesh");
    private final Persona rollo = cast.person("rollo.hendry", "Rollo Hendry");
    private final Persona magnus = cast.person("magnus.thorley", "Magnus Thorley");
    private final Persona clemency = cast.person("clemency.arden", "Clemency Arden");
    private final Persona oswin = cast.person("oswin.baxendale", "Oswin Baxendale");
    private final Persona juniper = cast.person("juniper.hale", "Juniper Hale");

    // --- C. metal-detecting club ---
    private final String clayfield = cast.guild(1543);
    private final Channel cdGeneral = cast.channel(clayfield, "Clayfield & District Detectorists", "general",
            "club chat", "cd-general.json");
    private final Channel cdFinds = cast.channel(clayfield, "Clayfield & District Detectorists", "finds-of-the-week",
            "show what you dug up this week", "cd-finds-of-the-week.json");
    private final Channel cdFlo = cast.channel(clayfield, "Clayfield & District Detectorists", "finds-liaison",
            "ask our Finds Liaison Officer about recording finds and the Treasure Act", "cd-finds-liaison.json");
    private final Channel cdPerm = cast.channel(clayfield, "Clayfield & District Detectorists", "permissions-and-digs",
            "farm permissions, club digs and sign-ups", "cd-permissions-and-digs.json");
    private final Persona esther = cast.person("esther.mabry", "Esther Mabry");
    private final Persona reg = cast.person("reg.pilkington", "Reg Pilkington");
    private final Persona donal = cast.person("donal.fairweather", "Donal Fairweather");
    private final Persona kai = cast.person("kai.lindgren", "Kai Lindgren");
    private final Persona sunita = cast.person("sunita.rao", "Sunita Rao");
    private final Persona bethan = cast.person("bethan.coles", "Bethan Coles");
    private final Persona merrick = cast.person("merrick.vale", "Merrick Vale");

    // --- D. a commercial archaeology unit's own server ---
    private final String harrow = cast.guild(1544);
    private final Role hvTeam = cast.role("Team", "#2e7d32", 2);
    private final Role hvClient = cast.role("Client", "#8d6e63", 1);
    private final Channel hvNews = cast.channel(harrow, "Harrow Vale Archaeology", "announcements",
            "news from Harrow Vale Archaeology", "hv-announcements.json");
    private final Channel hvDesk = cast.channel(harrow, "Harrow Vale Archaeology", "client-desk",
            "clients ask about projects, reports and quotes; the Harrow Vale team answers", "hv-client-desk.json");
    private final Channel hvSite = cast.channel(harrow, "Harrow Vale Archaeology", "site-talk",
            "chat for everyone: digs, finds and the weather", "hv-site-talk.json");
    private final Persona lachlan = cast.person("lachlan.morrow", "Lachlan Morrow", hvTeam);
    private final Persona anika = cast.person("anika.sorensen", "Anika Sorensen", hvTeam);
    private final Persona teodor = cast.person("teodor.novak", "Teodor Novak", hvTeam);
    private final Persona gareth = cast.person("gareth.pennock", "Gareth Pennock", hvClient);
    private final Persona imogen = cast.person("imogen.radcliffe", "Imogen Radcliffe", hvClient);
    private final Persona bronwen = cast.person("bronwen.iles", "Bronwen Iles", hvClient);
    private final Persona stanley = cast.person("stanley.oduya", "Stanley Oduya");

    // --- E. a training excavation's own server ---
    private final String knowe = cast.guild(1545);
    private final Role ckStaff = cast.role("Staff", "#1565c0", 2);
    private final Role ckStudent = cast.role("Student", "#f9a825", 1);
    private final Channel ckNotices = cast.channel(knowe, "Castle Knowe Field School", "notices",
            "field school notices from the staff", "ck-notices.json");
    private final Channel ckTrench = cast.channel(knowe, "Castle Knowe Field School", "trench-talk",
            "students and staff: questions about the dig, kit and learning", "ck-trench-talk.json");
    private final Channel ckCommon = cast.channel(knowe, "Castle Knowe Field School", "common-room",
            "off-topic", "ck-common-room.json");
    private final Persona aurelia = cast.person("aurelia.penrose", "Aurelia Penrose", ckStaff);
    private final Persona finlay = cast.person("finlay.rusk", "Finlay Rusk", ckStaff);
    private final Persona wren = cast.person("wren.maddox", "Wren Maddox", ckStaff);
    private final Persona maeve = cast.person("maeve.donnelly", "Maeve Donnelly", ckStudent);
    private final Persona caspar = cast.person("caspar.whitlow", "Caspar Whitlow", ckStudent);
    private final Persona jasmine = cast.person("jasmine.achebe", "Jasmine Achebe", ckStudent);
    private final Persona ravi = cast.person("ravi.kapoor", "Ravi Kapoor", ckStudent);
    private final Channel ckDm = cast.dm(maeve, "ck-dm-maeve-donnelly.json");

    // --- F. a community villa dig's volunteers ---
    private final String brockholes = cast.guild(1546);
    private final Channel bvChat = cast.channel(brockholes, "Brockholes Villa Dig", "dig-chat",
            "volunteers' chat", "bv-dig-chat.json");
    private final Channel bvFinds = cast.channel(brockholes, "Brockholes Villa Dig", "finds-tray",
            "finds processing questions", "bv-finds-tray.json");
    private final Channel bvOpen = cast.channel(brockholes, "Brockholes Villa Dig", "open-day",
            "planning the open day on 19 March; sign-up form for helpers", "bv-open-day.json");
    private final Persona morwenna = cast.person("morwenna.tait", "Morwenna Tait");
    private final Persona cuthbert = cast.person("cuthbert.haigh", "Cuthbert Haigh");
    private final Persona ffion = cast.person("ffion.jarvis", "Ffion Jarvis");
    private final Persona aled = cast.person("aled.brandreth", "Aled Brandreth");
    private final Persona prudence = cast.person("prudence.kemble", "Prudence Kemble");
    private final Persona hamish = cast.person("hamish.drury", "Hamish Drury");
    private final Persona kit = cast.person("kit.sandoval", "Kit Sandoval");

    // --- G. land agents and rural surveyors ---
    private final String boundary = cast.guild(1547);
    private final Channel bsDesk = cast.channel(boundary, "Boundary Stone", "agents-desk",
            "land agents and rural surveyors: planning, estates, tenancies and who to call", "bs-agents-desk.json");
    private final Channel bsCorner = cast.channel(boundary, "Boundary Stone", "contractors-corner",
            "archaeologists, ecologists and other contractors say who they are and what they offer",
            "bs-contractors-corner.json");
    private final Channel bsGeneral = cast.channel(boundary, "Boundary Stone", "general", "anything else",
            "bs-general.json");
    private final Persona araminta = cast.person("araminta.coyle", "Araminta Coyle");
    private final Persona bertram = cast.person("bertram.loxley", "Bertram Loxley");
    private final Persona sian = cast.person("sian.mowbray", "Sian Mowbray");
    private final Persona declan = cast.person("declan.ashcombe", "Declan Ashcombe");
    private final Persona nell = cast.person("nell.harcastle", "Nell Harcastle");
    private final Persona vaughan = cast.person("vaughan.petrie", "Vaughan Petrie");
    private final Persona ivo = cast.person("ivo.castellan", "Ivo Castellan");
    private final Persona zofia = cast.person("zofia.brennick", "Zofia Brennick");

    // --- H. archaeological illustrators ---
    private final String scaleBar = cast.guild(1548);
    private final Channel sbBoard = cast.channel(scaleBar, "Scale Bar", "drawing-board",
            "archaeological illustrators among ourselves: pens, software, conventions and rates",
            "sb-drawing-board.json");
    private final Channel sbCommissions = cast.channel(scaleBar, "Scale Bar", "commissions",
            "units, authors and journals ask about illustration and post drawing work; illustrators reply",
            "sb-commissions.json");
    private final Channel sbPortfolio = cast.channel(scaleBar, "Scale Bar", "portfolio",
            "show your latest plates and reconstructions", "sb-portfolio.json");
    private final Persona odette = cast.person("odette.falkner", "Odette Falkner");
    private final Persona jem = cast.person("jem.pascoe", "Jem Pascoe");
    private final Persona rosalie = cast.person("rosalie.ng", "Rosalie Ng");
    private final Persona hartley = cast.person("hartley.gwynn", "Hartley Gwynn");
    private final Persona delphine = cast.person("delphine.mayhew", "Delphine Mayhew");
    private final Persona emrys = cast.person("emrys.hawley", "Emrys Hawley");
    private final Channel sbDm = cast.dm(delphine, "sb-dm-delphine-mayhew.json");

    private HeldOutScenes126Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        specialists();
        surveyors();
        detectorists();
        unit();
        fieldSchool();
        villaDig();
        landAgents();
        illustrators();
    }

    /** A. Spoil Heap Specialists: Cormac talks about himself in W09; Elspeth only takes in W10 and gives in W11. */
    private void specialists() {
        // W09
        Post ysTable = say(1, "09:10", spRoom, ysolde, "Morning all. Anyone else drowning in March assessments? I've got "
                + "four boxes of Severn Valley ware on the kitchen table.");
        Post baNails = re(1, "09:30", barnaby, ysTable, "Three evaluations' worth of nails here. Nails, nails, nails.");
        re(1, "09:45", tamsin, baNails, "At least nails don't smell. I've got a pit full of horse.");
        Post naAshby = say(1, "11:00", spUnits, naveen, "Westmere Archaeology here. We've a 12-trench evaluation near "
                + "Ashby with about 600 sherds, mostly Roman we think. Anyone free for an assessment by the end of March?");
        Post ysAshby = re(1, "11:40", ysolde, naAshby, "Naveen, I can take it. 600 sherds is about four days for an "
                + "assessment with the report. Send me the context list?");
        re(1, "12:05", naveen, ysAshby, "Brilliant, emailing it now. Thanks Ysolde.");
        Post coChart = say(2, "10:00", spRoom, cormac, "Finished my bowl-form chart for the Severn pipes at last. I've "
                + "spent three winters on it and I think it's the best thing I've made. My own type series now runs to "
                + "140 forms and I've dated every one of them from my own excavated groups.");
        Post taChart = re(2, "10:20", tamsin, coChart, "Well done, that's a lot of winters.");
        re(2, "10:30", cormac, taChart, "It is. I started it when I went freelance and I've kept at it every evening. My "
                + "partner says I talk about pipes more than I talk to her. I'm giving a paper on it at my society in "
                + "May, my first in ten years.");
        Post rhHorse = say(2, "14:00", spUnits, rhiannon, "Tor Valley Heritage post-ex here: can anyone recommend a "
                + "specialist for a small group of medieval horse gear? Six pieces, X-rayed already.");
        Post baHorse = re(2, "14:25", barnaby, rhHorse, "That's me. Buckles and harness pendants are my favourite "
                + "thing. My rates and turnaround are here: https://quistfinds.example/rates and I'm happy to look at "
                + "the X-rays first for free.");
        re(2, "14:50", rhiannon, baHorse, "Perfect, I'll send the X-rays tonight.");
        Post elHello = say(3, "09:15", spRoom, elspeth, "Hello, I'm Elspeth. I went freelance in January doing CBM and "
                + "fired clay. Glad to find you all.");
        re(3, "09:30", ysolde, elHello, "Welcome Elspeth! Shout if you need anything.");
        re(3, "09:40", barnaby, elHello, "Welcome! Good to have someone doing tile again.");
        Post taHorn = say(3, "16:00", spShelf, tamsin, "The new guide to recording cattle horn cores is out, free PDF: "
                + "https://zooarch-guides.example/horn-cores");
        re(3, "16:20", ysolde, taHorn, "Saving that, thank you.");
        Post coBook = say(4, "10:00", spRoom, cormac, "I'm thinking of putting my pipe chart in a little book. I'd do "
                + "the drawings myself, I've drawn every bowl in my collection, and my photos are better than the ones "
                + "in the old guides.");
        Post baBook = re(4, "10:30", barnaby, coBook, "Worth talking to a county society about printing it.");
        re(4, "10:45", cormac, baBook, "Maybe. I'd rather keep it mine. I did the hard part myself and I know my forms "
                + "better than anyone. I've already mocked up my cover and my first chapter.");
        Post giData = say(4, "13:00", spUnits, gideon, "PhD student here, working on Roman pottery in the Welsh "
                + "Marches. Is it OK to ask specialists for unpublished assessment data, or is that rude?");
        Post ysData = re(4, "13:30", ysolde, giData, "Not rude at all, but ask the unit that holds the archive first, "
                + "the data is theirs. Then tell the specialist you've asked. Happy to help with mine.");
        re(4, "13:50", gideon, ysData, "That's really helpful, thank you.");
        Post taVisits = say(5, "11:00", spRoom, tamsin, "Question for the room: how is everyone charging for site "
                + "visits now? Half-day rate, or mileage plus hourly?");
        re(5, "11:20", ysolde, taVisits, "Half day plus mileage for me.");
        re(5, "11:35", barnaby, taVisits, "Mileage plus hourly, but I round up.");
        re(5, "12:00", cormac, taVisits, "I don't do site visits, I only work from my own desk. My rate is my rate, I "
                + "set it when I started and I've never changed it.");
        say(6, "10:00", spRoom, cormac, "Finished photographing my last twenty bowls today. I'm proud of my lighting "
                + "rig, I built it myself from my old enlarger.");
        // W10
        Post elBrick = say(8, "09:30", spRoom, elspeth, "Quick one: how do you all record brick fabrics in an "
                + "assessment, by weight or by count? My first unit job wants both and I'm not sure how to lay it out.");
        Post ysBrick = re(8, "10:00", ysolde, elBrick, "Both, in one table: fabric, form, count, weight in grams, then "
                + "a notes column. I'll put my template on the reference shelf.");
        say(8, "10:05", spShelf, ysolde, "My assessment table template, free for anyone to use: "
                + "https://docs.example/ysolde-assessment-template");
        re(8, "10:20", elspeth, ysBrick, "Thank you!");
        Post naMore = say(8, "14:00", spUnits, naveen, "Update from Ashby: the county asked for two more trenches. "
                + "@Ysolde Kerrigan could you add about 150 sherds to the quote?");
        Post ysMore = re(8, "14:30", ysolde, naMore, "Yes, add a day at the same rate.");
        re(8, "14:45", naveen, ysMore, "Great, thanks.");
        Post baStore = say(9, "11:00", spRoom, barnaby, "Anyone been to the new store at Hallam? They're asking "
                + "specialists to book a week ahead now.");
        re(9, "11:15", tamsin, baStore, "Went Friday. Booking's easy, parking isn't.");
        Post elTile = say(10, "10:00", spRoom, elspeth, "Another question, sorry: is there a standard list of Roman "
                + "tile forms I should use, or does each unit want its own?");
        Post ysTile = re(10, "10:20", ysolde, elTile, "Use Brodribb's forms and say so in the method, units are happy "
                + "with that. If they want their own codes, map them in an appendix.");
        re(10, "10:35", elspeth, ysTile, "Thanks Ysolde.");
        Post giWrox = say(11, "09:00", spUnits, gideon, "Does anyone know whether the Wroxeter samian archive is open "
                + "to researchers yet?");
        Post baWrox = re(11, "09:40", barnaby, giWrox, "It reopened in January, you book through the museum's "
                + "research desk.");
        re(11, "09:55", gideon, baWrox, "Thanks!");
        Post elRecs = say(12, "10:00", spRoom, elspeth, "Last one this week, I promise: what do people put in the "
                + "recommendations section when the CBM group is tiny?");
        Post ysRecs = re(12, "10:30", ysolde, elRecs, "Say it's recorded in full and needs no further work, and "
                + "recommend discarding the undiagnostic pieces with the unit's agreement. Short is fine.");
        re(12, "10:40", elspeth, ysRecs, "Perfect, thanks.");
        Post coGoat = say(13, "10:00", spRoom, cormac, "@Tamsin Okafor is the horn-core guide any good on goat? I've "
                + "a pit group with pipes and goat horn together.");
        Post taGoat = re(13, "10:30", tamsin, coGoat, "Yes, goat and sheep both, section 4.");
        re(13, "10:40", cormac, taGoat, "Cheers Tamsin.");
        // W11
        Post rhApril = say(15, "09:30", spUnits, rhiannon, "@Elspeth Varga are you taking on CBM in April? A small "
                + "Roman building, about 80kg of tile.");
        Post elApril = re(15, "10:00", elspeth, rhApril, "Yes, I'd love to. I'll email you my rate and a start date "
                + "today.");
        re(15, "10:10", rhiannon, elApril, "Lovely.");
        Post giBudget = say(16, "11:00", spUnits, gideon, "How long should I expect an assessment of 200 sherds to "
                + "take? I'm planning my fieldwork budget.");
        Post elBudget = re(16, "11:25", elspeth, giBudget, "For tile, a day or so. For pottery Ysolde will know "
                + "better, but I'd budget two days for 200 sherds with the report.");
        say(16, "11:40", spUnits, ysolde, "Two days is right for pottery, Gideon.");
        re(16, "11:50", gideon, elBudget, "Thank you both!");
        Post baLeather = say(17, "10:00", spRoom, barnaby, "Anyone know a conservator who'll take waterlogged "
                + "leather? Mine's retired.");
        Post elLeather = re(17, "10:20", elspeth, baLeather, "Fenby Conservation did some shoes for my old unit, "
                + "they were great.");
        re(17, "10:30", barnaby, elLeather, "Thanks Elspeth, I'll ring them.");
        Post ysDone = say(18, "14:00", spRoom, ysolde, "Ashby assessment done and sent. Mostly Severn Valley ware "
                + "after all, with a bit of samian.");
        re(18, "14:20", tamsin, ysDone, "Well done!");
        Post naThanks = say(19, "10:00", spUnits, naveen, "Thanks @Ysolde Kerrigan for the Ashby report, the county "
                + "archaeologist signed it off in a day.");
        re(19, "10:30", ysolde, naThanks, "That's great to hear, thanks Naveen.");
        Post coPrinted = say(20, "10:00", spRoom, cormac, "The county society is printing my chart after all. Thanks "
                + "for the nudge, Barnaby.");
        re(20, "10:20", barnaby, coPrinted, "Great news!");
    }

    /** B. Gradient Club: Dominic spends W10 selling his old cart to fellow surveyors while his client waits. */
    private void surveyors() {
        // W09
        Post maFrost = say(1, "08:50", gcRoom, magnus, "Frost's gone from the low fields at last. Anyone back out "
                + "with a mag yet?");
        re(1, "09:10", dominic, maFrost, "Out Thursday near Tarporley, six hectares of pasture. Fingers crossed for no "
                + "new fences.");
        re(1, "09:20", priya, maFrost, "GPR in a churchyard Friday, so not weather dependent, just vicar dependent.");
        Post juMoat = say(2, "11:00", gcAsk, juniper, "Hi, I'm a second-year student doing my dissertation on a moated "
                + "site. Can magnetometry see a moat that's been filled in, or do I need resistance?");
        Post doMoat = re(2, "11:30", dominic, juMoat, "Mag usually shows a silted moat well if the fill differs from "
                + "the natural. Resistance is better for the buildings on the platform. If you can, do a couple of "
                + "grids of each.");
        re(2, "11:45", juniper, doMoat, "That's so useful, thank you!");
        say(2, "12:00", gcAsk, priya, "And if the moat's still wet, GPR won't help, Juniper. Stick with Dominic's "
                + "plan.");
        say(3, "10:00", gcKit, rollo, "WTB: a second-hand fluxgate cart, two sensors or more. Budget flexible.");
        Post osChapel = say(3, "15:00", gcAsk, oswin, "Wrenbury Local History Society here. We'd like a survey of the "
                + "field behind the church, where there's a rumoured chapel. Roughly what does a day's survey cost "
                + "for a volunteer group?");
        Post maChapel = re(3, "15:40", magnus, osChapel, "Roughly £600 to £900 a day for mag, less if your volunteers "
                + "help walk the lines. Some of us do discounted days for societies.");
        re(3, "16:00", oswin, maChapel, "Thank you, that gives us something to take to the committee.");
        Post prStripe = say(4, "09:00", gcRoom, priya, "Does anyone have a good way of de-striping when one sensor "
                + "drifts? Mine did something odd yesterday.");
        Post doStripe = re(4, "09:30", dominic, prStripe, "Zero mean traverse, then look again. If it's still stripy "
                + "the sensor needs a service.");
        re(4, "09:45", priya, doStripe, "Zero mean fixed it, ta.");
        Post clSolar = say(5, "14:00", gcAsk, clemency, "@Dominic Askew you did the Home Farm survey for us at "
                + "Beeston last year. The estate is now looking at a solar scheme on the next farm, 40 hectares. Would "
                + "you be able to quote in April?");
        Post doSolar = re(5, "14:30", dominic, clSolar, "Hi Clemency, good to hear from you. Yes, send me the red line "
                + "and I'll quote. April should work.");
        re(5, "14:50", clemency, doSolar, "Will do next week once I have it.");
        Post roWet = say(6, "10:00", gcRoom, rollo, "Wet week. Processed three sites' data in the van.");
        re(6, "10:30", magnus, roWet, "Living the dream.");
        // W10
        Post doCart = say(8, "09:00", gcKit, dominic, "Selling my old dual-sensor fluxgate cart now I've upgraded. "
                + "Works fine, new wheels last year. Offers around £4k.");
        Post roCart = re(8, "09:20", rollo, doCart, "Interested! Does it come with the data logger?");
        Post doLogger = re(8, "09:40", dominic, roCart, "Logger yes, laptop no. Want to come and see it?");
        Post roThu = re(8, "10:00", rollo, doLogger, "Thursday?");
        re(8, "10:10", dominic, roThu, "Thursday works.");
        Post clRedline = say(9, "11:00", gcAsk, clemency, "@Dominic Askew here's the red line for the solar site: "
                + "https://maps.example/redline-beeston-solar. Could you get me a price by Friday? The developer "
                + "wants it for their pre-app.");
        Post maOffer = re(9, "11:30", magnus, doCart, "If Rollo passes, I'd take it at 3.5.");
        re(9, "11:45", dominic, maOffer, "Cheeky. Rollo's first in line, but I'll keep you posted.");
        Post osYes = say(10, "10:00", gcAsk, oswin, "The committee said yes! Could someone with a day free in April do "
                + "the field behind St Margaret's at Wrenbury? It's about 1.5 hectares.");
        Post doCert = say(10, "14:00", gcRoom, dominic, "Does the calibration certificate go with a cart when you sell "
                + "it? Rollo's asking.");
        Post prCert = re(10, "14:20", priya, doCert, "It does, it's tied to the sensors, not the owner.");
        re(10, "14:30", dominic, prCert, "Good, thanks.");
        Post roNoise = say(10, "16:00", gcRoom, rollo, "Anyone else getting noise off the new solar farm fences at "
                + "Wem? Ruined two grids.");
        re(10, "16:20", magnus, roNoise, "Stay 20 metres off them, it's the only way.");
        say(11, "09:00", gcAsk, clemency, "@Dominic Askew just checking you got this? The developer is chasing me for "
                + "Friday.");
        Post roSeen = say(11, "15:00", gcKit, rollo, "Been to see Dominic's cart. Lovely bit of kit.");
        Post doDeal = re(11, "15:10", dominic, roSeen, "Glad you liked it. 3.9 and it's yours?");
        Post roDeal = re(11, "15:30", rollo, doDeal, "3.8 and I'll collect Saturday.");
        re(11, "15:40", dominic, roDeal, "Deal.");
        say(12, "10:00", gcAsk, oswin, "@Dominic Askew Magnus said you're the nearest surveyor to Wrenbury. Would you "
                + "have a day in April for us?");
        Post prNudge = say(12, "11:00", gcRoom, priya, "@Dominic Askew your client Clemency has been asking for you in "
                + "survey-requests, twice.");
        re(12, "11:20", dominic, prNudge, "Yep, I know, I'll get to it.");
        Post doCables = say(12, "14:00", gcRoom, dominic, "Anyone want my old spare sensor cables? Free to a good "
                + "home.");
        Post maCables = re(12, "14:10", magnus, doCables, "Me please.");
        re(12, "14:15", dominic, maCables, "Yours.");
        Post doSold = say(13, "10:00", gcKit, dominic, "Cart's sold, thanks all. Rollo, enjoy it.");
        re(13, "10:10", rollo, doSold, "Will do!");
        // W11
        Post doSorry = re(15, "08:30", dominic, clRedline, "Clemency, I'm so sorry for the slow reply, I let it slip "
                + "last week. The price for the 40 hectares is in your inbox now, and I can start on 11 April.");
        Post doWrenbury = re(15, "08:40", dominic, osYes, "Oswin, yes, happy to. For a society I'd do the day at £500 "
                + "if two volunteers help walk. Does 19 April suit?");
        re(15, "09:00", clemency, doSorry, "Thanks Dominic, got it, forwarding to the developer.");
        re(15, "09:30", oswin, doWrenbury, "Wonderful, 19 April it is. Thank you!");
        Post maPlugin = say(16, "10:00", gcRoom, magnus, "Anyone tried the new processing plugin? Worth switching?");
        re(16, "10:30", priya, maPlugin, "Yes, it's quicker with big grids.");
        re(16, "10:40", dominic, maPlugin, "Same, and the despike is better.");
        Post juPlot = say(17, "11:00", gcAsk, juniper, "Update: I did mag and two grids of resistance and the moat "
                + "shows beautifully! Thanks @Dominic Askew and @Priya Venkatesh.");
        Post doPlot = re(17, "11:20", dominic, juPlot, "Brilliant, well done Juniper. Post the plot, we'd love to see "
                + "it.");
        Post juImg = re(17, "11:40", juniper, doPlot, "Here: https://imgshare.example/moat-plot");
        re(17, "12:00", priya, juImg, "Lovely clear ditch.");
        Post roLeft = say(18, "14:00", gcRoom, rollo, "First site with the cart today. It pulls to the left, Dominic "
                + "😂");
        re(18, "14:20", dominic, roLeft, "It always did, lean right.");
        Post clPo = say(19, "09:00", gcAsk, clemency, "The developer's happy with the quote, @Dominic Askew. Purchase "
                + "order to follow.");
        re(19, "09:30", dominic, clPo, "Great, thanks Clemency.");
    }

    /** C. Clayfield & District Detectorists: Kai asks for subscribers; Merrick joins and sells; Esther is away. */
    private void detectorists() {
        // W09
        say(1, "19:00", cdGeneral, donal, "Club dig at Copse Farm is on for Sunday 13th. Permission confirmed, 30 "
                + "places, names in #permissions-and-digs please.");
        say(1, "19:30", cdPerm, reg, "Put me down for Copse Farm.");
        say(1, "19:35", cdPerm, bethan, "And me.");
        say(2, "20:00", cdGeneral, kai, "New video up! Hunting a Roman road with new settings. Please like and "
                + "subscribe, it really helps the channel: https://tube.example/c/kaidigs");
        Post rePenny = say(2, "20:30", cdFinds, reg, "Sunday's best: a Henry III long cross penny, a bit clipped.");
        rePenny.react("🔥", bethan, donal);
        Post beWhere = re(2, "20:45", bethan, rePenny, "Lovely! Whereabouts?");
        re(2, "20:50", reg, beWhere, "Top field at Ridley's, near the old track.");
        Post suRecord = say(3, "18:00", cdFlo, sunita, "Hi, I'm new to the hobby. Do I have to record everything I "
                + "find with you, even buttons?");
        Post esRecord = re(3, "18:40", esther, suRecord, "Welcome Sunita! Not buttons and ring pulls. Anything over "
                + "300 years old, please, and always anything that might be Treasure. Bring them to my finds day on "
                + "the 18th.");
        re(3, "18:55", sunita, esRecord, "Thank you, that's clear.");
        Post suBeginners = say(4, "19:20", cdPerm, sunita, "Can beginners come to club digs? Put me down if so!");
        re(4, "19:30", donal, suBeginners, "Absolutely, you're on. Bring a pinpointer if you've got one.");
        say(5, "12:00", cdFlo, esther, "Heads up: I'm at the national finds conference from Tuesday to Thursday next "
                + "week (8th to 10th) and offline. Back on Friday the 11th, I'll catch up then.");
        say(5, "20:00", cdFinds, kai, "Check out this week's hunt, three hammered coins in one field! Like and "
                + "subscribe please: https://tube.example/c/kaidigs");
        Post beBell = say(5, "20:30", cdFinds, bethan, "Crotal bell from Ridley's, pea intact and it still rings.");
        re(5, "20:40", donal, beBell, "Love a crotal bell.");
        Post reCold = say(6, "10:00", cdGeneral, reg, "Anyone else's headphones cutting out in the cold?");
        Post beCold = re(6, "10:20", bethan, reCold, "Mine did. Warm the battery in your pocket first.");
        re(6, "10:30", reg, beCold, "Will try, cheers.");
        // W10
        say(8, "19:00", cdPerm, donal, "Copse Farm Sunday: 22 names. Parking by the barn, not the lane.");
        joins(9, "09:00", cdGeneral, merrick);
        say(9, "10:00", cdGeneral, merrick, "Hi all, I buy hammered and milled coins, fair prices, free valuations: "
                + "https://valecoins.example/valuations");
        say(9, "10:04", cdFinds, merrick, "Free valuations on all your hammered coins: "
                + "https://valecoins.example/valuations");
        say(9, "10:08", cdPerm, merrick, "Digging somewhere good this weekend? I'll value anything you find: "
                + "https://valecoins.example/valuations");
        Post suFirst = say(9, "18:30", cdFinds, sunita, "My first proper find! Ridley's on Saturday. It's silver, "
                + "tiny, with a cross on one side. What is it? @Esther Mabry should I record it?");
        Post reFirst = re(9, "18:50", reg, suFirst, "That's an Edward I penny, Sunita, well done! Esther will want to "
                + "record it, she's back Friday.");
        re(9, "19:00", sunita, reFirst, "Ooh, thank you Reg!");
        Post meOffer = re(10, "09:15", merrick, suFirst, "Nice penny. I'd give you £45 for it today, DM me.");
        re(10, "09:40", bethan, meOffer, "She hasn't even had it recorded yet. Let her enjoy it.");
        Post kaFilm = say(10, "20:00", cdGeneral, kai, "Anyone hunting Copse Farm on Sunday? I'll be filming, come and "
                + "say hi.");
        Post doFilm = re(10, "20:10", donal, kaFilm, "See you there. Camera off other people's finds unless they say "
                + "yes, please!");
        re(10, "20:15", kai, doFilm, "Of course, I always ask.");
        Post esBack = re(11, "09:30", esther, suFirst, "Back now, sorry for the wait Sunita! Yes please, it's a lovely "
                + "Edward I penny and I'd love to record it. Bring it on the 18th.");
        re(11, "09:45", sunita, esBack, "Will do!");
        Post meStill = say(11, "12:00", cdGeneral, merrick, "Still buying hammered silver, cash paid, valuations here: "
                + "https://valecoins.example/valuations");
        re(11, "12:30", donal, meStill, "Merrick, one post is fine, please don't put it in every channel.");
        Post reHaul = say(13, "16:00", cdFinds, reg, "Copse Farm haul: a lead spindle whorl and half a buckle. Happy "
                + "man.");
        re(13, "16:20", kai, reHaul, "Great whorl Reg, I got it on camera too.");
        Post suThimble = say(13, "16:30", cdFinds, sunita, "I found a thimble and a musket ball at Copse Farm!");
        re(13, "16:40", bethan, suThimble, "Two in one day, you're hooked now.");
        Post reWhorl = say(14, "11:00", cdFlo, reg, "@Esther Mabry can I bring the spindle whorl on the 18th too?");
        re(14, "11:30", esther, reWhorl, "Yes please.");
        // W11
        Post kaVideo = say(15, "19:00", cdFinds, kai, "Copse Farm video is up, thanks to everyone who let me film! "
                + "Reg's spindle whorl is at 4:10: https://tube.example/watch/copse-farm");
        re(15, "19:20", reg, kaVideo, "Ha, I look frozen. Good video.");
        Post beBits = say(16, "18:00", cdFlo, bethan, "Esther, what happens if a find might be Treasure but it's in "
                + "bits?");
        Post esBits = re(16, "18:30", esther, beBits, "Still report it within 14 days, in bits is fine. Don't clean "
                + "or glue it.");
        re(16, "18:40", bethan, esBits, "Thanks Esther.");
        Post meFair = say(17, "20:00", cdGeneral, merrick, "Anyone going to the Newark coin fair?");
        re(17, "20:30", reg, meFair, "Usually. Saturday morning's best.");
        Post suDone = say(18, "21:00", cdFlo, sunita, "Recorded my penny with Esther today! It's on the database now.");
        re(18, "21:10", esther, suDone, "It was a pleasure, thanks for bringing it.");
        Post doMarston = say(19, "10:00", cdPerm, donal, "Next club dig: Marston Lane, 3 April. Names here please.");
        re(19, "10:10", sunita, doMarston, "Me please!");
        re(19, "10:20", kai, doMarston, "Count me in.");
        Post kaAsk = say(20, "12:00", cdGeneral, kai, "@Sunita Rao would you like to be in the next video with your "
                + "penny story? Totally fine if not.");
        re(20, "12:30", sunita, kaAsk, "Maybe! Let me think about it.");
    }

    /** D. Harrow Vale Archaeology: Anika broadcasts in W09; Lachlan leaves his client waiting in W10. */
    private void unit() {
        // W09
        say(1, "09:00", hvNews, anika, "We're hiring! Two site assistants for our spring season at Larkfield, start "
                + "21 March: https://harrowvale.example/jobs");
        say(1, "14:00", hvNews, anika, "Our team finished the evaluation at Brook End today, 14 trenches in five days. "
                + "Proud of everyone.");
        say(2, "09:30", hvSite, anika, "Team photo from Brook End, mud and all: https://harrowvale.example/news/brook-end");
        Post gaArrive = say(2, "10:00", hvDesk, gareth, "Morning Lachlan, quick one: when does the team arrive at "
                + "Larkfield phase 2?");
        Post laArrive = re(2, "10:30", lachlan, gaArrive, "Morning Gareth, 21 March, six of us for three weeks. I'll "
                + "send the programme on Friday.");
        re(2, "10:40", gareth, laArrive, "Perfect, thanks.");
        say(2, "15:00", hvNews, anika, "Reminder: we're recruiting site assistants, closing date Friday. "
                + "https://harrowvale.example/jobs");
        say(3, "09:00", hvNews, anika, "Our new finds lab is open! Two sinks, a drying rack and a kettle.");
        Post imStatement = say(3, "11:00", hvDesk, imogen, "Hi team, does Harrow Vale do heritage statements for "
                + "listed building consent, or only fieldwork?");
        Post teStatement = re(3, "11:20", teodor, imStatement, "Both. Lachlan prices those, but a short heritage "
                + "statement is usually two to three days' work.");
        re(3, "11:35", imogen, teStatement, "Great, I'll drop Lachlan an email.");
        say(3, "16:00", hvSite, anika, "Our osteologist gave a talk to Year 6 at Brook End school today, they loved "
                + "the skull.");
        joins(4, "08:00", hvSite, stanley);
        say(4, "09:00", hvNews, anika, "We're at the county archaeology day on Saturday, come and see our stand.");
        Post stBrief = say(4, "10:00", hvDesk, stanley, "Hi, I'm building a house on a plot with an archaeology "
                + "condition. The council wants a watching brief. What does that involve and roughly what does it "
                + "cost?");
        Post teBrief = re(4, "10:30", teodor, stBrief, "Hi Stanley, welcome. One of us watches your groundworks and "
                + "records anything that turns up. For a single house it's often a day or two on site plus a short "
                + "report, so roughly £1,200 to £1,800. Lachlan can quote properly if you send the condition wording.");
        re(4, "10:50", stanley, teBrief, "That's really helpful, thanks.");
        say(4, "15:00", hvSite, anika, "Our Larkfield phase 1 report is published, free to download: "
                + "https://harrowvale.example/reports/larkfield-1");
        say(5, "09:00", hvNews, anika, "Our staff quiz night raised £220 for the county museum!");
        Post teFeet = say(5, "12:00", hvSite, teodor, "Anyone else got trench foot already? Wet week.");
        re(5, "12:15", lachlan, teFeet, "Buy better boots.");
        say(6, "10:00", hvNews, anika, "Thanks to everyone who came to our stand at the archaeology day, we met lots "
                + "of you.");
        re(6, "11:00", anika, teFeet, "Spare wellies in the van, Teo.");
        // W10
        Post gaReport = say(8, "09:00", hvDesk, gareth, "@Lachlan Morrow the planners need the phase 1 watching-brief "
                + "report to discharge condition 14 before we can start the phase 2 drainage. Can you send me the "
                + "final PDF this week?");
        Post laLevel = say(8, "11:00", hvSite, lachlan, "Larkfield phase 2 kit list done. Who's got the spare level?");
        Post teLevel = re(8, "11:20", teodor, laLevel, "In the Brook End van.");
        re(8, "11:30", lachlan, teLevel, "Cheers.");
        say(9, "09:00", hvNews, anika, "Welcome to our two new site assistants, Maisie and Tom!");
        Post laPower = say(9, "14:00", hvSite, lachlan, "Does the Larkfield site cabin have power yet?");
        re(9, "14:30", teodor, laPower, "Generator till Tuesday.");
        Post gaChase = say(10, "09:00", hvDesk, gareth, "@Lachlan Morrow following up on the report for condition 14. "
                + "Our drainage contractor starts Monday and can't start without it. Can you send it?");
        Post brWsi = say(10, "10:00", hvDesk, bronwen, "Hi, Bronwen Iles, architect for the Mill Street conversion. "
                + "Has anyone looked at the building recording brief yet?");
        Post teWsi = re(10, "10:30", teodor, brWsi, "Yes, I'm on it, draft written scheme to you on Thursday.");
        re(10, "10:45", bronwen, teWsi, "Lovely, thanks Teodor.");
        Post laDrinks = say(10, "15:00", hvSite, lachlan, "Brook End report's off to the county. Drinks Friday?");
        re(10, "15:10", anika, laDrinks, "Yes!");
        re(10, "15:20", teodor, laDrinks, "Always.");
        Post laSorry = re(11, "16:00", lachlan, gaChase, "Gareth, apologies, I've been buried in phase 2 prep. The "
                + "report went to the county this morning and I've emailed you the PDF. You're clear for Monday.");
        re(11, "16:20", gareth, laSorry, "Thanks, got it.");
        Post imRectory = say(13, "12:00", hvDesk, imogen, "Is Lachlan's quote for the Old Rectory heritage statement "
                + "still good for April?");
        Post laRectory = re(13, "12:30", lachlan, imRectory, "Yes, still good, Imogen.");
        re(13, "12:40", imogen, laRectory, "Great.");
        // W11
        say(15, "08:00", hvSite, lachlan, "Phase 2 day one at Larkfield, six in the trench and the sun's out.");
        Post gaPark = say(15, "08:30", hvDesk, gareth, "Great to see the team on site this morning @Lachlan Morrow. "
                + "Could your lot park by the compound rather than the show home?");
        Post laPark = re(15, "09:00", lachlan, gaPark, "Of course, I'll tell them now. Sorry about that.");
        re(15, "09:10", gareth, laPark, "Thanks.");
        say(16, "10:00", hvNews, anika, "Our spring open day at Larkfield is 2 April. Free, book a slot: "
                + "https://harrowvale.example/open-day");
        Post stWording = say(16, "11:00", hvDesk, stanley, "The council sent the condition wording. @Lachlan Morrow "
                + "can I send it to you for a quote?");
        Post laWording = re(16, "11:20", lachlan, stWording, "Yes please, Stanley, send it to the office address and "
                + "I'll quote within a day or two.");
        re(16, "11:30", stanley, laWording, "Sent.");
        Post laQuote = say(17, "14:00", hvDesk, lachlan, "Stanley, the quote's in your inbox: one day on site and the "
                + "report, £1,350. We can do the week of 11 April.");
        re(17, "14:30", stanley, laQuote, "Booked, thanks!");
        Post anCake = say(18, "10:00", hvSite, anika, "Who's coming to the open day? I need a head count for the "
                + "cake.");
        re(18, "10:20", teodor, anCake, "Me and the finds crew.");
        re(18, "10:30", lachlan, anCake, "Me, plus a tray of sherds for visitors to wash.");
        Post teDitch = say(19, "09:00", hvSite, teodor, "Roman ditch in trench 3 at Larkfield!");
        Post gaDelay = re(19, "09:20", gareth, teDitch, "Does that mean a delay?");
        re(19, "09:40", teodor, gaDelay, "Shouldn't, it's a day's work to record. Lachlan will confirm.");
        Post laDelay = re(19, "10:00", lachlan, gaDelay, "No delay, Gareth, we allowed for features like this.");
        re(19, "10:15", gareth, laDelay, "Phew, thanks.");
    }

    /** E. Castle Knowe Field School: Aurelia leaves a student's DM about deferring unanswered in W10. */
    private void fieldSchool() {
        // W09
        say(1, "08:00", ckNotices, wren, "Welcome to the spring weekend course, everyone! Kit list and timetable are "
                + "pinned. The first weekend is 5-6 March.");
        Post caBoots = say(1, "09:00", ckTrench, caspar, "Do we need steel toe caps, or are walking boots OK?");
        Post fiBoots = re(1, "09:30", finlay, caBoots, "Steel toe caps please, site rules. Cheap ones are fine.");
        re(1, "09:40", caspar, fiBoots, "Thanks, ordering now.");
        joins(2, "10:00", ckCommon, ravi);
        Post raTrowel = say(2, "10:30", ckTrench, ravi, "Hi all, I'm Ravi, total beginner. Which trowel should I "
                + "buy?");
        Post fiTrowel = re(2, "11:00", finlay, raTrowel, "A 4-inch pointing trowel, and not the cheap pressed ones.");
        re(2, "11:10", ravi, fiTrowel, "Thanks!");
        Post jaLift = say(3, "12:00", ckCommon, jasmine, "Anyone driving from Carlisle on Saturday? Happy to share "
                + "petrol.");
        Post maLift = re(3, "12:20", maeve, jaLift, "Me! I can pick you up at the station at 7.");
        re(3, "12:30", jasmine, maLift, "Amazing, thank you.");
        Post raKnees = say(3, "14:00", ckTrench, ravi, "Do I need knee pads as well?");
        Post fiKnees = re(3, "14:30", finlay, raKnees, "Yes, or a kneeling mat. Your knees will thank you.");
        re(3, "14:40", ravi, fiKnees, "Thanks Finlay.");
        say(4, "10:00", ckNotices, aurelia, "Looking forward to meeting you all on Saturday. We'll open trench 4 over "
                + "the possible gatehouse.");
        Post maPlan = say(4, "10:30", ckTrench, maeve, "@Aurelia Penrose will we get to do any planning this weekend, "
                + "or just trowelling?");
        Post auPlan = re(4, "11:00", aurelia, maPlan, "Both! Planning frames on Sunday afternoon.");
        re(4, "11:10", maeve, auPlan, "Yay, thank you.");
        Post caMud = say(5, "18:00", ckCommon, caspar, "Day one done. I have never been this muddy or this happy.");
        re(5, "18:20", jasmine, caMud, "Same. My arms have stopped working.");
        Post raBlack = say(5, "19:00", ckTrench, ravi, "What was the black layer in trench 4? I didn't catch what "
                + "Finlay said.");
        Post fiBlack = re(5, "19:30", finlay, raBlack, "A burnt deposit, probably a hearth. We'll sample it tomorrow.");
        re(5, "19:40", ravi, fiBlack, "Cool, thanks.");
        say(6, "18:00", ckNotices, aurelia, "Great first weekend. Trench 4 has a wall! See you on the 19th.");
        // W10
        say(8, "10:00", ckNotices, wren, "Summer season bookings are open: two-week courses in July and August. "
                + "Book here: https://castleknowe.example/summer");
        Post caDiscount = say(8, "10:30", ckTrench, caspar, "@Wren Maddox is there a discount for people on this course "
                + "who book the summer too?");
        Post wrDiscount = re(8, "11:00", wren, caDiscount, "Yes, 10% for returning students, code KNOWE10 at "
                + "checkout: https://castleknowe.example/summer");
        re(8, "11:10", caspar, wrDiscount, "Booked!");
        say(9, "21:00", ckDm, maeve, "Hi Aurelia, sorry to message directly. My dad's gone into hospital and I don't "
                + "think I can do the 19-20 March weekend. Could I move my place to the July season, or would I lose "
                + "the fee?");
        say(10, "09:00", ckNotices, aurelia, "The finds from weekend one are washed. The sherd from the wall trench "
                + "looks medieval!");
        Post jaCut = say(10, "10:00", ckTrench, jasmine, "What's the difference between a cut and a fill? I got "
                + "confused on Sunday.");
        Post auCut = re(10, "10:30", aurelia, jaCut, "A cut is the hole, a fill is what's in it. Every feature has "
                + "both. Good question!");
        re(10, "10:45", jasmine, auCut, "Ahh, that makes sense now.");
        Post caTelly = say(11, "12:00", ckCommon, caspar, "Anyone watching the new series of that dig programme?");
        re(11, "12:15", finlay, caTelly, "Only to shout at the telly.");
        re(11, "12:20", aurelia, caTelly, "Same as Finlay.");
        say(12, "09:00", ckNotices, aurelia, "Reminder: weekend two is 19-20 March. We'll finish the gatehouse wall.");
        Post maChase = say(12, "20:00", ckDm, maeve, "Hi Aurelia, just following up on moving my place. I need to tell "
                + "work by Monday. Thanks.");
        Post raRust = say(13, "10:00", ckTrench, ravi, "Should I clean my trowel after every day? It's rusting.");
        Post fiRust = re(13, "10:20", finlay, raRust, "Dry it and give it a bit of oil. Rust adds character though.");
        re(13, "10:30", ravi, fiRust, "Ha, thanks.");
        Post auStation = say(13, "15:00", ckTrench, aurelia, "Who wants to try the total station next weekend? Two "
                + "volunteers.");
        re(13, "15:10", jasmine, auStation, "Me please!");
        Post caStation = re(13, "15:15", caspar, auStation, "Me too!");
        re(13, "15:30", aurelia, caStation, "Jasmine and Caspar it is.");
        // W11
        Post auSorry = re(15, "08:30", aurelia, maChase, "Maeve, I'm so sorry, I missed your messages among all the "
                + "emails. Of course you can move to July, the fee carries over. I hope your dad's doing OK.");
        re(15, "09:00", maeve, auSorry, "Thank you so much, he's on the mend.");
        say(15, "10:00", ckNotices, wren, "Weekend two timetable is pinned. Hot food on Saturday thanks to the village "
                + "hall!");
        Post raShovel = say(16, "11:00", ckTrench, ravi, "Is it worth buying my own hand shovel or does the site have "
                + "them?");
        Post jaShovel = re(16, "11:20", jasmine, raShovel, "The site has loads, don't bother.");
        re(16, "11:30", ravi, jaShovel, "Thanks Jasmine.");
        Post caBook = say(17, "12:00", ckTrench, caspar, "@Finlay Rusk what's the best book for a beginner on "
                + "stratigraphy?");
        Post raBook = re(17, "12:30", ravi, caBook, "Finlay pointed me at the Harris matrix book last week, there's a "
                + "copy on the shelf in the site hut.");
        re(17, "12:40", finlay, caBook, "What Ravi said.");
        re(17, "12:50", caspar, raBook, "Thanks Ravi.");
        Post jaStation = say(19, "18:00", ckCommon, jasmine, "Total station done. I am now a surveyor.");
        re(19, "18:10", caspar, jaStation, "Your readings were better than mine.");
        say(20, "18:00", ckNotices, aurelia, "That's the spring course done, and the gatehouse is real! Thank you all, "
                + "see some of you in July.");
        say(20, "18:30", ckCommon, ravi, "Best course ever, thanks all.");
    }

    /** F. Brockholes Villa Dig: nobody sells; Ffion only thanks in W09 and passes it on in W11; Cuthbert in W10. */
    private void villaDig() {
        // W09
        Post moSeason = say(1, "10:00", bvChat, morwenna, "Season starts Saturday! Turf comes off trench C at 9. "
                + "Bring flasks.");
        re(1, "10:20", hamish, moSeason, "I'll bring the urn.");
        say(2, "11:00", bvOpen, prudence, "The open day is 19 March. Helpers, please sign up for a slot: "
                + "https://forms.example/brockholes-open-day");
        Post ffBag = say(2, "18:00", bvFinds, ffion, "Hi, I'm Ffion, first season. How do I label a finds bag? Context "
                + "number first or the date?");
        Post alBag = re(2, "18:30", aled, ffBag, "Site code, context number, then finds number. The date goes on the "
                + "context sheet, not the bag.");
        re(2, "18:40", ffion, alBag, "Thank you!");
        Post cuSheep = say(3, "12:00", bvChat, cuthbert, "Does anyone know if the farmer's moving the sheep before "
                + "Saturday?");
        re(3, "12:30", morwenna, cuSheep, "He said Friday.");
        Post ffBone = say(4, "19:00", bvFinds, ffion, "Is it OK to wash bone, or only pottery?");
        Post alBone = re(4, "19:20", aled, ffBone, "Don't wash bone, dry brush only. Pottery yes, unless it's flaky.");
        re(4, "19:25", ffion, alBone, "Thanks Aled.");
        Post haTrays = say(4, "20:00", bvFinds, hamish, "@Aled Brandreth can we borrow the museum's finds trays again "
                + "this year?");
        Post alTrays = re(5, "22:30", aled, haTrays, "Sorry Hamish, only just seen this, long day at work. Yes, I'll "
                + "pick them up on Friday.");
        re(5, "22:40", hamish, alTrays, "Ta.");
        Post ffMetal = say(6, "09:00", bvFinds, ffion, "What do I do if I find something that might be metal? Leave it "
                + "in?");
        Post alMetal = re(6, "09:20", aled, ffMetal, "Leave it, flag it, call a supervisor. We'll plot it and lift "
                + "it.");
        re(6, "09:25", ffion, alMetal, "Thanks!");
        Post moDay = say(6, "17:00", bvChat, morwenna, "Brilliant first day, trench C is down to the villa's rubble "
                + "layer already.");
        re(6, "17:15", prudence, moDay, "Saw the photos, amazing.");
        re(6, "17:20", cuthbert, moDay, "My back disagrees but yes, brilliant.");
        // W10
        Post cuCoin = say(8, "10:00", bvChat, cuthbert, "I found a coin in trench C on Saturday, my third Roman coin in "
                + "twelve years of digging here. I always say I have a nose for them. My wife reckons I should write my "
                + "own guide to the villa, I've kept my own notes since my first season.");
        Post haCoin = re(8, "10:30", hamish, cuCoin, "Nice one Cuthbert!");
        re(8, "10:45", cuthbert, haCoin, "Thanks. I knew it was there before I trowelled it, I could see the green in "
                + "my spoil. I've got my own way of reading the soil that I worked out over my years at the quarry.");
        Post cuPhotos = say(9, "14:00", bvChat, cuthbert, "I've been sorting my photos from every season. I've got over "
                + "two thousand of my own, and my best ones are from my first year, when I dug the bath house with my "
                + "old trowel.");
        Post prPhotos = re(9, "14:20", prudence, cuPhotos, "Would you share a few for the open day display?");
        re(9, "14:40", cuthbert, prPhotos, "I might. I'm particular about my photos, I took them with my own camera "
                + "and I like them credited to me. I'll pick my favourites.");
        Post cuClean = say(10, "11:00", bvFinds, cuthbert, "I cleaned my coin myself last night with my own "
                + "toothbrush. I think my method works better than the lab's.");
        Post alClean = re(10, "11:20", aled, cuClean, "Please don't clean coins at home, Cuthbert, they need to go to "
                + "the conservator as they are. Bring it on Saturday.");
        re(10, "11:40", cuthbert, alClean, "Fine. I've done it for years, mind, and my coins have always come out "
                + "well.");
        Post prHelpers = say(11, "10:00", bvOpen, prudence, "Still need four helpers for the open day, the form is "
                + "here: https://forms.example/brockholes-open-day");
        re(11, "10:30", hamish, prHelpers, "Signed up for the tea tent.");
        Post ffRota = say(11, "19:00", bvFinds, ffion, "For the finds washing rota: I can do Thursday evenings if that "
                + "helps.");
        re(11, "19:20", aled, ffRota, "That helps a lot, thanks Ffion!");
        Post moMosaic = say(12, "17:00", bvChat, morwenna, "Trench C: we've found the edge of a mosaic! Tesserae in "
                + "place. Nobody step on it please.");
        re(12, "17:10", cuthbert, moMosaic, "I said there'd be a mosaic. I said it last year, it was my hunch from my "
                + "first season.");
        re(12, "17:20", ffion, moMosaic, "I can't believe I was there for that.");
        Post moBring = say(13, "09:00", bvChat, morwenna, "@Cuthbert Haigh could you bring your coin to the finds tent "
                + "today so Aled can bag it?");
        re(13, "09:30", cuthbert, moBring, "Will do.");
        // W11
        joins(15, "09:00", bvChat, kit);
        Post kiJoin = say(15, "10:00", bvChat, kit, "Hi, I'm Kit, just moved to the village. Is it too late to join "
                + "the dig?");
        Post moJoin = re(15, "10:20", morwenna, kiJoin, "Never too late! Saturdays from 9, bring gloves.");
        re(15, "10:30", kit, moJoin, "Brilliant, see you Saturday.");
        say(16, "11:00", bvOpen, prudence, "Open day on Saturday! Last call for helpers: "
                + "https://forms.example/brockholes-open-day");
        say(16, "11:05", bvChat, prudence, "Open day this Saturday. If you can help for an hour, the form's in "
                + "#open-day.");
        Post kiLabel = say(17, "19:00", bvFinds, kit, "What goes on a finds bag label?");
        Post ffLabel = re(17, "19:30", ffion, kiLabel, "Site code, context number, then finds number. The date goes on "
                + "the context sheet, not the bag.");
        re(17, "19:40", kit, ffLabel, "Perfect, thanks Ffion.");
        Post cuWhere = say(18, "18:00", bvChat, cuthbert, "@Kit Sandoval welcome. Where did you move from?");
        Post kiWhere = re(18, "18:20", kit, cuWhere, "Shrewsbury! You?");
        re(18, "18:30", cuthbert, kiWhere, "Born here. Ask me anything about the villa, you'll hear plenty of "
                + "stories.");
        Post prVisitors = say(19, "17:00", bvOpen, prudence, "What a day: 240 visitors and the mosaic stole the show. "
                + "Thank you, helpers!");
        re(19, "17:10", morwenna, prVisitors, "Thank you for organising it all, Prudence.");
        re(19, "17:20", aled, prVisitors, "Best open day yet.");
        Post alNummus = say(20, "10:00", bvFinds, aled, "The coin's back from the conservator: a Constantine I nummus. "
                + "Thanks for bringing it in, Cuthbert.");
        Post cuNummus = re(20, "10:20", cuthbert, alNummus, "Thank you for sorting it. What does the reverse say?");
        re(20, "10:40", aled, cuNummus, "GLORIA EXERCITVS, two soldiers and two standards.");
    }

    /** G. Boundary Stone: Vaughan pitches a new agent on her first day; Ivo plugs his March offer twice. */
    private void landAgents() {
        // W09
        Post arTrench = say(1, "09:00", bsDesk, araminta, "Anyone had a county archaeologist insist on trial "
                + "trenching before determination for a 2-hectare scheme? Feels heavy-handed.");
        Post deTrench = re(1, "09:30", declan, arTrench, "Yes, it's common now if the geophys shows anything. Get the "
                + "geophys done early and it's often enough.");
        re(1, "09:45", araminta, deTrench, "Useful, thanks.");
        say(1, "10:00", bsCorner, zofia, "Zofia, ecologist: bats and great crested newts across Shropshire. Survey "
                + "season opens in April, happy to talk timings.");
        Post beRally = say(2, "14:00", bsDesk, bertram, "A tenant farmer wants to host a metal detecting rally on a "
                + "let field. Whose permission is it, mine as the landlord's agent or his?");
        Post siRally = re(2, "14:30", sian, beRally, "Both, really. Check the tenancy: finds usually belong to the "
                + "landowner, so the landlord has to agree the finds agreement.");
        re(2, "14:40", bertram, siRally, "Thought as much, cheers.");
        joins(3, "09:00", bsGeneral, nell);
        Post neBarn = say(3, "10:00", bsDesk, nell, "Hello all, new land agent at a practice in Ludlow. Does a barn "
                + "conversion usually need an archaeology condition, or only big schemes?");
        re(3, "10:20", vaughan, neBarn, "Welcome Nell! Marlow Field Archaeology here. We'd do a heritage assessment "
                + "for a barn for £1,450 all in. Happy to talk it through, book a call at "
                + "https://marlowfield.example/book");
        Post deBarn = re(3, "10:40", declan, neBarn, "Depends on the barn and the area. Listed, or in a village core, "
                + "often a building record condition. A modern shed on its own, usually nothing. Look at the HER "
                + "first.");
        re(3, "10:55", nell, deBarn, "That's really helpful, thank you Declan.");
        say(4, "11:00", bsCorner, vaughan, "Marlow Field Archaeology: evaluations, watching briefs, building "
                + "recording. Spring slots open, DM me.");
        say(4, "15:00", bsGeneral, ivo, "Hi all, Ivo here, I fly drone topographic surveys for planning. Nice to be "
                + "here.");
        Post siValuer = say(5, "09:00", bsDesk, sian, "Can anyone recommend a good agricultural valuer in "
                + "Herefordshire? Probate job.");
        Post arValuer = re(5, "09:20", araminta, siValuer, "Tom Guest at Leominster, very thorough.");
        re(5, "09:30", sian, arValuer, "Thanks.");
        Post beLambs = say(6, "10:00", bsGeneral, bertram, "Lambing's started on the home farm. Sleep is cancelled.");
        re(6, "10:20", araminta, beLambs, "Good luck!");
        // W10
        say(8, "09:00", bsGeneral, ivo, "Drone topo surveys for planning applications, 10% off all March bookings: "
                + "https://skyplot.example/march");
        Post deChecklist = say(8, "09:40", bsDesk, declan, "Heads up: the county's new validation checklist wants a "
                + "heritage statement for any site in a conservation area now.");
        re(8, "10:00", sian, deChecklist, "Oh great. Thanks for flagging.");
        re(8, "10:05", araminta, deChecklist, "That'll catch a lot of people out.");
        Post neUnit = say(9, "14:00", bsDesk, nell, "Follow-up: it's a listed barn in a village core. Can anyone "
                + "recommend an archaeology unit who'd do a building record near Ludlow?");
        Post deUnit = re(9, "14:20", declan, neUnit, "Marlow Field did one for us at Stokesay, good job. @Vaughan "
                + "Petrie that's you, isn't it?");
        Post vaUnit = re(9, "14:40", vaughan, deUnit, "It is! Nell, for a listed barn a Level 2 record is usually "
                + "£1,800 to £2,200. Happy to look at the listing and quote properly.");
        re(9, "15:00", nell, vaUnit, "Great, I'll send it over.");
        Post beSplit = say(10, "11:00", bsDesk, bertram, "Has anyone dealt with a finds agreement where the "
                + "detectorist wants a 50/50 split on Treasure rewards?");
        Post siSplit = re(10, "11:30", sian, beSplit, "50/50 is standard. Just get it in writing before the rally.");
        re(10, "11:40", bertram, siSplit, "Will do.");
        say(11, "09:00", bsGeneral, ivo, "Still a few March slots left for drone topo surveys, 10% off: "
                + "https://skyplot.example/march");
        Post arLunch = say(11, "10:00", bsGeneral, araminta, "Anyone going to the Ludlow property lunch on Friday?");
        Post neLunch = re(11, "10:20", nell, arLunch, "I'll be there! My first one.");
        re(11, "10:30", araminta, neLunch, "Come and find me, I'll introduce you round.");
        say(12, "10:00", bsCorner, zofia, "Newt season opens 15 March, book eDNA sampling now if your ponds need it.");
        Post deFlood = say(12, "12:00", bsDesk, declan, "@Ivo Castellan do your drone surveys work for flood risk "
                + "assessments? A client's asking.");
        Post ivFlood = re(12, "12:30", ivo, deFlood, "Yes, a point cloud and contours at 25cm, which most flood risk "
                + "engineers are happy with.");
        re(12, "12:40", declan, ivFlood, "Great, I'll pass you on.");
        // W11
        Post siGeophys = say(15, "09:00", bsDesk, sian, "New one on me: a developer wants a geophys survey on a let "
                + "field before the tenant has harvested. Any issues?");
        Post beGeophys = re(15, "09:30", bertram, siGeophys, "The tenant's consent and compensation for crop damage. "
                + "Write it in.");
        re(15, "09:40", sian, beGeophys, "Of course, thanks.");
        Post arBrief = say(16, "10:00", bsDesk, araminta, "Can anyone recommend a unit for a watching brief near "
                + "Bishop's Castle? Small house plot.");
        Post vaBrief = re(16, "10:20", vaughan, arBrief, "We could, Araminta. Watching briefs start at £950 for a "
                + "single plot, I'll quote if you send the condition.");
        re(16, "10:40", araminta, vaBrief, "Sending now.");
        Post ivClee = say(17, "11:00", bsGeneral, ivo, "Flew the Clee Hill site for Declan's client today, lovely "
                + "light.");
        re(17, "11:20", declan, ivClee, "The client's delighted, thanks Ivo.");
        Post neBooked = say(18, "09:00", bsDesk, nell, "The building record's booked with Marlow Field. Thanks "
                + "everyone for the help with my first listed barn.");
        re(18, "09:20", vaughan, neBooked, "Thanks Nell, see you on site.");
        re(18, "09:30", declan, neBooked, "Nice one.");
        Post beSleep = say(19, "10:00", bsGeneral, bertram, "Lambing's finished. I might sleep.");
        re(19, "10:15", sian, beSleep, "Enjoy it!");
    }

    /** H. Scale Bar: Hartley's cold DM pitch in W10; Jem leaves his returning client's question waiting in W11. */
    private void illustrators() {
        // W09
        Post roFlint = say(1, "10:00", sbBoard, rosalie, "Stipple or line shading for flint: which do your units want "
                + "these days?");
        re(1, "10:30", odette, roFlint, "Still stipple for flint, line for pottery sections. Some accept digital "
                + "stipple now.");
        re(1, "10:40", jem, roFlint, "Digital stipple for me, my wrist thanks me.");
        Post emBarrow = say(2, "11:00", sbCommissions, emrys, "I'm writing a monograph on a Bronze Age barrow cemetery "
                + "and need about 30 pottery drawings and a site plan. Is that a big job, and how do I find someone?");
        Post odBarrow = re(2, "11:30", odette, emBarrow, "Not huge: 30 vessels is maybe two weeks. Post the details "
                + "here and illustrators will reply. I'm booked till May but others may be free.");
        Post jeBarrow = re(2, "11:45", jem, emBarrow, "I'm free from mid-March and happy to quote if you send photos "
                + "and the sherd list.");
        re(2, "12:00", emrys, jeBarrow, "Great, I'll send them this week.");
        re(2, "12:05", emrys, odBarrow, "Thank you, that helps me plan.");
        Post jeHarnham = say(3, "14:00", sbPortfolio, jem, "Finished the Harnham small finds plates, proud of the "
                + "brooch: https://jempascoe.example/harnham");
        re(3, "14:20", odette, jeHarnham, "Gorgeous line work.");
        re(3, "14:30", rosalie, jeHarnham, "That spring is perfect.");
        Post dePlans = say(4, "10:00", sbCommissions, delphine, "Hi all, Delphine Mayhew, publications at the County "
                + "Archaeological Society. Our Transactions go to press in May. Could anyone fit in redrawing two site "
                + "plans from old field drawings?");
        Post roPlans = re(4, "10:30", rosalie, dePlans, "I could, Delphine. Send me the field drawings and I'll tell "
                + "you how long.");
        re(4, "10:45", delphine, roPlans, "Lovely, on their way.");
        Post odNibs = say(5, "16:00", sbBoard, odette, "Anyone else's tablet pen going spongy? Are replacement nibs "
                + "any good?");
        Post roNibs = re(5, "16:20", rosalie, odNibs, "The felt nibs are better than the standard ones.");
        re(5, "16:30", odette, roNibs, "Will try those.");
        Post emSent = say(6, "12:00", sbCommissions, emrys, "@Jem Pascoe photos and sherd list sent to your email.");
        re(6, "12:20", jem, emSent, "Got them, quote by Tuesday.");
        // W10
        joins(8, "09:00", sbBoard, hartley);
        Post haHello = say(8, "09:30", sbBoard, hartley, "Hi, I'm Hartley, just finished an illustration MA and "
                + "starting out in archaeological drawing.");
        re(8, "09:50", odette, haHello, "Welcome Hartley! Shout if you have questions.");
        Post deLoved = say(8, "11:00", sbCommissions, delphine, "Thanks @Rosalie Ng for the site plans, the editor "
                + "loved them. And Jem, the Harnham plates you drew for us last year got a mention in a review.");
        re(8, "11:20", rosalie, deLoved, "So glad, thank you!");
        re(8, "11:30", jem, deLoved, "Oh, that's lovely to hear.");
        Post haPitch = say(9, "10:00", sbDm, hartley, "Hi Delphine, I saw your post in Scale Bar. I'm a new "
                + "archaeological illustrator and I'd love to work for the Society. I charge £18 per object and can "
                + "start Monday. Portfolio: https://hartleygwynn.example, or book a call: "
                + "https://hartleygwynn.example/call");
        re(9, "15:00", delphine, haPitch, "Thanks Hartley. We have our illustrators for this volume, but I'll keep "
                + "your details on file.");
        Post jeQuote = say(10, "10:00", sbCommissions, jem, "@Emrys Hawley the quote's in your inbox: 30 vessels, two "
                + "weeks, starting 21 March.");
        re(10, "11:00", emrys, jeQuote, "Accepted! Thank you.");
        Post haProfile = say(10, "14:00", sbBoard, hartley, "What's the convention for a reconstructed profile on a "
                + "pot when only 10% of the rim is there?");
        Post jeProfile = re(10, "14:30", jem, haProfile, "Draw what's there solid, the reconstruction dashed, and give "
                + "the rim percentage in the caption.");
        re(10, "14:40", hartley, jeProfile, "Thanks, that's clear.");
        Post roPrint = say(11, "10:00", sbPortfolio, rosalie, "The County Society's site plans, now in print: "
                + "https://rosalieng.example/county-plans");
        re(11, "10:20", odette, roPrint, "Beautiful clean plans.");
        Post odRates = say(12, "12:00", sbBoard, odette, "What are people charging for a single-sherd drawing these "
                + "days? I'm revising my rates.");
        re(12, "12:20", jem, odRates, "£14 to £20 depending on decoration.");
        Post roRates = re(12, "12:30", rosalie, odRates, "About the same, £16 flat for plain.");
        re(12, "12:40", odette, roRates, "Thanks both, I'm a bit under then.");
        Post haPaper = say(13, "11:00", sbBoard, hartley, "What paper do people use for pencil roughs? Is cartridge "
                + "fine?");
        re(13, "11:20", rosalie, haPaper, "Cartridge is fine, or drafting film if you want to ink over them.");
        // W11
        say(15, "10:00", sbCommissions, delphine, "@Jem Pascoe the printer spotted that plate 12 in last year's volume "
                + "has the wrong scale bar. Could you correct it for an errata slip? When could you do it?");
        Post jeUrns = say(16, "14:00", sbPortfolio, jem, "Work in progress: Emrys's barrow urns, vessel 4 of 30.");
        Post odUrns = re(16, "14:20", odette, jeUrns, "Lovely cord impressions.");
        re(16, "14:30", jem, odUrns, "Took ages!");
        Post jeFont = say(17, "10:00", sbBoard, jem, "Anyone know a good font for plate numbers that isn't Arial?");
        Post roFont = re(17, "10:20", rosalie, jeFont, "Gill Sans, the old classic.");
        re(17, "10:30", jem, roFont, "Perfect.");
        say(18, "09:00", sbCommissions, delphine, "@Jem Pascoe gentle nudge on plate 12, the errata goes to the "
                + "printer on the 25th.");
        Post jeCollar = say(18, "12:00", sbPortfolio, jem, "Vessel 9 of 30, the big collared urn.");
        Post emCollar = re(18, "12:20", emrys, jeCollar, "It looks wonderful, Jem.");
        re(18, "12:30", jem, emCollar, "Thank you, the collar was fun.");
        Post haFirst = say(19, "10:00", sbBoard, hartley, "Finished my first paid job, twelve flints for a unit! "
                + "Thanks for the tips, @Jem Pascoe and @Rosalie Ng.");
        re(19, "10:20", rosalie, haFirst, "Well done!");
        re(19, "10:30", jem, haFirst, "Brilliant, congrats.");
        Post odOverflow = say(20, "11:00", sbBoard, odette, "If anyone's overloaded in April I can take overflow, my "
                + "May job has been pushed back.");
        re(20, "11:30", rosalie, odOverflow, "Good to know, thanks.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes126Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 126");
    }
}
