package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 57 (sealed): eight communities of local life and services (chimney sweeps and stove fitters with a
 * room where householders ask, a GP surgery's patient group where nobody sells, a driving school's own server with its
 * Staff, a men's shed with a for-sale table, a childminders' network with parents asking and a vacancies room, a
 * village hall's committee and hirers, a carers' café for families living with dementia, a tool library with a
 * handyman among its members), over three ISO weeks (2027-W43 to W45), written and labelled by writer57 (session 36)
 * before any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-57.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes57Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 10, 25);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2027, 11, 15, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-57";

    // --- A. chimney sweeps and stove fitters ---
    private final String flue = cast.guild(841);
    private final Channel hfTalk = cast.channel(flue, "Hearth and Flue Guild", "flue-talk",
            "trade chat for sweeps and fitters", "hf-flue-talk.json");
    private final Channel hfAsk = cast.channel(flue, "Hearth and Flue Guild", "householders-ask",
            "householders: ask the sweeps about stoves, smoke, soot and birds' nests", "hf-householders-ask.json");
    private final Channel hfKit = cast.channel(flue, "Hearth and Flue Guild", "kit-and-vans",
            "buy, sell, swap: rods, brushes, vacs, cameras, vans. price please", "hf-kit-and-vans.json");
    private final Channel hfCpd = cast.channel(flue, "Hearth and Flue Guild", "cpd-dates",
            "training days and assessments", "hf-cpd-dates.json");
    private final Persona gethin = cast.person("gethin.pryce", "Gethin Pryce");
    private final Persona marta = cast.person("marta.lq", "Marta Lindqvist");
    private final Persona kwame = cast.person("kwame.sweeps", "Kwame Asante");
    private final Persona dorota = cast.person("dorota.z", "Dorota Zielinska");
    private final Persona callum = cast.person("callum.fr", "Callum Fraser");
    private final Persona ines = cast.person("ines.carv", "Ines Carvalho");
    private final Persona rebecca = cast.person("becca.holt", "Rebecca Holt");
    private final Persona yusuf = cast.person("yusuf.d", "Yusuf Demir");
    private final Channel hfDmYusuf = cast.dm(yusuf, "hf-dm-yusuf.json");

    // --- B. GP surgery patient group (nobody sells) ---
    private final String mill = cast.guild(842);
    private final Channel pgGeneral = cast.channel(mill, "Millbrook Surgery Patient Group", "pg-general",
            "chat for members of the patient participation group", "pg-general.json");
    private final Channel pgNotes = cast.channel(mill, "Millbrook Surgery Patient Group", "meeting-notes",
            "agendas and minutes, posted by the secretary", "pg-meeting-notes.json");
    private final Channel pgIdeas = cast.channel(mill, "Millbrook Surgery Patient Group", "ideas-box",
            "what would make the surgery better for patients?", "pg-ideas-box.json");
    private final Channel pgRota = cast.channel(mill, "Millbrook Surgery Patient Group", "volunteer-rota",
            "volunteer shifts for the flu clinic car park and welcome desk", "pg-volunteer-rota.json");
    private final Persona harriet = cast.person("harriet.ok", "Harriet Okonkwo");
    private final Persona desmondA = cast.person("des.acht", "Desmond Achterberg");
    private final Persona pooja = cast.person("pooja.v", "Pooja Venkatesan");
    private final Persona frank = cast.person("frank.mull", "Frank Mulligan");
    private final Persona aisling = cast.person("aisling.b", "Aisling Byrne");
    private final Persona tariq = cast.person("tariq.h", "Tariq Hussain");
    private final Persona ewa = cast.person("ewa.nowak", "Ewa Nowak");

    // --- C. driving school's own server ---
    private final String kestrel = cast.guild(843);
    private final Role kdStaff = cast.role("Staff", "#1f8b4c", 2);
    private final Channel kdLobby = cast.channel(kestrel, "Kestrel Driving School", "lobby",
            "learners, parents and instructors: say hi", "kd-lobby.json");
    private final Channel kdBook = cast.channel(kestrel, "Kestrel Driving School", "lesson-bookings",
            "ask our instructors about slots, cancellations and test dates", "kd-lesson-bookings.json");
    private final Channel kdTheory = cast.channel(kestrel, "Kestrel Driving School", "theory-help",
            "highway code, hazard perception, stopping distances", "kd-theory-help.json");
    private final Channel kdPassed = cast.channel(kestrel, "Kestrel Driving School", "passed",
            "passed your test? tell us!", "kd-passed.json");
    private final Persona samira = cast.person("samira.kestrel", "Samira Haddad", kdStaff);
    private final Persona owen = cast.person("owen.instructor", "Owen Pritchard", kdStaff);
    private final Persona lucia = cast.person("lucia.office", "Lucia Ferreira", kdStaff);
    private final Persona jayden = cast.person("jayden.c", "Jayden Clarke");
    private final Persona meiLin = cast.person("meilin.tan", "Mei Lin Tan");
    private final Persona aleks = cast.person("aleks.petrov", "Aleksander Petrov");
    private final Persona chloe = cast.person("chloe.dbs", "Chloe Dubois");
    private final Persona nadia = cast.person("nadia.rahimi", "Nadia Rahimi");

    // --- D. men's shed ---
    private final String shed = cast.guild(844);
    private final Channel msBench = cast.channel(shed, "Tern Valley Men's Shed", "the-bench",
            "chat, tea, banter", "ms-the-bench.json");
    private final Channel msProjects = cast.channel(shed, "Tern Valley Men's Shed", "projects",
            "what's on your bench this week", "ms-projects.json");
    private final Channel msSale = cast.channel(shed, "Tern Valley Men's Shed", "for-sale-table",
            "members' bird boxes, benches and turned bowls for sale. price please", "ms-for-sale-table.json");
    private final Channel msSafety = cast.channel(shed, "Tern Valley Men's Shed", "tool-safety",
            "inductions, guards, blades, who's signed off on what", "ms-tool-safety.json");
    private final Persona bernard = cast.person("bernard.kow", "Bernard Kowalski");
    private final Persona alun = cast.person("alun.hughes", "Alun Hughes");
    private final Persona rajesh = cast.person("rajesh.m", "Rajesh Menon");
    private final Persona stanley = cast.person("stan.whitlock", "Stanley Whitlock");
    private final Persona jim = cast.person("jim.odon", "Jim O'Donoghue");
    private final Persona piotr = cast.person("piotr.sz", "Piotr Szymanski");
    private final Persona hilary = cast.person("hilary.gr", "Hilary Greaves");

    // --- E. childminders' network ---
    private final String eastfield = cast.guild(845);
    private final Channel cmStaff = cast.channel(eastfield, "Eastfield Childminders Network", "staffroom",
            "childminders' chat: paperwork, ratios, rainy days", "cm-staffroom.json");
    private final Channel cmParents = cast.channel(eastfield, "Eastfield Childminders Network", "parents-ask",
            "parents looking for a childminder, or with a question: ask here", "cm-parents-ask.json");
    private final Channel cmVacancies = cast.channel(eastfield, "Eastfield Childminders Network", "vacancies",
            "post your own spaces and vacancies here", "cm-vacancies.json");
    private final Channel cmTraining = cast.channel(eastfield, "Eastfield Childminders Network", "training",
            "first aid renewals, safeguarding, courses", "cm-training.json");
    private final Persona adaeze = cast.person("adaeze.n", "Adaeze Nwosu");
    private final Persona kirsty = cast.person("kirsty.acorns", "Kirsty McAllister");
    private final Persona sofia = cast.person("sofia.rom", "Sofia Romano");
    private final Persona hyunwoo = cast.person("hyunwoo.p", "Hyun-woo Park");
    private final Persona bethan = cast.person("bethan.ll", "Bethan Lloyd");
    private final Persona laura = cast.person("laura.whit", "Laura Whitfield");
    private final Persona omar = cast.person("omar.farouk", "Omar Farouk");
    private final Persona grace = cast.person("grace.tembo", "Grace Tembo");

    // --- F. village hall ---
    private final String parva = cast.guild(846);
    private final Channel vhNews = cast.channel(parva, "Ashby Parva Village Hall", "hall-news",
            "news from the hall committee", "vh-hall-news.json");
    private final Channel vhBookings = cast.channel(parva, "Ashby Parva Village Hall", "bookings",
            "ask about hiring the hall: dates, rates, keys", "vh-bookings.json");
    private final Channel vhUsers = cast.channel(parva, "Ashby Parva Village Hall", "users-chat",
            "for everyone who uses the hall", "vh-users-chat.json");
    private final Channel vhLost = cast.channel(parva, "Ashby Parva Village Hall", "lost-property",
            "left something behind? found something?", "vh-lost-property.json");
    private final Persona moira = cast.person("moira.fb", "Moira Fairbairn");
    private final Persona clive = cast.person("clive.og", "Clive Ogunleye");
    private final Persona nell = cast.person("nell.harcourt", "Nell Harcourt");
    private final Persona tomasz = cast.person("tomasz.dance", "Tomasz Baran");
    private final Persona priyanka = cast.person("priyanka.s", "Priyanka Shah");
    private final Persona gwen = cast.person("gwen.parry", "Gwen Parry");
    private final Persona ravi = cast.person("ravi.bhatt", "Ravi Bhatt");
    private final Persona lottie = cast.person("lottie.kitchen", "Lottie Henshaw");
    private final Channel vhDmRavi = cast.dm(ravi, "vh-dm-ravi.json");

    // --- G. carers' café ---
    private final String thursday = cast.guild(847);
    private final Channel ccCuppa = cast.channel(thursday, "Thursday Club Carers Cafe", "cuppa",
            "somewhere to talk, for families living with dementia", "cc-cuppa.json");
    private final Channel ccTips = cast.channel(thursday, "Thursday Club Carers Cafe", "tips-that-helped",
            "little things that made a day easier", "cc-tips-that-helped.json");
    private final Channel ccDates = cast.channel(thursday, "Thursday Club Carers Cafe", "cafe-dates",
            "cafe dates and the minibus rota, posted by the organisers", "cc-cafe-dates.json");
    private final Channel ccForms = cast.channel(thursday, "Thursday Club Carers Cafe", "benefits-and-forms",
            "attendance allowance, carer's assessments, blue badges", "cc-benefits-and-forms.json");
    private final Persona brenda = cast.person("brenda.oy", "Brenda Oyelaran");
    private final Persona anwar = cast.person("anwar.sid", "Anwar Siddiqui");
    private final Persona maggie = cast.person("maggie.doyle", "Maggie Doyle");
    private final Persona henrik = cast.person("henrik.vos", "Henrik Vos");
    private final Persona rosa = cast.person("rosa.delg", "Rosa Delgado");
    private final Persona teodora = cast.person("teodora.care", "Teodora Ilie");

    // --- H. tool library ---
    private final String hollow = cast.guild(848);
    private final Channel tlBorrow = cast.channel(hollow, "Hollowbrook Tool Library", "borrow-and-return",
            "what's in, what's out, reservations", "tl-borrow-and-return.json");
    private final Channel tlHow = cast.channel(hollow, "Hollowbrook Tool Library", "how-do-i",
            "DIY questions, any level", "tl-how-do-i.json");
    private final Channel tlSessions = cast.channel(hollow, "Hollowbrook Tool Library", "workshop-sessions",
            "repair and skills sessions: dates and sign-ups", "tl-workshop-sessions.json");
    private final Channel tlGeneral = cast.channel(hollow, "Hollowbrook Tool Library", "general",
            "everything else", "tl-general.json");
    private final Persona imogen = cast.person("imogen.bw", "Imogen Blackwood");
    private final Persona segun = cast.person("segun.ade", "Segun Adebayo");
    private final Persona hana = cast.person("hana.nov", "Hana Novotna");
    private final Persona derek = cast.person("derek.fen", "Derek Fenwick");
    private final Persona valentina = cast.person("vale.russo", "Valentina Russo");
    private final Persona arjun = cast.person("arjun.p", "Arjun Pillai");
    private final Persona colm = cast.person("colm.fixes", "Colm Gallagher");
    private final Persona freya = cast.person("freya.lind", "Freya Lindgren");

    HeldOutScenes57Script() {
        super(new SceneIds(43600), FIRST_MONDAY, 21);
        sweeps();
        patientGroup();
        drivingSchool();
        mensShed();
        childminders();
        villageHall();
        carersCafe();
        toolLibrary();
        sweepsMore();
        patientMore();
        drivingMore();
        shedMore();
        childmindersMore();
        hallMore();
        cafeMore();
        toolMore();
        moreChat();
    }

    private void sweeps() {
        // W43.
        Post season = say(1, "07:40", hfTalk, gethin, "diary's rammed till bonfire night already. every year people "
                + "remember the chimney the first cold morning");
        re(1, "07:55", marta, season, "same. had 14 calls yesterday, all 'can you come today'");
        re(1, "08:10", dorota, season, "fitting 3 stoves this week and two of them the hearth isn't deep enough, fun");
        Post rods = say(1, "12:30", hfTalk, marta, "Gethin, what rods do you use for the long flues on the old farmhouses?");
        say(1, "12:41", hfTalk, gethin, "the poly ones in 1m sections, way less snapping than cane. 12 sections in "
                + "the van usually does it");
        re(1, "12:50", marta, rods, "ta, ordering some");
        Post blackGlass = say(1, "18:20", hfAsk, ines, "could anyone come and look at my stove? the glass goes black "
                + "in a day and the room smells smoky. I'm in Abergele");
        re(1, "19:05", marta, blackGlass, "I cover Abergele. Sounds like wet wood or the air wash is shut, but worth "
                + "a look. £65 for a service visit, DM me and I'll send you dates");
        re(1, "19:30", ines, blackGlass, "thank you, messaging you now");
        Post nest = say(2, "10:00", hfAsk, rebecca, "@Kwame Asante you swept our chimney in September, lovely job, but "
                + "there's scratching in it again at dawn. Can you come back and fit a bird guard? happy to pay for it");
        Post vac = say(2, "14:10", hfKit, kwame, "selling my old 3-motor vac, works fine, new filters. £150 collect "
                + "from Rhyl");
        re(2, "15:20", dorota, vac, "is that the grey one? I'd have it for the unit if no one local wants it");
        say(2, "15:45", hfTalk, kwame, "anyone else getting loads of jackdaw nests this year? pulled 3 out this week");
        Post jack = say(2, "16:00", hfTalk, gethin, "jackdaws everywhere, it's the mild spring");
        re(2, "16:20", kwame, jack, "cowls on every pot I'm doing now, saves the callback");
        Post eastWind = say(2, "20:15", hfAsk, yusuf, "when the wind's from the east smoke comes back into the "
                + "living room from the wood burner. any idea why? it's fine the rest of the time");
        Post eastAns = re(2, "20:50", gethin, eastWind, "classic downdraught. the pot is probably below the ridge on "
                + "that side. Open a window a crack when you light it and get it hot fast with kindling, and if it "
                + "keeps on, a cowl on the pot sorts it. Any sweep local to you can fit one");
        re(3, "08:10", yusuf, eastAns, "thanks Gethin, the window trick worked last night 👍");
        Post cpd = say(3, "09:00", hfCpd, gethin, "guild training day 20 Nov at the college: camera inspections and "
                + "the new smoke test form. sign up here so we know numbers for lunch: https://forms.example/hf-nov-training");
        cpd.react("👍", marta, dorota, kwame);
        say(3, "11:30", hfDmYusuf, callum, "Hi Yusuf, saw your post about the smoke. Full sweep, cowl fitted and a "
                + "camera survey for £180, I've got Thursday free, want me to book you in?");
        say(3, "12:05", hfDmYusuf, yusuf, "thanks but it's sorted now");
        say(4, "09:20", hfTalk, kwame, "van's failed its MOT, brakes. anyone know a garage near Prestatyn that can "
                + "fit it in this week?");
        Post garage = say(4, "09:40", hfTalk, dorota, "Pryce Motors on the industrial estate, they did mine same day");
        re(4, "09:50", kwame, garage, "cheers Dorota");
        Post rodsSale = say(4, "13:00", hfKit, dorota, "FS: set of 20 cane rods plus 4 brushes, too heavy for me "
                + "now. £40, pics: https://photos.example/dz/rods");
        re(4, "14:30", callum, rodsSale, "I'll take them if still going");
        say(5, "17:10", hfTalk, kwame, "MOT passed 🎉 back on the road");
        say(6, "10:30", hfTalk, callum, "is anyone doing the HETAS refresher this year or is the guild day enough?");
        say(6, "10:50", hfTalk, marta, "guild day covers the CPD points, I checked last year");
        // W44.
        Post birds = say(8, "08:00", hfTalk, kwame, "first frost, phones going nonstop again");
        re(8, "08:30", gethin, birds, "I've started a waiting list, quicker than saying no 20 times");
        say(8, "18:00", hfAsk, ines, "Marta came yesterday, turned out the air wash was jammed with ash. glass "
                + "clean two days in a row now, thanks all");
        Post tarry = say(9, "19:40", hfAsk, yusuf, "one more q, there's a tarry smell in the bedroom above the "
                + "stove chimney breast when it's been raining. normal?");
        Post tarryAns = re(9, "20:30", marta, tarry, "not really normal, sounds like tar soaking through the breast. "
                + "Get it swept and checked, and burn dry wood only. It can be sealed inside with a liner if it's bad");
        re(9, "21:00", yusuf, tarryAns, "thanks Marta, booking a sweep");
        say(10, "12:00", hfTalk, kwame, "anyone got a good camera for flue surveys under 600 quid? mine died");
        say(10, "12:30", hfTalk, dorota, "I've got the blue one with the 20m cable, not perfect but fine");
        say(11, "09:10", hfKit, marta, "wanted: a spare set of poly rods if anyone's upgrading");
        say(11, "15:00", hfTalk, kwame, "did a 300 year old inglenook today, took 3 hours and I found a clay pipe "
                + "in the smoke shelf");
        say(12, "10:00", hfCpd, gethin, "8 places left for the 20 Nov day, same form as before if you haven't "
                + "signed up yet");
        // W45.
        Post frostQ = say(15, "09:00", hfAsk, rebecca, "still got the birds in the chimney. anyone else who could "
                + "come out and fit a guard? it's getting cold to go without a fire");
        re(15, "09:45", gethin, frostQ, "sorry Rebecca, I'm booked to December. Marta might be closer?");
        re(15, "10:10", marta, frostQ, "I can come Thursday morning, DM me your address");
        say(16, "11:00", hfTalk, kwame, "week off next week, back on the 22nd");
        say(17, "13:30", hfKit, callum, "rods were great Dorota, thanks again");
    }

    private void patientGroup() {
        // W43.
        Post agenda = say(1, "09:00", pgNotes, desmondA, "Agenda for Thursday 28 Oct, 6pm in the community room: 1) "
                + "flu clinic volunteers 2) the new phone system 3) AOB. Practice manager will join for item 2");
        agenda.react("👍", harriet, pooja, aisling);
        say(1, "10:15", pgGeneral, pooja, "has anyone tried the new online booking? got a blood test slot in 2 "
                + "minutes, much better than the 8am phone scramble");
        say(1, "10:40", pgGeneral, ewa, "yes! booked my smear test on it, so easy");
        Post rota = say(3, "12:00", pgRota, aisling, "Flu clinic is Sat 6 Nov, we need 8 car park marshals and 4 on the "
                + "welcome desk. Put your name against a shift here: https://sheets.example/millbrook-flu-rota");
        re(3, "12:30", tariq, rota, "done, 9-11 car park");
        re(3, "13:10", ewa, rota, "put myself on the welcome desk 11-1");
        say(2, "18:00", pgIdeas, tariq, "could we ask for a water fountain in the waiting room? people wait ages and "
                + "the machine in the corridor takes coins only");
        say(2, "18:30", pgIdeas, pooja, "seconded, and somewhere to charge phones");
        say(3, "11:00", pgGeneral, harriet, "Reminder: meeting Thursday 6pm. Bring your ideas, the practice manager "
                + "says she'll listen to everything on the phone system");
        Post mins = say(5, "09:30", pgNotes, desmondA, "Minutes 28 Oct: 11 present. Phone system: call-back option "
                + "from 1 Dec. Flu clinic: 7 marshals so far. Water fountain: manager to price it. Next meeting 25 Nov");
        re(5, "10:00", ewa, mins, "thanks Desmond, great news on the call-back");
        say(5, "14:00", pgRota, aisling, "still 1 marshal short and 2 on the desk, sheet's the same one: "
                + "https://sheets.example/millbrook-flu-rota");
        say(6, "17:00", pgGeneral, desmondA, "off to my daughter's in Cork till Monday, minutes are up if anyone "
                + "needs them");
        Post ewaQ = say(6, "19:00", pgGeneral, ewa, "@Desmond Achterberg did the manager say who to email about the "
                + "fountain? I'd like to send her the price I found");
        // W44.
        re(8, "09:15", desmondA, ewaQ, "Sorry Ewa, just back! Email the practice manager directly, her address is "
                + "on page 2 of the minutes");
        re(8, "09:40", ewa, ewaQ, "perfect, thank you");
        Post call = say(8, "12:00", pgGeneral, pooja, "the call-back is starting early apparently, my mum got one "
                + "today");
        Post frank1 = re(8, "12:20", frank, call, "I've been with this surgery forty one years, my father before "
                + "me, and I remember when it was just Dr Lowe in his front room. I never needed a phone system, I "
                + "just walked in and sat down and my name was called. My knees are not what they were but I still "
                + "walk in every time");
        say(8, "14:00", pgIdeas, tariq, "what about a board with the wait times on it? the hospital has one");
        re(8, "14:30", frank, call, "my daughter set me up on the app but I prefer my way. I've always done my own "
                + "repeat prescriptions on paper and I always will, I know my tablets better than any computer");
        Post shift = say(9, "10:00", pgRota, aisling, "Flu clinic Saturday! 2 spots left on the desk, same sheet: "
                + "https://sheets.example/millbrook-flu-rota");
        re(9, "10:30", pooja, shift, "I'll take the 1-3 desk");
        Post fount = say(9, "19:00", pgGeneral, harriet, "The manager has agreed to the fountain in principle, it "
                + "goes to the partners next month 🎉");
        fount.react("🎉", pooja, ewa, tariq, aisling);
        Post pharm = re(9, "19:30", tariq, fount, "brilliant work Harriet. Could you also raise the pharmacy queue "
                + "at the next meeting? it's out the door every Monday and people are standing in the rain");
        re(9, "20:10", frank, fount, "I remember when we had a fountain in the old building, I drank from it every "
                + "week. My wife used to say I only went for the water. I was on the parish council then and I "
                + "pushed for the car park too, I was the one who measured it out myself");
        say(10, "09:00", pgNotes, harriet, "Draft agenda for 25 Nov: 1) fountain update 2) call-back feedback "
                + "3) flu clinic thank-yous. Desmond will send the final one");
        say(10, "11:00", pgGeneral, ewa, "flu jab done at the chemist, arm like a brick 😂");
        re(10, "11:30", frank, call, "I had my jab in 1989 for the first time and I've had one every year since. I "
                + "keep my own list of every jab I have had in my diary, my own records are better than theirs");
        say(11, "16:00", pgIdeas, harriet, "lovely idea on the wait-times board Tariq, I'll add it to the list for "
                + "the manager");
        Post sat = say(13, "16:30", pgRota, aisling, "What a day! 412 jabs given, thank you to all 12 volunteers 🙏");
        sat.react("🙏", pooja, ewa, tariq, harriet);
        re(13, "17:00", tariq, sat, "was a good morning, the marshals had a system going by 10");
        // W45.
        say(15, "10:00", pgGeneral, pooja, "anyone know if the surgery's doing the RSV jab for over 75s? asking "
                + "for my dad");
        say(15, "10:25", pgGeneral, ewa, "yes, they're phoning people by age. he should get a call");
        say(16, "09:00", pgNotes, desmondA, "Final agenda for 25 Nov is below the draft, one change: item 4, the "
                + "phone system survey");
        say(17, "18:00", pgIdeas, ewa, "could we ask for a hearing loop at reception? my mum can't hear the desk");
        say(17, "18:40", pgIdeas, harriet, "yes, good one, adding it");
    }

    private void drivingSchool() {
        // W43.
        Post half = say(1, "09:00", kdLobby, samira, "Half-term intensive: 5 days, 20 hours, test booked at the end if "
                + "you're ready. £640, book here: https://kestreldriving.example/intensive");
        half.react("🔥", jayden);
        say(1, "16:30", kdLobby, jayden, "hi all, 3 lessons in and I stalled at the same roundabout 4 times lol");
        say(1, "16:45", kdLobby, meiLin, "the Tesco roundabout? everyone stalls there");
        say(1, "16:50", kdLobby, jayden, "YES that one");
        Post sat = say(2, "11:00", kdBook, meiLin, "any slots this Saturday morning? my uni timetable changed");
        say(2, "11:20", kdBook, lucia, "Mei Lin, Owen has 9am or 11am Saturday, want either?");
        re(2, "11:30", meiLin, sat, "11 please!");
        say(2, "19:00", kdLobby, nadia, "hello, I'm Dan Rahimi's mum, he's the one who won't stop talking about "
                + "parallel parking. thanks for being so patient with him");
        say(2, "19:20", kdLobby, owen, "ha, he's doing great Nadia, best bay park I've seen this month");
        say(3, "09:30", kdBook, samira, "Intensive course dates for December are up too, same deal: £640, 5 days, "
                + "https://kestreldriving.example/intensive");
        Post stop = say(4, "20:00", kdTheory, jayden, "how do people remember all the stopping distances?? theory "
                + "test friday and my brain is soup");
        re(4, "20:15", chloe, stop, "I sell a flashcard pack for the whole theory test, £5, DM me");
        Post twoSec = re(4, "20:40", aleks, stop, "at 20mph it's 12m, then for every 10mph add roughly 2x the "
                + "speed in metres... honestly just learn the table, 6 lines");
        Post trick = re(4, "21:05", owen, stop, "Trick: 20mph 12m, 30 23, 40 36, 50 53, 60 73, 70 96. Say it out "
                + "loud in the car, it sticks");
        re(4, "21:20", jayden, trick, "say it out loud in the car, ok doing that tomorrow, thanks Owen");
        re(4, "21:25", jayden, twoSec, "thanks Aleks");
        say(5, "08:00", kdTheory, meiLin, "hazard perception tip that worked for me: click once when you first see "
                + "it and once when it develops, never spam");
        Post pass1 = say(6, "14:00", kdPassed, aleks, "PASSED! 2 minors, first time 🎉🎉");
        pass1.react("🎉", owen, samira, meiLin, jayden);
        re(6, "14:10", owen, pass1, "told you! well done Aleks");
        re(6, "15:00", samira, pass1, "brilliant, enjoy the freedom and drive safe");
        // W44.
        Post theoryPass = say(8, "12:00", kdPassed, jayden, "theory passed 48/50 🙌");
        theoryPass.react("👏", owen, meiLin, aleks);
        re(8, "12:30", lucia, theoryPass, "well done Jayden! I'll look for a practical date for you");
        Post mock = say(9, "10:00", kdBook, nadia, "@Owen Pritchard you took Dan out on Tuesday and he came home "
                + "buzzing. I paid for his block of ten in September, can we book a mock test with you before his "
                + "test on the 19th?");
        say(9, "17:00", kdLobby, meiLin, "do lessons still go ahead if it's foggy? forecast looks grim tomorrow");
        say(9, "17:20", kdLobby, lucia, "yes unless it's dangerous, your instructor will text by 7am if not");
        say(10, "08:30", kdLobby, owen, "foggy one this morning, well done to everyone who drove in it");
        say(10, "13:00", kdTheory, owen, "reminder: show me tell me questions are on the DVSA site, learn the bonnet "
                + "ones, they always come up");
        say(11, "09:00", kdBook, samira, "We've had 3 cancellations for next week, Mon 4pm, Wed 10am, Fri 2pm. First "
                + "to reply gets them");
        say(11, "09:10", kdBook, meiLin, "Wed 10am please!");
        Post pass2 = say(12, "15:30", kdPassed, meiLin, "passed!!! 0 minors, Owen you legend");
        pass2.react("🎉", owen, samira, lucia, jayden, aleks);
        re(12, "15:45", owen, pass2, "0 minors! all you Mei Lin, you earned it");
        say(13, "10:00", kdLobby, chloe, "anyone selling an L plate set? mine blew off on the bypass 😂");
        say(13, "10:20", kdLobby, aleks, "I've got mine, yours for free, I'll leave them at the office");
        // W45.
        say(15, "09:00", kdLobby, samira, "Christmas gift vouchers are in: any amount, any instructor. "
                + "https://kestreldriving.example/vouchers");
        say(15, "18:00", kdTheory, jayden, "what's the rule with flashing amber at a pelican crossing again?");
        say(15, "18:10", kdTheory, aleks, "give way to anyone still crossing, then go if it's clear");
        say(16, "11:00", kdLobby, owen, "lot of black ice on the back roads this morning, take it easy everyone");
        say(17, "16:00", kdPassed, aleks, "one month of driving and I've already reversed into my dad's bins");
    }

    private void mensShed() {
        // W43.
        say(1, "09:30", msBench, bernard, "kettle's on. who's in today?");
        say(1, "09:35", msBench, piotr, "me from 10, bringing the rocking chair back in pieces");
        say(1, "09:40", msBench, rajesh, "in after lunch");
        Post bowls = say(2, "11:00", msBench, stanley, "my turned bowls are up on etsy now, £30 each, order by 10 Dec "
                + "for christmas: https://etsy.example/shop/whitlockwoodturning");
        re(2, "11:30", piotr, bowls, "nice, the ash one is lovely");
        Post boxes = say(3, "10:00", msSale, alun, "Bird boxes, cedar, 28mm hole for blue tits, £12 each or 2 for £20. "
                + "6 left, in the shed on Thursdays");
        re(3, "12:00", hilary, boxes, "bought two of these at the autumn fair, blue tits were in one within a week!");
        re(3, "12:20", alun, boxes, "that's made my day Hilary, thank you");
        Post chair = say(3, "15:00", msProjects, piotr, "rocking chair: 3 joints glued, clamped overnight. the back "
                + "spindle is the tricky one");
        re(3, "15:30", bernard, chair, "use the long sash clamps, the band clamp slips on that shape");
        re(3, "16:00", piotr, chair, "sash clamps it is, ta");
        say(4, "10:00", msSafety, bernard, "reminder: nobody on the bandsaw without sign-off. Rajesh and I can do "
                + "inductions Thursday");
        say(4, "10:20", msSafety, hilary, "can I have one Thursday please? 2pm?");
        say(4, "10:30", msSafety, bernard, "2pm's yours Hilary");
        say(5, "14:00", msProjects, stanley, "fresh batch of spalted beech bowls, £30 + postage, all on etsy: "
                + "https://etsy.example/shop/whitlockwoodturning");
        say(5, "16:00", msBench, rajesh, "who took the good chisels home? the half inch is missing");
        say(5, "16:15", msBench, piotr, "me, sorry, it's in my bag, back tomorrow");
        // W44.
        Post blade = say(8, "10:00", msProjects, jim, "bandsaw keeps drifting left on my cuts for the toy truck "
                + "wheels, any idea why?");
        Post drift = re(8, "10:30", rajesh, blade, "blade's probably dull on one side, or the guides are set too "
                + "wide. Set the guides a paper's width off the blade and try a new 6mm blade, there's one in the "
                + "drawer under the saw");
        re(8, "11:30", jim, drift, "thanks");
        Post open = say(8, "12:00", msBench, bernard, "Open day Sat 13 Nov, 10-3. Bring a friend, we need numbers for "
                + "the tea urn and cakes, put your name down: https://forms.example/tvms-open-day");
        open.react("👍", alun, rajesh, piotr, hilary);
        Post wheels = say(10, "09:40", msProjects, jim, "wheels are round now. how do I cut the axle holes straight? "
                + "they keep going in at an angle");
        Post jig = re(10, "10:10", rajesh, wheels, "pillar drill, not the hand drill. Clamp a scrap block to the "
                + "table as a fence so every wheel sits in the same spot, and use a brad point bit");
        re(10, "10:40", jim, jig, "cheers");
        Post lathe = re(10, "11:00", rajesh, jig, "Jim, you were an electrician, weren't you? could you have a look at "
                + "the switch on my lathe sometime? it cuts out when it warms up and I don't trust myself with it");
        say(10, "14:00", msProjects, bernard, "Open day: we'll have a table with everyone's projects, bring what "
                + "you've made. Names on the form please: https://forms.example/tvms-open-day");
        say(11, "09:00", msSafety, rajesh, "new push sticks by the table saw, please use them");
        Post finish = say(12, "10:15", msProjects, jim, "truck's together. what finish is safe for a toddler's toy?");
        Post oil = re(12, "10:45", rajesh, finish, "food-safe oil or a toy-safe water based lacquer, it says EN71 on "
                + "the tin. Two thin coats, sand between");
        re(12, "11:20", jim, oil, "thanks");
        say(12, "15:00", msBench, jim, "anyone want the offcuts of walnut in the corner? free");
        say(12, "15:20", msBench, stanley, "I'll have them for finials");
        say(13, "16:00", msBench, bernard, "cracking open day, 40 people through and the urn survived 🙌");
        say(13, "16:10", msSale, alun, "sold all the bird boxes at the open day, making more next week");
        // W45.
        Post truck = say(15, "10:00", msProjects, jim, "gave the truck to my grandson yesterday, he hasn't put it down");
        truck.react("❤️", rajesh, bernard, piotr, hilary);
        say(15, "11:00", msBench, rajesh, "lathe's out of action till someone looks at the switch, use the small one");
        say(16, "09:30", msProjects, piotr, "rocking chair done! rocks a bit to the left but my wife says it's "
                + "character");
        say(17, "14:00", msBench, hilary, "thank you for the bandsaw induction Bernard, made my first box today");
        say(17, "14:30", msBench, bernard, "well done Hilary, pics please!");
    }

    private void childminders() {
        // W43.
        say(1, "08:50", cmStaff, adaeze, "rainy Monday, 4 under-threes and a paddling pool of puddles outside. "
                + "wish me luck");
        say(1, "09:10", cmStaff, sofia, "puddle suits on and out you go! mine love it");
        Post space = say(1, "20:00", cmParents, laura, "does anyone have a space Mon-Wed from January, with pick up "
                + "from Eastfield Primary? my son is 4");
        re(1, "20:30", sofia, space, "I do! Mon-Wed is free from January, I do the Eastfield Primary run every day. "
                + "£6.50 an hour, DM me and we can arrange a visit");
        re(1, "21:00", laura, space, "thank you Sofia, messaging you");
        Post funded = say(2, "13:00", cmParents, omar, "Adaeze, do you take funded hours for 2 year olds? my "
                + "daughter turns 2 in December");
        say(2, "13:25", cmParents, adaeze, "yes, I take the 15 hours and the 30 hours both. Come for a visit "
                + "before she turns 2 and we'll get the forms done");
        re(2, "13:40", omar, funded, "great, thanks!");
        Post vote = say(3, "09:00", cmStaff, bethan, "I've been shortlisted for Childminder of the Year!! could you "
                + "all vote for me? https://awards.example/childcare/vote/bethan-lloyd");
        say(3, "11:00", cmStaff, kirsty, "anyone else's Ofsted due? mine's overdue by 3 months, on edge every morning");
        say(3, "11:20", cmStaff, hyunwoo, "mine was in March, they were lovely. have your learning journals out "
                + "and it's fine");
        say(4, "10:00", cmParents, bethan, "parents, please vote for me for Childminder of the Year, every vote "
                + "counts! https://awards.example/childcare/vote/bethan-lloyd");
        Post aid = say(4, "15:00", cmTraining, hyunwoo, "paediatric first aid renewal at the library 20 Nov, 6 places, "
                + "£45. anyone want to go together?");
        re(4, "15:30", adaeze, aid, "yes, mine runs out in January");
        re(4, "16:00", kirsty, aid, "count me in");
        Post snack = say(5, "12:30", cmStaff, sofia, "snack ideas that aren't raisins? the 2 year old has gone on "
                + "strike");
        re(5, "12:45", adaeze, snack, "cucumber sticks with hummus, frozen peas (weirdly a hit), oat bars");
        re(5, "13:10", sofia, snack, "frozen peas, genius, thank you");
        // W44.
        say(8, "09:00", cmStaff, grace, "hi all, Grace here, Amara's mum. Hyun-woo said parents can join, hope "
                + "that's ok");
        say(8, "09:20", cmStaff, adaeze, "welcome Grace!");
        Post kirstyV = say(9, "08:10", cmVacancies, kirsty, "Little Acorns has 2 spaces from January, Tue-Thu, "
                + "£6 an hour, garden and forest school Fridays. Details: https://littleacorns.example/spaces");
        say(9, "08:20", cmStaff, kirsty, "2 spaces at mine from January if anyone's turning people away, £6 an "
                + "hour: https://littleacorns.example/spaces");
        say(9, "08:35", cmParents, kirsty, "Parents! Little Acorns has 2 spaces from January, £6/hr: "
                + "https://littleacorns.example/spaces");
        say(9, "08:50", cmTraining, kirsty, "forest school trained setting with 2 spaces in January: "
                + "https://littleacorns.example/spaces");
        kirstyV.react("👍", sofia);
        Post xmas = say(9, "14:00", cmParents, grace, "@Hyun-woo Park you've had Amara since March and she loves it. "
                + "are you closed between Christmas and New Year? I need to book leave this week");
        say(9, "19:30", cmTraining, hyunwoo, "first aid: I've booked 3 places under my name, Adaeze and Kirsty pay "
                + "on the day");
        say(10, "12:00", cmStaff, hyunwoo, "anyone got a good template for the two year progress check? mine is a "
                + "mess of bullet points");
        say(10, "12:20", cmStaff, adaeze, "I'll send you mine, it's the council one with a few tweaks");
        Post xmasRe = say(10, "13:00", cmParents, hyunwoo, "Grace: closed 24 Dec to 2 Jan, open again Monday 3rd. "
                + "sorry for the wait!");
        re(10, "13:30", grace, xmasRe, "perfect, thank you!");
        Post allergy = say(11, "20:00", cmParents, omar, "how do childminders handle nut allergies? my daughter "
                + "has one and I'm nervous");
        re(11, "20:30", sofia, allergy, "nut-free house for all the children, an action plan signed by you and the "
                + "GP, and her pen goes everywhere with us. Ask whoever you pick to show you theirs");
        re(11, "20:50", omar, allergy, "that's really reassuring, thank you");
        // W45.
        say(15, "09:00", cmStaff, bethan, "results are out, I came 2nd! thank you to everyone who voted");
        say(15, "10:00", cmStaff, sofia, "congrats Bethan!");
        say(16, "14:00", cmStaff, kirsty, "Ofsted came!! 'good' in every area, I could cry");
        say(16, "14:10", cmStaff, hyunwoo, "told you! well done Kirsty");
        say(17, "10:00", cmTraining, adaeze, "safeguarding refresher is online this year, link is in the council "
                + "newsletter");
    }

    private void villageHall() {
        // W43.
        say(1, "09:00", vhNews, moira, "The new boiler is in! Heating on timer from 8am for morning hirers. Please "
                + "don't touch the thermostat, it's set for the whole building");
        Post zumba1 = say(2, "10:00", vhUsers, tomasz, "Zumba every Tuesday 7pm in the main hall! £6 drop in, first "
                + "class free, book your spot: https://tomaszdance.example/zumba");
        say(2, "11:30", vhUsers, gwen, "just a heads up to Tuesday folk, yoga mats are now in the cupboard on the left");
        Post rates = say(2, "18:00", vhBookings, ravi, "how much is the hall for a Saturday afternoon? it's my "
                + "mum's 70th in November");
        re(2, "18:40", moira, rates, "Hi Ravi, £22 an hour for private parties, 4 hour minimum, kitchen included. "
                + "Sat 20 Nov is free 1-6. The booking form is here: https://ashbyparvahall.example/book");
        re(2, "19:00", ravi, rates, "perfect, booked 1-5. thank you Moira");
        Post vegan = say(3, "12:00", vhUsers, priyanka, "does anyone know a caterer who does vegan platters? doing "
                + "a kids' party here in December");
        re(3, "12:40", lottie, vegan, "I do! vegan platters from £8 a head, menus here: "
                + "https://lottieskitchen.example/menus. happy to do a kids' version with less spice");
        re(3, "13:00", priyanka, vegan, "ooh thank you, will look tonight");
        say(4, "10:00", vhNews, tomasz, "New! Zumba Gold for over 60s, Thursdays 11am, £5. Book: "
                + "https://tomaszdance.example/zumba");
        say(4, "14:00", vhLost, nell, "found after Saturday's party: a child's blue raincoat and a Tupperware with "
                + "a star sticker. in the kitchen cupboard");
        say(4, "16:00", vhLost, priyanka, "the Tupperware is mine! will grab it Tuesday");
        say(5, "19:00", vhUsers, gwen, "yoga friends: no class next Thursday, hall's being painted");
        Post paint = say(5, "19:20", vhNews, clive, "Painting the main hall Thu 4 Nov. Volunteers welcome from 9am, "
                + "pizza provided 🍕");
        re(5, "20:00", nell, paint, "I'll bring rollers");
        re(5, "20:10", gwen, paint, "I can do the afternoon");
        say(6, "11:00", vhUsers, tomasz, "Zumba party night Sat 13 Nov! £8 a ticket, glow sticks included: "
                + "https://tomaszdance.example/party");
        // W44.
        say(8, "10:00", vhBookings, priyanka, "can I book the small room Sat 11 Dec 2-5 for my daughter's party?");
        say(8, "10:30", vhBookings, moira, "Priyanka, yes it's free, form's on the website and I'll confirm tonight");
        say(9, "19:00", vhDmRavi, lottie, "Hi Ravi, saw you've booked the hall for your mum's 70th! I do party buffets, "
                + "£12 a head, here's my menu https://lottieskitchen.example/menus. Shall I pencil you in for the 20th?");
        say(9, "19:45", vhUsers, ravi, "anyone know if there's a sound system in the hall or do I bring a speaker?");
        say(9, "20:00", vhUsers, clive, "there's a PA in the stage cupboard, the key's on the hirers' ring");
        say(9, "20:05", vhUsers, ravi, "great, thanks Clive");
        Post painted = say(11, "17:00", vhNews, clive, "Hall painted! Thank you to 14 volunteers. It's a lovely "
                + "sage green now");
        painted.react("😍", moira, nell, gwen, priyanka);
        say(11, "18:00", vhUsers, gwen, "the green is so calming, perfect for savasana");
        say(12, "09:00", vhLost, nell, "the blue raincoat is still here, anyone?");
        say(12, "09:30", vhBookings, gwen, "can I move Thursday yoga to Wednesday for the next 3 weeks? the WI has "
                + "Thursday");
        say(12, "10:00", vhBookings, moira, "Gwen, done, Wednesdays 7pm till the 24th");
        // W45.
        say(15, "10:00", vhNews, moira, "Christmas fair Sat 4 Dec, tables for local makers £10, ask me for one");
        say(16, "12:00", vhUsers, priyanka, "Lottie's platters were a hit at my sister's do, the kids ate the "
                + "hummus before the crisps 😂");
        say(16, "18:00", vhBookings, ravi, "can we get in at 12 on Saturday to set up? the party is 1-5");
        say(16, "18:30", vhBookings, moira, "yes Ravi, I'll leave the key in the safe, code by text");
    }

    private void carersCafe() {
        // W43.
        say(1, "10:00", ccDates, brenda, "Café this Thursday 2-4 at St Mark's hall. Minibus: Anwar drives the north "
                + "loop, I do the south. Let me know by Wednesday if you need a seat");
        Post seat = say(1, "11:00", ccCuppa, rosa, "could I have a seat on the south loop for me and Papá? he's "
                + "better in the afternoons");
        re(1, "11:20", brenda, seat, "of course Rosa, picking you up at 1.30");
        Post night = say(2, "22:40", ccCuppa, maggie, "Pat was up four times last night looking for the car keys to "
                + "drive to work. He retired 20 years ago. I'm so tired I could cry");
        re(2, "23:00", henrik, night, "been there. we hid the keys and left an old set on the hook that open "
                + "nothing. he checks they're there and goes back to bed");
        re(3, "07:30", anwar, night, "sending you a hug Maggie. night lights on the landing helped us a lot");
        re(3, "08:00", maggie, night, "the old keys idea, I'd never have thought of that. thank you both");
        say(3, "09:00", ccTips, henrik, "labels with pictures on the cupboard doors. Dad finds his own cup now and "
                + "it's made him so much happier");
        say(3, "12:00", ccForms, rosa, "has anyone done the attendance allowance form? it's 30 pages and I don't "
                + "know where to start");
        Post aa = say(3, "12:30", ccForms, anwar, "Rosa, do it in bits, one section a day. Write about the worst "
                + "day, not the best, and say how long each thing takes with help. Age UK will check it for free");
        re(3, "13:00", rosa, aa, "worst day not best, ok. I'll start tonight");
        say(4, "16:30", ccDates, brenda, "Lovely café today, 19 of us. The singing lady is back next month");
        say(5, "10:00", ccForms, rosa, "Anwar, done sections 1 to 3. in section 4 do I put the falls even if he "
                + "didn't get hurt?");
        say(5, "10:20", ccForms, anwar, "yes, every fall, hurt or not, and the near misses");
        say(5, "10:30", ccForms, rosa, "thank you, putting them all in");
        // W44.
        say(8, "09:00", ccDates, brenda, "Café Thursday 4 Nov as usual. Henrik is doing the north loop this week, "
                + "Anwar is away");
        say(8, "14:00", ccForms, rosa, "Anwar, section 6 asks about nights. do I count the times I hear him but "
                + "don't get up?");
        say(8, "14:30", ccForms, maggie, "I put those in, Rosa, anything that wakes you counts as care at night");
        say(8, "14:40", ccForms, rosa, "thanks Maggie!");
        Post maggieNews = say(9, "21:00", ccCuppa, maggie, "Pat's been assessed at last. Moderate stage. I knew it "
                + "but hearing it out loud is something else");
        re(9, "21:30", rosa, maggieNews, "thinking of you Maggie. the nurse they gave us after the assessment was "
                + "brilliant, ask for the admiral nurse");
        joins(10, "09:00", ccCuppa, teodora);
        re(10, "09:30", teodora, maggieNews, "Hi Maggie, we offer night sitting from £22 an hour so you can sleep. "
                + "Book a free assessment call here: https://brightcare.example/book");
        say(10, "09:40", ccTips, teodora, "Tip: a night sitter gives you your sleep back. Bright Care Homecare, "
                + "book a free call: https://brightcare.example/book");
        say(10, "09:50", ccForms, teodora, "you can use attendance allowance to pay for care at home! we take it. "
                + "https://brightcare.example/book");
        Post rosaDone = say(10, "12:00", ccForms, rosa, "posted the form today!! thank you Anwar and Maggie, I "
                + "couldn't have done it alone");
        rosaDone.react("🙌", maggie, brenda);
        Post shower = say(11, "18:00", ccTips, maggie, "Pat won't shower, he says the water is attacking him. "
                + "anyone?");
        re(11, "18:30", rosa, shower, "Papá was the same. we changed to a bath with a towel over his shoulders "
                + "and music on. also never say 'shower', we say 'let's get you warm'");
        re(11, "19:00", maggie, shower, "the towel and the music, trying it tomorrow. thank you Rosa");
        say(12, "16:00", ccDates, brenda, "Today's café: 22 of us and Pat sang every word of Danny Boy ❤️");
        // W45.
        say(15, "15:10", ccCuppa, henrik, "Dad went out this afternoon and hasn't come back, grey coat and flat cap, "
                + "near Elm Park. police appeal is here, please share: https://police.example/appeal/elm-park-1115");
        say(15, "15:15", ccTips, henrik, "please look out for my dad, grey coat, flat cap, Elm Park area: "
                + "https://police.example/appeal/elm-park-1115");
        say(15, "15:20", ccDates, henrik, "if anyone on the minibus route sees my dad please ring 999, "
                + "https://police.example/appeal/elm-park-1115");
        Post found = say(15, "18:40", ccCuppa, henrik, "He's home. A bus driver spotted him at the depot. Thank you "
                + "everyone who shared 🙏");
        found.react("❤️", maggie, rosa, brenda, anwar);
        re(15, "19:00", brenda, found, "oh thank goodness. let's talk about a GPS watch at Thursday's café, a few "
                + "of us use one");
        say(16, "10:00", ccCuppa, anwar, "back from Lahore, missed you all. Rosa how did the form go?");
        say(16, "10:30", ccCuppa, rosa, "posted! waiting to hear. thank you for all your help Anwar");
    }

    private void toolLibrary() {
        // W43.
        say(1, "10:00", tlBorrow, imogen, "Back in: hedge trimmer, wallpaper steamer, the big ladder. Out till "
                + "Friday: both pressure washers");
        Post shelves = say(1, "19:00", tlHow, hana, "does anyone here do shelf fitting? I've got 6 floating shelves "
                + "and zero confidence with a drill");
        Post colmOffer = re(1, "19:30", colm, shelves, "I do, £35 an hour, 6 floating shelves is usually 2 hours if "
                + "the walls behave. DM me");
        Post site = re(1, "20:00", hana, colmOffer, "Colm, have you got a website with reviews? my landlord wants "
                + "to see who's drilling his walls");
        re(1, "20:10", colm, site, "sure: https://colmgallagher.example/reviews");
        re(1, "20:30", hana, site, "thanks, booking you");
        say(2, "12:00", tlGeneral, derek, "whoever fixed the wobbly leg on the workbench, hero");
        say(2, "12:30", tlGeneral, segun, "that was Colm on Saturday");
        Post sess = say(3, "09:00", tlSessions, segun, "Repair session Sat 30 Oct 10-1: bikes, lamps, anything with a "
                + "plug. Sign up so we know how many fixers we need: https://forms.example/hollowbrook-repair");
        sess.react("👍", imogen, hana, derek);
        Post rawl = say(4, "18:00", tlHow, valentina, "my rawlplugs just spin in the wall when I screw in. what am "
                + "I doing wrong?");
        Post arjunA = re(4, "18:30", arjun, rawl, "I had exactly this in my flat. My walls are old lime plaster and "
                + "I was using a 6mm bit with 6mm plugs, and I went too deep so the plug sat in the crumbly bit. I "
                + "switched to a 5.5mm bit and I put a dab of filler in the hole first and let it set, and my "
                + "shelves have held for two years. I also bought the grey plugs, I find they grip better than the "
                + "red ones in my plaster");
        re(4, "19:00", colm, rawl, "what Arjun said. if the hole is already chewed, a spring toggle or a resin "
                + "anchor will hold where a plug won't");
        re(4, "19:20", valentina, arjunA, "smaller bit and filler, trying it tomorrow. thanks both");
        Post rawlDone = say(5, "17:00", tlHow, valentina, "shelf is up and not moving 🎉");
        re(5, "17:30", arjun, rawlDone, "yes! I was so pleased when mine held, I still check it every time I walk "
                + "past. I put a plant on mine to test it and I've added books since");
        say(6, "14:00", tlSessions, segun, "Great session, 23 things fixed, 4 sent to the big repair café");
        // W44.
        say(8, "08:00", tlGeneral, segun, "heads up, I'm on nights till Thursday, slow replies");
        Post carpet = say(8, "10:00", tlBorrow, imogen, "The carpet cleaner is back from repair! New brush, works "
                + "like a dream");
        Post flood = re(9, "09:30", derek, carpet, "Imogen, can I reserve it for Saturday? the washing machine "
                + "flooded the hall carpet");
        Post tiles = say(9, "11:00", tlSessions, valentina, "@Segun Adebayo could you show me the tile cutter at "
                + "Saturday's session? I've got a bathroom splashback to do");
        say(10, "13:00", tlSessions, imogen, "Skills session Sat 6 Nov: sharpening! bring your blunt knives, "
                + "chisels and shears. Same form as before: https://forms.example/hollowbrook-repair");
        say(10, "15:00", tlBorrow, hana, "returning the steam cleaner tonight, thanks!");
        say(11, "09:00", tlGeneral, imogen, "we've been given 3 cordless drills by the council, all charged and ready");
        re(11, "19:30", segun, tiles, "Sorry Valentina, only just seen this! yes, bring a couple of spare tiles and "
                + "we'll do practice cuts at 10");
        say(11, "20:00", tlHow, derek, "how do you get wallpaper paste off skirting boards? it's dried like glue");
        say(11, "20:20", tlHow, colm, "warm water and a bit of fabric softener, leave it 5 min then a plastic scraper");
        say(12, "10:00", tlHow, derek, "fabric softener worked, cheers Colm");
        // W45.
        say(15, "09:00", tlBorrow, imogen, "Out this week: both ladders, the tile cutter (Valentina), the carpet "
                + "cleaner");
        say(16, "11:00", tlGeneral, freya, "could everyone follow my upcycling page @freya.restores on insta? "
                + "trying to hit 1k before the craft fair");
        say(17, "10:00", tlSessions, freya, "follows appreciated! instagram.com/freya.restores, I post a chair "
                + "before and after every week");
        say(17, "13:00", tlSessions, valentina, "splashback done, Segun's practice cuts saved me 3 tiles at least");
        say(18, "18:00", tlHow, hana, "what's the best way to stop a door squeaking without WD40? the smell gets "
                + "everywhere");
        say(18, "18:30", tlHow, arjun, "a rub of candle wax or vaseline on the hinge pin. lift the pin out with a "
                + "nail and a tap of a hammer");
    }


    private void sweepsMore() {
        say(1, "20:40", hfTalk, callum, "anyone else's phone melting? three no-shows today, people book and forget");
        say(1, "20:55", hfTalk, kwame, "I text the night before now, cut no-shows right down");
        say(3, "17:00", hfAsk, ines, "is it ok to burn the pallets from my neighbour's delivery? free wood!");
        say(3, "17:30", hfAsk, dorota, "please don't, pallet wood is often treated and it tars the flue fast. "
                + "buy kiln dried, look for the Ready to Burn sticker");
        say(3, "17:45", hfAsk, ines, "oh no, good to know, thank you");
        Post liner = say(5, "09:00", hfTalk, dorota, "anyone fitted the new twin wall kits? the joints feel loose "
                + "compared with the old ones");
        re(5, "09:30", gethin, liner, "they lock on the quarter turn, easy to miss. push, twist, hear the click");
        re(5, "09:40", dorota, liner, "the click! that was it, thanks");
        say(9, "08:30", hfTalk, callum, "soot everywhere today, customer's dog ran through the sheet 😂");
        say(9, "08:45", hfTalk, marta, "the dog always knows which sheet is the clean one");
        Post co = say(10, "19:00", hfAsk, rebecca, "my carbon monoxide alarm chirped once and stopped. battery or "
                + "should I worry?");
        re(10, "19:20", dorota, co, "one chirp is usually the battery warning. test it with the button, and if it "
                + "ever beeps continuously get out and ring the gas emergency line");
        re(10, "19:40", rebecca, co, "battery, phew. thank you Dorota");
        say(16, "08:00", hfTalk, marta, "done 41 sweeps this month, my shoulders have retired");
        say(16, "08:30", hfTalk, dorota, "ice pack and a day off Marta!");
        say(18, "20:00", hfAsk, yusuf, "Marta's sweep found a jackdaw nest, no wonder it smoked. all clear now");
    }

    private void patientMore() {
        say(2, "09:00", pgGeneral, aisling, "morning all, the car park gate's fixed finally");
        say(2, "09:20", pgGeneral, tariq, "about time, my bumper thanks them");
        say(4, "19:00", pgGeneral, pooja, "see everyone tomorrow at 6, I'll bring biscuits");
        say(4, "19:15", pgGeneral, ewa, "custard creams please 🙏");
        say(12, "10:00", pgGeneral, tariq, "anyone else had the call-back yet? I waited 40 minutes for mine but at "
                + "least I could make lunch");
        say(12, "10:30", pgGeneral, pooja, "mine came in 15, it varies by time of day I think");
        say(16, "14:00", pgGeneral, aisling, "thank you cards for the flu clinic volunteers are at the desk if you "
                + "want to sign");
        say(18, "09:00", pgIdeas, pooja, "could the repeat prescription box go back by the door? it moved and the "
                + "older patients can't find it");
        say(18, "09:30", pgIdeas, tariq, "yes, my dad walked round twice looking for it");
    }

    private void drivingMore() {
        say(3, "18:00", kdLobby, aleks, "test on Saturday, any last tips?");
        say(3, "18:15", kdLobby, owen, "sleep, eat, check your mirrors like you're being paid for it");
        say(3, "18:20", kdLobby, meiLin, "good luck!!");
        say(11, "18:00", kdTheory, jayden, "is it 'give way to the right' on every roundabout or just the big ones?");
        say(11, "18:20", kdTheory, meiLin, "every roundabout in the UK, even the mini ones");
        say(11, "18:30", kdTheory, jayden, "mini ones too, ok");
        say(16, "19:00", kdBook, jayden, "practical booked for 9 Dec!! nervous already");
        say(16, "19:10", kdBook, lucia, "you'll be great Jayden, two more lessons with Owen before then");
    }

    private void shedMore() {
        say(2, "09:00", msBench, piotr, "frost on the shed roof this morning, the heater is earning its keep");
        say(2, "09:10", msBench, bernard, "someone left it on all night again 🙄");
        say(6, "10:00", msBench, alun, "anyone want to go halves on a load of cedar offcuts from the timber yard?");
        say(6, "10:20", msBench, piotr, "I'm in, £20 each?");
        say(6, "10:30", msBench, alun, "deal");
        say(9, "11:00", msSafety, bernard, "dust extractor bag is full, emptying it Thursday, please don't run the "
                + "planer till then");
        say(14, "12:00", msBench, piotr, "my grandson asked if I can make him a truck like Jim's. pressure");
        say(16, "15:00", msProjects, stanley, "trying a natural edge bowl this week, half of it already cracked");
        say(16, "15:20", msProjects, piotr, "put it in a paper bag with the shavings, slows the drying");
        say(16, "15:40", msProjects, stanley, "paper bag, trying it, ta Piotr");
    }

    private void childmindersMore() {
        say(2, "20:00", cmStaff, kirsty, "anyone else's mindees obsessed with bin lorries? we waited 40 mins for it "
                + "today");
        say(2, "20:10", cmStaff, hyunwoo, "we wave at the recycling men every Tuesday, they honk back now");
        say(6, "09:30", cmStaff, sofia, "weekend! planning next week's theme: autumn leaves. ideas?");
        say(6, "09:50", cmStaff, adaeze, "leaf rubbings with crayons, and a hedgehog made of pine cones");
        say(12, "17:00", cmStaff, adaeze, "last one collected, sofa, tea, silence");
        say(12, "17:10", cmStaff, sofia, "the best sound in the world");
        say(17, "20:00", cmParents, laura, "Sofia is amazing, my son talks about the ducks every night 🦆");
    }

    private void hallMore() {
        say(1, "15:00", vhUsers, nell, "the piano's been tuned, thanks to whoever donated the money anonymously");
        say(1, "15:20", vhUsers, gwen, "oh lovely, it was dreadful");
        say(3, "20:00", vhBookings, gwen, "is the hall free Fri 12 Nov evening for a yoga workshop?");
        say(3, "20:30", vhBookings, moira, "yes Gwen, 6-9 is free");
        say(7, "11:00", vhLost, clive, "grey scarf found after Zumba, on the coat hooks");
        say(10, "10:00", vhUsers, nell, "can whoever uses the kitchen on Tuesdays please switch the urn off after?");
        say(10, "10:30", vhUsers, tomasz, "sorry Nell, that was probably us, will check it every week");
        say(17, "09:00", vhLost, ravi, "left a cake stand after mum's party, silver, two tiers");
        say(17, "09:30", vhLost, nell, "it's on the kitchen shelf Ravi");
    }

    private void cafeMore() {
        say(4, "20:00", ccCuppa, henrik, "Dad called me by his brother's name all evening. I went along with it, "
                + "we talked about 1962");
        say(4, "20:30", ccCuppa, brenda, "that's a lovely way to do it Henrik");
        say(6, "11:00", ccTips, anwar, "playlists of the songs from when they were 20. my mother sings every word "
                + "of Lata Mangeshkar and can't remember lunch");
        say(6, "11:30", ccTips, rosa, "going to try this with boleros for Papá");
        say(13, "10:00", ccCuppa, maggie, "the towel and music worked for the bath!! first wash in a week");
        say(13, "10:20", ccCuppa, rosa, "so happy Maggie 💜");
        say(17, "16:00", ccDates, brenda, "Café Thursday: GPS watches demo by a member, no selling, just how they "
                + "work for us");
    }

    private void toolMore() {
        say(2, "18:00", tlBorrow, derek, "can I book the wallpaper steamer for next weekend?");
        say(2, "18:15", tlBorrow, imogen, "Derek, it's yours Sat-Mon, pick up from the shed Saturday 10am");
        say(6, "16:00", tlGeneral, hana, "Colm did my shelves this morning, spirit level says perfect 👌");
        say(12, "14:00", tlGeneral, arjun, "anyone fancy a litter pick on the green Sunday? the library has grabbers");
        say(12, "14:20", tlGeneral, hana, "I'll come, 10am?");
        say(12, "14:25", tlGeneral, arjun, "10am by the bench");
        say(19, "11:00", tlBorrow, derek, "returning the wallpaper steamer, the kitchen is finally bare");
    }

    private void moreChat() {
        say(12, "16:00", hfTalk, gethin, "anyone going to the trade fair in Llandudno in January?");
        say(12, "16:20", hfTalk, marta, "me, for the new cameras. car share?");
        say(12, "16:25", hfTalk, gethin, "yes please, I'll drive");
        say(19, "09:00", hfTalk, callum, "first snow on the Clwyds, stay safe on the ladders all");
        say(19, "09:30", hfTalk, gethin, "roof boards out today, no heroics");

        say(11, "13:00", pgGeneral, ewa, "Harriet thank you for pushing the fountain, my mum is thrilled");
        say(11, "13:30", pgGeneral, harriet, "it was the whole group Ewa, everyone's letters did it");
        say(19, "10:00", pgGeneral, aisling, "we're 3 short for the Christmas welcome desk, ideas for finding "
                + "volunteers?");
        say(19, "10:30", pgGeneral, pooja, "a note on the screen in the waiting room? lots of retired people sit there");

        say(5, "19:00", kdLobby, jayden, "lesson 5 today, didn't stall once 😎");
        say(5, "19:10", kdLobby, aleks, "the roundabout fears you now");
        say(13, "18:00", kdLobby, nadia, "Dan says the fog lesson was the scariest and best one yet");
        say(18, "12:00", kdTheory, chloe, "does anyone know if the hazard clips change each test or are they the "
                + "same bank?");
        say(18, "12:30", kdTheory, meiLin, "same bank but they shuffle, I saw two from the practice app");

        say(9, "14:00", msBench, piotr, "who's for fish and chips after the shed Friday?");
        say(9, "14:10", msBench, alun, "me");
        say(9, "14:20", msBench, rajesh, "count me in");
        say(19, "10:00", msBench, bernard, "Christmas do at the Plough 10 Dec, £18 a head for the set menu, tell me "
                + "by the 1st");
        say(19, "10:20", msBench, hilary, "put me down Bernard");

        say(10, "09:00", cmTraining, sofia, "is the safeguarding level 2 online any good or is the classroom better?");
        say(10, "09:30", cmTraining, adaeze, "classroom, you get to talk cases through, the online one is clicking");
        say(15, "19:00", cmParents, grace, "does anyone know a good swimming class for 3 year olds round here?");
        say(15, "19:20", cmParents, laura, "the leisure centre Saturday tots, my son loved it");

        say(8, "19:00", vhUsers, priyanka, "the new sage green is gorgeous btw, doing balloons to match");
        say(13, "12:00", vhLost, gwen, "left a lilac yoga block on Wednesday, anyone?");
        say(13, "12:30", vhLost, nell, "found it Gwen, by the stage");
        say(18, "20:00", vhUsers, clive, "quiz night in the hall 27 Nov, teams of 6, proceeds to the roof fund. "
                + "names to me");
        say(18, "20:20", vhUsers, gwen, "yoga lot will make a team!");

        say(12, "20:00", ccCuppa, henrik, "Dad's sleeping better since we hid the keys. thank you for that, all");
        say(17, "19:00", ccTips, maggie, "the picture labels worked for Pat too, Henrik. he made his own tea today");
        say(18, "09:00", ccCuppa, rosa, "the attendance allowance came through!! backdated too");
        say(18, "09:20", ccCuppa, anwar, "wonderful news Rosa 🎉");

        say(13, "09:30", tlGeneral, imogen, "litter pick photos are up on the board in the shed, 11 bags!");
        say(16, "12:00", tlHow, valentina, "any tips for grouting around a socket? the gap is tiny");
        say(16, "12:30", tlHow, colm, "turn the power off at the board, loosen the faceplate a few turns and grout "
                + "behind it, then tighten");
        say(16, "12:45", tlHow, valentina, "genius, thanks Colm");
        say(20, "10:00", tlSessions, segun, "sharpening day went great, 60 blades done. Next: bike winterising in "
                + "December");
    }

    static Map<String, String> files() {
        return new HeldOutScenes57Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 57");
    }
}
