package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 137 (sealed): eight communities of bridge, chess, go, backgammon, puzzles and the games trade, of kinds
 * no earlier round used (bridge teachers and club directors, The Bidding Box, with a room where learners and clubs ask,
 * a lessons board and a teacher who spends a week sharing out a late fellow teacher's dealing machine, boards and
 * hand-record library among fellow teachers while a returning pupil and a U3A secretary who asked for her by name wait;
 * private chess coaches, Outpost Coaching, with a room where parents and adult players ask, an open-slots room, a new
 * coach who answers a parent's thanks with a price and a coach who answers a day late with an apology; a go club,
 * Ladder Breakers Go Club, where nobody sells, with a beginner whose reviews draw only thanks and who gives back in the
 * third week, a streamer who asks everyone to follow him and a member away who said so; a board-game publisher's own
 * server, Kettlewick Games, with its Team and Customers and a team member who leaves a customer's missing cards for
 * five days; logic-puzzle setters, Given Digits, with a commissions room where editors, a hospice newsletter and an
 * escape-room owner ask, a test-solving room and a setter who talks about himself for a week; freelance rulebook
 * editors, layout designers and playtest facilitators, Rulebook Clinic, with a room where game designers ask, a hire
 * board, a freelancer who posts tips to nobody for a week and a newcomer's DM pitch to a designer; a playing-card and
 * game printer's own server, Pipwell Print, with its Staff and Customers and a customer's DM to prepress; backgammon
 * players, Doubling Cube Club, with a board maker among them and a league organiser who scatters his sign-up link),
 * over three ISO weeks (2034-W01 to W03), written and labelled by writer137 (session 63) before any coach ran on them.
 * The labels are in {@code bot/src/test/resources/eval/held-out-scenes-137.csv}. Run {@link #main} from the project
 * root to write the export again.
 */
final class HeldOutScenes137Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2034, 1, 2);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2034, 1, 23, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-137";
    private static final int BASE = 107600;

    // --- A. bridge teachers and club directors ---
    private final String bidding = cast.guild(1651);
    private final Channel bbTable = cast.channel(bidding, "The Bidding Box", "teachers-table",
            "bridge teachers and club directors among ourselves: lessons, boards, the trade", "bb-teachers-table.json");
    private final Channel bbAsk = cast.channel(bidding, "The Bidding Box", "learners-ask",
            "learners, partners and clubs ask about lessons, bidding and play; teachers reply", "bb-learners-ask.json");
    private final Channel bbLessons = cast.channel(bidding, "The Bidding Box", "lessons-board",
            "teachers post their courses, supervised play and private lessons", "bb-lessons-board.json");
    private final Persona wilhelmina = cast.person("wilhelmina.aske", "Wilhelmina Aske");
    private final Persona cormac = cast.person("cormac.dunleavy", "Cormac Dunleavy");
    private final Persona perpetua = cast.person("perpetua.sloane", "Perpetua Sloane");
    private final Persona ignatius = cast.person("ignatius.rooke", "Ignatius Rooke");
    private final Persona tabitha = cast.person("tabitha.quennell", "Tabitha Quennell");
    private final Persona ursula = cast.person("ursula.penhaligon", "Ursula Penhaligon");
    private final Persona desmond = cast.person("desmond.achterberg", "Desmond Achterberg");
    private final Persona fiona = cast.person("fiona.latimer", "Fiona Latimer");
    private final Persona gideon = cast.person("gideon.thackray", "Gideon Thackray");

    // --- B. private chess coaches ---
    private final String outpost = cast.guild(1652);
    private final Channel ocCorner = cast.channel(outpost, "Outpost Coaching", "coaches-corner",
            "chess coaches among ourselves: pupils, tournaments, the trade", "oc-coaches-corner.json");
    private final Channel ocAsk = cast.channel(outpost, "Outpost Coaching", "parents-and-players-ask",
            "parents, schools and adult players ask about lessons and improving; coaches reply",
            "oc-parents-and-players-ask.json");
    private final Channel ocSlots = cast.channel(outpost, "Outpost Coaching", "open-slots",
            "coaches post free lesson slots and their rates", "oc-open-slots.json");
    private final Persona radomir = cast.person("radomir.kovac", "Radomir Kovac");
    private final Persona imogen = cast.person("imogen.threlfall", "Imogen Threlfall");
    private final Persona anselm = cast.person("anselm.byrne", "Anselm Byrne");
    private final Persona jory = cast.person("jory.pendrell", "Jory Pendrell");
    private final Persona nkechi = cast.person("nkechi.balogun", "Nkechi Balogun");
    private final Persona lorenzo = cast.person("lorenzo.fabbri", "Lorenzo Fabbri");
    private final Persona marisol = cast.person("marisol.quiroga", "Marisol Quiroga");
    private final Persona dorothea = cast.person("dorothea.wynne", "Dorothea Wynne");

    // --- C. a go club where nobody sells ---
    private final String ladder = cast.guild(1653);
    private final Channel lbGeneral = cast.channel(ladder, "Ladder Breakers Go Club", "general",
            "club chat", "lb-general.json");
    private final Channel lbReview = cast.channel(ladder, "Ladder Breakers Go Club", "game-review",
            "post your game records and stronger players will review them", "lb-game-review.json");
    private final Channel lbNights = cast.channel(ladder, "Ladder Breakers Go Club", "club-nights",
            "meetings, tournaments and sign-ups", "lb-club-nights.json");
    private final Persona kazimierz = cast.person("kazimierz.wolan", "Kazimierz Wolan");
    private final Persona yuki = cast.person("yuki.haraguchi", "Yuki Haraguchi");
    private final Persona benedikta = cast.person("benedikta.strom", "Benedikta Strom");
    private final Persona osric = cast.person("osric.pell", "Osric Pell");
    private final Persona florian = cast.person("florian.mbeki", "Florian Mbeki");
    private final Persona quentin = cast.person("quentin.asare", "Quentin Asare");
    private final Persona henrietta = cast.person("henrietta.lisle", "Henrietta Lisle");
    private final Persona aurelio = cast.person("aurelio.ferrante", "Aurelio Ferrante");

    // --- D. a board-game publisher's own server ---
    private final String kettlewick = cast.guild(1654);
    private final Role kgTeam = cast.role("Team", "#6a1b9a", 2);
    private final Role kgCustomer = cast.role("Customer", "#607d8b", 1);
    private final Channel kgNews = cast.channel(kettlewick, "Kettlewick Games", "announcements",
            "news from the Kettlewick team: printing, shipping, new games", "kg-announcements.json");
    private final Channel kgRules = cast.channel(kettlewick, "Kettlewick Games", "rules-questions",
            "ask how a rule works; the designers reply", "kg-rules-questions.json");
    private final Channel kgOrders = cast.channel(kettlewick, "Kettlewick Games", "pledge-and-orders",
            "backers and customers: pledges, addresses, missing or damaged parts; the team replies",
            "kg-pledge-and-orders.json");
    private final Channel kgTable = cast.channel(kettlewick, "Kettlewick Games", "table-talk",
            "chat about our games and your game nights", "kg-table-talk.json");
    private final Persona ottilie = cast.person("ottilie.brackenbury", "Ottilie Brackenbury", kgTeam);
    private final Persona fergus = cast.person("fergus.mallinder", "Fergus Mallinder", kgTeam);
    private final Persona saskia = cast.person("saskia.oduya", "Saskia Oduya", kgTeam);
    private final Persona barnabas = cast.person("barnabas.fenwick", "Barnabas Fenwick", kgCustomer);
    private final Persona ingrid = cast.person("ingrid.holmqvist", "Ingrid Holmqvist", kgCustomer);
    private final Persona rashida = cast.person("rashida.nwosu", "Rashida Nwosu", kgCustomer);
    private final Persona tadeusz = cast.person("tadeusz.lesko", "Tadeusz Lesko", kgCustomer);
    private final Persona magnus = cast.person("magnus.threadgold", "Magnus Threadgold");

    // --- E. logic-puzzle setters ---
    private final String given = cast.guild(1655);
    private final Channel gdLounge = cast.channel(given, "Given Digits", "setters-lounge",
            "puzzle setters among ourselves: grids, editors, the trade", "gd-setters-lounge.json");
    private final Channel gdWanted = cast.channel(given, "Given Digits", "commissions-wanted",
            "editors, publishers and venues post puzzle work; setters reply", "gd-commissions-wanted.json");
    private final Channel gdTest = cast.channel(given, "Given Digits", "test-solve",
            "post your puzzles for test-solving; report time, uniqueness and any guessing", "gd-test-solve.json");
    private final Persona thaddeus = cast.person("thaddeus.prewitt", "Thaddeus Prewitt");
    private final Persona ondine = cast.person("ondine.castellane", "Ondine Castellane");
    private final Persona mirela = cast.person("mirela.popescu", "Mirela Popescu");
    private final Persona caspian = cast.person("caspian.hurd", "Caspian Hurd");
    private final Persona leontyne = cast.person("leontyne.abara", "Leontyne Abara");
    private final Persona verity = cast.person("verity.oyelaran", "Verity Oyelaran");
    private final Persona ambrose = cast.person("ambrose.kitching", "Ambrose Kitching");
    private final Persona gwendolyn = cast.person("gwendolyn.tarrant", "Gwendolyn Tarrant");

    // --- F. freelance rulebook editors, layout designers and playtest facilitators ---
    private final String clinic = cast.guild(1656);
    private final Channel rcStudio = cast.channel(clinic, "Rulebook Clinic", "studio-chat",
            "freelancers among ourselves: editing, layout, playtesting", "rc-studio-chat.json");
    private final Channel rcAsk = cast.channel(clinic, "Rulebook Clinic", "designers-ask",
            "game designers ask about rulebooks, layout and playtesting; freelancers reply", "rc-designers-ask.json");
    private final Channel rcHire = cast.channel(clinic, "Rulebook Clinic", "hire-board",
            "freelancers post availability; designers post jobs", "rc-hire-board.json");
    private final Persona evangeline = cast.person("evangeline.sturrock", "Evangeline Sturrock");
    private final Persona piotr = cast.person("piotr.zalewski", "Piotr Zalewski");
    private final Persona adaeze = cast.person("adaeze.okafor", "Adaeze Okafor");
    private final Persona leopold = cast.person("leopold.garside", "Leopold Garside");
    private final Persona kit = cast.person("kit.harrowgate", "Kit Harrowgate");
    private final Persona cosima = cast.person("cosima.rendell", "Cosima Rendell");
    private final Persona bartholomew = cast.person("bartholomew.igwe", "Bartholomew Igwe");
    private final Persona sunita = cast.person("sunita.varma", "Sunita Varma");
    private final Channel rcDm = cast.dm(cosima, "rc-dm-cosima-rendell.json");

    // --- G. a playing-card and game printer's own server ---
    private final String pipwell = cast.guild(1657);
    private final Role ppStaff = cast.role("Staff", "#00695c", 2);
    private final Role ppCustomer = cast.role("Customer", "#8d6e63", 1);
    private final Channel ppNews = cast.channel(pipwell, "Pipwell Print", "print-news",
            "stock, press times and dispatch news from the print room", "pp-print-news.json");
    private final Channel ppOrders = cast.channel(pipwell, "Pipwell Print", "order-help",
            "customers: files, proofs, finishes and orders; staff reply", "pp-order-help.json");
    private final Channel ppShow = cast.channel(pipwell, "Pipwell Print", "show-your-deck",
            "show us what we printed for you", "pp-show-your-deck.json");
    private final Persona augustin = cast.person("augustin.fairweather", "Augustin Fairweather", ppStaff);
    private final Persona marigold = cast.person("marigold.esposito", "Marigold Esposito", ppStaff);
    private final Persona tomasz = cast.person("tomasz.wieczorek", "Tomasz Wieczorek", ppStaff);
    private final Persona josephine = cast.person("josephine.ayodele", "Josephine Ayodele", ppCustomer);
    private final Persona cuthbert = cast.person("cuthbert.lomax", "Cuthbert Lomax", ppCustomer);
    private final Persona seraphina = cast.person("seraphina.doyle", "Seraphina Doyle", ppCustomer);
    private final Persona ezekiel = cast.person("ezekiel.rahman", "Ezekiel Rahman", ppCustomer);
    private final Persona wendell = cast.person("wendell.okoro", "Wendell Okoro");
    private final Channel ppDm = cast.dm(seraphina, "pp-dm-seraphina-doyle.json");

    // --- H. backgammon players with a board maker among them ---
    private final String cube = cast.guild(1658);
    private final Channel dcGeneral = cast.channel(cube, "Doubling Cube Club", "general",
            "backgammon chat, clubs and tournaments", "dc-general.json");
    private final Channel dcPositions = cast.channel(cube, "Doubling Cube Club", "positions",
            "post a position or a cube decision and argue about it", "dc-positions.json");
    private final Channel dcSale = cast.channel(cube, "Doubling Cube Club", "for-sale",
            "sell and swap boards, dice, cups and cubes", "dc-for-sale.json");
    private final Persona cyprian = cast.person("cyprian.stavrou", "Cyprian Stavrou");
    private final Persona nadia = cast.person("nadia.benali", "Nadia Benali");
    private final Persona giorgos = cast.person("giorgos.pappas", "Giorgos Pappas");
    private final Persona lucinda = cast.person("lucinda.fairhurst", "Lucinda Fairhurst");
    private final Persona mehmet = cast.person("mehmet.kaya", "Mehmet Kaya");
    private final Persona ruairi = cast.person("ruairi.doolan", "Ruairi Doolan");
    private final Persona constance = cast.person("constance.webb", "Constance Webb");

    HeldOutScenes137Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        biddingBox();
        outpostCoaching();
        ladderBreakers();
        kettlewickGames();
        givenDigits();
        rulebookClinic();
        pipwellPrint();
        doublingCube();
    }

    private void biddingBox() {
        // W01: ordinary weeks; Tabitha leaves Fiona's question about her beginners' group
        Post wiNews = say(1, "09:10", bbTable, wilhelmina, "Happy new year all. Sad news to start it: Maurice Ellwood "
                + "died on Boxing Day. His family have asked me to see that his teaching kit goes to people who'll use "
                + "it.");
        re(1, "09:40", cormac, wiNews, "Oh no. He taught me to teach. Tell us how we can help.");
        Post peSorry = re(1, "10:05", perpetua, wiNews, "So sorry, Wilhelmina. Do you know the funeral date yet?");
        re(1, "10:20", wilhelmina, peSorry, "The 13th, at St Aldhelm's. I'll post details nearer the time.");
        Post fiLost = say(2, "10:00", bbAsk, fiona, "Complete beginner here. Is it normal to feel lost after three "
                + "lessons? All the point counting and I still can't bid.");
        Post pePoints = re(2, "10:30", perpetua, fiLost, "Completely normal. Count your points, open with 12 or "
                + "more, and let the rest come. Play a few hands a week at a friendly session rather than reading "
                + "more.");
        re(2, "10:45", fiona, pePoints, "That's reassuring, thank you.");
        say(2, "11:00", bbAsk, fiona, "@Tabitha Quennell you run the Tuesday beginners' group, is it still full? "
                + "I'd like to join if there's room.");
        say(3, "09:30", bbLessons, cormac, "Improvers' course, Thursday evenings from 19 Jan, 8 weeks, £96, village "
                + "hall in Ashby. Details: https://cormacbridge.example/improvers");
        Post taPrint = say(3, "14:00", bbTable, tabitha, "Has anyone found a dealing program that prints hand records "
                + "in a big font? My over-80s struggle with the small ones.");
        Post igPrint = re(3, "14:20", ignatius, taPrint, "I print from Dealmaster with a large-print template, 16pt. "
                + "I can send you the template file.");
        re(3, "14:35", tabitha, igPrint, "Yes please, that would save me an evening.");
        Post giWeak = say(4, "19:00", bbAsk, gideon, "Is there a good free handout on the weak no trump anywhere? "
                + "Our club is teaching it next month.");
        Post igWeak = re(4, "19:25", ignatius, giWeak, "I wrote one for my classes, free to use: "
                + "https://rookebridge.example/handouts/weak-nt.pdf (two pages, practice hands on the back).");
        re(4, "19:40", gideon, igWeak, "Perfect, thanks Ignatius.");
        Post taThanks = say(5, "10:00", bbTable, tabitha, "Template worked a treat, thanks @Ignatius Rooke. Large "
                + "print night went down very well.");
        re(5, "10:15", ignatius, taThanks, "Glad it helped.");
        Post fiStay = say(6, "10:00", bbAsk, fiona, "When partner opens 1NT and I've got four hearts, do I just bid "
                + "two hearts?");
        Post wiStay = re(6, "10:20", wilhelmina, fiStay, "Not yet! With 11 or more points and a four-card major, bid "
                + "2C (Stayman) to ask partner for a major. With fewer, pass, or transfer if you've learned transfers. "
                + "Ask your teacher which they use.");
        re(6, "10:35", fiona, wiStay, "Ah, that's the 2C thing. Thank you!");
        Post fiChase = say(6, "17:00", bbAsk, fiona, "@Tabitha Quennell just checking you saw my question about "
                + "Tuesdays? Happy to go on a waiting list.");
        Post taDirect = say(7, "11:00", bbTable, tabitha, "Director question: a player at my club led out of turn and "
                + "declarer accepted it without thinking. Anyone else seeing more of this since the new laws?");
        re(7, "11:30", cormac, taDirect, "Every week. I hand out the one-page summary of lead penalties now.");

        // W02: Wilhelmina shares out Maurice's kit among fellow teachers while Ursula and Desmond wait for her
        Post wiKit = say(8, "09:00", bbTable, wilhelmina, "Maurice's kit, as promised: one dealing machine, four sets "
                + "of 32 boards, bidding boxes for 12 tables, and twenty years of hand records and lesson notes. His "
                + "family want the house cleared by the 20th. Who can use what?");
        Post coKit = re(8, "09:20", cormac, wiKit, "Our club would take two sets of boards and the bidding boxes, if "
                + "nobody needs them more.");
        Post peKit = re(8, "09:35", perpetua, wiKit, "The machine should go where they run a lot of duplicate. That's "
                + "you, Ignatius, surely?");
        Post igKit = re(8, "09:50", ignatius, peKit, "We'd love it, but I think it needs a service. We'll pay for "
                + "that.");
        re(8, "10:10", wilhelmina, igKit, "@Cormac Dunleavy two sets and the boxes are yours. @Ignatius Rooke the "
                + "machine is yours; I'll ask his son about its service history.");
        Post tabReply = re(8, "10:30", tabitha, fiChase, "So sorry Fiona, I missed this over New Year. Tuesdays are "
                + "full until Easter, but I've put you first on the list and I'll message you if a seat comes up.");
        re(8, "10:50", fiona, tabReply, "Thank you, that's fine!");
        Post urAsk = say(8, "11:00", bbAsk, ursula, "@Wilhelmina Aske I did your improvers' course in the autumn and "
                + "loved it. Are you running the next level this spring? I'd like two places, for me and my partner.");
        Post deAsk = say(9, "14:00", bbAsk, desmond, "Hello, I'm the secretary of Holloway U3A bridge group. A friend "
                + "says @Wilhelmina Aske teaches clubs. Could you quote for a six-week defence course for about 20 "
                + "members in March?");
        Post taScan = re(9, "15:00", tabitha, wiKit, "Are the lesson notes typed or handwritten? If handwritten I'd "
                + "happily scan them so we all have a copy.");
        re(9, "15:30", wilhelmina, taScan, "Mostly handwritten, in ring binders. Scanning is a lovely idea, thank you "
                + "Tabitha. They're yours to take and scan.");
        Post wiMachine = say(10, "10:00", bbTable, wilhelmina, "Spoke to his son: the machine was serviced in 2032, so "
                + "@Ignatius Rooke you may get away with new belts. Can you collect on Saturday?");
        Post igSat = re(10, "10:30", ignatius, wiMachine, "Saturday morning works. I'll bring the estate car.");
        re(10, "10:45", wilhelmina, igSat, "Perfect, I'll have the kettle on.");
        Post urChase = re(10, "18:00", ursula, urAsk, "@Wilhelmina Aske sorry to chase, our club's spring sign-up "
                + "closes soon and we'd rather do yours.");
        Post peRecords = say(11, "09:00", bbTable, perpetua, "Would anyone mind if I took the hand records from his "
                + "county teaching days? I'd like to use his deals with my juniors.");
        re(11, "09:20", wilhelmina, peRecords, "He'd have loved that. They're yours, @Perpetua Sloane.");
        Post coDrive = say(11, "10:00", bbTable, cormac, "@Wilhelmina Aske I can drive the boards over to our club on "
                + "Saturday if you're at the house.");
        re(11, "10:15", wilhelmina, coDrive, "I'll be there from ten. Bring boxes, there's a lot.");
        Post taNudge = say(12, "10:00", bbTable, tabitha, "@Wilhelmina Aske I think you've two people waiting for you "
                + "in #learners-ask.");
        re(12, "10:20", wilhelmina, taNudge, "I know, I'll get to them once the house is cleared. Thanks for looking "
                + "out.");
        Post wiFuneral = say(12, "11:00", bbTable, wilhelmina, "Funeral is tomorrow at 11. His family say teachers are "
                + "welcome to wear their club ties; he'd have laughed.");
        re(12, "12:00", perpetua, wiFuneral, "We'll be there.");
        Post deChase = re(13, "09:00", desmond, deAsk, "@Wilhelmina Aske just following up on the March course. Our "
                + "committee meets Monday and I'd like to bring them a figure.");
        Post taToday = say(13, "16:00", bbTable, tabitha, "Thinking of everyone today.");
        re(13, "16:30", wilhelmina, taToday, "Thank you. A good send-off: forty bridge players in one church and "
                + "nobody revoked.").react("❤️", tabitha, cormac, perpetua);
        Post wiDone = say(14, "11:00", bbTable, wilhelmina, "Boards and bidding boxes are at Cormac's club, the machine "
                + "is with Ignatius, the binders are with Tabitha for scanning and Perpetua has the county records. "
                + "Maurice's kit has all found homes. Thank you all.");
        Post igWorks = re(14, "11:20", ignatius, wiDone, "And the machine dealt its first board this morning!");
        re(14, "11:30", wilhelmina, igWorks, "Brilliant. That would have made him smile.");

        // W03: Wilhelmina answers both with apologies
        Post wiUr = re(15, "08:30", wilhelmina, urChase, "Ursula, I'm so sorry for the silence, I've been clearing a "
                + "late friend's teaching kit. Yes: Level 2 starts 1 March, Wednesday evenings, £110 each. I'll hold "
                + "two places for you both.");
        Post wiDe = re(15, "08:45", wilhelmina, deChase, "Desmond, apologies for the wait. Six weeks of defence for "
                + "20 in March would be £360 plus mileage, with hand records for every session. I can do Thursday "
                + "afternoons.");
        re(15, "10:00", ursula, wiUr, "Sorry for your loss, and thank you. Two places, yes please!");
        re(16, "09:00", desmond, wiDe, "Thank you, the committee said yes. I'll email you the dates.");
        Post giSeq = say(17, "19:00", bbAsk, gideon, "Weak no trump lesson went well with Ignatius's handout. Any "
                + "advice on what to teach next?");
        say(17, "19:20", bbAsk, perpetua, "After the weak NT, teach Stayman and transfers together, they're easier "
                + "as a pair. Keep it to four-card majors only for the first week.");
        re(17, "19:40", gideon, giSeq, "Thanks Perpetua, that's the plan then.");
        say(18, "09:00", bbLessons, wilhelmina, "Level 2 course, Wednesday evenings from 1 March, 8 weeks, £110, a few "
                + "places left: https://wilhelminaaske.example/level2");
        Post coPeek = say(19, "20:00", bbTable, cormac, "How do you all handle a pupil who keeps peeking at partner's "
                + "cards? Nicely, I mean; she's 84.");
        re(19, "20:20", wilhelmina, coPeek, "Seat her with her back to the light and give her a card holder. Half the "
                + "time they're not peeking, they just can't hold thirteen cards.");
        Post peJuniors = say(20, "16:00", bbTable, perpetua, "Started using Maurice's deals with the juniors. They loved "
                + "the one where the 8-card fit makes with 19 points.");
        re(20, "16:30", tabitha, peJuniors, "Scans of the binders are nearly done, I'll share the folder next week.");
    }

    private void outpostCoaching() {
        // W01
        Post raHastings = say(1, "10:00", ocCorner, radomir, "Happy new year. Hastings starts this week, anyone "
                + "playing?");
        re(1, "10:30", imogen, raHastings, "Only watching online. Two of my juniors are in the weekend Challengers.");
        re(1, "10:40", anselm, raHastings, "Playing the Premier reserves. Wish me luck.");
        say(2, "09:00", ocSlots, imogen, "Two junior slots free on Saturday mornings from 14 Jan, £28 an hour online "
                + "or at the library. Message me.");
        Post nkFirst = say(2, "11:00", ocAsk, nkechi, "My son is 9 and has his first junior rapidplay on the 14th. "
                + "What should he bring, and how do we stop him crying if he loses?");
        Post imFirst = re(2, "11:25", imogen, nkFirst, "A drink, a snack, a pen and a book for between rounds. For "
                + "losing: agree beforehand that he'll tell you one good move from each game, win or lose. It moves "
                + "the focus off the result.");
        Post nkThanks = re(2, "11:40", nkechi, imFirst, "The good-move idea is brilliant, thank you.");
        joins(3, "09:00", ocCorner, jory);
        Post joHi = say(3, "09:15", ocCorner, jory, "Hi all, Jory, chess trainer in Truro, new here.");
        re(3, "09:30", radomir, joHi, "Welcome Jory.");
        Post joPitch = re(4, "12:00", jory, nkThanks, "I coach juniors for tournament nerves specifically. Four lessons "
                + "for £110, first one this Saturday if you DM me.");
        re(4, "12:30", nkechi, joPitch, "Thanks, we're fine for now.");
        Post loTime = say(4, "18:00", ocAsk, lorenzo, "Adult improver, 1350 online. I keep losing won positions in "
                + "time trouble. Is it worth getting a coach, or should I just play slower games?");
        Post anTime = re(4, "18:30", anselm, loTime, "Both, but slower games first: 15+10 at least, and a rule of no "
                + "move under ten seconds in the middlegame. A coach helps most once you've got thirty slow games to "
                + "look at.");
        re(4, "18:45", lorenzo, anTime, "Thirty slow games, got it. Thanks.");
        Post imRefund = say(5, "20:00", ocCorner, imogen, "Anyone else finding parents want results guaranteed? Had a "
                + "dad ask for a refund because his daughter lost to a seven-year-old.");
        re(5, "20:10", radomir, imRefund, "Every January. I tell them I teach chess, not grades.");
        re(5, "20:25", jory, imRefund, "I put it in my terms now: lessons, not ratings.");
        say(5, "21:00", ocSlots, jory, "Slots open: weekday evenings online, juniors and adults, £30/hr. DM me.");
        Post maSheets = say(6, "12:30", ocAsk, marisol, "I'm starting a lunchtime chess club at a primary school. Any "
                + "good free puzzle sheets for 7-9 year olds?");
        Post imSheets = re(6, "13:00", imogen, maSheets, "I made a set for my school clubs, free to print: "
                + "https://imogenchess.example/puzzles/mate-in-one (40 mate-in-ones with big diagrams). Start there.");
        re(6, "13:15", marisol, imSheets, "Thank you! Printing them now.");
        Post anRes = say(7, "19:00", ocCorner, anselm, "Reserves went 3/5. Lost a rook ending I'd teach a pupil to "
                + "draw.");
        re(7, "19:20", radomir, anRes, "The cobbler's children go barefoot.");

        // W02: Radomir answers Lorenzo a day late with an apology; Jory asks and helps
        Post loReview = say(8, "09:00", ocAsk, lorenzo, "@Radomir Kovac I watched your endgame talk on the club stream "
                + "last month. Do you take adults for one-off game reviews? I've five slow games I'd like picked "
                + "apart.");
        Post raLate = re(9, "13:30", radomir, loReview, "Sorry Lorenzo, I only just saw this, I was arbiting at the "
                + "Torquay congress all weekend with no signal. Yes I do: send the five games as PGN, £45 for a "
                + "90-minute review on video. Friday evening?");
        re(9, "13:50", lorenzo, raLate, "Friday's great. Sending them now.");
        Post joBoard = say(10, "17:00", ocCorner, jory, "Question for the room: does anyone use an online board for "
                + "lessons that lets the pupil draw arrows too? Studies feel clunky for eight-year-olds.");
        Post imBoard = re(10, "17:20", imogen, joBoard, "A shared lichess study with 'contributor' turned on lets them "
                + "draw. Or a classroom account somewhere kid-friendly.");
        re(10, "17:35", jory, imBoard, "Contributor, that's what I missed. Thanks.");
        Post nkUpdate = say(11, "19:00", ocAsk, nkechi, "Update: Femi scored 3/6 at his rapidplay and told me his good "
                + "moves all the way home. Thanks @Imogen Threlfall. He wants lessons now, have you a Saturday left?");
        Post imSat = re(11, "19:20", imogen, nkUpdate, "That's wonderful! Yes, I kept a Saturday at 10. Shall we start "
                + "on the 21st?");
        re(11, "19:30", nkechi, imSat, "Perfect, see you then.");
        Post loDone = say(12, "21:00", ocAsk, lorenzo, "Review with Radomir was eye-opening. My time trouble comes "
                + "from my openings, not my clock.");
        re(12, "21:20", radomir, loDone, "Glad it helped. Play the Exchange lines for a month and see.");
        Post maQuiet = say(13, "12:45", ocAsk, marisol, "Club started, 25 kids. How do I keep them quiet enough to "
                + "think?");
        Post joQuiet = re(13, "13:10", jory, maQuiet, "Tournament manners from week one: touch-move, hands down after "
                + "moving, whisper only. Put a ladder on the wall and they'll police the noise themselves.");
        re(13, "13:20", marisol, joQuiet, "A ladder! They'll love that. Thanks Jory.");
        say(14, "10:00", ocSlots, radomir, "Adult game-review slots, Friday evenings, £45 for 90 minutes.");

        // W03: Anselm answers a returning player with a plan and his discounted course
        joins(15, "09:50", ocAsk, dorothea);
        Post doOpen = say(15, "10:00", ocAsk, dorothea, "Returning to chess after twenty years, about 1600 back then. "
                + "How should I study openings now? Any resources you'd recommend?");
        Post anOpen = re(15, "10:30", anselm, doOpen, "Learn ideas, not lines: pick one opening as White and one "
                + "defence each to e4 and d4, and play them in every slow game for three months. Look up the games "
                + "you lose afterwards, not before. If you want a structured route, my Caro-Kann course covers the "
                + "defence move by move, 20% off this week: https://anselmbyrne.example/caro-kann");
        re(15, "10:50", dorothea, anOpen, "Thanks, that's a clear plan. I'll have a look.");
        Post imBlitz = say(16, "20:00", ocCorner, imogen, "Femi's first lesson on Saturday went well. Any tips for "
                + "nine-year-olds who only want to play blitz?");
        re(16, "20:15", radomir, imBlitz, "Let him, then make him explain one blitz loss to you each lesson.");
        re(16, "20:30", jory, imBlitz, "I give a sticker for every game over 30 minutes. Bribery works.");
        Post maSimul = say(17, "12:30", ocAsk, marisol, "The club's up to 31 kids! Could anyone come and give a simul "
                + "in February? We have a small budget.");
        Post raSimul = re(17, "13:00", radomir, maSimul, "I'd love to. For a school I charge £80 for a simul of up to "
                + "30 boards. Tell me a date.");
        re(17, "13:10", marisol, raSimul, "Wonderful, how about 9 Feb?");
        Post anFinal = say(18, "18:00", ocCorner, anselm, "Reserves final round tomorrow. If I draw I tie for "
                + "second.");
        re(19, "21:00", anselm, anFinal, "Drew. Tied second. Rook ending held this time.");
        Post loRule = say(19, "19:00", ocAsk, lorenzo, "@Anselm Byrne your ten-second rule has cut my time losses in "
                + "half. Thank you.");
        re(19, "19:30", anselm, loRule, "Great to hear, keep going.");
        Post doBack = say(20, "11:00", ocAsk, dorothea, "Played my first slow game in twenty years. Lost, but I knew "
                + "why.");
        re(20, "11:20", imogen, doBack, "That's the best kind of loss. Welcome back!");
    }

    private void ladderBreakers() {
        // W01: Osric posts games, three reviewers, only thanks; he leaves Florian's question
        say(1, "09:00", lbNights, kazimierz, "Club nights start again Thursday 5 Jan, 7pm at the Friends Meeting "
                + "House. Beginners welcome, sets provided.");
        Post osG1 = say(1, "12:00", lbReview, osric, "First 13x13 game against a person instead of the computer. Lost "
                + "by a lot. https://goserver.example/game/58211");
        Post yuG1 = re(1, "14:00", yuki, osG1, "Nice first game. Move 14: you played inside your own territory, which "
                + "was already safe. Big moves first: the open side at move 20 was worth more than anything else.");
        re(1, "14:30", osric, yuG1, "thanks");
        Post heHi = say(2, "10:00", lbGeneral, henrietta, "Morning all. Does anyone have the Thursday key this week, "
                + "or is Kazimierz opening up?");
        re(2, "10:20", kazimierz, heHi, "I'll open up. Bring biscuits.");
        say(2, "11:00", lbNights, kazimierz, "Leeds rapid on Saturday 21 Jan: sign-up sheet here, 24 places. "
                + "https://forms.example/leeds-rapid-2034");
        Post osG2 = say(3, "11:00", lbReview, osric, "another one, 9x9, lost again https://goserver.example/game/58377");
        Post yuG2 = re(3, "12:00", yuki, osG2, "Better! You kept your stones connected. At 31 you need to save the "
                + "cutting stones, not the tail.");
        re(3, "12:10", osric, yuG2, "ok thanks");
        say(4, "18:00", lbNights, florian, "@Osric Pell are you coming Thursday? I'll bring a 13x13 set and we could "
                + "play a teaching game.");
        Post osG3 = say(5, "09:00", lbReview, osric, "won my first game!! https://goserver.example/game/58502");
        Post kaG3 = re(5, "09:30", kazimierz, osG3, "Congratulations! Your opponent gave you the ladder at 40, but "
                + "you saw it, which is the point.");
        re(5, "09:40", osric, kaG3, "thanks");
        Post kaNight = say(5, "22:00", lbGeneral, kazimierz, "Good turnout tonight: 14 people, three new.");
        re(5, "22:10", henrietta, kaNight, "The new teaching board is a hit.");
        Post beAway = say(6, "10:00", lbGeneral, benedikta, "Heads up: I'm in Bergen from the 9th and back on the 16th, "
                + "so no reviews from me till then.");
        re(6, "10:15", yuki, beAway, "Have a good trip!");
        Post osG4 = say(6, "15:00", lbReview, osric, "lost to a 20k https://goserver.example/game/58611");
        Post yuG4 = re(6, "16:00", yuki, osG4, "Your opening was fine; the fight at 60 started with a cut you didn't "
                + "need to make. Read a ladder out before you play it.");
        re(6, "16:10", osric, yuG4, "thanks");
        Post heJoseki = say(7, "11:00", lbReview, henrietta, "Question for stronger players: in the low approach "
                + "one-space pincer, when do I jump out instead of pressing?");
        Post yuJoseki = re(7, "11:40", yuki, heJoseki, "When the pincer stone is weaker than your group. Count "
                + "liberties, not stones.");
        re(7, "12:00", henrietta, yuJoseki, "Makes sense, thanks Yuki.");

        // W02: Quentin joins and asks everyone to follow his stream; Henrietta asks Benedikta, who is away
        Post osG5 = say(8, "20:00", lbReview, osric, "played at the club thursday, record here "
                + "https://goserver.example/game/58790");
        Post kaG5 = re(9, "09:00", kazimierz, osG5, "A real fight. You handled the corner well; the left side "
                + "collapsed because of the cut at 52.");
        re(9, "09:10", osric, kaG5, "thanks");
        joins(9, "20:00", lbGeneral, quentin);
        Post quFollow = say(9, "20:10", lbGeneral, quentin, "Hey all! I stream go every night on Twitch, please follow "
                + "and like the VODs, it really helps the channel grow: https://twitch.example/quentinplaysgo");
        say(9, "20:15", lbReview, quentin, "Also reviewing viewer games live, follow me and drop a like: "
                + "https://twitch.example/quentinplaysgo");
        Post kaWelcome = re(9, "21:00", kazimierz, quFollow, "Welcome Quentin. Come along on a Thursday too, we'd love "
                + "a strong player at the teaching boards.");
        re(10, "08:30", quentin, kaWelcome, "Thanks! Thursdays are stream nights but maybe.");
        say(10, "12:00", lbGeneral, henrietta, "@Benedikta Strom when you're back, could you look at my pincer game? "
                + "Yuki's answer helped but I still lost the corner. No rush!");
        Post yuHandicap = say(11, "19:00", lbGeneral, yuki, "Anyone fancy a handicap teaching league this term? "
                + "Stronger players give stones, everyone plays two games a month.");
        re(11, "19:20", florian, yuHandicap, "Yes, count me in.");
        re(11, "19:30", henrietta, yuHandicap, "Me too.");
        say(12, "11:00", lbNights, kazimierz, "Leeds rapid: 8 places left on the sheet. "
                + "https://forms.example/leeds-rapid-2034");
        Post flOsric = say(13, "09:00", lbGeneral, florian, "Osric came on Thursday and played me on 9 stones. Nearly "
                + "had me too.");
        re(13, "09:20", kazimierz, flOsric, "Good to see him in person.");

        // W03: Osric gives back; Benedikta is back
        joins(15, "18:00", lbGeneral, aurelio);
        Post auG1 = say(15, "18:30", lbReview, aurelio, "Hi, I learned last week from an app. My first game against "
                + "someone real: https://goserver.example/game/59104");
        Post osAu = re(15, "19:15", osric, auG1, "I'm only about 22k but at move 12 you did what I used to do, played "
                + "inside your own territory. Yuki taught me to look for the biggest open area first. Your group at "
                + "the top was nicely alive though.");
        re(15, "19:30", aurelio, osAu, "That's helpful, thank you!");
        say(15, "19:40", lbNights, osric, "@Florian Mbeki sorry I never answered you about Thursday, I was nervous "
                + "about coming. Same teaching game this week?");
        say(15, "20:00", lbNights, florian, "Absolutely, I'll bring the set.");
        Post beBack = say(16, "09:00", lbReview, benedikta, "Back from Bergen. @Henrietta Lisle in your pincer game "
                + "you jumped one move too late: at 23 the pincer stone had two liberties, so press there first.");
        re(16, "09:30", henrietta, beBack, "Ahh, I see it now. Thank you, and welcome back!");
        Post quRev = say(17, "20:00", lbReview, quentin, "@Aurelio Ferrante had a look at your game: your opening "
                + "was fine, the group at the bottom died because you made a second eye too late. Try life-and-death "
                + "problems for ten minutes a day.");
        re(17, "20:20", aurelio, quRev, "Will do, thanks Quentin.");
        Post osG6 = say(18, "12:00", lbReview, osric, "won on 9 stones against Florian! "
                + "https://goserver.example/game/59230");
        Post flG6 = re(18, "12:20", florian, osG6, "Deserved, too. You read the ladder right this time.");
        re(18, "12:30", osric, flG6, "Thanks for the games Florian, I finally get why the corner matters. "
                + "Rematch Thursday?");
        say(21, "20:00", lbGeneral, kazimierz, "Leeds rapid results: Yuki second in the open, Henrietta won the "
                + "handicap section. Well played all.");
    }

    private void kettlewickGames() {
        // W01
        say(1, "10:00", kgNews, ottilie, "Happy new year from Kettlewick! Saltmarsh: The Tidal Expansion is at the "
                + "printer, and late pledges are open until Sunday: https://kettlewick.example/late-pledge");
        Post taHeron = say(2, "19:00", kgRules, tadeusz, "Can a heron token move through a flooded tile, or does it "
                + "stop?");
        Post saHeron = re(2, "19:30", saskia, taHeron, "It stops. Flooded tiles end all movement except boats. It's on "
                + "page 9, but the wording is easy to miss; it'll be clearer in the second printing.");
        re(2, "19:45", tadeusz, saHeron, "Thanks, that settles an argument.");
        say(3, "12:00", kgTable, ottilie, "Reminder: late pledges close on Sunday, and the expansion won't be in shops "
                + "for a year. https://kettlewick.example/late-pledge");
        Post baNight = say(3, "21:00", kgTable, barnabas, "Taught Saltmarsh at our games night, and four of them "
                + "late-pledged that evening. I told them all about you lot.");
        re(3, "21:20", ottilie, baNight, "Barnabas, that's brilliant, thank you! Tell them to shout here with any "
                + "rules questions.");
        Post inWhere = say(4, "09:00", kgOrders, ingrid, "Where do I late-pledge the expansion only? I already have the "
                + "base game.");
        Post otWhere = re(4, "09:20", ottilie, inWhere, "Here, choose 'expansion only': "
                + "https://kettlewick.example/late-pledge. UK shipping for it is £6.");
        re(4, "09:40", ingrid, otWhere, "Done, thank you!");
        Post raAddr = say(5, "13:00", kgOrders, rashida, "Can I still change my shipping address after the pledge "
                + "manager locks?");
        Post feAddr = re(5, "13:20", fergus, raAddr, "Yes, until 1 Feb: just post or message us the new one.");
        re(5, "13:30", rashida, feAddr, "Great, thanks.");
        Post baEgret = say(6, "20:00", kgRules, barnabas, "Does the egret's double move count as one action or two "
                + "for the tide track?");
        Post saEgret = re(6, "20:30", saskia, baEgret, "One action. The tide only moves on actions, not steps.");
        re(6, "20:40", barnabas, saEgret, "Perfect, we'd been playing it wrong.");
        say(7, "18:00", kgNews, fergus, "Late pledges are closed: 412 of you, thank you. Expansion surveys go out on "
                + "the 17th.");

        // W02: Fergus posts shipping waves and leaves Rashida's missing cards
        Post taSunday = say(8, "12:00", kgTable, tadeusz, "Anyone near Manchester fancy a game of Saltmarsh on "
                + "Sunday afternoon?");
        Post baSunday = re(8, "12:30", barnabas, taSunday, "I'm in Stockport, count me in.");
        re(8, "12:45", tadeusz, baSunday, "Great, I'll message you the address.");
        say(8, "10:00", kgNews, fergus, "Wave 1 of the base-game reprint ships today to UK backers.");
        Post taTie = say(9, "19:00", kgRules, tadeusz, "@Saskia Oduya what happens if two players tie on the final "
                + "tide track?");
        Post saTie = re(9, "19:45", saskia, taTie, "Most herons on the board wins the tie; if that's tied too, share "
                + "the victory.");
        re(9, "20:00", tadeusz, saTie, "Sharing it is, thanks.");
        Post raMissing = say(10, "10:00", kgOrders, rashida, "@Fergus Mallinder my reprint arrived with a crushed "
                + "corner and two tide cards missing. Could you send replacements?");
        say(11, "09:00", kgNews, fergus, "Wave 2 ships today, EU backers. Tracking emails go out tonight.");
        Post inTrack = say(11, "11:00", kgOrders, ingrid, "Has anyone had a tracking email for the UK wave yet?");
        Post feTrack = re(11, "11:20", fergus, inTrack, "UK tracking went out on Monday, Ingrid; check your spam "
                + "folder. If it's not there I'll resend it.");
        re(11, "11:40", ingrid, feTrack, "Found it in spam, thanks!");
        Post raChase = re(12, "09:30", rashida, raMissing, "@Fergus Mallinder sorry to chase, did you see this about "
                + "the missing cards? Happy to post a picture of the box.");
        say(12, "15:00", kgNews, fergus, "Wave 3 (US) is on the water. Estimated arrival early February.");
        Post baInsert = say(13, "20:00", kgTable, barnabas, "Anyone found an insert that fits the expansion and the "
                + "base game in one box?");
        Post feInsert = re(13, "20:30", fergus, baInsert, "We're testing one now. The base box has room if you ditch "
                + "the cardboard tray.");
        re(13, "20:45", barnabas, feInsert, "Good to know, tray's going in the recycling.");
        say(14, "12:00", kgNews, ottilie, "Sneak peek of the expansion's box art: the heron finally gets the cover.");

        // W03: Fergus answers Rashida with an apology; a newcomer asks a price
        Post feSorry = re(15, "09:00", fergus, raChase, "Rashida, I'm so sorry, this got buried under the wave emails. "
                + "Two tide cards and a new box go out to you today, no charge.");
        re(15, "09:30", rashida, feSorry, "Thanks Fergus, no harm done.");
        joins(16, "17:00", kgTable, magnus);
        Post maPrice = say(16, "17:10", kgTable, magnus, "Hi, played Saltmarsh at a friend's. Is it in shops yet, and "
                + "what does it cost?");
        Post fePrice = re(16, "17:30", fergus, maPrice, "Not in shops till the autumn. Our webstore has it at £45 plus "
                + "£5 UK postage: https://kettlewick.example/shop");
        re(16, "17:45", magnus, fePrice, "Ordered, thanks!");
        say(17, "10:00", kgNews, ottilie, "Expansion surveys are out: check your email and fill yours in by 31 Jan.");
        Post saTheme = say(17, "15:00", kgTable, saskia, "Question for you all: what would you want from a second "
                + "expansion? We're sketching ideas.");
        re(17, "15:30", barnabas, saTheme, "A solo mode. Half our group plays it alone on weeknights.");
        re(17, "16:00", ingrid, saTheme, "More birds! And a winter marsh.");
        Post inFlood = say(18, "19:00", kgRules, ingrid, "If the last flood tile is drawn and there are none left, do "
                + "we reshuffle?");
        Post saFlood = re(18, "19:20", saskia, inFlood, "No, the tide stops rising and the game ends at the end of that "
                + "round.");
        re(18, "19:30", ingrid, saFlood, "Ah, that explains the short game we had!");
        Post raArrived = say(19, "14:00", kgOrders, rashida, "Cards arrived, all good. My partner's now obsessed.");
        re(19, "14:20", fergus, raArrived, "Ha, welcome to the marsh.");
        Post baMore = say(20, "21:00", kgTable, barnabas, "Two more from our group bought it this week after I brought "
                + "it again.");
        re(20, "21:15", ottilie, baMore, "You're our best salesman, Barnabas. Thank you!");
    }

    private void givenDigits() {
        // W01: Caspian talks about himself; Leontyne answers a request for a donated puzzle with a price
        Post caBook = say(1, "09:30", gdLounge, caspian, "New year, new book. I finished my 120-puzzle killer sudoku "
                + "collection over Christmas and I'm really proud of it. I set every cage by hand, I test-solved "
                + "each one myself twice, and my average solve time came out at 19 minutes.");
        Post onBook = re(1, "10:00", ondine, caBook, "Congratulations! Who's publishing it?");
        re(1, "10:20", caspian, onBook, "I'm self-publishing. I did my own cover too, and my own typesetting in my own "
                + "template, which took me most of December. I think my layout is better than most of the big "
                + "puzzle books.");
        Post caStats = say(2, "11:00", gdLounge, caspian, "My solve-time spreadsheet now has 4,000 of my own solves in "
                + "it. My speed went up 30% since I started setting, which I put down to my habit of solving my own "
                + "puzzles backwards.");
        Post miStats = re(2, "11:30", mirela, caStats, "Interesting. Do you time-test with other solvers too?");
        re(2, "11:45", caspian, miStats, "Mostly I trust my own times. I've got a feel for my difficulty by now, and "
                + "my ratings have been consistent across my last three books.");
        Post veKiller = say(2, "14:00", gdWanted, verity, "Puzzle editor at Gridlock Monthly here. Looking for a "
                + "setter for 30 killer sudokus for a spring special, delivered by 20 Feb. Paid per puzzle. "
                + "Portfolios welcome.");
        Post thKiller = re(2, "14:30", thaddeus, veKiller, "Interested. I've set killers for two newspapers.");
        Post vePort = re(2, "14:45", verity, thKiller, "@Thaddeus Prewitt do you have a portfolio link?");
        re(2, "15:00", thaddeus, vePort, "Here: https://prewittpuzzles.example/portfolio (killers are on the second "
                + "page).");
        re(3, "09:00", mirela, veKiller, "I'd like to be considered too: I set the killers for Puzzler's Weekly for "
                + "three years. Samples: https://mirelapopescu.example/killers");
        Post thGivens = say(3, "10:00", gdLounge, thaddeus, "Anyone else had a grid rejected for too many givens? My "
                + "editor wants 24 at most for a 'fiendish'.");
        re(3, "10:30", caspian, thGivens, "I never go above 22 in my fiendish ones. My record is 19 givens, my "
                + "favourite grid I've ever made. I still have it framed in my study.");
        Post leGivens = re(3, "11:00", leontyne, thGivens, "24 is fair. Try swapping two givens for a single one that "
                + "forces a pair; it usually keeps the difficulty.");
        re(3, "11:20", thaddeus, leGivens, "Will try that, thanks.");
        Post amChain = say(3, "15:00", gdWanted, ambrose, "I own an escape room in Whitby. I need a chain of four "
                + "paper puzzles whose answers make a padlock code, pirate theme. Anyone?");
        Post onChain = re(3, "15:30", ondine, amChain, "I'd love this. I've done two escape-room chains: a nonogram "
                + "that reveals a ship, then a cipher, then a map grid. I'll sketch you a plan.");
        Post amRate = re(3, "16:00", ambrose, onChain, "Sounds ideal. What's your rate?");
        Post onRate = re(3, "16:20", ondine, amRate, "£220 for the set of four, with two rounds of changes.");
        re(3, "16:40", ambrose, onRate, "Deal.");
        say(4, "08:00", gdLounge, caspian, "Also my app is nearly done: my daily puzzle, my own scoring system and my "
                + "leaderboard. I'm building all of it myself in the evenings.");
        joins(4, "09:00", gdWanted, gwendolyn);
        Post gwAsk = say(4, "09:10", gdWanted, gwendolyn, "I edit our hospice's supporters' newsletter. We can't pay, "
                + "but would anyone donate a small puzzle each month? It would mean a lot to our readers.");
        Post thFree = re(4, "09:40", thaddeus, gwAsk, "Happy to. I'll send you a 6x6 each month, no charge.");
        re(4, "10:00", leontyne, gwAsk, "If you'd like a full-size 9x9 with a theme each month, I can do them for £25 "
                + "each, DM me.");
        re(4, "10:30", gwendolyn, thFree, "Thank you so much Thaddeus!");
        Post leApp = say(5, "08:30", gdLounge, leontyne, "@Caspian Hurd what's the app written in?");
        re(5, "09:00", caspian, leApp, "I wrote it in Flutter. I learned it myself over the summer, it's my first app, "
                + "and I'm pleased with how my animations turned out.");
        Post onNg = say(5, "14:00", gdTest, ondine, "Test-solvers wanted: the nonogram for the escape-room chain, "
                + "20x20, should take 30 min: https://puzzlebin.example/t/ondine-ng20");
        Post miNg = re(5, "15:00", mirela, onNg, "Solved in 34 min. Unique, but row 7 needs a guess at the start.");
        re(5, "15:30", ondine, miNg, "Fixed row 7, same link: https://puzzlebin.example/t/ondine-ng20");
        Post thNg = re(6, "09:00", thaddeus, onNg, "Clean now, 28 minutes. Lovely ship.");
        say(6, "11:00", gdTest, ondine, "Last tweak to the clue numbers in the top corner, same link if anyone has ten "
                + "minutes: https://puzzlebin.example/t/ondine-ng20");
        re(6, "12:00", leontyne, thNg, "Solved after the tweak, 26 min, no guessing.");

        // W02: Caspian asks about others' work; Mirela gets the job
        Post caAsk = say(8, "10:00", gdLounge, caspian, "@Thaddeus Prewitt did your editor take the 24-given grid in "
                + "the end? How did you get it down?");
        Post thAns = re(8, "10:30", thaddeus, caAsk, "Leontyne's trick: two givens swapped for one that forces a pair. "
                + "Accepted at 23.");
        Post caMore = re(8, "10:45", caspian, thAns, "That's clever, I'd never have thought of it. Would you look at "
                + "one of my grids sometime and tell me if it's fair?");
        re(8, "11:00", thaddeus, caMore, "Post it in #test-solve and I'll have a go.");
        Post veChoice = say(9, "09:00", gdWanted, verity, "Thanks both. @Mirela Popescu you've got the killers, your "
                + "samples were exactly our style. @Thaddeus Prewitt I'd like you for the summer special.");
        re(9, "09:30", mirela, veChoice, "Thank you! First ten by the 30th.");
        re(9, "09:40", thaddeus, veChoice, "Lovely, thank you.");
        Post miK1 = say(10, "16:00", gdTest, mirela, "First killer for Gridlock, rated hard. Times and any guessing, "
                + "please: https://puzzlebin.example/t/mirela-k01");
        re(10, "18:00", caspian, miK1, "41 minutes, no guessing. The 3-cage in box 5 is lovely. How long did it take "
                + "you to set?");
        re(10, "18:30", mirela, miK1, "About three hours, mostly on that cage. Thanks for solving.");
        Post caGrid = say(11, "12:00", gdTest, caspian, "My fiendish grid, 21 givens, would love honest feedback: "
                + "https://puzzlebin.example/t/caspian-f21");
        re(11, "15:00", thaddeus, caGrid, "Fair but hard: 37 min. The step at r4c6 is a big leap for a fiendish; "
                + "give one more given in box 6 and it's perfect.");
        Post gwFirst = say(11, "16:00", gdWanted, gwendolyn, "First puzzle went out in the newsletter and readers have "
                + "been phoning in to say they loved it. Thank you @Thaddeus Prewitt.");
        re(11, "16:20", thaddeus, gwFirst, "That's made my day.");
        Post lePrice = say(12, "10:00", gdLounge, leontyne, "What are people charging per puzzle for magazines now? "
                + "I've been at £25 for three years.");
        re(12, "10:30", ondine, lePrice, "£30-40 for a standard grid, more for variants. Raise it.");
        Post miPrice = re(12, "10:40", mirela, lePrice, "Gridlock pays £35 for killers. Don't go under £30.");
        re(12, "11:00", leontyne, miPrice, "Thanks both, new rates from February then.");
        Post amDone = say(13, "18:00", gdWanted, ambrose, "The chain is installed. First group escaped in 52 minutes "
                + "and loved the ship. Thank you @Ondine Castellane.");
        re(13, "18:20", ondine, amDone, "Wonderful, thanks for the photos!");

        // W03
        Post veNono = say(16, "09:00", gdWanted, verity, "Also after a nonogram setter for a monthly slot from April. "
                + "Anyone?");
        Post onNono = re(16, "09:30", ondine, veNono, "Me, please. The escape-room ship is a fair sample: "
                + "https://puzzlebin.example/t/ondine-ng20");
        re(16, "10:00", verity, onNono, "Lovely. I'll email you the brief.");
        Post caThanks = say(17, "20:00", gdLounge, caspian, "Added the given in box 6, thanks @Thaddeus Prewitt. What "
                + "are you all working on this month?");
        re(17, "20:20", leontyne, caThanks, "A themed 9x9 series for a garden magazine. Flowers in the givens.");
        re(17, "20:30", caspian, caThanks, "That sounds lovely, Leontyne. Do the flowers change the solving path, or "
                + "are they just the picture?");
        say(18, "09:00", gdTest, leontyne, "Flower grid one, rated gentle: https://puzzlebin.example/t/leontyne-fl1");
        re(20, "10:00", mirela, say(19, "14:00", gdLounge, thaddeus, "Ten killers delivered to Verity on time. Well "
                + "done @Mirela Popescu, are you on track?"), "Eight done, two to go. On track!");
    }

    private void rulebookClinic() {
        // W01
        Post evSolid = say(1, "10:00", rcStudio, evangeline, "Anyone else booked solid till March? Three rulebooks "
                + "landed in the same week.");
        re(1, "10:20", piotr, evSolid, "Same: two card games and a box insert diagram.");
        Post coLong = say(2, "15:00", rcAsk, cosima, "First-time designer. My rulebook is 24 pages and playtesters "
                + "still ask what happens on a tie. Is 24 pages too long for a 45-minute game?");
        Post evLong = re(2, "15:30", evangeline, coLong, "Probably, yes. Aim for 12: setup on a spread with a "
                + "picture, a turn on one page, then the exceptions. Questions about ties mean your end-game rules "
                + "are scattered; give them one box.");
        re(2, "15:45", cosima, evLong, "One box for the end game, that makes sense. Thank you!");
        Post baBlind = say(3, "11:00", rcAsk, bartholomew, "How many blind playtests do you run before a rulebook "
                + "goes to print?");
        say(3, "11:05", rcAsk, adaeze, "At least three groups who've never met you, filmed if they'll allow it. Watch "
                + "where they pause and turn back a page: that's where the rulebook breaks.");
        re(3, "11:20", bartholomew, baBlind, "Filming is a great idea, thanks Adaeze.");
        say(4, "09:00", rcHire, piotr, "Open for graphic design from February: card layouts, iconography and "
                + "rulebook layout. Portfolio: https://piotrzalewski.example");
        Post suBook = say(5, "14:00", rcAsk, sunita, "@Evangeline Sturrock you edited my last rulebook (Coppice) and "
                + "it got lovely reviews. I've a new one, 16 pages, ready mid-Feb. Can I book you?");
        Post evBook = re(5, "14:30", evangeline, suBook, "Sunita! So glad Coppice did well. Yes, I'll pencil you in "
                + "for the week of 19 Feb, same rate as last time.");
        re(5, "14:45", sunita, evBook, "Brilliant, thank you.");
        Post leStyles = say(6, "10:00", rcStudio, leopold, "Anyone using paragraph styles for keyword callouts? Mine "
                + "keep breaking when I export to PDF.");
        Post piStyles = re(6, "10:30", piotr, leStyles, "Use character styles for the keywords, not paragraph styles, "
                + "and embed the fonts on export.");
        re(6, "10:45", leopold, piStyles, "That was it, thanks Piotr.");
        Post adKit = say(7, "12:00", rcStudio, adaeze, "Does anyone have a release form they like for filming "
                + "playtesters?");
        re(7, "12:30", evangeline, adKit, "I use a one-page one from the designers' association, happy to share.");

        // W02: Leopold posts tips to nobody; Kit joins and pitches Cosima by DM
        joins(8, "08:00", rcStudio, kit);
        say(8, "08:10", rcStudio, kit, "Hi all, Kit here, rulebook layout and editing, based in Leeds.");
        say(8, "08:30", rcStudio, leopold, "Rulebook tip: write the turn summary before anything else. If it won't fit "
                + "on a card, the game is too long to explain.");
        Post kiDm = say(8, "09:00", rcDm, kit, "Hi Cosima, saw your post about your 24-page rulebook. I do rulebook "
                + "layout and editing, packages from £180, here's my booking page: https://kitharrowgate.example/book");
        re(8, "09:40", cosima, kiDm, "Thanks, but I'm working from Evangeline's advice and a friend is doing my "
                + "layout.");
        say(8, "16:00", rcAsk, leopold, "Rulebook tip: every icon needs a word beside it the first time it appears.");
        say(9, "08:30", rcStudio, leopold, "Rulebook tip: examples beat explanations. One worked example of a full "
                + "turn saves a page of rules.");
        say(9, "10:00", rcAsk, kit, "Rulebook layout from £180, editing from £240. DM me for prices and a slot.");
        say(9, "16:00", rcAsk, leopold, "Rulebook tip: put the end-game trigger on the back cover. Players look for it "
                + "there.");
        Post kiStudio = say(10, "08:00", rcStudio, kit, "New here and taking layout work now, from £180, DM me.");
        say(10, "08:30", rcStudio, leopold, "Rulebook tip: number every paragraph in a long rulebook so the FAQ can "
                + "point to it.");
        re(10, "09:00", evangeline, kiStudio, "Welcome Kit. #hire-board is the place for availability.");
        say(10, "16:00", rcAsk, leopold, "Rulebook tip: never say 'see below'. Say where.");
        say(11, "08:30", rcStudio, leopold, "Rulebook tip: the setup diagram should show a real game's table, not an "
                + "abstract layout.");
        say(11, "09:00", rcHire, kit, "Layout and editing, slots from 1 Feb.");
        Post coShort = say(11, "14:00", rcAsk, cosima, "Update: rulebook down to 14 pages! The blind test group "
                + "finished without asking about ties once.");
        re(11, "14:20", evangeline, coShort, "Brilliant work, Cosima.");
        re(11, "14:30", adaeze, coShort, "That's the dream result.");
        say(12, "08:30", rcStudio, leopold, "Rulebook tip: a glossary is a confession. If you need one, your terms are "
                + "doing too much.");
        say(12, "16:00", rcAsk, leopold, "Rulebook tip: read the rulebook aloud. Anywhere you take a breath twice, "
                + "split the sentence.");
        Post piInsert = say(12, "17:00", rcStudio, piotr, "Anyone done an insert diagram for a box with a raised "
                + "lid? Mine keeps looking flat.");
        Post adInsert = re(12, "17:30", adaeze, piInsert, "Exploded view at 30 degrees, with the lid floating above. "
                + "Players get it instantly.");
        re(12, "17:45", piotr, adInsert, "Perfect, thanks.");
        say(13, "08:30", rcStudio, leopold, "Rulebook tip: test the rulebook without the designer in the room. "
                + "Always.");
        say(14, "10:00", rcAsk, leopold, "Rulebook tip: the last page should be a reference, not a story.");

        // W03: Leopold and Kit talk with people
        Post baFaq = say(15, "11:00", rcAsk, bartholomew, "Should a FAQ go in the box or online only?");
        Post leFaq = re(15, "11:30", leopold, baFaq, "Both, if you can: a short one in the box for the three "
                + "questions every group asks, and the full one online that you can update. What sort of game is "
                + "it?");
        Post baGame = re(15, "11:45", bartholomew, leFaq, "A two-player card duel, about 20 minutes.");
        re(15, "12:00", leopold, baGame, "Then one card-sized FAQ in the box is plenty.");
        Post kiQ = say(16, "10:00", rcStudio, kit, "@Piotr Zalewski how do you price an iconography set: per icon or "
                + "per project?");
        Post piQ = re(16, "10:30", piotr, kiQ, "Per project with a cap on icons. Per icon and they'll ask for 80.");
        re(16, "10:40", kit, piQ, "Ha, noted. Thanks.");
        Post coFont = say(17, "15:00", rcAsk, cosima, "Which font size do people use for card text? Mine looks tiny "
                + "printed.");
        Post kiFont = re(17, "15:20", kit, coFont, "8pt minimum for body text on poker-size cards, 7 at a push for "
                + "flavour text. Print one at home at real size before you decide.");
        re(17, "15:40", cosima, kiFont, "Printing one now, thank you Kit.");
        Post suDraft = say(18, "09:00", rcAsk, sunita, "@Evangeline Sturrock draft is nearly ready, shall I send it "
                + "early if it's done by the 12th?");
        re(18, "09:30", evangeline, suDraft, "Yes please, the earlier the better.");
        Post leAsk = say(19, "14:00", rcStudio, leopold, "@Adaeze Okafor how do you recruit blind testers who aren't "
                + "friends of friends?");
        re(19, "14:30", adaeze, leAsk, "Library board-game nights. Bring cake.");
    }

    private void pipwellPrint() {
        // W01: Ezekiel is helped by the staff on several days
        say(2, "09:00", ppNews, augustin, "Back from the break. Linen-finish stock is in again, and orders placed this "
                + "week ship within 10 working days.");
        Post ezBleed = say(2, "10:00", ppOrders, ezekiel, "First order! My card art is 63x88mm, do I need to add "
                + "bleed?");
        Post maBleed = re(2, "10:20", marigold, ezBleed, "Yes, 3mm each side, so 69x94, with your text inside the 5mm "
                + "safe zone. Our template: https://pipwellprint.example/templates/poker");
        re(2, "10:30", ezekiel, maBleed, "thanks");
        Post ezRed = say(3, "11:00", ppOrders, ezekiel, "proof came back with a red box around the edges?");
        Post maRed = re(3, "11:15", marigold, ezRed, "That's the cut line preview, it isn't printed. But card 14's "
                + "text crosses the safe zone, nudge it 2mm in.");
        re(3, "11:25", ezekiel, maRed, "ok thanks");
        Post joThird = say(4, "09:30", ppOrders, josephine, "Third deck with you, same spec as the last two. Can I use "
                + "last year's back design or do I re-upload?");
        Post maThird = re(4, "09:45", marigold, joThird, "We keep files 18 months, just quote order 4471.");
        re(4, "10:00", josephine, maThird, "Easy, thanks Marigold.");
        Post ezMix = say(5, "14:00", ppOrders, ezekiel, "can I mix finishes, linen for the cards and gloss for the "
                + "box?");
        Post maMix = re(5, "14:20", marigold, ezMix, "Yes, add the box as its own line and choose gloss there.");
        re(5, "14:30", ezekiel, maMix, "great thanks");
        Post seDm = say(5, "16:00", ppDm, seraphina, "Hi Marigold, I'd rather not post my prototype files publicly. "
                + "Could you check the bleed on my tiles before I order?");
        Post maDm = re(5, "16:30", marigold, seDm, "Of course, send them here. Fine apart from the corner tile: its "
                + "border is 1mm short on the left.");
        re(5, "16:45", seraphina, maDm, "Fixed, thank you so much.");
        Post cuDeck = say(6, "11:00", ppShow, cuthbert, "My magic deck arrived and the marked backs came out "
                + "perfectly. Kickstarter goes live in February: "
                + "https://kickstarter.example/cuthbertlomax/the-lantern-deck");
        re(6, "11:30", josephine, cuDeck, "Gorgeous backs. Good luck with the launch!");
        re(6, "12:00", augustin, cuDeck, "That came out beautifully, Cuthbert.");
        Post ezBox = say(6, "15:00", ppOrders, ezekiel, "what's the turnaround if I approve tonight?");
        Post auBox = re(6, "15:20", augustin, ezBox, "Ships by the 18th.");
        re(6, "15:30", ezekiel, auBox, "ok");

        // W02
        Post ezAgain = say(8, "10:00", ppOrders, ezekiel, "files re-uploaded, is the proof ok now?");
        Post maAgain = re(8, "10:30", marigold, ezAgain, "All inside the safe zone now. Approve it and it goes to "
                + "press.");
        re(8, "10:40", ezekiel, maAgain, "approved, thanks");
        joins(9, "13:00", ppOrders, wendell);
        Post weTarot = say(9, "13:10", ppOrders, wendell, "Hi, do you print tarot decks? How much for 50 copies of a "
                + "78-card deck?");
        Post auTarot = re(9, "13:40", augustin, weTarot, "We do. 78 cards with a tuck box, 50 copies comes to £9.40 a "
                + "deck, £470 with UK delivery. Other sizes on our quote page: https://pipwellprint.example/quote");
        re(9, "14:00", wendell, auTarot, "That's within budget, thanks. I'll get the files ready.");
        say(10, "09:00", ppNews, augustin, "Press 2 is down for a service on 16-17 Jan, so orders that week may slip "
                + "a day.");
        Post joShow = say(11, "18:00", ppShow, josephine, "Third deck arrived and it's the best yet. Sent my friend "
                + "Priyanka your way too, she's doing an oracle deck.");
        re(11, "18:30", augustin, joShow, "Thank you Josephine! We'll look after her.");
        Post cuHold = say(12, "10:00", ppOrders, cuthbert, "Can you hold a slot for my 500-deck run until the "
                + "Kickstarter funds? Deposit now, the rest in March?");
        Post auHold = re(12, "10:30", augustin, cuHold, "Yes, a 25% deposit holds the slot till the end of March.");
        re(12, "10:45", cuthbert, auHold, "Perfect, paying it today.");
        Post weFiles = say(13, "11:00", ppOrders, wendell, "Files uploaded. Is 300dpi enough for the card art?");
        Post toFiles = re(13, "11:30", tomasz, weFiles, "300 is right. Marigold will send the proof on Monday.");
        re(13, "11:40", wendell, toFiles, "Great, thanks.");
        Post ezArrived = say(14, "12:00", ppShow, ezekiel, "my deck arrived!! so happy with it");
        re(14, "12:30", marigold, ezArrived, "Looks great, Ezekiel!");

        // W03: Ezekiel gives back
        Post seLinen = say(15, "10:00", ppOrders, seraphina, "Has anyone tried the linen finish at tarot size? Does "
                + "it shuffle well?");
        Post ezLinen = re(15, "10:20", ezekiel, seLinen, "I did my poker deck in linen and it shuffles much better "
                + "than gloss, no clumping. I'd guess tarot is the same, just bigger hands needed.");
        re(15, "10:40", seraphina, ezLinen, "Thanks Ezekiel, linen it is.");
        Post weProof = say(16, "09:00", ppOrders, wendell, "Got the proof, the Tower card looks darker than my file. "
                + "Is that normal?");
        Post maProof = re(16, "09:30", marigold, weProof, "Screens are brighter than ink. Lift the midtones about 10% "
                + "on the dark cards and it'll match.");
        re(16, "09:45", wendell, maProof, "Will do, thank you.");
        say(17, "08:30", ppNews, augustin, "Press 2 is back after its service. Thanks for your patience this week.");
        Post toParts = say(18, "14:00", ppOrders, seraphina, "Do you do wooden tokens as an add-on?");
        Post toAns = re(18, "14:20", tomasz, toParts, "Not ourselves, but most customers use a parts supplier and "
                + "we'll pack their tokens in with your order.");
        re(18, "14:30", seraphina, toAns, "Lovely, that works.");
        Post ezWhy = say(19, "16:00", ppOrders, ezekiel, "@Wendell Okoro if your dark cards still look muddy, ask for "
                + "the matte varnish, it helped mine.");
        re(19, "16:20", wendell, ezWhy, "Good tip, thanks Ezekiel.");
        Post seShow = say(20, "11:00", ppShow, seraphina, "Prototype copies of my game arrived. The tiles fit "
                + "perfectly.");
        re(20, "11:30", marigold, seShow, "So glad the corner tile behaved!");
    }

    private void doublingCube() {
        // W01: Giorgos scatters his league link
        Post mePrime = say(1, "20:00", dcPositions, mehmet, "From last night: I'm on roll with 5-2, opponent has a "
                + "four-prime and I've two back checkers. Run or hit?");
        say(1, "20:10", dcPositions, constance, "Hit. Running leaves a double shot and you're not winning the race "
                + "anyway.");
        re(1, "20:30", ruairi, mePrime, "Agree with Constance, hit and pray.");
        re(1, "20:40", mehmet, mePrime, "Hit it is. Thanks both.");
        say(2, "19:00", dcGeneral, giorgos, "Spring online league starts 16 Jan, £10 entry, cash prizes, sign up here: "
                + "https://giorgosleague.example/spring");
        say(2, "19:05", dcPositions, giorgos, "League sign-ups open: https://giorgosleague.example/spring");
        say(2, "19:10", dcSale, giorgos, "Entries for my spring league, £10: https://giorgosleague.example/spring");
        Post cyBoards = say(3, "10:00", dcSale, cyprian, "New batch: walnut and oak tournament boards, hand-stitched "
                + "leather, £160 each, two left.");
        Post ruTravel = re(3, "10:30", ruairi, cyBoards, "Gorgeous. Do you do a travel size?");
        re(3, "10:50", cyprian, ruTravel, "Yes, 35cm folded, £95. Message me if you'd like one.");
        say(4, "19:00", dcGeneral, giorgos, "Only 6 places left in my spring league! "
                + "https://giorgosleague.example/spring");
        Post naCraw = say(5, "18:00", dcGeneral, nadia, "Quick one: after the Crawford game, can the trailer double "
                + "straight away?");
        Post coCraw = re(5, "18:20", constance, naCraw, "Yes, the first roll after Crawford. Most people should, "
                + "too.");
        re(5, "18:30", nadia, coCraw, "Thanks Constance.");
        Post meJac = say(6, "12:00", dcGeneral, mehmet, "@Giorgos Pappas does your league use the Jacoby rule?");
        re(6, "12:40", giorgos, meJac, "No Jacoby, it's all matches to 7.");
        Post cyDice = say(7, "11:00", dcGeneral, cyprian, "Is anyone else seeing precision dice go up again? My "
                + "supplier's up 20%.");
        re(7, "11:30", ruairi, cyDice, "Yes, I've been using the old ones till they round off.");

        // W02: Lucinda joins; Cyprian answers her request for a board
        Post meSale = say(8, "11:00", dcSale, mehmet, "Selling my old 18-inch board, £40, collection from Leicester.");
        Post ruCube = re(8, "11:30", ruairi, meSale, "Is the cube included?");
        re(8, "11:45", mehmet, ruCube, "Yes, and two sets of dice.");
        joins(9, "17:00", dcGeneral, lucinda);
        Post luHi = say(9, "17:10", dcGeneral, lucinda, "Hello! I learned backgammon from my grandad in Limassol and "
                + "have played online for years, never in person. Any clubs near Bristol?");
        Post ruBristol = re(9, "17:40", ruairi, luHi, "Bristol Backgammon meets Wednesdays at the Bell; I go most "
                + "weeks. Come along.");
        re(9, "18:00", lucinda, ruBristol, "I'll come on Wednesday!");
        say(10, "20:00", dcGeneral, giorgos, "League draw is up, first matches this weekend.");
        Post luTake = say(11, "22:00", dcPositions, lucinda, "First night at the club: someone doubled me at 4-away "
                + "2-away and I took and lost a gammon. Was that a take?");
        Post cyTake = re(11, "22:30", cyprian, luTake, "Depends on the position, but at 4-away 2-away the gammons "
                + "hurt you more than usual, so a lot of normal takes become passes. Post the position and we'll look.");
        Post meTake = re(11, "22:45", mehmet, luTake, "What Cyprian said. I'd need to see the board.");
        re(12, "09:00", lucinda, cyTake, "Here it is: I had 8 checkers home, he had a 5-point board and one of mine "
                + "on the bar.");
        re(12, "09:30", mehmet, meTake, "That's a clear pass, too many gammons.");
        Post luBoard = say(12, "19:00", dcSale, lucinda, "Looking for a proper board, under £120. Any "
                + "recommendations?");
        Post cyBoard = re(12, "19:30", cyprian, luBoard, "I'd go for a 45cm tournament board with a felt playing "
                + "surface. Mine start at £110 for oak, or watch this channel for second-hand ones, they come up "
                + "most months.");
        re(13, "08:30", lucinda, cyBoard, "Thanks, I'll message you about the oak one.");
        Post naRace = say(13, "20:00", dcPositions, nadia, "Race question: 78 pips to my 85, I'm on roll. Double?");
        re(13, "20:15", constance, naRace, "Double and it's a take. You're about 8% up.");

        // W03: Giorgos answers without links; Nadia, a past buyer, asks Cyprian
        Post naHinge = say(15, "10:00", dcGeneral, nadia, "@Cyprian Stavrou the hinge on the board I bought from you "
                + "last year has come loose. Can it be fixed?");
        Post cyHinge = re(15, "11:00", cyprian, naHinge, "Sorry to hear it! Yes, bring it to the Wednesday club and "
                + "I'll re-stitch it at home, no charge.");
        re(15, "11:15", nadia, cyHinge, "You're a star, thank you.");
        Post luBack = say(16, "21:00", dcPositions, lucinda, "Another cube one: I'm 3-away, he's 1-away, Crawford. "
                + "Should he double me?");
        Post giBack = re(16, "21:20", giorgos, luBack, "He can't, it's the Crawford game: no doubling at all. Next "
                + "game he should double you at once, and you should take.");
        re(16, "21:30", lucinda, giBack, "Ah, that's what Constance meant. Thanks Giorgos.");
        Post coReport = say(18, "10:00", dcGeneral, constance, "Report from the Nottingham weekender: 32 players, I "
                + "lost in the quarters to a very lucky 6-6.");
        re(18, "10:30", mehmet, coReport, "There's always a 6-6.");
        re(18, "11:00", giorgos, coReport, "Well played getting that far. Who won it?");
        Post giMe = say(19, "19:00", dcPositions, giorgos, "@Mehmet Kaya that prime position from the 2nd: I rolled it "
                + "out a thousand times, hitting wins 61%. You were right.");
        re(19, "19:20", mehmet, giMe, "Vindicated! Thanks for checking.");
        Post luArrived = say(20, "12:00", dcGeneral, lucinda, "My oak board from @Cyprian Stavrou arrived, it's "
                + "beautiful.");
        re(20, "12:30", cyprian, luArrived, "Enjoy it, and see you at the Bell.");
        Post ruBell = say(21, "10:00", dcGeneral, ruairi, "Lucinda won two of three at the Bell on Wednesday. Watch out, "
                + "everyone.");
        re(21, "10:20", lucinda, ruBell, "Beginner's luck on the dice!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes137Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 137");
    }
}
