package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 153 (sealed): eight communities of tiling, mosaics, plastering, decorating and interior finishing
 * trades and the people who hire them, of kinds no earlier round used (mosaic artists who make splashbacks, house
 * numbers and panels, Tessera Table, with a studio bench, a room where clients ask and an offers room, a mosaicist who
 * answers a newcomer's first question with his price and "DM me", and a mosaicist who spends a week building a shared
 * smalti batch-colour swatch library with fellow mosaicists while her own client waits on a fitting date; wallpaper
 * hangers, Paste &amp; Hang, with a trade table, a room where householders ask and a jobs board, a hanger who scatters
 * his gallery link and posts open slots, a hanger away at a wedding who said so, and a hanger who answers a
 * newcomer's price question with his own free day; a decorative-plaster studio's own server, Polished Lime Studio,
 * with its Staff and Clients, two DMs, a plasterer who leaves a client's crack question three days, a client who
 * designs kitchens and pitches a newcomer in the room and by DM, and a Saturday question answered on Sunday; a tile
 * shop's own server, Grout &amp; Glaze Tiles, with its Staff and Customers, a DM, a customer who asks two rooms to vote
 * for her bathroom; first-flat renovators, First Flat Fix-Up, where nobody sells, with introductions, a newcomer helped
 * on three days who says only thanks and leaves a question, and a member who points to her Instagram from the
 * makeovers room; fibrous-plaster moulding makers, Cornice &amp; Rose, with a bench, a room where old-house owners ask
 * and a stock room, a maker who posts to nobody for a week, a maker away on a course who said so and a maker who drops
 * his sale link into the owners' room; volunteers who redecorate village halls and scout huts, Brush Up Brigade, where
 * nobody sells, with a rota link posted weekly, a key-holder who leaves the coordinator's request five days and
 * answers everyone's news with his own, and a professional decorator who offers his day rate twice; curtain and blind
 * makers, Heading Tape, with a workroom, a room where clients ask and an offcuts room, a maker who talks shop with
 * peers and serves her client, offcut bundles posted three times in their room, and a newcomer helped on three days
 * who gives nothing back), over three ISO weeks (2035-W14 to W16), written and labelled by writer153 (session 68)
 * before any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-153.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes153Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2035, 4, 2);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2035, 4, 23, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-153";
    private static final int BASE = 120400;

    // --- A. mosaic artists ---
    private final String tessera = cast.guild(1811);
    private final Channel ttBench = cast.channel(tessera, "Tessera Table", "studio-bench",
            "mosaicists among ourselves: materials, adhesives, pricing, the trade", "tt-studio-bench.json");
    private final Channel ttAsks = cast.channel(tessera, "Tessera Table", "commission-asks",
            "householders and clients ask about mosaic work; mosaicists reply", "tt-commission-asks.json");
    private final Channel ttOffers = cast.channel(tessera, "Tessera Table", "offers",
            "members offer finished pieces and made-to-order work, one post per piece", "tt-offers.json");
    private final Persona bryony = cast.person("bryony.kell", "Bryony Kell");
    private final Persona cosmo = cast.person("cosmo.hart", "Cosmo Hart");
    private final Persona linnet = cast.person("linnet.aske", "Linnet Aske");
    private final Persona ivo = cast.person("ivo.brennan", "Ivo Brennan");
    private final Persona ruth = cast.person("ruth.calloway", "Ruth Calloway");
    private final Persona pia = cast.person("pia.sandoval", "Pia Sandoval");
    private final Persona moira = cast.person("moira.teague", "Moira Teague");

    // --- B. wallpaper hangers ---
    private final String paste = cast.guild(1812);
    private final Channel phTrade = cast.channel(paste, "Paste & Hang", "trade-table",
            "paperhangers among ourselves: papers, pastes, pricing, the trade", "ph-trade-table.json");
    private final Channel phAsk = cast.channel(paste, "Paste & Hang", "householders-ask",
            "householders ask about wallpaper and hanging; paperhangers reply", "ph-householders-ask.json");
    private final Channel phJobs = cast.channel(paste, "Paste & Hang", "jobs-board",
            "jobs wanted and hangers' availability", "ph-jobs-board.json");
    private final Persona declan = cast.person("declan.royce", "Declan Royce");
    private final Persona maeve = cast.person("maeve.doherty", "Maeve Doherty");
    private final Persona gethin = cast.person("gethin.pryor", "Gethin Pryor");
    private final Persona saskia = cast.person("saskia.lund", "Saskia Lund");
    private final Persona harold = cast.person("harold.finch", "Harold Finch");
    private final Persona imogen = cast.person("imogen.vale", "Imogen Vale");
    private final Persona tomasz = cast.person("tomasz.bielski", "Tomasz Bielski");

    // --- C. decorative-plaster studio's own server ---
    private final String lime = cast.guild(1813);
    private final Role plStaff = cast.role("Staff", "#8a6d3b", 2);
    private final Role plClient = cast.role("Client", "#5b8a72", 1);
    private final Channel plNews = cast.channel(lime, "Polished Lime Studio", "studio-news",
            "news from the studio", "pl-studio-news.json");
    private final Channel plQuestions = cast.channel(lime, "Polished Lime Studio", "client-questions",
            "ask us anything about your finish, aftercare or booking", "pl-client-questions.json");
    private final Channel plGallery = cast.channel(lime, "Polished Lime Studio", "finishes-gallery",
            "finished walls, showers and floors", "pl-finishes-gallery.json");
    private final Persona serena = cast.person("serena.abbott", "Serena Abbott", plStaff);
    private final Persona tobias = cast.person("tobias.grier", "Tobias Grier", plStaff);
    private final Persona ingrid = cast.person("ingrid.solberg", "Ingrid Solberg", plStaff);
    private final Persona alma = cast.person("alma.reyes", "Alma Reyes", plClient);
    private final Persona ottoline = cast.person("ottoline.prentice", "Ottoline Prentice", plClient);
    private final Persona rafe = cast.person("rafe.duncombe", "Rafe Duncombe", plClient);
    private final Persona barney = cast.person("barney.cole", "Barney Cole", plClient);
    private final Persona hana = cast.person("hana.kovac", "Hana Kovac");
    private final Channel plDmOttoline = cast.dm(ottoline, "pl-dm-ottoline-prentice.json");
    private final Channel plDmHana = cast.dm(hana, "pl-dm-hana-kovac.json");

    // --- D. tile shop's own server ---
    private final String grout = cast.guild(1814);
    private final Role ggStaff = cast.role("Staff", "#3b6e8a", 2);
    private final Role ggCustomer = cast.role("Customer", "#8a7b3b", 1);
    private final Channel ggNews = cast.channel(grout, "Grout & Glaze Tiles", "shop-news",
            "news from the shop", "gg-shop-news.json");
    private final Channel ggChat = cast.channel(grout, "Grout & Glaze Tiles", "customer-chat",
            "questions about tiles, adhesives, orders and deliveries", "gg-customer-chat.json");
    private final Channel ggTalk = cast.channel(grout, "Grout & Glaze Tiles", "tile-talk",
            "show us your projects", "gg-tile-talk.json");
    private final Persona norah = cast.person("norah.beckett", "Norah Beckett", ggStaff);
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante", ggStaff);
    private final Persona lise = cast.person("lise.vermeer", "Lise Vermeer", ggStaff);
    private final Persona bettina = cast.person("bettina.royle", "Bettina Royle", ggCustomer);
    private final Persona conrad = cast.person("conrad.ashby", "Conrad Ashby", ggCustomer);
    private final Persona priti = cast.person("priti.malhotra", "Priti Malhotra", ggCustomer);
    private final Persona dougal = cast.person("dougal.reid", "Dougal Reid");
    private final Channel ggDmPriti = cast.dm(priti, "gg-dm-priti-malhotra.json");

    // --- E. first-flat renovators ---
    private final String flat = cast.guild(1815);
    private final Channel ffIntro = cast.channel(flat, "First Flat Fix-Up", "introductions",
            "new here? introduce yourself and your project", "ff-introductions.json");
    private final Channel ffHelp = cast.channel(flat, "First Flat Fix-Up", "help-desk",
            "stuck on a job? ask here", "ff-help-desk.json");
    private final Channel ffMakeovers = cast.channel(flat, "First Flat Fix-Up", "before-and-after",
            "show your own rooms before and after", "ff-before-and-after.json");
    private final Persona greta = cast.person("greta.lindqvist", "Greta Lindqvist");
    private final Persona oscar = cast.person("oscar.penn", "Oscar Penn");
    private final Persona fenwick = cast.person("fenwick.doyle", "Fenwick Doyle");
    private final Persona wren = cast.person("wren.halsey", "Wren Halsey");
    private final Persona juno = cast.person("juno.okafor", "Juno Okafor");
    private final Persona ravi = cast.person("ravi.chandran", "Ravi Chandran");
    private final Persona esme = cast.person("esme.clarke", "Esme Clarke");

    // --- F. fibrous-plaster moulding makers ---
    private final String cornice = cast.guild(1816);
    private final Channel crBench = cast.channel(cornice, "Cornice & Rose", "the-bench",
            "moulding makers among ourselves: run-outs, casting, fixing, the trade", "cr-the-bench.json");
    private final Channel crAsks = cast.channel(cornice, "Cornice & Rose", "old-house-asks",
            "owners of old houses ask about cornices, roses and mouldings; makers reply", "cr-old-house-asks.json");
    private final Channel crStock = cast.channel(cornice, "Cornice & Rose", "stock-mouldings",
            "makers list stock mouldings for sale: profile, size, price", "cr-stock-mouldings.json");
    private final Persona hector = cast.person("hector.quayle", "Hector Quayle");
    private final Persona isolde = cast.person("isolde.marchetti", "Isolde Marchetti");
    private final Persona piers = cast.person("piers.lambton", "Piers Lambton");
    private final Persona cressida = cast.person("cressida.vane", "Cressida Vane");
    private final Persona nathaniel = cast.person("nathaniel.orr", "Nathaniel Orr");
    private final Persona delphine = cast.person("delphine.arkwright", "Delphine Arkwright");
    private final Persona anwen = cast.person("anwen.price", "Anwen Price");

    // --- G. volunteer redecorators ---
    private final String brush = cast.guild(1817);
    private final Channel bbVolunteers = cast.channel(brush, "Brush Up Brigade", "volunteers",
            "volunteers who redecorate village halls, scout huts and community rooms", "bb-volunteers.json");
    private final Channel bbJobs = cast.channel(brush, "Brush Up Brigade", "jobs-on",
            "the job in hand: prep, paint, photos", "bb-jobs-on.json");
    private final Channel bbRota = cast.channel(brush, "Brush Up Brigade", "rota",
            "volunteer shifts: sign up here", "bb-rota.json");
    private final Persona dilys = cast.person("dilys.parry", "Dilys Parry");
    private final Persona cedric = cast.person("cedric.mayhew", "Cedric Mayhew");
    private final Persona rhodri = cast.person("rhodri.bevan", "Rhodri Bevan");
    private final Persona agatha = cast.person("agatha.lowe", "Agatha Lowe");
    private final Persona samir = cast.person("samir.haddad", "Samir Haddad");
    private final Persona tegan = cast.person("tegan.morgan", "Tegan Morgan");

    // --- H. curtain and blind makers ---
    private final String heading = cast.guild(1818);
    private final Channel htWorkroom = cast.channel(heading, "Heading Tape", "workroom",
            "curtain and blind makers among ourselves: making, fitting, pricing", "ht-workroom.json");
    private final Channel htAsks = cast.channel(heading, "Heading Tape", "client-asks",
            "householders and clients ask about curtains, blinds and pelmets; makers reply", "ht-client-asks.json");
    private final Channel htOffcuts = cast.channel(heading, "Heading Tape", "fabric-offcuts",
            "members sell offcuts, remnants and workroom kit", "ht-fabric-offcuts.json");
    private final Persona marguerite = cast.person("marguerite.dufresne", "Marguerite Dufresne");
    private final Persona anselm = cast.person("anselm.crabb", "Anselm Crabb");
    private final Persona jude = cast.person("jude.farrant", "Jude Farrant");
    private final Persona hattie = cast.person("hattie.greaves", "Hattie Greaves");
    private final Persona beatrice = cast.person("beatrice.onslow", "Beatrice Onslow");
    private final Persona lorcan = cast.person("lorcan.moss", "Lorcan Moss");

    HeldOutScenes153Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        tesseraTable();
        pasteAndHang();
        polishedLime();
        groutAndGlaze();
        firstFlat();
        corniceAndRose();
        brushUpBrigade();
        headingTape();
    }

    /**
     * A. Tessera Table: Bryony agrees a greener border with her client Ruth (days 1, 3); Ivo answers Moira on a
     * cracked hallway (day 2); Linnet lists house-number plaques in #offers (day 3) and answers Moira's request for a
     * recommendation with them (day 5). On day 6 Bryony proposes a shared swatch library of smalti batches; days 8-14
     * all her messages are in #studio-bench with Linnet, Ivo and Cosmo building it, while Ruth asks her on day 9 whether
     * the splashback is ready for the fitter on the 20th and chases on day 11; Linnet nudges her on day 12; she answers
     * Ruth on day 15 with an apology. Pia joins on day 8 and asks whether a mosaic splashback is practical; Cosmo
     * answers with his price per square metre and "DM me", Linnet with advice and, when Pia asks for one, a grout guide.
     * Ruth says on day 16 she sent her sister to Bryony.
     */
    private void tesseraTable() {
        Post b1 = say(1, "09:10", ttBench, bryony, "Morning all. Is anyone else finding the new batch of gold smalti "
                + "runs warmer than last year's? My box from March is nearly copper next to the old one.");
        re(1, "09:32", linnet, b1, "Yes! Same here. I had to re-sort a whole border because the two boxes didn't "
                + "match under daylight.");
        re(1, "09:50", ivo, b1, "Batch codes are on the box flap if you still have them, worth writing down.");
        re(1, "10:05", bryony, b1, "Good shout Ivo, I'll start keeping them.");
        Post r1 = say(1, "12:40", ttAsks, ruth, "@Bryony Kell quick one on the splashback, could we go a shade "
                + "greener on the border? Happy to pay for the extra tesserae.");
        Post bR1 = re(1, "13:15", bryony, r1, "Of course Ruth! I'll lay out two greens on the board and send you a "
                + "photo by Wednesday, no extra charge for a few handfuls.");
        re(1, "13:30", ruth, bR1, "Lovely, thank you.");
        Post mo1 = say(2, "18:20", ttAsks, moira, "We've a Victorian hallway with a few cracked tiles in the pattern. "
                + "Is that a mosaic job or a tiler's?");
        Post ivMo = re(2, "19:00", ivo, mo1, "If they're the small geometric ones it's closer to mosaic. Most can be "
                + "matched from reclaim, the trick is lifting the cracked ones without disturbing the neighbours. "
                + "Take a photo with a coin for scale and a tiler or one of us can tell you more.");
        re(2, "19:25", moira, ivMo, "That's really helpful, thanks Ivo. Will dig out a coin.");
        say(3, "08:45", ttOffers, linnet, "House-number plaques, made to order in vitreous glass, frost proof. "
                + "£85 each including postage, three slots left before summer.");
        Post b2 = say(3, "17:10", ttAsks, bryony, "@Ruth Calloway here are the two greens laid out: left is the sage, "
                + "right is the deeper bottle green. Both look good with your worktop sample.");
        re(3, "17:40", ruth, b2, "The bottle green! Perfect.");
        Post c1 = say(4, "11:00", ttBench, cosmo, "What's everyone using for an outdoor panel that'll see frost? "
                + "Cement-based flexible or go straight to epoxy?");
        Post liC1 = re(4, "11:20", linnet, c1, "Flexible S1 cement adhesive for me, epoxy is overkill unless it's a "
                + "pool or it's going to get soaked every day.");
        re(4, "11:45", cosmo, liC1, "Makes sense, it's a north wall but sheltered. Thanks Linnet.");
        Post mo2 = say(5, "10:15", ttAsks, moira, "Another question: can anyone recommend someone who makes mosaic "
                + "house numbers? Ours fell off in the storm.");
        Post liMo = re(5, "10:40", linnet, mo2, "I make them, Moira, there's a post in #offers. Happy to match the "
                + "old one if you've a photo, £85 posted.");
        re(5, "11:05", moira, liMo, "Oh perfect, I'll send you the photo.");
        Post b3 = say(6, "10:30", ttBench, bryony, "Thinking about the batch thing. What if we all photograph every "
                + "smalti box we open under the same daylight lamp against a grey card, and pool them in one sheet "
                + "with the batch codes? Then we can tell clients what colour they'll actually get.");
        re(6, "10:50", ivo, b3, "I'd use that every week. Count me in.");
        re(6, "11:10", linnet, b3, "Yes please. I've got about twenty boxes open right now.");
        re(6, "12:30", cosmo, b3, "In. I'll bring the greys and blues.");
        re(6, "13:00", bryony, b3, "Brilliant, I'll set up the sheet Monday.");
        // W15: Bryony's week is the swatch library, with peers only
        joins(8, "08:30", ttAsks, pia);
        Post sw1 = say(8, "09:00", ttBench, bryony, "Swatch sheet is up, one tab per supplier. Columns for batch "
                + "code, date opened, photo link and a note. Lamp is 5000K, grey card is the 18% one.");
        re(8, "09:30", ivo, sw1, "Added six of my golds already.");
        Post pi1 = say(8, "09:40", ttAsks, pia, "Hi all, new here. Thinking about a mosaic splashback behind the hob. "
                + "Is it practical with grease and heat, or a nightmare to clean?");
        Post coPi = re(8, "10:05", cosmo, pi1, "Totally practical if it's glass and epoxy grouted. I do splashbacks, "
                + "£95 per square metre fitted, DM me and I'll pencil you in.");
        Post liPi = re(8, "10:30", linnet, pi1, "Vitreous glass wipes clean like a window. The grout is the bit to "
                + "think about: epoxy doesn't stain, cement grout behind a hob will go brown in a year.");
        Post piLi = re(8, "11:00", pia, liPi, "Ah that makes sense. Is there a guide anywhere on epoxy vs cement "
                + "grout? I'd like to read up before talking to anyone.");
        re(8, "11:20", linnet, piLi, "This one's good and not selling anything: groutfacts.example/epoxy-vs-cement");
        re(8, "11:45", pia, coPi, "Thanks, I'm just reading up for now.");
        Post sw2 = say(8, "15:00", ttBench, bryony, "@Linnet Aske your photos are a touch blue, is your lamp on the "
                + "warm setting?");
        re(8, "15:30", linnet, sw2, "Oops, it was. Redoing them tonight.");
        Post r2 = say(9, "10:00", ttAsks, ruth, "@Bryony Kell the kitchen fitter is in on the 20th. Will the "
                + "splashback be ready to fix by then? I need to tell him either way.");
        Post sw3 = say(9, "16:00", ttBench, bryony, "Forty boxes logged between us. Orsoni golds vary more than the "
                + "Mosaici ones, which I didn't expect.");
        re(9, "16:20", cosmo, sw3, "The blues are steady, I've logged eight.");
        re(9, "16:45", bryony, sw3, "Good to know. Can you add the date opened too Cosmo?");
        Post sw4 = say(10, "09:20", ttBench, bryony, "@Ivo Brennan can you do the greys against the white card as "
                + "well? Some of them shift more than I thought.");
        re(10, "09:50", ivo, sw4, "Will do this afternoon.");
        re(10, "10:30", bryony, sw4, "Thank you!");
        Post mo3 = say(10, "12:00", ttAsks, moira, "House number arrived and it's gorgeous, thank you @Linnet Aske!");
        re(10, "12:30", linnet, mo3, "So glad! Send a photo once it's up.");
        Post r3 = say(11, "09:15", ttAsks, ruth, "@Bryony Kell sorry to chase, just need a yes or no on the 20th so I "
                + "can book the fitter in.");
        Post sw5 = say(11, "14:00", ttBench, bryony, "Added a tab for the batch differences we've found so far, "
                + "worst is the gold at 4 shades. Should we share it with the supplier?");
        re(11, "14:30", linnet, sw5, "Yes, politely. They might even start printing it on the box.");
        re(11, "15:00", cosmo, sw5, "Agreed, I can draft the email.");
        re(11, "15:20", bryony, sw5, "Go for it, I'll read it over tomorrow.");
        Post liB = say(12, "09:00", ttBench, linnet, "@Bryony Kell Ruth's asking after you in #commission-asks, "
                + "something about a fitter.");
        re(12, "09:20", bryony, liB, "Thanks, will look.");
        Post sw6 = say(12, "13:00", ttBench, bryony, "Email to the supplier reads well Cosmo, send it. And let's "
                + "do the reds next week.");
        re(12, "13:30", cosmo, sw6, "Sent!");
        say(12, "16:00", ttOffers, cosmo, "Two panels from the garden show: the heron, 60x90, £240, and the "
                + "hare, 90x90, £310. Collection from Frome.");
        Post sw7 = say(13, "10:00", ttBench, bryony, "@Ivo Brennan your white-card greys are brilliant, that's the "
                + "clearest page in the sheet.");
        re(13, "10:30", ivo, sw7, "Cheers, took ages.");
        // W16
        Post bR2 = re(15, "08:40", bryony, r3, "Ruth, I'm so sorry, I've been buried in a project with the others "
                + "all week. Yes: the splashback will be ready on the 18th, so the 20th is fine for the fitter.");
        re(15, "09:00", ruth, bR2, "Phew, thank you! Booking him now.");
        say(15, "10:00", ttBench, bryony, "Reds tab is up. Also, supplier replied and they'll start printing the "
                + "batch on each bag. Well done all.");
        Post r4 = say(16, "18:00", ttAsks, ruth, "@Bryony Kell my sister loves the splashback photos, I've given her "
                + "your name for her bathroom.");
        re(16, "18:20", bryony, r4, "That's so kind of you Ruth, thank you! I'll look after her.");
        Post pi2 = say(17, "11:00", ttAsks, pia, "@Linnet Aske we went with glass and epoxy in the end, thanks for the "
                + "guide. A local tiler is doing it.");
        re(17, "11:30", linnet, pi2, "Sounds perfect, enjoy it!");
        Post mo4 = say(18, "19:00", ttAsks, moira, "What colour grout goes with a black and white hallway, grey or "
                + "white?");
        re(18, "19:30", cosmo, mo4, "Mid grey. White shows every footprint and black makes it look busy.");
        re(18, "19:50", moira, mo4, "Mid grey it is, thanks all.");
    }

    /**
     * B. Paste &amp; Hang: Maeve answers Harold's bubbling lining paper without a reply link (day 2). On day 3 Declan
     * posts "check out my latest hangs" with his gallery link in #trade-table, #householders-ask and #jobs-board within
     * eight minutes; on day 5 he posts two May slots at £220 a room, "DM me", in #householders-ask. Maeve says on
     * day 5 she is away 9-12 April; Harold asks her on day 9 and she answers on day 12. Harold posts a mural job on
     * day 6; Gethin and Declan answer it and Gethin gets it. Imogen joins on day 8 and asks what a feature wall should
     * cost; Gethin answers with the usual range and his own free day at £180; Saskia with what to check. Tomasz joins
     * on day 15. Imogen books Gethin (day 16); Harold tells Gethin on day 19 he recommended him to a neighbour.
     */
    private void pasteAndHang() {
        Post m1 = say(1, "08:30", phTrade, maeve, "Anyone hung the new grasscloth range yet? Seams show like "
                + "anything, even butted tight.");
        re(1, "08:55", saskia, m1, "Grasscloth always shows seams, I warn the client up front and reverse alternate "
                + "drops.");
        re(1, "09:10", gethin, m1, "Same. And keep paste off the face, it marks for good.");
        re(1, "09:30", maeve, m1, "Reversing drops helped, cheers both.");
        say(2, "19:00", phAsk, harold, "Our lining paper is bubbling a week after it went up. Will it settle or "
                + "has it failed?");
        say(2, "19:35", phAsk, maeve, "Harold, small bubbles often shrink back as the paste dries out, give it "
                + "another few days with the heating low. If they're still there, slit with a blade and re-paste.");
        Post hMa = say(2, "20:10", phAsk, harold, "Thanks Maeve, will leave it be for now.");
        hMa.react("👍", maeve);
        say(3, "10:00", phTrade, declan, "Check out my latest hangs, new gallery is up: "
                + "declanroycedecor.example/gallery");
        say(3, "10:04", phAsk, declan, "Check out my latest hangs! declanroycedecor.example/gallery");
        say(3, "10:08", phJobs, declan, "New gallery up, check out my work: declanroycedecor.example/gallery");
        say(4, "09:00", phJobs, saskia, "Two-week gap from 14 May, Cardiff and the valleys. Happy to take overflow "
                + "from anyone who's full.");
        Post ma2 = say(5, "08:00", phTrade, maeve, "Heads up: I'm away Mon 9 to Thu 12 April, my sister's wedding in "
                + "Galway, so I won't be checking here.");
        re(5, "08:20", gethin, ma2, "Have a great time!");
        re(5, "08:40", saskia, ma2, "Enjoy the craic!");
        say(5, "12:00", phAsk, declan, "2 slots open in May for feature walls, £220 a room including lining, DM me.");
        Post h2 = say(6, "10:00", phJobs, harold, "Looking for someone to hang a mural in our daughter's bedroom, "
                + "one 3.2m wall, Bristol, early May. Paper's already bought.");
        Post geH = re(6, "10:30", gethin, h2, "Happy to quote Harold. I could come and look at the wall Tuesday "
                + "evening, murals need a flat wall so worth checking first.");
        re(6, "10:50", declan, h2, "I can do that, £250 all in.");
        re(6, "11:20", harold, geH, "Tuesday works, thanks Gethin. I'll message you the address.");
        Post s2 = say(7, "17:00", phTrade, saskia, "What's everyone charging per roll for standard papers now? I'm "
                + "still on £30 and feel cheap.");
        re(7, "17:30", gethin, s2, "£32-35 round here, more for anything that needs the table paste.");
        re(7, "17:45", maeve, s2, "£35. Put it up, nobody has ever argued with me about a roll price.");
        // W15
        joins(8, "10:00", phAsk, imogen);
        Post im1 = say(8, "10:20", phAsk, imogen, "Hi, first time posting. How much should I expect to pay someone to "
                + "hang one feature wall? My quotes are all over the place, £150 to £400.");
        Post geIm = re(8, "10:50", gethin, im1, "Depends on the paper. A standard paste-the-wall is about £150-200 "
                + "for one wall, a hand-printed paper or a mural more like £300 and up. If you're near Bristol I've a "
                + "free day on the 19th, £180 for a standard wall.");
        re(8, "11:15", saskia, im1, "Ask each one what's included: stripping the old paper, making good, lining. "
                + "The cheap quotes often leave those out.");
        re(8, "11:40", imogen, geIm, "That's really helpful. I'm in Bath so maybe! I'll have a think.");
        Post h3 = say(9, "14:00", phAsk, harold, "@Maeve Doherty what paste did you use for the heavy vinyl in the "
                + "hall? We need to patch a corner the dog got to.");
        Post d1 = say(10, "09:00", phTrade, declan, "Anyone know a supplier still stocking Solvite heavy duty in "
                + "tubs? My merchant's out.");
        Post saD = re(10, "09:25", saskia, d1, "Brewers had it last week, Newport branch.");
        re(10, "09:40", declan, saD, "Legend, thanks Saskia.");
        Post g2 = say(10, "16:00", phTrade, gethin, "Mural wall at Harold's has a 6mm bow in it. Skim or line with "
                + "1400 grade?");
        re(10, "16:30", declan, g2, "1400 grade and a bit of patience. Skim's overkill for 6mm.");
        re(10, "16:50", gethin, g2, "That's what I thought, thanks Declan.");
        Post im2 = say(11, "19:00", phAsk, imogen, "Do I need lining paper under a paste-the-wall paper on newish "
                + "plaster?");
        Post deIm = re(11, "19:30", declan, im2, "Not usually. Mist coat the plaster first so it doesn't suck the "
                + "paste dry, then hang straight on.");
        re(11, "19:50", imogen, deIm, "Thank you!");
        Post maH = re(12, "09:00", maeve, h3, "Back now! Sorry Harold. It was ready-mixed heavy duty, the green tub. "
                + "Overlap the patch and double-cut through both layers.");
        re(12, "09:30", harold, maH, "Perfect, thanks Maeve, and welcome back.");
        Post h4 = say(13, "18:00", phAsk, harold, "Mural is up and it's perfect, thank you @Gethin Pryor. "
                + "Daughter won't leave her room.");
        h4.react("🎉", gethin, saskia);
        re(13, "18:30", gethin, h4, "Ha, brilliant. Enjoy it!");
        // W16
        joins(15, "11:00", phAsk, tomasz);
        Post to1 = say(15, "11:10", phAsk, tomasz, "Hi. We've just had the lounge replastered. How long before we "
                + "can paper it, and do we need to do anything first?");
        Post saTo = re(15, "11:40", saskia, to1, "Let it dry out properly, about four weeks for a full skim. Then a "
                + "mist coat or size so the paste grabs and you can still strip it one day.");
        re(15, "12:00", maeve, to1, "And don't rush it with heaters, it cracks. Pink and patchy means still wet.");
        re(15, "12:30", tomasz, saTo, "Great, that's exactly what I needed, thanks both.");
        Post im3 = say(16, "10:00", phAsk, imogen, "Booked @Gethin Pryor for the 19th in the end, thanks everyone for "
                + "the advice!");
        re(16, "10:20", gethin, im3, "Looking forward to it Imogen.");
        say(17, "09:00", phJobs, declan, "Free weeks in June for feature walls and murals, South Wales and Bristol. "
                + "Portfolio: declanroycedecor.example/gallery");
        Post m3 = say(18, "08:30", phTrade, maeve, "Anyone had a client want a paper hung horizontally? Never done it "
                + "and it's a long landing.");
        re(18, "09:00", declan, m3, "Once. Start from the ceiling and have a second pair of hands, the drops are "
                + "heavy.");
        re(18, "09:20", maeve, m3, "Good tip, I'll bring my nephew.");
        Post h5 = say(19, "17:00", phAsk, harold, "@Gethin Pryor mural's still perfect a week on, I've told our "
                + "neighbour about you, she's after a hallway.");
        re(19, "17:20", gethin, h5, "Thanks so much Harold, really appreciate that.");
        Post im4 = say(20, "12:00", phAsk, imogen, "Wall's done, looks amazing. Any tips for cleaning it?");
        re(20, "12:40", gethin, im4, "Damp cloth, dab don't rub. Glad you like it!");
    }

    /**
     * C. Polished Lime Studio: Serena posts studio news (days 1, 8, 16). Tobias answers Alma on marmorino (day 1);
     * Serena answers Ottoline's DMs within 20 and 30 minutes (days 3 and 18). On day 9 Alma asks Tobias by name about a
     * hairline crack and chases on day 11, while Tobias answers Ottoline and posts in the gallery (days 10, 11); Serena
     * answers Alma on day 12; Tobias apologises on day 15. Hana joins on day 15 and asks about microcement in a shower;
     * Serena answers; Rafe (a client who designs kitchens and bathrooms) replies with a £400 design pack and "DM me",
     * and on day 16 DMs her £350 if she books this week; she declines. On Saturday day 20 at 10:00 Barney asks Ingrid
     * about cleaning his tadelakt; she answers on Sunday day 21 at 11:30 with an apology.
     */
    private void polishedLime() {
        Post n1 = say(1, "08:00", plNews, serena, "Spring diary is open: we're booking tadelakt and Venetian work from "
                + "late May. Thank you all for a busy winter.");
        n1.react("👏", alma, ottoline);
        Post a1 = say(1, "11:00", plQuestions, alma, "@Tobias Grier how long before I can hang pictures on the "
                + "marmorino in the hall?");
        Post toA = re(1, "12:00", tobias, a1, "Give it four weeks to cure, Alma, and use a fine masonry bit on slow "
                + "with tape over the spot so it doesn't chip.");
        re(1, "12:20", alma, toA, "Brilliant, thank you Tobias.");
        Post i1 = say(2, "16:00", plGallery, ingrid, "Tadelakt shower finished today in a cottage in Frome. Six "
                + "coats and a lot of olive soap.");
        i1.react("😍", alma, rafe, barney);
        re(2, "16:40", rafe, i1, "That's gorgeous Ingrid. The colour is spot on with the stone.");
        re(2, "17:00", ingrid, i1, "Thanks Rafe! The client picked it from a pebble on her windowsill.");
        say(3, "09:00", plDmOttoline, ottoline, "Hi Serena, could we move our start to 7 May? Builders are running "
                + "late.");
        say(3, "09:20", plDmOttoline, serena, "Hi Ottoline, yes, that's fine, I've moved you to the 7th.");
        say(3, "09:25", plDmOttoline, ottoline, "Thank you so much!");
        Post ba1 = say(4, "19:00", plQuestions, barney, "Is microcement OK on a floor with underfloor heating?");
        Post inBa = re(4, "19:40", ingrid, ba1, "Yes, Barney, as long as the heating is run up and down before we lay "
                + "it and off for the two days we're working. We'll talk you through it before the job.");
        re(4, "20:00", barney, inBa, "Great, thanks.");
        Post o1 = say(5, "13:00", plQuestions, ottoline, "Do we need to do anything to the walls before you come?");
        re(5, "13:30", tobias, o1, "Just clear the room and make sure the electrician has finished chasing. We'll do "
                + "the rest.");
        re(5, "13:50", ottoline, o1, "Will do, thanks Tobias.");
        Post o3 = say(7, "15:00", plGallery, ottoline, "Found the inspiration photo for our kitchen, this is the "
                + "feel we're after.");
        re(7, "15:40", serena, o3, "Love it, warm and chalky. Very doable in marmorino.");
        // W15
        say(8, "08:00", plNews, serena, "New lime-wash colour card is in the studio, twenty-four shades. Drop in any "
                + "weekday to see it.");
        Post a2 = say(9, "10:00", plQuestions, alma, "@Tobias Grier there's a fine hairline crack appearing by the "
                + "light switch in the hall. Is that normal or should I worry?");
        Post o2 = say(10, "11:00", plQuestions, ottoline, "Which sealer do you use over the marmorino in a kitchen? "
                + "Wondering about splashes.");
        Post toO = re(10, "11:40", tobias, o2, "A wax finish, Ottoline, buffed in. It sheds water and you can top it "
                + "up once a year.");
        re(10, "12:00", ottoline, toO, "Perfect, thanks.");
        Post t2 = say(10, "15:00", plGallery, tobias, "Marmorino stairwell done in Bradford on Avon, three storeys of "
                + "it.");
        t2.react("🔥", rafe, barney);
        re(10, "15:30", barney, t2, "Look at that sheen!");
        re(10, "16:00", tobias, t2, "Took a while on the scaffold but worth it.");
        Post a3 = say(11, "09:30", plQuestions, alma, "@Tobias Grier any thoughts on the crack? It's got a bit longer "
                + "since Tuesday.");
        Post ba2 = say(11, "14:00", plGallery, barney, "Our floor, one month on. Still in love.");
        re(11, "14:30", tobias, ba2, "Looks even better with the light on it, Barney.");
        re(12, "10:00", serena, a3, "Alma, Serena here, sorry for the wait. That's usually a little movement around "
                + "the back box. We'll pop by on Thursday and fill it, no charge.");
        re(12, "10:30", alma, a3, "Thank you Serena.");
        Post ba4 = say(13, "09:00", plQuestions, barney, "Could you fit a second room in June? The downstairs "
                + "loo this time.");
        Post inBa2 = re(13, "09:40", ingrid, ba4, "We can, Barney, second week of June. Serena will send the "
                + "booking through.");
        re(13, "10:00", barney, inBa2, "Perfect.");
        Post r1 = say(13, "11:00", plGallery, rafe, "Kitchen I designed in Bath with Polished Lime's plaster hood over "
                + "the range. The client is thrilled.");
        r1.react("😍", serena, ingrid);
        re(13, "11:30", serena, r1, "It turned out beautifully, thanks for bringing us in Rafe.");
        // W16
        Post toA2 = re(15, "08:30", tobias, a3, "Sorry Alma, I saw this and meant to answer and then it slid. Serena's "
                + "right, I'll be with her Thursday.");
        re(15, "08:50", alma, toA2, "No problem, see you then.");
        joins(15, "09:30", plQuestions, hana);
        Post ha1 = say(15, "09:45", plQuestions, hana, "Hi! We're redoing our bathroom and can't decide between "
                + "microcement and tiles in the shower. Pros and cons?");
        Post seHa = re(15, "10:15", serena, ha1, "Hi Hana, welcome. Microcement has no grout lines and looks calm; "
                + "it needs a good waterproof board behind and resealing every few years. Tiles are cheaper and "
                + "easier to repair. Happy to talk it through.");
        re(15, "10:40", rafe, ha1, "I design bathrooms and kitchens, I could do you a full design pack for £400, I've "
                + "a slot in May. DM me.");
        re(15, "11:00", hana, seHa, "That's really clear, thank you.");
        say(16, "09:00", plDmHana, rafe, "Hi Hana, Rafe from the Polished Lime server. Just following up on the "
                + "design pack: I can do £350 if you book this week.");
        say(16, "12:00", plDmHana, hana, "Thanks, but we're fine for now.");
        say(16, "14:00", plNews, serena, "Tadelakt taster day on 12 May, £95 with lunch, eight places: "
                + "polishedlime.example/taster");
        Post a4 = say(17, "17:00", plQuestions, alma, "@Tobias Grier @Serena Abbott crack filled and invisible, thank "
                + "you both.");
        re(17, "17:20", tobias, a4, "Great to hear, Alma.");
        say(18, "10:00", plDmOttoline, ottoline, "Serena, I've sent my sister Fran your way, she wants lime wash in "
                + "her sitting room.");
        say(18, "10:30", plDmOttoline, serena, "Thank you Ottoline, that's so kind! I'll look after her.");
        Post ha2 = say(19, "15:00", plQuestions, hana, "We've gone for microcement! What happens at the survey?");
        re(19, "15:30", ingrid, ha2, "Hi Hana! We check the walls and floor for movement and moisture and measure "
                + "up, about an hour.");
        Post ba3 = say(20, "10:00", plQuestions, barney, "@Ingrid Solberg is it OK to wipe the tadelakt with a wet "
                + "cloth, or does it need the olive soap every time?");
        re(21, "11:30", ingrid, ba3, "Sorry Barney, I was at a family do all weekend. Warm water is fine day to day; "
                + "black soap once a month keeps it sealed.");
        re(21, "12:00", barney, ba3, "Thanks Ingrid, hope it was a good do!");
    }

    /**
     * D. Grout &amp; Glaze Tiles: Norah posts shop news (days 1, 9, 15, 19). Kwame answers Conrad without a reply link
     * (day 1); Lise answers Priti's DMs within 25 and 40 minutes (days 3, 15). Bettina shows her zellige bathroom
     * (day 2) and asks Kwame about haze (day 5). Dougal joins on day 8; Kwame answers his first question with the
     * shop's own guide; Lise answers his follow-up (day 10). On day 15 Bettina asks #tile-talk and, three minutes
     * later, #customer-chat to vote for her bathroom in a magazine competition, having spoken only with the staff.
     * On day 17 Dougal says he sent his brother-in-law; Norah thanks him.
     */
    private void groutAndGlaze() {
        Post n1 = say(1, "08:30", ggNews, norah, "Zellige restock is in: greens, blues and the blush pink. We're open "
                + "late Thursday till 8.");
        n1.react("😍", bettina, priti);
        Post co1 = say(1, "12:00", ggChat, conrad, "How many boxes of the 10x10 zellige for 3.5 square metres, with "
                + "wastage?");
        say(1, "12:30", ggChat, kwame, "Conrad, that's 4.2 boxes on 10% wastage, so five. Zellige chips in the "
                + "cutting so I'd allow 15% anyway.");
        re(1, "12:50", conrad, co1, "Five boxes it is, thanks Kwame. I'll collect Thursday.");
        Post be1 = say(2, "18:00", ggTalk, bettina, "Finished the bathroom! Green zellige and the terracotta floor.");
        be1.react("😍", norah, kwame);
        re(2, "18:20", norah, be1, "Stunning Bettina, the green is perfect with that floor.");
        re(2, "18:40", bettina, be1, "Thanks Norah, couldn't have done it without Kwame's tips.");
        say(3, "10:00", ggDmPriti, priti, "Hi Lise, did my grout order go out? Order 5521.");
        say(3, "10:25", ggDmPriti, lise, "Hi Priti, yes, it left this morning. Tracking's on its way to your email.");
        say(3, "10:30", ggDmPriti, priti, "Great, thanks!");
        Post pr1 = say(4, "14:00", ggChat, priti, "How do people seal encaustic tiles? Before or after grouting?");
        Post liPr = re(4, "14:30", lise, pr1, "Both, Priti: one coat before grouting so the grout doesn't stain, "
                + "then a second after. Our sealer is fine for both.");
        re(4, "14:50", conrad, pr1, "Did mine like that last year, no staining at all.");
        re(4, "15:10", priti, liPr, "That's what I needed, thank you.");
        Post be2 = say(5, "09:00", ggChat, bettina, "@Kwame Asante there's a haze on the zellige after grouting, "
                + "what gets it off?");
        Post kwBe = re(5, "09:30", kwame, be2, "A haze remover diluted one to five, Bettina, and a white pad. Don't go "
                + "near it with anything acidic.");
        re(5, "09:50", bettina, kwBe, "Perfect, thank you!");
        Post co2 = say(6, "11:00", ggTalk, conrad, "Splashback done, first tiling job ever.");
        co2.react("👏", kwame, lise);
        re(6, "11:20", kwame, co2, "Cracking job Conrad, lovely straight lines.");
        // W15
        joins(8, "09:00", ggChat, dougal);
        Post do1 = say(8, "09:15", ggChat, dougal, "Hi, tiling a small utility room floor, first time doing it "
                + "myself. What adhesive for porcelain on a wooden floor?");
        Post kwDo = re(8, "09:45", kwame, do1, "Welcome Dougal! On timber you want a flexible S1 adhesive over a "
                + "tile backer board, screwed down, not straight on the boards. Our how-to covers it step by step: "
                + "groutandglaze.example/guides/timber-floors");
        re(8, "10:10", dougal, kwDo, "Really useful, thanks Kwame.");
        say(9, "08:30", ggNews, norah, "Beginners' tiling evening on 3 May, £40 including your tools to keep. "
                + "Book at the counter or here: groutandglaze.example/classes");
        Post do2 = say(10, "18:00", ggChat, dougal, "Backer board is down. Do I tape the joints before tiling?");
        Post liDo = re(10, "18:30", lise, do2, "Yes, alkali-resistant tape bedded in the adhesive, Dougal. "
                + "Then you're good to go.");
        re(10, "18:50", dougal, liDo, "Great, thanks Lise.");
        Post co3 = say(11, "12:00", ggChat, conrad, "@Norah Beckett do you do a trade discount for a one-off big "
                + "order? Doing my brother's kitchen too.");
        re(11, "12:40", norah, co3, "We do 10% on orders over £500, Conrad, just mention it at the till.");
        Post do3 = say(12, "19:00", ggTalk, dougal, "Half done! Slower than I thought.");
        do3.react("👍", kwame, lise);
        re(12, "19:20", lise, do3, "Looks great, slow is good with porcelain.");
        Post be3 = say(13, "10:00", ggChat, bettina, "@Kwame Asante do you stock the matching bullnose for the "
                + "green zellige? Want to finish the window sill.");
        re(13, "10:20", kwame, be3, "We do, Bettina, 20 in stock, I'll put six aside for you.");
        // W16
        say(15, "10:00", ggTalk, bettina, "My bathroom has been shortlisted in Homes Monthly's reader makeovers! "
                + "Please vote for me, it closes Sunday: homesmonthly.example/vote/bettina");
        say(15, "10:03", ggChat, bettina, "If you could all vote for my bathroom that would be amazing: "
                + "homesmonthly.example/vote/bettina");
        say(15, "12:30", ggNews, norah, "Order collections are from the side door this week while the car park is "
                + "resurfaced.");
        say(15, "11:00", ggDmPriti, priti, "Hi Lise, can I return two unopened boxes of the grey hexagon?");
        say(15, "11:40", ggDmPriti, lise, "Of course, Priti, bring them in with the receipt within 30 days.");
        say(15, "11:45", ggDmPriti, priti, "Thanks!");
        Post do4 = say(17, "17:00", ggTalk, dougal, "Finished! Grouted last night.");
        do4.react("🎉", kwame, lise, norah);
        re(17, "17:20", kwame, do4, "That's a proper job, Dougal.");
        Post do5 = say(17, "17:40", ggChat, dougal, "@Norah Beckett told my brother-in-law to come to you for his "
                + "kitchen tiles, Kwame and Lise were so helpful.");
        re(17, "18:00", norah, do5, "Thank you Dougal, that's lovely to hear. We'll look after him.");
        Post pr2 = say(18, "13:00", ggChat, priti, "Does anyone use a levelling system for big format? Worth it?");
        re(18, "13:30", conrad, pr2, "Worth every penny on 60x60, I wouldn't go without now.");
        re(18, "13:40", kwame, pr2, "Agree with Conrad, and we sell the clips by the hundred.");
        re(18, "14:00", priti, pr2, "Thanks both, will grab some.");
        say(19, "08:30", ggNews, norah, "Thank you for a record April! Bank holiday hours: closed Monday 7 May.");
        Post co4 = say(20, "10:00", ggChat, conrad, "Grout colour for white metro tiles in a kitchen? Worried white "
                + "will go grubby.");
        Post liCo = re(20, "10:30", lise, co4, "A light grey, Conrad, it hides splashes and still looks crisp.");
        re(20, "10:50", conrad, liCo, "Light grey it is, thanks Lise.");
        Post do6 = say(21, "11:00", ggChat, dougal, "Do I need to seal porcelain grout in a utility room?");
        re(21, "11:30", kwame, do6, "Not essential with a good cement grout, Dougal, but a sealer helps if the "
                + "washing machine ever leaks.");
        re(21, "11:45", dougal, do6, "Will do it anyway, thanks.");
    }

    /**
     * E. First Flat Fix-Up: Oscar joins on day 1 and introduces himself; Greta helps him on days 2, 3 and 5 (woodchip,
     * a plaster patch, patchy filler) and asks him on day 5 which filler he used; he says "thanks" each time and asks
     * the room again on day 6; he answers Greta on day 8 and helps Esme on day 17. Fenwick introduces himself with his
     * blog (day 2) and answers Ravi with a write-up of his own tiling (day 11). Greta recommends Ravi a steamer he asked
     * for (day 4). Wren shows her hallway (day 6) and her kitchen cabinets on days 9 and 12, each with "more on my
     * insta" and its link in #before-and-after. Nobody sells here.
     */
    private void firstFlat() {
        joins(1, "18:00", ffIntro, oscar);
        Post os1 = say(1, "18:10", ffIntro, oscar, "Hi, just bought my first flat in Leeds. It's all magnolia woodchip. "
                + "Here to learn.");
        re(1, "18:40", greta, os1, "Welcome Oscar! Woodchip is a rite of passage. Shout in #help-desk.");
        Post os2 = say(2, "19:00", ffHelp, oscar, "how do I get woodchip off without wrecking the plaster");
        Post grOs1 = re(2, "19:30", greta, os2, "Score it first with a scoring tool, then a steamer, little patches at "
                + "a time. Don't hold the plate on too long or the plaster blows. Wide scraper held low.");
        re(2, "19:45", oscar, grOs1, "thanks");
        joins(2, "20:00", ffIntro, fenwick);
        Post fe1 = say(2, "20:10", ffIntro, fenwick, "Hi all, Fen here. Renovating a 1930s semi with my partner and "
                + "blogging every mistake at fenfixes.example, come say hi.");
        Post juFe = re(2, "20:30", juno, fe1, "Welcome Fen! Love a 1930s semi.");
        re(2, "20:45", fenwick, juFe, "Thanks Juno! Original doors, terrible everything else.");
        Post os3 = say(3, "18:30", ffHelp, oscar, "plaster came off in a patch behind the woodchip, what do I fill it "
                + "with");
        Post grOs2 = re(3, "19:00", greta, os3, "For a patch bigger than your hand, bonding coat then a skim of "
                + "multi-finish. Smaller, a one-coat filler in layers. Wet the edges first.");
        re(3, "19:20", oscar, grOs2, "ok thanks");
        Post ra1 = say(4, "12:00", ffHelp, ravi, "Can anyone recommend a decent wallpaper steamer under £50?");
        Post grRa = re(4, "12:30", greta, ra1, "The one I use is this, about £40 and it's lasted three flats: "
                + "toolshed.example/steamer-2000");
        re(4, "12:50", ravi, grRa, "Ordered, thanks Greta.");
        Post os4 = say(5, "19:00", ffHelp, oscar, "painted over the filler and it's gone patchy");
        Post grOs3 = re(5, "19:30", greta, os4, "Needs a mist coat first, thinned emulsion, then two full coats. "
                + "Which filler did you use in the end? If it's the powdered one it wants a good day to dry.");
        re(5, "19:40", oscar, grOs3, "thanks");
        Post wr1 = say(6, "11:00", ffMakeovers, wren, "Hallway before and after! Dark green below the dado, white "
                + "above.");
        wr1.react("😍", greta, juno);
        re(6, "11:30", juno, wr1, "This is gorgeous, what green?");
        re(6, "11:45", wren, wr1, "Thanks Juno! It's a deep racing green, eggshell on the woodwork too.");
        Post os5 = say(6, "20:00", ffHelp, oscar, "how long after the mist coat before the next coat");
        Post juOs = re(6, "20:30", juno, os5, "Couple of hours if it's warm, I'd leave it overnight.");
        re(6, "20:40", oscar, juOs, "cheers");
        Post ra2 = say(7, "10:00", ffHelp, ravi, "What's the best caulk for gaps above skirting boards?");
        Post feRa = re(7, "10:30", fenwick, ra2, "Any decorators' acrylic caulk, cheap is fine. Wet finger, and paint "
                + "over it after a day.");
        re(7, "10:45", ravi, feRa, "Cheers Fen.");
        // W15
        Post os6 = say(8, "19:00", ffHelp, oscar, "@Greta Lindqvist sorry, never answered you. It was the powdered "
                + "one, you were right, it took ages. Living room is done now.");
        re(8, "19:20", greta, os6, "Ha, we've all done it! Well done Oscar.");
        Post os7 = say(8, "19:30", ffMakeovers, oscar, "Living room, woodchip gone.");
        os7.react("🎉", greta, juno, wren);
        Post wr2 = say(9, "18:00", ffMakeovers, wren, "Kitchen cabinets painted! Sage green, brass handles. "
                + "Full how-to on my insta if you want to follow along: instagram.example/wrenfixesup");
        wr2.react("😍", juno, ravi);
        Post juWr = re(10, "09:00", juno, wr2, "Which paint did you use on the doors? Mine are that shiny foil "
                + "stuff.");
        re(10, "09:30", wren, juWr, "Same as mine! Sand, a shellac primer, then two coats of a waterborne eggshell. "
                + "The primer is the bit that makes it stick.");
        Post ra3 = say(11, "19:00", ffHelp, ravi, "Can you tile over old tiles in a bathroom or is that asking for "
                + "trouble?");
        Post grRa2 = re(11, "19:30", greta, ra3, "You can if they're all sound, tap them and listen for hollow ones. "
                + "Key the surface and use a primer for tiles.");
        re(11, "19:50", fenwick, ra3, "Did exactly this last year, wrote up how: fenfixes.example/tile-over-tile. "
                + "Watch the extra thickness at the bath edge.");
        re(11, "20:10", ravi, grRa2, "Thanks both, tap test tomorrow.");
        Post wr3 = say(12, "18:00", ffMakeovers, wren, "Day two of the cabinets, handles on! More on my insta, "
                + "instagram.example/wrenfixesup");
        re(12, "18:30", greta, wr3, "They look factory made, nice work.");
        re(12, "18:45", wren, wr3, "Thanks Greta!");
        Post fe2 = say(13, "10:00", ffHelp, fenwick, "Anyone know if you can paint over wallpaper that's stuck on "
                + "really well? Stripping it is taking the plaster with it.");
        re(13, "10:30", greta, fe2, "You can, but seal it with an oil-based primer first or the seams lift.");
        re(13, "10:50", fenwick, fe2, "Good to know, thanks Greta.");
        // W16
        Post ju2 = say(15, "19:00", ffHelp, juno, "I rent. Landlord says I can paint if I put it back at the end. "
                + "Is it worth it?");
        re(15, "19:30", greta, ju2, "Get it in writing, keep the old colour code, and do it. Life's too short for "
                + "magnolia.");
        re(15, "19:45", wren, ju2, "Did mine in my last rental, putting it back took a weekend. Worth it.");
        re(15, "20:00", juno, ju2, "Doing it! Thanks both.");
        Post ra4 = say(16, "12:00", ffHelp, ravi, "Steamer arrived, game changer. Thanks @Greta Lindqvist");
        ra4.react("👍", greta);
        joins(17, "18:00", ffIntro, esme);
        Post es1 = say(17, "18:10", ffIntro, esme, "Hello! Esme, first flat in Hull, woodchip everywhere. Help.");
        re(17, "18:20", oscar, es1, "Welcome Esme! I had the same. Score it, steam small bits, don't rush it. It does "
                + "end.");
        re(17, "18:40", esme, es1, "Ha, that's reassuring, thanks Oscar.");
        Post wr4 = say(19, "17:00", ffMakeovers, wren, "Bathroom next. Scared.");
        re(19, "17:30", juno, wr4, "You'll smash it.");
        Post es2 = say(20, "11:00", ffHelp, esme, "Is a scoring tool really necessary?");
        re(20, "11:30", oscar, es2, "Yes, it makes the steam get through. Saved me hours.");
        re(20, "11:45", greta, es2, "What Oscar said.");
    }

    /**
     * F. Cornice &amp; Rose: Cressida asks about chattering run-out profiles (day 1); Nathaniel asks about matching
     * fallen cornice and Cressida takes a squeeze (days 2, 4, 11); Isolde says on day 4 she is on a course 9-13
     * April; Nathaniel asks her on day 10 and she answers on day 13. Cressida answers Delphine's cracked rose (day 5).
     * Days 8-14 Hector posts eleven times to nobody in all three rooms (his new bench, stock, prices, dispatch days,
     * two priced "DM me" posts in #old-house-asks) and answers nobody; Anwen joins on day 8 and Cressida answers her
     * (days 8, 12). In W16 Hector talks with Cressida and answers Anwen. Piers, who has spoken only in #the-bench,
     * opens a post in #old-house-asks with his sale link on day 17. Nathaniel says on day 18 he sent his neighbour to
     * Cressida.
     */
    private void corniceAndRose() {
        Post c1 = say(1, "08:00", crBench, cressida, "Anyone got a trick for running a curved bay? My zinc profile "
                + "chatters on the radius.");
        re(1, "08:30", piers, c1, "Stiffen it with a second plate of ply behind the zinc and slow right down.");
        re(1, "08:45", hector, c1, "And a rail cut to the radius, not freehand.");
        re(1, "09:00", isolde, c1, "Wetter mix for the last pass helps too.");
        re(1, "09:20", cressida, c1, "Thanks all, trying the rail tomorrow.");
        Post na1 = say(2, "19:00", crAsks, nathaniel, "Half our dining room cornice came down with the damp. Can it be "
                + "matched or do we replace the lot?");
        Post crNa = re(2, "19:30", cressida, na1, "Almost always matched, Nathaniel. We take a squeeze of the sound "
                + "bit, cut a profile and run new lengths to join in. Get the damp sorted first.");
        re(2, "19:50", isolde, na1, "Agree. Keep any broken pieces, they help.");
        Post naCr = re(2, "20:10", nathaniel, crNa, "Could you come and take a squeeze? We're in Bath.");
        re(2, "20:30", cressida, naCr, "Yes, Wednesday morning?");
        say(3, "09:00", crStock, hector, "Victorian egg-and-dart cornice, 120mm drop, £38/m in 3m lengths.");
        Post is1 = say(4, "08:00", crBench, isolde, "Off 9-13 April on a heritage skills course in York, phone off "
                + "mostly. Back Saturday.");
        re(4, "08:20", cressida, is1, "Enjoy! Bring back gossip.");
        Post crNa2 = say(4, "13:00", crAsks, cressida, "@Nathaniel Orr squeeze taken, it's a lovely Greek key under "
                + "the cove. Profile cut by next week.");
        re(4, "13:30", nathaniel, crNa2, "Brilliant, thank you.");
        Post de1 = say(5, "18:00", crAsks, delphine, "Our ceiling rose has a crack right across it. Can it be "
                + "repaired in place?");
        Post crDe = re(5, "18:40", cressida, de1, "Usually, Delphine. If it's only the rose and not the ceiling "
                + "behind, rake it out, wet it, fill with casting plaster and carve back. Photo?");
        re(5, "19:00", delphine, crDe, "Will send one, thank you!");
        Post h1 = say(6, "10:00", crBench, hector, "Cressida, what size rail did you end up with for the bay?");
        re(6, "10:30", cressida, h1, "1.8m radius, worked a treat. Thanks for the tip.");
        // W15: Hector to nobody, all week
        joins(8, "09:00", crAsks, anwen);
        say(8, "08:10", crBench, hector, "New run-out bench is finally up, 6m long.");
        say(8, "12:00", crStock, hector, "New stock: Edwardian ovolo cornice, 90mm drop, £32/m.");
        Post an1 = say(8, "12:30", crAsks, anwen, "Hi, new here. The ceiling rose in my flat has lost two leaves "
                + "off the edge. Is that fixable?");
        Post crAn = re(8, "13:00", cressida, an1, "Very fixable, Anwen. A maker can cast the leaves from a good one "
                + "and fix them in. Keep any bits that fell.");
        re(8, "13:20", anwen, crAn, "Oh that's great, thank you.");
        say(9, "09:00", crAsks, hector, "Georgian dentil cornice in stock, £42/m. DM me for a quote on matching.");
        say(9, "15:00", crBench, hector, "Plaster delivery day, 40 bags in the van.");
        Post na2 = say(10, "09:00", crAsks, nathaniel, "@Isolde Marchetti you mentioned lime putty for the join on "
                + "our cornice, where do I get it?");
        say(10, "10:00", crStock, hector, "Updated price list: cornices from £28/m, roses from £65, corbels £45 a "
                + "pair.");
        say(10, "16:00", crBench, hector, "Dispatching Tuesdays and Fridays from now on.");
        say(11, "09:00", crAsks, hector, "Ceiling roses from £65, any size matched. DM me.");
        Post crNa3 = say(11, "14:00", crAsks, cressida, "@Nathaniel Orr first lengths are run, fitting Tuesday?");
        re(11, "14:30", nathaniel, crNa3, "Tuesday's perfect.");
        say(12, "09:00", crBench, hector, "Hessian scrim up 20% this month, ouch.");
        say(12, "15:00", crStock, hector, "Acanthus corbels back in stock.");
        Post an2 = say(12, "18:00", crAsks, anwen, "Any idea what it should cost to have two leaves recast and "
                + "fixed?");
        re(12, "18:30", cressida, an2, "Small job, most of us would say under £150 with fixing.");
        re(12, "18:45", anwen, an2, "That's less than I feared, thanks!");
        re(13, "10:00", isolde, na2, "Back now, sorry Nathaniel! Any lime merchant, ask for mature putty, at least "
                + "three months old. Mix it with a little casting plaster for the join.");
        re(13, "10:30", nathaniel, na2, "Thanks Isolde, hope the course was good.");
        say(13, "11:00", crBench, hector, "Busy week, 40m of cornice out the door.");
        say(14, "10:00", crStock, hector, "New acanthus rose moulds, 600mm and 900mm.");
        // W16
        Post c2 = say(15, "08:30", crBench, cressida, "Anyone cast leaves with a gelatine mould? Anwen's rose is a "
                + "fiddly one.");
        re(15, "09:00", hector, c2, "Silicone for me, gelatine tears on the undercuts. I can lend you a kit if you "
                + "like.");
        re(15, "09:20", cressida, c2, "That would be great Hector, thank you.");
        Post an3 = say(15, "12:00", crAsks, anwen, "Is it OK to paint the rose straight after the repair?");
        re(15, "12:30", hector, an3, "Give it a week to dry out, Anwen, then a thinned distemper or a breathable "
                + "paint. Emulsion clogs the detail.");
        re(15, "12:45", anwen, an3, "Good to know, thank you.");
        Post p1 = say(16, "09:00", crBench, piers, "Anyone else's casting plaster gone lumpy in the bag this spring?");
        re(16, "09:30", isolde, p1, "Damp store. Keep it off the floor on pallets.");
        re(16, "09:50", piers, p1, "Ah, that'll be it.");
        say(17, "10:00", crAsks, piers, "mouldingsbypiers.example/spring-sale 20% off all stock cornice this week.");
        Post na3 = say(18, "19:00", crAsks, nathaniel, "@Cressida Vane cornice is up and you can't see the join. My "
                + "neighbour's seen it and I've sent her your way.");
        re(18, "19:30", cressida, na3, "That's wonderful, thank you Nathaniel. I'll look out for her.");
        Post de2 = say(19, "12:00", crAsks, delphine, "Rose repaired and painted, thanks all!");
        de2.react("👏", cressida, isolde);
    }

    /**
     * G. Brush Up Brigade: Dilys posts the rota sign-up link in #rota with shifts still open (days 1, 8, 15). Tegan
     * joins on day 2 and introduces herself in #volunteers. Rhodri answers Samir on flaking walls (day 3). On day 9
     * Dilys asks Cedric by name for the hall key before a Friday delivery and bumps on day 11; Cedric posts about paint
     * and brushes on days 10 and 12; Agatha brings the spare key; Cedric answers on day 14. Days 15-19 Cedric answers
     * Samir's, Tegan's, Agatha's and Dilys's news with his own landing, tower, method and house. Rhodri, a decorator
     * by trade, offers his day rate with "DM me" on days 16 and 18. Nobody sells here.
     */
    private void brushUpBrigade() {
        say(1, "08:00", bbRota, dilys, "Scout hut repaint, Saturdays 7th and 14th, 9 till 3. Sign up here: "
                + "brushup.example/rota (shifts still open).");
        joins(2, "19:00", bbVolunteers, tegan);
        Post te1 = say(2, "19:10", bbVolunteers, tegan, "Hi I'm Tegan, never painted anything bigger than a bedroom "
                + "but keen to help.");
        re(2, "19:30", dilys, te1, "Welcome Tegan! That's all you need. Sign up on #rota.");
        re(2, "19:45", samir, te1, "Welcome! Bring old clothes.");
        Post sa1 = say(3, "18:00", bbJobs, samir, "Scout hut walls are flaking everywhere. Do we need to scrape "
                + "everything back?");
        Post rhSa = re(3, "18:40", rhodri, sa1, "Only the loose stuff, Samir. Scrape, sand the edges, then a "
                + "stabilising primer on the bare bits. Full strip would take us a month.");
        re(3, "19:00", samir, rhSa, "Phew. Thanks Rhodri.");
        Post ag1 = say(4, "10:00", bbVolunteers, agatha, "The paint shop on Bridge Street has offered us ten tins of "
                + "returned white. Any use?");
        Post ceAg = re(4, "10:30", cedric, ag1, "Definitely, for the ceilings. Check they're all the same sheen "
                + "though.");
        re(4, "10:50", agatha, ceAg, "Will do.");
        Post di2 = say(6, "16:00", bbJobs, dilys, "First Saturday done! Main room walls primed. Thank you all.");
        di2.react("🎉", tegan, samir, rhodri, agatha);
        re(6, "16:20", tegan, di2, "Loved it, my arms hurt.");
        // W15
        say(8, "08:00", bbRota, dilys, "Second Saturday still has four shifts open: brushup.example/rota");
        say(9, "09:00", bbVolunteers, dilys, "@Cedric Mayhew can you drop the hall key with me before Friday? "
                + "Paint delivery is Friday at 9 and I need to let them in.");
        Post ce1 = say(10, "12:00", bbJobs, cedric, "Found six tins of trade white in the garage, bringing them "
                + "Saturday.");
        re(10, "12:30", samir, ce1, "Great stuff.");
        Post ag2 = say(10, "18:00", bbJobs, agatha, "Do we have enough rollers? I can buy a few.");
        re(10, "18:30", cedric, ag2, "Plenty, I've got a box of them.");
        say(11, "08:00", bbVolunteers, dilys, "@Cedric Mayhew key? Delivery is tomorrow at 9.");
        Post agDi = say(11, "09:30", bbVolunteers, agatha, "Dilys, I've got the spare from the parish office, I'll "
                + "drop it round tonight.");
        agDi.react("🙏", dilys);
        re(12, "09:15", dilys, agDi, "Delivery's in, thanks so much Agatha, you're a star.");
        Post te2 = say(12, "17:00", bbJobs, tegan, "Is it OK to wear trainers on Saturday or do I need boots?");
        re(12, "17:20", cedric, te2, "Trainers are fine, just not your best ones.");
        Post di3 = say(13, "16:00", bbJobs, dilys, "Scout hut finished! Blue and white, looks like new.");
        di3.react("🎉", tegan, samir, rhodri, agatha, cedric);
        re(13, "16:30", samir, di3, "Best one yet.");
        Post te5 = say(14, "11:00", bbJobs, tegan, "What happens to the leftover paint? There's loads.");
        re(14, "11:30", samir, te5, "Dilys keeps it in the church store for touch-ups and the next job.");
        re(14, "11:45", tegan, te5, "Makes sense, thanks Samir.");
        say(14, "20:00", bbVolunteers, cedric, "Sorry @Dilys Parry only just seen these. Glad Agatha sorted it.");
        // W16
        say(15, "08:00", bbRota, dilys, "Next up: village hall ceiling, Saturday 28th. Sign up here: "
                + "brushup.example/rota (shifts still open).");
        Post sa2 = say(15, "19:00", bbVolunteers, samir, "Finished my own landing at the weekend, very proud.");
        re(15, "19:30", cedric, sa2, "I did my landing in a weekend last year. I used my own scaffold tower, my "
                + "tower is the best thing I ever bought. I reckon I could do a landing in a day now, my method's "
                + "pretty quick.");
        Post te3 = say(16, "18:00", bbVolunteers, tegan, "First go at cutting in on my own ceiling, pretty proud of "
                + "the line.");
        re(16, "18:20", cedric, te3, "I never use tape, I've got my own method. I load my brush from the side and I "
                + "do my whole ceiling line in one go, I've done it that way since I was twenty.");
        say(16, "19:00", bbVolunteers, rhodri, "By the way, I do this for a living, if anyone wants their own house "
                + "done I'm £160 a day, DM me.");
        Post ag3 = say(17, "10:00", bbVolunteers, agatha, "Got my grandson painting his bedroom this weekend.");
        re(17, "10:20", cedric, ag3, "My grandsons helped me with my shed last summer. I made them do my fence too, "
                + "I paid them in chips. My fence looks better than my neighbour's now.");
        Post te4 = say(17, "18:00", bbJobs, tegan, "What paint do we use on a village hall ceiling? Emulsion?");
        Post rhTe = re(17, "18:30", rhodri, te4, "A contract matt, Tegan, it's breathable and cheap, and any "
                + "marks touch up without flashing.");
        re(17, "18:40", tegan, rhTe, "Thanks Rhodri!");
        say(18, "09:00", bbJobs, rhodri, "Still a couple of free days in May for private work, £160 a day, DM me "
                + "if interested.");
        Post di4 = say(18, "12:00", bbVolunteers, dilys, "Had a lovely thank-you card from the scouts.");
        re(18, "12:30", cedric, di4, "I was a scout, I got my badges in my first year. I still have my old neckerchief "
                + "somewhere in my loft, and I remember I painted my patrol hut when I was twelve.");
        Post sa3 = say(19, "19:00", bbJobs, samir, "Shall I bring my dust sheets on the 28th?");
        re(19, "19:20", cedric, sa3, "I'll bring mine, I've got more than I need, my garage is full of them.");
        re(19, "19:40", dilys, sa3, "Yes please Samir, the more the better.");
        Post te6 = say(20, "10:00", bbRota, tegan, "Signed up for the morning of the 28th!");
        re(20, "10:30", dilys, te6, "Brilliant, see you there Tegan.");
        Post ag4 = say(21, "16:00", bbVolunteers, agatha, "Grandson's bedroom done. Navy walls, his choice.");
        ag4.react("👏", tegan, dilys);
        re(21, "16:30", tegan, ag4, "Bold choice, looks great!");
    }

    /**
     * H. Heading Tape: Hattie, Marguerite and Anselm talk heading tape (day 1); Hattie and Marguerite answer Lorcan on a
     * bay blind (day 2); Anselm posts his offcut bundles with his shop link in #fabric-offcuts (days 3, 8, 10, 13).
     * Marguerite answers her client Beatrice on days 5 and 10 and Lorcan on day 11 while talking weights, chain,
     * pricing and suppliers with Hattie and Anselm in #workroom (days 8-12). Jude joins on day 15 and is helped by
     * Hattie (days 15, 17), Marguerite (day 16) and Anselm (day 19), says "thanks" and "cheers", leaves
     * Marguerite's day-18 question about sharing a table at a fair and helps nobody. Beatrice says on day 19 she sent a friend to Marguerite.
     */
    private void headingTape() {
        Post ha1 = say(1, "09:00", htWorkroom, hattie, "Anyone using the new 3-inch pencil pleat tape? Mine bunches at "
                + "the hooks.");
        re(1, "09:30", marguerite, ha1, "Pull the cords from both ends, not one, and knot them at the leading edge.");
        re(1, "09:45", anselm, ha1, "It's stiffer than the old one, steam it after gathering.");
        re(1, "10:00", hattie, ha1, "Both ends, of course. Thanks.");
        Post lo1 = say(2, "18:00", htAsks, lorcan, "Made-to-measure blackout roman blinds for a bay window. One blind "
                + "or three?");
        Post haLo = re(2, "18:30", hattie, lo1, "Three, Lorcan, one per window, they're easier to raise and you can "
                + "leave one up.");
        re(2, "18:45", marguerite, lo1, "Three, and mount them inside the recess if it's deep enough.");
        re(2, "19:00", lorcan, haLo, "Three it is, thanks both.");
        say(3, "10:00", htOffcuts, anselm, "Linen offcuts bundle, 2kg of naturals, £18 + postage: "
                + "anselmsworkroom.example/offcuts");
        Post be1 = say(5, "11:00", htAsks, beatrice, "@Marguerite Dufresne the interlined curtains are hanging "
                + "beautifully. Could you do a matching pelmet?");
        Post maBe = re(5, "11:30", marguerite, be1, "So pleased Beatrice! Yes, I'll measure when I'm passing on "
                + "Tuesday and send you a price.");
        re(5, "11:45", beatrice, maBe, "Lovely.");
        Post ha3 = say(6, "15:00", htWorkroom, hattie, "Do any of you still hand-pleat goblets or has everyone gone "
                + "to buckram tape?");
        re(6, "15:30", anselm, ha3, "Hand every time, the tape ones look like a hotel.");
        re(6, "15:45", marguerite, ha3, "Hand, with a bit of wadding stuffed in each goblet.");
        re(6, "16:00", hattie, ha3, "Good, I'm not alone.");
        // W15
        Post m1 = say(8, "09:00", htWorkroom, marguerite, "What weights is everyone using in interlined hems now? "
                + "Lead penny or the coated ones?");
        re(8, "09:20", hattie, m1, "Coated, clients don't like the lead story any more.");
        re(8, "09:40", anselm, m1, "Coated pennies at the corners and a chain weight along the hem for sheers.");
        re(8, "10:00", marguerite, m1, "Chain weight for sheers is a good idea.");
        Post m1b = say(8, "10:20", htWorkroom, marguerite, "@Anselm Crabb where do you get your chain weight? Mine "
                + "comes in short lengths and the joins show.");
        re(8, "10:45", anselm, m1b, "By the 50m reel from the trade counter in Leeds, no joins.");
        re(8, "11:00", marguerite, m1b, "Perfect, ordering a reel.");
        say(8, "12:00", htOffcuts, anselm, "Velvet offcuts bundle, deep colours, £22 + postage: "
                + "anselmsworkroom.example/offcuts");
        Post m2 = say(9, "09:00", htWorkroom, marguerite, "How do you price a pelmet? Per metre or per job?");
        re(9, "09:30", hattie, m2, "Per job for me, the board and fixing take the same time whatever.");
        re(9, "09:50", anselm, m2, "Per metre with a minimum.");
        re(9, "10:10", marguerite, m2, "Per job with a minimum then, thanks both.");
        Post maBe2 = say(10, "09:00", htAsks, marguerite, "@Beatrice Onslow pelmet price is £240 fitted, in the same "
                + "fabric with a contrast piping. Shall I order the board?");
        re(10, "09:30", beatrice, maBe2, "Yes please!");
        re(10, "09:50", marguerite, maBe2, "Ordered. It'll be up before the 20th.");
        say(10, "12:00", htOffcuts, anselm, "Cotton ticking remnants, 1m lengths, £6 each + postage: "
                + "anselmsworkroom.example/offcuts");
        Post lo2 = say(11, "18:00", htAsks, lorcan, "Should blackout lining be sewn in or detachable?");
        Post maLo = re(11, "18:30", marguerite, lo2, "Sewn in hangs better, Lorcan; detachable if you'll wash the "
                + "curtains a lot.");
        re(11, "18:50", lorcan, maLo, "Sewn in then, thank you.");
        Post ha2 = say(12, "09:00", htWorkroom, hattie, "Anyone got a supplier for 2.8m wide interlining? Mine's "
                + "discontinued.");
        re(12, "09:30", marguerite, ha2, "Try the mill in Bolton, they still do the bump in wide widths.");
        re(12, "09:45", hattie, ha2, "Will ring them, ta.");
        re(12, "10:00", marguerite, ha2, "Ask for Bev, she knows her stuff.");
        say(13, "10:00", htOffcuts, anselm, "Last linen bundles of the month, £18 + postage: "
                + "anselmsworkroom.example/offcuts");
        // W16
        joins(15, "09:00", htWorkroom, jude);
        Post ju1 = say(15, "09:10", htWorkroom, jude, "Hi all, just started my own workroom after ten years at a big "
                + "firm. How do you price interlined curtains per width?");
        Post haJu = re(15, "09:40", hattie, ju1, "Welcome Jude! I charge per width with the lining and interlining "
                + "built in, about £95 a width for hand-finished, less for machine.");
        re(15, "10:00", jude, haJu, "thanks");
        Post ju2 = say(16, "10:00", htWorkroom, jude, "My table's too short for 3m drops. How do you handle long "
                + "curtains?");
        Post maJu = re(16, "10:30", marguerite, ju2, "Work in sections and clamp the finished part over the end, "
                + "with a clean sheet on the floor. And save up for a longer table!");
        re(16, "10:45", jude, maJu, "cheers");
        Post lo3 = say(16, "18:00", htAsks, lorcan, "Booking @Hattie Greaves for the bay blinds, thanks all.");
        re(16, "18:20", hattie, lo3, "Looking forward to it Lorcan.");
        Post ju3 = say(17, "10:00", htWorkroom, jude, "Best way to hand-sew the leading edge?");
        Post haJu2 = re(17, "10:30", hattie, ju3, "Ladder stitch with a long needle, small stitches, and press it "
                + "with a cloth before you turn.");
        re(17, "10:40", jude, haJu2, "thanks");
        say(18, "09:00", htWorkroom, marguerite, "@Jude Farrant are you going to the curtain makers' fair in "
                + "Harrogate in May? We could share a table.");
        Post ju4 = say(19, "10:00", htWorkroom, jude, "Anyone know a good supplier of cord weights?");
        Post anJu = re(19, "10:30", anselm, ju4, "Brass ones from the trade counter in Leeds, cheaper by the "
                + "hundred.");
        re(19, "10:45", jude, anJu, "cheers");
        Post be2 = say(19, "14:00", htAsks, beatrice, "@Marguerite Dufresne pelmet is up, gorgeous. My friend Clare "
                + "will be in touch, I sent her to you.");
        re(19, "14:20", marguerite, be2, "Thank you Beatrice, that means a lot!");
        Post lo4 = say(20, "11:00", htAsks, lorcan, "What's the lead time on made-to-measure usually?");
        re(20, "11:30", hattie, lo4, "Four to six weeks for most of us this time of year.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes153Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 153");
    }
}
