package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 111 (sealed): eight communities of language, translation and interpreting, of kinds no earlier round
 * used (public-service interpreters for courts, police and the NHS with a job board where a solicitor's office posts
 * hearings, a room where DPSI trainees ask and an exam-prep course seller among them who spends her weeks in the
 * qualified interpreters' lounge, conference interpreters with a room where event organisers ask, an availability
 * room and an interpreting-equipment hire firm's owner among them, a game-localisation agency's own server, Wordhaven
 * Localisation, with its Team and its studio Customers and its founder's DM to a prospect, a Spanish-English tandem
 * exchange meetup where nobody sells but a freelance tutor turns up and sends a DM, an IELTS candidates' study circle
 * with a former examiner who sells mock marking and a video teacher among them, an online circle of adult learners of
 * Irish with two tutors who sell lessons, homestay hosts for a language school's students with the school's
 * accommodation officer as Staff and a host who drives airport runs, and families raising bilingual children where
 * nobody sells), over three ISO weeks (2032-W02 to W04, January), written and labelled by writer111 (session 55)
 * before any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-111.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes111Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2032, 1, 5);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2032, 1, 26, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-111";
    private static final int BASE = 86800;

    // --- A. public-service interpreters (courts, police, NHS) ---
    private final String psi = cast.guild(1391);
    private final Channel psJobs = cast.channel(psi, "PSI Circle: Public Service Interpreters", "job-board",
            "solicitors, hospital bookings teams and agencies post assignments; interpreters say if they can cover them",
            "ps-job-board.json");
    private final Channel psTerms = cast.channel(psi, "PSI Circle: Public Service Interpreters", "terminology",
            "legal and medical terms in any language pair; anyone answers", "ps-terminology.json");
    private final Channel psTrainees = cast.channel(psi, "PSI Circle: Public Service Interpreters", "trainees-ask",
            "DPSI candidates and new interpreters ask about the exam and the work; experienced interpreters answer",
            "ps-trainees-ask.json");
    private final Channel psLounge = cast.channel(psi, "PSI Circle: Public Service Interpreters",
            "interpreters-lounge", "qualified interpreters among ourselves: rates, agencies, frameworks, the job",
            "ps-interpreters-lounge.json");
    private final Persona dorota = cast.person("dorota.wasilewska", "Dorota Wasilewska");
    private final Persona ahmed = cast.person("ahmed.farouk", "Ahmed Farouk");
    private final Persona graca = cast.person("graca.monteiro", "Graça Monteiro");
    private final Persona vesna = cast.person("vesna.kovacevic", "Vesna Kovačević");
    private final Persona kofi = cast.person("kofi.asante", "Kofi Asante");
    private final Persona marisol = cast.person("marisol.quintero", "Marisol Quintero");
    private final Persona harriet = cast.person("harriet.pemberton", "Harriet Pemberton");

    // --- B. conference interpreters ---
    private final String booth = cast.guild(1392);
    private final Channel bmBooth = cast.channel(booth, "Booth Mates: Conference Interpreters", "booth-talk",
            "conference interpreters among ourselves: glossaries, booth partners, the job", "bm-booth-talk.json");
    private final Channel bmAsk = cast.channel(booth, "Booth Mates: Conference Interpreters", "organisers-ask",
            "event organisers ask about interpreting for their conferences; interpreters answer",
            "bm-organisers-ask.json");
    private final Channel bmKit = cast.channel(booth, "Booth Mates: Conference Interpreters", "kit-and-platforms",
            "remote interpreting platforms, consoles, headsets and booth hire", "bm-kit-and-platforms.json");
    private final Channel bmAvail = cast.channel(booth, "Booth Mates: Conference Interpreters", "availability",
            "interpreters: post your free dates and language pairs here", "bm-availability.json");
    private final Persona severine = cast.person("severine.aubert", "Séverine Aubert");
    private final Persona matthias = cast.person("matthias.kroll", "Matthias Kroll");
    private final Persona ines = cast.person("ines.castellanos", "Inés Castellanos");
    private final Persona rupert = cast.person("rupert.ashdown", "Rupert Ashdown");
    private final Persona priya = cast.person("priya.venkatesh", "Priya Venkatesh");
    private final Persona oliver = cast.person("oliver.tremayne", "Oliver Tremayne");
    private final Persona nkechi = cast.person("nkechi.eze", "Nkechi Eze");

    // --- C. a game-localisation agency's own server ---
    private final String word = cast.guild(1393);
    private final Role team = cast.role("Team", "#1abc9c", 2);
    private final Role customer = cast.role("Customer", "#95a5a6", 1);
    private final Channel whNews = cast.channel(word, "Wordhaven Localisation", "announcements",
            "from the Wordhaven team: new languages, holidays, service news", "wh-announcements.json");
    private final Channel whSupport = cast.channel(word, "Wordhaven Localisation", "client-support",
            "clients: questions about your projects, files, deadlines and invoices; the team answers",
            "wh-client-support.json");
    private final Channel whStrings = cast.channel(word, "Wordhaven Localisation", "string-context",
            "clients and our linguists: context for tricky strings, character limits, screenshots",
            "wh-string-context.json");
    private final Channel whGeneral = cast.channel(word, "Wordhaven Localisation", "general",
            "everything else, and questions if you're thinking of localising your game with us", "wh-general.json");
    private final Persona annika = cast.person("annika.sorensen", "Annika Sørensen", team);
    private final Persona tomas = cast.person("tomas.rehak", "Tomás Rehák", team);
    private final Persona meiLing = cast.person("meiling.soh", "Mei Ling Soh", team);
    private final Persona dario = cast.person("dario.fontana", "Dario Fontana", customer);
    private final Persona keiko = cast.person("keiko.yamashiro", "Keiko Yamashiro", customer);
    private final Persona lukas = cast.person("lukas.brenner", "Lukas Brenner", customer);
    private final Persona harvey = cast.person("harvey.okafor", "Harvey Okafor");
    private final Channel whDm = cast.dm(harvey, "dm-harvey-okafor.json");

    // --- D. a Spanish-English tandem exchange meetup ---
    private final String tandem = cast.guild(1394);
    private final Channel ttPartner = cast.channel(tandem, "Tandem Tuesdays Manchester", "find-a-partner",
            "post your languages and level to find a tandem partner", "tt-find-a-partner.json");
    private final Channel ttNights = cast.channel(tandem, "Tandem Tuesdays Manchester", "tuesday-nights",
            "our Tuesday evenings at the Cornerhouse café: who's coming, table themes, the map",
            "tt-tuesday-nights.json");
    private final Channel ttPhrase = cast.channel(tandem, "Tandem Tuesdays Manchester", "phrase-of-the-day",
            "post a phrase in the language you're learning; native speakers correct it", "tt-phrase-of-the-day.json");
    private final Channel ttGeneral = cast.channel(tandem, "Tandem Tuesdays Manchester", "general",
            "everything else about learning Spanish and English", "tt-general.json");
    private final Persona lucia = cast.person("lucia.herrera", "Lucía Herrera");
    private final Persona gareth = cast.person("gareth.pryce", "Gareth Pryce");
    private final Persona nuria = cast.person("nuria.bosch", "Nuria Bosch");
    private final Persona ibrahim = cast.person("ibrahim.diallo", "Ibrahim Diallo");
    private final Persona ellie = cast.person("ellie.whitcombe", "Ellie Whitcombe");
    private final Persona javier = cast.person("javier.montoya", "Javier Montoya");
    private final Persona camila = cast.person("camila.restrepo", "Camila Restrepo");
    private final Channel ttDm = cast.dm(camila, "dm-camila-restrepo.json");

    // --- E. IELTS candidates' study circle ---
    private final String band = cast.guild(1395);
    private final Channel bnWriting = cast.channel(band, "Band Nine: IELTS Study Circle", "writing-feedback",
            "post a Task 1 or Task 2 paragraph and get feedback; give some too", "bn-writing-feedback.json");
    private final Channel bnSpeaking = cast.channel(band, "Band Nine: IELTS Study Circle", "speaking-practice",
            "find a partner for Part 2 cue cards and Part 3 discussion", "bn-speaking-practice.json");
    private final Channel bnResources = cast.channel(band, "Band Nine: IELTS Study Circle", "resources",
            "drop useful links here: videos, practice tests, word lists", "bn-resources.json");
    private final Channel bnResults = cast.channel(band, "Band Nine: IELTS Study Circle", "test-dates-and-results",
            "booking dates, test-day questions, and your results", "bn-test-dates-and-results.json");
    private final Persona gillian = cast.person("gillian.fairbairn", "Gillian Fairbairn");
    private final Persona rohan = cast.person("rohan.kapoor", "Rohan Kapoor");
    private final Persona aarav = cast.person("aarav.malhotra", "Aarav Malhotra");
    private final Persona fatima = cast.person("fatima.benali", "Fatima Benali");
    private final Persona linh = cast.person("linh.tran", "Linh Tran");
    private final Persona oksana = cast.person("oksana.melnyk", "Oksana Melnyk");
    private final Persona diego = cast.person("diego.salazar", "Diego Salazar");

    // --- F. adult learners of Irish ---
    private final String ciorcal = cast.guild(1396);
    private final Channel ccGrammar = cast.channel(ciorcal, "Ciorcal Comhrá Online", "grammar-questions",
            "questions about Irish grammar, spelling and pronunciation; anyone answers", "cc-grammar-questions.json");
    private final Channel ccSlots = cast.channel(ciorcal, "Ciorcal Comhrá Online", "lesson-slots",
            "tutors and their students: arrange, move or cancel lessons here", "cc-lesson-slots.json");
    private final Channel ccTrips = cast.channel(ciorcal, "Ciorcal Comhrá Online", "gaeltacht-trips",
            "planning trips and weekend courses in the Gaeltacht", "cc-gaeltacht-trips.json");
    private final Channel ccChat = cast.channel(ciorcal, "Ciorcal Comhrá Online", "chat",
            "anything at all, in Irish or English", "cc-chat.json");
    private final Persona niamh = cast.person("niamh.nibhriain", "Niamh Ní Bhriain");
    private final Persona padraig = cast.person("padraig.osuilleabhain", "Pádraig Ó Súilleabháin");
    private final Persona maureen = cast.person("maureen.tobin", "Maureen Tobin");
    private final Persona gerard = cast.person("gerard.kinsella", "Gerard Kinsella");
    private final Persona dermot = cast.person("dermot.fitzgibbon", "Dermot Fitzgibbon");
    private final Persona saoirse = cast.person("saoirse.delaney", "Saoirse Delaney");

    // --- G. homestay hosts for a language school ---
    private final String homestay = cast.guild(1397);
    private final Role staff = cast.role("Staff", "#e67e22", 1);
    private final Channel hhPlacements = cast.channel(homestay, "Harbourside Homestay Hosts", "placements",
            "Seaview School of English posts students needing a host; hosts reply if they can take them",
            "hh-placements.json");
    private final Channel hhQuestions = cast.channel(homestay, "Harbourside Homestay Hosts", "host-questions",
            "hosts ask each other and the school: meals, keys, house rules, problems", "hh-host-questions.json");
    private final Channel hhAirport = cast.channel(homestay, "Harbourside Homestay Hosts", "airport-runs",
            "arranging Gatwick and Heathrow pick-ups; drivers offer runs here", "hh-airport-runs.json");
    private final Channel hhIntro = cast.channel(homestay, "Harbourside Homestay Hosts", "introductions",
            "new hosts: say hello", "hh-introductions.json");
    private final Persona bronwen = cast.person("bronwen.lloydhughes", "Bronwen Lloyd-Hughes", staff);
    private final Persona margaret = cast.person("margaret.ashworth", "Margaret Ashworth");
    private final Persona sunil = cast.person("sunil.mehta", "Sunil Mehta");
    private final Persona teresa = cast.person("teresa.gallo", "Teresa Gallo");
    private final Persona craig = cast.person("craig.hollis", "Craig Hollis");
    private final Persona yasmin = cast.person("yasmin.qureshi", "Yasmin Qureshi");
    private final Channel hhDm = cast.dm(margaret, "dm-margaret-ashworth.json");

    // --- H. families raising bilingual children ---
    private final String tongues = cast.guild(1398);
    private final Channel twAsk = cast.channel(tongues, "Two Tongues: Raising Bilingual Kids", "ask-other-parents",
            "questions about raising children with more than one language; parents answer",
            "tw-ask-other-parents.json");
    private final Channel twBooks = cast.channel(tongues, "Two Tongues: Raising Bilingual Kids", "books-and-songs",
            "drop links here: children's books, songs, shows and apps in your home languages",
            "tw-books-and-songs.json");
    private final Channel twDiary = cast.channel(tongues, "Two Tongues: Raising Bilingual Kids", "wins-and-worries",
            "share how it's going at home, the good days and the hard ones", "tw-wins-and-worries.json");
    private final Channel twIntro = cast.channel(tongues, "Two Tongues: Raising Bilingual Kids", "introductions",
            "say hello: your family's languages and where you live", "tw-introductions.json");
    private final Persona katarzyna = cast.person("katarzyna.nowak", "Katarzyna Nowak");
    private final Persona mehmet = cast.person("mehmet.yildiz", "Mehmet Yıldız");
    private final Persona anneliese = cast.person("anneliese.brandt", "Anneliese Brandt");
    private final Persona chidi = cast.person("chidi.okonkwo", "Chidi Okonkwo");
    private final Persona sunniva = cast.person("sunniva.dahl", "Sunniva Dahl");
    private final Persona paulo = cast.person("paulo.ferreira", "Paulo Ferreira");

    HeldOutScenes111Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        interpreters();
        conference();
        agency();
        tandemNights();
        ielts();
        irish();
        hosts();
        families();
    }

    /** A. Vesna sells a DPSI prep course to trainees but spends W02-W03 in the lounge with qualified colleagues. */
    private void interpreters() {
        // W02
        Post veLetter = say(1, "09:00", psLounge, vesna, "Morning all. Has anyone else had the framework agency's "
                + "letter about cutting travel-time pay from February?");
        Post doLetter = re(1, "09:20", dorota, veLetter, "Got it on Friday. They only want to pay travel over 30 "
                + "minutes now. I've written back asking how they arrived at that.");
        Post veSame = re(1, "09:35", vesna, doLetter, "Same figure they tried in 2029. Did you get any answer the "
                + "last time you pushed back?");
        Post ahLast = re(1, "10:00", ahmed, veSame, "Last time enough of us turned down bookings for a fortnight "
                + "and they quietly dropped it. Might be worth a group reply.");
        Post veSign = re(1, "10:10", vesna, ahLast, "I'd sign a group reply. Do you want to draft it or shall I?");
        re(1, "10:30", ahmed, veSign, "I'll draft tonight and post it here for edits.");
        say(1, "11:00", psLounge, vesna, "While I'm here: my spring DPSI prep course starts 2 February, eight "
                + "Saturday mornings online with two full mocks, £390. vesnakovacevic.example/dpsi. If you mentor "
                + "anyone sitting the law option this year, send them my way.");
        Post koNotes = say(1, "14:00", psTrainees, kofi, "For the DPSI law option, is consecutive note-taking "
                + "marked on the notes themselves or only on what you say? My notes are a mess but my renditions "
                + "are mostly complete.");
        Post doNotes = re(1, "16:30", dorota, koNotes, "Only on what you say, examiners never see your pad. Messy "
                + "notes are fine if they carry you through, but practise symbols for numbers and names, that's "
                + "where people drop marks.");
        re(1, "17:00", kofi, doNotes, "That's a relief, thank you. I'll drill numbers this week.");
        Post haMags = say(2, "08:30", psJobs, harriet, "Portuguese interpreter needed, Manchester Magistrates, "
                + "Tuesday 13 January 10:00, half day, client conference first then the hearing. Rates please.");
        Post grMags = re(2, "09:10", graca, haMags, "I can cover that. £32 an hour, three-hour minimum, travel from "
                + "Salford at the agreed mileage. Message me to confirm and send the charge sheet when you have it.");
        re(2, "09:30", harriet, grMags, "Perfect, sending it over now. Thank you Graça.");
        Post ahDraft = say(2, "12:00", psLounge, ahmed, "Draft reply to the agency: we note the change to travel pay "
                + "and will review bookings over 30 minutes' travel case by case from 1 February. Too soft?");
        Post veDraft = re(2, "12:15", vesna, ahDraft, "Slightly. I'd add that we'll decline bookings outside the "
                + "city unless travel is paid from the door. They understand that language.");
        Post grDraft = re(2, "12:40", graca, veDraft, "Agree with Vesna. And copy in the court's own bookings "
                + "office, they don't know what the agency is doing.");
        re(2, "13:00", vesna, grDraft, "Good call, the court staff have been helpful whenever I've raised this.");
        joins(3, "10:00", psTrainees, marisol);
        Post maDoctor = say(3, "10:30", psTrainees, marisol, "Hi all, new here. I've just passed the Spanish DPSI "
                + "health option and got my first NHS bookings. How do you handle a doctor who keeps talking to me "
                + "instead of to the patient?");
        Post ahDoctor = re(3, "11:15", ahmed, maDoctor, "Happens daily. Before you start, ask the clinician to speak "
                + "directly to the patient and explain you'll interpret everything in the first person. If they "
                + "drift, a quick reminder with a smile. Most are grateful.");
        re(3, "11:30", marisol, ahDoctor, "First person, of course. I kept slipping into 'she says'. Thank you!");
        Post koRemand = say(3, "15:00", psTerms, kofi, "How would you render 'remanded in custody' for a client with "
                + "little English? The Twi I have sounds like prison for ever.");
        Post doRemand = re(3, "16:00", dorota, koRemand, "Don't look for a single word, explain it: kept in prison "
                + "until the next hearing, not a sentence. The ministry glossary has a plain-language note you can "
                + "adapt: justice-glossary.example/remand");
        re(3, "16:20", kofi, doRemand, "That plain-language note is exactly what I needed.");
        Post veAdded = say(4, "09:00", psLounge, vesna, "@Ahmed Farouk I've added two lines to your draft, see the "
                + "end. Anyone else want to sign before it goes?");
        Post doAdded = re(4, "09:30", dorota, veAdded, "Add me. And Graça said yes on Tuesday.");
        re(4, "09:45", vesna, doAdded, "Done, four of us. Ahmed sends it this afternoon.");
        Post koSight = say(5, "10:00", psTrainees, kofi, "Sight translation in the DPSI: do you get time to read the "
                + "whole passage first, or do you have to start straight away?");
        Post grCourt = say(5, "11:00", psLounge, graca, "The court bookings office replied to our letter. They'll "
                + "take it up with the agency. Small win.");
        re(5, "11:20", vesna, grCourt, "That's more than we got in 2029. Thanks for chasing it.");
        re(5, "11:40", ahmed, grCourt, "Brilliant. I'll keep a note of who turned down what in case they push.");
        Post veCpd = say(7, "12:00", psLounge, vesna, "Anyone going to the regional CPD day in March? I'm thinking "
                + "of proposing a session on note-taking.");
        Post doCpd = re(7, "12:30", dorota, veCpd, "I'll be there. Propose it, you'd fill the room.");
        re(7, "13:00", vesna, doCpd, "Ha, flattering. I'll send the abstract in next week.");
        // W03
        Post vePlaces = say(8, "09:00", psLounge, vesna, "Six places left on the spring DPSI course. The mocks are "
                + "marked by two former examiners this year.");
        Post grPlaces = re(8, "09:30", graca, vePlaces, "Two former examiners, that's a strong line-up.");
        re(8, "09:50", vesna, grPlaces, "They're tough markers, which is the point.");
        re(8, "14:00", kofi, koSight, "Still wondering about this one if anyone knows. My exam is in June.");
        Post doApp = say(9, "10:00", psLounge, dorota, "Anyone else seeing hospital bookings come through the new "
                + "app with no language listed? Turned up to a Lithuanian speaker yesterday.");
        Post veApp = re(9, "10:20", vesna, doApp, "Twice last month. I ring the ward before I set off now. Did they "
                + "find someone else in the end?");
        re(9, "10:40", dorota, veApp, "A phone interpreter after an hour's wait. Poor man.");
        Post ahApp = re(9, "11:00", ahmed, doApp, "I've started refusing any booking with no language field. Sounds "
                + "harsh, but it's the only thing that makes them fix it.");
        Post veHarsh = re(9, "11:10", vesna, ahApp, "Not harsh. Do you email them the reason each time?");
        re(9, "11:30", ahmed, veHarsh, "A one-line template. I'll drop it here later.");
        Post maDict = say(9, "15:00", psTrainees, marisol, "Does anyone know which dictionaries are allowed into the "
                + "DPSI written paper? The handbook says 'printed' but not how many.");
        Post grCoacao = say(10, "09:00", psTerms, graca, "Portuguese folks: 'medida de coação' in a European arrest "
                + "warrant. I've been using 'coercive measure' but the solicitor says it reads oddly.");
        Post doCoacao = re(10, "09:30", dorota, grCoacao, "In English courts 'bail condition' or 'restrictive "
                + "measure' lands better, with the original in brackets the first time.");
        re(10, "09:40", graca, doCoacao, "Brackets first time, then the English. Thanks.");
        Post veApril = say(10, "12:00", psLounge, vesna, "The agency answered our letter: travel pay stays as it was "
                + "until April 'while under review'. So we've bought two months.");
        re(10, "12:20", graca, veApril, "Two months is fine by me, thanks for keeping at it.");
        Post doApril = re(10, "12:45", dorota, veApril, "I'll take it. Shall we meet before April to decide what we "
                + "do next?");
        Post veEvening = re(10, "13:00", vesna, doApril, "Yes, I'll set a date in March. Can you do an evening?");
        re(10, "13:20", dorota, veEvening, "Tuesdays or Thursdays.");
        Post koRole = say(11, "10:00", psTrainees, kofi, "Another one, sorry! In the role-play, if the 'solicitor' "
                + "says something I'm sure is wrong in law, do I just interpret it?");
        Post ahTemplate = say(11, "11:00", psLounge, ahmed, "The promised template: 'I'm unable to accept this "
                + "booking as no language is given. Please re-send it with the language and dialect.' Use freely.");
        re(11, "11:15", vesna, ahTemplate, "Stealing that, thank you.");
        Post haBolton = say(12, "09:00", psJobs, harriet, "Polish interpreter, Bolton County Court, Wednesday 21 "
                + "January, 10:30, full day, possession hearing. Rates please.");
        Post doBolton = re(12, "09:40", dorota, haBolton, "I can do it. £30 an hour, a full day capped at seven "
                + "hours, train fare from Stockport. I'll confirm by email today.");
        re(12, "09:55", harriet, doBolton, "Lovely, thanks Dorota, email's fine.");
        Post veAbstract = say(12, "14:00", psLounge, vesna, "Abstract for the March CPD day is in: note-taking for "
                + "numbers and names, 45 minutes.");
        Post doAbstract = re(12, "14:30", dorota, veAbstract, "Good topic. Half the trainees I mentor lose marks "
                + "there.");
        re(12, "14:45", vesna, doAbstract, "That's why I picked it. Will you come and heckle?");
        Post doDict = re(13, "10:00", dorota, maDict, "As many printed dictionaries as you can carry, but nothing "
                + "written in them. Most people bring two.");
        re(13, "10:30", marisol, doDict, "Two it is. Thanks!");
        Post ahLift = say(13, "16:00", psLounge, ahmed, "Anyone going to the Leeds CPD day on the 31st? Looking for a "
                + "lift share.");
        re(13, "16:20", vesna, ahLift, "I'm driving over from Manchester, two seats free.");
        Post veDrama = say(14, "11:00", psLounge, vesna, "Quiet Sunday. Has anyone watched the new courtroom drama? "
                + "The interpreter scene made me wince.");
        re(14, "11:30", graca, veDrama, "The one where she sums up a whole testimony in four words? Yes. I shouted "
                + "at the telly.");
        // W04
        Post veSight = re(15, "09:00", vesna, koSight, "Kofi, sorry this sat so long. You get a few minutes to read "
                + "the whole passage first. Use them to mark the tricky sentences, not to translate in your head.");
        re(15, "09:30", kofi, veSight, "That's really useful, thank you Vesna!");
        Post veRole = re(15, "09:40", vesna, koRole, "And on the role-play: interpret it exactly as said. It isn't "
                + "your job to correct the law, even when you're sure. If something is unclear you may ask for a "
                + "repeat, that's all.");
        Post koRole2 = re(15, "10:00", kofi, veRole, "That one was bothering me. I'd have wanted to jump in.");
        Post veMocks = re(15, "10:20", vesna, koRole2, "Everyone does at first. Are you doing any mocks before "
                + "June?");
        Post koMocks = re(15, "10:40", kofi, veMocks, "Only with my mentor so far. Is your course running again "
                + "after the spring one?");
        re(15, "11:00", vesna, koMocks, "A summer one, May to June. Dates will be on vesnakovacevic.example/dpsi by "
                + "March.");
    }

    /** B. Rupert scatters his booth-hire page in W02; organisers get answers and quotes they asked for. */
    private void conference() {
        // W02
        Post seLyon = say(1, "10:00", bmBooth, severine, "Happy new year, booth people. Who's doing the pharma "
                + "congress in Lyon in March? They've asked me to lead the French booth.");
        re(1, "10:30", ines, seLyon, "Me, Spanish booth, both days. Glad it's you leading.");
        Post maLyon = re(1, "11:00", matthias, seLyon, "German booth day two only. Day one I'm in Brussels.");
        Post sePartner = re(1, "11:20", severine, maLyon, "I'll find you a partner for day one then. Any "
                + "preference?");
        re(1, "11:40", matthias, sePartner, "Anyone who's done oncology. The slides will be dense.");
        say(2, "09:00", bmBooth, rupert, "New year, new kit: full ISO booths, infrared receivers and consoles for "
                + "hire across the UK, from £450 a day. tandemav.example/hire");
        say(2, "09:04", bmKit, rupert, "Booths, consoles and receivers available for spring events, from £450 a "
                + "day. tandemav.example/hire");
        say(2, "09:08", bmAsk, rupert, "Organisers: need booths and receivers for your conference? We deliver and "
                + "set up anywhere in the UK, from £450 a day. Book at tandemav.example/hire");
        Post prHow = say(2, "14:00", bmAsk, priya, "We're running a two-day medical congress in Edinburgh in April, "
                + "English and French, about 300 delegates. How many interpreters do we actually need? A colleague "
                + "says two is enough.");
        Post seHow = re(2, "14:40", severine, prHow, "Interpreters work in pairs and swap every half hour, so for "
                + "one language pair with speakers in both languages, two can cover a short day. A full day of "
                + "speeches needs three. Never one alone, they'd be finished by lunch.");
        Post prSix = re(2, "15:00", priya, seHow, "That's so helpful. Sessions run 9 to 5 with breaks, so nearer "
                + "six hours.");
        re(2, "15:20", severine, prSix, "Then I'd budget three and ask speakers for their slides a week ahead. "
                + "Happy to look at your programme if you share it.");
        Post inHeadset = say(3, "10:00", bmKit, ines, "Which headset is everyone using for remote sessions now? My "
                + "old one is hissing.");
        Post maHeadset = re(3, "10:30", matthias, inHeadset, "Any USB headset with a boom mic on the platform's "
                + "approved list; the frequency response matters more than the brand. The list is here: "
                + "rsi-platform.example/headsets");
        re(3, "10:45", ines, maHeadset, "The approved list, of course. Thanks.");
        say(4, "09:00", bmBooth, rupert, "Reminder for anyone quoting spring conferences: our booths and receivers "
                + "from £450 a day, book early. tandemav.example/hire");
        Post olPanel = say(5, "16:00", bmAsk, oliver, "NGO here. We have a three-hour panel in London with English "
                + "and Arabic. Can interpreters work from home for something like that, or must they be in the "
                + "room?");
        Post maPanel = re(5, "16:40", matthias, olPanel, "They can work remotely for three hours if the sound from "
                + "the room is good, and that's the big if. Budget for a proper sound feed, not a laptop mic on "
                + "the table.");
        re(5, "17:00", oliver, maPanel, "Sound feed, noted. Thank you.");
        Post maAway = say(6, "10:00", bmBooth, matthias, "Heads-up: I'm at the Geneva negotiations from Monday 12th "
                + "to Friday 16th, no phone in the room, so I'll be slow to answer here until the 17th.");
        re(6, "10:20", severine, maAway, "Good luck, that's a long week. Eat properly.");
        say(7, "12:00", bmAvail, ines, "Spanish A, English B, French C: free 2-6 February and 16-20 February. "
                + "Medical and legal conferences preferred.");
        // W03
        Post olRate = say(8, "09:30", bmAsk, oliver, "Follow-up on our London panel: what's a fair day rate for "
                + "Arabic conference interpreters? Our budget people want a figure.");
        Post seRate = re(8, "10:10", severine, olRate, "It varies by market, but the professional association "
                + "publishes guide figures for the UK that most teams work from: interpreting-assoc.example/fees. "
                + "Ask for a quote per team, not per head, so travel and prep are included.");
        re(8, "10:30", oliver, seRate, "Per team, got it. That helps a lot.");
        joins(9, "09:00", bmAvail, nkechi);
        Post nkHello = say(9, "09:30", bmAvail, nkechi, "Hello! Nkechi here, just qualified: English A, French B, "
                + "Igbo C. Free most of February. My profile: nkechieze.example");
        Post seHello = re(9, "10:00", severine, nkHello, "Welcome Nkechi, and congratulations on qualifying! Come "
                + "and say hi in #booth-talk too.");
        re(9, "10:15", nkechi, seHello, "Thank you! I will.");
        Post inGlossary = say(9, "11:00", bmBooth, ines, "@Matthias Kroll did you keep the glossary from last year's oncology "
                + "congress? I'm building one for Lyon.");
        Post nkFirst = say(9, "11:30", bmBooth, nkechi, "Hi all, first post in here. Any advice for someone about "
                + "to do her first real booth?");
        re(9, "11:50", ines, nkFirst, "Agree switch times with your partner before you start and stick to them. "
                + "And write numbers down for each other, always.");
        Post seFirst = re(9, "12:10", severine, nkFirst, "Bring water, know where your cough button is, and print "
                + "the programme. Ask the organiser for slides the day before; most forget to send them.");
        re(9, "12:30", nkechi, seFirst, "Printing the programme now. Thank you both!");
        Post prQuote = say(10, "14:00", bmAsk, priya, "Update: we've got the budget for three interpreters! Can "
                + "anyone here quote for English and French, Edinburgh, 16-17 April? Quotes please.");
        Post seQuote = re(10, "14:30", severine, prQuote, "I'd love to. I can bring a team of three, all medical "
                + "specialists: £720 per interpreter per day plus travel from London. I'll email the full quote "
                + "tonight if you send me your address.");
        re(10, "14:50", priya, seQuote, "Wonderful, sending it now.");
        Post prKit = say(10, "15:00", bmAsk, priya, "And we'll need booths and receivers for 300. Does anyone know "
                + "a hire firm that covers Scotland?");
        Post ruKit = re(10, "15:30", rupert, prKit, "We do, Priya. Two booths, consoles and 300 receivers in "
                + "Edinburgh is fine, with a technician both days. I'll send a quote if you email the venue "
                + "details.");
        re(10, "15:45", priya, ruKit, "Great, emailing now.");
        Post seTeams = say(13, "10:00", bmBooth, severine, "Lyon update: slides promised for 2 March. Teams "
                + "confirmed: French is me and Amélie, Spanish is Inés and Pilar, German is Matthias and a partner "
                + "still to find.");
        re(13, "10:20", ines, seTeams, "Thanks for organising us all.");
        // W04
        Post maGlossary = re(15, "09:00", matthias, inGlossary, "Back from Geneva. Yes, I have it, about 600 terms. "
                + "Sending it over now, Inés.");
        Post inGeneva = re(15, "09:20", ines, maGlossary, "You're a star. How was Geneva?");
        re(15, "09:40", matthias, inGeneva, "Long. Five days of night sessions. Glad to be home.");
        Post olArabic = say(16, "11:00", bmAsk, oliver, "@Séverine Aubert do you know any Arabic colleagues who "
                + "could take our London panel? We've settled on 12 March.");
        Post seArabic = re(16, "11:40", severine, olArabic, "Yes, I'll ask two people I trust and put them in touch "
                + "with you today.");
        re(16, "12:00", oliver, seArabic, "Thank you!");
        Post nkDone = say(18, "10:00", bmBooth, nkechi, "Did my first booth on Saturday! My partner wrote every "
                + "number down for me. Thank you for the advice last week.");
        re(18, "10:20", severine, nkDone, "Wonderful. The first one's always the hardest.");
        re(18, "10:30", ines, nkDone, "Welcome to the club!");
        Post prBooked = say(19, "09:00", bmAsk, priya, "Séverine's quote accepted and Rupert's kit booked. Thank "
                + "you all, this server saved me a week of searching.");
        re(19, "09:20", rupert, prBooked, "Glad it came together. The technician is booked for both days.");
    }

    /** C. Annika courts a prospect in W03 while a launching customer's question to her waits two days. */
    private void agency() {
        // W02
        say(1, "09:00", whNews, annika, "Happy new year from all of us! We're back at full speed today. Korean joins "
                + "our languages this month, with two new in-house reviewers.");
        Post kePatch = say(1, "10:00", whSupport, keiko, "Hi team, we've added 120 new strings for the winter patch. "
                + "Can they go in the same batch as last month's, or is that a new order?");
        Post mlPatch = re(1, "10:40", meiLing, kePatch, "Same batch is fine, Keiko, they'll be billed with the "
                + "December strings. I'll open it today and send you the delivery date.");
        re(1, "11:00", keiko, mlPatch, "Lovely, thanks.");
        Post toKeeper = say(2, "14:00", whStrings, tomas, "@Dario Fontana quick one on the lighthouse quest: is "
                + "'keeper' the person or the item? German needs to know, the words differ.");
        Post daKeeper = re(2, "14:30", dario, toKeeper, "The person! The old lighthouse keeper. Sorry, should have "
                + "left a note.");
        re(2, "14:40", tomas, daKeeper, "Perfect, thanks. That fixes three strings.");
        Post daSteam = say(3, "09:00", whGeneral, dario, "Not a question, just a thank you: our Steam page in "
                + "Spanish is getting more wishlists than the English one now. I told the devs at Pinecone Games "
                + "about you, they'll be in touch.");
        re(3, "09:30", annika, daSteam, "That's lovely to hear, Dario, and thank you for passing us on. Spanish "
                + "players are loyal once they find you.");
        Post luSplit = say(3, "10:00", whSupport, lukas, "Invoice question: can the December invoice be split "
                + "between two budget lines? My publisher pays for German, I pay for the rest.");
        Post anSplit = re(3, "10:40", annika, luSplit, "Yes, easily. I'll reissue it as two invoices by tomorrow, "
                + "one addressed to the publisher.");
        re(3, "11:00", lukas, anSplit, "Thank you!");
        Post keLantern = say(4, "11:00", whStrings, keiko, "Context for the winter patch: 'Moonlit Lantern' is a pun "
                + "on a festival in Japanese. Please keep the festival feel over the literal meaning.");
        Post toLantern = re(4, "11:30", tomas, keLantern, "Got it. For French we'll lean on 'veillée', it has that "
                + "gathering feel. I'll send you two options.");
        re(4, "11:50", keiko, toLantern, "Two options would be perfect.");
        Post daLaunch = say(5, "10:00", whSupport, dario, "Launch date confirmed for 22 January! Can you confirm "
                + "pt-BR, es and de will all be delivered by the 16th?");
        Post anLaunch = re(5, "10:20", annika, daLaunch, "Yes: Spanish and German are done, Brazilian Portuguese is "
                + "in review and due on the 14th. You'll have all three by the 16th.");
        re(5, "10:40", dario, anLaunch, "Brilliant, thanks.");
        // W03
        joins(8, "09:00", whGeneral, harvey);
        Post haHello = say(8, "09:20", whGeneral, harvey, "Hi! Harvey from Okafor Interactive. A friend at Pinecone "
                + "said you did their Spanish. We're looking at Japanese and Korean for our puzzle game.");
        Post anHello = re(8, "09:40", annika, haHello, "Welcome Harvey, lovely to meet you! Tell me about the game: "
                + "how many words, and is there much wordplay in the puzzles?");
        Post haWords = re(8, "10:10", harvey, anHello, "About 18,000 words, and yes, some of the puzzles are "
                + "anagrams. That's what scares me.");
        Post anWords = re(8, "10:30", annika, haWords, "Anagram puzzles are the fun part for our reviewers. We "
                + "usually redesign those per language with the devs rather than translate them. Do you have a "
                + "build we could look at?");
        Post haPrice = re(8, "11:00", harvey, anWords, "I can send a Steam key. What do you charge per word for "
                + "Japanese and Korean, and is testing extra?");
        re(8, "11:30", annika, haPrice, "Japanese and Korean are both 14p a word including review; testing is a day "
                + "rate on top. I'll DM you a proper quote once I've seen the build.");
        Post daMissing = say(9, "10:00", whSupport, dario, "@Annika Sørensen the pt-BR delivery in the repo has 40 "
                + "strings still in English, all in the lighthouse quest. Can you check before Friday's build?");
        say(9, "10:30", whDm, annika, "Hi Harvey, thanks for the key. Quote for Japanese and Korean, 18,000 words: "
                + "£2,520 per language including review, plus two days of testing at £380 a day. Would a short call "
                + "this week help, to go through the anagram puzzles?");
        say(9, "11:00", whDm, harvey, "Looks reasonable. A call on Thursday at 2 would be great.");
        say(9, "11:20", whDm, annika, "Thursday at 2 it is. I'll send an invite.");
        Post toVeille = say(9, "14:00", whStrings, tomas, "@Keiko Yamashiro two options for the lantern in French: "
                + "'Lanterne de la veillée' or 'Lanterne des veilleurs'. The second is a bit more poetic.");
        re(9, "14:30", keiko, toVeille, "The second one, please. Love it.");
        Post anBuild = say(10, "09:00", whGeneral, annika, "@Harvey Okafor I had a look at the build last night, "
                + "the colour puzzles are gorgeous. The anagram levels will need about six redesigns per language, "
                + "I'll walk you through it on Thursday.");
        re(10, "09:30", harvey, anBuild, "Great, speak then.");
        say(10, "16:00", whNews, annika, "The office is closed on Monday 19 January for our team day. Support "
                + "replies resume on Tuesday.");
        Post luPaid = say(10, "17:00", whSupport, lukas, "Thanks for the split invoices, the publisher has paid "
                + "already.");
        re(10, "17:20", meiLing, luPaid, "Great to hear, thanks for letting us know!");
        re(11, "09:00", dario, daMissing, "Still seeing the 40 English strings in pt-BR. Launch is a week away, "
                + "getting a bit nervous.");
        Post anCall = say(11, "15:00", whGeneral, annika, "@Harvey Okafor thanks for the call today. I'll send the "
                + "revised quote with the anagram redesigns tomorrow morning.");
        re(11, "15:20", harvey, anCall, "Thanks Annika, really useful.");
        Post anSorry = re(11, "16:00", annika, daMissing, "So sorry Dario, this slipped past me. The reviewer's "
                + "file was merged without the last 40 strings; Tomás is pushing the fix tonight and I'll confirm "
                + "by 9 tomorrow.");
        re(11, "16:20", dario, anSorry, "Phew. Thank you.");
        Post toFixed = re(11, "20:00", tomas, daMissing, "Fixed and pushed: all 40 lighthouse strings are in pt-BR "
                + "now. Sorry for the scare.");
        re(12, "09:00", dario, toFixed, "Checked, they're all there. Thanks both.");
        say(12, "10:00", whDm, annika, "Revised quote attached: with the anagram redesigns it's £2,860 per "
                + "language. We can start in the first week of February.");
        say(12, "11:00", whDm, harvey, "Signed and sent back. Looking forward to it!");
        // W04
        Post haFiles = say(15, "10:00", whSupport, harvey, "Hi team, our first files are ready. Where do we upload "
                + "them?");
        Post mlFiles = re(15, "10:20", meiLing, haFiles, "Welcome aboard, Harvey! I've emailed you an upload link "
                + "for your project folder.");
        re(15, "10:30", harvey, mlFiles, "Got it, thanks.");
        say(16, "09:00", whNews, annika, "Korean is now live for all clients. Ask us about adding it to your next "
                + "update.");
        Post daTomorrow = say(17, "15:00", whGeneral, dario, "Launch is tomorrow! Thank you Wordhaven, Brazilian "
                + "streamers are already asking for keys.");
        re(17, "15:20", annika, daTomorrow, "So exciting! Good luck tomorrow, we'll all be watching.");
        re(17, "15:40", tomas, daTomorrow, "Boa sorte!");
        daTomorrow.react("🎉", keiko, lukas, meiLing);
        Post keKorean = say(20, "10:00", whSupport, keiko, "Can we add Korean to the spring update? About 3,000 "
                + "words.");
        Post anKorean = re(20, "10:30", annika, keKorean, "Absolutely. I'll set it up and send you a date today.");
        re(20, "10:45", keiko, anKorean, "Thank you!");
    }

    /** D. A free exchange group; Camila, new in W03, pitches her classes in a reply, a DM and two rooms. */
    private void tandemNights() {
        // W02
        Post luFirst = say(1, "18:00", ttNights, lucia, "First Tuesday of the year tomorrow, 7pm, back room of the "
                + "café. Table themes: new year plans (Spanish table) and films (English table). Map: "
                + "cornerhouse-cafe.example/find-us");
        re(1, "18:30", ellie, luFirst, "I'll be there! Bringing my terrible film opinions.");
        re(1, "19:00", nuria, luFirst, "Coming, and bringing a friend from work.");
        Post gaSoler = say(2, "22:00", ttNights, gareth, "Thanks for tonight everyone. Nuria, that tip about "
                + "'soler' has already changed my life.");
        re(2, "22:15", nuria, gaSoler, "Jaja, suelo decir cosas útiles.");
        joins(3, "08:00", ttGeneral, javier);
        Post jaHola = say(3, "09:00", ttPartner, javier, "Hola! Javier, from Bogotá, here for a master's. Native "
                + "Spanish, my English is B2 and I want to sound less formal. Anyone want a tandem on Thursdays?");
        Post elHola = re(3, "09:30", ellie, jaHola, "Hi Javier! I'm English, learning Spanish (about A2). "
                + "Thursdays work for me, maybe the library café after 5?");
        re(3, "09:50", javier, elHola, "Perfect, Thursday 5:30 at the library café.");
        Post ibCuesta = say(3, "10:00", ttPhrase, ibrahim, "Phrase of the day: 'Me cuesta levantarme temprano.' Is "
                + "'cuesta' right here? I want to say it's hard for me.");
        Post nuCuesta = re(3, "10:20", nuria, ibCuesta, "Exactly right! You could also say 'me cuesta muchísimo' "
                + "if it's very hard, like on Mondays.");
        re(3, "10:35", ibrahim, nuCuesta, "Ha, muchísimo for Mondays. Merci, gracias!");
        Post elGanas = say(4, "12:00", ttPhrase, ellie, "'Tengo ganas de ir a la playa.' Is this natural or "
                + "textbook?");
        Post jaGanas = re(4, "12:30", javier, elGanas, "Natural! We say it all the time. In Colombia you'd also "
                + "hear 'me provoca ir a la playa'.");
        re(4, "12:40", ellie, jaGanas, "Me provoca! Love it.");
        Post ibGender = say(5, "19:00", ttGeneral, ibrahim, "How do you all remember genders? I'm French, so I keep "
                + "guessing from French and I'm wrong half the time.");
        Post luGender = re(5, "19:30", lucia, ibGender, "Learn every noun with its article, 'la leche', 'el "
                + "puente', even when it feels slow. For the ones that clash with French, make a list and stick "
                + "it on the fridge.");
        re(5, "19:45", ibrahim, luGender, "The fridge list, I like it.");
        Post gaKnackered = say(6, "11:00", ttPhrase, gareth, "English folks, help me help Javier: how would you "
                + "explain 'I'm knackered'?");
        re(6, "11:20", ellie, gaKnackered, "Very tired, informal, a bit British. Not for job interviews!");
        re(6, "11:30", javier, gaKnackered, "Knackered. Adding it to my list. Thanks both.");
        say(7, "17:00", ttNights, lucia, "Tuesday is on again: 7pm, same back room. Spanish table theme: food you "
                + "miss from home. Map as always: cornerhouse-cafe.example/find-us");
        // W03
        Post jaArepas = say(9, "22:00", ttNights, javier, "Food you miss from home was the best theme yet. Now I "
                + "need arepas.");
        re(9, "22:20", lucia, jaArepas, "Next month we do a food night, and you're in charge of arepas.");
        joins(10, "08:00", ttGeneral, camila);
        Post gaFreeze = say(10, "09:00", ttGeneral, gareth, "Honest question: I understand loads now but freeze "
                + "when I try to speak, even at the Tuesday table. How did you all get past that?");
        re(10, "09:30", camila, gaFreeze, "Totally normal! I teach online conversation classes for exactly that, "
                + "£18 an hour and the first one half price. DM me and I'll send you times.");
        Post elFreeze = re(10, "10:00", ellie, gaFreeze, "I still freeze! What helped me was saying one prepared "
                + "sentence at the very start of each night, so I've spoken before the nerves kick in.");
        re(10, "10:20", nuria, gaFreeze, "And nobody at the table minds mistakes, we all make them in English "
                + "too.");
        re(10, "10:40", gareth, elFreeze, "A prepared opening line. I can do that.");
        Post caPartner = say(11, "09:00", ttPartner, camila, "Spanish tutor from Medellín, online classes for all "
                + "levels, £18 an hour, first class half price: camilaspanish.example/book");
        say(11, "12:00", ttDm, camila, "Hola Ibrahim! I saw you're learning Spanish. I give online classes, £18 an "
                + "hour and the first one is half price. Would you like a trial this week?");
        Post luAds = re(11, "13:00", lucia, caPartner, "Hi Camila, welcome! A quick note: this server stays free "
                + "of ads, it's a free exchange group. You'd be very welcome at a Tuesday as a native speaker "
                + "though!");
        say(12, "10:00", ttPhrase, camila, "Phrase: 'estar en las nubes' = to have your head in the clouds. More "
                + "like this in my classes: camilaspanish.example/book");
        Post ibOjala = say(12, "18:00", ttPhrase, ibrahim, "'Ojalá que no llueva mañana.' Subjunctive after "
                + "ojalá, right?");
        Post jaOjala = re(12, "18:20", javier, ibOjala, "Right! Ojalá always takes the subjunctive. Though in "
                + "Manchester it will rain anyway.");
        re(12, "18:30", ibrahim, jaOjala, "Too true.");
        Post luQuiz = say(13, "17:00", ttNights, lucia, "Tuesday's on: 7pm, back room. Theme for the English "
                + "table: a British slang quiz, run by Gareth. Map: cornerhouse-cafe.example/find-us");
        re(13, "17:30", gareth, luQuiz, "Knackered will be question one.");
        // W04
        Post caSorry = re(15, "10:00", camila, luAds, "Sorry Lucía, I didn't realise. I'd love to come on Tuesday "
                + "as a native speaker. Is it okay if I just join a table?");
        re(15, "10:30", lucia, caSorry, "Of course, just turn up. The Spanish tables always need more natives.");
        Post gaQuiz = say(16, "22:00", ttNights, gareth, "The slang quiz went well. Camila knew 'chuffed', which is "
                + "more than some of the English table did.");
        re(16, "22:20", camila, gaQuiz, "Jaja, I lived in Leeds for a year. Thanks for having me, it was fun.");
        Post gaTwenty = say(17, "09:00", ttGeneral, gareth, "Update: I used the prepared-opening-line trick on "
                + "Tuesday and talked for twenty minutes. Thanks @Ellie Whitcombe.");
        re(17, "09:20", ellie, gaTwenty, "Yesss! Twenty minutes!");
        gaTwenty.react("🎉", nuria, lucia, javier);
        Post caPilas = say(18, "14:00", ttPhrase, camila, "For the English speakers: 'ponerse las pilas' = to get "
                + "your act together, literally 'to put your batteries in'.");
        re(18, "14:20", gareth, caPilas, "Putting my batteries in this year.");
        Post jaOffline = say(19, "12:00", ttGeneral, javier, "Does anyone have a Spanish-English dictionary app that "
                + "works offline? I'm going somewhere with no signal.");
        Post ibOffline = re(19, "12:30", ibrahim, jaOffline, "I use the free one from the university library, it "
                + "downloads everything: dict-app.example");
        re(19, "12:45", javier, ibOffline, "Downloaded, gracias.");
        say(20, "17:00", ttNights, lucia, "Tuesday again at 7pm, back room. Spanish table theme: travel disasters. "
                + "Map: cornerhouse-cafe.example/find-us");
    }

    /** E. Rohan asks strangers to subscribe in W02; Aarav takes three days of marking in W03 and answers nothing. */
    private void ielts() {
        // W02
        say(1, "09:00", bnResources, gillian, "A few reliable practice sources for the new year: the official "
                + "sample tests, ielts-official.example/samples, and the Cambridge books 17 to 19, still the "
                + "closest to the real thing.");
        Post faIntro = say(1, "12:00", bnWriting, fatima, "Task 2 introduction, please be honest: 'In recent "
                + "decades, working from home has become increasingly widespread. This essay will discuss both "
                + "views and give my opinion.'");
        Post giIntro = re(1, "12:40", gillian, faIntro, "Clear, but the second sentence is a formula examiners see "
                + "all day. Paraphrase the actual question and state your position straight away: task response "
                + "is marked from the first line.");
        re(1, "13:00", fatima, giIntro, "State my position in the intro, got it. I'll rewrite it tonight.");
        say(2, "10:00", bnSpeaking, rohan, "New video: 10 Part 2 cue cards answered at Band 8, with my notes. "
                + "Please subscribe and hit like if it helps! ytube.example/@rohankapoorielts");
        Post liPartner = say(2, "18:00", bnSpeaking, linh, "Looking for a speaking partner for Part 3, evenings UK "
                + "time. I'm aiming for 7.");
        Post diPartner = re(2, "18:30", diego, liPartner, "Me too! Aiming for 7, evenings work. Wednesday at 8?");
        re(2, "18:45", linh, diPartner, "Wednesday at 8 works!");
        say(3, "11:00", bnWriting, rohan, "Struggling with Task 2? I explain the four-paragraph structure in my "
                + "latest video. Subscribe so you don't miss the next one: ytube.example/@rohankapoorielts");
        Post okNurse = say(3, "15:00", bnResults, oksana, "Booking question: I'm a nurse and need 7 in every band "
                + "for registration. Is it better to take the computer test or paper?");
        Post giNurse = re(3, "15:30", gillian, okNurse, "Same marking either way. Pick the computer test if you type "
                + "faster than you write: results come in a few days and you can see your word count.");
        re(3, "15:45", oksana, giNurse, "I type much faster. Computer it is, thank you.");
        Post diOverview = say(4, "10:00", bnWriting, diego, "Task 1 overview: 'Overall, coal use fell sharply while "
                + "renewables rose steadily, overtaking gas by 2020.' Is that enough for an overview?");
        re(4, "10:30", fatima, diOverview, "I think it's good! Maybe add that nuclear stayed stable? My teacher said "
                + "an overview should give the main trends only.");
        Post giOverview = re(4, "10:50", gillian, diOverview, "Fatima's right, that's a solid overview. Add nuclear "
                + "in a short clause and you're done.");
        re(4, "11:00", diego, giOverview, "Added nuclear. Thanks both.");
        Post faBooked = say(6, "12:00", bnResults, fatima, "Booked my test for 31 January in Manchester. Nervous!");
        re(6, "12:20", oksana, faBooked, "Good luck! Mine's the week after.");
        say(7, "10:00", bnResources, gillian, "If anyone wants their essays marked against the band descriptors "
                + "before the test, I do mock marking: £25 an essay, with a band score and comments for each "
                + "criterion. gillianfairbairn.example/marking");
        // W03
        Post aaTraffic = say(8, "09:00", bnWriting, aarav, "Task 2, give band: 'Cities should ban cars from their "
                + "centres. I agree because pollution is bad and people will walk more. In conclusion cars should "
                + "be banned.'");
        Post giTraffic = re(8, "10:00", gillian, aaTraffic, "You'd be around 5.5 here, mainly on task response: you "
                + "agree but only give one reason. Develop two reasons with an example each, and vary your linking "
                + "beyond 'because'.");
        re(8, "10:30", aarav, giTraffic, "ok thanks");
        Post liLinking = say(9, "11:00", bnResources, linh, "Does anyone know a good video on linking words for "
                + "Task 2? Not just lists, with examples.");
        Post roLinking = re(9, "11:30", rohan, liLinking, "I made one last month that goes through them inside real "
                + "essays, might help: ytube.example/watch/linking-words. The BBC grammar series has a good one "
                + "too: bbc-learning.example/linkers");
        re(9, "11:45", linh, roLinking, "Both look good, thanks Rohan.");
        Post aaTraffic2 = say(10, "09:00", bnWriting, aarav, "Another one, traffic again, two reasons now. Band?");
        re(10, "10:00", gillian, aaTraffic2, "Better, 6 or 6.5. The second reason needs an example, and watch your "
                + "articles: 'the pollution' versus 'pollution'. @Aarav Malhotra which task type feels weakest to "
                + "you, so I know what to focus on next time?");
        Post diThird = say(10, "14:00", bnSpeaking, diego, "Linh and I did Part 3 on technology last night. Anyone "
                + "want to join us next Wednesday as a third?");
        Post okThird = re(10, "14:30", oksana, diThird, "Me! I need to practise disagreeing politely.");
        re(10, "14:45", diego, okThird, "Perfect, that's what Linh's best at.");
        Post aaOnline = say(12, "09:00", bnWriting, aarav, "Task 2 on online learning. Give band and corrections.");
        re(12, "10:00", gillian, aaOnline, "Good structure this time, band 6.5. Your conclusion repeats the "
                + "introduction word for word, so paraphrase it. Still keen to hear which task type you find "
                + "hardest.");
        Post faRewrite = say(12, "11:00", bnWriting, fatima, "Rewrote my intro: 'Although working from home has "
                + "spread rapidly, I believe offices remain essential for collaboration.' Better?");
        re(12, "11:20", gillian, faRewrite, "Much better. That's a position in one sentence.");
        say(13, "15:00", bnResources, oksana, "For nurses sitting IELTS: the regulator's page explains exactly which "
                + "scores they accept and for how long: nmc-info.example/english");
        // W04
        Post okPaid = say(15, "10:00", bnResults, oksana, "Does anyone do paid marking? I'd pay for a proper band "
                + "score on two essays before my test.");
        Post giPaid = re(15, "10:30", gillian, okPaid, "I do, Oksana: £25 an essay, a band for each criterion and "
                + "comments, back within two days. gillianfairbairn.example/marking");
        re(15, "10:45", oksana, giPaid, "Booked two. Thank you!");
        Post liTrio = say(17, "21:00", bnSpeaking, linh, "Tonight's trio was great. Oksana's polite disagreeing "
                + "is now better than mine.");
        re(17, "21:10", oksana, liTrio, "I learned from the best!");
        Post diProcess = say(17, "12:00", bnWriting, diego, "Task 1 process diagram: how do I avoid repeating "
                + "'then' and 'next'?");
        Post roProcess = re(17, "12:20", rohan, diProcess, "Use the passive with sequencing clauses: 'once the "
                + "beans are roasted, they are ground'. 'Following this' and 'subsequently' work too, just don't "
                + "overdo them.");
        re(17, "12:40", diego, roProcess, "'Once the...', nice. Thanks.");
        Post liResult = say(18, "10:00", bnResults, linh, "Got my result: 7.5 overall, 7 in writing! Thanks "
                + "everyone for the practice.");
        re(18, "10:20", gillian, liResult, "Brilliant, congratulations!");
        re(18, "10:30", diego, liResult, "Amazing!!");
        liResult.react("🎉", oksana, fatima, rohan);
        Post faMuseum = say(19, "09:00", bnWriting, fatima, "Last practice essay before my test, does anyone have "
                + "time for a quick look? It's about whether museums should be free.");
        Post giMuseum = re(19, "09:40", gillian, faMuseum, "Lovely essay, 7 on task response. One comma splice in "
                + "the second paragraph, otherwise you're ready.");
        re(19, "09:50", fatima, giMuseum, "Ready! Thank you for all the help this month.");
    }

    /** F. Pádraig's own student waits three days in W03 while he chats about hurling and songs. */
    private void irish() {
        // W02
        Post deBean = say(1, "20:00", ccGrammar, dermot, "Why is it 'an bhean' but 'an fear'? I can't see the "
                + "rule.");
        Post geBean = re(1, "20:30", gerard, deBean, "Feminine nouns lenite after 'an', masculine ones don't. Bean "
                + "is feminine, fear is masculine. Mostly you have to learn the gender with each word.");
        re(1, "20:45", dermot, geBean, "Gender again! Same pain as French. Go raibh maith agat.");
        Post maThursday = say(2, "19:00", ccSlots, maureen, "@Pádraig Ó Súilleabháin is Thursday at 8 still good "
                + "for this week's lesson?");
        Post paThursday = re(2, "19:30", padraig, maThursday, "Thursday at 8, perfect. We'll do the past tense of "
                + "the irregular verbs.");
        re(2, "19:40", maureen, paThursday, "Dreading it. See you then!");
        Post saSheet = say(3, "10:00", ccTrips, saoirse, "Gaeltacht weekend in Corca Dhuibhne, 13-15 March: 12 "
                + "places, B&B and two classes a day. Names on the sheet please: forms.example/gaeltacht-march");
        re(3, "10:30", gerard, saSheet, "Down for it!");
        re(3, "11:00", maureen, saSheet, "Me too, my first time in a Gaeltacht.");
        Post paMatch = say(4, "21:00", ccChat, padraig, "Did anyone watch the club semi-final? The Irish "
                + "commentary on TG4 was superb.");
        re(4, "21:20", gerard, paMatch, "Watched it just for the commentary. Picked up three new verbs.");
        Post maAr = say(5, "18:00", ccGrammar, maureen, "When do I use 'ar' and when 'ag'? 'Tá ocras orm' but 'tá "
                + "carr agam'.");
        Post niAr = re(5, "18:30", niamh, maAr, "'Ar' is for things that happen to you or sit on you (hunger, "
                + "thirst, fear), 'ag' is for what you have. So the hunger is on you, the car is at you.");
        re(5, "18:45", maureen, niAr, "The hunger is on me. That's lovely actually.");
        Post deTutor = say(6, "20:00", ccGrammar, dermot, "Does anyone know a tutor for Munster Irish? My "
                + "grandmother was from Cúil Aodha and I'd love to sound like her.");
        re(6, "20:30", niamh, deTutor, "I teach Connemara Irish, so not me, but @Pádraig Ó Súilleabháin is from "
                + "Baile Mhúirne, right next door to Cúil Aodha.");
        Post paTutor = re(6, "21:00", padraig, deTutor, "I am! I do online lessons, blocks of ten at €220, evenings "
                + "Irish time, which suits Boston. Details: padraigosullivan.example/ceachtanna");
        re(6, "21:15", dermot, paTutor, "Booking a block. Thank you both.");
        say(7, "11:00", ccTrips, saoirse, "7 places left on the March sheet: forms.example/gaeltacht-march");
        // W03
        Post geBrog = say(8, "20:00", ccGrammar, gerard, "Harder one: genitive plural of 'bróg'? I've seen both "
                + "'bróg' and 'bróga'.");
        Post niBrog = re(8, "20:30", niamh, geBrog, "The standard is 'na mbróg', but you'll hear 'na mbrógaí' in "
                + "Connemara. Both are fine in speech.");
        re(8, "20:40", gerard, niBrog, "Dialect strikes again. Thanks!");
        Post maMove = say(9, "19:00", ccSlots, maureen, "@Pádraig Ó Súilleabháin could we move Thursday's lesson to "
                + "Friday evening? Work's mad this week. I bought the block of ten from you before Christmas and "
                + "I'm loving it.");
        Post paSong = say(9, "21:00", ccChat, padraig, "Anyone else learning the Cúil Aodha songs? I'm working on "
                + "one on the fiddle this week.");
        re(9, "21:30", dermot, paSong, "My grandmother sang those! I'd love to hear it.");
        say(10, "10:00", ccTrips, saoirse, "4 places left for March, sheet here: forms.example/gaeltacht-march");
        Post deNext = say(10, "20:00", ccSlots, dermot, "@Pádraig Ó Súilleabháin the first lesson on Tuesday was "
                + "great. Same time next week?");
        re(10, "20:30", padraig, deNext, "Same time next week, go hiontach. Bring the words of the song.");
        Post paKerry = say(10, "21:00", ccChat, padraig, "Kerry lost, I'm in mourning.");
        re(10, "21:10", gerard, paKerry, "Tá brón orm. Next year.");
        Post deUsed = say(11, "17:30", ccGrammar, dermot, "How do you say 'I used to' in Munster? The book gives "
                + "'bhínn'.");
        re(11, "18:00", padraig, deUsed, "'Bhínn' is right everywhere; in Munster you'll also hear 'do bhínn' with "
                + "the old 'do'. Your grandmother would have said the second.");
        re(11, "19:30", maureen, maMove, "Pádraig? I just need to know by tomorrow.");
        Post paMove = re(12, "09:00", padraig, maMove, "Sorry Maureen, I missed this! Tonight at 8 is fine, "
                + "and no charge for last night.");
        re(12, "09:15", maureen, paMove, "Great, thank you!");
        Post niSeachtain = say(13, "15:00", ccChat, niamh, "Seachtain na Gaeilge is coming in March, is anyone "
                + "organising anything locally?");
        re(13, "15:30", saoirse, niSeachtain, "Our library does a ciorcal comhrá every year. I'll post the date.");
        Post maDia = say(14, "20:00", ccGrammar, maureen, "Why does 'Dia dhuit' get 'Dia is Muire dhuit' in reply? "
                + "Is it rude to just say 'Dia dhuit' back?");
        re(14, "20:20", gerard, maDia, "Not rude at all, lots of people say it back. 'Dia is Muire' is just the "
                + "traditional answer.");
        // W04
        Post saTwo = say(15, "10:00", ccTrips, saoirse, "2 places left for March: forms.example/gaeltacht-march");
        re(15, "10:30", niamh, saTwo, "I'll take one if it's still going. I'd love a weekend of Kerry Irish.");
        Post maTwoLessons = say(16, "20:00", ccSlots, maureen, "@Pádraig Ó Súilleabháin can we do two lessons next "
                + "week? I've a test at work in February.");
        re(16, "20:20", padraig, maTwoLessons, "Two is grand: Tuesday and Thursday at 8. I'll set some listening "
                + "for in between.");
        Post deVerse = say(17, "19:00", ccGrammar, dermot, "Thanks to Pádraig I can sing the first verse of my "
                + "grandmother's song now. I told my cousin about his lessons too.");
        re(17, "19:30", padraig, deVerse, "That's made my week. Tell her Baile Mhúirne says hello.");
        Post gePodcast = say(18, "11:00", ccChat, gerard, "Anyone know a good podcast in Irish for the car?");
        Post niPodcast = re(18, "11:30", niamh, gePodcast, "'Beo ar Éigean' is great, three women chatting, very "
                + "natural: beoareigean.example");
        re(18, "11:45", gerard, niPodcast, "Subscribed, thanks.");
        say(19, "20:00", ccChat, saoirse, "The library ciorcal comhrá is on 5 March, 7pm, all levels. Come along if "
                + "you're near Kilkenny!");
        Post maTest = say(20, "15:00", ccGrammar, maureen, "Past tense test done with Pádraig, only two mistakes "
                + "on the irregulars!");
        re(20, "15:20", padraig, maTest, "Two! Maith thú.");
    }

    /** G. Hosts help each other; Craig answers a newcomer's hello with his taxi price. */
    private void hosts() {
        // W02
        Post brGiulia = say(1, "09:00", hhPlacements, bronwen, "January arrivals: Giulia, 17, from Milan, three "
                + "weeks from Sunday 11th, school in Hove. Needs a host within 20 minutes' walk. Any takers?");
        Post maGiulia = re(1, "09:40", margaret, brGiulia, "I can take Giulia. The front room's free until March.");
        re(1, "10:00", bronwen, maGiulia, "Wonderful, thank you Margaret. Paperwork coming by email.");
        joins(2, "08:00", hhIntro, yasmin);
        Post yaHello = say(2, "08:30", hhIntro, yasmin, "Hello! I'm Yasmin, a first-time host in Portslade. Passed "
                + "the school's home check last week. Two kids, a cat, and a spare room waiting for a student.");
        re(2, "09:00", margaret, yaHello, "Welcome Yasmin! You'll love it. Ask anything, we've all been new.");
        re(2, "09:20", craig, yaHello, "Welcome! When your student lands I do Gatwick runs for hosts, £55 one way, "
                + "meet and greet at arrivals. DM me to book.");
        re(2, "10:00", bronwen, yaHello, "Welcome aboard Yasmin, lovely to have you. I'll match you with someone in "
                + "February.");
        say(2, "10:30", hhAirport, craig, "Gatwick and Heathrow runs this month: Gatwick £55, Heathrow £95, child "
                + "seats available. Message me with flight numbers.");
        Post teFish = say(3, "19:00", hhQuestions, teresa, "My student is vegetarian but eats fish. Does the "
                + "school count fish as meat for the half-board allowance?");
        Post brFish = re(3, "19:30", bronwen, teFish, "No difference to the allowance. Just cook what suits her, "
                + "and tell me if anything's unusual.");
        re(3, "19:45", teresa, brFish, "Easy then, thanks.");
        Post yaKey = say(4, "10:00", hhQuestions, yasmin, "Silly question: do students usually get their own key "
                + "from day one?");
        Post suKey = re(4, "10:20", sunil, yaKey, "Not silly! Yes, from day one, most of us keep a spare cut. Show "
                + "them the lock on the first night, our Korean student once spent twenty minutes on the doorstep.");
        re(4, "10:40", yasmin, suKey, "Spare key cut. Thanks Sunil!");
        say(4, "11:00", hhDm, yasmin, "Hi Margaret, hope you don't mind a DM. How do you handle house rules with "
                + "teenagers, like a curfew? I don't want to be too strict or too soft.");
        say(4, "12:00", hhDm, margaret, "Not at all! I write them on one page in simple English: in by 10 on school "
                + "nights, 11 at weekends, text if late. Go through it together on day one. They like knowing "
                + "where they stand.");
        say(4, "12:15", hhDm, yasmin, "One page, in simple English. That's really helpful, thank you.");
        Post brKenji = say(5, "09:00", hhPlacements, bronwen, "Two more for the 18th: Kenji, 19, from Osaka, four "
                + "weeks; Lucas, 16, from Lyon, two weeks. Hosts near Hove station preferred.");
        re(5, "09:30", sunil, brKenji, "I can do Kenji.");
        Post teLucas = re(5, "09:45", teresa, brKenji, "Lucas can come to us, we've had French boys before.");
        re(5, "10:00", bronwen, teLucas, "Brilliant, thanks both.");
        Post maLands = say(6, "14:00", hhAirport, margaret, "Giulia lands at Gatwick on Sunday 11th, 13:40. @Craig "
                + "Hollis are you free for that one?");
        Post crLands = re(6, "14:30", craig, maLands, "Yes, I'll have her home by half three. The usual £55.");
        re(6, "14:40", margaret, crLands, "Perfect, thanks Craig.");
        // W03
        say(8, "09:00", hhPlacements, bronwen, "Giulia arrived safely yesterday. Thank you Margaret and Craig!");
        Post maHomesick = say(8, "18:00", hhQuestions, margaret, "Giulia's homesick, crying at dinner. Any tips from "
                + "those who've had younger ones?");
        Post teHomesick = re(8, "18:30", teresa, maHomesick, "A video call home at a fixed time each evening helped "
                + "ours, rather than all day long. And get her to cook you one dish from home.");
        re(8, "18:45", margaret, teHomesick, "Cooking a dish, lovely idea. Thanks Teresa.");
        Post yaCheck = say(9, "10:00", hhQuestions, yasmin, "Once I've got a student, how often does the school "
                + "check in? I'd like to know what to expect.");
        re(9, "10:20", bronwen, yaCheck, "I ring at the end of week one, then every two weeks, and the students "
                + "fill in a form. Nothing scary!");
        Post suStay = say(10, "19:00", hhQuestions, sunil, "Before Kenji arrives: the guidance says students can't "
                + "have friends stay the night. Is that a hard rule?");
        Post brStay = re(10, "19:30", bronwen, suStay, "A hard rule, it's the school's insurance. Day visits are "
                + "fine.");
        re(10, "19:40", sunil, brStay, "Thought so, I'll tell him when he settles in.");
        Post teRun = say(11, "12:00", hhAirport, teresa, "Lucas flies home from Gatwick on Sunday 1 February at 11:15. "
                + "Is anyone doing a run that morning?");
        Post crRun = re(11, "12:30", craig, teRun, "I can, pick-up at 8:15 from yours. £55.");
        re(11, "12:40", teresa, crRun, "Booked, thanks!");
        Post brAna = say(12, "09:00", hhPlacements, bronwen, "February arrivals: Ana, 18, from Lisbon, six weeks "
                + "from 1 February. @Yasmin Qureshi would you like her as your first?");
        Post yaAna = re(12, "09:30", yasmin, brAna, "Yes please! So excited.");
        re(12, "10:00", margaret, yaAna, "Your first! Giulia says hello.");
        Post maRisotto = say(13, "18:00", hhQuestions, margaret, "Update: Giulia made us a risotto and cheered right "
                + "up. Thanks for the tip @Teresa Gallo.");
        re(13, "18:20", teresa, maRisotto, "So glad!");
        Post teDuvet = say(14, "16:00", hhQuestions, teresa, "Does anyone have a spare single duvet? Ours has given "
                + "up.");
        Post yaDuvet = re(14, "16:30", yasmin, teDuvet, "I've a brand new one in the cupboard, I bought too many for "
                + "Ana's room. I can drop it round tomorrow.");
        re(14, "16:40", teresa, yaDuvet, "You're a star, thank you!");
        // W04
        Post brEvening = say(15, "10:00", hhPlacements, bronwen, "Reminder: the host evening is Thursday 22nd at 6pm "
                + "at school. Tea and cake, and a talk on safeguarding.");
        re(15, "10:30", sunil, brEvening, "I'll be there.");
        Post yaDriver = say(16, "09:00", hhQuestions, yasmin, "Ana lands at Gatwick on the 31st at 21:50, too late "
                + "for the coach. Can anyone recommend a reliable driver?");
        re(16, "09:20", margaret, yaDriver, "Craig did Giulia's and was brilliant. @Craig Hollis");
        Post crDriver = re(16, "09:40", craig, yaDriver, "Happy to, Yasmin. A late Gatwick is £60 after 9pm and I "
                + "track the flight. Shall I put the 31st in my diary for you?");
        re(16, "10:00", yasmin, crDriver, "Yes please!");
        Post suReference = say(17, "19:00", hhQuestions, sunil, "Kenji's asked if I'll write him a reference for a "
                + "university application. Has anyone done that as a host?");
        Post brReference = re(17, "19:30", bronwen, suReference, "The school writes the official one, but a short "
                + "note from you about his character is lovely. Keep it to a few lines.");
        re(17, "19:40", sunil, brReference, "A few lines, I can do that.");
        say(19, "20:00", hhPlacements, bronwen, "Thanks to everyone who came to the host evening. The slides are in "
                + "your email.");
    }

    /** H. Nobody sells; Mehmet keeps a diary to the room all W03 and passes others' worries by. */
    private void families() {
        // W02
        Post chEnglish = say(1, "20:00", twAsk, chidi, "Our son (4) answers everything in English now, even when I "
                + "speak Igbo. Is it too late?");
        Post kaEnglish = re(1, "20:30", katarzyna, chEnglish, "Not too late at all! Ours did the same at 4 when "
                + "nursery started. We made Saturday mornings Polish-only with a treat at the end. It took months, "
                + "but he's back.");
        re(1, "20:50", anneliese, chEnglish, "Same here with German. Keep speaking Igbo even if he answers in "
                + "English; he's still understanding all of it.");
        re(1, "21:00", chidi, kaEnglish, "Saturday mornings with a treat, I'll try it. Thank you both.");
        Post meMix = say(3, "19:00", twAsk, mehmet, "My wife speaks German, I speak Turkish, and nursery is "
                + "English. Deniz (3) mixes all three in one sentence. Should we worry?");
        Post anMix = re(3, "19:30", anneliese, meMix, "No! Mixing is completely normal at three, it's a sign he "
                + "knows all three. It sorts itself out by five or six for most children.");
        re(3, "19:45", mehmet, anMix, "That's a relief. Thank you, Anneliese.");
        Post anBooks = say(4, "10:00", twBooks, anneliese, "Any Portuguese picture books for a 4-year-old? Asking "
                + "for a friend at our Welsh-medium school.");
        Post paBooks = re(4, "10:40", paulo, anBooks, "Shameless, but I wrote one: 'O Farol e a Gaivota', "
                + "Portuguese and English on facing pages, £9: paulo-ferreira.example/farol. The Orfeu Negro list "
                + "is lovely too: orfeunegro.example/infantil");
        re(4, "11:00", anneliese, paBooks, "Ordering yours for her, thank you!");
        Post chDaalu = say(5, "20:00", twDiary, chidi, "Saturday Igbo mornings, week one: he said 'daalụ' (thank "
                + "you) without being asked. I nearly cried.");
        re(5, "20:20", katarzyna, chDaalu, "That's how it starts!");
        re(5, "20:30", mehmet, chDaalu, "Beautiful. Well done.");
        Post anSchool = say(6, "18:00", twAsk, anneliese, "School wants us to speak English at home to 'help with "
                + "reading'. We speak German. Has anyone pushed back on this?");
        Post paSchool = re(6, "18:40", paulo, anSchool, "Yes, with our head teacher. The research says a strong "
                + "home language helps reading in English, not the opposite. This summary worked on ours: "
                + "bilingual-research.example/home-language");
        re(6, "19:00", katarzyna, anSchool, "Same advice from our speech therapist: keep your language.");
        re(6, "19:10", anneliese, paSchool, "Printing that summary for Monday. Thank you.");
        Post kaKrakow = say(7, "10:00", twDiary, katarzyna, "Off to Kraków with the kids for two weeks to see "
                + "babcia, full Polish immersion! Back on the 22nd, and mostly offline till then.");
        re(7, "10:20", anneliese, kaKrakow, "Enjoy! Bring back stories.");
        // W03
        joins(8, "09:00", twIntro, sunniva);
        Post suHello = say(8, "09:30", twIntro, sunniva, "Hei! Sunniva, Norwegian, married to a Scot, living in "
                + "Aberdeen with two-year-old twins. I keep a little blog about raising them in Norwegian: "
                + "norskiskottland.example");
        re(8, "10:00", anneliese, suHello, "Welcome Sunniva! Twins in two languages, you'll have stories.");
        re(8, "10:15", chidi, suHello, "Welcome! Lots of good advice in here.");
        say(8, "20:00", twDiary, mehmet, "Today Deniz said 'Papa, ich want su'. Three languages in four words. I "
                + "recorded it for my mother in Izmir.");
        say(9, "07:30", twDiary, mehmet, "Morning update: I only spoke Turkish at breakfast and he answered me in "
                + "German every time. I kept going. My patience is being tested.");
        Post chShy = say(9, "12:00", twAsk, chidi, "@Katarzyna Nowak how did you handle it when the grandparents "
                + "only speak Polish and the kids went shy? My mum's visiting from Enugu later this month.");
        say(9, "21:00", twDiary, mehmet, "Tonight I read him my old Turkish picture book from when I was a boy. My "
                + "mother posted it to me from Izmir. He loved the donkey.");
        say(10, "08:00", twDiary, mehmet, "My wife and I argued about whether I should switch to English when he's "
                + "upset. I said no. I think consistency matters most for me.");
        Post anBaby = say(10, "13:00", twDiary, anneliese, "Small worry: Lena (6) now says German is a 'baby "
                + "language' since a girl at school laughed at her. Has anyone been through this?");
        Post paBaby = re(10, "13:40", paulo, anBaby, "Our daughter went through it at 7. What helped was meeting "
                + "other Portuguese kids her age. Is there a German Saturday school near you?");
        re(10, "14:00", anneliese, paBaby, "There's one in Cardiff, I'll look into it. Thank you.");
        say(10, "21:30", twDiary, mehmet, "I started a notebook of every Turkish word Deniz says. Forty-two so far. "
                + "I'm very proud of my little boy.");
        say(11, "09:00", twDiary, mehmet, "I counted again this morning. Forty-five. My sister says I'm obsessed. "
                + "Maybe I am.");
        say(11, "20:30", twDiary, mehmet, "My mother called on video and he said 'anneanne' for the first time. I "
                + "had to leave the room, I was so emotional.");
        say(12, "07:45", twDiary, mehmet, "Breakfast was all Turkish today, from him too. My best morning so far.");
        Post suTwins = say(12, "19:00", twAsk, sunniva, "The twins have their own made-up language with each other. "
                + "Is that a problem for learning Norwegian and English?");
        Post chTwins = re(12, "19:40", chidi, suTwins, "Twin talk is really common, our nephews did it. It faded "
                + "once they were at nursery. Keep talking to each of them on their own sometimes.");
        re(12, "19:50", sunniva, chTwins, "One-on-one time, good idea. Takk!");
        say(13, "08:00", twDiary, mehmet, "I think my German accent is getting into my Turkish with him. I need to "
                + "be careful with my vowels.");
        say(13, "21:00", twDiary, mehmet, "I sang him my father's lullaby tonight. He sang the last line back to "
                + "me. I will remember this day.");
        Post meSummary = say(14, "10:00", twDiary, mehmet, "Weekly summary for my notebook: fifty-one Turkish "
                + "words, two full sentences, one lullaby. I'm so happy with my progress, I mean our progress.");
        Post anSummary = re(14, "11:00", anneliese, meSummary, "Fifty-one words is wonderful!");
        re(14, "11:30", mehmet, anSummary, "I am proud.");
        // W04
        Post chMum = say(15, "09:00", twAsk, chidi, "Update: my mum arrives on Saturday. Still keen on tips for shy "
                + "kids and Igbo-only grandparents, anyone?");
        Post meMum = re(15, "09:40", mehmet, chMum, "We had the same with my mother last summer. Deniz hid for two "
                + "days. What worked was that she didn't push, she just played with him in Turkish. Let your mum "
                + "lead with games, not questions.");
        re(15, "10:00", chidi, meMum, "Games, not questions. Great, thank you Mehmet.");
        Post meLena = re(15, "10:30", mehmet, anBaby, "@Anneliese Brandt sorry I missed your post about Lena last "
                + "week. How is she now? Did you find the Saturday school?");
        re(15, "11:00", anneliese, meLena, "Found it! First class on Saturday. She's half excited, half grumpy.");
        Post kaShy = re(18, "20:00", katarzyna, chShy, "Back from Kraków! Chidi, sorry for the wait. We let the "
                + "kids do something practical with grandma, baking or gardening, where the words come naturally. "
                + "The shyness goes fast once their hands are busy.");
        Post chBaking = re(18, "20:20", chidi, kaShy, "Baking it is. Welcome back! How was Kraków?");
        re(18, "20:40", katarzyna, chBaking, "Cold and wonderful. The kids came back chattering in Polish.");
        Post suAudio = say(19, "19:00", twBooks, sunniva, "Norwegian audiobooks for kids, free with a library card: "
                + "nb-lydbok.example. The twins fall asleep to them.");
        re(19, "19:20", katarzyna, suAudio, "We use the Polish equivalent, it's brilliant.");
        Post chChinChin = say(20, "20:00", twDiary, chidi, "Grandma arrived this morning! They baked chin chin together and "
                + "he chatted to her in Igbo for an hour. Thank you, everyone.");
        re(20, "20:20", mehmet, chChinChin, "Wonderful news!");
        re(20, "20:30", katarzyna, chChinChin, "Told you! Baking works every time.");
        chChinChin.react("❤️", anneliese, sunniva, paulo);
    }

    static Map<String, String> files() {
        return new HeldOutScenes111Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 111");
    }
}
