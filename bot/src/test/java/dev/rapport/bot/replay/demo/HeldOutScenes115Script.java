package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 115 (sealed): eight communities of music teaching and music education, of kinds no earlier round used
 * (independent instrument and singing teachers with a staffroom, a room where parents and adult learners ask and a
 * find-a-teacher board, a music school's own server, Larkhill Music School, with its Staff and its Customers and a
 * parent's DM to the office about a bursary, the parents of a county youth orchestra before its summer tour where
 * nobody sells, adult Grade 8 and diploma candidates with a theory tutor who marks mock papers, collaborative pianists
 * (accompanists) with a booking room where candidates, teachers and a festival organiser ask and a candidate's DM to
 * her accompanist, a music hub's peripatetic teachers where nobody sells but a practice-app rep turns up and sends a
 * DM to a new teacher, woodwind and brass repairers with a room where players, parents and schools ask and a parts
 * supplier among them, and baby and toddler music class leaders with a room where parents and nurseries ask), over
 * three ISO weeks (2032-W18 to W20; the early May bank holiday is day 8), written and labelled by writer115
 * (session 57) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-115.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes115Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2032, 4, 26);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2032, 5, 17, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-115";
    private static final int BASE = 90000;

    // --- A. independent music teachers ---
    private final String notes = cast.guild(1431);
    private final Channel snStaff = cast.channel(notes, "Studio Notes: Independent Music Teachers", "staffroom",
            "for music teachers talking shop: lesson ideas, pupils, fees, admin moans", "sn-staffroom.json");
    private final Channel snAsk = cast.channel(notes, "Studio Notes: Independent Music Teachers",
            "parents-and-learners-ask",
            "parents and adult learners: ask about lessons, practice, exams and instruments; the teachers here answer",
            "sn-parents-and-learners-ask.json");
    private final Channel snFind = cast.channel(notes, "Studio Notes: Independent Music Teachers", "find-a-teacher",
            "teachers post open lesson slots with area and fees; families post what they are looking for",
            "sn-find-a-teacher.json");
    private final Channel snRes = cast.channel(notes, "Studio Notes: Independent Music Teachers", "resources",
            "drop useful links here: repertoire lists, theory worksheets, practice apps", "sn-resources.json");
    private final Persona fiona = cast.person("fiona.calloway", "Fiona Calloway");
    private final Persona gareth = cast.person("gareth.pryce", "Gareth Pryce");
    private final Persona marion = cast.person("marion.achterberg", "Marion Achterberg");
    private final Persona deepak = cast.person("deepak.varma", "Deepak Varma");
    private final Persona rachel = cast.person("rachel.okafor", "Rachel Okafor");
    private final Persona helen = cast.person("helen.szabo", "Helen Szabo");
    private final Persona tom = cast.person("tom.ellery", "Tom Ellery");

    // --- B. a music school's own server ---
    private final String school = cast.guild(1432);
    private final Role lmStaffRole = cast.role("Staff", "#8e44ad", 2);
    private final Role lmCustomerRole = cast.role("Customer", "#95a5a6", 1);
    private final Channel lmNews = cast.channel(school, "Larkhill Music School", "school-news",
            "from the office and teachers: term dates, concerts, exam entries, closures", "lm-school-news.json");
    private final Channel lmAsk = cast.channel(school, "Larkhill Music School", "ask-the-office",
            "parents and students: lessons, fees, timetables, exam entries; the office and teachers answer here",
            "lm-ask-the-office.json");
    private final Channel lmPractice = cast.channel(school, "Larkhill Music School", "practice-corner",
            "students share practice wins, questions and recordings; teachers drop in", "lm-practice-corner.json");
    private final Channel lmSwap = cast.channel(school, "Larkhill Music School", "instrument-swap",
            "families pass on outgrown instruments and books: for sale, swap or free; a price with every listing",
            "lm-instrument-swap.json");
    private final Persona janet = cast.person("janet.whitcombe", "Janet Whitcombe", lmStaffRole);
    private final Persona andreas = cast.person("andreas.koval", "Andreas Koval", lmStaffRole);
    private final Persona leila = cast.person("leila.haddad", "Leila Haddad", lmStaffRole);
    private final Persona sophie = cast.person("sophie.brannigan", "Sophie Brannigan", lmCustomerRole);
    private final Persona owen = cast.person("owen.maddox", "Owen Maddox", lmCustomerRole);
    private final Persona priya = cast.person("priya.raman", "Priya Raman", lmCustomerRole);
    private final Persona kofi = cast.person("kofi.mensah", "Kofi Mensah", lmCustomerRole);
    private final Persona megan = cast.person("megan.ashworth", "Megan Ashworth", lmCustomerRole);
    private final Channel dmJanetSophie = cast.dm("2032-04-28", "Sophie Brannigan", "dm-janet-sophie.json");

    // --- C. a county youth orchestra's parents (nobody sells) ---
    private final String wyo = cast.guild(1433);
    private final Channel woNotices = cast.channel(wyo, "Westmarch Youth Orchestra Parents", "notices-and-rota",
            "committee notices and the parents' rota for teas, stewarding and the instrument van",
            "wo-notices-and-rota.json");
    private final Channel woLifts = cast.channel(wyo, "Westmarch Youth Orchestra Parents", "lifts-and-logistics",
            "sharing lifts to Saturday rehearsals, the tour coach, lost property", "wo-lifts-and-logistics.json");
    private final Channel woTour = cast.channel(wyo, "Westmarch Youth Orchestra Parents", "tour-2032",
            "the July tour to Leiden: forms, kit lists, passports, questions", "wo-tour-2032.json");
    private final Channel woChat = cast.channel(wyo, "Westmarch Youth Orchestra Parents", "parents-chat",
            "general chat for WYO parents", "wo-parents-chat.json");
    private final Persona catriona = cast.person("catriona.fairlie", "Catriona Fairlie");
    private final Persona bernard = cast.person("bernard.okonjo", "Bernard Okonjo");
    private final Persona lucy = cast.person("lucy.tremaine", "Lucy Tremaine");
    private final Persona dominic = cast.person("dominic.hartnell", "Dominic Hartnell");
    private final Persona yasmin = cast.person("yasmin.kaur", "Yasmin Kaur");
    private final Persona harriet = cast.person("harriet.osei", "Harriet Osei");
    private final Persona ian = cast.person("ian.mcbride", "Ian McBride");

    // --- D. adult Grade 8 and diploma candidates ---
    private final String circle = cast.guild(1434);
    private final Channel gdIntro = cast.channel(circle, "Grade 8 & Diploma Circle", "introductions",
            "introduce yourself: instrument, grade, exam date, who you learn with", "gd-introductions.json");
    private final Channel gdLog = cast.channel(circle, "Grade 8 & Diploma Circle", "practice-log",
            "post your practice each day: what you played, how long, what went well", "gd-practice-log.json");
    private final Channel gdTheory = cast.channel(circle, "Grade 8 & Diploma Circle", "theory-and-aural",
            "questions on theory papers, aural tests and sight-reading; everyone helps", "gd-theory-and-aural.json");
    private final Channel gdExam = cast.channel(circle, "Grade 8 & Diploma Circle", "exam-day",
            "exam dates, nerves, accompanists, and what happened in the room", "gd-exam-day.json");
    private final Persona miriam = cast.person("miriam.lindqvist", "Miriam Lindqvist");
    private final Persona conor = cast.person("conor.halpin", "Conor Halpin");
    private final Persona beatrix = cast.person("beatrix.nwosu", "Beatrix Nwosu");
    private final Persona hamid = cast.person("hamid.rezaei", "Hamid Rezaei");
    private final Persona greta = cast.person("greta.sandvik", "Greta Sandvik");
    private final Persona samuel = cast.person("samuel.achebe", "Samuel Achebe");

    // --- E. collaborative pianists (accompanists) ---
    private final String pianists = cast.guild(1435);
    private final Channel cpGreen = cast.channel(pianists, "Collaborative Pianists' Network", "green-room",
            "for accompanists talking shop: repertoire, page turns, fees, exam-board quirks", "cp-green-room.json");
    private final Channel cpBook = cast.channel(pianists, "Collaborative Pianists' Network", "book-an-accompanist",
            "candidates, teachers and festival organisers post dates, pieces and venues; accompanists reply",
            "cp-book-an-accompanist.json");
    private final Channel cpDeps = cast.channel(pianists, "Collaborative Pianists' Network", "dep-swaps",
            "accompanists passing on dates they cannot cover", "cp-dep-swaps.json");
    private final Channel cpScores = cast.channel(pianists, "Collaborative Pianists' Network", "scores-and-editions",
            "which edition, cuts, transpositions and page turns; useful links welcome", "cp-scores-and-editions.json");
    private final Persona eleanor = cast.person("eleanor.voss", "Eleanor Voss");
    private final Persona rupert = cast.person("rupert.ainsley", "Rupert Ainsley");
    private final Persona nadia = cast.person("nadia.petrescu", "Nadia Petrescu");
    private final Persona felix = cast.person("felix.marchbank", "Felix Marchbank");
    private final Persona anwen = cast.person("anwen.morgan", "Anwen Morgan");
    private final Persona joanna = cast.person("joanna.kessler", "Joanna Kessler");
    private final Channel dmEleanorJoanna = cast.dm("2032-04-28", "Joanna Kessler", "dm-eleanor-joanna.json");

    // --- F. a music hub's peripatetic teachers (nobody sells) ---
    private final String hub = cast.guild(1436);
    private final Role hubOffice = cast.role("Hub Office", "#16a085", 2);
    private final Role peri = cast.role("Peripatetic Teacher", "#2980b9", 1);
    private final Channel nvTime = cast.channel(hub, "Northvale Music Hub: Peri Teachers", "timetables-and-cover",
            "the hub office posts weekly school timetables, cover requests and room changes; reply to take a cover",
            "nv-timetables-and-cover.json");
    private final Channel nvWcet = cast.channel(hub, "Northvale Music Hub: Peri Teachers", "first-access",
            "whole-class instrumental teaching: lesson plans, behaviour, class sets of ukuleles, recorders and brass",
            "nv-first-access.json");
    private final Channel nvEns = cast.channel(hub, "Northvale Music Hub: Peri Teachers", "ensembles",
            "the hub's Saturday ensembles and the summer concert: parts, rehearsal notes, who runs what",
            "nv-ensembles.json");
    private final Channel nvLounge = cast.channel(hub, "Northvale Music Hub: Peri Teachers", "peri-lounge",
            "everything else: mileage, cars, school car parks, tea", "nv-peri-lounge.json");
    private final Persona marguerite = cast.person("marguerite.olsson", "Marguerite Olsson", hubOffice);
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante", peri);
    private final Persona siobhan = cast.person("siobhan.delaney", "Siobhan Delaney", peri);
    private final Persona rhys = cast.person("rhys.whitford", "Rhys Whitford", peri);
    private final Persona lena = cast.person("lena.sokolova", "Lena Sokolova", peri);
    private final Persona petra = cast.person("petra.novak", "Petra Novak", peri);
    private final Persona damian = cast.person("damian.radcliffe", "Damian Radcliffe");
    private final Channel dmDamianPetra = cast.dm("2032-05-06", "Damian Radcliffe", "dm-damian-petra.json");

    // --- G. woodwind and brass repairers ---
    private final String pads = cast.guild(1437);
    private final Channel pvBench = cast.channel(pads, "Pads & Valves: Woodwind and Brass Repairers", "workbench",
            "for woodwind and brass repairers talking shop: pads, springs, dents, solder, tools", "pv-workbench.json");
    private final Channel pvAsk = cast.channel(pads, "Pads & Valves: Woodwind and Brass Repairers", "players-ask",
            "players, parents and school music departments: ask about a sticking key, a stuck mouthpiece or what a "
                    + "repair costs; repairers answer", "pv-players-ask.json");
    private final Channel pvSchools = cast.channel(pads, "Pads & Valves: Woodwind and Brass Repairers",
            "school-service-days",
            "schools and music services book service days for their instrument stock; repairers reply with dates",
            "pv-school-service-days.json");
    private final Channel pvSale = cast.channel(pads, "Pads & Valves: Woodwind and Brass Repairers", "parts-for-sale",
            "repairers sell and swap parts, pads and tools; a price with every listing", "pv-parts-for-sale.json");
    private final Persona alistair = cast.person("alistair.penhaligon", "Alistair Penhaligon");
    private final Persona gwyneth = cast.person("gwyneth.pugh", "Gwyneth Pugh");
    private final Persona matthias = cast.person("matthias.brenner", "Matthias Brenner");
    private final Persona ifeoma = cast.person("ifeoma.chukwu", "Ifeoma Chukwu");
    private final Persona nathaniel = cast.person("nathaniel.greer", "Nathaniel Greer");
    private final Persona tamara = cast.person("tamara.lindgren", "Tamara Lindgren");
    private final Persona corinne = cast.person("corinne.baptiste", "Corinne Baptiste");

    // --- H. baby and toddler music class leaders ---
    private final String little = cast.guild(1438);
    private final Channel lnLounge = cast.channel(little, "Little Notes: Baby & Toddler Music Leaders",
            "leaders-lounge", "for early-years music leaders talking shop: songs, props, venues, bookings, the odd moan",
            "ln-leaders-lounge.json");
    private final Channel lnParents = cast.channel(little, "Little Notes: Baby & Toddler Music Leaders", "parents-ask",
            "parents, childminders and nurseries: ask about classes near you, ages and what to expect; leaders answer",
            "ln-parents-ask.json");
    private final Channel lnSongs = cast.channel(little, "Little Notes: Baby & Toddler Music Leaders", "song-bank",
            "share songs, rhymes and activity ideas; lyrics links welcome", "ln-song-bank.json");
    private final Channel lnProps = cast.channel(little, "Little Notes: Baby & Toddler Music Leaders", "props-and-kit",
            "leaders sell and swap props: shakers, parachutes, lycra, puppets; a price with every listing",
            "ln-props-and-kit.json");
    private final Persona bronwen = cast.person("bronwen.lewis", "Bronwen Lewis");
    private final Persona zara = cast.person("zara.whitlock", "Zara Whitlock");
    private final Persona carys = cast.person("carys.howell", "Carys Howell");
    private final Persona natasha = cast.person("natasha.pemberton", "Natasha Pemberton");
    private final Persona louis = cast.person("louis.fontaine", "Louis Fontaine");
    private final Persona shirin = cast.person("shirin.karimi", "Shirin Karimi");

    HeldOutScenes115Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        studioNotes();
        larkhill();
        youthOrchestra();
        candidates();
        accompanists();
        musicHub();
        repairers();
        littleNotes();
    }

    /** A. Studio Notes: independent instrument and singing teachers, the parents and adult learners who ask. */
    private void studioNotes() {
        // W18
        joins(1, "10:00", snStaff, deepak);
        Post deHello = say(1, "10:30", snStaff, deepak, "Hi everyone, Deepak here, singing teacher in Leeds, mostly "
                + "teens and adults. Glad to find somewhere for teachers.");
        Post gaHello = re(1, "10:45", gareth, deHello, "Welcome Deepak! Musical theatre as well, or mainly "
                + "classical?");
        re(1, "11:00", deepak, gaHello, "Mostly musical theatre and pop, some classical for the exam pupils.");
        say(2, "08:30", snFind, fiona, "Two Thursday slots free from 6 May in Harrowgate, piano, beginners to Grade "
                + "6: 4.15 and 5pm, £32 for 45 minutes. Message me if you'd like one.");
        Post heStart = say(2, "12:00", snAsk, helen, "Is 52 too old to start piano properly? I had lessons as a "
                + "child up to about Grade 2 and there's an old upright in the back room. I'd love to get back to it.");
        Post fiStart = re(2, "12:40", fiona, heStart, "Not too old at all. Adults often move faster at first "
                + "because you practise with a purpose. Twenty minutes most days, and pick pieces you actually like.");
        re(2, "13:10", deepak, heStart, "Never too late! My 8-week adult voice and musicianship course starts on the "
                + "10th, £96 for the block, book at deepaksings.example/courses or DM me.");
        re(2, "14:00", helen, fiStart, "That's so encouraging, thank you Fiona. Twenty minutes I can manage.");
        Post raAsha = say(3, "08:15", snAsk, rachel, "@Fiona Calloway Ellie came home buzzing after Thursday's "
                + "lesson, thank you. I told my friend Asha about you, she's looking for someone for her twins, so she "
                + "might be in touch.");
        re(3, "09:00", fiona, raAsha, "That's lovely to hear, thank you Rachel! Happy to talk to Asha any time.");
        Post toGuitar = say(3, "17:30", snAsk, tom, "My son is 11 and wants to learn electric guitar. Should he "
                + "start on acoustic first, like I was told as a kid?");
        Post gaGuitar = re(3, "18:00", gareth, toGuitar, "No need these days. An electric with light strings is "
                + "easier on small fingers. Get a little practice amp with a headphone socket, for everyone's sanity.");
        re(3, "18:10", deepak, toGuitar, "If he ever wants to sing along too, my teen voice course is £96 for eight "
                + "weeks: deepaksings.example/courses");
        re(3, "18:40", tom, gaGuitar, "Ha, headphones noted. Thanks Gareth, that saves us a fair bit.");
        Post raSize = say(4, "10:00", snAsk, rachel, "Ellie's little brother wants to try the violin. He's 6. What "
                + "size would he need?");
        Post maSize = re(4, "10:30", marion, raSize, "At 6 it's usually a quarter or an eighth, it depends on arm "
                + "length. There's a good measuring guide here: stringsizes.example/violin-chart. Hire rather than "
                + "buy, they outgrow them fast.");
        re(4, "11:00", rachel, maSize, "Measured him against the chart, quarter size it is. Thanks Marion!");
        Post fiCancel = say(4, "14:00", snStaff, fiona, "Admin moan: how are you all handling people who cancel on "
                + "the morning of the lesson? I've had three this term already.");
        re(4, "14:20", gareth, fiCancel, "24 hours' notice or it's charged. It's in my terms and I point to it, no "
                + "drama.");
        Post maCancel = re(4, "14:35", marion, fiCancel, "Same, but I give one free pass a term. Keeps the goodwill.");
        re(4, "15:00", fiona, maCancel, "A free pass a term is a kind idea. Stealing that.");
        Post toFind = say(6, "11:00", snFind, tom, "Looking for an electric guitar teacher for an 11-year-old, "
                + "Saturday mornings, Harrowgate north side. Home visits would be ideal.");
        Post gaFind = re(6, "11:30", gareth, toFind, "I've a Saturday 10am slot and do home visits round there, £30 "
                + "for 45 minutes. Shall I message you?");
        re(6, "12:00", tom, gaFind, "Yes please!");

        // W19: Fiona asks her fellow teachers how to answer Rachel instead of answering Rachel
        Post raGrade = say(8, "09:00", snAsk, rachel, "@Fiona Calloway quick question before the entry deadline on "
                + "the 14th: do you think Ellie is ready for Grade 5 in June, or should we wait for the autumn? She's "
                + "keen but I don't want her disappointed.");
        Post fiAdvice = say(8, "10:30", snStaff, fiona, "Need advice. A parent has asked me if her daughter is ready "
                + "for Grade 5 in June. Honestly she isn't, the scales are shaky and the sight-reading worries me, but "
                + "the girl is desperate to do it. How do you tell a parent no?");
        Post gaNov = re(8, "10:50", gareth, fiAdvice, "I'd put it as ready to do well in November rather than not "
                + "ready. Parents hear the positive half.");
        re(8, "11:05", marion, fiAdvice, "And set a date for deciding, say three weeks from now. It takes the "
                + "pressure off everyone.");
        re(8, "11:30", fiona, gaNov, "Ready to do well in November. I like that.");
        Post maAway = say(8, "12:00", snStaff, marion, "Off to the Suzuki teacher course in Sheffield tomorrow until "
                + "Friday. Barely any signal there, so don't expect much from me until the weekend!");
        re(8, "12:10", fiona, maAway, "Have a brilliant week!");
        Post heTeacher = say(9, "09:00", snAsk, helen, "Ready to find a proper teacher now. Does anyone teach adults "
                + "in Harrowgate on Tuesday or Wednesday evenings? Piano, around Grade 2 or 3.");
        Post fiChild = say(9, "10:15", snStaff, fiona, "Follow-up on the Grade 5 thing: would you tell the child "
                + "directly, or only the parent? She's 11.");
        Post gaChild = re(9, "10:40", gareth, fiChild, "Both, but the child first, in the lesson, with a plan. Kids "
                + "usually take it better than the parents.");
        re(9, "11:00", deepak, fiChild, "Agree. My teens always handle it better than their mums and dads.");
        re(9, "11:20", fiona, gaChild, "Child first. That makes sense, thanks both.");
        Post gaInvoice = say(9, "15:00", snStaff, gareth, "Completely different question: does anyone use an "
                + "invoicing app they actually like? Spreadsheets are killing me.");
        Post fiInvoice = re(9, "15:30", fiona, gaInvoice, "I use Tally Notes. It invoices each family on the 1st and "
                + "chases the late ones for you, which is worth the £6 a month on its own.");
        re(9, "16:00", gareth, fiInvoice, "Sold. Setting it up tonight, cheers.");
        re(10, "08:30", rachel, raGrade, "Sorry to nag @Fiona Calloway, the entry closes on Friday so I need to "
                + "decide this week.");
        Post fiNudged = say(10, "12:00", snStaff, fiona, "She's nudged me. I'm dreading it. Message, or wait till "
                + "Thursday's lesson and tell her at the door?");
        Post dePhone = re(10, "12:20", deepak, fiNudged, "Phone call. Messages get read in the worst possible tone.");
        Post gaPhone = re(10, "12:35", gareth, fiNudged, "Phone, agreed. Five minutes and you can both relax.");
        dePhone.react("👍", gareth);
        re(10, "13:00", fiona, gaPhone, "Phone. You're right. I'll ring after school pickup.");
        Post raHire = say(10, "19:00", snAsk, rachel, "@Marion Achterberg where do you suggest hiring a quarter-size "
                + "violin from? The shop in town wants a year up front.");
        say(10, "20:00", snRes, fiona, "A set of Grade 5 scale games for pupils who find scales a slog, in case "
                + "anyone else is in the same boat: scalegames.example/grade5");
        Post fiNerve = say(11, "17:00", snStaff, fiona, "Didn't call. Lost my nerve. Tomorrow.");
        re(11, "17:20", gareth, fiNerve, "You've got this. November, not no.");
        Post deSing = say(12, "09:00", snStaff, deepak, "Question for the piano people: one of my singers is sitting "
                + "Grade 6. Can she use a backing track, or does she need a live accompanist?");
        Post fiSing = re(12, "09:30", fiona, deSing, "A live accompanist for graded exams, as far as I know. The "
                + "accompanists' network would know if any board allows tracks.");
        re(12, "09:45", deepak, fiSing, "Live it is. Cheers Fiona.");
        say(13, "18:00", snFind, gareth, "A Saturday 11am has come free after a family moved away: guitar or bass, "
                + "Harrowgate north, £30 for 45 minutes.");
        re(14, "10:50", marion, raHire, "Sorry Rachel, only just back from the course. Allegro Strings in town has a "
                + "hire scheme from £9 a month with nothing up front, ask for rent-to-own.");
        re(14, "11:00", marion, heTeacher, "Helen, I only teach strings, but @Fiona Calloway teaches piano in "
                + "Harrowgate and might have an evening free.");

        // W20
        Post fiSorry = re(15, "09:00", fiona, raGrade, "Rachel, I'm so sorry for the slow reply. Honest answer: I "
                + "think Ellie would do much better in November. Her pieces are lovely but the scales need a few more "
                + "weeks. Can I call you this evening to talk it through?");
        re(15, "09:40", rachel, fiSorry, "Thank you, that's really helpful. Yes, call after 6. She'll take November "
                + "well if it comes from you.");
        Post fiHelen = re(15, "09:30", fiona, heTeacher, "@Helen Szabo I have a Wednesday 7pm from next week and "
                + "adults are very welcome. Would you like to come for a trial lesson?");
        re(15, "12:00", helen, fiHelen, "Yes please! Wednesday at 7 is perfect.");
        Post fiUpdate = say(16, "18:30", snStaff, fiona, "For everyone who helped: I rang the parent, she took it "
                + "brilliantly, and her daughter is now excited about November. Thank you all.");
        fiUpdate.react("🎉", gareth, marion, deepak);
        re(16, "18:45", gareth, fiUpdate, "Told you. Well done.");
        Post heFirst = say(19, "20:30", snAsk, helen, "First lesson with Fiona tonight. Came out grinning. Thanks for "
                + "all the encouragement in here.");
        heFirst.react("❤️", fiona, marion);
    }

    /** B. Larkhill Music School's own server: its office and teachers (Staff), its families and students. */
    private void larkhill() {
        // W18
        say(1, "08:00", lmNews, janet, "Welcome back for the summer term! Lessons run from today to Friday 16 July. "
                + "Half term is 31 May to 4 June, no lessons that week. Timetables are in your inbox.");
        Post soSwap = say(1, "16:30", lmAsk, sophie, "Hi, Sophie here, mum of Finn (cello) and Maisie (piano). "
                + "Maisie's lesson has moved to 5.15 on the new timetable but she has swimming then. Any chance of a "
                + "swap?");
        Post jaSwap = re(1, "17:00", janet, soSwap, "Hi Sophie, leave it with me. Leila has a 4.30 on Tuesdays that "
                + "might work, I'll check with her tonight.");
        Post leSwap = re(1, "19:00", leila, jaSwap, "4.30 on Tuesdays is fine by me if it suits Maisie.");
        re(1, "19:30", sophie, leSwap, "Perfect, thank you both!");
        Post anWeek = say(2, "09:00", lmNews, andreas, "Summer String Week is back, 2 to 6 August, for Grade 1 to 5 "
                + "players: orchestra, chamber groups and a concert on the Friday. £185, with 10% off for siblings. "
                + "Details and booking: larkhillmusic.example/string-week");
        anWeek.react("🎉", sophie, priya);
        Post owTopF = say(2, "12:00", lmPractice, owen, "Adult sax student here. Finally got top F to speak without a "
                + "squeak this morning. Two months of trying!");
        Post leTopF = re(2, "12:30", leila, owTopF, "Brilliant, Owen! Was it the lip or the air in the end?");
        re(2, "13:00", owen, leTopF, "More air, less biting. My teacher has been saying it for weeks.");
        Post koViolin = say(2, "18:00", lmSwap, kofi, "Outgrown 3/4 violin, Stentor outfit with bow and case, good "
                + "condition, £70. Collect in Larkhill or I can bring it to lessons.");
        Post prViolin = re(2, "18:40", priya, koViolin, "Is the 3/4 still available? Anika is nearly ready to move "
                + "up.");
        Post koTry = re(2, "19:00", kofi, prViolin, "Yes! Bring her on Saturday to try it before string orchestra?");
        re(2, "19:10", priya, koTry, "Will do, thanks Kofi.");
        say(3, "10:00", dmJanetSophie, sophie, "Hi Janet, a private question. With two children having lessons now, "
                + "is there any help with fees? Money's a bit tight since I went part-time.");
        say(3, "11:00", dmJanetSophie, janet, "Hi Sophie, yes, we have a bursary fund for families in just that "
                + "position. It's a short form and completely confidential. I'll email it to you today, and the "
                + "sibling discount already applies to Maisie's fees.");
        say(3, "11:20", dmJanetSophie, sophie, "Thank you so much, that's a weight off.");
        Post meDate = say(3, "15:00", lmAsk, megan, "When do we find out our Grade 6 exam dates? I'm nervous "
                + "already.");
        Post jaDate = re(3, "15:40", janet, meDate, "The exam board sends dates about three weeks before the "
                + "session, so around the 20th. We'll post here and email your parents.");
        Post leDate = re(3, "16:00", leila, meDate, "And you're well prepared, Megan. Your Poulenc is sounding "
                + "lovely.");
        re(3, "16:10", megan, leDate, "Thank you!! That helps a lot.");
        jaDate.react("👍", megan);
        say(5, "09:00", lmNews, janet, "Exam entries for the June session close on 12 May. Please check your "
                + "child's entry with their teacher. Entry form: larkhillmusic.example/exam-entry");
        Post prWeek = say(5, "12:00", lmAsk, priya, "Is String Week suitable for a Grade 2 violinist who's only been "
                + "playing a year?");
        Post anPrWeek = re(5, "12:30", andreas, prWeek, "Yes, absolutely. We group players by level and the youngest "
                + "orchestra is Grade 1 to 2. Booking page: larkhillmusic.example/string-week");
        re(5, "13:00", priya, anPrWeek, "Lovely, I'll have a look tonight. Thank you!");

        // W19: Andreas posts news and helps Owen while Priya's question to him waits
        Post prPlace = say(9, "08:30", lmAsk, priya, "@Andreas Koval Anika has been on the waiting list for Junior "
                + "Strings since March. Is there any chance of a place this term? And would you suggest String Week "
                + "first, so she gets used to playing in a group?");
        say(9, "10:00", lmNews, andreas, "Spring concert this Saturday at 3pm in St Anne's Hall, with all our "
                + "ensembles. Free entry, cake from the parents' association.");
        Post owLow = say(9, "11:00", lmPractice, owen, "Question for the teachers: my low notes, D and below, gurgle. "
                + "Is that the pads or me?");
        Post anLow = re(9, "11:30", andreas, owLow, "Often a leaky pad near the bottom of the body. Try the "
                + "cigarette-paper test on the low C and D pads, or bring it to your lesson and we'll look.");
        re(9, "12:00", owen, anLow, "Will try tonight, thanks.");
        say(10, "09:00", lmNews, andreas, "Junior Strings on Saturday moves to 9.30 because of the concert set-up.");
        Post owPad = say(10, "19:00", lmPractice, owen, "Paper test done: the low C pad is leaking. So it isn't me "
                + "for once! Booking it in for a repair.");
        Post anPad = re(10, "19:30", andreas, owPad, "Good detective work. Harmony Wind in town is quick with pads.");
        re(10, "19:45", owen, anPad, "Cheers, I'll ring them.");
        re(11, "08:30", priya, prPlace, "Hi @Andreas Koval, just checking you saw this? I'd like to book String Week "
                + "this week if it's the right thing for her.");
        say(11, "13:00", lmNews, andreas, "Concert running order for Saturday is up: "
                + "larkhillmusic.example/concert-may. Performers please arrive by 2.15.");
        Post meMetro = say(11, "18:00", lmPractice, megan, "Played my scales at exam speed with the metronome for "
                + "the first time. Only two slips!");
        Post anMetro = re(11, "18:30", andreas, meMetro, "Excellent, Megan. Keep the metronome at 80 this week.");
        re(11, "18:45", megan, anMetro, "Will do!");
        Post koPark = say(12, "09:00", lmAsk, kofi, "Does anyone know if there's parking at St Anne's for the "
                + "concert?");
        Post jaPark = re(12, "09:20", janet, koPark, "A small car park behind the hall, and free street parking on "
                + "Greyfield Road after 1pm.");
        re(12, "09:30", kofi, jaPark, "Thanks Janet.");
        say(12, "10:00", lmNews, janet, "Exam entries close today at 5pm. If you're not sure, ask your teacher.");
        Post anSorry = re(13, "10:00", andreas, prPlace, "So sorry Priya, it's been a hectic week with the concert. "
                + "Yes, String Week first would be perfect for Anika, and I'm hoping to offer her a Junior Strings "
                + "place from September. I'll confirm once the summer leavers are known.");
        re(13, "10:30", priya, anSorry, "Thank you, that's great news. Booking String Week now.");
        Post soFinn = say(14, "18:00", lmPractice, sophie, "Finn played his first concert today and hasn't stopped "
                + "grinning. Thank you to everyone who organised it!");
        soFinn.react("❤️", andreas, janet, leila);
        re(14, "18:20", andreas, soFinn, "He was superb in the slow movement.");

        // W20
        say(15, "08:30", lmNews, janet, "Grade exam dates are out and have been emailed to families. Good luck to "
                + "everyone sitting in June!");
        Post meGot = say(15, "16:00", lmAsk, megan, "Got mine: 14 June, 10.20am!");
        re(15, "16:30", leila, meGot, "Perfect timing, you'll be ready.");
        Post owBack = say(16, "12:00", lmPractice, owen, "Sax back from the repair and the low notes are like butter. "
                + "Thanks for the paper-test tip @Andreas Koval.");
        re(16, "12:30", andreas, owBack, "Music to my ears. Literally.");
        Post soRoom = say(18, "09:00", lmAsk, sophie, "Is there a practice room free on Wednesday afternoons? Finn "
                + "wants to play his concert piece through with a friend before their exams.");
        Post jaRoom = re(18, "09:30", janet, soRoom, "Room 3 is free 4 to 5pm on Wednesdays. I'll pencil them in.");
        re(18, "09:45", sophie, jaRoom, "Brilliant, thank you.");
        say(19, "09:00", lmNews, andreas, "String Week has 6 places left in the youngest orchestra, booking closes "
                + "30 June: larkhillmusic.example/string-week");
    }

    /** C. Westmarch Youth Orchestra's parents before the summer tour (nobody sells). */
    private void youthOrchestra() {
        // W18
        say(1, "09:00", woNotices, catriona, "Welcome back, everyone. Summer term rehearsals are Saturdays 9.30 to "
                + "12.30 at Westmarch Academy. The May teas and stewarding rota is here, please add yourself to one "
                + "slot: forms.example/wyo-rota-may");
        joins(1, "12:00", woChat, lucy);
        Post luHello = say(1, "12:10", woChat, lucy, "Hello! New parent here, my daughter Elodie has just joined the "
                + "second violins. Feeling slightly lost about how it all works.");
        Post caHello = re(1, "12:30", catriona, luHello, "Welcome Lucy! Drop-off is at the side door, pick-up is "
                + "12.30 sharp, and everything about the tour is in #tour-2032. Shout with any questions.");
        re(1, "12:45", harriet, luHello, "Welcome! My son's in the seconds too, Elodie will be well looked after.");
        re(1, "13:00", lucy, caHello, "Thank you both, that's reassuring.");
        Post beSeats = say(2, "18:00", woLifts, bernard, "I drive from Corbridge every Saturday with two spare seats. "
                + "Happy to pick anyone up on the way.");
        Post iaSeat = re(2, "18:30", ian, beSeats, "Could you take Callum this Saturday? We're away at a wedding.");
        Post beSeat = re(2, "18:45", bernard, iaSeat, "Of course. 8.50 at the Corbridge co-op?");
        re(2, "19:00", ian, beSeat, "Perfect, thanks Bernard.");
        Post luTour = say(3, "09:30", woTour, lucy, "Is it too late for Elodie to go on the Leiden tour? She only "
                + "joined this term.");
        Post caTour = re(3, "10:00", catriona, luTour, "Not too late, there are four places left. Form and deposit "
                + "details: forms.example/wyo-tour-2032. The deposit is £150 by 14 May.");
        re(3, "10:30", lucy, caTour, "Form done. Elodie is over the moon.");
        Post haOboe = say(3, "20:00", woChat, harriet, "Does anyone know a good oboe teacher near Hexley? Amara's "
                + "teacher is moving away in June.");
        Post yaOboe = re(3, "20:20", yasmin, haOboe, "I teach oboe in Hexley! Happy to chat. I'll have a Monday slot "
                + "from June, details here if useful: yasminkaur-oboe.example");
        re(3, "20:40", harriet, yaOboe, "Oh that's perfect, I'll message you tonight. Thanks Yasmin!");
        Post doHello = say(5, "19:00", woChat, dominic, "Hi all, Dominic, dad of Josh, trombone, joined at Easter.");
        Post beHello = re(5, "19:20", bernard, doHello, "Welcome Dominic! Josh sits near my Kemi in the brass.");
        re(5, "19:30", dominic, beHello, "Ha, small world.");
        Post caRota = say(6, "10:00", woNotices, catriona, "The teas rota still has three gaps in May, sheet here: "
                + "forms.example/wyo-rota-may");
        re(6, "10:30", harriet, caRota, "Put myself down for the 15th.");

        // W19: Dominic is helped on three days, says ta, and leaves Bernard's question waiting
        Post doLift = say(8, "09:00", woLifts, dominic, "Anyone driving from Corbridge on Saturday? Josh needs a lift "
                + "this week, I'm working.");
        Post beLift = re(8, "09:40", bernard, doLift, "I can take him. 8.50 at the co-op, same as Callum.");
        re(8, "10:00", dominic, beLift, "ta");
        Post doGhic = say(9, "12:00", woTour, dominic, "What's this GHIC card everyone's on about for the tour?");
        Post beGhic = re(9, "12:30", bernard, doGhic, "It's the free health card that replaced the EHIC. You apply "
                + "on the NHS site and it takes about two weeks: nhs.example/ghic. Don't pay one of the sites that "
                + "charge for it.");
        re(9, "13:00", dominic, beGhic, "ok cheers");
        Post luPlug = say(9, "19:00", woTour, lucy, "Do the kids need their own plug adaptors, or is someone "
                + "bringing a bag of them?");
        Post haPlug = re(9, "19:20", harriet, luPlug, "Last year everyone brought their own. Two-pin European ones.");
        re(9, "19:30", lucy, haPlug, "Thanks Harriet!");
        say(10, "09:00", woNotices, catriona, "Tour deposits are due by Friday 14 May. If that's hard for anyone, "
                + "message me privately, there's a hardship fund.");
        Post yaStands = say(10, "20:00", woTour, yasmin, "Question for last year's tour parents: do the wind players "
                + "need to bring their own music stands?");
        Post caStands = re(10, "20:30", catriona, yaStands, "No, the host school in Leiden has stands. Just bring "
                + "pegs for the outdoor concert, it gets windy.");
        re(10, "20:45", yasmin, caStands, "Pegs, good thinking. Thanks Catriona.");
        Post doTrousers = say(11, "08:30", woChat, dominic, "Where do people get black concert trousers for a 14 "
                + "year old? Josh has grown out of everything.");
        Post beTrousers = re(11, "09:00", bernard, doTrousers, "The supermarket school ranges are cheap and fine for "
                + "a term. Go a size up, they shrink.");
        re(11, "09:20", harriet, doTrousers, "Second that. And check the lost property box, there are always "
                + "trousers in it.");
        re(11, "09:40", dominic, beTrousers, "cheers");
        Post beReturn = say(11, "17:00", woLifts, bernard, "@Dominic Hartnell could you do the return leg on Saturday? "
                + "I've got Kemi's football at 1 so I need to leave at 12.30 sharp.");
        Post luBags = say(12, "18:00", woTour, lucy, "Is there a luggage limit on the coach? Elodie is planning to "
                + "pack her whole wardrobe.");
        Post iaBags = re(12, "18:30", ian, luBags, "One suitcase plus the instrument. Last year's letter said 20kg.");
        re(12, "18:45", lucy, iaBags, "20kg. I'll break the news gently.");
        Post beStill = say(12, "12:00", woLifts, bernard, "Still need someone for Saturday's return leg from the "
                + "Academy to Corbridge, otherwise Josh will need collecting.");
        Post iaStill = re(12, "12:30", ian, beStill, "I can bring Josh back, I'm passing Corbridge anyway.");
        re(12, "12:45", bernard, iaStill, "Thanks Ian, sorted then.");
        say(12, "19:00", woNotices, catriona, "Concert tomorrow at 7pm in Westmarch Minster. Parents on the teas "
                + "rota please be there by 6.");
        Post haConcert = say(15, "09:00", woChat, harriet, "What a concert on Saturday! Amara's solo made me cry.");
        re(15, "09:30", lucy, haConcert, "Elodie says the Sibelius was the best thing she's ever played.");
        re(15, "10:00", catriona, haConcert, "And thank you to everyone on the teas rota, we raised £212 for the tour "
                + "fund.");

        // W20
        say(15, "12:00", woNotices, catriona, "Tour forms: six families still need to return the medical page. The "
                + "form again: forms.example/wyo-tour-2032");
        re(16, "09:00", dominic, beReturn, "Sorry Bernard, missed this. Thanks for sorting it with Ian.");
        Post luGhic = say(16, "10:00", woTour, lucy, "Silly question: where do you apply for the GHIC card, and is it "
                + "free?");
        Post doGhicHelp = re(16, "10:30", dominic, luGhic, "Yes, free, on the NHS site. Ignore the ones that charge a "
                + "fee, Bernard put me right on that one.");
        re(16, "10:45", lucy, doGhicHelp, "Thanks Dominic!");
        Post haLesson = say(18, "20:00", woChat, harriet, "Amara had her first oboe lesson with Yasmin today and came "
                + "home glowing. Thanks for the tip, everyone.");
        re(18, "20:30", yasmin, haLesson, "She's a pleasure to teach.");
    }

    /** D. Adult Grade 8 and diploma candidates, with a theory tutor among them who marks mock papers. */
    private void candidates() {
        // W18
        say(1, "07:30", gdLog, conor, "Day 1 of the last six weeks. 90 minutes: Bach prelude hands separate at half "
                + "speed, the Chopin nocturne twice through, scales in thirds. Left hand still lazy in the Bach.");
        Post miLog = say(1, "20:00", gdLog, miriam, "45 minutes: long notes, the Weber first movement in sections, "
                + "and a lot of staring at the cadenza.");
        Post coStare = re(1, "20:30", conor, miLog, "Staring at the cadenza is a valid practice technique.");
        re(1, "20:45", miriam, coStare, "Glad someone agrees.");
        Post haSix = say(2, "10:00", gdTheory, hamid, "Grade 5 theory question: in compound time, why is 6/8 two "
                + "beats and not six? My book explains it but I still don't get it.");
        Post beSix = re(2, "10:30", beatrix, haSix, "Think of it as two big beats, each split into three. Clap two "
                + "beats and count one-and-a two-and-a. The top number counts the small notes, the beat is the "
                + "dotted crotchet.");
        re(2, "11:00", hamid, beSix, "Oh! Two big beats. That clicked, thanks.");
        Post grAcc = say(2, "13:00", gdExam, greta, "Can you bring your own accompanist to a Grade 8 singing exam, or "
                + "does the centre provide one?");
        Post coAcc = re(2, "13:30", conor, grAcc, "You bring your own. There's a collaborative pianists' network "
                + "that posts dates, and most teachers have someone they use.");
        re(2, "13:45", greta, coAcc, "Better get booking then. Thanks Conor.");
        say(3, "07:30", gdLog, conor, "75 minutes. The Bach left hand is finally behaving. Sight-reading a page a "
                + "day from an old hymn book, which is humbling.");
        Post haPapers = say(3, "19:00", gdLog, hamid, "Two past papers today, 78 and 81. The cadences section is "
                + "where I drop marks.");
        Post beCad = re(3, "19:30", beatrix, haPapers, "Cadences: find the last two chords in the bass first, then "
                + "name them. Perfect is V to I, imperfect ends on V. Most dropped marks come from reading the treble "
                + "first.");
        re(3, "19:45", hamid, beCad, "Bass first. Trying that on the next paper.");
        Post miReeds = say(5, "21:00", gdLog, miriam, "An hour. The Weber cadenza in four chunks. The reed situation "
                + "is grim, I'm going through the box for the one good one.");
        Post haReeds = re(5, "21:15", hamid, miReeds, "What reeds do you use? My daughter plays clarinet and hers "
                + "keep splitting.");
        Post miRotate = re(5, "21:30", miriam, haReeds, "Strength 3, but the trick is rotating four so none gets worn "
                + "out. And store them flat, not in the plastic sleeves.");
        re(5, "21:45", hamid, miRotate, "Flat, rotate four. Passing that on, thanks.");

        // W19: Beatrix advertises her mock marking twice; Miriam is away and said so
        say(8, "08:00", gdLog, conor, "90 minutes. Full run of the programme: 38 minutes, and it needs to be 35.");
        say(8, "20:00", gdLog, miriam, "Last practice before a week away with the Year 8 trip to York. Back Friday "
                + "night, no signal in the hostel, so don't worry if I go quiet.");
        say(9, "09:30", gdTheory, beatrix, "For anyone sitting the June theory paper: I mark mock papers with full "
                + "written feedback, £25 a paper, five slots left before 10 June. DM me or book at "
                + "beatrixtheory.example/mocks");
        say(9, "07:30", gdLog, conor, "80 minutes. Cut the repeats in practice runs to see where the time goes. It's "
                + "my slow Chopin.");
        Post haStore = say(10, "10:00", gdExam, hamid, "@Miriam Lindqvist do you keep your reeds in a case or just "
                + "on a bit of glass? My daughter wants to copy you exactly.");
        Post haEighty = say(10, "18:00", gdTheory, hamid, "Another past paper: 86! The cadences were all right this "
                + "time.");
        Post beEighty = re(10, "18:30", beatrix, haEighty, "Great jump, well done.");
        re(10, "18:45", hamid, beEighty, "Bass first did it. Thank you.");
        say(12, "11:00", gdExam, beatrix, "Mock-marking slots are going fast, three left at £25 before the June "
                + "paper: beatrixtheory.example/mocks");
        Post grBooked = say(12, "17:00", gdExam, greta, "Booked an accompanist for 18 June, with a rehearsal the week "
                + "before! Thanks for the pointer @Conor Halpin.");
        re(12, "17:30", conor, grBooked, "Brilliant, one less thing.");
        say(13, "07:30", gdLog, conor, "Programme run: 35 and a half minutes. Nearly there.");
        Post miBack = re(14, "10:00", miriam, haStore, "Back from York, sorry Hamid! A reed case with a flat glass "
                + "plate inside, about £15. Tell her to number them 1 to 4 so the rotation is easy.");
        re(14, "10:30", hamid, miBack, "Thanks Miriam, ordering one tonight.");

        // W20
        joins(15, "09:00", gdIntro, samuel);
        Post saHello = say(15, "09:10", gdIntro, samuel, "Hi all, Samuel, adult cellist sitting Grade 8 in late June "
                + "after a 20-year break. I post my practice videos here: youtube.example/@samuelcello");
        Post coHello = re(15, "09:40", conor, saHello, "Welcome Samuel! What's in your programme?");
        re(15, "10:00", samuel, coHello, "Elgar, first movement, a Bach sarabande and a Fauré piece.");
        re(15, "10:30", miriam, saHello, "Welcome! Lovely programme.");
        Post haMock = say(16, "12:00", gdTheory, hamid, "Does anyone here know someone who marks mock theory papers? "
                + "I've done every past paper and I want someone to pull mine apart.");
        Post beMock = re(16, "12:30", beatrix, haMock, "That's what I do! £25 a paper with written feedback, back "
                + "within three days: beatrixtheory.example/mocks");
        re(16, "13:00", hamid, beMock, "Booked for Thursday's paper.");
        Post saTempo = say(17, "08:00", gdLog, samuel, "First proper log. 60 minutes on the Elgar. Here's this "
                + "morning's run, could someone tell me if my opening is too slow? youtube.example/watch?v=elgar1");
        Post grTempo = re(17, "09:00", greta, saTempo, "Sounded lovely. Maybe a touch slow, the pulse sags in bar 6. "
                + "Mark a breath there?");
        Post saBar = re(17, "09:30", samuel, grTempo, "Good shout on bar 6, I'll push on. Thanks Greta. How's your "
                + "Schubert going?");
        re(17, "10:00", greta, saBar, "Much better since the breaths were marked!");
        Post coMock = say(18, "21:00", gdLog, conor, "Mock diploma recital at my teacher's church. Played to twelve "
                + "people, nerves everywhere, but it held together.");
        Post miMock = re(18, "21:15", miriam, coMock, "That's huge. Well done!");
        re(18, "21:20", samuel, coMock, "Congratulations, Conor.");
        re(18, "21:30", conor, miMock, "Thanks both.");
        Post miTomorrow = say(18, "08:00", gdExam, miriam, "Exam tomorrow at 11.40. Wish me luck.");
        re(18, "08:20", greta, miTomorrow, "Good luck!!");
        re(18, "08:30", hamid, miTomorrow, "You'll be brilliant.");
        Post miDone = say(19, "15:00", gdExam, miriam, "Done! The examiner was kind, the cadenza went well, one scale "
                + "wobble.");
        miDone.react("🎉", conor, greta, hamid, samuel);
    }

    /** E. Collaborative pianists: accompanists, and the candidates, teachers and organisers who book them. */
    private void accompanists() {
        // W18
        Post anFest = say(1, "10:00", cpBook, anwen, "Hello, I'm organising the Wyedale Music Festival, 12 to 14 "
                + "June. We need an official accompanist for the strings and woodwind classes on the Saturday, about "
                + "six hours. The fee is £220 plus travel. Is anyone free?");
        Post ruFest = re(1, "10:40", rupert, anFest, "I'm free on the 13th and I know the hall at Wyedale. Could you "
                + "send the class list so I can see the repertoire?");
        re(1, "11:00", anwen, ruFest, "Wonderful, I'll email it tonight. Thank you Rupert!");
        Post feReve = say(1, "15:00", cpScores, felix, "Fauré's Après un rêve for a low voice: is there a decent "
                + "edition in C minor, or does everyone just transpose?");
        Post ruReve = re(1, "15:30", rupert, feReve, "The Hamelle low-voice edition is in C minor, and its page turns "
                + "are kinder than most. Otherwise I transpose at sight, which is fine for exams.");
        re(1, "15:45", felix, ruReve, "Perfect, ordering the Hamelle.");
        Post joExam = say(2, "09:00", cpBook, joanna, "Grade 7 violin exam on 17 June in Hexley, morning slot. "
                + "Pieces: a Bach gavotte, Elgar's Salut d'amour and a Kabalevsky. Looking for an accompanist near "
                + "Hexley, with a rehearsal the week before.");
        Post elExam = re(2, "09:30", eleanor, joExam, "I'm in Hexley and free on the 17th. I charge £65 for the exam "
                + "plus a one-hour rehearsal beforehand. Happy to do it.");
        re(2, "09:50", rupert, joExam, "If Eleanor can't, I'm free too. Salut d'amour is lovely, take your time with "
                + "the rubato.");
        re(2, "10:15", joanna, elExam, "Yes please, Eleanor! I'll message you the details.");
        say(2, "10:30", dmEleanorJoanna, joanna, "Hi Eleanor, Joanna here. My exam is at 10.40 on the 17th. Could we "
                + "rehearse on the evening of the 10th?");
        say(2, "11:00", dmEleanorJoanna, eleanor, "The 10th at 7pm works. Send me a photo of any cuts your teacher "
                + "has marked in the Elgar.");
        say(2, "11:15", dmEleanorJoanna, joanna, "Will do, thank you!");
        Post elCover = say(4, "12:00", cpDeps, eleanor, "Can anyone cover a Grade 5 flute exam in Ryford on 9 June, "
                + "2pm? I'm double booked. The candidate is lovely and the pieces are standard list.");
        Post naCover = re(4, "12:30", nadia, elCover, "I can, send me the details.");
        re(4, "12:45", eleanor, naCover, "Thank you Nadia, sending now.");
        Post feBook = say(6, "16:00", cpBook, felix, "Three of my singing pupils have exams on 23 June in Ryford. "
                + "@Eleanor Voss we booked you for my pupils' exams last summer and they loved you, any chance you're "
                + "free again?");
        Post elBook = re(6, "16:30", eleanor, feBook, "I'd love to. The 23rd is free. Send me the pieces and times.");
        re(6, "16:45", felix, elBook, "Fantastic, thanks Eleanor.");

        // W19: Rupert hangs his practice-tracks link on his answers
        Post feMinor = say(9, "14:00", cpScores, felix, "Après un rêve update: my pupil wants it in B minor now. Can "
                + "you all transpose that at sight comfortably?");
        Post ruMinor = re(9, "14:30", rupert, feMinor, "B minor is friendly, it's mostly the arpeggios. Pencil the bass "
                + "note of each chord in and you're fine. By the way, my practice tracks cover this song in three "
                + "keys, £8 each: rupertplays.example/tracks");
        re(9, "15:00", felix, ruMinor, "Ha, thanks Rupert, the pencil trick will do for me.");
        Post anWarm = say(10, "10:00", cpBook, anwen, "Festival update: the warm-up room is open from 9am on the "
                + "Saturday. @Rupert Ainsley is that enough time before the first class at 10?");
        Post ruWarm = re(10, "10:30", rupert, anWarm, "Plenty, thanks. And if any of your entrants want to rehearse at "
                + "home first, my practice tracks are here, £8 a piece: rupertplays.example/tracks");
        re(10, "10:45", anwen, ruWarm, "Lovely, see you on the day.");
        Post joTempo = say(12, "12:00", cpScores, joanna, "What tempo do people take the Kabalevsky at? My teacher "
                + "says 120 but I can't keep the semiquavers clean that fast.");
        re(12, "12:30", rupert, joTempo, "Most candidates take it around 108, and nobody loses marks for that if it's "
                + "steady. My practice tracks also have it at three tempos, £8: rupertplays.example/tracks");
        Post elTempo = re(12, "13:00", eleanor, joTempo, "108 is fine, and I'd much rather follow a clean 108 than a "
                + "ragged 120. We'll try both at the rehearsal.");
        re(12, "13:15", joanna, elTempo, "Phew, thank you!");
        Post naWed = say(13, "20:00", cpDeps, nadia, "Anyone free on 19 June in Ryford, morning? It's my sister's "
                + "wedding and I can't believe I double booked it.");
        Post elWed = re(13, "20:20", eleanor, naWed, "I can take it.");
        re(13, "20:30", nadia, elWed, "You're a lifesaver.");

        // W20: Eleanor spends her week with fellow accompanists; the one request is taken within the hour
        Post elFees = say(15, "09:00", cpGreen, eleanor, "Fees question: what are people charging for festival days "
                + "now? I'm still at £200 and I suspect that's low.");
        re(15, "09:20", rupert, elFees, "£220 to £250 round here, plus travel.");
        Post naFees = re(15, "09:30", nadia, elFees, "I'm at £240 this year.");
        re(15, "09:45", eleanor, naFees, "Right, going up to £240 from September.");
        Post anDuet = say(15, "14:00", cpBook, anwen, "One more request: we need a page turner for the piano duet "
                + "class on the Sunday morning, two hours, £50.");
        Post naDuet = re(15, "14:30", nadia, anDuet, "I'll do it, happy to.");
        re(15, "14:45", anwen, naDuet, "Thank you Nadia!");
        Post ruCello = say(16, "10:00", cpDeps, rupert, "Can anyone take a Grade 3 cello exam in Hexley on 16 June, "
                + "afternoon?");
        Post elCello = re(16, "10:20", eleanor, ruCello, "I can, I'm in Hexley that day anyway.");
        re(16, "10:30", rupert, elCello, "Brilliant, thanks.");
        Post naTurn = say(16, "19:00", cpGreen, nadia, "Page-turn disaster stories please, I need cheering up.");
        re(16, "19:20", eleanor, naTurn, "A whole Schubert sonata slid off the stand in a diploma. I played the last "
                + "page from memory and prayed.");
        Post ruFan = re(16, "19:30", rupert, naTurn, "Mine involved an electric fan in a church in August.");
        re(16, "19:40", eleanor, ruFan, "Oh no. The fan.");
        Post elSwan = say(17, "11:00", cpScores, eleanor, "Has anyone got a clean edition of The Swan for cello and "
                + "piano? Mine has the pencil marks of three previous owners.");
        Post naSwan = re(17, "11:20", nadia, elSwan, "The Durand is clean and cheap.");
        re(17, "11:40", eleanor, naSwan, "Ordered, thanks Nadia.");
        Post elRecord = say(18, "20:00", cpGreen, eleanor, "Something that helped this week: I record the candidate "
                + "at the rehearsal on my phone and send it to them. They hear their own rubato and stop fighting "
                + "me.");
        re(18, "20:15", nadia, elRecord, "Stealing that.");
        re(18, "20:30", rupert, elRecord, "Same, it works every time.");
        Post elFree = say(19, "09:00", cpDeps, eleanor, "Free on 26 June if anyone needs a dep, anywhere within an hour "
                + "of Hexley.");
        Post naFree = re(19, "09:30", nadia, elFree, "I might have one for you, I'll know on Monday.");
        re(19, "09:45", eleanor, naFree, "Great, thanks.");
        Post elWrists = say(20, "21:00", cpGreen, eleanor, "Six exams in two days. Ice on the wrists tonight.");
        re(20, "21:15", rupert, elWrists, "Respect.");
    }

    /** F. Northvale Music Hub's peripatetic teachers (nobody sells), and a practice-app rep who turns up. */
    private void musicHub() {
        // W18
        Post maWeek1 = say(1, "07:45", nvTime, marguerite, "Week 1 timetables are on the shared drive. Two changes: "
                + "Kwame, St Cuthbert's moves to Wednesday afternoon; Siobhan, no lessons at Ravensfield on Thursday "
                + "because of the building work.");
        re(1, "08:15", kwame, maWeek1, "Wednesday's fine, thanks Marguerite.");
        joins(1, "08:30", nvLounge, petra);
        Post peHello = say(1, "08:40", nvLounge, petra, "Hello everyone! Petra, new woodwind and whole-class teacher, "
                + "starting today. Five schools and one very old Skoda.");
        Post leHello = re(1, "09:00", lena, peHello, "Welcome Petra! Another woodwind person, hooray. Shout if you "
                + "need anything.");
        re(1, "09:10", rhys, peHello, "Welcome. Top tip: the car park at Hollins Primary locks at 3.30 on the dot.");
        re(1, "09:30", petra, leHello, "Noted with fear. Thanks both!");
        Post peRec = say(2, "16:00", nvWcet, petra, "First whole-class recorder lesson tomorrow, Year 3, thirty of "
                + "them. Any tips for getting them to stop blowing so hard?");
        Post siRec = re(2, "16:30", siobhan, peRec, "Get them to warm their hands with the breath, like fogging a "
                + "window. Here's the week 1 plan I use, it has a breathing game in it: "
                + "northvalehub.example/plans/recorder-wk1");
        re(2, "16:45", rhys, peRec, "And hold a hand up for silence, don't talk over them. Thirty recorders will "
                + "win every time.");
        re(2, "17:00", petra, siRec, "Fogging a window, love it. Thank you!");
        Post maCover = say(3, "08:00", nvTime, marguerite, "Cover needed: Friday 30 April, Brookside Primary, 9 to "
                + "11am, Year 4 ukuleles. Any takers?");
        Post rhCover = re(3, "08:30", rhys, maCover, "I can, I'm next door at Hollins until 9.");
        re(3, "08:45", marguerite, rhCover, "Thanks Rhys, confirmed.");
        Post peFog = say(3, "15:30", nvWcet, petra, "Report back: the fogging trick worked! Only three squeakers out "
                + "of thirty.");
        re(3, "15:50", siobhan, peFog, "Three is a triumph.");
        Post kwParts = say(4, "19:00", nvEns, kwame, "Parts for the summer concert are in the ensembles folder. The "
                + "beginners' band is doing Mr Blue Sky, arranged for the brave.");
        Post leParts = re(4, "19:30", lena, kwParts, "The flute part is very high in the chorus. Can I take it down "
                + "an octave for the Grade 2s?");
        re(4, "19:45", kwame, leParts, "Yes, go for it. I'll mark it on the score.");
        Post peNose = say(6, "15:30", nvWcet, petra, "Recorder lesson two: a boy asked if he could play it through "
                + "his nose. What do I say?");
        Post rhNose = re(6, "15:45", rhys, peNose, "Not in my lesson, then move on fast.");
        re(6, "16:00", petra, rhNose, "Move on fast, got it.");

        // W19: Damian joins, posts his free trial twice and DMs the new teacher a demo
        say(9, "07:45", nvTime, marguerite, "Week 3 timetables are up. Reminder: SATs are next week, and most "
                + "primaries have no instrumental lessons Tuesday to Thursday.");
        Post leWarm = say(9, "17:00", nvWcet, lena, "Has anyone got a warm-up for Year 5 clarinets that isn't long "
                + "notes? They're bored stiff of long notes.");
        Post peWarm = re(9, "17:20", petra, leWarm, "I did call and response on the first three notes last week and "
                + "they loved it. Pass a rhythm round the room and let them invent one.");
        re(9, "17:40", lena, peWarm, "Oh good idea, thanks Petra.");
        joins(10, "09:00", nvWcet, damian);
        say(10, "09:05", nvWcet, damian, "Hi all, Damian from Practiscore. Our app tracks home practice for "
                + "whole-class groups and saves teachers hours of chasing. Free 30-day trial: "
                + "practiscore.example/trial");
        Post peOil = say(10, "16:00", nvWcet, petra, "Quick one for the brass people: do class-set cornets need valve "
                + "oil every week, or is that overkill?");
        Post kwOil = re(10, "16:30", kwame, peOil, "Every two weeks is plenty for a class set. Get the kids to do it, "
                + "they love it.");
        re(10, "16:45", petra, kwOil, "Kids doing it, genius. Thanks Kwame.");
        say(11, "10:00", dmDamianPetra, damian, "Hi Petra, saw your posts in first-access, sounds like you have big "
                + "classes. Could I book you in for a 15-minute demo this week? School licences are £120 a year: "
                + "practiscore.example/book");
        say(11, "12:30", dmDamianPetra, petra, "Hi Damian, thanks, but the hub chooses the software we use. You'd "
                + "need to ask Marguerite in the office.");
        Post maCover2 = say(11, "08:00", nvTime, marguerite, "Cover needed: Monday 17 May, Ravensfield, whole-class "
                + "brass, 1 to 3pm.");
        Post kwCover2 = re(11, "08:30", kwame, maCover2, "Mine. I've got their cornets in the van anyway.");
        re(11, "08:45", marguerite, kwCover2, "Perfect, thanks Kwame.");
        Post daTrial = say(12, "09:00", nvTime, damian, "Quick one: hub teachers can try Practiscore free for 30 "
                + "days, no card needed: practiscore.example/trial");
        re(12, "09:30", marguerite, daTrial, "Hi Damian, this channel is for timetables and cover. Software for the "
                + "hub goes through me, so please email the office rather than posting here.");
        Post rhCurry = say(13, "16:00", nvLounge, rhys, "Anyone fancy a hub teachers' curry after the summer concert?");
        re(13, "16:10", lena, rhCurry, "Yes!");
        re(13, "16:20", kwame, rhCurry, "In.");
        re(13, "16:30", petra, rhCurry, "Count me in.");

        // W20
        say(15, "07:45", nvTime, marguerite, "Week 4 timetables are up. The summer concert is Saturday 22 May at "
                + "Northvale Hall, call time 1pm for ensemble leaders.");
        Post rhTune = say(16, "19:00", nvWcet, rhys, "Ukulele question: a class set with a clip-on tuner takes me 12 "
                + "minutes. Anyone faster?");
        Post siTune = re(16, "19:20", siobhan, rhTune, "Tune them at the end of the lesson before. Left in the "
                + "cupboard they mostly hold overnight.");
        re(16, "19:30", rhys, siTune, "Why did I never think of that.");
        Post peBuns = say(17, "15:30", nvWcet, petra, "End of my third week: the recorder class played Hot Cross Buns "
                + "in tune for the first time. I nearly cried. Thank you all for the tips.");
        peBuns.react("🎉", siobhan, rhys, lena, kwame);
        re(17, "15:45", siobhan, peBuns, "That's the best feeling in the job.");
        Post maCover3 = say(19, "08:00", nvTime, marguerite, "Cover needed: Friday 21 May, Hollins Primary, "
                + "ukuleles, 9 to 10am.");
        Post peCover3 = re(19, "08:20", petra, maCover3, "I can take that one.");
        re(19, "08:30", marguerite, peCover3, "Thanks Petra, booked.");
    }

    /** G. Pads & Valves: woodwind and brass repairers, a parts supplier, and the players, parents and schools. */
    private void repairers() {
        // W18
        Post gwStuck = say(1, "09:00", pvBench, gwyneth, "Morning. Anyone got a good method for a mouthpiece that's "
                + "been stuck since, at a guess, 2019? The puller isn't shifting it.");
        Post alStuck = re(1, "09:30", alistair, gwStuck, "Gentle heat on the receiver with a hairdryer, not a torch, "
                + "then the puller again. Patience.");
        re(1, "09:45", gwyneth, alStuck, "Hairdryer, not a torch. I may have reached for the torch. Thanks.");
        Post maPads = say(1, "14:00", pvSale, matthias, "New stock of clarinet pads: skin and synthetic, all the "
                + "common sizes, £18 for a bag of 25. Samples on request if you're trying synthetic for the first "
                + "time.");
        Post ifSample = re(1, "14:30", ifeoma, maPads, "Could I have a sample of the synthetic ones? My tutor wants me "
                + "to try both.");
        Post maSample = re(1, "14:45", matthias, ifSample, "Of course, posting it tomorrow.");
        re(1, "15:00", ifeoma, maSample, "Thanks Matthias!");
        Post taValve = say(2, "10:00", pvAsk, tamara, "My son's trumpet third valve is stuck down after he dropped "
                + "the case. Is it fixable, and roughly what would a repair cost? We're near Leeds.");
        Post gwValve = re(2, "10:30", gwyneth, taValve, "Almost certainly a dent in the valve casing, so please don't "
                + "force it. It's usually a straightforward fix. I'm in Leeds and a casing dent is around £35 to £45, "
                + "but any brass repairer can do it.");
        Post taBring = re(2, "11:00", tamara, gwValve, "Thank you, that's a relief. Can I bring it in this week?");
        re(2, "11:20", gwyneth, taBring, "Of course, Tuesday to Saturday, 10 till 4.");
        Post coThanks = say(3, "09:00", pvSchools, corinne, "Thanks again @Alistair Penhaligon, we booked you for our "
                + "clarinet service day last July and they've played beautifully all year. I'll be in touch about "
                + "this summer.");
        re(3, "09:30", alistair, coThanks, "Lovely to hear, Corinne. Just let me know the dates.");
        Post ifFloat = say(3, "19:00", pvBench, ifeoma, "Apprentice question: I keep over-heating the shellac when I "
                + "float a new pad. How hot is too hot?");
        Post alFloat = re(3, "19:20", alistair, ifFloat, "Warm the cup, not the pad. If you can smell the pad, it's "
                + "too hot. Then check the seal all the way round with a strip of cigarette paper.");
        re(3, "19:40", ifeoma, alFloat, "Warm the cup. Trying it on the practice body tonight.");
        Post naSharp = say(4, "12:00", pvAsk, nathaniel, "Alto sax: the G sharp key sticks after I've played a while, "
                + "then pops open with a click. Is that the pad?");
        Post alSharp = re(4, "12:20", alistair, naSharp, "A classic sticky G sharp pad. Clean it with pad paper and a "
                + "drop of lighter fluid on a cloth, or have a repairer fit a non-stick pad there.");
        re(4, "12:40", ifeoma, naSharp, "We had one in the workshop last week. Cleaning it lasted a month, the new "
                + "pad fixed it for good.");
        re(4, "18:00", nathaniel, alSharp, "Cleaned it with pad paper and it's silent now. Thanks both!");

        // W19: Corinne asks Alistair to book the service days again and waits while he answers newcomers
        Post maRise = say(8, "09:00", pvBench, matthias, "Warning from my supplier: skin pads go up about 8% from "
                + "June. Order before then if you stock up.");
        re(8, "09:30", gwyneth, maRise, "Thanks for the warning, I'll put an order in.");
        re(8, "10:00", alistair, maRise, "Same here, I'll email you a list.");
        Post coAgain = say(9, "09:00", pvSchools, corinne, "@Alistair Penhaligon could we book you again for the week "
                + "of 24 May, before our summer concert? 14 clarinets and 6 flutes this time. Same arrangement as last "
                + "year, if you can.");
        Post taFlute = say(9, "10:00", pvAsk, tamara, "Me again: my daughter's flute squeaks on low D only. Is that "
                + "a pad as well?");
        Post alFlute = re(9, "10:30", alistair, taFlute, "Likely the foot joint pads, or the foot joint out of line. "
                + "Check the rod on the foot joint lines up with the middle of the D key.");
        re(9, "11:00", tamara, alFlute, "It was out of line! Fixed. Thank you Alistair.");
        Post naCork = say(10, "12:00", pvAsk, nathaniel, "My tenor sax neck cork is crumbling. Can I replace it "
                + "myself?");
        Post alCork = re(10, "12:30", alistair, naCork, "You can, but it's fiddly: sheet cork, contact cement, then "
                + "sand it to fit. Or any repairer will do it in twenty minutes.");
        re(10, "13:00", nathaniel, alCork, "I'll leave it to a pro, thanks.");
        re(11, "08:30", corinne, coAgain, "Hi @Alistair Penhaligon, sorry to chase, I need to confirm with the head "
                + "by Friday.");
        Post alBocal = say(11, "19:00", pvBench, alistair, "Anyone found a decent source of bassoon bocal corks?");
        Post maBocal = re(11, "19:20", matthias, alBocal, "I can get them, £4 each, minimum of ten.");
        re(11, "19:30", alistair, maBocal, "Perfect, add ten to my order.");
        Post taBack = say(12, "16:00", pvAsk, tamara, "Trumpet's back and the valve is perfect. Thank you "
                + "@Gwyneth Pugh!");
        taBack.react("❤️", gwyneth);
        Post ifSynth = say(12, "18:00", pvBench, ifeoma, "The synthetic pads were lovely to float, much more "
                + "forgiving with the heat. I'll be ordering a bag, Matthias.");
        re(12, "18:20", matthias, ifSynth, "Glad they suited you.");
        Post alSorry = re(13, "10:00", alistair, coAgain, "Corinne, so sorry for the slow reply. The week of 24 May "
                + "works, I'll come on the Tuesday and Wednesday. Same price as last year.");
        re(13, "10:30", corinne, alSorry, "Brilliant, thank you. Booking it in.");

        // W20
        Post ifQuote = say(15, "18:00", pvBench, ifeoma, "How do you price a full clarinet overhaul for a school? My "
                + "tutor's away and a school has asked me.");
        Post alQuote = re(15, "18:20", alistair, ifQuote, "Quote per instrument, not per day, schools prefer it. I'm "
                + "at £95 a clarinet for a full repad.");
        re(15, "18:30", gwyneth, ifQuote, "And add a line that parts are extra if the keywork is bent.");
        re(15, "18:45", ifeoma, alQuote, "Per instrument, parts extra. Thank you both!");
        say(17, "10:00", pvAsk, gwyneth, "gwynethbrass.example/summer-overhaul Summer overhaul slots are open: 15% "
                + "off a full brass overhaul booked before the end of June.");
        Post naDone = say(18, "17:00", pvAsk, nathaniel, "Neck cork replaced at Alistair's workshop and the sax sounds "
                + "brilliant. Thanks Alistair.");
        re(18, "17:30", alistair, naDone, "Glad it's sorted!");
        Post coConfirm = say(19, "12:00", pvSchools, corinne, "Confirmed with the head: see you on the 25th. The "
                + "instruments will be in the music block, room M2.");
        re(19, "12:30", alistair, coConfirm, "See you then.");
    }

    /** H. Little Notes: baby and toddler music class leaders, with the parents and nurseries who ask. */
    private void littleNotes() {
        // W18
        joins(2, "10:00", lnLounge, carys);
        Post caHello = say(2, "10:10", lnLounge, carys, "Hi all, Carys from Bridgend. Just finished my training and "
                + "starting my own baby music class in June. Terrified and excited!");
        Post brHello = re(2, "10:30", bronwen, caHello, "Welcome Carys! Best job in the world. What age are you "
                + "starting with?");
        re(2, "10:45", carys, brHello, "Babies, 0 to 12 months, in the community centre on Monday mornings.");
        re(2, "11:00", zara, caHello, "Welcome! Babies are the easiest crowd, they love everything.");
        Post naPenarth = say(3, "08:30", lnParents, natasha, "Hi, are there any baby music classes in Penarth on a "
                + "Thursday? My daughter's 10 months and loves anything with a beat.");
        re(3, "09:00", bronwen, naPenarth, "Not mine, I'm on the Cardiff side, but @Zara Whitlock runs classes in "
                + "Penarth.");
        Post zaPenarth = re(3, "09:20", zara, naPenarth, "Yes! Thursday 9.30 at the Paget Rooms for 0-1s. Come to a "
                + "free taster first.");
        re(3, "09:40", natasha, zaPenarth, "Lovely, we'll come this week.");
        Post caPrice = say(4, "14:00", lnLounge, carys, "How do you price a first term? I'm thinking £6 a class, "
                + "paid termly.");
        Post brPrice = re(4, "14:20", bronwen, caPrice, "£6 is about right for Bridgend. Do a free taster week, "
                + "people commit once they've tried it.");
        re(4, "14:30", zara, caPrice, "And a sibling discount. You'd be amazed how many twins you get.");
        re(4, "14:45", carys, brPrice, "Free taster week, sibling discount, noted. Thank you!");
        Post shNursery = say(5, "11:00", lnParents, shirin, "Nursery manager in Cardiff here. Would any of the "
                + "leaders do a weekly 30-minute music session at our nursery for 2 to 4 year olds, on a Wednesday "
                + "morning? And what would it cost?");
        Post brNursery = re(5, "11:30", bronwen, shNursery, "I'd love to. I do nursery sessions at £45 for 30 "
                + "minutes, props included, and Wednesday mornings are free from June.");
        Post shTaster = re(5, "12:00", shirin, brNursery, "That's within budget. Could you come for a taster on 2 "
                + "June?");
        re(5, "12:15", bronwen, shTaster, "Yes, 2 June pencilled in.");
        Post loDad = say(6, "13:00", lnParents, louis, "Dad on paternity leave with a 7 month old. Is it weird if I'm "
                + "the only dad at a baby music class? Asking for me.");
        Post caDad = re(6, "13:30", carys, loDad, "Not weird at all! Every class I trained in had at least one dad, "
                + "and the babies don't care who's singing.");
        re(6, "13:45", bronwen, loDad, "I've got three dads in my Tuesday class. You'll be fine.");
        re(6, "14:00", louis, caDad, "Okay, that's reassuring. Booking one.");

        // W19: Zara talks to the room about her classes all week; Bronwen talks shop with Carys
        say(8, "09:00", lnParents, zara, "New term of Tiny Tempo starts today in Penarth, Barry and Dinas Powys! "
                + "We've got classes for 0-1s, 1-2s and 2-4s, £7 a class. Book your place: tinytempo.example/book");
        Post brLycra = say(8, "10:00", lnLounge, bronwen, "Lycra question: how do you wash your stretchy band? Mine "
                + "is starting to smell of toddler.");
        Post caLycra = re(8, "10:20", carys, brLycra, "Cold wash inside a pillowcase, then dry it flat.");
        re(8, "10:40", bronwen, caLycra, "A pillowcase! Thanks Carys.");
        Post za100 = say(8, "13:00", lnLounge, zara, "We hit 100 families this spring, our biggest term ever. So proud "
                + "of our little team.");
        za100.react("🎉", carys);
        say(9, "09:00", lnParents, zara, "Our Tuesday 10am baby class in Barry has just 3 spaces left, £7 a class: "
                + "tinytempo.example/book");
        Post caCrab = say(9, "12:00", lnSongs, carys, "One I made up for the seaside theme: Crabby Walks Sideways, to "
                + "the tune of Frère Jacques. The kids walk like crabs in the chorus.");
        Post brCrab = re(9, "12:20", bronwen, caCrab, "Stealing this immediately.");
        re(9, "12:30", carys, brCrab, "Steal away!");
        say(9, "15:00", lnLounge, zara, "We've been asked to run the music tent at the Barry summer fair, can't quite "
                + "believe it.");
        Post naTaster = say(10, "08:00", lnParents, natasha, "@Zara Whitlock is the Thursday taster at the Paget "
                + "Rooms on this week? It'll be our first go.");
        re(10, "08:30", zara, naTaster, "Yes, 9.30, see you there!");
        Post caBooked = say(10, "11:00", lnLounge, carys, "My first proper booking! The community centre has "
                + "confirmed Mondays from 7 June.");
        Post brBooked = re(10, "11:20", bronwen, caBooked, "Wonderful! How many babies so far?");
        Post caEight = re(10, "11:30", carys, brBooked, "Eight booked already.");
        re(10, "11:45", bronwen, caEight, "Eight before you've even started is brilliant.");
        say(10, "14:00", lnLounge, zara, "Our new Dinas Powys venue is the church hall on Station Road. Lovely big "
                + "room and parking.");
        Post brShakers = say(11, "09:00", lnProps, bronwen, "Anyone got spare egg shakers? I need about ten for the "
                + "nursery sessions.");
        Post caShakers = re(11, "09:20", carys, brShakers, "I've a bag of 20 I over-ordered. £8 for ten?");
        re(11, "09:30", bronwen, caShakers, "Deal, thank you.");
        say(11, "12:00", lnParents, zara, "Our Wednesday 2-4s class is now running two sessions because of demand, "
                + "9.30 and 10.30.");
        say(11, "16:00", lnLounge, zara, "Training our third Tiny Tempo leader this month. We're growing so fast.");
        Post brSibs = say(12, "10:00", lnLounge, bronwen, "Do you let older siblings join baby classes in the "
                + "holidays, or does it get chaotic?");
        Post caSibs = re(12, "10:20", carys, brSibs, "I'd say yes, but give them a job, like handing out the "
                + "shakers.");
        re(12, "10:30", bronwen, caSibs, "Handing out shakers, they'd love that.");
        say(12, "14:00", lnParents, zara, "Half-term holiday specials coming soon at all our venues, watch this "
                + "space!");
        Post brFish = say(13, "19:00", lnSongs, bronwen, "Another for the seaside: Slippery Fish, with the stretchy "
                + "band as the whale. Words: nurseryrhymes.example/slippery-fish");
        re(13, "19:20", carys, brFish, "My niece loves this one!");
        say(13, "20:00", lnLounge, zara, "Filmed our first class video today, the babies were stars.");
        Post brName = say(14, "10:00", lnLounge, bronwen, "The taster at Shirin's nursery is confirmed for 2 June. "
                + "Any tips for 2 to 4s who've never done music before?");
        Post caName = re(14, "10:20", carys, brName, "Start with a hello song that sings everyone's name. They love "
                + "hearing their own name.");
        re(14, "10:40", bronwen, caName, "A name song, yes. Thank you!");
        say(14, "18:00", lnLounge, zara, "Thank you to all our families for a wonderful week. We love what we do.");

        // W20
        Post shTold = say(15, "09:00", lnParents, shirin, "Thank you @Bronwen Lewis. We've told two other nurseries "
                + "in our group about your sessions, so they might be in touch.");
        re(15, "09:30", bronwen, shTold, "That's so kind, Shirin, thank you!");
        Post naNct = say(17, "10:00", lnParents, natasha, "We've been to Zara's Thursday class twice now and my "
                + "daughter claps the moment she sees the parachute. I've told my NCT group all about it!");
        re(17, "10:30", zara, naNct, "That's made my day, thank you Natasha!");
        Post loSat = say(18, "19:00", lnParents, louis, "Back at work in June. Are there any Saturday classes in "
                + "Cardiff?");
        Post brSat = re(18, "19:30", bronwen, loSat, "Yes, I run a Saturday 9.30 at Roath library for 0 to 2s. Pop "
                + "along.");
        re(18, "19:45", louis, brSat, "Perfect, see you there.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes115Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 115");
    }
}
