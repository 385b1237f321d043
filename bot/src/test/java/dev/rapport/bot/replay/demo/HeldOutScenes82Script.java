package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 82 (sealed): eight communities of media, publishing, journalism and the written word, of kinds no
 * earlier round used (a local weekly newspaper's own server with its Staff and subscribers, freelance news
 * journalists with a room where editors post commissions, proofreaders and copy-editors with a room where authors
 * ask, zine makers who swap and where nobody sells, book indexers with a room where authors and publishers ask and
 * a seller of indexing macros among them, memoir ghostwriters with a room where families ask, book bloggers with a
 * small press's publicist and an ARC room, freelance press photographers with a picture desk), over three ISO weeks
 * (2029-W42 to W44), written and labelled by writer82 (session 46) before any coach ran on them, with many
 * borderline cases. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-82.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes82Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2029, 10, 15);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2029, 11, 5, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-82";
    private static final int BASE = 63600;

    // --- A. a local weekly newspaper's own server, its Staff and subscribers ---
    private final String courier = cast.guild(1101);
    private final Role staff = cast.role("Staff", "#c0392b", 2);
    private final Role subscriber = cast.role("Subscriber", "#2980b9", 1);
    private final Channel coAsk = cast.channel(courier, "Hollin Valley Courier", "ask-the-courier",
            "readers ask the newsroom: deliveries, subscriptions, corrections, how to get something covered",
            "co-ask-the-courier.json");
    private final Channel coTips = cast.channel(courier, "Hollin Valley Courier", "tip-offs",
            "seen something the valley should know about? tell us here", "co-tip-offs.json");
    private final Channel coChat = cast.channel(courier, "Hollin Valley Courier", "valley-chat",
            "anything local", "co-valley-chat.json");
    private final Channel coOn = cast.channel(courier, "Hollin Valley Courier", "whats-on",
            "events listings: readers post theirs, we pick some for the paper", "co-whats-on.json");
    private final Persona rhona = cast.person("rhona.baird", "Rhona Baird", staff);
    private final Persona tom = cast.person("tom.ashdown", "Tom Ashdown", staff);
    private final Persona priya = cast.person("priya.k", "Priya Kaur", staff);
    private final Persona glenys = cast.person("glenys.hart", "Glenys Hart", subscriber);
    private final Persona ken = cast.person("ken.mossop", "Ken Mossop", subscriber);
    private final Persona dilys = cast.person("dilys.fenn", "Dilys Fenn");
    private final Persona archie = cast.person("archie.dunn", "Archie Dunn");

    // --- B. freelance news journalists, editors post commissions ---
    private final String stringers = cast.guild(1102);
    private final Channel stDesk = cast.channel(stringers, "The Stringers' Room", "newsdesk-chat",
            "freelance journalists: stories, sources, the trade", "st-newsdesk-chat.json");
    private final Channel stComm = cast.channel(stringers, "The Stringers' Room", "commissions",
            "editors post calls for pitches; freelancers answer", "st-commissions.json");
    private final Channel stRates = cast.channel(stringers, "The Stringers' Room", "rates-and-invoices",
            "what pays, who pays late, how to chase", "st-rates-and-invoices.json");
    private final Channel stWins = cast.channel(stringers, "The Stringers' Room", "bylines",
            "got something published? tell us", "st-bylines.json");
    private final Persona maddie = cast.person("maddie.crewe", "Maddie Crewe");
    private final Persona olu = cast.person("olu.adeyemi", "Olu Adeyemi");
    private final Persona fenella = cast.person("fenella.voss", "Fenella Voss");
    private final Persona jonah = cast.person("jonah.pratt", "Jonah Pratt");
    private final Persona saskia = cast.person("saskia.lund", "Saskia Lund");
    private final Persona idris = cast.person("idris.k", "Idris Kamara");
    private final Persona bea = cast.person("bea.ostrowski", "Bea Ostrowski");

    // --- C. proofreaders and copy-editors, a room where authors ask ---
    private final String redpen = cast.guild(1103);
    private final Channel rpMargin = cast.channel(redpen, "Red Pen Collective", "the-margin",
            "shop talk for proofreaders and copy-editors", "rp-the-margin.json");
    private final Channel rpAsk = cast.channel(redpen, "Red Pen Collective", "ask-a-proofreader",
            "authors and self-publishers ask, editors answer", "rp-ask-a-proofreader.json");
    private final Channel rpStyle = cast.channel(redpen, "Red Pen Collective", "style-queries",
            "serial commas, hyphens, house style arguments", "rp-style-queries.json");
    private final Channel rpTea = cast.channel(redpen, "Red Pen Collective", "tea-break",
            "off topic", "rp-tea-break.json");
    private final Persona harriet = cast.person("harriet.lomax", "Harriet Lomax");
    private final Persona cerys = cast.person("cerys.pugh", "Cerys Pugh");
    private final Persona nadim = cast.person("nadim.r", "Nadim Rahman");
    private final Persona agatha = cast.person("agatha.v", "Agatha Veitch");
    private final Persona poppy = cast.person("poppy.sinclair", "Poppy Sinclair");
    private final Persona graham = cast.person("graham.tewe", "Graham Tewe");
    private final Persona leonie = cast.person("leonie.marsh", "Leonie Marsh");

    // --- D. zine makers who swap, nobody sells ---
    private final String staple = cast.guild(1104);
    private final Channel zChat = cast.channel(staple, "Staple & Fold", "zine-chat",
            "what you're making, what you're reading", "z-zine-chat.json");
    private final Channel zSwap = cast.channel(staple, "Staple & Fold", "swap-shelf",
            "the quarterly zine swap: sign up, post, receive. no selling", "z-swap-shelf.json");
    private final Channel zPrint = cast.channel(staple, "Staple & Fold", "print-tips",
            "photocopiers, risograph, paper, binding", "z-print-tips.json");
    private final Channel zFairs = cast.channel(staple, "Staple & Fold", "fairs",
            "zine fairs and meetups", "z-fairs.json");
    private final Persona robin = cast.person("robin.a", "Robin Achterberg");
    private final Persona juno = cast.person("juno.f", "Juno Ferrante");
    private final Persona kit = cast.person("kit.mallory", "Kit Mallory");
    private final Persona sol = cast.person("sol.d", "Sol Delacroix");
    private final Persona effie = cast.person("effie.g", "Effie Grange");
    private final Persona wren = cast.person("wren.tobin", "Wren Tobin");

    // --- E. book indexers, authors and publishers ask, a macro seller among them ---
    private final String index = cast.guild(1105);
    private final Channel ixLounge = cast.channel(index, "Index Card", "indexers-lounge",
            "indexers talk shop", "ix-indexers-lounge.json");
    private final Channel ixAsk = cast.channel(index, "Index Card", "ask-an-indexer",
            "authors and publishers: questions about getting a book indexed", "ix-ask-an-indexer.json");
    private final Channel ixSoft = cast.channel(index, "Index Card", "software",
            "Cindex, Sky, Macrex, Word macros and workarounds", "ix-software.json");
    private final Channel ixOff = cast.channel(index, "Index Card", "see-also",
            "off topic", "ix-see-also.json");
    private final Persona lydia = cast.person("lydia.m", "Lydia Marchbank");
    private final Persona peregrine = cast.person("peregrine.s", "Peregrine Shaw");
    private final Persona anouk = cast.person("anouk.dv", "Anouk de Vries");
    private final Persona tobias = cast.person("tobias.g", "Tobias Grell");
    private final Persona caitlin = cast.person("caitlin.royce", "Caitlin Royce");
    private final Persona mark = cast.person("mark.ebbs", "Mark Ebbs");

    // --- F. memoir ghostwriters, families ask ---
    private final String memoir = cast.guild(1106);
    private final Channel mwRoom = cast.channel(memoir, "Life Story Writers", "writers-room",
            "ghostwriters and memoir writers talk shop", "mw-writers-room.json");
    private final Channel mwFam = cast.channel(memoir, "Life Story Writers", "families-ask",
            "thinking of getting a parent's or grandparent's story written? ask here", "mw-families-ask.json");
    private final Channel mwCraft = cast.channel(memoir, "Life Story Writers", "craft",
            "interviewing, recording, structure, voice", "mw-craft.json");
    private final Channel mwKettle = cast.channel(memoir, "Life Story Writers", "kettle",
            "chat about anything", "mw-kettle.json");
    private final Persona bernadette = cast.person("bernadette.q", "Bernadette Quayle");
    private final Persona hugh = cast.person("hugh.penrose", "Hugh Penrose");
    private final Persona marisa = cast.person("marisa.o", "Marisa Okonjo");
    private final Persona declan = cast.person("declan.frew", "Declan Frew");
    private final Persona sandra = cast.person("sandra.w", "Sandra Whitlock");
    private final Persona ivo = cast.person("ivo.petrov", "Ivo Petrov");
    private final Persona june = cast.person("june.halloran", "June Halloran");

    // --- G. book bloggers and reviewers, a small press's publicist ---
    private final String shelf = cast.guild(1107);
    private final Channel shReading = cast.channel(shelf, "Shelf Talkers", "currently-reading",
            "what's on your nightstand", "sh-currently-reading.json");
    private final Channel shArc = cast.channel(shelf, "Shelf Talkers", "arc-room",
            "publishers and authors offer review copies; reviewers request them", "sh-arc-room.json");
    private final Channel shLinks = cast.channel(shelf, "Shelf Talkers", "review-links",
            "post your new reviews here", "sh-review-links.json");
    private final Channel shChat = cast.channel(shelf, "Shelf Talkers", "chat",
            "anything bookish or not", "sh-chat.json");
    private final Persona tamsin = cast.person("tamsin.royle", "Tamsin Royle");
    private final Persona farah = cast.person("farah.s", "Farah Siddiqui");
    private final Persona lowri = cast.person("lowri.b", "Lowri Beddoe");
    private final Persona benedikt = cast.person("benedikt.h", "Benedikt Haas");
    private final Persona clem = cast.person("clem.oduya", "Clem Oduya");
    private final Persona nico = cast.person("nico.varga", "Nico Varga");

    // --- H. freelance press photographers with a picture desk ---
    private final String wire = cast.guild(1108);
    private final Channel phChat = cast.channel(wire, "Wire & Frame", "frontline-chat",
            "news and sports photographers: the job, the day", "ph-frontline-chat.json");
    private final Channel phDesk = cast.channel(wire, "Wire & Frame", "picture-desk",
            "desks post shifts and jobs; photographers say when they're free", "ph-picture-desk.json");
    private final Channel phKit = cast.channel(wire, "Wire & Frame", "kit",
            "kit talk, repairs, used kit for sale", "ph-kit.json");
    private final Channel phLaw = cast.channel(wire, "Wire & Frame", "captions-and-law",
            "captions, consent, privacy, copyright, getting paid for usage", "ph-captions-and-law.json");
    private final Persona gareth = cast.person("gareth.y", "Gareth Yeoman");
    private final Persona aisha = cast.person("aisha.bello", "Aisha Bello");
    private final Persona stellan = cast.person("stellan.moe", "Stellan Moe");
    private final Persona ruth = cast.person("ruth.cav", "Ruth Cavendish");
    private final Persona paddy = cast.person("paddy.flint", "Paddy Flint");
    private final Persona noor = cast.person("noor.h", "Noor Haddad");

    private HeldOutScenes82Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        courier();
        stringers();
        redPen();
        staple();
        index();
        memoir();
        shelf();
        wire();
    }

    private void courier() {
        // W42: a subscriber asks Priya; Tom answers for her while she is off; Archie's café quiz in #whats-on
        say(1, "09:10", coChat, dilys, "morning all. anyone know why the bin lorry skipped Mill Lane?");
        say(1, "09:25", coChat, ken, "they're a man down, it's on the council page. back Thursday apparently");
        say(1, "09:30", coChat, dilys, "ta Ken");
        Post late = say(1, "10:00", coAsk, glenys, "@Priya Kaur my Courier didn't come on Thursday again, that's the "
                + "second time this month. 14 Rowan Close");
        Post tomAns = re(1, "10:20", tom, late, "Priya's off till Wednesday Glenys, I've passed it to the round "
                + "manager. there's a spare copy behind the post office counter for you");
        re(1, "10:30", glenys, tomAns, "thank you Tom, I'll nip down");
        Post tree = say(1, "12:00", coTips, archie, "big tree down across the B6160 by the bridge, traffic backed up "
                + "to the pub");
        Post tomTree = re(1, "12:05", tom, tree, "cheers Archie, heading out now. anyone hurt?");
        re(1, "12:08", archie, tomTree, "no, missed a van by about a foot");
        say(1, "12:30", coOn, archie, "Quiz night at the Bridge Café, Friday 7.30, £2 a head, all for the air "
                + "ambulance. details: bridgecafe.example/quiz").react("👍", dilys);
        say(2, "19:00", coChat, dilys, "the brass band have been practising in the church hall all week, my windows "
                + "are rattling 😂");
        say(2, "19:05", coChat, ken, "better than the bells");
        Post priyaAns = re(3, "09:00", priya, late, "@Glenys Hart sorry for the bother, Tom filled me in. I've added "
                + "a free week to your subscription and had a word with the round manager");
        re(3, "09:10", glenys, priyaAns, "that's kind, thank you Priya");
        Post wi = say(3, "11:00", coAsk, dilys, "how do I get the WI craft fair in the paper? is there a form or do I "
                + "just email?");
        re(3, "11:20", rhona, wi, "either! email listings@ by Monday noon, or post it in #whats-on and we'll pick it "
                + "up. a photo helps");
        say(3, "11:25", coAsk, dilys, "lovely, will do");
        Post fair = say(3, "14:00", coOn, dilys, "WI craft fair, Sat 3 Nov, village hall 10-3. cakes, knitting, "
                + "tombola. all welcome");
        re(3, "14:05", rhona, fair, "got it Dilys, it'll be in next week's listings");
        say(4, "07:00", coChat, rhona, "This week's Courier is out: the Mill Lane planning row, a new head at Hollin "
                + "Primary and 40 years of the brass band. hollincourier.example/edition");
        Post kenQ = say(4, "07:30", coChat, ken, "the planning piece was good. @Tom Ashdown are you going to the "
                + "committee on the 30th? the developer's been very quiet since");
        re(4, "09:00", tom, kenQ, "yes, I'll be there, and I've asked the developer for a comment twice 🙄");
        say(4, "12:00", coOn, archie, "reminder: quiz night Friday at the Bridge Café, still tables left "
                + "bridgecafe.example/quiz");
        say(5, "18:00", coOn, archie, "tonight! quiz from 7.30, walk-ins welcome bridgecafe.example/quiz");
        say(6, "10:00", coChat, dilys, "who won the quiz?");
        say(6, "10:10", coChat, archie, "the bell ringers, again. raised £186 for the air ambulance 🙌");
        say(6, "10:12", coChat, ken, "fix");
        say(6, "10:13", coChat, archie, "😂");
        // W43: Ken's question to Tom waits; Tom is busy everywhere else
        Post path = say(8, "09:00", coTips, glenys, "the footpath by the old mill has been closed for three weeks "
                + "with no notice of why. nobody at the council will say");
        Post tomPath = re(8, "09:30", tom, path, "thanks Glenys, I'll ring highways today. do you know roughly when "
                + "the fencing went up?");
        re(8, "09:45", glenys, tomPath, "first week of October, I walk the dog there every morning");
        Post update = say(8, "16:00", coTips, tom, "update for @Glenys Hart: highways say it's a landslip survey, "
                + "reopening 'by Christmas'. small piece in Thursday's paper");
        re(8, "16:10", glenys, update, "brilliant, thank you");
        say(9, "10:00", coAsk, ken, "@Tom Ashdown did the developer ever come back to you? and will you be covering "
                + "the parish council on the 6th as well or just planning?");
        say(9, "12:00", coChat, dilys, "is the Co-op car park still shut?");
        say(9, "12:15", coChat, archie, "opened again this morning");
        say(11, "07:00", coChat, rhona, "Thursday's Courier: the footpath mystery solved, the brass band's 40th in "
                + "pictures, and the letters page is on fire about parking. hollincourier.example/edition");
        Post letters = say(11, "07:20", coChat, dilys, "the letters page 😂 Mr Birtwistle again");
        re(11, "07:22", rhona, letters, "he's our most loyal correspondent");
        Post bus = say(11, "11:00", coTips, tom, "anyone at the school gate this morning see what happened with the "
                + "bus? we've had three calls");
        Post dilBus = re(11, "11:15", dilys, bus, "it clipped a parked car turning into School Lane. no kids hurt, "
                + "the driver was very shaken");
        re(11, "11:20", tom, dilBus, "thanks Dilys, that's what I needed");
        Post bonfire = say(12, "10:00", coOn, archie, "Bonfire and fireworks on the rec, Mon 5 Nov, gates 6pm, run "
                + "by the Round Table");
        re(12, "10:30", rhona, bonfire, "thanks Archie, it's in the listings");
        say(13, "15:00", coChat, ken, "lovely sunset over the moor tonight, anyone get a photo?");
        say(13, "15:30", coChat, glenys, "I did! from the top of Rowan Close, the whole valley went pink");
        Post sunset = say(13, "15:31", coChat, glenys, "[photo]");
        Post useIt = re(13, "16:00", rhona, sunset, "Glenys that's gorgeous, could we use it in next week's paper? "
                + "credited to you of course");
        re(13, "16:05", glenys, useIt, "of course!");
        // W44: Ken asks Rhona instead; a correction; Archie's next quiz
        Post kenAgain = say(15, "09:00", coAsk, ken, "still nothing on the developer? @Rhona Baird is anyone "
                + "following it up");
        Post rhonaKen = re(15, "09:30", rhona, kenAgain, "Ken, Tom's on it: he's at the committee on Tuesday and "
                + "we'll have the developer's answer or a 'declined to comment' in Thursday's paper");
        re(15, "09:40", ken, rhonaKen, "fair enough, thanks Rhona");
        Post committee = say(16, "20:00", coTips, tom, "committee deferred the Mill Lane decision to December. the "
                + "developer's agent spoke for three minutes and left. full story Thursday");
        re(16, "20:10", ken, committee, "typical");
        Post wrong = say(17, "11:00", coAsk, dilys, "the craft fair listing had the wrong day in it, it says Sun 3 "
                + "Nov and it's the Saturday!");
        Post sorry = re(17, "11:20", rhona, wrong, "oh no, sorry Dilys, my fault. a correction's going in this week "
                + "and I've fixed it online");
        re(17, "11:30", dilys, sorry, "no harm done, thank you");
        say(17, "13:00", coAsk, ken, "@Tom Ashdown was the access road discussed at all on Tuesday? the piece "
                + "online doesn't say");
        say(18, "07:00", coChat, rhona, "Thursday's Courier: Mill Lane deferred again, the bus on School Lane, and "
                + "Glenys Hart's moor sunset on page 3. hollincourier.example/edition");
        say(18, "07:10", coChat, glenys, "I'm famous 😄");
        say(18, "07:15", coChat, archie, "framed it yet Glenys?");
        say(19, "12:00", coOn, archie, "Bridge Café quiz is back next Friday, theme: the 80s. bridgecafe.example/quiz");
        say(19, "16:00", coTips, tom, "thanks to everyone who sent in bonfire night photos, a selection goes in "
                + "next week");
        say(20, "10:00", coChat, dilys, "craft fair went well, thank you all who came. sold out of flapjack by 11");
        say(20, "10:05", coChat, ken, "the flapjack was worth the queue");
    }

    private void stringers() {
        // W42: Jonah takes on three days; Saskia's newsletter scattered over three rooms, then her byline
        Post agenda = say(1, "08:00", stDesk, maddie, "morning. anyone else covering the council budget vote "
                + "tonight? happy to share my agenda notes");
        re(1, "08:15", olu, agenda, "I'm on it for the Post, would love the notes");
        say(1, "08:20", stDesk, maddie, "sent you the pdf Olu");
        Post harbour = say(1, "09:00", stComm, fenella, "Commissioning for Harbour Weekly: 1,200 words on how "
                + "coastal towns are coping with second homes. 35p a word, pitches by Thursday: one paragraph and your "
                + "angle, reply here or email");
        Post idrisQ = re(1, "09:30", idris, harbour, "is this UK only or would Ireland work? I'm in Galway");
        Post fenIdris = re(1, "09:40", fenella, idrisQ, "Ireland's fine if there's a UK comparison in it");
        re(1, "09:45", idris, fenIdris, "thanks, pitch coming");
        Post price = say(1, "11:00", stRates, jonah, "how much should I charge for an 800 word news feature for a "
                + "regional? they've asked me to name a price and I've no idea");
        re(1, "11:20", maddie, price, "regionals are usually £80-150 for that. ask what their rate is first, they "
                + "nearly always have one");
        say(1, "11:25", stRates, jonah, "ok thanks");
        Post chron = say(2, "10:00", stRates, bea, "anyone know if the Chronicle still pays on publication rather "
                + "than on acceptance?");
        Post idrisChron = re(2, "10:15", idris, chron, "on publication, and then 60 days after. invoice the day it "
                + "runs");
        re(2, "10:20", bea, idrisChron, "ugh. thanks Idris");
        Post invoice = say(2, "14:00", stRates, jonah, "what do I put on an invoice? do I need a VAT number?");
        re(2, "14:30", idris, invoice, "not under the threshold. your name and address, the piece, word count, rate, "
                + "bank details, 'payment within 30 days'. and number your invoices");
        say(2, "14:35", stRates, jonah, "cool");
        Post courts = say(3, "09:00", stDesk, saskia, "new issue of my newsletter is out, on why local court "
                + "reporting is dying: saskialund.example/courts");
        say(3, "09:02", stWins, saskia, "new issue: saskialund.example/courts");
        say(3, "09:05", stRates, saskia, "related to the money chat in here: saskialund.example/courts");
        Post goodPiece = re(3, "09:30", maddie, courts, "good piece. the bit about court lists is spot on");
        re(3, "09:40", saskia, goodPiece, "thanks! took months");
        re(3, "15:00", olu, harbour, "pitch sent by email Fenella, the Tenby angle");
        Post rights = say(4, "10:00", stRates, jonah, "an editor wants me to sign over all rights for a one-off "
                + "piece. is that normal??");
        re(4, "10:20", bea, rights, "common but push back, ask to license first british serial rights only. worst "
                + "they say is no");
        say(4, "10:30", stRates, maddie, "what Bea said. and never all rights at regional rates");
        say(4, "10:35", stRates, jonah, "ok");
        say(5, "08:00", stDesk, saskia, "my piece on the Crown Court backlog is in the i today: "
                + "inews.example/courts-backlog");
        Post oluWin = say(5, "09:00", stWins, olu, "first piece for Harbour Weekly commissioned! thanks for the heads "
                + "up Fenella");
        re(5, "09:10", maddie, oluWin, "🎉 well done");
        oluWin.react("🎉", fenella, bea);
        // W43: Jonah gives back; Idris only asks in #commissions but helps in #rates
        Post boats = say(8, "09:00", stComm, fenella, "Harbour Weekly again: photo-led piece on the last working "
                + "boatyards, 900 words, £300 flat. need someone in Cornwall or Devon");
        Post galway = re(8, "09:20", idris, boats, "any chance of Galway again? 😅");
        re(8, "09:30", fenella, galway, "sorry Idris, this one needs to be south-west");
        re(8, "10:00", bea, boats, "I'm in Falmouth, pitching today");
        Post sixty = say(8, "11:00", stRates, jonah, "the regional paid me but only £60 for the 800 words, they said "
                + "that's their rate. should I argue?");
        Post madSixty = re(8, "11:30", maddie, sixty, "you can ask, but if nothing was agreed upfront it's their "
                + "rate. next time agree the fee in writing before you file");
        re(8, "11:35", jonah, madSixty, "lesson learnt");
        Post amb = say(9, "13:00", stDesk, olu, "anyone got a contact at the ambulance trust press office? the "
                + "number on their site just rings out");
        Post madAmb = re(9, "13:20", maddie, amb, "try the out of hours press line, it's in their X bio. better than "
                + "the day desk tbh");
        re(9, "13:25", olu, madAmb, "legend, thanks");
        Post ninety = say(10, "09:00", stRates, bea, "has anyone sent a late payment interest letter to a newspaper? "
                + "the Chronicle is at 94 days");
        Post jonahHelp = re(10, "09:15", jonah, ninety, "I read you can add £40 compensation plus 8% over base rate "
                + "on overdue business invoices, the gov site has a calculator");
        re(10, "09:25", bea, jonahHelp, "oh nice, I didn't know about the £40. thanks Jonah");
        say(10, "09:30", stRates, idris, "can confirm, I've done it twice. they paid within a week both times");
        Post irish = say(10, "14:00", stComm, idris, "does anyone know if the Irish Times features desk takes cold "
                + "pitches?");
        Post madIrish = re(10, "14:30", maddie, irish, "they do, short email, no attachments");
        re(10, "14:35", idris, madIrish, "thanks Maddie");
        Post mags = say(11, "10:00", stDesk, saskia, "newsletter this week: the magistrates who sit alone "
                + "saskialund.example/magistrates");
        Post wild = re(11, "10:30", olu, mags, "the bit about Saturday courts is wild");
        Post sasOlu = re(11, "10:35", saskia, wild, "right?? I sat in one for a whole morning. are you still doing "
                + "the health beat?");
        re(11, "10:40", olu, sasOlu, "yeah, ambulance handovers this month");
        Post beaWin = say(12, "16:00", stWins, bea, "boatyards piece commissioned 🎉");
        re(12, "16:05", idris, beaWin, "nice one Bea");
        // W44
        Post patch = say(15, "09:00", stComm, fenella, "Harbour Weekly: short news pieces from coastal councils, "
                + "£120 each, ongoing. send me your patch");
        Post galway2 = re(15, "09:20", idris, patch, "Galway county council any use? 😄");
        Post fenYes = re(15, "09:25", fenella, galway2, "actually yes, we're starting an Irish page in January. "
                + "email me");
        re(15, "09:30", idris, fenYes, "!!! will do, thank you");
        Post euro = say(16, "11:00", stRates, olu, "do Irish outlets pay in euro or sterling? never invoiced one");
        Post idrisEuro = re(16, "11:15", idris, euro, "euro. get a Wise account or your bank eats 3%");
        re(16, "11:20", olu, idrisEuro, "good shout");
        Post first = say(17, "10:00", stRates, jonah, "got a commission from Fenella's list!! agreed the fee in "
                + "writing this time 😎");
        re(17, "10:05", maddie, first, "look at you go");
        Post training = say(18, "09:00", stDesk, maddie, "court reporting training day at the press association on "
                + "24 Nov, free for NCTJ members. worth it if you're new to courts");
        Post nonMem = re(18, "09:10", jonah, training, "is it open to non-members?");
        re(18, "10:00", maddie, nonMem, "£25 for non-members I think, and they've a bursary");
        Post shortlist = say(19, "08:00", stWins, saskia, "my court backlog series got shortlisted for a regional "
                + "press award 😳");
        re(19, "08:10", olu, shortlist, "deserved!");
        Post pleased = say(19, "08:11", stWins, maddie, "so pleased for you");
        re(19, "08:20", saskia, pleased, "thank you both. Maddie you gave me half those court contacts in the spring");
    }

    private void redPen() {
        // W42: Nadim talks shop with peers all week while authors ask next door; Cerys's paid template, asked for
        Post daves = say(1, "09:00", rpMargin, harriet, "Monday. 400 pages of a cosy crime with 14 characters "
                + "called Dave. send help");
        Post style = re(1, "09:05", nadim, daves, "14 Daves is a style choice");
        re(1, "09:10", harriet, style, "it's a bold one");
        Post gap = say(1, "09:20", rpMargin, nadim, "finished the thesis job, so I've a gap in November if anyone's "
                + "overflowing and wants to pass work on");
        Post bear = re(1, "09:30", agatha, gap, "will bear you in mind, I've a textbook that might need splitting");
        re(1, "09:40", nadim, bear, "great, ping me");
        say(1, "11:00", rpAsk, graham, "self-publishing my first novel (sci-fi, 90k words). do I need a copy-edit AND "
                + "a proofread, or is one enough? budget is tight");
        Post perfect = say(1, "13:00", rpMargin, nadim, "does anyone still use PerfectIt or has everyone gone over "
                + "to the new Word checker?");
        Post cerPerf = re(1, "13:10", cerys, perfect, "still PerfectIt, the style sheets alone are worth it");
        re(1, "13:15", nadim, cerPerf, "ok, renewing then");
        Post template = say(2, "10:00", rpAsk, poppy, "anyone got a template for a style sheet? my editor asked me to "
                + "send one with my manuscript and I don't know what goes in it");
        Post cerT = re(2, "10:20", cerys, template, "I made one for my authors, it's £6 on my site: "
                + "cerysedits.example/style-sheet . sections for spellings, names, timeline and punctuation choices. "
                + "honestly a blank doc with those four headings works too");
        re(2, "10:30", poppy, cerT, "perfect, bought it, thanks!");
        Post alright = say(2, "12:00", rpMargin, nadim, "hot take: 'alright' is fine in fiction");
        Post hart = re(2, "12:05", harriet, alright, "not a hot take, New Hart's says it's fine in informal writing");
        re(2, "12:10", nadim, hart, "I stand validated");
        Post bump = say(2, "15:00", rpAsk, graham, "bump: copy-edit vs proofread, anyone?");
        Post agAns = re(2, "15:20", agatha, bump, "if money's tight: one good copy-edit, then proofread it yourself "
                + "on paper after typesetting. a proofread alone won't fix consistency or clunky sentences");
        re(2, "15:30", graham, agAns, "that's really clear, thank you");
        Post pen = say(3, "09:00", rpMargin, nadim, "client sent back the proofs with every em dash changed to "
                + "spaced en dashes. in pen. on a PDF");
        Post inPen = re(3, "09:05", agatha, pen, "'in pen on a PDF' is a sentence I'll be thinking about all day");
        re(3, "09:10", nadim, inPen, "printed, marked, scanned sideways");
        Post idx = say(3, "14:00", rpMargin, nadim, "what do you add for checking an index on top of a proofread?");
        Post harIdx = re(3, "14:20", harriet, idx, "an extra hour per 100 entries, roughly");
        re(3, "14:25", nadim, harIdx, "useful, ta");
        Post comma = say(4, "10:00", rpStyle, leonie, "serial comma or not in a UK children's book? my publisher's "
                + "house style says no but my editor added them everywhere");
        Post harComma = re(4, "10:30", harriet, comma, "house style wins. mention it to your editor, they may have "
                + "been working to a different sheet");
        re(4, "10:40", leonie, harComma, "ah that makes sense, thank you");
        Post picture = say(4, "16:00", rpAsk, leonie, "what do proofreaders charge for a 32-page picture book? trying "
                + "to budget for next year");
        say(5, "11:00", rpMargin, nadim, "friday! who's doing what this weekend");
        Post harDaves = say(5, "11:05", rpMargin, harriet, "Daves");
        re(5, "11:06", nadim, harDaves, "😂");
        Post cerPic = re(6, "09:00", cerys, picture, "for 32 pages most of us charge a flat fee, £60-100 depending on "
                + "how much text. picture books are more about consistency with the art than commas");
        re(6, "09:10", leonie, cerPic, "great, thank you");
        // W43: Cerys pushes the template unasked, twice; Nadim answers an author
        Post sale = say(8, "10:00", rpMargin, cerys, "my style-sheet template is 20% off this week, handy to hand to "
                + "your authors: cerysedits.example/style-sheet");
        re(8, "10:15", agatha, sale, "looks tidy Cerys");
        Post ebook = say(9, "10:00", rpAsk, poppy, "sent my editor the style sheet and she said it was the most "
                + "organised one she's had 😄 next question: do I need the paperback and the ebook proofread "
                + "separately?");
        Post harEbook = re(9, "10:30", harriet, ebook, "one proofread of the final typeset paperback, then check the "
                + "ebook conversion yourself. different files, same words");
        re(9, "10:35", poppy, harEbook, "ah that saves me money, ta");
        say(9, "14:00", rpTea, cerys, "if anyone's after a little present for an author friend, my style sheet "
                + "template is on offer till Sunday: cerysedits.example/style-sheet");
        Post toward = say(10, "11:00", rpStyle, nadim, "ok style nerds: 'toward' or 'towards' in a UK novel set in "
                + "Boston?");
        re(10, "11:10", agatha, toward, "narration UK 'towards', dialogue whatever the character would say");
        say(10, "11:15", rpStyle, harriet, "agree with Agatha");
        Post sample = say(11, "09:00", rpAsk, graham, "update: found a copy-editor through here (thanks Agatha for "
                + "the advice). is it normal for them to ask for a sample chapter first?");
        Post nadSample = re(11, "09:10", nadim, sample, "very normal, it's how they quote. most will edit 1,000 words "
                + "free so you can see how they work");
        re(11, "09:20", graham, nadSample, "good to know, thanks Nadim");
        say(12, "15:00", rpTea, agatha, "baked a cake shaped like a pilcrow. it's not great");
        say(12, "15:05", rpTea, harriet, "¶ respect");
        say(12, "15:06", rpTea, nadim, "photos or it didn't happen");
        // W44: Leonie books Cerys
        Post book = say(15, "09:00", rpAsk, leonie, "@Cerys Pugh would you be free to proofread my next picture book "
                + "in December? 28 pages");
        Post cerBook = re(15, "09:40", cerys, book, "I'd love to, I've a slot from the 3rd. I'll message you the "
                + "details");
        re(15, "09:45", leonie, cerBook, "yay");
        Post okay = say(16, "10:00", rpStyle, poppy, "is 'OK' or 'okay' more modern?");
        Post agOkay = re(16, "10:10", agatha, okay, "both fine, pick one and put it on that style sheet 😉");
        re(16, "10:12", poppy, agOkay, "ha, will do");
        Post dog = say(17, "11:00", rpMargin, harriet, "finished the Daves. turns out one of them is a dog");
        re(17, "11:02", nadim, dog, "the twist we deserved");
        say(17, "11:05", rpMargin, cerys, "plot holes 0, Daves 14");
        Post filled = say(18, "14:00", rpMargin, nadim, "November gap's filled now, thanks Agatha for the textbook");
        re(18, "14:10", agatha, filled, "thank you for taking it!");
    }

    private void staple() {
        // W42: Juno's swap sheet as it fills; a meme-shaped question; Kit says he's away
        Post bus = say(1, "18:00", zChat, robin, "finished issue 4 of my bus stop zine. 16 pages of bus shelters of "
                + "the east midlands, nobody asked for it and here it is");
        re(1, "18:10", wren, bus, "I asked for it. years ago. in my heart");
        say(1, "18:15", zChat, effie, "the shelter at Melton is a masterpiece");
        say(2, "12:00", zSwap, juno, "autumn swap is open! sign up here, 20 spots: "
                + "docs.google.example/forms/autumn-swap . post by 9 Nov");
        say(2, "12:30", zSwap, robin, "signed up 📮");
        say(2, "13:00", zSwap, sol, "in");
        say(2, "19:00", zPrint, effie, "nobody:\nme at 2am: what weight paper do you lot use for covers so they don't "
                + "crack when folded");
        say(2, "19:20", zPrint, kit, "160gsm and score it first with a butter knife");
        say(2, "19:25", zPrint, robin, "what Kit said, or 120 if it's going through a photocopier that hates you");
        say(2, "19:30", zPrint, effie, "butter knife. genius");
        Post porto = say(3, "10:00", zChat, kit, "off to Porto for two weeks from Thursday, back the 29th. I'll be on "
                + "here barely if at all");
        re(3, "10:10", juno, porto, "have fun! bring back azulejo zines");
        say(4, "09:00", zSwap, juno, "12 spots left for the autumn swap, sheet's here: "
                + "docs.google.example/forms/autumn-swap");
        Post first = say(4, "10:00", zSwap, effie, "signed up! my first swap 😬");
        re(4, "10:05", juno, first, "yay welcome, you'll love it");
        say(5, "19:55", zChat, wren, "just found out my local copy shop is shutting");
        say(5, "20:00", zChat, sol, "?");
        say(5, "20:05", zChat, wren, "yep. the one on Alder St. 30 years");
        say(5, "20:07", zChat, sol, "that's grim. the riso place in Hockley is still going at least");
        Post notts = say(6, "11:00", zFairs, robin, "Nottingham zine fest is on 17 Nov, who's going? could share a "
                + "table");
        re(6, "11:20", sol, notts, "me! half a table is plenty");
        say(6, "11:30", zFairs, wren, "I'll come and hang about");
        // W43: the sheet again, places filling; Wren's question to Kit (away) answered by Robin
        say(8, "09:00", zSwap, juno, "5 spots left, sheet here docs.google.example/forms/autumn-swap");
        say(8, "09:30", zSwap, wren, "just signed");
        Post thread = say(9, "14:00", zPrint, wren, "@Kit Mallory you did that long-stitch binding on your travel "
                + "zine, what thread did you use? want to try it for mine");
        Post robThread = re(9, "14:30", robin, thread, "not Kit but I use waxed linen thread, 4-ply, from the "
                + "bookbinding place in Leicester");
        re(9, "14:40", wren, robThread, "thanks Robin! will get some");
        Post slug = say(10, "19:00", zChat, effie, "made my first zine!! 8 pages about my allotment's slugs");
        re(10, "19:10", sol, slug, "slug zine!!!");
        Post inSwap = say(10, "19:12", zChat, juno, "this needs to be in the swap");
        re(10, "19:20", effie, inSwap, "it's going in 😄");
        Post split = say(11, "12:00", zFairs, sol, "table booked for Notts, £15 split two ways. Robin you owe me a "
                + "coffee and £7.50");
        re(11, "12:10", robin, split, "coffee AND a flapjack");
        Post riso = say(12, "16:00", zPrint, sol, "anyone know if the Hockley riso place does two colour? want pink "
                + "and teal");
        re(12, "16:30", juno, riso, "yes, and they've got fluoro pink now");
        say(12, "16:35", zPrint, sol, "oh that's dangerous");
        say(13, "11:00", zSwap, juno, "swap is full! 20 of you. addresses coming by DM this week");
        // W44: Kit back, answers
        say(15, "10:00", zChat, kit, "back! Porto was amazing, brought a stack of zines from a fair at Maus Hábitos");
        Post kitAns = re(15, "10:05", kit, thread, "@Wren Tobin sorry, only just saw this! waxed linen like Robin "
                + "said, and a curved needle helps a lot");
        re(15, "10:20", wren, kitAns, "ooh curved needle, thank you");
        Post phone = say(16, "20:00", zChat, robin, "issue 5 is going to be phone boxes");
        re(16, "20:01", wren, phone, "the franchise grows");
        say(17, "09:00", zSwap, effie, "posted mine! first class because I'm impatient").react("🙌", juno, sol);
        Post setup = say(18, "18:00", zFairs, wren, "what time are we setting up on the 17th?");
        re(18, "18:30", sol, setup, "doors 11, setup from 9.30");
        say(19, "12:00", zChat, juno, "reminder that zines are meant to be weird. that's all. carry on");
        say(19, "12:05", zChat, effie, "❤️");
    }

    private void index() {
        // W42: Anouk answers a "is there a macro" with her own paid pack and a free way
        Post legal = say(1, "09:00", ixLounge, lydia, "morning. embedding an index in Word for a 500-page legal book "
                + "today, pray for me");
        re(1, "09:10", tobias, legal, "🙏 embedded indexing is a special kind of patience");
        Post macro = say(1, "10:00", ixSoft, tobias, "is there a macro that sorts sub-entries in Word without messing "
                + "up the locators? doing it by hand is killing me");
        Post anoukPack = re(1, "10:30", anouk, macro, "I wrote one for exactly that, it's in my macro pack (€25): "
                + "indexmacros.example/pack . there's a free way too: sort with the field codes showing (Alt+F9), "
                + "clunkier but it works");
        re(1, "10:45", tobias, anoukPack, "oh the field codes trick worked, ta. might get the pack for the next one");
        Post cost = say(2, "11:00", ixAsk, caitlin, "my publisher says I have to pay for the index of my history book "
                + "myself. is that normal? and roughly how much?");
        Post lydCost = re(2, "11:30", lydia, cost, "sadly normal for academic books. budget about £3-4 per indexable "
                + "page, so a 300-page book with notes might be £900-1,200. ask for a quote with the page count");
        re(2, "11:40", caitlin, lydCost, "oof, but thank you, that helps me budget");
        Post garden = say(2, "15:00", ixAsk, mark, "production editor at a small press here: we need an indexer for "
                + "a 280pp garden history, proofs 12 Nov, index due 26 Nov. anyone free?");
        Post perFree = re(2, "15:20", peregrine, garden, "I'm free from the 10th, I'll email you");
        re(2, "15:25", mark, perFree, "great, thanks Peregrine");
        say(3, "14:00", ixOff, tobias, "the allotment gave me 40 courgettes. taking requests");
        say(3, "14:10", ixOff, lydia, "courgettes, see marrows");
        say(3, "14:12", ixOff, tobias, "😂 cross-reference of the year");
        Post room = say(4, "09:00", ixAsk, caitlin, "@Peregrine Shaw saw you're doing the garden history, would you "
                + "have room for my book too? 300pp, proofs early December");
        Post perRoom = re(4, "10:00", peregrine, room, "I would! early December works. send me the page count and a "
                + "sample chapter and I'll quote");
        re(4, "10:05", caitlin, perRoom, "sending now");
        Post rtf = say(5, "16:00", ixSoft, lydia, "does anyone's Cindex crash on export to RTF with long headings or "
                + "is it just mine?");
        Post anRtf = re(5, "16:20", anouk, rtf, "mine too. cap headings at 250 characters and it stops, it's a known "
                + "bug");
        re(5, "16:25", lydia, anRtf, "bless you");
        // W43: Anouk's v2, then a half-price push in the lounge; Caitlin's yes/no answered by a thumbs-up
        Post v2 = say(8, "09:00", ixSoft, anouk, "macro pack v2 is out: sub-entry sorting, a cross-ref checker and a "
                + "locator range fixer. indexmacros.example/pack");
        Post xref = re(8, "09:20", tobias, v2, "the cross-ref checker sounds great");
        re(8, "09:25", anouk, xref, "it flags see-also loops too, which I always miss by hand");
        Post pdf = say(9, "10:00", ixAsk, caitlin, "@Peregrine Shaw is it ok to send the proofs as a PDF or do you "
                + "need the Word file?");
        pdf.react("👍", peregrine);
        Post latin = say(9, "14:00", ixLounge, peregrine, "anyone else find garden histories have the worst Latin "
                + "names to double-post?");
        Post lydLatin = re(9, "14:10", lydia, latin, "double-post under common and Latin names, always, gardeners "
                + "look up both");
        re(9, "14:15", peregrine, lydLatin, "that's what I've been doing, good to hear");
        say(10, "09:00", ixAsk, caitlin, "PDF it is then, sending Friday");
        say(10, "11:00", ixLounge, anouk, "v2 of the macro pack is half price till Sunday for Index Card people: "
                + "indexmacros.example/pack");
        Post notes = say(11, "12:00", ixAsk, mark, "should we index the footnotes in a trade history? the author "
                + "wants them, the designer says there's no room");
        Post tobNotes = re(11, "12:30", tobias, notes, "for a trade book, only notes that add substance, not bare "
                + "citations. tell the author that's standard");
        re(11, "12:40", mark, tobNotes, "that's the compromise I needed, thanks");
        say(12, "15:00", ixOff, tobias, "courgette update: 12 left. it's a hostage situation");
        say(12, "15:05", ixOff, anouk, "courgette cake, trust me");
        // W44
        Post done = say(15, "09:00", ixLounge, lydia, "legal book done. 6,400 entries. I'm going to lie down until "
                + "2030");
        re(15, "09:10", peregrine, done, "well deserved");
        done.react("🎉", anouk, tobias);
        Post roman = say(16, "14:00", ixSoft, peregrine, "@Anouk de Vries does the locator range fixer handle roman "
                + "numeral prelims? my garden book starts at xiv");
        Post anRoman = re(16, "14:30", anouk, roman, "yes, as long as the prelims are a separate section in Word. if "
                + "they're not it gets confused, tell me and I'll send you a fix");
        re(16, "14:35", peregrine, anRoman, "perfect, thanks");
        Post arrived = say(17, "11:00", ixAsk, mark, "@Peregrine Shaw the garden history index arrived, it's "
                + "beautiful and the author is thrilled. invoice whenever");
        re(17, "11:30", peregrine, arrived, "so glad! invoice on its way");
        Post fix = say(18, "10:00", ixSoft, anouk, "small fix for v2 users: if sorting breaks on accented letters, "
                + "re-download from the same link: indexmacros.example/pack");
        re(18, "10:10", tobias, fix, "that explains my Ø problem, thanks");
    }

    private void memoir() {
        // W42: Declan's priced slot to a family who asked what it costs and who has space; Marisa's podcast twice
        Post parrot = say(1, "10:00", mwRoom, bernadette, "finished the first draft of Mr Acheson's memoir. 84 years, "
                + "two wars, one very opinionated parrot");
        Post chap = re(1, "10:10", hugh, parrot, "the parrot needs its own chapter");
        re(1, "10:15", bernadette, chap, "it has one");
        Post mum = say(1, "14:00", mwFam, sandra, "my mum is 88 and has started telling stories we've never heard. "
                + "we'd love to get them down before it's too late. where do we even start?");
        Post berMum = re(1, "14:30", bernadette, mum, "start with a recorder on the kitchen table and a photo album. "
                + "let the photos do the asking. even if you never hire anyone, get her voice recorded this month");
        say(1, "14:40", mwFam, hugh, "and label the photos while she's there to tell you who's who");
        re(1, "14:50", sandra, berMum, "oh that's a lovely way in. thank you both");
        Post cut = say(2, "09:00", mwCraft, marisa, "how do you handle it when the family wants a story left out that "
                + "the subject wants in?");
        Post hughCut = re(2, "09:30", hugh, cut, "the subject's book, the subject's call. but I put it in the "
                + "contract that I can do a private version and a family version");
        re(2, "09:40", marisa, hughCut, "two versions is clever. thank you");
        Post grandad = say(3, "11:00", mwFam, ivo, "hi all. my grandfather is 93, he was a ship's engineer. what does "
                + "it cost, roughly, to have someone write his story, and do any of you have space before Christmas?");
        Post decl = re(3, "11:20", declan, grandad, "Hi Ivo! I do exactly this: £1,800 for up to 40 pages, "
                + "hardback, six interviews. I have a slot starting 5 Nov, DM me to book a call");
        re(3, "11:40", bernadette, grandad, "prices vary a lot: from about £1,000 for a short booklet to £5,000+ for "
                + "a full book. worth talking to two or three of us. I'm full until January, sadly");
        re(3, "12:00", ivo, decl, "thanks, I'll DM you. and thanks Bernadette, useful to know the range");
        Post carre = say(4, "19:00", mwKettle, hugh, "anyone watching the new Le Carré adaptation? my wife has banned "
                + "me from pointing out the anachronisms");
        Post phone = re(4, "19:10", marisa, carre, "the push-button phone in 1974!!");
        re(4, "19:12", hugh, phone, "THANK you");
        Post pod = say(5, "10:00", mwRoom, marisa, "Marisa's Memoirs is now a podcast! episode 1: why your nan's "
                + "recipes are a memoir. marisamemoirs.example/podcast");
        say(6, "10:00", mwRoom, marisa, "ep 1 has 40 listens already 😊 marisamemoirs.example/podcast");
        re(6, "10:30", bernadette, pod, "listened on my walk, the bit about the handwritten recipe cards made me cry");
        // W43: Declan pitches June the day she arrives, while Ivo waits on him
        joins(8, "09:00", mwKettle, june);
        Post hello = say(8, "09:30", mwKettle, june, "hello! found you through a newspaper article. Mum's 90th is on "
                + "Saturday and she's been telling the same three stories all week 😄");
        re(8, "09:45", declan, hello, "sounds like she has a book in her! I write family memoirs: £1,800 for a "
                + "40-page hardback, ready for Christmas if we start next week. DM me to book a call");
        Post which = re(8, "10:00", hugh, hello, "welcome June! which three stories? the ones that get told over and "
                + "over are usually the important ones");
        Post three = re(8, "10:20", june, which, "the dance hall in 1956, the evacuee summer, and the time she met "
                + "Tommy Steele");
        re(8, "10:25", hugh, three, "that's a chapter list already");
        Post brother = say(9, "11:00", mwFam, sandra, "update: recorded two hours with Mum on Sunday with the photo "
                + "albums like Bernadette said. she talked about a brother none of us knew she had 😮 what now?");
        Post berBro = re(9, "11:30", bernadette, brother, "oh Sandra. go gently: ask if she'd like to say more next "
                + "time rather than pushing. and transcribe while it's fresh, the free Otter tier is fine for that");
        re(9, "11:45", sandra, berBro, "will do. thank you, really");
        Post otter = say(10, "10:00", mwCraft, declan, "what do you all use for transcription? Otter keeps mangling "
                + "Glaswegian");
        Post hughOtter = re(10, "10:20", hugh, otter, "Whisper on my laptop, then correct by ear. nothing does "
                + "Glaswegian well");
        re(10, "10:25", declan, hughOtter, "ha. cheers Hugh");
        Post dm = say(11, "14:00", mwFam, ivo, "@Declan Frew I sent you a DM last week about my grandfather, did you "
                + "get it? would like to get going");
        Post tape = say(12, "16:00", mwRoom, hugh, "finished the interviews for the Dunmore book. eleven hours of tape. "
                + "the best bit was off the record, of course");
        re(12, "16:10", bernadette, tape, "it always is");
        Post ep2 = say(12, "16:30", mwRoom, marisa, "ep 2 of the podcast is out: interviewing your dad when he doesn't "
                + "do feelings. marisamemoirs.example/podcast");
        Post bro = re(12, "17:00", bernadette, ep2, "sending that one to my brother 😂");
        re(12, "17:10", marisa, bro, "ha! tell me how it goes. and thank you for listening to ep 1, the recipe cards "
                + "bit came from my own gran");
        // W44
        Post decSorry = re(15, "09:00", declan, dm, "Sorry Ivo, mad week. Yes, got it, I'll send you dates today");
        re(15, "09:10", ivo, decSorry, "great thanks");
        Post diy = say(16, "14:00", mwFam, june, "my brothers want to do Mum's stories for her 91st. is it better to "
                + "pay someone or do it ourselves? we're not writers");
        Post hughDiy = re(16, "14:30", hugh, diy, "both work. DIY: record her, transcribe, edit lightly keeping her "
                + "words, print with a photobook company. if you want it polished, hire someone. record her either "
                + "way");
        say(16, "14:40", mwFam, marisa, "there's a free workbook on my site for exactly the DIY route, no strings: "
                + "marisamemoirs.example/workbook");
        re(16, "15:00", june, hughDiy, "that helps a lot. thanks Hugh, and Marisa for the workbook");
        Post bath = say(17, "10:00", mwKettle, declan, "anyone going to the Life Writing day in Bath? I'm giving a "
                + "talk on pricing memoir work");
        re(17, "10:10", hugh, bath, "I'll be there, save me a seat");
        Post more = say(18, "11:00", mwCraft, sandra, "Mum said more about her brother yesterday. then she asked me "
                + "to write it all down for her. I think we're making a book after all");
        Post berMore = re(18, "11:20", bernadette, more, "that's the best way it can happen. she's asking you. go "
                + "slowly");
        re(18, "11:25", sandra, berMore, "❤️");
    }

    private void shelf() {
        // W42: Clem's ARC form and the reminder Farah asked for; Tamsin's reviews in their room
        Post arc = say(1, "09:00", shArc, clem, "Hi all, Clem from Tidewrack Press. review copies of 'The Salt "
                + "Orchard' (literary, out 22 Nov): print now, ebook from 29 Oct. request here: "
                + "tidewrack.example/arc-salt-orchard");
        Post remind = re(1, "09:20", farah, arc, "ooh, requested print! can you remind us when the ebook copies "
                + "open? I've a friend who only reads on kindle");
        re(1, "09:30", clem, remind, "will do!");
        Post piranesi = say(1, "12:00", shReading, lowri, "finished Piranesi for the third time. no notes. what's "
                + "everyone on?");
        re(1, "12:10", benedikt, piranesi, "Orbital, slowly, on purpose");
        say(1, "12:15", shReading, tamsin, "The Bee Sting. 600 pages and I'd read 600 more");
        say(1, "12:20", shReading, lowri, "the bee sting took me a month and i regret nothing");
        say(1, "18:00", shLinks, tamsin, "review: The Bee Sting, or how to be wrecked by a family in Ireland "
                + "tamsinreads.example/bee-sting");
        say(2, "09:00", shLinks, nico, "new review up nicoreads.example/secret-history");
        Post tide = say(2, "11:00", shReading, farah, "anyone read anything from Tidewrack before? never heard of "
                + "them");
        Post benTide = re(2, "11:20", benedikt, tide, "they did 'Low Water' last year. small, but everything they put "
                + "out is lovely to hold");
        re(2, "11:25", farah, benTide, "good sign");
        Post orbital = say(2, "18:00", shLinks, tamsin, "review: Orbital, which Benedikt made me read "
                + "tamsinreads.example/orbital");
        re(2, "18:10", benedikt, orbital, "made you?? recommended. strongly.");
        say(3, "09:00", shArc, clem, "as asked: ebook copies of The Salt Orchard open Monday 29 Oct, same form "
                + "tidewrack.example/arc-salt-orchard");
        say(3, "10:00", shArc, lowri, "requested print too 🙏");
        Post pumpkins = say(3, "19:00", shChat, tamsin, "the bookshop in town put the autumn window up and it's all "
                + "pumpkins. every book. pumpkins");
        re(3, "19:05", lowri, pumpkins, "the pumpkin industrial complex");
        say(3, "19:08", shChat, tamsin, "😂");
        say(4, "18:00", shLinks, tamsin, "review: The Safekeep tamsinreads.example/safekeep");
        Post ending = say(4, "18:30", shReading, tamsin, "@Lowri Beddoe did you finish The Safekeep? I need to talk "
                + "about the ending");
        Post letters = re(4, "19:00", lowri, ending, "yes!! the letters!!!");
        re(4, "19:05", tamsin, letters, "I KNOW");
        say(5, "18:00", shLinks, tamsin, "review: Held tamsinreads.example/held");
        Post etiquette = say(6, "10:00", shChat, farah, "what's the etiquette if you didn't like an ARC? do you still "
                + "review it?");
        Post tamEt = re(6, "10:15", tamsin, etiquette, "I review it honestly but kindly, or I tell the publicist I'd "
                + "rather not post. never just vanish");
        say(6, "10:20", shChat, lowri, "what Tamsin said. publicists would rather know");
        re(6, "10:30", farah, tamEt, "makes sense, thank you");
        // W43: the ebook copies open; Nico's follow ask
        Post open = say(8, "09:00", shArc, clem, "ebook copies of The Salt Orchard are open now: "
                + "tidewrack.example/arc-salt-orchard");
        re(8, "09:10", farah, open, "thank you for remembering! passed it on");
        say(9, "09:00", shLinks, nico, "new review: nicoreads.example/yellowface");
        say(9, "09:05", shReading, nico, "just reviewed Yellowface, please follow my blog and like the post, trying to "
                + "hit 500 followers! nicoreads.example/yellowface");
        say(9, "09:30", shReading, benedikt, "the Yellowface discourse will outlive us all");
        Post rain = say(10, "12:00", shReading, farah, "started The Salt Orchard. the first chapter is just an orchard "
                + "in the rain. I'm in");
        Post tilts = re(10, "12:10", tamsin, rain, "I'm on chapter 4, the sister arrives and everything tilts");
        re(10, "12:15", farah, tilts, "no spoilers!!");
        Post salt = say(11, "18:00", shLinks, tamsin, "review: The Salt Orchard (ARC from Tidewrack, thanks Clem) "
                + "tamsinreads.example/salt-orchard");
        re(11, "18:20", clem, salt, "thank you Tamsin, this is gorgeous. the author cried");
        Post slump = say(12, "11:00", shChat, lowri, "is it a reading slump if i've just been rereading Piranesi");
        re(12, "11:05", benedikt, slump, "it's a reading loop");
        say(12, "11:06", shChat, lowri, "a comfort loop");
        Post german = say(13, "14:00", shChat, benedikt, "any recommendations for a German crime novel in "
                + "translation that isn't bleak? for my mum");
        Post kluft = re(13, "14:30", tamsin, german, "the Kluftinger books! cosy Bavarian detective, lots of cheese "
                + "noodles");
        re(13, "14:35", benedikt, kluft, "perfect, she loves noodles");
        // W44
        Post last = say(15, "10:00", shArc, clem, "last few print copies of The Salt Orchard. thank you to everyone "
                + "who's reviewed so far!");
        Post grab = re(15, "11:00", benedikt, last, "could I grab one? I review on the blog and on Storygraph");
        re(15, "11:10", clem, grab, "sending one today!");
        say(16, "09:00", shLinks, nico, "new review: nicoreads.example/james");
        say(16, "09:02", shChat, nico, "new post! nicoreads.example/james pls like and share 🙏");
        Post farahRev = say(17, "18:00", shLinks, farah, "my first ever review! The Salt Orchard "
                + "farahreads.example/salt-orchard");
        Post welcome = re(17, "18:10", tamsin, farahRev, "welcome to the madness! lovely review, the rain bit is "
                + "exactly it");
        re(17, "18:15", farah, welcome, "eee thank you");
        Post started = say(18, "20:00", shReading, lowri, "started The Salt Orchard finally. orchard. rain. yes");
        re(18, "20:05", farah, started, "JUST WAIT");
        Post robins = say(19, "12:00", shChat, tamsin, "bookshop window update: pumpkins gone. now it's all "
                + "Christmas robins");
        re(19, "12:02", lowri, robins, "the robin industrial complex");
    }

    private void wire() {
        // W42: Paddy's published frames in the chat; Stellan asks on three days and helps on one
        Post derby = say(1, "07:00", phDesk, noor, "Noor, picture desk at the Northern Echo: need a photographer for "
                + "Saturday's derby, 12:30 KO, £180 plus mileage. reply here");
        Post garDerby = re(1, "07:20", gareth, derby, "I'm free, and I've accreditation for the ground already");
        re(1, "07:30", noor, garDerby, "brilliant, it's yours. I'll email the brief");
        Post fire = say(1, "09:00", phChat, paddy, "my mill fire pic made the front of the Echo today "
                + "northernecho.example/news/mill-fire");
        re(1, "09:10", aisha, fire, "cracking frame Paddy");
        Post kid = say(1, "12:00", phLaw, stellan, "can I use a photo of a kid at a public event in a paper without "
                + "the parents' consent? UK");
        Post aishaKid = re(1, "12:20", aisha, kid, "legally yes in a public place, but most papers want consent for "
                + "children as policy. ask the desk, and get the parent's name for the caption anyway");
        re(1, "12:25", stellan, aishaKid, "ok thank you");
        Post lens = say(2, "10:00", phKit, ruth, "selling my old 70-200 f2.8 (Canon EF), a few scuffs, glass perfect, "
                + "£550. DM me");
        Post is = re(2, "10:30", stellan, lens, "does it have IS?");
        re(2, "10:40", ruth, is, "yes, it's the mark II");
        Post online = say(2, "14:00", phLaw, gareth, "has a paper ever used one of your pics in print AND online and "
                + "only paid for print? how did you chase it?");
        Post stelOnline = re(2, "14:20", stellan, online, "yes, the Courier did it to me. invoice the online use "
                + "separately and quote the NUJ rates. they paid");
        re(2, "14:30", gareth, stelOnline, "good, will do that");
        Post rowing = say(3, "09:00", phChat, paddy, "inside spread today, the rowing club "
                + "northernecho.example/sport/rowing-club");
        re(3, "09:15", gareth, rowing, "the low angle on the oars!");
        Post tape = say(3, "11:00", phLaw, stellan, "caption convention for a crime scene pic with police tape, do I "
                + "name the street?");
        Post ruthTape = re(3, "11:30", ruth, tape, "street yes, house number never");
        re(3, "11:35", stellan, ruthTape, "makes sense, thanks Ruth");
        Post sony = say(4, "11:00", phKit, paddy, "anyone tried the new Sony 300 2.8? thinking of renting one for "
                + "the derby season");
        Post garSony = re(4, "11:20", gareth, sony, "rented it last month. sharp, light, the hood is rubbish");
        re(4, "11:25", paddy, garSony, "ha, noted");
        Post shutter = say(4, "16:00", phKit, aisha, "my D850's shutter is making a new noise. repair or replace?");
        Post ruthShutter = re(4, "16:20", ruth, shutter, "what's the count? if it's near 200k get it done at "
                + "Fixation, £250ish, cheaper than a body");
        re(4, "16:30", aisha, ruthShutter, "190k. booking it in, thanks");
        Post shop = say(5, "09:00", phLaw, stellan, "do I need a release for a shop front with the owner in the "
                + "doorway, for a business feature?");
        Post garShop = re(5, "09:20", gareth, shop, "editorial use, no. but ask them anyway, they'll want to look nice");
        re(5, "09:25", stellan, garShop, "true!");
        Post save = say(5, "12:00", phChat, paddy, "back page today, the keeper's save "
                + "northernecho.example/sport/save");
        re(5, "12:10", noor, save, "two agencies have bought that frame already, well done");
        Post streak = say(6, "18:00", phChat, gareth, "derby done. 2-2, rain, a streaker. a full set");
        Post got = re(6, "18:10", paddy, streak, "a streaker!! did you get him?");
        re(6, "18:12", gareth, got, "the desk says we don't run those 😂");
        // W43
        Post court = say(8, "07:00", phDesk, noor, "Echo desk: two shifts Thursday, court 9-1 and a vigil at 7pm. "
                + "£120 each");
        re(8, "07:15", aisha, court, "I'll take the vigil");
        Post stelCourt = re(8, "07:20", stellan, court, "court please, if it's still open");
        re(8, "07:40", noor, stelCourt, "it's yours Stellan");
        Post steps = say(9, "10:00", phLaw, stellan, "at court, can I shoot people on the steps or is that contempt?");
        Post ruthSteps = re(9, "10:20", ruth, steps, "the steps are usually within the precincts. stand on the "
                + "pavement and you're fine");
        re(9, "10:25", stellan, ruthSteps, "pavement it is");
        Post still = say(10, "15:00", phKit, ruth, "still got the 70-200, now £500");
        Post payday = re(10, "15:20", stellan, still, "I'll take it if you can hold it till payday, Friday");
        re(10, "15:25", ruth, payday, "done, I'll hold it");
        Post agency = say(11, "12:00", phLaw, aisha, "do we invoice agencies for a vigil pic if they pick it off the "
                + "Echo's feed?");
        Post stelAgency = re(11, "12:30", stellan, agency, "check your Echo contract, most give them syndication "
                + "rights. if yours doesn't, yes, invoice");
        re(11, "12:35", aisha, stelAgency, "good point, checking");
        Post vigil = say(12, "09:00", phChat, paddy, "vigil pic by @Aisha Bello on the front today, beautiful light");
        re(12, "09:10", aisha, vigil, "thank you Paddy ❤️");
        Post beast = say(13, "16:00", phKit, stellan, "collected the 70-200 from Ruth, it's a beast");
        re(13, "16:05", ruth, beast, "look after her");
        // W44
        Post remembrance = say(15, "07:00", phDesk, noor, "Echo desk: Remembrance Sunday in three towns, 11 Nov. "
                + "£150 each, need three of you");
        re(15, "07:20", gareth, remembrance, "Darlington please");
        re(15, "07:25", paddy, remembrance, "Stockton");
        re(15, "07:30", ruth, remembrance, "I'll take Bishop");
        say(15, "07:45", phDesk, noor, "all yours, thanks all");
        Post fireworks = say(16, "10:00", phChat, paddy, "my fireworks shot is in the Echo weekend mag "
                + "northernecho.example/magazine/fireworks");
        fireworks.react("🔥", ruth, gareth);
        Post dmca = say(17, "14:00", phLaw, gareth, "anyone know how to register pics with the US copyright office? an "
                + "American site lifted my derby pic");
        Post stelDmca = re(17, "14:30", stellan, dmca, "you don't need to register to send a takedown. DMCA notice to "
                + "their host, there's a template on the NUJ site");
        re(17, "14:35", gareth, stelDmca, "cheers Stellan");
        Post kitten = say(18, "11:00", phKit, aisha, "D850 back from Fixation, new shutter, sounds like a kitten now");
        re(18, "11:05", ruth, kitten, "told you");
    }

    static Map<String, String> files() {
        return new HeldOutScenes82Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 82");
    }
}
