package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 116 (sealed): eight communities of marine trades, boatyards and life on the water, of kinds no earlier
 * round used (yacht delivery skippers and crew with a deliveries-wanted room where owners post boats to move, a
 * crew-available room and a skipper who spends a week organising the skippers' mess while owners' jobs wait, yacht
 * riggers with a room where owners ask, a spars-for-sale room and a new rigger who pitches a re-rig under a newcomer's
 * introduction, a sea school's own server, Tidewater Sea School, with its instructors as Staff and its Students and a
 * freelance instructor among the students who sells private tuition in the lounge and by DM, outboard-motor repairers
 * with a slipway room where tender and RIB owners ask and a parts bench, boat-building apprentices at a marine college
 * where nobody sells, an estuary's mooring holders' association with a mooring contractor among its members, a hull
 * cleaner who turns up with offers and a new holder's DM to the contractor, a narrowboat hire base's own server,
 * Kingfisher Wharf, with its Staff, its hirers and a first-timer's DM to the bookings office, and marine electricians
 * and electronics installers with a room where owners ask and a newcomer who talks only about himself), over three
 * ISO weeks (2032-W22 to W24, the spring bank holiday on day 8), written and labelled by writer116 (session 57) before
 * any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-116.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes116Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2032, 5, 24);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2032, 6, 14, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-116";
    private static final int BASE = 90800;

    // --- A. yacht delivery skippers and crew ---
    private final String passage = cast.guild(1441);
    private final Channel pmMess = cast.channel(passage, "Passage Makers", "skippers-mess",
            "delivery skippers among ourselves: weather, routing, paperwork, getting home after a delivery",
            "pm-skippers-mess.json");
    private final Channel pmWanted = cast.channel(passage, "Passage Makers", "deliveries-wanted",
            "owners: post a boat that needs moving (from, to, dates, boat) or ask how deliveries work; skippers answer",
            "pm-deliveries-wanted.json");
    private final Channel pmCrew = cast.channel(passage, "Passage Makers", "crew-available",
            "crew post their dates and experience; skippers looking for crew ask here", "pm-crew-available.json");
    private final Channel pmLogs = cast.channel(passage, "Passage Makers", "passage-logs",
            "write up a passage: route, weather, what went well and what did not", "pm-passage-logs.json");
    private final Persona tomasz = cast.person("tomasz.wieczorek", "Tomasz Wieczorek");
    private final Persona eileen = cast.person("eileen.cartwright", "Eileen Cartwright");
    private final Persona rhys = cast.person("rhys.kavanagh", "Rhys Kavanagh");
    private final Persona duncan = cast.person("duncan.melrose", "Duncan Melrose");
    private final Persona niamh = cast.person("niamh.costello", "Niamh Costello");
    private final Persona alison = cast.person("alison.thackeray", "Alison Thackeray");
    private final Persona graham = cast.person("graham.ostrowski", "Graham Ostrowski");

    // --- B. yacht riggers ---
    private final String rig = cast.guild(1442);
    private final Channel rsRig = cast.channel(rig, "Rig & Spar", "rig-talk",
            "riggers among ourselves: wire, rod, terminals, tools, suppliers and the trade", "rs-rig-talk.json");
    private final Channel rsOwners = cast.channel(rig, "Rig & Spar", "owners-ask",
            "boat owners: ask about standing and running rigging, masts and furlers; the riggers answer",
            "rs-owners-ask.json");
    private final Channel rsSale = cast.channel(rig, "Rig & Spar", "spars-for-sale",
            "used masts, booms, furlers and fittings: say what it is, where it is and the price", "rs-spars-for-sale.json");
    private final Channel rsIntro = cast.channel(rig, "Rig & Spar", "introductions",
            "new here? introduce yourself and your boat or your trade", "rs-introductions.json");
    private final Persona hywel = cast.person("hywel.maddox", "Hywel Maddox");
    private final Persona saoirse = cast.person("saoirse.dunleavy", "Saoirse Dunleavy");
    private final Persona kester = cast.person("kester.blakemore", "Kester Blakemore");
    private final Persona aled = cast.person("aled.prothero", "Aled Prothero");
    private final Persona lorna = cast.person("lorna.fairbairn", "Lorna Fairbairn");
    private final Persona priyanka = cast.person("priyanka.menon", "Priyanka Menon");
    private final Persona gus = cast.person("angus.pettifer", "Angus Pettifer");

    // --- C. a sea school's own server ---
    private final String school = cast.guild(1443);
    private final Role schoolStaff = cast.role("Staff", "#1abc9c", 2);
    private final Role student = cast.role("Student", "#95a5a6", 1);
    private final Channel tsNews = cast.channel(school, "Tidewater Sea School", "school-news",
            "from the school: course dates, weather calls for practical courses, what to bring", "ts-school-news.json");
    private final Channel tsAsk = cast.channel(school, "Tidewater Sea School", "ask-an-instructor",
            "students: ask about your course, the boats, kit and seamanship; the instructors answer",
            "ts-ask-an-instructor.json");
    private final Channel tsTheory = cast.channel(school, "Tidewater Sea School", "theory-homework",
            "shorebased homework: tides, chartwork, collision regulations, lights and shapes; help each other",
            "ts-theory-homework.json");
    private final Channel tsLounge = cast.channel(school, "Tidewater Sea School", "students-lounge",
            "students chat: sailing since the course, photos, finding others to sail with", "ts-students-lounge.json");
    private final Persona bronwen = cast.person("bronwen.tait", "Bronwen Tait", schoolStaff);
    private final Persona gideon = cast.person("gideon.okafor", "Gideon Okafor", schoolStaff);
    private final Persona fiona = cast.person("fiona.lachlan", "Fiona Lachlan", schoolStaff);
    private final Persona harriet = cast.person("harriet.olusanya", "Harriet Olusanya", student);
    private final Persona mateo = cast.person("mateo.ferraro", "Mateo Ferraro", student);
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante", student);
    private final Persona dominic = cast.person("dominic.harwood", "Dominic Harwood", student);
    private final Channel dmDominicKwame = cast.dm("2032-06-01", "Kwame Asante", "dm-dominic-kwame.json");

    // --- D. outboard-motor repairers ---
    private final String outboard = cast.guild(1444);
    private final Channel otWorkshop = cast.channel(outboard, "Outboard & Tiller", "workshop",
            "repairers among ourselves: faults, parts, tools, suppliers, the trade", "ot-workshop.json");
    private final Channel otSlipway = cast.channel(outboard, "Outboard & Tiller", "owners-slipway",
            "owners of tenders, dinghies and RIBs: ask about your outboard; the repairers answer",
            "ot-owners-slipway.json");
    private final Channel otParts = cast.channel(outboard, "Outboard & Tiller", "parts-bench",
            "for sale and wanted: used engines, props, parts; say what it is and the price", "ot-parts-bench.json");
    private final Persona morwenna = cast.person("morwenna.pascoe", "Morwenna Pascoe");
    private final Persona ianto = cast.person("ianto.griffiths", "Ianto Griffiths");
    private final Persona leon = cast.person("leon.habermann", "Leon Habermann");
    private final Persona stewart = cast.person("stewart.gallacher", "Stewart Gallacher");
    private final Persona carys = cast.person("carys.jenkins", "Carys Jenkins");
    private final Persona farid = cast.person("farid.haddad", "Farid Haddad");

    // --- E. boat-building apprentices (nobody sells) ---
    private final String slip = cast.guild(1445);
    private final Channel saStudy = cast.channel(slip, "Slipway Apprentices", "study-room",
            "coursework help: lofting, plans, maths, timber, resins; everyone helps everyone", "sa-study-room.json");
    private final Channel saPhotos = cast.channel(slip, "Slipway Apprentices", "workshop-photos",
            "show what you are building: planking, steam bending, glassing, fairing", "sa-workshop-photos.json");
    private final Channel saNotices = cast.channel(slip, "Slipway Apprentices", "college-notices",
            "timetables, assessments and placement news from the course tutor", "sa-college-notices.json");
    private final Channel saOff = cast.channel(slip, "Slipway Apprentices", "off-watch",
            "anything else: lifts, weekends, sailing, food", "sa-off-watch.json");
    private final Persona conrad = cast.person("conrad.lutterworth", "Conrad Lutterworth");
    private final Persona joel = cast.person("joel.whitfield", "Joel Whitfield");
    private final Persona tegan = cast.person("tegan.olawale", "Tegan Olawale");
    private final Persona ruairi = cast.person("ruairi.beckett", "Ruairi Beckett");
    private final Persona hattie = cast.person("hattie.trevithick", "Hattie Trevithick");
    private final Persona ellis = cast.person("ellis.nakamura", "Ellis Nakamura");

    // --- F. an estuary's mooring holders' association ---
    private final String moor = cast.guild(1446);
    private final Channel fmChat = cast.channel(moor, "Fenmouth River Mooring Holders", "holders-chat",
            "chat for mooring holders on the Fenmouth: the river, the boats, the season", "fm-holders-chat.json");
    private final Channel fmNotices = cast.channel(moor, "Fenmouth River Mooring Holders", "harbour-notices",
            "notices from the harbour office and the association committee; ask about them here",
            "fm-harbour-notices.json");
    private final Channel fmTenders = cast.channel(moor, "Fenmouth River Mooring Holders", "tender-park",
            "the dinghy park and landing pontoon: tenders, padlocks, lost oars, trolley space", "fm-tender-park.json");
    private final Channel fmSale = cast.channel(moor, "Fenmouth River Mooring Holders", "for-sale-and-wanted",
            "holders buy and sell boats, tenders and kit, and post services: what, where, price", "fm-for-sale-and-wanted.json");
    private final Persona marjorie = cast.person("marjorie.calloway", "Marjorie Calloway");
    private final Persona peter = cast.person("peter.lindgren", "Peter Lindgren");
    private final Persona sunil = cast.person("sunil.varma", "Sunil Varma");
    private final Persona ruaridh = cast.person("ruaridh.fraser", "Ruaridh Fraser");
    private final Persona yvonne = cast.person("yvonne.ashdown", "Yvonne Ashdown");
    private final Persona lewis = cast.person("lewis.tremayne", "Lewis Tremayne");
    private final Persona bryn = cast.person("bryn.edevane", "Bryn Edevane");
    private final Channel dmSunilRuaridh = cast.dm("2032-05-27", "Ruaridh Fraser", "dm-sunil-ruaridh.json");

    // --- G. a narrowboat hire base's own server ---
    private final String wharf = cast.guild(1447);
    private final Role wharfStaff = cast.role("Staff", "#2980b9", 2);
    private final Role hirer = cast.role("Customer", "#bdc3c7", 1);
    private final Channel kwNews = cast.channel(wharf, "Kingfisher Wharf Boat Hire", "wharf-news",
            "from the base: stoppages, boat news, handover times", "kw-wharf-news.json");
    private final Channel kwAsk = cast.channel(wharf, "Kingfisher Wharf Boat Hire", "ask-the-wharf",
            "hirers: ask about your booking, the boats and the route; the wharf staff answer", "kw-ask-the-wharf.json");
    private final Channel kwLounge = cast.channel(wharf, "Kingfisher Wharf Boat Hire", "hirers-lounge",
            "hirers chat: routes, pubs, locks, photos from your trip", "kw-hirers-lounge.json");
    private final Channel kwWelcome = cast.channel(wharf, "Kingfisher Wharf Boat Hire", "welcome",
            "say hello: when you are coming and which boat", "kw-welcome.json");
    private final Persona nadia = cast.person("nadia.kettleworth", "Nadia Kettleworth", wharfStaff);
    private final Persona owen = cast.person("owen.trelawny", "Owen Trelawny", wharfStaff);
    private final Persona sofia = cast.person("sofia.marchant", "Sofia Marchant", wharfStaff);
    private final Persona geraldine = cast.person("geraldine.fothergill", "Geraldine Fothergill", hirer);
    private final Persona maurice = cast.person("maurice.pellow", "Maurice Pellow", hirer);
    private final Persona devika = cast.person("devika.raman", "Devika Raman", hirer);
    private final Persona oskar = cast.person("oskar.lindqvist", "Oskar Lindqvist", hirer);
    private final Channel dmDevikaSofia = cast.dm("2032-06-01", "Sofia Marchant", "dm-devika-sofia.json");

    // --- H. marine electricians and electronics installers ---
    private final String volts = cast.guild(1448);
    private final Channel vaSparks = cast.channel(volts, "Volts Afloat", "sparks-room",
            "installers among ourselves: wiring, lithium, networks, suppliers, the trade", "va-sparks-room.json");
    private final Channel vaOwners = cast.channel(volts, "Volts Afloat", "owners-ask",
            "boat owners: ask about batteries, charging, instruments and wiring; installers answer",
            "va-owners-ask.json");
    private final Channel vaKit = cast.channel(volts, "Volts Afloat", "kit-for-sale",
            "used and surplus electronics: what it is, its condition and the price", "va-kit-for-sale.json");
    private final Channel vaIntro = cast.channel(volts, "Volts Afloat", "introductions",
            "new here? say who you are, your boat or your business", "va-introductions.json");
    private final Persona jasper = cast.person("jasper.quinlan", "Jasper Quinlan");
    private final Persona esther = cast.person("esther.adeyemi", "Esther Adeyemi");
    private final Persona malachy = cast.person("malachy.doherty", "Malachy Doherty");
    private final Persona clive = cast.person("clive.hammersley", "Clive Hammersley");
    private final Persona ingrid = cast.person("ingrid.solberg", "Ingrid Solberg");
    private final Persona wilfred = cast.person("wilfred.ashworth", "Wilfred Ashworth");

    private HeldOutScenes116Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        deliverySkippers();
        riggers();
        seaSchool();
        outboards();
        apprentices();
        mooringHolders();
        hireBase();
        electricians();
    }

    private void deliverySkippers() {
        // W22
        Post eiLow = say(1, "09:00", pmMess, eileen, "Morning all. Anyone else watching that low for Thursday? I've a "
                + "Sigma 33 to bring up from Poole and I'm tempted to slip out Wednesday night instead.");
        Post rhLow = re(1, "09:40", rhys, eiLow, "I'd go Wednesday. Both models have it filling by Friday, but Thursday "
                + "looks grim through the Solent.");
        Post toLow = re(1, "10:05", tomasz, eiLow, "Wednesday night, and tuck into Yarmouth if it arrives early. I did "
                + "that run in April in much the same.");
        re(1, "10:20", eileen, toLow, "Good shout. Wednesday it is, thanks both.");
        rhLow.react("👍", eileen);
        Post grFirst = say(1, "18:30", pmWanted, graham, "Hello all, new here. I've bought a Bavaria 36 lying in "
                + "Ipswich and need her brought round to Falmouth, ideally mid June. How does this usually work, and "
                + "roughly what does it cost? Do skippers bring their own crew?");
        Post eiGraham = re(2, "08:15", eileen, grFirst, "Welcome Graham. Usually a day rate for the skipper and one "
                + "crew, and the owner pays fuel, food, berths and the train home. Ipswich to Falmouth is four or five "
                + "days with a weather gap. I'm booked until the 20th, but others here may be free.");
        Post rhGraham = re(2, "09:00", rhys, grFirst, "I could look at it around the 14th. Roughly £250 a day for me "
                + "plus £120 for a crew, expenses on top. Happy to talk it through.");
        re(2, "12:30", graham, rhGraham, "That's really helpful, thank you both. Rhys, I'll message you tonight.");
        eiGraham.react("🙏", graham);
        Post niCv = say(2, "14:00", pmCrew, niamh, "Crew available June and July: Day Skipper, 2,800 miles including "
                + "a Biscay crossing, happy to cook and stand nights. Based in Plymouth. Sea miles and references: "
                + "niamhcrew.example/cv");
        Post duNiamh = re(2, "14:30", duncan, niCv, "Niamh, I need a hand moving a Contessa 32 from Plymouth to "
                + "Dartmouth on the 5th, a day hop. Interested?");
        re(2, "15:10", niamh, duNiamh, "Yes please! The 5th works for me.");
        Post eiLog = say(3, "20:00", pmLogs, eileen, "Poole to Gosport in the Sigma last night. Left at 2200, through "
                + "the Needles Channel at slack, alongside by 0500. Quiet, apart from a fishing fleet off St Alban's to "
                + "dodge.");
        eiLog.react("👏", rhys, tomasz, duncan);
        Post niNeedles = re(3, "20:30", niamh, eiLog, "How do you plan the Needles at night? I'll be going through "
                + "for the first time next month.");
        Post eiNeedles = re(3, "21:00", eileen, niNeedles, "Time it for the last of the fair tide, keep the lit buoys "
                + "on the correct side, and have the pilot book open before you're in it, not once you're there.");
        re(3, "21:10", niamh, eiNeedles, "Noted, thanks Eileen.");
        Post toLift = say(4, "10:00", pmMess, tomasz, "Anyone driving back east from Falmouth on Saturday? I hand a "
                + "boat over there Friday night and the trains are a mess with the engineering works.");
        Post duLift = re(4, "10:30", duncan, toLift, "I'm in Falmouth Saturday, heading for Southampton. Seat's yours.");
        re(4, "10:45", tomasz, duLift, "Legend, thanks Duncan. I'll buy the pasties.");
        Post alIns = say(5, "16:00", pmWanted, alison, "Question for the skippers: our Westerly Fulmar is in Dartmouth. "
                + "Do insurers want a named delivery skipper on the policy, or is a Yachtmaster enough? Tomasz brought "
                + "her round for us last year and it was all fine, but we've changed insurer since.");
        Post eiIns = re(5, "17:00", eileen, alIns, "Depends on the insurer. Most want the skipper's qualifications in "
                + "writing before she leaves. Ask them for a delivery endorsement and get it by email.");
        Post toIns = re(5, "19:00", tomasz, alIns, "Eileen's right. Your old insurer asked for my certificate and CV "
                + "beforehand, so send them early. Lovely to hear from you both.");
        re(5, "19:40", alison, toIns, "Thanks both, I'll ring them Monday.");
        Post rhTemplate = say(6, "09:00", pmMess, rhys, "Does anyone have a passage-planning template they'd share? "
                + "Mine is a heap of notes on the back of tide tables.");
        re(6, "09:30", tomasz, rhTemplate, "Here's mine: tidal gates, waypoints, bolt holes and who to call. "
                + "sheets.example/tw-passage-plan (make a copy, don't edit mine!)");
        say(6, "09:31", pmMess, tomasz, "The bolt-holes tab is the one that earns its keep.");
        Post rhThanks = re(6, "10:00", rhys, rhTemplate, "Perfect, that's far better than mine. Thanks Tomasz.");
        rhThanks.react("👍", tomasz);
        // W23 (day 8 is the spring bank holiday)
        Post toSheet = say(8, "08:00", pmMess, tomasz, "Bank holiday idea: shall we keep a shared sheet for the "
                + "summer of what the forecasts got wrong on our passages? Model, route, what actually happened.");
        re(8, "08:30", duncan, toSheet, "I'm in.");
        Post eiSheet = re(8, "09:10", eileen, toSheet, "Good idea. I'll add Poole to Gosport.");
        re(8, "09:20", tomasz, eiSheet, "Great, I'll set up the columns tonight.");
        Post grAgain = say(8, "18:00", pmWanted, graham, "Update: Rhys can't do mid June after all (family, no problem "
                + "at all). Is anyone else free between the 14th and the 20th for Ipswich to Falmouth? Two aboard needed.");
        Post toRhys = say(9, "09:00", pmMess, tomasz, "Sheet's up. @Rhys Kavanagh you had that squall off Portland on "
                + "the 19th, worth adding?");
        re(9, "09:40", rhys, toRhys, "Will add it tonight.");
        Post alSept = say(9, "15:00", pmWanted, alison, "Looking ahead: we'd like the Fulmar taken from Dartmouth to "
                + "the Hamble for the winter, some time mid September. Does any skipper have dates free then?");
        Post toFal = say(10, "07:30", pmLogs, tomasz, "Falmouth handover done. The owner now knows his reefing lines "
                + "better than I do. Pasties on the drive back with Duncan, as promised.");
        re(10, "08:10", duncan, toFal, "Best pasty run of the year.");
        Post eiOwner = say(10, "12:00", pmMess, eileen, "Anyone had an owner who wants to come along as crew on their "
                + "own delivery? I've one asking and I'm wary.");
        Post toOwner = re(10, "12:30", tomasz, eiOwner, "Twice. Fine once, awful once. Now I put it in writing: on "
                + "board I'm skipper, full stop, and they sign it.");
        Post eiWording = re(10, "12:45", eileen, toOwner, "Could I see your wording?");
        re(10, "13:00", tomasz, eiWording, "Sending it over now. Change what you like.");
        Post niFree = say(11, "10:00", pmCrew, niamh, "Still free from the 12th onwards if any skipper needs a hand.");
        Post toNiamh = re(11, "11:00", tomasz, niFree, "Niamh, I might want a second crew for a Biscay run early "
                + "July. I'll let you know by the weekend.");
        re(11, "11:20", niamh, toNiamh, "Please do!");
        Post duKit = say(11, "19:00", pmMess, duncan, "Kit question: what's the one thing you never go on a delivery "
                + "without?");
        re(11, "19:20", tomasz, duKit, "A handheld VHF with its own charger and a head torch with a red light. "
                + "Owners' boats never have either working.");
        re(11, "19:45", rhys, duKit, "Spare impeller and a full set of paper charts.");
        re(11, "20:05", eileen, duKit, "Gaffer tape. Lots of it.");
        Post toPub = say(12, "09:00", pmMess, tomasz, "Anyone fancy a skippers' get-together in Plymouth next month? "
                + "Pub, no boats.");
        Post eiPub = re(12, "09:20", eileen, toPub, "Count me in.");
        re(12, "09:45", duncan, toPub, "Yes!");
        re(12, "10:00", tomasz, eiPub, "Plymouth it is. I'll find a date that suits the tides.");
        Post grStill = say(13, "09:00", pmWanted, graham, "Still looking for someone for Ipswich to Falmouth in June, "
                + "if anyone has space. Happy to be flexible on dates.");
        Post eiStill = re(13, "11:00", eileen, grStill, "Graham, I could start on the 21st if that helps? Sorry it's "
                + "later than you wanted.");
        re(13, "12:00", graham, eiStill, "The 21st could work. Let me check with the marina and come back to you.");
        say(13, "18:00", pmMess, tomasz, "Sheet's filling up nicely. Thanks to everyone who added a passage.");
        Post rhLog = say(14, "08:00", pmLogs, rhys, "Cherbourg to Portland in a Hallberg-Rassy 34. Fog from mid-Channel "
                + "to the Bill, radar earned its keep. Twelve hours berth to berth.");
        Post toFog = re(14, "09:00", tomasz, rhLog, "Fog and the Portland race, lovely combination. Did you go inshore of it?");
        re(14, "09:30", rhys, toFog, "Inshore at slack, close enough to smell the quarry.");
        // W24
        Post toAlison = re(15, "08:00", tomasz, alSept, "Alison, sorry, I've only just seen this. I'm free from the "
                + "13th of September. Same plan as last year, if you'd like me again?");
        re(15, "09:10", alison, toAlison, "Yes please! I'll message you the details this week.");
        Post grBooked = say(15, "12:00", pmWanted, graham, "Eileen and I have settled on the 21st. Thanks everyone for "
                + "explaining how it all works.");
        grBooked.react("👍", eileen, rhys);
        Post toRudder = re(15, "12:40", tomasz, grBooked, "Good luck with her. Bavarias of that age often have a tired rudder bearing, "
                + "worth checking before the long leg.");
        re(15, "13:00", graham, toRudder, "Good tip, I'll get it looked at this week.");
        Post duHop = say(17, "19:00", pmLogs, duncan, "Plymouth to Dartmouth in the Contessa with Niamh. Beat all the "
                + "way, one reef, Niamh helmed most of it and didn't want to hand over.");
        Post niHop = re(17, "19:30", niamh, duHop, "Best day's sail I've had. Thanks for having me Duncan.");
        niHop.react("😄", duncan);
    }

    private void riggers() {
        // W22
        Post keIntro = say(1, "08:30", rsIntro, kester, "Hi all, I'm Kester. I've just set up as a rigger in Dartmouth "
                + "after six years at a big rig shop on the Hamble. Wire, rod, swaging, mast steps. "
                + "kesterrigging.example");
        Post hyKester = re(1, "09:15", hywel, keIntro, "Welcome Kester! Good to have another pair of hands in the "
                + "South West.");
        Post saKester = re(1, "10:00", saoirse, keIntro, "Welcome! Who did you learn under on the Hamble?");
        re(1, "10:30", kester, saKester, "Mostly under an old boy who made me splice for a year before I was allowed "
                + "near a swager. Best thing that happened to me.");
        hyKester.react("❤️", kester);
        Post loRope = say(2, "11:00", rsOwners, lorna, "The running rigging on our Sadler 32 is original and stiff as a "
                + "board. Roughly what would new halyards and sheets cost, and is Dyneema worth it on a cruising boat?");
        Post hyRope = re(2, "11:45", hywel, loRope, "For a 32-footer, halyards and sheets in a good polyester braid "
                + "would be around £600 to £750 from me, fitted. Dyneema is worth it for the main halyard, much less so "
                + "for sheets on a cruiser.");
        re(2, "12:20", lorna, hyRope, "That's clear, thank you. Dyneema main halyard, polyester for the rest then.");
        Post saWire = say(3, "09:00", rsRig, saoirse, "Has anyone found a decent supplier for 6mm 1x19 since the usual "
                + "lot put their prices up 20%?");
        Post keWire = re(3, "09:30", kester, saWire, "I've been using a wholesaler in Poole, about 12% cheaper. I'll DM "
                + "you their details.");
        re(3, "09:50", hywel, saWire, "Kester's lot are good, I switched in March.");
        re(3, "10:10", saoirse, keWire, "Cheers Kester.");
        Post alPins = say(4, "18:00", rsOwners, aled, "Hywel re-rigged our Westerly Konsort in March and she's never "
                + "looked better. Quick one for anyone: how often should I check the bottlescrew split pins, and should "
                + "they be taped?");
        Post hyPins = re(4, "18:40", hywel, alPins, "Good to hear from you Aled. Check them at the start of each season "
                + "and whenever you go up the mast, and tape them or fit boots so they can't snag the genoa.");
        Post saPins = re(4, "19:00", saoirse, alPins, "And only open the legs about 15 degrees, not bent right back, so "
                + "they come out easily next time.");
        re(4, "19:30", aled, hyPins, "Thanks both, tape it is.");
        saPins.react("👍", aled, lorna);
        say(5, "10:00", rsSale, gus, "Selling: a Selden furler off a 30ft boat, came off with the old rig, drum and foil "
                + "complete, £280, collect from Conwy.");
        Post saAway = say(5, "17:00", rsRig, saoirse, "Heads up: I'm away from tomorrow delivering a race boat to La "
                + "Rochelle and racing there. Back on the 9th, and I'll have very little signal till then.");
        re(5, "17:20", hywel, saAway, "Fair winds! Bring back some French wire prices.");
        // W23
        Post loTape = re(8, "10:00", lorna, saPins, "@Saoirse Dunleavy which tape do you use, self-amalgamating or the "
                + "white rigging tape? Mine left a sticky mess last time.");
        Post hyJig = say(8, "11:00", rsRig, hywel, "Bank holiday in the loft. Finally made a proper jig for checking "
                + "swage dies after a pressing. Photos later.");
        re(8, "11:30", kester, hyJig, "Would love to see it. Mine's a bit of wood with nails in it.");
        Post alLight = say(9, "19:00", rsOwners, aled, "Another one from me: the masthead tricolour on the Konsort "
                + "flickers. Is that a rigger's job or an electrician's?");
        Post hyLight = re(9, "19:30", hywel, alLight, "Most likely the connector at the mast foot. I'm at your club on "
                + "the 12th anyway, so I'll look then, no charge if it only wants a clean.");
        re(9, "19:50", aled, hyLight, "That would be brilliant, thank you.");
        Post saTape = re(10, "09:00", saoirse, loTape, "Back from France, sorry for the wait Lorna! Self-amalgamating "
                + "underneath, rigging tape over the top. Peel it off each spring and the mess stays on the tape.");
        re(10, "09:30", lorna, saTape, "Perfect, thank you, and welcome back.");
        Post saWon = say(10, "10:00", rsRig, saoirse, "France done. Won our class, mostly thanks to the crew, and the rig "
                + "stayed up, which is all I ever care about.");
        saWon.react("🎉", hywel, kester);
        re(10, "10:40", kester, saWon, "Nice one! Was it the boat you re-rigged in April?");
        Post gusAgain = say(11, "09:00", rsSale, gus, "Furler still here, now £240. Also a kicker off the same boat, "
                + "£40.");
        Post loKicker = re(11, "09:30", lorna, gusAgain, "Would the kicker fit a Sadler 32 boom?");
        Post guKicker = re(11, "10:00", gus, loKicker, "It came off a 30-footer with a similar boom section, so "
                + "probably. I can send you the measurements.");
        re(11, "10:20", lorna, guKicker, "Yes please.");
        Post alThanks = re(12, "20:00", aled, hyLight, "Thanks @Hywel Maddox for sorting the tricolour today. It was the "
                + "connector, as you said.");
        alThanks.react("👍", hywel);
        Post keFixed = say(13, "08:30", rsRig, kester, "Question for the old hands: do you offer owners an annual rig "
                + "check at a fixed price, or quote every boat?");
        re(13, "09:00", hywel, keFixed, "Fixed price for a standard check up to 35ft, quote above that. Owners like "
                + "knowing where they stand.");
        Post saFixed = re(13, "09:30", saoirse, keFixed, "Fixed, and I send photos of everything I see. Saves a lot of "
                + "arguments later.");
        re(13, "10:00", kester, saFixed, "Makes sense. Thanks both.");
        // W24
        joins(15, "08:00", rsIntro, priyanka);
        Post prIntro = say(15, "09:00", rsIntro, priyanka, "Hello! I've just bought my first boat, a 1985 Sadler 26 "
                + "called Puffin, on a mooring in Salcombe. Learning everything at once.");
        re(15, "09:30", kester, prIntro, "Welcome Priyanka! At that age the rig will almost certainly be due. A full "
                + "re-rig on a Sadler 26 is £1,100 from me, DM me to book a slot this month.");
        Post hyPuffin = re(15, "10:00", hywel, prIntro, "Welcome! Lovely boats. Do you know when the rig was last done? "
                + "The survey may say, and insurers often ask.");
        Post prSurvey = re(15, "10:40", priyanka, hyPuffin, "The survey says 2019, so I think I'm all right for a while?");
        Post hySurvey = re(15, "11:00", hywel, prSurvey, "2019 is fine for now. Look at the terminals each spring for "
                + "cracks or rust weeping and you'll know if anything changes.");
        re(15, "11:15", priyanka, hySurvey, "Great, thank you.");
        Post prBackstay = say(16, "18:00", rsOwners, priyanka, "How tight should the backstay be on a Sadler 26? The "
                + "adjuster has no markings at all.");
        Post saBackstay = re(16, "18:30", saoirse, prBackstay, "Tension it until the forestay sag looks right under "
                + "sail, then mark the spot with tape. A Loos gauge if you'd like numbers.");
        re(16, "19:00", kester, prBackstay, "What Saoirse said. I'm in Salcombe most Thursdays if you'd like me to "
                + "show you on the boat, no charge.");
        re(16, "19:20", priyanka, saBackstay, "Tape marks it is. Thank you!");
        Post hyTextile = say(17, "08:00", rsRig, hywel, "Anyone else seeing more owners ask about textile standing "
                + "rigging? Had three this month.");
        re(17, "08:40", saoirse, hyTextile, "Yes, mostly racers. Cruisers go quiet when I mention how often it needs "
                + "replacing.");
        re(17, "09:00", kester, hyTextile, "Two enquiries here too, both racers.");
        Post alGuide = re(18, "20:00", aled, prBackstay, "Priyanka, the Sadler owners' association has a good rigging "
                + "guide for the 26 in its members' pages. It helped me a lot when we started.");
        re(18, "20:30", priyanka, alGuide, "Oh thank you, found it!");
        say(19, "10:00", rsSale, gus, "Furler's gone, thanks all. The kicker went to Lorna.");
        Post loJoy = say(20, "17:00", rsOwners, lorna, "New halyards are in. Thanks @Hywel Maddox, hoisting the main "
                + "is a joy now.");
        re(20, "17:30", hywel, loJoy, "Glad to hear it! Enjoy the summer.");
    }

    private void seaSchool() {
        // W22
        say(1, "08:00", tsNews, fiona, "June course dates are up: Day Skipper practical 31 May to 4 June, Competent "
                + "Crew 7 to 11 June, VHF radio course Saturday 12 June. Unsure which suits you? Ask in "
                + "#ask-an-instructor.");
        Post haKnots = say(1, "19:00", tsAsk, harriet, "I did Competent Crew in April. Is it normal to feel I've "
                + "forgotten every knot already?");
        Post brKnots = re(1, "19:30", bronwen, haKnots, "Completely normal. Tie a bowline every evening while the "
                + "kettle boils for a fortnight and it'll stay with you for life.");
        re(1, "19:45", harriet, brKnots, "Kettle bowlines, love it. Thanks Bronwen.");
        Post maPorts = say(2, "20:00", tsTheory, mateo, "Stuck on secondary ports in the tides homework. Do I "
                + "interpolate the time differences before or after applying them?");
        Post haPorts = re(2, "20:30", harriet, maPorts, "Interpolate first, between the differences given for high "
                + "and low water at the standard port, then apply the result.");
        re(2, "20:50", mateo, haPorts, "Ah, that's where I went wrong. Thanks Harriet.");
        Post maMarks = say(3, "19:00", tsTheory, mateo, "Next one: what's the difference between a cardinal and a "
                + "lateral mark, in plain words?");
        Post brMarks = re(3, "19:40", bronwen, maMarks, "Lateral marks show the two sides of a channel. Cardinals "
                + "tell you which side of a danger the safe water is: a north cardinal, you pass north of it.");
        re(3, "20:00", mateo, brMarks, "Plain words indeed, that clicked.");
        Post doCawsand = say(4, "09:00", tsLounge, dominic, "Took my own boat round to Cawsand on Sunday, first night "
                + "at anchor since my Yachtmaster. Flat calm and a sky full of stars.");
        doCawsand.react("😍", harriet, mateo);
        Post haHolding = re(4, "09:30", harriet, doCawsand, "Jealous! Was the holding good?");
        re(4, "10:00", dominic, haHolding, "Sand. Held first time.");
        Post maSound = say(5, "20:00", tsTheory, mateo, "Last one this week, promise: one prolonged blast every two "
                + "minutes in fog, is that a vessel making way or stopped?");
        Post haSound = re(5, "20:20", harriet, maSound, "Making way. Two prolonged blasts is under way but stopped.");
        re(5, "20:40", mateo, haSound, "Thank you. For anyone on the same module: the flash cards at the back of the "
                + "course book helped me more than the chapter did.");
        say(6, "12:00", tsNews, gideon, "I'm on the water with the Day Skipper practical crew Monday to Friday next "
                + "week, with very little signal. Fiona has the office and Bronwen can take questions.");
        say(6, "16:00", tsNews, bronwen, "Weather call for Saturday's taster day: it goes ahead, 12 to 15 knots from "
                + "the south-west, dry. Bring a warm layer and soft-soled shoes.");
        Post haRace = say(7, "18:00", tsLounge, harriet, "Anyone want to crew on a friend's boat on Wednesday evenings? "
                + "Club racing, no experience needed beyond what we've done here.");
        re(7, "18:30", mateo, haRace, "Me please!");
        // W23
        joins(8, "09:00", tsLounge, kwame);
        Post kwRead = say(8, "09:30", tsAsk, kwame, "Hi, I'm booked on the Day Skipper theory starting in July. Is "
                + "there anything I should read beforehand?");
        Post fiRead = re(8, "10:00", fiona, kwRead, "Welcome Kwame! The course book comes with your joining pack next "
                + "week. The first two chapters are plenty before you start.");
        re(8, "10:20", kwame, fiRead, "Great, thanks Fiona.");
        Post maLeeway = say(8, "11:00", tsTheory, mateo, "@Gideon Okafor in the chartwork exercise you set, do I "
                + "allow for leeway towards the wind or away from it?");
        say(9, "10:00", tsLounge, dominic, "If anyone wants extra helming practice before their practical, I do "
                + "private tuition on my own boat in Plymouth Sound, £160 a day for two of you. Message me.");
        Post kwJacket = say(9, "14:00", tsAsk, kwame, "Do I need my own lifejacket for the practical, or does the "
                + "school provide them?");
        Post fiJacket = re(9, "14:30", fiona, kwJacket, "We provide lifejackets and waterproofs. Bring your own boots "
                + "if you have some.");
        re(9, "14:45", kwame, fiJacket, "Perfect, thank you.");
        say(10, "09:00", dmDominicKwame, dominic, "Hi Kwame, saw you're starting Day Skipper. I teach one-to-one on my "
                + "own boat, £160 a day, a lot cheaper than the school's extra days. Fancy a day before your course?");
        say(10, "13:00", dmDominicKwame, kwame, "Thanks Dominic, kind of you, but I'll see how the course goes first.");
        Post kwLights = say(10, "16:00", tsTheory, kwame, "Already peeking at the homework. What do the little numbers "
                + "beside a light on the chart mean?");
        Post maLights = re(10, "16:30", mateo, kwLights, "That's its range in miles, how far away you can see it. Took "
                + "me ages to work out too.");
        re(10, "16:45", kwame, maLights, "Thanks Mateo!");
        Post doSlots = say(11, "10:00", tsLounge, dominic, "Still a couple of private tuition slots left before the "
                + "season fills up, £160 a day on my boat. DM me.");
        Post brSlots = re(11, "11:30", bronwen, doSlots, "Dominic, could you keep offers out of the lounge please? "
                + "Sail with people by all means, but this room is for students to chat.");
        re(11, "12:00", dominic, brSlots, "Fair enough, sorry Bronwen.");
        say(12, "09:00", tsNews, fiona, "Saturday's VHF course is full. The next one is on 10 July.");
        Post giLeeway = re(13, "08:30", gideon, maLeeway, "Back on land, sorry for the wait Mateo. Leeway pushes you "
                + "downwind of the track you want, so you steer a few degrees up into the wind to make up for it.");
        Post maGideon = re(13, "09:00", mateo, giLeeway, "That makes sense now, thank you. Hope the practical went "
                + "well?");
        re(13, "09:30", gideon, maGideon, "Five new Day Skippers, one very seasick but delighted.");
        // W24
        say(15, "07:30", tsNews, bronwen, "Weather call: this week's Competent Crew is on. Monday looks lively, 20 knots, "
                + "so we'll stay inside the Sound until it eases.");
        Post haOnline = say(15, "18:00", tsAsk, harriet, "Thinking of Day Skipper in September. Is the theory better "
                + "done online or in the classroom?");
        Post giOnline = re(15, "18:30", gideon, haOnline, "Classroom if you can: you'll ask more questions. Online "
                + "works if you're disciplined about the homework.");
        re(15, "18:50", harriet, giOnline, "Classroom it is, thanks Gideon.");
        Post kwHead = say(16, "19:00", tsTheory, kwame, "Two power vessels meeting head on: both turn to starboard, "
                + "right?");
        Post haHead = re(16, "19:20", harriet, kwHead, "Yes, both alter to starboard so you pass port to port.");
        re(16, "19:30", kwame, haHead, "Thanks Harriet.");
        Post doFowey = say(17, "12:00", tsLounge, dominic, "Anyone sailing to Fowey this weekend? I'm going over on "
                + "Saturday, it'd be nice to raft up with someone from here.");
        re(17, "12:30", harriet, doFowey, "We might be! Friend's boat, I'll ask him tonight.");
        Post kwWhip = say(18, "20:00", tsAsk, kwame, "Probably a silly question: how do you stop a rope end "
                + "unravelling if there's no whipping twine aboard?");
        Post brWhip = re(18, "20:30", bronwen, kwWhip, "Not silly at all. A constrictor knot close to the end holds "
                + "for a day or so, then whip it properly when you're ashore.");
        re(18, "20:45", kwame, brWhip, "Learned something new, thanks.");
        Post maRam = say(19, "19:00", tsTheory, mateo, "Anyone got a way to remember the lights for a vessel "
                + "restricted in her ability to manoeuvre?");
        Post kwRam = re(19, "19:30", kwame, maRam, "Red, white, red. Someone told me 'can't go, can go, can't go'.");
        re(19, "19:45", mateo, kwRam, "Ha, that's perfect.");
        say(20, "10:00", tsNews, fiona, "Photos from the June Competent Crew are up on the office noticeboard. Pop in "
                + "if you were on it.");
    }

    private void outboards() {
        // W22
        Post caChoke = say(1, "18:00", otSlipway, carys, "The Tohatsu 5 on our tender starts, then dies after a minute "
                + "unless I keep the choke half out. It sat all winter with fuel in it.");
        Post moChoke = re(1, "18:30", morwenna, caChoke, "Classic gummed-up pilot jet from old fuel. Take the carb off, "
                + "clear the pilot jet with a fine wire and carb cleaner, and give it fresh fuel. Twenty minutes if "
                + "you're handy.");
        re(1, "18:50", carys, moChoke, "I'll have a go on Saturday, thanks.");
        Post iaImp = say(2, "08:00", otWorkshop, ianto, "Anyone else waiting weeks for Mercury impellers? My supplier now "
                + "says July.");
        re(2, "08:30", leon, iaImp, "Same here. I've been using the pattern ones from the Dutch wholesaler, no trouble "
                + "so far.");
        Post moImp = re(2, "09:00", morwenna, iaImp, "Pattern for me too on the small engines, genuine on anything over "
                + "40hp.");
        re(2, "09:20", ianto, moImp, "Cheers, I'll order a few pattern ones to tide me over.");
        say(2, "12:00", otParts, morwenna, "For sale: reconditioned Yamaha 4hp short shaft, new impeller, carb "
                + "cleaned, three months' warranty. £450, collect from Falmouth.");
        Post faClub = say(3, "19:00", otSlipway, farid, "I'm bosun at Helford Sailing Club. We have six safety-boat "
                + "engines (Mariner 15s and a Yamaha 25) that need servicing before our regatta on the 12th. Could any "
                + "of you take them on, and roughly what would it cost?");
        Post moClub = re(3, "19:40", morwenna, faClub, "I could do all six at your club in one visit, some time next "
                + "week. £95 an engine plus parts; the impellers are usually due on those.");
        re(3, "20:00", leon, faClub, "If Morwenna's full, I'm in Penryn and can help.");
        re(3, "20:30", farid, moClub, "That works. I'll check with the committee and confirm.");
        Post caManual = say(4, "17:00", otSlipway, carys, "Where can I find a workshop manual for the Tohatsu? I'd like "
                + "to do the next service myself.");
        Post iaManual = re(4, "17:30", ianto, caManual, "I put the service intervals and torque figures for the little "
                + "Tohatsus on my site, free: iantooutboards.example/tohatsu-5 . The full manual you'd have to buy, but "
                + "that covers a service.");
        re(4, "17:50", carys, iaManual, "That's exactly what I needed, thanks Ianto.");
        Post caFixed = re(5, "20:00", carys, moChoke, "Cleaned the pilot jet as you said and she runs like new. Thank "
                + "you Morwenna!");
        caFixed.react("🙌", morwenna);
        Post faYes = re(5, "20:10", farid, moClub, "Committee says yes. Wednesday the 2nd at the club, if that "
                + "suits?");
        re(5, "20:30", morwenna, faYes, "Wednesday suits. I'll be there at nine with the van.");
        Post leMilk = say(6, "09:00", otWorkshop, leon, "Lower unit on a customer's Suzuki 9.9 is full of milky oil. "
                + "Seals, or a cracked casing? It's had a knock.");
        Post iaMilk = re(6, "09:30", ianto, leMilk, "Pressure test it before you order anything. A knock can crack it "
                + "right by the skeg.");
        re(6, "09:50", leon, iaMilk, "Good call, the tester goes on tomorrow.");
        // W23
        Post stBog = say(8, "10:00", otSlipway, stewart, "Mercury 40 on my RIB won't go over 3000 revs. Starts fine, "
                + "idles fine, then just bogs down. Any ideas?");
        re(8, "10:40", ianto, stBog, "Could be a few things. What's the serial number and year? Some of those have a "
                + "known fuel pump diaphragm problem.");
        Post moBog = re(8, "11:00", morwenna, stBog, "Check the primer bulb isn't collapsing under load, and that the "
                + "tank vent is open.");
        re(8, "12:00", stewart, moBog, "Vent's open.");
        Post stBulb = say(9, "09:00", otSlipway, stewart, "Put a new primer bulb on. Still bogs at 3000.");
        re(9, "09:30", ianto, stBulb, "Then the fuel pump or a blocked filter. Did you find the serial number? The "
                + "plate's on the clamp bracket.");
        re(9, "10:00", leon, stBulb, "Change the inline filter while you're at it, they're a fiver.");
        Post iaSeagull = say(9, "19:00", otWorkshop, ianto, "Found a 1970s Seagull Forty Plus at a boat jumble for £20. "
                + "That's my winter sorted.");
        iaSeagull.react("😄", leon, morwenna);
        re(9, "19:20", leon, iaSeagull, "Those will outlive all of us.");
        Post stPump = say(10, "08:00", otParts, stewart, "Wanted: fuel pump for a Mercury 40, cheap.");
        re(10, "08:40", leon, stPump, "Which year is it? There are three different pumps for the 40.");
        re(10, "20:00", farid, moClub, "All six done today, two impellers were shot. Thank you Morwenna!");
        Post stFilter = say(11, "19:00", otSlipway, stewart, "New filter. Ran better for ten minutes then bogged again.");
        re(11, "19:30", morwenna, stFilter, "Sounds like it starves as it warms up. Before you buy parts: is the fuel "
                + "line the original one? If it's gone soft inside it'll collapse when hot.");
        Post faRecommend = say(12, "10:00", otSlipway, farid, "For anyone with club boats: Morwenna serviced all six of "
                + "ours on Wednesday and found two impellers on their last legs. I'd recommend her to anyone.");
        re(12, "10:30", morwenna, faRecommend, "Thanks Farid, and good luck on the 12th!");
        Post moCarb = say(12, "18:00", otWorkshop, morwenna, "Does the new Tohatsu 6 share its carb with the 5?");
        Post iaCarb = re(12, "18:20", ianto, moCarb, "Same body, different jets.");
        re(12, "18:30", morwenna, iaCarb, "Handy, thanks.");
        Post moRelist = say(13, "11:00", otParts, morwenna, "The Yamaha 4hp is still here, now £420, still with the "
                + "three months' warranty.");
        Post caInflatable = re(13, "11:30", carys, moRelist, "Would that suit a 9ft inflatable for my brother?");
        re(13, "12:00", morwenna, caInflatable, "Perfect size for it, and it only weighs 21kg.");
        // W24
        Post stSorted = say(15, "09:00", otSlipway, stewart, "Sorted, it was the fuel pump diaphragm. Serial's "
                + "0T412378 if anyone still wants it.");
        re(15, "09:30", ianto, stSorted, "That's one of the years with the diaphragm problem. Glad she's running.");
        Post caHonda = say(16, "17:00", otSlipway, carys, "Helping my neighbour with his Honda 2.3: the tell-tale only "
                + "gives a weak dribble. Impeller?");
        Post leHonda = re(16, "17:30", leon, caHonda, "Poke a bit of wire up the tell-tale first. It's often just "
                + "blocked with salt.");
        re(16, "18:00", carys, leHonda, "Poked it and there's a proper stream now. Thanks Leon!");
        Post leCrack = re(17, "08:00", leon, iaMilk, "Pressure test found a crack by the skeg, just as you said. The "
                + "customer's buying a new lower unit.");
        re(17, "08:30", ianto, leCrack, "Ouch for him, but better than a seized gearbox mid-season.");
        say(17, "12:00", otParts, carys, "Bought the Yamaha from Morwenna for my brother. Runs beautifully, thank you.");
        Post faRegatta = say(20, "19:00", otSlipway, farid, "Regatta today went without a single engine failure, the first "
                + "time in years. Thanks again Morwenna.");
        faRegatta.react("🎉", morwenna, leon);
    }

    private void apprentices() {
        // W22
        say(1, "07:45", saNotices, conrad, "This week: Monday and Tuesday lofting with me, Wednesday to Friday in the "
                + "shed on the clinker dinghy. Lofting folders are due in on Friday.");
        Post joGarboard = say(1, "17:00", saPhotos, joel, "Garboard plank is on the clinker dinghy. Took three goes to "
                + "get the twist right.");
        joGarboard.react("🔥", hattie, ellis);
        Post haSteam = re(1, "17:30", hattie, joGarboard, "Looks sweet. Did you steam it or just clamp it?");
        re(1, "17:45", joel, haSteam, "Steamed the forward end for twenty minutes, clamped the rest.");
        Post teFair = say(2, "19:00", saStudy, tegan, "Lofting question: when I fair the waterlines, do I fair them on "
                + "the half-breadth first or on the body plan?");
        Post haFair = re(2, "19:30", hattie, teFair, "Half-breadth first, then check each point against the body plan. "
                + "If they disagree, it's usually the body plan that's lying.");
        re(2, "19:45", tegan, haFair, "Ha, thanks Hattie.");
        say(2, "17:00", saPhotos, joel, "Second plank on. Cut the gains at the stem this time, much neater.");
        Post teOffsets = say(3, "18:00", saStudy, tegan, "How many decimal places do people keep in the table of "
                + "offsets? Mine's a mess of eighths and millimetres.");
        Post coOffsets = re(3, "18:40", conrad, teOffsets, "Pick millimetres and stick to them. Convert the old imperial "
                + "offsets once, carefully, and never again.");
        re(3, "19:00", tegan, coOffsets, "Millimetres it is, thanks.");
        Post joRoves = say(3, "17:00", saPhotos, joel, "Third plank. Ran out of copper roves, so the riveting waits till "
                + "tomorrow.");
        Post elRoves = re(3, "17:20", ellis, joRoves, "Borrow mine, they're in the blue tin on my bench.");
        re(3, "17:30", joel, elRoves, "Legend, thanks Ellis.");
        Post elGrain = say(4, "12:30", saStudy, ellis, "Anyone got a way to remember which way the grain should run in "
                + "a steamed frame?");
        Post teGrain = re(4, "12:50", tegan, elGrain, "Conrad's trick: the grain follows the bend like the layers of an "
                + "onion, never across it.");
        re(4, "13:00", ellis, teGrain, "That's the one, thanks Tegan.");
        Post ruLift = say(4, "16:00", saOff, ruairi, "Anyone driving out of Falmouth on Friday? I need a lift to the "
                + "ferry.");
        Post haLift = re(4, "16:20", hattie, ruLift, "I can drop you at the ferry, leaving at four.");
        re(4, "16:30", ruairi, haLift, "Perfect, thanks Hattie.");
        say(5, "16:30", saPhotos, joel, "Fourth plank. Riveting done, fingers sore.");
        say(5, "08:00", saNotices, conrad, "Reminder: lofting folders in by 4pm today. The summer placements list goes "
                + "up next week.");
        Post elSail = say(6, "09:00", saOff, ellis, "Anyone sailing on Saturday? The club has a spare Wayfarer.");
        re(6, "09:20", tegan, elSail, "Me!");
        // W23
        Post joBank = say(8, "15:00", saPhotos, joel, "Bank holiday, but I came in to finish the fifth plank. Had the "
                + "shed to myself.");
        Post coBank = re(8, "16:00", conrad, joBank, "Don't make a habit of it! Looks good, though.");
        re(8, "16:10", joel, coBank, "Cheers Conrad.");
        say(9, "10:00", saPhotos, ruairi, "Please give my Young Boatbuilder award entry a like and share it round, the "
                + "most likes wins the public vote: votes.example/yba2032/ruairi-beckett");
        say(9, "10:05", saStudy, ruairi, "If you've got a second, like and share my award entry, voting closes Sunday: "
                + "votes.example/yba2032/ruairi-beckett");
        say(9, "16:30", saPhotos, joel, "Sixth plank.");
        Post coPlace = say(10, "08:00", saNotices, conrad, "Summer placements: Hattie and Ellis at the Mylor yard, Tegan "
                + "and Joel at the Gweek restoration shed, Ruairi at the Falmouth rigging loft. All start on 21 June.");
        re(10, "08:30", tegan, coPlace, "Gweek! So happy.");
        re(10, "08:45", hattie, coPlace, "Mylor with Ellis, brilliant.");
        Post teHours = say(10, "12:00", saStudy, tegan, "Does the placement count towards the portfolio hours, or just "
                + "the log book?");
        Post coHours = re(10, "12:30", conrad, teHours, "Both. Keep the log book daily and pick three jobs for the "
                + "portfolio write-up.");
        re(10, "12:40", tegan, coHours, "Got it, thanks.");
        Post joSeventh = say(11, "16:30", saPhotos, joel, "Seventh plank. The turn of the bilge is where it gets "
                + "interesting.");
        Post haSpile = re(11, "17:00", hattie, joSeventh, "Are you spiling each one, or using the old planks as "
                + "patterns?");
        re(11, "17:15", joel, haSpile, "Spiling each one. The old ones were too far gone.");
        Post haClassics = say(12, "18:00", saOff, hattie, "Who's coming to the Falmouth classics on the 12th?");
        re(12, "18:20", ellis, haClassics, "Me.");
        re(12, "18:30", joel, haClassics, "Me, if the planking's done.");
        Post elEpoxy = say(13, "11:00", saStudy, ellis, "Epoxy question: can I glass over mahogany ply that's been "
                + "oiled?");
        Post haEpoxy = re(13, "11:30", hattie, elEpoxy, "No, it won't bond. Sand right back to clean wood and wipe it "
                + "with acetone first.");
        re(13, "11:45", ellis, haEpoxy, "Good job I asked before mixing a litre of it.");
        // W24
        Post joEighth = say(15, "16:30", saPhotos, joel, "Eighth plank. Halfway!");
        joEighth.react("🎉", hattie, tegan, conrad);
        Post teBevel = say(15, "18:00", saStudy, tegan, "How do you work out the bevel on a clinker land at the turn "
                + "of the bilge?");
        Post ruBevel = re(15, "18:30", ruairi, teBevel, "Take it off the mould at each station with a bevel gauge, then "
                + "plane to the line with a rebate plane. I did mine last month, happy to show you on Monday.");
        re(15, "18:45", tegan, ruBevel, "Yes please, thanks Ruairi.");
        Post ruThird = say(16, "12:00", saOff, ruairi, "Didn't win the vote, but came third nationally. Thanks to "
                + "whoever shared it round.");
        re(16, "12:30", conrad, ruThird, "Third in the country is a cracking result. Well done.");
        say(17, "16:30", saPhotos, joel, "Ninth plank.");
        say(18, "08:00", saNotices, conrad, "Assessment feedback is in your college inbox. Drop in on Thursday "
                + "afternoon if you'd like to talk it through.");
        Post teThanks = say(19, "17:00", saOff, tegan, "End of term! Thanks everyone for the lofting help, I'd have "
                + "drowned in offsets without you.");
        teThanks.react("❤️", hattie, ellis, ruairi);
    }

    private void mooringHolders() {
        // W22
        Post yvDredge = say(1, "09:00", fmNotices, yvonne, "From the harbour office: the dredger works between the "
                + "chain ferry and the Polkerris buoy from 7 to 11 June. Keep clear of the marked area. Holders in rows "
                + "F and G may be asked to move for a day.");
        Post peDredge = re(1, "10:00", peter, yvDredge, "I'm on G14. Will you let us know which day?");
        re(1, "10:30", yvonne, peDredge, "Yes, by the Thursday before, by email and here.");
        joins(1, "18:00", fmChat, sunil);
        Post suHello = say(1, "18:30", fmChat, sunil, "Hello all, I've just taken over mooring D7 with a Hurley 22. "
                + "First boat, first mooring. Be kind!");
        Post maHello = re(1, "19:00", marjorie, suHello, "Welcome Sunil! D7 is a nice sheltered spot. Come to the "
                + "association's open evening on Friday and meet everyone.");
        re(1, "19:15", sunil, maHello, "Thanks Marjorie, I'll be there.");
        joins(2, "09:30", fmChat, lewis);
        say(2, "10:00", fmChat, lewis, "Spring antifoul offers on the Fenmouth! Scrub, prep and two coats from £14 a "
                + "foot, done on the hard at Polkerris. Book now: hullcare.example/fenmouth");
        say(2, "10:20", fmTenders, lewis, "Tenders looking green? Tender scrubs from £35, collected from the dinghy park "
                + "and back the same day: hullcare.example/fenmouth");
        say(2, "10:45", fmSale, lewis, "Hull cleaning and antifouling on the Fenmouth from £14 a foot. Book at "
                + "hullcare.example/fenmouth");
        Post suInspect = say(2, "14:00", fmChat, sunil, "What's the form with mooring inspections? The previous holder "
                + "said D7 was 'done a while ago'.");
        Post maInspect = re(2, "14:30", marjorie, suInspect, "The harbour office wants the riser and ground chain "
                + "inspected every two years, with a certificate. Most of us use Ruaridh: he did mine last spring and "
                + "I've sent a few newcomers his way.");
        Post ruInspect = re(2, "15:00", ruaridh, suInspect, "I'll look D7 up in my book. If it was last done in 2030 or "
                + "earlier, it's due.");
        re(2, "15:20", sunil, ruInspect, "Thank you both.");
        maInspect.react("🙏", sunil);
        Post brOars = say(3, "08:00", fmTenders, bryn, "Someone's borrowed a pair of blue oars from the dinghy park. If "
                + "you find them in your tender by mistake, they're mine!");
        Post peOars = re(3, "08:40", peter, brOars, "There's a pair of blue oars under the pontoon ramp. I put them "
                + "there yesterday when I found them floating.");
        re(3, "09:00", bryn, peOars, "Found them, thanks Peter!");
        say(4, "09:00", dmSunilRuaridh, sunil, "Hi Ruaridh, Sunil from D7. What would an inspection cost, and when "
                + "could you do it?");
        say(4, "10:00", dmSunilRuaridh, ruaridh, "Hi Sunil. D7 was last done in 2029, so it's due. An inspection with "
                + "the certificate is £85; if the riser needs replacing, add £60 for chain and shackles. I'm on the "
                + "river with the barge from 7 June.");
        say(4, "10:30", dmSunilRuaridh, sunil, "Great, please put me down.");
        say(4, "10:45", dmSunilRuaridh, ruaridh, "Done. I'll text you the day before.");
        Post leSlots = say(5, "09:00", fmChat, lewis, "Only three antifoul slots left this month! "
                + "hullcare.example/fenmouth");
        Post maLewis = re(5, "09:40", marjorie, leSlots, "Lewis, could you keep offers to #for-sale-and-wanted, please? "
                + "That's what it's there for.");
        re(5, "10:00", lewis, maLewis, "Will do, sorry Marjorie.");
        say(5, "12:00", fmNotices, marjorie, "Open evening tonight at the sailing club, 7pm. Bring your mooring "
                + "questions and your thirst.");
        Post suFirst = say(6, "11:00", fmChat, sunil, "Lovely to meet people last night. Took the Hurley out for the "
                + "first time this morning and picked up the mooring on the second try!");
        suFirst.react("👏", marjorie, peter, bryn);
        re(6, "11:30", bryn, suFirst, "Second try is good going. I took five on my first day.");
        // W23
        Post yvShift = say(9, "09:00", fmNotices, yvonne, "Dredging update: rows F and G move on Wednesday 9 June. "
                + "We'll tow you back the same afternoon.");
        re(9, "09:30", peter, yvShift, "Thanks Yvonne, G14 will be ready.");
        Post peKeel = say(10, "18:00", fmChat, peter, "Can anyone recommend someone to scrub my keel before the "
                + "regatta? She'll be drying out on the hard on Friday.");
        Post leKeel = re(10, "18:30", lewis, peKeel, "I can do it on the hard on Friday: £90 for a scrub and a coat of "
                + "hard antifoul on the keel.");
        re(10, "19:00", peter, leKeel, "Thanks Lewis, Friday it is. I'll message you the time.");
        Post brAvon = say(11, "10:00", fmSale, bryn, "For sale: 2.3m Avon Redstart, patched once, holds air, oars "
                + "included. £180, collect from the dinghy park.");
        Post suAvon = re(11, "10:30", sunil, brAvon, "Has anyone claimed it yet? D7 needs a tender.");
        Post brYours = re(11, "10:45", bryn, suAvon, "It's yours if you want it.");
        re(11, "11:00", sunil, brYours, "Yes please!");
        Post ruRound = say(12, "08:00", fmNotices, ruaridh, "Mooring inspections: I'm on the river with the barge from "
                + "Monday 7 June to Friday 11 June. If your certificate is due, put your mooring number here or send "
                + "me a message.");
        Post peG14 = re(12, "08:30", peter, ruRound, "G14 please, due this year.");
        re(12, "09:00", ruaridh, peG14, "Noted, Peter.");
        Post brB3 = re(12, "09:10", bryn, ruRound, "B3 is due too.");
        re(12, "09:30", ruaridh, brB3, "B3 noted.");
        Post maVols = say(13, "10:00", fmChat, marjorie, "Regatta volunteers: we need two more people on the "
                + "committee boat on Saturday the 12th. Any takers?");
        Post suVols = re(13, "10:30", sunil, maVols, "I'd love to help, if a beginner is any use?");
        re(13, "11:00", marjorie, suVols, "Very much so. You can do the flags.");
        // W24
        Post suD7 = say(15, "14:00", fmChat, sunil, "Ruaridh did D7 this morning. It needed a new riser, all done and "
                + "the certificate's in hand. Thanks Marjorie for pointing me to him.");
        re(15, "14:30", ruaridh, suD7, "A pleasure, Sunil. Good chain on that one now.");
        Post suRack = say(16, "09:00", fmTenders, sunil, "The Avon from Bryn is in the dinghy park with a D7 tag. What's "
                + "the padlock code for the rack?");
        Post yvRack = re(16, "09:30", yvonne, suRack, "The rack code changes monthly and the harbour office emails it "
                + "to holders. I'll resend it to you now.");
        re(16, "09:45", sunil, yvRack, "Got it, thanks Yvonne.");
        Post peScrub = say(17, "19:00", fmChat, peter, "Keel scrubbed by Lewis on Friday, a tidy job and he was on "
                + "time. Thanks.");
        re(17, "19:30", lewis, peScrub, "Thanks Peter, and good luck on Saturday.");
        say(19, "08:00", fmNotices, yvonne, "Tomorrow is regatta day: the fairway is closed between 11 and 4 for racing. The "
                + "committee boat is on H1.");
        Post maRegatta = say(20, "09:00", fmChat, marjorie, "What a regatta! Thank you to all the volunteers, "
                + "especially Sunil on the flags.");
        maRegatta.react("👏", sunil, peter, bryn, yvonne);
        re(20, "09:30", sunil, maRegatta, "Loved every minute. Same again next year.");
    }

    private void hireBase() {
        // W22
        say(1, "08:00", kwNews, nadia, "Stoppage: lock 12 on the flight is closed for gate repairs from 25 to 27 May. "
                + "Boats heading north this week will turn at Wheelock instead.");
        Post mauKestrel = say(1, "19:00", kwLounge, maurice, "Back from a week on Kestrel. Best canal trip we've had, "
                + "and the Harecastle tunnel was spooky in the best way.");
        Post geKestrel = re(1, "19:30", geraldine, mauKestrel, "Kestrel's our favourite too! Did you stop at the Red "
                + "Bull?");
        re(1, "20:00", maurice, geKestrel, "Twice.");
        Post geCooker = say(2, "10:00", kwAsk, geraldine, "@Owen Trelawny is Kestrel getting her new cooker before "
                + "September? Last year's oven had a mind of its own.");
        Post owCooker = re(2, "11:00", owen, geCooker, "The new cooker goes in next month, Geraldine. You'll have a "
                + "proper oven at last.");
        re(2, "11:15", geraldine, owCooker, "Hurrah!");
        Post geTunnel = say(3, "18:00", kwLounge, geraldine, "Did anyone film going through the Harecastle tunnel? My "
                + "grandchildren won't believe how long it is.");
        Post mauTunnel = re(3, "18:30", maurice, geTunnel, "I did, it's on my channel: "
                + "canalsbymaurice.example/harecastle . Forty minutes of darkness and dripping.");
        re(3, "18:50", geraldine, mauTunnel, "Ha, perfect, thank you Maurice.");
        Post owHeron = say(4, "12:00", kwNews, owen, "Boat news: Heron has a new engine fitted this week. Quieter, and "
                + "she finally makes headway against the river current.");
        owHeron.react("👍", maurice, geraldine);
        Post mauBike = say(5, "09:00", kwAsk, maurice, "Can we bring a bike on the roof? We'd like to cycle back for "
                + "the car.");
        Post naBike = re(5, "09:30", nadia, mauBike, "Yes, strapped down at the front. Tell Sofia when you book so we "
                + "give you a boat with roof rails.");
        re(5, "09:45", maurice, naBike, "Will do, thanks Nadia.");
        say(6, "10:00", kwNews, sofia, "Summer handover times: Saturdays at 2pm, Mondays at 1pm. Please arrive half an "
                + "hour early for the safety briefing.");
        // W23
        joins(8, "10:00", kwWelcome, devika);
        Post deHello = say(8, "10:30", kwWelcome, devika, "Hi! We've booked Otter for a week in July with two kids and "
                + "a dog. First time on a canal boat, and I'm slightly terrified.");
        Post soDevika = re(8, "11:00", sofia, deHello, "Welcome Devika! Otter is perfect for a first trip. You'll be "
                + "fine, Owen's briefing covers everything.");
        re(8, "11:15", devika, soDevika, "That's reassuring, thank you.");
        say(8, "14:00", dmDevikaSofia, devika, "Hi Sofia, is the dog allowed on the sofa bed? She sheds a lot.");
        say(8, "14:30", dmDevikaSofia, sofia, "Dogs are very welcome, but not on the beds or seats, sorry! Bring a "
                + "blanket for her and we'll put a dog mat aboard.");
        say(8, "14:45", dmDevikaSofia, devika, "Perfect, thanks.");
        Post geSept = say(9, "09:00", kwAsk, geraldine, "@Sofia Marchant could we book Kestrel again for the second "
                + "week of September, as we have for the last six years? We'd like to go up the Caldon again.");
        joins(9, "11:00", kwWelcome, oskar);
        Post osHello = say(9, "11:30", kwWelcome, oskar, "Hello, Oskar here. Four friends on Heron for a week from 19 "
                + "June, and none of us has ever done a lock.");
        Post soOskar = re(9, "12:00", sofia, osHello, "Welcome Oskar! Heron's just had her new engine. We'll work a "
                + "lock on the briefing so you see one before you go.");
        re(9, "12:15", oskar, soOskar, "Brilliant.");
        Post deKids = say(10, "10:00", kwAsk, devika, "What should we pack for the kids? Do they need their own "
                + "lifejackets?");
        Post soKids = re(10, "10:30", sofia, deKids, "We have children's lifejackets in every size. Pack wellies, "
                + "waterproofs and a torch each: the kids love the tunnels.");
        re(10, "10:45", devika, soKids, "Thank you so much!");
        Post osPubs = say(10, "18:00", kwLounge, oskar, "Any pubs to recommend between the wharf and Middlewich?");
        Post mauPubs = re(10, "18:30", maurice, osPubs, "The Big Lock at Middlewich. You can moor right outside.");
        re(10, "19:00", geraldine, osPubs, "And the Romping Donkey if you walk up from Hassall Green.");
        re(10, "19:20", oskar, mauPubs, "Noted both, thanks!");
        re(11, "09:00", geraldine, geSept, "@Sofia Marchant just checking you saw this? Happy to pay the deposit now.");
        say(11, "10:00", kwNews, sofia, "A few July weeks have come free on Otter and Heron after cancellations. Ask in "
                + "#ask-the-wharf if you'd like one.");
        Post osEarly = say(11, "15:00", kwAsk, oskar, "Could we pick Heron up an hour early? Our train gets in at 11.");
        Post soEarly = re(11, "15:30", sofia, osEarly, "Yes, come for 12 and we'll have her ready.");
        re(11, "15:45", oskar, soEarly, "Great, thank you.");
        say(12, "08:00", kwNews, nadia, "Lock 12 is open again. Thanks for your patience, everyone.");
        Post soSept = re(13, "10:00", sofia, geSept, "So sorry Geraldine, this slipped past me! Kestrel is yours for "
                + "11 to 18 September, I've pencilled you in.");
        re(13, "10:30", geraldine, soSept, "Lovely, thank you Sofia.");
        // W24
        Post deCar = say(15, "18:00", kwAsk, devika, "Where do we leave the car for the week?");
        Post naCar = re(15, "18:30", nadia, deCar, "In the wharf car park, free for hirers. Leave the key with Sofia.");
        re(15, "18:45", devika, naCar, "Thanks Nadia.");
        Post geClub = say(16, "11:00", kwLounge, geraldine, "I told my book club about the wharf, and two of them are "
                + "booking for August.");
        re(16, "11:30", nadia, geClub, "That's so kind of you, Geraldine, thank you. We'll look after them.");
        Post osFridge = say(17, "19:00", kwAsk, oskar, "Is the fridge big enough for four people's beer?");
        Post owFridge = re(17, "19:30", owen, osFridge, "Heron's fridge is a decent size, but buy the beer in "
                + "Middlewich.");
        re(17, "19:40", oskar, owFridge, "Sound advice.");
        say(18, "08:00", kwNews, owen, "Reminder for everyone setting off this month: make sure the weed hatch is "
                + "screwed down tight before you start the engine.");
        Post mauCaldon = say(19, "17:00", kwLounge, maurice, "New video from our Kestrel week is up, the Caldon part: "
                + "canalsbymaurice.example/caldon");
        re(19, "17:30", geraldine, mauCaldon, "Lovely! That's the stretch we're doing in September.");
    }

    private void electricians() {
        // W22
        Post jaIntro = say(1, "08:00", vaIntro, jasper, "Jasper here, marine electrician. I've just started my own "
                + "business in Brixham after ten years with a big installer.");
        re(1, "09:00", esther, jaIntro, "Welcome Jasper, good luck with the new venture!");
        say(1, "12:00", vaSparks, jasper, "My first week on my own. I've booked four jobs already and my van is finally "
                + "signwritten.");
        say(1, "17:00", vaSparks, jasper, "I fitted a lithium bank on a Moody 42 today. My crimps were the neatest I've "
                + "ever done.");
        Post clLith = say(2, "08:00", vaOwners, clive, "Thinking of going lithium on our Westerly Oceanlord. Two 200Ah "
                + "batteries. Where do I start, and what do people usually forget?");
        Post esLith = re(2, "08:45", esther, clLith, "Start with the charging, not the batteries. The alternator needs "
                + "protecting, usually with a DC-DC charger, and the shore charger and solar need lithium profiles. "
                + "People forget the alternator most.");
        re(2, "09:10", clive, esLith, "That's a good starting point, thank you. I'll read up on DC-DC chargers.");
        say(2, "09:30", vaSparks, jasper, "I'm thinking of getting my ABYC certification this winter. I think it'll set "
                + "my business apart.");
        say(2, "18:00", vaSparks, jasper, "My website is nearly done. I wrote all the copy myself.");
        Post inSolar = say(3, "07:30", vaOwners, ingrid, "Our catamaran has 400W of solar on the bimini but the "
                + "controller never shows more than 180W, even at noon. Shading, or something else?");
        Post maSolar = re(3, "08:10", malachy, inSolar, "Partly shading, but check whether the panels are in series or "
                + "parallel. On a bimini, with the boom's shadow, parallel usually wins. And 400W of panels rarely "
                + "gives 400W.");
        re(3, "08:30", ingrid, maSolar, "They're in series! I'll get them rewired, thank you.");
        say(3, "08:40", vaSparks, jasper, "I spent all morning tracing a ground fault on a Beneteau. Found it in the "
                + "end. My multimeter paid for itself.");
        Post esRoute = say(3, "12:00", vaSparks, esther, "Anyone else having trouble getting marine-grade tinned cable "
                + "in 35mm? My supplier's out till August.");
        Post maRoute = re(3, "12:30", malachy, esRoute, "The chandlery wholesaler in Plymouth had a drum last week. "
                + "Ring them before you drive over.");
        re(3, "12:45", esther, maRoute, "Will do, thanks Malachy.");
        say(3, "19:00", vaSparks, jasper, "I've decided my hourly rate will be £55. I reckon I'm worth it.");
        say(4, "10:00", vaSparks, jasper, "I did my first NMEA 2000 backbone on my own today. Really pleased with how I "
                + "labelled every drop.");
        say(4, "14:00", vaKit, malachy, "Clearing the van: Raymarine i70s display, works, small scratch, £180. "
                + "pics.example/malachy/i70s");
        say(4, "14:02", vaKit, malachy, "Garmin GHC 20 autopilot head, boxed, £220. pics.example/malachy/ghc20");
        Post maBmv = say(4, "14:04", vaKit, malachy, "Victron BMV-712 battery monitor with shunt, £95. pics.example/malachy/bmv712");
        say(4, "14:06", vaKit, malachy, "Standard Horizon fixed VHF with AIS, ex-demo, £160. "
                + "pics.example/malachy/vhf-ais");
        say(4, "20:00", vaSparks, jasper, "I've ordered a second crimper so I never get caught out again.");
        Post wiVhf = say(5, "09:00", vaOwners, wilfred, "My VHF says 'GPS data error' on the screen since I changed "
                + "the chartplotter. Is that the radio or the plotter?");
        Post esVhf = re(5, "09:30", esther, wiVhf, "Almost certainly the plotter isn't sending position on the network "
                + "the radio listens to. Check the plotter's NMEA output settings first.");
        re(5, "10:00", wilfred, esVhf, "Found the setting, error gone. Brilliant, thanks Esther.");
        say(5, "11:00", vaSparks, jasper, "My busiest week ever. I've had three owners ring me from word of mouth "
                + "already.");
        Post wiBmv = re(5, "15:00", wilfred, maBmv, "Is the battery monitor still available?");
        say(5, "18:00", vaSparks, jasper, "I'm going to start a monthly newsletter for my customers. I think it'll "
                + "keep me front of mind.");
        re(5, "18:30", malachy, wiBmv, "It is. Yours for the £95 if you can collect from Totnes.");
        say(6, "10:00", vaSparks, jasper, "I finished my last job of the week early, so I'm cleaning my van and my "
                + "tools.");
        // W23
        say(8, "09:00", vaSparks, jasper, "I worked the bank holiday. I don't mind, my diary's full for June.");
        say(8, "17:00", vaSparks, jasper, "I quoted my biggest job yet today, a full rewire on a 1980s ketch.");
        Post clAlt = say(9, "08:00", vaOwners, clive, "Back with more lithium questions: can I keep my old 70A "
                + "alternator, or does it need replacing as well as the DC-DC charger?");
        say(9, "10:00", vaSparks, jasper, "I've been asked to speak at my local sailing club about electrics. I'm "
                + "nervous but I think I'll do well.");
        Post esFuse = say(9, "12:00", vaSparks, esther, "Class T fuse or MRBF on the lithium banks these days? I keep "
                + "changing my mind.");
        Post maFuse = re(9, "12:30", malachy, esFuse, "Class T on the main bank every time. MRBF for the smaller "
                + "branches.");
        re(9, "12:45", esther, maFuse, "That's where I landed too. Thanks.");
        say(9, "19:00", vaSparks, jasper, "My new business cards arrived. I went for navy with a yellow lightning bolt.");
        Post esAlt = re(10, "08:00", esther, clAlt, "You can keep it if it has decent temperature sensing. Otherwise a "
                + "DC-DC charger limits what it sees. Fit a temperature sensor on the alternator either way.");
        re(10, "08:30", clive, esAlt, "Keep it and add a sensor, then. Much appreciated.");
        say(10, "10:00", vaSparks, jasper, "I'm pricing up a proper workshop unit. My garage is bursting.");
        say(10, "18:00", vaSparks, jasper, "I've had my first five-star review. I'm chuffed.");
        Post inRefit = say(11, "09:00", vaOwners, ingrid, "Panels rewired in parallel and we're seeing 310W at noon. "
                + "Thank you Malachy.");
        inRefit.react("🔥", malachy, esther);
        say(11, "11:00", vaSparks, jasper, "I spent today fitting radar on a trawler yacht. My back is killing me.");
        say(12, "10:00", vaSparks, jasper, "My van's been in for its service, so I'm doing my books and planning my "
                + "summer.");
        say(13, "16:00", vaSparks, jasper, "I've decided to specialise in lithium. I think it's where my future is.");
        say(14, "11:00", vaSparks, jasper, "I've had a great week, I'm proud of how my business is growing.");
        // W24
        Post esJasper = say(15, "08:30", vaSparks, esther, "@Jasper Quinlan sounds like you're flat out! You said "
                + "you're going for lithium: Clive's been asking about exactly that in #owners-ask. You'd be a good "
                + "person to help him, and those owners are the ones who ring.");
        Post jaThanks = re(15, "09:00", jasper, esJasper, "Thanks Esther, that's a fair nudge. I've been shouting into "
                + "the void a bit. Going to have a look now.");
        jaThanks.react("👍", esther);
        Post jaClive = re(15, "09:30", jasper, clAlt, "Clive, one thing to add to Esther's answer: check your "
                + "alternator's belt. A 70A into a lithium bank runs at full output for a long time, and a narrow belt "
                + "can glaze. What size belt is on it?");
        Post clBelt = re(15, "11:00", clive, jaClive, "Narrow, 10mm. Should I change it?");
        Post jaBelt = re(15, "11:30", jasper, clBelt, "I'd fit a new one and carry a spare. If the pulley allows, a "
                + "wider one is better still. Happy to look if you're ever near Brixham.");
        re(15, "12:00", clive, jaBelt, "Thank you, I'll order two.");
        Post wiShore = say(16, "19:00", vaOwners, wilfred, "Does a galvanic isolator matter if I only plug into shore "
                + "power a few nights a year?");
        Post jaShore = re(16, "19:30", jasper, wiShore, "Yes, even then. One night next to a badly wired boat can eat "
                + "an anode. An isolator is cheap insurance, and you can fit it yourself.");
        re(16, "19:45", wilfred, jaShore, "Sold. Thanks Jasper.");
        Post jaAsk = say(17, "09:00", vaSparks, jasper, "Question for you both: how do you handle owners who want to "
                + "supply their own batteries? Do you still warranty the install?");
        Post esAsk = re(17, "09:30", esther, jaAsk, "I warranty my work, not their parts, and say so in writing.");
        re(17, "10:00", malachy, jaAsk, "Same. And I check their batteries' paperwork before I agree.");
        re(17, "10:15", jasper, esAsk, "In writing. That's what I'll do, thank you.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes116Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 116");
    }
}
