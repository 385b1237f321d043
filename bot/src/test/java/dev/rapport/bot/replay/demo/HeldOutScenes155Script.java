package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 155 (sealed): eight communities of driveway, paving, fencing, gutter, exterior and hard-landscaping
 * trades and the householders who hire them, of kinds no earlier round used (block-paving and resin-driveway
 * installers, Kerb &amp; Cobble, with a yard room among themselves, a room where householders ask and an offers room, a
 * paver who spends a week setting up a shared kit-lending list with fellow installers while householders' questions
 * wait in the next room, and a resin installer who answers a newcomer's first question with his price and "DM me";
 * fencers and gate makers, Post &amp; Rail, with a workshop, a room where householders ask and a for-sale room, a fencer
 * who scatters his gallery link into three rooms and posts panel prices with "DM me", a gate maker away at a
 * graduation who said so, and a newcomer helped on three days who gives nothing back; a gutter and fascia cleaning
 * firm's own server, ClearFlow Gutters, with its Staff and Customers, two DMs, and a cleaner who leaves a customer's
 * drip question four days while posting job photos; a decking and patio builder's own server, Oakline Decking &amp;
 * Patios, with its Team and Clients, a DM, a referral and a Saturday question answered on Sunday with an apology; a
 * residents' association of a close with an unadopted shared drive, Hawthorn Close, where nobody sells, with
 * introductions, a resident who asks the neighbours to follow and like her baking page, and a driveway layer who moves
 * in and quotes when the chair asks him; pressure-washing and driveway-cleaning operators, Clean Slab Crew, with a crew
 * room, a room where homeowners ask and a kit-swap room, and a cleaner who posts his prices and site to nobody all
 * week; uPVC roofline fitters, Roofline Fitters Forum, with a bench, a room where homeowners ask and a jobs room, a
 * fitter who answers every bit of news with his own, and a fitter who drops her offer link into the homeowners' room;
 * DIY hard-landscapers, Weekend Landscapers, where nobody sells, with introductions, a helper whose answers carry the
 * guides asked for, a member away camping who said so, and a question about a path left waiting), over three ISO
 * weeks (2035-W22 to W24), written and labelled by writer155 (session 69) before any coach ran on them. The labels are
 * in {@code bot/src/test/resources/eval/held-out-scenes-155.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes155Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2035, 5, 28);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2035, 6, 18, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-155";
    private static final int BASE = 122000;

    // --- A. block-paving and resin-driveway installers ---
    private final String kerb = cast.guild(1831);
    private final Channel kcYard = cast.channel(kerb, "Kerb & Cobble", "the-yard",
            "driveway installers among ourselves: kit, bases, suppliers, pricing, the trade", "kc-the-yard.json");
    private final Channel kcAsks = cast.channel(kerb, "Kerb & Cobble", "driveway-asks",
            "householders ask about driveways, block paving and resin; installers reply", "kc-driveway-asks.json");
    private final Channel kcOffers = cast.channel(kerb, "Kerb & Cobble", "offers",
            "members post their own offers and free dates, one post each", "kc-offers.json");
    private final Persona dermot = cast.person("dermot.fahy", "Dermot Fahy");
    private final Persona kezia = cast.person("kezia.orme", "Kezia Orme");
    private final Persona lyle = cast.person("lyle.brackett", "Lyle Brackett");
    private final Persona padraig = cast.person("padraig.quinn", "Padraig Quinn");
    private final Persona yvonne = cast.person("yvonne.castell", "Yvonne Castell");
    private final Persona neville = cast.person("neville.oduya", "Neville Oduya");
    private final Persona freya = cast.person("freya.lindgren", "Freya Lindgren");

    // --- B. fencers and gate makers ---
    private final String rail = cast.guild(1832);
    private final Channel prWorkshop = cast.channel(rail, "Post & Rail", "workshop",
            "fencers and gate makers among ourselves: timber, posts, pricing, the trade", "pr-workshop.json");
    private final Channel prAsks = cast.channel(rail, "Post & Rail", "garden-asks",
            "householders ask about fences, gates and boundaries; fencers reply", "pr-garden-asks.json");
    private final Channel prSale = cast.channel(rail, "Post & Rail", "for-sale",
            "members sell made gates, panels, posts and offcuts", "pr-for-sale.json");
    private final Persona gideon = cast.person("gideon.marsh", "Gideon Marsh");
    private final Persona rosalind = cast.person("rosalind.pike", "Rosalind Pike");
    private final Persona ewan = cast.person("ewan.strachan", "Ewan Strachan");
    private final Persona bernadette = cast.person("bernadette.fogg", "Bernadette Fogg");
    private final Persona clem = cast.person("clem.adebayo", "Clem Adebayo");
    private final Persona howard = cast.person("howard.linney", "Howard Linney");

    // --- C. a gutter and fascia cleaning firm's own server ---
    private final String flow = cast.guild(1833);
    private final Role cfStaff = cast.role("Staff", "#2f6f9f", 2);
    private final Role cfCustomer = cast.role("Customer", "#6a9f2f", 1);
    private final Channel cfNews = cast.channel(flow, "ClearFlow Gutters", "news",
            "news from ClearFlow: rounds, prices, booking", "cf-news.json");
    private final Channel cfQuestions = cast.channel(flow, "ClearFlow Gutters", "customer-questions",
            "ask us about your gutters, fascias, bookings and aftercare", "cf-customer-questions.json");
    private final Channel cfJobs = cast.channel(flow, "ClearFlow Gutters", "before-and-after",
            "photos of jobs, ours and yours", "cf-before-and-after.json");
    private final Persona morwenna = cast.person("morwenna.tate", "Morwenna Tate", cfStaff);
    private final Persona jarvis = cast.person("jarvis.ogle", "Jarvis Ogle", cfStaff);
    private final Persona lucan = cast.person("lucan.frey", "Lucan Frey", cfStaff);
    private final Persona pauline = cast.person("pauline.hebden", "Pauline Hebden", cfCustomer);
    private final Persona stanley = cast.person("stanley.okoro", "Stanley Okoro", cfCustomer);
    private final Persona ines = cast.person("ines.carvalho", "Ines Carvalho", cfCustomer);
    private final Persona beryl = cast.person("beryl.gaunt", "Beryl Gaunt");
    private final Channel cfDmStanley = cast.dm(stanley, "cf-dm-stanley.json");
    private final Channel cfDmBeryl = cast.dm(beryl, "cf-dm-beryl.json");

    // --- D. a decking and patio builder's own server ---
    private final String oak = cast.guild(1834);
    private final Role odTeam = cast.role("Team", "#8f5a2a", 2);
    private final Role odClient = cast.role("Client", "#3d7f6a", 1);
    private final Channel odUpdates = cast.channel(oak, "Oakline Decking & Patios", "updates",
            "news from the Oakline team", "od-updates.json");
    private final Channel odAsk = cast.channel(oak, "Oakline Decking & Patios", "ask-the-team",
            "questions about your deck or patio, before, during and after", "od-ask-the-team.json");
    private final Channel odProjects = cast.channel(oak, "Oakline Decking & Patios", "projects",
            "clients: show us your finished deck or patio", "od-projects.json");
    private final Persona callum = cast.person("callum.reddy", "Callum Reddy", odTeam);
    private final Persona agnieszka = cast.person("agnieszka.nowak", "Agnieszka Nowak", odTeam);
    private final Persona fergus = cast.person("fergus.blaine", "Fergus Blaine", odTeam);
    private final Persona maud = cast.person("maud.pettifer", "Maud Pettifer", odClient);
    private final Persona desmond = cast.person("desmond.achebe", "Desmond Achebe", odClient);
    private final Persona sunita = cast.person("sunita.rao", "Sunita Rao", odClient);
    private final Persona orla = cast.person("orla.keane", "Orla Keane");
    private final Channel odDmSunita = cast.dm(sunita, "od-dm-sunita.json");

    // --- E. a residents' association ---
    private final String close = cast.guild(1835);
    private final Channel hcIntro = cast.channel(close, "Hawthorn Close Residents", "introductions",
            "new to the close? introduce yourself", "hc-introductions.json");
    private final Channel hcClose = cast.channel(close, "Hawthorn Close Residents", "the-close",
            "general chat for Hawthorn Close residents", "hc-the-close.json");
    private final Channel hcFund = cast.channel(close, "Hawthorn Close Residents", "resurfacing-fund",
            "the shared drive resurfacing: quotes, costs, the fund", "hc-resurfacing-fund.json");
    private final Persona gwendolyn = cast.person("gwendolyn.ash", "Gwendolyn Ash");
    private final Persona ahmed = cast.person("ahmed.siddiqui", "Ahmed Siddiqui");
    private final Persona leonie = cast.person("leonie.brook", "Leonie Brook");
    private final Persona percy = cast.person("percy.tolland", "Percy Tolland");
    private final Persona marisol = cast.person("marisol.ortega", "Marisol Ortega");
    private final Persona barnaby = cast.person("barnaby.kemp", "Barnaby Kemp");

    // --- F. pressure-washing and driveway-cleaning operators ---
    private final String slab = cast.guild(1836);
    private final Channel csCrew = cast.channel(slab, "Clean Slab Crew", "crew-room",
            "cleaners among ourselves: kit, chemicals, pricing, the trade", "cs-crew-room.json");
    private final Channel csAsk = cast.channel(slab, "Clean Slab Crew", "homeowner-questions",
            "homeowners ask about cleaning drives, patios and paths; cleaners reply", "cs-homeowner-questions.json");
    private final Channel csKit = cast.channel(slab, "Clean Slab Crew", "kit-swap",
            "members sell used kit and surplus chemicals", "cs-kit-swap.json");
    private final Persona terence = cast.person("terence.vokes", "Terence Vokes");
    private final Persona nadia = cast.person("nadia.okonjo", "Nadia Okonjo");
    private final Persona shay = cast.person("shay.mulroney", "Shay Mulroney");
    private final Persona geraint = cast.person("geraint.hughes", "Geraint Hughes");
    private final Persona philippa = cast.person("philippa.drury", "Philippa Drury");

    // --- G. uPVC roofline fitters ---
    private final String roofline = cast.guild(1837);
    private final Channel rfBench = cast.channel(roofline, "Roofline Fitters Forum", "fitters-bench",
            "roofline fitters among ourselves: boards, trims, suppliers, pricing", "rf-fitters-bench.json");
    private final Channel rfAsk = cast.channel(roofline, "Roofline Fitters Forum", "homeowner-asks",
            "homeowners ask about fascias, soffits and guttering; fitters reply", "rf-homeowner-asks.json");
    private final Channel rfJobs = cast.channel(roofline, "Roofline Fitters Forum", "jobs-wanted",
            "homeowners post jobs, fitters post availability", "rf-jobs-wanted.json");
    private final Persona hamish = cast.person("hamish.rennie", "Hamish Rennie");
    private final Persona ottilie = cast.person("ottilie.brandon", "Ottilie Brandon");
    private final Persona warrick = cast.person("warrick.dunne", "Warrick Dunne");
    private final Persona celia = cast.person("celia.marr", "Celia Marr");
    private final Persona idris = cast.person("idris.fenwick", "Idris Fenwick");

    // --- H. DIY hard-landscapers ---
    private final String weekend = cast.guild(1838);
    private final Channel wlIntro = cast.channel(weekend, "Weekend Landscapers", "introductions",
            "introduce yourself and your garden", "wl-introductions.json");
    private final Channel wlHelp = cast.channel(weekend, "Weekend Landscapers", "help",
            "stuck on a patio, path, wall or step? ask here", "wl-help.json");
    private final Channel wlShow = cast.channel(weekend, "Weekend Landscapers", "show-and-tell",
            "show your finished projects", "wl-show-and-tell.json");
    private final Persona quentin = cast.person("quentin.abara", "Quentin Abara");
    private final Persona tamsin = cast.person("tamsin.reeve", "Tamsin Reeve");
    private final Persona fabian = cast.person("fabian.holt", "Fabian Holt");
    private final Persona lowri = cast.person("lowri.jenkins", "Lowri Jenkins");
    private final Persona otto = cast.person("otto.kranz", "Otto Kranz");
    private final Persona mireille = cast.person("mireille.dubois", "Mireille Dubois");

    HeldOutScenes155Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        kerbAndCobble();
        postAndRail();
        clearFlow();
        oakline();
        hawthornClose();
        cleanSlab();
        rooflineFitters();
        weekendLandscapers();
    }

    /**
     * A. Kerb &amp; Cobble: Padraig answers Dermot on splitter blades (day 1); Dermot answers Yvonne's weedy joints (day
     * 2); Kezia posts her July weeks in #offers (day 3) and answers her client Freya (days 4, 11). On day 8 Dermot
     * proposes a shared kit-lending list; days 8-13 all eleven of his messages are in #the-yard with Kezia, Padraig and
     * Lyle building it (list, insurance, a lending note), while Neville (joins day 8) asks on day 9 and Yvonne on day 10
     * in #driveway-asks. Lyle answers Neville's first question with "£85 a square metre, DM me and I'll book you a free
     * survey" (day 9) and posts his slots with "DM me" in #driveway-asks (day 11); Kezia gives Neville advice. Padraig
     * answers Yvonne on day 12. In W24 Dermot answers Neville, Neville books Kezia, Freya sends her neighbour to Kezia.
     */
    private void kerbAndCobble() {
        Post d1 = say(1, "09:05", kcYard, dermot, "Morning. Anyone tried the diamond blades from the new place in "
                + "Wigan on the block splitter? Mine's chewing through them on the tegula.");
        Post pq1 = re(1, "09:40", padraig, d1, "Tried them, not worth it. Stick with the ones from Hurst, they last "
                + "twice as long on concrete setts.");
        re(1, "09:52", dermot, pq1, "Cheers Padraig, I'll order a pair.");
        Post y1 = say(2, "18:20", kcAsks, yvonne, "Hi all, our block paving drive is about 12 years old and the "
                + "joints are full of weeds and moss. Is it worth re-sanding it or do we need to pull it up?");
        Post dy1 = re(2, "19:05", dermot, y1, "Almost certainly re-sand, Yvonne. Jet wash it on a low angle, let it "
                + "dry a full day, then brush in kiln-dried sand. If any blocks rock underfoot, that's when you worry.");
        Post y2 = re(2, "19:30", yvonne, dy1, "Ooh thank you, nothing rocks. What about the moss coming back?");
        re(2, "19:48", dermot, y2, "A polymeric jointing sand slows it down a lot, or seal it after. A sealer's worth "
                + "it on a north-facing drive.");
        say(3, "08:30", kcOffers, kezia, "Resin-bound driveways, Kezia Orme Surfaces. Two free weeks left in July, "
                + "from £78/m² laid on a new base, survey free. Photos: keziaorme.example/resin");
        Post l1 = say(3, "12:10", kcYard, lyle, "Anyone else's UV-stable binder gone up 18% this month? Supplier "
                + "says it's the isocyanate price.");
        re(3, "12:40", kezia, l1, "Mine too. I've put my prices up £4 a metre, nobody's blinked yet.");
        re(3, "13:00", padraig, l1, "Block's gone up too. It's everything.");
        Post f1 = say(4, "17:00", kcAsks, freya, "@Kezia Orme quick one, how long before I can park on the new "
                + "drive? The neighbour says 24 hours but I wanted to check with you");
        Post kf1 = re(4, "17:25", kezia, f1, "Hi Freya! Walk on it from 6 hours, car after 24 in this weather, 48 if "
                + "it turns cold. Avoid full-lock turns on the spot for a week.");
        re(4, "17:40", freya, kf1, "Perfect, thank you!");
        Post p1 = say(5, "09:15", kcYard, padraig, "Job tip for anyone doing permeable: the council here now wants "
                + "the sub-base spec in writing before they sign off the dropped kerb.");
        re(5, "09:50", dermot, p1, "Same round ours, they sent a form back to one of my customers last month for it.");
        Post y5 = say(6, "10:30", kcAsks, yvonne, "Re-sanded it yesterday like Dermot said. Looks like a new drive! "
                + "The kiln-dried sand was £6 a bag at the merchant.");
        re(6, "11:00", dermot, y5, "Looks great, Yvonne. Give it a second brush in a fortnight, it settles.");
        Post k5 = say(7, "09:00", kcYard, kezia, "Anyone used the new plastic edging strip for resin? Cheaper than "
                + "aluminium but I'm not sure it holds.");
        Post l5 = re(7, "09:30", lyle, k5, "Used it on two jobs, held fine, but it scuffs if the mower clips it.");
        re(7, "09:45", kezia, l5, "Good to know, I'll stick with aluminium on lawn edges then.");
        // W23
        Post d2 = say(8, "08:45", kcYard, dermot, "Idea. Between us we own about four plate compactors, two vacuum "
                + "lifters, a floor saw and a set of screed rails, and half the time they're sat in a lock-up. What "
                + "if we kept a shared list of who's got what and when it's free, and lent each other kit at cost?");
        re(8, "09:20", kezia, d2, "I'd be in. I hire a vacuum lifter twice a month at £90 a day.");
        re(8, "09:35", padraig, d2, "In, as long as whoever breaks it pays for it.");
        say(8, "10:05", kcYard, dermot, "Fair. I'll start a sheet: kit, owner, where it lives, day rate, who's got "
                + "it. Send me yours.");
        Post l2 = re(8, "11:00", lyle, d2, "Got a floor saw and a 300kg plate, both on the van most weeks, but "
                + "Fridays they're free.");
        re(8, "11:20", dermot, l2, "Noted Lyle, Fridays it is.");
        joins(8, "12:00", kcAsks, neville);
        Post n1 = say(9, "10:00", kcAsks, neville, "Hello, we've just moved in and want the front garden turned "
                + "into a drive. Do we need planning permission if it's resin? And is resin or block better for a "
                + "slope?");
        re(9, "10:40", lyle, n1, "We do resin-bound on slopes all the time, £85 a square metre on a new base. DM me "
                + "and I'll book you a free survey this week.");
        Post kn1 = re(9, "11:15", kezia, n1, "Welcome Neville! If it's permeable (resin-bound is, if the base is "
                + "too) you don't need planning for a front garden. Resin's fine on a slope up to about 1 in 8, over "
                + "that block grips better in the wet. Ask anyone who quotes for the base depth in writing.");
        re(9, "11:30", neville, kn1, "That's really helpful, thank you. It's a gentle slope.");
        Post d3 = say(9, "14:00", kcYard, dermot, "Sheet's up, six items so far. Who's got the long screed rails? "
                + "I've put my name down for Kezia's lifter on the 19th.");
        Post pq2 = re(9, "14:30", padraig, d3, "Screed rails are mine, they're in my shed in Farnworth.");
        re(9, "14:45", dermot, pq2, "Cheers, added.");
        Post y3 = say(10, "19:10", kcAsks, yvonne, "Sorry to come back again. One corner of our drive by the gully "
                + "has sunk about an inch since the winter. Is that the base going? Is it a big job?");
        Post d4 = say(10, "20:00", kcYard, dermot, "Question for the group: insurance. If Padraig's plate breaks on "
                + "my job, whose policy is it? Mine covers hired-in plant but I don't know if 'borrowed from a mate' "
                + "counts.");
        Post kd4 = re(10, "20:30", kezia, d4, "Mine says hired-in with a written agreement. Maybe we need a "
                + "one-page lending note.");
        re(10, "20:45", dermot, kd4, "Good shout. I'll draft one tonight.");
        say(11, "08:30", kcAsks, lyle, "Still got a couple of resin slots before the school holidays, £85/m² on a "
                + "new base, DM me if you're thinking about it.");
        Post d5 = say(11, "09:00", kcYard, dermot, "Draft lending note: kit, a condition photo at pickup and "
                + "drop-off, borrower covers damage and fuel, returned clean. Anything I've missed?");
        Post pq3 = re(11, "09:30", padraig, d5, "Blade wear on the saw. Charge by the mm or it'll cause rows.");
        re(11, "09:45", dermot, pq3, "Ha, fair, by the mm it is.");
        Post f2 = say(11, "18:00", kcAsks, freya, "@Kezia Orme the edge by the lawn has a few loose stones, is that "
                + "normal in the first month?");
        Post kf2 = re(11, "18:30", kezia, f2, "A few, yes Freya, it's surplus that didn't bind. Sweep them up; if a "
                + "patch keeps shedding after a month I'll come and look at it free.");
        re(11, "18:40", freya, kf2, "Lovely, thanks.");
        Post py3 = re(12, "08:15", padraig, y3, "Yvonne, a dip by a gully is usually the bedding washing out into the "
                + "drain, not the base. Lift the blocks round it, re-bed on grit sand, compact, relay. A morning's job "
                + "for a pro, maybe £150-250.");
        re(12, "08:40", yvonne, py3, "Thank you Padraig, that's a relief.");
        Post d6 = say(12, "12:00", kcYard, dermot, "Three of you have sent kit. Lyle's plate is now on the list for "
                + "Fridays. Shall we meet at the Hurst open day on the 16th and sign the lending notes?");
        re(12, "12:30", lyle, d6, "I'll be there.");
        re(12, "12:40", kezia, d6, "Me too.");
        Post d7 = say(13, "09:00", kcYard, dermot, "Sheet's done and shared. Thanks all, this'll save us a fortune "
                + "in hire.");
        re(13, "09:20", padraig, d7, "Nice one Dermot.");
        // W24
        Post n2 = say(15, "10:00", kcAsks, neville, "Had three quotes now. One says 100mm of MOT type 3 under the "
                + "resin, one says 150. Which is right?");
        Post dn2 = re(15, "10:30", dermot, n2, "For cars on a new drive I'd want 150mm of type 3 and a 50mm "
                + "open-graded binder course under the resin, Neville. 100 is what people skimp to when they're "
                + "pricing low.");
        re(15, "10:45", neville, dn2, "Thanks Dermot, that explains the gap in the prices.");
        re(15, "11:00", kezia, n2, "Agree with Dermot. And ask if the edging's set in concrete.");
        Post n3 = say(16, "16:00", kcAsks, neville, "Going with @Kezia Orme, she's booked us for the 2nd of July. "
                + "Thanks everyone.");
        re(16, "16:20", kezia, n3, "Thank you Neville, see you on the 2nd!");
        Post f3 = say(17, "17:30", kcAsks, freya, "@Kezia Orme my neighbour at number 14 wants hers doing now, I've "
                + "sent her your way!");
        re(17, "17:50", kezia, f3, "Oh that's kind, thank you Freya!");
        say(18, "09:00", kcOffers, lyle, "Resin-bound, one week free 23-27 July after a cancellation, £85/m² on a new "
                + "base, survey free. lylebrackett.example/resin");
        Post p2 = say(18, "10:00", kcYard, padraig, "Used Dermot's lending note for the first time yesterday, "
                + "borrowed Kezia's lifter. Worked a treat.");
        re(18, "10:20", dermot, p2, "Brilliant. Told you it'd pay for itself.");
        Post y4 = say(19, "20:00", kcAsks, yvonne, "Fixed! Padraig's advice worked, a local lad did it for £180.");
        re(19, "20:15", padraig, y4, "Good stuff Yvonne.");
        Post k6 = say(20, "09:00", kcYard, kezia, "Survey tip: I've started asking where the water main runs before I "
                + "quote. Dug into one last week, never again.");
        re(20, "09:30", padraig, k6, "Ha, we've all done it. Cable detector on every job now.");
        re(20, "09:40", dermot, k6, "Same. There's one on the lending list if anyone hasn't got one.");
        Post l7 = say(21, "08:00", kcYard, lyle, "Anyone free to help lay a 60m² resin drive on the 25th? Paying day "
                + "rate.");
        Post pl7 = re(21, "08:30", padraig, l7, "I can do the morning.");
        re(21, "08:45", lyle, pl7, "Perfect, thanks Padraig.");
    }

    /**
     * B. Post &amp; Rail: Rosalind answers Ewan on wet posts (day 1). On day 2 Gideon posts "check out my latest
     * closeboard jobs" with his gallery link in #workshop, #garden-asks and #for-sale within six minutes, and on day 4
     * panel prices with "DM me for prices" in #garden-asks. Ewan answers Bernadette's rattling panels without a reply
     * link (day 2). Rosalind says on day 3 she is away 4-10 June; Bernadette asks her about a sticking latch on day 9;
     * she answers on day 14. Clem (joins day 8) asks for a guide on setting posts; Ewan gives him one; Gideon helps him
     * (day 11) and lists two gates in #for-sale (day 12). Howard (joins day 15) is helped by Ewan, Gideon and Rosalind
     * (days 15, 16, 18), says "ta", "ok", "ok thanks", helps nobody and leaves Ewan's day-18 question unanswered.
     */
    private void postAndRail() {
        Post e1 = say(1, "08:50", prWorkshop, ewan, "Anyone else had a load of treated posts this spring that were "
                + "still dripping? Mine came in green and soaking.");
        Post re1 = re(1, "09:20", rosalind, e1, "Yes, same yard. I stand them a fortnight under cover before they go "
                + "near a gate.");
        re(1, "09:35", ewan, re1, "Will do, thanks Rosalind.");
        say(2, "07:55", prWorkshop, gideon, "Check out my latest closeboard jobs, proper tidy: "
                + "gideonmarshfencing.example/gallery");
        say(2, "07:58", prAsks, gideon, "Check out my latest closeboard jobs if you're after a new fence: "
                + "gideonmarshfencing.example/gallery");
        say(2, "08:01", prSale, gideon, "Check out my latest work: gideonmarshfencing.example/gallery");
        say(2, "19:00", prAsks, bernadette, "Our fence panels keep lifting out of the concrete posts in the wind, "
                + "rattling all night. Is there a fix that isn't a new fence?");
        Post eb = say(2, "19:40", prAsks, ewan, "Bernadette, buy panel clips or rubber packers that slot in the post "
                + "groove, a fiver a bag. Stops the rattle and the lift.");
        re(2, "19:55", bernadette, eb, "Brilliant, I'll try that at the weekend. Thank you Ewan");
        Post r1 = say(3, "10:00", prWorkshop, rosalind, "Heads up, I'm away from the 4th to the 10th of June for "
                + "my daughter's graduation in Canada. No messages till I'm back, anything urgent go to Ewan.");
        re(3, "10:20", ewan, r1, "Have a brilliant time!");
        re(3, "10:30", gideon, r1, "Enjoy it.");
        say(4, "16:00", prAsks, gideon, "6x5 waney lap panels £38 each, 6x6 closeboard £62, collection only from "
                + "Leigh. DM me for prices on posts and gravel boards.");
        say(5, "11:00", prSale, rosalind, "Made-to-measure oak side gate, ledged and braced, 900 x 1800, £420 with "
                + "ironmongery. Pics and details: rosalindpikegates.example/oak-side-gate");
        Post g1 = say(5, "11:30", prWorkshop, gideon, "What's everyone charging to take away an old fence these "
                + "days? I've been doing £15 a panel.");
        re(5, "11:50", ewan, g1, "£20 now, the tip went up.");
        Post b1 = say(6, "08:00", prAsks, bernadette, "Clips worked, a silent night at last!");
        re(6, "08:20", ewan, b1, "Good stuff Bernadette.");
        Post r2 = say(6, "09:00", prWorkshop, rosalind, "Last thing before I fly: anyone got a fix for oak gates "
                + "twisting in their first summer?");
        Post er2 = re(6, "09:30", ewan, r2, "Three hinges not two, and leave it a season before the final adjust.");
        re(6, "09:45", rosalind, er2, "Makes sense, thanks Ewan.");
        // W23
        joins(8, "19:00", prAsks, clem);
        Post c1 = say(8, "19:10", prAsks, clem, "Hi all. I'm putting in four fence posts myself. Can anyone "
                + "recommend a good guide on postcrete vs proper concrete? Getting conflicting advice.");
        Post ec1 = re(8, "19:40", ewan, c1, "Welcome Clem. This is the clearest one I know, from the timber trade "
                + "body, with depths: timbertrade.example/guides/setting-fence-posts. Short version: postcrete's fine "
                + "for panels up to 6ft if the hole's deep enough, a third of the post in the ground.");
        re(8, "19:55", clem, ec1, "Exactly what I needed, thanks Ewan.");
        Post b2 = say(9, "09:30", prAsks, bernadette, "@Rosalind Pike the latch on the gate you made us has started "
                + "sticking, is there a knack to it or should I oil it?");
        Post g2 = say(10, "12:00", prWorkshop, gideon, "Anyone got a good source of 125mm square posts in longer "
                + "lengths? Need 3m for a gate.");
        Post eg2 = re(10, "12:30", ewan, g2, "The Jewsons in Bolton had them last week.");
        re(10, "12:40", gideon, eg2, "Cheers.");
        Post c2 = say(11, "18:00", prAsks, clem, "Posts in, two are slightly off plumb after it set. Live with it or "
                + "redo?");
        Post gc2 = re(11, "18:25", gideon, c2, "If it's under 5mm over the height, live with it and hide it with "
                + "the panel. Over that, redo now, it only gets worse.");
        re(11, "18:40", clem, gc2, "About 3mm. Living with it! thanks Gideon");
        say(12, "14:00", prSale, gideon, "Two 6ft featheredge gates, left over from a cancelled job, £140 each or "
                + "£260 the pair. Leigh, collection.");
        Post rb2 = re(14, "17:00", rosalind, b2, "Back now, sorry Bernadette! Don't oil it, that gums it up. The "
                + "keep has probably dropped as the gate settled, loosen the two screws and nudge it up a few mm. If "
                + "that doesn't do it I'll pop round.");
        Post b3 = re(14, "17:30", bernadette, rb2, "That was it! Thank you, hope the graduation was lovely.");
        re(14, "17:45", rosalind, b3, "It was, thank you.");
        Post e3 = say(14, "18:30", prWorkshop, ewan, "Gideon, how are you finding the featheredge from the new "
                + "sawmill?");
        re(14, "18:50", gideon, e3, "Straight and dry, better than the last lot.");
        // W24
        joins(15, "08:30", prAsks, howard);
        Post h1 = say(15, "08:40", prAsks, howard, "Hi. One of my fence posts has snapped at the base after the "
                + "storm, the panel's leaning on next door's greenhouse. How do I replace one post without taking the "
                + "whole fence down?");
        Post eh1 = re(15, "09:10", ewan, h1, "Unscrew the panels either side, cut the post flush, and drill out the "
                + "old concrete or break it out. Or cheat: a repair spur bolted alongside. The spur's a morning's "
                + "job.");
        re(15, "09:30", howard, eh1, "ta");
        Post h2 = say(16, "08:00", prAsks, howard, "Got the spur. Do I bolt it to the old stump or the new post?");
        Post gh2 = re(16, "08:30", gideon, h2, "Drive the spur in tight against the old stump, then bolt the new "
                + "post to the spur. Two M10 coach bolts, and use a level.");
        re(16, "08:40", howard, gh2, "ok");
        Post e2 = say(16, "12:00", prWorkshop, ewan, "Anyone fancy sharing a van to the timber show in Harrogate "
                + "next month?");
        re(16, "12:20", rosalind, e2, "Yes! I'll go halves on fuel.");
        Post c3 = say(17, "19:00", prAsks, clem, "Panels up! Thanks all, it looks great.");
        re(17, "19:10", ewan, c3, "Nice work Clem.");
        Post h3 = say(18, "10:00", prAsks, howard, "The panel's now too short by an inch, the spur sticks up. What "
                + "now?");
        Post rh3 = re(18, "10:30", rosalind, h3, "Howard, trim the top of the spur flush and cap the post, nobody "
                + "will see. Or fit a gravel board under the panel to lift it an inch.");
        re(18, "10:45", howard, rh3, "ok thanks");
        re(18, "11:00", ewan, h3, "@Howard Linney which side did the old post rot on, yours or next door's? If the "
                + "fence is theirs it might be theirs to fix, worth checking your deeds before you spend more.");
        Post b4 = say(19, "09:00", prAsks, bernadette, "Who'd people recommend for a new side gate? Our old one is "
                + "past saving.");
        Post rb4 = re(19, "09:30", rosalind, b4, "I'd love to do it, Bernadette, you know where I am. I've an "
                + "opening in July.");
        re(19, "09:45", bernadette, rb4, "Perfect, I'll message you.");
        Post g3 = say(20, "15:00", prWorkshop, gideon, "Finished a 40m run in 2 days with the new post driver, game "
                + "changer.");
        Post eg3 = re(20, "15:20", ewan, g3, "Which one did you get?");
        re(20, "15:30", gideon, eg3, "The petrol one from Hurst, £480.");
        Post c4 = say(21, "10:00", prAsks, clem, "One more: what do I treat the cut ends with?");
        re(21, "10:20", ewan, c4, "End-grain preserver, the brown one, two coats.");
    }

    /**
     * C. ClearFlow Gutters (Staff: Morwenna, the owner, Jarvis, Lucan; Customers: Pauline, Stanley, Ines): Morwenna
     * posts news (days 1, 8, 15). Jarvis answers Pauline (day 1); Lucan moves Stanley's clean by DM (day 2) and
     * answers Ines (day 4). Beryl joins day 8, asks whether they do conservatory roofs, and asks Morwenna by DM for a
     * price; Morwenna gives it and books her. Pauline asks Jarvis by name about a drip on day 9 and again on day 11
     * while he posts job photos (days 9, 10, 11); he answers on day 13 with an apology. On day 17 Morwenna posts the
     * autumn slots with the price and booking link in #customer-questions. Pauline sends her sister to Jarvis (day
     * 18); he thanks her in half an hour.
     */
    private void clearFlow() {
        say(1, "08:00", cfNews, morwenna, "Morning all! Summer round starts next week. Gutter clear and flush, £65 a "
                + "semi, £85 detached, photos before and after as always. Book at clearflow.example/book");
        Post pa1 = say(1, "10:15", cfQuestions, pauline, "Hi, what's the difference between a clear and a "
                + "clear-and-flush?");
        Post jp1 = re(1, "10:40", jarvis, pa1, "Hi Pauline! A clear takes the muck out of the gutters; a flush then "
                + "runs water through every downpipe to check it's moving. Flush is worth it if you've had "
                + "overflows.");
        re(1, "10:50", pauline, jp1, "Flush it is then, thanks Jarvis");
        Post st1 = say(2, "18:00", cfDmStanley, stanley, "Hi Lucan, can we move Thursday's gutter clean to Friday? "
                + "Work thing.");
        Post ls1 = re(2, "18:25", lucan, st1, "No problem Stanley, Friday between 9 and 11 okay?");
        re(2, "18:30", stanley, ls1, "Spot on, thanks.");
        Post j1 = say(3, "16:00", cfJobs, jarvis, "Today's: a Victorian terrace in Bury with a sapling growing out of "
                + "the hopper. Gone now.");
        re(3, "16:30", pauline, j1, "Ha! Amazing.");
        Post in1 = say(4, "11:00", cfQuestions, ines, "Is it normal for the fascia boards to go green? Ours are white "
                + "uPVC, north side.");
        Post li1 = re(4, "11:30", lucan, in1, "Very normal on a north side, Ines. It's algae. Warm soapy water and a "
                + "soft brush, no bleach, it yellows the plastic. We can do it with your clean for £20.");
        re(4, "11:45", ines, li1, "Add it on please!");
        Post st2 = say(5, "19:00", cfJobs, stanley, "Before and after from Friday, didn't realise how bad it was. "
                + "Cheers Lucan!");
        re(5, "19:20", lucan, st2, "Pleasure Stanley, that downpipe was solid.");
        Post st5 = say(6, "12:00", cfQuestions, stanley, "Do you do the gutters on flats? Asking for my mum, ground "
                + "floor, the management company's useless.");
        Post ls5 = re(6, "12:30", lucan, st5, "We do if the freeholder agrees, Stanley. Tell her to ask them first "
                + "and we'll quote.");
        re(6, "12:40", stanley, ls5, "Will do.");
        Post pa5 = say(7, "10:00", cfQuestions, pauline, "Do you clear the gutters on garages too?");
        Post jp5 = re(7, "10:30", jarvis, pa5, "We do, Pauline, £15 extra for a single garage.");
        re(7, "10:40", pauline, jp5, "Lovely.");
        // W23
        say(8, "08:00", cfNews, morwenna, "This week's round: Bury, Prestwich and Radcliffe. Weather looks dry. "
                + "Anyone with a conservatory gutter we can't reach, tell us when you book.");
        joins(8, "10:00", cfQuestions, beryl);
        Post be1 = say(8, "10:10", cfQuestions, beryl, "Hi, new here. Do you do conservatory roofs as well as "
                + "gutters?");
        re(8, "10:30", morwenna, be1, "Welcome Beryl! We do, glass and polycarbonate, though not repairs to the "
                + "roof itself.");
        Post be2 = say(8, "10:45", cfDmBeryl, beryl, "Hi Morwenna, could you give me a rough price for a detached "
                + "bungalow, gutters and the conservatory roof?");
        Post mb2 = re(8, "11:05", morwenna, be2, "Hi Beryl, gutters £85 and the roof £60, so £145 together. I've a "
                + "free slot Thursday morning if that suits, or any day next week.");
        Post be3 = re(8, "11:20", beryl, mb2, "Thursday please!");
        re(8, "11:25", morwenna, be3, "Booked, 9am. See you then.");
        Post pa2 = say(9, "09:00", cfQuestions, pauline, "@Jarvis Ogle since you did ours last week there's a drip "
                + "from the joint above the back door when it rains. Is that something you'd come back for?");
        say(9, "15:00", cfJobs, jarvis, "Two buckets of moss off one roof in Prestwich today 😅");
        Post j2 = say(10, "14:00", cfJobs, jarvis, "Radcliffe: a tennis ball, three shuttlecocks and a bird's nest "
                + "(empty, checked) in one gutter.");
        re(10, "14:30", ines, j2, "The shuttlecocks 😂");
        say(11, "10:00", cfQuestions, pauline, "@Jarvis Ogle any thoughts on the drip? It's worse after last night.");
        say(11, "12:00", cfJobs, jarvis, "Downpipe in Bury blocked by a whole tennis racket. How.");
        Post in2 = say(12, "09:00", cfQuestions, ines, "@Lucan Frey quick one, when's our flush booked? I've lost "
                + "the text.");
        Post li2 = re(12, "09:20", lucan, in2, "Thursday the 14th, Ines, morning.");
        re(12, "09:25", ines, li2, "thank you!");
        Post jp2 = re(13, "08:30", jarvis, pa2, "Sorry Pauline, I've had my head in gutters all week and missed "
                + "this. The joint seal has probably gone, I'll come Saturday and reseal it free, it's covered.");
        re(13, "08:50", pauline, jp2, "Thank you, Saturday's fine.");
        Post be4 = say(14, "16:00", cfJobs, beryl, "Gutters and conservatory done today, you can see the sky "
                + "through the roof for the first time in years. Really pleased.");
        re(14, "16:30", morwenna, be4, "So glad Beryl, thank you!");
        // W24
        say(15, "08:00", cfNews, morwenna, "Autumn round booking opens today: £65 a semi, £85 detached, gutter guards "
                + "fitted from £8 a metre. Book at clearflow.example/book");
        Post st3 = say(16, "10:00", cfQuestions, stanley, "Are gutter guards worth it? We've got three big "
                + "sycamores.");
        Post ls3 = re(16, "10:30", lucan, st3, "With sycamores, yes Stanley, the mesh ones rather than brushes. They "
                + "won't stop the helicopters entirely but you'd go from twice a year to once.");
        re(16, "10:40", stanley, ls3, "Sold, I'll book them with the autumn clean.");
        say(17, "09:00", cfQuestions, morwenna, "A few slots left for the autumn round in September, £65 a semi, "
                + "guards from £8 a metre. Book here: clearflow.example/book");
        Post pa3 = say(18, "17:00", cfQuestions, pauline, "@Jarvis Ogle all dry since you resealed, thanks again. "
                + "My sister in Whitefield wants you to do hers, I've sent her your way.");
        re(18, "17:30", jarvis, pa3, "Thanks Pauline, that's good of you. I'll look after her.");
        Post st4 = say(19, "12:00", cfDmStanley, stanley, "Lucan, can I pay by bank transfer this time?");
        re(19, "12:20", lucan, st4, "Course, the details are on the invoice, Stanley.");
        Post in3 = say(20, "11:00", cfJobs, ines, "Our fascias after Lucan's clean, like new.");
        re(20, "11:15", lucan, in3, "Looking good Ines!");
        Post pa4 = say(21, "16:00", cfJobs, pauline, "Sister's gutters done by Jarvis today, she's thrilled.");
        re(21, "16:20", jarvis, pa4, "Lovely to meet her!");
    }

    /**
     * D. Oakline Decking &amp; Patios (Team: Callum, the owner, Agnieszka, Fergus; Clients: Maud, Desmond, Sunita):
     * Callum posts updates (days 2, 9, 16). Fergus answers Maud's greying deck (day 2); Callum answers Sunita by DM
     * (days 3, 19, the second her sister's referral) and in the room (day 9). Desmond shows his patio (day 4) and asks
     * about joint filler (day 5); on day 10 he sends his brother to Agnieszka, who thanks him in 40 minutes. On
     * Saturday day 13 at 10:00 Maud asks Fergus about a cupped board; he answers on Sunday day 14 at 12:10 with an
     * apology (he was at a wedding). Orla joins on day 15, says Desmond recommended them and asks composite or timber
     * and a rough price; Callum answers with both and offers a measure-up, which she takes.
     */
    private void oakline() {
        say(2, "08:30", odUpdates, callum, "Morning! We've two new crew starting next week, so the July waiting "
                + "list is down to three weeks. Thanks for bearing with us.");
        Post m1 = say(2, "12:00", odAsk, maud, "Our new deck's gone a bit grey in places after only two months. Is "
                + "that normal?");
        Post fm1 = re(2, "12:40", fergus, m1, "Normal for untreated larch, Maud, it silvers. If you want to keep the "
                + "colour, an oil in late summer once it's dried out. I'll send you the one we use.");
        re(2, "12:50", maud, fm1, "Please do, thanks Fergus.");
        Post s1 = say(3, "09:00", odDmSunita, sunita, "Hi Callum, is the second payment due on completion or when the "
                + "frame goes in?");
        Post cs1 = re(3, "09:15", callum, s1, "On completion, Sunita, once you've walked round it and you're happy.");
        re(3, "09:25", sunita, cs1, "Great, thanks.");
        Post de1 = say(4, "18:00", odProjects, desmond, "Finished patio and the sleeper beds. Agnieszka's design, "
                + "can't believe it's the same garden.");
        re(4, "18:30", agnieszka, de1, "It's gorgeous Desmond! The sandstone came up so well.");
        Post de2 = say(5, "09:00", odAsk, desmond, "@Agnieszka Nowak which joint filler did the lads use? Want to "
                + "get a bit more for the path by the shed.");
        re(5, "09:30", agnieszka, de2, "A brush-in resin jointing compound, the buff colour. I'll check the exact "
                + "name with Fergus.");
        Post fd2 = re(5, "09:50", fergus, de2, "It's the buff one from Hurst, Desmond, a 15kg tub does about 12 "
                + "square metres.");
        re(5, "10:00", desmond, fd2, "Cheers both.");
        Post s5 = say(6, "18:00", odAsk, sunita, "Is it normal for the new patio to have white marks after the rain?");
        Post fs5 = re(6, "18:30", fergus, s5, "That's efflorescence, Sunita, salts coming out of the mortar. It goes "
                + "on its own in a few months; don't pressure wash it.");
        re(6, "18:40", sunita, fs5, "Phew, thanks.");
        // W23
        say(9, "08:30", odUpdates, callum, "Composite board prices go up 6% from July. If you're on the list for a "
                + "composite deck, your quote's held as it is.");
        Post s2 = say(9, "11:00", odAsk, sunita, "How soon can we put the hot tub on the new deck? It's about 1.8 "
                + "tonnes full.");
        Post cs2 = re(9, "11:30", callum, s2, "We built that corner with extra joists for it, Sunita, so as soon as "
                + "you like. Keep it on the marked area.");
        re(9, "11:40", sunita, cs2, "Brilliant, thank you!");
        Post de3 = say(10, "19:00", odAsk, desmond, "@Agnieszka Nowak my brother in Sale wants a patio like ours, "
                + "I've sent him your way. He'll call this week.");
        re(10, "19:40", agnieszka, de3, "That's so kind Desmond, thank you! I'll look after him.");
        Post m2 = say(11, "14:00", odProjects, maud, "Oiled! Looks like the day it went in.");
        re(11, "14:30", fergus, m2, "Looks spot on Maud.");
        Post de4 = say(12, "19:00", odProjects, desmond, "Brother came round to see ours, he's already picked his "
                + "stone.");
        re(12, "19:30", agnieszka, de4, "Ha, he's got good taste!");
        Post m3 = say(13, "10:00", odAsk, maud, "@Fergus Blaine there's a board by the step that's cupped a bit "
                + "since the oiling. Should it be screwed down or replaced?");
        Post fm3 = re(14, "12:10", fergus, m3, "Sorry Maud, I was at my nephew's wedding yesterday and only just "
                + "seen this. Don't screw it, it'll split. Cupping usually settles as it dries; if it's still up in a "
                + "fortnight we'll swap the board, no charge.");
        re(14, "12:25", maud, fm3, "No problem at all, thanks Fergus.");
        // W24
        joins(15, "09:00", odAsk, orla);
        Post o1 = say(15, "09:10", odAsk, orla, "Hi, my neighbour Desmond recommended you. Composite or timber for a "
                + "north-facing garden that stays damp? And could you give me a rough idea of price for about 20 "
                + "square metres?");
        Post co1 = re(15, "09:40", callum, o1, "Welcome Orla! North-facing and damp, composite every time, it won't "
                + "go slimy like softwood. About £150-180 a square metre fitted for 20m², so £3,000-3,600 depending "
                + "on the board. Agnieszka could come and measure up next week if you'd like.");
        Post o2 = re(15, "10:00", orla, co1, "Yes please, Tuesday afternoon?");
        re(15, "10:10", agnieszka, o2, "Tuesday 2pm works, I'll bring samples.");
        say(16, "08:30", odUpdates, callum, "Finished the Worsley job on Friday, 40 square metres of composite and a "
                + "pergola. Photos in #projects soon.");
        Post s3 = say(17, "18:00", odProjects, sunita, "Hot tub in and the deck's taking it fine. Best summer "
                + "already.");
        re(17, "18:20", callum, s3, "Fantastic Sunita, enjoy it!");
        Post m4 = say(18, "13:00", odAsk, maud, "@Fergus Blaine the board's flattened out, you were right!");
        re(18, "13:20", fergus, m4, "Told you it'd settle. Enjoy it Maud.");
        Post s4 = say(19, "19:00", odDmSunita, sunita, "Callum, my sister wants a quote for steps and a small deck, "
                + "can I give her your number?");
        re(19, "19:20", callum, s4, "Please do Sunita, that's really kind.");
        Post o3 = say(20, "10:00", odAsk, orla, "Samples were lovely, going with the charcoal. When could you start?");
        re(20, "10:30", agnieszka, o3, "Callum's got you pencilled in for the 9th of July, Orla, he'll confirm by "
                + "email today.");
        Post de5 = say(21, "11:00", odAsk, desmond, "@Agnieszka Nowak brother's booked in for August, thanks for "
                + "looking after him.");
        re(21, "11:30", agnieszka, de5, "It's a lovely job, thanks for sending him.");
    }

    /**
     * E. Hawthorn Close Residents (nobody sells): Gwendolyn, the chair, posts the meeting minutes and a survey link
     * (day 1); Ahmed is treasurer; Marisol joins day 3 and introduces herself; Percy explains why the drive is
     * unadopted (day 4) and gives Gwendolyn the council's adoption spec when she asks for it (day 5). Leonie, silent
     * till then, asks everyone to follow and share her baking page on day 9 and to like her competition post on day 11.
     * Barnaby joins day 10 and introduces himself as a driveway layer with his site; when Gwendolyn asks him on day 11
     * for a second quote he gives rough prices and promises a written one, which he delivers on day 15. Marisol's cat
     * goes missing and is found (day 13). Leonie chats and borrows a cake tin in W24.
     */
    private void hawthornClose() {
        Post gw1 = say(1, "19:00", hcFund, gwendolyn, "Evening all. Minutes from Thursday's meeting: we agreed to "
                + "get three quotes for resurfacing the shared drive before the AGM. Ahmed says the fund stands at "
                + "£6,420. Quick survey of what everyone wants (tarmac, block, resin): forms.example/hawthorn-drive");
        re(1, "19:30", percy, gw1, "Thanks Gwen. Filled it in.");
        Post ah1 = say(2, "09:00", hcClose, ahmed, "Bin day's moved to Wednesday from next week, the council leaflet "
                + "came today.");
        re(2, "09:20", percy, ah1, "Thanks Ahmed, would've missed that.");
        joins(3, "10:00", hcIntro, marisol);
        Post ma1 = say(3, "10:10", hcIntro, marisol, "Hi everyone! I'm Marisol, just moved into number 9 with my "
                + "partner and a very loud cat called Biscuit. Looking forward to meeting you all.");
        re(3, "10:30", gwendolyn, ma1, "Welcome Marisol! There's a street barbecue on the 16th, do come.");
        re(3, "10:45", ahmed, ma1, "Welcome to the close!");
        say(3, "11:00", hcIntro, marisol, "Thank you both, we'll be there!");
        Post ma2 = say(4, "18:00", hcFund, marisol, "Sorry if this is a daft question, but why is the drive ours to "
                + "fix and not the council's?");
        Post pm2 = re(4, "18:30", percy, ma2, "Not daft at all. It's unadopted: it was never built to the council's "
                + "standard, so they never took it on, and the deeds make the six houses jointly responsible. Getting "
                + "it adopted would mean bringing it up to their spec first, which costs more than resurfacing.");
        re(4, "18:45", marisol, pm2, "Ah, that makes sense, thanks Percy.");
        Post gw2 = say(5, "20:00", hcFund, gwendolyn, "Does anyone know where we'd find the council's spec for a road "
                + "they'd adopt? Percy mentioned it and I'd like it for the AGM.");
        Post pg2 = re(5, "20:20", percy, gw2, "Here you go Gwen: stockportcouncil.example/highways/adoption-spec. "
                + "Section 4 is the bit about the base and drainage.");
        re(5, "20:30", gwendolyn, pg2, "Perfect, thank you.");
        Post ah3 = say(6, "08:30", hcClose, ahmed, "Anyone else's car been clipped on the bend by the entrance? Mine's "
                + "got a new scrape.");
        re(6, "09:00", percy, ah3, "The hedge at number 1 is overgrown there, I'll have a word.");
        re(6, "09:20", gwendolyn, ah3, "I'll add it to the AGM list too.");
        Post pe0 = say(7, "16:00", hcClose, percy, "Has anyone borrowed my long ladder? It's not in the garage.");
        Post ap0 = re(7, "16:30", ahmed, pe0, "Sorry Percy, it's in mine, I'll bring it back tonight.");
        re(7, "16:40", percy, ap0, "No rush.");
        // W23
        Post gw3 = say(8, "09:00", hcClose, gwendolyn, "Barbecue on the 16th is on! Bring a chair. Ahmed's doing the "
                + "grill.");
        re(8, "09:15", percy, gw3, "Brilliant, I'll bring the gazebo.");
        say(9, "20:00", hcClose, leonie, "Hi all, I've started a baking page on Instagram! Could you all follow it "
                + "and share it with your friends? instagram.example/leoniebakes");
        joins(10, "12:00", hcIntro, barnaby);
        Post ba1 = say(10, "12:10", hcIntro, barnaby, "Hello, Barnaby here, moved into number 3 last week. I lay "
                + "block paving and resin drives for a living, if you want to see what I do: kempdriveways.example. "
                + "Happy to give an opinion on the shared drive if it helps.");
        Post gb1 = re(10, "12:30", gwendolyn, ba1, "Welcome Barnaby! An opinion would be very welcome, we're "
                + "getting quotes.");
        re(10, "12:40", barnaby, gb1, "Thanks Gwendolyn, happy to look.");
        say(11, "09:00", hcFund, leonie, "Also if anyone could like my latest post on the page, it's for a "
                + "competition and every like helps! instagram.example/leoniebakes");
        Post gw4 = say(11, "19:00", hcFund, gwendolyn, "We've had one quote in, £14,800 for tarmac. Does anyone know "
                + "a contractor who'd give us a second quote? @Barnaby Kemp, would you be willing to?");
        re(11, "19:40", barnaby, gw4, "Happy to. Resin over a new base would be about £55 a square metre for the "
                + "close, tarmac about £38, so I'd expect that tarmac quote to be fair. I'll measure up on Saturday "
                + "and put a written quote through everyone's door.");
        re(11, "20:00", ahmed, gw4, "That's great, thank you Barnaby.");
        Post pe1 = say(12, "08:30", hcFund, percy, "For what it's worth, whoever quotes, ask for the sub-base depth "
                + "and the drainage in writing. The puddle by number 5 is a drainage problem, not a surface one.");
        re(12, "09:00", ahmed, pe1, "Noted Percy, I'll add it to the list of questions.");
        Post ma3 = say(13, "10:00", hcClose, marisol, "Biscuit has gone missing, ginger, very vocal. If you see him "
                + "please shout!");
        re(13, "10:30", percy, ma3, "Will keep an eye out.");
        Post ma4 = re(13, "14:00", marisol, ma3, "Found him in the shed at number 3! Sorry Barnaby 😂");
        re(13, "14:10", barnaby, ma4, "Ha, he was very welcome.");
        Post gw6 = say(14, "12:00", hcFund, gwendolyn, "Barnaby measured up this morning, thank you Barnaby.");
        re(14, "12:30", barnaby, gw6, "No bother. The drainage by number 5 is worse than it looks, I'll explain in "
                + "the quote.");
        // W24
        Post ba2 = say(15, "10:00", hcFund, barnaby, "Quotes are through everyone's doors. Three options, tarmac, "
                + "block and resin, with the base and drainage written out as Percy suggested.");
        re(15, "10:30", gwendolyn, ba2, "Thank you Barnaby, that's really thorough.");
        Post gw5 = say(16, "21:00", hcClose, gwendolyn, "Thank you everyone for a lovely barbecue! Photos on the "
                + "shared album: photos.example/hawthorn-bbq");
        re(16, "21:15", marisol, gw5, "Best evening! Thanks for having us.");
        re(16, "21:20", leonie, gw5, "Lovely night, thanks Gwen.");
        Post ah2 = say(17, "11:00", hcFund, ahmed, "Fund update: £6,420 plus three late contributions, £6,900 now. "
                + "The AGM vote is on the 28th.");
        re(17, "11:20", percy, ah2, "Thanks Ahmed.");
        Post le1 = say(18, "17:00", hcClose, leonie, "Has anyone got a 10 inch round tin to lend me "
                + "for the school fair bake sale?");
        Post mle = re(18, "17:20", marisol, le1, "I have one! I'll drop it round.");
        re(18, "17:30", leonie, mle, "You star, thank you. I'll bring you a slice.");
        Post pe2 = say(19, "10:00", hcClose, percy, "Hedge at number 1 has been cut back, thanks to whoever had the "
                + "word.");
        re(19, "10:30", ahmed, pe2, "That was me, they were very nice about it.");
        Post ma5 = say(20, "19:00", hcFund, marisol, "Read Barnaby's quote. The resin option looks lovely but the "
                + "tarmac one seems the sensible choice for the fund?");
        re(20, "19:30", percy, ma5, "Agreed, and it's the one the council would recognise if we ever went for "
                + "adoption.");
        re(20, "19:45", gwendolyn, ma5, "Let's put both to the vote.");
    }

    /**
     * F. Clean Slab Crew: Shay and Terence answer Nadia on hypochlorite (day 1); Nadia answers Geraint's black spots
     * (day 2); Terence lists a surface cleaner in #kit-swap (day 3); Shay answers Philippa's weeds (day 4). Days 8-12
     * Terence posts eleven times to nobody in #crew-room, #homeowner-questions and #kit-swap (his jobs, his new pump,
     * prices with "DM me" and his site on days 8, 10 and 12, his gallery and reviews) and speaks to nobody. Geraint asks
     * Nadia on day 9 whether she would do the treatment; she quotes. On day 10 Philippa asks what cleaning, re-sanding
     * and sealing a 40 square metre drive would roughly cost; Shay, who met her on day 4, gives the usual range and then
     * his own price and a free day. In W24 they talk hosepipe bans, Philippa books Shay, Geraint recommends Nadia,
     * Nadia sells biocide in #kit-swap and Terence buys it.
     */
    private void cleanSlab() {
        Post na1 = say(1, "09:00", csCrew, nadia, "What dilution's everyone using for sodium hypo on sandstone? I've "
                + "been going 3% and getting some bleaching on the darker slabs.");
        Post sn1 = re(1, "09:30", shay, na1, "2% and a longer dwell, then neutralise. Darker stone hates anything "
                + "stronger.");
        re(1, "09:45", nadia, sn1, "Will try that, thanks Shay.");
        re(1, "10:00", terence, na1, "I go 4% and never had a problem, but I rinse hard.");
        Post ge1 = say(2, "18:00", csAsk, geraint, "Our Indian sandstone patio is covered in black spots that won't "
                + "jet wash off. What are they and can they be got rid of?");
        Post ng1 = re(2, "18:30", nadia, ge1, "Those are lichen, Geraint. Pressure alone won't shift them, it needs "
                + "a soft wash with a biocide and a few weeks to fade. Don't go at them with a turbo nozzle, it'll "
                + "etch the stone.");
        re(2, "18:45", geraint, ng1, "Ah, so that's why. Thank you Nadia.");
        say(3, "12:00", csKit, terence, "Surface cleaner, 20 inch, used twice, £120. Collection Wigan.");
        Post ph1 = say(4, "17:00", csAsk, philippa, "We had our block drive cleaned and re-sanded last summer and "
                + "the weeds are already back. Did they do it wrong?");
        Post sp1 = re(4, "17:30", shay, ph1, "Not necessarily Philippa, re-sanding alone doesn't stop seeds landing. "
                + "Was it sealed after? Sealing locks the sand and slows the weeds right down.");
        Post ph2 = re(4, "17:45", philippa, sp1, "It wasn't sealed, no. Is it too late?");
        re(4, "18:00", shay, ph2, "Not at all, but it'd need a clean first. Any decent cleaner can do both.");
        Post sh0 = say(6, "17:00", csCrew, shay, "Anyone going to the Karcher demo day in Bolton?");
        re(6, "17:30", nadia, sh0, "Yes, Saturday morning.");
        re(6, "17:40", terence, sh0, "Might pop in.");
        // W23
        say(8, "08:00", csCrew, terence, "Smashed 3 drives today before lunch. Best day of the year so far.");
        say(8, "12:00", csAsk, terence, "Driveway cleaning from £3 a square metre, sealing from £5. See my work at "
                + "tvpowerwash.example and DM me for a price.");
        say(9, "07:45", csCrew, terence, "New 15hp pump arrived. Beast.");
        Post ge2 = say(9, "10:00", csAsk, geraint, "@Nadia Okonjo the black spots are fading like you said! Would you "
                + "be able to do the biocide treatment for us? The patio's about 30 square metres.");
        Post ng2 = re(9, "10:30", nadia, ge2, "Glad it's working Geraint! Yes, happy to. For 30m² it's £90 for the "
                + "treatment, and I'd come back in six weeks to rinse it off for free. I could do next Thursday.");
        re(9, "10:45", geraint, ng2, "Thursday's great.");
        say(9, "13:00", csAsk, terence, "Before and after of today's resin drive in Orrell: "
                + "tvpowerwash.example/gallery");
        say(9, "19:00", csKit, terence, "Still got that surface cleaner, £110 now.");
        say(10, "08:10", csCrew, terence, "Booked up till the 20th now.");
        Post ph3 = say(10, "12:00", csAsk, philippa, "What would it cost roughly to get a 40 square metre block "
                + "drive cleaned, re-sanded and sealed? Want to budget before I ask anyone round.");
        Post sp3 = re(10, "12:30", shay, ph3, "Usually £6-9 a square metre all in for clean, sand and seal, so "
                + "£250-350 for 40m². I'd do yours for £280 and I've a free day on the 19th if you want it.");
        re(10, "12:50", philippa, sp3, "That's a helpful guide, thank you. I'll have a think.");
        say(10, "16:00", csAsk, terence, "Patio season! Get yours done before the barbecues. tvpowerwash.example "
                + "DM me.");
        say(11, "07:30", csCrew, terence, "Another 4 drives today. Pump's paying for itself.");
        Post na2 = say(11, "09:00", csCrew, nadia, "Anyone got a good supplier of neutraliser in 20L drums?");
        Post sn2 = re(11, "09:20", shay, na2, "Pro-Clean in Preston, cheapest I've found.");
        re(11, "09:35", nadia, sn2, "ta");
        say(11, "18:00", csAsk, terence, "5 star review from a customer in Standish today, thanks to everyone who's "
                + "booked. tvpowerwash.example/reviews");
        say(12, "07:30", csCrew, terence, "Rain day. Catching up on invoices.");
        say(12, "17:00", csAsk, terence, "Still a few slots for sealing this month: tvpowerwash.example DM me for "
                + "prices.");
        // W24
        Post sh1 = say(15, "09:00", csCrew, shay, "How are people getting on with the hosepipe ban? Are we exempt as "
                + "a business?");
        re(15, "09:30", nadia, sh1, "Commercial cleaning's exempt, but carry the letter from the water company in "
                + "the van. Neighbours will report you.");
        Post ts1 = re(15, "09:40", terence, sh1, "Got reported twice last summer. Letter on the dashboard now.");
        re(15, "10:00", shay, ts1, "Good tip, thanks both.");
        Post ph4 = say(16, "11:00", csAsk, philippa, "Decided to go with @Shay Mulroney, is the 19th still free?");
        re(16, "11:20", shay, ph4, "It is Philippa, pencilled in. I'll bring the sealer samples.");
        Post ge3 = say(17, "14:00", csAsk, geraint, "Patio looks brand new after Nadia's treatment, can't recommend "
                + "her enough. I've told my brother about her too.");
        re(17, "14:20", nadia, ge3, "Aw thank you Geraint!");
        Post na3 = say(18, "10:00", csKit, nadia, "20L of biocide concentrate, unopened, bought too much. £45. "
                + "Collection Chorley.");
        Post tn3 = re(18, "10:30", terence, na3, "I'll take it if it's still going Nadia.");
        re(18, "10:45", nadia, tn3, "Yours Terence, I'll DM you the address.");
        Post na4 = say(20, "09:00", csCrew, nadia, "A customer's brother booked in off the back of a recommendation, "
                + "this group's been good for me.");
        re(20, "09:20", shay, na4, "Word of mouth beats anything.");
        Post ph5 = say(21, "15:00", csAsk, philippa, "Drive's done and sealed, Shay was brilliant. Thank you!");
        re(21, "15:20", shay, ph5, "Cheers Philippa, keep the car off it for 48 hours.");
    }

    /**
     * G. Roofline Fitters Forum: Hamish answers Ottilie on cappers (day 1) and Celia's wavy soffits (day 2); Warrick
     * answers Ottilie on timber (day 2); Idris posts a job (day 3), Hamish and Warrick offer to quote. In W23 Idris goes
     * with Hamish and Celia asks Hamish for a price, which he gives (days 9, 10); Ottilie answers Hamish on the bracket
     * recall (day 12). In W24 Warrick answers each bit of Hamish's news (days 15, 16, 18) and his day off (day 20) with
     * his own van, prices, trade show and caravan, asking nothing; on day 16 Ottilie, who has spoken only in
     * #fitters-bench, opens a post in #homeowner-asks with her summer-offer link. Celia thanks Hamish (day 17).
     */
    private void rooflineFitters() {
        Post ot1 = say(1, "08:30", rfBench, ottilie, "Anyone fitted the new 9mm cappers from Eurocell? The returns "
                + "look thinner than the old ones.");
        Post ho1 = re(1, "09:00", hamish, ot1, "They are thinner. Fine on a straight run, fiddly on the corners.");
        re(1, "09:10", ottilie, ho1, "Thanks Hamish, I'll order a few extra corner joints then.");
        Post ce1 = say(2, "19:00", rfAsk, celia, "Our soffits have gone wavy and there's a gap where birds are getting "
                + "in. Can they be patched or is it all new?");
        Post hc1 = re(2, "19:30", hamish, ce1, "Wavy usually means they were fitted straight onto old rotten timber, "
                + "Celia. If the rafter ends behind are sound you can replace the soffit alone; if not it's the lot. "
                + "Swifts are protected though, so check nothing's nesting before anyone seals the gap.");
        re(2, "19:45", celia, hc1, "Good to know about the swifts, thank you.");
        Post ot2 = say(2, "20:00", rfBench, ottilie, "Does anyone still do timber fascias or is everyone pure uPVC "
                + "now?");
        re(2, "20:15", warrick, ot2, "I do timber when the house is listed, otherwise uPVC.");
        Post id1 = say(3, "09:00", rfJobs, idris, "Looking for someone to replace fascias, soffits and gutters on a "
                + "three-bed semi in Chorley, July ideally.");
        re(3, "09:30", hamish, id1, "Hi Idris, happy to come and look. I'm in Chorley on Thursday.");
        re(3, "10:00", warrick, id1, "I can quote too Idris, free most of July.");
        re(3, "10:15", idris, id1, "Thanks both, Hamish, Thursday works.");
        Post id0 = say(5, "19:00", rfAsk, idris, "While I'm at it, is it worth getting gutter guards fitted at the "
                + "same time?");
        Post hi0 = re(5, "19:30", hamish, id0, "Only if you've trees within about 10 metres, Idris. Otherwise it's "
                + "money for nothing.");
        re(5, "19:45", idris, hi0, "No trees, so no. Thanks.");
        Post wa0 = say(6, "07:30", rfBench, warrick, "Anyone got a spare 2.5m offcut of 225 fascia, white? Short by "
                + "one length on a job.");
        Post ow0 = re(6, "08:00", ottilie, wa0, "I've got one in the van, I'm in Wigan tomorrow if you're passing.");
        re(6, "08:10", warrick, ow0, "You're a star, I'll grab it.");
        // W23
        Post wa1 = say(8, "12:00", rfBench, warrick, "Finally got the new van signwritten.");
        Post hw1 = re(8, "12:20", hamish, wa1, "Nice, who did it?");
        re(8, "12:30", warrick, hw1, "Lad in Leyland, £400.");
        Post id2 = say(9, "09:00", rfAsk, idris, "@Hamish Rennie @Warrick Dunne thanks both for the quotes, going "
                + "with Hamish. Hamish, do we need to be in on the day?");
        re(9, "09:30", hamish, id2, "Only at the start and end, Idris, so we can walk round it together.");
        Post ce2 = say(10, "17:00", rfAsk, celia, "Thanks @Hamish Rennie, nothing nesting. Could you give me a price "
                + "for the soffits alone? About 14 metres.");
        Post hc2 = re(10, "17:30", hamish, ce2, "About £550 for 14m with vents, Celia, if the rafters are sound. "
                + "I'll come and check first for free.");
        re(10, "17:45", celia, hc2, "Yes please.");
        Post ot3 = say(11, "08:00", rfBench, ottilie, "Anyone got an opinion on over-fascia vents vs vented soffit "
                + "boards?");
        Post ho3 = re(11, "08:30", hamish, ot3, "Vented soffit every time, over-fascia ones whistle in the wind.");
        re(11, "08:40", ottilie, ho3, "Ha, that explains the complaint I had.");
        Post ha1 = say(12, "08:00", rfBench, hamish, "Anyone know if the gutter bracket recall affects the black ones "
                + "too?");
        Post oh1 = re(12, "08:30", ottilie, ha1, "Only the grey, I checked with the rep.");
        re(12, "08:40", hamish, oh1, "Phew, cheers Ottilie.");
        // W24
        Post ha2 = say(15, "17:00", rfBench, hamish, "Finished Idris's semi today, three days start to finish. Good "
                + "customers make it easy.");
        re(15, "17:30", warrick, ha2, "I did a semi like that last year and it took me four days because my labourer "
                + "walked off, so I ended up doing all the gutters myself and I still had my own jobs to price in the "
                + "evenings. I reckon my back's never recovered.");
        say(16, "08:00", rfAsk, ottilie, "ottiliebrandonroofline.example/summer-offer 10% off full roofline "
                + "replacements booked before August.");
        Post ha3 = say(16, "10:00", rfBench, hamish, "Hurst have put trims up 8% from today, just seen the email.");
        re(16, "10:20", warrick, ha3, "I've already had my prices up twice this year. My customers are used to it by "
                + "now, I just tell them my costs have gone up and my diary's full anyway, I'm not chasing work.");
        Post ce3 = say(17, "12:00", rfAsk, celia, "Soffits done by Hamish, no more birds in the loft and it looks so "
                + "neat. Thank you!");
        re(17, "12:30", hamish, ce3, "Thanks Celia, it was a pleasure.");
        Post ce4 = say(19, "09:00", rfAsk, celia, "@Hamish Rennie the neighbour at 12 asked who did mine, I've "
                + "given her your number.");
        re(19, "09:30", hamish, ce4, "Thanks Celia, really appreciate it.");
        Post ha4 = say(18, "18:00", rfBench, hamish, "Harrogate trade show tickets arrived, going on the Thursday.");
        re(18, "18:30", warrick, ha4, "I went last year. I spent most of it at my mate's stand and I bought my new "
                + "mitre saw there, I got a good deal because I know the rep. I'll probably go again if my diary lets "
                + "me, I'm booked solid though.");
        Post ha5 = say(20, "16:00", rfBench, hamish, "Day off today, first in a month.");
        re(20, "16:20", warrick, ha5, "I've got my feet up too, first time in weeks. I'm off to my caravan in "
                + "Abersoch next week, I've earned it, my wife says I'm unbearable when I don't get a break.");
    }

    /**
     * H. Weekend Landscapers (nobody sells): Quentin answers Fabian (day 1), Mireille (day 4) and Tamsin (day 5) with
     * a guide link in each answer; Tamsin shows her gravel path (day 2). Otto says on day 3 he is camping 4-10 June
     * with no replies till the 11th. Lowri joins day 8 and introduces herself with her Instagram; Quentin answers her
     * (days 9, 12). On day 9 Fabian asks Tamsin by name how her patio over the old path went; she posts, replies to
     * others and asks the room on days 10, 11 and 13 but never answers him. Mireille asks Otto about a porcelain blade
     * on day 10; he answers on his return (day 15). In W24 Tamsin answers Quentin's own question; Lowri finishes her
     * steps and answers Mireille.
     */
    private void weekendLandscapers() {
        Post fa1 = say(1, "10:00", wlHelp, fabian, "Laying a sandstone patio next weekend. Wet bed or dot and dab? "
                + "Everyone online argues about it.");
        Post qf1 = re(1, "10:30", quentin, fa1, "Full wet bed, always, dot and dab leaves voids that fill with water "
                + "and crack in a frost. This video shows the mix and the bed depth well: "
                + "diyhardscape.example/videos/full-bed-sandstone");
        re(1, "10:45", fabian, qf1, "Full bed it is, thanks Quentin.");
        Post ta1 = say(2, "19:00", wlShow, tamsin, "Finished the gravel path with the steel edging, took three "
                + "weekends but I love it.");
        Post ft1 = re(2, "19:20", fabian, ta1, "That edging is so crisp. Did you pin it?");
        re(2, "19:40", tamsin, ft1, "Yes, with the stakes it came with, every 50cm.");
        Post ot1 = say(3, "18:00", wlHelp, otto, "Heads up, I'm off the grid camping in Scotland 4-10 June, so no "
                + "replies from me till the 11th.");
        re(3, "18:20", mireille, ot1, "Have fun Otto!");
        Post mi1 = say(4, "12:00", wlHelp, mireille, "My sleeper raised bed is bowing outwards in the middle. How do "
                + "I stop it before it bursts?");
        Post qm1 = re(4, "12:30", quentin, mi1, "A steel stake driven in on the outside at the bow, or a tie rod "
                + "across the bed. Here's a diagram of the tie-rod way: gardenbuilds.example/raised-bed-tie-rods");
        re(4, "12:45", mireille, qm1, "Tie rods it is, thanks!");
        Post ta2 = say(5, "20:00", wlHelp, tamsin, "Can I lay a patio straight onto an old concrete path, or does it "
                + "need breaking up?");
        Post qt2 = re(5, "20:30", quentin, ta2, "If the concrete's sound and not cracked, yes, on a bonded bed with a "
                + "priming slurry. Check your falls first, you need water running away from the house: "
                + "diyhardscape.example/guides/falls");
        re(5, "20:45", tamsin, qt2, "Brilliant, it's sound. Thanks Quentin.");
        Post mi0 = say(6, "17:00", wlShow, mireille, "Tie rods in, the bed's straight again!");
        re(6, "17:20", quentin, mi0, "Nice and tidy.");
        Post fa0 = say(7, "09:00", wlHelp, fabian, "What mortar mix for the full bed, 4:1 or 6:1?");
        Post qf0 = re(7, "09:30", quentin, fa0, "6:1 sharp sand to cement for the bed, Fabian, and a bit wetter than "
                + "you'd think.");
        re(7, "09:40", fabian, qf0, "Cheers.");
        // W23
        joins(8, "09:00", wlIntro, lowri);
        Post lo1 = say(8, "09:10", wlIntro, lowri, "Hi all, I'm Lowri, new homeowner in Cardiff with a garden that's "
                + "just a slope of mud. Planning steps and a terrace myself. I'm posting the whole saga on insta if "
                + "you want to follow along: instagram.example/lowrislope");
        Post fl1 = re(8, "09:30", fabian, lo1, "Welcome Lowri! Sounds like a fun project.");
        re(8, "09:45", lowri, fl1, "Thanks Fabian, fun is one word for it 😂");
        Post lo2 = say(9, "18:00", wlHelp, lowri, "First question! How deep should the footings be for sleeper steps "
                + "on clay?");
        Post ql2 = re(9, "18:30", quentin, lo2, "On clay, go down to firm ground, usually 300mm or so, with a "
                + "concrete footing under the bottom sleeper. Worth reading: diyhardscape.example/guides/sleeper-steps");
        re(9, "18:45", lowri, ql2, "Super helpful, thank you!");
        say(9, "20:00", wlHelp, fabian, "@Tamsin Reeve did you ever do the patio over your concrete path? I'm "
                + "thinking of the same at the side of our house, how did the priming go?");
        Post ta3 = say(10, "11:00", wlShow, tamsin, "Pots in on the gravel path now. Summer mode.");
        re(10, "11:20", mireille, ta3, "Gorgeous!");
        say(10, "15:00", wlHelp, mireille, "@Otto Kranz which saw blade did you use on the porcelain steps you did? "
                + "Mine keeps chipping.");
        Post fa2 = say(11, "17:00", wlShow, fabian, "Patio's down! Full wet bed like Quentin said, not a single "
                + "rocker.");
        re(11, "17:20", quentin, fa2, "Looks cracking Fabian.");
        re(11, "17:40", tamsin, fa2, "Love it Fabian!");
        Post lo3 = say(12, "09:00", wlHelp, lowri, "Is a wacker plate worth hiring for a 10 square metre terrace or "
                + "can I tamp by hand?");
        Post ql3 = re(12, "09:30", quentin, lo3, "Hire one, Lowri, it's £35 a day and hand tamping never gets the "
                + "sub-base tight enough. This shows how many passes: diyhardscape.example/guides/compacting");
        re(12, "09:40", lowri, ql3, "Booked one for Saturday!");
        Post ta4 = say(13, "14:00", wlHelp, tamsin, "Does anyone know if you can mix two colours of resin jointing "
                + "compound?");
        Post qt4 = re(13, "14:30", quentin, ta4, "You can, but do a test batch, they don't always cure the same.");
        re(13, "14:40", tamsin, qt4, "Cheers.");
        Post mi4 = say(13, "19:00", wlShow, mireille, "New porcelain step is in, chipped one corner but it's round "
                + "the back 😅");
        re(13, "19:20", fabian, mi4, "Nobody will ever know.");
        Post mi5 = say(14, "11:00", wlHelp, mireille, "Best way to stop weeds in a gravel path without chemicals?");
        Post tm5 = re(14, "11:30", tamsin, mi5, "A good membrane under it, and top the gravel up every spring.");
        re(14, "11:40", mireille, tm5, "Thanks Tamsin.");
        say(14, "18:00", wlShow, lowri, "Footings in! Updates on my insta as usual.");
        // W24
        Post mi2 = say(15, "10:00", wlHelp, otto, "Back! Sorry @Mireille Dubois, a diamond blade rated for porcelain, "
                + "continuous rim, not segmented, and go slow. The cheap ones chip the glaze.");
        re(15, "10:20", mireille, mi2, "Thank you, welcome back!");
        Post qu1 = say(15, "12:00", wlHelp, quentin, "My own question for once: anyone laid a permeable gravel grid on "
                + "a slope? Wondering if the gravel migrates.");
        Post tq1 = re(15, "12:30", tamsin, qu1, "Ours is on a gentle slope and it's fine, but I put 20mm angular "
                + "gravel in, not pea shingle.");
        re(15, "12:45", quentin, tq1, "Angular, good shout, thanks Tamsin.");
        Post lo4 = say(16, "19:00", wlShow, lowri, "Steps done!! Five sleepers, all level. Thank you all for the "
                + "help.");
        re(16, "19:20", fabian, lo4, "Amazing Lowri!");
        Post mi3 = re(17, "09:00", mireille, lo4, "Lowri, what did you use to fix the sleepers together?");
        re(17, "09:30", lowri, mi3, "Timber screws, 200mm, two per joint, Mireille. Pre-drill or they split!");
        Post fa3 = say(18, "18:00", wlHelp, fabian, "How long should I leave a new patio before pressure washing it?");
        Post qf3 = re(18, "18:30", quentin, fa3, "A month at least, for the joints to cure fully.");
        re(18, "18:40", fabian, qf3, "Will wait, cheers.");
        Post ta5 = say(20, "17:00", wlShow, tamsin, "Side patio over the old path finally done! Primed the concrete "
                + "with slurry like Quentin said, worked a treat.");
        Post ft5 = re(20, "17:20", fabian, ta5, "Oh brilliant, that answers my question from last week! Might copy "
                + "you.");
        re(20, "17:40", tamsin, ft5, "Sorry Fabian, I completely missed your message! Do it, it's easy.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes155Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 155");
    }
}
