package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 100 (sealed): eight communities of farming, livestock and the land, of kinds no earlier round used
 * (dairy farmers with a reps' corner where a feed rep and a milk buyer's member-relations officer turn up and the feed
 * rep's DM to a new farmer, agricultural contractors with a room where farmers post jobs, a machinery-for-sale room and
 * a used-machinery dealer among them, a farm shop's own server with its Staff and Customers and a cheesemaker among the
 * customers, a young farmers' club where nobody sells, livestock auction-mart regulars with the mart's auctioneer and a
 * livestock haulier among them, alpaca keepers with a travelling shearer and a mini-mill owner among them, a farm vet
 * practice's own server with its Staff and its farm Clients and a client who sells mineral buckets, and farm
 * diversification owners with a room where farmers thinking of diversifying ask, a planning consultant among them and a
 * booking-software vendor who turns up in the second week with a DM), over three ISO weeks (2031-W10 to W12, lambing
 * and spring calving), written and labelled by writer100 (session 52) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-100.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes100Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2031, 3, 3);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2031, 3, 24, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-100";
    private static final int BASE = 78000;

    // --- A. dairy farmers with a reps' corner ---
    private final String dairy = cast.guild(1281);
    private final Channel dfHerd = cast.channel(dairy, "Vale Dairy Farmers", "herd-talk",
            "for dairy farmers among ourselves: calving, fertility, grass, cubicles, milk price moans",
            "df-herd-talk.json");
    private final Channel dfReps = cast.channel(dairy, "Vale Dairy Farmers", "reps-corner",
            "feed reps, milk buyers' field staff and suppliers: your offers and news here, and farmers ask you here",
            "df-reps-corner.json");
    private final Channel dfPrice = cast.channel(dairy, "Vale Dairy Farmers", "milk-price",
            "milk price announcements and contract news: post the buyer's letter link and what it means",
            "df-milk-price.json");
    private final Channel dfKit = cast.channel(dairy, "Vale Dairy Farmers", "kit-for-sale",
            "buy, sell and swap: parlour kit, tanks, scrapers, heifers", "df-kit-for-sale.json");
    private final Persona gwilym = cast.person("gwilym.pritchard", "Gwilym Pritchard");
    private final Persona eleri = cast.person("eleri.lomax", "Eleri Lomax");
    private final Persona duncan = cast.person("duncan.rigby", "Duncan Rigby");
    private final Persona alun = cast.person("alun.jenkins", "Alun Jenkins");
    private final Persona siobhan = cast.person("siobhan.keane", "Siobhan Keane");
    private final Persona craig = cast.person("craig.penninefeeds", "Craig Holdsworth");
    private final Persona fiona = cast.person("fiona.dalesmilk", "Fiona Tennant");
    private final Channel dfDm = cast.dm(siobhan, "dm-siobhan-keane.json");

    // --- B. agricultural contractors with a farmers' jobs room ---
    private final String contractors = cast.guild(1282);
    private final Channel acYard = cast.channel(contractors, "Dales Contractors Network", "contractors-yard",
            "for agricultural contractors talking shop: machines, rates, breakdowns, drivers, moans",
            "ac-contractors-yard.json");
    private final Channel acJobs = cast.channel(contractors, "Dales Contractors Network", "jobs-from-farmers",
            "farmers: post the work you need doing (spreading, drilling, fencing, baling, hedges); contractors reply",
            "ac-jobs-from-farmers.json");
    private final Channel acForSale = cast.channel(contractors, "Dales Contractors Network", "machinery-for-sale",
            "machinery and spares for sale or wanted", "ac-machinery-for-sale.json");
    private final Channel acGround = cast.channel(contractors, "Dales Contractors Network", "ground-and-weather",
            "how the ground is travelling, rain totals and forecasts", "ac-ground-and-weather.json");
    private final Persona rhys = cast.person("rhys.talbot", "Rhys Talbot");
    private final Persona kenny = cast.person("kenny.ashworth", "Kenny Ashworth");
    private final Persona ewan = cast.person("ewan.murdoch", "Ewan Murdoch");
    private final Persona pauline = cast.person("pauline.greaves", "Pauline Greaves");
    private final Persona dennis = cast.person("dennis.whitworth", "Dennis Whitworth");
    private final Persona ruth = cast.person("ruth.fairclough", "Ruth Fairclough");
    private final Persona marcus = cast.person("marcus.lundmachinery", "Marcus Lund");

    // --- C. a farm shop's own server ---
    private final String shop = cast.guild(1283);
    private final Role shopStaff = cast.role("Staff", "#2e7d32", 2);
    private final Role shopCustomer = cast.role("Customer", "#8d6e63", 1);
    private final Channel fsNews = cast.channel(shop, "Hollins Farm Shop", "shop-news",
            "from the shop: what's in, opening hours, meat boxes, events", "fs-shop-news.json");
    private final Channel fsAsk = cast.channel(shop, "Hollins Farm Shop", "ask-the-shop",
            "questions for the shop team: orders, allergens, collections, stock", "fs-ask-the-shop.json");
    private final Channel fsLambing = cast.channel(shop, "Hollins Farm Shop", "lambing-live",
            "lambing updates and photos from the farm, ask Owain anything", "fs-lambing-live.json");
    private final Channel fsChat = cast.channel(shop, "Hollins Farm Shop", "recipes-and-chat",
            "what you cooked with it, recipes, village chat", "fs-recipes-and-chat.json");
    private final Persona janet = cast.person("janet.hollins", "Janet Hollins", shopStaff);
    private final Persona owain = cast.person("owain.hollins", "Owain Hollins", shopStaff);
    private final Persona kirsty = cast.person("kirsty.barlow", "Kirsty Barlow", shopStaff);
    private final Persona sandra = cast.person("sandra.whitehead", "Sandra Whitehead", shopCustomer);
    private final Persona nadia = cast.person("nadia.karim", "Nadia Karim", shopCustomer);
    private final Persona gemma = cast.person("gemma.crossley", "Gemma Crossley", shopCustomer);
    private final Persona philip = cast.person("philip.oakes", "Philip Oakes");

    // --- D. a young farmers' club, where nobody sells ---
    private final String yfc = cast.guild(1284);
    private final Channel yfNotices = cast.channel(yfc, "Brackendale Young Farmers", "club-notices",
            "club nights, meetings, subs, county events", "yf-club-notices.json");
    private final Channel yfStock = cast.channel(yfc, "Brackendale Young Farmers", "stockjudging",
            "stock judging practice: classes, reasons, who's taking which farm", "yf-stockjudging.json");
    private final Channel yfRally = cast.channel(yfc, "Brackendale Young Farmers", "rally-and-drama",
            "county rally teams, the drama entry, rehearsals", "yf-rally-and-drama.json");
    private final Channel yfSocial = cast.channel(yfc, "Brackendale Young Farmers", "lifts-and-socials",
            "lifts to club night, the tractor run, nights out, general chat", "yf-lifts-and-socials.json");
    private final Persona hannah = cast.person("hannah.postlethwaite", "Hannah Postlethwaite");
    private final Persona josh = cast.person("josh.metcalfe", "Josh Metcalfe");
    private final Persona bethan = cast.person("bethan.lloyd", "Bethan Lloyd");
    private final Persona liam = cast.person("liam.garside", "Liam Garside");
    private final Persona megan = cast.person("megan.thwaite", "Megan Thwaite");
    private final Persona archie = cast.person("archie.bellamy", "Archie Bellamy");
    private final Persona isla = cast.person("isla.rowntree", "Isla Rowntree");

    // --- E. livestock auction-mart regulars ---
    private final String mart = cast.guild(1285);
    private final Channel kmReports = cast.channel(mart, "Kirkby Mart Regulars", "sale-reports",
            "the mart's sale reports: post the report link with the day's averages", "km-sale-reports.json");
    private final Channel kmRing = cast.channel(mart, "Kirkby Mart Regulars", "ring-side",
            "chat from the ring: trade, who's buying, the café, moans", "km-ring-side.json");
    private final Channel kmEntries = cast.channel(mart, "Kirkby Mart Regulars", "entries-and-haulage",
            "entries for the next sales, haulage, moving stock, paperwork", "km-entries-and-haulage.json");
    private final Channel kmWanted = cast.channel(mart, "Kirkby Mart Regulars", "wanted-and-for-sale",
            "stock, feed and kit for sale or wanted", "km-wanted-and-for-sale.json");
    private final Persona iain = cast.person("iain.fairbairn", "Iain Fairbairn");
    private final Persona gordon = cast.person("gordon.heslop", "Gordon Heslop");
    private final Persona wendy = cast.person("wendy.armitage", "Wendy Armitage");
    private final Persona bryn = cast.person("bryn.parry", "Bryn Parry");
    private final Persona colin = cast.person("colin.dobson", "Colin Dobson");
    private final Persona graeme = cast.person("graeme.nuttall", "Graeme Nuttall");

    // --- F. alpaca keepers ---
    private final String alpaca = cast.guild(1286);
    private final Channel alIntro = cast.channel(alpaca, "Northern Alpaca Keepers", "introductions",
            "new here? introduce yourself and your herd", "al-introductions.json");
    private final Channel alCare = cast.channel(alpaca, "Northern Alpaca Keepers", "herd-care",
            "health, feet, teeth, worming, feeding: ask and help", "al-herd-care.json");
    private final Channel alShearing = cast.channel(alpaca, "Northern Alpaca Keepers", "shearing-day",
            "booking the shearer: rounds, dates, slots, getting ready for shearing day", "al-shearing-day.json");
    private final Channel alFibre = cast.channel(alpaca, "Northern Alpaca Keepers", "fleece-and-fibre",
            "skirting, mills, spinning and selling fleece", "al-fleece-and-fibre.json");
    private final Persona rosalind = cast.person("rosalind.chadwick", "Rosalind Chadwick");
    private final Persona deborah = cast.person("deborah.quayle", "Deborah Quayle");
    private final Persona imogen = cast.person("imogen.baxter", "Imogen Baxter");
    private final Persona keith = cast.person("keith.lowther", "Keith Lowther");
    private final Persona anwen = cast.person("anwen.pugh", "Anwen Pugh");
    private final Persona stefan = cast.person("stefan.novak", "Stefan Novak");
    private final Persona harriet = cast.person("harriet.coombemill", "Harriet Coombe");

    // --- G. a farm vet practice's own server ---
    private final String vets = cast.guild(1287);
    private final Role vetStaff = cast.role("Staff", "#1565c0", 2);
    private final Role vetClient = cast.role("Client", "#6d4c41", 1);
    private final Channel fvNews = cast.channel(vets, "Fellside Vets Farm Clients", "practice-news",
            "from the practice: TB testing, medicines, meetings, who's on", "fv-practice-news.json");
    private final Channel fvAsk = cast.channel(vets, "Fellside Vets Farm Clients", "ask-the-vets",
            "non-urgent questions, answered on weekdays. Emergencies: ring the practice, not here",
            "fv-ask-the-vets.json");
    private final Channel fvLambing = cast.channel(vets, "Fellside Vets Farm Clients", "lambing-and-calving",
            "the season: what you're seeing, what worked, what didn't", "fv-lambing-and-calving.json");
    private final Channel fvChat = cast.channel(vets, "Fellside Vets Farm Clients", "farmer-chat",
            "clients chatting among yourselves: weather, prices, anything", "fv-farmer-chat.json");
    private final Persona morag = cast.person("morag.cairns", "Morag Cairns", vetStaff);
    private final Persona piotr = cast.person("piotr.sadowski", "Piotr Sadowski", vetStaff);
    private final Persona tanya = cast.person("tanya.brierley", "Tanya Brierley", vetStaff);
    private final Persona hamish = cast.person("hamish.baird", "Hamish Baird", vetClient);
    private final Persona lorna = cast.person("lorna.kitching", "Lorna Kitching", vetClient);
    private final Persona ifor = cast.person("ifor.bevan", "Ifor Bevan", vetClient);
    private final Persona alistair = cast.person("alistair.brough", "Alistair Brough", vetClient);

    // --- H. farm diversification owners ---
    private final String diversify = cast.guild(1288);
    private final Channel fdLounge = cast.channel(diversify, "Farm Diversification Network", "owners-lounge",
            "for farm diversification owners talking shop: planning, bookings, staff, VAT, neighbours",
            "fd-owners-lounge.json");
    private final Channel fdAsk = cast.channel(diversify, "Farm Diversification Network", "ask-us",
            "thinking of diversifying? farmers and landowners, ask the ones who've done it", "fd-ask-us.json");
    private final Channel fdSuppliers = cast.channel(diversify, "Farm Diversification Network",
            "suppliers-and-services", "suppliers, consultants and software: your offers here", "fd-suppliers.json");
    private final Channel fdIntro = cast.channel(diversify, "Farm Diversification Network", "introductions",
            "say hello: your farm and what you've added to it", "fd-introductions.json");
    private final Persona victoria = cast.person("victoria.rudd", "Victoria Rudd");
    private final Persona geraint = cast.person("geraint.hughes", "Geraint Hughes");
    private final Persona claire = cast.person("claire.mottershead", "Claire Mottershead");
    private final Persona bernard = cast.person("bernard.aske", "Bernard Aske");
    private final Persona noel = cast.person("noel.hargreaves", "Noel Hargreaves");
    private final Persona lydia = cast.person("lydia.marsden", "Lydia Marsden");
    private final Persona hugh = cast.person("hugh.garnett", "Hugh Garnett");
    private final Persona declan = cast.person("declan.bookwell", "Declan Rafferty");
    private final Channel fdDm = cast.dm(lydia, "dm-lydia-marsden.json");

    private HeldOutScenes100Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        dairyFarmers();
        contractors();
        farmShop();
        youngFarmers();
        martRegulars();
        alpacaKeepers();
        farmVets();
        diversification();
    }

    private void dairyFarmers() {
        // W10
        Post gwTb = say(1, "07:30", dfHerd, gwilym, "TB test this week, reading on Thursday, so I'll hardly be on "
                + "here till next week. Fingers crossed for us.");
        gwTb.react("🙏", eleri, duncan, alun);
        Post fiApril = say(1, "09:00", dfPrice, fiona, "April price from Dalesmilk: the standard litre goes up 0.5p "
                + "to 41.25p. The letter is here: dalesmilk.example/april-2031. Questions welcome in #reps-corner.");
        Post alBonus = re(1, "09:40", alun, fiApril, "Any word on the constituent bonus changing? The butterfat part "
                + "hurt us last year.");
        Post fiBonus = re(1, "10:05", fiona, alBonus, "Unchanged till October, Alun. The review is in the summer and "
                + "members get a vote on it.");
        re(1, "10:15", alun, fiBonus, "Good, ta Fiona.");
        Post elCalved = say(2, "06:45", dfHerd, eleri, "Three heifers calved overnight, all on their own. One's a "
                + "massive bull calf, no idea how she managed.");
        Post duSire = re(2, "07:10", duncan, elCalved, "Good going. Which sire? We've had big calves off the Angus "
                + "this year as well.");
        re(2, "07:30", eleri, duSire, "Blue Grey off the AI list. Never again on heifers.");
        say(2, "11:00", dfHerd, craig, "Pennine Feeds 18% dairy nut at £318/t delivered through March, DM me for "
                + "prices on 10t and over.");
        Post duGamma = re(3, "08:00", duncan, gwTb, "Gwilym, did your vet say whether they'll do the gamma test if "
                + "any come up inconclusive? Ours wouldn't commit.");
        Post alMats = say(3, "14:00", dfHerd, alun, "Cubicle mats: has anyone gone over to the mattress kind instead "
                + "of rubber? Ours are fifteen years old and cracking.");
        Post elMats = re(3, "14:30", eleri, alMats, "Mattresses in the new shed. Cows lie longer and the hocks are "
                + "better, but they still need bedding on top, don't skimp.");
        re(3, "15:00", duncan, alMats, "Rubber here, kept going with lime. Cheaper, but you can see it on the hocks.");
        re(3, "15:20", alun, elMats, "That's what I was hoping to hear. Cheers Eleri.");
        Post crBuckets = say(4, "10:00", dfHerd, craig, "High-mag buckets, 3 for £99 while stocks last, ideal for "
                + "turnout. DM me.");
        re(4, "10:30", duncan, crBuckets, "Turnout's a month off round here, Craig.");
        Post alTank = say(4, "12:00", dfKit, alun, "For sale: 6,000 litre Mueller bulk tank, cools fine, replaced by "
                + "a bigger one. £2,800 ono, photos at alunjenkins.example/tank");
        Post duDoor = re(4, "13:00", duncan, alTank, "Would it go through a 2.4m door? Asking for my brother.");
        re(4, "13:30", alun, duDoor, "It's 2.2m wide, so yes, just about.");
        Post elBonus = say(5, "20:00", dfHerd, eleri, "Has anyone else's letter said the winter bonus is being cut, "
                + "or is it only ours?");
        re(5, "20:20", duncan, elBonus, "Ours too. I'll raise it at the members' meeting.");
        Post elMeeting = say(6, "09:00", dfReps, eleri, "@Fiona Tennant is the members' meeting on the 20th still at "
                + "the mart café?");
        re(6, "09:45", fiona, elMeeting, "It is, 7.30pm on the 20th. There'll be pie.");
        Post gwBack = re(7, "18:00", gwilym, duGamma, "Back. All clear on the TB, thank God. Sorry Duncan, only just "
                + "seen this: our vet said gamma only if the inconclusives fail the retest.");
        gwBack.react("🎉", eleri, duncan, alun);
        re(7, "18:20", duncan, gwBack, "Cheers Gwilym, and brilliant news.");
        // W11
        joins(8, "06:30", dfHerd, siobhan);
        Post siColostrum = say(8, "07:00", dfHerd, siobhan, "Hi all, I've taken over Dad's herd at Low Fold since his "
                + "stroke in January. 90 cows, spring calving, learning fast. Any advice for getting colostrum into "
                + "calves that won't suck?");
        Post elTube = re(8, "07:30", eleri, siColostrum, "Welcome Siobhan, and sorry about your dad. If they won't suck, "
                + "tube them within two hours, three litres. Get a proper oesophageal feeder, not a bottle.");
        re(8, "08:00", gwilym, siColostrum, "Welcome. Check the colostrum with a Brix refractometer too: under 22 and "
                + "it's not worth much, keep a frozen store of the good stuff.");
        re(8, "09:00", siobhan, elTube, "Thank you both. Tubed two this morning, felt awful doing it but they're up "
                + "and bright.");
        Post siCleansing = say(9, "08:00", dfHerd, siobhan, "Next question, sorry. One cow has held her cleansing for "
                + "36 hours. Leave it or call the vet?");
        Post duCleansing = re(9, "08:30", duncan, siCleansing, "If she's eating and not running a temperature, leave it "
                + "and take her temp twice a day. If she goes off her food, vet. Don't pull it.");
        re(9, "09:00", siobhan, duCleansing, "38.6 this morning and eating. I'll keep watching, thanks Duncan.");
        Post crSpring = say(9, "11:00", dfReps, craig, "Spring offer on calf milk replacer, 20kg at £58, and the 18% "
                + "nut is still £318/t. Here if anyone wants a quote.");
        at(9, "19:00").in(dfDm).say(craig, "Hi Siobhan, Craig from Pennine Feeds. Saw you've taken on Low Fold. We do a "
                + "free ration check for new customers and our high-energy nut is £322/t delivered. Book a slot here: "
                + "penninefeeds.example/book");
        Post elDrop = re(10, "07:30", eleri, crSpring, "Craig, I had your 18% nut all last winter and was happy with it. "
                + "Can you still do a 6 tonne drop for April, or is it 10t minimum now?");
        at(10, "08:00").in(dfDm).say(siobhan, "Thanks Craig, we're tied to the co-op's feed till autumn but I'll keep "
                + "you in mind.");
        Post siFeet = say(10, "12:00", dfHerd, siobhan, "Does anyone trim their own feet or is it all the foot "
                + "trimmer? Ours comes every six weeks and Dad always said he's dear.");
        re(10, "12:40", alun, siFeet, "Trimmer here, £9 a cow, but I do the odd one in the crush between visits. Don't "
                + "learn on a lame one.");
        re(10, "13:00", gwilym, siFeet, "Same. Ask your trimmer to show you, most are happy to.");
        Post crFat = say(10, "14:00", dfHerd, craig, "Have any of you tried protected fat before calving? I'm seeing "
                + "good results on a few farms in Ribblesdale.");
        re(10, "14:30", duncan, crFat, "Tried it two winters, never saw it in the tank.");
        say(11, "09:00", dfPrice, fiona, "Reminder: members' meeting Thursday the 20th, 7.30pm, Kirkby mart café. "
                + "Agenda: dalesmilk.example/meeting-march");
        Post alScour = say(11, "16:00", dfHerd, alun, "Calf with scour, yellow and watery, day five. Electrolytes "
                + "going in. Anything else I should do?");
        Post siScour = re(11, "16:30", siobhan, alScour, "Keep her on milk as well as the electrolytes, don't starve "
                + "her, just give them in separate feeds two hours apart. I did calves at college, it's the one thing "
                + "I do know!");
        re(11, "17:00", alun, siScour, "Cheers Siobhan, I always stopped the milk. I'll try it your way.");
        re(12, "07:00", siobhan, duCleansing, "Update on the cleansing cow: it came away on its own last night and "
                + "she's milking well. Thanks again.").react("👍", duncan, eleri);
        Post crMineral = say(12, "10:00", dfReps, craig, "New in: pre-calver mineral, 25kg at £31. Happy to drop "
                + "samples off.");
        Post duSample = re(12, "10:30", duncan, crMineral, "Drop one at mine on Monday, Craig, I'll try it on the dry "
                + "cows.");
        re(12, "10:40", craig, duSample, "Will do Duncan.");
        Post gwHutches = say(14, "11:00", dfKit, gwilym, "Wanted: second-hand calf hutches, four or five. Can collect "
                + "within 30 miles.");
        Post alHutches = re(14, "11:30", alun, gwHutches, "I've three I'm not using, yours for £50 the lot.");
        re(14, "12:00", gwilym, alHutches, "Deal. I'll come over Tuesday.");
        // W12
        Post crLate = re(15, "08:00", craig, elDrop, "Sorry Eleri, I missed this. Yes, 6t is fine for you, I'll book "
                + "April in at the winter price.");
        re(15, "08:30", eleri, crLate, "Thanks Craig. Book it.");
        Post fiRevised = say(15, "09:00", dfPrice, fiona, "Correction to the April letter: the seasonality adjustment "
                + "is 0.2p, not 0.3p. Revised letter: dalesmilk.example/april-2031-revised. Sorry, all.");
        Post duRevised = re(15, "09:30", duncan, fiRevised, "So 41.15p then?");
        re(15, "09:50", fiona, duRevised, "41.15p, yes.");
        Post siFive = say(16, "19:00", dfHerd, siobhan, "Five calved this weekend and not a single one needed the "
                + "tube. Feel like I'm getting there.");
        siFive.react("👏", eleri, duncan, alun);
        re(16, "19:20", gwilym, siFive, "You are. Your dad will be proud.");
        Post duGrass = say(17, "12:00", dfHerd, duncan, "Grass is 8cm on the south fields already. Anyone turning out "
                + "early?");
        re(17, "12:30", eleri, duGrass, "Not till the ground firms up, we're poached enough as it is.");
        re(17, "13:00", siobhan, duGrass, "Dad always said not before the 1st of April. Might try the dry cows on the "
                + "top field.");
        say(18, "09:00", dfReps, craig, "Booking is open for first-cut silage additive, order by the 31st for the "
                + "early price.");
    }

    private void contractors() {
        // W10
        Post keShut = say(1, "07:00", acYard, kenny, "Hedge cutting's shut since Saturday. Flail washed and parked. "
                + "Anyone else dreading the gap till silage?");
        re(1, "07:30", rhys, keShut, "Spreading's kept me going, but half the jobs are still too wet to travel.");
        re(1, "08:00", ewan, keShut, "Baler's in bits in the shed, so that'll keep me busy at least.");
        say(1, "12:00", acGround, rhys, "18mm here on Saturday night. The clay's holding water, the sandy ground by the "
                + "river is travelling fine.");
        say(2, "09:00", acForSale, marcus, "In stock: 2018 Hi-Spec 2000 gallon tanker, new tyres, £14,500 + VAT. "
                + "lundmachinery.example/hispec-2000");
        Post paFym = say(2, "10:00", acJobs, pauline, "Need 40 acres of muck spread near Sedbergh, the heap's by the "
                + "road. Any time this month once it's fit.");
        Post rhFym = re(2, "10:30", rhys, paFym, "I can do that, Pauline. £9 an acre with the rear discharge, first dry "
                + "spell we get. I'll ring you.");
        re(2, "11:00", pauline, rhFym, "Lovely. Ring the house, we're in the book under Greaves.");
        Post keRates = say(3, "15:00", acYard, kenny, "What are folk charging for post and rail this year? I was at £11 "
                + "a metre last spring and I think I'm under.");
        Post ewRates = re(3, "15:30", ewan, keRates, "£12 to £13 round us, more if there's rock.");
        re(3, "15:40", rhys, keRates, "Always charge for the rock. Don't undersell yourself, Kenny.");
        re(3, "16:00", kenny, ewRates, "Cheers both, going up to £12.50 then.");
        Post ewIreland = say(4, "08:00", acYard, ewan, "Off to Ireland on Thursday to look at a McHale baler, back on "
                + "the 12th. Rhys has my phone list if any of my lot need anything while I'm gone.");
        ewIreland.react("👍", rhys, kenny);
        Post deBeck = say(4, "18:00", acJobs, dennis, "Looking for someone to re-fence about 300m along the beck, stock "
                + "netting and two strands of barb. April ideally.");
        Post keBeck = re(4, "18:30", kenny, deBeck, "I can do that, Dennis. I'll come and walk it on Saturday if that "
                + "suits.");
        re(4, "19:00", dennis, keBeck, "Saturday's grand, I'm in all morning.");
        Post ruDrill = say(6, "09:00", acJobs, ruth, "Wanted: someone with a power harrow and drill for 12 acres of "
                + "spring barley, mid-April. Small job, I know.");
        Post rhDrill = re(6, "09:30", rhys, ruDrill, "Not too small for me, Ruth. Put me down, I need a week's notice "
                + "for the drill.");
        re(6, "10:00", ruth, rhDrill, "Brilliant, thank you Rhys.");
        Post keFigures = re(6, "14:00", kenny, deBeck, "Walked your beck boundary, Dennis, figures are with you by "
                + "text.");
        re(6, "14:30", dennis, keFigures, "Got them, looks fair. Let's go.");
        // W11
        Post keEmpty = say(8, "07:00", acYard, kenny, "Dennis's beck job starts tomorrow. After that I've nothing in "
                + "the book till May. Need more fencing work or I'm laying the lad off.");
        Post rhEstates = re(8, "07:30", rhys, keEmpty, "Try the estates, they've always got miles of it.");
        re(8, "08:00", kenny, rhEstates, "Tried the two big ones, they've their own men now.");
        Post paNetting = say(8, "11:00", acJobs, pauline, "Also need about 200m of sheep netting renewed on the top "
                + "allotment, the posts are rotten. Anyone?");
        Post rhTravel = say(9, "10:00", acGround, rhys, "Ground's travelling at last. Spreading from tomorrow.");
        re(9, "10:30", kenny, rhTravel, "Same here, the post driver went in lovely today.");
        Post deLoft = say(9, "15:00", acJobs, dennis, "@Ewan Murdoch could you fit in baling the last of the loose "
                + "straw in the Dutch barn, or do you know someone who would?");
        Post keTensioner = say(10, "12:00", acYard, kenny, "Anyone got a decent tensioner for high-tensile? Mine keeps "
                + "slipping.");
        Post rhGripple = re(10, "12:20", rhys, keTensioner, "Gripple one, best £60 I ever spent.");
        re(10, "12:40", kenny, rhGripple, "Ordered, ta.");
        Post ruHedge = say(10, "16:00", acJobs, ruth, "Need 80m of hedge laid by the road next winter, and the gaps "
                + "fenced for now. Who does that?");
        Post keButties = say(11, "09:00", acYard, kenny, "Beck job done. Dennis brought bacon butties every morning, "
                + "best customer going.");
        re(11, "09:20", rhys, keButties, "Ha, you'll be back for the butties.");
        Post keQuiz = say(11, "19:00", acYard, kenny, "Pub quiz Friday, anyone? Contractors' team.");
        re(11, "19:30", rhys, keQuiz, "In.");
        Post ewBack = re(12, "18:00", ewan, deLoft, "Back from Ireland with a baler. Dennis, I'll do your loft "
                + "Thursday.");
        re(12, "18:30", dennis, ewBack, "Champion, thanks Ewan.");
        Post ewMchale = say(12, "20:00", acYard, ewan, "Bought the McHale. Rhys, cheers for covering my calls.");
        re(12, "20:15", rhys, ewMchale, "Any time. Pictures please.");
        re(12, "20:30", kenny, ewMchale, "Pictures or it didn't happen.");
        Post keQuiet = say(13, "08:00", acYard, kenny, "Quiet week. Might have to go driving for the quarry.");
        Post rhSaw = re(13, "08:20", rhys, keQuiet, "Have you not seen Pauline's and Ruth's jobs in the farmers' room?");
        re(13, "08:40", kenny, rhSaw, "Missed them, I'll have a look.");
        say(14, "11:00", acYard, kenny, "Quiz update: we came fourth. The silage question lost it.");
        // W12
        Post kePauline = re(15, "07:00", kenny, paNetting, "Pauline, sorry I was slow on this. I can renew the top "
                + "allotment netting next week, £6.50 a metre with new posts.");
        re(15, "07:30", pauline, kePauline, "Yes please Kenny. Tuesday?");
        Post keRuth = re(15, "07:40", kenny, ruHedge, "Ruth, I can fence the gaps now, and Alec Horner in Dent lays a "
                + "lovely hedge for the winter. I'll pass him your number.");
        re(15, "08:00", ruth, keRuth, "Thank you Kenny, that's both sorted then.");
        say(16, "09:00", acForSale, marcus, "Just in: Kuhn 3m power harrow and drill combination, £9,750 + VAT. "
                + "lundmachinery.example/kuhn-combo");
        say(16, "09:05", acJobs, marcus, "lundmachinery.example/kuhn-combo Kuhn power harrow and drill, £9,750, ideal "
                + "for the spring barley.");
        say(16, "09:10", acGround, marcus, "lundmachinery.example/kuhn-combo ground's fit, it's drilling time! "
                + "£9,750 + VAT.");
        Post rhDrilling = say(17, "10:00", acGround, rhys, "Drilling weather at last. Barley going in at Ruth's "
                + "tomorrow.");
        rhDrilling.react("👍", ruth, kenny);
        Post maYard = say(18, "09:00", acYard, marcus, "Kuhn combo still here lads, £9,500 to anyone in this group: "
                + "lundmachinery.example/kuhn-combo");
        Post rhRoom = re(18, "09:30", rhys, maYard, "Marcus, we've been over this. The for-sale room's right there.");
        re(18, "10:00", marcus, rhRoom, "Fair enough, sorry lads.");
        re(19, "18:00", dennis, ewBack, "Loft's done and tidy, Ewan. Thanks.");
        Post keBook = say(20, "12:00", acYard, kenny, "Three jobs in the book from the farmers' room. Should've looked "
                + "there weeks ago.");
        re(20, "12:30", rhys, keBook, "Told you.");
        say(21, "19:00", acJobs, pauline, "Top allotment netting's done. Kenny's a grafter, I'd recommend him to "
                + "anyone.").react("👍", dennis, ruth);
    }

    private void farmShop() {
        // W10
        say(1, "08:00", fsNews, janet, "Spring opening hours from today: Tuesday to Sunday, 9 till 5. Lamb boxes are "
                + "back from Easter, order page: hollinsfarm.example/lamb");
        Post owStart = say(1, "09:00", fsLambing, owain, "Lambing's started early: 14 ewes lambed overnight, two sets "
                + "of triplets among them. Photos later.");
        owStart.react("😍", sandra, nadia, gemma, janet);
        Post geKids = re(1, "09:30", gemma, owStart, "Can the kids come and see them at the weekend?");
        re(1, "10:00", owain, geKids, "Yes! Open barn on Saturday, 10 till 12. Wellies on.");
        Post naGf = say(2, "11:00", fsAsk, nadia, "Do you do gluten-free sausages? My son's coeliac.");
        Post kiGf = re(2, "11:20", kirsty, naGf, "Yes, the pork and leek are gluten free, made on a separate day. "
                + "Friday's batch is out at 10.");
        re(2, "11:40", nadia, kiGf, "Perfect, thanks Kirsty.");
        joins(3, "13:50", fsChat, philip);
        say(3, "14:00", fsChat, philip, "Hello all, I make a washed-rind cows' milk cheese two miles up the road. £6 a "
                + "wedge, DM me to order.");
        Post saSister = say(3, "15:00", fsChat, sandra, "Made the slow-cooked shoulder from last week's box, the recipe "
                + "card was spot on. I've sent my sister and her neighbours your way for the boxes, Janet.");
        re(3, "15:30", janet, saSister, "Thank you Sandra, that's so kind of you.");
        Post geCheese = say(4, "10:00", fsAsk, gemma, "Is there any local cheese in the shop? Fancy doing a cheeseboard "
                + "for Mum's birthday.");
        re(4, "10:30", philip, geCheese, "Mine! Fellside Washed Rind, £6 a wedge. DM me and I'll drop one round.");
        Post kiCheese = re(4, "10:45", kirsty, geCheese, "We've a Wensleydale and a blue from Hawes in. @Philip Oakes "
                + "come and see Janet about us stocking yours, we'd love a really local one.");
        re(4, "11:00", gemma, kiCheese, "Ooh, I'll try both.");
        Post owNight = say(5, "09:00", fsLambing, owain, "Night shift report: 22 lambed, one caesarean (the vet came out, "
                + "all fine) and a pet lamb needing a home for bottle feeding. Any takers?");
        Post naPet = re(5, "09:30", nadia, owNight, "My kids would love that! How much work is it?");
        re(5, "09:50", owain, naPet, "Four feeds a day at first, fewer after a fortnight. Come and talk on Saturday.");
        say(6, "08:30", fsNews, kirsty, "Open barn today 10 till 12. Hot chocolate in the café for lamb visitors.");
        Post geBorn = say(6, "13:00", fsChat, gemma, "The kids saw a lamb born! Best morning out in ages, thank you "
                + "Owain.");
        re(6, "13:30", owain, geBorn, "Glad they came. Bring them back at Easter.");
        say(7, "17:00", fsNews, kirsty, "Heads up: I'm on holiday from tomorrow till Sunday the 16th, Janet's on the "
                + "counter. Back for the Easter rush!");
        // W11
        Post jaEaster = say(8, "08:00", fsNews, janet, "Easter lamb orders are open: legs, shoulders and half lambs. "
                + "Order by the 28th: hollinsfarm.example/easter");
        Post owHalf = say(8, "12:00", fsLambing, owain, "Halfway: 310 lambed. Tired but happy.");
        Post saBed = re(8, "12:20", sandra, owHalf, "Go to bed Owain!");
        re(8, "12:40", owain, saBed, "After the 4am check.");
        Post saOrder = re(9, "09:00", sandra, jaEaster, "Janet, can I order a half lamb but have it cut into chops and "
                + "mince only, no joints? And could I collect on the Thursday before Easter, as we're away Good "
                + "Friday?");
        Post phTry = say(9, "15:00", fsAsk, philip, "Janet, when's a good time to bring a cheese in for you to try?");
        Post jaTry = re(9, "15:20", janet, phTry, "Thursday afternoon, I'll put the kettle on.");
        re(9, "15:30", philip, jaTry, "Thursday it is.");
        say(10, "08:00", fsNews, janet, "New this week: our own forced rhubarb, the first of the year, and duck eggs.");
        Post owTwins = say(10, "20:00", fsLambing, owain, "Photo from tonight: a ewe who's adopted a triplet as well as "
                + "her own twins. Mothering on, it's called.");
        Post geHow = re(10, "20:30", gemma, owTwins, "How do you get her to take one that isn't hers?");
        re(10, "21:00", owain, geHow, "Rub the lamb in her own lamb's birth fluid and pen them together for a day or "
                + "two. Works most times.");
        Post naFresh = say(11, "11:00", fsAsk, nadia, "Do the lamb boxes come frozen or fresh?");
        Post jaFresh = re(11, "11:30", janet, naFresh, "Fresh, collected the Friday it's cut. You can freeze it once "
                + "you're home.");
        re(11, "11:45", nadia, jaFresh, "Great, thanks Janet.");
        say(12, "08:00", fsNews, janet, "Saturday: Owain's giving a lambing talk in the café at 11. Free, and there's "
                + "cake.");
        Post saCrumble = say(12, "18:00", fsChat, sandra, "Made a crumble with the forced rhubarb. The colour!");
        Post geRecipe = re(12, "18:20", gemma, saCrumble, "Recipe please!");
        re(12, "18:40", sandra, geRecipe, "Half the sugar you'd think, orange zest, oats in the topping.");
        Post jaSorry = re(13, "10:00", janet, saOrder, "Sandra, I'm so sorry, I've only just seen this with Kirsty "
                + "away. Yes to chops and mince, and the Thursday collection is fine.");
        re(13, "10:30", sandra, jaSorry, "No worries Janet, thanks!");
        say(13, "13:00", fsLambing, owain, "Thanks to everyone who came to the talk. Someone asked about tails: we use "
                + "rings in the first week, with pain relief, and only on the ewe lambs we keep.");
        // W12
        say(15, "08:00", fsNews, kirsty, "I'm back! Thank you Janet for holding the fort. The counter's full for "
                + "Easter orders.");
        Post geRolled = say(15, "10:00", fsAsk, gemma, "Kirsty, can you do a boned and rolled shoulder for eight?");
        Post kiRolled = re(15, "10:20", kirsty, geRolled, "Yes, about 2.2kg. I'll put one by for you.");
        re(15, "10:40", gemma, kiRolled, "You're a star.");
        Post phStock = say(16, "17:00", fsChat, philip, "Janet's taking my cheese from next week! Thanks for the "
                + "welcome, everyone.");
        re(16, "17:20", gemma, phStock, "Ooh, I'll grab a wedge.");
        re(16, "17:40", sandra, phStock, "Congratulations!");
        Post owLast = say(17, "07:00", fsLambing, owain, "Last 30 ewes to go. 182% so far, the best we've had.");
        Post naPip = re(17, "08:00", nadia, owLast, "How's Pip's mum doing? The kids ask about Pip every day.");
        re(17, "08:30", owain, naPip, "She's fine and so is Pip's twin. Bring the kids to see them.");
        say(18, "08:00", fsNews, janet, "Easter orders close on the 28th. Thank you to all who've ordered, it's our "
                + "busiest year yet.");
        Post saBooked = say(19, "12:00", fsAsk, sandra, "Just to say, my sister's booked her first lamb box. Told you "
                + "she would!");
        re(19, "12:30", janet, saBooked, "You're a star, Sandra. Tell her there'll be a jar of mint sauce in it.");
        say(21, "18:00", fsLambing, owain, "Lambing's done for the year: 512 lambs from 280 ewes. Sleep time.")
                .react("🎉", janet, kirsty, sandra, nadia, gemma);
    }

    private void youngFarmers() {
        // W10
        say(1, "18:00", yfNotices, hannah, "Club night Wednesday, 7.30 at the Fox: county rally entries and stock "
                + "judging sign-ups. Subs are £25 this year.");
        say(1, "18:30", yfStock, josh, "Stock judging practice: Saturday at Bethan's, beef and sheep classes. Sign-up "
                + "sheet: forms.example/bydfc-stockjudging");
        joins(2, "16:00", yfNotices, archie);
        Post arLift = say(2, "16:30", yfSocial, archie, "Hi, I've just moved to Dent with my mum. I'm 16, we don't farm "
                + "but I want to learn. Is anyone going to club night from Dent way?");
        Post liLift = re(2, "17:00", liam, arLift, "I go through Dent. I'll pick you up at the bus shelter at 7.");
        re(2, "17:15", archie, liLift, "Legend, thanks.");
        say(2, "20:00", yfSocial, megan, "Can everyone follow my farm TikTok @megsonthefarm? Trying to hit 1k by "
                + "lambing!");
        Post beDrama = say(3, "19:00", yfRally, bethan, "Drama entry: we need six for the panto. It's Robin Hood with "
                + "sheep. Who's in?");
        re(3, "19:20", isla, beDrama, "Me! But I'm on placement in Cumbria from the 10th to the 14th with no signal, so "
                + "I'll miss that week's rehearsal.");
        Post joSheep = re(3, "19:30", josh, beDrama, "In, as long as I'm not a sheep.");
        re(3, "19:40", hannah, joSheep, "You're the sheep, Josh.");
        say(4, "20:00", yfStock, megan, "Please follow my TikTok, the triplet lambs video goes up tonight! "
                + "@megsonthefarm");
        Post arHeifer = say(4, "20:30", yfStock, archie, "What do you actually look for in a beef heifer? Total "
                + "beginner.");
        Post liHeifer = re(4, "20:50", liam, arHeifer, "Length, a straight top line and how she walks. We'll show you "
                + "on Saturday.");
        re(4, "21:00", archie, liHeifer, "Cheers Liam.");
        say(5, "22:00", yfNotices, hannah, "Great club night, 22 of us! Rally entries: forms.example/bydfc-rally, they "
                + "close on the 20th.");
        Post beNearly = say(6, "15:00", yfStock, bethan, "Thanks all for coming. Archie placed the sheep class nearly "
                + "right first go!");
        re(6, "15:30", archie, beNearly, "Only because Liam told me what to look at.");
        Post joRun = say(7, "12:00", yfSocial, josh, "Tractor run on the 22nd for the air ambulance, the usual route. "
                + "Who's bringing what?");
        re(7, "12:30", liam, joRun, "Dad's Ford 5000.");
        re(7, "12:45", bethan, joRun, "Grandad's Fergie, if it starts.");
        // W11
        say(8, "19:00", yfRally, bethan, "Rehearsal Tuesday, 7pm at the village hall. @Isla Rowntree I know you're "
                + "away, I'll send you your lines.");
        say(9, "18:00", yfStock, josh, "Practice this Saturday at Garside's, dairy class. 3 places left, sheet here: "
                + "forms.example/bydfc-stockjudging");
        Post meCostumes = say(9, "20:00", yfRally, megan, "I can do the costumes, Mum's got a sewing machine and a box "
                + "of old sheepskins.");
        re(9, "20:15", bethan, meCostumes, "Megan you're a star.");
        Post arProject = say(10, "17:00", yfSocial, archie, "Can anyone help with a school project? I've got to write "
                + "about a local farm.");
        Post meProject = re(10, "17:30", megan, arProject, "Come to ours, I'll show you round and you can film the "
                + "calves.");
        re(10, "17:45", archie, meProject, "Amazing, thanks Megan.");
        Post beSheriff = say(11, "19:00", yfRally, bethan, "@Isla Rowntree are you ok playing the Sheriff?");
        Post haAgm = say(12, "18:00", yfNotices, hannah, "County AGM is on the 27th at Kendal. Can two of us go as "
                + "delegates?");
        Post joAgm = re(12, "18:20", josh, haAgm, "I'll go.");
        re(12, "18:40", liam, joAgm, "Me too if you're driving, Josh.");
        Post liResults = say(13, "17:00", yfStock, liam, "Dairy class results: Archie came 2nd on reasons. Megan "
                + "nailed it.");
        re(13, "17:20", archie, liResults, "Thanks for all the help, everyone.");
        re(13, "17:30", megan, liResults, "Archie's a natural!");
        Post isBack = re(14, "20:00", isla, beSheriff, "Back from placement! Yes, Sheriff it is, I've got a great hat.");
        re(14, "20:15", bethan, isBack, "Perfect.");
        // W12
        say(15, "18:00", yfNotices, hannah, "Tractor run Saturday the 22nd: muster at 9 at the auction mart. "
                + "Sponsorship form: forms.example/bydfc-tractor-run");
        Post liShear = say(16, "19:00", yfSocial, liam, "If anyone's dad needs a shearer this summer, I've passed my "
                + "blue seal. £1.60 a ewe, message me.");
        Post joShear = re(16, "19:20", josh, liShear, "About time! Dad'll want you for the Swaledales.");
        re(16, "19:30", liam, joShear, "Tell him to ring me.");
        Post beDress = say(17, "21:00", yfRally, bethan, "Dress rehearsal Thursday. Megan, the costumes are unreal.");
        re(17, "21:15", megan, beDress, "Thank you!! Josh's sheep suit nearly broke me.");
        Post meA = say(18, "17:00", yfSocial, megan, "Archie's farm project got an A! Proud.");
        re(18, "17:20", archie, meA, "Couldn't have done it without you.");
        Post isProps = say(18, "16:00", yfRally, isla, "Who's driving the props to Kendal tomorrow?");
        re(18, "16:20", josh, isProps, "I'll take them in the pickup.");
        say(19, "23:00", yfNotices, hannah, "Rally results: 3rd in the drama and 1st in stock judging! So proud of you "
                + "all.").react("🎉", josh, bethan, liam, megan, archie, isla);
        Post joRaised = say(21, "18:00", yfSocial, josh, "The tractor run raised £2,340 for the air ambulance. Thanks "
                + "to everyone who came.");
        re(21, "18:20", liam, joRaised, "Best one yet.");
    }

    private void martRegulars() {
        // W10
        joins(1, "08:50", kmRing, bryn);
        Post brMove = say(1, "09:00", kmRing, bryn, "New to the area: we've bought a farm near Tebay with 200 ewes. Who "
                + "moves stock round here? I've no trailer big enough yet.");
        Post grMove = re(1, "09:30", graeme, brMove, "That'll be me, Bryn. Tebay to Kirkby is £65 a load for up to 40 "
                + "ewes on the top deck. Ring the yard any time.");
        re(1, "09:45", bryn, grMove, "Cheers Graeme, I'll be in touch.");
        re(1, "10:00", gordon, brMove, "Welcome Bryn. Graeme's good, he's moved mine for twenty years.");
        Post iaStores = say(2, "16:00", kmReports, iain, "Tuesday store cattle: 412 forward. Continental bullocks "
                + "averaged 289p/kg, heifers 276p. Full report: kirkbymart.example/reports/0304");
        Post coIrish = re(2, "16:30", colin, iaStores, "Strong trade again. Were the Irish buyers in?");
        re(2, "16:45", iain, coIrish, "Two loads went to Northern Ireland, yes.");
        Post wePie = say(2, "17:00", kmRing, wendy, "The café ran out of pie by 11. A national scandal.");
        re(2, "17:10", colin, wePie, "And the bacon butties were cold.");
        re(2, "17:30", iain, wePie, "I'll have a word with the kitchen.");
        Post coHay = say(3, "10:00", kmWanted, colin, "Wanted: ten small bales of good hay for pet lambs, collect near "
                + "Orton.");
        Post goHay = re(3, "10:30", gordon, coHay, "Got some at £5 a bale, come and get them.");
        re(3, "10:45", colin, goHay, "Be over this afternoon, ta.");
        Post iaPrime = say(4, "16:00", kmReports, iain, "Thursday prime lambs: 1,804 forward, SQQ 312p, hoggs flying. "
                + "Report: kirkbymart.example/reports/0306");
        Post goDouble = say(4, "17:00", kmRing, gordon, "Hoggs at 312p, could've sold double. Where's all the lamb "
                + "going?");
        Post weRamadan = re(4, "17:20", wendy, goDouble, "Ramadan trade's started.");
        re(4, "17:30", gordon, weRamadan, "Ah, that explains it.");
        Post weLicence = say(5, "11:00", kmEntries, wendy, "What's the paperwork for moving heifers off a farm under TB "
                + "restriction to the approved finishing unit? Never done it.");
        Post iaLicence = re(5, "11:30", iain, weLicence, "You need a licence from APHA first, it can take a week. Ring "
                + "the office and Sheila will walk you through it.");
        re(5, "11:45", wendy, iaLicence, "Thanks Iain.");
        Post brFirst = say(6, "15:00", kmRing, bryn, "First sale at Kirkby today, sold 30 cull ewes. Everyone's very "
                + "friendly.");
        re(6, "15:20", colin, brFirst, "Wait till you outbid one of us.");
        say(7, "12:00", kmWanted, gordon, "For sale: 20 Swaledale shearlings, scanned in lamb with twins, £210 each. "
                + "At Heslop's, Ravenstonedale.");
        // W11
        say(8, "08:00", kmRing, iain, "Busy week ahead: store cattle Tuesday, the spring sheep fair Thursday.");
        say(9, "16:00", kmReports, iain, "Tuesday stores: 388 forward, bullocks 292p. Report: "
                + "kirkbymart.example/reports/0311");
        Post grDecks = say(9, "17:00", kmEntries, graeme, "Running two decks to Carlisle on Wednesday, room for 20 more "
                + "lambs if anyone's sending.");
        Post weStores = re(9, "18:00", wendy, grDecks, "Graeme, could you take 18 stores from mine to the Thursday sale "
                + "here, and what would it cost?");
        Post iaEntries = say(10, "10:00", kmEntries, iain, "Entries for the Spring Store Cattle Sale close on "
                + "Thursday: forms.example/kirkby-spring-store");
        say(10, "10:05", kmRing, iain, "Spring store sale entries close Thursday, get them in: "
                + "forms.example/kirkby-spring-store");
        say(10, "10:10", kmWanted, iain, "Spring store sale entries: forms.example/kirkby-spring-store");
        Post coEntered = re(10, "11:00", colin, iaEntries, "Entered 12, ta Iain.");
        re(10, "11:30", iain, coEntered, "Got them Colin, pens 40 to 43.");
        Post iaFair = say(11, "16:00", kmReports, iain, "Thursday spring sheep fair: 2,100 forward, in-lamb ewes topped "
                + "at £280. Report: kirkbymart.example/reports/0313");
        Post goShearlings = re(11, "16:30", gordon, iaFair, "Swaledale shearlings sold well. Thanks to the ring team.");
        re(11, "16:45", iain, goShearlings, "Good shearlings sell themselves, Gordon.");
        Post grSorry = re(11, "19:00", graeme, weStores, "Sorry Wendy, I've been on the road. Yes, £80 for the 18, "
                + "Thursday at 7am.");
        re(11, "19:30", wendy, grSorry, "Ta Graeme, that'll do.");
        Post brShear = say(12, "09:00", kmRing, bryn, "Does anyone know a good shearer for my 200? Never had to book "
                + "one.");
        Post goShear = re(12, "09:30", gordon, brShear, "The Garside lad's just got his blue seal, very tidy.");
        re(12, "09:45", bryn, goShear, "Cheers Gordon.");
        Post iaPieNews = say(13, "09:00", kmRing, iain, "The café has a new pie supplier from next week, so you can "
                + "all stop moaning.");
        re(13, "09:20", wendy, iaPieNews, "Our hero.");
        Post coLambs = say(14, "10:00", kmWanted, colin, "Wanted: pet lambs if anyone's got spares, £10 each.");
        Post brLambs = re(14, "10:30", bryn, coLambs, "Got three orphans, come and get them Tuesday.");
        re(14, "10:45", colin, brLambs, "Brilliant, ta Bryn.");
        // W12
        Post brHoggs = say(15, "08:00", kmEntries, bryn, "@Graeme Nuttall could you do Tebay to Kirkby on Thursday with "
                + "30 hoggs?");
        Post grHoggs = re(15, "08:15", graeme, brHoggs, "Yes Bryn, £65 as before, 7am.");
        re(15, "08:30", bryn, grHoggs, "Spot on.");
        say(16, "16:00", kmReports, iain, "Tuesday stores: 450 forward, a record day. Report: "
                + "kirkbymart.example/reports/0318");
        say(16, "18:00", kmRing, wendy, "My 18 stores averaged £1,240 on Thursday. Graeme had them in clean and early, "
                + "too.").react("👍", gordon, colin, graeme);
        Post coTags = say(17, "11:00", kmRing, colin, "Did anyone else's tags not read on the way in today?");
        re(17, "11:30", iain, coTags, "The reader in pen 3 has been replaced now. Sorry Colin.");
        say(18, "16:00", kmReports, iain, "Thursday prime: hoggs 305p, ewes firm. Report: "
                + "kirkbymart.example/reports/0320");
        say(19, "12:00", kmWanted, gordon, "Still 6 shearlings left, £200 each now.");
        Post goSwallows = say(20, "09:00", kmRing, gordon, "First swallows over the mart roof this morning.");
        re(20, "09:30", wendy, goSwallows, "Early this year.");
    }

    private void alpacaKeepers() {
        // W10
        Post imDirty = say(1, "10:00", alCare, imogen, "One of my girls has a mucky back end since worming. Is that "
                + "normal?");
        Post roFec = re(1, "10:30", rosalind, imDirty, "Can be. If it lasts more than two days, do a faecal egg count. "
                + "This guide explains it well: bas-alpaca.example/guides/egg-counts");
        re(1, "10:45", imogen, roFec, "Thanks Rosalind, I'll do the count on Wednesday.");
        Post stRound = say(3, "09:00", alShearing, stefan, "Spring round: North Yorkshire and Cumbria, 12 to 16 May. £12 "
                + "a head, £30 call-out under 10 animals. Book here: novakshearing.example/book");
        Post roBooked = re(3, "09:30", rosalind, stRound, "Booked, 22 of mine. See you in May Stefan.");
        re(3, "09:45", stefan, roBooked, "Cheers Rosalind, you're first stop on the 13th.");
        joins(4, "10:50", alIntro, anwen);
        Post anHello = say(4, "11:00", alIntro, anwen, "Hello! Anwen here. We've just bought six boys (wethers) for our "
                + "smallholding near Hawes, and we run a little farm stay too: pughfarmstay.example. Total beginners "
                + "with alpacas.");
        Post deWelcome = re(4, "11:30", deborah, anHello, "Welcome Anwen! Wethers are a lovely start. Shout with any "
                + "questions.");
        re(4, "12:00", harriet, anHello, "Welcome Anwen! When they're shorn, send the fleeces to me and I'll spin them "
                + "into yarn for you. Spring price £18/kg until the 14th: coombemill.example/prices");
        re(4, "12:15", anwen, deWelcome, "Thank you Deborah!");
        Post keVitd = say(5, "19:00", alCare, keith, "How often should I be giving vitamin D over the winter?");
        Post deVitd = re(5, "19:20", deborah, keVitd, "Every two months from October to March up here. The paste is "
                + "easiest.");
        re(5, "19:40", keith, deVitd, "Right, thanks.");
        Post anList = say(6, "10:00", alShearing, anwen, "How do I get on the shearer's list? I've never booked one.");
        Post stList = re(6, "10:20", stefan, anList, "Hi Anwen, use novakshearing.example/book and pick Hawes on the "
                + "14th. With six it's the call-out rate, or share a visit with a neighbour and it's £12 a head.");
        re(6, "10:40", anwen, stList, "Thanks Stefan. Deborah's twenty minutes away, we might share.");
        Post imTable = say(6, "14:00", alFibre, imogen, "Skirting tables: has anyone made their own? Mesh or slats?");
        re(6, "14:20", rosalind, imTable, "Mesh on a timber frame, about £30 to make.");
        Post haTable = re(6, "14:40", harriet, imTable, "Mesh, fine enough that the second cuts fall through. Happy to "
                + "show anyone at the mill.");
        re(6, "15:00", imogen, haTable, "Thanks both, mesh it is.");
        say(7, "18:00", alCare, rosalind, "Egg counts back on my girls: all low, so no worming this spring.");
        // W11
        Post keDougal = say(8, "08:00", alCare, keith, "Dougal (she's a girl, long story) has been off her food since "
                + "yesterday and lying down a lot. Any ideas?");
        Post deTemp = re(8, "08:30", deborah, keDougal, "Take her temperature first, over 39.5 ring the vet. Check her "
                + "dung too.");
        re(8, "08:45", keith, deTemp, "Will do.");
        Post keGrind = say(9, "09:00", alCare, keith, "Still not eating much, and now she's grinding her teeth.");
        re(9, "09:30", deborah, keGrind, "Did you get her temperature? What's her body condition like? Teeth grinding "
                + "can be pain, I'd have the vet out today.");
        Post deMill = say(10, "10:00", alFibre, deborah, "Harriet, what's the turnaround at the mill for 5kg of grey "
                + "this spring?");
        Post haMill = re(10, "10:30", harriet, deMill, "About eight weeks, I'll take intake after shearing. The price "
                + "list is at coombemill.example/prices");
        re(10, "10:45", deborah, haMill, "Perfect, I'll bring it in June.");
        Post deShare = say(10, "12:00", alShearing, deborah, "@Anwen Pugh happy to share Stefan's Hawes visit, bring "
                + "your boys over on the 14th.");
        re(10, "12:30", anwen, deShare, "Brilliant, thank you so much.");
        Post keWormer = say(11, "19:00", alCare, keith, "What wormer do people use? Wondering if it's worms.");
        re(11, "19:20", rosalind, keWormer, "Don't worm blind, do an egg count first. And please get a vet to her if "
                + "she's still grinding.");
        re(11, "19:40", deborah, keWormer, "Keith, did the vet come out?");
        Post keCarrot = say(12, "08:00", alCare, keith, "She's drinking but not really eating. Should I try her on "
                + "some chopped carrot?");
        re(12, "08:30", rosalind, keCarrot, "Carrot's fine, but this has gone on five days now. Ring your vet today, "
                + "please.");
        Post imVet = say(12, "11:00", alCare, imogen, "Does anyone know a vet near Kirkby Stephen who does camelids?");
        Post roVet = re(12, "11:20", rosalind, imVet, "Fellside Vets. Morag is very good with them.");
        re(12, "11:30", imogen, roVet, "Thanks, saving the number.");
        Post anSkirt = say(13, "10:00", alFibre, anwen, "Do I need to skirt the fleece before sending it to Harriet, "
                + "or does she do that?");
        Post haSkirt = re(13, "10:30", harriet, anSkirt, "I can do it for £2/kg, but you'll get better yarn doing it "
                + "yourself on the day. Deborah's table is the best teacher.");
        re(13, "10:45", anwen, haSkirt, "Thanks Harriet, I'll learn.");
        Post roSkein = say(14, "16:00", alFibre, rosalind, "First finished skein back from Harriet's mill: Bramble, in "
                + "her natural fawn.");
        re(14, "16:20", deborah, roSkein, "Gorgeous!");
        // W12
        Post keAbscess = say(15, "09:00", alCare, keith, "The vet came on Friday. Dougal had an abscess in her jaw, "
                + "she's on antibiotics now and eating. Thanks all.");
        keAbscess.react("❤️", deborah, rosalind, imogen);
        re(15, "09:30", deborah, keAbscess, "So glad, Keith. Keep an eye on that jaw.");
        Post stSlots = say(16, "09:00", alShearing, stefan, "4 slots left on the North round, the 13th and 15th May. "
                + "novakshearing.example/book");
        Post imSlot = re(16, "09:30", imogen, stSlots, "Put me down for the 15th please, 9 animals.");
        re(16, "09:45", stefan, imSlot, "Done, Imogen.");
        Post anSpit = say(17, "18:00", alCare, anwen, "One of our boys spits at the others at feed time. Normal?");
        Post keSpit = re(17, "18:20", keith, anSpit, "Ours do that, it's pecking order at the trough. Spread the feed "
                + "out in three bowls well apart.");
        re(17, "18:40", anwen, keSpit, "Thanks Keith, I'll try that.");
        say(18, "12:00", alFibre, harriet, "Open day at the mill on the 29th: come and see the machines. Free, with tea "
                + "and cake.");
        say(21, "10:00", alShearing, anwen, "Boys booked for the 14th at Deborah's. Thank you all, you've made this so "
                + "easy.").react("❤️", deborah, stefan, rosalind);
    }

    private void farmVets() {
        // W10
        say(1, "08:00", fvNews, morag, "April TB test dates are up in the office. Please book early, we're stretched "
                + "while Piotr is on paternity leave from the 10th to the 23rd.");
        Post loTwin = say(1, "09:00", fvLambing, lorna, "Twin lamb disease in two ewes already. Anyone else?");
        re(1, "09:20", hamish, loTwin, "One here. Propylene glycol twice a day and she's back up.");
        Post moTwin = re(1, "09:40", morag, loTwin, "Lorna, if they're down and not eating, ring us and we'll test "
                + "for ketones. Get the fat ones moving, too.");
        re(1, "10:00", lorna, moTwin, "Thanks Morag.");
        say(2, "08:00", fvChat, alistair, "Got a pallet of high-mag buckets in, £34 each or 5 for £160. DM me.");
        Post ifHepta = say(2, "10:00", fvAsk, ifor, "Can you still give the clostridial vaccine to ewes that have "
                + "started lambing? Missed a batch.");
        Post piHepta = re(2, "10:30", piotr, ifHepta, "Better late than never for the ones still to lamb, Ifor, but "
                + "lambs out of those ewes will need their own vaccine earlier. Our sheet: "
                + "fellsidevets.example/guides/clostridial");
        re(2, "10:45", ifor, piHepta, "Makes sense, thanks Piotr.");
        Post haFence = say(3, "20:00", fvChat, hamish, "Anyone know a fencer? Need a boundary done before turnout.");
        re(3, "20:30", ifor, haFence, "Kenny Ashworth did ours, tidy job.");
        Post ifProlapse = say(4, "07:00", fvLambing, ifor, "Prolapse this morning, she's in a harness.");
        Post taProlapse = re(4, "07:20", tanya, ifProlapse, "Ring us if she pushes it out again, Ifor. Morag's on "
                + "today.");
        re(4, "07:30", ifor, taProlapse, "Will do.");
        Post alLeft = say(5, "08:00", fvChat, alistair, "Still 9 buckets left, £32 now, DM me before they go.");
        Post loTwo = re(5, "08:30", lorna, alLeft, "I'll take two, Alistair.");
        re(5, "08:45", alistair, loTwo, "I'll drop them Friday.");
        say(5, "12:00", fvNews, piotr, "Flock health club sign-ups are open for 2031: £120 a year, two visits and your "
                + "egg counts included. fellsidevets.example/flock-club");
        say(6, "17:00", fvNews, piotr, "Reminder that I'm off from Monday until the 23rd. Morag and the team have my "
                + "cases.").react("❤️", morag, tanya, hamish, lorna);
        say(7, "16:00", fvLambing, hamish, "Calving jack's in the wrong shed again. I swear it walks off by itself.");
        // W11
        say(8, "08:00", fvNews, morag, "Flock health club: 12 farms signed up already, 8 places left. "
                + "fellsidevets.example/flock-club");
        Post haPm = say(9, "09:00", fvAsk, hamish, "@Piotr Sadowski did the post-mortem on my ewe show anything? "
                + "Asking before I lose another.");
        Post taPm = re(9, "10:00", tanya, haPm, "Hamish, Piotr's off, but I have the results here: liver fluke. Morag "
                + "will ring you this afternoon about treating the rest.");
        re(9, "10:20", hamish, taPm, "Thanks Tanya.");
        Post loJoint = say(10, "08:00", fvAsk, lorna, "Should I worry about a lamb with a swollen joint? Bright, but "
                + "limping.");
        Post moJoint = re(10, "08:20", morag, loJoint, "Probably joint ill. It needs antibiotics early, bring it in "
                + "and we'll see it today.");
        re(10, "08:30", lorna, moJoint, "On my way.");
        Post alNsa = say(11, "19:00", fvChat, alistair, "Anyone going to the sheep event at Malton?");
        re(11, "19:30", hamish, alNsa, "Me. Lift if you need one.");
        say(12, "07:00", fvLambing, morag, "Lots of watery mouth this week. Colostrum in fast and clean pens, folks.")
                .react("👍", lorna, ifor, hamish);
        say(13, "18:00", fvAsk, ifor, "When should the first clostridial dose go into lambs out of unvaccinated ewes? "
                + "Three weeks old?");
        Post loQuads = say(13, "19:00", fvLambing, lorna, "A two-year-old ewe had quads tonight! All four sucking.");
        re(13, "19:30", hamish, loQuads, "Never seen it. Well done.");
        say(14, "12:00", fvChat, hamish, "Sunday, and it's sleeting again.");
        // W12
        Post taDose = say(15, "08:30", fvAsk, tanya, "Morning Ifor, sorry for the wait over the weekend. From three "
                + "weeks old, then a second dose four to six weeks later. Morag says ring if any look off.");
        re(15, "08:45", ifor, taDose, "Thanks Tanya, no rush, it was only the weekend.");
        say(16, "08:00", fvNews, morag, "A locum, Dr Anders Holm, is with us until Piotr's back. Please be kind to him.");
        Post loNeedle = say(17, "10:00", fvAsk, lorna, "Is it a problem using one needle for a whole batch of lambs?");
        Post moNeedle = re(17, "10:20", morag, loNeedle, "Change it every 10 to 15, or when it's blunt, and between "
                + "pens at the least.");
        re(17, "10:30", lorna, moNeedle, "Oops. Noted.");
        Post alStakes = say(18, "14:00", fvChat, alistair, "Anyone know where to get wooden stakes locally?");
        re(18, "14:30", ifor, alStakes, "The timber yard at Sedbergh.");
        Post ifDone = say(19, "20:00", fvLambing, ifor, "Lambing's done! Worst weather in years but 170%.");
        re(19, "20:30", morag, ifDone, "Well done Ifor, you've earned a pint.");
        say(21, "17:00", fvNews, piotr, "Back tomorrow! Thanks for all the messages about baby Zofia.")
                .react("❤️", morag, tanya, hamish, lorna, ifor);
    }

    private void diversification() {
        // W10
        Post viSlow = say(1, "09:00", fdLounge, victoria, "Wedding barn bookings for 2032 are slow. We need more couples "
                + "booking or I'm looking at a gap next summer. Anyone else seeing it?");
        re(1, "09:30", claire, viSlow, "Café's fine, but weddings are down everywhere, it's the cost of living.");
        re(1, "10:00", bernard, viSlow, "Maze bookings are up, but that's mostly schools.");
        Post noBarn = say(1, "14:00", fdAsk, noel, "Thinking of turning our old stone barn into a holiday let. Where do "
                + "I even start? Planning first or money first?");
        Post gePreapp = re(1, "14:30", geraint, noBarn, "Planning first, and use the council's pre-app service. It took "
                + "us eight months.");
        re(1, "14:45", noel, gePreapp, "Eight months! Thanks Geraint.");
        Post huHello = say(2, "10:00", fdIntro, hugh, "Hi all, Hugh Garnett. I'm a planning consultant and have worked "
                + "on farm conversions for fifteen years. Happy to answer planning questions in #ask-us.");
        re(2, "10:30", victoria, huHello, "Welcome Hugh, you may regret offering!");
        Post noFees = say(3, "11:00", fdAsk, noel, "@Hugh Garnett what would someone like you cost for a barn "
                + "conversion, roughly?");
        Post huFees = re(3, "11:30", hugh, noFees, "Roughly £1,500 to £3,000 for a Class Q prior approval, more for "
                + "full planning. My fees are at garnettplanning.example/fees. Happy to look at the barn first, no "
                + "charge.");
        re(3, "11:45", noel, huFees, "That's less than I feared. I'll be in touch.");
        Post geVat = say(4, "20:00", fdLounge, geraint, "VAT question: do your farm-stay bookings count as holiday "
                + "accommodation for the flat-rate scheme?");
        Post clVat = re(4, "20:20", claire, geVat, "Holiday accommodation is standard-rated, we got caught out.");
        re(4, "20:30", geraint, clVat, "Ugh. Thanks Claire.");
        Post lyTents = say(5, "10:00", fdAsk, lydia, "We've 3 acres of wood. Glamping pods or bell tents to start? My "
                + "husband wants pods, I want tents because they're cheaper.");
        re(5, "10:30", bernard, lyTents, "Tents first, under the 60-day permitted development rule, and see if people "
                + "come.");
        Post gePods = re(5, "10:50", geraint, lyTents, "Pods do better in the shoulder months, though. We started with "
                + "tents and moved to huts.");
        re(5, "11:10", lydia, gePods, "So helpful, thank you both.");
        say(7, "19:00", fdLounge, geraint, "Shepherd's huts full every weekend in April. Never had that before.")
                .react("🎉", claire, victoria, bernard);
        // W11
        Post lyInsure = say(8, "10:00", fdAsk, lydia, "If we do bell tents, who do people use for insurance? Our farm "
                + "insurer won't touch it.");
        Post clInsure = re(8, "10:20", claire, lyInsure, "Our insurer has a diversification add-on, ask for the "
                + "leisure team.");
        re(8, "10:40", lydia, clInsure, "Thanks Claire!");
        joins(9, "08:50", fdSuppliers, declan);
        say(9, "09:00", fdSuppliers, declan, "Hi, Declan from Bookwell. Booking software for farm stays and venues: "
                + "calendars, deposits, cleaning rotas. £29 a month: bookwell.example");
        Post lyDeposit = say(10, "09:00", fdAsk, lydia, "Do people take a deposit or full payment upfront for "
                + "glamping?");
        Post geDeposit = re(10, "09:20", geraint, lyDeposit, "30% deposit, the balance four weeks before.");
        re(10, "09:40", lydia, geDeposit, "Perfect.");
        at(10, "19:00").in(fdDm).say(declan, "Hi Lydia, saw your glamping plans in #ask-us. Bookwell takes deposits and "
                + "balances for you automatically, £29 a month and the first month free. Grab 15 minutes with me: "
                + "bookwell.example/demo");
        at(11, "08:00").in(fdDm).say(lydia, "Thanks, a bit early for us, we haven't even got the tents yet.");
        Post viFairs = say(11, "10:00", fdLounge, victoria, "Two wedding fairs this month cost me £600 in stands, for "
                + "three enquiries. Worth it?");
        re(11, "10:20", claire, viFairs, "Never worth it for us.");
        Post beInsta = re(11, "10:30", bernard, viFairs, "Instagram did more for us than any fair.");
        re(11, "10:50", victoria, beInsta, "I'll think again, then.");
        Post deLounge = say(12, "09:00", fdLounge, declan, "Anyone fed up with double bookings between Airbnb and "
                + "their own site? Bookwell syncs both, £29 a month: bookwell.example");
        re(12, "09:30", geraint, deLounge, "Please keep this to #suppliers-and-services, Declan.");
        Post noListed = say(12, "14:00", fdAsk, noel, "Planning question: does a holiday let in a listed barn need "
                + "change of use as well?");
        Post huListed = re(12, "14:30", hugh, noListed, "Yes, and listed building consent too. Ring the conservation "
                + "officer before you do anything.");
        re(12, "14:45", noel, huListed, "Thanks Hugh.");
        re(13, "09:00", declan, noListed, "Once it's approved, Bookwell handles the bookings side: "
                + "bookwell.example/demo");
        Post viFlorist = say(13, "18:00", fdLounge, victoria, "Spent the day at the barn with our florist, planning "
                + "the 2032 packages.");
        re(13, "18:20", claire, viFlorist, "Sounds lovely.");
        Post viMicro = say(14, "11:00", fdLounge, victoria, "Thinking of a midweek micro-wedding package for 2032. "
                + "Anyone tried something like it?");
        Post geMicro = re(14, "11:20", geraint, viMicro, "We did elopements at the huts, sold out.");
        re(14, "11:40", victoria, geMicro, "Oh, that's interesting. Thanks Geraint.");
        // W12
        Post geAward = say(15, "08:00", fdLounge, geraint, "Big week for me. I won the county tourism award for the "
                + "huts, which I honestly didn't expect. I've been at this six years, I built the first hut myself in "
                + "my dad's old lambing shed, and I still do all my changeovers myself on a Saturday. My occupancy "
                + "last year was 84% and I've just hit 90% for this summer.");
        Post clCongrats = re(15, "08:30", claire, geAward, "Congratulations Geraint!");
        re(15, "08:45", geraint, clCongrats, "Thanks Claire. I'm still in shock, my wife has framed my certificate "
                + "already and I've put it in my hut office.");
        say(15, "20:00", fdLounge, geraint, "My plan now is two more huts down by the beck. I've got my planning "
                + "through, I've got my groundworker booked, and I'm doing the interiors myself again because I'm "
                + "fussy about my wood burners. I'll post my photos when they're done.");
        say(16, "09:00", fdLounge, geraint, "I've also been asked to speak at the farm tourism conference in June, so "
                + "I'm writing my talk. I'm going to cover my first year, my mistakes, my pricing and my reviews, and "
                + "how I got my repeat guests.");
        Post lyLoos = say(16, "12:00", fdAsk, lydia, "We've ordered four bell tents! Next question: composting loos or "
                + "a proper shower block?");
        Post beLoos = re(16, "12:30", bernard, lyLoos, "Composting loos to start, a shower block once you know it "
                + "works.");
        re(16, "12:50", lydia, beLoos, "Thanks Bernard.");
        say(17, "10:00", fdAsk, noel, "Pre-app meeting booked for April. Thanks all, especially Hugh and Geraint.")
                .react("👍", hugh, geraint, claire);
        say(18, "09:00", fdSuppliers, declan, "Spring offer: your first three months of Bookwell at £19. "
                + "bookwell.example/spring");
        Post beMaze = say(19, "15:00", fdLounge, bernard, "Opening the maze in July. Anyone want to cross-promote? Your "
                + "guests would get 20% off.");
        re(19, "15:20", claire, beMaze, "Yes! Bring flyers for the café.");
        re(19, "15:40", geraint, beMaze, "Happy to leave some in the huts.");
        Post viBooked = say(20, "10:00", fdLounge, victoria, "A couple booked for 2032 on a recommendation from Claire's "
                + "café! Thank you Claire.");
        re(20, "10:30", claire, viBooked, "She came in for cake and asked about weddings, easy!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes100Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 100");
    }
}
