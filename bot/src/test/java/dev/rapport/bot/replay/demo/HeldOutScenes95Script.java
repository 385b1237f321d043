package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 95 (sealed): eight communities of motoring, vehicles and the road, of kinds no earlier round used
 * (independent car mechanics and garage owners with a room where drivers ask and a parts factor's rep among them, an
 * MOT and service centre's own server with its Staff and Customers, owners of one electric car model where nobody
 * sells, motorcycle touring riders where nobody sells, vehicle recovery and tow truck operators with a room where
 * garages and motorists post jobs, a kit-for-sale room and an operator's DM to a motorist, touring caravan owners with
 * a mobile caravan engineer among them and a for-sale room, van signwriters and vehicle wrap fitters with a room where
 * van owners ask and a vinyl supplier whose fellow fitters are his customers, private number plate dealers and
 * collectors with a listings room and a buyer's DM), over three ISO weeks (2030-W42 to W44), written and labelled by
 * writer95 (session 50) before any coach ran on them, with many borderline cases. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-95.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes95Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2030, 10, 14);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2030, 11, 4, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-95";
    private static final int BASE = 74000;

    // --- A. independent car mechanics and garage owners with a room where drivers ask ---
    private final String garage = cast.guild(1231);
    private final Channel gmWorkshop = cast.channel(garage, "Spanner and Ramp", "workshop-talk",
            "mechanics and garage owners among ourselves: diagnostics, tools, the trade", "gm-workshop-talk.json");
    private final Channel gmDrivers = cast.channel(garage, "Spanner and Ramp", "drivers-ask",
            "drivers and the public: ask about your car, a mechanic here will answer", "gm-drivers-ask.json");
    private final Channel gmParts = cast.channel(garage, "Spanner and Ramp", "parts-and-tools",
            "parts factors and tool dealers: stock, prices, trade offers", "gm-parts-and-tools.json");
    private final Channel gmTea = cast.channel(garage, "Spanner and Ramp", "tea-hut",
            "anything that isn't cars, or is but barely", "gm-tea-hut.json");
    private final Persona gareth = cast.person("gareth.pennock", "Gareth Pennock");
    private final Persona dominic = cast.person("dom.sheard", "Dominic Sheard");
    private final Persona kerry = cast.person("kerry.ashdown", "Kerry Ashdown");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wojcik");
    private final Persona priya = cast.person("priya.lal", "Priya Lal");
    private final Persona callum = cast.person("callum.rees", "Callum Rees");
    private final Persona stuart = cast.person("stuart.nolan", "Stuart Nolan");

    // --- B. an MOT and service centre's own server ---
    private final String mot = cast.guild(1232);
    private final Role krStaff = cast.role("Staff", "#2e7d32", 2);
    private final Role krCustomer = cast.role("Customer", "#1565c0", 1);
    private final Channel krNews = cast.channel(mot, "Kellet Road MOT and Service", "announcements",
            "opening hours, closures and offers from the garage", "kr-announcements.json");
    private final Channel krAsk = cast.channel(mot, "Kellet Road MOT and Service", "book-and-ask",
            "bookings, MOTs, repairs, prices: ask and the team answers here", "kr-book-and-ask.json");
    private final Channel krAdvisories = cast.channel(mot, "Kellet Road MOT and Service", "advisories-explained",
            "got an MOT advisory you don't understand? post it and a tester explains", "kr-advisories-explained.json");
    private final Channel krLounge = cast.channel(mot, "Kellet Road MOT and Service", "waiting-room",
            "chat while you wait, lost property, anything", "kr-waiting-room.json");
    private final Persona lesley = cast.person("lesley.brannigan", "Lesley Brannigan", krStaff);
    private final Persona imran = cast.person("imran.tester", "Imran Qureshi", krStaff);
    private final Persona jodie = cast.person("jodie.farrant", "Jodie Farrant", krStaff);
    private final Persona neville = cast.person("neville.prowse", "Neville Prowse", krCustomer);
    private final Persona marsha = cast.person("marsha.okoye", "Marsha Okoye", krCustomer);
    private final Persona declan = cast.person("declan.fairley", "Declan Fairley", krCustomer);
    private final Persona harriet = cast.person("harriet.lomond", "Harriet Lomond");

    // --- C. owners of one electric car model where nobody sells ---
    private final String volta = cast.guild(1233);
    private final Channel evCharging = cast.channel(volta, "Ardent Volta Owners", "charging",
            "home chargers, public networks, tariffs", "ev-charging.json");
    private final Channel evFaults = cast.channel(volta, "Ardent Volta Owners", "software-and-faults",
            "updates, warning lights, what the dealer said", "ev-software-and-faults.json");
    private final Channel evTrips = cast.channel(volta, "Ardent Volta Owners", "road-trips",
            "routes, real-world range, charger stops that worked", "ev-road-trips.json");
    private final Channel evOff = cast.channel(volta, "Ardent Volta Owners", "off-topic",
            "anything else", "ev-off-topic.json");
    private final Persona yvonne = cast.person("yvonne.castell", "Yvonne Castell");
    private final Persona rhys = cast.person("rhys.madoc", "Rhys Madoc");
    private final Persona ingrid = cast.person("ingrid.solberg", "Ingrid Solberg");
    private final Persona otto = cast.person("otto.brandauer", "Otto Brandauer");
    private final Persona leon = cast.person("leon.hartigan", "Leon Hartigan");
    private final Persona bronwen = cast.person("bronwen.tully", "Bronwen Tully");

    // --- D. motorcycle touring riders where nobody sells ---
    private final String riders = cast.guild(1234);
    private final Channel mtRoutes = cast.channel(riders, "Long Way Round Riders", "route-planning",
            "planning a trip? passes, ferries, where to sleep", "mt-route-planning.json");
    private final Channel mtReports = cast.channel(riders, "Long Way Round Riders", "trip-reports",
            "back from a trip? tell us how it went", "mt-trip-reports.json");
    private final Channel mtKit = cast.channel(riders, "Long Way Round Riders", "kit-and-bikes",
            "luggage, heated gear, tyres, sat navs: what works on the road", "mt-kit-and-bikes.json");
    private final Channel mtMeets = cast.channel(riders, "Long Way Round Riders", "meetups",
            "Sunday rides and weekend meets: dates, where, who's coming", "mt-meetups.json");
    private final Persona frank = cast.person("frank.ellery", "Frank Ellery");
    private final Persona saoirse = cast.person("saoirse.k", "Saoirse Kinsella");
    private final Persona bogdan = cast.person("bogdan.ilic", "Bogdan Ilic");
    private final Persona pauline = cast.person("pauline.marchetti", "Pauline Marchetti");
    private final Persona hamish = cast.person("hamish.tulloch", "Hamish Tulloch");
    private final Persona greta = cast.person("greta.lindholm", "Greta Lindholm");

    // --- E. vehicle recovery and tow truck operators ---
    private final String recovery = cast.guild(1235);
    private final Channel rcOps = cast.channel(recovery, "Hook and Winch", "ops-chat",
            "recovery operators among ourselves: trucks, insurance, the job", "rc-ops-chat.json");
    private final Channel rcJobs = cast.channel(recovery, "Hook and Winch", "jobs-posted",
            "garages, fleets and motorists: post a recovery or transport job, operators will quote",
            "rc-jobs-posted.json");
    private final Channel rcKit = cast.channel(recovery, "Hook and Winch", "kit-for-sale",
            "winches, straps, dollies, beacons, whole trucks: what it is, where, price", "rc-kit-for-sale.json");
    private final Channel rcRoad = cast.channel(recovery, "Hook and Winch", "road-news",
            "closures, incidents, weather warnings, with the traffic map link", "rc-road-news.json");
    private final Persona carl = cast.person("carl.merriman", "Carl Merriman");
    private final Persona shona = cast.person("shona.baird", "Shona Baird");
    private final Persona desmond = cast.person("desmond.ogle", "Desmond Ogle");
    private final Persona marek = cast.person("marek.z", "Marek Zielinski");
    private final Persona ruth = cast.person("ruth.pemberton", "Ruth Pemberton");
    private final Persona ellen = cast.person("ellen.varga", "Ellen Varga");

    // --- F. touring caravan owners with a mobile engineer among them ---
    private final String caravans = cast.guild(1236);
    private final Channel cvChat = cast.channel(caravans, "Touring Caravan Owners", "general-chat",
            "say hello, chat, anything caravan", "cv-general-chat.json");
    private final Channel cvService = cast.channel(caravans, "Touring Caravan Owners", "servicing-and-damp",
            "habitation checks, damp readings, electrics, gas: ask the group", "cv-servicing-and-damp.json");
    private final Channel cvSites = cast.channel(caravans, "Touring Caravan Owners", "sites-and-tours",
            "site reviews, routes that take a caravan, where we've been", "cv-sites-and-tours.json");
    private final Channel cvSale = cast.channel(caravans, "Touring Caravan Owners", "for-sale-wanted",
            "caravans, awnings, motor movers, bits: for sale or wanted", "cv-for-sale-wanted.json");
    private final Persona gordon = cast.person("gordon.feltham", "Gordon Feltham");
    private final Persona linda = cast.person("linda.parfitt", "Linda Parfitt");
    private final Persona trevor = cast.person("trevor.oakes", "Trevor Oakes");
    private final Persona alison = cast.person("alison.kemble", "Alison Kemble");
    private final Persona barry = cast.person("barry.lucas", "Barry Lucas");
    private final Persona nadia = cast.person("nadia.shah", "Nadia Shah");

    // --- G. van signwriters and wrap fitters with a room where van owners ask ---
    private final String wraps = cast.guild(1237);
    private final Channel wrBench = cast.channel(wraps, "Wrap and Letter", "fitters-bench",
            "fitters among ourselves: technique, heat guns, disasters", "wr-fitters-bench.json");
    private final Channel wrAsk = cast.channel(wraps, "Wrap and Letter", "van-owners-ask",
            "tradespeople and fleet owners: ask about lettering, wraps, prices, a fitter will answer",
            "wr-van-owners-ask.json");
    private final Channel wrShow = cast.channel(wraps, "Wrap and Letter", "showcase",
            "finished vans and cars, before and after", "wr-showcase.json");
    private final Channel wrSupply = cast.channel(wraps, "Wrap and Letter", "supplier-corner",
            "vinyl, laminate and tools: stock news and prices", "wr-supplier-corner.json");
    private final Persona jordan = cast.person("jordan.pryke", "Jordan Pryke");
    private final Persona anya = cast.person("anya.petrosyan", "Anya Petrosyan");
    private final Persona lewis = cast.person("lewis.gallacher", "Lewis Gallacher");
    private final Persona wesley = cast.person("wesley.hammond", "Wesley Hammond");
    private final Persona kieran = cast.person("kieran.doyle", "Kieran Doyle");
    private final Persona samira = cast.person("samira.haddad", "Samira Haddad");
    private final Persona tobias = cast.person("tobias.renner", "Tobias Renner");

    // --- H. private number plate dealers and collectors ---
    private final String plates = cast.guild(1238);
    private final Channel plTalk = cast.channel(plates, "Plate Exchange", "plate-talk",
            "history, DVLA rules, dating marks, stories", "pl-plate-talk.json");
    private final Channel plListings = cast.channel(plates, "Plate Exchange", "listings",
            "plates for sale: the mark, the price, on retention or on a vehicle", "pl-listings.json");
    private final Channel plWanted = cast.channel(plates, "Plate Exchange", "wanted",
            "after a particular mark? post it here", "pl-wanted.json");
    private final Channel plTransfer = cast.channel(plates, "Plate Exchange", "transfer-help",
            "retention certificates, assigning a mark, V750s and V778s", "pl-transfer-help.json");
    private final Persona nigel = cast.person("nigel.armitage", "Nigel Armitage");
    private final Persona parveen = cast.person("parveen.sandhu", "Parveen Sandhu");
    private final Persona eamon = cast.person("eamon.cassidy", "Eamon Cassidy");
    private final Persona russell = cast.person("russell.kemp", "Russell Kemp");
    private final Persona hugo = cast.person("hugo.stannard", "Hugo Stannard");
    private final Persona wendy = cast.person("wendy.ashcroft", "Wendy Ashcroft");

    private final Channel ellenDm = cast.dm(ellen, "dm-ellen-varga.json");
    private final Channel hugoDm = cast.dm(hugo, "dm-hugo-stannard.json");

    HeldOutScenes95Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        mechanics();
        motCentre();
        voltaOwners();
        touringRiders();
        recoveryOperators();
        caravanOwners();
        wrapFitters();
        plateExchange();
    }

    private void mechanics() {
        // W42
        Post gaP0 = say(1, "08:10", gmWorkshop, gareth, "morning all. anyone else seeing the Puma hybrids throw a "
                + "P0A80 straight after a 12v battery swap?");
        Post dmP0 = re(1, "08:40", dominic, gaP0, "had one last month. it wanted a BMS relearn after the swap, not a "
                + "fault at all. the cheap scanners won't do it");
        re(1, "08:55", gareth, dmP0, "that would explain it, cheers Dom");
        say(1, "10:00", gmParts, kerry, "Morning! Pagid pads are back in stock at the Brakeline trade counter for "
                + "most VAG fitments, list here: brakeline.example/pagid-vag");
        Post prQ = say(1, "12:30", gmDrivers, priya, "My 2014 Corsa's clutch pedal bites really high now and it "
                + "slips going up hills. is that the clutch going or something cheaper? I'm in Chester");
        Post gaPr = re(1, "13:10", gareth, prQ, "that's the friction plate worn, Priya. a high biting point and "
                + "slipping under load is the classic sign. on that Corsa it's a clutch kit, usually £350-450 fitted "
                + "at an independent. don't leave it long, it only gets worse");
        re(1, "13:30", priya, gaPr, "oh no. thank you, at least I know what to ask for now");
        Post dmQuiet = say(2, "09:00", gmWorkshop, dominic, "quiet week on the mobile side. anyone else find "
                + "October dead until the first frost?");
        Post toQuiet = re(2, "09:20", tomasz, dmQuiet, "every year. then the first cold morning and every battery in "
                + "Flintshire dies at once");
        re(2, "09:25", dominic, toQuiet, "ha, true. I'll stock up on batteries");
        Post stQ = say(2, "11:00", gmDrivers, stuart, "Got a rattle from under the passenger side of my Focus, only "
                + "over speed bumps. any idea what it could be before I take it in?");
        Post toSt = re(2, "11:40", tomasz, stQ, "drop links are the usual suspect on a Focus, Stuart, about £20 a "
                + "side for the part. could be a loose heat shield too. grab the wheel at 3 and 9 o'clock and rock it, "
                + "if it knocks it's the link");
        re(2, "18:00", stuart, toSt, "rocked it, there's a definite knock on the passenger side. booked in locally "
                + "for Thursday");
        Post gaScan = say(3, "07:50", gmWorkshop, gareth, "@Dominic Sheard what scanner are you using for the Ford "
                + "relearns? thinking of upgrading mine");
        Post dmScan = re(3, "08:15", dominic, gaScan, "Autel MaxiSys, the middle one. does most Ford and VAG "
                + "routines, the updates are pricey mind");
        re(3, "08:30", gareth, dmScan, "good to know, I'll try the demo one at the factors");
        say(3, "14:00", gmParts, kerry, "Tool of the week: Laser brake pipe flaring kit, £89 trade "
                + "this week only: brakeline.example/laser-flare");
        Post stThx = re(5, "10:00", stuart, toSt, "Update: it was the drop link, £65 all in. thank you "
                + "@Tomasz Wojcik");
        re(5, "10:10", tomasz, stThx, "good stuff, glad it was the cheap one");
        // W43
        Post caQ = say(8, "08:00", gmDrivers, callum, "@Dominic Sheard saw you're a mobile mechanic round Mold. my "
                + "Fiesta has the engine light on and judders at idle, could you come and look at it this week?");
        Post dmCoil = say(8, "08:30", gmWorkshop, dominic, "anyone had coil packs fail in pairs on the 1.0 Ecoboost? "
                + "seeing it a lot");
        Post gaCoil = re(8, "08:50", gareth, dmCoil, "all the time. I do both when one goes now, customers grumble "
                + "but they don't come back");
        re(8, "09:00", dominic, gaCoil, "makes sense, saves a second callout");
        Post toCoil = re(8, "09:10", tomasz, dmCoil, "and check the plugs while you're in there, they're often the "
                + "real culprit");
        re(8, "09:20", dominic, toCoil, "good shout");
        Post dmVan = say(9, "10:00", gmWorkshop, dominic, "@Kerry Ashdown do you lot deliver out to Mold or is it "
                + "collect only?");
        Post keVan = re(9, "10:20", kerry, dmVan, "we do Mold on the Tuesday and Friday van, order by 11");
        re(9, "10:25", dominic, keVan, "perfect, I'll open an account");
        Post caQ2 = re(9, "13:00", callum, caQ, "@Dominic Sheard still hoping you could come out, it's getting "
                + "worse. happy to pay the callout");
        Post gaCa = re(9, "14:00", gareth, caQ2, "Callum, a misfire with a judder on those is often a coil pack. "
                + "any garage can read the code for you if Dom can't get to you");
        re(9, "14:30", callum, gaCa, "thanks Gareth, I'll give it till tomorrow");
        Post dmChain = say(10, "08:15", gmWorkshop, dominic, "timing chain kit on a 1.2 Puretech today. never "
                + "again");
        Post toChain = re(10, "08:40", tomasz, dmChain, "the wet belt ones are worse, wait till you get one of "
                + "those");
        re(10, "08:45", dominic, toChain, "don't. I've got one booked in next week");
        Post dmNec = say(10, "16:00", gmTea, dominic, "@Gareth Pennock you going to the trade show at the NEC next "
                + "month?");
        Post gaNec = re(10, "16:30", gareth, dmNec, "probably the Thursday. you?");
        re(10, "16:35", dominic, gaNec, "same, we'll grab a brew there");
        Post caThx = re(11, "09:00", callum, gaCa, "found someone else in the end, it was a coil pack like you "
                + "said. cheers @Gareth Pennock");
        re(11, "09:05", gareth, caThx, "glad it's sorted");
        Post dmLeaf = say(12, "08:00", gmWorkshop, dominic, "still dead quiet on the mobile bookings. might have to "
                + "start doing leaflets again");
        Post gaLeaf = re(12, "08:20", gareth, dmLeaf, "the drivers room here is worth a look too, people ask in "
                + "there all week");
        re(12, "08:30", dominic, gaLeaf, "yeah maybe");
        Post keVarta = say(12, "10:00", gmParts, kerry, "Batteries: Varta Blue range 20% off trade until the end "
                + "of the month, brakeline.example/varta-blue");
        Post dmVarta = re(12, "10:30", dominic, keVarta, "I'll take six of the 075s on the Friday van please");
        re(12, "10:40", kerry, dmVarta, "done, they're on it");
        Post toAway = say(14, "17:00", gmTea, tomasz, "off to Gdansk for my sister's wedding tomorrow, back on the "
                + "4th. no phone while I'm away, Gareth has my keys for emergencies");
        re(14, "17:10", gareth, toAway, "have a great time, bring back vodka");
        // W44
        say(15, "07:30", gmParts, kerry, "Brake disc and pad promo: any axle set from £39 trade, this week only: "
                + "brakeline.example/axle-promo");
        Post kePromo = say(15, "07:35", gmWorkshop, kerry, "Lads, brake disc promo on this week, axle sets from £39: "
                + "brakeline.example/axle-promo");
        say(15, "07:40", gmTea, kerry, "and in case you missed it 😄 axle sets from £39 this week "
                + "brakeline.example/axle-promo");
        Post gaGot = re(15, "08:30", gareth, kePromo, "we got it the first time Kerry 😅");
        re(15, "08:40", kerry, gaGot, "sorry! the boss wants numbers this month");
        Post dmWet = say(15, "09:00", gmWorkshop, dominic, "wet belt Puretech in today. pray for me");
        Post gaWet = re(15, "09:20", gareth, dmWet, "take photos of the oil pickup, it'll be full of belt bits");
        re(15, "09:30", dominic, gaWet, "it was. like black spaghetti");
        Post prDpf = say(16, "10:00", gmDrivers, priya, "@Tomasz Wojcik my dad's diesel Passat has the DPF light "
                + "on. you're the diesel man, is a motorway run enough?");
        Post gaDpf = re(16, "10:40", gareth, prDpf, "Tomasz is away till next week, Priya. twenty minutes at a steady "
                + "60-70 often clears it if the light has only just come on. if it flashes or the car goes into limp "
                + "mode it needs a forced regen with a scanner");
        re(16, "11:00", priya, gaDpf, "he's going up the A55 this afternoon, I'll tell him. thanks Gareth");
        Post stMicra = say(16, "13:00", gmDrivers, stuart, "my neighbour's Micra turns over slowly and won't start "
                + "on cold mornings. is anyone mobile near Mold who could look at it?");
        Post dmPart = say(16, "14:00", gmWorkshop, dominic, "anyone know the belt kit part number for the 1.2 "
                + "Puretech 130? the factors sent the wrong one");
        Post keSorry = re(16, "14:15", kerry, dmPart, "that'll be us 🙈 I'll get the right one out on the Friday "
                + "van, no charge");
        re(16, "14:20", dominic, keSorry, "legend");
        re(17, "09:00", gareth, stMicra, "@Dominic Sheard this one's on your patch, mate");
        Post dmNoShow = say(17, "12:00", gmWorkshop, dominic, "three no-shows this month. is it just me or are "
                + "people booking two mechanics and taking whoever turns up first?");
        Post gaDep = re(17, "12:30", gareth, dmNoShow, "happens. I take a £20 deposit for mobile jobs now");
        re(17, "12:40", dominic, gaDep, "might start doing that");
        say(18, "08:00", gmWorkshop, kerry, "last reminder, the axle promo ends Friday: "
                + "brakeline.example/axle-promo");
        Post dmTix = say(18, "08:30", gmTea, dominic, "@Gareth Pennock NEC tickets booked, Thursday it is");
        re(18, "08:45", gareth, dmTix, "nice one");
        re(19, "10:00", stuart, stMicra, "sorted, the neighbour called the AA in the end, the battery was done");
        Post dmDone = say(19, "15:00", gmWorkshop, dominic, "Puretech done and out. eleven hours. charging for "
                + "eight");
        Post gaDone = re(19, "15:20", gareth, dmDone, "that's the job. well done");
        re(19, "15:25", dominic, gaDone, "cheers");
        Post dmSat = say(20, "09:00", gmWorkshop, dominic, "anyone keeping Saturday hours over the winter?");
        re(20, "09:30", gareth, dmSat, "mornings only, nine till one");
        say(20, "11:00", gmParts, kerry, "Thanks all for the orders this week, the Varta deal carries on into "
                + "November");
        say(21, "10:00", gmTea, dominic, "@Kerry Ashdown belt kit arrived, the right one this time, thanks");
    }

    private void motCentre() {
        // W42
        say(1, "08:00", krNews, lesley, "Morning all. Winter opening hours start 28 October: Mon-Fri 8-5:30, Sat 8-12. "
                + "Book online as usual: kelletroad.example/book");
        Post neQ = say(1, "09:30", krAsk, neville, "Morning Lesley, the Volvo's MOT is due on the 2nd. any chance of "
                + "an early slot on the Thursday before? I'll wait for it as usual");
        Post joNe = re(1, "09:45", jodie, neQ, "Hi Neville! Thursday 24th at 8am is yours. see you then");
        re(1, "09:50", neville, joNe, "lovely, thanks Jodie");
        Post maQ = say(2, "11:00", krAdvisories, marsha, "First MOT with you, passed (phew) but with 'nearside front "
                + "tyre close to legal limit' and 'steering rack gaiter slightly deteriorated'. What does that mean "
                + "and how urgent is it?");
        Post imMa = re(2, "11:30", imran, maQ, "Hi Marsha, that was me. The tyre is at about 2mm and the legal limit "
                + "is 1.6, so you have a few hundred miles in it, not a few thousand; I'd replace it within the month. "
                + "The gaiter is the rubber boot on the steering rack, it's perished. Not urgent, but if it splits, "
                + "grit gets into the rack. Both are cheap to fix now.");
        Post maTyre = re(2, "11:45", marsha, imMa, "that's really clear, thank you. can you quote for the tyre?");
        Post joTyre = re(2, "12:00", jodie, maTyre, "Hi Marsha, a mid-range 205/55 R16 is £78 fitted and balanced. "
                + "Friday morning?");
        re(2, "12:10", marsha, joTyre, "Friday's great, book me in");
        Post deLess = say(3, "10:00", krLounge, declan, "Anyone need driving lessons for their teenagers? I'm a local "
                + "instructor, manual and auto, first lesson half price: fairleydriving.example");
        Post neLess = re(3, "10:30", neville, deLess, "my grandson turns 17 next month, I'll pass it on");
        re(3, "10:35", declan, neLess, "cheers Neville, any time");
        Post maWait = say(5, "09:00", krAsk, marsha, "is there somewhere to wait on Friday or should I go into "
                + "town?");
        Post leWait = re(5, "09:15", lesley, maWait, "there's the waiting room with coffee and wifi, it takes about 40 "
                + "minutes. or the café on the corner does a good bacon roll");
        re(5, "09:20", marsha, leWait, "bacon roll it is");
        Post maThx = re(6, "12:00", marsha, joTyre, "new tyre on and the car feels so much better on roundabouts. "
                + "thanks @Jodie Farrant and @Imran Qureshi");
        re(6, "12:20", imran, maThx, "👍 safe driving");
        // W43
        say(8, "08:00", krNews, imran, "Reminder: the MOT bay is closed Wednesday afternoon for its yearly equipment "
                + "calibration. Jodie will move anyone booked in.");
        Post deDual = say(8, "09:00", krAsk, declan, "hi, my instructor car needs the dual-control pedals checking, "
                + "can you look at them during the service?");
        Post leDual = re(8, "09:20", lesley, deDual, "we can, Declan, we did one for another school last month. I'll "
                + "add it to Thursday's job sheet");
        re(8, "09:30", declan, leDual, "great, thanks Lesley");
        say(8, "10:00", krLounge, declan, "Driving lessons: two Saturday slots free, theory test help included, "
                + "fairleydriving.example/book");
        say(9, "08:30", krNews, jodie, "Winter check: battery, antifreeze, wipers and tyres looked over for £25 "
                + "through November. Book at kelletroad.example/winter-check");
        Post neRef = re(9, "11:00", neville, joNe, "The Volvo passed, thank you all. My son and my next-door neighbour "
                + "are both booking with you now, I've told them there's nowhere better");
        re(9, "11:10", jodie, neRef, "Aw Neville, that's so kind, thank you! tell them to mention your name");
        say(10, "10:00", krAdvisories, neville, "@Imran Qureshi the sheet says 'rear brake disc worn, pitted or "
                + "scored, but not seriously weakened'. Is that a do-it-now job or a next-year job? I only do about "
                + "4,000 miles a year");
        Post maSvc = say(10, "14:00", krAsk, marsha, "can I book the annual service for the 30th?");
        Post joSvc = re(10, "14:10", jodie, maSvc, "the 30th at 9 is free, shall I pop you in?");
        re(10, "14:15", marsha, joSvc, "yes please!");
        say(11, "08:00", krNews, imran, "Calibration done, all bays testing as normal from today.");
        Post deAim = say(11, "09:00", krAdvisories, declan, "my advisory says 'headlamp aim slightly high'. is that me "
                + "or the car?");
        Post imAim = re(11, "09:30", imran, deAim, "The car, Declan. Usually a loose adjuster or a heavy boot. We "
                + "can re-aim it in five minutes next time you're in, no charge");
        re(11, "09:40", declan, imAim, "ha, it's the boot full of cones. thanks Imran");
        Post dePass = say(11, "10:00", krLounge, declan, "My pass rate is 68% this year, well above the national "
                + "average. booking now: fairleydriving.example/book");
        Post leNote = re(12, "11:00", lesley, dePass, "Declan, happy for you to mention the school now and then, but "
                + "could we keep the waiting room for chat? There's a noticeboard by reception for local businesses");
        re(12, "11:30", declan, leNote, "fair enough Lesley, sorry. I'll pin a card up");
        Post neDisc = say(13, "12:00", krAdvisories, neville, "@Imran Qureshi any thoughts on the disc? no rush");
        // W44
        Post imDisc = re(15, "09:00", imran, neDisc, "Sorry Neville, I missed this. At 4,000 miles a year you'll get "
                + "another year out of them, we'll look again at the next MOT");
        re(15, "09:20", neville, imDisc, "perfect, thank you Imran");
        joins(15, "13:00", krAsk, harriet);
        Post haQ = say(15, "13:05", krAsk, harriet, "Hi, new here. do you MOT campervans? mine's a Transit conversion, "
                + "3.3 tonnes");
        Post imHa = re(15, "13:30", imran, haQ, "Hi Harriet, yes, up to 3,500kg is class 4 so we can test it. the high "
                + "roof fits our bay, I've had a few Transits through");
        re(15, "13:40", harriet, imHa, "brilliant, booking now");
        re(15, "13:45", jodie, haQ, "Welcome Harriet! I can see your booking for Wednesday, all set");
        say(16, "10:00", krNews, lesley, "We're closed Friday 1 November for staff training. Saturday as normal.");
        Post haAdv = say(17, "14:00", krAdvisories, harriet, "passed! one advisory: 'exhaust has a minor leak of "
                + "exhaust gases'. is that a big job on a Transit?");
        Post imAdv = re(17, "14:30", imran, haAdv, "Usually a cracked flexi joint just behind the manifold, Harriet, "
                + "£120-180 fitted. It'll get louder but it isn't urgent, do it before the next MOT");
        re(17, "14:40", harriet, imAdv, "thanks, that's less than I feared");
        Post joQuote = re(17, "15:00", jodie, haAdv, "Harriet, I can price the flexi properly for you if you'd like, "
                + "just say");
        re(17, "15:20", harriet, joQuote, "maybe in the spring, thanks Jodie");
        Post maDone = say(18, "09:00", krLounge, marsha, "Service done, thanks all. the courtesy car was a lovely "
                + "touch");
        re(18, "09:30", lesley, maDone, "Glad it went well Marsha!");
        Post neSon = say(20, "11:00", krLounge, neville, "My son's Golf is in with you Tuesday, he's nervous, be "
                + "gentle 😄");
        re(20, "11:30", jodie, neSon, "we'll look after him!");
    }

    private void voltaOwners() {
        // W42
        Post inWall = say(1, "19:00", evCharging, ingrid, "Picked up my Volta on Saturday! total EV newbie. the granny "
                + "charger takes forever, is a wallbox worth it if I only do 30 miles a day?");
        Post rhWall = re(1, "19:30", rhys, inWall, "Congrats Ingrid! At 30 miles a day the granny lead refills you "
                + "overnight, so a wallbox is nice to have, not a must. The bigger win is a night tariff. I keep a "
                + "sheet of what owners pay: sheets.example/volta-tariffs");
        re(1, "19:45", yvonne, inWall, "Welcome! I managed two years on a granny lead. sort a cheap night tariff "
                + "first");
        re(1, "20:00", ingrid, rhWall, "thanks!");
        Post brPort = say(2, "08:30", evFaults, bronwen, "anyone else getting a 'charge port fault' message since the "
                + "4.2 update? only when it rains");
        Post lePort = re(2, "09:10", leon, brPort, "yes, after 4.2. the dealer reset the port module and it hasn't "
                + "come back. ask them for TSB 22-041");
        re(2, "09:30", bronwen, lePort, "brilliant, ringing them now");
        Post inRegen = say(3, "18:00", evFaults, ingrid, "the car says 'regen limited' every morning, is it "
                + "broken?");
        re(3, "18:20", rhys, inRegen, "not broken! a cold battery can't take much charge, so it limits regen until "
                + "it warms up. precondition while it's plugged in and the message goes. which firmware are you on? "
                + "4.1 had a bug that showed it all day");
        re(3, "18:25", yvonne, inRegen, "mine does it every frosty morning, it's normal");
        Post otInv = say(4, "12:00", evTrips, otto, "Did Bristol to Inverness last week in the Volta, four stops. "
                + "write-up and video for anyone planning a long one: youtube.example/ottodrives/inverness");
        Post yvInv = re(4, "12:30", yvonne, otInv, "great video, the Abington charger queue bit made me laugh");
        re(4, "12:40", otto, yvInv, "it was a 40-minute queue, it was laugh or cry");
        Post inPub = say(5, "19:00", evCharging, ingrid, "which public chargers are actually reliable? the app shows "
                + "loads but the reviews say half of them are broken");
        re(5, "19:30", rhys, inPub, "the ones at big motorway services with six or more units are safest. I mark "
                + "the reliable ones on the second tab of the sheet: sheets.example/volta-tariffs");
        Post leMap = re(5, "19:45", leon, inPub, "use the live status map, it shows broken units in real time: "
                + "chargemap.example/live");
        re(5, "20:00", ingrid, leMap, "thanks");
        Post brThx = re(6, "10:00", bronwen, lePort, "dealer fixed the port in 20 minutes. thanks @Leon Hartigan");
        re(6, "10:10", leon, brThx, "result");
        Post inTyre = say(7, "17:00", evFaults, ingrid, "another question sorry, the tyre pressure warning came on. "
                + "do I use the same pressure as a petrol car?");
        Post yvTyre = re(7, "17:15", yvonne, inTyre, "it's on the sticker inside the driver's door, 2.5 bar for the "
                + "18-inch wheels. EVs run a bit higher because of the weight");
        re(7, "17:30", ingrid, yvTyre, "ok");
        // W43
        Post yvTar = say(8, "19:00", evCharging, yvonne, "Night tariff goes up 2p from November. still worth it but "
                + "annoying");
        re(8, "19:20", leon, yvTar, "same here. I've switched to the 4-hour one, cheaper if you can fit into it");
        Post leGretna = say(9, "12:00", evTrips, leon, "anyone been to the new hub at Gretna? planning Carlisle to "
                + "Glasgow next week");
        Post otGretna = re(9, "12:30", otto, leGretna, "stopped there on the Inverness run. eight units, all working, "
                + "the coffee's terrible");
        re(9, "12:40", leon, otGretna, "good enough for me");
        Post brClick = say(10, "18:00", evFaults, bronwen, "is it normal for the car to click and whirr for a minute "
                + "after I lock it?");
        Post inClick = re(10, "18:20", ingrid, brClick, "mine does that too, the dealer told me it's the battery "
                + "cooling pump running on. nothing to worry about");
        re(10, "18:30", bronwen, inClick, "oh good, thanks Ingrid");
        Post rhSheet = say(11, "09:00", evCharging, rhys, "updated the tariff sheet with November prices, thanks to "
                + "everyone who sent theirs in: sheets.example/volta-tariffs");
        Post yvHero = re(11, "09:15", yvonne, rhSheet, "you're a hero for keeping that going");
        re(11, "09:20", rhys, yvHero, "it's a hobby at this point 😄");
        Post inTrip = say(13, "11:00", evTrips, ingrid, "first long trip done, Leeds to Oxford, one stop at "
                + "Leicester Forest East. used Rhys's sheet and it was spot on");
        re(13, "11:15", rhys, inTrip, "brilliant, glad it helped");
        say(14, "10:00", evFaults, leon, "the 4.3 update is landing this week for some of us. the release notes "
                + "promise better range estimates in the cold");
        // W44
        Post otHigh = say(16, "08:00", evTrips, otto, "NEW VIDEO: the Volta against the Highlands in winter, range "
                + "tested. please like and subscribe, every sub helps the channel grow! "
                + "youtube.example/ottodrives/highlands");
        say(16, "08:05", evCharging, otto, "Charging tips in my new Highlands video, like and subscribe if it helps! "
                + "youtube.example/ottodrives/highlands");
        say(16, "08:10", evOff, otto, "new video's up, a sub would mean a lot: youtube.example/ottodrives/highlands");
        Post yvApple = re(16, "12:00", yvonne, otHigh, "did you make it over the Applecross pass in the cold?");
        re(16, "13:00", otto, yvApple, "just about, 40% left at the top and a very nervous passenger");
        say(17, "19:00", evOff, leon, "off to my cousin's wedding in Seville tomorrow, back in a week. don't break "
                + "anything while I'm gone");
        Post yvLeon = say(18, "10:00", evCharging, yvonne, "@Leon Hartigan which 4-hour tariff did you go for? "
                + "thinking of switching");
        Post rhLeon = re(18, "10:30", rhys, yvLeon, "Leon's in Spain till next week. the 4-hour ones are in the "
                + "sheet too, third tab");
        re(18, "10:40", yvonne, rhLeon, "found it, thanks");
        Post brHeat = say(19, "17:00", evFaults, bronwen, "heater blowing cold on the motorway since 4.3, anyone "
                + "else?");
        Post inHeat = re(19, "17:30", ingrid, brHeat, "had that once, a full restart fixed it (hold both scroll "
                + "wheels for ten seconds)");
        re(19, "17:40", bronwen, inHeat, "that did it!");
        Post rhMeet = say(20, "12:00", evOff, rhys, "Volta owners' meet at Rutland Water on 16 November if anyone "
                + "fancies it, just coffee and tyre kicking");
        re(20, "12:20", yvonne, rhMeet, "I'm in");
        re(20, "12:30", ingrid, rhMeet, "I'll come, my first meet!");
    }

    private void touringRiders() {
        // W42
        Post paAlps = say(1, "20:00", mtRoutes, pauline, "Planning the Alps next June on my Tiger 900, two weeks from "
                + "Calais. where do people actually sleep, camping or hotels?");
        Post boAlps = re(1, "20:30", bogdan, paAlps, "a mix. camp in the valleys and take a hotel every third night "
                + "for a proper shower and to dry your kit. book anything near the Stelvio early, it fills by March");
        re(1, "20:45", frank, paAlps, "and ride the Grossglockner early in the morning, before the coaches");
        re(1, "21:00", pauline, boAlps, "that's a good rhythm, thank you both");
        Post saHeat = say(2, "19:00", mtKit, saoirse, "heated grips or a heated vest for October rides? can only "
                + "afford one");
        Post haHeat = re(2, "19:20", hamish, saHeat, "vest every time. warm core, warm hands follow");
        Post grHeat = re(2, "19:30", greta, saHeat, "grips for me, my hands go first. depends where you feel the "
                + "cold");
        re(2, "19:45", saoirse, haHeat, "my hands go first too. grips it is, thank you both");
        Post frSun = say(3, "08:00", mtMeets, frank, "Sunday ride: meet 9:30 at the Ace Cafe, up to Bury St Edmunds "
                + "for lunch. names here so I know numbers: forms.example/lwr-sunday");
        re(3, "09:00", greta, frSun, "I'm in");
        re(3, "10:00", saoirse, frSun, "in, my first group ride!");
        Post haNor = say(4, "18:00", mtReports, hamish, "Back from two weeks in Norway. the Atlantic Road in the rain "
                + "is still the best road I've ridden. a few posts to follow");
        say(4, "18:05", mtReports, hamish, "Days 1-3: ferry to Bergen, then round the Hardangerfjord. wet but "
                + "gorgeous");
        Post paNor = re(4, "18:40", pauline, haNor, "jealous! how did the tyres cope in the wet tunnels?");
        re(4, "19:00", hamish, paNor, "fine, running Anakee Adventures. the tunnel floors are the slippery bit, not "
                + "the roads");
        Post paNav = say(5, "12:00", mtKit, pauline, "what does everyone use for navigation in the Alps? my Garmin is "
                + "ancient");
        Post boNav = re(5, "12:30", bogdan, paNav, "phone on the bars with Calimoto, and a paper map in the tank bag. "
                + "my Garmin died on me on the Furka");
        re(5, "12:40", pauline, boNav, "Calimoto, noted. thanks");
        Post grCom = say(5, "13:00", mtKit, greta, "anyone ride with a Sena or a Cardo? mine keeps dropping out");
        Post paCom = re(5, "13:20", pauline, grCom, "Cardo Packtalk here. dropping out is usually old firmware, "
                + "update it through the app");
        re(5, "13:30", greta, paCom, "updated, seems better already, ta");
        Post frThx = say(7, "18:00", mtMeets, frank, "great ride today, 14 of us. thanks all for coming");
        re(7, "18:10", saoirse, frThx, "loved it, see you next month");
        // W43
        Post paStel = say(8, "19:00", mtRoutes, pauline, "Stelvio question: up from Bormio or from Prato? which "
                + "side is nicer going up?");
        Post boStel = re(8, "19:30", bogdan, paStel, "Prato side, the 48 hairpins. come down to Bormio, then the "
                + "Gavia if you're brave");
        re(8, "19:40", pauline, boStel, "48 hairpins on a loaded Tiger, wish me luck");
        Post haD4 = say(9, "20:00", mtReports, hamish, "Days 4-7: Geiranger and Trollstigen. the fog at the top of "
                + "Trollstigen was like riding into milk");
        Post saFerry = re(9, "20:30", saoirse, haD4, "which ferry did you take over from the UK? the Newcastle one "
                + "doesn't run any more, does it?");
        say(10, "20:00", mtReports, hamish, "Days 8-10: the Atlantic Road, then along the coast to Kristiansund. blue "
                + "sky for once");
        say(11, "20:00", mtReports, hamish, "Days 11-14: home through Sweden and Denmark, long motorway days, heated "
                + "grips on the whole way");
        Post frNov = say(13, "09:00", mtMeets, frank, "November ride is Sunday 17th, from the Ace again, down to the "
                + "coast at Rye. names: forms.example/lwr-sunday");
        re(13, "09:30", pauline, frNov, "count me in");
        Post boAway = say(14, "17:00", mtRoutes, bogdan, "off to Morocco tomorrow for two weeks, ferry from "
                + "Algeciras, phone mostly off. back on the 10th");
        re(14, "17:20", frank, boAway, "ride safe, photos when you're back!");
        // W44
        Post paGavia = say(15, "19:00", mtRoutes, pauline, "@Bogdan Ilic is the Gavia OK on a big bike or is it "
                + "single track the whole way?");
        Post frGavia = re(15, "19:30", frank, paGavia, "Bogdan's in Morocco. I did the Gavia on my GS two summers ago, "
                + "it's narrow but fine if you take it slowly. watch the unlit tunnel near the top");
        re(15, "19:40", pauline, frGavia, "thanks Frank, slowly it is");
        Post grFerry = re(16, "20:00", greta, saFerry, "@Saoirse Kinsella no Newcastle ferry any more, most people go "
                + "Harwich to Hook of Holland and ride up through Denmark");
        re(16, "20:15", saoirse, grFerry, "thank you! that's the plan then");
        Post haFerry = re(17, "12:00", hamish, saFerry, "sorry Saoirse, only just seen this. Harwich to the Hook, "
                + "then up through Denmark, like Greta said");
        re(17, "12:10", saoirse, haFerry, "no worries, loving the reports");
        Post saGrips = re(18, "18:00", saoirse, grHeat, "grips fitted! first cold ride today and my hands were "
                + "toasty. thanks @Greta Lindholm");
        re(18, "18:10", greta, saGrips, "told you 😄");
        Post frRye = say(19, "08:00", mtMeets, frank, "reminder: Rye ride on the 17th, 11 names so far. "
                + "forms.example/lwr-sunday");
        re(19, "09:00", hamish, frRye, "put me down, I'll bring the flask");
        Post saWales = say(20, "14:00", mtRoutes, saoirse, "thinking about my first overnight trip, Wales in the "
                + "spring. any bike-friendly campsites?");
        re(20, "14:30", hamish, saWales, "there's a good one outside Rhayader, flat pitches and a pub. I'll dig out "
                + "the name");
        Post paBala = re(20, "15:00", pauline, saWales, "the one at Bala lake has a drying room");
        re(20, "15:10", saoirse, paBala, "ooh, a drying room. thank you!");
    }

    private void recoveryOperators() {
        // W42
        say(1, "07:00", rcRoad, shona, "A1(M) northbound shut J47 to J48 after a lorry fire, diversion via the A168. "
                + "live map: traffic.example/a1m");
        Post caIns = say(1, "07:30", rcOps, carl, "anyone had the new questionnaire from the insurers? they want "
                + "dashcam footage on every motorway job now");
        re(1, "07:50", shona, caIns, "aye, got it Friday. we already run cameras so no bother, but the smaller firms "
                + "will struggle");
        re(1, "08:00", desmond, caIns, "another form. we'll be doing paperwork instead of lifting cars soon");
        Post ruAstra = say(2, "10:00", rcJobs, ruth, "Ruth, workshop manager at Pemberton Motors, Harrogate. A "
                + "non-runner Astra at a customer's house in Knaresborough needs bringing in Thursday morning. "
                + "@Shona Baird are you able?");
        Post shAstra = re(2, "10:30", shona, ruAstra, "Yes Ruth, Thursday 8am, I'll text the customer");
        re(2, "10:35", ruth, shAstra, "perfect as always");
        Post maLift = say(3, "12:00", rcKit, marek, "For sale: Eezi-Tow wheel-lift, 2019, serviced, just off my old "
                + "3.5t. £2,400, buyer collects from Bradford. photos: photos.example/marek/wheel-lift");
        Post caLift = re(3, "12:30", carl, maLift, "would it fit a Sprinter chassis?");
        re(3, "12:45", marek, caLift, "it came off a Sprinter, all the brackets are included");
        Post caSpare = say(4, "09:00", rcOps, carl, "anyone got a spare driver Saturday? I've double booked, M62 "
                + "J27 to Hull");
        Post deSpare = re(4, "09:20", desmond, caSpare, "I'm free Saturday, what's the job?");
        Post caJob = re(4, "09:25", carl, deSpare, "Transit with a dropped valve, to a garage in Hull, £180 to you");
        re(4, "09:30", desmond, caJob, "done");
        Post shPhoto = say(5, "14:00", rcOps, shona, "tip for anyone new: photograph the car on the bed before you "
                + "move off, all four sides. saved me a £900 claim last year");
        re(5, "14:20", carl, shPhoto, "and the mileage. had a customer swear blind we'd added 40 miles");
        say(6, "19:00", rcRoad, carl, "A64 at Tadcaster closed both ways, flooding. traffic.example/a64");
        re(7, "11:00", desmond, caJob, "Saturday job done, easy one. cheers Carl");
        // W43
        Post elQ = say(8, "16:00", rcJobs, ellen, "Hi, first time here, hope this is OK. My dad's old Mercedes estate "
                + "has sat on his drive in Harrogate for a year and won't start. He's moving and we need it taken to a "
                + "garage in Leeds. Roughly how much would that be?");
        Post caEl = re(8, "16:30", carl, elQ, "Hi Ellen, it's about 20 miles; a non-runner off a drive is usually "
                + "£110-140. check the handbrake isn't seized, it needs to roll onto the winch. I could do Wednesday "
                + "if that suits, DM me the postcode");
        re(8, "16:45", ellen, caEl, "that's really helpful, Wednesday is perfect, messaging you now");
        say(9, "10:00", ellenDm, desmond, "Hi Ellen, saw your post in Hook and Winch. For £79 a year my Ogle "
                + "Recovery plan covers you and your dad for any breakdown, 24/7, no callout fees. Sign up here: "
                + "oglerecovery.example/plan");
        say(9, "12:00", ellenDm, ellen, "thanks, but Dad's selling the car, so there's no need");
        Post elThx = re(10, "11:00", ellen, caEl, "Car delivered and the garage says it's the fuel pump. thank you "
                + "@Carl Merriman, very smooth");
        re(10, "11:10", carl, elThx, "pleasure, good luck with the move");
        Post deSkates = say(10, "15:00", rcKit, desmond, "Wanted: a set of four second hand skates, anyone?");
        Post maSkates = re(10, "15:30", marek, deSkates, "got a set of Clarke skates, £150, a bit scuffed");
        re(10, "15:35", desmond, maSkates, "I'll take them, can collect Friday");
        say(11, "07:00", rcRoad, shona, "A1(M) J47 open again. traffic.example/a1m");
        Post ruTwo = say(11, "09:00", rcJobs, ruth, "Two for Monday: a Fiesta from Ripon and a Qashqai from "
                + "Boroughbridge, both coming to us. @Shona Baird can you fit both in?");
        Post shTwo = re(11, "09:30", shona, ruTwo, "both fine, the Fiesta first at 8");
        Post ruKia = re(13, "10:00", ruth, shTwo, "Monday's both done, thanks Shona. I've told the Kia dealer across "
                + "the road to use you for their trade-ins too");
        re(13, "10:20", shona, ruKia, "thank you Ruth, that's kind");
        say(14, "18:00", rcRoad, carl, "M62 J26 to J27 overnight closures all next week for resurfacing, 8pm to 6am");
        // W44
        Post shMot = say(15, "08:00", rcOps, shona, "truck's in for its MOT, borrowing my brother's for the week. "
                + "anyone know if hire insurance covers a second driver?");
        Post caMot = re(15, "08:30", carl, shMot, "ours does if you name them, ring the broker");
        re(15, "08:40", shona, caMot, "will do, ta");
        say(16, "09:00", rcJobs, ruth, "@Shona Baird we've got a van stuck at a customer's in Wetherby, could you do "
                + "the Ripon pickup on Thursday instead of Wednesday? need to tell the customer today");
        Post shBlock = say(16, "11:00", rcKit, shona, "anyone selling a spare snatch block? lost one on a farm job");
        Post maBlock = re(16, "11:30", marek, shBlock, "got a 4-tonne one, £35, it's yours");
        re(16, "11:40", shona, maBlock, "sold, I'll grab it Friday");
        Post shCam = say(16, "14:00", rcOps, shona, "brother's truck is a 2009 with no dashcam, feels like driving "
                + "blind");
        re(16, "14:20", carl, shCam, "stick a cheap one on the windscreen for the week, better than nothing");
        Post ruAgain = say(17, "09:00", rcJobs, ruth, "@Shona Baird did you see my message about Thursday?");
        say(17, "10:00", rcOps, shona, "cheap dashcam fitted, sorted");
        Post caRuth = re(17, "15:00", carl, ruAgain, "Ruth, I can do the Ripon one on Thursday if Shona's snowed "
                + "under");
        re(17, "15:20", ruth, caRuth, "yes please Carl, booked");
        say(18, "12:00", rcRoad, shona, "A61 closed at the Showground in Harrogate, crash. traffic.example/a61");
        say(20, "16:00", rcKit, marek, "Still for sale: the Eezi-Tow wheel-lift, now £2,100. "
                + "photos.example/marek/wheel-lift");
    }

    private void caravanOwners() {
        // W42
        Post goCorn = say(1, "10:00", cvChat, gordon, "Morning all. last trip of the season booked, a week in "
                + "Cornwall, then she goes into storage");
        Post liCorn = re(1, "10:20", linda, goCorn, "lucky! ours is already tucked up. where in Cornwall?");
        re(1, "10:30", gordon, liCorn, "near Padstow, the site with the sea view pitches");
        Post alDamp = say(2, "14:00", cvService, alison, "damp meter reading of 22% in the front corner under the "
                + "window. the dealer says it's 'fine for the age'. is it?");
        Post trDamp = re(2, "14:30", trevor, alDamp, "22% is borderline, Alison. under 15 is fine, 15-20 keep an eye "
                + "on it, over 20 water is getting in somewhere. front corners are usually the window seal or the "
                + "marker lights. get it looked at before winter");
        re(2, "14:40", gordon, alDamp, "ours read 24 in the same spot, it was the marker light. £40 to reseal");
        re(2, "15:00", alison, trDamp, "thanks both, I'll ask the dealer to check the seals");
        Post baSale = say(3, "11:00", cvSale, barry, "For sale: 2016 Swift Challenger 580, fixed bed, motor mover, "
                + "awning, lovely condition. £14,500. photos: caravansale.example/barry-580");
        Post liWhy = re(3, "11:20", linda, baSale, "gorgeous. why are you selling?");
        re(3, "11:30", barry, liWhy, "going to a motorhome, the wife's had enough of reversing onto pitches");
        Post liYork = say(4, "19:00", cvSites, linda, "can anyone recommend a quiet site near York for a long weekend "
                + "in March?");
        Post goYork = re(4, "19:20", gordon, liYork, "Goosewood near Sutton-on-the-Forest, adults only, lovely and "
                + "quiet");
        re(4, "19:30", linda, goYork, "perfect, thank you");
        Post goWinter = say(5, "09:00", cvService, gordon, "@Trevor Oakes is it worth winterising the water system "
                + "myself or paying someone? first year doing it on my own");
        Post trWinter = re(5, "09:30", trevor, goWinter, "easy to do yourself, Gordon. drain the tank, open all the "
                + "taps, lift the drain valve, leave the taps open and take the filter out so it doesn't crack. twenty "
                + "minutes");
        re(5, "09:40", gordon, trWinter, "twenty minutes I can do, cheers");
        Post alThx = re(6, "16:00", alison, trDamp, "the dealer found a cracked marker light seal and resealed it "
                + "under warranty. thanks @Trevor Oakes");
        re(6, "16:10", trevor, alThx, "good result");
        // W43
        say(8, "09:00", cvSale, barry, "Price drop on the Swift 580, now £13,900: caravansale.example/barry-580");
        Post baChat = say(8, "19:00", cvChat, barry, "Anyone after a caravan? my Swift is up for sale, a bargain at "
                + "£13,900: caravansale.example/barry-580");
        say(9, "08:00", cvSites, barry, "if anyone touring fancies an upgrade, my Swift 580 is for sale, £13,900: "
                + "caravansale.example/barry-580");
        Post goKnow = re(9, "09:30", gordon, baChat, "we know Barry 😄 good luck with it though");
        re(9, "10:00", barry, goKnow, "ha, sorry, getting desperate");
        Post liMover = say(10, "18:00", cvService, linda, "motor mover clicks but doesn't move. the battery's "
                + "charged. ideas?");
        Post trMover = re(10, "18:20", trevor, liMover, "nine times in ten that's the rollers not fully engaged, "
                + "Linda. if they are, check the isolator switch and the fuse on the battery box");
        Post liDaft = re(10, "18:40", linda, trMover, "it was the isolator. I feel daft");
        re(10, "18:45", trevor, liDaft, "don't, it happens to everyone");
        Post goRack = say(13, "15:00", cvSale, gordon, "Wanted: a second hand Fiamma bike rack for an A-frame, "
                + "anyone?");
        Post baRack = re(13, "15:30", barry, goRack, "I've one coming off the Swift, yours for £40 if you want it");
        re(13, "15:40", gordon, baRack, "deal, I'll pick it up Saturday");
        say(14, "17:00", cvChat, trevor, "fully booked for habitation checks till the 22nd, sorry to those waiting. "
                + "I'll have slots again after that");
        // W44
        joins(15, "10:00", cvChat, nadia);
        Post naHi = say(15, "10:05", cvChat, nadia, "Hi all, just bought my first caravan, a 2008 Elddis. terrified "
                + "and excited");
        re(15, "10:20", gordon, naHi, "welcome Nadia! ask anything, we all started somewhere");
        re(15, "10:30", linda, naHi, "welcome! Elddis vans are solid");
        Post naDamp = say(16, "11:00", cvService, nadia, "the seller's damp report says 25% on the nearside wall by "
                + "the door. is that bad? I've already paid");
        Post trNa = re(16, "11:30", trevor, naDamp, "25% there usually means the door frame seal is letting water in. "
                + "fixable, but don't leave it over winter. I can come out and do a full damp survey next week, £95, "
                + "DM me");
        re(16, "11:45", gordon, naDamp, "don't panic, mine was fixable. get a second opinion too");
        re(16, "12:00", nadia, trNa, "oh. I'll think about it, thanks");
        Post alDry = say(17, "10:00", cvService, alison, "@Trevor Oakes mine's down to 12% after the reseal 🎉");
        re(17, "10:20", trevor, alDry, "brilliant, that's dry");
        Post baSold = say(18, "14:00", cvSale, barry, "Swift sold! thanks everyone for putting up with me");
        re(18, "14:20", linda, baSold, "congrats Barry, enjoy the motorhome");
        Post goPad = say(19, "09:00", cvSites, gordon, "Padstow was magical. storage tomorrow, a sad day");
        re(19, "09:30", alison, goPad, "the saddest drive of the year");
        Post naSeal = say(20, "11:00", cvService, nadia, "a local repairer looked at the door seal, £180 to reseal, "
                + "booked for next week");
        re(20, "11:15", trevor, naSeal, "that's a fair price, good call");
    }

    private void wrapFitters() {
        // W42
        Post joChrome = say(1, "09:00", wrBench, jordan, "chrome vinyl on a wing mirror keeps lifting at the edges "
                + "after a day. I'm post-heating. what am I missing?");
        Post anChrome = re(1, "09:30", anya, joChrome, "chrome wants post-heating hotter than the standard films, "
                + "about 100°C, and wrap the edges at least 5mm round. and let it sit a day before it sees the cold");
        re(1, "09:40", jordan, anChrome, "I was only doing about 80. will try hotter");
        say(1, "10:00", wrSupply, lewis, "New in: Avery Supreme Wrapping Film, the satin range, full rolls and metre "
                + "cuts. price list: lewisvinyl.example/avery-satin");
        Post kiQ = say(2, "12:00", wrAsk, kieran, "Plumber in Leicester, just got a new Transit Custom. what does "
                + "basic lettering cost? name and number on both sides and the back");
        Post anKi = re(2, "12:30", anya, kiQ, "for cut lettering on both sides and the back, somewhere around "
                + "£250-400 depending on how fancy. a half wrap with printed graphics starts around £900. get a proof "
                + "before anything is cut");
        re(2, "12:40", wesley, kiQ, "and ask for cast vinyl, not calendered, if you want it to outlast the van "
                + "lease");
        re(2, "13:00", kieran, anKi, "really useful, thank you. hadn't even heard of cast vs calendered");
        Post weGolf = say(3, "15:00", wrShow, wesley, "Full colour change on a Golf R, satin black to nardo grey. "
                + "before and after: wesleywraps.example/golf-r");
        Post anGolf = re(3, "15:20", anya, weGolf, "that seam on the roof is invisible, nice work");
        re(3, "15:30", wesley, anGolf, "took me two goes, don't tell anyone");
        re(4, "11:00", jordan, anChrome, "hotter worked on the chrome, thanks Anya");
        Post weTape = say(4, "11:30", wrBench, wesley, "anyone found a knifeless tape that doesn't leave residue?");
        Post leTape = re(4, "11:50", lewis, weTape, "the 3M one is still the cleanest I've used. I've got it at £34 a "
                + "roll if you need some");
        re(4, "12:00", wesley, leTape, "I'll grab two with the next order");
        Post saJas = say(5, "10:00", wrAsk, samira, "Anya did my flower van last year and people still stop me in the "
                + "street about it. I've sent my friend Jas to her for her cake van");
        re(5, "10:20", anya, saJas, "Samira! thank you, that van is still one of my favourites");
        Post lePrice = say(6, "14:00", wrSupply, lewis, "Heads up: Oracal 970 prices go up 6% on 1 November. order "
                + "before then if you use a lot of it");
        Post anRolls = re(6, "14:20", anya, lePrice, "ugh. put me down for two rolls of the gloss white");
        re(6, "14:25", lewis, anRolls, "done, out Monday");
        // W43
        Post joBub = say(8, "08:30", wrBench, jordan, "bubbles keep appearing on a bonnet wrap two days after fitting. "
                + "it went down fine on the day. what gives?");
        Post weBub = re(8, "09:00", wesley, joBub, "outgassing, usually from fresh paint or not enough heat. was the "
                + "bonnet resprayed recently?");
        Post joBub2 = re(8, "09:15", jordan, weBub, "yes, two weeks ago at the customer's bodyshop");
        Post weBub2 = re(8, "09:30", wesley, joBub2, "there's your answer. paint needs 30 days at least. prick them "
                + "with a fine needle and heat, and tell the customer why");
        re(8, "09:40", jordan, weBub2, "makes sense. thanks");
        Post joLam = say(9, "13:00", wrBench, jordan, "laminate going cloudy on a printed panel after a week, any "
                + "idea?");
        Post leLam = re(9, "13:20", lewis, joLam, "which laminate? the cheap polymeric ones do that if the print "
                + "hasn't had 24 hours to outgas first");
        Post joLam2 = re(9, "13:30", jordan, leLam, "the cheap one, and I laminated the same day. lesson learned");
        re(9, "13:35", lewis, joLam2, "give it a day. or use the cast laminate, it's more forgiving");
        Post kiQuotes = say(10, "10:00", wrAsk, kieran, "Got three quotes for the Transit: £280, £350 and £600! why "
                + "such a gap?");
        Post anQuotes = re(10, "10:30", anya, kiQuotes, "£600 is probably printed vinyl with a design fee, the others "
                + "cut lettering. ask each one which vinyl and whether design is included. cheapest isn't always best, "
                + "but £600 for lettering is high");
        re(10, "10:45", kieran, anQuotes, "the £600 one is printed, you're right. going with the £350");
        Post joDoor = say(11, "11:00", wrBench, jordan, "door handle recesses keep lifting on a Transit, anyone got a "
                + "trick?");
        Post anDoor = re(11, "11:20", anya, joDoor, "a relief cut at the deepest point and primer pen on the edge. and "
                + "don't stretch into it, lay it in");
        re(11, "11:40", jordan, anDoor, "primer pen! never used one. trying it this afternoon");
        Post joWorked = re(11, "16:00", jordan, anDoor, "worked a treat, not a lift in sight");
        re(11, "16:10", anya, joWorked, "👌");
        Post anCake = say(12, "15:00", wrShow, anya, "Jas's cake van, finished today. pastel pink with gold leaf "
                + "lettering 🧁 anyawraps.example/cake-van");
        re(12, "15:20", samira, anCake, "it looks even better than mine! Jas is over the moon");
        re(12, "15:30", wesley, anCake, "the gold is gorgeous");
        re(14, "10:00", kieran, anQuotes, "lettering's done and it looks brilliant. thanks everyone for the advice");
        // W44
        re(15, "10:00", tobias, anCake, "Great work! We help wrap shops like yours get 20+ qualified leads a month. "
                + "grab 15 min: calendar.example/tobias-renner");
        Post toWe = say(15, "10:10", wrBench, tobias, "@Wesley Hammond saw your Golf R, lovely. we help wrap shops "
                + "fill their diaries, book a call here: calendar.example/tobias-renner");
        Post anNo = re(15, "11:00", anya, toWe, "no thanks, we're busy enough");
        re(15, "11:10", tobias, anNo, "totally get it! the offer's open if things slow down 👍");
        Post saPeel = say(17, "11:00", wrAsk, samira, "@Anya Petrosyan the back door graphic has started peeling at "
                + "one corner after a year, is that something you'd look at?");
        Post anPeel = re(17, "11:30", anya, saPeel, "of course, pop in Friday morning. it's a ten minute fix and no "
                + "charge");
        re(17, "11:40", samira, anPeel, "you're a gem");
        Post kiWash = say(18, "14:00", wrAsk, kieran, "one more question: will the lettering survive a jet wash?");
        Post joWash = re(18, "14:20", jordan, kiWash, "yes, just keep the lance a foot away from the edges and don't "
                + "blast straight at them");
        re(18, "14:30", kieran, joWash, "good to know, ta");
        Post leOld = say(19, "10:00", wrSupply, lewis, "Oracal price rise is live now. I've still got some old-price "
                + "gloss black and white, first come first served");
        Post joOld = re(19, "10:20", jordan, leOld, "I'll take a roll of the black");
        re(19, "10:25", lewis, joOld, "on the van Monday");
        Post joShow = say(20, "15:00", wrShow, jordan, "first full chrome job done without a single lift. thanks to "
                + "this lot: jordanwraps.example/chrome-mirror");
        re(20, "15:20", anya, joShow, "look at that! proper job");
    }

    private void plateExchange() {
        // W42
        Post paDad = say(1, "10:00", plTalk, parveen, "Just found out my dad's old plate, 6 PS, went for £23k at "
                + "auction last week. he sold it in 1989 for £400. the family is devastated");
        re(1, "10:20", nigel, paDad, "ouch. the dateless ones only go one way. I had a customer swap a three-digit "
                + "one for a Sierra in 1992");
        re(1, "10:40", russell, paDad, "if it helps him, £400 in 1989 was a fortnight in Spain");
        say(2, "09:00", plListings, nigel, "For sale: N16 ELA, on retention, £3,250 including the transfer. good for "
                + "Nigel or Niela");
        Post eaHug = say(2, "09:05", plListings, eamon, "K9 HUG, perfect for a dog lover, £1,995: "
                + "platemarket.example/k9hug");
        Post weQ = say(2, "14:00", plTransfer, wendy, "I've bought my husband a plate for his 50th. it's on a "
                + "retention certificate in my name. how do I get it onto his car without him finding out?");
        Post niWe = re(2, "14:30", nigel, weQ, "Lovely present. You're the grantee, so you can add him as the nominee "
                + "online on the DVLA site, then assign it to his car with the reference from his V5C. he'll get a new "
                + "V5C in the post, so you might want to catch the post that week 😄");
        re(2, "14:50", wendy, niWe, "ha! I'll intercept it. thank you so much");
        Post huWant = say(3, "11:00", plWanted, hugo, "Looking for anything with HUG or HUGO in it, budget around "
                + "£1,500");
        Post ruWant = re(3, "11:30", russell, huWant, "watch out for HUG0 types, it's illegal to space or bolt them "
                + "to read HUGO. nothing on my books, but keep an eye on the auctions");
        re(3, "11:40", hugo, ruWant, "good tip, thanks");
        say(3, "12:00", plListings, eamon, "ST4 NLY, £2,750: platemarket.example/st4nly");
        say(5, "10:00", plListings, eamon, "R4 CHL, £1,450: platemarket.example/r4chl");
        Post weDone = re(6, "18:00", wendy, niWe, "Done! he cried. thank you @Nigel Armitage");
        re(6, "18:10", nigel, weDone, "made my week");
        Post paPs = say(7, "12:00", plWanted, parveen, "after any mark with PS in it for my dad, to make up for 6 PS. "
                + "budget £2k");
        Post ruPs = re(7, "12:30", russell, paPs, "I've got 51 PS on retention, £1,900 to you. 51 is the year he was "
                + "born if I remember right?");
        re(7, "12:45", parveen, ruPs, "you remember right! let me talk to Dad");
        // W43
        say(8, "09:00", plListings, eamon, "M1 KEY, £3,500: platemarket.example/m1key");
        say(8, "09:10", plListings, eamon, "B16 DAD, £2,200: platemarket.example/b16dad");
        re(8, "14:00", hugo, eaHug, "is K9 HUG still available? would you take £1,700?");
        say(9, "09:00", plListings, eamon, "SA11 LYS, £950: platemarket.example/sa11lys");
        say(9, "09:05", plListings, eamon, "J0 GGR, £1,200: platemarket.example/j0ggr");
        Post paYes = say(9, "15:00", plTalk, parveen, "Dad said yes to 51 PS! @Russell Kemp how do we do the "
                + "transfer?");
        re(9, "15:30", russell, paYes, "I'll send the certificate over tonight and walk you through it, it's easy");
        say(9, "19:00", hugoDm, hugo, "Hi Eamon, Hugo from Plate Exchange. I asked under your listing but maybe you "
                + "missed it: is K9 HUG still for sale? I could do £1,750 and pay this week");
        say(10, "09:00", plListings, eamon, "CH10 EEE, £850: platemarket.example/ch10eee");
        say(10, "09:05", plListings, eamon, "T0 NYS, £1,600: platemarket.example/t0nys");
        Post paNom = say(10, "11:00", plTransfer, parveen, "got the certificate from Russell. where do I put the "
                + "nominee's name?");
        Post niNom = re(10, "11:20", nigel, paNom, "on the online form it's step 2, 'add a nominee'. put your dad's "
                + "name exactly as it is on his V5C");
        re(10, "11:30", parveen, niNom, "done! thank you");
        say(11, "09:00", plListings, eamon, "L4 URA, £1,100: platemarket.example/l4ura");
        say(11, "09:05", plListings, eamon, "D4 NNY, £1,300: platemarket.example/d4nny");
        Post huStill = say(11, "14:00", plWanted, hugo, "still looking for a HUG plate. any dealers got one?");
        Post niHug = re(11, "14:30", nigel, huStill, "nothing with HUG, but Eamon had K9 HUG up a couple of weeks "
                + "ago, worth chasing him");
        re(11, "14:40", hugo, niHug, "I have, twice 😅 no reply");
        say(12, "09:00", plListings, eamon, "Weekend offer: 10% off any of my marks this week, all listed at "
                + "platemarket.example/eamon");
        say(12, "09:05", plListings, eamon, "P4 TSY, £990: platemarket.example/p4tsy");
        Post ruNec = say(12, "16:00", plTalk, russell, "anyone going to the Classic Car Show at the NEC? we've got a "
                + "stand");
        re(12, "16:20", nigel, ruNec, "I'll be there Saturday, I'll come and say hello");
        say(13, "10:00", plListings, eamon, "GR4 HAM, £1,400: platemarket.example/gr4ham");
        Post weWen = say(13, "11:00", plWanted, wendy, "now my husband wants to get me one back 😄 anything with WEN "
                + "in it?");
        Post ruWen = re(13, "11:30", russell, weWen, "W3 NDY is on my books at £1,650, or dateless WEN ones turn up "
                + "at the DVLA auctions now and then");
        re(13, "11:40", wendy, ruWen, "ooh, sending that to him");
        // W44
        say(15, "10:00", plListings, eamon, "Sold: M1 KEY. thanks to the buyer");
        say(15, "10:30", plListings, eamon, "New: BR1 ANS, £1,800: platemarket.example/br1ans");
        Post huSorted = re(16, "12:00", hugo, niHug, "got a HUG plate at the DVLA auction in the end, so I'm sorted. "
                + "thanks @Nigel Armitage for the tips");
        re(16, "12:20", nigel, huSorted, "congratulations!");
        Post paCar = say(17, "09:00", plTalk, parveen, "51 PS is on Dad's car. he's been to the shops three times "
                + "today just to park it where people can see");
        re(17, "09:20", russell, paCar, "best part of the job, that");
        re(17, "09:30", nigel, paCar, "ha! love it");
        Post weMine = say(18, "10:00", plTransfer, wendy, "W3 NDY is mine! my husband went to Russell. how long "
                + "does the transfer take?");
        Post ruMine = re(18, "10:20", russell, weMine, "the paperwork's in; the new V5C usually takes two or three "
                + "weeks, but you can put the plates on once it's assigned online");
        re(18, "10:30", wendy, ruMine, "thank you!");
        say(20, "11:00", plListings, nigel, "For sale: 1 NGE, dateless, £8,500 on retention. serious offers only");
    }

    static Map<String, String> files() {
        return new HeldOutScenes95Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 95");
    }
}
