package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 85 (sealed): eight communities of gardens, plants and growing, of kinds no earlier round used (a
 * heritage fruit-tree grafters' scion swap where nobody sells, snowdrop collectors with a sales-and-wants room and a
 * bulb nursery among them, a bare-root rose nursery's own server with its Staff and customers, chilli growers where
 * nobody sells, giant vegetable growers with two seed sellers among them, cut-flower farmers with a room where
 * florists ask and a grower's DM to a florist, carnivorous plant growers with a sales table and a small nursery's
 * owner, polytunnel growers with a cover supplier's rep among them), over three ISO weeks of January (2030-W02 to
 * W04), written and labelled by writer85 (session 47) before any coach ran on them, with many borderline cases. The
 * labels are in {@code bot/src/test/resources/eval/held-out-scenes-85.csv}. Run {@link #main} from the project root
 * to write the export again.
 */
final class HeldOutScenes85Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2030, 1, 7);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2030, 1, 28, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-85";
    private static final int BASE = 66000;

    // --- A. heritage fruit-tree grafters' scion swap (nobody sells) ---
    private final String scion = cast.guild(1131);
    private final Channel scSwap = cast.channel(scion, "Scion Swap North", "scion-swap",
            "who has what wood, the swap-day sheet", "sc-scion-swap.json");
    private final Channel scBench = cast.channel(scion, "Scion Swap North", "grafting-bench",
            "whip and tongue, cleft, rootstocks, aftercare", "sc-grafting-bench.json");
    private final Channel scChat = cast.channel(scion, "Scion Swap North", "orchard-chat",
            "anything else", "sc-orchard-chat.json");
    private final Persona maggie = cast.person("maggie.thorne", "Maggie Thorne");
    private final Persona huw = cast.person("huw.p", "Huw Pritchard");
    private final Persona dev = cast.person("dev.grafts", "Dev Malhotra");
    private final Persona ros = cast.person("ros.kettle", "Ros Kettle");
    private final Persona callum = cast.person("callum.ure", "Callum Ure");
    private final Persona jan = cast.person("jan.novak", "Jan Novak");

    // --- B. snowdrop collectors ---
    private final String drops = cast.guild(1132);
    private final Channel sdFirst = cast.channel(drops, "Galanthus Gathering", "first-flowers",
            "photos of what's up in your garden", "sd-first-flowers.json");
    private final Channel sdId = cast.channel(drops, "Galanthus Gathering", "id-help",
            "which snowdrop is this?", "sd-id-help.json");
    private final Channel sdSales = cast.channel(drops, "Galanthus Gathering", "sales-and-wants",
            "bulbs for sale and wanted, prices in the post", "sd-sales-and-wants.json");
    private final Channel sdChat = cast.channel(drops, "Galanthus Gathering", "chat",
            "anything else", "sd-chat.json");
    private final Persona prue = cast.person("prue.lacey", "Prue Lacey");
    private final Persona oliver = cast.person("oliver.brandbulbs", "Oliver Brand");
    private final Persona gemma = cast.person("gemma.stott", "Gemma Stott");
    private final Persona ted = cast.person("ted.avery", "Ted Avery");
    private final Persona rhian = cast.person("rhian.ll", "Rhian Lloyd");
    private final Persona clive = cast.person("clive.b", "Clive Bannerman");
    private final Persona sunita = cast.person("sunita.r", "Sunita Ray");

    // --- C. a bare-root rose nursery's own server ---
    private final String roses = cast.guild(1133);
    private final Role roseStaff = cast.role("Staff", "#b83b5e", 2);
    private final Channel hrNews = cast.channel(roses, "Hedgerow Roses", "announcements",
            "news from Hedgerow Roses: dispatch dates, new varieties, offers", "hr-announcements.json");
    private final Channel hrOrders = cast.channel(roses, "Hedgerow Roses", "orders-and-delivery",
            "questions about your order: dispatch, delivery, replacements", "hr-orders-and-delivery.json");
    private final Channel hrClinic = cast.channel(roses, "Hedgerow Roses", "rose-clinic",
            "ask our growers about planting, pruning and problems", "hr-rose-clinic.json");
    private final Channel hrShed = cast.channel(roses, "Hedgerow Roses", "the-potting-shed",
            "chat and photos", "hr-the-potting-shed.json");
    private final Persona annette = cast.person("annette.hedgerow", "Annette Vale", roseStaff);
    private final Persona sam = cast.person("sam.dispatch", "Sam Okafor", roseStaff);
    private final Persona lottie = cast.person("lottie.grows", "Lottie Green", roseStaff);
    private final Persona bryn = cast.person("bryn.coppice", "Bryn Hughes");
    private final Persona maureen = cast.person("maureen.p", "Maureen Pike");
    private final Persona jas = cast.person("jas.kaur", "Jas Kaur");
    private final Persona derek = cast.person("derek.fell", "Derek Fell");
    private final Persona elif = cast.person("elif.d", "Elif Demir");

    // --- D. chilli growers (nobody sells) ---
    private final String chilli = cast.guild(1134);
    private final Channel chSow = cast.channel(chilli, "Pepper Heads Sowing Club", "sowing-2030",
            "sowing dates, germination, heat mats", "ch-sowing-2030.json");
    private final Channel chLog = cast.channel(chilli, "Pepper Heads Sowing Club", "grow-logs",
            "post your grow logs and updates", "ch-grow-logs.json");
    private final Channel chPest = cast.channel(chilli, "Pepper Heads Sowing Club", "pests-and-problems",
            "aphids, damping off, sad plants", "ch-pests-and-problems.json");
    private final Channel chHot = cast.channel(chilli, "Pepper Heads Sowing Club", "hot-takes",
            "chat, memes, sauce", "ch-hot-takes.json");
    private final Persona kez = cast.person("kez.m", "Kez Morgan");
    private final Persona raf = cast.person("rafgrows", "Raf Silva");
    private final Persona bea = cast.person("bea.lund", "Bea Lund");
    private final Persona tariq = cast.person("tariq.a", "Tariq Aziz");
    private final Persona nell = cast.person("nell.c", "Nell Carver");
    private final Persona wojtek = cast.person("wojtek.n", "Wojtek Nowak");

    // --- E. giant vegetable growers ---
    private final String giants = cast.guild(1135);
    private final Channel gvSeed = cast.channel(giants, "Big Veg Growers", "seed-bank",
            "seeds for sale and swap, prices in the post", "gv-seed-bank.json");
    private final Channel gvGrow = cast.channel(giants, "Big Veg Growers", "growing-giants",
            "onions, leeks, pumpkins, marrows: how to", "gv-growing-giants.json");
    private final Channel gvShows = cast.channel(giants, "Big Veg Growers", "show-calendar",
            "show schedules, entry dates, results", "gv-show-calendar.json");
    private final Channel gvShed = cast.channel(giants, "Big Veg Growers", "the-shed",
            "chat", "gv-the-shed.json");
    private final Persona len = cast.person("len.pocock", "Len Pocock");
    private final Persona dot = cast.person("dot.h", "Dot Haworth");
    private final Persona marcus = cast.person("marcus.l", "Marcus Leigh");
    private final Persona carys = cast.person("carys.b", "Carys Bevan");
    private final Persona stan = cast.person("stan.ibb", "Stan Ibbotson");
    private final Persona femi = cast.person("femi.pumpkins", "Femi Ade");
    private final Persona gary = cast.person("tullgiants", "Gary Tull");

    // --- F. cut-flower farmers with a room where florists ask ---
    private final String vase = cast.guild(1136);
    private final Channel fvGrow = cast.channel(vase, "Field to Vase Growers", "grower-talk",
            "for growers: varieties, sowing, pricing, the season", "fv-grower-talk.json");
    private final Channel fvOrders = cast.channel(vase, "Field to Vase Growers", "florist-orders",
            "florists: ask growers for stems, availability and prices", "fv-florist-orders.json");
    private final Channel fvSwap = cast.channel(vase, "Field to Vase Growers", "seed-and-tuber-swap",
            "swaps and sales of seed, tubers and plugs between growers", "fv-seed-and-tuber-swap.json");
    private final Channel fvOff = cast.channel(vase, "Field to Vase Growers", "off-topic",
            "anything", "fv-off-topic.json");
    private final Persona hattie = cast.person("hattie.lowe", "Hattie Lowe");
    private final Persona nico = cast.person("ferrisflowers", "Nico Ferris");
    private final Persona ivy = cast.person("ivy.m", "Ivy Mercer");
    private final Persona paula = cast.person("paula.florist", "Paula Reyes");
    private final Persona dom = cast.person("dom.ludlow", "Dom Clarke");
    private final Persona grace = cast.person("grace.weddings", "Grace Tan");
    private final Channel fvDm = cast.dm(dom, "fv-dm-dom-clarke.json");

    // --- G. carnivorous plant growers ---
    private final String bog = cast.guild(1137);
    private final Channel cpDorm = cast.channel(bog, "Bog Garden Society", "dormancy-diaries",
            "winter dormancy: fridge, porch, greenhouse", "cp-dormancy-diaries.json");
    private final Channel cpHelp = cast.channel(bog, "Bog Garden Society", "help-desk",
            "ask about sad plants", "cp-help-desk.json");
    private final Channel cpSales = cast.channel(bog, "Bog Garden Society", "sales-table",
            "members' plants for sale and swap, prices please", "cp-sales-table.json");
    private final Channel cpSwamp = cast.channel(bog, "Bog Garden Society", "the-swamp",
            "chat", "cp-the-swamp.json");
    private final Persona felix = cast.person("felix.orme", "Felix Orme");
    private final Persona jo = cast.person("jo.pennick", "Jo Pennick");
    private final Persona amit = cast.person("amit.b", "Amit Bose");
    private final Persona harriet = cast.person("harriet.q", "Harriet Quill");
    private final Persona lukas = cast.person("lukas.feld", "Lukas Feld");
    private final Persona mei = cast.person("mei.chen", "Mei Chen");
    private final Persona rosa = cast.person("rosa.dunn", "Rosa Dunn");

    // --- H. polytunnel growers with a cover supplier's rep ---
    private final String tunnel = cast.guild(1138);
    private final Channel ptTalk = cast.channel(tunnel, "Polytunnel People", "tunnel-talk",
            "what's growing under plastic", "pt-tunnel-talk.json");
    private final Channel ptBuild = cast.channel(tunnel, "Polytunnel People", "build-and-repair",
            "frames, covers, doors, anchors, storm damage", "pt-build-and-repair.json");
    private final Channel ptSow = cast.channel(tunnel, "Polytunnel People", "winter-sowings",
            "what you're sowing now", "pt-winter-sowings.json");
    private final Channel ptTea = cast.channel(tunnel, "Polytunnel People", "tea-hut",
            "chat", "pt-tea-hut.json");
    private final Persona gwen = cast.person("gwen.tunnelskin", "Gwen Ashdown");
    private final Persona ray = cast.person("ray.boddy", "Ray Boddy");
    private final Persona anna = cast.person("anna.k", "Anna Kowalczyk");
    private final Persona nigel = cast.person("nigel.sharp", "Nigel Sharp");
    private final Persona ffion = cast.person("ffion.rees", "Ffion Rees");
    private final Persona colin = cast.person("colin.m", "Colin Mwangi");
    private final Persona tess = cast.person("tess.h", "Tess Harland");

    HeldOutScenes85Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        scions();
        snowdrops();
        roses();
        chillies();
        giants();
        flowers();
        bogs();
        tunnels();
    }

    private void scions() {
        // W02
        say(1, "09:00", scChat, maggie, "morning all, happy new year. proper scion-cutting weather at last, frost on everything");
        say(1, "09:20", scChat, ros, "happy new year! cut my Ashmead's Kernel yesterday, wrapped in damp newspaper in the "
                + "fridge");
        Post dq1 = say(1, "19:00", scBench, dev, "first time grafting this year. bought 10 MM106 rootstocks, are they ok sitting in a "
                + "bucket of compost till March?");
        Post ha1 = re(1, "20:10", huw, dq1, "heel them into the ground somewhere shady with the roots covered, they'll be happier "
                + "than in a bucket. a bucket freezes right through");
        re(1, "20:15", dev, ha1, "thanks Huw, will do");
        Post sheet1 = say(2, "10:00", scSwap, maggie, "Swap day is Sat 26 Jan at the village hall, 10 till 1. Put your name and what wood "
                + "you're bringing on the sheet so we don't all bring Bramley: "
                + "https://docs.google.com/spreadsheets/d/scionswap2030/edit");
        say(2, "10:20", scSwap, ros, "done! @Maggie Thorne would you remind us nearer the time? I'll forget otherwise");
        say(2, "10:25", scSwap, maggie, "will do");
        say(2, "11:00", scSwap, callum, "put myself down for Keswick Codlin and some Discovery");
        say(2, "14:00", scChat, jan, "anyone else's fridge now 50% apple sticks and 50% actual food");
        say(2, "14:10", scChat, callum, "50%? you're doing well");
        Post dq2 = say(3, "18:30", scBench, dev, "how thick should the scion be compared with the rootstock? mine are thinner than a "
                + "pencil");
        Post ha2 = re(3, "19:05", huw, dq2, "pencil thick is ideal, but if the scion's thinner just match the bark on one side. the "
                + "green layer under the bark has to touch, that's the whole trick");
        re(3, "19:10", dev, ha2, "ok that makes sense");
        Post jq1 = say(3, "20:00", scBench, jan, "@Huw Pritchard do you wax the whole scion or just the union?");
        Post ha3 = re(3, "20:30", huw, jq1, "union and the cut top. parafilm the rest if it's a long stick");
        ha3.react("👍", jan);
        say(4, "08:00", scChat, ros, "robin following me round the orchard while I prune, best colleague I've had");
        say(4, "08:10", scChat, maggie, "they know a pruning saw means worms");
        Post dq3 = say(5, "19:00", scBench, dev, "what knife do people use? I've only got a stanley knife");
        Post ha4 = re(5, "19:40", huw, dq3, "a proper grafting knife with a single bevel, Tina or Victorinox. a stanley will do at a "
                + "pinch but you want one clean stroke, not sawing");
        re(5, "19:50", callum, dq3, "I started with a stanley. the grafts took, my thumb didn't");
        re(5, "19:55", dev, ha4, "cheers, ordering one");
        say(5, "20:00", scSwap, maggie, "sheet's filling up, 18 names. still nobody bringing pears, somebody save us: "
                + "https://docs.google.com/spreadsheets/d/scionswap2030/edit");
        say(5, "20:30", scSwap, jan, "I'll cut some Concorde for you");
        say(6, "11:00", scChat, callum, "wassail at the community orchard on the 19th if anyone's near Penrith, bring a mug and a "
                + "saucepan to bang");
        say(6, "11:20", scChat, ros, "saucepan banging is my skill set");
        say(7, "17:00", scSwap, maggie, "as asked, a reminder: the sheet closes at 30 names so the hall isn't swamped, 26 on it "
                + "now https://docs.google.com/spreadsheets/d/scionswap2030/edit");
        say(7, "17:10", scSwap, ros, "ta Maggie, I've added my pears too");
        // W03
        Post dp = say(8, "19:00", scBench, dev, "practised a whip and tongue on some willow tonight. does the tongue look too long? (pic)");
        Post ca1 = re(8, "19:30", callum, dp, "tongue's fine, the cut's a bit scooped, keep the knife flatter. practise 50 more and "
                + "you're there");
        re(8, "19:35", dev, ca1, "50!! ok");
        Post jq2 = say(9, "12:00", scBench, jan, "odd one: can you graft onto hawthorn? there's a massive one in my hedge");
        Post da1 = re(9, "12:40", dev, jq2, "from the book I've been reading: pears and medlars take on hawthorn, apples don't "
                + "really. Huw will know more");
        re(9, "13:30", huw, da1, "Dev's spot on. medlar on hawthorn is an old trick, the pear unions can be a bit weak");
        say(9, "13:35", scBench, jan, "medlar it is then, thank you both");
        say(10, "18:00", scChat, maggie, "anyone going to the wassail? I'll bring cider");
        say(10, "18:10", scChat, callum, "19th, 7pm, lanterns from the car park");
        Post cq1 = say(11, "09:00", scBench, callum, "what's everyone using for labels that actually last? my plastic ones fade in a year");
        Post da2 = re(11, "09:30", dev, cq1, "aluminium tags, write on them with a biro pressing hard so it dents the metal. my "
                + "grandad's are still readable after 20 years");
        re(11, "09:35", callum, da2, "genius, thanks Dev");
        say(12, "15:00", scSwap, ros, "does anyone have Bloody Ploughman? Scottish, red flesh, my mum's favourite");
        say(12, "15:40", scSwap, jan, "Maggie had it on the sheet I think");
        say(12, "16:00", scSwap, maggie, "I do! putting a stick aside for you");
        say(13, "10:00", scChat, huw, "heads up, I'm at my daughter's in Cardiff Monday to Thursday, no signal in her valley, "
                + "back Friday");
        say(13, "10:10", scChat, ros, "enjoy, don't prune anything of hers");
        say(14, "20:00", scChat, jan, "grafting knife finally arrived. sharpest thing I own, already bled on it");
        say(14, "20:05", scChat, dev, "same club");
        // W04
        Post jq3 = say(15, "09:00", scBench, jan, "@Huw Pritchard when you cleft graft onto an old tree, how many scions per cut? two?");
        re(15, "10:00", callum, jq3, "not Huw but I do two, one each side, and cut the weaker one out next year");
        Post fg = say(16, "19:00", scBench, dev, "grafted my first 10 tonight on the kitchen table!");
        fg.react("🎉", maggie, callum);
        say(16, "19:20", scBench, ros, "kitchen table grafting season, love it");
        say(17, "12:00", scSwap, maggie, "4 days to go. 29 names, one space left, then I close it. hall opens at 10, bring bags "
                + "and labels");
        say(17, "12:30", scSwap, ros, "bringing cake");
        say(18, "17:00", scChat, callum, "wassail pics from Saturday at last: lanterns, toast in the branches, someone's dog ate "
                + "the toast");
        say(18, "17:10", scChat, maggie, "perfect wassail");
        Post ha5 = re(19, "08:00", huw, jq3, "back now, sorry Jan. two per cut as Callum says, and wax every cut surface, old trees "
                + "bleed sap");
        re(19, "08:30", jan, ha5, "no worries, thanks Huw");
        say(20, "14:00", scSwap, maggie, "what a morning, 31 people and about 90 varieties changed hands. thank you all");
        Post dt = say(20, "14:10", scSwap, dev, "came home with 14 sticks and a medlar from Jan. thank you everyone, best community thing "
                + "I've done");
        re(20, "14:20", huw, dt, "lovely to meet you in person Dev");
        say(21, "11:00", scChat, ros, "sore feet, full fridge, happy");
        say(21, "11:05", scChat, callum, "same");
    }

    private void snowdrops() {
        // W02
        Post ts = say(1, "08:30", sdFirst, ted, "first one open here, 'Three Ships' as usual, bang on cue (pic)");
        ts.react("😍", gemma);
        say(1, "08:45", sdFirst, clive, "mine are all still sulking. thanks Ted, rub it in");
        Post gq1 = say(1, "10:00", sdId, gemma, "new to this, sorry if it's silly. got a clump from my nan's garden, the green mark on "
                + "the inner petals is an upside down V. is that just nivalis?");
        Post ta1 = re(1, "10:30", ted, gq1, "not silly! a single inverted V on the inners and grey-green leaves flat against each "
                + "other is almost always plain nivalis. lovely to have your nan's");
        re(1, "10:35", gemma, ta1, "thank you!! that makes it extra special");
        Post pl1 = say(2, "12:00", sdSales, prue, "For sale: 'Fieldgate Prelude' 1 bulb in the green £18, 'Lapwing' £25, 'Mrs Macnamara' 3 "
                + "for £15. UK post, in the green only. Reply or DM");
        Post sb1 = re(2, "12:30", sunita, pl1, "I'll have the Mrs Macnamara please");
        re(2, "12:40", prue, sb1, "yours, I'll DM you postage");
        Post gq2 = say(2, "19:00", sdChat, gemma, "ok where do people even buy the yellow ones? I've seen pics of 'Wendy's Gold' and I'm "
                + "obsessed");
        Post oa1 = re(2, "19:30", oliver, gq2, "we have 'Wendy's Gold' in pots at £12 a bulb, it's an easy one to start with: "
                + "https://brandbulbs.example/wendys-gold . the big snowdrop fairs in Feb are worth a trip "
                + "too, lots of nurseries in one place");
        re(2, "19:40", gemma, oa1, "ooh thank you, will have a look");
        Post sq1 = say(3, "09:00", sdId, sunita, "this one has a big green blotch on the inners, nearly all green. any ideas? (pic)");
        Post ta2 = re(3, "09:40", ted, sq1, "one of the heavily marked elwesii or 'Trym' type. is the outer petal marked too? that "
                + "would say Trym");
        Post sa2 = re(3, "09:50", sunita, ta2, "outer's got a green tip! Trym then?");
        re(3, "10:05", ted, sa2, "sounds like it. a good one to have");
        Post cj = say(3, "14:00", sdChat, clive, "galanthophile, n.: someone who pays £50 for a bulb that looks like the one in the verge");
        cj.react("😂", ted, sunita);
        say(3, "14:10", sdChat, rhian, "and who will kneel in the mud to tell you it's completely different");
        Post rl1 = say(4, "11:00", sdSales, rhian, "Spares from my beds: 'S. Arnott' 5 for £10, 'Atkinsii' 5 for £10. Lifting in about ten "
                + "days, sent in the green. Reply to reserve");
        Post gr1 = re(4, "11:30", gemma, rl1, "I'd love the Atkinsii please!");
        re(4, "11:35", rhian, gr1, "reserved for you Gemma");
        Post pm = say(5, "20:00", sdFirst, prue, "'Mrs Macnamara' out in force, always the first big one here (pic)");
        re(5, "20:10", sunita, pm, "can't wait for mine now");
        Post gn = say(6, "10:00", sdFirst, gemma, "nan's nivalis opening! (pic)");
        gn.react("❤️", ted, rhian);
        re(6, "10:30", ted, gn, "lovely clump Gemma, they'll bulk up fast if you split them after flowering");
        say(7, "16:00", sdChat, oliver, "frost tonight, anyone covering pots?");
        say(7, "16:20", sdChat, prue, "fleece over the rare ones, the rest can cope");
        // W03
        say(8, "09:00", sdSales, oliver, "Our 2030 snowdrop list is live, 60 varieties, posting in the green from February: "
                + "https://brandbulbs.example/snowdrops-2030");
        say(8, "09:05", sdFirst, oliver, "photos of the whole new list are up, some real beauties this year "
                + "https://brandbulbs.example/snowdrops-2030");
        say(8, "09:10", sdChat, oliver, "if anyone's after something special, our new list is up: "
                + "https://brandbulbs.example/snowdrops-2030");
        say(8, "10:00", sdChat, clive, "saw it the first two times Oliver");
        Post gq3 = say(9, "11:00", sdId, gemma, "two clumps side by side, one has much wider greyer leaves. same plant?");
        Post ta3 = re(9, "11:30", ted, gq3, "wide grey leaves wrapped round each other at the base is elwesii, the other's probably "
                + "nivalis. two species, not one");
        re(9, "11:35", gemma, ta3, "that's so cool, thank you Ted");
        Post sq2 = say(9, "14:00", sdChat, sunita, "any good snowdrop gardens near Bristol for a day out?");
        Post ga1 = re(9, "14:30", gemma, sq2, "my nan used to take me to Painswick Rococo Garden, whole banks of them under the trees. "
                + "open from mid Jan I think");
        re(9, "14:35", sunita, ga1, "perfect, thanks Gemma");
        Post pl2 = say(10, "12:00", sdSales, prue, "Wanted: 'Diggory'. For sale: 'Trym' £15 a single bulb");
        re(10, "12:30", ted, pl2, "I might have a spare Diggory chip, I'll look when they're up");
        say(10, "20:00", sdFirst, rhian, "'Atkinsii' tall as ever, 20cm (pic)");
        Post pg = say(11, "09:00", sdFirst, prue, "'Godfrey Owen', six outers, one of my favourites (pic)");
        re(11, "09:15", clive, pg, "six petals? it's showing off");
        say(12, "13:00", sdChat, oliver, "10% off anything on the new list till Sunday with code SNOW10 "
                + "https://brandbulbs.example/snowdrops-2030");
        say(12, "13:30", sdChat, sunita, "tempted, but my husband's counting the pots");
        Post cq1 = say(13, "10:00", sdChat, clive, "serious question: does anyone actually sniff them? some are meant to smell of honey");
        re(13, "10:20", rhian, cq1, "'S. Arnott' does, bring a few stems indoors and it fills the room");
        re(13, "10:30", prue, cq1, "and 'Sutton Courtenay'. get down low on a sunny day");
        // W04
        Post rl2 = say(15, "10:00", sdSales, rhian, "Lifting today, all the reserved Atkinsii and Arnott go in the post tomorrow");
        say(16, "11:00", sdChat, oliver, "glad the frost's gone, we're lifting orders all week");
        Post ga = say(17, "10:00", sdFirst, gemma, "Atkinsii from Rhian arrived this morning, look at the size of them (pic)");
        ga.react("❤️", sunita);
        re(17, "10:05", gemma, rl2, "@Rhian Lloyd they came, thank you! will they be ok in a pot this year or should they go "
                + "straight in the ground?");
        say(18, "19:00", sdChat, rhian, "who's going to the Shepton Mallet snowdrop fair on 2 Feb? car share?");
        say(18, "19:20", sdChat, clive, "me, if someone stops me spending the mortgage");
        say(18, "19:30", sdChat, prue, "I'll be on a stand, come and say hello");
        Post sq3 = say(19, "11:00", sdId, sunita, "fun one: why do some go pink at the tips in the cold?");
        Post ta4 = re(19, "11:30", ted, sq3, "it's the cold, the same pigment as autumn leaves. 'Trym' does it a lot, it fades once it "
                + "warms");
        re(19, "11:40", sunita, ta4, "nature's blush, thank you");
        Post cf = say(20, "12:00", sdFirst, clive, "finally! first flower here, three weeks after Ted, as usual (pic)");
        cf.react("🎉", ted, gemma, prue);
        re(20, "12:10", ted, cf, "worth the wait");
        Post pl3 = say(21, "09:00", sdSales, prue, "Last call on 'Trym' and 'Lapwing', then I'm done till next year");
        Post sb2 = re(21, "09:30", sunita, pl3, "I'll have Lapwing if it's still there");
        re(21, "09:40", prue, sb2, "it is, DM'd you");
    }

    private void roses() {
        // W02
        say(1, "09:00", hrNews, annette, "Happy new year from all of us at Hedgerow! Bare-root dispatch runs every weekday until "
                + "mid March. New year offer: 10% off orders of 5 or more roses till 20 Jan "
                + "https://hedgerowroses.example/bare-root");
        Post jq1 = say(1, "10:00", hrClinic, jas, "my first bare-root roses come Thursday. do I soak them before planting, and for how "
                + "long?");
        Post la1 = re(1, "10:30", lottie, jq1, "yes, soak the roots in a bucket for 2 to 12 hours, no longer. if the ground's frozen, "
                + "keep them in the box somewhere cool and plant when it thaws");
        re(1, "10:40", jas, la1, "thank you Lottie");
        Post dq1 = say(2, "11:00", hrOrders, derek, "@Sam Okafor can I move my delivery to next week? we're away till Sunday. order HR-2107");
        Post sa1 = re(2, "11:40", sam, dq1, "no problem Derek, moved to Tuesday the 15th");
        re(2, "11:45", derek, sa1, "perfect, thanks");
        Post eo = say(3, "09:00", hrShed, elif, "snow on the obelisk this morning (pic)");
        Post mq1 = re(3, "09:20", maureen, eo, "what a lovely obelisk, where's it from?");
        re(3, "09:40", elif, mq1, "@Bryn Hughes made it!");
        Post ba1 = re(3, "10:10", bryn, mq1, "ha, that's one of mine. I make them from coppiced hazel, a few are on my shop if you "
                + "want one: https://bryncoppice.example/obelisks");
        re(3, "10:20", maureen, ba1, "gorgeous, bookmarked");
        Post jq2 = say(4, "14:00", hrClinic, jas, "roses arrived! one has a broken cane, is that a problem?");
        Post la2 = re(4, "14:30", lottie, jq2, "just cut it back below the break to an outward-facing bud. if the graft union's damaged, "
                + "tell @Sam Okafor and we'll replace it");
        re(4, "14:35", jas, la2, "union's fine, phew");
        Post jq3 = say(5, "10:00", hrClinic, jas, "how deep do I plant them? the label doesn't say");
        Post la3 = re(5, "10:20", lottie, jq3, "graft union 5cm below the soil, about two fingers. firm in with your heel and water, "
                + "even in winter");
        re(5, "10:25", jas, la3, "planted! thank you so much");
        say(6, "12:00", hrShed, derek, "anyone else's garden a swamp? I'm not planting anything till March at this rate");
        say(6, "12:15", hrShed, elif, "clay here, same. mine are heeled in in a trough");
        Post at = say(7, "17:00", hrShed, annette, "we planted 400 in the trial beds this week, the team is broken, thank you all for the "
                + "orders");
        at.react("👏", maureen, jas);
        // W03
        say(8, "09:00", hrNews, annette, "New for 2030: the 'Lady of the Lake' rambler and two new English shrub roses, photos and "
                + "descriptions here https://hedgerowroses.example/new-for-2030");
        Post mq2 = say(8, "10:00", hrClinic, maureen, "my 'Gertrude Jekyll' has black spot on the old leaves that are still hanging on. strip "
                + "them now?");
        Post la4 = re(8, "10:40", lottie, mq2, "yes, strip them and bin them, not the compost. clear the fallen ones too and mulch, it "
                + "breaks the cycle");
        re(8, "10:45", maureen, la4, "thanks Lottie");
        Post mq3 = say(9, "18:30", hrOrders, maureen, "@Sam Okafor order HR-2231 was due Tuesday and nothing's come. could you check?");
        re(10, "09:15", lottie, mq3, "Sam's on the packing bench all week so I've looked: it went out yesterday and sat "
                + "overnight at the courier's hub, it's due today. sorry Maureen");
        say(10, "15:00", hrOrders, maureen, "it's here! all healthy");
        re(10, "16:00", sam, mq3, "sorry for the wait Maureen, glad it made it");
        Post jq4 = say(11, "10:00", hrClinic, jas, "should I prune the new ones now or leave them?");
        Post la5 = re(11, "10:20", lottie, jq4, "we pruned them before dispatch, so leave them this year. next February cut back by a "
                + "third");
        re(11, "10:25", jas, la5, "ok, leaving them alone!");
        Post jq5 = say(12, "14:00", hrClinic, jas, "last one I promise: the climber, do I tie it in now?");
        Post aa1 = re(12, "14:30", annette, jq5, "never a last one, ask away! tie the long canes in as flat as you can, horizontal canes "
                + "give you more flowers");
        re(12, "14:40", jas, aa1, "horizontal, got it. you lot are so patient");
        Post dd = say(13, "11:00", hrShed, derek, "delivery came Tuesday as promised, four roses in, the dog supervised");
        dd.react("😄", sam, elif);
        re(13, "11:20", bryn, dd, "did the dog dig them up after?");
        say(13, "11:25", hrShed, derek, "only one");
        Post em = say(14, "16:00", hrShed, elif, "me: I have no space for more roses. also me: adds 3 to basket");
        em.react("😂", maureen, annette);
        // W04
        say(15, "10:00", hrNews, annette, "Last week of the new year offer: 10% off 5 or more roses ends Sunday "
                + "https://hedgerowroses.example/bare-root");
        Post dq2 = say(15, "18:00", hrOrders, derek, "@Sam Okafor one of the four roses from HR-2107 has no buds at all on the canes. is it "
                + "dead? should I send it back?");
        Post sd = say(16, "09:00", hrOrders, sam, "dispatch update: everything ordered before the 14th has gone out, thanks for your "
                + "patience everyone");
        re(16, "09:30", elif, sd, "mine came yesterday, lovely plants");
        Post pb = say(17, "12:00", hrShed, sam, "packing bench view today, 600 roses in one morning (pic)");
        re(17, "12:10", bryn, pb, "that's a lot of twine");
        say(17, "15:00", hrShed, bryn, "new batch of hazel obelisks done, 6 tall ones are up on the shop "
                + "https://bryncoppice.example/obelisks");
        say(18, "10:00", hrOrders, derek, "any news on the rose with no buds? (HR-2107)");
        Post eq1 = say(18, "14:00", hrClinic, elif, "planting into clay, should I add grit?");
        Post la6 = re(18, "14:30", lottie, eq1, "plenty of organic matter rather than grit, and don't dig a deep hole in clay, water sits "
                + "in it like a sump. mycorrhizal powder on the roots if you like");
        re(18, "14:35", elif, la6, "brilliant, thanks Lottie");
        re(19, "11:00", jas, eq1, "@Elif Demir I did that with mine last week, the powder was about a fiver at the garden "
                + "centre");
        Post sa2 = re(20, "09:00", sam, dq2, "sorry Derek, missed this in the rush. buds are tiny on bare-root in January: scratch the "
                + "cane with a nail, green under the bark means it's alive. if it's brown send a pic and "
                + "we'll replace it");
        re(20, "10:00", derek, sa2, "green! thanks Sam");
        Post mb = say(21, "16:00", hrShed, maureen, "first buds swelling on the Gertrude! spring's coming");
        re(21, "16:10", annette, mb, "lovely, thanks for sharing Maureen");
    }

    private void chillies() {
        // W02
        Post bq1 = say(1, "19:00", chSow, bea, "anyone got a sowing timetable? I always start the superhots too late");
        Post tsh = re(1, "19:30", tariq, bq1, "I made a sheet last year that works back from your last frost date, free to copy: "
                + "https://docs.google.com/spreadsheets/d/chillisowing2030/copy");
        re(1, "19:40", bea, tsh, "oh that's perfect, thank you Tariq");
        say(1, "20:00", chSow, kez, "using it too, it's good");
        Post nq1 = say(2, "18:00", chHot, nell, "one does not simply germinate a carolina reaper in january?? or does one");
        Post ra1 = re(2, "18:20", raf, nq1, "one does, with a heat mat at 28 and the patience of a saint. 2 to 4 weeks");
        re(2, "18:25", nell, ra1, "patience. right. i have none");
        say(3, "20:00", chLog, raf, "Episode 1 of my 2030 grow is up: sowing 20 varieties, heat mat setup, the lot. Like and "
                + "subscribe if you fancy following along! https://youtube.example/watch?v=rafgrows2030e1");
        say(3, "20:05", chSow, raf, "new grow series starting, ep1 here, subscribe to follow along "
                + "https://youtube.example/watch?v=rafgrows2030e1");
        say(3, "20:10", chHot, raf, "made a video lol, be kind https://youtube.example/watch?v=rafgrows2030e1");
        Post bw = say(3, "20:30", chHot, bea, "watched it, your heat mat cable management is a crime");
        re(3, "20:35", raf, bw, "it's rustic");
        Post wq1 = say(4, "10:00", chPest, wojtek, "seedlings from last week keeling over at the base. dead?");
        Post ka1 = re(4, "10:30", kez, wq1, "damping off. bin those, fresh compost, water from below and a fan on low. cinnamon on "
                + "the surface helps some people");
        re(4, "10:40", wojtek, ka1, "thanks");
        Post tp = say(5, "19:00", chSow, tariq, "5 days in the propagator at 27 degrees and the first hooks are showing on the Aji "
                + "Charapita (pic)");
        tp.react("🔥", bea, raf);
        say(6, "12:00", chHot, kez, "made fermented habanero sauce, my partner cried, 10/10");
        say(6, "12:10", chHot, nell, "10/10 cried");
        Post bl1 = say(7, "15:00", chLog, bea, "Bea's 2030 log, week 1: 12 varieties sown, 3 up, Fatalii doing nothing as usual (pic)");
        re(7, "15:20", raf, bl1, "Fatalii always makes you wait");
        // W03
        Post kq1 = say(8, "19:00", chSow, kez, "my Rocoto seeds have been on the mat 3 weeks and nothing. are they just slow or did I "
                + "cook them?");
        Post ra2 = re(8, "19:40", raf, kq1, "Rocotos hate heat. take them off the mat, 20 degrees, they'll come");
        re(8, "19:45", kez, ra2, "ahh that explains it, cheers");
        Post nq2 = say(9, "10:00", chPest, nell, "tiny black flies everywhere round my seed trays, help??");
        Post ka2 = re(9, "10:20", kez, nq2, "fungus gnats. let the top dry out between waterings, yellow sticky traps, and a thin "
                + "layer of sand on top stops them laying");
        re(9, "10:30", nell, ka2, "sand!! thank you kez");
        Post kq2 = say(10, "19:00", chSow, kez, "pot on at the first true leaves or wait for the second set?");
        Post ba1 = re(10, "19:20", bea, kq2, "first true leaves, the roots are big by then");
        re(10, "19:25", kez, ba1, "ta");
        say(10, "21:00", chLog, raf, "ep2 is up, seedling care and my sad Rocotos "
                + "https://youtube.example/watch?v=rafgrows2030e2");
        Post tq1 = say(11, "12:00", chPest, tariq, "aphids on my overwintered Aji on the windowsill. soap spray or squish?");
        Post ka3 = re(11, "12:30", kez, tq1, "squish the few, then soap spray every 3 days for two weeks. check under the leaves");
        re(11, "12:35", tariq, ka3, "squishing commenced");
        Post kq3 = say(12, "20:00", chSow, kez, "what lights are people using? my seedlings are leggy as");
        Post ta1 = re(12, "20:20", tariq, kq3, "cheap LED shop light 5cm above the tops, 16 hours a day. legginess gone in a week");
        re(12, "20:25", kez, ta1, "ordering one");
        Post wq2 = say(13, "18:00", chPest, wojtek, "leaves going yellow from the bottom up on the older plant");
        re(13, "18:30", kez, wq2, "nitrogen probably, or overwatering in winter. let it dry out, then a weak feed");
        Post tb = say(14, "19:00", chHot, tariq, "@Bea Lund you have to see this, ripe reaper pods on a windowsill plant in January?? "
                + "(pic)");
        tb.react("😍", bea, nell);
        // W04
        Post wq3 = say(15, "18:00", chPest, wojtek, "the yellow plant: let it dry, now it's dropping leaves. bad?");
        Post ba2 = re(15, "18:30", bea, wq3, "winter leaf drop is normal on an old plant, it'll push new ones when it warms up. don't "
                + "panic-water");
        re(15, "18:35", wojtek, ba2, "ok");
        Post bl3 = say(16, "19:00", chLog, bea, "log week 3: Fatalii finally up!! (pic)");
        bl3.react("🎉", wojtek, raf, kez);
        Post wq4 = say(17, "19:00", chSow, wojtek, "when do I move seedlings off the heat mat?");
        Post ra3 = re(17, "19:30", raf, wq4, "once most are up with the seed leaves open. leave them on and they stretch");
        re(17, "19:35", wojtek, ra3, "thanks");
        Post nu = say(18, "12:00", chHot, nell, "update: i have patience now. 2 reapers up after 19 days");
        nu.react("🎉", raf, tariq);
        re(18, "12:10", raf, nu, "told you");
        Post wq5 = say(19, "10:00", chPest, wojtek, "new seedlings have white fuzz on the compost");
        Post ba3 = re(19, "10:15", bea, wq5, "usually harmless mould, more airflow and a dusting of cinnamon");
        re(19, "10:20", wojtek, ba3, "thx");
        say(20, "16:00", chHot, kez, "chilli jam batch 2, the house smells like a chemical weapons test");
        say(20, "16:05", chHot, tariq, "invite me next time");
        say(21, "19:00", chLog, raf, "ep3: potting on, and the LED shop light Tariq told us about "
                + "https://youtube.example/watch?v=rafgrows2030e3");
    }

    private void giants() {
        // W02
        Post mq1 = say(1, "18:00", gvGrow, marcus, "first year having a go at a big onion for the village show. which seed do people start "
                + "with?");
        Post la1 = re(1, "18:40", len, mq1, "Kelsae's the one, every big onion in the country is Kelsae. I sell seed from my 2029 "
                + "show winner, £6 for 10 in #seed-bank, but any good Kelsae strain will do you fine for a "
                + "first go. sow now at 16 degrees under lights");
        re(1, "18:45", marcus, la1, "cheers Len, I'll grab some");
        say(2, "09:00", gvGrow, gary, "Atlantic Giant seeds from my 904kg pumpkin, only 40 packs this year, £25 each "
                + "https://tullgiants.example/seeds");
        say(2, "09:30", gvShed, stan, "morning all, -4 here, heaters on in the greenhouse");
        Post cq1 = say(2, "09:40", gvShed, carys, "paraffin or electric, Stan?");
        re(2, "10:00", stan, cq1, "electric with a thermostat. paraffin gives off fumes the onions hate");
        Post ls = say(3, "12:00", gvSeed, len, "Kelsae from my 2029 winner (11lb 2oz), 10 seeds £6 posted. Lancashire leek pips in March");
        Post mb = re(3, "12:20", marcus, ls, "one pack please Len");
        re(3, "12:30", len, mb, "posting tomorrow");
        Post gs2 = say(4, "19:00", gvShed, gary, "still a few packs of the 904 seed left, get them before they go "
                + "https://tullgiants.example/seeds");
        Post fq1 = re(4, "19:20", femi, gs2, "how's the germination on those Gary? last year's from someone else were duds");
        re(4, "19:40", gary, fq1, "98% in my trials, I test every batch");
        Post fq2 = say(5, "20:00", gvGrow, femi, "pumpkin people, when are you sowing? I did mid April last year and ran out of season");
        Post sa1 = re(5, "20:30", stan, fq2, "last week of April on a heat mat, in the ground by late May under a cold frame");
        re(5, "20:35", femi, sa1, "thanks Stan");
        Post gs3 = say(6, "10:00", gvShows, gary, "if you're growing for Malvern this year you'll want the right genetics, 904 seed still "
                + "available https://tullgiants.example/seeds");
        re(6, "10:30", dot, gs3, "the Malvern schedule's not out till next week Gary, but noted");
        Post co = say(7, "11:00", gvShed, carys, "onion seed up on the heat mat, 9 of 10! (pic)");
        co.react("🔥", stan, len);
        // W03
        say(8, "09:00", gvShows, dot, "Harrogate Spring Show giant veg schedule is out, entries close 31 Jan: "
                + "https://harrogatespring.example/giant-veg-schedule");
        Post mq2 = say(8, "10:00", gvGrow, marcus, "onion seed's up, 7 of 10. how long under the lights each day?");
        Post sa2 = re(8, "10:30", stan, mq2, "16 hours, lights close, keep them at 16 degrees. don't overwater");
        re(8, "10:35", marcus, sa2, "ok thanks");
        Post cq2 = say(9, "19:00", gvGrow, carys, "is this cold snap going to hurt onions in an unheated greenhouse?");
        Post ma1 = re(9, "19:20", marcus, cq2, "from what Stan said the other day they're fine down to a couple of degrees if they're "
                + "dry. I've bubble-wrapped the inside of my greenhouse, made a big difference");
        re(9, "19:40", carys, ma1, "bubble wrap! good idea, thanks Marcus");
        Post mq3 = say(10, "18:00", gvGrow, marcus, "leaves flopping over at the tips, is that normal?");
        Post sa3 = re(10, "18:20", stan, mq3, "yes, trim the tips with scissors to keep them upright, every big onion man does it");
        re(10, "18:25", marcus, sa3, "trimming, ta Stan");
        say(11, "09:00", gvShows, dot, "Reminder: Harrogate entries close 31 Jan, the forms are on the schedule page "
                + "https://harrogatespring.example/giant-veg-schedule");
        Post fq3 = say(11, "12:00", gvSeed, femi, "@Gary Tull what was the cross on the 904? before I buy");
        Post ga1 = re(11, "12:40", gary, fq3, "904 Tull x 1810 Holland. vigorous, good orange colour. happy to answer anything else");
        re(11, "12:45", femi, ga1, "sold, sending payment now");
        Post mq4 = say(12, "15:00", gvGrow, marcus, "should I feed the onions yet?");
        Post sa4 = re(12, "15:30", stan, mq4, "not yet, wait till you pot on in Feb, then a weak high-nitrogen feed");
        re(12, "15:35", marcus, sa4, "will wait");
        say(13, "11:00", gvShed, len, "potted the onions into 3 inch pots, they're flying");
        say(13, "11:10", gvShed, carys, "mine are a week behind yours");
        say(14, "10:00", gvShows, dot, "Harrogate: under two weeks left, 14 of our members entered so far. schedule and forms: "
                + "https://harrogatespring.example/giant-veg-schedule");
        // W04
        Post fq4 = say(15, "19:00", gvGrow, femi, "how big a pot for the first pumpkin move?");
        re(15, "19:30", gary, fq4, "straight into a 5 litre from the seed pot, they hate being moved twice");
        Post sg = say(16, "12:00", gvShed, stan, "my grandson asked if the big onions are for eating. I said \"once\"");
        sg.react("😂", carys, dot, femi);
        say(17, "18:00", gvGrow, len, "for the onion people: if your seedlings look pale, warmth and light before feed");
        say(18, "10:00", gvSeed, len, "Kelsae all gone, thank you all. leek pips from March");
        Post dr = say(19, "14:00", gvShows, dot, "results from the Cumbria winter show: Len 2nd in the pot leeks, well done!");
        dr.react("👏", stan, marcus, carys);
        re(19, "14:10", len, dr, "thanks Dot, beaten by a better leek");
        Post mk = say(20, "11:00", gvShed, marcus, "my onion seedling has a name now, Kevin. 9 inches");
        re(20, "11:05", carys, mk, "Kevin will win Harrogate");
        say(21, "17:00", gvShed, femi, "Gary's seeds in the propagator, fingers crossed");
    }

    private void flowers() {
        // W02
        joins(1, "07:00", fvOff, grace);
        say(1, "08:00", fvGrow, hattie, "sweet peas sown in root trainers, 400 of them, the mice are already circling");
        Post hm = say(1, "08:15", fvGrow, ivy, "mouse traps baited with chocolate, works better than peanut butter");
        re(1, "08:20", hattie, hm, "chocolate, noted");
        Post gq1 = say(1, "12:00", fvOrders, grace, "anyone have foliage for a 12 Jan wedding? need 10 bunches of something silvery");
        Post pa1 = re(1, "13:00", paula, gq1, "I've got Eucalyptus gunnii coming out of my ears, 10 bunches at £6, I can drop them to "
                + "you Friday");
        re(1, "13:10", grace, pa1, "yes please!");
        Post nl = say(2, "19:00", fvSwap, nico, "Dahlia tubers for growers: Cafe au Lait, Labyrinth, Penhill Watermelon, £4 each, min 10. "
                + "list here https://ferrisflowers.example/tubers-2030");
        Post in1 = re(2, "19:30", ivy, nl, "I'll take 10 Labyrinth");
        re(2, "19:40", nico, in1, "done");
        Post hq1 = re(2, "20:00", hattie, nl, "10 Cafe au Lait please. are they from your own stock or bought in?");
        re(2, "20:20", nico, hq1, "own stock, lifted in November, divided last week");
        Post iq1 = say(3, "10:00", fvGrow, ivy, "what are people charging florists per stem for ranunculus this spring? I was at 90p");
        re(3, "10:30", hattie, iq1, "£1 for the long ones, 80p for seconds. costs went up");
        re(3, "10:40", nico, iq1, "same, £1");
        Post gw = say(7, "15:00", fvOff, grace, "wedding done! the eucalyptus from @Paula Reyes was perfect, the bride cried (good cry)");
        re(7, "15:10", paula, gw, "so glad, thank you!");
        Post hq2 = say(5, "09:00", fvGrow, hattie, "anyone grown tulip 'Belle Epoque Double'? worth planting for cut?");
        re(5, "09:30", ivy, hq2, "gorgeous, weak stems though, grow it under netting");
        Post pq1 = say(6, "11:00", fvOrders, paula, "growers: who'll have anemones first? I've got a Valentine's order");
        re(6, "11:30", ivy, pq1, "mine from mid Feb in the tunnel, I'll message you");
        Post nw = say(7, "14:00", fvOff, nico, "muddiest week of my life, lost a welly in the dahlia field");
        re(7, "14:10", ivy, nw, "the field takes one welly a year");
        // W03
        joins(8, "09:00", fvOff, dom);
        Post di = say(8, "09:10", fvOff, dom, "hi all, I'm Dom, florist in Ludlow, mostly funeral and sympathy work, trying to buy more "
                + "local");
        re(8, "09:30", ivy, di, "welcome Dom!");
        Post hq3 = say(8, "19:00", fvGrow, hattie, "has anyone costed heating a tunnel for early stocks? my electric bill is scaring me");
        Post na1 = re(8, "19:20", nico, hq3, "fleece, and a paraffin heater on frost nights only. about £40 a month");
        re(8, "19:30", hattie, na1, "cheaper than I thought, thanks");
        Post il = say(9, "08:00", fvGrow, ivy, "lisianthus sown, one seed per cell, tiny as dust");
        Post hc = re(9, "08:10", hattie, il, "I use a damp cocktail stick to pick them up");
        re(9, "08:20", ivy, hc, "genius");
        say(9, "10:00", fvDm, nico, "Hi Dom, Nico from Ferris Flowers. I can do you 200 dahlia stems a week July to October, "
                + "90p a stem delivered to Ludlow. Book your weekly slot by the end of the month and I'll "
                + "hold it: https://ferrisflowers.example/florist-subscriptions");
        Post gq2 = say(9, "12:00", fvOrders, grace, "Does anyone have early tulips for an 8 Feb wedding? about 150 stems, white or blush");
        Post dq1 = say(9, "13:00", fvOrders, dom, "and is anyone growing scented narcissus I could have in March? 50 stems a week");
        say(9, "18:00", fvDm, dom, "thanks Nico, I'll keep you in mind. dahlias aren't really a funeral flower though");
        Post ht = say(10, "10:00", fvGrow, hattie, "tulips in the tunnel are through, 6 inches already (pic)");
        Post it = re(10, "10:20", ivy, ht, "way ahead of mine");
        re(10, "10:30", hattie, it, "the tunnel's doing the work, I just stand in it");
        Post nq1 = say(11, "09:00", fvGrow, nico, "what's everyone using for tulip buckets? the plastic ones keep cracking");
        re(11, "09:20", hattie, nq1, "the square florist buckets from the wholesaler, they stack");
        Post ia1 = re(11, "11:00", ivy, dq1, "I'll have Paperwhite and 'Geranium' from March, maybe 30 a week, I can message you");
        re(11, "11:10", dom, ia1, "that would be great, thanks Ivy");
        Post hq4 = say(12, "17:00", fvGrow, hattie, "growers: do you charge florists for delivery or build it into the stem price?");
        re(12, "17:20", nico, hq4, "built in within 20 miles, £5 beyond");
        re(12, "17:30", ivy, hq4, "same but 10 miles");
        say(12, "17:40", fvGrow, hattie, "ok, 15 miles it is, thank you both");
        Post hh = say(13, "14:00", fvGrow, hattie, "packed 30 bunches of early hellebores for the market, my back");
        re(13, "14:10", ivy, hh, "hot bath, you've earned it");
        Post hmt = say(14, "10:00", fvOff, hattie, "@Ivy Mercer are you still up for the flower farm meet-up in Hereford on the 2nd?");
        Post im = re(14, "10:30", ivy, hmt, "yes! I'll drive");
        re(14, "10:35", hattie, im, "perfect, I'll bring the flasks");
        // W04
        Post ha1 = re(15, "08:00", hattie, gq2, "sorry Grace, only just seen this! I've got white and blush tulips in the tunnel, 150 for "
                + "8 Feb is doable, £1 a stem. shall I hold them?");
        re(15, "09:00", grace, ha1, "yes please, you're a lifesaver");
        Post pq2 = say(16, "12:00", fvOrders, paula, "anyone got spare pussy willow? £2 a bunch, I need 20 for a shop window");
        re(16, "12:30", nico, pq2, "I've got loads, will cut tomorrow");
        Post hq5 = say(17, "10:00", fvGrow, hattie, "tulip fire on a few leaves. pull them all?");
        re(17, "10:20", ivy, hq5, "pull and bin them, don't compost. new ground for tulips next year");
        Post dl = say(18, "14:00", fvOff, dom, "first local stems in the shop this week, hellebores from @Hattie Lowe, customers love "
                + "them");
        re(18, "14:20", hattie, dl, "that makes my week Dom, thank you");
        say(19, "11:00", fvSwap, nico, "dahlia tuber orders all posted, thank you growers");
        Post gt = say(20, "15:00", fvOff, grace, "test tulips from Hattie arrived for the bride to see, she said yes to the blush");
        re(20, "15:10", hattie, gt, "hooray!");
        say(21, "10:00", fvOff, ivy, "frost again, is anyone else going mad waiting for spring");
        say(21, "10:20", fvOff, paula, "my shop smells of hyacinths, it's helping");
    }

    private void bogs() {
        // W02
        Post aq1 = say(1, "19:00", cpHelp, amit, "my venus flytrap has gone black and floppy since christmas, is it dying? (pic)");
        Post jq1 = re(1, "19:30", jo, aq1, "could be dormancy, could be rot. @Amit Bose what's it potted in, and is it in a warm "
                + "room?");
        Post fa1 = re(2, "09:00", felix, aq1, "flytraps need a cold winter, 0 to 10 degrees: a cold windowsill or an unheated porch. "
                + "black traps in winter are normal, just snip them off. if you're ever near Kendal we've "
                + "an open day on 19 Jan, come and see ours asleep");
        re(2, "09:10", amit, fa1, "thank you! moving it to the porch");
        Post lp = say(2, "20:00", cpSwamp, lukas, "counted my pots over christmas: 412. my wife says that's a number you tell a doctor");
        lp.react("😂", jo, rosa, mei);
        Post aq2 = say(3, "18:00", cpHelp, amit, "it's in the porch now but there are little white things on the soil");
        Post ha1 = re(3, "18:30", harriet, aq2, "probably perlite! if they move, that's a different story. a pic would help");
        re(3, "18:40", amit, ha1, "oh yeah it's perlite lol thanks");
        say(4, "12:00", cpDorm, mei, "sarracenias in the fridge this year, bags labelled, my flatmate is thrilled");
        say(4, "12:10", cpDorm, rosa, "the annual fridge negotiations");
        Post mq1 = say(5, "19:00", cpHelp, mei, "my sarracenia in the fridge has grey fuzz on one rhizome. cut it off?");
        Post fa2 = re(5, "19:30", felix, mq1, "botrytis. cut back to clean white tissue, dust with sulphur, more air round the bag. "
                + "we've plenty of healthy sarracenia at the open day on the 19th if you lose it: "
                + "https://ormecarnivores.example/open-day");
        re(5, "19:40", mei, fa2, "thank you, surgery tonight");
        Post aq3 = say(6, "10:00", cpHelp, amit, "can I feed it dried mealworms while it's dormant?");
        Post ja1 = re(6, "10:30", jo, aq3, "no feeding in dormancy, it can't digest. wait for spring");
        re(6, "10:35", amit, ja1, "ok thanks");
        Post rq1 = say(7, "20:00", cpSwamp, rosa, "nobody: / me at 2am: why does my sundew look like it's crying glitter (pic)");
        Post ha2 = re(7, "20:20", harriet, rq1, "that's the dew! it means it's happy");
        re(7, "20:25", rosa, ha2, "happy glitter crying, same");
        // W03
        Post fs = say(8, "19:00", cpSales, felix, "Nursery surplus at member prices: S. purpurea £8, S. flava £12, Drosera capensis £4. "
                + "Collect at the open day on the 19th or post from March");
        Post hb = re(8, "19:20", harriet, fs, "I'll have a flava please");
        re(8, "19:30", felix, hb, "yours, I'll label it");
        Post lp2 = say(9, "12:00", cpSwamp, lukas, "6 more pots came in the post. 418");
        re(9, "12:10", jo, lp2, "@Lukas Feld you and your 418 pots?");
        re(9, "12:15", rosa, lp2, "418 is a lifestyle");
        say(10, "19:00", cpDorm, harriet, "porch thermometer says -2. the flytraps are fine, I'm not");
        say(10, "19:10", cpDorm, mei, "the plants are tougher than we are");
        Post rq2 = say(11, "18:00", cpHelp, rosa, "anyone know why my nepenthes pitchers dry up before they open?");
        Post la1 = re(11, "18:30", lukas, rq2, "humidity, it's the central heating. a tray of wet gravel under it, or a clear bag over "
                + "it for a week");
        re(11, "18:40", rosa, la1, "bag going on, thank you Lukas");
        Post aj = re(12, "11:00", amit, jq1, "@Jo Pennick forgot to say, it's in the peat and perlite from the garden centre, and the "
                + "porch is about 5 degrees");
        re(12, "11:30", jo, aj, "perfect, that's exactly right, it'll be happy");
        Post mr = say(13, "15:00", cpSwamp, mei, "the fuzzy rhizome survived surgery, tiny new growth point!");
        mr.react("🙌", felix, harriet);
        // W04
        Post hq1 = say(15, "19:00", cpHelp, harriet, "seed from my drosera, when do I sow it?");
        re(15, "19:30", felix, hq1, "now, on damp peat, bright and warm. capensis comes up in a couple of weeks");
        Post mo = say(19, "16:00", cpSwamp, mei, "finally sorted my photos from Felix's open day last Saturday, the bog garden in frost "
                + "was magic (pic)");
        mo.react("❤️", felix, rosa, jo);
        re(19, "16:20", felix, mo, "so lovely to meet you, and thank you for coming all that way");
        Post aq4 = say(20, "10:00", cpSwamp, amit, "flytrap's showing tiny new traps already?? is that too early?");
        Post ja2 = re(20, "10:30", jo, aq4, "a bit early, probably a touch warm. it'll be fine");
        re(20, "10:35", amit, ja2, "ok, moving it further from the door");
        Post ls = say(21, "12:00", cpSales, lukas, "rehoming 20 pots (shh, don't tell my wife): Drosera and Pinguicula, £3 to £6, list below");
        re(21, "12:10", jo, ls, "say no more, I'll take the pings");
    }

    private void tunnels() {
        // W02
        Post rq1 = say(1, "08:00", ptBuild, ray, "Friday's storm put a 30cm tear in my cover by the door. tape it or replace?");
        Post ga1 = re(1, "08:40", gwen, rq1, "tape it both sides with proper polythene repair tape, any brand, on a dry day. a 30cm "
                + "tear on a cover under 5 years old is a patch job, don't replace it");
        re(1, "08:45", ray, ga1, "thank you, a dry day might be March");
        Post ab = say(2, "19:00", ptSow, anna, "sowed broad beans in modules in the tunel, 48 of them. also onion sets");
        Post nq1 = say(2, "19:05", ptSow, nigel, "anna did u do the beans in cells or root trainers?");
        say(2, "19:10", ptSow, tess, "early peas for shoots here");
        re(2, "19:15", anna, nq1, "cells, deep ones");
        Post tq1 = say(2, "19:20", ptSow, tess, "anyone tried pea shoots in gutters?");
        re(2, "19:30", nigel, tq1, "yes, you slide them straight into a trench in march, brilliant");
        Post cq1 = say(3, "10:00", ptBuild, colin, "how do people stop the door slamming in the wind?");
        Post gc = re(3, "10:30", gwen, cq1, "a hook and eye at the top and a brick at the bottom does it, or a gas strut if you want "
                + "to be fancy");
        re(3, "10:35", colin, gc, "thanks");
        Post fs = say(4, "12:00", ptTalk, ffion, "winter salad in the tunnel is the only reason I'm sane: mizuna, claytonia, land cress "
                + "(pic)");
        fs.react("🌿", anna, tess);
        Post nq2 = say(5, "18:00", ptBuild, nigel, "anti-hotspot tape on the hoops, worth doing before reskinning?");
        Post gn = re(5, "18:30", gwen, nq2, "always, it doubles a cover's life. the foam one, not the paint-on");
        re(5, "18:35", nigel, gn, "foam it is");
        Post tf = say(6, "09:00", ptTea, tess, "frost on the inside of the tunnel this morning, bit much");
        re(6, "09:10", ray, tf, "bubble wrap curtains Tess, very chic");
        say(7, "15:00", ptTalk, anna, "garlic up in the tunel beds, looking better than the outside ones (pic)");
        // W03
        Post ta = say(8, "09:00", ptTea, tess, "off to the Seedy Saturday fair and then my sister's, away till Friday, back with too "
                + "many seeds");
        re(8, "09:10", ffion, ta, "have fun! buy me something odd");
        Post fq1 = say(9, "18:00", ptSow, ffion, "@Tess Harland when you're back, what did you pay for that microgreen mix you mentioned? "
                + "I want some");
        Post rq2 = say(10, "12:00", ptBuild, ray, "ok, the tape lasted 10 days. @Gwen Ashdown how much would a new 6x12 skin be from you, "
                + "and do you fit?");
        Post ga2 = re(10, "12:40", gwen, rq2, "a 6x12 in 800 gauge anti-fog is £189 with free delivery, details here "
                + "https://tunnelskin.example/covers/6x12 . we don't fit, but I'll talk you through it: two "
                + "people and no wind");
        re(10, "12:50", ray, ga2, "ordering, and I'll hold you to that talk-through");
        Post aq1 = say(11, "19:00", ptBuild, anna, "my door frame has rotted at the bottm, repair or new?");
        Post ga3 = re(11, "19:30", gwen, aq1, "cut out the rot and scarf in new timber if it's only the bottom 20cm. treat it and it'll "
                + "go another 10 years");
        re(11, "19:40", anna, ga3, "ok will try, thx");
        Post nq3 = say(12, "10:00", ptBuild, nigel, "best way to trench a cover in? my last one pulled out");
        Post ga4 = re(12, "10:30", gwen, nq3, "30cm deep trench, fold the cover back on itself, backfill and stamp it down. or base "
                + "rails if your soil is stony");
        re(12, "10:35", nigel, ga4, "trench it is");
        Post cb = say(13, "16:00", ptTalk, colin, "first broad beans up in the tunnel");
        cb.react("👍", anna);
        Post ta2 = re(13, "17:00", tess, fq1, "back! £4.50 for 100g at the fair stall, I've got spare if you want some");
        re(13, "17:10", ffion, ta2, "yes please!");
        say(14, "11:00", ptTea, gwen, "my favourite part of this job: people sending pictures of what they grow under our "
                + "covers. keep them coming");
        // W04
        Post cq2 = say(15, "18:00", ptBuild, colin, "my tunnel's dripping condensation on everything, what do I do?");
        Post fa1 = re(15, "18:30", ffion, cq2, "open both doors on any dry day, even for an hour. and water in the morning, not the "
                + "evening");
        re(15, "18:35", colin, fa1, "ok thanks");
        say(16, "09:00", ptTalk, gwen, "January sale at TunnelSkin: 15% off all covers and repair kits till the 31st "
                + "https://tunnelskin.example/sale");
        Post cq3 = say(17, "19:00", ptSow, colin, "can I sow carrots in the tunnel now?");
        Post fa2 = re(17, "19:30", ffion, cq3, "early Nantes in a deep tray or straight in the bed, yes. fleece over them on cold nights");
        re(17, "19:35", colin, fa2, "thanks");
        say(18, "12:00", ptTea, gwen, "reminder, covers are 15% off for two more weeks if you're reskinning this spring "
                + "https://tunnelskin.example/sale");
        Post rs = say(18, "12:20", ptTea, ray, "new skin's on! 40 minutes with my son, no wind, Gwen's notes worked a treat");
        re(18, "12:30", gwen, rs, "brilliant, send a pic!");
        Post cq4 = say(19, "10:00", ptBuild, colin, "do I need to wash the cover? it's gone green on the outside");
        Post fa3 = re(19, "10:30", ffion, cq4, "yes, warm water and a soft broom, no detergent. you'll be amazed at the light");
        re(19, "10:35", colin, fa3, "ok");
        Post ar = say(20, "15:00", ptTalk, anna, "first radish in the tunel!! tiny but mine (pic)");
        ar.react("🎉", ffion, tess);
        re(20, "15:10", nigel, ar, "a January radish, you're a wizard Anna");
        say(21, "14:00", ptTea, tess, "sowed all the fair seeds, the windowsill is full, send help");
        say(21, "14:05", ptTea, ffion, "the microgreens are up!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes85Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 85");
    }
}
