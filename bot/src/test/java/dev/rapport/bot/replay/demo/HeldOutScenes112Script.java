package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 112 (sealed): eight communities of film, television and screen production, of kinds no earlier round
 * used (freelance camera-department crew, focus pullers, camera assistants and DITs, with a crew-call board where a
 * drama coordinator and a commercials production manager post dates and a focus puller who hires out his own lens set,
 * a camera and lighting rental house's own server, Brightwater Camera &amp; Lighting Hire, with its Staff and Customers
 * and a student's DM to the hire desk, a Bristol collective of no-budget short-film makers where nobody sells, location
 * scouts and managers with a room where productions ask and a farm owner among them, and a scout who runs a location
 * library and spends two weeks in the productions' room speaking only to fellow scouts, documentary-festival volunteers
 * where nobody sells but a wedding videographer turns up and sends a DM, film editors and colourists with a room where
 * directors ask, a for-hire room and a LUT-pack seller among them, a film school's alumni with a script-coverage seller
 * whose customer waits, and location sound recordists and boom operators with a kit-for-sale room, a used-kit dealer, a
 * radio-mic repairer and a boom operator who makes videos), over three ISO weeks (2032-W06 to W08, February), written
 * and labelled by writer112 (session 56) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-112.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes112Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2032, 2, 2);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2032, 2, 23, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-112";
    private static final int BASE = 87600;

    // --- A. freelance camera-department crew ---
    private final String ff = cast.guild(1401);
    private final Channel ffCalls = cast.channel(ff, "Focus & Follow: Camera Crew North", "crew-calls",
            "production managers and coordinators post shoot dates; crew reply if they're free", "ff-crew-calls.json");
    private final Channel ffKit = cast.channel(ff, "Focus & Follow: Camera Crew North", "kit-talk",
            "cameras, lenses, follow focus, monitors, carts", "ff-kit-talk.json");
    private final Channel ffTrainees = cast.channel(ff, "Focus & Follow: Camera Crew North", "trainees-ask",
            "camera trainees and loaders ask; anyone who has done the job answers", "ff-trainees-ask.json");
    private final Channel ffLounge = cast.channel(ff, "Focus & Follow: Camera Crew North", "camera-lounge",
            "the camera department among ourselves: jobs, pay, knees", "ff-camera-lounge.json");
    private final Persona callum = cast.person("callum.ferris", "Callum Ferris");
    private final Persona aisha = cast.person("aisha.rahman", "Aisha Rahman");
    private final Persona declan = cast.person("declan.murtagh", "Declan Murtagh");
    private final Persona priti = cast.person("priti.solanki", "Priti Solanki");
    private final Persona gemma = cast.person("gemma.thornbury", "Gemma Thornbury");
    private final Persona oskar = cast.person("oskar.lindqvist", "Oskar Lindqvist");
    private final Persona rhys = cast.person("rhys.pritchard", "Rhys Pritchard");
    private final Persona tomasz = cast.person("tomasz.wrobel", "Tomasz Wróbel");

    // --- B. a camera and lighting rental house's own server ---
    private final String bw = cast.guild(1402);
    private final Role staff = cast.role("Staff", "#e67e22", 2);
    private final Role customer = cast.role("Customer", "#95a5a6", 1);
    private final Channel bwNews = cast.channel(bw, "Brightwater Camera & Lighting Hire", "announcements",
            "news from the Brightwater team: new kit, opening hours, offers", "bw-announcements.json");
    private final Channel bwDesk = cast.channel(bw, "Brightwater Camera & Lighting Hire", "hire-desk",
            "customers: quotes, bookings, collections and returns; the staff answer", "bw-hire-desk.json");
    private final Channel bwSupport = cast.channel(bw, "Brightwater Camera & Lighting Hire", "on-set-support",
            "something not working on set? ask here; staff and other customers help", "bw-on-set-support.json");
    private final Channel bwGeneral = cast.channel(bw, "Brightwater Camera & Lighting Hire", "general",
            "chat for everyone who hires from us", "bw-general.json");
    private final Persona nadia = cast.person("nadia.petrov", "Nadia Petrov", staff);
    private final Persona tamsin = cast.person("tamsin.okoro", "Tamsin Okoro", staff);
    private final Persona luke = cast.person("luke.brannigan", "Luke Brannigan", staff);
    private final Persona ravi = cast.person("ravi.chandran", "Ravi Chandran", customer);
    private final Persona keira = cast.person("keira.ashcroft", "Keira Ashcroft", customer);
    private final Persona benedikt = cast.person("benedikt.hofer", "Benedikt Hofer", customer);
    private final Persona jonah = cast.person("jonah.whitlock", "Jonah Whitlock");
    private final Channel bwDmKeira = cast.dm(keira, "dm-keira-ashcroft.json");

    // --- C. no-budget short-film makers (nobody sells) ---
    private final String ss = cast.guild(1403);
    private final Channel ssGeneral = cast.channel(ss, "Saturday Shorts Collective", "general",
            "introduce yourself and chat about anything", "ss-general.json");
    private final Channel ssNotes = cast.channel(ss, "Saturday Shorts Collective", "script-notes",
            "share a draft, give notes on other people's", "ss-script-notes.json");
    private final Channel ssShoots = cast.channel(ss, "Saturday Shorts Collective", "shoot-days",
            "crew each other's shoots: post your dates and what you need", "ss-shoot-days.json");
    private final Channel ssScreenings = cast.channel(ss, "Saturday Shorts Collective", "screenings",
            "finished films, festival news, watch parties", "ss-screenings.json");
    private final Persona morwenna = cast.person("morwenna.treloar", "Morwenna Treloar");
    private final Persona femi = cast.person("femi.adeyemi", "Femi Adeyemi");
    private final Persona kasia = cast.person("kasia.zielinska", "Kasia Zielińska");
    private final Persona tobias = cast.person("tobias.grunewald", "Tobias Grünewald");
    private final Persona lorcan = cast.person("lorcan.breslin", "Lorcan Breslin");
    private final Persona sana = cast.person("sana.mirza", "Sana Mirza");

    // --- D. location scouts and managers ---
    private final String ls = cast.guild(1404);
    private final Channel lsAsk = cast.channel(ls, "Location Scouts Network North", "productions-ask",
            "producers and coordinators ask for locations, permits and contacts; scouts answer",
            "ls-productions-ask.json");
    private final Channel lsLounge = cast.channel(ls, "Location Scouts Network North", "scout-lounge",
            "location scouts and managers among ourselves: rates, recces, gripes", "ls-scout-lounge.json");
    private final Channel lsPermits = cast.channel(ls, "Location Scouts Network North", "permits-and-councils",
            "filming permits, council film offices, parking suspensions", "ls-permits-and-councils.json");
    private final Channel lsOwners = cast.channel(ls, "Location Scouts Network North", "property-owners",
            "owners who'd like their home, farm or business used for filming ask here", "ls-property-owners.json");
    private final Persona imogen = cast.person("imogen.faulkner", "Imogen Faulkner");
    private final Persona hamish = cast.person("hamish.drummond", "Hamish Drummond");
    private final Persona sunita = cast.person("sunita.bhatt", "Sunita Bhatt");
    private final Persona ewan = cast.person("ewan.callaghan", "Ewan Callaghan");
    private final Persona marcus = cast.person("marcus.oyelaran", "Marcus Oyelaran");
    private final Persona freya = cast.person("freya.lindholm", "Freya Lindholm");
    private final Persona gordon = cast.person("gordon.pickering", "Gordon Pickering");

    // --- E. documentary-festival volunteers (nobody sells) ---
    private final String kb = cast.guild(1405);
    private final Role coordinator = cast.role("Coordinator", "#2ecc71", 1);
    private final Channel kbRota = cast.channel(kb, "Kestrel Bay Doc Fest Volunteers", "rota",
            "volunteer shift sign-up and swaps", "kb-rota.json");
    private final Channel kbAsk = cast.channel(kb, "Kestrel Bay Doc Fest Volunteers", "volunteer-questions",
            "ask anything about volunteering at the festival", "kb-volunteer-questions.json");
    private final Channel kbGeneral = cast.channel(kb, "Kestrel Bay Doc Fest Volunteers", "general",
            "chat between volunteers", "kb-general.json");
    private final Channel kbFilms = cast.channel(kb, "Kestrel Bay Doc Fest Volunteers", "films-we-loved",
            "talk about documentaries you've watched, in the festival or not", "kb-films-we-loved.json");
    private final Persona bethany = cast.person("bethany.coles", "Bethany Coles", coordinator);
    private final Persona arjun = cast.person("arjun.nair", "Arjun Nair");
    private final Persona cerys = cast.person("cerys.howell", "Cerys Howell");
    private final Persona malcolm = cast.person("malcolm.dunbar", "Malcolm Dunbar");
    private final Persona zofia = cast.person("zofia.brzezinska", "Zofia Brzezińska");
    private final Persona tariq = cast.person("tariq.hussain", "Tariq Hussain");
    private final Channel kbDmZofia = cast.dm(zofia, "dm-zofia-brzezinska.json");

    // --- F. film editors and colourists ---
    private final String cr = cast.guild(1406);
    private final Channel crAsk = cast.channel(cr, "Cutting Room: Editors & Colourists", "directors-ask",
            "directors and producers ask about editing, grading and post budgets; anyone answers",
            "cr-directors-ask.json");
    private final Channel crCutting = cast.channel(cr, "Cutting Room: Editors & Colourists", "cutting-room",
            "editors and assistant editors among ourselves: NLEs, workflows, the job", "cr-cutting-room.json");
    private final Channel crGrade = cast.channel(cr, "Cutting Room: Editors & Colourists", "grade-corner",
            "colour grading: looks, monitors, conform, LUTs", "cr-grade-corner.json");
    private final Channel crHire = cast.channel(cr, "Cutting Room: Editors & Colourists", "for-hire",
            "post your availability and rates here", "cr-for-hire.json");
    private final Persona vivienne = cast.person("vivienne.achebe", "Vivienne Achebe");
    private final Persona niall = cast.person("niall.brennan", "Niall Brennan");
    private final Persona chiara = cast.person("chiara.benedetti", "Chiara Benedetti");
    private final Persona dominic = cast.person("dominic.varga", "Dominic Varga");
    private final Persona esther = cast.person("esther.kowalczyk", "Esther Kowalczyk");
    private final Persona ruairi = cast.person("ruairi.tennant", "Ruairi Tennant");

    // --- G. a film school's alumni ---
    private final String nb = cast.guild(1407);
    private final Role alumniOffice = cast.role("Alumni Office", "#3498db", 1);
    private final Channel nbGeneral = cast.channel(nb, "Northbridge Film School Alumni", "general",
            "chat for graduates and final-year students", "nb-general.json");
    private final Channel nbAsk = cast.channel(nb, "Northbridge Film School Alumni", "ask-the-alumni",
            "students and new graduates ask; alumni answer", "nb-ask-the-alumni.json");
    private final Channel nbJobs = cast.channel(nb, "Northbridge Film School Alumni", "jobs-and-gigs",
            "paid work and openings in film and TV, with the link to apply", "nb-jobs-and-gigs.json");
    private final Channel nbNews = cast.channel(nb, "Northbridge Film School Alumni", "alumni-news",
            "share your news: films, festivals, new jobs", "nb-alumni-news.json");
    private final Persona barnaby = cast.person("barnaby.quinlan", "Barnaby Quinlan", alumniOffice);
    private final Persona leanne = cast.person("leanne.whitaker", "Leanne Whitaker");
    private final Persona mateus = cast.person("mateus.cardoso", "Mateus Cardoso");
    private final Persona hannah = cast.person("hannah.lefevre", "Hannah Lefèvre");
    private final Persona zainab = cast.person("zainab.osei", "Zainab Osei");
    private final Persona ollie = cast.person("ollie.pendleton", "Ollie Pendleton");
    private final Persona idris = cast.person("idris.bello", "Idris Bello");

    // --- H. location sound recordists and boom operators ---
    private final String so = cast.guild(1408);
    private final Channel soHelp = cast.channel(so, "Location Sound Collective", "on-set-help",
            "problems on set: noise, radio mics, timecode; anyone answers", "so-on-set-help.json");
    private final Channel soSale = cast.channel(so, "Location Sound Collective", "kit-for-sale",
            "members sell and buy used sound kit; say the price", "so-kit-for-sale.json");
    private final Channel soLounge = cast.channel(so, "Location Sound Collective", "mixers-lounge",
            "sound people among ourselves", "so-mixers-lounge.json");
    private final Channel soAsk = cast.channel(so, "Location Sound Collective", "productions-ask",
            "producers ask about hiring sound crew and what to budget", "so-productions-ask.json");
    private final Persona gethin = cast.person("gethin.morgan", "Gethin Morgan");
    private final Persona noor = cast.person("noor.siddiqui", "Noor Siddiqui");
    private final Persona kieran = cast.person("kieran.moffat", "Kieran Moffat");
    private final Persona marek = cast.person("marek.dvorak", "Marek Dvořák");
    private final Persona lowri = cast.person("lowri.jenkins", "Lowri Jenkins");
    private final Persona fraser = cast.person("fraser.lamont", "Fraser Lamont");

    private HeldOutScenes112Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        cameraCrew();
        rentalHouse();
        shortsCollective();
        locationScouts();
        festivalVolunteers();
        cuttingRoom();
        alumni();
        locationSound();
    }

    private void cameraCrew() {
        // W06
        Post geCall = say(1, "09:00", ffCalls, gemma, "Hi all, Gemma from Lantern Drama. We need a 2nd AC for a "
                + "four-week drama block in Leeds, starting 23 Feb, rates as per the PACT agreement. Reply here if "
                + "you're free.");
        Post aiCall = re(1, "09:40", aisha, geCall, "I'm free from the 23rd, Gemma. Two years as a 2nd on drama, "
                + "happy to send my CV.");
        re(1, "10:05", gemma, aiCall, "Great, please do: gemma@lanterndrama.example. Thanks Aisha!");
        Post prPouch = say(2, "09:10", ffTrainees, priti, "First week as a camera trainee next Monday. What should "
                + "be in my pouch on day one? Don't want to look clueless.");
        Post caPouch = re(2, "09:45", callum, prPouch, "Sharpies in three colours, camera tape, a small torch, lens "
                + "tissue, a pen that works in the cold, and a notebook for camera sheets. Ask the 2nd before you "
                + "touch anything.");
        re(2, "10:00", priti, caPouch, "Writing this down now, thank you!");
        say(2, "11:02", ffKit, rhys, "My vintage Cooke set is now up for hire, with me as focus puller or dry hire: "
                + "rhyspritchard.example/lenses");
        say(2, "11:09", ffLounge, rhys, "Vintage lens set up for hire, day and week rates on the page: "
                + "rhyspritchard.example/lenses");
        say(2, "11:15", ffTrainees, rhys, "Trainees, if your DP wants character lenses, my set is available to "
                + "hire: rhyspritchard.example/lenses");
        Post osCall = say(3, "10:00", ffCalls, oskar, "Oskar here, PM at Northpoint Commercials. Two-day car "
                + "commercial on 12-13 Feb, need a focus puller and a DIT. Rates please, and say if you bring a cart.");
        Post deRate = re(3, "10:30", declan, osCall, "Free both days. £450 a day for me with my DIT cart and a 4K "
                + "monitor, plus £150 a day for the cart's kit. Can send a kit list.");
        re(3, "10:50", oskar, deRate, "Perfect, send the list to oskar@northpoint.example please.");
        Post rhFree = re(3, "11:20", rhys, osCall, "Free on the 12th and 13th as focus puller.");
        re(3, "11:45", oskar, rhFree, "Thanks Rhys, you're booked, details to follow.");
        Post prCards = say(3, "14:00", ffTrainees, priti, "Loaders: how do you keep track of cards with two "
                + "cameras? I got muddled on a student shoot.");
        Post aiCards = re(3, "14:30", aisha, prCards, "Colour-code by camera, A red, B blue. Tape on the card, tape "
                + "on the case, and a card log on the cart. Never trust memory.");
        re(3, "14:40", priti, aiCards, "Red and blue, got it. Thanks Aisha.");
        say(4, "16:00", ffLounge, rhys, "Reminder the Cookes are on my site with day rates, in case your DP is "
                + "asking: rhyspritchard.example/lenses");
        Post prGate = say(5, "09:00", ffTrainees, priti, "Day one done! The 2nd let me slate, I got a scene number "
                + "wrong once but caught it. What does 'check the gate' actually mean on a digital camera?");
        Post caGate = re(5, "09:50", callum, prGate, "Well done! On digital it's mostly habit: a look at the sensor "
                + "for dust or hairs after the last take before you move on. Ask your 1st to show you once.");
        re(5, "10:05", priti, caGate, "Makes sense. The dust part I'd never have guessed. I'll ask her.");
        Post toReports = say(6, "11:00", ffTrainees, tomasz, "Started as a trainee this month too. Do you lot write "
                + "camera reports on paper or in an app?");
        Post prReports = re(6, "11:30", priti, toReports, "My team uses an app on the 2nd's iPad but I keep paper as "
                + "a backup. Aisha told me never to trust memory, so I don't!");
        re(6, "11:45", tomasz, prReports, "Paper backup, smart. Cheers Priti.");
        // W07
        say(8, "09:00", ffLounge, callum, "Off to Iceland tomorrow, no signal most of the week. Back Saturday, I'll "
                + "catch up on messages then.");
        Post geTrainee = say(8, "10:00", ffCalls, gemma, "Lantern Drama again: we also need a camera trainee for the "
                + "Leeds block, 23 Feb for four weeks. Reply here.");
        Post prTrainee = re(8, "10:30", priti, geTrainee, "I'd love it, Gemma. Just did a week as trainee on a "
                + "commercial, can send references.");
        re(8, "10:50", gemma, prTrainee, "Lovely, yes please.");
        Post prBuild = say(10, "10:00", ffTrainees, priti, "@Callum Ferris when you're back: my 1st asked me to build "
                + "the camera for handheld tomorrow. What order would you do it in?");
        Post aiBuild = re(10, "10:30", aisha, prBuild, "Not Callum, but: baseplate, rods, shoulder pad, top handle, "
                + "monitor last. Balance it on your shoulder before the follow focus goes on.");
        re(10, "10:45", priti, aiBuild, "Thank you! Balance first, got it.");
        Post rhCar = say(10, "16:00", ffLounge, rhys, "Car job with Oskar went well. The arm car was something "
                + "else, 60mph on a 300mm.");
        re(10, "16:30", declan, rhCar, "That rig was mad. Good working with you.");
        Post osNext = say(11, "11:00", ffCalls, oskar, "Northpoint: thanks Rhys and Declan for the car job. Next up "
                + "is 3 March, one day, and we need a 2nd AC.");
        Post toNext = re(11, "11:20", tomasz, osNext, "I'm a trainee, not a 2nd yet, but happy to come as trainee "
                + "if that helps.");
        re(11, "11:40", oskar, toNext, "Budget's tight for a trainee on this one, but I'll keep your name.");
        re(11, "12:00", rhys, osNext, "My friend Jess is a solid 2nd, I'll point her here.");
        Post toTape = say(12, "09:30", ffKit, tomasz, "Daft question: why tape the lens marks when the lens "
                + "already has witness marks?");
        Post rhTape = re(12, "10:00", rhys, toTape, "Not daft. Witness marks are tiny and the 1st wants big marks "
                + "for the distances in that scene. The tape is a scratch pad for each setup.");
        re(12, "10:10", tomasz, rhTape, "Scratch pad, makes sense. Thanks Rhys.");
        Post caBack = re(13, "18:00", callum, prBuild, "Back from Iceland! Sorry Priti, Aisha's order is what I'd "
                + "do. One thing to add: dress the cables last so you're not redoing them.");
        re(13, "18:20", priti, caBack, "Welcome back! It went fine, the 1st said the build was clean.");
        Post caIce = say(13, "19:00", ffLounge, callum, "Iceland was freezing and beautiful. Batteries lasted half "
                + "as long as promised.");
        re(13, "19:30", declan, caIce, "Heated battery pouches. I swear by them.");
        // W08
        Post geDone = say(15, "09:00", ffCalls, gemma, "Camera crew for the Leeds block is confirmed, thanks "
                + "everyone. Priti and Aisha, call sheet on Friday.");
        re(15, "09:30", aisha, geDone, "Thanks Gemma, see you on the 23rd.");
        Post osStill = say(16, "10:00", ffCalls, oskar, "Still need a 2nd AC for 3 March. Anyone?");
        Post rhJess = re(16, "10:30", rhys, osStill, "Jess said she'll email you today.");
        re(16, "11:00", oskar, rhJess, "Got her email, she's booked. Thanks.");
        Post prPrep = say(16, "14:00", ffTrainees, priti, "Prep day tomorrow at the rental house for the Leeds "
                + "drama. Anything to check apart from the kit list?");
        Post caPrep = re(16, "14:30", callum, prPrep, "Every lens at every mark on a chart, every battery on a "
                + "charger, and photos of any damage before you sign for it.");
        re(16, "14:45", priti, caPrep, "Photos before signing. Thank you Callum.");
        Post deMon = say(17, "10:00", ffKit, declan, "Selling my old 17-inch monitor, works fine, small scratch on "
                + "the bezel. Anyone here want it before I list it online?");
        Post toMon = re(17, "10:30", tomasz, deMon, "How much? Would love one for practising.");
        Post deMonPrice = re(17, "10:50", declan, toMon, "For a trainee, £120 and I'll throw in the cable.");
        re(17, "11:00", tomasz, deMonPrice, "Deal!");
    }

    private void rentalHouse() {
        // W06
        say(1, "09:00", bwNews, nadia, "Morning all! Two new ARRI Orbiter kits arrived over the weekend, bookable "
                + "from Wednesday.");
        Post beQuote = say(1, "10:00", bwDesk, benedikt, "Quote please for 10-11 Feb: Alexa Mini LF, a set of "
                + "Signature primes, two Orbiters and basic grip. Collection Monday evening.");
        Post taQuote = re(1, "10:40", tamsin, beQuote, "Hi Benedikt! £2,340 + VAT for the two days. I've pencilled "
                + "it, confirm by Thursday to hold. Full list: brightwaterhire.example/q/4471");
        re(1, "11:00", benedikt, taQuote, "Confirmed, thanks Tamsin.");
        Post raHarbour = say(1, "14:00", bwGeneral, ravi, "Shot the last scene of the Harbour short on Saturday with "
                + "your Orbiters, the colour was gorgeous. Thanks team.");
        re(1, "14:20", nadia, raHarbour, "Love to hear it Ravi! Send us a still once it's graded.");
        Post keVf = say(2, "09:30", bwSupport, keira, "Student here, we've got your FX6 for the weekend and the "
                + "viewfinder shows nothing, the rear screen works. Tried reseating it.");
        Post luVf = re(2, "09:50", luke, keVf, "Hi Keira, check the VF output is switched on under Monitoring in "
                + "the menu, it gets flipped by accident a lot. If that's not it, bring it in and we'll swap it.");
        re(2, "10:05", keira, luVf, "That was it! Thank you so much.").react("👍", luke);
        Post keDm = say(3, "11:00", bwDmKeira, keira, "Hi Tamsin, sorry to DM. Do you do student rates? Our grad "
                + "film shoots in April.");
        Post taDm = re(3, "11:40", tamsin, keDm, "Hi Keira! 30% off weekday hires with a student card, and we'll "
                + "hold kit for grad films if you book two weeks ahead. Just mention it at the desk.");
        re(3, "11:50", keira, taDm, "Brilliant, thanks!");
        Post raExtend = say(3, "14:00", bwDesk, ravi, "Can I keep the Orbiters till Monday? Pickups ran over.");
        Post taExtend = re(3, "14:20", tamsin, raExtend, "Done, Ravi, and no extra day charged as it's over the "
                + "weekend.");
        re(3, "14:30", ravi, taExtend, "You're the best.");
        // W07
        say(8, "08:30", bwGeneral, luke, "Heads up, I'm on a studio build for a client Mon to Wed, so Tamsin's your "
                + "person for tech questions till Thursday.");
        say(8, "09:00", bwNews, nadia, "Spring price list is live from today: brightwaterhire.example/prices");
        say(8, "09:05", bwNews, nadia, "Also new: a second Alexa 35 package joins the fleet next week.");
        Post raMonthly = say(8, "15:00", bwGeneral, ravi, "@Nadia Petrov did you get a chance to look at a monthly "
                + "rate for the Alexa package? I've three months of a doc series from March and would rather stay "
                + "with you.");
        say(8, "16:00", bwNews, nadia, "Open day on Saturday 21st! Free coffee, kit demos and a lighting "
                + "masterclass at 2pm.");
        Post raSent = say(9, "09:00", bwDesk, ravi, "Heads up, I sent my mate Jonah Whitlock your way, he's "
                + "shooting a music video this month.");
        re(9, "09:20", tamsin, raSent, "Thanks Ravi, we'll look after him!");
        Post beFlicker = say(9, "10:00", bwSupport, benedikt, "@Luke Brannigan one of the Orbiters flickers at 25% "
                + "on DMX, fine at other levels. Any idea? Shooting Thursday.");
        Post taFlicker = re(9, "10:30", tamsin, beFlicker, "Luke's away till Thursday, but set the dimming curve to "
                + "linear in the lamp's menu, that usually settles it. If not, swap it when you collect.");
        re(9, "10:45", benedikt, taFlicker, "Linear fixed it. Thanks!");
        say(9, "12:00", bwNews, nadia, "We're hiring! Weekend hire-desk assistant, ideal for a film student.");
        say(9, "16:00", bwGeneral, nadia, "The van's just back from the car commercial. Bit of mud, all fine.");
        joins(10, "10:00", bwGeneral, jonah);
        Post joQuote = say(10, "10:05", bwDesk, jonah, "Hi, Ravi Chandran pointed me here. Music video on the 28th: "
                + "FX9 package plus a few LED tubes. Rough price?");
        Post taJonah = re(10, "10:40", tamsin, joQuote, "Welcome Jonah! FX9 kit with four tubes is £390 for the day, "
                + "half that for a second day. Shall I pencil the 28th?");
        re(10, "10:50", jonah, taJonah, "Yes please.");
        say(10, "11:00", bwNews, nadia, "The lighting masterclass at the open day will be with DP Sarah Okonjo. "
                + "Limited places.");
        say(10, "15:00", bwGeneral, nadia, "Packed forty lamp cases today for the factory shoot. Who else loves a "
                + "tidy warehouse?");
        Post raBump = re(10, "17:00", ravi, raMonthly, "@Nadia Petrov just bumping the monthly rate question, I "
                + "have to tell the production by Friday. Happy to talk on the phone.");
        say(11, "09:00", bwNews, nadia, "Reminder: the spring price list is in the pins.");
        say(11, "10:00", bwNews, nadia, "Thanks to everyone who's booked the open day, thirty places gone.");
        Post luFlicker = re(11, "14:00", luke, beFlicker, "Back now. Tamsin's right, linear fixes it, and I've "
                + "updated that lamp's firmware so it won't happen again.");
        re(11, "14:20", benedikt, luFlicker, "Cheers Luke.");
        say(12, "09:00", bwNews, nadia, "New in: a set of Kowa anamorphics. Come and play with them at the open "
                + "day.");
        say(12, "11:00", bwGeneral, nadia, "Big week for us. Thanks all.");
        Post keGrad = say(12, "15:00", bwGeneral, keira, "Grad film kit booked for April with Tamsin. So excited.");
        re(12, "15:20", tamsin, keGrad, "Can't wait to see it!");
        say(13, "10:00", bwNews, nadia, "Saturday hours this weekend: 9 till 1.");
        // W08
        Post naSorry = re(15, "09:00", nadia, raBump, "@Ravi Chandran I'm so sorry, I missed this in the open-day "
                + "rush. Yes to a monthly rate: 35% off the weekly for the three months. Tamsin will send the "
                + "paperwork today.");
        re(15, "09:30", ravi, naSorry, "Brilliant, thanks Nadia. The production's happy.");
        re(15, "10:00", tamsin, naSorry, "Paperwork's in your inbox, Ravi.");
        Post naBarn = re(17, "14:00", nadia, raHarbour, "@Ravi Chandran how did the Harbour short come out in the "
                + "end?");
        re(17, "14:30", ravi, naBarn, "Graded last week and it looks lovely. I'll send you a still.");
        say(18, "10:00", bwNews, nadia, "Open day this Saturday, a few masterclass places left.");
        Post keOpen = say(18, "10:30", bwGeneral, keira, "Can students come to the open day?");
        re(18, "10:45", nadia, keOpen, "Absolutely, bring your classmates!");
        Post beMarch = say(19, "09:00", bwDesk, benedikt, "Quote for 3-4 March please: same as last time plus a "
                + "Steadicam with operator.");
        re(19, "09:40", tamsin, beMarch, "Same kit plus Steadicam and operator is £3,450 + VAT for the two days. "
                + "Pencilled!");
        Post joOpen = say(20, "17:00", bwGeneral, jonah, "Open day was great, thanks Nadia and team. Booked the "
                + "anamorphics for April.");
        re(20, "17:30", nadia, joOpen, "So glad you came, Jonah!");
        re(20, "17:40", ravi, joOpen, "Told you they were good.");
    }

    private void shortsCollective() {
        // W06
        Post moForm = say(1, "10:00", ssShoots, morwenna, "The 48-hour film challenge is on for 20-22 Feb! Teams of "
                + "three to five, sign up here: forms.example/ss48. Genres drawn on the Friday night.");
        Post feIn = re(1, "10:30", femi, moForm, "In! Anyone want to team up?");
        re(1, "10:45", kasia, feIn, "Me! I'll do sound.");
        Post kaDraft = say(2, "19:00", ssNotes, kasia, "Draft 3 of my ghost short: kasia-drafts.example/ghost3. "
                + "Eight pages, and I think the middle sags. Be brutal.");
        Post feDraft = re(2, "20:10", femi, kaDraft, "Pages 4-5, the sister just explains the house. Could she "
                + "show it instead, walking us through the rooms?");
        re(2, "20:30", kasia, feDraft, "Ooh, a walkthrough. Yes.");
        Post loVote = say(3, "12:00", ssGeneral, lorcan, "Hi all, my short Slack Water is up for the Shortlist "
                + "online festival's audience award. Please vote for it: shortlistfest.example/vote/slack-water");
        say(3, "12:40", ssScreenings, lorcan, "Please vote for Slack Water in the audience award, every vote "
                + "counts: shortlistfest.example/vote/slack-water");
        say(3, "13:15", ssNotes, lorcan, "If you've a minute, vote for my short here: "
                + "shortlistfest.example/vote/slack-water");
        Post feLuck = re(3, "14:00", femi, loVote, "Good luck! What's it about?");
        re(4, "09:00", lorcan, feLuck, "A fisherman's last day before his harbour closes. Thanks Femi.");
        Post feCold = say(5, "20:00", ssScreenings, femi, "Finally finished Cold Tea, my six-minute comedy. Here it "
                + "is if anyone wants a laugh: vimeo.example/femi/cold-tea");
        Post kaCold = re(5, "20:30", kasia, feCold, "The bit with the kettle! Laughed out loud.");
        re(5, "20:45", femi, kaCold, "Thank you! That kettle took fourteen takes.");
        re(5, "21:00", morwenna, feCold, "Submit it to the Cube night, seriously.");
        feCold.react("😂", tobias, lorcan);
        Post toList = say(6, "10:00", ssNotes, tobias, "Not a script, but: how do you write a shot list the crew "
                + "actually reads?");
        Post kaList = re(6, "10:40", kasia, toList, "One page max, numbered shots, a thumbnail sketch for each. "
                + "Nobody reads paragraphs on set.");
        re(6, "11:00", tobias, kaList, "Thumbnail sketches, good shout.");
        // W07
        joins(8, "09:00", ssGeneral, sana);
        Post saHi = say(8, "09:10", ssGeneral, sana, "Hi everyone! I'm Sana, just moved to Bristol from Leicester. "
                + "I edit and direct small docs, some of them are here: vimeo.example/sanamirza. Hoping to crew on "
                + "a few shoots!");
        Post moHi = re(8, "09:30", morwenna, saHi, "Welcome Sana! Sign up for the 48-hour challenge, teams always "
                + "need editors.");
        re(8, "09:45", sana, moHi, "Just signed up!");
        say(8, "10:00", ssShoots, morwenna, "Reminder: challenge sign-ups close Sunday 15th. The form is still "
                + "here: forms.example/ss48");
        Post toLodgers = say(8, "12:00", ssShoots, tobias, "Shooting my short Lodgers on Saturday 14th in Easton. "
                + "Need a camera op, sound and someone on lights. Lunch provided!");
        Post feCam = re(8, "12:30", femi, toLodgers, "I'll do camera. What are you shooting on?");
        re(8, "13:00", tobias, feCam, "Cheers. FX3 from uni.");
        Post kaBoom = re(9, "19:00", kasia, toLodgers, "I can do sound on Saturday. Would you hold the boom on mine "
                + "on Saturday 21st? Only half a day.");
        Post toLights = say(9, "20:00", ssShoots, tobias, "Still need someone on lights for Saturday, anyone?");
        Post moLights = re(10, "09:00", morwenna, toLights, "I'll bring my two LED panels and a stand and run them "
                + "for you.");
        re(10, "09:20", tobias, moLights, "Legend, cheers.");
        Post toShots = say(10, "18:00", ssNotes, tobias, "@Femi Adeyemi could you look over my shot list before "
                + "Saturday? docs.example/lodgers-shotlist");
        Post feShots = re(11, "08:30", femi, toShots, "Done. Shots 8 to 12 can be one moving shot down the hall, "
                + "saves you an hour. Comments are in the doc.");
        re(11, "08:45", tobias, feShots, "Cheers.");
        Post saClock = re(11, "19:00", sana, kaDraft, "Read the ghost draft: the walkthrough works, but I lost track "
                + "of time once the sister leaves. A clock somewhere, maybe?");
        re(11, "19:20", kasia, saClock, "A clock! Thank you Sana, such a simple fix.");
        Post toDrive = say(12, "17:00", ssShoots, tobias, "Has anyone got a spare hard drive for Saturday? Mine's "
                + "full.");
        Post feDrive = re(12, "17:30", femi, toDrive, "I'll bring my 2TB, keep it till you've backed up.");
        re(12, "17:40", tobias, feDrive, "Cheers mate.");
        re(12, "18:00", kasia, kaBoom, "@Tobias Grünewald did you see my question about the 21st? Need to know who's "
                + "on boom.");
        Post loLost = say(13, "12:00", ssScreenings, lorcan, "The audience award went to a Glasgow film, fair play. "
                + "Thanks to anyone who voted.");
        Post saLost = re(13, "12:30", sana, loLost, "I watched it, the harbour shots are beautiful.");
        re(13, "12:50", lorcan, saLost, "That means a lot. I watched your allotment doc too, the old man with the "
                + "onions made my day.");
        Post toWrap = say(14, "18:00", ssShoots, tobias, "Wrapped! Thanks Femi, Kasia, Morwenna. Best day.");
        re(14, "18:20", morwenna, toWrap, "Great shoot. The hallway shot looked ace.");
        // W08
        say(15, "10:00", ssShoots, morwenna, "Challenge teams are out! Kit requests on this form: "
                + "forms.example/ss48-kit. Genre draw Friday at 7 at the Cube.");
        Post toSorry = re(15, "19:00", tobias, kaBoom, "@Kasia Zielińska sorry, I lost this in the chaos. Yes, I'll "
                + "be on boom on the 21st, what time?");
        re(15, "19:30", kasia, toSorry, "10am in Totterdown. Thanks!");
        Post feNight = say(16, "20:00", ssNotes, femi, "Team Kettle prep: any tips for writing a whole short in one "
                + "night?");
        Post loOne = re(16, "20:40", lorcan, feNight, "And keep to one location. We had three last year and lost "
                + "four hours driving.");
        re(16, "20:50", femi, loOne, "One location, noted.");
        say(21, "10:00", ssShoots, kasia, "On set in Totterdown, Tobias on boom, it's going great.");
    }

    private void locationScouts() {
        // W06
        Post maClub = say(1, "09:30", lsAsk, marcus, "Hi, Marcus here, producing a low-budget feature in Sheffield "
                + "this spring. We need a working men's club with a stage, free midweek in April. Any leads?");
        Post imClub = re(1, "10:15", imogen, maClub, "Try the Walkley and the Hillsborough clubs, both have had "
                + "filming and do midweek. The film office keeps a list too: sheffieldfilm.example/locations");
        Post ewClub = re(1, "10:40", ewan, imClub, "The Walkley had its stage ripped out last autumn, Imogen. "
                + "Hillsborough's still good but they charge for bar staff.");
        re(1, "11:00", imogen, ewClub, "Ah, didn't know about the stage. Thanks.");
        Post ewPark = say(1, "14:00", lsLounge, ewan, "Has anyone else's recce parking gone up in Leeds? £18 for two "
                + "hours.");
        Post haPark = re(1, "14:30", hamish, ewPark, "Robbery. I park at the tram stop and walk.");
        re(1, "14:40", ewan, haPark, "Might start doing that too.");
        Post suBase = say(2, "10:00", lsLounge, sunita, "Unit manager question: what are people paying for a unit "
                + "base with toilets in central Manchester now?");
        Post ewBase = re(2, "10:30", ewan, suBase, "Last one I did was £600 a day for the car park, toilets extra. "
                + "Castlefield's dearer.");
        re(2, "10:50", sunita, ewBase, "Thanks, about what I guessed.");
        Post goFarm = say(3, "09:00", lsOwners, gordon, "Hello, I've a farmhouse near Hathersage with a big old "
                + "kitchen and barns. How does one get it used for filming? Do I need an agent?");
        Post suFarm = re(3, "09:40", sunita, goFarm, "Hi Gordon! No agent needed. Take wide photos of every room in "
                + "daylight, note power, parking and access, and register with the Peak District film office. "
                + "Scouts search there.");
        re(3, "10:20", gordon, suFarm, "Very helpful, thank you both. I'll take photos this weekend.");
        Post frSemi = say(3, "15:00", lsAsk, freya, "Freya here, coordinator on a supermarket ad. We need a 1970s "
                + "semi with a long straight drive, Greater Manchester, shooting 24 Feb. Anyone?");
        Post haSemi = re(3, "15:30", hamish, frSemi, "There's a road of them in Bramhall, and two owners there have "
                + "said yes before. I'll send you photos tonight.");
        Post ewSemi = re(3, "15:45", ewan, haSemi, "Hamish, is that the road off the A5102 with the cul-de-sac? "
                + "Those drives curve.");
        Post haSemi2 = re(3, "16:00", hamish, ewSemi, "No, the Woodford side. Straight as anything.");
        re(3, "16:10", ewan, haSemi2, "Ah, got you. Good find.");
        Post haStock = say(4, "11:00", lsPermits, hamish, "Anyone dealt with Stockport council for a parking "
                + "suspension lately? How long did it take?");
        Post imStock = re(4, "11:30", imogen, haStock, "Ten working days last time, and they want the traffic plan "
                + "with the form.");
        Post ewStock = re(4, "12:00", ewan, imStock, "They took three weeks for me in December. Holidays, probably.");
        re(4, "12:10", hamish, ewStock, "Three weeks! I'll send it today then.");
        say(5, "10:00", lsAsk, marcus, "Also looking for a disused school or college, ideally with a gym hall. "
                + "Sheffield or Rotherham. Any ideas?");
        Post ewMills = say(5, "14:00", lsLounge, ewan, "Added thirty mill interiors to my library this week. The "
                + "Calder Valley is a goldmine.");
        Post imMills = re(5, "14:20", imogen, ewMills, "Nice. Any with working looms?");
        re(5, "14:40", ewan, imMills, "Two. Both owners are film-friendly.");
        Post ewBradford = say(6, "10:00", lsLounge, ewan, "Imogen, are you on the Bradford drama in March?");
        Post imBradford = re(6, "10:30", imogen, ewBradford, "Yes, from the 9th. You?");
        re(6, "10:40", ewan, imBradford, "Just the recces for them. See you on the unit bus.");
        Post frCafe = say(6, "15:00", lsAsk, freya, "Also: does anyone know a café in Manchester that would let us "
                + "shoot overnight?");
        // W07
        Post suCafe = re(8, "09:00", sunita, frCafe, "Freya, the Koffee Pot did a night shoot for us last year. "
                + "The owner's lovely.");
        re(8, "09:30", freya, suCafe, "Perfect, thank you!");
        Post ewDrinks = say(8, "10:00", lsLounge, ewan, "Who's going to the location guild drinks in Leeds on the "
                + "19th?");
        re(8, "10:20", hamish, ewDrinks, "Me.");
        Post suDrinks = re(8, "10:30", sunita, ewDrinks, "Probably, if the Bradford prep lets me out.");
        re(8, "11:00", ewan, suDrinks, "It won't. It never does.");
        Post maFarm = say(9, "09:00", lsAsk, marcus, "Another one: a farmhouse with a big old kitchen, within an "
                + "hour of Sheffield. Two days in late April.");
        Post goMine = re(9, "09:40", gordon, maFarm, "That's mine! Hollin Farm, forty minutes from Sheffield, the "
                + "kitchen still has its original range. £900 a day, photos here: hollinfarm.example/filming");
        Post imGordon = re(9, "11:00", imogen, goMine, "Great photos, Gordon. Marcus, he's registered with the film "
                + "office too, so the paperwork's easy.");
        Post ewRate = re(9, "11:30", ewan, imGordon, "£900 is about the going rate in the Peaks, Imogen. Some "
                + "owners ask double.");
        re(9, "11:45", imogen, ewRate, "Yes, it's fair.");
        Post frPermit = say(10, "14:00", lsPermits, freya, "For the Bramhall shoot, do we need a permit to park the "
                + "camera car on the road, or just the neighbours' say-so?");
        Post haPermit = re(10, "14:30", hamish, frPermit, "Council permit for anything parked over four hours, plus "
                + "a letter drop to neighbours. I'll do the letters.");
        re(10, "14:40", freya, haPermit, "Thank you, that's a relief.");
        Post ewLetters = re(10, "15:00", ewan, haPermit, "Hamish, Stockport want the letter drop five days ahead "
                + "now, not three.");
        re(10, "15:10", hamish, ewLetters, "Cheers, noted.");
        Post ewGoose = say(11, "10:00", lsLounge, ewan, "Recce day in the Dales. Four farms, one angry goose.");
        Post suGoose = re(11, "10:30", sunita, ewGoose, "The goose always wins.");
        re(11, "10:40", ewan, suGoose, "It did.");
        Post ewPaid = say(12, "13:00", lsLounge, ewan, "Hamish, did you ever get paid for the Salford job?");
        Post haPaid = re(12, "13:30", hamish, ewPaid, "Finally, after ninety days. You?");
        re(12, "13:40", ewan, haPaid, "Still waiting. Chasing again Monday.");
        Post ewPortal = say(13, "15:00", lsPermits, ewan, "Anyone using the new Kirklees permit portal? It keeps "
                + "logging me out.");
        Post suPortal = re(13, "15:20", sunita, ewPortal, "Use Chrome, it hates Safari.");
        re(13, "15:30", ewan, suPortal, "That did it, thanks.");
        Post maSchool = say(13, "16:00", lsAsk, marcus, "Still hunting for a disused school with a gym hall, "
                + "Sheffield or Rotherham. Anyone at all?");
        // W08
        Post ewSchool = re(15, "09:00", ewan, maSchool, "@Marcus Oyelaran there's a closed primary in Parson Cross "
                + "with a proper gym hall, it's in my library. The trust lets it for filming midweek. Want the "
                + "contact and photos?");
        Post maSchool2 = re(15, "09:30", marcus, ewSchool, "Yes please! That would be a huge help.");
        re(15, "09:45", ewan, maSchool2, "Sent to your email. Dave the caretaker is the one to ring.");
        Post frLaund = say(16, "11:00", lsAsk, freya, "Next job: a launderette that still has its old machines, "
                + "anywhere in the North West, 10 March.");
        Post ewLaund = re(16, "11:30", ewan, frLaund, "Two in Preston and one in Bolton still look 1980s. I can "
                + "send photos from my library today.");
        re(16, "11:45", freya, ewLaund, "Please! Thank you Ewan.");
    }

    private void festivalVolunteers() {
        // W06
        Post beRota = say(1, "09:00", kbRota, bethany, "The volunteer rota for the festival (19-22 Feb) is open! "
                + "Pick your shifts here: kestrelbayfest.example/rota. Ushers, box office, Q&A mics and green room.");
        re(1, "09:30", cerys, beRota, "Signed up for box office Friday and Saturday!");
        re(1, "10:00", arjun, beRota, "Q&A mics all weekend for me, as usual.");
        Post maPark = say(2, "10:00", kbAsk, malcolm, "First time volunteering. Is there parking for volunteers at "
                + "the Pavilion?");
        Post bePark = re(2, "10:40", bethany, maPark, "Welcome Malcolm! Yes, the staff car park behind the "
                + "Pavilion, show your lanyard at the barrier.");
        re(2, "10:50", malcolm, bePark, "Lovely, thank you.");
        joins(3, "11:00", kbGeneral, zofia);
        Post zoHi = say(3, "11:05", kbGeneral, zofia, "Hi all! Zofia, just moved to Kestrel Bay. I love "
                + "documentaries and thought I'd volunteer.");
        Post arHi = re(3, "11:30", arjun, zoHi, "Welcome! The rota's in #rota, box office is a nice first shift.");
        re(3, "11:45", zofia, arHi, "Thanks, signing up now.");
        say(3, "14:00", kbGeneral, tariq, "Hi all, Tariq here, I film weddings and events along the coast. Here's my "
                + "showreel: tariqhussainfilms.example/reel");
        Post maBreaks = say(4, "10:00", kbAsk, malcolm, "Do volunteers get to watch films on their breaks, or is "
                + "that cheeky?");
        Post beBreaks = re(4, "10:30", bethany, maBreaks, "Not cheeky at all! Any empty seat after the lights go "
                + "down is yours, just sit near the door.");
        re(4, "10:40", malcolm, beBreaks, "Splendid.");
        Post taDm = say(4, "12:00", kbDmZofia, tariq, "Hi Zofia, saw you're new to the area! If you ever need an "
                + "event or a party filmed, I do a festival-friends rate, £300 for the day. DM me anytime.");
        re(4, "18:00", zofia, taDm, "Thanks, but I don't need anything filmed.");
        Post ceSwap = say(5, "09:00", kbRota, cerys, "Can anyone swap my Saturday 2pm box office? A family thing "
                + "came up.");
        Post maSwap = re(5, "09:30", malcolm, ceSwap, "I'll take it, I'm free all Saturday.");
        re(5, "09:40", cerys, maSwap, "You're a lifesaver, thank you!").react("❤️", malcolm);
        say(5, "15:00", kbFilms, tariq, "My latest wedding film, shot at the Old Lighthouse: "
                + "tariqhussainfilms.example/lighthouse. Thoughts welcome.");
        Post zoLanyard = say(6, "10:00", kbAsk, zofia, "Where do we collect lanyards? And is there a briefing?");
        Post maLanyard = re(6, "10:30", malcolm, zoLanyard, "At the Pavilion box office from Wednesday, and the "
                + "briefing's Wednesday at 6. I'm going too, I'll look out for you.");
        re(6, "10:45", zofia, maLanyard, "Thank you! See you there.");
        Post maShirt = say(6, "11:00", kbAsk, malcolm, "And what do we wear? Is there a T-shirt?");
        Post beShirt = re(6, "11:30", bethany, maShirt, "Green festival T-shirts at the briefing. Wear something "
                + "warm under it, the foyer is freezing.");
        re(6, "11:35", malcolm, beShirt, "Noted!");
        say(6, "12:00", kbRota, bethany, "Rota update: we still need ushers for Sunday morning. Same link: "
                + "kestrelbayfest.example/rota");
        Post tuSunday = say(6, "15:00", kbRota, tariq, "Signed up for Sunday morning ushering.");
        re(6, "15:20", bethany, tuSunday, "Thanks Tariq!");
        say(7, "18:00", kbGeneral, arjun, "Heads up: I'm in Leeds for work all next week, Monday to Friday, and "
                + "hardly online. Back for the briefing.");
        // W07
        say(8, "10:00", kbRota, bethany, "Ten days to go! Thanks to everyone who's signed up. Rota link for late "
                + "changes: kestrelbayfest.example/rota");
        Post ceMics = say(9, "12:00", kbAsk, cerys, "@Arjun Nair when you're back: what's the trick with the Q&A "
                + "mics? I'm shadowing you on Friday and don't want to drop one on a director.");
        Post taCam = say(10, "15:00", kbAsk, tariq, "Can volunteers bring a camera for behind-the-scenes stuff, or "
                + "is that not allowed?");
        Post beCam = re(10, "15:30", bethany, taCam, "Only the festival photographer films in the venues, because "
                + "of the filmmakers' rights. Phones in the foyer are fine.");
        re(10, "15:40", tariq, beCam, "Understood, thanks.");
        Post maFood = say(11, "10:00", kbAsk, malcolm, "Silly question, are volunteers fed on long shifts?");
        Post beFood = re(11, "10:30", bethany, maFood, "Not silly! Soup and sandwiches in the green room for "
                + "anyone on four hours or more.");
        re(11, "10:40", malcolm, beFood, "Wonderful.");
        Post zoBreakfast = say(11, "14:00", kbGeneral, zofia, "Does anyone know a good breakfast place near the "
                + "Pavilion before a shift?");
        Post maBreakfast = re(11, "14:30", malcolm, zoBreakfast, "The Tide Café opens at 7. Bacon rolls the size of "
                + "your head.");
        re(11, "14:40", tariq, zoBreakfast, "Second the Tide Café.");
        re(11, "14:50", zofia, maBreakfast, "Perfect, thank you!");
        Post beGreen = say(12, "09:00", kbRota, bethany, "The green room still needs two people Saturday evening, "
                + "anyone?");
        re(12, "09:20", zofia, beGreen, "Me!");
        Post taGreen = re(12, "09:30", tariq, beGreen, "I'll do it too.");
        re(12, "09:40", bethany, taGreen, "Thanks both, you're in.");
        Post arMics = re(13, "18:00", arjun, ceMics, "Back from Leeds! Cerys, hold the mic by the body, not the top, "
                + "and walk it to the person instead of passing it along the row. People grab too early, let them.");
        re(13, "18:20", cerys, arMics, "Walk it, don't pass it. Thank you!");
        // W08
        Post beFinal = say(15, "10:00", kbRota, bethany, "The final rota is up, check your times: "
                + "kestrelbayfest.example/rota. Briefing Wednesday at 6!");
        re(15, "10:30", cerys, beFinal, "All good, thanks Bethany.");
        Post zoVouchers = say(18, "12:00", kbAsk, zofia, "Box office question: do we take the old paper vouchers?");
        Post beVouchers = re(18, "12:10", bethany, zoVouchers, "Yes, until Sunday. Pop them in the blue envelope.");
        re(18, "12:15", zofia, beVouchers, "Thanks!");
        say(20, "20:00", kbGeneral, tariq, "Green room shift done, met three directors. What a night.");
        Post beWrap = say(21, "19:00", kbGeneral, bethany, "That's a wrap on the festival! Huge thanks to every "
                + "single volunteer. Feedback form next week.");
        re(21, "19:10", malcolm, beWrap, "Best week of my retirement. Count me in next year.");
        re(21, "19:15", zofia, beWrap, "Thank you for organising it all!");
        beWrap.react("🎉", arjun, cerys, tariq);
    }

    private void cuttingRoom() {
        // W06
        say(1, "09:00", crHire, chiara, "Assistant editor, free from 16 Feb. Avid and Resolve, syncing, conform "
                + "prep. CV: chiarabenedetti.example");
        Post niLock = say(1, "10:00", crCutting, niall, "Picture lock on the Hartley doc Thursday! Vivienne, are you "
                + "still good for the grade on the 9th?");
        Post viLock = re(1, "10:30", vivienne, niLock, "Yes, the 9th to the 13th. Send the XML and a reference "
                + "export by Friday and I'll check the conform.");
        re(1, "10:45", niall, viLock, "Will do.");
        say(2, "11:00", crGrade, dominic, "My VargaLook LUT pack is out! Forty film-emulation LUTs, 20% off for "
                + "launch week: vargalook.example/pack");
        say(2, "11:10", crCutting, dominic, "Launched my LUT pack today: vargalook.example/pack");
        say(2, "11:25", crAsk, dominic, "Directors, want your film to look like film? My new LUT pack: "
                + "vargalook.example/pack");
        Post chMixed = say(2, "14:00", crGrade, chiara, "How do you handle FX6 and iPhone footage in one grade? "
                + "Doing a test for a friend.");
        Post viMixed = re(2, "14:30", vivienne, chMixed, "Colour-manage the timeline, give each source its own "
                + "input transform, and match the iPhone to the FX6, never the other way. Then grade on top.");
        re(2, "14:45", chiara, viMixed, "An input transform per source. That makes so much sense, thank you.");
        Post viScaled = say(3, "10:00", crCutting, vivienne, "Niall, on the Hartley reference: are the archive clips "
                + "already scaled, or shall I do it in the grade?");
        Post niScaled = re(3, "10:20", niall, viScaled, "Scaled in the edit, but leave the 4:3 ones pillarboxed.");
        re(3, "10:30", vivienne, niScaled, "Perfect.");
        Post esHand = say(3, "16:00", crAsk, esther, "Documentary director here, handing over for a grade for the "
                + "first time. What do I need to give the colourist apart from the edit?");
        Post niHand = re(3, "16:40", niall, esHand, "An XML or AAF, a reference export with burnt-in timecode, all "
                + "the original media, and a note of any looks you liked.");
        re(3, "16:50", esther, niHand, "That's a great list, thanks.");
        say(4, "09:00", crGrade, dominic, "VargaLook launch discount ends Sunday: vargalook.example/pack");
        Post viOled = say(4, "11:00", crGrade, vivienne, "Anyone calibrated the new OLED reference monitors? Mine "
                + "drifts after two hours.");
        Post chOled = re(4, "11:30", chiara, viOled, "Ours did the same until they turned off the auto-brightness "
                + "limiter.");
        re(4, "11:45", vivienne, chOled, "Oh! That's it, I bet. Thank you.");
        Post niXml = say(5, "10:00", crCutting, niall, "XML and reference are in your Dropbox, Vivienne.");
        Post viXml = re(5, "10:30", vivienne, niXml, "Got them, conform looks clean. One clip offline, reel 14, "
                + "I'll send the name.");
        re(5, "10:40", niall, viXml, "Found it, relinking now.");
        Post viDolby = say(6, "12:00", crGrade, vivienne, "Finished my first Dolby Vision trim pass. Nerve-racking.");
        Post niDolby = re(6, "12:20", niall, viDolby, "Congrats! For the streamer?");
        re(6, "12:30", vivienne, niDolby, "Yes, the cooking series.");
        Post viAssist = say(6, "15:00", crCutting, vivienne, "Chiara, saw your post in #for-hire. I might need an "
                + "assistant for conform prep on a feature in March, can I pass your name on?");
        re(6, "15:20", chiara, viAssist, "Yes please!");
        // W07
        Post esEditor = say(8, "10:00", crAsk, esther, "Can anyone recommend an editor for a 20-minute doc? Budget "
                + "about £3k, cutting in March.");
        Post niEditor = re(8, "10:40", niall, esEditor, "I'd be up for it. I usually charge £300 a day and a "
                + "20-minute doc is about ten days, so we'd be close. My reel: niallbrennan.example/reel");
        Post esReel = re(8, "11:00", esther, niEditor, "Your reel is lovely. Can we talk Thursday?");
        re(8, "11:10", niall, esReel, "Thursday works.");
        say(9, "09:00", crGrade, vivienne, "Hartley grade, day one. The archive footage is gorgeous.");
        Post ruGreen = say(9, "14:00", crAsk, ruairi, "Music-video producer here. We shot in a club with mixed LED "
                + "lighting and the skin tones are green. Can a grade fix it, or do we reshoot?");
        Post viGreen = re(9, "14:40", vivienne, ruGreen, "Usually fixable. Qualify the skin, pull it back to the "
                + "skin-tone line on the vectorscope, and leave the green in the background as part of the club. "
                + "Post a still if you like and I'll have a look.");
        Post ruStill = re(9, "15:00", ruairi, viGreen, "Here's the worst shot: imgshare.example/club-still");
        Post viStill = re(9, "15:30", vivienne, ruStill, "That's fine, a few minutes' work. Most of your "
                + "colourist's time will go on making the shots match.");
        re(9, "15:40", ruairi, viStill, "Huge relief, thank you.");
        Post doGreen = re(9, "16:00", dominic, ruGreen, "Those LEDs usually spike in green, so a small magenta shift "
                + "on the highlights does a lot too.");
        re(9, "16:10", ruairi, doGreen, "Thanks, I'll pass it on.");
        Post esGrade = say(12, "10:00", crAsk, esther, "Update: Niall's cutting my doc in March, thank you all. "
                + "@Vivienne Achebe would you grade it?");
        re(12, "10:30", vivienne, esGrade, "I'd love to. Send me the dates and we'll work it out.");
        Post chScans = say(12, "11:00", crGrade, chiara, "Anyone got a good workflow for matching archive film "
                + "scans to new footage?");
        Post doScans = re(12, "11:30", dominic, chScans, "Neutralise the scans first, then grade the new footage "
                + "down to them, not the other way round.");
        re(12, "11:40", chiara, doScans, "The opposite of what I was doing. Thanks.");
        Post niDone = say(13, "17:00", crCutting, niall, "The Hartley grade is finished and looks amazing. Thank "
                + "you Vivienne.");
        re(13, "17:20", vivienne, niDone, "A joy to grade.");
        niDone.react("👏", chiara, dominic);
        // W08
        say(15, "09:00", crHire, chiara, "Free again from 2 March after a feature fell through. Avid, Resolve, "
                + "conform prep: chiarabenedetti.example");
        Post ruRate = say(15, "10:00", crAsk, ruairi, "Budget question: what's a fair day rate for a colourist on a "
                + "music video?");
        Post chRate = re(15, "10:40", chiara, ruRate, "Depends on the suite. Freelancers in their own room round "
                + "here charge £400-700 a day. Ask for a half-day test.");
        re(15, "11:00", ruairi, chRate, "A half-day test, great idea.");
        Post doBook = say(17, "11:00", crGrade, dominic, "Finally learning to grade properly instead of slapping "
                + "LUTs on everything. Vivienne, any book you'd recommend?");
        Post viBook = re(17, "11:30", vivienne, doBook, "The Colour Correction Handbook by Hurkman is still the best "
                + "place to start.");
        re(17, "11:40", dominic, viBook, "Ordered.");
        Post viGap = say(18, "10:00", crHire, vivienne, "My grading suite has a gap 2-6 March if anyone's project "
                + "needs it.");
        re(18, "10:30", ruairi, viGap, "Could be us! Let me check with the band.");
    }

    private void alumni() {
        // W06
        say(1, "09:00", nbJobs, leanne, "Paid runner days on a BBC drama in Salford, 16-27 Feb, £120 a day: "
                + "brightside.example/jobs/runner-feb");
        say(1, "09:05", nbJobs, leanne, "Also a production assistant, three months, Manchester indie: "
                + "openreel.example/pa-spring");
        Post haFirst = say(1, "12:00", nbAsk, hannah, "Final year here. How did you all get your first paid job "
                + "after graduating? Feeling a bit lost.");
        re(1, "12:40", ollie, haFirst, "Runner on a soap, through a friend of a friend. Say yes to everything for a "
                + "year and stay in touch with every 3rd AD you meet.");
        Post leFirst = re(1, "13:00", leanne, haFirst, "Same, running. And keep a spreadsheet of every production "
                + "company and who you met there.");
        re(1, "13:20", hannah, leFirst, "A spreadsheet, love that. Thanks both.");
        Post leCover = say(2, "10:00", nbGeneral, leanne, "Who does script coverage these days? A producer friend "
                + "wants notes on a feature before she options it.");
        Post maCover = re(2, "10:30", mateus, leCover, "I do! Feature coverage with a page of notes, £85, back in a "
                + "week: mateuscardoso.example/coverage");
        re(2, "10:45", leanne, maCover, "Perfect, passing it on.");
        say(2, "15:00", nbNews, barnaby, "Alumni screening night at the school on 26 Feb: four graduate shorts and "
                + "drinks. Tickets: northbridgefilm.example/alumni-night");
        Post haFest = say(3, "11:00", nbAsk, hannah, "Is it worth doing festivals with my grad film, or should I "
                + "just put it online?");
        Post zaFest = re(3, "11:40", zainab, haFest, "Festivals first, most won't take a film once it's public. "
                + "Pick five that show shorts your length and budget for the fees.");
        re(3, "12:00", hannah, zaFest, "I didn't know about the public thing. Thank you!");
        say(4, "09:00", nbJobs, leanne, "Edit assistant, two weeks, Leeds, £130 a day: openreel.example/ea-leeds");
        Post idStore = say(4, "11:00", nbAsk, idris, "First-year here. Is the camera store booking system this bad "
                + "for everyone or is it just me?");
        Post haStore = re(4, "11:30", hannah, idStore, "It's bad for everyone. Book at 9am on the Monday two weeks "
                + "before, that's when slots open. And ask Kev at the desk, he'll hold things for you.");
        re(4, "11:45", idris, haStore, "Kev, got it. Thank you!");
        Post haReel = say(5, "10:00", nbAsk, hannah, "Sorry, another one: how long should a director's showreel "
                + "be?");
        Post leReel = re(5, "10:30", leanne, haReel, "Under two minutes. I stop watching after ninety seconds, and "
                + "so do most producers.");
        re(5, "10:40", hannah, leReel, "Cutting mine down today!");
        Post zaBought = say(5, "14:00", nbGeneral, zainab, "@Mateus Cardoso I bought your coverage for my pilot last "
                + "month, really useful notes. Hoping to send you the rewrite in a few weeks.");
        re(5, "14:30", mateus, zaBought, "So glad it helped! Looking forward to it.");
        Post olC4 = say(6, "12:00", nbNews, ollie, "I'm 2nd AD on a Channel 4 series from March.");
        re(6, "12:20", zainab, olC4, "Congrats!!");
        Post baC4 = re(6, "12:30", barnaby, olC4, "Brilliant, Ollie. Can we put that in the alumni newsletter?");
        re(6, "12:45", ollie, baC4, "Of course.");
        // W07
        Post zaNote = re(8, "10:00", zainab, zaBought, "@Mateus Cardoso quick question on your notes: you said act "
                + "two 'loses the mother's want'. Does she need a new goal after the wedding, or should the old one "
                + "come back? The rewrite's due to a producer on Friday.");
        Post maBerlin = say(8, "11:00", nbGeneral, mateus, "Who's going to the Berlinale this year? I've a press "
                + "badge for the first weekend.");
        Post olBerlin = re(8, "11:30", ollie, maBerlin, "Jealous. Working.");
        re(8, "11:40", mateus, olBerlin, "Next year, come.");
        Post idActors = say(9, "10:00", nbAsk, idris, "How do you find actors for a student short with no budget?");
        Post zaActors = re(9, "10:30", zainab, idActors, "A casting call on the free actor sites, and be honest "
                + "about expenses. Pay their travel and feed them well.");
        re(9, "10:45", idris, zaActors, "Feed them well, noted, thank you.");
        Post maFriend = say(9, "14:00", nbGeneral, mateus, "Leanne, did your producer friend like the coverage? "
                + "Haven't heard.");
        re(9, "14:30", leanne, maFriend, "She's reading your notes this week!");
        Post zaChase = re(10, "09:00", zainab, zaNote, "@Mateus Cardoso sorry to chase, I just need to know which "
                + "way to go on the act-two note before Friday.");
        Post leReader = say(10, "11:00", nbJobs, leanne, "Script reader, paid per script, for a Manchester indie: "
                + "openreel.example/reader");
        re(10, "11:20", mateus, leReader, "Ooh, I'll apply. Thanks Leanne.");
        Post haInterview = say(11, "10:00", nbAsk, hannah, "Got an interview for the runner job Leanne posted! Any "
                + "tips?");
        Post olInterview = re(11, "10:30", ollie, haInterview, "Know the show, be early, and say you can drive if "
                + "you can. Runners who drive get booked.");
        re(11, "10:45", hannah, olInterview, "I can drive! Thank you.");
        Post maLate = re(13, "17:00", mateus, zaChase, "@Zainab Osei sorry, only just saw this. I meant she needs a "
                + "new want after the wedding, the old one's done. Hope the producer liked it.");
        re(13, "17:30", zainab, maLate, "I guessed, and went the other way. I'll fix it in the next draft.");
        // W08
        Post olFirst = say(15, "09:00", nbNews, ollie, "Big news from me: I've been promoted to 1st AD for the "
                + "second block of my series. I never thought I'd get there this fast. I'm over the moon and I owe "
                + "a lot to my old 1st.");
        re(15, "09:30", barnaby, olFirst, "Fantastic, Ollie!");
        say(15, "11:00", nbGeneral, ollie, "My first day prepping as 1st today. I made my own schedule, I ran my own "
                + "meeting, and my producer said my breakdown was the best she'd seen. I'm still buzzing.");
        say(15, "18:00", nbGeneral, ollie, "I finally understand why my old 1st was always on the phone. My days "
                + "are all calls now. I've had my headset on since 7am.");
        Post olBelt = say(16, "10:00", nbGeneral, ollie, "I'm just so happy. My mum cried when I told her. I've "
                + "ordered myself a proper AD belt to celebrate, so my tape, my radio and my sides are all in one "
                + "place.");
        Post zaBelt = re(16, "10:30", zainab, olBelt, "Deserved! Enjoy it.");
        re(16, "10:40", ollie, zaBelt, "Thanks! My first call sheet goes out tonight, fingers crossed for me.");
        Post olSheet = say(17, "09:00", nbGeneral, ollie, "My call sheet went out with no typos. My 2nd is "
                + "brilliant, my crew is brilliant, and I'm loving my new job. I'll post my photos from set when I "
                + "can.");
        re(17, "09:30", leanne, olSheet, "Go Ollie!");
        Post haGot = say(18, "12:00", nbAsk, hannah, "I got the runner job!! Starts Monday. Thank you all so much.");
        re(18, "12:20", leanne, haGot, "Yes Hannah!");
        re(18, "12:40", ollie, haGot, "Told you. You'll be great.");
        haGot.react("🎉", zainab, idris, barnaby);
        Post zaRewrite = say(20, "16:00", nbGeneral, zainab, "Sent my rewrite to the producer. Mateus, I might send "
                + "it your way next month for fresh eyes.");
        re(20, "16:30", mateus, zaRewrite, "Anytime, happy to read it.");
    }

    private void locationSound() {
        // W06
        Post geMix = say(1, "10:00", soSale, gethin, "Just in: Sound Devices MixPre-10 II, boxed, £850. "
                + "morganaudio.example/mixpre10");
        Post noMix = re(1, "10:30", noor, geMix, "Is that from the Cardiff drama sale? Many hours on it?");
        Post geHours = re(1, "10:50", gethin, noMix, "Same batch, about 200 hours. Looks unused.");
        Post noTake = re(1, "11:00", noor, geHours, "I'll take it. Bank transfer like last time?");
        re(1, "11:10", gethin, noTake, "Yep, I'll send details. Good to have you back.");
        Post loArms = say(2, "09:00", soHelp, lowri, "First week as a boom op on a feature. My arms are dead by "
                + "lunch. Any technique tips?");
        Post noArms = re(2, "09:30", noor, loArms, "Hold it overhead with straight arms, not bent, so your "
                + "skeleton takes the weight instead of your muscles. Rest the pole on your head between takes.");
        re(2, "09:45", lowri, noArms, "Straight arms! Trying it today.");
        Post kiArms = re(2, "10:00", kieran, loArms, "And stretch your shoulders before the first setup. I made a "
                + "short video on it if you want it.");
        Post loYes = re(2, "10:10", lowri, kiArms, "Yes please!");
        re(2, "10:15", kieran, loYes, "Here you go: youtube.example/kieranboom/stretches");
        Post frBudget = say(3, "14:00", soAsk, fraser, "Producer on a low-budget horror, twelve days in March near "
                + "Bristol. What should I budget for a sound mixer and a boom op, with kit?");
        Post noBudget = re(3, "14:40", noor, frBudget, "For a low-budget feature, about £350-400 a day for a mixer "
                + "with kit and £250 for a boom op. Don't skip the boom op, it saves you ADR.");
        Post frFree = re(3, "15:00", fraser, noBudget, "Really useful. Are you free in March?");
        re(3, "15:20", noor, frFree, "From the 9th, yes. Email me your dates and I'll send credits: "
                + "noor@noorsound.example");
        say(4, "10:00", soSale, gethin, "Also in: two Sennheiser MKH 416s, £420 each. morganaudio.example/416");
        say(4, "10:10", soSale, gethin, "And a full-size Rycote kit, £160. morganaudio.example/rycote");
        Post loCrackle = say(5, "15:00", soHelp, lowri, "Radio mic on the lead actor crackles whenever she moves. "
                + "Changed the battery, still does it.");
        Post maCrackle = re(5, "15:30", marek, loCrackle, "Sounds like the lav's connector. Try reseating it first; "
                + "if it comes back, send it to me and I'll re-terminate it, £35 including return post.");
        re(5, "15:45", lowri, maCrackle, "Reseated it and it's better. If it comes back I'll send it, thanks!");
        say(5, "16:00", soLounge, gethin, "Good week, the MixPre and both 416s have gone already.");
        Post kiC4 = say(6, "10:00", soLounge, kieran, "Anyone mixing on the new Channel 4 show in Bristol? I'm after "
                + "boom days.");
        Post noC4 = re(6, "10:30", noor, kiC4, "I'll pass your name to the mixer, she's a friend.");
        re(6, "10:40", kieran, noC4, "Legend.");
        // W07
        Post loPole = say(8, "10:00", soSale, lowri, "Wanted: a used carbon boom pole, 3-4m. Budget £200.");
        Post gePole = re(8, "10:30", gethin, loPole, "I've a K-Tek 3.5m carbon in, £190, can post tomorrow: "
                + "morganaudio.example/ktek");
        re(8, "10:50", lowri, gePole, "Yes please!");
        Post noHum = say(9, "12:00", soHelp, noor, "Anyone had a hum that won't go even with the fridge off? "
                + "Location is an old pub kitchen.");
        Post maHum = re(9, "12:30", marek, noHum, "Check the fluorescent tubes and any old dimmers. Pub kitchens "
                + "often have a dodgy ballast somewhere.");
        re(9, "12:50", noor, maHum, "It was the extractor fan's controller! Thanks Marek.");
        say(10, "20:00", soHelp, kieran, "New video: booming walk-and-talks youtube.example/kieranboom/walk-talk");
        say(10, "20:02", soHelp, kieran, "And the one on hiding lavs in costumes: youtube.example/kieranboom/lavs");
        say(10, "20:04", soHelp, kieran, "Cable management on the pole: youtube.example/kieranboom/cables");
        say(10, "20:06", soHelp, kieran, "Plus my full kit tour: youtube.example/kieranboom/kit-tour");
        Post frBand = say(11, "14:00", soAsk, fraser, "Booked Noor for March, thanks all. Now: do we need a "
                + "separate playback person for a scene with a live band?");
        Post noBand = re(11, "14:30", noor, frBand, "For one scene I can run playback. If they play live and we "
                + "record it, I'd bring in a second mixer for the day.");
        re(11, "14:40", fraser, noBand, "Got it, thanks.");
        Post noBag = say(12, "16:00", soLounge, noor, "Finally finished rebuilding my bag for the horror film. "
                + "Pretty pleased with it.");
        Post geBag = re(12, "16:30", gethin, noBag, "Looks great. I've a Cinela windshield in that would fit your "
                + "416, £180 for you since you've bought from me before.");
        re(12, "16:45", noor, geBag, "Tempting, but I'm skint till March!");
        Post loUpdate = re(13, "09:00", lowri, noArms, "Update: straight arms worked, I did a twelve-hour day with "
                + "no pain. Thanks Noor!");
        re(13, "09:20", noor, loUpdate, "Amazing!");
        // W08
        Post loTc = say(16, "11:00", soHelp, lowri, "Timecode drifting between my recorder and the camera, about a "
                + "frame an hour. What am I doing wrong?");
        Post kiTc = re(16, "11:30", kieran, loTc, "Jam sync at lunch as well as at call. Or put sync boxes on both, "
                + "cheap ones are fine.");
        re(16, "11:45", lowri, kiTc, "Jam at lunch, will do, thanks!");
        say(17, "09:00", soAsk, gethin, "morganaudio.example/stock used sound kit, tested, three-month warranty.");
        Post frReports = say(17, "10:00", soAsk, fraser, "One more: what should I ask the mixer for at the end of "
                + "each day? Our editor wants everything organised.");
        Post noReports = re(17, "10:30", noor, frReports, "Sound reports, a copy of the day's files on a separate "
                + "drive, and the list of wild tracks. Tell your editor I name files by scene and take.");
        re(17, "10:40", fraser, noReports, "Perfect.");
        Post geF8 = say(19, "10:00", soSale, gethin, "New in: Zoom F8n Pro, £480. morganaudio.example/f8n");
        Post kiF8 = re(19, "10:30", kieran, geF8, "Good price. Does it come with the battery sled?");
        re(19, "10:50", gethin, kiF8, "Yes, sled and the case.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes112Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 112");
    }
}
