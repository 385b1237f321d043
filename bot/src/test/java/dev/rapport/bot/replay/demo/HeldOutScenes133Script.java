package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 133 (sealed): eight communities of angling, fisheries and the fishing-tackle trade, of kinds no
 * earlier round used (salmon and trout fishing guides and ghillies, Beat &amp; Boat Guides, with a room where visiting
 * anglers ask, an open-dates room and a ghillie who spends a week training with fellow guides for the guides' Spey-casting
 * championship while a returning angler and a new beginner wait for him; a tackle shop's own server, Kingcup Tackle,
 * with its Staff and Customers, a reel repairer who answers a day late with an apology and a customer's DM; fly tiers,
 * Hackle &amp; Thread, with a swap box, a newcomer who scatters his fly-shop link and a newcomer who asks for
 * subscribers; a commercial carp fishery's own server, Alder Pool Fishery, with its Staff and Members, a head bailiff
 * who said he would be on holiday and a member's DM to the owner; custom rod builders, Blank Canvas Rod Builders, with
 * a room where anglers commission rods, a builder who talks about himself, a cane build log posted to nobody and a
 * newcomer who answers an angler's thanks with a priced rod; a bait and maggot farm's trade server, Gentle Acre Bait,
 * with its Team and Trade Customers, a sales rep who serves two new shops while a long-standing customer waits and a new
 * shop's DM; riparian owners along one river, Lugg Valley Riparian Owners, where nobody sells; an angling club's
 * committee, Millbrook AA, with its match secretary's notices and a treasurer away on holiday), over three ISO weeks
 * (2033-W37 to W39), written and labelled by writer133 (session 62) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-133.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes133Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2033, 9, 12);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2033, 10, 3, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-133";
    private static final int BASE = 104400;

    // --- A. fishing guides and ghillies ---
    private final String beat = cast.guild(1611);
    private final Channel bbRoom = cast.channel(beat, "Beat & Boat Guides", "guides-room",
            "guides and ghillies among ourselves: rivers, boats, beats and kit", "bb-guides-room.json");
    private final Channel bbAsk = cast.channel(beat, "Beat & Boat Guides", "ask-a-guide",
            "visiting anglers ask about rivers, flies, permits and guided days; guides reply", "bb-ask-a-guide.json");
    private final Channel bbDates = cast.channel(beat, "Beat & Boat Guides", "open-dates",
            "guides post their free dates, beats and day rates", "bb-open-dates.json");
    private final Persona hamish = cast.person("hamish.strachan", "Hamish Strachan");
    private final Persona morag = cast.person("morag.lindsay", "Morag Lindsay");
    private final Persona ewan = cast.person("ewan.baird", "Ewan Baird");
    private final Persona fenella = cast.person("fenella.gunn", "Fenella Gunn");
    private final Persona graham = cast.person("graham.pickering", "Graham Pickering");
    private final Persona nadine = cast.person("nadine.okoro", "Nadine Okoro");
    private final Persona barnaby = cast.person("barnaby.holt", "Barnaby Holt");
    private final Persona priya = cast.person("priya.raman", "Priya Raman");
    private final Persona anders = cast.person("anders.lindqvist", "Anders Lindqvist");

    // --- B. a tackle shop's own server ---
    private final String kingcup = cast.guild(1612);
    private final Role kcStaff = cast.role("Staff", "#2e7d32", 2);
    private final Role kcCustomer = cast.role("Customer", "#90a4ae", 1);
    private final Channel kcNews = cast.channel(kingcup, "Kingcup Tackle", "shop-news",
            "new stock, opening hours and shop events", "kc-shop-news.json");
    private final Channel kcAsk = cast.channel(kingcup, "Kingcup Tackle", "ask-the-shop",
            "customers: ask about kit, orders and reel repairs; the staff reply", "kc-ask-the-shop.json");
    private final Channel kcCatch = cast.channel(kingcup, "Kingcup Tackle", "catch-reports",
            "show off your fish", "kc-catch-reports.json");
    private final Persona dougie = cast.person("dougie.pennock", "Dougie Pennock", kcStaff);
    private final Persona sunita = cast.person("sunita.kaur", "Sunita Kaur", kcStaff);
    private final Persona ray = cast.person("ray.tallis", "Ray Tallis", kcStaff);
    private final Persona colin = cast.person("colin.ashdown", "Colin Ashdown", kcCustomer);
    private final Persona bethan = cast.person("bethan.llewellyn", "Bethan Llewellyn", kcCustomer);
    private final Persona marcus = cast.person("marcus.feeney", "Marcus Feeney", kcCustomer);
    private final Persona ada = cast.person("ada.whitcombe", "Ada Whitcombe", kcCustomer);
    private final Persona kieran = cast.person("kieran.doyle", "Kieran Doyle");
    private final Persona ollie = cast.person("ollie.brannigan", "Ollie Brannigan");
    private final Channel kcDm = cast.dm(sunita, "kc-dm-sunita-kaur.json");

    // --- C. fly tiers ---
    private final String hackle = cast.guild(1613);
    private final Channel htVice = cast.channel(hackle, "Hackle & Thread", "at-the-vice",
            "fly tying: patterns, materials, techniques; questions welcome", "ht-at-the-vice.json");
    private final Channel htSwap = cast.channel(hackle, "Hackle & Thread", "swap-box",
            "fly swaps, spare materials, and members' flies for sale", "ht-swap-box.json");
    private final Channel htIntro = cast.channel(hackle, "Hackle & Thread", "introductions",
            "introduce yourself", "ht-introductions.json");
    private final Persona wilfred = cast.person("wilfred.ingram", "Wilfred Ingram");
    private final Persona saoirse = cast.person("saoirse.kavanagh", "Saoirse Kavanagh");
    private final Persona tamsin = cast.person("tamsin.roe", "Tamsin Roe");
    private final Persona imelda = cast.person("imelda.carr", "Imelda Carr");
    private final Persona jasper = cast.person("jasper.quint", "Jasper Quint");
    private final Persona hector = cast.person("hector.blyth", "Hector Blyth");
    private final Persona dominic = cast.person("dominic.frayne", "Dominic Frayne");
    private final Persona rufus = cast.person("rufus.penhallow", "Rufus Penhallow");

    // --- D. a commercial fishery's own server ---
    private final String alder = cast.guild(1614);
    private final Role apStaff = cast.role("Staff", "#1565c0", 2);
    private final Role apMember = cast.role("Member", "#8d6e63", 1);
    private final Channel apNews = cast.channel(alder, "Alder Pool Fishery", "fishery-news",
            "catch reports, lake conditions and notices from the fishery", "ap-fishery-news.json");
    private final Channel apDesk = cast.channel(alder, "Alder Pool Fishery", "bookings-and-questions",
            "tickets, swims, matches and rules: ask here and a bailiff will reply", "ap-bookings-and-questions.json");
    private final Channel apBank = cast.channel(alder, "Alder Pool Fishery", "bank-talk",
            "members and day-ticket anglers chat", "ap-bank-talk.json");
    private final Persona gareth = cast.person("gareth.holloway", "Gareth Holloway", apStaff);
    private final Persona lenny = cast.person("lenny.marsh", "Lenny Marsh", apStaff);
    private final Persona carys = cast.person("carys.penrhyn", "Carys Penrhyn", apStaff);
    private final Persona trevor = cast.person("trevor.dunstable", "Trevor Dunstable", apMember);
    private final Persona kelly = cast.person("kelly.ashworth", "Kelly Ashworth", apMember);
    private final Persona wes = cast.person("wes.okonjo", "Wes Okonjo", apMember);
    private final Persona maureen = cast.person("maureen.cottle", "Maureen Cottle", apMember);
    private final Persona aled = cast.person("aled.prosser", "Aled Prosser");
    private final Channel apDm = cast.dm(gareth, "ap-dm-gareth-holloway.json");

    // --- E. custom rod builders ---
    private final String blank = cast.guild(1615);
    private final Channel bcBench = cast.channel(blank, "Blank Canvas Rod Builders", "builders-bench",
            "rod builders among ourselves: blanks, wraps, finishes, tools", "bc-builders-bench.json");
    private final Channel bcAsk = cast.channel(blank, "Blank Canvas Rod Builders", "commission-a-rod",
            "anglers ask about custom rods, repairs and restorations; builders reply", "bc-commission-a-rod.json");
    private final Channel bcShow = cast.channel(blank, "Blank Canvas Rod Builders", "finished-rods",
            "show your finished builds", "bc-finished-rods.json");
    private final Persona lorcan = cast.person("lorcan.devereux", "Lorcan Devereux");
    private final Persona pippa = cast.person("pippa.haldane", "Pippa Haldane");
    private final Persona ignatius = cast.person("ignatius.rowe", "Ignatius Rowe");
    private final Persona zeb = cast.person("zeb.calloway", "Zeb Calloway");
    private final Persona harriet = cast.person("harriet.lowe", "Harriet Lowe");
    private final Persona desmond = cast.person("desmond.achebe", "Desmond Achebe");
    private final Persona cormac = cast.person("cormac.oleary", "Cormac O'Leary");
    private final Persona yvette = cast.person("yvette.ballard", "Yvette Ballard");

    // --- F. a bait and maggot farm's trade server ---
    private final String acre = cast.guild(1616);
    private final Role gaTeam = cast.role("Team", "#ef6c00", 2);
    private final Role gaTrade = cast.role("Trade Customer", "#78909c", 1);
    private final Channel gaNews = cast.channel(acre, "Gentle Acre Bait", "trade-news",
            "prices, delivery runs and farm news", "ga-trade-news.json");
    private final Channel gaOrders = cast.channel(acre, "Gentle Acre Bait", "orders-and-questions",
            "trade customers: orders, deliveries and prices; the team replies", "ga-orders-and-questions.json");
    private final Channel gaFloor = cast.channel(acre, "Gentle Acre Bait", "shop-floor",
            "tackle shop owners chat among themselves", "ga-shop-floor.json");
    private final Persona neville = cast.person("neville.drage", "Neville Drage", gaTeam);
    private final Persona josie = cast.person("josie.farrant", "Josie Farrant", gaTeam);
    private final Persona tobias = cast.person("tobias.yeo", "Tobias Yeo", gaTeam);
    private final Persona alun = cast.person("alun.bevan", "Alun Bevan", gaTrade);
    private final Persona shirley = cast.person("shirley.haigh", "Shirley Haigh", gaTrade);
    private final Persona declan = cast.person("declan.moss", "Declan Moss", gaTrade);
    private final Persona femi = cast.person("femi.adeyemi", "Femi Adeyemi");
    private final Persona rosalind = cast.person("rosalind.yates", "Rosalind Yates");
    private final Channel gaDm = cast.dm(josie, "ga-dm-josie-farrant.json");

    // --- G. riparian owners along one river ---
    private final String lugg = cast.guild(1617);
    private final Channel lvBank = cast.channel(lugg, "Lugg Valley Riparian Owners", "riverbank",
            "general chat for owners along the river", "lv-riverbank.json");
    private final Channel lvHabitat = cast.channel(lugg, "Lugg Valley Riparian Owners", "fish-and-habitat",
            "habitat work, fish passage, water quality and fishing rights", "lv-fish-and-habitat.json");
    private final Channel lvNotices = cast.channel(lugg, "Lugg Valley Riparian Owners", "notices",
            "meetings, work parties and consultations", "lv-notices.json");
    private final Persona cressida = cast.person("cressida.vane", "Cressida Vane");
    private final Persona rhodri = cast.person("rhodri.vaughan", "Rhodri Vaughan");
    private final Persona miriam = cast.person("miriam.fotheringham", "Miriam Fotheringham");
    private final Persona ewart = cast.person("ewart.dunmore", "Ewart Dunmore");
    private final Persona julian = cast.person("julian.carrow", "Julian Carrow");
    private final Persona olwen = cast.person("olwen.tate", "Olwen Tate");

    // --- H. an angling club's committee ---
    private final String mill = cast.guild(1618);
    private final Channel mbCommittee = cast.channel(mill, "Millbrook AA", "committee",
            "officers of Millbrook Angling Association: club business", "mb-committee.json");
    private final Channel mbMatches = cast.channel(mill, "Millbrook AA", "matches",
            "the match secretary's draws, results and match business", "mb-matches.json");
    private final Channel mbAsk = cast.channel(mill, "Millbrook AA", "members-ask",
            "club members ask the committee", "mb-members-ask.json");
    private final Persona howard = cast.person("howard.lacey", "Howard Lacey");
    private final Persona dilys = cast.person("dilys.prothero", "Dilys Prothero");
    private final Persona barry = cast.person("barry.cloke", "Barry Cloke");
    private final Persona stan = cast.person("stan.wilberforce", "Stan Wilberforce");
    private final Persona gemma = cast.person("gemma.tolley", "Gemma Tolley");
    private final Persona naveen = cast.person("naveen.pillai", "Naveen Pillai");
    private final Persona ruth = cast.person("ruth.ambler", "Ruth Ambler");
    private final Persona clive = cast.person("clive.hatherley", "Clive Hatherley");

    HeldOutScenes133Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        guides();
        tackleShop();
        flyTiers();
        fishery();
        rodBuilders();
        baitFarm();
        riparianOwners();
        clubCommittee();
    }

    /** A. Beat &amp; Boat Guides: Hamish trains for the casting championship in W38 while Graham and Nadine wait. */
    private void guides() {
        // W37: ordinary questions, one answer that ends with a booking link
        Post prQ = say(1, "09:10", bbAsk, priya, "Hi all, coming up to the Spey for a week from the 24th. Do I need a "
                + "separate permit for each beat, or is there an association ticket that covers a few?");
        Post haPr = re(1, "10:05", hamish, prQ, "Depends which stretch. The Grantown association ticket covers about "
                + "seven miles of both banks and you buy it by the week at the tackle shop in the square. The private "
                + "beats are let separately through their own agents.");
        re(1, "10:30", priya, haPr, "The association water sounds like us. Thanks Hamish!");
        Post moLoch = say(1, "12:00", bbRoom, morag, "Loch's dropped a good foot since Friday. Anyone had the boat out "
                + "past the narrows this week?");
        Post feLoch = re(1, "12:40", fenella, moLoch, "I was out Saturday. Watch the shelf by the boathouse, the marker "
                + "buoy's gone walkabout.");
        re(1, "12:55", morag, feLoch, "Cheers, I'll take a spare buoy out tomorrow.");
        Post baQ = say(2, "08:30", bbAsk, barnaby, "First time on the Tweed, last week of September. What flies and "
                + "what line would you take, floating or intermediate?");
        Post ewBa = re(2, "09:15", ewan, baQ, "Late September on the Tweed I'd have an intermediate tip on most days, "
                + "floating if it's low and warm. Flies: a Cascade and a Willie Gunn in size 8 and 10 doubles, plus a "
                + "couple of small Sunrays for the slow water. Fish the tails of the pools in the evening. If you fancy "
                + "a day on the water with me I've a free Thursday, £260 for two rods: ewanbaird.example/book");
        Post baEw = re(2, "09:40", barnaby, ewBa, "Really helpful, I'd not have thought of the evening tails. I'll stick "
                + "to the association water this time but thanks.");
        re(2, "09:50", ewan, baEw, "No bother at all. Tight lines!");
        say(2, "14:00", bbDates, fenella, "Free dates on the Dee, boat and bank: 20, 21 and 28 Sept. £220 a day for "
                + "one or two rods, lunch in the hut.");
        say(2, "15:30", bbDates, hamish, "Spey, Delfur and Knockando: 27 Sept, 3 and 4 Oct left this season. £240 a "
                + "day.");
        Post anQ = say(3, "16:00", bbAsk, anders, "Anyone know if the Findhorn gorge is fishable after the rain, or "
                + "is it a brown torrent?");
        Post moAn = say(3, "16:40", bbAsk, morag, "It'll be high and coloured till Friday at least. The gauge at "
                + "Shenachie is the one to watch: under 1.2 m and the gorge pools start fishing.");
        re(3, "17:10", anders, moAn, "Great, I'll keep an eye on Shenachie. Thanks Morag.");
        Post prQ2 = say(4, "11:00", bbAsk, priya, "@Hamish Strachan one more: is the wading OK on the association "
                + "water for someone a bit wobbly, or should I bring a staff?");
        Post haPr2 = re(4, "11:30", hamish, prQ2, "Bring a staff and studs. The gravel's fine but the ledges at the top "
                + "of the Long Pool are slippy. Fish from the shingle side and you'll be grand.");
        re(4, "11:45", priya, haPr2, "Will do, staff packed!");
        Post haChamps = say(5, "08:00", bbRoom, hamish, "Spey-casting champs at the Game Fair are on Saturday the 24th. "
                + "Who's entering the guides' class this year?");
        re(5, "08:30", ewan, haChamps, "I'm in. Need to sort my anchor, it's been sloppy all season.");
        re(5, "08:45", morag, haChamps, "Count me out, I'm on the boat that day. Good luck lads.");
        say(7, "10:00", bbDates, ewan, "Tweed, Upper Hendersyde: free 29 Sept and 6 Oct. £260 for two rods.");

        // W38: Hamish trains with fellow guides; Graham (a returning client) and Nadine (a beginner) wait
        Post haClip = say(8, "08:00", bbRoom, hamish, "Champs on Saturday. Filmed my snake roll off the Long Pool this "
                + "morning, would anyone pull it apart for me? streamable.example/hs-snake-roll");
        Post ewClip = re(8, "09:10", ewan, haClip, "Your D-loop's collapsing, you're stopping the rod too low at the "
                + "back. Lift the elbow.");
        re(8, "09:30", hamish, ewClip, "Aye, I see it now. Elbow up. I'll film again tomorrow.");
        Post feClip = re(8, "11:00", fenella, haClip, "You're rushing the forward stroke too. Count two after the "
                + "anchor lands.");
        re(8, "11:20", hamish, feClip, "Counting two. Ta Fenella.");
        Post haClip2 = say(9, "07:30", bbRoom, hamish, "Take two: streamable.example/hs-snake-roll-2. Elbow up, "
                + "counting.");
        re(9, "08:00", ewan, haClip2, "Much better. Loop's tight as a drum now.");
        Post grQ = say(9, "09:30", bbAsk, graham, "@Hamish Strachan hi Hamish, Graham Pickering here. I booked two days "
                + "with you on Delfur last October and had my first ever salmon with you. Could I have the 3rd and 4th "
                + "of October that you listed, and is it the same rate as last year?");
        Post ewField = say(9, "12:00", bbRoom, ewan, "Who's got a field for practice Saturday morning? Need 40 yards of "
                + "water with no trees behind.");
        Post haField = re(9, "12:20", hamish, ewField, "The big flat at Knockando. I'll bring the tape and the cones.");
        Post ewField2 = re(9, "12:40", ewan, haField, "Sorted. 10am?");
        re(9, "12:45", hamish, ewField2, "10am. Bring the 15 footer.");
        joins(10, "10:00", bbAsk, nadine);
        Post naQ = say(10, "10:15", bbAsk, nadine, "@Hamish Strachan hello! A friend at work recommended you. I'm a "
                + "complete beginner and would love a half-day casting lesson on the Spey before the season ends. Do "
                + "you do those, and what does it cost?");
        re(10, "11:00", anders, naQ, "Welcome Nadine! You'll love it, the Spey's the best place to learn.");
        Post haLine = say(10, "14:00", bbRoom, hamish, "Tournament line question: anyone running a 65 ft head for the "
                + "distance class, or is that too much for a guide's rod?");
        Post feLine = re(10, "14:30", fenella, haLine, "I ran a 65 on my 14 footer last year, fine in the wind. Too long "
                + "for the pools I guide on, mind.");
        Post haLine2 = re(10, "14:50", hamish, feLine, "Good to know. Can I borrow it Saturday?");
        re(10, "15:10", fenella, haLine2, "It's in the van, it's yours.");
        re(11, "09:00", graham, grQ, "@Hamish Strachan sorry to chase, the hotel wants me to confirm by Friday. Still "
                + "keen on the 3rd and 4th if you're free.");
        Post haPractice = say(11, "13:00", bbRoom, hamish, "Practice at Knockando: 68 yards with Fenella's line, my best "
                + "yet. Ewan pipped me with 71.");
        re(11, "13:20", ewan, haPractice, "Pure luck, the wind came round. You'll have me on Saturday.");
        Post feNudge = say(12, "10:00", bbRoom, fenella, "@Hamish Strachan there's two folk asking for you in "
                + "#ask-a-guide, one of them since Tuesday.");
        Post haNudge = re(12, "10:30", hamish, feNudge, "Aye, I saw. I'll get to them after Saturday, my head's full "
                + "of casting just now.");
        re(12, "10:45", fenella, haNudge, "Fair enough, but don't leave them too long.");
        Post haThird = say(13, "18:00", bbRoom, hamish, "Third in the guides' class! 74 yards on the last cast. Ewan "
                + "second, the rascal.");
        re(13, "18:20", ewan, haThird, "Told you. Pint's on you.");
        re(13, "18:30", morag, haThird, "Brilliant, well done both!");
        say(14, "10:00", bbDates, fenella, "Dee: 5 and 6 Oct still free, £220.");

        // W39: Hamish answers both with apologies
        Post haGr = re(15, "08:30", hamish, grQ, "Graham, I'm so sorry for the slow reply, I was wrapped up in the "
                + "casting champs all week. Yes, the 3rd and 4th are yours, same rate as last year, £240 a day. I'll "
                + "ring the hotel for you.");
        re(15, "09:00", graham, haGr, "Great news, thanks Hamish. Congrats on the champs too!");
        Post haNa = re(15, "08:45", hamish, naQ, "Nadine, apologies for leaving you waiting. Yes, I do half-day lessons "
                + "for beginners: £90 for three hours, rod and waders included. Thursday or Friday morning this week?");
        Post naHa = re(15, "10:00", nadine, haNa, "No problem! Friday morning would be perfect.");
        re(15, "10:20", hamish, naHa, "Friday it is, 9am at the Knockando car park.");
        Post prBack = say(16, "09:00", bbAsk, priya, "Back from the Spey, two grilse on the association water! The "
                + "staff saved me on the Long Pool ledge. Thanks @Hamish Strachan");
        re(16, "09:30", hamish, prBack, "Two grilse on your first trip, that's cracking. Well done Priya!");
        Post baBack = say(18, "12:00", bbAsk, barnaby, "Tweed trip report: one fish on the dangle at dusk, exactly as "
                + "@Ewan Baird said. Thank you!");
        Post ewBa2 = re(18, "12:30", ewan, baBack, "Get in! Which fly?");
        re(18, "12:45", barnaby, ewBa2, "The Cascade, size 10.");
        Post naBack = say(19, "15:00", bbAsk, nadine, "Lesson with Hamish this morning was brilliant. I can roll cast "
                + "without hitting myself now!");
        re(19, "15:30", hamish, naBack, "You were a natural, Nadine. Get out on the association water before the "
                + "season closes.");
        say(20, "10:00", bbDates, morag, "Loch boats: Sundays in October free, £150 a boat with me on the oars.");
    }

    /** B. Kingcup Tackle: the staff serve customers; Ray answers a day late in W38; Marcus waits on Sunita in W39. */
    private void tackleShop() {
        say(1, "09:00", kcNews, dougie, "Morning all. The new feeder rods are in, and tying night is back on "
                + "Thursdays from this week, 7pm, free, bring your own vice or borrow one of ours.");
        Post coQ = say(1, "11:00", kcAsk, colin, "Do you stock 0.16 Stroft in 100m spools? Want a couple for the winter "
                + "league.");
        Post suCo = re(1, "11:20", sunita, coQ, "We do, Colin, £11.99 a spool. I've put two behind the counter with "
                + "your name on.");
        re(1, "11:35", colin, suCo, "Star, I'll pick them up Saturday.");
        Post beBream = say(2, "10:00", kcCatch, bethan, "PB bream from the canal at Hatton, 6lb 2oz on the method "
                + "feeder!");
        beBream.react("🎉", marcus, dougie);
        Post maBe = re(2, "10:30", marcus, beBream, "What a slab! Which bait?");
        re(2, "10:45", bethan, maBe, "Two red maggots and a fake caster.");
        say(2, "11:00", kcNews, sunita, "Just in: the new X-Safe feeders in all sizes. kingcuptackle.example/new-in");
        Post adQ = say(3, "14:00", kcAsk, ada, "Hi, do you service centrepin reels? My dad's old Speedia is very "
                + "stiff.");
        Post raAd = re(3, "14:30", ray, adQ, "I do, Ada. Usually a strip, clean and re-oil, £25, about a week. Drop it "
                + "at the counter whenever suits and whoever's on will take it.");
        re(3, "14:50", ada, raAd, "Lovely, I'll drop it in tomorrow.");
        say(4, "22:00", kcNews, dougie, "Great turnout at tying night, eleven of you! Same again next Thursday.");
        Post adDm = say(5, "08:30", kcDm, ada, "Hi Sunita, my online order (the landing net) hasn't arrived. It said "
                + "three days and it's been six. Order KT-4471.");
        Post suDm = re(5, "08:50", sunita, adDm, "Sorry Ada, the courier had it stuck at the depot. It's out for "
                + "delivery today, and I've refunded the postage.");
        re(5, "09:05", ada, suDm, "Thank you, that's kind.");
        Post maQ = say(5, "09:00", kcAsk, marcus, "Is the bait fridge stocked on Sunday mornings? Got a match at 8.");
        Post doMa = re(5, "09:20", dougie, maQ, "Open 6am Sundays, fridge full of reds, whites and casters. See you "
                + "then.");
        re(5, "09:30", marcus, doMa, "Legend.");
        Post beQ = say(6, "12:00", kcAsk, bethan, "What hooklength would you use with the method for bream? I've been "
                + "on 6lb and snapped twice.");
        Post suBe = re(6, "12:20", sunita, beQ, "I'd step up to 0.20 mono, about 8lb, and a size 12 hook. Bream aren't "
                + "line shy on the method.");
        re(6, "12:40", bethan, suBe, "Thanks Sunita, will try that.");
        Post coWin = say(7, "16:00", kcCatch, colin, "Won my section on the winter league opener, 14lb of skimmers on "
                + "the new Stroft.");
        re(7, "16:30", dougie, coWin, "Well fished Colin!");

        // W38: Ray answers Colin 30 hours late, with an apology
        say(8, "09:00", kcNews, sunita, "New stock: seat box accessories and the new Korum barrow. "
                + "kingcuptackle.example/new-in");
        Post coRay = say(9, "10:00", kcAsk, colin, "@Ray Tallis how's my Baitrunner getting on? Dropped it in last "
                + "Tuesday for the clutch. Need it for Sunday's match if possible.");
        joins(9, "11:00", kcAsk, kieran);
        Post kiQ = say(9, "11:20", kcAsk, kieran, "Hi, just moved to the area. Any day-ticket lakes near here that are "
                + "good for tench?");
        Post doKi = re(9, "11:45", dougie, kiQ, "Welcome Kieran! Alder Pool is the pick, twenty minutes out, tickets "
                + "on the bank. Tench are still feeding along the lily pads till mid-October.");
        re(9, "12:00", kieran, doKi, "Perfect, I'll give it a go this weekend. Thanks!");
        Post raCo = re(10, "16:00", ray, coRay, "Sorry Colin, I missed this. I was on the bank at the club open all day "
                + "yesterday and never looked at my phone. It's done: new clutch washers and it runs sweet. £28, it's "
                + "on the shelf behind the counter, ready for Sunday.");
        re(10, "16:20", colin, raCo, "Brilliant, no worries. I'll grab it Friday.");
        say(11, "22:00", kcNews, dougie, "Tying night: Klinkhamers with Wilf from the club. Nine of you tonight, great "
                + "stuff.");
        Post kiTench = say(12, "09:00", kcCatch, kieran, "Tench from Alder Pool at first light, 5lb 10oz! Thanks for "
                + "the tip @Dougie Pennock");
        re(12, "09:30", dougie, kiTench, "Cracking fish Kieran, glad it worked out.");
        re(12, "10:00", marcus, kiTench, "Lovely colours on that tench.");
        Post maSale = say(13, "08:00", kcAsk, marcus, "Any 12ft waggler rods in the sale?");
        Post suMa = re(13, "08:30", sunita, maSale, "Two left: a Daiwa at £79 (was £110) and a Maver at £65. Want me "
                + "to hold one?");
        re(13, "08:45", marcus, suMa, "Hold the Maver please, I'll be in Saturday.");
        Post coCarp = say(14, "15:00", kcCatch, colin, "Baitrunner back in action: 22lb common at Alder Pool. Thanks "
                + "@Ray Tallis");
        re(14, "15:30", ray, coCarp, "Now that's a test for a clutch! Great fish Colin.");

        // W39: a newcomer's starter kit; Marcus's question to Sunita waits
        joins(15, "09:00", kcAsk, ollie);
        Post olQ = say(15, "09:30", kcAsk, ollie, "Hi, my son's 10 and wants to start fishing. What's a sensible "
                + "starter kit that won't break the bank?");
        Post doOl = re(15, "10:00", dougie, olQ, "Welcome Ollie! For a ten-year-old I'd go for a 10ft float rod with a "
                + "small reel already loaded, a few floats, hooks to nylon in 16s and a disgorger. About £45 all in. "
                + "Bring him in and we'll set it up with him so he knows how it all works.");
        re(15, "10:30", ollie, doOl, "That sounds ideal, we'll come in Saturday.");
        say(16, "10:00", kcNews, sunita, "Winter stock arriving: thermal suits and flasks. kingcuptackle.example/winter");
        say(16, "11:00", kcAsk, marcus, "@Sunita Kaur sorry, I couldn't make it in Saturday. Is the Maver still "
                + "held for me, and can you keep it till this Saturday?");
        Post adRay = say(16, "12:00", kcAsk, ada, "@Ray Tallis the Speedia is gorgeous now, Dad's thrilled. Do you "
                + "re-ring old cane rods as well?");
        Post raAd2 = re(16, "12:30", ray, adRay, "So glad he likes it! I don't do cane myself, but I can give you the "
                + "name of a good rod builder when you're next in.");
        re(16, "12:45", ada, raAd2, "Yes please.");
        Post doTie = say(18, "22:00", kcNews, dougie, "Tying night: Bethan showed us her feeder rigs, a first for "
                + "tying night! Thanks Bethan.");
        re(18, "22:15", bethan, doTie, "Thanks for having me, nerve-racking but fun.");
        Post beQ2 = say(19, "10:00", kcAsk, bethan, "Do you have 8lb fluorocarbon in stock?");
        Post suBe2 = re(19, "10:20", sunita, beQ2, "Yes, £8.99 for 50m.");
        re(19, "10:35", bethan, suBe2, "Great, I'll grab some on the way past.");
        Post olSam = say(20, "16:00", kcCatch, ollie, "First trip with the new kit: Sam had 14 roach and a perch at the "
                + "park lake! Thanks for setting him up @Dougie Pennock");
        re(20, "16:20", dougie, olSam, "Brilliant! Tell Sam there's a junior match in November.");
    }

    /** C. Hackle &amp; Thread: Dominic scatters his shop link in W37; Rufus asks for subscribers in W38. */
    private void flyTiers() {
        joins(1, "08:00", htIntro, dominic);
        Post imQ = say(1, "08:30", htVice, imelda, "My parachute posts keep flopping over when I wind the hackle. Any "
                + "tricks?");
        Post wiIm = re(1, "09:00", wilfred, imQ, "Wind a few turns of thread up the post first to stiffen it, and hold "
                + "it up with a gallows tool or a loop of thread from a hook on the bench. The hackle goes on with the "
                + "post under tension.");
        re(1, "09:20", imelda, wiIm, "Gallows tool! I've seen those and never known what they were for. Thanks "
                + "Wilfred.");
        Post doHi = say(1, "10:00", htIntro, dominic, "Hi all, Dominic here. I tie trout and grayling flies and sell "
                + "them in sets. Shop: frayneflies.example/shop");
        Post taDo = re(1, "10:30", tamsin, doHi, "Welcome Dominic! What's your favourite grayling bug?");
        re(1, "11:15", dominic, taDo, "Pink shrimp mostly.");
        Post doVice = say(2, "09:00", htVice, dominic, "Fresh batch of tungsten jigs just listed, 12 for £15: "
                + "frayneflies.example/shop");
        say(2, "09:05", htSwap, dominic, "Tungsten jig sets, 12 for £15 posted: frayneflies.example/shop");
        re(2, "10:00", wilfred, doVice, "Dominic, selling's for #swap-box, mate. In here we just tie.");
        Post jaQ = say(2, "15:00", htVice, jasper, "Anyone tried the new UV resin that says it cures tack-free?");
        Post saJa = re(2, "15:30", saoirse, jaQ, "I have, much better than the old stuff, but still give it a second "
                + "blast of the torch.");
        re(2, "15:45", jasper, saJa, "Good to know, ta.");
        say(2, "20:00", htIntro, dominic, "Forgot to say, the jig sets are in the shop now: frayneflies.example/shop");
        Post heDemo = say(3, "19:00", htVice, hector, "Tied a dozen Klinkhamers for a club demo next week, first time "
                + "tying in front of people. Nervous!");
        Post taHe = re(3, "19:20", tamsin, heDemo, "You'll be grand. Tie one slowly, talk it through, then let them "
                + "have a go.");
        re(3, "19:40", hector, taHe, "Good plan, thanks Tamsin.");
        say(4, "09:00", htVice, dominic, "Still a few tungsten jig sets left, £15: frayneflies.example/shop");
        Post saSwap = say(4, "10:00", htSwap, saoirse, "Swap: a dozen CDC emergers for some natural jungle cock, "
                + "anyone?");
        Post jaSwap = re(4, "10:40", jasper, saSwap, "I've a half cape of jungle cock, deal?");
        re(4, "11:00", saoirse, jaSwap, "Deal! DM me your address.");
        Post imPara = say(5, "20:00", htVice, imelda, "First parachute that didn't collapse! The gallows tool made all "
                + "the difference.");
        re(5, "20:15", wilfred, imPara, "That's a tidy one. Hackle's lovely and flat.");
        Post taBrush = say(6, "12:00", htVice, tamsin, "What do you all use for dubbing brushes? Homemade or bought?");
        Post saBrush = re(6, "12:30", saoirse, taBrush, "Homemade, with a twister and fine copper wire. Cheaper, and "
                + "you pick the colours.");
        re(6, "12:45", hector, taBrush, "Bought, I'm too impatient.");
        re(6, "13:00", tamsin, saBrush, "I'll try the twister, thanks.");

        // W38: Rufus asks the rooms to subscribe; Saoirse posts her own link when asked for it
        joins(8, "09:00", htIntro, rufus);
        Post ruHi = say(8, "09:15", htIntro, rufus, "Hey, Rufus here, been tying for a year. Just started a YouTube "
                + "channel on budget tying!");
        Post wiRu = re(8, "09:40", wilfred, ruHi, "Welcome Rufus! What's the best budget swap you've found?");
        re(8, "10:00", rufus, wiRu, "Craft-shop foam for beetles, 50p a sheet.");
        say(8, "11:00", htVice, rufus, "Could everyone subscribe to my channel? Trying to hit 100 subs by Friday: "
                + "youtube.example/@rufustyes");
        say(8, "11:05", htSwap, rufus, "Please subscribe and share my tying channel, every sub helps: "
                + "youtube.example/@rufustyes");
        Post ruSubs = say(9, "19:00", htVice, rufus, "Nearly at 60 subs! If you haven't subscribed yet, please do: "
                + "youtube.example/@rufustyes");
        re(9, "20:00", hector, ruSubs, "Rufus, maybe show us a fly first? Folk here watch if they've seen you tie.");
        Post taSa = say(10, "10:00", htVice, tamsin, "@Saoirse Kavanagh those CDC emergers in your swap post were "
                + "gorgeous. Do you sell them? I'd rather buy a dozen than make a mess of CDC for a month.");
        Post saTa = re(10, "10:30", saoirse, taSa, "Thank you! I do sell a few: saoirseflies.example/cdc-emergers, £18 "
                + "a dozen. Happy to show you how to tie them too if you ever want to learn.");
        re(10, "10:50", tamsin, saTa, "Ordered! And yes please, next time I'm stuck.");
        Post doQ = say(11, "14:00", htVice, dominic, "How do you stop dubbing going on too thick? My nymph bodies look "
                + "like sausages.");
        Post wiDo = re(11, "14:20", wilfred, doQ, "Less than you think, then halve it. Twist it on tight and wrap in "
                + "touching turns.");
        re(11, "14:40", dominic, wiDo, "Halve it again, got it. Cheers Wilfred.");
        Post jaMask = say(12, "18:00", htVice, jasper, "Is a whole hare's mask worth buying, or are the packs of "
                + "dubbing fine?");
        Post imMask = re(12, "18:30", imelda, jaMask, "Whole mask every time. The guard hairs from the ears are the "
                + "best bit, and you don't get them in packs.");
        re(12, "18:45", jasper, imMask, "Whole mask it is.");
        Post jaJaws = say(13, "09:00", htSwap, jasper, "For sale: spare vice jaws, fit the Medallion, £20 posted.");
        Post heJaws = re(13, "10:00", hector, jaJaws, "I'll take them if they're still going.");
        re(13, "10:10", jasper, heJaws, "Yours, Hector.");
        Post heDone = say(14, "20:00", htVice, hector, "Club demo went fine, nobody noticed my shaking hands.");
        re(14, "20:15", tamsin, heDone, "Told you! Well done.");

        // W39: Hector answers with his own video and a hope for a sub; Rufus apologises; Dominic helps
        Post imQ2 = say(15, "19:00", htVice, imelda, "@Hector Blyth you said you tie your parachute Adams with a "
                + "hackle stacker. How do you tie the stacker in?");
        Post heIm = re(15, "19:30", hector, imQ2, "I made a short video of exactly that, it's easier to see than read: "
                + "youtube.example/watch?v=hb-stacker. Short version: tie the post in, wind the hackle up the post, "
                + "then pull the thread down through the turns. Would love a sub if it helps!");
        re(15, "19:50", imelda, heIm, "Watched it twice, makes sense now. Subbed!");
        Post ruQ = say(16, "10:00", htVice, rufus, "Sorry about the sub posts last week, that was a bit much. An actual "
                + "question: my foam beetles sit on their side. Fix?");
        Post saRu = re(16, "10:30", saoirse, ruQ, "Tie the foam in on top of the shank, not to one side, and trim the "
                + "legs even. A few turns of lead-free wire under the belly help too.");
        re(16, "10:45", rufus, saRu, "Trying it now, thanks Saoirse.");
        Post doSlim = say(17, "11:00", htVice, dominic, "Sausages gone! Slim nymph bodies at last. Thanks again "
                + "@Wilfred Ingram");
        re(17, "11:15", wilfred, doSlim, "Those look right. Nice and buggy.");
        say(18, "15:00", htSwap, dominic, "Jig sets restocked, £15 for 12: frayneflies.example/shop");
        Post taShrimp = say(19, "12:00", htVice, tamsin, "Anyone got a good recipe for a pink shrimp? Grayling "
                + "season's here.");
        Post doTa = re(19, "12:30", dominic, taShrimp, "Pink glass bead, a little pink dubbing, a shellback of clear "
                + "film and a rib of fine mono. Heavy bead for the fast runs.");
        re(19, "12:50", tamsin, doTa, "Perfect, thanks Dominic.");
    }

    /** D. Alder Pool Fishery: Kelly is served by the bailiffs in W37; Lenny is on holiday in W38, as he said. */
    private void fishery() {
        say(1, "08:00", apNews, gareth, "Lake levels back up after the rain. Specimen Lake fishing well, three twenties "
                + "on Sunday.");
        Post keQ = say(1, "10:00", apDesk, kelly, "Hi, I've just bought a season ticket. Which lakes can I fish at "
                + "night, and do I need to book?");
        Post leKe = re(1, "10:20", lenny, keQ, "Welcome Kelly! Nights are allowed on Specimen Lake and Willow Lake "
                + "only, Friday and Saturday. Book a swim here or with me on the bank by Thursday evening.");
        re(1, "10:35", kelly, leKe, "Thanks.");
        Post trMist = say(2, "07:30", apBank, trevor, "Anyone on Willow this morning? Mist's just lifting, carp "
                + "crashing at the island end.");
        Post weMist = re(2, "08:00", wes, trMist, "On peg 9, two already. Pop-ups over a bit of hemp.");
        re(2, "08:15", trevor, weMist, "Heading round now.");
        Post keQ2 = say(3, "12:00", apDesk, kelly, "Can I use a bait boat on Specimen Lake?");
        Post leKe2 = re(3, "12:30", lenny, keQ2, "No bait boats on any lake, sorry. Spodding is fine from 7am to "
                + "9pm.");
        re(3, "12:40", kelly, leKe2, "Thanks.");
        say(4, "18:00", apNews, gareth, "Reminder: barbless hooks only, and every fish on the mat. Two unhooking mats "
                + "were left at home this week.");
        Post keQ3 = say(5, "09:00", apDesk, kelly, "Booking for Friday night please. Which swims on Willow are best "
                + "for a first night?");
        Post gaKe = re(5, "09:20", gareth, keQ3, "Booked you into swim 4 on Willow for Friday, Kelly. It's sheltered "
                + "and fish patrol the margins there after dark. Fish tight to the reeds.");
        re(5, "09:40", kelly, gaKe, "Thanks.");
        Post keFirst = say(6, "08:00", apBank, kelly, "First night: two carp, a 14lb common and a 17lb mirror from swim "
                + "4! Over the moon.");
        re(6, "08:20", trevor, keFirst, "Great start, well done!");
        re(6, "08:30", maureen, keFirst, "Lovely mirror.");
        say(6, "17:00", apNews, lenny, "Heads up: I'm on holiday Monday to Friday next week, back Saturday. "
                + "@Gareth Holloway and Carys are on the bank while I'm away.");
        Post maOpen = say(7, "10:00", apBank, maureen, "Who's fishing the autumn open on Saturday the 1st?");
        re(7, "10:20", wes, maOpen, "I'm in.");

        // W38: Lenny away; Gareth covers Trevor's question, Maureen's waits for Lenny
        say(8, "09:00", apNews, gareth, "Booking open for the autumn open on Saturday 1 October: 30 pegs, £25.");
        Post trGate = say(9, "10:00", apDesk, trevor, "@Lenny Marsh the gate code at the top car park hasn't worked "
                + "since the weekend. Can you reset it?");
        Post gaTr = re(9, "10:30", gareth, trGate, "Lenny's off this week, Trevor. Use the bottom gate for now, code "
                + "4471, and I'll get the top one reset today.");
        re(9, "10:45", trevor, gaTr, "Will do, thanks.");
        Post maSling = say(10, "09:00", apDesk, maureen, "@Lenny Marsh when you're back, could you show me how to use "
                + "the new weigh sling? I keep getting it in a tangle.");
        Post wePb = say(10, "14:00", apBank, wes, "24lb common from the island swim on Willow! New PB.");
        re(10, "14:20", trevor, wePb, "Monster! Congratulations Wes.");
        re(10, "14:40", kelly, wePb, "Amazing, well done!");
        Post keGuest = say(11, "12:00", apDesk, kelly, "Can I bring my brother as a guest for a day?");
        Post caKe = re(11, "12:30", carys, keGuest, "Yes, guest day tickets are £12, pay on the bank. He'll need his "
                + "own rod licence.");
        re(11, "12:45", kelly, caKe, "Thanks, he's got one.");
        Post trDm = say(12, "08:00", apDm, trevor, "Gareth, a quick one in private: I paid for the autumn open twice "
                + "by mistake. Could you refund one £25?");
        Post gaDm = re(12, "08:40", gareth, trDm, "Spotted it, Trevor. Refunded this morning, it should be back in "
                + "your account in a day or two.");
        re(12, "09:00", trevor, gaDm, "Cheers Gareth.");
        say(13, "08:00", apNews, lenny, "Back from holiday! Thanks Gareth and Carys for covering.");
        Post leMa = re(13, "08:30", lenny, maSling, "Hi Maureen, just back. Happy to show you the sling, I'm on the "
                + "bank all day tomorrow. Come and find me at the lodge.");
        re(13, "08:50", maureen, leMa, "Lovely, I'll be there at 10.");
        Post maCarp = say(14, "16:00", apBank, maureen, "Weigh sling mastered, thanks to @Lenny Marsh. And a 19lb "
                + "common to try it on!");
        re(14, "16:20", lenny, maCarp, "Textbook! Well done Maureen.");

        // W39: Kelly passes on her swim tip to a newcomer
        joins(15, "09:00", apDesk, aled);
        Post alQ = say(15, "09:30", apDesk, aled, "Hi, first time. Do I need to book a day ticket in advance or just "
                + "turn up?");
        Post caAl = re(15, "09:50", carys, alQ, "Just turn up, Aled. £10 a day, pay the bailiff on the bank. Willow "
                + "Lake is the easiest for a first visit.");
        re(15, "10:05", aled, caAl, "Thanks, see you Saturday.");
        Post keAl = say(16, "10:00", apBank, kelly, "@Aled Prosser if you're on Willow Saturday, swim 4 is lovely: "
                + "fish tight to the reeds with a bit of sweetcorn. That's where I had my first two.");
        re(16, "10:30", aled, keAl, "Thanks Kelly, swim 4 it is.");
        say(17, "18:00", apNews, gareth, "Autumn open: 28 booked, two pegs left.");
        Post trFrost = say(18, "07:00", apBank, trevor, "Frost on the car this morning. Fish went right off the feed "
                + "on Specimen.");
        Post weFrost = re(18, "07:30", wes, trFrost, "Same on Willow. Zigs might be worth a go when it's cold.");
        re(18, "07:45", trevor, weFrost, "Good shout, I'll try a zig.");
        Post wePegs = say(19, "14:00", apDesk, wes, "Do you want a hand setting out the pegs for the open on Friday "
                + "evening?");
        re(19, "14:30", lenny, wePegs, "That'd be great Wes, 5pm at the lodge.");
        Post alDay = say(20, "17:00", apBank, aled, "First day ticket: three tench and a 12lb mirror off Willow. Thanks "
                + "@Kelly Ashworth for the swim tip!");
        re(20, "17:20", kelly, alDay, "Brilliant, glad it worked!");
        Post gaRes = say(20, "18:00", apNews, gareth, "Autumn open result: 1st Wes Okonjo, 46lb 8oz from peg 12. Thanks "
                + "to everyone who came and to the volunteers who pegged out.");
        re(20, "18:20", maureen, gaRes, "Well done Wes!");
    }

    /** E. Blank Canvas Rod Builders: Lorcan talks about himself, Pippa's build log, Zeb's priced reply to a thanks. */
    private void rodBuilders() {
        Post deQ = say(1, "09:00", bcAsk, desmond, "Looking for a custom 9ft 5wt for chalk streams. What would a build "
                + "like that cost, roughly?");
        Post loDe = re(1, "09:40", lorcan, deQ, "I've built more rods for the Test and the Itchen than anyone in the "
                + "south, I'd say. My chalk-stream build is my best seller: I pick my own blanks, I wrap every guide "
                + "myself in my signature silk and I finish with my own two-part epoxy. I did one for a river keeper "
                + "last month and he told me it was the best rod he'd ever cast. I charge £450 for mine.");
        Post deLo = re(1, "10:00", desmond, loDe, "Sounds great. Is that with a cork or a wood reel seat?");
        re(1, "10:30", lorcan, deLo, "I always do my own burr-wood seats. I turn them myself on my lathe, I've been "
                + "turning for twenty years and my seats have won me two awards at the Game Fair. I think they're what "
                + "make my rods mine.");
        re(1, "11:00", ignatius, deQ, "For what it's worth, Desmond, most of us are between £350 and £500 for that "
                + "spec. Ask each builder which blank they use, that's where the difference is.");
        Post piFin = say(2, "14:00", bcBench, pippa, "Anyone switched to the new thin-build finish? Mine is levelling "
                + "badly on the dryer.");
        Post igFin = re(2, "14:30", ignatius, piFin, "Slow the turner to 10 rpm and warm the room. It hates the cold.");
        re(2, "14:45", pippa, igFin, "Room's about 14 degrees, that'll be it. Thanks.");
        re(2, "16:00", lorcan, piFin, "I never have that problem with my finish. I mix my own, and I keep my workshop "
                + "at 22 degrees. I've done it my way for years and my wraps come out like glass.");
        Post coQ = say(3, "10:00", bcAsk, cormac, "My grandad's split-cane rod has a loose ferrule and a broken tip. "
                + "Can it be saved?");
        Post igCo = re(3, "10:40", ignatius, coQ, "Usually, yes. A loose ferrule can be re-seated, and a broken tip "
                + "can be spliced or a new tip made to match. Post a photo of the ferrule and the break and we can say "
                + "more.");
        Post coPh = re(3, "11:00", cormac, igCo, "Here's the ferrule and the break.");
        Post igCo2 = re(3, "11:30", ignatius, coPh, "Clean break about 8 inches from the tip, that's spliceable, and "
                + "the ferrule only needs re-glueing. Worth doing, it's a lovely Palakona.");
        re(3, "11:45", cormac, igCo2, "That's wonderful to hear. Thank you!");
        Post haQ = say(4, "13:00", bcAsk, harriet, "How long does a custom build usually take? Thinking of one as a "
                + "Christmas present.");
        Post loHa = re(4, "13:30", lorcan, haQ, "My build queue is about eight weeks. I'm very busy, my rods are in "
                + "demand. I take my time because I won't let anything leave my workshop that isn't perfect, and I "
                + "sign every one of my rods myself.");
        re(4, "14:00", harriet, loHa, "Good to know, thanks.");
        Post igShow = say(5, "15:00", bcShow, ignatius, "Just finished: 10ft 3wt Euro nymph rod, olive wraps, "
                + "snakewood seat.");
        igShow.react("🔥", pippa, cormac);
        re(5, "15:30", pippa, igShow, "Gorgeous seat.");
        Post igFer = say(6, "10:00", bcBench, ignatius, "Anyone recommend a supplier for nickel silver ferrules? My "
                + "usual one's shut up shop.");
        Post piFer = re(6, "10:30", pippa, igFer, "Tony at Cane and Able, he still makes them by hand.");
        re(6, "10:45", ignatius, piFer, "Perfect, thanks Pippa.");

        // W38: Pippa's cane build log to nobody; Zeb joins and answers Harriet's thanks with a price
        say(8, "08:00", bcBench, pippa, "Cane build, day 1: culm split into 12 strips, flamed to a light "
                + "tortoiseshell.");
        joins(8, "10:00", bcBench, zeb);
        Post zeHi = say(8, "10:15", bcBench, zeb, "Hi all, Zeb. Just set up my own rod building workshop in "
                + "Shropshire after five years at a factory.");
        Post igZe = re(8, "10:40", ignatius, zeHi, "Welcome Zeb! What are you building mostly?");
        re(8, "11:00", zeb, igZe, "Coarse and lure rods mostly.");
        say(8, "17:00", bcBench, pippa, "Day 1, evening: strips straightened over the heat gun, nodes pressed flat.");
        say(9, "08:00", bcBench, pippa, "Day 2: rough planing done, forms set to 0.140 at the butt.");
        Post haQ2 = say(9, "09:00", bcAsk, harriet, "Update: the Christmas rod is for my husband, who mostly fishes "
                + "lures for pike. Is a custom lure rod worth it over a shop one?");
        Post igHa = re(9, "09:40", ignatius, haQ2, "For pike lures, yes if he's fussy about handle length and balance "
                + "with his reel. Otherwise a good shop rod does the job. Find the rod he grabs first and measure its "
                + "handle.");
        Post haIg = re(9, "10:00", harriet, igHa, "Great idea, I'll measure his favourite in secret. Thanks so much!");
        re(9, "10:15", zeb, haIg, "I build custom pike lure rods, £280 with a split grip and his initials on the butt, "
                + "four weeks. DM me and I'll send photos.");
        say(9, "18:00", bcBench, pippa, "Day 2, evening: first pass on the final forms. Shavings everywhere.");
        say(10, "09:00", bcBench, pippa, "Day 3: tip strips at 0.062. Two snapped, replacements planed.");
        Post yvQ = say(10, "14:00", bcAsk, yvette, "Can a rod with a cracked cork handle be re-corked, or is it a new "
                + "rod job?");
        Post loYv = re(10, "14:30", lorcan, yvQ, "Easily re-corked. I strip the old cork, I turn new rings on my lathe "
                + "and I match my shape to the original. I did three of mine last month. Most of us charge £60 to £80 "
                + "for it.");
        re(10, "14:50", yvette, loYv, "That's reassuring, thanks.");
        say(10, "19:00", bcBench, pippa, "Day 3, evening: glued up with Titebond III, bound and hung to dry.");
        Post piD4 = say(11, "08:30", bcBench, pippa, "Day 4: glue lines clean, sanded to 600 grit.");
        Post igD4 = re(11, "12:00", ignatius, piD4, "Looking great. Do you heat-treat before glue-up or after?");
        re(11, "12:30", pippa, igD4, "Before, ten minutes at 180 in the oven.");
        Post loLathe = say(12, "08:00", bcBench, lorcan, "I finally got my new wrapping lathe set up. My old one was "
                + "twenty years old and I built my best rods on it, but I needed more speed for my orders. I'm very "
                + "pleased with my choice, I think it'll double my output.");
        Post igLathe = re(12, "08:30", ignatius, loLathe, "Nice, which one did you go for?");
        re(12, "09:00", lorcan, igLathe, "A Renzetti. I looked at everything and I reckon mine's the best setup in the "
                + "county now.");
        say(12, "09:00", bcBench, pippa, "Day 5: ferrules fitted, cork grip turned.");
        say(12, "20:00", bcBench, pippa, "Day 5, evening: guides spaced, silk wraps started in golden olive.");
        say(13, "10:00", bcBench, pippa, "Day 6: dip tube filled, first coat of varnish.");
        say(14, "11:00", bcBench, pippa, "Day 7: second coat on, now a week to cure.");

        // W39: Lorcan asks about Desmond's fishing; Zeb quotes Harriet when she asks
        Post coDone = say(15, "10:00", bcAsk, cormac, "@Ignatius Rowe the cane rod is back and it casts like new. "
                + "Grandad would be chuffed. What do I owe you?");
        Post igCo3 = re(15, "10:30", ignatius, coDone, "£95 as we said, and it was a pleasure.");
        re(15, "11:00", cormac, igCo3, "Sent! I've told my club about you.");
        Post deQ2 = say(16, "09:00", bcAsk, desmond, "Still mulling the chalk-stream rod. What grip shape do you all "
                + "like for a 5wt?");
        Post loDe2 = re(16, "09:30", lorcan, deQ2, "What do you like about your current rod, and how big are your "
                + "hands? If you're casting all day on the Test, a half-wells is kind to your wrist. Do you fish dries "
                + "mostly, or nymphs too?");
        Post deLo2 = re(16, "10:00", desmond, loDe2, "Dries mostly, and big hands. My current rod has a cigar grip and "
                + "I get cramp.");
        Post loDe3 = re(16, "10:20", lorcan, deLo2, "Then a full-wells or reverse half-wells will fill your hand "
                + "better. Try one in a shop before you decide, you'll feel it straight away.");
        re(16, "10:40", desmond, loDe3, "Will do, thanks Lorcan. I'll come back to you for a quote.");
        Post zeQ = say(17, "14:00", bcBench, zeb, "Question for the cane folk: what varnish do you use for dipping? "
                + "Mine's going cloudy.");
        Post piZe = re(17, "14:30", pippa, zeQ, "Spar varnish thinned 10%, and never dip when it's humid.");
        re(17, "14:45", zeb, piZe, "Humid, that's it. Thanks Pippa.");
        Post piShow = say(19, "12:00", bcShow, pippa, "Finished: 7ft 4wt cane, golden olive wraps, flamed.");
        re(19, "12:30", ignatius, piShow, "Stunning work.");
        re(19, "12:45", zeb, piShow, "Beautiful flaming on that cane.");
        Post haQ3 = say(20, "10:00", bcAsk, harriet, "Measured his favourite handle in secret: 18 inches, split grip. "
                + "Who'd build that for me?");
        Post igHa2 = re(20, "10:30", ignatius, haQ3, "Any of us could. Zeb builds lure rods mostly, he'd be a good "
                + "fit.");
        re(20, "10:45", zeb, haQ3, "Happy to, Harriet. That spec is £280 and four weeks. I'll send you photos of my "
                + "last two.");
        re(20, "11:00", harriet, igHa2, "Perfect, thanks both. Zeb, yes please to the photos.");
    }

    /** F. Gentle Acre Bait: Josie serves two new shops in W38 while Alun, who sent Shirley their way, waits. */
    private void baitFarm() {
        say(1, "07:00", gaNews, neville, "Autumn pricing from 1 October: reds and whites £9.50 a gallon trade, casters "
                + "£14. Pinkies unchanged.");
        Post alOrd = say(1, "09:00", gaOrders, alun, "Standing order as usual for Friday please, 6 gallons of reds and "
                + "2 of casters.");
        Post joAl = re(1, "09:20", josie, alOrd, "Logged, Alun. Friday's van as usual.");
        re(1, "09:30", alun, joAl, "Ta Josie.");
        Post shSweat = say(2, "11:00", gaFloor, shirley, "Anyone else finding the maggots sweating in the fridges with "
                + "this warm spell?");
        Post deSweat = re(2, "11:30", declan, shSweat, "Yes. I've put a tray of ice packs in the bottom and keep the "
                + "lids off.");
        re(2, "11:45", shirley, deSweat, "Will try that.");
        Post deBlood = say(3, "08:00", gaOrders, declan, "Can we get bloodworm by Saturday for the league?");
        Post neDe = re(3, "08:30", neville, deBlood, "Yes Declan, 20 bags on Friday's van.");
        re(3, "08:45", declan, neDe, "Great.");
        Post alJun = say(4, "10:00", gaFloor, alun, "Tip for anyone doing a junior day: give them pinkies, they're "
                + "easier on a size 18.");
        re(4, "10:30", shirley, alJun, "Nice idea.");
        say(5, "06:30", gaNews, tobias, "Friday van is running 30 minutes late out of the farm, fog on the A44. Sorry "
                + "all.");
        Post shAdd = say(5, "09:00", gaOrders, shirley, "Can I add a gallon of whites to today's drop?");
        Post toSh = re(5, "09:15", tobias, shAdd, "Yes, loading it now, Shirley.");
        re(5, "09:25", shirley, toSh, "Thanks Tobias.");
        Post deLiq = say(6, "14:00", gaFloor, declan, "Anyone stocking the new liquid attractants? Worth it?");
        Post alLiq = re(6, "14:30", alun, deLiq, "Sells well to the match lads, but buy small, it goes off.");
        re(6, "14:45", declan, alLiq, "Cheers.");

        // W38: two new shops, served well; Alun's question to Josie waits
        joins(8, "09:00", gaOrders, femi);
        Post feQ = say(8, "09:20", gaOrders, femi, "Hi, I've just opened Adeyemi Angling in Bromsgrove. What are your "
                + "trade terms for maggots and casters, and do you deliver that far?");
        Post joFe = re(8, "09:45", josie, feQ, "Welcome Femi! Yes, Bromsgrove is on our Thursday run. From 1 October "
                + "it's £9.50 a gallon for reds or whites and £14 for casters, 30 days on account once we've done the "
                + "credit check. I'll DM you the form.");
        re(8, "10:00", femi, joFe, "Brilliant, thanks.");
        Post joDm = say(8, "10:10", gaDm, josie, "Here's the account form, Femi: gentleacre.example/trade-account. Any "
                + "questions, shout.");
        Post feDm = re(8, "11:00", femi, joDm, "Filled in. Can the first drop be this Thursday?");
        Post joDm2 = re(8, "11:20", josie, feDm, "Yes, Thursday morning. I'll put you down for 3 gallons of reds to "
                + "start.");
        re(8, "11:30", femi, joDm2, "Perfect.");
        Post alQ = say(9, "09:00", gaOrders, alun, "@Josie Farrant I sent Shirley your way last year and she's been "
                + "with you since. Two things for the winter: can we drop the standing order to 4 gallons from "
                + "October, and will you have bloodworm right through December? Need to know for my league bookings.");
        joins(10, "09:00", gaOrders, rosalind);
        Post roQ = say(10, "09:30", gaOrders, rosalind, "Hello, I run the tackle shop at Alder Pool Fishery. Could you "
                + "do us a weekly drop of hemp and particles as well as maggots?");
        Post joRo = re(10, "10:00", josie, roQ, "Welcome Rosalind! Yes, we do cooked hemp and mixed particles in 5 "
                + "litre tubs, £7.50 trade. I can bring samples on Wednesday's run.");
        re(10, "10:15", rosalind, joRo, "Yes please!");
        re(11, "09:00", alun, alQ, "@Josie Farrant any news on the above? The league secretary is asking.");
        Post feFridge = say(11, "09:30", gaOrders, femi, "First drop arrived, lovely quality. Do you do a display "
                + "fridge deal for new shops?");
        Post joFe2 = re(11, "10:00", josie, feFridge, "Glad they're good! Yes, we loan a bait fridge free to shops "
                + "taking 5 gallons a week. I'll measure up when I'm next in Bromsgrove.");
        re(11, "10:20", femi, joFe2, "Deal.");
        Post shAl = say(12, "11:00", gaFloor, shirley, "@Alun Bevan did Josie come back to you about winter "
                + "bloodworm? I want to know too.");
        re(12, "11:20", alun, shAl, "Nothing yet, I've asked twice.");
        Post roStart = say(12, "14:00", gaOrders, rosalind, "Samples were great. Can we start next week, 3 tubs of "
                + "hemp and 2 of particles?");
        Post joRo2 = re(12, "14:20", josie, roStart, "Done, Rosalind. Wednesday drop from next week.");
        re(12, "14:30", rosalind, joRo2, "Thank you!");
        say(13, "09:00", gaNews, josie, "Welcome to our two newest trade customers, Adeyemi Angling in Bromsgrove and "
                + "the shop at Alder Pool! Good to have you with us.");

        // W39: Josie answers Alun with an apology
        Post joAl2 = re(15, "08:30", josie, alQ, "Alun, I'm sorry, this got buried under two new accounts last week "
                + "and that's not fair on you. Yes to 4 gallons from October, and yes, bloodworm right through "
                + "December. And thank you for sending Shirley our way.");
        re(15, "09:00", alun, joAl2, "Thanks Josie, that's all I needed.");
        Post shAl2 = say(15, "09:20", gaFloor, shirley, "@Alun Bevan saw Josie's reply, bloodworm sorted then.");
        re(15, "09:40", alun, shAl2, "Aye, all good.");
        Post feWin = say(16, "10:00", gaFloor, femi, "New shop owner here, any advice on what sells in winter? First "
                + "season for me.");
        Post shFe = re(16, "10:30", shirley, feWin, "Pinkies and squatts for the canal lads, and stock up on hand "
                + "warmers.");
        re(16, "10:50", alun, feWin, "Keep your casters turning over fast. Fresh, they're money; old, they're bin "
                + "food.");
        re(16, "11:10", femi, shFe, "Thank you both, really helpful.");
        say(17, "07:00", gaNews, tobias, "New van on the Wednesday run from next week, so deliveries should come "
                + "earlier.");
        Post deWed = say(18, "09:00", gaOrders, declan, "@Josie Farrant can I switch to a Wednesday drop?");
        Post joDe = re(18, "09:30", josie, deWed, "Yes Declan, from next week.");
        re(18, "09:40", declan, joDe, "Cheers.");
        Post shOrd = say(19, "09:00", gaOrders, shirley, "Standing order for Friday: 4 reds, 1 casters.");
        re(19, "09:15", josie, shOrd, "Logged, Shirley.");
    }

    /** G. Lugg Valley Riparian Owners (nobody sells): Julian takes help in W37 and passes it on in W39. */
    private void riparianOwners() {
        Post juQ = say(1, "10:00", lvBank, julian, "Hello all. I've just bought Mill Cottage near Kingsland, which "
                + "comes with about 300m of the left bank. No idea what I'm meant to do with it. Do I own the fishing?");
        Post crJu = re(1, "10:40", cressida, juQ, "Welcome Julian! Almost certainly, yes: fishing rights usually go "
                + "with the bank to the middle of the river unless they were sold off separately. Check your deeds for "
                + "a reservation of sporting rights.");
        re(1, "11:00", julian, crJu, "Thanks.");
        Post juQ2 = say(2, "09:00", lvHabitat, julian, "There's a huge willow leaning over the river on my stretch. "
                + "Can I just cut it down?");
        Post rhJu = re(2, "09:45", rhodri, juQ2, "Don't fell it without asking. Work on the bank of a main river needs "
                + "a flood risk activity permit from the Environment Agency, and that willow is probably shading your "
                + "fish. Pollarding is usually fine with a permit, and it'll sprout back.");
        re(2, "10:00", julian, rhJu, "Thanks.");
        Post miKing = say(3, "14:00", lvHabitat, miriam, "Kingfisher working the riffle below my bridge three days "
                + "running. First in years.");
        Post ewKing = re(3, "14:30", ewart, miKing, "Lovely. The gravel cleaning must be paying off.");
        re(3, "14:45", miriam, ewKing, "I think so, the minnows are back too.");
        Post juQ3 = say(4, "09:00", lvBank, julian, "Someone's been fishing from my bank without asking. What can I "
                + "do?");
        Post crJu2 = re(4, "09:30", cressida, juQ3, "Have a friendly word first, they may think it's club water. A "
                + "couple of private fishing signs at the stiles help. Which side of the bridge is yours, above or "
                + "below? The club's lease stops at the bridge.");
        re(4, "09:45", julian, crJu2, "Thanks.");
        say(5, "18:00", lvNotices, ewart, "Work party Saturday 1 October: balsam pulling on the Eyton stretch, 10am, "
                + "gloves provided.");
        Post juQ4 = say(6, "11:00", lvHabitat, julian, "Cows from the farm next door are wading in on my stretch and "
                + "the bank's collapsing. Who's responsible?");
        Post rhJu2 = re(6, "11:30", rhodri, juQ4, "Fencing is usually down to the landowner, but the catchment "
                + "partnership has grants for river fencing and drinking bays. Talk to your neighbour first, it's "
                + "often their cows and their grant.");
        re(6, "11:45", julian, rhJu2, "Thanks.");
        Post miAway = say(7, "09:00", lvNotices, miriam, "I'm off to New Zealand tomorrow until Sunday the 25th, with "
                + "no signal most of the time. Rhodri has the keys to the fish counter hut.");
        re(7, "09:20", cressida, miAway, "Have a wonderful trip!");

        // W38: Julian answers Cressida late and talks his problems through
        Post juCr = re(9, "10:00", julian, crJu2, "Sorry Cressida, I missed your question. Mine's below the bridge, "
                + "down to the big alder.");
        Post crJu3 = re(9, "10:20", cressida, juCr, "Below the bridge is outside the club lease, then, so anyone "
                + "fishing there needs your say-so.");
        Post juCr2 = re(9, "10:40", julian, crJu3, "That explains it. I'll put a sign at the stile. Would you stop "
                + "them fishing altogether, or let them if they ask?");
        Post crJu4 = re(9, "11:00", cressida, juCr2, "Up to you. I let the locals fish if they ask, they keep an eye "
                + "on the river for me.");
        re(9, "11:15", julian, crJu4, "I like that. I'll do the same.");
        say(10, "09:00", lvHabitat, rhodri, "@Miriam Fotheringham when you're back, which grant did you use for the "
                + "gravel cleaning? Thinking of doing the riffle by my ford.");
        Post juFence = say(11, "14:00", lvHabitat, julian, "Spoke to the farmer: his cows, and he's applying for the "
                + "fencing grant. How far back from the edge should the fence go?");
        Post rhFence = re(11, "14:30", rhodri, juFence, "Two to three metres gives a good buffer strip. Leave a gap for "
                + "a drinking bay with a gravel base.");
        re(11, "14:45", julian, rhFence, "Three metres it is. We walked it and there's an old drinking bay by the "
                + "oak, we'll use that.");
        Post ewWeir = say(12, "17:00", lvBank, ewart, "River's dropped after the dry week, the weir pool's clear to the "
                + "bottom.");
        re(12, "17:30", cressida, ewWeir, "Saw a shoal of chub in there yesterday, big ones.");
        Post ewBalsam = say(13, "18:00", lvNotices, ewart, "Reminder: balsam pull Saturday 1 October, 10am at Eyton. "
                + "Six names so far.");
        Post juBalsam = re(13, "18:30", julian, ewBalsam, "Put me down, I've a whole bank of it.");
        re(13, "18:45", ewart, juBalsam, "Great, that's seven.");

        // W39: Miriam answers on her return; Julian helps a new owner
        Post miRh = say(15, "09:00", lvHabitat, miriam, "@Rhodri Vaughan back and jet-lagged! It was the catchment "
                + "partnership's small grants fund, up to £2,000, and they paid for the gravel jetting. The form's on "
                + "their site, ring Liz there first.");
        re(15, "09:20", rhodri, miRh, "Perfect, thank you Miriam, and welcome home.");
        joins(16, "10:00", lvBank, olwen);
        Post olQ = say(16, "10:20", lvBank, olwen, "Hi everyone, I've inherited my aunt's field at Staunton with a "
                + "stretch of river. An angling club has written asking to lease the fishing. Is that normal?");
        Post juOl = re(16, "10:50", julian, olQ, "Very normal, I've just been through working out my own. First check "
                + "your deeds that the fishing rights weren't sold off. If they're yours, a club lease is usually a "
                + "small yearly rent and they help keep the bank tidy. Cressida gave me great advice on this, ask her "
                + "about the going rate.");
        re(16, "11:10", olwen, juOl, "That's so helpful, thank you Julian.");
        re(16, "11:30", cressida, olQ, "Julian's right. Round here clubs pay £5 to £10 a metre a year, and get it in "
                + "writing who does the bank maintenance.");
        Post juDone = say(17, "12:00", lvHabitat, julian, "Fence is up and the drinking bay's gravelled. The bank's "
                + "already greening where the cows were.");
        re(17, "12:30", rhodri, juDone, "That's a transformation. Well done.");
        re(17, "13:00", miriam, juDone, "Brilliant to see.");
        say(18, "18:00", lvNotices, ewart, "Balsam pull this Saturday, 10am at Eyton, with cake from Miriam.");
        Post olQ2 = say(19, "09:00", lvBank, olwen, "@Julian Carrow the deeds say the fishing's ours. Do I need a "
                + "solicitor for the club lease?");
        Post juOl2 = re(19, "09:40", julian, olQ2, "I'd get one to look it over, it's usually a small fee. The club may "
                + "have a standard lease they use.");
        re(19, "10:00", olwen, juOl2, "Thanks Julian.");
        Post ewDone = say(20, "17:00", lvNotices, ewart, "Balsam pull done! Eleven people, two trailers of balsam. "
                + "Thanks all, especially @Julian Carrow who brought his tractor.");
        re(20, "17:30", julian, ewDone, "Good fun, same time next year.");
    }

    /** H. Millbrook AA: the committee's business; Stan's match notices in W38; Barry away in W38, as he said. */
    private void clubCommittee() {
        Post hoAgenda = say(1, "19:00", mbCommittee, howard, "Agenda for Thursday: the weed-cutting contract, the new "
                + "lease at Staunton and junior coaching. Anything else, add it here.");
        Post diAgenda = re(1, "19:30", dilys, hoAgenda, "Add the insurance renewal please, it's due end of October.");
        re(1, "19:45", howard, diAgenda, "Added.");
        Post ruQ = say(2, "10:00", mbAsk, ruth, "Is the Staunton stretch open to members yet? Heard the club's taking "
                + "it on.");
        Post hoRu = re(2, "10:30", howard, ruQ, "Not yet, Ruth. We're still agreeing the lease with the owner, and it "
                + "goes in the newsletter the day it's signed.");
        re(2, "10:45", ruth, hoRu, "Thanks Howard.");
        Post stCanal = say(3, "12:00", mbMatches, stan, "Sunday's canal match: 24 booked, draw at 8 at the Bridge "
                + "Inn.");
        Post clCanal = re(3, "12:30", clive, stCanal, "Can I still get in?");
        re(3, "12:45", stan, clCanal, "Yes Clive, you're number 25.");
        Post diMins = say(4, "21:30", mbCommittee, dilys, "Minutes of tonight's meeting are on the shared drive. Main "
                + "points: weed cutting goes to Hollins again, Staunton lease to be offered at £7 a metre, Gemma to run "
                + "a junior day in October.");
        re(4, "21:45", gemma, diMins, "Junior day will be Sunday 16 October, I'll get a sign-up form going.");
        Post clBa = say(5, "09:00", mbAsk, clive, "@Barry Cloke my September sub went out twice by standing order. Can "
                + "I get one refunded?");
        Post baCl = re(5, "09:40", barry, clBa, "Sorry about that Clive, I'll sort the refund.");
        re(5, "09:50", clive, baCl, "Thanks Barry.");
        Post naRep = say(6, "10:00", mbCommittee, naveen, "Bailiff report: two lads fishing without tickets on the weir "
                + "stretch Saturday, both paid up on the bank. Otter spraints on the lower meadow again.");
        re(6, "10:30", howard, naRep, "Thanks Naveen. Good to see the otters back, less good for the stock pond.");
        Post baAway = say(7, "11:00", mbCommittee, barry, "I'm in Portugal Monday to Sunday, no laptop. Refunds and "
                + "cheques wait till I'm back on the 26th. @Dilys Prothero has the chequebook for anything urgent.");
        re(7, "11:15", dilys, baAway, "Enjoy the sun!");

        // W38: Stan's notices for the river match, one question answered
        say(8, "07:00", mbMatches, stan, "River match Sunday: 30 pegs, top meadow to the weir. Pegs 1 to 10 need "
                + "waders.");
        say(8, "18:00", mbMatches, stan, "Forecast for Sunday: dry, light south-westerly, river 10cm above normal.");
        say(9, "07:30", mbMatches, stan, "Match fees go up to £8 from October, as agreed at committee.");
        Post geForm = say(9, "12:00", mbAsk, gemma, "Junior day Sunday 16 October, free, rods provided. Sign up here: "
                + "forms.example/millbrook-juniors");
        geForm.react("👍", ruth, clive);
        say(9, "18:00", mbMatches, stan, "Pegs 14 and 15 are overgrown, Naveen is strimming them Thursday.");
        Post ruSt = say(10, "08:00", mbAsk, ruth, "@Stan Wilberforce is Sunday's river match open to juniors, or "
                + "adults only?");
        Post stRu = re(10, "08:30", stan, ruSt, "Juniors welcome with an adult on the next peg, Ruth. Half fee.");
        re(10, "08:40", ruth, stRu, "Brilliant, I'll bring my nephew.");
        say(10, "19:00", mbMatches, stan, "28 booked for Sunday, two pegs left.");
        Post hoLease = say(11, "09:00", mbCommittee, howard, "Staunton: the owner's new to all this. I'll write to her "
                + "this week with the lease offer.");
        Post diLease = re(11, "09:30", dilys, hoLease, "I've a template from the Eyton lease, I'll send it over.");
        re(11, "09:45", howard, diLease, "Perfect.");
        say(11, "12:00", mbMatches, stan, "Full! 30 booked. Reserve list opens now.");
        say(12, "17:00", mbMatches, stan, "Pegs 14 and 15 strimmed, thanks Naveen.");
        say(12, "19:00", mbAsk, gemma, "Eight places left for the junior day: forms.example/millbrook-juniors");
        say(13, "18:00", mbMatches, stan, "Reminder: draw 7.30 at the Bridge Inn on Sunday, fishing 9.30 to 2.30.");
        Post stRes = say(14, "16:00", mbMatches, stan, "Result: 1st Clive Hatherley 14lb 3oz of chub and barbel from "
                + "peg 22, 2nd Ruth Ambler 11lb 10oz, 3rd Howard Lacey 9lb 1oz.");
        re(14, "16:20", clive, stRes, "Cracking match, thanks Stan.");
        say(14, "16:40", mbMatches, stan, "Top junior: Ruth's nephew Alfie with 3lb of dace!");

        // W39: Barry back
        Post baCl2 = re(15, "09:00", barry, clBa, "Clive, the refund went through this morning. Sorry for the wait, "
                + "I was away.");
        re(15, "09:30", clive, baCl2, "Got it, thanks Barry.");
        Post baAcc = say(15, "10:00", mbCommittee, barry, "Accounts to the end of September are on the drive. We're "
                + "£1,240 up on last year, mostly day tickets.");
        Post hoAcc = re(15, "10:30", howard, baAcc, "Good news. Can we afford the second weed cut?");
        re(15, "10:45", barry, hoAcc, "Yes, comfortably.");
        Post stNext = say(16, "11:00", mbMatches, stan, "Next match: Sunday 9 October, canal, draw 8am.");
        Post ruNext = re(16, "11:30", ruth, stNext, "Alfie's asking if he can come again!");
        re(16, "11:45", stan, ruNext, "Of course, tell him he's the one to beat.");
        say(17, "12:00", mbAsk, gemma, "Junior day: 3 places left. forms.example/millbrook-juniors");
        Post hoSt = say(18, "19:00", mbCommittee, howard, "Staunton owner replied: she's keen but getting a solicitor "
                + "to look over the lease. Should be signed by November.");
        re(18, "19:30", naveen, hoSt, "Great. I'll walk the stretch with her if she'd like.");
        Post clNight = say(19, "10:00", mbAsk, clive, "Any news on night fishing on the lake this winter?");
        Post hoCl = re(19, "10:30", howard, clNight, "Committee's discussing it Thursday, Clive. I'll post the "
                + "outcome here.");
        re(19, "10:45", clive, hoCl, "Thanks.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes133Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 133");
    }
}
