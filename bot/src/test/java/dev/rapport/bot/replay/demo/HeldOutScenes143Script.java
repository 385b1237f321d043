package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 143 (sealed): eight communities of retro gaming, arcades and pinball, of kinds no earlier round used
 * (arcade cabinet restorers, Scanline Bench, with a room where owners ask, a parts room and a restorer who spends a
 * week gathering fellow restorers' memories of the 1980s pub route trade for a zine he is writing while a returning
 * owner and a new owner who asked for him by name wait; retro console repairers and modders, Recap &amp; Region, with a
 * repair-requests room, a modder away at a fair who said so, a modder who scatters his booking link and a newcomer's
 * DM pitch to an owner; a bar-cade's own server, Extra Life Bar-cade, with its Staff and Members, a technician who
 * answers a day late with an apology and an events host who leaves a regular's birthday booking while posting league
 * notices; a pub pinball league, Flipper &amp; Pint League, where nobody sells, with an organiser who posts results, a
 * streamer who asks for subscribers and a new player helped on four days with only thanks who gives back in the third
 * week; cartridge reproduction and homebrew makers, Repro Row, with a room where buyers ask, a maker who scatters his
 * preorder link and later plugs it in an answer, a maker who talks about herself for a week and a priced reply to a
 * collector met the week before; amusement operators who place machines in pubs, Route Sheet, with a room where
 * landlords ask, an operator who posts placements to nobody for a week, an operator who spends a week on a VAT change
 * with fellow operators and a new operator's priced reply to a landlady's news; a retro game shop's own server, Pixel
 * Attic Games, with its Staff and Customers, a price-list link posted three times and a customer's DM to the staff;
 * arcade and pinball event-hire firms, Coin-Op Hire Collective, with a hire-enquiries room where a party planner, a
 * groom, a school PTA and a festival ask, and a firm that asks its fellows for award votes), over three ISO weeks
 * (2034-W25 to W27), written and labelled by writer143 (session 65) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-143.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes143Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2034, 6, 19);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2034, 7, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-143";
    private static final int BASE = 112400;

    // --- A. arcade cabinet restorers ---
    private final String scanline = cast.guild(1711);
    private final Channel sbBench = cast.channel(scanline, "Scanline Bench", "bench",
            "restorers among ourselves: monitors, boards, cabinets, the trade", "sb-bench.json");
    private final Channel sbRequests = cast.channel(scanline, "Scanline Bench", "restore-requests",
            "owners ask for restorations, repairs and advice; restorers reply", "sb-restore-requests.json");
    private final Channel sbParts = cast.channel(scanline, "Scanline Bench", "parts-for-sale",
            "boards, monitors, controls and cabinets for sale", "sb-parts-for-sale.json");
    private final Persona declan = cast.person("declan.furrow", "Declan Furrow");
    private final Persona marguerite = cast.person("marguerite.aldana", "Marguerite Aldana");
    private final Persona ossian = cast.person("ossian.pryce", "Ossian Pryce");
    private final Persona tilda = cast.person("tilda.brennock", "Tilda Brennock");
    private final Persona cyril = cast.person("cyril.haddow", "Cyril Haddow");
    private final Persona wendell = cast.person("wendell.ashby", "Wendell Ashby");
    private final Persona priscilla = cast.person("priscilla.norland", "Priscilla Norland");
    private final Persona jerome = cast.person("jerome.pettigrew", "Jerome Pettigrew");

    // --- B. retro console repairers and modders ---
    private final String recap = cast.guild(1712);
    private final Channel rrWorkbench = cast.channel(recap, "Recap & Region", "workbench",
            "repairers and modders among ourselves", "rr-workbench.json");
    private final Channel rrRequests = cast.channel(recap, "Recap & Region", "repair-requests",
            "owners post broken consoles and mod wishes; repairers and modders reply", "rr-repair-requests.json");
    private final Channel rrIntro = cast.channel(recap, "Recap & Region", "introductions",
            "introduce yourself", "rr-introductions.json");
    private final Persona ingram = cast.person("ingram.solberg", "Ingram Solberg");
    private final Persona fenwick = cast.person("fenwick.arrowsmith", "Fenwick Arrowsmith");
    private final Persona yolanda = cast.person("yolanda.petrakis", "Yolanda Petrakis");
    private final Persona cormac = cast.person("cormac.delahunt", "Cormac Delahunt");
    private final Persona hattie = cast.person("hattie.crewe", "Hattie Crewe");
    private final Persona raymond = cast.person("raymond.osei", "Raymond Osei");
    private final Persona beatrix = cast.person("beatrix.lomax", "Beatrix Lomax");
    private final Channel rrDm = cast.dm(cormac, "rr-dm-cormac-delahunt.json");

    // --- C. a bar-cade's own server ---
    private final String extraLife = cast.guild(1713);
    private final Role elStaff = cast.role("Staff", "#e53935", 3);
    private final Role elMember = cast.role("Member", "#8e24aa", 2);
    private final Role elCustomer = cast.role("Customer", "#78909c", 1);
    private final Channel elNews = cast.channel(extraLife, "Extra Life Bar-cade", "announcements",
            "news from the bar: new machines, opening hours, nights on", "el-announcements.json");
    private final Channel elAsk = cast.channel(extraLife, "Extra Life Bar-cade", "ask-the-bar",
            "questions about bookings, parties, games and prices; the staff reply", "el-ask-the-bar.json");
    private final Channel elScores = cast.channel(extraLife, "Extra Life Bar-cade", "high-scores",
            "post your scores and brag", "el-high-scores.json");
    private final Channel elEvents = cast.channel(extraLife, "Extra Life Bar-cade", "events",
            "tournaments, league nights and theme nights", "el-events.json");
    private final Persona roisin = cast.person("roisin.mallory", "Roisin Mallory", elStaff);
    private final Persona kofi = cast.person("kofi.brandt", "Kofi Brandt", elStaff);
    private final Persona lucinda = cast.person("lucinda.haworth", "Lucinda Haworth", elStaff);
    private final Persona teodor = cast.person("teodor.vasko", "Teodor Vasko", elMember);
    private final Persona annabel = cast.person("annabel.quist", "Annabel Quist", elMember);
    private final Persona mateo = cast.person("mateo.rusnak", "Mateo Rusnak", elMember);
    private final Persona gideon = cast.person("gideon.fairley", "Gideon Fairley", elCustomer);
    private final Persona sunniva = cast.person("sunniva.eklund", "Sunniva Eklund");

    // --- D. a pub pinball league (nobody sells) ---
    private final String flipper = cast.guild(1714);
    private final Channel fpChat = cast.channel(flipper, "Flipper & Pint League", "league-chat",
            "the league: fixtures, subs, tips, banter", "fp-league-chat.json");
    private final Channel fpResults = cast.channel(flipper, "Flipper & Pint League", "results",
            "match results and standings, posted by the organiser", "fp-results.json");
    private final Channel fpVenues = cast.channel(flipper, "Flipper & Pint League", "venues",
            "which pubs have which machines, and what state they're in", "fp-venues.json");
    private final Persona esther = cast.person("esther.kilbride", "Esther Kilbride");
    private final Persona barnaby = cast.person("barnaby.quill", "Barnaby Quill");
    private final Persona nadia = cast.person("nadia.ferreira", "Nadia Ferreira");
    private final Persona lachlan = cast.person("lachlan.moody", "Lachlan Moody");
    private final Persona imogen = cast.person("imogen.sayle", "Imogen Sayle");
    private final Persona rufus = cast.person("rufus.penhale", "Rufus Penhale");
    private final Persona milo = cast.person("milo.brisk", "Milo Brisk");

    // --- E. cartridge reproduction and homebrew makers ---
    private final String repro = cast.guild(1715);
    private final Channel rpMakers = cast.channel(repro, "Repro Row", "makers",
            "makers among ourselves: PCBs, EPROMs, shells, labels, boxes", "rp-makers.json");
    private final Channel rpAsk = cast.channel(repro, "Repro Row", "buyers-ask",
            "collectors and players ask for repro carts, homebrew, boxes and labels; makers reply", "rp-buyers-ask.json");
    private final Channel rpSale = cast.channel(repro, "Repro Row", "for-sale",
            "makers' listings: carts, boxes, labels", "rp-for-sale.json");
    private final Persona thaddeus = cast.person("thaddeus.crane", "Thaddeus Crane");
    private final Persona oona = cast.person("oona.maguire", "Oona Maguire");
    private final Persona silas = cast.person("silas.okafor", "Silas Okafor");
    private final Persona juniper = cast.person("juniper.straw", "Juniper Straw");
    private final Persona alastair = cast.person("alastair.finch", "Alastair Finch");
    private final Persona morwenna = cast.person("morwenna.tate", "Morwenna Tate");
    private final Persona kit = cast.person("kit.darrow", "Kit Darrow");

    // --- F. amusement operators who place machines in pubs ---
    private final String route = cast.guild(1716);
    private final Channel rsOperators = cast.channel(route, "Route Sheet", "operators",
            "operators among ourselves: machines, routes, collections, licensing", "rs-operators.json");
    private final Channel rsLandlords = cast.channel(route, "Route Sheet", "landlords-ask",
            "pub landlords and venue owners ask about placing machines, splits and faults; operators reply",
            "rs-landlords-ask.json");
    private final Channel rsKit = cast.channel(route, "Route Sheet", "kit-exchange",
            "machines, boards and parts to swap or sell", "rs-kit-exchange.json");
    private final Persona gervase = cast.person("gervase.holloway", "Gervase Holloway");
    private final Persona bronagh = cast.person("bronagh.keel", "Bronagh Keel");
    private final Persona stellan = cast.person("stellan.murdock", "Stellan Murdock");
    private final Persona pascale = cast.person("pascale.verney", "Pascale Verney");
    private final Persona dympna = cast.person("dympna.rourke", "Dympna Rourke");
    private final Persona clifford = cast.person("clifford.ames", "Clifford Ames");
    private final Persona hester = cast.person("hester.gowan", "Hester Gowan");

    // --- G. a retro game shop's own server ---
    private final String pixelAttic = cast.guild(1717);
    private final Role paStaff = cast.role("Staff", "#1e88e5", 2);
    private final Role paCustomer = cast.role("Customer", "#90a4ae", 1);
    private final Channel paNews = cast.channel(pixelAttic, "Pixel Attic Games", "announcements",
            "shop news, new stock and trade-in offers", "pa-announcements.json");
    private final Channel paAsk = cast.channel(pixelAttic, "Pixel Attic Games", "ask-the-shop",
            "customers ask about stock, prices, repairs and orders; the staff reply", "pa-ask-the-shop.json");
    private final Channel paTrade = cast.channel(pixelAttic, "Pixel Attic Games", "trade-ins",
            "post what you want to trade in and the staff will value it", "pa-trade-ins.json");
    private final Channel paChat = cast.channel(pixelAttic, "Pixel Attic Games", "collectors-chat",
            "collections, finds and shelves", "pa-collectors-chat.json");
    private final Persona hamish = cast.person("hamish.tolland", "Hamish Tolland", paStaff);
    private final Persona ngozi = cast.person("ngozi.ebberly", "Ngozi Ebberly", paStaff);
    private final Persona felix = cast.person("felix.arundel", "Felix Arundel", paStaff);
    private final Persona cressida = cast.person("cressida.pym", "Cressida Pym", paCustomer);
    private final Persona bartholomew = cast.person("bartholomew.nkemelu", "Bartholomew Nkemelu", paCustomer);
    private final Persona rosalind = cast.person("rosalind.achterberg", "Rosalind Achterberg", paCustomer);
    private final Persona jago = cast.person("jago.penrose", "Jago Penrose", paCustomer);
    private final Persona ludo = cast.person("ludo.ferrante", "Ludo Ferrante");
    private final Channel paDm = cast.dm(cressida, "pa-dm-cressida-pym.json");

    // --- H. arcade and pinball event-hire firms ---
    private final String coinOp = cast.guild(1718);
    private final Channel chEnquiries = cast.channel(coinOp, "Coin-Op Hire Collective", "hire-enquiries",
            "event planners, couples, schools and venues ask for arcade and pinball hire; hire firms reply",
            "ch-hire-enquiries.json");
    private final Channel chLounge = cast.channel(coinOp, "Coin-Op Hire Collective", "operators-lounge",
            "hire firms among ourselves", "ch-operators-lounge.json");
    private final Channel chKit = cast.channel(coinOp, "Coin-Op Hire Collective", "kit-and-vans",
            "machines, flight cases and vans to sell or swap", "ch-kit-and-vans.json");
    private final Persona augusta = cast.person("augusta.plimsoll", "Augusta Plimsoll");
    private final Persona desmond = cast.person("desmond.yardley", "Desmond Yardley");
    private final Persona rhiannon = cast.person("rhiannon.teague", "Rhiannon Teague");
    private final Persona linus = cast.person("linus.abernethy", "Linus Abernethy");
    private final Persona philippa = cast.person("philippa.danvers", "Philippa Danvers");
    private final Persona zubair = cast.person("zubair.haque", "Zubair Haque");
    private final Persona greta = cast.person("greta.lindqvist", "Greta Lindqvist");
    private final Persona ambrose = cast.person("ambrose.kettering", "Ambrose Kettering");

    HeldOutScenes143Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        scanlineBench();
        recapAndRegion();
        extraLifeBarcade();
        flipperAndPint();
        reproRow();
        routeSheet();
        pixelAtticGames();
        coinOpHire();
    }

    /** A. Arcade cabinet restorers; Declan spends W26 on his zine with fellow restorers while two owners wait. */
    private void scanlineBench() {
        // W25
        Post ma1 = say(1, "09:10", sbBench, marguerite, "Morning all. Anyone got a spare flyback for a Hantarex "
                + "MTC900? Mine arced overnight and took the smell of the whole workshop with it.");
        Post osMa = re(1, "09:40", ossian, ma1, "I've one new old stock in the drawer. Yours at cost, I'll post it "
                + "today.");
        re(1, "09:55", marguerite, osMa, "Legend, thanks Ossian.");
        Post ti1 = say(1, "14:00", sbBench, tilda, "First cap kit job of my own on a Nintendo monitor chassis. Do you "
                + "replace every electrolytic, or just the ones on the deflection side?");
        Post deTi = re(1, "14:25", declan, ti1, "Every one, always. They're cheap and you only want that chassis on the "
                + "bench once. Check the HOT while it's out.");
        re(1, "14:40", tilda, deTi, "Doing the lot then, thank you.");
        Post je1 = say(2, "10:00", sbRequests, jerome, "Bought a Defender upright at the Ridgemont auction. It powers up, "
                + "no picture, just a hum. Could one of you restore it, and roughly what does that cost?");
        Post deJe = re(2, "10:30", declan, je1, "Hum and no picture on those is usually the monitor's power supply. I'd "
                + "want it on the bench: £60 to diagnose, taken off the bill if you go ahead. A full monitor rebuild on "
                + "that chassis runs £180-£240.");
        say(2, "10:50", sbRequests, ossian, "And photograph the board stack before anyone moves it. Defender boards "
                + "hate being shipped loose.");
        Post jeDe = re(2, "11:15", jerome, deJe, "Thanks both. Declan, could I drop it at yours on Saturday?");
        re(2, "11:30", declan, jeDe, "Saturday morning's good, I'll message you the address.");
        Post cy1 = say(3, "19:00", sbBench, cyril, "Evening. Cleared the garage and found a box of 1983 route cards from "
                + "my Castlegate Amusements days. Every pub on the round, every machine. Anyone want them?");
        Post deCy = re(3, "19:20", declan, cy1, "I'd love those. Are the weekly takings on them?");
        Post cyDe = re(3, "19:35", cyril, deCy, "Every week. Space Invaders paid for my car in 1980.");
        cyDe.react("😂", declan, ossian);
        Post os1 = say(4, "11:00", sbParts, ossian, "Sanwa JLF sticks x4, new in box, £22 each plus post. Also a tested "
                + "Ms. Pac-Man board, £320.");
        re(4, "11:30", marguerite, os1, "I'll have two sticks please.");
        Post ti2 = say(5, "15:00", sbBench, tilda, "Cap kit done and the picture's back, but it's bowed in at the top. "
                + "Pincushion?");
        Post maTi = re(5, "15:20", marguerite, ti2, "Sounds like it. Check the pincushion coil and the cap beside it, and "
                + "reflow the transformer pins while you're in there.");
        re(5, "16:10", tilda, maTi, "Reflowed the pins and it's dead straight now. I owe you a coffee.");
        say(6, "10:00", sbRequests, jerome, "Defender's at Declan's. Power supply was cooked, he's getting parts. Cheers "
                + "for the tip about the photos, Ossian.");
        Post de1 = say(6, "20:00", sbBench, declan, "Something I've wanted to do for years: a zine about the pub route "
                + "trade, 1979-89, told by the people who ran it. @Cyril Haddow your route cards tipped me over. Would "
                + "any of you sit down for a chat about those days next week?");
        re(6, "20:30", cyril, de1, "Happy to. Tuesday afternoon suits me.");
        re(6, "20:45", ossian, de1, "Count me in, my dad ran machines in six pubs off the Ringway.");
        re(7, "11:00", marguerite, de1, "I will if I get to talk about the women who did the cash runs. Nobody "
                + "remembers them.");
        // W26: the zine with fellow restorers all week; Wendell and Priscilla wait in #restore-requests
        Post we1 = say(8, "09:30", sbRequests, wendell, "@Declan Furrow the Scramble I bought from you last year has "
                + "started rolling, the picture creeps up every few seconds. Could you have a look, or tell me what to "
                + "check?");
        Post de2 = say(8, "10:15", sbBench, declan, "Zine plan: three chapters, the route, the pubs, the people. "
                + "@Cyril Haddow Tuesday 2pm on the phone?");
        re(8, "10:40", cyril, de2, "2pm's fine.");
        say(8, "19:00", sbBench, declan, "Cyril's route cards are all scanned, 140 pages of them. The Lamb's Asteroids "
                + "took more than the jukebox every single week of 1981.");
        joins(9, "09:00", sbRequests, priscilla);
        Post pr1 = say(9, "09:20", sbRequests, priscilla, "Hello, my late aunt left me a Ms. Pac-Man cocktail table and "
                + "my neighbour says @Declan Furrow is the man for them. It turns on but the screen is very dark. Could "
                + "you quote for a restoration?");
        Post de3 = say(9, "14:30", sbBench, declan, "Two hours on the phone with Cyril. Operators paid the landlords in "
                + "cash on Fridays and the landlord stood the first round. Anyone else remember that?");
        Post osDe = re(9, "15:00", ossian, de3, "Dad said the same. Also that you never emptied a machine on a match "
                + "day.");
        Post deOs = re(9, "15:20", declan, osDe, "Brilliant. Can I quote him?");
        re(9, "15:30", ossian, deOs, "He'd be thrilled.");
        say(10, "11:00", sbRequests, jerome, "Update for anyone who helped: Declan rebuilt my Defender's supply and the "
                + "picture's back. Collected it last week, still going strong.")
                .react("👍", ossian, marguerite);
        Post de4 = say(10, "16:00", sbBench, declan, "@Marguerite Aldana when suits you for the cash-run chapter? I've "
                + "found a 1984 photo of a cash van outside the Lamb.");
        Post maDe = re(10, "16:30", marguerite, de4, "Thursday evening. Send me the photo, I think that's my gran's van.");
        re(10, "16:40", declan, maDe, "Will do!");
        re(11, "08:45", wendell, we1, "@Declan Furrow just checking you saw this? It's getting worse, it rolls all the "
                + "time now.");
        Post de5 = say(11, "12:00", sbBench, declan, "Title vote: 'Coin Drop' or 'Friday Takings'?");
        say(11, "12:20", sbBench, cyril, "Friday Takings, no contest.");
        re(11, "12:30", tilda, de5, "Coin Drop!");
        re(11, "19:00", declan, maDe, "Photo sent. If it's your gran's van it's going on the cover.");
        say(12, "09:00", sbBench, marguerite, "@Declan Furrow before I forget, you've two people waiting on you in "
                + "#restore-requests: Wendell's Scramble and a lady with her aunt's Ms. Pac-Man table.");
        Post de6 = say(12, "18:00", sbBench, declan, "Cyril's second call done: the big freeze of '82, when half the "
                + "route's machines went to the tip in one month. Gold.");
        re(12, "18:20", ossian, de6, "That's chapter one right there.");
        Post de7 = say(13, "10:00", sbBench, declan, "Thursday with @Marguerite Aldana was the best interview yet. Her "
                + "gran drove that van for eleven years!");
        re(13, "10:30", marguerite, de7, "She'd have loved being on a cover.");
        Post pr2 = re(13, "14:00", priscilla, pr1, "Is anyone else able to help with a Ms. Pac-Man table? Happy to wait "
                + "for Declan, I'm just not sure he's seen this.");
        re(13, "14:40", ossian, pr2, "He's buried in a writing project this week. If he's not back to you by Monday I'll "
                + "come and look myself.");
        // W27: Declan answers both with apologies
        Post deWe = re(15, "08:30", declan, we1, "@Wendell Ashby I'm so sorry, I let this sit all week. Creeping then "
                + "rolling on that chassis is nearly always the vertical hold cap drying out. Bring it Wednesday and "
                + "I'll do it while you wait, no charge on a cab I sold you.");
        re(15, "08:50", wendell, deWe, "No harm done, Wednesday it is. Thanks Declan.");
        Post dePr = re(15, "09:00", declan, pr2, "Priscilla, apologies for the wait, and thanks Ossian for covering. A "
                + "dark screen on those tables is usually a tired tube or the screen voltage drifting. I can come and "
                + "look: £45 call-out, and a full restoration of a cocktail is typically £350-£500 depending on the "
                + "tube.");
        Post prDe = re(15, "09:30", priscilla, dePr, "Thank you! Could you come on Friday?");
        re(15, "10:00", declan, prDe, "Friday at 10, I'll message you the details.");
        Post de8 = say(15, "11:00", sbBench, declan, "Back in the land of the living. @Ossian Pryce thanks for minding "
                + "Priscilla for me.");
        re(15, "11:20", ossian, de8, "Any time.");
        Post ti3 = say(17, "19:00", sbBench, tilda, "Second monitor rebuild done start to finish on my own. Thanks to all "
                + "of you for the patience.");
        ti3.react("🎉", cyril, declan);
        re(17, "19:20", marguerite, ti3, "Well done you!");
        say(18, "17:00", sbRequests, wendell, "Scramble fixed while I waited, and Declan sent me home with a cup of tea "
                + "inside me. Thank you!");
        Post pr3 = say(20, "12:00", sbRequests, priscilla, "The table's glowing again. Thank you @Declan Furrow! I've "
                + "told my cousin about you, he's got a Galaga that needs love.");
        re(20, "12:30", declan, pr3, "Lovely to hear, Priscilla. Tell him to get in touch whenever he likes.");
    }

    /** B. Retro console repairers and modders; Cormac's DM pitch, Ingram's scattered booking link, Fenwick away. */
    private void recapAndRegion() {
        // W25
        Post yo1 = say(1, "10:00", rrWorkbench, yolanda, "Anyone else getting fake 74HC chips from the usual supplier? "
                + "Three dead on arrival from this batch.");
        Post inYo = re(1, "10:20", ingram, yo1, "Yes, the grey-reel stock is remarked. The blue reels have been fine.");
        re(1, "10:35", yolanda, inYo, "Cheers Ingram, reordering.");
        Post fe1 = say(1, "16:00", rrWorkbench, fenwick, "Finished a 50/60Hz switch on a PAL Mega Drive and the region "
                + "LED worked first time, for once in my life.");
        re(1, "16:10", ingram, fe1, "A rare win. Frame it.");
        Post ha1 = say(2, "11:00", rrRequests, hattie, "My SNES has picture but no sound at all, on any game. Tried two "
                + "different cables. Any ideas what's wrong?");
        say(2, "11:25", rrRequests, yolanda, "Classic SNES fault: the capacitors in the audio section dry out, "
                + "sometimes the audio amp goes too. If you're handy with an iron it's a recap around the sound chips, "
                + "otherwise it's a bench job.");
        Post haYo = say(2, "11:40", rrRequests, hattie, "@Yolanda Petrakis thanks! I'm not handy at all. Would you do "
                + "it, and what would it cost?");
        Post yoHa = re(2, "12:00", yolanda, haYo, "Happy to. £40 for the audio recap plus return post, about a week.");
        re(2, "12:15", hattie, yoHa, "Lovely, posting it tomorrow.");
        joins(3, "09:00", rrIntro, cormac);
        Post co1 = say(3, "09:10", rrIntro, cormac, "Hi all, Cormac here. Just set up doing console repairs and mods "
                + "in Leeds, mostly SNES, N64 and PS1.");
        re(3, "09:30", ingram, co1, "Welcome Cormac!");
        say(4, "14:00", rrDm, cormac, "Hi Hattie, saw your SNES post. I do full audio recaps for £35 plus postage, "
                + "3-day turnaround, cheaper than most. Message me and I'll send you the details.");
        say(4, "15:10", rrDm, hattie, "Thanks, but I've already sent it to Yolanda.");
        say(4, "15:30", rrDm, cormac, "No worries! If you've any other consoles that need work, keep me in mind.");
        Post co2 = say(5, "10:00", rrWorkbench, cormac, "Question for the experienced lot: best flux for drag soldering "
                + "QFP chips on N64 boards?");
        Post feCo = re(5, "10:20", fenwick, co2, "Gel flux, a hoof tip, and patience.");
        re(5, "10:30", cormac, feCo, "Ta.");
        Post ra1 = say(6, "17:00", rrRequests, raymond, "My PS1 skips on every disc and makes a clicking noise. Worth "
                + "repairing, or shall I just bin it?");
        Post inRa = re(6, "17:30", ingram, ra1, "Don't bin it! Usually the laser sled's rails are dry or dirty. Clean "
                + "and re-grease them first, that fixes half of them. If not, a new laser.");
        re(6, "18:00", raymond, inRa, "Cleaned the rails and it's reading everything. Amazing, thank you!");
        Post fe2 = say(7, "12:00", rrWorkbench, fenwick, "Heads up: I'm at Retro Fest in Utrecht with the stall Tuesday "
                + "to Friday next week, with barely any signal. Back Saturday.");
        re(7, "12:10", yolanda, fe2, "Have fun, bring back stroopwafels.");
        // W26: Ingram's booking link in three rooms, then again
        say(8, "10:00", rrWorkbench, ingram, "My new page is live for HDMI mod installs, N64 and SNES, with a booking "
                + "calendar and prices: ingrammods.example/hdmi");
        say(8, "10:20", rrRequests, ingram, "HDMI mod installs now bookable, N64, SNES and GameCube from £120: "
                + "ingrammods.example/hdmi");
        say(8, "10:35", rrIntro, ingram, "For anyone new here: I do HDMI mod installs, book here "
                + "ingrammods.example/hdmi");
        Post be1 = say(9, "11:00", rrRequests, beatrix, "@Fenwick Arrowsmith you did my brother's Game Boy screen, "
                + "could you do a backlit IPS screen for mine? How long would it take?");
        Post yoBe = re(9, "11:30", yolanda, be1, "Fenwick's at a fair in Utrecht till Saturday, he'll get back to you "
                + "then.");
        re(9, "11:40", beatrix, yoBe, "Ah thanks, no rush.");
        Post yo2 = say(10, "14:00", rrWorkbench, yolanda, "Has anyone fitted the new open-source region switch board? "
                + "Worth it over the old diode mod?");
        re(10, "14:20", ingram, yo2, "Fitted three. Cleaner install, and you don't have to cut a trace.");
        re(10, "14:30", cormac, yo2, "Fitted one last week, agree with Ingram, took half the time.");
        say(10, "14:40", rrWorkbench, yolanda, "Sold, thanks both.");
        Post ra2 = say(11, "09:00", rrRequests, raymond, "Now the PS1 controller's X button sticks. Any fix?");
        Post coRa = re(11, "09:20", cormac, ra2, "Open the shell, clean the membrane and the contact pad with "
                + "isopropyl, and check the rubber dome isn't torn. Ten minutes' job.");
        re(11, "10:00", raymond, coRa, "Done, works perfectly. Thanks Cormac!");
        say(12, "16:00", rrRequests, ingram, "Still two HDMI install slots before the end of July, book at "
                + "ingrammods.example/hdmi");
        Post feBe = re(13, "10:00", fenwick, be1, "Beatrix, back from Utrecht, sorry for the wait. Yes: a backlit IPS "
                + "kit in a DMG is £65 fitted, about a week. Post it whenever you like.");
        re(13, "10:20", beatrix, feBe, "Perfect, posting Monday.");
        Post fe3 = say(13, "11:00", rrWorkbench, fenwick, "Utrecht was mad. Sold out of flash carts by Thursday.");
        Post yoFe = re(13, "11:15", yolanda, fe3, "And the stroopwafels?");
        re(13, "11:20", fenwick, yoFe, "Two tins. Saving you one.");
        // W27
        Post ha2 = say(15, "10:00", rrRequests, hattie, "SNES came back from @Yolanda Petrakis singing. Thank you!");
        re(15, "10:20", yolanda, ha2, "So glad! Enjoy the music again.");
        Post co3 = say(16, "13:00", rrWorkbench, cormac, "Anyone got a spare N64 Expansion Pak they'd sell? A customer "
                + "wants one for Majora's Mask.");
        Post feCo2 = re(16, "13:30", fenwick, co3, "I've got one, £25 and it's yours.");
        re(16, "13:40", cormac, feCo2, "Deal, thank you!");
        Post in1 = say(17, "15:00", rrWorkbench, ingram, "Anyone seen an N64 HDMI board drop to black on Ocarina's "
                + "pause screen?");
        Post feIn = re(17, "15:20", fenwick, in1, "Firmware 1.3 fixes it.");
        re(17, "15:30", ingram, feIn, "Lifesaver, thanks.");
        Post ha3 = say(18, "09:00", rrRequests, hattie, "Next project! Can anyone recommend someone to fit an HDMI mod "
                + "to my N64, and how much is it?");
        Post inHa = re(18, "09:30", ingram, ha3, "That's my main job: £120 and about a week. The booking page is "
                + "ingrammods.example/hdmi, or ask me anything here first.");
        re(18, "09:45", hattie, inHa, "Booked for next week, thank you!");
        Post ra3 = say(19, "19:00", rrRequests, raymond, "Last one from me: my PS1 memory card says it's unformatted "
                + "every time. Dead?");
        say(19, "19:30", rrRequests, cormac, "Try formatting it in the console's own menu first; if it still fails "
                + "it's the card, and they're cheap.");
        re(19, "20:00", raymond, ra3, "Formatted fine, all good. You lot are brilliant.");
        Post be2 = say(20, "12:00", rrRequests, beatrix, "Game Boy screen is gorgeous, thank you @Fenwick Arrowsmith!");
        re(20, "12:20", fenwick, be2, "Enjoy it! Post a photo.");
    }

    /** C. A bar-cade's own server; Kofi answers 26 hours late with an apology, Lucinda leaves Mateo's booking. */
    private void extraLifeBarcade() {
        // W25
        say(1, "12:00", elNews, roisin, "New in this week: a Tron upright, fully restored by Kofi. Free play on it all "
                + "Monday night.").react("🔥", teodor, annabel, mateo);
        say(1, "18:00", elEvents, lucinda, "Thursday's Street Fighter II tournament: 16 places, £5 entry, sign up at the "
                + "bar or here: extralife.example/tournament");
        Post gi1 = say(2, "19:00", elAsk, gideon, "Hi, could we book the back room for a leaving do, about 20 people, "
                + "Friday the 30th? What does it cost?");
        Post luGi = re(2, "19:40", lucinda, gi1, "Hi Gideon! The back room is £150 for the evening with four hours of "
                + "free play, and we do pizza at £8 a head. Friday the 30th is free.");
        Post giLu = re(2, "20:00", gideon, luGi, "Great, let's book it. Pizza for 20 please.");
        re(2, "20:15", lucinda, giLu, "Booked! Confirmation's on its way by email.");
        Post te1 = say(3, "21:00", elScores, teodor, "New house record on Galaga: 412,350.");
        re(3, "21:10", annabel, te1, "Show-off. Well played.");
        say(3, "21:20", elScores, mateo, "I'm coming for that on Saturday.");
        Post lu1 = say(4, "17:00", elEvents, lucinda, "Eight places left for Thursday's SFII tournament.");
        re(4, "17:30", mateo, lu1, "Signed up, me and my brother.");
        Post lu2 = say(4, "23:30", elEvents, lucinda, "SFII results: 1st @Annabel Quist, 2nd Teodor, 3rd Mateo's "
                + "brother. Thanks everyone!");
        re(4, "23:40", annabel, lu2, "Best night out in ages. Thank you Lucinda!");
        Post an1 = say(6, "14:00", elAsk, annabel, "Is the Tron staying for good? My dad wants to come and play it.");
        re(6, "14:30", roisin, an1, "It's staying! Bring him on Tuesday, it's our quiet night.");
        Post ma1 = say(7, "12:00", elScores, mateo, "Galaga 418,900. Sorry Teodor.");
        re(7, "12:30", teodor, ma1, "Rematch. Saturday.");
        // W26
        say(8, "20:00", elNews, roisin, "Summer opening hours from Monday: open till 1am on Fridays and Saturdays.");
        Post te2 = say(9, "18:00", elAsk, teodor, "@Kofi Brandt the Robotron's fire stick sticks on left, makes it hard "
                + "to shoot. Could you have a look?");
        joins(10, "10:00", elAsk, sunniva);
        Post su1 = say(10, "10:10", elAsk, sunniva, "Hi! Coming for the first time this weekend. Is it pay per play, or "
                + "do you pay on the door?");
        Post roSu = re(10, "10:40", roisin, su1, "Welcome! £6 on the door for free play all night, or coins on the "
                + "older machines if you'd rather. Under-18s till 8pm.");
        re(10, "10:50", sunniva, roSu, "Perfect, thanks.");
        Post koTe = re(10, "20:30", kofi, te2, "Sorry Teodor, I was inside the Tron's monitor all of yesterday and "
                + "missed this. Fixed it tonight: the microswitch was worn through, new one fitted. Shoot away.");
        re(10, "20:45", teodor, koTe, "Cheers Kofi, legend.");
        say(11, "14:00", elEvents, lucinda, "Pinball league night is back on Wednesday 5 July, teams of three.");
        Post gi2 = say(11, "18:30", elAsk, gideon, "Quick one for tomorrow: can we bring our own cake?");
        re(11, "18:50", lucinda, gi2, "Of course, we'll keep it in the fridge till you want it.");
        Post gi3 = say(13, "11:00", elAsk, gideon, "Thank you for last night, the team loved it. I've told the whole "
                + "office about you.");
        re(13, "11:30", roisin, gi3, "That's so kind, Gideon. Come back soon!");
        Post su2 = say(14, "12:00", elScores, sunniva, "Came last night for the first time and sat top of the Ms. "
                + "Pac-Man board for a whole hour!");
        re(14, "12:20", annabel, su2, "Welcome to the addiction.");
        // W27
        say(15, "12:00", elEvents, lucinda, "Pinball league night Wednesday: six teams in, room for two more. Sign up: "
                + "extralife.example/league");
        Post ma2 = say(16, "11:00", elAsk, mateo, "@Lucinda Haworth could I book a table for my birthday on Saturday "
                + "the 8th, about 10 of us? Do you need a deposit?");
        say(16, "16:00", elEvents, lucinda, "Reminder: league night Wednesday! Two team spots left.");
        say(17, "12:00", elNews, lucinda, "This Saturday: 80s night, £6 entry, prize for the best costume.");
        Post ma3 = say(17, "18:00", elAsk, mateo, "@Lucinda Haworth sorry to chase, I just need to know about Saturday "
                + "so I can tell people.");
        say(17, "10:00", elEvents, lucinda, "League night tonight! Doors at 7.");
        say(17, "23:30", elEvents, lucinda, "League night results: Flip City 1st, Tilt Warriors 2nd, The Drainers "
                + "3rd. Thanks all!");
        Post roMa = re(19, "09:30", roisin, ma3, "Mateo, sorry you were left waiting! A table for 10 on Saturday is "
                + "booked for you, and no deposit for regulars. Happy birthday in advance.");
        re(19, "09:45", mateo, roMa, "Thank you Roisin!");
        re(19, "12:00", lucinda, ma2, "Sorry Mateo, I missed this in the league rush. Roisin's sorted you, see you "
                + "Saturday!");
        Post ko1 = say(20, "15:00", elScores, kofi, "Robotron's got a new stick top as well as the switch. @Teodor Vasko "
                + "let me know how it feels.");
        re(20, "18:00", teodor, ko1, "Feels brand new. 1.2 million last night.");
        Post an2 = say(20, "18:30", elScores, annabel, "Teodor's Robotron score is now on the chalkboard by the door.");
        re(20, "18:45", mateo, an2, "The chalkboard is sacred.");
        Post ma4 = say(21, "11:00", elAsk, mateo, "Best birthday, thank you all. The cake survived the 80s night too.");
        re(21, "11:20", kofi, ma4, "Happy birthday Mateo!");
    }

    /** D. A pub pinball league where nobody sells; Rufus asks for subscribers, Milo takes help and gives it back. */
    private void flipperAndPint() {
        // W25
        Post es1 = say(1, "20:00", fpChat, esther, "Summer season starts Tuesday! Eight teams, five pubs. Fixtures are "
                + "pinned.");
        Post baEs = re(1, "20:15", barnaby, es1, "Can't wait. Is the Crown's Twilight Zone fixed yet?");
        re(1, "20:30", esther, baEs, "The landlord says the ramp's been welded. We'll see.");
        joins(2, "12:00", fpChat, rufus);
        Post ru1 = say(2, "12:05", fpChat, rufus, "Hey all! I stream pinball on Twitch and just started a YouTube "
                + "channel, please follow and subscribe: tiltcam.example/rufus");
        say(2, "12:11", fpVenues, rufus, "Follow me for pinball tutorials, every sub helps! tiltcam.example/rufus");
        Post naRu = re(2, "12:40", nadia, ru1, "Welcome Rufus. Are you after a team, or just here for the chat?");
        Post ruNa = re(2, "18:00", rufus, naRu, "I'd love a team if anyone needs a sub!");
        re(2, "18:20", nadia, ruNa, "Talk to Esther, the Anchor's short.");
        say(2, "23:00", fpResults, esther, "Week 1, Tuesday: Anchor 9-7 Crown, Flip City 10-6 Ball Drainers. Standings "
                + "pinned.");
        say(2, "23:06", fpResults, esther, "Player of the night: Imogen with a four-ball shutout on Medieval Madness.");
        Post mi1 = say(5, "19:00", fpChat, milo, "First season for me. Any tips on not draining down the middle every "
                + "ball?");
        Post baMi = re(5, "19:20", barnaby, mi1, "Nudge! A small shove on the cabinet as the ball comes down the "
                + "middle. And don't flail, hold a flipper up.");
        re(5, "19:25", milo, baMi, "thanks");
        say(4, "23:30", fpResults, esther, "Thursday: Ball Drainers 8-8 Anchor, Crown 11-5 Flip City.");
        Post es2 = say(7, "11:00", fpChat, esther, "@Rufus Penhale the Anchor needs a sub on Tuesday, are you free?");
        re(7, "11:30", rufus, es2, "Yes! Thanks Esther.");
        // W26: Esther posts results and notices; Milo is helped on four days and says only thanks
        say(8, "10:00", fpResults, esther, "Fixture change: Thursday's Crown match moves to the Anchor, the Twilight "
                + "Zone's down again.");
        Post mi2 = say(8, "18:00", fpChat, milo, "How do you do a post pass? I keep losing the ball trying it.");
        Post naMi = re(8, "18:20", nadia, mi2, "Hold the flipper up, let the ball roll to the tip, then tap and catch "
                + "it on the other one. Practise on a slow table.");
        re(8, "18:30", milo, naMi, "thanks");
        say(9, "23:00", fpResults, esther, "Week 2, Tuesday: Anchor 10-6 Flip City (Rufus's debut, three wins!), "
                + "Crown 9-7 Ball Drainers.");
        Post es3 = say(9, "23:10", fpResults, esther, "Standings after four fixtures: Anchor 1st, Crown 2nd, Flip City "
                + "3rd, Ball Drainers 4th.");
        re(9, "23:15", rufus, es3, "What a night! Thanks for having me.");
        say(10, "09:00", fpResults, esther, "Captains: scorecards to me by Wednesday noon please, photos are fine.");
        Post mi3 = say(10, "12:00", fpChat, milo, "What's a good table to learn on? The Crown's are brutal.");
        say(10, "12:15", fpChat, lachlan, "The Anchor's Addams Family. Slow flippers, long shots, forgiving outlanes.");
        say(10, "12:30", fpChat, milo, "thanks");
        Post mi4 = say(11, "19:00", fpChat, milo, "What's a tilt warning exactly? Got one last night and panicked.");
        Post imMi = re(11, "19:10", imogen, mi4, "The machine telling you you've nudged too hard. Two more and you lose "
                + "the ball. Just ease off.");
        re(11, "19:20", milo, imMi, "thanks");
        Post na1 = say(11, "20:00", fpChat, nadia, "@Milo Brisk our team's short next Thursday, could you sub for Flip "
                + "City?");
        say(11, "23:00", fpResults, esther, "Week 2, Thursday, at the Anchor: Crown 8-8 Flip City, Ball Drainers 9-7 "
                + "Anchor.");
        Post naEs = say(11, "23:20", fpResults, nadia, "@Esther Kilbride was the Crown v Flip City draw played to a "
                + "tiebreak or does it stand?");
        re(11, "23:40", esther, naEs, "It stands, draws are a point each this season.");
        Post mi5 = say(12, "20:00", fpChat, milo, "How do people read the rules on a new machine? I never know what to "
                + "shoot for.");
        Post baMi2 = re(12, "20:30", barnaby, mi5, "Watch the display between balls, it flashes the lit modes. Shoot "
                + "whatever is flashing.");
        re(12, "20:35", milo, baMi2, "thanks");
        say(12, "22:00", fpVenues, esther, "Crown's Twilight Zone is fixed again as of tonight, the landlord says for "
                + "good this time.");
        say(13, "10:00", fpChat, esther, "Mid-season social at the Crown next Sunday, 3pm. Partners and kids welcome.");
        Post na2 = say(13, "14:00", fpChat, nadia, "Anyone free to sub for Flip City on Thursday? Still short.");
        Post laNa = re(13, "14:30", lachlan, na2, "I can't, sorry. Rufus?");
        Post ruLa = re(13, "14:40", rufus, laNa, "I'm in! Nadia, count me.");
        re(13, "14:45", nadia, ruLa, "Brilliant, thank you.");
        say(13, "18:00", fpResults, esther, "Sub list for Thursday updated in the pins.");
        say(14, "20:00", fpResults, esther, "Standings after six fixtures: Anchor 1st, Crown 2nd, Flip City 3rd, Ball "
                + "Drainers 4th. Tight at the top.");
        // W27: Milo answers Nadia and helps Imogen
        Post miNa = re(15, "10:00", milo, na1, "@Nadia Ferreira so sorry, I never answered you. I'm free any Thursday "
                + "now if Flip City still needs a sub. And thanks everyone for the tips last week, they're working.");
        re(15, "10:30", nadia, miNa, "Yes please! This Thursday then.");
        Post im1 = say(16, "11:00", fpVenues, imogen, "Which pub has the old Twilight Zone now? Someone said it moved.");
        say(16, "11:15", fpVenues, milo, "It's at the Lamb on Brook Street now, back room behind the pool table. Played "
                + "it Saturday, the ramp's fine.");
        re(16, "11:30", imogen, im1, "Ta Milo!");
        say(16, "23:00", fpResults, esther, "Week 3, Tuesday: Crown 10-6 Anchor, Ball Drainers 9-7 Flip City.");
        Post ru2 = say(17, "12:00", fpChat, rufus, "Streamed Tuesday's match at the Crown with the landlord's OK, the "
                + "Anchor lads loved seeing themselves.");
        re(17, "12:30", barnaby, ru2, "Watched some of it. Great camera angle on the flippers.");
        say(18, "23:00", fpResults, esther, "Thursday: Flip City 10-6 Anchor (Milo's first win, well done!), Crown 8-8 "
                + "Ball Drainers.").react("🎉", milo, nadia, imogen);
        Post mi6 = say(20, "12:00", fpChat, milo, "@Barnaby Quill reading the display between balls changed my game. 45 "
                + "million on Medieval Madness last night.");
        re(20, "12:20", barnaby, mi6, "Told you! Next: learn the castle multiball.");
        Post mi7 = say(20, "13:00", fpChat, milo, "@Rufus Penhale your Twilight Zone video helped with the ramp timing "
                + "too. What camera do you use?");
        re(20, "13:30", rufus, mi7, "A cheap action cam on a clamp, nothing fancy. Glad it helped!");
        say(21, "10:00", fpChat, esther, "Social at the Crown today, 3pm. See you there!");
    }

    /** E. Cartridge reproduction and homebrew makers; Thaddeus scatters then plugs, Oona's week about herself. */
    private void reproRow() {
        // W25
        Post oo1 = say(1, "09:00", rpMakers, oona, "Anyone burned the new 29F800 flash chips? Mine verify but won't boot "
                + "on a real Mega Drive.");
        Post siOo = re(1, "09:30", silas, oo1, "Needs the byte-swap setting on your programmer for those. Same thing bit "
                + "me in March.");
        re(1, "09:45", oona, siOo, "That was it! Thank you Silas.");
        Post ki1 = say(2, "14:00", rpAsk, kit, "Looking for a good repro box for Sparkster on the Mega Drive, my cart's "
                + "been loose for years. Anyone make them?");
        Post siKi = re(2, "14:20", silas, ki1, "I print clamshell inlays, Sparkster included: £12 posted. Or the "
                + "template's free if you've a decent printer. Want either?");
        Post kiSi = re(2, "14:40", kit, siKi, "The template please, I'll have a go myself!");
        re(2, "15:00", silas, kiSi, "Sent. Print it on 160gsm silk and score the spine before you fold.");
        Post th1 = say(3, "10:00", rpMakers, thaddeus, "Preorders are open for my Lost Levels homebrew cart, boxed with a "
                + "manual: thaddeuscarts.example/lost-levels");
        say(3, "10:08", rpAsk, thaddeus, "New homebrew out! Lost Levels for the NES, preorder here: "
                + "thaddeuscarts.example/lost-levels");
        say(3, "10:15", rpSale, thaddeus, "Lost Levels, NES homebrew, boxed with manual, £38. Preorder: "
                + "thaddeuscarts.example/lost-levels");
        Post juTh = re(3, "11:00", juniper, th1, "Congrats on the release. Who did your box art?");
        re(3, "11:30", thaddeus, juTh, "Drew it myself, took three months of evenings.");
        Post mo1 = say(4, "19:00", rpAsk, morwenna, "Where can I get a decent reproduction label for Earthbound? Mine's "
                + "half peeled off.");
        Post juMo = re(4, "19:20", juniper, mo1, "I make those: matte vinyl, colour-matched to the original, £6 posted. "
                + "Listed here: juniperlabels.example/earthbound");
        re(4, "19:30", morwenna, juMo, "Ordered, thank you!");
        Post ju1 = say(5, "16:00", rpMakers, juniper, "Has anyone found a label vinyl that doesn't fade on a sunny "
                + "shelf? Testing three on my windowsill.");
        re(5, "16:30", oona, ju1, "A UV laminate over the top saved mine. Curious what your test shows though.");
        Post al1 = say(6, "11:00", rpAsk, alastair, "Newbie question: what's the difference between a repro and a "
                + "homebrew?");
        say(6, "11:20", rpAsk, oona, "A repro is a copy of a game that was released back then; a homebrew is a new game "
                + "written for the old console. Homebrews are made with the author's blessing, repros often aren't.");
        re(6, "11:40", alastair, al1, "Got it, thanks Oona.");
        Post ki2 = say(7, "18:00", rpAsk, kit, "Sparkster box printed and folded. @Silas Okafor the template was spot "
                + "on.");
        re(7, "18:30", silas, ki2, "Looks the part! Nice folding.");
        // W26: Oona's own week; Silas's priced reply to Kit's shelf
        say(8, "10:00", rpMakers, oona, "Big week for me: my own cart PCB came back from the fab and I'm so pleased "
                + "with it. I routed every trace myself, my whole spring went into it.");
        say(8, "14:00", rpMakers, oona, "My first twenty boards are populated and all twenty of mine boot. I think my "
                + "layout is finally right. I'm going to sell them as my own blank carts.");
        Post oo2 = say(9, "11:00", rpMakers, oona, "I've put my boards in my shop and my build video got 2,000 views on my "
                + "channel overnight. I can't believe it.");
        Post siOo2 = re(9, "11:20", silas, oo2, "Nice one. What did you do about the battery holder?");
        re(9, "11:40", oona, siOo2, "I moved my battery to the back side, my own little trick, I'm really proud of it. "
                + "My save tests ran for a week without a loss.");
        Post ki3 = say(10, "15:00", rpAsk, kit, "Finally finished my boxed Mega Drive shelf: forty games, every one in a "
                + "proper box now. Thanks to this room.");
        Post siKi2 = re(10, "15:30", silas, ki3, "Looks great! If you want the last few done properly, I can print and "
                + "fold the five missing Japanese ones for £15 each, yours in a week.");
        re(10, "16:00", kit, siKi2, "Ha, tempting. Maybe for my birthday.");
        say(10, "16:30", rpMakers, oona, "My new shells arrived too, I ordered my own colour, and my labels match them. "
                + "I spent my whole weekend on my packaging.");
        Post oo3 = say(11, "09:00", rpMakers, oona, "Sold my first ten boards! My inbox is full. I've never had a week "
                + "like it. My partner says I'm insufferable.");
        re(11, "09:20", juniper, oo3, "Deserved!");
        Post al2 = say(11, "13:00", rpAsk, alastair, "Does any maker here do the fan-translated Mother 3 on a GBA cart?");
        say(11, "13:10", rpAsk, juniper, "Not me, but Silas did a run last year.");
        Post siAl = re(11, "13:40", silas, al2, "I do, with the translators' blessing: £28 posted, next batch in two "
                + "weeks.");
        re(11, "14:00", alastair, siAl, "Put me down for one please.");
        Post oo4 = say(12, "15:00", rpMakers, oona, "Next for me: my own SNES board. I've started my schematic and I'm "
                + "going to do my own mapper on a CPLD. I've wanted that since I started.");
        Post thOo = re(12, "15:30", thaddeus, oo4, "Ambitious. Good luck.");
        re(13, "10:00", oona, thOo, "Thanks! I've planned my timeline, my first prototype by August I hope, and my "
                + "launch in the autumn.");
        Post si1 = say(13, "17:00", rpMakers, silas, "Anyone know a printer who does short runs of glossy manuals? Mine "
                + "retired.");
        re(13, "17:20", juniper, si1, "Penny at Folded Press, folded.example. Did my last two, very fussy in a good "
                + "way.");
        // W27: Thaddeus's answer with a plug, then a restock post; Oona asks others
        Post al3 = say(15, "10:00", rpAsk, alastair, "Honest question before I buy anything else: is it legal to buy a "
                + "repro cart of a game I don't own?");
        Post thAl = re(15, "10:30", thaddeus, al3, "Grey area. Selling copies of commercial games without a licence "
                + "infringes copyright in the UK, and buying them isn't a great look either. Homebrew and fan "
                + "translations made with the author's permission are the safe side. (All my carts are licensed "
                + "homebrew btw: thaddeuscarts.example)");
        re(15, "10:50", alastair, thAl, "Really helpful, thanks.");
        Post oo5 = say(15, "12:00", rpMakers, oona, "@Juniper Straw how did your sun-fade test go? Which vinyl won?");
        Post juOo = re(15, "12:30", juniper, oo5, "The cast vinyl, by miles. The cheap calendered one went pink in "
                + "nine days.");
        Post ooJu = re(15, "12:45", oona, juOo, "That's really useful, thank you. Are you laminating as well, or is "
                + "the cast one enough on its own?");
        re(15, "13:00", juniper, ooJu, "On its own for shelves, laminate for anything handled a lot.");
        Post th2 = say(17, "12:00", rpMakers, thaddeus, "Restocked Lost Levels, 20 boxed copies left: "
                + "thaddeuscarts.example/lost-levels");
        re(17, "12:30", silas, th2, "Good going.");
        Post si2 = say(18, "09:00", rpMakers, silas, "Battery question for the board people: CR2032 in a holder or "
                + "soldered tabs? My customers keep asking which lasts.");
        Post ooSi = re(18, "09:20", oona, si2, "Holder, so your customers can swap it in twenty years. Tabs are tidier "
                + "but nobody will thank you in 2054. What board are you using?");
        re(18, "09:40", silas, ooSi, "Holders it is. My own, a copy of the Sega 171 layout.");
        Post mo2 = say(19, "14:00", rpAsk, morwenna, "Earthbound label arrived and it's perfect, @Juniper Straw. I've "
                + "told my collector group about your labels.");
        re(19, "14:30", juniper, mo2, "That's so kind, thank you Morwenna!");
        Post ki4 = say(20, "18:00", rpAsk, kit, "Which homebrew for the Mega Drive would you recommend for a "
                + "six-year-old?");
        Post ooKi = re(20, "18:20", oona, ki4, "Try a platformer with gentle difficulty; the free demos on the makers' "
                + "pages let you check first. What does she like playing now?");
        re(20, "18:40", kit, ooKi, "Anything with animals. Thanks, we'll try the demos.");
    }

    /** F. Operators who place machines in pubs; Stellan posts placements to nobody, Bronagh's VAT week, Pascale. */
    private void routeSheet() {
        // W25
        Post br1 = say(1, "09:30", rsOperators, bronagh, "Morning. Anyone had the council ask for a gaming machine "
                + "permit for a pinball? Mine is, and I thought pinballs were outside all that.");
        Post geBr = re(1, "09:50", gervase, br1, "They are: no cash prize, no permit. Send them the guidance on skill "
                + "machines without prizes and they'll drop it.");
        re(1, "10:00", bronagh, geBr, "Thanks Gervase, sending it now.");
        Post cl1 = say(2, "13:00", rsLandlords, clifford, "Just took over the Wheatsheaf. How does it work having a "
                + "pinball or an arcade machine put in? Who pays for what?");
        say(2, "13:20", rsLandlords, bronagh, "Usually the operator owns and maintains the machine, you give it floor "
                + "space and power, and the cash box is split, 50/50 is common. The operator collects and fixes.");
        say(2, "13:35", rsLandlords, gervase, "And ask how fast they come out to faults. A machine that's broken for a "
                + "week earns neither of you anything.");
        Post clBr = say(2, "14:00", rsLandlords, clifford, "That's clear, thanks both. @Bronagh Keel would you put "
                + "something in for me?");
        Post brCl = re(2, "14:20", bronagh, clBr, "Gladly. I'd suggest a pinball by the darts and a Street Fighter cab: "
                + "50/50, I service monthly and answer faults within 48 hours. Could I pop in Thursday?");
        re(2, "14:30", clifford, brCl, "Thursday's good.");
        Post dy1 = say(3, "16:00", rsLandlords, dympna, "@Gervase Holloway the Addams Family's left flipper is weak "
                + "again, the kids are complaining. When can you come?");
        Post geDy = re(3, "16:40", gervase, dy1, "Tomorrow morning, Dympna, I'll bring a new coil stop.");
        re(3, "16:45", dympna, geDy, "Star.");
        Post pa1 = say(5, "10:00", rsOperators, pascale, "New operator here, just placed my first two machines. How "
                + "often do you all collect?");
        say(5, "10:20", rsOperators, stellan, "Weekly for busy pubs, fortnightly otherwise. Never let a box get full, "
                + "they jam.");
        Post brPa = re(5, "10:35", bronagh, pa1, "And count it with the landlord there, it saves arguments later.");
        re(5, "10:40", pascale, brPa, "Good tip, thank you both.");
        // W26: Stellan posts to nobody; Bronagh spends the week on the VAT change with fellow operators
        say(8, "09:00", rsLandlords, stellan, "Available for placement from Monday: Medieval Madness and Attack from "
                + "Mars. 60/40 to the pub, DM me.");
        Post brV1 = say(8, "10:00", rsOperators, bronagh, "Have you seen the new guidance on VAT for machine takings? "
                + "From August it's on the gross box, not just our share.");
        Post geV1 = re(8, "10:20", gervase, brV1, "Saw it. Does that hit the landlord's half too, or not?");
        re(8, "10:40", bronagh, geV1, "On paper the landlord's half is theirs, but the box counts as our supply. I've "
                + "asked my accountant.");
        say(8, "15:00", rsOperators, stellan, "Collected the Gull's box this morning, best week since Easter.");
        say(9, "09:00", rsLandlords, stellan, "Still two machines free for placement in the north of town. DM me.");
        Post he1 = say(9, "12:00", rsLandlords, hester, "Hi, I run the student bar on Tanner Street. Does anyone place "
                + "machines that can take a bashing? Our last one didn't survive freshers' week. What would you "
                + "suggest?");
        Post brV2 = say(9, "14:00", rsOperators, bronagh, "Accountant says it's the operator's supply, so we'd pay VAT on "
                + "the whole box. Madness.");
        Post paV = re(9, "14:20", pascale, brV2, "So do we change the splits?");
        re(9, "14:40", bronagh, paV, "I think 55/45 our way keeps the landlord whole after VAT. Box of £200: VAT £33.33 "
                + "leaves £166.67, our 55% is £91.67, the landlord gets £75, near what they kept before.");
        say(9, "17:00", rsOperators, stellan, "New Street Fighter 6 cab arrived, going into the Bell on Friday.");
        say(10, "09:00", rsLandlords, stellan, "Any pubs want a jukebox? Free install, 50/50 split, DM me.");
        Post geV2 = re(10, "11:00", gervase, brV2, "I'd rather not touch splits mid-contract.");
        re(10, "11:20", bronagh, geV2, "Fair, new contracts only then.");
        say(10, "16:00", rsOperators, stellan, "Van's through its MOT.");
        Post brV3 = say(10, "19:00", rsOperators, bronagh, "Drafted a letter to landlords explaining the VAT change. "
                + "@Pascale Verney @Gervase Holloway could you two read it before it goes?");
        Post paV2 = re(10, "19:30", pascale, brV3, "Clear. Maybe lose the line about HMRC being clueless.");
        re(10, "19:40", bronagh, paV2, "Ha, fair.");
        Post geHe = re(11, "10:00", gervase, he1, "Hester, for a student bar I'd go for a steel cabinet with a steel coin "
                + "door and no joystick tops that unscrew. A Street Fighter in a steel cab survives anything. I can "
                + "bring one round to look at if you like.");
        re(11, "10:20", hester, geHe, "Yes please, Friday?");
        say(11, "09:00", rsLandlords, stellan, "Pinball for placement: Addams Family, recently shopped. DM me.");
        say(11, "15:00", rsKit, stellan, "For sale: two coin mechs, £40 each.");
        Post geV3 = re(11, "16:00", gervase, brV3, "Read it. Good letter. I'd add a line on when the new split starts.");
        re(11, "16:20", bronagh, geV3, "Added, thank you.");
        say(12, "09:00", rsLandlords, stellan, "Last call this week: machines free for placement. DM me.");
        Post brV4 = say(12, "09:30", rsOperators, bronagh, "Letter's out to my pubs.");
        re(12, "09:40", gervase, brV4, "Mine go Monday.");
        Post st2 = say(12, "14:00", rsOperators, stellan, "The Bell's SF6 took £210 in three days.");
        Post geSt = re(12, "14:30", gervase, st2, "Nice takings.");
        re(12, "14:40", stellan, geSt, "Cheers.");
        Post cl2 = say(13, "08:30", rsLandlords, clifford, "@Bronagh Keel the pinball's a hit, there's a queue most "
                + "nights.");
        re(13, "08:50", bronagh, cl2, "Brilliant, Clifford!");
        say(13, "09:00", rsLandlords, stellan, "Ready for the summer holidays? Arcade machines for placement, 60/40, DM "
                + "me.");
        Post paV3 = say(13, "12:00", rsOperators, pascale, "@Bronagh Keel does the 55/45 still work for a pub that's "
                + "on 60/40 to them now?");
        re(13, "12:30", bronagh, paV3, "Roughly 65/35 our way to keep them whole. Send me the figures and I'll run "
                + "them.");
        // W27: Pascale's priced reply to Hester's news
        Post he2 = say(15, "09:00", rsLandlords, hester, "The steel Street Fighter cab survived the end-of-term party! "
                + "Thanks Gervase.");
        re(15, "09:20", gervase, he2, "Told you.");
        Post paHe = re(15, "09:40", pascale, he2, "Glad it worked! If you've room for a second one, I've a Mortal Kombat "
                + "II in a steel cab I could put in on a 50/50 split, no cost to you, DM me.");
        re(15, "10:00", hester, paHe, "Maybe next term, thanks.");
        Post cl3 = say(17, "10:00", rsLandlords, clifford, "How do we stop people leaning on the pinball glass? "
                + "We've had a crack already.");
        say(17, "10:20", rsLandlords, stellan, "Ask your operator for a lockdown bar and a glass brace, and put the "
                + "machine where nobody can sit on the end of it.");
        re(17, "10:40", clifford, cl3, "Thanks Stellan, asking Bronagh.");
        Post dy3 = say(19, "16:00", rsLandlords, dympna, "@Gervase Holloway any chance of swapping the Addams for "
                + "something new over the summer? The regulars know every shot.");
        Post geDy2 = re(19, "16:30", gervase, dy3, "I've a Godzilla coming in August, you can have first go at it.");
        re(19, "16:40", dympna, geDy2, "Deal!");
    }

    /** G. A retro game shop's own server; Hamish's price-list link three times, Cressida's DM to Ngozi. */
    private void pixelAtticGames() {
        // W25
        say(1, "10:00", paNews, hamish, "Fresh in: a boxed PC Engine Duo-R and thirty HuCards. On the shelves from "
                + "Wednesday.").react("😍", cressida, jago);
        Post ba1 = say(1, "13:00", paAsk, bartholomew, "Do you still have the boxed Sega Saturn that was in the window?");
        Post ngBa = re(1, "13:20", ngozi, ba1, "We do, £140 with two pads. Want us to hold it?");
        re(1, "13:25", bartholomew, ngBa, "Yes please, till Saturday.");
        Post ro1 = say(2, "16:00", paTrade, rosalind, "Looking to trade in a GameCube with eight games, all cased. "
                + "Roughly what would you give?");
        Post ngRo = re(2, "16:40", ngozi, ro1, "Depends on the titles, send the list and I'll value it. Ballpark £60-90 "
                + "cash, or a third more in credit.");
        Post roNg = re(2, "17:00", rosalind, ngRo, "Wind Waker, Melee, Pikmin, Metroid Prime, Mario Sunshine, Luigi's "
                + "Mansion, Timesplitters 2, Baten Kaitos.");
        Post ngRo2 = re(2, "17:30", ngozi, roNg, "£105 cash or £140 credit. Melee and Wind Waker are carrying it.");
        re(2, "17:40", rosalind, ngRo2, "Credit please, I'll bring it Thursday.");
        Post ja1 = say(3, "11:00", paChat, jago, "Anyone else collecting Japanese Famicom carts? I'm at sixty and no idea "
                + "where to stop.");
        Post crJa = re(3, "11:20", cressida, ja1, "Never stop. I'm at 140. Get a Disk System and you're truly doomed.");
        re(3, "11:30", jago, crJa, "Ha, don't tempt me.");
        say(4, "18:00", paDm, cressida, "Hi Ngozi, could you keep an eye out for a boxed Zelda II with the map? I'd go "
                + "up to £70.");
        say(4, "18:40", paDm, ngozi, "Will do, Cressida! We had one last month, they come round. I'll message you "
                + "first.");
        Post ja2 = say(5, "12:00", paAsk, jago, "My Famicom's RF picture is all snow. Can you fix those?");
        Post feJa = re(5, "12:30", felix, ja2, "Yes: usually the RF modulator, or we can do a composite mod for £30, "
                + "which is far sharper anyway.");
        re(5, "12:45", jago, feJa, "Composite mod please, I'll drop it in Saturday.");
        Post ro2 = say(6, "15:00", paChat, rosalind, "Shelf rebuilt for the GameCube credit haul: a boxed Skies of "
                + "Arcadia and Eternal Darkness!");
        re(6, "15:20", bartholomew, ro2, "Eternal Darkness is a treat. Play it at night.");
        say(7, "09:00", paNews, hamish, "Today: retro swap meet in the shop, 10 till 4. Bring your spares.");
        // W26: the trade-in price list three times
        say(8, "10:00", paNews, hamish, "Double trade-in credit all this week on everything Nintendo! Prices here: "
                + "pixelattic.example/trade-in-prices");
        joins(8, "11:00", paAsk, ludo);
        Post lu1 = say(8, "11:05", paAsk, ludo, "Hi, first time here. What would you give for a boxed N64 with ten "
                + "games?");
        Post ngLu = re(8, "11:40", ngozi, lu1, "Welcome Ludo! Boxed N64s go for £70-110 depending on the box, plus "
                + "£5-40 a game, and it's double credit on Nintendo this week. Post a list in #trade-ins and I'll value "
                + "it properly.");
        re(8, "12:00", ludo, ngLu, "Thanks, list coming.");
        Post lu2 = say(9, "10:00", paTrade, ludo, "Boxed N64 (box a bit crushed), Mario 64, Mario Kart, GoldenEye, "
                + "Banjo, Zelda OoT, Star Fox, Wave Race, F-Zero X, Diddy Kong, Pilotwings.");
        Post ngLu2 = re(9, "10:45", ngozi, lu2, "£230 cash or £460 credit this week. GoldenEye and Banjo boxed would "
                + "be more, but loose is fine.");
        re(9, "11:00", ludo, ngLu2, "Credit, definitely. See you Saturday.");
        Post ja3 = say(9, "15:00", paAsk, jago, "Composite mod is lovely. Do you sell the cables for it?");
        Post feJa2 = re(9, "15:20", felix, ja3, "Yes, £8, at the counter.");
        re(9, "15:30", jago, feJa2, "thanks");
        say(10, "10:00", paNews, hamish, "Updated the trade-in prices for Game Boy and GBA: "
                + "pixelattic.example/trade-in-prices");
        Post ja4 = say(11, "14:00", paAsk, jago, "Is a flash cart worth it for the Famicom?");
        Post ngJa = re(11, "14:30", ngozi, ja4, "If you want to try games before hunting the carts, yes. Lots of "
                + "collectors use one as a tasting menu.");
        re(11, "14:40", jago, ngJa, "thanks");
        say(12, "10:00", paNews, hamish, "Last three days of double trade-in credit on Nintendo: "
                + "pixelattic.example/trade-in-prices");
        Post ja5 = say(12, "16:00", paAsk, jago, "Do you ever get Disk System drive belts in?");
        Post feJa3 = re(12, "16:20", felix, ja5, "We order them in, £6, ready Friday.");
        re(12, "16:30", jago, feJa3, "thanks");
        Post cr1 = say(13, "12:00", paChat, cressida, "@Ngozi Ebberly was that a boxed Zelda II I saw in the window?!");
        Post ngCr = re(13, "12:40", ngozi, cr1, "It was! Came in this morning. Held for you, map and all, £65.");
        say(13, "13:00", paDm, cressida, "Thank you for remembering me!! Coming in tomorrow.");
        say(13, "13:10", paDm, ngozi, "Of course! See you tomorrow.");
        re(13, "13:05", bartholomew, ngCr, "Jealous.");
        // W27
        Post ro3 = say(15, "11:00", paAsk, rosalind, "@Felix Arundel can I use my trade-in credit on a repair?");
        re(15, "11:30", felix, ro3, "Yes, credit works on anything in the shop, repairs included.");
        say(16, "19:00", paChat, bartholomew, "Saturn's hooked up at last. Panzer Dragoon Saga was worth every penny.");
        say(17, "10:00", paNews, hamish, "New in: fifty Mega Drive carts from one collection, most boxed. Shelves from "
                + "Thursday.");
        Post ja6 = say(17, "15:00", paAsk, jago, "Disk System's running! Anyone know a good list of which disks are "
                + "worth buying?");
        say(17, "15:30", paAsk, felix, "The collectors' wiki has a good starter list; the Zelda and Metroid disks are "
                + "the classics, and most puzzle ones are cheap.");
        re(17, "15:40", jago, ja6, "Perfect, thanks Felix.");
        Post lu3 = say(18, "18:00", paChat, ludo, "Bought a Famicom with my credit. Which games are easy to start with "
                + "if I can't read Japanese?");
        Post jaLu = re(18, "18:30", jago, lu3, "Action games are fine: Contra, Mario 3, Gradius. Avoid RPGs until "
                + "you've got a translation guide. Happy to lend you my list.");
        re(18, "18:45", ludo, jaLu, "That'd be great, thanks Jago!");
        say(19, "20:00", paDm, cressida, "Zelda II is on the shelf and looks amazing. My sister wants the same hunt for a "
                + "boxed Mother cart, I told her you're the ones to ask.");
        say(19, "20:30", paDm, ngozi, "That's lovely, thank you Cressida! Tell her to message me, I'll start looking.");
        Post ba2 = say(20, "13:00", paAsk, bartholomew, "Do you do controller repairs for Saturn pads? D-pad's mushy.");
        Post feBa = re(20, "13:20", felix, ba2, "Yes, new membranes, £10 a pad. Bring them in.");
        re(20, "13:30", bartholomew, feBa, "Will do Saturday.");
    }

    /** H. Arcade and pinball event-hire firms; Rhiannon's price page when asked, Augusta's award vote among fellows. */
    private void coinOpHire() {
        // W25
        Post au1 = say(1, "11:00", chLounge, augusta, "Flight cases for pinballs: has anyone found one that fits a "
                + "widebody without taking the legs off?");
        Post deAu = re(1, "11:30", desmond, au1, "Nobody makes one that I know of. We strap a widebody to a piano dolly "
                + "and blanket it, legs off.");
        re(1, "11:40", augusta, deAu, "Piano dolly, of course. Thanks Desmond.");
        Post ph1 = say(2, "10:00", chEnquiries, philippa, "Corporate summer party, 200 guests, 24 August in London. "
                + "Looking for 6-8 arcade machines and two pinballs with an attendant. Who's free, and roughly what "
                + "does it cost?");
        Post auPh = re(2, "10:30", augusta, ph1, "We're free! Eight cabs and two pins with an attendant for five hours "
                + "in London comes to about £1,850 including delivery. Happy to send a games list.");
        Post dePh = re(2, "10:45", desmond, ph1, "Free that day too. A similar bundle from us is £1,700, and the "
                + "attract screens can carry your company logo.");
        re(2, "11:15", philippa, auPh, "Thanks both, please send the lists.");
        dePh.react("👍", philippa);
        Post gr1 = say(3, "15:00", chEnquiries, greta, "I'm on the PTA at Fernhill Primary. Does anyone have a page with "
                + "prices I could show the committee? Summer fair on 8 July.");
        Post rhGr = re(3, "15:20", rhiannon, gr1, "Mine's here, school prices are on the second half: "
                + "rhiannonarcade.example/prices. For a fair I'd suggest four sit-down cabs at kid height.");
        re(3, "15:40", greta, rhGr, "Perfect, thank you!");
        Post zu1 = say(4, "12:00", chEnquiries, zubair, "Getting married on 29 July in Bath! Could anyone do four arcade "
                + "machines for the evening do? What would it cost?");
        Post deZu = re(4, "12:30", desmond, zu1, "Congratulations! Four cabs for the evening in Bath is £650, with set-up "
                + "and collection at midnight.");
        re(4, "12:45", linus, zu1, "Also free: £600, and I can put a high-score screen up with both your names on it.");
        Post zuDe = re(4, "18:00", zubair, deZu, "Desmond, my fiancée saw your Bath wedding photos. Can we book you?");
        re(4, "18:20", desmond, zuDe, "Yes! Sending the contract tonight.");
        Post li1 = say(5, "10:00", chLounge, linus, "New to hire: would anyone share a contract template? Mine's a mess.");
        Post rhLi = re(5, "10:30", rhiannon, li1, "Sure, sent you mine. Change the cancellation clause to suit you.");
        re(5, "10:45", linus, rhLi, "Thank you, that's a huge help.");
        say(6, "14:00", chKit, linus, "For sale: Luton van with tail lift, 2029, £6,500. Moving up to a bigger one.");
        Post de1 = say(7, "10:00", chLounge, desmond, "Anyone done a festival? Power's my worry.");
        Post auDe = re(7, "10:30", augusta, de1, "Bring your own generator and a spare. Festival power drops every "
                + "time the bands soundcheck.");
        re(7, "10:40", desmond, auDe, "Noted, thank you.");
        // W26
        Post de2 = say(8, "09:30", chLounge, desmond, "@Augusta Plimsoll what size generator for ten cabs?");
        re(8, "10:00", augusta, de2, "A 10kVA does ten cabs and two pins with room to spare.");
        joins(9, "09:00", chEnquiries, ambrose);
        Post am1 = say(9, "09:30", chEnquiries, ambrose, "Running a three-day family festival in Devon, 18-20 August. "
                + "Need ten machines in a tent, 10am to 8pm each day. Can anyone quote?");
        Post auAm = re(9, "10:00", augusta, am1, "That's us! Ten machines, three days, two attendants: £3,900 plus "
                + "travel. We did two festivals last summer.");
        re(9, "10:20", desmond, am1, "Could do it too, £3,600, but I'd have no attendant on the Sunday.");
        Post amAu = re(10, "09:00", ambrose, auAm, "Augusta, could you send a kit list and a tent plan?");
        re(10, "09:20", augusta, amAu, "Sent by email just now.");
        Post au2 = say(11, "10:00", chLounge, augusta, "Friends, we're shortlisted for the Event Supplier Awards, best "
                + "entertainment hire. If you've a minute, a vote would mean the world: "
                + "eventawards.example/vote/plimsoll");
        re(11, "10:20", desmond, au2, "Voted. Good luck!");
        re(11, "10:40", rhiannon, au2, "Done!");
        re(11, "11:00", linus, au2, "Voted, fingers crossed.");
        Post ph2 = say(12, "14:00", chEnquiries, philippa, "We've gone with Augusta for the summer party, thanks Desmond "
                + "for the quote too.");
        re(12, "14:30", desmond, ph2, "No problem at all, have a great party.");
        // W27
        Post zu2 = say(15, "10:00", chEnquiries, zubair, "@Desmond Yardley my sister's getting married in October and "
                + "I've sent her your way. She'll be in touch!");
        re(15, "10:30", desmond, zu2, "Thank you Zubair, that's very kind. I'll look after her. Not long to your "
                + "day now!");
        Post gr2 = say(16, "09:00", chEnquiries, greta, "Fair's on Saturday! @Rhiannon Teague what time will you arrive?");
        Post rhGr2 = re(16, "09:30", rhiannon, gr2, "8am, set up by 10. Where do you want us, hall or field?");
        re(16, "09:45", greta, rhGr2, "Hall, in case of rain.");
        Post rh1 = say(17, "14:00", chLounge, rhiannon, "Tips for kid-proofing joysticks? Saturday's a primary school.");
        Post liRh = re(17, "14:20", linus, rh1, "Bat tops, not balls, and tape the screws. Kids unscrew ball tops in "
                + "seconds.");
        re(17, "14:30", rhiannon, liRh, "Bat tops, good shout. Thanks Linus.");
        say(18, "16:00", chEnquiries, ambrose, "Booked Augusta for the festival. Thanks everyone for the quotes.");
        Post gr3 = say(21, "10:00", chEnquiries, greta, "The fair raised £3,200 and the arcade corner was the busiest "
                + "stall. Thank you @Rhiannon Teague!");
        re(21, "10:20", rhiannon, gr3, "So glad! The kids were brilliant.");
        Post au3 = say(20, "18:00", chLounge, augusta, "We won the award! Thank you all for the votes.");
        re(20, "18:10", desmond, au3, "Well deserved.");
        re(20, "18:30", linus, au3, "Congratulations!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes143Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 143");
    }
}
