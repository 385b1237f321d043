package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 101 (sealed): eight communities of security, safety and emergency work, of kinds no earlier round
 * used (door supervisors and security officers with a shifts board where venues and an events agency post work and a
 * kit seller among them, fire-risk assessors with a room where landlords and letting agents ask and a landlord's DM to
 * an assessor, volunteer community first responders where nobody sells, a neighbourhood watch where nobody sells but
 * an alarm firm's owner moves in and sends a DM, a security-guard agency's own server with its Staff and its guards, event
 * stewards with a room where event organisers ask and a stewarding firm's owner among them, pool and lido lifeguards
 * with a jobs board, a course trainer and a lifeguard who makes videos, and health-and-safety consultants for small
 * builders with a room where builders ask, a reading room and a for-hire room), over three ISO weeks (2031-W14 to W16,
 * Easter falling in the second), written and labelled by writer101 (session 52) before any coach ran on them, with
 * many borderline cases. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-101.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes101Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2031, 3, 31);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2031, 4, 21, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-101";
    private static final int BASE = 78800;

    // --- A. door supervisors and security officers ---
    private final String door = cast.guild(1291);
    private final Channel dsDoor = cast.channel(door, "Tyneside Door Supervisors", "the-door",
            "door supervisors and security officers: chat, nights out there, debriefs", "ds-the-door.json");
    private final Channel dsShifts = cast.channel(door, "Tyneside Door Supervisors", "shifts-board",
            "venues and agencies post shifts with the booking link; supervisors post when they're free or need cover",
            "ds-shifts-board.json");
    private final Channel dsKit = cast.channel(door, "Tyneside Door Supervisors", "licence-and-kit",
            "SIA licence renewals, top-up training, body cams, vests and radios", "ds-licence-and-kit.json");
    private final Channel dsIntro = cast.channel(door, "Tyneside Door Supervisors", "introductions",
            "new here? introduce yourself", "ds-introductions.json");
    private final Persona darren = cast.person("darren.hollis", "Darren Hollis");
    private final Persona shona = cast.person("shona.baird", "Shona Baird");
    private final Persona kofi = cast.person("kofi.mensah", "Kofi Mensah");
    private final Persona tariq = cast.person("tariq.aziz", "Tariq Aziz");
    private final Persona gavin = cast.person("gavin.doorkit", "Gavin Pryce");
    private final Persona nadia = cast.person("nadia.sentinel", "Nadia Kowal");
    private final Persona lewis = cast.person("lewis.carmody", "Lewis Carmody");

    // --- B. fire-risk assessors with a room where landlords ask ---
    private final String fire = cast.guild(1292);
    private final Channel frAsk = cast.channel(fire, "Fire Risk Assessors North", "landlords-ask",
            "landlords, HMO owners and letting agents: ask assessors about alarms, doors, escape routes and what the "
                    + "law wants", "fr-landlords-ask.json");
    private final Channel frLounge = cast.channel(fire, "Fire Risk Assessors North", "assessors-lounge",
            "assessors among ourselves: fees, PAS 79, insurance, the job", "fr-assessors-lounge.json");
    private final Channel frDoors = cast.channel(fire, "Fire Risk Assessors North", "fire-doors",
            "fire doors, compartmentation and the technical bits", "fr-fire-doors.json");
    private final Channel frHire = cast.channel(fire, "Fire Risk Assessors North", "for-hire",
            "assessors and inspectors: post your services and the areas you cover", "fr-for-hire.json");
    private final Persona rhiannon = cast.person("rhiannon.pugh", "Rhiannon Pugh");
    private final Persona craig = cast.person("craig.whitworth", "Craig Whitworth");
    private final Persona declan = cast.person("declan.rourke", "Declan Rourke");
    private final Persona leona = cast.person("leona.hartley", "Leona Hartley");
    private final Persona pauline = cast.person("pauline.ingham", "Pauline Ingham");
    private final Persona hamid = cast.person("hamid.sultani", "Hamid Sultani");
    private final Persona yasmin = cast.person("yasmin.okafor", "Yasmin Okafor");
    private final Channel frDm = cast.dm(hamid, "fr-dm-hamid-sultani.json");

    // --- C. volunteer community first responders, where nobody sells ---
    private final String cfr = cast.guild(1293);
    private final Channel crRota = cast.channel(cfr, "Wensley Valley First Responders", "rota",
            "on-call rota: who's covering when, swaps and gaps", "cr-rota.json");
    private final Channel crDebrief = cast.channel(cfr, "Wensley Valley First Responders", "callout-debriefs",
            "after a callout: what went well, what didn't. No patient names", "cr-callout-debriefs.json");
    private final Channel crDefib = cast.channel(cfr, "Wensley Valley First Responders", "defib-checks",
            "post your village defib cabinet checks here: cabinet, pads, battery", "cr-defib-checks.json");
    private final Channel crCrew = cast.channel(cfr, "Wensley Valley First Responders", "crew-room",
            "everything else", "cr-crew-room.json");
    private final Persona elaine = cast.person("elaine.rowntree", "Elaine Rowntree");
    private final Persona joe = cast.person("joe.halliwell", "Joe Halliwell");
    private final Persona priti = cast.person("priti.shah", "Priti Shah");
    private final Persona malcolm = cast.person("malcolm.ellery", "Malcolm Ellery");
    private final Persona agnes = cast.person("agnes.murray", "Agnes Murray");
    private final Persona owain = cast.person("owain.griffiths", "Owain Griffiths");

    // --- D. a neighbourhood watch where nobody sells, and an alarm firm's owner ---
    private final String watch = cast.guild(1294);
    private final Channel nwAlerts = cast.channel(watch, "Ashgrove Neighbourhood Watch", "alerts",
            "suspicious activity, break-ins, police messages: keep it factual", "nw-alerts.json");
    private final Channel nwChat = cast.channel(watch, "Ashgrove Neighbourhood Watch", "chat",
            "neighbours chatting: bins, roadworks, the ring round, anything", "nw-chat.json");
    private final Channel nwLost = cast.channel(watch, "Ashgrove Neighbourhood Watch", "lost-and-found",
            "lost and found: pets, keys, parcels", "nw-lost-and-found.json");
    private final Channel nwIntro = cast.channel(watch, "Ashgrove Neighbourhood Watch", "introductions",
            "new to the street or the group? say hello", "nw-introductions.json");
    private final Persona maureen = cast.person("maureen.stanley", "Maureen Stanley");
    private final Persona ifeoma = cast.person("pcso.nwosu", "Ifeoma Nwosu");
    private final Persona geoffrey = cast.person("geoffrey.platt", "Geoffrey Platt");
    private final Persona lucy = cast.person("lucy.harrington", "Lucy Harrington");
    private final Persona sanjay = cast.person("sanjay.mehta", "Sanjay Mehta");
    private final Persona edith = cast.person("edith.wainwright", "Edith Wainwright");
    private final Persona ross = cast.person("ross.calderalarms", "Ross Calder");
    private final Channel nwDm = cast.dm(ross, "nw-dm-ross-calder.json");

    // --- E. a security-guard agency's own server with its Staff and its guards ---
    private final String agency = cast.guild(1295);
    private final Role staff = cast.role("Staff", "#2e86c1", 1);
    private final Channel sgNotices = cast.channel(agency, "Castlegate Security Team Hub", "announcements",
            "from the office: site news, rotas out, pay dates, policy", "sg-announcements.json");
    private final Channel sgSwaps = cast.channel(agency, "Castlegate Security Team Hub", "rota-swaps",
            "swaps and cover between guards; the office confirms", "sg-rota-swaps.json");
    private final Channel sgAsk = cast.channel(agency, "Castlegate Security Team Hub", "ask-the-office",
            "guards: questions for the office about sites, pay, uniform, training", "sg-ask-the-office.json");
    private final Channel sgCanteen = cast.channel(agency, "Castlegate Security Team Hub", "canteen",
            "off-duty chat", "sg-canteen.json");
    private final Persona brenda = cast.person("brenda.whitaker", "Brenda Whitaker", staff);
    private final Persona aaron = cast.person("aaron.kelsey", "Aaron Kelsey", staff);
    private final Persona patrick = cast.person("patrick.mulvey", "Patrick Mulvey");
    private final Persona emeka = cast.person("emeka.obi", "Emeka Obi");
    private final Persona zofia = cast.person("zofia.nowicka", "Zofia Nowicka");
    private final Persona wayne = cast.person("wayne.stubbs", "Wayne Stubbs");
    private final Persona imogen = cast.person("imogen.tull", "Imogen Tull");

    // --- F. event stewards with a room where organisers ask ---
    private final String stewards = cast.guild(1296);
    private final Channel esAsk = cast.channel(stewards, "Event Stewards North", "organisers-ask",
            "event organisers ask: how many stewards, crowd plans, licensing conditions, who to book",
            "es-organisers-ask.json");
    private final Channel esChat = cast.channel(stewards, "Event Stewards North", "stewards-chat",
            "stewards among ourselves: shifts, kit, the job", "es-stewards-chat.json");
    private final Channel esGigs = cast.channel(stewards, "Event Stewards North", "gigs-board",
            "stewarding firms post gigs; stewards post when they're available", "es-gigs-board.json");
    private final Channel esTraining = cast.channel(stewards, "Event Stewards North", "training",
            "courses, CPD and qualifications", "es-training.json");
    private final Persona lorraine = cast.person("lorraine.bexley", "Lorraine Bexley");
    private final Persona jamal = cast.person("jamal.reid", "Jamal Reid");
    private final Persona kirsty = cast.person("kirsty.lomax", "Kirsty Lomax");
    private final Persona dennis = cast.person("dennis.ogilvie", "Dennis Ogilvie");
    private final Persona fiona = cast.person("fiona.carrick", "Fiona Carrick");
    private final Persona ahmed = cast.person("ahmed.farouk", "Ahmed Farouk");
    private final Persona gemma = cast.person("gemma.thornton", "Gemma Thornton");

    // --- G. pool and lido lifeguards ---
    private final String pool = cast.guild(1297);
    private final Channel lgIntro = cast.channel(pool, "Poolside Lifeguards' Lounge", "introductions",
            "new? introduce yourself", "lg-introductions.json");
    private final Channel lgChat = cast.channel(pool, "Poolside Lifeguards' Lounge", "poolside-chat",
            "shifts, galas, rescues, the job", "lg-poolside-chat.json");
    private final Channel lgQuals = cast.channel(pool, "Poolside Lifeguards' Lounge", "qualifications",
            "NPLQ, renewals, CPD hours; trainers post course dates here", "lg-qualifications.json");
    private final Channel lgJobs = cast.channel(pool, "Poolside Lifeguards' Lounge", "jobs-board",
            "pools and leisure centres post jobs; lifeguards post cover", "lg-jobs-board.json");
    private final Persona aisha = cast.person("aisha.bello", "Aisha Bello");
    private final Persona connor = cast.person("connor.guards", "Connor Whelan");
    private final Persona harvey = cast.person("harvey.lund", "Harvey Lund");
    private final Persona yvonne = cast.person("yvonne.castell", "Yvonne Castell");
    private final Persona duncan = cast.person("duncan.reilly", "Duncan Reilly");
    private final Persona chloe = cast.person("chloe.barrett", "Chloe Barrett");
    private final Persona niamh = cast.person("niamh.foley", "Niamh Foley");

    // --- H. health-and-safety consultants for small builders ---
    private final String site = cast.guild(1298);
    private final Channel hsAsk = cast.channel(site, "SiteSafe Small Builders", "builders-ask",
            "builders and trades: ask about RAMS, CDM, scaffolds, dust, asbestos; consultants answer",
            "hs-builders-ask.json");
    private final Channel hsCorner = cast.channel(site, "SiteSafe Small Builders", "consultants-corner",
            "H&S consultants among ourselves: fees, clients, the job", "hs-consultants-corner.json");
    private final Channel hsReading = cast.channel(site, "SiteSafe Small Builders", "reading",
            "drop useful guides and HSE pages here", "hs-reading.json");
    private final Channel hsHire = cast.channel(site, "SiteSafe Small Builders", "for-hire",
            "consultants: post your services and rates", "hs-for-hire.json");
    private final Persona alistair = cast.person("alistair.munro", "Alistair Munro");
    private final Persona bethan = cast.person("bethan.lloyd", "Bethan Lloyd");
    private final Persona neil = cast.person("neil.garside", "Neil Garside");
    private final Persona gary = cast.person("gary.whitlock", "Gary Whitlock");
    private final Persona stefan = cast.person("stefan.horvath", "Stefan Horvath");
    private final Persona dwayne = cast.person("dwayne.ashworth", "Dwayne Ashworth");
    private final Persona ciaran = cast.person("ciaran.quinn", "Ciaran Quinn");

    private HeldOutScenes101Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        doorSupervisors();
        fireAssessors();
        firstResponders();
        neighbourhoodWatch();
        guardAgency();
        eventStewards();
        lifeguards();
        siteSafety();
    }

    private void doorSupervisors() {
        // W14
        Post shHi = say(1, "09:00", dsIntro, shona, "Hi all, Shona here. Passed my SIA door supervisor course in "
                + "Gateshead last month and the licence came through on Friday. First shifts at a bar on the Quayside "
                + "this weekend. Nervous but up for it.");
        Post daHi = re(1, "09:40", darren, shHi, "Welcome Shona. The Quayside on a Saturday is a good place to learn. "
                + "Stick close to your head doorman the first few nights.");
        re(1, "10:05", tariq, shHi, "Welcome! Ask anything, nobody here was born knowing it.");
        re(1, "10:30", shona, daHi, "Thanks Darren, will do.");
        say(1, "20:00", dsShifts, nadia, "Sentinel Events: 6 supervisors needed Fri 4th and Sat 5th for the City Hall "
                + "gigs, 6pm to midnight, £15.50/hr. Book shifts at sentinel.example/shifts");
        Post leEar = say(2, "10:00", dsDoor, lewis, "Anyone else's radio earpiece keep crackling? About to bin mine.");
        Post taEar = re(2, "10:25", tariq, leEar, "Mine did that, it was the cable at the jack. A £6 replacement "
                + "sorted it.");
        re(2, "10:40", lewis, taEar, "Cheers, I'll try that first.");
        say(2, "19:00", dsDoor, gavin, "Spring sale on at DoorKit! Stab vests £89, body cams £120, slash-proof gloves "
                + "£18. doorkit.example/spring-sale");
        say(2, "19:08", dsKit, gavin, "Kit up for the summer season: everything's down in the DoorKit spring sale. "
                + "doorkit.example/spring-sale");
        Post gaShifts = say(2, "19:20", dsShifts, gavin, "Before your next shift, grab a vest in the DoorKit spring "
                + "sale doorkit.example/spring-sale");
        Post daBoard = re(2, "19:45", darren, gaShifts, "Gavin mate, the board's for shifts.");
        re(2, "19:55", gavin, daBoard, "Fair enough, just thought folk might want it.");
        Post taRenew = say(3, "11:00", dsKit, tariq, "My licence renewal's due in June. Do I need the emergency first "
                + "aid certificate again if I did it in 2028?");
        Post leRenew = re(3, "11:20", lewis, taRenew, "It has to be in date when you apply. Mine's valid three years, "
                + "so check the date on yours.");
        re(3, "11:35", tariq, leRenew, "Mine runs out in May. Booking it then.");
        re(3, "11:50", darren, taRenew, "Book early, the Saturday courses fill up before festival season.");
        say(4, "11:00", dsShifts, nadia, "City Hall Saturday: still 2 places. sentinel.example/shifts");
        Post koEaster = say(4, "12:00", dsShifts, kofi, "The Anchor on Pilgrim Street needs two door staff for Easter "
                + "Saturday (12th), 8pm to 2am. Our regular pair are both away. Who's free?");
        re(4, "12:30", darren, koEaster, "I'm on at the Quayside that night, but @Lewis Carmody was after Easter "
                + "shifts.");
        Post leEaster = re(4, "13:05", lewis, koEaster, "I'm free the 12th, Kofi. Tariq's done doors with me before if "
                + "you want a pair who know each other.");
        Post koWalk = re(4, "13:30", kofi, leEaster, "Grand. Can you both come by next Wednesday evening for a walk "
                + "round?");
        re(4, "13:50", lewis, koWalk, "Wednesday 7pm works for me.");
        re(4, "14:10", tariq, koWalk, "Count me in, see you Wednesday.");
        say(5, "18:00", dsDoor, gavin, "Last 3 days of the DoorKit spring sale, vests going fast "
                + "doorkit.example/spring-sale");
        Post shFirst = say(6, "02:00", dsDoor, shona, "First Friday done. Had to ask a lad to leave after he went for "
                + "a glass, my hands were shaking for an hour after.");
        Post daFirst = re(6, "09:10", darren, shFirst, "That's normal. You did the job and went home in one piece. Did "
                + "it go in the incident book?");
        re(6, "09:30", shona, daFirst, "Yes, the manager helped me write it up. Thanks Darren.").react("🙌", lewis);
        say(6, "10:00", dsShifts, nadia, "Sunday 6th, City Hall matinee: 3 supervisors, 1pm to 6pm. "
                + "sentinel.example/shifts");
        Post taFox = say(6, "23:30", dsDoor, tariq, "Retail night shift, nothing moving but the foxes. Anyone watching "
                + "the match tomorrow?");
        Post leFox = re(6, "23:45", lewis, taFox, "At my sister's, you?");
        re(7, "00:10", tariq, leFox, "Down the local if I wake up in time.");
        // W15
        Post shCam = say(8, "10:00", dsKit, shona, "Can anyone recommend a body cam that lasts a full Saturday? Mine "
                + "died at 1am. And where's best to buy one?");
        Post gaCam = re(8, "10:30", gavin, shCam, "The DV-9 does 12 hours and clips to a vest properly. I stock it, "
                + "£120 at doorkit.example/dv9, or the big online shops have it for about the same.");
        re(8, "10:45", darren, shCam, "Ask the venue as well, some supply them. Ours does.");
        re(8, "11:10", shona, gaCam, "Thanks both. Ordered the DV-9.");
        Post leWalk = say(10, "21:00", dsDoor, lewis, "Walk round at the Anchor done with Tariq. Nice place, good "
                + "cameras, sensible manager.");
        re(10, "21:30", kofi, leWalk, "Good to meet you both. See you Saturday.");
        Post taBook = say(10, "09:00", dsKit, tariq, "Booked the first aid course for the 26th, £95 at the college.");
        re(10, "09:30", darren, taBook, "Good lad.");
        Post shReg = say(10, "14:00", dsDoor, shona, "Question for the experienced lot: how do you handle a regular who's "
                + "fine sober but kicks off after 11? The manager won't bar him.");
        Post daReg = re(10, "14:30", darren, shReg, "Refuse him at the door once he's had enough, early, politely, "
                + "before the kicking off. Give him a way to leave with his pride. If the manager won't back you, "
                + "that's a licensing problem, not yours.");
        re(10, "14:50", tariq, shReg, "Log every incident. Once there's a paper trail the licence holder usually "
                + "listens.");
        re(10, "15:10", shona, daReg, "That helps. I'll take the log book to the manager on Friday.");
        Post gaExpo = say(11, "12:00", dsDoor, gavin, "Anyone going to the security expo in Birmingham in May?");
        Post leExpo = re(11, "12:20", lewis, gaExpo, "Thinking about it. Is it worth the train fare?");
        re(11, "12:40", gavin, leExpo, "The conflict management talks were good last year. I'd go for those.");
        Post shSwap = say(12, "11:00", dsShifts, shona, "Can't do my Saturday at Bar Dorado now, my sister's wedding "
                + "moved. Anyone licensed want it? 9pm-3am, £14/hr, the manager's called Paula.");
        Post leSwap = re(12, "11:20", lewis, shSwap, "I'm at the Anchor, but Tariq might want it?");
        re(12, "11:40", tariq, leSwap, "Same shift as you, remember! Darren might know someone.");
        re(12, "12:00", darren, shSwap, "I'll ask my brother, he's licensed and free. Will message you.");
        // W16
        say(15, "10:00", dsDoor, darren, "Easter Monday, quiet one. Hope everyone's weekend went alright.");
        Post koThanks = say(15, "12:00", dsShifts, kofi, "Thanks to @Lewis Carmody and @Tariq Aziz for Saturday at the "
                + "Anchor, the regulars loved you. Could we book you both for the May bank holiday Saturday too?");
        re(15, "12:30", lewis, koThanks, "Yes from me.");
        re(15, "12:45", tariq, koThanks, "Same, put us down.");
        Post shDv = say(17, "11:00", dsDoor, shona, "The DV-9 was great on Saturday, caught a whole argument at the "
                + "door that the police asked for.");
        Post gaDv = re(17, "11:30", gavin, shDv, "Glad it did the job. Did the footage export alright?");
        re(17, "11:45", shona, gaDv, "Yes, the manager did it on the laptop in five minutes.");
    }

    private void fireAssessors() {
        // W14
        say(1, "09:30", frHire, declan, "Fire door surveys across West Yorkshire: FD30 and FD60 checks, gaps, "
                + "closers, signage, a written report with photos. rourkedoors.example");
        Post paCloser = say(1, "10:00", frAsk, pauline, "Morning. New tenant in the top room of my Harehills HMO asked "
                + "why his door has a closer that slams. Can I take it off?");
        Post rhCloser = re(1, "10:40", rhiannon, paCloser, "Please don't take it off, it's what keeps smoke off the "
                + "stairs. Have the closer adjusted so it shuts gently; a handyman can do it in ten minutes.");
        re(1, "11:00", pauline, rhCloser, "Thanks Rhiannon, I'll get Mick round to adjust it.");
        Post haAlarm = say(2, "14:00", frAsk, hamid, "Hi, first-time landlord here. I'm letting a 3-bed semi to a "
                + "family. Do I need mains-wired smoke alarms, or are battery ones ok? Every site says something "
                + "different.");
        Post rhAlarm = re(2, "14:40", rhiannon, haAlarm, "For a single family let in England: a smoke alarm on every "
                + "storey, and a CO alarm in any room with a fixed combustion appliance, like a gas boiler. Sealed "
                + "ten-year battery alarms meet that. Mains-wired with battery backup is better, and an HMO needs "
                + "it.");
        re(2, "15:10", craig, haAlarm, "Honestly I'd get a full fire risk assessment done to be safe. I can do yours "
                + "this week, £180, DM me.");
        re(2, "15:30", hamid, rhAlarm, "That's clear, thank you. One family, not an HMO, so sealed alarms it is.");
        Post leFees = say(3, "10:00", frLounge, leona, "Two months self-employed now. What's everyone charging for a "
                + "small HMO assessment? I said £250 and the agent didn't blink, so probably too low.");
        Post rhFees = re(3, "10:30", rhiannon, leFees, "£300 to £400 round here for a 5-bed with the report and a "
                + "revisit. Price the time it takes to write up, not just the walk round.");
        re(3, "10:50", declan, leFees, "And put your PI insurance in the sum. Mine went up 20% this year.");
        re(3, "11:15", leona, rhFees, "A relief and a worry at the same time. Thanks both.");
        Post crPas = say(3, "16:00", frLounge, craig, "Anyone using the updated PAS 79 template yet? Worth switching?");
        re(3, "16:30", leona, crPas, "I am, the action plan layout is much clearer for landlords.");
        Post yaDoors = say(4, "09:00", frAsk, yasmin, "Letting agent here. A contractor says the flat doors in one of "
                + "our converted houses aren't fire doors. How can I tell? There's no label on them.");
        Post deDoors = re(4, "09:30", declan, yaDoors, "Look at the top edge for a plug or a label. No label usually "
                + "means no evidence, so treat it as not one until it's surveyed. Things to look for: gaps round the "
                + "sides under 4mm, intumescent strips, and a closer that shuts it fully from open.");
        Post yaWho = re(4, "09:50", yasmin, deDoors, "Thank you. Who does surveys like that?");
        re(4, "10:10", declan, yaWho, "I do, my post's in #for-hire, or any third-party certified inspector will.");
        Post haDm = say(4, "19:00", frDm, hamid, "Hi Rhiannon, thanks for the help earlier. My uncle has a 5-bed HMO "
                + "in Bradford and asked me to find someone for his fire risk assessment. Could you quote?");
        Post rhDm = re(4, "19:30", rhiannon, haDm, "Happy to. A 5-bed with the report and one revisit is £340. I "
                + "have the 15th or the 22nd free. Ask him to send a floor plan if he has one.");
        re(4, "19:45", hamid, rhDm, "Brilliant, I'll pass that on tonight.");
        Post paLight = say(5, "11:00", frAsk, pauline, "Another one: do I need emergency lighting on the stairs of a "
                + "three-storey HMO?");
        Post rhLight = re(5, "11:30", rhiannon, paLight, "Usually yes at three storeys, unless the stairs get good "
                + "borrowed light and the risk is low. It's what I'd put in your report. About £60 a fitting.");
        re(5, "12:00", pauline, rhLight, "Ta. My brother's buying a student house in Hyde Park and I've told him he "
                + "needs you, Rhiannon.");
        Post crIns = say(6, "09:00", frLounge, craig, "Insurer wants my CPD log for renewal. Anyone keep theirs in "
                + "something better than a spreadsheet?");
        re(6, "09:40", rhiannon, crIns, "Spreadsheet, sadly. With the certificates in one folder next to it.");
        // W15: Declan spends the week with the other assessors
        Post deFlap = say(8, "10:00", frDoors, declan, "Saw a 'fire door' today with a letterbox cut straight through "
                + "it. Who does that?");
        Post crFlap = re(8, "10:20", craig, deFlap, "Seen worse. A cat flap.");
        re(8, "10:35", declan, crFlap, "A cat flap! That's a new low.");
        Post leFlap = re(8, "11:00", leona, deFlap, "Is an intumescent letterbox ok if it's certified for that "
                + "door?");
        re(8, "11:20", declan, leFlap, "Only if the door maker says so, with test evidence for that door. "
                + "Otherwise no.");
        say(9, "09:00", frAsk, yasmin, "Follow-up on those flat doors: if they aren't fire doors, can they be "
                + "upgraded or do they need replacing? And roughly what does a survey of six doors cost?");
        Post dePi = say(9, "10:00", frLounge, declan, "Has anyone's PI insurer started asking for proof of third-party "
                + "certification?");
        Post rhPi = re(9, "10:30", rhiannon, dePi, "Mine asked at renewal last month.");
        re(9, "10:45", declan, rhPi, "Mine wants it by June. Hassle.");
        re(9, "11:10", craig, dePi, "The scheme took me four months, start now.");
        Post haBlanket = say(10, "13:00", frAsk, hamid, "Do I need to put a fire blanket in the kitchen for the "
                + "tenants?");
        Post crBlanket = re(10, "13:40", craig, haBlanket, "Not required for a single family let, but it's cheap and "
                + "sensible, about £15. Fix it on the wall away from the hob.");
        re(10, "14:00", hamid, crBlanket, "Will do, thanks Craig.");
        Post deCpd = say(10, "16:00", frLounge, declan, "CPD day in Wakefield on the 24th, anyone going? I'm driving "
                + "from Halifax if someone wants a lift.");
        Post leCpd = re(10, "16:20", leona, deCpd, "Yes please! I'm in Brighouse.");
        re(10, "16:40", declan, leCpd, "I'll pick you up at 8.");
        Post dePaint = say(11, "09:00", frDoors, declan, "Intumescent paint on old panel doors: has anyone actually "
                + "seen test evidence that holds up?");
        Post rhPaint = re(11, "09:40", rhiannon, dePaint, "Only for specific products on specific doors, and it needs "
                + "the smoke seals as well.");
        re(11, "10:00", declan, rhPaint, "That's what I tell people, good to hear it from you.");
        say(11, "19:00", frAsk, rhiannon, "@Yasmin Okafor sorry this sat. Often they can be upgraded if the door is "
                + "solid and the frame is sound, but a survey tells you which. @Declan Rourke does door surveys.");
        Post deRate = say(12, "09:30", frLounge, declan, "Fees thread from last week: I've gone to £45 a door for "
                + "surveys, minimum £180.");
        re(12, "10:00", leona, deRate, "Sounds sensible.");
        Post deCloser = say(13, "10:00", frDoors, declan, "The new closers from the trade show are much better than "
                + "the old overhead ones. Quieter too.");
        Post crCloser = re(13, "10:30", craig, deCloser, "Which make?");
        re(13, "10:45", declan, crCloser, "The Halden ones, about £70 each.");
        say(13, "17:00", frLounge, rhiannon, "I'm off to Pembrokeshire Monday to Friday, no signal at "
                + "the cottage. Back on Saturday the 19th.");
        // W16
        Post deYas = say(15, "08:30", frAsk, declan, "@Yasmin Okafor sorry, I missed your follow-up. Upgrading often "
                + "works on solid doors: new strips, smoke seals, a closer, sometimes new glazing. For six doors it'd "
                + "be £270 for the survey and report.");
        Post yaDe = re(15, "10:00", yasmin, deYas, "Thank you Declan. Could you do the first week of May?");
        re(15, "10:30", declan, yaDe, "Yes, the 6th or the 8th. I'll message you to fix it.");
        Post paBro = say(16, "10:00", frAsk, pauline, "@Rhiannon Pugh my brother's got the keys to the student house. "
                + "Could you fit his fire risk assessment in before the tenants move in?");
        re(16, "11:00", leona, paBro, "Rhiannon's away till Saturday, Pauline, she said so in our room. She'll be "
                + "back then.");
        Post haGas = say(16, "15:00", frAsk, hamid, "Do I have to give the tenants a copy of the gas safety "
                + "certificate before they move in?");
        Post crGas = re(16, "15:30", craig, haGas, "Yes, before they move in, then within 28 days of each annual "
                + "check.");
        re(16, "15:45", hamid, crGas, "Perfect, thanks.");
        Post leEscape = say(17, "10:00", frLounge, leona, "First basement flat assessment this week. Any tips on escape "
                + "windows?");
        re(17, "10:30", craig, leEscape, "Measure the opening, not the frame, and check what's outside it. A window "
                + "into a locked yard isn't an escape.");
        re(20, "18:00", rhiannon, paBro, "Back now and caught up! Yes Pauline, tell him to ring me. I have the 2nd "
                + "and the 9th of May.");
        say(20, "18:10", frLounge, rhiannon, "Home. Saw puffins. Thanks for covering Pauline's "
                + "question, Leona.");
    }

    private void firstResponders() {
        // W14
        Post elRota = say(1, "08:00", crRota, elaine, "This week: Mon and Tue nights Joe, Wed Priti, Thu Owain, Fri "
                + "and Sat Joe and Priti, Sunday still open. Shout if you can take Sunday.");
        Post owSun = re(1, "08:40", owain, elRota, "I'll take Sunday day, I need to be home by 8pm.");
        re(1, "09:00", elaine, owSun, "Thanks Owain, Sunday 8 to 8 pencilled in.");
        say(1, "10:00", crDefib, malcolm, "Redmire cabinet: unlocked with the code, pads in date (11/32), battery light "
                + "green.");
        Post agHi = say(2, "12:00", crCrew, agnes, "Hi all, I'm Agnes. Finished the CFR course last month and I'm on "
                + "observer shifts from this week. Be kind when I ask daft questions!");
        Post elAg = re(2, "12:30", elaine, agHi, "Welcome Agnes! You're with Priti on Wednesday.");
        re(2, "12:45", priti, agHi, "Looking forward to it. Bring a flask.");
        re(2, "13:00", agnes, elAg, "Lovely, I'll be ready.");
        Post joCall = say(3, "08:00", crDebrief, joe, "Tuesday 02:40, chest pain near Castle Bolton. On scene in 9 "
                + "minutes, crew at 24. Obs, aspirin checked with control, good handover. The lane up to the farm "
                + "is hard to find at night, the sign's gone.");
        Post elCall = re(3, "09:00", elaine, joCall, "Thanks Joe. I'll ask the parish council about the sign. How are "
                + "you after a late one?");
        re(3, "09:30", joe, elCall, "Fine, slept till 11.");
        Post agKit = say(3, "14:00", crCrew, agnes, "What do you actually carry in the car? The kit list from the "
                + "course is very long.");
        Post prKit = re(3, "14:30", priti, agKit, "Response bag with obs kit and airway stuff, the defib, oxygen, "
                + "blankets and a torch. The bag lives on the back seat, the oxygen doesn't.");
        Post agOxy = re(3, "14:45", agnes, prKit, "So the oxygen's in the boot, not the bag? That surprised me.");
        Post prOxy = re(3, "15:00", priti, agOxy, "Boot, strapped down. You'll do the cylinder checks with me on "
                + "Wednesday.");
        re(3, "15:10", agnes, prOxy, "Got it, thank you.");
        say(3, "17:00", crDefib, malcolm, "Aysgarth village hall: pads in date (04/33), battery green, cabinet heater "
                + "working.");
        Post prWed = say(4, "07:30", crDebrief, priti, "Wed night with Agnes: one fall in Aysgarth, in her eighties, "
                + "no injuries but a long lie. Agnes did the obs beautifully.");
        re(4, "08:30", agnes, prWed, "Thanks for letting me do them. I forgot the cap refill check, I'll remember "
                + "next time.");
        prWed.react("👏", elaine, joe);
        Post agSleep = say(5, "13:00", crCrew, agnes, "How do you switch off after a job? I couldn't sleep after the "
                + "fall, kept thinking about how long she'd been on the floor.");
        Post maSleep = re(5, "13:30", malcolm, agSleep, "A walk and a cup of tea, and talk to someone about it. You can "
                + "always ring me, any hour.");
        re(5, "13:45", agnes, maSleep, "Thank you Malcolm, that really helps.");
        re(5, "14:10", joe, agSleep, "It gets easier, but it never goes to nothing. That's a good thing.");
        say(5, "17:00", crDefib, malcolm, "West Witton phone box: pads in date (09/32), battery green. Someone had "
                + "left a dog lead in it.");
        Post prAppeal = say(6, "10:00", crCrew, priti, "Our appeal for a second defib at Carperby village hall is at "
                + "£820 of £1,400. give.example/wensley-defib");
        prAppeal.react("❤️", malcolm, agnes, elaine);
        // W15
        say(8, "08:00", crRota, elaine, "This week: Mon Priti, Tue Owain, Wed Joe, Thu still open, Fri and Sat Joe "
                + "with Agnes observing, Sunday Priti.");
        Post elThu = say(9, "10:00", crRota, elaine, "@Joe Halliwell could you take Thursday night as well? Owain's on "
                + "a late shift at work.");
        Post joSnooker = say(9, "20:00", crCrew, joe, "Anyone watching the snooker? Robertson's on fire tonight.");
        re(9, "20:20", owain, joSnooker, "Watching with the kids, they think it's boring.");
        Post joWed = say(10, "07:50", crDebrief, joe, "Wed night: two callouts. Breathing difficulty in West Witton, "
                + "crew there in 18 minutes. Stood down before arrival on the second.");
        re(10, "09:00", elaine, joWed, "Thanks Joe.");
        Post agSepsis = say(10, "12:00", crCrew, agnes, "The new sepsis screening card is in the kit bag now. The bit "
                + "about mottled skin and not passing urine is worth a look, I didn't know the second one.");
        agSepsis.react("👍", priti, malcolm);
        re(10, "12:30", priti, agSepsis, "Good spot, I hadn't seen the new card.");
        Post elGap = say(11, "09:00", crRota, elaine, "Thursday night is uncovered, control knows.");
        Post prGap = re(11, "09:20", priti, elGap, "I can do till 2am if that helps.");
        re(11, "09:30", elaine, prGap, "It does, thank you Priti.");
        Post owAge = say(11, "19:00", crCrew, owain, "My daughter's asking how to become a CFR. She's 17, what's the "
                + "minimum age?");
        Post elAge = re(11, "19:30", elaine, owAge, "18 with our ambulance trust, but she can do the community first "
                + "aid course at 16 and help with the defib checks.");
        re(11, "19:45", owain, elAge, "Thanks, I'll tell her. She'll be made up.");
        re(12, "08:30", joe, elThu, "Sorry Elaine, only just seen this. Could have done it. Text me next time.");
        say(12, "15:00", crDefib, agnes, "Carperby bus shelter, checked with Malcolm: pads in date (02/33), battery "
                + "green.");
        Post prPush = say(13, "10:00", crCrew, priti, "Last push for the Carperby defib: £1,210 of £1,400! "
                + "give.example/wensley-defib");
        re(13, "10:30", malcolm, prPush, "Put a tenner in. Well done everyone.");
        // W16
        Post elW16 = say(15, "08:00", crRota, elaine, "This week: Mon Owain, Tue Priti, Wed Joe, Thu Malcolm (days), "
                + "Fri Joe with Agnes, Sat and Sun still open.");
        re(15, "08:20", joe, elW16, "I'll take Saturday night as well.");
        re(15, "09:00", priti, elW16, "Sunday's mine.");
        say(16, "10:00", crDefib, malcolm, "Redmire again: pads in date, battery green, and the new sign's up.");
        Post agArrest = say(20, "01:30", crDebrief, agnes, "Fri with Joe: cardiac arrest in Leyburn. CPR with the "
                + "neighbour until the crew arrived, two shocks, a pulse back before they left for hospital. I'm ok "
                + "but shaky.");
        re(20, "08:00", joe, agArrest, "You were calm and your compressions were spot on. Proud to be on with you.");
        Post elArrest = re(20, "09:00", elaine, agArrest, "Proud of you both. Debrief call tomorrow at 7pm?");
        re(20, "09:30", agnes, elArrest, "Yes please.");
        re(20, "09:45", joe, elArrest, "I'll be there.");
        Post prTarget = say(20, "12:00", crCrew, priti, "We hit £1,400 for the Carperby defib! Thank you all.");
        prTarget.react("🎉", elaine, joe, agnes, owain);
        re(20, "12:30", malcolm, prTarget, "I'll add it to my checks once it's in.");
    }

    private void neighbourhoodWatch() {
        // W14
        say(1, "09:00", nwAlerts, ifeoma, "Police message: reports of people trying car door handles on Ashgrove Road "
                + "and Larch Close overnight. Please lock cars and keep keys away from the front door. Report anything "
                + "on 101 or at police.example/report");
        Post edBins = say(1, "12:00", nwChat, edith, "Has anyone seen the bin men? Our green bins weren't emptied.");
        Post geBins = re(1, "12:30", geoffrey, edBins, "They came this afternoon on our side, running late.");
        re(1, "12:45", edith, geBins, "Ah, they'll be round then. Thank you Geoffrey.");
        Post saCar = say(2, "08:00", nwAlerts, sanjay, "Our car was tried last night too, on Larch Close. The doorbell "
                + "camera picked up two lads in hoodies about 3am.");
        Post ifCar = re(2, "08:40", ifeoma, saCar, "Thanks Sanjay. Could you upload the clip at police.example/report "
                + "and quote 5531? It helps us link the reports.");
        re(2, "09:00", sanjay, ifCar, "Done.");
        Post luShed = say(3, "08:00", nwAlerts, lucy, "Someone broke into our shed overnight and took the strimmer "
                + "and my son's bike. The back gate latch is snapped. Gutted.");
        Post maShed = re(3, "08:20", maureen, luShed, "Oh Lucy, I'm sorry. Have you reported it? I'll put a note in "
                + "Thursday's ring round.");
        re(3, "08:40", lucy, maShed, "Reported online, got a crime number. Thanks Maureen.");
        Post geShed = re(3, "09:00", geoffrey, luShed, "A hasp and a proper padlock on the gate made ours much harder. "
                + "I can lend you my drill and give you a hand.");
        Post luSat = re(3, "09:20", lucy, geShed, "Yes please, could you do Saturday?");
        re(3, "09:50", geoffrey, luSat, "Saturday morning, I'll bring the drill round.");
        joins(3, "10:30", nwIntro, ross);
        Post roHi = say(3, "11:00", nwIntro, ross, "Hi all, Ross here, just moved into Birch Avenue. I run Calder "
                + "Alarms, a local alarm and CCTV firm, calderalarms.example. Good to see a street that looks out for "
                + "each other.");
        Post maRo = re(3, "11:15", maureen, roHi, "Welcome Ross! The ring round is on Thursdays if you'd like to join "
                + "in.");
        re(3, "11:30", ross, maRo, "Thanks Maureen, I will.");
        re(3, "11:45", ross, luShed, "Sorry to hear that Lucy. We fit shed and garage alarms from £149 fitted, DM me "
                + "and I'll get you sorted this week.");
        say(4, "10:00", nwChat, ross, "Free home security surveys this week for Ashgrove residents, book a slot at "
                + "calderalarms.example/survey");
        Post roAlert = say(5, "09:00", nwAlerts, ross, "After this week's break-ins, don't wait: shed alarms from "
                + "£149 and a free survey, calderalarms.example/survey");
        Post maAlert = re(5, "09:30", maureen, roAlert, "Ross, can we keep #alerts for alerts please? One notice in "
                + "#chat is fine.");
        re(5, "09:45", ross, maAlert, "Sorry Maureen, understood.");
        Post roDm = say(6, "11:00", nwDm, ross, "Hi Sanjay, saw your car was tried. We fit front and rear dashcams "
                + "with parking mode, £220 fitted, £40 off for Ashgrove residents this month. Shall I book you in for "
                + "Saturday?");
        re(6, "13:00", sanjay, roDm, "Thanks, but we've already got a camera, that's how we got the footage.");
        Post edKeys = say(6, "15:00", nwLost, edith, "Found: a set of keys with a blue fob on the bench by the "
                + "postbox.");
        Post saKeys = re(6, "15:30", sanjay, edKeys, "Might be my neighbour's, I'll ask.");
        re(7, "10:00", sanjay, saKeys, "Not theirs, sorry.");
        Post edHand = re(7, "10:30", edith, edKeys, "I'll hand them to Ifeoma then. @Ifeoma Nwosu could you collect "
                + "them?");
        re(7, "12:00", ifeoma, edHand, "I'll call round on Monday, Edith.");
        // W15
        Post ifArrest = say(8, "09:00", nwAlerts, ifeoma, "Update: two arrests linked to the car-handle reports, thanks "
                + "to the footage from Larch Close. Keep locking up. police.example/news/ashgrove");
        ifArrest.react("👏", sanjay, maureen, lucy, edith);
        re(8, "09:30", sanjay, ifArrest, "Great news, thank you.");
        Post geLock = say(9, "10:00", nwChat, geoffrey, "Question for anyone who knows: our back door is uPVC with the "
                + "original lock. Is it worth changing the cylinder, and what do I ask for?");
        Post roLock = re(9, "10:40", ross, geLock, "Yes, worth it. Ask for an anti-snap cylinder rated TS007 3-star or "
                + "SS312 Diamond, sized so it doesn't stick out past the handle by more than 3mm. Any locksmith can "
                + "fit one in twenty minutes.");
        re(9, "11:00", geoffrey, roLock, "That's exactly what I needed, thank you Ross.");
        Post maRing = say(10, "09:00", nwChat, maureen, "Ring round on Thursday: @Ross Calder you said you'd join, are "
                + "you still up for it?");
        Post roRing = re(10, "09:20", ross, maRing, "Yes, count me in. Birch Avenue and the top of Larch?");
        re(10, "09:40", maureen, roRing, "Perfect, thank you.");
        Post luBike = say(11, "18:00", nwAlerts, lucy, "Update: Geoffrey and I fitted the hasp on Saturday, and the "
                + "bike turned up in the park. Scratched but fine.");
        luBike.react("🎉", geoffrey, maureen);
        re(11, "18:30", edith, luBike, "Oh good!");
        say(12, "09:00", nwAlerts, ifeoma, "Police message: cold callers offering roof repairs on Elm Road. Don't let "
                + "them in, don't pay upfront. police.example/doorstep");
        Post edCat = say(12, "17:00", nwLost, edith, "Our grey cat hasn't come home since Thursday. Answers to Pip, "
                + "white socks. Please check sheds and garages.");
        re(12, "17:30", sanjay, edCat, "Checked ours, not there. I'll keep an eye out.");
        re(12, "18:00", lucy, edCat, "I'll look in our new improved shed!");
        Post edPip = re(13, "08:00", edith, edCat, "Pip's home! He'd been shut in number 14's garage.");
        edPip.react("❤️", lucy, sanjay, maureen, geoffrey);
        // W16
        say(15, "09:00", nwAlerts, ifeoma, "Bank holiday reminder: lock sheds and keep bikes inside, thefts rise over "
                + "the holidays. police.example/bike-thefts");
        Post roRound = say(16, "10:00", nwChat, ross, "Ring round on Thursday was great, met loads of you. Thanks "
                + "Maureen.");
        re(16, "10:30", maureen, roRound, "Thank you for doing the top end, Ross.");
        Post luQuote = say(17, "12:00", nwChat, lucy, "@Ross Calder after all the drama we'd like a quote for a shed "
                + "alarm now. Could you come round?");
        Post roQuote = re(17, "12:30", ross, luQuote, "Of course. How's Wednesday after 5?");
        re(17, "12:45", lucy, roQuote, "Perfect, see you then.");
        Post geVan = say(18, "10:00", nwAlerts, geoffrey, "White van going slowly up and down Larch Close twice this "
                + "morning. Reg noted, reported on 101.");
        re(18, "11:00", ifeoma, geVan, "Thanks Geoffrey, it's a council survey van. All fine.");
        Post edThanks = say(20, "16:00", nwChat, edith, "Thank you to whoever brought my bins back in while we were "
                + "at our daughter's.");
        re(20, "16:30", maureen, edThanks, "That'll be Geoffrey, he does the whole row.");
    }

    private void guardAgency() {
        // W14
        say(1, "08:00", sgNotices, brenda, "Morning all. Welcome to Imogen, who starts at the Halton retail park on "
                + "Wednesday. April pay date is the 25th.");
        joins(1, "08:30", sgCanteen, imogen);
        Post imUni = say(1, "09:00", sgAsk, imogen, "Hi, do I collect my uniform from the office or will it be at the "
                + "site?");
        Post brUni = re(1, "09:20", brenda, imUni, "From the office, any time before Wednesday, 9 to 5. Bring your "
                + "licence so we can take a copy.");
        re(1, "09:30", imogen, brUni, "I'll come in Tuesday morning, thank you.");
        say(2, "09:00", sgNotices, aaron, "Rota for weeks 15 and 16 is on the app. Easter weekend cover is tight, "
                + "swaps through #rota-swaps please.");
        Post paSwap = say(2, "11:00", sgSwaps, patrick, "Can anyone swap my Easter Sunday day at the retail park for "
                + "any weekday? Grandson's christening.");
        Post emSwap = re(2, "11:30", emeka, paSwap, "I'll take it if you do my Tuesday 15th night at the hospital.");
        re(2, "11:45", patrick, emSwap, "Done, thanks Emeka.");
        re(2, "12:30", aaron, paSwap, "Swap confirmed on the app.");
        Post imFoot = say(3, "10:00", sgAsk, imogen, "At the retail park, is the car park patrol on foot or in the "
                + "van?");
        Post aaFoot = re(3, "10:30", aaron, imFoot, "On foot every two hours. The van's for the night shift.");
        re(3, "10:40", imogen, aaFoot, "Ok, good to know.");
        Post imDone = say(4, "19:00", sgCanteen, imogen, "First day done! Thank you @Patrick Mulvey for showing me "
                + "everything.");
        re(4, "19:20", patrick, imDone, "You'll be fine. Watch the trolley lads on a Friday.");
        Post zoHeat = say(5, "07:00", sgAsk, zofia, "The cabin heater at Eastgate site is broken again, it was 2 "
                + "degrees in there last night. Can someone sort it?");
        Post brHeat = re(5, "08:10", brenda, zoHeat, "Sorry Zofia. I've rung the site manager, a new heater arrives "
                + "tomorrow. Take an extra break in your car tonight.");
        re(5, "08:20", zofia, brHeat, "Thank you Brenda.");
        Post emFlask = say(6, "15:00", sgCanteen, emeka, "Can anyone recommend a decent flask? Mine leaks.");
        Post zoFlask = re(6, "15:20", zofia, emFlask, "The steel Thermos one. Eight years and counting.");
        re(6, "15:30", wayne, emFlask, "Same one here.");
        re(6, "16:00", emeka, zoFlask, "Ordered, cheers.");
        say(7, "09:00", sgNotices, brenda, "Reminder: incident reports within 24 hours on the app, please. Thank you "
                + "all for a busy week.");
        // W15
        Post aaEaster = say(8, "09:00", sgNotices, aaron, "Easter cover: still need 2 guards for Good Friday nights "
                + "at the hospital. Time and a half for the bank holiday.");
        re(8, "12:00", zofia, aaEaster, "@Aaron Kelsey is Easter Monday paid at time and a half too, or only Good "
                + "Friday? Deciding whether to take the Eastgate day.");
        say(9, "09:00", sgNotices, aaron, "Good Friday hospital nights now filled, thanks Emeka and Wayne.");
        say(9, "13:00", sgCanteen, wayne, "Spring offer: 5 personal training sessions at the Marsh Road gym for £90 "
                + "instead of £100, this month only. DM me to book.");
        say(10, "10:00", sgSwaps, aaron, "@Imogen Tull your swap with Patrick for Thursday is confirmed.")
                .react("👍", imogen);
        Post emVis = say(10, "11:00", sgAsk, emeka, "Can I get a second hi-vis jacket? One's always in the wash.");
        Post aaVis = re(10, "11:30", aaron, emVis, "Yes, I'll leave one at the hospital gatehouse on Friday.");
        re(10, "11:40", emeka, aaVis, "Ta.");
        Post brMon = say(11, "14:00", sgNotices, brenda, "Zofia asked: yes, Easter Monday is time and a half too. "
                + "Sorry it sat.");
        re(11, "14:30", zofia, brMon, "Thanks Brenda, I'll take the Eastgate day then.");
        Post waSlots = say(12, "12:00", sgCanteen, wayne, "Still 3 slots left on the 5-session deal, £90. DM me.");
        Post paEggs = re(12, "12:20", patrick, waSlots, "I'll think about it once the Easter eggs are gone.");
        re(12, "12:30", wayne, paEggs, "Ha, fair.");
        Post imAwake = say(12, "16:00", sgCanteen, imogen, "Question for the old hands: how do you stay awake on nights "
                + "at 4am?");
        Post emAwake = re(12, "16:20", emeka, imAwake, "Walk the route, cold water on your face, no big meal at "
                + "midnight.");
        re(12, "16:30", zofia, imAwake, "Sunflower seeds. Keeps your hands busy.");
        re(12, "17:00", imogen, emAwake, "Trying the walking tonight, thank you.");
        // W16
        say(15, "10:00", sgNotices, brenda, "Thank you everyone for the Easter cover. Patrick spotted a propped fire "
                + "door at the retail park and the client noticed. Well done.").react("👏", emeka, zofia, imogen);
        Post imAid = say(16, "10:00", sgAsk, imogen, "Is there first aid training coming up? I'd like to do it.");
        Post brAid = re(16, "10:20", brenda, imAid, "Yes, 6th May at the office. I'll put you down.");
        re(16, "10:30", imogen, brAid, "Thank you!");
        Post zoMove = say(17, "09:00", sgSwaps, zofia, "Can anyone take my Saturday 26th day at Eastgate? Moving "
                + "flat.");
        Post waMove = re(17, "09:30", wayne, zoMove, "I'll take it.");
        re(17, "10:00", aaron, waMove, "Confirmed, thanks Wayne.");
        Post waGf = say(18, "20:00", sgCanteen, wayne, "Emeka, how was Good Friday at the hospital? I had three drunks "
                + "in the A&E car park.");
        re(18, "20:30", emeka, waGf, "Two and a fox in the bins. Quieter than last year.");
        say(19, "09:00", sgNotices, aaron, "Rota for weeks 17 and 18 is on the app. Thanks for the quick swaps this "
                + "month.");
    }

    private void eventStewards() {
        // W14
        Post loGigs = say(1, "09:00", esGigs, lorraine, "Bexley Event Safety: 12 stewards needed for the Easter Sunday "
                + "egg hunt at Roundhay, and 8 for the Otley 10k on the 20th. £13.50/hr, reply here.");
        re(1, "09:30", jamal, loGigs, "Put me down for both.");
        Post kiGigs = re(1, "10:00", kirsty, loGigs, "Easter Sunday only for me.");
        re(1, "10:30", lorraine, kiGigs, "Got you both, thanks.");
        Post fiPlan = say(2, "10:00", esAsk, fiona, "I'm running our village fete in June, about 800 people over the "
                + "day. The council says we need a 'stewarding plan'. What does that actually mean?");
        Post loPlan = re(2, "10:40", lorraine, fiPlan, "It's a short document: how many stewards, where each one "
                + "stands, who's in charge, how they talk to each other, and what they do if someone's lost or hurt. "
                + "A site map with numbered positions does half the job.");
        re(2, "11:00", jamal, fiPlan, "Also think about where people queue for the bar. That's where I always end "
                + "up.");
        Post fiRatio = re(2, "11:20", fiona, loPlan, "That's a lot clearer, thank you. Is it one steward per 100?");
        Post loRatio = re(2, "11:40", lorraine, fiRatio, "Roughly one per 100 to 250 for a low-risk fete, depending on "
                + "the site. Post your site map and I'll have a look.");
        re(2, "12:00", fiona, loRatio, "Will do at the weekend.");
        Post kiTrousers = say(3, "18:00", esChat, kirsty, "Anyone got waterproof trousers that actually work? Last "
                + "year's Otley 10k was a washout.");
        Post jaTrousers = re(3, "18:30", jamal, kiTrousers, "The Regatta ones from the outdoor shop, about £30.");
        re(3, "18:45", kirsty, jaTrousers, "Cheers Jamal.");
        joins(4, "09:00", esAsk, ahmed);
        Post ahRun = say(4, "09:30", esAsk, ahmed, "Does anyone here do stewarding for a charity 5k? 300 runners, "
                + "Sunday 18 May at Temple Newsam.");
        Post loRun = re(4, "10:00", lorraine, ahRun, "We do, Ahmed. For 300 runners on that route you'd want about 14 "
                + "marshals. We supply trained stewards at £13.50/hr, or we can brief your own volunteers for £150. "
                + "Happy to talk it through.");
        re(4, "10:20", ahmed, loRun, "Great, I'll send you the route.");
        say(5, "12:00", esTraining, dennis, "The Level 2 Spectator Safety course starts at Leeds college on 12 May, "
                + "funded if you're over 19.");
        Post fiMap = say(6, "10:00", esAsk, fiona, "Site map for the fete: maps.example/ashby-fete. Main gate on the "
                + "lane, car park in the top field.");
        Post loMap = re(6, "10:30", lorraine, fiMap, "Good map. Two on the car park gate at opening, one at the road "
                + "crossing all day, and one by the bar queue Jamal mentioned.");
        re(6, "11:00", fiona, loMap, "Brilliant, thank you both.");
        Post jaDerby = say(7, "12:00", esChat, jamal, "Anyone doing the derby at Elland Road on the 12th?");
        re(7, "12:30", kirsty, jaDerby, "I am, north stand.");
        // W15: a returning customer waits while Lorraine answers new organisers
        Post loFour = say(8, "09:00", esGigs, lorraine, "Still need 4 for the Easter Sunday egg hunt at Roundhay. "
                + "Briefing at 8am by the mansion.");
        re(8, "09:30", dennis, loFour, "I'm in.");
        say(9, "10:00", esAsk, gemma, "@Lorraine Bexley I booked your stewards for Riverside Fest last summer and we're "
                + "on again in July. Can you hold the 12th and 13th for us, same numbers as last year?");
        Post fiSia = say(9, "14:00", esAsk, fiona, "Another fete question: do the stewards need SIA licences?");
        Post loSia = re(9, "15:00", lorraine, fiSia, "No, not for stewarding. Only if they're doing licensed security "
                + "work like searching bags or removing people. Trained and briefed is what you need.");
        re(9, "15:20", fiona, loSia, "Phew, that makes it easier.");
        Post loOtley = say(10, "09:00", esGigs, lorraine, "Otley 10k on the 20th: 3 places left, 7am start.");
        re(10, "09:30", kirsty, loOtley, "Me please.");
        Post loCurry = say(10, "18:00", esChat, lorraine, "Who fancies a team curry after the egg hunt?");
        re(10, "18:15", kirsty, loCurry, "Me!");
        re(10, "18:20", jamal, loCurry, "Obviously.");
        Post ahRisk = re(11, "10:00", ahmed, loRun, "Route sent. Do you need our risk assessment too?");
        re(11, "12:00", lorraine, ahRisk, "Yes please, and your first aid cover plan. I'll draft the marshal points "
                + "this week.");
        Post loGem = say(12, "18:00", esAsk, lorraine, "@Gemma Thornton sorry! Yes, 12th and 13th July held, same 24 "
                + "stewards as last year. I'll send the booking form.");
        re(12, "18:30", gemma, loGem, "Thank you, I was starting to worry.");
        Post kiEgg = say(13, "17:00", esChat, kirsty, "Egg hunt done! 4,000 people and one lost grandad, found at the "
                + "café.");
        kiEgg.react("😂", jamal, dennis);
        re(13, "17:30", lorraine, kiEgg, "Thank you all, brilliant day.");
        // W16: Dennis posts tips to nobody
        say(15, "08:00", esChat, dennis, "Steward tip: count your exits before the gates open, not when you need them.");
        Post ahThanks = say(15, "12:00", esAsk, ahmed, "Risk assessment and first aid plan sent. Thanks @Lorraine "
                + "Bexley for the marshal plan.");
        re(15, "12:30", lorraine, ahThanks, "Looks good, see you on the 18th.");
        say(15, "19:00", esAsk, dennis, "Organisers: keep your stewards' briefing to one page. Nobody reads page two.");
        say(16, "08:00", esChat, dennis, "Steward tip: a calm voice and open hands will settle most arguments before "
                + "they start.");
        Post geForm = say(16, "11:00", esAsk, gemma, "Booking form signed and back to you, @Lorraine Bexley.");
        re(16, "11:20", lorraine, geForm, "Got it, see you in July!");
        say(16, "20:00", esAsk, dennis, "Organisers: walk your site at the time of day your event runs. The sun and "
                + "the shadows change everything.");
        say(17, "08:00", esChat, dennis, "Steward tip: radio check at every change of position, not just at the "
                + "start.");
        say(17, "18:00", esChat, dennis, "Steward tip: drink water even when it's cold. Thirsty stewards make bad "
                + "calls.").react("👍", kirsty);
        say(18, "08:00", esAsk, dennis, "Organisers: plan for rain even in July. Mud at the gate slows everything.");
        say(18, "20:00", esChat, dennis, "Steward tip: learn the first aiders' names at the briefing, you'll need "
                + "them.");
        say(19, "08:00", esChat, dennis, "Steward tip: the lost children point should be in your head all day, not "
                + "just in the briefing pack.");
        say(20, "08:00", esChat, dennis, "Steward tip: thank people on their way out. They remember it.");
        Post jaOtley = say(20, "14:00", esChat, jamal, "Otley 10k done. Soaked again.");
        re(20, "14:20", kirsty, jaOtley, "The Regatta trousers held up though!");
        say(21, "08:00", esChat, dennis, "Steward tip: write your incident notes before you go home, not the next "
                + "morning.");
    }

    private void lifeguards() {
        // W14
        say(1, "09:00", lgJobs, duncan, "Kirkstall Leisure: casual lifeguards wanted for the Easter holidays, "
                + "£12.80/hr, NPLQ needed. Apply: leedsleisure.example/jobs");
        Post chHot = say(1, "11:00", lgChat, chloe, "Anyone else's pool gone to 31 degrees for the aquafit group? I'm "
                + "melting on the chair.");
        re(1, "11:20", aisha, chHot, "Ours too. Drink plenty and rotate every 20 minutes.");
        Post niHot = re(1, "11:40", niamh, chHot, "Come to the lido, it's 14!");
        re(1, "12:00", chloe, niHot, "Tempting.");
        Post coHi = say(2, "10:00", lgIntro, connor, "Hey all, Connor, lifeguard in Bradford. I make videos about "
                + "rescue skills on YouTube: youtube.example/@connorguards");
        re(2, "10:10", aisha, coHi, "Welcome Connor!");
        say(2, "10:20", lgChat, connor, "Could you all subscribe to my channel? Trying to hit 1,000 subs by summer: "
                + "youtube.example/@connorguards");
        say(2, "10:45", lgQuals, connor, "If you're revising for your NPLQ, my videos help. Please like and "
                + "subscribe: youtube.example/@connorguards");
        Post niRenew = say(2, "14:00", lgQuals, niamh, "My NPLQ runs out in June. Does anyone know a renewal course "
                + "near Leeds that runs at weekends?");
        Post yvRenew = re(2, "14:30", yvonne, niRenew, "I run weekend renewals at Pudsey. The next one is 26-27 "
                + "April, £145, details at castellaquatics.example/renewal. Happy to answer anything about it.");
        re(2, "15:00", niamh, yvRenew, "Perfect, booked! Thank you Yvonne.");
        say(3, "09:00", lgJobs, duncan, "Kirkstall: Easter holiday casuals still wanted, weekday mornings especially. "
                + "leedsleisure.example/jobs");
        Post haNew = say(3, "17:00", lgChat, harvey, "Hi, newly qualified, first shifts at Morley next week. Any "
                + "advice?");
        Post aiNew = re(3, "17:30", aisha, haNew, "Scan your zone in a pattern, not just where the noise is. And ask "
                + "the senior on duty where the spinal board lives on day one.");
        re(3, "17:40", harvey, aiNew, "Cheers.");
        Post aiReal = say(4, "19:00", lgChat, aisha, "Had a real one today. A 9-year-old slipped under at the deep end "
                + "during lane swim. Out in seconds and fine, parents shaken.");
        aiReal.react("🙏", yvonne, niamh);
        Post chReal = re(4, "19:20", chloe, aiReal, "Well done. Did you write it up straight away?");
        re(4, "19:40", aisha, chReal, "Yes, and the duty manager bought me a cuppa.");
        Post chCpd = say(5, "10:00", lgQuals, chloe, "Does the swim teaching course count towards CPD hours for the "
                + "NPLQ?");
        Post yvCpd = re(5, "10:30", yvonne, chCpd, "No, only lifesaving training counts, but your monthly in-house "
                + "sessions do.");
        re(5, "10:45", chloe, yvCpd, "Thanks, I thought so.");
        say(6, "09:00", lgJobs, duncan, "Kirkstall: 2 casual shifts left for Easter week. leedsleisure.example/jobs");
        Post niLido = say(6, "12:00", lgChat, niamh, "Lido opens Easter Saturday! Cold water shifts, anyone want to "
                + "join us?");
        Post chLido = re(6, "12:20", chloe, niLido, "What's the pay?");
        re(6, "12:40", niamh, chLido, "£13.20 and free hot chocolate.");
        // W15: Harvey is helped day after day
        Post haTube = say(8, "18:00", lgChat, harvey, "How do you do the rescue tube approach on someone who's "
                + "panicking? I froze in training today.");
        Post aiTube = re(8, "18:30", aisha, haTube, "Stop just out of reach, push the tube to them and talk them onto "
                + "it. Never go in close while they're thrashing.");
        re(8, "18:40", harvey, aiTube, "thanks");
        re(9, "09:00", connor, haTube, "I filmed that approach last month, might help to see it: "
                + "youtube.example/watch?v=tube-approach");
        Post haBoard = say(9, "17:00", lgQuals, harvey, "Do I need to practise the spinal board monthly or is it just "
                + "the big annual check?");
        Post aiBoard = re(9, "17:30", aisha, haBoard, "Monthly, in your in-house training, and log it. They check the "
                + "log at renewal.");
        re(9, "17:40", harvey, aiBoard, "cheers");
        Post haPay = say(10, "12:00", lgChat, harvey, "What's normal pay for a casual lifeguard? Morley pays £11.90.");
        re(10, "12:30", aisha, haPay, "£12-13 round here. Kirkstall is £12.80, Duncan posts their jobs in "
                + "#jobs-board. @Harvey Lund also, are you covering Saturday's gala at Morley? They asked me for "
                + "names.");
        Post chGala = say(11, "09:00", lgChat, chloe, "Gala on Saturday at Morley, anyone else helping? They're short "
                + "on poolside.");
        re(11, "09:30", aisha, chGala, "Me, and I've asked Harvey.");
        Post haNational = say(12, "11:00", lgChat, harvey, "Anyone watching the Grand National later?");
        re(12, "11:30", niamh, haNational, "Got a fiver on the grey one.");
        Post aiGala = say(13, "18:00", lgChat, aisha, "Gala done. Went fine with three of us, long day.");
        re(13, "18:20", chloe, aiGala, "Thanks for stepping in.");
        // W16
        say(15, "09:00", lgQuals, yvonne, "Two places left on the 26-27 April renewal at Pudsey after a cancellation. "
                + "castellaquatics.example/renewal");
        Post haSorry = say(16, "12:00", lgChat, harvey, "First gala shift of my own done at Morley today. Sorry "
                + "@Aisha Bello, I only saw your question about last Saturday now, I'd have come.");
        Post aiHow = re(16, "12:30", aisha, haSorry, "No worries, next time. How did it go?");
        re(16, "12:45", harvey, aiHow, "Good! Only had to blow the whistle for running twice.");
        Post niWeek = say(17, "18:00", lgChat, niamh, "Lido's first week: 400 swimmers, one cold-shock wobble, all "
                + "fine.");
        Post coWeek = re(17, "18:30", connor, niWeek, "Lidos are my favourite. How cold was it?");
        re(17, "18:45", niamh, coWeek, "12 degrees on Monday!");
        Post haPass = say(18, "16:00", lgQuals, harvey, "Passed my first in-house assessment!");
        haPass.react("🎉", aisha, chloe);
        re(18, "16:30", yvonne, haPass, "Congratulations Harvey.");
        Post niIlkley = say(19, "10:00", lgJobs, niamh, "Ilkley Lido: summer lifeguards wanted for weekends. Ask me "
                + "about it.");
        Post haIlkley = re(19, "10:30", harvey, niIlkley, "I'd love weekends there. Who do I get in touch with?");
        re(19, "11:00", niamh, haIlkley, "The manager, I'll message you her number.");
    }

    private void siteSafety() {
        // W14
        say(1, "09:00", hsHire, alistair, "Alistair Munro, CMIOSH. Site visits and CDM support for small builders in "
                + "Lancashire, £240 a day. munrosafety.example");
        say(1, "10:00", hsAsk, bethan, "Morning all! Bethan, H&S consultant in Preston. Happy to help with RAMS "
                + "questions here.");
        Post gaRams = say(1, "11:00", hsAsk, gary, "Client's asking for RAMS before we start a kitchen extension. Do I "
                + "really need one for a six-week job with three of us?");
        Post alRams = re(1, "11:40", alistair, gaRams, "Yes, for anything with real risks: digging, working at height, "
                + "cutting. Keep it short: the job, the hazards, what you'll do about them, and who's in charge. Two "
                + "pages beat a forty-page template nobody reads.");
        re(1, "12:00", gary, alRams, "Two pages I can do. Thanks.");
        say(2, "09:00", hsReading, alistair, "HSE's short guide to CDM for small builders: "
                + "hse.example/cdm-small-builders");
        Post stScaff = say(2, "14:00", hsAsk, stefan, "Loft conversion next month. The scaffolder says he'll give me a "
                + "handover certificate. What do I actually check before my lads go up?");
        Post alScaff = re(2, "14:30", alistair, stScaff, "The handover certificate, toe boards and guard rails on every "
                + "lift, the ladder tied, and the tag saying it's been inspected. Then a check every 7 days and after "
                + "bad weather.");
        re(2, "14:45", stefan, alScaff, "Got it, cheers Alistair.");
        say(3, "14:00", hsCorner, bethan, "bethanlloyd.example/rams-loft");
        say(3, "14:01", hsCorner, bethan, "bethanlloyd.example/rams-extension");
        say(3, "14:02", hsCorner, bethan, "bethanlloyd.example/rams-roofing");
        Post beCoshh = say(3, "14:03", hsCorner, bethan, "bethanlloyd.example/coshh-pack all four of my new templates "
                + "are live!");
        Post neCoshh = re(3, "14:30", neil, beCoshh, "Nice, how long did they take?");
        re(3, "14:40", bethan, neCoshh, "Six weekends!");
        Post gaDust = say(4, "10:00", hsAsk, gary, "Another one: we're cutting blocks and there's a lot of dust. Is a "
                + "dust mask enough?");
        Post alDust = re(4, "10:30", alistair, gaDust, "An FFP3 mask that's been fit-tested, plus water suppression or "
                + "an extractor on the saw. The mask is the last line, not the first.");
        re(4, "10:45", gary, alDust, "Didn't know about the fit-testing. Will sort it.");
        Post dwPicker = say(5, "08:00", hsAsk, dwayne, "Roofer here. Do I need a permit to put a cherry picker on the "
                + "pavement?");
        Post gaPicker = re(5, "08:30", gary, dwPicker, "Yes, a highways licence from the council. Ours took 10 days, "
                + "so apply now.");
        re(5, "08:45", dwayne, gaPicker, "Cheers Gary, I'll get it in today.");
        Post gaPc = say(6, "09:00", hsAsk, gary, "Last one this week, promise: am I the principal contractor if it's "
                + "a domestic client?");
        Post nePc = re(6, "09:40", neil, gaPc, "If there's more than one contractor on a domestic job and the client "
                + "hasn't appointed anyone, the duties fall to the contractor in control, which is you.");
        re(6, "10:00", gary, nePc, "Makes sense, thanks Neil.");
        Post alIso = say(7, "10:00", hsCorner, alistair, "Anyone else getting asked for ISO 45001 by tiny builders "
                + "because a client told them to?");
        re(7, "10:30", neil, alIso, "All the time. Usually a questionnaire from a housing association.");
        // W15: Neil's week is about Neil
        Post neCmiosh = say(8, "09:00", hsCorner, neil, "Big news for me: I passed my CMIOSH interview on Friday. It "
                + "took me three years and I'm still buzzing. My wife booked us a curry to celebrate.");
        Post alCmiosh = re(8, "09:30", alistair, neCmiosh, "Well done Neil!");
        re(8, "09:45", neil, alCmiosh, "Thanks Alistair. I honestly didn't think I'd get through the last question. I "
                + "rambled for ten minutes about my scaffold audits and my old site manager days.");
        joins(8, "12:00", hsAsk, ciaran);
        say(9, "09:00", hsCorner, neil, "I've also redone my website, my logo and my van. I went for navy. My "
                + "daughter says I finally look like a proper firm.");
        Post ciRams = say(10, "08:00", hsAsk, ciaran, "Plasterer here, new to the group. Do I need my own RAMS or does "
                + "the main contractor's cover me?");
        Post alCi = re(10, "08:30", alistair, ciRams, "Your own for your task, but it can be one page, and the main "
                + "contractor folds it into theirs.");
        re(10, "08:45", ciaran, alCi, "Thanks, that's less scary than I thought.");
        Post neTalk = say(10, "12:00", hsCorner, neil, "I'm speaking at the Preston builders' breakfast next month. My "
                + "talk is about my ten worst site visits. I'm nervous, I've never done one before.");
        Post beTalk = re(10, "12:20", bethan, neTalk, "You'll be great. Which sites?");
        re(10, "12:40", neil, beTalk, "I'm keeping that a secret until the day! My first slide is my old hard hat "
                + "from 2009, I still have it on my shelf.");
        say(11, "16:00", hsCorner, neil, "My van's back from the signwriter. I'm really pleased with how my name looks "
                + "on the side, I sent a photo to my mum.");
        Post neDom = say(12, "09:00", hsCorner, neil, "Quick one about me: I've decided I'm only taking domestic work "
                + "from now on. My evenings were disappearing into my commercial reports.");
        Post alDom = re(12, "09:30", alistair, neDom, "Fair, I did the same two years ago.");
        re(12, "09:45", neil, alDom, "I think my stress levels will thank me. My wife certainly will.");
        say(12, "14:00", hsReading, bethan, "Good HSE page on roof work and fragile surfaces: hse.example/roof-work");
        Post dwLadder = say(13, "08:00", hsAsk, dwayne, "Ladders: is there a rule on how long you can work off one?");
        Post alLadder = re(13, "08:40", alistair, dwLadder, "The usual guide is no more than 30 minutes in one "
                + "position, for light work, with three points of contact. Longer than that, use a tower or a "
                + "platform.");
        re(13, "09:00", dwayne, alLadder, "Cheers, that settles an argument on site.");
        // W16
        Post beLoft = say(16, "10:00", hsAsk, bethan, "bethanlloyd.example/rams-loft loft conversion RAMS template, "
                + "editable, £35");
        Post stLoft = re(16, "10:30", stefan, beLoft, "Does it cover the scaffold handover bit?");
        re(16, "10:45", bethan, stLoft, "Yes, section 4 has the checklist.");
        Post gaVisit = say(17, "09:00", hsAsk, gary, "@Alistair Munro could you do a site visit on the extension "
                + "before we dig? Your day rate's fine.");
        Post alVisit = re(17, "09:30", alistair, gaVisit, "Happy to. Is Tuesday the 29th any good?");
        re(17, "09:45", gary, alVisit, "Perfect.");
        Post neFees = say(18, "10:00", hsCorner, neil, "How's everyone finding the HSE's new fee for intervention "
                + "rate? Has anyone had a bill yet?");
        Post alFees = re(18, "10:30", alistair, neFees, "One client did. Nearly £1,000 for a few hours of an "
                + "inspector's time.");
        Post neWhich = re(18, "10:45", neil, alFees, "Ouch. Which part did they get picked up on?");
        re(18, "11:10", alistair, neWhich, "No guard rail on the top lift of a scaffold. Fixed in an hour, billed for "
                + "a day.");
        Post ciArtex = say(19, "08:00", hsAsk, ciaran, "Asbestos: how do I know if the artex ceiling I'm skimming "
                + "has it?");
        Post neArtex = re(19, "08:30", neil, ciArtex, "You can't tell by eye. Get a sample tested, around £30 at an "
                + "accredited lab, before you sand or drill it.");
        re(19, "08:45", ciaran, neArtex, "Thanks Neil, doing that first.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes101Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 101");
    }
}
