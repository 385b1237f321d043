package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 129 (sealed): eight communities of martial arts, combat sports and self-defence, of kinds no earlier
 * round used (workplace personal-safety and self-defence trainers, Safe Exit Trainers, with a room where HR and
 * service managers ask and a trainer who spends a week arguing a reasonable-force court ruling with fellow trainers
 * while a returning housing-association client and a library manager wait for her; martial-arts kit makers, Mitt &amp;
 * Stitch, with a club-orders room and a glove seller who scatters his shop link; a Muay Thai gym's own server, Iron
 * Lotus Muay Thai, with its Staff and Members and a prospect's DM; kickboxing and MMA judges and referees, Third Man
 * In,
 * where nobody sells; parents of one taekwondo club's junior students, Hallam Tigers Parents, where nobody sells but a
 * tournament photographer turns up; volunteer amateur boxing coaches, Corner Men; combat-sports photographers, Ringside
 * Lens, with a room where promoters and fighters ask and a newcomer's DM pitch to a fighter; tai chi and qigong
 * instructors for older people, Still Water Instructors, with a room where care homes and community centres ask and a
 * care-home coordinator's DM), over three ISO weeks (2033-W21 to W23), written and labelled by writer129 (session 60)
 * before any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-129.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes129Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2033, 5, 23);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2033, 6, 13, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-129";
    private static final int BASE = 101200;

    // --- A. workplace self-defence trainers ---
    private final String safe = cast.guild(1571);
    private final Channel seRoom = cast.channel(safe, "Safe Exit Trainers", "trainers-room",
            "personal-safety and self-defence trainers among ourselves", "se-trainers-room.json");
    private final Channel seAsk = cast.channel(safe, "Safe Exit Trainers", "workplace-asks",
            "HR, service and office managers ask about staff safety training; trainers reply",
            "se-workplace-asks.json");
    private final Persona harriet = cast.person("harriet.quayle", "Harriet Quayle");
    private final Persona desmond = cast.person("desmond.oyelaran", "Desmond Oyelaran");
    private final Persona fenella = cast.person("fenella.brooke", "Fenella Brooke");
    private final Persona ptolemy = cast.person("ptolemy.marsh", "Ptolemy Marsh");
    private final Persona gwendolen = cast.person("gwendolen.tate", "Gwendolen Tate");
    private final Persona ollie = cast.person("ollie.brannigan", "Ollie Brannigan");
    private final Persona saoirse = cast.person("saoirse.lennox", "Saoirse Lennox");

    // --- B. martial-arts kit makers ---
    private final String mitt = cast.guild(1572);
    private final Channel msBench = cast.channel(mitt, "Mitt & Stitch", "makers-bench",
            "kit makers among ourselves: suppliers, stitching, postage", "ms-makers-bench.json");
    private final Channel msOrders = cast.channel(mitt, "Mitt & Stitch", "club-orders",
            "clubs, coaches and parents ask about kit and post orders; makers reply", "ms-club-orders.json");
    private final Channel msShow = cast.channel(mitt, "Mitt & Stitch", "show-and-tell",
            "kit in use: gradings, fights, new makes", "ms-show-and-tell.json");
    private final Persona casimir = cast.person("casimir.drake", "Casimir Drake");
    private final Persona marisol = cast.person("marisol.quint", "Marisol Quint");
    private final Persona bartholomew = cast.person("bartholomew.ives", "Bartholomew Ives");
    private final Persona anouk = cast.person("anouk.verhagen", "Anouk Verhagen");
    private final Persona terrence = cast.person("terrence.mabuza", "Terrence Mabuza");
    private final Persona lowri = cast.person("lowri.pennant", "Lowri Pennant");

    // --- C. a Muay Thai gym's own server ---
    private final String lotus = cast.guild(1573);
    private final Role ilStaff = cast.role("Staff", "#c62828", 2);
    private final Role ilMember = cast.role("Member", "#546e7a", 1);
    private final Channel ilNews = cast.channel(lotus, "Iron Lotus Muay Thai", "announcements",
            "timetable, gradings and gym news", "il-announcements.json");
    private final Channel ilGeneral = cast.channel(lotus, "Iron Lotus Muay Thai", "general",
            "members' chat", "il-general.json");
    private final Channel ilAsk = cast.channel(lotus, "Iron Lotus Muay Thai", "ask-the-coaches",
            "questions about training, kit and classes", "il-ask-the-coaches.json");
    private final Persona ratana = cast.person("ratana.boonmee", "Ratana Boonmee", ilStaff);
    private final Persona callum = cast.person("callum.ferris", "Callum Ferris", ilStaff);
    private final Persona yasmin = cast.person("yasmin.okonjo", "Yasmin Okonjo", ilStaff);
    private final Persona dorian = cast.person("dorian.pike", "Dorian Pike", ilMember);
    private final Persona ines = cast.person("ines.carvalho", "Ines Carvalho", ilMember);
    private final Persona petra = cast.person("petra.lindqvist", "Petra Lindqvist", ilMember);
    private final Persona ezra = cast.person("ezra.hollins", "Ezra Hollins", ilMember);
    private final Persona wilbur = cast.person("wilbur.ashdown", "Wilbur Ashdown");
    private final Channel ilDm = cast.dm(wilbur, "il-dm-wilbur-ashdown.json");

    // --- D. kickboxing and MMA judges and referees ---
    private final String third = cast.guild(1574);
    private final Channel tmGeneral = cast.channel(third, "Third Man In", "general",
            "officials' chat: shows, travel, scoring", "tm-general.json");
    private final Channel tmRules = cast.channel(third, "Third Man In", "rules-questions",
            "rule interpretations and scoring questions", "tm-rules-questions.json");
    private final Persona bronagh = cast.person("bronagh.keel", "Bronagh Keel");
    private final Persona lucius = cast.person("lucius.farrow", "Lucius Farrow");
    private final Persona temperance = cast.person("temperance.ogun", "Temperance Ogun");
    private final Persona rafferty = cast.person("rafferty.nolan", "Rafferty Nolan");
    private final Persona ama = cast.person("ama.kessie", "Ama Kessie");
    private final Persona jethro = cast.person("jethro.vance", "Jethro Vance");

    // --- E. parents of a taekwondo club's junior students ---
    private final String tigers = cast.guild(1575);
    private final Channel htChat = cast.channel(tigers, "Hallam Tigers Parents", "parents-chat",
            "parents of Hallam Tigers Taekwondo juniors", "ht-parents-chat.json");
    private final Channel htTravel = cast.channel(tigers, "Hallam Tigers Parents", "tournament-travel",
            "lifts, hotels and timings for competitions", "ht-tournament-travel.json");
    private final Persona imelda = cast.person("imelda.rourke", "Imelda Rourke");
    private final Persona conrad = cast.person("conrad.pell", "Conrad Pell");
    private final Persona beatrix = cast.person("beatrix.omondi", "Beatrix Omondi");
    private final Persona samir = cast.person("samir.haddad", "Samir Haddad");
    private final Persona nerys = cast.person("nerys.lloyd", "Nerys Lloyd");
    private final Persona leopold = cast.person("leopold.grey", "Leopold Grey");

    // --- F. volunteer amateur boxing coaches ---
    private final String corner = cast.guild(1576);
    private final Channel cmRoom = cast.channel(corner, "Corner Men", "coaches-room",
            "volunteer amateur boxing coaches: sessions, safeguarding, bouts", "cm-coaches-room.json");
    private final Channel cmSpar = cast.channel(corner, "Corner Men", "sparring-matchups",
            "clubs arrange sparring and inter-club shows", "cm-sparring-matchups.json");
    private final Persona vincent = cast.person("vincent.achterberg", "Vincent Achterberg");
    private final Persona malachy = cast.person("malachy.dunne", "Malachy Dunne");
    private final Persona zainab = cast.person("zainab.qureshi", "Zainab Qureshi");
    private final Persona reuben = cast.person("reuben.castle", "Reuben Castle");
    private final Persona georgina = cast.person("georgina.spry", "Georgina Spry");
    private final Persona tiberius = cast.person("tiberius.okoro", "Tiberius Okoro");

    // --- G. combat-sports photographers ---
    private final String ringside = cast.guild(1577);
    private final Channel rlRoom = cast.channel(ringside, "Ringside Lens", "shooters-room",
            "fight photographers and videographers among ourselves", "rl-shooters-room.json");
    private final Channel rlAsk = cast.channel(ringside, "Ringside Lens", "promoters-ask",
            "promoters, clubs and fighters ask for photographers; shooters reply", "rl-promoters-ask.json");
    private final Channel rlFolio = cast.channel(ringside, "Ringside Lens", "portfolio",
            "share your best frames", "rl-portfolio.json");
    private final Persona odalys = cast.person("odalys.ferreira", "Odalys Ferreira");
    private final Persona crispin = cast.person("crispin.yale", "Crispin Yale");
    private final Persona magda = cast.person("magda.wrona", "Magda Wrona");
    private final Persona tobias = cast.person("tobias.engel", "Tobias Engel");
    private final Persona darnell = cast.person("darnell.whitcombe", "Darnell Whitcombe");
    private final Persona sunniva = cast.person("sunniva.holt", "Sunniva Holt");
    private final Persona ashton = cast.person("ashton.greeve", "Ashton Greeve");
    private final Persona marguerite = cast.person("marguerite.lyle", "Marguerite Lyle");
    private final Channel rlDm = cast.dm(sunniva, "rl-dm-sunniva-holt.json");

    // --- H. tai chi and qigong instructors for older people ---
    private final String still = cast.guild(1578);
    private final Channel swRoom = cast.channel(still, "Still Water Instructors", "instructors-room",
            "tai chi and qigong instructors among ourselves", "sw-instructors-room.json");
    private final Channel swVenues = cast.channel(still, "Still Water Instructors", "venue-asks",
            "care homes, community centres and clubs ask about classes; instructors reply", "sw-venue-asks.json");
    private final Channel swListings = cast.channel(still, "Still Water Instructors", "class-listings",
            "post your classes and booking pages here", "sw-class-listings.json");
    private final Persona wilhelmina = cast.person("wilhelmina.soto", "Wilhelmina Soto");
    private final Persona hugo = cast.person("hugo.adebayo", "Hugo Adebayo");
    private final Persona primrose = cast.person("primrose.kaur", "Primrose Kaur");
    private final Persona lorcan = cast.person("lorcan.maddern", "Lorcan Maddern");
    private final Persona edwina = cast.person("edwina.falk", "Edwina Falk");
    private final Persona barnabas = cast.person("barnabas.ojo", "Barnabas Ojo");
    private final Channel swDm = cast.dm(edwina, "sw-dm-edwina-falk.json");

    HeldOutScenes129Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        safeExit();
        mittAndStitch();
        ironLotus();
        thirdManIn();
        hallamTigers();
        cornerMen();
        ringsideLens();
        stillWater();
    }

    private void safeExit() {
        // W21
        Post deHi = say(1, "09:10", seRoom, desmond, "Morning all. Anyone else had the new lone-working guidance land "
                + "in their inbox from three clients at once?");
        Post haHi = re(1, "09:30", harriet, deHi, "Yes, two of mine. Mostly a rewording, nothing that changes the "
                + "course content.");
        re(1, "09:45", fenella, haHi, "Same reading here, thanks.");
        Post saQ = say(2, "10:00", seAsk, saoirse, "I coordinate lone workers at a home-care agency, 40 carers doing "
                + "evening visits. What does a sensible half-day personal-safety session cover?");
        Post deSa = re(2, "10:40", desmond, saQ, "Dynamic risk assessment at the door, exit planning, de-escalation "
                + "phrases, and a short bit on breaking a wrist grab. Physical stuff should be the smallest part.");
        re(2, "11:00", saoirse, deSa, "That's really helpful, thank you.");
        Post ptQ = say(2, "14:00", seRoom, ptolemy, "New here, ex-police, just set up as a trainer. How do people "
                + "handle insurance for the physical elements?");
        Post feIns = re(2, "14:30", fenella, ptQ, "Ask your broker for combat-sports instructor cover with a "
                + "training-for-business extension. Mine is about £210 a year.");
        re(2, "14:45", ptolemy, feIns, "Thanks Fenella, I'll ring them.");
        Post gwQ = say(3, "09:00", seAsk, gwendolen, "Hello, I'm HR at Brookfield Housing. @Harriet Quayle ran our "
                + "front-desk course in April and it went down brilliantly. We'd like a refresher for the housing "
                + "officers in July. Could we get dates?");
        Post haGw = re(3, "09:40", harriet, gwQ, "Lovely to hear, Gwendolen. July is open for me, I'll send dates "
                + "once the officers' rota is out. Drop me the rota when you have it.");
        re(3, "09:50", gwendolen, haGw, "Will do, thanks.");
        Post feQ = say(4, "11:00", seRoom, fenella, "Does anyone use the foam batons for the conflict drills or is "
                + "it asking for trouble with office staff?");
        say(4, "11:20", seRoom, harriet, "I stopped using them. Pointing fingers works fine and nobody gets "
                + "rattled.");
        Post deFe = re(4, "11:30", desmond, feQ, "Agree with Harriet, props make people freeze.");
        re(4, "11:40", fenella, deFe, "Good call, thanks both.");
        Post saQ2 = say(5, "15:00", seAsk, saoirse, "Does anyone have a booking page I can send our operations "
                + "director? She wants to see prices.");
        Post feLink = re(5, "15:30", fenella, saQ2, "Mine's https://fenellabrooke.example/workplace, half-day and "
                + "full-day prices are on it.");
        re(5, "15:45", saoirse, feLink, "Perfect, sent.");
        Post ptHelp = say(6, "10:00", seAsk, ptolemy, "@Saoirse Lennox for evening carers, a personal alarm policy "
                + "and a check-in call system matter more than any technique. Happy to share a template.");
        re(6, "10:20", saoirse, ptHelp, "Yes please, that'd be great.");
        // W22: Harriet argues the ruling with fellow trainers while Gwendolen and Ollie wait
        Post haCase = say(8, "09:00", seRoom, harriet, "Has everyone read the appeal ruling on the shop worker who "
                + "pushed a shoplifter? It changes how I'd teach pre-emptive force. Thread.");
        Post deCase = re(8, "09:30", desmond, haCase, "Read it. I think it's narrower than the headlines, it turned "
                + "on the CCTV.");
        Post haCase2 = re(8, "09:50", harriet, deCase, "The CCTV mattered, but paragraph 41 says honest belief is "
                + "judged on the moment, not the footage. That's what we tell people.");
        re(8, "10:10", fenella, haCase2, "I read 41 the same way as Harriet.");
        Post gwRota = say(9, "09:00", seAsk, gwendolen, "@Harriet Quayle the rota is out, the officers are free on "
                + "Tuesdays and Thursdays in July. Which dates can you hold?");
        Post olQ = say(9, "11:00", seAsk, ollie, "I manage the city library service. A colleague recommended "
                + "@Harriet Quayle for de-escalation training for 25 library assistants. Harriet, are you taking "
                + "bookings for September?");
        Post haCase3 = say(9, "13:00", seRoom, harriet, "I've drafted a one-page note on the ruling for our course "
                + "packs. @Desmond Oyelaran @Fenella Brooke could you pick holes in it?");
        Post deNote = re(9, "13:40", desmond, haCase3, "The second paragraph overstates it. 'May' not 'will'.");
        re(9, "14:00", harriet, deNote, "Fair, changed.");
        Post deOl = re(10, "09:15", desmond, olQ, "Ollie, Harriet's been tied up but she does public-facing teams "
                + "really well. She'll surely reply.");
        re(10, "09:30", ollie, deOl, "Thanks Desmond.");
        Post haCase4 = say(10, "11:00", seRoom, harriet, "Second draft of the note, with the 'may'. Also, does "
                + "anyone know if the Sentencing Council says anything on this?");
        Post feCase4 = re(10, "11:40", fenella, haCase4, "Not directly, but the self-defence guidance in the CPS "
                + "charging manual is close.");
        re(10, "12:00", harriet, feCase4, "Ooh, I'll read that tonight.");
        Post haCase5 = say(11, "10:00", seRoom, harriet, "Read the CPS manual. It backs paragraph 41. I'm adding a "
                + "slide.");
        re(11, "10:30", ptolemy, haCase5, "Would you share the slide? I'd love to use it.");
        say(11, "10:40", seRoom, harriet, "@Ptolemy Marsh of course, I'll post it here once it's tidy.");
        say(12, "09:00", seAsk, gwendolen, "@Harriet Quayle just checking you saw the July dates question? I need to "
                + "hold rooms by Friday.");
        Post haSlide = say(12, "16:00", seRoom, harriet, "The slide on the ruling, free for anyone to use: "
                + "https://harrietquayle.example/force-slide");
        Post deSlide = re(12, "16:20", desmond, haSlide, "Clear and fair. Nice work.");
        re(12, "16:30", harriet, deSlide, "Thanks, that thread was fun.");
        Post saQ3 = say(13, "10:00", seAsk, saoirse, "Quick one: is a personal alarm better clipped to the lanyard or "
                + "carried in a pocket?");
        Post ptSa = re(13, "10:30", ptolemy, saQ3, "Lanyard or belt. In a pocket it's never reached in time.");
        re(13, "10:40", saoirse, ptSa, "Makes sense, thanks.");
        // W23
        re(15, "08:45", harriet, gwRota, "Gwendolen, I'm so sorry, I buried myself in a legal thread last week. "
                + "Tuesday 12 and Thursday 21 July are yours if the rooms are still free.");
        re(15, "09:00", harriet, olQ, "Ollie, apologies for the slow reply. Yes, September works. Could we talk "
                + "on Wednesday about the branches involved?");
        Post gwOk = say(15, "10:00", seAsk, gwendolen, "@Harriet Quayle both dates work, rooms booked. Thank you!");
        re(15, "10:10", harriet, gwOk, "Brilliant, see you in July.");
        say(15, "11:00", seAsk, ollie, "@Harriet Quayle Wednesday at 2 suits me.");
        Post deW3 = say(16, "14:00", seRoom, desmond, "Anyone going to the trainers' meetup in Leeds on the 25th?");
        re(16, "14:30", fenella, deW3, "I am, shall we share a table?");
        re(17, "10:00", harriet, deW3, "I'll be there, count me in.");
        say(18, "09:00", seRoom, ptolemy, "First paid course done yesterday, a GP surgery's reception team. Thanks "
                + "all for the early advice.");
        Post saW3 = say(20, "10:00", seAsk, saoirse, "Our carers' session is booked with @Desmond Oyelaran for "
                + "July. Thanks everyone for the advice along the way.");
        re(20, "10:20", desmond, saW3, "Looking forward to it, Saoirse.");
        re(20, "10:40", ptolemy, saW3, "Good luck with it.");
        Post feW3 = say(21, "09:00", seRoom, fenella, "Has anyone tried teaching the verbal part over Teams? A "
                + "client wants a remote option.");
        re(21, "09:30", harriet, feW3, "It works for the talk, not for the movement. I split it.");
        re(21, "09:40", desmond, feW3, "Same, two shorter sessions.");
    }

    private void mittAndStitch() {
        // W21
        Post maCotton = say(1, "10:00", msBench, marisol, "My canvas supplier just put prices up 12%. Anyone found a "
                + "decent pearl-weave mill that'll sell 50 metres at a time?");
        Post anCotton = re(1, "10:30", anouk, maCotton, "Try the mill in Bolton, they do short runs. Ask for Jude.");
        re(1, "10:45", marisol, anCotton, "Thank you, will ring tomorrow.");
        say(1, "12:00", msBench, casimir, "New 16oz sparring gloves are live! https://drakegloves.example/shop");
        say(1, "12:02", msOrders, casimir, "Clubs, kit your fighters out: https://drakegloves.example/shop");
        say(1, "12:04", msShow, casimir, "Fresh batch: https://drakegloves.example/shop");
        Post teQ = say(2, "09:00", msOrders, terrence, "I'm secretary at Northgate Judo & Jiu-Jitsu. We need 30 "
                + "junior gis, sizes 120 to 160, for September. Who does club orders with a back patch?");
        Post maTe = re(2, "09:40", marisol, teQ, "I do, Terrence. Single-weave junior gis with a woven back patch, "
                + "about £32 each at 30. I'd want the patch artwork by end of June.");
        re(2, "10:00", terrence, maTe, "Sounds right. I'll get the committee to agree and come back.");
        Post biThread = say(2, "15:00", msBench, bartholomew, "Embroidery question: anyone else getting thread "
                + "breaks on the satin-finish belts? Running 40wt polyester.");
        Post anThread = re(2, "15:30", anouk, biThread, "Drop to a 75/11 needle and slow the machine down a touch.");
        re(2, "15:45", bartholomew, anThread, "That fixed it. Cheers.");
        say(3, "11:00", msOrders, casimir, "Gloves for every club, fast UK delivery https://drakegloves.example/shop");
        say(3, "11:01", msBench, casimir, "Trade prices on request https://drakegloves.example/shop");
        Post anPost = say(4, "10:00", msBench, anouk, "Royal Mail's large-letter size change catches hand wraps now. "
                + "Mine were just over. Watch your packaging.");
        re(4, "10:20", marisol, anPost, "Oh no, thanks for the warning.");
        Post teQ2 = say(5, "09:30", msOrders, terrence, "@Marisol Quint committee said yes to the 30 gis. What do you "
                + "need from me next?");
        Post maTe2 = re(5, "10:00", marisol, teQ2, "Great! Send the size list and the patch artwork, and I'll send "
                + "a proof.");
        re(5, "10:10", terrence, maTe2, "Coming your way tonight.");
        say(6, "12:00", msShow, casimir, "Restock Saturday, don't miss out https://drakegloves.example/shop");
        Post maShow = say(7, "17:00", msShow, marisol, "First pearl weave from the Bolton mill, cut and stitched. "
                + "Thanks @Anouk Verhagen for the tip.");
        re(7, "17:20", anouk, maShow, "That weave looks lovely.");
        // W22
        say(8, "10:00", msOrders, casimir, "Bank holiday sale, 15% off https://drakegloves.example/shop");
        say(8, "10:01", msBench, casimir, "Bank holiday sale https://drakegloves.example/shop");
        say(8, "10:02", msShow, casimir, "15% off today only https://drakegloves.example/shop");
        joins(10, "18:00", msShow, lowri);
        Post loGrade = say(11, "19:00", msShow, lowri, "My daughter passed her yellow belt at the weekend in the gi "
                + "she got for her birthday. So proud!");
        re(11, "19:10", bartholomew, loGrade, "I can embroider her name on the new belt for £6, or £10 with the "
                + "club logo, two-day turnaround. DM me to order.");
        re(11, "19:30", marisol, loGrade, "Congratulations to her! The first belt is a big one.");
        Post teProof = say(12, "10:00", msOrders, terrence, "@Marisol Quint the proof looks spot on. One question: "
                + "can the patch go slightly lower?");
        Post maProof = re(12, "10:30", marisol, teProof, "Yes, 2cm lower, new proof tomorrow.");
        re(12, "10:40", terrence, maProof, "Thanks!");
        Post biQ = say(12, "14:00", msBench, bartholomew, "Anyone know a good supplier for black belt blanks with a "
                + "red stripe? Mine's discontinued.");
        Post maBi = re(12, "14:20", marisol, biQ, "Sheffield Trims still do them, the 4cm width.");
        re(12, "14:30", bartholomew, maBi, "Cheers Marisol.");
        say(13, "11:00", msOrders, casimir, "Sale ends tonight https://drakegloves.example/shop");
        // W23: Casimir joins the conversation
        Post loQ = say(15, "18:30", msOrders, lowri, "What size sparring gloves does a 9-year-old need? Her club has "
                + "started light sparring.");
        Post caLo = re(15, "19:00", casimir, loQ, "At 9 most clubs use 8oz, and check the club's rules, some want "
                + "10oz. Make sure the cuff covers her wrist properly.");
        re(15, "19:10", lowri, caLo, "That's so helpful, thank you.");
        Post caQ = say(16, "10:00", msBench, casimir, "How are people handling returns on used gloves? I've been "
                + "refusing them, but it's costing me reviews.");
        Post anCa = re(16, "10:30", anouk, caQ, "Unworn only, and say so on the listing. Most people accept it.");
        re(16, "10:40", casimir, anCa, "Good idea, I'll word that up.");
        Post maCa = re(16, "11:00", marisol, caQ, "Same as Anouk, and I offer a size swap instead.");
        re(16, "11:10", casimir, maCa, "A swap is smart, stealing that.");
        Post teDone = say(17, "09:00", msShow, terrence, "The Northgate juniors in their new club gis, thanks "
                + "@Marisol Quint!");
        re(17, "09:20", casimir, teDone, "Those patches look sharp.");
        re(17, "09:30", marisol, teDone, "They look brilliant, thank you for the photo.");
        Post anQ = say(18, "10:00", msBench, anouk, "Thinking of doing a printed wrap for a charity fight night. "
                + "Minimum runs anyone?");
        re(18, "10:30", casimir, anQ, "My printer does 50 minimum, I'll send you his details.");
        re(18, "10:45", bartholomew, anQ, "100 for mine, but cheaper per unit.");
        say(19, "15:00", msShow, casimir, "New glove colourway, a deep green. Thoughts before I order a batch?");
        Post anW3 = say(20, "10:00", msBench, anouk, "Anyone going to the trade fair in Birmingham in September? "
                + "Thinking of a shared stand.");
        Post maW3 = re(20, "10:30", marisol, anW3, "I'd split a stand, my gis need the space though.");
        re(20, "10:45", anouk, maW3, "Wraps take up nothing, it'd work.");
        re(20, "11:00", bartholomew, anW3, "Count me in if there's a corner for belts.");
        Post teW3 = say(21, "09:00", msOrders, terrence, "Our seniors want matching rash guards next. Does anyone "
                + "print those?");
        re(21, "09:30", anouk, teW3, "I do sublimated ones, minimum 20. I'll send you the size chart.");
    }

    private void ironLotus() {
        // W21
        say(1, "08:00", ilNews, ratana, "This week's timetable: beginners Mon/Wed 18:00, clinch Tue 19:00, "
                + "sparring Thu 19:30, open mat Sat 10:00. Book at https://ironlotus.example/timetable");
        Post doQ = say(1, "12:00", ilAsk, dorian, "Is Thursday sparring OK for someone six months in, or should I "
                + "wait?");
        Post yaDo = re(1, "12:40", yasmin, doQ, "Six months is fine if you've done the technical sparring drills. "
                + "Tell me at the start and I'll pair you sensibly.");
        re(1, "12:50", dorian, yaDo, "Great, see you Thursday.");
        Post ezQ = say(2, "18:00", ilAsk, ezra, "Just joined! Do I need my own gloves for the beginners' class?");
        Post caEz = re(2, "18:30", callum, ezQ, "For the first month we lend you gloves. After that a pair of "
                + "14oz is ideal.");
        re(2, "18:40", ezra, caEz, "Perfect, thanks.");
        Post inChat = say(3, "20:00", ilGeneral, ines, "Who's up for a run along the canal before open mat on "
                + "Saturday?");
        Post doChat = re(3, "20:10", dorian, inChat, "Me! 8:30 at the lock?");
        re(3, "20:20", ines, doChat, "Deal.");
        re(3, "20:30", ezra, inChat, "Can a beginner come? I'm slow.");
        say(3, "20:35", ilGeneral, ines, "@Ezra Hollins of course, we go at chatting pace.");
        joins(4, "13:00", ilGeneral, wilbur);
        Post wiDm = say(4, "13:20", ilDm, wilbur, "Hi Callum, I've just joined the server. What does a month at "
                + "Iron Lotus cost, and is there a trial?");
        Post caWi = re(4, "13:50", callum, wiDm, "Hi Wilbur, welcome! Membership is £55 a month for unlimited "
                + "classes, and your first class is free. You can book the trial here: "
                + "https://ironlotus.example/trial");
        Post wiOk = re(4, "14:00", wilbur, caWi, "Booked for Monday. Anything I should bring?");
        re(4, "14:10", callum, wiOk, "Water, shorts, a T-shirt. We'll lend everything else.");
        Post ezQ2 = say(5, "19:00", ilAsk, ezra, "My shins are bruised after pad work. Normal?");
        Post yaEz = re(5, "19:20", yasmin, ezQ2, "Normal for the first weeks. Ice after class and don't kick "
                + "through the pain; it conditions slowly.");
        re(5, "19:25", ezra, yaEz, "Good to know, thank you.");
        say(6, "10:00", ilNews, ratana, "Grading on Saturday 11 June, sign-up sheet at the front desk and online: "
                + "https://ironlotus.example/grading");
        Post peChat = say(6, "14:00", ilGeneral, petra, "Canal run was lovely this morning, we should make it a "
                + "weekly thing.");
        re(6, "14:10", ines, peChat, "Yes! Same time next week.");
        // W22
        say(8, "08:00", ilNews, callum, "Bank holiday Monday: open mat only, 10:00 to 12:00. Normal timetable from "
                + "Tuesday: https://ironlotus.example/timetable");
        say(8, "12:00", ilGeneral, petra, "If anyone wants high-protein meal prep for fight camp, I've started a "
                + "little business! Menu and prices: https://petraspreps.example/menu");
        Post wiQ = say(9, "19:00", ilAsk, wilbur, "Loved the trial. Is the clinch class too much for a beginner?");
        Post raWi = re(9, "19:30", ratana, wiQ, "Give it a month of beginners first, then come along. The clinch "
                + "is tiring in a way nothing prepares you for.");
        re(9, "19:40", wilbur, raWi, "Ha, noted. Thanks!");
        Post doGr = say(10, "18:00", ilAsk, dorian, "For the grading, do we need to know the wai kru?");
        Post raDo = re(10, "18:30", ratana, doGr, "Only for the red armband and up. Yours is technique and a "
                + "short pad round.");
        re(10, "18:40", dorian, raDo, "Phew, thanks.");
        say(11, "12:00", ilGeneral, petra, "Meal prep orders close Thursday for next week, loads of you asked! "
                + "https://petraspreps.example/menu");
        Post inKnee = say(11, "20:00", ilGeneral, ines, "Tweaked my knee in clinch tonight. Anyone seen a good "
                + "sports physio near town?");
        Post peKnee = re(11, "20:20", petra, inKnee, "The one on Mill Street saw my ankle last year, very good.");
        re(11, "20:30", ines, peKnee, "Thanks Petra, I'll call them.");
        Post ezQ3 = say(12, "18:00", ilAsk, ezra, "What's a good first pair of shin guards?");
        Post doEz = re(12, "18:20", dorian, ezQ3, "Get ones with a foot cover, they stay put. Mine were about £45.");
        re(12, "18:30", ezra, doEz, "Cheers Dorian.");
        say(13, "09:00", ilNews, yasmin, "Reminder: grading sign-up closes Friday.");
        // W23
        Post inBack = say(15, "19:00", ilGeneral, ines, "Knee's fine, physio says just a strain. Back next week.");
        re(15, "19:10", dorian, inBack, "Good news!");
        Post wiHelp = say(16, "18:00", ilAsk, wilbur, "Where do people buy hand wraps? The gym ones are always wet.");
        Post ezWi = re(16, "18:15", ezra, wiHelp, "I got 4.5m ones online for about £8. Go for the stretchy kind, "
                + "much easier to wrap.");
        re(16, "18:20", wilbur, ezWi, "Thanks Ezra!");
        Post peGr = say(17, "10:00", ilGeneral, petra, "Who's grading on Saturday? Nervous!");
        re(17, "10:10", dorian, peGr, "Me too. We'll be fine.");
        re(17, "10:20", ezra, peGr, "Good luck both!");
        say(18, "17:00", ilNews, ratana, "Congratulations to all 14 who graded today. Photos in #general tomorrow.");
        Post raPh = say(19, "10:00", ilGeneral, ratana, "Grading photos! Proud of every one of you.");
        re(19, "10:20", petra, raPh, "Thank you coach, best day.");
        re(19, "10:30", dorian, raPh, "Thanks for all the prep.");
        Post doW3 = say(20, "19:00", ilGeneral, dorian, "Canal run again Saturday? Ines is back.");
        re(20, "19:10", ines, doW3, "Yes! Knee permitting, slow pace.");
        re(20, "19:20", wilbur, doW3, "Can I join? First time.");
        say(20, "19:25", ilGeneral, dorian, "@Wilbur Ashdown of course, 8:30 at the lock.");
        Post yaW3 = say(21, "08:00", ilNews, yasmin, "New women's-only beginners class from next Monday at 17:00.");
        re(21, "08:30", ines, yaW3, "Brilliant, telling my sister.");
    }

    private void thirdManIn() {
        // W21
        Post luQ = say(1, "19:00", tmRules, lucius, "K1 rules question: a fighter catches a kick and throws. One "
                + "step allowed, or a warning straight away?");
        Post brLu = re(1, "19:30", bronagh, luQ, "Under most K1 rule sets a catch-and-strike is fine, a catch-and-"
                + "throw is a warning. The step doesn't change it.");
        re(1, "19:40", lucius, brLu, "That's how I called it Saturday, good.");
        joins(2, "10:00", tmGeneral, jethro);
        Post jeHi = say(2, "10:30", tmGeneral, jethro, "Hi all, new amateur kickboxing referee, first shows this "
                + "summer.");
        re(2, "10:45", temperance, jeHi, "Welcome! Shout if you want to shadow a judge's table.");
        say(3, "12:00", tmGeneral, jethro, "I've started a YouTube channel filming my ref view with a chest cam. "
                + "Please subscribe and share, trying to get to 500! https://youtube.example/@jethroref");
        Post amQ = say(3, "18:00", tmRules, ama, "Scoring question from my first MMA show as a judge: round one, "
                + "fighter A had more strikes, fighter B one takedown and nothing from top. I gave A. Right?");
        Post teAm = re(3, "18:30", temperance, amQ, "Effective striking beats a takedown with no damage. A 10-9 "
                + "for A is right.");
        Post raAm = re(3, "18:45", rafferty, amQ, "Agreed, control only matters if the strikes are even.");
        re(3, "19:00", ama, teAm, "Thank you both, that settles my nerves.");
        Post brAway = say(5, "09:00", tmGeneral, bronagh, "Heads up: I'm officiating a tournament abroad next week "
                + "and offline from Monday to Friday. Back Saturday.");
        re(5, "09:10", lucius, brAway, "Safe travels, enjoy it.");
        Post raTr = say(5, "17:00", tmGeneral, rafferty, "Anyone driving to the Hull show on the 11th? Could share "
                + "petrol.");
        re(5, "17:30", temperance, raTr, "I am, I'll pick you up at the services.");
        say(6, "13:00", tmGeneral, jethro, "Only 120 subscribers so far! Please hit subscribe on the channel I "
                + "posted, it really helps.");
        Post luCard = say(7, "20:00", tmGeneral, lucius, "Tonight's card had three stoppages in the first round. "
                + "Busy night for the doctor.");
        re(7, "20:15", rafferty, luCard, "Was the doc happy with the ring mat?");
        say(7, "20:30", tmGeneral, lucius, "Mostly, there was a soft corner they taped up.");
        // W22: Bronagh is away
        Post amBr = say(9, "19:00", tmRules, ama, "@Bronagh Keel when you're back: how do you judge a round where "
                + "one fighter is cautioned twice but wins the exchanges? Do you dock a point yourself?");
        Post teBr = re(9, "19:30", temperance, amBr, "Not Bronagh, but only the referee takes points. As a judge you "
                + "score the exchanges.");
        re(9, "19:40", ama, teBr, "Ah, that's the bit I'd missed.");
        Post jeQ = say(10, "11:00", tmRules, jethro, "When a fighter turns away, is it an automatic count?");
        Post luJe = re(10, "11:30", lucius, jeQ, "Turning away and not defending, yes, give a count. Turning to "
                + "fix a gumshield, stop the action first.");
        re(10, "11:40", jethro, luJe, "Thanks, really useful.");
        Post raHull = say(11, "23:00", tmGeneral, rafferty, "Hull show done, smooth night. Thanks for the lift "
                + "@Temperance Ogun.");
        re(12, "09:00", temperance, raHull, "Any time.");
        Post jeShadow = say(12, "10:00", tmGeneral, jethro, "@Temperance Ogun is the offer to shadow still open? "
                + "There's a show in Doncaster on the 18th.");
        Post teShadow = re(12, "10:30", temperance, jeShadow, "Yes, come and sit with me at the table.");
        re(12, "10:40", jethro, teShadow, "Brilliant, thank you.");
        Post brBack = re(13, "10:00", bronagh, amBr, "Back now, Ama. Temperance is right: judges never deduct. "
                + "Score the exchanges and trust the referee's point.");
        re(13, "10:15", ama, brBack, "Thanks Bronagh, hope the tournament went well.");
        say(13, "10:30", tmGeneral, bronagh, "Tournament went well, lovely officials' team. Home and sleeping.");
        // W23
        Post amQ2 = say(15, "18:00", tmRules, ama, "Judges' scorecards: pen or pencil? The promoter gave us pencils.");
        Post brQ2 = re(15, "18:20", bronagh, amQ2, "Pen, always. A pencil score can be changed.");
        re(15, "18:30", ama, brQ2, "I'll carry my own then.");
        Post luMed = say(16, "19:00", tmRules, lucius, "Medical question: do you stop it on a cut the doctor passes "
                + "if it's bleeding into the eye?");
        Post brMed = re(16, "19:30", bronagh, luMed, "Call the doctor back in. If it's in the eye every round, he'll "
                + "usually stop it.");
        re(16, "19:40", lucius, brMed, "Thanks.");
        Post jeDon = say(19, "09:00", tmGeneral, jethro, "Shadowed at Doncaster last night. Learnt loads, thank you "
                + "@Temperance Ogun.");
        re(19, "09:20", temperance, jeDon, "You were great company, and your notes were sharp.");
        re(19, "09:40", rafferty, jeDon, "Good stuff, welcome aboard properly.");
        Post amHelp = say(20, "18:00", tmRules, ama, "For anyone new like me: the federation has a free scoring "
                + "quiz, it helped me loads. https://federation.example/judges-quiz");
        re(20, "18:20", jethro, amHelp, "Doing it tonight, thanks Ama.");
        Post raW3 = say(21, "10:00", tmGeneral, rafferty, "The federation's refresher seminar is on 2 July in Leeds. "
                + "Who's going?");
        re(21, "10:20", bronagh, raW3, "I'm presenting on scoring, so yes.");
        re(21, "10:30", ama, raW3, "Me, it's my first.");
        re(21, "10:40", lucius, raW3, "I'll drive, room for three.");
        say(21, "10:50", tmGeneral, temperance, "@Lucius Farrow save me a seat please.");
        re(21, "11:00", jethro, raW3, "Signed up, see you all there.");
    }

    private void hallamTigers() {
        // W21: Imelda is helped on four days and only says thanks
        Post imQ1 = say(1, "19:00", htChat, imelda, "Hi, our son Rory just started with the little tigers. Does he "
                + "need a full dobok straight away?");
        Post neIm1 = re(1, "19:20", nerys, imQ1, "Not for the first term, a T-shirt and joggers is fine. The club "
                + "sells doboks at grading time.");
        re(1, "19:30", imelda, neIm1, "Thanks!");
        Post imQ2 = say(2, "18:00", htChat, imelda, "What time should we arrive for the Saturday class? It says "
                + "9:30 but people seemed to be there earlier.");
        Post coIm2 = re(2, "18:15", conrad, imQ2, "Get there 9:15, they line up at 9:25 and it's a scramble for the "
                + "changing room.");
        re(2, "18:20", imelda, coIm2, "Thank you.");
        Post beGr = say(3, "20:00", htChat, beatrix, "When is the next grading, has anybody heard? Ayo keeps asking.");
        Post neGr = re(3, "20:10", nerys, beGr, "Sunday 19 June, forms go out next week.");
        re(3, "20:15", beatrix, neGr, "Great, thanks Nerys.");
        Post imQ3 = say(4, "19:00", htChat, imelda, "Rory came home saying he needs a 'gum guard'. Is that for the "
                + "little ones too?");
        Post saIm3 = re(4, "19:20", samir, imQ3, "Only once they spar, which is yellow belt and up. Not yet.");
        re(4, "19:25", imelda, saIm3, "Oh good, thanks.");
        Post saComp = say(5, "18:00", htTravel, samir, "Who's going to the Sheffield junior open on 12 June? I've "
                + "two spare seats from Hallam.");
        Post coComp = re(5, "18:20", conrad, saComp, "We are, but we're driving ourselves. Thanks though.");
        re(5, "18:30", samir, coComp, "No worries.");
        Post beComp = re(5, "19:00", beatrix, saComp, "Could Ayo and I take your two seats, Samir?");
        re(5, "19:10", samir, beComp, "Of course, I'll pick you up at 7.");
        Post imQ4 = say(6, "10:00", htChat, imelda, "Is there parking at the leisure centre on Saturdays or is it "
                + "the street?");
        Post beIm4 = re(6, "10:20", beatrix, imQ4, "The back car park is free before 10, after that it's pay.");
        re(6, "10:25", imelda, beIm4, "Thanks.");
        Post coKit = say(7, "17:00", htChat, conrad, "Lost: a blue sparring helmet with 'Mia' on it, left at Saturday "
                + "class.");
        re(7, "17:30", nerys, coKit, "It's in the lost property box, I'll bring it Tuesday.");
        // W22
        Post neForms = say(9, "18:00", htChat, nerys, "Grading forms are in the kids' bags tonight. Fee is £25, due "
                + "by the 12th.");
        re(9, "18:20", conrad, neForms, "Got ours, thanks.");
        re(9, "18:30", beatrix, neForms, "Thanks Nerys.");
        Post saHotel = say(10, "19:00", htTravel, samir, "For the Sheffield open, is it worth staying over the "
                + "night before? Weigh-in is 7:30.");
        Post coHotel = re(10, "19:20", conrad, saHotel, "We did last year, there's a Premier Inn five minutes away. "
                + "Book soon, it fills up.");
        re(10, "19:30", samir, coHotel, "Thanks, booking now.");
        Post imQ5 = say(11, "19:00", htChat, imelda, "Is the little tigers' grading the same day as the big kids?");
        Post neIm5 = re(11, "19:10", nerys, imQ5, "Same day, but morning. Big kids after lunch.");
        re(11, "19:15", imelda, neIm5, "Thanks.");
        Post beSpar = say(12, "20:00", htChat, beatrix, "Ayo got a bit upset after sparring tonight, took a kick to "
                + "the body. Anyone else's child been through that?");
        Post coSpar = re(12, "20:15", conrad, beSpar, "Mia cried after her first few. It passes, and the coaches "
                + "are good at easing them in.");
        Post saSpar = re(12, "20:30", samir, beSpar, "Same with ours. Have a word with the coach, they'll pair him "
                + "with someone gentler for a bit.");
        re(12, "20:40", beatrix, saSpar, "Thank you both, that's reassuring.");
        // W23: a tournament photographer turns up; Imelda helps
        joins(15, "09:00", htChat, leopold);
        Post coPhoto = say(15, "18:00", htTravel, conrad, "Does anyone know if photos are allowed at the Sheffield "
                + "open? Mia wants pictures of her first fight.");
        re(15, "18:10", leopold, coPhoto, "I'll be shooting the Sheffield open! Action shots are £12 each or £30 "
                + "for a bundle of five, book your child's slot at https://leopoldgrey.example/sheffield");
        Post saPhoto = re(15, "18:40", samir, coPhoto, "Parents can take photos from the seats, just no flash.");
        re(15, "18:50", conrad, saPhoto, "Great, thanks Samir.");
        say(16, "09:00", htChat, leopold, "Hallam parents, I do tournament photography, booking page for the junior "
                + "open here: https://leopoldgrey.example/sheffield");
        Post saMeet = say(16, "19:00", htTravel, samir, "Pickup plan for Saturday: 7:00 at the Hallam Tesco. "
                + "@Beatrix Omondi I'll text when I'm leaving.");
        re(16, "19:10", beatrix, saMeet, "Perfect, we'll be ready.");
        Post neQ = say(17, "18:00", htChat, nerys, "New parent joining next week asked what to bring to a first class. "
                + "Could someone write a quick list I can forward?");
        Post imHelp = re(17, "18:30", imelda, neQ, "I'll have a go since we just did it: water bottle, T-shirt and "
                + "joggers, hair tied back, no jewellery, arrive at 9:15 and the back car park is free before 10.");
        re(17, "18:40", nerys, imHelp, "That's perfect, thanks Imelda.");
        Post beRes = say(19, "19:00", htTravel, beatrix, "Ayo won a bronze! Thanks @Samir Haddad for the lift and "
                + "the patience.");
        re(19, "19:10", samir, beRes, "He was brilliant! Well done Ayo.");
        re(19, "19:20", imelda, beRes, "Congratulations to him!");
        re(19, "19:30", conrad, beRes, "Mia got silver too, what a day.");
        Post neW3 = say(20, "18:00", htChat, nerys, "The coaches asked me to say thank you to all the parents who "
                + "drove to Sheffield. Twelve medals!");
        re(20, "18:10", beatrix, neW3, "Thank the coaches from us, Ayo's still wearing his bronze.");
        re(20, "18:20", samir, neW3, "Great day all round.");
        Post coW3 = say(21, "10:00", htChat, conrad, "Does anyone have a spare size 3 chest guard? "
                + "Mia's outgrown hers.");
        re(21, "10:30", imelda, coW3, "Not yet, sorry, Rory's still in the little ones' kit.");
        re(21, "10:45", beatrix, coW3, "We have one, I'll bring it Tuesday.");
    }

    private void cornerMen() {
        // W21
        Post zaQ = say(2, "10:00", cmSpar, zainab, "@Reuben Castle could your seniors spar ours on Thursday 2 June? "
                + "We've four lads between 63 and 75kg.");
        Post maMe = say(2, "19:00", cmRoom, malachy, "Forty years since my first ABA title this month. I still "
                + "remember my old coach taping my hands in the changing room, I won that final on a split.");
        re(2, "19:15", georgina, maMe, "Forty years! Congratulations.");
        say(2, "19:30", cmRoom, malachy, "I boxed 92 times as an amateur and I was only stopped once, by a lad who "
                + "went on to the Olympics. I taught myself the shoulder roll from watching tapes.");
        Post tiQ = say(3, "18:00", cmRoom, tiberius, "Safeguarding question: do we need two adults in the room for "
                + "a one-to-one pad session with a 15-year-old?");
        Post geTi = re(3, "18:20", georgina, tiQ, "Yes, or at least in sight with the door open. The club welfare "
                + "officer's guidance says two adults present.");
        Post viTi = re(3, "18:30", vincent, tiQ, "Same at ours, we never run one-to-ones alone.");
        re(3, "18:40", tiberius, geTi, "Thanks both, I'll rearrange Wednesdays.");
        say(3, "20:00", cmRoom, malachy, "When I coached my first champion, I did it all myself: pads, diet, "
                + "driving him to every show. My methods still hold up.");
        Post reZa = re(4, "09:00", reuben, zaQ, "Sorry Zainab, I missed this, the gym roof was leaking. Thursday 2 "
                + "June is on, 7pm at ours. Bring the weights and I'll match them.");
        re(4, "09:20", zainab, reZa, "Brilliant, thanks Reuben.");
        Post geQ = say(4, "19:00", cmRoom, georgina, "Any tips for getting a nervous 12-year-old girl through her "
                + "first skills bout?");
        re(4, "19:20", malachy, geQ, "I was nervous before every one of my 92 bouts. I always told myself I'd "
                + "trained harder than anyone, and I had.");
        Post viGe = re(4, "19:30", vincent, geQ, "Keep her routine the same as training, let her warm up with a "
                + "friend, and tell her skills bouts have no winner, just feedback.");
        re(4, "19:40", georgina, viGe, "That's a lovely way to put it, thank you.");
        say(5, "10:00", cmRoom, malachy, "Found my old scrapbook from 1993, clippings of all my wins. Might put "
                + "it on the club wall.");
        Post tiSpar = say(6, "11:00", cmSpar, tiberius, "Anyone got a 48kg junior girl for Georgina's lass to "
                + "spar? Ours are all heavier.");
        Post geSpar = re(6, "11:30", georgina, tiSpar, "Thanks for asking around, Tiberius.");
        re(6, "12:00", zainab, geSpar, "We've a 47kg girl, two bouts in. Saturdays any good?");
        say(6, "12:10", cmSpar, georgina, "@Zainab Qureshi Saturdays are perfect, I'll message you.");
        // W22: Vincent broadcasts
        say(8, "07:00", cmRoom, vincent, "Monday motivation: champions are made when nobody is watching.");
        say(9, "07:00", cmRoom, vincent, "Tuesday tip: the jab is the most important punch in boxing. Throw it "
                + "more.");
        Post zaW2 = say(9, "18:00", cmRoom, zainab, "Medical cards: anyone know how long renewals are taking? "
                + "One of mine expires in July.");
        Post reW2 = re(9, "18:30", reuben, zaW2, "About three weeks at the moment, get it in now.");
        re(9, "18:35", zainab, reW2, "Thanks!");
        say(10, "07:00", cmRoom, vincent, "Wednesday wisdom: discipline beats motivation.");
        say(11, "07:00", cmRoom, vincent, "Thursday: hands up, chin down. Every round, every day.");
        say(12, "07:00", cmRoom, vincent, "Friday thought: the fight is won in the gym, not under the lights.");
        Post tiShow = say(12, "15:00", cmSpar, tiberius, "We're hosting an inter-club show on 25 June. Clubs with "
                + "carded boxers, give me names and weights.");
        re(12, "15:30", zainab, tiShow, "Two from us, 67 and 71kg, names by Sunday.");
        re(12, "16:00", reuben, tiShow, "One 81kg, and I can judge if you need.");
        say(13, "07:00", cmRoom, vincent, "Saturday: rest is training too.");
        Post zaSpar = say(13, "10:00", cmSpar, zainab, "Thursday's sparring with Reuben's lot was excellent, great "
                + "hosts.");
        re(13, "10:30", reuben, zaSpar, "Your lads were a credit. Same again in July?");
        // W23
        Post viQ = say(15, "18:00", cmRoom, vincent, "Sorry for the spam of quotes last week, I was testing a "
                + "scheduler. Real question: how do people run a session for 30 kids with two coaches?");
        Post geVi = re(15, "18:20", georgina, viQ, "Stations. Three groups, rotate every ten minutes, one coach on "
                + "pads and one floating.");
        Post reVi = re(15, "18:40", reuben, viQ, "And a senior lad on the skipping station helps no end.");
        re(15, "18:50", vincent, geVi, "Stations it is, thanks Georgina.");
        re(15, "18:55", vincent, reVi, "Good shout, we've two seniors who'd love that.");
        Post maQ = say(16, "19:00", cmRoom, malachy, "Has anyone used the new England Boxing coaching app? Worth "
                + "it?");
        Post tiMa = re(16, "19:20", tiberius, maQ, "It's good for session plans, the video bit is clunky.");
        re(16, "19:30", malachy, tiMa, "Thanks, I'll try the plans.");
        Post tiNames = say(17, "12:00", cmSpar, tiberius, "Show on the 25th: eight bouts confirmed. Thank you all.");
        re(17, "12:30", vincent, tiNames, "Great stuff, we'll bring two to watch and learn.");
        Post geBout = say(19, "20:00", cmRoom, georgina, "My nervous 12-year-old did her skills bout and loved it! "
                + "Thanks @Vincent Achterberg for the 'just feedback' line.");
        re(19, "20:15", vincent, geBout, "Made my week, well done her.");
        re(19, "20:30", malachy, geBout, "Brilliant, that's what it's all about.");
        Post zaW3 = say(20, "18:00", cmRoom, zainab, "Any tips for a good first-aid course for coaches? Ours "
                + "expire in August.");
        Post reW3 = re(20, "18:20", reuben, zaW3, "St John's one-day sports course, well run.");
        re(20, "18:30", georgina, zaW3, "Ours did the same, it covers head injuries well.");
        re(20, "18:40", zainab, reW3, "Thanks, booking it.");
        Post maW3 = say(21, "11:00", cmRoom, malachy, "Our club's open day is next Saturday. Anyone fancy bringing "
                + "a few juniors for exhibition pad work?");
        re(21, "11:30", tiberius, maW3, "We'll bring four, what time?");
    }

    private void ringsideLens() {
        // W21
        Post odQ = say(1, "11:00", rlRoom, odalys, "What shutter speed are people using for the new LED ring lights "
                + "at the York venue? I got banding at 1/500.");
        Post crOd = re(1, "11:30", crispin, odQ, "1/400 cleared it for me, and set the flicker reduction on.");
        re(1, "11:40", odalys, crOd, "Thanks, I'll try that.");
        Post suQ = say(2, "15:00", rlAsk, sunniva, "Fighter here, amateur muay thai. If a promoter's photographer "
                + "shoots my fight, am I allowed to use the photos on my socials?");
        Post crSu = re(2, "15:30", crispin, suQ, "Usually yes for personal use with a credit, but check the "
                + "promoter's media terms. Ask the photographer, most of us are happy.");
        re(2, "15:45", sunniva, crSu, "Good to know, thanks Crispin.");
        Post daQ = say(3, "10:00", rlAsk, darnell, "Promoter at Red Rose Fight Nights. @Magda Wrona has shot our "
                + "last three shows and the fighters love her galleries. Magda, are you free for 18 June?");
        Post maDa = re(3, "10:30", magda, daQ, "Thank you Darnell! Yes, 18 June is in the diary.");
        re(3, "10:40", darnell, maDa, "Perfect.");
        Post toFolio = say(4, "20:00", rlFolio, tobias, "Last night's headline knockout, one frame: "
                + "https://tobiasengel.example/ko");
        re(4, "20:10", odalys, toFolio, "What a moment to catch.");
        Post maQ = say(5, "12:00", rlRoom, magda, "Anyone tried the new 70-200 f/2.8 mark III at ringside? Worth "
                + "the upgrade?");
        Post toMa = re(5, "12:30", tobias, maQ, "The focus is noticeably faster in low light. I'd say yes.");
        re(5, "12:40", magda, toMa, "Cheers, saving up then.");
        Post crQ = say(6, "14:00", rlRoom, crispin, "Anyone know a good gallery host that doesn't compress files "
                + "to mush?");
        Post odCr = re(6, "14:20", odalys, crQ, "I use the Pixelbox plan, full resolution downloads.");
        re(6, "14:30", crispin, odCr, "Thanks, trying it.");
        // W22
        joins(9, "09:00", rlRoom, ashton);
        Post asHi = say(9, "09:30", rlRoom, ashton, "Hi, new to fight photography, done weddings for years.");
        re(9, "09:45", tobias, asHi, "Welcome! Fight nights are a different beast, shout with questions.");
        say(10, "10:00", rlDm, ashton, "Hi Sunniva, saw your post in Ringside Lens. I'm a photographer and I'd love "
                + "to shoot your next fight! Packages from £90, all edited. Portfolio: https://ashtongreeve.example");
        say(10, "18:00", rlDm, sunniva, "Thanks, but the promoter books the photographers for our shows.");
        Post maGal = say(11, "10:00", rlFolio, magda, "Red Rose Fight Nights gallery highlights, some of my "
                + "favourites.");
        re(11, "10:20", darnell, maGal, "These are brilliant, thank you.");
        Post toQ = say(12, "11:00", rlRoom, tobias, "How do you all deal with blood in the frames for social media? "
                + "I keep getting posts flagged.");
        Post crTo = re(12, "11:20", crispin, toQ, "I post the clean shots and leave the rest in the client "
                + "gallery.");
        re(12, "11:30", tobias, crTo, "Makes sense.");
        Post asQ = say(12, "15:00", rlRoom, ashton, "Where do people stand at small-hall shows? The apron seems "
                + "cramped.");
        Post odAs = re(12, "15:30", odalys, asQ, "Ask the promoter for a corner by the judges, it has the best "
                + "angles and nobody blocks you.");
        re(12, "15:40", ashton, odAs, "Good tip, thanks.");
        Post maQ2 = say(13, "10:00", rlAsk, marguerite, "I run a new white-collar boxing charity night in "
                + "Lancaster, 9 July. Looking for a photographer, budget about £250.");
        Post crMa = re(13, "10:30", crispin, maQ2, "I'm booked that night, sorry. Tobias might be free?");
        re(13, "11:00", tobias, maQ2, "I'm free, £250 works for a three-hour show. I'll message you.");
        // W23: Magda chases new promoters while Darnell waits
        say(15, "09:00", rlAsk, darnell, "@Magda Wrona two of our fighters are asking for the full-res files from "
                + "May's show for their sponsors, and I need to confirm your start time for the 18th. Can you send "
                + "both?");
        Post maNew = say(15, "11:00", rlAsk, magda, "Promoters in the North West: I have dates left in July and "
                + "August. Full gallery within 48 hours.");
        Post neQ = say(16, "10:00", rlAsk, marguerite, "Is anyone free for a second charity night on 20 August?");
        re(16, "10:20", magda, neQ, "I am, Marguerite! I'd love to shoot it. Shall we have a call this week?");
        re(16, "10:30", marguerite, maNew, "Magda, that's great, I'll message you.");
        say(17, "09:00", rlAsk, darnell, "@Magda Wrona still need those files and the start time please, sponsors "
                + "are chasing.");
        Post maNew2 = say(17, "14:00", rlAsk, magda, "Any new promoters want a sample gallery? Happy to send "
                + "one over.");
        re(17, "14:30", odalys, maNew2, "Nice offer.");
        Post odQ2 = say(18, "12:00", rlRoom, odalys, "Does anyone else back up to two cards at ringside?");
        Post asOd = re(18, "12:30", ashton, odQ2, "Yes, dual slots, got burnt at a wedding once.");
        re(18, "12:40", odalys, asOd, "Same lesson here.");
        Post suFolio = say(19, "19:00", rlFolio, sunniva, "Shared with permission: the photo of my win last "
                + "night, credit @Crispin Yale. Thank you!");
        re(19, "19:20", crispin, suFolio, "You made it easy, congrats on the win.");
        say(20, "09:00", rlAsk, darnell, "@Magda Wrona I'll ask Crispin to cover the 18th if I don't hear from you "
                + "today. The fighters still need their May files.");
        Post crW3 = say(20, "12:00", rlRoom, crispin, "Anyone else shooting the Manchester show on 2 July? Looking "
                + "to share a lift.");
        re(20, "12:30", tobias, crW3, "I am, I'll drive.");
        re(20, "12:40", crispin, crW3, "Perfect, thanks Tobias.");
        Post toW3 = say(21, "10:00", rlFolio, tobias, "From the Lancaster charity night, a fighter's mum ringside.");
        re(21, "10:20", marguerite, toW3, "That one made me cry. Thank you Tobias.");
    }

    private void stillWater() {
        // W21
        Post wiQ = say(1, "10:00", swRoom, wilhelmina, "For a chair-based class, does anyone adapt the Sun-style "
                + "opening or just teach arm forms seated?");
        Post huWi = re(1, "10:30", hugo, wiQ, "I teach the Sun opening seated, weight shifts become a lean. Works "
                + "well with people who can't stand long.");
        re(1, "10:45", wilhelmina, huWi, "Lovely, I'll try that Thursday.");
        say(1, "14:00", swRoom, lorcan, "My qigong retreat in the Peak District has three places left, 24-26 June: "
                + "https://lorcanmaddern.example/retreat");
        Post edQ = say(2, "10:00", swVenues, edwina, "I'm activities coordinator at Larkfield Care Home. Our "
                + "residents are 80 to 95, some in wheelchairs. Is tai chi realistic for them?");
        Post prEd = re(2, "10:30", primrose, edQ, "Very realistic. Seated tai chi is gentle, good for balance and "
                + "grip, and residents enjoy the slow music. Start with 30 minutes.");
        re(2, "10:45", edwina, prEd, "That's encouraging, thank you.");
        say(2, "11:00", swVenues, lorcan, "Venues, my retreat is perfect for staff wellbeing: "
                + "https://lorcanmaddern.example/retreat");
        Post edQ2 = re(2, "11:30", edwina, edQ, "Does anyone have a booking page I can show our manager?");
        Post huLink = re(2, "12:00", hugo, edQ2, "Here's mine, care-home rates are on the second page: "
                + "https://hugoadebayo.example/care-homes");
        re(2, "12:10", edwina, huLink, "Thanks Hugo.");
        say(3, "09:00", swListings, primrose, "Primrose Kaur: Tai chi for arthritis, Tuesdays 10:30, St Anne's "
                + "Hall, £5 a session. https://primrosekaur.example/classes");
        say(3, "09:30", swListings, hugo, "Hugo Adebayo: Seated qigong, Wednesdays 14:00, Ravenswood Library. "
                + "https://hugoadebayo.example/classes");
        Post baQ = say(4, "11:00", swVenues, barnabas, "Community centre manager in Kirkdale. We've a hall free on "
                + "Friday mornings. Would a tai chi class for over-60s pay for itself at £4 a head?");
        Post wiBa = re(4, "11:40", wilhelmina, baQ, "It can with 12 or more. Give it a free taster first, word of "
                + "mouth does the rest.");
        re(4, "12:00", barnabas, wiBa, "Makes sense, thanks.");
        Post prQ = say(5, "15:00", swRoom, primrose, "Insurance renewal time. Is anyone's cover asking about falls "
                + "risk assessments now?");
        Post wiPr = re(5, "15:30", wilhelmina, prQ, "Mine did this year, a simple written one per venue was "
                + "enough.");
        re(5, "15:40", primrose, wiPr, "Thanks, I'll write them up.");
        say(6, "10:00", swRoom, lorcan, "Only two places left on the retreat now! "
                + "https://lorcanmaddern.example/retreat");
        // W22
        say(8, "10:00", swDm, edwina, "Hi Wilhelmina, our manager said yes to a taster. Could you do a seated "
                + "session for about 15 residents one morning in June?");
        say(8, "14:00", swDm, wilhelmina, "Hello Edwina, I'd be glad to. Tuesday 14 June at 10:30? The taster is "
                + "free, and after that it's £45 a session.");
        say(9, "09:00", swDm, edwina, "Tuesday 14th is perfect. See you then!");
        Post huQ = say(9, "14:00", swRoom, hugo, "Music for seated classes: I'm bored of my playlist. Suggestions?");
        Post prHu = re(9, "14:20", primrose, huQ, "Guzheng pieces, slow and not sleepy.");
        Post loHu = re(9, "15:00", lorcan, huQ, "Try the Wu Man pipa albums, residents love them.");
        re(9, "15:10", hugo, prHu, "Thanks both, new playlist sorted.");
        re(9, "15:15", hugo, loHu, "Will look those up.");
        Post baQ2 = say(10, "10:00", swVenues, barnabas, "We ran the taster Friday with @Wilhelmina Soto, 16 came! "
                + "Could we make it weekly from July?");
        Post wiBa2 = re(10, "10:30", wilhelmina, baQ2, "Wonderful! Yes, Fridays at 10 from 1 July.");
        re(10, "10:40", barnabas, wiBa2, "Brilliant, I'll put it in the newsletter.");
        say(11, "09:00", swListings, wilhelmina, "Wilhelmina Soto: Tai chi for over-60s, Fridays 10:00 from 1 July, "
                + "Kirkdale Community Centre, £4. https://wilhelminasoto.example/kirkdale");
        Post prQ2 = say(12, "16:00", swRoom, primrose, "Has anyone taught someone with a new hip replacement? What "
                + "do you avoid?");
        Post huPr = re(12, "16:30", hugo, prQ2, "Avoid deep turns on the operated side and crossing the legs. Ask "
                + "for the physio's do-and-don't sheet.");
        re(12, "16:40", primrose, huPr, "Thank you, very useful.");
        // W23: Lorcan joins in
        Post baQ3 = say(15, "10:00", swVenues, barnabas, "Several people asked if there's a standing class too for "
                + "the fitter ones. Is one instructor enough for a mixed class?");
        Post loBa = re(15, "10:40", lorcan, baQ3, "It works if you teach the form standing with a chair option "
                + "beside each person. I run one like that in Bakewell, happy to share my plan with Wilhelmina.");
        re(15, "11:00", barnabas, loBa, "Thank you Lorcan, that's really helpful.");
        re(15, "11:10", wilhelmina, loBa, "Yes please, Lorcan.");
        Post wiQ3 = say(16, "09:00", swRoom, wilhelmina, "First care-home session on Tuesday went beautifully. "
                + "One resident cried happy tears. Any tips for keeping the momentum?");
        Post loWi = re(16, "09:30", lorcan, wiQ3, "Same moves every week for a month, they love knowing what's "
                + "coming.");
        Post prWi = re(16, "09:45", primrose, wiQ3, "And a short ending ritual, a bow or a breath, marks the "
                + "session off nicely.");
        re(16, "10:00", wilhelmina, loWi, "Good idea, thanks.");
        re(16, "10:05", wilhelmina, prWi, "Lovely, will do.");
        say(17, "11:00", swVenues, edwina, "Thank you @Wilhelmina Soto, the residents are still talking about "
                + "Tuesday! We've booked every other week.");
        Post loQ = say(18, "10:00", swRoom, lorcan, "Question for the group: how do you handle a participant who "
                + "keeps talking through the quiet parts?");
        Post huLo = re(18, "10:30", hugo, loQ, "A gentle smile and 'let's breathe together now' usually does it.");
        re(18, "10:40", lorcan, huLo, "I'll try that, thanks.");
        Post edW3 = say(20, "10:00", swVenues, edwina, "Do any of you know a tai chi DVD we could use between "
                + "sessions?");
        re(20, "10:30", primrose, edW3, "The Arthritis Foundation seated one is good and cheap.");
        re(20, "10:45", edwina, edW3, "Thank you, ordering it.");
        Post prW3 = say(21, "09:00", swRoom, primrose, "Does anyone fancy a joint outdoor class in the park for "
                + "World Tai Chi Day?");
        re(21, "09:30", hugo, prW3, "Yes, I'd love that.");
        re(21, "09:40", lorcan, prW3, "Count me in, I'll bring the speaker.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes129Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 129");
    }
}
