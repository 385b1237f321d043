package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 138 (sealed): eight communities of tailoring, dressmaking and the sewing trades, of kinds no earlier
 * round used (bespoke tailoring outworkers (coatmakers, trouser and waistcoat makers), Outworkers' Board, with a job
 * board where tailoring houses post bundles and a new waistcoat maker who takes help every day and leaves a question;
 * kiltmakers, Pleat &amp; Sett, with a room where wearers ask, a for-sale room, a kiltmaker whose link is half answer
 * and half order form, and a kiltmaker who spends a week pooling a minimum weaving run of a new tartan with fellow
 * kiltmakers while a groom and a returning customer wait for her; a haberdashery's own server, The Button Tin, with
 * its Staff and Customers, a member of staff away at a trade fair who said so, a late answer with an apology and a
 * customer who plugs her own bag shop; a home sewists' shirt sew-along, Flat Felled Club, where nobody sells, a
 * newcomer who asks for follows and a learner who talks her help through; living-history garment makers, Period Seam,
 * with a room where museums and re-enactors ask, a maker who talks about herself and improves in the third week and a
 * newcomer who answers a re-enactor's first petticoat with a price; a bespoke shirtmaker's own server, Calder &amp;
 * Finch Shirtmakers, with its Team and Clients, an owner who courts newcomers while a client who sent him her husband
 * waits, and a client's DM; cut-make-trim sewing units, Cut Make Trim Network, with a room where small brands post
 * runs, a fabric agent who posts deadstock lots to nobody and an owner whose unit floods; curtain and soft-furnishings
 * makers, Header Tape, with a room where householders ask, a maker who scatters his calculator app and a newcomer's DM
 * pitch to a householder), over three ISO weeks (2034-W05 to W07), written and labelled by writer138 (session 63)
 * before any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-138.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes138Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2034, 1, 30);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2034, 2, 20, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-138";
    private static final int BASE = 108400;

    // --- A. bespoke tailoring outworkers ---
    private final String outworkers = cast.guild(1661);
    private final Channel obWorkroom = cast.channel(outworkers, "Outworkers' Board", "workroom",
            "outworkers among ourselves: canvassing, pressing, rates", "ob-workroom.json");
    private final Channel obJobs = cast.channel(outworkers, "Outworkers' Board", "job-board",
            "tailoring houses and cutters post bundles to make; outworkers reply", "ob-job-board.json");
    private final Channel obSale = cast.channel(outworkers, "Outworkers' Board", "for-sale",
            "irons, shears, tables and cloth ends", "ob-for-sale.json");
    private final Persona aurelio = cast.person("aurelio.santangelo", "Aurelio Santangelo");
    private final Persona bernadette = cast.person("bernadette.quigley", "Bernadette Quigley");
    private final Persona teodor = cast.person("teodor.markham", "Teodor Markham");
    private final Persona phyllida = cast.person("phyllida.greaves", "Phyllida Greaves");
    private final Persona lucian = cast.person("lucian.ferrars", "Lucian Ferrars");
    private final Persona imogen = cast.person("imogen.strathearn", "Imogen Strathearn");
    private final Persona roderick = cast.person("roderick.vass", "Roderick Vass");

    // --- B. kiltmakers ---
    private final String pleat = cast.guild(1662);
    private final Channel psBench = cast.channel(pleat, "Pleat & Sett", "kiltmakers-bench",
            "kiltmakers among ourselves: pleating, cloth, mills, the trade", "ps-kiltmakers-bench.json");
    private final Channel psAsk = cast.channel(pleat, "Pleat & Sett", "ask-a-kiltmaker",
            "wearers ask about kilts, fittings and alterations; kiltmakers reply", "ps-ask-a-kiltmaker.json");
    private final Channel psSale = cast.channel(pleat, "Pleat & Sett", "for-sale",
            "kilts, cloth ends, pins and sporrans for sale", "ps-for-sale.json");
    private final Persona morag = cast.person("morag.lindsay", "Morag Lindsay");
    private final Persona ewan = cast.person("ewan.buchanan", "Ewan Buchanan");
    private final Persona isla = cast.person("isla.dunbar", "Isla Dunbar");
    private final Persona fergus = cast.person("fergus.strachan", "Fergus Strachan");
    private final Persona callum = cast.person("callum.moffat", "Callum Moffat");
    private final Persona alasdair = cast.person("alasdair.rennie", "Alasdair Rennie");
    private final Persona shona = cast.person("shona.pettigrew", "Shona Pettigrew");
    private final Persona dougal = cast.person("dougal.imrie", "Dougal Imrie");

    // --- C. a haberdashery's own server ---
    private final String buttonTin = cast.guild(1663);
    private final Role btStaff = cast.role("Staff", "#8e24aa", 2);
    private final Role btCustomer = cast.role("Customer", "#607d8b", 1);
    private final Channel btNews = cast.channel(buttonTin, "The Button Tin", "shop-news",
            "new stock, opening hours and workshops from the shop", "bt-shop-news.json");
    private final Channel btAsk = cast.channel(buttonTin, "The Button Tin", "ask-the-shop",
            "customers: notions, threads, zips and orders; one of the staff will reply", "bt-ask-the-shop.json");
    private final Channel btMakes = cast.channel(buttonTin, "The Button Tin", "show-your-makes",
            "what you've made with things from the shop", "bt-show-your-makes.json");
    private final Persona winifred = cast.person("winifred.ashcombe", "Winifred Ashcombe", btStaff);
    private final Persona keziah = cast.person("keziah.moor", "Keziah Moor", btStaff);
    private final Persona anselm = cast.person("anselm.darby", "Anselm Darby", btStaff);
    private final Persona marigold = cast.person("marigold.fenn", "Marigold Fenn", btCustomer);
    private final Persona rosalind = cast.person("rosalind.pemberton", "Rosalind Pemberton", btCustomer);
    private final Persona hester = cast.person("hester.varga", "Hester Varga", btCustomer);
    private final Persona seun = cast.person("seun.adebayo", "Oluwaseun Adebayo", btCustomer);
    private final Persona clemency = cast.person("clemency.hart", "Clemency Hart", btCustomer);
    private final Persona delphine = cast.person("delphine.morrow", "Delphine Morrow");

    // --- D. a home sewists' shirt sew-along (nobody sells) ---
    private final String flatFelled = cast.guild(1664);
    private final Channel ffGeneral = cast.channel(flatFelled, "Flat Felled Club", "general",
            "chat for the club", "ff-general.json");
    private final Channel ffSewAlong = cast.channel(flatFelled, "Flat Felled Club", "sew-along",
            "the February shirt sew-along: steps, progress photos, questions", "ff-sew-along.json");
    private final Channel ffHelp = cast.channel(flatFelled, "Flat Felled Club", "help",
            "stuck? ask here", "ff-help.json");
    private final Persona agatha = cast.person("agatha.lindqvist", "Agatha Lindqvist");
    private final Persona bryn = cast.person("bryn.tallis", "Bryn Tallis");
    private final Persona nkechi = cast.person("nkechi.okafor", "Nkechi Okafor");
    private final Persona perpetua = cast.person("perpetua.sloane", "Perpetua Sloane");
    private final Persona leander = cast.person("leander.voss", "Leander Voss");
    private final Persona mirela = cast.person("mirela.kostic", "Mirela Kostic");
    private final Persona jolyon = cast.person("jolyon.pitt", "Jolyon Pitt");

    // --- E. living-history garment makers ---
    private final String periodSeam = cast.guild(1665);
    private final Channel pmMakers = cast.channel(periodSeam, "Period Seam", "makers-room",
            "makers among ourselves: sources, hand techniques, the trade", "pm-makers-room.json");
    private final Channel pmAsk = cast.channel(periodSeam, "Period Seam", "ask-a-maker",
            "museums, re-enactment groups and re-enactors ask; makers reply", "pm-ask-a-maker.json");
    private final Channel pmShow = cast.channel(periodSeam, "Period Seam", "showcase",
            "show what you've sewn, makers and wearers alike", "pm-showcase.json");
    private final Persona cordelia = cast.person("cordelia.whitlock", "Cordelia Whitlock");
    private final Persona hamza = cast.person("hamza.qureshi", "Hamza Qureshi");
    private final Persona ottilie = cast.person("ottilie.brandreth", "Ottilie Brandreth");
    private final Persona silas = cast.person("silas.penhaligon", "Silas Penhaligon");
    private final Persona beatrice = cast.person("beatrice.onslow", "Beatrice Onslow");
    private final Persona rupert = cast.person("rupert.gaskin", "Rupert Gaskin");
    private final Persona wenna = cast.person("wenna.tregothnan", "Wenna Tregothnan");

    // --- F. a bespoke shirtmaker's own server ---
    private final String calderFinch = cast.guild(1666);
    private final Role cfTeam = cast.role("Team", "#1565c0", 2);
    private final Role cfClient = cast.role("Client", "#78909c", 1);
    private final Channel cfNews = cast.channel(calderFinch, "Calder & Finch Shirtmakers", "news",
            "cloth arrivals, trunk shows and the workroom's news", "cf-news.json");
    private final Channel cfAsk = cast.channel(calderFinch, "Calder & Finch Shirtmakers", "ask-the-workroom",
            "clients: fittings, orders, collars and care; the team replies", "cf-ask-the-workroom.json");
    private final Channel cfCloth = cast.channel(calderFinch, "Calder & Finch Shirtmakers", "cloth-talk",
            "cloth, collars and the shirts you wear", "cf-cloth-talk.json");
    private final Persona ambrose = cast.person("ambrose.calder", "Ambrose Calder", cfTeam);
    private final Persona liesel = cast.person("liesel.finch", "Liesel Finch", cfTeam);
    private final Persona tariq = cast.person("tariq.bellamy", "Tariq Bellamy", cfTeam);
    private final Persona horatio = cast.person("horatio.blanchard", "Horatio Blanchard", cfClient);
    private final Persona yvette = cast.person("yvette.marchbanks", "Yvette Marchbanks", cfClient);
    private final Persona desmond = cast.person("desmond.achterberg", "Desmond Achterberg", cfClient);
    private final Persona lavinia = cast.person("lavinia.okoro", "Lavinia Okoro", cfClient);
    private final Persona quentin = cast.person("quentin.farrow", "Quentin Farrow");
    private final Persona peregrine = cast.person("peregrine.ormsby", "Peregrine Ormsby");
    private final Channel cfDm = cast.dm(yvette, "cf-dm-yvette-marchbanks.json");

    // --- G. cut-make-trim sewing units ---
    private final String cmt = cast.guild(1667);
    private final Channel cmFloor = cast.channel(cmt, "Cut Make Trim Network", "factory-floor",
            "unit owners among ourselves: machines, staff, the trade", "cm-factory-floor.json");
    private final Channel cmRuns = cast.channel(cmt, "Cut Make Trim Network", "production-runs",
            "small brands post runs to make; units reply with capacity and quotes", "cm-production-runs.json");
    private final Channel cmMachines = cast.channel(cmt, "Cut Make Trim Network", "machines-for-sale",
            "overlockers, coverstitch, cutting tables", "cm-machines-for-sale.json");
    private final Persona bogdan = cast.person("bogdan.ilie", "Bogdan Ilie");
    private final Persona farzana = cast.person("farzana.mirza", "Farzana Mirza");
    private final Persona gideon = cast.person("gideon.oyelaran", "Gideon Oyelaran");
    private final Persona harpreet = cast.person("harpreet.sandhu", "Harpreet Sandhu");
    private final Persona saffron = cast.person("saffron.kilbride", "Saffron Kilbride");
    private final Persona magnus = cast.person("magnus.thorsby", "Magnus Thorsby");
    private final Persona evangeline = cast.person("evangeline.tse", "Evangeline Tse");

    // --- H. curtain and soft-furnishings makers ---
    private final String headerTape = cast.guild(1668);
    private final Channel htWorkroom = cast.channel(headerTape, "Header Tape", "workroom",
            "curtain and blind makers among ourselves", "ht-workroom.json");
    private final Channel htAsk = cast.channel(headerTape, "Header Tape", "householders-ask",
            "householders ask about curtains, blinds and cushions; makers reply", "ht-householders-ask.json");
    private final Channel htFinished = cast.channel(headerTape, "Header Tape", "finished-work",
            "makers and householders show finished curtains and blinds", "ht-finished-work.json");
    private final Persona philippa = cast.person("philippa.thorne", "Philippa Thorne");
    private final Persona ignatius = cast.person("ignatius.brady", "Ignatius Brady");
    private final Persona rosheen = cast.person("rosheen.kavanagh", "Rosheen Kavanagh");
    private final Persona lysander = cast.person("lysander.pope", "Lysander Pope");
    private final Persona tamara = cast.person("tamara.boyce", "Tamara Boyce");
    private final Persona elodie = cast.person("elodie.saintclair", "Elodie Saint-Clair");
    private final Persona wilfred = cast.person("wilfred.hargreaves", "Wilfred Hargreaves");
    private final Persona nadia = cast.person("nadia.petrossian", "Nadia Petrossian");
    private final Channel htDm = cast.dm(tamara, "ht-dm-tamara-boyce.json");

    HeldOutScenes138Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        outworkersBoard();
        pleatAndSett();
        buttonTin();
        flatFelledClub();
        periodSeam();
        calderAndFinch();
        cutMakeTrim();
        headerTape();
    }

    /**
     * A. Outworkers' Board: Phyllida, new to waistcoats, asks on days 1, 2, 4 and 5 and says only thanks; Bernadette's
     * question to her on day 3 waits until day 9. Cutters post bundles on the job board and outworkers quote.
     */
    private void outworkersBoard() {
        Post ph1 = say(1, "08:40", obWorkroom, phyllida, "First waistcoat bundle from a house today. The cutter's left "
                + "no inlay on the side seams at all. Is that normal?");
        Post au1 = re(1, "09:05", aurelio, ph1, "Quite normal for a waistcoat, they're cut close. Ask for the "
                + "pattern next time and keep your seams to the chalk exactly.");
        re(1, "09:20", phyllida, au1, "Thanks.");
        Post lu1 = say(2, "07:50", obJobs, lucian, "Ferrars & Doyle: two three-piece bundles, navy flannel and a grey "
                + "birdseye. Coat, trousers and waistcoat each. Fitting dates 20 and 23 Feb. Who has room?");
        Post te1 = re(2, "08:30", teodor, lu1, "I can take both coats, Lucian. Usual rate, £420 each, back by the 18th.");
        Post be1 = re(2, "08:45", bernadette, lu1, "Trousers for both from me, £160 a pair, side adjusters as usual?");
        re(2, "09:10", lucian, be1, "Side adjusters yes. Thanks both, bundles out by courier tonight.");
        re(2, "09:12", lucian, te1, "Done, coats are yours.");
        Post ph2 = say(2, "14:00", obWorkroom, phyllida, "How do you stop the welt pockets on a waistcoat gaping once "
                + "it's pressed?");
        Post au2 = re(2, "14:30", aurelio, ph2, "Tape the pocket mouth on the stretch before you cut it, and press "
                + "from the inside over a ham. Never press the welt flat from the face.");
        re(2, "15:00", phyllida, au2, "Thanks.");
        Post im1 = say(3, "10:00", obJobs, imogen, "Strathearn Bespoke needs two waistcoats in a cream linen for a "
                + "wedding party, first fitting on the 15th. Anyone with capacity?");
        Post bePh = say(3, "10:20", obWorkroom, bernadette, "@Phyllida Greaves are you the one doing waistcoats now? "
                + "Imogen's asking on the board, could you take hers or shall I tell her you're full?");
        say(3, "11:00", obWorkroom, teodor, "Anyone else finding the new fusible from the merchant bubbles at the "
                + "chest? Had two fronts go this week.");
        Post auTe = say(3, "11:15", obWorkroom, aurelio, "Yes, the batch with the blue selvedge. I've gone back to hair "
                + "canvas and padding by hand, it's slower but it never bubbles.");
        say(3, "11:40", obWorkroom, teodor, "Same here from now on, I'll send the rest back.");
        Post ph3 = say(4, "08:15", obWorkroom, phyllida, "What do you use for the back of a waistcoat if the house "
                + "doesn't send lining?");
        Post au3 = re(4, "09:00", aurelio, ph3, "Ask them first. If they say use your own, a plain Bemberg in a shade "
                + "darker than the cloth, and charge it on top.");
        re(4, "09:30", phyllida, au3, "Thanks.");
        Post teIm = re(4, "12:00", teodor, im1, "Not my line, Imogen, but Bernadette knows a couple of waistcoat makers "
                + "who might have room.");
        re(4, "12:30", imogen, teIm, "Thank you, I'll wait to hear.");
        Post ph4 = say(5, "16:00", obWorkroom, phyllida, "How many hours should a waistcoat take? I'm at eleven on "
                + "this one.");
        Post te2 = re(5, "16:20", teodor, ph4, "Six to eight once you've done a few. Don't worry about eleven on the "
                + "first.");
        re(5, "16:40", phyllida, te2, "Thanks.");
        Post au4 = say(6, "10:00", obSale, aurelio, "For sale: my old 5kg Hoffman-style box iron, works well, new "
                + "element last year. £90, collect from Walthamstow.");
        Post beAu = re(6, "10:30", bernadette, au4, "Does it come with the stand?");
        re(6, "10:45", aurelio, beAu, "It does, and a spare sole cover.");
        // W2
        Post lu2 = say(8, "08:00", obJobs, lucian, "One overcoat bundle, a camel double-breasted with a half belt. "
                + "Needs to be back by 1 March.");
        Post au5 = re(8, "08:40", aurelio, lu2, "Mine, Lucian. £650 for that one with the belt and the hand-sewn "
                + "buttonholes.");
        re(8, "09:00", lucian, au5, "Agreed, it's in the post today.");
        joins(9, "07:30", obWorkroom, roderick);
        Post phBe = re(9, "09:00", phyllida, bePh, "Sorry Bernadette, I missed this last week. I've room for one pair "
                + "of waistcoats from the 12th if Imogen still needs them.");
        Post bePh2 = re(9, "09:20", bernadette, phBe, "I'll tell her. She'll be pleased.");
        say(9, "09:25", obJobs, bernadette, "@Imogen Strathearn Phyllida Greaves can take your two waistcoats from "
                + "the 12th.");
        Post imPh = say(9, "10:00", obJobs, imogen, "@Phyllida Greaves lovely, would £180 each suit you?");
        re(9, "10:30", phyllida, imPh, "Yes, that suits. Send them when ready.");
        Post ro1 = say(9, "11:00", obWorkroom, roderick, "Hello, Roderick, I've just started cutting for a new house "
                + "in Leeds, Vass & Lumb. We'll need good outworkers, is the job board the place to post?");
        Post beRo = re(9, "11:20", bernadette, ro1, "It is. Put the cloth, the garments and the fitting date, and "
                + "someone will usually answer the same day.");
        re(9, "11:30", roderick, beRo, "Thank you.");
        Post ro2 = say(10, "09:00", obJobs, roderick, "Vass & Lumb: one two-piece in a brown Donegal tweed, first "
                + "fitting on the 24th. Coat and trousers.");
        Post teRo = re(10, "09:40", teodor, ro2, "I can do the coat, Roderick, £420, back by the 22nd.");
        Post beRo2 = re(10, "09:45", bernadette, ro2, "And the trousers from me, £160.");
        re(10, "10:10", roderick, teRo, "Both agreed, thank you. Bundles to follow.");
        re(10, "10:12", roderick, beRo2, "Thank you Bernadette.");
        say(11, "14:00", obWorkroom, teodor, "Flannel coats for Ferrars are both at the baste stage. Anyone know a "
                + "good sleeve-head roll that isn't wadding?");
        say(11, "14:20", obWorkroom, aurelio, "A bias strip of lambswool, doubled. Ask the merchant for the offcuts.");
        say(11, "14:40", obWorkroom, teodor, "Perfect, I'll try it tomorrow.");
        // W3
        Post ro3 = say(16, "08:30", obWorkroom, roderick, "Question for the waistcoat makers: our cutter before me "
                + "always allowed an inch at the centre back. Do you want that, or is it in the way?");
        Post phRo = re(16, "09:00", phyllida, ro3, "I'd keep the inch at the back but not at the side seams, it lets "
                + "the tailor adjust at the fitting without unpicking the welts. Aurelio taught me the welt part.");
        re(16, "09:20", roderick, phRo, "Very helpful, thank you.");
        Post lu3 = say(17, "08:00", obJobs, lucian, "Two pairs of trousers in a cavalry twill, fitting 3 March.");
        re(17, "08:30", bernadette, lu3, "Mine, £160 a pair.");
        Post phAu = say(18, "12:00", obWorkroom, phyllida, "@Aurelio Santangelo taped the welts like you said and "
                + "pressed from the inside. First waistcoat with no gape at all. Thank you, properly this time.");
        re(18, "12:30", aurelio, phAu, "Very good. Next time try a shawl collar.");
        say(19, "10:00", obSale, bernadette, "Cloth ends: three lengths of trouser-weight worsted, 1.3m each, £25 a "
                + "length.");
    }

    /**
     * B. Pleat &amp; Sett: Ewan answers Shona with his measuring page, which is also his order form, and posts new
     * cloth with prices (W1). In W2 Morag pools a 60-metre minimum weaving run of a new district tartan with Isla, Ewan
     * and Fergus while Callum (sent by his cousin) and Alasdair (bought his kilt from her) wait; she answers on day 15.
     */
    private void pleatAndSett() {
        Post do1 = say(1, "19:00", psAsk, dougal, "Piper here. My kilt's pleats won't hold after rain, they go flat "
                + "at the back. Anything I can do myself?");
        Post moDo = re(1, "19:40", morag, do1, "Tack the pleats loosely from the hip down with silk thread before you "
                + "hang it to dry, and press through a damp cloth, never directly. If it's a cheap acrylic nothing will "
                + "hold them, but wool will.");
        re(1, "20:00", dougal, moDo, "It's wool. Will try the tacking, thanks Morag.");
        Post sh1 = say(2, "10:00", psAsk, shona, "My son needs his first kilt for his graduation. How do I measure "
                + "him properly?");
        Post ewSh = re(2, "10:30", ewan, sh1, "Waist at the navel, hips at the widest, and the length from the navel "
                + "to the top of the kneecap. I've a page with pictures here: buchanankilts.example/measure and the "
                + "made-to-measure order form is on the same page if you'd like me to make it.");
        re(2, "10:50", shona, ewSh, "Thank you, the pictures help.");
        say(2, "12:00", psBench, isla, "Anyone else waiting on the Lochcarron 16oz? My order's been delayed three "
                + "weeks.");
        say(2, "12:20", psBench, fergus, "Same. They told me the looms are down for a refit.");
        Post moIs = say(2, "12:40", psBench, morag, "@Isla Dunbar I've two spare lengths of the Ancient MacDonald if "
                + "you're stuck, happy to let you have one at cost.");
        re(2, "13:00", isla, moIs, "You're a star, yes please.");
        Post fe1 = say(3, "09:00", psSale, fergus, "Just finished: four hand-stitched day sporrans in dark brown "
                + "leather, £140 each. Photos in the thread.");
        Post doFe = re(3, "11:00", dougal, fe1, "Do any of them have a three-tassel front?");
        re(3, "11:20", fergus, doFe, "Two of them do. I'll hold one for you till Friday.");
        say(4, "09:30", psSale, morag, "Kilt pin in pewter with a thistle, one of my own castings, £22 posted.");
        Post sh2 = say(4, "18:00", psAsk, shona, "Measured him! 34 waist, 38 hips, 24 length. Does that sound "
                + "right for a lad of 21?");
        Post isSh = re(4, "18:30", isla, sh2, "Sounds right. A 24-inch drop will sit mid-knee on him, which is "
                + "where you want it.");
        re(4, "18:45", shona, isSh, "Great, thank you Isla.");
        say(5, "10:00", psAsk, ewan, "New in: Ancient Hunting Fraser and Weathered Gordon in 16oz. Eight-yard kilts "
                + "from £495, order at buchanankilts.example");
        say(6, "11:00", psBench, ewan, "Anyone got a good way of marking the sett for pleating to the stripe on a "
                + "tartan with a tiny repeat?");
        Post isEw = say(6, "11:30", psBench, isla, "Card template cut to the repeat, pinned at every pleat. Slow but "
                + "it never drifts.");
        re(6, "11:45", ewan, isEw, "Cheers Isla.");
        // W2: Morag pools the weaving run
        Post mo1 = say(8, "08:30", psBench, morag, "The new Strathspey district tartan is registered. The mill wants "
                + "a minimum 60m run for a custom weave. I'll take 15m. @Isla Dunbar @Ewan Buchanan @Fergus Strachan "
                + "how many metres would you each want?");
        joins(8, "09:00", psAsk, callum);
        Post ca1 = say(8, "10:00", psAsk, callum, "@Morag Lindsay my cousin's kilt was made by you and it's "
                + "beautiful. Could you make mine for my wedding on 24 May? What would it cost in the new Strathspey?");
        Post is1 = re(8, "11:00", isla, mo1, "Put me down for 12m, Morag.");
        Post ew1 = re(8, "12:00", ewan, mo1, "10m from me.");
        re(8, "12:30", morag, is1, "Thanks Isla, 12m noted.");
        re(8, "12:32", morag, ew1, "10m noted, Ewan.");
        Post al1 = say(9, "09:00", psAsk, alasdair, "@Morag Lindsay I bought my kilt from you in 2031 and it's got a "
                + "bit snug. Could it be let out before a ceilidh on 7 March?");
        Post fe2 = re(9, "10:00", fergus, mo1, "I only need 6m for sporran flaps and ties. Does that still help?");
        re(9, "10:30", morag, fe2, "Every metre helps, Fergus. That's 43m, we need 17 more. Do you know anyone?");
        say(9, "11:00", psBench, fergus, "I'll ask the Perth lot.");
        Post mo2 = say(10, "09:00", psBench, morag, "Mill says they'll split the run into 8m cuts at no charge if we "
                + "pay up front. £38 a metre. @Isla Dunbar can you and @Ewan Buchanan cover your share by the 14th?");
        Post is2 = re(10, "09:30", isla, mo2, "Yes, sending mine tonight.");
        re(10, "10:00", ewan, mo2, "Mine too. What about delivery to each of us?");
        Post moEw = say(10, "10:15", psBench, morag, "@Ewan Buchanan one pallet to me in Inverness and I'll post your "
                + "cuts on, cheaper than four deliveries.");
        re(10, "10:30", ewan, moEw, "Makes sense, thanks Morag.");
        re(10, "11:00", morag, is2, "Got it, thank you.");
        Post ca2 = say(11, "18:00", psAsk, callum, "@Morag Lindsay just checking you saw this, we need to book the "
                + "fittings soon.");
        Post fe3 = say(11, "19:00", psBench, fergus, "@Morag Lindsay two of the Perth makers want 9m between them. "
                + "That's 52.");
        re(11, "19:30", morag, fe3, "Brilliant Fergus. 8 to go. I'll take the last 8 myself if need be.");
        Post moFe = say(12, "08:30", psBench, morag, "@Fergus Strachan could you send me the Perth makers' names and "
                + "addresses? The mill invoices each of us separately.");
        re(12, "09:10", fergus, moFe, "Sent them to you just now.");
        Post isMo = say(12, "10:00", psBench, isla, "@Morag Lindsay there's a groom asking for you in ask-a-kiltmaker, "
                + "and Alasdair too.");
        re(12, "10:20", morag, isMo, "I'll get to them once the metre list is in with the mill, it has to go by "
                + "Monday.");
        Post mo3 = say(13, "16:00", psBench, morag, "Metre list sent: 60m, six of us. Weaving starts 2 March. Thank you "
                + "all, I'll post the pallet date when I have it.");
        Post isMo3 = re(13, "16:30", isla, mo3, "Well done Morag, that's a lovely thing for the district.");
        re(13, "17:00", morag, isMo3, "Couldn't have done it without you all.");
        Post sh3 = say(12, "09:00", psAsk, shona, "@Isla Dunbar would you be able to make my son's kilt? He's "
                + "graduating in June.");
        re(12, "09:40", isla, sh3, "I would, Shona. 8 yards in a tartan of his choice, £520 with a fitting. I'll DM "
                + "you a cloth list.");
        // W3
        re(15, "08:30", morag, ca2, "Callum, I'm so sorry for the wait, I was tied up with a weaving order. Yes, I can "
                + "make it for 24 May. In the new Strathspey it's £560 with two fittings. Could you come to Inverness "
                + "on 7 March?");
        Post moAl = re(15, "08:40", morag, al1, "Alasdair, apologies for the slow reply. Yes, there's usually 2 inches "
                + "in the straps and the apron. Bring it in any day this week and I'll have it back by the 1st, £45.");
        Post caMo = say(15, "12:00", psAsk, callum, "No problem at all, 7 March is perfect. Thank you!");
        re(15, "13:00", alasdair, moAl, "Thanks Morag, I'll bring it Thursday.");
        re(15, "13:20", morag, caMo, "See you then.");
        Post do2 = say(17, "20:00", psAsk, dougal, "The tacking trick worked through two wet parades. Thanks again "
                + "@Morag Lindsay");
        re(17, "20:30", morag, do2, "Glad to hear it, Dougal.");
        say(18, "10:00", psBench, ewan, "Anyone have a pleating board that takes a 27-inch drop? Mine is 25.");
        Post fe4 = say(18, "10:30", psBench, fergus, "Isla has one, she had it made for the Highland dancers.");
        re(18, "11:00", isla, fe4, "I do. @Ewan Buchanan borrow it any time you're passing.");
    }

    /**
     * C. The Button Tin: Winifred's workshop booking link three times in #shop-news (W1); Keziah says on day 5 she'll be
     * at a trade fair days 8-12 and Winifred covers; Rosalind plugs her bag shop with a code (W2); Anselm answers
     * Clemency on day 17 at 14:00 a question asked on day 16 at 09:00, with an apology.
     */
    private void buttonTin() {
        say(1, "09:00", btNews, winifred, "Our February workshop: bound buttonholes, Saturday 18th, six places, £45. "
                + "Book here: buttontin.example/workshops");
        Post se1 = say(1, "14:00", btAsk, seun, "Which interfacing would you use for a shirt collar in cotton poplin? "
                + "The shop has three.");
        Post wiSe = re(1, "14:20", winifred, se1, "The medium woven fusible, the white one on the top shelf. The "
                + "non-woven ones go papery after a few washes.");
        re(1, "14:40", seun, wiSe, "Perfect, I'll pick some up tomorrow.");
        Post ma1 = say(2, "18:00", btMakes, marigold, "Finished my wrap dress with the Liberty lawn from your sale bin!");
        re(2, "18:30", hester, ma1, "That print is gorgeous, Marigold. Did you line the bodice?");
        say(2, "18:45", btMakes, marigold, "Self-lined, the lawn is fine enough.");
        re(2, "19:00", keziah, ma1, "Beautiful. The collar came out so crisp.");
        Post ho1 = say(3, "10:00", btAsk, hester, "Do you stock invisible zips longer than 60cm? I need one for a "
                + "maxi dress.");
        Post keHo = re(3, "10:15", keziah, ho1, "We have 70cm in black, navy and ivory, and can order others in two "
                + "days.");
        re(3, "10:30", hester, keHo, "Navy please, I'll collect Thursday.");
        say(4, "09:00", btNews, winifred, "Three places left for the bound buttonholes workshop on the 18th. "
                + "buttontin.example/workshops");
        Post ke1 = say(5, "11:00", btNews, keziah, "I'm at the Birmingham trade fair from Monday 6th to Friday 10th "
                + "buying spring stock. Winifred and Anselm will answer for me while I'm away.");
        Post cl1 = say(5, "15:00", btAsk, clemency, "Ordered two metres of silk organza online on Tuesday, any idea "
                + "when it ships?");
        Post anCl = re(5, "15:30", anselm, cl1, "It went out this morning, Clemency, you should have it Saturday.");
        re(5, "15:45", clemency, anCl, "Thank you!");
        say(6, "10:00", btNews, winifred, "One place left for Saturday 18th. buttontin.example/workshops");
        Post ro1 = say(6, "16:00", btMakes, rosalind, "A tote from the canvas you sold me last month, with leather "
                + "handles.");
        re(6, "16:20", marigold, ro1, "So neat! Those handles look professional.");
        Post he1 = say(7, "15:00", btMakes, hester, "The maxi dress, navy zip and all.");
        re(7, "15:30", clemency, he1, "The zip is completely invisible, so tidy.");
        // W2: Keziah away, Rosalind plugs
        Post cl4 = say(8, "11:00", btAsk, clemency, "How do I press silk organza without marking it?");
        Post anCl4 = re(8, "11:20", anselm, cl4, "Low heat, silk setting, and a scrap of the organza itself as a "
                + "press cloth. Test on an offcut first.");
        re(8, "11:40", clemency, anCl4, "Organza on organza, clever. Thank you.");
        Post he2 = say(9, "10:00", btAsk, hester, "@Keziah Moor are you running the smocking class again in March? "
                + "I'd love a place.");
        Post wiHe = re(9, "11:00", winifred, he2, "Keziah's at the fair until Friday, Hester, but yes, smocking is "
                + "back on 11 March. I'll pencil you in and she'll confirm.");
        re(9, "11:15", hester, wiHe, "Thank you Winifred.");
        Post ro2 = say(10, "17:00", btMakes, rosalind, "Made three more bags with your new webbing. They're in my "
                + "shop: rosalindmakes.example, 10% off with code BUTTONTIN this month.");
        Post se2 = say(11, "12:00", btAsk, seun, "What hardware do people use for bag straps? The sliders keep "
                + "slipping on mine.");
        Post roSe = re(11, "12:30", rosalind, se2, "Metal sliders with a bar across the middle, 25mm for cotton "
                + "webbing. Or buy a finished one at rosalindmakes.example, the code BUTTONTIN still works.");
        Post anSe = re(11, "13:00", anselm, se2, "We have the barred 25mm sliders in nickel and brass, £1.20 each.");
        re(11, "13:20", seun, anSe, "Brass please, I'll pick up four.");
        re(11, "13:25", seun, roSe, "Thanks for the slider tip.");
        Post anCl2 = say(12, "10:00", btNews, anselm, "New in: Gutermann upholstery thread in twelve colours, and "
                + "the Prym snap pliers are back.");
        re(12, "11:00", clemency, anCl2, "Oh good, I've been waiting for the pliers.");
        Post keHe = re(13, "09:00", keziah, he2, "Back from the fair! Hester, you're confirmed for smocking on "
                + "11 March. Bring a fat quarter of cotton lawn.");
        re(13, "09:30", hester, keHe, "Wonderful, see you then.");
        say(13, "18:00", btMakes, rosalind, "Restocked the shop with the brass-slider bags, BUTTONTIN code still "
                + "works: rosalindmakes.example");
        Post ma2 = say(14, "11:00", btAsk, marigold, "@Keziah Moor did you find any of those Japanese cotton lawns at "
                + "the fair?");
        re(14, "11:30", keziah, ma2, "Two bolts, arriving next week. I'll keep you a metre of the indigo one.");
        // W3
        Post cl2 = say(16, "09:00", btAsk, clemency, "@Anselm Darby my order from last Thursday (the bias binding and "
                + "buttons) still hasn't come and the tracking hasn't moved. Could you check?");
        say(16, "11:00", btNews, winifred, "We're closed Monday 20th for stocktaking.");
        Post anCl3 = re(17, "14:00", anselm, cl2, "Clemency, I'm very sorry, I was off sick yesterday and nobody "
                + "picked it up. The courier lost the parcel; I've sent a new one by first class today, no charge.");
        re(17, "14:30", clemency, anCl3, "Thanks Anselm, hope you're feeling better.");
        joins(17, "16:00", btAsk, delphine);
        Post de1 = say(17, "16:10", btAsk, delphine, "Hi, how much are the covered-button kits, and do you post?");
        Post anDe = re(17, "16:30", anselm, de1, "£3.50 for a kit of five, all sizes, and yes, £2.95 postage or free "
                + "over £30.");
        re(17, "16:45", delphine, anDe, "Lovely, I'll order some.");
        Post ro3 = say(18, "12:00", btMakes, rosalind, "Made a quilted version of the tote for my sister's birthday, "
                + "with the new upholstery thread.");
        Post keRo = re(18, "12:30", keziah, ro3, "The quilting lines are so even! Was that the walking foot?");
        re(18, "12:45", rosalind, keRo, "Walking foot, yes, and a longer stitch.");
        Post se3 = say(19, "15:00", btMakes, seun, "My first shirt, collar and all. The woven interfacing was the "
                + "right call, @Winifred Ashcombe");
        re(19, "15:30", winifred, se3, "That collar stand is spot on, well done!");
        re(20, "10:00", hester, se3, "The buttonholes too. Love the stripe matching.");
        Post ma3 = say(20, "11:00", btAsk, marigold, "@Keziah Moor have the Japanese lawns arrived yet?");
        re(20, "11:30", keziah, ma3, "Arrived this morning! Your indigo metre is behind the counter.");
    }

    /**
     * D. Flat Felled Club (nobody sells): Agatha posts the sew-along's steps; Jolyon joins on day 3 and asks everyone
     * to follow his TikTok in two rooms; Mirela is helped on days 8, 9, 11 and 13 by four people and tells each how it
     * went, then helps Jolyon in W3.
     */
    private void flatFelledClub() {
        Post ag1 = say(1, "19:00", ffSewAlong, agatha, "Step 1 of the February shirt: prewash your fabric, cut the "
                + "pieces and mark the notches. Post a photo of your layout when you're done!");
        Post br1 = re(1, "20:30", bryn, ag1, "Cut! Chambray, and I matched the pocket to the front for once.");
        re(1, "21:00", agatha, br1, "Beautifully matched, Bryn.");
        Post nk1 = re(2, "18:00", nkechi, ag1, "Cut mine in a striped poplin. Took ages to line up the stripes.");
        re(2, "18:20", perpetua, nk1, "Worth it though, those stripes look great.");
        joins(3, "12:00", ffGeneral, jolyon);
        say(3, "12:05", ffGeneral, jolyon, "Hey all! I post sewing videos, please follow me on TikTok "
                + "@jolyonsews and share with your friends, every follow helps!");
        say(3, "12:10", ffSewAlong, jolyon, "Sewing along on camera this month, follow @jolyonsews on TikTok to watch!");
        Post ag2 = say(3, "19:00", ffSewAlong, agatha, "Step 2: the yoke. Use the burrito method to enclose the back "
                + "and fronts, guide pinned in #help if you've not done it before.");
        Post le1 = say(4, "20:00", ffHelp, leander, "The burrito method is twisting my head. Which way round do the "
                + "fronts go?");
        say(4, "20:20", ffHelp, perpetua, "Right sides of both yokes to the back, then roll the fronts up tight and "
                + "bring the inner yoke round to meet the outer. Pin at the shoulders and sew.");
        say(4, "20:40", ffHelp, leander, "Got it now, the rolling was what I missed. Thanks Perpetua.");
        re(4, "21:00", mirela, ag2, "Yoke done! A bit wobbly at the shoulder but it's on.");
        Post ag3 = say(5, "19:00", ffSewAlong, agatha, "Step 3: flat-felled side seams. Trim one allowance to 5mm, "
                + "fold the other over it, press, stitch.");
        re(6, "10:00", bryn, ag3, "My felled seams are finally flat. Pressing each fold first makes all the "
                + "difference.");
        Post nk2 = say(6, "11:00", ffGeneral, nkechi, "Does anyone wash their finished shirts inside out? Mine always "
                + "seem to pill at the side seams.");
        Post leNk = re(6, "11:30", leander, nk2, "Inside out, cool wash, and no tumble. Mine have lasted years.");
        re(6, "11:45", nkechi, leNk, "Thanks Leander, I'll stop tumbling them.");
        // W2: Mirela helped on four days
        Post mi1 = say(8, "19:30", ffHelp, mirela, "My collar points are coming out lumpy. How do you get them sharp?");
        Post agMi = re(8, "20:00", agatha, mi1, "Trim the point to 2mm, fold the allowances in before you turn it, "
                + "and use a point turner, not scissors.");
        re(8, "21:30", mirela, agMi, "That worked on the left point, the right one's still a bit round but much "
                + "better. I was trimming far too little.");
        Post ag4 = say(8, "19:00", ffSewAlong, agatha, "Step 4: the collar and stand. Take it slowly, this is the "
                + "hardest bit.");
        Post mi2 = say(9, "20:00", ffHelp, mirela, "Collar stand won't sit flat at the centre front, there's a bump "
                + "where it meets the placket.");
        Post nkMi = re(9, "20:30", nkechi, mi2, "Clip the neckline allowance every centimetre before you attach the "
                + "stand, and grade the seam at the front.");
        re(9, "21:10", mirela, nkMi, "Clipped and graded and the bump is gone. I'd never have thought of grading "
                + "there.");
        Post jo1 = say(10, "18:00", ffHelp, jolyon, "How do you all keep the collar stand ends even? Mine are 3mm "
                + "different.");
        Post brJo = re(10, "18:20", bryn, jo1, "Mark the centre back on both collar and stand and sew from the "
                + "centre out, each side separately.");
        re(10, "18:40", jolyon, brJo, "Ah that makes sense, thanks Bryn.");
        Post ag5 = say(10, "19:00", ffSewAlong, agatha, "Step 5: sleeves and the sleeve placket.");
        Post mi3 = say(11, "19:00", ffHelp, mirela, "Sleeve placket has come out inside out. Do I unpick the "
                + "whole thing?");
        Post brMi = re(11, "19:20", bryn, mi3, "Only the last seam. The placket itself is fine, you just folded it "
                + "the wrong way before the box stitch.");
        re(11, "20:00", mirela, brMi, "You were right, only the box stitch. Re-done and it looks like a placket "
                + "now.");
        re(12, "10:00", leander, ag5, "Sleeves in. Set flat before the side seams is so much easier.");
        Post ag6 = say(12, "19:00", ffSewAlong, agatha, "Step 6: cuffs. Same trick as the collar for the corners.");
        Post mi4 = say(13, "19:00", ffHelp, mirela, "My buttonhole foot keeps jamming on the cuffs where it's "
                + "thickest. Any ideas?");
        Post peMi = re(13, "19:30", perpetua, mi4, "Put a scrap of the same fabric folded under the back of the "
                + "foot to level it. The little plastic shims do the same.");
        re(13, "20:15", mirela, peMi, "The folded scrap works! Four buttonholes done without a jam.");
        re(14, "11:00", nkechi, ag6, "Cuffs done, only the hem and buttons left.");
        Post pe2 = say(14, "10:00", ffGeneral, perpetua, "Anyone going to the Spring Knitting and Stitching show? "
                + "Thinking of a group trip.");
        re(14, "10:40", leander, pe2, "I'm in, if it's the Saturday.");
        re(14, "11:00", bryn, pe2, "Me too.");
        // W3
        Post ag7 = say(15, "19:00", ffSewAlong, agatha, "Final step: hem and buttons. Show us your shirts on Sunday!");
        Post jo2 = say(16, "18:00", ffHelp, jolyon, "My hem is rippling on the curved part. Help?");
        Post miJo = re(16, "18:30", mirela, jo2, "Had the same last week. Sew a line of stitching 5mm from the edge "
                + "first and fold along it, it curves with you instead of fighting.");
        re(16, "19:00", jolyon, miJo, "Thanks Mirela, that did it.");
        Post jo3 = say(17, "20:00", ffSewAlong, jolyon, "Buttons on. First shirt I'd actually wear out.");
        re(17, "20:30", bryn, jo3, "It looks great, Jolyon. The hem's lovely.");
        Post mi5 = say(18, "19:00", ffSewAlong, mirela, "Finished! The right collar point is still a bit round but I "
                + "love it.");
        re(18, "19:20", agatha, mi5, "It's a proper shirt, Mirela, well done.");
        re(18, "19:40", perpetua, mi5, "The cuffs are so neat!");
        Post br2 = say(19, "14:00", ffSewAlong, bryn, "Chambray shirt done, with contrast buttons.");
        re(19, "14:30", nkechi, br2, "Love the buttons. Mine's done too, photos tonight.");
        Post le2 = say(20, "10:00", ffGeneral, leander, "What shall we sew along in March? I vote trousers.");
        re(20, "10:30", agatha, le2, "Trousers could work. I'll put up a poll on Monday.");
        re(20, "11:00", mirela, le2, "Trousers! I need some.");
    }

    /**
     * E. Period Seam: Cordelia talks about her own commissions and research to the room in W1, asks Hamza and Ottilie
     * about theirs in W2 while still mostly about herself, and answers Wenna and Rupert in W3. Silas joins on day 8 and
     * answers Wenna's first petticoat with a priced jacket and "DM me" on day 10.
     */
    private void periodSeam() {
        say(1, "10:00", pmMakers, cordelia, "I've just finished my third 1780s riding habit this winter. My "
                + "clients say my habits are the most accurate they've worn, and I'm booked until June now.");
        Post ru1 = say(1, "14:00", pmAsk, rupert, "Quartermaster for a Civil War regiment here. We need 20 soldiers' "
                + "coats in a russet wool by August. Who could take that on, and roughly what would it cost?");
        Post haRu = re(1, "15:00", hamza, ru1, "I could do 20 by August if you supply the cloth, Rupert. About £210 "
                + "a coat hand-finished, less if you'll accept machine-sewn inside seams.");
        Post ruHa = re(1, "15:30", rupert, haRu, "Machine inside seams are fine for us. Can I send you the pattern "
                + "we use?");
        re(1, "16:00", hamza, ruHa, "Please do, I'll check it against the 1640s originals and quote properly.");
        say(2, "11:00", pmMakers, cordelia, "My new research trip to the Bath costume store was a triumph. I "
                + "measured four habits and I'll be drafting my own pattern from them. I think it will be the best "
                + "pattern I've made.");
        Post be1 = say(2, "16:00", pmAsk, beatrice, "Learning officer at the Castle Marden museum. We want a set of "
                + "handling replicas (a shift, stays and a gown) for school visits. Do any of you have work online we "
                + "could show the trustees?");
        Post otBe = re(2, "16:40", ottilie, be1, "I do, Beatrice: ottiliebrandreth.example has my linen shifts and "
                + "two gowns for the Weald museum. Happy to talk about what would survive school hands.");
        re(2, "17:00", beatrice, otBe, "Perfect, I'll send it to them tonight.");
        say(3, "09:00", pmShow, cordelia, "My latest habit, in my favourite blue broadcloth. I hand-worked all 36 "
                + "buttonholes myself, my best yet.");
        Post ot1 = say(3, "09:30", pmShow, ottilie, "A linen shift for the Weald museum's handling box, all "
                + "flat-felled by hand.");
        re(3, "09:40", hamza, ot1, "Beautiful felling, Ottilie.");
        say(4, "12:00", pmMakers, cordelia, "I'm thinking I should raise my prices. My habits take me 140 hours and "
                + "my waiting list is full. I'll write my new price list this weekend.");
        Post ha1 = say(4, "13:00", pmMakers, hamza, "Has anyone sourced a good worsted tape for 17th-century coat "
                + "edges? The one I had is discontinued.");
        Post otHa = re(4, "13:30", ottilie, ha1, "The Calderdale weaver does a custom run if you take 50 metres. I'll "
                + "split it with you.");
        re(4, "13:45", hamza, otHa, "Deal, thanks Ottilie.");
        say(5, "18:00", pmMakers, cordelia, "My client from the Georgian society just told me my habit was the talk "
                + "of the ball. I'm so proud of my work this season.");
        Post we1 = say(6, "10:00", pmAsk, wenna, "New to re-enacting (1790s). Is a linen petticoat something a "
                + "beginner can hand-sew, or should I buy one?");
        Post otWe = re(6, "10:30", ottilie, we1, "Definitely sew it yourself, it's straight seams and a drawstring. "
                + "Use a medium linen and a running stitch, and take your time on the hem.");
        re(6, "10:50", wenna, otWe, "That's encouraging, thank you.");
        // W2
        joins(8, "09:00", pmMakers, silas);
        Post si1 = say(8, "09:10", pmMakers, silas, "Hello, Silas, Cornwall, 18th-century jackets and waistcoats.");
        re(8, "09:30", ottilie, si1, "Welcome Silas.");
        Post co1 = say(8, "12:00", pmMakers, cordelia, "@Hamza Qureshi how did you find the 1640s coat pattern "
                + "Rupert sent? I drafted my own habit patterns from originals and I found the published ones "
                + "too short in the body for my clients.");
        Post haCo = re(8, "12:40", hamza, co1, "Same with his, the skirts were short. I've lengthened them 5cm.");
        re(8, "13:00", cordelia, haCo, "I thought so. I always lengthen mine, my clients are taller than the "
                + "originals were.");
        Post we2 = say(10, "11:00", pmShow, wenna, "My first hand-sewn petticoat! Took me three weeks of evenings.");
        re(10, "11:30", ottilie, we2, "Lovely even stitches, Wenna. Wear it with pride.");
        re(10, "12:00", silas, we2, "Lovely! If you want a matching jacket to go with it I make them from £320, DM me.");
        Post co2 = say(11, "10:00", pmMakers, cordelia, "@Ottilie Brandreth what linen do you use for your shifts? "
                + "I use a very fine Irish one for my habits and my clients love it.");
        Post otCo = re(11, "10:30", ottilie, co2, "A 150g unbleached from the Belfast mill, it softens with washing.");
        re(11, "10:45", cordelia, otCo, "I'll try it. My own shifts have always been the weak part of my outfits.");
        Post be2 = say(11, "15:00", pmAsk, beatrice, "The trustees loved Ottilie's work. @Ottilie Brandreth could "
                + "you quote for the shift, stays and gown, sized for a ten-year-old?");
        Post otBe2 = re(11, "16:00", ottilie, be2, "Yes. Shift £90, stays £260, gown £380, and I'll make the gown "
                + "with big hooks so small hands can dress it. Ready by Easter.");
        re(11, "16:20", beatrice, otBe2, "Wonderful, I'll raise the order.");
        say(12, "09:00", pmMakers, cordelia, "Posted my new price list on my site. My habits are now £2,400, and "
                + "I've kept my waistcoats the same.");
        Post ru2 = say(12, "14:00", pmAsk, rupert, "@Hamza Qureshi the cloth's arrived at our end. Shall I send it "
                + "to you directly?");
        re(12, "14:30", hamza, ru2, "Yes please, to the workshop address on the quote.");
        // W3: Cordelia improves
        Post we3 = say(15, "10:00", pmAsk, wenna, "Next I'd like a jacket for my petticoat. Which period would suit a "
                + "village group doing 1790s harvest days?");
        Post coWe = re(15, "10:40", cordelia, we3, "For a harvest day you'd want a working woman's short gown or a "
                + "caraco, not a fitted jacket. Which would you find easier to wear in the field? If you'd like to "
                + "sew it yourself, your petticoat stitches look ready for it.");
        Post weCo = re(15, "11:00", wenna, coWe, "A short gown sounds right. Is there a pattern you'd recommend?");
        re(15, "11:30", cordelia, weCo, "The free one from the Kannik's Korner study is a good start. Show us your "
                + "toile when you have it, and shout if the sleeves give you trouble.");
        re(15, "12:00", wenna, weCo, "Thank you Cordelia, I will!");
        Post ru3 = say(16, "09:00", pmAsk, rupert, "Does anyone know how our coats should be stored between "
                + "events? Last year's got moth.");
        Post coRu = re(16, "09:30", cordelia, ru3, "Clean them before storing, moth go for sweat and food. Cotton "
                + "garment bags rather than plastic, and cedar blocks. Do you have somewhere cool and dry for them?");
        re(16, "10:00", rupert, coRu, "The regiment's store is dry. Cotton bags it is, thank you.");
        Post ha2 = say(17, "11:00", pmMakers, hamza, "First five russet coats basted for Rupert's regiment.");
        re(17, "11:30", cordelia, ha2, "They look grand, Hamza. How are you finding the lengthened skirts?");
        re(17, "11:50", hamza, ha2, "Hanging much better, you were right about the body length.");
        Post si2 = say(18, "10:00", pmMakers, silas, "Anyone know a supplier of proper horn buttons? The ones I get "
                + "are plastic dressed up.");
        re(18, "10:30", ottilie, si2, "The Exmoor button maker, he does horn and bone to order.");
        Post ot2 = say(19, "09:00", pmMakers, ottilie, "@Hamza Qureshi the worsted tape from Calderdale has arrived, "
                + "25 metres are yours.");
        re(19, "09:30", hamza, ot2, "Wonderful, I'll collect Saturday.");
        Post be3 = say(19, "14:00", pmAsk, beatrice, "Stays toile fitted on a ten-year-old volunteer this morning. "
                + "Thank you @Ottilie Brandreth, the children are going to love these.");
        re(19, "14:30", ottilie, be3, "So glad it fitted. The gown is next.");
        Post we4 = say(20, "16:00", pmShow, wenna, "Short gown toile done, thanks to @Cordelia Whitlock");
        re(20, "16:30", cordelia, we4, "It fits you beautifully. The sleeves are just right.");
    }

    /**
     * F. Calder &amp; Finch Shirtmakers: in W2 Ambrose spends his days with two newcomers booking the Edinburgh trunk
     * show while Lavinia, a client who sent him her husband, asks him about her second fitting on day 9 and day 11;
     * he answers on day 15 with an apology. Yvette DMs Tariq about collar measurements in W1.
     */
    private void calderAndFinch() {
        say(1, "09:00", cfNews, liesel, "New cloth in: a 140s two-fold poplin in sky and a Swiss twill in ecru. "
                + "Swatches at the workroom or by post.");
        Post ho1 = say(1, "11:00", cfAsk, horatio, "How should I store my shirts between wears, folded or hung? "
                + "The collars crease in the drawer.");
        Post liHo = re(1, "11:30", liesel, ho1, "Hung on a wide wooden hanger, top button done up. Folded is fine "
                + "for travel, but roll the collar rather than pressing it flat.");
        re(1, "11:45", horatio, liHo, "Thank you Liesel.");
        Post yvDm = say(2, "10:00", cfDm, yvette, "Hi Tariq, for my daughter's shirt, do you measure the collar "
                + "with one finger inside or two?");
        Post taYv = re(2, "10:20", tariq, yvDm, "One finger, Yvette, snug but not tight. If she wears ties, give us "
                + "the measurement with the top button done up.");
        re(2, "10:30", yvette, taYv, "Perfect, thank you.");
        Post de1 = say(3, "19:00", cfCloth, desmond, "Is a cutaway collar too much with a knitted tie?");
        Post yvDe = re(3, "19:30", yvette, de1, "Not at all, my husband wears exactly that. Keep the knot small.");
        re(3, "19:45", desmond, yvDe, "Good, that's what I hoped.");
        Post la1 = say(4, "12:00", cfAsk, lavinia, "Does the workroom do women's shirts with a side zip? I'd like "
                + "one for under a jacket.");
        Post amLa = re(4, "12:30", ambrose, la1, "We do, Lavinia. An invisible side zip and darts front and back, "
                + "£245. Shall I pencil a fitting?");
        re(4, "13:00", lavinia, amLa, "Yes please, I've already ordered one blouse in December so you have my "
                + "measurements.");
        Post am1 = say(5, "09:00", cfNews, ambrose, "Trunk show in Edinburgh, 12-13 Feb at the Balmoral. Fittings "
                + "by appointment: calderfinch.example/trunk");
        Post ho2 = re(5, "10:00", horatio, am1, "Will you have the ecru twill with you?");
        re(5, "10:30", ambrose, ho2, "We will, Horatio, and the new poplin.");
        say(6, "15:00", cfCloth, horatio, "Wore the striped Oxford to a board meeting and three people asked "
                + "where it was made.");
        Post ho3 = say(8, "10:00", cfAsk, horatio, "Lost two collar stiffeners at a hotel. Do you sell spares?");
        Post liHo2 = re(8, "10:20", liesel, ho3, "We do, brass ones, £12 for four. I'll put a set in the post today.");
        re(8, "10:30", horatio, liHo2, "Perfect, thank you.");
        // W2: Ambrose and the newcomers; Lavinia waits
        joins(9, "08:30", cfAsk, quentin);
        Post qu1 = say(9, "08:40", cfAsk, quentin, "Hello, I'm in Edinburgh. What does a first shirt cost and do you "
                + "have trunk show slots left?");
        Post amQu = re(9, "09:00", ambrose, qu1, "Welcome Quentin. A first shirt is £225 including the pattern, "
                + "then £195 after. Slots on the 12th at 10, 11:30 and 3. Which suits?");
        Post la2 = say(9, "10:00", cfAsk, lavinia, "@Ambrose Calder I sent my husband Julian to you at the trunk "
                + "show, he's booked for the 13th. And my blouse from December, when is my second fitting?");
        Post quAm = re(9, "10:30", quentin, amQu, "11:30 on the 12th please. Should I bring a shirt that fits?");
        re(9, "11:00", ambrose, quAm, "Yes, your best-fitting one. You're booked.");
        joins(10, "09:00", cfAsk, peregrine);
        Post pe1 = say(10, "09:15", cfAsk, peregrine, "Do you make dress shirts for white tie, with a detachable "
                + "collar?");
        Post amPe = re(10, "09:40", ambrose, pe1, "We do, Peregrine. Marcella bib, detachable wing collar, £310. We "
                + "could measure you at the trunk show.");
        Post peAm = re(10, "10:00", peregrine, amPe, "Yes please. Is the 13th possible?");
        re(10, "10:30", ambrose, peAm, "2pm on the 13th. See you there.");
        Post la3 = say(11, "16:00", cfAsk, lavinia, "@Ambrose Calder sorry to chase, just need the fitting date for "
                + "my diary.");
        say(11, "17:00", cfNews, tariq, "The workroom is closed 12-13 Feb while we're in Edinburgh; orders and "
                + "questions still come to me.");
        Post quAm2 = say(12, "14:00", cfAsk, quentin, "@Ambrose Calder great to meet you this morning. Do you need "
                + "anything else from me?");
        Post amQu2 = re(12, "15:00", ambrose, quAm2, "Just your cloth choice, the sky poplin or the ecru twill?");
        re(12, "15:30", quentin, amQu2, "Sky poplin.");
        Post peAm2 = say(13, "18:00", cfAsk, peregrine, "@Ambrose Calder thank you for today. What happens next?");
        re(13, "19:00", ambrose, peAm2, "Your pattern's drafted next week and we'll post a fitting shirt by the end "
                + "of the month.");
        Post de2 = say(13, "20:00", cfCloth, desmond, "Anyone tried the Swiss twill yet? How does it wear?");
        Post hoDe = re(13, "20:30", horatio, de2, "I have two. Softer than the poplin and creases less.");
        re(13, "20:45", desmond, hoDe, "Sold, I'll order one.");
        // W3
        Post amLa2 = re(15, "09:00", ambrose, la3, "Lavinia, I'm so sorry, the trunk show swallowed my week. Your "
                + "second fitting can be Thursday 23rd at 11, and thank you for sending Julian, we loved meeting him.");
        re(15, "09:30", lavinia, amLa2, "Thursday's perfect, thank you.");
        Post de3 = say(16, "11:00", cfAsk, desmond, "Could I order the Swiss twill on my existing pattern, or do I "
                + "need a fitting?");
        Post taDe = re(16, "11:20", tariq, de3, "Your pattern's good, Desmond, we'll make it straight off. Three weeks.");
        re(16, "11:30", desmond, taDe, "Lovely, go ahead.");
        say(17, "10:00", cfNews, liesel, "Thank you to everyone who came to Edinburgh. We'll be back in May.");
        Post yv2 = say(18, "15:00", cfCloth, yvette, "My daughter's shirt arrived and fits perfectly. Thank you "
                + "@Tariq Bellamy for the measuring help.");
        re(18, "15:20", tariq, yv2, "So glad, Yvette!");
        Post qu2 = say(19, "10:00", cfCloth, quentin, "What collar would suit a long face? Deciding for my second "
                + "shirt.");
        Post deQu = re(19, "10:30", desmond, qu2, "A point collar with a bit of spread. Cutaways make my long face "
                + "look longer.");
        re(19, "11:00", quentin, deQu, "Helpful, thank you.");
        Post yv3 = say(20, "09:00", cfAsk, yvette, "Do you do gift vouchers? My brother's birthday is in March.");
        Post taYv2 = re(20, "09:15", tariq, yv3, "We do, any amount, and they never expire. I'll email you the form.");
        re(20, "09:30", yvette, taYv2, "Lovely, thank you.");
    }

    /**
     * G. Cut Make Trim Network: Harpreet posts eleven deadstock lots with prices to nobody in #factory-floor in W2;
     * Farzana's unit floods on day 8 and she posts eleven updates to the waiting brands, with one reply.
     */
    private void cutMakeTrim() {
        Post sa1 = say(1, "10:00", cmRuns, saffron, "Small eco brand: 300 organic jersey tees, two colours, "
                + "sizes XS-XL. Cut and sewn, we supply fabric. Looking to start 15 Feb.");
        Post faSa = re(1, "11:00", farzana, sa1, "We can do that in Manchester, Saffron. £4.80 a tee CMT, twin-needle "
                + "hems, 10 working days.");
        Post giSa = re(1, "11:20", gideon, sa1, "London here, £5.40 a tee with your labels in, 8 days.");
        Post saFa = re(1, "14:00", saffron, faSa, "Farzana, can we come and see the unit?");
        re(1, "14:30", farzana, saFa, "Of course, Thursday afternoon works.");
        re(1, "14:40", saffron, giSa, "Thank you Gideon, we're nearer Manchester but I'll keep you in mind.");
        Post bo1 = say(2, "09:00", cmFloor, bogdan, "Anyone else's overlockers skipping stitches on the recycled "
                + "poly thread?");
        Post haBo = re(2, "09:30", harpreet, bo1, "That thread's got a waxy finish, change to a 90 needle and loosen "
                + "the lower looper a touch. I sold it to three of you, sorry.");
        re(2, "10:00", bogdan, haBo, "90 needle fixed it. Cheers Harpreet.");
        Post ma1 = say(3, "11:00", cmRuns, magnus, "Streetwear brand. 150 heavyweight hoodies, 450gsm, kangaroo "
                + "pocket, flatlock seams. Who has a flatlock machine?");
        Post boMa = re(3, "11:30", bogdan, ma1, "We do, Leicester. £11.50 a hoodie CMT, we'd want a sample first.");
        re(3, "12:00", magnus, boMa, "Sample's fine. I'll post the size set tomorrow.");
        say(4, "10:00", cmMachines, gideon, "For sale: Kansai coverstitch, 2019, serviced in December. £1,900.");
        Post faGi = say(5, "09:00", cmFloor, farzana, "@Gideon Oyelaran is the Kansai still going? We need a second "
                + "one for the jersey runs.");
        re(5, "09:30", gideon, faGi, "Still here, I'll hold it for you till Monday.");
        // W2: Farzana's flood; Harpreet's lots
        say(8, "07:00", cmRuns, farzana, "Bad news: a pipe burst over our cutting room last night. Nobody hurt. "
                + "Cut work is soaked; sewn work is fine. Updates to follow here for every brand waiting on us.");
        say(8, "07:30", cmFloor, harpreet, "Lot 1: 400m cotton poplin, white, 145cm, £2.10/m. DM me.");
        say(8, "12:00", cmRuns, farzana, "Update: the electrics are being checked. We'll know by tomorrow whether "
                + "the machines are safe.");
        say(8, "15:00", cmFloor, harpreet, "Lot 2: 250m navy twill, 8oz, £3.40/m. Samples on request.");
        say(9, "08:00", cmRuns, farzana, "Update: machines passed. Cutting table is warped, we're borrowing one.");
        say(9, "10:00", cmFloor, harpreet, "Lot 3: 600m recycled poly jersey, black, £2.80/m. DM me.");
        Post faSa2 = say(9, "12:00", cmRuns, saffron, "@Farzana Mirza so sorry to hear. Our fabric was due with you "
                + "Monday, should I hold it?");
        re(9, "12:30", farzana, faSa2, "Hold it till Wednesday please, Saffron, then send it. We'll still make the "
                + "15th if the table arrives.");
        say(9, "16:00", cmFloor, harpreet, "Lot 4: 120m waxed cotton, olive, £6.50/m. Samples on request.");
        say(10, "08:00", cmRuns, farzana, "Update: borrowed table is in. Cutting again from noon.");
        say(10, "09:00", cmFloor, harpreet, "Lot 5: 300m organic jersey, ecru, £3.90/m. DM me.");
        say(10, "15:00", cmRuns, farzana, "Update: the soaked cut work for two brands has to be recut. Those brands "
                + "are getting an email this afternoon.");
        say(11, "08:00", cmFloor, harpreet, "Lot 6: 200m brushed fleece back, grey marl, £4.20/m, ex-warehouse Luton.");
        say(11, "09:00", cmRuns, farzana, "Update: insurer's been, we're clear to claim for the cloth.");
        say(11, "13:00", cmFloor, harpreet, "Lot 7: 80m denim, 12oz selvedge, £9/m. DM me.");
        say(12, "08:00", cmRuns, farzana, "Update: recuts done for one brand, the other tomorrow.");
        say(12, "10:00", cmFloor, harpreet, "Lot 8: 500m viscose crepe, black, £2.60/m. Samples on request.");
        say(12, "16:00", cmFloor, harpreet, "Lot 9: 150m ripstop nylon, orange, £3.10/m. DM me.");
        say(13, "09:00", cmRuns, farzana, "Update: both recuts done. Back to our normal schedule from Monday.");
        say(13, "11:00", cmFloor, harpreet, "Lot 10: 220m linen blend, natural, £5.20/m, ex-warehouse Luton.");
        say(14, "09:00", cmRuns, farzana, "Update: new pipes in, dehumidifiers out. Thank you all for your "
                + "patience this week.");
        say(14, "10:00", cmFloor, harpreet, "Lot 11: 90m bonded neoprene, black, £7.80/m. DM me.");
        Post bo2 = say(13, "14:00", cmFloor, bogdan, "@Farzana Mirza if you need a hand with recuts we've a spare "
                + "cutter on Friday.");
        re(13, "14:30", farzana, bo2, "Thank you Bogdan, we're through it now but I'll remember that.");
        // W3
        joins(15, "09:00", cmRuns, evangeline);
        Post ev1 = say(15, "09:20", cmRuns, evangeline, "Activewear start-up: 200 leggings in a 4-way stretch, "
                + "high waist, flatlock. We'd supply fabric. Quotes welcome.");
        Post boEv = re(15, "10:00", bogdan, ev1, "We could do those, Evangeline. £6.20 a pair CMT, 12 days, sample "
                + "first at £40.");
        Post giEv = re(15, "10:20", gideon, ev1, "£6.80 from us, gusseted, 10 days.");
        re(15, "11:00", evangeline, boEv, "Sample please, Bogdan. I'll send fabric this week.");
        re(15, "11:05", evangeline, giEv, "Thanks Gideon, I'll start with one unit but noted.");
        Post boHa = say(16, "10:00", cmFloor, bogdan, "@Harpreet Sandhu is lot 3 still available? I could use the "
                + "black jersey for Magnus's hoodie linings.");
        Post haBo2 = re(16, "10:30", harpreet, boHa, "Still 400m left, Bogdan. How much do you need? It's softer than "
                + "it sounds, I'll send a swatch.");
        re(16, "11:00", bogdan, haBo2, "120m. Swatch first please.");
        Post faHa = say(17, "09:00", cmFloor, farzana, "@Harpreet Sandhu do you still have the ecru organic jersey? "
                + "Saffron's second run might want it.");
        Post haFa = re(17, "09:30", harpreet, faHa, "Yes, 300m. Want me to hold 150 for you?");
        re(17, "10:00", farzana, haFa, "Yes please, I'll confirm with Saffron by Friday.");
        Post ma2 = say(18, "11:00", cmRuns, magnus, "@Bogdan Ilie hoodie sample approved! Go for the 150.");
        re(18, "11:30", bogdan, ma2, "Great, starting Monday.");
        Post sa2 = say(19, "10:00", cmRuns, saffron, "Tees arrived from @Farzana Mirza's unit, on time despite the "
                + "flood, and the hems are perfect.");
        re(19, "10:30", farzana, sa2, "Thank you Saffron, that means a lot after the week we had.");
    }

    /**
     * H. Header Tape: Ignatius scatters his curtain-calculator app over all three rooms on day 2 and again on day 5;
     * Lysander joins on day 8 and DMs Tamara a priced offer on day 10; Philippa leaves Wilfred's follow-up question from
     * day 17.
     */
    private void headerTape() {
        Post ta1 = say(1, "19:00", htAsk, tamara, "How much fabric do I need for a pair of pinch-pleat curtains on a "
                + "2m pole?");
        Post phTa = re(1, "19:40", philippa, ta1, "For pinch pleat allow two and a half times the pole width, so 5m "
                + "across both curtains, times the drop plus 30cm for hems and headings.");
        re(1, "20:00", tamara, phTa, "That makes sense, thank you.");
        say(2, "09:00", htWorkroom, ignatius, "Launched my curtain-fabric calculator app! £4 a month, pattern "
                + "repeats included: fabricsums.example");
        say(2, "09:05", htAsk, ignatius, "Work out your curtain fabric in seconds with my new app: fabricsums.example");
        say(2, "09:10", htFinished, ignatius, "Every one of these was measured with my new app, try it: "
                + "fabricsums.example");
        Post ro1 = say(2, "14:00", htWorkroom, rosheen, "Anyone else's workroom table cover worn through at the edge? "
                + "What do you recover it with?");
        Post phRo = re(2, "14:30", philippa, ro1, "Bump interlining under a heavy calico, stapled underneath. Lasts me "
                + "about three years.");
        re(2, "14:45", rosheen, phRo, "Calico it is, thanks.");
        Post el1 = say(3, "10:00", htAsk, elodie, "Are blackout linings worth it for a child's bedroom, or is a thermal "
                + "lining enough?");
        say(3, "10:20", htAsk, rosheen, "Blackout for a child's room, especially in summer. The thermal ones still "
                + "let light glow through.");
        say(3, "10:40", htAsk, elodie, "Blackout then, thank you Rosheen.");
        Post wi1 = say(4, "16:00", htAsk, wilfred, "My Roman blind pulls up crooked, one side higher. Can I fix it "
                + "myself?");
        Post roWi = re(4, "16:30", rosheen, wi1, "Usually one cord's slipped. Let the blind down fully, untie the "
                + "cords at the cleat and retie them level.");
        re(4, "17:00", wilfred, roWi, "That fixed it, thank you!");
        say(5, "08:30", htAsk, ignatius, "Still measuring curtains by hand? fabricsums.example does it for you.");
        Post na1 = say(6, "12:00", htFinished, nadia, "Our new velvet curtains from @Philippa Thorne are up, the "
                + "living room feels twice as cosy.");
        re(6, "12:30", philippa, na1, "They look wonderful in that room, Nadia.");
        // W2
        joins(8, "09:00", htWorkroom, lysander);
        Post ly1 = say(8, "09:10", htWorkroom, lysander, "Hi all, Lysander, made-to-measure curtains in Bristol.");
        re(8, "09:30", philippa, ly1, "Welcome Lysander.");
        Post ta2 = say(9, "18:00", htAsk, tamara, "Made my first lined curtains from Philippa's numbers! The lining "
                + "is hanging lower than the face fabric though. What did I do wrong?");
        Post phTa2 = re(9, "18:30", philippa, ta2, "Nothing much: linings drop as they hang. Take the lining hem up "
                + "2cm and lock-stitch the two together every 40cm down the sides.");
        re(9, "18:50", tamara, phTa2, "Thanks Philippa, I'll do that this weekend.");
        Post lyDm = say(10, "10:00", htDm, lysander, "Hi Tamara, saw your curtains post in Header Tape. I make lined "
                + "curtains from £240 a pair, two-week turnaround. Book a measure: lysanderpope.example/book");
        Post taLy = re(10, "13:00", tamara, lyDm, "Thanks, but I'm enjoying making my own.");
        re(10, "13:10", lysander, taLy, "Fair enough, good luck with them.");
        Post ig1 = say(11, "10:00", htWorkroom, ignatius, "Has anyone had trouble with the new eyelet tape shrinking "
                + "after steaming?");
        Post roIg = re(11, "10:30", rosheen, ig1, "Yes, pre-steam the tape before you sew it, it takes up about 3%.");
        re(11, "10:45", ignatius, roIg, "Ah, that explains the gaps. Thanks Rosheen.");
        Post el2 = say(12, "19:00", htAsk, elodie, "What's the difference between a pencil pleat and a triple pinch? "
                + "Which would suit a low ceiling?");
        Post igEl = re(12, "19:30", ignatius, el2, "Pencil pleat sits lower and is cheaper; a triple pinch looks more "
                + "tailored. For a low ceiling, a pinch on a track close to the ceiling makes the room look taller.");
        re(12, "19:45", elodie, igEl, "Triple pinch it is, thank you!");
        say(13, "10:00", htWorkroom, lysander, "Which heading tape do you all use for wave curtains?");
        say(13, "10:30", htWorkroom, philippa, "The 80mm carrier tape from the track maker, never a generic one.");
        // W3
        Post wi2 = say(16, "10:00", htAsk, wilfred, "Thinking of swapping the Roman blind for curtains. Would you "
                + "make a pair for a 1.6m bay window, @Philippa Thorne?");
        Post phWi = re(16, "11:00", philippa, wi2, "I would, Wilfred. For a bay you'd need a bendable track. Budget "
                + "about £380 made and fitted.");
        Post wiPh = re(17, "09:00", wilfred, phWi, "Does that include the track? And could you come and fit them "
                + "before March?");
        say(17, "14:00", htWorkroom, philippa, "Busy fortnight, six pairs on the table. Anyone want to share a bolt "
                + "of bump interlining?");
        Post igPh = say(17, "14:30", htWorkroom, ignatius, "I'll take half, @Philippa Thorne");
        re(17, "15:00", philippa, igPh, "Done, I'll order Monday.");
        Post el3 = say(18, "18:00", htFinished, elodie, "Triple pinch blackout curtains up in my son's room. He slept "
                + "till 7!");
        re(18, "18:30", rosheen, el3, "Victory! They look great.");
        Post ly2 = say(19, "11:00", htAsk, lysander, "Tip for anyone making their own: press the hems before you "
                + "mitre the corners, it makes them much crisper.");
        re(19, "11:30", tamara, ly2, "Oh that's useful, thank you.");
        Post na2 = say(14, "12:00", htAsk, nadia, "Making cushions to go with the velvet curtains. Is piping hard to "
                + "do on a domestic machine?");
        Post roNa = re(14, "12:40", rosheen, na2, "Not at all, use a zipper foot and cut the bias strips 4cm wide. "
                + "Join the ends on the straight grain, it's neater.");
        re(14, "13:00", nadia, roNa, "Zipper foot, got it. Thanks Rosheen.");
        Post igRo = say(15, "09:00", htWorkroom, ignatius, "Has the bump interlining gone up for everyone? My merchant "
                + "wants £7 a metre now.");
        re(15, "09:30", rosheen, igRo, "£6.40 at mine in Leeds. Still a shock.");
        Post ta3 = say(19, "17:00", htFinished, tamara, "My lined curtains, with the lining taken up like Philippa "
                + "said. Hanging straight at last.");
        re(19, "17:30", rosheen, ta3, "Crisp corners too. Well done!");
        re(19, "17:45", tamara, ta3, "Lysander's pressing tip, thanks to him.");
        say(20, "10:00", htFinished, philippa, "A pair of interlined linen curtains for a farmhouse kitchen, hand-sewn "
                + "headings.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes138Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 138");
    }
}
