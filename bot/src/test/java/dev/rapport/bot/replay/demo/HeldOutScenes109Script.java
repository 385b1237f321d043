package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 109 (sealed): eight communities of printing and publishing, of kinds no earlier round used (a
 * risograph print studio's own server, Copperleaf Riso, with its Staff and Customers, comic letterers with a room
 * where comic writers ask, a work board and a letterer who sells comic fonts, secondhand and antiquarian booksellers
 * with a want-lists room where collectors ask, a catalogues room and a fair dealer's DM to a new collector, querying
 * novelists waiting on literary agents where nobody sells, book interior formatters and typesetters with a room where
 * self-publishing authors ask, a for-hire room and a template-pack seller among them, hand papermakers and marblers
 * with a for-sale room, a mould maker and a bookbinder who buys their paper, crowdfunding comic creators with a room
 * where backers ask that one creator never opens and a backer's DM to her, and an independent bookshop's publishing
 * arm, Harbour Lane Books and Press, with its Team, its book-box Subscribers, a submissions room and one of its
 * authors), over three ISO weeks (2031-W46 to W48, the run-up to Christmas and Black Friday), written and labelled by
 * writer109 (session 55) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-109.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes109Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2031, 11, 10);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2031, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-109";
    private static final int BASE = 85200;

    // --- A. a risograph print studio's own server ---
    private final String riso = cast.guild(1371);
    private final Role staff = cast.role("Staff", "#e67e22", 2);
    private final Role customer = cast.role("Customer", "#95a5a6", 1);
    private final Channel coNews = cast.channel(riso, "Copperleaf Riso", "announcements",
            "studio news from the Copperleaf team: opening hours, ink drums, paper stock, workshops",
            "co-announcements.json");
    private final Channel coOrders = cast.channel(riso, "Copperleaf Riso", "print-orders",
            "quotes, orders and collections: ask about your print job here, the studio team answers",
            "co-print-orders.json");
    private final Channel coFiles = cast.channel(riso, "Copperleaf Riso", "files-and-colour",
            "getting files ready for riso: separations, halftones, colour overlaps; anyone helps",
            "co-files-and-colour.json");
    private final Channel coShow = cast.channel(riso, "Copperleaf Riso", "show-your-prints",
            "zines, posters and comics printed at Copperleaf: show them off", "co-show-your-prints.json");
    private final Persona ottilie = cast.person("ottilie.marchetti", "Ottilie Marchetti", staff);
    private final Persona rhys = cast.person("rhys.penhaligon", "Rhys Penhaligon", staff);
    private final Persona juno = cast.person("juno.castellanos", "Juno Castellanos", customer);
    private final Persona farida = cast.person("farida.haskell", "Farida Haskell", customer);
    private final Persona teodor = cast.person("teodor.lisowski", "Teodor Lisowski", customer);
    private final Persona ama = cast.person("ama.sarpong", "Ama Sarpong");

    // --- B. comic letterers ---
    private final String balloon = cast.guild(1372);
    private final Channel btAsk = cast.channel(balloon, "Balloon & Tail: Comic Letterers", "writers-ask",
            "comic writers and self-publishers: ask about lettering, balloons, fonts and finding a letterer",
            "bt-writers-ask.json");
    private final Channel btLounge = cast.channel(balloon, "Balloon & Tail: Comic Letterers", "letterers-lounge",
            "letterers among ourselves: craft, rates, clients, software", "bt-letterers-lounge.json");
    private final Channel btBoard = cast.channel(balloon, "Balloon & Tail: Comic Letterers", "work-board",
            "letterers: post your open slots; writers: post lettering jobs", "bt-work-board.json");
    private final Channel btFonts = cast.channel(balloon, "Balloon & Tail: Comic Letterers", "fonts-and-tools",
            "comic fonts, brushes, balloon presets and software tips", "bt-fonts-and-tools.json");
    private final Persona saoirse = cast.person("saoirse.quinlan", "Saoirse Quinlan");
    private final Persona anselm = cast.person("anselm.fairbank", "Anselm Fairbank");
    private final Persona priya = cast.person("priya.venkatesan", "Priya Venkatesan");
    private final Persona corin = cast.person("corin.mahler", "Corin Mahler");
    private final Persona lotte = cast.person("lotte.brinkmann", "Lotte Brinkmann");
    private final Persona ezekiel = cast.person("ezekiel.tran", "Ezekiel Tran");

    // --- C. secondhand and antiquarian booksellers ---
    private final String foxed = cast.guild(1373);
    private final Channel ffWants = cast.channel(foxed, "Foxed & Found: Secondhand Books", "want-lists",
            "collectors: post the books you are hunting; dealers reply if they have a copy", "ff-want-lists.json");
    private final Channel ffTrade = cast.channel(foxed, "Foxed & Found: Secondhand Books", "trade-talk",
            "dealers among ourselves: fairs, pricing, postage, stock", "ff-trade-talk.json");
    private final Channel ffCats = cast.channel(foxed, "Foxed & Found: Secondhand Books", "catalogues",
            "dealers: post your new catalogues and stock lists", "ff-catalogues.json");
    private final Channel ffIdent = cast.channel(foxed, "Foxed & Found: Secondhand Books", "identify-this",
            "first editions, points of issue, bindings and repairs: help telling what you have",
            "ff-identify-this.json");
    private final Persona gwendolyn = cast.person("gwendolyn.ashby", "Gwendolyn Ashby");
    private final Persona lachlan = cast.person("lachlan.rennie", "Lachlan Rennie");
    private final Persona ferdinand = cast.person("ferdinand.osei", "Ferdinand Osei");
    private final Persona miriam = cast.person("miriam.szabo", "Miriam Szabo");
    private final Persona anwen = cast.person("anwen.pryce", "Anwen Pryce");
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");
    private final Channel ffDm = cast.dm(ferdinand, "dm-ferdinand-osei.json");

    // --- D. querying novelists ---
    private final String trenches = cast.guild(1374);
    private final Channel qtCritique = cast.channel(trenches, "The Query Trenches", "query-critique",
            "post your query letter or synopsis for feedback, and give feedback on others'", "qt-query-critique.json");
    private final Channel qtAgents = cast.channel(trenches, "The Query Trenches", "agent-watch",
            "agents opening and closing to queries: pass on what you spot, with the link", "qt-agent-watch.json");
    private final Channel qtWins = cast.channel(trenches, "The Query Trenches", "wins-and-rejections",
            "requests, rejections, revise-and-resubmits and offers: share your own news, we cheer",
            "qt-wins-and-rejections.json");
    private final Channel qtGeneral = cast.channel(trenches, "The Query Trenches", "general",
            "everything else about writing and waiting", "qt-general.json");
    private final Persona thandiwe = cast.person("thandiwe.moyo", "Thandiwe Moyo");
    private final Persona ignatius = cast.person("ignatius.ferreira", "Ignatius Ferreira");
    private final Persona bronwyn = cast.person("bronwyn.ellery", "Bronwyn Ellery");
    private final Persona kenji = cast.person("kenji.matsuda", "Kenji Matsuda");
    private final Persona ophelia = cast.person("ophelia.drummond", "Ophelia Drummond");
    private final Persona percival = cast.person("percival.okoro", "Percival Okoro");

    // --- E. book interior formatters and typesetters ---
    private final String gutter = cast.guild(1375);
    private final Channel gmAsk = cast.channel(gutter, "Gutter & Margin: Book Formatters", "authors-ask",
            "self-publishing authors: questions about print interiors, ebooks, trim sizes and fonts; formatters answer",
            "gm-authors-ask.json");
    private final Channel gmLounge = cast.channel(gutter, "Gutter & Margin: Book Formatters", "formatters-lounge",
            "formatters and typesetters among ourselves", "gm-formatters-lounge.json");
    private final Channel gmHire = cast.channel(gutter, "Gutter & Margin: Book Formatters", "for-hire",
            "formatters: open slots and rates; authors: post a formatting job", "gm-for-hire.json");
    private final Channel gmTools = cast.channel(gutter, "Gutter & Margin: Book Formatters", "templates-and-tools",
            "Vellum, InDesign, Atticus, LaTeX, templates and scripts", "gm-templates-and-tools.json");
    private final Persona marisol = cast.person("marisol.aguirre", "Marisol Aguirre");
    private final Persona casimir = cast.person("casimir.nowak", "Casimir Nowak");
    private final Persona halvard = cast.person("halvard.eriksen", "Halvard Eriksen");
    private final Persona delphine = cast.person("delphine.roussel", "Delphine Roussel");
    private final Persona osric = cast.person("osric.whitlock", "Osric Whitlock");
    private final Persona imelda = cast.person("imelda.santos", "Imelda Santos");

    // --- F. hand papermakers and marblers ---
    private final String deckle = cast.guild(1376);
    private final Channel deVat = cast.channel(deckle, "Deckle Edge: Hand Papermakers", "vat-talk",
            "sheet forming, fibres, beating, sizing, pressing and drying: ask and answer", "de-vat-talk.json");
    private final Channel deMarble = cast.channel(deckle, "Deckle Edge: Hand Papermakers", "marbling",
            "marbling size, carrageenan, paints, combs and patterns", "de-marbling.json");
    private final Channel deSale = cast.channel(deckle, "Deckle Edge: Hand Papermakers", "for-sale",
            "sell your handmade paper, marbled sheets, moulds and deckles", "de-for-sale.json");
    private final Channel deShow = cast.channel(deckle, "Deckle Edge: Hand Papermakers", "show-and-tell",
            "post your sheets and experiments, work in progress welcome", "de-show-and-tell.json");
    private final Persona agnieszka = cast.person("agnieszka.wrobel", "Agnieszka Wrobel");
    private final Persona leontine = cast.person("leontine.vos", "Leontine Vos");
    private final Persona solveig = cast.person("solveig.hartmann", "Solveig Hartmann");
    private final Persona jarrah = cast.person("jarrah.coombes", "Jarrah Coombes");
    private final Persona nnamdi = cast.person("nnamdi.eze", "Nnamdi Eze");
    private final Persona ewan = cast.person("ewan.lockhart", "Ewan Lockhart");

    // --- G. crowdfunding comic creators ---
    private final String fund = cast.guild(1377);
    private final Channel pfLounge = cast.channel(fund, "Panel Fund: Crowdfunded Comics", "creators-lounge",
            "creators among ourselves: running campaigns, stretch goals, fulfilment headaches", "pf-creators-lounge.json");
    private final Channel pfBackers = cast.channel(fund, "Panel Fund: Crowdfunded Comics", "backer-questions",
            "backers and readers: ask creators about their campaigns, pledges, shipping and rewards",
            "pf-backer-questions.json");
    private final Channel pfLaunches = cast.channel(fund, "Panel Fund: Crowdfunded Comics", "campaign-launches",
            "creators: post your live campaign here, one post per launch plus big updates", "pf-campaign-launches.json");
    private final Channel pfPrint = cast.channel(fund, "Panel Fund: Crowdfunded Comics", "print-and-ship",
            "printer quotes, paper, mailers, postage and customs", "pf-print-and-ship.json");
    private final Persona mireille = cast.person("mireille.dufresne", "Mireille Dufresne");
    private final Persona tobiah = cast.person("tobiah.greenhalgh", "Tobiah Greenhalgh");
    private final Persona yara = cast.person("yara.haddadin", "Yara Haddadin");
    private final Persona nikolai = cast.person("nikolai.petrov", "Nikolai Petrov");
    private final Persona gretchen = cast.person("gretchen.albers", "Gretchen Albers");
    private final Persona siddharth = cast.person("siddharth.rao", "Siddharth Rao");
    private final Channel pfDm = cast.dm(nikolai, "dm-nikolai-petrov.json");

    // --- H. an independent bookshop's publishing arm ---
    private final String harbour = cast.guild(1378);
    private final Role team = cast.role("Team", "#1abc9c", 2);
    private final Role subscriber = cast.role("Subscriber", "#9b59b6", 1);
    private final Channel hlNews = cast.channel(harbour, "Harbour Lane Books & Press", "announcements",
            "from the Harbour Lane team: new titles, events, the monthly book box, submission windows",
            "hl-announcements.json");
    private final Channel hlAsk = cast.channel(harbour, "Harbour Lane Books & Press", "ask-the-press",
            "subscribers and readers: questions about orders, the book box, our titles and events; the team answers",
            "hl-ask-the-press.json");
    private final Channel hlSubs = cast.channel(harbour, "Harbour Lane Books & Press", "submissions",
            "writers: questions about our open submission window for debut novellas", "hl-submissions.json");
    private final Channel hlClub = cast.channel(harbour, "Harbour Lane Books & Press", "book-club",
            "this month's read, and whatever else you're reading", "hl-book-club.json");
    private final Persona esperanza = cast.person("esperanza.whitlow", "Esperanza Whitlow", team);
    private final Persona florian = cast.person("florian.baptiste", "Florian Baptiste", team);
    private final Persona kezia = cast.person("kezia.adebanjo", "Kezia Adebanjo", team);
    private final Persona ingeborg = cast.person("ingeborg.solheim", "Ingeborg Solheim", subscriber);
    private final Persona rashida = cast.person("rashida.oyelaran", "Rashida Oyelaran", subscriber);
    private final Persona benedikt = cast.person("benedikt.auer", "Benedikt Auer");
    private final Persona emeka = cast.person("emeka.nwachukwu", "Emeka Nwachukwu");
    private final Persona tamsin = cast.person("tamsin.pengelly", "Tamsin Pengelly");

    HeldOutScenes109Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        risoStudio();
        letterers();
        booksellers();
        querying();
        formatters();
        papermakers();
        crowdfunding();
        press();
    }

    private void risoStudio() {
        // W46
        say(1, "09:30", coNews, ottilie, "Studio's open 10 till 6 all week. The fluorescent pink drum is back from "
                + "repair, so pink is on the menu again.");
        Post juBlue = say(1, "11:00", coFiles, juno, "Anyone know why my blue layer comes out much darker than the "
                + "screen preview? It's 80% grey in the file.");
        Post rhBlue = re(1, "11:20", rhys, juBlue, "Riso ink goes down heavier than a screen suggests. Knock that "
                + "layer back to about 60% and it'll land close to what you see.");
        re(1, "11:35", juno, rhBlue, "That makes sense, I'll redo the separation tonight.");
        Post faReorder = say(1, "14:00", coOrders, farida, "Hi! Could I reorder the A3 gig posters from October, "
                + "same two colours, 150 copies?");
        Post otReorder = re(1, "14:30", ottilie, faReorder, "Of course. Same files? We can run them Thursday, ready "
                + "to collect Friday afternoon.");
        re(1, "14:40", farida, otReorder, "Same files, yes. Friday's perfect.");
        joins(3, "10:00", coOrders, ama);
        Post amQuote = say(3, "10:05", coOrders, ama, "Hello, first time here. What would 100 copies of a 16-page A5 "
                + "zine cost, black plus one colour?");
        Post otQuote = re(3, "10:40", ottilie, amQuote, "Welcome Ama! 100 copies, 16 pages A5, two colours comes to "
                + "£148 with folding and stapling. Recycled cream paper instead of white adds £12.");
        Post amFiles = re(3, "10:55", ama, otQuote, "That's within my budget. Do you need the files as separate "
                + "greyscale PDFs?");
        Post rhFiles = re(3, "11:10", rhys, amFiles, "One greyscale PDF per colour, pages in reading order, and we "
                + "do the imposition. The file setup guide is pinned in #files-and-colour.");
        re(3, "11:20", ama, rhFiles, "Perfect, thank you both.");
        Post amLines = say(4, "15:00", coFiles, ama, "Made my separations. Is 0.25pt too thin for line work on riso?");
        Post juLines = re(4, "15:20", juno, amLines, "It'll break up in places. I keep to 0.5pt minimum; this "
                + "halftone explainer helped me loads: halftonehelp.example/riso-lines");
        re(4, "15:40", ama, juLines, "Thickening them now, thanks Juno.");
        Post faPosters = say(5, "12:00", coShow, farida, "The gig posters came out beautifully, the teal over pink "
                + "is gorgeous.");
        faPosters.react("🔥", ottilie, juno);
        Post juPosters = re(5, "12:30", juno, faPosters, "That overlap colour is so good. Which gig are they for?");
        re(5, "12:45", farida, juPosters, "The Saltmarsh Collective's winter show, 6 December.");
        say(5, "16:00", coNews, rhys, "Heads up: I'm at the Leeds zine fair from Tuesday 18th to Friday 21st, so "
                + "Ottilie has the machines that week. Anything for me, put it in #print-orders and she'll pick it up.");
        Post teRed = say(6, "11:00", coFiles, teodor, "For a 40-page comic, is it better to run black on every page "
                + "and red only where I need it, or both drums all the way through?");
        Post rhRed = re(6, "11:30", rhys, teRed, "Red only where you need it saves a pass on those sheets, so it's "
                + "cheaper. Keep the red to whole spreads so the imposition stays simple.");
        re(6, "11:45", teodor, rhRed, "Whole spreads, got it. That cuts my cost a fair bit.");
        // W47: Rhys away days 9-12; Teodor's launch goes into every room
        Post teBleed = say(9, "10:00", coOrders, teodor, "@Rhys Penhaligon sent my comic files yesterday, could you "
                + "check the bleed before it goes on the machine?");
        Post otBleed = re(9, "10:40", ottilie, teBleed, "Rhys is at the fair till Friday, so I've had a look: bleed's "
                + "3mm all round, you're fine. Printing Wednesday.");
        re(9, "10:50", teodor, otBleed, "Brilliant, thanks Ottilie.");
        say(10, "09:00", coNews, ottilie, "New paper in: Munken Pure 120gsm in cream. Good for zines that want a "
                + "bit more weight in the hand.");
        Post teShow = say(10, "14:00", coShow, teodor, "Rookery Lane issue 1 is printed and it looks unreal. Copies "
                + "up now: teodorcomics.example/shop/rookery-lane £9 + postage");
        say(10, "14:10", coFiles, teodor, "If anyone wants to see what red-only spreads look like, my comic is out: "
                + "teodorcomics.example/shop/rookery-lane");
        say(10, "14:20", coOrders, teodor, "Grab Rookery Lane issue 1 while the first run lasts! "
                + "teodorcomics.example/shop/rookery-lane");
        Post juCover = re(10, "14:45", juno, teShow, "The cover is brilliant, that red!");
        re(10, "15:00", teodor, juCover, "Thank you! Took me four tries to get the overlap right.");
        Post juSlot = say(11, "11:00", coOrders, juno, "Could I book the duplicator for a self-service slot on "
                + "Saturday morning?");
        Post otSlot = re(11, "11:30", ottilie, juSlot, "Saturday 10 till 12 is yours. Bring your own paper if it's "
                + "anything unusual.");
        re(11, "11:40", juno, otSlot, "Just the standard cream, see you then.");
        Post faDrift = say(12, "16:00", coFiles, farida, "Does anyone have a trick for the second colour drifting out "
                + "of register? Mine was off by a couple of mm on my last self-service run.");
        Post juDrift = re(12, "16:30", juno, faDrift, "Feed short edge first and let the drum warm up with ten "
                + "spoils before the real sheets. Fixed it for me.");
        re(12, "16:45", farida, juDrift, "Ten spoils, noted, thank you.");
        say(13, "10:00", coNews, rhys, "Back from Leeds! Lots of people there asked about riso workshops, so watch "
                + "this space.");
        Post rhBack = re(13, "10:30", rhys, teBleed, "Sorry I missed this Teodor, glad Ottilie had it covered. How "
                + "did the run come out?");
        re(13, "10:50", teodor, rhBack, "Perfect, and it's selling well already.");
        // W48
        Post otWorkshop = say(15, "09:30", coNews, ottilie, "Riso workshop on Saturday 6 December: two-colour "
                + "postcards, £35, six places. Book at the counter or reply here.");
        Post juWorkshop = re(15, "10:00", juno, otWorkshop, "Put me down for one please!");
        re(15, "10:20", ottilie, juWorkshop, "Done, you're the first.");
        Post amUsb = say(16, "11:00", coOrders, ama, "My zine files are ready. @Ottilie Marchetti can I bring them on "
                + "a USB stick or should I email them?");
        Post otUsb = re(16, "11:20", ottilie, amUsb, "Email is easiest, studio@copperleaf.example. We'll send you a "
                + "proof before the run.");
        Post amSent = re(16, "11:30", ama, otUsb, "Sent!");
        Post otProof = re(17, "14:00", ottilie, amSent, "Proof is in your inbox. Have a look at page 7, the yellow "
                + "is a touch light.");
        re(17, "15:00", ama, otProof, "Bumped the yellow and sent a new file. Thanks for catching that.");
        Post amZine = say(18, "12:00", coShow, ama, "My first zine, Hedgerow Notes, printed here. So happy with "
                + "the cream paper.");
        re(18, "12:20", farida, amZine, "It looks lovely, what a first issue.");
        Post rhZine = re(18, "12:30", rhys, amZine, "The green really sings on the cream, nice choice.");
        re(18, "12:40", ama, rhZine, "Your file guide saved me, honestly.");
    }

    private void letterers() {
        // W46
        Post loWords = say(1, "10:00", btAsk, lotte, "Writing my first comic script. How many words can one balloon "
                + "hold before it looks crowded?");
        Post saWords = re(1, "10:30", saoirse, loWords, "Around 25 words is where it starts to choke. Past that, "
                + "split it into two balloons joined by a connector, or trim the line.");
        re(1, "10:45", lotte, saWords, "Trimming it is, I'm far too wordy. Thank you!");
        Post anKern = say(1, "14:00", btLounge, anselm, "Finally finished the lowercase for my new sound-effects "
                + "font. Three weeks of kerning pairs.");
        Post prKern = re(1, "14:20", priya, anKern, "Three weeks! Will it be paid, or free for personal use?");
        re(1, "14:40", anselm, prKern, "Paid for commercial, free for personal. Out next week if I stop fiddling.");
        Post ezFree = say(2, "11:00", btAsk, ezekiel, "Which comic fonts are fine to use in a self-published book "
                + "without buying a licence?");
        Post anFree = re(2, "11:25", anselm, ezFree, "Blambot's free ones allow indie commercial use under a set "
                + "print run, but check each font's licence page. Comicraft has a cheap indie licence too.");
        re(2, "11:40", ezekiel, anFree, "Good tip on checking each page, thanks.");
        say(2, "15:00", btBoard, priya, "Lettering slots open from December: interiors £8 a page, covers and logos "
                + "quoted separately. Portfolio: priyaletters.example");
        Post saPanels = say(3, "09:30", btLounge, saoirse, "Anyone else getting scripts with no panel numbers lately? "
                + "Makes balloon placement guesswork.");
        Post prPanels = re(3, "09:50", priya, saPanels, "All the time. I send writers a script template now before "
                + "I start.");
        re(3, "10:10", saoirse, prPanels, "Good idea, I'll make one too.");
        Post coNeeds = say(4, "13:00", btAsk, corin, "I'm self-publishing a 24-page one-shot. What does a letterer "
                + "actually need from me, besides the script?");
        Post saNeeds = re(4, "13:30", saoirse, coNeeds, "Flat art as layered files or high-res TIFFs, the final "
                + "script with panel numbers, and notes on sound effects. A style reference helps too.");
        Post coOpen = re(4, "13:45", corin, saNeeds, "Sorted, thank you. Are you taking on work in the next few "
                + "weeks?");
        Post saOpen = re(4, "14:00", saoirse, coOpen, "I am, from the 17th. For 24 pages it's £7 a page, so £168, "
                + "plus a logo if you need one.");
        re(4, "14:20", corin, saOpen, "Let's do it, I'll send everything Sunday.");
        Post ezPreset = say(6, "11:00", btFonts, ezekiel, "Is there a way to make Clip Studio remember my balloon "
                + "tail style?");
        Post prPreset = re(6, "11:30", priya, ezPreset, "Save it as a sub tool preset, then it sticks across files.");
        re(6, "11:40", ezekiel, prPreset, "Worked, thanks Priya.");
        // W47: Saoirse letters Corin's book; her question about page 6 waits
        Post coCloud = say(8, "10:00", btAsk, corin, "@Saoirse Quinlan files are in the shared folder. Should "
                + "thought balloons be cloudy, or is that old-fashioned now?");
        Post saCloud = re(8, "10:30", saoirse, coCloud, "Cloudy still reads at once, but a lot of books use a dashed "
                + "outline now. I'll mock up both on page 3.");
        re(8, "10:45", corin, saCloud, "Cheers.");
        Post anLaunch = say(9, "10:00", btFonts, anselm, "My sound-effects font Thunderclap is out: "
                + "fairbankfonts.example/thunderclap, £25 for the indie licence.");
        Post prLaunch = re(9, "10:20", priya, anLaunch, "Congrats! The K is gorgeous.");
        re(9, "10:35", anselm, prLaunch, "Thank you, that K took most of the three weeks.");
        Post saSpeaker = say(10, "11:00", btAsk, saoirse, "@Corin Mahler pages 1-8 are done and in the folder. Quick "
                + "one: page 6 panel 2 has a line with no speaker marked. Is that the captain or the narrator?");
        Post coGutter = say(10, "15:00", btAsk, corin, "Pages look great! How do you usually handle sound effects "
                + "that cross the gutter?");
        re(10, "15:30", saoirse, coGutter, "I let them cross if the art allows and keep them off faces. I'll show "
                + "you on page 11.");
        Post saRevisions = say(11, "10:00", btLounge, saoirse, "Does anyone charge extra when a client keeps changing "
                + "the script after lettering starts?");
        Post anRevisions = re(11, "10:20", anselm, saRevisions, "One revision round is included, after that £2 a "
                + "balloon. Put it in the quote up front.");
        re(11, "10:40", saoirse, anRevisions, "Per balloon is fair. Adding it to my terms.");
        Post coJagged = say(12, "09:00", btAsk, corin, "Also, can you make the captain's balloons a bit jagged? He "
                + "shouts a lot.");
        Post saJagged = re(12, "09:30", saoirse, coJagged, "Done on the pages so far. I still need to know who says "
                + "the line on page 6 though.");
        re(12, "09:40", corin, saJagged, "Amazing, love it.");
        Post loKrita = say(13, "14:00", btAsk, lotte, "Is there a free way to letter my comic without learning "
                + "Illustrator?");
        Post prKrita = re(13, "14:30", priya, loKrita, "Krita has a decent text tool and it's free. Their manual has "
                + "a good page on comic text.");
        re(13, "14:45", lotte, prKrita, "Downloading it now.");
        Post ezJob = say(13, "16:00", btBoard, ezekiel, "Looking for a letterer for a 60-page graphic novel, starting "
                + "January, budget around £500. Reply here or DM.");
        Post prJob = re(13, "16:30", priya, ezJob, "I'd love to. 60 pages at £8 is £480. Samples at "
                + "priyaletters.example");
        re(13, "16:50", ezekiel, prJob, "Your samples are great. Let's talk in DMs.");
        // W48
        Post coNarrator = re(15, "10:00", corin, saSpeaker, "Sorry! Page 6 is the narrator. And all 24 pages are "
                + "gorgeous.");
        re(15, "10:20", saoirse, coNarrator, "Thanks, fixed. Final files go up tonight.");
        say(16, "11:00", btFonts, anselm, "Black Friday week: all my comic fonts half price until Monday, "
                + "fairbankfonts.example/sale");
        Post anSale = say(17, "12:00", btLounge, anselm, "If any of you letter with my fonts, they're 50% off this "
                + "week: fairbankfonts.example/sale");
        re(17, "12:15", priya, anSale, "Grabbed the handwriting one, cheers.");
        Post coPrinter = say(18, "10:00", btAsk, corin, "Book's at the printer! Thank you @Saoirse Quinlan, and "
                + "everyone who answered my questions along the way.");
        re(18, "10:20", saoirse, coPrinter, "It was a joy to letter. Send a photo when the copies land!");
        Post ezNumbers = say(19, "14:00", btAsk, ezekiel, "What size should page numbers be in a graphic novel?");
        Post anNumbers = re(19, "14:20", anselm, ezNumbers, "7 or 8pt in the outer bottom corner, in a plain font "
                + "rather than your dialogue one.");
        re(19, "14:30", ezekiel, anNumbers, "8pt it is.");
        Post prSigned = say(20, "11:00", btLounge, priya, "Signed the 60-page graphic novel job, my first big one!");
        re(20, "11:20", saoirse, prSigned, "Brilliant Priya, well done.");
    }

    private void booksellers() {
        // W46
        Post yuTriffids = say(1, "10:00", ffWants, yusuf, "Looking for a 1951 first of The Day of the Triffids in "
                + "its jacket, decent condition. Budget up to £600.");
        Post laTriffids = re(1, "11:00", lachlan, yuTriffids, "I've a first in a price-clipped jacket with a small "
                + "chip at the head of the spine, £520. Photos: rennierarebooks.example/triffids");
        Post yuFaults = re(1, "11:30", yusuf, laTriffids, "That's lovely. Is the clipping the only fault on the "
                + "jacket?");
        Post laFaults = re(1, "11:50", lachlan, yuFaults, "That and light toning on the rear panel. Happy to send "
                + "more photos.");
        re(1, "12:10", yusuf, laFaults, "I'll take it. Sending payment now.");
        Post gwYork = say(2, "09:00", ffTrade, gwendolyn, "Anyone doing the York fair in January? I'm thinking of "
                + "sharing a stand to split the cost.");
        Post feYork = re(2, "09:30", ferdinand, gwYork, "I'm in. Half a stand suits me, my stock's mostly "
                + "paperbacks and old Penguins.");
        re(2, "09:45", gwendolyn, feYork, "Great, I'll book it and send you the invoice for half.");
        Post miBrideshead = say(2, "14:00", ffIdent, miriam, "How do I tell a first printing of Brideshead from the "
                + "later ones? Mine says 1945 on the title page.");
        Post gwBrideshead = re(2, "14:30", gwendolyn, miBrideshead, "The first trade printing is 1945 with no later "
                + "impressions listed on the copyright page. If it says second impression anywhere, it's later.");
        re(2, "14:50", miriam, gwBrideshead, "No impressions listed! Thank you, that made my week.");
        say(3, "16:00", ffCats, lachlan, "Catalogue 14 is up: modern firsts and some post-war crime. "
                + "rennierarebooks.example/cat14");
        Post laPostage = say(4, "10:00", ffTrade, lachlan, "Royal Mail put the tracked 48 up again. What is everyone "
                + "charging for UK postage on a hardback now?");
        re(4, "10:20", gwendolyn, laPostage, "£4.50 flat, and I swallow the difference on heavy ones.");
        re(4, "10:35", ferdinand, laPostage, "£5, but anything over 2kg goes by courier.");
        Post miTess = say(5, "11:00", ffWants, miriam, "Still after Tess, any early edition in the Macmillan green "
                + "cloth. @Lachlan Rennie the Jude you sold me last spring was perfect, by the way.");
        Post laTess = re(5, "11:40", lachlan, miTess, "Glad it found a good home! No Tess at the moment, but I'll "
                + "keep an eye out and message you.");
        re(5, "11:50", miriam, laTess, "Thank you!");
        re(6, "15:00", yusuf, laFaults, "Arrived today, exactly as described. Thanks Lachlan.");
        // W47: Anwen arrives; Ferdinand writes to her
        joins(8, "09:00", ffWants, anwen);
        Post anChristie = say(8, "09:10", ffWants, anwen, "Hello! I'm new to collecting. I'm after early Agatha "
                + "Christie, ideally Collins Crime Club from the 1930s. Reading copies are fine.");
        Post gwChristie = re(8, "09:40", gwendolyn, anChristie, "Welcome! Crime Club reading copies without jackets "
                + "turn up for £30-60. I've a 1936 ABC Murders, no jacket, £45, if that's any use.");
        Post anPay = re(8, "10:00", anwen, gwChristie, "Yes please! How do I pay?");
        re(8, "10:15", gwendolyn, anPay, "I'll message you the bank details, it goes in the post tomorrow.");
        say(8, "11:00", ffTrade, ferdinand, "Nice to see a new collector in the wants room.");
        Post feAusten = say(9, "20:00", ffDm, ferdinand, "Hi Anwen, saw your post in the wants room. I've a full set "
                + "of Folio Society Jane Austen, six volumes in slipcases, £140 to you, or £120 if you collect at the "
                + "York fair. Interested?");
        Post anAusten = re(10, "08:30", anwen, feAusten, "Thanks, but I'm only collecting Christie for now.");
        re(10, "08:45", ferdinand, anAusten, "No problem. If you change your mind, the offer stands.");
        Post anSlip = say(10, "10:00", ffIdent, anwen, "The ABC Murders came! There's a small printed slip inside "
                + "about Crime Club membership. Is that usual?");
        Post feSlip = re(10, "10:30", ferdinand, anSlip, "That's the membership leaflet, lots of Crime Club books had "
                + "one. Keep it in, collectors like them.");
        re(10, "10:45", anwen, feSlip, "Good to know, it stays.");
        say(11, "14:00", ffCats, gwendolyn, "The shop's winter list is up, about 80 children's books including some "
                + "early Puffins: ashbybooks.example/winter");
        Post gwVideos = say(12, "11:00", ffTrade, gwendolyn, "Is anyone else getting buyers who want condition videos "
                + "rather than photos?");
        Post laVideos = re(12, "11:30", lachlan, gwVideos, "Yes, younger collectors especially. I do a 20-second "
                + "flick-through on my phone now.");
        re(12, "11:45", gwendolyn, laVideos, "I'll try that, thanks.");
        Post yuWyndham = say(13, "10:00", ffWants, yusuf, "Next quest: any John Wyndham in first Penguin paperback "
                + "printings.");
        Post feWyndham = re(13, "10:30", ferdinand, yuWyndham, "I've The Kraken Wakes, Penguin 1955 first printing, "
                + "tight copy, £18.");
        re(13, "10:40", yusuf, feWyndham, "Yes please, I'll take it.");
        // W48
        Post anOrient = say(15, "10:00", ffWants, anwen, "Second Christie wish: Murder on the Orient Express, any "
                + "1930s printing.");
        re(15, "10:40", lachlan, anOrient, "I had one but it sold last week, sorry. Worth asking Ferdinand, he does "
                + "the northern fairs.");
        Post feOrient = re(15, "11:00", ferdinand, anOrient, "None on me right now, but I'll look out for one at "
                + "York in January.");
        re(15, "11:10", anwen, feOrient, "Thanks, I'll be there!");
        Post miHinge = say(16, "15:00", ffIdent, miriam, "Found a Tess! But the front hinge is loose. Should I have "
                + "it repaired or leave it?");
        Post gwHinge = re(16, "15:30", gwendolyn, miHinge, "A good binder can tighten a hinge without touching the "
                + "cloth, and a sound hinge holds its value better than a loose one.");
        re(16, "15:45", miriam, gwHinge, "Taking it to a binder then, thank you.");
        say(17, "12:00", ffCats, ferdinand, "Stock list for the York fair, paperbacks and Penguins: "
                + "ferdinandbooks.example/york");
        Post laCovers = say(18, "10:00", ffTrade, lachlan, "Has anyone tried the archival jacket covers that don't "
                + "need taping?");
        re(18, "10:20", gwendolyn, laCovers, "I use them on anything over £50. Clear, no glue.");
        Post miFound = re(19, "16:00", miriam, laTess, "Got my Tess elsewhere in the end, but thanks for keeping an "
                + "eye out.");
        re(19, "16:30", lachlan, miFound, "Brilliant, enjoy it!");
    }

    private void querying() {
        // W46
        Post igQuery = say(1, "09:00", qtCritique, ignatius, "Third draft of my query, be brutal: When the daughter "
                + "of a lighthouse keeper finds a ledger of ships that never sank, she has one winter to learn who was "
                + "paid to say they had. THE LEDGER OF STILL WATERS is a literary thriller, complete at 92,000 words.");
        Post thQuery = re(1, "10:00", thandiwe, igQuery, "Strong hook! I'd make 'has one winter to learn' more "
                + "active, and name her. Agents want the character before the premise.");
        Post igName = re(1, "10:20", ignatius, thQuery, "Naming her makes sense, she's Maren. What would you use "
                + "instead of 'has one winter'?");
        Post thName = re(1, "10:40", thandiwe, igName, "Maybe 'Maren must find out, before the ice breaks, who...' "
                + "It puts a clock in.");
        re(1, "10:50", ignatius, thName, "Oh, that's good. Revising.");
        say(1, "13:00", qtAgents, bronwyn, "Jane Halloran at Brightwater Literary is open to upmarket fiction until "
                + "15 December: brightwaterlit.example/submissions");
        say(2, "09:00", qtAgents, bronwyn, "Closed: Marcus Theroux at Thornfield is off submissions until spring. "
                + "thornfieldagency.example/news");
        Post thSynopsis = say(2, "11:00", qtCritique, thandiwe, "My synopsis is 900 words and the agency wants 500. "
                + "How do people cut a synopsis in half?");
        Post igSynopsis = re(2, "11:30", ignatius, thSynopsis, "Drop every subplot that doesn't change the ending, "
                + "and name only three characters. Mine went from 1,000 to 480 that way.");
        re(2, "11:50", thandiwe, igSynopsis, "Three names only, ruthless and right. Thank you.");
        Post igRevised = say(3, "10:00", qtCritique, ignatius, "Revised opening: Maren Holt must find out, before "
                + "the ice breaks, who was paid to log ships as lost that never went down. Better?");
        Post keRevised = re(3, "10:30", kenji, igRevised, "Much better. The sentence is a bit long though, maybe "
                + "split it.");
        re(3, "10:40", ignatius, keRevised, "Split it, reads faster now. Thanks Kenji.");
        Post keFull = say(3, "15:00", qtWins, kenji, "Full request from my dream agent this morning! I've been "
                + "refreshing my inbox for nine months for this one. I can't believe it, I'm shaking.");
        keFull.react("🎉", thandiwe, bronwyn, ignatius, ophelia);
        Post opFull = re(3, "15:20", ophelia, keFull, "KENJI! So happy for you.");
        re(3, "15:30", kenji, opFull, "Thank you! I read your notes on my first chapter about twenty times before "
                + "sending it.");
        say(4, "09:00", qtAgents, bronwyn, "Porthleven Agency has a new YA agent, open now: "
                + "porthlevenagency.example/team");
        Post keComps = say(4, "12:00", qtCritique, kenji, "Here's my comp titles line, do these work? 'For fans of "
                + "The Thursday Murder Club and Piranesi.'");
        Post brComps = re(4, "12:30", bronwyn, keComps, "They're very far apart in tone. Do you have something more "
                + "recent and less of a bestseller for the second one?");
        re(4, "12:50", kenji, brComps, "Fair. I'll swap Piranesi for something from the last three years.");
        say(5, "10:00", qtAgents, bronwyn, "Reminder that the Halloran window closes 15 December: "
                + "brightwaterlit.example/submissions");
        Post opRetreat = say(5, "18:00", qtGeneral, ophelia, "I'm off to a writing retreat in the Highlands from "
                + "Sunday, back on the 23rd, with no signal at all. Don't let Kenji's agent say yes without me!");
        re(5, "18:15", kenji, opRetreat, "Ha, enjoy the quiet!");
        Post thShort = say(6, "11:00", qtCritique, thandiwe, "Would anyone look at my 500-word synopsis now? It's "
                + "shorter but I worry the ending feels rushed.");
        Post igShort = re(6, "11:30", ignatius, thShort, "The ending's fine, but the middle loses the sister. One "
                + "line about her would hold it together.");
        re(6, "11:45", thandiwe, igShort, "You're right, she vanishes. Adding her back.");
        // W47: Ophelia away; Bronwyn keeps the agent-watch room going
        say(8, "10:00", qtAgents, bronwyn, "Open: Helena Vasquez at Greenlight, adult SFF, until the new year: "
                + "greenlightbooks.example/agents/vasquez");
        Post thOphelia = say(8, "14:00", qtGeneral, thandiwe, "@Ophelia Drummond did you ever hear back from the "
                + "agent with the twelve-week response time?");
        say(9, "09:00", qtAgents, bronwyn, "Harrowgate Literary is closed for December: harrowgatelit.example/news");
        Post igForm = say(9, "11:00", qtWins, ignatius, "First rejection on the lighthouse book, a form one. Onwards.");
        Post brForm = re(9, "11:20", bronwyn, igForm, "Form rejections say nothing about the book, they're mostly "
                + "volume. Onwards indeed.");
        re(9, "11:30", ignatius, brForm, "Thanks, needed that.");
        say(10, "09:00", qtAgents, bronwyn, "Useful: the new Porthleven agent gave an interview on what she wants to "
                + "see: writersweekly.example/porthleven-interview");
        Post keNew = say(10, "14:00", qtCritique, kenji, "New comps: 'For fans of The Thursday Murder Club and The "
                + "Maid.' Better?");
        Post brNew = re(10, "14:20", bronwyn, keNew, "Much better pairing.");
        re(10, "14:30", kenji, brNew, "Thank you, it goes out tomorrow.");
        say(11, "09:00", qtAgents, bronwyn, "Two more open for crime at Maple & Finch, both until February: "
                + "mapleandfinch.example/submissions");
        Post thBakery = say(11, "12:00", qtCritique, thandiwe, "Query draft for my second book, a family saga set in "
                + "Bulawayo, would love eyes on it: Three sisters inherit their mother's bakery, and the debt she hid "
                + "inside its walls.");
        Post igBakery = re(11, "12:40", ignatius, thBakery, "Love the bakery. The debt is the hook, I'd put it first.");
        re(11, "13:00", thandiwe, igBakery, "Debt first, got it.");
        say(12, "09:00", qtAgents, bronwyn, "Closed: Rowan Ashdown Associates, full until March. "
                + "rowanashdown.example/news");
        Post keBake = say(12, "16:00", qtGeneral, kenji, "Does anyone else bake while waiting on a full? Three loaves "
                + "this week.");
        re(12, "16:20", bronwyn, keBake, "I clean the oven instead. Less satisfying.");
        say(13, "09:00", qtAgents, bronwyn, "Open: Nadine Greer at Dunmore & Wright, upmarket and book club fiction: "
                + "dunmorewright.example/greer");
        Post opBack = re(14, "10:00", ophelia, thOphelia, "Back from the retreat! Yes, she passed after eleven weeks, "
                + "but with a kind note.");
        re(14, "10:30", thandiwe, opBack, "Kind notes count. Welcome back!");
        say(14, "11:00", qtAgents, bronwyn, "I've pinned a list of everyone open right now in this channel, updated "
                + "today.");
        // W48: Percival arrives with his pitch
        joins(15, "09:00", qtGeneral, percival);
        Post peHello = say(15, "09:05", qtGeneral, percival, "Hi all! My pitch is in the pitch party on Thursday. "
                + "Please like and retweet it, and follow my author page: percivalokoro.example/links");
        Post thAbout = re(15, "09:30", thandiwe, peHello, "Welcome Percival! What's the book about?");
        re(15, "10:00", percival, thAbout, "A fantasy heist in a floating city. Anyway, every like counts!");
        say(16, "10:00", qtCritique, percival, "If everyone here could like my pitch post on Thursday it would really "
                + "help me get seen by agents: pitchparty.example/p/okoro-88");
        Post thPartial = say(16, "11:00", qtWins, thandiwe, "Partial request for the bakery book! The query "
                + "Ignatius fixed.");
        Post igPartial = re(16, "11:20", ignatius, thPartial, "Told you the debt was the hook!");
        re(16, "11:30", thandiwe, igPartial, "You did. I owe you a coffee.");
        say(17, "12:00", qtAgents, percival, "Please RT my pitch, everyone! pitchparty.example/p/okoro-88");
        Post igThaw = say(17, "10:00", qtCritique, ignatius, "Rewrote the last paragraph after the rejection, any "
                + "thoughts? 'Maren has until the thaw to decide whether the truth is worth her father's name.'");
        Post opThaw = re(17, "10:40", ophelia, igThaw, "The stakes are clear now. 'If' instead of 'whether' would "
                + "sharpen it.");
        re(17, "10:55", ignatius, opThaw, "'...to decide if the truth is worth her father's name.' Better, thanks "
                + "Ophelia.");
        say(18, "09:00", qtAgents, bronwyn, "Heads up, Greenlight closes to SFF early, on 12 December: "
                + "greenlightbooks.example/agents/vasquez");
        Post keOffer = say(18, "15:00", qtWins, kenji, "Offer of representation!!! From the full request three weeks "
                + "ago. I'm going to cry.");
        keOffer.react("🎉", thandiwe, bronwyn, ignatius, ophelia);
        re(18, "15:10", ophelia, keOffer, "I KNEW IT. Congratulations!");
        re(18, "15:20", bronwyn, keOffer, "Kenji!!! Brilliant news.");
        say(20, "11:00", qtGeneral, thandiwe, "@Percival Okoro how did the pitch party go?");
    }

    private void formatters() {
        // W46
        Post deTrim = say(1, "10:00", gmAsk, delphine, "What trim size do most people use for a paperback novel? KDP "
                + "offers so many.");
        Post maTrim = re(1, "10:20", marisol, deTrim, "5.5 x 8.5 or 6 x 9 for most fiction; 5.5 x 8.5 feels more "
                + "like a bookshop novel. KDP's size chart: kdp.example/help/trim-sizes, and IngramSpark's: "
                + "ingramspark.example/trim");
        re(1, "10:35", delphine, maTrim, "5.5 x 8.5 it is. Thank you!");
        Post caDrop = say(1, "14:00", gmLounge, casimir, "Anyone else seeing Atticus mangle drop caps on export "
                + "lately?");
        Post haDrop = re(1, "14:30", halvard, caDrop, "Yes, since the last update. I turn them off and add them "
                + "afterwards.");
        re(1, "14:45", casimir, haDrop, "Annoying, but that works.");
        Post caPack = say(2, "11:00", gmTools, casimir, "Updated my InDesign novel template pack for 2032, with "
                + "paragraph styles for scene breaks and chapter openers: nowaktype.example/templates £29");
        Post maPack = re(2, "11:20", marisol, caPack, "The chapter openers look really clean.");
        re(2, "11:30", casimir, maPack, "Thanks! Took a while to get the baseline grid right.");
        Post osSpine = say(3, "09:00", gmAsk, osric, "My print proof has the text running almost into the spine. "
                + "What did I do wrong?");
        Post haSpine = re(3, "09:30", halvard, osSpine, "Your inside margin is too small for the page count. Over "
                + "300 pages, give it at least 0.75 inch.");
        re(3, "09:45", osric, haSpine, "384 pages and I had 0.5. That explains it, thank you.");
        say(4, "13:00", gmHire, marisol, "Two slots left in December for print and ebook formatting, £220 for a "
                + "novel up to 100k words.");
        Post deGaramond = say(5, "10:00", gmAsk, delphine, "Is it okay to use Garamond in a print book, "
                + "licensing-wise?");
        Post caGaramond = re(5, "10:30", casimir, deGaramond, "EB Garamond is open-licensed and fine for print. Adobe "
                + "Garamond needs a desktop licence, which you'd have if it came with your software.");
        re(5, "10:45", delphine, caGaramond, "EB Garamond it is.");
        Post maFonts = say(6, "15:00", gmLounge, marisol, "Had an author ask for a different font in every chapter. "
                + "Talked her down to two.");
        re(6, "15:20", halvard, maFonts, "Two is generous. I'd have held out for one!");
        // W47: Halvard's daily tips while the authors' questions sit
        say(8, "09:00", gmAsk, halvard, "Formatting tip of the day: widows and orphans. Set your body style to keep "
                + "at least two lines together at the top and bottom of a page.");
        Post maImages = say(8, "10:30", gmLounge, marisol, "Does anyone charge extra for books with lots of images?");
        Post haImages = re(8, "10:50", halvard, maImages, "I do, £2 per placed image over twenty.");
        re(8, "11:00", marisol, haImages, "That's about what I was thinking.");
        say(9, "09:00", gmAsk, halvard, "Tip of the day: after a scene break, set the first line flush left with no "
                + "indent. Readers notice.");
        Post osCover = say(9, "14:00", gmAsk, osric, "KDP rejected my cover PDF because the spine text is too close "
                + "to the edge. How much room do I need?");
        say(9, "16:00", gmLounge, halvard, "Busy week here, three novels in the queue and a cookbook.");
        say(10, "09:00", gmAsk, halvard, "Tip of the day: never indent paragraphs with a tab. Use the first-line "
                + "indent setting.");
        Post maCover = re(10, "11:00", marisol, osCover, "Keep spine text at least 0.0625 inch from each fold, and KDP "
                + "prints no spine text under 79 pages. Their cover calculator gives you the exact template: "
                + "kdp.example/cover-calculator");
        re(10, "11:20", osric, maCover, "Nudged the text in and resubmitted. Thanks.");
        say(11, "09:00", gmAsk, halvard, "Tip of the day: switch running heads off on chapter opening pages.");
        Post deBlank = say(11, "13:00", gmAsk, delphine, "My ebook shows a blank page before every chapter on Kindle. "
                + "Any idea why?");
        say(12, "09:00", gmAsk, halvard, "Tip of the day: check your dashes. Word loves to turn em dashes into "
                + "hyphens on export.");
        Post caBlank = re(12, "10:00", casimir, deBlank, "Usually a manual page break plus 'page break before' on "
                + "the chapter heading style, so you get two. Remove the manual breaks and let the style do it.");
        re(12, "10:20", delphine, caBlank, "That was it, two breaks per chapter. Fixed!");
        say(12, "15:00", gmLounge, halvard, "Cookbook's done, on to the next one.");
        say(13, "09:00", gmAsk, halvard, "Tip of the day: embed all fonts when you export the print PDF, or the "
                + "printer substitutes its own.");
        say(13, "12:00", gmTools, halvard, "Vellum's new version handles footnotes much better, worth the update.");
        say(14, "09:00", gmAsk, halvard, "Tip of the day: page numbers go on the outside edge, always.");
        // W48: Imelda arrives
        joins(15, "10:00", gmAsk, imelda);
        Post imHello = say(15, "10:10", gmAsk, imelda, "Hi everyone, I'm Imelda. My first novel is finally done "
                + "after six years! I'm wondering what's involved in making the inside of a paperback look "
                + "professional.");
        re(15, "10:30", casimir, imHello, "Congrats! My template pack handles all of that, £29 at "
                + "nowaktype.example/templates, or I can format the whole book from £180. Book a call here: "
                + "nowaktype.example/book");
        Post maHello = re(15, "10:50", marisol, imHello, "Congratulations on finishing! The big things are trim "
                + "size, margins, a readable serif around 10.5-11pt and consistent chapter openings. What did you "
                + "write it in?");
        Post imWord = re(15, "11:10", imelda, maHello, "Word, I'm afraid. Is that a problem?");
        Post maWord = re(15, "11:30", marisol, imWord, "Not at all. Set up styles for body text and headings first, "
                + "then it exports cleanly to most tools.");
        re(15, "11:45", imelda, maWord, "Styles first, I'll look that up tonight. Thank you.");
        Post haHello = re(16, "09:00", halvard, imHello, "Welcome Imelda! One more: order a printed proof before you "
                + "publish. Things hide on screen.");
        re(16, "09:20", imelda, haHello, "Ordering one as soon as it's ready.");
        Post osLive = re(17, "14:00", osric, maCover, "Paperback went live today, spine and all. Thanks again!");
        re(17, "14:20", marisol, osLive, "Congratulations Osric!");
        Post deJob = say(18, "10:00", gmHire, delphine, "Looking for someone to format my second novel, 90k words, "
                + "print and ebook, early January. Budget about £250.");
        Post maJob = re(18, "10:30", marisol, deJob, "I'd be glad to: £220 for both formats, and early January "
                + "works. Samples: aguirreformatting.example/samples");
        re(18, "10:45", casimir, deJob, "I could do it for £200 with my templates.");
        re(18, "11:00", delphine, maJob, "You've helped me so much already, let's go with you.");
        Post caPrice = say(19, "15:00", gmLounge, casimir, "Lost a job to a higher quote again. Does anyone ever win "
                + "on price?");
        Post haPrice = re(19, "15:30", halvard, caPrice, "Never on price. Mostly on answering their questions before "
                + "they hire anyone.");
        re(19, "15:45", casimir, haPrice, "Fair point.");
        Post imStyled = say(20, "11:00", gmAsk, imelda, "Styled my manuscript! All the headings look the same now, "
                + "is that right?");
        Post maStyled = re(20, "11:20", marisol, imStyled, "That's exactly right, consistency is the goal.");
        re(20, "11:30", imelda, maStyled, "Yay. Thank you!");
    }

    private void papermakers() {
        // W46
        Post ewFelts = say(1, "10:00", deVat, ewan, "My abaca sheets keep sticking to the felts when I couch them. "
                + "Too wet?");
        Post agFelts = re(1, "10:30", agnieszka, ewFelts, "Probably the opposite, the felts are too dry. Dampen them "
                + "evenly before you start the post.");
        re(1, "10:50", ewan, agFelts, "I've been using them straight off the line. I'll wet them tonight and see.");
        joins(2, "09:00", deShow, jarrah);
        Post ewCockle = re(2, "18:00", ewan, agFelts, "Damp felts fixed it, twelve sheets and not one stuck. Is it "
                + "normal for them to cockle while they dry?");
        Post agCockle = re(2, "18:30", agnieszka, ewCockle, "Yes, unless you restrain them. Dry them between "
                + "blotters under boards with a bit of weight on top.");
        re(2, "18:45", ewan, agCockle, "Off to find some boards, thank you.");
        Post jaFirst = say(3, "12:00", deShow, jarrah, "First ever sheets! Cotton linter with onion skins mixed in. "
                + "The edges are a bit wobbly but I love them.");
        re(3, "12:40", solveig, jaFirst, "Wobbly edges mean your deckle is warping, cheap frames do that. My oak "
                + "moulds with brass mesh are £85 for A5, DM me if you want one.");
        Post leFirst = re(3, "13:00", leontine, jaFirst, "Lovely colour from the onion skins! The wobble is part of "
                + "the charm.");
        re(3, "13:15", jarrah, leFirst, "Thank you! Keeping them as they are for now.");
        Post agKozo = say(4, "10:00", deSale, agnieszka, "New batch: 20 A4 sheets of kozo, 40gsm, £3 each or £50 "
                + "for the lot. Collection, or post at cost.");
        Post nnKozo = re(4, "11:00", nnamdi, agKozo, "I bought your kozo at the Bristol fair and it bound "
                + "beautifully. I'll take ten for a commission.");
        re(4, "11:20", agnieszka, nnKozo, "Lovely, ten put aside for you. I'll send the postage total tonight.");
        Post leSize = say(5, "14:00", deMarble, leontine, "Carrageenan size batch 3 is behaving. This time I let it "
                + "rest 24 hours and the first print was perfect.");
        Post nnSize = re(5, "14:30", nnamdi, leSize, "What paint are you using on it?");
        re(5, "14:45", leontine, nnSize, "Gouache with a drop of ox gall. Less ox gall than I used to.");
        Post ewBlender = say(6, "16:00", deVat, ewan, "Dried under boards like you said, flat as anything. "
                + "@Agnieszka Wrobel how long do you run a kitchen blender for cotton rag?");
        Post agBlender = re(6, "16:30", agnieszka, ewBlender, "Short bursts, about two minutes in all per handful, "
                + "or you cook the motor.");
        re(6, "16:40", ewan, agBlender, "Bursts, noted.");
        // W47
        Post leWeek = say(8, "10:00", deShow, leontine, "This week's work: a Turkish stone pattern in three colours, "
                + "then a nonpareil that went wrong halfway and I kept it anyway. I'm happiest with my blues, I finally "
                + "got the ox gall right and my comb didn't snag once. I'm going to try my first bouquet pattern next; "
                + "my teacher says I'm ready but I'm not sure I am.");
        Post jaWeek = re(8, "10:30", jarrah, leWeek, "That blue is stunning. What's a nonpareil?");
        re(8, "10:50", leontine, jaWeek, "A fine comb pattern, rows of tiny teeth pulled through the colours. You'd "
                + "love it, it's very satisfying.");
        Post jaThick = say(9, "11:00", deVat, jarrah, "How do I get thicker sheets without them taking forever to "
                + "dry?");
        Post agThick = re(9, "11:30", agnieszka, jaThick, "Thin the pulp a little and do two dips, couching one on "
                + "the other. Two thin layers dry faster than one thick one.");
        re(9, "11:45", jarrah, agThick, "Two dips, trying it tomorrow!");
        say(10, "09:00", deSale, solveig, "Oak and brass moulds, A5 £85, A4 £120, made to order with a four-week "
                + "wait: hartmannmoulds.example");
        Post agBundle = say(10, "14:00", deSale, agnieszka, "Leontine's marbled endpapers and my kozo together as a "
                + "binder's bundle, £24. Anyone interested before I list it?");
        re(10, "14:30", nnamdi, agBundle, "Yes! Put me down for two bundles.");
        Post jaFoam = say(11, "10:00", deMarble, jarrah, "Tried marbling with shaving foam at home. Is that a real "
                + "technique or just for kids?");
        Post leFoam = re(11, "10:30", leontine, jaFoam, "It's real enough for a first go! For proper sheets you'll "
                + "want a carrageenan size, happy to share my recipe.");
        Post jaRecipe = re(11, "10:45", jarrah, leFoam, "Yes please!");
        Post leRecipe = re(11, "11:00", leontine, jaRecipe, "Two teaspoons of carrageenan per litre of water, blend, "
                + "rest overnight. Alum your paper the day before.");
        re(11, "11:10", jarrah, leRecipe, "Shopping list made, thank you!");
        Post leBouquet = say(12, "15:00", deShow, leontine, "Bouquet attempt one. I'm calling it abstract. I learned "
                + "that I need a finer stylus and that my size was too cold, my studio drops to 12 degrees "
                + "overnight.");
        re(12, "15:20", ewan, leBouquet, "Abstract is a style! The colours are great.");
        Post ewGelatine = say(13, "12:00", deVat, ewan, "Anyone sized paper with gelatine? Mine smells a bit off.");
        Post soGelatine = re(13, "12:30", solveig, ewGelatine, "A few drops of clove oil in the size stops it going "
                + "off.");
        re(13, "12:40", ewan, soGelatine, "Clove oil, great tip.");
        // W48
        Post jaDips = say(15, "10:00", deShow, jarrah, "Two-dip sheets worked! Thicker and dry in a day.");
        Post agDips = re(15, "10:20", agnieszka, jaDips, "Beautiful formation, well done.");
        re(15, "10:30", jarrah, agDips, "All thanks to your tip.");
        Post nnBundles = say(16, "11:00", deSale, nnamdi, "Bundles arrived and the endpapers are gorgeous. I've sent "
                + "two bookbinders from my guild your way, @Agnieszka Wrobel and @Leontine Vos.");
        re(16, "11:20", agnieszka, nnBundles, "Thank you Nnamdi, that's so kind.");
        re(16, "11:30", leontine, nnBundles, "You're a star, thank you!");
        say(17, "14:00", deSale, agnieszka, "Winter batch of cotton rag, A4, £2.50 a sheet, 30 available.");
        Post jaMuddy = say(18, "10:00", deMarble, jarrah, "First carrageenan marbling! The pattern came out muddy "
                + "though. Too much paint?");
        Post leMuddy = re(18, "10:30", leontine, jaMuddy, "Probably too much ox gall in the first colour, it pushes "
                + "the others around. Try halving it.");
        re(18, "10:45", jarrah, leMuddy, "Halving it next go, thank you Leontine.");
        Post leThree = say(19, "13:00", deShow, leontine, "Bouquet attempt three, finally a real one! The finer "
                + "stylus did it.");
        leThree.react("🎉", jarrah, nnamdi, ewan);
        re(19, "13:20", jarrah, leThree, "Gorgeous!!");
        Post soStarter = say(20, "10:00", deVat, solveig, "Question for you all: what size mould do beginners "
                + "actually want? I'm thinking about a cheaper starter line.");
        re(20, "10:30", ewan, soStarter, "A5 for sure, and under £50 would have tempted me.");
        Post jaStarter = re(20, "10:40", jarrah, soStarter, "Same, A5. I'm on a kit frame right now.");
        re(20, "11:00", solveig, jaStarter, "Useful, thank you both. An A5 starter it is.");
    }

    private void crowdfunding() {
        // W46
        Post miLive = say(1, "09:00", pfLaunches, mireille, "The Saltwick Lanterns is live! A 120-page graphic novel "
                + "about a fishing town's winter lantern festival. Hardcover £25 + shipping: "
                + "dufresnecomics.example/saltwick");
        Post toLive = re(1, "09:30", tobiah, miLive, "Congrats on launch day! Backed.");
        re(1, "09:40", mireille, toLive, "Thank you Tobiah! Nervous wreck over here.");
        Post miDayOne = say(1, "14:00", pfLounge, mireille, "Day one: 38% funded. I need backers beyond my own "
                + "followers this time though, everyone I know has already pledged.");
        Post yaDayOne = re(1, "14:20", yara, miDayOne, "38% on day one is great. The middle slump is the real test.");
        re(1, "14:40", mireille, yaDayOne, "That's what scares me.");
        Post siIreland = say(2, "10:00", pfBackers, siddharth, "Have the paperbacks from Tobiah's last campaign "
                + "shipped to Ireland yet?");
        Post toIreland = re(2, "10:30", tobiah, siIreland, "They went out Friday, Siddharth. Irish ones usually take "
                + "five to seven days.");
        re(2, "10:45", siddharth, toIreland, "Perfect, thanks for the quick answer.");
        Post miQuotes = say(3, "11:00", pfPrint, mireille, "Got two hardcover quotes, one UK and one in Latvia. The "
                + "Latvian one is 30% cheaper but slower. Anyone used them?");
        Post yaQuotes = re(3, "11:30", yara, miQuotes, "Used Latvia twice, the quality's excellent. Allow an extra "
                + "three weeks.");
        re(3, "11:45", mireille, yaQuotes, "Three weeks is fine for a spring delivery.");
        Post toStretch = say(4, "15:00", pfLounge, tobiah, "Stretch goal ideas that don't blow up postage? Mine always "
                + "add weight.");
        Post miStretch = re(4, "15:20", mireille, toStretch, "Digital extras. A sketchbook PDF, process videos.");
        re(4, "15:30", tobiah, miStretch, "Sketchbook PDF, yes.");
        Post yaLive = say(5, "10:00", pfLaunches, yara, "Moth Season vol 2 is live: yarahaddadin.example/moth-season, "
                + "softcover £15 + shipping.");
        Post grLive = re(5, "10:30", gretchen, yaLive, "Backed within a minute, loved vol 1.");
        re(5, "10:45", yara, grLive, "Gretchen! Thank you, you were my first backer last time too.");
        Post grSigned = say(6, "12:00", pfBackers, gretchen, "For The Saltwick Lanterns, is the £25 hardcover tier "
                + "signed?");
        re(6, "14:00", tobiah, grSigned, "I think Mireille signs all hers, but don't quote me!");
        // W47: Mireille stays with the creators while her backers ask in a room she never opens
        Post miStall = say(8, "10:00", pfLounge, mireille, "Day 8 and we've stalled at 61%. Any tricks for the "
                + "middle?");
        Post yaStall = re(8, "10:20", yara, miStall, "Post a progress page every couple of days. Backers love "
                + "watching the book get made.");
        re(8, "10:35", mireille, yaStall, "I can do that, I've got pencils for chapter 4.");
        Post siCanada = say(8, "15:00", pfBackers, siddharth, "Saltwick Lanterns question: does the £25 tier ship to "
                + "Canada, and what's the postage?");
        Post niDrm = say(9, "09:00", pfBackers, nikolai, "@Mireille Dufresne I backed Saltwick and got three friends "
                + "from my comics club to back it too! Quick one: is the digital edition DRM-free? I need to know "
                + "for my e-reader.");
        Post miPreflight = say(9, "11:00", pfPrint, mireille, "The Latvian printer wants final files by 20 January. "
                + "Does anyone do their own preflight, or pay the printer to?");
        Post toPreflight = re(9, "11:30", tobiah, miPreflight, "My own in Acrobat. The printer's check costs £60 and "
                + "finds the same things.");
        re(9, "11:45", mireille, toPreflight, "Saving the £60 then.");
        Post toManager = say(10, "14:00", pfLounge, tobiah, "Anyone else's backers asking for a pledge manager? I've "
                + "never used one.");
        Post miManager = re(10, "14:20", mireille, toManager, "I used BackerKit last time, worth it for add-ons.");
        re(10, "14:30", tobiah, miManager, "Add-ons, good point.");
        Post miComments = say(10, "16:00", pfLounge, mireille, "Does anyone else lose a whole day to the campaign's "
                + "comment section?");
        re(10, "16:20", yara, miComments, "Every single day.");
        say(11, "10:00", pfBackers, gretchen, "Still wondering whether the Saltwick hardcover is signed, does anyone "
                + "know?");
        Post miPencils = say(11, "12:00", pfLounge, mireille, "Posted a pencils page on the campaign like Yara said, "
                + "four new pledges already.");
        re(11, "12:20", yara, miPencils, "Told you!");
        Post niDm = say(12, "09:00", pfDm, nikolai, "Hi Mireille, sorry to DM. Not sure you saw my question in "
                + "#backer-questions about the DRM-free digital copy?");
        Post yaMailers = say(12, "14:00", pfPrint, yara, "Which mailers do you all use for hardcovers? Mine arrived "
                + "dented last time.");
        Post miMailers = re(12, "14:30", mireille, yaMailers, "Rigid book wraps with the corner folds. Not one dent "
                + "since.");
        re(12, "14:45", yara, miMailers, "Ordering those, thanks.");
        Post miNine = say(13, "11:00", pfLounge, mireille, "72% with nine days left. Fingers crossed.");
        re(13, "11:20", tobiah, miNine, "You'll make it.");
        re(13, "16:00", siddharth, siCanada, "Happy to pay extra postage for Canada too, just let me know.");
        Post miSigned = say(14, "10:00", pfPrint, mireille, "Signed the quote with the Latvian printer!");
        re(14, "10:15", yara, miSigned, "Exciting!");
        // W48
        Post miDrm = re(15, "09:00", mireille, niDrm, "Nikolai, I'm so sorry, I'd never opened this room! Yes, the "
                + "digital edition is a DRM-free PDF and EPUB. And thank you for bringing your club along.");
        re(15, "09:20", nikolai, miDrm, "No worries, thanks! Looking forward to it.");
        Post miCanada = re(15, "09:30", mireille, siCanada, "Yes, it ships to Canada, £14 postage, added at the "
                + "pledge manager stage.");
        Post miYes = re(15, "09:40", mireille, grSigned, "Every hardcover is signed and numbered!");
        re(15, "10:00", gretchen, miYes, "Lovely, upgrading my pledge.");
        re(15, "10:20", siddharth, miCanada, "Great, thanks Mireille.");
        re(15, "10:30", mireille, niDm, "Answered you in the room, sorry for the wait! Thank you for telling me.");
        Post miFunded = say(16, "11:00", pfLaunches, mireille, "Funded! The Saltwick Lanterns passed 100% last "
                + "night. Thank you all. Stretch goal one is a sketchbook PDF for every backer.");
        re(16, "11:20", tobiah, miFunded, "Yesss! Congrats!");
        Post grTier = say(17, "10:00", pfBackers, gretchen, "@Mireille Dufresne does the sketchbook come with the £15 "
                + "tier too?");
        re(17, "10:30", mireille, grTier, "Yes, every tier gets it.");
        Post siMoth = say(18, "14:00", pfBackers, siddharth, "Any idea when Moth Season vol 2 will ship, @Yara "
                + "Haddadin?");
        Post yaMoth = re(18, "14:20", yara, siMoth, "Printing in January, shipping in February. I'll post updates on "
                + "the campaign page.");
        re(18, "14:30", siddharth, yaMoth, "Thanks!");
        Post miLesson = say(19, "12:00", pfLounge, mireille, "Lesson learned: I'm checking #backer-questions every "
                + "morning from now on.");
        re(19, "12:20", yara, miLesson, "Same. I open it before I open the lounge.");
    }

    private void press() {
        // W46
        Post esBox = say(1, "09:00", hlNews, esperanza, "November book box is packed and posts Wednesday: a Cornish "
                + "debut novella, a poetry pamphlet and a bar of sea-salt fudge from next door.");
        Post inBox = re(1, "09:30", ingeborg, esBox, "The fudge is the real draw, let's be honest.");
        re(1, "09:40", esperanza, inBox, "We won't tell the poets.");
        Post raJoin = say(2, "10:00", hlAsk, rashida, "Just subscribed! If I joined mid-month, do I still get the "
                + "November box?");
        Post keJoin = re(2, "10:30", kezia, raJoin, "Welcome Rashida! Anyone who joins before the 15th gets that "
                + "month's box, so November is yours.");
        re(2, "10:40", rashida, keJoin, "Perfect, thank you!");
        Post beLength = say(3, "11:00", hlSubs, benedikt, "For the novella window, is 28,000 words too long? The "
                + "guidelines say 15-30k.");
        Post flLength = re(3, "11:30", florian, beLength, "Within the range, so you're fine. We'd rather read a "
                + "tight 28k than a padded 30k.");
        re(3, "11:45", benedikt, flLength, "Tight it is, I'll trim the middle section.");
        Post inEnding = say(4, "14:00", hlClub, ingeborg, "Book club met last night about The Estuary Year. Split "
                + "down the middle on the ending!");
        Post taEnding = re(4, "14:30", tamsin, inEnding, "As the author I promise it was meant to split people. "
                + "Which side were you on?");
        Post inSide = re(4, "14:50", ingeborg, taEnding, "Team ambiguous. Two of the group want a sequel.");
        re(4, "15:10", tamsin, inSide, "Tell them there's a short story coming in the spring anthology.");
        say(5, "10:00", hlNews, kezia, "Author evening with Tamsin Pengelly on Thursday 27 November at the shop. "
                + "Free, tickets here: harbourlanebooks.example/events/pengelly");
        Post inClub = say(5, "16:00", hlAsk, ingeborg, "I recommended the box to my whole book club and three of "
                + "them have signed up. Do they get the welcome postcard set too?");
        re(5, "16:30", kezia, inClub, "They do, and thank you Ingeborg! There'll be a little thank-you in your next "
                + "box.");
        Post raTide = say(6, "12:00", hlClub, rashida, "Reading the poetry pamphlet from the box. The tide poem is "
                + "beautiful, who wrote it?");
        Post flTide = re(6, "12:30", florian, raTide, "Nell Tregarthen, it's her first pamphlet. We're hoping to do "
                + "a full collection with her next year.");
        re(6, "12:45", rashida, flTide, "I'd preorder that in a heartbeat.");
        // W47: the submission window fills Florian's week while a subscriber's question to him waits
        Post inTranslation = say(8, "10:00", hlAsk, ingeborg, "@Florian Baptiste is the Norwegian translation still "
                + "coming out in January? My book club wants to plan February around it.");
        Post beSynopsis = say(8, "11:00", hlSubs, benedikt, "Do you want the synopsis in the same file as the "
                + "sample, or separate?");
        Post flSynopsis = re(8, "11:20", florian, beSynopsis, "Separate please, both as PDFs.");
        re(8, "11:30", benedikt, flSynopsis, "Will do.");
        Post emBlog = say(9, "10:00", hlSubs, emeka, "Can we submit a novella that's been serialised on my blog?");
        Post flBlog = re(9, "10:30", florian, emBlog, "Yes, if you take it down while we read. Previously published "
                + "in print is a no, though.");
        re(9, "10:45", emeka, flBlog, "Taking it down tonight, thanks.");
        Post beMidnight = say(10, "15:00", hlSubs, benedikt, "Does the window close at midnight on the 30th or at the "
                + "end of the working day?");
        Post flMidnight = re(10, "15:20", florian, beMidnight, "Midnight UK time. Don't leave it that late though, "
                + "the form gets slow.");
        re(10, "15:30", benedikt, flMidnight, "Noted!");
        say(11, "10:00", hlNews, esperanza, "The submission window closes on 30 November. 140 novellas so far, thank "
                + "you all.");
        Post emFeedback = say(11, "14:00", hlSubs, emeka, "Do you give feedback on submissions you turn down?");
        Post flFeedback = re(11, "14:30", florian, emFeedback, "Not on every one, sadly, there are only two of us "
                + "reading. We do for anything that reaches the final twenty.");
        re(11, "14:40", emeka, flFeedback, "Fair enough, that's generous already.");
        Post taReading = say(12, "16:00", hlClub, tamsin, "If you're coming on Thursday week, I'll be reading from "
                + "the new short story too.");
        Post raReading = re(12, "16:20", rashida, taReading, "Booked! Will there be signed copies of The Estuary "
                + "Year?");
        Post taSigned = re(12, "16:40", tamsin, raReading, "Yes, and if you can't make it the shop does signed "
                + "copies online: harbourlanebooks.example/estuary-year-signed");
        re(12, "16:50", rashida, taSigned, "Coming in person, can't wait.");
        re(13, "10:00", ingeborg, inTranslation, "Still hoping for an answer on the January translation, even a "
                + "rough idea would help us plan.");
        Post beDone = say(13, "14:00", hlSubs, benedikt, "Submitted! Good luck, everyone.");
        re(13, "14:20", florian, beDone, "Got it, thank you Benedikt.");
        // W48
        Post flTranslation = re(16, "09:00", florian, inTranslation, "Ingeborg, I'm so sorry, this got buried under "
                + "submissions. Yes, 15 January, and there'll be a discussion guide for book clubs.");
        re(16, "09:20", ingeborg, flTranslation, "Wonderful, thank you! February sorted.");
        say(16, "10:00", hlNews, kezia, "December book box: the last day to change your delivery address is 1 "
                + "December.");
        Post raTorn = say(17, "11:00", hlAsk, rashida, "My November box came with a torn pamphlet cover. Can you "
                + "replace it?");
        Post keTorn = re(17, "11:20", kezia, raTorn, "Of course, sorry about that! A fresh one goes in the post "
                + "today.");
        re(17, "11:30", rashida, keTorn, "Thank you, that's so quick.");
        Post inEvening = say(18, "21:00", hlClub, ingeborg, "Tamsin's evening was lovely, the new story made me "
                + "cry.");
        re(18, "21:20", tamsin, inEvening, "Thank you for coming, and for bringing half your book club!");
        say(19, "10:00", hlNews, esperanza, "Thank you to everyone who came to Tamsin's evening. Next up: a "
                + "translators' panel on 11 December.");
        Post emDone = say(19, "11:00", hlSubs, emeka, "Submitted mine too, fingers crossed.");
        re(19, "11:20", florian, emDone, "Received, thank you Emeka. We aim to reply by March.");
        Post raWinter = say(20, "15:00", hlClub, rashida, "Read anything good this week? I need a winter read.");
        Post inWinter = re(20, "15:30", ingeborg, raWinter, "The Estuary Year, obviously. Or Tove Jansson for "
                + "winter.");
        re(20, "15:45", rashida, inWinter, "Jansson! Good call, the shop has The Summer Book.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes109Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 109");
    }
}
