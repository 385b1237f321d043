package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 49 (sealed): eight communities (indie mobile-app developers, a hair salon's own server, amateur
 * astronomers, freelance game-music composers, a community garden, personal trainers, vintage clothing resellers, a
 * language school's own server), over three ISO weeks (2027-W11 to W13), written and labelled by writer49 (session 34)
 * before any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-49.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes49Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 3, 15);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2027, 4, 5, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-49";

    // --- A. indie mobile-app developers ---
    private final String yard = cast.guild(761);
    private final Channel maGeneral = cast.channel(yard, "Shipyard Devs", "general",
            "indie mobile devs: shop talk, launches, rants", "ma-general.json");
    private final Channel maIntro = cast.channel(yard, "Shipyard Devs", "introductions",
            "new here? introduce yourself", "ma-introductions.json");
    private final Channel maBeta = cast.channel(yard, "Shipyard Devs", "beta-testers",
            "post your call for beta testers here: what you need and the sign-up link", "ma-beta-testers.json");
    private final Channel maHelp = cast.channel(yard, "Shipyard Devs", "help",
            "build errors, store review, SDK questions", "ma-help.json");
    private final Persona priya = cast.person("priya.builds", "Priya Castellano");
    private final Persona jonas = cast.person("jonas.ships", "Jonas Varga");
    private final Persona dmitri = cast.person("dmitri.s", "Dmitri Sokolov");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wrona");
    private final Persona helen = cast.person("helen.a", "Helen Achterberg");
    private final Persona lucas = cast.person("lucas.f", "Lucas Ferreira");
    private final Persona aiko = cast.person("aiko.s", "Aiko Shibata");

    // --- B. a hair salon's own server ---
    private final String salon = cast.guild(762);
    private final Role salonTeam = cast.role("Team", "#e91e63", 2);
    private final Channel hsNews = cast.channel(salon, "Studio Marisol", "announcements",
            "news and offers from Studio Marisol", "hs-announcements.json");
    private final Channel hsBooking = cast.channel(salon, "Studio Marisol", "booking-help",
            "questions about bookings, changes and cancellations: the team answers here", "hs-booking-help.json");
    private final Channel hsLooks = cast.channel(salon, "Studio Marisol", "looks",
            "show off your fresh cut or colour", "hs-looks.json");
    private final Channel hsGeneral = cast.channel(salon, "Studio Marisol", "general",
            "chat with the team and other clients", "hs-general.json");
    private final Persona marisol = cast.person("marisol.studio", "Marisol Quintero", salonTeam);
    private final Persona kwame = cast.person("kwame.cuts", "Kwame Asante", salonTeam);
    private final Persona ines = cast.person("ines.colour", "Ines Duarte", salonTeam);
    private final Persona rhiannon = cast.person("rhiannon.p", "Rhiannon Pryce");
    private final Persona delphine = cast.person("delphine.m", "Delphine Moreau");
    private final Persona tasha = cast.person("tasha.nails", "Tasha Okonjo");
    private final Persona georgie = cast.person("georgie.l", "Georgie Lamb");

    // --- C. amateur astronomers ---
    private final String sky = cast.guild(763);
    private final Channel asGeneral = cast.channel(sky, "Dark Sky Circle", "general",
            "clear skies chat", "as-general.json");
    private final Channel asLog = cast.channel(sky, "Dark Sky Circle", "observing-log",
            "one entry per session: what you saw, where, with what", "as-observing-log.json");
    private final Channel asHelp = cast.channel(sky, "Dark Sky Circle", "help",
            "gear and technique questions, beginners very welcome", "as-help.json");
    private final Channel asClassifieds = cast.channel(sky, "Dark Sky Circle", "classifieds",
            "buy, sell, swap astro gear: item, price, location", "as-classifieds.json");
    private final Persona margit = cast.person("margit.l", "Margit Lindqvist");
    private final Persona gordon = cast.person("gordon.b", "Gordon Blackwood");
    private final Persona ollie = cast.person("ollie.m", "Ollie Marsh");
    private final Persona felix = cast.person("felix.b", "Felix Brandt");
    private final Persona sunita = cast.person("sunita.r", "Sunita Rao");
    private final Persona bartek = cast.person("bartek.n", "Bartek Nowicki");
    private final Channel dmOllie = cast.dm(ollie, "as-dm-ollie.json");

    // --- D. freelance game-music composers ---
    private final String cue = cast.guild(764);
    private final Channel gmIntro = cast.channel(cue, "Cue & Loop", "introductions",
            "introduce yourself: who you are and what you're making", "gm-introductions.json");
    private final Channel gmGeneral = cast.channel(cue, "Cue & Loop", "general",
            "chat for game composers and the devs who hire them", "gm-general.json");
    private final Channel gmFeedback = cast.channel(cue, "Cue & Loop", "feedback",
            "post a track and ask for honest notes on the mix and the writing", "gm-feedback.json");
    private final Channel gmGigs = cast.channel(cue, "Cue & Loop", "gigs",
            "paid gigs: devs post jobs, composers post open slots", "gm-gigs.json");
    private final Persona anouk = cast.person("anouk.dv", "Anouk de Vries");
    private final Persona bram = cast.person("bram.o", "Bram Oyelaran");
    private final Persona wes = cast.person("wes.c", "Wes Calloway");
    private final Persona ruth = cast.person("ruth.k", "Ruth Kimani");
    private final Persona ilya = cast.person("ilya.p", "Ilya Petrov");
    private final Persona sol = cast.person("sol.n", "Sol Navarro");
    private final Persona mirela = cast.person("mirela.s", "Mirela Stan");
    private final Channel dmSol = cast.dm(sol, "gm-dm-sol.json");

    // --- E. a community garden (nobody sells) ---
    private final String garden = cast.guild(765);
    private final Channel cgGeneral = cast.channel(garden, "Alder Lane Garden", "general",
            "garden chat: what's growing, who's around", "cg-general.json");
    private final Channel cgPlot = cast.channel(garden, "Alder Lane Garden", "plot-help",
            "pests, soil, what's wrong with my plants", "cg-plot-help.json");
    private final Channel cgRota = cast.channel(garden, "Alder Lane Garden", "rota",
            "volunteer shifts: watering, compost, gate duty. sign up on the sheet", "cg-rota.json");
    private final Channel cgSwap = cast.channel(garden, "Alder Lane Garden", "seed-swap",
            "free seeds and seedlings, nothing for money", "cg-seed-swap.json");
    private final Persona hamid = cast.person("hamid.f", "Hamid Farouk");
    private final Persona bev = cast.person("bev.c", "Bev Cartwright");
    private final Persona lottie = cast.person("lottie.g", "Lottie Green");
    private final Persona emeka = cast.person("emeka.o", "Emeka Okoro");
    private final Persona pilar = cast.person("pilar.s", "Pilar Sanz");
    private final Persona dougie = cast.person("dougie.f", "Dougie Fraser");

    // --- F. personal trainers ---
    private final String reps = cast.guild(766);
    private final Channel ptIntro = cast.channel(reps, "Rep Range", "introductions",
            "say hello: who you train and where", "pt-introductions.json");
    private final Channel ptGeneral = cast.channel(reps, "Rep Range", "general",
            "trainers talking shop: programming, clients, the business side", "pt-general.json");
    private final Channel ptHelp = cast.channel(reps, "Rep Range", "programming-help",
            "training and injury questions, answered by trainers and members", "pt-programming-help.json");
    private final Channel ptFind = cast.channel(reps, "Rep Range", "find-a-trainer",
            "looking for a coach? post what you need; trainers reply with their rates", "pt-find-a-trainer.json");
    private final Persona brent = cast.person("brent.h", "Brent Haldane");
    private final Persona kiki = cast.person("kiki.lifts", "Kiki Amari");
    private final Persona noemi = cast.person("noemi.r", "Noemi Russo");
    private final Persona cal = cast.person("cal.w", "Cal Whitfield");
    private final Persona jess = cast.person("jess.t", "Jess Tran");
    private final Persona marcus = cast.person("marcus.o", "Marcus Obi");
    private final Persona dana = cast.person("dana.l", "Dana Leclerc");
    private final Channel dmDana = cast.dm(dana, "pt-dm-dana.json");

    // --- G. vintage clothing resellers ---
    private final String dead = cast.guild(767);
    private final Channel vcGeneral = cast.channel(dead, "Deadstock & Daydreams", "general",
            "vintage chat", "vc-general.json");
    private final Channel vcLegit = cast.channel(dead, "Deadstock & Daydreams", "legit-checks",
            "is it real? post tags, stitching, labels", "vc-legit-checks.json");
    private final Channel vcSales = cast.channel(dead, "Deadstock & Daydreams", "sales",
            "WTS / WTB: item, size, price, postage", "vc-sales.json");
    private final Channel vcHauls = cast.channel(dead, "Deadstock & Daydreams", "hauls",
            "show your thrift and car boot finds", "vc-hauls.json");
    private final Persona cleo = cast.person("cleo.b", "Cleo Baptiste");
    private final Persona ronan = cast.person("ronan.k", "Ronan Keogh");
    private final Persona yasmin = cast.person("yasmin.h", "Yasmin Haddadi");
    private final Persona pete = cast.person("pete.l", "Pete Lavelle");
    private final Persona mina = cast.person("mina.s", "Mina Sato");
    private final Persona theo = cast.person("theo.g", "Theo Grant");

    // --- H. a language school's own server ---
    private final String lingua = cast.guild(768);
    private final Role schoolStaff = cast.role("Staff", "#3498db", 2);
    private final Channel lsNews = cast.channel(lingua, "Casa Lingua", "announcements",
            "news from Casa Lingua: terms, courses, events", "ls-announcements.json");
    private final Channel lsHomework = cast.channel(lingua, "Casa Lingua", "homework-help",
            "stuck on homework? ask here, teachers answer", "ls-homework-help.json");
    private final Channel lsPractice = cast.channel(lingua, "Casa Lingua", "practice",
            "practise in the language you're learning: Spanish, French, German", "ls-practice.json");
    private final Channel lsGeneral = cast.channel(lingua, "Casa Lingua", "general",
            "chat for students and teachers", "ls-general.json");
    private final Persona carmen = cast.person("carmen.v", "Carmen Villalobos", schoolStaff);
    private final Persona anneke = cast.person("anneke.s", "Anneke Smit", schoolStaff);
    private final Persona yuki = cast.person("yuki.h", "Yuki Hayashi");
    private final Persona lars = cast.person("lars.e", "Lars Eriksen");
    private final Persona oskar = cast.person("oskar.b", "Oskar Brenner");
    private final Persona femi = cast.person("femi.a", "Femi Adeyemi");
    private final Persona nadia = cast.person("nadia.r", "Nadia Ruiz");

    private HeldOutScenes49Script() {
        super(new SceneIds(37200), FIRST_MONDAY, 21);
        apps();
        salon();
        astronomers();
        composers();
        garden();
        trainers();
        vintage();
        school();
    }

    private void apps() {
        // W11.
        Post aikoHi = say(1, "09:10", maIntro, aiko, "hi all! Aiko, solo dev in Osaka, building a habit tracker for "
                + "people who hate habit trackers. devlog here if you're curious: aikodev.example/log");
        re(1, "09:40", priya, aikoHi, "welcome Aiko! Helen's pinned store-review checklist in #help saved me weeks, "
                + "read it before you submit");
        re(1, "10:05", aiko, aikoHi, "ooh thank you, reading it now");
        Post call = say(1, "11:00", maBeta, priya, "Looking for 20 testers for Tidepool (offline-first notes, iOS + "
                + "Android). Two weeks, a short survey at the end, lifetime licence for your time. Sign up: "
                + "forms.example/tidepool-beta");
        call.react("🙌", lucas, aiko, helen);
        say(2, "08:30", maGeneral, jonas, "my new app Snapsort is out, it files your screenshots by itself. "
                + "half price for launch week: snapsort.example");
        Post signed = re(2, "12:15", lucas, call, "signed up! @Priya Castellano does the Android build need Play "
                + "Services? my test phone is de-googled");
        re(2, "12:50", priya, signed, "nope, runs fine without them, that's half the point 😄");
        Post rejected = say(3, "14:00", maHelp, helen, "store review rejected my calculator widget for 'minimum "
                + "functionality'. has anyone got past that one?");
        say(3, "14:40", maHelp, tomasz, "had it with a timer app. add a settings screen and a couple of widget "
                + "sizes, then explain in the review notes what it does that the stock one doesn't. I also have a "
                + "little script that notarizes and uploads in one go if your CI is slow");
        say(3, "14:55", maHelp, helen, "Tomasz you're a star, trying that tonight");
        re(4, "09:20", dmitri, rejected, "could you leave five stars for my app Pocket Tuner on the store? each "
                + "one counts for a tiny dev: tuner.example/app");
        say(4, "18:00", maGeneral, jonas, "Snapsort is still half price till Sunday, grab it before it goes back up: "
                + "snapsort.example");
        re(5, "10:30", dmitri, aikoHi, "welcome! would you mind rating Pocket Tuner on the store too? "
                + "tuner.example/app");
        say(5, "16:00", maBeta, priya, "12 of 20 places filled for Tidepool, thank you all! same sheet: "
                + "forms.example/tidepool-beta");
        Post approved = say(6, "11:00", maHelp, helen, "approved!! settings screen + notes did it");
        approved.react("🎉", tomasz, aiko, lucas);
        // W12.
        Post script = say(8, "10:00", maGeneral, helen, "@Tomasz Wrona could you share that notarize-and-upload "
                + "script you mentioned? my CI keeps timing out at that step");
        script.react("👀", lucas);
        Post gradle = say(9, "19:00", maHelp, lucas, "Android build broke after the gradle update: 'namespace not "
                + "specified'. tried cleaning, same error");
        re(9, "19:25", tomasz, gradle, "put namespace \"com.you.app\" inside android { } in the module's "
                + "build.gradle, the manifest package attribute doesn't count any more");
        re(9, "19:40", lucas, gradle, "that was it, thx");
        say(9, "20:00", maBeta, priya, "6 places left for the Tidepool beta, same sheet: "
                + "forms.example/tidepool-beta");
        Post labels = say(10, "13:00", maGeneral, jonas, "anyone read the new privacy label rules? they want "
                + "everything updated by May");
        re(10, "13:30", tomasz, labels, "yep, mine got flagged already. the analytics SDK counts as tracking now "
                + "even with ids off");
        re(10, "13:45", jonas, labels, "ugh. ok, ripping it out then");
        Post shipped = say(11, "21:00", maGeneral, aiko, "shipped 1.0 of the habit tracker 🎉 thank you to everyone "
                + "who tested it");
        shipped.react("🎉", priya, helen, lucas, jonas);
        re(11, "21:30", helen, shipped, "congrats!! what did you end up calling it?");
        re(11, "22:00", aiko, shipped, "Nudge Not Nag. long name, short app");
        say(12, "09:00", maGeneral, tomasz, "anyone going to the mobile meetup in Kraków next month?");
        // W13.
        Post closed = say(15, "09:30", maBeta, priya, "Tidepool beta is closed, thank you testers! full release "
                + "on the 12th");
        closed.react("❤️", lucas, aiko);
        Post offline = say(15, "15:00", maHelp, helen, "is there a sane way to test offline sync in the simulator? "
                + "airplane mode doesn't exist there");
        re(15, "15:20", aiko, offline, "Network Link Conditioner, 100% loss profile. works on the sim");
        re(15, "15:30", helen, offline, "perfect, thank you");
        re(16, "08:45", tomasz, script, "sorry Helen, this got buried! here it is: gist.example/tw/notarize-sh");
        re(16, "09:10", helen, script, "thank you!! CI time down from 40 min to 12");
        Post audio = say(17, "12:00", maHelp, lucas, "audio input level meter lags by about a second on iOS, "
                + "using AVAudioRecorder");
        re(17, "12:30", dmitri, audio, "use an AVAudioEngine tap instead, the recorder's metering is slow. I hit "
                + "the same thing in my tuner");
        re(17, "12:45", lucas, audio, "swapped it, instant now. cheers Dmitri");
        say(18, "18:00", maBeta, lucas, "Need 10 testers for Sprout (plant watering reminders, Android only), one "
                + "week: forms.example/sprout-beta. happy to test yours back!");
    }

    private void salon() {
        // W11.
        Post week = say(1, "09:00", hsNews, marisol, "Spring colour week: 20% off every colour service from 22 to "
                + "28 March. Book online: studiomarisol.example/book");
        week.react("😍", georgie, delphine);
        Post move = say(1, "10:30", hsBooking, delphine, "@Ines Duarte could I move my Thursday 3pm trim to "
                + "Friday? same time if there's room");
        re(1, "11:40", ines, move, "done! Friday 3pm, see you then x");
        re(1, "11:45", delphine, move, "you're the best");
        Post bob = say(2, "17:00", hsLooks, georgie, "fresh bob by Kwame ✂️ obsessed");
        bob.react("🔥", marisol, delphine, rhiannon);
        re(2, "17:30", kwame, bob, "you wore it out the door like a pro");
        say(3, "12:00", hsGeneral, tasha, "hiya! I do gel nails from home in Hove, £25 a set, DM me to book 💅");
        Post products = say(3, "15:00", hsGeneral, rhiannon, "does anyone know if the purple shampoo you use is sold "
                + "in the salon?");
        re(3, "16:10", marisol, products, "yes, we keep it at the desk, £14. ask whoever's on when you're in");
        say(4, "09:00", hsNews, marisol, "Reminder: colour week starts Monday, 20% off, a few slots left: "
                + "studiomarisol.example/book");
        say(5, "19:00", hsGeneral, tasha, "3 nail slots left this weekend, £25 gel, DM me");
        say(6, "18:00", hsGeneral, ines, "I'm on holiday from Monday till the 31st! Marisol and Kwame have my "
                + "clients covered 🌴");
        // W12.
        Post toner = say(8, "10:00", hsBooking, rhiannon, "@Kwame Asante you did my balayage in January, could I "
                + "book a toner with you before Easter? how much is one?");
        Post moved = say(9, "09:00", hsBooking, georgie, "@Ines Duarte is my Tuesday colour still on while you're "
                + "away?");
        re(9, "09:40", marisol, moved, "Georgie, Ines is away till the 31st so I've moved you to me, Tuesday same "
                + "time. hope that's ok!");
        re(9, "10:00", georgie, moved, "perfect, thanks Marisol");
        Post copper = say(9, "18:00", hsLooks, kwame, "copper melt from today, one of my favourites this year");
        copper.react("😍", georgie, delphine, marisol);
        Post trainers = say(10, "12:00", hsGeneral, georgie, "anyone watched the new hairdressing competition show? "
                + "the final was wild");
        re(10, "12:40", kwame, trainers, "the undercut one?? I shouted at the telly");
        say(10, "15:00", hsNews, marisol, "Colour week is on! A few Saturday slots left: "
                + "studiomarisol.example/book");
        re(11, "19:00", rhiannon, toner, "@Kwame Asante any chance? 🙏 happy with any weekday morning");
        Post gel = say(12, "11:00", hsGeneral, tasha, "do you lot prefer appointment reminders by text or email?");
        re(12, "11:30", delphine, gel, "text! I never open email");
        Post curls = say(13, "16:00", hsLooks, delphine, "curls after the new cut, no diffuser even");
        curls.react("😍", kwame, ines);
        // W13.
        re(15, "10:00", kwame, toner, "Rhiannon I'm so sorry, I missed this! toner is £45, I can do Wednesday 11am?");
        re(15, "10:20", rhiannon, toner, "perfect, book me in please");
        Post back = say(16, "09:00", hsGeneral, ines, "back from Lisbon! tanned, rested, ready for your roots");
        back.react("❤️", georgie, delphine, marisol);
        say(17, "09:00", hsNews, marisol, "Easter hours: closed Friday and Monday, open Saturday 9 till 4.");
        Post fringe = say(18, "14:00", hsBooking, georgie, "can I come in for a quick fringe trim, or do I need "
                + "to book?");
        re(18, "14:20", ines, fringe, "fringe trims are free and walk-in, pop by any time before 5");
        Post parking = say(19, "11:00", hsGeneral, delphine, "is the car park behind the salon free on Saturdays?");
        re(19, "11:30", marisol, parking, "free after 1pm, before that it's the meter, sorry!");
        Post tonerDone = say(17, "18:00", hsLooks, rhiannon, "toner by Kwame, the brass is GONE");
        tonerDone.react("😍", kwame, georgie);
        re(17, "18:30", georgie, tonerDone, "so cool and icy, love it");
    }

    private void astronomers() {
        // W11.
        Post m42 = say(1, "23:10", asLog, felix, "15 Mar, back garden, Bortle 5, 8\" dob: M42, the Trapezium's E "
                + "star popped at 200x. seeing 3/5");
        m42.react("✨", margit, sunita);
        joins(2, "18:00", asGeneral, ollie);
        Post donuts = say(2, "19:00", asHelp, ollie, "got a 130mm reflector for my birthday and all the stars look "
                + "like donuts?? what am I doing wrong");
        re(2, "19:20", margit, donuts, "that's defocus: rack the focuser in slowly on a bright star until the "
                + "donut shrinks to a point. if it never goes round, it's collimation, and I can walk you through it");
        re(2, "19:35", ollie, donuts, "thanks");
        re(2, "21:30", gordon, donuts, "or skip the fiddling altogether: my 80mm refractor never needs "
                + "collimating, £220 to you, dm me");
        at(3, "10:00").in(dmOllie).say(gordon, "hi Ollie, saw your post. refractor's still here, could do £200 for "
                + "you if you collect this week");
        at(3, "13:00").in(dmOllie).say(ollie, "thanks but I'll stick with this one for now");
        Post barlow = say(3, "12:00", asClassifieds, sunita, "FS: 2x Barlow, 1.25\", no scratches, £30 + postage, "
                + "Bristol");
        re(3, "20:00", bartek, barlow, "still there? I'll take it");
        re(3, "20:30", sunita, barlow, "yours, sending a DM with details");
        Post andromeda = say(4, "21:00", asHelp, ollie, "how do you actually find Andromeda? tried for an hour");
        re(4, "21:15", margit, andromeda, "star hop: from Mirach go up through the two fainter stars, it's the "
                + "smudge just past the second one. use your finder, not the main scope");
        re(4, "21:40", ollie, andromeda, "thanks!!");
        say(4, "23:30", asLog, felix, "18 Mar, dark site at Brecon, 8\" dob: M81/M82 in one field, Leo triplet, "
                + "M51 arms hinted. transparency superb");
        say(5, "11:00", asClassifieds, gordon, "FS: 80mm ED refractor with diagonal and rings, £240 ono, Leeds, "
                + "collection preferred");
        Post kielder = say(6, "10:00", asGeneral, bartek, "anyone going to the dark sky weekend at Kielder?");
        re(6, "10:30", margit, kielder, "booked! bringing the big binos");
        re(6, "11:00", bartek, kielder, "see you on the field then");
        // W12.
        Post planets = say(8, "20:00", asHelp, ollie, "what eyepiece for planets? Jupiter is a tiny white blob");
        re(8, "20:20", margit, planets, "your scope has 650mm focal length, so a 6mm gives ~110x. wait until "
                + "Jupiter is high, low down it always boils");
        re(8, "20:40", ollie, planets, "thanks");
        Post dew = say(9, "19:00", asHelp, sunita, "does anyone use a dew strip off a USB power bank? does it "
                + "last a night?");
        re(9, "19:40", bartek, dew, "mine runs about 5 hours on a 20000mAh bank on low");
        re(9, "19:45", sunita, dew, "perfect, ordering one");
        say(9, "23:00", asLog, felix, "23 Mar, back garden, 8\" dob: Jupiter, GRS transiting, Io shadow. seeing 4/5");
        Post finder = say(10, "21:00", asHelp, ollie, "my finder scope points somewhere totally different from the "
                + "main scope");
        re(10, "21:10", margit, finder, "align it in daylight on a far chimney: centre it in the main scope, then "
                + "turn the finder's screws until it matches");
        re(10, "21:30", ollie, finder, "ok thanks");
        say(11, "12:00", asGeneral, margit, "@Ollie Marsh how did your Orion session go at the weekend? would "
                + "love to see a sketch or a line in #observing-log");
        Post moon = say(12, "20:30", asHelp, ollie, "is a moon filter worth buying?");
        re(12, "20:50", margit, moon, "honestly, sunglasses over your eye do the same. save the money for a "
                + "better eyepiece");
        re(12, "21:10", ollie, moon, "thanks");
        say(13, "23:50", asLog, felix, "27 Mar, back garden: Venus crescent at dusk, then M3 resolved to the core");
        // W13.
        Post saturn = say(15, "22:00", asLog, ollie, "29 Mar, garden, 130mm: Saturn low in the west, RINGS at "
                + "100x!! found Andromeda on the first go. thanks @Margit Lindqvist for all the help, and sorry I "
                + "never answered about Orion, it was cloudy both nights");
        saturn.react("✨", margit, felix, sunita, bartek);
        re(15, "22:20", margit, saturn, "that first ring view! welcome to the habit");
        Post wtb = say(16, "09:00", asClassifieds, bartek, "WTB: 2\" diagonal, dielectric, up to £60, anywhere in "
                + "the UK");
        re(16, "12:00", gordon, wtb, "I have one, £55 posted, photos in DM");
        say(17, "10:00", asClassifieds, gordon, "80mm ED refractor still available, now £220, Leeds");
        Post eclipse = say(18, "09:00", asGeneral, sunita, "anyone planning for the August eclipse? thinking "
                + "northern Spain");
        re(18, "09:40", felix, eclipse, "Burgos, hotel booked since last year 😅");
        re(18, "10:00", bartek, eclipse, "same plan, we should meet up");
    }

    private void composers() {
        // W11.
        Post anoukHi = say(1, "10:00", gmIntro, anouk, "hey! Anouk, I write orchestral and chiptune hybrids for "
                + "small games. portfolio: anoukdv.example");
        re(1, "10:30", mirela, anoukHi, "welcome! love the 8-bit harp thing on your site");
        re(1, "11:00", anouk, anoukHi, "thank you!! it's a gameboy and a real harp, don't ask how");
        Post job = say(2, "09:00", gmGigs, ruth, "Hiring: 6 tracks for a cozy farming game, £1,800 total, "
                + "deadline June. reply with a portfolio link and two sentences about you");
        re(2, "10:00", anouk, job, "cozy is my favourite brief. anoukdv.example, I did the music for Pebble "
                + "Post last year");
        re(2, "11:30", ilya, job, "ilyapetrov.example/reel, folk instruments and soft synths, happy to do a "
                + "test loop");
        re(2, "12:00", ruth, job, "thanks both, will listen tonight");
        Post boss = say(3, "18:00", gmFeedback, mirela, "boss theme WIP. the low brass feels muddy and I can't "
                + "work out why, honest notes welcome: soundcloud.example/mirela/boss-wip");
        re(3, "19:00", bram, boss, "cut everything under 80Hz on the horns and let the low strings own that "
                + "space. also the timpani are fighting the bass drum on every downbeat");
        re(3, "19:30", mirela, boss, "oh that's exactly it, thank you");
        say(4, "14:00", gmGigs, ilya, "taking commissions again in April: 2 slots, short loops from £120, DM me");
        Post royalties = say(5, "16:00", gmGeneral, ruth, "question for composers: flat fee or a royalty share, "
                + "which do you actually prefer?");
        re(5, "16:30", anouk, royalties, "flat fee for anything under 10 tracks. royalties only if I trust the "
                + "dev to ship");
        re(5, "17:00", ilya, royalties, "flat fee plus keeping the soundtrack rights to sell on bandcamp");
        re(5, "17:20", ruth, royalties, "useful, thank you both");
        // W12.
        Post solHi = say(8, "11:00", gmIntro, sol, "hi, Sol here, solo dev on a roguelike called Ashfall. no "
                + "composer yet, just lurking to learn how this works");
        re(8, "11:30", wes, solHi, "welcome! I do roguelike soundtracks, £250 per track or a full OST package "
                + "deal, DM me 👀");
        re(8, "12:00", mirela, solHi, "welcome Sol! Ruth's post in #gigs is a good template for when you're ready");
        at(8, "19:00").in(dmSol).say(wes, "hey Sol, saw your intro. reel here: wescalloway.example. could do 8 "
                + "tracks for Ashfall for £1,200 if you book before April");
        at(9, "08:30").in(dmSol).say(sol, "thanks, but I'm not budgeting for music for a while yet");
        say(9, "10:00", gmGeneral, bram, "Big week for me. I finished my first full orchestral score, my biggest "
                + "project so far, and I recorded my own live strings for it in my flat. My mixing has come a long "
                + "way since last year and I'm really proud of where my sound is now.");
        say(10, "21:00", gmGeneral, bram, "Also my template finally loads in under a minute. I rebuilt my whole "
                + "setup, my samples live on my new SSD and I moved my reverbs to my second machine. I think my "
                + "workflow is twice as fast now and I can finally write when I have an idea.");
        say(12, "09:30", gmGeneral, bram, "And a stranger sent me a fan email about my jam game soundtrack! I still "
                + "can't believe someone I don't know listens to my music on my bandcamp. I'm going to frame it "
                + "honestly, my mum already asked me to print it.");
        Post strings = say(11, "15:00", gmGeneral, ilya, "anyone tried the new solo strings library everyone's "
                + "talking about?");
        re(11, "15:40", anouk, strings, "the violin legato is lovely, the cello is thin");
        // W13.
        Post chiptune = say(15, "17:00", gmFeedback, anouk, "chiptune battle loop for the farming game, does the "
                + "loop point click for you? soundcloud.example/anouk/battle-loop");
        re(15, "17:40", wes, chiptune, "tiny click at 0:47, zero-cross the end sample and it's gone");
        re(15, "18:00", anouk, chiptune, "fixed, thanks Wes!");
        say(16, "09:00", gmGigs, ruth, "Thanks everyone who applied, we've hired @Anouk de Vries! the listening "
                + "was a joy");
        Post templ = say(17, "12:00", gmGeneral, sol, "dumb question from a dev: how do you deliver music so it "
                + "loops in an engine? wav? ogg?");
        re(17, "12:30", bram, templ, "ogg with loop points in the metadata for Godot and Unity, or just a clean "
                + "wav cut on the bar line. ask your composer for stems too");
        re(17, "12:40", sol, templ, "super helpful, thanks Bram");
        re(17, "13:00", wes, templ, "+1, and put the BPM in the filename, future you will thank you");
    }

    private void garden() {
        // W11.
        Post rota = say(1, "08:00", cgRota, bev, "April watering shifts are up, add yourself: "
                + "sheets.example/alder-rota");
        rota.react("👍", lottie, emeka, pilar);
        say(2, "07:40", cgPlot, lottie, "something is eating my broad bean seedlings overnight, holes in every "
                + "leaf and slime on the path");
        say(2, "08:00", cgPlot, emeka, "slugs, almost certainly. go out with a torch around ten and you'll catch "
                + "them at it. beer traps or wool pellets round the stems");
        say(2, "08:15", cgPlot, lottie, "Emeka you're right, counted 14 last night 😱 beer traps going in");
        say(3, "10:00", cgSwap, pilar, "spare tomato seedlings (Gardener's Delight), ten of them, free to a good "
                + "home, they're on the bench by the shed");
        say(3, "12:00", cgGeneral, hamid, "compost bay 2 is ready to turn if anyone fancies a workout");
        say(4, "18:00", cgGeneral, dougie, "@Hamid Farouk which bay has the finished compost? want a few barrows "
                + "for my raised bed");
        say(5, "08:30", cgGeneral, hamid, "Morning all! Dougie: bay 3, the one under the blue tarp. help yourself");
        say(5, "09:00", cgGeneral, dougie, "cheers Hamid 👍");
        say(5, "17:00", cgRota, bev, "still 6 Tuesday slots empty, sheet's here: sheets.example/alder-rota");
        Post workday = say(6, "10:00", cgGeneral, bev, "Spring work day Saturday 27th, 10 till 2! Add yourself "
                + "so we know how much soup to make: forms.example/alder-workday");
        workday.react("👍", hamid, lottie, emeka, dougie);
        // W12.
        Post away = say(8, "09:00", cgGeneral, pilar, "I'm at my sister's in Valencia till the 29th, could "
                + "someone water my peas? plot 12 🙏");
        re(8, "09:30", lottie, away, "on it, enjoy the sun!");
        Post rust = say(9, "18:00", cgPlot, dougie, "@Pilar Sanz what did you use on your leeks for rust last year? "
                + "mine have orange spots");
        re(9, "19:00", bev, rust, "Dougie, Pilar's away till the 29th. I think she just cut off the bad leaves and "
                + "thinned them for air, no sprays");
        re(9, "19:20", dougie, rust, "thanks Bev, doing that");
        say(10, "17:00", cgRota, bev, "4 Tuesday slots left, same sheet: sheets.example/alder-rota");
        say(11, "12:00", cgGeneral, bev, "Work day this Saturday! if you haven't added yourself yet, the sheet is "
                + "here: forms.example/alder-workday");
        say(12, "10:00", cgGeneral, lottie, "@Hamid Farouk can I borrow the big wheelbarrow on Sunday? is it still "
                + "in your shed?");
        Post done = say(13, "15:00", cgGeneral, bev, "23 of us today and the new beds are in! thank you all 💚");
        done.react("❤️", hamid, lottie, emeka, dougie);
        re(13, "15:30", hamid, done, "great day. my back has filed a complaint");
        re(13, "15:40", emeka, done, "the soup was the best part");
        say(13, "17:00", cgSwap, hamid, "butternut squash seeds saved from last year, a whole envelope, free, "
                + "in the shed tin");
        // W13.
        Post backHome = say(15, "09:00", cgGeneral, pilar, "back! the peas survived, thank you Lottie 💚");
        backHome.react("🌿", lottie);
        Post rhubarb = say(16, "18:00", cgPlot, dougie, "my rhubarb has gone floppy and yellow, tried feeding it "
                + "and watering more, no change");
        re(16, "18:20", emeka, rhubarb, "could be crown rot or just too wet. these helped me: "
                + "gardenguides.example/rhubarb-crown-rot gardenguides.example/drainage-basics "
                + "gardenguides.example/dividing-rhubarb gardenguides.example/feeding-perennials");
        re(16, "18:40", dougie, rhubarb, "crown rot it is, mushy in the middle. dividing it this weekend");
        say(16, "19:00", cgGeneral, lottie, "never mind about the wheelbarrow, Emeka lent me his");
        say(17, "08:00", cgSwap, lottie, "spare nasturtium and calendula seeds, help yourselves from the tin");
        Post hedgehog = say(18, "07:30", cgGeneral, hamid, "hedgehog in the compost bay this morning! leave bay 1 "
                + "alone for a bit please");
        hedgehog.react("😍", lottie, bev, pilar, emeka, dougie);
        Post may = say(19, "09:00", cgRota, bev, "May watering shifts are up now, new sheet: "
                + "sheets.example/alder-rota-may");
        may.react("👍", lottie, dougie);
        Post spears = say(20, "08:00", cgGeneral, emeka, "first asparagus spears are up on plot 4!");
        spears.react("🌿", pilar, lottie);
        re(20, "08:30", pilar, spears, "three years of waiting, finally!");
    }

    private void trainers() {
        // W11.
        Post noemiHi = say(1, "09:00", ptIntro, noemi, "ciao! Noemi, strength coach in Bologna, mostly "
                + "powerlifting for women over 40");
        re(1, "10:00", marcus, noemiHi, "welcome Noemi! we need more of that in here");
        re(1, "10:30", noemi, noemiHi, "grazie Marcus!");
        Post fivek = say(2, "08:00", ptFind, jess, "looking for an online coach for my first 5k, total beginner, "
                + "£100 a month max. anyone?");
        re(2, "09:00", noemi, fivek, "I do running base plans online, £80 a month with a weekly check-in, happy "
                + "to chat first");
        re(2, "09:30", marcus, fivek, "£90 a month, weekly video call and a custom plan, DM me");
        re(2, "12:00", jess, fivek, "thanks both! will message you tonight");
        say(3, "11:00", ptGeneral, kiki, "new reel on hip hinge cues is up! please follow me on insta, it really "
                + "lifts a small coach 🙏 instagram.example/kikilifts");
        Post deload = say(4, "10:00", ptGeneral, noemi, "how often do you program deloads for older lifters? I do "
                + "every fourth week");
        re(4, "10:20", kiki, deload, "love this! would you give my page a follow as well? "
                + "instagram.example/kikilifts");
        re(4, "11:00", brent, deload, "every fourth or fifth, and I let them pick the week when life gets busy");
        re(4, "11:15", noemi, deload, "letting them pick is smart, stealing that");
        Post pullups = say(5, "18:00", ptHelp, cal, "stuck at 2 pull-ups for months. any progression that "
                + "actually works?");
        re(5, "18:10", marcus, pullups, "these four cover it: trainnotes.example/negatives "
                + "trainnotes.example/scap-pulls trainnotes.example/band-assist trainnotes.example/grease-the-groove");
        re(5, "18:40", cal, pullups, "legend, starting negatives tomorrow");
        // W12.
        Post stairs = say(8, "19:00", ptHelp, cal, "did negatives 3x this week, arms are toast. normal?");
        re(8, "19:30", brent, stairs, "normal for the first fortnight, keep it to twice a week and sleep more");
        re(8, "19:45", cal, stairs, "will do, thanks Brent");
        joins(9, "08:00", ptGeneral, dana);
        Post knee = say(9, "09:00", ptHelp, dana, "my knee hurts going down stairs since I started squatting, "
                + "tried resting it a week, no better");
        re(9, "09:40", noemi, knee, "get it looked at by a physio first. meanwhile try box squats to a height "
                + "that doesn't hurt and skip lunges");
        re(9, "10:00", dana, knee, "booked a physio for Thursday, thank you");
        at(9, "20:00").in(dmDana).say(brent, "hey Dana, saw your knee post. I run 1:1 rehab coaching online, "
                + "£45 a session, book here: brentfit.example/book");
        at(10, "08:00").in(dmDana).say(dana, "thanks, but my physio is on it");
        say(10, "12:00", ptGeneral, brent, "my 6-week shred program is out! founding-member rate till Sunday: "
                + "brentfit.example/shred");
        Post ghost = say(11, "14:00", ptGeneral, kiki, "how do you all handle clients who vanish after the "
                + "second week?");
        re(11, "14:30", noemi, ghost, "a check-in message on day 10, before they drift. works for most");
        re(11, "14:45", kiki, ghost, "ooh good timing idea, thank you");
        say(12, "17:00", ptGeneral, brent, "last 2 days of the founding-member rate on the shred program: "
                + "brentfit.example/shred");
        // W13.
        Post lyon = say(15, "10:00", ptFind, dana, "physio says I can train again! looking for an in-person coach "
                + "in Lyon, knees first");
        re(15, "10:30", noemi, lyon, "not in Lyon sorry, but @Marcus Obi trained there for years?");
        re(15, "11:00", marcus, lyon, "my old colleague Claire Dubois coaches in Lyon, rehab background: "
                + "clairedubois-coach.example");
        re(15, "11:20", dana, lyon, "thank you both, emailing her");
        Post ghosting = say(16, "09:00", ptGeneral, noemi, "@Brent Haldane how do you price packages, per "
                + "session or monthly?");
        re(16, "09:30", brent, ghosting, "monthly, always. per session makes people count and cancel");
        re(16, "09:40", noemi, ghosting, "makes sense, thanks");
        Post form = say(17, "19:00", ptHelp, cal, "3 full pull-ups today!!");
        form.react("🔥", marcus, brent, noemi, kiki);
        re(17, "19:20", kiki, form, "huge!! negatives never fail");
    }

    private void vintage() {
        // W11.
        say(1, "10:00", vcSales, cleo, "WTS: 90s trucker jacket, light wash, M, £65 + postage: "
                + "cleovintage.example/trucker-m");
        Post harrington = say(1, "14:00", vcLegit, mina, "is this Harrington real? the collar label looks off to "
                + "me, tag photos attached");
        re(1, "14:30", ronan, harrington, "looks right, the 80s ones had that wonky label. stitching is correct too");
        re(1, "14:45", mina, harrington, "phew, thank you!");
        Post boot = say(2, "17:00", vcHauls, yasmin, "car boot haul! £12 for the lot, the silk scarf alone made "
                + "my day");
        boot.react("😍", mina, cleo, theo);
        say(3, "11:00", vcSales, ronan, "WTS: 70s suede fringe jacket, S, £80 + P&P: ronanvintage.example/fringe-s");
        say(3, "11:10", vcGeneral, ronan, "new drop, 70s suede fringe, £80: ronanvintage.example/fringe-s");
        say(3, "11:25", vcHauls, ronan, "just listed this beauty: ronanvintage.example/fringe-s");
        Post zip = say(4, "09:00", vcLegit, pete, "@Cleo Baptiste bought the chore coat off you last month, the zip's "
                + "stuck halfway, any tips? don't want to force it");
        say(5, "12:00", vcSales, cleo, "WTS: Fair Isle knit, L, £40 + postage, no holes");
        Post kilo = say(6, "10:00", vcGeneral, yasmin, "anyone been to the kilo sale in Brighton? worth the trip?");
        re(6, "10:45", cleo, kilo, "yes! go early, the good denim is gone by 11");
        re(6, "11:00", yasmin, kilo, "noted, alarm set 😅");
        // W12.
        Post bedale = say(8, "15:00", vcLegit, theo, "Bedale, seller says 1987, tags in the photos, legit?");
        re(8, "15:30", cleo, bedale, "two-crest tag and the brass zip say late 80s, yes");
        re(8, "15:40", mina, bedale, "agree, the corduroy collar wear looks right too");
        re(8, "16:00", theo, bedale, "thanks both, buying it");
        re(9, "10:00", cleo, zip, "Pete I'm so sorry, missed this! rub a graphite pencil along the teeth, then ease "
                + "it, works every time");
        re(9, "12:00", pete, zip, "worked!! thank you");
        Post scarf = say(10, "18:00", vcHauls, mina, "charity shop check scarf, £6?? legit-checked by Theo 🙏");
        scarf.react("🔥", yasmin, theo, pete);
        say(11, "09:00", vcSales, theo, "WTB: 90s football shirts, M, up to £30 each");
        // W13.
        Post slow = say(15, "13:00", vcGeneral, ronan, "anyone else's sales slow this month or is it just me?");
        re(15, "13:30", cleo, slow, "slow here too, end of the tax year, people hold off");
        re(15, "14:00", yasmin, slow, "buying less myself tbh, saving for a trip");
        say(16, "10:00", vcSales, yasmin, "WTS: 60s mod shift dress, UK 10, £45 + postage, DM me");
        Post bomber = say(17, "16:00", vcLegit, pete, "MA-1 bomber, label says 1992, is the orange lining right?");
        re(17, "16:40", ronan, bomber, "yes, orange reversible lining is correct for that year, check the zip "
                + "brand too");
        re(17, "17:00", pete, bomber, "zip checks out, thanks Ronan");
        Post pricing = say(12, "19:00", vcGeneral, theo, "how do you lot price 90s football shirts? no idea what's "
                + "fair");
        re(12, "19:30", ronan, pricing, "check sold listings, not asking prices. club and condition matter more "
                + "than the year");
        re(12, "19:45", theo, pricing, "sold listings, good shout, cheers");
        Post cords = say(18, "12:00", vcHauls, mina, "70s cords from the hospice shop, £4, perfect fit first try");
        cords.react("🔥", yasmin, cleo);
    }

    private void school() {
        // W11.
        Post term = say(1, "08:00", lsNews, carmen, "Spring term starts today! Timetable is pinned. Book the "
                + "summer intensive before 31 March for the lower fee: casalingua.example/summer");
        term.react("🎉", yuki, femi, nadia);
        say(2, "21:00", lsHomework, yuki, "@Carmen Villalobos in exercise 4, why is it 'fuera' and not 'fue'?");
        say(3, "08:30", lsHomework, carmen, "¡Buenos días! Yuki: 'si' plus an imagined past takes the imperfect "
                + "subjunctive, so 'si fuera', never 'si fue' there");
        say(3, "09:00", lsHomework, yuki, "ahh that makes sense, gracias!");
        Post market = say(2, "18:00", lsPractice, femi, "Hola a todos! ayer fui al mercado y compré muchas "
                + "naranjas");
        re(2, "18:30", nadia, market, "¡Qué bien! ¿Y qué cocinaste con tantas naranjas?");
        re(2, "19:00", femi, market, "un pastel, pero se quemo un poco 😅");
        say(4, "12:00", lsGeneral, oskar, "I tutor German on the side, €15 an hour online, DM me if you want "
                + "extra practice");
        Post weekend = say(5, "17:00", lsPractice, nadia, "Bonjour! Ce weekend je vais à la mer avec mes amis, "
                + "et vous?");
        re(5, "17:40", yuki, weekend, "je reste a la maison et je fais mes devoirs 😭");
        say(5, "20:00", lsGeneral, oskar, "still 2 slots this week for German tutoring, €15, DM me");
        say(6, "09:00", lsNews, carmen, "Reminder: the lower summer intensive fee ends 31 March: "
                + "casalingua.example/summer");
        // W12.
        say(8, "10:00", lsGeneral, lars, "@Anneke Smit can I switch from the Tuesday to the Thursday German group? "
                + "my work hours changed");
        say(9, "09:00", lsNews, anneke, "German B1 mock exam on Saturday 3 April, 10:00 in room 2. Bring a pen and "
                + "your student card.");
        Post dativ = say(10, "19:00", lsHomework, femi, "why is it 'mit dem Auto' and not 'mit das Auto'?");
        re(10, "19:30", anneke, dativ, "'mit' always takes the dative, so das becomes dem. mit, nach, aus, zu, "
                + "von, bei, seit: all dative");
        re(10, "19:45", femi, dativ, "danke!! making a flashcard");
        Post who = say(11, "12:00", lsGeneral, lars, "does anyone know who handles group changes?");
        re(11, "12:30", yuki, who, "Anneke does I think, she did mine last term");
        Post nerves = say(12, "20:00", lsGeneral, oskar, "anyone else nervous for the mock exam? my listening is "
                + "a disaster");
        re(12, "20:30", nadia, nerves, "the podcast in slow German helped me a lot, the pinned one in practice");
        re(12, "20:45", oskar, nerves, "trying it tonight, danke");
        Post paris = say(13, "11:00", lsPractice, nadia, "J'ai trouvé un stage à Paris pour l'été!!");
        re(13, "11:30", femi, paris, "Félicitations!! c'est génial");
        // W13.
        say(15, "09:00", lsGeneral, anneke, "Lars, so sorry, I missed your message! Yes, you're in the Thursday "
                + "group from this week.");
        say(15, "09:20", lsGeneral, lars, "danke Anneke!");
        say(16, "08:00", lsNews, carmen, "Tomorrow is the last day for the lower summer intensive fee: "
                + "casalingua.example/summer");
        Post subj = say(17, "18:00", lsHomework, femi, "is 'quiero que vienes' wrong?");
        re(17, "18:40", carmen, subj, "yes: after 'quiero que' you need the subjunctive, 'quiero que vengas'");
        re(17, "19:00", femi, subj, "ahh the subjunctive again, gracias Carmen");
        Post mock = say(20, "13:00", lsGeneral, oskar, "mock exam done! listening went fine thanks to Nadia's "
                + "podcast tip");
        mock.react("🎉", nadia, anneke, lars);
        Post wetter = say(10, "17:00", lsPractice, yuki, "Heute ist das Wetter sehr schlect, ich bleibe zu Hause");
        re(10, "17:30", femi, wetter, "schlecht* 😄 hier auch, es regnet den ganzen Tag");
        Post passe = say(18, "19:00", lsHomework, nadia, "when do I use passé composé vs imparfait? I always "
                + "guess");
        re(19, "09:00", carmen, passe, "imparfait sets the scene or repeats, passé composé is the event that "
                + "happened once. 'il pleuvait quand je suis arrivée'");
        re(19, "09:30", nadia, passe, "that example makes it click, merci!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes49Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 49");
    }
}
