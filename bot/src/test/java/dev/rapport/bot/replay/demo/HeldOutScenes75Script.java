package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 75 (sealed): eight communities of food, drink, markets and making things by hand, of kinds no
 * earlier round used (craft cider and perry makers, an independent butcher's own server with its Staff and its
 * customers, spice blenders and sellers with a room where home cooks ask and an importer who supplies the others,
 * home charcuterie curers where nobody sells, an indoor market hall's traders with a room where shoppers ask and the
 * market office, makers' fair organisers with a room where stallholders ask, mead makers with a beekeeper who sells
 * honey, ice-cream parlour owners with a base supplier's rep among them), over three ISO weeks (2029-W14 to W16),
 * written and labelled by writer75 (session 41) before any coach ran on them, with many borderline cases. The labels
 * are in {@code bot/src/test/resources/eval/held-out-scenes-75.csv}. Run {@link #main} from the project root to write
 * the export again.
 */
final class HeldOutScenes75Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2029, 4, 2);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2029, 4, 23, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-75";
    private static final int BASE = 58000;

    // --- A. craft cider and perry makers ---
    private final String cider = cast.guild(1031);
    private final Channel ciPress = cast.channel(cider, "Pomona Pressings", "press-house",
            "general chat for cider and perry makers", "ci-press-house.json");
    private final Channel ciHelp = cast.channel(cider, "Pomona Pressings", "ferment-help",
            "stuck ferments, off smells, sulphite, gravity readings: ask away", "ci-ferment-help.json");
    private final Channel ciSwaps = cast.channel(cider, "Pomona Pressings", "orchard-swaps",
            "scion wood, spare fruit, bottles and kit to swap or sell", "ci-orchard-swaps.json");
    private final Channel ciTasting = cast.channel(cider, "Pomona Pressings", "tasting-notes",
            "what you opened and what it was like", "ci-tasting-notes.json");
    private final Persona hamish = cast.person("hamish.orchard", "Hamish Greer");
    private final Persona bryony = cast.person("bryony.c", "Bryony Castell");
    private final Persona dev = cast.person("dev.perry", "Dev Raman");
    private final Persona ottilie = cast.person("ottilie.w", "Ottilie Ward");
    private final Persona gethin = cast.person("gethin.pomme", "Gethin Rees");
    private final Persona mirela = cast.person("mirela.k", "Mirela Kovač");

    // --- B. an independent butcher's own server ---
    private final String butcher = cast.guild(1032);
    private final Role bStaff = cast.role("Staff", "#a83232", 2);
    private final Channel buOrders = cast.channel(butcher, "Fenwick & Daughter", "order-desk",
            "orders, collections and questions for the shop", "bu-order-desk.json");
    private final Channel buNews = cast.channel(butcher, "Fenwick & Daughter", "shop-news",
            "this week's specials, opening hours, what's in from the farms", "bu-shop-news.json");
    private final Channel buCuts = cast.channel(butcher, "Fenwick & Daughter", "cuts-and-cooking",
            "which cut, how long, what temperature", "bu-cuts-and-cooking.json");
    private final Channel buChat = cast.channel(butcher, "Fenwick & Daughter", "the-queue",
            "chat while you wait", "bu-the-queue.json");
    private final Persona gordon = cast.person("gordon.fenwick", "Gordon Fenwick", bStaff);
    private final Persona ellie = cast.person("ellie.fenwick", "Ellie Fenwick", bStaff);
    private final Persona kwame = cast.person("kwame.counter", "Kwame Boateng", bStaff);
    private final Persona pauline = cast.person("pauline.m", "Pauline Mercer");
    private final Persona tobias = cast.person("tobias.h", "Tobias Hartley");
    private final Persona rajesh = cast.person("rajesh.curry", "Rajesh Nair");
    private final Persona lorna = cast.person("lorna.b", "Lorna Baxter");

    // --- C. spice blenders and sellers, and the cooks who ask them ---
    private final String spice = cast.guild(1033);
    private final Channel spAsk = cast.channel(spice, "The Spice Route", "ask-the-spice-people",
            "home cooks: ask the blenders and sellers anything", "sp-ask-the-spice-people.json");
    private final Channel spTrade = cast.channel(spice, "The Spice Route", "traders-table",
            "for the sellers and blenders among themselves", "sp-traders-table.json");
    private final Channel spRecipes = cast.channel(spice, "The Spice Route", "recipes",
            "what you cooked with what", "sp-recipes.json");
    private final Channel spMarket = cast.channel(spice, "The Spice Route", "market-days",
            "stall days, fairs, pop-ups and drops: tell people where to find you", "sp-market-days.json");
    private final Persona farida = cast.person("farida.blends", "Farida Haidari");
    private final Persona yusuf = cast.person("yusuf.stall", "Yusuf Demir");
    private final Persona marisol = cast.person("marisol.chilli", "Marisol Vega");
    private final Persona anjali = cast.person("anjali.imports", "Anjali Menon");
    private final Persona declan = cast.person("declan.cooks", "Declan Furlong");
    private final Persona beth = cast.person("beth.kitchen", "Beth Okafor");
    private final Persona kofi = cast.person("kofi.a", "Kofi Asante");
    private final Persona ines = cast.person("ines.m", "Inês Moreira");

    // --- D. home charcuterie curers (nobody sells) ---
    private final String cure = cast.guild(1034);
    private final Channel cuChamber = cast.channel(cure, "Salt & Time", "curing-chamber",
            "general chat", "cu-curing-chamber.json");
    private final Channel cuHelp = cast.channel(cure, "Salt & Time", "help-my-salami",
            "case hardening, mould, weight loss, safety: ask", "cu-help-my-salami.json");
    private final Channel cuShow = cast.channel(cure, "Salt & Time", "show-your-cure",
            "photos of what you made", "cu-show-your-cure.json");
    private final Channel cuKit = cast.channel(cure, "Salt & Time", "kit-talk",
            "fridges, controllers, humidifiers, slicers", "cu-kit-talk.json");
    private final Persona piet = cast.person("piet.vd", "Piet van Dijk");
    private final Persona nadia = cast.person("nadia.s", "Nadia Saleh");
    private final Persona cormac = cast.person("cormac.oc", "Cormac O'Connell");
    private final Persona svetlana = cast.person("svetlana.p", "Svetlana Petrova");
    private final Persona jorge = cast.person("jorge.curado", "Jorge Almeida");
    private final Persona harriet = cast.person("harriet.l", "Harriet Lowther");

    // --- E. an indoor market hall's traders and shoppers ---
    private final String hall = cast.guild(1035);
    private final Role office = cast.role("Market Office", "#2e6f9e", 3);
    private final Channel mhTraders = cast.channel(hall, "Corn Exchange Market Hall", "traders-only",
            "for stallholders among themselves", "mh-traders-only.json");
    private final Channel mhAsk = cast.channel(hall, "Corn Exchange Market Hall", "shoppers-ask",
            "ask the stallholders: opening times, stock, orders", "mh-shoppers-ask.json");
    private final Channel mhOn = cast.channel(hall, "Corn Exchange Market Hall", "whats-on",
            "events and happenings in the hall", "mh-whats-on.json");
    private final Channel mhNotices = cast.channel(hall, "Corn Exchange Market Hall", "hall-notices",
            "notices from the market office", "mh-hall-notices.json");
    private final Persona colette = cast.person("colette.office", "Colette Fairbairn", office);
    private final Persona lars = cast.person("lars.fish", "Lars Eriksen");
    private final Persona gwen = cast.person("gwen.cheese", "Gwen Parry");
    private final Persona benedikt = cast.person("benedikt.veg", "Benedikt Kaiser");
    private final Persona rukhsana = cast.person("rukhsana.bakes", "Rukhsana Begum");
    private final Persona tariq = cast.person("tariq.grill", "Tariq Aziz");
    private final Persona maeve = cast.person("maeve.shops", "Maeve Donnelly");
    private final Persona dominic = cast.person("dominic.pay", "Dominic Stroud");

    // --- F. makers' fair organisers and their stallholders ---
    private final String fairs = cast.guild(1036);
    private final Channel mfNatter = cast.channel(fairs, "Fair Circuit", "organisers-natter",
            "organisers talking shop", "mf-organisers-natter.json");
    private final Channel mfAsk = cast.channel(fairs, "Fair Circuit", "stallholder-questions",
            "stallholders: ask the organisers about pitches, fees, set-up", "mf-stallholder-questions.json");
    private final Channel mfDates = cast.channel(fairs, "Fair Circuit", "fair-dates",
            "upcoming fairs and pitch bookings", "mf-fair-dates.json");
    private final Channel mfSwap = cast.channel(fairs, "Fair Circuit", "stall-kit-for-sale",
            "gazebos, tables, display stands, card readers: buy and sell", "mf-stall-kit-for-sale.json");
    private final Persona imogen = cast.person("imogen.harbourside", "Imogen Clarke");
    private final Persona caspar = cast.person("caspar.fairs", "Caspar Lowe");
    private final Persona nkechi = cast.person("nkechi.vintage", "Nkechi Obi");
    private final Persona agnes = cast.person("agnes.knits", "Agnes Whitlow");
    private final Persona ravi = cast.person("ravi.spoons", "Ravi Iyer");
    private final Persona fleur = cast.person("fleur.wicks", "Fleur Dubois");
    private final Persona emeka = cast.person("emeka.leather", "Emeka Eze");

    // --- G. mead makers, with a beekeeper who sells honey ---
    private final String mead = cast.guild(1037);
    private final Channel meHall = cast.channel(mead, "Meadhall", "the-mead-hall",
            "general chat", "me-the-mead-hall.json");
    private final Channel meLogs = cast.channel(mead, "Meadhall", "brew-logs",
            "your batches, start to bottle", "me-brew-logs.json");
    private final Channel meHelp = cast.channel(mead, "Meadhall", "help-its-stuck",
            "stuck ferments, off flavours, nutrients", "me-help-its-stuck.json");
    private final Channel meSale = cast.channel(mead, "Meadhall", "honey-and-kit-for-sale",
            "honey, fruit, carboys and kit for sale or wanted", "me-honey-and-kit-for-sale.json");
    private final Persona wilhelmina = cast.person("willa.bees", "Wilhelmina Stoker");
    private final Persona oskar = cast.person("oskar.mjod", "Oskar Berg");
    private final Persona jun = cast.person("jun.brews", "Jun Watanabe");
    private final Persona theo = cast.person("theo.meadtube", "Theo Marsh");
    private final Persona aoife = cast.person("aoife.n", "Aoife Nolan");
    private final Persona bram = cast.person("bram.h", "Bram Hoekstra");
    private final Persona leilani = cast.person("leilani.k", "Leilani Kahale");
    private final Persona kit = cast.person("kit.honeyfarm", "Kit Pemberton");
    private final Channel meDm = cast.dm(jun, "me-dm-wilhelmina-jun.json");

    // --- H. ice-cream parlour owners, with a base supplier's rep ---
    private final String scoop = cast.guild(1038);
    private final Channel icFreezer = cast.channel(scoop, "Scoop Shop Owners", "the-freezer",
            "general chat for parlour owners", "ic-the-freezer.json");
    private final Channel icRecipes = cast.channel(scoop, "Scoop Shop Owners", "recipes-and-bases",
            "bases, stabilisers, sorbets, overrun", "ic-recipes-and-bases.json");
    private final Channel icKit = cast.channel(scoop, "Scoop Shop Owners", "kit-for-sale",
            "batch freezers, display cabinets, dipping wells: buy and sell", "ic-kit-for-sale.json");
    private final Channel icSeason = cast.channel(scoop, "Scoop Shop Owners", "busy-season",
            "staffing, queues, weather, takings", "ic-busy-season.json");
    private final Persona giulia = cast.person("giulia.gelato", "Giulia Rinaldi");
    private final Persona rhodri = cast.person("rhodri.scoops", "Rhodri Pryce");
    private final Persona mei = cast.person("mei.icecream", "Mei Chen");
    private final Persona babajide = cast.person("babajide.o", "Babajide Ogun");
    private final Persona solveig = cast.person("solveig.is", "Solveig Dahl");
    private final Persona conrad = cast.person("conrad.bases", "Conrad Fitch");

    private HeldOutScenes75Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        cider();
        butcher();
        spice();
        curing();
        marketHall();
        fairs();
        mead();
        scoops();
    }

    private void cider() {
        // W14
        say(1, "09:10", ciPress, gethin, "easter monday and the press is finally clean. who's still got 2028 cider "
                + "in the shed?");
        say(1, "09:40", ciPress, hamish, "three demijohns of dabinett. one of them smells a bit like a farmyard, "
                + "the good kind I think");
        say(1, "09:55", ciPress, mirela, "farmyard is a feature 😂");
        say(1, "10:20", ciPress, dev, "I've got perry left, blakeney red, it's gone really clear over winter");
        Post fizz = say(3, "19:05", ciHelp, ottilie, "@Hamish Greer is it ok to bottle at 1.004 if I want it a "
                + "bit sparkling? don't want bottle bombs");
        Post fizzA = re(3, "19:25", bryony, fizz, "1.004 is on the edge. if it's still dropping I'd wait till "
                + "1.000 and prime with 5g sugar a litre, then you know exactly what's in there. plastic bottle as "
                + "a tester helps, squeeze it");
        re(3, "19:40", ottilie, fizzA, "oh the plastic bottle trick is clever, thank you Bryony");
        say(4, "08:30", ciSwaps, hamish, "anyone got kingston black scion wood spare? grafting weekend coming up");
        say(4, "12:10", ciSwaps, gethin, "I've got some in the fridge Hamish, I'll post you six sticks");
        say(4, "12:30", ciSwaps, hamish, "you're a star, I'll send stamps");
        say(5, "20:00", ciTasting, dev, "opened the 2027 yarlington mill tonight. soft, bit of smoke, no fizz "
                + "left at all. still lovely");
        say(5, "20:15", ciTasting, gethin, "yarlington always goes soft like that, mine too");
        say(6, "11:00", ciPress, bryony, "we're pouring at the Ross cider fest next Saturday if anyone's going, "
                + "come say hi at the little green van");
        say(6, "11:30", ciPress, mirela, "I'll be there! bringing my dad");
        Post keep = say(6, "17:00", ciHelp, dev, "@Bryony Castell bought a case of your perry at the Hereford show "
                + "last autumn, how long will it keep? still have 5 bottles");
        re(6, "17:40", bryony, keep, "it'll keep a couple of years easy, cool and dark, upright. it gets rounder");
        say(7, "10:00", ciPress, gethin, "me: I will only make one batch this year. also me: orders another 200kg "
                + "of bittersweets");
        say(7, "10:05", ciPress, hamish, "relatable");
        // W15: Ottilie is helped on three days and only thanks
        Post sulph = say(8, "18:30", ciHelp, ottilie, "how much campden do I add before bottling? I've read "
                + "three different answers");
        Post sulphA = re(8, "19:00", hamish, sulph, "depends on pH. at 3.6 you want about 50ppm free, so one "
                + "tablet per 4.5 litres is close. test strips are cheap, get some");
        re(8, "19:10", ottilie, sulphA, "thanks Hamish");
        say(9, "08:45", ciSwaps, mirela, "swapping: 20 swing-top bottles for a hydrometer that isn't broken");
        say(9, "09:30", ciSwaps, gethin, "I've got a spare hydrometer Mirela, keep the bottles, just take it");
        say(9, "09:40", ciSwaps, mirela, "gethin you legend");
        Post smell = say(10, "20:10", ciHelp, ottilie, "my perry smells of eggs. is it ruined??");
        Post smellA = re(10, "20:25", hamish, smell, "not ruined, that's hydrogen sulphide, the yeast is hungry. "
                + "rack it off the lees and give it a splash of air, and a pinch of nutrient if it's still going");
        say(10, "20:40", ciHelp, bryony, "and don't bottle it till it's gone, it gets worse in the bottle");
        re(10, "21:00", ottilie, smellA, "ok thank you");
        say(11, "19:00", ciTasting, mirela, "Ross fest report: Bryony's green van sold out of the dry by 3pm 😄");
        say(11, "19:20", ciTasting, bryony, "thank you for coming! your dad was great");
        Post stuck = say(12, "21:15", ciHelp, ottilie, "ok now it's stuck at 1.010 and hasn't moved in a week");
        Post stuckA = re(12, "21:40", hamish, stuck, "warm it up a few degrees and give it a gentle stir. if that "
                + "doesn't shift it in a week, a re-pitch of champagne yeast started in a little juice");
        re(12, "21:50", ottilie, stuckA, "thanks");
        say(13, "10:00", ciSwaps, hamish, "grafts took, 5 out of 6 kingston blacks have buds! thanks @Gethin Rees");
        say(13, "10:30", ciSwaps, gethin, "🙌 next year's problem is where to plant them");
        say(14, "16:00", ciPress, dev, "anyone tried a keeved cider? the chapeau brun thing looks like witchcraft");
        say(14, "16:40", ciPress, hamish, "once. it worked the second year. the first year it was just brown");
        say(14, "16:45", ciPress, dev, "encouraging 😂");
        // W16: Ottilie passes on what she learned
        Post newbie = say(15, "12:00", ciHelp, mirela, "first ever perry and it smells eggy, should I panic?");
        Post newbieA = re(15, "12:20", ottilie, newbie, "don't panic! mine did that last week. rack it off the "
                + "lees, splash it about a bit and a pinch of nutrient. Hamish talked me through it, it's fine now");
        re(15, "12:35", mirela, newbieA, "phew, thank you Ottilie");
        say(16, "18:00", ciTasting, ottilie, "my first bottle of the season is open and it's actually good?? a "
                + "bit sharp but good");
        say(16, "18:10", ciTasting, hamish, "that's a proper result, well done");
        say(17, "09:00", ciPress, gethin, "blossom's out on the early trees here, fingers crossed no frost");
        say(17, "09:20", ciPress, bryony, "same, we lost half the perry pears to a frost two years ago");
        say(18, "20:00", ciHelp, dev, "what's the best way to back-sweeten without it refermenting? non-sugar?");
        say(18, "20:30", ciHelp, gethin, "xylitol or erythritol, or pasteurise the bottles at 65 for 20 min if "
                + "you want real sugar");
        say(18, "20:35", ciHelp, hamish, "stevia makes it taste of pencils imo");
        say(18, "20:40", ciHelp, dev, "erythritol it is, thanks both");
        say(20, "11:00", ciSwaps, bryony, "spare 20l fermenting buckets x4, free to anyone local, we upgraded");
        say(20, "11:30", ciSwaps, ottilie, "could I have two? I'm 10 min away");
        say(20, "11:45", ciSwaps, bryony, "course, come by Sunday morning");
    }

    private void butcher() {
        // W14
        Post sp1 = say(1, "08:00", buNews, gordon, "Open today 9-1 for Easter Monday. This week: spring lamb legs "
                + "from Hollins Farm, £14/kg, and beef shin at £9/kg for the slow cookers. Order ahead: "
                + "fenwickbutchers.example/order");
        sp1.react("👍", pauline, lorna);
        Post col = say(2, "10:15", buOrders, pauline, "@Ellie Fenwick can I collect my usual Friday order on "
                + "Saturday instead this week?");
        re(2, "10:35", ellie, col, "No problem Pauline, moved to Saturday, it'll be in the cold room with your name");
        re(2, "10:40", pauline, col, "lovely, thanks love");
        Post shin = say(3, "18:00", buCuts, lorna, "how long does shin need in a slow cooker? first time");
        Post shinA = re(3, "18:20", kwame, shin, "8 hours on low, Lorna. brown it first and don't skip the bones "
                + "if you've got them, it goes lovely and sticky");
        re(3, "18:25", lorna, shinA, "thank you!");
        say(4, "12:00", buChat, tobias, "the queue on Saturday was out the door, was there a sale on or is everyone "
                + "just hungry");
        say(4, "12:10", buChat, pauline, "everyone's hungry after Easter 😂");
        Post whole = say(4, "16:00", buOrders, rajesh, "@Gordon Fenwick what would you charge for 10kg lamb "
                + "shoulder a week, diced? for my stall at the Saturday market");
        re(4, "16:45", gordon, whole, "Rajesh, £11.50/kg diced for a regular 10kg, bone in for stock free. "
                + "Come in and we'll sort it");
        re(4, "17:00", rajesh, whole, "deal, see you Thursday");
        say(5, "09:00", buNews, ellie, "Sausage of the month is pork, leek and mustard. Kwame's recipe, he's "
                + "very proud");
        say(5, "09:20", buChat, lorna, "the shin!! 8 hours was perfect, my husband had thirds");
        say(5, "09:40", buChat, kwame, "thirds is the correct amount");
        say(6, "14:00", buOrders, lorna, "can I order a chicken for Sunday, about 2kg?");
        say(6, "14:10", buOrders, ellie, "Done Lorna, free range 2kg for Saturday collection");
        // W15: Tobias's question to Gordon waits
        Post sp2 = say(8, "08:00", buNews, gordon, "This week: Hollins lamb again, and we've got mutton in, which "
                + "we don't often. Rolled brisket £12/kg. Order ahead: fenwickbutchers.example/order");
        sp2.react("🔥", tobias);
        Post rolled = say(9, "10:00", buOrders, tobias, "@Gordon Fenwick the brisket I bought from you last month "
                + "was superb. can you do a boned and rolled shoulder of pork for a christening on the 21st, for 20 "
                + "people? would need it the Friday");
        say(10, "08:30", buNews, gordon, "Mutton's gone already, thank you all. More next month");
        say(10, "17:00", buCuts, pauline, "mutton curry last night, what a thing. why don't we eat more mutton");
        say(11, "09:15", buCuts, gordon, "@Pauline Mercer because the supermarkets never sell it. it needs time, "
                + "that's all");
        say(11, "09:30", buCuts, pauline, "it's worth the time");
        say(11, "14:00", buChat, rajesh, "if anyone's at the Saturday market my curry stall has lamb from Fenwick's "
                + "this week, come and try it: nairscurry.example");
        say(11, "14:20", buChat, lorna, "I'll come! is it hot hot or normal hot");
        say(11, "14:25", buChat, rajesh, "normal hot, and I'll have a mild one for the kids");
        say(12, "08:45", buOrders, tobias, "just checking this was seen? ^ the christening shoulder");
        Post sorry = say(12, "11:30", buOrders, ellie, "So sorry Tobias, that slipped past us. Yes we can do a "
                + "boned and rolled shoulder for 20, about 5kg, ready Friday the 20th. I've put it in the book");
        re(12, "11:50", tobias, sorry, "brilliant, thanks Ellie");
        say(13, "16:00", buChat, kwame, "who keeps leaving their dog tied to the bike rack, he's lovely but he "
                + "barks at the lamb delivery");
        say(13, "16:10", buChat, pauline, "that'll be Biscuit. he knows what he wants");
        // W16: Ellie is away and says so; Kwame covers
        Post sp3 = say(15, "08:00", buNews, gordon, "This week: pork shoulder, ox cheeks £10/kg, and the first "
                + "asparagus from Hollins, we're selling it by the bundle. Order ahead: "
                + "fenwickbutchers.example/order");
        sp3.react("😍", lorna);
        say(15, "09:00", buOrders, ellie, "I'm off Tuesday to Friday this week, Kwame's on the order desk, he "
                + "knows everything");
        Post veal = say(17, "11:00", buOrders, pauline, "@Ellie Fenwick is there any rose veal this week? for "
                + "Saturday");
        re(17, "11:10", kwame, veal, "Hi Pauline, Ellie's off till Friday. Yes, rose veal escalopes, I'll put 4 "
                + "aside for you for Saturday");
        re(17, "11:20", pauline, veal, "thanks Kwame, you're a treasure");
        Post cheek = say(17, "18:00", buCuts, lorna, "ox cheeks: oven or hob?");
        Post cheekA = re(17, "18:30", gordon, cheek, "Oven, 150 for 3 and a half hours in red wine, lid on. "
                + "They'll fall apart with a spoon");
        re(17, "18:40", lorna, cheekA, "doing it tomorrow!");
        say(19, "08:00", buOrders, tobias, "collected the shoulder, it's a beauty. thanks all");
        say(19, "08:30", buOrders, gordon, "Enjoy the christening Tobias, 180 for 5 hours then blast it for the "
                + "crackling");
        say(20, "09:00", buOrders, ellie, "Back! Pauline, Kwame tells me you got your veal 👍");
        say(20, "09:20", buChat, lorna, "ox cheeks were the best thing I've ever cooked. not even exaggerating");
        say(20, "09:25", buChat, ellie, "Dad's face when I told him that 😄");
    }

    private void spice() {
        // W14: Yusuf talks only at the traders' table while a sumac question waits
        say(1, "09:00", spTrade, yusuf, "morning all. stall was dead yesterday, bank holiday crowd wanted ice cream "
                + "not sumac");
        say(1, "09:20", spTrade, farida, "same online, nobody orders spices on a sunny bank holiday");
        say(1, "09:30", spTrade, yusuf, "how are your courier prices this year? mine went up again");
        say(1, "09:45", spTrade, marisol, "up 8% for me. I'm looking at collection points");
        say(1, "10:00", spTrade, yusuf, "collection points are a good shout, I'll look");
        Post sumac = say(2, "19:00", spAsk, kofi, "what do you actually do with sumac? got a jar as a present and "
                + "it's just sitting there");
        say(2, "19:30", spTrade, yusuf, "@Anjali Menon when's the next Aleppo pepper coming? I'm down to 2kg");
        say(2, "20:00", spTrade, anjali, "end of next week Yusuf, the boat's late");
        say(2, "20:05", spTrade, yusuf, "fine, I'll ration it 😂");
        Post urfa = say(3, "12:00", spAsk, ines, "is urfa biber hot? recipe says a tablespoon and I'm scared");
        Post urfaA = re(3, "12:40", marisol, urfa, "it's gentle, smoky, almost raisin-y, not hot really. a "
                + "tablespoon is fine Inês");
        re(3, "12:50", ines, urfaA, "oh good, thanks!");
        Post garam = say(3, "17:00", spAsk, beth, "anyone got a good garam masala recipe, or is it easier to just "
                + "buy one?");
        Post garamA = re(3, "17:30", farida, garam, "toast 2 tbsp coriander seed, 1 tbsp cumin, 1 tsp black pepper, "
                + "8 cloves, 6 green cardamom, a small cinnamon stick and a bay leaf, then grind. it keeps a month. "
                + "if you'd rather buy, mine's here: faridablends.example/garam-masala");
        re(3, "17:45", beth, garamA, "making it tonight, thank you!");
        say(3, "20:00", spTrade, yusuf, "does anyone else get people asking if the za'atar is 'the real one'. what "
                + "does that even mean");
        say(3, "20:10", spTrade, farida, "it means they had it in Beirut once and nothing will ever be as good");
        say(3, "20:12", spTrade, yusuf, "fair 😂");
        say(4, "09:00", spTrade, yusuf, "new labels came, spelled cumin as cummin on 200 of them");
        say(4, "09:05", spTrade, marisol, "that's a spelling, technically!");
        say(4, "09:06", spTrade, yusuf, "I'm choosing to believe that");
        Post sumacA = re(4, "18:00", farida, sumac, "Kofi sprinkle it on fried eggs, on sliced onions with "
                + "parsley, or into a dressing instead of lemon. it's sour and fruity");
        re(4, "18:15", kofi, sumacA, "onions with parsley sounds great, thanks Farida");
        say(5, "10:00", spTrade, yusuf, "anyone doing the food festival in the park in June? pitch fee is £180");
        say(5, "10:30", spTrade, anjali, "I'm not but it's a good crowd, Farida did it last year");
        say(5, "10:40", spTrade, farida, "worth it, I sold out of the rubs by Sunday lunch");
        say(5, "10:45", spTrade, yusuf, "ok I'm in");
        Post seed = say(6, "09:00", spMarket, marisol, "chilli seedlings go on sale next Thursday the 12th at 8am, "
                + "30 varieties this year: marisolchilli.example/seedlings");
        Post remind = re(6, "09:30", declan, seed, "can you remind us the day before? they sold out in an hour last "
                + "year and I missed the scotch bonnets");
        re(6, "09:40", marisol, remind, "will do Declan!");
        say(7, "14:00", spRecipes, kofi, "made the sumac onions with lamb chops. the whole family went quiet, which "
                + "is the highest praise");
        // W15: Anjali's saffron with the traders; Yusuf answers the cooks
        say(8, "09:00", spTrade, anjali, "saffron's landed. new season Iranian, really good colour this year");
        say(8, "09:10", spTrade, farida, "ooh. same price as last year?");
        say(8, "09:30", spTrade, anjali, "a bit up, £6.80 a gram for you lot in 50g lots, it was £6.20. the rial "
                + "moved");
        say(8, "09:40", spTrade, marisol, "I'll take 50g for the paella kits");
        say(8, "09:45", spTrade, anjali, "noted Marisol, Thursday delivery");
        say(8, "10:00", spTrade, yusuf, "put me down for 50 too Anjali");
        say(8, "10:05", spTrade, anjali, "done. and the Aleppo is here too Yusuf, 10kg");
        Post how = say(9, "18:00", spAsk, declan, "how do you store whole spices so they last? mine go dusty");
        Post howA = re(9, "18:30", yusuf, how, "airtight jars, dark cupboard, not above the cooker. whole keeps a "
                + "year or two, ground about six months. buy small and often");
        re(9, "18:40", declan, howA, "above the cooker is exactly where they are 🙈 thanks");
        say(9, "20:00", spTrade, anjali, "heads up, cardamom prices are going mad, there was a bad harvest in "
                + "Guatemala");
        say(9, "20:10", spTrade, farida, "how mad?");
        say(9, "20:20", spTrade, anjali, "nearly double. I'd stock up now if you use a lot");
        say(9, "20:25", spTrade, farida, "thanks for the heads up, I'll take 5kg");
        Post zaatar = say(10, "12:00", spAsk, ines, "what's the difference between za'atar the herb and za'atar "
                + "the blend?");
        re(10, "12:30", yusuf, zaatar, "the herb is a wild thyme-oregano. the blend is that herb (or thyme) with "
                + "sumac, sesame and salt. ask ten families and you get ten blends");
        say(10, "15:00", spTrade, anjali, "Aleppo and saffron out for delivery tomorrow, sorry for the wait everyone");
        say(11, "08:00", spMarket, marisol, "reminder as promised: chilli seedlings go live tomorrow 8am, "
                + "marisolchilli.example/seedlings");
        say(11, "08:10", spMarket, declan, "alarm set ⏰ thanks!");
        say(11, "16:00", spTrade, anjali, "all delivered. Marisol your box had a bonus bag of pimentón in it, "
                + "someone cancelled");
        say(11, "16:10", spTrade, marisol, "you're the best");
        say(12, "07:30", spTrade, anjali, "Marisol how are the paella kits going with the new saffron?");
        say(12, "07:50", spTrade, marisol, "selling faster than last year, people like the colour");
        say(12, "08:00", spMarket, marisol, "live now: marisolchilli.example/seedlings");
        say(12, "08:20", spMarket, declan, "got my scotch bonnets 🎉");
        say(13, "19:00", spRecipes, beth, "made Farida's garam masala again, this time for a chana masala. my flat "
                + "smells amazing");
        say(14, "11:00", spTrade, anjali, "quiet week for me after this, visiting growers in Kerala till the 28th");
        // W16: Farida's BBQ bundle into three rooms
        say(15, "09:00", spRecipes, farida, "Spring BBQ rub bundle is out! 4 rubs, £18, free shipping this week "
                + "only: faridablends.example/bbq-bundle");
        Post smoke = say(15, "17:00", spAsk, kofi, "what gives that smoky taste in bbq rubs? is it just paprika?");
        re(15, "17:30", yusuf, smoke, "smoked paprika mostly, sometimes chipotle or smoked salt. a pinch of cumin "
                + "helps too");
        say(15, "18:00", spAsk, farida, "all in my new BBQ bundle by the way, £18 this week: "
                + "faridablends.example/bbq-bundle");
        say(16, "08:00", spMarket, farida, "BBQ bundle free shipping ends Sunday! faridablends.example/bbq-bundle");
        say(16, "12:00", spRecipes, ines, "urfa biber on roast carrots with yoghurt. thank you Marisol for making "
                + "me brave");
        say(16, "12:20", spRecipes, marisol, "yesss, it's so good on carrots");
        Post hot = say(17, "19:00", spAsk, beth, "what's the hottest thing I can put in a curry without ruining it "
                + "for my partner who's a wimp");
        Post hotA = re(17, "19:30", marisol, hot, "make it mild and serve a hot chilli oil on the side. everyone "
                + "wins");
        re(17, "19:35", beth, hotA, "genius 🙌");
        say(18, "10:00", spTrade, farida, "how's everyone's April looking? mine's up on last year");
        say(18, "10:20", spTrade, yusuf, "up too, the sunny weekends help");
        say(19, "09:00", spMarket, yusuf, "at the Thursday farmers' market by the cathedral today till 2, fresh "
                + "Aleppo in");
        say(20, "18:00", spRecipes, declan, "first scotch bonnet seedling has its true leaves 🌿");
    }

    private void curing() {
        // W14
        say(1, "10:00", cuChamber, harriet, "first coppa of the year came out of the chamber today, 35% weight loss, "
                + "pictures in show-your-cure");
        Post cp = say(1, "10:05", cuShow, harriet, "coppa, 11 weeks, fennel and black pepper. the marbling!");
        cp.react("😍", nadia, piet, jorge);
        Post salt = say(2, "19:00", cuHelp, nadia, "@Piet van Dijk is 2.75% salt right for coppa, or is that too "
                + "much?");
        salt.react("👍", piet);
        say(2, "19:30", cuHelp, nadia, "ok 2.75 it is");
        say(3, "08:00", cuChamber, cormac, "off to Porto for ten days, back on the 15th. will be eating a lot of "
                + "presunto for research purposes");
        say(3, "08:20", cuChamber, jorge, "eat the alheira too! boa viagem");
        say(3, "20:00", cuChamber, piet, "anyone else's fridge making a clicking noise every few minutes");
        say(3, "20:05", cuChamber, svetlana, "hello all, new here, just bought a fridge and a book, no idea what "
                + "I'm doing");
        say(3, "20:15", cuChamber, harriet, "welcome Svetlana! the book is a good start");
        say(3, "20:20", cuChamber, jorge, "Piet, is it the compressor or the controller relay? relays click");
        say(3, "20:25", cuChamber, nadia, "welcome! start with a lonza, it's the easiest");
        say(3, "20:40", cuChamber, piet, "relay I think, it's the inkbird. that's normal then?");
        say(3, "20:45", cuChamber, jorge, "normal, mine does it all day");
        Post ctrl = say(5, "18:00", cuKit, jorge, "@Cormac O'Connell which controller did you end up using for "
                + "the humidity side? I remember you had trouble");
        say(5, "18:30", cuKit, harriet, "I'm on the same question as Jorge, my humidifier overshoots");
        say(6, "11:00", cuHelp, svetlana, "what do I do about white fuzzy mould on my first lonza? is it the good "
                + "one?");
        Post mould = say(6, "11:30", cuHelp, piet, "white and powdery is usually the good one. fuzzy and green or "
                + "black, wipe it with vinegar. photo?");
        re(6, "12:00", svetlana, mould, "white and powdery, phew. thank you");
        say(7, "17:00", cuShow, jorge, "chouriço from my grandmother's recipe, first time I've got it right");
        say(7, "17:10", cuShow, nadia, "that colour 🔥 what paprika?");
        say(7, "17:20", cuShow, jorge, "pimentão doce and a bit of massa de pimentão");
        // W15: Svetlana is helped by Piet on three days
        Post ph = say(8, "19:00", cuHelp, svetlana, "do I need a starter culture for salami or is that for "
                + "experts?");
        Post phA = re(8, "19:20", piet, ph, "for salami, yes, please use one. it drops the pH fast and that's what "
                + "keeps you safe. T-SPX is gentle for a first one");
        re(8, "19:30", svetlana, phA, "ok, thank you");
        say(9, "20:00", cuKit, harriet, "humidifier sorted: I put it on a separate timer, 2 min every 20");
        say(9, "20:10", cuKit, nadia, "smart. mine's on a sonoff with a hygrostat");
        Post hard = say(10, "18:00", cuHelp, svetlana, "the outside of my lonza is hard and dark and the middle is "
                + "soft. bad?");
        Post hardA = re(10, "18:30", piet, hard, "case hardening, humidity too low. put it in a vacuum bag in the "
                + "fridge for a week or two and it evens out. then raise the humidity to 75-80");
        re(10, "18:45", svetlana, hardA, "thanks Piet");
        say(11, "09:00", cuChamber, jorge, "anyone going to the charcuterie day at the agricultural college in "
                + "May?");
        say(11, "09:30", cuChamber, harriet, "yes! let's get a table at lunch");
        Post stuff = say(12, "20:00", cuHelp, svetlana, "how tight should I stuff the casings? they keep bursting");
        Post stuffA = re(12, "20:20", piet, stuff, "firm but not drum tight, and prick the air pockets with a pin. "
                + "soak the casings in lukewarm water with a splash of vinegar first");
        re(12, "20:30", svetlana, stuffA, "thank you");
        Post first = say(13, "19:00", cuShow, svetlana, "my first salami is hanging! not burst this time");
        first.react("🎉", piet, harriet);
        Post casing = re(13, "19:20", piet, first, "looks great. what casing did you use in the end?");
        re(13, "19:40", svetlana, casing, "beef middles, 60mm, soaked like you said");
        // W16: Cormac is back
        re(15, "21:00", cormac, ctrl, "back! sorry Jorge and Harriet. I gave up on the cheap one and use an "
                + "inkbird IHC-200 for humidity, with a dehumidifier on the other socket. no overshoot since");
        say(15, "21:20", cuKit, jorge, "perfect, ordering one. welcome back!");
        say(15, "21:25", cuKit, harriet, "thanks Cormac 👍");
        say(16, "10:00", cuChamber, cormac, "Porto report: I ate presunto every day and regret nothing");
        say(16, "10:10", cuChamber, piet, "as any serious researcher would");
        Post bres = say(17, "19:00", cuHelp, harriet, "bresaola: do you rinse off the cure before hanging or not?");
        Post bresA = re(17, "19:30", svetlana, bres, "I asked my book this last night funnily enough, it says "
                + "rinse and pat dry, then a little red wine wipe. but I'm new, Piet will know better");
        re(17, "19:45", piet, bresA, "that's right, rinse, dry, wine wipe. no need for me 😄");
        re(17, "20:00", harriet, bresA, "thank you both");
        say(19, "18:00", cuShow, nadia, "coppa at 2.75%, just right. thank you @Piet van Dijk for the thumbs up");
        say(19, "18:10", cuShow, piet, "beautiful, that's textbook");
        say(20, "12:00", cuChamber, svetlana, "three weeks in and I already want a second fridge. is that normal");
        say(20, "12:05", cuChamber, nadia, "that's how it starts 😂");
        say(20, "12:10", cuChamber, cormac, "I have four. send help");
    }

    private void marketHall() {
        // W14: Colette's notices; Tariq's answer with his supper club; Maeve's question to Gwen
        say(1, "07:00", mhNotices, colette, "Hall open 8-4 today for the bank holiday. Car park barrier is up, "
                + "no charge");
        say(2, "07:00", mhNotices, colette, "Bin collection moves to Wednesday this week");
        say(2, "07:05", mhNotices, colette, "Fire alarm test Thursday at 10:00, it will be loud, no need to leave");
        say(2, "08:00", mhTraders, lars, "morning. turbot came in beautiful this morning if anyone wants some for "
                + "their tea");
        say(2, "08:10", mhTraders, gwen, "save me a bit Lars, I'll swap you some of the new Caerphilly");
        say(2, "08:12", mhTraders, lars, "deal");
        say(3, "07:00", mhNotices, colette, "Reminder: loading bay is for loading only, 20 minutes max");
        Post gf = say(3, "11:00", mhAsk, maeve, "is there anywhere in the hall to eat gluten free? my sister's "
                + "coeliac and visiting Friday");
        Post gfA = re(3, "11:30", tariq, gf, "Rukhsana does proper GF loaves (separate oven), and everything on "
                + "my grill is GF except the flatbreads, just ask. our Friday supper club is GF all the way "
                + "through too if she's here in the evening: tariqsgrill.example/supper-club");
        re(3, "11:45", maeve, gfA, "oh that's perfect, we'll come to the supper club. thank you!");
        Post cake = say(3, "14:00", mhAsk, maeve, "@Gwen Parry do you still do the cheese wedding cakes? asking for "
                + "my cousin");
        Post cakeA = re(3, "14:20", rukhsana, cake, "she does Maeve, she made a five tier one last month, it was "
                + "gorgeous. she's at the stall Weds to Sat");
        re(3, "14:30", maeve, cakeA, "brilliant, we'll catch her on Saturday, thanks");
        say(3, "16:00", mhTraders, gwen, "anyone got change for a fifty, the bank was shut");
        say(3, "16:05", mhTraders, benedikt, "come over, I've got plenty");
        say(4, "07:00", mhNotices, colette, "The lift is out of order today, engineer coming at 2");
        say(4, "09:00", mhNotices, colette, "Lift engineer is here early, should be working by 11");
        say(4, "12:00", mhNotices, colette, "Lift working again, thank you for your patience");
        Post sat = say(4, "13:00", mhAsk, lorna, "is the hall open on Sunday?");
        re(4, "13:20", colette, sat, "Sundays 10 till 3 from this week, until October");
        say(5, "07:00", mhNotices, colette, "Delivery lorries: please use the side gate this week, the front is "
                + "being resurfaced");
        say(5, "10:05", mhNotices, colette, "Fire alarm test done, thank you all");
        say(5, "15:00", mhTraders, rukhsana, "who's nicked my sack trolley again 😤");
        say(5, "15:10", mhTraders, tariq, "it's by the fish, Lars borrowed it");
        say(5, "15:12", mhTraders, lars, "guilty. returning it now with a pound of prawns as an apology");
        say(6, "07:00", mhNotices, colette, "Easter holiday trail for kids starts Saturday, the eggs are hidden on "
                + "every stall, please don't give the game away");
        Post trail = say(6, "09:00", mhTraders, benedikt, "@Colette Fairbairn how many eggs do we each get to "
                + "hide?");
        re(6, "09:15", colette, trail, "two each Benedikt, I'll bring them round at 8");
        say(7, "18:00", mhOn, tariq, "Friday's supper club sold out, thank you! next one is the 20th");
        say(7, "18:30", mhOn, maeve, "it was amazing, my sister had seconds of everything");
        // W15: Benedikt's veg boxes; Dominic joins and pitches
        say(8, "08:00", mhAsk, benedikt, "veg boxes are back for the season! £15 a week, local where we can: "
                + "kaiserveg.example/boxes");
        say(8, "09:00", mhTraders, gwen, "Saturday was mad, sold out of the stilton by 2");
        say(8, "09:10", mhTraders, rukhsana, "same with sourdough, the egg trail brought the families in");
        joins(10, "08:00", mhTraders, dominic);
        say(10, "08:30", mhTraders, dominic, "@Gwen Parry nice one on the stilton! are you still "
                + "paying 1.75% on card payments? we do 0.9% flat, book a 10 minute call: "
                + "strouduk.example/book");
        say(10, "09:00", mhOn, benedikt, "new this week: asparagus and wild garlic, and our veg boxes are back, "
                + "sign up here: kaiserveg.example/boxes");
        say(10, "12:00", mhTraders, gwen, "no thanks, I'm happy with mine");
        say(11, "08:15", mhTraders, dominic, "@Lars Eriksen same offer for you, 0.9% flat, no monthly fee. "
                + "10 minutes: strouduk.example/book");
        say(11, "08:40", mhTraders, lars, "who invited the card machine man");
        say(11, "09:00", mhTraders, colette, "Dominic, this room is for stallholders, please don't sell here. "
                + "you're welcome to ask the office about a pitch");
        Post hrs = say(12, "10:00", mhAsk, kofi, "what time does the veg stall open on Saturdays?");
        re(12, "10:20", benedikt, hrs, "8 sharp Kofi, and don't forget to grab a veg box leaflet while you're "
                + "there");
        say(12, "10:25", mhAsk, kofi, "will do, thanks");
        say(13, "07:00", mhNotices, colette, "Water will be off 6-7am Tuesday for a repair");
        say(14, "17:00", mhOn, rukhsana, "hot cross bun leftovers turned into bread pudding, £2 a slice while it "
                + "lasts");
        // W16
        say(15, "07:00", mhNotices, colette, "Water back on, thanks for bearing with us");
        Post mussel = say(15, "11:00", mhAsk, maeve, "are mussels still ok in April? I thought it was only months "
                + "with an R");
        Post musselA = re(15, "11:20", lars, mussel, "April has an R 😄 rope-grown are fine all year really, ours "
                + "are from the Menai Strait and lovely right now");
        re(15, "11:30", maeve, musselA, "ha, of course it does. will be over Saturday");
        say(16, "08:00", mhTraders, tariq, "anyone want to split a pallet of charcoal? it's cheaper by the pallet");
        say(16, "08:20", mhTraders, lars, "I'll take a quarter for the smoker");
        say(16, "08:30", mhTraders, benedikt, "quarter for me too");
        say(17, "15:00", mhAsk, maeve, "@Gwen Parry thank you for the cake tasting on Saturday! my cousin's "
                + "decided, the three tier with the Perl Las on top");
        say(17, "15:30", mhAsk, gwen, "oh lovely Maeve! tell her congratulations, I'll email the order form");
        say(18, "18:00", mhOn, tariq, "supper club Friday the 20th: a few seats left, GF throughout as always");
        say(19, "12:00", mhTraders, rukhsana, "does anyone have a spare gazebo weight, the wind took mine outside");
        say(19, "12:10", mhTraders, gwen, "I've got two, come and grab them");
        say(20, "07:00", mhNotices, colette, "Sunday trading continues this weekend, 10 till 3");
    }

    private void fairs() {
        // W14: Imogen's pitch list, reminded as places fill, as Agnes asked
        Post list = say(1, "10:00", mfDates, imogen, "Harbourside Makers Fair, Sat 5 May, 40 pitches, £35 with a "
                + "table. booking form: forms.example/harbourside-may");
        Post shout = re(1, "10:30", agnes, list, "give us a shout when it's nearly full? I'm waiting to see if my "
                + "yarn order arrives in time");
        re(1, "10:40", imogen, shout, "will do Agnes");
        say(2, "09:00", mfNatter, nkechi, "how's everyone's spring looking? I've had more bookings than ever for "
                + "the vintage fair");
        say(2, "09:20", mfNatter, caspar, "steady. the Guildhall in May is two thirds full");
        say(2, "09:25", mfNatter, imogen, "Harbourside is filling fast, the sunny forecast helps");
        Post foot = say(2, "19:00", mfAsk, ravi, "me: brings 200 spoons. the fair: 4 visitors. is footfall bad "
                + "everywhere this spring or just me");
        say(2, "19:20", mfAsk, agnes, "it's not you, the Easter one at the leisure centre was dead for everyone");
        say(2, "19:25", mfAsk, nkechi, "indoor fairs in sunny weather always suffer Ravi. outdoor ones are up");
        say(2, "19:40", mfAsk, ravi, "that makes me feel better and worse at the same time 😂");
        say(3, "11:00", mfAsk, fleur, "do you need public liability insurance for every fair or is one policy "
                + "enough?");
        say(3, "11:30", mfAsk, emeka, "one annual policy covers all of them, mine's about £60 a year. organisers "
                + "will want to see the certificate");
        say(3, "11:35", mfAsk, fleur, "oh that's cheaper than I thought, thanks Emeka");
        say(4, "09:00", mfDates, imogen, "Harbourside: 12 pitches left. forms.example/harbourside-may");
        say(4, "10:00", mfDates, nkechi, "Vintage & Makers at the old station, Sun 13 May, free for first-timers "
                + "this month");
        say(5, "14:00", mfSwap, agnes, "selling my 3x3 gazebo, used one season, all pegs and weights, £60 "
                + "collect from town");
        say(5, "14:30", mfSwap, ravi, "is it the pop-up kind? interested");
        say(5, "14:40", mfSwap, agnes, "yes pop-up, goes up in 2 mins. yours if you want it Ravi");
        say(5, "15:00", mfSwap, ravi, "yes please! I'll pick it up Saturday");
        say(6, "09:00", mfDates, imogen, "Harbourside: 4 pitches left @Agnes Whitlow, as promised! "
                + "forms.example/harbourside-may");
        say(6, "09:20", mfDates, agnes, "yarn came! booked, thanks for the shout 🙏");
        say(7, "16:00", mfNatter, caspar, "does anyone else find the council's street trading forms harder every "
                + "year");
        say(7, "16:10", mfNatter, imogen, "every year. I have a spreadsheet of what they ask for now");
        // W15: Caspar talks shop with organisers while stallholders ask about his fair
        say(8, "09:00", mfNatter, caspar, "@Imogen Clarke can I see that spreadsheet? would save me a day");
        say(8, "09:30", mfNatter, imogen, "sure, I'll send it over");
        say(8, "10:00", mfNatter, caspar, "legend, thank you");
        Post gh = say(9, "10:00", mfAsk, emeka, "@Caspar Lowe are there still pitches at the Guildhall fair in "
                + "May? and is there power at the pitches?");
        say(9, "12:00", mfNatter, caspar, "what are people charging for corner pitches these days");
        say(9, "12:20", mfNatter, nkechi, "I do £10 extra for a corner");
        say(9, "12:25", mfNatter, caspar, "that's what I thought, I've been doing £5");
        say(10, "09:00", mfNatter, caspar, "also, has anyone used the new card reader from the council's "
                + "scheme? they keep emailing me");
        say(10, "09:15", mfNatter, imogen, "no, I just tell stallholders to bring their own");
        say(10, "11:00", mfAsk, agnes, "is anyone doing the Guildhall in May? wondering if it's worth it for "
                + "knitwear");
        say(10, "11:30", mfAsk, nkechi, "I think Caspar's still got pitches Agnes, it's a good crowd for "
                + "winter woollies but May I'm not sure. he'd know");
        say(10, "18:00", mfNatter, caspar, "trying to get a coffee van for the Guildhall, any recommendations?");
        say(10, "18:20", mfNatter, nkechi, "Bean There, they're lovely and they turn up on time");
        say(10, "18:25", mfNatter, caspar, "perfect, will call them");
        say(11, "10:00", mfNatter, caspar, "gazebo or no gazebo for an outdoor fair when the forecast says 40% "
                + "rain");
        say(11, "10:15", mfNatter, imogen, "always gazebo. always");
        say(12, "09:00", mfNatter, caspar, "the council forms are in! only took 3 hours with the spreadsheet");
        say(12, "09:10", mfNatter, imogen, "🎉");
        say(12, "19:00", mfSwap, emeka, "wanted: a folding display ladder for leather goods, anyone?");
        say(13, "10:00", mfNatter, caspar, "anyone want to do a joint advert in the county magazine? split 4 ways "
                + "it's £90 each");
        say(13, "10:30", mfNatter, nkechi, "I'm in");
        say(13, "11:00", mfNatter, caspar, "great, that's two of us");
        // W16: Fleur, helped by Nkechi about Nkechi's own fair; Caspar answers Emeka at last
        Post setup = say(15, "10:00", mfAsk, fleur, "@Nkechi Obi what time is set-up for the station fair? and can "
                + "I bring my own table?");
        Post setupA = re(15, "10:30", nkechi, setup, "set-up from 8, doors at 10. bring your own table, 6ft max, "
                + "and a cloth to the floor please");
        re(15, "10:40", fleur, setupA, "thanks Nkechi");
        re(16, "09:00", caspar, gh, "sorry Emeka, missed this. yes two pitches left, power on both, £45. "
                + "booking's on the Guildhall page");
        say(16, "09:30", mfAsk, emeka, "thanks Caspar, booked one");
        Post cand = say(17, "14:00", mfAsk, fleur, "@Nkechi Obi can I light a candle on my stall to show the "
                + "scent or is that a fire thing");
        Post candA = re(17, "14:30", nkechi, cand, "no flames indoors, sorry, the station's insurance won't have "
                + "it. a reed diffuser or a wax melt warmer on batteries works");
        re(17, "14:40", fleur, candA, "ah ok, thank you");
        say(18, "11:00", mfSwap, ravi, "which card reader do you all use? mine keeps dropping the connection");
        say(18, "11:20", mfSwap, fleur, "I've got a SumUp, it works offline and sends the payments when it finds "
                + "signal again. never lost one");
        say(18, "11:25", mfSwap, ravi, "offline mode, that's what I need. thanks Fleur");
        Post pay = say(19, "16:00", mfAsk, fleur, "@Nkechi Obi is the pitch fee paid on the day or before?");
        Post payA = re(19, "16:20", nkechi, pay, "before please, the link's in your booking email. first-timers "
                + "this month it's free anyway Fleur!");
        re(19, "16:30", fleur, payA, "oh even better, thank you");
        say(20, "18:00", mfNatter, imogen, "Harbourside is full, waiting list of 9. never had that before");
        say(20, "18:10", mfNatter, nkechi, "well deserved 👏");
        say(20, "18:15", mfNatter, caspar, "brilliant, congrats");
    }

    private void mead() {
        // W14: Jun joins and asks where to buy honey; Wilhelmina answers with her own, then once by DM
        say(1, "11:00", meHall, oskar, "bank holiday bottling day. 30 bottles of orange blossom traditional, "
                + "labels are wonky but who cares");
        say(1, "11:20", meHall, bram, "wonky labels are the mark of a real mazer");
        joins(2, "18:00", meHall, jun);
        Post bulk = say(2, "18:30", meHall, jun, "hi all, first mead soon. where do you all buy honey in bulk? "
                + "supermarket jars are going to bankrupt me");
        Post bulkA = re(2, "18:50", wilhelmina, bulk, "welcome Jun! I keep bees and sell 14kg buckets of "
                + "wildflower, £95, that's about 4 batches. it's in the for-sale room, or DM me. cash and carry "
                + "catering honey works too but it's blended");
        say(2, "19:00", meHall, aoife, "welcome! Willa's honey is what I use, and a lot of us do");
        re(2, "19:10", jun, bulkA, "thanks, will think about it, want to see if I like making it first");
        say(3, "20:00", meHelp, bram, "how much nutrient do you all use per gallon? the chart on the tub says "
                + "something insane");
        say(3, "20:20", meHelp, oskar, "staggered, TOSNA. about 1.5g Fermaid-O per gallon split over four days");
        say(3, "20:25", meHelp, bram, "oh staggered, that's what I've been missing");
        say(4, "09:00", meSale, wilhelmina, "This week: wildflower 14kg £95, heather 7kg £70 (only 3 left). "
                + "collection or courier");
        say(4, "09:30", meSale, bram, "£5 for a 23 litre carboy on the noticeboard at work? steal");
        say(4, "10:00", meSale, oskar, "heather for me please Willa, I'll collect Friday");
        say(5, "19:00", meDm, wilhelmina, "hi Jun, Willa from Meadhall. still after honey? I can do two wildflower "
                + "buckets for £180 if that helps, no rush");
        say(5, "21:00", meDm, jun, "thanks Willa, not yet, I want one small batch first. I'll let you know");
        say(5, "21:05", meDm, wilhelmina, "of course, good luck with it!");
        say(6, "12:00", meLogs, aoife, "cyser day 40: 1.002 and tastes like apple pie. racking at the weekend");
        say(6, "12:30", meLogs, leilani, "apple pie 😍 what apples?");
        say(6, "12:40", meLogs, aoife, "bramley and russet, half and half");
        // W15: Theo's videos; Leilani's brew log; Jun's first batch
        say(8, "17:00", meLogs, theo, "new video: my first ever metheglin, start to finish. like and subscribe "
                + "if you enjoy! youtube.example/watch?v=meth01");
        Post log = say(9, "20:00", meLogs, leilani, "melomel log, day 12: I racked my blackberry onto more "
                + "blackberries today because I wanted more colour. my gravity is 1.010 and I think my yeast has "
                + "slowed down, which I expected at this point. I tasted it and my first thought was jam, in a "
                + "good way. I'm going to leave it for a month now and then I'll decide on my oak. I have some "
                + "French medium toast spirals I want to try. has anyone oaked a melomel? did you like it?");
        re(9, "20:30", oskar, log, "I oaked a raspberry one with one spiral for 3 weeks, it rounded it off well. "
                + "taste weekly though, it sneaks up on you");
        re(9, "20:40", leilani, log, "3 weeks, noted, thank you Oskar! how's your orange blossom?");
        say(9, "20:50", meLogs, oskar, "tasting good, I'll post a bottle shot");
        Post stuck = say(10, "19:00", meHelp, jun, "first batch started Sunday and nothing's happening. no bubbles "
                + "at all");
        Post stuckA = re(10, "19:20", aoife, stuck, "how cold is your kitchen? and did you rehydrate the yeast? "
                + "also check the lid, bubbles often just escape round a loose one");
        re(10, "19:40", jun, stuckA, "lid was loose 🤦 it's bubbling now. thank you!");
        say(11, "17:00", meLogs, theo, "part 2 is up! racking and tasting the metheglin, don't forget to like "
                + "and subscribe: youtube.example/watch?v=meth02");
        say(11, "18:00", meHall, bram, "the new Meadhall meet-up: pub or someone's garden? May sometime");
        say(11, "18:15", meHall, aoife, "garden! we can bring bottles without the landlord getting cross");
        say(11, "18:20", meHall, oskar, "I've got a garden and a gazebo");
        say(12, "21:00", meLogs, leilani, "day 15: I tasted again, I think my blackberry has got even jammier. "
                + "Aoife, what yeast did you use for your cyser?");
        say(12, "21:15", meLogs, aoife, "71B, it's gentle with fruit");
        say(13, "17:00", meLogs, theo, "new short: 3 mistakes I made with my first mead. subscribe for more, "
                + "new video every week! youtube.example/shorts/mead3");
        say(14, "10:00", meSale, wilhelmina, "Heather's sold out, thank you. Wildflower buckets still £95");
        // W16: Oskar's question to Aoife; Kit's drive-by link
        say(15, "19:00", meHall, oskar, "@Aoife Nolan could I borrow your refractometer on Saturday? "
                + "mine's cracked and I'm bottling");
        say(16, "12:00", meLogs, aoife, "cyser racked and it's crystal clear already");
        say(16, "12:20", meLogs, leilani, "crystal clear after 6 weeks? I'm jealous");
        Post jun1 = say(17, "20:00", meHall, jun, "ok I'm hooked. @Wilhelmina Stoker is that wildflower bucket "
                + "still going? one please");
        re(17, "20:20", wilhelmina, jun1, "it is! I'll bring it to the meet-up or you can collect, whichever");
        say(17, "20:30", meHall, jun, "collect Saturday morning please");
        say(17, "21:00", meHall, kit, "Pemberton Honey Farm: raw heather and wildflower honey for mead makers, "
                + "10% off with MEADHALL10: pembertonhoney.example/shop");
        say(18, "18:00", meLogs, aoife, "bottled the cyser, 24 bottles, 2 for the meet-up");
        say(19, "09:00", meHall, oskar, "used a hydrometer in the end, the old way 😄");
        say(19, "09:30", meHall, bram, "the old ways are the best ways");
        say(20, "17:00", meLogs, leilani, "day 23: oak spiral in, I'm tasting every Sunday like Oskar said");
        say(20, "18:00", meLogs, jun, "batch one, day 10. smells like honey and bread. is that right?");
        say(20, "18:20", meLogs, bram, "honey and bread is perfect Jun, that's the yeast working");
    }

    private void scoops() {
        // W14
        say(1, "08:00", icSeason, giulia, "bank holiday Monday and 19 degrees. this is not a drill");
        say(1, "08:10", icSeason, babajide, "queue before we opened yesterday. I had to send my nephew for more "
                + "cones");
        say(1, "08:20", icSeason, mei, "I'm opening an hour early today, wish me luck");
        Post vegan = say(2, "21:00", icRecipes, mei, "how do you get vegan gelato creamy? mine's either icy or "
                + "gummy");
        Post veganA = re(2, "21:30", giulia, vegan, "oat and cashew base, a little coconut fat for body, and "
                + "balance the sugars with some dextrose so it isn't rock hard. 8% fat is roughly right. I teach "
                + "this on my gelato course in June if you want hands-on: rinaldigelato.example/course");
        re(2, "21:45", mei, veganA, "dextrose! that's what I'm missing. thanks Giulia");
        say(3, "10:00", icRecipes, rhodri, "for anyone struggling with overrun: I weighed a litre tub of ours at "
                + "every stage this week, we were at 45% and didn't know. now 28% and it tastes so much richer");
        say(3, "10:20", icRecipes, solveig, "this is such a useful thing to do, thank you Rhodri");
        say(4, "15:00", icSeason, babajide, "how do you all handle the queue when it goes round the corner?");
        say(4, "15:05", icSeason, giulia, "is anyone else's freezer display fogging up in this heat?");
        say(4, "15:20", icSeason, solveig, "Babajide, one person walks the queue with the menu and takes sizes, "
                + "cuts the wait by half");
        say(4, "15:25", icSeason, rhodri, "Giulia, check the door seals and the anti-fog heater, ours had a "
                + "blown fuse");
        say(4, "15:40", icSeason, babajide, "menu walker, love it");
        say(4, "16:00", icSeason, giulia, "fuse it was! thanks Rhodri");
        Post pist = say(5, "19:00", icRecipes, babajide, "pistachio paste prices have gone crazy. anyone found a "
                + "decent cheaper one?");
        re(5, "19:30", rhodri, pist, "Sicilian is the dream but we use a Turkish Antep paste, about 60% of the "
                + "price and honestly it's great");
        say(6, "18:00", icFreezer, mei, "first week of the season done. my feet hurt and I'm so happy");
        say(6, "18:10", icFreezer, solveig, "the first week always hurts the most 😄");
        // W15: Conrad answers with his bases; Rhodri asks for help buying a freezer
        Post icy = say(8, "20:00", icRecipes, mei, "my raspberry sorbet goes icy after two days in the cabinet, "
                + "any tips?");
        Post icyA = re(8, "20:30", conrad, icy, "two things: more invert sugar or dextrose to keep it soft, and "
                + "a stabiliser like locust bean gum at about 0.3%. or our ready sorbet base does it all for you, "
                + "10% off for this server: fitchbases.example/sorbet");
        re(8, "20:40", mei, icyA, "I'll try the locust bean gum first, thanks");
        Post buy = say(9, "09:00", icKit, rhodri, "looking at a second-hand batch freezer. what should I check "
                + "before I buy?");
        Post buyA = re(9, "09:30", solveig, buy, "run it full for a cycle and time it, check the dasher blades "
                + "for wear and ask when the compressor was last serviced");
        re(9, "09:40", rhodri, buyA, "thanks Solveig");
        Post past = say(10, "12:00", icRecipes, babajide, "do I need to pasteurise my base myself if I'm using "
                + "UHT milk and cream?");
        re(10, "12:30", conrad, past, "once you add sugar and powders you should, yes. our bases come "
                + "pasteurised, saves you the whole step: fitchbases.example/bases");
        say(10, "12:45", icRecipes, giulia, "Babajide, yes, and it's easy with a pasteuriser or a careful pan to "
                + "85 degrees, then chill fast. don't skip it for the EHO");
        say(10, "13:00", icRecipes, babajide, "thanks Giulia, I'll do the pan method");
        Post cap = say(11, "08:00", icKit, rhodri, "is 12 litres a batch enough for a small shop or should I go "
                + "bigger?");
        Post capA = re(11, "08:30", giulia, cap, "12 is plenty unless you're doing wholesale, I run a 12 and make "
                + "twice a day in August");
        re(11, "08:40", rhodri, capA, "perfect, thank you");
        say(11, "18:00", icRecipes, mei, "anyone do a good rhubarb ripple? first rhubarb's in");
        say(11, "18:30", icRecipes, rhodri, "roast the rhubarb with sugar and a vanilla pod, reduce the juices, "
                + "ripple it in as you extract. don't cook it to a mush");
        say(11, "18:35", icRecipes, mei, "doing this tomorrow");
        Post three = say(12, "08:00", icKit, rhodri, "three phase or single phase, does it matter for a batch "
                + "freezer?");
        Post threeA = re(12, "08:20", solveig, three, "matters a lot, most 12 litre ones are three phase. check "
                + "your shop's supply first or you'll pay an electrician more than the machine");
        re(12, "08:30", rhodri, threeA, "oh no. checking today, thanks");
        say(12, "14:00", icRecipes, solveig, "Rhodri's overrun post made me weigh ours too. 38%! fixed now");
        say(13, "19:00", icSeason, babajide, "rain all weekend, back to the crossword");
        say(13, "19:10", icSeason, mei, "I made waffles to sell and the rain people loved them");
        // W16: Solveig bumps her freezer listing in the room for trade
        say(15, "09:00", icKit, solveig, "selling our old Carpigiani 12 litre batch freezer, three phase, serviced "
                + "in January, £1,800 ono. details and photos: solveigis.example/freezer");
        say(15, "09:30", icKit, rhodri, "that's exactly the size I wanted but I've got single phase 😩");
        say(17, "09:00", icKit, solveig, "bump, still available, £1,700 now: solveigis.example/freezer");
        say(18, "11:00", icRecipes, mei, "rhubarb ripple is the best seller this week, thank you Rhodri!");
        say(18, "11:10", icRecipes, rhodri, "🙌 so glad");
        say(19, "09:00", icKit, solveig, "last bump, £1,600 and I'll help load it: solveigis.example/freezer");
        say(19, "10:00", icKit, babajide, "Solveig I might be interested, is it on wheels?");
        say(19, "10:20", icKit, solveig, "yes, castors on all four. come and see it Babajide");
        say(20, "17:00", icFreezer, conrad, "anyone going to the ice cream trade show in Harrogate next month?");
        say(20, "17:30", icFreezer, giulia, "we are, the Sunday");
        say(20, "17:40", icFreezer, rhodri, "found a single phase 10 litre on a retiring owner's list. buying it "
                + "Monday! thanks everyone who helped");
    }

    static Map<String, String> files() {
        return new HeldOutScenes75Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 75");
    }
}
