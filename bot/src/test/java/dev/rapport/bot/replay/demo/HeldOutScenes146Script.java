package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 146 (sealed): eight communities of board games, puzzles and the games trade, of kinds no earlier
 * round used (freelance rules editors and rulebook writers, Errata &amp; Co, with a room where designers and
 * publishers ask, an offer-your-services room, a new editor's priced "DM me" under a designer's playtest news and an
 * editor who spends a week with fellow editors building a free shared glossary of rules terms for the trade while the
 * designer whose rulebook she edited last spring and a publisher he sent her wait; board-game insert and organiser
 * makers, Snug Fit Inserts, with a room where gamers ask what fits their game, a for-sale room, a foamcore-template
 * maker who plugs her templates twice and a maker who scatters her new shop link into three rooms; a card-game
 * publisher's own server, Thistlewick Games, with its Team and Customers, a community manager away who said so, a
 * customer's DM about a postcode, a new customer who asks two rooms to like and subscribe to his video and a
 * fulfilment man who leaves an advocate's missing card; a puzzle-hunt team, Red Herring Society, where nobody sells,
 * with an introduction, a newcomer taught on three days who talks it through, a member away hiking who said so, a
 * captain's sign-up sheet posted three times and a solver who talks about himself for a week; murder-mystery party
 * game writers, Clue &amp; Candlestick, with a room where pubs, a school PTA and party hosts ask, a new-releases room,
 * a writer who posts eleven updates on his new game to nobody and a writer's DM pitch to a newcomer; a postal
 * board-game lending library's own server, Meeple Post Library, with its Staff and Customers, two DMs, a member who
 * plugs his solo campaign book twice and an owner who answers a member's chat question a day and more later;
 * how-to-play video makers, Teach Table, with a room where publishers and designers ask, a plugs room, a maker who
 * posts five of his links in six minutes, a maker who drops her reel into the publishers' room and a maker who serves
 * clients beside her peers; solo board gamers, Table for One, where nobody sells, with a session-reports room, copied
 * mentions and a player helped on four days who says only thanks and leaves a helper's question), over three ISO
 * weeks (2034-W37 to W39), written and labelled by writer146 (session 66) before any coach ran on them. The labels are
 * in {@code bot/src/test/resources/eval/held-out-scenes-146.csv}. Run {@link #main} from the project root to write
 * the export again.
 */
final class HeldOutScenes146Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2034, 9, 11);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2034, 10, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-146";
    private static final int BASE = 114800;

    // --- A. freelance rules editors and rulebook writers ---
    private final String errata = cast.guild(1741);
    private final Channel aeLounge = cast.channel(errata, "Errata & Co", "editors-lounge",
            "rules editors and rulebook writers among ourselves: style, tools, the trade", "ae-editors-lounge.json");
    private final Channel aeAsks = cast.channel(errata, "Errata & Co", "designer-asks",
            "designers and publishers ask about rulebooks; editors reply", "ae-designer-asks.json");
    private final Channel aeOffer = cast.channel(errata, "Errata & Co", "offer-your-services",
            "editors post their open slots and rates", "ae-offer-your-services.json");
    private final Persona henrietta = cast.person("henrietta.quarles", "Henrietta Quarles");
    private final Persona ottoline = cast.person("ottoline.brisco", "Ottoline Brisco");
    private final Persona lucan = cast.person("lucan.merriweather", "Lucan Merriweather");
    private final Persona crispian = cast.person("crispian.yelland", "Crispian Yelland");
    private final Persona ambrose = cast.person("ambrose.penhaligon", "Ambrose Penhaligon");
    private final Persona sibylla = cast.person("sibylla.marchetti", "Sibylla Marchetti");
    private final Persona nell = cast.person("nell.ashdown", "Nell Ashdown");
    private final Persona tobias = cast.person("tobias.wren", "Tobias Wren");

    // --- B. board-game insert and organiser makers ---
    private final String snug = cast.guild(1742);
    private final Channel bWork = cast.channel(snug, "Snug Fit Inserts", "workbench",
            "insert and organiser makers among ourselves: laser settings, foamcore, printing, suppliers",
            "sf-workbench.json");
    private final Channel bWhich = cast.channel(snug, "Snug Fit Inserts", "which-insert",
            "gamers ask what fits their game; makers reply", "sf-which-insert.json");
    private final Channel bSale = cast.channel(snug, "Snug Fit Inserts", "for-sale",
            "makers list inserts and organisers for sale", "sf-for-sale.json");
    private final Persona wilhelmina = cast.person("wilhelmina.tresize", "Wilhelmina Tresize");
    private final Persona gethin = cast.person("gethin.ormsby", "Gethin Ormsby");
    private final Persona marigold = cast.person("marigold.pellow", "Marigold Pellow");
    private final Persona rhodri = cast.person("rhodri.blackmore", "Rhodri Blackmore");
    private final Persona kasimir = cast.person("kasimir.dunleavy", "Kasimir Dunleavy");
    private final Persona philomena = cast.person("philomena.garside", "Philomena Garside");
    private final Persona ezekiel = cast.person("ezekiel.marsh", "Ezekiel Marsh");
    private final Persona juniper = cast.person("juniper.aldous", "Juniper Aldous");

    // --- C. a card-game publisher's own server ---
    private final String thistle = cast.guild(1743);
    private final Role tgTeam = cast.role("Team", "#27ae60", 2);
    private final Role tgCustomer = cast.role("Customer", "#95a5a6", 1);
    private final Channel cNews = cast.channel(thistle, "Thistlewick Games", "announcements",
            "news from the Thistlewick team: releases, reprints, events", "tg-announcements.json");
    private final Channel cRules = cast.channel(thistle, "Thistlewick Games", "rules-questions",
            "players: rules questions, missing pieces and orders; the team replies", "tg-rules-questions.json");
    private final Channel cLounge = cast.channel(thistle, "Thistlewick Games", "players-lounge",
            "players chat: strategies, game nights, photos", "tg-players-lounge.json");
    private final Persona ignatia = cast.person("ignatia.fairclough", "Ignatia Fairclough", tgTeam);
    private final Persona barnabas = cast.person("barnabas.quill", "Barnabas Quill", tgTeam);
    private final Persona odalys = cast.person("odalys.brennan", "Odalys Brennan", tgTeam);
    private final Persona cedric = cast.person("cedric.hollinshead", "Cedric Hollinshead", tgCustomer);
    private final Persona leopold = cast.person("leopold.ashworth", "Leopold Ashworth", tgCustomer);
    private final Persona valeska = cast.person("valeska.moon", "Valeska Moon", tgCustomer);
    private final Persona peregrine = cast.person("peregrine.tully", "Peregrine Tully", tgCustomer);
    private final Persona thomasina = cast.person("thomasina.reeve", "Thomasina Reeve", tgCustomer);
    private final Channel cDm = cast.dm(thomasina, "tg-dm-thomasina-reeve.json");

    // --- D. a puzzle-hunt team ---
    private final String herring = cast.guild(1744);
    private final Channel dIntro = cast.channel(herring, "Red Herring Society", "introductions",
            "new members: introduce yourself", "rh-introductions.json");
    private final Channel dGen = cast.channel(herring, "Red Herring Society", "general",
            "team chat", "rh-general.json");
    private final Channel dPrep = cast.channel(herring, "Red Herring Society", "hunt-prep",
            "practice puzzles, tools and techniques", "rh-hunt-prep.json");
    private final Persona augustina = cast.person("augustina.pryce", "Augustina Pryce");
    private final Persona fenwick = cast.person("fenwick.aubrey", "Fenwick Aubrey");
    private final Persona ines = cast.person("ines.valderrama", "Ines Valderrama");
    private final Persona otto = cast.person("otto.lindgren", "Otto Lindgren");
    private final Persona marisol = cast.person("marisol.eckersley", "Marisol Eckersley");
    private final Persona jasper = cast.person("jasper.quennell", "Jasper Quennell");
    private final Persona clementine = cast.person("clementine.abara", "Clementine Abara");

    // --- E. murder-mystery party game writers ---
    private final String clue = cast.guild(1745);
    private final Channel eRoom = cast.channel(clue, "Clue & Candlestick", "writers-room",
            "murder-mystery game writers among ourselves: plots, clues, pricing, printers", "cc-writers-room.json");
    private final Channel eAsk = cast.channel(clue, "Clue & Candlestick", "hosts-ask",
            "party hosts, pubs and venues ask for games; writers reply", "cc-hosts-ask.json");
    private final Channel eNew = cast.channel(clue, "Clue & Candlestick", "new-releases",
            "writers: post your new games here", "cc-new-releases.json");
    private final Persona hyacinth = cast.person("hyacinth.lowther", "Hyacinth Lowther");
    private final Persona mortimer = cast.person("mortimer.skeffington", "Mortimer Skeffington");
    private final Persona rosalind = cast.person("rosalind.achebe", "Rosalind Achebe");
    private final Persona dashiell = cast.person("dashiell.crane", "Dashiell Crane");
    private final Persona elowen = cast.person("elowen.tremayne", "Elowen Tremayne");
    private final Persona gwendoline = cast.person("gwendoline.parr", "Gwendoline Parr");
    private final Persona ptolemy = cast.person("ptolemy.fitch", "Ptolemy Fitch");
    private final Persona saoirse = cast.person("saoirse.mulcahy", "Saoirse Mulcahy");
    private final Persona hattie = cast.person("hattie.brackenbury", "Hattie Brackenbury");
    private final Channel eDm = cast.dm(ptolemy, "cc-dm-ptolemy-fitch.json");

    // --- F. a postal board-game lending library's own server ---
    private final String meeple = cast.guild(1746);
    private final Role mpStaff = cast.role("Staff", "#8e44ad", 2);
    private final Role mpCustomer = cast.role("Customer", "#7f8c8d", 1);
    private final Channel fNews = cast.channel(meeple, "Meeple Post Library", "news",
            "new arrivals, postage days and library news", "mp-news.json");
    private final Channel fHelp = cast.channel(meeple, "Meeple Post Library", "help-desk",
            "members: swaps, missing pieces, postage; staff reply", "mp-help-desk.json");
    private final Channel fChat = cast.channel(meeple, "Meeple Post Library", "members-chat",
            "members chat: what you're playing, reviews, requests", "mp-members-chat.json");
    private final Persona leocadia = cast.person("leocadia.byrne", "Leocadia Byrne", mpStaff);
    private final Persona horace = cast.person("horace.nwachukwu", "Horace Nwachukwu", mpStaff);
    private final Persona imelda = cast.person("imelda.sotherby", "Imelda Sotherby", mpStaff);
    private final Persona fionnuala = cast.person("fionnuala.grey", "Fionnuala Grey", mpCustomer);
    private final Persona magnus = cast.person("magnus.tierney", "Magnus Tierney", mpCustomer);
    private final Persona wystan = cast.person("wystan.hale", "Wystan Hale", mpCustomer);
    private final Persona anouk = cast.person("anouk.dewit", "Anouk de Wit", mpCustomer);
    private final Persona kit = cast.person("kit.ferreira", "Kit Ferreira", mpCustomer);
    private final Channel fDmKit = cast.dm(kit, "mp-dm-kit-ferreira.json");
    private final Channel fDmFio = cast.dm(fionnuala, "mp-dm-fionnuala-grey.json");

    // --- G. how-to-play video makers ---
    private final String teach = cast.guild(1747);
    private final Channel gCorner = cast.channel(teach, "Teach Table", "creators-corner",
            "how-to-play and rules-teach video makers among ourselves: kit, editing, rates", "tt-creators-corner.json");
    private final Channel gReq = cast.channel(teach, "Teach Table", "publisher-requests",
            "publishers and designers ask for teach videos; creators reply", "tt-publisher-requests.json");
    private final Channel gPlugs = cast.channel(teach, "Teach Table", "channel-plugs",
            "post your new videos here", "tt-channel-plugs.json");
    private final Persona leontine = cast.person("leontine.marwood", "Leontine Marwood");
    private final Persona ciaran = cast.person("ciaran.devlin", "Ciaran Devlin");
    private final Persona mireille = cast.person("mireille.vasseur", "Mireille Vasseur");
    private final Persona oswin = cast.person("oswin.tarrant", "Oswin Tarrant");
    private final Persona benedikt = cast.person("benedikt.sauer", "Benedikt Sauer");
    private final Persona ravenna = cast.person("ravenna.cole", "Ravenna Cole");
    private final Persona hollis = cast.person("hollis.pemberton", "Hollis Pemberton");

    // --- H. solo board gamers ---
    private final String solo = cast.guild(1748);
    private final Channel hGen = cast.channel(solo, "Table for One", "general",
            "chat for solo board gamers", "t1-general.json");
    private final Channel hRep = cast.channel(solo, "Table for One", "session-reports",
            "post your solo plays here: what you played, how it went", "t1-session-reports.json");
    private final Channel hRules = cast.channel(solo, "Table for One", "rules-help",
            "stuck on a solo rule? ask here", "t1-rules-help.json");
    private final Persona perdita = cast.person("perdita.vance", "Perdita Vance");
    private final Persona emrys = cast.person("emrys.caldwell", "Emrys Caldwell");
    private final Persona sunniva = cast.person("sunniva.holt", "Sunniva Holt");
    private final Persona bartosz = cast.person("bartosz.lewandowski", "Bartosz Lewandowski");
    private final Persona yolanda = cast.person("yolanda.fairbairn", "Yolanda Fairbairn");
    private final Persona matthias = cast.person("matthias.oyelowo", "Matthias Oyelowo");
    private final Persona greer = cast.person("greer.mackintosh", "Greer Mackintosh");

    HeldOutScenes146Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        errataAndCo();
        snugFit();
        thistlewick();
        redHerring();
        clueAndCandlestick();
        meeplePost();
        teachTable();
        tableForOne();
    }

    /**
     * A. Errata &amp; Co: Henrietta quotes Tobias when he asks for an editor (day 2) and floats a shared glossary of
     * rules terms (day 5). Crispian joins on day 2 and answers Nell's playtest news with "£250 ..., DM me" (day 3);
     * Ottoline answers Nell's question with her free style sheet (day 4) and Lucan adds without a reply link. In W38
     * all eleven of Henrietta's messages are with Ottoline, Lucan and Crispian building the glossary, while Ambrose,
     * whose rulebook she edited last spring, asks her by mention (day 9) and chases (day 11, saying he sent Sibylla her
     * way), and Sibylla asks for her by name (day 10); Crispian answers Nell's question about prices (day 10).
     * Henrietta answers both with apologies on day 15. Lucan answers Tobias 21 hours late with an apology (day 17);
     * Crispian posts his rates in the offers room (day 17) and answers Nell when she asks him (day 19).
     */
    private void errataAndCo() {
        Post o1 = say(1, "09:10", aeLounge, ottoline, "Morning all. Anyone else seeing more publishers ask for a "
                + "'quick skim' and then send 40 pages?");
        Post h1 = re(1, "09:30", henrietta, o1, "Every week. I quote per page now and say in writing what a skim "
                + "covers, saves the awkward call later.");
        re(1, "09:45", lucan, h1, "Same. I send a one-page scope with the quote and ask them to tick it.");
        joins(2, "08:50", aeAsks, crispian);
        Post t1 = say(2, "10:00", aeAsks, tobias, "Can anyone recommend an editor for a 16-page rulebook? Co-op card "
                + "game, budget about £200, need it by mid October.");
        Post hT = re(2, "10:40", henrietta, t1, "Hi Tobias, I can do that. 16 pages is £190 for a full structural edit "
                + "plus one proofread after layout, and mid October works. Happy to do a sample page first so you can "
                + "see how I mark up.");
        re(2, "11:05", tobias, hT, "Perfect, sending you the PDF now. Thanks!");
        Post c0 = say(2, "12:00", aeLounge, crispian, "Hi all, Crispian here. Ten years editing manuals at an "
                + "engineering firm and now moving into game rules. Glad to be here.");
        Post oC = re(2, "12:20", ottoline, c0, "Welcome Crispian! Manuals are great training, you'll be used to "
                + "numbered steps.");
        re(2, "12:30", crispian, oC, "Ha, the numbered steps never leave you.");
        Post n1 = say(3, "14:00", aeAsks, nell, "Small milestone: my first prototype, Harbour Lights, just passed its "
                + "40th playtest and people still want to play it again after. Rulebook is next and I'm terrified 😅");
        re(3, "14:25", lucan, n1, "40 playtests is brilliant, well done!");
        n1.react("🎉", lucan, ottoline, henrietta);
        Post cr1 = re(3, "15:10", crispian, n1, "Congrats! When you get to the rulebook, I do full rules edits, £250 "
                + "for up to 24 pages, DM me.");
        re(3, "17:40", nell, cr1, "Oh, thanks, not quite there yet but I'll bear it in mind.");
        Post n2 = say(4, "09:15", aeAsks, nell, "Actually a rulebook question already: do you put 'may' and 'must' in "
                + "bold, or is that old fashioned? My playtesters keep missing which actions are optional.");
        Post oN = re(4, "09:50", ottoline, n2, "Not old fashioned at all. Pick one convention and keep it: I bold MUST "
                + "only, leave 'may' plain, and put a line about it on page 2. My free style sheet has the wording list "
                + "if it helps: ottolinebrisco.example/style-sheet");
        re(4, "10:05", nell, oN, "That's exactly what I needed, thank you!");
        say(4, "11:30", aeAsks, lucan, "Nell, on layout: put the optional actions in a side box as well, people skim "
                + "for boxes.");
        say(4, "11:50", aeAsks, nell, "Side boxes, noted. This server is great.");
        say(5, "10:00", aeOffer, ottoline, "October: two slots for full rules edits, one for a proof pass. Per-page "
                + "rates on ottolinebrisco.example/rates");
        Post hg = say(5, "16:00", aeLounge, henrietta, "Idea for the autumn: a free, shared glossary of rules terms for "
                + "the whole trade. Exhaust, discard, spend, round vs turn, with one recommended meaning each. Anyone "
                + "want to build it with me?");
        re(5, "16:20", lucan, hg, "Yes. I'd take the layout terms.");
        Post oG = re(5, "16:45", ottoline, hg, "Count me in, I've got a spreadsheet of 200 terms from past jobs.");
        re(5, "17:10", henrietta, oG, "Brilliant, bring it. Shall we start Monday?");
        Post t2 = say(6, "11:00", aeAsks, tobias, "@Henrietta Quarles got the sample back, the markup is so clear. "
                + "Booked!");
        re(6, "11:30", henrietta, t2, "Lovely, I'll send the contract today. Thanks Tobias.");

        // W38: the glossary week
        Post g1 = say(8, "09:00", aeLounge, henrietta, "Glossary day one. I've set up the shared doc, @Ottoline Brisco "
                + "can you paste your 200 terms in?");
        Post oG1 = re(8, "09:20", ottoline, g1, "Pasting now. Lots of duplicates, fair warning.");
        re(8, "09:40", henrietta, oG1, "Dupes are fine, we'll merge. @Lucan Merriweather do you want to take the "
                + "layout terms first?");
        say(8, "10:10", aeLounge, lucan, "On it. Panel, track, box, supply for starters.");
        Post am1 = say(9, "10:00", aeAsks, ambrose, "@Henrietta Quarles hi! You edited the Lantern Keep rulebook for me "
                + "last spring and it got so many compliments. I've got a 12-page expansion rulebook ready now, could "
                + "you fit it in before the end of October? Happy to pay the same rate.");
        Post g2 = say(9, "14:00", aeLounge, henrietta, "Merged the duplicates, we're at 143 terms. Exhaust has five "
                + "different meanings across the games you lot sent, amazing.");
        Post cG2 = re(9, "14:30", crispian, g2, "Manuals had the same problem with 'engage'. Could we list the "
                + "rejected meanings too?");
        re(9, "14:50", henrietta, cG2, "Yes, good shout, a 'don't use it to mean' column. Would you draft that for the "
                + "first twenty?");
        say(9, "15:05", aeLounge, crispian, "Will do.");
        Post sb1 = say(10, "11:00", aeAsks, sibylla, "Hello, I produce games at Dovetail Tabletop. Ambrose Penhaligon recommended "
                + "@Henrietta Quarles for rules editing. We have a 28-page rulebook for a January release; is Henrietta "
                + "taking work for November?");
        Post g3 = say(10, "12:00", aeLounge, henrietta, "Round vs turn is the hard one. Proposal: a round is everyone's "
                + "turn once through. Objections, or do you all agree?");
        Post oG3 = re(10, "12:30", ottoline, g3, "Agree, but add a note for games that don't go in turn order.");
        Post lG3 = re(10, "12:40", lucan, g3, "Agree.");
        re(10, "12:50", henrietta, lG3, "Settled then, thank you both. I'll write it up with Ottoline's note.");
        Post n4 = say(10, "15:00", aeAsks, nell, "What does a rules edit usually cost, roughly? Trying to budget for "
                + "next spring.");
        Post crN4 = re(10, "15:30", crispian, n4, "Depends on length and how rough the draft is. Mine is £250 for up to "
                + "24 pages, which is about the middle. Get two or three quotes with a sample page each.");
        re(10, "16:00", ottoline, crN4, "Agree with Crispian, £8-15 a page is the usual band.");
        Post am2 = re(11, "09:30", ambrose, am1, "@Henrietta Quarles just checking you saw this? No rush, I just need to tell "
                + "the printer. Also I pointed Sibylla at Dovetail your way, hope that's ok!");
        re(11, "10:00", henrietta, oG3, "Added your note, @Ottoline Brisco. Could you look at discard vs return to "
                + "supply tonight?");
        say(11, "19:00", aeLounge, ottoline, "Done, left comments on both.");
        Post n3 = say(12, "10:00", aeAsks, nell, "Another question: do people number their rules sections? 1.1, 1.2 "
                + "and so on? Feels very wargamey.");
        Post lN3 = re(12, "10:30", lucan, n3, "For a 16-page book I wouldn't, Nell. Clear headings and a good index do "
                + "more. Numbers help when an FAQ needs to point at a rule.");
        re(12, "10:45", nell, lN3, "That makes sense, thanks Lucan.");
        Post g4 = say(12, "15:00", aeLounge, henrietta, "Draft one of the glossary is up for comments. Thank you "
                + "@Lucan Merriweather @Ottoline Brisco @Crispian Yelland, you did the heavy lifting.");
        Post lG4 = re(12, "15:20", lucan, g4, "Looks great. Publish it on a neutral site so nobody thinks it's one "
                + "editor's.");
        Post hL = re(13, "09:00", henrietta, lG4, "Good point. I've asked the designers' guild if they'll host it. "
                + "@Lucan Merriweather, do you know anyone there?");
        Post lH = re(13, "09:30", lucan, hL, "Yes, I'll email Priya today.");
        Post cD = say(13, "09:40", aeLounge, crispian, "Twenty 'don't use it to mean' lines done.");
        re(13, "10:00", henrietta, cD, "Thank you Crispian, they're sharp.");
        re(14, "10:00", henrietta, lH, "Final tidy done, 162 terms. Thank you all, this was fun, and you made it "
                + "better than I'd have managed alone.");

        // W39
        Post hA = re(15, "08:30", henrietta, am2, "Ambrose, I'm so sorry, I was buried in a glossary project last week "
                + "and missed this. Yes, I can do the expansion before the end of October at the same rate; send it "
                + "whenever you're ready. And thank you for sending Sibylla my way.");
        Post hS = re(15, "08:40", henrietta, sb1, "Sibylla, apologies for the slow reply. November works for a 28-page "
                + "book. Could you send a sample spread and your style notes? I'll quote by Wednesday.");
        re(15, "09:30", ambrose, hA, "No worries at all! Sending it tonight.");
        re(15, "11:00", sibylla, hS, "Great, sample's on its way by email.");
        Post t3 = say(16, "14:00", aeAsks, tobias, "@Lucan Merriweather quick one before I send to the printer: is 8pt "
                + "too small for card text? My layout person says it's fine.");
        say(17, "10:00", aeOffer, crispian, "Rules edits and proof passes, taking bookings for November. £250 for up "
                + "to 24 pages, sample page free. DM me.");
        Post lT = re(17, "11:30", lucan, t3, "Sorry Tobias, I was at a convention all day yesterday. 8pt is the floor "
                + "for a clean font on a bridge-size card; go 9 if the text runs past three lines.");
        re(17, "11:45", tobias, lT, "Thanks, going 9.");
        Post oLive = say(18, "09:00", aeLounge, ottoline, "The glossary's live on the guild site and designers are "
                + "already linking to it. Nice work everyone.");
        oLive.react("🎉", henrietta, lucan, crispian);
        re(18, "09:20", henrietta, oLive, "So pleased. Next year, a style guide? 😄");
        Post n5 = say(19, "13:00", aeAsks, nell, "Harbour Lights rulebook draft is done! @Crispian Yelland you offered "
                + "a while back, are you still taking edits? Would love a quote.");
        re(19, "13:40", crispian, n5, "Congratulations! Yes, send it over and I'll send a quote with a sample page "
                + "tomorrow.");
    }

    /**
     * B. Snug Fit Inserts: Rhodri answers Kasimir's storage question with free advice first (day 1) and lists his
     * Spirit Island insert in #for-sale (day 2); Marigold posts her £4 foamcore template in the workbench (day 3) and
     * her Ark Nova template to the gamers' room unasked (day 5); Philomena, who bought an insert from Rhodri, asks him
     * about Dune (day 5) and is answered in 45 minutes; Wilhelmina lists two inserts in #for-sale (day 6). Ezekiel joins
     * on day 8 and asks how people store Wingspan; Gethin answers with his £26 organiser and its link. On day 9
     * Wilhelmina posts her new shop link into all three rooms within twelve minutes. Juniper asks for a recommendation
     * (day 10) and Gethin quotes. In W39 Rhodri answers Philomena in two hours and lists his Dune insert; Marigold lists
     * her templates in #for-sale.
     */
    private void snugFit() {
        Post r1 = say(1, "10:00", bWork, rhodri, "Anyone else's 3mm poplar gone up again? My supplier's added 12% since "
                + "July.");
        Post wR1 = re(1, "10:30", wilhelmina, r1, "Mine too. I've switched to the birch ply from the yard in Stroud, "
                + "slightly dearer but flatter sheets, fewer rejects.");
        re(1, "10:45", rhodri, wR1, "Flatter sheets would save me a fortune in burnt lids. Cheers.");
        Post k1 = say(1, "14:00", bWhich, kasimir, "What's the best way to store Spirit Island with both expansions? "
                + "The lid won't close.");
        Post rK1 = re(1, "14:40", rhodri, k1, "Lid won't close is the classic. Bin the cardboard punchboards if you "
                + "haven't, and bag the spirit panels flat. There are proper inserts too (mine's in #for-sale) but "
                + "try bags first, they get you most of the way for free.");
        re(1, "15:00", kasimir, rK1, "Binned the punchboards, lid closes now! Might still treat myself to an insert "
                + "for Christmas.");
        say(2, "09:00", bSale, rhodri, "Spirit Island + Jagged Earth + Branch & Claw insert, birch ply, holds sleeved "
                + "cards. £38 posted. rhodriblackmore.example/spirit-island");
        Post ge1 = say(2, "11:00", bWork, gethin, "Printing question: anyone tried the matte PLA from Filaform? Layer "
                + "lines look cleaner than the silk.");
        Post mG = re(2, "11:30", marigold, ge1, "Yes, love it, but it's brittle on thin walls under 1.2mm.");
        re(2, "11:45", gethin, mG, "Good to know, my walls are 1mm. I'll thicken them.");
        Post m1 = say(3, "10:00", bWork, marigold, "Finished my foamcore template for Terraforming Mars, all "
                + "expansions. £4 on my shop: marigoldpellow.example/tm-template");
        re(3, "10:20", wilhelmina, m1, "Ooh nice.");
        Post j1 = say(3, "16:00", bWhich, juniper, "Has anyone got tips for keeping Wingspan eggs from ending up all "
                + "over the box? They escape everything.");
        Post gJ = re(3, "16:30", gethin, j1, "A small screw-top jar works better than any insert, honestly. Or a pill "
                + "organiser if you want them split, but the eggs are all one colour, so: jar.");
        re(3, "16:45", juniper, gJ, "😂 jar it is, thanks");
        Post w1 = say(4, "09:30", bWork, wilhelmina, "Anyone got a good laser cleaning routine? My lens is fogging "
                + "after a couple of hours.");
        Post rW = re(4, "10:00", rhodri, w1, "Isopropyl on a lens tissue every morning, and check your air assist. "
                + "Fogging is usually smoke drifting back.");
        re(4, "10:20", wilhelmina, rW, "Air assist hose had come loose! Thank you.");
        say(5, "12:00", bWhich, marigold, "If anyone's fighting with Ark Nova storage, my foamcore template's £4.50 "
                + "here: marigoldpellow.example/ark-nova");
        Post p1 = say(5, "12:30", bWhich, philomena, "@Rhodri Blackmore the Spirit Island insert I bought from you in "
                + "the spring is still perfect, by the way. Do you do one for Dune Imperium?");
        Post rP = re(5, "13:15", rhodri, p1, "So glad it's holding up, Philomena! Dune is on my list for November; "
                + "I'll tag you when it's ready.");
        re(5, "13:20", philomena, rP, "Yes please!");
        say(6, "10:00", bSale, wilhelmina, "Everdell insert in walnut-stained ply, two left from the first batch, £45 "
                + "posted. DM me if you want one.");
        Post ge2 = say(6, "15:00", bWork, gethin, "For the printer folk: how do you pack printed organisers so the "
                + "clips don't snap in the post?");
        Post rG = re(6, "15:40", rhodri, ge2, "Wrap each tray in kraft paper and fill the gaps with shredded card. "
                + "Haven't had a snap since.");
        re(6, "16:00", gethin, rG, "Shredded card, genius, I've got sacks of it.");

        // W38
        joins(8, "09:00", bWhich, ezekiel);
        Post ez1 = say(8, "09:30", bWhich, ezekiel, "Just got Wingspan with both expansions and the box is chaos. How "
                + "do you lot store it?");
        Post gE = re(8, "10:00", gethin, ez1, "I make a printed organiser for exactly that: a tray per expansion's "
                + "cards, sleeved or not, and a food tray that comes out as a dish. £26 posted: "
                + "gethinormsby.example/wingspan");
        re(8, "10:30", kasimir, ez1, "Or sort by habitat into three deck boxes, that's what I do. Free and it works.");
        re(8, "11:00", ezekiel, gE, "Ooh, that looks tidy. Might go for it, thanks both.");
        Post wS = say(9, "09:00", bWork, wilhelmina, "My new shop is finally live 🎉 wilhelminatresize.example/shop");
        say(9, "09:06", bWhich, wilhelmina, "New shop is live for anyone waiting on an Everdell or Cascadia insert: "
                + "wilhelminatresize.example/shop");
        say(9, "09:12", bSale, wilhelmina, "All my inserts in one place now: wilhelminatresize.example/shop");
        Post rWs = re(9, "09:30", rhodri, wS, "Congrats! Site looks lovely.");
        wS.react("🎉", rhodri, marigold);
        re(9, "10:00", wilhelmina, rWs, "Thank you! Took me all summer.");
        Post j2 = say(10, "14:00", bWhich, juniper, "Can anyone recommend an insert for Ark Nova that fits sleeved "
                + "cards? Budget around £30.");
        re(10, "14:30", marigold, j2, "For sleeved Ark Nova I'd go printed rather than foamcore, foam gets tight once "
                + "sleeves go on. @Gethin Ormsby does one I think?");
        Post gJ2 = re(10, "15:00", gethin, j2, "I do, £28 posted, holds sleeved cards and keeps the zoo maps flat: "
                + "gethinormsby.example/ark-nova");
        re(10, "15:20", juniper, gJ2, "Ordered! Thanks both.");
        Post mg3 = say(11, "10:00", bWork, marigold, "Does anyone cut foamcore with a hot wire? My blades dull every "
                + "two boxes.");
        Post wM = re(11, "10:40", wilhelmina, mg3, "I tried a hot wire, it melts the paper facing. Snap-off blades, "
                + "snap often, cheaper in the long run.");
        re(11, "11:00", marigold, wM, "Snap often, fine, I'll stop being stingy with blades 😄");
        Post ez2 = say(12, "16:00", bWhich, ezekiel, "Gethin's Wingspan organiser arrived, brilliant. Setup takes three "
                + "minutes now.");
        re(12, "16:30", gethin, ez2, "Great to hear Ezekiel, enjoy!");
        Post rd = say(13, "10:00", bWork, rhodri, "Anyone done a Dune Imperium insert yet? Those leader boards are "
                + "huge.");
        Post gR = re(13, "10:30", gethin, rd, "I've measured one: leaders are 88 x 125. Leave 2mm each side.");
        re(13, "10:40", rhodri, gR, "Legend, thank you.");

        // W39
        Post p2 = say(15, "10:00", bWhich, philomena, "@Rhodri Blackmore any news on the Dune insert? I've got a games "
                + "weekend on the 7th.");
        Post rP2 = re(15, "12:00", rhodri, p2, "Prototype cut yesterday! I'll post you one to test, free, if you'll "
                + "tell me what's wrong with it.");
        re(15, "12:15", philomena, rP2, "Deal!");
        say(16, "09:00", bSale, rhodri, "Dune Imperium insert, first batch of 10, £42 posted. "
                + "rhodriblackmore.example/dune");
        Post k3 = say(16, "15:00", bWhich, kasimir, "Any tips for Cascadia tiles? The bag is a mess.");
        Post wK = re(16, "15:30", wilhelmina, k3, "Stack them in four columns of 20 and sweep them into the bag at "
                + "setup. A takeaway box does it nicely too.");
        re(16, "15:40", kasimir, wK, "takeaway box it is 😄");
        Post mMat = say(17, "10:00", bWork, marigold, "Finally caved and bought a cutting mat the size of the table. "
                + "Life changed.");
        re(17, "10:20", rhodri, mMat, "Welcome to the big-mat club.");
        Post ez3 = say(18, "14:00", bWhich, ezekiel, "Does anyone know if Gethin's Wingspan trays fit the Oceania "
                + "expansion too?");
        re(18, "14:30", gethin, ez3, "They do, Oceania's nectar has its own slot.");
        say(19, "11:00", bSale, marigold, "Foamcore templates for Ark Nova, Terraforming Mars and Everdell, £4-5 each: "
                + "marigoldpellow.example/templates");
    }

    /**
     * C. Thistlewick Games: the team answers rules and damage questions in W37 (Ignatia day 2, Barnabas day 3);
     * Leopold says his games group bought four copies on his word (day 4); Odalys says on day 5 she is on leave days
     * 8-12. Pre-orders open in #announcements on day 8. Cedric asks Odalys by mention on day 9, Ignatia answers within
     * the hour and Odalys adds on day 13. Peregrine joins on day 8 and asks the lounge (day 10) and #rules-questions
     * (day 12) to like and subscribe to his video. Thomasina joins on day 9 and DMs Barnabas a postcode change (day
     * 10), answered in 40 minutes. On day 16 Leopold asks Barnabas by mention for a missing fox card and chases on day
     * 18; Barnabas posts a shipping note (day 17) and chats about league night (days 17-19) but never answers him.
     */
    private void thistlewick() {
        say(1, "09:00", cNews, ignatia, "Morning all! The Hedgerow expansion has gone to the printer 🎉 Pre-orders open "
                + "on the 18th; we'll post the link here then.");
        Post ce1 = say(1, "10:30", cLounge, cedric, "Played four-player Thistlewick last night and the fox card swung "
                + "the whole game. Is the fox overpowered or did we do it wrong?");
        Post vC = re(1, "11:00", valeska, ce1, "It's strong, but you can only play it with two hedgehogs out. Did "
                + "you do that bit?");
        re(1, "11:20", cedric, vC, "...we did not do that bit 🙈 thanks");
        Post le1 = say(2, "14:00", cRules, leopold, "Quick one: when the badger blocks a path, can a burrowing card "
                + "still go under it?");
        Post iL = re(2, "14:30", ignatia, le1, "Yes! Burrowing ignores blockers, that's the whole point of the mole. "
                + "We'll add it to the FAQ.");
        re(2, "14:45", leopold, iL, "Brilliant, that settles a family argument.");
        Post va1 = say(3, "10:00", cRules, valeska, "My new copy arrived with a crushed corner and two bent cards. Who "
                + "do I talk to?");
        Post bV = re(3, "10:20", barnabas, va1, "Sorry about that, Valeska! Can you send a photo of the corner? I'll "
                + "post replacement cards today, and a new box if it's bad.");
        Post vB = re(3, "10:40", valeska, bV, "Photo sent. Thanks, that was quick.");
        re(3, "16:00", barnabas, vB, "Replacements are in the post, with you by Friday.");
        Post le2 = say(4, "12:00", cLounge, leopold, "Our games group has gone full Thistlewick. I got four of them "
                + "to buy a copy after the last session 😄");
        re(4, "12:15", ignatia, le2, "That's amazing Leopold, thank you! Tell them to come and say hi here.");
        Post od1 = say(5, "09:00", cLounge, odalys, "Heads up, I'm on leave Monday 18th to Friday 22nd, so league "
                + "night questions to @Ignatia Fairclough while I'm away.");
        re(5, "09:30", cedric, od1, "Have a good break!");
        Post vPh = say(6, "19:00", cLounge, valeska, "Photo from our café's games night: six tables of Thistlewick!");
        vPh.react("😍", ignatia, odalys, cedric);
        Post oV = re(6, "19:20", odalys, vPh, "This is brilliant, can we share it on our socials?");
        re(6, "19:40", valeska, oV, "Of course!");

        // W38
        joins(8, "08:30", cLounge, peregrine);
        say(8, "09:00", cNews, ignatia, "Hedgerow pre-orders are open! £18, ships in November: "
                + "thistlewick.example/hedgerow");
        joins(9, "08:00", cLounge, thomasina);
        Post ce2 = say(9, "10:00", cLounge, cedric, "@Odalys Brennan are we still doing league night on the 28th? Want "
                + "to book the room at our club.");
        Post iC = re(9, "10:40", ignatia, ce2, "Yes, the 28th is on! Odalys will post the details when she's back, "
                + "but go ahead and book the room.");
        re(9, "10:50", cedric, iC, "Done, thanks!");
        say(10, "11:00", cLounge, peregrine, "Hey all, made a video on Thistlewick's solo mode! Please like and "
                + "subscribe, I'm trying to get to 500 subs: vidtube.example/peregrinetully/thistlewick-solo");
        Post th1 = say(10, "12:00", cDm, thomasina, "Hi, I pre-ordered Hedgerow yesterday but put the wrong postcode "
                + "in. Can you change it? Order TW-4471.");
        Post bT = re(10, "12:40", barnabas, th1, "Hi Thomasina, all changed, you'll get a new confirmation email "
                + "shortly.");
        re(10, "12:50", thomasina, bT, "Thank you so much!");
        Post le3 = say(11, "15:00", cRules, leopold, "Do the Hedgerow cards fit the original box insert? Asking for my "
                + "group.");
        re(11, "15:30", ignatia, le3, "They do! Same size, they go in the second well.");
        say(12, "09:30", cRules, peregrine, "If anyone's stuck on the timing rule, my video covers it, a sub would "
                + "really help: vidtube.example/peregrinetully/thistlewick-solo");
        Post od2 = say(13, "09:00", cLounge, odalys, "Back! League night on the 28th: 7pm, Mill Street Social Club, £3 "
                + "on the door. Thanks for holding the fort @Ignatia Fairclough.");
        re(13, "09:20", odalys, ce2, "@Cedric Hollinshead sorry I missed this while I was away, glad Ignatia had it "
                + "covered. See you on the 28th!");
        re(13, "09:40", cedric, od2, "See you there!");
        Post vCaf = say(14, "16:00", cLounge, valeska, "The café's ordered 6 copies of Hedgerow for our games library "
                + "🎉");
        re(14, "16:20", barnabas, vCaf, "That's great, Valeska, I'll make sure they go out in the first wave.");

        // W39
        say(15, "09:00", cNews, ignatia, "Pre-order update: 1,200 copies of Hedgerow claimed, thank you! Shipping is "
                + "on track for November.");
        Post th2 = say(15, "10:00", cLounge, thomasina, "First time posting here. Is there a beginners' bit at league "
                + "night? I've only played twice.");
        re(15, "10:20", odalys, th2, "Yes! The first hour of every league night is teach-and-play. Come along!");
        Post le4 = say(16, "10:00", cRules, leopold, "@Barnabas Quill one of the copies my group bought is missing the "
                + "fox card. Could you send one? Happy to send a photo of the box.");
        say(17, "07:30", cNews, barnabas, "Shipping note: the courier's running a day late this week, so orders placed "
                + "Friday go out on Tuesday.");
        Post ce3 = say(17, "18:00", cLounge, cedric, "Anyone up for a Thistlewick draft at league night tomorrow?");
        Post bCe = re(17, "18:30", barnabas, ce3, "I'll bring a cube, if Ignatia lets me take one from the stockroom "
                + "😄");
        re(17, "19:00", ignatia, bCe, "Take two.");
        re(18, "11:00", leopold, le4, "@Barnabas Quill just bumping this, my mate's a bit gutted. Still missing the "
                + "fox.");
        say(18, "15:00", cLounge, barnabas, "Two draft cubes packed for tonight, see you all at Mill Street!");
        Post ce4 = say(19, "10:00", cLounge, cedric, "Great league night, 22 players! Thanks @Odalys Brennan and "
                + "@Barnabas Quill");
        ce4.react("🙌", valeska, ignatia);
        re(19, "10:20", odalys, ce4, "Thanks for coming, Cedric!");
        re(19, "10:30", barnabas, ce4, "Cheers, great night.");
        Post va2 = say(20, "09:00", cRules, valeska, "Are the promo cards from league night legal in tournament "
                + "play?");
        re(20, "09:30", ignatia, va2, "Yes, all our promos are tournament legal.");
    }

    /**
     * D. Red Herring Society (nobody sells): Jasper says on day 1 he is hiking without signal until Sunday; Augustina
     * asks him by mention on day 3 and he answers on day 8. Marisol joins and introduces herself with her solving blog
     * (day 2); she is taught on days 2, 4 and 6 by Ines (four tool links in one answer), Augustina and Otto, answers
     * back and reports her solves. Otto answers Clementine's question by pinning the sheet and saying so, without a
     * reply link (day 3). In W38 Augustina posts the team sign-up sheet in #general on days 8, 10 and 13 as its places
     * fill; Fenwick's seven messages are about his own times, streak, pitch and notebook.
     */
    private void redHerring() {
        Post j0 = say(1, "18:00", dGen, jasper, "Off grid hiking in the Cairngorms until Sunday, no signal. Save me "
                + "some metas!");
        re(1, "18:20", augustina, j0, "Have fun! Don't fall off anything.");
        joins(2, "09:00", dIntro, marisol);
        Post mi = say(2, "09:30", dIntro, marisol, "Hi! I'm Marisol. I've done a couple of online hunts solo and "
                + "fancied a team. I blog my solves (badly) at marisoleckersley.example/solves. Mostly good at word "
                + "puzzles, terrible at music ones.");
        Post aM = re(2, "09:50", augustina, mi, "Welcome Marisol! Word puzzles are gold, our music person is Otto.");
        re(2, "10:05", ines, mi, "Welcome! Come over to #hunt-prep, there are practice ones up.");
        re(2, "10:15", marisol, aM, "Thanks both! Heading over.");
        Post ma1 = say(2, "11:00", dPrep, marisol, "What tools does everyone use for anagrams and pattern matching? "
                + "I've been doing them by hand 😬");
        Post iM = re(2, "11:20", ines, ma1, "Oh you'll love these: nutri.example for word searches with patterns, "
                + "qat.example for crossings, anagram.example for anagrams, and our own sheet of tricks at "
                + "tricks.example/red-herring. Start with nutri.");
        Post mI = re(2, "11:45", marisol, iM, "Just tried nutri on yesterday's clue and cracked it in a minute. Is "
                + "there a way to limit it to phrases?");
        re(2, "12:00", ines, mI, "Yes, put a space in the pattern and it treats it as a word break.");
        Post au1 = say(3, "10:00", dGen, augustina, "@Jasper Quennell when you're back, could you take the cryptic meta for the "
                + "October hunt?");
        say(3, "14:00", dPrep, clementine, "@Otto Lindgren where's the index spreadsheet you mentioned? The one that "
                + "pulls out the letters automatically.");
        say(3, "19:00", dPrep, otto, "The extraction sheet is pinned now, top of the channel. Make a copy before you "
                + "edit it.");
        say(3, "19:10", dPrep, clementine, "Got it, thanks!");
        Post ma2 = say(4, "11:00", dPrep, marisol, "Stuck on practice puzzle 3, the one with the flags. Is it "
                + "semaphore?");
        Post aM2 = re(4, "11:40", augustina, ma2, "Good instinct, but look at the colours first.");
        Post mA = re(4, "12:10", marisol, aM2, "Colours → resistor code → digits → letters! Got it: PINEAPPLE.");
        re(4, "12:20", augustina, mA, "Yes!! Nicely done.");
        Post f0 = say(5, "20:00", dGen, fenwick, "Anyone doing the Thursday crossword tournament?");
        re(5, "20:30", otto, f0, "Might do. Last year's was brutal.");
        Post ma3 = say(6, "10:00", dPrep, marisol, "Music question for @Otto Lindgren: how do you find the notes when "
                + "there's no clef?");
        Post oM = re(6, "11:00", otto, ma3, "Assume treble, then check whether the letters make words. If not, try "
                + "bass. Nine times out of ten it's treble.");
        re(6, "11:30", marisol, oM, "Ah, trial and error. I'll try both on the practice one and report back.");
        Post mC = say(6, "14:00", dPrep, marisol, "Treble worked, it spells CADENCE 🎶");
        mC.react("👏", otto, ines);

        // W38
        Post jA = re(8, "09:00", jasper, au1, "Back, and sunburnt somehow. Yes, happy to take the cryptic meta, "
                + "@Augustina Pryce!");
        re(8, "09:15", augustina, jA, "Perfect, thank you!");
        say(8, "10:00", dGen, augustina, "Hunt weekend is the 23rd-24th. Team sign-up sheet, three places left: "
                + "signup.example/red-herring-oct");
        Post f1 = say(9, "19:00", dGen, fenwick, "Finally finished the Listener crossword this week. I got it in under "
                + "two hours, my best time ever. I'm on a streak now, I've solved it four weeks in a row.");
        Post cF = re(9, "19:20", clementine, f1, "Well done!");
        re(9, "19:30", fenwick, cF, "Thanks! I think my secret is I do the long answers first. My method is always to "
                + "fill the edges, then I work in. I've done it my way since I was twelve.");
        say(10, "08:00", dGen, augustina, "Two places left on the hunt weekend sign-up: "
                + "signup.example/red-herring-oct");
        Post oP = say(10, "12:00", dPrep, otto, "New practice puzzle up: Lost Chords. Music, sorry Marisol 😄");
        re(10, "12:30", marisol, oP, "I'll take it as a challenge!");
        re(10, "18:00", fenwick, oP, "I solved Lost Chords in twelve minutes. I've got perfect pitch, so I could hear "
                + "the answer in my head. My music teacher always said I'd be good at this.");
        re(11, "09:00", marisol, oP, "Took me an hour but I got it, thanks Otto! The treble trick worked again.");
        Post f4 = say(11, "20:00", dGen, fenwick, "I've been thinking I should set my own hunt next year. I've got "
                + "loads of ideas, my notebook is full. I reckon my metas would be harder than anything we've done.");
        Post iF = re(11, "20:15", ines, f4, "Go for it, we'd testsolve.");
        re(11, "20:30", fenwick, iF, "Thanks. I'd want to do it my way though, I've got a style. My favourite is the "
                + "one I wrote last year about my grandad's pub. I still think it's my best.");
        Post f6 = say(12, "19:00", dGen, fenwick, "Also I've been asked to join a second team for the MIT hunt. I'm not "
                + "sure I have time but it's nice to be asked. I'm quite in demand apparently 😄");
        re(12, "19:10", clementine, f6, "Ha, popular!");
        Post au3 = say(13, "08:00", dGen, augustina, "Last place on the hunt weekend sign-up, after that we're full: "
                + "signup.example/red-herring-oct");
        Post mAu = re(13, "08:30", marisol, au3, "Nabbed it! So excited.");
        re(13, "09:00", augustina, mAu, "Welcome aboard, that's us full 🎉");
        Post cl2 = say(14, "14:00", dPrep, clementine, "Practice mini-meta anyone? I'll post the feeders tonight.");
        re(14, "14:30", fenwick, cl2, "I'll do it. I'm usually fastest on metas, I'll probably have it before my "
                + "dinner.");

        // W39
        Post cl3 = say(15, "19:00", dPrep, clementine, "Mini-meta answer thread: what did everyone get?");
        re(15, "19:20", marisol, cl3, "LIGHTHOUSE, took me ages to see the first letters were the key.");
        re(15, "19:40", ines, cl3, "Same! Lovely construction, Clementine.");
        Post au4 = say(16, "10:00", dGen, augustina, "Hunt weekend logistics: we'll use the voice channel and the "
                + "shared sheet. Who's bringing snacks to mine for the in-person lot?");
        re(16, "10:30", jasper, au4, "Me, I'll do a snack run Friday.");
        re(16, "11:00", otto, au4, "I'll bring the big monitor.");
        Post fQ = say(17, "20:00", dGen, fenwick, "How's everyone else preparing for the weekend? Anything you'd like "
                + "me to bring, @Augustina Pryce?");
        Post aF = re(17, "20:15", augustina, fQ, "Could you bring your printer? Paper puzzles are a pain on screens.");
        re(17, "20:30", fenwick, aF, "Will do, and I'll bring spare ink. Marisol, want a lift? You're on my way.");
        Post mF = say(17, "20:45", dGen, marisol, "Yes please Fenwick, that'd be lovely!");
        mF.react("👍", fenwick);
        say(19, "09:00", dPrep, ines, "Last practice puzzle before the hunt is up. Good luck everyone!");
    }

    /**
     * E. Clue &amp; Candlestick: pricing talk among writers (day 1). Gwendoline asks Rosalind by mention on day 2 at
     * 15:00; Rosalind answers on day 3 at 13:00 with an apology and a price. Hattie asks for a recommendation (day 3)
     * and Hyacinth offers her school game with its link; Dashiell points to it. Saoirse, who has hosted three of
     * Dashiell's games and sent her book club to him, asks him (day 5) and hears back in 40 minutes. Hyacinth posts a
     * release in #new-releases (day 6). In W38 Mortimer posts eleven updates on his new game to nobody in the writers'
     * room and #hosts-ask, and his release in #new-releases (day 14). Ptolemy joins on day 8 and says on day 9 he is
     * just lurking; Elowen DMs him a £28 priced offer that evening. In W39 Ptolemy asks for a recommendation and buys
     * Elowen's game; Mortimer talks with Dashiell.
     */
    private void clueAndCandlestick() {
        Post da1 = say(1, "10:00", eRoom, dashiell, "How are people pricing printable games now? I'm at £22 for 8 "
                + "players and wondering if that's low.");
        Post hD = re(1, "10:30", hyacinth, da1, "£22 is about right for printable. Boxed is another world. I'd add a £6 "
                + "extra-suspects pack rather than raise the base.");
        re(1, "10:45", mortimer, da1, "Agree with Hyacinth. I tried £30 and sales halved.");
        re(1, "11:00", dashiell, hD, "Extra-suspects pack, I like that. Thanks both.");
        Post gw1 = say(2, "15:00", eAsk, gwendoline, "@Rosalind Achebe a regular told me you write games for pubs. We "
                + "want a murder-mystery night for about 30 guests in October, is that something you do?");
        Post rG = re(3, "13:00", rosalind, gw1, "Sorry Gwendoline, I was at a print fair all day yesterday. Yes! I've "
                + "got a 30-player pub game, Last Orders at the Lamb, £45 for the licence, and I can host it for £150 "
                + "if you'd like. Which Saturday were you thinking?");
        re(3, "13:30", gwendoline, rG, "The 21st! I'll ring you this week.");
        Post ha1 = say(3, "15:00", eAsk, hattie, "PTA here: can anyone recommend a murder mystery for a school quiz "
                + "night, suitable for 11-year-olds?");
        Post hyH = re(3, "15:40", hyacinth, ha1, "Mine's written for exactly that: The Case of the Missing Mascot, no "
                + "deaths, just a kidnapped mascot. £18 printable: hyacinthlowther.example/mascot");
        re(3, "16:00", dashiell, ha1, "Hyacinth's is great, I ran it with my nephew's class.");
        re(3, "16:15", hattie, hyH, "Perfect, buying it now!");
        Post el1 = say(4, "11:00", eRoom, elowen, "Clue design question: how many red herrings per suspect before "
                + "players give up?");
        Post moE = re(4, "11:30", mortimer, el1, "Two per suspect, max. Three and they stop trusting any clue.");
        re(4, "11:40", elowen, moE, "Ha, that's what happened at my last test. Two it is.");
        Post sa1 = say(5, "14:00", eAsk, saoirse, "@Dashiell Crane I've hosted three of your games now and sent my book "
                + "club your way, they're doing Murder at the Manor next month 😄 Does Manor work with 10 if two people "
                + "share a character?");
        Post dS = re(5, "14:40", dashiell, sa1, "Saoirse, thank you for sending them! Yes, pair up the butler and the "
                + "cook, they share most clues anyway. I'll send you a sheet with the tweaks.");
        re(5, "15:00", saoirse, dS, "Amazing, thanks.");
        Post hyN = say(6, "10:00", eNew, hyacinth, "New: The Vicarage Vendetta, 10 players, 1950s village fete. £24 "
                + "printable: hyacinthlowther.example/vicarage");
        hyN.react("😍", elowen, rosalind);

        // W38
        joins(8, "09:00", eAsk, ptolemy);
        say(8, "09:30", eRoom, mortimer, "Started writing my new game today, Death at Dunmore Hall. I'm aiming for "
                + "twelve players and my first country-house setting.");
        say(8, "16:00", eAsk, mortimer, "Dunmore Hall update: I've finished my cast list. My favourite is the "
                + "disgraced butler, I wrote him in an hour.");
        say(9, "09:00", eRoom, mortimer, "I've drafted my three acts. My plan is to test it on my own family first, I "
                + "always do.");
        Post pt1 = say(9, "11:00", eAsk, ptolemy, "Hi all, I'm Ptolemy. Organising my sister's hen do in November and "
                + "thinking a murder mystery might be fun. Just lurking for ideas for now!");
        re(9, "11:20", dashiell, pt1, "Welcome Ptolemy! Have a browse of #new-releases when you're ready, and ask "
                + "anything.");
        say(9, "15:00", eAsk, mortimer, "I've written my clue cards for act one. I'm really pleased with my red "
                + "herrings this time.");
        Post elDm = say(9, "19:00", eDm, elowen, "Hi Ptolemy! Saw your post. My hen-party mystery, Champagne & Cyanide, "
                + "is perfect for 8-12, £28 printable with invitations. Shall I send you the link?");
        re(9, "21:00", ptolemy, elDm, "Oh, thanks. I'm a long way off deciding, but I'll keep it in mind.");
        say(10, "09:00", eRoom, mortimer, "I've hit 9,000 words on Dunmore Hall. My longest game yet.");
        Post hy2 = say(10, "14:00", eRoom, hyacinth, "Anyone found a good printer for folded character booklets? "
                + "Mine's shut.");
        Post dH = re(10, "14:30", dashiell, hy2, "Inkwell in Bristol, they do small runs and fold them for you.");
        re(10, "14:45", hyacinth, dH, "Brilliant, thanks Dashiell.");
        say(10, "18:00", eAsk, mortimer, "I've finished my act two twist. I think it's my best twist ever, honestly.");
        say(11, "09:00", eRoom, mortimer, "I'm testing Dunmore Hall with my family on Saturday. I've printed my "
                + "booklets already.");
        Post gw2 = say(11, "13:00", eAsk, gwendoline, "Booked Rosalind for the 21st, can't wait! Anyone got tips for "
                + "decorating a pub for a 1920s theme?");
        re(11, "13:30", hyacinth, gw2, "Feather boas on the coat hooks and jazz on low. Candles on every table, cheap "
                + "and atmospheric.");
        re(11, "14:00", rosalind, gw2, "And print the menu as a newspaper with the victim's obituary on it, guests "
                + "love that!");
        say(12, "10:00", eAsk, mortimer, "My cover art came back from my illustrator and I love it.");
        Post el2 = say(12, "11:00", eRoom, elowen, "Does anyone use a deadline clause for custom commissions? Had a "
                + "client vanish mid-edit.");
        re(12, "11:30", rosalind, el2, "Always. 50% up front, and the draft lapses after 30 days of silence.");
        say(12, "16:00", eRoom, mortimer, "I've been thinking about my pricing for Dunmore Hall. I'll probably go "
                + "£26.");
        say(13, "20:00", eRoom, mortimer, "My family test went brilliantly, my dad guessed the murderer in act three, "
                + "which is exactly where I wanted it.");
        say(14, "10:00", eNew, mortimer, "New: Death at Dunmore Hall, 12 players, 1930s country house. £26 printable: "
                + "mortimerskeffington.example/dunmore");
        say(14, "11:00", eAsk, mortimer, "Dunmore Hall is out now, I'm so proud of it, it's my biggest game yet.");

        // W39
        Post ha2 = say(15, "10:00", eAsk, hattie, "The Missing Mascot was a HIT at quiz night. @Hyacinth Lowther do "
                + "you have a Christmas one?");
        re(15, "10:40", hyacinth, ha2, "So glad! Yes, The Stolen Stocking, same age group, out in November. I'll post "
                + "it in #new-releases.");
        Post pt2 = say(16, "11:00", eAsk, ptolemy, "Right, the hen do plan is firming up: 10 of us, a cottage in "
                + "Devon. Can anyone recommend a game that works for 10 with a bit of cheeky humour?");
        Post eP = re(16, "11:30", elowen, pt2, "Champagne & Cyanide does 8-12 and is cheeky without being crude. £28: "
                + "elowentremayne.example/champagne");
        re(16, "12:00", mortimer, pt2, "Elowen's is the one, I've seen it run. Mine's far too serious for a hen do!");
        re(16, "12:20", ptolemy, eP, "Sold! Buying now.");
        Post da2 = say(17, "14:00", eRoom, dashiell, "Anyone tried selling through the big printable marketplaces? "
                + "Their cut is 30% now.");
        Post mD = re(17, "14:20", mortimer, da2, "I pulled out last year. What made you think of it, Dashiell? Are "
                + "your direct sales slowing?");
        Post dM = re(17, "14:40", dashiell, mD, "A bit. Might try a newsletter instead.");
        re(17, "15:00", mortimer, dM, "A newsletter worked well for me. Happy to show you how I set up the sign-up if "
                + "you want.");
        Post sa2 = say(18, "19:00", eAsk, saoirse, "@Dashiell Crane the book club did Manor with your 10-player tweaks "
                + "and it was perfect. Do you have something for 14?");
        re(18, "19:45", dashiell, sa2, "So pleased! For 14, Murder on the Night Mail. I'll send you the big-group "
                + "notes.");
        say(20, "11:00", eRoom, elowen, "Thanks all for the deadline clause advice, my client's back and has paid.");
    }

    /**
     * F. Meeple Post Library: Leocadia posts arrivals (day 1) and a postage-day change (day 4) in #news; Horace sends
     * Fionnuala's missing cards (day 2). Kit joins on day 2 and DMs Horace about Orkney (day 4), answered in an hour.
     * Wystan posts his £6 solo campaign book in the members' chat (day 3) and again in #help-desk (day 6), where
     * Imelda asks him to keep it out. Magnus asks Horace about a meeple bag (day 9), answered in 40 minutes, and says
     * his games group signed up on his word (day 10). Fionnuala DMs Imelda (day 11 at 19:00), answered at 09:00 next
     * morning. On day 17 at 10:00 Anouk asks Leocadia by mention whether an expansion is worth borrowing; Leocadia posts
     * in #news that afternoon and answers on day 18 at 14:10.
     */
    private void meeplePost() {
        say(1, "09:00", fNews, leocadia, "New arrivals this week: Sky Team, Heat, and a second copy of Brass: "
                + "Birmingham. Full list: meeplepost.example/new");
        Post ma0 = say(1, "12:00", fChat, magnus, "Sky Team is superb for two. Grab it if you've got a partner who "
                + "likes co-ops.");
        Post aM = re(1, "12:30", anouk, ma0, "On my list! How long is a game?");
        re(1, "12:45", magnus, aM, "20 minutes a round, we played four in a row.");
        joins(2, "08:00", fHelp, kit);
        Post fi1 = say(2, "10:00", fHelp, fionnuala, "My Heat box arrived without the weather cards. Could someone "
                + "send them?");
        Post hF = re(2, "10:30", horace, fi1, "So sorry Fionnuala! They're in the post today. Keep the box till they "
                + "arrive and we'll extend your loan a week.");
        re(2, "10:40", fionnuala, hF, "Lovely, thanks Horace.");
        Post wy1 = say(3, "11:00", fChat, wystan, "My Spirit Island solo campaign book is out! 12 scenarios, £6: "
                + "wystanhale.example/si-campaign");
        re(3, "11:30", anouk, wy1, "Oh fun, congrats.");
        Post ki1 = say(4, "09:00", fDmKit, kit, "Hi! Do you post to Orkney? The sign-up page doesn't say.");
        Post hK = re(4, "10:00", horace, ki1, "Hi Kit, we do! Orkney takes an extra day and postage is the same. "
                + "Welcome aboard.");
        re(4, "10:10", kit, hK, "Great, signing up now.");
        say(4, "15:00", fNews, leocadia, "Postage days are changing: from next week we post on Tuesdays and Fridays "
                + "instead of Mondays and Thursdays.");
        Post ki2 = say(5, "13:00", fChat, kit, "Hi all, new member from Orkney 👋 First box is Cascadia. Any tips?");
        re(5, "13:20", magnus, ki2, "Welcome Kit! Take the nature tokens seriously, they win games.");
        Post aK = re(5, "13:40", anouk, ki2, "Welcome! And don't ignore the salmon.");
        re(5, "14:00", kit, aK, "Tokens and salmon, noted 😄");
        Post wy2 = say(6, "16:00", fHelp, wystan, "By the way, the Spirit Island campaign book's still £6 until "
                + "Sunday: wystanhale.example/si-campaign");
        Post iW = re(6, "16:30", imelda, wy2, "Wystan, could you keep #help-desk for library questions? The members' "
                + "chat is fine for that. Thanks!");
        re(6, "16:45", wystan, iW, "Sorry, will do.");

        // W38
        say(8, "09:00", fNews, leocadia, "New this week: Earth, The White Castle and Ark Nova's Marine Worlds. "
                + "meeplepost.example/new");
        Post mg1 = say(9, "10:00", fHelp, magnus, "@Horace Nwachukwu the meeple bag from my Root box has gone "
                + "missing, I think it went back with the box last month. Have you got it?");
        re(9, "10:40", horace, mg1, "Found it, Magnus! It was in the returns bin. Posting it Tuesday.");
        Post mg2 = say(10, "11:00", fChat, magnus, "My whole games group signed up after I showed them the library at "
                + "our last meet, so expect six new members from Leeds 😄");
        re(10, "11:20", leocadia, mg2, "Magnus, that's wonderful, thank you! There'll be a little something in your "
                + "next box.");
        Post fi2 = say(11, "19:00", fDmFio, fionnuala, "Hi Imelda, any chance you'll stock Oath? I know it's long but "
                + "I'd love to try it before buying.");
        Post iF = re(12, "09:00", imelda, fi2, "Morning! Yes, it's on the order list, should arrive in about three "
                + "weeks. I'll put you first in the queue.");
        re(12, "09:10", fionnuala, iF, "You're a star.");
        Post wy3 = say(12, "14:00", fChat, wystan, "Finished Earth last night. Gorgeous, but the rulebook fights you. "
                + "Anyone worked out the fungus scoring?");
        Post kW = re(12, "14:40", kit, wy3, "I think it's one point per fungus on any island, no adjacency. Took me "
                + "three goes to get that.");
        re(12, "15:00", wystan, kW, "That's what we missed. Cheers Kit!");
        Post an1 = say(13, "10:00", fHelp, anouk, "Can I swap Brass for Heat before my box goes out on Tuesday?");
        re(13, "10:25", imelda, an1, "Done, Heat it is.");

        // W39
        say(15, "09:00", fNews, leocadia, "Autumn arrivals: Dune Imperium Uprising, Harmonies and Cascadia Landmarks. "
                + "meeplepost.example/new");
        Post fi3 = say(16, "11:00", fChat, fionnuala, "Has anyone played Harmonies? Worth a loan?");
        re(16, "11:30", kit, fi3, "Played it at a café, quick and pretty. Worth it.");
        Post an2 = say(17, "10:00", fChat, anouk, "@Leocadia Byrne have you played the new Cascadia Landmarks "
                + "expansion yet? Worth me borrowing, or is it just more of the same?");
        say(17, "15:00", fNews, leocadia, "Reminder: we post on Tuesdays and Fridays, and boxes booked by 10am go the "
                + "same day.");
        Post ki3 = say(17, "16:00", fHelp, kit, "@Imelda Sotherby my Cascadia box is due back Friday but I've got one "
                + "more game in me, can I keep it till Monday?");
        re(17, "16:30", imelda, ki3, "Of course, I've moved your return to Monday.");
        Post lA = re(18, "14:10", leocadia, an2, "Yes! It adds landmark tiles and solo challenges, more than more of "
                + "the same. Borrow it.");
        re(18, "14:30", anouk, lA, "Booked it, thanks!");
        Post wy4 = say(19, "12:00", fChat, wystan, "Anyone up for an online Spirit Island game on Sunday? I'll set up "
                + "the table.");
        re(19, "12:30", magnus, wy4, "In!");
        re(19, "13:00", kit, wy4, "Me too if there's room.");
    }

    /**
     * G. Teach Table: Benedikt asks for reels and availability (day 2); Oswin and Leontine answer with reels, dates and
     * prices. Ciaran posts five links to his videos in #creators-corner between 20:00 and 20:06 on day 4. Leontine
     * tells Ravenna what teaches cost when she asks (day 5). Mireille posts her video in #channel-plugs (day 6). In W38
     * Leontine's ten messages go to fellow makers (editing, raw footage, chapters) and to Hollis (joins day 8, asks for
     * a teach) and Ravenna (commissions her). On day 15 at 14:00 Ravenna asks Leontine a question; Leontine answers on
     * day 16 at 15:00 with an apology (filming all day). On day 18 Mireille, who has only ever talked in the makers'
     * corner, posts her reel link-first into #publisher-requests.
     */
    private void teachTable() {
        Post mi1 = say(1, "10:00", gCorner, mireille, "Which mic are you all using for table-top shots? Mine picks up "
                + "every card shuffle like thunder.");
        Post lM = re(1, "10:30", leontine, mi1, "A lav clipped to your collar plus a foam pad under the mat. The pad "
                + "does most of the work.");
        re(1, "10:45", mireille, lM, "Foam pad, so simple. Thanks Leontine!");
        Post be1 = say(2, "14:00", gReq, benedikt, "We're looking for a 10-minute teach video for our October release, "
                + "Saltmarsh. Budget £400. Please send reels and availability.");
        Post oB = re(2, "14:40", oswin, be1, "Hi Benedikt, I'd love to. Reel: oswintarrant.example/reel. I can deliver "
                + "by 6 October for £400, including one round of changes.");
        re(2, "15:00", leontine, be1, "Hi Benedikt, my reel is leontinemarwood.example/reel. I'm booked until the 9th, "
                + "so a 13 October delivery at £380 if that's not too late.");
        Post bO = re(2, "17:00", benedikt, oB, "Thanks both! Oswin, the 6th suits, let's talk. Leontine, I'll keep "
                + "you in mind for the December one.");
        re(2, "17:20", oswin, bO, "Brilliant, email on its way.");
        Post os1 = say(3, "09:00", gCorner, oswin, "Lighting question: anyone using those cheap LED panels? Mine "
                + "flicker on camera.");
        Post cO = re(3, "09:40", ciaran, os1, "Set your shutter to 1/50 and the flicker goes. Learned that the hard "
                + "way.");
        re(3, "09:50", oswin, cO, "1/50, fixed! Thanks.");
        say(4, "20:00", gCorner, ciaran, "Catching up on uploads, here's everything from the summer:");
        say(4, "20:01", gCorner, ciaran, "vidtube.example/ciarandevlin/ark-nova-teach");
        say(4, "20:02", gCorner, ciaran, "vidtube.example/ciarandevlin/heat-teach");
        say(4, "20:04", gCorner, ciaran, "vidtube.example/ciarandevlin/sky-team-teach");
        say(4, "20:05", gCorner, ciaran, "vidtube.example/ciarandevlin/earth-teach");
        say(4, "20:06", gCorner, ciaran, "vidtube.example/ciarandevlin/harmonies-teach");
        Post ra1 = say(5, "11:00", gReq, ravenna, "Designer here: what's a fair price for a teach video for a "
                + "45-minute game? I've no idea where to start.");
        Post lR = re(5, "11:30", leontine, ra1, "Most of us charge £30-45 per finished minute, so £300-450 for a "
                + "10-minute teach. Ask what's included: script, filming, changes.");
        re(5, "11:45", ravenna, lR, "Really helpful, thank you Leontine.");
        Post miP = say(6, "10:00", gPlugs, mireille, "New: my Harmonies teach, 8 minutes: "
                + "vidtube.example/mireillevasseur/harmonies");
        re(6, "10:20", oswin, miP, "The overhead shots in this are gorgeous.");

        // W38
        joins(8, "09:00", gReq, hollis);
        Post le1 = say(8, "10:00", gCorner, leontine, "Editing question: do you cut your teaches with jump cuts or keep "
                + "them continuous?");
        re(8, "10:20", ciaran, le1, "Jump cuts, and I add a chapter list so people can skip setup.");
        Post mL = re(8, "10:40", mireille, le1, "Continuous for the first turn, jump cuts after. People want to see one "
                + "full turn unbroken.");
        re(8, "11:00", leontine, mL, "That's clever, the first turn is the one people rewatch. Thanks both.");
        Post ho1 = say(8, "14:00", gReq, hollis, "Hello! I do marketing at Fernleaf Games. We need a short teach (3-5 "
                + "min) for a family game, budget £200, by the end of October. Any takers?");
        Post lH = re(8, "14:30", leontine, ho1, "Hi Hollis, yes, I can do end of October. For 3-5 minutes it's £180, "
                + "script included. Reel: leontinemarwood.example/reel");
        re(8, "15:00", hollis, lH, "Lovely, I'll send the game over this week.");
        Post ra2 = say(9, "11:00", gReq, ravenna, "@Leontine Marwood I've decided to commission one! Could you do a "
                + "10-minute teach for Foxglove in November?");
        Post lR2 = re(9, "11:30", leontine, ra2, "Yes! November works. I'll send a quote and a script outline by "
                + "Friday.");
        re(9, "11:40", ravenna, lR2, "Perfect.");
        Post os2 = say(10, "10:00", gCorner, oswin, "Has anyone had a publisher ask for the raw footage? Saltmarsh "
                + "want it.");
        Post lO = re(10, "10:30", leontine, os2, "I charge for raw footage, usually 25% on top. It's their licence to "
                + "re-edit.");
        re(10, "10:45", oswin, lO, "25%, good to know.");
        Post ho2 = say(11, "09:00", gReq, hollis, "@Leontine Marwood the game's in the post to you! Any questions, "
                + "shout.");
        Post lH2 = re(11, "09:30", leontine, ho2, "Thanks Hollis! One: is the teach for new players, or for people "
                + "who've seen it at a con?");
        Post hL = re(11, "10:00", hollis, lH2, "New players, mostly families.");
        Post ci2 = say(12, "15:00", gCorner, ciaran, "Anyone else find the new VidTube chapter tool breaks if you edit "
                + "the description?");
        re(12, "15:20", leontine, ci2, "Yes! Add chapters last, after every other edit.");
        Post lRq = re(13, "10:00", leontine, lR2, "@Ravenna Cole quote and outline are in your inbox.");
        re(13, "10:30", ravenna, lRq, "Got them, all looks great, booked!");
        Post mi2 = say(13, "16:00", gCorner, mireille, "Subscribers just hit 2k 🎉");
        re(13, "16:20", leontine, mi2, "Congrats Mireille!");
        re(14, "11:00", leontine, hL, "Hollis, the first draft of the script is in your inbox.");

        // W39
        Post ra3 = say(15, "14:00", gReq, ravenna, "@Leontine Marwood quick one: do you need a finished rulebook for "
                + "the video, or will the current draft do?");
        Post lR3 = re(16, "15:00", leontine, ra3, "So sorry Ravenna, I was filming all day yesterday and didn't look "
                + "at my phone. The current draft is fine, I'll work from it and check against the final.");
        re(16, "15:10", ravenna, lR3, "No problem at all, thanks!");
        Post os3 = say(17, "11:00", gCorner, oswin, "Saltmarsh video's live and the publisher's thrilled.");
        re(17, "11:30", ciaran, os3, "Nice one!");
        say(18, "09:00", gReq, mireille, "vidtube.example/mireillevasseur/showreel my teach reel, booking for "
                + "November.");
        Post mi3 = say(18, "10:00", gCorner, mireille, "Does anyone do captions themselves or pay for them?");
        re(18, "10:30", oswin, mi3, "Auto-captions then a manual pass, it's 20 minutes a video.");
        Post be2 = say(19, "14:00", gReq, benedikt, "Saltmarsh's teach is up and doing great. December project: a "
                + "15-minute teach for our big box game. @Leontine Marwood are you free?");
        re(19, "14:30", leontine, be2, "I am! Send me the details.");
        say(20, "10:00", gPlugs, ciaran, "New: a five-minute Harmonies teach: "
                + "vidtube.example/ciarandevlin/harmonies-short");
    }

    /**
     * H. Table for One (nobody sells): Emrys asks rules questions on days 2, 4, 6 and 7, helped by Bartosz (days 2, 4,
     * 6) and Greer (day 7), and says only "cheers", "ta" and "ok thanks"; Bartosz's question to him on day 6 waits
     * until day 8, when Emrys answers with an apology, and he helps Yolanda (day 10) and Matthias (day 16). Matthias
     * mentions five people at once for a challenge (day 5); Greer does not answer. Sunniva posts ten session reports in
     * W38 in #session-reports, where everyone posts theirs. Yolanda joins on day 9 and is welcomed and helped.
     */
    private void tableForOne() {
        say(1, "09:00", hGen, perdita, "Morning! September challenge: play one game you've never played solo. Post how "
                + "it went in #session-reports.");
        say(1, "10:00", hRep, sunniva, "Spirit Island, Lightning vs England level 2. Won on turn 6 by fear. Played too "
                + "greedy early and nearly lost the coast.");
        say(1, "12:00", hRep, greer, "Mage Knight, first scenario. Lost by a single turn. Next time I'll skip the "
                + "monastery.");
        Post em1 = say(2, "11:00", hRules, emrys, "Spirit Island question: when a Dahan is pushed into a land with "
                + "Blight, does it get destroyed?");
        Post bE1 = re(2, "11:30", bartosz, em1, "No, Blight doesn't touch Dahan. Only Invader ravages and some Fear "
                + "cards destroy them.");
        re(2, "11:40", emrys, bE1, "cheers");
        say(2, "20:00", hRep, sunniva, "Spirit Island again, Shadows vs Brandenburg. Lost. Blight cascade on turn 4, "
                + "didn't see it coming.");
        say(3, "09:00", hRep, matthias, "Finally tried Cascadia solo. 91 points. Bears are my weakness.");
        say(3, "12:00", hRep, sunniva, "Cascadia! 96. The salmon run carried me.");
        Post em2 = say(4, "14:00", hRules, emrys, "Mage Knight: can I use a Move card as a Block?");
        Post bE2 = re(4, "14:30", bartosz, em2, "Any card can be played sideways for 1 Move, Influence, Attack or "
                + "Block. So yes, but only for 1.");
        re(4, "14:40", emrys, bE2, "ta");
        say(4, "19:00", hRep, sunniva, "Earth, first solo game. 142 points, loved the tableau feel.");
        Post mt = say(5, "18:00", hGen, matthias, "@Perdita Vance @Sunniva Holt @Greer Mackintosh @Bartosz Lewandowski "
                + "@Emrys Caldwell who's in for a shared-seed Cascadia challenge next week? Same tiles, compare "
                + "scores.");
        re(5, "18:20", sunniva, mt, "In!");
        re(5, "18:30", bartosz, mt, "Yes!");
        re(5, "19:00", perdita, mt, "In, I'll post the seed Monday.");
        Post em3 = say(6, "10:00", hRules, emrys, "Mage Knight again, sorry. Does a wound in hand count toward the "
                + "hand limit?");
        Post baQ = re(6, "10:30", bartosz, em3, "It does, which is why you want to rest. By the way, which edition's "
                + "rulebook have you got? I'm compiling an errata list for the pins and the first printing has the "
                + "hand-limit mistake.");
        say(6, "20:00", hRep, sunniva, "Heat solo vs 3 Legends. Came second, the Legends rule is brutal on corners.");
        Post em4 = say(7, "11:00", hRules, emrys, "Last one for this week: in Spirit Island, does Explore happen "
                + "before Build?");
        Post gE = re(7, "11:20", greer, em4, "Other way round: Ravage, then Build, then Explore, and the cards slide "
                + "left after.");
        re(7, "11:30", emrys, gE, "ok thanks");

        // W38
        Post eB = re(8, "09:00", emrys, baQ, "Sorry @Bartosz Lewandowski, missed this! Second printing, the blue "
                + "cover. And thanks for all the help last week, I owe you.");
        re(8, "09:20", bartosz, eB, "Second printing's fixed then, thanks!");
        say(8, "10:00", hGen, perdita, "Shared seed for the Cascadia challenge: 4471. Post scores in #session-reports "
                + "by Sunday!");
        joins(9, "08:00", hGen, yolanda);
        say(9, "10:00", hRep, sunniva, "Sky Team solo variant, two hands: landed at Kyoto first go.");
        Post yo1 = say(9, "12:00", hGen, yolanda, "Hello! New here, just got into solo gaming after my gaming group "
                + "moved away. Any recommendations for a first solo game that isn't too fiddly?");
        re(9, "12:30", perdita, yo1, "Welcome Yolanda! Cascadia or Harmonies, both easy solo. Join the seed "
                + "challenge!");
        re(9, "12:40", bartosz, yo1, "Welcome! Seconding Cascadia. Here's the solo rules summary I keep: "
                + "solo.example/cascadia-summary, and the scoring sheet: solo.example/cascadia-sheet");
        Post yo2 = say(10, "19:00", hRules, yolanda, "In Cascadia solo, do you still clear out a tile-token pair each "
                + "turn?");
        Post eY = re(10, "19:30", emrys, yo2, "Yes, after you take one, the pair on the far right goes and everything "
                + "slides. Took me ages to get that too.");
        re(10, "19:45", yolanda, eY, "Thanks Emrys!");
        say(10, "20:00", hRep, sunniva, "Seed 4471: 94. Bears behaved this time!");
        say(11, "09:00", hRep, sunniva, "Harmonies solo, 68. The mountain spaces are harder than they look.");
        say(11, "20:00", hRep, matthias, "Seed 4471: 88. Terrible salmon.");
        say(11, "20:15", hRep, sunniva, "Unrelated: Earth again, 161, a new best.");
        say(12, "09:00", hRep, sunniva, "Dune Uprising solo vs the rivals: lost on the last round.");
        say(12, "18:00", hRep, sunniva, "Spirit Island, River vs Prussia. Won by clearing the board, I finally get "
                + "River's push.");
        Post yoS = say(12, "19:00", hRep, yolanda, "Seed 4471, my first ever Cascadia: 72! Hooked.");
        re(12, "19:10", perdita, yoS, "Great first score!");
        say(13, "10:00", hRep, sunniva, "Mage Knight solo conquest, attempt one: got to the second city before time "
                + "ran out.");
        say(13, "20:00", hRep, sunniva, "Heat vs Legends again, first place this time!");
        say(14, "11:00", hRep, sunniva, "Harmonies, 74. Getting there.");
        say(14, "15:00", hRep, sunniva, "Cascadia Landmarks: 102! Best solo score in anything.");
        say(14, "19:00", hRep, greer, "Seed 4471: 97, two bears short of 100.");
        say(14, "19:30", hRep, perdita, "Seed 4471 results: Greer 97, Sunniva 94, Matthias 88, Yolanda 72. Thanks "
                + "all!");

        // W39
        Post pe = say(15, "10:00", hGen, perdita, "October challenge coming: a campaign game of your choice. Anyone "
                + "want to pair up for accountability?");
        re(15, "10:30", emrys, pe, "Me! I'll finally finish the Mage Knight campaign.");
        Post mt1 = say(16, "14:00", hRules, matthias, "Earth: does the island card count as part of your tableau for "
                + "fungus?");
        Post eM = re(16, "14:30", emrys, mt1, "It does, the island is part of your tableau.");
        re(16, "14:40", matthias, eM, "Cheers");
        Post su = say(17, "11:00", hRep, sunniva, "Uprising solo, second try, won!");
        re(17, "11:20", bartosz, su, "Nice!");
        Post gr = say(18, "20:00", hGen, greer, "Back from a week at my sister's, what did I miss?");
        re(18, "20:10", perdita, gr, "The seed challenge results are in #session-reports. You won!");
        Post yo3 = say(19, "10:00", hRules, yolanda, "@Bartosz Lewandowski your scoring sheet was brilliant, have you "
                + "got one for Harmonies?");
        Post bY = re(19, "10:30", bartosz, yo3, "I have! solo.example/harmonies-sheet");
        re(19, "10:40", yolanda, bY, "Thank you!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes146Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 146");
    }
}
