package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 139 (sealed): eight communities of maps, cartography, globes and the map trade, of kinds no earlier
 * round used (antiquarian map dealers, Neatline Dealers, with a room where collectors and inheritors ask, a new-stock
 * room, a dealer who scatters his catalogue link, a dealer whose answer links her guide beside her stock, a dealer
 * away at the Paris map fair who said so and a dealer who answers a collector's framed map with a priced sheet;
 * freelance cartographers and GIS mappers, Graticule, with a commissions board, and a cartographer who spends a week
 * having fellow mappers proof the plates of her own county atlas while her parish-council client and a festival
 * organiser wait; a globe maker's own server, Meridian Globe Workshop, with its Team and Customers, the owner posting
 * a floor globe's progress to the news room, a late answer with an apology and a customer's DM; a historical-maps
 * reading group, Old Sheets Circle, where nobody sells, a newcomer who asks for follows and a member helped every day
 * who leaves a question and helps in the third week; a walking-route map publisher's own server, Stileway Route Maps,
 * with its Staff, Authors and Customers and an author who talks about himself; surveying-instrument collectors,
 * Vernier &amp; Chain, with a restorer who posts a priced bench diary to nobody and a newcomer's DM pitch; illustrated
 * and fantasy map artists, Here Be Dragons, with a commissions room, a priced answer to a couple's question and a
 * newcomer's DM pitch to an author; a village's OpenStreetMap volunteers, Kettlewick Mappers, where nobody sells, a
 * task board posted again with progress and a drone surveyor who turns up), over three ISO weeks (2034-W09 to W11),
 * written and labelled by writer139 (session 64) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-139.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes139Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2034, 2, 27);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2034, 3, 20, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-139";
    private static final int BASE = 109200;

    // --- A. antiquarian map dealers ---
    private final String neatlineGuild = cast.guild(1671);
    private final Channel ndDealers = cast.channel(neatlineGuild, "Neatline Dealers", "dealers-room",
            "map dealers among ourselves: fairs, postage, restorers, the trade", "nd-dealers-room.json");
    private final Channel ndAsk = cast.channel(neatlineGuild, "Neatline Dealers", "ask-a-dealer",
            "collectors and anyone with an old map: ask about dating, value and care; dealers reply",
            "nd-ask-a-dealer.json");
    private final Channel ndStock = cast.channel(neatlineGuild, "Neatline Dealers", "new-stock",
            "dealers list maps and prints for sale", "nd-new-stock.json");
    private final Persona cuthbert = cast.person("cuthbert.allardyce", "Cuthbert Allardyce");
    private final Persona henrietta = cast.person("henrietta.vosper", "Henrietta Vosper");
    private final Persona ravi = cast.person("ravi.chaudhary", "Ravi Chaudhary");
    private final Persona solveig = cast.person("solveig.brekke", "Solveig Brekke");
    private final Persona dominic = cast.person("dominic.featherstone", "Dominic Featherstone");
    private final Persona priya = cast.person("priya.ramaswamy", "Priya Ramaswamy");
    private final Persona gethin = cast.person("gethin.pryce", "Gethin Pryce");
    private final Persona annelise = cast.person("annelise.marchetti", "Annelise Marchetti");
    private final Persona tobias = cast.person("tobias.wrenfield", "Tobias Wrenfield");

    // --- B. freelance cartographers and GIS mappers ---
    private final String graticuleGuild = cast.guild(1672);
    private final Channel grLounge = cast.channel(graticuleGuild, "Graticule", "mappers-lounge",
            "cartographers and GIS folk among ourselves: software, print, rates", "gr-mappers-lounge.json");
    private final Channel grBoard = cast.channel(graticuleGuild, "Graticule", "commissions-board",
            "clients post mapping work; cartographers reply with questions and rates", "gr-commissions-board.json");
    private final Channel grPortfolio = cast.channel(graticuleGuild, "Graticule", "portfolio",
            "finished maps", "gr-portfolio.json");
    private final Persona ottoline = cast.person("ottoline.fairweather", "Ottoline Fairweather");
    private final Persona kwame = cast.person("kwame.mensah", "Kwame Mensah");
    private final Persona briony = cast.person("briony.haddow", "Briony Haddow");
    private final Persona lorcan = cast.person("lorcan.devlin", "Lorcan Devlin");
    private final Persona jocelyn = cast.person("jocelyn.pargeter", "Jocelyn Pargeter");
    private final Persona matthias = cast.person("matthias.eberhardt", "Matthias Eberhardt");
    private final Persona zainab = cast.person("zainab.chowdhury", "Zainab Chowdhury");

    // --- C. a globe maker's own server ---
    private final String meridianGuild = cast.guild(1673);
    private final Role mgTeam = cast.role("Team", "#1e88e5", 2);
    private final Role mgCustomer = cast.role("Customer", "#8d6e63", 1);
    private final Channel mgNews = cast.channel(meridianGuild, "Meridian Globe Workshop", "workshop-news",
            "news from the workshop: globes in progress, open days, workshops", "mg-workshop-news.json");
    private final Channel mgAsk = cast.channel(meridianGuild, "Meridian Globe Workshop", "ask-the-workshop",
            "orders, restorations, care of your globe; the team will reply", "mg-ask-the-workshop.json");
    private final Channel mgGlobes = cast.channel(meridianGuild, "Meridian Globe Workshop", "your-globes",
            "your globes at home, and restorations before and after", "mg-your-globes.json");
    private final Persona theodora = cast.person("theodora.blackwood", "Theodora Blackwood", mgTeam);
    private final Persona rufus = cast.person("rufus.penhallow", "Rufus Penhallow", mgTeam);
    private final Persona ines = cast.person("ines.albuquerque", "Ines Albuquerque", mgTeam);
    private final Persona leopold = cast.person("leopold.hartigan", "Leopold Hartigan", mgCustomer);
    private final Persona cressida = cast.person("cressida.vane", "Cressida Vane", mgCustomer);
    private final Persona benedikt = cast.person("benedikt.sommer", "Benedikt Sommer", mgCustomer);
    private final Persona marisol = cast.person("marisol.quintero", "Marisol Quintero", mgCustomer);
    private final Persona fenwick = cast.person("fenwick.oduya", "Fenwick Oduya");
    private final Channel mgDm = cast.dm(marisol, "mg-dm-marisol-quintero.json");

    // --- D. a historical-maps reading group (nobody sells) ---
    private final String oldSheetsGuild = cast.guild(1674);
    private final Channel osGeneral = cast.channel(oldSheetsGuild, "Old Sheets Circle", "general",
            "anything about old maps", "os-general.json");
    private final Channel osSheet = cast.channel(oldSheetsGuild, "Old Sheets Circle", "this-weeks-sheet",
            "one old map a week, read together", "os-this-weeks-sheet.json");
    private final Channel osHelp = cast.channel(oldSheetsGuild, "Old Sheets Circle", "help-reading",
            "stuck on a word, a symbol or a hand? ask here", "os-help-reading.json");
    private final Persona wilhelmina = cast.person("wilhelmina.stroud", "Wilhelmina Stroud");
    private final Persona percival = cast.person("percival.amesbury", "Percival Amesbury");
    private final Persona nuala = cast.person("nuala.brennan", "Nuala Brennan");
    private final Persona jasper = cast.person("jasper.thorogood", "Jasper Thorogood");
    private final Persona ingrid = cast.person("ingrid.solberg", "Ingrid Solberg");
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");
    private final Persona barnaby = cast.person("barnaby.quill", "Barnaby Quill");

    // --- E. a walking-route map publisher's own server ---
    private final String stilewayGuild = cast.guild(1675);
    private final Role swStaff = cast.role("Staff", "#43a047", 3);
    private final Role swAuthor = cast.role("Author", "#fb8c00", 2);
    private final Role swCustomer = cast.role("Customer", "#78909c", 1);
    private final Channel swNews = cast.channel(stilewayGuild, "Stileway Route Maps", "announcements",
            "new sheets, corrections and reprints", "sw-announcements.json");
    private final Channel swQueries = cast.channel(stilewayGuild, "Stileway Route Maps", "route-queries",
            "readers: questions about routes, parking and closures; staff and authors reply", "sw-route-queries.json");
    private final Channel swAuthors = cast.channel(stilewayGuild, "Stileway Route Maps", "authors-room",
            "our route authors and the editors", "sw-authors-room.json");
    private final Channel swTrail = cast.channel(stilewayGuild, "Stileway Route Maps", "trail-reports",
            "conditions from the path: mud, closures, diversions", "sw-trail-reports.json");
    private final Persona gwendolyn = cast.person("gwendolyn.harcourt", "Gwendolyn Harcourt", swStaff);
    private final Persona osian = cast.person("osian.pritchard", "Osian Pritchard", swStaff);
    private final Persona ailsa = cast.person("ailsa.maclaren", "Ailsa Maclaren", swAuthor);
    private final Persona crispin = cast.person("crispin.yardley", "Crispin Yardley", swAuthor);
    private final Persona meredith = cast.person("meredith.lowry", "Meredith Lowry", swCustomer);
    private final Persona tomasz = cast.person("tomasz.wieczorek", "Tomasz Wieczorek", swCustomer);
    private final Persona esther = cast.person("esther.adeyemi", "Esther Adeyemi", swCustomer);
    private final Persona rhodri = cast.person("rhodri.bevan", "Rhodri Bevan", swCustomer);
    private final Persona greta = cast.person("greta.lindholm", "Greta Lindholm", swCustomer);

    // --- F. surveying-instrument collectors ---
    private final String vernierGuild = cast.guild(1676);
    private final Channel vcChat = cast.channel(vernierGuild, "Vernier & Chain", "collectors-chat",
            "levels, theodolites, chains, dials: talk", "vc-collectors-chat.json");
    private final Channel vcIdentify = cast.channel(vernierGuild, "Vernier & Chain", "identify-this",
            "found an instrument? post it here and we'll try to name it", "vc-identify-this.json");
    private final Channel vcSale = cast.channel(vernierGuild, "Vernier & Chain", "for-sale",
            "buy and sell instruments, parts and books", "vc-for-sale.json");
    private final Persona augustin = cast.person("augustin.ferreira", "Augustin Ferreira");
    private final Persona mabel = cast.person("mabel.cruickshank", "Mabel Cruickshank");
    private final Persona horace = cast.person("horace.tindall", "Horace Tindall");
    private final Persona eamon = cast.person("eamon.garvey", "Eamon Garvey");
    private final Persona sigrid = cast.person("sigrid.halvorsen", "Sigrid Halvorsen");
    private final Persona kasimir = cast.person("kasimir.nowak", "Kasimir Nowak");
    private final Persona beatrix = cast.person("beatrix.fennimore", "Beatrix Fennimore");
    private final Channel vcDm = cast.dm(beatrix, "vc-dm-beatrix-fennimore.json");

    // --- G. illustrated and fantasy map artists ---
    private final String dragonsGuild = cast.guild(1677);
    private final Channel hbStudio = cast.channel(dragonsGuild, "Here Be Dragons", "studio",
            "map artists among ourselves: pens, textures, lettering, clients", "hb-studio.json");
    private final Channel hbCommissions = cast.channel(dragonsGuild, "Here Be Dragons", "commissions",
            "authors, game designers and anyone wanting a map: post here; artists reply", "hb-commissions.json");
    private final Channel hbShowcase = cast.channel(dragonsGuild, "Here Be Dragons", "showcase",
            "finished maps", "hb-showcase.json");
    private final Persona isolde = cast.person("isolde.ravensworth", "Isolde Ravensworth");
    private final Persona thaddeus = cast.person("thaddeus.mbeki", "Thaddeus Mbeki");
    private final Persona kirsten = cast.person("kirsten.aalto", "Kirsten Aalto");
    private final Persona oswin = cast.person("oswin.hartley", "Oswin Hartley");
    private final Persona delia = cast.person("delia.farquharson", "Delia Farquharson");
    private final Persona lachlan = cast.person("lachlan.ferris", "Lachlan Ferris");
    private final Persona amara = cast.person("amara.nwosu", "Amara Nwosu");
    private final Persona cosima = cast.person("cosima.bellweather", "Cosima Bellweather");
    private final Channel hbDm = cast.dm(delia, "hb-dm-delia-farquharson.json");

    // --- H. a village's OpenStreetMap volunteers (nobody sells) ---
    private final String kettlewickGuild = cast.guild(1678);
    private final Channel kmGeneral = cast.channel(kettlewickGuild, "Kettlewick Mappers", "general",
            "Kettlewick's OpenStreetMap volunteers", "km-general.json");
    private final Channel kmTasks = cast.channel(kettlewickGuild, "Kettlewick Mappers", "mapping-tasks",
            "the task board: claim a square, map it, mark it done", "km-mapping-tasks.json");
    private final Channel kmHelp = cast.channel(kettlewickGuild, "Kettlewick Mappers", "help",
            "editing questions, tags, tools", "km-help.json");
    private final Persona serafina = cast.person("serafina.mwangi", "Serafina Mwangi");
    private final Persona leif = cast.person("leif.andersson", "Leif Andersson");
    private final Persona maude = cast.person("maude.ellery", "Maude Ellery");
    private final Persona dmitri = cast.person("dmitri.volkov", "Dmitri Volkov");
    private final Persona hyacinth = cast.person("hyacinth.boateng", "Hyacinth Boateng");
    private final Persona tarquin = cast.person("tarquin.lisle", "Tarquin Lisle");

    HeldOutScenes139Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        neatline();
        graticule();
        meridian();
        oldSheets();
        stileway();
        vernier();
        dragons();
        kettlewick();
    }

    private void neatline() {
        // W09
        Post pr1 = say(1, "10:15", ndAsk, priya, "My grandfather left me a framed county map, Westmorland across the "
                + "top, coloured by hand. How would I find out how old it is, and whether it's worth insuring?");
        Post cuPr = re(1, "11:02", cuthbert, pr1, "Welcome Priya. Look at the back first: a map from Speed's atlas "
                + "has English text on the reverse, a Morden has none. A photo of the title cartouche and the "
                + "bottom corners would tell us a lot.");
        Post he1 = say(1, "14:00", ndDealers, henrietta, "Anyone else finding the postage on tubes to the States has "
                + "doubled? My courier wants £48 for one map now.");
        re(1, "14:20", ravi, he1, "Same here. I've gone back to flat boxes between boards, half the price and safer.");
        re(1, "14:45", solveig, he1, "Royal Mail tracked is still sane under 2kg if you go flat.");
        say(1, "15:00", ndDealers, henrietta, "Boards it is then. Thanks both.");
        Post prCu = re(1, "19:40", priya, cuPr, "It has text on the back! The cartouche says \"Performed by John "
                + "Speede\" and 1610 in the corner.");
        Post cuPr2 = re(1, "20:05", cuthbert, prCu, "1610 is on every edition, so look at the publisher's line under "
                + "it: Sudbury and Humble is early, Bassett and Chiswell is 1676. Either way get it valued before "
                + "insuring; a county of that date in colour is worth a few hundred.");
        re(1, "20:30", priya, cuPr2, "Bassett and Chiswell. Thank you so much Cuthbert, that's more than I'd have "
                + "found anywhere else.");
        say(2, "09:00", ndStock, ravi, "Spring catalogue is out: 140 county maps and 30 town plans, all in original "
                + "colour. ravichaudhary.example/catalogue/spring-2034");
        say(2, "09:06", ndDealers, ravi, "Spring catalogue's live if anyone wants a browse before the fairs: "
                + "ravichaudhary.example/catalogue/spring-2034");
        say(2, "11:00", ndStock, solveig, "New in: Blaeu, Scotiae Regnum, 1654, full original colour, small repair "
                + "at the centrefold. £1,150.");
        say(2, "11:30", ndStock, henrietta, "New in: Speed, Wales, 1676 Bassett and Chiswell issue, good margins. "
                + "£1,900.");
        say(2, "16:10", ndAsk, ravi, "For the collectors here: my spring catalogue is out, 140 county maps with "
                + "original colour. ravichaudhary.example/catalogue/spring-2034");
        Post do1 = say(3, "10:00", ndAsk, dominic, "@Henrietta Vosper is that Speed of Wales the one you held back "
                + "for me at York? If so I'd like it, to go with the Glamorgan I bought from you last spring.");
        Post heDo = re(3, "10:40", henrietta, do1, "It is, Dominic, I kept it for you. Invoice on its way, and it "
                + "goes out flat on Thursday.");
        re(3, "10:55", dominic, heDo, "Perfect, thank you.");
        Post ge1 = say(4, "13:00", ndAsk, gethin, "New to this. How can I tell an original Speed from a facsimile? "
                + "Dozens on eBay call themselves originals.");
        Post heGe = re(4, "13:35", henrietta, ge1, "Three quick checks: originals are on laid paper (hold it to the "
                + "light and you'll see chain lines), the plate mark shows as a dent round the image, and "
                + "facsimiles are too white and too even. I wrote a longer guide with photos at "
                + "vosperantiquemaps.example/guides/speed, and the originals I have in stock are on the same site "
                + "if you want to compare side by side.");
        re(4, "14:10", gethin, heGe, "Chain lines! I'll check the one I bought tonight. Thanks Henrietta.");
        say(4, "14:30", ndAsk, cuthbert, "And look at the price: an original Speed county under £200 is nearly "
                + "always a reprint.");
        Post cu6 = say(6, "17:00", ndDealers, cuthbert, "Heads up: I'm at the Paris map fair from Thursday the 9th "
                + "to Sunday the 12th. No laptop, so anything for me waits till Monday the 13th.");
        re(6, "17:30", henrietta, cu6, "Bring back something good, and say hello to the Dutch stands for me.");
        Post to0 = say(7, "11:00", ndAsk, tobias, "Question for the room: how should I keep maps that aren't framed? "
                + "Mine are in a drawer in plastic sleeves.");
        Post soTo = re(7, "11:20", solveig, to0, "Polyester (Mylar) sleeves are fine, PVC is not. Flat, dark, and "
                + "away from an outside wall.");
        re(7, "11:40", tobias, soTo, "Mylar, thanks. I'll check what mine are tonight.");
        // W10
        Post ra8 = say(8, "09:00", ndDealers, ravi, "Bloomsbury fair on Sunday was quiet, but the county maps sold "
                + "well.");
        re(8, "09:20", henrietta, ra8, "Same at Bath. Town plans not moving at all.");
        Post pr2 = say(8, "10:00", ndAsk, priya, "Update: a valuer saw it and said about £450 framed. What should I "
                + "insure it for?");
        Post raPr = re(8, "10:30", ravi, pr2, "Insure for replacement, not sale value: what it would cost you to buy "
                + "a similar one from a dealer. For a 1676 Speed county in colour, £700 to £900 is about right. "
                + "Keep the valuer's letter with the policy.");
        re(8, "11:10", priya, raPr, "Replacement value, that makes sense. Thanks Ravi.");
        Post an1 = say(9, "18:00", ndAsk, annelise, "Finally had my grandmother's Blaeu of Fife framed, with museum "
                + "glass. So pleased with it.");
        re(9, "18:25", solveig, an1, "Beautiful. I have the companion sheet, Blaeu's Lothian and Linlithgow in the "
                + "same colour. £450, DM me if you'd like them to hang as a pair.");
        Post doAn = re(9, "19:10", dominic, an1, "That framing is lovely. Museum glass makes such a difference.");
        re(9, "19:30", annelise, doAn, "Thank you! It cost nearly as much as the map.");
        say(10, "10:00", ndStock, solveig, "New in: Jansson, Cambria, 1646, Latin text, light toning. £680.");
        Post so10 = say(10, "15:00", ndDealers, solveig, "Anyone going to Paris besides Cuthbert?");
        re(10, "15:30", henrietta, so10, "Not this year, the stand fees went up again.");
        Post to1 = say(11, "10:00", ndAsk, tobias, "@Cuthbert Allardyce is the Morden of Westmorland I bought from "
                + "you last year the 1695 first edition or the 1722 reissue? My insurer is asking.");
        Post heTo = re(11, "10:45", henrietta, to1, "Tobias, Cuthbert's at the Paris fair till Sunday and back on "
                + "Monday. He'll have it in his stock book.");
        re(11, "11:00", tobias, heTo, "Ah, no rush then. Thanks Henrietta.");
        Post ge2 = say(11, "14:00", ndAsk, gethin, "Checked mine: no chain lines, far too white. A reprint. Lesson "
                + "learned 😂");
        Post raGe = re(11, "14:20", ravi, ge2, "Everyone buys one. Frame it anyway, it's still a nice picture.");
        re(11, "14:40", gethin, raGe, "Ha, that's the plan.");
        Post an2 = say(13, "16:00", ndAsk, annelise, "Is there a good book on Blaeu for a beginner?");
        Post heAn = re(13, "16:20", henrietta, an2, "Van der Krogt is the standard, but to start with, the Taschen "
                + "reprint of the Atlas Maior has good essays and is cheap.");
        re(13, "16:45", annelise, heAn, "Ordered the Taschen, thank you.");
        // W11
        Post cuTo = re(15, "09:30", cuthbert, to1, "Back from Paris, sorry for the wait Tobias. My stock book says "
                + "1695, the first edition: no plate number, and the \"Westmorland\" spelling. I'll email you a "
                + "letter for the insurer.");
        Post toCu = re(15, "10:00", tobias, cuTo, "Brilliant, thank you Cuthbert. How was the fair?");
        re(15, "10:20", cuthbert, toCu, "Busy. Came back with a case of Dutch sea charts and no money.");
        Post cu15 = say(15, "11:00", ndDealers, cuthbert, "Paris report: Dutch charts up, English counties flat. One "
                + "stand had a Waldseemüller facsimile marked as original, so be careful what comes over.");
        re(15, "11:20", solveig, cu15, "Good to know, thanks Cuthbert.");
        Post ge3 = say(16, "14:00", ndAsk, gethin, "Looking for a real Speed now, budget around £400. Which county "
                + "should I hunt for?");
        Post cuGe = re(16, "14:30", cuthbert, ge3, "At that budget look at the Speed miniatures (1627 onwards), or a "
                + "later full-size county with a fault. Rutland and the small counties come up most.");
        re(16, "15:00", ravi, ge3, "Agree with Cuthbert, and buy from someone who gives a written guarantee, whoever "
                + "it is.");
        re(16, "15:20", gethin, cuGe, "Miniatures, I hadn't thought of those. Thank you both.");
        say(17, "10:00", ndStock, ravi, "New in: Speed miniature, Rutland, 1646, good impression. £360.");
        Post an3 = say(19, "17:00", ndAsk, annelise, "Thinking about the Lothian sheet after all. @Solveig Brekke is "
                + "it still available?");
        Post soAn = re(19, "17:30", solveig, an3, "It is. I'll send you photos tonight, no obligation.");
        re(19, "17:50", annelise, soAn, "Thank you!");
        Post do4 = say(20, "12:00", ndAsk, dominic, "Wales is back from the framer and on the wall beside Glamorgan. "
                + "Thank you Henrietta.");
        re(20, "12:30", henrietta, do4, "They make a handsome pair. Enjoy them!");
    }

    private void graticule() {
        // W09
        Post kw1 = say(1, "09:30", grLounge, kwame, "QGIS 3.40 broke the label placement on every old project. "
                + "Anyone else?");
        Post brKw = re(1, "09:50", briony, kw1, "Yes. Turn off \"allow overruns\" in placement, it's on by default "
                + "now.");
        re(1, "10:05", kwame, brKw, "That was it, thank you.");
        Post za1 = say(1, "14:00", grBoard, zainab, "Hi, I'm operations manager at Northfold Food Share. We need a "
                + "clean map of the 12 villages we deliver to, with our two depots, for leaflets and the website. "
                + "Could mappers here quote? The data's a spreadsheet of postcodes.");
        Post kwZa = re(1, "15:10", kwame, za1, "Hi Zainab. I can geocode the postcodes and make a print map plus a "
                + "web version, about £380 for both, a week's turnaround. Do you need roads, or just village "
                + "outlines?");
        Post otZa = re(1, "16:30", ottoline, za1, "Hello Zainab. For something hand-drawn in feel I'd quote £450, "
                + "print only, but Kwame's web version sounds more like what you need.");
        Post zaKw = re(2, "09:00", zainab, kwZa, "Main roads only. I think we'll go with the web version, Kwame. "
                + "Could you start next week?");
        re(2, "09:40", kwame, zaKw, "Yes, Monday. I'll email an invoice for half up front.");
        re(2, "10:00", zainab, otZa, "Thanks Ottoline, kind of you to point us to Kwame.");
        joins(3, "08:00", grLounge, lorcan);
        Post lo1 = say(3, "08:10", grLounge, lorcan, "Hi all, Lorcan here. Just gone freelance after six years "
                + "mapping for a utilities company. Mostly GIS, and I'd like to do more print work.");
        re(3, "08:40", briony, lo1, "Welcome Lorcan! Print is where the fun is. Shout if you want a printer "
                + "recommendation.");
        re(3, "09:00", ottoline, lo1, "Welcome! Utilities data is a good grounding, you'll know your projections.");
        Post ot4 = say(4, "11:00", grPortfolio, ottoline, "Finished: a hand-lettered estate map for a farm in "
                + "Herefordshire, field names taken from the tithe map.");
        re(4, "11:30", briony, ot4, "The lettering on the field names is gorgeous.");
        Post br1 = say(5, "16:00", grLounge, briony, "What do people charge for a simple locator map in a book these "
                + "days? A publisher has offered me £60 a map.");
        re(5, "16:20", ottoline, br1, "Too low. I ask £120 for a simple one, more if they want changes after proofs.");
        re(5, "16:40", kwame, br1, "£100 minimum here. Publishers always start low.");
        re(5, "17:00", lorcan, br1, "Useful to know, I'd have said yes to £60.");
        say(5, "17:10", grLounge, briony, "Counter-offering £110 then. Thanks all.");
        Post ot6 = say(6, "10:00", grLounge, ottoline, "Big week coming for me: my county atlas of Herefordshire "
                + "goes to the printer at the end of next week, 48 plates. I'll need fresh eyes on the proofs if "
                + "anyone has time.");
        re(6, "10:30", kwame, ot6, "Happy to help. Send a few plates my way.");
        // W10: Ottoline proofs her atlas with fellow mappers while her parish client and a festival organiser wait
        Post jo1 = say(8, "09:00", grBoard, jocelyn, "@Ottoline Fairweather hello again from Ashcombe Parish "
                + "Council. The footpath map you drew for us last year has been a hit, but there's a new permissive "
                + "path along the brook. Could you add it, and what would it cost? We'd like it in the spring "
                + "newsletter.");
        Post pl1 = say(8, "09:30", grLounge, ottoline, "Proofs are out! Plates 1-12 are in the shared folder. Mostly "
                + "checking place-name spellings against the gazetteer, and contours where they cross plate edges.");
        Post kwPl = re(8, "11:00", kwame, pl1, "Plate 4: \"Much Marcle\" is spelt \"Much Marckle\" on the inset.");
        re(8, "11:20", ottoline, kwPl, "Argh, thank you. That's the old spelling from my tithe source.");
        Post brPl = re(8, "14:00", briony, pl1, "Plate 9: the 200m contour doesn't meet plate 10 across the edge, "
                + "about 2mm out.");
        re(8, "14:30", ottoline, brPl, "Good spot, it's a registration slip in the export. Fixing.");
        Post ma1 = say(9, "10:00", grBoard, matthias, "Hello, I'm organising the Wyebridge Walking Festival in June. "
                + "A friend at the ramblers said to ask @Ottoline Fairweather for a festival map with our nine "
                + "walks on it. Would you be free for it, and roughly what would it cost?");
        Post pl2 = say(9, "10:30", grLounge, ottoline, "Plates 13-30 are up. Lorcan, would you take 13-20? Fresh "
                + "eyes.");
        re(9, "11:00", lorcan, pl2, "On it.");
        Post loPl = re(9, "16:00", lorcan, pl2, "13-20 done. Two things: the parish boundary on 17 uses a dash that "
                + "isn't in your key, and the \"Bromyard Downs\" label sits on the trig point.");
        re(9, "16:30", ottoline, loPl, "Both fixed. You've a good eye, Lorcan.");
        Post jo2 = re(10, "09:00", jocelyn, jo1, "Hi Ottoline, just checking you saw this? The newsletter goes to "
                + "print on the 24th.");
        Post pl3 = say(10, "10:00", grLounge, ottoline, "Question for the GIS people: the printer wants PDF/X-4 but "
                + "my hillshade transparency flattens badly. Any trick?");
        Post kwPl3 = re(10, "10:40", kwame, pl3, "Export at 600dpi with the flattener on high resolution, or "
                + "rasterise just the hillshade layer.");
        re(10, "11:00", ottoline, kwPl3, "Rasterising the hillshade worked. Thank you.");
        Post za2 = say(10, "14:00", grBoard, zainab, "Kwame, the draft looks great. Can a web map like this show our "
                + "delivery day for each village when you click it?");
        re(10, "14:30", kwame, za2, "Yes, a popup per village. I'll add it, no extra charge.");
        Post pl4 = say(11, "09:00", grLounge, ottoline, "Plates 31-48 are up, the last batch. Briony, could you do "
                + "the index pages? They're the ones I always get wrong.");
        re(11, "09:20", briony, pl4, "Yes, after lunch.");
        Post ma2 = re(11, "13:00", matthias, ma1, "@Ottoline Fairweather sorry to chase, we need to book a mapmaker "
                + "by the end of March. Is this something you'd take on?");
        Post brPl4 = re(11, "15:00", briony, pl4, "Index: four grid references are one square out (Ledbury, "
                + "Pembridge, Eardisland, Kington). List in the folder.");
        re(11, "15:30", ottoline, brPl4, "You're a star. Fixed.");
        Post pl5 = say(12, "10:00", grLounge, ottoline, "Last one before I send: should a county atlas show magnetic "
                + "variation on every plate, or once in the introduction?");
        re(12, "10:20", lorcan, pl5, "Once in the introduction. It'll be out of date in a couple of years anyway.");
        re(12, "10:35", kwame, pl5, "Agree, once, with the date.");
        say(12, "11:00", grLounge, ottoline, "Once it is. Thanks both.");
        Post pl6 = say(13, "17:00", grLounge, ottoline, "Files sent to the printer! Thank you Kwame, Briony and "
                + "Lorcan: 31 corrections between you. The first copy goes to Lorcan for plate 17.");
        pl6.react("🎉", kwame, briony, lorcan);
        re(13, "17:20", briony, pl6, "Can't wait to see it bound.");
        // W11
        Post otJo = re(15, "08:30", ottoline, jo2, "Jocelyn, I'm so sorry, I vanished into my atlas proofs for a "
                + "fortnight. Yes, I can add the brook path: £90 including a new PDF, and you'll have it by the "
                + "20th, in time for the 24th.");
        re(15, "09:10", jocelyn, otJo, "Wonderful, thank you. Please go ahead.");
        Post otMa = re(15, "08:45", ottoline, ma2, "Matthias, apologies for the silence, I had an atlas deadline. "
                + "I'd love to do the festival map. Nine walks on one sheet with route cards on the back would be "
                + "about £650. Could you send me the routes as GPX files?");
        re(15, "12:00", matthias, otMa, "That's within budget. GPX files coming tonight.");
        Post kw16 = say(16, "14:00", grLounge, kwame, "Zainab's map went live today, popups and all. Nice to make "
                + "something for a food share.");
        re(16, "14:30", ottoline, kw16, "Lovely work, Kwame. Clear as anything.");
        Post ma3 = say(18, "09:00", grBoard, matthias, "GPX sent to Ottoline. For the festival we also need an "
                + "accessible version of the map for screen readers. Does anyone here do that?");
        Post loMa = re(18, "09:45", lorcan, ma3, "I've made accessible web maps for the utility, with text route "
                + "descriptions alongside. Happy to quote, probably around £200. What does your website run on?");
        re(18, "10:20", matthias, loMa, "WordPress. A quote would be great, thank you.");
        Post ot20 = say(20, "16:00", grPortfolio, ottoline, "The brook path, added to Ashcombe's parish footpath "
                + "map. Sent today.");
        re(20, "16:20", jocelyn, ot20, "Already on the newsletter proof. Thank you!");
    }

    private void meridian() {
        // W09
        say(1, "09:00", mgNews, theodora, "Open workshop on Saturday 11 March: come and watch gores being laid on a "
                + "30cm globe, 10:00-15:00, free but booked. Places: meridianglobes.example/open-day");
        Post le1 = say(1, "12:00", mgAsk, leopold, "Morning all. My 36cm terrestrial is due in about three weeks. "
                + "Anything I should think about for where it will stand? It's a south-facing study.");
        Post thLe = re(1, "12:40", theodora, le1, "Hello Leopold. Keep it out of direct sun if you can: the varnish "
                + "resists UV, but the colours still fade over the years. And away from radiators.");
        re(1, "13:00", leopold, thLe, "The corner by the bookcase, then. Thanks Theodora.");
        Post cr1 = say(2, "10:00", mgAsk, cressida, "@Rufus Penhallow how is my grandfather's globe coming on? No "
                + "rush, just curious.");
        Post ruCr = re(2, "10:45", rufus, cr1, "It's cleaned and the split along the equator is glued. Next week the "
                + "missing bit of the Pacific gets a new fragment of gore. Photos soon!");
        re(2, "11:00", cressida, ruCr, "Oh, can't wait to see it.");
        Post be1 = say(3, "15:00", mgGlobes, benedikt, "Our 23cm on my son's desk, a year old now, and he still "
                + "spins it every night.");
        Post thBe = re(3, "15:30", theodora, be1, "That's the best review we could have. Thank you for sharing it.");
        Post beTh = re(3, "16:00", benedikt, thBe, "My brother-in-law turns 50 in May, so I've sent him your way for "
                + "a bigger one 😄");
        re(3, "16:30", theodora, beTh, "That's very kind of you, Benedikt. We'll look after him.");
        Post mq1 = say(4, "09:00", mgDm, marisol, "Hi Ines, quick one about my order (the 30cm for my dad): could "
                + "you engrave a small brass plaque on the stand? \"For Papa, 70 times round the sun\".");
        Post inMq = re(4, "09:50", ines, mq1, "Hi Marisol, yes we can, £25 for the plaque. I'll add it to the order "
                + "and send you a proof of the lettering first.");
        re(4, "10:05", marisol, inMq, "Perfect, thank you!");
        say(5, "11:00", mgNews, rufus, "Restoration bench: big jobs are booked until May, but small ones (a stand, a "
                + "meridian ring, a new horizon band) can still go in. Ask in #ask-the-workshop.");
        Post mq2 = say(5, "14:00", mgAsk, marisol, "Can I come to the open workshop without booking? My dad might "
                + "like to come along.");
        Post inMq2 = re(5, "14:20", ines, mq2, "Best to book, it's a small room, but I've added two places for you "
                + "both.");
        re(5, "14:30", marisol, inMq2, "You're a star.");
        say(6, "10:00", mgNews, theodora, "Half the open-workshop places have gone. meridianglobes.example/open-day");
        // W10: Theodora posts the floor globe's progress to the news room
        Post fg1 = say(8, "09:00", mgNews, theodora, "The big one has begun: an 80cm floor globe for the Whitlow "
                + "Grammar School library. Today the plaster sphere was turned.");
        say(8, "16:00", mgNews, theodora, "Sphere sanded smooth, drying overnight.");
        say(9, "10:00", mgNews, theodora, "Meridian ring cast in brass and ready for engraving.");
        Post ru9 = say(9, "13:00", mgGlobes, rufus, "Cressida's 1890s Malby globe: the new fragment in the Pacific, "
                + "toned to match.");
        re(9, "14:00", cressida, ru9, "I can't even see where it is! My grandfather would be thrilled.");
        say(9, "17:00", mgNews, theodora, "Gores printed: 36 of them, on thin paper so they stretch.");
        Post fg4 = say(10, "09:30", mgNews, theodora, "First six gores laid. Each soaks for exactly 40 seconds "
                + "before it goes on.");
        Post fg5 = say(10, "16:00", mgNews, theodora, "Eighteen gores on. The Atlantic lines up!");
        Post leFg = re(10, "16:20", leopold, fg5, "Mesmerising. Is mine made the same way?");
        re(10, "16:40", theodora, leFg, "Exactly the same, only smaller. Yours is in the drying room now.");
        Post fg6 = say(11, "11:00", mgNews, theodora, "All 36 gores laid. Now the polar calottes.");
        say(11, "16:30", mgNews, theodora, "The open workshop is full, thank you. See those of you who booked on "
                + "Saturday.");
        Post fg8 = say(13, "16:00", mgNews, theodora, "Open workshop done: 24 visitors, and one young man who laid a "
                + "gore himself.");
        Post be2 = say(14, "09:00", mgAsk, benedikt, "Thanks for yesterday, my son hasn't stopped talking about "
                + "laying that gore! Could he come to a summer workshop, and is there a minimum age?");
        Post inBe = re(14, "09:30", ines, be2, "We'd love to have him back. The summer workshop is for ages 10 and "
                + "up; dates go up in April.");
        re(14, "09:45", benedikt, inBe, "He's 11, so perfect. Thanks Ines.");
        say(14, "11:00", mgNews, theodora, "Hand-colouring the oceans on the floor globe: three washes.");
        Post fg10 = say(14, "16:00", mgNews, theodora, "First coat of varnish on. It goes to Whitlow in April.");
        fg1.react("👀", leopold, benedikt);
        fg4.react("🔥", cressida);
        fg6.react("👏", marisol, leopold);
        fg8.react("❤️", benedikt, marisol);
        fg10.react("😍", cressida, leopold);
        Post mq3 = say(13, "19:00", mgDm, marisol, "The plaque proof looks lovely. When will the globe ship?");
        re(13, "19:30", ines, mq3, "Next Tuesday, tracked. You'll get the number by email.");
        // W11
        joins(15, "08:00", mgAsk, fenwick);
        Post fe1 = say(15, "08:05", mgAsk, fenwick, "Hello, Benedikt's brother-in-law here. What does a 36cm globe "
                + "cost, and how long is the wait?");
        Post inFe = re(15, "09:00", ines, fe1, "Hello Fenwick, welcome! A 36cm terrestrial is £1,450 with a walnut "
                + "stand, about ten weeks at the moment. Shall I send you the colour options?");
        re(15, "09:20", fenwick, inFe, "Please do. Ten weeks is fine, the birthday's in May.");
        Post le2 = say(16, "09:00", mgAsk, leopold, "@Ines Albuquerque my globe was due on Friday and the tracking "
                + "hasn't moved since Wednesday. Any news?");
        Post inLe = re(17, "15:00", ines, le2, "Leopold, I'm so sorry, I was off yesterday and only saw this now. "
                + "The courier lost the label at their depot; it's been re-sent on a new one and will be with you "
                + "on Thursday. We'll refund the delivery.");
        re(17, "15:30", leopold, inLe, "Thank you, that's good of you. Thursday it is.");
        say(17, "10:00", mgNews, theodora, "Summer workshop for young globemakers: 24-28 July, ages 10 and up. "
                + "Booking opens on 1 April.");
        Post ru18 = say(18, "11:30", mgGlobes, rufus, "Before and after: an 1890s Malby terrestrial, cleaned, the "
                + "equator split repaired and the Pacific patched. Going home to Cressida this week.");
        re(18, "12:00", cressida, ru18, "Thank you Rufus. It's going back on the same shelf it sat on for sixty "
                + "years.");
        Post le3 = say(19, "18:00", mgGlobes, leopold, "It's here! In the corner by the bookcase, out of the sun as "
                + "ordered.");
        re(19, "18:20", theodora, le3, "It looks perfectly at home. Enjoy it, Leopold.");
        re(19, "18:40", rufus, le3, "That walnut stand came out beautifully.");
        Post mq4 = say(20, "10:00", mgDm, marisol, "The globe arrived and the plaque is perfect. Dad cried. Thank "
                + "you Ines!");
        re(20, "10:30", ines, mq4, "That's made our week. Thank you for telling us.");
    }

    private void oldSheets() {
        // W09: Speed's Cheshire
        Post wi1 = say(1, "08:30", osSheet, wilhelmina, "This week's sheet: John Speed's Cheshire, 1610, with the "
                + "plan of Chester inset. The scan is pinned. Start wherever you like.");
        re(1, "12:00", percival, wi1, "The scale bar says miles, but not statute miles. Chester to Nantwich measures "
                + "16 on the map and it's 20 by road.");
        Post nuWi = re(1, "12:30", nuala, wi1, "The Chester inset has the Rows drawn in! You can see the galleries "
                + "along Watergate Street.");
        Post inNu = re(1, "13:10", ingrid, nuWi, "I'd never have spotted that. Is it the earliest picture of the "
                + "Rows?");
        re(1, "13:40", nuala, inNu, "One of the earliest printed ones. Braun and Hogenberg's plan has them too, a "
                + "little earlier.");
        joins(2, "10:00", osGeneral, barnaby);
        Post ba1 = say(2, "10:02", osGeneral, barnaby, "Hi everyone! I run Lost Villages Mapped on Instagram and "
                + "YouTube. Please follow @lostvillagesmapped and subscribe, every follow helps: "
                + "youtube.example/@lostvillagesmapped");
        say(2, "10:06", osSheet, barnaby, "Love this sheet! If you like old maps please follow me on Instagram and "
                + "subscribe to my channel: youtube.example/@lostvillagesmapped 🙏");
        re(2, "11:00", wilhelmina, ba1, "Welcome Barnaby. We're a reading group, so do come and read with us: this "
                + "week it's Speed's Cheshire.");
        Post ja1 = say(2, "19:00", osHelp, jasper, "On the Cheshire sheet, what's the little symbol like a fence "
                + "round some trees near Macclesfield?");
        Post peJa = re(2, "19:20", percival, ja1, "A park pale: a deer park, fenced in. Macclesfield Forest had "
                + "several.");
        re(2, "19:40", jasper, peJa, "A deer park! Thank you Percival.");
        Post yu1 = say(3, "09:00", osSheet, yusuf, "The Welsh border is dotted but the hundreds are solid lines. Was "
                + "that a printing choice or a legal one?");
        Post wiYu = re(3, "09:30", wilhelmina, yu1, "Mostly custom: Speed copied Saxton's dots for the county line. "
                + "Good question.");
        re(3, "10:00", yusuf, wiYu, "Interesting, thanks.");
        say(4, "14:00", osHelp, ingrid, "Can anyone read the Latin in the cartouche? \"Cestriae comitatus...\" and "
                + "then I'm lost.");
        Post nu4 = say(4, "14:20", osHelp, nuala, "\"Cestriae comitatus palatinus\": the County Palatine of Chester. "
                + "The small print underneath says it was sold in Pope's Head Alley.");
        re(4, "14:35", ingrid, nu4, "Pope's Head Alley! Thank you Nuala.");
        Post pe5 = say(5, "16:00", osSheet, percival, "Measured a few more distances: Speed's miles come out at "
                + "about 1.3 statute miles all over the sheet. Consistent, at least.");
        re(5, "16:30", jasper, pe5, "So the old long mile. Great work, Percival.");
        Post in6 = say(6, "11:00", osGeneral, ingrid, "Is anyone going to the map library's open evening on Tuesday "
                + "the 14th?");
        re(6, "11:30", nuala, in6, "Yes! Let's meet at the door at six.");
        // W10: the tithe map; Yusuf is helped four times and leaves Ingrid's question
        say(8, "08:30", osSheet, wilhelmina, "This week: the 1840 tithe map of Ashby Folville with its "
                + "apportionment. Each field has a number; the apportionment gives owner, occupier, field name and "
                + "use.");
        Post yu2 = say(8, "10:00", osHelp, yusuf, "In the apportionment, field 112 is \"Gorsey Lesow\" and the use "
                + "is \"M\". What's a lesow, and M?");
        Post nuYu = re(8, "10:30", nuala, yu2, "Leasow is pasture, and M is meadow. So gorsy pasture mown for hay.");
        re(8, "10:50", yusuf, nuYu, "Thanks.");
        Post yu3 = say(9, "09:00", osHelp, yusuf, "Field 87 has a double line round part of it. Is that a boundary "
                + "change?");
        Post peYu = re(9, "09:40", percival, yu3, "No, that marks tithe-free land, usually glebe. Look for "
                + "\"exempt\" in the apportionment.");
        re(9, "10:00", yusuf, peYu, "Thanks.");
        Post ba2 = say(9, "15:00", osSheet, barnaby, "Field 40 is \"Chapel Close\" but there's no chapel on the map. "
                + "A lost chapel?");
        Post jaBa = re(9, "15:30", jasper, ba2, "There was one, a chantry chapel pulled down in the 1540s. The field "
                + "name is all that's left of it.");
        re(9, "16:00", barnaby, jaBa, "That's exactly the kind of thing I love. Thank you Jasper!");
        Post in3 = say(10, "11:00", osSheet, ingrid, "@Yusuf Demir you said you work at the county record office: do "
                + "they hold the enclosure award for Ashby Folville? It would show what these fields were before.");
        Post yu4 = say(11, "10:00", osHelp, yusuf, "What does \"Arable and Tithe Barn\" mean in the description "
                + "column? Is the barn part of the field?");
        Post wiYu4 = re(11, "10:30", wilhelmina, yu4, "The barn stands in that field and is counted with it: the "
                + "tithe barn, where tithes in kind were stored before 1836.");
        re(11, "10:45", yusuf, wiYu4, "Thanks.");
        Post yu5 = say(12, "14:00", osHelp, yusuf, "Last one: some owners are \"Trustees of\" something. Who were "
                + "they?");
        Post nuYu5 = re(12, "14:30", nuala, yu5, "Charities mostly, almshouse and school trustees. The Charity "
                + "Commissioners' reports of the 1830s list them county by county.");
        re(12, "14:40", yusuf, nuYu5, "Thanks.");
        Post pe12 = say(12, "18:00", osSheet, percival, "The tithe surveyor's chain lines still show faintly on the "
                + "scan: look at fields 60 to 70.");
        re(12, "18:20", nuala, pe12, "You can! Like pencil ghosts.");
        Post ba3 = say(13, "20:00", osSheet, barnaby, "I filmed a short walk round Chapel Close today, with the "
                + "tithe map on screen. Would anyone mind if I credited the group in the video?");
        re(13, "20:30", wilhelmina, ba3, "Of course not, that's kind of you to ask. Do share the link when it's up.");
        // W11: the six-inch; Yusuf answers and helps
        Post wi3 = say(15, "08:30", osSheet, wilhelmina, "This week: the Ordnance Survey first-edition six-inch of "
                + "Ashby Folville, 1884. Compare it with last week's tithe map: what disappeared in 44 years?");
        Post yuIn = re(15, "09:30", yusuf, in3, "Sorry Ingrid, I missed this last week. Yes, we hold the 1762 "
                + "enclosure award and its map; I'll bring a photo to the open evening. Field 112 was part of the "
                + "old Gorse Common.");
        re(15, "10:00", ingrid, yuIn, "That would be wonderful, thank you Yusuf!");
        re(15, "12:00", yusuf, wi3, "The tithe barn in field 47 is gone by 1884, and the brook's been straightened.");
        Post ja2 = say(15, "13:00", osHelp, jasper, "On the six-inch, what's \"B.M. 312.4\" next to the church?");
        Post yuJa = re(15, "13:20", yusuf, ja2, "A benchmark: height above sea level in feet. The arrow is cut into "
                + "the church wall, and you can often still find it.");
        re(15, "13:40", jasper, yuJa, "I'll go and look for it! Thanks Yusuf.");
        Post in16 = say(16, "21:00", osGeneral, ingrid, "What a lovely evening at the map library. Yusuf's enclosure "
                + "map was the star.");
        re(16, "21:20", yusuf, in16, "Glad it was useful. The archivists loved having you all.");
        Post ba4 = say(17, "10:00", osSheet, barnaby, "The video's up, with thanks to the group in the description: "
                + "youtube.example/watch?v=chapelclose. And the six-inch marks the field \"Site of Chapel\" in "
                + "gothic letters!");
        re(17, "10:30", nuala, ba4, "Lovely video. The gothic lettering is how the Ordnance Survey marked "
                + "antiquities.");
        say(18, "09:00", osSheet, jasper, "@Percival Amesbury did you ever survey round Ashby Folville when you were "
                + "with the Ordnance Survey? I'm wondering whether the mill leat on the six-inch was still visible.");
        Post pe19 = say(19, "11:00", osSheet, percival, "The six-inch marks boundary stones as \"B.S.\" at every "
                + "bend of the parish boundary, eleven on this sheet. A project for a dry day?");
        re(19, "11:30", ingrid, pe19, "Yes please! I'll bring a flask.");
        re(19, "12:00", wilhelmina, pe19, "Let's pick a Saturday in April.");
    }

    private void stileway() {
        // W09
        say(1, "09:00", swNews, gwendolyn, "New this month: sheet 22, the Wye Valley Walk from Chepstow to Monmouth "
                + "at 1:25,000, with every river crossing. stileway.example/shop/wye-valley");
        Post cr1 = say(1, "10:00", swAuthors, crispin, "Morning. I walked the whole of my Malvern ridge route again "
                + "on Saturday for the new edition. My knees are not what they were, but I did it in my old time. I "
                + "still think it's my best route.");
        Post aiCr = re(1, "10:30", ailsa, cr1, "Good going! The ridge in February is no joke.");
        re(1, "11:00", crispin, aiCr, "I used to do it in four hours when I wrote my first book. I timed myself at "
                + "every stile. My readers always tell me my timings are spot on.");
        Post me1 = say(2, "14:00", swQueries, meredith, "Is there still parking at the start of route 14 on Cleeve "
                + "Hill? The book says the common car park, but there's a barrier now.");
        Post osMe = re(2, "14:40", osian, me1, "Thanks for flagging it, Meredith. The council put a height barrier "
                + "up in January: cars can still get in, vans can't. We'll add a note to the route page.");
        re(2, "15:00", meredith, osMe, "Great, thank you.");
        Post gr1 = say(3, "11:00", swQueries, greta, "Is there a Stileway map for the Wye Valley Walk? Where can I "
                + "buy one?");
        Post gwGr = re(3, "11:30", gwendolyn, gr1, "There is, Greta: sheet 22, just out. "
                + "stileway.example/shop/wye-valley, £8.95, or from any bookshop in Monmouth.");
        re(3, "11:45", greta, gwGr, "Ordered, thank you!");
        Post cr3 = say(3, "16:00", swAuthors, crispin, "My publisher in the nineties sold 20,000 copies of my "
                + "Cotswold book. I was on the radio twice. I sometimes think I've walked every footpath in "
                + "Gloucestershire myself.");
        re(3, "16:20", osian, cr3, "Quite a record.");
        Post to1 = say(4, "09:00", swTrail, tomasz, "Route 9, Saturday: the footbridge at Lower Slad is closed, "
                + "diversion signed along the lane, adds 10 minutes.");
        re(4, "09:30", ailsa, to1, "Thanks Tomasz, that's one of mine. I'll walk the diversion and send Osian a "
                + "correction.");
        re(4, "10:00", osian, to1, "Much appreciated. We'll put it on the route page today.");
        Post cr5 = say(5, "10:00", swAuthors, crispin, "I've been thinking about my next book. I want to do my own "
                + "favourite walks, the ones I've never published. My wife says I should call it My Secret "
                + "Gloucestershire. I like it.");
        Post gwCr = re(5, "10:30", gwendolyn, cr5, "Send me a proposal when it's ready, Crispin.");
        re(5, "11:00", crispin, gwCr, "I'll get my notes typed up. I've kept my diaries from every walk since 1988, "
                + "and my maps with my pencil marks. My daughter is scanning them for me.");
        Post ai1 = say(6, "15:00", swAuthors, ailsa, "Anyone else having trouble with the new GPS app's elevation? "
                + "It says my Cleeve route climbs 900m; it's 320.");
        re(6, "15:30", crispin, ai1, "I never use those apps myself. I walk with my compass and my own maps, always "
                + "have.");
        Post osAi = re(6, "16:00", osian, ai1, "The app smooths badly on steep ground. Use the terrain data we "
                + "licence instead, I'll send you the file.");
        re(6, "16:15", ailsa, osAi, "Thank you Osian, that's much better.");
        // W10
        say(8, "09:00", swNews, osian, "Correction for route 9 (Slad valley): the footbridge is closed until May, "
                + "diversion via Knapp Lane. The updated PDF is on the route page.");
        Post es1 = say(8, "12:00", swQueries, esther, "I'm doing route 7 with my walking group, 12 of us, on Sunday "
                + "the 12th. @Ailsa Maclaren is the pub at the halfway point still open at lunchtime?");
        Post aiEs = re(8, "13:00", ailsa, es1, "It is, Esther, but they close the kitchen at two and like a call "
                + "ahead for groups over eight.");
        re(8, "13:20", esther, aiEs, "Perfect, I'll ring them.");
        Post cr9 = say(9, "10:00", swAuthors, crispin, "Has anyone walked the new Offa's Dyke diversion near "
                + "Knighton? I need it for a revision.");
        Post aiCr9 = re(9, "10:30", ailsa, cr9, "Last month. It's well signed, but muddy by the cattle grid; add 15 "
                + "minutes.");
        Post crAi = re(9, "10:50", crispin, aiCr9, "Thank you Ailsa, that's just what I needed. How's your Forest of "
                + "Dean book coming along?");
        re(9, "11:10", ailsa, crAi, "Slowly! Twelve of twenty routes walked.");
        Post rh1 = say(10, "15:00", swTrail, rhodri, "Route 14: the book gives the trig point as SO 996 259, but the "
                + "pillar is at SO 995 262.");
        Post osRh = re(10, "15:40", osian, rh1, "Well spotted, Rhodri, it was copied wrong. Fixed for the reprint, "
                + "and thank you.");
        re(10, "16:00", rhodri, osRh, "Happy to help.");
        Post to2 = say(11, "09:00", swQueries, tomasz, "Are dogs OK on the Wye Valley sheet's Tintern loop? Any "
                + "stiles they can't get over?");
        Post gwTo = re(11, "09:45", gwendolyn, to2, "Two ladder stiles near Tintern have dog gates beside them, "
                + "otherwise fine. Leads on near the sheep at Whitebrook.");
        re(11, "10:00", tomasz, gwTo, "Great, thanks Gwendolyn.");
        Post me12 = say(12, "17:00", swTrail, meredith, "Route 14 on Sunday: the barrier has a gap for walkers now, "
                + "and the car park was half empty at nine.");
        re(12, "17:30", crispin, me12, "Thanks Meredith, good to know for my Cleeve chapter.");
        Post gw13 = say(13, "10:00", swAuthors, gwendolyn, "Authors: the spring reprint deadline is the 31st. "
                + "Corrections to Osian by then, please.");
        re(13, "10:20", ailsa, gw13, "Will do. The Slad diversion is coming this week.");
        // W11
        Post gw15 = say(15, "09:00", swNews, gwendolyn, "Coming in April: sheet 23, the Malvern Hills, with Crispin "
                + "Yardley's ridge walks. Pre-orders at stileway.example/shop/malverns");
        re(15, "09:30", crispin, gw15, "Thank you Osian and Gwendolyn for all the work on it.");
        Post gr2 = say(16, "11:00", swQueries, greta, "The Wye Valley sheet is great. Small thing: the Redbrook "
                + "crossing shows a footbridge. Is that the old railway bridge?");
        Post osGr = re(16, "11:30", osian, gr2, "It is, the bridge by the Boat Inn, the only crossing there. Glad "
                + "you're enjoying the sheet!");
        re(16, "12:00", greta, osGr, "Walked over it on Sunday, lovely. Thanks Osian.");
        Post es2 = say(17, "14:00", swQueries, esther, "Route 7 done, all 12 of us! The pub made us sandwiches. "
                + "Thank you @Ailsa Maclaren for the tip.");
        re(17, "14:30", ailsa, es2, "Wonderful, glad it went well.");
        Post ai17 = say(17, "16:00", swAuthors, ailsa, "Slad diversion walked and sent. Honestly, it's prettier than "
                + "the original path.");
        re(17, "16:20", osian, ai17, "Got it, thank you Ailsa. It'll be in the reprint.");
        Post to3 = say(18, "10:00", swTrail, tomasz, "Tintern loop: the dog gates are there, but one was tied shut "
                + "with baler twine. Untied it.");
        re(18, "10:30", gwendolyn, to3, "Thank you Tomasz! We'll let the ranger know.");
        Post cr19 = say(19, "12:00", swAuthors, crispin, "Ailsa, how did you handle permissive paths in your Forest "
                + "of Dean routes? Some of mine may close in the shooting season.");
        Post aiCr19 = re(19, "12:30", ailsa, cr19, "I give the permissive path, and an all-year alternative in a box "
                + "beside it. Readers like having both.");
        re(19, "12:45", crispin, aiCr19, "That's a good answer, I'll do the same. Thank you.");
        say(20, "09:00", swTrail, rhodri, "The trig point on route 14 has been freshly painted. Someone's adopted "
                + "it.");
    }

    private void vernier() {
        // W09
        Post au1 = say(1, "10:00", vcChat, augustin, "Picked up a Gunter's chain at a farm sale: 100 links, brass "
                + "tallies every ten. Two links missing, otherwise complete.");
        Post maAu = re(1, "10:30", mabel, au1, "Lucky find! Are the tallies the pointed kind or the round?");
        Post auMa = re(1, "10:50", augustin, maAu, "Pointed, one to four points. English, early 1900s?");
        re(1, "11:10", mabel, auMa, "Sounds right. Chesterman made most of those.");
        Post ma1 = say(2, "14:00", vcChat, mabel, "@Horace Tindall do you have a price list for restoration "
                + "anywhere? My level needs new crosshairs and I've no idea what that costs.");
        Post hoMa = re(2, "14:30", horace, ma1, "I do: tindallinstruments.example/prices. Crosshairs on a dumpy "
                + "level are £45 if the reticle comes out cleanly.");
        re(2, "14:45", mabel, hoMa, "Very fair. I'll bring it to the April meet.");
        Post ea1 = say(3, "09:00", vcIdentify, eamon, "Found in my late uncle's shed: brass, a compass needle and "
                + "two sights that fold up. Any ideas?");
        Post auEa = re(3, "09:40", augustin, ea1, "A miner's dial, I think. Look for a maker's name on the compass "
                + "face.");
        Post eaAu = re(3, "10:20", eamon, auEa, "\"W. Wilton, St Day\". Cornwall!");
        re(3, "10:40", augustin, eaAu, "Then definitely a miner's dial: Wilton made them for the tin mines. A nice "
                + "one.");
        Post hoEa = re(3, "11:00", horace, ea1, "Agree with Augustin. Don't polish it: the original lacquer is most "
                + "of its value.");
        re(3, "11:20", eamon, hoEa, "Noted, not touching it!");
        say(4, "16:00", vcSale, eamon, "For sale: Stanley dumpy level, 1930s, with tripod and case. £220, collect "
                + "from Shrewsbury.");
        Post ho5 = say(5, "10:00", vcChat, horace, "Does anyone know a source for spider-silk crosshairs? Mine have "
                + "run out and the synthetic ones are too thick.");
        re(5, "10:30", mabel, ho5, "A friend of mine keeps spiders for exactly this 😂 I'll ask her.");
        Post auHo = re(5, "11:00", augustin, ho5, "Tungsten wire, 5 microns, from the microscope suppliers. Not "
                + "original, but it lasts.");
        re(5, "11:30", horace, auHo, "Tungsten for the working instruments then. Thanks both.");
        // W10: Horace's bench diary to nobody, with prices
        joins(8, "08:00", vcChat, sigrid);
        Post si1 = say(8, "08:10", vcIdentify, sigrid, "Hi, new here. Bought this at a flea market for £30: wooden "
                + "box, brass telescope on a stand, \"Gurley, Troy N.Y.\" on the barrel. What is it, and did I "
                + "overpay?");
        Post auSi = re(8, "08:50", augustin, si1, "A Gurley transit, American, and at £30 you didn't overpay, you "
                + "robbed them. They go for £300 to £600 complete.");
        re(8, "09:10", sigrid, auSi, "No way! It seems complete. Thank you!");
        Post maSi = re(8, "09:30", mabel, si1, "Welcome Sigrid! Check the needle swings freely; Gurleys had good "
                + "ones.");
        re(8, "10:00", sigrid, maSi, "It swings. I'm hooked now.");
        say(8, "09:00", vcChat, horace, "On the bench today: a Troughton & Simms theodolite, 1880s, seized vertical "
                + "circle. Full strip and relacquer from £180, DM me for a slot.");
        say(8, "15:00", vcChat, horace, "Vertical circle freed. Two hours with a hairdryer and patience.");
        say(9, "10:00", vcChat, horace, "Next up: a Cooke transit needing crosshairs, £45 and a week's turnaround. "
                + "DM me if yours need doing too.");
        say(9, "17:00", vcChat, horace, "Cooke done, reads like new.");
        say(10, "09:30", vcChat, horace, "Bench today: a surveyor's compass with a cracked glass. Replacement "
                + "glasses cut to size from £30, DM me.");
        say(10, "16:00", vcChat, horace, "Glass fitted.");
        Post ea11 = say(11, "09:00", vcChat, eamon, "The miner's dial has a case now. I looked Wilton up: he worked "
                + "in St Day from about 1840 to 1880.");
        re(11, "09:30", augustin, ea11, "Lovely. A collector in Truro has a Wilton catalogue, I'll ask him for a "
                + "copy.");
        say(11, "11:00", vcChat, horace, "Relacquering a Stanley level today. This is the part I love.");
        say(11, "17:00", vcChat, horace, "Lacquer curing. Three more in the queue and two slots left for March, DM "
                + "me.");
        say(12, "10:00", vcChat, horace, "Tripod legs: new brass shoes and clamps, £60 a set, DM me.");
        Post ma13 = say(12, "18:00", vcChat, mabel, "Anyone reading anything good on the history of surveying?");
        Post auMa13 = re(12, "18:40", augustin, ma13, "Bennett's \"The Divided Circle\". Still the best.");
        re(12, "19:00", mabel, auMa13, "On order, thank you.");
        say(13, "14:00", vcChat, horace, "Theodolite back with its owner. Photos in my shop window.");
        say(14, "10:00", vcChat, horace, "Quiet Sunday at the bench, cleaning tools.");
        // W11
        joins(15, "09:00", vcChat, kasimir);
        Post ka1 = say(15, "09:05", vcChat, kasimir, "Hello all, Kasimir here. I deal in and restore surveying "
                + "instruments, in Leeds.");
        re(15, "09:30", mabel, ka1, "Welcome Kasimir!");
        joins(15, "10:00", vcIdentify, beatrix);
        Post bx1 = say(15, "10:10", vcIdentify, beatrix, "My grandfather was a railway surveyor and I have his "
                + "theodolite in its wooden box, \"E. R. Watts & Son, London\". The brass is very dark. Should I "
                + "clean it?");
        Post hoBx = re(15, "10:40", horace, bx1, "Please don't, or not much! The dark is the original lacquer gone "
                + "brown. A soft brush for the dust, and keep the box closed. Foggy optics are a restorer's job, "
                + "but there's no hurry.");
        re(15, "11:00", beatrix, hoBx, "Oh, I was about to get the Brasso out. Thank you Horace.");
        Post auBx = re(15, "11:20", augustin, bx1, "Watts made lovely theodolites. Is there a serial number on the "
                + "horizontal circle? It would date it.");
        Post bxAu = re(15, "12:00", beatrix, auBx, "Number 8213!");
        re(15, "12:20", augustin, bxAu, "About 1925, then. A good one.");
        Post dm1 = say(16, "09:00", vcDm, kasimir, "Hi Beatrix, saw your Watts in Vernier & Chain. I restore these: "
                + "full service with the optics cleaned and relacquer, £260, four weeks. Book a slot here: "
                + "kasimirnowak.example/book");
        Post bxKa = re(16, "13:00", beatrix, dm1, "Thank you, but I'm keeping it as it is for now.");
        re(16, "13:10", kasimir, bxKa, "No problem, the offer stands.");
        Post ho17 = say(17, "10:00", vcChat, horace, "Three levels on the bench this week. And I'll be answering "
                + "questions properly again, I've been talking to myself lately 😄");
        Post maHo = re(17, "10:30", mabel, ho17, "We enjoyed the bench diary! I'll admit I skipped the prices.");
        re(17, "10:50", horace, maHo, "Fair. Fewer of those.");
        Post ea3 = say(18, "15:00", vcIdentify, eamon, "Another from the shed: a brass tube with a spirit bubble and "
                + "a mirror at 45 degrees. Abney level?");
        Post kaEa = re(18, "15:30", kasimir, ea3, "An Abney level, yes, for measuring slopes: the mirror lets you "
                + "see the bubble while you sight. Check the arc is still clearly engraved.");
        re(18, "15:50", eamon, kaEa, "It is. Thanks Kasimir!");
        say(19, "11:00", vcSale, eamon, "Sold: the Stanley dumpy. Thanks all.");
        Post au19 = say(19, "12:00", vcChat, augustin, "The Wilton catalogue copy arrived from Truro: @Eamon Garvey "
                + "your dial is in it, the 1861 pattern!");
        re(19, "12:30", eamon, au19, "That's amazing. Thank you Augustin.");
    }

    private void dragons() {
        // W09
        Post is1 = say(1, "11:00", hbStudio, isolde, "Trying a new parchment texture for coastlines. Too busy?");
        Post thIs = re(1, "11:30", thaddeus, is1, "A touch busy in the sea. Keep it on land only?");
        re(1, "11:45", isolde, thIs, "Good call, that's cleaner.");
        Post de1 = say(2, "10:00", hbCommissions, delia, "I write fantasy; book two of my series is out in September "
                + "and needs a map of the Saltmarch kingdom: one spread, black and white, for the endpapers. Could "
                + "artists here quote? I have a rough sketch.");
        Post isDe = re(2, "11:00", isolde, de1, "Hello Delia! I'd love to. A black-and-white endpaper spread is £550 "
                + "with two rounds of changes. Could you share the sketch?");
        re(2, "13:00", thaddeus, de1, "Hi Delia, mine would be £480 with two rounds of changes, four weeks. My work "
                + "is in #showcase.");
        Post deIs = re(3, "09:00", delia, isDe, "Isolde, your sea monsters won me over. Sketch coming by email, "
                + "let's do it.");
        re(3, "09:30", isolde, deIs, "Wonderful, thank you!");
        Post am1 = say(4, "15:00", hbCommissions, amara, "Hi! We're getting married in June and want an illustrated "
                + "map of the places that matter to us (where we met, our first flat, the venue) for the "
                + "invitations. How does that work, and what does it usually cost?");
        Post kiAm = re(4, "15:40", kirsten, am1, "Congratulations! You send a list of places and a few photos, the "
                + "artist sketches a layout, then inks and colours it. Simple ones run £150 to £250. I have two "
                + "slots in April: an A4 for the invitations is £180, DM me if you'd like one.");
        re(4, "16:10", amara, kiAm, "That's really helpful, thank you Kirsten. I'll talk to my fiancé.");
        Post la1 = say(5, "10:00", hbCommissions, lachlan, "Board game designer here: I need an illustrated hex map, "
                + "60 by 40cm, print-ready. Budget about £900. Who's free in April?");
        Post thLa = re(5, "11:00", thaddeus, la1, "I am, hex maps are my favourite thing. Could you send the hex "
                + "layout and the terrain list?");
        re(5, "11:30", lachlan, thLa, "Sending now. Your mountains in #showcase are exactly the look.");
        Post th6 = say(6, "14:00", hbShowcase, thaddeus, "A city map for a friend's pirate campaign, ink and "
                + "watercolour.");
        re(6, "14:30", kirsten, th6, "The harbour chains! Love this.");
        Post ki7 = say(7, "10:00", hbStudio, kirsten, "What brush pens are people using for coastlines? My Pentel "
                + "has died.");
        Post isKi = re(7, "10:20", isolde, ki7, "Kuretake No. 13, it holds a line all day.");
        re(7, "10:40", kirsten, isKi, "Ordered, thanks Isolde.");
        // W10
        joins(8, "09:00", hbStudio, oswin);
        Post os1 = say(8, "09:10", hbStudio, oswin, "Hi, Oswin here. I draw fantasy maps, mostly for self-published "
                + "authors. Glad to find you all.");
        re(8, "09:40", thaddeus, os1, "Welcome Oswin!");
        Post de2 = say(9, "18:00", hbShowcase, delia, "Book two's cover is in! The map's coming along with Isolde "
                + "too, can't wait to share it.");
        re(9, "18:30", isolde, de2, "The cover is gorgeous. The map will match its blues.");
        Post dm1 = say(10, "10:00", hbDm, oswin, "Hi Delia, loved your cover in Here Be Dragons. I do fantasy maps "
                + "for authors from £350, quick turnaround. If book three needs one, book a call: "
                + "oswinhartley.example/book");
        Post deOs = re(10, "12:00", delia, dm1, "Thank you, but Isolde is our map artist for the series.");
        re(10, "12:10", oswin, deOs, "Understood. Good luck with the launch.");
        Post is2 = say(10, "14:00", hbStudio, isolde, "Delia's Saltmarch: first pencils done. The marsh is the hard "
                + "part, it keeps looking like a spill.");
        Post kiIs = re(10, "14:30", kirsten, is2, "Stipple it, and let the reeds break the edge.");
        re(10, "14:50", isolde, kiIs, "Reeds! Thank you.");
        Post am2 = say(11, "16:00", hbCommissions, amara, "@Kirsten Aalto we'd love the A4 map, please! I'll send "
                + "the list of places.");
        re(11, "16:30", kirsten, am2, "Lovely! Send the places and any photos, and I'll sketch a layout by the end "
                + "of next week.");
        Post th12 = say(12, "11:00", hbStudio, thaddeus, "Lachlan's hex map: 240 hexes in. How do you keep texture "
                + "consistent over a piece this big?");
        Post osTh = re(12, "11:30", oswin, th12, "Make a stamp set of your terrain textures early and reuse it. It "
                + "saved me on a 400-hex map last year.");
        re(12, "12:00", thaddeus, osTh, "Stamps, of course. Thanks Oswin.");
        Post la2 = say(13, "10:00", hbCommissions, lachlan, "Thaddeus, the hex sample is perfect. Could the rivers "
                + "run along hex edges rather than through them?");
        re(13, "10:30", thaddeus, la2, "Yes, that's easier to play on too. I'll redo the sample.");
        // W11
        Post co1 = say(15, "10:00", hbCommissions, cosima, "Looking for someone to draw a map of my parents' village "
                + "for their 40th anniversary, with their house, the church they married in and the pub. A3, to "
                + "frame. Anyone free in April, and what would it cost?");
        Post osCo = re(15, "11:00", oswin, co1, "Hi Cosima, I'm free in April. An A3 village map in colour is £240, "
                + "with a layout sketch first. Happy to work from photos.");
        re(15, "11:30", isolde, co1, "I'm booked until May, but Oswin's village work is lovely.");
        re(15, "12:00", cosima, osCo, "Thank you Oswin, I'll send photos tonight.");
        Post is3 = say(16, "09:00", hbShowcase, isolde, "The Saltmarch endpapers, finished and sent to Delia's "
                + "publisher.");
        re(16, "09:30", delia, is3, "I cried a bit. Thank you Isolde, it's perfect.");
        re(16, "10:00", thaddeus, is3, "The reeds worked!");
        is3.react("😍", kirsten, oswin);
        Post ki2 = say(17, "15:00", hbStudio, kirsten, "Amara's wedding map layout: six places and their dog in the "
                + "corner. How do you handle clients who want everything to scale? Their places are 200 miles "
                + "apart.");
        Post isKi2 = re(17, "15:30", isolde, ki2, "Don't. Tell them it's a story map, not a road map, and show them "
                + "two layouts.");
        re(17, "15:50", kirsten, isKi2, "Story map. I'll use that, thanks.");
        Post am3 = say(18, "11:00", hbCommissions, amara, "Loved the layout, Kirsten! Can our dog be a bit bigger? 😄");
        re(18, "11:30", kirsten, am3, "He can be as big as you like.");
        Post os2 = say(19, "14:00", hbStudio, oswin, "Cosima's village: her dad's photos from the 70s show the old "
                + "pub sign. Draw it as it was then, or as it is now?");
        re(19, "14:30", thaddeus, os2, "Then. It's their story.");
    }

    private void kettlewick() {
        // W09
        say(1, "09:00", kmTasks, serafina, "New project: every footpath and stile in Kettlewick parish. Task board: "
                + "tasks.kettlewick-osm.example/project/12, 40 squares, claim one and go.");
        say(1, "10:00", kmTasks, leif, "Claimed 3 and 4, the ones round the mill.");
        Post mu1 = say(1, "12:00", kmTasks, maude, "Claimed 17. There's a path in it that isn't on any map.");
        re(1, "12:30", serafina, mu1, "That's what we're here for. Tag it as a path with access unknown until "
                + "someone checks.");
        Post hy1 = say(2, "18:00", kmHelp, hyacinth, "First time editing. I drew a path but it shows as a road. What "
                + "did I do wrong?");
        Post dmHy = re(2, "18:30", dmitri, hy1, "You probably tagged it highway=road. For a footpath use "
                + "highway=footway, or highway=path if it isn't clearly for walkers.");
        re(2, "19:00", hyacinth, dmHy, "Changed it to footway and it's dashed now. It's in square 22 by the "
                + "allotments, so I'll do the other two paths there the same way.");
        say(3, "17:00", kmTasks, serafina, "Board update: 14 of 40 squares done. "
                + "tasks.kettlewick-osm.example/project/12");
        Post hy2 = say(3, "20:00", kmHelp, hyacinth, "How do I add a stile? Is it a point on the path or a separate "
                + "thing?");
        Post muHy = re(3, "20:20", maude, hy2, "A point on the path itself, tagged barrier=stile. A kissing gate is "
                + "barrier=kissing_gate.");
        re(3, "20:45", hyacinth, muHy, "Done, two on the allotment path, and one turned out to be a kissing gate. "
                + "I'll check the far end on my walk tomorrow.");
        Post le4 = say(4, "11:00", kmGeneral, leif, "Walked round the mill this morning. The old leat has a "
                + "footbridge nobody's mapped.");
        Post dmLe = re(4, "11:30", dmitri, le4, "Split the path at each end of it and tag that bit bridge=yes and "
                + "layer=1.");
        re(4, "12:00", leif, dmLe, "Done. My first bridge!");
        say(5, "10:00", kmTasks, serafina, "Halfway! 21 of 40. Thank you everyone. "
                + "tasks.kettlewick-osm.example/project/12");
        Post hy3 = say(5, "19:00", kmHelp, hyacinth, "Walked the far end: the path is fenced off now with a sign "
                + "saying private. Do I delete it?");
        Post seHy = re(5, "19:30", serafina, hy3, "Don't delete it, tag it access=private so walkers know. If it's a "
                + "public right of way, the council wants to know too.");
        re(5, "19:50", hyacinth, seHy, "Tagged. And I emailed the council's rights of way officer: it is a right of "
                + "way, so the fence is coming down! I'll change it back when it's gone.");
        Post mu6 = say(5, "12:00", kmGeneral, maude, "Anyone up for a mapping walk tomorrow? Church at ten.");
        re(5, "12:30", hyacinth, mu6, "Yes! I'll bring my GPS.");
        re(5, "13:00", leif, mu6, "Count me in.");
        // W10
        Post se8 = say(8, "10:00", kmGeneral, serafina, "Great walk on Saturday: six of us, nine stiles and a new "
                + "path. Next one on the 18th?");
        re(8, "10:30", dmitri, se8, "The 18th works for me.");
        joins(9, "09:00", kmGeneral, tarquin);
        say(9, "09:10", kmGeneral, tarquin, "Hi all. I run Lisle Geospatial: drone surveys, 3D building models and "
                + "footpath audits for councils. 10% off for community groups this spring: "
                + "lislegeo.example/community");
        say(9, "12:00", kmTasks, dmitri, "Claimed 30 to 33, the new estate. Lots of buildings to outline.");
        Post le10 = say(10, "14:00", kmHelp, leif, "How do people get building heights for 3D? I've been guessing "
                + "from the number of storeys.");
        re(10, "14:30", tarquin, le10, "We fly it: our drone survey gives every building's height to 10cm. A village "
                + "this size is about £400, book a call: lislegeo.example/community");
        Post dmLe10 = re(10, "15:00", dmitri, le10, "Storeys is the usual way: tag building:levels and let the "
                + "renderers guess about 3m each. Add height= only if you've measured it, with a laser rangefinder "
                + "say.");
        re(10, "15:20", leif, dmLe10, "building:levels it is, thanks Dmitri.");
        Post ta11 = say(11, "10:00", kmTasks, tarquin, "With our drone we could map all the remaining squares in a "
                + "day. Group rate from £600, DM me.");
        Post seTa = re(11, "10:30", serafina, ta11, "Thanks Tarquin, but the point of the project is that we walk "
                + "them ourselves.");
        re(11, "11:00", tarquin, seTa, "Fair enough.");
        Post mu12 = say(12, "16:00", kmTasks, maude, "Square 17's mystery path goes all the way to the old quarry. "
                + "Mapped and tagged.");
        re(12, "16:30", serafina, mu12, "Brilliant, Maude.");
        Post hy4 = say(13, "19:00", kmHelp, hyacinth, "The fence is down! Changed the access back. Also, what editor "
                + "do people use for buildings? Mine come out wonky.");
        Post dmHy4 = re(13, "19:20", dmitri, hy4, "JOSM with the buildings plugin: press B, draw, and it squares "
                + "them for you.");
        re(13, "19:40", hyacinth, dmHy4, "Squared! Thank you.");
        // W11
        say(15, "09:00", kmTasks, serafina, "34 of 40 done. Six squares left, mostly the estate.");
        Post ta3 = say(15, "10:00", kmHelp, tarquin, "Question for the experienced mappers: do you tag drone-derived "
                + "heights with a source?");
        Post dmTa = re(15, "10:30", dmitri, ta3, "Yes, source:height=survey with the date in a note. And tell the "
                + "local list first if it's a lot of buildings.");
        re(15, "10:45", tarquin, dmTa, "Thanks, will do.");
        Post hy5 = say(16, "11:00", kmGeneral, hyacinth, "I've been asked to talk about our project at the WI next "
                + "month. Could I use some of the before-and-after screenshots?");
        Post seHy5 = re(16, "11:20", serafina, hy5, "Of course, the data is everyone's. I'll send you the good ones.");
        re(16, "11:40", hyacinth, seHy5, "Thank you Serafina!");
        Post mu2 = say(17, "14:00", kmHelp, maude, "Someone's tagged the quarry path as a bridleway. It isn't, it's "
                + "stiles all the way. Revert it or ask them?");
        Post hyMu = re(17, "14:30", hyacinth, mu2, "Ask them first, there's a message button on their edit. The "
                + "council's map might show it as a bridleway though; one near me did last week.");
        re(17, "15:00", maude, hyMu, "Good idea, I'll check the council map first.");
        Post le18 = say(20, "17:00", kmGeneral, leif, "Mapping walk today: four of us, and the estate's done. 40 of "
                + "40!");
        re(20, "17:30", serafina, le18, "🎉 Thank you all. Tea and cake at mine next week to plan the next project.");
        le18.react("🎉", hyacinth, maude, dmitri);
        say(21, "10:00", kmTasks, serafina, "Project 12 is closed: every path in the parish is mapped. Next up, the "
                + "bus stops.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes139Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 139");
    }
}
