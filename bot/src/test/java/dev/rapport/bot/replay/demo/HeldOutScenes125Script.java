package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 125 (sealed): eight communities of eyes and ears, opticians, hearing care and the trades that serve
 * them, of kinds no earlier round used (dispensing opticians, The Fitting Table, with a room where wearers ask, a
 * locum-days room and a dispenser who spends a week revising for her contact-lens exam in quiz evenings with fellow
 * dispensers while a wearer who bought her varifocals from her and another who asked her by name wait; prescription
 * lens lab and glazing technicians, Edge &amp; Glaze, with a room where practices post glazing work, a kit-for-sale
 * room and a lens lab's rep among them; handmade spectacle-frame makers, Hinge &amp; Temple, with a commissions room
 * where wearers ask, a showcase and a newcomer who asks for follows; an independent hearing centre's own server,
 * Clearwater Hearing, with its Staff and Clients, a newcomer and a client's DM; a tinnitus peer-support group,
 * Tinnitus Tea Room, where nobody sells; earmould technicians and independent hearing-aid repairers, Mould &amp; Tube,
 * with a room where audiologists and wearers ask and a new lab owner's DM pitch to a wearer; domiciliary opticians who
 * test in care homes and at home, Home Visit Eyecare Network, with a room where care homes and families ask and a kit
 * room; lipreading tutors, Read My Lips Tutors, with a room where learners and families ask, a class-listings room and
 * a learner's DM to a tutor), over three ISO weeks (2033-W05 to W07), written and labelled by writer125 (session 59)
 * before any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-125.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes125Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2033, 1, 31);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2033, 2, 21, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-125";
    private static final int BASE = 98000;

    // --- A. dispensing opticians ---
    private final String fitting = cast.guild(1531);
    private final Channel doLounge = cast.channel(fitting, "The Fitting Table", "dispensers-lounge",
            "dispensing opticians among ourselves: frames, fits, brands, exams and study", "do-dispensers-lounge.json");
    private final Channel doAsk = cast.channel(fitting, "The Fitting Table", "ask-a-dispenser",
            "wearers ask about glasses, lenses, fits and repairs; dispensers reply", "do-ask-a-dispenser.json");
    private final Channel doLocum = cast.channel(fitting, "The Fitting Table", "locum-days",
            "dispensers offer and look for locum days", "do-locum-days.json");
    private final Persona marnie = cast.person("marnie.achterberg", "Marnie Achterberg");
    private final Persona tomasz = cast.person("tomasz.lund", "Tomasz Lund");
    private final Persona priyanka = cast.person("priyanka.sethi", "Priyanka Sethi");
    private final Persona desmond = cast.person("desmond.okafor", "Desmond Okafor");
    private final Persona glenys = cast.person("glenys.parfitt", "Glenys Parfitt");
    private final Persona omari = cast.person("omari.blackwood", "Omari Blackwood");
    private final Persona ffion = cast.person("ffion.maddox", "Ffion Maddox");
    private final Persona horatio = cast.person("horatio.kemble", "Horatio Kemble");

    // --- B. lens lab and glazing technicians ---
    private final String edge = cast.guild(1532);
    private final Channel lgBench = cast.channel(edge, "Edge & Glaze", "bench-talk",
            "glazing and lab technicians among ourselves: edgers, tracers, breakages and remakes",
            "lg-bench-talk.json");
    private final Channel lgJobs = cast.channel(edge, "Edge & Glaze", "practice-jobs",
            "opticians' practices post glazing and lens work they need done; labs and glaziers reply",
            "lg-practice-jobs.json");
    private final Channel lgKit = cast.channel(edge, "Edge & Glaze", "kit-for-sale",
            "used edgers, tracers, blockers and spares for sale", "lg-kit-for-sale.json");
    private final Persona caspar = cast.person("caspar.neville", "Caspar Neville");
    private final Persona rhiannon = cast.person("rhiannon.tully", "Rhiannon Tully");
    private final Persona wendell = cast.person("wendell.ashcombe", "Wendell Ashcombe");
    private final Persona jago = cast.person("jago.pendarves", "Jago Pendarves");
    private final Persona beatrix = cast.person("beatrix.holloway", "Beatrix Holloway");
    private final Persona lorcan = cast.person("lorcan.devereux", "Lorcan Devereux");
    private final Persona ursula = cast.person("ursula.penrose", "Ursula Penrose");
    private final Persona nadia = cast.person("nadia.ferreira", "Nadia Ferreira");

    // --- C. handmade spectacle-frame makers ---
    private final String hinge = cast.guild(1533);
    private final Channel fmBench = cast.channel(hinge, "Hinge & Temple", "workbench",
            "frame makers among ourselves: acetate, horn, wood, hinges and tools", "fm-workbench.json");
    private final Channel fmCommissions = cast.channel(hinge, "Hinge & Temple", "commissions",
            "wearers ask about made-to-measure frames and repairs; makers reply", "fm-commissions.json");
    private final Channel fmShowcase = cast.channel(hinge, "Hinge & Temple", "showcase",
            "show your finished frames", "fm-showcase.json");
    private final Channel fmOff = cast.channel(hinge, "Hinge & Temple", "off-the-bench",
            "everything else", "fm-off-the-bench.json");
    private final Channel fmIntros = cast.channel(hinge, "Hinge & Temple", "introductions",
            "introduce yourself", "fm-introductions.json");
    private final Persona ilse = cast.person("ilse.varga", "Ilse Varga");
    private final Persona barnaby = cast.person("barnaby.quist", "Barnaby Quist");
    private final Persona clementine = cast.person("clementine.roux", "Clementine Roux");
    private final Persona halvard = cast.person("halvard.stene", "Halvard Stene");
    private final Persona sunniva = cast.person("sunniva.brekke", "Sunniva Brekke");
    private final Persona thaddeus = cast.person("thaddeus.moyo", "Thaddeus Moyo");
    private final Persona peregrine = cast.person("peregrine.oakes", "Peregrine Oakes");
    private final Persona amias = cast.person("amias.pell", "Amias Pell");

    // --- D. an independent hearing centre's own server ---
    private final String clearwater = cast.guild(1534);
    private final Role chStaff = cast.role("Staff", "#1f8b4c", 2);
    private final Role chClient = cast.role("Client", "#3498db", 1);
    private final Channel chNews = cast.channel(clearwater, "Clearwater Hearing", "clinic-news",
            "news from the clinic: opening hours, workshops, new services", "ch-clinic-news.json");
    private final Channel chAsk = cast.channel(clearwater, "Clearwater Hearing", "ask-the-clinic",
            "questions about your hearing, your aids and appointments; the team answers", "ch-ask-the-clinic.json");
    private final Channel chChat = cast.channel(clearwater, "Clearwater Hearing", "hearing-chat",
            "clients chat: tips, gadgets, life with hearing aids", "ch-hearing-chat.json");
    private final Channel chWelcome = cast.channel(clearwater, "Clearwater Hearing", "welcome",
            "welcome to Clearwater Hearing", "ch-welcome.json");
    private final Persona morwenna = cast.person("morwenna.steele", "Morwenna Steele", chStaff);
    private final Persona evander = cast.person("evander.berry", "Evander Berry", chStaff);
    private final Persona keziah = cast.person("keziah.amos", "Keziah Amos", chStaff);
    private final Persona reginald = cast.person("reginald.pratt", "Reginald Pratt", chClient);
    private final Persona cordelia = cast.person("cordelia.vane", "Cordelia Vane", chClient);
    private final Persona bartley = cast.person("bartley.quinn", "Bartley Quinn", chClient);
    private final Persona lettice = cast.person("lettice.ombwell", "Lettice Ombwell", chClient);
    private final Persona enid = cast.person("enid.hargreave", "Enid Hargreave");
    private final Channel chDm = cast.dm(bartley, "ch-dm-bartley-quinn.json");

    // --- E. a tinnitus peer-support group (nobody sells) ---
    private final String teaRoom = cast.guild(1535);
    private final Channel ttTea = cast.channel(teaRoom, "Tinnitus Tea Room", "tea-room",
            "chat, meetups and how we're doing", "tt-tea-room.json");
    private final Channel ttTips = cast.channel(teaRoom, "Tinnitus Tea Room", "coping-tips",
            "what helps: sleep, sound, stress", "tt-coping-tips.json");
    private final Channel ttGood = cast.channel(teaRoom, "Tinnitus Tea Room", "good-days",
            "share a good day", "tt-good-days.json");
    private final Persona hester = cast.person("hester.lomax", "Hester Lomax");
    private final Persona ambrose = cast.person("ambrose.kitchin", "Ambrose Kitchin");
    private final Persona delphine = cast.person("delphine.aubert", "Delphine Aubert");
    private final Persona cyrus = cast.person("cyrus.nazari", "Cyrus Nazari");
    private final Persona wilhelmina = cast.person("wilhelmina.stroud", "Wilhelmina Stroud");
    private final Persona godfrey = cast.person("godfrey.pask", "Godfrey Pask");

    // --- F. earmould technicians and hearing-aid repairers ---
    private final String mould = cast.guild(1536);
    private final Channel mtBench = cast.channel(mould, "Mould & Tube", "lab-bench",
            "earmould technicians and repairers among ourselves: resins, receivers, scanners, couriers",
            "mt-lab-bench.json");
    private final Channel mtRepairs = cast.channel(mould, "Mould & Tube", "repairs-ask",
            "audiologists and wearers ask about moulds, repairs and musicians' shells; members reply",
            "mt-repairs-ask.json");
    private final Channel mtIntros = cast.channel(mould, "Mould & Tube", "introductions",
            "say hello", "mt-introductions.json");
    private final Persona fenwick = cast.person("fenwick.sallow", "Fenwick Sallow");
    private final Persona auberon = cast.person("auberon.slade", "Auberon Slade");
    private final Persona imogen = cast.person("imogen.pardoe", "Imogen Pardoe");
    private final Persona zofia = cast.person("zofia.marchetti", "Zofia Marchetti");
    private final Persona elodie = cast.person("elodie.fairweather", "Elodie Fairweather");
    private final Persona marisol = cast.person("marisol.tennant", "Marisol Tennant");
    private final Persona gideon = cast.person("gideon.ackroyd", "Gideon Ackroyd");
    private final Channel mtDm = cast.dm(elodie, "mt-dm-elodie-fairweather.json");

    // --- G. domiciliary opticians ---
    private final String homeVisit = cast.guild(1537);
    private final Channel hvRound = cast.channel(homeVisit, "Home Visit Eyecare Network", "roundtable",
            "domiciliary optometrists and dispensers among ourselves: visits, forms, kit and care homes",
            "hv-roundtable.json");
    private final Channel hvHomes = cast.channel(homeVisit, "Home Visit Eyecare Network", "care-homes-ask",
            "care homes and families ask about eye tests at home; members reply", "hv-care-homes-ask.json");
    private final Channel hvKit = cast.channel(homeVisit, "Home Visit Eyecare Network", "kit-room",
            "portable kit bought and sold", "hv-kit-room.json");
    private final Persona lavinia = cast.person("lavinia.crouch", "Lavinia Crouch");
    private final Persona tancred = cast.person("tancred.bell", "Tancred Bell");
    private final Persona yolanda = cast.person("yolanda.pike", "Yolanda Pike");
    private final Persona eldon = cast.person("eldon.marsh", "Eldon Marsh");
    private final Persona osric = cast.person("osric.hallam", "Osric Hallam");
    private final Persona agatha = cast.person("agatha.brum", "Agatha Brum");
    private final Persona mervyn = cast.person("mervyn.tuck", "Mervyn Tuck");
    private final Persona sorcha = cast.person("sorcha.mulvey", "Sorcha Mulvey");

    // --- H. lipreading tutors ---
    private final String lips = cast.guild(1538);
    private final Channel lrTutors = cast.channel(lips, "Read My Lips Tutors", "tutors-room",
            "lipreading tutors among ourselves: exercises, syllabus, groups", "lr-tutors-room.json");
    private final Channel lrLearners = cast.channel(lips, "Read My Lips Tutors", "learners-ask",
            "learners and their families ask about lipreading and classes; tutors reply", "lr-learners-ask.json");
    private final Channel lrListings = cast.channel(lips, "Read My Lips Tutors", "class-listings",
            "tutors: post your classes and courses here", "lr-class-listings.json");
    private final Persona carys = cast.person("carys.wynne", "Carys Wynne");
    private final Persona ottoline = cast.person("ottoline.burke", "Ottoline Burke");
    private final Persona gwilym = cast.person("gwilym.price", "Gwilym Price");
    private final Persona seraphina = cast.person("seraphina.hale", "Seraphina Hale");
    private final Persona norbert = cast.person("norbert.quayle", "Norbert Quayle");
    private final Persona rosheen = cast.person("rosheen.doherty", "Rosheen Doherty");
    private final Persona ezra = cast.person("ezra.calder", "Ezra Calder");
    private final Channel lrDm = cast.dm(rosheen, "lr-dm-rosheen-doherty.json");

    private HeldOutScenes125Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        dispensers();
        glaziers();
        frameMakers();
        hearingCentre();
        tinnitus();
        mouldLab();
        homeVisits();
        lipreading();
    }

    private void dispensers() {
        // W05
        Post prExam = say(1, "09:10", doLounge, priyanka, "Morning all. Who's sitting the contact lens practical "
                + "this month? The college has put the dates up.");
        re(1, "09:40", marnie, prExam, "Me! The 14th. Terrified of the slit lamp station.");
        re(1, "10:05", tomasz, prExam, "I'm the 15th. We should do some practice questions together nearer the "
                + "time.");
        Post ffCoat = say(2, "09:30", doAsk, ffion, "Is it worth paying extra for an anti-reflection coating on my "
                + "first pair of glasses? The shop quoted £45 for it.");
        Post maCoat = re(2, "10:10", marnie, ffCoat, "For most people yes: fewer reflections at night when driving, "
                + "and people see your eyes instead of the glare. If it's a basic pair you only read with, you can "
                + "skip it.");
        re(2, "10:30", ffion, maCoat, "That's really helpful, thank you. I drive a lot so I'll get it.");
        say(2, "14:00", doLocum, marnie, "Two Saturdays free in February for locum dispensing, the 5th and the "
                + "19th, anywhere within an hour of Hexham. Usual day rate, message me.");
        Post hoKids = say(3, "09:30", doAsk, horatio, "My son is 6 and keeps snapping his glasses. Are the bendy "
                + "frames any good or a gimmick?");
        Post deKids = re(3, "10:00", desmond, hoKids, "Not a gimmick! The flexible ones with sprung hinges survive "
                + "a lot. Ask for curl sides that wrap behind the ears, so they don't slide off when he runs.");
        re(3, "10:20", horatio, deKids, "Curl sides, noted. Thanks Desmond.");
        Post maPoly = say(3, "10:25", doAsk, marnie, "And ask for polycarbonate lenses for him, they don't "
                + "shatter.");
        re(3, "10:40", horatio, maPoly, "Will do, cheers both.");
        Post toReps = say(3, "13:00", doLounge, tomasz, "Anyone else had a frame rep push a minimum order of 30 on "
                + "them this year? Ours just doubled it.");
        re(3, "13:25", priyanka, toReps, "Ours too. We dropped two brands over it.");
        re(3, "13:40", desmond, toReps, "We've gone with the independents that'll do 10. Fewer frames, but they "
                + "actually sell.");
        Post toMarch = say(4, "11:00", doLocum, tomasz, "Looking for a DO for Tuesdays in March, Durham. Anyone?");
        re(4, "11:30", priyanka, toMarch, "I might know someone, I'll ask her to message you.");
        Post ffVari = say(4, "15:00", doAsk, ffion, "Second question, sorry! What's the difference between the £90 "
                + "varifocals and the £300 ones?");
        Post maVari = re(4, "15:30", marnie, ffVari, "The cheaper ones have narrower clear zones for reading and "
                + "middle distance, so you move your head more. Freeform designs are wider and easier to get used "
                + "to. For a first pair, go mid-range rather than the cheapest.");
        re(4, "15:50", ffion, maVari, "Makes sense. Thank you Marnie!");
        Post maBank = say(5, "10:00", doLounge, marnie, "Question bank's arrived. 400 questions and I've done 12.");
        re(5, "10:15", desmond, maBank, "You'll fly through it.");
        Post omSpare = say(6, "12:00", doAsk, omari, "Where's the best place to get a spare pair cheap? Is online "
                + "any good?");
        Post prSpare = re(6, "12:40", priyanka, omSpare, "Fine for single vision if you know your PD. For varifocals "
                + "get them fitted in person, the heights matter.");
        re(6, "13:00", omari, prSpare, "Good to know, thanks.");
        // W06: Marnie revises with fellow dispensers every evening while two wearers wait for her
        Post glBlur = say(8, "09:00", doAsk, glenys, "@Marnie Achterberg I bought my varifocals from you at Pennant "
                + "last spring and the bottom of the left lens has gone blurry for reading. Is it the fit or my "
                + "eyes changing?");
        Post maQ1 = say(8, "19:30", doLounge, marnie, "Revision night 1. A -4.00 myope swaps contact lenses for "
                + "specs of the same power. More or less accommodation at near?");
        Post toQ1 = re(8, "19:45", tomasz, maQ1, "Less with specs. Myopes accommodate less through spectacles than "
                + "through contacts.");
        re(8, "19:55", marnie, toQ1, "Correct! Next: what's the usual first lens for a keratoconus fit?");
        Post prQ2 = say(8, "20:10", doLounge, priyanka, "RGP, and be ready to refer for a scleral if it won't "
                + "centre.");
        re(8, "20:20", marnie, prQ2, "Yes. I keep saying soft toric in my head.");
        Post omPad = say(9, "11:00", doAsk, omari, "@Marnie Achterberg you told Ffion about coatings last week so "
                + "maybe you'll know: one of my nose pads has come off completely. Can I glue it back or do I need "
                + "a new frame?");
        Post maQ3 = say(9, "20:00", doLounge, marnie, "Night 2, solutions. Which preservative is most often behind a "
                + "reaction to multipurpose solution?");
        Post deQ3 = re(9, "20:12", desmond, maQ3, "PHMB? Or is that an old question?");
        re(9, "20:30", marnie, deQ3, "PHMB's in the answer key, but the newer papers accept polyquad too.");
        Post toQ3 = re(9, "20:35", tomasz, maQ3, "I'd have said thiomersal, which shows how old my notes are.");
        re(9, "20:45", marnie, toQ3, "Ha! Your notes are from the era of saline tablets.");
        Post ffCurve = say(10, "12:00", doAsk, ffion, "Is it normal for new glasses to make the floor look curved "
                + "for a few days?");
        Post deCurve = say(10, "12:30", doAsk, desmond, "Ffion, yes, that's normal with a new prescription, "
                + "especially with astigmatism. Give it a week; if it's still curved, go back and have them check "
                + "the centring.");
        re(10, "12:50", ffion, deCurve, "Phew. Thanks Desmond.");
        Post maQ4 = say(11, "19:30", doLounge, marnie, "Night 3: tear film. What's a normal NIBUT in seconds?");
        Post prQ4 = re(11, "19:50", priyanka, maQ4, "Over 10 is fine, under 5 is dry.");
        re(11, "20:00", marnie, prQ4, "Got it. And tear meniscus height?");
        say(11, "20:10", doLounge, priyanka, "Around 0.2 mm, and look at both eyes before you decide.");
        Post toMock = say(12, "10:00", doLounge, tomasz, "Just done mock paper 2 and got 61%. Pass mark's 60.");
        Post maMock = re(12, "10:20", marnie, toMock, "That's a pass! I got 58 on paper 1, so we're in the same "
                + "boat. Slit lamp grading tonight?");
        re(12, "10:40", tomasz, maMock, "Yes, 8pm.");
        Post maQ5 = say(13, "19:00", doLounge, marnie, "Last night before the exam: a soft toric rotates 10 degrees "
                + "to the left. Which way do you compensate?");
        Post deQ5 = re(13, "19:15", desmond, maQ5, "LARS: left add, right subtract. So add 10 to the axis.");
        re(13, "19:30", marnie, deQ5, "Thank you all for these evenings, far more use than the question bank.");
        // W07
        Post maGl = re(15, "08:30", marnie, glBlur, "Glenys, I'm so sorry this sat for a week, I was buried in "
                + "revision for an exam. Blur at the bottom of one lens usually means the frame has dropped on that "
                + "side, so you're reading through the wrong part. Pop into Pennant and I'll re-set it, no charge.");
        Post maOm = re(15, "08:35", marnie, omPad, "Omari, sorry for the wait! Don't glue it: the pad clips or "
                + "screws onto a little arm, and any optician can fit a new one in two minutes, usually for free.");
        re(15, "10:00", glenys, maGl, "Thank you! Good luck with the exam.");
        re(15, "11:00", omari, maOm, "Brilliant, I'll drop in on Saturday.");
        Post maDone = say(16, "18:00", doLounge, marnie, "Exam done. Slit lamp station went fine, I think I mixed up "
                + "two grading scales.");
        re(16, "18:20", priyanka, maDone, "You'll be fine. Well done for getting through it!");
        Post hoBack = say(17, "09:00", doAsk, horatio, "Back again: the bendy frames worked, no breakages in a "
                + "fortnight. Any tips for getting him to keep them on at school?");
        Post maBand = re(17, "09:30", marnie, hoBack, "Great news! A band at the back for PE, and let him choose "
                + "the colour of the next pair. Kids who choose them wear them.");
        re(17, "09:50", horatio, maBand, "He wants green. Thanks Marnie.");
        Post deMorpeth = say(18, "12:00", doLocum, desmond, "Anyone free on Thursday the 24th in Morpeth?");
        re(18, "12:30", tomasz, deMorpeth, "I can do that one.");
        say(20, "17:00", doLounge, tomasz, "Results in six weeks apparently. Long six weeks.");
        Post ffSun = say(20, "11:00", doAsk, ffion, "Are clip-on sunglasses a bad idea with varifocals?");
        Post prSun = re(20, "11:40", priyanka, ffSun, "They work, but they sit a bit further from your eyes, so the "
                + "reading part feels smaller. Prescription sunglasses are nicer if you can stretch to them.");
        re(20, "12:00", ffion, prSun, "I'll try the clip-ons first then. Thanks Priyanka.");
    }

    private void glaziers() {
        // W05
        Post caChip = say(1, "08:50", lgBench, caspar, "Edger's been chipping the front edge on 1.67 all week. New "
                + "wheel in January. Anyone else?");
        Post rhChip = re(1, "09:20", rhiannon, caChip, "Check the pressure setting for high index. Ours reset itself "
                + "to CR39 after the software update and chipped everything.");
        re(1, "09:45", caspar, rhChip, "That was it, the update reset the material profiles. You're a star.");
        Post beLudlow = say(1, "14:00", lgJobs, beatrix, "Practice in Ludlow looking for a glazing service for "
                + "about 40 jobs a month, mostly full-rim single vision, some supras. Who covers Shropshire?");
        Post caLudlow = re(1, "14:40", caspar, beLudlow, "I do, courier twice a week. Glazing from £9 a pair "
                + "full-rim, £12 supra, 3-day turnaround. Happy to do a trial batch.");
        re(1, "15:00", beatrix, caLudlow, "Sounds good. I'll send five next week to try.");
        say(2, "10:00", lgBench, wendell, "Big news from Brightcut Lenses: our new freeform varifocal is out, digital "
                + "surfacing, 1.74 in 4 days. 20% off your first trade order this month: "
                + "https://brightcut.example/trade");
        Post jaTracer = say(2, "10:40", lgBench, jago, "Anyone know if the old Nidek tracers can read a nylor groove "
                + "properly?");
        Post rhTracer = re(2, "11:00", rhiannon, jaTracer, "The LT ones can't. The later ones can, with the firmware "
                + "update.");
        re(2, "11:15", jago, rhTracer, "Mine's an LT. Figures. Thanks.");
        Post loRim = say(3, "09:30", lgJobs, lorcan, "Optometrist here. Does anyone still drill rimless for "
                + "patients' own frames? A patient wants new lenses in her 1990s rimless.");
        Post rhRim = re(3, "09:50", rhiannon, loRim, "We do, but old rimless screws strip easily. Send the frame with "
                + "a spare set of screws if she has one.");
        re(3, "10:10", lorcan, rhRim, "I'll ask her. Thanks.");
        say(4, "10:30", lgBench, wendell, "Reminder: Brightcut trade accounts are open, 20% off your first order, we "
                + "surface, glaze and ship the same week! https://brightcut.example/trade");
        say(4, "11:00", lgKit, jago, "For sale: Essilor Kappa tracer-edger, 2016, serviced in November, £2,800 "
                + "collected from Truro. Photos on request.");
        Post urRimless = say(5, "10:00", lgJobs, ursula, "We've got 8 pairs of rimless needing glazing by the 14th, "
                + "any takers? Sheffield.");
        Post caRimless = re(5, "10:30", caspar, urRimless, "I could do them if you can courier them to me by "
                + "Wednesday. £14 a pair for drill mounts.");
        re(5, "11:00", ursula, caRimless, "Deal. Sending Tuesday.");
        Post caCord = say(5, "14:00", lgBench, caspar, "Anyone got a good supplier for black nylon supra cord? Mine's "
                + "gone brittle.");
        Post jaCord = re(5, "14:30", jago, caCord, "Try the place in Leeds that sells it by the reel, much better "
                + "than the packets.");
        re(5, "14:45", caspar, jaCord, "Ordering a reel, cheers.");
        Post rhRemake = say(6, "11:00", lgBench, rhiannon, "Remake rate this month: 3%. Lowest ever. Thanks to "
                + "whoever told me to check axis marks before blocking.");
        re(6, "11:30", caspar, rhRemake, "That was me! Nice one.");
        // W06
        Post beTrial = say(8, "10:00", lgJobs, beatrix, "Five trial jobs came back from @Caspar Neville, all "
                + "perfect. Sending the rest from now on.");
        re(8, "10:20", caspar, beTrial, "Thanks Beatrix, glad they were right.");
        joins(9, "09:00", lgJobs, nadia);
        Post naQuotes = say(9, "10:30", lgJobs, nadia, "New practice owner in Bath. Looking for quotes for glazing, "
                + "and for a lab that does 1.74 freeform. Prices please!");
        re(9, "11:00", caspar, naQuotes, "Hi Nadia, welcome! Glazing from £9 full-rim, £12 supra, £14 drill mount. I "
                + "don't surface lenses myself, though.");
        Post weQuotes = re(9, "11:20", wendell, naQuotes, "Brightcut does 1.74 freeform in 4 days, the trade price "
                + "list is here: https://brightcut.example/trade");
        re(9, "12:00", nadia, weQuotes, "Thanks both, I'll open an account with Brightcut and send the glazing to "
                + "Caspar.");
        Post jaPads = say(10, "13:00", lgBench, jago, "@Rhiannon Tully how did you get your blocking pads to stop "
                + "slipping on the hydrophobic coatings?");
        Post rhPads = say(10, "13:10", lgBench, rhiannon, "Jago, the thicker blue pads, and a 10-second press before "
                + "you block. Haven't lost one since.");
        re(10, "13:30", jago, rhPads, "Ordering some. Cheers.");
        Post weForm = say(11, "09:00", lgBench, wendell, "Question for the bench: do you prefer lenses uncut with "
                + "the layout marks, or pre-edged? We're redoing our ordering form.");
        re(11, "09:30", caspar, weForm, "Uncut with marks. Pre-edged is always a whisker off on my frames.");
        Post rhForm = re(11, "09:45", rhiannon, weForm, "Same, uncut.");
        re(11, "10:00", wendell, rhForm, "Thanks both, that's clear.");
        Post jaPrice = say(12, "09:00", lgKit, jago, "Tracer-edger now £2,500. Someone come and take it before I need "
                + "the space.");
        Post caDrill = re(12, "09:20", caspar, jaPrice, "Would it do drill mounts?");
        re(12, "09:40", jago, caDrill, "No drill, full-rim and supra only.");
        Post urBack = say(12, "15:00", lgJobs, ursula, "Rimless came back beautifully, thank you Caspar. The "
                + "patient was delighted.");
        re(12, "15:20", caspar, urBack, "Good to hear!");
        Post loTint = say(13, "11:00", lgJobs, lorcan, "Who does graduated tints to match an old pair? Patient wants "
                + "the exact brown she had ten years ago.");
        Post rhTint = re(13, "11:40", rhiannon, loTint, "Send the old pair with the job and we'll match it by eye. "
                + "Graduated brown is one of the easier ones.");
        re(13, "12:00", lorcan, rhTint, "Perfect, will do.");
        // W07
        Post loBack = say(15, "10:00", lgJobs, lorcan, "Patient's rimless are back with new lenses and no stripped "
                + "screws. Thanks @Rhiannon Tully for the spare-screw tip.");
        re(15, "10:20", rhiannon, loBack, "Brilliant.");
        Post caPower = say(16, "09:00", lgBench, caspar, "Two edger faults in one week. I'm starting to think the "
                + "power supply in this unit is dodgy.");
        Post rhPower = re(16, "09:30", rhiannon, caPower, "Get an electrician to check the earth. We had the same "
                + "and it was the socket.");
        re(16, "09:45", caspar, rhPower, "Good shout, booking one.");
        Post beWrap = say(17, "11:00", lgJobs, beatrix, "Does anyone glaze sports wraps? A patient wants "
                + "prescription cycling glasses, 8-base curve.");
        Post weWrap = re(17, "11:30", wendell, beWrap, "We do 8-base wraps at Brightcut with the wrap compensation "
                + "worked out for you. I'd send the frame to us.");
        re(17, "11:50", beatrix, weWrap, "Perfect, will do.");
        say(18, "16:00", lgKit, jago, "Tracer-edger sold! Thanks for the bumps.");
        Post weVan = say(19, "10:00", lgBench, wendell, "@Caspar Neville fancy sharing a courier run to the south "
                + "west? Our van's half empty on Thursdays.");
        re(19, "10:30", caspar, weVan, "Yes, let's. I'll ring you Monday.");
        Post naFirst = say(20, "10:00", lgJobs, nadia, "First month done. Lenses from Brightcut and glazing from "
                + "Caspar, not a single remake. Thank you both.");
        re(20, "10:30", caspar, naFirst, "Great start, Nadia!");
    }

    private void frameMakers() {
        // W05
        Post ilBend = say(1, "10:00", fmBench, ilse, "Anyone found a better way to heat-bend acetate temples than "
                + "the salt pan? Mine keeps scorching the tips.");
        Post clBend = re(1, "10:30", clementine, ilBend, "A frame warmer on the low setting and patience. Salt's too "
                + "fierce for the thin Italian sheets.");
        re(1, "10:50", ilse, clBend, "I'll borrow my optician's warmer. Thanks.");
        Post thWide = say(2, "12:00", fmCommissions, thaddeus, "I've got a very wide head, 158 mm across the temples, "
                + "and nothing off the shelf fits. Do any of you make frames to measure?");
        Post ilWide = re(2, "12:30", ilse, thWide, "I do, and so do most of us here. We'd take your head width, "
                + "temple length and bridge, and make the front wider with longer sides. Usually 6-8 weeks.");
        Post thSite = re(2, "12:45", thaddeus, ilWide, "That sounds ideal. Do you have a website I can look at?");
        Post ilSite = re(2, "13:00", ilse, thSite, "Yes, it's all at https://vargaframes.example, the made-to-measure "
                + "page explains the fitting.");
        re(2, "13:30", thaddeus, ilSite, "Lovely work. I'll book a fitting.");
        say(3, "10:00", fmBench, barnaby, "New batch of buffalo-horn frames just finished, six of them, all in the shop "
                + "now: https://quistframes.example/new");
        say(3, "10:05", fmShowcase, barnaby, "Buffalo horn, six new frames, in the shop now: "
                + "https://quistframes.example/new");
        say(3, "10:12", fmOff, barnaby, "In case you missed it, the new horn frames just went up: "
                + "https://quistframes.example/new");
        Post haSilmo = say(3, "11:00", fmOff, halvard, "Anyone going to the Silmo fair this year?");
        re(3, "11:20", clementine, haSilmo, "Maybe, if I sell enough this spring.");
        Post haRivet = say(4, "09:00", fmBench, halvard, "Rivet pins keep splitting my 6 mm acetate. Drill bigger or "
                + "go slower?");
        Post ilRivet = re(4, "09:30", ilse, haRivet, "Slower, peck-drill, and countersink the front a touch. Bigger "
                + "just loosens the hinge.");
        re(4, "09:50", halvard, ilRivet, "Peck drilling, got it. Thanks.");
        say(5, "09:00", fmBench, barnaby, "Only two of the horn frames left! https://quistframes.example/new");
        Post clTort = say(5, "11:00", fmShowcase, clementine, "Finished this tortoiseshell acetate round frame for a "
                + "customer yesterday, hand-polished over three days.");
        re(5, "11:20", ilse, clTort, "That polish is unreal.");
        Post baHinge = re(5, "11:40", barnaby, clTort, "Lovely shape. Is that a 5-barrel hinge?");
        re(5, "12:00", clementine, baHinge, "7-barrel, a bit heavier but worth it.");
        Post peCrack = say(6, "15:00", fmCommissions, peregrine, "My grandfather's horn frames have a crack across "
                + "the bridge. Can they be repaired, or is that it?");
        Post clCrack = re(6, "15:30", clementine, peCrack, "Horn can often be pinned and filled if the crack doesn't "
                + "go right through. Send a photo of both sides and I'll say.");
        re(6, "16:00", peregrine, clCrack, "Thank you, I'll photograph them tonight.");
        // W06
        joins(8, "09:00", fmIntros, sunniva);
        Post suHi = say(8, "09:30", fmIntros, sunniva, "Hi all! I'm Sunniva, I've just started making wooden frames in "
                + "Bergen after a furniture course. You'll find me on Instagram as sunniva.frames.");
        Post ilHi = re(8, "10:00", ilse, suHi, "Welcome Sunniva! Wooden frames are hard, respect. Which woods?");
        re(8, "10:20", sunniva, ilHi, "Walnut and birch so far, laminated. Thanks for the welcome!");
        say(9, "11:00", fmShowcase, sunniva, "Please follow my Instagram and like my latest reel, I'm trying to get "
                + "to 1,000 followers this month! Every follow helps https://instagram.example/sunniva.frames");
        Post pePhotos = say(9, "14:00", fmCommissions, peregrine, "@Clementine Roux photos as promised, front and "
                + "back. The crack goes about two thirds of the way through.");
        Post clFix = re(9, "14:30", clementine, pePhotos, "Good news, that's fixable. Pinning plus a horn-dust fill, "
                + "about £60 and two weeks. Post them to me if you'd like it done.");
        re(9, "14:50", peregrine, clFix, "Yes please, posting Monday.");
        Post haSpring = say(10, "10:00", fmBench, halvard, "Does anyone bother with spring hinges on acetate? "
                + "Customers ask, but I think they look clunky.");
        re(10, "10:30", barnaby, haSpring, "I only fit them on request. The customers who ask usually have kids.");
        re(10, "10:45", ilse, haSpring, "Same, on request. The new flat ones look much better though.");
        say(11, "12:00", fmOff, sunniva, "Hey everyone, if you haven't yet, please follow me on Instagram, it would "
                + "mean so much! https://instagram.example/sunniva.frames");
        Post amNarrow = say(11, "16:00", fmCommissions, amias, "Do any makers do small frames for a narrow face? "
                + "Kids' sizes fit me better than adults'.");
        Post baNarrow = re(11, "16:30", barnaby, amNarrow, "I make a 44 eye size in horn and acetate. Kids' frames "
                + "have short sides, so a made-to-size adult frame fits better.");
        re(11, "16:50", amias, baNarrow, "44 sounds right. Thanks!");
        Post clSheet = say(12, "10:00", fmBench, clementine, "Acetate sheet prices are up 18% from my supplier. "
                + "Anyone found a cheaper source in the EU?");
        re(12, "10:30", halvard, clSheet, "Mine's up too. There's a co-op in Lyon I've been meaning to try.");
        say(13, "11:00", fmOff, ilse, "Snow day here. The workshop's freezing, so I'm polishing by the stove.");
        // W07
        Post suPolish = re(15, "10:00", sunniva, clTort, "@Clementine Roux this is so clean. How do you get the "
                + "polish that deep?");
        Post clPolish = re(15, "10:30", clementine, suPolish, "Three stages, finishing with a soft mop and a lot of "
                + "patience. Happy to show you on a call some time.");
        re(15, "10:45", sunniva, clPolish, "I'd love that, thank you!");
        Post haWood = say(16, "09:00", fmBench, halvard, "Trying laminated wood temples for the first time. Any "
                + "tips?");
        Post suWood = re(16, "09:30", sunniva, haWood, "I laminate three 1 mm veneers with the middle grain crossed, "
                + "and use epoxy, not PVA. Happy to send photos of my jig.");
        re(16, "09:50", halvard, suWood, "That's exactly what I needed, thanks Sunniva.");
        Post thFit = say(17, "12:00", fmCommissions, thaddeus, "Fitting done with Ilse and the frame's in progress. "
                + "I've told my brother about her, he has the same giant head.");
        re(17, "12:30", ilse, thFit, "Thank you Thaddeus! Always happy to fit the family.");
        say(18, "10:00", fmBench, barnaby, "Horn frames sold out. Thanks to everyone who passed them on.");
        Post haStand = say(19, "14:00", fmOff, halvard, "Booked Silmo. Anyone want to share a stand?");
        re(19, "14:30", clementine, haStand, "Maybe! Let's talk numbers.");
        Post peBack = say(20, "10:00", fmCommissions, peregrine, "@Clementine Roux the frames came back this "
                + "morning and you can't see where the crack was. My mother cried.");
        re(20, "10:20", clementine, peBack, "That's the best thing I've read all week. Thank you for trusting me "
                + "with them.");
        Post amOrder = say(20, "15:00", fmCommissions, amias, "Ordered the 44 in acetate from Barnaby. Can't wait.");
        re(20, "15:30", barnaby, amOrder, "Thanks Amias, it's on the bench this week.");
    }

    private void hearingCentre() {
        // W05
        say(1, "09:00", chNews, morwenna, "February opening hours: late clinics on Thursdays till 7pm from this week. "
                + "Book online as usual: https://clearwaterhearing.example/book");
        Post baCold = say(1, "10:00", chChat, bartley, "Anyone else find the rechargeable aids lose charge by teatime "
                + "in the cold?");
        Post leCold = re(1, "10:30", lettice, baCold, "Mine do if I leave the charger in the car. Keep it indoors.");
        re(1, "10:45", bartley, leCold, "Ah, I do leave it in the car. Thanks Lettice.");
        Post coWax = say(2, "11:00", chAsk, cordelia, "Is wax build-up something you can check at a normal "
                + "appointment, or do I need a separate one?");
        Post keWax = re(2, "11:20", keziah, coWax, "We check at every aftercare appointment, Cordelia, and if there's "
                + "wax Evander can do microsuction the same day. Just say when you book.");
        re(2, "11:40", cordelia, keWax, "Perfect, thank you.");
        Post baBatt = say(2, "16:00", chAsk, bartley, "Do the batteries in the rechargeables ever need replacing, "
                + "or do they last for ever?");
        Post keBatt = re(2, "16:30", keziah, baBatt, "They last about four or five years, Bartley, then we swap the "
                + "battery at the service. Nothing for you to do before then.");
        re(2, "16:40", bartley, keBatt, "Good to know, thanks.");
        Post reWhistle = say(3, "09:30", chAsk, reginald, "@Evander Berry my left aid has started whistling whenever "
                + "I put my glasses on. You fitted it in December. Is it the dome size?");
        say(3, "12:00", chNews, evander, "We now stock the new slim domes in all sizes, ask for them at your next "
                + "visit.");
        say(4, "09:00", chAsk, reginald, "@Evander Berry sorry to chase, the whistling is worse today and I've a "
                + "family dinner on Saturday.");
        say(4, "11:00", chNews, evander, "Reminder: tinnitus workshop on 10 February, free for clients, six places "
                + "left. Sign up at reception.");
        Post leTv = say(4, "14:00", chChat, lettice, "Has anyone tried the streamer for the TV? Worth it?");
        Post evTv = re(4, "14:30", evander, leTv, "Lettice, it's brilliant if you watch a lot of TV, the sound goes "
                + "straight to both aids. We can lend you one for a fortnight to try.");
        re(4, "14:50", lettice, evTv, "Oh I'd like that, thank you Evander.");
        say(5, "10:00", chNews, morwenna, "Welcome to our new trainee audiologist, starting Monday. Say hello when "
                + "you're in!");
        Post evWhistle = re(6, "10:00", evander, reWhistle, "Reginald, really sorry, I missed this under everything "
                + "else. Whistling with glasses on is usually the arm pushing the aid out of place. Come in Monday at "
                + "9 and I'll fit a slimmer tube and a bigger dome, ten minutes.");
        re(6, "10:30", reginald, evWhistle, "Thank you. Monday at 9 it is.");
        say(6, "15:00", chNews, morwenna, "I'm at the BSA conference from Tuesday 8th to Saturday 12th. Keziah and "
                + "Evander are in clinic as usual.");
        // W06
        joins(8, "09:00", chWelcome, enid);
        Post enTest = say(8, "09:30", chAsk, enid, "Hello, my husband won't admit he can't hear the telly. Do you do "
                + "hearing tests, and what do they cost?");
        Post keTest = re(8, "10:00", keziah, enTest, "Hello Enid, welcome! A full hearing assessment is £45, free if "
                + "you go on to buy aids with us. We have Thursday evening slots too, if he's easier to persuade "
                + "after work.");
        re(8, "10:20", enid, keTest, "Thursday evening might just work. I'll book.");
        Post coSwim = say(9, "10:00", chAsk, cordelia, "@Morwenna Steele you mentioned custom swim plugs last year. "
                + "Could my grandson get a pair from here?");
        Post keSwim = re(9, "11:00", keziah, coSwim, "Cordelia, Morwenna's at the conference till Saturday, but yes, "
                + "we make swim plugs for children. I've put him down for impressions with Evander next week.");
        re(9, "11:20", cordelia, keSwim, "Lovely, thank you Keziah.");
        Post baWork = say(11, "18:00", chChat, bartley, "Went to the tinnitus workshop today. Really useful, the "
                + "sound generator tip especially.");
        Post reWork = re(11, "18:30", reginald, baWork, "Seconded. And my aid hasn't whistled since Monday.");
        re(11, "19:00", evander, reWork, "Great to hear, Reginald!");
        Post coSister = say(11, "12:00", chChat, cordelia, "Told my sister about this place, she's booking her mum "
                + "in.");
        re(11, "12:30", keziah, coSister, "Thank you Cordelia, that's lovely.");
        Post baMove = say(12, "09:00", chDm, bartley, "Hi Evander, can I move my Thursday aftercare to Friday? "
                + "Cheers.");
        Post evMove = re(12, "13:00", evander, baMove, "Yes, Friday 10:30 works, I've moved it.");
        re(12, "13:10", bartley, evMove, "Thanks!");
        say(13, "10:00", chNews, morwenna, "Back from the conference! Lots to share about the new hearing-aid "
                + "standards, I'll write it up for next week.");
        Post moSwim = re(13, "10:30", morwenna, coSwim, "Cordelia, I see Keziah's sorted the impressions, thank you "
                + "for bearing with me. He'll love them for swimming lessons.");
        re(13, "11:00", cordelia, moSwim, "Thank you Morwenna!");
        // W07
        say(15, "09:00", chNews, morwenna, "Conference write-up: what the new standards mean for you, in plain words: "
                + "https://clearwaterhearing.example/blog/standards");
        say(15, "14:00", chChat, lettice, "Read Morwenna's write-up, the clearest explanation I've seen.");
        Post enDone = say(16, "10:00", chAsk, enid, "Husband tested! Mild loss in both ears, like you said. He's "
                + "agreed to try aids.");
        re(16, "10:30", keziah, enDone, "That's great news Enid, well done for getting him in.");
        Post baLight = say(17, "21:00", chAsk, bartley, "Can I do anything about the charger light? It keeps me awake.");
        Post evLight = re(18, "08:30", evander, baLight, "A bit of electrical tape over it, or turn it to face the "
                + "wall. It doesn't need to be seen.");
        re(18, "09:00", bartley, evLight, "Tape it is. Ha.");
        say(18, "12:00", chNews, keziah, "We're closed on Monday 21st for staff training.");
        Post coPlugs = say(19, "16:00", chChat, cordelia, "The swim plugs arrived and he wore them in his lesson. Very "
                + "happy boy.");
        re(19, "16:30", morwenna, coPlugs, "That's wonderful to hear!");
        Post leBack = say(20, "10:00", chAsk, lettice, "The TV streamer trial ends Friday. Can I keep it and pay, or "
                + "does it have to come back?");
        Post evBack = re(20, "10:40", evander, leBack, "You can keep it, Lettice, we'll add it to your next "
                + "invoice. Glad it's been useful.");
        re(20, "11:00", lettice, evBack, "Wonderful, thank you!");
    }

    private void tinnitus() {
        // W05
        Post heMeet = say(1, "09:00", ttTea, hester, "Monthly meetup is on Saturday 5th, 2pm at the library, and "
                + "online for anyone who can't come. Sign-up form: https://forms.example/tinnitus-teas");
        re(1, "09:30", ambrose, heMeet, "I'll be there.");
        re(1, "10:00", delphine, heMeet, "Online for me, thanks Hester.");
        joins(2, "19:00", ttTea, wilhelmina);
        Post wiHiss = say(2, "19:30", ttTea, wilhelmina, "Hello. I've had a loud hiss in my right ear for three "
                + "weeks and I'm not coping. I can't sleep. I don't really know what to ask.");
        Post heHiss = re(2, "20:00", hester, wiHiss, "Welcome Wilhelmina. The first weeks are the hardest part, and "
                + "it really does get easier for most of us. First thing: have you seen your GP? New tinnitus in one "
                + "ear should be checked.");
        re(2, "20:15", wilhelmina, heHiss, "Not yet. I'll ring tomorrow. Thank you.");
        Post amSleep = say(3, "08:00", ttTips, ambrose, "Sleep tip that saved me: a fan, or a pillow speaker with rain "
                + "sounds, quiet enough that it sits just under the tinnitus.");
        Post wiSleep = re(3, "21:00", wilhelmina, amSleep, "I tried the rain sounds last night and slept five hours. "
                + "First time in weeks. Thank you.");
        re(3, "21:20", ambrose, wiSleep, "That's a good start. Keep it just under the hiss, not over it.");
        Post cySpike = say(4, "10:00", ttTea, cyrus, "Bad spike this week after a concert. I wore earplugs and "
                + "still. Does it settle for others?");
        Post deSpike = re(4, "10:30", delphine, cySpike, "Mine settles in two or three days after a loud night. The "
                + "worry makes it louder, so try not to keep checking it.");
        re(4, "10:45", cyrus, deSpike, "Two or three days, I'll hang on. Thanks Delphine.");
        Post wiPanic = say(5, "18:00", ttTips, wilhelmina, "GP has referred me to audiology. She said stress makes it "
                + "worse, which I knew. Is there anything that helps with the panic?");
        Post dePanic = re(5, "18:30", delphine, wiPanic, "Breathing out longer than in, and the CBT booklet from the "
                + "tinnitus charity is good. The panic got less once I understood it wasn't dangerous.");
        re(5, "18:50", wilhelmina, dePanic, "Thank you Delphine. I'll look for it.");
        Post goGarden = say(6, "16:00", ttGood, godfrey, "Had a whole afternoon in the garden without noticing it "
                + "once.");
        re(6, "16:30", hester, goGarden, "Love these.");
        Post amThanks = say(6, "17:00", ttTea, ambrose, "Meetup was good today, thanks Hester for organising. The "
                + "audiologist's talk was worth the trip.");
        re(6, "17:20", hester, amThanks, "Thanks for coming, Ambrose!");
        // W06
        say(8, "09:00", ttTea, hester, "Next meetup: Saturday 5 March, same place and online. Same form: "
                + "https://forms.example/tinnitus-teas");
        Post amBimodal = say(9, "11:00", ttTea, ambrose, "I've been reading about the new bimodal devices. Has anyone "
                + "here tried one? I'm on the fence about the cost.");
        Post cyBimodal = re(9, "11:30", cyrus, amBimodal, "My cousin tried one, said it took the edge off after about "
                + "six weeks. Not a cure.");
        re(9, "11:50", ambrose, cyBimodal, "Six weeks is a long time at that price. I'll ask my audiologist.");
        Post deReferral = say(10, "10:00", ttTea, delphine, "@Cyrus Nazari how did you get the referral to the "
                + "hearing therapist? My GP keeps saying there's a waiting list.");
        Post wiSeven = say(10, "12:00", ttGood, wilhelmina, "Slept seven hours. Seven!");
        re(10, "12:20", godfrey, wiSeven, "Brilliant!");
        re(10, "12:40", hester, wiSeven, "So pleased for you.");
        Post cyReferral = re(11, "17:00", cyrus, deReferral, "Delphine, sorry for the slow reply, I was on nights. I "
                + "asked the audiology department directly whether they take self-referrals, and they did. Worth a "
                + "phone call.");
        re(11, "17:30", delphine, cyReferral, "Thank you, I'll ring them tomorrow.");
        Post goCoffee = say(12, "09:00", ttTips, godfrey, "Anyone else find caffeine makes no difference at all? I "
                + "gave it up for a month for nothing.");
        re(12, "09:30", ambrose, goCoffee, "Same here. Back on the coffee.");
        re(12, "10:00", delphine, goCoffee, "Same, though alcohol makes mine worse.");
        Post amWalk = say(13, "18:00", ttGood, ambrose, "Walked up the hill today and only heard the wind.");
        re(13, "18:30", wilhelmina, amWalk, "That sounds lovely.");
        Post heLibrary = say(14, "10:00", ttTea, hester, "Does anyone know if the library's hearing loop works in "
                + "the upstairs room? A couple of people asked.");
        Post deLibrary = re(14, "10:30", delphine, heLibrary, "It does, I checked last time. Sit near the front "
                + "though.");
        re(14, "10:45", hester, deLibrary, "Perfect, thanks Delphine.");
        // W07
        say(15, "09:00", ttTea, hester, "Reminder: sign-ups for the March meetup are open, form's here: "
                + "https://forms.example/tinnitus-teas");
        Post wiPass = say(15, "18:00", ttTips, wilhelmina, "Audiology appointment today. They said my hearing's fine "
                + "and it's likely to settle further. For anyone new: the rain sounds and the breathing helped me "
                + "most in the first weeks.");
        re(15, "18:30", delphine, wiPass, "Lovely to see you passing it on.");
        Post goApp = say(16, "10:00", ttTea, godfrey, "@Wilhelmina Stroud what app do you use for the rain sounds? "
                + "Mine loops noticeably.");
        Post wiApp = re(16, "10:40", wilhelmina, goApp, "The free one from the tinnitus charity's site, no loop that "
                + "I can hear.");
        re(16, "11:00", godfrey, wiApp, "Found it, thanks!");
        Post cySelf = say(17, "12:00", ttTea, cyrus, "Did the self-referral work for you, Delphine?");
        re(17, "12:30", delphine, cySelf, "It did, appointment in April. Thanks again.");
        Post amWeek = say(19, "08:00", ttGood, ambrose, "A week of barely noticing it. Walking every morning seems to "
                + "help.");
        re(19, "08:30", cyrus, amWeek, "Good going.");
        Post goDentist = say(20, "10:00", ttTea, godfrey, "Dentist's drill set mine off yesterday. Anyone else?");
        Post cyDentist = re(20, "10:30", cyrus, goDentist, "Every time. I ask for earplugs now and they don't mind.");
        re(20, "10:45", godfrey, cyDentist, "Earplugs at the dentist, why didn't I think of that. Thanks.");
    }

    private void mouldLab() {
        // W05
        Post imResin = say(1, "09:00", mtBench, imogen, "Anyone moved to the new UV-cure resin for hard moulds? Our "
                + "old one's been discontinued.");
        Post feResin = re(1, "09:30", fenwick, imResin, "Yes, in November. Cure times halved and remakes dropped. "
                + "Two cracks in about 200 moulds so far.");
        re(1, "09:50", imogen, feResin, "Two in 200 is good. Thanks Fenwick.");
        Post giDrum = say(2, "11:00", mtRepairs, gideon, "Drummer with hearing aids here. Can anyone make moulds that "
                + "work with in-ear monitors, or do I need two sets?");
        Post imDrum = re(2, "11:30", imogen, giDrum, "Two sets usually, Gideon, but there are hybrid shells that take "
                + "the aid's receiver and a monitor driver. Ask your audiologist for deep impressions first.");
        re(2, "11:50", gideon, imDrum, "Deep impressions, noted. Thank you!");
        joins(3, "08:00", mtIntros, zofia);
        Post zoHi = say(3, "08:30", mtIntros, zofia, "Hi! Zofia here, I've just set up my own mould lab in Leeds after "
                + "six years at a big manufacturer. Looking forward to learning from you all.");
        re(3, "09:00", auberon, zoHi, "Welcome Zofia!");
        Post elThanks = say(3, "12:00", mtRepairs, elodie, "Just wanted to say thank you to @Imogen Pardoe, the new "
                + "moulds are so much more comfortable. Wearing them all day without soreness.");
        re(3, "12:30", imogen, elThanks, "So glad, Elodie!");
        Post zoPitch = say(4, "09:00", mtDm, zofia, "Hi Elodie, saw your post in #repairs-ask. I've just opened my "
                + "own lab and I'm doing soft silicone moulds at £35 a pair, half what most labs charge. DM me back "
                + "and I'll book you in!");
        re(4, "13:00", elodie, zoPitch, "Thanks, but I'm very happy with Imogen's.");
        Post auWires = say(4, "15:00", mtBench, auberon, "Receiver wires from the 2019 batch are failing at the bend, "
                + "I've seen three this week. Anyone else?");
        Post imWires = re(4, "15:30", imogen, auWires, "Yes, two. I'm replacing them with the newer stiffer ones.");
        re(4, "15:45", auberon, imWires, "Same plan.");
        Post maBatch = say(5, "10:00", mtRepairs, marisol, "Audiologist at Northgate clinic. @Auberon Slade thanks for "
                + "turning round our batch of repairs last week, all back in patients' ears.");
        re(5, "10:30", auberon, maBatch, "Pleasure, Marisol.");
        Post imScan = say(6, "10:00", mtBench, imogen, "Anyone tried the scanner-based impressions yet? Ears scanned "
                + "in clinic, no silicone.");
        Post auScan = re(6, "10:30", auberon, imScan, "Not yet. The audiologists I work with still send silicone.");
        re(6, "10:45", imogen, auScan, "Same here. I'll wait for the price to come down.");
        // W06: Fenwick answers everyone's news with his own
        Post auFume = say(8, "09:00", mtBench, auberon, "Finally got the fume extractor fixed over the weekend. The "
                + "bench smells of resin again instead of burning.");
        re(8, "09:30", fenwick, auFume, "I put in a new extractor last year and it was the best money I ever spent on "
                + "my lab. I went for the big one with the carbon filter, and my workshop hasn't smelled since. I "
                + "should have done it years before I did.");
        Post imRate = say(9, "10:00", mtBench, imogen, "Remake rate down to 2% this month, the UV resin is paying "
                + "off.");
        Post feRate = re(9, "10:30", fenwick, imRate, "Mine's been under 1% since I switched. I put it down to my "
                + "curing routine: I cure everything twice and I check every shell under my magnifier before it "
                + "leaves. My clients notice, I get hardly any returns.");
        re(9, "10:50", imogen, feRate, "Fair enough.");
        Post giVent = say(10, "14:00", mtRepairs, gideon, "The hybrid shells arrived, and both the aid and the "
                + "monitors work. Does anyone do vents so I don't sound like I'm in a barrel?");
        Post feVent = re(10, "14:30", fenwick, giVent, "Ask for a 1.5 mm vent when you order. That takes the barrel "
                + "sound away for most drummers without losing the monitor's bass.");
        re(10, "14:45", gideon, feVent, "1.5 mm, I'll ask for that. Thanks.");
        Post zoFifty = say(11, "16:00", mtBench, zofia, "Lab's up and running, first 50 pairs out!");
        Post feFifty = re(11, "16:30", fenwick, zoFifty, "Congratulations. I remember my first 50, I made them by "
                + "hand in my garage in 2011 with a second-hand curing box I bought off my old boss. My wife thought I "
                + "was mad. Now my lab does 400 a month and I've got two technicians of my own.");
        re(11, "16:50", zofia, feFifty, "Ha, that's encouraging.");
        Post fePanel = say(12, "11:00", mtBench, fenwick, "I've been asked to speak on a panel at the Birmingham trade "
                + "show about my switch to UV resin. Second year running they've asked me. I'm going to talk about my "
                + "remake figures and my curing routine.");
        re(12, "11:30", auberon, fePanel, "Nice, I'll come along to your panel.");
        say(13, "15:00", mtBench, fenwick, "My new printer's being delivered on Monday. I've waited four months for "
                + "it. I'm hoping my canal detail problems are over.");
        // W07: a returning customer waits for Auberon
        Post maTwelve = say(15, "10:00", mtRepairs, marisol, "@Auberon Slade you did our batch of repairs in January. "
                + "We've got another 12 aids, mostly dead receivers. Can you take them this month, and what's the "
                + "turnaround?");
        Post auPlug = say(15, "14:00", mtBench, auberon, "Receiver wires again: the newer stiffer ones are failing "
                + "too now, at the plug end this time. Anyone?");
        re(15, "14:30", imogen, auPlug, "Not yet, but I'll watch for it.");
        Post fePrinter = say(16, "09:00", mtBench, fenwick, "Printer's in and the canal detail is perfect now.");
        re(16, "09:20", imogen, fePrinter, "Good news.");
        Post elWind = say(16, "12:00", mtRepairs, elodie, "Does anyone make something that cuts wind noise on "
                + "moulds? Cycling to work is deafening.");
        Post zoWind = re(16, "12:30", zofia, elWind, "There are wind guard covers that slip over the microphone, any "
                + "audiologist can fit them. Cheap, too.");
        re(16, "12:50", elodie, zoWind, "Thank you Zofia!");
        Post auChamber = say(17, "10:00", mtBench, auberon, "Anyone want a spare vacuum chamber? Mine's surplus since "
                + "the new one arrived. Free to a good home.");
        Post zoChamber = re(17, "10:20", zofia, auChamber, "Me please! I can collect on Saturday.");
        re(17, "10:40", auberon, zoChamber, "It's yours.");
        say(18, "11:00", mtRepairs, marisol, "@Auberon Slade just checking you saw this? I need to tell patients "
                + "when to expect their aids back.");
        Post auCourier = say(19, "09:00", mtBench, auberon, "Is anyone else's courier collecting late this week?");
        re(19, "09:30", imogen, auCourier, "Ours came at 7pm yesterday. Something's up at the depot.");
        Post giGig = say(20, "12:00", mtRepairs, gideon, "Played a full gig last night with the vented hybrids. "
                + "Could hear the band and the monitors. Thank you all.");
        re(20, "12:30", imogen, giGig, "That's what we like to hear!");
    }

    private void homeVisits() {
        // W05
        Post laDbs = say(1, "09:00", hvRound, lavinia, "Morning all. Who's had the new care home contract paperwork "
                + "from the council? Mine asks for DBS certificates for the whole team again.");
        re(1, "09:30", tancred, laDbs, "Same. Easiest to scan them once and keep a folder for every home.");
        re(1, "09:45", yolanda, laDbs, "And put the date of issue in the filename, they always ask.");
        Post agOften = say(2, "10:00", hvHomes, agatha, "Care home manager in Stroud. How often should our residents "
                + "have eye tests? Some haven't had one in years.");
        Post laOften = re(2, "10:30", lavinia, agOften, "Every two years as standard, yearly for over-70s, diabetics "
                + "or anyone with glaucoma in the family. Most residents qualify for a free NHS sight test at home.");
        re(2, "10:50", agatha, laOften, "Yearly for most of ours then. Thank you Lavinia.");
        Post meDad = say(3, "14:00", hvHomes, mervyn, "My dad has dementia and can't read a letter chart. Can he still "
                + "have an eye test?");
        Post taDad = re(3, "14:30", tancred, meDad, "Yes. We use picture charts, matching cards and retinoscopy, "
                + "which needs no answers at all. A good domiciliary optom will be used to it.");
        re(3, "14:50", mervyn, taDad, "That's a relief. Thank you.");
        Post yoLabel = say(4, "09:00", hvRound, yolanda, "Tip for anyone new to home visits: label the glasses case "
                + "with the resident's name AND room number. Saves so many mix-ups.");
        re(4, "09:30", tancred, yoLabel, "And engrave the initials on the arm if the home allows it.");
        say(5, "09:00", hvKit, tancred, "Selling my spare portable slit lamp, serviced last year, £900. Collection "
                + "from Gloucester.");
        Post soTalk = say(5, "13:00", hvHomes, sorcha, "Activities coordinator here. Could an optician give a talk to "
                + "our residents about looking after their eyes? Would it cost?");
        Post yoTalk = re(5, "13:30", yolanda, soTalk, "I'd love to. I do a free half-hour talk for homes I visit, "
                + "just send me a date.");
        re(5, "13:50", sorcha, yoTalk, "Wonderful, I'll check with the manager.");
        Post elHi = say(7, "18:00", hvRound, eldon, "Hi all, Eldon, optometrist, about to start home visits "
                + "alongside my practice work in Swindon.");
        re(7, "18:30", lavinia, elHi, "Welcome Eldon!");
        // W06: Eldon is helped by Lavinia on three days and gives nothing back
        Post elCase = say(8, "10:00", hvRound, eldon, "How do people carry a trial lens set into a care home? Mine's "
                + "in a huge case.");
        Post laCase = re(8, "10:30", lavinia, elCase, "Get a half set in a slim case, you rarely need the full range. "
                + "Saves your back.");
        re(8, "10:45", eldon, laCase, "Thanks Lavinia.");
        Post elBright = say(10, "09:00", hvRound, eldon, "What do you do when the resident's room is too bright for "
                + "retinoscopy?");
        Post laBright = re(10, "09:30", lavinia, elBright, "Draw the curtains and use a pen torch as a fixation "
                + "target. If the home won't let you, do it in the quiet lounge.");
        re(10, "09:40", eldon, laBright, "Great, thanks.");
        Post laConsent = say(11, "10:00", hvRound, lavinia, "Question for all: does anyone have a good consent form "
                + "for residents who lack capacity? Ours is out of date.");
        Post elClaims = say(11, "14:00", hvRound, eldon, "And how do you handle the domiciliary claim forms? Do you "
                + "fill them in on the day?");
        Post laClaims = re(11, "14:30", lavinia, elClaims, "On the day, before you leave the home. Leave them till "
                + "the evening and you'll forget who had what.");
        re(11, "14:40", eldon, laClaims, "OK, thanks.");
        Post yoConsent = re(12, "09:00", yolanda, laConsent, "Lavinia, I'll send you ours, it was updated last "
                + "year.");
        re(12, "09:20", lavinia, yoConsent, "Thank you Yolanda!");
        say(12, "15:00", hvHomes, agatha, "Thanks for the advice last week, we've booked yearly visits for 28 "
                + "residents.");
        Post taLong = say(13, "19:00", hvRound, tancred, "Long week. 40 residents in three homes.");
        re(13, "19:20", yolanda, taLong, "Put your feet up!");
        // W07: Eldon gives back; Osric joins and pitches
        joins(15, "08:00", hvRound, osric);
        Post soDate = say(15, "10:00", hvHomes, sorcha, "@Yolanda Pike the manager said yes! Could you do Thursday "
                + "24th at 2?");
        re(15, "10:30", yolanda, soDate, "Thursday 24th at 2 is perfect, see you then.");
        Post agLaundry = say(16, "10:00", hvHomes, agatha, "Does anyone know how to mark residents' glasses so the "
                + "laundry doesn't lose them?");
        Post elLaundry = re(16, "10:30", eldon, agLaundry, "Agatha, a little engraving with the initials on the "
                + "inside of the arm, and a name label on the case. @Tancred Bell mentioned it here a while back.");
        Post agThanks = re(16, "10:50", agatha, elLaundry, "Brilliant, that's exactly what we need. Thank you!");
        Post osPitch = re(16, "11:30", osric, agThanks, "Agatha, I can do you a portable vision screener for the home "
                + "for £450, perfect for care homes. DM me and I'll send it out this week.");
        re(16, "12:00", agatha, osPitch, "We've got opticians for that, thanks.");
        Post elForm = say(17, "09:00", hvRound, eldon, "@Lavinia Crouch I saw you were after a consent form. Here's "
                + "the one my practice uses for adults lacking capacity, in case it's useful alongside Yolanda's.");
        re(17, "09:30", lavinia, elForm, "That's kind Eldon, thank you. This one has the best-interests section I was "
                + "missing.");
        say(17, "12:00", hvKit, osric, "Portable vision screeners, £450, trade price for domiciliary optoms. Message "
                + "me.");
        Post taCpd = say(18, "10:00", hvRound, tancred, "Anyone want to split a CPD day on dementia-friendly "
                + "testing?");
        re(18, "10:30", eldon, taCpd, "I'm in.");
        re(18, "10:45", yolanda, taCpd, "Me too.");
        Post meDone = say(19, "15:00", hvHomes, mervyn, "Dad had his test at home this week with the picture charts. "
                + "New glasses on order. Thank you all.");
        re(19, "15:30", tancred, meDone, "That's great to hear.");
        Post yoDbs = say(20, "09:00", hvRound, yolanda, "Council paperwork's back, approved for all three homes. "
                + "Thanks for the folder tip, Tancred.");
        re(20, "09:30", tancred, yoDbs, "Nice one.");
        Post soRota = say(6, "11:00", hvHomes, sorcha, "Is it better to have all the residents tested on one day, or "
                + "spread over a few?");
        Post taRota = re(6, "11:30", tancred, soRota, "One or two days is easiest for everyone. We bring a dispenser "
                + "so frames get chosen on the same visit.");
        re(6, "11:50", sorcha, taRota, "That makes sense, thank you.");
    }

    private void lipreading() {
        // W05: Ottoline posts to the room, eleven times, and nobody answers
        say(1, "08:00", lrTutors, ottoline, "Lipreading thought for the week: the mouth only shows about a third of "
                + "English sounds. The rest is context, and that's what we teach.");
        say(1, "12:00", lrLearners, ottoline, "Tip: sit with your back to the window in cafés, so the light falls on "
                + "the other person's face, not in your eyes.");
        Post caPbm = say(1, "15:00", lrTutors, carys, "Anyone have a good exercise for p, b and m? My Tuesday group "
                + "can't tell them apart.");
        Post gwPbm = re(1, "15:30", gwilym, caPbm, "Shopping lists! Peas, beans, milk in a row, then swap the order. "
                + "They learn to use context rather than the lips alone.");
        re(1, "15:45", carys, gwPbm, "Love that, trying it Tuesday.");
        say(2, "09:00", lrTutors, ottoline, "Tiredness is the lipreader's enemy. Short sessions beat long ones.");
        joins(2, "10:00", lrLearners, ezra);
        Post ezDad = say(2, "10:30", lrLearners, ezra, "My dad's 78 and going deaf, and he won't wear his aids. Would "
                + "a lipreading class help him, or is he too old to learn?");
        Post seDad = re(2, "11:00", seraphina, ezDad, "Never too old! Most of my learners are over 70. Classes help "
                + "with confidence as much as lipreading, and he'd meet people in the same boat.");
        re(2, "11:20", ezra, seDad, "That's good to hear. Thank you.");
        say(2, "16:00", lrLearners, ottoline, "Tip: ask people to rephrase, not repeat. A different sentence often "
                + "has easier lip shapes.");
        say(3, "10:00", lrTutors, ottoline, "The vowels are harder to teach than the consonants, in my experience.");
        say(3, "14:00", lrListings, gwilym, "Thursday evening online class, 6 weeks from 17 Feb, beginners welcome, "
                + "£60: https://lipreadwithgwilym.example/thursday");
        say(3, "18:00", lrLearners, ottoline, "Tip: beards and moustaches hide a lot. It's fine to ask someone to "
                + "face you.");
        say(4, "09:00", lrTutors, ottoline, "Quiet week of marking. The new learner workbook is nearly done.");
        Post roOnline = say(4, "11:00", lrLearners, rosheen, "Are there any online classes? I'm in a rural area and "
                + "the nearest class is 40 miles away.");
        Post gwOnline = re(4, "11:30", gwilym, roOnline, "Yes, Rosheen, I run one on Thursday evenings, details in "
                + "#class-listings. There are a few others online too.");
        re(4, "11:50", rosheen, gwOnline, "Thank you, I'll look.");
        say(4, "15:00", lrLearners, ottoline, "Tip: in groups, sit where you can see everyone's face, usually at the "
                + "end of the table.");
        Post caAway = say(5, "09:30", lrTutors, carys, "Heads up, I'm on holiday from the 7th to the 13th with no "
                + "signal where we're going. My classes are paused.");
        re(5, "09:45", seraphina, caAway, "Enjoy it!");
        say(5, "10:00", lrTutors, ottoline, "I find the hand-on-chin habit is the hardest one to break in "
                + "conversation partners.");
        say(5, "16:00", lrLearners, ottoline, "Tip: practise with the TV on mute and the subtitles covered, five "
                + "minutes a day.");
        say(6, "11:00", lrTutors, ottoline, "Finished the workbook draft. Forty exercises.");
        // W06
        Post otCards = say(8, "09:00", lrTutors, ottoline, "@Seraphina Hale you said you use picture cards with "
                + "beginners. Where do you get them?");
        Post seCards = re(8, "09:30", seraphina, otCards, "I make my own from magazine photos, then laminate them. "
                + "Happy to share a set.");
        re(8, "09:45", ottoline, seCards, "Yes please, thank you! Mine are all words and no pictures.");
        say(9, "10:00", lrLearners, norbert, "@Carys Wynne I'm in your Tuesday class. When does it start again? And "
                + "could I bring my wife?");
        Post ezTaster = say(9, "14:00", lrLearners, ezra, "Dad came to a taster session and enjoyed it! Which class "
                + "should he join?");
        Post otTaster = re(9, "14:20", ottoline, ezTaster, "Wonderful news, Ezra. A small daytime class near him "
                + "would suit him best. Where is he?");
        Post ezStroud = re(9, "14:40", ezra, otTaster, "Stroud.");
        Post otStroud = re(9, "14:50", ottoline, ezStroud, "Then @Seraphina Hale's Wednesday morning class is the one.");
        re(9, "15:30", seraphina, otStroud, "Yes, there's room for one more. Ezra, I'll put his name down.");
        Post gwSyll = say(10, "10:00", lrTutors, gwilym, "Anyone using the new national syllabus? Is it worth "
                + "switching?");
        Post otSyll = re(10, "10:30", ottoline, gwSyll, "I've used it since the autumn. The strategy units are a real "
                + "improvement on the old syllabus; the vocabulary lists less so.");
        re(10, "10:45", gwilym, otSyll, "Helpful, thanks Ottoline.");
        Post roSpace = say(11, "19:00", lrDm, rosheen, "Hi Gwilym, is there still space on the Thursday class? I'd "
                + "like to join.");
        Post gwSpace = re(11, "19:30", gwilym, roSpace, "Hi Rosheen, yes, two places left. The link in "
                + "#class-listings books it.");
        re(11, "19:45", rosheen, gwSpace, "Booked, thank you!");
        say(12, "09:00", lrListings, seraphina, "Wednesday morning class in Stroud, 10am at the church hall, £4 a "
                + "session, all welcome.");
        Post otArrived = say(13, "10:00", lrTutors, ottoline, "Thank you @Seraphina Hale, the picture cards arrived "
                + "and I've already used them.");
        re(13, "10:20", seraphina, otArrived, "Great!");
        // W07
        Post caNorbert = say(15, "09:00", lrLearners, carys, "Norbert, sorry, I was away last week without signal. We "
                + "restart this Tuesday at 10am, and yes, your wife is very welcome.");
        re(15, "09:30", norbert, caNorbert, "Thank you Carys! See you Tuesday.");
        Post caBack = say(16, "17:00", lrTutors, carys, "Back and refreshed. The shopping-list exercise was a huge "
                + "success before I left.");
        re(16, "17:20", gwilym, caBack, "Glad it worked!");
        Post roFirst = say(18, "20:30", lrLearners, rosheen, "First online class done. I caught about half, and the "
                + "tutor said that's normal!");
        re(18, "20:45", gwilym, roFirst, "Half in week one is very good, Rosheen!");
        Post noWife = say(18, "13:00", lrLearners, norbert, "My wife came along too. She says she finally understands "
                + "why I need her to face me.");
        re(18, "13:30", carys, noWife, "That's one of the best things about bringing a partner.");
        Post otPrint = say(19, "11:00", lrTutors, ottoline, "Workbook's gone to the printers. Thank you everyone who "
                + "tested exercises.");
        re(19, "11:30", seraphina, otPrint, "Can't wait to see it.");
        Post ezWeds = say(20, "10:00", lrLearners, ezra, "Dad's been to two of Seraphina's Wednesday classes and "
                + "now he wears his aids to them. Small miracles.");
        re(20, "10:30", seraphina, ezWeds, "He's a joy to have in the group, Ezra.");
        Post roMask = say(13, "17:00", lrLearners, rosheen, "How do you lipread someone wearing a mask at the "
                + "doctor's?");
        Post seMask = re(13, "17:30", seraphina, roMask, "You can't, really. Ask for a clear mask or ask them to "
                + "write it down. Most surgeries keep clear masks now.");
        re(13, "17:45", rosheen, seMask, "I'll ask next time. Thank you.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes125Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 125");
    }
}
