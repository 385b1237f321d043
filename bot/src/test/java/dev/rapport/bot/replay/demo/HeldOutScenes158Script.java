package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 158 (sealed): eight communities of archery, sport fencing, target sports clubs and the equipment
 * trades around them, of kinds no earlier round used (bowyers and fletchers, Nock &amp; Fletch, with a workbench, a room
 * where archers ask and a for-sale room, a fletcher who scatters her shop link into three rooms and offers arrows with
 * "DM me", a bowyer who answers a newcomer's first question with his price and "DM me", and a bowyer who spends a week
 * transcribing a late master bowyer's workshop notebooks with fellow bowyers while his own client asks twice whether
 * her longbow is ready for the county shoot; fencing armourers, Tang &amp; Guard, with an armoury, a room where clubs and
 * fencers ask and a kit-and-repairs room, an armourer away at the veterans' championships who said so, an armourer who
 * posts to nobody for a week with priced "DM me" blades, and an armourer who drops a sale link into a room she never
 * spoke in; an archery range's own server, Longmeadow Archery Range, with its Staff and Customers, three DMs, a
 * staffer who leaves a customer's booking DM five days and a customer who asks two rooms to follow his archery page;
 * an archery coach's own server, Clout &amp; Gold Coaching, with its Team and Clients, a learner who talks three days of
 * help through and a coach who answers a client a day late with an apology; a target archery club, Butts Lane
 * Bowmen, where nobody sells, with introductions and a newcomer helped on three days who gives nothing back; freelance
 * fencing coaches, Piste Coaches, with a coaches' corner, a room where parents ask and a lessons room, a coach who
 * answers everyone's news with his own and a plug on an answer; archery accessory makers, Sight &amp; Stabiliser, with a
 * makers' bench, a room where archers ask and a releases room, five product links in eight minutes and a maker who
 * puts his write-ups under everyone's news; and a veterans' fencing group, Forty Plus Fencers, where nobody sells),
 * over three ISO weeks (2035-W34 to W36), written and labelled by writer158 (session 70) before any coach ran on them.
 * The labels are in {@code bot/src/test/resources/eval/held-out-scenes-158.csv}. Run {@link #main} from the project
 * root to write the export again.
 */
final class HeldOutScenes158Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2035, 8, 20);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2035, 9, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-158";
    private static final int BASE = 124400;

    // --- A. bowyers and fletchers ---
    private final String nock = cast.guild(1861);
    private final Channel nfBench = cast.channel(nock, "Nock & Fletch", "workbench",
            "bowyers and fletchers among ourselves: timber, glue, tillering, prices, the trade", "nf-workbench.json");
    private final Channel nfAsks = cast.channel(nock, "Nock & Fletch", "archer-asks",
            "archers ask about bows, arrows and repairs; makers reply", "nf-archer-asks.json");
    private final Channel nfSale = cast.channel(nock, "Nock & Fletch", "for-sale",
            "bows, arrows and fletchings for sale, one post per item", "nf-for-sale.json");
    private final Persona edwin = cast.person("edwin.harrow", "Edwin Harrow");
    private final Persona maud = cast.person("maud.ashby", "Maud Ashby");
    private final Persona ciaran = cast.person("ciaran.boyd", "Ciaran Boyd");
    private final Persona saskia = cast.person("saskia.leng", "Saskia Leng");
    private final Persona harriet = cast.person("harriet.cole", "Harriet Cole");
    private final Persona dilip = cast.person("dilip.rana", "Dilip Rana");
    private final Persona noor = cast.person("noor.haddad", "Noor Haddad");

    // --- B. fencing armourers ---
    private final String tang = cast.guild(1862);
    private final Channel tgArmoury = cast.channel(tang, "Tang & Guard", "armoury",
            "armourers among ourselves: blades, wiring, tools, suppliers, pricing", "tg-armoury.json");
    private final Channel tgAsks = cast.channel(tang, "Tang & Guard", "club-asks",
            "clubs, parents and fencers ask about kit and repairs; armourers reply", "tg-club-asks.json");
    private final Channel tgKit = cast.channel(tang, "Tang & Guard", "kit-and-repairs",
            "armourers post repair slots, blades and second-hand kit for sale", "tg-kit-and-repairs.json");
    private final Persona rufus = cast.person("rufus.kell", "Rufus Kell");
    private final Persona ottilie = cast.person("ottilie.brand", "Ottilie Brand");
    private final Persona jonah = cast.person("jonah.mwangi", "Jonah Mwangi");
    private final Persona greer = cast.person("greer.lindqvist", "Greer Lindqvist");
    private final Persona pascale = cast.person("pascale.dumont", "Pascale Dumont");
    private final Persona ibby = cast.person("ibby.sloane", "Ibby Sloane");
    private final Persona konrad = cast.person("konrad.weiss", "Konrad Weiss");

    // --- C. an archery range's own server ---
    private final String meadow = cast.guild(1863);
    private final Role lmStaff = cast.role("Staff", "#2e7d32", 2);
    private final Role lmCustomer = cast.role("Customer", "#1565c0", 1);
    private final Channel lmNews = cast.channel(meadow, "Longmeadow Archery Range", "range-news",
            "news from the range: opening times, courses, events", "lm-range-news.json");
    private final Channel lmBook = cast.channel(meadow, "Longmeadow Archery Range", "bookings-and-questions",
            "ask the staff about lanes, courses, hire kit and memberships", "lm-bookings-and-questions.json");
    private final Channel lmLine = cast.channel(meadow, "Longmeadow Archery Range", "the-shooting-line",
            "chat for everyone who shoots here: scores, kit, sight marks", "lm-the-shooting-line.json");
    private final Persona beth = cast.person("beth.loxley", "Beth Loxley", lmStaff);
    private final Persona arlo = cast.person("arlo.penn", "Arlo Penn", lmStaff);
    private final Persona sunniva = cast.person("sunniva.dale", "Sunniva Dale", lmStaff);
    private final Persona graham = cast.person("graham.tuttle", "Graham Tuttle", lmCustomer);
    private final Persona imogen = cast.person("imogen.reyes", "Imogen Reyes", lmCustomer);
    private final Persona pip = cast.person("pip.achterberg", "Pip Achterberg", lmCustomer);
    private final Persona wendell = cast.person("wendell.okafor", "Wendell Okafor", lmCustomer);
    private final Persona fabian = cast.person("fabian.moretti", "Fabian Moretti");
    private final Channel lmDmImogen = cast.dm(imogen, "lm-dm-imogen-reyes.json");
    private final Channel lmDmGraham = cast.dm(graham, "lm-dm-graham-tuttle.json");
    private final Channel lmDmWendell = cast.dm(wendell, "lm-dm-wendell-okafor.json");

    // --- D. an archery coach's own server ---
    private final String clout = cast.guild(1864);
    private final Role cgTeam = cast.role("Team", "#c62828", 2);
    private final Role cgClient = cast.role("Client", "#6a1b9a", 1);
    private final Channel cgNews = cast.channel(clout, "Clout & Gold Coaching", "coach-news",
            "news from the coaches: courses, camps, dates", "cg-coach-news.json");
    private final Channel cgAsk = cast.channel(clout, "Clout & Gold Coaching", "ask-the-coaches",
            "questions for the coaching team", "cg-ask-the-coaches.json");
    private final Channel cgForm = cast.channel(clout, "Clout & Gold Coaching", "form-check",
            "post a clip of your shot and get feedback from coaches and each other", "cg-form-check.json");
    private final Persona ros = cast.person("ros.whitlock", "Ros Whitlock", cgTeam);
    private final Persona teodor = cast.person("teodor.pap", "Teodor Pap", cgTeam);
    private final Persona callum = cast.person("callum.reeve", "Callum Reeve", cgClient);
    private final Persona yara = cast.person("yara.siddiqui", "Yara Siddiqui", cgClient);
    private final Persona bea = cast.person("bea.lindley", "Bea Lindley", cgClient);
    private final Persona lorcan = cast.person("lorcan.fitch", "Lorcan Fitch");

    // --- E. a target archery club where nobody sells ---
    private final String butts = cast.guild(1865);
    private final Channel blIntro = cast.channel(butts, "Butts Lane Bowmen", "introductions",
            "new to the club? introduce yourself", "bl-introductions.json");
    private final Channel blHelp = cast.channel(butts, "Butts Lane Bowmen", "help-and-tips",
            "questions about shooting, kit and rounds; anyone answers", "bl-help-and-tips.json");
    private final Channel blScores = cast.channel(butts, "Butts Lane Bowmen", "scores",
            "post your scores and club-night results", "bl-scores.json");
    private final Persona agnes = cast.person("agnes.mulroy", "Agnes Mulroy");
    private final Persona stellan = cast.person("stellan.frey", "Stellan Frey");
    private final Persona kit = cast.person("kit.darrow", "Kit Darrow");
    private final Persona josie = cast.person("josie.pemberton", "Josie Pemberton");
    private final Persona rafferty = cast.person("rafferty.quayle", "Rafferty Quayle");
    private final Persona elin = cast.person("elin.gwyn", "Elin Gwyn");

    // --- F. freelance fencing coaches ---
    private final String piste = cast.guild(1866);
    private final Channel pcCorner = cast.channel(piste, "Piste Coaches", "coaches-corner",
            "coaches among ourselves: sessions, pupils, fees, the trade", "pc-coaches-corner.json");
    private final Channel pcAsks = cast.channel(piste, "Piste Coaches", "parent-asks",
            "parents and fencers ask about lessons, clubs and starting out; coaches reply", "pc-parent-asks.json");
    private final Channel pcLessons = cast.channel(piste, "Piste Coaches", "lessons-offered",
            "coaches post open lesson slots, camps and courses", "pc-lessons-offered.json");
    private final Persona marguerite = cast.person("marguerite.oyelaran", "Marguerite Oyelaran");
    private final Persona dmitri = cast.person("dmitri.sokol", "Dmitri Sokol");
    private final Persona fen = cast.person("fen.adeyemi", "Fen Adeyemi");
    private final Persona hal = cast.person("hal.brewster", "Hal Brewster");
    private final Persona celeste = cast.person("celeste.amory", "Celeste Amory");
    private final Persona tobias = cast.person("tobias.lund", "Tobias Lund");
    private final Persona sade = cast.person("sade.whitcombe", "Sade Whitcombe");

    // --- G. archery accessory makers ---
    private final String sight = cast.guild(1867);
    private final Channel ssBench = cast.channel(sight, "Sight & Stabiliser", "makers-bench",
            "makers among ourselves: carbon, machining, suppliers, pricing", "ss-makers-bench.json");
    private final Channel ssAsks = cast.channel(sight, "Sight & Stabiliser", "archers-ask",
            "archers ask about sights, stabilisers, tabs and rests; makers reply", "ss-archers-ask.json");
    private final Channel ssReleases = cast.channel(sight, "Sight & Stabiliser", "new-releases",
            "members: post your own new products here", "ss-new-releases.json");
    private final Persona lachlan = cast.person("lachlan.moy", "Lachlan Moy");
    private final Persona perpetua = cast.person("perpetua.onn", "Perpetua Onn");
    private final Persona wes = cast.person("wes.harland", "Wes Harland");
    private final Persona dagny = cast.person("dagny.sorensen", "Dagny Sorensen");
    private final Persona mariam = cast.person("mariam.yusuf", "Mariam Yusuf");
    private final Persona ezra = cast.person("ezra.kolb", "Ezra Kolb");

    // --- H. a veterans' fencing group where nobody sells ---
    private final String forty = cast.guild(1868);
    private final Channel fpIntro = cast.channel(forty, "Forty Plus Fencers", "introductions",
            "new here? say hello and tell us your weapon", "fp-introductions.json");
    private final Channel fpTraining = cast.channel(forty, "Forty Plus Fencers", "training-talk",
            "fitness, footwork, injuries, getting back on the piste", "fp-training-talk.json");
    private final Channel fpComps = cast.channel(forty, "Forty Plus Fencers", "competitions",
            "veterans' competitions: entries, lifts, results", "fp-competitions.json");
    private final Persona roz = cast.person("roz.ingham", "Roz Ingham");
    private final Persona ambrose = cast.person("ambrose.telfer", "Ambrose Telfer");
    private final Persona nils = cast.person("nils.eberhardt", "Nils Eberhardt");
    private final Persona vilja = cast.person("vilja.nystrom", "Vilja Nystrom");
    private final Persona bram = cast.person("bram.castell", "Bram Castell");

    HeldOutScenes158Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        nockAndFletch();
        tangAndGuard();
        longmeadow();
        cloutAndGold();
        buttsLane();
        pisteCoaches();
        sightAndStabiliser();
        fortyPlus();
    }

    /**
     * A. Nock &amp; Fletch: Edwin agrees a yew longbow with Harriet for the county shoot on the 15th (days 1, 3); Maud
     * answers Dilip on spine (day 2). On day 4 Saskia posts "check out my new barred turkey fletchings" with her shop
     * link into all three rooms within six minutes, and on day 6 offers arrows at £4 with "DM me" in #archer-asks. On
     * day 6 Edwin proposes transcribing the late Tom Gadd's workshop notebooks; days 8-14 all his messages are in
     * #workbench with Maud, Ciaran and Saskia, while Harriet asks him on day 9 whether her bow is on track and chases on
     * day 11; Maud tells him on day 12; he answers Harriet on day 15 with an apology. Noor joins on day 8 and asks what to
     * look for in a first bow; Ciaran answers with his price and "DM me"; Maud advises and, asked, gives her guide.
     * Dilip tells Maud on day 17 he sent two clubmates her way.
     */
    private void nockAndFletch() {
        Post e1 = say(1, "09:05", nfAsks, edwin, "@Harriet Cole morning! Your yew stave is floor-tillered. Still 45lb at "
                + "28in? And horn nocks or self nocks?");
        re(1, "10:20", harriet, e1, "Morning Edwin! 45 at 28 yes. Horn nocks please. It's for the county shoot on the "
                + "15th so no rush before then");
        re(1, "10:40", edwin, e1, "Horn it is. I'll have it done by the 8th so you get a week to shoot it in.");
        Post d1 = say(2, "11:00", nfAsks, dilip, "What spine do I need for 29in wooden arrows off a 40lb longbow? "
                + "Getting all sorts of flight");
        re(2, "11:30", maud, d1, "For wood at that length, 40-45 spine, and give them 5in fletchings. Are your shafts "
                + "tapered?");
        re(2, "11:50", dilip, d1, "Parallel. I'll try 45s, thanks Maud");
        re(2, "12:05", maud, d1, "Parallel's fine. Let us know how they fly.");
        say(3, "10:00", nfSale, saskia, "Barred turkey fletchings, 5in shield cut, packs of 36, £14 + postage. "
                + "saskialeng.example/shop/barred-5in");
        Post c1 = say(3, "14:00", nfBench, ciaran, "Anyone else finding the new Titebond III goes off quicker? Glue "
                + "lines on two laminates let go");
        re(3, "14:20", edwin, c1, "Check the date on the bottle, mine was old stock from the wholesaler.");
        re(3, "14:40", maud, c1, "I've gone back to Urac for laminates, never had one fail.");
        re(3, "15:00", ciaran, c1, "Old stock, you're right. Binned it.");
        Post e2 = say(3, "16:00", nfAsks, edwin, "@Harriet Cole on the tiller tree now, nearly there. Grip in brown "
                + "leather ok?");
        re(3, "16:30", harriet, e2, "Oh it's gorgeous. Brown is perfect!");
        e2.react("❤️", harriet);
        say(4, "19:02", nfBench, saskia, "check out my new barred turkey fletchings, just in: "
                + "saskialeng.example/shop/barred-5in");
        say(4, "19:05", nfAsks, saskia, "check out my new barred turkey fletchings, just in: "
                + "saskialeng.example/shop/barred-5in");
        say(4, "19:08", nfSale, saskia, "check out my new barred turkey fletchings! saskialeng.example/shop/barred-5in");
        Post m1 = say(5, "10:00", nfBench, maud, "What's everyone charging for a dozen footed shafts now? My ash has "
                + "gone up again");
        re(5, "10:30", ciaran, m1, "£110 a dozen and it's not enough");
        re(5, "10:45", edwin, m1, "Same ballpark. Footing is the time sink, charge for it.");
        re(5, "11:00", maud, m1, "Right, £115 from September then.");
        say(6, "09:30", nfAsks, saskia, "Shafts and fletchings made to order, £4 an arrow fletched, DM me.");
        Post t1 = say(6, "17:00", nfBench, edwin, "Bit of news. Tom Gadd's widow has lent me his workshop notebooks, "
                + "forty years of tiller notes and draw weights. Anyone fancy helping transcribe them into something we "
                + "can all use? I'll scan them next week.");
        re(6, "17:20", maud, t1, "Yes! I learned on Tom's longbows.");
        re(6, "17:40", ciaran, t1, "Count me in.");
        re(6, "18:00", saskia, t1, "I can type, can't read his writing though 😂");
        t1.react("🙌", maud, ciaran);
        Post d2 = say(7, "12:00", nfAsks, dilip, "45s fly straight now, thanks @Maud Ashby");
        d2.react("👍", maud);
        // W35
        joins(8, "09:00", nfAsks, noor);
        Post n1 = say(8, "09:15", nfAsks, noor, "Hi all, I've just started shooting barebow at a club. What should I "
                + "look for in a first wooden bow?");
        re(8, "09:40", ciaran, n1, "I make hickory-backed flatbows from £260, perfect for starting out. DM me and I'll "
                + "measure you up.");
        Post mn = re(8, "10:05", maud, n1, "Welcome Noor! Start light, 25-30lb at most, and use club bows for a few "
                + "months before you buy. Do you know your draw length?");
        re(8, "10:30", noor, mn, "No idea yet, I'll get the coach to measure. Is there a guide anywhere?");
        re(8, "10:45", maud, mn, "I wrote a short one for our club: maudashby.example/first-bow-guide. It covers draw "
                + "length and weights.");
        re(8, "11:00", noor, mn, "Perfect, thank you");
        Post t2 = say(8, "19:00", nfBench, edwin, "First two notebooks scanned: gadd-notebooks.example/folder. "
                + "@Maud Ashby can you take book 1 and @Ciaran Boyd book 2?");
        re(8, "19:30", maud, t2, "On it tonight.");
        re(8, "20:00", ciaran, t2, "Yep.");
        Post h1 = say(9, "10:00", nfAsks, harriet, "@Edwin Harrow hi Edwin, is the longbow still on track for the "
                + "county shoot on the 15th? I'd love a week to shoot it in.");
        Post m2 = say(9, "11:00", nfBench, maud, "Book 1 pages 1-30 typed. His 1978 entries give every bow's draw at "
                + "26, 28 and 30in");
        re(9, "11:30", edwin, m2, "Brilliant. That's the data nobody else kept.");
        say(10, "11:00", nfSale, ciaran, "Hickory-backed flatbow, 35lb at 28in, 66in long, £260.");
        Post c2 = say(10, "14:00", nfBench, ciaran, "Book 2 has a page on heat-treating bellies I've never seen "
                + "anywhere @Edwin Harrow");
        re(10, "14:30", edwin, c2, "Photograph it properly, I'd like it in the write-up.");
        Post s1 = say(10, "15:40", nfBench, saskia, "Typed 12 pages. What's 'reflex 3/8 after steam'?");
        re(10, "16:00", edwin, s1, "3/8 inch of reflex set in with steam. He did that on every yew bow.");
        re(11, "09:10", harriet, h1, "@Edwin Harrow sorry to chase, I just need to know about the 15th so I can sort my "
                + "entry");
        Post t3 = say(11, "10:00", nfBench, edwin, "@Saskia Leng @Maud Ashby @Ciaran Boyd shall we put it all in one "
                + "spreadsheet? Date, wood, length, draw at 28, notes.");
        re(11, "10:20", maud, t3, "Yes please, one sheet.");
        Post s2 = re(11, "10:30", saskia, t3, "I'll set it up.");
        re(11, "10:45", edwin, s2, "Thanks Saskia.");
        Post m3 = say(12, "09:00", nfBench, maud, "@Edwin Harrow Harriet's asked you twice in #archer-asks about her "
                + "bow, just so you know");
        re(12, "09:30", edwin, m3, "Cheers Maud, I'll get to her.");
        Post c3 = say(12, "15:00", nfBench, ciaran, "Book 2 done. 212 bows logged.");
        re(12, "15:20", edwin, c3, "Amazing. Tom would be chuffed.");
        Post d3 = say(13, "13:00", nfAsks, dilip, "Any tips for waxing a flemish string? Mine's fraying by the nock");
        re(13, "13:30", maud, d3, "Rub beeswax in well, and check the nock groove for a burr.");
        re(13, "14:00", dilip, d3, "Found a burr! sanded it, ta");
        Post t4 = say(13, "11:00", nfBench, edwin, "@Maud Ashby what does 'gave her 2 lb at the fades' mean to you?");
        re(13, "11:30", maud, t4, "Taking wood off at the fades to drop two pounds, I think.");
        re(13, "11:45", edwin, t4, "Makes sense, thanks.");
        Post t5 = say(14, "16:00", nfBench, edwin, "Draft write-up for the archive: gadd-notebooks.example/draft. "
                + "Comments welcome before it goes to his widow.");
        re(14, "16:30", saskia, t5, "Read it, lovely. One typo on p3.");
        t5.react("👏", ciaran, maud);
        // W36
        re(15, "09:00", edwin, h1, "@Harriet Cole I'm so sorry Harriet, I've had my head in Tom Gadd's notebooks all "
                + "week. Your bow's finished and shooting 46 at 28. Could I meet you at the range Tuesday evening?");
        re(15, "09:30", harriet, h1, "Phew! Tuesday's perfect, thank you.");
        Post n2 = say(16, "18:00", nfAsks, noor, "Coach measured me at 27in. Borrowing a 26lb club bow for now.");
        re(16, "18:20", maud, n2, "Sensible. Enjoy it!");
        Post d4 = say(17, "10:00", nfAsks, dilip, "@Maud Ashby I bought my first dozen from you in the spring and "
                + "they've been great, I've sent two lads from my club your way");
        re(17, "10:20", maud, d4, "Thank you Dilip! That's really kind.");
        Post m4 = say(18, "20:00", nfBench, maud, "Finished checking the sheet, 389 bows. Shall we give a copy to the "
                + "guild library too?");
        re(18, "20:30", edwin, m4, "Yes, I'll ask his widow.");
        re(18, "20:40", ciaran, m4, "Good idea.");
        Post h2 = say(19, "19:00", nfAsks, harriet, "Shot the new longbow twice this week, it's lovely and quiet. "
                + "Thank you @Edwin Harrow");
        h2.react("❤️", edwin);
        re(19, "19:30", edwin, h2, "So glad! Good luck at the county.");
        say(20, "10:00", nfSale, saskia, "Parabolic-cut grey goose fletchings, packs of 36, £16 + postage. "
                + "saskialeng.example/shop/grey-goose");
    }

    /**
     * B. Tang &amp; Guard: Ottilie rewires Pascale's club épées (days 1, 4) and says on day 5, in two rooms, that she is
     * armouring at the veterans' worlds 27 Aug-2 Sep, back on the 3rd; Pascale asks her on day 9, Rufus answers in the
     * meantime, and Ottilie answers on day 15. Rufus answers Ibby on kit with British Fencing's guide (day 2) and on
     * plastrons (day 12). Days 8-14 Jonah posts eleven times to nobody in all three rooms (blades, stock, his jig,
     * walk-ins, and in #club-asks "Maraging épée blades, £95 fitted, DM me." on day 9 and "Custom-wired épées ... DM me."
     * on day 12) and answers nobody; in W36 he answers Konrad, who joins on day 15. Greer, who has only spoken in
     * #armoury and #kit-and-repairs, opens a post in #club-asks with her sale link on day 17. Ibby tells Rufus on day 18
     * she sent two parents his way.
     */
    private void tangAndGuard() {
        Post p1 = say(1, "10:00", tgAsks, pascale, "@Ottilie Brand hi, six of our club épées have dead body wires "
                + "again. Can you do them before our season starts on the 8th?");
        re(1, "10:40", ottilie, p1, "Hi Pascale, yes, bring them Thursday. French or pistol grips?");
        re(1, "11:00", pascale, p1, "Pistol, all of them.");
        re(1, "11:10", ottilie, p1, "Fine, I'll have the sockets ready.");
        Post r1 = say(1, "14:00", tgArmoury, rufus, "Anyone found a decent supplier for bayonet sockets since the "
                + "price went up?");
        re(1, "14:30", greer, r1, "I get mine from a German wholesaler, I'll dig out the name.");
        re(1, "15:00", greer, r1, "fechtsport-grosshandel.example, minimum order 50.");
        re(1, "15:10", rufus, r1, "Cheers Greer");
        Post i1 = say(2, "16:00", tgAsks, ibby, "My son's 10 and wants to start foil. What kit does he actually need to "
                + "buy and what can he borrow?");
        re(2, "16:30", rufus, i1, "Glove and breeches first, clubs lend masks and jackets at his age. British Fencing's "
                + "kit guide is good: britishfencing.example/kit-guide");
        re(2, "16:50", ibby, i1, "That's really helpful, thanks Rufus");
        Post j1 = say(2, "18:00", tgArmoury, jonah, "How are people straightening maraging blades without "
                + "work-hardening them?");
        re(2, "18:30", ottilie, j1, "Cold, little and often, on a bending block. Never in a vice.");
        re(2, "18:45", jonah, j1, "Ta, I've been too keen with the vice.");
        say(3, "12:00", tgKit, greer, "Second-hand FIE foil mask, size M, good bib, £70, collection from Bristol.");
        Post o1 = say(4, "11:00", tgAsks, ottilie, "@Pascale Dumont all six épées done and tested, 2 ohms each.");
        re(4, "11:30", pascale, o1, "Brilliant, thank you Ottilie!");
        o1.react("🙏", pascale);
        Post o2 = say(5, "09:00", tgArmoury, ottilie, "Heads up: I'm armouring at the veterans' worlds from 27 Aug to "
                + "2 Sep, back Monday the 3rd. Jonah's covering my walk-ins.");
        re(5, "09:20", jonah, o2, "Yep, send them over.");
        re(5, "09:30", rufus, o2, "Have a good one!");
        say(5, "09:05", tgAsks, ottilie, "I'm away 27 Aug to 2 Sep armouring at the veterans' worlds, back on the 3rd. "
                + "Jonah Mwangi covers urgent repairs.");
        Post g1 = say(6, "15:00", tgArmoury, greer, "£12 a wire to rewire, is anyone charging more?");
        re(6, "15:30", rufus, g1, "£15 with a new plug. Nobody's complained.");
        re(6, "15:45", greer, g1, "Going to £14 then.");
        // W35: Ottilie away; Jonah to nobody
        say(8, "09:00", tgKit, jonah, "New maraging épée blades in, size 5, FIE marked. £95 each.");
        say(8, "09:30", tgArmoury, jonah, "Finally finished the blade-straightening jig. Took three weekends.");
        say(8, "18:00", tgAsks, jonah, "Walk-in repairs Tuesday and Thursday evenings this week at the Bristol salle.");
        say(9, "10:00", tgAsks, jonah, "Maraging épée blades, £95 fitted, DM me.");
        Post p2 = say(9, "11:00", tgAsks, pascale, "@Ottilie Brand one of the épées is reading 5 ohms again, is it the "
                + "wire or the socket?");
        re(9, "11:40", rufus, p2, "Ottilie's away till the 3rd. Sounds like the socket, but try a new wire first to "
                + "rule it out.");
        re(9, "12:00", pascale, p2, "Will do, thanks Rufus.");
        say(9, "20:00", tgKit, jonah, "Stock: 12 foil blades size 5, 4 sabre blades, 20 body wires.");
        Post g2 = say(10, "10:00", tgArmoury, greer, "Anyone armouring at the Nationals this year?");
        re(10, "10:30", rufus, g2, "I am, Saturday only.");
        re(10, "10:40", greer, g2, "Same, see you there.");
        say(10, "12:00", tgArmoury, jonah, "Switched to silver solder for the tips, much better contact.");
        say(11, "09:00", tgKit, jonah, "Rewiring foils this week, £14 a wire.");
        say(11, "19:00", tgArmoury, jonah, "Jig photo attached. Holds the blade at both ends so the curve comes out "
                + "even.");
        say(12, "10:00", tgAsks, jonah, "Custom-wired épées built to order, from £140. DM me.");
        Post i2 = say(12, "17:00", tgAsks, ibby, "Son's first competition next month, does he need a plastron?");
        re(12, "17:30", rufus, i2, "Yes, an underarm protector is compulsory at every comp. Any club shop sells them.");
        re(12, "17:45", ibby, i2, "Thanks!");
        say(13, "17:00", tgKit, jonah, "Weekend walk-ins cancelled, sorry.");
        say(14, "11:00", tgArmoury, jonah, "Sold out of size 5 foil blades already.");
        // W36
        re(15, "09:00", ottilie, p2, "@Pascale Dumont just back from the worlds, sorry for the wait. If a new wire "
                + "didn't fix it, it's the socket; bring it in and I'll swap it.");
        re(15, "09:30", pascale, p2, "A new wire fixed it actually, Rufus's tip. Thanks both");
        joins(15, "10:00", tgAsks, konrad);
        Post k1 = say(15, "10:15", tgAsks, konrad, "Hi, I'm buying my first electric foil second-hand. What should I "
                + "check before I pay?");
        re(15, "10:40", jonah, k1, "Check the blade for kinks and rust at the tang, and test the tip spring with a 500g "
                + "weight. Ask to test it on a box if you can.");
        re(15, "11:00", konrad, k1, "Didn't know about the weight, thanks.");
        re(15, "11:20", ottilie, k1, "And check the wire isn't taped over, that's a bodge.");
        Post j2 = say(16, "09:00", tgArmoury, jonah, "How were the worlds @Ottilie Brand?");
        re(16, "09:30", ottilie, j2, "Exhausting, 140 weapons checked in two days.");
        re(16, "09:45", jonah, j2, "Mad. Your walk-ins are all done.");
        say(17, "09:00", tgAsks, greer, "tangguard-greer.example/sale end-of-season sale, masks and jackets 30% off");
        Post i3 = say(18, "12:00", tgAsks, ibby, "@Rufus Kell I've sent two other parents from our club to you for kit, "
                + "you were so helpful");
        re(18, "12:20", rufus, i3, "Thanks Ibby, very kind.");
        Post r2 = say(19, "18:00", tgArmoury, rufus, "Nationals armoury rota is out, we're both on Saturday "
                + "@Greer Lindqvist");
        re(19, "18:30", greer, r2, "See you there!");
        Post k2 = say(20, "14:00", tgAsks, konrad, "Bought it, the tip passes the weight test");
        re(20, "14:20", jonah, k2, "Good stuff, enjoy it.");
    }

    /**
     * C. Longmeadow Archery Range: Beth posts range news in #range-news (days 1, 8 a priced have-a-go with its page, 15).
     * Arlo answers Graham without a reply link ten minutes later (day 1); Beth answers Graham's DM within 25 minutes (day
     * 3). On day 9 Imogen DMs Arlo whether her lane booking went through and chases on day 11, while Arlo talks sight
     * marks with Wendell in #the-shooting-line (days 10, 11); he answers her on day 14 with an apology. Fabian joins on
     * day 8 and asks which beginners' course to book; Sunniva answers with the course, its price and page. On day 16
     * Pip, who has only asked the staff things, asks #the-shooting-line and three minutes later #bookings-and-questions
     * to follow his archery page. Wendell tells Beth by DM on day 18 he sent three colleagues; she thanks him in 15
     * minutes.
     */
    private void longmeadow() {
        say(1, "08:30", lmNews, beth, "Range open 8 till 8 all week. Outdoor lanes out to 90m from Saturday once the "
                + "grass is cut.");
        say(1, "10:00", lmBook, graham, "Is the 70m lane free Wednesday evening?");
        say(1, "10:10", lmBook, arlo, "Yes Graham, 6 to 8 is free, I've put you in.");
        say(1, "10:20", lmBook, graham, "Cheers Arlo");
        Post w1 = say(2, "19:00", lmLine, wendell, "Finally broke 600 on a Portsmouth!");
        Post aw = re(2, "19:15", arlo, w1, "Well done! What changed?");
        re(2, "19:30", wendell, aw, "Moved my clicker back a touch. Everything calmed down.");
        w1.react("🎉", imogen, arlo);
        Post g1 = say(3, "14:00", lmDmGraham, graham, "Hi Beth, can I pay for the autumn membership in two halves?");
        re(3, "14:25", beth, g1, "Yes of course, half now and half in November. I'll send you the link.");
        re(3, "14:30", graham, g1, "Great, thanks");
        Post i1 = say(4, "12:00", lmBook, imogen, "Do you hire out spotting scopes?");
        re(4, "12:30", sunniva, i1, "We do, £3 a session from the desk.");
        re(4, "12:40", imogen, i1, "Perfect");
        Post p1 = say(5, "17:00", lmBook, pip, "Do you sell X10 points at the desk?");
        re(5, "17:20", sunniva, p1, "We do, £18 a dozen.");
        re(5, "17:30", pip, p1, "ok ta");
        Post p2 = say(6, "09:00", lmBook, pip, "Can I leave my bow in a locker overnight?");
        re(6, "09:25", sunniva, p2, "Yes, lockers are £5 a month, ask at the desk.");
        Post w2 = say(7, "16:00", lmLine, wendell, "Wind's horrible out there today, anyone else given up?");
        re(7, "16:10", graham, w2, "Packed up at 3 dozen. Sight marks all over the place.");
        // W35
        say(8, "08:30", lmNews, beth, "Have-a-go sessions every Saturday in September, £25 for an hour with a coach and "
                + "all kit: longmeadow.example/have-a-go");
        joins(8, "11:00", lmBook, fabian);
        Post f1 = say(8, "11:10", lmBook, fabian, "Hi, I've never shot before. Which beginners' course should I book?");
        re(8, "11:40", sunniva, f1, "Welcome Fabian! The six-week beginners' course is the one, £95 with kit hire, next "
                + "one starts 8 September: longmeadow.example/beginners");
        re(8, "12:00", fabian, f1, "Booked, thanks!");
        Post i2 = say(9, "09:00", lmDmImogen, imogen, "Hi Arlo, did my booking for lane 4 for Saturday's 70m practice "
                + "go through? The app showed an error");
        Post w3 = say(10, "18:00", lmLine, wendell, "@Arlo Penn what sight mark are you using at 70 with the new "
                + "limbs?");
        re(10, "18:30", arlo, w3, "About 4.2 on my Shibuya, but check yours, draw lengths differ.");
        re(10, "18:45", wendell, w3, "Ta, will try it Thursday");
        say(11, "10:00", lmDmImogen, imogen, "Sorry to chase Arlo, Saturday's two days away and I still can't see it "
                + "in the app");
        Post w4 = say(11, "19:00", lmLine, wendell, "Tried 4.2, dropping low");
        re(11, "19:20", arlo, w4, "Go 4.4 then, it was windy tonight too.");
        Post g2 = say(12, "12:00", lmBook, graham, "Will the indoor range open in October like last year?");
        re(12, "12:30", beth, g2, "From 1 October, yes. Same hours.");
        Post p3 = say(13, "20:00", lmLine, pip, "shot 1200 on a 1440 practice today");
        re(13, "20:30", wendell, p3, "Nice one!");
        re(14, "10:30", arlo, i2, "Imogen, I'm so sorry, I missed this. Lane 4 was booked but the app lost it; it's back "
                + "in for next Saturday and there's no charge.");
        re(14, "11:00", imogen, i2, "Thanks Arlo, I ended up shooting on lane 7 anyway.");
        // W36
        say(15, "08:30", lmNews, beth, "Club championship on Sunday 16 September. Entries at the desk, £10.");
        say(16, "19:00", lmLine, pip, "If anyone fancies following my archery Instagram it'd mean a lot! "
                + "instagram.example/pip.shoots");
        say(16, "19:03", lmBook, pip, "would mean a lot if you followed my archery page: instagram.example/pip.shoots");
        Post f2 = say(17, "10:00", lmBook, fabian, "First beginners' session Saturday, do I need to bring anything?");
        re(17, "10:30", sunniva, f2, "Just flat shoes and a water bottle, we provide the rest.");
        re(17, "10:40", fabian, f2, "Great");
        Post w5 = say(18, "13:00", lmDmWendell, wendell, "Beth, I sent three people from work your way for a have-a-go, "
                + "they've booked for the 22nd");
        re(18, "13:15", beth, w5, "That's brilliant, thank you Wendell! I'll look after them.");
        Post i3 = say(19, "17:00", lmLine, imogen, "Lane 4 worked perfectly today, thanks @Arlo Penn");
        re(19, "17:20", arlo, i3, "Good, sorry again for the muddle.");
        Post g3 = say(20, "09:00", lmBook, graham, "Can I bring a guest on Thursday?");
        re(20, "09:20", arlo, g3, "Yes, £8 guest fee at the desk.");
    }

    /**
     * D. Clout &amp; Gold Coaching: Ros posts courses and changes in #coach-news (days 2, 6, 11, 16). Teodor answers
     * Yara's question about one-to-ones with prices (day 4). Bea, Callum and Yara trade feedback on clips (days 3, 5).
     * Yara is helped by Teodor (day 8), Ros (day 10) and Callum (day 12), answers their questions and reports back each
     * time. Callum asks Teodor by name on Friday day 12 at 18:00 whether the clout course goes ahead in rain; Teodor
     * answers on day 13 at 21:00, 27 hours later, with an apology. Lorcan joins on day 15 and asks whether they coach
     * compound; Teodor offers a one-to-one and, asked, its price. Yara gives Lorcan feedback (day 18). Callum tells Ros
     * on day 20 his brother signed up.
     */
    private void cloutAndGold() {
        Post c1 = say(1, "10:00", cgAsk, callum, "Is it worth changing to a thumb ring for clout?");
        re(1, "10:40", teodor, c1, "Only if you shoot horse bow as well. For clout keep your tab and work on the "
                + "angle.");
        re(1, "10:55", callum, c1, "Makes sense, cheers");
        say(2, "09:00", cgNews, ros, "Autumn indoor course for improvers, six Tuesdays from 18 September, £120: "
                + "cloutandgold.example/autumn");
        Post b1 = say(3, "20:00", cgForm, bea, "Clip from Sunday, I think my bow arm collapses?");
        re(3, "20:30", ros, b1, "It does, right at release. Keep pushing to the target through the shot. Try the "
                + "elastic band drill.");
        re(3, "20:40", bea, b1, "Will try tonight");
        Post cb = re(3, "21:00", callum, b1, "Mine did that too, the band drill fixed it in about a week.");
        re(3, "21:10", bea, cb, "Good to know!");
        Post y1 = say(4, "12:00", cgAsk, yara, "Do you run one-to-ones? What do they cost?");
        re(4, "12:20", teodor, y1, "Yes, £40 an hour at the range, or £60 for 90 minutes with video. Shall I pencil you "
                + "in for Saturday?");
        re(4, "12:35", yara, y1, "Saturday 10am please");
        Post c2 = say(5, "19:00", cgForm, callum, "Is my anchor drifting? Last end of six");
        Post yc = re(5, "19:20", yara, c2, "Looks higher on the second arrow to me");
        re(5, "19:40", teodor, c2, "Yara's right, your anchor rises when you're tired. Shoot shorter ends.");
        re(5, "19:50", callum, yc, "Thanks both, good spot @Yara Siddiqui");
        say(6, "08:00", cgNews, ros, "Range closed Saturday morning for the county clout; coaching moves to 2pm.");
        // W35
        Post y2 = say(8, "18:30", cgForm, yara, "My release feels plucky, clip attached");
        Post ty = re(8, "19:00", teodor, y2, "It is, you're opening your fingers. Let the string push them away. Does "
                + "it feel different with your eyes closed?");
        re(8, "19:30", yara, ty, "With eyes closed it's cleaner actually!");
        re(8, "19:40", teodor, ty, "Then it's trust. Blank bale, 30 arrows eyes closed.");
        re(9, "20:00", yara, ty, "Did 30 at the blank bale. Much smoother.");
        Post y3 = say(10, "09:00", cgAsk, yara, "How do I know if my draw weight is too high?");
        Post ry = re(10, "10:00", ros, y3, "If you can't hold at full draw for five seconds, it is. What are you on?");
        re(10, "10:15", yara, ry, "32lb");
        re(10, "10:30", ros, ry, "Drop to 28 till the release settles.");
        re(10, "10:45", yara, ry, "Ok, will swap limbs Saturday.");
        say(11, "08:00", cgNews, ros, "Clout course on 22 September, 6 places left: cloutandgold.example/clout");
        Post y4 = say(12, "16:00", cgForm, yara, "Second clip, better?");
        Post cy = re(12, "16:30", callum, y4, "Much better, the string's clearing your face now. Still plucky on "
                + "arrow 3 though.");
        re(12, "16:45", yara, cy, "Oh yes, I see it. I was tired by then.");
        Post c3 = say(12, "18:00", cgAsk, callum, "@Teodor Pap is the clout course on the 22nd still on if it rains?");
        Post b2 = say(13, "11:00", cgForm, bea, "Did the band drill all week, bow arm holding now");
        re(13, "11:30", ros, b2, "That's it! Lovely.");
        re(13, "21:00", teodor, c3, "Sorry Callum, I was at a comp all day. Yes, it goes ahead unless there's "
                + "lightning.");
        re(13, "21:15", callum, c3, "Great, thanks");
        // W36
        joins(15, "09:00", cgAsk, lorcan);
        Post l1 = say(15, "09:10", cgAsk, lorcan, "Hi, I shoot compound, do you coach compound or just recurve?");
        Post rl = re(15, "09:40", ros, l1, "Both! Teodor shoots compound himself. What are you working on?");
        re(15, "09:55", lorcan, rl, "Release aid. I punch the trigger.");
        Post tl = re(15, "10:20", teodor, l1, "Back tension is the fix. Come to a one-to-one and I'll set one up "
                + "for you.");
        re(15, "10:35", lorcan, tl, "Sounds good, how much?");
        re(15, "10:45", teodor, tl, "£40 an hour, Saturdays or Wednesday evenings.");
        say(16, "08:00", cgNews, ros, "Indoor course starts Tuesday 18th, 2 places left.");
        Post y5 = say(17, "18:00", cgForm, yara, "Clip on 28lb, cleanest yet I think");
        re(17, "18:30", teodor, y5, "Yes! That's the release.");
        y5.react("🔥", ros, callum);
        Post l2 = say(18, "19:00", cgForm, lorcan, "First clip with the back tension release, be honest");
        re(18, "19:30", yara, l2, "Your head's tilting towards the string at anchor, I did the same");
        re(18, "19:45", lorcan, l2, "Ha, so it is. Thanks");
        Post b3 = say(19, "10:00", cgAsk, bea, "Can I swap my Tuesday course place to Thursday?");
        re(19, "10:20", ros, b3, "Yes, done.");
        Post c4 = say(20, "12:00", cgAsk, callum, "@Ros Whitlock I told my brother about your course, he's signed up "
                + "for the autumn one");
        re(20, "12:20", ros, c4, "Thank you Callum! Tell him to bring his own tab if he has one.");
    }

    /**
     * E. Butts Lane Bowmen (nobody sells): Josie joins and introduces herself (day 1); Agnes (day 2), Stellan (day 3) and
     * Kit (day 5) help her, and each time she answers their questions and reports back; she helps Rafferty on day 12.
     * Kit answers Stellan's rules question with the rules page (day 6). Rafferty joins on day 8 and is helped by Agnes
     * (day 9), Stellan (day 10) and Josie (day 12); he says "thanks" or "ta", helps nobody and leaves Stellan's
     * question on day 10 (what poundage are his limbs) unanswered. Agnes posts club-night scores in #scores. Elin joins
     * on day 15 and introduces herself with her historic-archery blog in #introductions, then answers Josie on longbows.
     */
    private void buttsLane() {
        joins(1, "09:00", blIntro, josie);
        Post j1 = say(1, "09:10", blIntro, josie, "Hi everyone, I'm Josie, just finished the beginners' course and "
                + "joined properly. Shooting a club recurve at 24lb. Nervous about my first club night!");
        re(1, "09:30", agnes, j1, "Welcome Josie! Club night is very friendly, just come along.");
        re(1, "10:00", stellan, j1, "Welcome! Thursday is the one with most beginners.");
        re(1, "10:15", josie, j1, "Thursday it is, thank you both");
        Post j2 = say(2, "18:00", blHelp, josie, "What's the difference between a Portsmouth and a Bray I?");
        Post aj = re(2, "19:00", agnes, j2, "Both 20 yards indoors. A Portsmouth is 60 arrows on a 60cm face, a Bray I "
                + "is 30 arrows on a 40cm face. Have you got your own tab yet?");
        re(2, "19:20", josie, aj, "Club one, it's huge on me");
        re(2, "19:30", agnes, aj, "Get one that fits, it'll help your release no end.");
        Post j3 = say(3, "20:00", blHelp, josie, "My arrows keep landing left of the gold");
        Post sj = re(3, "20:30", stellan, j3, "Right-handed? Could be plucking, or the pressure button. Have you got "
                + "a button on that bow?");
        re(3, "20:45", josie, sj, "Right-handed, no button on the club bows");
        re(3, "21:00", stellan, sj, "Then it's the release. Relax the fingers and let the string go.");
        Post s4 = say(4, "22:00", blScores, agnes, "Club night: Kit 571 and Stellan 548 on the Portsmouth, and Josie's "
                + "first 400!");
        s4.react("🎉", josie, kit, stellan);
        re(4, "22:10", josie, aj, "Bought a small tab, so much better. Thanks Agnes");
        Post j4 = say(5, "09:00", blHelp, josie, "Can I shoot at the outdoor range on Sunday as a new member?");
        Post kj = re(5, "09:30", kit, j4, "Yes, once you've had your range safety sign-off. I can do it Sunday at 10, "
                + "does that suit?");
        re(5, "09:45", josie, kj, "Yes please!");
        Post st = say(6, "12:00", blHelp, stellan, "Does anyone know if the county indoor league is WA 18 or "
                + "Portsmouth this winter?");
        re(6, "12:30", kit, st, "WA 18 this year, rules are here: archerygb.example/rules/wa18");
        re(6, "12:40", stellan, st, "Cheers Kit");
        re(7, "14:00", josie, kj, "Signed off, thanks Kit! And grouping much better after Stellan's tip on the "
                + "release too");
        // W35
        joins(8, "10:00", blIntro, rafferty);
        Post r1 = say(8, "10:10", blIntro, rafferty, "hi, rafferty, shot a bit at uni years ago, getting back into it");
        re(8, "10:30", agnes, r1, "Welcome Rafferty! Thursdays are club nights.");
        Post r2 = say(9, "19:00", blHelp, rafferty, "what arrows should I get for a 30lb bow");
        re(9, "19:40", agnes, r2, "Easton Jazz 1750s are the usual start. Measure your draw length first though.");
        re(9, "19:50", rafferty, r2, "thanks");
        Post r3 = say(10, "20:00", blHelp, rafferty, "bow string keeps slapping my arm");
        re(10, "20:30", stellan, r3, "Check your brace height, should be about 8.5in. What poundage are your limbs?");
        Post s11 = say(11, "22:00", blScores, agnes, "Club night: Kit 566, Josie 452 (PB!), Stellan 540.");
        s11.react("👏", josie, stellan);
        Post r4 = say(12, "18:00", blHelp, rafferty, "sight wont stay tight");
        re(12, "18:30", josie, r4, "Mine did that, there's a little grub screw under the block, tighten it with an "
                + "allen key.");
        re(12, "18:45", rafferty, r4, "ta");
        Post k1 = say(13, "11:00", blHelp, kit, "Reminder that the field is being re-seeded, no shooting on the top "
                + "lanes till October.");
        k1.react("👍", agnes, stellan);
        // W36
        joins(15, "09:00", blIntro, elin);
        Post e1 = say(15, "09:20", blIntro, elin, "Hello! I'm Elin, just moved here from Aberystwyth. I've shot "
                + "longbow for ten years and write a little blog about historic archery: elingwyn.example/blog. Looking "
                + "forward to shooting with you!");
        re(15, "09:40", agnes, e1, "Welcome Elin! We've two longbow shooters already, you'll be very welcome.");
        re(15, "10:00", elin, e1, "Lovely, see you Thursday");
        Post j5 = say(16, "19:00", blHelp, josie, "Thinking of trying longbow next year, is it much harder?");
        Post ej = re(16, "19:30", elin, j5, "Different rather than harder! Start around 30lb with wooden arrows, and "
                + "shoot off the hand. Do you shoot instinctive or with a sight now?");
        re(16, "19:45", josie, ej, "Sight, so that'll be a change");
        re(16, "20:00", stellan, j5, "Elin's right, and the club has a 30lb longbow you can borrow.");
        Post s18 = say(18, "22:00", blScores, agnes, "Club night: Elin 498 on her first night with us, Josie 460!");
        s18.react("🎉", elin, josie);
        Post r5 = say(19, "18:00", blHelp, rafferty, "can I come to club night on my own or do I need a buddy");
        re(19, "18:20", kit, r5, "On your own is fine once you're signed off. Sunday 10am for the sign-off?");
        re(19, "18:30", rafferty, r5, "ok");
    }

    /**
     * F. Piste Coaches: Dmitri serves Celeste's daughter Mia (days 1, 10). Marguerite answers Tobias, a 41-year-old
     * beginner (day 4). Sade joins on day 8 and asks "Can anyone recommend a coach for an adult beginner in sabre around
     * Leeds?"; Fen answers with her block, price and page, and Marguerite recommends Fen. Days 8-14 Hal answers each of
     * the other coaches' news in #coaches-corner with his own (his academy, pupils, medals, qualification, unit). On day
     * 16 Celeste asks what age children can start; Fen answers and adds her block, price and "DM me"; on day 19 she asks
     * the other coaches to send people her way. Sade thanks Fen on day 20.
     */
    private void pisteCoaches() {
        Post c1 = say(1, "17:00", pcAsks, celeste, "@Dmitri Sokol can we move Mia's Wednesday lesson to 5.30?");
        re(1, "17:30", dmitri, c1, "Yes, 5.30 works. See you then.");
        Post m1 = say(2, "10:00", pcCorner, marguerite, "How are people handling parents filming lessons?");
        re(2, "10:20", fen, m1, "I allow it for the last five minutes.");
        re(2, "10:30", hal, m1, "I ban it.");
        re(2, "10:45", dmitri, m1, "Fen's way works for me too.");
        re(2, "11:00", marguerite, m1, "Last five minutes it is.");
        say(3, "09:00", pcLessons, dmitri, "Two Wednesday evening slots in September, foil, £30 per 30 minutes.");
        Post t1 = say(4, "20:00", pcAsks, tobias, "I'm 41 and thinking of taking up épée. Am I too old?");
        re(4, "20:20", marguerite, t1, "Not at all! Half our club started after 35. Find a club with a beginners' "
                + "course first.");
        re(4, "20:35", tobias, t1, "Great, thanks!");
        Post h1 = say(5, "14:00", pcCorner, hal, "Insurance renewal went up 20%, anyone shopping around?");
        re(5, "14:20", fen, h1, "Try the federation's scheme, it's cheaper for us sole traders.");
        re(5, "14:30", hal, h1, "Will do, thanks Fen.");
        // W35
        joins(8, "10:00", pcAsks, sade);
        Post s1 = say(8, "10:10", pcAsks, sade, "Can anyone recommend a coach for an adult beginner in sabre around "
                + "Leeds?");
        re(8, "10:40", fen, s1, "I coach sabre in Leeds! Adult beginners' block on Saturdays, £90 for six weeks: "
                + "fenadeyemi.example/sabre");
        re(8, "11:00", marguerite, s1, "Fen's great, and Leeds Sword Club runs a free taster too.");
        re(8, "11:20", sade, s1, "Thank you both!");
        Post d1 = say(8, "14:00", pcCorner, dmitri, "Mia's been selected for the cadet squad!");
        re(8, "14:30", hal, d1, "Nice. I've had four of my pupils selected this year, my best season yet. My academy's "
                + "waiting list is at thirty now.");
        d1.react("🎉", marguerite, fen);
        Post f1 = say(9, "12:00", pcCorner, fen, "Finally got a hall for Saturday mornings");
        re(9, "12:20", hal, f1, "I had the same problem until I bought my own unit last year. My place has six pistes "
                + "now and I run my own league from it.");
        Post m2 = say(10, "09:00", pcCorner, marguerite, "Thinking of doing my level 3 coaching qualification");
        re(10, "09:30", hal, m2, "I did mine in 2029, I found it easy to be honest. My assessor said my lesson plans "
                + "were the best he'd seen, and I'd say my practical was the strongest part.");
        Post c2 = say(10, "17:00", pcAsks, celeste, "@Dmitri Sokol Mia's got cadet squad training on Saturdays now, "
                + "can we move her lesson to Sunday?");
        re(10, "18:00", dmitri, c2, "Congratulations to her! Sunday at 11 works.");
        re(10, "18:10", celeste, c2, "Thank you");
        Post d2 = say(11, "19:00", pcCorner, dmitri, "Anyone using the new scoring app for club nights?");
        re(11, "19:30", hal, d2, "I built my own spreadsheet for my academy, I've used it for years and my parents love "
                + "it. I'll probably sell it one day.");
        re(11, "19:45", fen, d2, "We use it, it's fine once it's set up.");
        say(12, "09:00", pcLessons, marguerite, "October half-term holiday camp, four days, ages 9-14, £120.");
        Post f2 = say(12, "20:00", pcCorner, fen, "Took the juniors to their first comp, two medals!");
        re(12, "20:20", hal, f2, "Good. My juniors took six medals at the same comp last year, I think my record is "
                + "eleven in a day.");
        f2.react("👏", marguerite, dmitri);
        Post m3 = say(13, "10:00", pcCorner, marguerite, "Any tips for keeping adult beginners past week six?");
        re(13, "10:30", hal, m3, "I never lose mine, my retention is over 90%. I put it down to my drills, I wrote them "
                + "myself. I'm giving a talk on my method at the coaches' conference.");
        re(13, "11:00", dmitri, m3, "Pair them up with a buddy from week one, works for me.");
        Post d3 = say(14, "16:00", pcCorner, dmitri, "Hall's flooded, lessons cancelled tonight");
        re(14, "16:20", hal, d3, "My unit never floods, I made sure of that when I bought it. I was lucky, I "
                + "suppose.");
        // W36
        say(15, "09:00", pcLessons, fen, "Saturday sabre slots for the autumn, £32 per 30 minutes.");
        Post c3 = say(16, "19:00", pcAsks, celeste, "What age can kids start fencing? Asking for Mia's little brother, "
                + "he's 6");
        re(16, "19:30", fen, c3, "Most clubs start at 7 or 8 with plastic foils, before that it's footwork games. And my "
                + "beginners' block starts Saturday, £90 for six weeks, 3 places left, DM me.");
        re(16, "19:45", celeste, c3, "He'll be 7 in November so we'll wait, thanks Fen");
        re(16, "20:00", dmitri, c3, "Same advice, and he can watch Mia's lesson meanwhile.");
        Post t2 = say(17, "18:00", pcAsks, tobias, "Started épée at my local club, loving it. Any tips for footwork "
                + "practice at home?");
        re(17, "18:20", marguerite, t2, "Ten minutes of advance-retreat daily, in front of a mirror.");
        Post ht = re(17, "18:40", hal, t2, "And lunges at a wall target, keep the back foot flat. How many sessions a "
                + "week are you doing?");
        re(17, "19:00", tobias, ht, "Two");
        re(17, "19:10", hal, ht, "Perfect to start with.");
        Post f3 = say(19, "10:00", pcCorner, fen, "Still 3 places on my Saturday beginners' block if anyone has people "
                + "to send");
        re(19, "10:20", marguerite, f3, "I'll mention it at club tonight.");
        Post s2 = say(20, "12:00", pcAsks, sade, "First sabre class done, thank you @Fen Adeyemi!");
        re(20, "12:15", fen, s2, "You did brilliantly, see you Saturday.");
    }

    /**
     * G. Sight &amp; Stabiliser: Perpetua points Dagny to an anodiser (day 1) and posts her tab in #new-releases (days 2,
     * 15). Dagny answers Mariam's request for a rest recommendation with her own rest and price (day 3). Ezra joins on
     * day 9 and asks "Can anyone recommend a long rod for a recurve under £100?"; Lachlan answers with his own rod, price
     * and page, Dagny recommends his and another. On day 11 Lachlan posts five of his product pages into #archers-ask in
     * eight minutes, to nobody. Wes answers Mariam on clickers (day 13) and sight extensions (day 16); in W36 he puts
     * links to his own write-ups under four of the makers' news and posts one more to the room. Mariam tells Dagny on
     * day 18 she bought her rest and sent three clubmates; Dagny thanks her in 20 minutes.
     */
    private void sightAndStabiliser() {
        Post d1 = say(1, "10:00", ssBench, dagny, "Anyone know a UK anodiser doing small runs? Mine wants 500 minimum.");
        re(1, "10:30", perpetua, d1, "Try Midland Anodising, they did 50 for me.");
        re(1, "10:45", dagny, d1, "Perfect, thanks Perpetua");
        say(2, "09:00", ssReleases, perpetua, "New cordovan finger tab, three sizes, £34: "
                + "perpetuaonn.example/tabs/cordovan");
        Post m1 = say(3, "18:00", ssAsks, mariam, "What arrow rest would you recommend for a carbon ILF riser?");
        Post dm = re(3, "18:30", dagny, m1, "A magnetic flipper, mine's £38, or the Shibuya Ultima if you'd rather "
                + "plastic. What arrows do you shoot?");
        re(3, "18:45", mariam, dm, "X7s");
        re(3, "19:00", dagny, dm, "Flipper then, the Ultima's too soft for X7s.");
        say(4, "12:00", ssBench, wes, "Wrote up my sight-bar vibration test: wesharland.example/blog/sight-bar-vibration");
        Post l1 = say(5, "11:00", ssBench, lachlan, "Carbon tube prices up 15% again");
        re(5, "11:20", wes, l1, "Ouch.");
        re(5, "11:30", dagny, l1, "Passing it on, nothing else for it.");
        Post m2 = say(6, "17:00", ssAsks, mariam, "Is a V-bar worth it for a beginner?");
        re(6, "17:30", lachlan, m2, "Not at first, a single long rod is plenty for the first year.");
        re(6, "17:40", mariam, m2, "ta");
        // W35
        joins(9, "10:00", ssAsks, ezra);
        Post e1 = say(9, "10:10", ssAsks, ezra, "Can anyone recommend a long rod for a recurve under £100?");
        re(9, "10:40", lachlan, e1, "My 28in carbon long rod is £79, I make them here in Sheffield: "
                + "lachlanmoy.example/rods/28");
        re(9, "11:00", dagny, e1, "Lachlan's rods are good, or the Cartel Midas if you want off the shelf.");
        re(9, "11:20", ezra, e1, "Thanks both");
        say(11, "14:00", ssAsks, lachlan, "lachlanmoy.example/rods/28 28in carbon long rod, £79");
        say(11, "14:02", ssAsks, lachlan, "lachlanmoy.example/rods/30 30in, £85");
        say(11, "14:04", ssAsks, lachlan, "lachlanmoy.example/vbars/pro V-bar, £45");
        say(11, "14:06", ssAsks, lachlan, "lachlanmoy.example/weights/set stabiliser weights, £20 a set");
        say(11, "14:08", ssAsks, lachlan, "lachlanmoy.example/extenders extenders from £18");
        Post p1 = say(12, "15:00", ssBench, perpetua, "Anyone else finding this year's cordovan stiffer?");
        re(12, "15:30", dagny, p1, "Not leather, but my supplier said hides were dry this year.");
        re(12, "15:40", perpetua, p1, "That'd explain it.");
        Post m3 = say(13, "19:00", ssAsks, mariam, "My clicker keeps moving, any fix?");
        Post wm = re(13, "19:30", wes, m3, "Thread lock on the screw, and check the plate isn't cracked.");
        re(13, "19:50", mariam, wm, "Plate was cracked! Thanks Wes");
        // W36
        say(15, "09:00", ssReleases, perpetua, "Same tab in calf hair now, £36: perpetuaonn.example/tabs/calf");
        Post p2 = say(15, "10:00", ssBench, perpetua, "New batch of tabs stitched, 60 this week");
        re(15, "10:20", wes, p2, "Nice. I wrote up how I test tab stiffness: wesharland.example/blog/tab-stiffness");
        Post l2 = say(15, "14:00", ssBench, lachlan, "New V-bar mould arrived");
        re(15, "14:20", wes, l2, "I measured V-bar flex last year: wesharland.example/blog/vbar-flex");
        Post d2 = say(16, "09:00", ssBench, dagny, "Switching rest arms to 7075 for the next batch.");
        re(16, "09:20", wes, d2, "I compared alloys in a post: wesharland.example/blog/alloys");
        Post m4 = say(16, "18:00", ssAsks, mariam, "Sight extension, 6in or 9in?");
        Post wm2 = re(16, "18:20", wes, m4, "9in for a longer sight radius if your draw allows. What's your draw "
                + "length?");
        re(16, "18:30", mariam, wm2, "28");
        re(16, "18:40", wes, wm2, "9in then.");
        Post e2 = say(16, "20:00", ssAsks, ezra, "Rod arrived, lovely bit of kit");
        re(16, "20:20", lachlan, e2, "Glad! Shout if you want weights for it.");
        say(17, "09:00", ssBench, wes, "New post up: wesharland.example/blog/sight-pins-compared");
        Post l3 = say(17, "13:00", ssBench, lachlan, "Lathe's down again");
        re(17, "13:15", wes, l3, "Ugh, hope it's just the belt.");
        Post p3 = say(18, "11:00", ssBench, perpetua, "Shipping to the EU is a nightmare again");
        re(18, "11:20", wes, p3, "Same here. I wrote about customs forms: wesharland.example/blog/customs-forms");
        Post m5 = say(18, "15:00", ssAsks, mariam, "@Dagny Sorensen I bought your flipper rest last year and it's still "
                + "perfect, I've sent three from my club your way");
        re(18, "15:20", dagny, m5, "Thank you Mariam, that's really kind!");
        Post w1 = say(19, "10:00", ssBench, wes, "Anyone going to the Lilleshall show?");
        re(19, "10:20", dagny, w1, "Yes, Saturday.");
        re(19, "10:30", wes, w1, "See you there");
        Post w2 = say(20, "18:00", ssAsks, wes, "@Mariam Yusuf how did the 9in extension go?");
        re(20, "18:30", mariam, w2, "Much steadier, thanks!");
    }

    /**
     * H. Forty Plus Fencers (nobody sells): knees, footwork and lifts (days 1-6). Roz, who keeps the competitions room,
     * posts rankings, entries, a lift-share sheet and results with their pages in W35 (four of her eleven messages) and
     * answers Nils, Ambrose and Bram there. Bram joins on day 8 and introduces himself. In W36 Vilja, back from a knee
     * injury, is helped by Roz (day 15), Ambrose (day 16) and Nils (day 18), thanks each, answers Ambrose's question and
     * reports back on day 19; she helps nobody that week.
     */
    private void fortyPlus() {
        Post n1 = say(1, "19:00", fpTraining, nils, "Anyone else's knees hate the new hall floor?");
        re(1, "19:20", vilja, n1, "Mine too, I've started icing afterwards.");
        re(1, "19:30", ambrose, n1, "Get a knee sleeve, it helps me a lot.");
        Post r1 = say(2, "10:00", fpComps, roz, "Entries open for the Veterans' Open in Birmingham, 29 September: "
                + "vetsopen.example/enter");
        re(2, "10:30", nils, r1, "Anyone want a lift from Bristol?");
        re(2, "10:45", ambrose, r1, "Yes please!");
        Post a1 = say(4, "18:00", fpTraining, ambrose, "What's everyone doing for footwork off the piste?");
        re(4, "18:20", roz, a1, "Skipping, ten minutes a day.");
        re(4, "18:30", vilja, a1, "Ladder drills in the garden.");
        re(4, "18:45", ambrose, a1, "Skipping it is, my neighbours will love it");
        Post r2 = say(6, "20:00", fpComps, roz, "Bath veterans: Nils third in épée 50+! 🎉");
        re(6, "20:20", nils, r2, "Thanks Roz, legs were gone by the semi.");
        r2.react("🎉", ambrose, vilja);
        // W35
        joins(8, "09:00", fpIntro, bram);
        Post b1 = say(8, "09:15", fpIntro, bram, "Hi all, Bram, 52, fenced foil at university and just dusted off my "
                + "kit after 25 years.");
        Post rb = re(8, "09:40", roz, b1, "Welcome Bram! #training-talk is where we moan about knees.");
        re(8, "09:55", bram, rb, "Ha, I'll fit right in");
        say(8, "12:00", fpComps, roz, "Rankings updated for August: bvf.example/rankings");
        Post r3 = say(9, "10:00", fpComps, roz, "Entries for the Cardiff vets close Friday: cardiffvets.example/entry");
        Post nr = re(9, "10:30", nils, r3, "Is Cardiff épée only?");
        re(9, "10:45", roz, nr, "All three weapons.");
        Post r4 = say(10, "09:00", fpComps, roz, "Lift-share sheet for Birmingham, add yourselves: "
                + "liftshare.example/bham-vets");
        Post ar = re(10, "09:30", ambrose, r4, "Added myself.");
        re(10, "09:45", roz, ar, "Great, you're in Nils's car.");
        Post b2 = say(11, "19:00", fpComps, bram, "Is there a novice category at Birmingham?");
        Post rb2 = re(11, "19:20", roz, b2, "Yes, over-40 novices, and your first two years back count.");
        re(11, "19:30", bram, rb2, "I'll enter!");
        re(11, "19:40", roz, rb2, "Good man.");
        say(12, "21:00", fpComps, roz, "Results from the Exeter vets are up: exetervets.example/results");
        say(13, "10:00", fpTraining, roz, "Physio is running a free knee session at the hall on the 15th for members.");
        Post n2 = say(14, "08:00", fpComps, nils, "Off to the Ghent vets today, wish me luck");
        re(14, "08:20", roz, n2, "Safe travels, go get them!");
        // W36
        Post v1 = say(15, "18:00", fpTraining, vilja, "Back on the piste after six weeks off with my knee. Any advice "
                + "for easing in?");
        re(15, "18:30", roz, v1, "Half sessions for two weeks, and no competition bouts yet.");
        re(15, "18:45", vilja, v1, "Thank you Roz, that's sensible.");
        Post v2 = say(16, "21:00", fpTraining, vilja, "Knee swelled a bit after last night");
        Post av = re(16, "21:20", ambrose, v2, "Ice and elevate, and shorter lunges for a while. Did you warm up "
                + "properly?");
        re(16, "21:30", vilja, av, "Only five minutes, I'll do more next time.");
        Post b3 = say(17, "20:00", fpTraining, bram, "First session back, fell over twice 😂");
        re(17, "20:10", nils, b3, "We've all done it.");
        re(17, "20:20", ambrose, b3, "Twice is good going for the first night.");
        Post v3 = say(18, "09:00", fpTraining, vilja, "Which knee sleeve do people use?");
        re(18, "09:30", nils, v3, "The McDavid one, about £25, fits under breeches.");
        re(18, "09:40", vilja, v3, "Ordered, thanks Nils!");
        Post v4 = say(19, "21:00", fpTraining, vilja, "Two sessions in and no swelling, thank you all 🙏");
        v4.react("❤️", roz, ambrose, nils);
        Post r5 = say(20, "12:00", fpComps, roz, "Birmingham entry list is out: vetsopen.example/entrants");
        re(20, "12:30", bram, r5, "My name's on it!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes158Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 158");
    }
}
