package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 118 (sealed): eight communities of veterinary care and animal services, of kinds no earlier round
 * used (locum vets and vet nurses with a shifts board where practice managers post cover and a cover-swaps room, where
 * a locum vet spends a week arranging a chain of shift swaps with her fellow locums while a practice manager who booked
 * her before waits; a canine hydrotherapy centre's own server, Ripple Canine Hydrotherapy, with its Staff and Clients
 * and a client's DM to the owner; owners of dogs with epilepsy supporting each other where nobody sells, until a
 * CBD-oil seller turns up and DMs a new owner; equine dental technicians with a room where horse owners ask and a
 * rounds-wanted room; a donkey sanctuary's own server, Thistledown Donkey Sanctuary, with its Staff, Supporters and
 * Volunteers and a pet-portrait painter who turns up; reptile and exotic pet keepers with a live-food seller and a
 * video maker among them; horse transporters with a journeys-wanted room where owners post horses to move; boarding
 * kennel owners with a room where dog owners ask, a waitlist room and a booking-software vendor who turns up), over
 * three ISO weeks (2032-W30 to W32), written and labelled by writer118 (session 58) before any coach ran on them. The
 * labels are in {@code bot/src/test/resources/eval/held-out-scenes-118.csv}. Run {@link #main} from the project root
 * to write the export again.
 */
final class HeldOutScenes118Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2032, 7, 19);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2032, 8, 9, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-118";
    private static final int BASE = 92400;

    // --- A. locum vets and vet nurses ---
    private final String locum = cast.guild(1461);
    private final Channel lcLounge = cast.channel(locum, "Locum Cover Collective", "locum-lounge",
            "locums among ourselves: rotas, CPD, clinical chat, car shares, moans", "lc-locum-lounge.json");
    private final Channel lcShifts = cast.channel(locum, "Locum Cover Collective", "shifts-board",
            "practice managers post locum shifts and cover needs; locums reply with availability and rates",
            "lc-shifts-board.json");
    private final Channel lcSwaps = cast.channel(locum, "Locum Cover Collective", "cover-swaps",
            "locums swapping and handing on shifts among ourselves", "lc-cover-swaps.json");
    private final Persona freya = cast.person("freya.castellano", "Freya Castellano");
    private final Persona joel = cast.person("joel.varga", "Joel Varga");
    private final Persona priya = cast.person("priya.raman", "Priya Raman");
    private final Persona callum = cast.person("callum.deane", "Callum Deane");
    private final Persona sandra = cast.person("sandra.whitlock", "Sandra Whitlock");
    private final Persona rohan = cast.person("rohan.mistry", "Rohan Mistry");
    private final Persona agnieszka = cast.person("agnieszka.bury", "Agnieszka Bury");

    // --- B. a canine hydrotherapy centre's own server ---
    private final String ripple = cast.guild(1462);
    private final Role rpStaff = cast.role("Staff", "#3498db", 2);
    private final Role rpClient = cast.role("Client", "#95a5a6", 1);
    private final Channel rpNews = cast.channel(ripple, "Ripple Canine Hydrotherapy", "news",
            "from the Ripple team: opening hours, pool maintenance, new classes", "rp-news.json");
    private final Channel rpAsk = cast.channel(ripple, "Ripple Canine Hydrotherapy", "ask-the-team",
            "clients: questions about sessions, bookings and your dog's programme; the team answers",
            "rp-ask-the-team.json");
    private final Channel rpLounge = cast.channel(ripple, "Ripple Canine Hydrotherapy", "clients-lounge",
            "owners among ourselves: progress, walks, wobbly days", "rp-clients-lounge.json");
    private final Persona meredith = cast.person("meredith.ashcombe", "Meredith Ashcombe", rpStaff);
    private final Persona tobias = cast.person("tobias.fenwick", "Tobias Fenwick", rpStaff);
    private final Persona kirsty = cast.person("kirsty.hamill", "Kirsty Hamill", rpStaff);
    private final Persona dorothy = cast.person("dorothy.penhaligon", "Dorothy Penhaligon", rpClient);
    private final Persona omar = cast.person("omar.haddad", "Omar Haddad", rpClient);
    private final Persona bethan = cast.person("bethan.lloyd", "Bethan Lloyd", rpClient);
    private final Persona niamh = cast.person("niamh.foley", "Niamh Foley");
    private final Channel dmOmarMeredith = cast.dm("2032-07-29", "Meredith Ashcombe", "dm-omar-meredith.json");

    // --- C. owners of dogs with epilepsy (nobody sells) ---
    private final String steady = cast.guild(1463);
    private final Channel spDiaries = cast.channel(steady, "Steady Paws", "seizure-diaries",
            "log your dog's seizures, meds days and bad nights here, and we'll keep you company",
            "sp-seizure-diaries.json");
    private final Channel spMeds = cast.channel(steady, "Steady Paws", "meds-and-vet-visits",
            "phenobarb, Keppra, bromide, bloods, neurologist referrals: owners' experience, not vet advice",
            "sp-meds-and-vet-visits.json");
    private final Channel spGood = cast.channel(steady, "Steady Paws", "good-days",
            "walks, zoomies, seizure-free milestones and our sponsored walk", "sp-good-days.json");
    private final Persona rosalind = cast.person("rosalind.fairweather", "Rosalind Fairweather");
    private final Persona hamish = cast.person("hamish.drummond", "Hamish Drummond");
    private final Persona yusuf = cast.person("yusuf.karaca", "Yusuf Karaca");
    private final Persona wilma = cast.person("wilma.osei", "Wilma Osei");
    private final Persona lottie = cast.person("lottie.brennan", "Lottie Brennan");
    private final Persona gareth = cast.person("gareth.pryor", "Gareth Pryor");
    private final Channel dmLottieGareth = cast.dm("2032-07-28", "Gareth Pryor", "dm-lottie-gareth.json");

    // --- D. equine dental technicians ---
    private final String floatRoom = cast.guild(1464);
    private final Channel fdTalk = cast.channel(floatRoom, "The Float Room", "techs-talk",
            "equine dental technicians among ourselves: cases, kit, sedation, the road", "fd-techs-talk.json");
    private final Channel fdAsk = cast.channel(floatRoom, "The Float Room", "owners-ask",
            "horse owners and yard managers: ask about teeth, quidding, weight loss, bit trouble; techs answer",
            "fd-owners-ask.json");
    private final Channel fdRounds = cast.channel(floatRoom, "The Float Room", "rounds-wanted",
            "yards and owners post visits wanted; techs say when they're in the area", "fd-rounds-wanted.json");
    private final Persona hollis = cast.person("hollis.barraclough", "Hollis Barraclough");
    private final Persona delphine = cast.person("delphine.marchetti", "Delphine Marchetti");
    private final Persona ruairi = cast.person("ruairi.byrne", "Ruairi Byrne");
    private final Persona penelope = cast.person("penelope.tresize", "Penelope Tresize");
    private final Persona martha = cast.person("martha.greenhalgh", "Martha Greenhalgh");
    private final Persona jodie = cast.person("jodie.kerrigan", "Jodie Kerrigan");
    private final Persona saffron = cast.person("saffron.hext", "Saffron Hext");

    // --- E. a donkey sanctuary's own server ---
    private final String thistle = cast.guild(1465);
    private final Role tdStaff = cast.role("Staff", "#27ae60", 3);
    private final Role tdSupporter = cast.role("Supporter", "#e67e22", 2);
    private final Role tdVolunteer = cast.role("Volunteer", "#9b59b6", 1);
    private final Channel tdNews = cast.channel(thistle, "Thistledown Donkey Sanctuary", "sanctuary-news",
            "from the sanctuary team: the yard diary, vet visits, open days", "td-sanctuary-news.json");
    private final Channel tdAdopt = cast.channel(thistle, "Thistledown Donkey Sanctuary", "adopt-a-donkey",
            "adoptions, sponsors' updates and questions for the team", "td-adopt-a-donkey.json");
    private final Channel tdYard = cast.channel(thistle, "Thistledown Donkey Sanctuary", "volunteers-yard",
            "volunteer shifts, grooming days, who's bringing cake", "td-volunteers-yard.json");
    private final Channel tdChat = cast.channel(thistle, "Thistledown Donkey Sanctuary", "paddock-chat",
            "supporters and visitors: photos, visits, donkey chat", "td-paddock-chat.json");
    private final Persona eliza = cast.person("eliza.brackenbury", "Eliza Brackenbury", tdStaff);
    private final Persona fergus = cast.person("fergus.lyall", "Fergus Lyall", tdStaff);
    private final Persona agatha = cast.person("agatha.moorcroft", "Agatha Moorcroft", tdSupporter);
    private final Persona tomasz = cast.person("tomasz.wrobel", "Tomasz Wrobel", tdSupporter);
    private final Persona nell = cast.person("nell.sturridge", "Nell Sturridge", tdVolunteer);
    private final Persona heather = cast.person("heather.dunmore", "Heather Dunmore");
    private final Persona quentin = cast.person("quentin.ashby", "Quentin Ashby");

    // --- F. reptile and exotic pet keepers ---
    private final String scales = cast.guild(1466);
    private final Channel stHusbandry = cast.channel(scales, "Scales & Tails Keepers", "husbandry-help",
            "heating, lighting, humidity, feeding and sheds: ask and answer", "st-husbandry-help.json");
    private final Channel stVet = cast.channel(scales, "Scales & Tails Keepers", "exotic-vet-questions",
            "is this normal? when to see an exotics vet, and which one", "st-exotic-vet-questions.json");
    private final Channel stMarket = cast.channel(scales, "Scales & Tails Keepers", "for-sale-and-wanted",
            "keepers' own animals, kit and live food: post prices and collection details",
            "st-for-sale-and-wanted.json");
    private final Channel stChat = cast.channel(scales, "Scales & Tails Keepers", "basking-spot",
            "off-topic chat", "st-basking-spot.json");
    private final Persona dario = cast.person("dario.lucchesi", "Dario Lucchesi");
    private final Persona maisie = cast.person("maisie.thorburn", "Maisie Thorburn");
    private final Persona elliot = cast.person("elliot.sharma", "Elliot Sharma");
    private final Persona rowena = cast.person("rowena.giddings", "Rowena Giddings");
    private final Persona fenella = cast.person("fenella.roy", "Fenella Roy");
    private final Persona brandon = cast.person("brandon.tully", "Brandon Tully");

    // --- G. horse transporters ---
    private final String horsebox = cast.guild(1467);
    private final Channel hbCab = cast.channel(horsebox, "Horsebox Drivers Network", "drivers-cab",
            "transporters among ourselves: routes, ferries, Defra paperwork, breakdowns", "hb-drivers-cab.json");
    private final Channel hbJourneys = cast.channel(horsebox, "Horsebox Drivers Network", "journeys-wanted",
            "owners post horses to move; drivers quote", "hb-journeys-wanted.json");
    private final Channel hbForSale = cast.channel(horsebox, "Horsebox Drivers Network", "boxes-for-sale",
            "lorries, trailers, rugs and kit for sale or wanted", "hb-boxes-for-sale.json");
    private final Persona carys = cast.person("carys.penberthy", "Carys Penberthy");
    private final Persona ulrich = cast.person("ulrich.haas", "Ulrich Haas");
    private final Persona shona = cast.person("shona.macrae", "Shona MacRae");
    private final Persona philippa = cast.person("philippa.rowntree", "Philippa Rowntree");
    private final Persona declan = cast.person("declan.mooney", "Declan Mooney");
    private final Persona tilly = cast.person("tilly.ferrars", "Tilly Ferrars");

    // --- H. boarding kennel owners ---
    private final String kennels = cast.guild(1468);
    private final Channel kkBack = cast.channel(kennels, "Kennel Keepers North", "back-office",
            "kennel owners among ourselves: licensing, staffing, vaccinations, bookings", "kk-back-office.json");
    private final Channel kkOwners = cast.channel(kennels, "Kennel Keepers North", "dog-owners-ask",
            "dog owners: ask about boarding, kennel cough, settling in; kennel owners answer",
            "kk-dog-owners-ask.json");
    private final Channel kkWait = cast.channel(kennels, "Kennel Keepers North", "summer-waitlists",
            "kennels post last-minute spaces; owners post the dates they need", "kk-summer-waitlists.json");
    private final Persona annabel = cast.person("annabel.crick", "Annabel Crick");
    private final Persona marcus = cast.person("marcus.tennant", "Marcus Tennant");
    private final Persona bridget = cast.person("bridget.caddick", "Bridget Caddick");
    private final Persona gemma = cast.person("gemma.rutherford", "Gemma Rutherford");
    private final Persona pradeep = cast.person("pradeep.nair", "Pradeep Nair");
    private final Persona zofia = cast.person("zofia.krol", "Zofia Krol");
    private final Persona leon = cast.person("leon.stavros", "Leon Stavros");

    private HeldOutScenes118Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        locums();
        hydrotherapy();
        steadyPaws();
        floatRoom();
        donkeySanctuary();
        reptileKeepers();
        horseboxDrivers();
        kennelKeepers();
    }

    private void locums() {
        // W30
        Post saEvenings = say(1, "08:10", lcShifts, sandra, "Meadowbank Vets, Harrogate: we need a locum vet for "
                + "evening consults Mon 26 to Wed 28 July, 2pm to 10pm. Day rate and availability please.");
        Post joEvenings = re(1, "09:00", joel, saEvenings, "I can do all three evenings, £480 a shift. RCVS number "
                + "and CV on request.");
        re(1, "09:30", sandra, joEvenings, "Perfect, booking you now Joel, I'll email the rota.");
        Post prAircon = say(1, "12:00", lcLounge, priya, "Anyone else's car aircon die this week? Drove to Ripon with "
                + "the windows down and arrived looking like I'd been through a hedge.");
        re(1, "12:10", joel, prAircon, "Mine's been dead since June. Iced water and a wet towel on the seat, very "
                + "glamorous.");
        Post roScan = say(2, "07:50", lcShifts, rohan, "Coldharbour Animal Hospital, Leeds: we need abdominal "
                + "ultrasound cover on Thu 22 July, about eight patients booked. Anyone with the certificate?");
        Post frScan = re(2, "08:30", freya, roScan, "I've got my ultrasound certificate and can do the 22nd, £520 for "
                + "the day. Happy to see the list in advance.");
        re(2, "09:05", rohan, frScan, "Great, list coming by email. Thanks Freya.");
        Post caStart = say(2, "19:00", lcLounge, callum, "First month as a freelance locum RVN and I've had two "
                + "shifts. How did you all find practices when you started?");
        Post prStart = re(2, "19:30", priya, caStart, "Ring the practice managers, don't just email. And say yes to "
                + "the awful Saturday mornings at first, they remember who helped.");
        re(2, "19:45", callum, prStart, "Ringing feels terrifying but OK, I'll ring three tomorrow.");
        Post caRang = say(3, "20:00", lcLounge, callum, "Rang three. One wants me for a Saturday, one said they'd keep "
                + "my number, one hung up. Progress?");
        re(3, "20:10", joel, caRang, "That's a good day. One in three is about the going rate.");
        Post frCpd = say(4, "10:00", lcLounge, freya, "Does anyone use the new RCVS CPD app? Mine keeps losing my "
                + "hours.");
        Post prCpd = re(4, "10:20", priya, frCpd, "Export to a spreadsheet every week, it's the only way I trust it.");
        re(4, "10:40", freya, prCpd, "Good shout, doing that from now on.");
        say(4, "17:00", lcShifts, rohan, "Thanks to Freya for today's ultrasound list, smooth as anything. We'll be "
                + "asking again.");
        Post caBank = say(5, "09:00", lcLounge, callum, "How do you price a bank holiday shift as a nurse? Someone "
                + "offered me 30 August.");
        Post joBank = re(5, "09:20", joel, caBank, "Time and a half is normal. Nurses I know ask £30 an hour for bank "
                + "holidays.");
        re(5, "09:40", callum, joBank, "Asked for £30 and they said yes straight away. Should have asked for more!");
        Post saNurse = say(5, "11:00", lcShifts, sandra, "Also looking for a weekend RVN for 7-8 August, kennels and "
                + "ops prep.");
        Post caNurse = re(5, "11:30", callum, saNurse, "I'm free both days. Locum RVN, £26 an hour, happy to send "
                + "references.");
        re(5, "12:00", sandra, caNurse, "Booked, thank you Callum.");
        Post joCar = say(6, "16:00", lcLounge, joel, "Car share to the BSAVA congress day in September? I'm driving "
                + "from York with two seats.");
        re(6, "16:30", freya, joCar, "Yes please, I'll chip in for fuel.");
        say(7, "10:00", lcLounge, priya, "Sunday off. Garden, dogs, no bloods.");
        // W31: Freya spends the week on her own swap chain with fellow locums; Sandra's request waits.
        Post saAsk = say(8, "08:00", lcShifts, sandra, "@Freya Castellano we booked you for our ultrasound list in "
                + "May and the clients loved you. Are you free Tue 10 and Thu 12 August for the same? Two lists of "
                + "about eight.");
        Post frSwap = say(8, "09:00", lcSwaps, freya, "Swap wanted: I need Sat 14 August off for my sister's wedding. "
                + "I can give a Tuesday or Wednesday in exchange, any practice.");
        Post joSwap = re(8, "09:40", joel, frSwap, "I've got the 14th at Thirsk but I'd swap for your Wed 11th if it's "
                + "small animal.");
        Post frDeal = re(8, "10:00", freya, joSwap, "It's small animal, Wetherby, consults only. Deal? I'll check the "
                + "practice is happy for the names to change.");
        re(8, "10:15", joel, frDeal, "Deal from me.");
        joins(9, "08:30", lcShifts, agnieszka);
        Post roOncall = say(9, "09:00", lcShifts, rohan, "Coldharbour: anyone free for Sunday on-call on 22 August?");
        Post joOncall = re(9, "09:30", joel, roOncall, "I'll take it, usual weekend rate.");
        re(9, "09:50", rohan, joOncall, "Thanks Joel, booked.");
        Post frSplit = say(9, "11:00", lcSwaps, freya, "Wetherby are fine with Joel. Thirsk want to know if I'm happy "
                + "with large animal calls, which I'm not. Anyone know if they'd split the day?");
        Post prSplit = re(9, "11:30", priya, frSplit, "They split it for me once. Ring Anne on the desk, not the vet.");
        re(9, "12:00", freya, prSplit, "Thanks, ringing her now.");
        Post agList = say(10, "09:30", lcShifts, agnieszka, "New practice manager at Riverside Vets, Otley. Our "
                + "ultrasound locum cancelled: can anyone cover a list on Fri 13 August? About six patients.");
        Post frCallum = say(10, "14:00", lcSwaps, freya, "Thirsk will split the 14th: Joel does the morning and I need "
                + "someone for 2pm to 7pm. @Callum Deane are they after a nurse that afternoon too?");
        Post caHalf = re(10, "14:40", callum, frCallum, "They are! I'll take the nurse half if you can find the vet.");
        re(10, "15:00", freya, caHalf, "Brilliant, let's tell them together.");
        Post saNudge = re(11, "08:00", sandra, saAsk, "Hi Freya, just checking you saw this? I need to confirm the "
                + "lists by Friday.");
        Post frOlympic = say(11, "12:00", lcLounge, freya, "Shift-swap chains should be an Olympic sport. Three "
                + "practices, four locums, one wedding.");
        Post prSheet = re(11, "12:20", priya, frOlympic, "Put it on a spreadsheet, you'll feel in control even if you "
                + "aren't.");
        re(11, "12:40", freya, prSheet, "Made one. Colour-coded. I feel powerful.");
        Post frCovered = say(12, "10:00", lcSwaps, freya, "Update: the 14th is fully covered. Joel in the morning, "
                + "Callum on the nurse afternoon, and Priya found a vet from her old practice. Thank you all!");
        re(12, "10:20", joel, frCovered, "Enjoy the wedding!");
        Post caBack = say(12, "16:00", lcLounge, callum, "Thirsk just asked me back for two more Saturdays. The swap "
                + "paid off.");
        re(12, "16:15", freya, caBack, "Ha, you owe the wedding one.");
        Post frBsava = say(13, "09:00", lcLounge, freya, "BSAVA day car share: Joel driving, me, and Priya? Can we "
                + "leave York at 6?");
        re(13, "09:30", priya, frBsava, "6 is fine, I'll bring coffee.");
        say(14, "11:00", lcLounge, joel, "Quiet Sunday on call. Three calls, all 'is this normal'. All normal.");
        // W32: Freya answers Sandra with an apology and takes Agnieszka's list.
        Post frLate = re(15, "08:30", freya, saNudge, "Sandra, I'm so sorry, I was buried in sorting my own dates all "
                + "week. Yes to Tue 10 and Thu 12, same rate as May. Do send the lists.");
        re(15, "09:00", sandra, frLate, "Phew! Booked. Lists on Monday.");
        Post frOtley = re(15, "09:10", freya, agList, "Agnieszka, welcome. If the 13th is still open I can do it, "
                + "£520 for the day, and I'll bring my own probe covers.");
        re(15, "10:00", agnieszka, frOtley, "Still open, and yes please. Booking you now.");
        Post caKit = say(16, "13:00", lcLounge, callum, "Does anyone carry their own thermometer and scissors to "
                + "shifts, or is that weird?");
        re(16, "13:20", freya, caKit, "Not weird. Own stethoscope, scissors, pen torch, and a pen that works.");
        Post roAug = say(17, "09:00", lcShifts, rohan, "Coldharbour again: two consult evenings, 24 and 25 August. Day "
                + "rate please.");
        re(17, "10:00", joel, roAug, "I'll take the 24th, £480.");
        Post frAug = re(17, "10:30", freya, roAug, "And I'll take the 25th, same rate.");
        re(17, "11:00", rohan, frAug, "Both booked, thank you.");
        Post prDental = say(18, "19:00", lcLounge, priya, "Who's been to the new dental CPD at Harrogate? Worth it?");
        re(18, "19:30", freya, prDental, "Went in June. The extraction workshop is worth it alone.");
        Post agNurse = say(19, "10:00", lcShifts, agnieszka, "Can anyone recommend a dental nurse locum for "
                + "September? Two days a week.");
        re(19, "10:40", priya, agNurse, "I do dental days! Wednesdays and Thursdays in September are free, £27 an "
                + "hour.");
        say(20, "18:00", lcLounge, joel, "Friday feeling: nobody cried in consults today, including me.");
    }

    private void hydrotherapy() {
        // W30
        say(1, "08:00", rpNews, meredith, "Morning all! The pool is back to 30 degrees after last week's heater "
                + "fault, and every session runs as booked this week.");
        Post omFeed = say(1, "09:30", rpAsk, omar, "Is it OK to feed Barney before his Tuesday swim, or should he go "
                + "in on an empty stomach?");
        Post toFeed = re(1, "10:00", tobias, omFeed, "A light breakfast at least two hours before is fine. Nothing "
                + "big within two hours, or he'll feel it in the water.");
        re(1, "10:20", omar, toFeed, "Two hours it is, thanks Tobias.");
        joins(2, "10:50", rpLounge, bethan);
        Post beHi = say(2, "11:00", rpLounge, bethan, "Hi all, Bethan here with Mungo, a dachshund recovering from "
                + "back surgery. First session on Thursday and I'm more nervous than he is.");
        Post doHi = re(2, "11:20", dorothy, beHi, "Welcome! Bramble was the same after her cruciate op. The team go "
                + "really slowly, he'll wear a life jacket and Tobias talks to them the whole time.");
        re(2, "11:40", bethan, doHi, "That's so reassuring, thank you.");
        Post omLengths = say(3, "15:00", rpLounge, omar, "Barney did six lengths today without stopping. Eleven years "
                + "old! Proud dad.");
        omLengths.react("🎉", dorothy, bethan);
        re(3, "15:30", dorothy, omLengths, "Go Barney!");
        Post beCoat = say(4, "12:00", rpAsk, bethan, "What should Mungo wear home after his session? He's "
                + "short-haired and it's windy on the field where we park.");
        Post kiCoat = re(4, "12:30", kirsty, beCoat, "A towelling coat is ideal, and we dry them in the warm room "
                + "before they leave, so he won't go home damp.");
        re(4, "13:00", bethan, kiCoat, "Perfect, I'll bring his coat.");
        say(5, "09:00", rpNews, kirsty, "Reminder: the car park gate is locked after 6pm from this week, so ring the "
                + "bell for evening sessions.");
        Post beSeal = say(5, "17:00", rpLounge, bethan, "Mungo's first swim done. He paddled like a tiny seal. I cried "
                + "a bit.");
        re(5, "17:30", tobias, beSeal, "He was a star. See you both on Tuesday.");
        Post doPark = say(6, "10:00", rpLounge, dorothy, "Bramble walked round the whole park without limping this "
                + "morning. Six weeks ago she couldn't do the garden.");
        re(6, "10:30", meredith, doPark, "That's brilliant news Dorothy, she's worked so hard.");
        Post omBirthday = say(7, "12:00", rpLounge, omar, "Barney's 12 today. Sausages all round.");
        re(7, "12:30", bethan, omBirthday, "Happy birthday Barney!");
        // W31: Dorothy asks Meredith by name, and is nudged; Meredith posts news and answers others.
        say(8, "09:00", rpNews, meredith, "New this month: puppy confidence swims on Saturday mornings for dogs under "
                + "a year. Ask Kirsty for a place.");
        Post omStiff = say(8, "11:00", rpAsk, omar, "Barney seems stiffer the morning after his swim. Normal, or "
                + "should we go shorter?");
        Post toStiff = re(8, "11:30", tobias, omStiff, "A bit of stiffness for a day is common while he builds up. "
                + "Tell me on Tuesday and we'll do five lengths instead of six and see.");
        re(8, "11:50", omar, toStiff, "Will do, thank you.");
        Post doAsk = say(9, "10:00", rpAsk, dorothy, "@Meredith Ashcombe Bramble's vet says she can move on to the "
                + "underwater treadmill now. Could we switch her Thursday swim to treadmill sessions? And I've sent "
                + "my neighbour Pat your way, she'll ring about her collie.");
        say(9, "14:00", rpNews, meredith, "The underwater treadmill is being serviced on Wednesday, so treadmill "
                + "sessions that day move to Friday.");
        joins(10, "09:50", rpAsk, niamh);
        Post niPrice = say(10, "10:00", rpAsk, niamh, "Hello, my vet suggested hydrotherapy for my springer's hip "
                + "dysplasia. How much is an assessment, and do I need a referral?");
        Post meNiamh = re(10, "10:30", meredith, niPrice, "Hi Niamh, welcome. Yes, we need a vet referral form (your "
                + "vet can email it), and the first assessment is £55 including a short swim. Kirsty can book you "
                + "in.");
        re(10, "10:50", niamh, meNiamh, "Lovely, I'll ask the vet today.");
        Post beDoor = say(10, "16:00", rpLounge, bethan, "Mungo's third swim and he ran to the door. Who is this "
                + "dog.");
        re(10, "16:20", omar, beDoor, "Ha! Barney's the same, he drags me in.");
        Post doNudge = re(11, "09:00", dorothy, doAsk, "Hi Meredith, just nudging on the treadmill question, "
                + "Bramble's Thursday slot is this week.");
        say(11, "12:00", rpNews, meredith, "Extra-small life jackets have arrived, so our tiniest swimmers are "
                + "sorted.");
        Post omDm = say(11, "15:00", dmOmarMeredith, omar, "Hi Meredith, my daughter's dog Luna might need hydro "
                + "after her op. What would a course of six sessions cost?");
        Post meDm = re(11, "15:30", meredith, omDm, "Hi Omar, six sessions are £210 booked as a course, and the "
                + "first assessment is £55. Happy to chat to your daughter whenever suits.");
        re(11, "15:45", omar, meDm, "Thanks, I'll pass it on.");
        Post kiTread = re(12, "10:00", kirsty, doNudge, "Sorry Dorothy, I've only just seen this, Meredith's been "
                + "snowed under. I've moved Bramble to the treadmill on Thursday at 10, with Meredith for her first "
                + "session.");
        re(12, "10:20", dorothy, kiTread, "Thank you Kirsty!");
        say(12, "13:00", rpNews, meredith, "Saturday puppy swims are full for August; the waiting list is open with "
                + "Kirsty.");
        Post doTread = say(13, "11:00", rpLounge, dorothy, "Bramble's first treadmill session done. She looked very "
                + "puzzled, then got on with it.");
        re(13, "11:30", bethan, doTread, "Clever girl!");
        Post beFurther = say(14, "17:00", rpLounge, bethan, "Mungo walked to the end of our road and back today. "
                + "Three weeks ago it was the gate.");
        re(14, "17:20", dorothy, beFurther, "That's huge! Well done Mungo.");
        // W32
        Post meSorry = re(15, "09:00", meredith, doAsk, "Dorothy, I'm sorry I missed this last week, and thank you so "
                + "much for sending Pat to us, she's booked for Wednesday. Bramble did really well on Thursday.");
        re(15, "09:30", dorothy, meSorry, "No harm done, Kirsty sorted it. Pat's thrilled.");
        Post niBring = say(16, "10:00", rpAsk, niamh, "Referral's done and the assessment's booked for Thursday. "
                + "Should I bring anything?");
        re(16, "10:20", meredith, niBring, "Just her lead, a towel and any X-ray reports. See you Thursday!");
        Post beWalks = say(17, "14:00", rpAsk, bethan, "Mungo's physio wants him on lead walks twice a day. Is that "
                + "too much on swim days?");
        Post toWalks = re(17, "14:30", tobias, beWalks, "On swim days keep it to one short walk. He works hard in the "
                + "pool.");
        re(17, "14:45", bethan, toWalks, "Good to know, thanks.");
        say(18, "10:00", rpNews, kirsty, "The pool closes for its annual deep clean on Monday 16 August; we'll move "
                + "everyone's sessions by text.");
        Post omFamily = say(18, "15:00", rpLounge, omar, "My daughter's booked Luna in for an assessment. Barney and "
                + "I have recommended you to the whole family.");
        re(18, "15:20", meredith, omFamily, "That's lovely to hear Omar, thank you both.");
        Post niDone = say(19, "11:00", rpLounge, niamh, "Assessment done! Poppy hated the shower and loved the "
                + "pool.");
        re(19, "11:20", dorothy, niDone, "That's the usual order. Welcome to the club!");
        say(20, "09:00", rpNews, meredith, "Thank you to everyone who answered our survey. The most asked-for thing "
                + "was Sunday sessions, so from September we'll open on Sunday mornings.");
    }

    private void steadyPaws() {
        // W30: Hamish keeps a diary in the room made for diaries.
        say(1, "07:30", spDiaries, hamish, "Day 1 of the new Keppra dose for Bruno. Wobbly on his back legs this "
                + "morning, ate breakfast fine.");
        say(1, "21:00", spDiaries, hamish, "Bruno, evening: no seizures today. Slept most of the afternoon.");
        say(2, "07:40", spDiaries, hamish, "Day 2: less wobbly. Took him round the block slowly.");
        Post yuCluster = say(2, "12:00", spDiaries, yusuf, "Kiri had a cluster last night, three in four hours. "
                + "Rectal diazepam after the second. She's sleeping it off now.");
        Post roCluster = re(2, "12:20", rosalind, yuCluster, "Oh Yusuf, that's a hard night. Did the vet want you to "
                + "ring after a cluster? Ours did every time.");
        re(2, "12:40", yusuf, roCluster, "Rang them this morning, they want bloods next week. Thank you for asking.");
        say(2, "21:10", spDiaries, hamish, "Bruno, evening: fine. Ate all his tea.");
        say(3, "07:35", spDiaries, hamish, "Day 3: barely wobbly now. Had a proper sniff walk.");
        Post yuApp = say(3, "09:00", spMeds, yusuf, "Has anyone tried a seizure alert app or collar? Wondering if "
                + "it's worth it for nights.");
        re(3, "09:40", wilma, yuApp, "We tried a collar. Lots of false alarms, but it woke us for two real ones, "
                + "so I'd say yes for clusters.");
        Post wiPheno = say(3, "18:00", spMeds, wilma, "For anyone starting phenobarb: the first two weeks of sleepy, "
                + "hungry and wobbly are really normal. It usually settles by week three.");
        wiPheno.react("🙏", hamish, yusuf);
        Post haZoom = say(4, "07:45", spDiaries, hamish, "Day 4: first zoomies in a month!");
        haZoom.react("🎉", rosalind, wilma);
        say(4, "19:00", spDiaries, rosalind, "Meg (collie, 9): 41 days seizure-free today. Touching every piece of "
                + "wood in the house.");
        say(5, "07:30", spDiaries, hamish, "Day 5: fine morning. Vet check at 4.");
        Post haVet = say(5, "18:30", spDiaries, hamish, "Vet's happy with Bruno, bloods in two weeks. Relieved.");
        re(5, "18:50", wilma, haVet, "So glad, Hamish. The two-week bloods are the big one.");
        say(6, "10:00", spGood, rosalind, "Reminder: our sponsored walk for the canine epilepsy research fund is on "
                + "Sunday 15 August at Harewood. Sign up on the form: forms.steadypaws.example/walk");
        say(6, "19:00", spDiaries, hamish, "Day 6: no seizures all week so far. Long walk by the river.");
        say(7, "08:00", spDiaries, hamish, "Day 7: one week on the new dose and seizure-free. Thank you all for the "
                + "company this week.");
        joins(7, "14:00", spMeds, lottie);
        // W31: Lottie is helped on four days, says thanks, and leaves Wilma's question; Gareth turns up selling.
        Post loZombie = say(8, "09:00", spMeds, lottie, "Hi, my cocker Alfie was diagnosed with idiopathic epilepsy "
                + "on Friday. He's started phenobarbital and he's like a zombie. Is this normal??");
        Post roZombie = re(8, "09:30", rosalind, loZombie, "Completely normal in the first two weeks. Block the "
                + "stairs, feed little and often, and keep a seizure diary, it helps the vet.");
        re(8, "09:50", lottie, roZombie, "thanks");
        joins(9, "08:00", spMeds, gareth);
        Post loWorking = say(9, "10:00", spMeds, lottie, "Alfie had a seizure last night even on the tablets. Does "
                + "that mean they aren't working?");
        Post wiWorking = re(9, "10:40", wilma, loWorking, "Not necessarily. Phenobarb takes a couple of weeks to reach "
                + "a steady level. What dose is he on, and when are his first bloods booked?");
        say(9, "11:00", spMeds, gareth, "Hi all. I sell a vet-formulated CBD oil for dogs with seizures, and this "
                + "group gets 10% off. DM me for prices.");
        say(10, "08:00", spGood, gareth, "Good days start with the right support! My CBD drops are £38 a bottle, DM "
                + "me.");
        Post gaDm = say(10, "10:00", dmLottieGareth, gareth, "Hi Lottie, saw your post about Alfie. My CBD drops "
                + "have helped loads of dogs like him, £38 a bottle or two for £70. Want me to send you one?");
        say(10, "12:00", spMeds, rosalind, "@Gareth Pryor we don't allow selling here, this group is owners helping "
                + "owners. Please don't post offers again.");
        Post yuBloods = say(10, "18:00", spDiaries, yusuf, "Kiri's bloods are back: levels fine, liver fine. Deep "
                + "breath.");
        yuBloods.react("❤️", rosalind, hamish);
        Post loWork = say(11, "14:00", spMeds, lottie, "What do people do about leaving a dog alone after a seizure? "
                + "I've got to go back to work on Monday.");
        Post haWork = re(11, "14:30", hamish, loWork, "I used a pet camera for the first month, a cheap one off the "
                + "supermarket shelf. And my neighbour popped in at lunch.");
        re(11, "14:50", lottie, haWork, "ok thanks");
        Post wiNudge = re(12, "09:00", wilma, wiWorking, "@Lottie Brennan just checking: what dose is Alfie on? Some "
                + "starting doses are low and it helps to know before the bloods.");
        Post loDrink = say(12, "19:00", spMeds, lottie, "Alfie is drinking loads and weeing in the house. Is that the "
                + "tablets?");
        Post yuDrink = re(12, "19:20", yusuf, loDrink, "Yes, Kiri did that too on phenobarb. More water in, more "
                + "trips outside. It eases off a bit.");
        re(12, "19:40", lottie, yuDrink, "ta");
        Post haBeach = say(13, "10:00", spGood, hamish, "Bruno's 14 days seizure-free. We went to the beach.");
        haBeach.react("🎉", rosalind, wilma, yusuf);
        re(13, "10:30", rosalind, haBeach, "14 days! Beach well earned.");
        say(14, "20:00", spDiaries, rosalind, "Meg: 50 days. Found a grey hair on her nose and decided it's a "
                + "medal.");
        // W32: Lottie answers, reports back, and helps Yusuf.
        Post loDose = re(15, "09:00", lottie, wiNudge, "Sorry Wilma, I was all over the place last week. He's on 2.5 "
                + "mg/kg twice a day and his first bloods are on Thursday.");
        re(15, "09:30", wilma, loDose, "That's a sensible start. Good luck Thursday, let us know.");
        Post loFree = say(16, "18:00", spDiaries, lottie, "Alfie: four days seizure-free and he's starting to be "
                + "himself again. Less zombie, more cocker.");
        loFree.react("❤️", wilma, rosalind, hamish);
        Post yuBromide = say(17, "11:00", spMeds, yusuf, "Kiri's vet wants to add potassium bromide. Anyone done "
                + "that? Worried about her tummy.");
        re(17, "11:40", lottie, yuBromide, "Alfie's neurologist talked us through it: give it with food and split "
                + "the dose morning and night, she said that helps with the sickness. Might be worth asking Kiri's "
                + "vet about splitting it.");
        Post haBromide = re(17, "12:00", hamish, yuBromide, "Bruno's been on it two years. With food, always. The "
                + "first month was a bit pukey, then fine.");
        re(17, "12:30", yusuf, haBromide, "Thank you both, that helps a lot.");
        Post yuWeek = say(16, "19:00", spGood, yusuf, "Kiri's first seizure-free week since June. Chicken for "
                + "tea.");
        re(16, "19:30", rosalind, yuWeek, "A week! Well done Kiri.");
        Post loBloods = say(18, "15:00", spMeds, lottie, "Bloods back: levels in range, liver fine! Thank you all for "
                + "last week, I was a mess and you were so kind.");
        loBloods.react("🎉", rosalind, wilma, yusuf);
        re(18, "15:20", rosalind, loBloods, "So pleased, Lottie.");
        Post roWalk = say(19, "10:00", spGood, rosalind, "The walk's a week on Sunday! 26 people and 19 dogs signed "
                + "up so far, and the form's still open: forms.steadypaws.example/walk");
        re(19, "10:30", lottie, roWalk, "Signed up! Alfie's first outing with a crowd.");
        say(20, "20:00", spDiaries, hamish, "Bruno: three weeks seizure-free on the new dose. Bloods on Monday.");
        say(21, "09:00", spGood, wilma, "Sunday sunbathing with Pip. No news is good news.");
    }

    private void floatRoom() {
        // W30
        Post peRound = say(1, "08:00", fdRounds, penelope, "Brackenridge Livery: 14 horses due routine dental "
                + "checks in the next fortnight. Who's in the Wetherby area?");
        Post ruRound = re(1, "09:00", ruairi, peRound, "I'm in Wetherby on 27 and 28 July. £45 a horse for routine, "
                + "sedation by your vet if needed.");
        re(1, "09:30", penelope, ruRound, "Book us the 28th please, Ruairi.");
        Post maQuid = say(2, "10:00", fdAsk, martha, "My mare Dolly drops half-chewed balls of hay. She's 22. Teeth, "
                + "or something else?");
        Post deQuid = say(2, "10:30", fdAsk, delphine, "That's called quidding, Martha, and at 22 it's very often "
                + "teeth: sharp edges, a loose molar, or a gap packing with food. Worth a check soon, and soak her "
                + "hay in the meantime.");
        Post maCover = re(2, "10:50", martha, deQuid, "Thank you! Do you cover Harrogate?");
        re(2, "11:10", delphine, maCover, "I do, I'm there most Thursdays. Message me the yard and I'll fit her in "
                + "this week.");
        Post hoHeads = say(3, "14:00", fdTalk, hollis, "Anyone tried the new cordless power float heads? Thinking of "
                + "switching.");
        Post ruHeads = re(3, "14:30", ruairi, hoHeads, "Got one in spring. The battery lasts about ten horses, so "
                + "carry a spare.");
        re(3, "14:50", hollis, ruHeads, "Ten's enough for most of my days, thanks.");
        Post ruAgm = say(4, "12:00", fdTalk, ruairi, "Anyone going to the association AGM in October? Thinking of "
                + "finally going.");
        re(4, "12:30", delphine, ruAgm, "I'll be there. Sit with me, the coffee queue is brutal.");
        Post maDolly = say(5, "12:00", fdAsk, martha, "Delphine saw Dolly yesterday: two loose teeth out and she's "
                + "eating like a teenager. Thank you!");
        maDolly.react("🎉", jodie);
        re(5, "12:30", delphine, maDolly, "She was a very good girl. Check again in six months.");
        Post deCourse = say(6, "09:00", fdTalk, delphine, "Heads up: I'm on the refresher course in Cambridge from "
                + "Monday to Friday (26-30 July), no signal in the lab. Back on the 31st.");
        re(6, "10:00", ruairi, deCourse, "Have fun. Bring back gossip.");
        Post joBit = say(6, "11:00", fdAsk, jodie, "My Shetland, Biscuit, keeps tossing his head when he's ridden in "
                + "a bit. Could his teeth be the cause?");
        Post ruBit = re(6, "11:30", ruairi, joBit, "Could well be wolf teeth or sharp points where the bit sits. Have "
                + "his mouth checked before you change the bit.");
        re(6, "11:50", jodie, ruBit, "Makes sense, I'll book a check.");
        // W31: Hollis posts about himself to an empty room; Delphine is away as she said.
        say(8, "07:00", fdTalk, hollis, "Did nine horses at Boroughbridge yesterday and my new float was brilliant. "
                + "I'm never going back to my hand rasps.");
        Post maSid = say(8, "09:00", fdAsk, martha, "@Delphine Marchetti Dolly's doing great, but my other horse, "
                + "Sid, has a swelling under his jaw. Could that be a tooth root? Should I wait for you or call the "
                + "vet?");
        Post ruSid = re(8, "10:00", ruairi, maSid, "A jaw swelling needs your vet first, Martha: a tooth root "
                + "infection needs X-rays and antibiotics. Delphine's on her course this week.");
        re(8, "10:20", martha, ruSid, "Calling the vet now, thank you Ruairi.");
        say(9, "07:30", fdTalk, hollis, "My diary's full until September now. I've had to start my own waiting "
                + "list, which I never thought I'd say.");
        say(9, "18:00", fdTalk, hollis, "I finally finished my ledger for the year. My mileage is frightening: I did "
                + "14,000 miles in my van.");
        say(10, "07:15", fdTalk, hollis, "I've been thinking I should write up my cases for a journal. My diastema "
                + "cases especially, I've kept all my notes.");
        say(10, "16:00", fdTalk, hollis, "My float's battery died at my last yard today. I had to finish by hand and "
                + "my arms are done.");
        Post joFeed = say(10, "20:00", fdAsk, jodie, "Biscuit's check is booked for next week but he's barely eating "
                + "his hard feed now. Anything I can do till then?");
        say(11, "07:10", fdTalk, hollis, "I'm trying a new routine: I do my admin at 6am before my first yard. My "
                + "head's clearer and my evenings are mine again.");
        Post ruFeed = re(11, "08:00", ruairi, joFeed, "Soak his hard feed into a mash and keep him on soft grass. If "
                + "he stops eating altogether, call the vet.");
        re(11, "08:20", jodie, ruFeed, "Thank you Ruairi, mashing it now.");
        say(11, "19:00", fdTalk, hollis, "I've just upgraded my sedation kit and my stocks. I think my clients' vets "
                + "are happier with me already.");
        say(12, "07:20", fdTalk, hollis, "My Thursday yards cancelled because of the heat, so I'm doing my own mare's "
                + "teeth. My mare hated it, I think she's been spoilt by me.");
        say(12, "17:00", fdTalk, hollis, "I'm thinking of raising my prices in September. My costs have gone up a lot "
                + "since I bought my new van and my float.");
        Post deBack = re(13, "08:00", delphine, maSid, "Sorry Martha, I've only just got back from the course. Ruairi "
                + "was right, vet first for a swelling. Once the vet's seen it I can look at Sid's mouth, I'm in "
                + "Harrogate on Thursday.");
        re(13, "08:30", martha, deBack, "Vet's been: it was a tooth root and he's on antibiotics. Thursday would be "
                + "great.");
        say(13, "19:00", fdTalk, hollis, "I'm exhausted. My week: six yards, 58 horses, 900 miles. My van needs a "
                + "service and so do I.");
        say(14, "09:00", fdTalk, hollis, "I've decided I'm taking Mondays off in August. My back has been telling me "
                + "for months and I'm finally listening to my body.");
        // W32: Hollis talks with people.
        Post joDone = say(15, "09:00", fdAsk, jodie, "Biscuit's had his check: two wolf teeth out and a sharp hook "
                + "filed. He went round the school like a dream today.");
        Post hoDone = re(15, "09:30", hollis, joDone, "That's a lovely result, Jodie. Wolf teeth under the bit are so "
                + "often behind the head-tossing. Did your vet use sedation?");
        re(15, "10:00", jodie, hoDone, "Yes, a light one. He was very dopey and very cute.");
        Post peNew = say(16, "10:00", fdRounds, penelope, "Thank you Ruairi, all 14 done and all happy. Next: two new "
                + "liveries arrive next week and both need checks in mid August. Anyone?");
        Post hoNew = re(16, "10:30", hollis, peNew, "I can do mid August, Penelope, I'm in Wetherby on the 16th. £45 "
                + "each.");
        re(16, "11:00", penelope, hoNew, "Booked, thanks Hollis.");
        Post ruList = say(17, "14:00", fdTalk, ruairi, "@Hollis Barraclough how are you finding the waiting list? "
                + "Mine's getting long too.");
        Post hoList = re(17, "14:30", hollis, ruList, "It's working. I ask people for the yard's postcode so I can "
                + "batch them. How do you handle cancellations?");
        re(17, "15:00", ruairi, hoList, "Two days' notice or a small fee. Nobody's complained yet.");
        Post maThu = say(18, "11:00", fdAsk, martha, "Sid's antibiotics are done and the swelling's gone. Delphine, "
                + "are we still on for Thursday?");
        re(18, "11:20", delphine, maThu, "Yes! 10am at your yard.");
        joins(18, "20:00", fdAsk, saffron);
        say(19, "09:00", fdAsk, saffron, "New horse owner here. How often should a 6-year-old have his teeth done?");
        Post hoOften = say(19, "09:20", fdAsk, hollis, "Once a year for most horses that age, Saffron, or every six "
                + "months if he's had problems. Ask your vet at his vaccinations too.");
        re(19, "09:40", saffron, hoOften, "Thank you, that's clear.");
        Post deNotes = say(20, "16:00", fdTalk, delphine, "Great refresher course: the new sedation guidance session "
                + "alone was worth it. My notes are in the shared folder.");
        re(20, "16:30", hollis, deNotes, "Thanks Delphine, reading them tonight.");
    }

    private void donkeySanctuary() {
        // W30
        say(1, "09:00", tdNews, eliza, "Welcome to July's adoption update! Pickle, Bramley and Sorrel's summer "
                + "photos are in your packs this week. New adopters can sign up at thistledown.example/adopt");
        Post agHat = say(1, "12:00", tdChat, agatha, "Visited Pickle yesterday. She ate my hat. Best day of my "
                + "month.");
        agHat.react("😂", tomasz, nell);
        re(1, "12:30", eliza, agHat, "She does love a hat, Agatha. Thank you for coming.");
        Post neGroom = say(2, "08:00", tdYard, nell, "Grooming day on Saturday: I can bring the big brushes and a "
                + "lemon drizzle. Who else is in?");
        re(2, "09:00", tomasz, neGroom, "Count me in, I'll bring hoof picks.");
        re(2, "09:30", fergus, neGroom, "Thanks both. We start at 9 and do the old boys first while it's cool.");
        joins(3, "09:40", tdChat, heather);
        Post heVisit = say(3, "10:00", tdAdopt, heather, "Hi, can I visit without adopting? My daughter loves "
                + "donkeys and we're on holiday nearby next week.");
        Post elVisit = re(3, "10:30", eliza, heVisit, "Of course! We're open to visitors Wednesday to Sunday, 10 to "
                + "4, and entry is free. Donations in the tin are welcome.");
        re(3, "10:45", heather, elVisit, "Wonderful, see you next week.");
        Post toFoot = say(4, "14:00", tdAdopt, tomasz, "Is Bramley's foot any better? His update said he was on box "
                + "rest.");
        Post feFoot = re(4, "14:30", fergus, toFoot, "Much better, Tomasz. The farrier took the shoe off this "
                + "morning and he's back out in the small paddock.");
        re(4, "14:45", tomasz, feFoot, "Great news, thanks Fergus.");
        Post neDone = say(6, "09:00", tdYard, nell, "Grooming day: 12 donkeys brushed, 1 lemon drizzle demolished. "
                + "Thanks all!");
        neDone.react("🎉", tomasz, fergus);
        Post toBramley = say(5, "17:00", tdChat, tomasz, "Bramley back in the paddock, first photo since his box "
                + "rest. Look at those ears.");
        re(5, "17:20", agatha, toBramley, "Those ears! Give him a scratch from me.");
        // W31: Fergus keeps the yard diary; Agatha asks Eliza and hears back within the hour.
        say(8, "09:00", tdNews, fergus, "Yard diary, Monday: farrier day. 22 feet trimmed and one very offended "
                + "donkey (Sorrel).");
        Post agGroup = say(8, "14:00", tdAdopt, agatha, "@Eliza Brackenbury my three friends from the WI adopted "
                + "Pickle's field mates on my say-so. Could we book a group visit for them on Sunday 8 August?");
        Post elGroup = re(8, "14:40", eliza, agGroup, "Agatha, you're a star. Sunday 8 August is booked, and I'll "
                + "give you the tour myself at 11.");
        re(8, "15:00", agatha, elGroup, "Wonderful!");
        say(9, "09:00", tdNews, fergus, "Yard diary, Tuesday: the vet checked Bramley's foot and it's all clear. He "
                + "celebrated by rolling in the only mud left in Yorkshire.");
        Post heHome = say(9, "16:00", tdChat, heather, "We visited last week! My daughter named every donkey wrong "
                + "and they didn't mind.");
        Post agHome = re(9, "16:20", agatha, heHome, "That's the spirit. Did you meet Pickle? Watch your hat.");
        re(9, "16:40", heather, agHome, "She ate my daughter's sun visor!");
        say(10, "09:00", tdNews, fergus, "Yard diary, Wednesday: hay delivery, 200 bales. Our volunteers stacked them "
                + "in under an hour.");
        Post neSwap = say(10, "10:00", tdYard, nell, "Can I swap my Thursday shift to Friday this week?");
        re(10, "10:30", fergus, neSwap, "Yes, Friday's fine Nell.");
        say(11, "09:00", tdNews, fergus, "Yard diary, Thursday: dentist visit. Sorrel needed a tooth out and was very "
                + "brave.");
        say(11, "17:00", tdNews, fergus, "Evening update: Sorrel's eating soft feed and looking smug.");
        say(12, "09:00", tdNews, fergus, "Yard diary, Friday: fly masks on for everyone, it's a hot one.");
        say(12, "11:00", tdAdopt, eliza, "Thank you to everyone who renewed an adoption this month. If your pack "
                + "hasn't arrived, tell me here.");
        say(12, "15:00", tdNews, fergus, "Afternoon: the old boys are in the shade barn with the fans on.");
        say(13, "09:00", tdNews, fergus, "Yard diary, Saturday: visitors' day. 140 people and 3 lost hats.");
        Post toSorrel = say(13, "12:00", tdChat, tomasz, "Was there today! Lovely to see Sorrel on the mend.");
        re(13, "12:20", fergus, toSorrel, "Thanks for coming Tomasz, she's milking the attention.");
        say(14, "09:00", tdNews, fergus, "Yard diary, Sunday: a quiet one. Everyone asleep in the sun, staff "
                + "included.");
        // W32: Quentin turns up with commissions.
        joins(15, "10:00", tdChat, quentin);
        say(15, "10:10", tdChat, quentin, "Hi all! I'm a pet portrait artist and I paint donkeys from photos. "
                + "Commissions open, £60 for A4, DM me.");
        Post agFringe = say(15, "14:00", tdChat, agatha, "Pickle with her new summer fringe!");
        agFringe.react("❤️", nell, tomasz);
        re(15, "14:30", quentin, agFringe, "Gorgeous! I could paint Pickle for you, £60 for A4 and ready in two "
                + "weeks. DM me.");
        re(15, "15:00", nell, agFringe, "That fringe!");
        Post neMasks = say(16, "09:00", tdYard, nell, "Anyone free Thursday? Fergus needs two more hands for the "
                + "fly-mask check.");
        re(16, "09:30", tomasz, neMasks, "I can do Thursday.");
        Post toGift = say(17, "10:00", tdAdopt, tomasz, "Could I give Bramley's adoption to my nephew as a birthday "
                + "present? Can the pack go to his address?");
        re(17, "10:30", eliza, toGift, "Yes, lovely idea! Send me his address and a birthday message and we'll put a "
                + "card in.");
        Post quSlots = say(18, "11:00", tdAdopt, quentin, "Donkey portraits: 2 commission slots left for August, £60, "
                + "DM me.");
        Post elSlots = re(18, "11:30", eliza, quSlots, "Hi Quentin, please keep offers out of the adoption room, it's "
                + "for our supporters' questions.");
        re(18, "11:45", quentin, elSlots, "Sorry, understood.");
        say(19, "09:00", tdNews, eliza, "Our summer open day is Sunday 15 August: donkey walks, a cake stall and the "
                + "adopters' tea. Tickets are free, sign up at thistledown.example/openday");
        Post heAdopt = say(19, "12:00", tdChat, heather, "Back home and my daughter's still talking about Pickle. "
                + "We've adopted her! (Pickle, not my daughter.)");
        re(19, "12:30", eliza, heAdopt, "Welcome to the Pickle fan club, Heather!");
        say(20, "09:00", tdNews, fergus, "Yard diary: Sorrel's back on hay. All is right with the world.");
        Post agWi = say(21, "16:00", tdChat, agatha, "Today's group visit with my WI friends was wonderful, thank you "
                + "Eliza and Fergus.");
        re(21, "16:30", eliza, agWi, "Thank you for bringing them, Agatha!");
    }

    private void reptileKeepers() {
        // W30: Dario scatters his shop link, then posts a code.
        Post roTemp = say(1, "10:00", stHusbandry, rowena, "First leopard gecko, Nugget! What temperature should the "
                + "warm end be? I've got a heat mat and a thermostat.");
        Post maTemp = re(1, "10:20", maisie, roTemp, "Aim for 30-32°C on the floor at the warm end, with the "
                + "thermostat probe on the mat. The cool end in the low to mid 20s.");
        re(1, "10:40", rowena, maTemp, "Thank you, moving the probe now.");
        Post feSpike = say(2, "18:00", stVet, fenella, "Spike has stopped eating for four days. Bearded dragon, 3 "
                + "years old. Should I be worried?");
        Post maSpike = re(2, "18:30", maisie, feSpike, "It could be the start of brumation, but four days is worth a "
                + "vet check to rule out impaction or parasites. Take a poo sample with you.");
        re(2, "18:50", fenella, maSpike, "Booked for Thursday, thanks Maisie.");
        say(3, "09:00", stHusbandry, dario, "Live food for your reptiles, delivered fresh every Tuesday: crickets, "
                + "locusts, dubia roaches. cricketcorner.example/shop");
        say(3, "09:04", stVet, dario, "Healthy live food keeps reptiles healthy! Crickets, locusts and dubia "
                + "delivered every Tuesday: cricketcorner.example/shop");
        say(3, "09:08", stChat, dario, "Fresh live food every Tuesday, crickets, locusts and dubia: "
                + "cricketcorner.example/shop");
        Post elShow = say(3, "11:00", stChat, elliot, "Anyone going to the Doncaster show in September?");
        re(3, "11:30", fenella, elShow, "Yes! The car's full of tubs already.");
        say(4, "14:00", stMarket, elliot, "Ball python hatchlings: two pastels and a normal, feeding on defrost, £90 "
                + "each, collection from Selby.");
        Post feBetter = say(4, "16:00", stVet, fenella, "Spike's vet visit: mild impaction. Warm baths and a drop of "
                + "olive oil did it, and he's eating again!");
        feBetter.react("🎉", maisie, rowena);
        re(4, "16:30", maisie, feBetter, "Great news. Keep his basking spot hot, it helps digestion.");
        say(5, "12:00", stHusbandry, dario, "Summer offer: 15% off all live food with code SUMMER15 at "
                + "cricketcorner.example/shop");
        Post roShed = say(5, "15:00", stHusbandry, rowena, "Nugget shed, but some is stuck on his toes. What do I "
                + "do?");
        Post elShed = re(5, "15:20", elliot, roShed, "A shallow warm bath for ten minutes, then roll it off gently "
                + "with a damp cotton bud. A humid hide stops it happening next time.");
        re(5, "15:40", rowena, elShed, "Worked! And I've made a humid hide from a tub and some moss.");
        say(7, "10:00", stChat, maisie, "Sunday off clinic. Sat in the garden with the tortoise, who ignored me.");
        Post feHammock = say(6, "19:00", stChat, fenella, "Show and tell: Spike has discovered his hammock and "
                + "refuses to leave it.");
        re(6, "19:20", rowena, feHammock, "That face! Pure smug.");
        // W31: Brandon asks for subscribers and follows before talking to anyone.
        joins(8, "09:00", stChat, brandon);
        say(8, "09:10", stChat, brandon, "Hey all! I run a crested gecko channel, please subscribe, subscribing "
                + "would mean a lot: youtube.example/@brandongeckos");
        say(8, "09:15", stHusbandry, brandon, "New video on crested gecko humidity is up now, please like and "
                + "subscribe: youtube.example/@brandongeckos");
        Post feBulb = say(9, "11:00", stHusbandry, fenella, "Spike's basking bulb blew. Is a 100W halogen OK for a "
                + "4ft viv?");
        Post elBulb = re(9, "11:20", elliot, feBulb, "Depends on the height, but a 100W halogen on a dimming stat is "
                + "usually right for a 4ft. Check with a temp gun.");
        re(9, "11:40", fenella, elBulb, "Thanks Elliot.");
        Post roTail = say(10, "14:00", stVet, rowena, "Nugget's tail looks thinner. Is that bad?");
        Post maTail = re(10, "14:30", maisie, roTail, "Leos store fat in the tail, so weigh him weekly and get a "
                + "faecal test if he keeps losing. Has he been eating?");
        re(10, "14:50", rowena, maTail, "Eating less, yes. I'll book a faecal test.");
        Post brInsta = say(11, "10:00", stChat, brandon, "Anyone watch my latest? Follows on Insta appreciated too: "
                + "instagram.example/brandongeckos");
        re(11, "10:30", fenella, brInsta, "I keep a beardie, not cresties, sorry!");
        Post roWorms = say(12, "16:00", stVet, rowena, "Faecal test: he had worms. He's on treatment now. Thank you "
                + "Maisie!");
        roWorms.react("❤️", maisie, fenella);
        re(12, "16:20", maisie, roWorms, "Glad it was caught early.");
        say(12, "17:00", stHusbandry, dario, "Tip for anyone feeding crickets: gut-load them with greens 24 hours "
                + "before feeding. It makes a real difference.");
        Post elVet = say(13, "12:00", stVet, elliot, "Does anyone know a good exotics vet near York? Mine's "
                + "retiring.");
        Post maVet = re(13, "12:30", maisie, elVet, "Ours at Clifton Exotics is great with snakes, ask for Dr Hale.");
        re(13, "12:40", elliot, maVet, "Thanks Maisie, ringing them.");
        Post roGained = say(14, "11:00", stVet, rowena, "Nugget's gained 2g this week on the worming treatment!");
        re(14, "11:30", maisie, roGained, "That's the direction we want. Keep weighing him.");
        // W32: Dario's link when asked for it; Brandon makes amends.
        Post roDubia = say(15, "10:00", stHusbandry, rowena, "Where does everyone buy dubia roaches? The pet shop "
                + "near me only has crickets.");
        Post daDubia = re(15, "10:20", dario, roDubia, "I breed them, Rowena: cricketcorner.example/shop, and I "
                + "deliver on Tuesdays. If you'd rather not order online, Scales & More in York keeps them too.");
        re(15, "10:40", rowena, daDubia, "Ordered from you, thanks!");
        Post brSorry = say(16, "09:00", stChat, brandon, "Hi again. Sorry for the subscribe spam last week. "
                + "@Fenella Roy how's Spike doing after his tummy trouble?");
        re(16, "09:30", fenella, brSorry, "Eating like a horse! Thanks for asking.");
        Post feDubia = say(17, "15:00", stHusbandry, fenella, "Is it OK to feed Spike dubia instead of crickets now "
                + "and then?");
        Post brDubia = re(17, "15:20", brandon, feDubia, "My cresties don't eat them, but my mate's beardie lives on "
                + "them. Gut-loaded dubia are great, just no bigger than the gap between his eyes.");
        re(17, "15:30", fenella, brDubia, "Perfect, thanks Brandon.");
        say(18, "12:00", stMarket, elliot, "Last pastel hatchling still available, £90, collection from Selby.");
        Post maHeat = say(19, "11:00", stVet, maisie, "Heatwave next week: check your viv temperatures. A viv in a "
                + "sunny room can hit 40°C.");
        re(19, "11:30", rowena, maHeat, "Thanks, moving Nugget's viv away from the window.");
        Post daKettle = say(20, "10:00", stChat, dario, "Anyone else's crickets escaping in this heat? I found one in "
                + "my kettle.");
        re(20, "10:20", elliot, daKettle, "Found a locust on my pillow once. Never again.");
        say(21, "09:00", stChat, maisie, "Sunday again. The tortoise has forgiven me for the bath.");
    }

    private void horseboxDrivers() {
        // W30
        Post phJourney = say(1, "08:00", hbJourneys, philippa, "Need a 4-year-old warmblood moved from Malton to "
                + "Newmarket, any day next week. Quotes please.");
        Post caJourney = re(1, "09:00", carys, phJourney, "I can do Tuesday 27th, £1.60 a mile, single horse, full "
                + "insurance. Happy to send photos of the lorry.");
        Post phStall = re(1, "09:30", philippa, caJourney, "Booked! Thank you Carys. Is he OK in a stall or does he "
                + "need the partitions out?");
        re(1, "09:50", carys, phStall, "I'll put him in a wide stall with the partition swung back. Young horses "
                + "settle better with room to balance.");
        Post ulPortal = say(2, "12:00", hbCab, ulrich, "Anyone done the new Defra transporter authorisation renewal "
                + "online? The portal keeps timing out.");
        Post shPortal = re(2, "12:30", shona, ulPortal, "Do it before 8am, it times out when it's busy. Took me three "
                + "goes.");
        re(2, "12:50", ulrich, shPortal, "6am attempt tomorrow then.");
        say(3, "07:00", hbCab, shona, "Ferry tip for anyone doing Ireland this summer: book the horse space before "
                + "your own cabin, they sell out first.");
        Post deIreland = say(3, "10:00", hbJourneys, declan, "@Ulrich Haas you took my friend's mare to Kildare last "
                + "year. Are you doing Holyhead in early August? One mare going home.");
        Post ulIreland = re(4, "17:00", ulrich, deIreland, "Sorry Declan, I drove overnight to Newmarket and then "
                + "slept the day away. I'm doing Holyhead on 5 August with space for one more, £650 door to door "
                + "including the ferry.");
        Post deBook = re(4, "17:30", declan, ulIreland, "Perfect, book her in please!");
        re(4, "18:00", ulrich, deBook, "Done, I'll message you the details.");
        Post shLorry = say(5, "09:00", hbForSale, shona, "Selling my 7.5t, 2014, three stalls, living, new floor last "
                + "year. £28,000. Photos on request.");
        Post caLorry = re(5, "10:00", carys, shLorry, "Is that the one you put new ramp springs on? That lorry's a "
                + "gem.");
        re(5, "10:20", shona, caLorry, "That's the one. Upgrading to a 3-horse with bigger living.");
        Post caTyre = say(6, "14:00", hbCab, carys, "Tyre blowout on the A1 yesterday with two hunters on board. "
                + "Everyone's fine but my heart's still going.");
        Post shTyre = re(6, "14:20", shona, caTyre, "Awful. Did the recovery firm come quickly?");
        re(6, "14:40", carys, shTyre, "Two hours. The horses were better behaved than me.");
        Post ulSales = say(7, "18:00", hbCab, ulrich, "Anyone doing the Newmarket sales in October? Could share a "
                + "run down if we've both got part loads.");
        re(7, "18:30", shona, ulSales, "Probably. Let's talk nearer the time.");
        // W31
        joins(8, "09:50", hbJourneys, tilly);
        Post tiFirst = say(8, "10:00", hbJourneys, tilly, "Hi, I've just bought my first horse and need him brought "
                + "from Thirsk to Harrogate on 7 August. How much is a short trip like that usually?");
        Post shFirst = re(8, "10:30", shona, tiFirst, "Short local runs are often a flat fee, £80-£120. Make sure "
                + "the transporter has an authorisation and insurance, and his passport travels with him.");
        re(8, "10:45", tilly, shFirst, "That's so helpful, thank you.");
        Post caFirst = re(8, "11:00", carys, tiFirst, "I'm around Harrogate on the 7th and could do it for £90, if "
                + "you'd like.");
        re(8, "11:15", tilly, caFirst, "Yes please!");
        Post ulFerry = say(9, "15:00", hbCab, ulrich, "Holyhead ferry on the 5th cancelled? Anyone heard?");
        re(9, "15:20", carys, ulFerry, "Moved to the 6th, the ferry company texted me this morning.");
        Post phRug = say(10, "09:00", hbForSale, philippa, "Wanted: a second-hand travel rug for a 16.2, anyone?");
        Post shRug = re(10, "09:20", shona, phRug, "I've got a 6'9 in good nick, £30, yours if you want it.");
        re(10, "09:40", philippa, shRug, "Yes please, I'll collect at the weekend.");
        Post shTacho = say(11, "08:00", hbCab, shona, "Reminder for anyone whose tachograph card was issued in 2027: "
                + "they expire this summer.");
        re(11, "08:30", ulrich, shTacho, "Thanks, mine's September. Ordering now.");
        Post deSixth = re(12, "12:00", declan, ulIreland, "Change of plan: she now needs to go on the 6th, not the "
                + "5th. Still OK, Ulrich?");
        re(12, "12:30", ulrich, deSixth, "The ferry's moved anyway, so the 6th suits me fine.");
        say(13, "16:00", hbCab, carys, "Weekend hack with my own horse for once. Forgot how nice the lorry is when "
                + "I'm not working it.");
        say(14, "19:00", hbCab, shona, "Viewing on the 7.5t tomorrow. Fingers crossed, I've polished everything "
                + "twice.");
        // W32
        Post tiMajor = say(15, "09:00", hbJourneys, tilly, "Thank you Carys, Major travelled like a pro and walked "
                + "off the lorry like he owned the place.");
        tiMajor.react("🎉", shona, carys);
        re(15, "09:30", carys, tiMajor, "He was a gentleman. Enjoy him!");
        Post phFoal = say(16, "10:00", hbJourneys, philippa, "My mare's in foal, due in March. How late in the "
                + "pregnancy is it safe to travel her?");
        Post caFoal = re(16, "10:40", carys, phFoal, "Most vets are happy with travel until the last month or so, but "
                + "ask yours. Keep journeys short, stop every three hours and offer water. I move in-foal mares "
                + "regularly with a padded stall, £1.60 a mile as before, message me when you need it.");
        re(16, "11:00", philippa, caFoal, "Good to know, I'll ask the vet and come back to you.");
        Post ulKildare = say(17, "14:00", hbCab, ulrich, "Back from Kildare. Mare delivered, and Declan's family threw "
                + "me a barbecue.");
        re(17, "14:20", shona, ulKildare, "Now that's a tip!");
        Post shSold = say(18, "10:00", hbForSale, shona, "The 7.5t is sold! Thanks for the interest.");
        re(18, "10:20", carys, shSold, "Congratulations, enjoy the new one.");
        Post deThanks = say(19, "09:00", hbJourneys, declan, "Thanks Ulrich, she's home safe. My friend's sending her "
                + "gelding over in October and I've told her to book you.");
        re(19, "09:30", ulrich, deThanks, "Thank you Declan! Tell her to message me.");
        Post caMech = say(20, "08:00", hbCab, carys, "Anyone know a good mobile mechanic near Thirsk? My lorry's "
                + "making a noise.");
        Post ulMech = re(20, "08:30", ulrich, caMech, "Pete at Sowerby Commercial does lorries on site.");
        re(20, "08:45", carys, ulMech, "Thanks Ulrich, calling him.");
        Post phVet = say(21, "10:00", hbJourneys, philippa, "Vet says she's fine to travel until early February. "
                + "Carys, I'll book you for the move to the stud in January.");
        re(21, "10:30", carys, phVet, "Lovely, I'll pencil it in.");
    }

    private void kennelKeepers() {
        // W30
        Post maCough = say(1, "09:00", kkBack, marcus, "Kennel cough going round Ripon: two of ours coughing despite "
                + "the jab. Anyone else?");
        re(1, "09:30", bridget, maCough, "Three here last month. We isolate for ten days and ask the vet to check any "
                + "that go off their food.");
        Post anCough = re(1, "09:50", annabel, maCough, "Same. And we've started asking owners to vaccinate three "
                + "weeks before, not one.");
        re(1, "10:10", marcus, anCough, "Good idea, I'll add it to our booking form.");
        Post geRescue = say(2, "11:00", kkOwners, gemma, "My rescue greyhound has never been boarded and gets "
                + "anxious. How do I prepare him for kennels in August?");
        Post maRescue = say(2, "11:30", kkOwners, marcus, "Book a trial night or two before the real stay, Gemma, and "
                + "bring his own bed and an unwashed T-shirt of yours. Most kennels will do a day visit first too.");
        re(2, "11:50", gemma, maRescue, "A trial night is a great idea, thank you!");
        Post prLab = say(3, "10:00", kkWait, pradeep, "Need boarding for a labrador 14-21 August, Leeds area. "
                + "Anyone?");
        Post anLab = re(3, "10:30", annabel, prLab, "We have one run left for those dates, £24 a night. Vaccination "
                + "card needed.");
        re(3, "10:50", pradeep, anLab, "Booked, thank you.");
        Post brInspect = say(4, "16:00", kkBack, bridget, "Council licence inspection next week. Anyone had the new "
                + "inspector? Is she strict about the enrichment log?");
        Post anInspect = re(4, "16:30", annabel, brInspect, "She is, but fair. Have a week of logs ready and a plan "
                + "for each dog.");
        re(4, "16:45", bridget, anInspect, "Writing them up tonight, thanks.");
        Post brPhone = say(5, "18:00", kkBack, bridget, "Is anyone else's phone ringing off the hook for August? "
                + "I'm full from the 7th.");
        re(5, "18:20", marcus, brPhone, "Full from the 1st. I've started a cancellations list.");
        say(6, "12:00", kkWait, annabel, "Last-minute space: one large run 1-4 August, £24 a night.");
        Post zoSeason = say(6, "14:00", kkOwners, zofia, "Is it true kennels won't take dogs who are in season?");
        Post brSeason = re(6, "14:20", bridget, zoSeason, "Most won't, or they board them apart. Tell the kennel "
                + "when you book so they can plan.");
        re(6, "14:40", zofia, brSeason, "Thanks, I'll wait until after her season then.");
        // W31
        Post geTrial = say(8, "09:00", kkOwners, gemma, "Trial night done! He barked for an hour and then slept like a "
                + "log. Thank you Marcus.");
        re(8, "09:20", marcus, geTrial, "That's a great start. The second stay is always easier.");
        Post maStaff = say(9, "10:00", kkBack, marcus, "Staffing: how are you all finding summer cover? My two "
                + "students went off to festivals.");
        re(9, "10:30", bridget, maStaff, "Local college placements saved us. Ask for the animal care course tutor.");
        re(9, "11:00", annabel, maStaff, "We pay a bit over the minimum and they come back every summer.");
        Post prFlea = say(10, "13:00", kkOwners, pradeep, "Does my lab need a flea treatment before kennels?");
        Post anFlea = re(10, "13:20", annabel, prFlea, "Yes, most ask for one within the month. Bring the date with "
                + "his vaccination card.");
        re(10, "13:40", pradeep, anFlea, "Will do.");
        Post zoDates = say(11, "09:00", kkWait, zofia, "Spaniel needs boarding 20-22 August, near Harrogate. She's "
                + "out of season now!");
        Post brDates = re(11, "09:30", bridget, zoDates, "We can take her, £22 a night.");
        re(11, "09:50", zofia, brDates, "Lovely, booking.");
        Post anStars = say(12, "17:00", kkBack, annabel, "Inspection's done and we got five stars! Thank you all for "
                + "the enrichment tips.");
        anStars.react("🎉", bridget, marcus);
        re(12, "17:20", bridget, anStars, "Brilliant!");
        Post prOnline = say(13, "11:00", kkOwners, pradeep, "Is there a website where I can book with you online, "
                + "Annabel? I'd rather not ring.");
        Post anOnline = re(13, "11:20", annabel, prOnline, "Yes: cricksfarmkennels.example/book, and it shows the "
                + "free dates.");
        re(13, "11:40", pradeep, anOnline, "Perfect.");
        Post geBooked = say(14, "10:00", kkOwners, gemma, "Booked his real stay for the 18th. Nervous owner, calm "
                + "dog, apparently.");
        re(14, "10:30", marcus, geBooked, "That's usually how it goes. See you both on the 18th.");
        // W32: Leon turns up with a demo.
        joins(15, "11:30", kkBack, leon);
        Post brDouble = say(15, "12:00", kkBack, bridget, "I double booked two spaniels into the same run this "
                + "weekend. My paper diary is a disaster.");
        re(15, "12:20", leon, brDouble, "Double bookings are exactly what KennelDesk stops: bookings and "
                + "vaccination checks in one place. Book a 15-minute demo here: kenneldesk.example/book");
        Post anDouble = re(15, "12:40", annabel, brDouble, "Been there. A whiteboard by the runs saved me, plus one "
                + "person who does all the bookings.");
        re(15, "13:00", bridget, anDouble, "A whiteboard I can manage. Thanks Annabel.");
        Post geTips = say(16, "10:00", kkOwners, gemma, "Greyhound's first real stay is next week. Any last tips?");
        re(16, "10:30", marcus, geTips, "Quick and cheerful drop-off. Long goodbyes make them worry.");
        Post maSmell = say(17, "09:00", kkBack, marcus, "Anyone found a kennel disinfectant that doesn't smell like a "
                + "swimming pool?");
        Post brSmell = re(17, "09:20", bridget, maSmell, "F10, diluted right. The dogs don't mind it.");
        re(17, "09:40", marcus, brSmell, "Ordering some.");
        say(18, "12:00", kkWait, annabel, "Two runs free 9-12 August after cancellations, £24 a night.");
        Post zoSulk = say(19, "10:00", kkOwners, zofia, "Picked up my spaniel and she's sulking at me. Is that "
                + "normal?");
        re(19, "10:20", bridget, zoSulk, "Totally normal. Give it a day and she'll forgive you.");
        Post anHeat = say(20, "15:00", kkBack, annabel, "Heatwave plan: fans in every run and frozen Kongs at 2pm. "
                + "What else do you all do?");
        re(20, "15:30", marcus, anHeat, "Paddling pools in the exercise yard. Ours have never been happier.");
        say(21, "18:00", kkBack, marcus, "Heatwave survived, no heat stress anywhere. Thanks for the Kong idea, "
                + "Annabel.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes118Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 118");
    }
}
