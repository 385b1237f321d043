package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 102 (sealed): eight communities of deliveries, removals, storage and logistics, of kinds no earlier
 * round used (self-employed multi-drop parcel owner-drivers with a driver among them who sells a route-planning app,
 * independent house-removal firms with a room where householders ask and a part-load board, a self-storage site's own
 * server with its Staff and Customers, small online sellers who share a fulfilment warehouse whose owner is among them,
 * pallet-network depot managers where nobody sells, families shipping their belongings overseas where nobody sells but
 * a shipping agent turns up and sends a DM, a cargo-bike delivery co-op's own server with its Team and the shops it
 * delivers for, and man-and-van operators with a job board where customers post jobs and a customer's DM), over three
 * ISO weeks (2031-W18 to W20, with the early May bank holiday on day 8), written and labelled by writer102 (session 52)
 * before any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-102.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes102Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2031, 4, 28);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2031, 5, 19, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-102";
    private static final int BASE = 79600;

    // --- A. self-employed multi-drop parcel owner-drivers ---
    private final String drivers = cast.guild(1301);
    private final Channel drRoute = cast.channel(drivers, "Owner-Drivers: Multi-Drop Crew", "route-talk",
            "routes, drops, timed slots, difficult addresses, depot news", "dr-route-talk.json");
    private final Channel drCover = cast.channel(drivers, "Owner-Drivers: Multi-Drop Crew", "cover-swaps",
            "need a day off covered, or free to cover one? post it here with the round and the rate",
            "dr-cover-swaps.json");
    private final Channel drKit = cast.channel(drivers, "Owner-Drivers: Multi-Drop Crew", "kit-and-apps",
            "vans, scanners, phone mounts, route apps: questions and reviews", "dr-kit-and-apps.json");
    private final Channel drLayby = cast.channel(drivers, "Owner-Drivers: Multi-Drop Crew", "lay-by",
            "off-topic: football, food, moaning about roadworks", "dr-lay-by.json");
    private final Persona lewis = cast.person("lewis.brennan", "Lewis Brennan");
    private final Persona shauna = cast.person("shauna.kettley", "Shauna Kettley");
    private final Persona aiden = cast.person("aiden.carrick", "Aiden Carrick");
    private final Persona monique = cast.person("monique.okoro", "Monique Okoro");
    private final Persona terry = cast.person("terry.galloway", "Terry Galloway");
    private final Persona priyanka = cast.person("priyanka.dutta", "Priyanka Dutta");
    private final Persona gavin = cast.person("gavin.shiels", "Gavin Shiels");

    // --- B. independent house-removal firms ---
    private final String removers = cast.guild(1302);
    private final Channel rmAsk = cast.channel(removers, "Independent Removers Forum", "moving-questions",
            "householders ask: packing, costs, dates, storage, pianos; removers answer", "rm-moving-questions.json");
    private final Channel rmParts = cast.channel(removers, "Independent Removers Forum", "part-load-board",
            "removers only: spare van space, return loads, shared long-distance runs", "rm-part-load-board.json");
    private final Channel rmLounge = cast.channel(removers, "Independent Removers Forum", "firms-lounge",
            "removers among ourselves: crews, vans, insurance, the trade", "rm-firms-lounge.json");
    private final Channel rmWelcome = cast.channel(removers, "Independent Removers Forum", "welcome",
            "new here? say hello and tell us if you're a remover or moving house", "rm-welcome.json");
    private final Persona dean = cast.person("duncan.hollis", "Duncan Hollis");
    private final Persona gemma = cast.person("gemma.ackroyd", "Gemma Ackroyd");
    private final Persona craig = cast.person("craig.tolland", "Craig Tolland");
    private final Persona owain = cast.person("owain.pritchard", "Owain Pritchard");
    private final Persona carys = cast.person("carys.bellamy", "Carys Bellamy");
    private final Persona hamish = cast.person("hamish.drummond", "Hamish Drummond");
    private final Persona joanne = cast.person("joanne.pryor", "Joanne Pryor");

    // --- C. a self-storage site's own server ---
    private final String storage = cast.guild(1303);
    private final Role staff = cast.role("Staff", "#2e86c1", 2);
    private final Role customer = cast.role("Customer", "#7f8c8d", 1);
    private final Channel stNotices = cast.channel(storage, "Bramblegate Self Storage", "announcements",
            "from the site team: gate hours, closures, prices, offers", "st-announcements.json");
    private final Channel stDesk = cast.channel(storage, "Bramblegate Self Storage", "ask-the-desk",
            "questions for the team: units, access codes, billing, insurance, moving in and out",
            "st-ask-the-desk.json");
    private final Channel stBoard = cast.channel(storage, "Bramblegate Self Storage", "tenant-noticeboard",
            "tenants' notices: things for sale or free, lost and found, a hand with lifting",
            "st-tenant-noticeboard.json");
    private final Channel stTips = cast.channel(storage, "Bramblegate Self Storage", "moving-day-tips",
            "packing and stacking tips, what fits in which unit, damp and pests", "st-moving-day-tips.json");
    private final Persona nadia = cast.person("nadia.farrow", "Nadia Farrow", staff);
    private final Persona kieran = cast.person("kieran.lusk", "Kieran Lusk", staff);
    private final Persona tegan = cast.person("tegan.morley", "Tegan Morley", staff);
    private final Persona hollie = cast.person("hollie.ashworth", "Hollie Ashworth", customer);
    private final Persona nigel = cast.person("nigel.carrow", "Nigel Carrow", customer);
    private final Persona ravi = cast.person("ravi.kohli", "Ravi Kohli", customer);
    private final Persona elspeth = cast.person("elspeth.gorringe", "Elspeth Gorringe", customer);
    private final Persona alfie = cast.person("alfie.brogan", "Alfie Brogan");

    // --- D. online sellers sharing a fulfilment warehouse, its owner among them ---
    private final String packhouse = cast.guild(1304);
    private final Channel phChat = cast.channel(packhouse, "Packhouse Sellers", "seller-chat",
            "sellers among ourselves: marketplaces, packaging, fees, anything", "ph-seller-chat.json");
    private final Channel phFloor = cast.channel(packhouse, "Packhouse Sellers", "ask-the-floor",
            "questions for Tobias and the floor: stock in, cut-offs, returns, lost parcels", "ph-ask-the-floor.json");
    private final Channel phDispatch = cast.channel(packhouse, "Packhouse Sellers", "dispatch-updates",
            "Tobias's notices: cut-off times, courier changes, closures, pricing", "ph-dispatch-updates.json");
    private final Channel phTips = cast.channel(packhouse, "Packhouse Sellers", "listing-tips",
            "marketplace listings, photos, ads, reviews: help each other sell", "ph-listing-tips.json");
    private final Persona tobias = cast.person("tobias.renshaw", "Tobias Renshaw");
    private final Persona amara = cast.person("amara.nwosu", "Amara Nwosu");
    private final Persona callum = cast.person("callum.frew", "Callum Frew");
    private final Persona leanne = cast.person("leanne.pryce", "Leanne Pryce");
    private final Persona joel = cast.person("joel.abernethy", "Joel Abernethy");
    private final Persona sinead = cast.person("sinead.kilbride", "Sinead Kilbride");

    // --- E. pallet-network depot managers, where nobody sells ---
    private final String pallets = cast.guild(1305);
    private final Channel plHub = cast.channel(pallets, "Pallet Network Depot Managers", "hub-night",
            "trunk times, hub delays, what came off the wrong trailer", "pl-hub-night.json");
    private final Channel plClaims = cast.channel(pallets, "Pallet Network Depot Managers", "claims-and-damages",
            "damaged and short pallets, claims, photos, who pays", "pl-claims-and-damages.json");
    private final Channel plKit = cast.channel(pallets, "Pallet Network Depot Managers", "kit-and-compliance",
            "tail-lifts, LOLER, forklifts, tachographs, audits", "pl-kit-and-compliance.json");
    private final Channel plAfter = cast.channel(pallets, "Pallet Network Depot Managers", "after-shift",
            "off the clock: sleep, kids, football", "pl-after-shift.json");
    private final Persona martin = cast.person("martin.egan", "Martin Egan");
    private final Persona alison = cast.person("alison.trew", "Alison Trew");
    private final Persona declan = cast.person("declan.foy", "Declan Foy");
    private final Persona sunita = cast.person("sunita.grewal", "Sunita Grewal");
    private final Persona rob = cast.person("ruairi.kilbane", "Ruairi Kilbane");
    private final Persona harriet = cast.person("harriet.ames", "Harriet Ames");

    // --- F. families shipping their belongings overseas, where nobody sells ---
    private final String overseas = cast.guild(1306);
    private final Channel ovIntro = cast.channel(overseas, "Shipping Your Life Overseas", "introductions",
            "say hello: where from, where to, when", "ov-introductions.json");
    private final Channel ovFreight = cast.channel(overseas, "Shipping Your Life Overseas", "containers-and-quotes",
            "sea freight, shared containers, crates, comparing the quotes you got", "ov-containers-and-quotes.json");
    private final Channel ovCustoms = cast.channel(overseas, "Shipping Your Life Overseas", "customs-and-paperwork",
            "inventories, biosecurity, duty, what gets stopped", "ov-customs-and-paperwork.json");
    private final Channel ovArrived = cast.channel(overseas, "Shipping Your Life Overseas", "arrived-safely",
            "your stuff landed: how it went, what broke, what you'd do differently", "ov-arrived-safely.json");
    private final Persona bethan = cast.person("bethan.pugh", "Bethan Pugh");
    private final Persona fraser = cast.person("fraser.lindsay", "Fraser Lindsay");
    private final Persona niamh = cast.person("niamh.coyle", "Niamh Coyle");
    private final Persona mirela = cast.person("mirela.popescu", "Mirela Popescu");
    private final Persona oskar = cast.person("oskar.lindqvist", "Oskar Lindqvist");
    private final Persona warren = cast.person("wesley.stoddart", "Wesley Stoddart");
    private final Channel ovDm = cast.dm(warren, "dm-wesley-stoddart.json");

    // --- G. a cargo-bike delivery co-op's own server ---
    private final String coop = cast.guild(1307);
    private final Role team = cast.role("Team", "#27ae60", 2);
    private final Role shop = cast.role("Customer", "#95a5a6", 1);
    private final Channel cbBook = cast.channel(coop, "Spoke & Basket Cargo Co-op", "book-a-run",
            "for the shops we ride for: book and change runs, ask about rates and invoices", "cb-book-a-run.json");
    private final Channel cbRiders = cast.channel(coop, "Spoke & Basket Cargo Co-op", "riders-room",
            "the co-op's riders: rota, routes, bikes, punctures", "cb-riders-room.json");
    private final Channel cbNotices = cast.channel(coop, "Spoke & Basket Cargo Co-op", "notices",
            "from the co-op: hours, weather, rates, new routes", "cb-notices.json");
    private final Channel cbShout = cast.channel(coop, "Spoke & Basket Cargo Co-op", "shout-outs",
            "say thanks, share a good day, tell a neighbour", "cb-shout-outs.json");
    private final Persona jonah = cast.person("jonah.kerr", "Jonah Kerr", team);
    private final Persona milo = cast.person("milo.fenwick", "Milo Fenwick", team);
    private final Persona bea = cast.person("bea.santos", "Bea Santos", team);
    private final Persona asha = cast.person("asha.lindo", "Asha Lindo", team);
    private final Persona hannah = cast.person("hannah.greig", "Hannah Greig", shop);
    private final Persona dev = cast.person("dev.kapoor", "Dev Kapoor", shop);
    private final Persona lorna = cast.person("lorna.quigg", "Lorna Quigg", shop);
    private final Persona pietro = cast.person("pietro.ferraro", "Pietro Ferraro");
    private final Persona ines = cast.person("ines.barros", "Ines Barros");

    // --- H. man-and-van operators with a job board ---
    private final String vans = cast.guild(1308);
    private final Channel mvJobs = cast.channel(vans, "Man & Van Operators", "job-board",
            "customers post a job (what, from, to, when); operators reply with a quote", "mv-job-board.json");
    private final Channel mvTalk = cast.channel(vans, "Man & Van Operators", "van-talk",
            "operators among ourselves: vans, backs, parking tickets, awkward stairs", "mv-van-talk.json");
    private final Channel mvKit = cast.channel(vans, "Man & Van Operators", "kit-for-sale",
            "trolleys, straps, blankets, vans: buy, sell, swap", "mv-kit-for-sale.json");
    private final Channel mvIntro = cast.channel(vans, "Man & Van Operators", "introductions",
            "new here? operator or customer, say hello", "mv-introductions.json");
    private final Persona stevie = cast.person("stevie.mullan", "Stevie Mullan");
    private final Persona gary = cast.person("gary.pettit", "Gary Pettit");
    private final Persona seun = cast.person("seun.bello", "Seun Bello");
    private final Persona tomasz = cast.person("tomasz.wrona", "Tomasz Wrona");
    private final Persona kirsty = cast.person("kirsty.doig", "Kirsty Doig");
    private final Persona elaine = cast.person("elaine.fothergill", "Elaine Fothergill");
    private final Persona marcus = cast.person("marcus.lyle", "Marcus Lyle");
    private final Persona priti = cast.person("priti.shah", "Priti Shah");
    private final Channel mvDm = cast.dm(seun, "dm-seun-bello.json");

    HeldOutScenes102Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        drivers();
        removers();
        storage();
        packhouse();
        pallets();
        overseas();
        coop();
        vans();
    }

    private void drivers() {
        // W18
        Post shHello = say(1, "06:40", drRoute, shauna, "Morning all, first week on my own round after two weeks "
                + "riding along. It's the BD7 and BD8 postcodes. Anything I should know before I cry in a lay-by?");
        Post aiHello = re(1, "06:55", aiden, shHello, "Welcome Shauna! Load the van in reverse drop order even if the "
                + "app says otherwise, and never trust a sat nav on the Horton Grange estate, half the roads are "
                + "footpaths.");
        re(1, "07:05", shauna, aiHello, "Reverse order, noted. Thanks Aiden.");
        Post moHello = re(1, "07:20", monique, shHello, "And eat something before 11. Sounds daft but the afternoon "
                + "wall is real.");
        moHello.react("😂", aiden, priyanka);
        Post prDepot = say(1, "12:30", drRoute, priyanka, "Heads up, the depot is moving the cut-off for the second "
                + "wave to 10:45 from next Monday. Email came this morning.");
        Post gaDepot = re(1, "12:45", gavin, prDepot, "Another 15 minutes of standing around then. Cheers for "
                + "passing it on.");
        re(1, "13:00", priyanka, gaDepot, "At least it's paid standing around now.");
        Post leApp = say(2, "10:00", drKit, lewis, "Dropwise 2.0 is out! Check out my route app, it reorders your "
                + "drops around timed slots and business closing times. 14-day free trial: dropwise.example/get");
        say(2, "10:04", drRoute, lewis, "Dropwise 2.0 is out, my route app for multi-drop. Free trial for 14 days: "
                + "dropwise.example/get");
        say(2, "10:07", drCover, lewis, "Covering someone's round and don't know it? Dropwise sorts the drops for "
                + "you: dropwise.example/get");
        Post shScanner = say(2, "18:10", drKit, shauna, "My scanner keeps dropping signal in the Lidget Green flats "
                + "and then won't take the photo for the proof of delivery. Tried restarting it twice.");
        Post teScanner = re(2, "18:30", terry, shScanner, "Happens in the tower blocks. Take the photo on the phone "
                + "app instead and sync it when you're back outside, the depot accepts it as long as the time "
                + "matches.");
        re(2, "18:40", shauna, teScanner, "Oh that's a relief, thank you Terry.");
        Post gaSlot = say(3, "07:15", drRoute, gavin, "Anyone else got the new timed slots for the dental lab on "
                + "Manningham Lane? 09:00 to 09:30 and they won't take it at 09:31.");
        Post prSlot = re(3, "07:30", priyanka, gaSlot, "Yep. I do them first and then loop back for the rest of "
                + "Manningham, adds 10 minutes but saves the failed delivery.");
        re(3, "07:35", gavin, prSlot, "Good shout, I'll try that.");
        say(3, "20:00", drLayby, aiden, "Whoever parked a skip across the top of Ashgrove today, I hope your "
                + "weekend is full of roadworks.").react("😂", monique, gavin, shauna);
        Post leRate = say(4, "09:30", drRoute, lewis, "If you've tried Dropwise, please leave it a 5-star rating on "
                + "the app store, every rating helps a one-man app: dropwise.example/get");
        Post moCover = say(4, "16:00", drCover, monique, "Free to cover next Thursday and Friday, any round this "
                + "side of Leeds Road. £140 a day, DM me.");
        Post prCover = re(4, "16:20", priyanka, moCover, "Could you do my Friday? Nephew's christening. I'll DM you "
                + "the round.");
        re(4, "16:30", monique, prCover, "Yes, Friday's yours.");
        say(5, "11:00", drKit, lewis, "Dropwise users get 20% off the annual plan until Sunday: dropwise.example/get");
        Post shPark = say(5, "15:00", drRoute, shauna, "Got a parking ticket on Thornton Road while I was in a shop "
                + "for 4 minutes. Is it worth appealing?");
        Post gaPark = re(5, "15:20", gavin, shPark, "Always appeal with the scanner log showing the drop time. I've "
                + "had three cancelled that way.");
        re(5, "15:30", shauna, gaPark, "Brilliant, doing it tonight.");
        say(6, "19:00", drLayby, monique, "Van valeted, feet up, Bradford City on the radio. Good week all.")
                .react("👍", aiden, terry, gavin);
        Post teAway = say(7, "10:00", drRoute, terry, "I'm off to Tenerife tomorrow for a week, no phone if I can "
                + "help it. Gavin's covering my round, be nice to him.");
        teAway.react("🎉", shauna, monique, priyanka);
        // W19
        Post aiTerry = say(9, "08:00", drKit, aiden, "@Terry Galloway did the depot ever swap that scanner with the "
                + "dodgy battery? Mine's doing the same now.");
        Post gaTerry = re(9, "08:30", gavin, aiTerry, "He's in Tenerife till Sunday. They swapped his on the Friday, "
                + "just ask Colin at the desk for a new one.");
        re(9, "08:40", aiden, gaTerry, "Cheers Gavin, will do.");
        Post shApp = say(9, "19:00", drKit, shauna, "Is there a route app that actually handles timed slots? The "
                + "depot's own one just ignores them and I'm getting failed deliveries.");
        Post leApp2 = re(9, "19:20", lewis, shApp, "Bias warning, it's my own: Dropwise does timed slots, "
                + "dropwise.example/get. If you'd rather not pay, the depot app lets you pin a stop to a time if you "
                + "long-press it, most people never find that.");
        Post shLong = re(9, "19:40", shauna, leApp2, "The long-press thing worked! I'll look at yours when my trial "
                + "money comes in, ha.");
        shLong.react("👍", lewis);
        Post prMount = say(10, "12:00", drKit, priyanka, "Phone mount snapped again. Which ones survive the "
                + "cobbles?");
        Post shMount = re(10, "12:15", shauna, prMount, "The clamp one that goes on the air vent has held up for me "
                + "since January, the suction ones all died.");
        re(10, "12:30", priyanka, shMount, "Air vent it is, thanks Shauna.");
        Post gaHelp = say(11, "07:00", drRoute, gavin, "Doing Terry's round this week and the Allerton bit is a "
                + "maze. Does anyone know where the back entrance to the care home on Chellow Dene is?");
        Post shHelp = re(11, "07:10", shauna, gaHelp, "Past the bins on the left, there's a buzzer marked "
                + "deliveries. Learnt that one the hard way on Tuesday.");
        re(11, "07:20", gavin, shHelp, "Legend. Found it.");
        Post moFood = say(13, "13:00", drLayby, monique, "Best cheap lunch stop in the BD3 area? Bored of meal deals.");
        Post leFood = re(13, "13:20", lewis, moFood, "The Polish bakery on Barkerend Road, the cheese pastries are a "
                + "quid.");
        re(13, "13:30", monique, leFood, "Sold.");
        say(14, "18:00", drCover, gavin, "Still got a free Wednesday next week if anyone needs cover. Same rate as "
                + "last time.");
        // W20
        Post teBack = say(15, "07:00", drKit, terry, "Back and brown. @Aiden Carrick sorry, only just seen this: "
                + "yes, Colin swapped it, ask him for one from the new box.");
        re(15, "07:15", aiden, teBack, "All sorted already, cheers. Good holiday?");
        Post shThanks = say(15, "18:00", drRoute, shauna, "Three weeks in and no failed deliveries today. You lot "
                + "have been brilliant, thank you.");
        shThanks.react("🎉", aiden, monique, priyanka, terry, lewis);
        Post aiBridge = say(16, "06:50", drRoute, aiden, "Canal Road bridge is shut both ways from 8. Divert through "
                + "Frizinghall.");
        aiBridge.react("🙏", gavin, shauna, priyanka);
        Post prSlot2 = say(17, "08:00", drKit, priyanka, "Lewis, does Dropwise let two people share one route if "
                + "me and my husband split a big round on Saturdays?");
        Post leShare = re(17, "08:30", lewis, prSlot2, "It does, you split the list and each phone gets its half. "
                + "Happy to set it up with you on Friday at the depot if that's easier.");
        re(17, "08:40", priyanka, leShare, "Friday at the depot, perfect.");
        Post gaVan = say(18, "19:00", drKit, gavin, "Van's due its MOT and the clutch feels like soup. Anyone know an "
                + "honest garage near Shipley?");
        Post leVan = re(18, "19:15", lewis, gaVan, "Harrison's on Otley Road did mine, fair "
                + "price and they didn't invent extra work.");
        re(18, "19:30", gavin, leVan, "Cheers Lewis.");
        say(20, "20:00", drLayby, monique, "Friday! Who's coming to the curry on the 30th? Need numbers by Wednesday.")
                .react("🔥", aiden, shauna, terry, lewis);
        Post shCurry = say(21, "10:00", drLayby, shauna, "Put me down for the curry please Monique.");
        re(21, "10:30", monique, shCurry, "Done, that's nine of us.");
    }

    private void removers() {
        // W18
        Post haBox = say(1, "19:00", rmAsk, hamish, "Moving a 3-bed from Harrogate to York in late June. How many "
                + "boxes do people actually need? The online calculators say anything from 40 to 120.");
        Post geBox = re(1, "19:30", gemma, haBox, "For a lived-in 3-bed we usually land around 70 to 80, plus "
                + "wardrobe boxes for hanging stuff. Books go in small boxes only, or nobody can lift them.");
        Post haBox2 = re(1, "19:50", hamish, geBox, "Small boxes for books, that would never have occurred to me. "
                + "Thanks Gemma.");
        haBox2.react("👍", gemma);
        Post owLoad = say(2, "08:00", rmParts, owain, "Return load wanted: Cardiff to Chester, Thursday 8th, Luton "
                + "with 600 cubic feet spare after a drop in Wrexham. £280 for the space.");
        Post deLoad = re(2, "08:40", dean, owLoad, "Might have a single-item piano for you going to Chester, I'll "
                + "know tomorrow.");
        re(2, "09:00", owain, deLoad, "Hold the space for you till tomorrow night then.");
        Post crInsure = say(2, "14:00", rmLounge, craig, "Goods in transit renewal came in 30% up. Anyone found "
                + "an insurer that doesn't treat every removals firm like a fire hazard?");
        Post geInsure = re(2, "14:20", gemma, crInsure, "We moved to a broker who only does removals and storage, "
                + "saved about a fifth. Happy to send you her details.");
        re(2, "14:30", craig, geInsure, "Please do, ta.");
        Post haStair = say(3, "10:00", rmAsk, hamish, "The York house has a very narrow staircase with a turn. Will "
                + "a king-size divan base get up it or should I sell it now?");
        Post deStair = re(3, "10:30", dean, haStair, "Most divan bases split in two, check for a zip along the side. "
                + "If it doesn't and the turn is under a metre, it won't go, sell it.");
        re(3, "10:45", hamish, deStair, "There's a zip! You've saved me a bed. Thank you Duncan.");
        say(3, "17:00", rmParts, dean, "Part load: Leeds to Bristol Tuesday 13th, half a 7.5 tonner spare on the way "
                + "down. £450 the lot, crew of two included.");
        Post owTacho = say(5, "12:00", rmLounge, owain, "New lad failed his CPC module on Monday. Any tips on who "
                + "runs a decent refresher around the North West?");
        Post geTacho = re(5, "12:30", gemma, owTacho, "The training centre at Haydock is good, my two went last "
                + "year and passed first time.");
        re(5, "12:45", owain, geTacho, "Haydock it is, thanks Gemma.");
        Post caMoved = say(6, "18:00", rmWelcome, carys, "Hello! Moving house again in June, someone on Facebook said "
                + "this was the place to ask sensible questions.");
        re(6, "18:20", gemma, caMoved, "Welcome Carys, #moving-questions is the room for it, ask away.");
        // W19
        Post deBank = say(8, "09:00", rmLounge, dean, "Bank holiday and I'm doing the books. Living the dream.");
        Post crBank = re(8, "09:20", craig, deBank, "At least you've got books to do. I've got a van with a "
                + "gearbox noise.");
        Post deBank2 = re(8, "09:40", dean, crBank, "Which noise? The whine in third or the clunk?");
        re(8, "10:00", craig, deBank2, "Clunk. Going in Wednesday.");
        Post caPiano = say(9, "11:00", rmAsk, carys, "@Duncan Hollis you moved us into Fernbank Road in 2029 and were "
                + "brilliant with the piano. We're moving again in June and the new place isn't ready for two weeks. "
                + "Do you still do pianos, and could you store it for the gap?");
        Post geLoad = say(9, "13:00", rmParts, gemma, "Anyone heading to Glasgow end of next week? I've got a "
                + "one-bed's worth that needs to go up, happy to split the run.");
        Post deLoad2 = re(9, "13:30", dean, geLoad, "I'm up in Stirling on the 17th, could take it on the way if "
                + "it's under 300 cube.");
        Post geLoad2 = re(9, "13:45", gemma, deLoad2, "About 250. Let's talk rate tonight.");
        re(9, "14:00", dean, geLoad2, "Sound, ring me after 7.");
        Post owPiano = re(10, "08:00", owain, owLoad, "Duncan, did that Chester piano come off?");
        re(10, "08:30", dean, owPiano, "It did, booked for Thursday. I'll drop it in your van at Warrington services "
                + "if that still works.");
        Post crStaff = say(10, "17:00", rmLounge, craig, "Lost another porter to the parcel depots. They pay more "
                + "and nobody carries a wardrobe.");
        Post deStaff = re(10, "17:20", dean, crStaff, "We've gone to guaranteed hours for our two, it's the only "
                + "thing that kept them.");
        re(10, "17:40", craig, deStaff, "Might have to do the same.");
        Post geBlanket = say(11, "10:00", rmLounge, gemma, "Where's everyone buying blankets now? The ones from our "
                + "usual supplier fell apart after a month.");
        re(11, "10:20", dean, geBlanket, "Packright in Wakefield, heavier ones, cost a bit more but they last.");
        say(11, "14:00", rmParts, dean, "Return load: Stirling to Leeds, Saturday 17th, about 500 cube spare once "
                + "Gemma's one-bed is off. £350 for the space.");
        Post owAsk = say(12, "09:00", rmAsk, hamish, "Do removal firms move plants? We've "
                + "got a greenhouse's worth of tomatoes that are coming with us whether anyone likes it or not.");
        Post owPlants = re(12, "09:30", owain, owAsk, "We do, on the last load so they're first off, but not over "
                + "long distance in a hot van. York is fine.");
        re(12, "09:45", hamish, owPlants, "Tomatoes are safe then, thanks Owain.");
        Post deRun = say(12, "16:00", rmLounge, dean, "Stirling run confirmed for the 17th. Anyone else going north "
                + "that week, shout, I've got room on the way back.");
        Post crRun = re(12, "16:30", craig, deRun, "Might have a wardrobe for Carlisle, I'll know Thursday.");
        re(13, "08:00", dean, crRun, "Grand, let me know.");
        Post haJuly = say(13, "19:00", rmAsk, hamish, "How far ahead do firms get booked up for Saturdays in July? "
                + "Our completion date might move.");
        Post geCrew = say(14, "08:00", rmLounge, gemma, "Good week? We did four moves and only one sofa got stuck.");
        re(14, "08:30", dean, geCrew, "Five here, no stuck sofas but a parrot that swore at my porter all day.");
        // W20
        Post geJuly = re(15, "08:00", gemma, haJuly, "July Saturdays go 6 to 8 weeks ahead with us. Book a date "
                + "with a free change if your completion moves, most firms will do that.");
        re(15, "08:20", hamish, geJuly, "Good to know, thank you.");
        Post dePiano = re(15, "09:00", dean, caPiano, "Carys, I'm so sorry, I missed this last week. Yes to both: "
                + "we still do pianos and we can keep it in our store for the two weeks. Send me the dates and "
                + "I'll hold them.");
        Post caPiano2 = re(15, "09:30", carys, dePiano, "No harm done! 18th June out, 2nd July in. Thank you Duncan.");
        re(15, "10:00", dean, caPiano2, "Both in the diary.");
        joins(15, "12:00", rmWelcome, joanne);
        Post joHello = say(15, "12:10", rmWelcome, joanne, "Hi, found you through a friend. Moving at the end of "
                + "the month, first time ever with a removal firm.");
        re(15, "12:30", gemma, joHello, "Welcome Joanne! Ask anything in #moving-questions.");
        Post joExchange = say(16, "18:00", rmAsk, joanne, "Exchanged contracts today! Moving on the 30th. "
                + "Celebrating with a takeaway on top of the boxes 🎉");
        joExchange.react("🎉", gemma, carys, hamish);
        Post crPitch = re(16, "18:20", craig, joExchange, "Congrats! We've still got the 30th free, 3-bed local "
                + "is £1,150 all in with packing. DM me.");
        Post joFragile = say(17, "10:00", rmAsk, joanne, "Should I pack my own glasses and plates or let the firm "
                + "do it? Half my stuff is my nan's china.");
        Post owFragile = re(17, "10:30", owain, joFragile, "Let whoever moves you pack the china, then it's "
                + "insured as their packing. Anything you pack yourself is usually owner's risk.");
        re(17, "10:45", joanne, owFragile, "Didn't know that, glad I asked. Thanks Owain.");
        Post deStirling = say(17, "21:00", rmLounge, dean, "Stirling done, Gemma's one-bed delivered to Glasgow, "
                + "home by midnight hopefully.");
        re(18, "07:30", gemma, deStirling, "Client sent a lovely message. Thanks for doing that.");
        Post crLoad = say(18, "12:00", rmParts, craig, "Carlisle wardrobe is on, anyone going up Thursday? £120 for "
                + "the space.");
        re(18, "12:30", owain, crLoad, "Not me, sorry Craig, Wales all week.");
        Post caCost = say(19, "20:00", rmAsk, carys, "What's a fair price to store a piano for two weeks, roughly? "
                + "Trying to get my husband to stop worrying.");
        Post geCost = re(19, "20:20", gemma, caCost, "Around £40 to £70 a week in a proper store, less if the firm "
                + "moving it keeps it. Tell him it's cheaper than a new piano.");
        re(19, "20:30", carys, geCost, "Ha, thank you Gemma.");
        say(21, "09:00", rmLounge, owain, "Quiet Sunday. Anyone going to the trade show at the NEC in June?")
                .react("👀", gemma, dean, craig);
    }

    private void storage() {
        // W18
        Post naOffer = say(1, "09:00", stNotices, nadia, "Spring offer for new customers: the first 8 weeks half "
                + "price on 25 and 50 sq ft units. Details and booking at bramblegate.example/book");
        naOffer.react("👍", hollie, elspeth);
        Post niTrolley = say(1, "16:00", stDesk, nigel, "Are the big flatbed trolleys back from repair? Only the "
                + "small cages by the lift today.");
        Post kiTrolley = re(1, "16:20", kieran, niTrolley, "Two are back as of this afternoon, by the loading bay "
                + "door. The third is still waiting on a wheel.");
        re(1, "16:30", nigel, kiTrolley, "Found them, cheers Kieran.");
        Post hoDamp = say(2, "11:00", stTips, hollie, "Two years in a unit and never a spot of damp, for what it's "
                + "worth. Everything up on pallets and nothing in plastic bags.");
        hoDamp.react("👍", ravi, elspeth, kieran);
        Post raDamp = re(2, "11:30", ravi, hoDamp, "Where do you get pallets from? I'm putting my stuff in over the "
                + "summer.");
        Post hoPallets = re(2, "11:50", hollie, raDamp, "The desk sells them for a couple of quid, or ask at the "
                + "builders' merchant on Kirk Lane, they give broken ones away.");
        re(2, "12:00", ravi, hoPallets, "Perfect, thanks Hollie.");
        joins(3, "10:00", stDesk, alfie);
        Post alSize = say(3, "10:05", stDesk, alfie, "Hi, I'm renovating and need to store a two-bed flat's "
                + "furniture for about three months. What size unit would that be and what does it cost?");
        Post kiSize = re(3, "10:30", kieran, alSize, "Hi Alfie, a two-bed usually fits in 75 sq ft if it's stacked "
                + "well. That's £32 a week, and the half-price offer covers the first 8 weeks. You can see the "
                + "units and book at bramblegate.example/book, or pop in and we'll show you one.");
        Post alSize2 = re(3, "10:50", alfie, kiSize, "Might pop in Saturday to look, thanks.");
        re(3, "11:00", kieran, alSize2, "Tegan's on Saturday, she'll show you round.");
        Post elWardrobe = say(4, "14:00", stBoard, elspeth, "Free to a good home: a pine double wardrobe, in my "
                + "unit (C14) till the end of next week. You'd need to take it apart.");
        Post raWardrobe = re(4, "14:30", ravi, elWardrobe, "I'd love it for my new flat in September, could I "
                + "collect Sunday?");
        re(4, "14:45", elspeth, raWardrobe, "Sunday at 2, meet you at C14.");
        say(5, "09:00", stNotices, nadia, "Monday 5th May is a bank holiday: the gate is open 6am to 10pm as "
                + "usual, the office is closed and back on Tuesday at 8.");
        Post teTour = say(6, "15:00", stDesk, tegan, "@Alfie Brogan lovely to meet you today, the 75 is held for "
                + "you till Wednesday if you want it.");
        re(6, "16:00", alfie, teTour, "Thanks Tegan, I'll confirm by Tuesday.");
        Post elBill = say(7, "15:00", stDesk, elspeth, "I was charged twice for April on my card. Can someone look "
                + "at it?");
        Post teBill = re(7, "15:20", tegan, elBill, "Sorry about that Elspeth. Billing is Kieran's and the office is "
                + "shut tomorrow for the bank holiday, so I've left him a note to look first thing Tuesday.");
        re(7, "15:30", elspeth, teBill, "That's fine, thanks Tegan.");
        // W19
        Post kiBill = re(9, "08:30", kieran, elBill, "Found it Elspeth, the card machine double-posted. The refund "
                + "went through this morning, 3 to 5 days to show.");
        re(9, "08:45", elspeth, kiBill, "Thank you, that was quick.");
        Post alBook = say(9, "12:00", stDesk, alfie, "Booked the 75 online, moving in Saturday. Is there a van I can "
                + "borrow or do I need my own?");
        Post naVan = re(9, "12:30", nadia, alBook, "We've got a free move-in van for new customers, book it at the "
                + "desk. Saturday morning is still free.");
        re(9, "12:40", alfie, naVan, "Brilliant, booking it now.");
        say(9, "18:00", stBoard, nigel, "Clearing a big loft load this week: wardrobes, chests of drawers, a "
                + "dining set. Everything's on my shop: carrowclearances.example/shop");
        say(9, "18:05", stTips, nigel, "Need furniture for your unit or your new place? Check out my shop, "
                + "cheapest in town: carrowclearances.example/shop");
        Post hoSmaller = say(10, "09:00", stDesk, hollie, "I'm clearing half my unit in June. Could I move to a "
                + "smaller one without losing my old rate? I've been here since 2029.");
        Post naSmaller = re(10, "09:30", nadia, hoSmaller, "Of course, and you keep your rate per square foot. "
                + "Tell us the week and we'll have a 35 ready next door to your old one.");
        Post hoSister = re(10, "09:50", hollie, naSmaller, "Lovely. My sister's moving to Harrogate and I told her to "
                + "use you too.");
        Post naSister = re(10, "10:10", nadia, hoSister, "That's kind, thank you Hollie. Ask her to mention your "
                + "name and you both get a month at half price.");
        naSister.react("❤️", hollie);
        say(10, "12:00", stDesk, nigel, "While I've got everyone: house clearance bargains every week, check out "
                + "my shop carrowclearances.example/shop");
        Post kiPack = say(11, "10:00", stTips, kieran, "Tip of the week: put the things you'll need first at the "
                + "front, and leave an aisle down the middle. Everyone forgets the aisle.");
        kiPack.react("👍", hollie, ravi, elspeth, alfie);
        Post raMoth = say(12, "19:00", stTips, ravi, "Are moths a thing in storage? My mum is worried about her "
                + "wool blankets.");
        Post elMoth = re(12, "19:20", elspeth, raMoth, "Wash them first and pack them in sealed vacuum bags with "
                + "cedar blocks. I've stored wool for years that way.");
        re(12, "19:30", ravi, elMoth, "Cedar blocks, will tell her. Thanks Elspeth.");
        Post teLift = say(13, "14:00", stDesk, tegan, "Lift in block B is out until Thursday, sorry. Block A lift "
                + "and the ramp are fine.");
        teLift.react("👍", nigel, hollie);
        Post alDone = say(14, "16:00", stBoard, alfie, "All moved in, thanks to the lads from unit D9 who helped "
                + "me with the sofa.");
        alDone.react("💯", tegan, kieran);
        // W20
        Post kiNigel = say(15, "09:00", stDesk, kieran, "@Nigel Carrow the noticeboard is fine for your "
                + "clearance stock, but could you keep the shop links out of the desk and tips rooms? Ta.");
        Post niSorry = re(15, "09:30", nigel, kiNigel, "Fair enough, sorry Kieran, got carried away.");
        niSorry.react("👍", kieran);
        say(16, "09:00", stNotices, nadia, "Last two weeks of the spring offer: half price for 8 weeks on new 25 "
                + "and 50 sq ft units, bramblegate.example/book");
        Post elKey = say(16, "14:00", stDesk, elspeth, "Can my son use my unit code while I'm away in June, or "
                + "does he need adding to the account?");
        Post kiKey = re(16, "14:20", kieran, elKey, "He needs adding, it's a quick form at the desk with his ID. "
                + "Then he gets his own code.");
        re(16, "14:30", elspeth, kiKey, "We'll come in Friday, thank you.");
        Post niDolly = say(17, "11:00", stBoard, nigel, "Got a spare sack truck in good nick, free to any tenant "
                + "who needs one.");
        Post raDolly = re(17, "11:30", ravi, niDolly, "Yes please! I'm moving my stuff in next week.");
        re(17, "11:40", nigel, raDolly, "It's by my unit, A3, take it whenever.");
        Post hoDate = say(18, "10:00", stDesk, hollie, "Week of 9th June for the move to the smaller unit, if that "
                + "still works.");
        Post teDate = re(18, "10:20", tegan, hoDate, "All booked Hollie, 35 sq ft in block C, I'll tell Nadia.");
        re(18, "10:30", hollie, teDate, "Thank you!");
        Post raIn = say(19, "18:00", stTips, ravi, "Moved in today with Nigel's sack truck and everything on "
                + "pallets like Hollie said. Felt very professional.");
        raIn.react("👏", hollie, nigel, kieran);
        Post naGate = say(20, "08:00", stNotices, nadia, "Gate maintenance Wednesday 21st, 6 to 8am. Use the side "
                + "gate, same code.");
        naGate.react("👍", elspeth, alfie);
    }

    private void packhouse() {
        // W18
        say(1, "07:30", phDispatch, tobias, "Cut-offs this week as usual: 2pm for next-day tracked, 4pm for "
                + "48-hour. We're shut at weekends and on the bank holiday Monday, floor questions get answered "
                + "when we're back.").react("👍", amara, callum, leanne, joel);
        Post amBox = say(1, "11:00", phChat, amara, "Has anyone found a candle-safe box that doesn't cost more than "
                + "the candle? Mine keep arriving with the lids cracked.");
        Post leBox = re(1, "11:20", leanne, amBox, "Try the double-wall ones with a cardboard collar, I used them "
                + "for a friend's glass stuff. Zero breaks in a month.");
        re(1, "11:30", amara, leBox, "Ordering a sample, thanks Leanne.");
        Post caStock = say(2, "09:00", phFloor, callum, "I've got 40 cases of the new salmon treats arriving "
                + "Wednesday. Do I need to book them in or just send them?");
        Post toStock = re(2, "09:20", tobias, caStock, "Book them on the inbound sheet so the lads know to expect a "
                + "pallet, and put your SKU on each case. Then we'll have them live by Thursday.");
        re(2, "09:30", callum, toStock, "Sheet done, cheers Tobias.");
        Post joPhotos = say(2, "20:00", phTips, joel, "My listings get views but no sales. Is it the photos? "
                + "Everything's shot flat on the floor.");
        Post amPhotos = re(2, "20:30", amara, joPhotos, "Worn or on a hanger against a plain wall sells far better "
                + "for clothes in my experience, and put the measurements in the second photo.");
        Post lePhotos = re(2, "20:40", leanne, joPhotos, "And the first photo should be the whole garment, square "
                + "crop. The marketplace crops everything to square anyway.");
        re(2, "21:00", joel, lePhotos, "Both great tips, reshooting this weekend.");
        Post leFees = say(3, "10:00", phChat, leanne, "Did everyone see the marketplace fee change for June? "
                + "Another half a percent.");
        Post caFees = re(3, "10:20", callum, leFees, "Saw it. I'm putting 20p on everything and hoping nobody "
                + "notices.");
        re(3, "10:30", leanne, caFees, "Same plan here.");
        Post amReturn = say(4, "14:00", phFloor, amara, "A customer returned a candle with the wax all over the "
                + "inside of the box. Do you bin those or send them back to me?");
        Post toReturn = re(4, "14:15", tobias, amReturn, "Damaged returns go in your returns cage for you to look "
                + "at, we never bin anything without asking. Photos are on the returns sheet.");
        re(4, "14:25", amara, toReturn, "Perfect, thanks.");
        // W19
        joins(8, "10:00", phChat, sinead);
        Post siHello = say(8, "10:05", phChat, sinead, "Hi everyone, I've just moved my handmade soap stock into "
                + "Packhouse 9. Totally new to not packing orders at my kitchen table.");
        re(8, "10:20", amara, siHello, "Welcome Sinead! You'll wonder how you ever did it at the kitchen table.");
        Post le1 = say(8, "12:00", phChat, leanne, "My bank holiday: 212 orders. I've never had a Monday like it. "
                + "My new magnetic cases are flying.");
        le1.react("🔥", callum);
        say(9, "08:00", phChat, leanne, "I've decided to drop the cheap clear cases. My margins on them were "
                + "rubbish and I want my brand to feel premium.");
        say(9, "19:00", phChat, leanne, "I spent my evening redoing my logo. I think my new one is so much "
                + "cleaner. I'm really proud of it.");
        Post siLabel = say(9, "11:00", phFloor, sinead, "How do I tell the floor which orders need a gift note? "
                + "Some of my customers ask for one.");
        Post toLabel = re(9, "11:20", tobias, siLabel, "There's a gift note field on the order import, fill that "
                + "and the packers print it on a card. Your notes go in as typed.");
        re(9, "11:30", sinead, toLabel, "Found it, thank you!");
        say(10, "09:00", phChat, leanne, "I hit my target for the whole of May already. My plan is to double my "
                + "range by August, I've got my supplier sending samples.");
        say(10, "17:00", phChat, leanne, "My ads are finally paying for themselves. I rewrote all my copy and my "
                + "click rate doubled.");
        Post toPeak = say(10, "14:00", phDispatch, tobias, "Planning ahead: Q4 space can be booked now, the "
                + "early-bird rate runs until 31 May. packhouse9.example/peak");
        toPeak.react("👀", amara, callum);
        Post siPhoto = say(11, "13:00", phTips, sinead, "My soap photos look grey. Any tricks?");
        Post amPhoto = re(11, "13:20", amara, siPhoto, "Window light, a white card opposite the window to bounce "
                + "it back, and never the overhead light. Soap photographs beautifully once it's bright.");
        re(11, "13:40", sinead, amPhoto, "The white card made a massive difference, thank you Amara.");
        say(11, "18:00", phChat, leanne, "I'm thinking of my own packaging with my logo on it. My boxes are "
                + "the one thing that still looks cheap.");
        say(12, "10:00", phChat, leanne, "I got my first wholesale enquiry today! A shop in Leeds wants my "
                + "magnetic range. I can't believe it.");
        Post caLost = say(12, "18:30", phFloor, callum, "@Tobias Renshaw a customer says their parcel from Tuesday "
                + "shows delivered but never arrived. What do I do, claim from the courier or you?");
        say(12, "21:00", phChat, leanne, "My sister says I talk about my business too much. I told her my "
                + "business is my life now.");
        Post siFees = say(13, "09:00", phChat, sinead, "Quick one: do you all charge postage or build it into the "
                + "price?");
        Post caPost = re(13, "09:20", callum, siFees, "Built in. People hate seeing postage at the checkout, "
                + "and free delivery gets you a badge on most marketplaces.");
        re(13, "09:30", sinead, caPost, "Makes sense, thank you Callum.");
        say(13, "15:00", phChat, leanne, "I reached 1,000 reviews today. My average is 4.8. I'm taking myself "
                + "out for dinner.");
        say(13, "20:30", phChat, leanne, "Just packed my samples for the wallet shoot myself. I miss doing it, "
                + "I'm weird like that.");
        say(14, "11:00", phChat, leanne, "My week: 940 orders, my best ever. My plan for next week is to launch "
                + "my wallet cases.");
        // W20
        Post toLost = re(15, "07:45", tobias, caLost, "Morning Callum, claim through us: send me the order number "
                + "and I'll open it with the courier today. They pay out in about 10 days.");
        re(15, "08:00", callum, toLost, "Order number sent, thanks.");
        Post amLeanne = say(15, "10:00", phChat, amara, "@Leanne Pryce congrats on the thousand reviews! How did "
                + "you get people to leave them? Mine just don't.");
        Post leReviews = re(15, "10:30", leanne, amLeanne, "Thanks Amara! A little card in the box asking nicely, "
                + "with a QR code straight to the review page. Your customers love your candles, they just need "
                + "reminding. Want me to send you the card file?");
        re(15, "10:45", amara, leReviews, "Yes please! You're a star.");
        Post joDrop = say(16, "12:00", phChat, joel, "Check out my new summer drop, all 90s football shirts: "
                + "threadbare.example/summer");
        joDrop.react("🔥", callum, leanne);
        Post siGive = re(16, "13:00", sinead, joDrop, "Those shirts are great. Tip from a soap seller: list them "
                + "with the season and the team in the title, people search that way.");
        re(16, "13:20", joel, siGive, "Good shout, doing it now.");
        Post caSinead = say(17, "09:00", phTips, callum, "@Sinead Kilbride how did you get your soaps looking so "
                + "good on the listings? Asking for my dog biscuits.");
        Post siCallum = re(17, "09:30", sinead, caSinead, "Amara's trick! Window light and a white card to bounce "
                + "it. And shoot from slightly above.");
        re(17, "09:40", callum, siCallum, "Trying it tonight.");
        Post leWallet = say(18, "14:00", phFloor, leanne, "My wallet cases arrive Wednesday, 6 pallets. Is that "
                + "too much for one inbound slot?");
        Post toWallet = re(18, "14:10", tobias, leWallet, "Six is fine if they come before 11. Book it on the sheet "
                + "and I'll have a second lad on.");
        re(18, "14:20", leanne, toWallet, "Booked, thank you Tobias.");
        say(19, "08:00", phDispatch, tobias, "Courier change: 48-hour parcels go with the new carrier from "
                + "Monday, same cut-off. Tracking links will look different.").react("👍", amara, sinead, joel);
        Post amCard = say(20, "16:00", phChat, amara, "Leanne's review card is in my boxes from today. Thank you "
                + "again, I'll report back.");
        amCard.react("❤️", leanne);
    }

    private void pallets() {
        // W18
        Post deLate = say(1, "05:30", plHub, declan, "Trunk back from the hub two hours late again. My drivers are "
                + "now out of hours before they've done half the deliveries. How do you lot handle that?");
        Post alLate = re(1, "06:00", alison, deLate, "Split the run: local drops go with a day driver who starts at "
                + "7, the trunker only does the first 3. And log every late trunk with the hub, they get charged "
                + "for it past 90 minutes.");
        re(1, "06:10", declan, alLate, "Cheers.");
        Post suCold = say(1, "22:00", plHub, sunita, "Hub says the Scottish trunks are running 40 minutes late "
                + "tonight, weather on the A74.");
        suCold.react("👍", martin, rob, alison);
        Post roForks = say(2, "14:00", plKit, rob, "Our reach truck failed its LOLER on the chains. Anyone used a "
                + "hire firm that'll do a two-week stopgap?");
        Post maForks = re(2, "14:30", martin, roForks, "We used the one in Normanton last winter, decent truck, "
                + "sent it the next day.");
        re(2, "14:45", rob, maForks, "Normanton it is, ta Martin.");
        Post deDamage = say(3, "07:00", plClaims, declan, "Pallet of tiles came off the trunk smashed, the wrap was "
                + "fine. Is that a hub claim or do we eat it?");
        Post alDamage = re(3, "07:20", alison, deDamage, "If the wrap was intact and the damage is inside, it's the "
                + "collecting depot's packing, so it goes back to them. Photograph it before it moves.");
        Post maDamage = re(3, "07:30", martin, deDamage, "And get your driver to sign it as damaged on the "
                + "scanner, otherwise the collecting depot will say it left you fine. Claim form: "
                + "palletnet.example/claims");
        re(3, "07:40", declan, alDamage, "Ok ta.");
        Post haSleep = say(3, "21:00", plAfter, harriet, "Twins are teething. I've slept four hours since Tuesday. "
                + "If I post nonsense on the hub channel tonight, ignore me.");
        Post suSleep = re(3, "21:15", sunita, haSleep, "Sending strength. Frozen flannels worked for mine.");
        re(3, "21:30", harriet, suSleep, "Trying that, thank you.");
        Post deLift = say(5, "09:00", plKit, declan, "Tail-lift on our 18 tonner is due its six-monthly. Who do "
                + "people use for the inspection?");
        Post alLift = re(5, "09:30", alison, deLift, "We use the insurer's engineer, it's included in the policy. "
                + "Check yours, most commercial policies cover it.");
        re(5, "09:40", declan, alLift, "Thanks.");
        Post alAsk = say(5, "11:00", plHub, alison, "@Declan Foy our 7.5 is off the road till Monday. Could you "
                + "take two of my pallets for Hexham on your Friday trunk? I'll square it with the hub.");
        Post deWrong = say(6, "05:45", plHub, declan, "What do you do when the hub sends you someone else's "
                + "pallet on your trailer? We've got one for Carlisle.");
        Post maWrong = re(6, "06:00", martin, deWrong, "Report it as a mis-route on the system and put it back on "
                + "tonight's trunk. The depot it belongs to picks up the cost.");
        re(6, "06:10", declan, maWrong, "Ta.");
        Post roFriday = say(6, "22:00", plHub, rob, "Quiet night for once, all trunks in by 1.");
        roFriday.react("🎉", sunita, martin);
        Post haLeave = say(7, "12:00", plAfter, harriet, "Off on leave Monday to Friday next week, taking the twins to "
                + "my mum's. Ruairi's in charge of our depot, go easy on him.");
        haLeave.react("👍", rob, sunita, alison);
        // W19
        Post roHarriet = say(9, "10:00", plClaims, rob, "@Harriet Ames where do you keep the log-in for the claims "
                + "portal? Not urgent, I'm using my own for now.");
        Post deSorry = re(9, "14:00", declan, alAsk, "Alison, sorry, I missed this last week. Did your Hexham "
                + "pallets get there?");
        re(9, "14:20", alison, deSorry, "Sunita took them in the end, all fine.");
        Post suShort = say(10, "07:00", plClaims, sunita, "Customer says a pallet of flooring arrived 4 boxes short "
                + "but our scan shows it complete. How hard do I push back?");
        Post maShort = re(10, "07:20", martin, suShort, "Ask for the delivery photo, ours shows the count on the "
                + "wrap label. If it's short there, it goes on the claim form: palletnet.example/claims");
        Post deShort = re(10, "07:40", declan, suShort, "Had the same last week. The collecting depot's count on the "
                + "consignment note saved us, ask them for theirs before you accept anything.");
        re(10, "08:00", sunita, deShort, "Good call, asking them now. Thanks both.");
        Post alTacho = say(11, "13:00", plKit, alison, "Anyone else's tachograph downloads failing since the "
                + "software update? Ours won't read the new cards.");
        Post deTacho = re(11, "13:30", declan, alTacho, "Ours did that, you need to update the card reader driver as "
                + "well, not just the software. Took me an hour to find.");
        re(11, "13:40", alison, deTacho, "That was it. You've saved my afternoon, thank you.");
        Post roCrush = say(12, "06:00", plClaims, rob, "Top pallet crushed the one under it on the Newcastle trunk. "
                + "Both ours. Which one do I claim on?");
        Post maCrush = re(12, "06:20", martin, roCrush, "Both, as one incident, and note the stacking on the "
                + "trailer. Same form: palletnet.example/claims");
        re(12, "06:30", rob, maCrush, "Done, ta.");
        Post haBack = re(13, "08:00", harriet, roHarriet, "Back! It's in the blue folder in my drawer, first page. "
                + "Thanks for holding the fort.");
        re(13, "08:15", rob, haBack, "Found it. All fine here, nothing on fire.");
        Post suHub = say(13, "22:30", plHub, sunita, "Hub's down a sorter, expect trunks an hour late tonight.");
        suHub.react("👍", declan, rob, martin);
        Post maFootball = say(14, "18:00", plAfter, martin, "Anyone watching the play-off tonight or are we all "
                + "asleep by 8?");
        re(14, "18:20", declan, maFootball, "Watching with a coffee. Back in at 4 tomorrow.");
        // W20
        Post alNew = say(15, "12:00", plKit, alison, "We're getting a new forklift instructor in for refresher "
                + "training next month, if anyone wants to send a driver, there's two spaces. Just split the cost.");
        Post deNew = re(15, "12:30", declan, alNew, "I'll send one, our lad's due. Let me know the date.");
        re(15, "12:40", alison, deNew, "June 12th, I'll put him down.");
        Post roMis = say(16, "05:30", plHub, rob, "Mis-route of the week: a pallet of garden gnomes for Truro "
                + "arrived in Hartlepool.");
        roMis.react("😂", sunita, harriet, declan, alison);
        Post haTeeth = say(17, "20:00", plAfter, harriet, "Four teeth through and both twins slept till 6. I feel "
                + "like a new woman.");
        haTeeth.react("🎉", sunita, alison, martin);
        Post deHub = say(18, "09:00", plHub, declan, "Anyone know if the hub is running a Saturday trunk on the "
                + "bank holiday weekend at the end of the month?");
        Post suHub2 = re(18, "09:20", sunita, deHub, "Yes, a reduced one, the notice went out on Friday. I'll "
                + "forward it to you.");
        re(18, "09:30", declan, suHub2, "Got it, thanks Sunita.");
        Post maAudit = say(19, "11:00", plKit, martin, "Network audit next week. Anything they've picked you up on "
                + "lately?");
        Post alAudit = re(19, "11:20", alison, maAudit, "Fire exit signs in the warehouse and the first aid box "
                + "dates. Petty, but they check.");
        Post deAudit = re(19, "11:30", declan, maAudit, "They wanted proof of the tail-lift inspection on the "
                + "vehicle itself, a sticker, not just the paper.");
        re(19, "11:40", martin, deAudit, "Didn't know that, thanks both.");
        re(19, "11:45", martin, alAudit, "Checking the first aid box now.");
        say(21, "21:00", plAfter, sunita, "Sunday night shift, who else is in? Bring biscuits.")
                .react("😄", rob, declan);
    }

    private void overseas() {
        // W18
        Post beQuotes = say(1, "20:00", ovFreight, bethan, "Got three quotes for a 20ft container to Auckland: "
                + "£4,200, £5,100 and £6,900. The cheapest one doesn't include unpacking. Is that normal?");
        Post osQuotes = re(1, "20:30", oskar, beQuotes, "Very normal. Also check whether destination port charges "
                + "are in, that's where the cheap ones catch you. Ours added £700 at Melbourne.");
        Post beQuotes2 = re(1, "20:45", bethan, osQuotes, "Port charges aren't in the cheap one, you're right. "
                + "Thanks Oskar.");
        beQuotes2.react("👍", oskar);
        Post frBoots = say(2, "19:00", ovCustoms, fraser, "Canada question: do I really need to list every single "
                + "item on the inventory or can I say 'kitchen, 12 boxes'?");
        Post miBoots = re(2, "19:30", mirela, frBoots, "For Canada we did it by box with a rough list in each, "
                + "'kitchen: pans, plates, cutlery'. Nobody wanted every fork. The B4 form wants values though.");
        re(2, "19:40", fraser, miBoots, "By box with values, got it. Thank you Mirela.");
        Post miBlog = say(3, "10:00", ovArrived, mirela, "Our container finally reached Toronto! Two broken glasses "
                + "and a squashed lampshade, that's it. We wrote the whole thing up week by week in case it helps "
                + "anyone: popescumoves.example/shipping-diary");
        miBlog.react("🎉", bethan, fraser, oskar);
        Post beBlog = re(3, "10:30", bethan, miBlog, "Reading it tonight. How did you pack the lampshades?");
        Post miShade = re(3, "11:00", mirela, beBlog, "Not well enough, clearly! Inside a wardrobe box with "
                + "towels. I'd take them in a suitcase next time.");
        re(3, "11:10", bethan, miShade, "Suitcase it is.");
        Post osBoots = say(4, "09:00", ovCustoms, oskar, "Reminder for anyone going to Australia or NZ: scrub your "
                + "walking boots, bikes and garden tools until they're spotless. They check the soil, and "
                + "cleaning fees at the port are steep.");
        osBoots.react("🙏", bethan, fraser, mirela);
        Post beTent = re(4, "09:30", bethan, osBoots, "Does that include the tent? It's been in a Welsh field.");
        Post osTent = re(4, "09:45", oskar, beTent, "Especially the tent. Pegs too. Wash it, dry it fully, "
                + "declare it.");
        re(4, "10:00", bethan, osTent, "Tent getting a bath this weekend.");
        Post frDay = say(6, "21:00", ovFreight, fraser, "Booked our part container to Calgary today, leaving "
                + "Southampton on 4 July. Feels real now.");
        frDay.react("🎉", bethan, oskar, mirela);
        // W19
        Post niHello = say(8, "15:00", ovIntro, niamh, "Hi all, Niamh here, moving from Belfast to Perth in "
                + "September with my husband and two kids. Completely lost about shipping.");
        Post beNiamh = re(8, "15:30", bethan, niHello, "Welcome Niamh! Mirela's diary in #arrived-safely is the "
                + "best place to start, it made everything make sense for me.");
        re(8, "15:40", niamh, beNiamh, "Thank you, reading it now.");
        Post waHello = say(9, "09:00", ovIntro, warren, "Hello all, Wesley from Bluewater Shipping here.");
        Post waNiamh = re(9, "09:10", warren, niHello, "Welcome Niamh! We ship to Perth every fortnight, a shared "
                + "20ft from £1,650 door to door. DM me for a quote.");
        Post niPets = say(9, "20:00", ovCustoms, niamh, "Can we ship the kids' bikes in the container or do they "
                + "have to go as luggage?");
        Post osPets = re(9, "20:30", oskar, niPets, "In the container is fine, just spotless, like my boots "
                + "message. Tyres deflated a bit.");
        re(9, "20:40", niamh, osPets, "Spotless bikes, noted. Thanks Oskar.");
        Post waDm = say(10, "10:00", ovDm, warren, "Hi Fraser, Wesley from Bluewater Shipping. Saw you're off to "
                + "Calgary in July. We can do a part container there for £2,100, book a 15-minute call here: "
                + "bluewater.example/quote");
        Post frDm = re(10, "18:00", fraser, waDm, "Thanks, but we booked last week.");
        re(10, "18:10", warren, frDm, "No problem, good luck with the move.");
        Post frInsure = say(11, "09:00", ovFreight, fraser, "Is marine insurance worth it? The shipper wants 3% of "
                + "the declared value.");
        Post miInsure = re(11, "09:30", mirela, frInsure, "We took it and didn't need it, but a friend's container "
                + "got water in it and she got paid out in full. For 3% I'd do it.");
        Post osInsure = re(11, "09:40", oskar, frInsure, "Take it, and photograph anything valuable before it's "
                + "packed. Claims without photos go nowhere.");
        re(11, "10:00", fraser, osInsure, "Both of you saying yes is enough for me. Thank you.");
        Post niList = say(12, "19:00", ovCustoms, niamh, "Is there a list somewhere of what Australia won't let "
                + "in? My mother-in-law wants to send a Christmas cake.");
        Post osList = re(12, "19:20", oskar, niList, "The Australian border force has a page on it: "
                + "border.example/au-prohibited. Cake with fruit is usually fine if it's commercially sealed, "
                + "homemade is a gamble.");
        re(12, "19:30", niamh, osList, "Shop-bought cake it is, thanks.");
        Post beDone = say(14, "11:00", ovFreight, bethan, "Container packed and gone! Four men, six hours, "
                + "and one very nervous cat watching from the window.");
        beDone.react("🎉", niamh, fraser, mirela, oskar);
        // W20
        Post beMum = say(16, "10:00", ovFreight, bethan, "Can anyone recommend a shipper for a few boxes to "
                + "Auckland? My mum wants to send her sewing machine and some books after us.");
        Post waMum = re(16, "10:30", warren, beMum, "We do small shipments to Auckland by the cubic metre, a few "
                + "boxes would be about £350. Happy to quote if you send me the sizes.");
        Post osMum = re(16, "10:45", oskar, beMum, "Also look at the excess baggage firms for under 10 boxes, "
                + "often cheaper than sea freight for that size.");
        Post beMum2 = re(16, "11:00", bethan, osMum, "Good idea, I'll compare both. Thanks Oskar, and thanks "
                + "Wesley, I'll send you the sizes.");
        beMum2.react("👍", warren);
        Post niQuote = say(17, "12:00", ovFreight, niamh, "First quote in for Perth: £5,400 for a 20ft, all "
                + "port charges in. Sounds ok after reading everyone's numbers?");
        Post miQuote = re(17, "12:30", mirela, niQuote, "That's good for Perth with port charges in. Check the "
                + "insurance and the unpacking are separate items, then compare.");
        re(17, "12:45", niamh, miQuote, "Both separate. I'll ask a second firm so I've got something to compare.");
        Post osArrived = say(18, "20:00", ovArrived, oskar, "Two years in Melbourne today. The container was the "
                + "scariest part and it was fine. Good luck to everyone packing this summer.");
        osArrived.react("❤️", bethan, niamh, fraser, mirela);
        Post frCat = say(19, "19:00", ovCustoms, fraser, "Does anyone know if Canada needs anything for a dog "
                + "besides the rabies certificate?");
        Post miCat = re(19, "19:20", mirela, frCat, "Just the rabies certificate for a pet dog, and the vet's "
                + "health note helps at the airport. No quarantine.");
        re(19, "19:30", fraser, miCat, "That's a relief, thanks Mirela.");
        say(20, "09:00", ovFreight, niamh, "Second quote came in £600 cheaper but no insurance at all. Going "
                + "with the first one. Thanks for all the help, everyone.").react("👍", mirela, oskar);
    }

    private void coop() {
        // W18
        say(1, "07:00", cbNotices, jonah, "Morning all. Runs start at 7:30 as usual this week. Rain forecast "
                + "Wednesday, everything goes in the covered boxes.").react("👍", hannah, dev, milo);
        Post haRun = say(1, "08:00", cbBook, hannah, "Can we add a second bread run on Friday? We've got a big "
                + "order for the school fete.");
        Post joRun = re(1, "08:20", jonah, haRun, "Yes, Asha can do 11am. How many crates?");
        Post haRun2 = re(1, "08:30", hannah, joRun, "Six crates, and thank you!");
        re(1, "08:40", jonah, haRun2, "Booked, Asha will bring the big trailer.");
        Post miRota = say(1, "18:00", cbRiders, milo, "Rota for the week is pinned. Asha on the bakery Friday extra, "
                + "Bea on the pharmacy loop all week.");
        Post asRota = re(1, "18:20", asha, miRota, "Got it. Trailer needs a new tyre before Friday, I'll sort it "
                + "Thursday.");
        re(1, "18:30", milo, asRota, "Cheers Asha.");
        Post deCold = say(2, "09:00", cbBook, dev, "Can the cargo bikes take fridge items? We've got insulin "
                + "deliveries to two care homes on Thursday.");
        Post beCold = re(2, "09:20", bea, deCold, "Yes, we've got two cool boxes with ice packs that hold 2 to 8 "
                + "degrees for four hours. I'll bring them.");
        Post deCold2 = re(2, "09:30", dev, beCold, "Perfect, I'll have them packed by 10.");
        deCold2.react("👍", bea);
        Post loBooks = say(3, "11:00", cbBook, lorna, "Is there a weight limit? I've got 40 kilos of school book "
                + "orders for Tuesday.");
        Post miBooks = re(3, "11:20", milo, loBooks, "Up to 150 kilos on the trailer bike, so no problem. Tuesday "
                + "at 2?");
        re(3, "11:30", lorna, miBooks, "2 is perfect.");
        Post loCafe = say(4, "16:00", cbShout, lorna, "Shout-out to Milo for getting the school books there in the "
                + "rain. I told the café next door about you, they might be in touch.");
        loCafe.react("❤️", milo, jonah, asha);
        Post joCafe = re(4, "16:30", jonah, loCafe, "Thank you Lorna, that means a lot to a small co-op.");
        re(4, "16:45", lorna, joCafe, "You're all lovely, it's easy.");
        say(6, "17:00", cbShout, hannah, "The fete order arrived perfect and still warm. Asha is a hero.")
                .react("🎉", asha, jonah, milo, lorna);
        // W19
        say(8, "07:00", cbNotices, jonah, "Bank holiday Monday: no runs today, back tomorrow at 7:30.")
                .react("👍", hannah, lorna);
        Post deInvoice = say(9, "09:00", cbBook, dev, "@Jonah Kerr can you send me March's invoice again? Our "
                + "accountant lost it.");
        Post joInvoice = re(9, "09:30", jonah, deInvoice, "Sent to your email just now, Dev.");
        re(9, "09:40", dev, joInvoice, "Got it, thanks.");
        Post haFlour = say(10, "07:30", cbBook, hannah, "Emergency: flour delivery didn't turn up at the bakery. "
                + "Could anyone grab 4 sacks from the wholesaler on Kirkstall Road this morning?");
        Post asFlour = re(10, "07:45", asha, haFlour, "On my way, there in 20.");
        re(10, "09:00", hannah, asFlour, "Saved our Saturday. Thank you Asha!");
        Post joRates = say(11, "10:00", cbNotices, jonah, "Rates are staying the same through the summer. From "
                + "June we'll add an early run at 6:30 for anyone who wants it.");
        joRates.react("🎉", hannah, lorna, dev);
        Post beAway = say(14, "12:00", cbRiders, bea, "I'm at my cousin's wedding in Lisbon Monday to Thursday "
                + "next week. Milo's got my pharmacy loop.");
        beAway.react("🎉", milo, asha, jonah);
        // W20
        joins(15, "09:00", cbBook, pietro);
        Post piHello = say(15, "09:10", cbBook, pietro, "Hello, I run the new deli on Otley Road. Lorna from the "
                + "bookshop said you do deliveries by cargo bike. How does it work?");
        Post joPietro = re(15, "09:30", jonah, piHello, "Welcome Pietro! You book runs here, we collect from you "
                + "and deliver within 3 miles in insulated boxes. £6 a drop, cheaper on a regular round.");
        Post piHello2 = re(15, "09:45", pietro, joPietro, "Could you do lunch deliveries to offices, 12 to 1?");
        re(15, "10:00", jonah, piHello2, "We can. Want to try a week free so you see how it goes?");
        Post asBea = say(15, "11:00", cbRiders, asha, "@Bea Santos where did you leave the spare battery charger?");
        Post miBea = re(15, "11:20", milo, asBea, "Bea's in Lisbon till Thursday. It's in the blue crate under the "
                + "bench.");
        re(15, "11:30", asha, miBea, "Found it, ta.");
        Post haSat = say(16, "08:00", cbBook, hannah, "@Jonah Kerr could we move our Saturday bread run to 7am "
                + "from June? The café wants it earlier.");
        joins(16, "10:00", cbBook, ines);
        Post inHello = say(16, "10:05", cbBook, ines, "Hi! I'm a florist on Cardigan Road. Can you carry tall "
                + "bouquets without wrecking them?");
        Post joInes = re(16, "10:20", jonah, inHello, "Hi Ines, yes, we've got a box with a tall insert for "
                + "flowers. Weddings too. Want me to pop round with it and show you?");
        Post inHello2 = re(16, "10:40", ines, joInes, "That would be great, tomorrow at 11?");
        re(16, "11:00", jonah, inHello2, "Tomorrow at 11, see you then.");
        Post piWeek = say(16, "15:00", cbBook, pietro, "Trial week starts Friday then. Do I need to give you a "
                + "list of offices?");
        Post joWeek = re(16, "15:20", jonah, piWeek, "Just the addresses by 11 each day, and I'll ride the first "
                + "few myself.");
        re(16, "15:30", pietro, joWeek, "Perfect.");
        Post deDouble = say(17, "10:00", cbBook, dev, "@Jonah Kerr April's invoice has the Tuesday runs on it "
                + "twice. Could you check before I pay it?");
        Post joBox = say(17, "14:00", cbRiders, jonah, "Showed Ines the flower box, she loved it. Milo, could "
                + "you dig out the second tall insert?");
        re(17, "14:30", milo, joBox, "Will do tonight.");
        Post inBook = say(18, "09:00", cbBook, ines, "Could we book Friday 10am, three bouquets to the hospital?");
        Post joBook = re(18, "09:15", jonah, inBook, "Booked, I'll take them myself.");
        re(18, "09:20", ines, joBook, "Thank you!");
        Post loQuiet = say(18, "12:00", cbBook, lorna, "Is anyone free to take a box of books to the primary on "
                + "Monday morning?");
        Post asQuiet = re(18, "12:20", asha, loQuiet, "Me, 9am?");
        re(18, "12:30", lorna, asQuiet, "9 is great, thanks Asha.");
        Post beBack = re(19, "08:00", bea, asBea, "Back! Sorry, should have said the blue crate before I went.");
        re(19, "08:10", asha, beBack, "Milo knew. Good wedding?");
        Post piThanks = say(19, "13:30", cbShout, pietro, "First day of the trial and every sandwich arrived on "
                + "time. Jonah, you're a legend.");
        piThanks.react("🎉", jonah, milo);
        re(19, "14:00", jonah, piThanks, "Thanks Pietro, great sandwiches too.");
        Post inThanks = say(20, "11:00", cbShout, ines, "Bouquets arrived at the hospital perfect. Thank you "
                + "Jonah!");
        re(20, "11:30", jonah, inThanks, "Lovely flowers to carry, Ines.");
    }

    private void vans() {
        // W18
        Post stHello = say(1, "08:00", mvIntro, stevie, "Hi all, Stevie, just gone full time with my own van after "
                + "ten years with a removals firm. Based in Salford, stevievan.example if you want to see the van.");
        Post kiStevie = re(1, "08:20", kirsty, stHello, "Welcome Stevie! Best decision I ever made. Shout if you "
                + "need anything.");
        re(1, "08:30", stevie, kiStevie, "Cheers Kirsty, I probably will.");
        Post gaInsure = say(1, "12:00", mvTalk, gary, "Hire and reward insurance renewal is up £300. Anyone with a "
                + "better broker?");
        Post toInsure = re(1, "12:30", tomasz, gaInsure, "Try a specialist van broker, I went through one and "
                + "saved about £200. Mention you've got no claims, they knock more off.");
        re(1, "12:40", gary, toInsure, "Ta Tomasz, ringing them tomorrow.");
        Post elJob = say(2, "10:00", mvJobs, elaine, "Job: two-seater sofa and a dining table from Eccles to "
                + "Worsley, this Saturday morning, ground floor both ends. Quotes please!");
        Post seJob = re(2, "10:20", seun, elJob, "I can do Saturday at 9, £60 for both, blankets and straps "
                + "included.");
        Post toJob = re(2, "10:30", tomasz, elJob, "Saturday afternoon from 1, £55.");
        Post elPick = re(2, "11:00", elaine, seJob, "Morning suits me better, let's go with you Seun. I'll send "
                + "the addresses.");
        re(2, "11:10", seun, elPick, "Great, see you Saturday.");
        re(2, "11:15", elaine, toJob, "Thank you for quoting too Tomasz.");
        Post gaBack = say(2, "19:00", mvTalk, gary, "Back's gone again carrying a chest freezer up two flights. "
                + "Anyone use a stair-climber trolley? Worth it?");
        Post kiBack = re(2, "19:20", kirsty, gaBack, "Best £400 I've spent. Heavy to lift into the van but it "
                + "saves your back on every fridge.");
        Post stBack = re(2, "19:30", stevie, gaBack, "We had one at the firm, it's a game changer on flats.");
        re(2, "19:45", gary, kiBack, "Right, saving up for one.");
        re(2, "19:50", gary, stBack, "Cheers Stevie.");
        Post toTrolley = say(3, "09:00", mvKit, tomasz, "For sale: folding sack truck, 200kg rated, new tyres, £40. "
                + "Collection from Bolton.");
        Post stTrolley = re(3, "09:30", stevie, toTrolley, "I'll have it, can I grab it Monday?");
        re(3, "09:40", tomasz, stTrolley, "Monday after 5 is fine.");
        Post gaParking = say(4, "08:00", mvTalk, gary, "£70 ticket unloading on a red route. I was there 6 minutes. "
                + "Anyone ever won one of these?");
        Post seParking = re(4, "08:30", seun, gaParking, "Won two. Photos of the van with the tail-lift down and a "
                + "receipt for the job, they let loading off if you can prove it.");
        re(4, "08:40", gary, seParking, "Taking photos from now on. Ta.");
        Post elDone = say(5, "13:00", mvJobs, elaine, "Sofa and table moved, Seun was brilliant, not a scratch. "
                + "Thank you!");
        elDone.react("👍", seun, kirsty);
        // W19
        Post maSize = say(8, "11:00", mvJobs, marcus, "First time moving on my own. What size van do I need for a "
                + "1-bed flat, and how do I know if it'll all fit?");
        Post kiSize = re(8, "11:30", kirsty, maSize, "Usually a Luton for a 1-bed with a bed, a sofa and a "
                + "wardrobe. I wrote up what fits in which van with photos: kirstyvan.example/what-fits. If you "
                + "want a quote, post the job with the dates.");
        Post maSize2 = re(8, "11:50", marcus, kiSize, "That guide is really useful, thanks. I'll post the job "
                + "properly.");
        Post maJob = say(8, "12:30", mvJobs, marcus, "Job: 1-bed flat, Ancoats to Chorlton, Saturday 17th, third "
                + "floor with a lift at the start, ground floor at the end. Quotes please.");
        Post kiJob = re(8, "13:00", kirsty, maJob, "Saturday 17th from 8am, Luton and two of us, £240 for the "
                + "lot.");
        Post gaJob = re(8, "13:20", stevie, maJob, "I can do it for £220 with one helper, from 9.");
        Post maPick = re(9, "09:00", marcus, kiJob, "Going with Kirsty as you answered all my daft questions. "
                + "Thank you Stevie too.");
        re(9, "09:15", kirsty, maPick, "Not daft at all. See you on the 17th.");
        gaJob.react("👍", marcus);
        Post toVan = say(10, "18:00", mvTalk, tomasz, "My Transit is at 180,000 miles. Replace or keep patching? "
                + "Mechanic says the engine's fine.");
        Post gaVan = re(10, "18:20", gary, toVan, "Keep it while the engine's fine. New vans are stupid money "
                + "right now.");
        Post kiVan = re(10, "18:30", kirsty, toVan, "Agree, and get the clutch done before it goes. Mine went at "
                + "185.");
        re(10, "18:40", tomasz, gaVan, "Patching it is.");
        re(10, "18:45", tomasz, kiVan, "Clutch booked. Thanks both.");
        Post stFirst = say(11, "20:00", mvTalk, stevie, "First full week on my own: eleven jobs, one upright "
                + "piano, zero complaints. Thanks for all the advice in here.");
        stFirst.react("🎉", kirsty, gary, tomasz, seun);
        Post gaStrap = say(12, "10:00", mvTalk, gary, "Where do you lot buy ratchet straps? Mine are fraying.");
        Post seStrap = re(12, "10:20", seun, gaStrap, "The trade counter at the truck stop on the A580, half what "
                + "the online shops want.");
        re(12, "10:30", gary, seStrap, "Cheers Seun.");
        Post seBlanket = say(13, "17:00", mvKit, seun, "Selling 20 moving blankets, used but clean, £3 each or £50 "
                + "the lot.");
        Post kiBlanket = re(13, "17:20", kirsty, seBlanket, "I'll take ten for Marcus's job, can I collect "
                + "Thursday?");
        re(13, "17:30", seun, kiBlanket, "Thursday's fine, I'll put them aside.");
        // W20
        Post prJob = say(15, "09:00", mvJobs, priti, "Job: washing machine and a fridge freezer from Prestwich to "
                + "my new flat in Whitefield, Wednesday afternoon if possible. Second floor, no lift at the new "
                + "place.");
        Post seFridge = re(15, "09:30", seun, prJob, "Wednesday 2pm, two of us with a stair-climber, £75 and I'll "
                + "take the old packaging away.");
        Post prPick = re(15, "10:00", priti, seFridge, "Sounds perfect, booking you. I'll message you the "
                + "addresses.");
        re(15, "10:10", seun, prPick, "Great, see you Wednesday.");
        Post prDm = say(15, "10:30", mvDm, priti, "Hi Seun, the addresses for Wednesday: 14 Bury Old Road to "
                + "Flat 6, Elm Court, Whitefield. Could you bring something to protect the stairs carpet?");
        Post seDm = re(15, "11:00", seun, prDm, "Got them. Yes, I'll bring carpet protector film for the stairs.");
        re(15, "11:10", priti, seDm, "Brilliant, thanks.");
        Post kiDone = say(17, "18:00", mvTalk, kirsty, "Marcus's move done in four hours. Ten of Seun's blankets "
                + "earned their keep.");
        kiDone.react("👍", seun, stevie);
        Post maThanks = say(17, "19:00", mvJobs, marcus, "Kirsty and her helper were great, moved in and the kettle "
                + "is on. Thanks to everyone who answered my questions.");
        maThanks.react("❤️", kirsty, seun);
        say(18, "08:00", mvJobs, gary, "garysvan.example/book all my jobs go through here now, quicker than "
                + "quoting in the channel.");
        Post prDone = say(18, "16:00", mvJobs, priti, "Washing machine and fridge in, stairs spotless. Seun is "
                + "a star.");
        prDone.react("🙌", seun, kirsty);
        Post stCrane = say(19, "12:00", mvTalk, stevie, "Sofa won't go up the stairs on Saturday's job. Anyone done "
                + "a sofa through a first-floor window?");
        Post toCrane = re(19, "12:30", tomasz, stCrane, "Twice, with a rope and three people. Take the feet off, "
                + "wrap it twice, and check the window opens fully before you promise anything.");
        re(19, "13:00", stevie, toCrane, "Window opens fully, going for it. Thanks Tomasz.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes102Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 102");
    }
}
