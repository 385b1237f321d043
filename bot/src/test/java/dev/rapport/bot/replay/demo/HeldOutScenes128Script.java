package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 128 (sealed): eight communities of aviation and flying as a hobby and a trade, of kinds no earlier
 * round used (licensed aircraft maintenance engineers, Torque Stripe, with a room where aircraft owners ask, a
 * tools-and-parts room and an engineer who spends a week collecting fellow engineers' countersignatures for his own
 * licence-variation experience log while a returning owner and a syndicate secretary wait for him; a flying school's
 * own server, Kestrel Flight Training, with its Instructors, Staff and Students and a student's DM to the chief
 * instructor; a volunteer gliding club, Ridgeback Gliding Club, where nobody sells; an aviation headset and pilot-kit
 * shop's own server, Skyward Pilot Supplies, with its Staff and Customers; the businesses of one airfield, Fenmoor
 * Airfield Businesses, with a room where visiting pilots ask; would-be airline pilots, Cleared for Takeoff, with a
 * first officer, a ground-school tutor, an aviation video maker and a career coach's DM pitch; microlight flyers,
 * Flexwing Folk, with a used-microlight dealer among them; and kit-plane homebuilders, Rivet Line, with a build
 * inspector), over three ISO weeks (2033-W17 to W19), written and labelled by writer128 (session 60) before any coach
 * ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-128.csv}. Run {@link #main} from
 * the project root to write the export again.
 */
final class HeldOutScenes128Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2033, 4, 25);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2033, 5, 16, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-128";
    private static final int BASE = 100400;

    // --- A. aircraft maintenance engineers ---
    private final String torque = cast.guild(1561);
    private final Channel tsHangar = cast.channel(torque, "Torque Stripe", "hangar-talk",
            "licensed aircraft engineers among ourselves: jobs, tools, licences and parts", "ts-hangar-talk.json");
    private final Channel tsOwners = cast.channel(torque, "Torque Stripe", "owners-ask",
            "aircraft owners, groups and syndicates ask about maintenance and book work; engineers reply",
            "ts-owners-ask.json");
    private final Channel tsTools = cast.channel(torque, "Torque Stripe", "tools-and-parts",
            "buy, sell and lend tools and parts", "ts-tools-and-parts.json");
    private final Persona alasdair = cast.person("alasdair.brogan", "Alasdair Brogan");
    private final Persona keziah = cast.person("keziah.lund", "Keziah Lund");
    private final Persona tobiah = cast.person("tobiah.rennick", "Tobiah Rennick");
    private final Persona marisol = cast.person("marisol.quayle", "Marisol Quayle");
    private final Persona peregrine = cast.person("peregrine.astley", "Peregrine Astley");
    private final Persona hollis = cast.person("hollis.byatt", "Hollis Byatt");
    private final Persona noor = cast.person("noor.galloway", "Noor Galloway");

    // --- B. a flying school's own server ---
    private final String kestrel = cast.guild(1562);
    private final Role ksInstructor = cast.role("Instructor", "#1565c0", 3);
    private final Role ksStaff = cast.role("Staff", "#2e7d32", 2);
    private final Role ksStudent = cast.role("Student", "#f9a825", 1);
    private final Channel ksNews = cast.channel(kestrel, "Kestrel Flight Training", "school-news",
            "fleet, bookings and school notices", "ks-school-news.json");
    private final Channel ksLounge = cast.channel(kestrel, "Kestrel Flight Training", "student-lounge",
            "students and instructors: exams, lessons and flying", "ks-student-lounge.json");
    private final Channel ksTrial = cast.channel(kestrel, "Kestrel Flight Training", "trial-lessons",
            "ask about trial lessons and gift vouchers", "ks-trial-lessons.json");
    private final Persona imelda = cast.person("imelda.strand", "Imelda Strand", ksInstructor);
    private final Persona caradoc = cast.person("caradoc.pym", "Caradoc Pym", ksInstructor);
    private final Persona beatrix = cast.person("beatrix.fanshawe", "Beatrix Fanshawe", ksStaff);
    private final Persona osric = cast.person("osric.malley", "Osric Malley", ksStudent);
    private final Persona leonie = cast.person("leonie.hartigan", "Leonie Hartigan", ksStudent);
    private final Persona zubair = cast.person("zubair.qureshi", "Zubair Qureshi", ksStudent);
    private final Persona perpetua = cast.person("perpetua.wells", "Perpetua Wells");
    private final Channel ksDm = cast.dm(imelda, "ks-dm-imelda-strand.json");

    // --- C. a gliding club, nobody sells ---
    private final String ridgeback = cast.guild(1563);
    private final Channel rgClub = cast.channel(ridgeback, "Ridgeback Gliding Club", "clubhouse",
            "club chat", "rg-clubhouse.json");
    private final Channel rgList = cast.channel(ridgeback, "Ridgeback Gliding Club", "flying-list",
            "who is flying when, retrieves, rigging and help at the launch point", "rg-flying-list.json");
    private final Channel rgMet = cast.channel(ridgeback, "Ridgeback Gliding Club", "met-and-soaring",
            "forecasts, thermals, wave and ridge", "rg-met-and-soaring.json");
    private final Persona wilfred = cast.person("wilfred.ambrose", "Wilfred Ambrose");
    private final Persona saoirse = cast.person("saoirse.tolland", "Saoirse Tolland");
    private final Persona dunstan = cast.person("dunstan.oyelaran", "Dunstan Oyelaran");
    private final Persona henrietta = cast.person("henrietta.vosper", "Henrietta Vosper");
    private final Persona lysander = cast.person("lysander.cobb", "Lysander Cobb");
    private final Persona ignatius = cast.person("ignatius.pell", "Ignatius Pell");
    private final Persona rosamund = cast.person("rosamund.earl", "Rosamund Earl");

    // --- D. a headset and pilot-kit shop's own server ---
    private final String skyward = cast.guild(1564);
    private final Role spStaff = cast.role("Staff", "#6a1b9a", 2);
    private final Role spCustomer = cast.role("Customer", "#8d6e63", 1);
    private final Channel spNews = cast.channel(skyward, "Skyward Pilot Supplies", "shop-news",
            "new stock, offers and shop notices", "sp-shop-news.json");
    private final Channel spHelp = cast.channel(skyward, "Skyward Pilot Supplies", "help-desk",
            "orders, repairs and returns", "sp-help-desk.json");
    private final Channel spChat = cast.channel(skyward, "Skyward Pilot Supplies", "headset-chat",
            "headsets, kneeboards and flying kit", "sp-headset-chat.json");
    private final Persona thaddeus = cast.person("thaddeus.crane", "Thaddeus Crane", spStaff);
    private final Persona ione = cast.person("ione.baptiste", "Ione Baptiste", spStaff);
    private final Persona godfrey = cast.person("godfrey.nwosu", "Godfrey Nwosu", spCustomer);
    private final Persona mirela = cast.person("mirela.dobos", "Mirela Dobos", spCustomer);
    private final Persona rasmus = cast.person("rasmus.kettering", "Rasmus Kettering", spCustomer);
    private final Persona anouk = cast.person("anouk.verhoeven", "Anouk Verhoeven");
    private final Persona cassius = cast.person("cassius.flint", "Cassius Flint");

    // --- E. the businesses of one airfield ---
    private final String fenmoor = cast.guild(1565);
    private final Channel feTenants = cast.channel(fenmoor, "Fenmoor Airfield Businesses", "tenants-room",
            "the airfield's businesses among ourselves", "fe-tenants-room.json");
    private final Channel feVisit = cast.channel(fenmoor, "Fenmoor Airfield Businesses", "visiting-pilots-ask",
            "visiting and based pilots ask about PPR, fuel, fees and services", "fe-visiting-pilots-ask.json");
    private final Channel feEvents = cast.channel(fenmoor, "Fenmoor Airfield Businesses", "fly-ins-and-events",
            "fly-ins, open days and events at the airfield", "fe-fly-ins-and-events.json");
    private final Persona clementine = cast.person("clementine.hobb", "Clementine Hobb");
    private final Persona barnabas = cast.person("barnabas.ludd", "Barnabas Ludd");
    private final Persona ottilie = cast.person("ottilie.marchetti", "Ottilie Marchetti");
    private final Persona jericho = cast.person("jericho.sandford", "Jericho Sandford");
    private final Persona philippa = cast.person("philippa.dunmore", "Philippa Dunmore");
    private final Persona hamza = cast.person("hamza.pennington", "Hamza Pennington");
    private final Persona rosalind = cast.person("rosalind.teague", "Rosalind Teague");
    private final Persona fabian = cast.person("fabian.wexley", "Fabian Wexley");

    // --- F. would-be airline pilots ---
    private final String cleared = cast.guild(1566);
    private final Channel ctAsk = cast.channel(cleared, "Cleared for Takeoff", "ask-anything",
            "questions about becoming a pilot", "ct-ask-anything.json");
    private final Channel ctMed = cast.channel(cleared, "Cleared for Takeoff", "medicals-and-funding",
            "Class 1 medicals, loans and paying for training", "ct-medicals-and-funding.json");
    private final Channel ctStudy = cast.channel(cleared, "Cleared for Takeoff", "study-buddies",
            "ATPL theory study groups and revision", "ct-study-buddies.json");
    private final Persona yusuf = cast.person("yusuf.akintola", "Yusuf Akintola");
    private final Persona freya = cast.person("freya.lindqvist", "Freya Lindqvist");
    private final Persona ellis = cast.person("ellis.mortimer", "Ellis Mortimer");
    private final Persona tallulah = cast.person("tallulah.greaves", "Tallulah Greaves");
    private final Persona serafina = cast.person("serafina.oakes", "Serafina Oakes");
    private final Persona benedict = cast.person("benedict.harrow", "Benedict Harrow");
    private final Persona corwin = cast.person("corwin.blaise", "Corwin Blaise");
    private final Persona desmond = cast.person("desmond.achterberg", "Desmond Achterberg");
    private final Channel ctDm = cast.dm(desmond, "ct-dm-desmond-achterberg.json");

    // --- G. microlight flyers ---
    private final String flexwing = cast.guild(1567);
    private final Channel ffNatter = cast.channel(flexwing, "Flexwing Folk", "natter",
            "microlight chat", "ff-natter.json");
    private final Channel ffSale = cast.channel(flexwing, "Flexwing Folk", "for-sale",
            "microlights, wings, engines and kit for sale or wanted", "ff-for-sale.json");
    private final Channel ffTrips = cast.channel(flexwing, "Flexwing Folk", "trip-planning",
            "group flights, fly-outs and strips", "ff-trip-planning.json");
    private final Persona gwendolyn = cast.person("gwendolyn.ashdown", "Gwendolyn Ashdown");
    private final Persona roderick = cast.person("roderick.bellamy", "Roderick Bellamy");
    private final Persona ptolemy = cast.person("ptolemy.okonjo", "Ptolemy Okonjo");
    private final Persona lucinda = cast.person("lucinda.farrow", "Lucinda Farrow");
    private final Persona evander = cast.person("evander.scholes", "Evander Scholes");
    private final Persona mabel = cast.person("mabel.trevithick", "Mabel Trevithick");

    // --- H. kit-plane homebuilders ---
    private final String rivet = cast.guild(1568);
    private final Channel rlLogs = cast.channel(rivet, "Rivet Line", "build-logs",
            "share your build progress", "rl-build-logs.json");
    private final Channel rlInspector = cast.channel(rivet, "Rivet Line", "ask-an-inspector",
            "questions on inspections, paperwork and standards", "rl-ask-an-inspector.json");
    private final Channel rlParts = cast.channel(rivet, "Rivet Line", "parts-for-sale",
            "parts, kits and tools for sale or wanted", "rl-parts-for-sale.json");
    private final Persona horatio = cast.person("horatio.vance", "Horatio Vance");
    private final Persona elowen = cast.person("elowen.pritchard", "Elowen Pritchard");
    private final Persona fitzgerald = cast.person("fitzgerald.umeh", "Fitzgerald Umeh");
    private final Persona dorcas = cast.person("dorcas.whitfield", "Dorcas Whitfield");
    private final Persona lorcan = cast.person("lorcan.quigley", "Lorcan Quigley");
    private final Persona sebastian = cast.person("sebastian.rook", "Sebastian Rook");

    private HeldOutScenes128Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        engineers();
        flyingSchool();
        glidingClub();
        headsetShop();
        airfield();
        wouldBePilots();
        microlights();
        homebuilders();
    }

    /** A. Torque Stripe: Alasdair spends W18 on his licence-variation countersignatures with fellow engineers. */
    private void engineers() {
        // W17
        Post noAnnual = say(1, "09:10", tsOwners, noor, "We've just bought a share in a PA-28 and its first annual "
                + "with us is coming up. What does an annual usually involve, and how long is it off the line?");
        Post keAnnual = re(1, "09:40", keziah, noAnnual, "A full inspection against the maintenance programme, "
                + "anything the inspection finds, then the paperwork. A clean PA-28 is about a week.");
        re(1, "09:55", noor, keAnnual, "Thanks, that helps us plan.");
        Post toMags = say(1, "14:00", tsHangar, tobiah, "Anyone else finding the magneto timing kits back-ordered?");
        Post alMags = re(1, "14:20", alasdair, toMags, "Yes, six weeks at the usual supplier. I borrowed one.");
        re(1, "14:30", tobiah, alMags, "Figures. Thanks.");
        Post hoMag = say(2, "08:30", tsOwners, hollis, "Our syndicate's 152 had a 200 rpm drop on the left mag at "
                + "the run-up last night. Fly it Saturday or get it looked at?");
        Post maMag = re(2, "09:00", marisol, hoMag, "Get it looked at, that's over the limit. Plugs first, often "
                + "a fouled lower plug.");
        re(2, "09:15", hollis, maMag, "Thanks Marisol, grounded it.");
        Post keScope = say(2, "12:00", tsHangar, keziah, "Borescope recommendations? Mine finally died.");
        say(2, "12:25", tsHangar, marisol, "The articulating ones are worth the extra for cylinders, I've had mine "
                + "five years.");
        Post pePeregrine = say(3, "10:00", tsOwners, peregrine, "@Alasdair Brogan you did the Cherokee's annual last "
                + "year and it's due again in June. Can I book early this time?");
        Post alBook = re(3, "10:30", alasdair, pePeregrine, "Of course Peregrine, you're down for 6 June. I'll send "
                + "the worksheet nearer the time.");
        re(3, "10:40", peregrine, alBook, "Perfect, thank you.");
        say(3, "16:00", tsTools, tobiah, "Doing a torque wrench calibration batch next week, £25 a wrench if "
                + "anyone wants theirs in.");
        Post noPapers = say(4, "11:00", tsOwners, noor, "What paperwork should actually live in the aircraft?");
        Post kePapers = say(4, "11:20", tsOwners, keziah, "Registration, the airworthiness review certificate, "
                + "insurance, radio licence and the flight manual. Copies are fine for most.");
        re(4, "11:30", noor, kePapers, "Brilliant, we were missing the radio licence.");
        Post maAway = say(5, "09:00", tsHangar, marisol, "Heads up: I'm on a Rotax type course Mon 2 to Fri 6 May, "
                + "phone off. Back properly on Friday.");
        re(5, "09:10", alasdair, maAway, "Enjoy, bring back the notes.");
        Post no50 = say(5, "15:00", tsOwners, noor, "Is the 50-hour check mandatory for a private group?");
        Post to50 = re(5, "15:30", tobiah, no50, "Depends on your programme, but for a PA-28 under the light aircraft "
                + "programme, yes, it's there. It's a short check.");
        re(5, "15:40", noor, to50, "Got it, thank you.");
        Post alWire = say(6, "08:00", tsHangar, alasdair, "Anyone got a spare safety-wire twister to lend till "
                + "Tuesday?");
        Post keWire = re(6, "08:15", keziah, alWire, "Mine's on the bench in hangar 2, help yourself.");
        re(6, "08:20", alasdair, keWire, "Cheers Keziah.");
        // W18
        Post alVariation = say(8, "10:00", tsHangar, alasdair, "Finally sending off my licence variation. I need "
                + "countersignatures on my experience log for jobs we did together. @Keziah Lund could you sign for "
                + "the Jodel re-cover in March?");
        Post keSign = re(8, "10:30", keziah, alVariation, "Happy to, send me the page.");
        Post alPage = re(8, "11:00", alasdair, keSign, "Sent, it's tasks 14 to 22.");
        re(8, "11:30", keziah, alPage, "Signed and back to you.");
        Post peElt = say(9, "09:30", tsOwners, peregrine, "@Alasdair Brogan quick one before June: the ELT battery "
                + "expires in July. Could you get one and swap it at the annual, or should I order it myself?");
        Post noRotax = say(9, "09:45", tsOwners, noor, "@Marisol Quayle you mentioned the Rotax course. Do you work "
                + "on 912s? Our group might buy a Eurofox and we'd want it checked first.");
        Post alTiger = say(9, "10:00", tsHangar, alasdair, "@Tobiah Rennick could you sign for the Tiger Moth "
                + "tailwheel job? The CAA want an engineer who saw the work.");
        Post toTiger = re(9, "10:20", tobiah, alTiger, "Yes, remind me which week that was?");
        Post alWeek = re(9, "10:25", alasdair, toTiger, "Week of 14 February, the one with the snow.");
        re(9, "10:40", tobiah, alWeek, "Done, signed.");
        say(10, "08:30", tsOwners, hollis, "Does anyone here do weight-and-balance reweighs? Our 152 needs one "
                + "after the new seats went in.");
        Post alScans = say(10, "12:00", tsHangar, alasdair, "Does the CAA take scanned signatures for the variation "
                + "or do they want wet ink?");
        Post keScans = re(10, "12:15", keziah, alScans, "Scans were fine for mine last year.");
        re(10, "12:20", alasdair, keScans, "Great, saves a week.");
        say(11, "09:00", tsOwners, peregrine, "@Alasdair Brogan sorry to chase, I need to know about the ELT battery "
                + "by Friday to get one in time.");
        Post alMarisol = say(11, "13:00", tsHangar, alasdair, "@Marisol Quayle when you're back, could you sign for "
                + "the prop strike inspection we did in January?");
        Post alCaa = say(12, "16:00", tsHangar, alasdair, "Form's done apart from Marisol's page. How long are the "
                + "CAA taking at the moment?");
        Post toCaa = re(12, "16:20", tobiah, alCaa, "Eight weeks for mine.");
        re(12, "16:25", alasdair, toCaa, "Ouch. Thanks.");
        Post maBack = re(13, "09:00", marisol, alMarisol, "Back! Signed and sent.");
        re(13, "09:10", alasdair, maBack, "Legend, thank you. That's everything.");
        Post maRotax = re(13, "09:30", marisol, noRotax, "Sorry Noor, I've only just got back from the course. Yes, "
                + "I work on 912s and I'm happy to do a pre-purchase check on the Eurofox.");
        re(13, "09:45", noor, maRotax, "Thank you! I'll message you the details.");
        say(13, "17:00", tsHangar, alasdair, "Variation posted, fingers crossed.");
        // W19
        Post alSorry = re(15, "08:30", alasdair, peElt, "Sorry Peregrine, I was buried in my licence paperwork last "
                + "week and missed this. I'll order the ELT battery today and fit it at the annual.");
        re(15, "08:45", peregrine, alSorry, "No problem, thanks Alasdair.");
        Post hoReweigh = say(15, "09:00", tsOwners, hollis, "Still looking for someone to reweigh our 152 if anyone "
                + "can.");
        Post alReweigh = re(15, "09:20", alasdair, hoReweigh, "Sorry nobody picked this up last week, Hollis. I do "
                + "reweighs, £180 and the scales are mine. Is the 20th any good?");
        re(15, "09:40", hollis, alReweigh, "The 20th is perfect.");
        Post noBought = say(16, "18:00", tsOwners, noor, "We bought the Eurofox! Marisol's check found corrosion on "
                + "the first one we looked at, so we walked away from that one.");
        re(16, "18:30", marisol, noBought, "So glad it worked out.");
        Post keMuseum = say(17, "12:00", tsHangar, keziah, "Anyone going to the engineers' evening at the museum on "
                + "Thursday?");
        re(17, "12:30", tobiah, keMuseum, "Yes, I'll save you a seat.");
        re(17, "12:40", alasdair, keMuseum, "I'll be there.");
        say(18, "10:00", tsTools, tobiah, "Calibration batch is back, all in spec. Collect from hangar 4.");
        Post hoDone = say(20, "17:00", tsOwners, hollis, "Reweigh done, thanks @Alasdair Brogan.");
        re(20, "17:10", alasdair, hoDone, "Pleasure, Hollis.");
        say(21, "10:00", tsHangar, alasdair, "CAA have acknowledged the variation. Thanks all for signing.");
    }

    /** B. Kestrel Flight Training: Imelda is away days 8-11 (said so on day 5) and answers Leonie's DM on her return. */
    private void flyingSchool() {
        // W17
        say(1, "08:30", ksNews, beatrix, "Fleet update: G-KSTA is back from its 50-hour and bookable from today.");
        Post osAirLaw = say(1, "19:00", ksLounge, osric, "Anyone sat the air law exam recently? Any tips?");
        Post zuAirLaw = re(1, "19:20", zubair, osAirLaw, "Do the question bank twice and actually read the rules of "
                + "the air, they love right-of-way questions.");
        re(1, "19:30", osric, zuAirLaw, "Thanks Zubair, will do.");
        say(2, "08:30", ksNews, beatrix, "Reminder: the briefing room is shut on Thursday for painting, brief in the "
                + "crew room.");
        Post leSolo = say(2, "17:00", ksLounge, leonie, "First solo nav done! Got a bit lost over the reservoir but "
                + "found the town again.");
        Post caSolo = re(2, "17:20", caradoc, leSolo, "Well done Leonie, that reservoir catches everyone.");
        re(2, "17:30", leonie, caSolo, "Ha, good to know it's not just me.");
        joins(3, "10:00", ksTrial, perpetua);
        Post peTrial = say(3, "10:05", ksTrial, perpetua, "Hi, I'd like to book a trial lesson for my dad's 60th. "
                + "How does it work and what does it cost?");
        Post beTrial = re(3, "10:30", beatrix, peTrial, "Lovely idea! It's 45 minutes, he flies it himself with an "
                + "instructor, £189. Vouchers are here: https://kestrelflight.example/vouchers");
        re(3, "10:40", perpetua, beTrial, "Perfect, booked. Thank you!");
        Post osBlock = say(4, "12:00", ksLounge, osric, "@Caradoc Pym is there a code for block-booking ten hours? "
                + "Someone in the crew room mentioned one.");
        Post caBlock = re(4, "12:30", caradoc, osBlock, "There is: BLOCK10 on the booking page, "
                + "https://kestrelflight.example/book");
        re(4, "12:40", osric, caBlock, "Cheers, saved me a fair bit.");
        say(5, "09:00", ksNews, imelda, "Heads up: I'm at the examiners' standardisation course Mon 2 to Thu 5 May "
                + "with no phone. Caradoc is duty instructor.");
        Post zuCross = say(5, "16:00", ksLounge, zubair, "What's the crosswind limit for students solo in the PA-28?");
        Post imCross = re(5, "16:20", imelda, zuCross, "15 knots solo for you until we've done more crosswind "
                + "circuits together.");
        re(5, "16:30", zubair, imCross, "Understood, thanks.");
        say(6, "08:00", ksNews, beatrix, "Saturday is full; two slots left on Sunday morning.");
        Post leBrother = say(7, "18:00", ksLounge, leonie, "My brother wants to learn too, I've told him this is the "
                + "place.");
        re(7, "18:20", caradoc, leBrother, "Thanks Leonie, send him our way.");
        // W18
        Post leDate = say(9, "09:00", ksDm, leonie, "Hi Imelda, sorry to message while you're on the course. Could we "
                + "fix my skills test date? The examiner has 20 or 27 May.");
        say(9, "10:00", ksNews, beatrix, "Bank holiday flying went well, 14 sorties and no snags.");
        Post peDad = say(9, "19:00", ksTrial, perpetua, "Dad loved it and now wants to start his PPL at 60! Is that "
                + "too old?");
        Post caDad = re(9, "19:30", caradoc, peDad, "Not at all, we've had students start in their seventies. Bring "
                + "him in for a chat.");
        re(9, "19:40", perpetua, caDad, "He'll be thrilled, thank you.");
        Post zuPass = say(10, "15:00", ksLounge, zubair, "Passed air law! 92%.");
        re(10, "15:10", osric, zuPass, "Nice one, my turn next week.");
        re(10, "15:30", caradoc, zuPass, "Great result.");
        Post osTaf = say(11, "20:00", ksLounge, osric, "Met question: how long is a TAF valid for at a small "
                + "airfield?");
        Post caTaf = re(11, "20:30", caradoc, osTaf, "Usually 9 hours for the smaller ones, 24 or 30 for the big "
                + "airports.");
        re(11, "20:40", osric, caTaf, "That matches the book, thanks.");
        Post imSorry = re(12, "08:00", imelda, leDate, "So sorry Leonie, just back from the course. Let's go for 20 "
                + "May, I'll confirm with the examiner today.");
        re(12, "08:10", leonie, imSorry, "Brilliant, thank you!");
        say(12, "09:00", ksNews, beatrix, "New hire headsets in the crew room, sign them out at the desk.");
        Post imWeekend = say(13, "18:00", ksLounge, imelda, "Good to be back. Winds look kind on Saturday if anyone "
                + "wants to squeeze in crosswind circuits.");
        re(13, "18:20", zubair, imWeekend, "Yes please, I'll book the 10am.");
        // W19
        say(15, "08:30", ksNews, beatrix, "The apron is being swept Tuesday morning, park on the grass.");
        Post leMock = say(15, "19:00", ksLounge, leonie, "Mock test with Caradoc tomorrow, nervous.");
        Post caMock = re(15, "19:20", caradoc, leMock, "You'll be fine. We'll start with the practice forced landing "
                + "so it's out of the way.");
        re(15, "19:25", leonie, caMock, "Good plan.");
        Post zuNav = say(16, "12:00", ksLounge, zubair, "Anyone want to share the coastal nav exercise on Saturday? "
                + "Split the landing fee.");
        re(16, "12:10", osric, zuNav, "Me! I need it too.");
        Post leConfirm = say(17, "09:00", ksDm, leonie, "Examiner confirmed 20 May. Thanks for sorting it.");
        re(17, "09:30", imelda, leConfirm, "Great. Sleep well the night before and eat breakfast.");
        Post peLesson = say(19, "11:00", ksTrial, perpetua, "Dad's first proper lesson is booked for June!");
        re(19, "11:30", beatrix, peLesson, "Wonderful, we'll have the coffee on.");
        Post imSoloZ = say(20, "17:00", ksLounge, imelda, "Congratulations to Zubair on his first crosswind solo "
                + "today!");
        re(20, "17:10", zubair, imSoloZ, "Thanks Imelda, couldn't have done it without the circuits.");
        re(20, "17:20", leonie, imSoloZ, "Well done!");
    }

    /** C. Ridgeback Gliding Club (nobody sells): Dunstan only takes in W17; Lysander thanks, then gives. */
    private void glidingClub() {
        // W17
        joins(1, "18:00", rgClub, lysander);
        Post lyFirst = say(1, "18:05", rgClub, lysander, "Hi all, just joined after my trial flight. What should I "
                + "bring on my first flying day?");
        Post wiFirst = re(1, "18:30", wilfred, lyFirst, "Hat, water, sandwiches, and expect to push gliders more "
                + "than fly them!");
        re(1, "18:40", lysander, wiFirst, "Ha, noted. Thanks Wilfred.");
        Post duRetrieve = say(2, "20:00", rgList, dunstan, "Need a retrieve crew if I land out Saturday, going for "
                + "my 50k.");
        re(2, "20:15", saoirse, duRetrieve, "Can't, I'm tugging all day.");
        re(2, "20:30", ignatius, duRetrieve, "I'll do it if you buy the diesel.");
        Post lyLog = say(3, "19:00", rgClub, lysander, "Does the trial flight count in my logbook for training?");
        Post wiLog = re(3, "19:20", wilfred, lyLog, "Yes, bring the certificate and we'll log it.");
        re(3, "19:25", lysander, wiLog, "Thanks again.");
        Post heMet = say(3, "20:00", rgMet, henrietta, "Saturday looks like 4 knot thermals and a 5000 ft base.");
        re(3, "20:10", saoirse, heMet, "The tow queue will be long then.");
        Post duChute = say(4, "21:00", rgList, dunstan, "Who's got a spare parachute my size? Mine is at repack.");
        re(4, "21:20", ignatius, duChute, "There's a club one in the bus, medium.");
        Post lyK21 = say(5, "18:00", rgClub, lysander, "What's the difference between the K21 and the Junior?");
        Post heK21 = re(5, "18:20", henrietta, lyK21, "The K21 is the two-seater you'll train in; the Junior is the "
                + "single-seater you'll go solo in later.");
        re(5, "18:30", lysander, heK21, "Makes sense, thanks Henrietta.");
        Post duRig = say(6, "07:30", rgList, dunstan, "Need help rigging the Discus at 9.");
        re(6, "07:45", wilfred, duRig, "I'll be there.");
        re(6, "07:50", saoirse, duRig, "Me too at half past.");
        Post saDay = say(7, "19:00", rgClub, saoirse, "Great day, 42 launches.");
        re(7, "19:10", ignatius, saDay, "The winch behaved for once.");
        Post du50 = say(7, "19:30", rgList, dunstan, "Made it round the 50k.");
        re(7, "19:40", wilfred, du50, "Well flown.");
        // W18
        Post wiRota = say(8, "08:00", rgClub, wilfred, "Bank holiday: who's on the duty rota today?");
        re(8, "08:10", saoirse, wiRota, "Me and Ignatius.");
        Post lyOffer = say(10, "19:00", rgList, lysander, "I can do the tea bar on Saturday and help at the launch "
                + "point after.");
        re(10, "19:10", wilfred, lyOffer, "Brilliant, thank you Lysander.");
        say(10, "20:00", rgMet, henrietta, "Any wave forecast for Wednesday?");
        say(10, "20:15", rgMet, saoirse, "Looks good over the ridge from 11, westerly 20 knots at 3000 ft.");
        Post duSunday = say(11, "18:00", rgList, dunstan, "Retrieve crew needed Sunday again.");
        Post igBusy = re(11, "18:20", ignatius, duSunday, "Busy Sunday, sorry.");
        Post lyRetrieve = re(11, "18:30", lysander, igBusy, "I'll come, I'd like to learn how a retrieve works.");
        re(11, "18:40", dunstan, lyRetrieve, "Cheers, I'll show you the trailer.");
        Post igCheck = say(12, "20:00", rgClub, ignatius, "@Wilfred Ambrose can I do my winch driver check this "
                + "weekend?");
        Post wiCheck = re(13, "22:00", wilfred, igCheck, "Sorry Ignatius, only just seen this after a long day at "
                + "work. Yes, Saturday morning, first thing.");
        re(13, "22:10", ignatius, wiCheck, "Great, thanks Wilfred.");
        say(13, "21:00", rgMet, saoirse, "Saturday: northerly 15 knots, the ridge should work all day.");
        Post lyAero = say(14, "19:00", rgClub, lysander, "Did my first aerotow today, hands were shaking!");
        re(14, "19:10", saoirse, lyAero, "You were steady on the rope, well done.");
        // W19
        joins(15, "09:00", rgClub, rosamund);
        Post heSilver = say(15, "10:00", rgClub, henrietta, "I did it! My Silver C distance, 54 km to Kingsmoor. I "
                + "climbed to 4800 ft at my first turn, I nearly landed out twice, my vario died and I flew my last "
                + "leg on my gut.");
        Post wiSilver = re(15, "10:20", wilfred, heSilver, "Huge congratulations Henrietta!");
        re(15, "10:30", henrietta, wiSilver, "Thank you! I honestly think my final glide was the best I've ever "
                + "flown, I calculated it all myself.");
        Post roWear = say(15, "11:00", rgClub, rosamund, "Hi, I'm new. What do people wear on the airfield?");
        Post lyWear = re(15, "11:20", lysander, roWear, "Layers and a hat, the launch point is windy even in May. "
                + "And bring lunch, the day is long.");
        re(15, "11:30", rosamund, lyWear, "Thank you, see you Saturday.");
        say(16, "19:00", rgClub, henrietta, "I've written up my flight: my climbs, my mistakes, my thermalling. I "
                + "think I'll frame my certificate.");
        Post saWork = say(16, "20:00", rgClub, saoirse, "Anyone coming to the work party on Wednesday?");
        re(16, "20:10", lysander, saWork, "I'll be there, I'll bring my pressure washer for the trailers.");
        say(17, "18:00", rgClub, henrietta, "Next I'm going for my 5 hours. I've planned my whole summer around it "
                + "and I'm taking my week off in June.");
        Post lyStreet = say(17, "19:00", rgMet, lysander, "Is a cloud street what I saw on Sunday, long lines of "
                + "cumulus?");
        re(17, "19:20", henrietta, lyStreet, "Yes, I used one on my Silver C leg, my best climbs were all under it.");
        Post duRoute = say(18, "19:00", rgClub, dunstan, "Henrietta, which way did you go round?");
        re(18, "19:20", henrietta, duRoute, "I went via the motorway services, my plan was to stay high over the "
                + "ridge, and my second turn was the hardest I've ever done.");
        say(20, "18:00", rgList, henrietta, "I'm flying Saturday in my own glider, I need the first tow for my "
                + "duration attempt.");
        Post igSeason = say(21, "19:00", rgClub, ignatius, "Good start to the season, everyone.");
        re(21, "19:10", rosamund, igSeason, "Loved my first day, thanks all.");
    }

    /** D. Skyward Pilot Supplies: in W18 Thaddeus courts the joiners Godfrey sent while Godfrey's repair waits. */
    private void headsetShop() {
        // W17
        say(1, "09:00", spNews, thaddeus, "Spring sale on kneeboards from today: https://skywardpilot.example/kneeboards");
        Post miHiss = say(1, "12:00", spHelp, mirela, "My ANR headset hisses in the left ear since I changed the "
                + "batteries.");
        Post ioHiss = say(1, "12:30", spHelp, ione, "Mirela, clean the battery contacts, then keep the power switch held "
                + "down for a count of ten to reset it.");
        re(1, "13:00", mirela, ioHiss, "That fixed it, thank you!");
        Post raInEar = say(2, "18:00", spChat, rasmus, "Has anyone flown with the lightweight in-ear headsets? Worth "
                + "it in a noisy Cessna?");
        Post goInEar = re(2, "18:30", godfrey, raInEar, "I've used one for a year, quieter than my old passive, but "
                + "the fit of the tips matters.");
        re(2, "18:40", rasmus, goInEar, "Good to hear from someone who's used one. Thanks.");
        Post goBoom = say(3, "10:00", spHelp, godfrey, "@Thaddeus Crane the mic boom on my Clarity headset has "
                + "cracked, four years old. Can I send it in for repair?");
        Post thBoom = re(3, "10:20", thaddeus, goBoom, "Yes, send it in, we'll quote within two days of it arriving.");
        re(3, "10:30", godfrey, thBoom, "Posted today.");
        Post miAtis = say(4, "19:00", spChat, mirela, "Bluetooth from the phone for ATIS through the headset: any "
                + "tricks to stop it cutting out?");
        Post thAtis = re(4, "19:20", thaddeus, miAtis, "Turn off the phone's own noise cancelling and keep it in a "
                + "chest pocket, not the door pocket.");
        re(4, "19:30", mirela, thAtis, "The door pocket, that's exactly where it lives. Thanks.");
        say(5, "09:00", spNews, thaddeus, "Pilot logbooks are back in stock.");
        Post raHeli = say(6, "11:00", spHelp, rasmus, "Does the in-ear come with a helicopter lead?");
        Post ioHeli = re(6, "11:20", ione, raHeli, "It comes with the U174 adapter in the box.");
        re(6, "11:30", rasmus, ioHeli, "Great, ordering.");
        Post goClub = say(7, "17:00", spChat, godfrey, "I've told a couple of people at my club about you, they "
                + "might join this week.");
        re(7, "17:20", thaddeus, goClub, "Thanks Godfrey, that's kind of you.");
        // W18
        joins(8, "10:00", spChat, anouk);
        Post anBeginner = say(8, "10:05", spChat, anouk, "Hi! Godfrey sent me. I'm starting my PPL, which headset "
                + "for a beginner on a budget?");
        Post thBeginner = re(8, "10:20", thaddeus, anBeginner, "Welcome Anouk! The Starter passive is £179, or the "
                + "ANR Lite at £399 if you want it quiet. Happy to talk you through them.");
        Post an152 = re(8, "10:40", anouk, thBeginner, "Which is better in a 152?");
        re(8, "11:00", thaddeus, an152, "The 152 is loud; if you can stretch to it, the ANR Lite. Your ears will "
                + "thank you on long lessons.");
        joins(9, "09:00", spChat, cassius);
        Post caLefty = say(9, "09:05", spChat, cassius, "Hi, also from Godfrey's club. Do you do kneeboards for "
                + "left-handers?");
        Post thLefty = re(9, "09:20", thaddeus, caLefty, "We do! The trifold comes in a left-hand version, £42.");
        re(9, "09:30", cassius, thLefty, "Great, ordering now.");
        say(9, "14:00", spHelp, godfrey, "@Thaddeus Crane any news on the repair quote? It's been a week.");
        Post thHold = say(10, "10:00", spChat, thaddeus, "@Anouk Verhoeven did you decide? I can hold the ANR Lite "
                + "at the sale price till Friday.");
        re(10, "10:30", anouk, thHold, "Still thinking, I'll say by Friday.");
        say(10, "12:00", spNews, thaddeus, "Welcome to everyone joining from Westbury Flying Club! 10% off first "
                + "orders with WESTBURY10.");
        Post goChase = say(11, "09:00", spHelp, godfrey, "@Thaddeus Crane still nothing on the headset, and I have "
                + "a flight test on the 20th. I need it back.");
        Post thShipped = say(11, "11:00", spChat, thaddeus, "@Cassius Flint the left-hand kneeboard shipped today. "
                + "Anything else you need for your training?");
        re(11, "11:30", cassius, thShipped, "All good for now, thanks.");
        re(12, "10:00", ione, goChase, "Sorry Godfrey, I'll chase this with Thaddeus today.");
        Post anOrder = say(12, "15:00", spChat, anouk, "Ordered the ANR Lite!");
        re(12, "15:10", thaddeus, anOrder, "Great choice, it ships tomorrow.");
        Post miBag = say(13, "18:00", spChat, mirela, "Which bag fits two headsets and a kneeboard?");
        Post raBag = re(13, "18:20", rasmus, miBag, "The flight bag with the side pockets, I get two in mine.");
        re(13, "18:30", mirela, raBag, "Thanks, that's the one then.");
        // W19
        Post thSorry = re(15, "09:00", thaddeus, goChase, "Godfrey, I'm sorry. Your repair sat in the queue while I "
                + "was busy with new orders, that's on me. It's fixed free of charge and posted today with tracking.");
        re(15, "09:20", godfrey, thSorry, "Thanks, just in time for the test.");
        Post anArrived = say(16, "17:00", spChat, anouk, "Headset arrived, it's so quiet!");
        re(16, "17:20", mirela, anArrived, "Welcome to the quiet life.");
        Post raTips = say(17, "10:00", spHelp, rasmus, "Do the in-ear tips come in other sizes?");
        Post ioTips = re(17, "10:15", ione, raTips, "Yes, small, medium and large. I'll post you a set.");
        re(17, "10:30", rasmus, ioTips, "Brilliant, thank you.");
        Post goPassed = say(20, "18:00", spChat, godfrey, "Passed my flight test in the repaired headset.");
        re(20, "18:10", thaddeus, goPassed, "Congratulations Godfrey!");
        re(20, "18:20", cassius, goPassed, "Well done!");
        say(19, "09:00", spNews, thaddeus, "New: headset bags in three colours.");
        say(21, "11:00", spChat, mirela, "Has anyone tried the new ANR firmware?");
        say(21, "11:30", spChat, rasmus, "Yes, it fixed the hiss on mine too.");
    }

    /** E. Fenmoor Airfield Businesses: Jericho scatters his hangar link in W17; Philippa pushes resprays in W18. */
    private void airfield() {
        // W17
        Post haPpr = say(1, "09:00", feVisit, hamza, "Flying in Saturday from the south. Is PPR by phone or email?");
        Post baPpr = re(1, "09:20", barnabas, haPpr, "Email is best, ops@fenmoor.example, we reply the same day.");
        re(1, "09:30", hamza, baPpr, "Thanks, sent.");
        Post clHours = say(1, "15:00", feTenants, clementine, "Café opening hours from May: 8 till 5 at weekends.");
        re(1, "15:20", ottilie, clHours, "Bacon rolls from 8, perfect.");
        say(2, "10:00", feTenants, jericho, "Hangar spaces free for singles and twins from June: "
                + "https://sandfordhangars.example/spaces");
        say(2, "10:03", feVisit, jericho, "Hangar spaces free for singles and twins from June: "
                + "https://sandfordhangars.example/spaces");
        say(2, "10:05", feEvents, jericho, "Hangar spaces free for singles and twins from June: "
                + "https://sandfordhangars.example/spaces");
        Post roFuel = say(3, "08:00", feVisit, rosalind, "Is there avgas on Sundays?");
        Post baFuel = re(3, "08:20", barnabas, roFuel, "Yes, 9 till 4 with someone there, the card pump after.");
        re(3, "08:30", rosalind, baFuel, "Great, thanks.");
        Post otBowser = say(3, "12:00", feTenants, ottilie, "Who's parked the fuel bowser across my workshop door?");
        re(3, "12:10", barnabas, otBowser, "Mine, sorry, moving it now.");
        say(4, "11:00", feVisit, jericho, "Reminder, hangar spaces from June: https://sandfordhangars.example/spaces");
        Post clFlyIn = say(5, "10:00", feEvents, clementine, "Fly-in breakfast on Sunday 15 May, free coffee for "
                + "every arriving pilot.");
        re(5, "10:20", barnabas, clFlyIn, "I'll put it on the website and the PPR page.");
        Post faXpdr = say(5, "16:00", feVisit, fabian, "My transponder failed a check at another field. Does anyone "
                + "here test them?");
        Post otXpdr = re(5, "16:30", ottilie, faXpdr, "I do, bring it to the avionics workshop on Tuesday.");
        re(5, "16:40", fabian, otXpdr, "Will do, thanks.");
        Post phWater = say(6, "09:00", feTenants, philippa, "Water's off in the paint shop block again.");
        re(6, "09:30", barnabas, phWater, "Plumber is booked for Tuesday, sorry.");
        Post haThanks = say(7, "17:00", feVisit, hamza, "Thanks for Saturday, lovely field and a great café.");
        re(7, "17:20", clementine, haThanks, "Come back soon!");
        // W18
        say(8, "08:00", feTenants, barnabas, "Runway 24 threshold repainting on Wednesday, 06 only that day.");
        say(9, "10:00", feVisit, philippa, "15% off full resprays this month at Dunmore Aircraft Paint, two slots "
                + "left!");
        Post roMicro = say(9, "12:00", feVisit, rosalind, "What's the landing fee for a microlight?");
        Post baMicro = say(9, "12:15", feVisit, barnabas, "£8 for microlights, honesty box by the tower.");
        re(9, "12:20", rosalind, baMicro, "Cheap! Thanks.");
        Post jeSkip = say(10, "14:00", feTenants, jericho, "Anyone want to share a skip for a hangar clear-out?");
        re(10, "14:20", clementine, jeSkip, "Yes, I've got old chairs to go.");
        re(10, "14:30", ottilie, jeSkip, "Count me in for a corner of it.");
        say(11, "10:00", feTenants, philippa, "Still two respray slots at 15% off, tell your customers!");
        Post faFixed = say(11, "16:00", feVisit, fabian, "Transponder's fixed, thanks @Ottilie Marchetti.");
        re(11, "16:10", ottilie, faFixed, "Any time.");
        say(12, "09:00", feEvents, philippa, "Bring your aircraft to the fly-in and get 15% off a respray quote on "
                + "the day!");
        Post haBank = say(12, "18:00", feVisit, hamza, "Was the café open on the bank holiday? Thinking of next "
                + "time.");
        re(12, "18:20", clementine, haBank, "Usually yes, 9 till 3 on bank holidays.");
        Post otRadios = say(13, "11:00", feTenants, ottilie, "I've got 8.33 radios in stock if any of your "
                + "customers ask you.");
        re(13, "11:20", jericho, otRadios, "Good to know, two of my tenants still need one.");
        // W19
        Post clBooked = say(15, "10:00", feEvents, clementine, "Fly-in breakfast this Sunday! 40 booked so far.");
        re(15, "10:20", barnabas, clBooked, "PPR list is at 38, so that tallies.");
        Post roPark = say(16, "09:00", feVisit, rosalind, "Coming to the fly-in. Where do visitors park?");
        Post baPark = re(16, "09:20", barnabas, roPark, "Grass area south of the tower, marshals will wave you in.");
        re(16, "09:30", rosalind, baPark, "Perfect.");
        Post faChips = say(17, "14:00", feVisit, fabian, "Does anyone touch up stone chips on a leading edge?");
        Post phChips = re(17, "14:30", philippa, faChips, "I do, bring it by hangar 3. Touch-ups are usually under "
                + "£100.");
        re(17, "14:40", fabian, phChips, "Thanks, I'll pop in Friday.");
        Post jeSkipDone = say(18, "10:00", feTenants, jericho, "Skip was a good shout, thanks all.");
        re(18, "10:10", clementine, jeSkipDone, "Café's never looked so tidy.");
        Post clThanks = say(21, "15:00", feEvents, clementine, "Thank you everyone, 52 aircraft at the breakfast!");
        re(21, "15:20", hamza, clThanks, "Best bacon roll in the county.");
        re(21, "15:30", jericho, clThanks, "Great day, well done Clementine.");
        re(21, "15:40", philippa, clThanks, "Brilliant turnout.");
    }

    /** F. Cleared for Takeoff: Corwin asks for subscribers in W17, then talks; Desmond DMs Freya a pitch on day 11. */
    private void wouldBePilots() {
        // W17
        Post frLate = say(1, "20:00", ctAsk, freya, "I'm 38, I work in accounts and I want to fly for an airline. "
                + "Is it too late?");
        Post seLate = re(1, "20:30", serafina, frLate, "Not at all, I started at 34. Get the Class 1 medical before "
                + "you spend anything else.");
        re(1, "20:40", freya, seLate, "Thank you, that's really reassuring.");
        say(1, "21:00", ctAsk, corwin, "New video: 10 things nobody tells you about airline interviews! Like and "
                + "subscribe please: https://video.example/corwinflies/10-things");
        Post elGlasses = say(2, "17:00", ctMed, ellis, "Do glasses stop you getting a Class 1?");
        Post seGlasses = re(2, "17:30", serafina, elGlasses, "No, within limits. The medical examiner checks your "
                + "prescription.");
        re(2, "17:40", ellis, seGlasses, "Phew, thanks.");
        say(2, "21:00", ctStudy, corwin, "Please subscribe, nearly at 10k! https://video.example/corwinflies");
        Post taGroup = say(3, "19:00", ctStudy, tallulah, "Anyone else starting ATPL theory in June? Study group?");
        Post yuGroup = re(3, "19:20", yusuf, taGroup, "Me! Modular, evenings.");
        re(3, "19:30", tallulah, yuGroup, "Great, let's set up a weekly call.");
        say(4, "20:00", ctMed, corwin, "New video on the Class 1 medical, drop a like and share it: "
                + "https://video.example/corwinflies/class-1");
        Post yuRoute = say(4, "20:30", ctAsk, yusuf, "Integrated or modular: is the airline preference still real?");
        Post beRoute = re(4, "21:00", benedict, yuRoute, "Less than it was. Most airlines take both; modular is "
                + "cheaper if you're disciplined.");
        re(4, "21:10", serafina, yuRoute, "Half my intake at the airline were modular.");
        re(4, "21:20", yusuf, beRoute, "That's a relief, thanks.");
        Post frEcg = say(5, "12:00", ctMed, freya, "Class 1 booked for the 12th! Nervous about the ECG.");
        re(5, "12:30", serafina, frEcg, "It's routine. Skip the coffee that morning.");
        say(6, "20:00", ctAsk, corwin, "Go subscribe if you want more ATPL tips: https://video.example/corwinflies");
        Post beTip = say(6, "21:00", ctStudy, benedict, "Tip for anyone starting: do Meteorology and Principles of "
                + "Flight together, they overlap a lot.");
        re(6, "21:20", tallulah, beTip, "Useful, thanks.");
        Post elALevels = say(7, "16:00", ctAsk, ellis, "What A-levels should I take? I'm doing maths and physics.");
        re(7, "16:30", benedict, elALevels, "Those are great, but schools don't require them.");
        // W18
        Post coALevels = re(8, "10:00", corwin, elALevels, "Maths helps with the mass-and-balance questions, but "
                + "it's not a requirement. I did history!");
        re(8, "10:10", ellis, coALevels, "Good to know, thanks Corwin.");
        Post taCall = say(9, "19:00", ctStudy, tallulah, "Weekly call Thursday 7pm, I'll send the link to anyone "
                + "who wants it.");
        re(9, "19:10", yusuf, taCall, "In.");
        re(9, "19:20", corwin, taCall, "Can I join? I'm starting Air Law too.");
        joins(10, "11:00", ctAsk, desmond);
        say(10, "11:05", ctAsk, desmond, "Hello all, Desmond here. I coach people into flight training.");
        Post dePitch = say(11, "09:00", ctDm, desmond, "Hi Freya, saw your post about changing career at 38. I'm a "
                + "pilot career coach: my six-session package is £450 and makes sure you pick the right school. "
                + "Book here: https://achterbergcoaching.example/book");
        re(11, "12:00", freya, dePitch, "Thanks, but I'm getting my medical first and people here are helping me.");
        Post taPpl = say(11, "19:00", ctAsk, tallulah, "Is it worth doing a PPL before the ATPL theory?");
        re(11, "19:20", corwin, taPpl, "Some say it keeps you motivated. It did for me.");
        Post sePpl = re(11, "19:40", serafina, taPpl, "It helps, but count the cost: it's money you can't put "
                + "toward the rest.");
        re(11, "19:50", tallulah, sePpl, "Good point, thanks.");
        Post frPassed = say(12, "16:00", ctMed, freya, "Medical passed!");
        re(12, "16:10", serafina, frPassed, "Brilliant!");
        re(12, "16:20", corwin, frPassed, "Congrats Freya!");
        re(12, "16:40", benedict, frPassed, "Well done.");
        Post yuLoan = say(13, "20:00", ctMed, yusuf, "Are there any career loans that aren't awful?");
        Post seLoan = say(13, "20:30", ctMed, serafina, "Look at the airline cadet schemes with bonds before any "
                + "private loan.");
        re(13, "20:40", yusuf, seLoan, "Will do, thanks.");
        say(14, "21:00", ctStudy, yusuf, "Air Law week one done.");
        // W19
        Post elOpen = say(15, "17:00", ctAsk, ellis, "Any airline open days coming up?");
        re(15, "17:30", serafina, elOpen, "Ours is on 4 June, I'll post the details when they're out.");
        Post frCourse = say(16, "19:00", ctAsk, freya, "@Benedict Harrow which ATPL theory course do you run and "
                + "what does it cost? Could you send me the link?");
        Post beCourse = re(16, "19:30", benedict, frCourse, "Thanks for asking! All 13 subjects, evenings online, "
                + "£2,950: https://harrowgroundschool.example/atpl");
        re(16, "19:40", freya, beCourse, "Thank you, reading it now.");
        Post coVideo = say(17, "18:00", ctStudy, corwin, "I made a video answering Ellis's A-level question with "
                + "three airline pilots, if it helps anyone: https://video.example/corwinflies/a-levels");
        re(17, "18:30", ellis, coVideo, "Watched it, really helpful.");
        Post taMass = say(18, "20:00", ctStudy, tallulah, "Mass and balance is killing me.");
        Post yuMass = re(18, "20:20", yusuf, taMass, "Draw the moment arm every single time, it clicks eventually.");
        re(18, "20:30", tallulah, yuMass, "Doing that, thanks.");
        Post elBooked = say(20, "17:00", ctMed, ellis, "Booked my Class 1 for the summer holidays!");
        re(20, "17:20", freya, elBooked, "Good luck, mine was easier than I feared.");
    }

    /** G. Flexwing Folk: Ptolemy talks only of his new wing in W18; Roderick leaves Lucinda's question in W19. */
    private void microlights() {
        // W17
        Post luPermit = say(1, "10:00", ffNatter, lucinda, "Permit revalidation due in June on my Quik. What lead "
                + "time are inspectors giving now?");
        Post gwPermit = say(1, "10:20", ffNatter, gwendolyn, "About three weeks round here, book early.");
        re(1, "10:30", lucinda, gwPermit, "Thanks, booking today.");
        say(1, "12:00", ffSale, roderick, "For sale: 2009 Pegasus Quik, 480 hours, new wing cover, £24k. "
                + "https://bellamymicrolights.example/quik");
        Post evCoast = say(2, "18:00", ffTrips, evander, "Anyone up for a coastal run on Sunday if the wind's under "
                + "12 knots?");
        re(2, "18:10", mabel, evCoast, "Count me in.");
        re(2, "18:20", ptolemy, evCoast, "Me too.");
        Post evHours = say(3, "09:00", ffSale, evander, "@Roderick Bellamy is the Quik's engine life on hours or "
                + "calendar?");
        Post roHours = re(3, "09:30", roderick, evHours, "Hours, 480 since new, logbooks complete.");
        re(3, "09:40", evander, roHours, "Thanks, I'll come and look.");
        Post ptHolme = say(4, "17:00", ffNatter, ptolemy, "Anyone used the grass strip at Holme?");
        Post maHolme = re(4, "17:20", mabel, ptHolme, "Bumpy in the middle, land left of centre.");
        re(4, "17:30", ptolemy, maHolme, "Good tip, thanks.");
        Post maBird = say(5, "19:00", ffNatter, mabel, "Hit a small bird with the wing today. Anything to worry "
                + "about?");
        re(5, "19:20", gwendolyn, maBird, "Check the sail for tears and the leading edge tube for dents before "
                + "the next flight.");
        say(6, "20:00", ffTrips, evander, "Sunday is on! Meet at 10, fuel at Holme.");
        Post maRun = say(7, "18:00", ffTrips, mabel, "Lovely run today, thanks Evander for leading.");
        re(7, "18:10", evander, maRun, "Great company, same again soon.");
        // W18
        Post maSeason = say(8, "10:00", ffNatter, mabel, "How's everyone's season starting?");
        Post ptWing = re(8, "10:20", ptolemy, maSeason, "I finally bought my new wing! My dream setup, I've spent "
                + "two years saving for it.");
        Post gwWhich = re(9, "09:00", gwendolyn, ptWing, "Nice, which wing?");
        re(9, "09:20", ptolemy, gwWhich, "My Bionix 15. I chose it because I wanted my cruise faster, and I climbed "
                + "at 900 fpm on my first flight, my old wing did 600. I'm so pleased with my choice.");
        Post luEshott = say(10, "12:00", ffTrips, lucinda, "Does Eshott take microlights?");
        Post evEshott = re(10, "12:20", evander, luEshott, "Yes, PPR by phone.");
        re(10, "12:30", lucinda, evEshott, "Thanks.");
        Post ptEshott = re(10, "13:00", ptolemy, luEshott, "I'm going there on my big Scotland trip in June, my "
                + "route and my fuel stops are all planned, I've booked my camping spots.");
        Post maPermit = say(11, "11:00", ffNatter, mabel, "Anyone got their permit done yet?");
        re(11, "11:20", ptolemy, maPermit, "Mine's done already, my inspector was quick because I planned mine in "
                + "February. I always do mine early.");
        say(11, "20:00", ffNatter, ptolemy, "I made a video of my first flight on my new wing, I'm really proud of "
                + "my footage.");
        say(12, "09:00", ffSale, roderick, "For sale: Thruster T600, £11k, ready to fly.");
        Post ptBest = say(13, "19:00", ffNatter, ptolemy, "I flew again today, my best flight of the year. I got up to "
                + "5000 ft on my new wing.");
        Post evBest = re(13, "19:20", evander, ptBest, "Good stuff.");
        re(13, "19:30", ptolemy, evBest, "My hands were frozen but I didn't care, my wing was perfect.");
        // W19
        say(15, "09:00", ffSale, roderick, "Sold the Quik to Evander! Next up: AX2000, £14k. "
                + "https://bellamymicrolights.example/ax2000");
        Post evCollect = say(15, "17:00", ffNatter, evander, "Collected the Quik, thanks @Roderick Bellamy.");
        re(15, "17:10", roderick, evCollect, "Enjoy her.");
        say(16, "10:00", ffNatter, lucinda, "@Roderick Bellamy you've done lots of permit revalidations. Is the "
                + "sail strength test every year or every other year?");
        say(16, "14:00", ffSale, roderick, "For sale: spare prop for a Rotax 582, £300.");
        Post ptJoin = say(17, "18:00", ffTrips, ptolemy, "Evander, would you like to come on the Scotland trip? "
                + "What are your plans for the Quik?");
        re(17, "18:20", evander, ptJoin, "Maybe, I want to get used to her first. Thanks for asking.");
        Post gwQuik = say(17, "19:00", ffNatter, gwendolyn, "Evander, how's the Quik flying?");
        re(17, "19:20", evander, gwQuik, "Lovely, a bit heavier on the bar than I expected.");
        Post luChase = say(18, "09:00", ffNatter, lucinda, "@Roderick Bellamy sorry to chase, my inspector comes "
                + "Monday and I need to know about the sail test.");
        say(18, "12:00", ffSale, roderick, "Price drop: AX2000 now £13k.");
        Post gwSail = re(19, "08:30", gwendolyn, luChase, "Lucinda, I think it's yearly once the sail is over 500 "
                + "hours, but check with your inspector.");
        re(19, "08:40", lucinda, gwSail, "Thanks Gwendolyn, that's mine.");
        Post maHelmet = say(19, "12:00", ffSale, mabel, "Wanted: spare helmet, medium.");
        Post roHelmet = re(19, "12:20", roderick, maHelmet, "I have one, £60, barely used.");
        re(19, "12:30", mabel, roHelmet, "Done, I'll collect Saturday.");
        Post roWeekend = say(20, "17:00", ffNatter, roderick, "Great weather this weekend, anyone flying?");
        re(20, "17:10", evander, roWeekend, "Me, first long flight in the Quik.");
    }

    /** H. Rivet Line: Horatio pitches his inspection to Sebastian on the day they meet, then quotes only when asked. */
    private void homebuilders() {
        // W17
        Post loFlaps = say(1, "19:00", rlLogs, lorcan, "RV-7 build day 412: flaps hung! "
                + "https://quigleybuild.example/day-412");
        Post elFlaps = re(1, "19:20", elowen, loFlaps, "Looking great.");
        re(1, "19:30", lorcan, elFlaps, "Thanks, the hinge pins fought me all evening.");
        Post doPrimer = say(1, "20:00", rlInspector, dorcas, "Do I need to prime inside the wing skins on an RV-12?");
        Post hoPrimer = re(1, "20:30", horatio, doPrimer, "The kit maker says it's not required on the 12, but in a "
                + "damp hangar I would.");
        re(1, "20:40", dorcas, hoPrimer, "Damp hangar it is, priming. Thanks.");
        joins(2, "09:00", rlLogs, sebastian);
        Post fiClecos = say(2, "12:00", rlParts, fitzgerald, "Spare cleco pliers and 200 clecos, free to a good "
                + "home.");
        Post elClecos = re(2, "12:20", elowen, fiClecos, "Me please!");
        re(2, "12:30", fitzgerald, elClecos, "They're yours, I'll bring them Saturday.");
        Post seRudder = say(3, "18:00", rlLogs, sebastian, "Hi all, I started my Zenith 701 kit last month. Rudder "
                + "done, now on the elevator.");
        Post hoPitch = re(3, "18:30", horatio, seRudder, "Welcome Sebastian. You'll need a pre-cover inspection "
                + "before you close the elevator: £160, I cover the north-west, book here: "
                + "https://vanceinspections.example/book");
        re(3, "19:00", sebastian, hoPitch, "Oh, okay. Not there yet.");
        Post elOversize = say(3, "20:00", rlInspector, elowen, "How do I document a hole I drilled oversize?");
        Post hoOversize = re(3, "20:20", horatio, elOversize, "Note it in the build log with a photo and use the "
                + "next rivet size up, as the standard practices allow.");
        re(3, "20:30", elowen, hoOversize, "Thanks, that's a relief.");
        Post fiCanopy = say(4, "19:00", rlLogs, fitzgerald, "Canopy frame fitted, now two weeks of sanding.");
        Post doCanopy = re(4, "19:20", dorcas, fiCanopy, "Brave man.");
        re(4, "19:30", fitzgerald, doCanopy, "Or foolish.");
        Post loPushrods = say(5, "19:00", rlLogs, lorcan, "Day 416: aileron pushrods in. "
                + "https://quigleybuild.example/day-416");
        re(5, "19:20", fitzgerald, loPushrods, "Nice rod ends.");
        Post seRivets = say(5, "20:00", rlInspector, sebastian, "Is dimpling or countersinking my choice on the 701?");
        Post fiRivets = say(5, "20:20", rlInspector, fitzgerald, "The 701 plans call for pulled rivets, so neither.");
        re(5, "20:30", sebastian, fiRivets, "Ah, that saves me a tool. Thanks.");
        Post doSqueezer = say(6, "10:00", rlParts, dorcas, "Wanted: a second-hand pneumatic squeezer.");
        re(6, "10:30", fitzgerald, doSqueezer, "Try the association classifieds, mine's not for sale, sorry.");
        Post elTank = say(7, "18:00", rlLogs, elowen, "Fuel tank passed its leak test!");
        re(7, "18:20", horatio, elTank, "Good news, that's the worst job done.");
        // W18
        Post seElevator = say(8, "18:00", rlLogs, sebastian, "Elevator skeleton done.");
        re(8, "18:20", elowen, seElevator, "Nice progress.");
        Post doFee = say(9, "19:00", rlInspector, dorcas, "@Horatio Vance what's your fee for a final inspection "
                + "with the permit paperwork?");
        Post hoFee = re(9, "19:30", horatio, doFee, "£320 plus travel, paperwork included.");
        re(9, "19:40", dorcas, hoFee, "Fair, I'll be in touch in the autumn.");
        Post loPanel = say(9, "20:00", rlLogs, lorcan, "Day 420: panel cut-outs. https://quigleybuild.example/day-420");
        re(9, "20:20", dorcas, loPanel, "Neat layout.");
        Post fiSeal = say(10, "19:00", rlInspector, fitzgerald, "Is there a standard colour for torque seal?");
        Post hoSeal = re(10, "19:20", horatio, fiSeal, "No standard, just be consistent and note it in the log.");
        re(10, "19:30", fitzgerald, hoSeal, "Orange it is.");
        Post elRibs = say(11, "18:00", rlParts, elowen, "Anyone need spare 701 ribs? Wrong kit shipped.");
        Post seRibs = re(11, "18:20", sebastian, elRibs, "I'd take two as spares, happy to pay postage.");
        re(11, "18:30", elowen, seRibs, "Deal.");
        Post doWings = say(12, "20:00", rlLogs, dorcas, "Wings on for the first time!");
        re(12, "20:10", fitzgerald, doWings, "Huge milestone.");
        re(12, "20:20", lorcan, doWings, "Get the fizz out.");
        Post seCover = say(13, "19:00", rlInspector, sebastian, "What do you check at a pre-cover inspection?");
        Post hoCover = re(13, "19:30", horatio, seCover, "Every rivet, the primer, wiring runs, and that the control "
                + "stops are right.");
        re(13, "19:40", sebastian, hoCover, "Thanks, I'll go over it myself first.");
        // W19
        Post loEngine = say(15, "19:00", rlLogs, lorcan, "Day 426: first engine start! "
                + "https://quigleybuild.example/day-426");
        re(15, "19:10", elowen, loEngine, "Goosebumps!");
        re(15, "19:30", horatio, loEngine, "Let me know when you're ready for the final.");
        Post seBook = say(16, "18:00", rlInspector, sebastian, "@Horatio Vance I'm ready for the elevator pre-cover. "
                + "Can I book you for next week?");
        Post hoBook = re(16, "18:30", horatio, seBook, "Yes, Tuesday the 24th?");
        re(16, "18:40", sebastian, hoBook, "Perfect.");
        Post fiGun = say(17, "12:00", rlParts, fitzgerald, "Selling my old rivet gun, £80.");
        re(17, "12:20", dorcas, fiGun, "Yes please, I'll collect Saturday.");
        say(18, "19:00", rlInspector, elowen, "Weight and balance: do I weigh with full oil?");
        Post hoOil = say(18, "19:30", rlInspector, horatio, "Yes, full oil and unusable fuel only.");
        re(18, "19:40", elowen, hoOil, "Thanks Horatio.");
        Post fiDone = say(19, "19:00", rlLogs, fitzgerald, "Canopy done! Photos soon.");
        re(19, "19:20", dorcas, fiDone, "Worth the sanding.");
        say(20, "18:00", rlLogs, sebastian, "Elevator ready for Horatio on Tuesday.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes128Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 128");
    }
}
