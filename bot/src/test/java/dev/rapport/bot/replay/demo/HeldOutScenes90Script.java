package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 90 (sealed): eight communities of health clinics, therapy and care practices, of kinds no earlier
 * round used (independent optometrists with a room where patients ask and a frame supplier's rep among them, hearing
 * aid audiologists with a microsuction trainer who sells a course, an osteopathy clinic's own server with its Staff
 * and patients, podiatrists and foot health practitioners with a room where the public ask and an insole seller,
 * hip and knee replacement patients where nobody sells, counsellors and psychotherapists in private practice with a
 * notes-software vendor's DM, acupuncturists with a needle and moxa supplier whose fellow practitioners are her
 * customers, care home activity coordinators where nobody sells), over three ISO weeks (2030-W22 to W24), written and
 * labelled by writer90 (session 48) before any coach ran on them, with many borderline cases. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-90.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes90Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2030, 5, 27);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2030, 6, 17, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-90";
    private static final int BASE = 70000;

    // --- A. independent optometrists with a room where patients ask ---
    private final String optom = cast.guild(1181);
    private final Channel opClinic = cast.channel(optom, "Indie Eyecare Circle", "clinic-talk",
            "cases, equipment, the day job: practitioners among ourselves", "op-clinic-talk.json");
    private final Channel opAsk = cast.channel(optom, "Indie Eyecare Circle", "ask-an-optom",
            "patients and the public: ask about eyes, glasses and tests, one of us will answer",
            "op-ask-an-optom.json");
    private final Channel opFrames = cast.channel(optom, "Indie Eyecare Circle", "frames-and-suppliers",
            "suppliers welcome: new ranges, trade offers, lab turnaround", "op-frames-and-suppliers.json");
    private final Channel opStaff = cast.channel(optom, "Indie Eyecare Circle", "staffroom",
            "chat, moans, cake", "op-staffroom.json");
    private final Persona harriet = cast.person("harriet.v", "Harriet Vance");
    private final Persona colm = cast.person("colm.optom", "Colm Brady");
    private final Persona sunita = cast.person("sunita.frames", "Sunita Rao");
    private final Persona ian = cast.person("ian.welsby", "Ian Welsby");
    private final Persona margaret = cast.person("margaret.o", "Margaret Oyelaran");
    private final Persona tom = cast.person("tomkeane", "Tom Keane");
    private final Persona bea = cast.person("bea.lund", "Bea Lund");

    // --- B. hearing aid audiologists with a microsuction trainer ---
    private final String hearing = cast.guild(1182);
    private final Channel heFit = cast.channel(hearing, "Independent Hearing Care", "fittings-and-repairs",
            "fitting problems, domes, receivers, software", "he-fittings-and-repairs.json");
    private final Channel heSuction = cast.channel(hearing, "Independent Hearing Care", "microsuction",
            "wax removal: technique, kit, tricky ears", "he-microsuction.json");
    private final Channel heBiz = cast.channel(hearing, "Independent Hearing Care", "business",
            "running a small practice: pricing, insurance, marketing", "he-business.json");
    private final Channel heOff = cast.channel(hearing, "Independent Hearing Care", "off-the-record",
            "anything", "he-off-the-record.json");
    private final Persona gareth = cast.person("gareth.pryor", "Gareth Pryor");
    private final Persona nadia = cast.person("nadia.k", "Nadia Kowalczyk");
    private final Persona lewis = cast.person("lewis.nd", "Lewis Ndlovu");
    private final Persona deb = cast.person("deb.harland", "Deb Harland");
    private final Persona mo = cast.person("mo.farouk", "Mo Farouk");
    private final Persona carla = cast.person("carla.j", "Carla Jensen");

    // --- C. an osteopathy clinic's own server ---
    private final String osteo = cast.guild(1183);
    private final Role osStaff = cast.role("Staff", "#2e7d32", 2);
    private final Channel osNews = cast.channel(osteo, "Hartwell Osteopathy", "clinic-news",
            "opening hours, new classes, news from the clinic", "os-clinic-news.json");
    private final Channel osAsk = cast.channel(osteo, "Hartwell Osteopathy", "ask-the-clinic",
            "questions for the team about appointments and treatment", "os-ask-the-clinic.json");
    private final Channel osEx = cast.channel(osteo, "Hartwell Osteopathy", "exercise-club",
            "your home exercises, how they're going, stretches that help", "os-exercise-club.json");
    private final Channel osWait = cast.channel(osteo, "Hartwell Osteopathy", "waiting-room",
            "general chat for patients and staff", "os-waiting-room.json");
    private final Persona rebecca = cast.person("rebecca.hartwell", "Rebecca Hartwell", osStaff);
    private final Persona daniel = cast.person("daniel.osteo", "Daniel Osei", osStaff);
    private final Persona kim = cast.person("kim.reception", "Kim Baxter", osStaff);
    private final Persona alan = cast.person("alan.fry", "Alan Fry");
    private final Persona jenny = cast.person("jenny.m", "Jenny Marsh");
    private final Persona paul = cast.person("paul.dacre.pt", "Paul Dacre");
    private final Persona irene = cast.person("irene.c", "Irene Cole");

    // --- D. podiatrists and foot health practitioners with a public room ---
    private final String feet = cast.guild(1184);
    private final Channel ftPrac = cast.channel(feet, "Sole Practice", "practitioners",
            "podiatrists and FHPs: cases, CPD, kit", "ft-practitioners.json");
    private final Channel ftAsk = cast.channel(feet, "Sole Practice", "ask-a-podiatrist",
            "the public ask about their feet; practitioners answer (no diagnosis online)", "ft-ask-a-podiatrist.json");
    private final Channel ftKit = cast.channel(feet, "Sole Practice", "insoles-and-kit",
            "buy, sell and swap kit, insoles, instruments", "ft-insoles-and-kit.json");
    private final Channel ftLounge = cast.channel(feet, "Sole Practice", "lounge",
            "off topic", "ft-lounge.json");
    private final Persona shona = cast.person("shona.pod", "Shona McRae");
    private final Persona ravi = cast.person("ravi.fhp", "Ravi Anand");
    private final Persona carys = cast.person("carys.biomech", "Carys Bowen");
    private final Persona derek = cast.person("derek.l", "Derek Lomax");
    private final Persona fran = cast.person("fran.runs", "Fran Oduya");
    private final Persona leo = cast.person("leo.finch", "Leo Finch");

    // --- E. hip and knee replacement patients (nobody sells) ---
    private final String joints = cast.guild(1185);
    private final Channel jtWait = cast.channel(joints, "New Hips & Knees", "waiting-list",
            "waiting for your op: dates, pre-op assessments, nerves", "jt-waiting-list.json");
    private final Channel jtPost = cast.channel(joints, "New Hips & Knees", "post-op",
            "the weeks after: pain, sleep, wound, sticks", "jt-post-op.json");
    private final Channel jtPhysio = cast.channel(joints, "New Hips & Knees", "physio-homework",
            "the exercises and how you're getting on", "jt-physio-homework.json");
    private final Channel jtTea = cast.channel(joints, "New Hips & Knees", "tea-and-biscuits",
            "chat", "jt-tea-and-biscuits.json");
    private final Persona brenda = cast.person("brenda.a", "Brenda Ashworth");
    private final Persona keith = cast.person("keith.m", "Keith Mulroney");
    private final Persona anjali = cast.person("anjali.s", "Anjali Shah");
    private final Persona stan = cast.person("stan.k", "Stan Kowalski");
    private final Persona glenys = cast.person("glenys.p", "Glenys Parry");
    private final Persona owen = cast.person("owen.r", "Owen Reddy");

    // --- F. counsellors and psychotherapists in private practice ---
    private final String therapy = cast.guild(1186);
    private final Channel thAdmin = cast.channel(therapy, "Private Practice Room", "practice-admin",
            "notes, diaries, fees, insurance, the admin side", "th-practice-admin.json");
    private final Channel thRef = cast.channel(therapy, "Private Practice Room", "referrals",
            "who has space, who works with what, passing clients on", "th-referrals.json");
    private final Channel thCpd = cast.channel(therapy, "Private Practice Room", "cpd-and-courses",
            "CPD events and courses: post yours, and what you thought of others", "th-cpd-and-courses.json");
    private final Channel thKitchen = cast.channel(therapy, "Private Practice Room", "kitchen",
            "between clients", "th-kitchen.json");
    private final Persona miriam = cast.person("miriam.ok", "Miriam Okonjo");
    private final Persona joel = cast.person("joel.sterling", "Joel Sterling");
    private final Persona fatima = cast.person("fatima.h", "Fatima Haddad");
    private final Persona ruth = cast.person("ruth.ellery", "Ruth Ellery");
    private final Persona simon = cast.person("simon.clinicnote", "Simon Platt");
    private final Channel thDm = cast.dm(simon, "dm-simon-platt.json");

    // --- G. acupuncturists with a needle and moxa supplier ---
    private final String acu = cast.guild(1187);
    private final Channel acCases = cast.channel(acu, "Meridian Practitioners", "clinic-cases",
            "cases and technique, anonymised please", "ac-clinic-cases.json");
    private final Channel acSupplies = cast.channel(acu, "Meridian Practitioners", "supplies",
            "needles, moxa, cups, couch roll: where to get them, sellers welcome", "ac-supplies.json");
    private final Channel acBiz = cast.channel(acu, "Meridian Practitioners", "business-side",
            "rooms, rents, fees, getting patients", "ac-business-side.json");
    private final Channel acTea = cast.channel(acu, "Meridian Practitioners", "tea-break",
            "chat", "ac-tea-break.json");
    private final Persona lin = cast.person("lin.zhao", "Lin Zhao");
    private final Persona tess = cast.person("tess.w", "Tess Whitfield");
    private final Persona aled = cast.person("aled.m", "Aled Morgan");
    private final Persona hamid = cast.person("hamid.r", "Hamid Rahimi");
    private final Persona bronwen = cast.person("bronwen.li", "Bronwen Li");
    private final Persona noah = cast.person("noah.p", "Noah Pearce");

    // --- H. care home activity coordinators (nobody sells) ---
    private final String acts = cast.guild(1188);
    private final Channel acIdeas = cast.channel(acts, "Activities Coordinators Together", "ideas-swap",
            "what worked this week, what flopped", "hc-ideas-swap.json");
    private final Channel acDementia = cast.channel(acts, "Activities Coordinators Together", "dementia-friendly",
            "sessions for residents living with dementia", "hc-dementia-friendly.json");
    private final Channel acRes = cast.channel(acts, "Activities Coordinators Together", "resources",
            "drop useful links here: free printables, quizzes, music", "hc-resources.json");
    private final Channel acStaff = cast.channel(acts, "Activities Coordinators Together", "staff-room",
            "chat and letting off steam", "hc-staff-room.json");
    private final Persona sandra = cast.person("sandra.og", "Sandra Ogden");
    private final Persona femi = cast.person("femi.a", "Femi Adeyemi");
    private final Persona lucy = cast.person("lucy.h", "Lucy Harker");
    private final Persona pat = cast.person("pat.quinn", "Pat Quinn");
    private final Persona rosa = cast.person("rosa.d", "Rosa Delgado");
    private final Persona graham = cast.person("graham.t", "Graham Tully");

    HeldOutScenes90Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        optometrists();
        hearing();
        osteopaths();
        podiatrists();
        joints();
        therapists();
        acupuncturists();
        coordinators();
    }

    private void optometrists() {
        // W22
        say(1, "09:10", opStaff, ian, "monday. two no-shows before 10 already");
        say(1, "09:14", opStaff, harriet, "same here. one rang at 9.58 to say she'd be late for her 9.30");
        say(1, "09:20", opStaff, colm, "mine brought the wrong glasses to a contact lens check. the wrong PERSON's");
        Post margQ = say(1, "10:02", opAsk, margaret, "I've started seeing little floaters like cobwebs in my right "
                + "eye since Saturday. Is that something to worry about or does everyone get them?");
        Post harA = re(1, "10:30", harriet, margQ, "Margaret, new floaters in one eye want looking at soon, today or "
                + "tomorrow, and straight away if you get flashes or a shadow at the edge. Ring any optometrist and "
                + "say new floaters, most of us will fit you in the same day");
        re(1, "10:41", margaret, harA, "thank you, no flashes but I'll ring round this morning");
        Post sunR = say(2, "08:45", opFrames, sunita, "Summer range from Lindqvist Eyewear is in, 40 acetate fronts. "
                + "Trade price list: lindqvist-eyewear.example/trade");
        Post ianQ = re(2, "09:05", ian, sunR, "any in small sizes? my kids' shelf is bare");
        Post sunA = re(2, "09:20", sunita, ianQ, "yes, 8 in 42-44 eye sizes. I can bring samples "
                + "Thursday if you're in");
        re(2, "09:31", ian, sunA, "thursday's good, after 2");
        re(2, "16:20", margaret, harA, "seen yesterday afternoon, it's a PVD and nothing's torn. thank you Harriet");
        Post colQ = say(3, "08:50", opClinic, colm, "anyone on the new OCT software update? it wiped my custom "
                + "scan protocols");
        Post ianA = re(3, "09:02", ian, colQ, "yes, export them first next time, they're under settings > backup");
        say(3, "09:05", opClinic, colm, "too late now lol");
        say(3, "09:12", opClinic, harriet, "the supplier can restore from their cloud copy, ring support and ask");
        re(3, "09:40", colm, ianA, "rang them, restored. thanks both");
        Post tomQ = say(3, "11:15", opAsk, tom, "@Harriet Vance you mentioned myopia control lenses the other week. "
                + "my daughter is 9 and her prescription goes up every year. are the special lenses worth it or "
                + "is it marketing?");
        tomQ.react("👍", harriet);
        Post ianT = re(3, "15:30", ian, tomQ, "Tom, not just marketing: in the trials they slow it down by roughly a "
                + "third to a half on average. Ask for a check that measures eye length so you can see if it's "
                + "working");
        re(3, "15:52", tom, ianT, "thanks Ian, really useful. I'll ask at her next check");
        say(4, "13:00", opStaff, sunita, "at Ian's this afternoon with samples, anyone else on the Wirral want a "
                + "visit Friday?");
        say(4, "13:20", opStaff, harriet, "not this week thanks Sunita, we're full of stock");
        Post beaQ = say(5, "19:10", opAsk, bea, "is it normal for new varifocals to make the floor look like it's "
                + "tilting? day 2 and I feel seasick on the stairs");
        Post harB = re(5, "19:40", harriet, beaQ, "pretty normal for the first week or two. point your nose where "
                + "you're looking rather than moving your eyes, and look through the bottom on stairs. if it's no "
                + "better after a fortnight go back, they may need adjusting");
        re(5, "19:55", bea, harB, "nose where I'm looking, got it. thanks!");
        Post ianJ = say(6, "17:30", opStaff, ian, "patient asked if I could do the test without the puff of air. I "
                + "said I could do it without the patient");
        ianJ.react("😂", harriet, colm, sunita);
        // W23
        Post colP = say(8, "09:00", opClinic, colm, "honest question: how are you all getting private patients now? "
                + "the chains are hoovering everyone up with free tests. I need more people through my door who "
                + "aren't only NHS sight tests");
        re(8, "09:20", harriet, colP, "word of mouth and the dry eye clinic mostly. and answering in ask-an-optom, "
                + "that's brought a few in");
        say(8, "09:26", opClinic, ian, "school talks for me. parents book after");
        say(8, "09:31", opClinic, colm, "school talks, hmm. did you need a DBS check?");
        say(8, "09:35", opClinic, ian, "had one already from the domiciliary work");
        say(8, "09:36", opClinic, colm, "fair");
        Post tomD = say(9, "08:30", opAsk, tom, "does anyone do dry eye treatment near Chester? mine have been gritty "
                + "for months and the drops do nothing");
        Post colI = say(9, "10:15", opClinic, colm, "thinking about a dry eye clinic like Harriet's. what did the IPL "
                + "machine cost you?");
        Post harI = re(9, "10:40", harriet, colI, "too much 😅 about 18k, leased over 3 years");
        re(9, "10:44", colm, harI, "and it paid back?");
        say(9, "10:50", opClinic, harriet, "in about two years, but I had a waiting list first");
        Post colU = say(9, "11:02", opClinic, colm, "@Sunita Rao do you know anyone selling a used one?");
        re(9, "11:30", sunita, colU, "not that I know of, I'll ask round the other reps");
        say(9, "11:33", opClinic, colm, "cheers");
        Post colDom = say(10, "08:40", opClinic, colm, "domiciliary anyone? had an enquiry from a care home and no "
                + "idea what to charge");
        Post ianDom = re(10, "09:00", ian, colDom, "the NHS fee covers the test, frames at your normal prices. "
                + "don't discount, they're more work");
        re(10, "09:10", colm, ianDom, "thanks, simpler than I thought");
        say(10, "09:12", opClinic, colm, "and do you take the kit in the car or did you need a van?");
        say(10, "09:30", opClinic, ian, "portable kit, all fits in a boot");
        Post harD = re(10, "21:50", harriet, tomD, "Tom, sorry, busy couple of days. I'm in Chester and we do dry "
                + "eye assessments, but any optometrist can start with lid hygiene and a proper look. warm compress "
                + "twice a day meanwhile");
        re(10, "22:05", tom, harD, "no worries, I'll try the compress and book in. thanks");
        say(11, "17:00", opClinic, colm, "booked the care home for Tuesday. wish me luck");
        say(11, "17:10", opClinic, harriet, "good luck! take spare batteries for the ophthalmoscope");
        // W24
        Post sunP = say(15, "08:30", opFrames, sunita, "Autumn pre-orders are open, order by 30 June for September "
                + "delivery: lindqvist-eyewear.example/trade");
        re(15, "09:15", colm, sunP, "put me down for the small sizes pack");
        Post ianF = say(16, "10:00", opClinic, ian, "anyone found an anti-fog coating that works for surgeons in "
                + "masks? a theatre nurse asked and I'd nothing good to tell her");
        Post sunF = re(16, "10:25", sunita, ianF, "we have one that's done well with a couple of surgical teams, "
                + "spec sheet here: lindqvist-eyewear.example/antifog");
        re(16, "10:40", ian, sunF, "thanks, I'll have a read");
        say(16, "10:45", opClinic, harriet, "the wipes work too if she wants something for today");
        Post margF = re(16, "12:00", margaret, harA, "follow-up: the floaters are fewer but there's still one in "
                + "bright light. will it ever go?");
        Post harF = re(16, "12:40", harriet, margF, "it often fades, or your brain stops noticing it, over a few "
                + "months. same rule as before if anything new turns up: ring that day");
        re(16, "12:48", margaret, harF, "thank you, I'll stop fretting then");
        say(17, "18:00", opStaff, colm, "care home went well btw, 14 residents, 9 new pairs. they want me back "
                + "every quarter");
        say(17, "18:05", opStaff, ian, "nice one");
        say(17, "18:06", opStaff, harriet, "told you 🙂");
        Post beaC = say(18, "20:00", opAsk, bea, "can I wear contact lenses that expired in March? asking for a "
                + "friend (the friend is me)");
        Post ianC = re(18, "20:20", ian, beaC, "please don't 😄 the solution in the blister can go off and that's an "
                + "infection risk. most practices will give you a trial pair");
        re(18, "20:31", bea, ianC, "fine fine. thank you");
        say(19, "16:00", opStaff, harriet, "off on holiday from Friday for a week, Ian's covering ask-an-optom for me");
        say(19, "16:10", opStaff, ian, "enjoy! I'll try not to break anything");
    }

    private void hearing() {
        // W22
        say(1, "09:00", heBiz, gareth, "My microsuction course for audiologists has new dates: two days hands-on, "
                + "£495, CPD certificate. Book here: pryor-training.example/microsuction");
        say(1, "09:40", heSuction, gareth, "New July and September dates for my microsuction course: "
                + "pryor-training.example/microsuction");
        say(1, "10:30", heOff, nadia, "who else has a heatwave in clinic, the aids are sweating more than I am");
        say(1, "10:36", heOff, mo, "the domes just slide out of people's ears");
        say(1, "10:40", heOff, carla, "my receivers have gone on strike 😂");
        say(1, "12:10", heOff, gareth, "if anyone's been putting off learning microsuction, last few places: "
                + "pryor-training.example/microsuction");
        Post debQ = say(2, "09:15", heFit, deb, "@Nadia Kowalczyk the RIC I fitted last week keeps whistling, "
                + "client's furious. any ideas?");
        Post nadA = re(2, "09:40", nadia, debQ, "check the dome size first, whistling is usually a loose fit. then "
                + "rerun the feedback manager with the dome in");
        re(2, "09:52", deb, nadA, "thanks");
        Post carQ = say(2, "11:00", heFit, carla, "what receiver length do you go for on small ear canals? I keep "
                + "ordering 2s and they're too long");
        Post lewA = re(2, "11:20", lewis, carQ, "1s for most of my smaller ladies, measure with the sizing tool "
                + "rather than guessing, it saved me loads of reorders");
        re(2, "11:30", carla, lewA, "sizing tool, of course. thanks Lewis");
        Post lewQ = say(2, "14:00", heSuction, lewis, "first week doing microsuction on my own. how do you deal with "
                + "people who get dizzy halfway?");
        Post moA = re(2, "14:25", mo, lewQ, "stop, sit them up, wait. lower suction and shorter goes. warn them at "
                + "the start so they're not scared");
        re(2, "14:30", lewis, moA, "makes sense, thanks Mo");
        Post debQ2 = say(3, "10:00", heFit, deb, "now the same one sounds crackly in noisy places. @Nadia Kowalczyk");
        Post nadA2 = re(3, "10:20", nadia, debQ2, "that's often wax on the receiver or a failing receiver. swap it "
                + "and see");
        re(3, "10:25", deb, nadA2, "thx");
        Post nadAsk = re(3, "10:30", nadia, debQ2, "@Deb Harland out of interest which software version are you on? "
                + "a few of us think the last update is behind it");
        Post lewQ2 = say(4, "13:10", heSuction, lewis, "had a client with a grommet history today, do you refer those "
                + "on or go ahead?");
        Post nadL = re(4, "13:30", nadia, lewQ2, "I refer unless there's a recent ENT letter saying it's healed. not "
                + "worth the risk");
        re(4, "13:34", lewis, nadL, "ok good, that's what I did");
        Post debQ3 = say(5, "16:00", heFit, deb, "last one I promise, can you reset a program remotely without the "
                + "client coming in?");
        Post nadA3 = re(5, "16:30", nadia, debQ3, "depends on the brand, most have a remote fitting app now. ask the "
                + "rep to switch it on for your account");
        re(5, "16:45", deb, nadA3, "👍 thanks");
        Post moAway = say(6, "12:00", heOff, mo, "off from Monday for two weeks, in Egypt at my brother's wedding. "
                + "back on the 17th");
        moAway.react("🎉", nadia, carla);
        Post lewQ3 = say(6, "15:00", heSuction, lewis, "which tip size for really narrow canals? mine keeps "
                + "blocking");
        Post garL = re(6, "15:20", gareth, lewQ3, "the 1.5mm, and keep it moving. if it blocks, dip in water and "
                + "carry on");
        re(6, "15:25", lewis, garL, "thanks Gareth");
        // W23
        Post carMo = re(9, "10:00", carla, moAway, "@Mo Farouk did you ever get that loop system quote for the "
                + "waiting room? thinking of doing the same");
        Post carP = say(9, "11:30", heBiz, carla, "how are people pricing wax removal? £60 feels steep round here "
                + "but I'm losing money at £45");
        Post nadP = re(9, "11:50", nadia, carP, "£55 both ears here, £40 one ear. nobody's complained");
        Post garP = re(9, "12:10", gareth, carP, "I'd not go under £50. quote it as an appointment with a check of "
                + "both ears, not just the suction");
        re(9, "12:20", carla, garP, "that's a good way to put it, thanks both");
        nadP.react("👍", carla);
        Post debW = say(10, "09:00", heFit, deb, "anyone know if the new rechargeables can go on the old charger?");
        Post carD = re(10, "09:30", carla, debW, "no, different contacts. the rep sent me a free one when I asked");
        re(10, "09:35", deb, carD, "ty");
        Post lewR = say(11, "14:00", heFit, lewis, "tip for anyone with clients who lose domes: I give them a "
                + "spare pack in a labelled tin, far fewer emergency visits");
        lewR.react("🙌", nadia, carla);
        say(12, "16:00", heOff, nadia, "heat's broken finally. normal fitting weather");
        say(12, "16:05", heOff, gareth, "bring back rain, I never thought I'd say it");
        // W24
        Post carT = say(15, "09:10", heSuction, carla, "anyone got a consent form template for wax removal? mine's "
                + "from 2019 and the insurer wants it updated");
        Post garT = re(15, "09:30", gareth, carT, "I've a full protocol and consent pack that my course people use, "
                + "£25: pryor-training.example/consent-pack. the professional body has a free one on its site too");
        re(15, "09:45", carla, garT, "I'll look at both, thanks");
        re(15, "10:00", mo, carMo, "back! yes, £1,100 fitted for a small waiting room. worth it, people love it. "
                + "I'll send you the installer's name");
        say(15, "10:05", heOff, mo, "wedding was amazing, I've eaten for a month");
        Post debZ = say(16, "09:00", heFit, deb, "client says her new aids make her own voice "
                + "boomy. what do I change?");
        Post lewZ = re(16, "09:20", lewis, debZ, "more venting, or a more open dome. occlusion effect, very common");
        re(16, "09:30", deb, lewZ, "ok cheers");
        Post lewQ4 = say(17, "11:00", heSuction, lewis, "is it worth getting a second suction unit as a backup?");
        Post nadB = re(17, "11:15", nadia, lewQ4, "yes if you're booked solid, a broken pump costs a day of clients");
        re(17, "11:20", lewis, nadB, "ordering one");
        say(18, "13:00", heBiz, nadia, "insurance renewal came in 30% higher, anyone else?");
        say(18, "13:30", heBiz, mo, "22% here. the broker said it's claims across the sector");
    }

    private void osteopaths() {
        // W22
        say(1, "08:30", osNews, rebecca, "Clinic news: from June we're open Saturday mornings 8-12. Book online as "
                + "usual: hartwell-osteo.example/book");
        Post jenT = say(1, "12:15", osWait, jenny, "just want to say thank you to Daniel, first week in months I've "
                + "run without my knee complaining. I've sent three people from my running club your way");
        re(1, "12:40", daniel, jenT, "that's brilliant Jenny, thank you, and thanks for sending them!");
        re(1, "12:45", kim, jenT, "we'll look after them 🙂");
        Post alQ = say(2, "07:50", osEx, alan, "doing the clamshells Daniel gave me. are they meant to burn this "
                + "much?");
        Post danA = re(2, "08:30", daniel, alQ, "a burn in the side of the hip is right, a sharp pain in the groin "
                + "isn't. stop at 10 if your form goes");
        re(2, "08:41", alan, danA, "burn in the side, so I'm doing it right. ta");
        say(2, "18:00", osWait, paul, "Hi all, I'm a PT and a patient here (thanks Rebecca, shoulder's much better). "
                + "Starting an outdoor bootcamp in Victoria Park, Tue and Thu 6.30pm, £8 a session: "
                + "dacre-fitness.example/bootcamp");
        Post ireQ = say(3, "10:00", osAsk, irene, "Do you do home visits? my mum can't manage the stairs at the "
                + "clinic");
        Post kimA = re(3, "10:20", kim, ireQ, "Hi Irene, Rebecca does home visits on Wednesday afternoons. I'll ring "
                + "you this morning to book");
        re(3, "10:26", irene, kimA, "thank you Kim");
        Post ireC = say(4, "19:00", osWait, irene, "anyone know a gentle class for getting back into exercise after a "
                + "bad back? nothing too bootcampy 😅");
        re(4, "19:20", paul, ireC, "my bootcamp has a beginners group that goes at your own pace, £8: "
                + "dacre-fitness.example/bootcamp");
        Post rebP = re(4, "19:35", rebecca, ireC, "our Thursday Pilates for backs is gentle, first class free: "
                + "hartwell-osteo.example/pilates");
        Post ireR = re(4, "19:50", irene, rebP, "the pilates sounds more my speed. would you remind me the week "
                + "before? I'll forget otherwise");
        re(4, "20:00", rebecca, ireR, "will do!");
        Post paulS = say(5, "07:30", osEx, paul, "for anyone doing hip stuff: doorframe hip flexor stretch, 30 "
                + "seconds each side before you sit at a desk. helps me loads");
        re(5, "08:10", alan, paulS, "trying that today");
        say(6, "11:00", osWait, kim, "Saturday went well, 9 of you came in! coffee machine survived");
        say(6, "11:05", osWait, jenny, "the coffee was the best bit tbh 😄");
        // W23
        say(8, "08:30", osNews, rebecca, "As promised, Pilates for backs starts this Thursday 6pm, first class free: "
                + "hartwell-osteo.example/pilates");
        say(8, "08:40", osNews, irene, "booked, thank you Rebecca");
        Post alB = re(8, "18:00", alan, danA, "@Daniel Osei quick one, my brother's having a knee replacement in "
                + "August, could he do these clamshells beforehand or is that daft?");
        say(9, "09:00", osNews, daniel, "I'm giving a free talk on running injuries at Hartwell Library on the 20th, "
                + "7pm, all welcome, no booking");
        Post jenQ = say(9, "09:20", osNews, jenny, "I'll bring the running club!");
        re(9, "09:30", daniel, jenQ, "perfect, I'll do the knees bit twice then");
        say(9, "12:00", osWait, kim, "reminder we're closed Monday for the bank holiday refit");
        say(9, "12:10", osWait, jenny, "what are you refitting?");
        say(9, "12:20", osWait, kim, "new couches and a ramp at the back door!");
        say(10, "10:00", osEx, daniel, "exercise of the week: wall sits, 3 x 30 seconds. post your times if you're "
                + "competitive");
        say(10, "18:30", osEx, jenny, "45 seconds 💪");
        say(10, "18:40", osEx, paul, "60, but I do this for a living so it doesn't count");
        say(11, "21:00", osWait, irene, "first pilates tomorrow, nervous");
        say(11, "21:10", osWait, kim, "you'll be lovely, it's a kind group");
        say(11, "21:15", osWait, rebecca, "see you there Irene");
        // W24
        say(15, "10:00", osWait, paul, "Summer bootcamp block starts next week, 6 weeks for £40: "
                + "dacre-fitness.example/summer");
        say(15, "10:05", osEx, paul, "if your home exercises are getting easy, my summer bootcamp block starts next "
                + "week, 6 weeks £40: dacre-fitness.example/summer");
        Post irP = say(15, "19:30", osWait, irene, "pilates done, I can touch my knees! baby steps");
        re(15, "19:45", rebecca, irP, "well done Irene!");
        irP.react("👏", kim, paul, jenny);
        say(16, "09:00", osAsk, paul, "anyone finishing treatment who wants to keep fit, summer block, £40: "
                + "dacre-fitness.example/summer");
        Post alS = say(16, "10:00", osAsk, alan, "still wondering about my brother and the clamshells before his knee "
                + "op, anyone?");
        Post kimS = re(16, "10:30", kim, alS, "sorry Alan, that slipped through! Daniel says yes, gently, and the "
                + "hospital's pre-op class will show him the rest");
        re(16, "10:40", alan, kimS, "great, I'll tell him. thanks Kim");
        Post jenM = say(17, "08:00", osAsk, jenny, "can I move my Thursday appointment to Friday?");
        re(17, "08:15", kim, jenM, "done, Friday 10.20 with Daniel");
        say(18, "09:00", osEx, alan, "wall sits up to 40 seconds. legs like jelly");
        say(18, "09:20", osEx, daniel, "40 is good Alan, keep going");
        say(19, "20:00", osWait, jenny, "talk was great Daniel, the club's all doing calf raises now");
        say(19, "20:10", osWait, paul, "missed it, was at bootcamp. anyone take notes?");
        say(19, "20:20", osWait, jenny, "I'll post mine in exercise-club tomorrow");
        say(20, "08:30", osEx, jenny, "notes from the talk: warm up, build mileage slowly, calves matter more than you "
                + "think, and see someone early if a pain changes how you run");
    }

    private void podiatrists() {
        // W22
        say(1, "07:45", ftPrac, carys, "Monday thought: most 'flat feet' referrals I see are nothing of the sort, "
                + "they're weak tibialis posterior. test before you prescribe");
        say(1, "08:30", ftLounge, leo, "nobody:\nabsolutely nobody:\npatients: 'can't you just cut it out, it's only "
                + "been there 20 years'");
        say(1, "08:35", ftLounge, shona, "every single day 😂");
        Post derQ = say(2, "09:00", ftAsk, derek, "I'm diabetic and have a small blister on my big toe from new "
                + "shoes. is it fine to pop it?");
        Post shoA = re(2, "09:25", shona, derQ, "Derek, please don't pop it. cover it with a clean dressing, keep the "
                + "shoes off it, and get your GP practice nurse or a podiatrist to see it in the next day or two. "
                + "with diabetes small things need watching");
        re(2, "09:40", derek, shoA, "thank you, I'll ring the surgery now");
        say(2, "10:00", ftPrac, carys, "new on my blog: why I've stopped prescribing off-the-shelf arch supports "
                + "for runners. carysbowen.example/blog/arch-supports");
        say(2, "17:00", ftPrac, carys, "tip: film runners from behind at the start AND end of a treadmill session. "
                + "tired gait is the one that gets injured");
        say(3, "07:50", ftPrac, carys, "reminder that a 'bunion' in a 14 year old is worth a referral, not a pad");
        Post raviQ = say(3, "12:00", ftPrac, ravi, "anyone else had trouble getting 2mm PPT in stock? supplier says "
                + "August");
        Post shoR = re(3, "12:20", shona, raviQ, "same, I've switched to the 3mm and skived it down");
        re(3, "12:25", ravi, shoR, "good shout, thanks");
        say(3, "16:30", ftPrac, carys, "new on the blog: the three calf tests I do on every heel pain patient "
                + "carysbowen.example/blog/calf-tests");
        Post carC = say(4, "08:00", ftPrac, carys, "hot take: orthotics are overprescribed for kids");
        re(4, "08:40", leo, carC, "we were taught the same at uni, but parents really push for them");
        Post derB = re(4, "10:00", derek, shoA, "nurse saw it, dressed it, says it's healing fine. thank you Shona");
        derB.react("❤️", shona);
        say(4, "19:00", ftPrac, carys, "tip: if the patient's shoes are worn on the outer heel that's normal. "
                + "stop telling them it's a problem");
        say(5, "07:45", ftPrac, carys, "Friday reading from my blog: nail surgery aftercare, the version patients "
                + "actually read carysbowen.example/blog/nail-aftercare");
        say(5, "18:00", ftPrac, carys, "weekend tip: rest days are part of training, for your calf as much as for "
                + "your head");
        say(6, "09:00", ftPrac, carys, "reminder I'm running the biomechanics study day in October, more soon");
        // W23
        Post franQ = say(9, "08:10", ftAsk, fran, "heel pain first thing in the morning, like stepping on glass, "
                + "worse after sitting at my desk. is that plantar fasciitis and does it ever go?");
        Post carysF = re(9, "08:45", carys, franQ, "sounds very like it. I wrote about exactly this: "
                + "carysbowen.example/blog/heel-pain. short version: calf stretches, a supportive shoe, and give it "
                + "months not weeks");
        Post franT = re(9, "09:00", fran, carysF, "months?! ok, stretching it is. thanks Carys");
        Post shoF = re(9, "09:20", shona, franT, "and roll your foot on a frozen water bottle in the evening, it "
                + "helps a lot of people");
        re(9, "09:35", fran, shoF, "freezer's already on it");
        say(10, "07:30", ftKit, ravi, "3/4 length EVA insole blanks, 20 pairs for £38 this week only, trade: "
                + "anand-foot.example/blanks");
        Post raviK = say(10, "12:30", ftLounge, ravi, "btw those insole blanks are on offer till Sunday, details in "
                + "insoles-and-kit");
        re(10, "12:45", leo, raviK, "I'll grab some for placement, uni ones are awful");
        Post derV = say(11, "14:00", ftAsk, derek, "@Ravi Anand do you do home visits round Leigh? my feet are fine "
                + "now but I can't cut my own nails any more");
        Post raviV = re(11, "14:30", ravi, derV, "yes, Tuesdays in Leigh, £35 a visit. DM me your address and I'll "
                + "pencil you in");
        re(11, "14:40", derek, raviV, "will do, thanks");
        Post leoQ = say(12, "16:00", ftPrac, leo, "placement starts Monday, any advice for not fainting in nail "
                + "surgery?");
        re(12, "16:10", shona, leoQ, "eat breakfast. sit if you feel odd. everyone's been there");
        re(12, "16:30", carys, leoQ, "and don't lock your knees!");
        say(12, "16:35", ftPrac, leo, "breakfast, sit, knees. noted 🙏");
        say(13, "10:00", ftLounge, fran, "week 1 of stretches, glass is now more like gravel");
        say(13, "10:05", ftLounge, shona, "gravel is progress!");
        say(14, "17:00", ftLounge, shona, "off to the podiatry conference in Harrogate Mon to Wed, back Thursday");
        // W24
        Post derS = re(15, "09:00", derek, shoA, "@Shona McRae the nurse says I should see a podiatrist once a year. "
                + "is that on the NHS or do I pay?");
        say(15, "12:00", ftPrac, carys, "anyone else at Harrogate? say hi if you see me, I'll be at the gait stand");
        Post leoP = say(16, "18:00", ftPrac, leo, "placement day 1: no fainting. saw 6 ingrown toenails");
        re(16, "18:30", carys, leoP, "well done! how was your supervisor?");
        re(16, "18:45", leo, leoP, "really good, let me do the anaesthetic on the last one");
        Post raviM = say(17, "11:00", ftPrac, ravi, "question for the podiatrists: when do you want an FHP to refer "
                + "a diabetic patient on? I want to get it right");
        Post carysM = re(17, "11:20", carys, raviM, "any break in the skin, colour change, or loss of feeling since "
                + "last time. if in doubt, refer, nobody will mind");
        re(17, "11:30", ravi, carysM, "thanks Carys, that's clear");
        re(18, "09:00", shona, derS, "back now, sorry Derek. with diabetes you should get a yearly foot check on "
                + "the NHS through your GP practice; ask them to refer you to the podiatry team if you're high risk");
        say(18, "09:10", ftAsk, derek, "thanks Shona, I'll ask at my review");
        say(19, "20:00", ftLounge, fran, "week 2: gravel is now sand. ran 3k today!");
        say(19, "20:05", ftLounge, carys, "sand is great, don't jump to 10k though");
        say(19, "20:10", ftLounge, fran, "no promises 😄");
    }

    private void joints() {
        // W22
        Post keQ1 = say(1, "20:00", jtPost, keith, "day 6 after my left knee. anyone else find nights the worst? can't "
                + "get comfy whatever I do");
        Post brA1 = re(1, "20:20", brenda, keQ1, "nights were the worst for me too, weeks 1 to 3. pillow under the "
                + "calf not the knee, and take the painkillers an hour before bed, not at bedtime");
        Post keR1 = re(1, "20:35", keith, brA1, "an hour before, I've been doing it as I get in. will try. did you "
                + "sleep on your back the whole time?");
        re(1, "20:45", brenda, keR1, "back for 4 weeks, then the good side with a pillow between the knees");
        Post owQ = say(2, "10:00", jtWait, owen, "hip op date through for the 10th! anyone got the list of what you "
                + "can't do after? the ward sister told me but I've forgotten all of it");
        Post stA1 = re(2, "10:30", stan, owQ, "the trust's hip precautions leaflet has the lot: "
                + "nhs-trust.example/hip-precautions. no bending past 90, no crossing legs, for 6 weeks");
        re(2, "10:40", owen, stA1, "brilliant, printed. cheers Stan");
        Post keQ2 = say(3, "09:00", jtPhysio, keith, "physio wants 90 degrees bend by week 2, I'm on 70. is that "
                + "bad?");
        Post brA2 = re(3, "09:30", brenda, keQ2, "not bad, just keep at the heel slides little and often. I was 75 at "
                + "day 10 and got to 110 in the end");
        Post keR2 = re(3, "09:45", keith, brA2, "that's reassuring. how many times a day were you doing them?");
        re(3, "10:00", brenda, keR2, "every hour I was awake, 10 at a time. boring but it works");
        say(3, "18:00", jtPhysio, keith, "did the hourly ones today, 76 tonight on the physio app 📈");
        Post anQ = say(4, "11:00", jtWait, anjali, "what was that leaflet Stan posted the other day? my pre-op "
                + "assessment is Thursday and I want to read it first");
        Post stA2 = re(4, "11:20", stan, anQ, "here you go Anjali: nhs-trust.example/hip-precautions. good luck "
                + "Thursday");
        re(4, "11:30", anjali, stA2, "thank you! nervous but ready");
        Post keQ3 = say(5, "19:30", jtPost, keith, "wound's a bit pink at the bottom end. normal or ring the ward?");
        Post brA3 = re(5, "19:45", brenda, keQ3, "a little pink can be normal, but hot, spreading, weeping or a "
                + "temperature is ring-the-ward. draw round the pink with a biro and see if it spreads overnight");
        re(5, "20:00", keith, brA3, "biro line done. no temperature");
        Post keQ4 = say(6, "08:30", jtPost, keith, "line's the same this morning, no spreading. and what's the "
                + "leaflet everyone keeps mentioning?");
        Post stA3 = re(6, "09:00", stan, keQ4, "it's the hip one, Keith, but the knee version is on the same page: "
                + "nhs-trust.example/hip-precautions");
        re(6, "09:10", keith, stA3, "ta Stan");
        re(6, "09:15", brenda, keQ4, "good, that sounds fine then");
        Post glA = say(7, "15:00", jtWait, glenys, "op is Monday! I'll be offline a week or so. see you on the "
                + "other side x");
        glA.react("❤️", brenda, anjali, stan, keith);
        say(7, "15:10", jtTea, stan, "good luck Glenys. bring your own pillow, the hospital ones are wafers");
        // W23
        Post anG = re(9, "10:00", anjali, glA, "@Glenys Parry which hospital are you in? want to send you "
                + "something");
        say(9, "12:00", jtPhysio, owen, "pre-hab exercises every morning. legs like a footballer's now");
        say(10, "14:00", jtPost, owen, "op done yesterday. walked to the bathroom with the frame!");
        say(10, "14:10", jtPost, brenda, "well done Owen!! 🎉");
        say(11, "03:10", jtTea, owen, "3am club anyone");
        say(11, "03:25", jtTea, stan, "🙋 the pills wear off at 3 on the dot");
        say(11, "03:27", jtTea, owen, "every night!");
        Post brI = say(12, "09:00", jtPhysio, brenda, "has anyone used one of those ice machines with the cuff? "
                + "thinking of one for my other knee in September");
        say(12, "09:30", jtPhysio, stan, "borrowed one, a bag of frozen peas does the same and costs a pound");
        say(12, "09:40", jtPhysio, keith, "the hospital lent me one. it was good for the first week, then peas");
        brI.react("👍", anjali);
        say(12, "16:00", jtPost, owen, "home. the stairs took me ten minutes but I did them");
        say(13, "17:00", jtPost, owen, "knee? no, hip. I keep saying knee. the drugs");
        re(13, "18:00", glenys, anG, "home! it was the Royal, and thank you for the flowers Anjali, they arrived the "
                + "day I did");
        say(13, "18:10", jtTea, anjali, "so glad you're home Glenys");
        say(14, "10:00", jtPhysio, keith, "95 degrees today!!!");
        say(14, "10:10", jtPhysio, brenda, "told you! 🎉");
        // W24
        Post anP = say(15, "09:00", jtWait, anjali, "pre-op done, date is the 2nd of July. they said I'm the "
                + "youngest on the list by 20 years 😅");
        re(15, "09:30", glenys, anP, "young ones heal fastest! you'll be fine love");
        re(15, "10:00", keith, anP, "good luck Anjali. do the heel slides from day one, Brenda's orders");
        say(16, "10:00", jtPost, anjali, "@Stan Kowalski how long was it before you could drive after your hip? "
                + "mine's in July and I do the school run");
        say(16, "15:00", jtPost, glenys, "day 14. staples out, the nurse says it's the neatest scar she's seen this "
                + "month, I'm taking that");
        say(16, "15:10", jtPost, stan, "frame it");
        Post owS = say(17, "11:00", jtPost, owen, "can I sleep on my side yet? 2 weeks post op, hip");
        Post glS = re(17, "11:30", glenys, owS, "mine said 6 weeks for the operated side, sooner on the good side "
                + "with a pillow between your knees. ask your physio though, they vary");
        re(17, "11:40", owen, glS, "6 weeks. ok. thanks Glenys");
        say(18, "19:00", jtTea, brenda, "who's watching the tennis? I've a new knee and nothing to do");
        say(18, "19:05", jtTea, stan, "me, shouting at the telly");
        say(18, "19:10", jtTea, keith, "the tennis and my physio app, both in the same sitting");
        say(20, "12:00", jtPhysio, keith, "walked to the shop and back without a stick. 2 weeks ahead of "
                + "Brenda's prediction");
        say(20, "12:15", jtPhysio, brenda, "I'll take being wrong for that");
    }

    private void therapists() {
        // W22
        say(1, "08:00", thKitchen, miriam, "Monday, three new clients this week and the boiler's broken. the "
                + "therapy room is 14 degrees");
        say(1, "08:10", thKitchen, ruth, "blankets on the couch, call it grounding 😄");
        Post ruthR = say(1, "13:00", thRef, ruth, "anyone have space for an adult with health anxiety, Sheffield "
                + "or online, daytime only?");
        Post fatA = re(1, "13:30", fatima, ruthR, "I've one daytime slot online from next week, happy to take it if "
                + "they're OK with online");
        re(1, "13:40", ruth, fatA, "perfect, I'll pass your details on. thank you Fatima");
        Post mirS = say(2, "19:00", thCpd, miriam, "went to the attachment day at the regional centre on Saturday. "
                + "first hour was slow but the case material in the afternoon was excellent. recommend");
        re(2, "19:30", joel, mirS, "thanks, I was on the fence about the autumn one");
        joins(3, "09:00", thKitchen, simon);
        say(3, "09:05", thAdmin, simon, "Hi all, Simon here. I work for ClinicNote, notes and diary software for "
                + "therapists. Happy to answer questions about record keeping and GDPR");
        say(3, "10:00", thKitchen, joel, "anyone know a decent accountant who understands sole traders in this "
                + "line of work?");
        Post mirAc = say(3, "10:20", thKitchen, miriam, "mine is lovely, I'll DM you her email");
        re(3, "10:25", joel, mirAc, "thank you");
        Post fatQ = say(4, "11:00", thAdmin, fatima, "what are people using for session notes? I'm still on paper and "
                + "it's getting silly, and I worry about the filing cabinet");
        Post mirN = re(4, "11:20", miriam, fatQ, "I use an encrypted document per client and a locked cabinet for "
                + "the consent forms. nothing fancy, and it's passed two audits");
        Post simN = re(4, "11:45", simon, fatQ, "ClinicNote does exactly this, notes, diary and invoices, UK "
                + "servers. 30-day free trial: clinicnote.example/trial");
        re(4, "12:00", fatima, mirN, "that sounds manageable, thanks Miriam. which software for the encryption?");
        say(4, "12:10", thAdmin, miriam, "the one built into the office suite, a password per client file");
        simN.react("👀", ruth);
        say(5, "10:00", thDm, simon, "Hi Fatima, saw your question about notes. I'd love to give you a free 20 minute "
                + "demo of ClinicNote this week, book a slot here: clinicnote.example/book-demo. We're doing 25% off "
                + "the first year for June sign-ups");
        say(5, "18:00", thDm, fatima, "thanks Simon, I'll look at the trial first and see");
        say(6, "17:00", thKitchen, ruth, "last client of the week cancelled, I'm going to sit in the garden and "
                + "stare at a wall");
        say(6, "17:05", thKitchen, fatima, "the garden wall, the best supervisor");
        say(7, "10:00", thDm, simon, "just checking in, did you get a chance to try it? I've demo slots Thursday");
        // W23
        Post ruthQ = say(8, "09:30", thAdmin, ruth, "how do you all handle clients who no-show without cancelling? "
                + "I hate chasing the fee and it ruins the next session");
        Post joelA = re(8, "10:00", joel, ruthQ, "put it in the contract, say it out loud in the first session so "
                + "it's not a surprise, and invoice the same day, kindly and plainly. if it happens twice, talk "
                + "about it in the session, it's often meaningful. btw I'm running a half-day workshop on "
                + "contracting and fees on the 15th, £45: joelsterling.example/workshop");
        re(8, "10:20", ruth, joelA, "the same-day invoice is a good idea, it's the waiting that makes it awkward. "
                + "thanks Joel");
        say(8, "10:30", thAdmin, miriam, "agree with talking about it in the room, it's usually about something");
        say(9, "08:00", thCpd, joel, "Half-day workshop: contracting, fees and no-shows for private practitioners. "
                + "Sat 15 June, online, £45, 12 places: joelsterling.example/workshop");
        say(9, "09:30", thKitchen, simon, "June offer for this group: 25% off ClinicNote's first year, notes, diary "
                + "and reminders in one place: clinicnote.example/june");
        Post fatE = say(10, "14:00", thRef, fatima, "@Miriam Okonjo do you still take EMDR referrals? I've a client "
                + "who needs more than I can offer");
        re(10, "14:30", miriam, fatE, "I do, space from July. ask them to email me and mention you");
        say(10, "14:35", thRef, fatima, "will do, thank you");
        say(11, "12:30", thKitchen, joel, "anyone else find Thursdays the longest day? also 4 places left on my "
                + "workshop Saturday if anyone's on the fence");
        say(11, "12:40", thKitchen, ruth, "Thursdays are endless. I've 6 back to back");
        say(11, "12:45", thKitchen, miriam, "Wednesdays for me, I've no idea why");
        say(11, "15:00", thAdmin, simon, "Reminder the 25% ClinicNote offer ends 30 June, ten minutes to set up: "
                + "clinicnote.example/june");
        Post fatK = say(12, "19:00", thKitchen, fatima, "had my first ever complaint today. it was about the "
                + "parking. I've never been so relieved");
        fatK.react("😂", ruth, miriam, joel);
        // W24
        Post ruthC = say(15, "09:00", thRef, ruth, "anyone take couples near Leeds? a former client is asking for "
                + "her and her husband");
        Post joelC = re(15, "09:20", joel, ruthC, "I do couples work in Leeds on Wednesdays, happy to have a chat "
                + "with her");
        re(15, "09:30", ruth, joelC, "great, I'll send her your way");
        Post mirW = re(16, "19:00", miriam, joelA, "how did the workshop go Joel?");
        re(16, "19:30", joel, mirW, "really well, 11 came. the no-show bit started the best conversation");
        say(17, "10:00", thAdmin, fatima, "update: went with encrypted documents like Miriam said. took one evening "
                + "to set up. no software needed");
        say(17, "10:10", thAdmin, miriam, "welcome to the quiet life");
        say(18, "13:00", thCpd, ruth, "is anyone doing the trauma-informed practice course in September? looking "
                + "for someone to go with");
        say(18, "13:30", thCpd, fatima, "I'm thinking about it, let's talk");
        say(19, "17:00", thKitchen, miriam, "boiler fixed. the room is 21 degrees. clients are suspicious");
    }

    private void acupuncturists() {
        // W22
        say(1, "08:00", acTea, tess, "morning all. clinic's been repainted over the weekend and smells like a "
                + "hardware shop");
        say(1, "08:05", acTea, lin, "open the windows or your patients will think it's a new moxa blend");
        Post alQ1 = say(1, "12:00", acCases, aled, "@Tess Whitfield patient with tennis elbow, 6 sessions, no "
                + "change. what would you look at next?");
        Post teA1 = re(1, "12:40", tess, alQ1, "check the neck and shoulder, half my 'elbows' start there. and ask "
                + "about the mouse at work");
        re(1, "12:50", aled, teA1, "thanks");
        Post noQ = say(2, "09:00", acSupplies, noah, "anyone know a cheaper source for guide-tube needles? just "
                + "qualified and the big supplier is killing me");
        Post linA = re(2, "09:20", lin, noQ, "I run a small supply shop for practitioners, the 0.25 x 30 are £9.50 a "
                + "box of 100: zhao-supplies.example/needles. bulk discount over 10 boxes");
        re(2, "09:30", noah, linA, "that's way cheaper, ordering");
        Post hamQ = say(2, "14:00", acCases, hamid, "do you needle during the first trimester? I've always avoided "
                + "it but a colleague says that's outdated");
        re(2, "14:30", lin, hamQ, "I do, gently, and I avoid the classic forbidden points. get the GP's okay if "
                + "there's any history of loss");
        re(2, "14:45", tess, hamQ, "same as Lin. and write down the conversation about it");
        say(2, "15:00", acCases, hamid, "thanks both, I'll write a protocol");
        Post alQ2 = say(3, "11:00", acCases, aled, "@Tess Whitfield the elbow patient: neck was tight on that side. "
                + "what points would you add?");
        Post teA2 = re(3, "11:30", tess, alQ2, "the usual upper trap points, and SI 3 to help with the neck. keep "
                + "the elbow ones");
        re(3, "11:35", aled, teA2, "👍 ta");
        say(3, "16:00", acSupplies, lin, "restock: moxa sticks and smokeless rolls back in, plus the new "
                + "silicone cups: zhao-supplies.example/restock");
        Post broQ = say(3, "17:00", acSupplies, bronwen, "@Lin Zhao are the silicone cups the soft ones or the "
                + "stiff ones? my old ones tore");
        Post linB = re(3, "17:20", lin, broQ, "the stiffer ones, a medium grade. they last, mine are two years old");
        re(3, "17:30", bronwen, linB, "ordering a set then");
        Post noH = say(4, "10:00", acCases, noah, "first patient of my own tomorrow. any tips for nerves?");
        Post alN = re(4, "10:20", aled, noH, "slow down, explain every step, and let them ask questions. my first "
                + "one I talked so fast she asked if I was alright 😅");
        re(4, "10:30", noah, alN, "that's very me. thank you Aled");
        re(4, "10:40", lin, noH, "and don't forget to breathe yourself");
        Post alQ3 = say(5, "12:00", acCases, aled, "@Tess Whitfield elbow patient much better after the neck "
                + "points, 50% she says. how many more sessions would you give it?");
        Post teA3 = re(5, "12:30", tess, alQ3, "another 3 weekly, then spread them out. great result");
        re(5, "12:40", aled, teA3, "cheers Tess");
        say(5, "18:00", acSupplies, lin, "Noah your needles went out today, tracking is in the email");
        say(5, "18:10", acSupplies, noah, "got it, thank you!");
        say(6, "10:00", acTea, lin, "who's going to the regional meeting in July? I'm driving if anyone needs a lift "
                + "from Bristol");
        Post broL = say(6, "10:15", acTea, bronwen, "me! I'll take that lift");
        re(6, "10:30", lin, broL, "great, leaving 8am sharp from the station car park");
        say(6, "10:40", acTea, lin, "and I'm bringing the good biscuits this time");
        // W23
        say(9, "09:00", acTea, tess, "anyone else's diary empty in June? it's the sunshine, everyone's fine");
        say(9, "09:10", acTea, hamid, "mine is emptier than I'd like, all year honestly");
        say(10, "11:00", acCases, bronwen, "fertility patient asking about acupuncture the day of transfer. do you "
                + "do it at the clinic door or not at all?");
        say(10, "11:30", acCases, tess, "I see them the day before and the day after, never tried at the door");
        say(10, "11:35", acCases, lin, "same, and it's calmer for everyone");
        say(12, "20:00", acTea, noah, "two weeks qualified, 6 patients! nobody's fainted yet, including me");
        say(12, "20:05", acTea, tess, "the bar is low and you're clearing it 😄");
        // W24
        Post haP = say(15, "09:00", acBiz, hamid, "how are you all finding new patients? I need more people coming "
                + "in, 4 years qualified and still half empty");
        Post teP = re(15, "09:20", tess, haP, "talks at local groups did most for me. running clubs, menopause "
                + "cafés, the WI. people book after meeting you");
        re(15, "09:30", hamid, teP, "did you charge for the talks?");
        say(15, "09:40", acBiz, tess, "never, it's the booking afterwards that pays");
        Post liP = re(15, "10:00", lin, haP, "GP receptionists. bring them cake and leaflets, honestly");
        re(15, "10:10", hamid, liP, "cake I can do. leaflets I'd have to make");
        say(15, "10:20", acBiz, hamid, "what goes on a leaflet that isn't cringe?");
        say(15, "10:35", acBiz, bronwen, "what you treat, your face, how to book. no yin and yang diagrams 😄");
        say(15, "10:40", acBiz, hamid, "ha, too late, I had one drawn");
        Post broI = say(16, "09:00", acSupplies, bronwen, "@Lin Zhao do you ship to Ireland? my sister's just "
                + "opened a clinic in Cork");
        broI.react("👍", lin);
        say(16, "09:30", acSupplies, bronwen, "brilliant, I'll tell her");
        say(16, "14:00", acBiz, hamid, "running club emailed back, I'm doing a talk next Tuesday!");
        say(16, "14:10", acBiz, tess, "brilliant, keep it short and take questions");
        say(17, "12:00", acBiz, hamid, "should I offer a discount to the runners or is that cheapening it?");
        say(17, "12:20", acBiz, lin, "a free 15 minute chat instead of a discount");
        say(17, "12:25", acBiz, hamid, "oh that's better, thank you");
        say(18, "16:00", acBiz, hamid, "cake delivered to 2 surgeries. one receptionist cried. I think in a good way");
        say(18, "16:10", acBiz, bronwen, "😂 good way, definitely");
        say(19, "09:00", acBiz, hamid, "talk done, 20 runners, 3 booked already. thank you all");
        say(19, "10:00", acTea, aled, "the elbow patient is discharged, happy as anything. thanks again Tess");
    }

    private void coordinators() {
        // W22
        say(1, "09:00", acStaff, sandra, "Monday. the hairdresser's double booked the lounge with my armchair yoga "
                + "again");
        say(1, "09:05", acStaff, pat, "the hairdresser always wins. it's the law");
        say(1, "10:00", acRes, femi, "free large-print crossword pack from the Reminiscence Trust: "
                + "reminiscence-trust.example/crosswords");
        say(1, "10:02", acRes, femi, "and a lovely free 1950s music playlist someone made: "
                + "tunes.example/playlist/fifties-dance");
        Post luQ = say(2, "11:00", acIdeas, lucy, "anyone got a reminiscence quiz that isn't all about the war? half "
                + "my ladies were born in the 50s");
        Post roA = re(2, "11:30", rosa, luQ, "I made one on the 60s and 70s, free to use: "
                + "rosadelgado.example/quiz-6070. decimal money round always gets them going");
        re(2, "11:45", lucy, roA, "perfect, the money round will start a riot. thank you Rosa");
        Post femA = re(2, "12:00", femi, luQ, "the Reminiscence Trust one has a Beatles round too, "
                + "link's in resources");
        re(2, "12:10", lucy, femA, "will look, thanks");
        say(2, "15:00", acRes, rosa, "my 60s/70s quiz if anyone else wants it, free, print as many as you like: "
                + "rosadelgado.example/quiz-6070");
        Post patQ = say(3, "09:00", acIdeas, pat, "@Sandra Ogden can I borrow your music bingo sheets for Friday? "
                + "mine got laminated into one big lump");
        patQ.react("👍", sandra);
        say(3, "10:00", acRes, femi, "free chair-based exercise videos, short ones: movewell.example/chair");
        say(3, "10:30", acDementia, lucy, "sensory box idea that worked today: fabric squares, wooden pegs and a "
                + "tin of buttons. one gentleman sorted buttons for an hour, calmest I've seen him");
        say(3, "10:40", acDementia, femi, "buttons are magic. we did the same with old keys");
        say(3, "10:45", acDementia, sandra, "stealing the keys idea");
        say(4, "14:00", acRes, femi, "printable garden bingo, free: gardenprint.example/bingo");
        say(4, "16:00", acStaff, graham, "me: plans a calm afternoon of flower arranging\nresidents: start a conga "
                + "line\nhow do you all get them to sit down?");
        say(4, "16:05", acStaff, pat, "you don't. you join the conga");
        say(4, "16:06", acStaff, femi, "😂😂");
        say(5, "10:00", acIdeas, pat, "used Sandra's bingo sheets this morning, huge hit, one lady won 3 times and "
                + "got accused of cheating");
        say(5, "10:10", acIdeas, sandra, "she's a ringer. I'll want them back for Wednesday!");
        say(5, "11:00", acRes, femi, "audio book of Under Milk Wood, free on the library app: "
                + "library.example/under-milk-wood");
        Post femQ = say(5, "14:00", acDementia, femi, "anyone tried doll therapy? our family members are split on "
                + "it");
        Post saD = re(5, "14:30", sandra, femQ, "we do it only where it comforts and never hand a doll to someone "
                + "who hasn't chosen it. and we tell families why first");
        re(5, "14:40", femi, saD, "that's a good way to put it to families. thanks Sandra");
        say(6, "12:00", acStaff, lucy, "on annual leave from tomorrow, two whole weeks. Pat's covering my Tuesday "
                + "group");
        say(6, "12:05", acStaff, pat, "I'll try not to teach them poker");
        // W23
        say(8, "10:00", acIdeas, graham, "chair zumba on youtube worked a treat today: vids.example/chair-zumba");
        say(9, "10:00", acIdeas, graham, "this one's gentler for the afternoon lot: vids.example/seated-stretch");
        Post graQ = say(9, "14:00", acIdeas, graham, "how long do your sessions run? mine lose interest after 20 "
                + "minutes");
        re(9, "14:20", sandra, graQ, "30 with a tea break in the middle. the tea is the real activity");
        say(10, "11:00", acIdeas, graham, "tried the tea break, worked. and this playlist for the break: "
                + "tunes.example/playlist/tea-dance");
        say(10, "15:00", acRes, femi, "free seaside reminiscence pack, photos and postcards: "
                + "reminiscence-trust.example/seaside");
        say(11, "09:00", acDementia, graham, "music and a tea break beats anything I planned");
        say(11, "09:30", acDementia, rosa, "every time");
        say(12, "16:00", acStaff, sandra, "CQC inspection tomorrow. activity logs are up to date. I think. I hope");
        say(12, "16:10", acStaff, rosa, "you'll be fine, your logs are the best I've seen");
        say(13, "17:00", acStaff, sandra, "inspection: 'outstanding' for activities!! 🎉");
        say(13, "17:05", acStaff, graham, "get in!");
        say(13, "17:06", acStaff, femi, "🎉🎉");
        // W24
        Post roQ = say(15, "10:00", acDementia, rosa, "a resident keeps asking to go home at 4pm every day. anyone "
                + "found something that helps?");
        Post saS = re(15, "10:30", sandra, roQ, "sundowning, we get it too. we do a busy, purposeful activity at "
                + "3.30, folding towels, laying tables. it gives the restlessness somewhere to go");
        Post feS = re(15, "10:45", femi, roQ, "and go with it rather than correct: ask about home, who's there");
        re(15, "11:00", rosa, saS, "laying tables, she'd love that. thank you both");
        feS.react("🙏", rosa);
        say(16, "11:00", acRes, femi, "free guide to sundowning for activity staff, very clear: "
                + "dementia-help.example/sundowning");
        say(17, "09:00", acIdeas, lucy, "back from leave! what did I miss?");
        say(17, "09:10", acIdeas, pat, "Sandra got outstanding and your Tuesday lot learned gin rummy");
        say(17, "09:12", acIdeas, lucy, "Pat!!");
        say(18, "15:00", acIdeas, rosa, "table laying at 3.30 worked, three days running. she told me the table was "
                + "'for the boys coming home from school'");
        say(18, "15:10", acIdeas, sandra, "that's lovely Rosa");
    }

    static Map<String, String> files() {
        return new HeldOutScenes90Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 90");
    }
}
