package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 29 (sealed): eight communities of kinds no earlier round used (paramedics, archivists, cactus
 * growers, birdwatchers, soap makers, mushroom growers, dog groomers, drummers), over three ISO weeks (2026-W15 to
 * W17), written and labelled by writer29 before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-29.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes29Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 4, 6);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 4, 27, 9, 0, 0, 0, ZoneOffset.UTC);

    // --- A. paramedics and EMTs ---
    private final String medics = cast.guild(587);
    private final Channel station = cast.channel(medics, "Night Shift Medics", "station-chat",
            "off-duty chatter, shift swaps, memes", "medic-station-chat.json");
    private final Channel studyHall = cast.channel(medics, "Night Shift Medics", "study-hall",
            "NREMT, protocols, pharm math. ask anything, no shame", "medic-study-hall.json");
    private final Channel jobsBoard = cast.channel(medics, "Night Shift Medics", "jobs-board",
            "recruiters and services post openings here, one post per opening per week", "medic-jobs-board.json");
    private final Channel decompress = cast.channel(medics, "Night Shift Medics", "decompress",
            "rough calls. vent here. no advice unless asked", "medic-decompress.json");
    private final Persona marcus = cast.person("marcus.o", "Marcus Okonjo");
    private final Persona priya = cast.person("flightmedic_priya", "Priya Raman");
    private final Persona kayla = cast.person("kayla.emt", "Kayla Dunn");
    private final Persona jess = cast.person("jess.w", "Jess Whitfield");
    private final Persona trent = cast.person("trent.recruits", "Trent Bayliss");
    private final Persona noor = cast.person("noor.h", "Noor Haddad");
    private final Persona rafa = cast.person("rafa_q", "Rafa Quintero");
    private final Channel dmTrent = cast.dm(trent, "medic-dm-trent-bayliss.json");

    // --- B. archivists and records managers ---
    private final String stacks = cast.guild(588);
    private final Channel readingRoom = cast.channel(stacks, "Stacks & Finding Aids", "reading-room",
            "general chat for archivists, records managers and the archive-curious", "archive-reading-room.json");
    private final Channel askArchivist = cast.channel(stacks, "Stacks & Finding Aids", "ask-an-archivist",
            "reference questions, digitisation, preservation, retention", "archive-ask-an-archivist.json");
    private final Channel archiveEvents = cast.channel(stacks, "Stacks & Finding Aids", "events",
            "conferences, webinars, meetups", "archive-events.json");
    private final Persona hollis = cast.person("hollis.b", "Hollis Brandvold");
    private final Persona ines = cast.person("ines.carvalho", "Ines Carvalho");
    private final Persona tobias = cast.person("tobias_mod", "Tobias Wren");
    private final Persona greer = cast.person("greer.m", "Greer Maddox");
    private final Persona oksana = cast.person("oksana.l", "Oksana Levchenko");
    private final Persona bram = cast.person("bram.dewit", "Bram de Wit");

    // --- C. cactus and succulent growers ---
    private final String spines = cast.guild(589);
    private final Channel greenhouse = cast.channel(spines, "Spines & Succulents", "greenhouse-chat",
            "anything prickly", "cacti-greenhouse-chat.json");
    private final Channel plantHelp = cast.channel(spines, "Spines & Succulents", "plant-id-help",
            "what is it? why is it dying? photos help", "cacti-plant-id-help.json");
    private final Channel swapMeet = cast.channel(spines, "Spines & Succulents", "swap-meet",
            "spring swap sign-ups, trades and cuttings. no sales", "cacti-swap-meet.json");
    private final Channel showCollection = cast.channel(spines, "Spines & Succulents", "show-your-collection",
            "your plants, your pics", "cacti-show-your-collection.json");
    private final Persona rosalind = cast.person("rosalind.a", "Rosalind Achebe");
    private final Persona dmitri = cast.person("dmitri_s", "Dmitri Sokol");
    private final Persona luz = cast.person("luz.marin", "Luz Marín");
    private final Persona petra = cast.person("petra.desertbloom", "Petra Hollins");
    private final Persona ozzie = cast.person("ozzie.g", "Ozzie Grant");
    private final Persona wen = cast.person("wen.li", "Wen Li");

    // --- D. birdwatchers ---
    private final String marsh = cast.guild(590);
    private final Channel fieldChat = cast.channel(marsh, "Marsh & Meadow Birders", "field-chat",
            "general birding chat", "birds-field-chat.json");
    private final Channel rareAlerts = cast.channel(marsh, "Marsh & Meadow Birders", "rare-alerts",
            "sightings only: species, place, time, checklist link. discuss in #field-chat", "birds-rare-alerts.json");
    private final Channel idHelp = cast.channel(marsh, "Marsh & Meadow Birders", "id-help",
            "what's this bird? include place and date", "birds-id-help.json");
    private final Channel photoCorner = cast.channel(marsh, "Marsh & Meadow Birders", "photo-corner",
            "your shots", "birds-photo-corner.json");
    private final Persona gideon = cast.person("gideon.pike", "Gideon Pike");
    private final Persona maeve = cast.person("maeve.c", "Maeve Coyle");
    private final Persona arjun = cast.person("arjun.wings", "Arjun Sethi");
    private final Persona tilly = cast.person("tilly.b", "Tilly Broadbent");
    private final Persona ezra = cast.person("ezra_l", "Ezra Lindqvist");
    private final Persona colette = cast.person("colette.a", "Colette Ambrose");

    // --- E. soap makers ---
    private final String lather = cast.guild(591);
    private final Channel soapPot = cast.channel(lather, "Lather & Lye", "the-soap-pot",
            "general soaping chat", "soap-the-soap-pot.json");
    private final Channel lyeHelp = cast.channel(lather, "Lather & Lye", "lye-safety-and-help",
            "zappy bars, seizing, ricing, lye calc questions", "soap-lye-safety-and-help.json");
    private final Channel marketDays = cast.channel(lather, "Lather & Lye", "market-days",
            "stall dates, pitch fees, what sold", "soap-market-days.json");
    private final Channel soapForSale = cast.channel(lather, "Lather & Lye", "for-sale",
            "makers' listings, one post per maker per week", "soap-for-sale.json");
    private final Persona delphine = cast.person("delphine.suds", "Delphine Marsh");
    private final Persona kofi = cast.person("kofi.a", "Kofi Asante");
    private final Persona birdie = cast.person("birdie.c", "Birdie Calloway");
    private final Persona lorna = cast.person("lorna.p", "Lorna Pell");
    private final Persona sven = cast.person("sven.aa", "Sven Aalto");
    private final Persona maribel = cast.person("maribel.c", "Maribel Cruz");
    private final Persona yusuf = cast.person("yusuf.d", "Yusuf Demir");

    // --- F. gourmet mushroom growers ---
    private final String spore = cast.guild(592);
    private final Channel growRoom = cast.channel(spore, "Spore Print Society", "grow-room",
            "general chat", "shroom-grow-room.json");
    private final Channel contamHelp = cast.channel(spore, "Spore Print Society", "contam-help",
            "post pics of your jars and bags. green = trich, usually", "shroom-contam-help.json");
    private final Channel substrate = cast.channel(spore, "Spore Print Society", "grain-and-substrate",
            "recipes, sterilisation, pasteurisation", "shroom-grain-and-substrate.json");
    private final Channel tradingPost = cast.channel(spore, "Spore Print Society", "trading-post",
            "sell your kits, cultures and spawn here", "shroom-trading-post.json");
    private final Persona casper = cast.person("casper.fungibox", "Casper Vey");
    private final Persona anneliese = cast.person("anneliese.k", "Anneliese Krug");
    private final Persona pavel = cast.person("pavel.n", "Pavel Novak");
    private final Persona odalys = cast.person("odalys.r", "Odalys Reyes");
    private final Persona hugo = cast.person("hugo.b", "Hugo Brandt");
    private final Persona fenna = cast.person("fenna.m", "Fenna Mulder");
    private final Persona rory = cast.person("rory.q", "Rory Quill");
    private final Channel dmCasper = cast.dm(casper, "shroom-dm-casper-vey.json");

    // --- G. dog groomers ---
    private final String clip = cast.guild(593);
    private final Channel salonTalk = cast.channel(clip, "Clip & Fluff", "salon-talk",
            "groomers' chat: salons, vans, clippers, burnout", "groom-salon-talk.json");
    private final Channel trickyDogs = cast.channel(clip, "Clip & Fluff", "tricky-dogs",
            "matting, nervous dogs, handling", "groom-tricky-dogs.json");
    private final Channel clientCorner = cast.channel(clip, "Clip & Fluff", "client-corner",
            "owners ask, groomers answer", "groom-client-corner.json");
    private final Channel groomIntros = cast.channel(clip, "Clip & Fluff", "introductions",
            "introduce yourself and your dog(s)", "groom-introductions.json");
    private final Persona bea = cast.person("bea.thornton", "Bea Thornton");
    private final Persona lyle = cast.person("lyle.mobilegroom", "Lyle Pratt");
    private final Persona sade = cast.person("sade.o", "Sade Ogun");
    private final Persona imogen = cast.person("imogen.f", "Imogen Fairley");
    private final Persona hank = cast.person("hank.m", "Hank Mireles");
    private final Persona juno = cast.person("juno.p", "Juno Park");
    private final Persona tomasz = cast.person("tomasz.z", "Tomasz Zieliński");

    // --- H. drummers ---
    private final String backbeat = cast.guild(594);
    private final Channel theKit = cast.channel(backbeat, "Backbeat", "the-kit", "general drum chat",
            "drums-the-kit.json");
    private final Channel lessons = cast.channel(backbeat, "Backbeat", "lessons-and-practice",
            "rudiments, reading, practice routines, finding a teacher", "drums-lessons-and-practice.json");
    private final Channel gearTalk = cast.channel(backbeat, "Backbeat", "gear-talk", "cymbals, heads, hardware",
            "drums-gear-talk.json");
    private final Channel gigs = cast.channel(backbeat, "Backbeat", "gigs-and-jams",
            "post your gigs, jams and open mics", "drums-gigs-and-jams.json");
    private final Channel classifieds = cast.channel(backbeat, "Backbeat", "classifieds", "buy / sell / trade gear",
            "drums-classifieds.json");
    private final Persona wes = cast.person("wes.harrow", "Wes Harrow");
    private final Persona nina = cast.person("nina.v", "Nina Vukovic");
    private final Persona otto = cast.person("otto.f", "Otto Fenwick");
    private final Persona reggie = cast.person("reggie.b", "Reggie Banda");
    private final Persona ciaran = cast.person("ciaran.m", "Ciaran Mulcahy");
    private final Persona tamsin = cast.person("tamsin.v", "Tamsin Vale");
    private final Persona dario = cast.person("dario.e", "Dario Esposito");
    private final Channel dmWes = cast.dm(wes, "drums-dm-wes-harrow.json");

    private HeldOutScenes29Script() {
        super(new SceneIds(21200), FIRST_MONDAY, 21);
    }

    static Map<String, String> files() {
        HeldOutScenes29Script script = new HeldOutScenes29Script();
        script.medics();
        script.archivists();
        script.cacti();
        script.birders();
        script.soapMakers();
        script.mushrooms();
        script.groomers();
        script.drummers();
        return script.export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-29"), files(), "held-out round 29");
    }

    private void medics() {
        // Week 1: Kayla's questions; Trent's jobs post and his DM to Rafa; Rafa's hard call.
        say(1, "08:10", station, jess, "morning all 🚑 reminder: CE night is Wed 22nd, sign-up sheet "
                + "https://forms.example/nsm-ce-april . pizza on me");
        Post nines = say(1, "09:30", studyHall, kayla, "how do you guys remember the rule of nines for kids? the head "
                + "is 18 not 9 right??");
        re(1, "10:05", marcus, nines, "yep, kids have big heads. infant head 18%, each leg 14%. I draw the little "
                + "person on my glove lol");
        say(1, "10:20", studyHall, kayla, "thank you!!");
        say(1, "14:00", station, rafa, "3 lift assists and a guy who called 911 because his wifi was down. living the "
                + "dream");
        say(1, "14:05", station, marcus, "was it at least a good router");
        say(1, "14:06", station, rafa, "🙃");
        say(2, "07:30", jobsBoard, trent, "Crestline Ambulance (Ohio) hiring EMT-B and Paramedics. EMT $24/hr, Medic "
                + "$34/hr, $3k sign-on. Apply: https://crestline.example/careers");
        say(2, "09:00", jobsBoard, noor, "Lakeshore Fire & EMS: 2 full-time paramedic openings, 24/48 schedule, "
                + "$31-38/hr DOE. Questions welcome here. https://lakeshore.example/jobs/pm-2026");
        say(2, "20:40", dmTrent, trent, "Hey Rafa! Saw you're an EMT in Night Shift Medics. Crestline is hiring EMT-Bs "
                + "at $24/hr + $3k sign-on, and we sponsor medic school. Grab 15 min on my calendar and I'll walk you "
                + "through it: https://cal.example/trent-crestline");
        say(3, "07:10", dmTrent, rafa, "appreciate it but not looking to move right now");
        Post dosing = say(3, "11:00", studyHall, kayla, "pharm math is killing me. epi for a 22 lb kid in arrest, "
                + "1mg/10ml, how many ml??");
        re(3, "13:45", priya, dosing, "convert first: 22 lb = 10 kg. peds arrest is 0.01 mg/kg, so 0.1 mg = 1 ml of "
                + "the 1mg/10ml. check your own protocol, they differ. these helped me: "
                + "https://emsref.example/peds-dosing https://emsref.example/weight-conversions "
                + "https://drugcalc.example/practice https://emsref.example/broselow");
        say(3, "14:02", studyHall, kayla, "omg that's where I was going wrong, ty");
        say(4, "19:30", decompress, rafa, "first pediatric code today. we got ROSC but I keep replaying it. not "
                + "looking for advice just needed to say it somewhere");
        say(4, "19:41", decompress, marcus, "proud of you. that one stays with you. here if you want to talk, any time");
        say(4, "19:55", decompress, priya, "💙");
        say(4, "20:10", decompress, rafa, "thanks both. gonna go hug my dog");
        Post stemi = say(5, "09:15", studyHall, kayla, "what's the difference between STEMI and NSTEMI on the "
                + "monitor? we skipped it in class");
        re(5, "10:00", marcus, stemi, "STEMI = ST elevation in 2+ contiguous leads. NSTEMI has no elevation but the "
                + "troponin is up, which you won't know in the truck. @Kayla Dunn when's your exam? I can run a mock "
                + "scenario with you on voice one evening if that helps?");
        Post swap = say(5, "12:00", station, jess, "shift swap: anyone want my Sat 25th nights for your Sun 26th days? "
                + "🙏");
        re(5, "12:40", rafa, swap, "@Jess Whitfield I can do that, confirm with Sgt");
        say(5, "12:45", station, jess, "legend");
        Post cardio = say(6, "16:30", studyHall, kayla, "also how do you all study for the cardiology section, it's "
                + "so much");
        re(6, "18:10", priya, cardio, "flashcards with real 12-leads, 10 a day. and talk the scenarios out loud, "
                + "seriously");
        say(6, "18:30", studyHall, kayla, "ok thanks");
        say(7, "11:00", station, trent, "Happy Sunday medics! 🚑");
        say(7, "11:20", station, rafa, "no such thing as sunday on a 24");

        // Week 2: Kayla comes back to Marcus; Noor answers Priya; a hard night for Marcus.
        say(8, "08:00", jobsBoard, trent, "Crestline: still hiring EMT-B & Medics, 3 new night lines open. "
                + "https://crestline.example/careers");
        Post sorry = say(8, "10:30", studyHall, kayla, "@Marcus Okonjo sorry, missed your msg last week!! exam is May "
                + "2nd. a mock would be amazing if the offer still stands");
        re(8, "10:50", marcus, sorry, "of course. thursday 8pm eastern?");
        say(8, "10:55", studyHall, kayla, "perfect 🙏");
        Post nerves = say(9, "21:00", studyHall, jess, "anyone have a mnemonic for the cranial nerves that isn't "
                + "filthy 😂 asking for my ride-along students");
        re(9, "21:20", kayla, nerves, "Oh Oh Oh To Touch And Feel Very Good Velvet, Ah Heaven. our instructor's clean "
                + "version lol");
        say(9, "21:25", studyHall, jess, "perfect, stealing it");
        Post partTime = say(10, "14:00", jobsBoard, priya, "@Noor Haddad is the Lakeshore posting open to "
                + "flight-certified medics who want ground shifts part time?");
        re(10, "15:10", noor, partTime, "yes! part time is 2 shifts a month minimum, same pay band. happy to send "
                + "the details, DM me anytime");
        say(10, "15:20", jobsBoard, priya, "will do, thanks");
        say(11, "08:00", jobsBoard, noor, "Lakeshore Fire & EMS is also hiring a PT EMS educator, $40/hr, 10 hrs a "
                + "week, good fit for anyone with an instructor cert. DM me or apply "
                + "https://lakeshore.example/jobs/ems-educator");
        say(11, "22:30", decompress, marcus, "long one tonight. lost a regular. 11 years of picking him up off the "
                + "same kitchen floor.");
        say(11, "22:45", decompress, rafa, "damn. sorry marcus");
        say(11, "23:10", decompress, jess, "🫂");
        say(12, "13:00", station, rafa, "who keeps putting the narcan in the wrong pouch on 14. confess");
        say(12, "13:02", station, priya, "wasn't me I'm on a helicopter");
        say(12, "13:03", station, rafa, "suspicious");
        Post smr = say(13, "09:00", studyHall, rafa, "is it true they're changing the spinal motion restriction "
                + "protocol again?");
        re(13, "12:30", marcus, smr, "regional update comes out in June, summary here "
                + "https://regionems.example/2026-protocol-changes");
        say(14, "10:00", station, jess, "CE night this Wednesday! 9 spots left: "
                + "https://forms.example/nsm-ce-april");

        // Week 3.
        say(15, "08:00", jobsBoard, trent, "Crestline: $5k sign-on for medics through April. "
                + "https://crestline.example/careers");
        say(15, "18:00", studyHall, kayla, "mock with Marcus was SO helpful. if anyone else is testing in May I'm "
                + "making a shared cardio deck, want in?");
        say(15, "18:20", studyHall, priya, "you're going to smash it");
        say(16, "20:00", studyHall, kayla, "deck, free to copy: https://flashcards.example/kayla/nremt-cardio");
        say(17, "07:00", decompress, rafa, "first shift back on the rig where I didn't dread the tones. small win");
        say(17, "07:30", decompress, marcus, "small wins are the wins");
        Post lastCall = say(16, "12:00", station, jess, "CE night tomorrow: last call, 2 spots "
                + "https://forms.example/nsm-ce-april");
        re(16, "12:05", rafa, lastCall, "signed up, save me pepperoni");
        say(19, "09:00", jobsBoard, noor, "Lakeshore: paramedic openings filled, thank you all 🙏 educator post still "
                + "open");
        Post roommate = say(20, "10:00", station, marcus, "anyone going to the state EMS conference in June? looking "
                + "for a roommate");
        re(20, "11:15", priya, roommate, "me! let's split");
    }

    private void archivists() {
        // Week 1: Hollis away; Greer's email question waits for him; Ines's cyanotypes.
        say(1, "08:00", readingRoom, hollis, "off to the records management conference in Denver, back Thursday. no "
                + "laptop, by choice 😅");
        say(1, "08:20", readingRoom, ines, "have fun! bring back the tote bags");
        Post email = say(2, "10:00", askArchivist, greer, "@Hollis Brandvold how do you handle retention schedules "
                + "for email? our IT wants to auto-delete everything after 2 years and I'm the only records person "
                + "pushing back");
        re(2, "13:00", oksana, email, "not Hollis but: the capstone approach is the usual answer, keep senior roles' "
                + "mail permanently and the rest on a schedule. Hollis knows the US side much better though");
        say(2, "13:30", askArchivist, greer, "thanks Oksana! hadn't heard of capstone");
        say(3, "09:00", readingRoom, tobias, "📚 reading group: vote for May's article, the poll is pinned in this "
                + "channel, closes Sunday");
        say(3, "09:10", readingRoom, ines, "voted for the Caswell one, it's been on my list forever");
        Post cyan = say(3, "15:00", askArchivist, ines, "anyone else getting weird colour shifts scanning cyanotypes? "
                + "the blues go purple on our Epson");
        re(3, "16:40", oksana, cyan, "turn off the auto colour correction and shoot a target in the same session, this "
                + "guide explains it well: https://imaging.example/cyanotype-capture");
        say(3, "17:00", askArchivist, ines, "obrigada! finalmente funcionou 🙌 (it worked)");
        re(4, "19:00", hollis, email, "@Greer Maddox back! sorry, Denver ate my week. capstone is right for email. the "
                + "trick is getting legal to sign the schedule before IT builds the rule. I'll dig out our template "
                + "tomorrow");
        say(4, "19:20", askArchivist, greer, "that would be amazing");
        say(5, "10:00", askArchivist, hollis, "@Greer Maddox template (strip our names out): "
                + "https://docs.example/records/email-retention-template");
        say(5, "10:30", askArchivist, greer, "🙏🙏🙏");
        Post aspace = say(6, "14:00", readingRoom, bram, "anyone tried ArchivesSpace 4 yet? thinking of migrating");
        re(6, "15:30", ines, aspace, "we did in Feb. do a test migration on a copy first, agents get duplicated");

        // Week 2: Bram's write-up in three rooms; Greer's wet deeds and Oksana's course.
        say(8, "09:00", archiveEvents, tobias, "Regional archives meetup in Leeds, Sat 25th, free. sign-up sheet so we "
                + "can book a room: https://forms.example/archives-meetup-apr");
        say(8, "11:00", readingRoom, bram, "wrote up our ArchivesSpace migration, agents mess included: "
                + "https://bramdewit.example/blog/aspace-migration");
        say(8, "11:20", askArchivist, bram, "migration notes for anyone on ArchivesSpace: "
                + "https://bramdewit.example/blog/aspace-migration");
        say(8, "11:40", archiveEvents, bram, "relevant for the meetup maybe? "
                + "https://bramdewit.example/blog/aspace-migration");
        say(8, "14:00", readingRoom, ines, "nice write-up Bram, the agents bit is exactly what bit us");
        say(8, "14:30", readingRoom, bram, "ha, I stole your test-copy tip, credited you at the bottom");
        Post mould = say(9, "10:00", askArchivist, greer, "does anyone run mould remediation training? we found a box "
                + "of wet deeds in the basement 😬");
        re(9, "11:15", oksana, mould, "I run a two-day hands-on course, €240, next one 16-17 May in Utrecht: "
                + "https://oksanacons.example/courses/mould . in the meantime: isolate the box, get it below 18°C and "
                + "50% RH, and don't open the wet bundles");
        say(9, "11:30", askArchivist, greer, "ooh, my boss might pay for that. thank you!!");
        say(10, "16:00", readingRoom, hollis, "hot take: 'just keep everything' is a retention policy. just a bad one");
        say(10, "16:05", readingRoom, tobias, "🔥");
        say(10, "16:20", readingRoom, ines, "tell that to our 40TB share drive");
        say(11, "09:00", readingRoom, tobias, "reading group poll closed: Caswell wins. discussion Friday 24th");
        Post sleeves = say(12, "20:00", askArchivist, greer, "is it ok to use archival plastic sleeves for photographs "
                + "or should it be paper?");
        re(12, "21:10", hollis, sleeves, "PAT-passed polyester is fine for most prints. paper for anything flaking, "
                + "and for nitrate. Oksana will correct me if I'm wrong");
        say(13, "08:30", askArchivist, oksana, "not wrong! 👍");

        // Week 3.
        say(15, "09:00", archiveEvents, tobias, "Leeds meetup Sat 25th: 6 places left, sheet here: "
                + "https://forms.example/archives-meetup-apr");
        say(15, "10:00", readingRoom, greer, "update on the wet deeds: froze them, boss approved Oksana's course, I'm "
                + "going in May!");
        say(15, "10:40", readingRoom, oksana, "yay! see you in Utrecht");
        Post premis = say(16, "13:00", askArchivist, bram, "anyone know if PREMIS 3 has a clean way to record a "
                + "checksum failure?");
        re(16, "17:00", ines, premis, "an event with eventOutcome 'fail', linked to the object. we do it that way, "
                + "happy to share an example");
        say(16, "17:20", askArchivist, bram, "yes please!");
        re(17, "09:00", ines, premis, "@Bram de Wit here: https://kbase.example/ines/premis-fixity-fail");
        Post places = say(18, "11:00", archiveEvents, tobias, "meetup: 2 places left "
                + "https://forms.example/archives-meetup-apr");
        re(18, "11:30", hollis, places, "grabbed one, see you all there");
        say(20, "15:00", readingRoom, tobias, "Caswell discussion was great, thanks all. next poll goes up in May");
    }

    private void cacti() {
        // Week 1: the swap is announced; Ozzie's rotting echeveria.
        say(1, "10:00", swapMeet, rosalind, "🌵 Spring swap is Sat 25 April at the community hall! tables are free, "
                + "bring cuttings, pups and seeds. sign up here so I know how many tables: "
                + "https://forms.example/spines-swap-2026");
        say(1, "10:30", swapMeet, dmitri, "signed up, bringing a mountain of Opuntia pads nobody asked for");
        say(1, "11:00", swapMeet, luz, "¡qué bien! apuntada 🙋‍♀️");
        Post mushy = say(2, "19:00", plantHelp, ozzie, "my echeveria is going mushy and black at the base, tried "
                + "watering less but it's getting worse. pic: https://img.example/ozzie/echeveria1.jpg");
        re(2, "21:30", wen, mushy, "that's rot I'm afraid. cut above the black bit with a clean knife, let it callus "
                + "a few days, then re-root on dry gritty mix. what pot is it in?");
        say(3, "08:00", plantHelp, ozzie, "@Wen Li plastic pot, no holes 🤦 it came like that from the garden centre");
        say(3, "08:30", plantHelp, dmitri, "the garden centre special. drill holes or go terracotta");
        say(3, "17:00", plantHelp, petra, "Ozzie, also check the roots when you unpot: if they're brown and hollow, "
                + "same treatment, cut back to white");
        say(4, "09:00", showCollection, dmitri, "the Astrophytum shelf is flowering all at once 🌼 "
                + "https://img.example/dmitri/astros.jpg");
        say(4, "09:20", showCollection, luz, "preciosas 😍");
        say(4, "10:00", showCollection, wen, "that asterias is perfect");
        Post callus = say(5, "18:00", plantHelp, ozzie, "update: cut it, it's callusing on the windowsill. the top "
                + "looks ok? https://img.example/ozzie/echeveria2.jpg");
        re(5, "18:40", luz, callus, "looks clean! wait a week before it touches soil. paciencia 🙂");
        say(5, "19:00", plantHelp, ozzie, "will do, thanks Luz. and thanks Wen, Dmitri, Petra");
        say(6, "12:00", greenhouse, rosalind, "heatwave next week apparently. shade cloth up, folks");
        say(6, "12:30", greenhouse, petra, "already moved my seedlings down a shelf. lost a tray to sunburn last May");

        // Week 2: Petra's sale, everywhere.
        say(8, "13:00", swapMeet, rosalind, "swap: 14 tables taken out of 30. sheet: "
                + "https://forms.example/spines-swap-2026");
        Post red = say(9, "15:00", greenhouse, ozzie, "is it normal for a new Haworthia to go a bit red in full sun?");
        re(9, "15:45", petra, red, "yes, sun stress, they colour up. back it off if it goes brown or crispy");
        say(10, "09:00", greenhouse, petra, "spring sale at the nursery this weekend: 20% off all Astrophytum and "
                + "Gymnocalycium, shipping UK-wide → https://desertbloom.example/sale");
        Post notHere = say(10, "09:20", swapMeet, petra, "if you can't wait for the swap, 20% off Astrophytum this "
                + "weekend → https://desertbloom.example/sale");
        say(10, "09:40", showCollection, petra, "these beauties are 20% off till Sunday → "
                + "https://desertbloom.example/sale https://img.example/petra/astro-sale.jpg");
        re(10, "10:15", rosalind, notHere, "@Petra Hollins friendly nudge: #swap-meet is swaps only, your post in "
                + "#greenhouse-chat is plenty 🙂");
        say(10, "10:30", swapMeet, petra, "oops, sorry Rosalind!");
        say(11, "20:00", showCollection, wen, "seed-grown Ariocarpus, year 4. slow but worth it "
                + "https://img.example/wen/ario.jpg");
        say(11, "20:30", showCollection, rosalind, "4 years of patience right there 👏");
        say(12, "08:00", greenhouse, petra, "last day of the sale! https://desertbloom.example/sale");
        Post lithops = say(12, "09:00", greenhouse, dmitri, "anyone know why my Lithops are splitting sideways?");
        re(12, "13:00", luz, lithops, "overwatering while they change leaves. stop completely until the old pair is "
                + "dry paper");
        say(13, "18:00", swapMeet, rosalind, "swap: 22 tables taken! sheet: https://forms.example/spines-swap-2026");

        // Week 3: Ozzie's cutting roots; pumice; the swap.
        say(15, "10:00", plantHelp, ozzie, "the echeveria rooted!!! 🎉 https://img.example/ozzie/echeveria3.jpg");
        say(15, "10:20", plantHelp, wen, "🎉");
        say(15, "10:30", plantHelp, luz, "¡bravo!");
        say(16, "09:00", swapMeet, rosalind, "swap this Saturday: 3 tables left. sheet: "
                + "https://forms.example/spines-swap-2026");
        Post pumice = say(16, "11:00", greenhouse, ozzie, "where do you all buy pumice in the UK? garden centres only "
                + "have the pretty little bags");
        re(16, "12:10", petra, pumice, "we stock it at the nursery, 10L for £9, but any builders' merchant sells it "
                + "cheaper in bulk as 'pumice aggregate'");
        say(16, "12:30", greenhouse, ozzie, "ah builders merchant, genius. ty");
        Post bugs = say(17, "19:00", plantHelp, luz, "mi Mammillaria tiene manchas blancas... sorry, white fluffy "
                + "spots on my Mammillaria, mealybugs?");
        re(17, "19:15", ozzie, bugs, "had those on my aloe! cotton bud with rubbing alcohol got them, took 3 goes");
        say(17, "19:30", plantHelp, luz, "gracias Ozzie!");
        say(19, "18:00", swapMeet, rosalind, "see you all Saturday! doors 10am, bring labels");
        say(19, "18:10", swapMeet, dmitri, "Opuntia pads incoming 🌵🌵🌵");
        say(20, "17:00", showCollection, rosalind, "what a swap! 28 tables, 60ish people, and Dmitri finally got rid "
                + "of his Opuntia https://img.example/rosalind/swap.jpg");
        say(20, "17:30", showCollection, dmitri, "I came home with more Opuntia. I have a problem");
    }

    private void birders() {
        // Week 1: the club's vote; Arjun arrives; Tilly's bunting.
        say(1, "07:00", fieldChat, maeve, "🗳️ Bird of the Year vote is open! poll pinned here, closes Sunday. "
                + "campaign speeches for your favourite welcome");
        say(1, "07:30", fieldChat, ezra, "Dunnock. underrated, scandalous love life. vote dunnock");
        say(1, "08:00", fieldChat, tilly, "voted barn owl, sorry Ezra");
        say(2, "06:40", rareAlerts, gideon, "Hoopoe, Stanner Rocks car park, 06:30, showing well on the grass. "
                + "https://checklists.example/S20260407A");
        say(2, "09:00", fieldChat, colette, "thank you Gideon!! going after work");
        Post brown = say(3, "12:00", idHelp, tilly, "brown bird, streaky, at the feeder in Otley today, bigger than a "
                + "sparrow? https://img.example/tilly/brownbird.jpg");
        re(3, "12:30", ezra, brown, "female reed bunting, look at the moustache stripe. nice garden tick!");
        say(3, "12:40", idHelp, tilly, "OMG thank you, I'd never have got that");
        say(3, "18:00", photoCorner, arjun, "my first Bittern!! 3 hours in the hide for 4 seconds 😅 follow me on "
                + "insta @arjun.wings for more, would mean a lot https://img.example/arjun/bittern.jpg");
        say(4, "09:00", fieldChat, arjun, "@Maeve Coyle @Ezra Lindqvist could you both give my page a follow and "
                + "share my bittern reel? trying to hit 1k before the summer 🙏 https://photogram.example/arjun.wings");
        say(4, "09:30", fieldChat, ezra, "anyone been to Fairburn this week? wondering if the garganey are still there");
        say(4, "10:00", fieldChat, maeve, "were there Monday, pair on the main flash");
        say(5, "07:15", rareAlerts, gideon, "Garganey x2 (pair), Fairburn Ings main flash, 07:00. "
                + "https://checklists.example/S20260410B");
        say(6, "08:00", fieldChat, maeve, "vote closes tomorrow! dunnock is surging, Ezra's campaign is working");
        say(7, "20:00", fieldChat, maeve, "Bird of the Year: Barn Owl wins by 3 votes. dunnock a proud second 🦉");
        say(7, "20:10", fieldChat, ezra, "robbed");

        // Week 2: spring passage, Gideon finds everything.
        say(8, "06:30", rareAlerts, gideon, "Ring Ouzel, Ilkley Moor above the Cow and Calf, 06:15. "
                + "https://checklists.example/S20260413A");
        say(8, "17:40", rareAlerts, gideon, "Osprey north over Swillington Ings, 17:30. "
                + "https://checklists.example/S20260413B");
        say(9, "07:05", rareAlerts, gideon, "Wood Sandpiper, St Aidan's, 06:50, from the Lowther hide. "
                + "https://checklists.example/S20260414A");
        Post sleep = say(9, "19:30", fieldChat, tilly, "@Gideon Pike how do you find all these?? do you ever sleep");
        re(9, "20:00", gideon, sleep, "retired, insomniac, and a very patient wife 😂 mornings are everything in "
                + "April");
        say(10, "06:20", rareAlerts, gideon, "Pied Flycatcher singing, Strid Wood, 06:00. "
                + "https://checklists.example/S20260415A");
        Post lens = say(10, "12:00", fieldChat, arjun, "@Tilly Broadbent what were you using for the bunting pic? "
                + "looked sharp");
        re(10, "12:30", tilly, lens, "just my phone through my binoculars lol");
        say(10, "12:35", fieldChat, arjun, "no way?! that's better than half my camera shots");
        say(10, "19:00", rareAlerts, gideon, "Whimbrel x4, Fairburn, 18:45, flew west. "
                + "https://checklists.example/S20260415B");
        say(11, "07:30", rareAlerts, gideon, "Black-necked Grebe x2, Nosterfield, 07:15. "
                + "https://checklists.example/S20260416A");
        Post warbler = say(11, "13:00", idHelp, colette, "is this a chiffchaff or a willow warbler? "
                + "https://img.example/colette/warbler.jpg");
        re(11, "14:10", ezra, warbler, "dark legs and scrubby woodland, chiffchaff. the song is the real giveaway "
                + "though");
        say(11, "14:20", idHelp, colette, "thank you!");
        say(12, "06:10", rareAlerts, gideon, "Cuckoo calling, Ilkley Moor, 06:00. "
                + "https://checklists.example/S20260417A");
        say(12, "16:00", rareAlerts, gideon, "Little Gull, Eccup Reservoir, 15:45. "
                + "https://checklists.example/S20260417B");
        say(13, "07:20", rareAlerts, gideon, "Temminck's Stint, St Aidan's, 07:00, scope views only. "
                + "https://checklists.example/S20260418A");
        Post stint = say(13, "12:00", fieldChat, colette, "the stint!! thank you Gideon");
        re(13, "12:30", gideon, stint, "hope you connect, it was still there at 11");
        say(14, "06:45", rareAlerts, gideon, "Wryneck! Spurn, Kilnsea wetlands, 06:30. "
                + "https://checklists.example/S20260419A");

        // Week 3: Ezra away; Tilly's tit; Gideon answers for him.
        say(15, "18:00", fieldChat, ezra, "off to Scilly till Thursday, no signal on St Agnes. don't find anything "
                + "good while I'm gone");
        Post tit = say(16, "10:00", idHelp, tilly, "@Ezra Lindqvist is this a marsh tit or a willow tit? you said the "
                + "call is the only sure way but I only have a photo 😭 https://img.example/tilly/tit.jpg");
        re(16, "11:30", gideon, tit, "not Ezra but: pale spot at the base of the bill and a glossy cap, marsh tit. "
                + "willow tits are nearly gone round Otley sadly");
        say(16, "11:40", idHelp, tilly, "thank you Gideon!");
        say(17, "06:40", rareAlerts, gideon, "Red-rumped Swallow, Fairburn visitor centre, 06:30! "
                + "https://checklists.example/S20260422A");
        say(17, "08:00", fieldChat, colette, "thank you Gideon!!! 🏃‍♀️");
        re(19, "20:00", ezra, tit, "@Tilly Broadbent back! Gideon's spot on, marsh tit. the bib's small and neat too");
        say(19, "20:10", idHelp, tilly, "yay, thanks both");
        Post scilly = say(19, "21:00", photoCorner, ezra, "Scilly: 2 Hoopoes, a Woodchat Shrike and a lot of rain "
                + "https://img.example/ezra/woodchat.jpg");
        re(19, "21:30", arjun, scilly, "that shrike 😍");
        say(20, "09:00", photoCorner, arjun, "your shrike got me out of bed. Little Owl at dawn "
                + "https://img.example/arjun/littleowl.jpg");
        say(20, "09:20", photoCorner, maeve, "gorgeous light");
    }

    private void soapMakers() {
        // Week 1: the market rota; Yusuf's first batch; Maribel loves Kofi's lavender.
        say(1, "09:00", marketDays, birdie, "Hebden Makers Market is every Saturday from 11 April, pitches £15. stall "
                + "rota, put your name on the Saturdays you want: https://forms.example/hebden-makers-rota");
        say(1, "09:30", marketDays, delphine, "down for 11th and 18th");
        say(1, "09:40", marketDays, kofi, "11th, 18th, 25th. I live there now apparently");
        Post zappy = say(2, "20:00", lyeHelp, yusuf, "first batch ever, unmolded today and it's crumbly and zaps my "
                + "tongue?! what did I do");
        say(2, "20:05", lyeHelp, sven, "...did you lick your soap");
        say(2, "20:06", lyeHelp, yusuf, "the internet said to 😭");
        re(2, "20:30", sven, zappy, "zap = too much lye. run your recipe through a lye calculator again, I bet the "
                + "oils were weighed in ounces and the lye in grams or the other way round. don't use it, rebatch or "
                + "bin it");
        say(3, "07:50", lyeHelp, yusuf, "it was ounces. great, 2kg of caustic bricks 🙃 thanks Sven");
        say(3, "12:00", soapForSale, kofi, "Lavender & oat, shea & goat milk, charcoal & tea tree: £6 a bar, 3 for £15. "
                + "at Hebden on Saturdays or posted UK for £3.50 https://kofisoaps.example/shop");
        Post lactate = say(4, "16:00", soapPot, delphine, "@Kofi Asante what are you paying for sodium lactate now? my "
                + "supplier's gone up 30%");
        re(4, "16:30", kofi, lactate, "£11/kg from the bulk place in Bradford, want the link?");
        say(4, "16:35", soapPot, delphine, "yes pls");
        say(4, "16:40", soapPot, kofi, "https://bulkchem.example/sodium-lactate");
        say(6, "18:00", marketDays, birdie, "great first Saturday! 14 stalls, sunny, Kofi sold out of lavender by 1pm");
        say(6, "18:20", marketDays, delphine, "my best day since Christmas, the oatmeal & honey went fast");
        Post soldOut = say(6, "18:30", marketDays, maribel, "@Kofi Asante your lavender bar sold out before I got "
                + "there 😭 will you bring more next Saturday??");
        re(6, "19:15", kofi, soldOut, "I will! 20 more curing, ready by Friday 💜");

        // Week 2: Lorna's question to Delphine waits while the sellers talk shop.
        Post nuts = say(8, "10:00", soapPot, lorna, "@Delphine Marsh I bought two of your oatmeal & honey bars at "
                + "Hebden on Saturday, they're lovely. does that one have any nut oils in it? my son has a tree nut "
                + "allergy and I'd love to use it on him");
        Post pitch = say(8, "13:00", marketDays, delphine, "@Birdie Calloway can I have the pitch by the bridge this "
                + "week? the wind took my gazebo last time");
        re(8, "13:30", birdie, pitch, "yes, swap with Kofi, he won't mind");
        say(8, "14:00", marketDays, kofi, "all yours, I'll take the shady corner");
        Post rose = say(9, "19:00", lyeHelp, delphine, "why does my rose fragrance oil seize everything? had to glop it "
                + "into the mold last night");
        re(9, "19:30", sven, rose, "florals accelerate, it's not you. add it at thin trace, stick blend in short "
                + "bursts, or mix it into the oils first");
        say(9, "19:35", lyeHelp, delphine, "thin trace it is. thanks Sven");
        Post nudge = re(10, "09:00", lorna, nuts, "@Delphine Marsh sorry to nudge, just wondering about the nut oils? "
                + "🙏");
        re(10, "10:30", kofi, nudge, "@Lorna Pell not mine to answer, but shea butter comes from a tree nut, so check "
                + "the label for shea, sweet almond or macadamia. Delphine will know her recipe");
        say(10, "10:45", soapPot, lorna, "thanks Kofi, the label just says 'butters' 🤷‍♀️");
        Post kaolin = say(10, "20:00", soapPot, delphine, "anyone tried kaolin in a shaving soap? thinking of a men's "
                + "line for Father's Day");
        re(10, "20:20", birdie, kaolin, "yes, 1 tbsp ppo, gives great slip");
        say(10, "20:30", soapPot, kofi, "bentonite's nice too");
        say(11, "08:00", marketDays, delphine, "stall this Saturday: oatmeal & honey, rose, and a new coffee scrub bar "
                + "☕");
        Post back = say(11, "08:10", soapForSale, kofi, "Lavender is back! 20 bars, £6, at Hebden Sat or posted "
                + "https://kofisoaps.example/shop");
        re(11, "09:00", maribel, back, "@Kofi Asante saving one for me please!! 🙏");
        re(11, "09:20", kofi, back, "set aside, Maribel 💜");
        say(12, "12:00", soapPot, birdie, "Hebden Makers Market is shortlisted for Best Local Market in the Yorkshire "
                + "Post awards!! if you've enjoyed it, vote for us here, closes 30th: "
                + "https://awards.example/ypost-markets-2026");
        say(12, "12:20", soapPot, kofi, "voted!");
        say(12, "12:30", soapPot, sven, "done, go Birdie");
        say(13, "17:00", marketDays, delphine, "windy again but the bridge pitch held. sold 40 bars 🙌");

        // Week 3: Delphine answers at last.
        re(15, "09:00", delphine, nuts, "@Lorna Pell I'm so sorry, I completely missed this! the oatmeal & honey has "
                + "shea butter and no other nut oils. shea is usually fine with nut allergies but please check with "
                + "his doctor. I have a nut-free olive & oat bar, I'll bring one Saturday, on me");
        say(15, "09:30", soapPot, lorna, "oh that's so kind, thank you Delphine!!");
        say(16, "20:00", lyeHelp, yusuf, "batch 2: no zap, not crumbly, smells like a forest. Sven I owe you a bar");
        say(16, "20:10", lyeHelp, sven, "🙌 proud soap parent");
        say(17, "10:00", soapForSale, delphine, "Oatmeal & honey, rose, coffee scrub, olive & oat (nut-free): £5.50 a "
                + "bar. at Hebden on Saturdays, DM me for postage");
        say(18, "18:00", marketDays, birdie, "rota for May is up, same sheet: https://forms.example/hebden-makers-rota");
        Post castile = say(19, "11:00", lyeHelp, yusuf, "@Sven Aalto how long do I cure castile? everyone says "
                + "something different");
        re(19, "12:00", sven, castile, "6 months minimum if you want it hard. worth the wait");
    }

    private void mushrooms() {
        // Week 1: Pavel's first bag; Casper's plug on the answer and his code in the grow room.
        say(1, "10:00", tradingPost, casper, "FungiBox grow kits back in stock: oyster, lion's mane, chestnut. £28 "
                + "each, free UK shipping over £50 https://fungibox.example/kits");
        Post green = say(1, "19:00", contamHelp, pavel, "first ever bag, there's a green patch spreading at the top 😟 "
                + "https://img.example/pavel/bag1.jpg");
        re(1, "19:40", casper, green, "yeah that's trich, bin it outside, don't open it indoors. honestly this never "
                + "happens with my FungiBox kits, pre-sterilised, £28 → https://fungibox.example/kits");
        re(1, "20:30", anneliese, green, "sorry Pavel, classic trich. how did you sterilise the grain? pressure cooker "
                + "or steamer?");
        say(2, "08:00", contamHelp, pavel, "@Anneliese Krug steamer, 2 hours");
        say(2, "08:20", contamHelp, anneliese, "that's the problem, steaming doesn't kill endospores. you need 15 psi "
                + "for 90 min. no pressure cooker? go for pasteurised straw and oysters, much more forgiving");
        say(2, "08:30", contamHelp, pavel, "ahh ok. I have a big pot, straw it is");
        Post straw = say(3, "21:00", substrate, pavel, "straw question: hot water bath at 70°C, for how long?");
        re(3, "21:30", fenna, straw, "1 to 2 hours at 65-80°C. drain it well, squeeze test, only a drop or two");
        say(3, "21:45", substrate, pavel, "perfect, doing it saturday. will report back");
        say(4, "12:00", growRoom, rory, "why did the mushroom get invited to every party? because he's a fun guy. "
                + "I'll see myself out");
        say(4, "12:05", growRoom, odalys, "🙄🍄");
        say(4, "12:10", growRoom, fenna, "this joke is older than my oldest culture");
        say(5, "09:00", growRoom, casper, "FungiBox spring restock is live! 15% off with SPORE15 → "
                + "https://fungibox.example/kits");
        Post inoculated = say(6, "17:00", substrate, pavel, "straw done, inoculated with oyster spawn, bags in the "
                + "airing cupboard 🤞 https://img.example/pavel/straw.jpg");
        re(6, "17:30", anneliese, inoculated, "looks great. the airing cupboard might be too warm for oysters, aim "
                + "for 20-24°C");
        say(6, "17:40", substrate, pavel, "oh it's 27, moving them to the spare room then. thanks!");
        say(7, "10:00", growRoom, odalys, "blue oysters fruiting in the garage 💙 https://img.example/odalys/blues.jpg");
        say(7, "10:20", growRoom, anneliese, "beautiful clusters");

        // Week 2: Hugo, a happy customer; Odalys asks where to buy spawn.
        say(8, "10:00", tradingPost, casper, "lion's mane kits restocked, £28 https://fungibox.example/kits");
        Post pinning = say(8, "14:00", growRoom, hugo, "@Casper Vey got my lion's mane kit from you last week and "
                + "it's pinning already! how long till I harvest?");
        re(8, "16:30", casper, pinning, "amazing! usually 5-7 days from pins. harvest when the spines are ~1cm, "
                + "before it yellows 🙌");
        say(8, "16:45", growRoom, hugo, "🙏");
        Post spawn = say(9, "11:00", substrate, odalys, "where do you all buy grain spawn in the EU? my Dutch supplier "
                + "closed");
        re(9, "11:40", casper, spawn, "I sell rye spawn bags, €12/kg, and ship to the EU: "
                + "https://fungibox.example/spawn . Mycelia in Belgium is good too if you want a bigger lab");
        re(9, "12:00", anneliese, spawn, "+1 on Mycelia, or make your own from a liquid culture, happy to show you");
        say(9, "12:10", substrate, odalys, "thanks both! Anneliese yes please, let's do a call");
        Post fuzz = say(10, "19:00", contamHelp, rory, "is this cobweb or just fuzzy mycelium? genuinely asking this "
                + "time https://img.example/rory/fuzz.jpg");
        re(10, "19:20", fenna, fuzz, "mist it with peroxide: cobweb melts, mycelium doesn't. looks like healthy "
                + "aerial growth to me");
        say(10, "19:30", contamHelp, rory, "it didn't melt. phew");
        say(11, "18:00", dmCasper, hugo, "hey Casper, quick one: do you do the chestnut kit as a gift, with a card? "
                + "it's for my dad's birthday");
        say(11, "18:30", dmCasper, casper, "I do! £28 + £2 for the gift box, and I can write the card for you. want "
                + "me to set one aside?");
        say(11, "18:35", dmCasper, hugo, "yes please, paying now");
        say(12, "09:00", substrate, pavel, "first flush!!! 400g of pearl oysters off one bag "
                + "https://img.example/pavel/flush1.jpg");
        say(12, "09:15", substrate, anneliese, "🎉 told you straw was forgiving");
        say(12, "09:20", substrate, fenna, "🍄🍄🍄");
        Post kings = say(13, "20:00", substrate, odalys, "anyone grown king oysters below 18°C? mine keep aborting");

        // Week 3: Pavel gives back; Hugo's second flush.
        re(15, "08:00", pavel, kings, "mine are at 16-17 in the spare room and doing ok, but I upped the fresh air a "
                + "lot, pins aborted before that. my setup: https://img.example/pavel/kings.jpg");
        say(15, "09:00", substrate, odalys, "more FAE, got it. thanks Pavel!");
        Post dad = say(16, "14:00", growRoom, hugo, "@Casper Vey dad loved the chestnut kit 😄 second flush on the "
                + "lion's mane, should I soak the block?");
        re(16, "15:30", casper, dad, "glad he liked it! yes, soak 6-8 hours in cold water, then back in the tent");
        say(17, "10:00", tradingPost, casper, "oyster & chestnut kits £28, gift boxes now available "
                + "https://fungibox.example/kits");
        say(18, "19:00", growRoom, rory, "I've grown so attached to my lion's mane I can't eat it. I named it Gerald");
        say(18, "19:10", growRoom, odalys, "Gerald deserves better than a frying pan");
        say(18, "19:20", growRoom, fenna, "Gerald with butter and thyme though...");
    }

    private void groomers() {
        // Week 1: Juno's first solo doodle; Imogen introduces Pudding; Hank books Sade again.
        say(1, "09:00", salonTalk, bea, "Monday already. 3 doodles booked in before 10, pray for me");
        say(1, "09:10", salonTalk, tomasz, "🙏 matted doodles on a Monday should be illegal");
        Post solo = say(1, "09:30", salonTalk, juno, "I'm on my first solo doodle today at the salon, any tips??");
        re(1, "10:05", bea, solo, "line comb all the way to the skin before any blade. if it won't go through, it's a "
                + "shave-down and you tell the owner BEFORE, not after");
        say(1, "10:10", salonTalk, juno, "got it, thank you");
        Post pudding = say(2, "18:00", groomIntros, imogen, "hi all! new here 👋 we just got our first cockapoo, "
                + "Pudding, 12 weeks. I'm terrified of her first groom, she screams at the hairdryer");
        re(2, "18:20", bea, pudding, "welcome Imogen & Pudding! totally normal. ask your groomer about a puppy intro "
                + "visit: just a bath, a face tidy and lots of treats");
        re(2, "19:00", lyle, pudding, "welcome! puppy intro groom £30 with me, mobile van so I come to you, no scary "
                + "salon 🐶 DM me to book");
        say(2, "19:30", groomIntros, imogen, "thanks Bea, that makes me feel better 🥹");
        Post sitting = say(3, "14:00", trickyDogs, juno, "the doodle went ok but she kept sitting down during the back "
                + "legs. how do you all stop that without a hip strap?");
        re(3, "16:00", tomasz, sitting, "hand under the belly, lift slightly, and do the back legs last. sitting dogs "
                + "are tired dogs");
        say(3, "16:05", trickyDogs, juno, "last! that makes sense");
        Post bramble = say(4, "12:00", clientCorner, hank, "@Sade Ogun you did Bramble's cut in March, she looked "
                + "amazing 😍 any chance of a Saturday slot this month?");
        re(4, "12:40", sade, bramble, "Hank! so glad. Saturdays are full till May but I've got Sunday 19th at 9, want "
                + "it?");
        say(4, "12:50", clientCorner, hank, "yes please!");
        Post blades = say(5, "20:00", salonTalk, sade, "clipper blades: anyone resharpen their own or is that madness");
        re(5, "20:30", tomasz, blades, "madness. there's a guy in Leeds, £4 a blade, I'll dig out his number");
        say(5, "20:35", salonTalk, sade, "please 🙏");
        say(6, "09:00", salonTalk, tomasz, "@Sade Ogun the blade guy: https://bladesharp.example/leeds");
        say(6, "09:05", salonTalk, sade, "legend");

        // Week 2: Imogen asks for a mobile groomer; Bea's bite; Juno's nervous collie.
        Post mobile = say(8, "10:00", clientCorner, imogen, "does anyone do mobile grooms near Ilkley? Pudding hates "
                + "the car");
        re(8, "10:45", lyle, mobile, "I do Ilkley on Tuesdays. puppy intro is £30, full groom for a cockapoo £50. DM "
                + "me and I'll get her in");
        re(8, "11:00", sade, mobile, "Lyle covers Ilkley, I'm Otley side. either of us would go slow with her");
        say(8, "11:30", clientCorner, imogen, "thank you both! Lyle I'll DM you");
        Post bite = say(9, "15:00", trickyDogs, bea, "had a shih tzu bite through my glove today. muzzles for "
                + "clients' dogs: do you ask the owner first or just do it?");
        re(9, "15:40", juno, bite, "we ask at booking at our salon, it's on the form. owners take it better when "
                + "they're told up front");
        say(9, "16:00", trickyDogs, bea, "good shout, adding it to ours");
        Post generator = say(10, "19:00", salonTalk, lyle, "anyone else's van generator dying after 2 hours? mine's a "
                + "Honda, 4 years old");
        re(10, "19:30", tomasz, generator, "carb probably. or stale fuel. did you run it dry over winter?");
        say(10, "19:40", salonTalk, lyle, "nope 🤦 that's it then");
        Post ears = say(11, "11:00", clientCorner, hank, "Bramble's ears smell yeasty again, is that a vet thing or a "
                + "groomer thing?");
        re(11, "11:30", bea, ears, "vet thing, get it checked. we can keep the ear hair tidy after");
        say(12, "08:00", trickyDogs, juno, "@Tomasz Zieliński nervous collie this morning, shaking on the table, "
                + "what do you do?");
        say(12, "09:30", trickyDogs, tomasz, "stop, let her sniff the table, feed her on it. do the face last. some "
                + "days you send them home half done and that's ok");
        say(12, "09:40", trickyDogs, juno, "thank you ❤️");

        // Week 3.
        say(15, "10:00", groomIntros, imogen, "update: Pudding had her first groom with Lyle in the van, no screaming! "
                + "🐩 https://img.example/imogen/pudding.jpg");
        say(15, "10:20", groomIntros, lyle, "she was an angel, honestly");
        say(15, "10:30", groomIntros, bea, "look at that face!");
        say(16, "17:00", salonTalk, juno, "passed my level 3 practical today!!!");
        say(16, "17:10", salonTalk, bea, "👏👏👏");
        say(16, "17:15", salonTalk, tomasz, "next round's on Juno");
        Post sunday = say(17, "20:00", clientCorner, hank, "@Sade Ogun still on for Sunday 9am? and could you do a "
                + "tidy on the other dog too, Moss?");
        re(18, "08:00", sade, sunday, "yes and yes! Moss too, see you Sunday");
        Post brush = say(19, "13:00", trickyDogs, imogen, "Pudding bites the brush every time 🙃 normal?");
        re(19, "13:40", juno, brush, "totally normal for puppies! short sessions with a lick mat, 2 minutes a day");
        say(19, "13:50", trickyDogs, imogen, "trying that tonight, thank you!");
    }

    private void drummers() {
        // Week 1: Otto's weak hand; Tamsin looks for a teacher; Reggie's snare.
        say(1, "19:00", theKit, ciaran, "how many drummers does it take to change a lightbulb? none, they have a "
                + "machine for that now 🥁");
        say(1, "19:05", theKit, reggie, "ouch");
        say(1, "19:10", theKit, dario, "ahah, troppo vero");
        Post leftHand = say(2, "18:00", lessons, otto, "week 3 of learning. my left hand is useless on single strokes, "
                + "right is fine. normal?");
        re(2, "19:00", wes, leftHand, "totally normal. lead with the left for a month, slow, 60bpm, metronome. the weak "
                + "hand catches up faster than you think");
        say(2, "19:10", lessons, otto, "lead left, ok 👍");
        say(3, "12:00", gearTalk, reggie, "hot take: a coated Ambassador is all anyone needs on a snare");
        say(3, "12:20", gearTalk, dario, "no. Genera Dry 🫡");
        say(3, "12:30", gearTalk, reggie, "heresy");
        Post teacher = say(4, "20:00", lessons, tamsin, "anyone teach in Leeds? adult beginner, 41, finally doing it");
        re(4, "20:40", wes, teacher, "I do! studio in Headingley, £30 for 45 min, first one half price. DM me if you'd "
                + "like a slot");
        say(4, "21:00", lessons, tamsin, "oh perfect, DMing you");
        say(4, "21:30", dmWes, tamsin, "hi Wes! Tamsin from the server. Thursdays after 6 any good?");
        say(4, "21:50", dmWes, wes, "Thursday 6:30 works. the address is on my site "
                + "https://wesharrow.example/lessons , bring sticks if you have them, if not I've got spares");
        say(5, "08:00", dmWes, tamsin, "see you thursday!");
        say(5, "17:00", classifieds, reggie, "WTS Ludwig Supraphonic 14x5, 1980s, new heads, £220 collected in Leeds "
                + "or +£15 post");
        say(6, "10:00", gigs, ciaran, "open mic jam at the Chemic Tavern every Wednesday, house kit, just bring sticks "
                + "(and cymbals if you're fussy)");

        // Week 2: Nina's gig, in every room; Wes away recording.
        say(8, "20:00", theKit, nina, "my band Glass Harbour plays the Brudenell on Fri 17th!! tickets £8: "
                + "https://tix.example/glassharbour-apr17");
        say(8, "20:15", gigs, nina, "Glass Harbour, Brudenell, Fri 17th, doors 7:30, £8 "
                + "https://tix.example/glassharbour-apr17");
        Post wrecked = say(9, "18:00", lessons, nina, "practising the new set for my gig Friday, my hands are wrecked. "
                + "tickets still going https://tix.example/glassharbour-apr17");
        re(9, "18:30", wes, wrecked, "ice, and stop when it hurts, not after");
        say(10, "10:00", theKit, wes, "in the studio recording with a band till Sunday, slow replies from me");
        say(10, "19:00", gearTalk, nina, "debuting my new 20\" ride at the Brudenell on Friday, come hear it: "
                + "https://tix.example/glassharbour-apr17");
        say(10, "19:20", gearTalk, reggie, "which ride?");
        say(10, "19:25", gearTalk, nina, "K sweet, it's like butter");
        Post next = say(11, "17:00", lessons, otto, "@Wes Harrow left hand update: still slower but it doesn't flap "
                + "anymore! what next?");
        re(12, "13:00", dario, next, "not Wes but: paradiddles, slow. then accent the first note");
        say(12, "13:10", lessons, otto, "grazie Dario!");
        say(13, "11:00", classifieds, reggie, "Supra still available, £200 now");
        say(13, "11:30", theKit, reggie, "anyone want my Supra before it goes on ebay? £200 to you lot, it's in "
                + "#classifieds");
        re(14, "21:00", wes, next, "@Otto Fenwick back! Dario's right, paradiddles. then doubles, 60bpm again. proud "
                + "of you");
        say(14, "21:10", lessons, otto, "🥲");

        // Week 3.
        say(15, "10:00", gigs, nina, "thank you to everyone who came Friday!! 🥁 https://img.example/nina/brudenell.jpg");
        say(15, "10:20", gigs, ciaran, "you were brilliant. that ride really is butter");
        say(16, "19:00", lessons, wes, "two Tuesday slots free for May, adults or kids, £30/45min. DM me");
        Post pad = say(17, "12:00", gearTalk, tamsin, "Wes says I need a practice pad. any recommendations under £40?");
        re(17, "12:30", reggie, pad, "RealFeel, indestructible. £25ish");
        say(17, "12:40", gearTalk, tamsin, "ordered, thanks Reggie!");
        Post jam = say(18, "20:00", theKit, dario, "qualcuno... anyone in Leeds want to jam Sunday? I'm bass, need a "
                + "drummer");
        re(18, "20:30", ciaran, jam, "me! Chemic back room?");
        say(18, "20:35", theKit, dario, "perfetto");
        say(19, "10:00", theKit, otto, "played a full song along to a record for the first time. Back in Black, "
                + "badly. best day");
        say(19, "10:15", theKit, wes, "that's the one 🤘");
        say(19, "10:20", theKit, nina, "badly is how we all started");
    }
}
