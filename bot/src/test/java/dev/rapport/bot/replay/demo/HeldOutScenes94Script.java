package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 94 (sealed): eight communities of accessibility, disability and the services around it, of kinds no
 * earlier round used (a wheelchair and mobility-scooter repair shop's own server with its Staff and Customers, blind
 * and low-vision people sharing tech tips where nobody sells, assistance-dog trainers with a room where owners ask and
 * a harness maker among them, accessible-travel planners with a room where travellers ask and an offers room, a
 * parents-of-deaf-children group where nobody sells, braille transcribers with a room where schools and publishers
 * ask and an embosser reseller among them and his DM to a newcomer, access auditors with a room where venue owners ask,
 * a hire room and a reading room, disabled people who employ their own personal assistants with a PA jobs board and a
 * payroll bureau's owner among them), over three ISO weeks (2030-W38 to W40), written and labelled by writer94
 * (session 50) before any coach ran on them, with many borderline cases. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-94.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes94Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2030, 9, 16);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2030, 10, 7, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-94";
    private static final int BASE = 73200;

    // --- A. a wheelchair and mobility-scooter repair shop's own server ---
    private final String wheels = cast.guild(1221);
    private final Role wmStaff = cast.role("Staff", "#2e86c1", 2);
    private final Role wmCustomer = cast.role("Customer", "#27ae60", 1);
    private final Channel wmNews = cast.channel(wheels, "Wheels Mended", "shop-news",
            "opening hours, stock and news from the workshop", "wm-shop-news.json");
    private final Channel wmHelp = cast.channel(wheels, "Wheels Mended", "repairs-help",
            "ask about your wheelchair or scooter: faults, batteries, tyres; the workshop answers",
            "wm-repairs-help.json");
    private final Channel wmBook = cast.channel(wheels, "Wheels Mended", "bookings",
            "book a workshop slot or a home visit; the van's rounds are posted here", "wm-bookings.json");
    private final Channel wmChat = cast.channel(wheels, "Wheels Mended", "chat",
            "anything else: trips out, buses, good days", "wm-chat.json");
    private final Persona owen = cast.person("owen.gallagher", "Owen Gallagher", wmStaff);
    private final Persona priya = cast.person("priya.n", "Priya Nandra", wmStaff);
    private final Persona callum = cast.person("callum.reid", "Callum Reid", wmStaff);
    private final Persona brenda = cast.person("brenda.hollins", "Brenda Hollins", wmCustomer);
    private final Persona dev = cast.person("dev.malhotra", "Dev Malhotra", wmCustomer);
    private final Persona agnes = cast.person("agnes.w", "Agnes Whitfield", wmCustomer);
    private final Persona tom = cast.person("tom.kerrigan", "Tom Kerrigan");

    // --- B. blind and low-vision people sharing tech tips, where nobody sells ---
    private final String screen = cast.guild(1222);
    private final Channel srIntro = cast.channel(screen, "Screen Reader Corner", "introductions",
            "new here? say hello and tell us what you use", "sr-introductions.json");
    private final Channel srPhones = cast.channel(screen, "Screen Reader Corner", "phones-and-apps",
            "VoiceOver, TalkBack, magnifiers, apps that help: ask and share", "sr-phones-and-apps.json");
    private final Channel srComputers = cast.channel(screen, "Screen Reader Corner", "computers",
            "NVDA, JAWS, Narrator, braille displays, magnification on the desktop", "sr-computers.json");
    private final Channel srOff = cast.channel(screen, "Screen Reader Corner", "off-topic",
            "audio description, podcasts, days out, anything", "sr-off-topic.json");
    private final Persona nadia = cast.person("nadia.farouk", "Nadia Farouk");
    private final Persona graham = cast.person("graham.lockett", "Graham Lockett");
    private final Persona imogen = cast.person("imogen.f", "Imogen Faulkner");
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante");
    private final Persona derek = cast.person("derek.mulholland", "Derek Mulholland");
    private final Persona sunil = cast.person("sunil.varma", "Sunil Varma");
    private final Persona elspeth = cast.person("elspeth.munro", "Elspeth Munro");

    // --- C. assistance-dog trainers with a room where owners ask ---
    private final String paws = cast.guild(1223);
    private final Channel pwTrainers = cast.channel(paws, "Paws With Purpose", "trainers-room",
            "assistance-dog trainers among ourselves: methods, access tests, the work", "pw-trainers-room.json");
    private final Channel pwOwners = cast.channel(paws, "Paws With Purpose", "owners-ask",
            "partners, families and would-be owners ask; a trainer will answer", "pw-owners-ask.json");
    private final Channel pwKit = cast.channel(paws, "Paws With Purpose", "kit-and-gear",
            "harnesses, jackets, leads: makers and sellers welcome, for sale and wanted", "pw-kit-and-gear.json");
    private final Channel pwDogs = cast.channel(paws, "Paws With Purpose", "good-dogs",
            "photos, brags and good days", "pw-good-dogs.json");
    private final Persona harriet = cast.person("harriet.blackwood", "Harriet Blackwood");
    private final Persona jonah = cast.person("jonah.whitaker", "Jonah Whitaker");
    private final Persona yvonne = cast.person("yvonne.achebe", "Yvonne Achebe");
    private final Persona lucy = cast.person("lucy.brannigan", "Lucy Brannigan");
    private final Persona ellis = cast.person("ellis.thornton", "Ellis Thornton");
    private final Persona shona = cast.person("shona.ferguson", "Shona Ferguson");
    private final Persona ravi = cast.person("ravi.chandran", "Ravi Chandran");
    private final Persona beatrix = cast.person("beatrix.c", "Beatrix Colquhoun");

    // --- D. accessible-travel planners with a room where travellers ask ---
    private final String abroad = cast.guild(1224);
    private final Channel abLounge = cast.channel(abroad, "Access Abroad", "planners-lounge",
            "travel planners talking shop: suppliers, hotels, what went wrong", "ab-planners-lounge.json");
    private final Channel abAsk = cast.channel(abroad, "Access Abroad", "travellers-ask",
            "disabled travellers and the people they travel with ask; planners answer", "ab-travellers-ask.json");
    private final Channel abReports = cast.channel(abroad, "Access Abroad", "trip-reports",
            "travellers: how it went, what worked, what didn't", "ab-trip-reports.json");
    private final Channel abOffers = cast.channel(abroad, "Access Abroad", "offers",
            "planners' packages and offers go here, and only here", "ab-offers.json");
    private final Persona celia = cast.person("celia.montgomery", "Celia Montgomery");
    private final Persona tobias = cast.person("tobias.renwick", "Tobias Renwick");
    private final Persona anouk = cast.person("anouk.v", "Anouk Verhoeven");
    private final Persona gordon = cast.person("gordon.ashby", "Gordon Ashby");
    private final Persona leila = cast.person("leila.haddad", "Leila Haddad");
    private final Persona hamish = cast.person("hamish.boyd", "Hamish Boyd");

    // --- E. parents of deaf children, where nobody sells ---
    private final String ears = cast.guild(1225);
    private final Role leModerator = cast.role("Moderator", "#8e44ad", 1);
    private final Channel leIntro = cast.channel(ears, "Little Ears Parents", "introductions",
            "new here? tell us about your family, as much as you like", "le-introductions.json");
    private final Channel leDiag = cast.channel(ears, "Little Ears Parents", "just-diagnosed",
            "newborn screening, first appointments, hearing aids, the early questions", "le-just-diagnosed.json");
    private final Channel leSchool = cast.channel(ears, "Little Ears Parents", "school-and-signing",
            "nurseries, schools, EHCPs, learning to sign as a family", "le-school-and-signing.json");
    private final Channel leCoffee = cast.channel(ears, "Little Ears Parents", "coffee-room",
            "chat, wins, bad days", "le-coffee-room.json");
    private final Persona sinead = cast.person("sinead.mahoney", "Sinead Mahoney", leModerator);
    private final Persona jodie = cast.person("jodie.ainsworth", "Jodie Ainsworth");
    private final Persona adebayo = cast.person("adebayo.okon", "Adebayo Okon");
    private final Persona carys = cast.person("carys.llewellyn", "Carys Llewellyn");
    private final Persona martina = cast.person("martina.rossi", "Martina Rossi");
    private final Persona kieran = cast.person("kieran.doyle", "Kieran Doyle");

    // --- F. braille transcribers with a room where schools and publishers ask ---
    private final String braille = cast.guild(1226);
    private final Channel btOnly = cast.channel(braille, "Braille Transcribers Network", "transcribers-only",
            "braille transcribers talking shop: codes, tactile diagrams, rates", "bt-transcribers-only.json");
    private final Channel btRequests = cast.channel(braille, "Braille Transcribers Network", "requests",
            "schools, colleges and publishers: post what you need transcribed", "bt-requests.json");
    private final Channel btKit = cast.channel(braille, "Braille Transcribers Network", "kit-for-sale",
            "embossers, braillers, software: for sale and wanted", "bt-kit-for-sale.json");
    private final Channel btGeneral = cast.channel(braille, "Braille Transcribers Network", "general",
            "everything else", "bt-general.json");
    private final Persona rosalind = cast.person("rosalind.a", "Rosalind Achterberg");
    private final Persona bernard = cast.person("bernard.quayle", "Bernard Quayle");
    private final Persona tamsin = cast.person("tamsin.holloway", "Tamsin Holloway");
    private final Persona kenneth = cast.person("kenneth.abara", "Kenneth Abara");
    private final Persona orla = cast.person("orla.fitz", "Orla Fitzpatrick");
    private final Persona gemma = cast.person("gemma.sutcliffe", "Gemma Sutcliffe");
    private final Persona alistair = cast.person("alistair.pryor", "Alistair Pryor");
    private final Channel btDm = cast.dm(orla, "dm-orla-fitzpatrick.json");

    // --- G. access auditors with a room where venue owners ask ---
    private final String audit = cast.guild(1227);
    private final Channel aaChat = cast.channel(audit, "Access Auditors Forum", "auditors-chat",
            "access auditors among ourselves: standards, reports, site visits", "aa-auditors-chat.json");
    private final Channel aaVenues = cast.channel(audit, "Access Auditors Forum", "venues-ask",
            "venue owners, shops and event organisers ask about access; auditors answer", "aa-venues-ask.json");
    private final Channel aaHire = cast.channel(audit, "Access Auditors Forum", "hire-an-auditor",
            "auditors' availability, areas and rates go here", "aa-hire-an-auditor.json");
    private final Channel aaResources = cast.channel(audit, "Access Auditors Forum", "resources",
            "guidance, standards and good reads: drop useful links here", "aa-resources.json");
    private final Persona nigel = cast.person("nigel.ashcroft", "Nigel Ashcroft");
    private final Persona farah = cast.person("farah.siddiqui", "Farah Siddiqui");
    private final Persona desmond = cast.person("desmond.okoye", "Desmond Okoye");
    private final Persona monique = cast.person("monique.dubois", "Monique Dubois");
    private final Persona carla = cast.person("carla.benedetti", "Carla Benedetti");
    private final Persona rupert = cast.person("rupert.ellison", "Rupert Ellison");
    private final Persona gail = cast.person("gail.thackeray", "Gail Thackeray");

    // --- H. disabled people who employ their own personal assistants, with a PA jobs board ---
    private final String employers = cast.guild(1228);
    private final Channel paChat = cast.channel(employers, "PA Employers Network", "employers-chat",
            "for us who employ our own PAs: contracts, rotas, the good and the hard", "pa-employers-chat.json");
    private final Channel paJobs = cast.channel(employers, "PA Employers Network", "pa-jobs",
            "PA vacancies: employers post jobs, PAs say where and when they can work", "pa-jobs.json");
    private final Channel paPayroll = cast.channel(employers, "PA Employers Network", "payroll-and-paperwork",
            "direct payments, payroll, insurance, tax codes", "pa-payroll-and-paperwork.json");
    private final Channel paOff = cast.channel(employers, "PA Employers Network", "off-duty",
            "chat, sport, telly, anything", "pa-off-duty.json");
    private final Persona stuart = cast.person("stuart.penhaligon", "Stuart Penhaligon");
    private final Persona alison = cast.person("alison.crabtree", "Alison Crabtree");
    private final Persona joel = cast.person("joel.armitage", "Joel Armitage");
    private final Persona bronwen = cast.person("bronwen.tudor", "Bronwen Tudor");
    private final Persona kofi = cast.person("kofi.mensah", "Kofi Mensah");
    private final Persona trevor = cast.person("trevor.oakes", "Trevor Oakes");

    HeldOutScenes94Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        repairShop();
        screenReaders();
        assistanceDogs();
        accessibleTravel();
        deafChildrenParents();
        brailleTranscribers();
        accessAuditors();
        paEmployers();
    }

    private void repairShop() {
        // W38
        say(1, "09:00", wmNews, owen, "Morning all. Workshop open 8 till 5 this week, and the Saturday clinic is "
                + "back on the 21st. New tyres for Pride and TGA scooters have arrived: wheelsmended.example/tyres");
        Post bQ1 = say(1, "10:15", wmHelp, brenda, "My powerchair's joystick has started drifting left when I let "
                + "go of it. Is that a quick fix or a big job?");
        Post prA = re(1, "10:40", priya, bQ1, "Usually the joystick module just needs recalibrating, now and then "
                + "replacing. Bring it in Wednesday morning and I'll test it while you wait, about 40 minutes if it's "
                + "only the calibration");
        re(1, "10:52", brenda, prA, "Wednesday it is, thank you Priya");
        say(1, "14:00", wmBook, callum, "Home visits this week: Tuesday Ripon and Thirsk, Thursday Harrogate. Two "
                + "slots left Thursday afternoon");
        Post dvTrip = say(2, "09:30", wmChat, dev, "Took the scooter along the canal path on Sunday, 11 miles on one "
                + "charge. The new batteries are brilliant");
        re(2, "09:45", owen, dvTrip, "That's what we like to hear! Those lithium packs suit you");
        Post aQ1 = say(2, "11:00", wmHelp, agnes, "Frank's wheelchair brakes aren't holding on our drive, it's a bit "
                + "of a slope. Is it safe to use till someone can look at it?");
        Post caA = re(2, "11:20", callum, aQ1, "Not on the slope, Agnes. Keep him on the flat and I'll come to you "
                + "on Thursday, I've put you down for 2pm");
        re(2, "11:35", agnes, caA, "Thank you Callum, 2pm is fine");
        Post brConf = say(3, "10:00", wmBook, brenda, "Just confirming I'm in Wednesday at 9 for the joystick");
        re(3, "10:10", priya, brConf, "See you at 9 👍");
        Post prTip = say(3, "15:30", wmHelp, priya, "Tip for the cold months: scooter batteries lose range below "
                + "about 5 degrees, so charge them indoors if you can");
        Post dvShed = re(3, "15:45", dev, prTip, "good to know, mine lives in the shed");
        re(3, "15:50", priya, dvShed, "A shed's fine if it's dry, just bring the battery in overnight when it's "
                + "frosty");
        Post brFixed = say(4, "12:00", wmChat, brenda, "Joystick fixed in half an hour and Priya made me a tea. Ten "
                + "out of ten");
        brFixed.react("❤️", priya, owen);
        Post dvRef = say(4, "16:00", wmChat, dev, "I've told my mate Barry at the day centre about you lot, he's "
                + "bringing his chair in next week. His footrest has been hanging off for months");
        re(4, "16:20", owen, dvRef, "Cheers Dev, much appreciated. Tell him to ask for Priya");
        re(5, "17:00", agnes, caA, "Brakes adjusted and Frank's back out on the drive. Thank you Callum");
        say(6, "10:00", wmNews, owen, "Saturday clinic tomorrow, 9 till 12: free tyre pressure and battery checks, "
                + "no booking needed");
        say(7, "18:00", wmChat, priya, "Reminder that I'm off all next week, back Monday the 30th. Owen and Callum "
                + "have the workshop");
        // W39
        joins(8, "08:50", wmChat, tom);
        Post tQ = say(8, "09:10", wmHelp, tom, "Hello, new here. How much is a full service on a Pride Colt "
                + "scooter, and how long would you need it for?");
        Post owTom = re(8, "09:40", owen, tQ, "Welcome Tom! A full service is £85: brakes, tyres, batteries and a "
                + "load test. We'd need it for a day, or Callum can do it at your house on a Tuesday");
        re(8, "09:55", tom, owTom, "A Tuesday at home would be ideal, thanks. I'll book");
        Post tBook = say(8, "10:05", wmBook, tom, "Could I have a home service a week on Tuesday please? "
                + "Knaresborough");
        re(8, "10:30", callum, tBook, "Done, Tuesday the 1st in the morning. I'll ring the day before");
        Post cRound = say(8, "14:00", wmBook, callum, "This week's visits: Tuesday Ripon, Thursday Harrogate and "
                + "Wetherby. Thursday is full now");
        re(9, "10:00", agnes, cRound, "@Callum Reid while you're in Harrogate on Thursday, could you look at "
                + "Frank's footplate? It's come loose again and he keeps catching his foot on it");
        Post brCold = re(9, "11:00", brenda, prTip, "@Priya Nandra does the cold do the same to powerchair "
                + "batteries? Mine are gel, not lithium");
        Post owCold = re(9, "11:30", owen, brCold, "Priya's off this week, Brenda, but yes, gel batteries lose range "
                + "in the cold too. Charge indoors and keep them topped up rather than running them flat");
        re(9, "11:45", brenda, owCold, "Thanks Owen, will do");
        Post owBarry = say(9, "15:00", wmChat, owen, "Dev, your mate Barry came in this morning. Footrest sorted in "
                + "ten minutes. Thanks for sending him");
        owBarry.react("👍", dev);
        say(10, "09:00", wmBook, callum, "Running about 20 minutes late on the Ripon round, sorry all");
        Post dvBus = say(10, "12:00", wmChat, dev, "anyone know if the buses round here take scooters now? the 36 "
                + "driver said no again this morning");
        Post brBus = re(10, "12:30", brenda, dvBus, "The 36 takes class 2 scooters if you've got a permit card. "
                + "Ask the bus company for one, they check the size once and that's it");
        re(10, "12:45", dev, brBus, "never knew about the card. cheers Brenda");
        say(11, "17:00", wmBook, callum, "Thursday done: six visits, two batteries swapped, one puncture. Next "
                + "week's list goes up on Monday");
        Post owCovers = say(12, "10:00", wmNews, owen, "We now stock weatherproof joystick covers, £14: "
                + "wheelsmended.example/covers");
        Post brCover = re(12, "10:30", brenda, owCovers, "Ooh, I'll have one of those. Could you put one aside for "
                + "me?");
        re(12, "10:45", owen, brCover, "Put aside with your name on it, Brenda");
        Post agLoose = say(13, "09:00", wmHelp, agnes, "Frank's footplate is still loose, he nearly went over on a "
                + "kerb today");
        Post owAg = re(13, "09:20", owen, agLoose, "So sorry to hear that, Agnes. Bring the chair in on Monday first "
                + "thing and I'll do it myself while you wait");
        say(14, "12:00", wmChat, owen, "Thanks for a busy week, everyone. Priya's back on Monday");
        // W40
        Post prBack = say(15, "08:30", wmChat, priya, "Back! What did I miss?");
        re(15, "08:40", owen, prBack, "Barry's footrest, and we sold out of joystick covers");
        re(15, "10:00", agnes, owAg, "Footplate fixed this morning and tight as anything. Thank you Owen");
        say(16, "09:00", wmBook, callum, "This week: Tuesday Knaresborough and Boroughbridge, Thursday Ripon. Tom, "
                + "see you at 10");
        Post tDone = say(16, "12:00", wmHelp, tom, "Callum serviced the scooter at home this morning, very "
                + "thorough. Front tyre was nearly bald and I had no idea");
        re(16, "12:20", callum, tDone, "Glad it's done, Tom. Check the pressure once a month and it'll last");
        Post bQ2 = say(17, "10:00", wmHelp, brenda, "Is it normal for the seat to clunk when it tilts back? Started "
                + "yesterday");
        Post prFilm = re(17, "10:30", priya, bQ2, "Could be the actuator, could be a worn bush. Film it for me and "
                + "post it here, or bring it in on Friday");
        Post brVid = re(18, "19:00", brenda, prFilm, "Here you go: clips.example/brenda-tilt");
        Post prBush = re(18, "19:30", priya, brVid, "That's the bush. A 20 minute job, Friday at 10?");
        re(18, "19:40", brenda, prBush, "Perfect, see you then");
        say(19, "10:00", wmNews, owen, "Saturday clinic tomorrow, 9 till 12. We also have two ex-demo scooters in, "
                + "ask in the shop");
        say(20, "17:00", wmChat, dev, "Barry says thanks to everyone. He's off to Whitby in his chair tomorrow, "
                + "first time in years");
    }

    private void screenReaders() {
        // W38
        Post imIntro = say(1, "09:30", srIntro, imogen, "Hi all, I'm Imogen. Diagnosed with macular degeneration "
                + "last year and my reading vision has mostly gone. A friend said this is the place to learn the phone "
                + "stuff. Bit overwhelmed");
        Post naWel = re(1, "10:00", nadia, imIntro, "Welcome Imogen! You're in the right place. Everyone here "
                + "started somewhere, so ask anything, nothing's too basic");
        re(1, "10:20", graham, imIntro, "Welcome! I'm low vision too, macular in one eye. It gets easier, promise");
        re(1, "10:45", imogen, naWel, "Thank you both, that means a lot");
        Post iQ1 = say(1, "19:00", srPhones, imogen, "First question: how do I make the text on my iPhone bigger "
                + "than the biggest size in the settings?");
        Post naA1 = re(1, "19:15", nadia, iQ1, "Settings, Accessibility, Display and Text Size, Larger Text, then "
                + "switch on Larger Accessibility Sizes. The slider goes much further after that");
        re(1, "19:40", imogen, naA1, "Found it! I can read my messages again without the magnifier");
        Post dQ = say(2, "10:00", srComputers, derek, "Anyone else find the latest NVDA update broke browse mode in "
                + "Outlook? Mine jumps to the top of every email");
        Post kwA = re(2, "10:30", kwame, dQ, "Yes, it's a known issue. Rolling back to the previous version fixed "
                + "it for me, the older installers are on the downloads page: nvaccess.example/download");
        re(2, "10:50", derek, kwA, "Rolled back, sorted. Cheers Kwame");
        Post suAsk = say(2, "14:00", srPhones, sunil, "Hi everyone, I've made an app that reads out bus times at "
                + "your stop. Could you all download it and give it a 5 star rating? apps.example/busvoice");
        say(2, "14:05", srOff, sunil, "I made an app that reads bus times aloud, please rate it 5 stars, it really "
                + "helps it get found: apps.example/busvoice");
        re(2, "15:00", nadia, suAsk, "Does it work with TalkBack on Android, or only on iPhone? And does it need "
                + "the stop number?");
        re(2, "16:00", graham, suAsk, "I'd try it if it works with big text as well as speech");
        Post iQ2 = say(3, "11:00", srPhones, imogen, "How do I stop the phone reading out every notification when "
                + "I'm on the bus? It's embarrassing");
        Post elA = re(3, "11:20", elspeth, iQ2, "Turn on a Focus mode while you're out and it stays quiet. Or bone "
                + "conduction headphones, I swear by mine");
        Post imF = re(3, "11:40", imogen, elA, "I'm not on VoiceOver yet, just Spoken Content. Does the Focus thing "
                + "still work?");
        Post elB = re(3, "11:55", elspeth, imF, "Yes, Focus silences the notifications whatever reads them");
        re(3, "12:10", imogen, elB, "Brilliant, trying it on the way home");
        Post grAd = say(4, "20:00", srOff, graham, "The audio described version of the new detective series is up "
                + "now, and the describer is superb");
        re(4, "20:15", kwame, grAd, "watched episode one last night, agreed, she doesn't miss a thing");
        Post eQ = say(5, "10:00", srComputers, elspeth, "Does anyone use a braille display with a Chromebook? The "
                + "school's given my grandson one and nobody there knows how");
        Post kwB = re(5, "10:30", kwame, eQ, "ChromeVox pairs with most displays. The official guide: "
                + "support.example/chromevox-braille, and the list of displays it knows: "
                + "support.example/chromevox-displays");
        say(5, "10:32", srComputers, kwame, "If his is a Focus 40, pair it over USB first, Bluetooth is flaky on "
                + "that one");
        re(5, "11:00", elspeth, kwB, "You're a star, sending this to his teacher now");
        Post imBus = say(6, "17:00", srPhones, imogen, "Focus mode worked on the bus. Tiny victory");
        re(6, "17:20", nadia, imBus, "Not tiny at all 🎉");
        Post dAway = say(7, "09:00", srComputers, derek, "Heads up, I'm in for my cataract op on Tuesday, so I'll be "
                + "quiet for a week or so. Back when I can see the keyboard again 😄");
        re(7, "09:30", graham, dAway, "Good luck Derek, rest up");
        // W39
        Post iQ3 = say(8, "10:00", srPhones, imogen, "I've decided to try VoiceOver properly. Is there a way to "
                + "practise the gestures without messing up my phone?");
        Post naPr = re(8, "10:25", nadia, iQ3, "Yes, VoiceOver Practice, in the VoiceOver settings. It tells you "
                + "what each gesture does without doing it. Fifteen minutes a day and you'll fly");
        re(8, "10:40", imogen, naPr, "Doing it now. The two-finger swipe down is magic");
        Post grRb = re(9, "09:00", graham, dQ, "@Derek Mulholland did your rollback stick after the Windows "
                + "update? Mine's jumping to the top again");
        re(9, "09:40", kwame, grRb, "It needs rolling back again after each Windows update, annoyingly. Same "
                + "installer as before");
        Post kwQ = say(9, "14:00", srComputers, kwame, "Question for the Windows folk: JAWS or NVDA for someone "
                + "starting a job with Excel all day? Asking for my cousin");
        Post naJ = re(9, "15:00", nadia, kwQ, "NVDA handles Excel well now, but if the employer pays, JAWS still "
                + "has the edge on big spreadsheets. Access to Work can fund it");
        re(9, "15:30", kwame, naJ, "Access to Work, of course. Thanks Nadia, passing that on");
        Post iQ4 = say(10, "19:00", srPhones, imogen, "Rotor question. I keep landing on characters when I want "
                + "words. Can I take things off the rotor?");
        Post elR = re(10, "19:20", elspeth, iQ4, "Settings, Accessibility, VoiceOver, Rotor. Untick anything you "
                + "never use. I've only got five on mine");
        re(10, "19:35", imogen, elR, "Done, six on mine now. Thanks Elspeth");
        Post elGs = say(11, "12:00", srOff, elspeth, "My grandson passed his first braille reading assessment at "
                + "school! Kwame, your Chromebook tips got him set up in a day");
        re(11, "12:10", kwame, elGs, "That's made my week. Well done him");
        elGs.react("👏", nadia, imogen);
        Post naFair = say(12, "20:00", srOff, nadia, "Anyone going to the tech fair in Birmingham next month? "
                + "Thinking of going on the train with my guide dog");
        Post grFair = re(12, "20:30", graham, naFair, "I'll be there on the Saturday. Happy to meet you at the "
                + "station, the assistance at New Street is good if you book it");
        re(12, "20:45", nadia, grFair, "Deal, I'll book assistance for the 10:15 arrival");
        Post imSeeing = say(13, "11:00", srPhones, imogen, "For anyone newer than me: Seeing AI read my post this "
                + "morning, even the handwritten card from my sister. It's free: seeingai.example");
        re(13, "11:20", graham, imSeeing, "Good find, I use it for the tins in the cupboard");
        // W40
        Post dBack = say(15, "09:00", srComputers, derek, "Back with a new lens! Everything's so bright. What did I "
                + "miss?");
        Post grBack = re(15, "09:15", graham, dBack, "Welcome back! I asked you about the NVDA rollback but Kwame "
                + "sorted me out");
        re(15, "09:30", derek, grBack, "Good, and yes, it needs doing after every update, daft as that is");
        Post naIos = say(16, "10:00", srPhones, nadia, "Heads up: tonight's iOS update moves the VoiceOver volume. "
                + "It's under Speech now, not Audio");
        re(16, "10:30", imogen, naIos, "Thank you, I'd have been lost");
        Post grQ = say(17, "18:00", srComputers, graham, "Best way to make just the mouse pointer bigger on "
                + "Windows 11? Magnifier makes me seasick");
        Post imPtr = re(17, "18:20", imogen, grQ, "My son set mine up: Settings, Accessibility, Mouse pointer and "
                + "touch, then drag the size slider. I have it on 8, in yellow");
        re(17, "18:40", graham, imPtr, "Yellow at size 8, perfect. Thanks Imogen!");
        Post kwPod = say(18, "20:00", srOff, kwame, "Found a cooking podcast where they describe everything they "
                + "do. Very soothing: podcasts.example/talking-kitchen");
        re(18, "20:10", elspeth, kwPod, "Subscribed, thank you");
        say(19, "12:00", srOff, nadia, "Train assistance booked for Birmingham, confirmed for the 10:15. Graham, "
                + "see you under the departures board");
        Post elQ = say(20, "16:00", srPhones, elspeth, "Can the Be My Eyes volunteers help with reading a washing "
                + "machine display? Mine has a tiny screen and no beeps");
        Post naBe = re(20, "16:20", nadia, elQ, "Yes, I've done exactly that. The AI one is quicker for a display, "
                + "the volunteers are better if it's fiddly");
        re(20, "16:30", elspeth, naBe, "Trying it now");
    }

    private void assistanceDogs() {
        // W38
        Post haPass = say(1, "09:00", pwTrainers, harriet, "Morning. Public access tests for my two on Friday, both "
                + "passed. The supermarket one took its time in the bakery aisle");
        re(1, "09:20", yvonne, haPass, "Congratulations! The bakery aisle is the final boss");
        Post joAss = re(1, "09:40", jonah, haPass, "Well done. Which assessor did you get?");
        re(1, "09:50", harriet, joAss, "Pam from the regional panel, very fair");
        Post sQ1 = say(1, "14:00", pwOwners, shona, "My son's autism assistance dog, Bramble, has started sniffing "
                + "people's bags on the bus. How do I stop it before it becomes a habit?");
        Post yvA = re(1, "14:40", yvonne, sQ1, "Catch it early: reward a settle under the seat the moment you board, "
                + "before she's had a chance to look around. Short trips first, and don't let strangers fuss her");
        re(1, "15:00", shona, yvA, "We'll try the settle from the first step. Thank you Yvonne");
        say(2, "10:00", pwKit, ellis, "New batch of made-to-measure harnesses with reflective handles, in stock "
                + "from today: wagglewear.example/harnesses");
        Post luId = say(2, "11:00", pwTrainers, lucy, "Anyone else finding the new ID card scheme slow? Three of my "
                + "clients have been waiting six weeks");
        re(2, "11:30", jonah, luId, "Eight weeks for one of mine. Ridiculous");
        re(2, "11:45", harriet, luId, "Ring them, emails get lost. Ask for the assessments desk");
        Post bQ = say(3, "09:00", pwOwners, beatrix, "I'm on a charity's waiting list for a hearing dog and they say "
                + "two years. Is owner-training a realistic option while I wait?");
        Post haB = re(3, "09:45", harriet, bQ, "It can be, with the right dog and a trainer's support. It's a big "
                + "commitment, often 18 months to two years itself. Happy to talk you through what's involved");
        re(3, "10:10", beatrix, haB, "That would be great, thank you. I'll message you");
        Post shBus = say(4, "19:00", pwDogs, shona, "Bramble settled under the seat for the whole 40 minute bus ride "
                + "today 🎉");
        shBus.react("❤️", yvonne);
        shBus.react("👏", harriet);
        re(4, "19:10", yvonne, shBus, "Brilliant work from both of you");
        Post joClick = say(5, "10:00", pwTrainers, jonah, "Does anyone use a clicker for retrieve work, or just a "
                + "marker word?");
        Post luMark = re(5, "10:30", lucy, joClick, "Marker word. A clicker is one more thing to hold when the owner "
                + "uses a cane");
        re(5, "10:45", jonah, luMark, "Good point, I'll switch");
        say(6, "12:00", pwDogs, lucy, "My trainee Ziggy picked up a dropped card for his owner at the checkout "
                + "today, no cue");
        // W39
        joins(8, "08:30", pwOwners, ravi);
        Post joCourse = say(8, "09:00", pwTrainers, jonah, "My October owner-training course still has two places "
                + "empty. I need more owners signed up or it won't run");
        Post haNudge = re(8, "09:20", harriet, joCourse, "Have you put it in front of the owners' room? Beatrix was "
                + "asking about owner-training only last week");
        re(8, "09:35", jonah, haNudge, "Maybe. I'm never sure what to say in there");
        Post rQ = say(8, "10:00", pwOwners, ravi, "Hi, new here. My hearing dog Pip keeps pulling me towards other "
                + "dogs in shops. He's brilliant at home. Any tips?");
        Post haR = re(8, "10:30", harriet, rQ, "Welcome Ravi! Shops are full of smells and dogs, so go back a step: "
                + "short visits at quiet times, reward him for checking in with you, and leave before he's had "
                + "enough");
        re(8, "10:45", ellis, rQ, "A front-clip harness would sort that pulling. I make them to measure, £58, DM me "
                + "and I'll get one out to you this week");
        re(8, "11:10", ravi, haR, "Quiet times, got it. Thank you Harriet");
        Post yQ = say(8, "14:00", pwTrainers, yvonne, "Anyone trained a dog to alert to low blood sugar at night? "
                + "New client is diabetic and wants to know if it's doable with a 3 year old dog");
        Post joY = re(8, "14:30", jonah, yQ, "It's doable, I've done two. Scent samples on cotton pads, start with "
                + "the dog awake and build up to night alerts");
        Post yvJ = re(8, "14:45", yvonne, joY, "Thanks, I'll ring you about the scent samples");
        re(8, "14:50", jonah, yvJ, "Any time");
        say(9, "09:00", pwDogs, ellis, "Autumn offer: 15% off all my reflective jackets this week only: "
                + "wagglewear.example/autumn");
        Post bQ2 = say(9, "10:00", pwOwners, beatrix, "Is there anyone here who'd take on owner-training for a "
                + "hearing dog? I've a rescue collie who's very alert to sounds");
        Post joTins = say(9, "11:00", pwTrainers, jonah, "Anyone tried the new scent-training tins from the "
                + "conference?");
        Post luTins = re(9, "11:20", lucy, joTins, "Yes, they're good, the lids are easier for small hands");
        re(9, "11:30", jonah, luTins, "Ordering some then");
        Post sQ2 = say(10, "10:00", pwOwners, shona, "Bramble's ID card is due for renewal. Does she need a "
                + "reassessment or just the form?");
        Post joEx = say(10, "12:00", pwTrainers, jonah, "Quiet week. Anyone doing the Exeter workshop in "
                + "November?");
        Post haEx = re(10, "12:20", harriet, joEx, "I am, staying overnight");
        re(10, "12:30", jonah, haEx, "Might share a lift then");
        Post yvS = re(10, "15:00", yvonne, sQ2, "Just the form if it's within a year of her last test. Over a year "
                + "and it's a short reassessment");
        re(10, "15:20", shona, yvS, "Within a year, phew. Thank you");
        say(11, "09:00", pwOwners, ellis, "Reminder for owners: my autumn jacket sale ends Sunday, 15% off: "
                + "wagglewear.example/autumn");
        Post joPr = say(11, "10:00", pwTrainers, jonah, "Lucy, how do you get owners to practise between sessions? "
                + "Mine forget everything by the next week");
        Post luPr = re(11, "10:20", lucy, joPr, "Short videos on their phones. Thirty seconds, one skill each");
        re(11, "10:30", jonah, luPr, "Nice, stealing that");
        re(11, "16:00", yvonne, bQ2, "Beatrix, a rescue collie can work if the temperament's right. Harriet and "
                + "Jonah both do owner-training, worth a chat with each of them");
        Post joStill = say(12, "09:00", pwTrainers, jonah, "Still two places on the October course. Might have to "
                + "push it to November");
        Post haB2 = re(12, "09:15", harriet, joStill, "Beatrix in owners-ask has a collie and wants exactly that. "
                + "Go and say hello");
        re(12, "09:40", jonah, haB2, "Will do when I get a minute");
        Post raPip = say(13, "17:00", pwDogs, ravi, "Pip did a whole shop trip at 9am without a single pull. The "
                + "quiet-times idea works");
        raPip.react("❤️", harriet);
        // W40
        Post joB = re(15, "09:00", jonah, bQ2, "@Beatrix Colquhoun hello, I'm Jonah, one of the trainers here. "
                + "Owner-training for hearing work is what I do. What sounds does your collie already react to?");
        Post beJ = re(15, "10:00", beatrix, joB, "Hi Jonah! The doorbell, the kettle, my phone. She already nudges "
                + "me when the doorbell goes. Could I come and watch a session before deciding?");
        Post joTaster = re(15, "10:30", jonah, beJ, "Of course. There's a free taster on Saturday at 10 in Taunton, "
                + "bring her along. The doorbell nudge is the first thing we'd build on");
        re(16, "09:30", jonah, haB2, "The owners' room was a good shout, Harriet. Talking to Beatrix now");
        Post raJk = say(17, "11:00", pwOwners, ravi, "Does Pip need his jacket on in places he's allowed anyway, "
                + "like the library?");
        Post luJk = re(17, "11:30", lucy, raJk, "Legally no, but the jacket tells staff he's working and stops "
                + "people fussing him. Most owners keep it on");
        re(17, "11:45", ravi, luJk, "Jacket on then. Thanks Lucy");
        Post raXs = say(17, "12:00", pwKit, ravi, "@Ellis Thornton do you do jackets in XS? Pip's a small "
                + "terrier");
        Post elXs = re(17, "12:30", ellis, raXs, "I do, £32 in XS. Measure his chest and neck and send me the "
                + "numbers");
        re(17, "13:00", ravi, elXs, "Will measure tonight, thanks");
        Post shSch = say(18, "16:00", pwDogs, shona, "Bramble's first school trip with my son today. She was "
                + "perfect");
        re(18, "16:30", harriet, shSch, "That's what it's all for");
        Post yvNight = say(19, "09:00", pwTrainers, yvonne, "The low-blood-sugar dog did her first night alert! "
                + "Jonah, your cotton pad idea worked");
        re(19, "09:20", jonah, yvNight, "Brilliant news, well done her");
        re(20, "18:00", beatrix, joTaster, "The taster was brilliant, we've signed up for November. Thank you "
                + "Jonah");
    }

    private void accessibleTravel() {
        // W38
        Post ceLip = say(1, "10:00", abLounge, celia, "Anyone else had a hotel swear its roll-in shower was "
                + "roll-in, and it turned out to have a 10cm lip? Happened to my client in Seville last week");
        Post anTape = re(1, "10:30", anouk, ceLip, "Every season. I ask for a photo with a tape measure in it now. "
                + "No photo, no booking");
        re(1, "10:45", celia, anTape, "Tape measure photo, stealing that");
        Post gQ = say(1, "15:00", abAsk, gordon, "Planning Amsterdam in spring with my manual chair. Are the trams "
                + "actually usable or is it all marketing?");
        Post ceG = re(1, "15:40", celia, gQ, "The newer low-floor trams are fine, but some stops still have no "
                + "raised platform. The journey planner marks the step-free stops. The cobbles by the canals are "
                + "the bigger problem");
        re(1, "16:00", gordon, ceG, "Cobbles I can cope with, thanks Celia. Good to know about the stops");
        say(2, "09:00", abOffers, celia, "Autumn small-group trip: Madeira, step-free hotel, adapted minibus, 5 "
                + "nights, £1,290pp. Details: montgomerytravel.example/madeira");
        Post haLakes = say(2, "12:00", abReports, hamish, "Took Mum to the Lake District with Celia's planning. The "
                + "hotel had a ground floor room and there was a bench at every viewpoint we stopped at. She loved "
                + "it");
        re(2, "12:20", celia, haLakes, "So glad she enjoyed it, Hamish. Say hello to her from me");
        Post lQ = say(3, "11:00", abAsk, leila, "I have MS and I tire quickly. Is a river cruise a good idea, or is "
                + "there too much walking at the stops?");
        Post anL = re(3, "11:30", anouk, lQ, "River cruises can be great: the boats dock in the town centre, so the "
                + "walks are short, and you can sit out any stop. Check the gangway, some are steep at low water");
        re(3, "11:50", leila, anL, "The gangway, never thought of that. Thank you");
        Post toVan = say(4, "14:00", abLounge, tobias, "Who do people use for adapted vehicle hire in Spain? My "
                + "usual firm's gone bust");
        Post anVan = re(4, "14:30", anouk, toVan, "There's one in Malaga with ramp vans, I'll find the name "
                + "tonight");
        Post anVan2 = re(4, "20:00", anouk, toVan, "Found it: rampvans.example. Ask for Jorge");
        re(4, "20:15", tobias, anVan2, "Thank you Anouk");
        Post gQ2 = say(5, "10:00", abAsk, gordon, "@Anouk Verhoeven you sorted my Porto trip last year and it was "
                + "the best holiday I've had. Do you do Amsterdam too?");
        Post anG = re(5, "10:30", anouk, gQ2, "Thank you Gordon! Yes, happily. Send me your dates when you know "
                + "them");
        say(6, "16:00", abReports, leila, "Not my trip, but my sister did the Rhine last year and her boat had a "
                + "lift between decks, so I'm more hopeful now");
        // W39
        say(8, "09:00", abOffers, tobias, "Lisbon step-free week: 7 nights in an adapted room, airport transfers in "
                + "a ramp taxi, £1,450pp: renwicktravel.example/lisbon");
        say(8, "10:00", abAsk, tobias, "For anyone thinking about Portugal, my step-free Lisbon week: "
                + "renwicktravel.example/lisbon");
        say(8, "11:00", abReports, tobias, "If these reports inspire you, I've put together a step-free Lisbon "
                + "week, £1,450pp: renwicktravel.example/lisbon");
        say(8, "15:00", abLounge, tobias, "My Lisbon package is live, in case any of you get Lisbon enquiries you "
                + "can't take: renwicktravel.example/lisbon");
        Post hQ = say(9, "10:00", abAsk, hamish, "Mum uses a wheelchair full time now. Are there cruise lines that "
                + "take a transit chair and a carer without a big single supplement?");
        Post ceH = re(9, "10:40", celia, hQ, "Some lines price the carer's berth at a discount if you ask. Ask for "
                + "an accessible cabin nearest the lifts, and check for tender ports, those are the hard days");
        re(9, "11:00", hamish, ceH, "Tender ports, noted. Thanks Celia");
        Post anF = say(10, "09:30", abLounge, anouk, "Does anyone have a contact for step-free ferries to the Greek "
                + "islands? A client's set on Naxos");
        re(10, "10:00", celia, anF, "The bigger high-speed boats have lifts, the small ones don't. I'll dig out my "
                + "notes");
        Post ceN = re(10, "18:00", celia, anF, "Notes: the larger ferries have a lift from the car deck, and book "
                + "the accessible cabin by phone, not online");
        re(10, "18:30", anouk, ceN, "Brilliant, thank you");
        Post goYork = say(11, "19:00", abReports, gordon, "Mini report: day trip to York on the train. The station "
                + "lift was working and the Minster has a ramp round the side. Good day");
        re(11, "19:30", celia, goYork, "Lovely! That side ramp is a well-kept secret");
        say(12, "16:00", abLounge, tobias, "Two Lisbon places gone already!");
        Post anAway = say(13, "17:00", abLounge, anouk, "I'm off on a fam trip to Malta from tomorrow till the 4th, "
                + "checking hotels and ferries. Signal on the boats is patchy, so I'll be quiet");
        re(13, "17:20", celia, anAway, "Have fun, bring back photos of bathrooms 😄");
        // W40
        re(15, "10:00", gordon, anG, "@Anouk Verhoeven dates are 12 to 18 April, two of us, one manual chair. What "
                + "do you need from me?");
        Post lQ2 = say(15, "12:00", abAsk, leila, "Which planners here do river cruises? I'd rather someone plan it "
                + "than do it all myself");
        Post toL = re(15, "12:30", tobias, lQ2, "I do, Leila: Rhine and Danube, only on the boats with lifts. My "
                + "cruise page: renwicktravel.example/cruises. Happy to answer anything first");
        re(15, "13:00", leila, toL, "Thank you, I'll have a look and come back with questions");
        re(15, "13:30", celia, lQ2, "I do too, mostly the Douro. Whoever you pick, ask them for the gangway "
                + "heights");
        Post lQ3 = re(16, "11:00", leila, toL, "Does your Rhine trip have a cabin with a wet room?");
        Post toWet = re(16, "11:40", tobias, lQ3, "Yes, two wet-room cabins on each boat. I'd hold one now for "
                + "May, they go first");
        re(16, "12:00", leila, toWet, "Lovely, I'll email you tonight");
        Post haFj = say(17, "18:00", abReports, hamish, "Booked Mum's cruise using Celia's tips: Norwegian fjords, "
                + "no tender ports. Thank you everyone");
        re(17, "18:20", celia, haFj, "The fjords will be stunning. Enjoy");
        Post ceMan = say(18, "10:00", abLounge, celia, "Anyone used the new airport assistance app at Manchester? A "
                + "client says it's better than phoning");
        re(18, "10:30", tobias, ceMan, "Used it on Tuesday with a client, it's quicker. The staff see your booking "
                + "on a tablet");
        Post goAn = say(19, "14:00", abAsk, gordon, "Still hoping to hear from Anouk, is she away?");
        Post ceAn = re(19, "14:20", celia, goAn, "She's on a fam trip till the 4th, Gordon, back next week");
        re(19, "14:30", gordon, ceAn, "Ah, no rush then, thanks");
    }

    private void deafChildrenParents() {
        // W38
        Post maMore = say(1, "20:00", leCoffee, martina, "Sofia signed 'more biscuit' at breakfast. Two signs, a "
                + "whole sentence. I cried into my coffee");
        re(1, "20:10", carys, maMore, "Two-sign sentences! That's huge");
        re(1, "20:20", adebayo, maMore, "Brilliant. Ours started with 'more' too, it's always food");
        joins(2, "09:00", leIntro, jodie);
        Post joIntro = say(2, "09:30", leIntro, jodie, "Hi, I'm Jodie. My son Alfie is 5 weeks old and didn't pass "
                + "his newborn hearing screen, twice. We've got the audiology appointment next week and I don't "
                + "know what to expect. I've been googling at 3am, which is probably a mistake");
        Post siWel = re(2, "09:50", sinead, joIntro, "Welcome Jodie, and congratulations on Alfie. Everyone here "
                + "has had those 3am nights. The appointment is usually a sleep test, so bring a feed and a spare "
                + "vest. Ask us anything");
        re(2, "10:05", carys, joIntro, "Welcome! We were you two years ago. It gets less scary, honestly");
        re(2, "10:30", jodie, siWel, "Thank you, I didn't know it was a sleep test. I'll keep him awake in the car "
                + "then");
        Post jQ1 = say(3, "14:00", leDiag, jodie, "What should I ask at the test? I know I'll forget everything on "
                + "the day");
        Post siA = re(3, "14:30", sinead, jQ1, "Write it all down! Ask which ears, what level, whether it's "
                + "permanent or could be fluid, and who your teacher of the deaf will be. The charity's checklist is "
                + "good: deafkids.example/first-appointment, and their parents' helpline: deafkids.example/helpline");
        say(3, "14:32", leDiag, sinead, "And their guide to the test itself: deafkids.example/abr-explained");
        re(3, "15:00", jodie, siA, "Printed the checklist. Thank you");
        say(4, "19:00", leSchool, adebayo, "My son's school for deaf children is doing a sponsored walk on the 5th "
                + "for a new sensory room. If anyone can chip in, even a pound: give.example/oakfield-walk");
        Post adWalk = say(4, "19:30", leCoffee, adebayo, "Posted in school-and-signing, but here's the sponsored "
                + "walk page too in case you missed it: give.example/oakfield-walk");
        re(4, "19:45", martina, adWalk, "Done! Good luck with the walk");
        re(4, "20:00", carys, adWalk, "Chipped in. Sensory rooms are so worth it");
        Post caBlog = say(5, "20:00", leCoffee, carys, "I've been writing a blog about our first two years, mostly "
                + "to stay sane. It's here if anyone wants to read it: carysandmali.example. No ads, nothing");
        re(5, "20:20", sinead, caBlog, "Read the implant post, it's so honest. Thank you for writing it");
        Post mQ = say(6, "11:00", leSchool, martina, "Does anyone know a good family sign language course online? "
                + "My parents want to learn for Sofia");
        Post adC = re(6, "11:30", adebayo, mQ, "We did the charity's free family signing course, ten Tuesday "
                + "evenings: deafkids.example/family-signing. Grandparents welcome");
        re(6, "11:45", martina, adC, "Perfect, signing them up. Thank you");
        // W39
        Post joRes = say(8, "18:00", leDiag, jodie, "Test done. Moderate to severe loss in both ears, permanent. "
                + "They're fitting hearing aids in two weeks. I'm okay. I think. Mostly sad, and then guilty for "
                + "being sad");
        Post siRes = re(8, "18:20", sinead, joRes, "Sad is allowed, Jodie. It's a lot to take in, and you're doing "
                + "everything right. Alfie is still exactly the baby he was this morning");
        re(8, "18:30", carys, joRes, "The guilt about the sad is so normal. I had both for months. Here if you "
                + "want to talk");
        re(8, "18:50", jodie, siRes, "Thank you. Reading that made me cry in a good way");
        Post jQ2 = say(9, "10:00", leDiag, jodie, "How do you keep hearing aids on a baby? Everyone says they pull "
                + "them out");
        Post maA = re(9, "10:20", martina, jQ2, "Pilot caps, the little bonnets with ear holes. And toupee tape. "
                + "Sofia pulled hers out for a month and then just stopped");
        re(9, "10:40", jodie, maA, "Toupee tape! Amazing, thank you Martina");
        Post cQ = say(10, "20:00", leSchool, carys, "Mali's EHCP draft came through. They've put 'access to BSL' "
                + "but no hours. Should I push for the hours to be written in?");
        Post siC = re(10, "20:30", sinead, cQ, "Yes, always. Anything without hours or a named role can't be "
                + "enforced. Ask for weekly hours of a BSL-fluent teaching assistant in section F");
        re(10, "20:45", carys, siC, "Section F, hours, named role. Thanks Sinead, emailing the caseworker tonight");
        Post adSat = say(11, "19:00", leCoffee, adebayo, "The walk is on Saturday and the forecast is dry. Thank "
                + "you to everyone who chipped in, we're at 80% of the target");
        re(11, "19:20", jodie, adSat, "Good luck! I'll chip in on payday");
        Post maEve = say(12, "21:00", leCoffee, martina, "Can I just share something? It was Sofia's parents' "
                + "evening today. Her teacher said she signs with the other children at playtime and has started "
                + "teaching her best friend the signs for colours. I keep thinking about the day we got her "
                + "diagnosis and how frightened I was. I thought she'd be lonely. I was so wrong. I'm so proud of "
                + "her and I needed to tell people who get it");
        re(12, "21:10", sinead, maEve, "This is the best thing I've read all week ❤️");
        re(12, "21:30", jodie, maEve, "Reading this with Alfie asleep on me. Thank you for sharing, it helps more "
                + "than you know");
        Post jQ3 = say(13, "10:00", leDiag, jodie, "Can I ask: when did you all start learning to sign? Now, or "
                + "wait to see if the aids help?");
        Post adS = re(13, "10:30", adebayo, jQ3, "Start now. It never hurts, and babies pick up signs before words. "
                + "We did the same course Martina's parents are on");
        re(13, "10:45", jodie, adS, "Starting the course on Tuesday then");
        // W40
        joins(15, "09:00", leIntro, kieran);
        Post kiIntro = say(15, "09:30", leIntro, kieran, "Hello. My daughter Saoirse is 4. What we thought was glue "
                + "ear has turned out to be a permanent loss in one ear. We're a bit thrown. Dad here, in case "
                + "that's unusual");
        re(15, "09:50", jodie, kiIntro, "Welcome Kieran! I'm only a few weeks ahead of you, but this group got me "
                + "through them. No question is too silly");
        re(15, "10:10", adebayo, kiIntro, "Plenty of dads here. Welcome");
        Post kQ = say(16, "20:00", leDiag, kieran, "Is a loss in one ear treated differently at school? Nobody's "
                + "told us anything");
        re(16, "20:15", jodie, kQ, "Not sure about school yet, but the first-appointment checklist Sinead gave me "
                + "has a one-sided section: deafkids.example/first-appointment");
        Post siK = re(16, "20:30", sinead, kQ, "Yes, ask for a radio aid and for her to sit with her good ear "
                + "towards the teacher. A teacher of the deaf should visit the school too");
        re(16, "20:50", kieran, siK, "Radio aid, good ear to the front. Thank you both");
        Post joClass = say(17, "21:00", leSchool, jodie, "First family sign class done! Alfie slept through it. I "
                + "learned 'milk', 'nappy' and 'tired'. Very relevant");
        re(17, "21:10", martina, joClass, "The three most important signs there are 😄");
        Post adDone = say(18, "19:00", leCoffee, adebayo, "Walk done and target smashed. The sensory room gets built "
                + "in spring. Thank you all");
        adDone.react("🎉", martina);
        adDone.react("👏", carys);
        Post caUp = re(19, "20:00", carys, siC, "Update: the caseworker agreed to 15 hours a week of a BSL-fluent "
                + "TA, written in. Thank you Sinead");
        re(19, "20:15", sinead, caUp, "Brilliant! Well done for pushing");
    }

    private void brailleTranscribers() {
        // W38
        Post roQ = say(1, "09:00", btOnly, rosalind, "Has anyone done the new UEB maths update yet? I've a GCSE "
                + "paper due and the fraction rules have changed again");
        Post beA = re(1, "09:30", bernard, roQ, "Did it last week. The big change is the general fraction "
                + "indicator, the rest is tidying. I'll send you my notes");
        re(1, "09:45", rosalind, beA, "You're a saint");
        Post gmQ = say(1, "13:00", btRequests, gemma, "Hello, I'm a SENCO at a secondary in Leeds. A Year 9 pupil "
                + "who reads braille starts with us in November. We'll need the science textbook transcribed, 180 "
                + "pages with diagrams. Who takes that on, and how long does it take?");
        Post roG = re(1, "13:40", rosalind, gmQ, "Hi Gemma. 180 pages with diagrams is about eight weeks for one "
                + "transcriber, the diagrams are the slow part. I could start the text now; Bernard does tactile "
                + "diagrams");
        Post gmR = re(1, "14:00", gemma, roG, "Eight weeks, so we need to start straight away. Could you and "
                + "Bernard split it?");
        Post roB = re(1, "14:30", rosalind, gmR, "Happy to if Bernard is. @Bernard Quayle fancy the diagrams?");
        Post beG = re(1, "15:00", bernard, roB, "Yes, I'll take the diagrams. Gemma, I'll email you our rates "
                + "tonight");
        say(2, "10:00", btKit, kenneth, "Refurbished Index Everest embosser, 12 months' warranty, £2,400. Also two "
                + "Perkins braillers, serviced, £450 each. Photos: brailleworks.example/stock");
        Post taAnth = say(2, "11:00", btOnly, tamsin, "Finished the Year 11 English anthology today. 240 pages. My "
                + "wrists hate me");
        re(2, "11:30", rosalind, taAnth, "Well done! Ice and a day off");
        Post beK = say(3, "10:00", btOnly, bernard, "@Kenneth Abara the Everest I bought from you in spring is "
                + "tearing the odd page on the heavy paper. Is that a setting or a fault?");
        Post keB = re(3, "10:40", kenneth, beK, "A setting, probably. Drop the paper weight to 140 in the menu and "
                + "clean the tractor feed. If it still tears I'll come out, it's under warranty");
        re(3, "15:00", bernard, keB, "140 did it. Thanks Kenneth");
        Post alQ = say(4, "11:00", btRequests, alistair, "Publisher here: we're making our children's list "
                + "available in braille and need someone for picture book conversions, 32 pages each, a few a "
                + "month. Quotes welcome");
        Post taA = re(4, "11:40", tamsin, alQ, "I'd love to, Alistair. I've done picture books for the county "
                + "library and can send samples this week");
        re(4, "12:00", alistair, taA, "Please do, thank you");
        Post roConf = say(5, "18:00", btGeneral, rosalind, "Anyone going to the braille conference in Birmingham? "
                + "Looking for someone to share a room with");
        re(5, "18:30", tamsin, roConf, "I'm going! Happy to share");
        Post beSw = say(6, "10:00", btOnly, bernard, "Diagram tip: swell paper beats embossing for maps, the lines "
                + "come out crisper");
        re(6, "10:20", rosalind, beSw, "Agreed, and it's quicker");
        // W39
        say(8, "08:00", btGeneral, tamsin, "Monday. I've got three picture books to convert this week and I'm "
                + "starting with the one about the tiger. My coffee is strong and my display is charged");
        say(8, "13:00", btOnly, tamsin, "I finished the tiger book. My tactile tiger has swell paper stripes and I'm "
                + "very pleased with myself");
        say(8, "18:00", btGeneral, tamsin, "My wrists are aching again. I'm going to try my new wrist brace "
                + "tomorrow");
        say(9, "09:00", btOnly, tamsin, "I've started the second book. My plan is two pages an hour today");
        re(9, "11:00", gemma, beG, "Quick update for you both: the pupil's start date has moved to the 4th of "
                + "November");
        say(9, "15:00", btGeneral, tamsin, "I did three pages an hour in the end. I'm on a roll");
        say(9, "16:00", btKit, kenneth, "Just in: a refurbished Index Basic-D, £1,900, 12 months' warranty");
        say(10, "08:30", btGeneral, tamsin, "I'm halfway through my second book. I think I'll have all three done "
                + "by Friday");
        Post roT = say(10, "13:00", btOnly, rosalind, "Tamsin, how do you do the textures for the animals? I've a "
                + "farm book coming");
        Post taT = re(10, "13:40", tamsin, roT, "Three textures only: dots for fur, lines for feathers, smooth for "
                + "skin. Any more than that and children get muddled");
        re(10, "14:00", rosalind, taT, "Three textures, makes sense. Thanks");
        say(11, "09:00", btGeneral, tamsin, "I finished book two last night. My husband says I talk about tigers in "
                + "my sleep");
        say(11, "16:00", btOnly, tamsin, "I'm starting my last book of the week, it's about a lighthouse. My "
                + "lighthouse is going to be embossed, not swell paper");
        say(12, "10:00", btGeneral, tamsin, "I've done all three books! I'm sending them off to my publisher contact "
                + "today");
        say(12, "16:00", btOnly, tamsin, "I'm taking Saturday off. My first weekend off in a month");
        say(13, "10:00", btGeneral, tamsin, "My new wrist brace is brilliant. I did the whole week without "
                + "painkillers");
        Post beRate = say(13, "15:00", btOnly, bernard, "Anyone have a rate card they'd share? Schools keep asking "
                + "me for a per-page price and I'm making it up");
        Post roRate = re(13, "15:30", rosalind, beRate, "£4.50 a page for text, £12 a diagram, rush jobs 25% on "
                + "top. That's about the going rate");
        re(13, "15:50", bernard, roRate, "That's more than I charge. Putting mine up");
        say(14, "09:00", btGeneral, tamsin, "I've planned my next week already. My desk is tidy and my paper order "
                + "is in");
        say(14, "17:00", btGeneral, tamsin, "My Saturday off was glorious. I'm back at my desk tomorrow with my "
                + "lighthouse proofs");
        Post alJan = re(14, "10:00", alistair, taA, "@Tamsin Holloway the samples were lovely. Could you do four "
                + "books a month from January?");
        // W40
        joins(15, "08:00", btGeneral, orla);
        Post orIntro = say(15, "08:30", btGeneral, orla, "Hello! I'm Orla, I've just qualified as a braille "
                + "transcriber after two years of evening classes. Working on a borrowed Perkins for now. Glad to "
                + "have found you all");
        re(15, "09:00", kenneth, orIntro, "Welcome Orla! Congratulations on qualifying");
        re(15, "09:10", rosalind, orIntro, "Welcome! Shout if you get stuck on anything, we all did");
        re(15, "09:30", tamsin, alJan, "Yes, four a month from January works for me. I'll send a schedule "
                + "today");
        at(16, "19:00").in(btDm).say(kenneth, "Hi Orla, saw you're on a borrowed Perkins. I've a refurbished Index "
                + "Basic-D embosser in, £1,900, but I could do £1,700 for you as you're just starting out. Free "
                + "delivery");
        at(16, "20:00").in(btDm).say(orla, "That's kind, but it's well beyond me for now. Maybe next year");
        Post oQ = say(17, "10:00", btOnly, orla, "First paid job! A menu for a café, six pages. Any tips on "
                + "layout?");
        Post beO = re(17, "10:30", bernard, oQ, "Keep each section on its own page and put the prices on the right "
                + "with guide dots. Diners love that");
        re(17, "10:45", orla, beO, "Guide dots, got it. Thank you Bernard");
        Post taOver = say(18, "09:00", btOnly, tamsin, "Alistair's January schedule is agreed. Anyone want overflow "
                + "picture books? I'll have more than I can do");
        Post orOver = re(18, "09:30", orla, taOver, "Me please! Happy to start small");
        re(18, "09:45", tamsin, orOver, "Lovely, I'll send you a short one to try");
        say(19, "10:00", btKit, kenneth, "Perkins brailler, serviced, £450. Ideal for someone starting out");
        Post gmThanks = re(19, "14:00", gemma, beG, "The first chapters have arrived and the pupil's teacher says "
                + "the diagrams are the clearest she's seen. Thank you both");
        re(19, "14:30", bernard, gmThanks, "Lovely to hear, thank you Gemma");
    }

    private void accessAuditors() {
        // W38
        Post niCh = say(1, "10:00", aaChat, nigel, "Site visit to a listed chapel today. The ramp they want would "
                + "need listed building consent, so we're looking at a platform lift inside instead");
        Post faCh = re(1, "10:30", farah, niCh, "Platform lifts are nearly always the answer in listed buildings. "
                + "Conservation officers hate external ramps");
        re(1, "10:45", nigel, faCh, "Exactly what ours said");
        say(1, "14:00", aaResources, monique, "Updated guidance on accessible toilets in public buildings, worth a "
                + "read: standards.example/toilets-2030");
        say(2, "09:00", aaHire, desmond, "Available for access audits across the North West from October: cafés, "
                + "shops, small venues. Reports within five working days, from £350");
        say(2, "14:00", aaResources, monique, "Good piece on sensory-friendly venue design from the autism charity: "
                + "charity.example/sensory-venues");
        Post cQ = say(3, "10:00", aaVenues, carla, "Hi, I run a small café with one step at the front door, about "
                + "15cm. I'm thinking of a portable ramp. How long does it need to be?");
        Post faC = re(3, "10:30", farah, cQ, "For a 15cm step you want at least 1.2m, longer if you can fit it: "
                + "steeper than about 1 in 8 is hard work in a manual chair. There's a free checklist I wrote for "
                + "small cafés that covers ramps, doorbells and tables: farahaccess.example/cafe-checklist");
        re(3, "10:50", desmond, cQ, "I'd recommend a full access audit before you buy anything. I do them for cafés "
                + "your size for £450, DM me and I can come out next week");
        Post caF = re(3, "11:15", carla, faC, "1.2m, thank you. The checklist is great, I hadn't thought about table "
                + "heights at all");
        Post deSign = say(4, "09:30", aaChat, desmond, "Anyone else being asked to 'just sign off' a building "
                + "without a visit? Had two this week");
        re(4, "09:50", nigel, deSign, "Always no. If your name's on it, you've seen it");
        re(4, "10:10", monique, deSign, "Same. I send a polite no and my site-visit price");
        say(5, "14:00", aaResources, monique, "Free webinar next month on accessible events, run by the arts "
                + "council: artscouncil.example/access-events-webinar");
        Post gQ = say(6, "11:00", aaVenues, gail, "Our village hall has a hearing loop and nobody's sure it works. "
                + "How do you test one?");
        Post niG = re(6, "11:30", nigel, gQ, "Get a cheap loop listener, about £30, and walk round the hall while "
                + "someone talks into the mic. Dead spots at the edges are common");
        re(6, "11:50", gail, niG, "A listener, I didn't know those existed. Thank you Nigel");
        // W39
        say(8, "10:00", aaResources, monique, "The draft of the new British Standard is open for comment until "
                + "November: standards.example/draft-consultation");
        say(8, "15:00", aaResources, monique, "And a plain English summary of it, by a disabled-led group: "
                + "disabilityled.example/draft-summary");
        Post ruQ = re(9, "10:00", rupert, niG, "@Nigel Ashcroft you audited our festival site last summer. We're "
                + "adding a second stage this year. Does the viewing platform need to be at both?");
        Post niR = re(9, "10:30", nigel, ruQ, "Hi Rupert! Yes, both stages, each with companion seats. Put the "
                + "second one side-on, not behind the sound desk");
        re(9, "10:50", rupert, niR, "Both, side-on. Thanks Nigel, I'll book you for the walk-round in May");
        say(10, "09:00", aaResources, monique, "A lovely read on how a small museum got its access right on a tiny "
                + "budget: museumsnews.example/small-budget-access");
        Post faClimb = say(10, "14:00", aaChat, farah, "Has anyone audited a climbing wall? I've one next week and "
                + "I'm out of my depth, no pun intended");
        Post moClimb = re(10, "14:30", monique, faClimb, "I did one in Sheffield. Look hard at the changing rooms "
                + "and the viewing area, the walls themselves are their business");
        re(10, "14:45", farah, moClimb, "That helps, thanks Monique");
        say(11, "09:00", aaResources, monique, "Checklist for accessible websites for small venues, from the "
                + "government's digital team: gov.example/venue-websites");
        Post caRamp = re(11, "12:00", carla, caF, "The ramp arrived and it's 1.5m! Two wheelchair users came in "
                + "yesterday and one said it's the easiest café door in town");
        Post faTab = re(11, "12:30", farah, caRamp, "That's wonderful, Carla! Did the table heights work out?");
        re(11, "12:45", carla, faTab, "Lowered two tables, yes. The checklist paid for itself, and it was free 😄");
        Post deNew = say(12, "10:00", aaChat, desmond, "Quiet here. How are people finding work? Cafés don't seem "
                + "to know audits exist");
        Post niNew = re(12, "10:20", nigel, deNew, "Answer the questions in venues-ask. That's where most of mine "
                + "come from");
        re(12, "10:40", desmond, niNew, "Fair point");
        say(13, "11:00", aaResources, monique, "Good guide to lighting for people with low vision: "
                + "lighting.example/low-vision-guide");
        // W40
        Post gQ2 = say(15, "10:00", aaVenues, gail, "Does anyone have a template for an access statement for our "
                + "hall's website? I'm staring at a blank page");
        Post niT = re(15, "10:30", nigel, gQ2, "I wrote one for village halls, free to use: "
                + "nigelaccess.example/access-statement-template. Fill in the brackets and add photos of the "
                + "entrance and the toilet");
        re(15, "10:50", gail, niT, "Exactly what I needed. Thank you again Nigel");
        Post ruQ2 = say(16, "11:00", aaVenues, rupert, "One more: does a festival need a quiet tent for people who "
                + "get overwhelmed? The committee thinks it's a luxury");
        Post deR = re(16, "11:30", desmond, ruQ2, "Not a luxury. A quiet space near the entrance, with seats and "
                + "low light, makes a real difference for autistic visitors and people with PTSD. Mark it on your "
                + "site map");
        re(16, "11:50", rupert, deR, "Going on the map. Thank you Desmond");
        Post faDone = say(17, "15:00", aaChat, farah, "Climbing wall audit done. The changing rooms were the worst "
                + "bit, just as Monique said");
        re(17, "15:20", monique, faDone, "Told you! Glad it went well");
        say(18, "09:00", aaResources, monique, "Research on how long people with hidden disabilities wait before "
                + "asking for help in shops: research.example/hidden-disability-shops");
        say(18, "12:00", aaHire, farah, "Two audit slots free in November, small venues in Yorkshire. Rates on my "
                + "site: farahaccess.example/audits");
        Post moFest = say(19, "10:00", aaResources, monique, "Accessible events checklist from the festival "
                + "network, very practical: festivals.example/access-checklist");
        re(19, "10:30", rupert, moFest, "This is brilliant, sending it to the committee");
    }

    private void paEmployers() {
        // W38
        Post stLeave = say(1, "09:00", paChat, stuart, "Morning all. My evening PA is leaving at Christmas after six "
                + "years. Gutted, and now I have to recruit again");
        Post alLeave = re(1, "09:20", alison, stLeave, "Six years is a good run. Start now, it took me three months "
                + "last time");
        re(1, "09:40", stuart, alLeave, "Yeah, the advert goes up this week");
        say(2, "10:00", paPayroll, trevor, "Reminder for employers: pension re-enrolment letters are due for a lot "
                + "of you this autumn. If you'd rather not deal with it, we run direct-payment payroll at £12 a "
                + "month: oakespayroll.example/dp");
        Post stJob = say(2, "11:00", paJobs, stuart, "Evening PA wanted, Truro, 15 hours a week, 5pm to 8pm Monday "
                + "to Friday. Hoisting, cooking, and putting up with my music. £13.50 an hour. Message me");
        Post koJob = re(2, "12:00", kofi, stJob, "Hi Stuart, I'm in Falmouth, is that too far? I've done evening "
                + "shifts for four years");
        re(2, "12:30", stuart, koJob, "Falmouth's fine if you drive. Message me and we'll have a chat");
        Post brJob = say(3, "10:00", paJobs, bronwen, "PA looking for work in Bristol, up to 20 hours. I drive, I'm "
                + "hoist trained and have three years' experience with spinal injury");
        Post alBr = re(3, "10:30", alison, brJob, "I'm in Bath and need Tuesday and Thursday days. Would that be too "
                + "far?");
        Post brAl = re(3, "10:45", bronwen, alBr, "Bath is 20 minutes from me, that works. Shall I message you?");
        re(3, "11:00", alison, brAl, "Please do");
        Post alQ = say(4, "09:00", paPayroll, alison, "@Trevor Oakes my September payslips haven't come through. "
                + "You've done my payroll two years and this is a first, is there a delay?");
        Post trA = re(4, "09:30", trevor, alQ, "Sorry Alison, our system hiccupped on Friday. They'll be with you "
                + "by 3pm today");
        re(4, "15:30", alison, trA, "Arrived, thanks Trevor");
        say(5, "09:00", paChat, trevor, "We've got five spaces left this month for new payroll clients, £12 a "
                + "month, DM me or look here: oakespayroll.example/dp");
        Post alBonus = say(5, "14:00", paChat, alison, "Does anyone give their PAs a Christmas bonus? Wondering "
                + "what's normal");
        re(5, "14:30", stuart, alBonus, "I give a week's pay. My budget allows it if I start putting it aside in "
                + "September");
        re(5, "15:00", kofi, alBonus, "Speaking as a PA, honestly, a card and a thank you means as much");
        Post koRug = say(6, "20:00", paOff, kofi, "Went to the rugby with my employer yesterday. He shouted more "
                + "than anyone in the stand");
        re(6, "20:15", stuart, koRug, "Good man");
        // W39
        joins(8, "09:30", paChat, joel);
        Post jQ1 = say(8, "10:00", paChat, joel, "Hi. Just got my direct payments approved after a spinal cord "
                + "injury in March. I've never employed anyone. What contract should I use for a PA?");
        Post stJ1 = re(8, "10:30", stuart, jQ1, "Welcome Joel. The ACAS templates are fine to start with, add a "
                + "section on what personal care involves. And get employer's liability insurance before anyone "
                + "starts, it's a legal must");
        re(8, "10:45", joel, stJ1, "Thanks");
        Post koMore = say(9, "12:00", paJobs, kofi, "Started evenings with Stuart this week. Still looking for "
                + "about 10 more hours in the Truro area, days");
        re(9, "12:30", stuart, koMore, "He's brilliant. If anyone near Truro needs days, snap him up");
        Post jQ2 = say(10, "09:00", paChat, joel, "How do I do a rota when I need someone morning and night, seven "
                + "days a week?");
        re(10, "09:40", stuart, jQ2, "Two PAs on week on, week off works for some. Others have three on shorter "
                + "shifts so holidays are covered. And keep a bank PA for sickness");
        Post alJ2 = re(10, "10:00", alison, jQ2, "Three PAs here, and a rota app so they can swap shifts between "
                + "themselves");
        re(10, "10:20", joel, alJ2, "ok thanks");
        Post brQ = say(11, "14:00", paPayroll, bronwen, "Question from the PA side: my new employer's payroll has "
                + "me on an emergency tax code. Do I ring them or the tax office?");
        Post trB = re(11, "14:30", trevor, brQ, "The tax office, Bronwen. Ring them with your last P45 to hand and "
                + "they'll send the right code to the payroll within a week or two");
        re(11, "14:45", bronwen, trB, "Will do, thanks Trevor");
        Post jQ3 = say(12, "10:00", paPayroll, joel, "What insurance do I need and where do I get it?");
        re(12, "10:30", stuart, jQ3, "Employer's liability and public liability, usually in one policy for "
                + "direct-payment employers. Your council will have a list of providers. How many hours a week is "
                + "your package for? That changes whether you need a payroll service");
        Post jQ4 = say(13, "11:00", paChat, joel, "Can I pay a PA for travel time between my house and the "
                + "hospital?");
        re(13, "11:30", alison, jQ4, "Check your care plan, but usually yes if it's part of the support. Mine "
                + "does");
        Post stCake = say(14, "19:00", paOff, stuart, "Interviewed three people for the evening job. One brought a "
                + "cake. Not saying that's why she's on the shortlist");
        re(14, "19:15", kofi, stCake, "Cake is a strong application");
        // W40
        say(15, "10:00", paJobs, bronwen, "Still got 8 hours free on Fridays around Bristol and Bath if anyone "
                + "needs cover");
        say(15, "18:00", paChat, alison, "Bronwen's been with me two weeks and I can't remember how I managed "
                + "before. Thank you for this group");
        Post alRef = say(16, "09:00", paPayroll, alison, "Trevor, my friend Jan employs PAs too and asked who does "
                + "my payroll. I've sent her your way");
        re(16, "09:30", trevor, alRef, "That's kind of you, Alison, thank you. I'll look after her");
        Post joFirst = say(17, "12:00", paChat, joel, "My first PA starts on Monday. Thanks all");
        re(17, "12:30", stuart, joFirst, "Great news Joel, good luck");
        Post stOffer = say(18, "18:00", paChat, stuart, "Offer made to the cake lady. She accepted");
        re(18, "18:15", kofi, stOffer, "Ha! Welcome to the team, whoever you are");
        re(18, "18:30", alison, stOffer, "Congratulations Stuart");
        Post kQ = say(19, "11:00", paPayroll, kofi, "Does anyone know if PAs can claim for washing a uniform? "
                + "Someone told me there's a tax relief");
        Post trK = re(19, "11:30", trevor, kQ, "There is, a flat-rate allowance for washing a uniform, claimed on "
                + "the government site. It's small, but it backdates four years");
        re(19, "11:45", kofi, trK, "Four years! Claiming tonight");
        Post brPara = say(20, "20:00", paOff, bronwen, "Anyone watching the Paralympic highlights? The wheelchair "
                + "rugby final was unreal");
        re(20, "20:15", stuart, brPara, "Unreal. I shouted at the telly like Kofi's employer");
    }

    static Map<String, String> files() {
        return new HeldOutScenes94Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 94");
    }
}
