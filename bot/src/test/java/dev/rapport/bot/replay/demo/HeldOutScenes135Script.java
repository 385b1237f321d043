package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 135 (sealed): eight communities of the water trades, drainage, pools, ponds and water treatment, of
 * kinds no earlier round used (drainage and CCTV drain-survey engineers, Rodding Eye, with a room where householders
 * ask, a kit-for-sale room and a surveyor who spends a week running a blind defect-coding round with fellow engineers
 * while a returning householder he surveyed for and a buyer who asked for him by name wait; a koi and pond supplies
 * shop's own server, Kohaku Corner, with its Staff and Customers, a fish-health adviser who said she would be away, an
 * owner who answers a day late with an apology and a customer's DM; swimming-pool service technicians, Skimmer Box,
 * with a room where pool owners ask, a jobs board and a newcomer who scatters his winter-closing link and improves in
 * the third week; septic-tank and sewage treatment plant installers, Soakaway Trade, with a room where rural
 * householders ask and a newcomer who answers a householder's thanks with a price; rainwater-harvesting fitters,
 * Downpipe Collective, with a room where a school, an allotment and homeowners ask, a fitter who talks about himself
 * and a tank supplier's rep who posts stock news to nobody; a water-testing lab's own server, Clearbrook Water Lab,
 * with its Team and Clients and a client who leaves another client's question; a village flood-action group, Millbeck
 * Flood Action Group, where nobody sells; water-softener and filter installers, Resin &amp; Brine, with a room where
 * householders ask, a new installer who takes help every day and a newcomer's DM pitch), over three ISO weeks (2033-W45
 * to W47), written and labelled by writer135 (session 62) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-135.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes135Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2033, 11, 7);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2033, 11, 28, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-135";
    private static final int BASE = 106000;

    // --- A. drainage and CCTV drain-survey engineers ---
    private final String rodding = cast.guild(1631);
    private final Channel reBench = cast.channel(rodding, "Rodding Eye", "engineers-bench",
            "drain engineers among ourselves: kit, coding, jobs", "re-engineers-bench.json");
    private final Channel reAsk = cast.channel(rodding, "Rodding Eye", "householders-ask",
            "householders ask about blockages, smells and drain surveys; engineers reply", "re-householders-ask.json");
    private final Channel reKit = cast.channel(rodding, "Rodding Eye", "kit-for-sale",
            "engineers sell and swap used rods, jetters and camera kit", "re-kit-for-sale.json");
    private final Persona dermot = cast.person("dermot.callaghan", "Dermot Callaghan");
    private final Persona priya = cast.person("priya.lakhani", "Priya Lakhani");
    private final Persona tobias = cast.person("tobias.oakley", "Tobias Oakley");
    private final Persona rhona = cast.person("rhona.gilchrist", "Rhona Gilchrist");
    private final Persona beatrix = cast.person("beatrix.fallon", "Beatrix Fallon");
    private final Persona colm = cast.person("colm.hennessy", "Colm Hennessy");
    private final Persona maud = cast.person("maud.ellery", "Maud Ellery");
    private final Persona nikhil = cast.person("nikhil.sarin", "Nikhil Sarin");
    private final Persona saoirse = cast.person("saoirse.brannigan", "Saoirse Brannigan");

    // --- B. a koi and pond supplies shop's own server ---
    private final String kohaku = cast.guild(1632);
    private final Role kcStaff = cast.role("Staff", "#d84315", 2);
    private final Role kcCustomer = cast.role("Customer", "#546e7a", 1);
    private final Channel kcNews = cast.channel(kohaku, "Kohaku Corner", "shop-news",
            "new arrivals, opening hours and offers from the shop", "kc-shop-news.json");
    private final Channel kcAsk = cast.channel(kohaku, "Kohaku Corner", "ask-the-shop",
            "customers: fish health, filters and orders; one of the staff will reply", "kc-ask-the-shop.json");
    private final Channel kcChat = cast.channel(kohaku, "Kohaku Corner", "pond-chat",
            "show us your ponds and fish", "kc-pond-chat.json");
    private final Persona gareth = cast.person("gareth.pennock", "Gareth Pennock", kcStaff);
    private final Persona lowri = cast.person("lowri.bevan", "Lowri Bevan", kcStaff);
    private final Persona annika = cast.person("annika.solheim", "Annika Solheim", kcStaff);
    private final Persona isidore = cast.person("isidore.blake", "Isidore Blake", kcCustomer);
    private final Persona maxine = cast.person("maxine.trudgeon", "Maxine Trudgeon", kcCustomer);
    private final Persona cedric = cast.person("cedric.okonjo", "Cedric Okonjo", kcCustomer);
    private final Persona philomena = cast.person("philomena.grady", "Philomena Grady", kcCustomer);
    private final Persona ravi = cast.person("ravi.chaudhry", "Ravi Chaudhry", kcCustomer);
    private final Persona tamsin = cast.person("tamsin.eddery", "Tamsin Eddery");
    private final Channel kcDm = cast.dm(philomena, "kc-dm-philomena-grady.json");

    // --- C. swimming-pool service technicians ---
    private final String skimmer = cast.guild(1633);
    private final Channel sbLounge = cast.channel(skimmer, "Skimmer Box", "techs-lounge",
            "pool technicians among ourselves: chemistry, kit, the trade", "sb-techs-lounge.json");
    private final Channel sbAsk = cast.channel(skimmer, "Skimmer Box", "pool-owners-ask",
            "pool owners ask about water, heating and winter closing; technicians reply", "sb-pool-owners-ask.json");
    private final Channel sbJobs = cast.channel(skimmer, "Skimmer Box", "jobs-board",
            "owners post pool jobs; technicians post their availability and rates", "sb-jobs-board.json");
    private final Persona marguerite = cast.person("marguerite.dufresne", "Marguerite Dufresne");
    private final Persona lorcan = cast.person("lorcan.whelan", "Lorcan Whelan");
    private final Persona yasmin = cast.person("yasmin.haddad", "Yasmin Haddad");
    private final Persona jasper = cast.person("jasper.knowles", "Jasper Knowles");
    private final Persona benedict = cast.person("benedict.arkwright", "Benedict Arkwright");
    private final Persona cressida = cast.person("cressida.lyle", "Cressida Lyle");
    private final Persona hollis = cast.person("hollis.drummond", "Hollis Drummond");
    private final Persona petra = cast.person("petra.novak", "Petra Novak");

    // --- D. septic-tank and sewage treatment plant installers ---
    private final String soakaway = cast.guild(1634);
    private final Channel stRoom = cast.channel(soakaway, "Soakaway Trade", "installers-room",
            "septic and treatment plant installers among ourselves", "st-installers-room.json");
    private final Channel stAsk = cast.channel(soakaway, "Soakaway Trade", "rural-homes-ask",
            "householders off the mains ask about septic tanks, soakaways and treatment plants; installers reply",
            "st-rural-homes-ask.json");
    private final Channel stOffer = cast.channel(soakaway, "Soakaway Trade", "offer-your-services",
            "installers post areas, availability and rates", "st-offer-your-services.json");
    private final Persona alun = cast.person("alun.prothero", "Alun Prothero");
    private final Persona morwenna = cast.person("morwenna.pascoe", "Morwenna Pascoe");
    private final Persona declan = cast.person("declan.furey", "Declan Furey");
    private final Persona crispin = cast.person("crispin.vane", "Crispin Vane");
    private final Persona ottoline = cast.person("ottoline.marsh", "Ottoline Marsh");
    private final Persona bertram = cast.person("bertram.ashdown", "Bertram Ashdown");
    private final Persona eilidh = cast.person("eilidh.munro", "Eilidh Munro");
    private final Persona godfrey = cast.person("godfrey.platt", "Godfrey Platt");

    // --- E. rainwater-harvesting fitters ---
    private final String downpipe = cast.guild(1635);
    private final Channel dpRoom = cast.channel(downpipe, "Downpipe Collective", "fitters-room",
            "rainwater-harvesting fitters among ourselves", "dp-fitters-room.json");
    private final Channel dpAsk = cast.channel(downpipe, "Downpipe Collective", "ask-a-fitter",
            "homeowners, schools and allotments ask about collecting and using rainwater; fitters reply",
            "dp-ask-a-fitter.json");
    private final Channel dpShow = cast.channel(downpipe, "Downpipe Collective", "showcase",
            "fitters show finished installs", "dp-showcase.json");
    private final Persona barnaby = cast.person("barnaby.quayle", "Barnaby Quayle");
    private final Persona sunniva = cast.person("sunniva.holt", "Sunniva Holt");
    private final Persona emeka = cast.person("emeka.obi", "Emeka Obi");
    private final Persona ludovic = cast.person("ludovic.sharp", "Ludovic Sharp");
    private final Persona harriet = cast.person("harriet.coombe", "Harriet Coombe");
    private final Persona ivo = cast.person("ivo.marchetti", "Ivo Marchetti");
    private final Persona delia = cast.person("delia.fairbrother", "Delia Fairbrother");

    // --- F. a water-testing lab's own server ---
    private final String clearbrook = cast.guild(1636);
    private final Role cbTeam = cast.role("Team", "#00838f", 2);
    private final Role cbClient = cast.role("Client", "#78909c", 1);
    private final Channel cbNews = cast.channel(clearbrook, "Clearbrook Water Lab", "lab-news",
            "sampling days, courier runs and changes at the lab", "cb-lab-news.json");
    private final Channel cbResults = cast.channel(clearbrook, "Clearbrook Water Lab", "results-questions",
            "clients: questions about your results and what to test; the team replies", "cb-results-questions.json");
    private final Channel cbGeneral = cast.channel(clearbrook, "Clearbrook Water Lab", "general",
            "chat for clients and the team: private supplies, boreholes, springs", "cb-general.json");
    private final Persona agnes = cast.person("agnes.whitcombe", "Agnes Whitcombe", cbTeam);
    private final Persona rufus = cast.person("rufus.adeyemi", "Rufus Adeyemi", cbTeam);
    private final Persona celeste = cast.person("celeste.marwood", "Celeste Marwood", cbTeam);
    private final Persona walter = cast.person("walter.pennington", "Walter Pennington", cbClient);
    private final Persona orla = cast.person("orla.devane", "Orla Devane", cbClient);
    private final Persona simeon = cast.person("simeon.hartley", "Simeon Hartley", cbClient);
    private final Persona juniper = cast.person("juniper.ashby", "Juniper Ashby", cbClient);
    private final Persona mungo = cast.person("mungo.fairlie", "Mungo Fairlie");

    // --- G. a village flood-action group ---
    private final String millbeck = cast.guild(1637);
    private final Channel mbGeneral = cast.channel(millbeck, "Millbeck Flood Action Group", "general",
            "Millbeck residents getting ready for floods together", "mb-general.json");
    private final Channel mbLevels = cast.channel(millbeck, "Millbeck Flood Action Group", "river-levels",
            "gauge readings, warnings and what the beck is doing", "mb-river-levels.json");
    private final Channel mbRota = cast.channel(millbeck, "Millbeck Flood Action Group", "volunteers-rota",
            "volunteer shifts: sandbag store, gully clearing, door-knocking", "mb-volunteers-rota.json");
    private final Persona elspeth = cast.person("elspeth.rowntree", "Elspeth Rowntree");
    private final Persona ned = cast.person("ned.fothergill", "Ned Fothergill");
    private final Persona kavita = cast.person("kavita.menon", "Kavita Menon");
    private final Persona bryony = cast.person("bryony.tasker", "Bryony Tasker");
    private final Persona gordon = cast.person("gordon.aldous", "Gordon Aldous");
    private final Persona hamish = cast.person("hamish.trelawny", "Hamish Trelawny");
    private final Persona pippa = cast.person("pippa.langstaff", "Pippa Langstaff");
    private final Persona reuben = cast.person("reuben.yeats", "Reuben Yeats");

    // --- H. water-softener and filter installers ---
    private final String resin = cast.guild(1638);
    private final Channel rbBench = cast.channel(resin, "Resin & Brine", "installers-bench",
            "softener and filter installers among ourselves", "rb-installers-bench.json");
    private final Channel rbAsk = cast.channel(resin, "Resin & Brine", "householders-ask",
            "householders ask about hard water, softeners and drinking-water filters; installers reply",
            "rb-householders-ask.json");
    private final Channel rbSale = cast.channel(resin, "Resin & Brine", "for-sale",
            "installers sell used and spare units, valves and resin", "rb-for-sale.json");
    private final Persona winston = cast.person("winston.achebe", "Winston Achebe");
    private final Persona fenella = cast.person("fenella.gorse", "Fenella Gorse");
    private final Persona lars = cast.person("lars.eriksen", "Lars Eriksen");
    private final Persona kieran = cast.person("kieran.mulvey", "Kieran Mulvey");
    private final Persona osborne = cast.person("osborne.pike", "Osborne Pike");
    private final Persona marjolein = cast.person("marjolein.devries", "Marjolein de Vries");
    private final Persona clifford = cast.person("clifford.ames", "Clifford Ames");
    private final Persona noor = cast.person("noor.alsayed", "Noor Al-Sayed");
    private final Channel rbDm = cast.dm(osborne, "rb-dm-osborne-pike.json");

    HeldOutScenes135Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        roddingEye();
        kohakuCorner();
        skimmerBox();
        soakawayTrade();
        downpipeCollective();
        clearbrookLab();
        millbeckFloodAction();
        resinAndBrine();
    }

    /**
     * A. Rodding Eye: Dermot answers householders in W45; in W46 he runs a blind defect-coding round with fellow
     * engineers while Beatrix (whose drains he surveyed in October) and Colm (sent by his neighbour) wait; W47 he
     * answers both with apologies.
     */
    private void roddingEye() {
        // W45: ordinary days
        Post maQ = say(1, "09:10", reAsk, maud, "Our kitchen sink drains slowly and there's a gurgle from the bathroom "
                + "basin when it does. The outside gully looks fine. Is that a blocked drain or a vent problem?");
        Post prMa = re(1, "09:40", priya, maQ, "Gurgling somewhere else when one thing drains usually means the stack "
                + "isn't venting, or a partial block further down pulling air through the traps. Lift the nearest "
                + "inspection chamber cover: if it's standing full, the block is downstream. If it's running clear, "
                + "look at the valve on top of the soil pipe.");
        Post maQ2 = re(1, "10:05", maud, prMa, "Chamber is clear and running. There's a grey valve on the pipe in the "
                + "loft, is that it?");
        Post prMa2 = re(1, "10:20", priya, maQ2, "That's the air admittance valve. They stick shut after a few years. "
                + "About £15 from any merchant, it just screws on.");
        re(1, "18:30", maud, prMa2, "Swapped the valve, gurgle's gone. Thank you Priya!");
        Post niQ = say(2, "11:00", reAsk, nikhil, "The road gully outside our drive floods every time it rains hard. Is "
                + "that ours to sort or the council's?");
        Post deNi = re(2, "11:30", dermot, niQ, "Road gullies belong to the highway authority, so the council. Report it "
                + "on their highways page with a photo and the nearest lamp post number, they prioritise with that. If "
                + "it were your own drive channel backing up it would be yours, but this sounds like theirs.");
        re(2, "12:10", nikhil, deNi, "Thanks, reported it with the lamp post number.");
        Post deQ = say(3, "10:00", reBench, dermot, "Has anyone used one of the new lateral reinstatement cutters after a "
                + "patch liner? Thinking of hiring one before I buy.");
        Post prDe = re(3, "10:25", priya, deQ, "Hired one in September. Worth it at 100mm, fiddly at 150. I'd hire twice "
                + "before buying.");
        re(3, "10:40", dermot, prDe, "Good shout, I'll hire. Thanks Priya.");
        say(3, "14:00", reKit, tobias, "For sale: 30m push reel with a new skid, camera head just serviced, £850 "
                + "collected from Leeds. Moving to a crawler.");
        Post beQ = say(4, "09:30", reAsk, beatrix, "@Dermot Callaghan surveyed our drains in October and the report "
                + "says a displaced joint at 6.2m. Does that need doing straight away or can it wait till spring?");
        Post deBe = re(4, "10:10", dermot, beQ, "Hi Beatrix, good to hear from you. A displaced joint like yours can "
                + "wait if there are no roots getting in and nothing is backing up. I'd look at it again in spring, or "
                + "sooner if you get a smell. When you do want it fixed, a patch liner is the job.");
        re(4, "10:30", beatrix, deBe, "That's a relief. We'll come back to you for the patch once the kitchen is done.");
        Post saQ = say(5, "09:00", reAsk, saoirse, "Smell of drains in our downstairs loo, but only when it's windy. Is "
                + "that a thing?");
        Post rhSa = say(5, "09:45", reAsk, rhona, "Windy-day smells are nearly always a trap being pulled dry. Is there "
                + "a shower or basin in that room nobody uses? Run water in it. Wind across the top of an unvented "
                + "stack can suck the water out of the traps too.");
        re(5, "10:30", saoirse, rhSa, "There's a shower nobody uses! Ran it, I'll see on the next windy day.");
        Post prMeet = say(5, "11:00", reBench, priya, "Reminder: regional meet Tuesday 7pm at the social club. Topic is "
                + "coding for insurance reports.");
        re(5, "11:20", dermot, prMeet, "I'll be there. I've been meaning to ask how differently we all grade joints.");
        Post niDone = re(6, "08:00", nikhil, deNi, "Council came out this morning and jetted the gully. Dry drive at "
                + "last!");
        re(6, "08:30", dermot, niDone, "Brilliant, that was quick of them.");
        re(7, "10:00", saoirse, rhSa, "Windy today and no smell at all. Thank you!");

        // W46: Dermot's blind coding round among fellow engineers; Beatrix and Colm wait
        Post deRound = say(8, "08:30", reBench, dermot, "Idea from the meet: a blind coding round. I post the same four "
                + "minutes of footage, 150mm clay, each of you codes it on your own and sends me the code list, then we "
                + "compare. Who's in?");
        re(8, "08:50", priya, deRound, "In. Send it over.");
        re(8, "09:10", tobias, deRound, "Go on then.");
        Post rhRound = re(8, "09:30", rhona, deRound, "Count me in. Any software, or a paper sheet?");
        re(8, "09:45", dermot, rhRound, "Any software, just export the code list. Footage goes out tonight.");
        Post beQ2 = say(8, "14:00", reAsk, beatrix, "@Dermot Callaghan the kitchen's finished sooner than we thought! "
                + "Could you quote for the patch liner on the displaced joint at 6.2m from the survey you did for us in "
                + "October? We'd like it done before Christmas if you have a slot.");
        Post deOut = say(9, "09:00", reBench, dermot, "Footage went out last night. Codes back by Thursday please, no "
                + "conferring!");
        Post toOut = re(9, "09:20", tobias, deOut, "Got it. The bit at 2m is going to cause arguments.");
        re(9, "09:35", dermot, toOut, "That's the whole point of it 😄");
        joins(9, "10:50", reAsk, colm);
        Post coQ = say(9, "11:05", reAsk, colm, "Hi, new here. Our neighbour at no. 14 told us to ask for @Dermot "
                + "Callaghan. We're buying a 1930s semi and want a CCTV survey before we exchange. Can you do one in the "
                + "next fortnight, and roughly what does it cost?");
        Post prSent = say(10, "10:00", reBench, priya, "Codes sent. Fourteen observations, took me longer than a real "
                + "job.");
        re(10, "10:15", dermot, prSent, "Thanks Priya. Rhona's are in too, just waiting on Tobias.");
        say(10, "16:00", reAsk, beatrix, "@Dermot Callaghan just checking you saw my message about the patch liner? No "
                + "rush, but we'd like to book before your diary fills.");
        Post toSent = say(11, "08:30", reBench, tobias, "Sent mine. I called the 2m thing a displaced joint, not an open "
                + "one. Fight me.");
        re(11, "08:45", dermot, toSent, "Ha, you're not alone. Results tonight.");
        Post deRes = say(11, "19:00", reBench, dermot, "Results: we agreed on 9 of 14. A big split on the 2m joint (two "
                + "displaced, two open) and on whether the fine crack at 3.1m is circumferential or longitudinal. I'll put "
                + "the sheet in the thread.");
        Post rhRes = re(11, "19:30", rhona, deRes, "Interesting that the crack split us. I'd have bet we'd all say "
                + "circumferential.");
        re(11, "19:45", dermot, rhRes, "Me too. Shall we do round two with a pitch fibre run?");
        Post prNudge = say(12, "09:00", reBench, priya, "@Dermot Callaghan you've two householders waiting in "
                + "#householders-ask, one of them asked for you by name.");
        re(12, "09:20", dermot, prNudge, "I know, I know. I'll get to them once round two is set up, neither is "
                + "urgent.");
        Post deR2 = say(12, "10:00", reBench, dermot, "Round two footage: six minutes of 100mm pitch fibre with some "
                + "lovely blistering. Codes by Wednesday.");
        re(12, "10:30", tobias, deR2, "Pitch fibre. You sadist.");
        say(13, "11:00", reAsk, colm, "Anyone? Our solicitor would like the survey done before the 2nd.");
        Post deBl = say(13, "14:00", reBench, dermot, "@Rhona Gilchrist on the blistering, do you code it as deformed "
                + "or as surface damage?");
        re(13, "14:30", rhona, deBl, "Surface damage, unless the bore has actually changed shape.");

        // W47: Dermot answers both with apologies
        re(15, "08:00", dermot, beQ2, "Beatrix, I'm sorry, that sat for a week while I had my head in a coding exercise "
                + "with the others. The patch liner at 6.2m is £495 including a CCTV check afterwards. I have Thursday "
                + "8 December or Monday 12th, which suits?");
        Post beYes = say(15, "08:30", reAsk, beatrix, "No problem at all. The 12th please.");
        re(15, "08:35", dermot, beYes, "Booked in, I'll text the day before.");
        Post deCo = re(15, "08:40", dermot, coQ, "Colm, apologies for the wait. Yes, a pre-purchase CCTV survey with a "
                + "written report is £180, and I can do this Friday, before your solicitor's date. Shall I book it?");
        re(15, "09:10", colm, deCo, "Yes please, Friday. I'll message you the address.");
        say(16, "10:00", reBench, priya, "Round two codes sent.");
        Post maQ4 = say(17, "09:00", reAsk, maud, "Hi again, the gurgle's back but only when the washing machine empties. "
                + "Same valve?");
        Post prMa3 = re(17, "09:30", priya, maQ4, "Probably not the valve this time. A washing machine dumps a lot of "
                + "water fast; if the hose is pushed too far down the standpipe it siphons and gurgles. It should go in "
                + "about 150mm, no more.");
        re(17, "10:00", maud, prMa3, "It was jammed right down. Pulled it up and it's quiet now. You're a star.");
        Post coDone = say(18, "15:00", reAsk, colm, "Survey done this morning, all clear apart from one root at the "
                + "boundary. Thanks @Dermot Callaghan, and no. 14 says hello!");
        re(18, "15:20", dermot, coDone, "Glad it was good news. Tell no. 14 thanks for sending you my way.");
        Post niQ2 = say(19, "10:40", reAsk, nikhil, "The gully is flooding again after Friday's storm. Do I just report "
                + "it again?");
        Post deNi2 = re(19, "11:00", dermot, niQ2, "Yes, report it again with a photo and quote the earlier job number, "
                + "they move repeats up the list.");
        re(20, "09:00", nikhil, deNi2, "Done, thanks Dermot.");
    }

    /**
     * B. Kohaku Corner: the shop's staff answer customers; Lowri says on day 5 she will be at a show on days 11-13 and
     * Gareth covers her; in W47 Gareth answers Cedric a day late with an apology; Philomena DMs Annika.
     */
    private void kohakuCorner() {
        // W45
        say(1, "09:00", kcNews, gareth, "New arrivals: twelve Kohaku and Showa from Niigata, 15-25cm, in the quarantine "
                + "vats till Saturday. Photos: kohakucorner.example/arrivals-november");
        Post isQ = say(1, "10:00", kcAsk, isidore, "Pond water's down to 8°C. When should I stop feeding?");
        Post anIs = re(1, "10:30", annika, isQ, "Below 10°C switch to a wheatgerm food and feed lightly every other day; "
                + "below 6°C stop altogether until spring.");
        re(1, "10:45", isidore, anIs, "Perfect, I'll pick up a bag of wheatgerm on Saturday.");
        Post mxHeron = say(2, "09:15", kcChat, maxine, "Heron visited this morning. Lost nothing, but the netting's "
                + "going back up.");
        Post ceMx = re(2, "09:40", cedric, mxHeron, "Same here last week. Fishing line at 30cm round the edge worked "
                + "better than netting for us.");
        re(2, "10:00", maxine, ceMx, "Ooh, good idea, and cheaper too.");
        Post raQ = say(2, "14:00", kcAsk, ravi, "Is a UV clarifier worth running over winter, or should I switch it "
                + "off?");
        Post gaRa = re(2, "14:20", gareth, raQ, "Most people switch it off below 10°C: the algae isn't growing anyway and "
                + "the bulb lasts longer. Swap the bulb in March when you switch it back on.");
        re(2, "14:40", ravi, gaRa, "Switched off, thanks Gareth.");
        say(3, "11:00", kcNews, lowri, "Fish-health clinic this Saturday 10-1: bring a photo or a water sample and we'll "
                + "test it free.");
        Post phDm = say(3, "16:00", kcDm, philomena, "Hi Annika, sorry to DM. One of the Showa I bought from you in "
                + "September has a red streak on its tail fin, photo attached. Should I be worried?");
        Post anPh = re(3, "16:20", annika, phDm, "Thanks for the photo. That looks like early fin irritation, often from "
                + "a dip in water quality. Test ammonia and nitrite tonight. If they're fine, add pond salt at 1kg per "
                + "1000 litres and watch her for a week.");
        Post phDm2 = re(3, "18:00", philomena, anPh, "Ammonia 0.25, everything else fine. Salt going in now.");
        re(3, "18:10", annika, phDm2, "Good. Do a 10% water change tomorrow too, and let me know how she looks on "
                + "Saturday.");
        say(5, "09:00", kcNews, lowri, "Heads up: I'm at the Harrogate koi show Thursday to Saturday next week (17th to "
                + "19th). Gareth is on the fish-health desk while I'm away, ask him anything.");
        Post ceQ = say(5, "10:00", kcAsk, cedric, "@Gareth Pennock do you still service pond pumps, or just sell them?");
        Post gaCe = re(5, "10:30", gareth, ceQ, "We service them: £35 a pump, including new seals if it needs them. Drop "
                + "it in any day we're open.");
        re(5, "11:00", cedric, gaCe, "I'll bring it in on Saturday.");
        Post isClinic = say(6, "12:00", kcChat, isidore, "Clinic was great, water's all fine. Thanks @Lowri Bevan");
        re(6, "12:30", lowri, isClinic, "Lovely to meet your fish at last, even if only in photos!");
        Post phDm3 = say(6, "13:00", kcDm, philomena, "Streak has gone and she's eating well. Thank you so much.");
        re(6, "13:20", annika, phDm3, "Brilliant news. Leave the salt in till spring.");

        // W46: Lowri away as she said; Gareth covers
        say(8, "09:00", kcNews, gareth, "Winter hours from today: closed Mondays and Tuesdays until March. Online orders "
                + "still go out on Wednesdays.");
        Post mxQ = say(8, "11:00", kcAsk, maxine, "What's the best way to keep a hole in the ice? We had a skim last "
                + "night.");
        Post anMx = re(8, "11:30", annika, mxQ, "A floating pond heater or a polystyrene float keeps a breathing hole "
                + "open. Never smash the ice, the shock waves stress the fish.");
        re(8, "11:45", maxine, anMx, "Ordered a floating heater, thanks Annika.");
        say(9, "10:00", kcNews, gareth, "Floating heaters are back in stock, and winter foods are 10% off this week: "
                + "kohakucorner.example/winter");
        Post isQ2 = say(11, "09:00", kcAsk, isidore, "@Lowri Bevan one of my Asagi has been clamping her fins and "
                + "sitting on the bottom since yesterday. Water test is fine. What should I do?");
        Post gaIs = re(11, "09:40", gareth, isQ2, "Lowri's at the Harrogate show, so I'll jump in. Fin clamping at these "
                + "temperatures is often just the cold, but check for flukes. If you can catch her, bring her in on "
                + "Wednesday in a bag and we'll look under the scope.");
        re(11, "10:00", isidore, gaIs, "Thanks, I'll try and catch her tonight.");
        Post isCaught = say(11, "19:00", kcAsk, isidore, "Caught her, no obvious marks. She's in a holding tub now.");
        re(12, "09:00", gareth, isCaught, "Good. Keep the tub at pond temperature, add salt at 3kg per 1000 litres and "
                + "bring her Wednesday.");
        Post loIs = re(13, "17:00", lowri, isQ2, "Back from Harrogate and just read this, Isidore. Gareth's given you the "
                + "right plan. If she's still clamped on Wednesday I'll do the scrape myself.");
        re(13, "17:20", isidore, loIs, "Thanks both, see you Wednesday.");
        Post loShow = say(13, "18:00", kcChat, lowri, "Harrogate photos: a 78cm Kohaku took grand champion. An absolute "
                + "unit.");
        re(13, "18:20", maxine, loShow, "Wow! What a fish.");
        Post phThanks = say(14, "10:00", kcChat, philomena, "My Showa is fully back to herself. Thanks to @Annika "
                + "Solheim for the help last week, and I've told my sister to come here for her first fish.");
        re(14, "10:30", annika, phThanks, "That's so kind, thank you Philomena. Tell her to ask for me.");

        // W47: Gareth answers a day late with an apology; a newcomer asks a price
        Post ceQ2 = say(15, "09:00", kcAsk, cedric, "@Gareth Pennock the pump you serviced is rattling again. Is that "
                + "the impeller? Should I bring it back?");
        joins(16, "09:00", kcChat, tamsin);
        Post taQ = say(16, "09:30", kcAsk, tamsin, "Hi, I've just taken over my late dad's pond with twenty koi in it. "
                + "How much is the wheatgerm food in a 10kg sack, and do you deliver?");
        Post anTa = re(16, "10:00", annika, taQ, "Welcome Tamsin, and I'm sorry about your dad. The 10kg wheatgerm is "
                + "£58 and we deliver within 20 miles on Wednesdays for £5. Happy to talk you through the pond too, lots "
                + "of people inherit one and feel a bit lost.");
        Post taYes = re(16, "10:30", tamsin, anTa, "That's kind. One sack for Wednesday please. And honestly I have no "
                + "idea what the filter does.");
        re(16, "10:50", annika, taYes, "I'll ring you this afternoon about the order and we can go through the filter "
                + "then.");
        Post gaCe2 = re(16, "15:00", gareth, ceQ2, "Cedric, sorry for the slow reply, one of the quarantine vats sprang a "
                + "leak yesterday and I was wet to the knees all day. A rattle usually means grit in the impeller "
                + "chamber, not the impeller itself. Bring it back, no charge, it's under our service guarantee.");
        Post ceOk = re(16, "15:30", cedric, gaCe2, "No worries, hope the fish are all OK. I'll drop it in Thursday.");
        re(16, "16:00", gareth, ceOk, "All fine, just a wet floor. See you Thursday.");
        Post isBack = say(17, "14:00", kcChat, isidore, "Asagi's back in the pond and swimming properly. The scrape found "
                + "two flukes and they're treated. Thanks @Lowri Bevan");
        re(17, "14:30", lowri, isBack, "Great outcome. Quarantine the next new fish a bit longer!");
        Post cePump = say(18, "10:00", kcChat, cedric, "Pump's fixed, grit in the chamber just like Gareth said.");
        re(18, "10:20", gareth, cePump, "Thanks for bringing it in.");
        Post taFilter = say(19, "10:30", kcChat, tamsin, "Sack arrived, and Annika spent forty minutes on the phone "
                + "explaining the filter. I actually understand it now.");
        re(19, "11:00", ravi, taFilter, "Welcome to the madness! Ask anything, we all had to start somewhere.");
        Post mxQ2 = say(20, "09:00", kcAsk, maxine, "Is it too late to plant marginals this year?");
        Post loMx = re(20, "09:30", lowri, mxQ2, "Too late for most, wait till April. Trim back the dead growth now so it "
                + "doesn't rot in the water.");
        re(20, "09:45", maxine, loMx, "Will do, thanks Lowri.");
    }

    /**
     * C. Skimmer Box: Jasper scatters his winter-closing link in W45, answers Petra with advice and a priced offer in
     * W46 and in W47 answers owners without it; Marguerite gives her own checklist when Hollis asks for one.
     */
    private void skimmerBox() {
        // W45
        Post maFloc = say(1, "08:30", sbLounge, marguerite, "Closing season's in full swing. Anyone else finding the "
                + "new floc takes longer to drop in cold water?");
        Post loMa = re(1, "09:00", lorcan, maFloc, "Yes, double the settle time below 12°C. I leave it overnight now.");
        re(1, "09:20", marguerite, loMa, "Overnight it is, thanks.");
        Post beQ = say(1, "11:00", sbAsk, benedict, "Hotel pool question: the chloramines in our indoor pool creep up "
                + "every evening and the hall smells of bleach. We shock weekly. What are we missing?");
        Post yaBe = re(1, "11:40", yasmin, beQ, "The bleach smell is chloramines, not too much chlorine. A weekly shock "
                + "often isn't enough with heavy evening use. Check your fresh-water dilution and your UV if you have "
                + "one, and get guests to shower before they swim, honestly it's half the battle.");
        Post beUv = re(1, "12:10", benedict, yaBe, "We do have a UV unit. No idea when the lamp was last changed.");
        Post yaBe2 = re(1, "12:30", yasmin, beUv, "That'll be it then. Lamps lose output after about 9,000 hours even "
                + "while they still glow. Change it and see.");
        Post jaHi = say(2, "09:00", sbLounge, jasper, "Hi all, Jasper, new to the group. Running my winter closing "
                + "package this year, cover, chemicals and a spring opening visit: winterhold.example/closing-package");
        say(2, "09:05", sbAsk, jasper, "Pool owners: still time to book a proper winter closing! Full package here: "
                + "winterhold.example/closing-package");
        say(2, "09:10", sbJobs, jasper, "Winter closing, full package, Stoke and around: "
                + "winterhold.example/closing-package");
        Post loJa = re(2, "10:00", lorcan, jaHi, "Welcome Jasper. Whereabouts are you?");
        re(2, "10:30", jasper, loJa, "Stoke. Thanks.");
        Post crQ = say(2, "14:00", sbAsk, cressida, "We closed our pool in September and the water under the cover has "
                + "gone bright green. Do I need to do anything before spring?");
        Post maCr = re(2, "14:30", marguerite, crQ, "Green under the cover is common if the closing chlorine was low. "
                + "While it's mild you can open a corner, add a winter algaecide and some liquid chlorine by the return, "
                + "and run the pump a couple of hours. Otherwise leave it, it's an easier clean in spring than it "
                + "looks.");
        re(2, "15:00", cressida, maCr, "Thanks, I'll do the algaecide this weekend while it's mild.");
        Post hoQ = say(3, "10:00", sbAsk, hollis, "School bursar here. Our caretaker is closing the school pool for the "
                + "winter for the first time. Does anyone have a winterising checklist we could give him?");
        Post maHo = re(3, "10:30", marguerite, hoQ, "I wrote one for my own clients, free to use: "
                + "dufresnepools.example/winter-checklist. The bits people forget are dropping the level below the "
                + "skimmers and blowing out the solar lines.");
        re(3, "10:45", hollis, maHo, "That's exactly what we needed, thank you.");
        say(4, "09:00", sbAsk, jasper, "Closings are booking up fast, a few slots left! "
                + "winterhold.example/closing-package");
        Post beLamp = re(5, "09:00", benedict, yaBe2, "New lamp fitted and the smell was gone by the next evening. Thank "
                + "you!");
        re(5, "09:20", yasmin, beLamp, "Great to hear.");
        say(6, "08:30", sbLounge, jasper, "Closing package still available, send me your overflow customers: "
                + "winterhold.example/closing-package");
        re(6, "11:00", cressida, maCr, "Algaecide's in and it's already less green.");

        // W46: Petra joins; Jasper answers her with advice and a priced offer
        say(8, "09:00", sbJobs, lorcan, "Three closing slots left before the 1st, Cheshire East, £140 for a standard 8x4.");
        joins(8, "18:00", sbAsk, petra);
        Post peQ = say(9, "08:30", sbAsk, petra, "Hi, first winter with a pool (it came with the house). The water has "
                + "gone cloudy green even though the cover's on. What should I do?");
        Post jaPe = re(9, "09:00", jasper, peQ, "Cloudy green under a cover usually means the chlorine ran out. Get the "
                + "pH to 7.2-7.6 first, then shock with liquid chlorine in the evening, brush the walls and floor and "
                + "run the pump 24 hours. Or I can do a one-off shock and clean for £85 this week: "
                + "winterhold.example/book");
        Post loPe = say(9, "09:30", sbAsk, lorcan, "Petra, check the filter pressure too. If it's high, backwash before "
                + "you shock or the filter just clogs.");
        re(9, "10:00", petra, jaPe, "Thanks, I'll try the pH and the shock first.");
        Post maPump = say(10, "10:00", sbLounge, marguerite, "Has anyone tried the solid-cover pumps that switch on with "
                + "a float? My usual one died.");
        re(10, "10:30", yasmin, maPump, "I have two in use, they're fine, but stand them on a brick or they suck up the "
                + "cover.");
        re(11, "09:00", petra, loPe, "Backwashed, shocked, ran it all night and it's going blue! Thanks both.");
        Post hoQ2 = say(11, "14:00", sbAsk, hollis, "The caretaker followed the checklist, but the pump is still on its "
                + "timer. Should it run over winter?");
        Post maHo2 = re(11, "14:30", marguerite, hoQ2, "For an outdoor school pool I'd run it two or three hours a day, "
                + "more on frosty nights unless you have a frost stat. It keeps the water moving and the pipes from "
                + "freezing.");
        re(11, "15:00", hollis, maHo2, "A frost stat it is, thank you.");
        say(12, "10:00", sbJobs, jasper, "Two closing slots left this month, Stoke and around: "
                + "winterhold.example/closing-package");
        Post beJob = say(12, "11:00", sbJobs, benedict, "Hotel in Buxton looking for a technician for monthly chemical "
                + "checks on our indoor pool over the winter. Can anyone quote?");
        Post yaJob = re(12, "11:30", yasmin, beJob, "I cover Buxton. £90 a visit with a written log. I can come Thursday "
                + "to look.");
        re(12, "11:45", benedict, yaJob, "Thursday works.");
        Post loLid = say(13, "10:00", sbLounge, lorcan, "Anyone else seeing cracked pump lids after the frost? Third one "
                + "this week.");
        Post jaLid = re(13, "10:20", jasper, loLid, "Had one too. The cheap lids go brittle.");
        re(13, "10:40", lorcan, jaLid, "Aye, I'm only fitting the clear polycarbonate ones now.");

        // W47: Jasper answers without his link
        Post crQ2 = say(15, "09:00", sbAsk, cressida, "Does the winter cover need pumping off after all this rain, or "
                + "can I leave the water on it?");
        Post jaCr = re(15, "09:30", jasper, crQ2, "Pump it off. A few inches of water on a solid cover weighs a lot and "
                + "stretches it. A small cover pump on a brick does it, or siphon it with a garden hose if you don't "
                + "have one.");
        re(15, "10:00", cressida, jaCr, "Siphon it is, thanks Jasper.");
        Post jaQ = say(16, "10:00", sbLounge, jasper, "@Marguerite Dufresne which float pump did you go with in the end? "
                + "I need one for a customer with a big cover.");
        Post maJa = re(16, "10:30", marguerite, jaQ, "The 2500 litre an hour one, on a brick as Yasmin said. Fine so "
                + "far.");
        re(16, "10:45", jasper, maJa, "Cheers, ordering one.");
        Post peQ2 = say(17, "11:00", sbAsk, petra, "The pool's blue and clear now. Should I close it properly and put the "
                + "cover back?");
        Post jaPe2 = re(17, "11:40", jasper, peQ2, "Yes, close it while it's clear: balance the water, add a winter "
                + "algaecide, drop the level below the skimmer and put the cover back. Marguerite's checklist further up "
                + "has the rest.");
        re(17, "12:00", petra, jaPe2, "Thanks, that's really clear.");
        Post hoQ3 = say(18, "09:00", sbAsk, hollis, "The caretaker says the frost stat switched the pump on at 3am. Is "
                + "that right?");
        Post loHo = re(18, "09:30", lorcan, hoQ3, "Yes, that's it doing its job. They usually kick in around 3°C.");
        re(18, "09:45", hollis, loHo, "Great, that's reassuring.");
        say(19, "10:00", sbLounge, yasmin, "Buxton hotel visit done, their water's in good shape now.");
        re(19, "14:00", benedict, yaJob, "Yasmin's first visit was excellent, we've signed up for the winter.");
    }

    /**
     * D. Soakaway Trade: Ottoline is helped on four days of W45 and says thanks; Crispin joins on day 8 and on day 9
     * answers Bertram's thanks to Alun with a priced service; in W47 he answers Eilidh from his tanker years.
     */
    private void soakawayTrade() {
        // W45
        Post otQ = say(1, "09:00", stAsk, ottoline, "We've moved to a cottage with a septic tank and the loo has started "
                + "draining slowly. Is the tank full? The sellers left no paperwork.");
        Post moOt = re(1, "09:40", morwenna, otQ, "Likely it needs emptying if nobody knows when it was last done. Lift "
                + "the lid: if the level is up to the outlet pipe or there's a thick crust, get it desludged. Then we can "
                + "see whether the soakaway is coping.");
        re(1, "10:00", ottoline, moOt, "Thank you.");
        Post otQ2 = say(2, "10:00", stAsk, ottoline, "Got it emptied. The tanker driver said the soakaway might be "
                + "failing because the tank was full to the brim. How can I tell?");
        Post alOt = re(2, "10:40", alun, otQ2, "Watch the ground over the soakaway for a week or two: soggy patches, "
                + "extra-green grass or a smell. A percolation test tells you for sure. And look at the tank in a week; "
                + "if it's already back up to the outlet, the soakaway isn't taking it.");
        re(2, "11:00", ottoline, alOt, "Thanks.");
        Post deQ = say(3, "08:30", stRoom, declan, "General binding rules question: a customer's tank discharges to a "
                + "ditch that only runs in winter. Does that count as a watercourse?");
        Post alDe = re(3, "09:10", alun, deQ, "The agency's line is that if it flows for part of the year it's a "
                + "watercourse, so yes, it needs upgrading or replacing.");
        re(3, "09:30", declan, alDe, "Thought so. Treatment plant then.");
        Post brQ = say(3, "14:00", stAsk, bertram, "Our treatment plant alarm goes off at night and clears by morning. "
                + "What does that mean?");
        Post deBr = re(3, "14:40", declan, brQ, "Usually the high-level float. If it clears by morning the plant is slow "
                + "to pump out at peak times. Check the outlet pump isn't clogged and the float isn't snagged on a "
                + "cable.");
        Post brOk = re(3, "15:00", bertram, deBr, "The float was tangled in a cable tie. Sorted!");
        re(3, "15:10", declan, brOk, "Easy one.");
        Post otQ3 = say(4, "09:00", stAsk, ottoline, "A week on, the level is back up to the outlet and the lawn over "
                + "the soakaway squelches. What are my options?");
        Post moOt2 = re(4, "09:40", morwenna, otQ3, "That sounds like a failing soakaway. Either a new one in fresh "
                + "ground after a perc test or, if there's a ditch nearby and the ground is poor, a treatment plant "
                + "discharging to it. Roughly £3-5k for a soakaway and £7-10k for a plant.");
        re(4, "10:00", ottoline, moOt2, "Thanks.");
        Post moAsk = say(4, "10:10", stAsk, morwenna, "@Ottoline Marsh how big is the garden, roughly, and which way "
                + "does it slope?");
        Post otSlope = re(4, "10:40", ottoline, moAsk, "About 30m long, sloping gently away from the house to a field.");
        re(4, "11:00", morwenna, otSlope, "That's promising for a new soakaway, there's room to move away from the old "
                + "one.");
        Post eiQ = say(5, "12:00", stAsk, eilidh, "Can we use bleach-based cleaners with a septic tank?");
        Post alEi = re(5, "12:30", alun, eiQ, "In normal household amounts, yes. It's the gallons of it and the "
                + "antibacterial everything that hurts. Don't pour a whole bottle down at once.");
        re(5, "13:00", eilidh, alEi, "Noted, thanks!");
        Post otQ4 = say(6, "09:00", stAsk, ottoline, "Last question, I promise. Do I need anyone's permission for a new "
                + "soakaway?");
        Post deOt = re(6, "09:40", declan, otQ4, "Building regs approval for the drainage field, and check the general "
                + "binding rules for where it can go. An installer usually handles both.");
        re(6, "10:00", ottoline, deOt, "Thanks.");

        // W46: Crispin joins and answers a thank-you with a price
        say(8, "08:00", stOffer, alun, "Booking perc tests and soakaway installs for January, Powys and the Shropshire "
                + "border.");
        joins(8, "09:00", stRoom, crispin);
        Post crHi = say(8, "09:10", stRoom, crispin, "Hi all, Crispin. Just set up on my own after eight years with a "
                + "tanker firm.");
        re(8, "09:30", declan, crHi, "Welcome! Tanker years teach you what every bad tank looks like.");
        Post brQ2 = say(9, "10:00", stAsk, bertram, "The service man says our plant's blower diaphragm needs replacing. "
                + "Is that a DIY job?");
        Post alBr = re(9, "10:30", alun, brQ2, "On most plants, yes: a kit with a new diaphragm and valves, twenty "
                + "minutes with a screwdriver. Switch it off at the isolator first and note which way round the old "
                + "one sat.");
        Post brThanks = re(9, "11:00", bertram, alBr, "Done it, bubbling away again. Thanks Alun!");
        Post crBr = re(9, "11:20", crispin, brThanks, "If you'd rather not do it yourself next time, I can do a full "
                + "service and desludge for £240 this week, DM me.");
        re(9, "11:40", bertram, crBr, "No need, it's fixed, thanks.");
        say(10, "09:00", stOffer, crispin, "New installer, mid Wales: desludging, plant services and perc tests. DM for "
                + "prices.");
        Post goQ = say(10, "14:00", stAsk, godfrey, "Do we have to register our septic tank anywhere? We're selling the "
                + "house.");
        Post moGo = re(10, "14:30", morwenna, goQ, "In England you don't register it any more, but you must tell the "
                + "buyer in writing what it is, where it discharges and when it was last emptied. Your conveyancer "
                + "will ask.");
        re(10, "15:00", godfrey, moGo, "Very helpful, thank you.");
        Post otPerc = say(11, "09:00", stAsk, ottoline, "Perc test done and the ground passes! Morwenna is booked for a "
                + "new soakaway in January. Thank you everyone here.");
        re(11, "09:30", morwenna, otPerc, "Looking forward to it, it's a good site.");
        Post deGuid = say(12, "10:00", stRoom, declan, "Anyone else getting calls about the new guidance on plant "
                + "servicing intervals? Customers are confused.");
        re(12, "10:40", morwenna, deGuid, "Yes. I'm telling people to follow the manufacturer's interval, the guidance "
                + "doesn't change that.");
        re(12, "11:00", crispin, deGuid, "Same here, mostly from people buying houses.");
        Post eiQ2 = say(13, "10:00", stAsk, eilidh, "Is it bad that our tank lid has a crack? It looks like a "
                + "hairline.");
        Post deEi = re(13, "10:30", declan, eiQ2, "A hairline in a concrete lid is fine for now. If it's plastic, replace "
                + "it before someone steps on it.");
        re(13, "10:50", eilidh, deEi, "Concrete, phew.");

        // W47
        Post eiQ3 = say(15, "09:00", stAsk, eilidh, "The tanker can't get down our lane in winter. Is a longer hose a "
                + "thing?");
        Post crEi = re(15, "09:30", crispin, eiQ3, "Yes, most tankers carry 30-40m of hose and some can do 60m with "
                + "extensions. Tell them the distance when you book so they send the right one. From my tanker days: "
                + "they'd much rather know than turn up short.");
        re(15, "10:00", eilidh, crEi, "Really useful, thanks Crispin.");
        Post goQ2 = say(17, "11:00", stAsk, godfrey, "The buyer's survey says our soakaway is 'of unknown condition'. "
                + "What should we do?");
        Post alGo = re(17, "11:40", alun, goQ2, "A CCTV of the outlet pipe and a perc test would settle it for a couple "
                + "of hundred pounds. Often cheaper than a price chip.");
        re(17, "12:00", godfrey, alGo, "Good point, I'll arrange it.");
        Post crQ = say(18, "08:00", stRoom, crispin, "@Alun Prothero do you ever do a perc test in the rain? My first one "
                + "is booked for Friday and it's chucking it down.");
        Post alCr = re(18, "08:30", alun, crQ, "No, wait for a couple of dry days or the figure means nothing.");
        re(18, "08:45", crispin, alCr, "Thanks, rebooked.");
        Post brQ3 = say(19, "09:00", stAsk, bertram, "Alarm again, but it's the blower this time, not the float. Has the "
                + "new diaphragm gone already?");
        Post alBr2 = re(19, "09:30", alun, brQ3, "Unlikely after ten days. Check the air hose didn't come off when you "
                + "put the lid back.");
        re(19, "10:00", bertram, alBr2, "It had! Back on now. Thanks again.");
        say(20, "10:00", stOffer, morwenna, "January and February bookings open for soakaways, south Shropshire.");
    }

    /**
     * E. Downpipe Collective: Barnaby talks about himself all through W45 and asks about others' work from W46; Ludovic,
     * a tank supplier's rep whose fellow fitters are his customers, chats in W45, posts eleven stock notices to nobody in
     * W46 and talks with fitters again in W47.
     */
    private void downpipeCollective() {
        // W45
        Post baFarm = say(1, "09:00", dpRoom, barnaby, "Just finished my biggest job yet: I fitted a 10,000 litre "
                + "underground tank at a dairy farm, with my own design of filter basket. I dug it in with my own mini "
                + "digger over four days.");
        Post suBa = re(1, "09:30", sunniva, baFarm, "Nice one. What are they using it for, wash-down?");
        re(1, "09:45", barnaby, suBa, "Wash-down and the cattle troughs. I reckon I've saved them a fortune. My pump "
                + "choice was the key: I went for my usual multistage and I set the controller up myself.");
        say(2, "10:00", dpRoom, barnaby, "My phone's been ringing all week since the farm job. I've had four enquiries "
                + "and I've booked two. My van is full of fittings and my garage is full of tanks.");
        Post haQ = say(2, "11:00", dpAsk, harriet, "Primary school head here. We'd like water butts for the school "
                + "garden that the children can use. What size, and what should we watch out for?");
        Post suHa = re(2, "11:40", sunniva, haQ, "Lovely project. For a school garden, two or three linked 200 litre "
                + "butts off the hall roof is usually plenty. Watch for lids that lock, a tap at child height and a "
                + "diverter with a filter so they don't fill with leaves. Keep them out of the play area.");
        re(2, "12:00", harriet, suHa, "That's really helpful, thank you. Could you come and look at the site?");
        say(2, "12:20", dpAsk, sunniva, "@Harriet Coombe happy to, I'm near you on Friday afternoon if that works.");
        Post baBasket = say(3, "09:00", dpRoom, barnaby, "I've decided my next step is my own branded filter basket. I've "
                + "drawn it up and my mate has a 3D printer. I think my design beats anything on the market, honestly.");
        Post luBa = re(3, "09:30", ludovic, baBasket, "If you want it moulded properly later, I can put you in touch "
                + "with our moulder.");
        re(3, "09:45", barnaby, luBa, "Cheers. I'll get my prototypes done first, I'm not in a rush, my diary's full "
                + "till January anyway.");
        Post ivQ = say(3, "14:00", dpAsk, ivo, "Allotment secretary here: we have a shed roof and a shipping container. "
                + "Could we collect enough rainwater for 40 plots? Any idea how much we'd get?");
        Post emIv = re(3, "14:40", emeka, ivQ, "Rough sum: roof area in m² x annual rainfall in mm x 0.8 = litres a "
                + "year. A 20m² roof where it rains 700mm gives about 11,000 litres. Not enough for 40 plots in a dry "
                + "summer, but a big help in spring.");
        re(3, "15:00", ivo, emIv, "So we need more roofs! Thanks, I'll measure the container too.");
        Post luStock = say(4, "10:00", dpRoom, ludovic, "Morning all, the 3,000 litre slimline tanks are back in. Trade "
                + "price unchanged.");
        Post suLu = re(4, "10:30", sunniva, luStock, "Good, I've a job waiting for one. Could you put two aside for "
                + "me?");
        re(4, "10:45", ludovic, suLu, "Done, two with your name on them.");
        say(4, "15:00", dpRoom, barnaby, "Finished my second farm job today. My customer said my install is the neatest "
                + "he's seen. I'm thinking I'll start my own YouTube channel of my installs.");
        Post deQ = say(5, "09:00", dpAsk, delia, "Our water butt smells awful by summer. Any tips?");
        Post baDe = re(5, "09:30", barnaby, deQ, "Keep the light and the leaves out: a lid on, a filter on the downpipe, "
                + "and empty it right out once a year.");
        re(5, "09:45", delia, baDe, "Thanks, ours has no lid!");
        Post baDig = say(6, "10:00", dpRoom, barnaby, "My mini digger broke down today, I split my hydraulic hose. My "
                + "week's been mad. I reckon I'll buy my own bigger digger next year.");
        Post emBa = re(6, "10:30", emeka, baDig, "Ouch. Hydraulic hose places will usually make one up while you wait.");
        re(6, "10:40", barnaby, emBa, "Yeah, my local one did, and my digger's back on the job.");

        // W46: Ludovic's stock notices to nobody; Barnaby asks about others' work
        say(8, "08:00", dpRoom, ludovic, "Stock update: 5,000 litre underground tanks back in, £1,150 trade.");
        Post baSu = say(8, "10:00", dpRoom, barnaby, "@Sunniva Holt how did you get on with the school job you were "
                + "quoting?");
        Post suBa2 = re(8, "10:30", sunniva, baSu, "Harriet's school? I saw it on Friday and I'm quoting this week: three "
                + "butts and a little pump for their pond.");
        re(8, "10:45", barnaby, suBa2, "Sounds like a lovely one to do.");
        say(8, "15:00", dpRoom, ludovic, "Also in: leaf diverters with the fine mesh, £18 trade.");
        say(9, "08:00", dpRoom, ludovic, "Delivery run to Devon and Cornwall on Thursday, room for three more tanks on "
                + "the lorry.");
        Post haQ2 = say(9, "11:00", dpAsk, harriet, "@Sunniva Holt thank you for the visit! The governors have approved "
                + "your quote. Could you do it before Christmas?");
        Post suHa2 = re(9, "11:30", sunniva, haQ2, "Wonderful! Yes, Wednesday 14 December while the children are in. "
                + "They can help fit the tap.");
        re(9, "11:40", harriet, suHa2, "They'll love that.");
        say(9, "16:00", dpRoom, ludovic, "Reminder: trade prices go up 4% on 1 January, order before then.");
        say(10, "08:00", dpRoom, ludovic, "New in: pump control kits with the mains top-up valve, £260 trade.");
        say(10, "14:00", dpRoom, ludovic, "Our Cornwall run is now full.");
        say(11, "08:30", dpRoom, ludovic, "Clearance: two ex-display 2,000 litre tanks, a bit scratched, £420 each.");
        Post ivQ2 = say(11, "12:00", dpAsk, ivo, "Measured it: the container roof is 14m². Is it worth putting a gutter "
                + "on?");
        Post baIv = re(11, "12:30", barnaby, ivQ2, "Yes, 14m² still gives you around 7,500 litres a year where you are. A "
                + "cheap gutter and a 1,000 litre IBC would do it. Want a hand fitting it? I'm near you and I'd do it "
                + "for the allotment at cost.");
        re(11, "12:50", ivo, baIv, "That'd be brilliant, thank you!");
        say(11, "16:00", dpRoom, ludovic, "Our warehouse is closed on Saturday for stocktake.");
        say(12, "09:00", dpRoom, ludovic, "Still one ex-display tank left.");
        Post emShow2 = say(12, "11:00", dpShow, emeka, "A green-roof shed with a rainwater tank, for a potter who "
                + "throws with it.");
        Post baEm = re(12, "11:30", barnaby, emShow2, "That's a beauty. What did you use for the first flush?");
        re(12, "11:50", emeka, baEm, "A simple ball diverter, fine on small roofs.");
        say(13, "10:00", dpRoom, ludovic, "The 2034 price list is out, ask if you want a copy.");
        say(14, "09:00", dpRoom, ludovic, "Next week's delivery runs: Midlands Tuesday, Wales Thursday.");

        // W47: Ludovic talks with fitters again
        Post luSu = say(15, "08:30", dpRoom, ludovic, "@Sunniva Holt your two slimline tanks have been waiting here "
                + "since the 10th, shall I send them on Tuesday's run?");
        re(15, "09:00", sunniva, luSu, "Yes please, Tuesday's perfect.");
        Post emQ = say(15, "09:30", dpRoom, emeka, "@Ludovic Sharp do the new pump kits run on 110V on site?");
        re(15, "10:00", ludovic, emQ, "No, 230V only, but a 110V version is on order for January.");
        Post haSign = say(16, "10:00", dpAsk, harriet, "The children have made a sign for the water butts: 'Rain Bank'. "
                + "They can't wait for the install.");
        re(16, "10:30", sunniva, haSign, "Best name I've heard!");
        Post baShow = say(18, "15:00", dpShow, barnaby, "Ivo's allotment gutter and IBC went in this morning, with two "
                + "plot holders helping.");
        re(18, "15:30", ivo, baShow, "Thank you Barnaby! Forty plots' worth of thanks.");
        Post baEm2 = say(20, "09:00", dpRoom, barnaby, "@Emeka Obi how's the scout camp tank doing in the frost?");
        re(20, "09:30", emeka, baEm2, "Fine, I insulated the pump box.");
    }

    /**
     * F. Clearbrook Water Lab: the team answers clients; Walter, a client, leaves Orla's questions about his UV unit
     * (days 3 and 9) until day 16; Mungo joins on day 15 and asks a price.
     */
    private void clearbrookLab() {
        // W45
        say(1, "09:00", cbNews, agnes, "Courier collections for sample boxes this month: Tuesdays and Thursdays before "
                + "11am. Bacteria samples must reach us within 24 hours of being taken.");
        Post siQ = say(1, "11:00", cbResults, simeon, "Our borehole result came back with 12 coliforms per 100ml but no "
                + "E. coli. How worried should I be? Two let cottages are on it.");
        Post agSi = re(1, "11:40", agnes, siQ, "Coliforms without E. coli point to soil or surface water getting in "
                + "rather than sewage, but for let properties it's still a fail: tell the tenants to boil drinking "
                + "water until it's fixed. Check the borehole cap seal and the ground around it, then disinfect and "
                + "resample.");
        re(1, "12:00", simeon, agSi, "Tenants told. I'll check the cap today.");
        Post waUv = say(2, "10:00", cbGeneral, walter, "Fitted a UV unit on our spring supply last month. First clean "
                + "result in three years.");
        re(2, "10:30", juniper, waUv, "Congratulations! We're thinking of one for the holiday cottages.");
        Post orQ = re(3, "14:00", orla, waUv, "@Walter Pennington which UV unit did you fit in the end, and did you put a "
                + "sediment filter before it? We have coliforms at the campsite and I'd like to do the same.");
        Post waQ = say(3, "15:00", cbResults, walter, "Can I sample from the tap after the UV, or do you need one from "
                + "before it too?");
        Post ruWa = re(3, "15:30", rufus, waQ, "Both, ideally: one before the UV to see what the spring is doing, and one "
                + "after to prove the UV works. We'll send two bottles.");
        re(3, "15:45", walter, ruWa, "Two bottles please.");
        say(4, "09:00", cbNews, rufus, "Reminder: sanitise the sampling tap before a bacteria sample. The how-to card is "
                + "in every box.");
        Post juQ = say(5, "10:00", cbResults, juniper, "Our lead result came back at 14 µg/l. The limit is 10, isn't it? "
                + "What now?");
        Post agJu = re(5, "10:40", agnes, juQ, "Yes, 10 µg/l. Lead usually comes from old pipework or solder in the "
                + "building rather than the source. Run the tap for two minutes in the morning until you've found it, "
                + "and we can test a first-draw and a flushed sample to pin it down.");
        Post juYes = re(5, "11:00", juniper, agJu, "Yes please to both tests.");
        re(5, "11:20", celeste, juYes, "I've added both to your order, the boxes go out tomorrow.");
        Post waFrost = say(6, "09:00", cbGeneral, walter, "Frost this morning and the spring's still running well.");
        re(6, "09:30", simeon, waFrost, "Ours dropped a little. The cap seal was perished, by the way, so that's "
                + "replaced.");
        say(7, "10:00", cbGeneral, orla, "Anyone? I'd love to know which UV make before I order one.");

        // W46
        say(8, "09:00", cbNews, celeste, "The lab is closed on Friday 25th for equipment calibration; samples sent that "
                + "day will be tested on Monday.");
        Post siQ2 = say(8, "11:00", cbResults, simeon, "Resample after disinfecting: 0 coliforms. Can the tenants stop "
                + "boiling the water?");
        Post agSi2 = re(8, "11:30", agnes, siQ2, "Yes, a clear result after disinfection lets them stop. I'd test again "
                + "in three months to make sure the cap fix holds.");
        re(8, "11:45", simeon, agSi2, "Great news, thanks Agnes.");
        Post waRes = say(9, "10:00", cbResults, walter, "UV results back: 40 coliforms before, 0 after. Happy man.");
        re(9, "10:30", rufus, waRes, "A textbook result. Put the lamp change date in the diary.");
        re(9, "12:00", orla, waRes, "@Walter Pennington great result! I'm still keen to know which make you bought.");
        Post waQ2 = say(10, "09:00", cbResults, walter, "Does anyone here test for pesticides? The farm next door "
                + "sprayed near our spring.");
        Post agWa = re(10, "09:30", agnes, waQ2, "We do: a pesticides suite, £145. Celeste can send you a bottle.");
        re(10, "09:45", walter, agWa, "Send one please.");
        re(10, "10:00", celeste, waQ2, "@Walter Pennington on its way tomorrow.");
        Post orQ3 = say(12, "10:00", cbResults, orla, "Can you test for Cryptosporidium? A spring feeds our shower "
                + "block.");
        Post agOr = re(12, "10:40", agnes, orQ3, "We can. It's a large-volume filter sample, so Rufus would come out "
                + "and take it: £210 including his visit.");
        re(12, "11:00", orla, agOr, "Book him in please.");
        Post ruOr = say(13, "09:00", cbResults, rufus, "@Orla Devane Thursday next week for the Crypto sample, OK?");
        re(13, "09:30", orla, ruOr, "Yes, Thursday's fine.");

        // W47
        joins(15, "08:30", cbGeneral, mungo);
        Post muQ = say(15, "09:00", cbResults, mungo, "Hello, we've bought a farmhouse with a well and the mortgage "
                + "lender wants a water test. What do I need and how much is it?");
        Post ceMu = re(15, "09:30", celeste, muQ, "Welcome Mungo! Lenders usually want our private supply test: "
                + "bacteria, nitrate, lead, pH and a few metals, £95 with the sample box and courier. I can post a box "
                + "today.");
        re(15, "09:45", mungo, ceMu, "Yes please.");
        Post waOr = re(16, "11:00", walter, orQ, "Sorry @Orla Devane, I've only just seen your questions. It's a 40W "
                + "unit with a 5 micron and a 1 micron filter in front. Happy to show you if you're passing the farm.");
        re(16, "11:30", orla, waOr, "Thanks Walter! I'll pop over next week.");
        Post ruOr2 = say(17, "14:00", cbResults, rufus, "@Orla Devane Crypto sample taken, results in ten days.");
        re(17, "14:30", orla, ruOr2, "Thanks Rufus.");
        say(18, "09:00", cbNews, agnes, "Christmas: last courier collection Tuesday 20 December, the lab reopens 3 "
                + "January.");
        Post juPipe = say(18, "12:00", cbGeneral, juniper, "Pipe replaced and the first-draw lead is now 3. Thank you "
                + "@Celeste Marwood and @Agnes Whitcombe.");
        re(18, "12:30", agnes, juPipe, "Great result.");
        Post muBox = say(20, "09:00", cbResults, mungo, "Box arrived, the sample goes back Tuesday. Thanks for the quick "
                + "help.");
        re(20, "09:20", celeste, muBox, "We'll have results within a week of it landing.");
    }

    /**
     * G. Millbeck Flood Action Group (nobody sells): Hamish joins on day 3 and asks everyone to subscribe to his weir
     * cam, then shares it in W46 when Bryony asks for a live view; Ned posts the gauge through the W46 flood; Gordon
     * names his own flood-barrier firm when Kavita asks and repeats his offer the next day.
     */
    private void millbeckFloodAction() {
        // W45
        Post elStore = say(1, "09:00", mbGeneral, elspeth, "Morning all. The parish council has agreed to fund a "
                + "second sandbag store by the chapel. Thank you to everyone who wrote in.");
        re(1, "09:30", pippa, elStore, "Brilliant news!");
        say(1, "10:00", mbLevels, ned, "Footbridge gauge 0.42m this morning, normal for November.");
        Post elRota = say(2, "09:00", mbRota, elspeth, "Sandbag store checks for November, sign up here: "
                + "forms.example/millbeck-rota-nov (8 slots)");
        re(2, "10:00", reuben, elRota, "Put myself down for the 12th.");
        Post kaQ = say(2, "11:00", mbGeneral, kavita, "Does anyone know if the gully on Beck Lane has been cleared "
                + "since October?");
        re(2, "11:30", reuben, kaQ, "Not yet. I've reported it twice.");
        say(2, "11:40", mbGeneral, bryony, "I'll ring highways tomorrow too, more voices help.");
        joins(3, "08:00", mbGeneral, hamish);
        Post haSub = say(3, "08:10", mbGeneral, hamish, "Hi everyone! I run the Millbeck Weir Cam on YouTube, a live "
                + "view of the weir day and night. Please subscribe and share it around, I need 1,000 subscribers for "
                + "the live features: youtube.example/@millbeckweircam");
        say(3, "08:15", mbLevels, hamish, "Please subscribe to my weir cam so I can keep it running! "
                + "youtube.example/@millbeckweircam");
        say(3, "09:00", mbLevels, ned, "0.45m this morning.");
        Post piHa = re(3, "12:00", pippa, haSub, "Welcome Hamish. Which end of the village are you?");
        re(3, "13:00", hamish, piHa, "Weir Cottage, hence the camera!");
        say(4, "18:00", mbLevels, ned, "Yellow warning for rain from Saturday. Gauge 0.47m.");
        Post elRota2 = say(5, "10:00", mbRota, elspeth, "6 of 8 November slots taken, two left: "
                + "forms.example/millbeck-rota-nov");
        re(5, "11:00", pippa, elRota2, "Taken the 26th.");
        say(6, "08:00", mbLevels, ned, "Rain overnight: 0.71m at 8am and rising slowly. No risk to homes at this "
                + "level.");
        Post neLevel = say(6, "14:00", mbLevels, ned, "0.88m at 2pm, I think that's the peak.");
        re(6, "14:30", reuben, neLevel, "Thanks Ned, we're keeping an eye on the back field.");
        say(7, "09:00", mbLevels, ned, "Down to 0.60m.");
        Post goGully = say(7, "10:00", mbGeneral, gordon, "The Beck Lane gully got cleared this morning, I saw the "
                + "lorry. Thanks to whoever rang highways.");
        re(7, "10:20", kavita, goGully, "Finally! Bryony did, I think.");

        // W46: the flood
        say(8, "07:30", mbLevels, ned, "Amber warning for Wednesday and Thursday. Gauge 0.52m now.");
        say(8, "09:00", mbGeneral, elspeth, "With the amber warning, the sandbag store opens Tuesday 6-8pm. Please check "
                + "on your neighbours on Mill Row.");
        Post kaRec = say(8, "09:30", mbGeneral, kavita, "Can anyone recommend someone who fits flood doors? After last "
                + "winter I'd rather not rely on sandbags at the back door.");
        Post goKa = re(8, "10:00", gordon, kaRec, "Declaring an interest: fitting flood doors and barriers is my job, "
                + "Aldous Flood Barriers, aldousbarriers.example. Happy to come and look at yours, and I'll do 10% off "
                + "for anyone in Millbeck.");
        re(8, "10:15", kavita, goKa, "I didn't know that was you! Yes please, once the storm's passed.");
        say(9, "07:00", mbLevels, ned, "0.55m, rain started at 5am.");
        say(9, "10:00", mbGeneral, gordon, "Reminder: 10% off flood barriers for Millbeck households until Christmas: "
                + "aldousbarriers.example/millbeck");
        Post neNoon = say(9, "12:00", mbLevels, ned, "0.92m at noon, rising about 8cm an hour.");
        re(9, "12:30", pippa, neNoon, "Thanks Ned, moving the car up to the chapel.");
        say(9, "18:00", mbLevels, ned, "1.31m at 6pm. The footbridge path is under water and Mill Row gardens are at "
                + "risk overnight.");
        Post brQ = say(9, "18:10", mbLevels, bryony, "Is there a live view of the weir anywhere? I can't see it from "
                + "here in the dark.");
        Post haBr = re(9, "18:20", hamish, brQ, "My weir cam has night vision: youtube.example/@millbeckweircam. It's "
                + "rising fast at the moment.");
        re(9, "18:30", bryony, haBr, "That's brilliant, thanks Hamish.");
        Post haKey = say(9, "19:00", mbRota, hamish, "I can do the sandbag store tonight if someone tells me where the "
                + "key is.");
        re(9, "19:10", elspeth, haKey, "The key's in the box at the chapel, code 1866. Thank you!");
        say(10, "00:30", mbLevels, ned, "1.58m at half past midnight. Peak soon, I hope.");
        Post nePeak = say(10, "06:00", mbLevels, ned, "1.49m and falling. Water got into two gardens on Mill Row, no "
                + "houses.");
        Post reNe = re(10, "07:00", reuben, nePeak, "Thank you for staying up, Ned.");
        re(10, "07:15", ned, reNe, "Someone has to!");
        say(10, "12:00", mbLevels, ned, "1.12m at noon.");
        say(11, "08:00", mbLevels, ned, "0.78m, back within its banks.");
        Post elThanks = say(11, "09:00", mbGeneral, elspeth, "Thank you everyone, especially Ned for the night watch "
                + "and Hamish for opening the store.");
        re(11, "09:30", hamish, elThanks, "Happy to help, I've put myself on the rota now.");
        say(12, "10:00", mbLevels, ned, "0.61m.");
        Post piClean = say(13, "10:00", mbGeneral, pippa, "Mill Row clean-up Sunday 10am, bring gloves.");
        re(13, "10:30", gordon, piClean, "I'll bring the pump and a trailer.");

        // W47
        Post elDec = say(15, "09:00", mbRota, elspeth, "December shifts for the sandbag store: "
                + "forms.example/millbeck-rota-dec");
        re(15, "09:30", hamish, elDec, "Signed up for two.");
        Post kaGo = say(15, "11:00", mbGeneral, kavita, "@Gordon Aldous thank you for the survey, so helpful. I'd never "
                + "have spotted the air bricks.");
        re(15, "11:30", gordon, kaGo, "Glad it helped. Have a think about the air brick covers, no rush at all.");
        say(16, "09:00", mbLevels, ned, "0.48m, back to normal.");
        Post brPhotos = say(16, "10:00", mbGeneral, bryony, "Is anyone collecting photos of last week's flood for the "
                + "Environment Agency? They asked at the parish meeting.");
        re(16, "10:20", reuben, brPhotos, "Me, send them my way and I'll put them together.");
        Post haClip = re(16, "10:40", hamish, brPhotos, "I can clip the weir cam footage from the night, would that "
                + "help?");
        re(16, "11:00", bryony, haClip, "Yes! Perfect.");
        Post reSent = say(17, "15:00", mbGeneral, reuben, "Photo pack sent to the EA, with Hamish's footage. Thanks "
                + "all.");
        re(17, "15:30", elspeth, reSent, "Brilliant work.");
        say(19, "09:00", mbLevels, ned, "0.50m.");
        say(20, "10:00", mbGeneral, elspeth, "Reminder: the AGM is in January, nominations to me please.");
    }

    /**
     * H. Resin &amp; Brine: Kieran, a new installer, is helped by Winston on four days of W45, says only thanks and
     * leaves Fenella's question; he answers it on day 11 and helps others from W46. Osborne joins on day 8 and on day
     * 10 DMs Marjolein, whose question Winston answered, a priced softener with a booking link.
     */
    private void resinAndBrine() {
        // W45
        Post kiQ = say(1, "08:30", rbBench, kieran, "New installer here, first month on my own. How do you set the "
                + "regen on a metered valve for a family of five?");
        Post wiKi = re(1, "09:00", winston, kiQ, "Set the hardness from the test strip, five people and 150 litres a "
                + "person; the valve works out the capacity. Add a 20% reserve.");
        re(1, "09:20", kieran, wiKi, "Cheers.");
        Post mjQ = say(1, "11:00", rbAsk, marjolein, "Is softened water OK to drink? The neighbours say it's salty.");
        Post feMj = re(1, "11:30", fenella, mjQ, "It isn't salty, the sodium just goes up a little. Fine for most "
                + "adults, but keep a hard-water tap for babies' formula and anyone on a low-sodium diet.");
        re(1, "11:45", marjolein, feMj, "Ah, so that's why there's an extra tap in the kitchen. Thanks!");
        Post kiQ2 = say(2, "09:00", rbBench, kieran, "Resin bed looks brown after six months on a well supply. Iron?");
        Post wiKi2 = re(2, "09:30", winston, kiQ2, "Iron fouling. Use a resin cleaner at the next regen, and if the "
                + "iron's above 0.3 mg/l they need an iron filter in front.");
        re(2, "09:45", kieran, wiKi2, "Thanks.");
        say(3, "10:00", rbBench, fenella, "@Kieran Mulvey you fitted the twin-tank unit at the Crewe bungalow, didn't "
                + "you? Did the bypass valve come with the new-style clips? I'm fitting the same model on Friday.");
        Post clQ = say(3, "12:00", rbAsk, clifford, "Our softener runs out of salt every two weeks. Is that normal?");
        Post laCl = re(3, "12:40", lars, clQ, "Depends on your hardness and household, but every two weeks is a lot. "
                + "Check the salt setting, and that it isn't regenerating every night regardless of use.");
        re(3, "13:00", clifford, laCl, "It was set to regenerate nightly! Changed it to metered.");
        Post kiQ3 = say(4, "09:00", rbBench, kieran, "Customer's drain hose gurgles during the regen cycle. Air gap "
                + "problem?");
        Post wiKi3 = re(4, "09:30", winston, kiQ3, "Likely. It needs an air gap above the standpipe, not pushed into it. "
                + "The regs want one anyway.");
        re(4, "09:40", kieran, wiKi3, "Cheers Winston.");
        Post kiQ4 = say(5, "10:00", rbBench, kieran, "What torque do you use on the plastic inlet nuts?");
        Post wiKi4 = re(5, "10:20", winston, kiQ4, "Hand tight and a quarter turn. Any more and they crack.");
        re(5, "10:30", kieran, wiKi4, "Thanks.");
        Post noQ = say(5, "14:00", rbAsk, noor, "Is a jug filter enough for limescale in the kettle, or do I need a "
                + "softener?");
        Post feNo = re(5, "14:30", fenella, noQ, "A jug filter is enough for the kettle. A softener is for the whole "
                + "house: boiler, showers, screens.");
        re(5, "14:50", noor, feNo, "Jug it is for now!");
        Post feAgain = say(6, "09:00", rbBench, fenella, "Anyone know about the Crewe-model bypass clips? Fitting "
                + "tomorrow.");
        Post laFe = re(6, "09:30", lars, feAgain, "New style on anything made after March. Take both to be safe.");
        re(6, "09:45", fenella, laFe, "Thanks Lars.");
        say(7, "11:00", rbSale, winston, "For sale: a 2019 block-salt softener, ex-demo, £220.");

        // W46: Osborne joins and pitches Marjolein by DM
        joins(8, "08:00", rbBench, osborne);
        Post osHi = say(8, "08:10", rbBench, osborne, "Hello all, Osborne, softeners and filters in Cheshire.");
        re(8, "08:30", lars, osHi, "Welcome Osborne.");
        Post mjQ2 = say(9, "10:00", rbAsk, marjolein, "We're thinking of a proper softener now rather than just the "
                + "tap. Roughly what should one cost fitted for a three-bed?");
        Post wiMj = re(9, "10:40", winston, mjQ2, "For a decent metered unit, fitted: £700-£1,100 depending on the "
                + "pipework. Avoid anything that only regenerates on a timer, and get two quotes.");
        Post mjThanks = re(9, "11:00", marjolein, wiMj, "Thank you, really helpful. Could you quote for ours?");
        re(9, "11:20", winston, mjThanks, "Happy to, I can come Friday morning.");
        Post osDm = say(10, "09:00", rbDm, osborne, "Hi Marjolein, saw your post in Resin & Brine. I can fit a metered "
                + "softener for £695 all in, this week. Book here: pikewater.example/book");
        Post mjDm = re(10, "12:00", marjolein, osDm, "Thanks, but Winston's coming to quote on Friday.");
        re(10, "12:10", osborne, mjDm, "No problem, the offer stands if you change your mind.");
        Post kiQ5 = say(11, "09:00", rbBench, kieran, "Brine tank not drawing. Injector?");
        Post laKi = re(11, "09:20", lars, kiQ5, "Nine times out of ten. Clean it with a toothbrush.");
        re(11, "10:00", kieran, laKi, "That was it, cheers Lars.");
        Post kiFe = say(11, "10:05", rbBench, kieran, "@Fenella Gorse sorry, I missed your question last week. Yes, the "
                + "Crewe unit had the new-style clips.");
        re(11, "10:30", fenella, kiFe, "No worries, I took both. Thanks Kieran.");
        Post clQ2 = say(12, "10:00", rbAsk, clifford, "Metered mode is great, the salt lasts a month now. Should I add a "
                + "filter for drinking water too?");
        Post feCl = re(12, "10:30", fenella, clQ2, "Only if you want to. A simple carbon filter on the drinking tap takes "
                + "out the chlorine taste.");
        re(12, "10:45", clifford, feCl, "I'll look into it.");
        Post noQ2 = say(13, "09:00", rbAsk, noor, "Why does water from my new jug filter taste odd?");
        Post kiNo = re(13, "09:30", kieran, noQ2, "New cartridges need a soak and the first two jugs thrown away. After "
                + "that the taste goes.");
        re(13, "09:45", noor, kiNo, "Ah, I skipped the soak. Thanks!");
        Post wiMj2 = re(13, "15:00", winston, mjThanks, "Friday's visit done, your quote's in your inbox.");
        re(13, "16:00", marjolein, wiMj2, "Got it, booking you in!");

        // W47
        Post osQ = say(15, "09:00", rbBench, osborne, "Anyone know a supplier with 1-inch bypass valves in stock? "
                + "Everything's on back order.");
        Post laOs = re(15, "09:30", lars, osQ, "Try the merchant in Runcorn, they had a box last week.");
        re(15, "09:45", osborne, laOs, "Thanks Lars.");
        Post kiSale = say(17, "11:00", rbSale, kieran, "Spare: a new 25mm bypass valve I over-ordered, £35.");
        Post osKi = re(17, "11:30", osborne, kiSale, "I'll take it. Does it have the clips?");
        re(17, "11:45", kieran, osKi, "New-style clips, yes. It's yours.");
        Post mjDone = say(18, "10:00", rbAsk, marjolein, "Softener fitted yesterday by @Winston Achebe and the shower "
                + "screen is already clearer! I've told my sister to use him.");
        re(18, "10:30", winston, mjDone, "Thank you Marjolein, enjoy the soft water.");
        Post kiWi = say(20, "10:00", rbBench, kieran, "@Winston Achebe your air gap tip saved me a callback today, "
                + "thanks. If anyone needs a hand on the Wirral next week, I've a quiet patch.");
        re(20, "10:30", winston, kiWi, "Glad it helped.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes135Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 135");
    }
}
