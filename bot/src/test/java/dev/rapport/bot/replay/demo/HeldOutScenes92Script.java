package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 92 (sealed): eight communities of early careers, of kinds no earlier round used (graduate job
 * hunters with two employers' graduate recruiters and a CV writer among them, electrical apprentices with a qualified
 * electrician who mentors them where nobody sells, a return-to-work programme's own server with its Team and its
 * returners, a mock-interview swap club with two interview coaches and a room for hiring them, a university
 * economics society's server with its Committee and a trading app's campus ambassador and his DM to a fresher,
 * career changers studying accountancy with a tutor who sells revision notes, a first-generation students' mentoring
 * scheme where nobody sells, summer interns at small firms with one who sells a planner template), over three ISO
 * weeks (2030-W30 to W32), written and labelled by writer92 (session 49) before any coach ran on them, with many
 * borderline cases. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-92.csv}. Run {@link #main}
 * from the project root to write the export again.
 */
final class HeldOutScenes92Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2030, 7, 22);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2030, 8, 12, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-92";
    private static final int BASE = 71600;

    // --- A. graduate job hunters with recruiters and a CV writer among them ---
    private final String grads = cast.guild(1201);
    private final Channel gaIntro = cast.channel(grads, "Class of 2030 Job Hunt", "introductions",
            "new here? introduce yourself: your degree and what you're looking for", "ga-introductions.json");
    private final Channel gaGeneral = cast.channel(grads, "Class of 2030 Job Hunt", "general",
            "chat, moral support, rejection rants and wins", "ga-general.json");
    private final Channel gaLeads = cast.channel(grads, "Class of 2030 Job Hunt", "job-leads",
            "graduate vacancies; employers' recruiters welcome to post their roles", "ga-job-leads.json");
    private final Channel gaCv = cast.channel(grads, "Class of 2030 Job Hunt", "cv-clinic",
            "swap CVs, cover letters and statements for feedback", "ga-cv-clinic.json");
    private final Persona kieran = cast.person("kieran.cvs", "Kieran Walsh");
    private final Persona fiona = cast.person("fiona.brightwell", "Fiona Gallagher");
    private final Persona marcus = cast.person("marcus.tenby", "Marcus Oyelowo");
    private final Persona priya = cast.person("priya.maps", "Priya Nair");
    private final Persona tariq = cast.person("tariq.h", "Tariq Hussain");
    private final Persona ellie = cast.person("ellie.b", "Ellie Brennan");
    private final Persona imogen = cast.person("imogen.w", "Imogen Whitaker");

    // --- B. electrical apprentices where nobody sells ---
    private final String sparks = cast.guild(1202);
    private final Channel spCollege = cast.channel(sparks, "Sparks in Training", "college-help",
            "theory, regs, calcs and AM2 prep: ask and help each other", "sp-college-help.json");
    private final Channel spSite = cast.channel(sparks, "Sparks in Training", "site-stories",
            "what happened on site today, good and bad", "sp-site-stories.json");
    private final Channel spTools = cast.channel(sparks, "Sparks in Training", "tools-and-kit",
            "testers, hand tools, what to buy and when", "sp-tools-and-kit.json");
    private final Persona callum = cast.person("callum.sparky", "Callum Fraser");
    private final Persona connor = cast.person("connor.m", "Connor Mulligan");
    private final Persona aisha = cast.person("aisha.bello", "Aisha Bello");
    private final Persona dylan = cast.person("dylan.p", "Dylan Pritchard");
    private final Persona reece = cast.person("reece.h", "Reece Holloway");
    private final Persona megan = cast.person("megan.t", "Megan Tierney");
    private final Persona josh = cast.person("josh.adebayo", "Josh Adebayo");

    // --- C. a return-to-work programme's own server ---
    private final String returnWell = cast.guild(1203);
    private final Role rwTeam = cast.role("Team", "#6a1b9a", 2);
    private final Channel rwNews = cast.channel(returnWell, "ReturnWell Returners", "programme-news",
            "session dates, slides and placement news from the ReturnWell team", "rw-programme-news.json");
    private final Channel rwAsk = cast.channel(returnWell, "ReturnWell Returners", "ask-the-team",
            "questions for the team about the programme, placements and sessions", "rw-ask-the-team.json");
    private final Channel rwWins = cast.channel(returnWell, "ReturnWell Returners", "wins-and-worries",
            "how your return is going, big or small", "rw-wins-and-worries.json");
    private final Channel rwCoffee = cast.channel(returnWell, "ReturnWell Returners", "coffee-room",
            "chat between sessions", "rw-coffee-room.json");
    private final Persona sinead = cast.person("sinead.returnwell", "Sinead Kavanagh", rwTeam);
    private final Persona oliver = cast.person("oliver.returnwell", "Oliver Petrakis", rwTeam);
    private final Persona anita = cast.person("anita.k", "Anita Kapoor");
    private final Persona lorraine = cast.person("lorraine.mcb", "Lorraine McBride");
    private final Persona duncan = cast.person("duncan.ferris", "Duncan Ferris");
    private final Persona yasmin = cast.person("yasmin.h", "Yasmin Haddad");
    private final Persona claire = cast.person("claire.d", "Claire Donnelly");

    // --- D. a mock-interview swap club with two coaches ---
    private final String swap = cast.guild(1204);
    private final Channel isPartner = cast.channel(swap, "Interview Swap Club", "find-a-partner",
            "pair up for mock interviews: say your field and when you're free", "is-find-a-partner.json");
    private final Channel isBank = cast.channel(swap, "Interview Swap Club", "question-bank",
            "ask about interview questions and how to answer them", "is-question-bank.json");
    private final Channel isDebrief = cast.channel(swap, "Interview Swap Club", "debriefs",
            "how your mocks and real interviews went", "is-debriefs.json");
    private final Channel isHire = cast.channel(swap, "Interview Swap Club", "hire-a-coach",
            "coaches offer paid mock interviews here; members can ask for one", "is-hire-a-coach.json");
    private final Persona hannah = cast.person("hannah.coach", "Hannah Lindqvist");
    private final Persona declan = cast.person("declan.mocks", "Declan Moorhouse");
    private final Persona samuel = cast.person("samuel.ok", "Samuel Okafor");
    private final Persona ines = cast.person("ines.m", "Ines Moreau");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wojcik");
    private final Persona lucia = cast.person("lucia.f", "Lucia Ferrante");
    private final Persona arjun = cast.person("arjun.mehta", "Arjun Mehta");

    // --- E. a university economics society ---
    private final String econ = cast.guild(1205);
    private final Role esCommittee = cast.role("Committee", "#1565c0", 2);
    private final Channel esNews = cast.channel(econ, "Northgate Economics & Finance Society", "announcements",
            "events and news from the committee", "es-announcements.json");
    private final Channel esGeneral = cast.channel(econ, "Northgate Economics & Finance Society", "general",
            "chat for members", "es-general.json");
    private final Channel esIntern = cast.channel(econ, "Northgate Economics & Finance Society", "internships",
            "spring weeks, insight days, summer internships: ask and share", "es-internships.json");
    private final Channel esEvents = cast.channel(econ, "Northgate Economics & Finance Society", "events",
            "socials, talks and sign-ups", "es-events.json");
    private final Persona freya = cast.person("freya.l", "Freya Lindholm", esCommittee);
    private final Persona rhys = cast.person("rhys.d", "Rhys Danvers", esCommittee);
    private final Persona maya = cast.person("maya.s", "Maya Sorensen");
    private final Persona kwame = cast.person("kwame.a", "Kwame Asante");
    private final Persona zara = cast.person("zara.iq", "Zara Iqbal");
    private final Persona ben = cast.person("ben.hg", "Ben Hargreaves");
    private final Persona leon = cast.person("leon.stakely", "Leon Castellano");
    private final Channel esDmZara = cast.dm(zara, "dm-leon-zara.json");

    // --- F. career changers studying accountancy ---
    private final String counting = cast.guild(1206);
    private final Channel caStudy = cast.channel(counting, "Counting Anew", "study-room",
            "questions on the AAT units: we help each other", "ca-study-room.json");
    private final Channel caNerves = cast.channel(counting, "Counting Anew", "exam-nerves",
            "exam days, results, panic and celebrations", "ca-exam-nerves.json");
    private final Channel caJob = cast.channel(counting, "Counting Anew", "job-hunt",
            "first finance jobs after a career change", "ca-job-hunt.json");
    private final Channel caResources = cast.channel(counting, "Counting Anew", "resources",
            "notes, videos and mock papers people found useful", "ca-resources.json");
    private final Persona deborah = cast.person("deborah.tutor", "Deborah Quayle");
    private final Persona marek = cast.person("marek.sz", "Marek Szabo");
    private final Persona leanne = cast.person("leanne.c", "Leanne Corrigan");
    private final Persona nkechi = cast.person("nkechi.o", "Nkechi Obi");
    private final Persona stuart = cast.person("stuart.mack", "Stuart Mackie");
    private final Persona ayesha = cast.person("ayesha.r", "Ayesha Rahman");

    // --- G. a first-generation students' mentoring scheme where nobody sells ---
    private final String firstGen = cast.guild(1207);
    private final Channel fgMatch = cast.channel(firstGen, "First Gen Futures", "mentor-match",
            "introduce yourself and pair up: mentors and mentees", "fg-mentor-match.json");
    private final Channel fgAsk = cast.channel(firstGen, "First Gen Futures", "ask-a-mentor",
            "mentees ask, mentors answer", "fg-ask-a-mentor.json");
    private final Channel fgOpps = cast.channel(firstGen, "First Gen Futures", "opportunities",
            "bursaries, paid schemes, insight days and free courses", "fg-opportunities.json");
    private final Channel fgCommon = cast.channel(firstGen, "First Gen Futures", "common-room",
            "chat", "fg-common-room.json");
    private final Persona olumide = cast.person("olumide.b", "Olumide Bakare");
    private final Persona catriona = cast.person("catriona.muir", "Catriona Muir");
    private final Persona vikram = cast.person("vikram.s", "Vikram Sethi");
    private final Persona shannon = cast.person("shannon.d", "Shannon Devlin");
    private final Persona bilal = cast.person("bilal.ch", "Bilal Chaudhry");
    private final Persona chloe = cast.person("chloe.t", "Chloe Tremblay");
    private final Persona niamh = cast.person("niamh.c", "Niamh Cassidy");

    // --- H. summer interns at small firms ---
    private final String internNet = cast.guild(1208);
    private final Channel inIntros = cast.channel(internNet, "Small Firm Interns", "intros",
            "say hello: who you are and where you're interning", "in-intros.json");
    private final Channel inGeneral = cast.channel(internNet, "Small Firm Interns", "general",
            "chat for interns at small firms", "in-general.json");
    private final Channel inHelp = cast.channel(internNet, "Small Firm Interns", "help-desk",
            "stuck on something at work? ask here", "in-help-desk.json");
    private final Channel inProjects = cast.channel(internNet, "Small Firm Interns", "side-projects",
            "show what you're building outside work", "in-side-projects.json");
    private final Persona elif = cast.person("elif.d", "Elif Demir");
    private final Persona harvey = cast.person("harvey.ok", "Harvey Okoro");
    private final Persona lottie = cast.person("lottie.b", "Lottie Brannigan");
    private final Persona sanjay = cast.person("sanjay.p", "Sanjay Pillai");
    private final Persona georgia = cast.person("georgia.f", "Georgia Finnegan");
    private final Persona mateo = cast.person("mateo.r", "Mateo Ruiz");

    HeldOutScenes92Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        gradHunt();
        sparks();
        returners();
        interviewSwap();
        econSoc();
        econSocDm();
        aatChangers();
        firstGen();
        interns();
    }

    private void gradHunt() {
        // W30
        Post elW = say(1, "09:10", gaGeneral, ellie, "monday again. 14 applications out, 2 rejections, 12 silences. "
                + "how's everyone else doing?");
        re(1, "09:25", tariq, elW, "9 out, one phone screen on thursday! silence is the worst part");
        re(1, "09:40", imogen, elW, "3 out but I've got an assessment centre next week, terrified");
        Post fiW = re(1, "10:05", fiona, elW, "from the other side of the desk: silence usually means the role "
                + "hasn't closed yet, not a no. most of our grad roles sit open for 6 weeks");
        re(1, "10:20", ellie, fiW, "that's actually reassuring, thank you Fiona");
        say(1, "11:00", gaLeads, fiona, "Brightwell Logistics graduate supply chain scheme, Leeds or Bristol, "
                + "closes 16 Aug: brightwell.example/careers/grad-supply-chain");
        say(1, "14:00", gaLeads, marcus, "Tenby Analytics junior data analyst, Manchester, no degree subject "
                + "required: tenby-analytics.example/jobs/junior-analyst");
        joins(2, "08:30", gaIntro, priya);
        Post prI = say(2, "08:45", gaIntro, priya, "hi all, I'm Priya, just finished a geography degree, looking at "
                + "planning and environmental consultancy. my portfolio of GIS maps is here if anyone's curious: "
                + "priyanair-maps.example");
        Post kiP = re(2, "09:30", kieran, prI, "welcome Priya! consultancy CVs are tricky. I do full CV rewrites "
                + "for £45, 48 hour turnaround, DM me");
        Post elP = re(2, "09:50", ellie, prI, "welcome! the maps are gorgeous, the flood one especially");
        re(2, "10:05", priya, elP, "thanks Ellie! that one took me most of third year");
        Post imQ = say(2, "13:00", gaGeneral, imogen, "what actually happens at an assessment centre group task? "
                + "do they want you to lead or not?");
        Post fiA = re(2, "13:30", fiona, imQ, "we're not scoring who talks most. we look for who brings the quiet "
                + "person in, who keeps time, who changes their mind when a better idea comes up");
        re(2, "13:45", imogen, fiA, "ok that's completely not what I thought. thank you!");
        say(3, "10:00", gaGeneral, kieran, "CV rewrites £45 this week, 2 slots left. graduate and career change "
                + "CVs my speciality, DM me");
        Post taC = say(3, "12:00", gaCv, tariq, "could someone look at my personal statement? it's 6 lines and "
                + "I hate all of them: 'motivated economics graduate seeking...'");
        Post elC = re(3, "12:30", ellie, taC, "cut 'motivated', everyone writes it. lead with the thing you did: "
                + "'economics graduate who built a rent model for the students' union'");
        re(3, "12:45", tariq, elC, "oh that's so much better. the rent model was the best thing I did");
        Post prC = say(3, "15:00", gaCv, priya, "same question for consultancy: do they care about GIS or is that "
                + "too niche?");
        re(3, "15:40", fiona, prC, "not a consultancy recruiter but from what I hear GIS is gold there. put it "
                + "in your first three lines");
        re(3, "16:00", priya, prC, "first three lines, got it 🙏");
        say(4, "09:00", gaGeneral, tariq, "phone screen done! they asked about the rent model, so glad I moved it "
                + "up. thanks @Ellie Brennan");
        say(4, "09:15", gaGeneral, ellie, "yesss Tariq 🎉");
        say(5, "10:00", gaCv, kieran, "reminder that CV rewrites are £45 and I've one slot left before the weekend, "
                + "DM me");
        Post maQ = say(5, "11:00", gaLeads, marcus, "anyone here applied for the junior analyst role? happy to "
                + "answer questions about the test");
        Post imM = re(5, "11:30", imogen, maQ, "is the test Excel or SQL?");
        re(5, "11:50", marcus, imM, "mostly Excel, one short SQL question, you can google during it");
        say(6, "19:00", gaGeneral, imogen, "assessment centre tuesday. wish me luck");
        say(6, "19:05", gaGeneral, priya, "good luck! bring the quiet person in 😄");
        // W31
        Post imA = say(8, "10:00", gaGeneral, imogen, "@Fiona Gallagher sorry to bother you, how long should the "
                + "presentation part be if they say 'about 5 minutes'?");
        re(8, "10:30", fiona, imA, "4 and a half. under is always fine, over never is");
        say(8, "14:00", gaLeads, marcus, "Tenby Analytics open evening for the analyst scheme, Thursday 6pm: "
                + "tenby-analytics.example/events/open-evening");
        say(8, "14:10", gaGeneral, marcus, "if you're in Manchester Thursday come and meet the team: "
                + "tenby-analytics.example/events/open-evening");
        say(8, "14:20", gaIntro, marcus, "hi all, Marcus from Tenby's talent team. open evening Thursday: "
                + "tenby-analytics.example/events/open-evening");
        say(9, "18:00", gaGeneral, imogen, "assessment centre done. I brought the quiet person in and she ended "
                + "up saving our group");
        Post taI = say(9, "18:20", gaGeneral, tariq, "@Imogen Whitaker how did it go, what was the group task? mine "
                + "is in two weeks");
        Post imF = say(10, "09:00", gaCv, imogen, "they want a 'strengths' cover letter for the next stage. what "
                + "does that even mean?");
        Post fiF = re(10, "09:30", fiona, imF, "they give you their strengths list, you pick two and prove each "
                + "with a story. situation, what you did, what changed");
        Post elF = re(10, "10:00", ellie, imF, "I did one for the civil service, it's basically STAR but shorter");
        re(10, "10:15", imogen, fiF, "thanks!");
        say(10, "16:00", gaGeneral, kieran, "for anyone doing strengths letters: name the strength in the first "
                + "sentence of each paragraph, assessors skim");
        Post imP = say(12, "11:00", gaGeneral, imogen, "@Fiona Gallagher last one I promise: do you negotiate a "
                + "grad salary or just take it?");
        re(12, "11:40", fiona, imP, "on a scheme the salary is set for the cohort, so ask about relocation or a "
                + "start date instead. small firms are different, there you can ask");
        say(12, "12:00", gaLeads, fiona, "Brightwell has added a Bristol warehouse analyst role, same closing "
                + "date: brightwell.example/careers/warehouse-analyst");
        say(13, "20:00", gaGeneral, imogen, "got through to final round!!");
        say(13, "20:10", gaGeneral, priya, "amazing!! 🎉");
        say(13, "20:12", gaGeneral, tariq, "🎉🎉");
        Post prQ = say(14, "10:00", gaCv, priya, "rewrote my CV with GIS up top. anyone fancy a look? "
                + "pastebin.example/priya-cv");
        re(14, "11:00", kieran, prQ, "much stronger. I'd swap 'responsible for' for what the maps were used for, "
                + "one line each");
        say(14, "16:00", gaGeneral, fiona, "heads up, I'm at university careers fairs Mon-Thu next week so slow "
                + "to reply till Friday");
        // W32
        Post taF = say(15, "09:30", gaGeneral, tariq, "@Fiona Gallagher do Brightwell sponsor visas for the "
                + "grad scheme? asking for my flatmate");
        say(15, "12:00", gaCv, tariq, "group task tomorrow. using the bring-in-the-quiet-person trick");
        say(16, "18:00", gaGeneral, tariq, "group task done, think it went ok. it was a budget exercise");
        say(16, "18:10", gaGeneral, ellie, "budget ones are fun. well done");
        Post elQ = say(17, "10:00", gaCv, ellie, "two offers, one bigger firm, one tiny consultancy that seems "
                + "nicer. how do you choose?");
        re(17, "10:30", priya, elQ, "who would teach you more in year one? I'd go nicer");
        re(17, "10:45", tariq, elQ, "nicer. a grad scheme at a place you hate is still a place you hate");
        Post kiE = re(17, "11:00", kieran, elQ, "ask both who your manager would be and meet them if you can");
        re(17, "11:30", ellie, kiE, "thank you all, asking to meet both managers");
        re(19, "09:00", fiona, taF, "back! yes, the supply chain scheme sponsors. tell your flatmate to tick the "
                + "box on the form and we'll talk him through it");
        re(19, "09:20", tariq, taF, "legend, thanks Fiona");
        say(19, "15:00", gaLeads, marcus, "junior analyst applications close Friday if anyone's still deciding");
        say(20, "12:00", gaGeneral, imogen, "I GOT IT. offer from Brightwell");
        say(20, "12:05", gaGeneral, fiona, "I may have known before you. congratulations Imogen 😄");
        say(20, "12:10", gaGeneral, ellie, "🎉🎉🎉");
    }
    private void sparks() {
        // W30
        Post coQ = say(1, "07:30", spCollege, connor, "anyone got a good way to remember the max Zs tables for "
                + "the AM2? I keep mixing up the B and C curves");
        Post meA = re(1, "07:50", megan, coQ, "I made flashcards, B is the one for houses so I learned that "
                + "column first and only worked out C from it");
        re(1, "08:05", connor, meA, "learning one and working out the other, clever. cheers Megan");
        say(1, "17:30", spSite, dylan, "first day wiring a full kitchen on my own while the spark was on the "
                + "phone. nothing exploded");
        say(1, "17:40", spSite, aisha, "the bar is on the floor and you cleared it 😂");
        Post joQ = say(2, "12:10", spTools, josh, "which multifunction tester did your firms give you? mine wants "
                + "me to buy my own by year 3");
        Post caT = re(2, "12:40", callum, joQ, "don't buy new in year 2. most of us bought the firm's old one "
                + "when they upgraded. ask your supervisor");
        re(2, "13:00", josh, caT, "didn't know that was a thing, will ask");
        say(2, "13:05", spTools, dylan, "the wholesaler has the ratcheting crimpers half price this week if "
                + "anyone needs them: wholesale-sparks.example/crimpers");
        Post reQ = say(3, "19:00", spCollege, reece, "how do you work out volt drop for a long cable run? the "
                + "college notes make no sense to me");
        Post meV = re(3, "19:20", megan, reQ, "these helped me: notes.example/volt-drop-basics "
                + "calcs.example/mv-a-m-table videos.example/volt-drop-worked "
                + "notes.example/volt-drop-ring-final");
        re(3, "19:40", reece, meV, "cheers");
        say(3, "19:45", spCollege, aisha, "the worked example video is the good one, watch that first");
        say(4, "07:15", spSite, connor, "supervisor let me do the consumer unit change today start to finish, "
                + "he only checked at the end");
        say(4, "07:30", spSite, callum, "that's a big day Connor. he trusts you");
        Post aiQ = say(4, "20:00", spCollege, aisha, "is it worth doing the EV charger course as an apprentice "
                + "or wait till qualified?");
        re(4, "20:30", callum, aiQ, "wait. you need the 18th edition first anyway and the course is cheaper "
                + "through your firm once you're on the books as an improver");
        say(5, "18:00", spSite, megan, "someone left a live neutral floating in a loft. found it with the tester "
                + "before I found it with my hand. always test");
        say(5, "18:05", spSite, dylan, "always test 🙏");
        say(6, "10:00", spCollege, josh, "passed my level 2 theory resit!! second time lucky");
        say(6, "10:05", spCollege, megan, "well done Josh!");
        say(6, "10:06", spCollege, connor, "get in");
        // W31
        Post reR = say(8, "07:40", spSite, reece, "@Callum Fraser how do you test a ring final properly? my "
                + "spark just does it without explaining");
        Post caR = re(8, "08:10", callum, reR, "end to end on each conductor first, then cross-connect line and "
                + "neutral and measure at every socket. readings should all be about the same. if one's high "
                + "you've got a spur or a loose terminal");
        re(8, "08:30", reece, caR, "ok");
        Post reS = say(9, "19:00", spCollege, reece, "what's the difference between RCD and RCBO again");
        Post caS = re(9, "19:20", callum, reS, "RCD protects a group of circuits against earth leakage. RCBO "
                + "does that plus overcurrent for one circuit, so one fault doesn't kill the whole kitchen");
        re(9, "19:25", reece, caS, "right");
        Post dyQ = say(9, "20:00", spCollege, dylan, "is there a trick to the regs book tabs? mine looks like a "
                + "rainbow exploded");
        Post meT = re(9, "20:15", megan, dyQ, "colour by part not by topic. part 4 red, part 5 blue, part 6 "
                + "green, appendix 4 yellow");
        re(9, "20:20", dylan, meT, "doing this tonight, thanks");
        Post reB = say(11, "07:30", spSite, reece, "we're swapping an old rewireable fuse board today, what do I "
                + "need to check first?");
        Post caB = re(11, "07:50", callum, reB, "test the existing installation before you touch it and write "
                + "down what you find, so nobody blames you for what was already there. @Reece Holloway what "
                + "board did they fit in the end?");
        say(11, "18:00", spCollege, aisha, "anyone got past papers for the AM2 safe isolation bit?");
        say(11, "18:20", spCollege, connor, "our tutor had some, I'll bring them in friday and photo them for "
                + "you");
        say(12, "19:00", spCollege, reece, "what's the max disconnection time for a socket circuit on TN-S?");
        say(12, "19:30", spCollege, megan, "0.4 seconds for final circuits up to 63A on TN systems");
        say(13, "09:00", spCollege, connor, "photos of the safe isolation papers for @Aisha Bello: "
                + "pastebin.example/safe-isolation-papers");
        say(13, "09:20", spCollege, aisha, "you're a star Connor");
        say(13, "17:00", spSite, josh, "friday feeling. 4 days on a new build and the plasterers are finally "
                + "out");
        // W32
        say(15, "07:20", spSite, callum, "anyone need a hand with AM2 prep this week, ping me. I've got "
                + "evenings free till the 10th");
        Post dyM = say(15, "07:40", spSite, dylan, "@Callum Fraser yes please! could we do a video call "
                + "wednesday on fault finding?");
        re(15, "08:00", callum, dyM, "wednesday 7pm, I'll bring a board with three faults in it");
        say(17, "21:00", spCollege, dylan, "fault finding call with Callum was brilliant. found two of three, "
                + "the third was a cracked neutral terminal");
        say(17, "21:05", spCollege, callum, "you'd have found it with another 10 minutes");
        Post meQ = say(18, "12:00", spTools, megan, "anyone used the cheap 'test lamp' style voltage indicators? "
                + "are they GS38 ok?");
        Post caG = re(18, "12:20", callum, meQ, "only if the probe tips and the fuses are right. I'd spend the "
                + "extra on a proper two-pole one with a proving unit");
        re(18, "12:30", connor, meQ, "my firm banned the cheap ones after one failed");
        re(18, "12:40", megan, caG, "fair, two-pole it is. thanks both");
        say(19, "17:00", spSite, reece, "passed my inspection and testing unit");
        say(19, "17:05", spSite, aisha, "nice one Reece");
        say(19, "17:10", spSite, connor, "👏");
        Post aiA = say(20, "10:00", spCollege, aisha, "AM2 booked for september. scared");
        re(20, "10:20", megan, aiA, "you've done the safe isolation papers twice, you'll be fine");
        re(20, "10:25", josh, aiA, "you'll smash it");
    }
    private void returners() {
        // W30
        say(1, "09:00", rwNews, sinead, "welcome to week 1 of the summer cohort! Tuesday's session is 'your "
                + "career break is not a gap', 10am on the usual link. slides after in this channel");
        Post anH = say(1, "09:30", rwWins, anita, "hello all, Anita, 8 years out raising three kids, used to be a "
                + "quantity surveyor. I'm excited and a bit sick");
        re(1, "09:45", lorraine, anH, "both of those are normal! 5 years out here, ex-HR");
        re(1, "10:00", sinead, anH, "excited and a bit sick is the right mix. welcome Anita");
        Post duH = say(1, "11:00", rwWins, duncan, "Duncan, 6 years as a full-time carer for my dad. I was a "
                + "bookkeeper and I'm trying to work out if I go back employed or restart my own practice");
        re(1, "11:30", yasmin, duH, "same dilemma here with translation work. nice to meet you");
        say(2, "10:55", rwCoffee, claire, "first session in 7 years where I'm not the one holding the snacks");
        say(2, "11:00", rwCoffee, lorraine, "😂 bring snacks anyway");
        say(2, "12:30", rwNews, sinead, "slides from today: returnwell.example/cohort-summer/week1-slides");
        Post clQ = say(3, "09:15", rwAsk, claire, "how do I explain the break on my CV? one line or a whole "
                + "section?");
        Post siC = re(3, "09:50", sinead, clQ, "one line, dated like a job: 'career break, caring for family, "
                + "2023-2030'. then anything you did in it that counts, the PTA treasurer role, the course, "
                + "goes underneath");
        re(3, "10:05", claire, siC, "PTA treasurer counts? I ran a £12k budget for that");
        re(3, "10:20", sinead, siC, "it absolutely counts. put the £12k in");
        say(3, "15:00", rwAsk, yasmin, "will the placements be remote or in person?");
        say(3, "15:40", rwAsk, oliver, "@Yasmin Haddad mostly hybrid, two days in the office. I'll match you in "
                + "week 2");
        say(4, "20:00", rwWins, lorraine, "small win: rang an old colleague for the first time in 5 years. she "
                + "wants to have coffee");
        say(4, "20:10", rwWins, anita, "that's not small! well done");
        say(5, "14:00", rwNews, oliver, "placement matching starts Monday. fill in your preferences form by "
                + "Sunday: returnwell.example/placements/preferences");
        say(6, "10:00", rwCoffee, duncan, "filled in the form. put 'finance team, kind people' as my top wish");
        say(6, "10:10", rwCoffee, claire, "kind people is the top of mine too");
        // W31
        say(8, "09:00", rwNews, sinead, "week 2: 'confidence and the imposter voice', Tuesday 10am. bring one "
                + "thing you're proud of from the break");
        Post anO = say(9, "10:30", rwAsk, anita, "@Oliver Petrakis the QS firm you mentioned, would they let me "
                + "start on 3 days a week for the first month? school holidays");
        say(9, "12:30", rwNews, sinead, "slides from the imposter session: "
                + "returnwell.example/cohort-summer/week2-slides");
        Post loQ = say(9, "13:00", rwAsk, lorraine, "is it ok to ask for a phased return on a placement or does "
                + "that look bad?");
        Post siL = re(9, "13:20", sinead, loQ, "it looks sensible. every employer on the programme has agreed "
                + "to talk about phasing. ask in the first meeting");
        re(9, "13:30", lorraine, siL, "phew. thank you");
        say(10, "09:00", rwNews, oliver, "placements update: 9 of 12 matched already, the rest by Friday");
        say(10, "16:00", rwWins, duncan, "decided: restarting my own bookkeeping practice, part time alongside "
                + "a placement. new site is up: ferris-books.example");
        say(10, "16:20", rwWins, yasmin, "congratulations Duncan, that's a big decision");
        say(11, "11:00", rwCoffee, oliver, "who else is watching the cricket instead of working");
        say(11, "11:05", rwCoffee, lorraine, "guilty");
        say(11, "11:10", rwCoffee, oliver, "the office has it on mute in the corner");
        Post yaQ = say(11, "15:00", rwAsk, yasmin, "if I freelance as well as the placement, do I have to tell "
                + "them?");
        re(11, "15:30", sinead, yaQ, "tell them, it's usually fine and it saves a surprise later. Duncan's doing "
                + "the same");
        say(12, "09:30", rwNews, oliver, "placement intro calls are in your inboxes now");
        say(12, "17:00", rwWins, claire, "my placement is a school business office. the PTA treasurer line got "
                + "me it, I'm sure of it");
        say(12, "17:10", rwWins, sinead, "told you! 🎉");
        say(13, "10:00", rwCoffee, anita, "still haven't heard about days for the QS one. anyone else still "
                + "waiting on their match?");
        say(13, "10:30", rwCoffee, duncan, "mine came through thursday. I'm sure yours is close");
        // W32
        say(15, "09:00", rwNews, sinead, "week 3: 'negotiating your return', Tuesday 10am. last group session "
                + "before placements start");
        re(15, "09:40", oliver, anO, "Anita I'm so sorry, this slipped past me last week. yes, they've agreed 3 "
                + "days for August. I'll send the details today");
        re(15, "10:00", anita, anO, "oh brilliant, thank you!");
        Post yaS = say(17, "11:00", rwAsk, yasmin, "@Sinead Kavanagh can I bring my placement manager's offer "
                + "letter to the negotiating session to go through?");
        re(17, "11:20", sinead, yaS, "yes please, we'll use it as the example if you're happy to");
        say(18, "18:00", rwWins, anita, "first day at the QS firm. they still use the same software I did 8 "
                + "years ago 😂");
        say(18, "18:10", rwWins, lorraine, "fate!");
        say(18, "18:15", rwWins, oliver, "so pleased for you Anita");
        Post duQ = say(19, "10:00", rwAsk, duncan, "does the programme cover anything on pricing self-employed "
                + "work or is that out of scope?");
        re(19, "10:30", oliver, duQ, "out of scope for the sessions but I'll send you the guide our last cohort "
                + "liked: gov-business.example/pricing-your-services");
        re(19, "10:40", duncan, duQ, "perfect, thank you");
        say(20, "12:00", rwCoffee, claire, "end of the programme next week. I'm going to miss this room");
        say(20, "12:05", rwCoffee, yasmin, "we're keeping the chat going, no excuses");
    }
    private void interviewSwap() {
        // W30
        say(1, "10:00", isHire, hannah, "August slots open for mock interviews, competency and strengths "
                + "based, £40 for 45 minutes with written feedback. DM me");
        Post saP = say(1, "12:00", isPartner, samuel, "looking for a partner: civil engineering grad roles, free "
                + "most evenings");
        Post inP = re(1, "12:30", ines, saP, "I'm HR grad schemes but happy to swap, I can play a tough panel");
        Post saT = re(1, "12:45", samuel, inP, "great! @Ines Moreau can you do Thursday 7pm?");
        inP.react("👍", samuel);
        saT.react("👍", ines);
        Post arL = say(2, "09:00", isPartner, arjun, "hey all, would you all like and share the "
                + "LinkedIn post I wrote about my interview prep journey? linkedin.example/posts/arjun-mehta-prep");
        Post toQ = say(2, "11:00", isBank, tomasz, "how do you answer 'tell me about a time you failed' without "
                + "sounding either fake or like a disaster?");
        Post luA = re(2, "11:30", lucia, toQ, "pick a real but small fail, spend one line on it and three on what "
                + "you changed afterwards");
        re(2, "11:40", hannah, toQ, "and end on the next time it came up and went better. panels love a "
                + "sequel");
        re(2, "12:00", tomasz, luA, "one line on the fail, three on the fix. thanks Lucia");
        say(3, "19:00", isDebrief, samuel, "did my first swap with Ines, she grilled me on a project I barely "
                + "remembered. good practice");
        say(3, "19:10", isDebrief, ines, "he was great on the technical stuff, needs more stories");
        Post toL = say(3, "20:00", isBank, tomasz, "@Hannah Lindqvist you mentioned a list of common "
                + "competency questions the other day, could you share it?");
        re(3, "20:20", hannah, toL, "sure, it's free on my site, no sign-up: hannahlindqvist-coaching.example/"
                + "50-questions");
        re(3, "20:30", tomasz, toL, "perfect, thanks Hannah");
        say(4, "09:00", isDebrief, arjun, "had an interview yesterday. please like and share my post about it, "
                + "would mean a lot: linkedin.example/posts/arjun-mehta-prep");
        Post luH = say(4, "14:00", isHire, lucia, "does anyone here do paid mock interviews for consulting case "
                + "rounds?");
        Post haL = re(4, "14:20", hannah, luH, "I do case rounds, £40 for 45 minutes, recorded so you can watch "
                + "it back. DM me and we'll find a slot");
        re(4, "14:30", declan, luH, "I do too, ex-consultant, happy to chat about which suits you");
        re(4, "15:00", lucia, haL, "messaging you now Hannah");
        Post saQ = say(5, "18:00", isBank, samuel, "what do you say when they ask for your salary expectations?");
        Post deA = re(5, "18:30", declan, saQ, "give a range you've looked up for the role and the city, and say "
                + "you're flexible for the right scheme");
        re(5, "18:35", samuel, deA, "looked up range plus flexible, got it");
        // W31
        Post deP = say(8, "09:00", isHire, declan, "@Hannah Lindqvist how do you price case rounds vs competency? "
                + "I've been charging the same for both");
        Post haP = re(8, "09:20", hannah, deP, "case rounds more, they take twice the prep. I went £40 and £55");
        Post deZ = re(8, "09:30", declan, haP, "makes sense. do you record on zoom or something else?");
        re(8, "09:45", hannah, deZ, "zoom, then a private link. nothing fancy");
        Post luQ = say(8, "12:00", isBank, lucia, "case interview next week, how do you structure a market "
                + "sizing question out loud?");
        Post deD = say(8, "20:00", isHire, declan, "@Hannah Lindqvist do you take deposits? had two no-shows last "
                + "month");
        Post haD = re(8, "20:30", hannah, deD, "50% upfront since spring, no-shows vanished");
        Post deR = re(9, "08:30", declan, haD, "doing that. what about rescheduling, how many times do you "
                + "allow?");
        re(9, "08:50", hannah, deR, "once free, then it counts as the session");
        Post toS = say(9, "10:00", isBank, tomasz, "anyone know what a 'strengths' interview is? no competency "
                + "questions at all apparently");
        Post deU = say(9, "17:00", isHire, declan, "@Hannah Lindqvist any view on group packages for universities? "
                + "a careers service asked me");
        Post haU = re(9, "17:30", hannah, deU, "did one in spring, charged per student per hour, they liked that");
        Post deS = re(10, "09:00", declan, haU, "per student, smart. I'll quote that. do you use a booking tool "
                + "or just DMs?");
        Post haB = re(10, "09:20", hannah, deS, "a simple calendar page. DMs got messy");
        re(10, "12:00", declan, haB, "thanks, this has saved me a week of faffing");
        Post haM = re(10, "13:00", hannah, luQ, "top down: population, share who'd buy, how often, price. say "
                + "each assumption out loud and round hard, they care about the logic not the number");
        re(10, "13:30", lucia, haM, "that's so clear, thank you");
        Post inS = re(10, "14:00", ines, toS, "they ask what you enjoy and what comes easily, fast questions, no "
                + "time to prepare a story. I had one at a bank");
        re(10, "14:20", tomasz, inS, "thanks Ines, that's useful to know before friday");
        Post deQ = say(12, "10:00", isHire, declan, "@Hannah Lindqvist the careers service said yes to the per "
                + "student quote! do you invoice before or after a package like that?");
        Post haI = re(12, "10:30", hannah, deQ, "half before, half after the last session. universities pay "
                + "slowly so start early");
        Post deI = re(12, "10:45", declan, haI, "half and half, noted. you're a star");
        say(12, "11:00", isHire, declan, "and sorry for hogging the channel this week 😄");
        Post arS = say(11, "19:00", isPartner, arjun, "anyone up for a swap this weekend? retail management "
                + "grad schemes");
        Post saA = re(11, "19:20", samuel, arS, "I'll do saturday 11am, I'll ask you the ones my panel asked me");
        re(11, "19:30", arjun, saA, "deal, thanks Samuel");
        say(13, "15:00", isDebrief, arjun, "swap with Samuel today. he asked me the failure question and I "
                + "finally had a good answer. owe you one Samuel");
        say(13, "15:10", isDebrief, samuel, "you did really well. next time you grill me");
        // W32
        say(15, "18:00", isDebrief, lucia, "case interview done. I sized the UK dog-walking market out loud and "
                + "they smiled");
        say(15, "18:10", isDebrief, hannah, "that smile means something. well done Lucia");
        Post inQ = say(16, "12:00", isBank, ines, "final round is a presentation plus questions from the panel. "
                + "any tips for the questions after?");
        Post deF = re(16, "12:40", declan, inQ, "repeat the question back in a few words before you answer. buys you "
                + "three seconds and shows you listened");
        re(16, "13:00", arjun, inQ, "and it's fine to say 'I'd need to check, but my first thought is...'");
        re(16, "13:20", ines, deF, "both really good, thank you");
        say(17, "19:00", isPartner, tomasz, "need one more swap before friday, anyone free thursday?");
        say(17, "19:30", isPartner, ines, "thursday 6pm works for me");
        say(19, "17:00", isDebrief, tomasz, "offer from the water company!! thanks to everyone who swapped with "
                + "me");
        say(19, "17:05", isDebrief, ines, "yesss 🎉");
        say(19, "17:10", isDebrief, declan, "congratulations Tomasz");
        say(20, "10:00", isHire, declan, "September slots are up for case and competency mocks, deposits now "
                + "50%. DM me");
    }
    private void econSoc() {
        // W30
        say(1, "10:00", esGeneral, leon, "hey all! summer's a great time to start investing. use my code LEON20 on "
                + "Stakely and get £20 free: stakely.example/r/LEON20");
        Post kwQ = say(1, "13:00", esIntern, kwame, "when do spring week applications open? I'm going into second "
                + "year and I've no idea what I'm doing");
        Post frK = re(1, "13:30", freya, kwQ, "the big banks open late August to October and close early, some "
                + "by November. start a spreadsheet now and the society's timeline guide helps: "
                + "northgate-econsoc.example/spring-weeks");
        re(1, "13:40", maya, kwQ, "and do the insight days too, they're less competitive and some lead "
                + "straight to a spring week");
        re(1, "14:00", kwame, frK, "spreadsheet started. thanks Freya");
        say(2, "11:00", esNews, rhys, "freshers' pub quiz is booked! 25 September, free, sign up here so we "
                + "know numbers: northgate-econsoc.example/events/quiz");
        Post beQ = say(2, "15:00", esIntern, ben, "is it worth doing a summer internship at a tiny firm or "
                + "hold out for a big name?");
        Post maB = re(2, "15:30", maya, beQ, "I did 8 weeks at a 6-person wealth manager and got way more real "
                + "work than friends at banks. interviewers asked about it every time");
        re(2, "15:45", ben, maB, "that's encouraging, the tiny one replied and the big ones haven't");
        say(3, "09:00", esIntern, leon, "quick one: Stakely's £20 sign-up bonus still live, good practice for "
                + "trading interviews 😉 stakely.example/r/LEON20");
        say(3, "18:00", esGeneral, maya, "anyone else doing the summer reading list? Thinking Fast and Slow is "
                + "melting my brain");
        say(3, "18:20", esGeneral, ben, "got halfway and switched to the podcast version");
        say(5, "10:00", esEvents, rhys, "reminder: quiz sign-ups, 40 places, 22 gone: "
                + "northgate-econsoc.example/events/quiz");
        say(5, "16:00", esGeneral, leon, "last day for the LEON20 bonus this month! stakely.example/r/LEON20");
        say(7, "11:00", esEvents, rhys, "6 places left for the quiz: northgate-econsoc.example/events/quiz");
        say(7, "11:10", esEvents, kwame, "signed up, team name pending");
        // W31
        joins(8, "09:00", esGeneral, zara);
        Post zaH = say(8, "09:30", esGeneral, zara, "hi! Zara, starting economics in September. is this the right "
                + "place to ask about internships for first years?");
        re(8, "09:45", leon, zaH, "welcome Zara!");
        Post frZ = re(8, "10:00", freya, zaH, "welcome! yes, #internships is the room. first years mostly do "
                + "insight days, and the society runs a CV night in October");
        re(8, "10:15", zara, frZ, "perfect, thank you Freya");
        Post zaQ = say(9, "14:00", esIntern, zara, "do insight days need a CV or just the online form?");
        Post kwZ = re(9, "14:30", kwame, zaQ, "most just the form plus a short video answer. I did two last year, "
                + "happy to tell you what they asked");
        re(9, "14:45", zara, kwZ, "yes please!");
        re(9, "15:00", kwame, zaQ, "one asked why that bank, one asked about a news story that interested "
                + "you. both 60 seconds");
        say(10, "12:00", esGeneral, rhys, "committee meeting thursday, any ideas for a speaker in October? drop "
                + "them here");
        Post beS = say(10, "12:30", esGeneral, ben, "could we get someone from the Bank's regional agents? they "
                + "do talks for free");
        re(10, "12:45", freya, beS, "love that, I'll email them");
        say(11, "09:00", esGeneral, maya, "started my internship at the wealth manager. they gave me a real "
                + "client file on day one");
        say(11, "09:10", esGeneral, zara, "that sounds amazing");
        say(12, "17:00", esEvents, rhys, "quiz is full! waiting list here if you missed out: "
                + "northgate-econsoc.example/events/quiz-waitlist");
        // W32
        Post kwF = say(15, "10:00", esGeneral, kwame, "@Freya Lindholm did the Bank agents reply about the "
                + "talk?");
        re(15, "12:00", freya, kwF, "yes! 14 October, booked. announcement coming");
        say(15, "12:05", esNews, freya, "October talk confirmed: the Bank of England's regional agent on how "
                + "they read the local economy. 14 Oct, 6pm, free");
        Post zaI = say(16, "16:00", esIntern, zara, "did my first insight day application. the video answer "
                + "was scary but I used the news story idea");
        re(16, "16:20", kwame, zaI, "well done! that's the hardest part");
        say(17, "13:00", esGeneral, leon, "heads up Stakely doubled the bonus to £40 for students this week, code "
                + "still LEON20");
        Post beT = say(18, "11:00", esIntern, ben, "took the tiny firm. first week done, they let me sit in on a "
                + "client meeting");
        re(18, "11:15", maya, beT, "told you! 🎉");
        re(18, "11:20", leon, beT, "nice one Ben, what kind of firm?");
        say(18, "12:00", esIntern, ben, "@Leon Castellano a 9-person corporate finance boutique, mostly "
                + "small business sales");
        say(19, "10:00", esGeneral, maya, "reading list update: finished Thinking Fast and Slow. brain intact, "
                + "barely");
        say(19, "10:10", esGeneral, freya, "that's more than most of the committee managed 😄");
    }

    private void econSocDm() {
        say(10, "19:00", esDmZara, leon, "hey Zara, saw you're starting econ! if you want to get a head start on "
                + "investing, Stakely gives you £20 free with my code LEON20: stakely.example/r/LEON20");
        say(10, "21:00", esDmZara, zara, "oh thanks, I'll think about it");
    }
    private void aatChangers() {
        // W30
        say(1, "08:00", caStudy, nkechi, "morning all. Level 3 cohort, how are the ethics chapters going? "
                + "I'm finding them weirdly calming after the costing ones");
        Post maC = say(1, "08:20", caStudy, marek, "calming until the practice questions");
        Post deP = re(1, "08:40", deborah, maC, "the practice questions get kinder after chapter 3, I promise. "
                + "the first ones are written to scare you");
        deP.react("😂", marek);
        Post leN = say(2, "19:00", caResources, leanne, "can anyone recommend revision notes for Level 3 "
                + "management accounting? happy to pay for good ones, the textbook is a brick");
        Post deN = re(2, "19:30", deborah, leN, "I tutor it and sell my own notes, £18 for the pack with 40 "
                + "worked examples: quayle-notes.example/level3-ma. the free AAT green light tests are good "
                + "too");
        re(2, "19:45", leanne, deN, "ordered, thank you!");
        Post stQ = say(3, "20:00", caStudy, stuart, "can someone explain absorption vs marginal costing like I'm "
                + "a former chef? because I am");
        Post deA = re(3, "20:30", deborah, stQ, "marginal: only the ingredients go into the cost of each plate, "
                + "the kitchen rent is a weekly cost. absorption: you share the rent across every plate. profit "
                + "differs when you make more plates than you sell");
        re(3, "20:45", stuart, deA, "the kitchen rent thing finally made it click. cheers Deborah");
        say(4, "12:00", caNerves, ayesha, "Level 2 bookkeeping controls exam tomorrow. I've been a pharmacist "
                + "for 12 years and I'm more scared of this");
        say(4, "12:10", caNerves, nkechi, "you'll be fine! read every question twice");
        say(4, "12:15", caNerves, leanne, "good luck Ayesha 🙏");
        Post ayN = say(4, "12:18", caNerves, ayesha, "what do you do when you blank on a question?");
        re(4, "12:20", deborah, ayN, "flag it, move on, come back at the end. blanks fill in once you've "
                + "warmed up");
        say(5, "16:00", caNerves, ayesha, "PASSED. 84%");
        say(5, "16:05", caNerves, marek, "🎉🎉");
        Post maJ = say(6, "10:00", caJob, marek, "has anyone got a finance job before finishing Level 3? or do "
                + "employers want the full thing?");
        re(6, "10:30", nkechi, maJ, "I got an accounts assistant role halfway through Level 3. they cared more "
                + "that I'd managed a shop budget before");
        // W31
        Post maV = say(9, "19:00", caStudy, marek, "I still don't get variance analysis. why is a favourable "
                + "variance sometimes bad news?");
        Post deV = re(9, "19:30", deborah, maV, "cheaper materials give a favourable price variance but often "
                + "cause more waste, an adverse usage variance. always read them in pairs. hope that helps! my "
                + "Level 3 notes cover this in chapter 6, 20% off this week: quayle-notes.example/level3-ma");
        re(9, "19:50", marek, deV, "read them in pairs, ok. thanks");
        say(10, "09:00", caJob, marek, "update on my job hunt, since people asked: I've now sent 23 "
                + "applications. I think my problem is my CV still reads like a logistics manager's, which is "
                + "what I was for 15 years. I rewrote my summary twice this week and I still don't like it. I "
                + "also had my first interview, and I felt I talked too much about my old job and not enough "
                + "about my studies. my wife says I undersell myself. I'm going to try again with my summary "
                + "tonight and I'll let you know how I get on");
        Post leM = say(10, "09:30", caJob, leanne, "that sounds really tiring. do you want a second pair of eyes "
                + "on the summary? I was a teacher, I know the feeling");
        re(10, "10:00", marek, leM, "yes please, I'll send it over tonight. thank you Leanne");
        Post ayQ = say(11, "18:00", caStudy, ayesha, "what's the easiest way to remember the order of the "
                + "cash budget?");
        Post deC = re(11, "18:30", deborah, ayQ, "receipts, payments, net, opening, closing. write the headings "
                + "before the numbers. hope that helps! my notes have a cash budget template, 20% off till "
                + "Sunday: quayle-notes.example/level3-ma");
        re(11, "18:40", ayesha, deC, "headings first, makes sense");
        say(12, "11:00", caJob, marek, "I rewrote the summary again with Leanne's help and I'm much happier. I "
                + "put my studies first and my logistics years second, and I think my CV finally sounds like "
                + "me and not my old job. I have another interview next week and I'm going to practise my "
                + "answers out loud");
        say(12, "11:20", caJob, leanne, "it's a really good summary now");
        say(13, "10:00", caResources, nkechi, "free mock for Level 3 financial accounting, the AAT's own: "
                + "aat-practice.example/level3-fa-mock");
        // W32
        Post stJ = say(15, "19:00", caStudy, stuart, "journals for accruals and prepayments. I keep putting them "
                + "the wrong way round");
        Post nkJ = re(15, "19:30", nkechi, stJ, "accrual: you owe it but no invoice yet, so debit expense "
                + "credit accruals. prepayment: you paid ahead, debit prepayments credit expense");
        re(15, "19:40", stuart, nkJ, "thank you, writing that on a post-it");
        Post stD = say(16, "20:00", caStudy, stuart, "and depreciation, reducing balance vs straight line, when "
                + "would a firm pick which?");
        Post nkD = re(16, "20:30", nkechi, stD, "straight line for things that wear evenly like furniture, "
                + "reducing balance for things that lose most value early, vans and laptops");
        re(16, "20:35", stuart, nkD, "cheers Nkechi");
        Post ayX = say(17, "12:00", caStudy, ayesha, "does anyone know how to make Excel stop turning my account "
                + "codes into dates?");
        Post stX = re(17, "12:20", stuart, ayX, "format the column as text before you paste, or put an "
                + "apostrophe in front. I fought that all through my chef stock sheets");
        re(17, "12:30", ayesha, stX, "the apostrophe trick worked! thanks Stuart");
        Post stE = say(18, "19:00", caStudy, stuart, "last one: in a trial balance, where does the suspense "
                + "account go?");
        Post nkE = re(18, "19:15", nkechi, stE, "it sits on whichever side makes it balance, and it should be "
                + "cleared before the final accounts. it's a 'something is wrong' flag");
        re(18, "19:20", stuart, nkE, "ha, a 'something is wrong' flag. thanks");
        say(19, "14:00", caJob, marek, "second interview went well, they asked about my studies first this "
                + "time");
        say(19, "14:10", caJob, nkechi, "fingers crossed for you");
        say(20, "10:00", caNerves, leanne, "Level 3 management accounting on tuesday. the notes were worth every "
                + "penny @Deborah Quayle");
        say(20, "10:30", caNerves, deborah, "you've worked so hard Leanne, you'll do well");
    }
    private void firstGen() {
        // W30
        Post olH = say(1, "09:00", fgMatch, olumide, "hi all, Olumide, solicitor in a regional firm, first in my "
                + "family to go to uni. happy to talk law, applications, or just how it feels");
        Post shH = re(1, "09:30", shannon, olH, "hi! Shannon, second year law, mum's a carer and dad drives "
                + "buses. I'd love to be matched with you if that's allowed");
        re(1, "10:00", olumide, shH, "allowed and welcome. let's do a call this week");
        say(1, "11:00", fgMatch, catriona, "Catriona, chemical engineer, grew up on a council estate in "
                + "Dundee. engineering and STEM folk, come find me");
        say(1, "11:30", fgMatch, bilal, "Bilal, first year mech eng. @Catriona Muir could I be matched with "
                + "you?");
        say(1, "12:00", fgMatch, catriona, "@Bilal Chaudhry yes! DM me a time");
        say(1, "14:00", fgOpps, olumide, "free law insight week for first-gen students, paid travel: "
                + "lawaccess.example/insight-2030");
        say(2, "10:00", fgOpps, olumide, "bursary list for students from low-income homes, updated this month: "
                + "bursaries.example/list-2030");
        Post niQ = say(2, "13:00", fgAsk, niamh, "how do people afford unpaid work experience? everyone on my "
                + "course seems to just 'do a summer at their uncle's firm'");
        Post olN = re(2, "13:30", olumide, niQ, "you don't, and you shouldn't have to. look for paid schemes "
                + "and access programmes instead, they exist because of exactly this. I'll keep posting them in "
                + "#opportunities");
        re(2, "13:40", vikram, niQ, "and a week of paid part-time work you're proud of beats an unpaid week at "
                + "someone's uncle's. recruiters know the difference");
        re(2, "14:00", niamh, olN, "that makes me feel less behind. thank you");
        say(3, "09:00", fgOpps, olumide, "paid summer scheme in commercial law, applications open September: "
                + "lawfirm-access.example/summer");
        Post chQ = say(3, "18:00", fgAsk, chloe, "how do I write a cover letter when nobody in my family has "
                + "ever had an office job? I don't know the words");
        Post viC = re(3, "18:30", vikram, chQ, "nobody knows the words at first. three paragraphs: why them, "
                + "why you, one story that proves it. send me a draft and I'll mark it up");
        re(3, "18:45", chloe, viC, "ok, draft coming. thank you");
        say(4, "10:00", fgOpps, olumide, "free online course on commercial awareness, 4 weeks: "
                + "learnfree.example/commercial-awareness");
        say(4, "12:00", fgCommon, olumide, "call with Shannon done. she's going to be an excellent lawyer");
        say(4, "12:10", fgCommon, shannon, "stop it 🙈 it was really helpful though");
        say(5, "09:00", fgOpps, olumide, "travel grants for interviews and assessment centres: "
                + "travelgrant.example/students");
        say(5, "15:00", fgCommon, olumide, "anyone watching the athletics tonight?");
        say(5, "15:20", fgCommon, bilal, "yes! 800m final");
        say(6, "11:00", fgCommon, olumide, "that 800m final was unreal");
        say(7, "17:00", fgCommon, catriona, "I'm offshore Mon-Sun next week, no signal on the rig, so I'll be "
                + "slow. Bilal, save your questions, I'll answer them all when I'm back");
        // W31
        Post chV = say(8, "19:00", fgAsk, chloe, "@Vikram Sethi sent you the cover letter draft. also, should I "
                + "mention I work 20 hours a week in a supermarket or does that look bad?");
        Post viV = re(8, "20:00", vikram, chV, "got it, marked up and back in your inbox. and mention it! 20 "
                + "hours a week alongside a degree says more about you than most internships");
        re(8, "20:10", chloe, viV, "really? ok, putting it in");
        Post biQ = say(9, "12:00", fgAsk, bilal, "@Catriona Muir when you were in first year, did you do a "
                + "summer placement or wait till second year?");
        Post chI = say(10, "17:00", fgAsk, chloe, "what do I wear to a video interview? I don't own a suit");
        Post olI = re(10, "17:30", olumide, chI, "a plain top you feel good in is enough on video. nobody sees "
                + "your legs. and check what's behind you");
        re(10, "17:40", chloe, olI, "haha ok, moving the washing");
        Post niV = say(11, "10:00", fgAsk, niamh, "@Vikram Sethi does your company take marketing grads from "
                + "non-Russell Group unis?");
        re(11, "10:30", vikram, niV, "yes, we dropped the uni filter two years ago. the grad scheme page is "
                + "here: hollins-media.example/graduates. I'm happy to look at your application before you "
                + "send it");
        say(11, "10:45", fgAsk, niamh, "thank you so much, I will!");
        Post chT = say(12, "19:00", fgAsk, chloe, "interview is tomorrow. how do I answer 'tell me about "
                + "yourself' without sounding like a list?");
        Post viT = re(12, "19:20", vikram, chT, "past, present, future in 60 seconds: where you started, what "
                + "you're doing now, why this role is the next step");
        re(12, "19:30", chloe, viT, "past present future. got it. thank you");
        say(13, "16:00", fgCommon, chloe, "interview done and I didn't cry. thank you all");
        say(13, "16:05", fgCommon, shannon, "proud of you!");
        // W32
        Post caB = re(15, "08:00", catriona, biQ, "back on land! I waited till second year and regretted it. apply for "
                + "first-year schemes now, a few engineering firms run them, I'll send you two");
        re(15, "08:30", bilal, caB, "thanks Catriona! hope the rig was ok");
        say(15, "09:00", fgCommon, catriona, "the rig was windy and the food was beige. good to be back");
        say(16, "12:00", fgOpps, olumide, "first-year engineering schemes closing in September: "
                + "engscholars.example/first-year");
        say(17, "14:00", fgCommon, chloe, "I got the job!!! part-time marketing assistant alongside my "
                + "degree");
        say(17, "14:05", fgCommon, vikram, "I knew it. congratulations Chloe 🎉");
        say(17, "14:10", fgCommon, niamh, "🎉🎉");
        Post shQ = say(18, "10:00", fgAsk, shannon, "is a vacation scheme the same as a training contract "
                + "interview?");
        Post olS = re(18, "10:20", olumide, shQ, "not quite, a vac scheme is often the interview for the "
                + "training contract. treat every day of it like an interview, but a friendly one");
        re(18, "10:30", shannon, olS, "that's terrifying and helpful");
        Post chH = say(19, "11:00", fgAsk, chloe, "how do I help a friend from my course who wants a mentor "
                + "too? can she join?");
        re(19, "11:30", olumide, chH, "yes! send her the sign-up form, we've got mentors free this term");
        say(19, "11:40", fgCommon, chloe, "she's signed up. she wants someone in nursing");
    }
    private void interns() {
        // W30
        Post elH = say(1, "09:00", inIntros, elif, "hi! Elif, summer intern at a 7-person architecture practice "
                + "in Bristol. mostly making models and coffee so far");
        re(1, "09:20", mateo, elH, "welcome! models and coffee is the official intern starter pack");
        say(1, "09:40", inIntros, mateo, "Mateo, 10 weeks at a small app studio in Leeds, QA and whatever "
                + "else needs doing");
        say(1, "10:00", inIntros, georgia, "Georgia, marketing intern at a family-run gin distillery. yes the "
                + "perks are what you think");
        Post haH = say(1, "10:30", inIntros, harvey, "Harvey, sales intern at a 12-person software firm. I've "
                + "made 40 cold calls and booked one meeting");
        re(1, "10:45", lottie, haH, "one is one more than zero! Lottie, HR intern at a care agency");
        Post saHd = say(2, "11:00", inHelp, lottie, "my manager asked me to 'clean up the shared drive'. where do "
                + "I even start");
        Post sjA = re(2, "11:30", sanjay, saHd, "make a new folder structure first, then move things in, and "
                + "keep an 'unsure' folder so you don't delete anything important. ask before deleting "
                + "anything");
        re(2, "11:45", lottie, sjA, "the unsure folder is genius. thanks Sanjay");
        say(3, "18:00", inProjects, sanjay, "side project: a Notion planner for interns, tasks, learnings and "
                + "a weekly 'what I did' page for your end-of-internship review. sanjay-templates.example/"
                + "intern-planner, £5");
        say(3, "18:20", inProjects, mateo, "the weekly page is a good idea, my review is all vibes at the moment");
        Post maQ = say(4, "14:00", inHelp, mateo, "is it normal to be left alone for a whole day with no tasks? "
                + "I don't want to look lazy");
        Post elM = re(4, "14:20", elif, maQ, "happened to me on day 3. I asked if I could shadow someone and "
                + "ended up in a client meeting");
        re(4, "14:30", mateo, elM, "asking to shadow, good shout, cheers Elif");
        Post loH = say(5, "10:00", inGeneral, lottie, "@Harvey Okoro which CRM does your firm use? ours has "
                + "spreadsheets and prayers");
        say(5, "13:00", inGeneral, harvey, "Lottie we use Pipedrive, it's fine for a small team and there's a "
                + "free trial");
        say(5, "13:10", inGeneral, lottie, "ooh I'll suggest it");
        say(6, "17:00", inGeneral, georgia, "week 1 done. I now know more about juniper than any human should");
        // W31
        say(8, "09:00", inGeneral, georgia, "intern diary day 6: labelled 200 bottles by hand");
        say(8, "15:00", inGeneral, georgia, "diary: first instagram post went live, 11 likes, mostly staff");
        say(9, "09:00", inGeneral, georgia, "day 7: sat in on a call with a stockist");
        say(9, "16:00", inGeneral, georgia, "diary: wrote a newsletter, boss changed every word");
        say(10, "09:00", inGeneral, georgia, "day 8: photographed the still at sunrise");
        Post geS = say(10, "16:00", inGeneral, georgia, "diary: the sunrise photo got 300 likes");
        re(10, "16:20", elif, geS, "that's huge! what did you post it with?");
        say(11, "09:00", inGeneral, georgia, "day 9: tasting notes, not allowed to swallow");
        say(11, "16:00", inGeneral, georgia, "diary: learned what a 'botanical' actually is");
        say(12, "09:00", inGeneral, georgia, "day 10: gift shop shift, sold 14 bottles");
        say(12, "16:00", inGeneral, georgia, "diary: boss asked me to stay on weekends in September");
        say(12, "16:10", inGeneral, mateo, "weekends in September = they like you");
        say(13, "10:00", inGeneral, georgia, "day 11: drew the label for a new gin");
        Post haQ = say(9, "11:00", inHelp, harvey, "how do you follow up with a prospect who said 'send me "
                + "some info' and then vanished?");
        Post loF = re(9, "11:30", lottie, haQ, "our agency follows up twice, a week apart, each time with one "
                + "new useful thing, not 'just checking in'");
        re(9, "11:40", mateo, haQ, "and give them an easy no: 'if now's not the time, tell me and I'll stop'");
        re(9, "12:00", harvey, loF, "one new useful thing each time. thanks both");
        Post elQ = say(11, "13:00", inHelp, elif, "I've been asked to present my model to a client on friday. "
                + "any tips from people who've presented as interns?");
        Post haP = re(11, "13:30", harvey, elQ, "practise the first 30 seconds out loud until it's boring. the "
                + "rest follows");
        re(11, "13:45", lottie, elQ, "and have a question ready to ask them back, it takes the pressure off");
        re(11, "14:00", elif, haP, "thanks both, practising tonight");
        say(13, "18:00", inGeneral, elif, "presented the model. the client asked if I'd made it myself and my "
                + "boss said yes, she's ours");
        say(13, "18:10", inGeneral, harvey, "🔥");
        // W32
        Post loQ = say(15, "10:00", inHelp, lottie, "how do I ask for a reference at the end of an internship "
                + "without it being awkward?");
        Post maR = re(15, "10:30", mateo, loQ, "ask your manager in your last week, in person, then follow up by "
                + "email with what you worked on so they have the details");
        re(15, "10:45", lottie, maR, "that's very doable, thanks Mateo");
        say(17, "18:00", inProjects, sanjay, "intern planner v2 is out: a reference request page and a "
                + "leaving checklist. sanjay-templates.example/intern-planner, still £5");
        say(17, "18:30", inGeneral, sanjay, "check out my intern planner, £5 this week, has a page for "
                + "references too: sanjay-templates.example/intern-planner");
        say(17, "19:00", inHelp, sanjay, "sanjay-templates.example/intern-planner check it out, useful for "
                + "anyone finishing their internship");
        say(18, "09:00", inGeneral, georgia, "last week at the distillery. I'm going to miss the smell");
        say(18, "09:10", inGeneral, elif, "you'll be back in September on weekends!");
        Post geQ = say(19, "12:00", inHelp, georgia, "how do you write a LinkedIn post about your internship "
                + "without sounding smug?");
        Post haL = re(19, "12:30", harvey, geQ, "thank the team by name and say one thing you learned. nobody "
                + "minds that");
        re(19, "12:40", georgia, haL, "thanking the team, yes. thank you Harvey");
        say(20, "16:00", inGeneral, mateo, "my last day. they want me back after graduation!");
        say(20, "16:05", inGeneral, lottie, "amazing Mateo 🎉");
        say(20, "16:10", inGeneral, harvey, "👏👏");
    }

    static Map<String, String> files() {
        return new HeldOutScenes92Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 92");
    }
}
