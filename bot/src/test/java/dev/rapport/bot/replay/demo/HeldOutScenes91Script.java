package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 91 (sealed): eight communities of architecture, interiors and design studios, of kinds no earlier
 * round used (a kitchen and bathroom showroom's own server with its Staff and Customers, small architects' practices
 * with a room where homeowners ask and a jobs-and-collabs room, CAD and BIM technicians where nobody sells, garden
 * designers and landscape architects with a room where garden owners ask and a wholesale nursery's rep and his DM,
 * planning consultants with a room where householders ask, bespoke furniture makers with a commissions board and a
 * for-sale room and a timber merchant among them, architectural lighting designers with a luminaire maker's rep
 * among them, freelance interior designers with a room where homeowners ask and a homeowner's DM), over three ISO
 * weeks (2030-W26 to W28), written and labelled by writer91 (session 49) before any coach ran on them, with many
 * borderline cases. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-91.csv}. Run {@link #main}
 * from the project root to write the export again.
 */
final class HeldOutScenes91Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2030, 6, 24);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2030, 7, 15, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-91";
    private static final int BASE = 70800;

    // --- A. a kitchen and bathroom showroom's own server ---
    private final String showroom = cast.guild(1191);
    private final Role kbStaff = cast.role("Staff", "#1565c0", 3);
    private final Role kbCustomer = cast.role("Customer", "#8d6e63", 2);
    private final Channel kbNews = cast.channel(showroom, "Brookfield Kitchens & Baths", "showroom-news",
            "news from the showroom: new displays, open evenings, offers", "kb-showroom-news.json");
    private final Channel kbAsk = cast.channel(showroom, "Brookfield Kitchens & Baths", "ask-the-designers",
            "questions for our designers about your kitchen or bathroom project", "kb-ask-the-designers.json");
    private final Channel kbDiary = cast.channel(showroom, "Brookfield Kitchens & Baths", "fitting-diaries",
            "customers: show how your install is going, before and after", "kb-fitting-diaries.json");
    private final Channel kbLounge = cast.channel(showroom, "Brookfield Kitchens & Baths", "lounge",
            "general chat for customers and staff", "kb-lounge.json");
    private final Persona helen = cast.person("helen.stroud", "Helen Stroud", kbStaff);
    private final Persona marcus = cast.person("marcus.kitchens", "Marcus Penfold", kbStaff);
    private final Persona aisha = cast.person("aisha.baths", "Aisha Qureshi", kbStaff);
    private final Persona gordon = cast.person("gordon.w", "Gordon Whitlock", kbCustomer);
    private final Persona priya = cast.person("priya.nk", "Priya Nandakumar", kbCustomer);
    private final Persona stuart = cast.person("stuart.colq", "Stuart Colquhoun", kbCustomer);
    private final Persona wendy = cast.person("wendy.ark", "Wendy Arkwright");

    // --- B. small architects' practices with a room where homeowners ask ---
    private final String archi = cast.guild(1192);
    private final Channel arStudio = cast.channel(archi, "Small Practice Architects", "studio-talk",
            "practice life among ourselves: fees, software, planning officers, clients", "ar-studio-talk.json");
    private final Channel arAsk = cast.channel(archi, "Small Practice Architects", "ask-an-architect",
            "homeowners: ask about extensions, lofts, conversions and whether you need an architect",
            "ar-ask-an-architect.json");
    private final Channel arJobs = cast.channel(archi, "Small Practice Architects", "jobs-and-collabs",
            "practices looking for help, freelancers offering it", "ar-jobs-and-collabs.json");
    private final Channel arOff = cast.channel(archi, "Small Practice Architects", "off-the-drawing-board",
            "anything else", "ar-off-the-drawing-board.json");
    private final Persona fiona = cast.person("fiona.gallagher", "Fiona Gallagher");
    private final Persona rupert = cast.person("rupert.ashdown", "Rupert Ashdown");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wierzbicki");
    private final Persona naomi = cast.person("naomi.achterberg", "Naomi Achterberg");
    private final Persona kevin = cast.person("kevin.thorburn", "Kevin Thorburn");
    private final Persona alison = cast.person("alison.kerridge", "Alison Kerridge");
    private final Persona marianne = cast.person("marianne.selby", "Marianne Selby");

    // --- C. CAD and BIM technicians where nobody sells ---
    private final String bim = cast.guild(1193);
    private final Channel bmRevit = cast.channel(bim, "BIM Bench", "revit-help",
            "stuck in Revit? ask here, answer if you can", "bm-revit-help.json");
    private final Channel bmTools = cast.channel(bim, "BIM Bench", "archicad-and-other-tools",
            "ArchiCAD, Vectorworks, AutoCAD, IFC and everything else", "bm-archicad-and-other-tools.json");
    private final Channel bmFamilies = cast.channel(bim, "BIM Bench", "families-and-templates",
            "free families, templates and scripts people have made and share", "bm-families-and-templates.json");
    private final Channel bmCoffee = cast.channel(bim, "BIM Bench", "coffee-break",
            "off topic", "bm-coffee-break.json");
    private final Persona kelechi = cast.person("kelechi.obi", "Kelechi Obi");
    private final Persona ewan = cast.person("ewan.strachan", "Ewan Strachan");
    private final Persona joanna = cast.person("joanna.pryce", "Joanna Pryce");
    private final Persona siobhan = cast.person("siobhan.c", "Siobhan Carrick");
    private final Persona dev = cast.person("dev.malhotra", "Dev Malhotra");
    private final Persona bartek = cast.person("bartek.z", "Bartek Zielinski");

    // --- D. garden designers and landscape architects with a room where garden owners ask ---
    private final String garden = cast.guild(1194);
    private final Channel gdStudio = cast.channel(garden, "Garden Design Collective", "design-studio",
            "garden designers and landscape architects among ourselves", "gd-design-studio.json");
    private final Channel gdAsk = cast.channel(garden, "Garden Design Collective", "garden-owners-ask",
            "your garden questions: borders, levels, drainage, whether to hire a designer",
            "gd-garden-owners-ask.json");
    private final Channel gdPlants = cast.channel(garden, "Garden Design Collective", "plants-and-suppliers",
            "nurseries and suppliers welcome: availability lists, trade offers", "gd-plants-and-suppliers.json");
    private final Channel gdShed = cast.channel(garden, "Garden Design Collective", "potting-shed",
            "chat, introductions, photos of your own plot", "gd-potting-shed.json");
    private final Persona imogen = cast.person("imogen.radcliffe", "Imogen Radcliffe");
    private final Persona hamish = cast.person("hamish.lockhart", "Hamish Lockhart");
    private final Persona beatriz = cast.person("beatriz.gardens", "Beatriz Almeida");
    private final Persona craig = cast.person("craig.nursery", "Craig Dunmore");
    private final Persona lorna = cast.person("lorna.fb", "Lorna Fairbairn");
    private final Persona neil = cast.person("neil.pascoe", "Neil Pascoe");
    private final Channel gdDm = cast.dm(beatriz, "gd-dm-craig-beatriz.json");

    // --- E. planning consultants with a room where householders ask ---
    private final String planning = cast.guild(1195);
    private final Channel plAsk = cast.channel(planning, "Planning Surgery", "householders-ask",
            "planning permission questions from the public; consultants answer", "pl-householders-ask.json");
    private final Channel plLounge = cast.channel(planning, "Planning Surgery", "consultants-lounge",
            "planning consultants among ourselves: appeals, councils, policy", "pl-consultants-lounge.json");
    private final Channel plPolicy = cast.channel(planning, "Planning Surgery", "policy-news",
            "consultations, appeal decisions and policy changes worth reading", "pl-policy-news.json");
    private final Channel plGeneral = cast.channel(planning, "Planning Surgery", "general",
            "anything", "pl-general.json");
    private final Persona yvonne = cast.person("yvonne.hartigan", "Yvonne Hartigan");
    private final Persona declan = cast.person("declan.mulvey", "Declan Mulvey");
    private final Persona rashid = cast.person("rashid.b", "Rashid Benhamou");
    private final Persona gail = cast.person("gail.summerfield", "Gail Summerfield");
    private final Persona trevor = cast.person("trevor.h", "Trevor Halloran");
    private final Persona moira = cast.person("moira.kettering", "Moira Kettering");

    // --- F. bespoke furniture makers with a commissions board and a for-sale room ---
    private final String furniture = cast.guild(1196);
    private final Channel fuWorkshop = cast.channel(furniture, "Made to Measure", "workshop",
            "joints, finishes, machines, shop talk among makers", "fu-workshop.json");
    private final Channel fuCommissions = cast.channel(furniture, "Made to Measure", "commissions-board",
            "clients: say what you'd like made; makers reply", "fu-commissions-board.json");
    private final Channel fuSale = cast.channel(furniture, "Made to Measure", "for-sale",
            "finished pieces, timber and offcuts for sale", "fu-for-sale.json");
    private final Channel fuTea = cast.channel(furniture, "Made to Measure", "tea-and-sawdust",
            "chat", "fu-tea-and-sawdust.json");
    private final Persona callum = cast.person("callum.reid", "Callum Reid");
    private final Persona ottilie = cast.person("ottilie.b", "Ottilie Brandon");
    private final Persona jasper = cast.person("jasper.kinnaird", "Jasper Kinnaird");
    private final Persona gwilym = cast.person("gwilym.timber", "Gwilym Pritchard");
    private final Persona annette = cast.person("annette.fairley", "Annette Fairley");
    private final Persona hugh = cast.person("hugh.merriman", "Hugh Merriman");

    // --- G. architectural lighting designers with a luminaire maker's rep ---
    private final String lighting = cast.guild(1197);
    private final Channel liDesign = cast.channel(lighting, "Lumen Circle", "lighting-design",
            "schemes, specs, controls, glare: designers among ourselves", "li-lighting-design.json");
    private final Channel liProducts = cast.channel(lighting, "Lumen Circle", "product-news",
            "manufacturers and reps: new fittings, samples, price lists", "li-product-news.json");
    private final Channel liShow = cast.channel(lighting, "Lumen Circle", "show-your-scheme",
            "share a finished project: photos, what worked, what didn't", "li-show-your-scheme.json");
    private final Channel liAfter = cast.channel(lighting, "Lumen Circle", "after-dark",
            "off topic", "li-after-dark.json");
    private final Persona valentina = cast.person("valentina.russo", "Valentina Russo");
    private final Persona benedict = cast.person("benedict.okafor", "Benedict Okafor");
    private final Persona greta = cast.person("greta.lindholm", "Greta Lindholm");
    private final Persona ross = cast.person("ross.abernethy", "Ross Abernethy");
    private final Persona finlay = cast.person("finlay.sutherland", "Finlay Sutherland");

    // --- H. freelance interior designers with a room where homeowners ask ---
    private final String interiors = cast.guild(1198);
    private final Channel inAsk = cast.channel(interiors, "Interiors Hub", "homeowners-ask",
            "homeowners: ask about colour, layout, lighting, furniture; designers answer", "in-homeowners-ask.json");
    private final Channel inTrade = cast.channel(interiors, "Interiors Hub", "designers-only",
            "trade talk for designers: suppliers, fees, clients", "in-designers-only.json");
    private final Channel inBoards = cast.channel(interiors, "Interiors Hub", "moodboards",
            "share a scheme or a moodboard and get thoughts", "in-moodboards.json");
    private final Channel inNatter = cast.channel(interiors, "Interiors Hub", "natter",
            "chat about anything", "in-natter.json");
    private final Persona camille = cast.person("camille.fontaine", "Camille Fontaine");
    private final Persona lydia = cast.person("lydia.rams", "Lydia Ramsbottom");
    private final Persona harvey = cast.person("harvey.nk", "Harvey Nkemelu");
    private final Persona bethan = cast.person("bethan.howells", "Bethan Howells");
    private final Persona colin = cast.person("colin.mack", "Colin Mackintosh");
    private final Persona sunil = cast.person("sunil.varma", "Sunil Varma");
    private final Channel inDm = cast.dm(harvey, "in-dm-colin-harvey.json");

    HeldOutScenes91Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        showroom();
        architects();
        bimBench();
        gardens();
        planners();
        furnitureMakers();
        lightingDesigners();
        interiorDesigners();
    }

    /** A. Brookfield Kitchens & Baths: the showroom's own server, its Staff and its Customers. */
    private void showroom() {
        // W26
        Post heNews = say(1, "09:00", kbNews, helen, "Summer open evening is Thursday 4th July, 6 till 8. New walnut "
                + "display kitchen is in, and Aisha's wet-room bay is finished at last. Bring questions, we'll bring "
                + "the nibbles");
        heNews.react("🎉", gordon, priya);
        Post prQ = say(1, "10:30", kbAsk, priya, "our tiler says grey grout hides dirt better but the brochure shows "
                + "white everywhere. which would you go for with the chalk-white metro tiles we chose?");
        Post maG = re(1, "11:15", marcus, prQ, "for a family bathroom I'd go a light warm grey, it won't look "
                + "dirty in a year and it still reads as white from the doorway. ask him for an epoxy grout in the "
                + "shower area, it doesn't stain");
        re(1, "11:40", priya, maG, "light warm grey it is, and I'll ask about epoxy. thanks Marcus");
        say(2, "19:00", kbDiary, gordon, "one year on from our kitchen fit, still the best money we ever spent. the "
                + "pull-out larder gets used more than the telly");
        Post goRef = say(2, "19:02", kbLounge, gordon, "my neighbour two doors down has been admiring it for months, "
                + "I've sent her your way Helen, she's called Maureen and she'll ring this week");
        Post heTa = re(2, "19:30", helen, goRef, "Gordon you're a star, thank you! I'll look after her");
        heTa.react("❤️", gordon);
        say(3, "08:40", kbLounge, stuart, "morning all. our kitchen arrives next Tuesday, fitters booked Wednesday, "
                + "we've been living on a microwave and a kettle for a fortnight");
        say(3, "08:55", kbLounge, priya, "the microwave weeks! we did six. it's worth it, hang on in there");
        Post wePre = say(3, "12:00", kbLounge, gordon, "Stuart, make friends with the slow cooker. that's all I'll "
                + "say");
        wePre.react("😂", stuart, priya);
        say(4, "20:30", kbDiary, priya, "bathroom day 3: walls are tiled, grey grout went in, it looks so much "
                + "better than white would have. pics on the wall of the lounge tomorrow when the light's good");
        say(5, "10:00", kbNews, helen, "Reminder: the showroom is closed Saturday morning for a stock delivery, open "
                + "from 1pm");
        say(6, "15:00", kbDiary, priya, "finished! chalk-white metro tiles and warm grey grout, brass taps, and the "
                + "vanity Aisha drew for the alcove fits to the millimetre");
        Post aiPr = say(6, "15:20", kbDiary, aisha, "that looks gorgeous Priya, the alcove was the tricky bit and "
                + "your fitter nailed it");
        aiPr.react("❤️", priya);
        // W27
        Post aiAway = say(8, "09:00", kbLounge, aisha, "heads up: I'm at the KBB trade fair in Birmingham Tue to Thu "
                + "this week, back in the showroom Friday. Helen's got my diary");
        aiAway.react("👍", helen, priya);
        Post maNews = say(8, "09:30", kbNews, marcus, "New this week: quartz worktops in three new colours on the "
                + "display wall, come and touch them. Samples to take home if you're choosing");
        maNews.react("👀", gordon);
        say(9, "10:00", kbNews, marcus, "Open evening is this Thursday, 6-8. We'll have the new quartz out and I'm "
                + "doing a ten minute talk on planning a kitchen around how you actually cook");
        Post stQ = say(9, "17:30", kbAsk, stuart, "@Marcus Penfold the delivery came today but the worktop isn't "
                + "with it, driver says it's on a separate lorry. fitters start tomorrow morning, can they go ahead "
                + "with the units without it? and do you know when the worktop comes?");
        stQ.react("👀", priya);
        Post prAi = say(10, "11:00", kbAsk, priya, "@Aisha Qureshi small one for when you're back: the shower "
                + "screen has a tiny drip at the bottom seal, is that normal for the first week?");
        say(10, "18:00", kbLounge, stuart, "fitters did the units, just no worktop. cooking on a camping stove on "
                + "the patio tonight");
        Post heCov = re(10, "18:30", helen, prAi, "Aisha's back Friday Priya, it can usually be fixed with a "
                + "seal adjustment, she'll pick it up then. put a towel down till she does");
        re(10, "18:45", priya, heCov, "will do, no rush");
        say(11, "20:00", kbNews, marcus, "Thanks to everyone who came to the open evening! Over 40 of you. The "
                + "walnut display is staying in till September");
        say(11, "20:05", kbNews, helen, "what a night. thank you all for coming");
        Post aiBack = re(12, "09:15", aisha, prAi, "back! a drip at the seal in week one is normally the blade "
                + "sitting a touch high. I'll pop round Monday at 10 and adjust it, five minutes' job");
        re(12, "09:30", priya, aiBack, "Monday at 10 is perfect, thank you");
        say(12, "11:00", kbLounge, stuart, "still no word on our worktop. anyone know if the lorry firm is the "
                + "same one that did the units?");
        say(12, "11:20", kbLounge, gordon, "ring the showroom Stuart, they'll chase it");
        say(13, "10:00", kbNews, marcus, "Saturday: design appointments available all day, book at the front desk or "
                + "ring us");
        // W28
        say(15, "09:00", kbLounge, stuart, "worktop turned up Friday night in the end, nobody told us it was coming. "
                + "fitted today. it's lovely but what a week");
        Post heSt = say(15, "09:40", kbLounge, helen, "@Stuart Colquhoun I'm so sorry, I've only just seen your "
                + "question from last week. that should never have sat there. I'm calling you this morning");
        heSt.react("🙏", stuart);
        say(15, "14:00", kbDiary, stuart, "done. oak-effect units, the white quartz, and the kids already spilt "
                + "blackcurrant on it. wiped straight off");
        Post weQ = say(16, "19:00", kbAsk, wendy, "hi, new here, I got your name from Maureen. We're thinking about "
                + "a small bathroom for under the stairs. Is 1.4m by 1m enough for a loo and basin?");
        Post heWe = re(16, "20:10", helen, weQ, "welcome Wendy! 1.4 by 1 is tight but it works with a wall-hung "
                + "loo and a corner basin, and an outward-opening door. Aisha has drawn a few, she'll show you "
                + "photos if you pop in");
        re(16, "20:30", wendy, heWe, "brilliant, thank you, I'll come in Saturday");
        say(17, "12:00", kbLounge, gordon, "Maureen's bathroom is booked in I hear! told you they were good");
        say(17, "12:30", kbLounge, aisha, "she's lovely! thanks Gordon");
        Post maPr = say(17, "15:00", kbAsk, marcus, "@Stuart Colquhoun really sorry about the worktop week, that "
                + "was on me. glad it's in. any snagging, tell me directly");
        re(17, "16:00", stuart, maPr, "thanks Marcus, all good now");
        say(18, "10:00", kbNews, aisha, "We've added a wet-room planning guide to the front desk, free, picks up "
                + "from the open evening talk");
        say(19, "11:00", kbDiary, wendy, "measured up properly: 1.45 by 1.02. Aisha's drawing it now!");
        say(19, "11:30", kbDiary, aisha, "those 5cm help more than you'd think");
        // more of the weeks
        Post goQ = say(5, "14:00", kbAsk, gordon, "@Aisha Qureshi for Maureen's sake: do you do the plumbing too, "
                + "or just the design and the units?");
        Post aiG = re(5, "15:10", aisha, goQ, "we do the lot, design, supply and our own fitters and plumber. she "
                + "just needs to book a home visit");
        re(5, "15:30", gordon, aiG, "I'll tell her, ta");
        Post prE = say(7, "10:00", kbAsk, priya, "next project is the kitchen (gluttons for punishment). is a "
                + "downdraft extractor worth it over a normal hood?");
        Post maE = re(7, "11:00", marcus, prE, "they look sleek but they pull less steam from tall pans. if you do "
                + "a lot of boiling and stock-making, I'd have a ceiling extractor over the island instead");
        re(7, "11:30", priya, maE, "we make a lot of soup. ceiling one it is, thanks!");
        say(13, "14:00", kbLounge, priya, "shower screen is perfect since Aisha came by, not a drip");
        say(13, "14:05", kbLounge, gordon, "told you they'd sort it");
        say(18, "16:00", kbLounge, stuart, "the worktop saga is forgotten, we've had friends round twice. thanks "
                + "Helen for ringing, that made the difference");
        say(19, "09:00", kbNews, helen, "Showroom closed Monday 22nd for staff training. Back Tuesday at 9");
    }

    /** B. Small Practice Architects: practices among themselves, and homeowners who ask. */
    private void architects() {
        // W26
        say(1, "08:50", arStudio, fiona, "anyone else had a planning officer ask for a daylight study on a single "
                + "storey rear extension? first time for me");
        Post ruD = say(1, "09:20", arStudio, rupert, "twice this year in Wandsworth. they're getting keen on it. a "
                + "simple 45 degree test drawing usually satisfies them");
        re(1, "09:35", fiona, ruD, "45 degree drawing, good shout, I'll send that first. thanks Rupert");
        Post alQ = say(2, "13:00", arAsk, alison, "we want a small kitchen extension at the back, about 3m. do we "
                + "actually need an architect or can a builder just draw it?");
        Post fiA = re(2, "14:10", fiona, alQ, "for 3m at the back you may not need planning at all (permitted "
                + "development), but you'll still want drawings for building regs. some builders do them, but an "
                + "architect or technician will think about light and how the room works, not just the walls");
        Post naA = re(2, "14:40", naomi, alQ, "and check whether you're in a conservation area first, that changes "
                + "everything. your council's map will say");
        re(2, "18:00", alison, fiA, "that's really helpful, I hadn't thought about light at all. thank you both");
        naA.react("🙏", alison);
        Post toJ = say(3, "09:00", arJobs, tomasz, "Part 2 assistant, freelance, free two days a week from July. "
                + "Revit, planning drawings, visuals. portfolio: tomaszw.example/portfolio");
        toJ.react("👍", fiona);
        say(3, "11:00", arOff, naomi, "the new Lutyens exhibition at the RIBA is worth a lunch hour, the drawings "
                + "are tiny and perfect");
        say(3, "11:30", arOff, fiona, "going Friday, thanks for the nudge");
        say(4, "16:00", arStudio, rupert, "fee question: what are people charging for measured surveys of a "
                + "standard semi these days? I feel I've been undercharging for years");
        Post fiF = say(4, "16:30", arStudio, fiona, "I quote £650-£850 depending on the loft. don't undercharge, "
                + "the survey is the job everything else rests on");
        say(4, "16:45", arStudio, naomi, "similar, £700 and up. we add for the roof if there's a drone needed");
        re(4, "17:00", rupert, fiF, "right, I'm putting mine up");
        Post alR = say(5, "09:00", arAsk, alison, "can anyone recommend an architect who does small rear extensions "
                + "near Bristol? after reading Fiona's answer I think we'd like someone who'll think about the light");
        Post naB = re(5, "09:40", naomi, alR, "that's us, we're in Bishopston and small extensions are most of our "
                + "work: achterberg-architects.example. a first visit is £150 and we'll tell you honestly if you "
                + "need us");
        re(5, "10:15", alison, naB, "oh perfect, that's 10 minutes from us. I'll email today");
        // W27
        say(8, "09:00", arStudio, rupert, "quiet week ahead for once. honestly I need more residential clients, "
                + "it's been nothing but office fit-outs since March");
        say(8, "09:20", arStudio, fiona, "they're out there, half my work started with a question somebody asked "
                + "in a place like this");
        Post keQ1 = say(8, "19:00", arAsk, kevin, "we've got a 1930s semi and want to turn the garage into a "
                + "bedroom. does that need planning or just building regs?");
        say(9, "10:00", arStudio, rupert, "does anyone have a decent template for a fee proposal? mine is a Word "
                + "doc from 2014");
        Post toT = say(9, "10:30", arStudio, tomasz, "I built one in InDesign for a practice last year, happy to "
                + "strip it out and share it, give me till tomorrow");
        re(9, "10:40", rupert, toT, "you're a gent");
        say(9, "14:00", arStudio, rupert, "also: planning portal has gone down again. third time this month");
        say(9, "14:10", arStudio, naomi, "it's fine in Bristol but our council's validation team takes 3 weeks "
                + "anyway so who can tell");
        say(10, "09:00", arStudio, rupert, "got a pre-app meeting at 11 with an officer I've never met, wish me luck");
        say(10, "09:10", arStudio, fiona, "good luck! take biscuits");
        say(10, "13:30", arStudio, rupert, "went well. she liked the brick. small wins");
        Post toS = say(10, "16:00", arStudio, tomasz, "template as promised: tomaszw.example/fee-proposal-template, "
                + "edit away");
        re(10, "16:20", rupert, toS, "that's so much better than mine, thank you Tomasz");
        toS.react("🙌", fiona, naomi);
        Post ruB = say(11, "10:00", arOff, rupert, "who's going to the Stirling prize shortlist talk in September?");
        re(11, "10:30", naomi, ruB, "me, want to get a drink after?");
        re(11, "10:35", rupert, ruB, "definitely");
        say(11, "12:00", arStudio, rupert, "anyone using the new Revit cloud worksharing? worth it for a three "
                + "person practice?");
        say(11, "12:20", arStudio, tomasz, "not for three, a shared drive does the same job");
        Post fiK = re(12, "08:30", fiona, keQ1, "a garage to bedroom is usually just building regs unless your "
                + "permitted development rights were removed. the big things: insulating the floor, a window for "
                + "escape, and the garage door opening filled properly");
        re(12, "09:00", kevin, fiK, "thank you, I'll check the permitted development thing with the council");
        say(12, "15:00", arStudio, rupert, "Friday. I'm done. drawings will still be here on Monday");
        // W28
        joins(15, "18:00", arAsk, marianne);
        Post keQ2 = say(16, "10:00", arAsk, marianne, "hello, first post. how deep do foundations need to be for a "
                + "single storey extension on clay? builder says 1m, neighbour says 2m");
        Post ruSell = re(16, "10:40", rupert, keQ2, "depends on trees nearby, on clay usually 1m+ and more near "
                + "oaks. I can do you a full planning and building regs package for £2,400, DM me");
        Post fiC = re(16, "11:10", fiona, keQ2, "on shrinkable clay it's 1m minimum, deeper within reach of trees "
                + "(there's an NHBC table by tree species and distance). building control will check the depth "
                + "when it's dug, so the builder can't get it wrong without someone noticing");
        re(16, "12:00", marianne, fiC, "the tree table is exactly what I needed, there's a willow next door. thanks "
                + "Fiona");
        say(17, "09:00", arJobs, tomasz, "July filled up, still free two days a week from August. portfolio as "
                + "before: tomaszw.example/portfolio");
        say(17, "14:00", arStudio, naomi, "Alison from ask-an-architect booked us in for the extension. this room "
                + "works");
        say(17, "14:15", arStudio, fiona, "told you! well done");
        say(18, "10:00", arOff, fiona, "anyone else's office fan now just moving hot air around");
        say(18, "10:05", arOff, tomasz, "working from the garden with a laptop in a cardboard box for the glare");
        // more of the weeks
        say(5, "16:00", arOff, rupert, "anyone else drawing their own house in their spare time, for fun, like "
                + "a lunatic");
        say(5, "16:10", arOff, fiona, "three versions of my kitchen so far. none built");
        say(5, "16:12", arOff, naomi, "my partner has banned the word 'extension' at dinner");
        Post alT = say(6, "10:00", arAsk, alison, "follow-up for anyone in the same boat: our house isn't in a "
                + "conservation area, and Naomi's coming round next week");
        alT.react("👍", naomi, fiona);
        say(13, "10:00", arOff, naomi, "just seen a planning notice for a 'contemporary reinterpretation of a "
                + "barn' which is a shed with a big window");
        say(13, "10:15", arOff, fiona, "all of mine are secretly that");
        Post naR = say(18, "15:00", arStudio, naomi, "@Rupert Ashdown how did the pre-app with the new officer "
                + "turn out in the end? going to her next month");
        Post ruN = re(18, "15:40", rupert, naR, "positive written response came yesterday. she likes a clear "
                + "sketch and hates CGIs, bring pencils");
        re(18, "15:50", naomi, ruN, "pencils, noted. thank you");
        say(19, "09:30", arAsk, kevin, "update: the council confirmed our PD rights are intact, so the garage "
                + "is just building regs. thanks again Fiona");
    }

    /** C. BIM Bench: CAD and BIM technicians helping each other; nobody sells. */
    private void bimBench() {
        // W26
        Post deQ = say(1, "09:30", bmRevit, dev, "my sheet list schedule won't sort by the sheet number properly, "
                + "A-101 comes after A-1000. any fix that isn't renaming 400 sheets?");
        Post keS = re(1, "10:05", kelechi, deQ, "it's sorting as text. add a shared parameter for a sort number, "
                + "fill it with a quick Dynamo graph, sort by that and hide the column");
        re(1, "10:30", dev, keS, "hidden sort column, clever. will try after lunch");
        say(1, "15:00", bmRevit, dev, "it worked, 412 sheets sorted in about a minute");
        Post joF = say(2, "11:00", bmFamilies, joanna, "made a parametric window family for sash windows with "
                + "working horns and glazing bars, free to use: joannapryce.example/families/sash-window");
        joF.react("🔥", kelechi, dev, bartek);
        say(2, "11:20", bmFamilies, kelechi, "the glazing bar options are lovely Joanna, using this on a Victorian "
                + "terrace job tomorrow");
        Post baQ = say(3, "14:00", bmTools, bartek, "anyone got IFC exports from ArchiCAD coming into Revit with the "
                + "slabs all floating 300mm up?");
        Post siA = re(3, "14:30", siobhan, baQ, "project base point vs survey point. ArchiCAD exports from the "
                + "project origin, set the IFC import to 'shared coordinates' and it lands right");
        re(3, "14:50", bartek, siA, "that was it. the slabs have landed. thanks Siobhan");
        say(4, "10:00", bmCoffee, dev, "the office has a new coffee machine and nobody can work out the milk");
        say(4, "10:05", bmCoffee, joanna, "ours has a button labelled only with a cow. nobody has pressed it");
        say(4, "10:06", bmCoffee, kelechi, "press the cow");
        Post ewQ0 = say(5, "16:00", bmRevit, ewan, "hi, just started as a junior technician. how do you make a "
                + "wall join cleanly to a curtain wall?");
        Post deE = re(5, "16:30", dev, ewQ0, "right-click the wall end, 'disallow join', then drag it to the mullion. "
                + "welcome by the way!");
        re(5, "17:00", ewan, deE, "ok");
        Post siL = say(7, "18:00", bmCoffee, siobhan, "on leave for a week from tomorrow, off grid in Skye. back "
                + "Monday the 8th, don't break anything");
        siL.react("🌿", joanna, dev);
        // W27
        Post ewQ1 = say(8, "09:15", bmRevit, ewan, "how do I stop the section box cutting through my furniture in "
                + "3D views");
        Post keE1 = re(8, "09:50", kelechi, ewQ1, "section box crops everything by design. make a second 3D view "
                + "without it, or use a view filter to hide the furniture category in the cut view");
        re(8, "10:30", ewan, keE1, "ok");
        Post ewQ2 = say(9, "11:00", bmRevit, ewan, "why are my door tags showing question marks");
        Post keE2 = re(9, "11:20", kelechi, ewQ2, "the tag is reading a parameter the family doesn't have. which "
                + "version are you on, and is it the out-of-the-box door tag or your office one?");
        Post deS = say(9, "12:00", bmRevit, dev, "@Siobhan Carrick when you're back: is your Dynamo script for "
                + "room data sheets on your site anywhere? want to try it on a school job");
        Post ewQ3 = say(11, "10:00", bmRevit, ewan, "how do you purge unused families without losing the ones in "
                + "legends");
        Post keE3 = re(11, "10:25", kelechi, ewQ3, "purge only looks at placed elements, and a legend counts, so "
                + "legend components are safe. worth saving a copy first anyway");
        Post joAsk = say(11, "14:00", bmFamilies, joanna, "could anyone test my IFC export settings template on a "
                + "real job and tell me if the property sets come through? joannapryce.example/templates/ifc-export");
        re(11, "15:30", dev, joAsk, "ran it on a small housing job, property sets all came through bar the fire "
                + "ratings. screenshot in a minute");
        say(11, "15:32", bmFamilies, dev, "fire rating lives under Pset_DoorCommon, it mapped to the wrong one");
        re(11, "16:00", joanna, joAsk, "thanks Dev, fixed and updated");
        Post ewQ4 = say(12, "09:00", bmTools, ewan, "how do I get an AutoCAD xref to come in at the right scale, "
                + "mine is 1000 times too big");
        Post joE = re(12, "09:20", joanna, ewQ4, "the DWG is in millimetres and the import is set to metres (or "
                + "auto). on import set the units to millimetres explicitly");
        Post baE = re(12, "09:25", bartek, ewQ4, "and check INSUNITS in the DWG itself, if whoever drew it left it "
                + "blank Revit guesses");
        re(12, "09:50", ewan, joE, "worked");
        say(12, "17:00", bmCoffee, kelechi, "Friday. my model has 40,000 warnings and I have decided they are "
                + "Monday's problem");
        say(12, "17:05", bmCoffee, bartek, "40k is rookie numbers. I inherited one with 90k");
        // W28
        Post siD = re(15, "08:30", siobhan, deS, "back and catching up! it's on GitHub, repo is siobhanc/room-data, "
                + "the readme says which Dynamo version. shout if it breaks");
        re(15, "09:00", dev, siD, "perfect, welcome back. how was Skye?");
        say(15, "09:10", bmCoffee, siobhan, "Skye: midges 1, me 0. beautiful though");
        Post deQ2 = say(16, "11:00", bmRevit, dev, "where does everyone learn Dynamo properly? I'm copying graphs "
                + "without understanding them");
        Post baL = re(16, "11:30", bartek, deQ2, "the free primer is the place to start: primer.dynamo.example, "
                + "then the forum's 'learn' tag forum.dynamo.example/c/learn, these two video series are good: "
                + "videos.example/dynamo-basics and videos.example/dynamo-lists, and the lists chapter is the one "
                + "that makes it click");
        re(16, "12:00", dev, baL, "brilliant, starting the primer tonight");
        Post ewQ5 = say(17, "10:00", bmRevit, ewan, "sorry I went quiet, busy week. I'm on Revit 2029 and it was "
                + "the office tag. how do I see which parameter it wants?");
        Post keE4 = re(17, "10:30", kelechi, ewQ5, "edit the tag family, select the label, and the edit label "
                + "dialog lists the parameter. then check the door family has it as a shared parameter");
        re(17, "11:00", ewan, keE4, "found it, the office tag wanted a fire rating parameter our doors don't have. "
                + "thanks for sticking with me Kelechi");
        Post ewHelp = say(18, "14:00", bmRevit, ewan, "for anyone else with door tags showing '?', check the label "
                + "parameter in the tag, that was mine");
        ewHelp.react("👍", kelechi, dev);
        Post deEw = say(18, "15:00", bmTools, dev, "@Ewan Strachan you did the xref scale thing last week, did "
                + "INSUNITS fix it in the end?");
        re(18, "15:20", ewan, deEw, "it was blank like Bartek said, set to mm and it's fine now");
        say(19, "10:00", bmFamilies, joanna, "small update to the sash window family, horns now switch off for "
                + "Georgian styles");
        // more of the weeks
        Post joQ = say(6, "10:00", bmTools, joanna, "Vectorworks people: is there a way to batch export sheets to "
                + "PDF with the sheet number in the file name?");
        Post baJ = re(6, "10:40", bartek, joQ, "publish command, and in the publish settings set the file name to "
                + "'sheet number - sheet title'. saved sets remember it");
        re(6, "11:00", joanna, baJ, "publish sets! I've been exporting one by one for two years");
        say(13, "12:00", bmCoffee, dev, "anyone watching the tennis at their desk or is it just me");
        say(13, "12:05", bmCoffee, joanna, "on the second monitor where the clash report should be");
        Post kQ = say(19, "14:00", bmRevit, kelechi, "question for once: anyone found a tidy way to number "
                + "rooms by level and wing automatically? our naming convention is 2-W-014");
        Post siK = re(19, "14:30", siobhan, kQ, "my room-data script does something close, there's a numbering "
                + "node in it. change the prefix pattern and it should do 2-W-014");
        Post ewK = re(19, "14:45", ewan, kQ, "we do that at work with a Dynamo graph too, I can ask my senior if I "
                + "can share it");
        re(19, "15:10", kelechi, siK, "that did it, thank you Siobhan");
        re(19, "15:12", kelechi, ewK, "thanks Ewan, no need now, but kind of you");
    }

    /** D. Garden Design Collective: designers, a nursery's rep, and garden owners who ask. */
    private void gardens() {
        // W26
        say(1, "07:30", gdPlants, craig, "Dunmore Nurseries availability for this week: good stock of Hakonechloa, "
                + "Sesleria and 3L Geranium 'Rozanne', multistem Amelanchier in 200-250. trade list: "
                + "dunmore-nurseries.example/availability");
        Post loQ = say(2, "12:00", gdAsk, lorna, "north-facing border under a sycamore, dry and dark. everything "
                + "I plant sulks. any ideas?");
        Post imA = re(2, "12:40", imogen, loQ, "dry shade is the hardest spot in any garden. Epimedium, Geranium "
                + "macrorrhizum and Luzula will cope, and improve the soil with leaf mould every autumn. water well "
                + "for the first year, the tree takes everything");
        re(2, "13:10", lorna, imA, "I've never heard of Epimedium and now I want ten. thank you Imogen");
        imA.react("🌿", hamish);
        Post beI = say(3, "10:00", gdShed, beatriz, "hello! I'm Beatriz, just set up as a garden designer in Leeds "
                + "after eight years as a landscape gardener. I love naturalistic planting and small city plots. "
                + "some of my work: beatrizalmeida.example");
        Post imW = re(3, "10:30", imogen, beI, "welcome Beatriz! lovely gravel garden on your site, that's a "
                + "tricky look to pull off");
        Post haW = re(3, "11:00", hamish, beI, "welcome. a Leeds designer, finally, I'm forever being asked for "
                + "names up there");
        re(3, "11:20", beatriz, imW, "thank you! it took three goes to get the gravel depth right");
        re(3, "11:25", beatriz, haW, "please do send them my way, and thank you");
        Post crD = say(4, "08:00", gdDm, craig, "hi Beatriz, Craig from Dunmore Nurseries. saw you've just started "
                + "out, welcome! new trade accounts get 15% off the first order, price list here "
                + "dunmore-nurseries.example/trade, DM me your plant list and I'll quote same day");
        say(4, "19:00", gdDm, beatriz, "thanks Craig, I'm sorted for now but I'll keep it in mind");
        say(5, "09:00", gdStudio, hamish, "survey drone finally arrived, we've been hiring one for every park job");
        say(5, "09:20", gdStudio, imogen, "ooh. does the software stitch the levels or is that separate?");
        say(5, "09:40", gdStudio, hamish, "it does both, contours straight out. saves me a day on every site");
        // W27
        say(8, "07:30", gdPlants, craig, "this week: Molinia 'Transparent' back in, plus a few Cornus kousa at "
                + "a good size. trade list: dunmore-nurseries.example/availability");
        Post loP = say(9, "18:00", gdAsk, lorna, "the Epimedium are in! next question: would it be worth paying "
                + "someone to design the whole back garden? what does that usually cost?");
        Post imP = re(9, "18:40", imogen, loP, "honestly for a whole garden it usually is, mistakes in hard "
                + "landscaping are the expensive ones. a full design is often 8-12% of the build. I do a one-day "
                + "consultation and plan for £350 if you want a lighter version: imogenradcliffe.example/consult");
        Post haP = re(9, "19:00", hamish, loP, "whoever you use, ask to see a garden they did 3+ years ago, not just "
                + "the day it was finished");
        re(9, "20:00", lorna, imP, "£350 sounds very doable, I'll have a look. and good tip Hamish");
        haP.react("👍", lorna, beatriz);
        Post neQ = say(10, "08:00", gdAsk, neil, "@Hamish Lockhart you mentioned levels earlier: our lawn sits "
                + "in water every winter, heavy clay. French drain or is that overkill?");
        say(10, "12:30", gdAsk, hamish, "Neil, on clay a French drain only works if it has somewhere to go. find "
                + "your outfall first (a ditch, a soakaway in better ground), otherwise you've built a long puddle. "
                + "spiking and sanding the lawn each autumn helps too");
        say(10, "13:00", gdAsk, neil, "there's a ditch at the bottom, so that's the plan. cheers");
        Post beQ = say(11, "10:00", gdStudio, beatriz, "pricing question for those further along: do you charge "
                + "for the first visit? I've been doing them free and losing whole afternoons");
        Post imB = re(11, "10:20", imogen, beQ, "I charge £90 and take it off the design fee if they go ahead. "
                + "the people who pay are the ones who go ahead");
        Post crB = re(11, "10:45", craig, beQ, "not a designer, but the ones I supply who charge seem busier, "
                + "not quieter");
        re(11, "11:00", beatriz, imB, "that makes sense. charging from Monday");
        crB.react("👍", beatriz);
        say(12, "16:00", gdShed, hamish, "weekend plan: my own garden, which the cobbler's children rule says "
                + "will stay a mess");
        say(12, "16:10", gdShed, imogen, "mine's all pots of things I couldn't fit in clients' gardens");
        // W28
        say(15, "07:30", gdPlants, craig, "Salvia 'Caradonna' and Stipa tenuissima both in good numbers this week. "
                + "trade list: dunmore-nurseries.example/availability");
        Post beO = say(16, "09:00", gdPlants, beatriz, "@Craig Dunmore do you have Sanguisorba 'Red Thunder' in "
                + "9cm? need 30 for a job in Headingley");
        Post crO = re(16, "09:30", craig, beO, "I've got 36 in 9cm, £3.20 each trade. can deliver Thursday with "
                + "the Leeds run");
        re(16, "10:00", beatriz, crO, "perfect, I'll take 30. ordering now");
        say(17, "10:00", gdAsk, lorna, "booked Imogen's consultation for next week! very excited");
        say(17, "10:30", gdAsk, imogen, "looking forward to it Lorna, bring photos of gardens you love");
        say(18, "17:00", gdShed, beatriz, "first job where I charged for the visit: they went ahead. thank you "
                + "Imogen");
        say(18, "17:10", gdShed, imogen, "🎉 told you");
        say(19, "09:00", gdStudio, hamish, "park consultation tonight, 40 residents and one very strong opinion "
                + "about dog bins");
        say(19, "09:15", gdStudio, beatriz, "good luck! bring a dog bin diagram");
        // more of the weeks
        say(6, "18:00", gdShed, lorna, "planted three Epimedium samples from the garden centre to test the spot. "
                + "feels like adopting");
        say(6, "18:20", gdShed, imogen, "they'll sulk for a year and then take over. in a good way");
        Post neQ0 = say(7, "09:00", gdAsk, neil, "what's a sensible depth of topsoil for a new lawn on a new build "
                + "plot? builder left about an inch over rubble");
        Post haN = re(7, "10:00", hamish, neQ0, "150mm for a lawn that survives a dry summer, and get the "
                + "rubble out of the top 300mm if you can. builders' 'topsoil' is often subsoil with a tan");
        re(7, "10:30", neil, haN, "a tan, ha. 150mm it is");
        say(13, "11:00", gdShed, beatriz, "first Leeds enquiry came through from someone Hamish sent! thank you");
        say(13, "11:10", gdShed, hamish, "you're the one they asked for");
        say(20, "10:00", gdShed, neil, "the drain to the ditch is in and it's rained for two days. lawn is dry. "
                + "thank you Hamish");
        say(20, "10:30", gdShed, hamish, "music to my ears");
    }

    /** E. Planning Surgery: planning consultants, and householders who ask. */
    private void planners() {
        // W26
        say(1, "08:30", plPolicy, rashid, "The consultation on the new permitted development rights for rear "
                + "extensions closes 9 August. worth a response if you do householder work: "
                + "gov.example/consultations/pd-rear-extensions");
        Post deP1 = say(1, "09:00", plLounge, declan, "Won another householder appeal last week, inspector overturned "
                + "a refusal on a two-storey side extension. full write-up on my blog: "
                + "mulvey-planning.example/blog/appeal-win-hounslow. taking on new appeal cases this summer");
        deP1.react("👏", rashid);
        Post gaQ = say(2, "10:00", plAsk, gail, "Can I build a single storey rear extension without planning? "
                + "we're a semi, it would go out 3.5m");
        Post yvA = re(2, "10:45", yvonne, gaQ, "on a semi, permitted development allows 3m without asking anyone, "
                + "and up to 6m through the prior approval route (the council writes to your neighbours, and it "
                + "goes ahead unless they raise a sound objection). at 3.5m you'd need prior approval. check your "
                + "house hasn't had its PD rights removed");
        re(2, "11:30", gail, yvA, "prior approval it is, that sounds far less scary than full planning. thank you "
                + "Yvonne");
        say(2, "15:00", plAsk, declan, "Refused and thinking of appealing? Read how I won this one and book a free "
                + "call: mulvey-planning.example/blog/appeal-win-hounslow");
        Post trQ = say(3, "18:00", plAsk, trevor, "does a dropped kerb need planning permission? council website "
                + "sends me round in circles");
        Post yvT = re(3, "18:40", yvonne, trQ, "on an unclassified road it's usually highways consent only, not "
                + "planning. on a classified road (A or B) you need planning too. the highways team will tell you "
                + "which your road is");
        re(3, "19:10", trevor, yvT, "it's a B road, of course it is. thanks, at least I know which form now");
        say(3, "19:30", plPolicy, rashid, "Appeal decision worth reading on 'character of the area' for "
                + "dormers, the inspector's reasoning on rhythm of the street is useful: "
                + "appeals.example/decisions/3301122");
        say(4, "12:00", plGeneral, declan, "in case you missed it, my Hounslow appeal win: "
                + "mulvey-planning.example/blog/appeal-win-hounslow");
        say(4, "16:00", plLounge, yvonne, "anyone finding validation taking longer everywhere? Brent sat on one of "
                + "mine for five weeks");
        say(4, "16:20", plLounge, rashid, "six in Ealing. staffing, they've lost half the team");
        say(5, "11:00", plGeneral, gail, "went to the council drop-in for prior approval forms, the man there "
                + "had the same answer as Yvonne word for word");
        // W27
        Post moQ = say(8, "09:00", plAsk, moira, "@Declan Mulvey in your Hounslow post you said the inspector gave "
                + "weight to the neighbour's similar extension. does that still count if the neighbour's was "
                + "built without permission and never challenged?");
        say(8, "12:00", plPolicy, rashid, "Updated national design guide published today, the section on "
                + "extensions has changed more than the summary admits: gov.example/design-guide-2030");
        Post yvR = say(8, "14:00", plLounge, yvonne, "Rashid, have you read the new guide's bit on side "
                + "extensions? I can't tell if it's stricter or just reworded");
        re(8, "14:40", rashid, yvR, "stricter I think, the 'set back' is now a 'should' not a 'may'. I'll write "
                + "something up");
        Post gaQ2 = say(9, "10:00", plAsk, gail, "prior approval form asks for 'height at the eaves'. is that "
                + "from the ground or from the floor inside?");
        Post raG = re(9, "10:30", rashid, gaQ2, "from the natural ground level outside, to where the wall meets "
                + "the roof");
        re(9, "11:00", gail, raG, "outside, got it. thanks Rashid");
        say(10, "09:00", plPolicy, declan, "New on the blog: a plain-English guide to lawful development "
                + "certificates: mulvey-planning.example/blog/ldc-guide");
        say(10, "15:00", plPolicy, rashid, "my notes on the side extension change in the new design guide, "
                + "comments welcome: docs.example/rashid/side-extensions-note");
        say(10, "15:30", plPolicy, yvonne, "really useful, thanks Rashid. the diagram helps");
        say(11, "11:00", plGeneral, trevor, "dropped kerb approved! highways were quick once I had the right form");
        say(11, "11:10", plGeneral, yvonne, "great news Trevor");
        say(12, "17:00", plAsk, moira, "never mind, found a council guide that covers it. unauthorised work can "
                + "still count as a fallback if it's become lawful over time");
        // W28
        say(15, "08:30", plPolicy, rashid, "Consultation reminder: PD rear extensions closes in a month. I've "
                + "drafted our response, happy to share: docs.example/rashid/pd-response-draft");
        Post yvL = say(15, "09:00", plLounge, yvonne, "draft looks good, I'd add something on the 6m prior "
                + "approval notices, householders don't understand them");
        re(15, "09:30", rashid, yvL, "added, thanks");
        say(16, "14:00", plAsk, gail, "prior approval granted!! no objections. builder starts in September");
        say(16, "14:10", plAsk, yvonne, "brilliant Gail, well done for getting the forms right");
        Post yvH = say(17, "16:00", plGeneral, yvonne, "off on holiday from tomorrow until the 29th, phone off. "
                + "Rashid has kindly said he'll keep an eye on the householder room");
        yvH.react("👍", rashid, gail);
        Post trQ2 = say(19, "10:00", plAsk, trevor, "@Yvonne Hartigan one more: do I need anything from planning "
                + "to widen the existing driveway gate by 1m?");
        Post raT = re(19, "10:30", rashid, trQ2, "Yvonne's away, I'll jump in: a gate under 2m high next to a "
                + "road doesn't need planning, and widening onto the kerb you already have is usually fine. if it "
                + "needs the dropped kerb extended, that's back to highways");
        re(19, "11:00", trevor, raT, "ah, it would need the kerb extending. back to highways I go. thanks Rashid");
        say(19, "12:00", plLounge, declan, "anyone got a good planning lawyer for a judicial review? asking for "
                + "a client");
        say(19, "12:20", plLounge, rashid, "Harding & Pope did one for a client of mine, very thorough");
        // more of the weeks
        say(5, "17:00", plLounge, rashid, "has anyone tried the new online appeal portal? the upload limit is "
                + "20MB, which is one drawing");
        say(5, "17:10", plLounge, yvonne, "split into parts and name them 1 of 6. the inspector's office told me "
                + "that was fine");
        say(12, "12:00", plGeneral, gail, "Yvonne, Rashid, I owe you both a cake. the forms went in today");
        say(12, "12:10", plGeneral, rashid, "good luck Gail");
        Post gaQ3 = say(17, "11:00", plAsk, gail, "last one I promise: builder asks if we need building regs "
                + "approval before or after planning?");
        Post yvG = re(17, "11:30", yvonne, gaQ3, "after, or in parallel, but don't start work until both are "
                + "in place. your builder can submit a building notice, or full plans if it's complicated");
        re(17, "12:00", gail, yvG, "in parallel then, thank you. enjoy your holiday Yvonne!");
    }

    /** F. Made to Measure: bespoke furniture makers, a timber merchant, and clients who commission. */
    private void furnitureMakers() {
        // W26
        Post caQ = say(1, "08:00", fuWorkshop, callum, "anyone had hardwax oil go tacky and stay tacky on oak? "
                + "three days now and it's still grabbing my fingers");
        Post jaA = re(1, "08:40", jasper, caQ, "too thick a coat, or too cold. wipe it back hard with a rag and a "
                + "little more oil, it softens the top layer, then buff it off. thin coats only");
        Post gwA = re(1, "09:10", gwilym, caQ, "and oak straight from the kiln in summer can sweat a bit of moisture "
                + "under it. if it was fresh stock from me, give it another week before oiling next time");
        re(1, "09:30", callum, jaA, "wiped back and buffed, it's already better. thanks Jasper");
        gwA.react("👍", callum);
        say(2, "10:00", fuSale, gwilym, "Fresh in: quartersawn English oak, 27mm and 52mm, kiln dried, £95 per "
                + "cube foot. offcut bags £15 for anyone doing boxes or chopping boards");
        Post anQ = say(2, "19:00", fuCommissions, annette, "Looking for a maker for a standing desk in oak, about "
                + "140 x 70, a drawer if possible. budget around £1,200. we're in Worcester");
        Post caO = re(2, "20:00", callum, anQ, "I'd love to make that. in oak with a drawer I could do it for "
                + "£1,150, about a month's lead time. a couple I've made: callumreid.example/desks");
        re(2, "20:30", annette, caO, "those are beautiful. could we chat on the phone tomorrow?");
        re(3, "09:00", callum, caO, "of course, I'm free after 10");
        say(3, "12:00", fuTea, ottilie, "hot in the workshop today, the glue's going off before I've clamped");
        say(3, "12:10", fuTea, callum, "slow-set PVA or hide glue, and a fan, in that order");
        Post huQ = say(4, "18:00", fuCommissions, hugh, "Anyone make fitted wardrobes for a room with a sloping "
                + "ceiling? Shropshire, an old cottage, nothing is square");
        Post otA = re(4, "18:30", ottilie, huQ, "yes, that's most of my work, attics and cottages. I'd come and "
                + "template the slope first. past work: ottiliebrandon.example, happy to quote");
        re(4, "19:00", hugh, otA, "nothing square is exactly what I need. I'll message you");
        say(5, "09:00", fuWorkshop, ottilie, "question for the hive mind: best way to scribe a back panel to an "
                + "uneven stone wall?");
        say(5, "09:30", fuWorkshop, callum, "Ottilie, a cardboard template first, then trace with a compass set "
                + "to the biggest gap. never scribe straight onto the good timber");
        say(5, "09:40", fuWorkshop, ottilie, "cardboard first, yes. thanks Callum");
        // W27
        say(8, "09:00", fuWorkshop, jasper, "New walnut coffee table finished, live edge, butterfly keys across "
                + "the split. available now at jasperkinnaird.example/shop");
        say(8, "13:00", fuTea, jasper, "Summer sale on at my shop, 10% off all side tables this week: "
                + "jasperkinnaird.example/shop");
        say(9, "10:00", fuSale, jasper, "Walnut coffee table, live edge, 120 x 60, £1,450, collection from "
                + "Hereford or delivery at cost");
        say(9, "17:00", fuWorkshop, jasper, "steam bending the backs for a set of oak dining chairs today");
        say(9, "17:30", fuWorkshop, ottilie, "Hugh's wardrobe: templated the slope today, 38 degrees and a "
                + "beam in the way. fun");
        say(10, "11:00", fuTea, jasper, "my chairs got a full page in Herefordshire Life this month, very proud");
        say(10, "16:00", fuWorkshop, jasper, "oak chairs nearly done, will be selling them as a set of six");
        Post gwN = say(10, "16:30", fuSale, gwilym, "Ash in this week too, 27mm, nice and white, £70 a cube foot");
        gwN.react("👀", ottilie);
        say(11, "09:00", fuTea, jasper, "last chance for 10% off at my shop: jasperkinnaird.example/shop");
        say(11, "14:00", fuWorkshop, jasper, "finished the chairs, two coats of hardwax, thin ones");
        Post caD = say(11, "15:00", fuWorkshop, callum, "Annette's desk carcass is glued up, drawer runners next. "
                + "anyone used the new soft-close wooden runners?");
        Post otD = re(11, "15:40", ottilie, caD, "used them on a dresser, they're lovely but need 2mm more side "
                + "clearance than the spec says");
        re(11, "16:00", callum, otD, "2mm, noted, that would have ruined my week");
        say(12, "10:00", fuSale, jasper, "Set of six oak dining chairs, steam bent backs, £2,800, more photos on "
                + "jasperkinnaird.example/shop");
        say(12, "18:00", fuTea, jasper, "off to the Ludlow craft fair this weekend with a van full of stock");
        say(13, "19:00", fuWorkshop, jasper, "sold the coffee table at Ludlow!");
        // W28
        say(15, "09:00", fuWorkshop, jasper, "new batch of walnut side tables, all in the shop now: "
                + "jasperkinnaird.example/shop");
        Post caG = say(16, "08:30", fuSale, callum, "@Gwilym Pritchard any more of that quartersawn oak? the last "
                + "lot was lovely, want enough for a matching bookcase for Annette");
        Post gwC = re(16, "10:30", gwilym, caG, "put two boards aside for you Callum, same log. pick up whenever");
        re(16, "10:45", callum, gwC, "legend, Thursday");
        say(17, "09:00", fuTea, jasper, "only three side tables left in my shop, grab one before they go: "
                + "jasperkinnaird.example/shop");
        say(17, "18:00", fuCommissions, annette, "the standing desk arrived today and it's even better than the "
                + "drawings. I've already told my sister, she wants a bookcase from Callum too");
        say(17, "18:30", fuCommissions, callum, "that made my week Annette, thank you. tell your sister to "
                + "message me whenever");
        say(18, "12:00", fuWorkshop, ottilie, "Hugh's wardrobe is in. 38 degree slope, beam notched round, "
                + "doors close. I may cry");
        Post huT = say(18, "19:00", fuCommissions, hugh, "the wardrobe Ottilie made for our cottage is perfect. "
                + "if anyone's hesitating about a tricky room, don't");
        huT.react("❤️", ottilie, callum);
        say(19, "10:00", fuTea, gwilym, "yard's closed Saturday week for the family wedding, order before Friday");
        // more of the weeks
        say(6, "10:00", fuTea, annette, "first time commissioning furniture, I had no idea the maker would ask "
                + "how tall I am and which hand I write with");
        say(6, "10:20", fuTea, callum, "the desk should fit you, not the average person. it's half the fun");
        Post otQ = say(13, "09:00", fuWorkshop, ottilie, "@Gwilym Pritchard is your ash steady enough for a "
                + "wardrobe door 2m tall, or will it move too much?");
        Post gwO = re(13, "10:00", gwilym, otQ, "it's stable, kiln dried to 10%, but I'd frame and panel a door "
                + "that size whatever the timber. a solid slab will cup");
        re(13, "10:15", ottilie, gwO, "frame and panel then. I'll come and pick boards Monday");
        say(20, "11:00", fuTea, ottilie, "anyone up for a makers' pint in Ludlow next month?");
        say(20, "11:10", fuTea, callum, "in");
        say(20, "11:20", fuTea, gwilym, "I'll bring the offcut bags");
    }

    /** G. Lumen Circle: architectural lighting designers, and a luminaire maker's rep among them. */
    private void lightingDesigners() {
        // W26
        say(1, "09:00", liProducts, ross, "Halvard Lighting: the Arc recessed downlight now comes in 2200K warm "
                + "dim and a 15 degree optic. samples available to designers, spec sheets at "
                + "halvard-lighting.example/arc");
        Post grQ = say(2, "10:00", liDesign, greta, "@Benedict Okafor you mentioned UGR calcs for the library job. "
                + "do you run them for every room or only where the brief asks?");
        say(2, "11:00", liDesign, benedict, "Greta, every room with desks, brief or not. it's the first thing a "
                + "facilities manager complains about. for corridors and stairs I don't bother");
        say(2, "11:15", liDesign, greta, "every room with desks, got it. thanks!");
        Post grS = say(3, "14:00", liProducts, greta, "@Ross Abernethy could I get an Arc sample in 2700K with the "
                + "15 degree optic? for a gallery mock-up next week");
        Post roS = re(3, "14:30", ross, grS, "of course, posting one today. if the mock-up goes well the project "
                + "price is £88 a unit over 50, drop me a DM with the site and I'll hold stock");
        re(3, "15:00", greta, roS, "thank you, that's quick!");
        Post fiS = say(4, "16:00", liShow, finlay, "Finished: a small chapel turned into a concert venue. all "
                + "linear uplight hidden in the cornice, nothing on the walls. photos: "
                + "finlaysutherland.example/projects/st-ninians");
        fiS.react("😍", valentina, benedict, greta);
        Post vaF = re(4, "16:30", valentina, fiS, "that ceiling glows. how did you deal with dust on the uplights "
                + "in a cornice that high?");
        re(4, "17:00", finlay, vaF, "access hatches every 6m and a promise from the caretaker. we'll see");
        say(5, "12:00", liAfter, benedict, "my kid asked why the streetlights are orange on our road and white on "
                + "the next. I gave a 20 minute answer. she left after 2");
        say(5, "12:10", liAfter, valentina, "sodium vs LED, the talk every lighting designer's family gets");
        // W27
        Post vaQ = say(8, "09:00", liDesign, valentina, "DALI-2 vs Casambi for a small restaurant refit: the "
                + "client wants to change scenes from a phone. anyone regret either?");
        Post beV = re(8, "09:40", benedict, vaQ, "Casambi for anything under 100 fittings, the commissioning is "
                + "an afternoon. DALI when the building has a BMS or someone to maintain it");
        Post fiV = re(8, "10:00", finlay, vaQ, "Casambi, but buy one spare node, they're the bit that fails");
        re(8, "10:20", valentina, beV, "Casambi it is, and a spare node. thank you both");
        fiV.react("👍", valentina);
        say(9, "11:00", liDesign, ross, "Hi all, Halvard is shortlisted for Product of the Year at the Lighting "
                + "Design Awards! would you mind voting for the Arc and following our page? vote: "
                + "awards.example/vote/halvard-arc, follow: social.example/halvardlighting");
        say(10, "09:00", liAfter, ross, "@Valentina Russo could you share our awards post with your followers? "
                + "every vote helps: awards.example/vote/halvard-arc");
        Post vaR = say(10, "13:00", liAfter, valentina, "@Ross Abernethy sorry, I keep my feed for projects, I "
                + "don't share for manufacturers. good luck though");
        vaR.react("👍", benedict);
        Post grQ2 = say(10, "15:00", liDesign, greta, "first solo scheme! a dentist's waiting room. I'm torn "
                + "between 3000K and 3500K");
        Post vaG = re(10, "15:30", valentina, grQ2, "3000K, and keep the chair lights separately controlled so "
                + "the dentist gets the cooler task light only where they work");
        re(10, "16:00", greta, vaG, "that's such a good way to split it. thank you");
        say(11, "10:00", liShow, benedict, "Library reading room done: task lighting in the desks, the ceiling "
                + "just for the architecture. UGR under 16 everywhere, Greta");
        say(11, "10:20", liShow, greta, "I'm going to go and sit in it");
        say(12, "17:00", liAfter, finlay, "Friday question: worst spec you've ever inherited?");
        say(12, "17:10", liAfter, benedict, "a hotel lobby with 340 GU10s and a single switch");
        say(12, "17:12", liAfter, valentina, "😂 that's not a spec, that's a cry for help");
        // W28
        say(15, "09:00", liProducts, ross, "voting for the Lighting Design Awards closes Friday! if you haven't "
                + "voted for the Arc yet, please do: awards.example/vote/halvard-arc");
        say(16, "10:00", liShow, greta, "dentist's waiting room is in! 3000K, separate chair lights. the "
                + "dentist says patients seem calmer. photos: gretalindholm.example/dentist");
        Post vaGr = say(16, "10:20", liShow, valentina, "@Greta Lindholm look at that, calm and not a clinic. "
                + "did the chair lights need extra glare control?");
        re(16, "11:00", greta, vaGr, "a honeycomb louvre on each, the dentist didn't notice them at all");
        say(17, "14:00", liDesign, finlay, "anyone done emergency lighting in a listed building without "
                + "wrecking it? the fire officer wants boxes everywhere");
        say(17, "14:40", liDesign, benedict, "Finlay, self-contained conversion kits in the existing fittings. "
                + "the fire officer gets his 3 hours, the walls stay clean. took me two meetings to win");
        say(17, "15:00", liDesign, finlay, "conversion kits, of course. thanks Benedict");
        say(18, "11:00", liProducts, ross, "thanks to everyone who voted, results in September. new 2200K Arc "
                + "samples back in stock for designers");
        // more of the weeks
        say(6, "09:00", liDesign, greta, "reading about circadian lighting in care homes, is it real or "
                + "marketing?");
        say(6, "09:30", liDesign, benedict, "both. the evidence for bright days and dim warm evenings is decent, "
                + "the evidence for the expensive tunable kit doing it better than good daylight is thin");
        say(6, "09:40", liDesign, greta, "that's a great answer, thank you");
        say(13, "10:00", liAfter, greta, "went to sit in Benedict's library. read a whole book. no glare");
        say(13, "10:10", liAfter, benedict, "best review I've had");
        Post fiQ = say(19, "16:00", liShow, finlay, "@Valentina Russo how did the Casambi restaurant turn out? "
                + "I want to steal your scene list");
        Post vaFi = re(19, "17:00", valentina, fiQ, "opened last night, five scenes, the owner uses two. spare "
                + "node still in its box. happy to send you the scene list");
        re(19, "17:30", finlay, vaFi, "yes please, thank you");
    }

    /** H. Interiors Hub: freelance interior designers, and homeowners who ask. */
    private void interiorDesigners() {
        // W26
        Post beQ = say(1, "19:00", inAsk, bethan, "north-facing living room, always looks grey whatever white we "
                + "try. what colour would you go for?");
        Post caA = re(1, "19:40", camille, beQ, "stop fighting it with white. a north room takes warm, mid-tone "
                + "colours well: a soft terracotta, an ochre, a warm green. paint big swatches and look at them "
                + "at 4pm, not noon");
        Post haA = re(1, "20:00", harvey, beQ, "and warm white bulbs (2700K) in the lamps, it changes everything "
                + "after dark");
        re(1, "20:30", bethan, caA, "ochre! I'd never have dared. painting swatches this weekend");
        haA.react("👍", bethan);
        say(2, "10:00", inTrade, camille, "anyone else's fabric supplier quoting 14 weeks on linen now? I've a "
                + "client waiting on curtains");
        say(2, "10:20", inTrade, harvey, "same, try the mill in Yorkshire, 6 weeks and the weight is better");
        say(2, "10:30", inTrade, camille, "Harvey you're a hero");
        Post lyA = say(3, "12:00", inNatter, lydia, "I've just finished my own hallway, I went with a dark navy "
                + "below the dado and it's my favourite room in the house");
        re(3, "12:20", camille, lyA, "navy below the dado is so good in a hall, it hides the scuffs too");
        Post coQ = say(4, "18:00", inAsk, colin, "we want to knock through kitchen and dining. how do you stop a "
                + "big open-plan room feeling like a sports hall?");
        Post haC = re(4, "18:30", harvey, coQ, "zones: a rug under the dining table, a pendant low over it, and "
                + "the kitchen lit separately. if you can, keep a nib of wall or a change in floor to mark the edge");
        re(4, "19:00", colin, haC, "a nib of wall, never thought of keeping one. thanks Harvey");
        Post suS = say(5, "11:00", inNatter, sunil, "Camille did our living room last year, still get compliments. "
                + "told my sister to get in touch with her for her flat");
        re(5, "11:30", camille, suS, "Sunil, thank you! that's so kind, I'd love to help her");
        Post beB = say(6, "16:00", inBoards, bethan, "ochre swatch on the wall at 4pm, and I love it. moodboard "
                + "with the sofa and rug we've got: boards.example/bethan-living");
        Post caB = re(6, "16:30", camille, beB, "that works! the rust cushions tie it to the rug. maybe a darker "
                + "ochre on the skirting so it doesn't look unfinished");
        re(6, "17:00", bethan, caB, "darker skirting, yes, that's the bit that felt off");
        // W27
        Post haT = say(8, "09:00", inTrade, harvey, "clients have gone quiet for me this summer, normally it's my "
                + "busy season");
        re(8, "09:30", lydia, haT, "honestly I've never been busier. I had three enquiries last week alone from "
                + "my Instagram, I think it's because I started posting my before and afters every day. my "
                + "engagement went up 40% in a month and I've now got a waiting list until October. I'm thinking of "
                + "taking on an assistant, my own studio space, the lot. my husband says I should slow down but I "
                + "love it");
        say(8, "09:45", inTrade, camille, "mostly word of mouth for me, and answering questions in here");
        Post haL = say(9, "11:00", inNatter, harvey, "went to the Design Centre summer show yesterday, the new "
                + "wool velvets are gorgeous");
        re(9, "11:30", lydia, haL, "I went on the press day actually, I was invited because of my feature in "
                + "the Sunday supplement. I met so many of my favourite designers, I had my photo taken with two "
                + "of them, and I picked up samples for my next three projects. I wrote up my whole day on my "
                + "blog, my readers loved it. I'm hoping I get invited again next year, my PR person says I will");
        say(9, "12:00", inNatter, harvey, "sounds busy! the velvets were the best bit for me");
        Post caL = say(10, "10:00", inBoards, camille, "scheme for a client's snug: forest green walls, a rust "
                + "velvet sofa, brass lamp. too much?");
        re(10, "10:30", lydia, caL, "I did almost exactly this for my own snug two years ago, I used a darker "
                + "green than that and my velvet was more orange. I still think mine is the best room I've ever "
                + "designed, I've had it in two magazines. my tip would be that I always use three metals, never "
                + "one, I'm known for it now");
        Post haCa = re(10, "11:00", harvey, caL, "not too much. maybe a lighter ceiling so it doesn't close in");
        re(10, "11:20", camille, haCa, "good call, off-white ceiling it is");
        Post beQ2 = say(10, "19:00", inAsk, bethan, "next room: a tiny box bedroom for a home office. any way to "
                + "make it feel bigger?");
        Post caE = re(10, "19:30", camille, beQ2, "paint walls and ceiling the same colour so the corners "
                + "disappear, a desk on legs so you see the floor under it, and a mirror opposite the window");
        re(10, "20:00", bethan, caE, "same colour on the ceiling, brave but I'll try it. thank you!");
        say(11, "14:00", inNatter, lydia, "just got back from a site visit, my client cried when she saw her "
                + "kitchen. I love my job. I'm off to celebrate with my team");
        say(11, "14:20", inNatter, camille, "lovely when that happens");
        Post coD = say(11, "19:00", inDm, colin, "hi Harvey, it's Colin from the open-plan question. the nib of "
                + "wall idea sold my wife on the whole thing. would you do a layout and lighting plan for us? what "
                + "would it cost?");
        re(12, "09:00", harvey, coD, "so glad it helped! yes, I'd love to. a layout and lighting plan for a room "
                + "that size is £650, that includes one visit and two rounds of changes. I could come out the week "
                + "after next");
        say(12, "09:30", inDm, colin, "perfect, let's do it. I'll send some dates");
        // W28
        Post suQ = say(16, "20:00", inAsk, sunil, "@Camille Fontaine my sister's flat has a long dark corridor. "
                + "she asked if you'd do lighting only, or do you need to do the whole flat?");
        Post caSu = re(17, "08:30", camille, suQ, "lighting only is absolutely fine, corridors are one of my "
                + "favourite fixes. ask her to message me and I'll pop round");
        re(17, "09:00", sunil, caSu, "will do, thanks Camille");
        say(17, "12:00", inTrade, harvey, "booked a layout and lighting job from a homeowner who asked in here. "
                + "Camille was right about answering questions");
        say(17, "12:10", inTrade, camille, "told you! well done");
        Post lyQ = say(18, "10:00", inTrade, lydia, "how do you all handle clients who want to change the "
                + "scheme after sign-off?");
        Post haLy = re(18, "10:30", harvey, lyQ, "a change fee in the contract from day one, and I explain it at "
                + "the first meeting so it's never a surprise");
        re(18, "10:45", lydia, haLy, "that's smart, I'll add it. thank you Harvey, how did your homeowner job go "
                + "in the end?");
        say(18, "11:00", inTrade, harvey, "first visit next week, fingers crossed");
        say(19, "18:00", inBoards, bethan, "box room office finished: same colour on walls and ceiling, and it "
                + "does feel bigger. thanks Camille!");
        say(19, "18:20", inBoards, camille, "it looks twice the size. well done Bethan");
        // more of the weeks
        say(7, "11:00", inNatter, harvey, "Saturday flea market haul: two rattan chairs for £15. one for a "
                + "client, one for me");
        say(7, "11:20", inNatter, camille, "the 'one for me' is how it always starts");
        Post colQ2 = say(13, "18:00", inAsk, colin, "what height should a pendant hang over a dining table? the "
                + "electrician wants to fix it tomorrow");
        Post lyC = re(13, "18:30", lydia, colQ2, "about 75cm above the table top, so people can see each other "
                + "across it. a bit lower if the table's long and the pendant's wide");
        re(13, "18:50", colin, lyC, "75cm, passing it on. thank you Lydia");
        say(20, "10:00", inNatter, lydia, "does anyone else's family refuse to let them choose anything at home "
                + "any more because 'you'll make it a project'?");
        say(20, "10:10", inNatter, harvey, "mine hid the paint charts");
    }

    static Map<String, String> files() {
        return new HeldOutScenes91Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 91");
    }
}
