package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 134 (sealed): eight communities of forestry, timber, sawmills and firewood, of kinds no earlier round
 * used (mobile sawmill operators, Kerf &amp; Cant, with a room where landowners and makers ask, a for-hire room and an
 * operator who spends a week with fellow operators identifying, dating and grading a load of reclaimed pitch-pine beams
 * he bought at a demolition sale while a returning barn owner and a new landowner with a storm-felled oak wait; a
 * firewood and log merchant's own server, Ashgrove Logs, with its Staff and Customers, an office hand who said she
 * would be away, a driver who leaves a regular's short-load complaint and a customer's DM to the owner; small woodland
 * owners, Oakhanger Woodland Owners, where nobody sells, a newcomer who takes help with only thanks and gives back in
 * the third week and a newcomer who asks for subscribers; timber framers, Peg &amp; Mortise, with a room where
 * self-builders and owners ask, a framer who talks about himself and a framer whose answer carries his course; charcoal
 * burners, Retort &amp; Ring, with a room where chefs, a garden centre and cooks ask, a market room and a burner who
 * scatters his new shop link; harvester and forwarder drivers, Forwarder Cab, with a work board, a driver who posts his
 * daily tonnages to nobody and a new contractor's DM pitch to a forest manager; contract tree planters, Bare Root
 * Planters, with a schemes room, a crew-available room, a planter away on an island who said so and a newcomer who
 * answers a farm's grant news with a price; a chainsaw and forestry kit shop's own server, Bar &amp; Chain Forestry
 * Supplies, with its Staff and Customers and two newcomers), over three ISO weeks (2033-W41 to W43), written and
 * labelled by writer134 (session 62) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-134.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes134Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2033, 10, 10);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2033, 10, 31, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-134";
    private static final int BASE = 105200;

    // --- A. mobile sawmill operators ---
    private final String kerf = cast.guild(1621);
    private final Channel kcYard = cast.channel(kerf, "Kerf & Cant", "operators-yard",
            "mobile sawmill operators among ourselves: mills, blades, drying and the trade", "kc-operators-yard.json");
    private final Channel kcAsk = cast.channel(kerf, "Kerf & Cant", "milling-asks",
            "landowners, builders and makers ask about having logs milled; operators reply", "kc-milling-asks.json");
    private final Channel kcHire = cast.channel(kerf, "Kerf & Cant", "for-hire",
            "operators post their areas, day rates and availability, and kit for sale", "kc-for-hire.json");
    private final Persona rhodri = cast.person("rhodri.bevan", "Rhodri Bevan");
    private final Persona ailsa = cast.person("ailsa.munro", "Ailsa Munro");
    private final Persona kasimir = cast.person("kasimir.nowak", "Kasimir Nowak");
    private final Persona jed = cast.person("jed.pollard", "Jed Pollard");
    private final Persona maud = cast.person("maud.ellery", "Maud Ellery");
    private final Persona ferdinand = cast.person("ferdinand.lusk", "Ferdinand Lusk");
    private final Persona priya = cast.person("priya.castellan", "Priya Castellan");
    private final Persona neville = cast.person("neville.ormsby", "Neville Ormsby");

    // --- B. a firewood and log merchant's own server ---
    private final String ashgrove = cast.guild(1622);
    private final Role agStaff = cast.role("Staff", "#5d4037", 2);
    private final Role agCustomer = cast.role("Customer", "#8d6e63", 1);
    private final Channel agNews = cast.channel(ashgrove, "Ashgrove Logs", "announcements",
            "delivery days, stock and prices from the yard", "ag-announcements.json");
    private final Channel agOrders = cast.channel(ashgrove, "Ashgrove Logs", "orders-and-questions",
            "customers: ask about orders, deliveries and wood here and the yard staff reply", "ag-orders-and-questions.json");
    private final Channel agChat = cast.channel(ashgrove, "Ashgrove Logs", "stove-chat",
            "customers chat about stoves, kindling and burning", "ag-stove-chat.json");
    private final Persona bronwen = cast.person("bronwen.ashby", "Bronwen Ashby", agStaff);
    private final Persona tam = cast.person("tam.keddie", "Tam Keddie", agStaff);
    private final Persona yusra = cast.person("yusra.hale", "Yusra Hale", agStaff);
    private final Persona gilbert = cast.person("gilbert.pennock", "Gilbert Pennock", agCustomer);
    private final Persona cerys = cast.person("cerys.langdale", "Cerys Langdale", agCustomer);
    private final Persona otto = cast.person("otto.brisk", "Otto Brisk", agCustomer);
    private final Persona hazel = cast.person("hazel.quarmby", "Hazel Quarmby", agCustomer);
    private final Persona monty = cast.person("monty.farrelly", "Monty Farrelly", agCustomer);
    private final Persona lorna = cast.person("lorna.tweedale", "Lorna Tweedale");
    private final Channel agDm = cast.dm(gilbert, "ag-dm-gilbert-pennock.json");

    // --- C. small woodland owners, nobody sells ---
    private final String oakhanger = cast.guild(1623);
    private final Channel owGeneral = cast.channel(oakhanger, "Oakhanger Woodland Owners", "general",
            "chat for owners of small woods", "ow-general.json");
    private final Channel owHelp = cast.channel(oakhanger, "Oakhanger Woodland Owners", "woodland-help",
            "questions about managing a small wood: thinning, grants, deer, felling licences", "ow-woodland-help.json");
    private final Channel owIntro = cast.channel(oakhanger, "Oakhanger Woodland Owners", "introductions",
            "introduce yourself and your wood", "ow-introductions.json");
    private final Persona winifred = cast.person("marigold.sallis", "Marigold Sallis");
    private final Persona baptiste = cast.person("baptiste.reyne", "Baptiste Reyne");
    private final Persona colm = cast.person("colm.dorrity", "Colm Dorrity");
    private final Persona jessamy = cast.person("jessamy.tarn", "Jessamy Tarn");
    private final Persona arlo = cast.person("arlo.finchley", "Arlo Finchley");
    private final Persona garrett = cast.person("garrett.vosper", "Garrett Vosper");
    private final Persona ines = cast.person("ines.okonkwo", "Ines Okonkwo");
    private final Persona perpetua = cast.person("perpetua.hartley", "Perpetua Hartley");

    // --- D. timber framers ---
    private final String peg = cast.guild(1624);
    private final Channel pmBench = cast.channel(peg, "Peg & Mortise", "framers-bench",
            "timber framers among ourselves: joints, oak, tools and raising days", "pm-framers-bench.json");
    private final Channel pmAsk = cast.channel(peg, "Peg & Mortise", "frame-questions",
            "self-builders and owners ask about oak frames, joints and repairs; framers reply", "pm-frame-questions.json");
    private final Channel pmShow = cast.channel(peg, "Peg & Mortise", "showcase",
            "finished frames and work in progress", "pm-showcase.json");
    private final Persona lucian = cast.person("lucian.threlkeld", "Lucian Threlkeld");
    private final Persona odette = cast.person("odette.marchbank", "Odette Marchbank");
    private final Persona tobias = cast.person("tobias.quayle", "Tobias Quayle");
    private final Persona esmond = cast.person("esmond.varga", "Esmond Varga");
    private final Persona hugo = cast.person("hugo.penrith", "Hugo Penrith");
    private final Persona clemency = cast.person("clemency.dunne", "Clemency Dunne");
    private final Persona rafe = cast.person("rafe.tennant", "Rafe Tennant");

    // --- E. charcoal burners ---
    private final String retort = cast.guild(1625);
    private final Channel rrChat = cast.channel(retort, "Retort & Ring", "burners-chat",
            "charcoal burners among ourselves: kilns, wood, burns", "rr-burners-chat.json");
    private final Channel rrAsk = cast.channel(retort, "Retort & Ring", "buyers-ask",
            "restaurants, shops and barbecue cooks ask about charcoal; burners reply", "rr-buyers-ask.json");
    private final Channel rrMarket = cast.channel(retort, "Retort & Ring", "market",
            "burners list charcoal, biochar and kiln kit for sale", "rr-market.json");
    private final Persona silas = cast.person("silas.brackenbury", "Silas Brackenbury");
    private final Persona morwenna = cast.person("morwenna.ellacott", "Morwenna Ellacott");
    private final Persona fintan = cast.person("fintan.greaves", "Fintan Greaves");
    private final Persona ulrika = cast.person("ulrika.stenmark", "Ulrika Stenmark");
    private final Persona anouk = cast.person("anouk.delacroix", "Anouk Delacroix");
    private final Persona perrin = cast.person("perrin.woolley", "Perrin Woolley");
    private final Persona saskia = cast.person("saskia.thorne", "Saskia Thorne");
    private final Persona ewan = cast.person("ewan.blackadder", "Ewan Blackadder");

    // --- F. harvester and forwarder drivers ---
    private final String cab = cast.guild(1626);
    private final Channel fcCab = cast.channel(cab, "Forwarder Cab", "cab-talk",
            "harvester and forwarder drivers among ourselves", "fc-cab-talk.json");
    private final Channel fcWork = cast.channel(cab, "Forwarder Cab", "work-posted",
            "forest managers and estates post harvesting and extraction work; contractors reply", "fc-work-posted.json");
    private final Channel fcSale = cast.channel(cab, "Forwarder Cab", "machines-for-sale",
            "harvesters, forwarders, heads and parts for sale", "fc-machines-for-sale.json");
    private final Persona dougal = cast.person("dougal.strachan", "Dougal Strachan");
    private final Persona kirsty = cast.person("kirsty.mowat", "Kirsty Mowat");
    private final Persona anders = cast.person("anders.lindqvist", "Anders Lindqvist");
    private final Persona callum = cast.person("callum.rennie", "Callum Rennie");
    private final Persona bram = cast.person("bram.hollis", "Bram Hollis");
    private final Persona harriet = cast.person("harriet.crane", "Harriet Crane");
    private final Persona torquil = cast.person("torquil.maclean", "Torquil Maclean");
    private final Channel fcDm = cast.dm(bram, "fc-dm-bram-hollis.json");

    // --- G. contract tree planters ---
    private final String bareRoot = cast.guild(1627);
    private final Channel bpCamp = cast.channel(bareRoot, "Bare Root Planters", "planters-camp",
            "tree planters among ourselves: crews, spades, bags and camps", "bp-planters-camp.json");
    private final Channel bpSchemes = cast.channel(bareRoot, "Bare Root Planters", "schemes",
            "landowners and woodland officers post planting schemes and ask; planters reply", "bp-schemes.json");
    private final Channel bpCrew = cast.channel(bareRoot, "Bare Root Planters", "crew-available",
            "planters and crews post their availability and rates", "bp-crew-available.json");
    private final Persona niamh = cast.person("niamh.corrigan", "Niamh Corrigan");
    private final Persona rowan = cast.person("rowan.achterberg", "Rowan Achterberg");
    private final Persona pavel = cast.person("pavel.dvorak", "Pavel Dvorak");
    private final Persona solenne = cast.person("solenne.marquet", "Solenne Marquet");
    private final Persona gwendolyn = cast.person("gwendolyn.ashdown", "Gwendolyn Ashdown");
    private final Persona barnaby = cast.person("barnaby.kell", "Barnaby Kell");
    private final Persona esther = cast.person("esther.mabry", "Esther Mabry");

    // --- H. a chainsaw and forestry kit shop's own server ---
    private final String barChain = cast.guild(1628);
    private final Role bcStaff = cast.role("Staff", "#2e7d32", 2);
    private final Role bcCustomer = cast.role("Customer", "#9e9d24", 1);
    private final Channel bcNews = cast.channel(barChain, "Bar & Chain Forestry Supplies", "announcements",
            "opening hours, stock and offers", "bc-announcements.json");
    private final Channel bcAsk = cast.channel(barChain, "Bar & Chain Forestry Supplies", "ask-the-shop",
            "customers ask about saws, PPE and servicing; staff reply", "bc-ask-the-shop.json");
    private final Channel bcGeneral = cast.channel(barChain, "Bar & Chain Forestry Supplies", "general",
            "chat for customers and the shop", "bc-general.json");
    private final Persona corentin = cast.person("corentin.ashe", "Corentin Ashe", bcStaff);
    private final Persona magda = cast.person("magda.ferreira", "Magda Ferreira", bcStaff);
    private final Persona dilys = cast.person("dilys.prothero", "Dilys Prothero", bcStaff);
    private final Persona hamish = cast.person("hamish.drysdale", "Hamish Drysdale", bcCustomer);
    private final Persona ottoline = cast.person("ottoline.burke", "Ottoline Burke", bcCustomer);
    private final Persona jarvis = cast.person("jarvis.teague", "Jarvis Teague", bcCustomer);
    private final Persona ruben = cast.person("ruben.castillo", "Ruben Castillo");
    private final Persona felicity = cast.person("felicity.ng", "Felicity Ng");

    HeldOutScenes134Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        kerfAndCant();
        ashgroveLogs();
        oakhangerWoodlandOwners();
        pegAndMortise();
        retortAndRing();
        forwarderCab();
        bareRootPlanters();
        barAndChain();
    }

    private void kerfAndCant() {
        // W41: ordinary week; Rhodri answers makers and a self-builder
        say(1, "07:40", kcHire, ailsa, "Ailsa Munro, Perthshire and Angus. LT40 on a trailer, £420 a day plus blade "
                + "damage at cost. Free from 24 October.");
        say(1, "08:10", kcHire, rhodri, "Rhodri Bevan, mid and west Wales. Swing-blade mill for beams and a bandmill "
                + "for boards, £380 a day. Booking from November.");
        Post prQ = say(1, "09:30", kcAsk, priya, "Furniture maker here. I've been offered a 90cm walnut butt from a park "
                + "clearance. Can any of your mills take a slab that wide, and how thick should I have it cut for table "
                + "tops?");
        Post rhPr = re(1, "10:05", rhodri, prQ, "Walnut that wide needs a big bandmill or a chainsaw mill, mine tops out "
                + "at 80cm. For table tops most makers go 60mm green, it'll shrink and flatten to about 50. Ask for the "
                + "crotch section to be kept whole, that's where the figure is.");
        re(1, "10:30", priya, rhPr, "That's really helpful, thank you. I'll see who has a wide mill.");
        Post kaBl = say(2, "08:00", kcYard, kasimir, "Anyone running the new 7/8 pitch blades? Mine are wandering in "
                + "frozen oak already.");
        Post jeBl = re(2, "08:25", jed, kaBl, "Slow the feed and check your guide tension. Wandering in cold oak is "
                + "nearly always tension or a dull set.");
        re(2, "08:40", kasimir, jeBl, "Tension was low, cheers. Cutting straight again.");
        Post neQ = say(2, "13:00", kcAsk, neville, "Self-builder. I've got 12 larch logs from the farm next door. Is it "
                + "worth milling them for cladding, or am I better off buying sawn?");
        Post rhNe = re(2, "13:45", rhodri, neQ, "Larch is ideal for cladding, and 12 decent logs will give you a fair "
                + "bit. Get them off the ground on bearers and keep the ends out of the sun till they're sawn. Where are "
                + "you?");
        Post neRh = re(2, "14:10", neville, rhNe, "Near Builth. Would you do a day here in November?");
        Post rhNe2 = re(2, "14:30", rhodri, neRh, "Yes, I'm round there the week of the 14th. Pick a day that week and "
                + "it's yours.");
        re(2, "14:40", neville, rhNe2, "Monday the 14th then. Thanks!");
        Post aiMo = say(3, "09:00", kcYard, ailsa, "Moisture meter question. Do you trust the pin type on wet douglas fir "
                + "or is it all guesswork above 30%?");
        Post rhMo = re(3, "09:20", rhodri, aiMo, "Above fibre saturation it's guesswork. I weigh sample boards instead, "
                + "oven-dry one offcut and work it out from that.");
        re(3, "09:35", kasimir, aiMo, "Same, the pins tell you wet or very wet, nothing more.");
        re(3, "10:00", ailsa, rhMo, "Weighing it is then. Thanks both.");
        Post maQ1 = say(4, "15:00", kcAsk, maud, "Hello all, we've a second ash down in the same field, dieback got it. "
                + "Is ash still worth milling once it's been standing dead a couple of years?");
        Post kaMa = re(4, "15:40", kasimir, maQ1, "Often yes, dead ash is drier than you'd think. Sound it with a hammer "
                + "at the butt, if it rings it's usually fine inside.");
        re(4, "16:05", maud, kaMa, "Thank you, I'll go and knock on it.");
        Post jeSh = say(5, "11:00", kcYard, jed, "Blade sharpener's packed in, anyone know a firm that regrinds for "
                + "mobile operators in the north west?");
        Post aiSh = re(5, "11:30", ailsa, jeSh, "Keenedge in Penrith. Post them a box of 20 and they're back in a week.");
        re(5, "11:45", jed, aiSh, "Cheers Ailsa.");
        Post prUp = say(6, "09:10", kcAsk, priya, "Update: the walnut is coming to my workshop on Tuesday and @Ailsa Munro "
                + "has it in her diary. Thanks for the slab advice everyone.");
        prUp.react("👍", rhodri, kasimir);
        re(6, "10:00", ailsa, prUp, "Looking forward to it, there'll be some lovely boards in that.");

        // W42: Rhodri's reclaimed pitch-pine beams, all week with fellow operators; Maud and Ferdinand wait
        Post rhBe = say(8, "08:30", kcYard, rhodri, "Went to the demolition sale at the old tinplate works on Saturday "
                + "and came home with nine pitch pine beams, 12 inch square, 20 foot long. Paid less than firewood "
                + "price. Now to work out what I've actually got.");
        Post jeBe = re(8, "08:55", jed, rhBe, "Photos of the end grain? Real longleaf pitch pine has tight rings, 20 to "
                + "the inch or more.");
        Post rhBe2 = re(8, "09:20", rhodri, jeBe, "Counting on the best one, about 24 to the inch. Resin's bleeding out "
                + "of the checks already.");
        Post kaBe = re(8, "09:40", kasimir, rhBe2, "Lucky man. Run a metal detector over every face before a blade goes "
                + "near it, those works were full of bolts.");
        re(8, "10:05", rhodri, kaBe, "Already found four bolts and a bit of rail spike in beam two.");
        Post maQ2 = say(9, "10:00", kcAsk, maud, "@Rhodri Bevan you milled the big ash for our barn floor in April and "
                + "we love it. The second ash is sound (it rang!). Could you come back and do it the same way, boards for "
                + "the stable loft? Any week in November suits us.");
        Post aiBe = say(9, "12:00", kcYard, ailsa, "@Rhodri Bevan is the resin clean or blue-stained? Blue stain on "
                + "reclaimed pitch pine usually means it sat wet in the roof.");
        re(9, "12:30", rhodri, aiBe, "Clean on seven. Two have blue stain near the ends where the roof leaked, I'll cut "
                + "those ends off.");
        Post feQ = say(10, "09:00", kcAsk, ferdinand, "New here. Saturday's storm took down a 200-year-old oak on our "
                + "land near Llandovery, about 1.2m at the butt. Is anyone local able to mill it, and what would you "
                + "charge?");
        Post rhDa = say(10, "10:15", kcYard, rhodri, "Dated the beams from the stamp on a bolt plate: Dowlais Iron "
                + "Company, 1868. So the timber's been in that roof about 160 years.");
        Post kaDa = re(10, "10:40", kasimir, rhDa, "That's a proper find. Longleaf that old is gold to flooring people.");
        re(10, "11:00", rhodri, kaDa, "That's what I'm thinking. Might resaw three into flooring and keep the rest as "
                + "beams.");
        Post jeNu = say(10, "14:00", kcYard, jed, "@Rhodri Bevan the lady with the ash is asking for you in "
                + "milling-asks, and there's a fellow near Llandovery with a storm oak.");
        re(10, "14:20", rhodri, jeNu, "I saw. I'll get back to them once these beams are graded and out of the trailer.");
        re(11, "09:30", maud, maQ2, "@Rhodri Bevan just checking you saw this? We'd like to get it in the diary before "
                + "winter.");
        Post rhGr = say(11, "11:00", kcYard, rhodri, "Graded them: four clear enough for flooring, three for beams, two "
                + "for the stove. Does anyone have a tongue and groove head for a moulder I could borrow?");
        re(11, "11:30", ailsa, rhGr, "Kasimir has a four-sider with T&G heads.");
        Post kaGr = re(11, "12:00", kasimir, rhGr, "You can borrow it, come over on Saturday.");
        re(11, "12:20", rhodri, kaGr, "Diolch, I'll bring a bottle.");
        Post kaFe = re(12, "09:00", kasimir, feQ, "Not me, I'm in Shropshire, but Rhodri covers Llandovery. Keep the "
                + "trunk off the ground meanwhile.");
        re(12, "09:30", ferdinand, kaFe, "Thank you, I'll wait to hear.");
        Post rhDone = say(13, "16:00", kcYard, rhodri, "Beams are stickered and under cover. Thanks for all the help "
                + "this week, lads and Ailsa.");
        rhDone.react("🙌", ailsa, jed);

        // W43: Rhodri answers both, Maud recommends him
        Post rhMa = re(15, "08:30", rhodri, maQ2, "Maud, I'm so sorry this sat for nearly a week, I got carried away with "
                + "a load of old beams. Yes, gladly, same as April: 32mm boards for the loft. The week of 21 November "
                + "suits me, would the Tuesday work?");
        Post rhFe = re(15, "08:50", rhodri, feQ, "Ferdinand, sorry for the wait. I can mill that oak: a butt that size "
                + "means the swing-blade for beams and quarter-sawn boards. £380 a day, probably two days. Can you send "
                + "me photos of both ends?");
        re(15, "09:10", maud, rhMa, "Tuesday 22nd is perfect. No harm done, thank you!");
        re(15, "10:00", ferdinand, rhFe, "Photos coming. Two days sounds fine.");
        Post neUp = say(16, "10:00", kcAsk, neville, "@Rhodri Bevan logs are up on bearers like you said, see you on the "
                + "14th.");
        re(16, "10:30", rhodri, neUp, "Great, see you then. Kettle on.");
        Post prKi = say(17, "13:00", kcAsk, priya, "The walnut came out beautifully, thanks @Ailsa Munro. Does anyone "
                + "know a kiln in the north that takes small loads?");
        re(17, "13:30", ailsa, prKi, "Glad you like it! Try Strathtay Kilns, they take part loads.");
        Post jePr = re(17, "14:00", jed, prKi, "Or air-dry it a year first, walnut hates being rushed.");
        re(17, "14:30", priya, jePr, "I'll do both, air first then kiln. Thank you.");
        Post kaLt = say(18, "09:05", kcHire, kasimir, "For sale: Wood-Mizer LT15 wide, 400 hours, new blade guides, "
                + "£3,800 ono. Collection from Shrewsbury.");
        Post maRef = say(19, "15:00", kcAsk, maud, "We've told our neighbours about Rhodri, they've a cedar that needs to "
                + "come down and be milled. Such a kind man.");
        maRef.react("❤️", rhodri);
        re(19, "15:30", rhodri, maRef, "That's kind of you Maud, tell them to message me here.");
    }

    private void ashgroveLogs() {
        // W41: price list, orders answered; Yusra says she'll be away in W42
        Post brPl = say(1, "08:00", agNews, bronwen, "Winter price list is up: kiln-dried ash and birch, nets, cages and "
                + "builder's bags. ashgrovelogs.example/prices Orders placed before Sunday get a free net of kindling.");
        brPl.react("👍", gilbert, hazel);
        Post haQ = say(2, "10:00", agOrders, hazel, "What's the difference in price between a cage and a builder's bag "
                + "of kiln-dried ash? We've a small stove and not much room.");
        Post brHa = re(2, "10:30", bronwen, haQ, "A bag is £125 and a cage is £210, about twice the volume. For a small "
                + "stove and little room I'd go for the bag. Everything's on ashgrovelogs.example/prices");
        Post haBr = re(2, "10:50", hazel, brHa, "Bag it is. Can I have it Thursday?");
        Post yuHa = re(2, "11:15", yusra, haBr, "Booked you in for Thursday morning, Hazel. Tam will ring when he's on "
                + "his way.");
        re(2, "11:30", hazel, yuHa, "Lovely, thank you.");
        Post giFi = say(2, "19:00", agChat, gilbert, "First fire of the season tonight. Anyone else lit up yet?");
        re(2, "19:20", otto, giFi, "Last weekend. The cat has claimed the hearth rug already.");
        re(2, "19:45", monty, giFi, "Holding out till November. The gas bill will make me cave though.");
        joins(3, "09:00", agChat, lorna);
        Post loQ = say(3, "09:30", agOrders, lorna, "Hi, just moved into a cottage with a multifuel stove. Do you deliver "
                + "to Llanfair, and can I burn your logs straight away?");
        Post yuLo = re(3, "10:00", yusra, loQ, "Welcome Lorna! Yes, Llanfair is on our Thursday round. Our logs are "
                + "kiln-dried under 20% so they're ready to burn the day they arrive.");
        re(3, "10:20", lorna, yuLo, "Great, I'll order once I've measured the log store.");
        Post ceTip = say(3, "14:00", agChat, cerys, "Tip for anyone whose glass blackens: burn hot for the first twenty "
                + "minutes and don't shut the air right down.");
        re(3, "14:30", hazel, ceTip, "Oh, that's why mine goes black! Thanks.");
        say(4, "08:30", agNews, tam, "Thursday's round is full. Next free slots are Saturday morning.");
        Post otQ = say(4, "12:00", agOrders, otto, "@Tam Keddie can you leave ours round the back by the shed again? "
                + "Gate code's the same.");
        Post taOt = re(4, "12:20", tam, otQ, "Will do Otto, Saturday about nine.");
        re(4, "12:30", otto, taOt, "Cheers.");
        say(5, "09:00", agNews, yusra, "I'm off for half-term from Monday 17th to Friday 21st. @Bronwen Ashby is "
                + "looking after orders while I'm away.");
        Post brRe = say(5, "17:00", agChat, bronwen, "Reminder that the free kindling with early orders finishes on "
                + "Sunday: ashgrovelogs.example/prices");
        re(5, "17:30", monty, brRe, "Ordered! Can't say no to free kindling.");
        Post loMe = say(6, "11:00", agChat, lorna, "Measured the log store: 1.2 metres each way. Is that a bag or more?");
        Post taLo = re(6, "11:30", tam, loMe, "That's a bag with room to spare for kindling.");
        re(6, "11:45", lorna, taLo, "Perfect, ordering now.");

        // W42: Yusra away; Bronwen covers; Gilbert's DM
        Post ceQ = say(8, "09:00", agOrders, cerys, "@Yusra Hale could I switch my standing order from ash to birch this "
                + "month? Birch catches quicker in our old stove.");
        Post brCe = re(8, "09:45", bronwen, ceQ, "Yusra's off this week, Cerys, so I've changed it to birch for you from "
                + "the 20th.");
        re(8, "10:00", cerys, brCe, "Thanks Bronwen.");
        Post giDm = say(9, "18:00", agDm, gilbert, "Hi Bronwen, could I pay for the winter's wood in three instalments "
                + "this year? The pension comes in monthly.");
        Post brDm = re(9, "18:30", bronwen, giDm, "Of course, Gilbert. I'll set it up as three monthly payments from "
                + "November, no charge.");
        re(9, "18:40", gilbert, brDm, "You're a star, thank you.");
        say(11, "09:00", agNews, tam, "Ash is going fast: about 40 bags of kiln-dried ash left before the next kiln load "
                + "on the 28th. Birch and mixed are fine.");
        Post giQ = say(11, "10:00", agOrders, gilbert, "Put me down for a bag of ash before it goes, please.");
        Post brGi = re(11, "10:20", bronwen, giQ, "Done, Tam will bring it Saturday.");
        re(11, "10:35", gilbert, brGi, "Ta.");
        Post loLo = say(12, "14:00", agChat, lorna, "First week with the stove and I'm in love. The logs are great, and "
                + "thank you @Tam Keddie for the tips.");
        re(12, "14:30", tam, loLo, "Glad it's going well! Keep the ash pan emptied and it'll love you back.");
        Post haK = say(13, "10:00", agOrders, hazel, "Could we add a net of kindling to next Thursday's bag?");
        re(13, "10:30", bronwen, haK, "Added, Hazel.");

        // W43: Yusra back; Otto's short-load complaint to Tam waits three days while Tam chats
        Post yuCe = say(15, "08:00", agOrders, yusra, "Morning all, back from half-term. @Cerys Langdale Bronwen told me "
                + "she switched you to birch, anything else you need?");
        re(15, "08:30", cerys, yuCe, "All good, thanks Yusra.");
        Post otSh = say(16, "08:00", agOrders, otto, "@Tam Keddie the cage you dropped off on Saturday is about a third "
                + "short, it only comes up to the second rail. Can you have a look and sort it?");
        Post loBa = say(16, "10:00", agChat, lorna, "Does anyone burn the bark or do you pick it off?");
        Post taBa = re(16, "10:20", tam, loBa, "Burn it, it's fine on kiln-dried wood. Just don't pile loose bark on a "
                + "low fire or it smokes.");
        re(16, "10:40", lorna, taBa, "Thank you!");
        re(17, "08:30", otto, otSh, "@Tam Keddie any news on this? Happy to send a photo.");
        Post taOwl = say(17, "12:00", agChat, tam, "Barn owl sitting on the log stack at Pentre this morning, the kids "
                + "on the round loved it.");
        re(17, "12:20", monty, taOwl, "Lovely! We get one over the paddock some evenings.");
        say(18, "09:00", agNews, tam, "Thursday's round goes out early tomorrow: Llanfair, Pentre and Cwm first.");
        Post loNi = say(18, "11:00", agChat, lorna, "Any tips for keeping the fire in overnight?");
        Post taNi = re(18, "11:15", tam, loNi, "A big ash log on a good bed of embers, air down to about a third. "
                + "It'll still be warm in the morning.");
        re(18, "11:30", lorna, taNi, "Will try tonight.");
        Post brOt = re(19, "09:00", bronwen, otSh, "Otto, I'm so sorry nobody came back to you. From what you describe "
                + "it's short. Tam will top it up on Saturday, no charge, and I've taken £20 off for the wait.");
        re(19, "09:30", otto, brOt, "Thanks Bronwen, appreciated.");
        Post moQ2 = say(19, "10:00", agOrders, monty, "Could I get a second bag of birch before bonfire night?");
        Post yuMo = re(19, "10:20", yusra, moQ2, "Yes Monty, Thursday 3rd?");
        re(19, "10:30", monty, yuMo, "Perfect.");
        Post haGl = say(20, "13:00", agChat, hazel, "Glass has stayed clean all week thanks to @Cerys Langdale's tip.");
        re(20, "13:20", cerys, haGl, "Told you! The hot start is everything.");
    }

    private void oakhangerWoodlandOwners() {
        // W41: Arlo takes help on four days with only thanks, and leaves Marigold's question
        joins(2, "08:00", owGeneral, arlo);
        Post arIn = say(2, "08:30", owIntro, arlo, "Hello, Arlo here. Just bought 6 acres of mixed broadleaf near "
                + "Hereford, my first wood, no idea what I'm doing.");
        re(2, "09:00", winifred, arIn, "Welcome Arlo! Ask anything in woodland-help, we were all new once.");
        Post arQ1 = say(2, "10:00", owHelp, arlo, "What's the first thing to do with a neglected wood? Fallen trees "
                + "everywhere and lots of holly.");
        Post wiA1 = re(2, "10:30", winifred, arQ1, "Walk it in every season before you do anything. Map the paths, the "
                + "wet bits and the big trees. Fallen trees are great for beetles, leave most of them. Holly you can thin "
                + "later.");
        re(2, "11:00", arlo, wiA1, "Thanks.");
        Post arQ2 = say(3, "09:00", owHelp, arlo, "Do I need a felling licence to clear the holly?");
        Post wiA2 = re(3, "09:40", winifred, arQ2, "Not for stems under 8cm at chest height, and you can fell up to 5 "
                + "cubic metres a quarter without one. Anything bigger, yes. The Forestry Commission pages have the rules "
                + "in plain English.");
        re(3, "10:00", arlo, wiA2, "Thanks.");
        Post jeDe = say(3, "14:00", owHelp, jessamy, "Roe deer have stripped the bark on my young hazel. Is it worth "
                + "fencing a coppice coupe or do guards work?");
        re(3, "14:30", baptiste, jeDe, "For coppice, fence the coupe. Guards on every stool cost more in the end and the "
                + "deer browse over the top.");
        Post coDe = re(3, "15:00", colm, jeDe, "And a dead hedge of the brash round it helps for the first couple of "
                + "years.");
        re(3, "15:20", jessamy, coDe, "Brash dead hedge, good idea, I've heaps of it. Thank you both.");
        Post arQ3 = say(5, "10:00", owHelp, arlo, "Someone told me to write a woodland management plan for a grant. Is "
                + "it worth it for 6 acres?");
        Post wiQ = re(5, "11:00", winifred, arQ3, "Often yes, it opens the door to the planting and thinning grants. How "
                + "many of your big trees are oak and how many are ash? That decides a lot of what the plan will say.");
        Post arQ4 = say(6, "09:00", owHelp, arlo, "Can I sell the firewood from the fallen trees?");
        Post coA = re(6, "09:40", colm, arQ4, "You can, but most of us keep it for our own stoves or give it to "
                + "neighbours. Split it and let it season two summers first.");
        re(6, "10:00", arlo, coA, "Thanks.");
        Post coCe = say(6, "15:00", owGeneral, colm, "Ceps in the beech corner this morning. Not telling anyone where the "
                + "beech corner is.");
        re(6, "15:20", jessamy, coCe, "Ha! Fair.");

        // W42: Garrett joins and asks everyone to subscribe
        Post jeGr = say(8, "10:00", owHelp, jessamy, "Anyone applying for the woodland improvement grant this round? The "
                + "form asks for a 'baseline condition assessment' and I've no idea what that means.");
        Post wiGr = re(8, "10:40", winifred, jeGr, "It's a walk round with a score sheet: regeneration, deadwood, "
                + "invasive species, deer damage. The guidance note has the sheet at the back. Took me an afternoon.");
        re(8, "11:00", jessamy, wiGr, "An afternoon I can do. Thanks Marigold.");
        joins(9, "09:00", owGeneral, garrett);
        Post gaIn = say(9, "09:30", owIntro, garrett, "Hi all, Garrett. I've just taken on 10 acres of conifer "
                + "plantation in Shropshire and I'm turning it back into broadleaf bit by bit.");
        re(9, "10:00", baptiste, gaIn, "Welcome Garrett! A plantation restoration, good luck, it's a long game.");
        say(10, "08:00", owGeneral, garrett, "I've started a YouTube channel about the restoration! Please subscribe and "
                + "like the first video, it really helps with the algorithm: woodvlog.example/garrett");
        say(11, "12:00", owHelp, garrett, "If anyone hasn't subscribed yet please do, every sub helps: "
                + "woodvlog.example/garrett");
        Post arQ5 = say(11, "13:00", owHelp, arlo, "How do I tell ash with dieback from healthy ash in autumn?");
        Post baA = re(11, "13:40", baptiste, arQ5, "Hard once the leaves drop. Look for diamond-shaped lesions where "
                + "twigs meet the stem, and dead tips in the crown. Best checked in July.");
        re(11, "14:00", arlo, baA, "Thanks.");
        Post coRi = say(12, "16:00", owGeneral, colm, "Anyone else's rides waterlogged already? October rain has turned "
                + "mine to soup.");
        re(12, "16:30", winifred, coRi, "Soup here too. I keep the tractor off till it dries.");
        re(12, "17:00", baptiste, coRi, "Lay brash on the worst bits, it saves the ruts.");
        Post peQ = say(13, "10:00", owHelp, perpetua, "Our neighbour wants to put a new fence along our boundary, which "
                + "runs through the wood. Who owns the boundary trees?");
        Post wiPe = re(13, "10:30", winifred, peQ, "Usually whoever's land the trunk stands on, but check your deeds. "
                + "Worth agreeing it in writing before the fence goes up.");
        re(13, "11:00", perpetua, wiPe, "Will dig out the deeds. Thanks.");

        // W43: Arlo helps the next newcomer and answers Marigold at last
        joins(15, "09:00", owGeneral, ines);
        Post inIn = say(15, "09:30", owIntro, ines, "Hello! Ines. I've 3 acres of hazel coppice in Devon that hasn't "
                + "been cut for 30 years.");
        re(15, "10:00", colm, inIn, "Welcome Ines, a lovely thing to bring back.");
        Post inQ = say(15, "11:00", owHelp, ines, "Where do I even start with overgrown hazel? Do I need a licence to cut "
                + "it?");
        Post arIn2 = re(15, "11:30", arlo, inQ, "I asked the same thing a fortnight ago! You can fell up to 5 cubic "
                + "metres a quarter without a licence, and stems under 8cm don't count. Start with one small patch near "
                + "the track so you can see how it regrows.");
        re(15, "11:50", ines, arIn2, "That's really useful, thank you Arlo.");
        Post arWi = re(16, "09:00", arlo, wiQ, "@Marigold Sallis sorry, I never answered you. I've counted: 14 big oaks, "
                + "9 ash (3 with dieback) and a couple of cherry. Does that make the plan worth doing?");
        Post wiAr = re(16, "09:40", winifred, arWi, "Definitely, the ash alone is worth planning for. Happy to look over "
                + "your draft.");
        re(16, "10:00", arlo, wiAr, "That would be brilliant. I'll post it here next week, and I'll write up what I "
                + "learn for the next newcomer.");
        Post gaBl = say(17, "13:00", owHelp, garrett, "Bluebells are coming up in the rides I cleared. Should I stop "
                + "brush cutting there?");
        Post jeGa = re(17, "13:30", jessamy, gaBl, "Yes, keep off them from February to June. They hate being "
                + "trampled.");
        re(17, "13:50", garrett, jeGa, "Thank you, I'll move the path.");
        Post inQ2 = say(18, "10:00", owHelp, ines, "And what do I do with all the poles?");
        Post arIn3 = re(18, "10:30", arlo, inQ2, "Bean poles and pea sticks for allotment people, and the thick stuff "
                + "for firewood. Colm says split it and season it two summers.");
        re(18, "10:45", ines, arIn3, "Perfect, there's an allotment next door.");
        re(18, "11:00", colm, arIn3, "Well remembered!");
        Post wiFr = say(19, "19:00", owGeneral, winifred, "First frost on the wood tonight. Leaves will be down by the "
                + "weekend.");
        re(19, "19:20", jessamy, wiFr, "Same in Dorset, the cherry went red overnight.");
        Post peUp = say(20, "09:00", owHelp, perpetua, "Deeds say the trees are ours, and the neighbour has agreed to put "
                + "the fence on his side. Thanks @Marigold Sallis.");
        re(20, "09:20", winifred, peUp, "Good outcome!");
    }

    private void pegAndMortise() {
        // W41: Tobias's answer carries his course, then he pushes it among framers; Odette answers Hugo late
        Post huQ = say(1, "09:00", pmAsk, hugo, "Self-builder, planning a green oak garden room. Is it daft to use green "
                + "oak for a heated room? I've read it moves a lot.");
        Post esHu = re(1, "09:40", esmond, huQ, "Not daft, just design for it: shrinkage gaps at the glazing, pegs drawn "
                + "tight, and let it dry a winter before you fit the finishes.");
        re(1, "10:00", hugo, esHu, "Shrinkage gaps noted. Thanks.");
        Post odRa = say(1, "14:00", pmBench, odette, "Raising a cruck frame in Powys from Tuesday, forecast looks dry. "
                + "Fingers crossed.");
        re(1, "14:30", lucian, odRa, "Good luck, send photos.");
        Post luBa = say(2, "10:00", pmShow, lucian, "Finished the cruck barn for the Hendre estate, 7 bays, all English "
                + "oak.");
        luBa.react("🔥", odette, esmond, tobias);
        Post esLu = re(2, "10:30", esmond, luBa, "Beautiful. Are the crucks from one tree?");
        re(2, "10:50", lucian, esLu, "Split from one butt, yes.");
        Post huQ2 = say(3, "09:00", pmAsk, hugo, "@Odette Marchbank you did the frame at Ty Newydd that I saw last "
                + "summer. Where a wall plate meets over a post, would you use a scarf or a tying joint?");
        Post clQ = say(3, "11:00", pmAsk, clemency, "We've a 17th century cottage with a rotten sole plate on one side. "
                + "Does the whole wall have to come apart?");
        Post toCl = re(3, "11:40", tobias, clQ, "Rarely. A good framer will prop the wall, cut out the rotten length and "
                + "scarf in new oak, usually a bladed scarf with pegs. My online course covers scarf repairs step by step "
                + "in module 3, £89: quayleframing.example/course");
        re(3, "12:10", clemency, toCl, "Thank you, propping and scarfing sounds reassuring.");
        Post odHu = re(4, "16:00", odette, huQ2, "Hugo, sorry for the slow reply, I was up a cruck in Powys with no "
                + "signal for two days. Over a post I'd use a tying joint on a jowled post, not a scarf. Scarfs go between "
                + "posts. Happy to sketch it if that helps.");
        Post huOd = re(4, "16:30", hugo, odHu, "A sketch would be amazing, thank you!");
        re(4, "17:00", odette, huOd, "Here you go: jowled post, tie beam over the top and the plate on that, pegs an "
                + "inch and a half from the shoulders.");
        Post toCo = say(5, "10:00", pmBench, tobias, "Enrolment for my online scarf-joint course is open: eight modules, "
                + "£89, early-bird price till Sunday. quayleframing.example/course");
        Post raQ = say(5, "14:00", pmAsk, rafe, "Barn conversion: the structural engineer wants steel flitch plates in two "
                + "oak tie beams. Is that normal or should I push back?");
        Post esRa = re(5, "14:30", esmond, raQ, "Fairly normal where beams are undersized for new loads. Ask whether a "
                + "matching oak beam alongside would do, some engineers accept it.");
        re(5, "14:50", rafe, esRa, "Will ask, thanks.");
        Post odCr = say(6, "09:00", pmShow, odette, "The Powys cruck went up, all seven pairs by Wednesday lunchtime.");
        odCr.react("👏", lucian, hugo, tobias);
        re(6, "09:30", hugo, odCr, "Stunning!");

        // W42: Lucian talks about himself among the framers
        Post luAw = say(8, "09:00", pmBench, lucian, "Big week for me. My barn at Hendre has been shortlisted for the "
                + "Wood Awards, my third shortlisting in five years. I'm driving up to London for the judging on Thursday "
                + "and I've had my best photos printed large.");
        re(8, "09:30", odette, luAw, "Congratulations Lucian!");
        Post raUp = say(8, "11:00", pmAsk, rafe, "The engineer says a matching oak beam alongside is fine. Thanks "
                + "@Esmond Varga!");
        re(8, "11:20", esmond, raUp, "Nice, cheaper and prettier.");
        Post luWs = say(9, "08:30", pmBench, lucian, "I've also finally moved into my new workshop. I designed the whole "
                + "frame myself, I cut every joint myself over the summer, and my crane can lift a four tonne truss now. "
                + "My old yard was far too small for the work I'm getting.");
        Post toLu = re(9, "09:00", tobias, luWs, "Looks like a proper shed. Is it heated?");
        re(9, "09:20", lucian, toLu, "Underfloor, I put it in myself. My apprentices say it's the warmest place they've "
                + "ever worked, and my dog won't leave the office.");
        Post clQ2 = say(10, "10:00", pmAsk, clemency, "Found a framer for the sole plate, thank you all. One more: should "
                + "the new oak be limewashed to match the old?");
        Post odCl = re(10, "10:30", odette, clQ2, "Leave it bare for a year so it can dry, then limewash the lot together. "
                + "It'll blend in.");
        re(10, "10:45", clemency, odCl, "Patience it is. Thank you.");
        Post huQ3 = say(10, "14:00", pmAsk, hugo, "How long does a green oak garden room take to raise for a small "
                + "team?");
        Post luHu = re(10, "14:40", lucian, huQ3, "A small room is a day with four people and a hired telehandler. Have "
                + "everything test-fitted in the yard first.");
        re(10, "15:00", hugo, luHu, "A day! Thanks Lucian.");
        Post luJu = say(11, "18:00", pmBench, lucian, "Back from the judging. I think my presentation went really well, I "
                + "told them how I selected every tree myself and how my team raised it in three days. My wife says I "
                + "talked for an hour.");
        re(11, "18:30", esmond, luJu, "Fingers crossed for you.");
        Post odAu = say(12, "09:00", pmBench, odette, "Does anyone have a spare 2 inch auger? Snapped mine on a knot.");
        Post esAu = re(12, "09:20", esmond, odAu, "I've a spare, I'll post it today.");
        re(12, "09:30", odette, esAu, "Lifesaver.");
        say(13, "11:00", pmBench, lucian, "My photographer sent the final shots of my barn today. I'm going to have them "
                + "framed for my office and put them on my new website, which I'm rebuilding myself this winter.");

        // W43: ordinary week
        Post huQ4 = say(15, "10:00", pmAsk, hugo, "The planning officer wants to see a frame drawing. Does anyone do "
                + "drawings separately from making the frame?");
        Post odHu2 = re(15, "10:30", odette, huQ4, "Most of us draw as part of the job, but I do drawings on their own "
                + "too. Send me your sketch and the plot size and I'll tell you what it would cost.");
        re(15, "10:50", hugo, odHu2, "Sending now, thanks Odette.");
        Post luHc = say(16, "09:00", pmBench, lucian, "Didn't win the Wood Awards, but highly commended. Congratulations "
                + "to the Devon lot who did, their roundhouse is stunning.");
        re(16, "09:20", odette, luHc, "Highly commended is a big deal, well done.");
        re(16, "09:30", tobias, luHc, "Well done mate.");
        Post raQ2 = say(17, "14:00", pmAsk, rafe, "Can anyone recommend a finish for internal oak beams that doesn't "
                + "yellow?");
        re(17, "14:30", tobias, raQ2, "A water-based matt oil, the sort sold for floors. Test a patch on an offcut "
                + "first.");
        Post luRa = re(17, "14:40", lucian, raQ2, "And sand the mill marks off first if you want a clean look. What are "
                + "you after, rustic or crisp?");
        Post raLu = re(17, "15:00", rafe, luRa, "Crisp I think, it's a modern fit-out.");
        re(17, "15:20", lucian, raLu, "Then sand to 120, one coat of the matt oil, and you'll be pleased.");
        Post esPo = say(18, "10:00", pmShow, esmond, "Oak porch for a chapel in Ceredigion, hand-cut braces.");
        esPo.react("👍", odette, lucian);
        re(18, "10:30", odette, esPo, "Those braces are lovely.");
        Post clDo = say(19, "11:00", pmAsk, clemency, "Sole plate is in! The framer did it in two days and the wall never "
                + "moved. Thank you all for the advice.");
        clDo.react("🎉", tobias, esmond);
        re(19, "11:30", esmond, clDo, "Brilliant news.");
    }

    private void retortAndRing() {
        // W41: Silas scatters his new shop link; Morwenna gives hers when asked
        Post moLi = say(1, "08:00", rrChat, morwenna, "First burn of the autumn done. The ring kiln's lid warped over "
                + "summer, had to pack it with soil to seal it.");
        Post fiLi = re(1, "08:30", fintan, moLi, "Same happened to mine. A new lid band from a fabricator sorted it.");
        re(1, "08:50", morwenna, fiLi, "I'll ask the farrier, cheers.");
        Post anQ = say(1, "12:00", rrAsk, anouk, "Chef at a grill restaurant in Bristol. We go through about 60kg a week. "
                + "Is British lumpwood consistent enough for a charcoal oven, or will it spit?");
        Post moAn = re(1, "12:40", morwenna, anQ, "Well-made British hardwood charcoal is fine in a charcoal oven. Ask for "
                + "oak or beech, fully carbonised and sieved of fines. Spitting is usually underburnt pieces or "
                + "softwood.");
        re(1, "13:00", anouk, moAn, "Good to know. I'll ask suppliers for that.");
        say(2, "09:00", rrChat, silas, "My new online shop is live! Restaurant-grade lumpwood, barbecue bags and "
                + "biochar: brackenburycharcoal.example/shop");
        say(2, "09:40", rrAsk, silas, "Restaurants and barbecue folk: restaurant-grade lumpwood now in stock, 10kg for "
                + "£18, free delivery over 50kg. brackenburycharcoal.example/shop");
        say(2, "11:00", rrMarket, silas, "Restaurant-grade lumpwood 10kg £18, barbecue bags £8, biochar £12 a sack. Order "
                + "at brackenburycharcoal.example/shop");
        Post peQ = say(3, "10:00", rrAsk, perrin, "Garden centre buyer here. We want to stock British charcoal next "
                + "spring. What bag size sells best?");
        re(3, "10:40", fintan, peQ, "3kg for casual barbecues, 10kg for the keen lot. Paper bags with a window go down "
                + "well.");
        Post ulPe = re(3, "11:00", ulrika, peQ, "And put 'British hardwood, no additives' big on the front, people pay "
                + "more for it.");
        re(3, "11:20", perrin, ulPe, "Very helpful, both of you. Thanks.");
        say(4, "09:00", rrChat, silas, "Sold 40 bags in two days! Keep the orders coming: "
                + "brackenburycharcoal.example/shop");
        Post saQ = say(4, "15:00", rrAsk, saskia, "Home cook with a kamado. Does lumpwood size matter? Mine is half dust "
                + "by the bottom of the bag.");
        Post moSa = re(4, "15:30", morwenna, saQ, "Size matters a lot in a kamado, you want fist-sized pieces for long "
                + "cooks. Tip the bag out and sieve off the fines, they choke the airflow.");
        re(4, "15:50", saskia, moSa, "Sieving tonight. Thank you!");
        Post peMo = say(5, "11:00", rrAsk, perrin, "@Morwenna Ellacott where can I see your bags and trade prices? We'd "
                + "like samples.");
        Post moPe = re(5, "11:30", morwenna, peMo, "Here you go: ellacottcharcoal.example/trade. I'll post you a 3kg and "
                + "a 10kg sample this week.");
        re(5, "11:45", perrin, moPe, "Perfect, thanks.");
        say(6, "10:00", rrAsk, silas, "Weekend barbecue? Order by Friday noon for Saturday delivery: "
                + "brackenburycharcoal.example/shop");
        say(6, "12:00", rrMarket, morwenna, "Autumn stock: oak lumpwood 10kg £16, birch 3kg £7, collection from Bodmin "
                + "or posted. ellacottcharcoal.example/trade");

        // W42: ordinary; Silas answers and talks with people
        Post fiAl = say(8, "09:00", rrChat, fintan, "Burnt a kiln of alder for the black powder people, they want it for "
                + "a re-enactment demo. Odd market but it pays.");
        re(8, "09:20", morwenna, fiAl, "Alder for powder, proper old school! Good on you.");
        Post anQ2 = say(8, "14:00", rrAsk, anouk, "We tried British oak charcoal this week. Hotter than our import and no "
                + "spitting. Who could do 60kg weekly to Bristol?");
        re(8, "14:30", morwenna, anQ2, "I could from Bodmin, though delivery to Bristol adds a bit. Silas is nearer "
                + "you, I think?");
        Post siAn = re(8, "15:00", silas, anQ2, "I'm in the Forest of Dean, so Bristol's an easy run. 60kg a week would "
                + "be £96 delivered, oak, sieved. Happy to send a trial sack first.");
        re(8, "15:20", anouk, siAn, "A trial sack please, I'll send the address.");
        Post ulQ = say(9, "10:00", rrChat, ulrika, "Question for the kiln folk: how long do you leave it sealed before "
                + "opening? I've been opening at 24 hours and getting brands.");
        Post siUl = re(9, "10:30", silas, ulQ, "48 hours at least in a ring kiln. Brands usually mean a cold corner, "
                + "check your air inlets are evenly spaced.");
        re(9, "10:50", ulrika, siUl, "48 it is. Thanks Silas.");
        Post saQ2 = say(10, "12:00", rrAsk, saskia, "Sieving worked, 14-hour brisket on one load. Has anyone tried "
                + "fruitwood charcoal for smoking?");
        Post fiSa = re(10, "12:30", fintan, saQ2, "Apple charcoal is lovely but mild. Mix a few chunks of raw apple wood "
                + "in for the smoke.");
        re(10, "12:50", saskia, fiSa, "Ooh, will try.");
        Post peSa = say(12, "15:00", rrAsk, perrin, "Samples arrived, @Morwenna Ellacott, and they look great. Could we "
                + "talk about 500 bags for March?");
        re(12, "15:30", morwenna, peSa, "Wonderful! Yes, I'll email you a trade quote tomorrow.");
        Post siTr = say(13, "10:00", rrChat, silas, "Anouk's trial sack went down well. First proper order goes to "
                + "Bristol on Friday.");
        re(13, "10:20", fintan, siTr, "Nice one.");

        // W43: Fintan leaves Saskia's question while he talks kilns
        joins(15, "09:00", rrChat, ewan);
        Post ewQ = say(15, "09:30", rrChat, ewan, "Hello, I've just built my first ring kiln from an old oil tank. Any "
                + "tips for a first burn?");
        re(15, "10:00", morwenna, ewQ, "Welcome! Start with small, dry wood split to wrist thickness, and don't walk "
                + "away when the smoke goes blue.");
        Post fiEw = re(15, "10:15", fintan, ewQ, "And keep a bucket of soil by the lid.");
        re(15, "10:30", ewan, fiEw, "Brilliant, thanks both.");
        Post saFi = say(16, "10:00", rrAsk, saskia, "@Fintan Greaves how long does your birch charcoal burn in a kamado "
                + "compared with oak? Thinking of ordering a few bags for winter.");
        Post fiAl2 = say(16, "14:00", rrChat, fintan, "Another alder burn for the powder people, they've doubled the "
                + "order.");
        re(16, "14:20", silas, fiAl2, "Who knew gunpowder was the growth market.");
        Post fiEw2 = say(17, "09:00", rrChat, fintan, "@Ewan Blackadder how did the first burn go?");
        Post ewFi = re(17, "09:30", ewan, fiEw2, "Smoke went blue, I sealed it, opening tomorrow!");
        re(17, "09:45", fintan, ewFi, "Fingers crossed.");
        Post ewOp = say(18, "11:00", rrChat, ewan, "Opened it: about 60% good charcoal, some brands. Not bad for a first "
                + "go?");
        re(18, "11:20", fintan, ewOp, "Very good for a first go. The brands go back in the next burn.");
        re(18, "15:00", saskia, saFi, "@Fintan Greaves still keen to order if you can tell me about the birch.");
        Post anRe = say(19, "10:00", rrAsk, anouk, "Silas's oak has been perfect for three weeks now. I've recommended "
                + "him to the two other grill places on our street.");
        re(19, "10:30", silas, anRe, "Thanks Anouk, that means a lot.");
        Post saQ3 = say(19, "11:00", rrAsk, saskia, "Does anyone else make birch charcoal for a kamado? Happy to buy from "
                + "whoever.");
        Post moSa2 = re(19, "11:30", morwenna, saQ3, "Birch burns hotter and a bit faster than oak, so a little shorter on "
                + "a long cook. I've 3kg bags of birch if you'd like one to try, £7.");
        re(19, "11:50", saskia, moSa2, "Yes please!");
        say(20, "14:00", rrMarket, silas, "Winter stock: oak lumpwood 10kg £18, collection from Coleford or delivered. "
                + "brackenburycharcoal.example/shop");
    }

    private void forwarderCab() {
        // W41: ordinary week; Harriet posts the Glenmoy thinning
        Post kiHe = say(1, "07:00", fcCab, kirsty, "Frost on the cab this morning and the heater's packed in. Anyone had "
                + "the heater fan go on an Elk?");
        Post anHe = re(1, "07:30", anders, kiHe, "Yes, the resistor pack under the seat. Cheap part, ten minute job.");
        re(1, "07:50", kirsty, anHe, "Found it, the connector was green. Heater's roaring. Cheers Anders.");
        Post toWb = say(1, "12:00", fcWork, torquil, "Factor for the Glenbrae estate. We've 14 ha of windblown Sitka to "
                + "clear before spring, forwarder extraction about 800m to roadside. Anyone with capacity in November?");
        Post doTo = re(1, "12:40", dougal, toWb, "We could fit it in from the 20th of November. Windblow's slow going, so "
                + "we'd price it per tonne after a walk round. When could I come and see it?");
        Post toDo = re(1, "13:00", torquil, doTo, "Thursday morning? I'll meet you at the estate office at nine.");
        re(1, "13:10", dougal, toDo, "Thursday at nine it is.");
        Post caQ = say(2, "18:00", fcCab, callum, "First week on my own in the harvester. Took me all day to do what the "
                + "old boy did by lunch. Does it get quicker?");
        Post doCa = re(2, "18:30", dougal, caQ, "Everyone's slow at first. Don't chase speed, chase clean stems and good "
                + "stacks. The speed comes by Christmas.");
        re(2, "18:45", kirsty, caQ, "And set the head up properly every morning, it saves an hour over the day.");
        re(2, "19:00", callum, doCa, "Cheers both, needed to hear that.");
        Post toTh = say(4, "11:00", fcWork, torquil, "Thanks @Dougal Strachan for coming out today. The price makes "
                + "sense, let's go ahead from the 20th.");
        re(4, "11:30", dougal, toTh, "Cheers Torquil, we'll be there.");
        Post anHd = say(5, "09:00", fcSale, anders, "Selling a spare harvester head, rebuilt rollers, 4,000 hours. "
                + "£9,500. Photos on request.");
        Post kiHd = re(5, "09:30", kirsty, anHd, "Would it go on a Rottne? Asking for my brother.");
        re(5, "09:50", anders, kiHd, "Needs the adapter plate, I have one. Tell him to message me.");
        Post caSt = say(6, "14:00", fcCab, callum, "Did a full day and the stacks looked good. The old boy said nothing, "
                + "which means it was fine.");
        re(6, "14:20", dougal, caSt, "That's the highest praise there is.");
        Post haTe = say(7, "10:00", fcWork, harriet, "Forest manager, Glenmoy Forest. Second thinning, 30 ha of Sitka and "
                + "larch, harvester and forwarder wanted from January. Tender pack and site visit dates: "
                + "glenmoyforest.example/tender");
        Post kiHa = re(7, "10:40", kirsty, haTe, "Is the brash to stay on the racks, or do you want it for biomass?");
        re(7, "11:00", harriet, kiHa, "Leave it on the racks, the soils are soft.");

        // W42: Dougal's daily tonnages to nobody; Bram joins and pitches Harriet by DM
        say(8, "06:30", fcCab, dougal, "Day one at the Aberfoyle clearfell. Frost on the machines, 180 tonnes by "
                + "lunch.");
        joins(8, "09:00", fcCab, bram);
        Post brHi = say(8, "09:30", fcCab, bram, "Hello all. Bram, just set up Hollis Forestry with a harvester and a "
                + "forwarder in the Borders.");
        re(8, "10:00", kirsty, brHi, "Welcome Bram, good luck with the new outfit.");
        say(8, "17:30", fcCab, dougal, "Finished the day at 210 tonnes. The new tracks earned their money on the bog "
                + "section.");
        say(9, "06:45", fcCab, dougal, "Rain overnight. Brash mats holding up, we're on compartment 4 now.");
        Post brDm = say(9, "09:00", fcDm, bram, "Hi Harriet, Bram here from Hollis Forestry. Saw your Glenmoy thinning. "
                + "We run a brand new harvester and forwarder, £14 a tonne cut and extracted, and can start any time. Book "
                + "a 15-minute call: hollisforestry.example/book");
        re(9, "12:00", harriet, brDm, "Thanks Bram. Tenders go in through the form on the post, same as everyone.");
        say(9, "17:00", fcCab, dougal, "Lost half a day to a split hydraulic hose on the forwarder. Going again by "
                + "three.");
        say(10, "07:00", fcCab, dougal, "220 tonnes yesterday despite the hose. Lorries keeping up with us for once.");
        Post anHo = say(10, "12:00", fcCab, anders, "Anyone know a good hose place near Callander?");
        Post kiHo = re(10, "12:30", kirsty, anHo, "Pirie's on the industrial estate, they'll make one while you wait.");
        re(10, "12:45", anders, kiHo, "Ideal, thanks.");
        say(10, "18:00", fcCab, dougal, "Compartment 4 done. Moving the machines up the hill tomorrow.");
        say(11, "06:30", fcCab, dougal, "Move went fine. Deer everywhere on the top road this morning.");
        say(11, "17:30", fcCab, dougal, "Good day on the top, 240 tonnes. Ahead of the programme.");
        say(12, "06:45", fcCab, dougal, "Wind got up overnight. Working the sheltered side this morning.");
        Post toQ = say(12, "10:00", fcWork, torquil, "@Dougal Strachan is the 20th of November at Glenbrae still good "
                + "for you? The keeper needs to know for the stalking.");
        Post doTq = re(12, "12:00", dougal, toQ, "Yes, still the 20th. We'll be off Aberfoyle by the 15th.");
        re(12, "12:20", torquil, doTq, "Perfect, thanks.");
        say(12, "17:00", fcCab, dougal, "Wind dropped. 200 tonnes on the day.");
        say(13, "15:00", fcCab, dougal, "Week done, 1,260 tonnes. Home for the weekend.");
        Post caWk = say(13, "15:30", fcCab, callum, "Week two on my own, up to 90 tonnes a day.");
        re(13, "16:00", kirsty, caWk, "That's coming on well.");

        // W43: Dougal back in conversation; Bram asks and tenders like everyone
        Post haVi = say(15, "08:00", fcWork, harriet, "Glenmoy tender closes Friday. Site visit Wednesday at ten if anyone "
                + "still wants to walk it.");
        re(15, "08:30", kirsty, haVi, "I'll be at the visit.");
        Post brHa = re(15, "09:00", bram, haVi, "I'll come along too, and put the tender in on the form.");
        re(15, "09:20", harriet, brHa, "Good, see you Wednesday.");
        Post caJa = say(16, "18:00", fcCab, callum, "Head jammed on a big stem today and I froze. How do you clear a "
                + "jammed feed roller without wrecking it?");
        Post doJa = re(16, "18:20", dougal, caJa, "Open the rollers fully, back the stem out with the crane, never force "
                + "the feed. Then check the roller bolts before you carry on. What head is it?");
        re(16, "18:40", callum, doJa, "A 758. Backed it out and it's fine. Thanks Dougal.");
        Post brRd = say(18, "12:00", fcCab, bram, "Does anyone know if the Glenmoy road takes artics, or is it rigid "
                + "only?");
        Post kiRd = re(18, "12:30", kirsty, brRd, "Rigid only past the second bridge. Plan for a transfer point.");
        re(18, "12:45", bram, kiRd, "Thanks Kirsty, that changes the numbers.");
        Post kiBo = say(19, "14:00", fcSale, kirsty, "My brother bought the head. Thanks @Anders Lindqvist.");
        re(19, "14:20", anders, kiBo, "Hope it serves him well.");
        Post toTr = say(20, "10:00", fcWork, torquil, "Glenbrae access track is graded and ready for you, @Dougal "
                + "Strachan.");
        re(20, "10:30", dougal, toTr, "Champion, thanks Torquil.");
    }

    private void bareRootPlanters() {
        // W41: crews post availability; Rowan agrees to plant Esther's hedge again
        say(1, "08:00", bpCrew, niamh, "Corrigan crew, 6 planters, Wales and the Marches, from 1 November. 80p a tree "
                + "including guards, or a day rate on request.");
        say(1, "09:00", bpCrew, rowan, "Rowan Achterberg, solo or with two others, west coast of Scotland, from mid "
                + "November. Happy on steep ground.");
        Post baQ = say(1, "10:00", bpSchemes, barnaby, "Woodland officer for the county. I'm getting lots of questions on "
                + "stocking density for the new broadleaf grants. Is 1,600 stems a hectare realistic for a small crew?");
        Post niBa = re(1, "10:40", niamh, baQ, "Realistic. A good planter does 800 to 1,000 a day on cultivated ground "
                + "with guards, so a hectare is about two planter-days. Slower on rough ground.");
        re(1, "11:00", barnaby, niBa, "That's the number I needed, thank you.");
        Post paSp = say(2, "14:00", bpCamp, pavel, "Which spades is everyone using this year? My old planting tube "
                + "finally cracked.");
        re(2, "14:30", rowan, paSp, "Still on the long-bladed planting spade. Can't get on with the tube.");
        Post niSp = re(2, "14:45", niamh, paSp, "Tube for cell-grown, spade for bare root. I keep both in the van.");
        re(2, "15:00", pavel, niSp, "Both it is. Thanks.");
        Post esQ = say(3, "09:00", bpSchemes, esther, "@Rowan Achterberg you planted our shelterbelt last March and every "
                + "single tree took. We've another 600 metres of hedge to do this winter, could you fit us in?");
        Post roEs = re(3, "09:40", rowan, esQ, "So glad they took! Yes, I'll put you in for the first week of December "
                + "and we can talk species nearer the time.");
        re(3, "10:00", esther, roEs, "Wonderful.");
        Post niCo = say(4, "18:00", bpCamp, niamh, "Camp cook needed for the Elan Valley job in January, three weeks. "
                + "Anyone know someone?");
        Post paCo = re(4, "18:30", pavel, niCo, "My cousin cooked for the Kielder crews last year, I'll ask her.");
        re(4, "18:45", niamh, paCo, "Please do, thanks Pavel.");
        Post baQ2 = say(5, "11:00", bpSchemes, barnaby, "Another one: what's the advice on spiral guards versus tubes now "
                + "the plastic rules are changing?");
        Post roBa = re(5, "11:30", rowan, baQ2, "Biodegradable spirals where hares are the problem, tubes only where "
                + "there are deer and no fence. Most schemes round here now go for a fence and no guards.");
        re(5, "11:50", barnaby, roBa, "Helpful, thanks Rowan.");
        Post roKn = say(6, "09:00", bpCamp, rowan, "Knees are sore already and we haven't started. Any planters over 40 "
                + "doing something that actually helps?");
        Post niKn = re(6, "09:30", niamh, roKn, "Hard-shell kneepads, and stretch every morning whether you like it or "
                + "not.");
        re(6, "09:45", rowan, niKn, "Stretching. Ugh. Fine.");

        // W42: Solenne joins and answers Gwendolyn's grant news with a price; Rowan says he'll be away
        joins(8, "09:00", bpCamp, solenne);
        Post soHi = say(8, "09:30", bpCamp, solenne, "Hi everyone, Solenne. I've just moved from planting in the Landes "
                + "to Herefordshire and I'm starting my own small crew.");
        re(8, "10:00", niamh, soHi, "Welcome Solenne, the Landes must be a different game. Plenty of work here this "
                + "winter.");
        joins(8, "11:00", bpSchemes, gwendolyn);
        Post gwQ = say(8, "11:30", bpSchemes, gwendolyn, "Hello, we're a family farm in Herefordshire applying to plant "
                + "4 hectares of woodland on a wet field. Should we plant alder on the wettest part?");
        Post paGw = re(8, "12:00", pavel, gwQ, "Alder is perfect there, with some willow. Save the oak for the drier "
                + "slope.");
        re(8, "12:20", gwendolyn, paGw, "Thank you!");
        Post paCk = say(9, "15:00", bpCamp, pavel, "Cousin says yes to cooking in January. @Niamh Corrigan I'll pass her "
                + "your number.");
        re(9, "15:20", niamh, paCk, "Brilliant, thanks Pavel.");
        Post gwNews = say(10, "10:00", bpSchemes, gwendolyn, "Our woodland creation grant came through this morning! 4 "
                + "hectares, planting this winter. Thanks to everyone who answered my questions.");
        gwNews.react("🎉", pavel, barnaby);
        Post soGw = re(10, "10:30", solenne, gwNews, "Congratulations! My crew plants at 75p a tree with spirals and "
                + "canes, and we have a gap from 14 November. Message me to book your planting.");
        re(10, "11:00", gwendolyn, soGw, "Thanks, we're getting a few quotes first.");
        Post roAw = say(11, "14:00", bpCamp, rowan, "Heads up: I'm planting off-grid on Mull from Monday 24th to Friday "
                + "28th, no signal at all. Back online on the 29th.");
        re(11, "14:20", niamh, roAw, "Take midge spray and a good book.");
        Post baQ3 = say(12, "10:00", bpSchemes, barnaby, "Do any of you plant in frost? A landowner says trees will die "
                + "if they're planted in frozen ground.");
        re(12, "10:30", niamh, baQ3, "We stop if the ground's frozen hard, you can't close the slit. A light frost on top "
                + "is fine.");
        Post soBa = re(12, "10:40", solenne, baQ3, "In France we stopped below minus 3 in the morning too, and kept the "
                + "bags in the shade.");
        re(12, "11:00", barnaby, soBa, "Thanks both.");
        say(13, "12:00", bpCrew, solenne, "Marquet crew, 3 planters, Herefordshire and Worcestershire, from 14 "
                + "November. 75p a tree with spirals and canes.");

        // W43: Rowan on Mull; Esther's question waits until he is back
        Post esQ2 = say(16, "09:00", bpSchemes, esther, "@Rowan Achterberg we've settled on hawthorn, blackthorn and "
                + "field maple for the hedge. Is that what you'd have picked?");
        Post gwQ2 = say(16, "11:00", bpSchemes, gwendolyn, "We've chosen a crew for the planting. Now, where do we get "
                + "the trees? Do nurseries deliver?");
        re(16, "11:30", niamh, gwQ2, "Most forestry nurseries deliver by pallet. Order soon, bare-root stock sells out "
                + "by December.");
        Post soGw2 = re(16, "11:45", solenne, gwQ2, "And keep them in a cool shed with the roots in their bags until the "
                + "day. Never let the roots dry.");
        re(16, "12:00", gwendolyn, soGw2, "Noted, thank you Solenne.");
        Post paHe = say(17, "10:00", bpCamp, pavel, "Heeled in 2,000 oak whips at the yard ready for Monday. Smells like "
                + "autumn.");
        re(17, "10:20", niamh, paHe, "Best smell of the year.");
        Post baTh = say(18, "14:00", bpSchemes, barnaby, "Thanks all for the advice this month, it's gone into our grant "
                + "guidance note.");
        baTh.react("🙌", niamh, solenne);
        Post soBg = say(19, "09:00", bpCamp, solenne, "Anyone else's planting bags falling apart at the seams? Looking "
                + "for ones that last.");
        Post paBg = re(19, "09:30", pavel, soBg, "The waxed canvas ones last years. Pricey but worth it.");
        re(19, "09:50", solenne, paBg, "Thanks Pavel, ordering.");
        Post roEs2 = re(20, "09:00", rowan, esQ2, "Back from Mull, sorry for the wait Esther! Yes, that's a great mix. I'd "
                + "add a few dog rose and some holly for winter cover.");
        re(20, "09:30", esther, roEs2, "Lovely, we'll add them. See you in December.");
        Post roMu = say(20, "10:00", bpCamp, rowan, "Mull was wet, wild and wonderful. 18,000 trees in five days.");
        re(20, "10:20", niamh, roMu, "Welcome back! Good going.");
    }

    private void barAndChain() {
        // W41: ordinary week at the shop
        say(1, "08:30", bcNews, corentin, "Winter hours from today: 8 to 5 weekdays, 8 to 12 Saturdays. Workshop "
                + "turnaround is about a week.");
        Post otQ = say(1, "10:00", bcAsk, ottoline, "Which chain do I want for cutting firewood on a 40cm bar? The chain "
                + "that came with the saw keeps going blunt.");
        Post maOt = re(1, "10:30", magda, otQ, "A semi-chisel chain holds its edge better in dirty wood. And keep the "
                + "logs off the ground when you cut, the blunting is usually grit.");
        re(1, "10:50", ottoline, maOt, "Grit! That makes sense. I'll get a semi-chisel on Saturday.");
        Post haQ = say(2, "09:00", bcAsk, hamish, "Dropping my 462 in for a service, it's been hard to start when warm. "
                + "Can @Dilys Prothero have a look at the carb too?");
        Post diHa = re(2, "09:30", dilys, haQ, "Bring it in, I'll check the carb and the decomp valve. Hot starting is "
                + "usually one of the two.");
        re(2, "09:45", hamish, diHa, "Ta.");
        Post jaTk = say(3, "12:00", bcGeneral, jarvis, "Finally did the felling ticket. Four days, knackered, passed.");
        re(3, "12:20", ottoline, jaTk, "Congratulations!");
        re(3, "12:40", corentin, jaTk, "Well done Jarvis! That's the hard one.");
        Post jaQ = say(4, "15:00", bcAsk, jarvis, "What PPE do I actually need for felling on my own land? The course "
                + "said everything, my mate says just trousers.");
        Post coJa = re(4, "15:30", corentin, jaQ, "On your own land nobody will check, but the course is right: helmet "
                + "with visor and ear defenders, chainsaw trousers, boots with cut protection and gloves. Trousers alone "
                + "won't save your foot.");
        re(4, "15:50", jarvis, coJa, "Fair enough, full kit it is.");
        say(5, "10:00", bcNews, magda, "Stock in: class 2 chainsaw trousers in all sizes, and the new battery top-handle "
                + "saws.");
        Post haWs = say(6, "11:00", bcGeneral, hamish, "Anyone else's wood store full already? Mine's stacked to the roof "
                + "with ash.");
        re(6, "11:20", jarvis, haWs, "Halfway. The course ate my weekends.");
        re(6, "11:40", ottoline, haWs, "Full here too, and now I can cut it properly!");

        // W42: Ruben joins; Dilys answers Hamish in the next message without a reply
        joins(8, "09:00", bcGeneral, ruben);
        Post ruQ = say(8, "09:30", bcAsk, ruben, "Hi, new to the area and to chainsaws. What's a sensible first saw for a "
                + "few trees a year on a smallholding, and what does it cost?");
        Post maRu = re(8, "10:00", magda, ruQ, "Welcome Ruben! For a few trees a year a 40cc saw with a 35cm bar is "
                + "plenty. The MS 251 is £389. And please do a basic chainsaw course first.");
        re(8, "10:20", ruben, maRu, "Thanks Magda, I'll book a course and pop in.");
        say(9, "09:30", bcAsk, hamish, "@Dilys Prothero any news on my 462? It's been a week and I've a load of ash to "
                + "cut.");
        say(9, "10:15", bcAsk, dilys, "The carb kit came in this morning. It's on the bench today, ready Thursday.");
        say(9, "10:30", bcAsk, hamish, "Great, Thursday's fine.");
        Post otTh = say(10, "14:00", bcGeneral, ottoline, "The semi-chisel chain is a revelation, thank you @Magda "
                + "Ferreira.");
        re(10, "14:20", magda, otTh, "Glad it helped!");
        say(11, "09:00", bcNews, corentin, "Half-price sharpening on Saturday mornings through November. Bring your "
                + "chains in.");
        Post diRd = say(11, "16:00", bcAsk, dilys, "@Hamish Drysdale your 462 is ready, starts first pull hot or cold. It "
                + "was the decomp valve.");
        re(11, "16:20", hamish, diRd, "Champion, collecting tomorrow.");
        Post jaRu = say(12, "10:00", bcGeneral, jarvis, "Any good way to stop the chain rusting when the saw sits for "
                + "weeks?");
        Post diJa = re(12, "10:30", dilys, jaRu, "Run the oiler for a minute before you put it away and keep it dry. A "
                + "light spray of oil on the chain does the rest.");
        re(12, "10:45", jarvis, diJa, "Simple. Thanks Dilys.");
        Post ruBk = say(13, "11:00", bcGeneral, ruben, "Booked on a course for next month. Thanks for the advice.");
        re(13, "11:20", corentin, ruBk, "Good man.");

        // W43: Felicity joins and buys; Magda offers her the felling course
        joins(15, "09:00", bcGeneral, felicity);
        Post feQ = say(15, "09:30", bcAsk, felicity, "Hello, I've an old cherry down in the garden and want to cut it up "
                + "myself. Which saw would you recommend for a beginner, and do you have it in stock?");
        Post maFe = re(15, "10:00", magda, feQ, "Welcome Felicity! The MS 251 is a good first saw, £389 and in stock. "
                + "Have you done any training?");
        Post feMa = re(15, "10:20", felicity, maFe, "A day course last spring. I'll come in today.");
        re(15, "10:30", magda, feMa, "See you later then.");
        say(15, "16:00", bcGeneral, felicity, "Bought the saw, thanks @Magda Ferreira for the help in the shop!");
        Post feCh = say(17, "18:00", bcGeneral, felicity, "Cut up the whole cherry this weekend, all on my own! Feeling "
                + "very proud.");
        feCh.react("👏", hamish, ottoline);
        Post maCo = re(17, "18:30", magda, feCh, "Well done! If you want to fell standing trees next, our two-day felling "
                + "course is £145 and the next one is on 5 November, two places left.");
        re(17, "19:00", felicity, maCo, "Ooh, maybe! I'll think about it.");
        Post haBa = say(18, "10:00", bcAsk, hamish, "Saw's running sweet. Could you order me a spare 50cm bar for it?");
        Post diBa = re(18, "10:30", dilys, haBa, "Ordered, in by Friday.");
        re(18, "10:40", hamish, diBa, "Cheers.");
        say(19, "09:00", bcNews, corentin, "Shop closed Monday 31st for stocktaking. Workshop open as usual.");
        Post otSh = say(19, "12:00", bcGeneral, ottoline, "Anyone going to the forestry show at Builth? Fancy a look at "
                + "the new battery saws.");
        re(19, "12:20", jarvis, otSh, "Going Saturday.");
        Post coOt = re(19, "12:40", corentin, otSh, "We'll have a stand there, come and say hello and try them.");
        re(19, "13:00", ottoline, coOt, "Will do!");
        Post ruSa = say(20, "15:00", bcAsk, ruben, "The 251 I got from Magda already wants a sharpen. Is the Saturday "
                + "half-price offer walk-in, or should I book?");
        re(20, "15:20", dilys, ruSa, "Just bring it in, any time before twelve.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes134Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 134");
    }
}
