package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 61 (sealed): eight communities of local trades, repairs, food and makers who sell to people nearby,
 * kinds no earlier round used (mobile knife and tool sharpeners with a room where cooks and gardeners ask, sash window
 * restorers with a room where householders ask, a community orchard's volunteers where nobody sells, a sewing machine
 * repair shop's own server with its Staff, street food traders with a room for hungry locals, lawnmower and
 * small-engine mechanics with a for-sale room, microgreens growers with a room where chefs and neighbours ask, willow
 * basket makers with a courses room), over three ISO weeks (2028-W07 to W09), written and labelled by writer61
 * (session 38) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-61.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes61Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2028, 2, 14);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2028, 3, 6, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-61";

    // --- A. knife and tool sharpeners ---
    private final String edge = cast.guild(881);
    private final Channel ehGrind = cast.channel(edge, "Edge and Hone", "grindstone",
            "for sharpeners talking shop: stones, belts, vans, what to charge", "eh-grindstone.json");
    private final Channel ehAsk = cast.channel(edge, "Edge and Hone", "cooks-and-gardeners-ask",
            "home cooks, gardeners, hairdressers: ask the sharpeners anything", "eh-cooks-and-gardeners-ask.json");
    private final Channel ehRounds = cast.channel(edge, "Edge and Hone", "van-rounds",
            "sharpeners: post your rounds, market pitches and open slots here", "eh-van-rounds.json");
    private final Channel ehOff = cast.channel(edge, "Edge and Hone", "offcuts",
            "off-topic, anything goes", "eh-offcuts.json");
    private final Persona tobiah = cast.person("tobiah.edge", "Tobiah Mensah");
    private final Persona greta = cast.person("greta.lq", "Greta Lindqvist");
    private final Persona dale = cast.person("dale.w.sharp", "Dale Whitcombe");
    private final Persona marisol = cast.person("marisol.arce", "Marisol Arce");
    private final Persona anouk = cast.person("anouk.v", "Anouk Verhoeven");
    private final Persona ravi = cast.person("ravi.s.plots", "Ravi Subramaniam");
    private final Persona hollis = cast.person("hollis.cuts", "Hollis Brandt");
    private final Persona meiling = cast.person("meiling.cho", "Mei-Ling Cho");

    // --- B. sash window restorers ---
    private final String sash = cast.guild(882);
    private final Channel spBench = cast.channel(sash, "Sash and Pulley", "workbench",
            "for sash window restorers and joiners talking shop", "sp-workbench.json");
    private final Channel spAsk = cast.channel(sash, "Sash and Pulley", "householders-ask",
            "rattles, rot, draughts, stuck sashes: householders ask here", "sp-householders-ask.json");
    private final Channel spSlots = cast.channel(sash, "Sash and Pulley", "open-slots",
            "restorers: post your open slots and quotes here", "sp-open-slots.json");
    private final Channel spTea = cast.channel(sash, "Sash and Pulley", "tea-break",
            "general chat", "sp-tea-break.json");
    private final Persona ifeanyi = cast.person("ifeanyi.eze", "Ifeanyi Eze");
    private final Persona hamish = cast.person("hamish.d.joinery", "Hamish Dunlop");
    private final Persona ruairi = cast.person("ruairi.q", "Ruairi Quinlan");
    private final Persona beatriz = cast.person("beatriz.salgado", "Beatriz Salgado");
    private final Persona margaret = cast.person("margaret.oy", "Margaret Oyelaran");
    private final Persona priya = cast.person("priya.v", "Priya Venkatesan");
    private final Persona conrad = cast.person("conrad.vale", "Conrad Vale");
    private final Persona tadeo = cast.person("tadeo.r", "Tadeo Ruiz");

    // --- C. a community orchard (nobody sells) ---
    private final String orchard = cast.guild(883);
    private final Role poMod = cast.role("Moderator", "#3e8e41", 2);
    private final Channel poIntro = cast.channel(orchard, "Pippin Lane Community Orchard", "introductions",
            "new here? introduce yourself", "po-introductions.json");
    private final Channel poPrune = cast.channel(orchard, "Pippin Lane Community Orchard", "pruning-days",
            "work party dates and the sign-up sheet", "po-pruning-days.json");
    private final Channel poScion = cast.channel(orchard, "Pippin Lane Community Orchard", "scion-swap",
            "swap cuttings and rootstock, no selling", "po-scion-swap.json");
    private final Channel poChat = cast.channel(orchard, "Pippin Lane Community Orchard", "orchard-chat",
            "general chat", "po-orchard-chat.json");
    private final Persona bernard = cast.person("bernard.ok", "Bernard Okonkwo", poMod);
    private final Persona elspeth = cast.person("elspeth.g", "Elspeth Garroway");
    private final Persona declan = cast.person("declan.byrne", "Declan Byrne");
    private final Persona ffion = cast.person("ffion.p", "Ffion Pritchard");
    private final Persona noor = cast.person("noor.h", "Noor Haddad");
    private final Persona wojtek = cast.person("wojtek.z", "Wojtek Zielinski");
    private final Persona keziah = cast.person("keziah.a", "Keziah Amankwah");
    private final Persona ansel = cast.person("ansel.f", "Ansel Fairbairn");

    // --- D. a sewing machine repair shop's own server ---
    private final String bobbin = cast.guild(884);
    private final Role btStaff = cast.role("Staff", "#a0522d", 2);
    private final Channel btDesk = cast.channel(bobbin, "Bobbin and Treadle", "service-desk",
            "questions about repairs, bookings and parts: the team will reply here", "bt-service-desk.json");
    private final Channel btNews = cast.channel(bobbin, "Bobbin and Treadle", "shop-news",
            "news and offers from the Bobbin and Treadle team", "bt-shop-news.json");
    private final Channel btRoom = cast.channel(bobbin, "Bobbin and Treadle", "sewing-room",
            "members' chat: projects, fabric, machines", "bt-sewing-room.json");
    private final Channel btFixed = cast.channel(bobbin, "Bobbin and Treadle", "fixed-it",
            "show the fixes you did yourself", "bt-fixed-it.json");
    private final Persona rosalind = cast.person("rosalind.bt", "Rosalind Achterberg", btStaff);
    private final Persona kwame = cast.person("kwame.bt", "Kwame Asante", btStaff);
    private final Persona imelda = cast.person("imelda.c", "Imelda Cruz");
    private final Persona bettina = cast.person("bettina.makes", "Bettina Vogel");
    private final Persona stanislav = cast.person("stan.petrov", "Stanislav Petrov");
    private final Persona yusra = cast.person("yusra.r", "Yusra Rahimi");
    private final Persona june = cast.person("june.t", "June Takahashi");
    private final Persona olwen = cast.person("olwen.price", "Olwen Price");

    // --- E. street food traders ---
    private final String kerb = cast.guild(885);
    private final Channel kkPrep = cast.channel(kerb, "Kerbside Kitchens", "prep-room",
            "for street food traders talking shop: pitches, gas, suppliers, hygiene ratings", "kk-prep-room.json");
    private final Channel kkLocals = cast.channel(kerb, "Kerbside Kitchens", "hungry-locals",
            "locals: ask where's good and who caters", "kk-hungry-locals.json");
    private final Channel kkEvents = cast.channel(kerb, "Kerbside Kitchens", "markets-and-events",
            "organisers: post markets and events that need traders", "kk-markets-and-events.json");
    private final Channel kkBanter = cast.channel(kerb, "Kerbside Kitchens", "banter",
            "off-duty chat", "kk-banter.json");
    private final Persona adaeze = cast.person("adaeze.jollof", "Adaeze Nwosu");
    private final Persona colm = cast.person("colm.bao", "Colm Ferris");
    private final Persona sabitha = cast.person("sabitha.dosa", "Sabitha Raman");
    private final Persona luca = cast.person("luca.forno", "Luca Benedetti");
    private final Persona vaughn = cast.person("vaughn.k", "Vaughn Kessler");
    private final Persona hyacinth = cast.person("hyacinth.b", "Hyacinth Blake");
    private final Persona tomas = cast.person("tomas.ig", "Tomás Iglesias");
    private final Persona fern = cast.person("fern.markets", "Fern Ashdown");
    private final Channel kkDm = cast.dm(vaughn, "kk-dm-vaughn-kessler.json");

    // --- F. lawnmower and small-engine mechanics ---
    private final String spark = cast.guild(886);
    private final Channel sfBench = cast.channel(spark, "Spark and Pull", "the-bench",
            "for mower and small-engine mechanics: parts, tools, moans", "sf-the-bench.json");
    private final Channel sfAsk = cast.channel(spark, "Spark and Pull", "owners-ask",
            "mower, strimmer and chainsaw owners: ask here", "sf-owners-ask.json");
    private final Channel sfSale = cast.channel(spark, "Spark and Pull", "for-sale",
            "buy, sell, swap: reconditioned mowers and parts. price please", "sf-for-sale.json");
    private final Channel sfRush = cast.channel(spark, "Spark and Pull", "spring-rush",
            "chat as the grass starts growing", "sf-spring-rush.json");
    private final Persona wendell = cast.person("wendell.mowers", "Wendell Okafor");
    private final Persona jolene = cast.person("jolene.h", "Jolene Harker");
    private final Persona pavel = cast.person("pavel.novak", "Pavel Novak");
    private final Persona siobhan = cast.person("siobhan.k", "Siobhan Keane");
    private final Persona hester = cast.person("hester.p", "Hester Pryce");
    private final Persona arjun = cast.person("arjun.m", "Arjun Mehta");
    private final Persona gwilym = cast.person("gwilym.rees", "Gwilym Rees");
    private final Persona benedikt = cast.person("benedikt.a", "Benedikt Auer");

    // --- G. microgreens growers ---
    private final String tray = cast.guild(887);
    private final Channel ttGrow = cast.channel(tray, "Tray and Tendril", "grow-room",
            "microgreens growers: trays, seed, mould, pricing", "tt-grow-room.json");
    private final Channel ttBuyers = cast.channel(tray, "Tray and Tendril", "chefs-and-neighbours",
            "buyers: tell the growers what you need", "tt-chefs-and-neighbours.json");
    private final Channel ttLog = cast.channel(tray, "Tray and Tendril", "harvest-log",
            "your harvests, one post per tray", "tt-harvest-log.json");
    private final Channel ttMarket = cast.channel(tray, "Tray and Tendril", "market-day",
            "saturday market chat", "tt-market-day.json");
    private final Persona magnus = cast.person("magnus.h", "Magnus Halvorsen");
    private final Persona skye = cast.person("skye.grows", "Skye Morrow");
    private final Persona wanjiru = cast.person("wanjiru.k", "Wanjiru Kamau");
    private final Persona thiago = cast.person("thiago.b", "Thiago Brandão");
    private final Persona nadia = cast.person("nadia.kitchen", "Nadia Rahman");
    private final Persona pieter = cast.person("pieter.claes", "Pieter Claes");
    private final Persona lorna = cast.person("lorna.mcb", "Lorna McBride");
    private final Persona chidi = cast.person("chidi.obi", "Chidi Obi");

    // --- H. willow basket makers ---
    private final String osier = cast.guild(888);
    private final Channel obIntro = cast.channel(osier, "Osier Bed", "introductions",
            "say hello and tell us what you weave", "ob-introductions.json");
    private final Channel obTank = cast.channel(osier, "Osier Bed", "soaking-tank",
            "chat for weavers: willow, tools, bases, borders", "ob-soaking-tank.json");
    private final Channel obCourses = cast.channel(osier, "Osier Bed", "workshops-and-courses",
            "makers: list your courses here with dates and price", "ob-workshops-and-courses.json");
    private final Channel obShow = cast.channel(osier, "Osier Bed", "show-your-baskets",
            "your finished pieces", "ob-show-your-baskets.json");
    private final Persona gideon = cast.person("gideon.weaves", "Gideon Ashworth");
    private final Persona ottilie = cast.person("ottilie.willow", "Ottilie Marchetti");
    private final Persona leilani = cast.person("leilani.k", "Leilani Kahale");
    private final Persona rhiannon = cast.person("rhiannon.pugh", "Rhiannon Pugh");
    private final Persona samir = cast.person("samir.h", "Samir Haddou");
    private final Persona agnieszka = cast.person("aga.wrona", "Agnieszka Wrona");
    private final Persona cormac = cast.person("cormac.d", "Cormac Delaney");
    private final Persona ingrid = cast.person("ingrid.s", "Ingrid Solheim");

    private HeldOutScenes61Script() {
        super(new SceneIds(46800), FIRST_MONDAY, 21);
        edgeAndHone();
        sashAndPulley();
        pippinLane();
        bobbinAndTreadle();
        kerbsideKitchens();
        sparkAndPull();
        trayAndTendril();
        osierBed();
    }

    private void edgeAndHone() {
        Post q1 = say(1, "09:10", ehAsk, ravi, "my loppers have gone blunt and a bit sticky at the pivot, worth "
                + "sharpening or just bin them?");
        Post a1 = re(1, "09:40", tobiah, q1, "worth it nearly always. clean the pivot with wire wool and a drop "
                + "of oil first, then it's ten minutes on a stone. only bin them if the blade's cracked");
        re(1, "10:05", ravi, a1, "thanks!");
        say(1, "12:30", ehGrind, greta, "anyone tried the new 1000 grit diamond plates? mine's dished after two "
                + "years");
        Post g2 = say(1, "12:50", ehGrind, dale, "had one, it glazed over in months. went back to waterstones");
        re(1, "13:05", greta, g2, "ugh, figures");
        say(2, "08:00", ehRounds, tobiah, "this week: Tue Hebden market 9-2, Thu Todmorden library car park 10-3, "
                + "Sat Halifax Piece Hall 9-4. round page: https://tobiahsharpens.example/round");
        say(2, "08:30", ehRounds, marisol, "Weds and Fri I'm at the farm shop in Ripponden. scissors, knives, "
                + "garden tools by the bag");
        Post q2 = say(2, "19:20", ehAsk, hollis, "barber here, does anyone do hairdressing scissors properly? "
                + "last place ground the convex edge flat and ruined a £200 pair");
        Post a2 = re(2, "19:45", marisol, q2, "I do them, but honestly convex edges need a flat hone and a light "
                + "touch, most bench grinders wreck them. bring them weds and I'll show you what I do before I "
                + "touch them");
        re(2, "20:10", hollis, a2, "that's exactly what I needed to hear, see you weds");
        joins(3, "10:00", ehOff, anouk);
        Post an = say(3, "10:05", ehOff, anouk, "hi all, lurking from the cooking side. finally bought myself a "
                + "proper chef's knife for my birthday 🎉");
        re(3, "10:20", dale, an, "nice! I'll put a proper edge on that for £6 a blade, first one half price, DM "
                + "me, I'm in Hebden on Thursdays");
        Post mq = re(3, "10:40", meiling, an, "happy birthday!! which one did you get?");
        re(3, "11:00", anouk, mq, "a 21cm gyuto, I'm scared to use it 😂");
        Post bk = say(3, "14:00", ehGrind, tobiah, "what's everyone charging for bread knives now? I'm still on "
                + "£5 and they take twice as long as a chef's knife");
        re(3, "14:20", greta, bk, "£7 here, serrations one by one with the rod. worth every penny");
        re(3, "14:30", dale, bk, "£6 and I tell them it's a faff");
        Post q4 = say(4, "09:30", ehAsk, meiling, "is it bad to use the pull-through sharpener from the "
                + "supermarket? my dad swears by it");
        Post a4 = re(4, "09:55", greta, q4, "it takes metal off fast and leaves a rough edge. fine for a cheap "
                + "knife, for a good one use a stone, or get it done properly every few months");
        re(4, "10:10", meiling, a4, "ok good to know, thanks");
        Post q5 = say(5, "18:00", ehAsk, ravi, "follow-up: how often should a spade be sharpened? never occurred "
                + "to me until the loppers tip");
        Post a5 = re(5, "18:30", tobiah, q5, "a couple of times a season with a flat file, just the front edge, "
                + "roughly 45 degrees. digging clay gets a lot easier");
        re(5, "18:40", ravi, a5, "cheers, doing it this weekend");
        Post sn = say(6, "11:00", ehOff, marisol, "snow on the tops this morning and the van heater's given up "
                + "again");
        re(6, "11:20", tobiah, sn, "mine too, I sharpen in a bobble hat");
        Post ro = say(7, "16:00", ehOff, anouk, "used the gyuto for a whole sunday roast, no fingers lost");
        ro.react("👏", meiling, marisol);
        say(8, "07:50", ehGrind, tobiah, "no round this week, I'm at the knife show in Sheffield till Thursday, "
                + "back on the van Friday");
        Post gq = say(8, "11:00", ehGrind, greta, "I need more customers on my Tuesday round, it's been dead "
                + "since the market moved to Fridays. how do you lot fill a quiet day?");
        Post d1 = re(8, "11:20", dale, gq, "leaflets in the butchers and the hairdressers. the hairdressers were "
                + "gold for me");
        Post g3 = re(8, "11:35", greta, d1, "did the butchers, nothing. hairdressers is a good shout, @Dale "
                + "Whitcombe did you charge them trade rate?");
        re(8, "11:50", dale, g3, "£8 a pair for them, they bring six at a time");
        Post cq = say(8, "10:00", ehAsk, meiling, "does anyone here do ceramic knives? my sister's one chipped at "
                + "the tip");
        Post m1 = say(8, "15:00", ehGrind, marisol, "Greta try the allotment societies, they've got sheds full of "
                + "blunt shears");
        Post g4 = re(8, "15:20", greta, m1, "ooh. @Marisol Arce do you just turn up or email the secretary?");
        re(8, "15:40", marisol, g4, "email first, then turn up with the van on a sunday in March");
        Post bl = say(9, "09:00", ehGrind, greta, "my belt grinder's started chattering at the platen. bearings "
                + "or the belt?");
        Post d2 = re(9, "09:15", dale, bl, "belt joint nine times out of ten, flip it and see");
        re(9, "09:40", greta, d2, "it was the joint 🙄 ta");
        Post hq = say(9, "12:00", ehAsk, ravi, "anyone sharpen hedge trimmer blades near Sowerby Bridge? the "
                + "electric ones, they're chewing the privet");
        Post ps = say(9, "14:00", ehGrind, greta, "also what are people using for power at a pitch? sick of the "
                + "generator noise");
        Post m2 = re(9, "14:20", marisol, ps, "lithium power station, runs my grinder all day. about £600 though");
        re(9, "14:35", greta, m2, "pricey, but the generator's driving people off too");
        say(10, "10:30", ehGrind, greta, "ok ordered the power station. tuesday round, here I come");
        say(10, "10:45", ehGrind, dale, "lol report back");
        re(10, "11:00", marisol, cq, "not ceramics sorry, they need a diamond wheel. the cutlers in Otley do "
                + "them, worth a call");
        Post vs = say(11, "13:00", ehOff, greta, "anyone else's van smell of honing oil permanently");
        re(11, "13:10", marisol, vs, "yes and my dog loves it");
        say(12, "09:00", ehAsk, tobiah, "Back from Sheffield - Ravi, yes, hedge trimmer blades are fine on a "
                + "file. I do them Fridays at the Sowerby Bridge co-op car park, £10 a set, or do it yourself "
                + "with a flat file along each tooth");
        Post hq2 = re(12, "09:30", ravi, hq, "brilliant, I'll bring it friday");
        Post fs = say(12, "10:00", ehGrind, greta, "@Dale Whitcombe what do you finish garden tools on, a stone "
                + "or just the belt?");
        re(12, "10:20", dale, fs, "belt then a quick pass on a 400 stone, nobody needs a mirror on a spade");
        re(12, "10:30", greta, fs, "makes sense");
        Post sc = say(13, "17:00", ehAsk, hollis, "@Marisol Arce the scissors are perfect btw, cut like silk");
        re(13, "17:30", marisol, sc, "so pleased! see you in six months");
        say(15, "08:00", ehRounds, tobiah, "this week: Tue Hebden market 9-2, Fri Sowerby Bridge co-op 10-2, Sat "
                + "Halifax Piece Hall 9-4. round page: https://tobiahsharpens.example/round");
        say(15, "08:40", ehRounds, greta, "Tuesdays now at Mytholmroyd allotments 10-1, garden tools and kitchen "
                + "knives, then Luddenden village hall 2-4");
        Post aq = say(16, "19:00", ehOff, anouk, "@Tobiah Mensah where's your van on saturday? want to bring the "
                + "gyuto before it gets sad");
        say(16, "19:12", ehOff, tobiah, "Anouk: Halifax Piece Hall, 9 till 4, by the west gate. bring the bread "
                + "knife too if it's grim");
        say(16, "19:20", ehOff, anouk, "ha it is grim. see you there");
        Post pt = say(17, "10:00", ehGrind, greta, "power station update: ran all morning at the allotments, "
                + "silent, four new customers. worth it");
        re(17, "10:15", marisol, pt, "told you 😄");
        Post gq2 = say(18, "12:00", ehAsk, ravi, "my secateurs keep crushing stems instead of cutting, is that "
                + "the blade or the anvil?");
        Post ga = re(18, "12:25", greta, gq2, "anvil ones do that when the blade's dull or the anvil's worn. look "
                + "at the anvil, if it's dented replace it, they're a couple of quid. then sharpen just the "
                + "bevelled side");
        re(18, "12:40", ravi, ga, "the anvil is dented! thank you");
        say(20, "15:00", ehOff, meiling, "my sister's ceramic knife came back from Otley like new, thanks for the "
                + "tip Marisol");
    }

    private void sashAndPulley() {
        say(1, "08:30", spSlots, ifeanyi, "two slots open in March for full sash overhauls (strip, reglaze, new "
                + "cords, draught-proofing), Leeds and Harrogate, free quotes");
        say(1, "09:10", spSlots, ruairi, "booked through April, sorry all. can still squeeze in small jobs, cords "
                + "and beads, I come to you");
        Post rq = say(2, "07:45", spAsk, tadeo, "our sashes rattle like mad every time a bus goes past. is there "
                + "a cheap fix?");
        Post ra = re(2, "08:20", ruairi, rq, "parting bead's probably loose or worn. new beads with a brush pile "
                + "insert sort most rattles, about a day for a house");
        re(2, "08:35", tadeo, ra, "thanks!");
        Post pu = say(2, "13:00", spBench, hamish, "anyone else finding the linseed putty takes forever to skin "
                + "over in this cold?");
        Post bp = re(2, "13:25", beatriz, pu, "weeks. I've started taking sashes back to the workshop and running "
                + "the heater");
        re(2, "13:40", hamish, bp, "same, or a hairdryer on the glass lol");
        Post sp = say(3, "16:00", spBench, ifeanyi, "question for the joiners: splicing in a new bottom rail vs a "
                + "whole new sash, where do you draw the line?");
        Post bs = re(3, "16:30", beatriz, sp, "if more than a third's gone I make a new one, the splice eats "
                + "nearly as much time");
        re(3, "16:45", ifeanyi, bs, "good rule, nicking that");
        Post pq = say(4, "19:00", spAsk, priya, "buying a Victorian terrace and the survey says \"sashes in poor "
                + "condition\". how worried should I be?");
        Post pa = re(4, "19:40", ifeanyi, pq, "usually less than it sounds. rot in the bottom rails and sills is "
                + "normal and repairable. ask the vendor for photos of the sills and meeting rails, and budget a "
                + "few hundred a window for an overhaul, not thousands for new");
        re(4, "20:05", priya, pa, "that's a relief, thank you");
        Post yk = say(5, "12:00", spTea, beatriz, "who's going to the heritage trades fair in York next month?");
        re(5, "12:20", hamish, yk, "me, I'll be on the lime stand pestering everyone");
        re(5, "13:05", ruairi, yk, "might do the saturday");
        Post mq = say(6, "10:00", spAsk, margaret, "what paint do people use on the outside of sashes? ours is "
                + "peeling after three years");
        Post ma = re(6, "10:45", beatriz, mq, "linseed paint if you can get it, it moves with the wood and just "
                + "wants an oil every few years");
        re(6, "11:00", margaret, ma, "ooh, thanks");
        say(7, "14:00", spTea, ifeanyi, "rugby's on, nobody ring me 😄");
        say(8, "08:00", spBench, hamish, "off to Orkney on a job till Thursday, no signal on the island, back "
                + "Thursday");
        Post bay = say(9, "09:15", spAsk, margaret, "@Ifeanyi Eze you restored our bay sashes in October, the top "
                + "one's been sticking since the frost and won't close fully. could you pop round and have a look?");
        Post hq = say(9, "10:00", spAsk, priya, "@Hamish Dunlop the surveyor mentioned you. is secondary glazing "
                + "worth it or just draught strips?");
        Post co = say(9, "11:00", spBench, ifeanyi, "anyone got a source for 8mm cotton sash cord that isn't "
                + "silly money?");
        Post cb = re(9, "11:30", beatriz, co, "the ropemaker in Halifax, ring them, they do it by the 100m");
        re(9, "11:40", ifeanyi, cb, "ta");
        joins(10, "10:00", spTea, conrad);
        Post cv = say(10, "10:02", spBench, conrad, "brush pile draught strips for sashes, 20% off this week "
                + "only, trade packs from £18: https://sealrightstrips.example/sash-packs");
        say(10, "10:09", spAsk, conrad, "stop sash rattle and draughts! 20% off this week, packs from £18: "
                + "https://sealrightstrips.example/sash-packs");
        say(10, "10:15", spTea, conrad, "20% off sash draught strips this week → "
                + "https://sealrightstrips.example/sash-packs");
        re(10, "10:40", beatriz, cv, "we've got suppliers, mate");
        Post pw = say(10, "15:00", spBench, ifeanyi, "brass pulley wheels arrived, so much nicer than the steel "
                + "ones");
        re(10, "15:20", ruairi, pw, "jealous");
        say(11, "18:00", spAsk, hamish, "Back now - Priya, draught strips and a proper overhaul first, that gets "
                + "you most of the way. secondary glazing only for the front bedroom if the buses still bother you");
        say(11, "18:20", spAsk, priya, "perfect, thanks Hamish");
        Post rb = say(11, "20:00", spTea, ifeanyi, "anyone watching the match saturday? pub in Kirkstall?");
        re(11, "20:15", hamish, rb, "can't, wedding. next time");
        say(12, "08:30", spSlots, ifeanyi, "one March slot gone, one left. free quotes, Leeds and Harrogate");
        Post an = say(13, "10:00", spAsk, margaret, "is anyone else able to look at a sticking sash in "
                + "Headingley? it's letting the cold in 🙏");
        Post ra2 = re(13, "10:30", ruairi, an, "I can pop by Monday morning, sticking sashes are most of my week. "
                + "usually swollen beads after a frost");
        re(13, "10:45", margaret, ra2, "Monday's perfect, I'll message you the address");
        say(15, "08:00", spSlots, hamish, "April: two slots, full overhauls, Fife and Edinburgh, free quotes");
        Post tq = say(15, "19:00", spAsk, tadeo, "@Ruairi Quinlan you did our parting beads last week, the "
                + "rattle's gone! could you quote for the back bedroom too?");
        say(15, "19:20", spAsk, ruairi, "Tadeo: yes, I'll pop round Thursday and measure up");
        Post pk = say(16, "09:30", spBench, ifeanyi, "my putty knife snapped, what's everyone using?");
        re(16, "09:50", beatriz, pk, "the cheap red-handled one from the builders' merchant, honestly fine");
        say(17, "11:00", spAsk, margaret, "Ruairi sorted the bay, swollen beads like he said. thank you Ruairi!");
        say(17, "16:00", spAsk, priya, "draught strips in, the house is so much warmer. thanks all");
        Post sw = say(18, "12:00", spBench, ruairi, "has anyone reused lead sash weights that had been painted "
                + "over? worth stripping?");
        Post sa = re(18, "12:30", hamish, sw, "just clean the eye and check the weight, paint doesn't matter in "
                + "the box");
        re(18, "12:45", ruairi, sa, "cheers");
        Post yf = say(19, "14:00", spTea, beatriz, "York fair: anyone want to share a car on the saturday?");
        re(19, "14:30", hamish, yf, "me, I'll bring the flask");
    }

    private void pippinLane() {
        say(1, "18:00", poPrune, ffion, "Winter pruning day Sat 19th, 10am at the top gate. 12 places, sign up so "
                + "we know how many saws to bring: https://forms.example/pippin-pruning-feb");
        Post nh = say(2, "20:00", poIntro, noor, "Hi everyone! I'm Noor, moved to Pippin Lane in January. I keep "
                + "a little blog about old apple varieties, mostly Welsh ones: https://noorsapples.example. Keen "
                + "to learn grafting!");
        Post bw = re(2, "20:30", bernard, nh, "Welcome Noor! Elspeth wrote us a brilliant grafting guide, start "
                + "there: https://pippinlaneorchard.example/guides/grafting-by-elspeth. the scion swap is in March");
        re(2, "20:45", noor, bw, "thank you, reading it now");
        say(3, "08:00", poPrune, ffion, "8 places left for Saturday, sheet here: "
                + "https://forms.example/pippin-pruning-feb");
        Post ck = say(3, "12:00", poChat, wojtek, "the Bramley at the bottom has canker again, what do we do?");
        Post ce = re(3, "12:40", elspeth, ck, "cut back to clean wood in dry weather, burn the prunings, don't "
                + "paint the cuts. and keep the grass off the trunk");
        re(3, "13:00", wojtek, ce, "on it saturday");
        Post sw = say(4, "17:00", poScion, keziah, "I'll have Egremont Russet and Ashmead's Kernel for the swap. "
                + "anyone got Howgate Wonder?");
        re(4, "17:30", ansel, sw, "Howgate here, I'll bring plenty");
        say(5, "08:30", poPrune, ffion, "3 places left for tomorrow! https://forms.example/pippin-pruning-feb");
        Post gm = say(6, "15:00", poChat, ansel, "great morning, 14 trees done, thanks to everyone who came 🍎");
        re(6, "15:20", keziah, gm, "my arms are dead");
        gm.react("🙌", ffion, elspeth, wojtek);
        Post wt = say(7, "11:00", poChat, noor, "read Elspeth's guide twice. whip and tongue looks terrifying");
        re(7, "11:30", elspeth, wt, "it is for the first twenty 😄 practise on willow sticks");
        Post d1 = say(8, "09:00", poChat, declan, "how late can I still prune the plum by my shed? someone said "
                + "never in winter");
        Post e1 = re(8, "09:40", elspeth, d1, "they're right, plums get silver leaf if you cut them in winter. "
                + "wait for a dry day in June or July");
        re(8, "09:55", declan, e1, "thanks!");
        Post saw = say(9, "18:00", poChat, elspeth, "could someone bring a spare pruning saw to Saturday's work "
                + "party? mine snapped on the Bramley");
        Post wq = say(9, "19:00", poScion, wojtek, "how long can scions sit in the fridge before the swap?");
        re(9, "19:30", keziah, wq, "a month easily, damp paper towel, in a bag, away from the fruit");
        Post d2 = say(10, "10:00", poChat, declan, "what rootstock should I ask for if I want a small apple tree "
                + "in a pot?");
        Post e2 = re(10, "10:30", elspeth, d2, "M27 or M9. M27 stays tiny, M9 has a bit more go. pot at least 40 "
                + "litres");
        re(10, "10:45", declan, e2, "brilliant, thank you");
        Post ld = say(11, "15:00", poPrune, elspeth, "@Declan Byrne you mentioned you've got a long ladder, could "
                + "you bring it Saturday for the top of the big Bramley?");
        say(11, "19:00", poPrune, ffion, "second pruning day this Saturday, same time. sign up: "
                + "https://forms.example/pippin-pruning-feb2");
        Post d3 = say(12, "09:00", poChat, declan, "is it too late to move a three year old pear?");
        Post e3 = re(12, "09:45", elspeth, d3, "not yet, while it's dormant. dig a wide root ball and water it in "
                + "well all spring");
        re(12, "10:00", declan, e3, "thanks Elspeth");
        re(12, "12:00", ansel, saw, "Elspeth I've got two saws, I'll bring one Saturday");
        Post nq = say(12, "14:00", poChat, noor, "do I need special tape for grafting or will electrical tape do?");
        Post nk = re(12, "14:30", keziah, nq, "grafting tape stretches and breaks down by itself, electrical tape "
                + "strangles the graft if you forget it. parafilm is cheap");
        re(12, "14:40", noor, nk, "parafilm it is 🙏");
        say(13, "16:00", poPrune, ffion, "good day, 11 trees. the top of the big Bramley will have to wait for a "
                + "ladder");
        say(15, "08:30", poPrune, declan, "sorry Elspeth, missed the ladder message. yes I can bring it next time");
        say(15, "18:00", poPrune, ffion, "Scion swap and grafting afternoon, Sun 5 March, 1pm in the barn. put "
                + "your name in so we can order enough rootstock: https://forms.example/pippin-scion-day");
        Post tl = say(16, "19:00", poScion, noor, "I'll bring Tydeman's Late Orange, it's on my neighbour's tree "
                + "and she said yes");
        re(16, "19:20", ansel, tl, "never heard of it, put me down for two sticks");
        say(17, "08:00", poChat, keziah, "first blossom on the cherry plum by the gate 🌸");
        Post dc = say(18, "10:00", poScion, wojtek, "anyone want Discovery? there's loads");
        re(18, "10:30", declan, dc, "yes please, two for my pots");
        Post mp = say(19, "16:00", poChat, noor, "moving my neighbour's little pear next weekend, any tips?");
        re(19, "16:40", declan, mp, "Noor, Elspeth told me this one: while it's dormant, wide root ball, water it "
                + "in well all spring. mine's settled fine");
        re(19, "17:00", noor, mp, "thank you both!");
        say(20, "09:00", poPrune, ffion, "6 places left for Sunday's scion day, sheet here: "
                + "https://forms.example/pippin-scion-day");
        say(21, "18:30", poChat, elspeth, "lovely afternoon, forty grafts done and nobody cut themselves");
        Post bt = say(4, "09:00", poChat, keziah, "anyone know if the blue tits are using the new boxes yet?");
        re(4, "09:40", ansel, bt, "one's been going in and out of the box on the Cox since Tuesday");
        Post mu = say(14, "11:00", poChat, wojtek, "mulch pile is getting low, who's got a contact at the tree "
                + "surgeons?");
        re(14, "11:30", ffion, mu, "I'll ask the council lot, they dropped a load last year");
        say(18, "18:00", poChat, ansel, "rootstock order is in, 40 M26 and 20 MM106");
    }

    private void bobbinAndTreadle() {
        say(1, "09:00", btNews, rosalind, "Spring service: full service and tension set-up £55 (usually £65) "
                + "until 10 March. book here: https://bobbinandtreadle.example/service");
        Post yq = say(1, "18:00", btRoom, yusra, "@Kwame Asante which needle for denim? my jeans hems keep "
                + "skipping");
        say(1, "18:08", btRoom, kwame, "90/14 denim needle, or a 100 for the thick seams, and lengthen the stitch "
                + "to 3");
        say(1, "19:30", btRoom, yusra, "it worked!! thank you");
        Post oq = say(2, "10:00", btDesk, olwen, "how much is a service for an old electronic machine? mine's "
                + "skipping stitches and clunking");
        re(2, "10:10", stanislav, oq, "I do these at home for £25 a service, much cheaper than a shop, DM me");
        Post ka = re(2, "11:00", kwame, oq, "Olwen it's £55 with the spring offer. clunking is often thread "
                + "caught under the bobbin case, worth a look before you book: take the plate off and brush it out");
        re(2, "12:15", olwen, ka, "brushed it, a huge fluffball came out 😂 still booking it in though");
        say(3, "12:00", btRoom, rosalind, "reminder for anyone who missed it: spring service is £55 until the "
                + "10th, book here: https://bobbinandtreadle.example/service");
        Post tb = say(3, "15:00", btFixed, june, "replaced the drive belt on my treadle myself! leather belt, a "
                + "staple, done");
        re(3, "15:40", rosalind, tb, "beautiful job June");
        tb.react("👏", yusra, olwen);
        Post wx = say(4, "11:00", btRoom, bettina, "anyone sewing waxed cotton? my needles keep gumming up");
        Post wa = re(4, "11:20", june, wx, "wipe the needle with a bit of alcohol every few seams");
        re(4, "11:30", bettina, wa, "ty, will try");
        say(5, "09:30", btNews, kwame, "New in: leather walking foot kits £38, fits most domestic "
                + "straight-stitchers: https://bobbinandtreadle.example/shop/walking-foot");
        Post pd = say(7, "17:00", btRoom, imelda, "finished my daughter's prom dress on the machine you serviced "
                + "in January @Rosalind Achterberg, it purrs like a cat");
        re(7, "17:30", rosalind, pd, "oh that's lovely to hear, photos please!");
        say(8, "08:00", btNews, rosalind, "I'm at the trade show in Birmingham till Thursday, Kwame's holding the "
                + "fort at the shop and here");
        Post zt = say(8, "12:00", btRoom, bettina, "my new zip tote pattern is out! £4.50 "
                + "https://bettinamakes.example/zip-tote");
        re(8, "12:30", yusra, zt, "ooh cute");
        Post iq = say(9, "10:00", btDesk, imelda, "you serviced my machine in January and now the bobbin winder "
                + "slips and won't fill the bobbin. can I bring it back in, or is it a quick fix at home?");
        say(9, "13:00", btNews, kwame, "Thread sale: all cones £3.20 till Sunday: "
                + "https://bobbinandtreadle.example/shop/thread");
        Post jq = say(9, "16:00", btRoom, june, "@Kwame Asante what oil for a treadle? the wheel squeaks");
        say(9, "16:05", btRoom, kwame, "June: plain sewing machine oil, a drop on each moving joint, wipe the "
                + "rest off");
        say(9, "16:20", btRoom, june, "squeak gone 🙏");
        say(10, "11:00", btFixed, bettina, "launch discount on my zip tote pattern till Sunday, £3.50: "
                + "https://bettinamakes.example/zip-tote");
        Post qa = say(10, "14:00", btRoom, kwame, "who's joining the quilt-along next month?");
        re(10, "14:20", june, qa, "me! already bought the fabric");
        re(10, "15:00", olwen, qa, "count me in");
        say(11, "09:00", btNews, rosalind, "back from Birmingham, brought new presser feet and a lot of leaflets");
        Post ka2 = re(11, "19:00", kwame, iq, "sorry Imelda, busy week! usually it's just the rubber ring on the "
                + "winder, bring it in Saturday and I'll swap it while you wait, no charge");
        re(11, "19:30", imelda, ka2, "thank you, Saturday it is");
        Post tf = say(12, "10:00", btFixed, olwen, "fixed my own tension dial following the shop's video, feeling "
                + "very smug");
        re(12, "10:30", june, tf, "smug is earned");
        say(15, "08:30", btNews, kwame, "Saturday repair clinic on 4 March, bring your machine, first look free: "
                + "https://bobbinandtreadle.example/clinic");
        say(15, "12:00", btRoom, imelda, "bobbin winder fixed in five minutes on Saturday, thank you Kwame 🙏");
        Post bc = say(16, "10:00", btDesk, yusra, "do you sell replacement bobbin cases for older front-loading "
                + "machines?");
        Post rb = re(16, "11:00", rosalind, bc, "we do, about £14 depending on the model. bring the old one in or "
                + "send a photo and I'll match it");
        re(16, "11:20", yusra, rb, "photo coming");
        Post qt = say(17, "20:00", btRoom, june, "made my first quilt top!!");
        re(17, "20:15", olwen, qt, "gorgeous");
        qt.react("❤️", yusra, kwame);
        say(18, "13:00", btFixed, yusra, "swapped the bobbin case myself, first try");
        Post cl = say(19, "11:00", btRoom, bettina, "anyone tried the cotton-linen from the Saturday market? "
                + "thinking about it for aprons");
        re(19, "11:30", olwen, cl, "creases like mad but it's lovely to sew");
        Post fq = say(13, "15:00", btRoom, olwen, "what's everyone's favourite fabric shop round here now the one "
                + "on the high street closed?");
        re(13, "15:30", yusra, fq, "the market stall on Saturdays, the woman knows everything");
        re(13, "15:45", june, fq, "seconding the market stall");
        Post hp = say(20, "16:00", btRoom, yusra, "hemmed six pairs of trousers for my brothers this weekend, "
                + "never again");
        re(20, "16:20", june, hp, "ha, start charging them");
        hp.react("😂", olwen, bettina);
    }

    private void kerbsideKitchens() {
        Post gb = say(1, "09:00", kkPrep, adaeze, "gas bottle prices up again at the depot, anyone found "
                + "somewhere cheaper?");
        Post lg = re(1, "09:30", luca, gb, "the farm supplies place off the ring road, £4 less a bottle");
        re(1, "09:45", adaeze, lg, "you're a star");
        Post hl = say(1, "11:00", kkLocals, hyacinth, "where's good for lunch near the canal on a weekday?");
        Post sh = re(1, "11:20", sabitha, hl, "Colm's bao truck is by the lock Tue to Thu, and Luca does pizza at "
                + "the brewery yard");
        re(1, "11:40", hyacinth, sh, "bao it is");
        say(2, "10:00", kkEvents, fern, "Spring Night Market, 25 March, 20 pitches at £40, traders apply here: "
                + "https://forms.example/spring-night-market");
        Post hy = say(2, "15:00", kkPrep, sabitha, "anyone had the hygiene re-inspection lately? what did they "
                + "pick up on?");
        Post ch = re(2, "15:30", colm, hy, "fridge temperature log, they wanted it twice a day not once");
        re(2, "15:40", sabitha, ch, "noted, ta");
        Post tq = say(3, "12:00", kkLocals, tomas, "does anyone do catering for a 40th? about 60 people, near "
                + "Salford, end of March");
        Post sa = re(3, "12:30", sabitha, tq, "we do! a dosa bar for 60 is £9 a head, three fillings and the "
                + "chutneys, menu here: https://sabithasdosa.example/catering");
        re(3, "12:50", tomas, sa, "sounds perfect, I'll message you");
        Post cf = say(3, "19:00", kkBanter, luca, "who's watching the cooking final tonight");
        re(3, "19:10", colm, cf, "only to shout at it");
        say(4, "08:30", kkLocals, colm, "Today: by the lock 11:30-2:30, pork belly and mushroom bao");
        Post ov = say(5, "16:00", kkPrep, luca, "oven door seal's gone, anyone know someone who fixes pizza ovens?");
        Post ao = re(5, "16:20", adaeze, ov, "ring the fabricator in Trafford Park, he did my hotplate");
        re(5, "16:30", luca, ao, "cheers");
        Post rn = say(6, "17:00", kkBanter, adaeze, "rained off at the market, sold four portions all day");
        re(6, "17:10", sabitha, rn, "same, I ate my stock");
        say(7, "10:00", kkEvents, fern, "Night Market: 8 pitches left, apply here: "
                + "https://forms.example/spring-night-market");
        Post gn = say(9, "09:30", kkPrep, adaeze, "anyone else's generator cutting out in the cold? mine died "
                + "twice on saturday");
        joins(9, "09:50", kkPrep, vaughn);
        Post vq = say(9, "10:00", kkPrep, vaughn, "hi all, Vaughn here, just joined. what do you use for taking "
                + "card payments at the van?");
        re(9, "10:15", luca, vq, "the little reader that pairs with your phone, does the job");
        Post cg = re(9, "10:20", colm, gn, "diesel gels below zero. winter diesel, or keep the can in the cab "
                + "overnight");
        re(9, "10:40", adaeze, cg, "that's it!! thank you");
        say(9, "14:00", kkDm, vaughn, "Hi Adaeze, saw your post in prep-room. I run TillPoint, ordering and card "
                + "payments built for food trucks, £19/month and no transaction fees for the first 3 months. grab "
                + "15 minutes for a demo here: https://tillpoint.example/book");
        say(10, "10:00", kkDm, vaughn, "just bumping this in case it got buried!");
        Post bq = say(10, "11:00", kkLocals, hyacinth, "is the bao truck at the lock this week?");
        re(10, "11:30", colm, bq, "Weds and Thurs, 11:30 till we run out");
        Post nm = say(11, "09:00", kkEvents, fern, "Night Market: 3 pitches left, closes Friday");
        Post pz = say(12, "21:00", kkBanter, sabitha, "Luca I finally tried your nduja pizza, I'm ruined for all "
                + "others");
        re(12, "21:20", luca, pz, "haha, swap you for a masala dosa next week");
        Post tp = say(13, "12:00", kkLocals, tomas, "the dosa bar is booked for the party, and I've sent two "
                + "friends your way already @Sabitha Raman");
        re(13, "12:30", sabitha, tp, "that's so kind, thank you Tomás! tell them to mention the party");
        say(15, "08:30", kkLocals, colm, "Mon: brewery yard 5-9pm, short rib bao");
        say(15, "17:00", kkLocals, colm, "open now at the brewery yard, come hungry");
        say(16, "08:30", kkLocals, colm, "Tue: by the lock 11:30-2:30, pork belly, mushroom, chicken katsu");
        Post vb = say(16, "11:00", kkLocals, hyacinth, "@Colm Ferris do you do a veggie bao that isn't mushroom? "
                + "my daughter won't touch mushrooms");
        say(16, "14:00", kkLocals, colm, "sold out by 2 today, thank you Salford");
        Post ta = say(16, "18:00", kkLocals, tomas, "anyone know if the brewery yard is dog friendly?");
        re(16, "18:30", hyacinth, ta, "yes, water bowls and everything");
        say(17, "08:30", kkLocals, colm, "Wed: by the lock 11:30-2:30, special is pulled lamb");
        say(17, "16:00", kkLocals, colm, "tomorrow's the last lock day this week");
        Post ms = say(17, "20:00", kkPrep, sabitha, "anyone doing the night market? I've got a pitch next to the "
                + "stage, dreading the speakers");
        re(17, "20:15", adaeze, ms, "me, bring earplugs");
        say(18, "08:30", kkLocals, colm, "Thu: by the lock 11:30-2:30");
        say(18, "15:00", kkLocals, colm, "thanks for a mad week, back Saturday at the night market trial");
        say(19, "09:00", kkLocals, colm, "Sat: night market trial, Hulme, 5pm till late");
        say(19, "22:30", kkLocals, colm, "what a night, 300 bao gone");
        say(20, "10:00", kkLocals, colm, "Sun: day off, see you next week");
        Post sd = say(20, "12:00", kkLocals, hyacinth, "anyone know a good sunday roast round Chorlton?");
        re(20, "12:40", tomas, sd, "the pub by the green does a good one, book ahead");
    }

    private void sparkAndPull() {
        Post aq = say(1, "08:40", sfAsk, arjun, "my petrol mower starts then dies after ten seconds, any ideas?");
        Post wa = re(1, "09:10", wendell, aq, "classic gummed carb from old fuel over winter. drain the tank, "
                + "fresh fuel, and poke the main jet clear with a bit of wire. if that doesn't do it, it wants a "
                + "carb kit");
        re(1, "11:30", arjun, wa, "cleaned the jet, it runs! legend");
        Post cj = say(1, "13:00", sfBench, jolene, "anyone else drowning in carb jobs already? it's February");
        re(1, "13:20", pavel, cj, "eight on the bench, all old fuel");
        re(1, "13:45", siobhan, cj, "I tell people to run them dry in October, nobody listens");
        say(2, "10:00", sfSale, jolene, "Reconditioned 46cm self-propelled petrol mower, new blade, serviced, "
                + "£165, collect from Bury: https://jolenesmowers.example/stock/46sp");
        Post so = say(3, "09:00", sfRush, hester, "big shout out to @Wendell Okafor, fixed my ride-on in two days "
                + "last autumn and it started first pull this morning");
        Post gp = say(3, "14:00", sfAsk, gwilym, "@Wendell Okafor have you got a page with your prices? the "
                + "ride-on needs a service before the grass goes mad");
        Post wp = re(3, "14:30", wendell, gp, "here you go: https://wendellmowers.example/prices. ride-on service "
                + "is £95 plus parts, I collect within ten miles");
        re(3, "14:50", gwilym, wp, "booked, thanks");
        Post fp = say(4, "12:00", sfBench, wendell, "anyone got a spare flywheel puller? mine's walked off");
        re(4, "12:30", pavel, fp, "lend you mine, I'm passing thursday");
        say(4, "16:00", sfSale, jolene, "Reconditioned 41cm push mower, £95: "
                + "https://jolenesmowers.example/stock/41p");
        Post fc = say(5, "17:00", sfRush, benedikt, "first cut of the year done. probably too early but couldn't "
                + "resist");
        re(5, "17:30", arjun, fc, "braver than me");
        say(6, "10:00", sfSale, jolene, "Electric strimmer, new line head, £35: "
                + "https://jolenesmowers.example/stock/strim");
        say(6, "11:00", sfRush, hester, "@Wendell Okafor I told my neighbour about you too, she's got an old "
                + "cylinder mower that's been in the shed for years");
        Post bq = say(8, "09:00", sfAsk, benedikt, "chainsaw chain keeps coming loose, what am I doing wrong?");
        Post sb = re(8, "09:40", siobhan, bq, "tension it cold, check again after the first few cuts, and make "
                + "sure the bar nuts aren't stripped");
        re(8, "10:00", benedikt, sb, "bar nut was loose 🙄 thanks");
        Post ws = say(9, "15:00", sfBench, wendell, "the parts place in Radcliffe is closing end of March, "
                + "where's everyone going instead?");
        Post pw = re(9, "15:20", pavel, ws, "online mostly, next day to most of us. the Oldham place for anything "
                + "urgent");
        re(9, "15:40", wendell, pw, "Oldham it is");
        Post rg = say(10, "18:00", sfAsk, gwilym, "ride-on back from Wendell and it purrs. worth every penny");
        rg.react("❤️", wendell, hester);
        Post mb = say(11, "08:00", sfAsk, arjun, "can you sharpen a mulching blade or does it need replacing?");
        Post jm = re(11, "08:30", jolene, mb, "sharpen it, keep the angle, then balance it on a nail before it "
                + "goes back on");
        re(11, "08:45", arjun, jm, "didn't know about the nail trick, thanks");
        Post mo = say(12, "13:00", sfRush, siobhan, "daffodils out by the workshop, spring rush starts monday I "
                + "reckon");
        re(12, "13:30", benedikt, mo, "don't say it out loud");
        Post pr = say(13, "09:00", sfBench, jolene, "parts prices up 12% at the main wholesaler. anyone else "
                + "putting rates up?");
        re(13, "09:20", siobhan, pr, "£5 on a service from April, nobody's complained yet");
        re(13, "09:40", wendell, pr, "same, first rise in three years");
        say(16, "10:00", sfSale, pavel, "Reconditioned 45cc chainsaw, new chain and bar, £140: "
                + "https://pavelsengines.example/saw45");
        say(16, "10:20", sfAsk, pavel, "anyone after a chainsaw for the spring? reconditioned 45cc, new chain, "
                + "£140: https://pavelsengines.example/saw45");
        say(16, "10:35", sfRush, pavel, "chainsaw ready for the season, £140 → https://pavelsengines.example/saw45");
        Post sl = say(16, "12:00", sfAsk, hester, "strimmer line keeps snapping every few minutes, is it just old "
                + "line?");
        Post sh = re(16, "12:30", siobhan, sl, "yes, old line goes brittle. soak the spool in water overnight and "
                + "it comes back");
        re(16, "12:45", hester, sh, "who knew! thanks");
        Post ms = say(17, "08:00", sfRush, arjun, "anyone else's lawn basically moss now");
        re(17, "08:30", benedikt, ms, "raking mine out this weekend, send help");
        say(18, "17:00", sfBench, wendell, "ride-on season's started, six booked in this week");
        say(18, "18:00", sfSale, siobhan, "Wanted: old cylinder mowers for parts, any state, will collect round "
                + "Bury");
        Post ed = say(19, "19:00", sfRush, gwilym, "edged the lawn for the first time in years, looks like a "
                + "bowling green");
        ed.react("👏", arjun, hester);
        Post hs = say(14, "19:00", sfRush, hester, "is it too early for the first feed on the lawn?");
        re(14, "19:30", arjun, hs, "wait till April, the grass isn't growing yet");
        Post cp = say(20, "10:00", sfBench, pavel, "carb kits for the old 3.5hp engines, anyone found a decent "
                + "source? the cheap ones leak");
        re(20, "10:30", jolene, cp, "I buy the dearer ones now, the cheap ones cost me two comebacks");
        re(20, "10:45", pavel, cp, "same lesson here");
    }

    private void trayAndTendril() {
        Post mq = say(1, "08:30", ttGrow, lorna, "white fuzz at the base of my sunflower trays again. too wet?");
        Post ma = re(1, "09:00", thiago, mq, "check it's not root hairs first, they look fuzzy too. if it smells "
                + "musty it's mould: more airflow, bottom water only");
        re(1, "09:20", lorna, ma, "root hairs 😳 thank you");
        say(1, "18:00", ttLog, pieter, "pea shoots, tray 14, 420g");
        say(2, "07:30", ttLog, thiago, "purple radish, 280g off a full tray");
        Post nq = say(2, "11:00", ttBuyers, nadia, "chef at a small bistro in Stockport, looking for 500g pea "
                + "shoots and 200g radish a week from March. anyone local?");
        Post pa = re(2, "11:40", pieter, nq, "I'm in Heaton Moor and can do both, £28 a kilo for peas, £40 for "
                + "radish, I deliver Tuesdays. want a sample tray first?");
        re(2, "12:00", nadia, pa, "yes please, Tuesday works");
        Post wq = say(3, "19:00", ttGrow, wanjiru, "first go at microgreens, how long should I keep the trays in "
                + "the dark?");
        Post wl = re(3, "19:30", lorna, wq, "three or four days for most, until they lift the lid themselves");
        re(3, "19:45", wanjiru, wl, "thanks!");
        Post cq = say(4, "10:00", ttMarket, chidi, "is anyone selling microgreens at the Levenshulme market this "
                + "saturday?");
        re(4, "10:30", thiago, cq, "me, stall by the bakery, pea and sunflower mostly");
        say(5, "15:00", ttGrow, magnus, "just signed my third restaurant, need to sort out my racking");
        say(6, "18:00", ttLog, lorna, "sunflower, tray 3, 350g, no mould!!");
        Post so = say(7, "12:00", ttMarket, thiago, "sold out by 11 today 🎉");
        say(8, "09:00", ttGrow, magnus, "Big week for me. I've taken on a second unit on the industrial estate, "
                + "so my growing space is three times what I started with. I'm filling it with my own racks, I "
                + "designed them myself");
        re(8, "10:00", magnus, so, "nice. I stopped doing markets last year, my restaurant orders take all my "
                + "stock now and I like my Tuesdays free for my deliveries");
        Post w1 = say(8, "17:00", ttGrow, wanjiru, "my pea shoots are all leaning towards the window, is that bad?");
        Post t1 = re(8, "17:20", thiago, w1, "they're chasing the light, turn the tray every day or hang a cheap "
                + "LED strip over them");
        re(8, "18:30", wanjiru, t1, "turned it, they're already straightening up, thanks!");
        Post bo = say(9, "12:00", ttGrow, pieter, "bistro order sorted, first delivery Tuesday");
        re(9, "12:30", magnus, bo, "I was at that stage with my first bistro too. now I supply six kitchens and "
                + "I'm in talks with my seventh. I never undercharge and my prices have gone up twice this year");
        re(9, "12:45", lorna, bo, "brilliant Pieter!");
        say(10, "20:00", ttGrow, magnus, "My new racks arrived today. I spent my whole evening building them and "
                + "my back is wrecked, but my unit finally looks like a proper farm");
        Post w2 = say(10, "08:00", ttGrow, wanjiru, "how do I stop the seed hulls sticking to my sunflower shoots?");
        Post p2 = re(10, "08:40", pieter, w2, "soak them longer, 12 hours, and weigh the tray down for the first "
                + "two days");
        re(10, "19:00", wanjiru, p2, "that worked, tray looks so much cleaner");
        Post am = say(11, "11:00", ttGrow, lorna, "finally got a tray of amaranth to come up!");
        re(11, "11:30", magnus, am, "I gave up on amaranth, my customers never ordered it. I stick to my peas, my "
                + "sunflowers and my radish, that's where my money is");
        Post w3 = say(12, "09:00", ttGrow, wanjiru, "can I reuse the soil from old trays?");
        Post l3 = re(12, "09:30", lorna, w3, "compost it first, don't reuse it straight or you'll get damping off");
        re(12, "09:45", wanjiru, l3, "ok will do, thanks Lorna");
        say(12, "16:00", ttMarket, magnus, "I might do one market in May just to show off my new range, I'm "
                + "getting my own banner made with my logo on it");
        Post ef = say(13, "14:00", ttBuyers, chidi, "does anyone grow edible flowers too? for a wedding cake in "
                + "April");
        re(13, "14:40", lorna, ef, "nasturtiums and violas from April, I can do a small box");
        joins(15, "10:00", ttGrow, skye);
        Post sk = say(15, "10:05", ttGrow, skye, "hi all! could you all follow my new growing page "
                + "@skye.grows.greens on insta? trying to hit 500 by spring 🙏 "
                + "https://instasnap.example/skye.grows.greens");
        re(15, "11:00", lorna, sk, "welcome Skye! what are you growing?");
        say(16, "09:00", ttMarket, skye, "follows appreciated!! it'd mean a lot if you followed me on insta → "
                + "https://instasnap.example/skye.grows.greens");
        Post up = say(16, "12:00", ttBuyers, nadia, "the pea shoots have been gorgeous Pieter, can we go up to "
                + "800g from next week?");
        re(16, "12:20", pieter, up, "absolutely, done");
        say(17, "07:30", ttLog, thiago, "sunflower, tray 9, 390g");
        Post rs = say(18, "10:00", ttGrow, thiago, "anyone know why radish goes stringy and pale?");
        re(18, "10:30", wanjiru, rs, "I read it's too long in the dark, mine did that when I left them till day 6");
        re(18, "10:40", thiago, rs, "that'll be it, I forgot a tray over the weekend");
        say(19, "13:00", ttMarket, thiago, "heads up, the market moves indoors from April");
        Post lt = say(20, "09:00", ttGrow, lorna, "anyone tried growing under the cheap shop lights? worth it "
                + "over the proper grow lights?");
        re(20, "09:30", pieter, lt, "fine for greens, they don't need much, just keep them close");
    }

    private void osierBed() {
        say(1, "09:00", obCourses, ottilie, "Frame basket weekend, 25-26 March, Somerset Levels, £150 with willow "
                + "and lunch, 6 places: https://ottiliewillow.example/frame-course");
        say(1, "10:00", obCourses, gideon, "Beginners' round basket weekend, 11-12 March, near Taunton, £160, 8 "
                + "places: https://gideonashworth.example/courses");
        Post sl = say(2, "20:00", obTank, rhiannon, "my slath keeps twisting when I open it out, what am I doing "
                + "wrong?");
        Post sc = re(2, "20:30", cormac, sl, "probably pairing too tight at the start. tie in with two loose "
                + "rounds, then tighten");
        re(2, "20:45", rhiannon, sc, "will try tonight");
        joins(3, "09:00", obIntro, leilani);
        Post li = say(3, "09:05", obIntro, leilani, "Hello! I'm Leilani, just started weaving after a one-day "
                + "taster. one wonky basket so far, be gentle 😄");
        re(3, "09:30", gideon, li, "welcome! my beginners' weekend is £160 and has 2 places left, DM me and I'll "
                + "hold one for you");
        Post iw = re(3, "10:00", ingrid, li, "welcome Leilani! wonky is how we all started, post it in "
                + "show-your-baskets");
        re(3, "10:15", leilani, iw, "ok, brave face");
        Post fb = say(3, "10:30", obShow, leilani, "my first one, don't laugh");
        re(3, "11:00", agnieszka, fb, "that's a lovely shape for a first!");
        fb.react("❤️", ingrid, cormac, rhiannon);
        Post wn = say(4, "08:00", obTank, samir, "where do people get willow in the north? the Somerset growers "
                + "want a fortune to post it");
        Post aw = re(4, "08:30", agnieszka, wn, "there's a grower near Lancaster who does bundles, I'll dig out "
                + "his number");
        re(4, "08:45", samir, aw, "please do!");
        say(5, "09:00", obTank, agnieszka, "Samir: it's the farm at Bolton-le-Sands, ask for Keith, he'll sell "
                + "you a few bundles off the yard");
        say(5, "09:20", obTank, samir, "brilliant, thank you");
        Post lb = say(6, "16:00", obShow, rhiannon, "the slath behaved! first round log basket");
        re(6, "16:30", ingrid, lb, "gorgeous");
        Post bd = say(7, "11:00", obTank, cormac, "anyone got a spare bodkin? lost mine in the garden");
        re(7, "11:30", ingrid, bd, "I've got two, I'll post you one");
        Post fr = say(8, "10:00", obTank, ingrid, "frost got the tips of my willow bed, will it recover?");
        re(8, "10:40", cormac, fr, "it'll shoot again from lower down, cut the dead tips off in March");
        Post rb = say(9, "18:00", obShow, rhiannon, "log basket number two, with a twisted border this time");
        re(9, "18:30", ottilie, rb, "gorgeous border! my frame basket course still has spots for anyone wanting "
                + "to try frames: https://ottiliewillow.example/frame-course");
        re(9, "19:00", cormac, rb, "that border is so neat");
        say(10, "12:00", obTank, ottilie, "early bird price on my frame basket course till Friday, £130 instead "
                + "of £150: https://ottiliewillow.example/frame-course");
        Post tq = say(11, "13:00", obTank, samir, "does anyone run courses near Taunton? my partner wants to do "
                + "one for her birthday");
        Post ga = re(11, "13:30", gideon, tq, "I do, a beginners' round basket weekend near Taunton on 11-12 "
                + "March, £160 with willow and lunch: https://gideonashworth.example/courses. two places left");
        re(11, "13:50", samir, ga, "perfect, booking it now");
        Post bw = say(12, "19:00", obTank, leilani, "how long do I soak buff willow?");
        Post cw = re(12, "19:20", cormac, bw, "about a day per foot of length, then mellow it overnight in a wet "
                + "towel");
        re(12, "19:40", leilani, cw, "thanks, it's in the bath as we speak 😂");
        say(13, "15:00", obShow, agnieszka, "oval shopper, first time using a scallom");
        Post fl = say(15, "08:00", obTank, gideon, "willow beds flooded again, anyone else's?");
        re(15, "08:30", ingrid, fl, "mine too, the rods will be fine");
        Post l2 = say(16, "20:00", obShow, leilani, "second basket, slightly less wonky!");
        Post gl = re(16, "20:30", gideon, l2, "much better, your upsett is really even");
        re(16, "20:45", leilani, gl, "thank you!!");
        Post gw = say(17, "10:00", obTank, ottilie, "anyone tried the green willow from the Dorset grower?");
        re(17, "10:30", rhiannon, gw, "lovely to work but it shrinks a lot, weave it tight");
        say(18, "12:00", obTank, samir, "my partner's booked on Gideon's weekend, thanks everyone");
        say(19, "09:00", obTank, cormac, "found the bodkin. in the compost");
        say(20, "14:00", obShow, ingrid, "gathering basket for the garden");
        Post ct = say(14, "17:00", obTank, rhiannon, "what's everyone using to cut rods, secateurs or a knife?");
        re(14, "17:20", agnieszka, ct, "secateurs for the butts, a knife for the slyping");
        re(14, "17:30", rhiannon, ct, "ok, slyping knife on the birthday list");
        Post dp = say(21, "18:00", obTank, agnieszka, "anyone going to the willow festival in June?");
        re(21, "18:20", ingrid, dp, "yes! shall we go together?");
    }

    static Map<String, String> files() {
        return new HeldOutScenes61Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 61");
    }
}
