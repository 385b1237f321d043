package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 119 (sealed): eight communities of bakeries and small-scale food production, of kinds no earlier round
 * used (farmhouse cheesemakers with a room where cheesemongers, delis and chefs ask and a maker who spends a week
 * mentoring a newcomer to the trade while two buyers' enquiries wait; a watermill's own server, Hobb's Cross Mill, with
 * its Staff and its baker Customers and a new micro-baker's DM to the office; home micro-bakery owners with a room
 * where neighbours ask, a kit room and a deck-oven dealer who turns up and sends a DM; a food-safety and labelling help
 * group for small producers where nobody sells; bean-to-bar chocolate makers with a room where delis and wedding
 * planners ask and a cacao-bean importer among them; a shared commercial kitchen's own server, Larder Lane Kitchen,
 * with its Staff and its producer Members; gluten-free bakers with a room where coeliac customers and parents ask and a
 * market room; small-batch hot-sauce makers with a room where bars and bottle shops ask), over three ISO weeks
 * (2032-W34 to W36), written and labelled by writer119 (session 58) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-119.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes119Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2032, 8, 16);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2032, 9, 6, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-119";
    private static final int BASE = 93200;

    // --- A. farmhouse cheesemakers ---
    private final String curd = cast.guild(1471);
    private final Channel ccMake = cast.channel(curd, "Curd & Cave", "make-room",
            "cheesemakers among ourselves: cultures, rennet, caves, ageing, what went wrong", "cc-make-room.json");
    private final Channel ccTrade = cast.channel(curd, "Curd & Cave", "trade-enquiries",
            "cheesemongers, delis, farm shops and restaurants: ask about wholesale, samples and supply; makers answer",
            "cc-trade-enquiries.json");
    private final Channel ccKit = cast.channel(curd, "Curd & Cave", "kit-and-cultures",
            "for sale and wanted: vats, moulds, presses, spare cultures", "cc-kit-and-cultures.json");
    private final Persona tobias = cast.person("tobias.wrenfield", "Tobias Wrenfield");
    private final Persona marigold = cast.person("marigold.tansley", "Marigold Tansley");
    private final Persona priya = cast.person("priya.raman", "Priya Raman");
    private final Persona ewan = cast.person("ewan.macaskill", "Ewan MacAskill");
    private final Persona rosalind = cast.person("rosalind.achterberg", "Rosalind Achterberg");
    private final Persona callum = cast.person("callum.brodie", "Callum Brodie");
    private final Persona hettie = cast.person("hettie.lowther", "Hettie Lowther");

    // --- B. a watermill's own server ---
    private final String mill = cast.guild(1472);
    private final Role staff = cast.role("Staff", "#c27c0e", 2);
    private final Role customer = cast.role("Customer", "#95a5a6", 1);
    private final Channel hmNews = cast.channel(mill, "Hobb's Cross Mill", "mill-news",
            "from the mill: harvests, milling days, stock and open days", "hm-mill-news.json");
    private final Channel hmOrders = cast.channel(mill, "Hobb's Cross Mill", "orders-and-deliveries",
            "customers: ask about orders, stock, trade accounts and delivery runs; the mill answers",
            "hm-orders-and-deliveries.json");
    private final Channel hmTable = cast.channel(mill, "Hobb's Cross Mill", "bakers-table",
            "bakers among themselves: hydration, bakes, crumb shots and which flour for what", "hm-bakers-table.json");
    private final Persona jonah = cast.person("jonah.featherstone", "Jonah Featherstone", staff);
    private final Persona delphine = cast.person("delphine.archer", "Delphine Archer", staff);
    private final Persona wilf = cast.person("wilf.ogunleye", "Wilf Ogunleye", customer);
    private final Persona agnieszka = cast.person("agnieszka.dorn", "Agnieszka Dorn", customer);
    private final Persona cressida = cast.person("cressida.vale", "Cressida Vale", customer);
    private final Persona nils = cast.person("nils.hardcastle", "Nils Hardcastle", customer);
    private final Persona fenella = cast.person("fenella.quigg", "Fenella Quigg");
    private final Channel dmFenellaDelphine = cast.dm("2032-08-18", "Delphine Archer", "dm-fenella-delphine.json");

    // --- C. home micro-bakery owners ---
    private final String drawer = cast.guild(1473);
    private final Channel pdChat = cast.channel(drawer, "The Proving Drawer", "bakehouse-chat",
            "micro-bakery owners among ourselves: starters, bake days, bread clubs, prices", "pd-bakehouse-chat.json");
    private final Channel pdAsk = cast.channel(drawer, "The Proving Drawer", "neighbours-ask",
            "neighbours and customers: ask about bread clubs, orders, allergies and deliveries; members answer",
            "pd-neighbours-ask.json");
    private final Channel pdKit = cast.channel(drawer, "The Proving Drawer", "ovens-and-kit",
            "buy and sell: ovens, proving cabinets, mixers, bannetons", "pd-ovens-and-kit.json");
    private final Persona marnie = cast.person("marnie.okonkwo", "Marnie Okonkwo");
    private final Persona laszlo = cast.person("laszlo.brandauer", "Laszlo Brandauer");
    private final Persona tamsin = cast.person("tamsin.rook", "Tamsin Rook");
    private final Persona garrick = cast.person("garrick.pemberton", "Garrick Pemberton");
    private final Persona sunniva = cast.person("sunniva.haldane", "Sunniva Haldane");
    private final Persona bertie = cast.person("bertie.oyelaran", "Bertie Oyelaran");
    private final Persona hollis = cast.person("hollis.greaves", "Hollis Greaves");
    private final Channel dmSunnivaGarrick = cast.dm("2032-08-24", "Garrick Pemberton", "dm-sunniva-garrick.json");

    // --- D. a food-safety and labelling help group (nobody sells) ---
    private final String safe = cast.guild(1474);
    private final Channel sbAsk = cast.channel(safe, "Safe Batch", "ask-anything",
            "registering with the council, HACCP, allergens, shelf life, hygiene ratings: ask, members answer; no "
                    + "selling here", "sb-ask-anything.json");
    private final Channel sbLabel = cast.channel(safe, "Safe Batch", "label-check",
            "post a draft label for a second pair of eyes", "sb-label-check.json");
    private final Channel sbChat = cast.channel(safe, "Safe Batch", "general-chat",
            "markets, inspections, wins and everything else", "sb-general-chat.json");
    private final Persona imelda = cast.person("imelda.sorensen", "Imelda Sorensen");
    private final Persona reuben = cast.person("reuben.castellano", "Reuben Castellano");
    private final Persona hyacinth = cast.person("hyacinth.mbeki", "Hyacinth Mbeki");
    private final Persona orla = cast.person("orla.fitzpatrick", "Orla Fitzpatrick");
    private final Persona crispin = cast.person("crispin.adeyemi", "Crispin Adeyemi");
    private final Persona perpetua = cast.person("perpetua.lyle", "Perpetua Lyle");

    // --- E. bean-to-bar chocolate makers ---
    private final String temper = cast.guild(1475);
    private final Channel ttBench = cast.channel(temper, "Temper Temper", "tempering-bench",
            "makers among ourselves: roasting, refining, tempering, wrapping", "tt-tempering-bench.json");
    private final Channel ttAsk = cast.channel(temper, "Temper Temper", "ask-a-chocolatier",
            "shops, delis, wedding planners and chocolate lovers: ask about bars, favours and wholesale; makers answer",
            "tt-ask-a-chocolatier.json");
    private final Channel ttBeans = cast.channel(temper, "Temper Temper", "beans-and-kit",
            "buying and selling: cacao beans, melangers, moulds, wrappers", "tt-beans-and-kit.json");
    private final Persona ottilie = cast.person("ottilie.marchbanks", "Ottilie Marchbanks");
    private final Persona fernando = cast.person("fernando.quispe", "Fernando Quispe");
    private final Persona cosmo = cast.person("cosmo.adair", "Cosmo Adair");
    private final Persona sakura = cast.person("sakura.ellingham", "Sakura Ellingham");
    private final Persona juno = cast.person("juno.castellane", "Juno Castellane");
    private final Persona philippa = cast.person("philippa.northcote", "Philippa Northcote");

    // --- F. a shared commercial kitchen's own server ---
    private final String larder = cast.guild(1476);
    private final Role kitchenStaff = cast.role("Staff", "#2e86c1", 2);
    private final Role member = cast.role("Member", "#a3e4d7", 1);
    private final Channel llNotices = cast.channel(larder, "Larder Lane Kitchen", "kitchen-notices",
            "from the kitchen team: cleaning days, inspections, closures", "ll-kitchen-notices.json");
    private final Channel llBookings = cast.channel(larder, "Larder Lane Kitchen", "bookings-help",
            "members and newcomers: slots, equipment, faults and inductions; the kitchen team answers",
            "ll-bookings-help.json");
    private final Channel llTable = cast.channel(larder, "Larder Lane Kitchen", "members-table",
            "members among themselves: suppliers, markets, packaging, shared pitches", "ll-members-table.json");
    private final Persona ingeborg = cast.person("ingeborg.falk", "Ingeborg Falk", kitchenStaff);
    private final Persona ravi = cast.person("ravi.chaudhry", "Ravi Chaudhry", kitchenStaff);
    private final Persona dorcas = cast.person("dorcas.pennington", "Dorcas Pennington", member);
    private final Persona aurelio = cast.person("aurelio.bianchi", "Aurelio Bianchi", member);
    private final Persona thandiwe = cast.person("thandiwe.moyo", "Thandiwe Moyo", member);
    private final Persona leopold = cast.person("leopold.szabo", "Leopold Szabo", member);
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");

    // --- G. gluten-free bakers ---
    private final String gf = cast.guild(1477);
    private final Channel gfBakers = cast.channel(gf, "Gluten-Free Bakers' Circle", "bakers-only",
            "GF bakers among ourselves: blends, cross-contamination, suppliers, markets", "gf-bakers-only.json");
    private final Channel gfAsk = cast.channel(gf, "Gluten-Free Bakers' Circle", "ask-gf-bakers",
            "coeliac customers, parents and anyone avoiding gluten: ask about safe bakes and orders; bakers answer",
            "gf-ask-gf-bakers.json");
    private final Channel gfMarket = cast.channel(gf, "Gluten-Free Bakers' Circle", "gf-market",
            "bakers post their bakes, open order slots and market dates", "gf-gf-market.json");
    private final Persona petronella = cast.person("petronella.ashby", "Petronella Ashby");
    private final Persona horatio = cast.person("horatio.lindley", "Horatio Lindley");
    private final Persona coralie = cast.person("coralie.fenwick", "Coralie Fenwick");
    private final Persona mireille = cast.person("mireille.dubois", "Mireille Dubois");
    private final Persona stellan = cast.person("stellan.birkby", "Stellan Birkby");
    private final Persona annika = cast.person("annika.pohl", "Annika Pohl");

    // --- H. small-batch hot-sauce makers ---
    private final String scoville = cast.guild(1478);
    private final Channel ssLab = cast.channel(scoville, "Scoville Street", "sauce-lab",
            "makers among ourselves: ferments, pH, bottling, labels, chilli growers", "ss-sauce-lab.json");
    private final Channel ssStock = cast.channel(scoville, "Scoville Street", "stockists-ask",
            "bars, restaurants, bottle shops and fans: ask about stock, wholesale and gift boxes; makers answer",
            "ss-stockists-ask.json");
    private final Channel ssSwap = cast.channel(scoville, "Scoville Street", "swap-and-sell",
            "for sale and wanted: bottles, fillers, label printers, spare chillies", "ss-swap-and-sell.json");
    private final Persona dmitri = cast.person("dmitri.volkov", "Dmitri Volkov");
    private final Persona beatriz = cast.person("beatriz.saldanha", "Beatriz Saldanha");
    private final Persona ezekiel = cast.person("ezekiel.thorne", "Ezekiel Thorne");
    private final Persona solveig = cast.person("solveig.arnesen", "Solveig Arnesen");
    private final Persona lorcan = cast.person("lorcan.whitty", "Lorcan Whitty");
    private final Persona jaxon = cast.person("jaxon.riddell", "Jaxon Riddell");

    private HeldOutScenes119Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        cheesemakers();
        mill();
        microBakeries();
        foodSafety();
        chocolate();
        sharedKitchen();
        glutenFree();
        hotSauce();
    }

    /** A. Curd & Cave: farmhouse cheesemakers; Tobias mentors Marigold all of W35 while two buyers wait. */
    private void cheesemakers() {
        // W34
        Post prThin = say(1, "09:10", ccMake, priya, "Morning. Anyone else finding the goats' milk thin this week? "
                + "My yields are down about 10%.");
        Post ewThin = re(1, "09:40", ewan, prThin, "Same with our cows after the heat. Bump the rennet a touch and "
                + "give the curd a bit longer.");
        re(1, "10:05", priya, ewThin, "Will try that, thanks Ewan.");
        Post toRind = say(1, "14:00", ccMake, tobias, "Washed-rind update: the cider wash is finally giving a proper "
                + "orange rind at week four. I'd like two or three more deli accounts before Christmas, so fingers "
                + "crossed.");
        Post ewRind = re(1, "14:30", ewan, toRind, "Looks lovely. Cider from the farm next door?");
        re(1, "14:50", tobias, ewRind, "Yes, Hensley's dry. It makes the rind much less sticky than plain brine.");
        Post heAsk = say(2, "10:00", ccTrade, hettie, "Hettie from Lowther's Farm Shop, near Shepton Mallet. We'd like "
                + "a local washed-rind and a soft goat's cheese for the counter from September. Who supplies, and "
                + "what are your wholesale prices?");
        Post toHe = re(2, "10:45", tobias, heAsk, "Hi Hettie, I make Hollow Ash, a washed-rind in 1.2 kg wheels. "
                + "Wholesale is £18/kg, delivered free within 20 miles on Thursdays. Happy to drop a sample round.");
        Post prHe = re(2, "11:10", priya, heAsk, "Goat's side: I make Little Tor, 150 g crottins, £3.10 each "
                + "wholesale, minimum 24. I'm at Shepton market on Fridays if you'd like to taste.");
        Post heTo = re(2, "12:00", hettie, toHe, "A sample on Thursday would be great. Priya, I'll come by on "
                + "Friday.");
        re(2, "12:20", tobias, heTo, "Thursday it is, I'll bring a young one and an older one.");
        Post maHello = say(3, "09:00", ccMake, marigold, "Hello! Marigold here. I've just set up a tiny dairy with "
                + "four Jerseys near Wells, and my first cheeses start next week. I want to sell at Frome market by "
                + "spring. Any advice is welcome.");
        Post prHello = re(3, "09:30", priya, maHello, "Welcome Marigold! Start with something forgiving, a lactic or "
                + "a simple tomme, before anything washed.");
        re(3, "09:50", marigold, prHello, "A tomme was my plan, good to hear. Thank you!");
        Post ewPress = say(3, "15:00", ccKit, ewan, "For sale: 8 stainless Camembert hoops and a small cheese press, "
                + "£140 the lot, collection from Cheddar.");
        Post maPress = re(3, "15:40", marigold, ewPress, "Is the press still going? I'd take it.");
        re(3, "16:10", ewan, maPress, "It's yours, Marigold. Come by on Saturday.");
        say(4, "11:00", ccKit, marigold, "Selling a spare 50 L plastic vat, £60, never used. I've gone to steel.");
        Post ewBlue = say(4, "13:00", ccMake, ewan, "Our blue's piercing went late this week and the veining shows it. "
                + "Lesson learned.");
        re(4, "13:30", tobias, ewBlue, "Happens to us all. Day 10 works better for mine than day 14.");
        Post heMore = re(5, "10:00", hettie, toHe, "The older Hollow Ash went down a treat with the staff. Could we "
                + "start at 6 wheels a fortnight from September?");
        re(5, "10:30", tobias, heMore, "Yes, done. I'll send the account form tonight.");
        Post ewShow = say(6, "09:00", ccMake, ewan, "Heads up: I'm on our stand at the Bath & West all next week, "
                + "Monday to Friday, so I'll be slow to answer anything until I'm back.");
        re(6, "09:20", priya, ewShow, "Good luck with the blue! Bring back a rosette.");
        // W35: Tobias teaches Marigold every day; Rosalind's and Callum's enquiries wait
        Post maCut = say(8, "08:30", ccMake, marigold, "First tomme made yesterday! The curd shattered a bit when I "
                + "cut it. @Tobias Wrenfield you said you cut small, how small for a tomme?");
        Post toCut = re(8, "09:00", tobias, maCut, "For a tomme, hazelnut size. Shattering usually means cutting "
                + "before a clean break: wait until it splits cleanly over your finger.");
        re(8, "09:20", marigold, toCut, "Hazelnut, got it. I cut at 35 minutes, so next time I'll wait for the clean "
                + "break.");
        Post roAsk = say(8, "10:00", ccTrade, rosalind, "Rosalind from The Cheese Larder in Bath. We're planning our "
                + "Christmas boards and want a washed-rind from a small Somerset maker, about 20 wheels a month from "
                + "October to December. Who could supply, and could we have samples?");
        Post toPhotos = say(8, "16:00", ccMake, tobias, "Marigold, if you like, post photos of every step this week "
                + "and I'll look at them each evening.");
        re(8, "16:30", marigold, toPhotos, "That's so kind, I will!");
        Post maCrack = say(9, "09:00", ccMake, marigold, "Day two: pressed overnight and the wheel came out with "
                + "cracks down the side. Too little weight?");
        Post toCrack = re(9, "09:30", tobias, maCrack, "Probably too cold a room as much as the weight. Keep it above "
                + "20°C while pressing and turn it after the first hour.");
        Post prCrack = re(9, "10:00", priya, maCrack, "And rub the cracks closed with a bit of warm whey, it often "
                + "saves them.");
        re(9, "10:20", marigold, toCrack, "The room was 16°C, so that's it. Thanks both.");
        Post prPierce = say(9, "11:00", ccMake, priya, "@Ewan MacAskill when you're back: what piercing schedule do "
                + "you use for a 3 kg blue? I'm trying my first one.");
        Post toWhey = re(9, "17:00", tobias, prCrack, "Priya, your whey trick is new to me. Does it hold through the "
                + "brine?");
        re(9, "17:30", priya, toWhey, "Mostly, if you brine a day later.");
        Post maBrine = say(10, "09:00", ccMake, marigold, "Brining now. How long for a 2 kg tomme in saturated "
                + "brine?");
        Post toBrine = re(10, "09:20", tobias, maBrine, "About 10 hours for 2 kg. Turn it halfway and sprinkle salt on "
                + "the top face.");
        re(10, "09:40", marigold, toBrine, "Timer set, thank you.");
        Post toLog = say(10, "15:00", ccMake, tobias, "Marigold, when you're ready, start a cave log: temperature, "
                + "humidity, turning days. It saves a lot of guessing later.");
        Post maLog = re(10, "15:20", marigold, toLog, "Started one tonight. What humidity should I aim for?");
        re(10, "15:45", tobias, maLog, "85 to 90% for a tomme. A bowl of water and a cheap hygrometer will do to "
                + "start.");
        Post caAsk = say(11, "11:00", ccTrade, callum, "Chef at The Salt Yard in Frome here. We're looking for a local "
                + "washed-rind for our cheese course, about 4 kg a week from October. Anyone nearby?");
        Post maMould = say(11, "14:00", ccMake, marigold, "White fluffy mould on the rind already. Panic?");
        Post toMould = re(11, "14:20", tobias, maMould, "No panic: white and fluffy is usually harmless. Rub it off "
                + "with a brine cloth every other day.");
        re(11, "14:40", marigold, toMould, "Phew. Doing that now.");
        Post toRennet = say(12, "10:00", ccMake, tobias, "Marigold, for your next make try 10% less rennet. Jersey milk "
                + "sets fast and your curd will thank you.");
        Post maRennet = re(12, "10:20", marigold, toRennet, "Will do on Thursday. I owe you a cheese in four months!");
        re(12, "10:40", tobias, maRennet, "I'll hold you to that.");
        Post ewBack = say(13, "12:00", ccMake, ewan, "Back from the Bath & West. Second in the blue class! Catching "
                + "up now.");
        Post ewPierce = re(13, "12:30", ewan, prPierce, "Day 8 and again on day 15, 3 mm needles. Sorry for the wait, "
                + "show week!");
        re(13, "12:40", priya, ewPierce, "Perfect, thanks Ewan, and well done.");
        re(13, "13:00", tobias, ewBack, "Congratulations Ewan!");
        // W36
        Post toRo = re(15, "09:00", tobias, roAsk, "Rosalind, sorry this sat for a week. I make Hollow Ash, a "
                + "washed-rind in 1.2 kg wheels, and could do 20 a month from October at £18/kg wholesale. I can bring "
                + "samples to Bath on Thursday.");
        Post toCa = re(15, "09:30", tobias, caAsk, "Callum, I'm six miles from Frome and could do 4 kg a week from "
                + "October. Happy to drop a wheel in for the kitchen to try.");
        re(15, "11:00", rosalind, toRo, "Thursday is great, the shop opens at 9.");
        re(15, "12:00", callum, toCa, "Yes please, Tuesday mornings are best for us.");
        Post maSecond = say(16, "10:00", ccMake, marigold, "Second tomme made with less rennet: clean break at 40 "
                + "minutes and no shattering!");
        maSecond.react("👏", priya, ewan);
        re(16, "10:20", tobias, maSecond, "That's a proper curd. Well done.");
        Post prVat = say(17, "14:00", ccKit, priya, "Wanted: a second-hand 100 L vat pasteuriser. Anyone upgrading?");
        Post ewVat = re(17, "14:30", ewan, prVat, "The dairy supplier in Frome has a reconditioned one in, last I "
                + "heard.");
        re(17, "14:45", priya, ewVat, "Thanks, I'll ring them.");
        Post roYes = re(18, "09:00", rosalind, toRo, "The older wheel is exactly what we wanted. Let's start with 20 in "
                + "October.");
        re(18, "09:30", tobias, roYes, "Wonderful, I'll send the order form tonight.");
        Post maPrice = say(19, "10:00", ccMake, marigold, "Question for everyone: how do you price a first cheese at "
                + "market when you've no idea what people will pay?");
        Post ewPrice = re(19, "10:30", ewan, maPrice, "Look at what the nearest similar cheese sells for and go a "
                + "little below until you're known.");
        re(19, "10:45", priya, maPrice, "And always have a tasting board out. It sells more than any price tag.");
        re(19, "11:00", marigold, ewPrice, "Really useful, thank you both.");
        Post caYes = re(20, "09:00", callum, toCa, "The chef loved it. 4 kg a week from October, please.");
        re(20, "09:20", tobias, caYes, "Lovely, thank you Callum. First delivery Tuesday 5 October.");
    }

    /** B. Hobb's Cross Mill: the mill's own server; Wilf (a customer who sent bakers their way) waits on Jonah. */
    private void mill() {
        // W34
        say(1, "08:00", hmNews, delphine, "Good morning from the mill! Harvest update: the first Maris Widgeon of the "
                + "year is in the dryer and will be milled from late August.");
        Post agSack = say(1, "09:00", hmOrders, agnieszka, "Hello, is the 16 kg sack of strong white back in stock? "
                + "The website says sold out.");
        Post deSack = re(1, "09:20", delphine, agSack, "It is, Agnieszka, we restocked this morning. The website "
                + "will catch up by lunchtime.");
        re(1, "09:35", agnieszka, deSack, "Great, ordering now.");
        Post crFlat = say(2, "11:00", hmTable, cressida, "My café sourdough has been spreading flat since I switched "
                + "to the T80. Does it want more water or less?");
        Post wiFlat = re(2, "11:30", wilf, crFlat, "T80 drinks more. I went from 72% to 76% hydration and the loaves "
                + "stood up again.");
        re(2, "11:50", cressida, wiFlat, "Trying 75% tomorrow, thanks Wilf.");
        joins(3, "08:00", hmTable, fenella);
        Post feTrade = say(3, "10:00", hmOrders, fenella, "Hi, I'm Fenella, starting a micro-bakery in Glastonbury. "
                + "Do you do trade accounts, and what's the minimum order?");
        Post joTrade = re(3, "10:30", jonah, feTrade, "Welcome Fenella. Yes, trade accounts from four sacks a month, "
                + "delivered on our Tuesday run. Delphine sets them up.");
        re(3, "10:50", fenella, joTrade, "Lovely, I'll message her.");
        Post feDm = say(3, "11:00", dmFenellaDelphine, fenella, "Hi Delphine, Jonah said you set up trade accounts. "
                + "Could you send me the form?");
        Post deDm = re(3, "11:40", delphine, feDm, "Hi Fenella! Here it is: hobbscrossmill.example/trade-account. "
                + "Fill it in and we'll have you on next Tuesday's run.");
        re(3, "12:00", fenella, deDm, "Done, thank you!");
        Post wiSent = say(4, "09:00", hmTable, wilf, "Two bakers from Pennard asked me where my flour comes from, so "
                + "I sent them your way, Jonah. They'll be in touch.");
        re(4, "09:30", jonah, wiSent, "That's very kind, Wilf, thank you. I'll look after them.");
        Post niTear = say(4, "14:00", hmTable, nils, "Pizza van question: anyone using the mill's 00 for Neapolitan? "
                + "Mine tears when I stretch it.");
        Post crTear = re(4, "14:30", cressida, niTear, "Give it a longer cold ferment, 48 hours, and it stretches like "
                + "silk.");
        re(4, "14:45", nils, crTear, "48 hours it is, thanks.");
        Post niSwap = say(5, "10:00", hmOrders, nils, "Could I move Thursday's delivery to Friday this week?");
        re(5, "10:15", delphine, niSwap, "Done, Nils, Friday morning.");
        Post agLoaf = say(6, "11:00", hmTable, agnieszka, "First loaf with the Maris Widgeon wholemeal, and the crumb "
                + "is the best I've had. Thank you all for the tips last month.");
        agLoaf.react("😍", cressida, wilf, nils);
        say(7, "16:00", hmNews, delphine, "I'm on leave all next week, back Monday 30 August. Jonah is covering "
                + "orders and the phone.");
        // W35
        say(8, "08:00", hmNews, jonah, "Milling the new harvest's Maris Widgeon this week. Stoneground rye is back in "
                + "stock on Friday.");
        Post feSteam = say(8, "10:00", hmTable, fenella, "First week of bakes with the mill's flour: the T80 loaves "
                + "are lovely but my baguettes come out pale. Oven at 230°C.");
        Post joSteam = re(8, "10:30", jonah, feSteam, "Welcome to the table, Fenella! Pale at 230 usually means not "
                + "enough steam. Try a tray of lava rocks and a cup of boiling water.");
        re(8, "11:00", fenella, joSteam, "No steam at all at the moment, so that's it. Thanks Jonah.");
        Post wiPallet = say(9, "09:00", hmOrders, wilf, "@Jonah Featherstone my pallet of T80 was due yesterday and "
                + "hasn't come, and Delphine's away. Could you check where it is? I've my Saturday market.");
        Post feRye = say(9, "14:00", hmOrders, fenella, "Jonah, what's the trade price on the stoneground rye, and "
                + "could it come with my first order on Tuesday?");
        Post joRye = re(9, "14:30", jonah, feRye, "£21.50 for a 16 kg sack on trade. Yes, I'll add it to Tuesday's "
                + "run. Would you like a free 1.5 kg bag of the new Maris Widgeon to try as well?");
        re(9, "14:45", fenella, joRye, "Yes please!");
        Post wiNudge = re(10, "08:30", wilf, wiPallet, "@Jonah Featherstone any news on the pallet? I'm down to two "
                + "sacks.");
        Post joRocks = say(10, "10:00", hmTable, jonah, "Fenella, how did the lava rocks go?");
        Post feRocks = re(10, "10:20", fenella, joRocks, "Golden baguettes! I'm so pleased.");
        re(10, "10:40", jonah, feRocks, "Proper ears on them. Lovely work.");
        say(10, "16:00", hmNews, jonah, "Open day at the mill on Saturday 4 September: tours of the stones, bread "
                + "tasting and a baking demo by Cressida.");
        Post crDemo = say(11, "09:00", hmTable, cressida, "@Jonah Featherstone happy to do the demo, what time do you "
                + "want me?");
        re(11, "09:30", jonah, crDemo, "11 o'clock would be perfect, thank you Cressida.");
        Post joMeet = say(11, "12:00", hmTable, jonah, "Fenella, if you're free on the open day, come and meet the "
                + "other bakers. I'll introduce you.");
        re(11, "12:30", fenella, joMeet, "I'd love that.");
        Post joPallet = re(12, "14:00", jonah, wiNudge, "Wilf, I'm so sorry, this slipped past me with Delphine away. "
                + "The pallet was left at the depot; it's on the van now and with you by 5 today, with a sack of rye on "
                + "us.");
        re(12, "14:20", wilf, joPallet, "Thanks Jonah. Cut it fine for Saturday, but fine.");
        Post agTin = say(12, "16:00", hmTable, agnieszka, "Anyone tried the new Maris Widgeon in a tin loaf?");
        re(12, "16:30", nils, agTin, "In a pizza, yes! Nutty and lovely. Not in a tin loaf.");
        // W36
        say(15, "08:30", hmNews, delphine, "Back from leave, thank you for your patience. The autumn trade price list "
                + "is pinned in #orders-and-deliveries.");
        Post agBag = say(15, "10:00", hmOrders, agnieszka, "Do you sell the Maris Widgeon in 1.5 kg bags for home "
                + "bakers?");
        Post deBag = re(15, "10:20", delphine, agBag, "We do, £3.40 a bag, on the shop page: "
                + "hobbscrossmill.example/shop/maris-widgeon");
        re(15, "10:30", agnieszka, deBag, "Ordered two, thanks Delphine.");
        Post wiWeekly = say(16, "09:00", hmOrders, wilf, "Delphine, could my order go to every Tuesday from September, "
                + "not every other?");
        re(16, "09:20", delphine, wiWeekly, "Changed, Wilf. And sorry again about the pallet.");
        Post joThanks = say(16, "11:00", hmTable, jonah, "Wilf, thank you again for sending the Pennard bakers, "
                + "they've both opened accounts.");
        re(16, "11:30", wilf, joThanks, "Glad it worked out. They bake better bread than me now!");
        Post feTin = re(17, "13:00", fenella, agTin, "Agnieszka, I tried it in a tin loaf: 20% with strong white, 78% "
                + "water. Really good.");
        re(17, "13:30", agnieszka, feTin, "Thank you! Trying that at the weekend.");
        Post niRain = say(18, "10:00", hmOrders, nils, "Is the open day on rain or shine?");
        re(18, "10:20", jonah, niRain, "Rain or shine, Nils; the demo's inside the mill.");
        Post crPlan = say(19, "15:00", hmTable, cressida, "Demo plan for Saturday: a T80 country loaf and a focaccia. "
                + "Anything people want to see?");
        Post wiShape = re(19, "15:30", wilf, crPlan, "Shaping! Everyone wants to see shaping.");
        re(19, "15:40", cressida, wiShape, "Shaping it is.");
        say(20, "08:00", hmNews, jonah, "Open day today from 10. Parking in the lower field, tea in the barn.");
    }

    /** C. The Proving Drawer: home micro-bakery owners; Garrick, an oven dealer, arrives in W35. */
    private void microBakeries() {
        // W34
        Post maBake = say(1, "07:00", pdChat, marnie, "Bake day done: 42 loaves for the bread club, two short because "
                + "the starter was sluggish in the cold snap.");
        Post laBake = re(1, "07:30", laszlo, maBake, "Mine too. I moved the starter to the airing cupboard and it "
                + "woke up in a day.");
        re(1, "07:45", marnie, laBake, "Airing cupboard tonight, thank you.");
        Post beJoin = say(2, "09:00", pdAsk, bertie, "@Laszlo Brandauer a neighbour said you run a Friday bread club "
                + "in Keynsham. How do I join, and is there a waiting list?");
        Post hoSesame = say(2, "18:00", pdAsk, hollis, "Does anyone bake without sesame? My son's allergic and most "
                + "seeded loaves are out for us.");
        Post maSesame = re(2, "18:30", marnie, hoSesame, "I keep sesame out of my kitchen completely, so everything of "
                + "mine is sesame-free. I deliver in Saltford on Fridays, if that's near you.");
        Post hoHow = re(2, "19:00", hollis, maSesame, "Saltford is perfect. How do I order?");
        Post maHow = re(2, "19:15", marnie, hoHow, "Send me your address and I'll add you to Friday's round. Loaves "
                + "are £4.50.");
        Post taBasket = say(3, "08:00", pdChat, tamsin, "Has anyone found a banneton supplier that isn't on a six-week "
                + "wait?");
        Post maBasket = re(3, "08:30", marnie, taBasket, "The catering shop in Bristol had stacks of them last week.");
        re(3, "08:50", tamsin, maBasket, "Brilliant, thanks Marnie.");
        Post laJoin = re(3, "17:00", laszlo, beJoin, "Bertie, so sorry, I missed this: the oven door seal went "
                + "yesterday and it's been chaos. Yes, Fridays in Keynsham, and the waiting list is a week or two. Send "
                + "me your street and I'll pop you on.");
        re(3, "17:30", bertie, laJoin, "No worries at all! Sent.");
        Post laCab = say(4, "12:00", pdChat, laszlo, "Oven seal fixed. Is a proving cabinet worth it for 40 loaves a "
                + "week?");
        Post taCab = re(4, "12:30", tamsin, laCab, "For me, yes: bake day stopped depending on the weather.");
        re(4, "12:40", laszlo, taCab, "That settles it, thanks Tamsin.");
        Post taSell = say(5, "10:00", pdKit, tamsin, "For sale: 20 round bannetons, used twice, £3 each, collection "
                + "from Bath.");
        Post maSix = re(5, "11:00", marnie, taSell, "I'll take six if they're still there!");
        re(5, "11:20", tamsin, maSix, "Yours, Marnie.");
        Post hoFirst = re(6, "09:00", hollis, maHow, "The first Friday loaf arrived and my son loved it. Thank you!");
        re(6, "09:20", marnie, hoFirst, "So glad! See you next Friday.");
        // W35
        joins(8, "08:00", pdChat, garrick);
        joins(8, "08:05", pdChat, sunniva);
        Post suHello = say(8, "09:00", pdChat, sunniva, "Hi all, Sunniva here. I've started a tiny bread club in "
                + "Radstock, 30 loaves a week out of a domestic oven, which is a lot of bakes. Lovely to find you.");
        Post maHello = re(8, "09:20", marnie, suHello, "Welcome Sunniva! 30 in a domestic oven is heroic. Bake two at "
                + "a time on a baking steel and you'll save hours.");
        re(8, "09:40", sunniva, maHello, "A steel! Ordering one now, thank you.");
        say(8, "10:00", pdChat, garrick, "Refurbished deck ovens for micro-bakeries, 2 and 3 decks, delivered and "
                + "installed: pemberton-ovens.example/deck-ovens");
        say(8, "10:06", pdAsk, garrick, "Refurbished deck ovens for home bakeries, delivered and installed anywhere in "
                + "the South West: pemberton-ovens.example/deck-ovens");
        say(8, "10:12", pdKit, garrick, "Refurbished 2- and 3-deck ovens in stock: "
                + "pemberton-ovens.example/deck-ovens");
        Post gaDm = say(9, "11:00", dmSunnivaGarrick, garrick, "Hi Sunniva, saw your intro. A 2-deck oven would triple "
                + "your output. I've one at £2,400 and could do £2,200 for you this week: "
                + "pemberton-ovens.example/deck-ovens");
        re(9, "13:00", sunniva, gaDm, "Thanks, but I'm nowhere near ready for that yet.");
        Post beSpelt = say(9, "15:00", pdAsk, bertie, "Does anyone in Keynsham do a spelt loaf? Laszlo's are the white "
                + "and the seeded, I think.");
        Post laSpelt = re(9, "15:30", laszlo, beSpelt, "I'll add a spelt to the Friday menu from next week, Bertie, if "
                + "you'd like one.");
        re(9, "15:40", bertie, laSpelt, "Yes please!");
        Post taPrices = say(10, "09:00", pdChat, tamsin, "Flour prices go up again in September. Is anyone passing it "
                + "on to bread club members?");
        re(10, "09:30", marnie, taPrices, "20p a loaf from October, with a note explaining why. Nobody minded last "
                + "time.");
        Post laMill = re(10, "09:50", laszlo, taPrices, "Same here. I'm also switching to a local mill to save on "
                + "delivery.");
        Post taMill = re(10, "10:10", tamsin, laMill, "Which mill? I'd love to cut my delivery costs.");
        re(10, "10:30", laszlo, taMill, "Hobb's Cross, near Wells. Their trade run is cheap.");
        say(11, "14:00", pdChat, garrick, "Two ovens left before the price goes up in September. DM me for prices.");
        Post suSteel = say(11, "16:00", pdChat, sunniva, "The baking steel arrived and I did two loaves at a time "
                + "today. Bake day went from 9 hours to 5!");
        suSteel.react("🎉", marnie, tamsin);
        re(11, "16:20", marnie, suSteel, "Told you! Now get a second steel.");
        Post hoBirthday = say(12, "10:00", pdAsk, hollis, "Does anyone do a birthday loaf, a big tear-and-share? My "
                + "son turns 8 on the 28th.");
        Post maBirthday = re(12, "10:40", marnie, hoBirthday, "I can do a sesame-free tear-and-share for 12, £14. "
                + "Shall I add it to Friday's round?");
        re(12, "11:00", hollis, maBirthday, "Perfect, yes please.");
        Post taRad = say(13, "09:00", pdChat, tamsin, "@Sunniva Haldane where in Radstock are you? My sister lives "
                + "there and is always after good bread.");
        re(13, "09:30", sunniva, taRad, "Near the old station! Tell her Fridays, I'd love to bake for her.");
        // W36
        Post laSpelt2 = say(15, "09:00", pdChat, laszlo, "First week of the spelt loaf: 11 ordered. More than I "
                + "expected.");
        re(15, "09:20", tamsin, laSpelt2, "Spelt always sells. Nice one.");
        Post suOven = say(16, "08:00", pdKit, sunniva, "I think I'm ready for a proper oven now. @Garrick Pemberton is "
                + "the 2-deck still available, and does the price include installation?");
        Post gaOven = re(16, "08:45", garrick, suOven, "It is. £2,400 with delivery, installation and a year's "
                + "warranty. Photos here: pemberton-ovens.example/deck-ovens. Happy to come and look at your kitchen "
                + "first.");
        Post suVisit = re(16, "09:00", sunniva, gaOven, "Yes please, Thursday?");
        re(16, "09:15", garrick, suVisit, "Thursday at 10.");
        Post maDivider = say(17, "12:00", pdKit, marnie, "Wanted: a second-hand dough divider. Anyone?");
        Post gaDivider = re(17, "12:30", garrick, maDivider, "I've a reconditioned one at £650, or I can keep an eye "
                + "out for something cheaper.");
        re(17, "12:45", marnie, gaDivider, "Keep an eye out please, that's a bit over budget for now.");
        Post beNeighbour = re(18, "10:00", bertie, laSpelt, "The spelt loaf was wonderful, Laszlo. My neighbour wants "
                + "to join too, so I've sent her your way.");
        re(18, "10:30", laszlo, beNeighbour, "Thank you Bertie, that's very kind!");
        Post maVisit = say(19, "09:00", pdChat, marnie, "@Sunniva Haldane how did the oven visit go?");
        re(19, "09:30", sunniva, maVisit, "It's coming next week! Garrick measured everything and even helped me move "
                + "the fridge.");
        Post taCard = say(20, "11:00", pdChat, tamsin, "Market stall question: card reader or cash only for a bread "
                + "stall?");
        Post laCard = re(20, "11:20", laszlo, taCard, "Card reader. Half my sales are by card now.");
        re(20, "11:30", tamsin, laCard, "Card reader it is, thanks.");
    }

    /** D. Safe Batch: a food-safety help group where nobody sells; Hyacinth takes in W35 and gives back in W36. */
    private void foodSafety() {
        // W34
        Post crReg = say(1, "10:00", sbAsk, crispin, "I'm starting to sell my granola from home. Do I need to register "
                + "with the council before my first market, or after?");
        Post imReg = re(1, "10:30", imelda, crReg, "Before: register at least 28 days before you start. It's free, "
                + "and an officer will visit in time.");
        re(1, "10:50", crispin, imReg, "Thanks Imelda.");
        Post orJam = say(2, "14:00", sbLabel, orla, "Draft label for my damson jam: Damsons, sugar, lemon juice. Net "
                + "weight 340 g. Best before 12 months. Anything missing?");
        re(2, "14:30", reuben, orJam, "Your name and address, and a batch number helps if you ever need a recall.");
        Post imJam = re(2, "14:40", imelda, orJam, "And 'Prepared with 45 g fruit per 100 g' for a jam. Otherwise "
                + "good.");
        re(2, "15:00", orla, imJam, "I didn't know about the fruit line! Adding it. Thank you both.");
        Post reFive = say(3, "11:00", sbChat, reuben, "Hygiene inspection on Tuesday got us a 5. The cleaning schedule "
                + "on the wall paid off.");
        reFive.react("🎉", imelda, orla, crispin);
        re(3, "11:10", orla, reFive, "Well done Reuben!");
        Post orCafe = say(4, "09:00", sbAsk, orla, "Can I sell jam to a café that resells it, or does that need "
                + "something extra?");
        Post imCafe = re(4, "09:40", imelda, orCafe, "It's fine, as long as the label is complete. They're "
                + "responsible for storing it properly.");
        re(4, "10:00", orla, imCafe, "Good, thanks.");
        Post crOats = say(5, "16:00", sbAsk, crispin, "Do oats count as gluten on the label? Oats are gluten-free, "
                + "right?");
        Post reOats = re(5, "16:30", reuben, crOats, "Oats are listed under cereals containing gluten unless they're "
                + "certified gluten-free oats. Put them in bold.");
        re(5, "16:40", crispin, reOats, "Thanks Reuben.");
        say(6, "10:00", sbChat, imelda, "A reminder that the FSA's allergen e-learning is free and takes about an "
                + "hour. Worth doing for everyone who labels.");
        // W35
        Post hyLicence = say(8, "09:00", sbAsk, hyacinth, "Hi, I've started making fudge to sell at Stroud market. Do "
                + "I need a licence?");
        Post imLicence = re(8, "09:30", imelda, hyLicence, "No licence, but you do need to register with Stroud "
                + "council as a food business, 28 days before you start. It's free.");
        re(8, "09:45", hyacinth, imLicence, "thanks");
        Post hyAllergen = say(9, "10:00", sbAsk, hyacinth, "What allergens do I have to put on fudge labels? It's "
                + "butter, cream, sugar and vanilla.");
        Post imAllergen = re(9, "10:20", imelda, hyAllergen, "Milk, from the butter and cream, in bold in the "
                + "ingredients list. Check the vanilla too: some extracts carry alcohol or nut traces.");
        re(9, "10:40", reuben, hyAllergen, "And if you ever add nuts to another batch, think about 'may contain' on "
                + "the plain ones.");
        re(9, "11:00", hyacinth, imAllergen, "ok ta");
        Post crV2 = say(10, "13:00", sbLabel, crispin, "Granola label v2: Oats (gluten), honey, almonds, sunflower "
                + "seeds, raisins. Allergens in bold. Better?");
        Post orV2 = re(10, "13:30", orla, crV2, "Almonds need bold too. Otherwise it looks good.");
        re(10, "13:40", crispin, orV2, "Missed that, thanks Orla!");
        Post hyShelf = say(11, "09:00", sbAsk, hyacinth, "How long a shelf life can I put on fudge?");
        Post imShelf = re(11, "09:30", imelda, hyShelf, "It depends on the recipe. Could you post your full "
                + "ingredients and the method? Then we can say what's safe and check the allergens.");
        Post hyRating = say(12, "10:00", sbAsk, hyacinth, "Also, what hygiene rating do I need for a market?");
        Post orRating = re(12, "10:30", orla, hyRating, "There's no minimum, but most markets ask for a 3 or above. "
                + "The council gives it after the visit.");
        re(12, "10:45", hyacinth, orRating, "ta");
        Post imNudge = re(12, "15:00", imelda, imShelf, "@Hyacinth Mbeki did you get a chance to post the "
                + "ingredients? Happy to look at them.");
        Post reCover = say(13, "11:00", sbChat, reuben, "Is anyone else's market asking for public liability "
                + "certificates this year?");
        Post orCover = re(13, "11:20", orla, reCover, "Ours did, £5m cover. I found it through my trade association.");
        re(13, "11:30", reuben, orCover, "Thanks, I'll check mine.");
        // W36
        joins(15, "09:00", sbChat, perpetua);
        Post hyList = re(15, "10:00", hyacinth, imNudge, "Sorry Imelda, last week ran away from me. Ingredients: "
                + "sugar, double cream, butter, golden syrup, vanilla extract (with alcohol). Method: boiled to 116°C, "
                + "beaten, cooled, cut and wrapped in cellophane.");
        Post imList = re(15, "10:30", imelda, hyList, "That's a low-moisture fudge, so six weeks is reasonable "
                + "wrapped. Bold the cream and butter (milk). Thanks for posting it!");
        re(15, "10:45", hyacinth, imList, "Thank you, that's really useful. I'll print the labels tonight.");
        Post peStart = say(16, "14:00", sbAsk, perpetua, "Hi, I want to sell my flapjacks at the school fair and then "
                + "maybe a market. Where do I start?");
        Post hyStart = re(16, "14:20", hyacinth, peStart, "I was asking the same last week! Register with your council "
                + "28 days before you start selling (it's free), and mark the allergens in bold on the label. Oats "
                + "count as gluten.");
        re(16, "14:40", perpetua, hyStart, "That's so clear, thank you.");
        re(16, "15:00", imelda, hyStart, "Spot on, Hyacinth. Perpetua, a one-off school fair may not need "
                + "registering at all; it's regular selling that does.");
        Post hyLabel = say(17, "10:00", sbLabel, hyacinth, "Fudge label for a second pair of eyes: Vanilla Fudge. "
                + "Ingredients: sugar, double cream (milk), butter (milk), golden syrup, vanilla extract. 150 g. Best "
                + "before 6 weeks.");
        Post orLabel = re(17, "10:30", orla, hyLabel, "Add your name and address and a batch number and you're set.");
        re(17, "10:40", hyacinth, orLabel, "Adding them. Thanks Orla, your jam label showed me the layout.");
        Post crSold = say(18, "13:00", sbChat, crispin, "First market done! Sold out of granola by 11.");
        crSold.react("🎉", hyacinth, orla);
        re(18, "13:10", reuben, crSold, "Brilliant! Bring more next time.");
        Post rePies = say(19, "10:00", sbAsk, reuben, "Chilled pies at a market: does anyone use a data logger for "
                + "temperatures, or is a probe enough?");
        re(19, "10:30", imelda, rePies, "A probe and a written log every two hours is enough for most councils.");
        Post hyPies = re(19, "10:45", hyacinth, rePies, "At Stroud they asked me for a cool-box thermometer reading at "
                + "the start and the end, if that helps.");
        re(19, "11:00", reuben, hyPies, "It does, thank you.");
    }

    /** E. Temper Temper: bean-to-bar chocolate makers; Ottilie posts only about herself in W34, then talks. */
    private void chocolate() {
        // W34
        say(1, "08:00", ttBench, ottilie, "Big week for me: my first Ecuador 72% bars went into their wrappers last "
                + "night and I'm so proud of the snap I got.");
        Post coBloom = say(1, "12:00", ttBench, cosmo, "@Sakura Ellingham what temperature do you work milk chocolate "
                + "at? Mine keeps blooming.");
        Post saBloom = re(1, "12:30", sakura, coBloom, "I melt to 45, seed down to 29 and work at 30. Bloom usually "
                + "means it went over 31.");
        re(1, "12:50", cosmo, saBloom, "I've been working at 32. That's it. Thank you!");
        say(1, "17:00", ttBench, ottilie, "I've redesigned my wrappers myself too, hand-printed lino on recycled card. "
                + "My favourite thing I've made this year.");
        say(2, "09:00", ttBench, ottilie, "My melanger ran 72 hours on the new batch. I think it's my longest refine "
                + "yet and my smoothest texture.");
        say(2, "15:00", ttBench, ottilie, "My launch is Saturday at the Frome Independent, my first market with my "
                + "own stall. I'm nervous but I'm ready.");
        say(3, "08:00", ttBench, ottilie, "I made 200 bars for my launch. My kitchen smells like a cocoa farm.");
        Post feBeans = say(3, "13:00", ttBeans, fernando, "New arrivals from the Piura co-op in Peru: fine-flavour "
                + "beans, 10 kg sacks at £14/kg, samples on request.");
        Post saSample = re(3, "13:30", sakura, feBeans, "Could I have a sample of the Piura? My Ecuador is running "
                + "low.");
        re(3, "13:45", fernando, saSample, "Of course, I'll post 500 g tomorrow.");
        say(3, "18:00", ttBench, ottilie, "A photographer friend shot my bars today. I love how my gold foil catches "
                + "the light.");
        Post juFavours = say(4, "10:00", ttAsk, juno, "Wedding planner here: a couple want 120 small chocolate favours "
                + "for a September wedding, two flavours, in their colours. Who could do it, and roughly what would it "
                + "cost?");
        Post coFavours = re(4, "10:40", cosmo, juFavours, "I could do 120 mini bars of 20 g, two flavours, wrappers in "
                + "their colours, about £3.20 each. When's the date?");
        Post juList = re(4, "11:00", juno, coFavours, "18 September. Do you have a price list or a page with examples "
                + "I can show them?");
        Post coList = re(4, "11:20", cosmo, juList, "Past favours and the price list are here: "
                + "adairchocolate.example/favours");
        re(4, "11:40", juno, coList, "Perfect, thank you Cosmo.");
        say(4, "16:00", ttBench, ottilie, "My tasting notes for the 72%: red fruit, honey, a little tobacco. I'm "
                + "really happy with my roast profile.");
        say(5, "09:00", ttBench, ottilie, "I spent my evening hand-numbering my bars. My wrists hurt but I love it.");
        say(5, "14:00", ttBench, ottilie, "My stall is packed: my bars, my tasting board, my new sign. I'm ready for "
                + "tomorrow.");
        Post otSold = say(6, "17:00", ttBench, ottilie, "My launch sold 140 of my 200 bars! I can't believe it. My best "
                + "day ever.");
        re(6, "18:00", sakura, otSold, "Congratulations, that's a brilliant first market!");
        say(6, "20:00", ttBench, ottilie, "I'm already planning my next origin for my October batch.");
        // W35
        Post otPiura = say(8, "09:00", ttBench, ottilie, "@Sakura Ellingham thank you for the kind words, and sorry I "
                + "went quiet, launch brain. How did your Piura sample from Fernando turn out?");
        Post saPiura = re(8, "09:30", sakura, otPiura, "Fruity and bright! I roasted lighter than usual. You should try "
                + "it for your October bar.");
        Post otRoast = re(8, "09:50", ottilie, saPiura, "I will. What roast did you use?");
        re(8, "10:10", sakura, otRoast, "120°C for 25 minutes, tasting every two minutes at the end.");
        Post phAsk = say(9, "11:00", ttAsk, philippa, "Philippa from Northcote's Deli in Wells. We're looking for two "
                + "or three local bean-to-bar makers to stock for Christmas. How does wholesale usually work?");
        Post otWholesale = re(9, "11:30", ottilie, phAsk, "Hi Philippa, makers usually offer 40% off retail with a "
                + "minimum of 12 bars per flavour. What does your shop sell most of, dark or milk?");
        Post phDark = re(9, "12:00", philippa, otWholesale, "Dark, mostly, and anything with a story about the farm.");
        Post otSamples = re(9, "12:20", ottilie, phDark, "Then the Ecuador 72% might suit you: it's from a women's "
                + "co-op in Esmeraldas. I can bring samples on Thursday if you like.");
        re(9, "12:40", philippa, otSamples, "Thursday is good.");
        Post saDeli = re(9, "14:00", sakura, phAsk, "Philippa, I'd love to be considered too: I make a 70% Tanzanian "
                + "and a 50% milk. Samples by post?");
        re(9, "14:30", philippa, saDeli, "Yes, please post them.");
        Post otOrder = say(10, "10:00", ttBeans, ottilie, "@Fernando Quispe could I get 20 kg of the Piura for "
                + "October?");
        Post feOrder = re(10, "10:30", fernando, otOrder, "Yes, £14/kg, 20 kg ready on the 20th. Shall I invoice as "
                + "usual?");
        re(10, "10:40", ottilie, feOrder, "Please do.");
        Post coFilm = say(11, "15:00", ttBench, cosmo, "Has anyone wrapped bars in compostable film? Mine goes "
                + "cloudy.");
        Post otFilm = re(11, "15:30", ottilie, coFilm, "I tried the cellulose one from the Bristol packaging people "
                + "and it stayed clear. Store it away from the oven.");
        re(11, "15:45", cosmo, otFilm, "Ordering some, thank you.");
        Post juConfirm = re(12, "09:00", juno, coList, "The couple loved the samples! Cosmo, can we confirm 120 for the "
                + "18th?");
        re(12, "09:30", cosmo, juConfirm, "Confirmed! I'll send the invoice and wrapper proofs this week.");
        Post saStone = say(13, "17:00", ttBench, sakura, "Is anyone else's melanger stone cracking? Mine split this "
                + "morning.");
        Post feStone = re(13, "17:20", fernando, saStone, "Those stones crack if you load them cold. I keep spares and "
                + "sell them at cost, if you need one.");
        re(13, "17:40", sakura, feStone, "Yes please, I'll send you the model.");
        // W36
        Post phYes = re(15, "10:00", philippa, otSamples, "Ottilie, the samples went down brilliantly. 24 bars of the "
                + "72% for December, please.");
        re(15, "10:30", ottilie, phYes, "Wonderful, thank you Philippa! I'll deliver by 1 December.");
        Post otCello = say(16, "11:00", ttBench, ottilie, "Cosmo, did the cellulose film work out?");
        re(16, "11:20", cosmo, otCello, "Clear as glass. Thanks for the tip.");
        Post phSakura = re(17, "09:00", philippa, saDeli, "Sakura, yours too: 12 of each, please.");
        re(17, "09:30", sakura, phSakura, "Thank you Philippa!");
        say(18, "14:00", ttBeans, fernando, "Reminder: the Piura lot closes on Friday; two sacks left unreserved.");
        Post juStir = say(19, "10:00", ttAsk, juno, "Another couple, a December wedding, want hot chocolate stirrers "
                + "as favours. Does anyone make them?");
        Post otStir = re(19, "10:30", ottilie, juStir, "I can! Chocolate on a wooden spoon, wrapped, about £2.50 each. "
                + "How many guests?");
        re(19, "10:50", juno, otStir, "90. I'll put you in touch with them.");
        Post saFitted = re(20, "12:00", sakura, feStone, "New stone fitted and the melanger's running again. Thanks "
                + "Fernando!");
        re(20, "12:30", fernando, saFitted, "Glad it's turning!");
    }

    /** F. Larder Lane Kitchen: a shared kitchen's own server; Thandiwe pushes her brownie code at fellow members. */
    private void sharedKitchen() {
        // W34
        say(1, "08:00", llNotices, ingeborg, "Deep clean on Saturday 21 August. We need six members for two hours "
                + "each; sign up here: forms.larderlane.example/deep-clean");
        Post auExtruder = say(1, "10:00", llBookings, aurelio, "Can I book the pasta extruder station for Thursdays "
                + "from September?");
        Post raExtruder = re(1, "10:20", ravi, auExtruder, "Yes, Aurelio, 7 till 11 is free on Thursdays. Booked.");
        re(1, "10:30", aurelio, raExtruder, "Grazie Ravi.");
        Post doHarbour = say(2, "12:00", llTable, dorcas, "Anyone selling at the Harbourside market? I'm wondering if "
                + "it's worth the pitch fee.");
        Post leHarbour = re(2, "12:30", leopold, doHarbour, "I do. Busy Saturdays, quiet Sundays. Worth it for hot "
                + "food, and pies would do well.");
        re(2, "12:45", dorcas, leHarbour, "Thanks, I'll try a Saturday.");
        say(3, "08:00", llNotices, ingeborg, "Deep clean: 3 places left. forms.larderlane.example/deep-clean");
        Post thChiller = say(3, "14:00", llBookings, thandiwe, "Is the blast chiller working again? It was warm on "
                + "Monday.");
        Post inChiller = re(3, "14:20", ingeborg, thChiller, "Fixed yesterday, Thandiwe: the engineer replaced the "
                + "fan.");
        re(3, "14:30", thandiwe, inChiller, "Brilliant, thank you.");
        Post auTip = say(4, "11:00", llTable, aurelio, "Supplier tip: Bristol Dairy Co. brings 00 flour and eggs "
                + "together for one delivery charge.");
        re(4, "11:20", dorcas, auTip, "Oh, that's useful, thank you Aurelio!");
        say(5, "08:00", llNotices, ingeborg, "Deep clean: 1 place left. forms.larderlane.example/deep-clean");
        Post leSwap = say(5, "09:00", llBookings, leopold, "Could I swap my Friday slot for Saturday this week?");
        re(5, "09:20", ravi, leSwap, "Swapped, Leopold.");
        Post thBoxes = say(6, "15:00", llTable, thandiwe, "Has anyone got a good supplier for compostable brownie "
                + "boxes?");
        Post doBoxes = re(6, "15:30", dorcas, thBoxes, "Avonmouth Pack Co. Ask for Sam, he'll send samples.");
        re(6, "15:45", thandiwe, doBoxes, "Thank you Dorcas!");
        // W35
        Post doTuesday = say(8, "09:00", llBookings, dorcas, "@Ravi Chaudhry can I add a Tuesday afternoon slot from "
                + "September? Pie orders are picking up.");
        re(8, "09:30", ravi, doTuesday, "Tuesday 2 till 6 is yours from 7 September.");
        say(9, "10:00", llTable, thandiwe, "New vegan brownie boxes are live! 12 brownies for £18, and use my code "
                + "LARDER10 for 10% off: thandisbakes.example/brownie-box");
        Post auHow = say(9, "11:00", llTable, aurelio, "@Dorcas Pennington how did the Harbourside go?");
        re(9, "11:30", dorcas, auHow, "Sold 80 pies! Leopold was right about Saturdays.");
        Post leGasket = say(10, "12:00", llBookings, leopold, "The dumpling steamer's gasket has perished again. Can it "
                + "be replaced?");
        re(10, "12:20", ingeborg, leGasket, "Ordered, Leopold; it'll be fitted on Thursday. Use the second steamer "
                + "till then.");
        say(11, "09:00", llTable, thandiwe, "Last few days for code LARDER10 on the brownie boxes, order here: "
                + "thandisbakes.example/brownie-box");
        Post leFair = say(11, "14:00", llTable, leopold, "Anyone want to share a stall at the Totterdown food fair? "
                + "The pitch is £90 for the day.");
        Post auFair = re(11, "14:30", aurelio, leFair, "I'm in. Pasta and dumplings go together.");
        re(11, "14:45", leopold, auFair, "Perfect, I'll book it.");
        say(12, "10:00", llBookings, thandiwe, "Morning all! If anyone needs a treat for the weekend, the brownie boxes "
                + "are here with code LARDER10: thandisbakes.example/brownie-box");
        say(12, "11:00", llNotices, ingeborg, "Fire alarm test on Wednesday at 10. Please don't leave anything on the "
                + "hobs.");
        Post doSheeter = say(13, "16:00", llTable, dorcas, "Aurelio, could I borrow your pasta sheeter for pie lids on "
                + "Monday? I'll bring you a pie.");
        re(13, "16:20", aurelio, doSheeter, "Of course, it's on the top shelf.");
        // W36
        joins(15, "08:00", llBookings, yusuf);
        Post yuRates = say(15, "09:00", llBookings, yusuf, "Hello, I make Turkish pide and want to start selling at "
                + "markets. How much is an hourly kitchen slot, and is there an induction?");
        Post inRates = re(15, "09:20", ingeborg, yuRates, "Welcome Yusuf! £16 an hour, or £55 for a four-hour block, "
                + "and the induction is free: an hour with Ravi. Shall we book one?");
        Post yuBook = re(15, "09:40", yusuf, inRates, "Yes please, any day this week.");
        Post raBook = re(15, "10:00", ravi, yuBook, "Wednesday at 2?");
        re(15, "10:10", yusuf, raBook, "Wednesday at 2.");
        Post thTable = say(16, "12:00", llTable, thandiwe, "@Leopold Szabo is there room for a brownie table at "
                + "Totterdown too? Happy to share the pitch fee.");
        Post leTable = re(16, "12:30", leopold, thTable, "Always room for brownies. £30 each, then.");
        re(16, "12:40", thandiwe, leTable, "Deal!");
        Post doYusuf = say(17, "13:00", llTable, dorcas, "Yusuf, I'm at the Harbourside market on Saturdays; happy to "
                + "show you the ropes. Pide would sell well there.");
        re(17, "13:30", yusuf, doYusuf, "That would be wonderful, thank you Dorcas.");
        Post auDie = say(18, "09:00", llBookings, aurelio, "The extruder's die is cracked. Ravi, do we have a spare?");
        re(18, "09:20", ravi, auDie, "One spare in the office; I'll leave it on your station.");
        Post thPasta = say(19, "15:00", llTable, thandiwe, "Aurelio, would fresh pasta survive a day at the fair in a "
                + "cool box?");
        Post auPasta = re(19, "15:30", aurelio, thPasta, "Yes, with ice packs, dusted well in semolina.");
        re(19, "15:40", thandiwe, auPasta, "Good to know, thanks!");
        say(20, "10:00", llNotices, ingeborg, "The kitchen is closed on Monday 6 September for the oven service.");
    }

    /** G. Gluten-Free Bakers' Circle: Petronella prices a reply to a new parent; Horatio answers without replies. */
    private void glutenFree() {
        // W34
        Post coBlend = say(1, "10:00", gfBakers, coralie, "Switched to a new blend with more rice flour and my focaccia "
                + "finally has holes. Rice, potato and tapioca at 5:3:2.");
        Post hoBlend = re(1, "10:30", horatio, coBlend, "That ratio's good. Psyllium in it?");
        re(1, "10:45", coralie, hoBlend, "2% psyllium, soaked first.");
        Post miCake = say(2, "09:00", gfAsk, mireille, "My son is 6 and was just diagnosed coeliac. His birthday is in "
                + "three weeks. Any tips for making his cake safe at home? I'm terrified of getting it wrong.");
        re(2, "09:40", petronella, miCake, "Honestly, it's easier to order one. I do certified-safe birthday cakes "
                + "from £45, DM me.");
        say(2, "10:00", gfAsk, horatio, "Mireille, start with a fresh tub of butter and new baking powder, and wash "
                + "every tin and bowl. A simple sponge with a GF blend and an extra egg works well. Dust with rice "
                + "flour, never plain.");
        re(2, "10:15", coralie, miCake, "And check the sprinkles! Many have wheat starch. Look for the crossed-grain "
                + "symbol.");
        say(2, "10:40", gfAsk, mireille, "Thank you Horatio and Coralie, that's so reassuring. I'll try a practice "
                + "sponge this weekend.");
        say(3, "14:00", gfAsk, stellan, "Adult coeliac here: why does GF bread go stale in a day, and is there any "
                + "way around it?");
        say(3, "14:10", gfAsk, horatio, "Stellan, GF starches set fast. Slice and freeze on the day, toast from "
                + "frozen. Loaves with psyllium keep a day longer.");
        say(3, "14:30", gfAsk, stellan, "Freezing it sliced, genius. Thanks Horatio.");
        say(4, "09:00", gfMarket, coralie, "Open slots for September birthday cakes: 4 left. GF and nut-free kitchen, "
                + "from £40. Order through the form at coraliebakes.example/order");
        say(4, "09:30", gfMarket, petronella, "Baking for the Frome GF fair on Saturday: brownies, Bakewells and "
                + "focaccia. Come and say hello.");
        Post peShort = say(5, "11:00", gfBakers, petronella, "Has anyone found a blend that doesn't go gummy in "
                + "shortcrust?");
        Post coShort = re(5, "11:30", coralie, peShort, "Add an egg yolk and chill the pastry twice. Gumminess is "
                + "usually overworking.");
        re(5, "11:45", petronella, coShort, "Chilling twice, noted. Thanks Coralie.");
        Post anSister = say(6, "10:00", gfAsk, annika, "I bought Coralie's lemon drizzle at the Bath fair last month "
                + "and it was the first cake in years I ate without worrying. I've sent my sister to her for my "
                + "niece's christening cake!");
        re(6, "10:20", coralie, anSister, "Annika, that made my week, thank you! Tell your sister to message me "
                + "whenever she's ready.");
        say(7, "09:00", gfAsk, mireille, "The practice sponge worked! Horatio, how far ahead can I bake it?");
        say(7, "09:15", gfAsk, horatio, "Two days ahead, wrapped well, or freeze it a week ahead and ice it on the "
                + "day.");
        say(7, "09:30", gfAsk, mireille, "Freezing it, thank you!");
        // W35: Horatio answers in the next message, rarely with Discord's reply
        say(8, "10:00", gfAsk, stellan, "Is oat milk safe for coeliacs?");
        say(8, "10:05", gfAsk, horatio, "Only if the carton says gluten-free, Stellan. Ordinary oats pick up wheat in "
                + "the field and at the mill.");
        say(8, "10:20", gfAsk, stellan, "Good to know, mine doesn't. Thanks.");
        Post hoSwab = say(8, "15:00", gfBakers, horatio, "Does anyone test their kitchen surfaces for gluten? I'm "
                + "thinking of getting swab kits.");
        re(8, "15:30", coralie, hoSwab, "I swab monthly. The kits are pricey but the peace of mind is worth it.");
        say(8, "15:40", gfBakers, horatio, "Monthly sounds right. I'll order a box.");
        say(9, "12:00", gfAsk, annika, "What's the safest way to eat out? I always feel like a nuisance.");
        say(9, "12:10", gfAsk, horatio, "Annika, you're never a nuisance. Ring ahead, ask if they have a separate "
                + "fryer, and ask what they do about flour in the air.");
        say(9, "12:30", gfAsk, annika, "Ringing ahead, I will. Thank you Horatio.");
        say(10, "09:00", gfAsk, mireille, "Can I use ordinary food colouring on the cake?");
        say(10, "09:05", gfAsk, horatio, "Most gel colours are fine, Mireille, but check the label for wheat starch "
                + "or a 'may contain'.");
        say(10, "09:20", gfAsk, mireille, "Checked, it's fine. Thank you!");
        Post peFrome = say(10, "13:00", gfBakers, petronella, "Market report: sold out of Bakewells by noon in Frome. "
                + "GF customers are so loyal.");
        Post hoFrome = re(10, "13:20", horatio, peFrome, "Brilliant! What did the Bakewell pastry end up as?");
        re(10, "13:40", petronella, hoFrome, "Coralie's egg yolk and chilling twice. Worked perfectly.");
        say(11, "16:00", gfAsk, stellan, "Anyone tried making GF pitta? Mine crack when I open them.");
        say(11, "16:10", gfAsk, horatio, "Stellan, roll them thicker than you think and wrap them in a tea towel as "
                + "soon as they come out. The steam keeps them soft.");
        say(11, "16:30", gfAsk, stellan, "Thicker and wrapped, trying tonight.");
        say(12, "10:00", gfMarket, coralie, "Open slots: two Christmas cakes left, GF and nut-free. "
                + "coraliebakes.example/order");
        Post hoToaster = say(12, "11:00", gfBakers, horatio, "Cross-contamination question for anyone who shares a "
                + "kitchen: do you keep a separate toaster?");
        re(12, "11:20", petronella, hoToaster, "Separate everything: toaster, sieves, wooden spoons. Wood holds "
                + "flour.");
        say(12, "11:40", gfBakers, horatio, "Wooden spoons, I hadn't thought of that. Thank you.");
        say(13, "09:00", gfAsk, annika, "Rang ahead to the Italian place and they had a separate fryer! Thank you "
                + "Horatio.");
        say(13, "09:10", gfAsk, horatio, "So glad, Annika! Enjoy it.");
        // W36
        Post miParty = say(15, "10:00", gfAsk, mireille, "The party was yesterday and he ate cake with everyone else "
                + "for the first time! Thank you all.");
        miParty.react("❤️", horatio, coralie, annika);
        re(15, "10:30", coralie, miParty, "That's wonderful, Mireille.");
        say(15, "10:40", gfAsk, horatio, "Made my day, Mireille.");
        Post coFair = say(16, "14:00", gfBakers, coralie, "Anyone going to the Coeliac UK fair in Bristol? Looking to "
                + "share a table.");
        Post peFair = re(16, "14:30", petronella, coFair, "I'll share! Split the fee?");
        re(16, "14:45", coralie, peFair, "Yes, £40 each.");
        Post stBath = say(17, "10:00", gfAsk, stellan, "Does anyone deliver GF bread in Bath? I'd like a weekly "
                + "loaf.");
        Post peBath = re(17, "10:30", petronella, stBath, "I do a Thursday round in Bath: a seeded GF loaf for £6. "
                + "Shall I add you?");
        re(17, "10:45", stellan, peBath, "Yes please, starting this week.");
        say(18, "09:00", gfMarket, petronella, "The Thursday Bath round has room for three more loaves. Message me.");
        Post hoKits = say(19, "12:00", gfBakers, horatio, "Swab kits arrived. My bench tested clean, my flour bin lid "
                + "did not! Lesson learned.");
        re(19, "12:20", coralie, hoKits, "Flour bin lids are the worst. Good catch.");
    }

    /** H. Scoville Street: hot-sauce makers; Dmitri's bar customer waits in W36 while he courts a new shop. */
    private void hotSauce() {
        // W34
        Post bePh = say(1, "11:00", ssLab, beatriz, "pH check on my fermented jalapeño came out at 3.6. Safe to bottle "
                + "without more vinegar?");
        Post ezPh = re(1, "11:30", ezekiel, bePh, "Under 4.0 is the line most of us use, so 3.6 is comfortable. "
                + "Calibrate the meter first, though.");
        re(1, "11:45", beatriz, ezPh, "Calibrated this morning. Bottling tonight, thanks!");
        Post soChip = say(2, "10:00", ssStock, solveig, "Solveig from Ember Bar in Bristol. @Dmitri Volkov we've had "
                + "your Ghost Pepper on the bar since spring and it's flying. Could we add the smoked chipotle too?");
        Post dmChip = re(2, "10:30", dmitri, soChip, "Brilliant to hear, Solveig! Yes, I'll add 12 chipotle to your "
                + "next case, same terms.");
        re(2, "10:40", solveig, dmChip, "Perfect.");
        Post ezWoozy = say(3, "15:00", ssSwap, ezekiel, "For sale: 200 woozy bottles, 150 ml, £40 the lot. I ordered "
                + "too many.");
        Post beWoozy = re(3, "15:20", beatriz, ezWoozy, "I'll take them! Collect on Saturday?");
        re(3, "15:30", ezekiel, beWoozy, "Saturday's fine.");
        Post dmReaper = say(4, "09:00", ssLab, dmitri, "Has anyone got a reliable Carolina Reaper grower? My "
                + "supplier's crop failed.");
        Post beReaper = re(4, "09:30", beatriz, dmReaper, "The farm near Taunton sold me 5 kg last month. I'll dig out "
                + "their number.");
        re(4, "09:40", dmitri, beReaper, "That would save my autumn batch, thank you.");
        say(4, "10:00", ssLab, beatriz, "Greenacre Chillies, ask for Mo.");
        Post ezPrinter = say(5, "12:00", ssLab, ezekiel, "Label printer jammed mid-run again. Anyone moved to a roll "
                + "printer they like?");
        Post dmPrinter = re(5, "12:30", dmitri, ezPrinter, "I use a thermal one, 18 months without a jam. Happy to "
                + "send you the model.");
        re(5, "12:40", ezekiel, dmPrinter, "Yes please!");
        say(5, "12:50", ssLab, dmitri, "Zebra ZD421.");
        // W35
        Post beHot = say(8, "10:00", ssLab, beatriz, "The fermentation room is too hot this week. Anyone cooling "
                + "theirs?");
        Post dmHot = re(8, "10:30", dmitri, beHot, "A cheap air-con unit on a timer. It paid for itself in one saved "
                + "batch.");
        re(8, "10:45", beatriz, dmHot, "Ordering one, thanks.");
        Post soTaco = re(9, "14:00", solveig, dmChip, "The chipotle went down a storm at our taco night. Thanks "
                + "Dmitri!");
        re(9, "14:20", dmitri, soTaco, "Love that. Thanks for telling me!");
        Post beFiller = say(10, "11:00", ssSwap, beatriz, "Wanted: a second-hand 4-head bottle filler.");
        Post ezFiller = re(10, "11:30", ezekiel, beFiller, "Mine's for sale from October when I upgrade, £250.");
        re(10, "11:40", beatriz, ezFiller, "Keep it for me!");
        Post ezAwards = say(11, "10:00", ssLab, ezekiel, "Has anyone entered the Great Chilli Awards? Is it worth the "
                + "fee?");
        re(11, "10:30", dmitri, ezAwards, "Yes. A gold got me two new shops last year.");
        re(11, "10:40", beatriz, ezAwards, "Worth it for the judges' feedback sheets alone.");
        say(11, "11:00", ssLab, ezekiel, "Entering, then. Thanks both.");
        // W36
        joins(15, "08:00", ssStock, lorcan);
        joins(15, "08:05", ssLab, jaxon);
        say(15, "09:00", ssLab, jaxon, "Just launched Riddell's Reaper Relish! Follow me on "
                + "instagram.example/riddellsrelish and like the launch post please 🔥");
        say(15, "09:05", ssStock, jaxon, "New hot sauce brand alert! Follow instagram.example/riddellsrelish and like "
                + "the launch post please 🔥");
        Post loShelf = say(15, "10:00", ssStock, lorcan, "Hi, Lorcan here. I'm opening a bottle shop in Stokes Croft "
                + "in October and want a shelf of local hot sauces. How does wholesale usually work?");
        Post dmShelf = re(15, "10:40", dmitri, loShelf, "Welcome Lorcan! Most of us do 35-40% off the shelf price, "
                + "minimum one case of 12 per flavour. I'm in Easton, ten minutes from you. What heat levels are you "
                + "after?");
        Post loTaste = re(15, "11:00", lorcan, dmShelf, "A range, mild to silly. Could I taste yours?");
        Post dmTaste = re(15, "11:20", dmitri, loTaste, "I'll bring a tasting box on Wednesday.");
        Post beShelf = re(15, "12:00", beatriz, loShelf, "Same terms from me, Lorcan; I make fermented green sauces. "
                + "Happy to send samples.");
        re(15, "12:20", lorcan, beShelf, "Yes please!");
        Post soGhost = say(16, "10:00", ssStock, solveig, "@Dmitri Volkov could we have 24 Ghost Pepper before our "
                + "chilli night on Saturday the 4th? We're almost out.");
        Post dmMore = say(16, "14:00", ssLab, dmitri, "Looking for more stockists in Bristol before Christmas. If "
                + "anyone hears of a shop wanting sauces, point them my way.");
        re(16, "14:30", ezekiel, dmMore, "Will do.");
        Post soNudge = re(17, "09:00", solveig, soGhost, "@Dmitri Volkov just checking you saw this? Saturday's "
                + "close.");
        Post ezWelcome = say(17, "10:00", ssLab, ezekiel, "@Jaxon Riddell welcome! We're a chatty bunch; most folk ask "
                + "about pH and bottling before posting links. What's in your relish?");
        Post jaRelish = re(17, "10:30", jaxon, ezWelcome, "Sorry, fair point. Reapers, red onion and cider vinegar, "
                + "pH 3.8. Is that all right for a relish?");
        Post ezRelish = re(17, "10:50", ezekiel, jaRelish, "3.8 is fine. Hot-fill it at 85°C and you're good.");
        re(17, "11:00", jaxon, ezRelish, "Thanks, I'll do that.");
        re(17, "15:00", dmitri, dmTaste, "Tasting box dropped at the shop, Lorcan. Tell me which ones you like!");
        Post loCase = re(18, "12:00", lorcan, dmTaste, "The smoked chipotle is a winner. A case of that and one of the "
                + "Ghost Pepper, please.");
        re(18, "12:20", dmitri, loCase, "Done, delivered Monday.");
        Post dmSorry = re(19, "09:00", dmitri, soNudge, "Solveig, I'm so sorry, I missed both of these. 24 Ghost "
                + "Pepper will be with you on Friday morning.");
        re(19, "09:30", solveig, dmSorry, "Phew, thanks Dmitri.");
        Post jaBottles = say(19, "14:00", ssSwap, jaxon, "Does anyone have spare 100 ml woozies? I need 50 for my next "
                + "batch.");
        Post beBottles = re(19, "14:30", beatriz, jaBottles, "I've 50 left from Ezekiel's lot, yours for £10.");
        re(19, "14:40", jaxon, beBottles, "Brilliant, thank you!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes119Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 119");
    }
}
