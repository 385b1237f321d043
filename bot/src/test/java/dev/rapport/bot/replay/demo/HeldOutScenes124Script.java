package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 124 (sealed): eight communities of wool, knitting and the fibre trades, of kinds no earlier round
 * used (sheep shearing contractors and wool handlers, Shear Graft, with a room where flock owners book shearers, a
 * kit-for-sale room, a newcomer who pitches a smallholder he has just met and a comb-grinding seller among them; a
 * small woollen mill's own server, Cloudwater Mill, with its Staff, its farmer and knitter Customers and a new
 * farmer's DM for a processing price; knitting pattern designers, Cast On Collective, with a test-knit calls room, a
 * pattern-help room where knitters ask and a tech editor among them; a yarn shop's own server, The Wool Basket, with
 * its Staff and Customers and an indie dyer among the customers; charity knitters making hats for a neonatal unit,
 * Tiny Stitches Linton, where nobody sells; domestic machine knitters, Punchcard &amp; Carriage, with a machine
 * repairer and a punchcard seller among them and a learner who improves; hand-knitwear makers who take commissions,
 * Needle &amp; Yoke, with a commissions room where buyers ask and a gansey knitter who spends a week reconstructing
 * an old museum gansey with fellow makers while a returning customer and a new buyer wait for her; freelance knitting
 * and crochet tutors, Stitch Tutors Network, with a room where venues ask, a class-listings room and a WI
 * secretary's DM to a tutor), over three ISO weeks (2033-W01 to W03), written and labelled by writer124 (session 59)
 * before any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-124.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes124Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2033, 1, 3);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2033, 1, 24, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-124";
    private static final int BASE = 97200;

    // --- A. sheep shearing contractors and wool handlers ---
    private final String shearGraft = cast.guild(1521);
    private final Channel shShed = cast.channel(shearGraft, "Shear Graft", "shearers-shed",
            "shearers and wool handlers among ourselves: gear, runs, travel, the season and the odd sore back",
            "sh-shearers-shed.json");
    private final Channel shBook = cast.channel(shearGraft, "Shear Graft", "book-a-shearer",
            "flock owners ask about shearing and crutching and post the jobs they need doing; shearers reply",
            "sh-book-a-shearer.json");
    private final Channel shKit = cast.channel(shearGraft, "Shear Graft", "kit-for-sale",
            "handpieces, combs, cutters, boards and grinders for sale or wanted", "sh-kit-for-sale.json");
    private final Persona aled = cast.person("aled.prosser", "Aled Prosser");
    private final Persona magnus = cast.person("magnus.rutter", "Magnus Rutter");
    private final Persona ewan = cast.person("ewan.lathbury", "Ewan Lathbury");
    private final Persona tamsin = cast.person("tamsin.kerrow", "Tamsin Kerrow");
    private final Persona declan = cast.person("declan.fairweather", "Declan Fairweather");
    private final Persona gwladys = cast.person("gwladys.penberthy", "Gwladys Penberthy");
    private final Persona fenwick = cast.person("fenwick.orde", "Fenwick Orde");
    private final Persona priya = cast.person("priya.lomax", "Priya Lomax");

    // --- B. a small woollen mill's own server ---
    private final String cloudwater = cast.guild(1522);
    private final Role millStaff = cast.role("Staff", "#2e7d6b", 2);
    private final Role millCustomer = cast.role("Customer", "#b08a3e", 1);
    private final Channel clNews = cast.channel(cloudwater, "Cloudwater Mill", "mill-news",
            "news from the mill: stock, colourways, open days and the commission queue", "cl-mill-news.json");
    private final Channel clAsk = cast.channel(cloudwater, "Cloudwater Mill", "ask-the-mill",
            "questions about our yarn, sending us your fleece, and your commission batches", "cl-ask-the-mill.json");
    private final Channel clKnits = cast.channel(cloudwater, "Cloudwater Mill", "show-your-knits",
            "what you made with Cloudwater yarn", "cl-show-your-knits.json");
    private final Persona rhiannon = cast.person("rhiannon.gale", "Rhiannon Gale", millStaff);
    private final Persona bram = cast.person("bram.oakes", "Bram Oakes", millStaff);
    private final Persona hester = cast.person("hester.quayle", "Hester Quayle", millCustomer);
    private final Persona ossian = cast.person("ossian.blyth", "Ossian Blyth", millCustomer);
    private final Persona clemency = cast.person("clemency.rowe", "Clemency Rowe", millCustomer);
    private final Persona thaddeus = cast.person("thaddeus.quinlan", "Thaddeus Quinlan", millCustomer);
    private final Persona joaquin = cast.person("joaquin.ferris", "Joaquin Ferris");
    private final Channel clDm = cast.dm(joaquin, "cl-dm-joaquin-ferris.json");

    // --- C. knitting pattern designers ---
    private final String castOn = cast.guild(1523);
    private final Channel coLounge = cast.channel(castOn, "Cast On Collective", "designers-lounge",
            "pattern designers among ourselves: grading, charts, pricing, launches and the odd rant",
            "co-designers-lounge.json");
    private final Channel coCalls = cast.channel(castOn, "Cast On Collective", "test-knit-calls",
            "designers post test-knit calls here; test knitters sign up in the thread", "co-test-knit-calls.json");
    private final Channel coHelp = cast.channel(castOn, "Cast On Collective", "pattern-help",
            "knitters ask about our patterns: errata, sizing, charts; designers answer", "co-pattern-help.json");
    private final Persona marisol = cast.person("marisol.ibarra", "Marisol Ibarra");
    private final Persona ottoline = cast.person("ottoline.frayne", "Ottoline Frayne");
    private final Persona bastian = cast.person("bastian.kell", "Bastian Kell");
    private final Persona wendeline = cast.person("wendeline.marsh", "Wendeline Marsh");
    private final Persona jemima = cast.person("jemima.stroud", "Jemima Stroud");
    private final Persona caspian = cast.person("caspian.nolte", "Caspian Nolte");
    private final Persona elowen = cast.person("elowen.tate", "Elowen Tate");

    // --- D. a yarn shop's own server ---
    private final String woolBasket = cast.guild(1524);
    private final Role shopStaff = cast.role("Staff", "#8e3b5c", 2);
    private final Role shopCustomer = cast.role("Customer", "#5c6b8e", 1);
    private final Channel wbNews = cast.channel(woolBasket, "The Wool Basket", "shop-news",
            "deliveries, classes, knit night and opening hours from the shop", "wb-shop-news.json");
    private final Channel wbAsk = cast.channel(woolBasket, "The Wool Basket", "ask-the-shop",
            "stock, dye lots, orders put aside, classes: ask us", "wb-ask-the-shop.json");
    private final Channel wbNight = cast.channel(woolBasket, "The Wool Basket", "knit-night",
            "Thursday knit night and everything in between: chat, projects, disasters", "wb-knit-night.json");
    private final Persona nell = cast.person("nell.hartigan", "Nell Hartigan", shopStaff);
    private final Persona piers = cast.person("piers.allonby", "Piers Allonby", shopStaff);
    private final Persona loveday = cast.person("loveday.penrose", "Loveday Penrose", shopCustomer);
    private final Persona aurelio = cast.person("aurelio.marchetti", "Aurelio Marchetti", shopCustomer);
    private final Persona sunniva = cast.person("sunniva.holt", "Sunniva Holt", shopCustomer);
    private final Persona greer = cast.person("greer.maddox", "Greer Maddox", shopCustomer);
    private final Persona odette = cast.person("odette.vane", "Odette Vane");

    // --- E. charity knitters for a neonatal unit ---
    private final String tinyStitches = cast.guild(1525);
    private final Channel tsNatter = cast.channel(tinyStitches, "Tiny Stitches Linton", "natter",
            "chat for our knitters and crocheters", "ts-natter.json");
    private final Channel tsHelp = cast.channel(tinyStitches, "Tiny Stitches Linton", "patterns-and-help",
            "the unit's approved patterns, and help with them", "ts-patterns-and-help.json");
    private final Channel tsDrop = cast.channel(tinyStitches, "Tiny Stitches Linton", "drop-offs",
            "drop-off days at the library and what the neonatal unit needs next", "ts-drop-offs.json");
    private final Persona margery = cast.person("margery.pilling", "Margery Pilling");
    private final Persona hollis = cast.person("hollis.crane", "Hollis Crane");
    private final Persona beatrix = cast.person("beatrix.oyelaran", "Beatrix Oyelaran");
    private final Persona junie = cast.person("junie.castellan", "Junie Castellan");
    private final Persona tansy = cast.person("tansy.mulgrew", "Tansy Mulgrew");
    private final Persona kezia = cast.person("kezia.dorran", "Kezia Dorran");

    // --- F. domestic machine knitters ---
    private final String punchcard = cast.guild(1526);
    private final Channel pcHelp = cast.channel(punchcard, "Punchcard & Carriage", "help-desk",
            "stuck carriages, dropped stitches, tension dials: ask here", "pc-help-desk.json");
    private final Channel pcNatter = cast.channel(punchcard, "Punchcard & Carriage", "natter",
            "machine knitters' chat", "pc-natter.json");
    private final Channel pcSale = cast.channel(punchcard, "Punchcard & Carriage", "machines-for-sale",
            "machines, ribbers, punchcards and parts for sale or wanted", "pc-machines-for-sale.json");
    private final Persona hilda = cast.person("hilda.brackley", "Hilda Brackley");
    private final Persona cuthbert = cast.person("cuthbert.norcross", "Cuthbert Norcross");
    private final Persona ismay = cast.person("ismay.pell", "Ismay Pell");
    private final Persona rowena = cast.person("rowena.stott", "Rowena Stott");
    private final Persona lorcan = cast.person("lorcan.ashe", "Lorcan Ashe");
    private final Persona maisie = cast.person("maisie.goodwin", "Maisie Goodwin");
    private final Persona tobiah = cast.person("tobiah.renshaw", "Tobiah Renshaw");

    // --- G. hand-knitwear makers who take commissions ---
    private final String needleYoke = cast.guild(1527);
    private final Channel nyRoom = cast.channel(needleYoke, "Needle & Yoke", "makers-room",
            "hand-knitwear makers among ourselves: yarn, patterns, pricing, hands and backs",
            "ny-makers-room.json");
    private final Channel nyCommissions = cast.channel(needleYoke, "Needle & Yoke", "commissions",
            "buyers: ask for a knitter or post what you'd like knitted; makers reply", "ny-commissions.json");
    private final Channel nyFinished = cast.channel(needleYoke, "Needle & Yoke", "finished-objects",
            "show what came off the needles", "ny-finished-objects.json");
    private final Persona morwenna = cast.person("morwenna.trask", "Morwenna Trask");
    private final Persona cormac = cast.person("cormac.delaney", "Cormac Delaney");
    private final Persona ffion = cast.person("ffion.madoc", "Ffion Madoc");
    private final Persona isolde = cast.person("isolde.brannagh", "Isolde Brannagh");
    private final Persona alasdair = cast.person("alasdair.birkett", "Alasdair Birkett");
    private final Persona bronagh = cast.person("bronagh.quill", "Bronagh Quill");
    private final Persona lucinda = cast.person("lucinda.farrow", "Lucinda Farrow");

    // --- H. freelance knitting and crochet tutors ---
    private final String tutors = cast.guild(1528);
    private final Channel stLounge = cast.channel(tutors, "Stitch Tutors Network", "tutors-lounge",
            "tutors among ourselves: lesson plans, kits, fees, venues and nerves", "st-tutors-lounge.json");
    private final Channel stVenues = cast.channel(tutors, "Stitch Tutors Network", "venues-ask",
            "yarn shops, festivals, WI groups and libraries ask for tutors and classes; tutors reply",
            "st-venues-ask.json");
    private final Channel stListings = cast.channel(tutors, "Stitch Tutors Network", "class-listings",
            "tutors: post your class list and what you teach", "st-class-listings.json");
    private final Persona saffron = cast.person("saffron.achebe", "Saffron Achebe");
    private final Persona dunstan = cast.person("dunstan.pryce", "Dunstan Pryce");
    private final Persona marigold = cast.person("marigold.eason", "Marigold Eason");
    private final Persona tova = cast.person("tova.lindgren", "Tova Lindgren");
    private final Persona agatha = cast.person("agatha.brisco", "Agatha Brisco");
    private final Persona ravi = cast.person("ravi.chandran", "Ravi Chandran");
    private final Persona noor = cast.person("noor.haddad", "Noor Haddad");
    private final Channel stDm = cast.dm(agatha, "st-dm-agatha-brisco.json");

    HeldOutScenes124Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        shearers();
        woollenMill();
        patternDesigners();
        yarnShop();
        charityKnitters();
        machineKnitters();
        knitwearMakers();
        stitchTutors();
    }

    private void shearers() {
        // W01
        Post alNew = say(1, "08:30", shShed, aled, "Happy new year all. Winter shearing starts for me on Thursday, "
                + "400 housed ewes at Cefn Isaf before they lamb.");
        Post taNew = re(1, "08:50", tamsin, alNew, "I'm rolling for you there, aren't I? Thursday 7 sharp?");
        re(1, "09:05", aled, taNew, "That's it. Bring the good broom, theirs has three bristles left.");
        say(1, "11:00", shKit, declan, "Lister handpiece, serviced, new bearings, £140 collected. Also a box of "
                + "used combs, £4 each. Pics on request.");
        Post maComb = re(1, "11:30", magnus, say(1, "11:15", shShed, gwladys, "Is it normal to shear ewes in "
                + "January? A neighbour does it and I thought it was cruel."), "It's normal for housed ewes. They "
                + "stay in till turnout, they lie dry, and you fit more in the shed. Cover comb, so they keep some.");
        re(1, "12:00", gwladys, maComb, "Oh that makes sense. Thank you Magnus.");
        joins(2, "09:00", shShed, ewan);
        Post ewHello = say(2, "09:10", shShed, ewan, "Hiya, Ewan here, just back from two seasons in New Zealand and "
                + "setting up on my own near Llanidloes. Looking forward to knowing you all.");
        re(2, "09:30", aled, ewHello, "Welcome Ewan. Which sheds were you in out there?");
        re(2, "10:00", ewan, ewHello, "Mostly Southland, strong-wool crossbreds. Fast sheep, hard on the back.");
        Post prCrutch = say(3, "10:00", shBook, priya, "I've got 12 Shetland ewes due in April. Do they need crutching "
                + "before lambing, and can I do it myself with hand shears?");
        Post alCrutch = re(3, "10:40", aled, prCrutch, "Yes, crutch them about a month before, so early March. Hand "
                + "shears are fine for 12: clear round the tail and the udder, and keep the blade flat. I'll be "
                + "near you on the 8th if you'd rather I did them.");
        re(3, "11:00", priya, alCrutch, "That's really helpful, thank you Aled. I'll try myself and shout if I "
                + "make a mess of it.");
        Post maAway = say(4, "08:00", shShed, magnus, "Off to Southland tomorrow for the tail of their season. Back "
                + "on the 16th; no signal in most of those sheds so I won't see messages till then.");
        re(4, "08:20", tamsin, maAway, "Safe travels, bring back some of that wool press technique.");
        Post ewPitch = re(4, "09:00", ewan, alCrutch, "@Priya Lomax I'm just down the road and could crutch all 12 "
                + "this week for £2 a head, DM me to book.");
        re(4, "09:40", priya, ewPitch, "Thanks, but I'll have a go myself first.");
        Post taGloves = say(4, "15:00", shShed, tamsin, "What do you all wear on your hands for rolling in cold sheds? "
                + "My fingers were blocks on Friday.");
        re(4, "15:20", aled, taGloves, "Fingerless wool ones under latex. Sounds daft, works.");
        re(4, "15:30", declan, taGloves, "Same, and a hot water bottle in the van.");
        Post feLast = say(5, "10:00", shBook, fenwick, "Anyone doing the Upper Wye valley in June? 400 hoggs and 600 "
                + "ewes, handling system's all in.");
        re(5, "10:30", aled, feLast, "Magnus usually does you, doesn't he? He's away till the 16th.");
        re(5, "10:45", fenwick, feLast, "He does. I'll ask him when he's back.");
        Post gwBoard = say(6, "14:00", shKit, gwladys, "Wanted: a small shearing board for a smallholding, nothing "
                + "fancy.");
        re(6, "14:30", declan, gwBoard, "I've a 4x4 ply one with a non-slip top, £35. Yours if you want it.");
        re(6, "14:45", gwladys, gwBoard, "Perfect, I'll pick it up Saturday.");
        say(7, "18:00", shShed, aled, "Cefn Isaf done, 402 ewes in two days. Tamsin's wool table was spotless.");
        // W02
        say(8, "09:00", shKit, declan, "Comb and cutter grinding by post, £2.50 a piece, back within the week: "
                + "https://fairweathergrinding.example/post-in");
        say(8, "09:08", shShed, declan, "Get your combs ground before the season: £2.50 a piece, back within the week "
                + "https://fairweathergrinding.example/post-in");
        say(8, "09:15", shBook, declan, "Shearers and smallholders, blunt gear? Grinding by post, £2.50 a piece "
                + "https://fairweathergrinding.example/post-in");
        Post ewHogg = say(8, "12:00", shShed, ewan, "How many hoggs do you reckon is a fair day for one man on a "
                + "portable trailer?");
        Post alHogg = re(8, "12:30", aled, ewHogg, "On a trailer with a good catcher, 250 is a steady day. Don't race "
                + "it in January, the sheep are heavy in lamb.");
        re(8, "12:45", ewan, alHogg, "Good to know, I'd been quoting 300.");
        Post feHogg = say(9, "08:00", shBook, fenwick, "@Magnus Rutter you sheared mine last June, could you do the "
                + "same again this year, 400 hoggs and 600 ewes, week of the 12th?");
        Post gwFirst = say(9, "19:00", shBook, gwladys, "I'm a first-timer with 20 Jacob ewes. Roughly when in the "
                + "year should they be shorn, and do I need to book now?");
        Post ewFirst = re(9, "19:30", ewan, gwFirst, "Late May to June for Jacobs, once the rise is through. Book by "
                + "March, good shearers fill up. Any of us here will fit 20 in.");
        re(9, "19:45", gwladys, ewFirst, "Brilliant, thank you Ewan.");
        Post taBack = say(10, "10:00", shShed, tamsin, "Back's gone again after Cefn Isaf. Anyone tried those "
                + "support belts?");
        re(10, "10:30", ewan, taBack, "Wore one all last season in NZ. Helps on the long runs, not a cure. See a "
                + "physio too.");
        re(10, "11:00", aled, taBack, "Physio first. And let the catcher drag, not you.");
        say(11, "09:00", shBook, declan, "Season's nearly here, grind your gear now, 10% off before February, DM me.");
        Post prDone = say(12, "17:00", shBook, priya, "Crutched all 12 myself with hand shears! Took all afternoon but "
                + "nobody got nicked.");
        re(12, "17:20", aled, prDone, "Well done, that's the way to learn.");
        say(13, "10:00", shKit, tamsin, "Wanted: a wool table that folds flat for the van.");
        // W03
        Post maBack = re(16, "10:00", magnus, feHogg, "Sorry Fenwick, just back from Southland and seen this. Yes, "
                + "week of the 12th June works, same as last year. I'll pencil you in.");
        re(16, "10:30", fenwick, maBack, "Grand, thanks Magnus. Welcome home.");
        say(16, "11:00", shShed, magnus, "Home. Southland was wet, the sheep were big and the food was better than "
                + "ours.");
        Post ewRate = say(17, "09:00", shShed, ewan, "What are people charging per head this year for small flocks "
                + "under 30? I don't want to undercut anyone.");
        re(17, "09:30", magnus, ewRate, "Most of us do a call-out fee plus a bit per head. Ask round, it's usually "
                + "£40 and £2.");
        re(17, "09:45", ewan, ewRate, "Thanks Magnus, I'll match that.");
        Post fePen = say(18, "14:00", shBook, fenwick, "Gates on the new handling pens: one-way sorting gate or "
                + "three-way? For shearing day it matters.");
        re(18, "14:40", magnus, fePen, "Three-way, so shorn ones go back out without going through the race again.");
        Post gwGrind = say(19, "10:00", shKit, gwladys, "@Declan Fairweather do you sharpen hand shears too, or just "
                + "machine combs?");
        re(19, "10:30", declan, gwGrind, "Hand shears too, £6 a pair. Post them or drop them in on your way past.");
        say(20, "16:00", shShed, tamsin, "Back's better. Physio said the same as Aled.");
        say(21, "09:00", shShed, aled, "Bookings for June are already coming in, get your diaries straight.");
    }

    private void woollenMill() {
        // W01
        say(1, "09:00", clNews, bram, "Mill's back running after the Christmas shutdown. Carding machine has new "
                + "card clothing, so expect even softer rolags.");
        Post clAran = say(1, "14:00", clAsk, clemency, "Is the undyed Aran in Jacob going to be restocked? I want "
                + "enough for a long cardigan, about 1.2 kg, all one batch.");
        Post brAran = re(1, "14:30", bram, clAran, "Yes, a new batch comes off the spinner on Thursday. I'll put "
                + "1.2 kg of one batch aside for you.");
        re(1, "14:45", clemency, brAran, "Lovely, thank you Bram.");
        Post osScour = say(2, "10:00", clAsk, ossian, "Mine are Lleyn fleeces, rather greasy this year. Do I need to "
                + "skirt them harder before I send them, or does the scouring cope?");
        Post rhScour = re(2, "10:40", rhiannon, osScour, "Skirt off the dags and the belly wool, that's all. The "
                + "scour copes with grease; it can't cope with muck. Roll them flesh side out in paper sacks, not "
                + "plastic.");
        re(2, "11:00", ossian, rhScour, "Paper sacks, got it. Thanks Rhiannon.");
        say(3, "09:00", clNews, bram, "Jacob Aran batch 14 is off the spinner: 18 kg, undyed, skeins of 100 g.");
        Post hePlan = say(3, "15:00", clAsk, hester, "Rough idea of the commission queue at the moment? Mine went in "
                + "October and I've told my customers February.");
        Post rhPlan = re(3, "15:30", rhiannon, hePlan, "About ten weeks at the moment, so February should be right. "
                + "Yours is fourth in line for the spinner.");
        re(3, "15:45", hester, rhPlan, "Perfect, thanks.");
        Post thShow = say(4, "19:00", clKnits, thaddeus, "Finished my first jumper in your Aran, a plain raglan. "
                + "Three people in my knitting group have ordered some after seeing it, I told them all about you.");
        re(4, "19:30", rhiannon, thShow, "That's made my week, Thaddeus, thank you for spreading the word. It looks "
                + "brilliant, those raglan lines are so neat.");
        Post clSwatch = say(5, "12:00", clKnits, clemency, "Swatch for the long cardigan. Blocked out beautifully.");
        re(5, "12:20", thaddeus, clSwatch, "That cable is gorgeous.");
        Post brOff = say(5, "16:00", clNews, bram, "I'm off next week, back on the 17th. Rhiannon has the mill and "
                + "the inbox.");
        re(5, "16:20", ossian, brOff, "Enjoy it, Bram.");
        Post osSend = say(6, "10:00", clAsk, ossian, "Sending 15 Lleyn fleeces on Tuesday by carrier. Anything to "
                + "put in the sack with them?");
        re(6, "10:20", rhiannon, osSend, "Just a note with your name, the breed and what you want: DK or Aran, dyed "
                + "or not. We'll email you when they arrive.");
        // W02
        Post heJacob = say(8, "10:00", clAsk, hester, "@Rhiannon Gale my Jacob fleeces went in back in October. Is "
                + "the yarn spun yet? I've three customers waiting on it.");
        joins(8, "11:00", clAsk, joaquin);
        say(8, "14:00", clNews, rhiannon, "Open day on Saturday 29 January: come and see the carding machine, the "
                + "spinner and the new dye room. Tea and cake from 10.");
        Post joPrice = say(8, "16:00", clAsk, joaquin, "Hello, I've just started with 20 Shetland ewes. How much "
                + "would it cost to have their fleece made into yarn? Can someone DM me the prices?");
        re(8, "16:30", rhiannon, joPrice, "Welcome Joaquin! I'll DM you the price list now.");
        say(8, "16:35", clDm, rhiannon, "Hi Joaquin, commission processing is £28 a kg washed weight for DK or "
                + "4-ply, £26 for Aran, minimum 5 kg. The form is https://cloudwatermill.example/commission");
        say(8, "17:10", clDm, joaquin, "Thanks. 20 Shetland fleeces would be maybe 25 kg greasy, how much "
                + "is that washed?");
        Post rhDm = say(8, "17:30", clDm, rhiannon, "Shetland loses about a third in the scour, so roughly 16 kg, "
                + "around £450 for DK. Send a photo of one fleece first if you're not sure they're clean enough.");
        re(8, "17:45", joaquin, rhDm, "Great, I'll send photos this week.");
        Post clWash = say(9, "11:00", clAsk, clemency, "How should I wash the finished cardigan? Worried about "
                + "felting a whole winter's work.");
        Post rhWash = re(9, "11:30", rhiannon, clWash, "Cool water, wool wash, no agitation, squeeze it in a towel, "
                + "dry it flat. It's superwash-free so treat it gently.");
        re(9, "11:45", clemency, rhWash, "Will do, thank you.");
        say(10, "09:00", clNews, rhiannon, "New colourway: Heather Hill, a purple-grey on Jacob DK. Limited run of "
                + "40 skeins.");
        Post heAgain = say(10, "12:00", clAsk, hester, "@Rhiannon Gale sorry to chase, any news on my Jacob batch? "
                + "Customers are asking me now.");
        Post thColour = re(10, "15:00", thaddeus, say(10, "14:30", clKnits, clemency, "Cardigan body done, on to the "
                + "sleeves."), "Nearly there! Sleeve island awaits.");
        re(10, "15:30", clemency, thColour, "Ha, pray for me.");
        say(11, "09:30", clNews, rhiannon, "Heather Hill is half gone already, thank you all.");
        Post rhSorry = re(11, "15:00", rhiannon, heAgain, "Hester, I'm so sorry, I missed both of these. Your batch "
                + "is carded and goes on the spinner Monday, so yarn by the 21st. I'll message you when it's done.");
        re(11, "15:20", hester, rhSorry, "Thanks, I'll tell them end of the month.");
        say(12, "10:00", clKnits, ossian, "My wife knitted a hat from last year's Lleyn DK. She says it's the "
                + "warmest thing she owns.");
        Post joPhoto = say(13, "11:00", clAsk, joaquin, "Sent photos of my fleeces by email. Do they look OK for "
                + "spinning?");
        Post rhPhoto = re(13, "11:40", rhiannon, joPhoto, "Saw them, they're lovely and clean. Send them in whenever "
                + "you're ready.");
        re(13, "12:00", joaquin, rhPhoto, "Brilliant, posting them Monday.");
        // W03
        say(15, "09:00", clNews, rhiannon, "Commission queue update: eight weeks now, we've caught up a bit.");
        Post brBack = say(17, "09:00", clNews, bram, "Back at the mill. Heather Hill is sold out; a second run is "
                + "planned for March.");
        re(17, "09:30", clemency, brBack, "Welcome back Bram.");
        Post osArr = say(18, "10:00", clAsk, ossian, "Did my 15 Lleyn arrive?");
        re(18, "10:15", bram, osArr, "They did, Ossian, weighed in at 21 kg greasy. In the queue for February.");
        Post heDone = say(19, "10:00", clAsk, hester, "Jacob yarn arrived this morning, it's beautiful. Thank you "
                + "both.");
        re(19, "10:20", rhiannon, heDone, "So glad! Thank you for your patience, Hester.");
        Post clDone = say(20, "19:00", clKnits, clemency, "Long cardigan finished! Every stitch in batch 14.");
        re(20, "19:30", rhiannon, clDone, "It's stunning, Clemency. Those pockets!");
        re(20, "19:45", thaddeus, clDone, "Wow. Sleeve island conquered.");
        Post joSent = say(21, "10:00", clAsk, joaquin, "Fleeces posted. Tracking says Tuesday.");
        re(21, "10:30", bram, joSent, "We'll look out for them, Joaquin.");
    }

    private void patternDesigners() {
        // W01
        say(1, "08:00", coLounge, marisol, "My new year plan: I am releasing twelve patterns this year, one a month, "
                + "and I have already swatched for the first four.");
        Post baPrice = say(1, "10:00", coLounge, bastian, "How are people pricing adult garment patterns this year? "
                + "I've been at £6 for ages and costs have all gone up.");
        Post weuPrice = re(1, "10:30", wendeline, baPrice, "Most of the designers I edit for are at £7 to £8 for a "
                + "sized garment now. Tech editing and test knits aren't cheap, price for that.");
        Post otPrice = re(1, "10:50", ottoline, baPrice, "£7.50 here since October. Nobody complained.");
        re(1, "11:10", bastian, otPrice, "OK, £7.50 it is. Thanks both.");
        say(1, "16:00", coLounge, marisol, "My first sample of the year is on the needles: my Harbour Wall pullover, "
                + "in my favourite grey. I am loving how my cables look.");
        Post elChart = say(2, "09:00", coHelp, elowen, "I'm stuck on the Thistledown shawl: the chart has 23 "
                + "stitches but my row has 25 after the first repeat. Where am I going wrong?");
        Post baChart = re(2, "09:30", bastian, elChart, "That's one of mine! The two extra stitches are the edge "
                + "stitches, they sit outside the chart. Work them in garter and you're fine.");
        re(2, "09:45", elowen, baChart, "Ah, thank you!");
        say(2, "13:00", coLounge, marisol, "I finished my back panel last night. My plan is to have my sample done by "
                + "Friday so I can photograph it on my terrace.");
        say(2, "20:00", coLounge, marisol, "I have decided my Harbour Wall will come in ten sizes. My grading sheet "
                + "is done and I am really proud of my new template.");
        Post caRow = say(3, "10:00", coHelp, caspian, "@Ottoline Frayne in Bracken Mitts, chart B row 14: it says "
                + "k2tog but the stitch count only works with ssk. Which is right?");
        say(3, "10:25", coHelp, ottoline, "Caspian, you're right, it should be ssk. Well spotted, I'll fix the PDF "
                + "tonight and put it in the errata.");
        re(3, "10:40", caspian, caRow, "Great, thanks!");
        say(3, "15:00", coLounge, marisol, "My sleeves are next. I am knitting both at once on my long circular "
                + "because I always get second sleeve syndrome.");
        say(4, "09:00", coLounge, marisol, "My photographer cancelled, so I am going to do my own photos. I bought "
                + "myself a tripod and a remote for my phone.");
        Post otErrata = say(4, "11:00", coHelp, ottoline, "Bracken Mitts errata: chart B row 14 now reads ssk. The "
                + "new PDF is in your library.");
        re(4, "11:30", caspian, otErrata, "Downloaded, thanks.");
        say(4, "18:00", coLounge, marisol, "I am halfway up my second sleeve. My hands hurt but I am determined to "
                + "keep to my schedule.");
        say(5, "10:00", coCalls, marisol, "Test-knit call: Harbour Wall pullover, ten sizes, worsted, cables. Six "
                + "weeks from 10 January. Sign up in the thread.");
        say(5, "14:00", coLounge, marisol, "My sample is finished! I blocked my pullover this morning and my "
                + "cables popped beautifully.");
        Post weuGrade = say(5, "16:00", coLounge, wendeline, "Anyone else getting a lot of grading questions in "
                + "January? Everyone suddenly wants 4XL and up.");
        re(5, "16:30", ottoline, weuGrade, "Yes, and good. It's long overdue.");
        say(6, "11:00", coLounge, marisol, "My photos are done. I did my hair, I did my makeup, I set up my tripod "
                + "by my favourite wall and I took 300 pictures of myself.");
        say(7, "10:00", coLounge, marisol, "My pattern is off to my tech editor tonight. I am exhausted and happy "
                + "with my week.");
        // W02
        Post jeSign = re(8, "09:00", jemima, say(8, "08:30", coCalls, elowen, "Signing up for Harbour Wall, size 3, "
                + "in Cloudwater Aran."), "Me too please, size 6.");
        Post maSign = re(8, "10:00", marisol, jeSign, "Welcome aboard Jemima, and Elowen too! I'll send you both "
                + "the draft on Wednesday. Is your gauge usually tight or loose?");
        re(8, "10:20", jemima, maSign, "Loose, I always go down a needle.");
        Post baEdit = say(9, "09:00", coLounge, bastian, "Can anyone recommend a tech editor who does grading too? "
                + "Links please, I'm starting a sweater.");
        Post weuLink = re(9, "09:30", wendeline, baEdit, "That's what I do, grading and tech edits: "
                + "https://wendelinemarsh.example/editing. I've a gap in February.");
        re(9, "09:50", bastian, weuLink, "Booked, thanks Wendeline.");
        Post maHow = re(9, "10:30", marisol, baEdit, "How many sizes are you doing, Bastian? Wendeline did my grading "
                + "for Harbour Wall and it saved me a week.");
        re(9, "10:45", bastian, maHow, "Eight. Your ten sizes made me brave.");
        Post jeYoke = say(10, "19:00", coHelp, jemima, "@Marisol Ibarra in the Harbour Wall draft, is the "
                + "ribbing worked on the smaller needle for every size?");
        Post maYoke = re(10, "19:20", marisol, jeYoke, "Yes, all sizes, two sizes down from the body needle. I'll "
                + "make that clearer in the draft, thank you.");
        re(10, "19:30", jemima, maYoke, "Thanks Marisol.");
        Post elSpit = say(11, "10:00", coHelp, elowen, "Joining a new ball in a cable section: spit splice or weave in "
                + "the ends?");
        Post otSpit = re(11, "10:20", ottoline, elSpit, "Spit splice if it's wool that felts; Cloudwater Aran will. "
                + "Weave the rest.");
        re(11, "10:40", elowen, otSpit, "Thanks!");
        Post maTesters = say(12, "14:00", coLounge, marisol, "How do you handle testers who go quiet halfway? Do you "
                + "chase, or just let them go?");
        re(12, "14:30", ottoline, maTesters, "One friendly nudge at the halfway date, then let them go.");
        Post baLife = re(12, "14:40", bastian, maTesters, "Same. Life happens.");
        re(12, "15:00", marisol, baLife, "That's kind and sensible. Thanks both.");
        // W03
        Post jeProg = say(16, "20:00", coCalls, jemima, "Harbour Wall progress: body done to the armholes. Gauge "
                + "spot on with the smaller needle.");
        re(16, "20:30", marisol, jeProg, "Looks fantastic, Jemima. How's the length feeling?");
        Post caSock = say(17, "11:00", coHelp, caspian, "@Bastian Kell in your Ridgeway socks, is the heel flap "
                + "worked over half the stitches in every size?");
        Post baSock = re(17, "11:30", bastian, caSock, "Half in every size, yes, and slip the first stitch of every "
                + "row.");
        re(17, "11:45", caspian, baSock, "Thank you.");
        Post weuCall = say(18, "09:00", coLounge, wendeline, "Reminder to myself and all: check abbreviations "
                + "against the chart key before sending. I've had three mismatches this week.");
        re(18, "09:30", ottoline, weuCall, "Guilty as charged. Thanks for catching mine.");
        Post otSleeve = say(19, "15:00", coLounge, ottoline, "Does anyone have a good formula for sleeve decreases in "
                + "a drop-shoulder? Mine always come out baggy at the elbow.");
        Post maSleeve = re(19, "15:30", marisol, otSleeve, "Decrease faster in the first third, then spread the "
                + "rest. I can send you the table I use.");
        re(19, "15:45", ottoline, maSleeve, "Yes please, that would help.");
    }

    private void yarnShop() {
        // W01
        say(1, "09:00", wbNews, nell, "Happy new year from the shop! Open again from Tuesday, 10 till 5. January "
                + "sale on all discontinued shades, 30% off.");
        Post loLot = say(2, "10:00", wbAsk, loveday, "@Piers Allonby did dye lot 4471 of the Ravensdale DK in Moss "
                + "come back in? I need two more skeins to finish my cardigan.");
        Post grNight = say(2, "19:00", wbNight, greer, "Who's coming Thursday? I'm bringing my disaster of a "
                + "colourwork hat for an intervention.");
        re(2, "19:20", aurelio, grNight, "I'll be there. Bring the hat, we'll fix it or frog it.");
        joins(3, "09:30", wbAsk, odette);
        Post odClass = say(3, "10:00", wbAsk, odette, "Hi, I've never knitted anything. Do you run beginners' "
                + "classes, and is there a list of dates somewhere?");
        Post piClass = re(3, "10:30", piers, odClass, "Hi Odette! Yes, four Saturday mornings, next block starts 15 "
                + "January. Dates and booking: https://woolbasketkelderby.example/classes");
        re(3, "10:45", odette, piClass, "Booked! Thank you.");
        Post piLot = re(3, "14:30", piers, loLot, "So sorry Loveday, I missed this yesterday in the sale rush. Yes, "
                + "4471 came in, two skeins are behind the counter with your name on.");
        re(3, "14:45", loveday, piLot, "Oh brilliant, thank you! I'll pop in tomorrow.");
        say(4, "09:00", wbNews, nell, "Knit night is back this Thursday, 7pm, upstairs. Bring your UFOs.");
        Post auSis = say(4, "12:00", wbAsk, aurelio, "I sent my sister to you on Saturday for her first sock yarn, "
                + "she loved it. Do you have any more of the self-striping in Autumn?");
        Post neSis = re(4, "12:30", nell, auSis, "Thank you for sending her, Aurelio! Three skeins of Autumn left, "
                + "I'll hold one if you want it.");
        re(4, "12:45", aurelio, neSis, "Yes please.");
        Post grHat = say(6, "21:00", wbNight, greer, "The intervention worked. Hat is saved. Thank you @Loveday "
                + "Penrose for the floats trick.");
        re(6, "21:15", loveday, grHat, "Catch them every five stitches and it behaves!");
        Post suTalk = say(7, "10:00", wbNight, sunniva, "Anyone else find January knitting the best knitting? No "
                + "deadlines, no presents.");
        re(7, "10:20", greer, suTalk, "Selfish knitting season!");
        Post loBlock = say(7, "15:00", wbNight, loveday, "Cardigan blocked and drying on the spare bed. Lot 4471 "
                + "matched perfectly.");
        re(7, "15:30", sunniva, loBlock, "Nothing better than a finished cardigan in January.");
        re(7, "16:00", piers, loBlock, "So pleased it matched!");
        // W02
        say(8, "09:00", wbNews, nell, "Delivery in: Shetland jumper weight in 40 shades. Also new bamboo needles in "
                + "every size.");
        Post loWash = say(8, "11:00", wbAsk, loveday, "Do you sell wool wash in refills? I hate all the little "
                + "bottles.");
        Post neWash = re(8, "11:30", nell, loWash, "We do, bring your bottle and we fill it by weight.");
        re(8, "11:40", loveday, neWash, "Perfect.");
        say(9, "19:00", wbNight, sunniva, "My new Sea Glass colourway is up! Check out my shop: "
                + "https://sunnivaholtyarns.example/sea-glass");
        Post auNight = say(10, "20:00", wbNight, aurelio, "Knit night tally: three hats, one sock, one cardigan "
                + "rescued, far too much cake.");
        re(10, "20:10", greer, auNight, "The cake was the best bit.");
        say(11, "10:00", wbAsk, sunniva, "Sea Glass is restocked! Check out my shop, my code "
                + "KNITNIGHT gets you 10% off: https://sunnivaholtyarns.example/sea-glass");
        Post neSun = say(11, "10:30", wbAsk, nell, "Sunniva, your colours are lovely, but please keep shop links "
                + "out of here. Come and talk to me about us stocking them instead.");
        Post odNeedle = say(11, "15:00", wbAsk, odette, "What size needles should I bring to the beginners' class?");
        Post piNeedle = re(11, "15:20", piers, odNeedle, "None needed, Odette, we give you a kit with 5 mm needles "
                + "and chunky yarn on the day.");
        re(11, "15:30", odette, piNeedle, "Even easier!");
        Post grPurl = say(12, "19:00", wbNight, greer, "Why do my purl rows look looser than my knit rows?");
        Post loPurl = re(12, "19:20", loveday, grPurl, "Rowing out. Try a needle size smaller for the purl rows, or "
                + "wrap the purl the other way.");
        re(12, "19:40", greer, loPurl, "Trying it tonight.");
        say(13, "09:00", wbNews, piers, "Saturday class block starts on the 15th, two places left.");
        Post auSleeve = say(13, "20:00", wbNight, aurelio, "Question for the sock people: afterthought heel or "
                + "heel flap for someone with a high instep?");
        Post grSleeve = re(13, "20:30", greer, auSleeve, "Heel flap, and add a few extra gusset stitches. "
                + "Afterthought heels are tight over a high instep.");
        re(13, "20:45", aurelio, grSleeve, "Makes sense, heel flap it is. Thanks Greer.");
        // W03
        Post suWhole = re(15, "10:00", sunniva, neSun, "Sorry Nell, you're right. Could we talk about wholesale? I "
                + "can bring samples in on Thursday.");
        Post neWhole = re(15, "10:30", nell, suWhole, "Yes, Thursday before knit night, bring the Sea Glass.");
        re(15, "10:40", sunniva, neWhole, "See you then.");
        Post odFirst = say(15, "16:00", wbAsk, odette, "First class done! I have a wonky square and I'm very proud "
                + "of it.");
        re(15, "16:20", piers, odFirst, "Every wonky square counts. See you next Saturday.");
        say(16, "09:00", wbNews, nell, "Knit night this Thursday has a guest: Sunniva Holt with her hand-dyed yarns.");
        Post loOrder = say(17, "11:00", wbAsk, loveday, "Could you order in the Ravensdale pattern book? My friend "
                + "wants one too.");
        re(17, "11:30", nell, loOrder, "Ordered two, in on Friday.");
        Post grHat2 = say(18, "21:00", wbNight, greer, "Purl trick worked. Rows are even at last.");
        re(18, "21:15", loveday, grHat2, "Told you!");
        Post auSock = say(19, "12:00", wbAsk, aurelio, "Is there a sock-knitting class this spring? My sister wants "
                + "to do one with me.");
        re(19, "12:30", piers, auSock, "March, two evenings. Dates go up next week, I'll tag you.");
        Post suThanks = say(20, "22:00", wbNight, sunniva, "Thanks for having me at knit night, everyone. Lovely "
                + "bunch.");
        re(20, "22:15", aurelio, suThanks, "Your Sea Glass sold out on the table!");
        say(21, "10:00", wbNews, nell, "Sea Glass from Sunniva Holt is now on our shelves, two more shades coming.");
    }

    private void charityKnitters() {
        // W01
        say(1, "09:00", tsDrop, margery, "Happy new year, knitters! First drop-off is Saturday 10-12 at Linton "
                + "library. Add what you're bringing to the sheet: https://forms.example/tiny-stitches-dropoffs");
        Post hoNeed = say(1, "12:00", tsDrop, hollis, "From the unit this week: they're short of the smallest hats "
                + "(28-32 weeks) and of cot blankets in pale colours. No more cardigans till March.");
        re(1, "12:30", junie, hoNeed, "Smallest hats it is. I'll do a batch of six.");
        Post beCast = say(2, "10:00", tsHelp, beatrix, "I'm brand new to this. The hat pattern says cast on 52 in "
                + "4-ply on 3 mm needles, but mine comes out huge. What am I doing wrong?");
        Post juCast = re(2, "10:30", junie, beCast, "Check the yarn says 4-ply on the label, not DK, and knit a few "
                + "rows to measure: it should be about 22 stitches to 10 cm.");
        re(2, "11:00", beatrix, juCast, "It's DK! No wonder. Thank you, I'll get some 4-ply tomorrow.");
        Post taKnit = say(2, "20:00", tsNatter, tansy, "Six hats done while watching the snooker. Best use of a "
                + "Sunday afternoon.");
        re(2, "20:20", margery, taKnit, "Six! You're a machine, Tansy.");
        Post beDec = say(4, "14:00", tsHelp, beatrix, "Got the right yarn now. The crown decreases: do I knit the "
                + "rows in between or purl them?");
        Post taDec = re(4, "14:20", tansy, beDec, "Knit them, it's all in the round. Decrease every other round "
                + "until 8 stitches are left, then pull the tail through.");
        re(4, "14:40", beatrix, taDec, "Got it, decreasing on the even rounds then. Thanks Tansy.");
        Post juWash = say(5, "10:00", tsNatter, junie, "Does the unit mind if the hats have been through the "
                + "washing machine?");
        Post hoWash = re(5, "10:30", hollis, juWash, "They'd rather you did: 40 degrees, no fabric softener, no "
                + "perfumed powder. Babies' skin is so thin.");
        re(5, "10:40", junie, hoWash, "Good, that's what I do.");
        Post beSew = say(6, "11:00", tsHelp, beatrix, "First hat finished! How do I sew in the ends so they don't "
                + "come loose in the wash?");
        Post maSew = re(6, "11:30", margery, beSew, "Weave each end through the back of the stitches for a few cm, "
                + "then turn and go back the other way. Snip close. Well done on your first!");
        re(6, "11:45", beatrix, maSew, "Did it both ways like you said, it's neat. I'll bring it Saturday!");
        Post maCount = say(7, "14:00", tsDrop, margery, "Saturday drop-off: 64 hats, 9 blankets, 12 twiddlemuffs. "
                + "Hollis takes them in on Monday. Thank you all.");
        re(7, "14:20", tansy, maCount, "Brilliant total.");
        // W02
        joins(8, "09:00", tsNatter, kezia);
        say(8, "09:15", tsNatter, kezia, "Hi all! Please follow my knitting Instagram @kezknits and like my latest "
                + "post, I'm trying to hit 1k: https://instagram.example/kezknits");
        say(8, "10:00", tsDrop, margery, "Next drop-off is Saturday 22nd. The sheet is open again: "
                + "https://forms.example/tiny-stitches-dropoffs");
        Post hoBlank = say(8, "12:00", tsDrop, hollis, "The unit says the blankets were perfect. Could anyone do a "
                + "few in cream? They want them for the photos they give parents.");
        re(8, "12:30", beatrix, hoBlank, "I'd like to try a blanket. Is garter stitch OK?");
        Post taBlank = re(8, "13:00", tansy, hoBlank, "Cream, yes. I have a bag of it.");
        re(8, "13:20", hollis, taBlank, "Thank you Tansy, and yes Beatrix, garter's ideal.");
        Post juTwiddle = say(9, "15:00", tsHelp, junie, "What's the approved size for twiddlemuffs now? I've seen "
                + "two different versions.");
        Post maTwiddle = re(9, "15:30", margery, juTwiddle, "The pinned one: 24 cm long, double thickness, nothing "
                + "that can come off and be swallowed.");
        re(9, "15:40", junie, maTwiddle, "Thanks, pinned one it is.");
        say(10, "11:00", tsHelp, kezia, "If anyone could follow me on Instagram, every follow helps! "
                + "https://instagram.example/kezknits");
        Post taReel = say(10, "20:00", tsNatter, tansy, "Is it just me or is the new acrylic baby yarn squeakier "
                + "than the old one?");
        re(10, "20:20", junie, taReel, "It squeaks. Nothing to be done but knit faster.");
        Post beGarter = say(11, "13:00", tsHelp, beatrix, "My garter blanket edges are wobbly. Is there a trick?");
        Post juGarter = re(11, "13:20", junie, beGarter, "Slip the first stitch of every row purlwise with the yarn "
                + "in front. Instant neat edges.");
        re(11, "13:40", beatrix, juGarter, "Oh that's magic. Thank you.");
        Post maRules = say(12, "10:00", tsNatter, margery, "Gentle reminder for newer members: this group is for "
                + "knitting for the unit. Please keep social media links to a minimum, thanks all.");
        re(12, "10:30", kezia, maRules, "Oh sorry! Didn't realise. What does the unit need most?");
        Post hoMost = re(12, "11:00", hollis, maRules, "@Kezia Dorran tiny hats, 28-32 weeks, pattern's in "
                + "#patterns-and-help.");
        re(12, "11:20", kezia, hoMost, "On it.");
        Post juCosy = say(13, "16:00", tsNatter, junie, "Snowed in, so it's hats and tea all afternoon.");
        re(13, "16:30", beatrix, juCosy, "Same here, blanket's growing.");
        // W03
        Post keHats = say(16, "19:00", tsNatter, kezia, "Made four of the tiny hats this weekend! They're so "
                + "small.");
        re(16, "19:20", margery, keHats, "Lovely, thank you Kezia. Bring them Saturday.");
        Post beBlank = say(17, "10:00", tsNatter, beatrix, "Blanket finished, edges neat thanks to the slip stitch. "
                + "@Kezia Dorran are the tiny hats fiddly on dpns? I've not tried them yet.");
        Post keDpn = re(17, "10:30", kezia, beBlank, "A bit, I use magic loop instead, much easier. Happy to show "
                + "you at the drop-off.");
        re(17, "10:40", beatrix, keDpn, "Yes please!");
        say(19, "09:00", tsDrop, margery, "Drop-off this Saturday at the library, 10-12. 14 spaces left on the "
                + "sheet: https://forms.example/tiny-stitches-dropoffs");
        Post juLeft = say(20, "14:00", tsHelp, junie, "Left-handed knitter here, does anyone know a video for the "
                + "mattress stitch done left-handed?");
        re(20, "14:30", tansy, juLeft, "I don't, but I'll show you on Saturday, it's the same just mirrored.");
        Post taSpare = say(20, "18:00", tsNatter, tansy, "Does anyone want some spare pale lemon 4-ply? I bought too "
                + "much for the blankets.");
        Post juSpare = re(20, "18:20", junie, taSpare, "Yes please, I'll use it for hats. Bring it Saturday?");
        re(20, "18:30", tansy, juSpare, "Will do.");
        Post maFinal = say(21, "15:00", tsDrop, margery, "What a drop-off: 71 hats, 14 blankets, 20 twiddlemuffs. "
                + "Thank you all, especially our new knitters.");
        re(21, "15:20", beatrix, maFinal, "So proud to be part of it.");
        re(21, "15:30", hollis, maFinal, "The unit will be thrilled.");
    }

    private void machineKnitters() {
        // W01
        Post loJam = say(1, "10:00", pcHelp, lorcan, "My Brother KH-860 carriage jams halfway across on every "
                + "third row. Needles look straight. Ideas?");
        Post hiJam = re(1, "10:30", hilda, loJam, "Nine times out of ten that's the sponge bar. If it's flat and "
                + "crumbly the needles lift and catch the carriage. Press on the needle butts: do they spring back?");
        Post loSponge = re(1, "11:00", lorcan, hiJam, "They don't, they stay down. Sponge bar it is then.");
        re(1, "11:20", hilda, loSponge, "Replace it before anything else. Do it with the machine flat on a table.");
        say(2, "09:00", pcNatter, ismay, "Check out my new Fair Isle punchcard pack, 24 cards, all pre-punched. Use "
                + "my code CARRIAGE10 for 10% off: https://punchpell.example/shop/fair-isle-24");
        Post maTable = say(2, "14:00", pcSale, maisie, "For sale: Silver Reed SK280 with ribber, serviced last "
                + "year, £220 collected from Harrogate.");
        Post loService = say(3, "10:00", pcHelp, lorcan, "@Cuthbert Norcross roughly what do you charge for a full "
                + "service of an 860? Mine might need more than a sponge bar.");
        Post cuService = re(3, "10:40", cuthbert, loService, "£45 for a full service with a new sponge bar, plus "
                + "postage if you send it. I'll tell you before I do anything extra.");
        re(3, "11:00", lorcan, cuService, "Fair, I'll try the sponge bar first and send it if it still jams.");
        Post ruTension = say(3, "19:00", pcNatter, rowena, "Hello everyone, I'm Rowena. Inherited my mum's Knitmaster "
                + "and I'm determined to learn it.");
        re(3, "19:20", hilda, ruTension, "Welcome Rowena! Knitmasters are lovely machines. Ask anything in "
                + "#help-desk.");
        Post maFrog = say(4, "15:00", pcNatter, maisie, "Just knitted 200 rows of a jumper back and realised the "
                + "tension dial was on 3 not 6. Send help. And wine.");
        re(4, "15:20", cuthbert, maFrog, "We've all done it. Frog it on the machine, it's quicker.");
        say(5, "10:00", pcHelp, ismay, "New Fair Isle pack is live! Check out my shop, code CARRIAGE10 still works: "
                + "https://punchpell.example/shop/fair-isle-24");
        Post loFixed = say(6, "16:00", pcHelp, lorcan, "New sponge bar in, carriage glides. Thanks @Hilda Brackley.");
        re(6, "16:10", hilda, loFixed, "Lovely. Keep the old one as a reminder of pain.");
        Post isRib = say(7, "11:00", pcNatter, ismay, "Does anyone use the ribber for 2x2, or do you always "
                + "latch-tool it?");
        re(7, "11:30", maisie, isRib, "Ribber every time, life's too short.");
        // W02
        Post ruStart = say(8, "10:00", pcHelp, rowena, "How do I cast on with waste yarn on a Knitmaster? The "
                + "manual's pictures are tiny.");
        Post hiStart = re(8, "10:30", hilda, ruStart, "Every other needle to working position, knit a row of waste "
                + "yarn, hang the cast-on comb, then knit 20 rows of waste before changing to your main yarn.");
        re(8, "10:45", rowena, hiStart, "Thanks.");
        Post cuLamp = say(8, "15:00", pcNatter, cuthbert, "Anyone got a good desk lamp for machine work? My eyes "
                + "aren't what they were.");
        re(8, "15:20", lorcan, cuLamp, "Daylight bulb in an anglepoise. Changed my life.");
        Post ruDrop = say(10, "09:00", pcHelp, rowena, "Stitches keep dropping off the end needles. Why?");
        Post hiDrop = re(10, "09:30", hilda, ruDrop, "Usually weights: hang the claw weights right at the edges, "
                + "and move them up every 30 rows. What tension dial number are you on?");
        re(10, "09:40", rowena, hiDrop, "Thank you.");
        Post isSale = say(10, "12:00", pcSale, ismay, "Fair Isle punchcard pack, 24 cards, £18 plus postage: "
                + "https://punchpell.example/shop/fair-isle-24");
        Post maSold = say(11, "10:00", pcSale, maisie, "SK280 sold, thanks all.");
        re(11, "10:20", cuthbert, maSold, "Good home I hope!");
        Post ruStripes = say(12, "09:00", pcHelp, rowena, "How do I change colour for stripes without cutting the "
                + "yarn every time?");
        Post hiStripes = re(12, "09:30", hilda, ruStripes, "Carry it up the side: leave the unused colour in the "
                + "yarn mast and pick it up every two rows. For stripes wider than 6 rows, cut it.");
        re(12, "09:45", rowena, hiStripes, "Thanks.");
        Post isCard = say(12, "14:00", pcNatter, ismay, "Punching a card by hand from a 1970s magazine chart. Two "
                + "hours for one card, respect to whoever did this for a living.");
        re(12, "14:30", hilda, isCard, "My aunt did it on a kitchen table. Tea and patience.");
        Post loRibber = say(13, "10:00", pcHelp, lorcan, "Thinking of buying a ribber for my 860. KR-850 or KR-830?");
        Post cuRibber = re(13, "10:30", cuthbert, loRibber, "KR-850 for the 860, it's made for it. Check the "
                + "brackets come with it, they're the bit people lose.");
        re(13, "10:45", lorcan, cuRibber, "Thanks Cuthbert, will check.");
        // W03
        joins(15, "09:00", pcNatter, tobiah);
        Post toLoft = say(15, "09:10", pcNatter, tobiah, "Found my late aunt's Brother KH-836 in the loft, still in "
                + "its case with all the punchcards. Never used one in my life.");
        Post cuPitch = re(15, "09:40", cuthbert, toLoft, "Nice find. A full service and new sponge bar is £55, DM me "
                + "and I'll book you in.");
        Post ruTobiah = re(15, "10:30", rowena, toLoft, "I was exactly where you are a fortnight ago! Start with "
                + "the sponge bar and the waste-yarn cast-on, Hilda taught me both.");
        re(15, "10:50", tobiah, ruTobiah, "Thanks Rowena, that's a start.");
        re(15, "11:00", tobiah, cuPitch, "I'll see if I can get it going first, thanks.");
        Post ruAnswer = say(16, "10:00", pcHelp, rowena, "@Hilda Brackley sorry, I never answered you last week: I "
                + "was on tension 5 and the weights were too low. Moved them up and no more drops.");
        re(16, "10:20", hilda, ruAnswer, "That'll be it. Well done.");
        Post toCard = say(17, "14:00", pcHelp, tobiah, "How do I lock a punchcard so it repeats one row?");
        Post ruCard = re(17, "14:20", rowena, toCard, "There's a lever on the right of the card reader, on 836s it "
                + "says 'card lock'. Pull it towards you.");
        re(17, "14:40", tobiah, ruCard, "Found it, works.");
        Post hiMag = say(18, "11:00", pcNatter, hilda, "Anyone got back issues of Machine Knitting Monthly from "
                + "1985? Looking for a lace pattern from the spring.");
        re(18, "11:30", ismay, hiMag, "I've got 1984 to 1987 in the loft. I'll look this weekend.");
        Post ruFirst = say(19, "19:00", pcNatter, rowena, "First finished jumper off the Knitmaster! Stripes and "
                + "all.");
        re(19, "19:15", lorcan, ruFirst, "Brilliant, the stripes are dead straight.");
        Post isFound = re(20, "10:00", ismay, hiMag, "Found it: spring 1985, the leaf lace. I'll post you a copy.");
        re(20, "10:20", hilda, isFound, "You're a star, Ismay.");
        Post loSent = say(21, "09:00", pcHelp, lorcan, "Bought the KR-850. Brackets included, thanks for the tip "
                + "@Cuthbert Norcross.");
        re(21, "09:20", cuthbert, loSent, "Enjoy it.");
    }

    private void knitwearMakers() {
        // W01
        Post luCardi = say(1, "10:00", nyCommissions, lucinda, "Looking for someone to knit a gansey-style cardigan "
                + "for my husband's 50th in May. Navy, plain body, patterned yoke. Who could, and roughly what "
                + "would it cost?");
        Post moCardi = re(1, "11:00", morwenna, luCardi, "I could, Lucinda. In 5-ply worsted it's about ten weeks "
                + "of work; for a 44-inch chest I'd say £420 including the wool. Send me his measurements and I'll "
                + "draw the yoke.");
        re(1, "11:30", lucinda, moCardi, "That's within budget. Measurements tonight!");
        say(2, "09:00", nyRoom, cormac, "My January update: I won the Highlands craft award for my Fair Isle "
                + "slipover, my waiting list is now eleven months long, and my new studio is finally finished.");
        Post ffJan = say(2, "10:00", nyRoom, ffion, "Hands are stiff this week. Switching to wooden needles till the "
                + "weather warms up.");
        re(2, "10:30", cormac, ffJan, "Wooden ones are kinder. I only use my own rosewood set now, I had them made for "
                + "me in Shetland and I would never go back to my old metal ones.");
        Post isOpen = say(2, "14:00", nyCommissions, isolde, "Commissions open for spring: Aran jumpers and "
                + "blankets, message me for a quote.");
        say(3, "09:00", nyRoom, cormac, "I have been asked by a magazine to write about my design process. I am "
                + "planning to photograph my swatches, my charts and my studio for it.");
        Post moShow = say(3, "15:00", nyFinished, morwenna, "Off the needles: a Filey gansey for a lifeboat crewman, "
                + "5-ply navy, his initials in the welt.");
        re(3, "15:20", ffion, moShow, "Those initials! Beautiful work.");
        re(3, "15:30", cormac, moShow, "Lovely crisp texture.");
        Post isPrice = say(4, "11:00", nyRoom, isolde, "Is anyone charging for wool separately from labour now? My "
                + "yarn costs jumped 20% this winter.");
        Post moPrice = re(4, "11:30", morwenna, isPrice, "I quote them separately now, it stops arguments when "
                + "people choose a pricier wool.");
        re(4, "11:40", isolde, moPrice, "Good idea, doing that.");
        Post ffHands = re(4, "12:00", cormac, isPrice, "My own prices went up in January too. My slipovers are now "
                + "£380 and my waiting list has not got any shorter, so I think my customers expected it.");
        say(5, "10:00", nyRoom, cormac, "My studio has north light, my own shelving for my yarn, and a window seat I "
                + "built myself. I am so pleased with how my space turned out.");
        say(6, "19:00", nyRoom, cormac, "My interview went out on the radio tonight. I talked about my grandmother, "
                + "my first jumper and my award. My phone has not stopped.");
        Post luMeas = say(6, "20:00", nyCommissions, lucinda, "@Morwenna Trask measurements sent by email. He's a 44 "
                + "chest, long arms!");
        re(6, "20:30", morwenna, luMeas, "Got them, thanks. Long arms noted, I'll add four inches to the sleeve.");
        re(7, "10:00", ffion, ffHands, "Same here. Nobody blinked.");
        // W02
        Post alGansey = say(8, "09:00", nyCommissions, alasdair, "@Morwenna Trask you knitted my father's gansey in "
                + "2031 and he still wears it every day, and I bought a hat from you at the Looe show last summer. "
                + "Could you knit a gansey for me for my 60th in April? Same pattern if possible.");
        Post moMuseum = say(8, "10:00", nyRoom, morwenna, "Right, project for the week: the 1904 photo of the "
                + "Polperro fishermen at the town museum. I want to chart the middle man's gansey from it. Who's in?");
        Post ffMuseum = re(8, "10:20", ffion, moMuseum, "Me! I've got a zoomed scan of that photo somewhere.");
        Post moScan = re(8, "11:00", morwenna, ffMuseum, "Post it. I think the yoke is a tree of life with moss "
                + "stitch panels.");
        Post ffScan = re(8, "14:00", ffion, moScan, "Scan's up in here. Look at the welts, they're split with a "
                + "garter ridge.");
        Post moWelt = re(8, "15:00", morwenna, ffScan, "Yes! Split welts, three inches. And I count nine trees "
                + "across the front.");
        re(8, "15:30", isolde, moWelt, "Nine at his chest size means a tiny tree. Maybe seven plus two half "
                + "trees at the sides?");
        Post moSeven = say(9, "09:00", nyRoom, morwenna, "@Isolde Brannagh you're right, seven and two halves. "
                + "Swatched it last night at 8 stitches an inch and it matches the photo.");
        Post isSeven = re(9, "09:30", isolde, moSeven, "Ha, I love being right before breakfast.");
        re(9, "10:00", morwenna, isSeven, "Next problem: the underarm gusset. Can't see it in the photo at all.");
        Post coGusset = say(9, "11:00", nyRoom, cormac, "Diamond gusset, 15 stitches at its widest. That's what "
                + "every Polperro one in the archive has.");
        re(9, "11:30", morwenna, coGusset, "That settles it, 15 it is.");
        Post brChild = say(10, "14:00", nyCommissions, bronagh, "@Morwenna Trask do you take commissions for "
                + "children's ganseys? I'd love one for my grandson, he's four.");
        Post moNeck = say(10, "16:00", nyRoom, morwenna, "Neck: saddle shoulders or a plain three-needle join? The "
                + "photo's blurry at the shoulder.");
        Post ffNeck = re(10, "16:30", ffion, moNeck, "Saddle, I think you can see a ridge line running into the "
                + "collar.");
        re(10, "17:00", morwenna, ffNeck, "Agreed, I can see it too once I squint. Saddles.");
        Post ffTell = say(11, "09:00", nyRoom, ffion, "@Morwenna Trask there are two people asking for you in "
                + "#commissions, by the way.");
        re(11, "09:20", morwenna, ffTell, "Will do, once this chart's finished!");
        Post moChart = say(12, "19:00", nyRoom, morwenna, "Chart done, all 42 rows of the yoke. Thank you all, it "
                + "was a proper detective week.");
        re(12, "19:20", isolde, moChart, "Frame it next to the photo.");
        Post coNews = re(12, "19:30", cormac, moChart, "Worth writing up for the museum newsletter.");
        re(12, "20:00", morwenna, coNews, "Good idea, I'll offer them a copy of the chart and the swatch.");
        Post isBlanket = say(13, "10:00", nyFinished, isolde, "A blanket for a wedding, twelve Aran squares.");
        re(13, "10:30", ffion, isBlanket, "Twelve different cables! Gorgeous.");
        Post moCastOn = re(13, "11:00", morwenna, isBlanket, "Those squares are so crisp, Isolde. Which cast-on did "
                + "you use?");
        re(13, "11:30", isolde, moCastOn, "Channel Island cast-on, for the little knots along the edge.");
        // W03
        re(15, "09:00", morwenna, alGansey, "Alasdair, I'm so sorry for the wait, I was buried in a research "
                + "project. I'd love to knit it. Same pattern as your father's, your chest size, about £440 with the "
                + "wool. April is fine.");
        Post moChild = re(15, "09:20", morwenna, brChild, "Bronagh, apologies for the slow reply. Yes, children's "
                + "ganseys are a joy: for a four-year-old, about £160 including the wool, six weeks.");
        Post alYes = say(15, "12:00", nyCommissions, alasdair, "Wonderful, please go ahead. Dad will be thrilled.");
        re(15, "12:30", morwenna, alYes, "I'll email you for measurements.");
        Post brYes = re(16, "10:00", bronagh, moChild, "Perfect, he'd love a navy one with his initial.");
        re(16, "10:30", morwenna, brYes, "Navy with a 'J' it is.");
        Post luProg = say(17, "19:00", nyCommissions, lucinda, "How's the cardigan coming on? No rush, just "
                + "excited.");
        re(17, "19:30", morwenna, luProg, "Body's up to the yoke, photos on Friday.");
        Post coFair = say(18, "10:00", nyRoom, cormac, "Question for Fair Isle people: does anyone still steek with "
                + "a crochet edge, or do you machine-stitch?");
        re(18, "10:30", isolde, coFair, "Crochet edge, always, on Shetland wool.");
        re(18, "10:45", ffion, coFair, "Machine if it's superwash, it won't hold otherwise.");
        Post moFri = say(19, "17:00", nyFinished, morwenna, "Yoke of Lucinda's cardigan, halfway. The tree pattern "
                + "from last week's Polperro chart, adapted.");
        re(19, "17:30", lucinda, moFri, "Oh my goodness. He'll cry.");
        say(20, "11:00", nyRoom, ffion, "Museum emailed: they want a copy of Morwenna's chart for their archive!");
    }

    private void stitchTutors() {
        // W01
        say(1, "10:00", stListings, saffron, "Saffron Achebe, Leeds. I teach colourwork, steeking and beginners' "
                + "knitting, half-day or full-day. Class list and fees: https://saffronachebe.example/classes");
        Post noBrioche = say(2, "09:00", stVenues, noor, "I run a yarn shop in Kelderby. Looking for someone to teach "
                + "a two-session brioche class in March. Anyone?");
        say(2, "09:15", stVenues, dunstan, "Noor, brioche is my favourite thing to teach. Two sessions of two and a "
                + "half hours, £150 a session, handouts included. Saturdays suit me best.");
        re(2, "09:40", noor, noBrioche, "Lovely, Dunstan. Saturdays 11 and 18 March?");
        say(2, "10:00", stVenues, dunstan, "Both free, pencilled in. I'll send the kit list a month before.");
        say(2, "14:00", stListings, marigold, "Marigold Eason, Shropshire. Crochet for beginners, granny squares, "
                + "amigurumi. Evenings and weekends. Fees on request.");
        Post agWi = say(3, "10:00", stVenues, agatha, "Our WI would like a crochet evening for about 15 members, a "
                + "Tuesday in March, complete beginners. Who could do it?");
        Post maWi = re(3, "10:30", marigold, agWi, "I'd love to, Agatha. Beginners' crochet is most of what I do. "
                + "I'll DM you the details.");
        re(3, "10:45", agatha, maWi, "Wonderful, thank you.");
        say(3, "11:00", stDm, marigold, "Hi Agatha, a two-hour beginners' crochet evening for 15 is £120, plus £6 a "
                + "head for kits (hook, yarn and a pattern). Tuesdays in March are all free.");
        say(3, "12:00", stDm, agatha, "That's within our budget. Tuesday 14 March? And do we need "
                + "tables, or just chairs?");
        Post maDm = say(3, "12:20", stDm, marigold, "14 March is yours. Chairs with arms if you have them, and a "
                + "table for the kits. Good lighting matters more than anything.");
        re(3, "12:40", agatha, maDm, "Booked! Our hall has good lights. See you in March.");
        Post toIns = say(4, "09:00", stLounge, tova, "New to teaching. What insurance do people have for classes in "
                + "shops and halls? Do I need my own?");
        Post saIns = re(4, "09:30", saffron, toIns, "Your own public liability, always. Venues assume you have it. "
                + "Mine is through the crafts guild, about £60 a year.");
        Post toInsB = re(4, "10:00", tova, saIns, "£60 is less than I feared. Does it cover selling kits at the "
                + "class too?");
        re(4, "10:30", saffron, toInsB, "Mine does, check yours says product liability too.");
        Post duNerves = say(5, "20:00", stLounge, dunstan, "Does anyone else still get nerves before a new class? "
                + "Twenty years in and I couldn't eat lunch today.");
        re(5, "20:15", marigold, duNerves, "Every single time. It means you care.");
        re(5, "20:30", tova, duNerves, "That's oddly reassuring to hear.");
        // W02
        Post raFest = say(8, "10:00", stVenues, ravi, "Fleece Fest is 13-14 May at the showground. We need six "
                + "workshop tutors this year. Apply by 31 January: https://forms.example/fleece-fest-tutors");
        Post toKit = say(8, "14:00", stLounge, tova, "How do you price class kits? Cost plus a bit, or cost plus a "
                + "lot?");
        Post maKit = re(8, "14:30", marigold, toKit, "Cost plus enough to cover your time packing them. That's "
                + "usually 30%.");
        re(8, "14:45", tova, maKit, "30%, noted. I'd been doing it at cost like a fool.");
        Post raPages = say(9, "11:00", stVenues, ravi, "While I'm planning: does anyone have a page listing their "
                + "classes? Easier for the committee to choose.");
        Post saPage = re(9, "11:30", saffron, raPages, "Mine's here: https://saffronachebe.example/classes. "
                + "Colourwork and steeking are the ones festivals ask for.");
        re(9, "11:45", ravi, saPage, "Perfect, thanks Saffron.");
        Post duPage = re(9, "12:00", dunstan, raPages, "I don't have a page, but I teach brioche and two-colour "
                + "brioche, full day. Happy to send details.");
        re(9, "12:15", ravi, duPage, "Please do, by email is fine.");
        Post toPlan = say(10, "19:00", stLounge, tova, "First lesson plan for a sock class. Is 3 hours enough to get "
                + "people past the heel?");
        Post duPlan = re(10, "19:30", dunstan, toPlan, "Not from scratch. Have them bring a cuff done already, "
                + "then 3 hours gets most of them through the heel.");
        re(10, "19:45", tova, duPlan, "Great idea, I'll put it in the kit list.");
        Post noSock = say(11, "10:00", stVenues, noor, "Also after a sock class for April, three evenings. Anyone "
                + "local to Kelderby?");
        Post toSock = re(11, "10:30", tova, noSock, "I'm 20 minutes away and have just written a sock class! "
                + "Three evenings works well: cuff, heel, toe.");
        re(11, "11:00", noor, toSock, "Brilliant, let's talk dates.");
        Post maHook = say(12, "15:00", stLounge, marigold, "Hook sizes for absolute beginners: 5 mm or 6 mm? I keep "
                + "changing my mind.");
        re(12, "15:20", saffron, maHook, "6 mm with chunky cotton. They can see the stitches.");
        re(12, "15:30", tova, maHook, "6 mm. I learned on a 4 and nearly gave up.");
        // W03
        say(15, "10:00", stVenues, ravi, "Fleece Fest tutor applications close 31 January, the form is the same: "
                + "https://forms.example/fleece-fest-tutors");
        Post noFull = say(16, "09:00", stVenues, noor, "@Dunstan Pryce your brioche class is full already, with a "
                + "waiting list! I've told two other shops about you.");
        Post duThird = re(16, "09:30", dunstan, noFull, "That's wonderful, thank you Noor. If the list gets long, "
                + "shall we add a third Saturday?");
        re(16, "10:00", noor, duThird, "Yes, let's. 25 March?");
        say(16, "10:15", stVenues, dunstan, "25 March is fine, pencilled in.");
        Post toApp = say(17, "11:00", stLounge, tova, "Applied to Fleece Fest! Is it worth offering two workshops "
                + "or just one the first time?");
        Post saApp = re(17, "11:30", saffron, toApp, "Two, one in the morning and one in the afternoon. They like "
                + "tutors who fill a day.");
        re(17, "11:45", tova, saApp, "Two it is.");
        Post agThanks = say(18, "19:00", stVenues, agatha, "Our WI committee can't wait for the crochet evening. "
                + "@Marigold Eason can members bring their own yarn instead of buying a kit?");
        re(18, "19:30", marigold, agThanks, "Of course, as long as it's a smooth DK or chunky. No fluffy yarn for "
                + "first-timers!");
        Post duBag = say(19, "14:00", stLounge, dunstan, "Packing tip of the week: a tackle box for stitch markers. "
                + "No more spilling them across village halls.");
        re(19, "14:20", marigold, duBag, "Stealing this.");
        re(20, "10:00", tova, duBag, "Bought one already.");
        Post raPick = say(21, "10:00", stVenues, ravi, "Thanks to all who applied for Fleece Fest. The committee "
                + "meets on 2 February and we'll email everyone the week after.");
        re(21, "10:30", saffron, raPick, "Thanks Ravi, good luck choosing.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes124Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 124");
    }
}
