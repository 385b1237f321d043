package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 110 (sealed): eight communities of retail and markets, of kinds no earlier round used (a farmers'
 * market's stallholders with its market office and a room where shoppers ask, a Sunday car-boot sale's regulars where
 * nobody sells for a living but an online reseller turns up, second-hand record dealers and collectors with a
 * wants-list room and a dealer's DM to a new collector, one high street's independent shop owners' association with
 * its committee, a room where residents ask and a print-shop owner's DM to a new member, craft fair sellers with a
 * room where shoppers ask and a candle maker who talks there only with fellow makers, an old-fashioned sweet shop's own
 * server, Humbug &amp; Co., with its Staff and Customers, shop-floor retail workers over the Christmas rush
 * where nobody sells, and independent greengrocers with a wholesale market trader among them whose fellow
 * greengrocers are his customers), over three ISO weeks (2031-W50 to W52, the run-up to Christmas, Christmas Day
 * on day 18), written and labelled by writer110 (session 55) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-110.csv}. Run {@link #main} from the project root to write
 * the export again.
 */
final class HeldOutScenes110Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2031, 12, 8);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2031, 12, 29, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-110";
    private static final int BASE = 86000;

    // --- A. a farmers' market's stallholders ---
    private final String ash = cast.guild(1381);
    private final Role marketOffice = cast.role("Market Office", "#27ae60", 1);
    private final Channel agOffice = cast.channel(ash, "Ashby Green Farmers' Market", "market-office",
            "from the market office: pitch lists, dates, rules and paperwork; stallholders reply here",
            "ag-market-office.json");
    private final Channel agStall = cast.channel(ash, "Ashby Green Farmers' Market", "stallholders",
            "for stallholders talking shop: pitches, gazebos, card readers, takings and the weather",
            "ag-stallholders.json");
    private final Channel agAsk = cast.channel(ash, "Ashby Green Farmers' Market", "shoppers-ask",
            "shoppers ask the stallholders about produce, Christmas pre-orders and collection", "ag-shoppers-ask.json");
    private final Channel agDay = cast.channel(ash, "Ashby Green Farmers' Market", "market-days",
            "chat and photos from market mornings", "ag-market-days.json");
    private final Persona harriet = cast.person("harriet.okonkwo", "Harriet Okonkwo", marketOffice);
    private final Persona rhodri = cast.person("rhodri.pugh", "Rhodri Pugh");
    private final Persona ines = cast.person("ines.carvalho", "Ines Carvalho");
    private final Persona agnieszka = cast.person("agnieszka.nowak", "Agnieszka Nowak");
    private final Persona tobias = cast.person("tobias.whitcombe", "Tobias Whitcombe");
    private final Persona malcolm = cast.person("malcolm.ferris", "Malcolm Ferris");
    private final Persona priti = cast.person("priti.desai", "Priti Desai");

    // --- B. a Sunday car-boot sale's regulars ---
    private final String boot = cast.guild(1382);
    private final Role organiser = cast.role("Organiser", "#e67e22", 1);
    private final Channel cbNews = cast.channel(boot, "Hollins Farm Sunday Car Boot", "boot-news",
            "from the organisers: on or off this Sunday, gate times, pitch prices, weather", "cb-boot-news.json");
    private final Channel cbFinds = cast.channel(boot, "Hollins Farm Sunday Car Boot", "finds-and-bargains",
            "show off what you found at the boot", "cb-finds-and-bargains.json");
    private final Channel cbWanted = cast.channel(boot, "Hollins Farm Sunday Car Boot", "wanted",
            "looking for something? ask here and someone might have it in their loft", "cb-wanted.json");
    private final Channel cbChat = cast.channel(boot, "Hollins Farm Sunday Car Boot", "tea-hut",
            "general chat, tips for buyers and first-time sellers", "cb-tea-hut.json");
    private final Persona glenys = cast.person("glenys.parry", "Glenys Parry", organiser);
    private final Persona maureen = cast.person("maureen.tickell", "Maureen Tickell");
    private final Persona dev = cast.person("dev.chauhan", "Dev Chauhan");
    private final Persona shona = cast.person("shona.baird", "Shona Baird");
    private final Persona kofi = cast.person("kofi.asante", "Kofi Asante");
    private final Persona alun = cast.person("alun.bevan", "Alun Bevan");
    private final Persona lewis = cast.person("lewis.harkin", "Lewis Harkin");

    // --- C. second-hand record dealers and collectors ---
    private final String crate = cast.guild(1383);
    private final Channel cnBack = cast.channel(crate, "Crate & Needle: Record Dealers and Diggers", "dealers-backroom",
            "for record dealers talking shop: fairs, grading, pricing, stock and postage", "cn-dealers-backroom.json");
    private final Channel cnWants = cast.channel(crate, "Crate & Needle: Record Dealers and Diggers", "wants-lists",
            "collectors post what they're hunting; dealers say if they have it", "cn-wants-lists.json");
    private final Channel cnFairs = cast.channel(crate, "Crate & Needle: Record Dealers and Diggers", "record-fairs",
            "fair dates, tables, who's going and what it was like", "cn-record-fairs.json");
    private final Channel cnIntro = cast.channel(crate, "Crate & Needle: Record Dealers and Diggers", "introductions",
            "new here? say hello and what you collect or sell", "cn-introductions.json");
    private final Persona jerome = cast.person("jerome.baptiste", "Jerome Baptiste");
    private final Persona ottilie = cast.person("ottilie.brandwood", "Ottilie Brandwood");
    private final Persona barnaby = cast.person("barnaby.quist", "Barnaby Quist");
    private final Persona winston = cast.person("winston.forde", "Winston Forde");
    private final Persona hamish = cast.person("hamish.gorecki", "Hamish Gorecki");
    private final Persona saskia = cast.person("saskia.vermeulen", "Saskia Vermeulen");
    private final Persona fintan = cast.person("fintan.doherty", "Fintan Doherty");
    private final Channel cnDm = cast.dm(barnaby, "dm-barnaby-quist.json");

    // --- D. one high street's independent shop owners' association ---
    private final String street = cast.guild(1384);
    private final Channel msMembers = cast.channel(street, "Market Street Traders, Kettleby", "members-chat",
            "for Market Street shop owners: day-to-day chat, help and moans", "ms-members-chat.json");
    private final Channel msCommittee = cast.channel(street, "Market Street Traders, Kettleby", "committee-notices",
            "from the committee: meetings, late-night shopping, the window trail; sign-ups here",
            "ms-committee-notices.json");
    private final Channel msAsk = cast.channel(street, "Market Street Traders, Kettleby", "ask-the-high-street",
            "residents ask what's open, who stocks what and when", "ms-ask-the-high-street.json");
    private final Channel msIntro = cast.channel(street, "Market Street Traders, Kettleby", "introductions",
            "new members and residents, say hello", "ms-introductions.json");
    private final Persona yasmin = cast.person("yasmin.farouk", "Yasmin Farouk");
    private final Persona clive = cast.person("clive.ashworth", "Clive Ashworth");
    private final Persona eamon = cast.person("eamon.whelan", "Eamon Whelan");
    private final Persona lyndon = cast.person("lyndon.pryce", "Lyndon Pryce");
    private final Persona gareth = cast.person("gareth.ellery", "Gareth Ellery");
    private final Persona noor = cast.person("noor.qureshi", "Noor Qureshi");
    private final Persona margit = cast.person("margit.solheim", "Margit Solheim");
    private final Channel msDm = cast.dm(lyndon, "dm-lyndon-pryce.json");

    // --- E. craft fair sellers ---
    private final String stall = cast.guild(1385);
    private final Channel stTalk = cast.channel(stall, "Stall & Table: Craft Fair Sellers", "makers-talk",
            "for craft fair sellers talking shop: pitch fees, displays, card readers, quiet fairs",
            "st-makers-talk.json");
    private final Channel stAsk = cast.channel(stall, "Stall & Table: Craft Fair Sellers", "ask-a-maker",
            "shoppers ask makers about gifts, custom orders and where to find them at fairs", "st-ask-a-maker.json");
    private final Channel stFairs = cast.channel(stall, "Stall & Table: Craft Fair Sellers", "fair-listings",
            "upcoming fairs and organisers' calls for stallholders; say where you're trading", "st-fair-listings.json");
    private final Persona imogen = cast.person("imogen.treharne", "Imogen Treharne");
    private final Persona wilfred = cast.person("wilfred.amankwah", "Wilfred Amankwah");
    private final Persona tamsin = cast.person("tamsin.fairbrother", "Tamsin Fairbrother");
    private final Persona lorna = cast.person("lorna.kirkbride", "Lorna Kirkbride");
    private final Persona ayesha = cast.person("ayesha.rahman", "Ayesha Rahman");
    private final Persona douglas = cast.person("douglas.mckinnon", "Douglas McKinnon");
    private final Persona rhiannon = cast.person("rhiannon.voss", "Rhiannon Voss");

    // --- F. a sweet shop's own server ---
    private final String sweets = cast.guild(1386);
    private final Role staff = cast.role("Staff", "#c0392b", 2);
    private final Role customer = cast.role("Customer", "#95a5a6", 1);
    private final Channel hbNews = cast.channel(sweets, "Humbug & Co. Sweet Shop", "shop-news",
            "from the Humbug & Co. team: new jars, opening hours, Christmas hampers", "hb-shop-news.json");
    private final Channel hbOrders = cast.channel(sweets, "Humbug & Co. Sweet Shop", "orders-and-hampers",
            "customers: questions about hampers, jar orders, collection and posting; staff answer",
            "hb-orders-and-hampers.json");
    private final Channel hbChat = cast.channel(sweets, "Humbug & Co. Sweet Shop", "sweet-talk",
            "chat about sweets old and new, memories and favourites", "hb-sweet-talk.json");
    private final Channel hbWelcome = cast.channel(sweets, "Humbug & Co. Sweet Shop", "welcome",
            "new here? say hello", "hb-welcome.json");
    private final Persona elowen = cast.person("elowen.treloar", "Elowen Treloar", staff);
    private final Persona marcus = cast.person("marcus.pettigrew", "Marcus Pettigrew", staff);
    private final Persona jodie = cast.person("jodie.kavanagh", "Jodie Kavanagh", staff);
    private final Persona beryl = cast.person("beryl.hutchins", "Beryl Hutchins", customer);
    private final Persona arjun = cast.person("arjun.malhotra", "Arjun Malhotra", customer);
    private final Persona niamh = cast.person("niamh.corrigan", "Niamh Corrigan", customer);
    private final Persona stanislav = cast.person("stanislav.orlov", "Stanislav Orlov");

    // --- G. shop-floor retail workers ---
    private final String tills = cast.guild(1387);
    private final Channel ttBreak = cast.channel(tills, "Tills & Tannoys: Shop-Floor Staffroom", "break-room",
            "general chat for anyone who works on a shop floor", "tt-break-room.json");
    private final Channel ttRota = cast.channel(tills, "Tills & Tannoys: Shop-Floor Staffroom", "rota-and-pay",
            "questions on shifts, holiday pay, contracts and bank-holiday rates; anyone answers",
            "tt-rota-and-pay.json");
    private final Channel ttStories = cast.channel(tills, "Tills & Tannoys: Shop-Floor Staffroom", "customer-stories",
            "the good, the bad and the 'can I speak to your manager'", "tt-customer-stories.json");
    private final Channel ttSurvival = cast.channel(tills, "Tills & Tannoys: Shop-Floor Staffroom", "survival-tips",
            "feet, backs, voices: getting through December on the shop floor", "tt-survival-tips.json");
    private final Persona tariq = cast.person("tariq.hussain", "Tariq Hussain");
    private final Persona bronwyn = cast.person("bronwyn.jeffreys", "Bronwyn Jeffreys");
    private final Persona nathaniel = cast.person("nathaniel.okoro", "Nathaniel Okoro");
    private final Persona leanne = cast.person("leanne.rushworth", "Leanne Rushworth");
    private final Persona zofia = cast.person("zofia.mazur", "Zofia Mazur");
    private final Persona ellis = cast.person("ellis.greenhalgh", "Ellis Greenhalgh");

    // --- H. independent greengrocers ---
    private final String barrow = cast.guild(1388);
    private final Channel bbShop = cast.channel(barrow, "Barrow & Box: Independent Greengrocers", "shop-talk",
            "for greengrocers talking shop: suppliers, waste, staff, prices", "bb-shop-talk.json");
    private final Channel bbPrices = cast.channel(barrow, "Barrow & Box: Independent Greengrocers", "market-prices",
            "wholesale market prices and what's good this week, and orders for the market run",
            "bb-market-prices.json");
    private final Channel bbAsk = cast.channel(barrow, "Barrow & Box: Independent Greengrocers", "ask-your-greengrocer",
            "shoppers, cafés and cooks ask greengrocers: what's in season, veg boxes, deliveries",
            "bb-ask-your-greengrocer.json");
    private final Channel bbIntro = cast.channel(barrow, "Barrow & Box: Independent Greengrocers", "introductions",
            "new here? say hello and what you do", "bb-introductions.json");
    private final Persona vikram = cast.person("vikram.sandhu", "Vikram Sandhu");
    private final Persona sebastian = cast.person("sebastian.holt", "Sebastian Holt");
    private final Persona oonagh = cast.person("oonagh.kilbride", "Oonagh Kilbride");
    private final Persona kwame = cast.person("kwame.osei", "Kwame Osei");
    private final Persona ravinder = cast.person("ravinder.bhatti", "Ravinder Bhatti");
    private final Persona lucinda = cast.person("lucinda.farrant", "Lucinda Farrant");

    HeldOutScenes110Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        farmersMarket();
        carBoot();
        recordDealers();
        highStreet();
        craftFairs();
        sweetShop();
        shopFloor();
        greengrocers();
    }

    private void farmersMarket() {
        // W50
        Post haDates = say(1, "09:00", agOffice, harriet, "Morning all. Christmas markets are this Saturday (13th) and "
                + "next (20th), 8am to 1pm. The pitch list for the 13th is pinned; weights on every gazebo leg please, "
                + "the forecast is gusty.");
        Post toGate = re(1, "09:40", tobias, haDates, "Thanks Harriet. Could I swap to the end pitch by the gate? "
                + "The van unloads far easier there.");
        Post haGate = re(1, "10:05", harriet, toGate, "Yes, swapped you with the flower stall, they wanted to be "
                + "nearer the café anyway.");
        re(1, "10:12", tobias, haGate, "Brilliant, thanks.");
        say(2, "08:30", agOffice, harriet, "@Rhodri Pugh are you taking the double pitch on the 20th like last "
                + "year? I need to know by Wednesday evening or it goes to the waiting list.");
        Post maTurkey = say(2, "11:00", agAsk, malcolm, "Is anyone doing fresh turkeys for collection at the market "
                + "on the 20th? We're eight this year.");
        Post rhTurkey = re(2, "12:10", rhodri, maTurkey, "I am. Bronze turkeys, free range, 5 to 9 kilos. Tell me "
                + "the size and I'll put your name on one, pay when you collect on the 20th.");
        Post maSize = re(2, "12:30", malcolm, rhTurkey, "Seven kilos please, name's Ferris. Cheers.");
        re(2, "12:40", rhodri, maSize, "Done, you're on the list.");
        Post rhWeights = say(3, "07:50", agStall, rhodri, "Anyone got spare gazebo weights? One of mine cracked in "
                + "the frost.");
        Post toWeights = re(3, "08:20", tobias, rhWeights, "I've two 15 kg ones in the barn, bring them back after "
                + "the 20th.");
        re(3, "08:30", rhodri, toWeights, "Legend, I'll grab them Friday.");
        Post prCheese = say(3, "10:00", agAsk, priti, "Does anyone at the market do a goat's cheese that isn't too "
                + "strong? My dad swears he hates goat's cheese but I think he's only had the chalky kind.");
        Post inCheese = re(3, "10:45", ines, prCheese, "Try the fresh one, it's mild and lemony, nothing like an aged "
                + "log. I'll have a tasting board out on Saturday, bring him along.");
        re(3, "11:00", priti, inCheese, "Perfect, we'll come by.");
        say(4, "14:00", agOffice, harriet, "@Rhodri Pugh still need an answer on the double pitch for the 20th "
                + "please, the waiting list is asking me.");
        Post prStollen = say(4, "16:00", agAsk, priti, "@Agnieszka Nowak do you take orders for stollen? Last year "
                + "you'd sold out by ten.");
        Post agStollen = re(5, "08:30", agnieszka, prStollen, "I do this year! £9 a loaf, collect at the market on "
                + "the 20th. The order form is agnieszkabakes.example/christmas");
        re(5, "09:00", priti, agStollen, "Ordered two, thank you!");
        Post toSprouts = say(5, "17:00", agStall, tobias, "Sprouts are looking good despite the frost. Parsnips less "
                + "so, the mice found them first.");
        re(5, "17:20", rhodri, toSprouts, "Mice had my feed sacks too. The cat's on it now.");
        Post haGates = say(6, "07:10", agDay, harriet, "Gates open, the wind's dropped. Have a good one everyone.");
        haGates.react("👍", tobias, ines, agnieszka);
        say(6, "14:00", agDay, tobias, "Sold out of sprouts by eleven. Bringing double next week.");
        Post haDouble = say(7, "19:00", agOffice, harriet, "The double pitch on the 20th has gone to Hollowbrook "
                + "Apples from the waiting list, as I didn't hear back. Rhodri, you're on your usual single.");
        // W51
        Post rhSorry = re(8, "08:00", rhodri, haDouble, "Sorry Harriet, I saw it and forgot to reply in the plucking "
                + "chaos. The single is fine.");
        re(8, "08:20", harriet, rhSorry, "No harm done, see you Saturday.");
        Post prBigger = re(8, "10:00", priti, inCheese, "My dad loved the fresh one! Is there a bigger round for "
                + "Christmas Day?");
        re(8, "11:00", ines, prBigger, "There's a 500 g round, I'll keep one back for you on the 20th.");
        Post agRegulars = say(9, "09:00", agStall, agnieszka, "Question for the long-timers: do you give regulars "
                + "a discount at Christmas, or is that a mug's game?");
        Post toRegulars = re(9, "09:30", tobias, agRegulars, "I don't discount, but I throw in a bunch of herbs or a "
                + "few clementines. People remember that more than 50p off.");
        re(9, "09:40", ines, agRegulars, "Same, a little extra in the bag. And learn their names, that's half of it.");
        re(9, "10:00", agnieszka, toRegulars, "Good shout, I'll slip the regulars a mince pie.");
        Post maPark = say(10, "12:00", agAsk, malcolm, "Is there parking on the green on Saturday or is it the "
                + "church car park again?");
        Post haPark = re(10, "12:30", harriet, maPark, "Church car park, the green's too soft after the rain. Free "
                + "until 2.");
        re(10, "12:45", malcolm, haPark, "Thanks Harriet.");
        Post rhSold = say(11, "16:00", agStall, rhodri, "All turkeys spoken for. If anyone asks you, send them to the "
                + "butcher in Hatton, he's got a few left.");
        re(11, "16:10", tobias, rhSold, "Will do.");
        say(12, "18:00", agOffice, harriet, "Saturday's pitch list is pinned. Last market of the year, then we're "
                + "back on 10 January.");
        say(13, "07:00", agDay, harriet, "Frost on the green but sunshine. Last one of 2031, enjoy it!");
        Post prPicked = say(13, "12:00", agDay, priti, "Picked up our cheese and stollen, thank you all, see you in "
                + "January.");
        re(13, "12:20", agnieszka, prPicked, "Thanks Priti, happy Christmas to you and your dad!");
        Post maFridge = say(13, "14:00", agDay, malcolm, "Turkey's in the garage fridge, it barely fits. Thanks "
                + "@Rhodri Pugh.");
        re(13, "14:30", rhodri, maFridge, "Enjoy it! 20 minutes a kilo plus 90, then rest it an hour.");
        Post inShut = say(14, "10:00", agStall, ines, "I'm shutting the dairy shop from tomorrow till 2 January, "
                + "the goats and I need a rest. Messages after that!");
        re(14, "10:15", tobias, inShut, "Have a good break Ines.");
        // W52
        Post inLast = say(15, "09:00", agStall, ines, "Last post of the year from me: thank you all for a good "
                + "season. See you on the 10th.");
        re(15, "09:30", tobias, inLast, "Same to you!");
        Post prKeep = say(16, "11:00", agAsk, priti, "@Ines Carvalho how long will the 500 g round keep in the "
                + "fridge once it's cut?");
        Post agKeep = re(16, "13:00", agnieszka, prKeep, "Not Ines, but about a week wrapped in wax paper, not cling "
                + "film. She'll put me right when she's back.");
        re(16, "13:10", priti, agKeep, "Wax paper it is, thanks.");
        Post haXmas = say(18, "10:00", agDay, harriet, "Happy Christmas all, from the market office.");
        haXmas.react("❤️", priti, malcolm, tobias);
        say(19, "11:00", agStall, rhodri, "Survived. Sold the last of the pork yesterday. Sleeping until January.");
        Post ha2032 = say(20, "10:00", agOffice, harriet, "2032 dates are up: second Saturday every month, the first "
                + "one 10 January. Reply here if you want to drop a month.");
        re(20, "10:30", tobias, ha2032, "All twelve for me please.");
        re(21, "09:00", agnieszka, ha2032, "I'll skip February, I'm away. All the rest please.");
    }

    private void carBoot() {
        // W50
        Post glOn = say(1, "10:00", cbNews, glenys, "Boot is ON this Sunday (14th), in the big barn: sellers from "
                + "7am, buyers from 8. £10 a car, £15 a van. Tea hut open as usual.");
        glOn.react("👍", maureen, dev, shona);
        Post shHouse = say(2, "19:00", cbWanted, shona, "Looking for a wooden dolls' house for my daughter for "
                + "Christmas. Doesn't have to be perfect, we'll paint it.");
        Post mauHouse = re(2, "20:10", maureen, shHouse, "There's a lady on the back row who often has them, blue "
                + "estate car. I'll point you to her on Sunday.");
        re(2, "20:20", shona, mauHouse, "Thank you! I'll look out for the blue estate.");
        Post alFirst = say(3, "18:00", cbChat, alun, "First time selling this Sunday. What do people actually buy in "
                + "December? I've got a lot of old DVDs and some kitchen stuff.");
        re(3, "18:30", maureen, alFirst, "Toys, decorations, anything gift-ish. DVDs go for 50p if at all. Bring a "
                + "float of pound coins and a table, don't sell out of the boot itself.");
        Post deFirst = re(3, "18:45", dev, alFirst, "And don't put prices on, let them offer. The dealers will be at "
                + "your car before you've opened up, don't let the good stuff go in the first ten minutes.");
        re(3, "19:00", alun, deFirst, "Ha, noted. Thanks both.");
        Post dePlanes = say(4, "12:00", cbWanted, dev, "Anyone seen any old Record or Stanley planes about? No. 4 or "
                + "5, rusty is fine.");
        Post koPlanes = re(4, "13:00", kofi, dePlanes, "I'm clearing my late dad's garage and there are at least "
                + "three planes in there. I'll bring them Sunday, pitch near the tea hut. No idea what they're worth, "
                + "make me an offer.");
        re(4, "13:20", dev, koPlanes, "Sorry about your dad. I'll come and find you first thing.");
        say(5, "09:00", cbNews, glenys, "Forecast for Sunday: dry, 3 degrees. Wrap up, the barn doors stay open.");
        Post deNo4 = say(7, "11:00", cbFinds, dev, "Got a Record No. 4 off Kofi's pitch, he wouldn't take more than "
                + "a fiver for it. Photo later.");
        re(7, "11:20", kofi, deNo4, "It was doing nothing in the garage. Glad it's gone to someone who'll use it.");
        Post shFound = say(7, "12:00", cbFinds, shona, "Dolls' house found! The blue estate lady, £12, the roof needs "
                + "glue. Thanks @Maureen Tickell.");
        re(7, "12:30", maureen, shFound, "Told you she'd have one. Post a picture when it's painted.");
        Post alMade = say(7, "13:00", cbChat, alun, "Made £86 and sold most of the kitchen stuff. The DVDs are going "
                + "to the charity shop.");
        re(7, "13:10", maureen, alMade, "Not bad for a first go!");
        say(7, "15:00", cbNews, glenys, "Thanks all, 74 cars today, a record for the barn. Next one Sunday 21st, same "
                + "times.");
        // W51
        joins(8, "09:00", cbChat, lewis);
        Post leHi = say(8, "09:30", cbChat, lewis, "Hi all, I was at the barn on Sunday, picked up some great bits.");
        re(8, "09:50", maureen, leHi, "Welcome! Hope you found the tea hut, the bacon rolls are the best thing there.");
        say(9, "20:00", cbFinds, lewis, "Everything I picked up on Sunday is now listed: vintage Pyrex, Matchbox cars, "
                + "old tins. flipsandfinds.example/shop code BOOT20 for 20% off");
        say(9, "20:05", cbWanted, lewis, "Anything retro you're after is probably in my shop: "
                + "flipsandfinds.example/shop and BOOT20 takes 20% off");
        Post leGifts = say(9, "20:08", cbChat, lewis, "Christmas gifts sorted, my shop has loads: "
                + "flipsandfinds.example/shop (BOOT20 = 20% off)");
        re(9, "21:00", maureen, leGifts, "Bit cheeky, love, half those bits were 50p on Sunday.");
        Post glLinks = re(10, "08:00", glenys, leGifts, "Lewis, shop links aren't really what this group is for, it's "
                + "for people who come to the boot. Very happy for you to sell from a pitch though.");
        Post shTrain = say(10, "10:00", cbWanted, shona, "Does anyone have a Hornby train set going spare? My son's "
                + "asked Father Christmas for one and Father Christmas is skint.");
        Post deTrain = re(10, "10:40", dev, shTrain, "I've an old Hornby set in the loft, oval of track, one engine "
                + "and three wagons. £20 to you and I'll bring it Sunday.");
        re(10, "11:00", shona, deTrain, "Yes please! Thank you Dev.");
        say(11, "19:00", cbFinds, lewis, "New stuff up tonight, Hornby bits and a 70s fondue set: "
                + "flipsandfinds.example/shop");
        say(12, "09:00", cbNews, glenys, "Sunday 21st is ON, the last boot before Christmas. After that we're back "
                + "on 4 January.");
        Post alToys = say(12, "10:00", cbChat, alun, "Back again Sunday. Any tips for pricing toys? I've a box of "
                + "my kids' old stuff.");
        Post koToys = re(12, "10:30", kofi, alToys, "Lego by the kilo does well, people go mad for it. Everything else "
                + "a quid or two.");
        re(12, "10:45", alun, koToys, "Loads of Lego. Good to know, thanks.");
        Post shRuns = say(14, "11:00", cbFinds, shona, "Got the Hornby from Dev and it runs! Thank you so much.");
        re(14, "11:15", dev, shRuns, "Glad it's going to a little one. Tell him to keep the track clean.");
        Post mauTin = say(14, "12:00", cbFinds, maureen, "Found a 1950s biscuit tin with the old Queen on it for £1. "
                + "My collection is getting out of hand.");
        re(14, "12:10", kofi, mauTin, "That's off my pitch! Dad had dozens of them.");
        say(14, "13:00", cbChat, alun, "The Lego went in twenty minutes. Nearly £140 today.");
        Post glXmas = say(14, "14:30", cbNews, glenys, "Thanks everyone, 81 cars. Happy Christmas, see you on 4 "
                + "January.");
        glXmas.react("🎉", maureen, shona, alun, kofi);
        // W52
        Post leSorry = re(15, "10:00", lewis, glLinks, "Sorry about the links last week, I got carried away. I'll come "
                + "and take a pitch in January instead.");
        re(15, "10:30", glenys, leSorry, "No bother, see you on the 4th. Pitches are £10.");
        Post mauTape = say(16, "14:00", cbWanted, maureen, "Anyone got a spare roll of wide parcel tape? I need to "
                + "wrap a bike.");
        Post koTape = re(16, "14:30", kofi, mauTape, "Dad's garage had a whole box of it. I'll drop one round, you're "
                + "near the church aren't you?");
        re(16, "14:40", maureen, koTape, "Opposite it. You're a star.");
        Post leRust = say(17, "09:00", cbWanted, lewis, "How do you lot get the rust off old Matchbox "
                + "cars without ruining the paint?");
        Post deRust = re(17, "09:40", dev, leRust, "Soak just the axles in vinegar overnight and dab with a cotton "
                + "bud. Nothing but soapy water on the paint.");
        re(17, "09:50", lewis, deRust, "Cheers Dev, trying it tonight.");
        Post mauBoxing = say(19, "12:00", cbChat, maureen, "Happy Boxing Day all. Who's going to the January sales "
                + "and who's waiting for the boot?");
        re(19, "12:30", shona, mauBoxing, "Boot every time. The train's a hit, he's done nothing else all day.");
        re(19, "12:40", alun, mauBoxing, "Boot. Spent the Lego money on the kids, so no sales for me.");
    }

    private void recordDealers() {
        // W50
        Post jePost = say(1, "09:00", cnBack, jerome, "Anyone else finding December post a nightmare? Two LPs came "
                + "back damaged in transit this week, both in proper mailers.");
        Post otPost = re(1, "09:30", ottilie, jePost, "Royal Mail's been rough. I've gone to a stiffener either side "
                + "plus corner protectors. No returns since October.");
        re(1, "09:45", jerome, otPost, "Corner protectors, good idea. Ordering some today.");
        Post baBolton = say(1, "11:00", cnBack, barnaby, "Bought a 600-LP house clearance in Bolton, mostly soul and "
                + "funk. Going to take me weeks to grade.");
        re(1, "11:30", ottilie, baBolton, "Lucky you. Grade the top fifty properly and sell the rest as a bulk lot, "
                + "life's too short.");
        Post haBallads = say(2, "18:00", cnWants, hamish, "Hunting a UK first press of Coltrane's Ballads, Impulse "
                + "orange label. Clean vinyl, not fussed about the sleeve.");
        Post otBallads = re(2, "19:00", ottilie, haBallads, "I've a UK orange label, vinyl VG+, sleeve VG with a name "
                + "on the back, £45. I'll have it at the Leeds fair on Saturday if you're going.");
        Post haHold = re(2, "19:20", hamish, otBallads, "Going to Leeds, please hold it for me.");
        re(2, "19:25", ottilie, haHold, "Held.");
        joins(3, "10:00", cnIntro, saskia);
        Post saIntro = say(3, "10:20", cnIntro, saskia, "Hi! Saskia here, started collecting last year. Mostly "
                + "Northern soul and 60s girl groups, slowly learning what a good pressing is. Based in Manchester.");
        Post wiIntro = re(3, "10:40", winston, saIntro, "Welcome! With Northern soul, learn the labels before the "
                + "records, the reissues fool everyone at first. Shout if you want a hand grading.");
        re(3, "10:50", jerome, saIntro, "Welcome Saskia. Come to the Manchester fair in January, I'm usually by the "
                + "stage.");
        re(3, "11:00", saskia, wiIntro, "That's really kind, I might take you up on that.");
        Post baDm = say(4, "08:40", cnDm, barnaby, "Hi Saskia, saw your intro. I've just had 40 Northern soul 45s in "
                + "from a clearance, £8 each or £250 the lot. Whatsapp me on 07700 900311 if interested.");
        re(4, "12:00", saskia, baDm, "Thanks, but I'm only buying one or two at a time for now.");
        Post wiBlue = say(4, "20:00", cnWants, winston, "After a good Kind of Blue. Is an 80s Japanese press worth "
                + "hunting, or is the 2015 reissue just as good?");
        Post jeBlue = re(4, "20:30", jerome, wiBlue, "The Japanese one if you find it clean, the vinyl's quieter. "
                + "I've one in the shop at £30 if you're passing, no rush.");
        re(4, "20:45", winston, jeBlue, "Might pop in on Saturday, thanks.");
        Post otLeeds = say(5, "14:00", cnFairs, ottilie, "Leeds fair tomorrow, table 22. Bringing the jazz boxes and "
                + "a crate of £3 LPs.");
        re(5, "14:20", jerome, otLeeds, "I'm on 31, come and say hi when it's quiet.");
        Post haGot = say(6, "17:00", cnFairs, hamish, "Great fair today. Got the Coltrane from @Ottilie Brandwood, "
                + "it's a lovely copy.");
        re(6, "17:30", ottilie, haGot, "Enjoy it! Thanks for coming over.");
        Post saFirst = say(6, "18:00", cnFairs, saskia, "First fair, totally overwhelmed. Bought three 45s and a "
                + "Dusty LP.");
        Post wiFirst = re(6, "18:10", winston, saFirst, "That's the right amount for a first fair. What did you get?");
        Post saGot = re(6, "18:30", saskia, wiFirst, "Dusty in Memphis, a Tammi Terrell 45 and two I'd never heard "
                + "of, I just liked the labels.");
        re(6, "18:45", winston, saGot, "Buying on the label is how most of us started. Play them and see.");
        // W51
        Post baTrade = say(8, "09:00", cnBack, barnaby, "Graded the soul clearance, 40 northern 45s left. Dealers, "
                + "any interest before I list them? £6 each to the trade.");
        Post jeTrade = re(8, "09:30", jerome, baTrade, "I'll take ten, send me a list.");
        re(8, "09:40", barnaby, jeTrade, "Sending it tonight.");
        Post saNeedle = say(9, "19:00", cnWants, saskia, "Looking for a clean copy of the Velvelettes' Needle in a "
                + "Haystack on Tamla Motown, for my dad's birthday. Budget about £30.");
        Post baNeedle = re(9, "19:30", barnaby, saNeedle, "Got one, VG, £28 posted.");
        Post saPay = re(9, "20:00", saskia, baNeedle, "Perfect, yes please. How do I pay?");
        re(9, "20:10", barnaby, saPay, "Bank transfer, I'll message you the details.");
        joins(10, "09:00", cnIntro, fintan);
        Post fiIntro = say(10, "09:20", cnIntro, fintan, "Hello, Fintan here. Inherited my uncle's records, about 300 "
                + "LPs of Irish folk and 70s rock. Trying to learn what I've got before deciding what to keep.");
        re(10, "09:40", barnaby, fiIntro, "Welcome Fintan. I buy whole collections, cash, and I'll collect. For 300 "
                + "LPs I'd offer £400 to £600 depending on condition, DM me.");
        Post wiFintan = re(10, "10:30", winston, fiIntro, "Welcome! Don't sell anything in a hurry. Post a few of the "
                + "labels in #wants-lists and we'll tell you what's special.");
        re(10, "10:45", fintan, wiFintan, "Thanks, that's what I was hoping for. Will do.");
        re(10, "11:00", ottilie, fiIntro, "Welcome. Winston's right, take your time, the folk could be worth more than "
                + "you'd think.");
        Post fiBox = say(11, "18:00", cnWants, fintan, "A few from the box: the first Planxty LP on Polydor, "
                + "Horslips' The Táin, and a Thin Lizzy on Decca with a green label. Anything special?");
        Post otBox = re(11, "18:30", ottilie, fiBox, "The Decca Thin Lizzy is the one to look after, a first pressing "
                + "if the matrix ends in 1A. The Planxty is nice but common.");
        re(11, "18:40", winston, fiBox, "Horslips in the gatefold with the booklet is worth keeping too.");
        re(11, "19:00", fintan, otBox, "The matrix ends in 1A! Keeping that one. Thank you.");
        say(13, "11:00", cnFairs, jerome, "The shop's open all Christmas week except Christmas Day and Boxing Day, "
                + "if anyone's after last-minute presents.");
        // W52
        Post haRollins = say(15, "12:00", cnWants, hamish, "Post-Christmas hunt: Sonny Rollins, Saxophone Colossus, "
                + "any decent press.");
        Post jeRollins = re(15, "12:40", jerome, haRollins, "I've a 90s OJC press, near mint, £25. The shop's open "
                + "tomorrow.");
        re(15, "13:00", hamish, jeRollins, "I'll come in tomorrow, thanks.");
        Post saDad = say(16, "14:00", cnFairs, saskia, "Gave my dad the Velvelettes early and he cried. Thanks "
                + "@Barnaby Quist, it arrived in one piece.");
        re(16, "14:30", barnaby, saDad, "Lovely to hear. Happy Christmas to you both.");
        Post ot7am = say(19, "11:00", cnBack, ottilie, "Boxing Day listings went up and the first sale came in at "
                + "7am. Who buys records at 7am on Boxing Day?");
        re(19, "11:20", jerome, ot7am, "People with new record players.");
        Post wiManc = say(20, "10:00", cnFairs, winston, "Manchester fair, 10 January. Who's going?");
        Post saManc = re(20, "10:30", saskia, wiManc, "Me! I still need help grading, I'll bring a list.");
        re(20, "10:40", winston, saManc, "Let's meet at the tea stall at 11.");
    }

    private void highStreet() {
        // W50
        Post yaLate = say(1, "09:00", msCommittee, yasmin, "Late-night shopping is Thursday 11th, 5 to 8pm. Shops "
                + "taking part and anyone wanting a street stall, please add yourselves to the sheet: "
                + "forms.example/kettleby-late-night. Mince pies from the committee budget again.");
        re(1, "09:30", eamon, yaLate, "Added. We'll do mulled apple juice outside.");
        Post clRefit = say(1, "10:00", msMembers, clive, "Morning all. I finished my refit over the weekend and "
                + "honestly I think my shop looks better than it ever has. I did the shelving myself, I chose a new "
                + "sage green, and my new sign goes up on Wednesday. My takings on Saturday were my best ever for a "
                + "December Saturday.");
        Post eaSign = re(1, "10:20", eamon, clRefit, "Sounds smart Clive. Did you get the sign from Lyndon?");
        re(1, "10:40", clive, eaSign, "I did, and I designed most of it myself. I'm really pleased with my logo, I "
                + "think it's the best thing I've done for my business. My regulars noticed straight away, I had "
                + "three people comment on my window on Saturday.");
        Post gaStand = say(2, "11:00", msAsk, gareth, "Is anywhere on Market Street selling proper Christmas tree "
                + "stands? The supermarket ones are flimsy.");
        Post eaStand = re(2, "11:30", eamon, gaStand, "We have cast iron ones in, two sizes, good up to a 7 ft tree. "
                + "Come by and I'll show you.");
        re(2, "11:40", gareth, eaStand, "Brilliant, I'll be in after work.");
        Post yaBins = say(2, "14:00", msMembers, yasmin, "Has anyone had the council's letter about the bin "
                + "collection change? Mine says Tuesday mornings from January.");
        Post lyBins = re(2, "14:20", lyndon, yaBins, "Same here. Earlier than the old slot, so bags out the night "
                + "before.");
        re(2, "14:30", clive, yaBins, "I had mine. I've already told my landlord I'm not keeping my bins in my back "
                + "yard any longer, I've got my stockroom out there and I won't have my deliveries blocked.");
        re(2, "14:45", yasmin, lyBins, "Thanks Lyndon.");
        Post noSunday = say(3, "09:00", msAsk, noor, "Which shops are open on Sunday the 21st? Trying to do all my "
                + "Christmas shopping in one go.");
        Post yaSunday = re(3, "09:40", yasmin, noSunday, "Most of us are doing 10 to 4 that Sunday. The committee "
                + "will post the full list nearer the time.");
        re(3, "09:50", noor, yaSunday, "Thanks!");
        say(3, "16:00", msCommittee, yasmin, "Six street-stall slots left for Thursday's late night, sheet here: "
                + "forms.example/kettleby-late-night");
        say(4, "08:30", msCommittee, yasmin, "Last two stall slots for tonight: forms.example/kettleby-late-night");
        Post yaOn = say(4, "17:00", msCommittee, yasmin, "Late night's on! Carol singers from St Anne's are at the "
                + "clock at 6.");
        yaOn.react("🎉", eamon, clive, lyndon);
        Post clNight = say(4, "21:00", msMembers, clive, "What a night. I took more in my three hours than I usually "
                + "do in my whole Saturday. My mulled wine went down well and I sold out of my candles, so I'll need "
                + "to reorder my stock tomorrow. I think my window made the difference, honestly.");
        re(4, "21:15", eamon, clNight, "Good night all round. The carols brought people up our end too.");
        say(4, "21:30", msMembers, yasmin, "Thank you everyone, the busiest late night we've had. Committee meeting "
                + "on 8 January to plan next year.");
        Post clCase = say(5, "11:00", msMembers, clive, "My rep has asked me to do a case study on my refit for her "
                + "company's newsletter. I'm going to write about my design and my numbers since I reopened. I think "
                + "my story could be really inspiring.");
        re(5, "11:30", lyndon, clCase, "Nice one.");
        // W51
        joins(8, "09:00", msIntro, margit);
        Post maIntro = say(8, "09:30", msIntro, margit, "Hello! I'm Margit, I've taken over the old butcher's at "
                + "number 14 and I'm opening a Scandinavian deli there on the 19th: cardamom buns, cheeses, pickled "
                + "herring. Really glad to find this group.");
        re(8, "09:45", yasmin, maIntro, "Welcome Margit! Come to the January meeting, and shout if you need anything, "
                + "it's a friendly street.");
        Post eaIntro = re(8, "10:00", eamon, maIntro, "Welcome! If you need shelf brackets or a hand with the "
                + "shutter, the hardware shop's two doors down.");
        re(8, "10:30", margit, eaIntro, "The shutter sticks terribly, I might take you up on that!");
        Post lyDm = say(9, "08:30", msDm, lyndon, "Hi Margit, welcome to Market Street! We do shop signs, window "
                + "vinyls and printed bags. New members get 15% off this month, grab a free design chat here: "
                + "pryceprint.example/book");
        re(9, "12:00", margit, lyDm, "Thanks Lyndon, I've got a sign already, but I'll keep you in mind for bags.");
        Post clStudy = say(9, "10:00", msMembers, clive, "Quick update on my case study: I've written 800 words about "
                + "my shop and my refit. My rep says it's the best one she's had. I'm hoping my story gets me into "
                + "the regional awards next year.");
        Post eaStudy = re(9, "10:15", eamon, clStudy, "Good luck with it.");
        re(9, "10:30", clive, eaStudy, "Thanks. I've also entered my window for the window trail, my daughter took "
                + "my photos and I think my display is the strongest on the street this year.");
        Post gaKeys = say(10, "14:00", msAsk, gareth, "Does anyone on Market Street do key cutting? The kiosk in the "
                + "precinct has closed.");
        Post eaKeys = re(10, "14:20", eamon, gaKeys, "We do, while you wait. Bring the old key. Car keys we can't do "
                + "though.");
        re(10, "14:30", gareth, eaKeys, "Perfect, thanks Eamon. The tree stand's great by the way.");
        Post maTables = say(10, "16:00", msMembers, margit, "Does anyone know if I need a licence for tables "
                + "outside? Two on the pavement.");
        Post yaTables = re(10, "16:20", yasmin, maTables, "Yes, a pavement licence from the council, about £100 a "
                + "year. It takes two weeks, so apply now for the spring.");
        re(10, "16:30", clive, maTables, "I did mine last year. I filled in my form online and I had my licence back "
                + "in ten days. I've got my two tables and my bench out front and my customers love sitting there.");
        re(10, "16:45", margit, yaTables, "Thank you, applying today.");
        say(11, "09:00", msCommittee, yasmin, "Window trail voting is open until Sunday night: "
                + "forms.example/kettleby-windows. Residents vote, not members, so do tell your customers about it.");
        Post clVotes = say(11, "12:00", msMembers, clive, "My window has 40 votes already. I've put my QR code in my "
                + "window and on my receipts. I'm confident my display will win, I've put my heart into it.");
        re(11, "12:15", lyndon, clVotes, "Forty already, impressive.");
        say(12, "11:00", msMembers, clive, "My rep came in to photograph my shop for the case study today. I put my "
                + "best stock at the front and redid my window lighting, I'm really proud of how my place looks.");
        Post noWin = say(12, "15:00", msAsk, noor, "Who's winning the window trail? My vote went to the gingerbread "
                + "one.");
        re(13, "10:00", yasmin, noWin, "Results on Monday! Voting closes Sunday night.");
        Post maOpened = say(14, "16:30", msMembers, margit, "Opened on Friday and sold out of cardamom buns both "
                + "days. Thank you for all the help, and @Eamon Whelan the shutter works perfectly now.");
        re(14, "16:45", eamon, maOpened, "Ha, glad to hear it. A bun will do for the oil.");
        // W52
        Post yaWinner = say(15, "09:00", msCommittee, yasmin, "Window trail winner: Margit's deli, with a gingerbread "
                + "harbour! Runners-up Whelan's Hardware and Ashworth Gifts. Well done all.");
        re(15, "09:20", margit, yaWinner, "I can't believe it, I only opened on Friday! Thank you to everyone who "
                + "voted.");
        Post clPrize = re(15, "09:40", clive, yaWinner, "Congratulations Margit, well deserved. What's the prize, "
                + "Yasmin?");
        re(15, "10:00", yasmin, clPrize, "A free half page in the spring town guide.");
        Post clWeek = say(16, "11:00", msMembers, clive, "How's everyone's Christmas week going? Quiet here after the "
                + "rush.");
        re(16, "11:20", eamon, clWeek, "Dead. I'm doing the stock count.");
        Post maWeek = re(16, "11:30", margit, clWeek, "Busy with people buying cheese for Christmas Eve! Are you open "
                + "on Boxing Day, Clive?");
        Post clBoxing = re(16, "11:45", clive, maWeek, "Closed Boxing Day, back on the 27th. How are you finding your "
                + "first week?");
        re(16, "12:00", margit, clBoxing, "Exhausting and lovely.");
    }

    private void craftFairs() {
        // W50
        Post imWeek = say(1, "09:00", stTalk, imogen, "Right, who's doing what this week? I've got the Corn Exchange "
                + "on Saturday and the school fair in Hartley on Sunday.");
        Post taFloat = say(1, "10:00", stTalk, tamsin, "First Christmas season doing fairs. How much float do people "
                + "bring?");
        Post imFloat = re(1, "10:20", imogen, taFloat, "£50 in coins and fivers did me fine, most people pay by card "
                + "now anyway.");
        re(1, "10:40", tamsin, imFloat, "Thanks both, that's a relief.");
        Post wiCorn = say(2, "11:00", stFairs, wilfred, "Corn Exchange Christmas fair, Saturday 13th, 10 till 4. I'm "
                + "by the door with the wooden toys.");
        re(2, "11:15", imogen, wiCorn, "I'm two along from you Wilf, save me a coffee.");
        Post taHartley = say(2, "11:30", stFairs, tamsin, "I'm at the Hartley school fair on Sunday with my "
                + "knitwear, first time there.");
        re(2, "11:45", imogen, taHartley, "Hartley's lovely, the PTA feed the stallholders. Take a cushion, the "
                + "chairs are tiny.");
        Post ayPlaque = say(2, "12:30", stAsk, ayesha, "Hi, is anyone doing personalised wooden name plaques? For my "
                + "niece's bedroom door.");
        Post wiPlaque = re(2, "13:00", wilfred, ayPlaque, "I do! Painted or plain, about £18. I'll have samples at "
                + "the Corn Exchange on Saturday, or tell me the name and I'll make one up.");
        re(2, "13:20", ayesha, wiPlaque, "Her name's Eliza, painted in lilac please! I'll collect on Saturday.");
        Post wiDoors = say(3, "09:00", stAsk, wilfred, "Makers doing the Corn Exchange: the organisers say doors open "
                + "at 9 for setting up this year, not 8.");
        re(3, "09:10", imogen, wiDoors, "Ah, thank you, I'd have sat in the car park for an hour.");
        Post taDead = say(3, "14:00", stTalk, tamsin, "What do people do about fairs that are dead? I had four sales "
                + "in six hours last weekend.");
        Post imDead = re(3, "14:20", imogen, taDead, "Happens to everyone. I note the footfall and who the organiser "
                + "advertised to, and don't go back if it was all coffee-morning crowds.");
        re(3, "14:30", tamsin, imDead, "That's sensible. I'll start a notebook.");
        Post imWax = say(4, "19:40", stTalk, imogen, "Anyone else had the wax supplier's price rise email? 18% up "
                + "from January.");
        Post wiWax = re(4, "20:00", wilfred, imWax, "Not wax for me, but my timber's up too. Everything's up.");
        re(4, "20:05", tamsin, imWax, "My yarn supplier did the same. I asked about a bulk order and they held "
                + "the old price till March, worth asking yours.");
        re(4, "20:10", imogen, wiWax, "I'll have to put the big jars up a pound. Hate doing it before Christmas.");
        Post rhSoy = say(5, "10:00", stAsk, rhiannon, "Is soy wax actually cleaner than paraffin? I keep reading "
                + "different things "
                + "and I'm buying candles as presents.");
        Post taLight = say(5, "10:30", stAsk, tamsin, "Makers: if anyone has a spare clip-on light I could borrow "
                + "for Saturday, the Corn Exchange is so dim.");
        Post imLight = re(5, "10:50", imogen, taLight, "I've got two, I'll bring one for you.");
        re(5, "11:00", tamsin, imLight, "Lifesaver!");
        say(6, "08:30", stFairs, imogen, "Setting up now, the hall's freezing but it looks lovely in here.");
        Post doRefill = say(6, "12:00", stAsk, douglas, "Does anyone make candles in a jar you can bring back to be "
                + "refilled? My wife "
                + "hates throwing the jars away.");
        Post wiSold = say(6, "17:00", stFairs, wilfred, "Good day! Sold out of toy trains by two.");
        re(6, "17:20", imogen, wiSold, "Same with my winter spice jars. Best Corn Exchange yet.");
        Post ayThanks = say(6, "18:00", stAsk, ayesha, "Collected the plaque and Eliza loves it. Thanks "
                + "@Wilfred Amankwah!");
        re(6, "18:10", wilfred, ayThanks, "Lovely! Happy Christmas to her.");
        Post rhScent = say(6, "19:00", stAsk, rhiannon, "Missed the Corn Exchange. Is anyone selling candles at a fair "
                + "next "
                + "weekend? I'd love one in a custom scent for my sister.");
        Post taWent = say(7, "17:00", stTalk, tamsin, "Hartley was brilliant, 30 sales. You were right about the "
                + "chairs.");
        re(7, "17:10", imogen, taWent, "Told you! Well done.");
        // W51
        joins(8, "09:00", stTalk, lorna);
        Post wiNudge = say(8, "10:00", stTalk, wilfred, "@Imogen Treharne three people asked about candles in "
                + "#ask-a-maker over the weekend, that's your department!");
        re(8, "10:20", imogen, wiNudge, "Oh no, I never look in there. Going now.");
        Post imRefill = re(8, "10:30", imogen, doRefill, "Sorry for the slow reply! Yes, I do refills: bring the jar "
                + "back and it's £9 instead of £16. I'm at the Guildhall fair on Saturday.");
        re(8, "10:35", imogen, rhSoy, "Soy burns a little cleaner and slower, but a well-made paraffin candle is fine "
                + "too. A good wick matters more, and never burn it for more than four hours at a time.");
        Post imScent = re(8, "10:40", imogen, rhScent, "I do custom scents! I'm at the Guildhall on Saturday, or I "
                + "can post. Tell me what she likes.");
        Post rhFig = re(8, "11:00", rhiannon, imScent, "She loves fig and anything woody. Posting would be great!");
        re(8, "11:20", imogen, rhFig, "Fig and cedar then, £18 posted. I'll message you for the address.");
        re(8, "12:00", douglas, imRefill, "Refills, perfect. See you at the Guildhall.");
        Post loVote = say(8, "12:30", stTalk, lorna, "Hi all, Lorna, ceramics. Could you all vote for my stall in the "
                + "Hexham Makers' Best Stall award? hexhamfair.example/vote/kirkbride and give me a follow on insta "
                + "@lornamakes, it would mean the world.");
        say(9, "10:00", stAsk, lorna, "Shoppers! Please vote for my stall at Hexham: hexhamfair.example/vote/kirkbride "
                + "and follow @lornamakes for new mugs.");
        Post taWhat = re(9, "10:30", tamsin, loVote, "Welcome Lorna. What do you make?");
        re(9, "11:00", lorna, taWhat, "Mugs and little bud vases, mostly speckled glazes.");
        Post loLast = say(10, "18:00", stTalk, lorna, "Voting closes tonight, if you haven't yet: "
                + "hexhamfair.example/vote/kirkbride");
        Post wiLorna = re(10, "18:30", wilfred, loLast, "Lorna, folk here mostly swap fair tips rather than votes. "
                + "Come and tell us about your fairs though, what's Hexham like?");
        Post loHexham = re(11, "09:00", lorna, wiLorna, "Fair enough, sorry! Hexham's great, a big indoor market with "
                + "good footfall, £40 a table.");
        re(11, "09:20", wilfred, loHexham, "That's cheap for a good one. Might try it in the spring.");
        Post taScarves = say(11, "14:00", stTalk, tamsin, "Anyone know a cheap way to display scarves? Mine look like "
                + "a jumble sale.");
        Post loLadder = re(11, "14:30", lorna, taScarves, "A wooden ladder! I borrowed my mum's for a fair, people "
                + "loved draping the scarves to feel them.");
        re(11, "14:40", tamsin, loLadder, "Genius. I'll find one.");
        say(12, "10:00", stFairs, imogen, "Guildhall tomorrow, table 8. Refill station, and custom scents by order.");
        Post doJar = say(13, "18:00", stAsk, douglas, "Jar refilled and my wife's delighted. Thanks "
                + "@Imogen Treharne.");
        re(13, "18:10", imogen, doJar, "So glad! Bring it back whenever.");
        // W52
        Post imDone = say(15, "10:00", stTalk, imogen, "That's me done for the year. Thanks all, and thanks Wilf for "
                + "the kick up the backside about #ask-a-maker, I had six orders from there.");
        re(15, "10:20", wilfred, imDone, "Ha, any time. Have a good rest.");
        Post rhLoves = say(20, "11:00", stAsk, rhiannon, "My sister loves the fig candle, thank you "
                + "@Imogen Treharne.");
        re(20, "11:30", imogen, rhLoves, "That makes my Christmas. Thank you for telling me!");
    }

    private void sweetShop() {
        // W50
        say(1, "09:00", hbNews, elowen, "Christmas hampers are back! Classic, sugar-free and the big Grandad box. "
                + "Order in the shop or at humbugandco.example/hampers, collection from 15 December.");
        Post maRhubarb = say(1, "09:30", hbNews, marcus, "New in this week: rhubarb and custards in the big jar, and "
                + "the chocolate limes are back in stock.");
        Post arHard = re(1, "11:00", arjun, maRhubarb, "Rhubarb and custards! The hard ones or the chewy ones?");
        Post maHard = re(1, "11:20", marcus, arHard, "Hard, the proper ones. The chewy ones come in January.");
        re(1, "11:30", arjun, maHard, "Proper ones it is, I'll be in on Saturday.");
        Post beTwo = say(2, "10:00", hbOrders, beryl, "I've ordered the classic hamper for my sister and the "
                + "sugar-free one for my brother-in-law. Can I collect both on the 20th?");
        Post elTwo = re(2, "10:30", elowen, beTwo, "Of course, Beryl, they'll be ready from the 15th, so the 20th is "
                + "perfect.");
        re(2, "10:40", beryl, elTwo, "Lovely, thank you.");
        Post niCola = say(2, "15:00", hbChat, niamh, "Does anyone else remember the cola cubes that took the roof off "
                + "your mouth? Best sweet ever made.");
        re(2, "15:20", beryl, niCola, "And sherbet fountains with the liquorice straw! My dad used to hide them in his "
                + "coat pocket.");
        re(2, "15:40", jodie, niCola, "We still do cola cubes, and the sour ones if you're brave.");
        Post arPost = say(3, "12:00", hbOrders, arjun, "Do you post hampers? My daughter's in Edinburgh.");
        Post maPost = re(3, "12:30", marcus, arPost, "Yes, £6.50 tracked, and the last posting day is the 17th. "
                + "Order online and pick post at the checkout.");
        re(3, "12:40", arjun, maPost, "Done, thanks!");
        say(4, "10:00", hbNews, elowen, "Christmas hours: open every day from the 15th, 9 to 6, closed Christmas Day "
                + "and Boxing Day.");
        say(6, "11:00", hbNews, jodie, "Saturday special: £1 off any bag of pick and mix until 2pm.");
        Post beJodie = say(6, "16:00", hbChat, beryl, "Popped in today, and Jodie was a delight with the little ones "
                + "choosing their pick and mix.");
        re(6, "16:10", jodie, beJodie, "Thank you Beryl! They took it very seriously.");
        // W51
        say(8, "09:00", hbNews, elowen, "Hampers are ready for collection from today! Bring your order number.");
        joins(9, "09:00", hbWelcome, stanislav);
        Post stKrowki = say(9, "09:20", hbWelcome, stanislav, "Hello, I'm new in town, a Polish family. Does the shop "
                + "sell krówki? My mother would love some for Christmas.");
        Post elKrowki = re(9, "09:45", elowen, stKrowki, "Welcome Stanislav! We have krówki in the classic and the "
                + "coffee flavour, £3.50 a bag. I'll keep two by the till if you like.");
        say(9, "10:00", hbOrders, beryl, "@Elowen Treloar I've had a hamper from you every Christmas since you "
                + "opened. Could I swap the sugar-free one in my order (number 212) for a second classic? My "
                + "brother-in-law says he'll risk it.");
        Post stYes = re(9, "10:20", stanislav, elKrowki, "Yes please, I'll come on Thursday.");
        say(10, "10:00", hbNews, elowen, "Candy cane workshop for children on Saturday at 11. Free, just turn up.");
        Post elFudge = re(10, "15:00", elowen, stYes, "I've put the krówki aside with your name on, and a little bag "
                + "of our fudge for your mother to try.");
        re(10, "15:30", stanislav, elFudge, "Very kind, thank you!");
        Post niLaces = say(10, "16:00", hbChat, niamh, "Anyone tried the new sour apple laces? Too sour for me.");
        re(10, "16:20", marcus, niLaces, "They're fierce. The strawberry ones are gentler.");
        say(11, "09:00", hbNews, elowen, "Last posting day for hampers is Wednesday the 17th!");
        say(11, "11:00", hbOrders, beryl, "@Elowen Treloar just checking on my swap before I collect on Saturday.");
        Post elCanes = say(11, "11:30", hbChat, elowen, "Who's coming to the candy cane workshop? We've got 30 canes "
                + "ready to twist.");
        Post arCanes = re(11, "12:00", arjun, elCanes, "Bringing my niece and nephew.");
        re(11, "12:15", elowen, arCanes, "Brilliant, see you at 11.");
        Post elSwap = say(12, "08:30", hbOrders, elowen, "@Beryl Hutchins I'm so sorry, I missed your messages in "
                + "the rush. I've swapped it to two classics, both ready for Saturday.");
        re(12, "09:00", beryl, elSwap, "Thank you dear, see you Saturday.");
        Post beChaos = say(13, "14:00", hbChat, beryl, "Collected! And the candy cane workshop was chaos in the best "
                + "way.");
        re(13, "14:10", jodie, beChaos, "It was! One lad made a candy cane shaped like a snake.");
        say(13, "16:00", hbNews, marcus, "I'm off from Monday 22nd to Friday 26th, back on the 27th. Elowen and Jodie "
                + "are holding the fort.");
        // W52
        say(15, "09:00", hbNews, elowen, "Christmas week hours: 9 to 6 until Tuesday, 9 to 1 on Christmas Eve.");
        Post arTrack = say(16, "10:00", hbOrders, arjun, "@Marcus Pettigrew did my hamper to Edinburgh go out? The "
                + "tracking hasn't moved.");
        Post elTrack = re(16, "10:30", elowen, arTrack, "Marcus is off this week, Arjun, but I've checked: it went "
                + "out on the 17th and the tracking says it's at the Edinburgh depot.");
        re(16, "10:40", arjun, elTrack, "Phew, thanks Elowen.");
        Post niStocking = say(17, "12:00", hbChat, niamh, "Happy Christmas Humbug crew, the cola cubes are going in "
                + "my stocking.");
        re(17, "12:20", jodie, niStocking, "Happy Christmas Niamh!");
        say(20, "10:00", hbNews, jodie, "We're back! January sale on the big jars from Monday.");
        say(20, "10:30", hbNews, marcus, "Back from my week off. Thanks Elowen and Jodie for holding the fort.");
        Post stCried = say(21, "10:00", hbChat, stanislav, "My mother cried at the krówki, she said they taste like "
                + "home. Thank you all.");
        re(21, "10:20", elowen, stCried, "That's made our Christmas!");
    }

    private void shopFloor() {
        // W50
        Post brMusic = say(1, "08:00", ttBreak, bronwyn, "The Christmas music started in our store on 1 November. "
                + "I've heard Mariah 212 times. I counted.");
        re(1, "08:20", nathaniel, brMusic, "We pick our own playlist. It's been jazz all week, the customers are "
                + "weirdly calm.");
        re(1, "08:30", tariq, brMusic, "Ours is a loop of 40 songs. I could sing you the running order.");
        joins(2, "07:30", ttBreak, zofia);
        Post zoHi = say(2, "07:40", ttBreak, zofia, "Hi, I'm Zofia, a student, first Christmas temping at a toy shop. "
                + "Already terrified.");
        Post brHi = re(2, "08:00", bronwyn, zoHi, "Welcome! A toy shop at Christmas is a baptism of fire but you'll be "
                + "fine. Comfy shoes.");
        re(2, "08:05", zofia, brHi, "Buying insoles today!");
        Post zoHours = say(2, "19:00", ttRota, zofia, "My contract says hours as required. Can they keep me past 8 "
                + "if I told them I can only do till 8?");
        Post taHours = re(2, "19:30", tariq, zoHours, "They can ask, you can say no. Hours as required isn't a blank "
                + "cheque, and if you told them in writing you're free till 8, point to that.");
        re(2, "19:40", zofia, taHours, "Thank you, I'll keep the email where I told them.");
        Post leBoxing = say(4, "20:00", ttRota, leanne, "Does anyone know if we get paid extra for Boxing Day? Nobody "
                + "at work will give me a straight answer.");
        Post taBoxing = re(4, "20:30", tariq, leBoxing, "Depends on your contract, there's no legal right to extra on "
                + "bank holidays. Look for premium or enhanced rate in it, or ask HR by email so it's in writing.");
        re(4, "20:40", leanne, taBoxing, "ok thanks");
        Post brSoup = say(4, "21:00", ttSurvival, bronwyn, "Tip for the week: a flask of soup in your locker. The "
                + "canteen queue eats half your break.");
        re(4, "21:10", zofia, brSoup, "Doing this tomorrow.");
        Post zoVoice = say(5, "18:00", ttSurvival, zofia, "What does everyone do about their voice? I'm hoarse from "
                + "saying batteries not included.");
        Post naVoice = re(5, "18:20", nathaniel, zoVoice, "Honey and lemon in a flask, and stop talking over the "
                + "music, walk over to people instead.");
        re(5, "18:30", zofia, naVoice, "Walk over to people, that's a good one. Thanks!");
        Post elPudding = say(6, "12:00", ttStories, ellis, "Lady tried to return a phone she'd dropped in a Christmas "
                + "pudding. A pudding. There was still custard in the charging port.");
        Post brHow = re(6, "12:10", bronwyn, elPudding, "How?? Why??");
        Post elFault = re(6, "12:30", ellis, brHow, "She said it was a manufacturing fault. I made a little video of "
                + "me telling the story, no faces.");
        Post naLink = re(6, "12:40", nathaniel, elFault, "Link please, I need this.");
        Post elLink = re(6, "12:50", ellis, naLink, "tilltales.example/pudding-phone, 90 seconds.");
        re(6, "13:00", nathaniel, elLink, "Crying. The custard.");
        Post brEve = say(6, "19:00", ttRota, bronwyn, "Can they make you work Christmas Eve if you worked it last "
                + "year? Our store had a take-turns rule but nobody can find it written down.");
        Post zoEve = re(6, "19:40", zofia, brEve, "I looked this up for my mum last year: a rule like that is usually "
                + "in the staff handbook, not the contract. Ask your manager for the handbook page by email.");
        re(6, "19:50", bronwyn, zoEve, "Good thinking, I'll ask for the handbook.");
        say(7, "10:00", ttBreak, tariq, "Sunday shift, store's heaving, I had a mince pie for breakfast. Living the "
                + "dream.");
        // W51
        Post leBreak = say(8, "07:30", ttRota, leanne, "HR haven't replied. Do I have a right to a break on an 8 hour "
                + "shift?");
        re(8, "08:00", tariq, leBreak, "Yes, 20 minutes uninterrupted if you work more than 6 hours, by law. Most "
                + "places give more.");
        Post leClose = say(9, "12:00", ttRota, leanne, "They're saying I have to do a close and then an open the next "
                + "morning. Is that allowed?");
        Post taClose = re(9, "12:30", tariq, leClose, "You're entitled to 11 hours between shifts. Close at 10 and "
                + "open at 7 is only 9, so you can point that out.");
        Post leJust = re(9, "12:45", leanne, taClose, "what if they say its just for christmas");
        re(9, "13:00", tariq, leJust, "Still 11 hours, unless your contract has a specific exemption, which is rare in "
                + "retail. Ask them to show you where.");
        Post zoUnpaid = say(9, "18:00", ttRota, zofia, "Is it normal to be asked to do unpaid training before a "
                + "shift? 30 minutes, every Saturday.");
        Post taUnpaid = re(9, "18:30", tariq, zoUnpaid, "If it's required, it's work and it should be paid. Keep a "
                + "note of the dates.");
        re(9, "18:40", zofia, taUnpaid, "Will do, thank you.");
        Post leBoth = say(11, "08:00", ttRota, leanne, "Another one, they want me on Boxing Day AND the 27th. Can I "
                + "refuse one?");
        Post taBoth = re(11, "08:30", tariq, leBoth, "If they're on your rota you'd usually have to ask to swap. "
                + "Which store are you at? Some of the big chains pay a Boxing Day premium and I can check for you.");
        Post taSoup = say(11, "19:00", ttSurvival, tariq, "Whoever suggested soup, thank you, best break I've had all "
                + "month.");
        re(11, "19:10", bronwyn, taSoup, "Soup gang.");
        Post leHoliday = say(12, "09:00", ttRota, leanne, "Also can they stop me taking my holiday in January?");
        re(12, "09:30", bronwyn, leHoliday, "They can refuse particular dates with notice, but they can't stop you "
                + "taking your allowance altogether. Put your dates in now, in writing.");
        Post elHaggle = say(12, "20:00", ttStories, ellis, "Man tried to haggle on a phone case. A £12 case. Offered "
                + "£4 and a Werther's.");
        Post taWerthers = re(12, "20:10", tariq, elHaggle, "Did you take the Werther's?");
        re(12, "20:20", ellis, taWerthers, "Obviously. Not the deal though.");
        Post naPlan = say(14, "18:00", ttSurvival, nathaniel, "One week to go. What's everyone's post-Christmas plan? "
                + "Mine is the sofa and no books.");
        re(14, "18:10", tariq, naPlan, "Sleep. Then more sleep.");
        // W52
        Post leStore = re(15, "08:00", leanne, taBoth, "Sorry, I'm at the Hallam Road one. Never mind, I said I'd do "
                + "both days.");
        Post taStore = re(15, "08:30", tariq, leStore, "Hallam Road pay time and a half on Boxing Day, so check your "
                + "January payslip.");
        Post leMate = re(15, "08:40", leanne, taStore, "oh really? thanks Tariq, I'll check. And @Zofia Mazur about "
                + "your unpaid training, same happened to my mate, she asked in writing and got it back-paid.");
        re(15, "09:00", zofia, leMate, "Oh that's good to know, thank you!");
        Post brFeet = say(17, "22:00", ttBreak, bronwyn, "Christmas Eve done. 11 hours. My feet have left my body.");
        re(17, "22:10", zofia, brFeet, "Toy shop shut at 4, I sat in the stockroom and cried with relief.");
        Post taBag = say(18, "12:00", ttBreak, tariq, "Happy Christmas shop people. Nobody here has to ask do you need "
                + "a bag today.");
        re(18, "12:20", nathaniel, taBag, "Happy Christmas! Off till the 29th.");
        Post elThree = say(19, "20:00", ttStories, ellis, "Boxing Day: three puddings. Not phones. Actual puddings. "
                + "Returned. Partly eaten.");
        re(19, "20:10", bronwyn, elThree, "Retail is a strange place.");
        Post leThrough = say(20, "10:00", ttBreak, leanne, "Got through it. Thanks for all the help this month, "
                + "everyone, genuinely.");
        re(20, "10:20", tariq, leThrough, "Glad it helped. Check that payslip!");
    }

    private void greengrocers() {
        // W50
        Post viMon = say(1, "06:00", bbPrices, vikram, "Monday market: sprouts £9 a 10 kg net, parsnips £7 a 12.5 kg "
                + "sack, clementines £14 a box of 100, Cornish cauli £1.10 each. Orders by 9 for the Tuesday drop.");
        Post ooMon = re(1, "07:10", oonagh, viMon, "Two nets of sprouts and a box of clementines please, Vikram.");
        re(1, "07:20", vikram, ooMon, "On the van for tomorrow.");
        say(1, "09:00", bbAsk, sebastian, "Holt's Greengrocers this week: sprouts on the stalk £1.50, Chantenay "
                + "carrots 90p a bag, Christmas veg boxes from £18. Come and see us on Church Lane!");
        say(1, "12:00", bbShop, sebastian, "Busy morning at Holt's, the sprouts are flying out already.");
        say(2, "10:00", bbAsk, sebastian, "Order your Holt's Christmas veg box now, everything for the big dinner for "
                + "£24: holtsgreens.example/christmas-box");
        Post raRoast = say(2, "11:00", bbAsk, ravinder, "What's the best potato for roasties? Every year mine go "
                + "soggy.");
        Post ooRoast = re(2, "11:30", oonagh, raRoast, "Maris Piper or King Edward. Parboil for 10 minutes, shake them "
                + "in the pan to rough them up, and get the fat smoking hot before they go in.");
        re(2, "11:45", ravinder, ooRoast, "Rough them up, got it. Thank you!");
        say(2, "16:00", bbShop, sebastian, "Holt's Christmas window is up, have a look if you're passing Church "
                + "Lane.");
        Post viWed = say(3, "06:00", bbPrices, vikram, "Wednesday: sprouts steady, red cabbage £6 a bag of 8, "
                + "vac-packed chestnuts £22 a case of 20. Satsumas short this week.");
        say(3, "09:00", bbAsk, sebastian, "Fresh cranberries in at Holt's today, £2.50 a punnet. Limited stock!");
        Post kwMould = say(3, "14:00", bbShop, kwame, "Anyone found a way to stop the clementine boxes going mouldy "
                + "in the back? Lost half a box this week.");
        Post ooMould = re(3, "14:30", oonagh, kwMould, "Take them out of the box and spread them on a tray, then pick "
                + "them over every morning. One bad one spreads to the lot.");
        re(3, "14:40", kwame, ooMould, "Every morning, right. Cheers Oonagh.");
        say(3, "17:00", bbShop, sebastian, "Holt's is having a record week, the best December yet.");
        say(4, "09:00", bbAsk, sebastian, "Holt's deal of the day: a whole Savoy cabbage for 80p. Church Lane, open "
                + "till 6.");
        Post raBox = say(4, "12:00", bbAsk, ravinder, "Is anyone doing a Christmas veg box that delivers on the "
                + "23rd? I'm out in Hillside.");
        Post kwBox = re(4, "12:40", kwame, raBox, "I deliver to Hillside on the 23rd, £20 a box, feeds six. Send me "
                + "your name and address by DM and you're on.");
        re(4, "12:50", ravinder, kwBox, "Sending now, thanks Kwame.");
        say(5, "09:00", bbAsk, sebastian, "Last chance for Holt's Christmas veg boxes at £24! "
                + "holtsgreens.example/christmas-box");
        Post seEve = say(5, "13:00", bbShop, sebastian, "Holt's is open till 3 on Christmas Eve.");
        re(5, "13:20", oonagh, seEve, "Till 1 for us, then I'm asleep till the 27th.");
        say(6, "09:00", bbAsk, sebastian, "Saturday at Holt's: a free mince pie with every veg box collected.");
        say(6, "15:00", bbShop, sebastian, "Queue out the door at Holt's today!");
        say(7, "10:00", bbAsk, sebastian, "Sunday opening at Holt's, 10 till 2, come and get your sprouts.");
        // W51
        Post viMon2 = say(8, "06:00", bbPrices, vikram, "Monday: sprouts up to £11 a net after the frost, parsnips "
                + "steady, clementines £15. Last Christmas orders by Thursday.");
        Post kwMon2 = re(8, "06:30", kwame, viMon2, "Three nets of sprouts and two boxes of clementines please.");
        Post viDamp = re(8, "06:35", vikram, kwMon2, "Done, and I'll knock the damp box off your invoice.");
        re(8, "06:40", kwame, viDamp, "Appreciate it.");
        joins(8, "09:00", bbIntro, lucinda);
        Post luIntro = say(8, "09:15", bbIntro, lucinda, "Hello, I'm Lucinda, I run the Kettle Corner café on Mill "
                + "Street. I'm looking for a local greengrocer to supply us from January: salad, fruit and veg three "
                + "times a week.");
        Post seIntro = re(8, "09:40", sebastian, luIntro, "Hi Lucinda! Holt's supplies four cafés already, three "
                + "deliveries a week is no problem. 10% off the first month, trade list here: "
                + "holtsgreens.example/trade");
        re(8, "10:00", oonagh, luIntro, "Welcome! I'm the other side of town so Mill Street's a stretch for me, but "
                + "Sebastian and Kwame are both close by.");
        Post luList = re(8, "10:30", lucinda, seIntro, "Thanks, I'll have a look at the list and call in.");
        re(8, "10:40", sebastian, luList, "Great, ask for me, I'm in most mornings.");
        say(9, "09:00", bbAsk, sebastian, "Holt's veg boxes now deliver on Fridays too, £18: "
                + "holtsgreens.example/veg-box");
        Post raSwede = say(9, "11:00", bbAsk, ravinder, "Is a swede the same as a turnip? My recipe says turnip but "
                + "the shop labels them differently.");
        Post seSwede = re(9, "11:10", sebastian, raSwede, "In Scotland and the north people call a swede a turnip! A "
                + "recipe for mash means the big orange-fleshed swede.");
        re(9, "11:20", ravinder, seSwede, "Mystery solved, thanks!");
        Post viWed2 = say(10, "06:00", bbPrices, vikram, "Wednesday: chestnuts nearly gone, 3 cases left. Red "
                + "cabbage, leeks and sprout tops all good.");
        Post ooLast = re(10, "06:30", oonagh, viWed2, "The last 3 cases of chestnuts for me, if nobody else wants "
                + "them?");
        re(10, "06:40", vikram, ooLast, "Yours.");
        Post ooLemon = say(10, "14:00", bbShop, oonagh, "Does anyone bother with a card minimum? I've a customer who "
                + "pays for one lemon by card every single day.");
        Post seLemon = re(10, "14:20", sebastian, ooLemon, "I dropped the minimum last year. The fees are tiny and "
                + "he'll probably buy a lemon a day for years.");
        re(10, "14:40", oonagh, seLemon, "Fair point. The lemon man stays.");
        say(11, "09:00", bbAsk, sebastian, "Only 20 Holt's Christmas boxes left at £24, order here: "
                + "holtsgreens.example/christmas-box");
        Post luKwame = say(11, "12:00", bbAsk, lucinda, "@Kwame Osei I loved the veg you did for our summer party. Do "
                + "you do trade deliveries to Mill Street?");
        Post kwTrade = re(11, "12:30", kwame, luKwame, "I do! Mondays, Wednesdays and Fridays before 8. I'll pop in "
                + "with a list this week.");
        re(11, "12:40", lucinda, kwTrade, "Perfect, see you then.");
        Post kwRound = say(12, "15:00", bbShop, kwame, "The Christmas delivery round is 60 houses this year, up from "
                + "35. I'm roping my brother in.");
        re(12, "15:20", vikram, kwRound, "Good man. Your order will be on the van by 5am on the 23rd.");
        // W52
        Post viLast = say(15, "06:00", bbPrices, vikram, "Last market run before Christmas: orders by 8 tonight for "
                + "the 23rd. The market's closed from the 25th to the 28th.");
        Post seOrder = re(15, "06:30", sebastian, viLast, "Four nets of sprouts and a box of satsumas for the 23rd "
                + "please.");
        re(15, "06:40", vikram, seOrder, "On the list.");
        Post raCeleriac = say(16, "10:00", bbAsk, ravinder, "My Christmas box came from @Kwame Osei today and it's "
                + "enormous. Any ideas for a whole celeriac?");
        Post seCeleriac = re(16, "10:30", sebastian, raCeleriac, "Roast it whole, rubbed with oil and thyme, for two "
                + "hours. Better than any joint.");
        re(16, "10:40", kwame, raCeleriac, "What Sebastian said, and the leftovers make a good soup.");
        re(16, "10:50", ravinder, seCeleriac, "Whole roast it is. Thank you both.");
        Post ooBack = say(19, "17:00", bbShop, oonagh, "Back from the dead. Anyone open on the 27th?");
        Post seBack = re(19, "17:30", sebastian, ooBack, "Open the 27th, mornings only. How was your Christmas Eve?");
        re(19, "17:40", oonagh, seBack, "Sold out by noon, home by one. The best kind.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes110Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 110");
    }
}
