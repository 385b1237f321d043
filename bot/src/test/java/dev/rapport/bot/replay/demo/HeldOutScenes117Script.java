package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 117 (sealed): eight communities of museums, archives, galleries' back rooms and heritage collections,
 * of kinds no earlier round used (freelance book and paper conservators with a room where owners, parishes and record
 * offices ask, a for-hire room and their own study day, organised by a conservator who sells; a collections-management
 * software vendor's own server, Ledgerline Collections, with its Team and its small-museum Customers and a university
 * prospect's DM; a mill town's oral-history project's volunteers where nobody sells; archive digitisation freelancers
 * with a jobs board where a family history society and a county record office post work and a plug-in seller among
 * them; freelance art handlers and exhibition technicians with a crew-calls board, a new registrar and a crew lead's
 * DM to her; a print gallery's own server, Quayside Print Gallery, with its Staff, its Artists and its Collectors;
 * museum learning officers and freelance heritage educators with a room where museums and schools ask; a county
 * record office's own server, Caldmoor Record Office, with its archivists as Staff, its Friends and the family and
 * local historians who use it), over three ISO weeks (2032-W26 to W28), written and labelled by writer117 (session 57)
 * before any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-117.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes117Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2032, 6, 21);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2032, 7, 12, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-117";
    private static final int BASE = 91600;

    // --- A. book and paper conservators ---
    private final String paper = cast.guild(1451);
    private final Channel pbBench = cast.channel(paper, "The Paper Bench", "bench-notes",
            "conservators among ourselves: treatments, adhesives, papers, studio problems", "pb-bench-notes.json");
    private final Channel pbAsk = cast.channel(paper, "The Paper Bench", "ask-a-conservator",
            "owners, parishes, societies and record offices: ask about a damaged book, map or document; members answer",
            "pb-ask-a-conservator.json");
    private final Channel pbHire = cast.channel(paper, "The Paper Bench", "for-hire",
            "members post open studio slots and services; record offices and owners post jobs for quotes",
            "pb-for-hire.json");
    private final Channel pbStudy = cast.channel(paper, "The Paper Bench", "study-day",
            "planning our own July study day at Ashgrove Library: speakers, rooms, lunch and the sign-up form",
            "pb-study-day.json");
    private final Persona harriet = cast.person("harriet.lomax", "Harriet Lomax");
    private final Persona cormac = cast.person("cormac.tierney", "Cormac Tierney");
    private final Persona ines = cast.person("ines.moreau", "Ines Moreau");
    private final Persona felix = cast.person("felix.armitage", "Felix Armitage");
    private final Persona dilys = cast.person("dilys.parfitt", "Dilys Parfitt");
    private final Persona graham = cast.person("graham.ostrowski", "Graham Ostrowski");
    private final Persona nadia = cast.person("nadia.shapiro", "Nadia Shapiro");

    // --- B. a collections-management software vendor's own server ---
    private final String ledger = cast.guild(1452);
    private final Role team = cast.role("Team", "#1abc9c", 2);
    private final Role customer = cast.role("Customer", "#95a5a6", 1);
    private final Channel llNews = cast.channel(ledger, "Ledgerline Collections", "announcements",
            "from the Ledgerline team: releases, maintenance windows, training webinars", "ll-announcements.json");
    private final Channel llHelp = cast.channel(ledger, "Ledgerline Collections", "help-desk",
            "customers: ask about cataloguing, imports, loans, images and the online catalogue; the team answers",
            "ll-help-desk.json");
    private final Channel llIdeas = cast.channel(ledger, "Ledgerline Collections", "feature-requests",
            "ideas, votes and betas for what we build next", "ll-feature-requests.json");
    private final Channel llLounge = cast.channel(ledger, "Ledgerline Collections", "museum-lounge",
            "customers among themselves: cataloguing backlogs, volunteers, accreditation, tea", "ll-museum-lounge.json");
    private final Persona oskar = cast.person("oskar.lindqvist", "Oskar Lindqvist", team);
    private final Persona rhiannon = cast.person("rhiannon.pryce", "Rhiannon Pryce", team);
    private final Persona gwilym = cast.person("gwilym.roberts", "Gwilym Roberts", customer);
    private final Persona beatrix = cast.person("beatrix.hollins", "Beatrix Hollins", customer);
    private final Persona ahmed = cast.person("ahmed.farouk", "Ahmed Farouk", customer);
    private final Persona corinne = cast.person("corinne.abbott", "Corinne Abbott");
    private final Channel dmOskarCorinne = cast.dm("2032-06-29", "Oskar Lindqvist", "dm-corinne-oskar.json");

    // --- C. an oral-history project's volunteers (nobody sells) ---
    private final String voices = cast.guild(1453);
    private final Channel mvDiary = cast.channel(voices, "Mill Voices Oral History", "interviews-diary",
            "who we're interviewing and when, consent forms, and booking the project's recorders",
            "mv-interviews-diary.json");
    private final Channel mvTrans = cast.channel(voices, "Mill Voices Oral History", "transcribing",
            "help with transcripts: the style guide, dialect words, timestamps, hard-to-hear bits",
            "mv-transcribing.json");
    private final Channel mvClips = cast.channel(voices, "Mill Voices Oral History", "clips-and-finds",
            "share a moment from an interview you loved; first names only unless the speaker consented",
            "mv-clips-and-finds.json");
    private final Channel mvTea = cast.channel(voices, "Mill Voices Oral History", "tea-room", "chat",
            "mv-tea-room.json");
    private final Persona bronwen = cast.person("bronwen.ellery", "Bronwen Ellery");
    private final Persona desmond = cast.person("desmond.achebe", "Desmond Achebe");
    private final Persona lorna = cast.person("lorna.kilbride", "Lorna Kilbride");
    private final Persona pauline = cast.person("pauline.nakamura", "Pauline Nakamura");
    private final Persona terence = cast.person("terence.hadley", "Terence Hadley");
    private final Persona keziah = cast.person("keziah.fairbairn", "Keziah Fairbairn");

    // --- D. archive digitisation freelancers ---
    private final String copy = cast.guild(1454);
    private final Channel csRigs = cast.channel(copy, "Copystand", "rigs-and-capture",
            "copy stands, lighting, colour targets, capture software, tethering", "cs-rigs-and-capture.json");
    private final Channel csJobs = cast.channel(copy, "Copystand", "jobs-board",
            "record offices, societies and collectors post digitisation jobs; freelancers reply with availability "
                    + "and rates", "cs-jobs-board.json");
    private final Channel csFiles = cast.channel(copy, "Copystand", "files-and-delivery",
            "formats, metadata, checksums and delivering to archives", "cs-files-and-delivery.json");
    private final Channel csLounge = cast.channel(copy, "Copystand", "freelancers-lounge",
            "freelancers among ourselves: rates, contracts, invoices, the odd moan", "cs-freelancers-lounge.json");
    private final Persona marek = cast.person("marek.zielinski", "Marek Zielinski");
    private final Persona olwen = cast.person("olwen.treharne", "Olwen Treharne");
    private final Persona justine = cast.person("justine.okafor", "Justine Okafor");
    private final Persona lucian = cast.person("lucian.petrescu", "Lucian Petrescu");
    private final Persona barnaby = cast.person("barnaby.cottrell", "Barnaby Cottrell");
    private final Persona siobhan = cast.person("siobhan.garvey", "Siobhan Garvey");

    // --- E. art handlers and exhibition technicians ---
    private final String plinth = cast.guild(1455);
    private final Channel pcCalls = cast.channel(plinth, "Plinth & Crate", "crew-calls",
            "galleries and museums post install and derig dates; technicians reply with availability",
            "pc-crew-calls.json");
    private final Channel pcTech = cast.channel(plinth, "Plinth & Crate", "techniques",
            "hanging, mount making, crate packing, lighting and AV: ask how", "pc-techniques.json");
    private final Channel pcKit = cast.channel(plinth, "Plinth & Crate", "kit-for-sale",
            "members list kit for sale: lifts, levels, rails, tools; say price and where", "pc-kit-for-sale.json");
    private final Channel pcLounge = cast.channel(plinth, "Plinth & Crate", "tech-lounge", "chat between shifts",
            "pc-tech-lounge.json");
    private final Persona ewa = cast.person("ewa.nowakowska", "Ewa Nowakowska");
    private final Persona rafe = cast.person("rafe.kingsley", "Rafe Kingsley");
    private final Persona saoirse = cast.person("saoirse.flanagan", "Saoirse Flanagan");
    private final Persona mehmet = cast.person("mehmet.yilmaz", "Mehmet Yilmaz");
    private final Persona anouk = cast.person("anouk.devries", "Anouk de Vries");
    private final Persona jasper = cast.person("jasper.quinlan", "Jasper Quinlan");
    private final Channel dmRafeAnouk = cast.dm("2032-06-28", "Anouk de Vries", "dm-rafe-anouk.json");

    // --- F. a print gallery's own server ---
    private final String quay = cast.guild(1456);
    private final Role staff = cast.role("Staff", "#e67e22", 3);
    private final Role artist = cast.role("Artist", "#9b59b6", 2);
    private final Role collector = cast.role("Collector", "#3498db", 1);
    private final Channel qgNews = cast.channel(quay, "Quayside Print Gallery", "gallery-news",
            "from the gallery: exhibitions, openings, opening hours", "qg-gallery-news.json");
    private final Channel qgCollectors = cast.channel(quay, "Quayside Print Gallery", "collectors-corner",
            "collectors: ask about works, reserves, framing, delivery and editions; the gallery team answers",
            "qg-collectors-corner.json");
    private final Channel qgArtists = cast.channel(quay, "Quayside Print Gallery", "artists-studio",
            "the gallery's artists with the team: editions, paper, hang dates, the summer show",
            "qg-artists-studio.json");
    private final Channel qgChat = cast.channel(quay, "Quayside Print Gallery", "open-chat",
            "everyone: chat about prints and printmaking", "qg-open-chat.json");
    private final Persona lucinda = cast.person("lucinda.haverford", "Lucinda Haverford", staff);
    private final Persona idris = cast.person("idris.mensah", "Idris Mensah", staff);
    private final Persona greta = cast.person("greta.solberg", "Greta Solberg", artist);
    private final Persona piotr = cast.person("piotr.wasik", "Piotr Wasik", artist);
    private final Persona marguerite = cast.person("marguerite.ashdown", "Marguerite Ashdown", collector);
    private final Persona howard = cast.person("howard.kemble", "Howard Kemble", collector);
    private final Persona eamon = cast.person("eamon.gillespie", "Eamon Gillespie");

    // --- G. museum learning officers and freelance heritage educators ---
    private final String handling = cast.guild(1457);
    private final Channel hbAsk = cast.channel(handling, "Handling Box", "ask-for-a-freelancer",
            "museums, schools and heritage sites: post the session you need, dates and budget; freelancers reply",
            "hb-ask-for-a-freelancer.json");
    private final Channel hbSwap = cast.channel(handling, "Handling Box", "session-swap",
            "learning staff and freelancers swap session plans, handling-box ideas and risk assessments",
            "hb-session-swap.json");
    private final Channel hbCostume = cast.channel(handling, "Handling Box", "costume-and-props",
            "kit, costume and replica objects: making, mending and sourcing", "hb-costume-and-props.json");
    private final Channel hbStaff = cast.channel(handling, "Handling Box", "staffroom", "chat between sessions",
            "hb-staffroom.json");
    private final Persona clementine = cast.person("clementine.radley", "Clementine Radley");
    private final Persona gideon = cast.person("gideon.ashworth", "Gideon Ashworth");
    private final Persona mabel = cast.person("mabel.thornton", "Mabel Thornton");
    private final Persona nkechi = cast.person("nkechi.obi", "Nkechi Obi");
    private final Persona lewis = cast.person("lewis.carrick", "Lewis Carrick");
    private final Persona petra = cast.person("petra.lindgren", "Petra Lindgren");

    // --- H. a county record office's own server ---
    private final String record = cast.guild(1458);
    private final Role archivist = cast.role("Staff", "#c0392b", 2);
    private final Role friend = cast.role("Friend", "#27ae60", 1);
    private final Channel crNews = cast.channel(record, "Caldmoor Record Office", "searchroom-news",
            "from the archivists: opening hours, closures, document ordering, events", "cr-searchroom-news.json");
    private final Channel crAsk = cast.channel(record, "Caldmoor Record Office", "ask-the-archivists",
            "researchers: ask about records, catalogue references and copies; the archivists answer",
            "cr-ask-the-archivists.json");
    private final Channel crCorner = cast.channel(record, "Caldmoor Record Office", "research-corner",
            "family and local historians helping each other: brick walls, old handwriting, finds",
            "cr-research-corner.json");
    private final Channel crFriends = cast.channel(record, "Caldmoor Record Office", "friends-volunteers",
            "the Friends' volunteer projects: indexing, the rota, the book sale", "cr-friends-volunteers.json");
    private final Persona eleri = cast.person("eleri.vaughan", "Eleri Vaughan", archivist);
    private final Persona dominic = cast.person("dominic.pargeter", "Dominic Pargeter", archivist);
    private final Persona maureen = cast.person("maureen.callaghan", "Maureen Callaghan", friend);
    private final Persona alistair = cast.person("alistair.crowther", "Alistair Crowther", friend);
    private final Persona yvonne = cast.person("yvonne.tallis", "Yvonne Tallis");
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante");
    private final Persona ingrid = cast.person("ingrid.halvorsen", "Ingrid Halvorsen");

    private HeldOutScenes117Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        conservators();
        ledgerline();
        millVoices();
        copystand();
        plinthAndCrate();
        quaysideGallery();
        handlingBox();
        recordOffice();
    }

    private void conservators() {
        // W26
        say(1, "14:00", pbHire, harriet, "Studio notice: two bench slots free in August for book repair or paper "
                + "cleaning and mending. Send photos with a message and I'll quote.");
        Post haStudy = say(2, "10:00", pbStudy, harriet, "Our study day at Ashgrove Library on Saturday 17 July is "
                + "confirmed: three talks, a tour of their bindery and lunch. Sign-up form: "
                + "https://forms.paperbench.example/study-day-july");
        Post coTalk = re(2, "10:30", cormac, haStudy, "Brilliant. I could give a talk on limp vellum bindings if you "
                + "want one.");
        Post haTalk = re(2, "10:45", harriet, coTalk, "Yes please! Twenty minutes?");
        re(2, "11:00", cormac, haTalk, "Twenty is plenty.");
        Post diDamp = say(2, "16:00", pbAsk, dilys, "I'm churchwarden at St Oswald's in Brinscombe. Our baptism "
                + "register from the 1790s has been in a damp vestry cupboard and has brown spots and a musty smell. "
                + "What should we do before anyone handles it again?");
        Post haDamp = re(2, "16:40", harriet, diDamp, "Don't try to wipe the spots. Move it somewhere cool and dry, "
                + "wrapped loosely in clean paper, away from the other registers in case it's mould, and wear gloves "
                + "to move it. Then have a conservator or the diocesan record office look at it.");
        re(2, "17:10", cormac, diDamp, "Agree with Harriet. A musty smell usually means mould was active at some "
                + "point. Photos would help us say more.");
        re(2, "18:00", dilys, haDamp, "Thank you both, it's going to the rectory study tonight. I'll take photos "
                + "tomorrow.");
        Post diPhotos = say(3, "10:00", pbAsk, dilys, "Photos as promised: spots on the first twenty leaves, the "
                + "edges a bit soft, the binding seems sound.");
        Post inPhotos = re(3, "10:30", ines, diPhotos, "Those look like foxing and old mould staining rather than "
                + "active growth. It needs surface cleaning and a check of the sewing. Get a quote, and ask the "
                + "diocese about a grant.");
        re(3, "11:00", dilys, inPhotos, "That's reassuring, thank you Ines.");
        Post feMap = say(3, "14:00", pbBench, felix, "Trainee question: humidifying a rolled map in a Gore-Tex "
                + "sandwich, how long do you leave it? My tutor says 20 minutes, a book says an hour.");
        Post inMap = re(3, "14:30", ines, feMap, "It depends on the paper. Start checking at 20 and go on until it "
                + "relaxes; heavily sized paper can take the hour.");
        Post feMap2 = re(3, "15:00", felix, inMap, "Checking from 20 then. It's an 1840s tithe map, quite stiff.");
        re(3, "15:20", ines, feMap2, "Tithe maps are often backed with linen too, so look at the back first.");
        Post grBible = say(4, "11:00", pbAsk, graham, "My grandmother's family Bible got soaked when a pipe burst. "
                + "The pages in the middle are stuck together. Should I freeze it?");
        Post coBible = re(4, "11:20", cormac, grBible, "Yes, if nobody can take it within a day or two. Bag it, lay "
                + "it flat in the freezer, and don't try to pull the pages apart.");
        re(4, "11:45", graham, coBible, "It's in the freezer now. Thanks Cormac.");
        Post inAway = say(5, "09:00", pbBench, ines, "Heads up: I'm on a site job at Wells cathedral library from "
                + "Monday to Friday next week, no signal in the stacks. Back on the 3rd.");
        re(5, "09:15", cormac, inAway, "Enjoy the stacks!");
        Post naMaps = say(5, "15:00", pbHire, nadia, "Hello, I'm collections officer at Harlow Vale Record Office. "
                + "We have 40 estate maps from 1780-1850 that need flattening and minor repairs before they are "
                + "digitised, by October. Could members quote? Photos and sizes on request.");
        Post coMaps = re(5, "15:30", cormac, naMaps, "Happy to quote, Nadia. Could you send photos of the worst few "
                + "with their sizes?");
        re(5, "16:00", nadia, coMaps, "Will do, I'll email them on Monday.");
        // W27: Harriet organises the study day with her fellow conservators while owners ask in #ask-a-conservator
        Post haForm = say(8, "09:00", pbStudy, harriet, "22 of 40 places gone already. The form again for anyone "
                + "who missed it: https://forms.paperbench.example/study-day-july");
        Post feForm = re(8, "09:20", felix, haForm, "I've passed it round my course too.");
        re(8, "09:40", harriet, feForm, "Lovely, thank you. Trainees get the reduced rate, do tell them.");
        Post coTitle = say(8, "11:00", pbStudy, cormac, "Vellum talk title: 'Limp and loving it'. Too silly?");
        re(8, "11:15", harriet, coTitle, "Perfect. Keep it.");
        say(8, "13:00", pbBench, felix, "@Ines Moreau the tithe map did have linen backing like you said. Would "
                + "you take it off or leave it?");
        Post haMc = say(9, "10:00", pbBench, harriet, "Has anyone tried the new methyl cellulose from Hallam's? "
                + "Wondering about the viscosity for the tour demo.");
        Post coMc = re(9, "10:40", cormac, haMc, "I have. Thinner than the old one at the same strength, go up by "
                + "half a percent.");
        re(9, "11:00", harriet, coMc, "Half a percent up, noted. Thanks.");
        Post diQuote = say(9, "14:00", pbAsk, dilys, "The quote came in at £1,400 for cleaning and resewing the "
                + "register. Is that about right? And do we need permission from the diocese for the work?");
        Post coQuote = re(9, "14:40", cormac, diQuote, "That's fair for the work. Ask your archdeacon: most dioceses "
                + "want a faculty, or at least a letter of approval, before a register is treated.");
        re(9, "15:00", dilys, coQuote, "Thank you, writing to the archdeacon today.");
        Post haLunch = say(10, "10:00", pbStudy, harriet, "Lunch: the library café will do sandwiches at £9 a head, "
                + "vegetarian and gluten-free on request. Does that suit the speakers?");
        re(10, "10:30", cormac, haLunch, "Fine by me.");
        Post feLunch = re(10, "10:45", felix, haLunch, "Fine, and can trainees bring their own?");
        re(10, "11:00", harriet, feLunch, "Of course, and there's a kitchen for tea.");
        Post naSecond = say(11, "09:00", pbHire, nadia, "Thanks Cormac, photos sent. Our finance team needs two "
                + "quotes for anything over £2,000: would another member like to quote for the estate maps too?");
        Post haGroups = say(11, "15:00", pbStudy, harriet, "The bindery tour has to go in two groups of 20, so I'm "
                + "splitting the afternoon. @Felix Armitage could you draw up a list for group A and group B?");
        Post feGroups = re(11, "15:30", felix, haGroups, "On it, I'll do it from the form responses.");
        re(11, "16:00", harriet, feGroups, "Thank you!");
        Post grThaw = say(12, "10:00", pbAsk, graham, "The Bible has been in the freezer for a week now. When I take "
                + "it out, do I thaw it in the fridge? And who could dry and repair it properly? I'm near Stroud.");
        Post coHumid = say(12, "14:00", pbBench, cormac, "Anyone else's studio humidity creeping up in this heat? "
                + "Mine hit 62% today.");
        Post haHumid = re(12, "14:20", harriet, coHumid, "Mine's at 58. A timer on the dehumidifier overnight has "
                + "helped.");
        re(12, "14:40", cormac, haHumid, "Timer's a good idea, cheers.");
        say(13, "09:00", pbStudy, harriet, "Last call: 34 of 40 places taken, and the form closes Friday: "
                + "https://forms.paperbench.example/study-day-july");
        Post inBack = say(13, "09:30", pbStudy, ines, "Back from Wells! Sorry I missed the planning. Can I help on "
                + "the day?");
        Post haBack = re(13, "09:45", harriet, inBack, "Welcome back! Could you lead the second bindery group?");
        re(13, "10:00", ines, haBack, "Yes, happy to.");
        Post inLinen = say(13, "10:30", pbBench, ines, "@Felix Armitage sorry, only just seen your question. Leave "
                + "the linen unless it's actively harming the map; taking it off is a big job.");
        re(13, "11:00", felix, inLinen, "Leaving it, thanks Ines.");
        // W28
        Post haThaw = re(15, "09:00", harriet, grThaw, "Sorry nobody picked this up, Graham. Thaw it in the fridge "
                + "inside its bag, then it needs drying a few leaves at a time between blotters, which takes days. "
                + "I'm in Gloucester and could take it on: send photos and I'll give you a price.");
        re(15, "09:30", graham, haThaw, "That would be wonderful, Harriet. Sending photos now.");
        Post haSecond = re(15, "10:00", harriet, naSecond, "Nadia, happy to be your second quote for the estate "
                + "maps. Could you send me the same photos?");
        re(15, "11:00", nadia, haSecond, "Thank you Harriet, sent this morning.");
        Post grDry = say(16, "10:00", pbAsk, graham, "The Bible is drying at Harriet's studio. Thank you all for the "
                + "freezer advice, it saved it.");
        grDry.react("🙏", cormac, harriet);
        Post naChoice = say(20, "09:00", pbHire, nadia, "We've chosen Cormac for the first 20 maps and Harriet for "
                + "the other 20. Thanks both.");
        re(20, "09:30", cormac, naChoice, "Thank you Nadia, I'll be in touch about collection.");
        say(21, "10:00", pbStudy, harriet, "See you all on Saturday! Parking is behind the library.");
    }

    private void ledgerline() {
        // W26
        say(1, "09:00", llNews, rhiannon, "Release 7.4 is out: loan records now show insurance values, and the "
                + "public catalogue loads faster on phones. Notes: ledgerline.example/releases/7-4");
        say(3, "09:00", llLounge, gwilym, "I told the volunteers at Harbour Street Museum about Ledgerline and "
                + "they've signed up. Ahmed from there should be joining today.");
        joins(3, "09:30", llLounge, ahmed);
        Post ahHello = say(3, "10:00", llLounge, ahmed, "Hello! Ahmed, volunteer at Harbour Street Museum. Gwilym "
                + "talked us into it. We have an old spreadsheet of 4,000 objects to bring in.");
        re(3, "10:15", beatrix, ahHello, "Welcome Ahmed!");
        re(3, "10:30", gwilym, ahHello, "Welcome! Tidy the spreadsheet before you import, trust me.");
        Post ahNums = say(3, "14:00", llHelp, ahmed, "Our object numbers look like 1972.3.a and 1972.3.b. Will the "
                + "importer keep the letters?");
        Post rhNums = re(3, "14:20", rhiannon, ahNums, "Yes, object numbers are text, so the letters stay. Set the "
                + "column to text in Excel first or it can drop trailing zeros: ledgerline.example/help/import-numbers");
        re(3, "14:45", ahmed, rhNums, "Set to text. 1972.30 would have become 1972.3, thanks!");
        Post ahDates = say(4, "10:00", llHelp, ahmed, "A test import of 50 rows worked, but the dates came in the "
                + "American way round.");
        Post rhDates = re(4, "10:20", rhiannon, ahDates, "Choose day-first in step 2 of the importer, under Date "
                + "style.");
        re(4, "10:40", ahmed, rhDates, "Found it, all fine now.");
        Post beAccr = say(5, "15:00", llLounge, beatrix, "Accreditation return due in August. Anyone done the "
                + "collections development policy section lately?");
        Post gwAccr = re(5, "15:20", gwilym, beAccr, "Did ours in spring. Happy to share our policy as a starting "
                + "point.");
        re(5, "15:40", beatrix, gwAccr, "That would be kind, thank you.");
        Post ahAccr = re(5, "16:00", ahmed, gwAccr, "We're due next year, could I see it too?");
        re(5, "16:20", gwilym, ahAccr, "Of course, I'll post it in here tomorrow.");
        Post gwPolicy = say(6, "10:00", llLounge, gwilym, "Our policy, edit freely: "
                + "docs.wrenhavenmaritime.example/collections-policy-2032");
        gwPolicy.react("🙏", beatrix, ahmed);
        Post gwBulk = say(6, "14:00", llIdeas, gwilym, "Request: a bulk image import that matches files to records "
                + "by object number. We have 3,000 photos of the ship models to attach.");
        Post osBulk = re(6, "15:00", oskar, gwBulk, "Good timing, Gwilym, we're building exactly that. Would your "
                + "museum test the beta? It should be ready in a week or so.");
        re(6, "15:20", gwilym, osBulk, "Yes please, count us in.");
        re(7, "11:00", beatrix, gwBulk, "+1 for bulk images, we'd use it too.");
        // W27: Oskar courts a university prospect while Gwilym, who brought in Harbour Street, waits on the beta
        say(8, "09:00", llNews, oskar, "Training webinar on Thursday at 2: loans in 7.4, thirty minutes. Sign up: "
                + "ledgerline.example/webinars");
        joins(8, "10:00", llHelp, corinne);
        Post coDemo = say(8, "10:05", llHelp, corinne, "Hi, I'm Corinne Abbott and I look after the teaching "
                + "collections at Westbury University, geology and anatomy, about 9,000 objects. We're choosing a "
                + "collections system this summer. Do you do demos, and what would it cost for three users?");
        Post osDemo = re(8, "10:30", oskar, coDemo, "Hi Corinne, welcome! Three users is £1,150 a year, imports "
                + "included. Happy to show you a demo this week, pick a time here: ledgerline.example/book-demo");
        re(8, "11:00", corinne, osDemo, "Thanks, booked Wednesday at 2.");
        Post gwBeta = say(9, "10:00", llIdeas, gwilym, "@Oskar Lindqvist how's the bulk image beta coming along? "
                + "Two volunteers are photographing the ship models on Saturday and I need to know how they should "
                + "name the files.");
        Post coHazard = say(9, "11:00", llHelp, corinne, "Can Ledgerline hold hazard notes? Some of our geology "
                + "specimens are radioactive.");
        Post osHazard = re(9, "11:30", oskar, coHazard, "Yes, there's a hazard field that shows a warning on the "
                + "record and on printed labels. I'll show you on Wednesday.");
        re(9, "11:45", corinne, osHazard, "Perfect.");
        say(9, "16:00", dmOskarCorinne, corinne, "Hi Oskar, could our technician join the demo too? He'd be the "
                + "main user.");
        say(9, "16:20", dmOskarCorinne, oskar, "Of course, the more the better. I'll send the link to you both.");
        say(9, "16:30", dmOskarCorinne, corinne, "Thank you!");
        re(11, "09:00", gwilym, gwBeta, "@Oskar Lindqvist sorry to chase. The volunteers come on Saturday and I need "
                + "to tell them how to name the files.");
        Post ahDone = say(11, "10:00", llLounge, ahmed, "Imported all 4,000 rows last night! Only 12 errors.");
        ahDone.react("🎉", gwilym, beatrix);
        Post gwErr = re(11, "10:30", gwilym, ahDone, "Brilliant. What were the errors?");
        re(11, "10:50", ahmed, gwErr, "Duplicate numbers from the 1980s, two objects sharing one number. We'll sort "
                + "them out with the curator.");
        Post coAccess = say(11, "14:00", llHelp, corinne, "The demo was great, thanks. Two questions from our "
                + "technician: can we import our Access database directly, and is there an education discount?");
        Post osAccess = re(11, "14:20", oskar, coAccess, "Yes to both: we take Access exports, and universities get "
                + "15% off. I'll send a written quote today.");
        re(11, "14:40", corinne, osAccess, "Lovely.");
        say(12, "09:30", dmOskarCorinne, oskar, "Quote attached as promised, Corinne. Any questions, just ask.");
        say(12, "10:00", dmOskarCorinne, corinne, "Got it, thanks. It goes to our committee on the 15th.");
        say(12, "15:00", llNews, oskar, "The loans webinar recording is up: ledgerline.example/webinars/loans-7-4");
        Post osBeta = re(13, "10:00", oskar, gwBeta, "Gwilym, so sorry, I missed this in a busy week. Name the "
                + "files by object number, then an underscore and a letter for each view: 1994.12_a.jpg. The beta "
                + "goes live for you on Monday.");
        re(13, "10:30", gwilym, osBeta, "Thanks, I caught the volunteers just in time.");
        Post bePolicy = say(13, "15:00", llLounge, beatrix, "@Gwilym Roberts your policy saved me hours. Our "
                + "section went in today.");
        re(13, "15:20", gwilym, bePolicy, "Glad it helped!");
        // W28
        Post osLive = say(15, "09:00", llIdeas, oskar, "@Gwilym Roberts the bulk image beta is switched on for "
                + "Wrenhaven. Let me know how it goes.");
        Post gwLive = re(16, "17:00", gwilym, osLive, "Ran it on 600 photos and 594 matched first time. The six "
                + "misses were typos on our side.");
        re(16, "17:30", oskar, gwLive, "Great result, thank you for testing.");
        Post beJoin = re(16, "18:00", beatrix, gwLive, "Can we join the beta too?");
        re(16, "18:20", oskar, beJoin, "Yes, I'll switch it on for you tomorrow morning.");
        Post ahView = say(16, "19:00", llHelp, ahmed, "Can I give our front-desk volunteers read-only access?");
        Post rhView = re(16, "19:20", rhiannon, ahView, "Yes: Settings, Users, role 'Viewer'. Viewers don't count "
                + "toward your user limit.");
        re(16, "19:40", ahmed, rhView, "Perfect, thanks.");
        Post coYes = say(17, "10:00", llHelp, corinne, "Our committee said yes! How do we get started?");
        Post osYes = re(17, "10:20", oskar, coYes, "Wonderful news. Rhiannon will set up your account and book the "
                + "import call.");
        re(17, "10:40", rhiannon, osYes, "Welcome aboard, Corinne. I'll email you today.");
        say(19, "09:00", llNews, rhiannon, "Maintenance on Sunday from 06:00 to 07:00 UTC: the system will be "
                + "read-only.");
        Post gwVote = say(19, "12:00", llLounge, gwilym, "We're shortlisted for small museum of the year! The public "
                + "vote is open until Friday, if you've a minute: smallmuseums.example/vote");
        re(19, "12:30", beatrix, gwVote, "Voted! Good luck.");
        re(19, "13:00", ahmed, gwVote, "Done, fingers crossed.");
    }

    private void millVoices() {
        // W26
        Post brBook = say(1, "09:00", mvDiary, bronwen, "Recorder bookings for July are open: the two Zoom H5s and "
                + "the lapel mics. Sheet: https://forms.millvoices.example/recorder-bookings");
        Post deBook = re(1, "10:00", desmond, brBook, "Booked one for Tuesday. I'm interviewing Mrs Hebden, a winder "
                + "at Lowfold Mill from 1958 to 1971.");
        re(1, "10:20", bronwen, deBook, "Lovely. Don't forget the consent form, she signs both copies.");
        Post paGinnel = say(2, "10:00", mvTrans, pauline, "Hi all, my first transcript is underway! The speaker keeps "
                + "saying something like 'ginnel'. Do I spell it as said or explain it?");
        Post loGinnel = re(2, "10:30", lorna, paGinnel, "Spell it as said, 'ginnel', and add it to the glossary "
                + "sheet. It's a passage between houses.");
        re(2, "10:45", pauline, loGinnel, "Added to the glossary. I'd never heard it!");
        Post paOver = say(3, "14:00", mvTrans, pauline, "When two people talk over each other, how do I show it? The "
                + "style guide doesn't say.");
        Post deOver = re(3, "14:30", desmond, paOver, "We mark it and then give both lines. Lorna knows the exact "
                + "form.");
        Post loOver = re(3, "14:50", lorna, paOver, "[crosstalk] at the start, then each speaker on a new line. "
                + "I'll add it to the style guide, good catch.");
        re(3, "15:10", pauline, loOver, "Done it that way. Thanks both.");
        Post brTue = say(4, "09:00", mvDiary, bronwen, "Recorders: Tuesday and Thursday are taken, Friday is free. "
                + "Sheet: https://forms.millvoices.example/recorder-bookings");
        re(4, "09:40", terence, brTue, "Grabbing Friday. I'm talking to the Dunmore brothers, both tacklers.");
        Post keHebden = say(4, "11:00", mvClips, keziah, "From Mrs Hebden's interview: 'The weaving shed was so loud "
                + "we all learned to lip-read. You'd see the whole shed laughing and not hear a thing.'");
        keHebden.react("❤️", desmond, lorna, pauline);
        re(4, "11:30", desmond, keHebden, "She told me that one twice, and it was even better the second time.");
        Post paKnock = say(5, "14:00", mvTrans, pauline, "Stuck at 34:10: it sounds like 'knocker-up'. Was that a "
                + "real job?");
        Post deKnock = re(5, "14:20", desmond, paKnock, "Very real! He tapped on bedroom windows with a long pole to "
                + "wake the workers for the early shift.");
        re(5, "14:40", pauline, deKnock, "Wonderful. Fixed.");
        Post brSat = say(6, "09:00", mvDiary, bronwen, "Last slot this month is Saturday 3 July. Sheet: "
                + "https://forms.millvoices.example/recorder-bookings");
        re(6, "09:30", lorna, brSat, "Mine, for Mr Okoye, the mill's last engineer.");
        Post deGazette = say(6, "16:00", mvTea, desmond, "The Gazette wrote about us: "
                + "news.lowfoldgazette.example/mill-voices-project");
        re(6, "16:30", lorna, deGazette, "Great photo of Bronwen!");
        Post teDunmore = say(7, "19:00", mvTea, terence, "The Dunmore brothers were amazing. Three hours of "
                + "stories, two of them about the 1962 flood.");
        teDunmore.react("🔥", bronwen, keziah);
        // W27: Terence keeps the recorder and posts clips while Bronwen's question waits
        Post teFlood = say(8, "18:00", mvClips, terence, "From the Dunmores: 'When the river came in, we carried "
                + "the bolts of cloth up to the top floor. Dad said the mill mattered more than the furniture.'");
        teFlood.react("❤️", lorna, keziah, desmond);
        Post paFirst = say(9, "11:00", mvTrans, pauline, "Finished my first transcript! 42 pages.");
        Post loFirst = re(9, "11:30", lorna, paFirst, "Well done! Put it in the shared folder and I'll check it.");
        re(9, "11:45", pauline, loFirst, "Uploaded.");
        Post brH5 = say(10, "10:00", mvDiary, bronwen, "@Terence Hadley when can you drop the H5 back? Lorna has it "
                + "on the 17th and I want to check the batteries first.");
        Post kePhotos = say(10, "15:00", mvTea, keziah, "Found photos of the 1962 flood in the local studies "
                + "library! Scanning them this week.");
        re(10, "15:30", desmond, kePhotos, "A perfect match for the Dunmores' story.");
        Post teBand = say(11, "19:00", mvClips, terence, "Another from the Dunmores, on the mill band: 'We played at "
                + "every wedding in the valley, and half the weddings were ours.'");
        Post keBand = re(11, "19:30", keziah, teBand, "Love this. Can I use it beside the flood photos in the "
                + "exhibition?");
        re(11, "20:00", terence, keBand, "Yes, they said quotes are fine.");
        re(12, "09:00", desmond, brH5, "@Terence Hadley did you see Bronwen's question about the recorder?");
        Post loCheck = say(12, "10:00", mvTrans, lorna, "@Pauline Nakamura I've checked your transcript: really "
                + "clean, three small fixes in the comments.");
        re(12, "10:30", pauline, loCheck, "Thank you, all three fixed.");
        Post brPoster = say(13, "10:00", mvTea, bronwen, "Our exhibition at the mill opens on 24 July! The poster's "
                + "done: millvoices.example/exhibition-poster. Could you all share it with friends and on the "
                + "village pages?");
        re(13, "10:30", lorna, brPoster, "Shared on the allotment group.");
        re(13, "11:00", desmond, brPoster, "Printed five for the library and the chemist.");
        // W28
        Post teSorry = re(15, "19:00", terence, brH5, "Sorry Bronwen, I'd missed this. I'll drop the H5 at yours on "
                + "Thursday morning.");
        Post brSorry = re(15, "19:30", bronwen, teSorry, "Thanks Terence. Lorna, you'll have it by Friday.");
        re(15, "20:00", lorna, brSorry, "Friday's fine.");
        Post keOkoye = say(16, "10:00", mvTrans, keziah, "Is anyone free to check my Okoye transcript? It's full of "
                + "engineering words.");
        Post paOkoye = re(16, "10:30", pauline, keOkoye, "I can do it tomorrow.");
        re(16, "10:45", keziah, paOkoye, "Thank you Pauline!");
        Post paMule = say(17, "15:00", mvTrans, pauline, "Checked it and left four notes. What's a 'mule spinner'?");
        Post deMule = re(17, "15:30", desmond, paMule, "A spinning machine, and the man who minded it. Keziah has it "
                + "right.");
        re(17, "15:45", pauline, deMule, "Thanks Desmond.");
        say(18, "17:00", mvDiary, lorna, "The interview with Mr Okoye's daughter went well, 90 minutes. Recorder's "
                + "back with Bronwen.");
        Post loClip = say(19, "12:00", mvClips, lorna, "From Mr Okoye's daughter: 'Dad could hear a loom going "
                + "wrong from two floors away. He'd be up the stairs before the weaver knew.'");
        loClip.react("❤️", keziah, bronwen, terence);
        Post brSetup = say(20, "10:00", mvTea, bronwen, "Exhibition set-up is on 23 July and we need six people from "
                + "10am. Sign-up: https://forms.millvoices.example/exhibition-setup");
        re(20, "10:30", desmond, brSetup, "Count me in.");
        re(20, "11:00", terence, brSetup, "Me too, I'll bring the van.");
        Post paCap = re(21, "09:00", pauline, brSetup, "Can I help too? I could do the captions.");
        re(21, "09:30", bronwen, paCap, "Yes please, Pauline!");
    }

    private void copystand() {
        // W26
        Post maLed = say(1, "10:00", csRigs, marek, "Finally replaced my old LED panels. The new ones are CRI 98 and "
                + "my colour checks are much tighter.");
        Post olLed = re(1, "10:30", olwen, maLed, "Which ones? I'm due an upgrade.");
        Post maLed2 = re(1, "10:50", marek, olLed, "Glowline 450s. Not cheap, but worth it.");
        re(1, "11:00", olwen, maLed2, "Noted, thanks.");
        Post juHello = say(2, "09:00", csLounge, justine, "Hi all, Justine here. I was a digitisation assistant at "
                + "a university library for six years and went freelance last month. How do you find archive "
                + "clients? It's all word of mouth so far.");
        Post olHello = re(2, "09:30", olwen, juHello, "Hello! Most of mine come from record offices that know me, "
                + "and from this jobs board. Family history societies are a good start: small budgets, but they "
                + "talk to each other.");
        re(2, "09:45", justine, olHello, "That's useful, thank you.");
        Post maHello = re(2, "10:00", marek, juHello, "And go to the regional archives meet-ups. Half my work came "
                + "from one coffee.");
        re(2, "10:15", justine, maHello, "I'll look out for the next one.");
        Post luRigs = say(3, "10:02", csRigs, lucian, "I built CaptureCheck, a plug-in that checks every capture "
                + "against FADGI targets automatically. Launch price £79: capturecheck.example/fadgi");
        say(3, "10:09", csJobs, lucian, "Freelancers, save hours on QA with my plug-in CaptureCheck: "
                + "capturecheck.example/fadgi");
        Post luLounge = say(3, "10:15", csLounge, lucian, "Launched my QA plug-in today, have a look! "
                + "capturecheck.example/fadgi");
        re(3, "11:00", olwen, luLounge, "Lucian, the jobs board is for clients posting work, not adverts. One post in "
                + "the lounge is plenty.");
        Post juSum = say(4, "14:00", csFiles, justine, "Which checksum do archives usually want? One record office "
                + "asked me for MD5, another for SHA-256.");
        Post maSum = re(4, "14:30", marek, juSum, "Both are common. I send SHA-256 unless they ask otherwise, with "
                + "a manifest file in every delivery.");
        re(4, "14:45", justine, maSum, "A manifest, got it. Thanks Marek.");
        say(5, "09:00", csLounge, lucian, "Launch week offer: CaptureCheck is 15% off with code COPYSTAND15 until "
                + "Sunday → capturecheck.example/fadgi");
        Post baJob = say(5, "15:00", csJobs, barnaby, "Hello, I'm projects officer for the Aldworth Family History "
                + "Society. We'd like our parish magazines from 1890 to 1950 digitised, about 6,000 pages in bound "
                + "volumes, by the end of the year. Budget around £3,000. Could freelancers tell us their "
                + "availability and a rough rate?");
        Post olJob = re(5, "15:40", olwen, baJob, "Hi Barnaby, I could start in September. Bound volumes on a "
                + "cradle are £0.45 a page with TIFF and PDF, so about £2,700.");
        re(6, "09:00", marek, baJob, "I'm booked until November, but happy to help with the spec if that's useful.");
        Post baMeet = re(6, "10:00", barnaby, olJob, "That fits our budget nicely. Could we meet at the society "
                + "library next week?");
        re(6, "10:30", olwen, baMeet, "Yes, Tuesday or Wednesday suits me.");
        Post juCradle = say(7, "11:00", csRigs, justine, "Does anyone use a glass platen for tight bindings? I'm "
                + "worried about pressing on fragile spines.");
        Post olCradle = re(7, "11:30", olwen, juCradle, "Only with the glass lifted between shots, and never on a "
                + "weak spine. Use a V-cradle at about 110 degrees instead.");
        re(7, "11:45", justine, olCradle, "V-cradle it is. Thanks.");
        // W27
        Post juTool = say(8, "10:00", csRigs, justine, "Is there any tool that checks a colour target against FADGI "
                + "automatically? I do it by hand in a spreadsheet and it takes ages.");
        Post luTool = re(8, "10:30", lucian, juTool, "Mine does, CaptureCheck: capturecheck.example/fadgi. If you'd "
                + "rather not pay, the free Targetscan script does the main checks, just slower: targetscan.example");
        Post juTried = re(9, "16:00", justine, luTool, "Tried both. Targetscan will do for now, but I like your "
                + "report layout.");
        re(9, "16:30", lucian, juTried, "Fair enough! For small jobs Targetscan is plenty.");
        Post baGo = say(9, "18:00", csJobs, barnaby, "Met Olwen today and we've agreed to go ahead. Thanks "
                + "everyone.");
        baGo.react("🎉", olwen, marek, justine);
        Post olNames = say(10, "10:00", csFiles, olwen, "Barnaby's society wants filenames that match their volume "
                + "numbers. Does anyone use a volume_page pattern, like AFHS-V12_0034?");
        Post maNames = re(10, "10:30", marek, olNames, "Yes, with leading zeros so they sort. Always four digits for "
                + "the page.");
        re(10, "10:45", olwen, maNames, "Four digits, done.");
        Post siGlass = say(12, "10:00", csJobs, siobhan, "Hello, I'm digital officer at Kettlewell County Record "
                + "Office. We're tendering for 1,200 glass plate negatives, around £8,000, expressions of interest by "
                + "23 July. Do any of you have glass plate experience?");
        Post juGlass = re(12, "10:40", justine, siGlass, "Yes, I did 3,000 glass plates at the university, on a "
                + "light box with a holder that never touches the emulsion. I'd be interested.");
        re(12, "11:00", siobhan, juGlass, "Great, I'll send you the tender pack.");
        re(13, "09:00", marek, siGlass, "I've done a few hundred. Happy to bid too, or share it with Justine if it "
                + "suits.");
        Post luGrey = say(13, "14:00", csRigs, lucian, "Tip for anyone using grey cards: replace them every year. "
                + "Mine had yellowed badly.");
        re(13, "14:30", olwen, luGrey, "Good point, mine's three years old.");
        Post juBid = say(14, "10:00", csLounge, justine, "Siobhan's tender pack arrived. @Marek Zielinski would you "
                + "like to bid together?");
        re(14, "10:30", marek, juBid, "Yes, let's talk on Monday.");
        // W28
        say(15, "09:00", csJobs, lucian, "For archives and societies doing their own captures: CaptureCheck now has "
                + "a site licence, capturecheck.example/site-licence");
        Post siMeta = say(15, "11:00", csFiles, siobhan, "For the glass plates we'd want 16-bit TIFF at 600 ppi on "
                + "the plate, with embedded metadata. Could bidders also supply XMP sidecars?");
        re(15, "11:30", justine, siMeta, "Yes, I'd embed it and send sidecars as well.");
        re(15, "12:00", marek, siMeta, "Same here.");
        Post maSent = say(16, "17:00", csLounge, marek, "Justine and I sent our joint expression of interest today.");
        maSent.react("👏", olwen, justine);
        Post baStand = say(17, "10:00", csRigs, barnaby, "A question from a non-freelancer: our volunteers want to "
                + "photograph loose letters themselves. Any cheap copy stand you'd suggest?");
        re(17, "10:30", olwen, baStand, "A second-hand repro stand and a phone on a clamp works for letters. Keep "
                + "the lights at 45 degrees on both sides.");
        Post maStand = re(17, "10:45", marek, baStand, "And put a colour card in the first shot of every session.");
        re(17, "11:00", barnaby, maStand, "Thanks both, passing it on.");
        Post juPres = say(18, "14:00", csFiles, justine, "Has anyone delivered into Preservica? Siobhan's office "
                + "uses it.");
        Post olPres = re(18, "14:30", olwen, juPres, "Yes, they'll want one package per volume. I can show you my "
                + "template.");
        re(18, "14:45", justine, olPres, "That would be great.");
        Post olBatch = say(19, "17:00", csLounge, olwen, "First batch of Aldworth magazines done, 1,100 pages. The "
                + "1920s ones have lovely adverts.");
        olBatch.react("😍", marek, justine);
        say(20, "10:00", csJobs, siobhan, "Thanks for all the interest. We've shortlisted three, including Justine "
                + "and Marek's joint bid.");
    }

    private void plinthAndCrate() {
        // W26
        Post meCall = say(1, "09:00", pcCalls, mehmet, "Northgate Contemporary: derig 28-29 June and install 1-3 July "
                + "for the summer show. We need three technicians at £200 a day. Reply here with your availability, "
                + "please.");
        re(1, "09:30", ewa, meCall, "I can do all five days.");
        re(1, "10:00", rafe, meCall, "Derig both days, install on the 1st and 2nd.");
        Post saCall = re(1, "10:30", saoirse, meCall, "Install only, and I could make the mounts for the small "
                + "ceramics if you need them.");
        re(2, "09:00", mehmet, saCall, "Yes please to the mounts! Ewa, Rafe and Saoirse, you're all booked. I'll "
                + "send the floor plan.");
        Post saJug = say(2, "11:00", pcTech, saoirse, "Mount question: brass or acrylic for a heavy stoneware jug, "
                + "about 4kg?");
        Post ewJug = re(2, "11:30", ewa, saJug, "Brass, padded with Plastazote where it touches. Acrylic will creep "
                + "under that weight.");
        re(2, "11:45", saoirse, ewJug, "Brass it is, thanks Ewa.");
        Post ewLift = say(3, "10:00", pcKit, ewa, "Selling a Genie SL-15 material lift, serviced in May, £900. "
                + "Collection from Leeds.");
        re(3, "10:30", rafe, ewLift, "Good price. I'd have it if my van were bigger!");
        Post ewHeavy = say(6, "10:00", pcTech, ewa, "What's everyone's go-to for heavy framed works on "
                + "plasterboard?");
        Post raHeavy = re(6, "10:30", rafe, ewHeavy, "Heavy-duty spring toggles, two per D-ring, and a French cleat "
                + "for anything over 30kg.");
        re(6, "10:45", ewa, raHeavy, "Cleat for the big one, thanks.");
        Post saMounts = say(7, "17:00", pcLounge, saoirse, "Finished the jug mounts. Patinated the brass to match "
                + "the glaze.");
        saMounts.react("😍", ewa, rafe, mehmet);
        // W27: a new registrar arrives and Rafe pitches his crew to her by DM the same morning
        joins(8, "09:00", pcLounge, anouk);
        Post anHello = say(8, "09:10", pcLounge, anouk, "Hello! I'm Anouk, the new registrar at the Hartley "
                + "University Museum. I've come from a records background, so I'm here to learn how technicians "
                + "think about handling and installs.");
        re(8, "09:30", ewa, anHello, "Welcome Anouk! Ask anything, we like registrars who ask.");
        re(8, "09:45", rafe, anHello, "Welcome!");
        say(8, "11:00", dmRafeAnouk, rafe, "Hi Anouk, Rafe from the lounge. My crew does full installs and derigs "
                + "for university museums, £240 per technician per day, van and tools included. Worth booking us "
                + "now for your autumn show before the diary fills up.");
        say(8, "15:00", dmRafeAnouk, anouk, "Hi Rafe, thanks. I'm only in my second week, so I don't know the "
                + "autumn plans yet. I'll post in crew-calls when we do.");
        say(8, "15:30", dmRafeAnouk, rafe, "No problem.");
        Post meThanks = say(9, "10:00", pcCalls, mehmet, "Thank you Ewa, Rafe and Saoirse for the install. The show "
                + "looks great.");
        meThanks.react("👍", ewa, rafe);
        re(9, "10:30", saoirse, meThanks, "A lovely show to work on.");
        Post anCourier = say(9, "14:00", pcTech, anouk, "Question for technicians: when a lender's courier "
                + "supervises an install, who has the final say on how the work is hung?");
        Post ewCourier = re(9, "14:30", ewa, anCourier, "The courier, for their lender's objects. Agree it on the "
                + "condition report before they arrive, so there are no surprises on the day.");
        re(9, "14:45", anouk, ewCourier, "That's clear, thank you Ewa.");
        Post saSlope = say(10, "11:00", pcTech, saoirse, "Anyone made a mount for a textile that has to hang at an "
                + "angle? The client wants a 15-degree slope.");
        Post raSlope = re(10, "11:30", rafe, saSlope, "A slant board covered in washed calico, Velcro along the top. "
                + "Keep the slope gentle.");
        re(10, "11:45", saoirse, raSlope, "Calico-covered slant board, perfect.");
        Post anCrate = say(13, "10:00", pcTech, anouk, "How long do you leave a crate to acclimatise before "
                + "opening it?");
        Post raCrate = re(13, "10:30", rafe, anCrate, "24 hours is usual, 48 if it's come from somewhere cold.");
        re(13, "10:45", anouk, raCrate, "24 for ours then, it's coming from Bristol.");
        // W28
        joins(15, "09:00", pcLounge, jasper);
        say(15, "09:05", pcLounge, jasper, "Hi all! I film install timelapses. Follow me on Instagram "
                + "@jasperinstalls and give my latest reel a like: instagram.example/jasperinstalls");
        Post saGlue = say(15, "11:00", pcTech, saoirse, "For the Hartley show: which adhesive do you use for "
                + "labels on acrylic mounts?");
        Post ewGlue = re(15, "11:30", ewa, saGlue, "Double-sided conservation tape, not glue, so they come off "
                + "clean.");
        re(15, "11:45", saoirse, ewGlue, "Tape, thanks.");
        Post jaFollow = say(16, "10:00", pcTech, jasper, "Could everyone follow my page? Trying to reach 1,000 followers "
                + "by August: instagram.example/jasperinstalls");
        re(16, "10:30", ewa, jaFollow, "Jasper, this room is for questions about the work.");
        Post anCall = say(16, "11:00", pcCalls, anouk, "Hartley University Museum: install 26-28 August for "
                + "'Anatomy of a Collection'. Four technicians, one with mount-making experience, £220 a day. Who's "
                + "free?");
        Post raCall = re(16, "11:30", rafe, anCall, "My crew of three is free all three days, and £220 each is "
                + "fine. Happy to do a site visit beforehand.");
        Post saCall2 = re(16, "12:00", saoirse, anCall, "I'm free, and I can do the mounts.");
        Post anVisit = re(16, "13:00", anouk, raCall, "Great, a site visit would help. The week after next?");
        re(16, "13:20", rafe, anVisit, "Tuesday the 13th works.");
        re(16, "13:30", anouk, saCall2, "Lovely, you're booked for the mounts.");
        Post saJars = say(17, "14:00", pcTech, saoirse, "Anatomy mounts: some are spirit jars. Tips for securing "
                + "glass jars on a sloping plinth?");
        Post ewJars = re(17, "14:30", ewa, saJars, "A clear acrylic cradle with a lip, and museum wax under the "
                + "base.");
        re(17, "14:45", saoirse, ewJars, "Lip plus wax, thanks.");
        Post jaSorry = say(18, "09:00", pcLounge, jasper, "Sorry about the follow requests earlier, still learning "
                + "how this place works. I was a gallery assistant in Hull before this.");
        re(18, "09:30", ewa, jaSorry, "No harm done, welcome.");
        Post ewStrap = say(19, "10:00", pcTech, ewa, "How do you stop a ratchet strap slipping on a crate lid?");
        Post jaStrap = re(19, "10:20", jasper, ewStrap, "Put a rubber mat under the buckle. We did that at the "
                + "Ferens and it held.");
        re(19, "10:40", ewa, jaStrap, "Good trick, thanks Jasper.");
        Post jaCourse = say(20, "12:00", pcLounge, jasper, "Is there a good art handling course for someone "
                + "starting out?");
        re(20, "12:30", saoirse, jaCourse, "The Level 1 course from the art handlers' network is good value, and "
                + "ask Mehmet about shadowing at Northgate.");
    }

    private void quaysideGallery() {
        // W26
        say(1, "09:00", qgNews, lucinda, "Our summer show 'Tide Lines' opens on Friday 2 July, 6-8pm: twenty-two new "
                + "prints by Greta Solberg and Piotr Wasik. Everyone welcome.");
        Post luHang = say(1, "10:00", qgArtists, lucinda, "@Greta Solberg @Piotr Wasik the hang is on Wednesday 30 "
                + "June. Can you have framed work here by Monday?");
        re(1, "10:30", piotr, luHang, "Yes, all eleven framed.");
        Post grHang = re(1, "11:00", greta, luHang, "Ten framed, one still drying. Monday evening?");
        re(1, "11:20", lucinda, grHang, "Monday evening is fine.");
        Post hoMezzo = say(2, "14:00", qgCollectors, howard, "Will Piotr's large mezzotint of the estuary be in the "
                + "show? I'd like to reserve it if so.");
        Post idMezzo = re(2, "14:30", idris, hoMezzo, "It will, and I've put a reserve on it for you, Howard. It's "
                + "£640 framed.");
        re(2, "14:45", howard, idMezzo, "Thank you Idris.");
        Post maGreys = say(3, "18:00", qgChat, marguerite, "I saw Greta's demo at the print fair last year and I'm "
                + "still wondering how she got those greys.");
        Post grGreys = re(3, "18:30", greta, maGreys, "Thank you! Two plates, and the second one barely inked.");
        re(3, "18:45", marguerite, grGreys, "So simple when you say it.");
        Post piPaper = say(4, "10:00", qgArtists, piotr, "Which paper are you using for the summer edition, Greta? "
                + "My Somerset is cockling.");
        Post grPaper = re(4, "10:30", greta, piPaper, "Hahnemühle 300gsm. Are you damping it too long?");
        re(4, "10:50", piotr, grPaper, "Probably, 20 minutes. I'll try 10.");
        Post maList = say(5, "12:00", qgCollectors, marguerite, "Is there a list of works for the show yet? My "
                + "sister wants to come and buy.");
        Post idList = re(5, "12:30", idris, maList, "The price list goes out on Thursday, I'll post it here.");
        re(5, "12:45", marguerite, idList, "Thanks!");
        re(6, "10:00", idris, maList, "Here's the price list for Tide Lines, Marguerite: "
                + "quaysideprints.example/tide-lines-prices");
        // W27: Greta sends the gallery's collectors to her own shop
        Post luOpen = say(8, "09:00", qgNews, lucinda, "What an opening! Thank you to everyone who came. Fourteen "
                + "prints sold on the night.");
        luOpen.react("🎉", greta, piotr, marguerite, howard);
        Post maSister = say(8, "11:00", qgCollectors, marguerite, "I brought my sister and two friends to the "
                + "opening, and my sister bought Piotr's heron! We all loved it.");
        re(8, "11:30", lucinda, maSister, "Thank you Marguerite, that's so kind. Your sister's heron will be ready "
                + "to collect when the show ends.");
        say(9, "10:00", qgCollectors, greta, "Collectors: my new heron linocuts are also in my own shop, a little "
                + "cheaper than through the gallery: gretasolberg.example/shop");
        Post piSold = say(9, "12:00", qgArtists, piotr, "Sold five on the night. Thank you Lucinda and Idris.");
        re(9, "12:30", idris, piSold, "Well deserved.");
        Post hoWashi = say(10, "16:00", qgChat, howard, "Has anyone tried the washi from the Japanese paper shop in "
                + "York? I'm thinking of framing a print myself.");
        Post grWashi = re(10, "16:30", greta, hoWashi, "Lovely shop. Their kozo is good for hinges too.");
        re(10, "16:45", howard, grWashi, "Hinges are exactly what I need, thanks Greta.");
        say(11, "11:00", qgChat, greta, "Heron linocuts, £85 unframed, direct from my studio: "
                + "gretasolberg.example/shop");
        Post hoCollect = say(12, "10:00", qgCollectors, howard, "When can I collect the mezzotint? After the show "
                + "ends on the 31st?");
        Post idCollect = re(12, "10:30", idris, hoCollect, "Yes, from 1 August, or we can deliver in Bristol for "
                + "£20.");
        re(12, "10:45", howard, idCollect, "Delivery, please.");
        say(13, "09:00", qgCollectors, greta, "Only three of the heron edition left: gretasolberg.example/shop");
        Post luChat = say(13, "11:00", qgArtists, lucinda, "@Greta Solberg could we have a word about selling from "
                + "your shop in the collectors' room? Can I ring you this afternoon?");
        re(13, "11:30", greta, luChat, "Of course. Sorry, I should have asked first.");
        Post grAfter = say(14, "10:00", qgArtists, greta, "Talked it through with Lucinda. I'll keep my shop links "
                + "out of the gallery's rooms.");
        grAfter.react("❤️", lucinda, piotr);
        // W28
        joins(15, "10:00", qgChat, eamon);
        Post eaFrame = say(15, "10:05", qgChat, eamon, "Hello, I bought a small Piotr Wasik etching at the opening. "
                + "Is it safe in an ordinary frame, or does it need special glass?");
        Post idFrame = re(15, "10:30", idris, eaFrame, "Welcome Eamon! UV-filtering glass and an acid-free mount are "
                + "worth it. We frame here, about £75 for that size.");
        re(15, "11:00", eamon, idFrame, "Good to know. I'll bring it in on Saturday.");
        Post maComm = say(16, "10:00", qgCollectors, marguerite, "@Lucinda Haverford my sister wonders whether "
                + "Piotr does commissions? She'd love a print of her own village.");
        Post luComm = re(16, "10:30", lucinda, maComm, "I'll ask him! @Piotr Wasik would you?");
        Post piComm = re(16, "11:00", piotr, luComm, "I take a few a year. Happy to talk to her, Lucinda can put us "
                + "in touch.");
        re(16, "11:30", marguerite, piComm, "She'll be thrilled.");
        Post hoBlack = say(17, "15:00", qgChat, howard, "How do you get that velvety black in the mezzotint, "
                + "Piotr?");
        Post piBlack = re(17, "15:30", piotr, hoBlack, "I rock the plate for about forty hours with a fine rocker, "
                + "in four directions, then I scrape the lights back very slowly. I print it on damp Somerset with "
                + "a soft wipe. I've done it for twenty years and I still ruin every third plate.");
        re(17, "16:00", howard, piBlack, "Forty hours! No wonder.");
        say(18, "09:00", qgNews, lucinda, "Tide Lines runs until 31 July. Piotr gives an artist's talk on Saturday "
                + "17 July at 2pm.");
        Post hoAway = say(19, "14:00", qgCollectors, howard, "Could you deliver the mezzotint on 2 August instead? "
                + "I'm away the first weekend.");
        re(19, "14:30", idris, hoAway, "2 August is fine, it's pencilled in.");
        Post grWinter = say(20, "17:00", qgArtists, greta, "Finished proofing the winter heron. Printing the edition "
                + "next week.");
        grWinter.react("👏", piotr, lucinda);
        re(20, "17:30", piotr, grWinter, "Can't wait to see it.");
    }

    private void handlingBox() {
        // W26: Clementine posts her own days to the staffroom, speaking to nobody
        say(1, "07:40", hbStaff, clementine, "Off to Blackcombe Museum today with my Victorian schoolroom. My slates "
                + "and inkwells are packed and my bonnet is pressed.");
        Post peEgypt = say(1, "10:00", hbAsk, petra, "I teach Year 4 at St Aidan's in Wrexbury. We'd like an Ancient "
                + "Egypt workshop day in school in the autumn term, around £300. Any freelancers do Egypt?");
        Post leEgypt = re(1, "10:40", lewis, peEgypt, "Hi Petra, I do an Egypt storytelling and mummification day, "
                + "£290 with a handling box. Free any Thursday in October.");
        say(1, "18:30", hbStaff, clementine, "I ran three sessions today and my voice has nearly gone. I always save "
                + "my strictest voice for Year 6.");
        say(2, "07:30", hbStaff, clementine, "I'm trying my new dunce's cap today. I made it myself from an 1880s "
                + "pattern in one of my grandmother's books.");
        Post peDate = re(2, "09:00", petra, leEgypt, "Perfect. Could we have 14 October?");
        re(2, "09:30", lewis, peDate, "Pencilled in. I'll email you the booking form.");
        Post nkFlint = say(2, "11:00", hbSwap, nkechi, "Has anyone got a risk assessment for handling real flint "
                + "tools with under-7s?");
        Post giFlint = re(2, "11:30", gideon, nkFlint, "I have, here's mine to adapt: "
                + "docs.handlingbox.example/flint-ra");
        re(2, "11:45", nkechi, giFlint, "Perfect, thank you Gideon.");
        say(2, "19:00", hbStaff, clementine, "My cap was a hit. I think I'll keep it in my show for good.");
        say(3, "07:45", hbStaff, clementine, "Today I'm at Harrowgate Hall for two days with my copperplate "
                + "handwriting lesson.");
        Post leTunic = say(3, "13:00", hbCostume, lewis, "Best fabric for a Roman tunic that survives thirty school "
                + "visits a term?");
        Post giTunic = re(3, "13:30", gideon, leTunic, "A heavy linen-cotton mix, and double-stitch the neckline. "
                + "Wool looks better but you'll cook.");
        re(3, "13:45", lewis, giTunic, "Linen-cotton, thanks.");
        say(3, "20:00", hbStaff, clementine, "My handwriting lesson went well. I have a new opening speech that I'm "
                + "really pleased with.");
        Post maSamian = say(4, "10:00", hbSwap, mabel, "Our Roman pottery handling box is mostly broken sherds now. "
                + "Does anyone source replica samian cheaply?");
        Post nkSamian = re(4, "10:30", nkechi, maSamian, "Our shop's supplier does seconds. Holloway Replicas, ask "
                + "for their seconds list.");
        re(4, "10:45", mabel, nkSamian, "Thanks Nkechi!");
        say(4, "19:30", hbStaff, clementine, "I've been asked back to Harrowgate in October. My diary for the autumn "
                + "is nearly full now.");
        say(5, "08:00", hbStaff, clementine, "My new cane (blunted, of course) arrived today. I'm going to age it "
                + "with tea before I use it.");
        say(6, "10:00", hbStaff, clementine, "I'm writing a new session on Victorian playground games. My plan is "
                + "to have it ready by September.");
        say(7, "18:00", hbStaff, clementine, "My week: six sessions, four schools and one lost bonnet. I'm "
                + "exhausted, but my bookings are looking good.");
        // W27
        Post leVoice = say(8, "16:00", hbStaff, lewis, "Anyone else's voice going by July? I'm hoarse after four "
                + "storytelling days.");
        Post clVoice = re(8, "16:20", clementine, leVoice, "Mine too! Honey and lemon between sessions, and I use a "
                + "handbell now instead of raising my voice.");
        re(8, "16:40", lewis, clVoice, "A handbell! Genius.");
        Post nkPlan = say(9, "11:00", hbSwap, nkechi, "Sharing our new 'Museum detectives' session for KS1, free to "
                + "adapt: docs.handlingbox.example/museum-detectives");
        nkPlan.react("🙌", lewis, mabel, petra);
        Post clPlan = re(9, "11:30", clementine, nkPlan, "This is lovely, Nkechi. Could I borrow the clue cards idea "
                + "for a schoolroom session?");
        re(9, "11:45", nkechi, clPlan, "Of course!");
        Post nkXmas = say(11, "10:00", hbAsk, nkechi, "City Museum: we'd like a costumed character for our "
                + "Victorian Christmas late on 9 December, two hours, budget £180.");
        Post clXmas = re(11, "10:30", clementine, nkXmas, "I'd love to, I'm free that evening and £180 is fine.");
        re(11, "11:00", nkechi, clXmas, "Wonderful, you're booked.");
        Post pePre = say(12, "15:00", hbSwap, petra, "How do museums usually prepare children before a visit? Is "
                + "there a pre-visit sheet anyone would share?");
        Post maPre = re(12, "15:30", mabel, pePre, "We send a one-page 'what to expect' with photos of the rooms: "
                + "docs.handlingbox.example/vindomora-previsit");
        re(12, "15:45", petra, maPre, "Brilliant, thanks Mabel.");
        Post giAway = say(13, "09:00", hbStaff, gideon, "Heads up: I'm at the Birdoswald living-history week from 5 "
                + "to 9 July, no signal in the tents. Back on the 10th.");
        re(13, "09:30", lewis, giAway, "Have fun, and take waterproofs!");
        Post clPins = say(14, "11:00", hbCostume, clementine, "Any tricks for keeping a bonnet on in the wind?");
        Post maPins = re(14, "11:30", mabel, clPins, "Two hat pins through the bun, crossed.");
        re(14, "11:45", clementine, maPins, "Crossed pins, I'll try it tomorrow.");
        // W28
        Post maArmy = say(15, "10:00", hbAsk, mabel, "Vindomora Fort Museum: Roman Army Day on Saturday 18 September, "
                + "drill and kit talks, £350. @Gideon Ashworth we booked you last May and the children still talk "
                + "about it. Are you free again?");
        Post leArmy = re(16, "09:00", lewis, maArmy, "Gideon's at Birdoswald until Friday, Mabel, back on the 10th.");
        re(16, "09:30", mabel, leArmy, "Thanks Lewis, I'll wait for him.");
        Post leBag = say(17, "10:00", hbSwap, lewis, "Storytelling tip: start with an object hidden in a bag and let "
                + "them guess. Works every time.");
        Post nkBag = re(17, "10:30", nkechi, leBag, "We'll try that in the museum detectives session.");
        re(17, "10:45", clementine, leBag, "Stealing this for my schoolroom, thank you Lewis.");
        say(18, "14:00", hbAsk, petra, "Thanks to everyone who answered my Egypt post. Lewis is booked for October "
                + "and I'll tell the other Year 4 teachers in our trust.");
        Post giBack = re(20, "09:00", gideon, maArmy, "Back from Birdoswald, sorry for the wait, Mabel! Yes, 18 "
                + "September is free and £350 is fine. Delighted to come back.");
        re(20, "09:30", mabel, giBack, "Wonderful, I'll send the booking form today.");
        Post giNails = say(20, "11:00", hbCostume, gideon, "Birdoswald was wet. My caligae need new hobnails, "
                + "anyone know a supplier?");
        Post clNails = re(20, "11:30", clementine, giNails, "The reenactors' market at Chester had them last month, "
                + "ask for the iron ones.");
        re(20, "11:45", gideon, clNails, "Thanks Clementine, I'll look them up.");
        Post clGames = say(21, "10:00", hbSwap, clementine, "Draft of my playground games session, for anyone who "
                + "wants to try it or pick it apart: docs.handlingbox.example/playground-games");
        re(21, "10:30", nkechi, clGames, "Hopscotch with chalk squares from 1880, love it.");
    }

    private void recordOffice() {
        // W26
        say(1, "09:00", crNews, eleri, "The searchroom is closed on Tuesday 29 June for the fire alarm test. "
                + "Documents ordered for that day will be ready on Wednesday.");
        Post maRota = say(1, "11:00", crFriends, maureen, "The poor-law indexing rota for July is up. Three sessions "
                + "still need a second volunteer: forms.caldmoor.example/indexing-rota");
        Post kwRota = re(1, "11:30", kwame, maRota, "I'll take Thursday the 8th.");
        re(1, "11:45", maureen, kwRota, "Thanks Kwame!");
        Post kwWages = say(2, "10:00", crAsk, kwame, "I'm researching Dale End Mill, 1820-1900. Do you hold any wage "
                + "books from it?");
        Post doWages = re(2, "10:30", dominic, kwWages, "Yes, two volumes for 1861-1874, ref D/DEM/3/1-2. Order them "
                + "for your next visit here: catalogue.caldmoor.example/D-DEM");
        re(2, "10:45", kwame, doWages, "Ordering now, thank you.");
        Post yvStart = say(3, "15:00", crCorner, yvonne, "Hello, I'm researching my Tallis line in Caldmoor. When do "
                + "the St Bede's parish registers start?");
        Post maStart = re(3, "15:30", maureen, yvStart, "1653 for baptisms, with a gap in the 1700s.");
        re(3, "15:45", yvonne, maStart, "ok ta");
        Post kwFound = say(4, "16:00", crCorner, kwame, "Found my great-great-grandfather in the Dale End wage books! "
                + "Nine shillings a week in 1863.");
        kwFound.react("🎉", maureen, alistair, eleri);
        Post alFound = re(4, "16:30", alistair, kwFound, "Great find. The 1861 census will give you his household "
                + "if you haven't got it yet.");
        re(4, "16:45", kwame, alFound, "Got that already, but thanks.");
        Post alSale = say(5, "10:00", crFriends, alistair, "The book sale table needs someone for Saturday "
                + "afternoon.");
        re(5, "10:20", maureen, alSale, "I'll do it.");
        Post maBadge = say(6, "11:00", crAsk, maureen, "Are the new volunteer badges ready?");
        re(6, "11:30", eleri, maBadge, "Yes, they're at the front desk.");
        // W27: Yvonne is helped on five days and answers nobody
        Post yvWork = say(8, "10:00", crAsk, yvonne, "Do you have the Caldmoor workhouse admission books for the "
                + "1870s?");
        Post elWork = re(8, "10:30", eleri, yvWork, "We do, 1869-1885, ref PL/3/4. They're open, so you can see them "
                + "in the searchroom.");
        re(8, "10:45", yvonne, elWork, "ta");
        Post yvCord = say(9, "14:00", crCorner, yvonne, "Can anyone read this? A baptism in 1784, the father's "
                + "occupation looks like 'cordw...'");
        Post kwCord = re(9, "14:30", kwame, yvCord, "Cordwainer, a shoemaker.");
        re(9, "14:45", yvonne, kwCord, "ok");
        joins(10, "09:00", crCorner, ingrid);
        Post inHello = say(10, "09:10", crCorner, ingrid, "Hello from Bergen! I'm researching my great-grandmother's "
                + "brother, who left Caldmoor for Norway around 1890. Where should I start?");
        Post maHello = re(10, "09:40", maureen, inHello, "Welcome Ingrid! Start with the 1881 census for the family, "
                + "then the shipping records.");
        re(10, "10:00", ingrid, maHello, "Thank you, I'll look at the census first.");
        Post yvBuried = say(11, "10:00", crCorner, yvonne, "Where might the Tallis family be buried if not at St "
                + "Bede's? Nothing in the burial register after 1840.");
        Post kwBuried = re(11, "10:40", kwame, yvBuried, "The town cemetery opened in 1841, its registers are here "
                + "at CEM/1. Which parish was the 1784 baptism in? I transcribed the Holme Chapel registers and "
                + "might have more of your Tallises.");
        Post yvCopies = say(12, "09:00", crAsk, yvonne, "Do you send copies by post? I need the workhouse entry.");
        Post doCopies = re(12, "09:30", dominic, yvCopies, "Yes, £6 a page. The order form is here: "
                + "caldmoor.example/copies");
        re(12, "09:45", yvonne, doCopies, "ta");
        Post inThomas = say(12, "14:00", crCorner, ingrid, "He was Thomas Birkett, a ship's carpenter born about "
                + "1866. I can't find him anywhere after the 1881 census.");
        Post alThomas = re(12, "14:40", alistair, inThomas, "He may have sailed as crew, so look at crew lists, not "
                + "passenger lists; the Maritime History Archive has many. If you'd like me to search the Caldmoor "
                + "crew agreements for you, I charge £28 an hour, message me.");
        re(12, "15:00", ingrid, alThomas, "Thank you, I'll try the crew lists myself first.");
        Post yvShoe = say(13, "10:00", crCorner, yvonne, "Anyone know of a Tallis who was a cordwainer in Caldmoor? "
                + "Trying to link two families.");
        Post alShoe = re(13, "10:30", alistair, yvShoe, "Try the 1841 census for Bridge Street, the shoemakers "
                + "clustered there.");
        re(13, "10:45", yvonne, alShoe, "ok");
        Post kwNudge = re(13, "12:00", kwame, kwBuried, "@Yvonne Tallis which parish was the 1784 baptism in? I may "
                + "have the family in my transcripts.");
        say(14, "09:00", crNews, dominic, "New this month: the Caldmoor tithe maps are online, with thanks to the "
                + "Friends who indexed them. catalogue.caldmoor.example/tithe-maps");
        // W28
        Post yvHolme = re(15, "11:00", yvonne, kwNudge, "Sorry Kwame, I missed this. It was Holme Chapel, 1784.");
        Post kwHolme = re(15, "11:30", kwame, yvHolme, "Then I've four more Tallis baptisms for you, 1778 to 1790. "
                + "Sending them now.");
        re(15, "12:00", yvonne, kwHolme, "That fills a real gap, thank you so much Kwame. And thanks everyone for "
                + "all the help last week.");
        Post inCrew = say(16, "10:00", crCorner, ingrid, "Found Thomas on a crew list in 1889, sailing to Bergen! "
                + "Thank you Alistair for the tip.");
        inCrew.react("🎉", alistair, maureen, kwame);
        Post alCrew = re(16, "10:30", alistair, inCrew, "Brilliant! The Norwegian emigration registers may pick him "
                + "up next.");
        Post inAsk = say(17, "09:00", crCorner, ingrid, "I'd like to go further, but I can't travel to Caldmoor. "
                + "@Alistair Crowther could you search the crew agreements for 1885-1895 for me? What would it cost?");
        Post alAsk = re(17, "09:30", alistair, inAsk, "Happy to. It's about three hours, so £84, and I'll send "
                + "photos of anything I find.");
        re(17, "09:45", ingrid, alAsk, "Please go ahead.");
        re(17, "10:30", yvonne, alCrew, "Ingrid, the Norwegian archives are online too: digitalarkivet.example. I "
                + "used them for a cousin who went to Stavanger.");
        Post maAug = say(18, "11:00", crFriends, maureen, "Indexing rota for August: "
                + "forms.caldmoor.example/indexing-rota");
        Post yvIndex = re(18, "11:30", yvonne, maAug, "I'd like to help with the indexing. Is Tuesday all right for "
                + "a beginner?");
        re(18, "12:00", maureen, yvIndex, "Tuesday's perfect, I'll show you the ropes.");
        say(19, "09:00", crNews, eleri, "Family history open day on Saturday 24 July: talks, strongroom tours and "
                + "the Friends' book sale.");
        Post kwCamera = say(20, "10:00", crAsk, kwame, "Can I photograph the wage books with my own camera?");
        Post doCamera = re(20, "10:30", dominic, kwCamera, "Yes, without flash, and fill in a photography permit at "
                + "the desk. It's free.");
        re(20, "10:45", kwame, doCamera, "Thanks Dominic.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes117Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 117");
    }
}
