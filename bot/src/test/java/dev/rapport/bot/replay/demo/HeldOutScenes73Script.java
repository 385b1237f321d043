package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 73 (sealed): eight communities of learning, teaching and looking after children, of kinds no earlier
 * round used (exam markers in marking season where nobody sells, a coding bootcamp's own server with its Staff and
 * students, swimming teachers with a room where parents ask, teachers who sell classroom resources to each other,
 * forest school leaders with a room where parents ask, supply teachers with two agency recruiters among them,
 * children's authors who do school visits with a room where schools ask, volunteer ESOL conversation-club teachers
 * where nobody sells), over three ISO weeks (2029-W06 to W08), written and labelled by writer73 (session 41) before
 * any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-73.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes73Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2029, 2, 5);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2029, 2, 26, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-73";
    private static final int BASE = 56400;

    // --- A. exam markers in marking season (nobody sells) ---
    private final String markers = cast.guild(1011);
    private final Channel mkSeason = cast.channel(markers, "Red Pen Room", "marking-season",
            "general chat for examiners: targets, deadlines, moans", "mk-marking-season.json");
    private final Channel mkStand = cast.channel(markers, "Red Pen Room", "standardisation",
            "mark schemes, tricky scripts, seeds and tolerances", "mk-standardisation.json");
    private final Channel mkPortal = cast.channel(markers, "Red Pen Room", "portal-woes",
            "when the marking software misbehaves", "mk-portal-woes.json");
    private final Channel mkOff = cast.channel(markers, "Red Pen Room", "off-the-clock",
            "anything that is not marking", "mk-off-the-clock.json");
    private final Persona imelda = cast.person("imelda.c", "Imelda Crossley");
    private final Persona rashid = cast.person("rashid.o", "Rashid Okafor");
    private final Persona beth = cast.person("beth.lanyon", "Beth Lanyon");
    private final Persona karol = cast.person("karol.n", "Karol Nowak");
    private final Persona sunita = cast.person("sunita.r", "Sunita Rao");
    private final Persona duncan = cast.person("duncan.frew", "Duncan Frew");

    // --- B. a coding bootcamp's own server ---
    private final String fork = cast.guild(1012);
    private final Role fpStaff = cast.role("Staff", "#2f80ed", 3);
    private final Role fpAlum = cast.role("Alumni", "#9b51e0", 2);
    private final Channel fpNews = cast.channel(fork, "Forkpath Academy", "announcements",
            "from the Forkpath team", "fp-announcements.json");
    private final Channel fpHelp = cast.channel(fork, "Forkpath Academy", "help-desk",
            "stuck on an exercise? ask here, anyone can answer", "fp-help-desk.json");
    private final Channel fpCohort = cast.channel(fork, "Forkpath Academy", "cohort-14",
            "the February cohort's own room", "fp-cohort-14.json");
    private final Channel fpCareers = cast.channel(fork, "Forkpath Academy", "careers-corner",
            "CVs, mock interviews, job hunting with Clara", "fp-careers-corner.json");
    private final Channel fpLounge = cast.channel(fork, "Forkpath Academy", "lounge",
            "off-topic, memes, coffee", "fp-lounge.json");
    private final Persona maya = cast.person("maya.teaches", "Maya Lindgren", fpStaff);
    private final Persona obi = cast.person("obi.ta", "Obi Nwosu", fpStaff);
    private final Persona clara = cast.person("clara.careers", "Clara Pettit", fpStaff);
    private final Persona jonas = cast.person("jonas.w", "Jonas Weber");
    private final Persona fatima = cast.person("fatima.z", "Fatima Zahra");
    private final Persona leo = cast.person("leo.m", "Leo Marchetti");
    private final Persona ines = cast.person("ines.d", "Ines Duarte");
    private final Persona harvey = cast.person("harvey.codes", "Harvey Cole", fpAlum);
    private final Persona tariq = cast.person("tariq.h", "Tariq Hassan");

    // --- C. swimming teachers with a room where parents ask ---
    private final String swim = cast.guild(1013);
    private final Channel swPool = cast.channel(swim, "Deep End Teachers", "poolside",
            "teachers' chat: classes, pools, the odd moan", "sw-poolside.json");
    private final Channel swParents = cast.channel(swim, "Deep End Teachers", "parents-ask",
            "parents: ask our swimming teachers anything", "sw-parents-ask.json");
    private final Channel swCover = cast.channel(swim, "Deep End Teachers", "cover-and-jobs",
            "cover needed, classes going, pool jobs", "sw-cover-and-jobs.json");
    private final Channel swIdeas = cast.channel(swim, "Deep End Teachers", "lesson-ideas",
            "games, drills, props that work", "sw-lesson-ideas.json");
    private final Persona gemma = cast.person("gemma.splash", "Gemma Holt");
    private final Persona kwame = cast.person("kwame.a", "Kwame Asante");
    private final Persona nadia = cast.person("nadia.p", "Nadia Petrova");
    private final Persona ollie = cast.person("ollie.b", "Ollie Brennan");
    private final Persona saoirse = cast.person("saoirse.k", "Saoirse Kelly");
    private final Persona priti = cast.person("priti.s", "Priti Shah");
    private final Persona dan = cast.person("dan.whit", "Dan Whitfield");
    private final Persona marta = cast.person("marta.k", "Marta Kowal");

    // --- D. teachers who sell classroom resources to each other ---
    private final String cupboard = cast.guild(1014);
    private final Channel rcStaff = cast.channel(cupboard, "The Resource Cupboard", "staffroom",
            "general chat for teachers", "rc-staffroom.json");
    private final Channel rcShare = cast.channel(cupboard, "The Resource Cupboard", "share-a-resource",
            "free resources you made, given away", "rc-share-a-resource.json");
    private final Channel rcShop = cast.channel(cupboard, "The Resource Cupboard", "shop-updates",
            "sellers: post your new paid resources and sales here, and only here", "rc-shop-updates.json");
    private final Channel rcPlan = cast.channel(cupboard, "The Resource Cupboard", "planning-help",
            "stuck on a unit or a lesson? ask", "rc-planning-help.json");
    private final Persona hollie = cast.person("hollie.m", "Hollie Mercer");
    private final Persona aaron = cast.person("aaron.b", "Aaron Blythe");
    private final Persona zainab = cast.person("zainab.m", "Zainab Mirza");
    private final Persona rhys = cast.person("rhys.v", "Rhys Vaughan");
    private final Persona claire = cast.person("claire.d", "Claire Dubois");
    private final Persona petra = cast.person("petra.l", "Petra Lindahl");

    // --- E. forest school leaders with a room where parents ask ---
    private final String forest = cast.guild(1015);
    private final Channel fsCamp = cast.channel(forest, "Mud and Moss", "campfire",
            "leaders' chat", "fs-campfire.json");
    private final Channel fsParents = cast.channel(forest, "Mud and Moss", "parents-questions",
            "parents ask the leaders: sessions, kit, worries", "fs-parents-questions.json");
    private final Channel fsKit = cast.channel(forest, "Mud and Moss", "kit-and-tools",
            "tarps, tools, storage, first aid kits", "fs-kit-and-tools.json");
    private final Channel fsQuals = cast.channel(forest, "Mud and Moss", "quals-and-training",
            "level 3, outdoor first aid, CPD", "fs-quals-and-training.json");
    private final Persona fern = cast.person("fern.a", "Fern Aldridge");
    private final Persona ash = cast.person("ash.w", "Ash Whitaker");
    private final Persona lowri = cast.person("lowri.e", "Lowri Evans");
    private final Persona tobias = cast.person("tobias.g", "Tobias Grün");
    private final Persona jess = cast.person("jess.p", "Jess Parkin");
    private final Persona amir = cast.person("amir.h", "Amir Haddad");
    private final Persona colette = cast.person("colette.s", "Colette Simard");

    // --- F. supply teachers with two agency recruiters among them ---
    private final String supply = cast.guild(1016);
    private final Channel suBooked = cast.channel(supply, "Supply and Demand", "whos-booked",
            "who's working where this week, days going", "su-whos-booked.json");
    private final Channel suSurvive = cast.channel(supply, "Supply and Demand", "classroom-survival",
            "behaviour, cover work that isn't there, keeping sane", "su-classroom-survival.json");
    private final Channel suAgency = cast.channel(supply, "Supply and Demand", "agency-talk",
            "agencies, umbrella companies, day rates", "su-agency-talk.json");
    private final Channel suPay = cast.channel(supply, "Supply and Demand", "pay-and-tax",
            "payslips, pension, tax codes", "su-pay-and-tax.json");
    private final Persona megan = cast.person("megan.r", "Megan Rourke");
    private final Persona tunde = cast.person("tunde.b", "Tunde Bakare");
    private final Persona elspeth = cast.person("elspeth.m", "Elspeth Moir");
    private final Persona viktor = cast.person("viktor.h", "Viktor Hale");
    private final Persona jade = cast.person("jade.s", "Jade Summers");
    private final Persona nick = cast.person("nick.recruits", "Nick Salter");
    private final Persona priyanka = cast.person("priyanka.d", "Priyanka Desai");
    private final Channel dmNick = cast.dm(nick, "dm-nick-salter.json");

    // --- G. children's authors who do school visits ---
    private final String authors = cast.guild(1017);
    private final Channel auGreen = cast.channel(authors, "Author Visits Hub", "green-room",
            "authors and illustrators: visits, fees, war stories", "au-green-room.json");
    private final Channel auSchools = cast.channel(authors, "Author Visits Hub", "schools-ask",
            "librarians, teachers and PTAs: ask about booking an author", "au-schools-ask.json");
    private final Channel auNews = cast.channel(authors, "Author Visits Hub", "book-news",
            "launches, covers, prizes: share your own news here", "au-book-news.json");
    private final Channel auCraft = cast.channel(authors, "Author Visits Hub", "craft-and-drafts",
            "writing and drawing talk", "au-craft-and-drafts.json");
    private final Persona rosa = cast.person("rosa.pen", "Rosa Pennington");
    private final Persona callum = cast.person("callum.a", "Callum Achebe");
    private final Persona hetty = cast.person("hetty.m", "Hetty Marsh");
    private final Persona idris = cast.person("idris.l", "Idris Lowe");
    private final Persona jo = cast.person("jo.library", "Jo Falconer");
    private final Persona sanjay = cast.person("sanjay.p", "Sanjay Patel");
    private final Persona bronwen = cast.person("bronwen.h", "Bronwen Hughes");

    // --- H. volunteer ESOL conversation-club teachers (nobody sells) ---
    private final String esol = cast.guild(1018);
    private final Channel esVol = cast.channel(esol, "Tuesday Talk Club", "volunteers-room",
            "for the club's volunteer teachers", "es-volunteers-room.json");
    private final Channel esLesson = cast.channel(esol, "Tuesday Talk Club", "lesson-share",
            "topics, games, worksheets that worked", "es-lesson-share.json");
    private final Channel esRota = cast.channel(esol, "Tuesday Talk Club", "rota",
            "volunteer shifts: who is in on which Tuesday", "es-rota.json");
    private final Channel esChat = cast.channel(esol, "Tuesday Talk Club", "chit-chat",
            "everything else", "es-chit-chat.json");
    private final Persona agnes = cast.person("agnes.w", "Agnes Whitcombe");
    private final Persona luis = cast.person("luis.r", "Luis Romero");
    private final Persona hannah = cast.person("hannah.g", "Hannah Greer");
    private final Persona yusuf = cast.person("yusuf.d", "Yusuf Demir");
    private final Persona bettina = cast.person("bettina.s", "Bettina Sørensen");
    private final Persona kofi = cast.person("kofi.m", "Kofi Mensah");

    HeldOutScenes73Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        markers();
        bootcamp();
        swimming();
        resources();
        forestSchool();
        supplyTeachers();
        authorVisits();
        conversationClub();
    }

    private void markers() {
        // W06: Duncan's first season; Imelda helps him on three days, and he passes something on once (day 6)
        say(1, "08:40", mkSeason, imelda, "morning all, week one of live marking. who's still on practice scripts?");
        say(1, "08:52", mkSeason, rashid, "released yesterday, 14 done, 586 to go 🙃");
        say(1, "09:05", mkSeason, beth, "still on practice, my team leader is a machine though, feedback in an hour");
        Post login = say(1, "19:30", mkPortal, duncan, "first time marker here. the portal keeps logging me out "
                + "every 10 min and I lose the script I'm on, tried two browsers");
        Post loginAns = re(1, "19:48", imelda, login, "it's the idle timer, it counts only clicks on the marking "
                + "pane. scroll the script with the arrows, not the mouse wheel, and it stays awake");
        re(1, "20:10", duncan, loginAns, "thanks!");
        say(2, "07:50", mkOff, beth, "dog ate a highlighter. he is fine. the carpet is not");
        say(2, "07:58", mkOff, karol, "the tomato seedlings are up on the windowsill, the only thing growing in "
                + "this house in Feb");
        say(2, "08:03", mkOff, rashid, "@Beth Lanyon pink or yellow?");
        say(2, "08:05", mkOff, beth, "yellow. he's glowing");
        say(2, "08:06", mkOff, sunita, "Karol what variety? I always start too early and they go leggy");
        say(2, "08:20", mkOff, karol, "Gardener's Delight, and yes mine go leggy too, I just bury them deeper");
        Post seedQ = say(3, "20:15", mkStand, duncan, "Q4 on the 1B paper, if they give the right answer with "
                + "no working, is that full marks or method only? scheme says 'correct answer implies M1'");
        Post seedAns = re(3, "20:40", imelda, seedQ, "full marks unless the question says 'show that' or 'you "
                + "must show your working'. Q4 doesn't, so A1 M1 both");
        re(3, "20:44", duncan, seedAns, "brilliant thanks");
        say(3, "21:00", mkSeason, sunita, "target 400 by Friday? sure. absolutely. no problem at all?");
        say(3, "21:02", mkSeason, beth, "the question mark is doing a lot of work there Sunita 😂");
        Post bethQ = say(4, "10:10", mkStand, beth, "@Imelda Crossley on the 2H paper, do you remember if "
                + "we accept 0.33 for a third, or only 0.333?");
        re(4, "10:35", rashid, bethQ, "0.33 is fine on 2H, it was in the Tuesday update, they only want 3sf "
                + "where it says so");
        say(4, "10:40", mkStand, beth, "ta Rashid");
        say(4, "11:30", mkStand, imelda, "what Rashid said, sorry Beth, was in a meeting");
        Post rubric = say(5, "19:00", mkStand, duncan, "how strict are we on units? kid wrote 45 for an area, no cm²");
        Post rubricAns = re(5, "19:20", imelda, rubric, "no unit penalty on this paper unless the question asks "
                + "for units. check the general marking guidance page 2, it's in there");
        re(5, "19:22", duncan, rubricAns, "cheers");
        Post stuck = say(6, "18:30", mkPortal, sunita, "my scripts are all showing 'awaiting image', anyone else?");
        re(6, "18:41", duncan, stuck, "had that monday, clear the cache and log in again, it came back for me");
        re(6, "18:50", sunita, stuck, "worked, thanks Duncan");
        say(7, "16:00", mkSeason, karol, "week one total: 212. the coffee total is classified");
        // W07: Karol brings back the deadlines page because Sunita asked for it
        Post lost = say(8, "08:30", mkStand, sunita, "can someone drop the deadlines link in here every few days? "
                + "I keep losing it in the email pile");
        re(8, "08:45", karol, lost, "here you go, batch deadlines for the whole series: "
                + "https://examboard.example/markers/deadlines");
        Post q2 = say(9, "19:10", mkPortal, duncan, "the annotate tool greys out after I add three ticks?");
        Post q2ans = re(9, "19:30", rashid, q2, "you've hit the annotation limit for that item, it's set per "
                + "question. delete one and put the mark in the box instead");
        re(9, "19:31", duncan, q2ans, "thank you");
        Post q3 = say(10, "20:05", mkStand, duncan, "is 'sketch' the same as 'draw' for the graph questions?");
        Post q3ans = re(10, "20:30", rashid, q3, "no, sketch means shape and key points only, no scale needed. "
                + "draw wants a proper plot");
        re(10, "20:31", duncan, q3ans, "thanks");
        say(11, "08:15", mkStand, karol, "Monday reminder as asked: https://examboard.example/markers/deadlines "
                + "(batch 2 closes Thursday)");
        say(11, "08:40", mkStand, sunita, "bless you");
        say(11, "21:00", mkOff, rashid, "me: I'll mark 50 tonight. also me at 11pm: is a pencil line a decimal point?");
        say(11, "21:05", mkOff, beth, "me at 11pm: is this a 7 or a very tired 1");
        Post q4 = say(12, "19:40", mkStand, duncan, "last one I promise, 'explain' questions, one mark each "
                + "point or the whole chain?");
        Post q4ans = re(12, "20:00", rashid, q4, "each creditworthy point unless it says 'a fully explained "
                + "answer'. then it's levels");
        re(12, "20:02", duncan, q4ans, "great thanks");
        Post batch = re(13, "17:00", rashid, q4ans, "@Duncan Frew did your second batch get released in the "
                + "end? mine came through at lunch");
        say(14, "08:20", mkStand, karol, "and again: https://examboard.example/markers/deadlines "
                + "batch 3 opens tomorrow");
        say(14, "09:00", mkSeason, beth, "halfway!! 🎉");
        say(14, "09:05", mkSeason, imelda, "halfway and my eyes have gone square");
        // W08
        say(15, "18:00", mkSeason, duncan, "anyone know if we get paid per script or per item on the B paper?");
        say(15, "18:20", mkSeason, imelda, "per script on B, per item on the online-only ones");
        say(15, "18:25", mkSeason, duncan, "ah ok");
        say(16, "07:45", mkOff, karol, "first seedling casualty. the cat");
        say(16, "07:50", mkOff, sunita, "cats are the real examiners, no tolerance");
        Post sunQ = say(17, "20:30", mkPortal, sunita, "is anyone else's clerical check button just gone?");
        re(17, "20:50", beth, sunQ, "moved under the three dots menu in the update, top right");
        say(17, "20:55", mkPortal, sunita, "found it, ta");
        say(18, "19:00", mkStand, beth, "tricky one for the room: student crossed out a correct answer and wrote a "
                + "wrong one beside it. we mark the wrong one, right?");
        say(18, "19:15", mkStand, imelda, "yes, mark the final answer unless it's clearly a choice between two, "
                + "then zero for the choice");
        say(18, "19:20", mkStand, rashid, "harsh but that's the rule");
        say(19, "22:00", mkSeason, rashid, "DONE. 600 of 600. going to sleep for a week");
        batch.react("👀", beth);
        say(19, "22:05", mkSeason, sunita, "🙌");
        say(20, "17:00", mkSeason, imelda, "well done everyone, last batch in. same time next summer?");
        say(20, "17:10", mkSeason, karol, "ask me in June");
    }

    private void bootcamp() {
        // W06
        say(1, "09:00", fpNews, maya, "Welcome to week 3, cohort 14! This week: arrays, loops, and your first pair "
                + "project. Office hours with Obi Thursdays 4pm.");
        say(1, "10:00", fpCareers, clara, "Mock interview slots for February are open, sign up on the sheet: "
                + "https://forms.example/forkpath-mock-interviews");
        Post again = say(1, "10:20", fpCareers, fatima, "could you post the sheet again whenever new slots go up? "
                + "they all went in ten minutes last time");
        re(1, "10:30", clara, again, "will do Fatima, I'll bring it back here each time I add slots");
        Post loopQ = say(1, "14:10", fpHelp, fatima, "why does my for loop print the last item twice? "
                + "for (i = 0; i <= arr.length; i++)");
        re(1, "14:18", leo, loopQ, "<= should be <. arrays start at 0 so the last index is length minus 1, "
                + "you're reading one past the end");
        say(1, "14:25", fpHelp, fatima, "omg. thank you Leo");
        Post leo1 = say(2, "11:00", fpCohort, leo, "@Obi Nwosu the pair project brief says 'use fetch', do we "
                + "need async/await or are promises ok?");
        Post obi1 = re(2, "11:30", obi, leo1, "either works, async/await reads nicer, up to you and your pair");
        re(2, "11:32", leo, obi1, "thanks");
        Post hours = say(2, "15:00", fpCohort, tariq, "@Obi Nwosu are office hours still Thursday at 4? "
                + "I've got a dentist thing");
        re(2, "15:20", maya, hours, "yes Thursday 4pm Tariq, Obi's on a course today. if you miss it, "
                + "post in help-desk and one of us will pick it up");
        say(2, "15:22", fpCohort, tariq, "perfect ty");
        Post gitQ = say(3, "09:40", fpHelp, jonas, "git says 'detached HEAD' and I'm scared");
        re(3, "09:50", leo, gitQ, "don't panic, you checked out a commit not a branch. git switch -c rescue "
                + "keeps your work on a new branch");
        say(3, "09:58", fpHelp, jonas, "you are a hero");
        Post leo2 = say(3, "13:00", fpCohort, leo, "@Maya Lindgren for the pair project, can we use a CSS "
                + "framework or is it plain CSS only?");
        Post maya1 = re(3, "13:40", maya, leo2, "plain CSS this time please, frameworks come in week 6");
        re(3, "13:41", leo, maya1, "ok thanks");
        say(4, "10:00", fpCareers, clara, "New slots added for next week (Tue and Wed evenings): "
                + "https://forms.example/forkpath-mock-interviews");
        say(4, "10:05", fpCareers, fatima, "got one! thank you");
        say(4, "12:00", fpLounge, jonas, "who else dreams in semicolons now");
        say(4, "12:02", fpLounge, fatima, "I dreamt my cat was a null pointer");
        say(4, "12:03", fpLounge, tariq, "😂😂");
        say(4, "12:10", fpLounge, ines, "my partner asked what's for dinner and I said 'undefined'");
        Post leo3 = say(5, "16:30", fpCohort, leo, "@Obi Nwosu is the deadline for the pair project Friday 5pm "
                + "or midnight?");
        Post obi2 = re(5, "16:45", obi, leo3, "midnight, but demo slots are Friday 3pm");
        re(5, "16:46", leo, obi2, "cheers");
        Post cssQ = say(5, "18:00", fpHelp, tariq, "my flexbox items won't centre vertically, justify-content: "
                + "center does nothing?");
        re(5, "18:12", leo, cssQ, "justify-content is the main axis (horizontal by default). you want "
                + "align-items: center, and the container needs a height");
        say(5, "18:20", fpHelp, tariq, "that was it 🙏");
        say(6, "10:00", fpCareers, clara, "Last 3 slots for this round are up: "
                + "https://forms.example/forkpath-mock-interviews");
        say(6, "10:30", fpNews, maya, "Pair project demos went brilliantly. Proud of every one of you.");
        // W07: Harvey, an alumnus, answers with a plug, and plugs again in the lounge
        Post recQ = say(8, "19:00", fpHelp, leo, "can someone explain recursion like I'm five? the factorial "
                + "example makes sense but the tree one doesn't");
        re(8, "19:25", harvey, recQ, "think of it as a function that hands a smaller copy of the job to itself "
                + "and waits. for a tree: visit me, then ask each child to do the same, and they ask theirs. "
                + "the base case is a leaf with no children. btw for anyone prepping for interviews, my "
                + "interview-prep course covers recursion properly, 20% off for Forkpath folks: "
                + "https://harveycodes.example/prep");
        say(8, "19:40", fpHelp, leo, "the 'waits' bit is what I was missing, thanks Harvey");
        Post cv = say(9, "11:00", fpCareers, ines, "@Clara Pettit could I get a CV review slot before the "
                + "hiring fair on the 22nd? I'm switching from nursing so mine is a mess");
        Post late = say(9, "14:00", fpCohort, jonas, "@Maya Lindgren ok if I hand the API project in Saturday "
                + "instead of Friday? I've been ill since Monday");
        late.react("👍", maya);
        say(10, "10:00", fpCareers, clara, "Hiring fair on the 22nd! 12 companies confirmed. "
                + "Bring a printed CV and your project link.");
        say(10, "10:40", fpCareers, tariq, "is it smart casual?");
        say(10, "10:55", fpCareers, clara, "smart casual is perfect Tariq");
        say(11, "13:00", fpLounge, harvey, "anyone doing technical interviews soon? my prep course is 20% off "
                + "for Forkpath folks this week, mock questions and all: https://harveycodes.example/prep");
        say(11, "13:10", fpLounge, fatima, "coffee machine on floor 2 is fixed btw");
        say(11, "13:12", fpLounge, jonas, "best news of the week");
        Post apiQ = say(11, "17:00", fpHelp, fatima, "getting CORS errors calling the weather API from my page");
        re(11, "17:20", obi, apiQ, "that API doesn't allow browser calls. use the tiny proxy from the week 4 "
                + "notes, or call it from your server route");
        say(11, "17:30", fpHelp, fatima, "ahh the proxy, thanks Obi");
        say(12, "09:30", fpCareers, clara, "Tip of the week: put your project links at the top of your CV, "
                + "recruiters skim the first third");
        say(12, "09:45", fpCareers, fatima, "done mine 👍");
        say(13, "16:00", fpCohort, jonas, "handed it in, finally. thanks for the extra day");
        say(14, "11:00", fpLounge, ines, "ok who wants to do a study session sunday, testing is breaking me");
        say(14, "11:10", fpLounge, tariq, "me");
        say(14, "11:12", fpLounge, leo, "me too, library at 2?");
        // W08
        say(15, "09:00", fpNews, maya, "Week 5: testing and debugging. Hiring fair Thursday!");
        say(15, "10:00", fpCareers, clara, "Fair checklist: CV, project link, one question for each company.");
        say(15, "10:20", fpCareers, ines, "still hoping for a CV look before Thursday if there's any chance");
        Post testQ = say(16, "18:00", fpHelp, ines, "my jest test passes alone but fails with the others?");
        re(16, "18:25", leo, testQ, "sounds like shared state between tests, reset your mock in beforeEach");
        say(16, "18:30", fpHelp, ines, "yes!! that was it, thank you");
        say(17, "12:00", fpHelp, harvey, "tip for testing week: name tests for the behaviour, not the function. "
                + "'returns empty list when no users' beats 'test getUsers'");
        say(17, "12:05", fpHelp, tariq, "good one");
        say(18, "20:00", fpCareers, fatima, "fair was amazing, two callbacks!!");
        say(18, "20:05", fpCareers, clara, "Fatima that's brilliant 🎉");
        say(19, "09:00", fpLounge, jonas, "anyone selling a second monitor");
        say(19, "09:30", fpLounge, obi, "the office has two spares Jonas, ask Maya");
    }

    private void swimming() {
        // W06
        say(1, "07:30", swPool, nadia, "6am lane swim then 4 hours of beginners. who needs coffee more than me");
        say(1, "07:35", swPool, kwame, "me. the boiler at Hillside is off again, water was 26");
        say(1, "07:40", swPool, gemma, "26 is brutal for the tiny ones. my Little Splashers lot were blue by "
                + "minute 20 last time");
        joins(2, "18:00", swParents, dan);
        Post face = say(2, "18:05", swParents, dan, "hi all, my 7yo won't put her face in the water at all. "
                + "lessons start in March, anything we can do at home first?");
        re(2, "18:30", ollie, face, "loads! bath time: blow bubbles on the water, then nose in, then eyes. "
                + "goggles help a lot, let her pick them. make it a game, never a dunk. if you want a few 1:1s "
                + "before March I do them at Eastgate, £25 a half hour, dm me");
        re(2, "18:50", dan, face, "goggles she picks, love that. thanks Ollie, will try bubbles tonight");
        Post baby = say(3, "09:15", swParents, priti, "does anywhere near Hillside do parent and baby classes? "
                + "she's 8 months");
        re(3, "09:40", kwame, baby, "I run parent-and-baby on Saturday mornings at Hillside, 9 and 9.45, "
                + "there's usually a space. the leisure centre runs one Wednesdays too if weekends are hard");
        re(3, "09:55", priti, baby, "Saturdays would be perfect, how do I book?");
        say(3, "10:10", swParents, kwame, "@Priti Shah just turn up to the 9.45 this week and we'll sort it "
                + "at the desk");
        say(3, "12:00", swIdeas, saoirse, "new game that worked: 'shark and minnows' but the shark has to "
                + "blow bubbles the whole time. keeps the shark honest");
        say(3, "12:10", swIdeas, gemma, "stealing that for Thursday");
        say(3, "12:12", swIdeas, nadia, "same");
        Post cover1 = say(4, "08:00", swCover, nadia, "cover needed Sat 10 Feb, 2 x stage 3 at Eastgate, "
                + "11 and 11.30. paid at pool rate");
        re(4, "09:30", saoirse, cover1, "I can do it Nadia");
        say(4, "09:35", swCover, nadia, "you're a star, sending the register");
        Post fear = say(5, "20:00", swParents, marta, "my son (5) panics when his feet can't touch. is it "
                + "better to push through or wait?");
        re(5, "20:20", gemma, fear, "wait, but don't stop going. let him hold the side and walk along it "
                + "into the deeper bit, then let go for a second at a time. confidence first, strokes later");
        re(5, "20:40", marta, fear, "thank you, that makes sense");
        say(6, "17:00", swPool, ollie, "anyone else's pool changed the lane ropes to that slippy plastic");
        say(6, "17:05", swPool, kwame, "yes and the kids keep sliding off them");
        say(7, "09:00", swParents, dan, "update: face in for 3 seconds in the bath!!");
        say(7, "09:10", swParents, marta, "yay! 🎉");
        // W07: Gemma's week is all teachers while parents ask about private lessons
        say(8, "07:30", swPool, gemma, "anyone got a good way to teach streamline to 6 year olds? they all "
                + "bend like bananas");
        say(8, "07:45", swPool, kwame, "'rocket arms', squeeze your ears. and push off the wall on your back "
                + "first so they can see");
        say(8, "07:50", swPool, gemma, "ooh on their back, clever, trying that");
        say(8, "19:00", swIdeas, gemma, "rocket arms went down a storm, thanks Kwame");
        Post nervous = say(9, "10:00", swParents, priti, "does anyone offer private lessons for a very "
                + "nervous 6 year old near Eastgate? group lessons are too much for him");
        say(9, "12:00", swPool, gemma, "Saoirse how did you get your pool to give you a second lane? mine says "
                + "no every time");
        say(9, "12:30", swPool, saoirse, "I asked for it on the quietest slot first and showed numbers");
        say(9, "12:35", swPool, gemma, "numbers. of course. I'll make a spreadsheet");
        Post ear = say(10, "18:00", swParents, marta, "does anyone teach 1:1 after school? my daughter keeps "
                + "getting ear infections in the busy pool and wants smaller lessons");
        say(10, "18:30", swIdeas, gemma, "floats or no floats for first kicking? I've gone back and forth");
        say(10, "18:45", swIdeas, nadia, "noodles under the arms, boards come later");
        say(10, "18:50", swIdeas, gemma, "noodles it is");
        say(11, "08:00", swCover, nadia, "cover needed Sun 18 Feb, adult improvers at Hillside 7pm");
        say(11, "09:00", swCover, gemma, "can't Sunday sorry, Ollie might?");
        say(11, "09:20", swCover, ollie, "I'll take it");
        say(12, "20:00", swPool, gemma, "spreadsheet done, pool manager meeting Friday, wish me luck");
        say(12, "20:05", swPool, saoirse, "good luck!! 🙌");
        say(13, "17:00", swPool, gemma, "GOT THE LANE. Tuesdays 4-5, two more classes");
        say(13, "17:05", swPool, kwame, "nice one 🎉");
        re(13, "18:00", kwame, nervous, "Priti, Gemma does 1:1s for nervous ones near Eastgate I think, "
                + "@Gemma Holt?");
        // W08
        re(15, "08:30", gemma, nervous, "sorry Priti, missed this! yes, I have a Tuesday 4.30 free now, "
                + "shall I message you?");
        re(15, "09:00", priti, nervous, "yes please!");
        re(15, "09:10", saoirse, ear, "Marta, I do after-school 1:1s at Riverside, quieter pool too. happy "
                + "to chat if you want");
        re(15, "10:00", marta, ear, "yes please, Thursdays?");
        say(15, "10:05", swParents, saoirse, "Thursday 5pm works Marta, see you at reception");
        say(16, "19:00", swParents, dan, "she swam a width with a noodle today 😭");
        say(16, "19:10", swParents, ollie, "Dan that's huge, tell her well done from me 👏");
        say(17, "12:00", swIdeas, kwame, "treasure hunt with sinking rings, always a winner before holidays");
        say(17, "12:05", swIdeas, saoirse, "count them in at the end or you lose two every week");
        say(18, "08:00", swPool, nadia, "half term next week, who's running intensives?");
        say(18, "08:10", swPool, ollie, "me, mornings at Eastgate");
        say(18, "08:15", swPool, gemma, "me too, afternoons");
    }

    private void resources() {
        // W06
        say(1, "16:00", rcStaff, petra, "parents' evening tonight. 32 appointments. pray for me");
        say(1, "16:05", rcStaff, aaron, "take snacks. and a chair with a cushion");
        say(1, "16:10", rcStaff, zainab, "and never say 'a pleasure to have in class' about the one who isn't");
        Post log = say(2, "19:00", rcPlan, aaron, "anyone got a template for a reading log? year 4, something "
                + "they'll actually fill in");
        re(2, "19:20", hollie, log, "I made one last year with a tick-box page and a 'would you recommend it' "
                + "star row, it's in my shop: https://hollieteaches.example/reading-log (£2). or a free route: "
                + "a single page with title, pages read, one emoji for how it was. kids love the emoji bit");
        re(2, "19:35", aaron, log, "emoji idea is great, might buy yours for the star row, thanks Hollie");
        say(3, "17:00", rcShop, rhys, "NEW: Year 6 SATs revision pack, 40 pages, answers included, £4.50: "
                + "https://rhysresources.example/sats-pack");
        say(3, "17:10", rcStaff, rhys, "my new Year 6 SATs revision pack is out, 40 pages for £4.50, have a "
                + "look: https://rhysresources.example/sats-pack");
        say(3, "17:25", rcPlan, rhys, "if you're planning SATs revision, my new pack is out, £4.50: "
                + "https://rhysresources.example/sats-pack");
        say(3, "17:40", rcShare, rhys, "SATs revision pack out now: https://rhysresources.example/sats-pack");
        say(3, "18:00", rcShare, petra, "this room is for free ones Rhys 😬");
        say(3, "18:10", rcShare, petra, "here's a free one though: a times-tables bingo I made, print and go "
                + "https://drive.example/petra/tt-bingo");
        say(3, "18:20", rcShare, claire, "petra this is great thank you");
        say(4, "10:00", rcStaff, zainab, "anyone else on the phonics refresher course? the trainer used my "
                + "sound mat as an example and I nearly fell off my chair");
        Post mat = say(4, "10:15", rcStaff, aaron, "ha, I bought your sound mat last term! my reception class "
                + "point at it all day. do you do one for phase 5?");
        re(4, "10:40", zainab, mat, "not yet Aaron, it's half made, I'll shout when it's in the shop");
        Post fr = say(5, "20:00", rcPlan, claire, "year 3 fractions, they just don't get that 1/4 is smaller "
                + "than 1/2. ideas?");
        re(5, "20:20", petra, fr, "fraction wall, and cut up real paper strips. once they fold it they get it");
        re(5, "20:30", claire, fr, "thanks Petra!");
        say(6, "09:00", rcShop, hollie, "Half-term sale: all my reading resources 25% off until Sunday "
                + "https://hollieteaches.example/shop");
        say(7, "15:00", rcStaff, petra, "survived parents' evening. one dad asked if his son could skip "
                + "fractions 'because he'll have a calculator'");
        say(7, "15:10", rcStaff, zainab, "😂 the calculator defence");
        // W07: Zainab's buyers are the teachers here; Claire takes from three people
        say(8, "17:00", rcShop, zainab, "Phase 5 sound mat is in the shop, £1.50: "
                + "https://zainabphonics.example/phase5-mat");
        Post p5 = say(8, "17:30", rcStaff, aaron, "@Zainab Mirza bought the phase 5 one already 😄 is there a "
                + "black-and-white version for printing?");
        re(8, "17:50", zainab, p5, "yes, it's the second page of the download Aaron. tell me if the print "
                + "comes out grey");
        say(8, "18:20", rcStaff, aaron, "printed fine, cheers");
        Post rev = say(9, "19:00", rcPlan, claire, "help, observation tomorrow, year 3 persuasive writing, "
                + "how do I hook them in the first 5 minutes?");
        re(9, "19:15", aaron, rev, "give them a fake letter from the head banning playtime. instant outrage, "
                + "instant persuasive writing");
        re(9, "19:30", claire, rev, "haha perfect, thanks");
        Post z1 = say(9, "20:00", rcStaff, petra, "@Zainab Mirza my TA asked if your mats come laminated or "
                + "if we print them?");
        re(9, "20:20", zainab, z1, "you print them, but I've put a tip on page 3 for getting them to last");
        say(9, "20:25", rcStaff, zainab, "how did your observation go last week Petra?");
        say(9, "20:40", rcStaff, petra, "'good with outstanding features' so I'll take it");
        say(9, "20:42", rcStaff, zainab, "amazing 🎉");
        Post sci = say(10, "18:00", rcPlan, claire, "anyone done the plants unit with no outdoor space?");
        re(10, "18:30", zainab, sci, "cress on a windowsill and celery in food colouring, both work indoors");
        re(10, "18:35", claire, sci, "ah celery, ok thank you");
        say(11, "11:00", rcStaff, hollie, "who else is marking 30 persuasive letters this weekend");
        say(11, "11:05", rcStaff, zainab, "me, 28, all asking for more playtime");
        say(11, "11:06", rcStaff, aaron, "ha that's my fault, someone used my fake letter idea");
        Post art = say(12, "19:00", rcPlan, claire, "ideas for a quick art starter? 10 mins max");
        re(12, "19:20", petra, art, "one-line drawings, don't lift the pencil. they love it");
        re(12, "19:22", claire, art, "thanks");
        say(12, "08:00", rcStaff, zainab, "phonics screening practice papers are out, who's started already?");
        say(12, "08:20", rcStaff, hollie, "not me, June feels far away until it doesn't");
        say(13, "17:30", rcStaff, zainab, "Aaron, your reception class, do they use the mat in small groups or "
                + "whole class? trying to decide what to make next");
        say(13, "17:45", rcStaff, aaron, "small groups mostly, a mini version for the table would be great");
        say(13, "17:50", rcStaff, zainab, "mini table mat, noted ✨");
        say(14, "16:00", rcShop, rhys, "Year 6 arithmetic starters, 30 days, £3: "
                + "https://rhysresources.example/starters");
        // W08
        say(15, "16:00", rcStaff, claire, "observation went well!! thanks for the letter idea Aaron");
        say(15, "16:10", rcStaff, aaron, "brilliant 🙌");
        Post hw = say(16, "19:00", rcPlan, petra, "homework policy debate at my school. does anyone still set "
                + "weekly homework in KS1?");
        re(16, "19:30", claire, hw, "we dropped it, reading only plus one optional project a half term. "
                + "parents complained for a month then loved it. I can share our letter home if useful");
        re(16, "19:40", petra, hw, "yes please Claire!");
        say(16, "19:50", rcShare, claire, "our KS1 homework letter to parents, free to adapt: "
                + "https://drive.example/claire/homework-letter");
        say(17, "10:00", rcShop, zainab, "Mini table sound mats for phases 2-5 now in, £2 each: "
                + "https://zainabphonics.example/mini-mats");
        say(18, "12:00", rcStaff, rhys, "does anyone else get Sunday dread in half term already");
        say(18, "12:10", rcStaff, hollie, "from Friday teatime Rhys");
        say(19, "20:00", rcShare, hollie, "free: Spring term reading challenge bingo card, "
                + "https://drive.example/hollie/spring-bingo");
        say(19, "20:10", rcShare, aaron, "ooh thank you");
    }

    private void forestSchool() {
        // W06
        say(1, "08:00", fsCamp, lowri, "frost on the tarps this morning, kids made 'ice windows' from the "
                + "puddles and carried them round like treasure");
        say(1, "08:10", fsCamp, fern, "ice windows! stealing that");
        say(1, "08:15", fsCamp, ash, "we did the same, until one shattered on a wellie and there were tears");
        Post suit = say(2, "19:00", fsParents, amir, "which all-in-one suits actually survive forest school? "
                + "we're on our third this winter");
        re(2, "19:20", colette, suit, "I'm biased, I sell kids' waterproofs (puddlepack.example), but honestly "
                + "the ones with taped seams and a reinforced seat last. Muddy Puddles and Hippychick both do, "
                + "size up so they last two winters");
        re(2, "19:30", lowri, suit, "+1 reinforced seat, that's where they all go. the slide is the enemy");
        re(2, "19:45", amir, suit, "reinforced seat, noted. thank you both");
        Post l3 = say(3, "20:00", fsQuals, amir, "slightly different question: how does someone become a forest "
                + "school leader? I'm a dad who'd like to help at my kid's school");
        re(3, "20:30", tobias, l3, "you want the Level 3 Forest School Leader qual: about 6 training days, a "
                + "first aid course (16 hour outdoor one), then a portfolio with 6 sessions you run, usually "
                + "over a year. start with the Level 1 intro if you want a taster. I'm running a Level 3 "
                + "cohort from April if it helps: https://wildlearning.example/level3");
        re(3, "20:45", amir, l3, "that's really clear, thank you Tobias. might start with level 1");
        Post knives = say(4, "17:00", fsKit, lowri, "how are people storing the knives and saws safely between "
                + "sessions? our box is a jumble");
        re(4, "17:20", ash, knives, "canvas tool rolls, one slot each, so you see at a glance if one's missing. "
                + "I make them actually, £18, dm me if you want one. or a drawer divider with labels works too");
        re(4, "17:40", lowri, knives, "seeing a missing one at a glance is the whole point, yes. I'll dm you Ash");
        Post maisie = say(5, "16:00", fsParents, jess, "Maisie loved your Tuesday session @Fern Aldridge, she "
                + "hasn't stopped talking about the fire steel");
        re(5, "16:30", fern, maisie, "that's so lovely Jess, she was a natural with it");
        say(6, "12:00", fsCamp, tobias, "kelly kettle or trangia for hot chocolate with groups of 12?");
        say(6, "12:15", fsCamp, lowri, "kelly kettle, faster and the kids love feeding it twigs");
        say(6, "12:20", fsCamp, fern, "kelly kettle, but keep it on a fire tray");
        say(7, "18:00", fsCamp, fern, "I'm off grid on a training week till Thursday 15th, no signal at all. "
                + "back for Friday sessions!");
        say(7, "18:05", fsCamp, lowri, "enjoy the woods Fern 🌿");
        // W07: Jess asks Fern while Fern is away, as Fern said she would be
        Post easter = say(8, "09:00", fsParents, jess, "@Fern Aldridge are you running an Easter holiday club "
                + "this year? want to book before it fills");
        say(8, "12:00", fsParents, colette, "Jess she's away till Thursday I think, she said in the leaders' room");
        say(8, "12:10", fsParents, jess, "ah thank you, no rush then");
        Post tarp = say(9, "19:00", fsKit, tobias, "what size tarp for a group shelter over 15 kids? 4x4 "
                + "feels small");
        re(9, "19:20", lowri, tarp, "we use 5x5 with a ridge line between two trees, and a 3x3 as a windbreak");
        re(9, "19:25", tobias, tarp, "windbreak, good thinking, thanks Lowri");
        Post places = say(10, "10:00", fsQuals, lowri, "@Tobias Grün are there still places on your April "
                + "level 3? my colleague is keen");
        re(10, "10:30", tobias, places, "two left Lowri, the page has dates and the bursary info: "
                + "https://wildlearning.example/level3");
        say(10, "10:35", fsQuals, lowri, "passing it on, thanks");
        re(11, "18:00", fern, easter, "sorry Jess, just back! yes, 8-12 April, mornings, booking opens Monday, "
                + "I'll put the link here");
        re(11, "18:20", jess, easter, "perfect 🙌");
        Post rain = say(12, "08:00", fsParents, amir, "honest question, do sessions still run in heavy rain? "
                + "my son's school cancelled last week");
        re(12, "08:30", ash, rain, "ours do unless there's wind, wind is the danger with trees. rain just "
                + "means more tarp time and hot chocolate");
        re(12, "08:40", amir, rain, "makes sense, thanks");
        say(13, "19:00", fsCamp, lowri, "who's been to the woodland first aid refresher? is it worth the drive?");
        say(13, "19:20", fsCamp, fern, "yes, the hypothermia scenario alone was worth it");
        say(14, "17:00", fsCamp, tobias, "fire pit rebuilt, fresh logs for the seats, ready for spring");
        // W08: Ash offers tool rolls twice, unasked
        say(15, "09:00", fsParents, fern, "Easter holiday club booking is open: 8-12 April, mornings, ages 5-10 "
                + "https://forms.example/mudandmoss-easter");
        say(15, "09:30", fsParents, jess, "booked! 🎉");
        say(15, "12:00", fsCamp, ash, "tool rolls back in stock, £18 each, six slots, waxed canvas. dm me");
        say(16, "18:00", fsCamp, lowri, "the tool roll is great btw Ash, already spotted a missing saw with it");
        say(16, "18:10", fsCamp, ash, "ha, that's what it's for");
        say(17, "17:00", fsParents, ash, "parents: a waxed canvas tool roll makes a great birthday present for "
                + "a forest school kid, £18, dm me");
        Post whittle = say(17, "20:00", fsParents, colette, "what age do you let them whittle? mine (6) is "
                + "desperate");
        re(17, "20:20", fern, whittle, "we start at 5 with a peeler on soft green wood, one to one, knife "
                + "glove on the holding hand. a proper knife comes later");
        re(17, "20:30", colette, whittle, "peeler first, genius, thank you Fern");
        say(18, "16:00", fsQuals, amir, "booked my level 1 for March 🙂");
        say(18, "16:10", fsQuals, tobias, "brilliant Amir, you'll love it");
    }

    private void supplyTeachers() {
        // W06
        say(1, "07:10", suBooked, megan, "booked Mon-Wed at Oakfield, year 5. anyone been? what's behaviour like");
        say(1, "07:20", suBooked, tunde, "Oakfield is fine, the year 5s are lovely, the photocopier is not");
        say(1, "07:22", suBooked, megan, "noted, print at home 😂");
        Post code = say(1, "19:00", suPay, tunde, "my payslip says tax code BR, is that bad?");
        re(1, "19:30", priyanka, code, "BR means everything is taxed at 20% with no allowance. it usually "
                + "happens when you have two employers (agency + umbrella or a second job). ring HMRC with "
                + "both payroll refs and they'll split your allowance. you'll get the overpaid back");
        re(1, "19:40", tunde, code, "that's me, two agencies. thank you Priyanka, ringing tomorrow");
        say(2, "16:30", suSurvive, elspeth, "no cover work left AGAIN. 'just do something with them' for a "
                + "double lesson of year 9 science");
        say(2, "16:35", suSurvive, viktor, "my emergency kit: a 20-question quiz on anything, a 'design a "
                + "planet' task, and a 'write the rules for a new sport' sheet. works every time");
        say(2, "16:40", suSurvive, elspeth, "design a planet is going straight in my bag");
        joins(3, "08:00", suBooked, jade);
        say(3, "08:05", suBooked, jade, "hi all, just moved to supply after 8 years full time in Leeds. "
                + "any tips for day one nerves?");
        say(3, "08:20", suBooked, elspeth, "welcome Jade! arrive early, find the behaviour policy and the "
                + "nearest friendly TA. the TA knows everything");
        say(3, "08:25", suBooked, megan, "and take your own lanyard and a board pen. welcome 👋");
        say(3, "08:40", suBooked, jade, "friendly TA, own pens, got it. thank you both");
        say(4, "21:00", dmNick, nick, "Hi Jade, Nick from Brightstaff Education here, saw you're new to supply. "
                + "We've got daily KS2 roles across the city at £165/day, plus long-term options. Send me your "
                + "CV and grab a 15-minute call here: https://calendly.example/nick-brightstaff");
        say(5, "08:30", dmNick, jade, "Hi Nick, thanks, I'm already signed up with an agency for now but I'll "
                + "keep your details");
        Post ratesQ = say(5, "19:00", suAgency, jade, "is £140 a day normal for KS2 supply round here or am I "
                + "being lowballed?");
        re(5, "19:20", tunde, ratesQ, "lowballed. £150-165 is normal for KS2 daily here, more if you're "
                + "going through umbrella because they take a cut");
        re(5, "19:30", elspeth, ratesQ, "ask them for their rate card. they hate it but they'll move");
        re(5, "19:45", jade, ratesQ, "ok, going back to them tomorrow. thanks");
        say(6, "07:00", suBooked, viktor, "Friday at Grange High, maths. wish me luck with year 10 last thing");
        say(6, "07:05", suBooked, tunde, "good luck Viktor, take the planet sheet");
        say(7, "12:00", suSurvive, megan, "week survived. one kid asked if I was 'a real teacher'. "
                + "I said no, I'm a hologram");
        say(7, "12:05", suSurvive, jade, "stealing that");
        // W07
        say(8, "07:00", suBooked, nick, "Days going this week: Y3 Tue-Thu at Westfield, Y6 Friday at St Anne's. "
                + "£160/day through Brightstaff, message me");
        say(8, "07:15", suBooked, jade, "booked Tue-Fri at Hollins Primary through my agency, it moved to £155!");
        say(8, "07:20", suBooked, elspeth, "🎉 go Jade");
        Post scale = say(9, "19:00", suPay, megan, "does any agency pay to scale, not through an umbrella? "
                + "I keep losing pension years");
        re(9, "19:30", priyanka, scale, "some do for long-term roles, ask for 'paid to scale via PAYE' in "
                + "writing. mine does (Keystone Education) for anything 12 weeks plus, happy to explain how it "
                + "works, but ask your current one first, many will if you push");
        re(9, "19:45", megan, scale, "'in writing' is the key bit I think, thanks Priyanka");
        say(10, "16:00", suSurvive, tunde, "year 8 tried the 'our teacher lets us sit where we want' line today");
        say(10, "16:05", suSurvive, viktor, "the oldest trick. did you fall for it");
        say(10, "16:10", suSurvive, tunde, "I said 'great, so you'll know your seating plan then' 😎");
        Post pens = say(11, "18:00", suPay, elspeth, "does anyone know if supply days count towards the "
                + "teachers' pension if it's through an umbrella?");
        re(11, "18:20", priyanka, pens, "through an umbrella, no, that's the catch. only PAYE through the "
                + "agency or paid directly by the school counts for TPS");
        re(11, "18:25", megan, pens, "that's why I asked about scale, same rabbit hole");
        re(11, "18:40", elspeth, pens, "ugh. thanks both");
        say(12, "07:00", suBooked, nick, "Long-term Y2 role from 26 Feb at Parkside, 6 weeks, £170/day. "
                + "Message me if you're interested");
        say(12, "07:30", suBooked, megan, "Parkside is lovely btw if anyone's looking for long-term");
        say(13, "19:00", suSurvive, jade, "first week done. the TA tip was gold, Mrs Barker saved me twice");
        say(13, "19:10", suSurvive, elspeth, "told you, TAs run the world");
        // W08: Viktor's few posts and two plugs
        say(15, "07:10", suBooked, viktor, "Mon and Tue at Grange again, they asked for me by name 🙂");
        say(15, "07:20", suBooked, tunde, "nice one Viktor");
        say(15, "16:30", suSurvive, viktor, "year 11 asked for revision tips so I gave them the past-paper "
                + "routine. also, I tutor GCSE maths evenings if anyone's kids need it: "
                + "https://viktortutors.example");
        say(17, "10:00", suPay, viktor, "reminder: self-assessment deadline passed, if you missed it call "
                + "them before the penalty grows. and my GCSE maths tutoring has evening slots: "
                + "https://viktortutors.example");
        say(17, "10:20", suPay, tunde, "thanks, my sister's lad might need some tutoring actually");
        Post ret = say(18, "20:00", suAgency, megan, "is anyone else's agency charging a 'compliance fee' "
                + "out of pay? £15 a month");
        re(18, "20:30", tunde, ret, "mine tried, I asked which law made it compulsory and it vanished");
        re(18, "20:40", megan, ret, "haha love it, going to try that");
        say(19, "07:00", suBooked, jade, "whole week at Hollins again, they've asked me for the rest of term!");
        say(19, "07:05", suBooked, megan, "Jade!! 🎉");
        say(19, "07:06", suBooked, elspeth, "knew you'd be fine 👏");
    }

    private void authorVisits() {
        // W06: Callum's launch week, all about Callum
        say(1, "09:00", auNews, callum, "My new middle-grade novel THE LIGHTHOUSE THIEVES is out Thursday! "
                + "https://callumachebe.example/lighthouse");
        say(1, "09:30", auGreen, rosa, "morning all. 3 schools this week, my voice is already going");
        say(1, "09:35", auGreen, hetty, "honey and lemon and never try to talk over a hall of 300");
        say(1, "10:00", auGreen, callum, "I'm so nervous about Thursday. I've been writing this book for four "
                + "years and I keep thinking I should have changed the ending. My editor says it's my best "
                + "work but I'm not sure I believe her. I've got my launch at the library, my school tour after, "
                + "and I've booked myself onto two radio slots. I haven't slept properly in a week.");
        say(1, "10:10", auGreen, hetty, "that's the launch wobble, it passes");
        say(2, "11:00", auGreen, callum, "My publisher has just sent me the first review and I'm shaking. "
                + "I'd been dreading it. I think I'll frame it. My mum cried. I've also finally finished my "
                + "school visit slides, my talk is now 45 minutes and I've added my own drawings of the "
                + "lighthouse which I did myself at my kitchen table.");
        say(2, "11:20", auGreen, idris, "congrats Callum!");
        Post fee = say(2, "18:00", auSchools, sanjay, "first time booking an author for our book week, what do "
                + "authors usually charge for a day?");
        re(2, "18:30", rosa, fee, "the Society of Authors guide says around £400-£500 for a full day, plus "
                + "travel, and half that for a half day. make sure the day has breaks and a proper lunch. for "
                + "what it's worth I charge £450 a day and I'm happy to send details if you want");
        re(2, "18:45", sanjay, fee, "really helpful, thank you Rosa. will message you after our budget meeting");
        say(3, "09:00", auCraft, hetty, "does anyone else draw the character first and then find the story, "
                + "or is it just me");
        say(3, "09:20", auCraft, idris, "always character first. the story is what she wants");
        say(3, "09:25", auCraft, rosa, "title first, then panic 😂");
        say(4, "20:00", auGreen, callum, "Launch done! I sold 84 copies, my biggest ever. I signed until my "
                + "hand hurt. I'll post my photos tomorrow. I'm exhausted but I'm so happy. My agent says my "
                + "next book is already wanted, so I'm going straight back to my desk on Monday.");
        say(4, "20:10", auGreen, rosa, "🎉 well done Callum");
        say(5, "16:00", auSchools, bronwen, "PTA here, is it normal for authors to bring books to sell on the "
                + "day, and who handles the money?");
        say(5, "16:30", auSchools, hetty, "yes, usually a local bookshop runs the sale and sends order forms "
                + "home first. keeps the money away from the author and the school");
        say(5, "16:40", auSchools, bronwen, "oh that's much easier, thanks Hetty");
        say(6, "12:00", auGreen, rosa, "when the school asks for 6 assemblies, 4 workshops and a signing for "
                + "£200: 🤡?");
        say(6, "12:05", auGreen, hetty, "and 'could you also judge the poetry competition while you're here'");
        say(7, "10:00", auNews, idris, "Cover reveal for TIGER IN THE ATTIC, out in May! "
                + "https://idrislowe.example/tiger");
        // W07: Jo, who booked Hetty before, waits
        Post spring = say(8, "10:00", auSchools, jo, "@Hetty Marsh the kids still talk about your visit last "
                + "year! could you do a day in the summer term, and is your fee the same?");
        say(8, "10:30", auSchools, bronwen, "second that, I told the PTA at my other school about Hetty too");
        say(9, "09:00", auGreen, hetty, "anyone tried those portable visualisers for drawing live in a hall? "
                + "mine's dying");
        say(9, "09:30", auGreen, rosa, "I've got the folding one, works fine on school projectors");
        say(9, "09:40", auGreen, hetty, "folding one, ok, ordering");
        say(10, "13:00", auCraft, hetty, "thumbnail stage of book 3, 32 pages, one spread I cannot crack");
        say(10, "13:10", auCraft, idris, "flip it? what if the reader sees it from the cat's side");
        say(10, "13:30", auCraft, hetty, "the cat's side... oh. yes. thank you");
        Post drive = say(11, "18:00", auSchools, sanjay, "how far ahead do authors usually book up? "
                + "we're thinking October");
        re(11, "18:20", idris, drive, "book now for October, autumn goes fast with book weeks and "
                + "Black History Month");
        re(11, "18:30", sanjay, drive, "now it is, thanks Idris");
        say(12, "20:00", auGreen, hetty, "just got asked to do a visit for 'exposure'. to a private school");
        say(12, "20:05", auGreen, callum, "😂 exposure pays my heating bill about as well as it pays yours");
        say(13, "12:00", auGreen, callum, "how do you all handle kids asking how much money you make?");
        say(13, "12:15", auGreen, rosa, "'about the same as a teacher, but in smaller, rarer pieces'");
        say(13, "12:20", auGreen, hetty, "'not enough to buy a lighthouse, Callum'");
        say(14, "09:00", auNews, idris, "TIGER IN THE ATTIC is up for pre-order! https://idrislowe.example/tiger");
        // W08
        say(15, "10:00", auSchools, jo, "still keen to book Hetty if anyone knows whether she's taking summer "
                + "dates 🙂");
        say(15, "11:00", auGreen, hetty, "back from three schools in the rain, feet of ice");
        Post summer = re(15, "14:00", rosa, spring, "Jo, Hetty's been run off her feet, @Hetty Marsh ^");
        re(15, "16:00", hetty, summer, "oh Jo I'm so sorry, I missed this completely! yes, summer is open, "
                + "same fee as last year, I'll email you dates tonight");
        re(15, "16:20", jo, summer, "wonderful, thank you!");
        say(16, "09:00", auCraft, callum, "anyone else's second book harder than the first? asking for me");
        say(16, "09:20", auCraft, idris, "every single time");
        say(17, "15:00", auSchools, bronwen, "our book week is booked! Rosa on the 14th of March 🎉");
        say(17, "15:10", auSchools, rosa, "can't wait Bronwen!");
        say(18, "19:00", auGreen, rosa, "do you let schools film your talk? had a request for the website");
        say(18, "19:15", auGreen, idris, "photos yes, full video no, it's my show after all");
    }

    private void conversationClub() {
        // W06
        say(1, "09:00", esRota, agnes, "February Tuesdays: 6th, 13th, 20th (half term, still on), 27th. "
                + "put your name down: https://sheets.example/talkclub-rota");
        say(1, "09:30", esRota, luis, "down for 6th and 20th");
        say(1, "10:00", esRota, hannah, "13th and 27th for me");
        Post topic = say(2, "18:00", esLesson, yusuf, "tuesday's topic was 'at the doctor'. role play worked "
                + "but the beginners froze. any ideas for the very new ones?");
        re(2, "18:30", bettina, topic, "give them picture cards with the phrases on the back. they point "
                + "first, then read, then say it without the card by the end");
        re(2, "18:40", yusuf, topic, "point, read, say. brilliant, thank you Bettina");
        say(3, "12:00", esChat, luis, "my bike got a puncture outside the centre again, glass everywhere");
        say(3, "12:05", esChat, bettina, "I made a huge pot of lentil soup for tuesday, can I bring it?");
        say(3, "12:07", esChat, yusuf, "Luis there's a bike repair stand by the library now");
        say(3, "12:08", esChat, agnes, "Bettina YES. soup for everyone");
        say(3, "12:15", esChat, luis, "didn't know that, thanks Yusuf");
        say(3, "12:20", esChat, kofi, "soup 😍");
        say(4, "09:00", esRota, agnes, "still need one more person on the 20th (half term), sheet here: "
                + "https://sheets.example/talkclub-rota");
        say(4, "09:45", esRota, kofi, "I'll do the 20th, first time!");
        say(4, "10:00", esRota, agnes, "welcome aboard Kofi 🙌");
        Post ielts = say(5, "19:00", esChat, yusuf, "does anyone know someone who does IELTS prep? one of our "
                + "learners needs 6.5 for a nursing job");
        re(5, "19:20", hannah, ielts, "I do IELTS prep privately, happy to talk to her about it. but the "
                + "central library has free practice tests and a Saturday speaking group, try that first");
        re(5, "19:30", yusuf, ielts, "I'll tell her about both, thanks Hannah");
        say(6, "09:00", esRota, agnes, "27th still has one gap, sheet: https://sheets.example/talkclub-rota");
        say(6, "09:20", esRota, bettina, "took it");
        say(7, "15:00", esVol, agnes, "reminder: safeguarding refresher is online, 40 mins, by end of March "
                + "please");
        say(7, "15:10", esVol, luis, "done mine on the train");
        // W07: Kofi's first session, talked through with Luis
        Post first = say(8, "19:00", esLesson, kofi, "first session next week and I'm nervous. what do you "
                + "do in the first ten minutes?");
        Post firstAns = re(8, "19:30", luis, first, "name game with a ball, then everyone says one thing they "
                + "did at the weekend. keep it to present and past simple for the mixed group");
        re(8, "19:40", kofi, firstAns, "one thing at the weekend is good. what if nobody talks?");
        re(8, "19:50", luis, firstAns, "then you go first with something silly. they'll laugh and start");
        re(8, "19:55", kofi, firstAns, "ok, silly story ready 😄");
        Post key = say(9, "10:00", esVol, bettina, "@Agnes Whitcombe who has the room key over half term? "
                + "the office is shut on the 20th");
        key.react("👀", agnes);
        say(9, "18:00", esChat, hannah, "anyone watching the curling? I'm weirdly invested");
        say(9, "18:10", esChat, luis, "the sweeping is hypnotic");
        Post mix = say(10, "20:00", esLesson, kofi, "Luis, did the practice run with my housemates, the name "
                + "game worked but how do I pair people when levels are really mixed?");
        re(10, "20:30", luis, mix, "stronger with weaker, but give the stronger one a job: they ask the "
                + "questions from the card. stops them doing all the talking");
        re(10, "20:40", kofi, mix, "a job for the stronger one, yes. I'll tell you how it goes");
        say(11, "16:00", esVol, agnes, "big thank you to Bettina for the soup, 14 bowls gone");
        say(11, "16:10", esVol, yusuf, "it was the best part of the evening, no offence to my lesson");
        Post after = say(12, "21:00", esLesson, kofi, "session done! ball game great, pairs mostly good, but "
                + "two ladies only spoke Arabic to each other the whole time. is that ok?");
        re(12, "21:20", luis, after, "early on it's fine, they're checking meaning. next time give them a "
                + "'one English question each' challenge");
        re(12, "21:30", kofi, after, "challenge next time. thank you Luis, honestly");
        say(13, "19:00", esChat, bettina, "anyone know if the café next door is open on the 20th? for "
                + "after-club tea");
        say(13, "19:20", esChat, yusuf, "open till 9 I think");
        say(14, "10:00", esLesson, hannah, "idea bank: 'describe your favourite food without naming it' went "
                + "down really well tuesday");
        say(14, "10:10", esLesson, kofi, "stealing that for the 20th");
        // W08
        say(15, "09:00", esVol, bettina, "still need to know about the key for tomorrow night, anyone?");
        say(15, "09:30", esVol, luis, "I think the caretaker has a spare, Bettina, I'll ring him");
        say(15, "10:15", esVol, luis, "sorted, caretaker will open up at 6");
        say(15, "10:20", esVol, bettina, "thank you Luis!");
        Post games = say(16, "19:00", esLesson, yusuf, "need a quick warm-up for a big group of 20, anything?");
        re(16, "19:20", kofi, games, "the 'one thing at the weekend' round Luis taught me works with big "
                + "groups too, just do it in threes first");
        re(16, "19:30", yusuf, games, "threes, good idea, thanks Kofi");
        say(17, "12:00", esChat, hannah, "the learner who needed 6.5, Yusuf said she got 7!!");
        say(17, "12:05", esChat, agnes, "oh that's wonderful 🎉");
        say(17, "12:06", esChat, kofi, "🎉🎉");
        say(18, "09:00", esRota, agnes, "March rota is up: https://sheets.example/talkclub-rota-march");
        say(18, "09:30", esRota, kofi, "6th and 20th please");
        say(18, "09:35", esRota, yusuf, "13th");
    }

    static Map<String, String> files() {
        return new HeldOutScenes73Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 73");
    }
}
