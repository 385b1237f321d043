package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 123 (sealed): eight communities of charity shops, fundraising and the trades that serve charities,
 * of kinds no earlier round used (high-street charity shop managers from different charities, Back Room Managers, with
 * a room where donors and shoppers ask and a textile rag merchant among them; freelance trust-and-foundation bid
 * writers, The Bid Desk, with a room where small charities ask and post bids, a funder-deadlines room and a newcomer
 * who pitches a success fee; charity gala and promise auctioneers, The Gavel Room, with a booking room where gala
 * committees and a PTA ask and an auctioneer who spends a week running a patter clinic with fellow auctioneers while
 * a returning client and a new PTA chair wait for her; a donation-platform vendor's own server, Tapjar, with its Team,
 * its charity Customers and a church treasurer who joins; a charity's own supporters' server, Tandem Trust, with its
 * Staff, Supporters and Volunteers, a newcomer who asks for follows and a tee printer who turns up; a village's
 * defibrillator appeal where nobody sells; charity fun-run and Santa-dash event suppliers, Start Line Suppliers, with
 * a room where organisers ask, a kit-for-sale room and a supplier's DM quote to a new organiser; independent
 * examiners and volunteer charity treasurers, Small Charity Treasurers Network, with a Gift Aid software seller among
 * them and his DM to a new treasurer), over three ISO weeks (2032-W50 to W52, running into Christmas), written and
 * labelled by writer123 (session 59) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-123.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes123Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2032, 12, 6);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2032, 12, 27, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-123";
    private static final int BASE = 96400;

    // --- A. charity shop managers ---
    private final String backRoom = cast.guild(1511);
    private final Channel amRoom = cast.channel(backRoom, "Back Room Managers", "managers-room",
            "charity shop managers among ourselves: rotas, Gift Aid, pricing, volunteers and the Christmas rush",
            "am-managers-room.json");
    private final Channel amAsk = cast.channel(backRoom, "Back Room Managers", "ask-a-shop",
            "donors and shoppers ask what we take, when we're open and how to volunteer; managers answer",
            "am-ask-a-shop.json");
    private final Channel amWindows = cast.channel(backRoom, "Back Room Managers", "window-displays",
            "show us your shop windows", "am-window-displays.json");
    private final Persona philippa = cast.person("philippa.dunmore", "Philippa Dunmore");
    private final Persona orla = cast.person("orla.brennan", "Orla Brennan");
    private final Persona bernadette = cast.person("bernadette.ashworth", "Bernadette Ashworth");
    private final Persona hugo = cast.person("hugo.marchbank", "Hugo Marchbank");
    private final Persona kieran = cast.person("kieran.flaxman", "Kieran Flaxman");
    private final Persona gus = cast.person("gus.penhaligon", "Gus Penhaligon");
    private final Persona nia = cast.person("nia.trevelyan", "Nia Trevelyan");
    private final Persona sabine = cast.person("sabine.lacroix", "Sabine Lacroix");

    // --- B. freelance trust-and-foundation bid writers ---
    private final String bidDesk = cast.guild(1512);
    private final Channel bwRoom = cast.channel(bidDesk, "The Bid Desk", "writers-room",
            "freelance trust and foundation bid writers among ourselves: funders, fees, drafts and deadlines",
            "bw-writers-room.json");
    private final Channel bwAsk = cast.channel(bidDesk, "The Bid Desk", "charities-ask",
            "small charities ask about grants and bids and post bids they need writing; writers reply",
            "bw-charities-ask.json");
    private final Channel bwCalls = cast.channel(bidDesk, "The Bid Desk", "funder-deadlines",
            "open funding calls and deadlines as we spot them", "bw-funder-deadlines.json");
    private final Persona callum = cast.person("callum.ferrier", "Callum Ferrier");
    private final Persona delia = cast.person("delia.okwuosa", "Delia Okwuosa");
    private final Persona jonah = cast.person("jonah.whitcombe", "Jonah Whitcombe");
    private final Persona anwen = cast.person("anwen.pritchard", "Anwen Pritchard");
    private final Persona rufus = cast.person("rufus.calloway", "Rufus Calloway");
    private final Persona imelda = cast.person("imelda.strachan", "Imelda Strachan");
    private final Persona terence = cast.person("terence.wragg", "Terence Wragg");
    private final Persona marguerite = cast.person("marguerite.ellison", "Marguerite Ellison");

    // --- C. charity gala and promise auctioneers ---
    private final String gavel = cast.guild(1513);
    private final Channel gaLounge = cast.channel(gavel, "The Gavel Room", "auctioneers-lounge",
            "charity auctioneers among ourselves: patter, increments, paddle raises and the gala season",
            "ga-auctioneers-lounge.json");
    private final Channel gaBook = cast.channel(gavel, "The Gavel Room", "book-an-auctioneer",
            "gala committees, schools and clubs ask about charity auctions and booking us; members reply",
            "ga-book-an-auctioneer.json");
    private final Channel gaLots = cast.channel(gavel, "The Gavel Room", "lot-ideas",
            "lots that raise money, and lots that didn't", "ga-lot-ideas.json");
    private final Persona henrietta = cast.person("henrietta.vasquez", "Henrietta Vasquez");
    private final Persona lionel = cast.person("lionel.ashby", "Lionel Ashby");
    private final Persona octavia = cast.person("octavia.mensah", "Octavia Mensah");
    private final Persona lucian = cast.person("lucian.doyle", "Lucian Doyle");
    private final Persona dorothy = cast.person("dorothy.pickavance", "Dorothy Pickavance");
    private final Persona rhodri = cast.person("rhodri.venn", "Rhodri Venn");
    private final Persona yvette = cast.person("yvette.saltmarsh", "Yvette Saltmarsh");
    private final Persona philomena = cast.person("philomena.grice", "Philomena Grice");

    // --- D. a donation-platform vendor's own server ---
    private final String tapjar = cast.guild(1514);
    private final Role team = cast.role("Team", "#1abc9c", 2);
    private final Role customer = cast.role("Customer", "#95a5a6", 1);
    private final Channel tjNews = cast.channel(tapjar, "Tapjar", "announcements",
            "from the Tapjar team: releases, payout dates and outages", "tj-announcements.json");
    private final Channel tjHelp = cast.channel(tapjar, "Tapjar", "help-desk",
            "customers ask about donation pages, terminals, Gift Aid and payouts; the team answers",
            "tj-help-desk.json");
    private final Channel tjLounge = cast.channel(tapjar, "Tapjar", "fundraisers-lounge",
            "charities using Tapjar, among themselves and with the team", "tj-fundraisers-lounge.json");
    private final Channel tjWelcome = cast.channel(tapjar, "Tapjar", "welcome", "new here? say hello",
            "tj-welcome.json");
    private final Persona jasper = cast.person("jasper.thorne", "Jasper Thorne", team);
    private final Persona saoirse = cast.person("saoirse.lindqvist", "Saoirse Lindqvist", team);
    private final Persona ifeoma = cast.person("ifeoma.chukwu", "Ifeoma Chukwu", customer);
    private final Persona benedict = cast.person("benedict.orr", "Benedict Orr", customer);
    private final Persona hyacinth = cast.person("hyacinth.moss", "Hyacinth Moss", customer);
    private final Persona tarquin = cast.person("tarquin.ellwood", "Tarquin Ellwood", customer);
    private final Persona ezekiel = cast.person("ezekiel.barnfather", "Ezekiel Barnfather");

    // --- E. a charity's own supporters' server ---
    private final String tandem = cast.guild(1515);
    private final Role staff = cast.role("Staff", "#e67e22", 3);
    private final Role supporter = cast.role("Supporter", "#9b59b6", 1);
    private final Role volunteer = cast.role("Volunteer", "#2ecc71", 1);
    private final Channel ttNews = cast.channel(tandem, "Tandem Trust", "news",
            "from the Tandem Trust team: bikes, riders and events", "tt-news.json");
    private final Channel ttChat = cast.channel(tandem, "Tandem Trust", "supporters-chat",
            "supporters, volunteers and families chat", "tt-supporters-chat.json");
    private final Channel ttChallenges = cast.channel(tandem, "Tandem Trust", "fundraising-challenges",
            "your sponsored rides, runs and dips for Tandem Trust: share your page and your progress",
            "tt-fundraising-challenges.json");
    private final Channel ttStories = cast.channel(tandem, "Tandem Trust", "rider-stories",
            "families share their children's rides", "tt-rider-stories.json");
    private final Persona gwenllian = cast.person("gwenllian.ashdown", "Gwenllian Ashdown", staff);
    private final Persona mateo = cast.person("mateo.ferreira", "Mateo Ferreira", staff);
    private final Persona perpetua = cast.person("perpetua.okonedo", "Perpetua Okonedo", supporter);
    private final Persona winifred = cast.person("winifred.ames", "Winifred Ames", supporter);
    private final Persona dafydd = cast.person("dafydd.rees", "Dafydd Rees", supporter);
    private final Persona linnea = cast.person("linnea.holmberg", "Linnea Holmberg", volunteer);
    private final Persona jolyon = cast.person("jolyon.stratt", "Jolyon Stratt");
    private final Persona crispin = cast.person("crispin.mallory", "Crispin Mallory");

    // --- F. a village's defibrillator appeal ---
    private final String farthing = cast.guild(1516);
    private final Channel lfChat = cast.channel(farthing, "Lower Farthing Defib Appeal", "appeal-chat",
            "the village's defibrillator appeal: totals, ideas and who's doing what", "lf-appeal-chat.json");
    private final Channel lfEvents = cast.channel(farthing, "Lower Farthing Defib Appeal", "events",
            "carol singing, the quiz night and the Christmas raffle", "lf-events.json");
    private final Persona rosalind = cast.person("rosalind.tewkes", "Rosalind Tewkes");
    private final Persona alistair = cast.person("alistair.gunn", "Alistair Gunn");
    private final Persona maud = cast.person("maud.ellery", "Maud Ellery");
    private final Persona wilfred = cast.person("wilfred.cobb", "Wilfred Cobb");
    private final Persona jyoti = cast.person("jyoti.raval", "Jyoti Raval");
    private final Persona bartholomew = cast.person("bartholomew.finch", "Bartholomew Finch");
    private final Persona ingrid = cast.person("ingrid.solberg", "Ingrid Solberg");

    // --- G. charity fun-run and Santa-dash event suppliers ---
    private final String startLine = cast.guild(1517);
    private final Channel slYard = cast.channel(startLine, "Start Line Suppliers", "suppliers-yard",
            "event suppliers among ourselves: medals, timing, arches, suits, loos and the season's trade",
            "sl-suppliers-yard.json");
    private final Channel slAsk = cast.channel(startLine, "Start Line Suppliers", "organisers-ask",
            "charity event organisers, schools and clubs ask about kit, costs and planning; suppliers reply",
            "sl-organisers-ask.json");
    private final Channel slKit = cast.channel(startLine, "Start Line Suppliers", "kit-for-sale",
            "used kit for sale between suppliers", "sl-kit-for-sale.json");
    private final Persona dermot = cast.person("dermot.halloran", "Dermot Halloran");
    private final Persona marisa = cast.person("marisa.quenby", "Marisa Quenby");
    private final Persona tobias = cast.person("tobias.renwick", "Tobias Renwick");
    private final Persona ottilie = cast.person("ottilie.vance", "Ottilie Vance");
    private final Persona ansel = cast.person("ansel.whitlock", "Ansel Whitlock");
    private final Persona celestine = cast.person("celestine.abara", "Celestine Abara");
    private final Persona rupert = cast.person("rupert.kettlewell", "Rupert Kettlewell");
    private final Persona fergus = cast.person("fergus.lamont", "Fergus Lamont");
    private final Channel dmOttilie = cast.dm("2032-12-13", "Ottilie Vance", "dm-fergus-ottilie.json");

    // --- H. independent examiners and volunteer charity treasurers ---
    private final String treasurers = cast.guild(1518);
    private final Channel stAsk = cast.channel(treasurers, "Small Charity Treasurers Network", "treasurers-ask",
            "volunteer treasurers ask about accounts, Gift Aid, reserves and examinations; members reply",
            "st-treasurers-ask.json");
    private final Channel stRoom = cast.channel(treasurers, "Small Charity Treasurers Network", "examiners-room",
            "independent examiners and charity accountants among ourselves", "st-examiners-room.json");
    private final Persona harriet = cast.person("harriet.mulholland", "Harriet Mulholland");
    private final Persona zainab = cast.person("zainab.hussain", "Zainab Hussain");
    private final Persona eamon = cast.person("eamon.tierney", "Eamon Tierney");
    private final Persona leopold = cast.person("leopold.fanshawe", "Leopold Fanshawe");
    private final Persona cedric = cast.person("cedric.armitage", "Cedric Armitage");
    private final Persona rosamund = cast.person("rosamund.fryer", "Rosamund Fryer");
    private final Persona percival = cast.person("percival.nunn", "Percival Nunn");
    private final Channel dmLeopold = cast.dm("2032-12-08", "Leopold Fanshawe", "dm-percival-leopold.json");

    HeldOutScenes123Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        charityShopManagers();
        bidWriters();
        auctioneers();
        donationPlatform();
        supportersServer();
        defibAppeal();
        eventSuppliers();
        examinersAndTreasurers();
    }

    private void charityShopManagers() {
        // W50
        Post phRota = say(1, "09:10", amRoom, philippa, "Morning all. Christmas stock is flying out already. How are "
                + "everyone's volunteer rotas looking for the next three Saturdays?");
        Post orThin = re(1, "09:40", orla, phRota, "Thin. Two of my Saturday regulars are off to their daughters'. "
                + "I've put a poster in the window asking for Christmas helpers.");
        re(1, "10:05", bernadette, orThin, "Same here. A poster worked for me last year, three students came and two "
                + "stayed on after.");
        Post niElec = say(1, "11:30", amAsk, nia, "Hi, do any of your shops take electricals? I've got a working bread "
                + "maker and a lamp.");
        Post phElec = re(1, "11:50", philippa, niElec, "We do at Heart of the Dales on Market Street, as long as the "
                + "plug's intact. We PAT test everything before it goes out. Drop in any day but Sunday.");
        re(1, "12:10", nia, phElec, "Brilliant, I'll bring them Wednesday. Thanks Philippa!");
        say(2, "08:45", amRoom, kieran, "Morning managers. Rag prices are up this month: £380 a tonne for sorted rag, "
                + "collections from four bags. Book a Christmas collection at flaxmantextiles.example/book");
        Post huLabels = say(2, "09:30", amRoom, hugo, "Has anyone sorted Gift Aid labels for donated books differently? "
                + "Our volunteers keep mixing up the Gift Aid and non-Gift Aid stickers.");
        Post beLabels = re(2, "09:55", bernadette, huLabels, "Different coloured stickers and a separate crate for each. "
                + "Green crate, green sticker. It halved our mistakes.");
        re(2, "10:20", hugo, beLabels, "Colour coding, so simple. Trying it tomorrow, thanks Bernadette.");
        Post orWindow = say(2, "14:00", amWindows, orla, "Our Christmas window: a sleigh made from two old bookcases "
                + "and a great deal of tinsel.");
        re(2, "14:30", philippa, orWindow, "That sleigh is brilliant, Orla!");
        Post huDeer = re(2, "15:00", hugo, orWindow, "Love it. Are those the reindeer from the toy donation?");
        re(2, "15:20", orla, huDeer, "They are! Someone gave us six felt reindeer in one bag.");
        Post saPyrex = say(3, "10:00", amAsk, sabine, "What day do you put out new stock? I collect vintage Pyrex and "
                + "always seem to miss it.");
        Post orPyrex = re(3, "10:25", orla, saPyrex, "At the Riverside Hospice shop fresh stock goes out every morning, "
                + "but Tuesday and Friday are the big days after the weekend donations.");
        re(3, "10:40", sabine, orPyrex, "Tuesdays and Fridays, got it. Thank you!");
        Post phJumpers = say(3, "16:00", amRoom, philippa, "Question for anyone who's done it: do you price Christmas "
                + "jumpers up in December or leave them as they were?");
        re(3, "16:30", orla, phJumpers, "Up a pound in December, down two in January. Nobody minds.");
        Post kiJumpers = re(3, "16:45", kieran, phJumpers, "From the rag side: anything that hasn't sold by mid-January, "
                + "bag it with your rag. Jumpers weigh well.");
        re(3, "17:00", philippa, kiJumpers, "Good to know, thanks Kieran.");
        Post kiAgain = say(4, "09:15", amRoom, kieran, "Still paying £380 a tonne for sorted rag. Christmas collection "
                + "slots are filling fast, book here: flaxmantextiles.example/book");
        Post beEnough = re(4, "09:40", bernadette, kiAgain, "Kieran, we've all got your link from Tuesday, no need to "
                + "post it every couple of days.");
        re(4, "10:00", kieran, beEnough, "Fair enough, Bernadette. I'll leave it there.");
        Post beLeave = say(5, "13:00", amRoom, bernadette, "Heads up: I'm on annual leave from Monday 13th to Saturday "
                + "18th and properly offline. Hugo's holding the fort at our shop.");
        re(5, "13:20", philippa, beLeave, "Enjoy it, you've earned it!");
        re(5, "13:30", hugo, beLeave, "I'll try not to burn the place down.");
        Post guBooks = say(6, "10:00", amAsk, gus, "Hello. My mother passed in the autumn and she had a great many "
                + "books. Does anyone take large amounts?");
        Post orBooks = re(6, "10:30", orla, guBooks, "I'm so sorry, Gus. Yes, we take books at Riverside Hospice and "
                + "we can collect big lots with our van. Pop in and ask for me, I'm Orla.");
        re(6, "11:00", gus, orBooks, "Thank you, I'll come by this week.");
        // W51
        Post orCard = say(8, "09:00", amRoom, orla, "Anyone else's card machine playing up with contactless this "
                + "morning?");
        Post phCard = re(8, "09:20", philippa, orCard, "Ours was fine. Try it off at the wall for a minute, that fixed "
                + "ours in October.");
        re(8, "09:35", orla, phCard, "Off and on again worked. Cheers.");
        say(9, "11:00", amAsk, gus, "@Orla Brennan I came into the shop on Saturday and you said you could collect my "
                + "mother's books, about 40 boxes. Is Thursday or Friday this week any good for the van?");
        Post huStar = say(9, "14:00", amRoom, hugo, "@Bernadette Ashworth sorry to bother you on leave, where did you "
                + "put last year's window props? The big star especially.");
        Post orFilled = say(10, "10:00", amRoom, orla, "Our Saturday gap is filled! Three sixth-formers from the poster, "
                + "all starting this week.");
        re(10, "10:20", philippa, orFilled, "Told you the poster works!");
        Post huWindow = say(10, "15:00", amWindows, hugo, "Found the star in the end, window done.");
        re(10, "15:30", orla, huWindow, "Looks lovely, Hugo.");
        Post orAside = say(11, "09:30", amRoom, orla, "How do people handle volunteers who want to buy everything good "
                + "before it reaches the shop floor? One of mine had three coats put aside this week.");
        Post phAside = re(11, "10:00", philippa, orAside, "We have a rule: nothing is put aside until it's been on the "
                + "rail a day. Everyone gets a fair go.");
        re(11, "10:15", orla, phAside, "A day on the rail, I like that. I'll raise it at the team meeting.");
        Post kiAside = re(11, "10:40", kieran, orAside, "Some shops I collect from give volunteers first pick on "
                + "Mondays only. Keeps it fair and they still get a perk.");
        re(11, "11:00", orla, kiAside, "Mondays only, nice idea too.");
        Post niEve = say(12, "16:00", amAsk, nia, "Hi again, what time do the shops close on Christmas Eve?");
        Post phEve = re(12, "16:20", philippa, niEve, "We close at 2pm on Christmas Eve and reopen on the 28th.");
        re(12, "16:30", nia, phEve, "Thanks!");
        Post orTakings = say(13, "09:00", amRoom, orla, "Last Saturday before Christmas was madness. Best day's takings "
                + "since I started.");
        re(13, "09:20", philippa, orTakings, "Same here! Well done everyone.");
        Post beStar = re(14, "10:00", bernadette, huStar, "Sorry Hugo, I was properly offline all week. The star lives "
                + "behind the boiler in the back room, but I see you found it!");
        re(14, "10:20", hugo, beStar, "Ha, I did. Welcome back!");
        // W52
        Post guAgain = say(15, "09:00", amAsk, gus, "Is anyone able to collect 40 boxes of books before the New Year? "
                + "I asked last week but haven't heard back.");
        Post phVan = re(15, "09:40", philippa, guAgain, "Gus, I'm sorry you've been left waiting. I can bring our van "
                + "on Wednesday morning, would 10am suit?");
        re(15, "10:00", gus, phVan, "Wednesday at 10 is perfect. Thank you, Philippa.");
        Post beBack = say(16, "11:00", amRoom, bernadette, "Right, back and catching up. What did I miss apart from the "
                + "star saga?");
        re(16, "11:20", hugo, beBack, "A record Saturday, and Orla's got three new sixth-formers.");
        Post orCards = say(17, "12:00", amRoom, orla, "Last-minute shoppers cleared our whole Christmas card stock. "
                + "Anyone got boxes spare?");
        Post beCards = re(17, "12:30", bernadette, orCards, "I've got two boxes of cards in the back, want them?");
        re(17, "12:45", orla, beCards, "Yes please! I'll send someone round.");
        Post phReading = say(17, "15:00", amWindows, philippa, "Some of Gus's mother's books made a reading-corner "
                + "window. He popped in to see it.");
        re(17, "15:20", bernadette, phReading, "What a lovely thing to do, Philippa.");
        Post kiLast = say(18, "10:00", amRoom, kieran, "Last collection before Christmas is tomorrow, then back on 29 "
                + "December. Merry Christmas all, and thanks for a good year.");
        re(18, "10:30", philippa, kiLast, "Merry Christmas Kieran, and thanks for the extra pickups this month.");
        Post huSale = say(21, "11:00", amRoom, hugo, "Sale prep tomorrow. Anyone else opening on the 27th?");
        re(21, "11:30", orla, huSale, "We open the 28th. Good luck!");
    }

    private void bidWriters() {
        // W50
        Post deHollins = say(1, "09:30", bwCalls, delia, "Hollins Community Trust small grants round is open, up to £5k, "
                + "closes 21 January: hollinstrust.example/small-grants");
        re(1, "10:00", callum, deHollins, "Thanks Delia, two of my clients fit that.");
        Post joForm = say(1, "14:00", bwRoom, jonah, "Anyone else finding the Lottery's new outcomes form wants more "
                + "numbers than last year?");
        Post caForm = re(1, "14:30", callum, joForm, "Yes, they want a baseline for every outcome now. Where there isn't "
                + "one I write 'measured in the first quarter' and it's been accepted.");
        re(1, "14:50", jonah, caForm, "Useful, thanks Callum.");
        Post teFees = say(2, "10:00", bwAsk, terence, "Hello, I'm treasurer of Eastgate Men's Shed. How much do bid "
                + "writers charge? We've never used one and we need a new roof.");
        Post caFees = re(2, "10:30", callum, teFees, "Most of us charge by the day. I'm £320 a day, and a trust bid for "
                + "something like a roof is usually one to two days. Never pay anyone a percentage of the grant, "
                + "funders don't allow it.");
        re(2, "10:50", terence, caFees, "That's clear, thank you. We'll talk it over at committee.");
        re(2, "11:10", delia, teFees, "Also look at the Hollins small grants in #funder-deadlines, roofs are in scope.");
        joins(3, "09:00", bwRoom, rufus);
        Post imGrant = say(3, "12:00", bwAsk, imelda, "Good news to share: Townhead Food Pantry just got our first ever "
                + "grant, £5,000 from the county community foundation! Thank you to everyone here who read my draft.");
        re(3, "12:20", callum, imGrant, "Brilliant news Imelda, well deserved!");
        re(3, "12:40", delia, imGrant, "Congratulations! That draft was really strong by the end.");
        Post ruPitch = re(4, "09:15", rufus, imGrant, "Congrats! I can get you the next one. I write trust bids on an "
                + "8% success fee or £450 flat per bid, DM me to book your next application.");
        Post deCode = re(4, "09:45", delia, ruPitch, "Rufus, welcome, but success fees go against the Code of "
                + "Fundraising Practice. Most funders won't accept a bid written on commission.");
        re(4, "10:30", rufus, deCode, "Didn't know that, thanks. I'll drop the percentage.");
        Post maBudget = say(4, "14:00", bwAsk, marguerite, "Does anyone have a template for a project budget? Our "
                + "funder wants in-kind support shown separately.");
        Post deBudget = re(4, "14:20", delia, maBudget, "Here's mine, free to use: deliabids.example/budget-template. "
                + "In-kind goes in the second column with its value.");
        re(4, "14:40", marguerite, deBudget, "Perfect, thank you Delia!");
        Post caPaper = say(5, "11:00", bwRoom, callum, "Anyone know if the Pennington Foundation still wants paper "
                + "copies?");
        Post joPaper = re(5, "11:30", jonah, caPaper, "Online only since the summer.");
        re(5, "11:40", callum, joPaper, "Thanks Jonah.");
        Post joTilbury = say(6, "10:00", bwCalls, jonah, "Tilbury Family Trust reopens 10 January for youth projects, up "
                + "to £15k.");
        re(6, "10:15", marguerite, joTilbury, "Ooh, that's us. Thanks!");
        // W51
        Post anNeeds = say(8, "09:30", bwRoom, anwen, "Hi all, I'm three months into freelancing. How do you write a "
                + "needs statement when the charity has no data of its own?");
        Post caNeeds = re(8, "10:00", callum, anNeeds, "Borrow the data: the council's ward profiles, the deprivation "
                + "index, the charity's own waiting list. Then one real story.");
        re(8, "10:15", anwen, caNeeds, "Thanks!");
        Post teWriter = say(9, "11:00", bwAsk, terence, "Committee said yes to a writer. Can someone help with our roof "
                + "bid in January?");
        Post caWriter = re(9, "11:20", callum, teWriter, "Happy to, Terence. I'll message you to talk it through.");
        re(9, "11:30", terence, caWriter, "Great.");
        Post anSustain = say(10, "09:00", bwRoom, anwen, "Another one: a funder asks about 'sustainability' but it's a "
                + "one-off roof. What do they want?");
        Post caSustain = re(10, "09:30", callum, anSustain, "How the thing keeps going after the grant: who pays for "
                + "upkeep, how long the roof lasts, whether there's a maintenance fund. Keep it short.");
        re(10, "09:45", anwen, caSustain, "Thanks.");
        Post ruHall = say(10, "14:00", bwRoom, rufus, "Anyone have a good source for average hall hire rates? Writing "
                + "a bid for a community centre.");
        Post joHall = re(10, "14:30", jonah, ruHall, "The county's community buildings survey has them by district.");
        re(10, "14:40", rufus, joHall, "Cheers Jonah.");
        Post maSalary = say(11, "13:00", bwAsk, marguerite, "Does the Tilbury Trust fund staff salaries or only "
                + "activities?");
        Post deSalary = re(11, "13:40", delia, maSalary, "Activities and sessional staff, not core salaries, going by "
                + "their guidelines.");
        re(11, "14:00", marguerite, deSalary, "Thanks, sessional works for us.");
        Post anLetter = say(12, "10:00", bwRoom, anwen, "Last one this week, promise: how long should a cover letter to "
                + "a family trust be?");
        Post caLetter = re(12, "10:30", callum, anLetter, "One page. Who you are, what you need, why them. Family "
                + "trusts read them over breakfast.");
        re(12, "10:40", anwen, caLetter, "Thanks Callum.");
        Post teMatch = say(13, "10:00", bwAsk, terence, "One more daft question: what does 'match funding' mean on a "
                + "form?");
        Post ruMatch = re(13, "10:30", rufus, teMatch, "Not daft at all. It's money from elsewhere that goes in "
                + "alongside the grant, like your own savings or another funder. Some funders want to see a share of "
                + "it.");
        re(13, "10:45", terence, ruMatch, "Ah, that makes sense now. Thanks Rufus.");
        say(13, "15:00", bwCalls, delia, "Reminder: Hollins small grants close 21 January.");
        // W52
        Post maAccounts = say(15, "09:30", bwAsk, marguerite, "Tilbury replied asking for our safeguarding policy and "
                + "last accounts. Do we send the signed accounts or the examiner's report too?");
        Post anAccounts = re(15, "10:00", anwen, maAccounts, "Send both, the signed accounts and the independent "
                + "examiner's report. I did one for a youth club last month and they wanted the report with it.");
        re(15, "10:20", marguerite, anAccounts, "Both it is. Thank you Anwen!");
        Post caMarlow = say(15, "14:00", bwRoom, callum, "Has anyone written to the Marlow Trust lately? Their "
                + "guidelines page has vanished.");
        Post anMarlow = re(15, "14:30", anwen, caMarlow, "They moved to a new site last week, the guidelines are under "
                + "'apply' now: marlowtrust.example/apply. And thanks again for all the help last week, it made a "
                + "real difference.");
        re(15, "14:45", callum, anMarlow, "Found it. Thanks Anwen!");
        Post joBreak = say(16, "11:00", bwRoom, jonah, "End-of-year question: is everyone taking a break, or working "
                + "through for the January deadlines?");
        re(16, "11:20", delia, joBreak, "Off from the 23rd, back the 3rd. January will be a scramble.");
        re(16, "11:30", callum, joBreak, "Working the 28th to the 30th, the rest off.");
        Post imReport = say(17, "10:00", bwAsk, imelda, "Our foundation grant needs a six-month report. Is there a "
                + "usual format?");
        Post deReport = re(17, "10:30", delia, imReport, "Usually their own form. If not: what you did, how many you "
                + "reached, one story, money spent against budget, what's next.");
        re(17, "10:45", imelda, deReport, "That's a good checklist, thanks.");
        Post anPhotos = re(17, "11:00", anwen, imReport, "Photos help too if you have permission, funders love them.");
        re(17, "11:10", imelda, anPhotos, "Good idea!");
    }

    private void auctioneers() {
        // W50
        Post phLive = say(1, "10:00", gaBook, philomena, "Our village hall committee is holding a promise auction in "
                + "March. Live or silent, which raises more?");
        Post heLive = re(1, "10:30", henrietta, phLive, "For a village crowd of a hundred or so: a short live auction "
                + "of eight to ten good lots, silent for the rest. The live lots raise most of the money.");
        re(1, "10:50", philomena, heLive, "Eight to ten live lots, that helps. Thank you.");
        Post ocLive = re(1, "11:10", octavia, phLive, "And put your best lot second to last, when the room's "
                + "warmest.");
        re(1, "11:20", philomena, ocLive, "Noted!");
        Post liVoice = say(2, "09:00", gaLounge, lionel, "Three galas in five days. My voice is going.");
        Post luVoice = re(2, "09:20", lucian, liVoice, "Honey and hot water, and don't chat between lots.");
        re(2, "09:30", lionel, luVoice, "Hard for an auctioneer.");
        Post ocChef = say(2, "16:00", gaLots, octavia, "Lot that raised £2,100 last night: a local chef cooking dinner "
                + "in the winner's kitchen.");
        re(2, "16:20", henrietta, ocChef, "Chef-at-home lots always fly. I had one go for £1,800 in Bath.");
        Post yvOrder = say(3, "14:00", gaBook, yvette, "@Lionel Ashby the hospice ball's on Friday, can we go through "
                + "the running order one more time?");
        Post liOrder = re(3, "14:30", lionel, yvOrder, "Of course, Yvette. Paddle raise after pudding, live auction "
                + "before the band. I'll ring you at five.");
        re(3, "14:40", yvette, liOrder, "Perfect.");
        Post heSpotter = say(4, "10:00", gaLounge, henrietta, "Does anyone still use a spotter at events under 150 "
                + "guests?");
        Post ocSpotter = re(4, "10:30", octavia, heSpotter, "Always, even at 80. One missed bid costs more than the "
                + "spotter's dinner.");
        re(4, "10:45", henrietta, ocSpotter, "Fair. Booking one for Saturday.");
        Post phReserve = say(5, "11:00", gaBook, philomena, "One more: should we set reserves on promise lots?");
        Post heReserve = re(5, "11:30", henrietta, phReserve, "Only on lots that cost the donor real money, like a "
                + "week in a holiday cottage. Otherwise no reserve keeps the bidding lively.");
        re(5, "11:45", philomena, heReserve, "Thanks Henrietta, that's really useful.");
        Post yvTotal = say(6, "10:00", gaBook, yvette, "The hospice ball raised £31,400! Lionel was amazing, the paddle "
                + "raise alone was £12k.");
        re(6, "10:30", lionel, yvTotal, "What a night. Thank you for having me, and tell your team the lots were "
                + "superb.");
        re(6, "10:45", lucian, yvTotal, "Cracking total!");
        // W51: Henrietta's patter clinic among fellow auctioneers while two bookers wait for her
        Post doRotary = say(8, "09:15", gaBook, dorothy, "@Henrietta Vasquez you called our Rotary charity ball last "
                + "year and people still talk about it. Are you free on 5 March, and what's your fee now?");
        Post heClinic = say(8, "10:00", gaLounge, henrietta, "Starting a patter clinic this week, who's in? Describe "
                + "your 60-second opening and we each give one note. I'll go first: welcome, thanks to the committee, "
                + "the target, lot one.");
        Post ocNote = re(8, "10:30", octavia, heClinic, "I'm in. Yours: you say 'ladies and gentlemen' three times "
                + "before lot one. Cut two.");
        re(8, "10:50", henrietta, ocNote, "Ha, guilty. Cutting them. Your turn!");
        Post ocOpening = say(8, "11:30", gaLounge, octavia, "My opening: the total we're aiming for, then lot one "
                + "straight away.");
        Post heOcNote = re(8, "11:50", henrietta, ocOpening, "Good pace. I'd give the room a reason before the target: "
                + "one sentence about who the money helps.");
        re(8, "12:00", octavia, heOcNote, "Nice, adding it.");
        Post luJoke = say(9, "10:00", gaLounge, lucian, "Mine: I open with a joke about the weather. Be honest.");
        Post heJoke = re(9, "10:20", henrietta, luJoke, "The joke lands but it's long. Half the length, and go "
                + "straight into lot one while they're laughing.");
        re(9, "10:40", lucian, heJoke, "Half the length. Brutal but fair.");
        Post yvYoung = say(9, "13:00", gaLots, yvette, "For next year: what lots work for a younger crowd?");
        Post liYoung = re(9, "13:30", lionel, yvYoung, "Experiences over things: festival tickets, a day with the "
                + "local football club, a DJ for their own party.");
        re(9, "13:45", yvette, liYoung, "Love that.");
        Post rhPta = say(10, "09:30", gaBook, rhodri, "@Henrietta Vasquez Lionel said you do school promise auctions. Could you do "
                + "our PTA's in February? And how do we get lots in?");
        Post heSteps = say(10, "10:00", gaLounge, henrietta, "Clinic round two: increments. Do you go from £100 to £150, "
                + "or to £120?");
        Post liSteps = re(10, "10:20", lionel, heSteps, "£20s up to £200, then £50s. Also, Dorothy and a PTA chair are "
                + "asking after you in #book-an-auctioneer.");
        re(10, "10:40", henrietta, liSteps, "Thanks, will do. £20s feels slow to me in a big room though.");
        re(10, "11:00", octavia, heSteps, "Depends on the room. I go in £50s if the first bid is over £300.");
        Post hePaddle = say(11, "14:00", gaLounge, henrietta, "Round three: paddle raises. How do you pick the first "
                + "level, £5,000 or £1,000?");
        Post luPaddle = re(11, "14:30", lucian, hePaddle, "I ask the committee who's pledged in advance, then open one "
                + "level above their biggest pledge.");
        re(11, "14:45", henrietta, luPaddle, "Clever, so the first paddle goes up straight away.");
        Post doStill = say(12, "10:00", gaBook, dorothy, "Still hoping to hear from Henrietta about 5 March, our "
                + "committee meets on the 20th.");
        re(12, "10:30", lionel, doStill, "I've nudged her in the lounge, Dorothy.");
        Post liTry = say(12, "11:00", gaLounge, lionel, "@Henrietta Vasquez your paddle question got me thinking, I'll "
                + "try Lucian's trick at Saturday's dinner.");
        re(12, "11:20", henrietta, liTry, "Let me know how it goes! I'll write up a summary of the clinic for "
                + "everyone.");
        Post heSummary = say(13, "16:00", gaLounge, henrietta, "Clinic summary: one sentence about the cause before "
                + "the target, jokes half-length, £20s to £200 then £50s, open the paddle raise above your biggest "
                + "pledge. Thanks all!");
        Post ocSpring = re(13, "16:30", octavia, heSummary, "Great summary. Let's do it again in spring.");
        re(13, "16:45", henrietta, ocSpring, "Definitely, spring clinic it is.");
        // W52
        Post heDorothy = re(15, "09:00", henrietta, doRotary, "Dorothy, I'm so sorry for the silence, I got wrapped "
                + "up in a workshop with the other auctioneers. Yes, I'm free on 5 March and I'd love to come back. "
                + "My fee is the same as last year; I'll email the booking form today.");
        re(15, "09:30", dorothy, heDorothy, "Wonderful, the committee will be delighted!");
        Post heRhodri = re(15, "09:40", henrietta, rhPta, "Rhodri, apologies for the wait. Yes to February. For "
                + "lots, give every parent a promise slip: a skill, a day out, a cake a month. Send me your date and "
                + "we'll go from there.");
        re(15, "10:30", rhodri, heRhodri, "Thank you! It's 12 February. I'll send the slip idea round tonight.");
        Post rhCottage = say(16, "11:00", gaBook, rhodri, "Promise slips are flooding in, someone's offered a week in "
                + "their Cornish cottage!");
        Post heCottage = re(16, "11:20", henrietta, rhCottage, "That's your star lot! Put it second to last.");
        re(16, "11:30", rhodri, heCottage, "Will do.");
        Post liWorked = say(17, "10:00", gaLounge, lionel, "Lucian's paddle trick worked: opened at £2,500 and three "
                + "paddles went up at once.");
        re(17, "10:20", lucian, liWorked, "Told you!");
        re(17, "10:30", henrietta, liWorked, "Brilliant! Stealing that for March.");
        Post phList = say(18, "12:00", gaLots, philomena, "Our promise list so far: a sourdough lesson, a lift to the "
                + "airport, a dog walk a week for a month. Anything we're missing?");
        Post ocQueue = re(18, "12:20", octavia, phList, "A 'jump the queue' lot: front of the line at the village "
                + "fete's tea tent all day. Silly ones do well.");
        re(18, "12:40", philomena, ocQueue, "Ha, the tea tent queue is legendary here.");
    }

    private void donationPlatform() {
        // W50
        say(1, "09:00", tjNews, saoirse, "Tapjar 4.2 is out: donation pages can show a Christmas appeal banner, and "
                + "terminals print a Gift Aid reminder on receipts.");
        Post bePayout = say(1, "10:00", tjHelp, benedict, "Morning! Our payout for last week hasn't arrived, is there "
                + "a delay?");
        Post saPayout = re(1, "10:20", saoirse, bePayout, "Morning Benedict. Payouts ran a day late over the weekend "
                + "because of a bank change on our side. Yours lands today, sorry for the wait.");
        re(1, "10:40", benedict, saPayout, "Thanks Saoirse, there it is.");
        Post hyCarols = say(2, "14:00", tjLounge, hyacinth, "We put two tap terminals at the cathedral doors for the "
                + "carol services. £1,900 in three nights, far more than the buckets.");
        Post ifCarols = re(2, "14:30", ifeoma, hyCarols, "That's brilliant. Did you set a fixed amount or let people "
                + "choose?");
        Post hyFixed = re(2, "14:50", hyacinth, ifCarols, "Fixed £5 on one, choose-your-own on the other. The £5 one "
                + "took twice as much.");
        re(2, "15:00", ifeoma, hyFixed, "Interesting! Trying that at our Christmas fair.");
        Post taAdmin = say(3, "11:00", tjHelp, tarquin, "How do I add a second admin to our donation page? I'm going "
                + "away and our leader needs access.");
        Post jaAdmin = re(3, "11:15", jasper, taAdmin, "Settings, Team, Invite. They'll get an email. Have a good "
                + "trip!");
        re(3, "11:30", tarquin, jaAdmin, "Done, thanks Jasper.");
        say(4, "09:00", tjNews, saoirse, "Reminder: Christmas payout dates are on our status page. The last payout "
                + "before Christmas is Thursday 23rd.");
        Post beTold = say(4, "13:00", tjLounge, benedict, "I told the greyhound rescue down the road about Tapjar, "
                + "they're signing up this week.");
        re(4, "13:30", jasper, beTold, "That's really kind of you Benedict, thank you. I'll look after them.");
        Post ifExport = say(5, "10:00", tjHelp, ifeoma, "Is there a way to export only the donors who ticked Gift "
                + "Aid?");
        Post saExport = re(5, "10:20", saoirse, ifExport, "Yes: Reports, Gift Aid declarations, then Export. It's a "
                + "CSV laid out for HMRC's template.");
        re(5, "10:35", ifeoma, saExport, "Perfect, thanks!");
        Post saOff = say(6, "16:00", tjLounge, saoirse, "I'm off from Monday 13th until the 20th, Jasper's looking "
                + "after the help desk. Have a good week everyone!");
        re(6, "16:20", hyacinth, saOff, "Enjoy the break, Saoirse!");
        // W51
        joins(8, "09:00", tjWelcome, ezekiel);
        Post ezHello = say(8, "09:30", tjWelcome, ezekiel, "Hello, I'm treasurer at St Cuthbert's church. Do you do "
                + "contactless terminals for churches? We lose a lot of giving now nobody carries cash.");
        Post jaHello = re(8, "09:50", jasper, ezHello, "Welcome Ezekiel! We do: a tap terminal by the door and a QR "
                + "card for the pews, with Gift Aid built in. Happy to walk you through one on a short video call if that helps.");
        Post ezDemo = re(8, "10:10", ezekiel, jaHello, "Yes please, a demo would be good. Wednesday afternoon?");
        re(8, "10:20", jasper, ezDemo, "Wednesday at 2pm, I'll send you the link.");
        Post ifEmpty = say(9, "10:00", tjHelp, ifeoma, "@Jasper Thorne since the 4.2 update our Gift Aid declarations "
                + "export comes out empty. We need it for our HMRC claim this week, can you look?");
        say(9, "15:00", tjNews, jasper, "New: tap terminals now come in a church bundle with pew QR cards. Ask us for "
                + "a demo.");
        say(10, "14:00", tjLounge, jasper, "Welcome to the lounge Ezekiel! Hyacinth runs the cathedral's giving on "
                + "Tapjar, she's the person to ask about carol services.");
        Post ezOlder = say(10, "14:20", tjLounge, ezekiel, "Thanks Jasper, the demo was really clear. @Hyacinth Moss "
                + "how did you explain the terminals to older parishioners?");
        Post hySign = re(10, "14:45", hyacinth, ezOlder, "A laminated sign with a picture of a card touching it. "
                + "That's all it took.");
        re(10, "15:00", ezekiel, hySign, "Simple. Thank you!");
        Post beStripe = say(11, "09:00", tjHelp, benedict, "The greyhound rescue asked me: can they use their "
                + "existing Stripe account?");
        Post jaStripe = re(11, "09:40", jasper, beStripe, "They can, it's under Payments, Connect existing. I'll "
                + "email them too.");
        re(11, "10:00", benedict, jaStripe, "Thanks!");
        say(11, "10:30", tjHelp, ifeoma, "Still stuck on the empty Gift Aid export. Is anyone there?");
        say(11, "16:00", tjNews, jasper, "Church bundle: order by the 17th for delivery before Christmas.");
        Post jaFixed = re(12, "16:00", jasper, ifEmpty, "Ifeoma, I'm so sorry, this slipped past me with Saoirse "
                + "away. It was a bug in 4.2; it's fixed and your export works again. I've re-run last week's for "
                + "you too.");
        re(12, "16:30", ifeoma, jaFixed, "Thanks Jasper, it's working. We made the claim just in time.");
        Post taBack = say(13, "12:00", tjLounge, tarquin, "Back from my trip, our leader ran the page fine. The "
                + "scouts raised £640 for their camp fund.");
        re(13, "12:20", ifeoma, taBack, "Great total!");
        // W52
        say(15, "09:00", tjNews, saoirse, "Back from leave! Thanks Jasper for holding the fort.");
        Post ezSim = say(15, "10:00", tjHelp, ezekiel, "We've ordered the bundle. Does the terminal need wifi or does "
                + "it use mobile data?");
        Post saSim = re(15, "10:15", saoirse, ezSim, "It has its own SIM, so no wifi needed. Thick church walls are no "
                + "problem.");
        re(15, "10:30", ezekiel, saSim, "Even better, our wifi barely reaches the vestry.");
        Post hyFinal = say(16, "14:00", tjLounge, hyacinth, "Final carol service total: £4,850 on the terminals. "
                + "@Ifeoma Chukwu how did the fixed £5 do at your fair?");
        re(16, "14:30", ifeoma, hyFinal, "Took £1,120 in a day! Thanks for the tip.");
        Post taPause = say(17, "11:00", tjHelp, tarquin, "Can we close the camp fund page now it's hit target, but "
                + "keep it visible?");
        Post jaPause = re(17, "11:20", jasper, taPause, "Yes: Page settings, Pause donations. It stays up with a "
                + "'target reached' banner.");
        re(17, "11:30", tarquin, jaPause, "Perfect.");
        Post beRescue = say(18, "10:00", tjLounge, benedict, "The greyhound rescue's first week on Tapjar: £410. "
                + "They're thrilled.");
        re(18, "10:30", jasper, beRescue, "Wonderful to hear, and thank you again for sending them our way.");
        say(21, "10:00", tjNews, saoirse, "Merry Christmas from the Tapjar team. Payouts resume on the 29th.");
    }

    private void supportersServer() {
        // W50
        say(1, "09:00", ttNews, gwenllian, "This week: four new trikes arrive for the January loans, and the Santa "
                + "Dash on the 19th is now full!");
        Post liUnpack = say(1, "09:40", ttChat, linnea, "Four trikes! I'll come in Thursday to help unpack.");
        re(1, "10:00", mateo, liUnpack, "Thank you Linnea, they arrive about ten.");
        Post daSchool = say(2, "18:00", ttStories, dafydd, "Cerys rode the tandem to school for the first time today, "
                + "her grin was enormous.");
        re(2, "18:20", gwenllian, daSchool, "This made our whole office smile. Thank you for sharing, Dafydd.");
        re(2, "18:40", winifred, daSchool, "Wonderful! Go Cerys!");
        Post peDash = say(3, "12:00", ttChallenges, perpetua, "I'm doing the Santa Dash with my running club, twelve of "
                + "us in suits. Sponsor page: givingpage.example/perpetua-santa-dash");
        Post wiDash = re(3, "12:30", winifred, peDash, "Sponsored! Good luck all twelve of you.");
        re(3, "12:45", perpetua, wiDash, "Thank you Winifred!");
        Post wiParts = say(4, "10:00", ttChat, winifred, "Does the Trust take old bike parts? My late husband's garage "
                + "is full of them.");
        Post maParts = re(4, "10:30", mateo, wiParts, "We'd love to look, Winifred. Wheels, saddles and tools "
                + "especially. I can pop round with the van.");
        Post wiWeekday = re(4, "10:50", winifred, maParts, "That would be kind. Any weekday morning.");
        re(4, "11:00", mateo, wiWeekday, "Thursday at eleven, then.");
        Post liRed = say(5, "14:00", ttChat, linnea, "Trikes unpacked! The red one is the smallest adapted trike "
                + "we've ever had.");
        re(5, "14:20", dafydd, liRed, "Cerys will want the red one.");
        Post gwParts = say(6, "09:00", ttNews, gwenllian, "Thank you Winifred for a van full of parts, half of it is "
                + "already on the workshop bench.");
        re(6, "09:20", winifred, gwParts, "Happy they're going to good use.");
        // W51
        Post peUpdate = say(8, "09:00", ttChallenges, perpetua, "Update: £340 of our £500! Page is here if you'd like "
                + "to chip in: givingpage.example/perpetua-santa-dash");
        re(8, "09:30", linnea, peUpdate, "Chipped in! Go team.");
        joins(9, "12:00", ttChat, jolyon);
        Post joChat = say(9, "19:00", ttChat, jolyon, "Hi everyone! I'm riding 100 miles on a static bike for Tandem "
                + "Trust on the 18th. Please follow my TikTok and like the videos, it really helps: "
                + "tiktok.example/@jolyonrides");
        say(9, "19:05", ttChallenges, jolyon, "Please follow my TikTok for my 100-mile static ride and like every "
                + "video! tiktok.example/@jolyonrides");
        say(9, "19:10", ttStories, jolyon, "Follow my ride on TikTok please, likes and shares help: "
                + "tiktok.example/@jolyonrides");
        Post gwPage = re(10, "09:00", gwenllian, joChat, "Welcome Jolyon, and thank you for taking this on! A "
                + "sponsorship page helps the riders most, I can set one up with you. Do you have one yet?");
        Post joNotYet = re(10, "09:30", jolyon, gwPage, "Not yet, the TikTok's the main thing. Can you share it on the "
                + "Trust's page?");
        re(10, "10:00", gwenllian, joNotYet, "We'll share your ride on the day. A page really does make the "
                + "difference though, here's how: tandemtrust.example/fundraise");
        Post peNearly = say(11, "15:00", ttChallenges, perpetua, "£430 now, nearly there! "
                + "givingpage.example/perpetua-santa-dash");
        re(11, "15:20", winifred, peNearly, "So close!");
        say(12, "18:00", ttChat, jolyon, "Only 40 followers so far, please follow and share "
                + "tiktok.example/@jolyonrides");
        Post daRed = say(12, "18:30", ttStories, dafydd, "Cerys tried the red trike at the loan day. She's asked Santa "
                + "for 'the red one, forever'.");
        re(12, "18:45", mateo, daRed, "Ha! Tell Santa we'll see what we can do about the loan.");
        Post liWrap = say(13, "10:00", ttChat, linnea, "Anyone coming to the wrapping evening on Thursday? We're "
                + "wrapping presents for the riders' Christmas party.");
        re(13, "10:20", winifred, liWrap, "I'll be there, and I'll bring mince pies.");
        re(13, "10:30", perpetua, liWrap, "Count me in.");
        Post pePast = say(14, "09:00", ttChallenges, perpetua, "£520, we've gone past £500! Thank you all. The page "
                + "stays open till the dash: givingpage.example/perpetua-santa-dash");
        re(14, "09:15", gwenllian, pePast, "Amazing, Perpetua! Thank you, all twelve of you.");
        // W52
        say(15, "10:00", ttNews, gwenllian, "The riders' Christmas party is on Wednesday: 30 children, one Santa, and "
                + "a lot of presents wrapped by our volunteers.");
        joins(16, "09:00", ttChat, crispin);
        Post peDone = say(17, "11:00", ttChallenges, perpetua, "Dash done! Twelve Santas, 5k, one lost beard.");
        re(17, "11:20", mateo, peDone, "Legends, all of you! Thank you.");
        Post crTees = re(17, "12:00", crispin, peDone, "Your team would look great in matching tees next year! We print "
                + "charity run shirts from £4.50 each, DM me for a quote: malloryprint.example");
        Post gwSales = re(17, "12:30", gwenllian, crTees, "Hi Crispin, welcome, but please keep sales out of the "
                + "supporters' rooms.");
        re(17, "13:00", crispin, gwSales, "Sorry, understood.");
        Post joDone = say(18, "10:00", ttChallenges, jolyon, "Ride day! 100 miles done in 6 hours 40. Thank you to "
                + "everyone who cheered, and I set up a sponsor page like Gwenllian said: £280 so far.");
        re(18, "10:20", gwenllian, joDone, "Incredible effort, Jolyon, and £280 for the riders! Thank you.");
        Post wiWell = re(18, "10:30", winifred, joDone, "Well done! Sponsored.");
        re(18, "10:45", jolyon, wiWell, "Thank you Winifred!");
        Post daParty = say(19, "17:00", ttStories, dafydd, "Party photo: Cerys on Santa's knee, holding the bell from "
                + "the red trike.");
        re(19, "17:20", linnea, daParty, "The best photo of the year.");
        say(21, "10:00", ttNews, gwenllian, "Merry Christmas from everyone at Tandem Trust. You raised £6,100 in "
                + "December!");
    }

    private void defibAppeal() {
        // W50
        Post roStart = say(1, "19:00", lfChat, rosalind, "Evening all! We're at £1,240 of the £2,400 for the defib and "
                + "its cabinet. Page for anyone who'd rather give online: givingpage.example/lower-farthing-defib");
        re(1, "19:20", ingrid, roStart, "Halfway already, brilliant!");
        re(1, "19:40", maud, roStart, "Carol singing should add a good chunk.");
        Post maCarols = say(2, "10:00", lfEvents, maud, "Carol singing round the village: Saturday 11th and Saturday "
                + "18th, 5pm from the church gate. All voices welcome, no rehearsal needed!");
        Post wiBring = re(2, "10:30", wilfred, maCarols, "What should I bring?");
        Post maBring = re(2, "10:45", maud, wiBring, "A warm coat, a torch and your best Good King Wenceslas. Song "
                + "sheets provided.");
        re(2, "11:00", wilfred, maBring, "Thanks Maud.");
        Post maFloat = say(3, "10:00", lfEvents, maud, "@Alistair Gunn do we need a cash float for the raffle table at "
                + "the quiz? How much?");
        Post jyQuiz = say(3, "20:00", lfEvents, jyoti, "Quiz night: Friday 17th at the Farthing Arms, teams of up to "
                + "six, £2 a head. Bartholomew has given us the back room for free!");
        re(3, "20:20", bartholomew, jyQuiz, "Happy to. I'll do chips at half time too.");
        re(3, "20:30", ingrid, jyQuiz, "Team Ingrid is assembling.");
        Post alFloat = re(4, "18:00", alistair, maFloat, "Sorry Maud, missed this, work's been mad. £50 in pound "
                + "coins and fivers should do. I'll bring it in the tin.");
        re(4, "18:20", maud, alFloat, "Perfect, thanks Alistair.");
        Post jyPosters = say(5, "09:00", lfChat, jyoti, "Has anyone asked the school whether the children want to make "
                + "the raffle posters?");
        re(5, "09:30", ingrid, jyPosters, "I'll ask at pick-up today.");
        say(5, "15:30", lfChat, ingrid, "The Year 5s are doing posters this week!");
        Post wiLanyard = say(6, "11:00", lfChat, wilfred, "Where do I get one of those collecting-tin lanyards?");
        Post alLanyard = re(6, "11:20", alistair, wiLanyard, "I've got six in the tin box, I'll drop one round.");
        re(6, "11:30", wilfred, alLanyard, "Cheers Alistair.");
        Post maFirst = say(6, "19:00", lfEvents, maud, "First carol night: fourteen singers and £312 in the tins! "
                + "Thank you all.");
        re(6, "19:15", rosalind, maFirst, "Fantastic! That takes us to about £1,550.");
        // W51
        say(8, "19:00", lfChat, rosalind, "Update: £1,640. The page again for anyone who asked: "
                + "givingpage.example/lower-farthing-defib");
        Post inPosters = say(9, "10:00", lfChat, ingrid, "The Year 5 posters are up in the shop and the bus shelter. "
                + "One has a heart wearing a Santa hat.");
        re(9, "10:20", jyoti, inPosters, "Love it!");
        Post wiTeam = say(9, "12:00", lfEvents, wilfred, "Which team should I join for the quiz? I don't know many "
                + "people yet.");
        Post inTeam = re(9, "12:30", ingrid, wiTeam, "Join Team Ingrid! We're one short.");
        re(9, "12:45", wilfred, inTeam, "Thank you Ingrid.");
        Post alNote = say(10, "14:00", lfChat, alistair, "Treasurer's note: we've banked £1,640 and the page has £210 "
                + "on top. The cabinet quote came in at £620.");
        Post roTarget = re(10, "14:30", rosalind, alNote, "Thanks Alistair. So £2,400 is still the target?");
        re(10, "14:45", alistair, roTarget, "Yes, the defib is £1,780 and the cabinet £620.");
        Post maSecond = say(11, "17:00", lfEvents, maud, "Second carol night is Saturday 18th, same time, same gate.");
        Post wiDog = re(11, "17:20", wilfred, maSecond, "What time do we usually finish? I need to let the dog in.");
        Post maDog = re(11, "17:40", maud, wiDog, "About half past six.");
        re(11, "17:45", wilfred, maDog, "Ta.");
        Post jyPrizes = say(13, "10:00", lfEvents, jyoti, "Raffle prizes so far: a hamper from the shop, a meal for two "
                + "at the Arms, a Christmas wreath and a driving lesson!");
        Post baAle = re(13, "10:20", bartholomew, jyPrizes, "Add a crate of ale to that.");
        re(13, "10:30", jyoti, baAle, "Done, thank you!");
        Post wiName = say(13, "18:00", lfEvents, wilfred, "Do quiz teams need a name in advance?");
        Post jyName = re(13, "18:20", jyoti, wiName, "No, just on the night. Bonus point for a pun.");
        re(13, "18:30", wilfred, jyName, "Thanks Jyoti.");
        // W52
        say(15, "09:00", lfChat, rosalind, "Quiz and carols this week! We're at £2,050. Page for anyone away over "
                + "Christmas: givingpage.example/lower-farthing-defib");
        Post inCheck = say(16, "10:00", lfChat, ingrid, "Does the defib need someone to check it every week once it's "
                + "up?");
        Post roCheck = re(16, "10:30", rosalind, inCheck, "A weekly look at the green light and the date on the pads. "
                + "I'll make a rota in January.");
        re(16, "10:40", ingrid, roCheck, "Put me down.");
        Post jyRaised = say(17, "23:00", lfEvents, jyoti, "Quiz night raised £418! Team Ingrid won by a point and "
                + "Wilfred got the tie-breaker.");
        re(17, "23:10", wilfred, jyRaised, "Great night, thank you for organising. I'll run the raffle table next "
                + "time.");
        Post maTins = say(18, "19:30", lfEvents, maud, "Second carol night: £286 in the tins, and mulled wine from "
                + "the Arms.");
        re(18, "19:45", bartholomew, maTins, "A pleasure. Best singing we've had in years.");
        Post roShare = say(19, "10:00", lfChat, rosalind, "We're at £2,260! Only £140 to go. Please share the page with "
                + "family over Christmas: givingpage.example/lower-farthing-defib");
        re(19, "10:30", alistair, roShare, "I've banked the quiz and carol money, the figures match.");
        Post roDone = say(21, "12:00", lfChat, rosalind, "WE DID IT. £2,412 with a Boxing Day donation from the Pryce "
                + "family. Thank you, Lower Farthing! The page stays open for spare pads: "
                + "givingpage.example/lower-farthing-defib");
        re(21, "12:20", ingrid, roDone, "Brilliant! Well done everyone.");
        re(21, "12:30", bartholomew, roDone, "Drinks on the house at New Year for the committee.");
        re(21, "12:40", maud, roDone, "Hooray!");
    }

    private void eventSuppliers() {
        // W50: Dermot's dispatch log to nobody, among the others' conversations
        say(1, "08:00", slYard, dermot, "Dispatched: 400 medals for the Harrogate Santa Dash.");
        Post otWind = say(1, "09:30", slYard, ottilie, "Anyone else have arches grounded by wind this weekend? Mine "
                + "stayed in the van on Sunday.");
        Post anWind = re(1, "09:50", ansel, otWind, "Same at Ripon. Over 25 mph we don't inflate, the insurance says "
                + "no.");
        re(1, "10:05", ottilie, anWind, "25 is my limit too. Glad it's not just me.");
        say(1, "13:00", slYard, dermot, "Dispatched: 250 medals for the Whitby Boxing Day Dip.");
        say(1, "17:00", slYard, dermot, "Engraving machine serviced, back to full speed.");
        say(2, "08:15", slYard, dermot, "Dispatched: 600 medals for the Leeds Reindeer Run.");
        Post ceColour = say(2, "10:00", slAsk, celestine, "We're planning a spring colour run for the hospice, 500 "
                + "runners. What kit do we need beyond the powder?");
        Post toColour = re(2, "10:30", tobias, ceColour, "Timing if you want results, though for a colour run most "
                + "people skip it. A start arch, marshal bibs, a water station and a wash-down area at the finish.");
        re(2, "10:45", ansel, ceColour, "And loos: one per 75 runners, plus an accessible unit.");
        re(2, "11:00", celestine, toColour, "Thank you both, that's a great list.");
        say(2, "14:00", slYard, dermot, "Christmas ribbon stock in: red and green stripes.");
        say(3, "08:00", slYard, dermot, "Dispatched: 150 medals for the Otley Elf Run.");
        say(3, "12:00", slYard, dermot, "Last engraving date for Christmas orders is Friday.");
        Post ruSizes = say(3, "15:00", slAsk, rupert, "Our school's doing a Santa fun run, 200 kids. Do Santa suits "
                + "come in children's sizes?");
        Post maSizes = re(3, "15:30", marisa, ruSizes, "They do, Rupert, ages 3 to 12. Order by size band rather than "
                + "age, children vary a lot.");
        re(3, "15:45", rupert, maSizes, "Good tip, thank you.");
        say(4, "08:30", slYard, dermot, "Dispatched: 300 medals for the York Pudding Run.");
        Post toMats = say(4, "11:00", slKit, tobias, "For sale: two spare timing mats, used one season, £400 the "
                + "pair.");
        Post anMat = re(4, "11:30", ansel, toMats, "Would one mat do for a small trail race?");
        re(4, "11:45", tobias, anMat, "For a single start and finish, yes. I'd do one for £220.");
        say(5, "09:00", slYard, dermot, "Engraving queue clear, all Christmas orders out.");
        say(5, "16:00", slYard, dermot, "Workshop closed from the 24th to the 2nd.");
        say(6, "08:00", slYard, dermot, "Dispatched: 80 medals for the Skipton Jingle Jog.");
        Post ceAhead = say(6, "10:00", slAsk, celestine, "How far ahead should we book an arch and timing for an April "
                + "event?");
        Post otAhead = re(6, "10:20", ottilie, ceAhead, "Spring weekends are gone by February, so January's the "
                + "time.");
        re(6, "10:30", celestine, otAhead, "January it is.");
        // W51
        joins(8, "09:00", slAsk, fergus);
        Post feArch = say(8, "09:30", slAsk, fergus, "Hi all, I'm organising a New Year's Day 10k for the air "
                + "ambulance near York. Anyone hire inflatable start arches for 1 January? Quotes welcome.");
        re(8, "09:50", ottilie, feArch, "I'm based in Selby, so York's easy, and I'm working New Year's Day. I'll DM "
                + "you a quote.");
        at(8, "10:00").in(dmOttilie).say(ottilie, "Hi Fergus, Ottilie from Arch & Air. A 6m arch with your logo "
                + "banner, delivered, set up and taken down on 1 January: £295. Wind limit 25 mph, full refund if we "
                + "can't inflate.");
        at(8, "10:30").in(dmOttilie).say(fergus, "Thanks Ottilie, that's within budget. Can I confirm after our "
                + "committee meets on Thursday?");
        at(8, "10:40").in(dmOttilie).say(ottilie, "Of course, I'll hold the date till Friday.");
        say(8, "16:00", slYard, marisa, "Just packed my 3,000th order of the season. My record!");
        Post ruExtra = say(9, "11:00", slAsk, rupert, "How many Santa suits should we order for 200 kids if some "
                + "parents run too?");
        Post maExtra = re(9, "11:30", marisa, ruExtra, "I've been doing Santa dashes for 19 years and I always say "
                + "order 10% extra. My suits are the best on the market, I designed the beard myself. I won Supplier "
                + "of the Year in 2029 and my customers come back to me every year.");
        re(9, "11:45", rupert, maExtra, "So 220-ish, thanks.");
        re(9, "12:00", marisa, maExtra, "My warehouse holds 40,000 suits and I've never once run out. I personally "
                + "check every box before it leaves my unit.");
        Post ceCheap = say(10, "10:00", slAsk, celestine, "Are the cheap Santa suits all right to run in, or do they "
                + "fall apart?");
        re(10, "10:30", marisa, ceCheap, "I only sell my premium suits, I won't touch cheap ones. I started my "
                + "business because I was sick of the rubbish ones. My suits have my own double-stitched seams and "
                + "I'm very proud of my quality.");
        Post deCheap = re(10, "10:40", dermot, ceCheap, "The cheap ones are fine for a 5k. Tell runners to size up, "
                + "the trousers are short.");
        re(10, "10:50", celestine, deCheap, "Size up, good to know. Thanks Dermot.");
        Post maBest = say(10, "14:00", slYard, marisa, "I've just had my best December ever. My new van is on the "
                + "road, my website's busier than it's ever been, and I'm thinking of opening my second warehouse.");
        Post anCongrats = re(10, "14:20", ansel, maBest, "Congrats Marisa!");
        re(10, "14:30", marisa, anCongrats, "Thanks! I've worked so hard for it, my family have barely seen me.");
        Post feTiming = say(11, "09:00", slAsk, fergus, "Committee approved the arch! Also, are any timing firms free "
                + "on New Year's Day?");
        Post toTiming = re(11, "09:30", tobias, feTiming, "I'm free on the 1st. Chip timing for a 10k with live "
                + "results is £1.40 a runner, I'll send you the details.");
        re(11, "09:45", fergus, toTiming, "Great, please do.");
        at(11, "10:00").in(dmOttilie).say(fergus, "Confirming the arch for 1 January, Ottilie. Thank you!");
        at(11, "10:15").in(dmOttilie).say(ottilie, "Booked! I'll be there at 7am.");
        say(11, "15:00", slYard, marisa, "My suits were on the local news tonight. I think my interview went well.");
        Post ruWaves = say(12, "13:00", slAsk, rupert, "The fun run's on Friday. Any last tips for keeping 200 kids "
                + "together?");
        Post deWaves = re(12, "13:20", dermot, ruWaves, "Start them in waves by year group, two minutes apart. Medals "
                + "at the finish keep them all coming through.");
        re(12, "13:30", marisa, ruWaves, "I always tell my customers to follow my wave plan. I wrote a guide on my "
                + "blog, I'm the one everyone asks.");
        re(12, "13:45", rupert, deWaves, "Waves by year group, perfect. Thanks Dermot.");
        Post maSold = say(13, "11:00", slYard, marisa, "My phone hasn't stopped, I've sold my last 500 suits. I'm "
                + "exhausted but I'm proud of myself.");
        Post otRest = re(13, "11:20", ottilie, maSold, "Nice one. Get some rest!");
        re(13, "11:30", marisa, otRest, "I will, I'm taking my first holiday in three years. I've earned it.");
        // W52
        Post toSlots = say(15, "09:00", slYard, tobias, "January timing slots are open for charity runs: live results, "
                + "chip timing, from £1.40 a runner. Book at renwicktiming.example/book");
        re(15, "09:30", ansel, toSlots, "Busy January for you then!");
        Post ruTriumph = say(16, "12:00", slAsk, rupert, "The fun run was a triumph! 214 kids, nobody lost, and the "
                + "medals were a hit.");
        Post deTriumph = re(16, "12:20", dermot, ruTriumph, "Brilliant! Glad they got there in time.");
        re(16, "12:30", rupert, deTriumph, "They did. We've already pencilled you in for next year!");
        say(17, "10:00", slAsk, tobias, "Organisers: planning a spring run? Book your chip timing now before the slots "
                + "go: renwicktiming.example/book");
        Post ceDate = say(17, "11:00", slAsk, celestine, "Our colour run date is confirmed: 26 April. Who should I talk "
                + "to first?");
        Post otDate = re(17, "11:20", ottilie, ceDate, "Arch and timing first, they go quickest, then loos. Happy to "
                + "quote for the arch if you'd like.");
        re(17, "11:40", celestine, otDate, "Yes please, a quote would be great.");
        Post anTrailer = say(18, "09:00", slYard, ansel, "Anyone selling a trailer for loo units? Mine's had it.");
        Post deTrailer = re(18, "09:30", dermot, anTrailer, "There's a twin-axle one going at the Malton auction on "
                + "the 29th.");
        re(18, "09:40", ansel, deTrailer, "Cheers, I'll have a look.");
        Post toAgain = say(19, "10:00", slYard, tobias, "Reminder: January and February timing slots are filling, "
                + "book at renwicktiming.example/book");
        Post otThree = re(19, "10:20", ottilie, toAgain, "Tobias, that's three times this week. We've got it!");
        re(19, "10:40", tobias, otThree, "Ha, fair. I'll stop.");
    }

    private void examinersAndTreasurers() {
        // W50
        Post roFloat = say(1, "10:00", stAsk, rosamund, "Year end is 31 December for our bowls club charity. Do I "
                + "count the bar float as cash at bank?");
        Post zaFloat = re(1, "10:30", zainab, roFloat, "Cash in hand, not bank. List it separately and count it on "
                + "the day.");
        re(1, "10:45", rosamund, zaFloat, "Thanks Zainab.");
        joins(2, "09:00", stAsk, percival);
        Post peAudit = say(2, "09:30", stAsk, percival, "Hello, I've just become treasurer of Brackenfold Village "
                + "Hall. Our income's about £38,000. Do we need an audit or an independent examination?");
        Post haAudit = re(2, "10:00", harriet, peAudit, "Welcome Percival! At your size you don't need an audit, but "
                + "over £25,000 you need an independent examination. So an IE for you.");
        Post peCost = re(2, "10:15", percival, haAudit, "That's a relief, thank you Harriet. Roughly what does an IE "
                + "cost, for the budget?");
        Post eaCost = re(2, "11:30", eamon, peCost, "For a hall your size I charge £250 to £350, depending on how tidy "
                + "the books are. Most of us are in that range.");
        re(2, "11:45", percival, eaCost, "Useful, thanks Eamon.");
        at(3, "10:00").in(dmLeopold).say(leopold, "Hi Percival, saw you're new as treasurer. GiftLedger files your "
                + "Gift Aid claims in minutes, £9 a month and the first month free. Book a demo: "
                + "giftledger.example/demo");
        at(4, "09:00").in(dmLeopold).say(percival, "Thanks Leopold, we only claim Gift Aid once a year on a few "
                + "hundred pounds, so I don't think we need it.");
        at(4, "09:30").in(dmLeopold).say(leopold, "No problem, good luck with the new role.");
        Post haEarly = say(4, "14:00", stRoom, harriet, "Anyone else seeing trustees ask for IEs before Christmas? "
                + "I've had four requests this week.");
        Post eaEarly = re(4, "14:30", eamon, haEarly, "Same. I'm telling them January, nobody's books are closed "
                + "yet.");
        re(4, "14:45", harriet, eaEarly, "January it is.");
        Post ceRoof = say(5, "11:00", stAsk, cedric, "@Harriet Mulholland you examined our accounts last year. The "
                + "scout hut roof grant: does it go in restricted funds even though it's all spent?");
        say(5, "11:20", stAsk, harriet, "Cedric, yes. It's restricted income and restricted spending in the same "
                + "year, so the fund closes at nil. Show it in the restricted column.");
        re(5, "11:40", cedric, ceRoof, "Makes sense, thank you Harriet.");
        Post zaReturn = say(6, "10:00", stRoom, zainab, "Has anyone filled in the Commission's new annual return yet? "
                + "The reserves question has moved.");
        re(6, "10:30", harriet, zaReturn, "Yes, it's in section B now.");
        // W51
        Post roLegacy = say(8, "10:00", stAsk, rosamund, "The bowls club has been left a legacy of £3,000. Restricted "
                + "or unrestricted?");
        Post zaLegacy = re(8, "10:30", zainab, roLegacy, "Depends on the will's wording. If it just says 'to the "
                + "club', unrestricted.");
        re(8, "10:45", rosamund, zaLegacy, "It just says 'for the club'. Unrestricted then, thanks.");
        Post peMiles = say(9, "14:00", stAsk, percival, "Can trustees claim mileage for driving to meetings?");
        Post leMiles = re(9, "14:20", leopold, peMiles, "They can, at the HMRC rate, as long as the board agrees it "
                + "and it's minuted. Keep a simple log.");
        re(9, "14:40", percival, leMiles, "Thanks Leopold.");
        Post eaFees = say(10, "10:00", stRoom, eamon, "How are people showing card-payment fees in village hall "
                + "accounts? A separate line, or netted off?");
        re(10, "10:30", harriet, eaFees, "Separate line, income shown gross. Netting hides it from the trustees.");
        re(10, "10:40", zainab, eaFees, "Agree, separate.");
        Post roReferred = say(11, "12:00", stAsk, rosamund, "I recommended Zainab to the tennis club's treasurer, hope "
                + "that's all right! They're looking for an examiner.");
        re(11, "12:20", zainab, roReferred, "Of course, thank you Rosamund! I'll look out for them.");
        Post ceVat = say(12, "10:00", stAsk, cedric, "@Harriet Mulholland one more: do we need to charge VAT on hall "
                + "hire?");
        Post haVat = say(12, "10:30", stAsk, harriet, "Cedric, not unless your taxable income goes over the "
                + "threshold, and most hall hire is exempt anyway. You're nowhere near.");
        re(12, "10:45", cedric, haVat, "Great, thanks.");
        // W52
        Post peReceipts = say(15, "10:00", stAsk, percival, "Found a box of old receipts in the hall cupboard going "
                + "back to 2024. Do I need to keep them?");
        Post eaReceipts = re(15, "10:30", eamon, peReceipts, "Six years is the usual rule, so anything older than 2026 "
                + "can go. Keep the rest.");
        re(15, "10:45", percival, eaReceipts, "Shredding party it is.");
        Post leGuide = say(16, "14:00", stRoom, leopold, "Question for the examiners: what do you most often find "
                + "wrong in small charities' Gift Aid records? I'm trying to make my guides better.");
        re(16, "14:30", harriet, leGuide, "Declarations without the donor's home address. Every year.");
        Post zaRaffle = re(16, "14:45", zainab, leGuide, "And Gift Aid claimed on raffle tickets, which you can't.");
        re(16, "15:00", leopold, zaRaffle, "Both going in, thank you.");
        Post roCount = say(17, "09:00", stAsk, rosamund, "Year-end count done early, and the bar float matched to the "
                + "penny!");
        re(17, "09:20", zainab, roCount, "Ha, well done!");
        say(21, "10:00", stRoom, eamon, "Merry Christmas all, see you in IE season.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes123Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 123");
    }
}
