package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 131 (sealed): eight communities of cranes, forklifts, plant hire, lifting and heavy machinery, of
 * kinds no earlier round used (independent mobile-crane hire owners, Outrigger Club, with a lift-enquiries room where a
 * self-builder, a farmer, an events firm and a roofer ask and an owner who spends a week with fellow owners pooling
 * what a bust contractor owes them all while his returning farmer customer and a new events firm wait for him;
 * forklift and telehandler instructors, Fork &amp; Mast Instructors, with a course-asks room and an instructor who
 * scatters his booking link; a plant-hire depot's own server, Mallard Plant Hire, with its Staff and Customers and a
 * self-builder's DM to the hire desk; tower-crane operators, Top of the Mast, where nobody sells; riggers, slingers and
 * lifting-gear examiners, Shackle &amp; Sling, with an inspection-asks room and a newcomer examiner's cold pitches,
 * one by DM; used plant and machinery dealers and buyers, Iron Yard Traders; steam-crane restoration volunteers,
 * Rapier Steam Crane Group, where nobody sells; 1:50 crane and heavy-haulage model collectors, Fifty Scale Lift, with a
 * model dealer among them and a beginner's DM to him), over three ISO weeks (2033-W29 to W31), written and labelled by
 * writer131 (session 61) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-131.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes131Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2033, 7, 18);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2033, 8, 8, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-131";
    private static final int BASE = 102800;

    // --- A. mobile-crane hire owners ---
    private final String outrigger = cast.guild(1591);
    private final Channel ocYard = cast.channel(outrigger, "Outrigger Club", "owners-yard",
            "crane hire owners and operators among ourselves", "oc-owners-yard.json");
    private final Channel ocAsk = cast.channel(outrigger, "Outrigger Club", "lift-enquiries",
            "contractors, farmers and householders ask about crane hire and lifts; owners reply",
            "oc-lift-enquiries.json");
    private final Persona gideon = cast.person("gideon.harrowgate", "Gideon Harrowgate");
    private final Persona cressida = cast.person("cressida.vane", "Cressida Vane");
    private final Persona alfie = cast.person("alfie.nakamura", "Alfie Nakamura");
    private final Persona morwenna = cast.person("morwenna.pascoe", "Morwenna Pascoe");
    private final Persona winifred = cast.person("winifred.stockdale", "Winifred Stockdale");
    private final Persona ravi = cast.person("ravi.chaudhry", "Ravi Chaudhry");
    private final Persona honor = cast.person("honor.beckwith", "Honor Beckwith");
    private final Persona clement = cast.person("clement.askew", "Clement Askew");

    // --- B. forklift and telehandler instructors ---
    private final String forkMast = cast.guild(1592);
    private final Channel fmRoom = cast.channel(forkMast, "Fork & Mast Instructors", "instructors-room",
            "forklift and telehandler instructors among ourselves", "fm-instructors-room.json");
    private final Channel fmAsk = cast.channel(forkMast, "Fork & Mast Instructors", "course-asks",
            "employers, warehouse managers and learners ask about training; instructors reply", "fm-course-asks.json");
    private final Channel fmDates = cast.channel(forkMast, "Fork & Mast Instructors", "course-dates",
            "instructors post their open course dates and booking pages", "fm-course-dates.json");
    private final Persona leofric = cast.person("leofric.dunmore", "Leofric Dunmore");
    private final Persona philippa = cast.person("philippa.okafor", "Philippa Okafor");
    private final Persona sebastian = cast.person("sebastian.kowal", "Sebastian Kowal");
    private final Persona nkechi = cast.person("nkechi.adeyemi", "Nkechi Adeyemi");
    private final Persona tamsin = cast.person("tamsin.gallacher", "Tamsin Gallacher");
    private final Persona jory = cast.person("jory.penhallow", "Jory Penhallow");
    private final Persona delphine = cast.person("delphine.markham", "Delphine Markham");

    // --- C. a plant-hire depot's own server ---
    private final String mallard = cast.guild(1593);
    private final Role mpStaff = cast.role("Staff", "#1565c0", 2);
    private final Role mpCustomer = cast.role("Customer", "#6d4c41", 1);
    private final Channel mpNews = cast.channel(mallard, "Mallard Plant Hire", "announcements",
            "depot hours, new kit and price lists", "mp-announcements.json");
    private final Channel mpDesk = cast.channel(mallard, "Mallard Plant Hire", "hire-desk",
            "bookings, off-hires, services and breakdowns: ask the depot", "mp-hire-desk.json");
    private final Channel mpGeneral = cast.channel(mallard, "Mallard Plant Hire", "general",
            "customers' chat", "mp-general.json");
    private final Persona hattie = cast.person("hattie.crossland", "Hattie Crossland", mpStaff);
    private final Persona ewan = cast.person("ewan.mcbride", "Ewan McBride", mpStaff);
    private final Persona bronwen = cast.person("bronwen.pryce", "Bronwen Pryce", mpStaff);
    private final Persona lachlan = cast.person("lachlan.boyd", "Lachlan Boyd", mpCustomer);
    private final Persona oona = cast.person("oona.feeney", "Oona Feeney", mpCustomer);
    private final Persona marcus = cast.person("marcus.thorley", "Marcus Thorley", mpCustomer);
    private final Persona piotr = cast.person("piotr.zawadzki", "Piotr Zawadzki", mpCustomer);
    private final Persona esme = cast.person("esme.rutherford", "Esme Rutherford");
    private final Persona fergus = cast.person("fergus.tanner", "Fergus Tanner");
    private final Channel mpDm = cast.dm(esme, "mp-dm-esme-rutherford.json");

    // --- D. tower-crane operators ---
    private final String topMast = cast.guild(1594);
    private final Channel tmCab = cast.channel(topMast, "Top of the Mast", "cab-talk",
            "tower-crane operators: the job, the cab, the climb", "tm-cab-talk.json");
    private final Channel tmWind = cast.channel(topMast, "Top of the Mast", "wind-and-weather",
            "forecasts, stop speeds and storms", "tm-wind-and-weather.json");
    private final Persona bramwell = cast.person("bramwell.ockenden", "Bramwell Ockenden");
    private final Persona ffion = cast.person("ffion.maddox", "Ffion Maddox");
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante");
    private final Persona solveig = cast.person("solveig.hart", "Solveig Hart");
    private final Persona dermot = cast.person("dermot.cullinane", "Dermot Cullinane");
    private final Persona rory = cast.person("rory.tennant", "Rory Tennant");
    private final Persona imogen = cast.person("imogen.brack", "Imogen Brack");

    // --- E. riggers, slingers and lifting-gear examiners ---
    private final String shackle = cast.guild(1595);
    private final Channel ssRoom = cast.channel(shackle, "Shackle & Sling", "riggers-room",
            "riggers, slingers and LOLER examiners among ourselves", "ss-riggers-room.json");
    private final Channel ssAsk = cast.channel(shackle, "Shackle & Sling", "inspection-asks",
            "site managers, production managers and venue owners ask about lifting gear and inspections",
            "ss-inspection-asks.json");
    private final Channel ssSale = cast.channel(shackle, "Shackle & Sling", "kit-for-sale",
            "lifting gear for sale or wanted", "ss-kit-for-sale.json");
    private final Persona aurelio = cast.person("aurelio.santangelo", "Aurelio Santangelo");
    private final Persona gwenllian = cast.person("gwenllian.price", "Gwenllian Price");
    private final Persona thaddeus = cast.person("thaddeus.brunt", "Thaddeus Brunt");
    private final Persona norah = cast.person("norah.quennell", "Norah Quennell");
    private final Persona leighton = cast.person("leighton.fitch", "Leighton Fitch");
    private final Persona zubair = cast.person("zubair.malik", "Zubair Malik");
    private final Persona elspeth = cast.person("elspeth.darrow", "Elspeth Darrow");
    private final Channel ssDm = cast.dm(zubair, "ss-dm-zubair-malik.json");

    // --- F. used plant and machinery dealers and buyers ---
    private final String ironYard = cast.guild(1596);
    private final Channel iyTalk = cast.channel(ironYard, "Iron Yard Traders", "yard-talk",
            "dealers and buyers: the market, auctions, machines", "iy-yard-talk.json");
    private final Channel iySale = cast.channel(ironYard, "Iron Yard Traders", "for-sale",
            "machines for sale: one post per machine, price and location", "iy-for-sale.json");
    private final Channel iyWanted = cast.channel(ironYard, "Iron Yard Traders", "wanted",
            "machines wanted: say what, hours and budget", "iy-wanted.json");
    private final Persona royston = cast.person("royston.pickard", "Royston Pickard");
    private final Persona delia = cast.person("delia.fairbrother", "Delia Fairbrother");
    private final Persona augustin = cast.person("augustin.mbeki", "Augustin Mbeki");
    private final Persona hamish = cast.person("hamish.strachan", "Hamish Strachan");
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");
    private final Persona perpetua = cast.person("perpetua.lowther", "Perpetua Lowther");

    // --- G. steam-crane restoration volunteers ---
    private final String rapier = cast.guild(1597);
    private final Channel rsRestore = cast.channel(rapier, "Rapier Steam Crane Group", "restoration",
            "the restoration of our 1926 steam breakdown crane", "rs-restoration.json");
    private final Channel rsWork = cast.channel(rapier, "Rapier Steam Crane Group", "work-days",
            "volunteer work days: the sign-up sheet and who's coming", "rs-work-days.json");
    private final Persona cuthbert = cast.person("cuthbert.elsworth", "Cuthbert Elsworth");
    private final Persona margery = cast.person("margery.quill", "Margery Quill");
    private final Persona ignatius = cast.person("ignatius.rowe", "Ignatius Rowe");
    private final Persona sunita = cast.person("sunita.varma", "Sunita Varma");
    private final Persona wystan = cast.person("wystan.greaves", "Wystan Greaves");
    private final Persona ottoline = cast.person("ottoline.kerr", "Ottoline Kerr");

    // --- H. 1:50 crane and heavy-haulage model collectors ---
    private final String fifty = cast.guild(1598);
    private final Channel fsChat = cast.channel(fifty, "Fifty Scale Lift", "collectors-chat",
            "1:50 crane and heavy-haulage model collectors", "fs-collectors-chat.json");
    private final Channel fsShow = cast.channel(fifty, "Fifty Scale Lift", "show-your-models",
            "photos of your models and layouts", "fs-show-your-models.json");
    private final Channel fsTable = cast.channel(fifty, "Fifty Scale Lift", "traders-table",
            "dealers and makers: new arrivals and pre-orders", "fs-traders-table.json");
    private final Persona benedikt = cast.person("benedikt.arnott", "Benedikt Arnott");
    private final Persona priscilla = cast.person("priscilla.dew", "Priscilla Dew");
    private final Persona omari = cast.person("omari.fenwick", "Omari Fenwick");
    private final Persona hyacinth = cast.person("hyacinth.lam", "Hyacinth Lam");
    private final Persona godfrey = cast.person("godfrey.tulk", "Godfrey Tulk");
    private final Persona annika = cast.person("annika.sorensen", "Annika Sorensen");
    private final Channel fsDm = cast.dm(annika, "fs-dm-annika-sorensen.json");

    HeldOutScenes131Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        outriggerClub();
        forkAndMast();
        mallardPlant();
        topOfTheMast();
        shackleAndSling();
        ironYard();
        rapierSteamCrane();
        fiftyScale();
    }

    private void outriggerClub() {
        // W29
        Post crQ = say(1, "07:40", ocYard, cressida, "Morning all. Anyone else had the letter about abnormal-load "
                + "notices for the 60t class? Mine says five working days now.");
        Post alCr = re(1, "08:05", alfie, crQ, "Same letter. It's still two clear days under 80t, the change is about "
                + "escorts. Ring them, they were fine with me.");
        re(1, "08:20", cressida, alCr, "Ta Alfie, will ring.");
        Post hoQ = say(1, "10:12", ocAsk, honor, "Hello, we're self-building a timber-frame house near Towcester. The "
                + "frame firm says the panels need a crane, about 20 lifts of up to 900kg at 14m radius. What size "
                + "crane is that and what does a day usually cost? Never hired one before.");
        Post giHo = re(1, "10:40", gideon, hoQ, "Hi Honor. At 14m and 900kg plus the lifting beam, a 40-50t mobile "
                + "does it comfortably, or a city crane if the lane's tight. A contract lift (the hire firm does the "
                + "lift plan, slinger and insurance) is the easy way for a self-build: around £1,100-1,400 for the "
                + "day round you. Happy to come and look at the access, no charge.");
        re(1, "10:55", morwenna, hoQ, "Check the ground where the outriggers go too: if it's fresh backfill you'll "
                + "need mats. Gideon's right on the size.");
        Post hoGi = re(1, "11:30", honor, giHo, "That's really helpful, thank you. Could you come Thursday afternoon?");
        re(1, "12:05", gideon, hoGi, "Thursday 3pm works. Send me the postcode by DM.");
        Post giMats = say(2, "06:50", ocYard, gideon, "Anyone got a spare set of 1.2m outrigger mats to lend for a "
                + "week? Mine are at the welders.");
        Post moMats = re(2, "07:15", morwenna, giMats, "I've two composite pairs in the yard, come and grab them.");
        re(2, "07:30", gideon, moMats, "Star, I'll swing by at 5.");
        Post wiSilo = say(3, "09:20", ocAsk, winifred, "Just to say @Gideon Harrowgate the grain silo you lifted for us "
                + "in March is full and still standing! We'll need you again for the new dryer this summer, I'll "
                + "message nearer the time.");
        re(3, "09:45", gideon, wiSilo, "Ha, glad it's earning its keep Winifred. Just shout when the dryer people "
                + "give you a date.");
        Post alCard = say(4, "14:10", ocYard, alfie, "Who's doing their CPCS renewal this year? Mine runs out in "
                + "October and the test centre near me is booked till September.");
        Post crCard = re(4, "14:40", cressida, alCard, "Try Kettering, they had dates in August when I rang.");
        re(4, "15:00", alfie, crCard, "Will do, cheers.");
        say(4, "15:20", ocYard, morwenna, "Kettering's good, the practical examiner is fair.");
        Post hoUp = say(5, "16:00", ocAsk, honor, "Update: Gideon came out yesterday, the lane's fine for a 50t. "
                + "Booked for 12 August. Thanks all!");
        re(5, "16:20", morwenna, hoUp, "Good luck with the frame!");
        Post crWind = say(6, "11:00", ocYard, cressida, "Gusts of 40mph forecast Monday, anyone rearranging?");
        re(6, "11:25", gideon, crWind, "Moved my Monday to Tuesday already. Not worth the argument.");

        // W30: a contractor goes bust; Gideon pools the creditors in #owners-yard while Winifred and Ravi wait
        Post crBust = say(8, "07:30", ocYard, cressida, "Heads up: Brackley Build went into administration on Friday. "
                + "Anyone else owed? They've had my 35t three times since May and paid none of it.");
        Post giBust = re(8, "07:50", gideon, crBust, "You're joking. They owe £8,400 over four jobs here. Worth "
                + "making a list of who's owed what, the administrator takes a group more seriously.");
        re(8, "08:15", alfie, giBust, "£2,100 from me, the Daventry job.");
        Post giList = say(8, "08:30", ocYard, gideon, "List so far: Gideon 8,400, Alfie 2,100. Cressida, what's your "
                + "figure? Morwenna, did they ever have your spider?");
        re(8, "09:05", cressida, giList, "£5,750 with the late-payment interest.");
        Post wiQ = say(8, "09:40", ocAsk, winifred, "@Gideon Harrowgate the dryer firm says Friday 5 August for the "
                + "lift, same yard as the silo. Are you free that day? I need to tell them by this Friday.");
        re(8, "10:10", morwenna, giList, "They had the spider once in June and paid on time. Lucky me.");
        Post giAdm = say(9, "08:00", ocYard, gideon, "The administrator's letter is here. Creditors' meeting is online "
                + "on 4 August. Who's putting a proof of debt in? Happy to share the form if you've not done one.");
        Post alAdm = re(9, "08:20", alfie, giAdm, "Yes please, never done one.");
        re(9, "08:35", gideon, alAdm, "Sent you a copy. Put your invoice numbers in the schedule, not just the total.");
        Post raQ = say(9, "11:15", ocAsk, ravi, "Hi, events company here. We need a crane to lift the steel frame of a "
                + "clear-span marquee onto a hotel roof terrace in Northampton on 8 August. Frame sections are "
                + "600kg, about 22m radius. Who covers Northampton?");
        re(9, "11:40", morwenna, raQ, "Not my patch, I'm Bristol way. @Gideon Harrowgate covers Northampton, he "
                + "knows the hotels there.");
        Post alRa = re(9, "12:05", alfie, raQ, "At 22m you're into a 60t and a lift plan signed off by the hotel's "
                + "structural engineer. Gideon's your nearest, or Cressida from Leicester.");
        re(9, "12:30", ravi, alRa, "Thanks, I'll wait to hear from Gideon then.");
        Post giLetter = say(10, "07:45", ocYard, gideon, "Drafted a letter to the administrator for all of us, asking "
                + "them to confirm that your slings and mats on Brackley's sites are yours and not part of the "
                + "estate. Have a read and change anything.");
        Post crLetter = re(10, "08:10", cressida, giLetter, "Good letter. Add that the hires were on CPA terms, so "
                + "ownership never passed.");
        Post giAdded = re(10, "08:30", gideon, crLetter, "Added. Anyone else want their name on it?");
        re(10, "09:00", alfie, giAdded, "Put me on.");
        say(10, "13:20", ocAsk, winifred, "@Gideon Harrowgate sorry to chase, the dryer firm needs an answer by "
                + "Friday or we lose the slot. Can you do the 5th?");
        Post giSite = say(11, "07:50", ocYard, gideon, "Letter's gone. Also rang the Brixworth site: the chains are "
                + "still on their scaffold and the security man won't let anyone in.");
        Post moSite = re(11, "08:15", morwenna, giSite, "Get the administrator to email the security firm, they'll "
                + "let you in with that.");
        re(11, "08:40", gideon, moSite, "Good shout, emailing them now.");
        Post giBack = say(12, "09:00", ocYard, gideon, "Result: chains and mats back off the Brixworth site this "
                + "morning. Alfie, yours are in the cabin there, take your hire note.");
        re(12, "09:20", alfie, giBack, "Legend. Going up after dinner.");
        Post crReply = say(12, "15:00", ocYard, cressida, "The administrator answered your letter Gideon: they accept "
                + "the kit is ours. Well done.");
        re(12, "15:30", gideon, crReply, "Team effort. Let's see what the dividend is, probably pennies.");
        Post giMeet = say(13, "10:00", ocYard, gideon, "Anyone joining the creditors' meeting on the 4th? We could "
                + "share one login and save you the hour.");
        re(13, "10:30", cressida, giMeet, "I'll join, send me the link when it comes.");

        // W31: Gideon answers both, with an apology
        Post giWi = re(15, "07:30", gideon, wiQ, "Winifred, I'm so sorry, I let this sit all week while we chased a "
                + "contractor that went bust. Friday the 5th is yours, it's in the diary. Same setup as the silo?");
        Post giRa = re(15, "07:40", gideon, raQ, "Ravi, apologies for the slow reply. 22m at 600kg plus rigging: a "
                + "60t, with the hotel's structural engineer signing off the roof loading. I can do 8 August. Can "
                + "I come and see the access this week?");
        re(15, "08:20", winifred, giWi, "Phew! Yes, same setup, the dryer's 4.2 tonnes. Thanks Gideon.");
        Post raGi = re(15, "09:05", ravi, giRa, "Thanks Gideon. Wednesday 10am at the hotel? Bring whatever paperwork "
                + "you need.");
        re(15, "09:30", gideon, raGi, "Wednesday 10am, see you there.");
        Post clQ = say(16, "10:00", ocAsk, clement, "Roofer here. Need 2 tonnes of slates lifted onto a church roof "
                + "in Olney, 18m radius over a yew tree. Is a spider crane any use or do I need a mobile?");
        re(16, "10:25", morwenna, clQ, "At 18m a spider won't take 2t in one go, but it'll do 500kg pallets all "
                + "day. Depends on your access through the lychgate.");
        Post giCl = re(16, "10:50", gideon, clQ, "If a 4-axle can get down the lane, a 50t does it in four lifts "
                + "before lunch. Send a photo of the lane and I'll tell you which.");
        re(16, "11:20", clement, giCl, "Will send photos tonight. Thanks both.");
        Post alChains = say(17, "08:00", ocYard, alfie, "Got my chains back, the cabin guy was sound. Thanks again "
                + "Gideon.");
        re(17, "08:20", gideon, alChains, "Good stuff.");
        Post wiFri = say(18, "12:00", ocAsk, winifred, "@Gideon Harrowgate the dryer's on site, still all right for "
                + "Friday 7am?");
        re(18, "12:30", gideon, wiFri, "7am Friday, I'll be there at half six.");
        Post wiDone = say(19, "17:00", ocAsk, winifred, "Dryer's up and bolted down. Lovely job as ever. I've told my "
                + "neighbour at Holly Farm to ring you for his bale shed.");
        re(19, "17:30", gideon, wiDone, "Thanks Winifred, that's kind. Tell him to ring anytime.")
                .react("👍", winifred);
        Post crDiv = say(20, "09:00", ocYard, cressida, "Dividend estimate's in: 3p in the pound. As you said.");
        re(20, "09:20", gideon, crDiv, "Ha. At least we got the kit back.");
    }

    private void forkAndMast() {
        String book = "https://forkwise.example/book";
        // W29: Leofric scatters his booking link
        say(1, "08:00", fmDates, leofric, "Leofric Dunmore, Forkwise Training: counterbalance and reach novice "
                + "courses every week in August, Wakefield and Leeds. Book: " + book);
        say(1, "08:04", fmRoom, leofric, "New online booking system is live for Forkwise, August courses open: " + book);
        say(1, "08:09", fmAsk, leofric, "August spaces open for counterbalance and reach courses, book here " + book);
        Post nkQ = say(1, "09:30", fmRoom, nkechi, "Morning. Anyone else getting candidates who've done an 'online "
                + "forklift licence' and think they're qualified?");
        re(1, "09:50", sebastian, nkQ, "Two last month. I tell them there's no such licence, it's training plus an "
                + "employer's authorisation, then book them a proper novice course.");
        Post phNk = re(1, "10:05", philippa, nkQ, "Same. I send them the HSE L117 page so it's not just me saying it.");
        re(1, "10:20", nkechi, phNk, "Good idea, I'll do that.");
        Post joQ = say(2, "13:00", fmAsk, jory, "Hi, I'm 19 and want to get into warehouse work. Where do I get a "
                + "forklift licence and how much is it?");
        Post nkJo = re(2, "13:25", nkechi, joQ, "Hi Jory. There isn't a licence as such: you do a novice course (3-5 "
                + "days, accredited by RTITB, ITSSAR or AITT), get a certificate, then your employer authorises you. "
                + "Expect £500-900 for counterbalance. Some agencies pay for it if you sign with them.");
        re(2, "13:50", sebastian, joQ, "Ask the agencies first like Nkechi says. Plenty will train you free if you "
                + "do 12 weeks with them.");
        re(2, "14:15", jory, nkJo, "That's really useful, I thought it was like a driving licence. Going to ask the "
                + "agencies tomorrow.");
        Post taQ = say(3, "10:00", fmAsk, tamsin, "Warehouse manager in Leeds. I need 4 new starters through "
                + "counterbalance novice training. Does anyone have a booking page I can send our admin?");
        Post phTa = re(3, "10:20", philippa, taQ, "Hi Tamsin, mine's here: https://philippaforklift.example/courses. "
                + "I can also do all four on site at yours if you've a quiet bit of yard, 3 days.");
        Post taPh = re(3, "10:45", tamsin, phTa, "On site would be perfect. Could you do the week of the 25th?");
        re(3, "11:05", philippa, taPh, "25th to 27th, booked.");
        say(4, "09:00", fmAsk, leofric, "Still a few places on Monday's reach truck course! " + book);
        Post seQ = say(4, "11:30", fmRoom, sebastian, "Telehandler question: anyone teaching the new suspended-load "
                + "attachment module? My centre wants it from September.");
        Post nkSe = re(4, "11:55", nkechi, seQ, "Not yet, the standard isn't out till the autumn.");
        re(4, "12:10", sebastian, nkSe, "Thanks, I'll hold off then.");
        Post joUp = say(5, "15:00", fmAsk, jory, "Update: an agency will train me for free if I do 12 weeks at their "
                + "Castleford site! Course is next week.");
        re(5, "15:20", nkechi, joUp, "Brilliant Jory, well done.");
        re(5, "15:30", sebastian, joUp, "Good lad. Listen to the instructor on load centres and you'll be fine.");
        say(6, "10:00", fmRoom, leofric, "Forkwise is filling up fast, any overflow can go to " + book);
        Post phCones = say(6, "10:30", fmRoom, philippa, "Has anyone got a spare set of test-course cones? Lost mine "
                + "off the van.");
        Post nkCones = re(6, "10:45", nkechi, phCones, "I've got ten spare, I'll post them.");
        re(6, "11:00", philippa, nkCones, "You're a gem, thank you.");

        // W30: the same again
        say(8, "08:00", fmAsk, leofric, "August courses, book at " + book);
        Post nkAudit = say(8, "09:30", fmRoom, nkechi, "Anyone had an accreditation audit lately? Mine's in two weeks "
                + "and they've changed the paperwork.");
        Post phAudit = re(8, "09:55", philippa, nkAudit, "Had mine in June. They wanted the pre-use check sheets for "
                + "every candidate, not just a sample.");
        re(8, "10:20", nkechi, phAudit, "Ooh, glad I asked. Thanks.");
        Post joPass = say(9, "14:00", fmAsk, jory, "Passed my counterbalance test today! 38 out of 40 on the theory.");
        re(9, "14:30", philippa, joPass, "Congratulations Jory!");
        Post leTele = say(10, "07:50", fmRoom, leofric, "Forkwise now does telehandler courses too, if you're ever "
                + "full: " + book);
        Post seLe = re(10, "08:30", sebastian, leTele, "Leofric, we're all instructors in here, nobody's sending "
                + "their customers to you 😄");
        re(10, "09:00", leofric, seLe, "Fair point.");
        Post taWk = say(11, "11:00", fmAsk, tamsin, "Week one done on site with @Philippa Okafor: all four passed. "
                + "Could you do two refresher candidates in September too?");
        re(11, "11:40", philippa, taWk, "Brilliant news. Yes, 14 September suits me, half a day each.");
        say(12, "09:15", fmAsk, leofric, "Last 2 places on Monday's course " + book);
        Post phTip = say(12, "10:00", fmRoom, philippa, "Audit tip for Nkechi and anyone else: they also asked to see "
                + "my CPD log.");
        re(12, "10:20", nkechi, phTip, "Noted, thanks!");

        // W31: Leofric answers instead
        Post deQ = say(15, "09:00", fmAsk, delphine, "HR at a builders' merchant. Six of our yard staff have forklift "
                + "certificates from 2028. Do they legally need refresher training, and how often?");
        Post leDe = re(15, "09:30", leofric, deQ, "Hi Delphine. There's no fixed legal interval, but the ACoP expects "
                + "refresher training or reassessment, and most firms go every 3-5 years. 2028 puts you at five, so "
                + "I'd book reassessments: half a day each if they use the trucks daily.");
        re(15, "09:50", sebastian, deQ, "Agree with Leofric. Also reassess anyone who's had a near miss since, "
                + "whatever the date.");
        Post deLe = re(15, "10:15", delphine, leDe, "That's clear, thank you. Could you quote for the six?");
        re(15, "10:40", leofric, deLe, "Happy to: £95 a head on site, or £480 for all six in one day. I'll email "
                + "you the details.");
        Post leSorry = say(16, "14:00", fmRoom, leofric, "Sorry for the link spam the last couple of weeks. "
                + "Sebastian's comment stuck. Has anyone advice on a candidate with dyslexia on the theory paper?");
        Post nkLe = re(16, "14:30", nkechi, leSorry, "You can read the questions aloud, it's allowed. Note it on the "
                + "record.");
        re(16, "14:45", leofric, nkLe, "Cheers Nkechi, didn't know that.");
        Post taRef = say(17, "10:00", fmAsk, tamsin, "@Philippa Okafor I sent our Wakefield site your way, their "
                + "manager Dev will be in touch. They've got three new starters.");
        re(17, "10:30", philippa, taRef, "Thank you Tamsin, that's kind. I'll look after them.");
        Post seAud = say(18, "11:00", fmRoom, sebastian, "@Nkechi Adeyemi how did the audit go?");
        re(18, "12:00", nkechi, seAud, "Passed, no actions! Philippa's check-sheet tip saved me.")
                .react("🎉", sebastian, philippa);
        say(19, "09:00", fmDates, philippa, "Philippa Okafor: on-site counterbalance novice and refresher courses "
                + "across West Yorkshire, September dates open. https://philippaforklift.example/courses");
        Post joWork = say(20, "16:00", fmAsk, jory, "Started at the agency warehouse this week. Thanks to everyone "
                + "who pointed me the right way.");
        re(20, "16:30", nkechi, joWork, "Great to hear Jory!");
    }

    private void mallardPlant() {
        // W29
        say(1, "07:00", mpNews, hattie, "Morning all. Depot hours this week 7-5, Saturday 8-12. The new 1.7t Kubotas "
                + "are in and the price list is updated: https://mallardplant.example/prices");
        Post laQ = say(1, "07:45", mpDesk, lachlan, "Can I have the 5t tracked dumper from Wednesday for two weeks? "
                + "Groundworks at Cransley.");
        Post ewLa = re(1, "08:05", ewan, laQ, "Morning Lachlan, yes, booked from Wednesday, delivered 7:30. Same site "
                + "contact as last time?");
        re(1, "08:20", lachlan, ewLa, "Same, Kev. Cheers Ewan.");
        Post ooQ = say(2, "10:00", mpDesk, oona, "The long-hire 3t digger is due its 250-hour service soon, who do I "
                + "ring to book it?");
        Post brOo = re(2, "10:30", bronwen, ooQ, "That's me, Oona. I'll come out Thursday morning, it's 40 minutes on "
                + "site.");
        re(2, "10:45", oona, brOo, "Perfect, thanks.");
        Post maRain = say(3, "12:00", mpGeneral, marcus, "Anyone else lose a day to the rain? Footings full of water "
                + "again.");
        Post piMa = re(3, "12:20", piotr, maRain, "Pumped mine out twice. Mallard's 2-inch pump was the only thing "
                + "that kept up.");
        re(3, "12:40", marcus, piMa, "Might grab one, ta.");
        Post maPump = say(3, "13:00", mpDesk, marcus, "Can I add a 2-inch pump to my account from tomorrow?");
        re(3, "13:15", ewan, maPump, "Done, it'll be on the 7:30 van.");
        Post laDump = say(4, "09:00", mpGeneral, lachlan, "The new Thwaites dumper is a beast, nice one Mallard.");
        re(4, "09:30", hattie, laDump, "Glad to hear it Lachlan!");
        Post piQ = say(5, "15:00", mpDesk, piotr, "Is the drain camera back in? Need it Monday.");
        Post ewPi = re(5, "15:20", ewan, piQ, "Back in and tested. Monday it is.");
        re(5, "15:30", piotr, ewPi, "Ta.");
        say(6, "08:30", mpNews, hattie, "Saturday reminder: the depot closes at 12 today, out-of-hours breakdowns on "
                + "the usual number.");

        // W30
        say(8, "07:00", mpNews, hattie, "This week: the 8t excavator is back from its rebuild, and two 3t dumpers "
                + "are free from Wednesday. Prices: https://mallardplant.example/prices");
        Post ooTree = say(8, "09:00", mpGeneral, oona, "Anyone know a good tree surgeon round Kettering? A client "
                + "wants a willow down before we dig.");
        Post maTree = re(8, "09:20", marcus, ooTree, "Greenleaf Trees, Sam's solid.");
        re(8, "09:40", oona, maTree, "Thanks Marcus.");
        joins(9, "10:00", mpGeneral, esme);
        say(9, "10:30", mpDm, esme, "Hi Ewan, I found Mallard through a Facebook group. What would a 3t dumper cost "
                + "for a week, delivered to Rothwell? I'm landscaping my own garden.");
        say(9, "11:00", mpDm, ewan, "Hi Esme, welcome. A 3t dumper is £210 for the week plus £60 delivery and "
                + "collection to Rothwell. We've one free from Wednesday if that suits.");
        say(9, "11:20", mpDm, esme, "Wednesday's great. Do I need a licence to drive it on my own drive?");
        say(9, "11:40", mpDm, ewan, "Not on private land. We'll give you a handover when we drop it off. I'll book "
                + "it in.");
        Post laOff = say(10, "08:00", mpDesk, lachlan, "Off-hire the dumper Friday please, we finished early.");
        re(10, "08:20", ewan, laOff, "Collection booked for Friday afternoon.");
        Post ooHose = say(11, "09:00", mpDesk, oona, "@Bronwen Pryce the 3t's hose at the boom ram is weeping again "
                + "since the service. Can you look at it before it lets go?");
        Post brHose = re(12, "17:10", bronwen, ooHose, "Sorry Oona, I was stuck on the Hexham breakdown with no "
                + "signal for two days. I'll be there first thing tomorrow with a new hose; leave the boom alone "
                + "till then.");
        re(12, "17:30", oona, brHose, "No worries, it's parked up. Thanks.");
        Post piCam = say(13, "09:00", mpGeneral, piotr, "Drain camera found the root ingress first go, worth every "
                + "penny.");
        re(13, "09:15", hattie, piCam, "Great result Piotr!");

        // W31: Ewan looks after the new people while Lachlan waits
        say(15, "08:00", mpNews, hattie, "The depot is closed on Monday 29 August for the bank holiday. Book your long "
                + "weekends early.");
        joins(15, "08:30", mpGeneral, fergus);
        Post laQ3 = say(15, "09:00", mpDesk, lachlan, "@Ewan McBride can you get the 5t dumper back out to Cransley "
                + "from Wednesday? The client's added a patio.");
        Post feQ = say(15, "09:10", mpGeneral, fergus, "Hi all, just moved to Kettering with a groundworks crew. What "
                + "do you charge for a 1.5t digger for a weekend?");
        Post ewFe = re(15, "09:25", ewan, feQ, "Welcome Fergus! A 1.5t is £140 Friday to Monday. We do trade "
                + "accounts too if you'll be regular.");
        Post feEw = re(15, "09:45", fergus, ewFe, "Sounds good, what do you need for a trade account?");
        re(15, "10:00", ewan, feEw, "Just company details and two trade references. Pop in and we'll do it over a "
                + "coffee.");
        Post esAgain = say(16, "08:30", mpGeneral, esme, "The dumper made my garden job so easy, thanks Mallard! "
                + "Could I have it again next month for the patio?");
        re(16, "08:50", ewan, esAgain, "Brilliant Esme! Yes, just tell me the dates.");
        re(16, "09:30", lachlan, laQ3, "@Ewan McBride bump on this? I need to tell the client about Wednesday.");
        Post feTilt = say(16, "11:00", mpGeneral, fergus, "Do any of you use the 1.5t with the tilt bucket? Worth the "
                + "extra?");
        Post ewTilt = re(16, "11:20", ewan, feTilt, "Definitely for landscaping, £15 extra a weekend. I'll put one "
                + "aside for you if you like.");
        Post feGo = re(17, "10:00", fergus, ewTilt, "Go on then, this Friday.");
        re(17, "10:20", ewan, feGo, "Booked, 7:30 Friday delivery.");
        Post maOff = say(17, "12:00", mpDesk, marcus, "Can we off-hire the pump, all dry now.");
        re(17, "12:30", hattie, maOff, "Collecting it this afternoon Marcus.");
        Post laGone = say(17, "14:00", mpDesk, lachlan, "Never mind, got one from Speedy.");
        Post haLa = re(18, "09:00", hattie, laGone, "Lachlan, I'm so sorry, that should never have waited. We'll take "
                + "the delivery off your next hire.");
        re(18, "09:20", lachlan, haLa, "Appreciated Hattie.");
        re(19, "08:30", ewan, laQ3, "Lachlan, apologies, I missed this in the rush. Hope Speedy's did the job.");
        say(19, "09:00", mpNews, hattie, "Reminder: off-hire by 3pm for same-day collection.");
    }

    private void topOfTheMast() {
        // W29
        Post soNew = say(1, "06:10", tmCab, solveig, "First day on the new Liebherr at Canary Wharf. 78m up, the lift "
                + "takes four minutes. The view's unreal.");
        Post brSo = re(1, "06:40", bramwell, soNew, "Lovely. My first tower was a Potain on the Barbican in 1989, no "
                + "lift, I climbed 60m every morning with my flask in my teeth. I did eleven years on that site and I "
                + "never once missed a start. My knees are paying for it now. I reckon I've climbed more ladders "
                + "than anyone in this group.");
        re(1, "07:00", solveig, brSo, "Respect! The lift's a luxury then.");
        Post kwShift = say(1, "12:30", tmCab, kwame, "Anyone else's site gone to 10-hour shifts for the summer? Ten "
                + "hours in the cab with one break is rough.");
        Post deKw = re(1, "12:50", dermot, kwShift, "We're on 10s too. I take a proper cool box and a pee bottle, no "
                + "shame.");
        re(1, "13:10", kwame, deKw, "Ha, same. Cheers.");
        joins(2, "09:00", tmCab, rory);
        Post imNvq = say(2, "15:20", tmCab, imogen, "Passed my tower crane NVQ today! Eighteen months of trainee days "
                + "done.");
        re(2, "15:40", bramwell, imNvq, "Well done. When I did mine there was no NVQ, my gaffer just sat me in the "
                + "cab and I learned on the job. I had my own crane within a month and I ran it for years without a "
                + "single incident. My advice: I always trusted my own feel for the load and it never let me down.");
        Post ffIm = re(2, "15:55", ffion, imNvq, "Congratulations Imogen! Proper milestone.");
        re(2, "16:10", imogen, ffIm, "Thanks Ffion!");
        say(3, "10:00", tmCab, rory, "Hey all! New here, I film my cab views and sunrises from 70m. Follow me on "
                + "TikTok https://tiktok.example/@rorycrane, every follow helps me grow the page!");
        Post deGust = say(3, "10:30", tmWind, dermot, "Gusts to 45 forecast Thursday afternoon for the South East. "
                + "Does anyone's site have a stop speed lower than the manual's?");
        Post kwGust = re(3, "10:50", kwame, deGust, "Ours stops at 38mph at the jib head, the manual says 45. Site "
                + "manager's call.");
        re(3, "11:10", dermot, kwGust, "Makes sense, ta.");
        Post kwAc = say(4, "07:00", tmCab, kwame, "Heatwave tomorrow and the cab air-con on mine is broken again, "
                + "third time this month.");
        re(4, "07:20", bramwell, kwAc, "We never had air-con at all. I used to take a wet towel up and hang it in "
                + "the window. In 1995 I did a whole summer at Canary Wharf like that and I never complained once. "
                + "My cab was an oven but I just got on with it.");
        Post ffAc = re(4, "07:40", ffion, kwAc, "Report it in writing, they have to fix it under the welfare regs. "
                + "Worked for me.");
        re(4, "08:00", kwame, ffAc, "Good idea, emailing the agent now.");
        Post roLike = say(5, "14:00", tmCab, rory, "Posted a sunrise from the cab this morning, please give it a like "
                + "and follow https://tiktok.example/@rorycrane");
        Post soRo = re(5, "14:30", solveig, roLike, "Nice sunrise. Careful filming while you're slewing though, "
                + "sites sack people for phones in the cab.");
        re(5, "14:50", rory, soRo, "Only on breaks, promise. Good point.");
        Post ffAway = say(6, "17:00", tmCab, ffion, "Off to Skye Monday to Friday with no signal, back on the 30th. "
                + "Don't sort the new pay rates without me 😄");
        re(6, "17:20", dermot, ffAway, "Enjoy!");
        re(6, "17:45", bramwell, ffAway, "Skye! I went there in 2004 on my motorbike. I did the whole island in a "
                + "week and I camped every night. My best holiday, I've still got my photos from it on the wall.");

        // W30: Ffion is away
        Post soMon = say(8, "06:30", tmCab, solveig, "Monday crew, who's up?");
        re(8, "06:45", kwame, soMon, "Up and waiting for the banksman as always.");
        Post imQ = say(9, "12:00", tmCab, imogen, "@Ffion Maddox quick one for when you're back: you said your "
                + "Potain has a wind-speed logger. Is it worth asking the hire firm to fit one on mine?");
        Post deIm = re(9, "12:30", dermot, imQ, "Not Ffion, but yes: if you ever need to show why you stopped, the "
                + "log's gold.");
        re(9, "12:45", imogen, deIm, "Thanks Dermot, makes sense.");
        Post kwStorm = say(10, "07:00", tmWind, kwame, "Storm Thursday, 60mph gusts. Everyone weathervaning tonight?");
        re(10, "07:20", solveig, kwStorm, "Jib free to slew, hook up to the top, yes. Our site's shut Thursday.");
        Post roStorm = re(10, "07:40", rory, kwStorm, "First proper storm for me. Anything else to do apart from "
                + "leaving it free to slew?");
        Post kwRo = re(10, "08:00", kwame, roStorm, "Check the slew brake really is off, and tell the site manager in "
                + "writing that you've done it.");
        re(10, "08:15", rory, kwRo, "Will do, thanks Kwame.");
        Post roEerie = say(11, "13:00", tmWind, rory, "Weathervaned and the brake's off. Eerie watching it swing "
                + "round on its own from the cabin.");
        re(11, "13:20", dermot, roEerie, "Ha, it never gets less eerie.");
        Post brKnee = say(12, "09:00", tmCab, bramwell, "Who's got good knee braces for ladders? Mine are shot.");
        Post soKnee = re(12, "09:30", solveig, brKnee, "Bauerfeind ones, dear but they last.");
        re(12, "09:50", bramwell, soKnee, "Thanks Solveig, will look them up.");
        Post ffIm2 = re(13, "18:00", ffion, imQ, "Back, and sorry for the wait Imogen! Yes, ask for one: ours was "
                + "£300 fitted and it's settled two arguments with the site manager already.");
        re(13, "18:20", imogen, ffIm2, "Perfect, asking tomorrow. Hope Skye was good!");

        // W31
        Post roQ = say(15, "07:00", tmCab, rory, "Sorry for the follow-begging when I joined, got carried away. "
                + "Question for the old hands: how do you deal with a blind lift when the banksman's radio keeps "
                + "dropping out?");
        Post soRo3 = re(15, "07:30", solveig, roQ, "Stop the lift. Every time. No radio, no lift.");
        re(15, "07:45", bramwell, roQ, "Solveig's right. Agree a backup channel before you start and test it.");
        re(15, "08:00", rory, soRo3, "Thanks both, that's the answer I needed.");
        Post kwPay = say(16, "11:00", tmCab, kwame, "Pay talks: anyone heard the new agency rate for tower operators "
                + "in London?");
        Post ffPay = re(16, "11:30", ffion, kwPay, "£32 an hour with the big agency from September, the union rep "
                + "told me.");
        re(16, "11:50", kwame, ffPay, "Better than I thought, thanks.");
        Post deHeat = say(17, "14:00", tmWind, dermot, "Heat warning Thursday. Drink more than you think you need.");
        re(17, "14:20", imogen, deHeat, "Noted, taking two bottles up.");
        Post imLog = say(18, "06:00", tmCab, imogen, "The hire firm's fitting the wind logger Monday, thanks Ffion.");
        re(18, "06:30", ffion, imLog, "Yay!");
        Post soFan = say(19, "12:00", tmCab, solveig, "Asked for a cab fan and got one. Kwame, did your air-con get "
                + "fixed?");
        re(19, "12:20", kwame, soFan, "Fixed Tuesday after the email, Ffion's trick worked.");
    }

    private void shackleAndSling() {
        // W29
        Post auQ = say(1, "09:00", ssRoom, aurelio, "Who's seeing more shackle pins with mismatched bodies this year? "
                + "Had three on one site today.");
        re(1, "09:20", thaddeus, auQ, "All the time. I quarantine the pair and write it up as a defect, no "
                + "arguments.");
        re(1, "09:40", gwenllian, auQ, "I show the slingers in training a mismatched one. They never forget it.");
        Post noQ = say(2, "11:00", ssAsk, norah, "Production manager for a touring show. We've 12 chain hoists coming "
                + "back from Europe. Do they need a fresh LOLER exam before our Birmingham load-in, or does the "
                + "German inspection count?");
        Post auNo = re(2, "11:30", aurelio, noQ, "Hi Norah. A current thorough examination by a competent person "
                + "counts whoever did it, as long as the report has what LOLER Schedule 1 asks for. Check the date: "
                + "hoists lifting over people need one every six months.");
        re(2, "11:45", norah, auNo, "Great, the German report is from May. Thank you.");
        Post elQ = say(3, "14:00", ssAsk, elspeth, "I run a climbing centre. Can anyone quote for the six-monthly "
                + "examination of 8 rope-access anchors and 2 hoists in Nottingham?");
        Post thEl = re(3, "14:30", thaddeus, elQ, "Hi Elspeth, I'm in Derby. £35 per anchor and £60 per hoist, so £400 "
                + "for the lot, report the same day. Happy to come on a quiet morning.");
        Post elTh = re(3, "15:00", elspeth, thEl, "That's fair. Tuesday mornings are quiet, could you do the 26th?");
        re(3, "15:10", thaddeus, elTh, "The 26th at 9, see you then.");
        Post gwSale = say(4, "10:00", ssSale, gwenllian, "For sale: 4 x 1t chain blocks, 3m drop, examined in June, "
                + "£90 each. Collection from Stoke.");
        Post auBuy = re(4, "10:30", aurelio, gwSale, "I'll have two for the training rig.");
        re(4, "10:45", gwenllian, auBuy, "Sold, they're yours.");
        Post thSling = say(5, "08:00", ssRoom, thaddeus, "Anyone had a webbing sling fail inside its SWL? Got one "
                + "today with a cut hidden under the sleeve.");
        Post gwTh = re(5, "08:20", gwenllian, thSling, "Seen it twice. Always slide the sleeve back on the exam.");
        re(5, "08:40", thaddeus, gwTh, "Yep, lesson learned.");
        Post leQ = say(6, "13:00", ssAsk, leighton, "Site manager on a steel-frame job in Corby. Our slingers keep "
                + "using chain slings on the painted steel and chipping it. Any better options?");
        Post gwLe = re(6, "13:20", gwenllian, leQ, "Round slings with wear sleeves for the painted members, chains "
                + "only for bare steel. Brief the slingers with a photo of each.");
        re(6, "13:40", leighton, gwLe, "Thanks Gwenllian, will do.");

        Post auCourse = say(7, "10:00", ssRoom, aurelio, "Anyone done the new rigging-loft inspection course at "
                + "Stoke?");
        re(7, "10:30", gwenllian, auCourse, "I teach on it 😄 it's good, bring your own gauges.");
        // W30: Zubair joins and pitches
        joins(8, "08:00", ssRoom, zubair);
        Post zuHi = say(8, "08:30", ssRoom, zubair, "Hi all, Zubair here, newly qualified LOLER examiner in "
                + "Northampton.");
        re(8, "08:50", aurelio, zuHi, "Welcome Zubair!");
        Post noCardiff = say(8, "10:00", ssAsk, norah, "Birmingham load-in went well, thanks for the advice last "
                + "week. Next venue's Cardiff. Anyone know the in-house rigging team there?");
        Post gwNo = re(8, "10:20", gwenllian, noCardiff, "Dai runs it, very good, he'll want your hoist reports a "
                + "week early.");
        re(8, "10:40", norah, gwNo, "Thanks, I'll send them Friday.");
        Post leDone = say(9, "15:00", ssAsk, leighton, "Steel's all up at Corby and no chipped paint on the last two "
                + "floors. Cheers to the slingers and to this group.");
        Post zuLe = re(9, "15:30", zubair, leDone, "Congrats Leighton! I do LOLER thorough examinations, £12 a sling "
                + "and £45 a hoist, DM me and I'll book you in this week.");
        re(9, "16:00", leighton, zuLe, "We've got our own examiner, thanks.");
        say(10, "11:00", ssDm, zubair, "Hi Norah, saw your posts about the tour. I can examine all 12 hoists before "
                + "Cardiff for £40 each, book here: https://zubairloler.example/book");
        say(10, "19:00", ssDm, norah, "Thanks, but our hoists were examined in May. We're fine.");
        Post thZu = say(11, "09:00", ssRoom, thaddeus, "Zubair, welcome. A word from an old hand: the asks room is for "
                + "answering, folk don't like a price they didn't ask for.");
        re(11, "09:30", zubair, thZu, "Fair enough, noted. Sorry.");
        Post elDone = say(12, "14:00", ssAsk, elspeth, "Thaddeus examined our anchors on Tuesday, really thorough. One "
                + "failed and he showed me why. Highly recommend.");
        re(12, "14:20", thaddeus, elDone, "Thanks Elspeth, glad it's been replaced.");
        Post gwTrainee = say(12, "14:30", ssRoom, gwenllian, "Anyone need a slinger-signaller for a big lift in Stoke "
                + "on the 11th? I've a trainee who needs the log hours.");
        re(12, "15:00", aurelio, gwTrainee, "I'll ask my crane firm, they might.");

        // W31: Zubair answers instead
        Post noBeam = say(15, "10:00", ssAsk, norah, "Cardiff done. Question: our touring truss has 1t points but the "
                + "next venue's beams are rated 750kg. Do we derate the hoists or bridle?");
        Post zuNo = re(15, "10:30", zubair, noBeam, "Bridle across two beams so each leg stays inside 750kg, and get "
                + "the venue's structural engineer to confirm the beam rating at that spot. Derating the hoist "
                + "doesn't help, the beam's the limit.");
        re(15, "10:50", aurelio, noBeam, "Zubair's right, and count the bridle angle in the leg loads.");
        re(15, "11:10", norah, zuNo, "Thanks both, that's what the venue said too.");
        Post zuQ = say(16, "09:00", ssRoom, zubair, "Question for the examiners: do you gauge eye-bolt threads or just "
                + "check them visually? My trainer said gauge them.");
        Post thQ = re(16, "09:20", thaddeus, zuQ, "Gauge them if there's any doubt, yes.");
        re(16, "09:40", zubair, thQ, "Thanks Thaddeus.");
        Post auCell = say(17, "13:00", ssSale, aurelio, "Wanted: a 5t load cell, will buy or hire.");
        Post gwCell = re(17, "13:30", gwenllian, auCell, "Got a 10t one I never use, £150.");
        re(17, "13:45", aurelio, gwCell, "Deal.");
        Post leHosp = say(18, "10:00", ssAsk, leighton, "Next job is a crane lift onto a hospital roof. Who should "
                + "write the lift plan, us or the crane firm?");
        Post gwHosp = re(18, "10:20", gwenllian, leHosp, "On a contract lift it's the crane firm's appointed person; "
                + "on a CPA hire it's yours to appoint.");
        re(18, "10:40", leighton, gwHosp, "Thanks, we're on contract lift.");
        Post elAgain = say(19, "11:00", ssAsk, elspeth, "@Thaddeus Brunt our second hoist is due its exam in "
                + "September, can I book you again?");
        Post thAgain = re(19, "11:30", thaddeus, elAgain, "Of course. Tuesday 13 September at 9?");
        re(19, "11:45", elspeth, thAgain, "Perfect.");
    }

    private void ironYard() {
        // W29
        Post deSale = say(1, "08:00", iyTalk, delia, "Morning. Anyone at the Cheffins sale Thursday?");
        re(1, "08:20", royston, deSale, "I'm going. Looking at the two JCB 3CXs.");
        re(1, "08:40", augustin, deSale, "Me too, for the export lots.");
        Post haQ = say(2, "10:00", iyTalk, hamish, "Hello, small groundworker here, finally buying my first "
                + "mini-digger. What should I look for on a five-year-old 1.5t?");
        Post roHa = re(2, "10:30", royston, haQ, "Tracks and sprockets, play in the bucket pins, leaks at the slew "
                + "ring, and ask for the service history. Under 3,000 hours is fair for the age.");
        re(2, "10:45", delia, haQ, "And run it for half an hour before you look. Weeping rams show up warm.");
        re(2, "11:00", hamish, roHa, "Brilliant, hadn't thought of the slew ring. Thanks both.");
        Post peSale = say(3, "09:00", iySale, perpetua, "For sale: Manitou MLT 634 telehandler, 2019, 6,100 hours, new "
                + "tyres. £34,000 + VAT. On the farm near Melton.");
        Post auPe = re(3, "09:30", augustin, peSale, "Is the pallet fork carriage included?");
        re(3, "09:45", perpetua, auPe, "Yes, and a bucket.");
        Post yuWant = say(4, "14:00", iyWanted, yusuf, "WTB 8t excavator, under 6,000 hours, budget £35k, Midlands.");
        Post deYu = re(4, "14:30", delia, yuWant, "I've a 2020 Kubota KX080 at 4,800 hours, £33,500 + VAT, photos "
                + "here https://fairbrotherplant.example/kx080");
        Post yuDe = re(4, "15:00", yusuf, deYu, "Looks tidy. Can I see it Saturday?");
        re(4, "15:10", delia, yuDe, "Saturday 10am at the yard.");
        Post haTak = say(5, "11:00", iyTalk, hamish, "Looked at a Takeuchi TB216 today, 2,600 hours, but the tracks "
                + "are new and the seller wouldn't say why. Red flag?");
        Post roTak = re(5, "11:25", royston, haTak, "Not always, but ask if a track came off. Check the idler for "
                + "cracks.");
        re(5, "12:00", hamish, roTak, "Checked the idler, it's clean, and the seller says the old tracks were just "
                + "worn. Putting an offer in.");
        Post auRep = say(6, "10:00", iyTalk, augustin, "Sale report: the 3CXs went for £28k and £31k. Strong.");
        Post roRep = re(6, "10:20", royston, auRep, "The tidy one was worth it, the other had a cracked loader arm.");
        re(6, "10:40", augustin, roRep, "Well spotted.");

        // W30: Royston's market notes to nobody
        say(8, "07:00", iyTalk, royston, "Weekly market note: used mini-diggers steady, 8t money up about 5% on "
                + "spring. Dumpers soft.");
        Post haBought = say(8, "12:00", iyTalk, hamish, "Bought the Takeuchi! £14,200. Thanks for the checklist.");
        re(8, "12:20", delia, haBought, "Good buy Hamish.");
        say(9, "07:00", iyTalk, royston, "Scrap steel at £210 a tonne this morning: older dumpers are worth more in "
                + "bits than running.");
        say(9, "16:00", iyTalk, royston, "Stage 5 engines still hard to shift abroad, export buyers want Stage 3A.");
        say(10, "07:00", iyTalk, royston, "Auction calendar this week: Leeds on Wednesday, the online Ritchies sale "
                + "Thursday.");
        Post yuFin = say(10, "09:00", iyTalk, yusuf, "Bought Delia's KX080, lovely machine. Any tips on finance for "
                + "the next one?");
        Post auFin = re(10, "09:20", augustin, yuFin, "Talk to your bank before a broker, the rates are better.");
        re(10, "09:40", yusuf, auFin, "Thanks Augustin.");
        say(10, "14:00", iyTalk, royston, "Telehandler prices holding, 4,000-6,000 hour machines the sweet spot.");
        say(11, "07:00", iyTalk, royston, "Market note: 1.5t minis selling within a week on the big sites.");
        Post peSold = say(11, "10:00", iySale, perpetua, "Telehandler sold, thanks all.");
        peSold.react("👍", augustin);
        say(11, "15:00", iyTalk, royston, "Red diesel checks on the M1 again, make sure your transport's clean.");
        say(12, "07:00", iyTalk, royston, "Rollers are dead money this summer.");
        Post haHitch = say(12, "10:00", iyTalk, hamish, "First week with the digger and the quick hitch is sticking. "
                + "Grease, or something worse?");
        Post deHitch = re(12, "10:20", delia, haHitch, "Grease it and check the pin, usually it's just dry.");
        re(12, "11:00", hamish, deHitch, "Greased it, sorted. Cheers Delia.");
        say(12, "16:00", iyTalk, royston, "Leeds auction results: 21t excavators 8% up on last year.");
        say(13, "07:00", iyTalk, royston, "Weekend reading: the Ritchies online catalogue is out Monday.");
        say(13, "10:00", iyTalk, royston, "Quiet Saturday, the yard's full.");

        // W31
        Post haPrice = say(15, "09:00", iyTalk, hamish, "Pricing my first jobs with the digger. Do you charge by the "
                + "day with the machine, or hourly?");
        re(15, "09:20", augustin, haPrice, "Day rate with operator, £280-320 round here for a 1.5t.");
        Post roPrice = re(15, "09:40", royston, haPrice, "And a half-day minimum, or you'll be doing two-hour jobs for "
                + "nothing.");
        re(15, "10:00", hamish, roPrice, "Half-day minimum, got it. Thanks both. If anyone ever needs a hand moving a "
                + "machine near Market Harborough, shout.");
        Post peWant = say(16, "10:00", iyWanted, perpetua, "WTB a small 3t dumper for the farm, under £8k.");
        Post roPe = re(16, "10:30", royston, peWant, "I've a 2017 Thwaites at £6,800 on the yard at Lutterworth, "
                + "photos by text if you want them.");
        Post peRo = re(16, "11:00", perpetua, roPe, "Can I come and see it Thursday?");
        re(16, "11:20", royston, peRo, "Thursday's fine.");
        Post roHa3 = say(17, "08:00", iyTalk, royston, "@Hamish Strachan how's the quick hitch behaving?");
        re(17, "08:30", hamish, roHa3, "Sweet as since the grease.");
        say(18, "09:00", iySale, delia, "For sale: 2018 Bomag roller, 1,200 hours, £9,500 + VAT. Lutterworth.");
        Post yuRate = say(19, "10:00", iyTalk, yusuf, "Augustin, the bank gave me 6.9%. Thanks for the tip.");
        re(19, "10:30", augustin, yuRate, "Good rate!");
        Post roLoader = say(20, "09:00", iyTalk, royston, "Anyone fancy sharing a low-loader to the Ritchies yard next "
                + "month? Half the transport each.");
        re(20, "09:30", delia, roLoader, "Yes, I've two to take.");
    }

    private void rapierSteamCrane() {
        String sheet = "https://forms.example/rapier-workdays";
        // W29: Ignatius is helped and only says thanks
        say(1, "18:00", rsWork, cuthbert, "Work days this fortnight: Saturday 23rd and Wednesday 27th. Sign-up sheet: "
                + sheet);
        Post igQ1 = say(1, "19:00", rsRestore, ignatius, "Hi, I'm new, joined after the open day. What should I wear "
                + "on Saturday, and is there anything I should read first?");
        Post cuIg = re(1, "19:20", cuthbert, igQ1, "Welcome Ignatius! Steel toecaps, overalls you don't love, gloves. "
                + "Read the safety briefing pinned in this channel, that's all.");
        re(1, "19:40", ignatius, cuIg, "Thanks.");
        Post igQ2 = say(2, "12:00", rsRestore, ignatius, "Where do I park? The sat nav takes me to the goods yard "
                + "gate, which looked locked.");
        Post maIg = re(2, "12:15", margery, igQ2, "Use the station car park and walk down the ramp, the goods yard "
                + "gate is only for deliveries.");
        re(2, "12:30", ignatius, maIg, "Thanks.");
        Post suTest = say(3, "20:00", rsRestore, sunita, "The boiler inspector's coming on 10 August for the hydraulic "
                + "test. We need the firebox stays needle-gunned by then.");
        Post wySu = re(3, "20:20", wystan, suTest, "I'll bring the big compressor Saturday.");
        re(3, "20:40", sunita, wySu, "Star.");
        Post igQ3 = say(4, "10:00", rsRestore, ignatius, "What's the difference between the derricking gear and the "
                + "slewing gear? Reading the manual and lost.");
        Post suIg = re(4, "10:30", sunita, igQ3, "Derricking raises and lowers the jib, slewing turns the whole crane "
                + "round. On ours both run off the one engine through clutches. I'll show you Saturday.");
        re(4, "10:45", ignatius, suIg, "Thanks.");
        say(5, "09:00", rsRestore, margery, "@Ignatius Rowe you said at the open day you're an electrician by trade. "
                + "Could you look at the lighting in the mess van on Saturday?");
        Post igQ4 = say(6, "07:30", rsRestore, ignatius, "Is the work day still on with the rain forecast?");
        Post cuIg4 = re(6, "07:45", cuthbert, igQ4, "Still on, the shed's dry.");
        re(6, "08:00", ignatius, cuIg4, "Thanks.");
        Post wyDay = say(6, "17:00", rsRestore, wystan, "Good day: the stays are half done, and the new lad did well "
                + "on the needle gun.");
        Post otDay = re(6, "17:20", ottoline, wyDay, "Nice one. Photos?");
        re(6, "17:40", wystan, otDay, "Tomorrow.");
        say(7, "10:00", rsRestore, ottoline, "Photos from yesterday are in the shared album. The firebox looks a "
                + "different colour already.");

        Post otPhotos = say(7, "10:05", rsRestore, ottoline, "Sunita, your needle-gun corner is the cleanest bit.");
        re(7, "11:00", sunita, otPhotos, "Ha, thanks Ottoline, it took all day.");
        // W30: Ignatius catches up
        say(8, "19:00", rsWork, cuthbert, "Wednesday 27th still needs two more names, the sheet's here: " + sheet);
        Post maAgain = say(9, "12:00", rsRestore, margery, "@Ignatius Rowe the mess van lights again, when you've a "
                + "moment? No rush.");
        re(9, "20:00", ignatius, maAgain, "Sorry Margery, I missed your first message. Yes, I'll bring my tester "
                + "Wednesday and have a look.");
        Post igFix = say(10, "18:00", rsRestore, ignatius, "Mess van: it was a corroded earth on the inverter. Fixed, "
                + "all the lights work.");
        re(10, "18:20", margery, igFix, "Marvellous, thank you!");
        Post suDate = say(11, "19:00", rsRestore, sunita, "Hydraulic test date confirmed, 10 August. Will the stays be "
                + "done?");
        re(11, "19:30", wystan, suDate, "One more session should do it.");
        say(12, "18:00", rsWork, cuthbert, "Extra work day Saturday 30th for the stays, two places left on the "
                + "sheet: " + sheet);
        Post otNuts = say(13, "09:00", rsRestore, ottoline, "Anyone know a source for 3/4 Whitworth stay nuts?");
        Post wyNuts = re(13, "09:20", wystan, otNuts, "Accu do them, or the Bolt Shop.");
        re(13, "09:40", ottoline, wyNuts, "Accu it is.");

        Post otPrimer = say(12, "20:00", rsRestore, ottoline, "What primer are we using on the jib lattice? The old red "
                + "oxide's nearly gone.");
        Post cuPrimer = re(12, "20:20", cuthbert, otPrimer, "Zinc phosphate, there's a tin in the paint store.");
        re(12, "20:40", ottoline, cuPrimer, "Found it, thanks.");
        // W31: Ignatius helps
        Post wyRcd = say(15, "19:00", rsRestore, wystan, "The workshop extension lead keeps tripping the RCD when the "
                + "grinder starts. Anyone?");
        Post igWy = re(15, "19:30", ignatius, wyRcd, "Either inrush from the grinder's motor or water in the lead's "
                + "plug. Try a soft-start grinder first. I'll check the lead on Saturday.");
        re(15, "19:50", wystan, igWy, "That'd be great, thanks Ignatius.");
        Post cuTeam = say(16, "18:00", rsRestore, cuthbert, "Hydraulic test prep: who can be there on the 10th?");
        re(16, "18:20", ignatius, cuTeam, "I can, I've booked the day off.");
        re(16, "18:40", sunita, cuTeam, "Me too.");
        say(17, "09:00", rsWork, cuthbert, "Thanks all, the test team's sorted.");
        Post igLead = say(18, "19:00", rsRestore, ignatius, "Found it: the lead's plug was full of water. New plug, no "
                + "more tripping.");
        re(18, "19:20", wystan, igLead, "Legend.");
        Post maStays = say(20, "17:00", rsRestore, margery, "Stays done! The crane's ready for the test.");
        re(20, "17:20", cuthbert, maStays, "Brilliant work everyone.").react("🎉", margery, ignatius, sunita);
        Post otPub = say(19, "20:00", rsRestore, ottoline, "Anyone fancy the pub after the test on the 10th?");
        re(19, "20:20", wystan, otPub, "Always.");
        re(19, "20:40", margery, otPub, "Count me in.");
    }

    private void fiftyScale() {
        // W29
        Post omLtm = say(1, "20:00", fsShow, omari, "Finally got the LTM 1300 rigged with full counterweight. Took two "
                + "evenings.");
        Post prOm = re(1, "20:20", priscilla, omLtm, "Gorgeous. Did you string the luffing jib too?");
        re(1, "20:40", omari, prOm, "Not yet, the rope's a nightmare.");
        say(2, "19:00", fsTable, benedikt, "New arrivals at Arnott Models: WSI Sarens LTM 1750 and NZG Tadano AC "
                + "7.450, both in stock. https://arnottmodels.example/new");
        Post hyQ = say(2, "21:00", fsChat, hyacinth, "Is anyone else's WSI boom sagging after a few months extended?");
        Post goHy = re(2, "21:20", godfrey, hyQ, "Mine did. Retract it when it's not on show.");
        re(2, "21:40", hyacinth, goHy, "Ah, that's it. Thanks Godfrey.");
        Post goQ = say(3, "20:30", fsChat, godfrey, "@Benedikt Arnott I got my Demag from you last year. Any chance of "
                + "the LTM 1300 in Collett livery?");
        Post beGo = re(3, "21:00", benedikt, goQ, "Hi Godfrey! Collett's run is due in October, I'll hold you one if "
                + "you like.");
        re(3, "21:10", godfrey, beGo, "Yes please!");
        joins(4, "18:00", fsChat, annika);
        Post anQ = say(4, "18:30", fsChat, annika, "Hello! Just started collecting after seeing a real Sarens crane "
                + "near me. Where do beginners start?");
        Post prAn = re(4, "18:50", priscilla, anQ, "Welcome! Pick one brand or livery you love and don't buy "
                + "everything. A 1:50 mobile crane is a good first model.");
        re(4, "19:05", omari, anQ, "And look at collectors' second-hand sales first, the prices are gentler.");
        re(4, "19:30", annika, prAn, "Great advice, thanks both.");
        say(5, "20:00", fsDm, annika, "Hi Benedikt, I saw your shop in the traders' table. Do you have a small "
                + "mobile crane under £100 for a beginner?");
        say(5, "21:00", fsDm, benedikt, "Hi Annika, welcome! The Grove GMK3060 is £89 and a lovely first model. Or "
                + "the Liebherr LTM 1060 at £95.");
        say(6, "10:00", fsDm, annika, "I'll take the Grove. How do I order?");
        say(6, "10:20", fsDm, benedikt, "Order here, and use the code WELCOME for free postage: "
                + "https://arnottmodels.example/grove-gmk3060");
        Post prDio = say(6, "20:00", fsShow, priscilla, "My heavy-haulage diorama: a Scania tractor with a 120t "
                + "transformer on the Goldhofer, lit for night.");
        Post hyDio = re(6, "20:20", hyacinth, prDio, "The lighting is magic.");
        re(6, "20:40", priscilla, hyDio, "Thanks! Fibre optics, took ages.");

        // W30
        say(8, "19:00", fsTable, benedikt, "Pre-orders open: Liebherr LR 1300 crawler, due November. "
                + "https://arnottmodels.example/preorder");
        Post omJib = say(9, "20:00", fsShow, omari, "Strung the luffing jib at last. The trick: tape the rope end to a "
                + "needle.");
        re(9, "20:20", priscilla, omJib, "Genius.");
        Post anGrove = say(10, "19:00", fsChat, annika, "The Grove arrived! It's beautiful. Thanks @Benedikt Arnott.");
        re(10, "19:30", benedikt, anGrove, "Enjoy it Annika!");
        Post hyFair = say(11, "20:00", fsChat, hyacinth, "Who's going to the Doncaster toy fair in September?");
        re(11, "20:20", godfrey, hyFair, "Me, every year.");
        re(11, "20:40", omari, hyFair, "Going, sharing a car with Priscilla.");
        Post anPhoto = say(12, "18:00", fsShow, annika, "First photo of my Grove on the desk.");
        Post hyAn = re(12, "18:20", hyacinth, anPhoto, "Lovely start!");
        re(12, "18:40", annika, hyAn, "Thanks Hyacinth!");
        Post goDolly = say(13, "22:00", fsChat, godfrey, "@Benedikt Arnott does the Collett LTM 1300 come with the "
                + "second boom dolly?");
        re(14, "10:00", benedikt, goDolly, "Yes, both dollies and the ballast trailer.");

        Post prCab = say(14, "19:00", fsChat, priscilla, "Where do you all get display cabinets that fit a 1.2m "
                + "boom?");
        re(14, "19:20", omari, prCab, "A cut-down glass cabinet from the flat-pack shop, with an extra shelf.");
        Post hyCab = re(14, "19:40", hyacinth, prCab, "Or a picture framer: I had a long one made for £60.");
        re(14, "20:00", priscilla, hyCab, "Ooh, I'll ask my framer.");
        // W31
        Post prPad = say(15, "20:00", fsChat, priscilla, "Anyone know how to fix a broken outrigger pad on an old "
                + "NZG? Snapped clean off.");
        Post goPad = re(15, "20:20", godfrey, prPad, "Plastic weld: melt a bit of sprue into thin cement.");
        re(15, "20:40", priscilla, goPad, "Will try tonight.");
        Post goConvoy = say(16, "19:00", fsShow, godfrey, "Weekend project: a Sarens convoy layout.");
        Post anGo = re(16, "19:20", annika, goConvoy, "Amazing, how long have you been collecting?");
        re(16, "19:40", godfrey, anGo, "Twenty years, one at a time!");
        say(17, "18:00", fsTable, benedikt, "Back in stock: NZG Tadano AC 7.450. https://arnottmodels.example/tadano");
        Post anTad = say(17, "20:00", fsChat, annika, "@Benedikt Arnott is the Tadano a good second model or too big "
                + "for a beginner?");
        Post beAn = re(17, "20:30", benedikt, anTad, "It's huge, 1.2m with the boom out. Maybe the LTM 1060 next, "
                + "and the Tadano when you've a shelf for it.");
        re(17, "20:45", annika, beAn, "Ha, fair. Thanks!");
        Post prFixed = say(18, "20:00", fsChat, priscilla, "Fixed the NZG pad with Godfrey's sprue trick, invisible!");
        re(18, "20:20", godfrey, prFixed, "Told you.");
        Post omTix = say(20, "19:00", fsChat, omari, "Doncaster tickets are on sale now.");
        re(20, "19:20", hyacinth, omTix, "Bought mine.");
        Post hyBallast = say(21, "18:00", fsShow, hyacinth, "My Sarens ballast trailer, weathered at last.");
        re(21, "18:20", godfrey, hyBallast, "Subtle, love it.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes131Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 131");
    }
}
