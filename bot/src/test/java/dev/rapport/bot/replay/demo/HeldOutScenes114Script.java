package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 114 (sealed): eight communities of woodwork, metalwork and heritage crafts, of kinds no earlier round
 * used (green woodworkers and chair bodgers who camp in a wood where nobody sells, a timber yard's own server, Ferncombe
 * Timber, with its Staff, its Trade Customers and retail Customers and a sales clerk's DM quote to a self-builder who
 * asked, knife makers with a makers' bench, a room where buyers ask, a for-sale room and a buyer's DM to his maker,
 * jewellery silversmiths with a commissions room, a hallmarking room and a trade setter who works for the others, hand
 * tool restorers with two dealers among them and a for-sale-and-wanted room, a heritage-skills training charity's own
 * server, Heritage Skills Trust West, with its tutors and coordinator as Staff and its Learners, thatchers with a room
 * where homeowners ask, a work board and a reed merchant whose fellow members are his customers, and chainsaw carvers
 * with a room where event organisers and garden owners ask and a newcomer who makes videos and sends a DM), over three
 * ISO weeks (2032-W14 to W16, from Easter Monday), written and labelled by writer114 (session 56) before any coach ran
 * on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-114.csv}. Run {@link #main} from the
 * project root to write the export again.
 */
final class HeldOutScenes114Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2032, 3, 29);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2032, 4, 19, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-114";
    private static final int BASE = 89200;

    // --- A. green woodworkers and chair bodgers (nobody sells) ---
    private final String bodge = cast.guild(1421);
    private final Channel bbLathe = cast.channel(bodge, "Bodgers' Bench", "pole-lathe",
            "pole lathes, shaving horses, drawknives and how to use them; everyone helps", "bb-pole-lathe.json");
    private final Channel bbWood = cast.channel(bodge, "Bodgers' Bench", "green-wood",
            "finding, splitting and storing green timber: coppice, windfall, tree surgeons' rounds", "bb-green-wood.json");
    private final Channel bbCamp = cast.channel(bodge, "Bodgers' Bench", "camp-weekends",
            "the group's own bodging camps in Clayhanger Wood: dates, the sign-up sheet, lifts and kit lists",
            "bb-camp-weekends.json");
    private final Channel bbChairs = cast.channel(bodge, "Bodgers' Bench", "show-your-chairs",
            "show what you are making: chairs, stools, spoons, progress pictures", "bb-show-your-chairs.json");
    private final Persona alasdair = cast.person("alasdair.brennan", "Alasdair Brennan");
    private final Persona wendy = cast.person("wendy.hartigan", "Wendy Hartigan");
    private final Persona tobias = cast.person("tobias.fenwick", "Tobias Fenwick");
    private final Persona imogen = cast.person("imogen.castleford", "Imogen Castleford");
    private final Persona declan = cast.person("declan.moriarty", "Declan Moriarty");
    private final Persona hamish = cast.person("hamish.lockyer", "Hamish Lockyer");
    private final Persona priti = cast.person("priti.sandhu", "Priti Sandhu");

    // --- B. a timber yard's own server ---
    private final String yard = cast.guild(1422);
    private final Role staff = cast.role("Staff", "#e67e22", 3);
    private final Role tradeCustomer = cast.role("Trade Customer", "#3498db", 2);
    private final Role customer = cast.role("Customer", "#95a5a6", 1);
    private final Channel ftNews = cast.channel(yard, "Ferncombe Timber", "yard-news",
            "from the yard staff: opening hours, delivery runs, new stock", "ft-yard-news.json");
    private final Channel ftAsk = cast.channel(yard, "Ferncombe Timber", "ask-the-yard",
            "customers: ask about stock, sizes, machining and orders; the yard staff answer", "ft-ask-the-yard.json");
    private final Channel ftTrade = cast.channel(yard, "Ferncombe Timber", "trade-counter",
            "trade account holders: orders, collections, delivery runs and account queries; staff answer",
            "ft-trade-counter.json");
    private final Channel ftOffcuts = cast.channel(yard, "Ferncombe Timber", "offcuts-and-seconds",
            "staff list offcut bundles and seconds for sale; first to claim gets them", "ft-offcuts-and-seconds.json");
    private final Persona colin = cast.person("colin.pettigrew", "Colin Pettigrew", staff);
    private final Persona shona = cast.person("shona.barraclough", "Shona Barraclough", staff);
    private final Persona kieran = cast.person("kieran.ashby", "Kieran Ashby", staff);
    private final Persona nigel = cast.person("nigel.featherstone", "Nigel Featherstone", tradeCustomer);
    private final Persona martina = cast.person("martina.kowalczyk", "Martina Kowalczyk", tradeCustomer);
    private final Persona elspeth = cast.person("elspeth.munro", "Elspeth Munro", customer);
    private final Persona femi = cast.person("femi.adebayo", "Femi Adebayo");
    private final Channel dmShonaFemi = cast.dm("2032-04-05", "Femi Adebayo", "dm-shona-femi.json");

    // --- C. knife makers ---
    private final String edge = cast.guild(1423);
    private final Channel etBench = cast.channel(edge, "Edge & Tang: Knife Makers", "makers-bench",
            "makers among ourselves: steels, heat treatment, grinds, handles, the workshop", "et-makers-bench.json");
    private final Channel etBuyers = cast.channel(edge, "Edge & Tang: Knife Makers", "buyers-ask",
            "want a knife made, or have one you need help with? ask here and the makers answer", "et-buyers-ask.json");
    private final Channel etSale = cast.channel(edge, "Edge & Tang: Knife Makers", "for-sale",
            "makers list finished knives: steel, size, handle, price", "et-for-sale.json");
    private final Channel etCare = cast.channel(edge, "Edge & Tang: Knife Makers", "sharpening-and-care",
            "whetstones, strops, oiling and storing knives", "et-sharpening-and-care.json");
    private final Persona callum = cast.person("callum.ridley", "Callum Ridley");
    private final Persona lorcan = cast.person("lorcan.duffy", "Lorcan Duffy");
    private final Persona agnieszka = cast.person("agnieszka.wrona", "Agnieszka Wrona");
    private final Persona theo = cast.person("theo.marchetti", "Theo Marchetti");
    private final Persona simon = cast.person("simon.halloran", "Simon Halloran");
    private final Persona zainab = cast.person("zainab.okoro", "Zainab Okoro");
    private final Persona moira = cast.person("moira.lennox", "Moira Lennox");
    private final Channel dmSimonCallum = cast.dm("2032-04-13", "Callum Ridley", "dm-simon-callum.json");

    // --- D. jewellery silversmiths ---
    private final String hall = cast.guild(1424);
    private final Channel hbIntro = cast.channel(hall, "The Hallmark Bench", "introductions",
            "new here? introduce yourself and what you make", "hb-introductions.json");
    private final Channel hbBench = cast.channel(hall, "The Hallmark Bench", "bench-talk",
            "silversmiths among ourselves: soldering, setting, finishing, tools and the trade", "hb-bench-talk.json");
    private final Channel hbComm = cast.channel(hall, "The Hallmark Bench", "commissions",
            "want a ring or piece made, or family jewellery remade? ask here and makers reply", "hb-commissions.json");
    private final Channel hbAssay = cast.channel(hall, "The Hallmark Bench", "hallmarking",
            "sending work to the assay office, sponsor's marks and the hallmarking rules", "hb-hallmarking.json");
    private final Persona fenella = cast.person("fenella.strachan", "Fenella Strachan");
    private final Persona marcus = cast.person("marcus.oyelaran", "Marcus Oyelaran");
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");
    private final Persona ffion = cast.person("ffion.harcourt", "Ffion Harcourt");
    private final Persona laura = cast.person("laura.pennington", "Laura Pennington");
    private final Persona davina = cast.person("davina.kershaw", "Davina Kershaw");
    private final Persona ewan = cast.person("ewan.sinclair", "Ewan Sinclair");

    // --- E. hand tool restorers ---
    private final String rust = cast.guild(1425);
    private final Channel rrHelp = cast.channel(rust, "Rust to Ready: Hand Tool Restorers", "restoration-help",
            "rust removal, japanning, fettling and sharpening; ask and anyone answers", "rr-restoration-help.json");
    private final Channel rrSale = cast.channel(rust, "Rust to Ready: Hand Tool Restorers", "for-sale-and-wanted",
            "members and dealers list tools for sale and post what they are after", "rr-for-sale-and-wanted.json");
    private final Channel rrAuction = cast.channel(rust, "Rust to Ready: Hand Tool Restorers", "auction-watch",
            "auction lots and boot-sale finds worth a look, prices realised, dealer talk", "rr-auction-watch.json");
    private final Channel rrShow = cast.channel(rust, "Rust to Ready: Hand Tool Restorers", "before-and-after",
            "show your restorations, before and after", "rr-before-and-after.json");
    private final Persona gordon = cast.person("gordon.tweddle", "Gordon Tweddle");
    private final Persona rhodri = cast.person("rhodri.gwilliam", "Rhodri Gwilliam");
    private final Persona ivor = cast.person("ivor.llewellyn", "Ivor Llewellyn");
    private final Persona patricia = cast.person("patricia.oduya", "Patricia Oduya");
    private final Persona stuart = cast.person("stuart.gilchrist", "Stuart Gilchrist");
    private final Persona hannah = cast.person("hannah.wetherell", "Hannah Wetherell");

    // --- F. a heritage-skills training charity's own server ---
    private final String trust = cast.guild(1426);
    private final Role trustStaff = cast.role("Staff", "#27ae60", 2);
    private final Role learner = cast.role("Learner", "#bdc3c7", 1);
    private final Channel hsNews = cast.channel(trust, "Heritage Skills Trust West", "course-news",
            "from the Trust's staff: course dates, bursaries, site details", "hs-course-news.json");
    private final Channel hsQ = cast.channel(trust, "Heritage Skills Trust West", "course-questions",
            "learners ask about courses, homework and techniques; tutors answer", "hs-course-questions.json");
    private final Channel hsLounge = cast.channel(trust, "Heritage Skills Trust West", "learners-lounge",
            "learners among yourselves: chat, lift shares, practice days", "hs-learners-lounge.json");
    private final Channel hsLog = cast.channel(trust, "Heritage Skills Trust West", "practice-log",
            "post your practice pieces and progress for feedback", "hs-practice-log.json");
    private final Persona maeve = cast.person("maeve.donnellan", "Maeve Donnellan", trustStaff);
    private final Persona bernadette = cast.person("bernadette.quayle", "Bernadette Quayle", trustStaff);
    private final Persona emlyn = cast.person("emlyn.roderick", "Emlyn Roderick", trustStaff);
    private final Persona owain = cast.person("owain.pritchard", "Owain Pritchard", learner);
    private final Persona aoife = cast.person("aoife.gallagher", "Aoife Gallagher", learner);
    private final Persona neville = cast.person("neville.ashcroft", "Neville Ashcroft", learner);
    private final Persona tamsin = cast.person("tamsin.polglase", "Tamsin Polglase", learner);

    // --- G. thatchers ---
    private final String thatch = cast.guild(1427);
    private final Channel trOwners = cast.channel(thatch, "Thatch & Ridge", "homeowners-ask",
            "owners of thatched homes ask about roofs, repairs, fire safety and insurance; thatchers answer",
            "tr-homeowners-ask.json");
    private final Channel trYard = cast.channel(thatch, "Thatch & Ridge", "thatchers-yard",
            "thatchers among ourselves: techniques, weather, ladders, the trade", "tr-thatchers-yard.json");
    private final Channel trReed = cast.channel(thatch, "Thatch & Ridge", "reed-and-materials",
            "water reed, long straw, hazel spars and liggers: stock, prices and deliveries", "tr-reed-and-materials.json");
    private final Channel trWork = cast.channel(thatch, "Thatch & Ridge", "work-board",
            "thatchers post jobs they can't take on or need a hand with", "tr-work-board.json");
    private final Persona malcolm = cast.person("malcolm.treloar", "Malcolm Treloar");
    private final Persona josie = cast.person("josie.kingdon", "Josie Kingdon");
    private final Persona wyn = cast.person("wyn.bevan", "Wyn Bevan");
    private final Persona fergus = cast.person("fergus.lannigan", "Fergus Lannigan");
    private final Persona bethany = cast.person("bethany.coombes", "Bethany Coombes");
    private final Persona arthur = cast.person("arthur.pengelly", "Arthur Pengelly");
    private final Persona sunita = cast.person("sunita.rao", "Sunita Rao");

    // --- H. chainsaw carvers ---
    private final String saw = cast.guild(1428);
    private final Channel ssShow = cast.channel(saw, "Sawdust & Stumps: Chainsaw Carvers", "show-and-tell",
            "show your carvings, finished or in progress", "ss-show-and-tell.json");
    private final Channel ssAsk = cast.channel(saw, "Sawdust & Stumps: Chainsaw Carvers", "commissions-and-events",
            "event organisers and garden owners ask for demos, stump carvings and commissions; carvers reply",
            "ss-commissions-and-events.json");
    private final Channel ssKit = cast.channel(saw, "Sawdust & Stumps: Chainsaw Carvers", "kit-and-safety",
            "carving bars, saws, grinders, PPE and sharpening", "ss-kit-and-safety.json");
    private final Channel ssSale = cast.channel(saw, "Sawdust & Stumps: Chainsaw Carvers", "for-sale",
            "carvings and second-hand kit for sale", "ss-for-sale.json");
    private final Persona gethin = cast.person("gethin.rowlands", "Gethin Rowlands");
    private final Persona kirsty = cast.person("kirsty.macaulay", "Kirsty Macaulay");
    private final Persona morag = cast.person("morag.lindsay", "Morag Lindsay");
    private final Persona bryony = cast.person("bryony.hosking", "Bryony Hosking");
    private final Persona jago = cast.person("jago.pendry", "Jago Pendry");
    private final Persona philippa = cast.person("philippa.ormerod", "Philippa Ormerod");
    private final Persona raj = cast.person("raj.chaudhry", "Raj Chaudhry");
    private final Channel dmJagoRaj = cast.dm("2032-04-06", "Raj Chaudhry", "dm-jago-raj.json");

    private HeldOutScenes114Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        bodgers();
        timberYard();
        knifeMakers();
        silversmiths();
        toolRestorers();
        heritageTrust();
        thatchers();
        carvers();
    }

    private void bodgers() {
        // W14 (Easter Monday is day 1)
        Post alSheet = say(1, "09:30", bbCamp, alasdair, "Happy Easter Monday all. May camp in Clayhanger Wood is on, "
                + "Friday 14th to Sunday 16th May. Twelve places, lathes and horses provided, bring your own "
                + "drawknife if you have one. Sign-up sheet: forms.example/clayhanger-may");
        Post weIn = re(1, "10:05", wendy, alSheet, "Put my name down. Can I bring the new lathe bed I made over the "
                + "winter so people can try it?");
        re(1, "10:20", alasdair, weIn, "Please do, the more lathes the better.");
        Post imLift = re(1, "11:40", imogen, alSheet, "Signed up. Is anyone driving from the Bristol side? I don't "
                + "have a car big enough for a shaving horse.");
        re(1, "12:15", hamish, imLift, "I come through Keynsham with the van, I can take you and your kit.");
        Post toLegs = say(1, "16:00", bbChairs, tobias, "Easter project: three legs turned for a stool from the ash "
                + "Hamish gave out in February. Still wet, drying them by the woodburner now.");
        Post haLegs = re(1, "16:30", hamish, toLegs, "Nice crisp beads. Don't dry them too close or the ends will "
                + "check.");
        re(1, "16:45", tobias, haLegs, "Moved them back a metre, thanks.");
        Post imHorse = say(2, "19:00", bbLathe, imogen, "Has anyone got measured drawings for a shaving horse? I want "
                + "to build one before May so I'm not queueing for the camp ones.");
        Post weHorse = re(2, "19:25", wendy, imHorse, "I drew mine up last year, free to print on A3: "
                + "wendyhartigan.example/shaving-horse.pdf. The dumbhead pivot height is the bit people get wrong, "
                + "set it to your own knee.");
        re(2, "19:40", imogen, weHorse, "Perfect, printing it at the library tomorrow. Thank you Wendy.");
        joins(3, "08:10", bbLathe, declan);
        Post deBungee = say(3, "20:00", bbLathe, declan, "Hi all, new and very keen. My bungee lathe loses tension "
                + "after ten minutes and the work stalls on the down stroke. I tried a second cord but it's the same.");
        Post alBungee = re(3, "20:30", alasdair, deBungee, "Welcome Declan! Bungee cord stretches as it warms. Take "
                + "it off the return and use a length of ash sapling as a spring pole, or fit a cord with a steel "
                + "spring in line.");
        Post haBungee = re(3, "20:45", hamish, deBungee, "Also check the treadle's not bottoming out on the floor. "
                + "If it is, you lose the last inch of stroke.");
        Post deTried = re(4, "19:30", declan, alBungee, "Tried a hazel pole off the hedge tonight and it's a "
                + "different machine. The treadle was bottoming out too, Hamish, so I've put a block under the "
                + "pivot. Thank you both.");
        deTried.react("👏", alasdair, hamish);
        Post haAsh = say(4, "08:00", bbWood, hamish, "Felling ash at Stoke Wood on Thursday the 8th. Members are "
                + "welcome to take a few lengths for legs and spindles, just let me know how many so I can set "
                + "them aside.");
        re(4, "09:10", priti, haAsh, "Two 4ft lengths for me please, I'll come with a bow saw.");
        re(4, "09:40", wendy, haAsh, "One for me, straight as you can find. Thank you Hamish.");
        Post prSteam = say(6, "14:00", bbChairs, priti, "First go at a comb-back. The comb cracked on the bend. Does "
                + "everyone steam for an hour per inch or is that a myth?");
        Post alSteam = re(6, "14:40", alasdair, prSteam, "Hour per inch is a rule of thumb for dry wood. Green ash "
                + "needs less. The crack is usually grain run-out, not the steaming. Rive it rather than saw it.");
        re(6, "15:00", priti, alSteam, "It was sawn, so that's probably it. I'll rive the next one.");
        // W15
        Post to1 = say(8, "19:00", bbChairs, tobias, "Comb-back chair, day one: seat blank adzed out. My shoulders "
                + "know about it.");
        to1.react("🔥", wendy);
        Post to2 = say(9, "18:30", bbChairs, tobias, "Day two: steamed the comb and bent it over a former. Held its "
                + "shape overnight so far.");
        Post prAsk = re(9, "20:10", priti, to2, "@Tobias Fenwick how long did you steam the comb for, and was the "
                + "former a solid one or pegs on a board? Mine keep cracking.");
        Post deKnife = say(8, "20:30", bbLathe, declan, "Next question from the new boy: my old drawknife won't hold "
                + "an edge. Is it worth regrinding, or is the steel just soft?");
        Post weKnife = re(8, "21:00", wendy, deKnife, "Most old ones are fine steel. Flatten the back first and "
                + "hone a small bevel. If it still folds after that, then it's soft.");
        re(9, "19:15", declan, weKnife, "Flattened the back, it took an hour, then honed. Shaved a whole chair leg "
                + "without touching it up. The back was the problem.");
        say(10, "19:00", bbChairs, tobias, "Day three: spindles riven and roughed on the horse. Eleven of them.");
        Post deOak = say(10, "20:00", bbWood, declan, "Got a free oak round from a tree surgeon. How do I split it "
                + "without wrecking it? I only have a maul and one wedge.");
        Post haOak = re(10, "20:20", hamish, deOak, "Start at the bark edge along a check, not the middle. Make "
                + "yourself a couple of wooden gluts from the offcuts to keep the split open.");
        re(11, "18:00", declan, haOak, "Made two gluts from holly. Got eight billets out of it. Thanks Hamish.");
        say(11, "19:30", bbChairs, tobias, "Day four: spindles turned, drying in a box over the boiler.");
        Post imCord = say(12, "09:00", bbLathe, imogen, "Shaving horse is built! Now the lathe. Bungee or pole for a "
                + "garden with no tree to hang it from?");
        Post deCord = re(12, "09:30", declan, imCord, "I had the same. A hazel pole fixed to a post at the back works "
                + "better than bungee, the bungee stretches. Put a block under the treadle if it hits the floor.");
        re(12, "10:00", imogen, deCord, "Pole it is. Thanks Declan.");
        say(12, "19:00", bbChairs, tobias, "Day five: seat mortices drilled. Only one went in at a jaunty angle.");
        say(13, "17:30", bbChairs, tobias, "Day six: glued up. Wedges in. It wobbles a little. Tomorrow, legs "
                + "levelled.");
        Post alFour = say(10, "08:30", bbCamp, alasdair, "Four places left for May: forms.example/clayhanger-may. "
                + "Tent pitches by the stream are booked, the field is still free.");
        re(10, "09:00", priti, alFour, "Put myself down. I'll bring the big kettle.");
        // W16
        Post toDone = say(15, "18:00", bbChairs, tobias, "Finished! Comb-back chair, first ever. Thanks for all the "
                + "pointers in here.");
        toDone.react("🎉", wendy, hamish, alasdair, imogen);
        re(16, "08:40", tobias, prAsk, "@Priti Sandhu sorry, I missed this under my own updates. About 40 minutes "
                + "for 20mm green ash, and pegs on a board so I can shift them. Rive it and it should hold.");
        re(16, "09:30", priti, toDone, "It looks great. And thanks for the steaming answer, I'll try pegs.");
        Post weRead = say(17, "20:00", bbWood, wendy, "Good piece on the old Chiltern bodgers from the county "
                + "museum, lovely photos of the lathes in the beech woods: chilternmuseum.example/bodgers");
        re(17, "20:30", hamish, weRead, "My grandad knew one of them. Great read.");
        Post alTwo = say(17, "09:00", bbCamp, alasdair, "Two places left now. Lifts so far: Hamish from Keynsham "
                + "with Imogen, Wendy from Frome. Sheet as before: forms.example/clayhanger-may");
        Post deCamp = re(17, "10:15", declan, alTwo, "Just put my name in. Could anyone from Bath give me a lift? I "
                + "can chip in for fuel.");
        re(17, "11:00", wendy, deCamp, "Frome isn't far off, I'll pick you up in Bath.");
        Post prWood = say(19, "18:00", bbWood, priti, "Collected the ash from Stoke Wood. Best way to keep it green "
                + "until May?");
        Post haWood = re(19, "18:20", hamish, prWood, "Leave it in the round, ends painted with old emulsion, in the "
                + "shade. It'll keep for months.");
        re(19, "18:30", priti, haWood, "Emulsion it is, thanks.");
        say(20, "10:00", bbLathe, alasdair, "Sharpening morning at mine on Saturday the 1st if anyone wants to "
                + "bring edge tools before the camp. Tea provided.");
    }

    private void timberYard() {
        // W14
        say(1, "08:00", ftNews, colin, "The yard is closed today for Easter Monday. Open again Tuesday 7:30. "
                + "Thursday's delivery run to Honiton and Axminster goes as normal.");
        Post kiOak = say(2, "10:00", ftOffcuts, kieran, "Oak offcut bundle, mostly 25mm boards under 600mm, dry, "
                + "about a barrow load. £25, collect only.");
        re(2, "10:40", elspeth, kiOak, "I'll have that please, for shelf brackets. Picking up tomorrow morning.");
        Post elClad = say(2, "12:00", ftAsk, elspeth, "For the garden room cladding, is treated larch worth the extra "
                + "over untreated? It'll be stained anyway.");
        Post shClad = re(2, "12:30", shona, elClad, "Larch is durable on its own, so untreated is fine if you leave "
                + "a gap at the bottom and let it breathe. Treated is only worth it near the ground.");
        re(2, "12:45", elspeth, shClad, "Untreated then. Thanks Shona, that saves me a fair bit.");
        Post niOrder = say(2, "07:40", ftTrade, nigel, "@Shona Barraclough can I get 20 lengths of 4x2 C24 at 4.8 "
                + "on Thursday's Honiton run? Account NF-112.");
        Post shOrder = re(2, "08:10", shona, niOrder, "Booked on Thursday's run, Nigel. Should be with you by 11.");
        re(4, "11:30", nigel, shOrder, "Arrived, all good.");
        Post maLarch = say(3, "09:00", ftTrade, martina, "Looking at larch for planking a 16ft clinker dinghy. What "
                + "moisture is the air-dried stock at? I want it around 18 to 20 percent for steaming.");
        Post kiLarch = re(3, "09:45", kieran, maLarch, "The boatskin larch in bay 4 read 19 this morning. I can pick "
                + "you the clearest boards if you tell me lengths.");
        re(3, "10:10", martina, kiLarch, "Six at 4.2m, as clear as you can. I'll collect Friday.");
        Post coKiln = say(5, "08:00", ftNews, colin, "New stock: kiln-dried English oak in 27 and 52mm is in. Sawn "
                + "waney edge, so bring your own cutting list.");
        re(5, "09:00", elspeth, coKiln, "Do you plane it to size for customers or is that trade only?");
        say(5, "09:30", ftNews, shona, "@Elspeth Munro we plane for everyone, small charge per metre. Ask in "
                + "#ask-the-yard with sizes and we'll price it.");
        // W15
        joins(8, "07:50", ftAsk, femi);
        Post feOak = say(8, "08:30", ftAsk, femi, "Morning. I'm restoring a cart shed as a home. Do you stock green "
                + "oak beams, 8x8 in 4.8m lengths? I need six. What sort of price would that be?");
        Post shOak = re(8, "09:00", shona, feOak, "Morning Femi, yes, we mill them to order. I'll send you a quote "
                + "by message with delivery.");
        say(8, "09:20", dmShonaFemi, shona, "Hi Femi, Shona from Ferncombe. Six green oak beams 8x8 at 4.8m come "
                + "to £1,740 plus VAT, delivered on our Tuesday run. Ten working days from order. Any questions, "
                + "just ask.");
        say(9, "19:00", dmShonaFemi, femi, "Thanks Shona. That's within budget. Can you deliver to a lane with "
                + "no turning for a lorry?");
        say(10, "08:15", dmShonaFemi, shona, "We'll send the smaller truck with the crane, it backs in fine. I've "
                + "put you down provisionally for the 20th.");
        say(10, "08:40", dmShonaFemi, femi, "Brilliant, confirmed. I'll pay the deposit today.");
        Post niSapele = say(9, "10:00", ftTrade, nigel, "@Colin Pettigrew the sapele for the Church Lane doors came "
                + "20mm short on two boards. Can you swap them before Friday? The client's fitting day is "
                + "Saturday, so can you let me know today?");
        Post coRun = say(9, "11:00", ftNews, colin, "Delivery run change: Thursday's Axminster run moves to Friday "
                + "this week, the lorry's in for its MOT.");
        Post elRoom = say(9, "14:00", ftAsk, elspeth, "Garden room frame is up! Photo next week. How far apart "
                + "should the battens go for the larch cladding?");
        Post coRoom = re(9, "14:30", colin, elRoom, "Well done! 600 centres is fine for 19mm larch. Stainless nails, "
                + "not galvanised, or you'll get black streaks.");
        re(9, "15:00", elspeth, coRoom, "Stainless, noted. Thanks Colin.");
        Post niAgain = re(10, "09:00", nigel, niSapele, "Any word @Colin Pettigrew? I need to tell the client "
                + "whether Saturday's still on.");
        say(10, "10:00", ftNews, colin, "We've got the mobile sawmill out at Dalwood on Thursday, milling a "
                + "storm-blown cedar. Boards available in the autumn once it's air-dried.");
        Post coTea = re(10, "16:00", colin, elRoom, "Meant to say, if you want a hand with the door frame, Kieran "
                + "can machine you a rebated one from the oak offcuts.");
        re(10, "16:30", elspeth, coTea, "Oh yes please, I'll bring the sizes on Saturday.");
        Post feCollect = say(11, "08:00", ftAsk, femi, "Is the yard open Saturday morning for collecting a few "
                + "pegs and wedges?");
        re(11, "08:30", colin, feCollect, "Yes, 8 till 12 on Saturdays. Ask for Kieran at the mill shed.");
        Post maPlane = say(11, "12:00", ftAsk, martina, "Could the yard plane the larch down to 15mm for the "
                + "garboards, or is that too thin to bother with?");
        Post kiPlane = re(11, "13:00", kieran, maPlane, "15's fine, we take it down in two passes. Drop them at "
                + "the mill shed.");
        re(11, "13:20", martina, kiPlane, "Great, Friday then.");
        say(11, "15:00", ftOffcuts, kieran, "Seconds: eight lengths of 47x150 treated, some wane and a split at "
                + "one end. £4 a length.");
        re(12, "09:00", colin, niAgain, "Nigel, really sorry, I saw this late. Two new sapele boards are cut "
                + "and on the van with you this afternoon, no charge. Saturday's safe.");
        re(12, "09:30", nigel, niAgain, "Cutting it fine, but thanks. The client would've had my head.");
        // W16
        Post coSorry = say(15, "08:00", ftNews, colin, "From this week, trade queries in #trade-counter get "
                + "picked up by whoever's in the office first, not just the person tagged. Sorry to anyone who "
                + "waited last week.");
        coSorry.react("👍", nigel, martina);
        Post niSent = say(15, "10:00", ftTrade, nigel, "Sapele doors are hung and the client's happy. I sent my "
                + "apprentice's dad your way for his decking, he'll be in this week.");
        Post shSent = re(15, "10:20", shona, niSent, "Thanks Nigel, that's kind. I'll look after him.");
        re(15, "10:30", nigel, shSent, "Cheers.");
        Post elPhoto = say(16, "18:00", ftAsk, elspeth, "Garden room clad and the door's in. Kieran's frame fits "
                + "like a glove. Thank you all, I'll be back for decking.");
        elPhoto.react("❤️", colin, kieran, shona);
        Post feHere = say(20, "13:00", ftAsk, femi, "Beams arrived this morning, the crane truck was brilliant. "
                + "Any tips for storing green oak before it goes up?");
        Post kiStore = re(20, "13:30", kieran, feHere, "Off the ground on bearers, stickered, and out of full sun "
                + "so it doesn't check too fast.");
        re(20, "13:50", femi, kiStore, "On bearers and under the trees. Thanks Kieran.");
        say(18, "10:00", ftOffcuts, kieran, "Another oak bundle, shorter bits this time, good for pegs and "
                + "handles. £15.");
    }

    private void knifeMakers() {
        // W14
        say(1, "10:00", etSale, callum, "Gyuto, 240mm, 26C3 carbon, walnut and brass handle, full convex grind. "
                + "£310 posted.");
        Post agPetty = say(2, "09:00", etSale, agnieszka, "Damascus petty knife, 130mm, 15N20 and 1084 ladder "
                + "pattern, bog oak handle. £240 + postage.");
        agPetty.react("🔥", lorcan, callum);
        Post siPetty = say(2, "12:00", etBuyers, simon, "@Callum Ridley I've used the gyuto you made me every "
                + "service since last summer. Could you make a petty to match, same steel and handle?");
        Post caPetty = re(2, "13:00", callum, siPetty, "Glad it's earning its keep! Yes, I can match the walnut. "
                + "About five weeks, I'll message you with a date.");
        re(2, "13:15", simon, caPetty, "Perfect, no rush.");
        Post moStone = say(3, "18:00", etCare, moira, "Bought my first carbon knife. Which whetstone should I start "
                + "with, and do I need a flattening plate straight away?");
        Post loStone = re(3, "18:30", lorcan, moStone, "A 1000 grit combined with a 4000 will see you right for "
                + "years. A flattening plate can wait, rub it on wet-and-dry on a tile for now.");
        Post agStone = re(3, "19:00", agnieszka, moStone, "And dry it straight after washing. Carbon goes grey "
                + "first, that's the patina and it's fine. Orange is rust.");
        re(3, "19:20", moira, agStone, "Grey good, orange bad. Thanks both!");
        Post thQuench = say(4, "20:00", etBench, theo, "Hobbyist here, five knives in. Canola oil for quenching "
                + "1084, or is it worth buying proper quench oil?");
        Post caQuench = re(4, "20:20", callum, thQuench, "Canola works for 1084 if you warm it to about 50C first. "
                + "Proper oil matters more for the deeper hardening steels.");
        Post agQuench = re(4, "20:40", agnieszka, thQuench, "Agree. Keep a lid by the tank whatever you use.");
        re(4, "21:00", theo, caQuench, "Warming it, got it. And a lid. Thanks both.");
        Post loHandle = say(5, "10:00", etBench, lorcan, "Stabilised birch burl or plain oiled birch for bushcraft "
                + "handles? My customers mostly want something grippy when wet.");
        Post caHandle = re(5, "10:30", callum, loHandle, "Plain oiled birch, it grips better wet than any "
                + "stabilised block I've tried.");
        re(5, "11:00", lorcan, caHandle, "That's my feeling too.");
        // W15: Agnieszka only on the bench
        Post zaHunt = say(8, "11:00", etBuyers, zainab, "Hello! I'm after a Damascus hunting knife for my "
                + "partner's 40th in June. Budget about £300. Does anyone here make them?");
        Post agBillet = say(8, "19:00", etBench, agnieszka, "Tried a twist pattern in a 19-layer billet today and "
                + "it cold-shut halfway along. Forge too cool, or flux?");
        Post caBillet = re(8, "19:20", callum, agBillet, "Sounds like temperature. Did you soak it long enough "
                + "before the first weld?");
        Post agSoak = re(8, "19:40", agnieszka, caBillet, "Probably not, I was impatient. Ten minutes next time.");
        Post loBillet = re(8, "20:00", lorcan, agBillet, "I had the same with a gas forge in spring, the cold "
                + "mornings. Pre-heat the forge longer too.");
        re(8, "20:10", agnieszka, loBillet, "Yes, it's an old forge and the garage is freezing.");
        Post zaAsk = re(9, "10:00", zainab, zaHunt, "@Agnieszka Wrona I saw your petty knife in #for-sale. Would "
                + "you make a hunter in that pattern, and how long would it take?");
        re(9, "11:00", callum, zaAsk, "Agnieszka is the one for Damascus here. I'm sure she'll be along.");
        Post agPress = say(9, "19:00", etBench, agnieszka, "Is a 20-ton hydraulic press worth it for a small shop, or "
                + "do I stick with the power hammer?");
        Post caPress = re(9, "19:30", callum, agPress, "A press is quieter and the neighbours will love you. It's "
                + "slower for drawing out though.");
        re(9, "19:45", agnieszka, caPress, "Neighbours are the deciding factor, honestly.");
        Post loPress = re(9, "20:00", lorcan, agPress, "Mine paid for itself in a year. Get one with a foot pedal.");
        re(9, "20:15", agnieszka, loPress, "Foot pedal, noted.");
        Post moChip = say(10, "12:00", etBuyers, moira, "Can anyone regrind a chipped tip on a Damascus "
                + "knife? It was a present and I dropped it on the tiles.");
        Post agEtch = say(10, "19:00", etBench, agnieszka, "Ferric chloride strength for etching: I've been going "
                + "one to four with water. Too weak?");
        Post loEtch = re(10, "19:20", lorcan, agEtch, "One to three for me, two dips of ten minutes with a scrub in "
                + "between.");
        re(10, "19:30", agnieszka, loEtch, "I'll try the scrub between dips.");
        Post thEtch = re(10, "19:40", theo, agEtch, "Does instant coffee after the ferric really darken it or is "
                + "that a forum myth?");
        re(10, "19:50", agnieszka, thEtch, "It works! Strong, hot, overnight.");
        Post loChip = re(11, "09:00", lorcan, moChip, "I can, Moira. Post it to me with a note and I'll regrind the "
                + "tip and send it back. Just the postage.");
        re(11, "09:30", moira, loChip, "That's so kind, it's in the post tomorrow.");
        Post agPattern = say(11, "19:00", etBench, agnieszka, "The twist came out! Ten-minute soak did it. Photo "
                + "of the etched bar attached.");
        Post caPattern = re(11, "19:15", callum, agPattern, "That's lovely and tight.");
        re(11, "19:30", agnieszka, caPattern, "Thanks, two more bars to go.");
        Post loPattern = re(12, "08:00", lorcan, agPattern, "Crisp. What's the layer count in the end?");
        re(12, "08:30", agnieszka, loPattern, "About 150 after the restack.");
        // W16
        re(15, "09:00", agnieszka, zaAsk, "Zainab, I'm so sorry, I lost a week in the workshop and didn't look in "
                + "here. Yes, I'd love to make it. A 100mm hunter in ladder pattern with a stag handle would be "
                + "about £320, ready by the end of May.");
        Post zaYes = re(15, "12:00", zainab, zaAsk, "That's just what I had in mind. How do I pay the deposit?");
        re(15, "12:30", agnieszka, zaYes, "I'll send you bank details by message now. Thank you!");
        Post thResult = say(16, "20:00", etBench, theo, "Quench update: warm canola, lid on, first knife with no "
                + "warp at all. Thanks for the tips last week.");
        Post loProud = re(16, "20:30", lorcan, thResult, "I remember my first warp-free one. I had just moved my "
                + "forge into the old dairy and I was making twelve knives a month then. My waiting list grew to "
                + "eight months after my stand at the Spring Game Fair.");
        Post caProud = re(16, "20:45", callum, thResult, "Well done Theo, that's the hardest step.");
        re(17, "08:00", lorcan, caProud, "I got best in show for my bushcraft knife at the Game Fair, my third "
                + "year in a row. My new oak handles are my best work, I think. I'm booking my stand for next "
                + "year already.");
        Post thPhoto = say(17, "19:00", etBench, theo, "Handle on the no-warp knife, my first with a pinned "
                + "scale.");
        re(17, "19:20", lorcan, thPhoto, "My first pinned handle cracked. I use my own mosaic pins now, I make "
                + "them myself from my offcuts. My pins are my trademark, I sell them on my stand too.");
        re(18, "10:00", lorcan, thPhoto, "My workshop's open day is on the 2nd, my forge will be lit and my whole "
                + "range will be out on my benches. My partner does the teas.");
        Post moBack = say(19, "12:00", etCare, moira, "My Damascus knife came back from Lorcan with a perfect tip. "
                + "How often should I oil it?");
        Post loOil = re(19, "12:30", lorcan, moBack, "Glad it arrived safe! A wipe of camellia oil after each wash "
                + "while the patina builds, then once a week.");
        re(19, "12:45", moira, loOil, "Camellia oil, got it. Thank you!");
        say(16, "19:00", dmSimonCallum, simon, "Hi Callum, is the petty on track for the 24th? It's for a menu "
                + "launch.");
        say(16, "20:10", dmSimonCallum, callum, "It is. Heat treated yesterday, handle goes on this weekend. "
                + "I'll post it on the 20th.");
        say(17, "08:00", dmSimonCallum, simon, "Great, thanks Callum.");
    }

    private void silversmiths() {
        // W14
        Post yuHello = say(1, "11:00", hbIntro, yusuf, "Hello! I'm Yusuf, two years out of a jewellery course in "
                + "Birmingham, making rings and pendants in recycled silver from a shared workshop. My bits are at "
                + "yusufdemir.example");
        Post feHello = re(1, "11:30", fenella, yuHello, "Welcome Yusuf! Who's your sponsor's mark with, Birmingham "
                + "or London?");
        re(1, "11:50", yusuf, feHello, "Birmingham, registered last month. Thanks for the welcome!");
        Post laBands = say(2, "10:00", hbComm, laura, "We're getting married in September and want matching "
                + "wedding bands in recycled silver, slightly textured. Roughly what would a pair cost and how "
                + "long does it take?");
        Post feBands = re(2, "10:45", fenella, laBands, "Congratulations! For a pair of 4mm hammered bands in "
                + "recycled silver I'd be around £180 to £220 the pair, hallmarked, about four weeks. Happy to "
                + "send sketches first.");
        re(2, "11:10", laura, feBands, "That's lovely and well within what we hoped. Sketches please!");
        Post daRings = say(3, "14:00", hbComm, davina, "My late mum's engagement ring and her eternity ring are "
                + "too small for me and sit in a drawer. Can they be joined, or remade into one ring?");
        Post ffRings = re(3, "14:40", ffion, daRings, "They can, and it's one of my favourite jobs. Often the two "
                + "shanks are soldered together and the stones kept as they are. Could you send photos from the "
                + "side?");
        re(3, "15:00", davina, ffRings, "I'll take some tonight. Thank you, that would mean a lot.");
        say(4, "10:02", hbBench, yusuf, "New stacking rings are up in my shop, twelve sizes, all "
                + "recycled silver: yusufdemir.example/stacking");
        say(4, "10:05", hbAssay, yusuf, "Just hallmarked a batch of stacking rings, they're in my shop now: "
                + "yusufdemir.example/stacking");
        say(4, "10:07", hbComm, yusuf, "Stacking rings in my shop if anyone's after one: "
                + "yusufdemir.example/stacking");
        Post maBezel = say(4, "16:00", hbBench, marcus, "Setting for the trade this week: forty bezel settings for a "
                + "jeweller in Hatton Garden. My thumbs are done in.");
        Post feBezel = re(4, "16:30", fenella, maBezel, "Do you use a bezel rocker or just pushers?");
        re(4, "16:45", marcus, feBezel, "Rocker for the first pass, then a polished pusher. Saves the thumbs a bit.");
        Post yuSponsor = say(5, "09:00", hbAssay, yusuf, "Question: do I need to send the rings for hallmarking "
                + "if they're under 7.78 grams each?");
        Post feSponsor = re(5, "09:30", fenella, yuSponsor, "Under 7.78g silver is exempt, but you can still mark "
                + "them. Buyers do like to see the hallmark.");
        re(5, "09:45", yusuf, feSponsor, "Good to know, thanks.");
        say(6, "09:00", hbBench, yusuf, "Easter weekend deal: 20% off my stacking rings with code EASTER20, "
                + "yusufdemir.example/stacking");
        Post feNudge = say(6, "10:00", hbBench, fenella, "Gentle one for everyone: shop links are welcome in "
                + "introductions and when someone asks. Bench talk is for the bench.");
        re(6, "10:30", yusuf, feNudge, "Fair enough, sorry. I got overexcited with my first batch.");
        // W15
        Post ewEngrave = say(8, "12:00", hbComm, ewan, "Can anyone engrave inside a ring I already have? Our tenth "
                + "anniversary, just the date and two initials.");
        Post maEngrave = re(8, "12:30", marcus, ewEngrave, "I hand-engrave for the trade and for the public. Inside "
                + "a band, date and initials is a small job. Post it or drop it at my workshop in the Jewellery "
                + "Quarter.");
        re(8, "12:45", ewan, maEngrave, "Brilliant, I'll drop it in on Saturday.");
        Post yuSolder = say(9, "19:00", hbBench, yusuf, "My solder seams on the stacking rings keep showing as a "
                + "grey line after polishing. Easy solder, pickled, then polished. Any ideas?");
        Post feSolder = re(9, "19:30", fenella, yuSolder, "That's usually too much solder or not hot enough, so it "
                + "sits on top. Smaller pallions and heat the whole ring.");
        Post ffSolder = re(9, "19:45", ffion, yuSolder, "And try medium for the seam, easy for later joins.");
        re(10, "18:00", yusuf, ffSolder, "Medium solder and smaller pallions, and the seams have vanished. Thank "
                + "you both.");
        Post laSketch = say(10, "09:00", hbComm, laura, "@Fenella Strachan loved the sketches. Could we do his a "
                + "touch wider, 5mm?");
        Post feSketch = re(10, "09:40", fenella, laSketch, "Of course, 5mm for him and 4mm for you. I'll start "
                + "next week.");
        re(10, "10:00", laura, feSketch, "Thank you!");
        Post daPhotos = re(9, "10:00", davina, ffRings, "Photos of both rings sent by message. Does it look "
                + "possible?");
        Post ffPhotos = re(9, "11:00", ffion, daPhotos, "Yes, very. The eternity ring sits nicely against the "
                + "solitaire. I'll send you a drawing and a price this week.");
        re(9, "11:30", davina, ffPhotos, "Thank you Ffion.");
        Post maLaser = say(11, "10:00", hbBench, marcus, "Anyone tried the small laser welders for repairs near "
                + "stones? A client jeweller is asking if I'll do them.");
        Post ffLaser = re(11, "10:30", ffion, maLaser, "The studio down the road has one. Brilliant for claws next "
                + "to opals. Pricey though.");
        re(11, "10:45", marcus, ffLaser, "Might rent time on theirs first.");
        Post yuHelp = say(12, "11:00", hbAssay, yusuf, "Sent my first batch to the Birmingham office today. "
                + "How long did yours take to come back?");
        Post maHelp = re(12, "11:30", marcus, yuHelp, "Four to five working days for standard, a bit longer after "
                + "Easter.");
        re(12, "11:45", yusuf, maHelp, "Thanks Marcus.");
        // W16
        Post ewDone = say(15, "18:00", hbComm, ewan, "Ring's back from Marcus and the engraving is beautiful. "
                + "My wife cried. Thank you!");
        ewDone.react("❤️", marcus, fenella);
        Post maLaser2 = say(16, "10:00", hbBench, marcus, "Rented an hour on the laser welder. Re-tipped six claws "
                + "for a client jeweller without unsetting anything. Game changer.");
        re(16, "10:30", fenella, maLaser2, "Ooh. How much an hour?");
        say(16, "10:45", hbBench, marcus, "@Fenella Strachan £40, with the owner on hand.");
        Post yuWidth = say(17, "19:00", hbComm, davina, "Ffion's drawing is perfect, we're going ahead. Is it "
                + "normal to wait a month?");
        Post yuWait = re(17, "19:30", yusuf, yuWidth, "A month is normal for a remake like that, Davina, there's "
                + "the soldering, the shank reshaping and the hallmarking.");
        re(17, "20:00", ffion, yuWidth, "Yes, four weeks, I'll keep you posted with photos along the way.");
        re(17, "20:15", davina, yuWait, "Thanks Yusuf, that's reassuring.");
        say(19, "09:00", hbBench, ffion, "Heads up, the assay office is closed for stocktaking on the 26th.");
    }

    private void toolRestorers() {
        // W14
        Post goList = say(1, "09:00", rrSale, gordon, "Fresh from the bench: Record 05 1/2, flattened and sharp, £65. Stanley "
                + "No. 78 rebate plane with both fences, £40. Record 044 plough with six cutters, £55. Postage at "
                + "cost or collect at Malvern flea market.");
        Post stJack = re(1, "10:00", stuart, goList, "I'll take the 05 1/2 please "
                + "Gordon. Collect at Malvern on the 10th?");
        re(1, "10:30", gordon, stJack, "It's yours Stuart, see you at Malvern.");
        joins(2, "08:00", rrHelp, hannah);
        Post haRust = say(2, "19:00", rrHelp, hannah, "Bought my grandad's old plane back from a house clearance and "
                + "it's orange all over. Citric acid or electrolysis? I've got neither yet.");
        Post ivRust = re(2, "19:30", ivor, haRust, "Citric from the brewing shop, a tablespoon per litre of warm "
                + "water, overnight. Take the wooden handles off first. Electrolysis is better for pitted bits.");
        Post paRust = re(2, "20:00", patricia, haRust, "And rinse in washing soda after, or it flash-rusts while "
                + "you watch.");
        re(3, "19:00", hannah, ivRust, "Overnight in citric did it, it came out grey and clean. The washing soda "
                + "tip saved me too, Patricia. Thank you both!");
        Post rhLot = say(3, "12:00", rrAuction, rhodri, "Lot 214 at Thursday's sale: a Norris A5 with the original "
                + "iron. Estimate £600 to £800. Anyone looking?");
        Post goLot = re(3, "12:30", gordon, rhLot, "Looked at it on view. Sole's been reground, so I'd not go past "
                + "£600.");
        re(3, "12:45", rhodri, goLot, "Good to know. I'll leave a commission bid at 550.");
        Post paJapan = say(4, "18:00", rrShow, patricia, "Re-japanned a Stanley No. 5 frog and bed, three coats "
                + "baked in the oven. Before and after.");
        paJapan.react("👏", ivor, hannah, stuart);
        Post goJapan = re(4, "18:30", gordon, paJapan, "That's a factory finish. What temperature did you bake at?");
        re(4, "18:45", patricia, goJapan, "180C for an hour a coat. The kitchen smelt of varnish for days.");
        say(5, "09:00", rrSale, rhodri, "Spokeshaves: Stanley 151 and a Preston 1391, both tuned, £25 and £45. "
                + "Collect in Hereford or post.");
        // W15: Gordon only in #auction-watch
        Post goSale = say(8, "09:00", rrAuction, gordon, "Big tool sale at Cheltenham on Thursday. Catalogue's up, "
                + "250 lots. Three Spiers smoothers and a Mathieson panel plane catch my eye.");
        Post rhSale = re(8, "09:30", rhodri, goSale, "I'm viewing Wednesday. The Spiers look dealer-fettled to me, "
                + "a bit too shiny.");
        Post goShiny = re(8, "10:00", gordon, rhSale, "Agreed. Lot 88 is the honest one, original patina.");
        Post ivSale = re(8, "11:00", ivor, goSale, "Lot 140 is a box of moulding planes in there, might be a "
                + "complete set hiding under the rubbish.");
        re(8, "11:30", gordon, ivSale, "Good eye Ivor, I'll have a dig on viewing day.");
        Post paCap = say(9, "10:00", rrSale, patricia, "@Gordon Tweddle I bought the Stanley No. 4 from you in "
                + "November and the lever cap has cracked across the screw hole. Have you got a spare? Happy to "
                + "pay.");
        Post goView = say(10, "16:00", rrAuction, gordon, "Viewed today. Lot 140 is a half set of hollows and "
                + "rounds, eighteen of them, all Moseley. Worth a punt.");
        Post rhView = re(10, "16:30", rhodri, goView, "I'll leave that one to you then. I'm after the Mathieson.");
        re(10, "16:45", gordon, rhView, "Deal, we won't bid against each other.");
        Post stHold = say(10, "12:00", rrSale, stuart, "@Gordon Tweddle could you hold the Record 044 plough for me "
                + "till Saturday at Malvern? I'll bring cash with the money for the 05 1/2.");
        Post haBlock = say(11, "09:00", rrSale, hannah, "Wanted: a decent block plane for a beginner. Any "
                + "suggestions under £40?");
        Post ivBlock = re(11, "09:30", ivor, haBlock, "A Stanley 9 1/2 or Record 09 1/2. Avoid the later ones "
                + "with the plastic adjusters.");
        Post rhBlock = re(11, "10:00", rhodri, haBlock, "Agree with Ivor. I've got a Record 09 1/2, tuned and "
                + "sharp, £32 if you want it, no pressure.");
        re(11, "10:30", hannah, rhBlock, "Yes please! I'll message you for postage.");
        Post goResult = say(11, "19:00", rrAuction, gordon, "Results: got lot 140 for £180 with fees. The "
                + "Mathieson went for £420.");
        Post rhResult = re(11, "19:15", rhodri, goResult, "That was me on the Mathieson! Pleased.");
        Post goMath = re(11, "19:30", gordon, rhResult, "Well done, that's a fair price for it.");
        Post ivResult = re(11, "20:00", ivor, goResult, "Eighteen Moseleys for 180 is a steal.");
        re(11, "20:15", gordon, ivResult, "Some have split wedges, but yes, a good day.");
        re(12, "09:00", rhodri, goMath, "Off to clean it up now.");
        Post goBox = say(12, "18:00", rrAuction, gordon, "Spent the day sorting the moulding planes. Two are "
                + "Griffiths not Moseley, and one has a lovely old owner's stamp.");
        Post ivBox = re(12, "18:30", ivor, goBox, "Griffiths of Norwich? Those are nice.");
        re(12, "18:45", gordon, ivBox, "Norwich, yes. 1850s I'd guess.");
        Post paAgain = re(13, "10:00", patricia, paCap, "Gordon, is that a no on the lever cap? I can look "
                + "elsewhere if you haven't got one.");
        Post goPrices = say(13, "17:00", rrAuction, gordon, "Prices realised for Norris planes are up again this "
                + "spring. Anyone else seeing it?");
        re(13, "17:30", rhodri, goPrices, "Yes, silly money for the A5s.");
        // W16
        re(15, "08:30", gordon, paAgain, "Patricia, I'm sorry, I had my head in the Cheltenham sale all week. I've "
                + "a spare No. 4 lever cap, it's yours, no charge, I'll post it today.");
        re(15, "08:40", gordon, stHold, "Stuart, apologies, I missed this. The 044 is still here and it's yours. "
                + "Sorry I didn't reply before Malvern.");
        Post stOk = say(15, "09:30", rrSale, stuart, "@Gordon Tweddle no harm done, I'll pick both up at the June "
                + "market.");
        re(15, "10:00", gordon, stOk, "Thanks Stuart, I'll keep them safe.");
        Post paThanks = say(17, "11:00", rrSale, patricia, "Lever cap arrived, perfect fit. Thanks Gordon.");
        re(17, "11:30", gordon, paThanks, "Glad it fits!");
        say(17, "14:00", rrHelp, rhodri, "rhodritools.example/new-in 14 planes just listed, all flattened and "
                + "sharpened.");
        Post haSharp = say(18, "19:00", rrHelp, hannah, "The block plane from Rhodri is lovely. How do I keep it "
                + "sharp without buying a load of stones?");
        Post paSharp = re(18, "19:30", patricia, haSharp, "Scary sharp: wet-and-dry on a piece of glass, 240 to "
                + "2000. Costs a few pounds.");
        re(18, "19:45", hannah, paSharp, "Off to the hardware shop tomorrow. Thank you!");
        Post haShow = say(20, "16:00", rrShow, hannah, "Grandad's plane, restored. First time I've seen it sharp.");
        haShow.react("👏", ivor, patricia, gordon);
        re(20, "16:30", ivor, haShow, "He'd be proud of that.");
    }

    private void heritageTrust() {
        // W14
        say(1, "09:00", hsNews, maeve, "Happy Easter Monday. No sessions today. Lime plastering restarts "
                + "Wednesday at the Dunster barn, timber framing Thursday at the yard. Bursary forms for the "
                + "summer courses are due on the 30th of April.");
        Post neHi = say(1, "12:00", hsLounge, neville, "Hi all, Neville. I run a small joinery firm and I'm on the "
                + "lime course to understand the walls I keep fitting windows into.");
        Post taHi = re(1, "12:30", tamsin, neHi, "Hi Neville! Tamsin, I'm on timber framing. Restoring a cob "
                + "cottage near Porlock, slowly.");
        re(1, "12:45", neville, taHi, "Cob and sash windows, you'll keep me busy. Good luck with it.");
        Post aoMix = say(2, "18:00", hsQ, aoife, "For the homework panel, is it one part lime putty to three "
                + "sharp sand for the scratch coat, or one to two and a half?");
        Post beMix = re(2, "18:40", bernadette, aoMix, "One to three for the scratch coat, and add the hair at the "
                + "end. One to two and a half is for the finish coat.");
        re(2, "19:00", aoife, beMix, "Got it, mixing tomorrow. Thank you Bernadette.");
        Post taSash = say(3, "10:00", hsLounge, tamsin, "Does anyone know a joiner who does sash windows around "
                + "Minehead? Two of mine are rotten at the bottom rail.");
        Post neSash = re(3, "10:30", neville, taSash, "That's my trade. Ashcroft Joinery, we splice in new bottom "
                + "rails rather than replace the whole sash: ashcroftjoinery.example. Happy to look when you're on "
                + "site Thursday.");
        re(3, "11:00", tamsin, neSash, "Perfect, bring your tape measure Thursday!");
        Post emAway = say(5, "16:00", hsNews, emlyn, "I'm on a barn repair in Shropshire from Monday 5th to "
                + "Friday 9th with no signal on site. Questions about framing will wait till I'm back on the "
                + "12th, or ask Maeve for anything urgent.");
        Post taScarf = say(6, "10:00", hsQ, tamsin, "@Emlyn Roderick for the homework, should the bladed scarf "
                + "have a wedge in the middle, or is the edge-halved one with pegs enough for a wall plate?");
        Post aoPanel = say(6, "15:00", hsLog, aoife, "Scratch coat on the practice panel. The hair clumped a bit in "
                + "one corner.");
        Post bePanel = re(6, "16:00", bernadette, aoPanel, "Tease the hair apart in water first. Otherwise a good, "
                + "even coat, well scratched.");
        re(6, "16:20", aoife, bePanel, "I'll soak it first next time. Thanks!");
        // W15: Owain takes
        Post owCrack = say(8, "18:00", hsQ, owain, "My lime panel cracked all over as it dried. Why?");
        Post beCrack = re(8, "18:30", bernadette, owCrack, "Usually it dried too fast. Mist it and cover it with "
                + "damp hessian for a few days. Keep it out of the sun.");
        Post aoCrack = re(8, "19:00", aoife, owCrack, "Mine did that in the conservatory. Moving it to the shed "
                + "fixed it.");
        say(8, "19:30", hsQ, owain, "ok");
        Post owSlump = say(9, "17:00", hsLog, owain, "Second panel slumped off the lath. Photo.");
        Post beSlump = re(9, "17:30", bernadette, owSlump, "Too wet a mix, and the laths may be too close. Which "
                + "sand did you use, sharp or soft? That matters a lot here.");
        Post neSlump = re(9, "18:00", neville, owSlump, "Set the laths a pencil's width apart so the lime can key "
                + "behind them.");
        Post owLine = say(11, "18:00", hsQ, owain, "How do you do the lines on the float coat?");
        Post beLine = re(11, "18:30", bernadette, owLine, "A devil float, a float with nails poking through a "
                + "couple of mm. Light circles.");
        Post owHair = say(12, "17:30", hsQ, owain, "Where do you buy the goat hair from?");
        Post aoHair = re(12, "18:00", aoife, owHair, "The lime supplier in Taunton sells it by the bag. Ask at "
                + "the counter.");
        Post beHair = re(12, "18:20", bernadette, owHair, "Yes, Taunton. And I'd still like to know which sand "
                + "you've been using, it may explain the slumping.");
        say(12, "19:00", hsQ, owain, "thanks");
        Post aoFloat = say(9, "19:00", hsQ, aoife, "Float coat question: how long should I leave it before "
                + "scratching the devil float over it?");
        Post beFloat = re(9, "19:30", bernadette, aoFloat, "When a thumb won't dent it but a nail still will. "
                + "Usually a few hours in spring.");
        re(10, "18:00", aoife, beFloat, "Thumb test worked, the float coat keyed perfectly. Photo's in "
                + "#practice-log.");
        Post aoLog = say(10, "18:10", hsLog, aoife, "Float coat done, devil float marks in. Much better than the "
                + "scratch coat.");
        aoLog.react("👍", bernadette, tamsin);
        Post taHelp = say(11, "09:00", hsQ, tamsin, "Lime question from a timber-framer: my infill panels between "
                + "the studs keep shrinking away from the timber. What do you do?");
        Post aoHelp = re(11, "09:30", aoife, taHelp, "Bernadette showed us: cut a groove in the stud face for the "
                + "lime to key into, and fill in two thinner coats, not one fat one.");
        re(11, "10:00", tamsin, aoHelp, "Groove and two coats, brilliant. Thanks Aoife.");
        Post aoLime2 = say(12, "09:00", hsQ, aoife, "Last one this week, promise: can I use the leftover putty on "
                + "Saturday or will it have gone off?");
        Post beLime2 = re(12, "09:30", bernadette, aoLime2, "Putty keeps for years under water, just keep a layer "
                + "of water on top.");
        re(12, "10:00", aoife, beLime2, "Years! That's handy. Thank you.");
        re(13, "08:00", emlyn, taScarf, "Back from Shropshire. Tamsin, for a wall plate use the bladed scarf with "
                + "a pair of folding wedges, then peg it. The edge-halved one can open up under a rafter load.");
        Post taWedge = re(13, "09:00", tamsin, taScarf, "Wedges and pegs. Thanks Emlyn, hope the barn went "
                + "well!");
        re(13, "09:30", emlyn, taWedge, "It did, a lovely cruck frame.");
        say(12, "12:00", hsNews, maeve, "Reminder: bursary forms are due on the 30th. Forms at the office or from "
                + "heritageskillswest.example/bursaries");
        // W16
        say(15, "12:00", hsLounge, neville, "If anyone here needs sash windows overhauled, Ashcroft Joinery covers "
                + "West Somerset: ashcroftjoinery.example");
        Post aoMore = say(16, "19:00", hsQ, aoife, "The course ends next week. Where can I keep practising lime "
                + "work after it?");
        Post beMore = re(16, "19:30", bernadette, aoMore, "The Trust runs practice days once a month. I also teach "
                + "weekend workshops at my own yard: bernadettequayle.example/workshops. And volunteer at the "
                + "Dunster barn, they always need hands.");
        re(16, "19:45", aoife, beMore, "I'll do all three! Thank you for this course.");
        Post owSand = say(17, "18:00", hsLog, owain, "Third panel. Still cracking at the edges.");
        Post taSand = re(17, "18:30", tamsin, owSand, "Did you ever tell Bernadette which sand you used? She asked "
                + "twice. That might be it.");
        say(18, "10:00", hsLounge, neville, "We've two slots free in May for sash repairs, book at "
                + "ashcroftjoinery.example/book. Mention the course for ten percent off.");
        Post maLast = say(19, "10:00", hsNews, maeve, "Last sessions of the spring courses this week. Certificates "
                + "at the Friday bring-and-share lunch. Please bring a dish!");
        maLast.react("🎉", aoife, tamsin, neville);
        re(19, "11:00", aoife, maLast, "Bringing a lemon cake.");
        re(20, "09:00", owain, taSand, "soft sand");
    }

    private void thatchers() {
        // W14
        Post fePrice = say(2, "08:00", trReed, fergus, "Reed landed at the yard near Bridgwater: Turkish water "
                + "reed, 3ft to 5ft, £4.10 a bundle, and Norfolk reed at £5.60. Spars and liggers in. Price list: "
                + "lanniganreed.example/prices");
        Post maOrder = re(2, "09:00", malcolm, fePrice, "Put 600 bundles of the Turkish by for me, I'm starting a "
                + "rethatch at Winsford on the 12th.");
        re(2, "09:30", fergus, maOrder, "Done, Malcolm. Deliver on the 9th?");
        Post joOrder = re(2, "10:00", josie, fePrice, "Is the Norfolk this year's cut? Last lot had a lot of short "
                + "stuff in it.");
        Post feCut = re(2, "10:30", fergus, joOrder, "This winter's, from Hickling. I sorted a few bundles myself, "
                + "come and pull one apart before you order.");
        re(2, "11:00", josie, feCut, "I'll come Thursday.");
        joins(2, "14:00", trOwners, bethany);
        Post beMoss = say(3, "09:00", trOwners, bethany, "Hi, we've just moved into our first thatched cottage, "
                + "near Dulverton. There's moss all along the ridge. Is that something to worry about?");
        Post maMoss = re(3, "09:40", malcolm, beMoss, "Sounds like the ridge is due. I do block-cut ridges from "
                + "£2,800, DM me and I'll book you in for a survey.");
        Post joMoss = re(3, "10:15", josie, beMoss, "A bit of moss on its own isn't a problem, it holds damp but "
                + "doesn't rot the reed much. What matters is whether the ridge is thin or has holes. Could you "
                + "take a photo from the lane with your phone zoomed in?");
        Post beThanks = re(3, "18:00", bethany, joMoss, "Photo attached. I can't see any holes but it looks thin "
                + "on the north side?");
        Post joThin = re(3, "18:40", josie, beThanks, "That's thin but not urgent, I'd say two or three years. "
                + "Get the moss brushed off gently in a dry spell and keep an eye on it.");
        re(3, "19:00", bethany, joThin, "Such a relief. Thank you Josie!");
        Post suQuote = say(4, "12:00", trOwners, sunita, "We're buying a two-up two-down thatched cottage near "
                + "Taunton. Can anyone recommend a thatcher for the area, and roughly what a full rethatch would "
                + "cost? The survey says it's near the end of its life.");
        Post wyQuote = re(4, "13:00", wyn, suQuote, "I cover Taunton. For a cottage that size in water reed I'd "
                + "expect £28,000 to £35,000 depending on the ridge and chimneys. Happy to look before you "
                + "exchange.");
        Post joQuote = re(4, "13:30", josie, suQuote, "Wyn's the right person for Taunton. Also ask your "
                + "insurer now, some want a new ridge within a year of buying.");
        re(4, "14:00", sunita, wyQuote, "Thank you both, I'll message you Wyn. And I'll ring the insurer today.");
        Post wyLadder = say(5, "08:00", trYard, wyn, "Anyone moved to aluminium roof ladders? My wooden ones are "
                + "getting heavy at sixty.");
        Post maLadder = re(5, "08:30", malcolm, wyLadder, "Went aluminium two years ago. Lighter, but they bounce "
                + "more on a steep pitch. Hook them twice.");
        re(5, "08:45", wyn, maLadder, "Fair, I'll try one.");
        Post feLadder = re(5, "09:00", fergus, wyLadder, "I've got a couple of the aluminium ones at the yard to "
                + "try before you buy, Wyn.");
        re(5, "09:20", wyn, feLadder, "Thanks Fergus, I'll have a go on Thursday.");
        // W15
        Post feLate = say(8, "07:30", trReed, fergus, "Heads up: the Turkish reed lorry is held at the port, "
                + "so deliveries slip two days. Malcolm, yours will come on the 11th now.");
        Post maLate = re(8, "08:00", malcolm, feLate, "That's fine, I'll strip the old coat first.");
        re(8, "08:15", fergus, maLate, "Cheers, sorry about that.");
        Post joLate = re(8, "09:00", josie, feLate, "Norfolk's not affected?");
        re(8, "09:15", fergus, joLate, "No, that came by road. Yours is on the van Wednesday.");
        Post joJob = say(9, "08:00", trWork, josie, "Passing on: a long straw repair on a cottage in Wiveliscombe. "
                + "I'm booked till August. The owner's happy to wait a bit.");
        Post wyJob = re(9, "09:00", wyn, joJob, "I'll take it, I'm over that way in May.");
        re(9, "09:30", josie, wyJob, "I'll pass your number on.");
        Post feSpar = re(9, "10:00", fergus, wyJob, "Wyn, if you need long straw for that, I've got some Maris "
                + "Widgeon coming from a farm in Devon.");
        re(9, "10:30", wyn, feSpar, "Good to know, I'll want about 150 bundles.");
        re(9, "11:00", fergus, feSpar, "I'll put 150 aside.");
        Post feHazel = say(10, "07:00", trReed, fergus, "Hazel spars: this year's are split and tied in 250s, "
                + "£38 a bundle. Liggers £1.20 each.");
        Post maHazel = re(10, "08:00", malcolm, feHazel, "Two bundles of spars and 100 liggers on the reed "
                + "lorry please.");
        re(10, "08:20", fergus, maHazel, "On the list.");
        Post joHazel = re(10, "09:00", josie, feHazel, "Are they Somerset hazel or from away?");
        re(10, "09:30", fergus, joHazel, "Quantocks coppice, cut in February.");
        Post arIns = say(10, "14:00", trOwners, arthur, "Our insurer wants a fire survey of the chimney. Who does "
                + "those? Is it a thatcher or a sweep?");
        Post joIns = re(10, "15:00", josie, arIns, "A sweep who knows thatch, with a chimney camera. The main "
                + "thing they look for is the liner and how far the thatch sits from the flue.");
        Post maIns = re(10, "15:30", malcolm, arIns, "And ask for a spark arrestor on the pot if there's no "
                + "liner, most insurers like one.");
        re(10, "16:00", arthur, joIns, "Thanks both, that's very clear.");
        re(11, "07:30", fergus, maLate, "Reed's on its way, Malcolm. With you by ten.");
        Post maArrived = say(11, "11:00", trYard, malcolm, "Reed's up the ladder. Fergus sorted me out after the "
                + "port hold-up.");
        re(11, "11:30", fergus, maArrived, "Glad it got there.");
        // W16
        Post arRec = say(16, "10:00", trOwners, arthur, "The chimney survey's done. I recommended Josie to my "
                + "neighbour, his porch roof is looking tired.");
        re(16, "11:00", josie, arRec, "That's kind, Arthur. Tell him to ring me.");
        Post beBack = say(17, "18:00", trOwners, bethany, "Moss brushed off, ridge looks fine underneath. Any "
                + "recommendations for a brush that won't pull the reed?");
        Post joBrush = re(17, "18:30", josie, beBack, "A soft yard broom on a long handle, brush downwards with "
                + "the reed, never up.");
        re(17, "18:45", bethany, joBrush, "Downwards, got it, thanks!");
        say(16, "07:30", trReed, fergus, "Turkish reed back in stock after the port delay. Prices as before: "
                + "lanniganreed.example/prices");
        Post wyStraw = say(18, "08:00", trYard, wyn, "Started the Wiveliscombe long straw job early, the owner "
                + "was keen. Lovely old cottage.");
        re(18, "08:30", josie, wyStraw, "Glad it's in good hands.");
    }

    private void carvers() {
        // W14
        Post phDemo = say(2, "10:00", ssAsk, philippa, "Hello carvers. I organise the Mendip Country Show, 20th "
                + "and 21st June. We'd like two carvers doing live demos both days, with the pieces auctioned "
                + "for the air ambulance. Who might be free?");
        Post geDemo = re(2, "11:00", gethin, phDemo, "I'm free that weekend. I'd need a roped-off area about 10m "
                + "square and somewhere to park the van close by.");
        Post kiDemo = re(2, "12:00", kirsty, phDemo, "I'd love to. I'm free the 20th and 21st.");
        Post phRates = re(3, "09:00", philippa, kiDemo, "@Kirsty Macaulay lovely! Do you charge a day rate, or "
                + "would expenses plus the pitch be enough?");
        re(3, "09:30", kirsty, phRates, "Usually a day rate, but for the air ambulance I'd do it for expenses. "
                + "Let me check with my partner about the van.");
        re(3, "10:00", philippa, geDemo, "10m square is fine, and you can park behind the ring.");
        Post moSaw = say(3, "18:00", ssSale, morag, "Selling my old Stihl MS 170 with a carving bar fitted, new "
                + "chain, runs well. £140, collect from Crieff.");
        Post brSaw = re(3, "18:30", bryony, moSaw, "Does it come with the standard bar too?");
        re(3, "18:45", morag, brSaw, "It does, and a spare carving chain.");
        Post brBar = say(4, "20:00", ssKit, bryony, "Quarter-pitch carving bars: do the dime-tip ones kick back "
                + "less than the standard tips, or is that marketing?");
        Post geBar = re(4, "20:30", gethin, brBar, "They really do, the small nose reduces the kickback zone. Still "
                + "chaps and visor every time.");
        Post moBar = re(4, "20:40", morag, brBar, "Agree. And keep the chain sharp, a blunt one grabs.");
        re(4, "21:00", bryony, geBar, "Dime tip and chaps, thanks both. Ordered one.");
        Post kiAway = say(6, "09:00", ssShow, kirsty, "Off to the carving festival in the Black Forest from Monday "
                + "5th to Monday 12th. No laptop, so I won't be replying much till I'm back.");
        kiAway.react("🔥", gethin, morag);
        Post geOwl = say(6, "15:00", ssShow, gethin, "Barn owl from a cedar round, about 3ft. Burnt and oiled.");
        geOwl.react("😍", morag, bryony);
        Post moOwl = re(6, "15:30", morag, geOwl, "The feathers on the chest are beautiful. Which bar?");
        re(6, "15:45", gethin, moOwl, "Dime tip for the feathers, then a flap disc.");
        // W15
        joins(8, "09:00", ssShow, jago);
        say(8, "09:30", ssShow, jago, "Hi! I carve and film everything. Please subscribe to my channel, trying "
                + "to hit 1,000 subs by summer: tube.example/jagocarves");
        say(8, "09:40", ssKit, jago, "Chainsaw carving tips every week on my channel, please subscribe: "
                + "tube.example/jagocarves");
        Post moJago = say(8, "10:30", ssShow, morag, "@Jago Pendry welcome! What do you carve mostly, and what saw "
                + "do you use?");
        Post jaReply = re(8, "11:00", jago, moJago, "Mostly bears and benches, with a Husqvarna 435 and a dime tip. "
                + "Based near Stroud.");
        re(8, "11:30", morag, jaReply, "Bears pay the bills, eh.");
        Post phKirsty = re(8, "14:00", philippa, phRates, "@Kirsty Macaulay did you get a chance to ask about the "
                + "van? I'm finalising the programme by the 16th.");
        Post raStump = say(9, "10:00", ssAsk, raj, "I've got a beech stump about 5ft tall after a tree came down "
                + "in the storm. Could anyone carve an owl out of it, and roughly what would that cost? Near "
                + "Stroud.");
        Post geStump = re(9, "11:00", gethin, raStump, "Beech carves well. A 5ft owl on site would be about £600 "
                + "to £800 from most of us. I'm in Herefordshire, so there'd be travel.");
        Post brStump = re(9, "11:30", bryony, raStump, "Check the stump isn't hollow before anyone starts. Knock "
                + "it with a hammer, a dull sound is bad news.");
        re(9, "12:00", raj, brStump, "Knocked it, sounds solid. Thanks Bryony!");
        say(9, "13:00", dmJagoRaj, jago, "Hi Raj, saw your stump post. I'm near Stroud too, I could carve your owl "
                + "for £550 next week and I'd film it for my channel if you don't mind.");
        say(9, "18:00", dmJagoRaj, raj, "Thanks Jago, that's good of you. Can I see a couple of owls you've done?");
        say(9, "18:30", dmJagoRaj, jago, "Sure, I'll send photos of the last two tonight.");
        say(10, "09:00", dmJagoRaj, raj, "Lovely work. Let's do it. Week after next suit you?");
        Post brChaps = say(10, "19:00", ssKit, bryony, "My chaps got a nick in them from the bar. Are they still "
                + "safe or do I bin them?");
        Post geChaps = re(10, "19:30", gethin, brChaps, "If the fibres are pulled out, bin them. A surface scuff on "
                + "the outer fabric is fine.");
        Post jaChaps = re(10, "19:45", jago, brChaps, "Had the same. Mine looked scuffed but the fibres were "
                + "showing, so I replaced them. Not worth the gamble.");
        re(10, "20:00", bryony, jaChaps, "Fibres showing. Binning them, thanks both.");
        Post moBench = say(11, "17:00", ssShow, morag, "Bench with two hares for a village green. Oak, took four "
                + "days.");
        moBench.react("😍", gethin, bryony, jago);
        Post jaBench = re(11, "17:30", jago, moBench, "That's lovely. How do you stop the oak checking?");
        re(11, "18:00", morag, jaBench, "You can't stop it entirely. Relief cut up the back and oil it often.");
        re(13, "10:00", kirsty, phKirsty, "Home now, sorry for the wait Philippa! The van's fine, so yes, expenses "
                + "only, both days.");
        re(13, "10:30", philippa, phKirsty, "Wonderful, thank you Kirsty. You're in the programme.");
        // W16
        Post jaOwl = say(16, "17:00", ssShow, jago, "Practice owl on a small ash log before Raj's stump next week. "
                + "Feathers are hard!");
        Post geTip = re(16, "17:30", gethin, jaOwl, "Good start. Do the feathers with the saw nose flat, then a "
                + "flap disc to soften.");
        re(16, "17:45", jago, geTip, "Nose flat. Thanks Gethin.");
        Post raDone = say(20, "16:00", ssAsk, raj, "Jago carved the owl this week and it's magnificent. The "
                + "neighbours keep stopping to look. Thank you all for the advice on the stump.");
        raDone.react("😍", jago, bryony, gethin);
        Post phProg = say(18, "09:00", ssAsk, philippa, "Programme's out: Gethin and Kirsty are demoing on both "
                + "days. Thanks for replying so quickly, everyone.");
        re(18, "09:30", gethin, phProg, "Looking forward to it!");
        Post brSale = say(19, "19:00", ssSale, bryony, "Selling a small squirrel carving in larch, 18 inches, £60. "
                + "Collect in Truro.");
        re(19, "19:30", morag, brSale, "Cute. That would look great on a gatepost.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes114Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 114");
    }
}
