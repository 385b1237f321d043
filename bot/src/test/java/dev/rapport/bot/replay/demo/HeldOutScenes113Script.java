package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 113 (sealed): eight communities of local government, public services and civic life, of kinds no
 * earlier round used (a borough's polling-station and count staff with the elections office, where nobody sells, a
 * district council's community-grants officers with a room where local groups ask, a funders' calls room and a
 * freelance bid writer who turns up and sends a DM to a village hall chair, a local authority's school governors'
 * network where nobody sells, a community transport scheme's own server, Wyeside Community Transport, with its Staff,
 * its volunteer drivers (one of whom sells minibus-driver training) and the members who ride, a civic-tech
 * consultancy's own server, Brightwater Civic Digital, with its Team, its council Customers, a county council prospect
 * and a customer's DM to the delivery lead, parish and town council clerks with a councillors' room and a suppliers'
 * corner where a parish-website supplier chats while the clerks who bought from him wait, a county library service's
 * events and outreach staff with local authors and performers and their green room, and a town-twinning association
 * where nobody sells but a member runs a coach firm), over three ISO weeks (2032-W10 to W12, March), written and
 * labelled by writer113 (session 56) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-113.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes113Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2032, 3, 1);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2032, 3, 22, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-113";
    private static final int BASE = 88400;

    // --- A. polling-station and count staff ---
    private final String pd = cast.guild(1411);
    private final Role electionsOffice = cast.role("Elections Office", "#3498db", 1);
    private final Channel pdBrief = cast.channel(pd, "Polling Day Crew: Elmbury", "briefings",
            "from the elections office: training sessions, polling day dates, what to bring", "pd-briefings.json");
    private final Channel pdAsk = cast.channel(pd, "Polling Day Crew: Elmbury", "station-questions",
            "poll clerks and presiding officers ask about polling-day procedure; the elections office and old hands "
                    + "answer", "pd-station-questions.json");
    private final Channel pdCount = cast.channel(pd, "Polling Day Crew: Elmbury", "count-night",
            "the count: verification, tables, shifts and the night itself", "pd-count-night.json");
    private final Channel pdRoom = cast.channel(pd, "Polling Day Crew: Elmbury", "staff-room",
            "chat for everyone who works the polls", "pd-staff-room.json");
    private final Persona gwendolyn = cast.person("gwendolyn.tranter", "Gwendolyn Tranter", electionsOffice);
    private final Persona tariq = cast.person("tariq.hussain", "Tariq Hussain");
    private final Persona lorna = cast.person("lorna.fenwick", "Lorna Fenwick");
    private final Persona callum = cast.person("callum.reid", "Callum Reid");
    private final Persona beatrice = cast.person("beatrice.okoro", "Beatrice Okoro");
    private final Persona dennis = cast.person("dennis.harrop", "Dennis Harrop");
    private final Persona agnieszka = cast.person("agnieszka.wolska", "Agnieszka Wolska");

    // --- B. a district council's community-grants officers and local groups ---
    private final String tb = cast.guild(1412);
    private final Role officer = cast.role("Council Officer", "#2ecc71", 1);
    private final Channel tbAsk = cast.channel(tb, "Thornbury Community Fund", "ask-the-grants-team",
            "community groups ask about the Community Fund: eligibility, forms, deadlines; the grants officers "
                + "answer",
            "tb-ask-the-grants-team.json");
    private final Channel tbCalls = cast.channel(tb, "Thornbury Community Fund", "funding-calls",
            "funders' calls for local groups: each scheme with its page, its deadline and what it pays out",
            "tb-funding-calls.json");
    private final Channel tbBoard = cast.channel(tb, "Thornbury Community Fund", "groups-noticeboard",
            "local groups share their events, volunteers wanted and news", "tb-groups-noticeboard.json");
    private final Channel tbLounge = cast.channel(tb, "Thornbury Community Fund", "group-leaders-lounge",
            "people who run local groups, chatting among themselves", "tb-group-leaders-lounge.json");
    private final Persona hannah = cast.person("hannah.pritchard", "Hannah Pritchard", officer);
    private final Persona marcus = cast.person("marcus.ellery", "Marcus Ellery", officer);
    private final Persona shona = cast.person("shona.gallagher", "Shona Gallagher");
    private final Persona ifeoma = cast.person("ifeoma.adeyemi", "Ifeoma Adeyemi");
    private final Persona philip = cast.person("philip.nettleton", "Philip Nettleton");
    private final Persona vanessa = cast.person("vanessa.crowther", "Vanessa Crowther");
    private final Persona rukhsana = cast.person("rukhsana.begum", "Rukhsana Begum");
    private final Channel dmPhilip = cast.dm(philip, "dm-philip-nettleton.json");

    // --- C. school governors ---
    private final String gv = cast.guild(1413);
    private final Role clerk = cast.role("Clerk", "#9b59b6", 1);
    private final Channel gvNew = cast.channel(gv, "Ashcombe Governors' Network", "new-governors-ask",
            "new governors ask anything; experienced governors and the clerks answer", "gv-new-governors-ask.json");
    private final Channel gvPolicy = cast.channel(gv, "Ashcombe Governors' Network", "papers-and-policy",
            "meeting papers, budgets, policies, inspections", "gv-papers-and-policy.json");
    private final Channel gvChat = cast.channel(gv, "Ashcombe Governors' Network", "governors-chat",
            "general chat for governors across the authority's schools", "gv-governors-chat.json");
    private final Channel gvRead = cast.channel(gv, "Ashcombe Governors' Network", "reading",
            "articles and guidance worth a read", "gv-reading.json");
    private final Persona rosalind = cast.person("rosalind.achebe", "Rosalind Achebe");
    private final Persona stuart = cast.person("stuart.kellaway", "Stuart Kellaway");
    private final Persona deepa = cast.person("deepa.raman", "Deepa Raman");
    private final Persona owen = cast.person("owen.trelawney", "Owen Trelawney", clerk);
    private final Persona frances = cast.person("frances.horrocks", "Frances Horrocks");
    private final Persona gordon = cast.person("gordon.ashby", "Gordon Ashby");
    private final Persona nadia = cast.person("nadia.szymanska", "Nadia Szymanska");

    // --- D. a community transport scheme's own server ---
    private final String ct = cast.guild(1414);
    private final Role ctStaff = cast.role("Staff", "#e67e22", 3);
    private final Role driver = cast.role("Volunteer Driver", "#f1c40f", 2);
    private final Role member = cast.role("Member", "#95a5a6", 1);
    private final Channel ctBook = cast.channel(ct, "Wyeside Community Transport", "bookings-and-questions",
            "members and carers ask about trips, bookings and fares; the office answers",
            "ct-bookings-and-questions.json");
    private final Channel ctDrivers = cast.channel(ct, "Wyeside Community Transport", "drivers-room",
            "volunteer drivers and the office: rota swaps, vehicles, routes", "ct-drivers-room.json");
    private final Channel ctNotices = cast.channel(ct, "Wyeside Community Transport", "notices",
            "from the office: timetable changes, closures, news", "ct-notices.json");
    private final Channel ctThanks = cast.channel(ct, "Wyeside Community Transport", "thank-yous",
            "say thank you to a driver or a volunteer", "ct-thank-yous.json");
    private final Persona eleanor = cast.person("eleanor.whitfield", "Eleanor Whitfield", ctStaff);
    private final Persona rajesh = cast.person("rajesh.pillai", "Rajesh Pillai", ctStaff);
    private final Persona trevor = cast.person("trevor.danby", "Trevor Danby", driver);
    private final Persona maggie = cast.person("maggie.lindqvist", "Maggie Lindqvist", driver);
    private final Persona kwame = cast.person("kwame.boateng", "Kwame Boateng", driver);
    private final Persona edna = cast.person("edna.pocock", "Edna Pocock", member);
    private final Persona siobhan = cast.person("siobhan.kearney", "Siobhan Kearney", member);
    private final Persona arthur = cast.person("arthur.mellor", "Arthur Mellor", member);

    // --- E. a civic-tech consultancy's own server ---
    private final String bw = cast.guild(1415);
    private final Role team = cast.role("Team", "#1abc9c", 2);
    private final Role customer = cast.role("Customer", "#95a5a6", 1);
    private final Channel bwNews = cast.channel(bw, "Brightwater Civic Digital", "announcements",
            "from the Brightwater team: releases, events, news", "bw-announcements.json");
    private final Channel bwSupport = cast.channel(bw, "Brightwater Civic Digital", "council-support",
            "councils using our platform ask about their forms, sites and contracts; the team answers",
            "bw-council-support.json");
    private final Channel bwShow = cast.channel(bw, "Brightwater Civic Digital", "show-and-tell",
            "councils share what they've built and learned with our tools", "bw-show-and-tell.json");
    private final Channel bwTeam = cast.channel(bw, "Brightwater Civic Digital", "team-room",
            "the Brightwater team among ourselves", "bw-team-room.json");
    private final Persona imogen = cast.person("imogen.castellano", "Imogen Castellano", team);
    private final Persona ravi = cast.person("ravi.thakkar", "Ravi Thakkar", team);
    private final Persona josie = cast.person("josie.blackwood", "Josie Blackwood", team);
    private final Persona helen = cast.person("helen.stroud", "Helen Stroud", customer);
    private final Persona andrew = cast.person("andrew.kilbride", "Andrew Kilbride", customer);
    private final Persona priti = cast.person("priti.desai", "Priti Desai", customer);
    private final Persona lewis = cast.person("lewis.hartigan", "Lewis Hartigan");
    private final Channel dmJosie = cast.dm(josie, "dm-josie-blackwood.json");

    // --- F. parish and town council clerks, with suppliers ---
    private final String cc = cast.guild(1416);
    private final Channel ccHelp = cast.channel(cc, "Clerks' Corner", "clerks-help",
            "parish and town clerks ask and answer: agendas, precepts, audits, minutes, the systems we use",
            "cc-clerks-help.json");
    private final Channel ccCllr = cast.channel(cc, "Clerks' Corner", "councillors-ask",
            "councillors ask about procedure and standing orders; clerks answer", "cc-councillors-ask.json");
    private final Channel ccSupp = cast.channel(cc, "Clerks' Corner", "suppliers-corner",
            "for suppliers to local councils among ourselves: websites, insurance, payroll, trade shows",
            "cc-suppliers-corner.json");
    private final Channel ccOff = cast.channel(cc, "Clerks' Corner", "off-duty",
            "anything but council business", "cc-off-duty.json");
    private final Persona joanna = cast.person("joanna.beddoes", "Joanna Beddoes");
    private final Persona kieran = cast.person("kieran.lomax", "Kieran Lomax");
    private final Persona sunita = cast.person("sunita.rao", "Sunita Rao");
    private final Persona alistair = cast.person("alistair.drummond", "Alistair Drummond");
    private final Persona neville = cast.person("neville.armitage", "Neville Armitage");
    private final Persona carys = cast.person("carys.pennington", "Carys Pennington");
    private final Persona hamid = cast.person("hamid.qadir", "Hamid Qadir");

    // --- G. a county library service's events staff, local authors and performers ---
    private final String lb = cast.guild(1417);
    private final Role librarian = cast.role("Librarian", "#2980b9", 1);
    private final Channel lbIdeas = cast.channel(lb, "Kingsmere Libraries: Events & Outreach", "event-planning",
            "library staff and the Friends plan events and outreach", "lb-event-planning.json");
    private final Channel lbCalls = cast.channel(lb, "Kingsmere Libraries: Events & Outreach",
            "performers-and-authors", "local authors, performers and speakers offer talks and workshops; library "
                    + "staff post requests and bookings", "lb-performers-and-authors.json");
    private final Channel lbWhatsOn = cast.channel(lb, "Kingsmere Libraries: Events & Outreach", "whats-on",
            "what's on at Kingsmere libraries: events and how to book", "lb-whats-on.json");
    private final Channel lbGreen = cast.channel(lb, "Kingsmere Libraries: Events & Outreach", "green-room",
            "authors, performers and speakers among ourselves: fees, venues, the job", "lb-green-room.json");
    private final Persona philippa = cast.person("philippa.stanhope", "Philippa Stanhope", librarian);
    private final Persona dominic = cast.person("dominic.asher", "Dominic Asher", librarian);
    private final Persona yvonne = cast.person("yvonne.castell", "Yvonne Castell", librarian);
    private final Persona tobias = cast.person("tobias.ferrand", "Tobias Ferrand");
    private final Persona miriam = cast.person("miriam.goldberg", "Miriam Goldberg");
    private final Persona conrad = cast.person("conrad.blakemore", "Conrad Blakemore");
    private final Persona leanne = cast.person("leanne.dobson", "Leanne Dobson");

    // --- H. a town-twinning association ---
    private final String tw = cast.guild(1418);
    private final Channel twGeneral = cast.channel(tw, "Hallowfield–Saint-Aubin Twinning Association", "general",
            "members' chat", "tw-general.json");
    private final Channel twVisit = cast.channel(tw, "Hallowfield–Saint-Aubin Twinning Association",
            "exchange-visit-2032", "the May exchange visit to Saint-Aubin: travel, host families, programme",
            "tw-exchange-visit-2032.json");
    private final Channel twFrench = cast.channel(tw, "Hallowfield–Saint-Aubin Twinning Association", "french-help",
            "help with French: letters, phrases, pronunciation", "tw-french-help.json");
    private final Channel twPhotos = cast.channel(tw, "Hallowfield–Saint-Aubin Twinning Association", "photos",
            "photos from visits and events", "tw-photos.json");
    private final Persona moira = cast.person("moira.halliday", "Moira Halliday");
    private final Persona colin = cast.person("colin.ferraby", "Colin Ferraby");
    private final Persona glyn = cast.person("glyn.morgan", "Glyn Morgan");
    private final Persona patricia = cast.person("patricia.lowther", "Patricia Lowther");
    private final Persona kenneth = cast.person("kenneth.pargeter", "Kenneth Pargeter");
    private final Persona aurelie = cast.person("aurelie.fontaine", "Aurélie Fontaine");
    private final Persona yusuf = cast.person("yusuf.karim", "Yusuf Karim");

    private HeldOutScenes113Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        pollingStaff();
        grantsTeam();
        governors();
        communityTransport();
        civicTech();
        clerks();
        libraries();
        twinning();
    }

    private void pollingStaff() {
        // ===== A. Polling Day Crew: Elmbury (nobody sells) =====
        // W10
        say(1, "09:00", pdBrief, gwendolyn, "Morning all. Training for the 6 May elections: presiding officers "
                + "on Tue 9 "
                + "March or Thu 11 March, poll clerks on Sat 13 March. Book a place on the form: "
                + "forms.elmbury.example/poll-training. Each session is two hours at the Civic Centre.");
        joins(2, "11:00", pdRoom, callum);
        Post caHi = say(2, "11:10", pdRoom, callum, "Hi everyone, first time as a poll clerk. I'm a politics "
                + "student so "
                + "I'm weirdly excited about all this.");
        Post loHi = re(2, "11:25", lorna, caHi, "Welcome Callum! Bring a good book for the slow hour after "
                + "lunch, and a "
                + "warm jumper. Church halls are freezing at 7am.");
        re(2, "11:40", callum, loHi, "Jumper noted, thanks!");
        Post caCard = say(2, "14:00", pdAsk, callum, "Silly question maybe: if someone turns up without their "
                + "poll card, "
                + "can they still vote?");
        Post taCard = re(2, "14:15", tariq, caCard, "Not silly at all. Yes, they don't need the card, but they "
                + "do need "
                + "accepted photo ID. The card only helps us find them on the register quickly.");
        re(2, "14:30", callum, taCard, "Oh good, that's simpler than I thought. Thank you.");
        Post agPaid = say(3, "10:00", pdAsk, agnieszka, "Does anyone know if the training session is paid, or "
                + "only the "
                + "day itself?");
        Post gwPaid = re(3, "10:30", gwendolyn, agPaid, "Training is paid separately, £40, on the same payslip as "
                + "polling day.");
        re(3, "10:45", agnieszka, gwPaid, "Perfect, thank you Gwendolyn.");
        say(3, "15:00", pdCount, agnieszka, "@Beatrice Okoro are you running the verification tables again this "
                + "year? "
                + "Could I do count night as well as my polling station?");
        Post beCard = say(4, "12:00", pdRoom, beatrice, "Has anyone else's poll card arrived with their own name "
                + "spelt "
                + "wrong? Mine says Beatrix.");
        Post loCard = re(4, "12:10", lorna, beCard, "Mine had the wrong house number once. Tell the office, they fix "
                + "the register.");
        re(4, "12:20", beatrice, loCard, "Will do, ta.");
        say(4, "16:00", pdBrief, gwendolyn, "Update: Tuesday 9 March is full. Thursday 11 March has 8 places "
                + "left and "
                + "the Saturday clerks' session has 14. Same form: forms.elmbury.example/poll-training");
        Post deAway = say(5, "09:00", pdRoom, dennis, "Heads up: I'm off to Lanzarote from tomorrow until the 12th, "
                + "barely any signal. I'll do a training session when I'm back, if there's space!");
        re(5, "09:20", tariq, deAway, "Enjoy it Dennis. Bring some sun back.");
        Post loTender = say(5, "10:00", pdAsk, lorna, "For the experienced presiding officers: where do tendered "
                + "ballot "
                + "papers go at the close? I can never remember which envelope.");
        Post taTender = re(5, "10:30", tariq, loTender, "Tendered ones go in their own envelope with the "
                + "tendered votes "
                + "list, never in the box. Page 31 of the handbook.");
        re(5, "10:40", lorna, taTender, "Page 31, writing it on my hand.");
        Post caPark = say(6, "10:00", pdAsk, callum, "@Dennis Harrop you did the Ashgrove school station last year, "
                + "right? Is there parking for staff there?");
        Post agPdf = say(7, "11:00", pdAsk, agnieszka, "Does anyone have the handbook as a PDF? I left my paper "
                + "one on "
                + "the bus.");
        Post gwPdf = re(7, "11:20", gwendolyn, agPdf, "Here you go: elmbury.example/elections/po-handbook.pdf. The "
                + "clerks' one is on the same page.");
        re(7, "11:30", agnieszka, gwPdf, "You're a star.");
        // W11
        say(8, "09:00", pdBrief, gwendolyn, "Reminder: bring your own ID to training so we can check you in. Tea and "
                + "biscuits provided.");
        Post agCount = say(8, "10:00", pdCount, agnieszka, "@Beatrice Okoro sorry to ask again, are you taking "
                + "people "
                + "for count night? Happy to do verification or a counting table.");
        Post beCount = re(8, "16:00", beatrice, agCount, "Sorry Agnieszka, I kept meaning to reply! Yes please, "
                + "verification table 3. I'll send the details.");
        re(8, "16:10", agnieszka, beCount, "Brilliant, thank you!");
        Post caPostal = say(9, "12:00", pdAsk, callum, "What happens if someone comes in and they're already "
                + "marked as "
                + "having a postal vote?");
        Post taPostal = re(9, "12:30", tariq, caPostal, "They can't vote in person, but if they say the postal pack "
                + "never came, ring the office from the station phone. Before 5pm we can issue a replacement.");
        Post caLog = re(9, "12:40", callum, taPostal, "Makes sense. Do I write it down anywhere?");
        re(9, "13:00", tariq, caLog, "In the presiding officer's log. That's my job, just tell me straight away.");
        Post caPhoto = say(10, "10:00", pdAsk, callum, "Another one, sorry! Can a voter take a photo of their ballot "
                + "paper?");
        Post loPhoto = re(10, "10:20", lorna, caPhoto, "No, and keep an eye out for it. Ask them politely not to. No "
                + "phones out in the booth.");
        Post caSpam = re(10, "10:30", callum, loPhoto, "Got it. Thanks Lorna, I'll stop filling the room with "
                + "questions soon 😅");
        re(10, "10:45", lorna, caSpam, "Ask away, that's what this room is for.");
        Post caCake = say(11, "18:00", pdRoom, callum, "Did the Thursday training tonight. Tariq, your bit on "
                + "the ballot "
                + "paper account was the clearest thing I've heard all term. @Lorna Fenwick shall I bring cake "
                + "on the "
                + "day?");
        re(11, "18:30", lorna, caCake, "Always yes to cake.");
        say(11, "19:00", pdCount, beatrice, "Count night plan: verification starts 10.15pm at the leisure centre, "
                + "counting from midnight. Supervisors in by 9.30pm. Table list tomorrow.");
        Post beTables = say(12, "09:00", pdCount, beatrice, "Table list: elmbury.example/elections/count-tables.pdf. "
                + "Please check your number.");
        re(12, "09:30", agnieszka, beTables, "Table 3, verification. See you there!");
        Post loTactile = say(12, "14:00", pdAsk, lorna, "Does the tactile voting device come in the ballot box "
                + "kit this "
                + "year or separately?");
        re(12, "14:30", gwendolyn, loTactile, "In the kit this year, in the grey wallet, with a large-print sample "
                + "ballot paper.");
        Post dePark = re(13, "10:00", dennis, caPark, "Back from Lanzarote! Callum, yes: staff park round the "
                + "back by "
                + "the kitchen door. Ask the caretaker for the gate code on the day.");
        Post deLate = say(13, "11:00", pdBrief, dennis, "Is there still room on a presiding officers' session for "
                + "latecomers like me?");
        Post gwLate = re(13, "11:30", gwendolyn, deLate, "I'll add you to the extra session on Tue 16 March, 6pm. "
                + "Just say yes here.");
        re(13, "11:40", dennis, gwLate, "Yes please!");
        // W12
        Post gwPostal = say(15, "09:00", pdBrief, gwendolyn, "Extra presiding officers' session Tue 16 March 6pm, "
                + "Committee Room 2. We also need six more people to help open postal votes from 27 April. Say here "
                + "if you're interested.");
        re(15, "09:30", agnieszka, gwPostal, "I can do postal openings on Tuesdays and Thursdays.");
        Post caOpen = re(15, "09:40", callum, gwPostal, "Any day after my exams, so from 20 April.");
        re(15, "10:00", gwendolyn, caOpen, "Lovely, thank you both. You're on the list.");
        Post caCompanion = say(17, "11:00", pdAsk, callum, "Last one for a while: if a voter brings a companion "
                + "to help "
                + "them mark the ballot, is there a limit on how many people one companion can help?");
        Post taCompanion = re(17, "11:20", tariq, caCompanion, "Two voters per companion, unless they're close "
                + "family. "
                + "The companion fills in a declaration and you record it.");
        re(17, "11:30", callum, taCompanion, "Perfect. I'm making flashcards now haha.");
    }

    private void grantsTeam() {
        // ===== B. Thornbury Community Fund (a council's grants officers and local groups) =====
        // W10
        say(1, "09:30", tbCalls, marcus, "Spring round of the Thornbury Community Fund is open: grants of £500 to "
                + "£5,000 for constituted groups, closes Fri 19 March at noon. Guidance and form: "
                + "thornbury.example/community-fund");
        Post phRoof = say(1, "10:00", tbAsk, philip, "Lowfield village hall roof is leaking over the stage. "
                + "Would a roof "
                + "repair count as a capital project for the fund, or is it maintenance?");
        Post haRoof = re(1, "10:40", hannah, phRoof, "Good question. Repairs that keep the building usable count "
                + "if you "
                + "can show community groups use the hall. Routine upkeep like gutter clearing doesn't. Do you "
                + "have a "
                + "surveyor's report?");
        re(1, "11:00", philip, haRoof, "We have a roofer's quote, not a report. I'll ask him to write up what's "
                + "wrong.");
        joins(2, "08:50", tbAsk, vanessa);
        Post ifMatch = say(2, "09:00", tbAsk, ifeoma, "Do we need match funding for the Community Fund? Our "
                + "lunch club "
                + "has about £600 in the bank.");
        re(2, "09:20", vanessa, ifMatch, "I write bids for groups like yours, £300 per application, and most of mine "
                + "get funded. Happy to take it off your hands, DM me.");
        Post haMatch = re(2, "09:45", hannah, ifMatch, "No match funding needed for grants under £2,000, Ifeoma. "
                + "Above "
                + "that we like to see 10%, and volunteer time counts towards it.");
        re(2, "10:00", ifeoma, haMatch, "Oh brilliant, that's a relief. Thank you.");
        say(3, "09:00", tbCalls, marcus, "Also open: Thornbury Lottery small grants, up to £1,000 for activities for "
                + "older people, rolling deadline: thornbury.example/lottery-grants");
        say(3, "10:00", tbBoard, vanessa, "Bid writing for community groups: £35 an hour or £300 fixed per "
                + "application. "
                + "vanessacrowther.example. DM me for a chat.");
        Post phPdf = say(3, "15:00", tbAsk, philip, "Hannah, the roofer wrote it up. Do I attach it as a PDF or "
                + "paste it "
                + "into the form?");
        Post haPdf = re(3, "15:20", hannah, phPdf, "Attach the PDF in section 6 and sum it up in two lines in "
                + "section 4. "
                + "Keep it plain, the panel aren't roofers.");
        re(3, "15:30", philip, haPdf, "Ha, understood.");
        say(4, "09:00", dmPhilip, vanessa, "Hi Philip, I saw your question about the hall roof. I could write "
                + "the whole "
                + "bid for you for £300, I know what that panel likes. Free for a quick 15-minute call this week? "
                + "vanessacrowther.example/book");
        say(4, "11:00", tbBoard, hannah, "A gentle note: this board is for groups' own news and events. And a "
                + "reminder "
                + "that the grants team checks draft applications for free, just ask in the grants room.");
        Post phDm = say(4, "12:00", tbLounge, philip, "Got a message offering to write our bid for £300. Is that "
                + "normal?");
        Post ifDm = re(4, "12:20", ifeoma, phDm, "Something similar happened to me on Tuesday. Hannah looked at our "
                + "form for free, I'd go to her first.");
        re(4, "12:30", philip, ifDm, "Will do. Thanks Ifeoma.");
        Post ruPartner = say(5, "10:00", tbAsk, rukhsana, "Can a group that isn't constituted yet apply? We're a "
                + "girls' "
                + "cricket group running since September, no bank account yet.");
        Post maPartner = re(5, "10:30", marcus, ruPartner, "Not directly, but you can apply through a constituted "
                + "partner, like the youth club that hosts you. Or we can help you adopt a simple constitution, "
                + "which "
                + "takes about a month.");
        re(5, "10:45", rukhsana, maPartner, "The youth club route sounds quickest. I'll talk to them.");
        Post phCount = say(5, "14:00", tbAsk, philip, "Last one this week: the form asks how many people "
                + "benefit. Do we "
                + "count every hall user or only the regulars?");
        Post haCount = re(5, "14:30", hannah, phCount, "Regular users over a typical month, and say how you counted. "
                + "Estimates are fine if you explain them.");
        re(5, "14:40", philip, haCount, "That's a huge help, thank you.");
        Post ifLunch = say(6, "11:00", tbBoard, ifeoma, "Lunch club this Wednesday: shepherd's pie and a talk on the "
                + "history of the mill. £3 a plate, all welcome.");
        re(6, "11:15", philip, ifLunch, "I'll bring a few from Lowfield.");
        // W11
        say(8, "09:00", tbCalls, marcus, "Green Spaces fund: up to £10,000 for tree planting and community gardens, "
                + "deadline 30 April: greenspaces.example/apply");
        Post shPosts = say(8, "10:00", tbAsk, shona, "We want to apply for new goalposts. Can we include the cost of "
                + "installing them or only the kit?");
        re(8, "10:30", vanessa, shPosts, "On the other councils' funds I know, installation is usually fine if "
                + "it's on "
                + "the same supplier quote. Worth checking with Hannah.");
        Post haPosts = re(8, "10:50", hannah, shPosts, "Vanessa's right, installation counts as long as it's on "
                + "the same "
                + "quote. Two quotes please for anything over £1,000.");
        re(8, "11:00", shona, haPosts, "Two quotes, got it. Thanks both!");
        say(10, "09:00", tbCalls, marcus, "Reminder: the Community Fund spring round closes Fri 19 March at "
                + "noon. The "
                + "team checks drafts until Mon 15 March.");
        Post ruSign = say(10, "10:00", tbAsk, rukhsana, "The youth club said yes to being our partner! Do they "
                + "sign the "
                + "form or do I?");
        Post haSign = re(10, "10:30", hannah, ruSign, "They sign as the applicant and you're named as project "
                + "lead. Add "
                + "a short letter from them saying they'll hold the money for you.");
        re(10, "10:40", rukhsana, haSign, "Perfect. Thank you Hannah!");
        Post phQuiz = say(11, "16:00", tbBoard, philip, "Lowfield village hall spring quiz, Fri 26 March, teams "
                + "of six. "
                + "Proceeds to the roof fund while we wait on the grant!");
        re(11, "16:30", vanessa, phQuiz, "Sounds fun, I'll try to get a team together.");
        Post phDraft = say(12, "10:00", tbAsk, philip, "Draft done. @Hannah Pritchard could you have a look before "
                + "Monday? It's in the shared folder.");
        Post haDraft = re(12, "11:30", hannah, phDraft, "Read it. A strong draft. Two things: add the hall's opening "
                + "hours, and say what you'd do if the grant covers only part. Otherwise ready.");
        re(12, "11:45", philip, haDraft, "On it. You've been brilliant through all this.");
        // W12
        say(15, "09:00", tbCalls, marcus, "New: Thornbury Heritage Grants, up to £3,000 for local history projects, "
                + "deadline 14 May: thornbury.example/heritage-grants");
        Post shWriter = say(15, "11:00", tbAsk, shona, "Different question: we're also going for a Football "
                + "Foundation "
                + "grant, 40 pages. Can anyone recommend a bid writer who knows sports funders?");
        Post vaWriter = re(15, "11:30", vanessa, shWriter, "That's my kind of job, I did three Football "
                + "Foundation bids "
                + "last year. £300 fixed for the application, details at vanessacrowther.example, or message me.");
        re(15, "11:45", shona, vaWriter, "Great, I'll message you tonight.");
        re(15, "12:00", marcus, shWriter, "The Football Foundation also runs free webinars for clubs, worth watching "
                + "one before you start.");
        Post ifPaper = say(16, "09:00", tbAsk, ifeoma, "@Hannah Pritchard is it okay to hand the form in on "
                + "paper? Our "
                + "treasurer doesn't do computers.");
        Post maPaper = re(16, "09:40", marcus, ifPaper, "Paper's fine, Ifeoma. Leave it at Civic Centre reception in "
                + "an envelope marked Community Fund. Hannah's on leave till Thursday.");
        re(16, "09:50", ifeoma, maPaper, "Thank you Marcus!");
        Post ruIn = say(18, "14:00", tbLounge, rukhsana, "Application in! Thanks everyone who helped, especially the "
                + "grants team.");
        re(18, "14:20", philip, ruIn, "Ours too. Fingers crossed for both.");
        Post phPanel = say(19, "12:00", tbAsk, philip, "What happens after the deadline? When does the panel sit?");
        re(19, "12:30", hannah, phPanel, "The panel meets on 22 April and letters go out the week after. Good luck!");
        Post shCall = say(20, "10:00", tbLounge, shona, "@Vanessa Crowther thanks for the call last night, the plan "
                + "for the Football Foundation bid makes sense now.");
        re(20, "10:30", vanessa, shCall, "Glad it helped. Send me the club's last two years of accounts when you "
                + "can.");
    }

    private void governors() {
        // ===== C. Ashcombe Governors' Network (school governors; nobody sells) =====
        // W10
        say(2, "09:00", gvRead, frances, "The draft update to the safeguarding guidance is out for consultation: "
                + "kcsie-draft.example/2032. The online safety section is much longer this year.");
        say(2, "09:10", gvRead, frances, "A good plain-English summary of the filtering and monitoring standards: "
                + "safeguardingnews.example/filtering-explained");
        Post goBalanced = say(2, "18:00", gvChat, gordon, "When I was head at Pellingham we balanced the budget "
                + "every "
                + "single year. I never once set a deficit. My secret was ruthless timetabling.");
        re(2, "18:30", stuart, goBalanced, "Different times, Gordon. Our energy bill alone went up 40%.");
        joins(3, "08:00", gvNew, deepa);
        Post dePack = say(3, "08:10", gvNew, deepa, "Hi all, I've just been elected parent governor at Ashcombe "
                + "Primary. First meeting is next week and there's a 90-page pack. Where do I even start?");
        re(3, "08:40", rosalind, dePack, "Welcome Deepa! Start with the last meeting's minutes and the head's "
                + "report, "
                + "they tell you what's live. Skip the policy appendices for now.");
        Post owPack = re(3, "09:00", owen, dePack, "And the agenda is on page 2. Anything marked for decision, read "
                + "that paper properly. Ask me anything about procedure, that's what clerks are for.");
        re(3, "09:20", deepa, owPack, "Minutes, head's report, decision papers. Thank you both, that's a much "
                + "smaller "
                + "mountain.");
        Post dePan = say(4, "20:00", gvNew, deepa, "Read the head's report. What does PAN mean? It comes up four "
                + "times.");
        Post stPan = re(4, "20:15", stuart, dePan, "Published Admission Number: how many children the school admits "
                + "into each year group. Ours is 30.");
        Post deYear3 = re(4, "20:25", deepa, stPan, "Ah, so that's why Year 3 being at 22 is a money problem.");
        re(4, "20:35", stuart, deYear3, "Exactly, the funding follows the pupils. You've got it.");
        Post owPay = say(5, "17:00", gvPolicy, owen, "Reminder for chairs: the pay policy has to be reviewed "
                + "before 1 "
                + "April. The model policy and an agenda template are in the shared drive.");
        re(5, "17:30", rosalind, owPay, "Thanks Owen. We'll take it at resources committee on the 16th.");
        say(5, "19:00", gvRead, frances, "Ofsted's latest blog on what inspectors ask governors: "
                + "ofstedblog.example/governors-2032");
        Post deParents = say(6, "10:00", gvNew, deepa, "Am I allowed to talk about what's said in meetings with "
                + "other "
                + "parents? Some are already asking me about the new head.");
        Post roParents = re(6, "10:30", rosalind, deParents, "Good instinct to ask. Decisions and approved "
                + "minutes are "
                + "public, the discussions aren't. If parents ask, point them to the head or the office. It protects "
                + "you too.");
        Post deSay = re(6, "10:45", deepa, roParents, "That's really helpful. I'll say exactly that.");
        Post roCommittee = re(6, "11:00", rosalind, deSay, "And which committee do you fancy, resources or "
                + "curriculum?");
        re(6, "11:20", deepa, roCommittee, "Curriculum, I think. I work in speech therapy, so reading and phonics "
                + "interest me.");
        // W11
        say(8, "09:00", gvChat, gordon, "Thinking back to my first year as a head in 1998: I had forty governors' "
                + "meetings and I ran half of them myself, in all but name.");
        say(8, "14:00", gvChat, gordon, "I've always believed governors should be in school every week. I was in my "
                + "classrooms every morning without fail, and my staff knew it.");
        Post deAbstain = say(8, "18:00", gvNew, deepa, "First meeting went well! One question: I abstained on the "
                + "uniform policy vote because I hadn't read it properly. Was that okay?");
        re(8, "18:40", gordon, deAbstain, "In my day I'd never have allowed an abstention. I read every paper "
                + "myself, "
                + "I always did, and I made sure my board knew I expected the same.");
        Post owAbstain = re(8, "19:00", owen, deAbstain, "Abstaining is completely fine and it's recorded in the "
                + "minutes. Better than voting on something you haven't read.");
        re(8, "19:15", deepa, owAbstain, "Phew. Thank you Owen.");
        say(9, "07:30", gvChat, gordon, "My old deputy used to say I could smell a weak lesson from the corridor. I "
                + "still think I could.");
        say(9, "12:00", gvChat, gordon, "I remember my 2009 inspection as if it were yesterday. I had the lead "
                + "inspector eating out of my hand by lunchtime.");
        Post stForecast = say(9, "19:00", gvPolicy, stuart, "For anyone doing three-year forecasts: I'm assuming "
                + "3.5% "
                + "on teacher pay from September and 2% after. What's everyone else using?");
        Post roForecast = re(9, "19:30", rosalind, stForecast, "Same for September, 2.5% after. That's what the "
                + "local "
                + "authority's finance team suggested.");
        re(9, "19:45", stuart, roForecast, "I'll run both and show the difference.");
        say(10, "08:00", gvChat, gordon, "I'm writing my memoir, by the way. Thirty-one years in schools. I've a "
                + "chapter on my battles with the county that will make a few people blush.");
        say(10, "16:00", gvChat, gordon, "People often ask me about my proudest moment. I'd say my school's first "
                + "Outstanding in 2011. I put it down mostly to my leadership, if I'm honest.");
        say(10, "20:00", gvRead, frances, "A useful piece on governor workload and wellbeing: "
                + "governance.example/workload-2032");
        say(11, "09:00", gvChat, gordon, "My advice to any new head is simple: do what I did and get the "
                + "governors on "
                + "your side in the first week.");
        say(11, "15:00", gvChat, gordon, "I'm available for any curriculum committee that wants my experience. I've "
                + "chaired more of those than I can count.");
        Post naPay = say(11, "19:00", gvPolicy, nadia, "Staff governors: are you allowed in the room when the head's "
                + "pay is discussed? I was asked to leave last time and felt awkward.");
        Post owHeadPay = re(11, "19:30", owen, naPay, "Staff governors withdraw for pay items about staff, the head "
                + "included. It's in the regulations, nothing personal. It helps if the chair explains that at the "
                + "start.");
        re(11, "19:45", nadia, owHeadPay, "That makes me feel better, thank you.");
        say(12, "12:00", gvChat, gordon, "I was the first head in the county to publish my own newsletter for "
                + "governors. My idea, my design. I still have every issue in my loft.");
        say(13, "10:00", gvChat, gordon, "Looking back, I don't think I ever lost a vote at my governors' meetings. "
                + "Not one.");
        Post dePhonics = say(14, "11:00", gvNew, deepa, "Did my first curriculum monitoring visit today, sat in on "
                + "phonics in Reception. I have so many questions now!");
        re(14, "11:30", nadia, dePhonics, "Ask them! Our phonics lead loves it when governors are curious.");
        // W12
        Post roPapers = say(15, "19:00", gvPolicy, rosalind, "Resources committee tomorrow: pay policy, budget "
                + "forecasts, the roof. Owen sent the papers on Friday.");
        re(15, "19:30", stuart, roPapers, "Forecast paper updated with both pay assumptions.");
        Post goVisit = say(17, "10:00", gvChat, gordon, "@Deepa Raman how did your monitoring visit go? Phonics in "
                + "Reception is where it all starts.");
        Post deVisit = re(17, "10:30", deepa, goVisit, "Really well, thanks Gordon! The children read words I didn't "
                + "expect them to. Any tips on what to ask the phonics lead?");
        Post goAsk = re(17, "11:00", gordon, deVisit, "Ask how they spot the children who fall behind, and what "
                + "happens for those children the very next day. That tells you most of what you need.");
        re(17, "11:10", deepa, goAsk, "That's a great question, writing it down.");
        Post deVacancy = say(18, "19:00", gvNew, deepa, "Is there a way to see how many governor vacancies there are "
                + "around here? My neighbour is interested.");
        Post owVacancy = re(18, "19:30", owen, deVacancy, "Yes, the local authority keeps a list, I'll share it. "
                + "Tell "
                + "your neighbour to get in touch, two schools are short of governors.");
        re(18, "19:40", deepa, owVacancy, "Will do!");
        Post frNga = say(19, "09:00", gvRead, frances, "A very practical guide to monitoring visits: "
                + "nga.example/monitoring-visits");
        re(19, "09:30", deepa, frNga, "Exactly what I needed last week, thank you!");
    }

    private void communityTransport() {
        // ===== D. Wyeside Community Transport (dial-a-ride scheme's own server) =====
        // W10
        say(1, "08:30", ctNotices, eleanor, "Good morning! From Monday 8 March the Tuesday market bus leaves Wyeside "
                + "Green at 9.45 instead of 9.30. Members already booked will get a phone call.");
        Post edMarket = say(1, "09:00", ctBook, edna, "Hello, it's Edna from Church Row. Can I book the Tuesday "
                + "market "
                + "bus for me and my friend Joan? She's not a member yet.");
        Post raMarket = re(1, "09:30", rajesh, edMarket, "Morning Edna! Joan can come as your guest this time, "
                + "£3 each "
                + "way, and she can join on the day, the form's on the bus. You're both booked for the 9th.");
        re(1, "09:45", edna, raMarket, "Lovely, thank you dear.");
        Post kwLift = say(2, "10:00", ctDrivers, kwame, "Minibus 2's tail lift is sticking again. I had to work "
                + "it by "
                + "hand twice yesterday.");
        re(2, "10:30", rajesh, kwLift, "Thanks Kwame, it's booked into the garage for Wednesday. Take minibus 1 "
                + "tomorrow.");
        Post siSame = say(2, "14:00", ctBook, siobhan, "My dad has dementia and gets anxious with new faces. Can "
                + "we ask "
                + "for the same driver each week for his day centre trips?");
        Post elSame = re(2, "14:30", eleanor, siSame, "We try to keep regular drivers on regular trips, "
                + "especially for "
                + "members who need it. I'll put a note on his record. Trevor usually does the Monday day centre "
                + "run.");
        re(2, "14:45", siobhan, elSame, "That would mean so much. Thank you.");
        Post trMidas = say(3, "09:00", ctDrivers, trevor, "Question: the new minibus coming next month is over 3.5 "
                + "tonnes. Do I need to do MiDAS to drive it?");
        Post kwMidas = re(3, "09:20", kwame, trMidas, "You do. The standard MiDAS course covers it, one day. I run "
                + "them through my training firm, £95, or the scheme can book the county's course, free for "
                + "volunteers but with a waiting list.");
        re(3, "09:40", trevor, kwMidas, "Free with a waiting list sounds like me. Cheers Kwame.");
        re(3, "10:00", eleanor, trMidas, "The county course is on 24 April and I've six places for our drivers. "
                + "Trevor, you're on it.");
        Post maFord = say(4, "15:00", ctDrivers, maggie, "Ferry Lane ford was up to the kerb at 3pm. I went "
                + "round by the "
                + "bridge.");
        Post kwFord = re(4, "15:20", kwame, maFord, "Same this morning. The bridge adds ten minutes but it's "
                + "worth it.");
        re(4, "15:30", maggie, kwFord, "Agreed.");
        Post siFlask = say(5, "12:00", ctThanks, siobhan, "Thank you @Trevor Danby for Monday. Dad talked about 'the "
                + "driver with the tartan flask' all evening, and he was calm the whole trip.");
        re(5, "12:30", trevor, siFlask, "That made my week. Tell him the flask will be there next Monday too.");
        Post kwNotes = say(5, "16:00", ctDrivers, kwame, "Is anyone else finding the booking app hides the pick-up "
                + "notes? I had no idea Mr Hale needs the ramp until I got there.");
        Post maNotes = re(5, "16:30", maggie, kwNotes, "Yes! Notes only show if you tap the passenger's name. "
                + "Took me a "
                + "week to find.");
        re(5, "16:40", kwame, maNotes, "Ah, hidden. Thanks Maggie.");
        Post kwSeat = say(6, "10:00", ctDrivers, kwame, "Spare seat on my Saturday garden centre run if anyone's "
                + "passenger list is overflowing.");
        re(6, "10:20", trevor, kwSeat, "I'll tell Rajesh, he had two on the waiting list.");
        // W11
        say(8, "09:00", ctNotices, eleanor, "Minibus 2 has a new tail lift pump and is out of the garage. Thanks to "
                + "Kwame for reporting it.");
        Post edHospital = say(9, "09:00", ctBook, edna, "@Rajesh Pillai my hospital appointment on Thursday has "
                + "moved "
                + "to 2.30. Can the bus still take me, and bring me back after?");
        Post raFriday = say(9, "11:00", ctDrivers, rajesh, "Who can cover the Friday school run? Maggie's poorly.");
        Post kwFriday = re(9, "11:20", kwame, raFriday, "I can do Friday.");
        re(9, "11:30", rajesh, kwFriday, "Star, thank you.");
        say(9, "15:00", ctDrivers, rajesh, "Reminder: fuel receipts go in the blue tin, not the glovebox. Found "
                + "three in "
                + "minibus 1 today.");
        Post edAgain = say(10, "10:00", ctBook, edna, "@Rajesh Pillai sorry to bother you again about Thursday "
                + "at 2.30. "
                + "I need to let the hospital know.");
        Post raAway = say(10, "12:00", ctDrivers, rajesh, "Rovers are away at Stourport on Saturday if anyone "
                + "fancies "
                + "it. Trevor?");
        re(10, "12:15", trevor, raAway, "Can't, it's my grandson's birthday party! Next home game.");
        Post elHospital = re(10, "17:00", eleanor, edAgain, "Edna, so sorry, I've only just seen this. Yes, we'll "
                + "collect you at 1.45 and bring you home after. Maggie's better and will drive.");
        re(10, "17:15", edna, elHospital, "Oh thank you, what a relief.");
        Post edMaggie = say(11, "16:30", ctThanks, edna, "Thank you @Maggie Lindqvist for today, and for waiting "
                + "when "
                + "the clinic ran over. You're a treasure.");
        re(11, "17:00", maggie, edMaggie, "My pleasure Edna, glad it went well.");
        re(11, "20:00", rajesh, edHospital, "Sorry Edna, I see Eleanor sorted it. All booked for Thursday.");
        Post maBack = say(12, "10:00", ctDrivers, maggie, "Feeling much better and back on the rota. Thanks for "
                + "covering "
                + "Friday, Kwame.");
        re(12, "10:15", kwame, maBack, "Any time. Glad you're up and about.");
        Post siSea = say(13, "11:00", ctBook, siobhan, "Is there a Saturday service to the seafront? Dad used to "
                + "love the "
                + "promenade.");
        Post raSea = re(13, "11:40", rajesh, siSea, "Not every week, but from April there's a seafront trip on "
                + "the first "
                + "Saturday of the month. I'll put him on the list.");
        re(13, "12:00", siobhan, raSea, "Wonderful, he'll be so pleased.");
        // W12
        Post elAgm = say(15, "08:30", ctNotices, eleanor, "Our AGM is on Wed 24 March at the Scout hut, 2pm. "
                + "Members, "
                + "drivers and carers all welcome, with tea and cake. Tell us if you need a lift.");
        Post arAgm = re(15, "09:00", arthur, elAgm, "We'll come. Could we have a lift for two wheelchairs?");
        re(15, "09:20", eleanor, arAgm, "Of course, pencilled in for 1.30.");
        Post kwCourse = say(16, "14:00", ctDrivers, kwame, "For anyone not on the county course in April: I have two "
                + "spaces on my MiDAS day on 3 April, £95. DM me if you want one.");
        re(16, "14:30", maggie, kwCourse, "I'll take one, my certificate runs out in May.");
        Post arFares = say(17, "09:00", ctBook, arthur, "Will the AGM vote on fares? The letter mentioned a rise.");
        re(17, "09:30", eleanor, arFares, "Yes, a proposal to go from £3 to £3.50 each way, the first rise in four "
                + "years. Members vote on it, so do come.");
        Post arLunch = say(18, "12:00", ctThanks, arthur, "Thank you to Trevor, who took us both to Sunday lunch and "
                + "never once grumbled about the ramp.");
        re(18, "12:30", trevor, arLunch, "Good company makes the ramp lighter. See you at the AGM.");
        Post edEaster = say(20, "10:00", ctBook, edna, "Will there be an Easter Sunday lunch trip? My daughter's "
                + "away "
                + "this year.");
        Post raEaster = re(20, "10:30", rajesh, edEaster, "Yes Edna, to the Riverside Inn. I've put you on it.");
        re(20, "10:40", edna, raEaster, "You're a good lad. Thank you.");
    }

    private void civicTech() {
        // ===== E. Brightwater Civic Digital (a civic-tech consultancy's own server) =====
        // W10
        Post raRelease = say(1, "10:00", bwNews, ravi, "Release 4.12 is out: the bin-collection lookup now "
                + "handles flats "
                + "with shared bins, and the forms builder saves drafts for 30 days.");
        Post heBins = re(1, "10:30", helen, raRelease, "The shared bins fix will stop about fifty calls a week "
                + "for us. "
                + "Thank you!");
        re(1, "10:40", ravi, heBins, "That's the best kind of number. Shout if anything looks odd on Northvale's "
                + "side.");
        Post anTimeout = say(2, "09:30", bwSupport, andrew, "Morning. Our garden waste renewal form is timing "
                + "out at the "
                + "payment step for some residents. Anyone else seeing it?");
        Post raTimeout = re(2, "09:50", ravi, anTimeout, "Looking now, Andrew. Can you send me the reference of one "
                + "that failed?");
        Post anRef = re(2, "10:05", andrew, raTimeout, "GW-20931, about 8.40 this morning.");
        Post raFixed = re(2, "10:40", ravi, anRef, "Found it: the payment provider changed a timeout on their side. "
                + "Patched, it should be fine now. Sorry for the bother.");
        re(2, "10:50", andrew, raFixed, "Tested one, works. Brilliant, thanks Ravi.");
        Post heWorkshop = say(3, "14:00", bwSupport, helen, "@Josie Blackwood is the discovery workshop on the "
                + "16th still happening? I need to book the room.");
        Post joWorkshop = re(3, "14:20", josie, heWorkshop, "Could we move it to the 18th? I've just been asked to "
                + "speak at GovCamp on the 15th to 17th. Sorry!");
        re(3, "14:40", helen, joWorkshop, "The 18th is fine, booked.");
        Post prStarted = say(4, "11:00", bwSupport, priti, "Our contact centre wants a way to see which forms a "
                + "resident has already started. Is that on your list?");
        Post joStarted = re(4, "11:30", josie, prStarted, "It's in our summer plans. Could you send me two or three "
                + "examples of calls where it would have helped? That shapes how we build it.");
        re(4, "11:45", priti, joStarted, "Will do by Friday.");
        Post hePothole = say(5, "15:00", bwShow, helen, "Northvale's new report-a-pothole form went live last "
                + "week with "
                + "photo upload. Reports up 30%, and far fewer 'where exactly is it' calls.");
        Post imCase = re(5, "15:20", imogen, hePothole, "Lovely to see, Helen. Would you be up for a short case "
                + "study? "
                + "We'd send you the draft first.");
        Post heCase = re(5, "15:40", helen, imCase, "Happy to. And I've recommended you to the Cresswell team, "
                + "they're starting a forms project.");
        re(5, "15:50", imogen, heCase, "That's really kind, thank you.");
        // W11
        say(8, "09:00", bwNews, ravi, "Release 4.13: email reminders for saved drafts, and a fix for the date "
                + "picker on "
                + "older iPads.");
        joins(8, "11:00", bwSupport, lewis);
        Post leHello = say(8, "11:10", bwSupport, lewis, "Hello, Lewis from Cresswell County Council. Helen at "
                + "Northvale "
                + "pointed us your way. Does your forms platform work with GOV.UK Pay and our Salesforce case "
                + "system?");
        Post imHello = re(8, "11:40", imogen, leHello, "Hi Lewis, welcome, and thanks to Helen! Yes to both: "
                + "GOV.UK Pay "
                + "out of the box, Salesforce through our connector. Northvale uses the same pair.");
        Post leCost = re(8, "12:00", lewis, imHello, "Good to hear. What would it cost for a county our size, "
                + "roughly? "
                + "Around 60 forms.");
        Post imCost = re(8, "12:30", imogen, leCost, "For 60 forms the platform is about £18,000 a year, and setup "
                + "depends on how many forms you want us to build. Happy to walk you through the Salesforce "
                + "side in a short demo, slots here: brightwater.example/book");
        re(8, "12:45", lewis, imCost, "Thanks, I'll book one for next week.");
        say(10, "09:00", bwNews, imogen, "Our free webinar on accessible council forms is on Thu 18 March at 2pm. "
                + "Register here: brightwater.example/webinar-forms");
        say(10, "09:10", bwSupport, imogen, "Councils: we're running a free webinar on accessible forms on the 18th. "
                + "Register: brightwater.example/webinar-forms");
        Post imShow = say(10, "09:20", bwShow, imogen, "If you've enjoyed the show-and-tells, come to our free "
                + "webinar "
                + "on the 18th: brightwater.example/webinar-forms");
        Post heColleague = re(10, "11:00", helen, imShow, "Signed up. Can I bring a colleague from adult social "
                + "care?");
        re(10, "11:30", imogen, heColleague, "Of course, the more the merrier.");
        Post anGreen = say(11, "14:00", bwSupport, andrew, "Quick one: can we change the colour of the start button? "
                + "Our brand team wants it dark green.");
        Post raGreen = re(11, "14:20", ravi, anGreen, "Yes, it's in the theme settings under 'primary action'. Check "
                + "that the contrast checker still shows a pass, dark green on white is usually fine.");
        re(11, "14:30", andrew, raGreen, "Found it. Thanks!");
        say(12, "09:00", dmJosie, andrew, "Hi Josie, our contract is up for renewal in June. Could you send me a "
                + "renewal quote before our budget meeting on the 25th?");
        say(12, "09:40", dmJosie, josie, "Hi Andrew, of course. I'll send it by the 19th, same terms plus the "
                + "accessibility module you added in October. Anything you'd like changed?");
        say(12, "09:55", dmJosie, andrew, "Maybe a training day for new staff. Could you price that as an option?");
        say(12, "10:10", dmJosie, josie, "Will do, as a separate line.");
        say(13, "16:00", bwNews, josie, "Heads up: I'm at GovCamp from Mon 15 to Wed 17 March and mostly offline. "
                + "Ravi and Imogen are covering support.");
        // W12
        Post anTraining = say(15, "10:00", bwSupport, andrew, "@Josie Blackwood the training day option, does it "
                + "cover "
                + "the forms builder or just the admin side?");
        Post raTraining = re(15, "10:30", ravi, anTraining, "Josie's at GovCamp till Wednesday, but I can answer "
                + "that: "
                + "the training day covers both, half a day each. She'll confirm it in the quote.");
        re(15, "10:40", andrew, raTraining, "Great, thanks.");
        Post leWelsh = say(16, "11:00", bwSupport, lewis, "Thanks for the demo today. Two of our team asked "
                + "whether the "
                + "platform can do Welsh-language forms for our border parishes.");
        Post imWelsh = re(16, "11:30", imogen, leWelsh, "It can, each form can have a Welsh version side by "
                + "side. I'll "
                + "send you a short video of how it looks.");
        re(16, "11:45", lewis, imWelsh, "Perfect.");
        Post prTried = say(17, "14:00", bwShow, priti, "Our contact centre tried the 'started forms' prototype "
                + "today. "
                + "Blue badge calls are about two minutes shorter.");
        re(17, "14:30", imogen, prTried, "Two minutes a call is huge. Thank you for testing it so carefully.");
        Post joBack = re(18, "09:00", josie, anTraining, "Back from GovCamp! Andrew, Ravi's right, both halves. The "
                + "quote comes tomorrow as promised.");
        re(18, "09:10", andrew, joBack, "Thanks Josie, hope GovCamp was good.");
        Post imThanks = say(18, "15:00", bwNews, imogen, "Thanks to the 64 people from 23 councils who came to "
                + "today's "
                + "webinar. The recording and slides go up on Monday.");
        Post heSocial = re(18, "15:30", helen, imThanks, "Great session. My colleague from social care has already "
                + "rewritten two forms!");
        re(18, "16:00", imogen, heSocial, "That's exactly what we hoped. Tell her to share them in show-and-tell "
                + "when "
                + "she's ready.");
        say(19, "11:00", dmJosie, josie, "Andrew, the renewal quote is in your inbox: £14,200 for the year with the "
                + "accessibility module, and the training day as an optional £950.");
        say(19, "11:30", dmJosie, andrew, "Thanks Josie, that fits. I'll take it to the meeting.");
        Post raWelsh = say(20, "10:00", bwTeam, ravi, "Release 4.14 is ready for Monday, with the Welsh-language "
                + "toggle tidied up for Cresswell's trial.");
        re(20, "10:15", imogen, raWelsh, "Brilliant. Let's tell Lewis on Monday.");
    }

    private void clerks() {
        // ===== F. Clerks' Corner (parish and town council clerks, with suppliers) =====
        // W10
        Post neStand = say(1, "09:00", ccSupp, neville, "Morning both. Are you taking a stand at the clerks' "
                + "conference "
                + "in Harrogate this year? They want £1,200 for a corner spot.");
        re(1, "09:20", carys, neStand, "We are, but a middle one. Corners are for the big insurers.");
        Post haStand = re(1, "09:40", hamid, neStand, "Not this year for me. Last year three days of standing got me "
                + "two leads.");
        re(1, "10:00", neville, haStand, "Two leads beats my year. I spent most of it explaining what a favicon is.");
        say(2, "10:00", ccHelp, joanna, "@Neville Armitage thanks for sorting our accessibility statement so quickly "
                + "last month, the internal auditor was impressed. Could you add a neighbourhood plan page "
                + "before our "
                + "consultation opens on 1 April?");
        Post neVat = say(2, "15:00", ccSupp, neville, "Does anyone else charge VAT on hosting to councils? One of my "
                + "clerks swears councils don't pay VAT.");
        Post haVat = re(2, "15:20", hamid, neVat, "They pay it and claim it back, so they barely notice. Charge it.");
        re(2, "15:30", neville, haVat, "That's what I thought. Cheers.");
        Post alChair = say(2, "16:00", ccCllr, alistair, "New chairman here. My next-door neighbour has put in a "
                + "planning application for an extension. Can I still chair that item?");
        Post joChair = re(2, "16:30", joanna, alChair, "You'd declare an interest and step out of the chair for that "
                + "item, and the vice-chair takes it. You can't speak or vote on it either. Your clerk minutes the "
                + "declaration.");
        re(2, "16:45", alistair, joChair, "Clear. I'd rather be careful. Thank you.");
        Post caPremium = say(3, "11:00", ccSupp, carys, "Renewal season. Three councils this week asked why their "
                + "premium went up when they 'didn't claim anything'. War memorial revaluations, every time.");
        Post nePremium = re(3, "11:20", neville, caPremium, "Nobody reads the schedule. Same with website "
                + "contracts.");
        re(3, "11:30", carys, nePremium, "Nobody reads anything until something floods.");
        Post kiMinutes = say(4, "09:00", ccHelp, kieran, "Hi all, new parish clerk at Dunmore. We bought "
                + "ParishSite from "
                + "@Neville Armitage last year (my predecessor did). How do I upload minutes so they show under 2032 "
                + "and not 2031?");
        Post suMinutes = re(4, "09:40", sunita, kiMinutes, "Welcome Kieran! When you upload, there's a 'year' "
                + "drop-down "
                + "under the title. It defaults to last year for some reason.");
        re(4, "09:55", kieran, suMinutes, "Found it, thank you! I'd never have spotted that.");
        Post kiPayroll = say(4, "13:00", ccHelp, kieran, "And payroll: my council pays me through a bureau I've "
                + "never "
                + "heard from. What do other small councils do?");
        Post haPayroll = re(4, "13:30", hamid, kiPayroll, "Plenty use a bureau, and some run it themselves on HMRC's "
                + "free Basic PAYE Tools when the clerk is the only employee. I run one of the bureaus, so I'm "
                + "biased, "
                + "but the free tool is fine for one person.");
        re(4, "13:40", kieran, haPayroll, "That's really fair of you. I'll try the free one first.");
        Post neFramework = say(4, "15:00", ccSupp, neville, "Good chat with a county association about a "
                + "framework deal "
                + "for websites. Could be big.");
        re(4, "15:30", carys, neFramework, "Ooh. Don't let them beat you down on price.");
        Post suBroker = say(5, "10:00", ccHelp, sunita, "Who does everyone use for insurance? Ours is up for "
                + "renewal and "
                + "our broker has retired.");
        Post caBroker = re(5, "10:20", carys, suBroker, "I'm a broker for about forty councils, Pennington Council "
                + "Cover, so I'm biased! Happy to quote: penningtoncover.example/councils. Whoever you use, get the "
                + "buildings revalued first.");
        re(5, "10:40", joanna, suBroker, "We've used Carys for six years. No complaints.");
        re(5, "10:50", sunita, caBroker, "Thanks both, I'll email you Carys.");
        Post neRate = say(5, "16:00", ccSupp, neville, "Friday question: what's everyone's hourly rate for small "
                + "jobs? "
                + "I've been stuck at £45 since 2028.");
        Post haRate = re(5, "16:20", hamid, neRate, "£50. Nobody blinked.");
        re(5, "16:30", neville, haRate, "Right, £50 it is from April.");
        Post neDogs = say(6, "15:00", ccSupp, neville, "Went to a parish meeting to demo the new site design. Three "
                + "people came, and two of them were the councillors' dogs.");
        re(6, "15:20", carys, neDogs, "Best audience you'll ever have.");
        Post neChecker = say(7, "10:00", ccSupp, neville, "Is either of you using the new accessibility checker that "
                + "came out in February?");
        Post haChecker = re(7, "10:30", hamid, neChecker, "Not yet. Is it any good?");
        re(7, "10:45", neville, haChecker, "Better than the old one, still moans about every PDF.");
        // W11
        Post nePrice = say(8, "09:00", ccSupp, neville, "Monday already. The framework people want a price for 200 "
                + "councils by Friday.");
        Post caPrice = re(8, "09:20", carys, nePrice, "Good luck! Price it so you can still answer your emails.");
        re(8, "09:30", neville, caPrice, "Ha. I'll manage.");
        say(9, "10:00", ccHelp, sunita, "@Neville Armitage our ParishSite renewal invoice has last year's VAT "
                + "number on "
                + "it, could you resend a corrected one? Our finance committee meets on Thursday.");
        Post neTabs = say(9, "16:00", ccSupp, neville, "The framework spreadsheet has 40 tabs. Who designs these?");
        re(9, "16:10", hamid, neTabs, "Someone who's never had to fill one in.");
        Post joPlan = say(10, "10:00", ccHelp, joanna, "@Neville Armitage any news on the neighbourhood plan page? "
                + "Consultation starts 1 April and I need the web address for the leaflets.");
        Post kiPages = re(10, "10:30", kieran, joPlan, "If it helps: on Dunmore's ParishSite I can add pages myself "
                + "under Pages, then New. Maybe you can too while you wait?");
        re(10, "10:50", joanna, kiPages, "Oh! I'll try that. Thanks Kieran.");
        Post neSubmitted = say(10, "15:00", ccSupp, neville, "Framework price submitted: £380 a year per council. "
                + "Fingers crossed.");
        re(10, "15:20", carys, neSubmitted, "Crossed!");
        Post haP60 = say(10, "15:30", ccSupp, hamid, "Payroll year end next month. I'm already dreaming in P60s.");
        re(10, "15:40", neville, haP60, "Rather you than me.");
        Post neRefs = say(11, "14:00", ccSupp, neville, "The framework buyer wants five references by Monday. "
                + "Who do you "
                + "two ask for references?");
        Post caRefs = re(11, "14:20", carys, neRefs, "My longest-standing customers. They're usually glad to help.");
        re(11, "14:30", neville, caRefs, "Good shout.");
        Post neInbox = say(12, "16:00", ccSupp, neville, "Anyone else's inbox drowning this week? 200 unread.");
        Post caInbox = re(12, "16:20", carys, neInbox, "Declare email bankruptcy. Start with your own customers "
                + "though!");
        re(12, "16:30", neville, caInbox, "Ha, probably should.");
        Post neCoast = say(13, "09:00", ccSupp, neville, "Weekend at last. Off to the coast with no laptop.");
        re(13, "09:20", hamid, neCoast, "Enjoy! Leave the framework at home.");
        // W12
        Post nePlan = re(15, "09:00", neville, joPlan, "Joanna, really sorry for the silence. The neighbourhood "
                + "plan page "
                + "is live at wellsbury.example/neighbourhood-plan, and Kieran's right, you can edit it yourself.");
        re(15, "09:20", joanna, nePlan, "Thank you Neville! Just in time for the leaflets.");
        Post neInvoice = say(15, "09:30", ccHelp, neville, "@Sunita Rao the corrected invoice is in your inbox, "
                + "sorry it "
                + "took so long. @Kieran Lomax I missed your upload question too: I've changed the year drop-down to "
                + "default to the current year for everyone.");
        re(15, "10:00", sunita, neInvoice, "Got it, thanks.");
        re(15, "10:20", kieran, neInvoice, "Oh that's great, thanks Neville!");
    }

    private void libraries() {
        // ===== G. Kingsmere Libraries: Events & Outreach (library staff, local authors and performers) =====
        // W10
        Post phEaster = say(1, "10:00", lbIdeas, philippa, "Easter holiday planning starts now! Six branches, two "
                + "weeks. Ideas for a theme? Last year's dinosaurs went down a storm.");
        re(1, "10:20", dominic, phEaster, "Space? Hatherley's Lego club has been building rockets for a month.");
        Post yvSpace = re(1, "10:40", yvonne, phEaster, "Space works for the care-home outreach too. Lots of "
                + "residents "
                + "remember the moon landing.");
        re(1, "11:00", philippa, yvSpace, "Love that. Space it is.");
        Post phCall = say(2, "09:00", lbCalls, philippa, "Easter holidays, 29 March to 9 April: we're booking "
                + "storytellers, entertainers and workshop leaders for six branches, theme space. £150 a "
                + "session, two "
                + "sessions a day at most. Reply here with your dates.");
        Post coDates = re(2, "11:00", conrad, phCall, "I'd love to do a space poetry workshop for 8 to 12s. Free "
                + "on 30 "
                + "and 31 March and 6 April.");
        re(2, "11:20", philippa, coDates, "Perfect, pencilling you in for Central on the 30th and Hatherley on "
                + "the 6th.");
        Post doPirate = say(3, "10:00", lbCalls, dominic, "@Tobias Ferrand the children at Hatherley still talk "
                + "about "
                + "your pirate show. Could you do a space one on Thursday 1 April at 11?");
        Post toEcho = say(3, "14:00", lbGreen, tobias, "Rough school visit today. A hall with an echo like a "
                + "cathedral "
                + "and a fire alarm test halfway through.");
        Post coEcho = re(3, "14:20", conrad, toEcho, "The fire alarm test! Every single time.");
        re(3, "14:30", tobias, coEcho, "I made it rhyme in the end. The kids thought it was part of the show.");
        Post leCraft = say(4, "11:00", lbIdeas, leanne, "The Friends of Hatherley can run a craft table at every "
                + "Easter "
                + "session if that helps. We have a mountain of foil and cardboard tubes.");
        re(4, "11:30", dominic, leCraft, "That helps enormously, thank you Leanne.");
        Post miBack = say(4, "15:00", lbGreen, miriam, "A question for those who give talks: do you sell books "
                + "at the "
                + "back yourselves or leave it to the venue?");
        re(4, "15:20", tobias, miBack, "I sell my CDs at the back, cash tin and a card reader. Venues never "
                + "remember.");
        Post coBack = re(4, "15:30", conrad, miBack, "Same with my pamphlets. Ask the venue first though, some "
                + "libraries have rules about it.");
        re(4, "15:40", miriam, coBack, "Good point, I'll ask Philippa.");
        Post miSell = say(5, "10:00", lbCalls, miriam, "Philippa, is it all right to sell copies of my book "
                + "after the "
                + "talk at Central on the 11th?");
        Post phSell = re(5, "10:30", philippa, miSell, "Of course, and we'll stock two copies for loan too. "
                + "Where can "
                + "people buy it if they miss the talk?");
        re(5, "10:45", miriam, phSell, "Thank you! It's £12 at the Kingsmere Bookshop, or from me at "
                + "miriamgoldberg.example/book.");
        Post toFloat = say(5, "14:00", lbGreen, tobias, "Miriam, take a float of pound coins. Nobody ever has "
                + "change for "
                + "a £12 book.");
        re(5, "14:10", miriam, toFloat, "Ha, noted.");
        Post phMills = say(6, "12:00", lbWhatsOn, philippa, "Thu 11 March, 7pm, Kingsmere Central: The Lost Mills of "
                + "the Kinn Valley, a talk by local historian Miriam Goldberg. Free, book at "
                + "kingsmere-libraries.example/events/lost-mills");
        re(6, "12:30", leanne, phMills, "Booked four of us from the Friends!");
        // W11
        Post toSorry = re(8, "09:00", tobias, doPirate, "Dominic, so sorry, I've been on a run of school visits and "
                + "missed this. Yes to Thursday 1 April at 11, and I have a new rocket show that would be perfect.");
        re(8, "09:20", dominic, toSorry, "Brilliant! Booked. The Lego club will build you a launchpad.");
        Post toMore = say(8, "10:00", lbCalls, tobias, "Philippa, I'm also free on 29 March and 7 April for other "
                + "branches, if you still need people.");
        re(8, "10:30", philippa, toMore, "Yes please! Brook Street on the 29th and Central on the 7th.");
        Post coJoint = say(9, "14:00", lbGreen, conrad, "Tobias, Miriam: what if we pitched a joint Kinn Valley "
                + "afternoon to the library for the summer? History, rhymes and a story trail.");
        Post miJoint = re(9, "14:20", miriam, coJoint, "I love that. I could do the mill history in fifteen "
                + "minutes, no "
                + "more.");
        re(9, "14:30", tobias, coJoint, "I'm in. A mill ghost story for the younger ones?");
        re(9, "14:45", conrad, miJoint, "Perfect. I'll draft a one-pager.");
        Post coPrice = say(10, "10:00", lbGreen, conrad, "Draft one-pager: three of us, two hours, £400 all in. Too "
                + "much?");
        Post miPrice = re(10, "10:15", miriam, coPrice, "Fair for three people. Libraries usually have summer "
                + "reading "
                + "money.");
        re(10, "10:30", conrad, miPrice, "Good. I'll keep it.");
        say(11, "18:00", lbWhatsOn, philippa, "Tonight! The Lost Mills of the Kinn Valley with Miriam Goldberg at "
                + "Central, 7pm. A few places left.");
        Post coHow = say(12, "10:00", lbGreen, conrad, "Miriam, how did the talk go? I heard it was packed.");
        Post miHow = re(12, "10:10", miriam, coHow, "Sold out of books! Fifteen copies. The pound coins saved me.");
        re(12, "10:20", conrad, miHow, "Brilliant. Told you.");
        Post coPitch = say(12, "14:00", lbCalls, conrad, "@Philippa Stanhope Miriam, Tobias and I have an idea for a "
                + "summer afternoon about the Kinn Valley. Could we send you a one-pager?");
        re(12, "14:30", philippa, coPitch, "Absolutely, send it over. Summer Reading Challenge planning starts in "
                + "April.");
        Post coYes = say(13, "11:00", lbGreen, conrad, "She wants to see it! I'll send it Monday.");
        re(13, "11:20", tobias, coYes, "Nice one.");
        Post coTitle = say(14, "10:00", lbGreen, conrad, "New title: Mills, Myths and Rhymes. Better?");
        Post miTitle = re(14, "10:20", miriam, coTitle, "Catchy!");
        re(14, "10:30", conrad, miTitle, "Ha, thanks.");
        // W12
        Post yvElmfield = say(15, "09:00", lbCalls, yvonne, "@Miriam Goldberg would you do a shorter version of the "
                + "mills talk at Elmfield Lodge care home? The residents can't get to Central. We'd pay the usual "
                + "£150.");
        re(15, "09:40", miriam, yvElmfield, "I'd love to. Any Tuesday afternoon in April suits me.");
        say(15, "10:30", lbCalls, yvonne, "Tuesday 20 April at 2.30 then. I'll send you the address.");
        say(16, "09:00", lbWhatsOn, philippa, "Easter holidays at Kingsmere libraries, theme: space! Rocket shows, "
                + "poetry workshops and a planetarium dome. Full list and booking: "
                + "kingsmere-libraries.example/events/easter-2032");
        say(17, "11:00", lbWhatsOn, philippa, "Rhyme Time at Hatherley moves to 10.30 from 22 March, to fit the "
                + "nursery walk. Same songs, same bubbles.");
        Post toEleven = say(17, "14:00", lbGreen, tobias, "Eleven Easter shows booked across the libraries and two "
                + "schools. The rocket costume is getting a refit.");
        re(17, "14:20", conrad, toEleven, "Eleven! Save some glitter for my workshop.");
        Post coSent = say(18, "10:00", lbCalls, conrad, "@Philippa Stanhope the one-pager for Mills, Myths and "
                + "Rhymes "
                + "is in your inbox. Any questions, just ask.");
        re(18, "11:00", philippa, coSent, "Got it, looks great. I'll take it to the summer planning meeting on 6 "
                + "April.");
    }

    private void twinning() {
        // ===== H. Hallowfield–Saint-Aubin Twinning Association (nobody sells) =====
        // W10
        Post coSheet = say(1, "19:00", twVisit, colin, "The sign-up sheet for the May exchange visit to "
                + "Saint-Aubin is "
                + "open: forms.twinning.example/saint-aubin-2032. 40 places, coach and ferry, host families as "
                + "usual.");
        re(1, "19:20", moira, coSheet, "Thank you Colin. Names on it by Friday please, everyone!");
        Post keDuval = re(1, "19:40", kenneth, coSheet, "Signed up. The same host family as in 2029 if possible "
                + "please, the Duvals.");
        re(1, "19:50", colin, keDuval, "Noted, I'll ask their committee.");
        Post yuHello = say(2, "10:00", twGeneral, yusuf, "Hi, I'm doing French A-level and my teacher said the "
                + "twinning "
                + "association takes young members. Is that right?");
        Post moHello = re(2, "10:20", moira, yuHello, "It is, Yusuf, and you're very welcome! Under-18s come with a "
                + "parent or a teacher on visits. Student membership is £5.");
        re(2, "10:30", yusuf, moHello, "Great, I'll tell my mum.");
        Post auHello = re(2, "10:40", aurelie, yuHello, "Bienvenue Yusuf! If you want someone to practise speaking "
                + "with before May, I'm in the French help room most evenings.");
        re(2, "10:50", yusuf, auHello, "Merci beaucoup! I'll take you up on that.");
        Post paVote = say(3, "12:00", twGeneral, patricia, "Please vote for my photo of Saint-Aubin harbour in the "
                + "Hallowfield Gazette competition, it's number 14! gazette.example/photo-vote");
        say(3, "12:05", twPhotos, patricia, "The vote ends on Sunday! My harbour photo is number 14, please vote: "
                + "gazette.example/photo-vote");
        re(3, "13:00", moira, paVote, "Good luck Patricia!");
        Post moQuote = say(4, "18:00", twVisit, moira, "@Glyn Morgan could Morgan's Coaches give us a quote for the "
                + "trip? Hallowfield to Dover and back, plus the days in France.");
        Post glQuote = re(4, "18:30", glyn, moQuote, "Happy to. The 49-seater, both crossings and four days' driving "
                + "in France: £1,450, same as 2029, with fuel on top at cost. I'll drive it myself.");
        re(4, "18:45", moira, glQuote, "That's very fair. I'll put it to the committee.");
        Post yuEtre = say(4, "19:00", twFrench, yusuf, "Aurélie, quick one: is it 'je suis allé à Saint-Aubin' or "
                + "'j'ai allé'?");
        Post auEtre = re(4, "19:10", aurelie, yuEtre, "'Je suis allé'. Aller goes with être, like the other verbs of "
                + "movement: venir, arriver, partir...");
        re(4, "19:20", yusuf, auEtre, "The house of être! My teacher drew it on the board. Thanks!");
        Post coTwelve = say(5, "19:00", twVisit, colin, "Update: 28 signed up, 12 places left. Sheet here: "
                + "forms.twinning.example/saint-aubin-2032");
        re(5, "19:20", yusuf, coTwelve, "Mum and I just signed up!");
        // W11
        Post keLetter = say(8, "19:00", twFrench, kenneth, "Could someone check my letter to the Duvals? 'Nous "
                + "sommes "
                + "très heureux de revenir chez vous en mai.' Is that right?");
        Post auLetter = re(8, "19:20", aurelie, keLetter, "Perfect! Maybe add 'et nous avons hâte de vous "
                + "revoir', we "
                + "can't wait to see you again. They'll love it.");
        re(8, "19:30", kenneth, auLetter, "Merci.");
        Post keDog = say(9, "19:00", twFrench, kenneth, "How do I say we're bringing our dog? Or should I ask "
                + "whether we "
                + "can?");
        Post auDog = re(9, "19:30", aurelie, keDog, "Ask first! 'Est-ce que nous pourrions venir avec notre chien ?' "
                + "And Kenneth, you taught English, didn't you? Could you read over the English side of our welcome "
                + "booklet for the French visitors in June?");
        re(9, "19:40", kenneth, auDog, "Merci.");
        Post moCoach = say(10, "12:00", twGeneral, moira, "The committee agreed Glyn's quote for the coach. "
                + "Thank you "
                + "Glyn!");
        re(10, "12:20", glyn, moCoach, "Pleasure. I'll book the ferry for the 49-seater this week.");
        Post paSecond = say(10, "18:00", twGeneral, patricia, "Gazette result: second place! Thank you to "
                + "everyone who "
                + "voted. Moira, has the committee decided on a gift for the Saint-Aubin mayor yet?");
        Post moGift = re(10, "18:30", moira, paSecond, "Congratulations! Not yet, ideas welcome.");
        Post paPrint = re(10, "18:40", patricia, moGift, "What about a framed print of the harbour photo? I'd "
                + "happily "
                + "donate one.");
        re(10, "18:50", moira, paPrint, "What a lovely idea, yes please.");
        Post keArrive = say(11, "19:00", twFrench, kenneth, "And 'we will arrive on Friday evening around eight'?");
        Post auArrive = re(11, "19:15", aurelie, keArrive, "'Nous arriverons vendredi soir vers vingt heures.' "
                + "Letters "
                + "like the 24-hour clock. Did you see my question about the booklet?");
        re(11, "19:20", kenneth, auArrive, "Thanks.");
        Post coFour = say(12, "19:00", twVisit, colin, "Just 4 places remain for the May visit! Sheet: "
                + "forms.twinning.example/saint-aubin-2032");
        re(12, "19:10", patricia, coFour, "Put me down, I'm filling it in now.");
        Post yuOral = say(12, "19:30", twFrench, yusuf, "Aurélie, could we practise speaking on Saturday? My "
                + "oral is in "
                + "three weeks.");
        Post auOral = re(12, "19:45", aurelie, yuOral, "Oui! Saturday at 10 in the library café?");
        re(12, "19:50", yusuf, auOral, "Parfait!");
        Post paTip = say(13, "11:00", twFrench, patricia, "Yusuf, good luck with the oral. A tip from an old French "
                + "student: learn three stock phrases for when your mind goes blank.");
        Post yuTip = re(13, "11:20", yusuf, paTip, "Thank you! What were yours?");
        re(13, "11:40", patricia, yuTip, "'C'est une bonne question', 'laissez-moi réfléchir' and 'comment dire...'. "
                + "They bought me time in every exam.");
        // W12
        Post keSorry = say(15, "19:00", twFrench, kenneth, "@Aurélie Fontaine sorry, I've been rude. Yes, of "
                + "course I'll "
                + "read the booklet, send it over. And thank you for all the help with my letters.");
        re(15, "19:20", aurelie, keSorry, "Wonderful, thank you Kenneth! I'll email it tonight.");
        Post glFerry = say(16, "12:00", twVisit, glyn, "Ferry booked: Dover at 8.15am, Friday 21 May. The coach "
                + "leaves "
                + "Hallowfield market square at 4.30am. Sorry!");
        re(16, "12:20", moira, glFerry, "4.30! I'll bring flasks.");
        Post keRead = say(17, "10:00", twFrench, kenneth, "Booklet read. Only three small changes, the English "
                + "is very "
                + "good already. I've emailed them to you.");
        re(17, "10:30", aurelie, keRead, "Merci mille fois!");
        Post coFull = say(19, "19:00", twVisit, colin, "The visit is full, 40 of 40! There's a waiting list on "
                + "the same "
                + "sheet if anyone drops out.");
        re(19, "19:10", moira, coFull, "Brilliant, thank you Colin.");
        Post yuWent = say(20, "11:00", twGeneral, yusuf, "Oral went well! I used 'c'est une bonne question' twice 😂");
        re(20, "11:15", patricia, yuWent, "Ha! Well done!");
        re(20, "11:20", aurelie, yuWent, "Bravo Yusuf!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes113Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 113");
    }
}
