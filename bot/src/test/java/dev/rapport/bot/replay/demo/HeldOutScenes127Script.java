package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 127 (sealed): eight communities of pest control, wildlife management and the trades around them, of
 * kinds no earlier round used (bird-control falconers, Jess & Bell, with a room where businesses and councils ask about
 * gulls and pigeons, a kit-and-birds room and a falconer who spends a week helping fellow falconers track a colleague's
 * lost Harris hawk by telemetry while his returning retail-park client and a school's business manager wait for him;
 * pest control technicians, Bait Box Trade, with a room where householders and businesses ask, a trade-offers room, a
 * bait supplier's rep and a tech who said he was away; a bed-bug heat-treatment firm's own server, Thermafix Heat
 * Treatments, with its Staff and Customers; traditional mole catchers, The Molehill Guild, with a room where gardeners,
 * groundsmen and farmers ask and a newcomer who asks for follows; estate residents facing a rat problem, Hedgerow Lane
 * Residents, where nobody sells; pest-proofing builders, Proof Positive, with a room where householders and shops ask,
 * a jobs board and a newcomer's DM pitch to a shop owner; a pest-control product supplier's own server, Sorrel Lane
 * Supplies, with its Team and its Customers; independent restaurant and takeaway owners, Kitchen Pass, where nobody
 * sells until a pest firm's sales rep joins and sends a DM), over three ISO weeks (2033-W13 to W15, Easter at the end),
 * written and labelled by writer127 (session 60) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-127.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes127Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2033, 3, 28);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2033, 4, 18, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-127";
    private static final int BASE = 99600;

    // --- A. bird-control falconers ---
    private final String jess = cast.guild(1551);
    private final Channel jbRoom = cast.channel(jess, "Jess & Bell", "falconers-room",
            "bird-control falconers among ourselves: birds, weathering, sites and fees", "jb-falconers-room.json");
    private final Channel jbAsk = cast.channel(jess, "Jess & Bell", "bird-problems",
            "businesses, schools and councils ask about gulls, pigeons and bird control; falconers reply",
            "jb-bird-problems.json");
    private final Channel jbKit = cast.channel(jess, "Jess & Bell", "kit-and-birds",
            "buy and sell used falconry kit", "jb-kit-and-birds.json");
    private final Persona ruairi = cast.person("ruairi.blackwood", "Ruairi Blackwood");
    private final Persona linnea = cast.person("linnea.marsh", "Linnea Marsh");
    private final Persona osric = cast.person("osric.penhallow", "Osric Penhallow");
    private final Persona tegan = cast.person("tegan.hollis", "Tegan Hollis");
    private final Persona farah = cast.person("farah.quayle", "Farah Quayle");
    private final Persona bartholomew = cast.person("bartholomew.venn", "Bartholomew Venn");
    private final Persona ines = cast.person("ines.crowther", "Ines Crowther");

    // --- B. pest control technicians ---
    private final String bait = cast.guild(1552);
    private final Channel bbRoom = cast.channel(bait, "Bait Box Trade", "techs-room",
            "pest control techs among ourselves: jobs, baits, rules and vans", "bb-techs-room.json");
    private final Channel bbAsk = cast.channel(bait, "Bait Box Trade", "ask-a-tech",
            "householders and businesses ask about rats, mice, wasps and insects; techs reply", "bb-ask-a-tech.json");
    private final Channel bbTrade = cast.channel(bait, "Bait Box Trade", "trade-offers",
            "suppliers and techs post offers and kit for sale", "bb-trade-offers.json");
    private final Persona gwilym = cast.person("gwilym.fenner", "Gwilym Fenner");
    private final Persona priscilla = cast.person("priscilla.adeyemi", "Priscilla Adeyemi");
    private final Persona conall = cast.person("conall.rigby", "Conall Rigby");
    private final Persona hester = cast.person("hester.lomax", "Hester Lomax");
    private final Persona desmond = cast.person("desmond.akintola", "Desmond Akintola");
    private final Persona maisie = cast.person("maisie.thorne", "Maisie Thorne");
    private final Persona rufus = cast.person("rufus.penrice", "Rufus Penrice");

    // --- C. bed-bug heat-treatment firm's own server ---
    private final String thermafix = cast.guild(1553);
    private final Role tfStaff = cast.role("Staff", "#c62828", 2);
    private final Role tfCustomer = cast.role("Customer", "#6d4c41", 1);
    private final Channel tfGeneral = cast.channel(thermafix, "Thermafix Heat Treatments", "general",
            "chat with the Thermafix team and other customers", "tf-general.json");
    private final Channel tfBookings = cast.channel(thermafix, "Thermafix Heat Treatments", "bookings",
            "customers ask about treatments, prep and dates; the team replies", "tf-bookings.json");
    private final Channel tfNews = cast.channel(thermafix, "Thermafix Heat Treatments", "news",
            "news from Thermafix", "tf-news.json");
    private final Persona leopold = cast.person("leopold.garside", "Leopold Garside", tfStaff);
    private final Persona noor = cast.person("noor.vasquez", "Noor Vasquez", tfStaff);
    private final Persona ambrose = cast.person("ambrose.kettering", "Ambrose Kettering", tfStaff);
    private final Persona valentina = cast.person("valentina.probert", "Valentina Probert", tfCustomer);
    private final Persona reuben = cast.person("reuben.asante", "Reuben Asante", tfCustomer);
    private final Persona clodagh = cast.person("clodagh.fairbairn", "Clodagh Fairbairn", tfCustomer);
    private final Persona sabine = cast.person("sabine.orr", "Sabine Orr");

    // --- D. traditional mole catchers ---
    private final String molehill = cast.guild(1554);
    private final Channel mgRoom = cast.channel(molehill, "The Molehill Guild", "catchers-room",
            "mole catchers among ourselves: traps, runs, rounds and weather", "mg-catchers-room.json");
    private final Channel mgLawns = cast.channel(molehill, "The Molehill Guild", "lawns-and-fields",
            "gardeners, groundsmen and farmers ask about moles; catchers reply", "mg-lawns-and-fields.json");
    private final Channel mgIntro = cast.channel(molehill, "The Molehill Guild", "introductions",
            "introduce yourself", "mg-introductions.json");
    private final Persona eamon = cast.person("eamon.gaskell", "Eamon Gaskell");
    private final Persona rosamund = cast.person("rosamund.tewkes", "Rosamund Tewkes");
    private final Persona ivor = cast.person("ivor.lathbury", "Ivor Lathbury");
    private final Persona kenzie = cast.person("kenzie.marlow", "Kenzie Marlow");
    private final Persona gwendolyn = cast.person("gwendolyn.spurr", "Gwendolyn Spurr");
    private final Persona percival = cast.person("percival.dunmore", "Percival Dunmore");
    private final Persona cressida = cast.person("cressida.wynne", "Cressida Wynne");

    // --- E. estate residents with a rat problem (nobody sells) ---
    private final String hedgerow = cast.guild(1555);
    private final Channel hlGeneral = cast.channel(hedgerow, "Hedgerow Lane Residents", "general",
            "residents' chat", "hl-general.json");
    private final Channel hlRats = cast.channel(hedgerow, "Hedgerow Lane Residents", "rat-watch",
            "sightings, bins and what the council says", "hl-rat-watch.json");
    private final Persona marguerite = cast.person("marguerite.doyle", "Marguerite Doyle");
    private final Persona tobias = cast.person("tobias.wenlock", "Tobias Wenlock");
    private final Persona zainab = cast.person("zainab.hartigan", "Zainab Hartigan");
    private final Persona alfie = cast.person("alfie.brannigan", "Alfie Brannigan");
    private final Persona winifred = cast.person("winifred.coe", "Winifred Coe");
    private final Persona stellan = cast.person("stellan.birch", "Stellan Birch");

    // --- F. pest-proofing builders ---
    private final String proof = cast.guild(1556);
    private final Channel ppRoom = cast.channel(proof, "Proof Positive", "builders-room",
            "proofing builders among ourselves: mesh, spikes, vents and site talk", "pp-builders-room.json");
    private final Channel ppAsk = cast.channel(proof, "Proof Positive", "proofing-questions",
            "householders and shops ask how to keep pests out; builders reply", "pp-proofing-questions.json");
    private final Channel ppJobs = cast.channel(proof, "Proof Positive", "jobs-board",
            "post proofing work you need doing, or say you have space", "pp-jobs-board.json");
    private final Persona augustin = cast.person("augustin.reilly", "Augustin Reilly");
    private final Persona harriet = cast.person("harriet.ekwueme", "Harriet Ekwueme");
    private final Persona lorcan = cast.person("lorcan.devlin", "Lorcan Devlin");
    private final Persona philippa = cast.person("philippa.strand", "Philippa Strand");
    private final Persona yusuf = cast.person("yusuf.okonedo", "Yusuf Okonedo");
    private final Persona casimir = cast.person("casimir.wolanski", "Casimir Wolanski");
    private final Channel ppDm = cast.dm(philippa, "pp-dm-philippa-strand.json");

    // --- G. pest-control product supplier's own server ---
    private final String sorrel = cast.guild(1557);
    private final Role slTeam = cast.role("Team", "#2e7d32", 2);
    private final Role slCustomer = cast.role("Customer", "#1565c0", 1);
    private final Channel slGeneral = cast.channel(sorrel, "Sorrel Lane Supplies", "general",
            "chat with Sorrel Lane and fellow customers", "sl-general.json");
    private final Channel slOrders = cast.channel(sorrel, "Sorrel Lane Supplies", "orders-and-help",
            "customers ask about orders, deliveries and products; the team replies", "sl-orders-and-help.json");
    private final Channel slNew = cast.channel(sorrel, "Sorrel Lane Supplies", "new-products",
            "new lines and offers from Sorrel Lane", "sl-new-products.json");
    private final Persona jocasta = cast.person("jocasta.pemberton", "Jocasta Pemberton", slTeam);
    private final Persona dmitri = cast.person("dmitri.halloran", "Dmitri Halloran", slTeam);
    private final Persona bronagh = cast.person("bronagh.ellery", "Bronagh Ellery", slTeam);
    private final Persona fergus = cast.person("fergus.ainsworth", "Fergus Ainsworth", slCustomer);
    private final Persona ottilie = cast.person("ottilie.brandt", "Ottilie Brandt", slCustomer);
    private final Persona rasmus = cast.person("rasmus.clay", "Rasmus Clay", slCustomer);
    private final Persona lowri = cast.person("lowri.kinsella", "Lowri Kinsella");
    private final Persona edgar = cast.person("edgar.sowerby", "Edgar Sowerby");

    // --- H. independent restaurant and takeaway owners ---
    private final String kitchen = cast.guild(1558);
    private final Channel kpGeneral = cast.channel(kitchen, "Kitchen Pass", "general",
            "independent restaurant and takeaway owners: suppliers, staff, inspections", "kp-general.json");
    private final Channel kpHygiene = cast.channel(kitchen, "Kitchen Pass", "hygiene-and-inspections",
            "food hygiene, pest contracts and inspection prep", "kp-hygiene-and-inspections.json");
    private final Persona salvatore = cast.person("salvatore.quinlan", "Salvatore Quinlan");
    private final Persona beatrix = cast.person("beatrix.holm", "Beatrix Holm");
    private final Persona kwame = cast.person("kwame.ashdown", "Kwame Ashdown");
    private final Persona imelda = cast.person("imelda.roscoe", "Imelda Roscoe");
    private final Persona ngozi = cast.person("ngozi.ferrante", "Ngozi Ferrante");
    private final Persona thaddeus = cast.person("thaddeus.crane", "Thaddeus Crane");
    private final Channel kpDm = cast.dm(thaddeus, "kp-dm-thaddeus-crane.json");

    private HeldOutScenes127Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        falconers();
        techs();
        heatTreatment();
        moleCatchers();
        residents();
        proofers();
        supplier();
        kitchens();
    }

    private void falconers() {
        // W13
        Post liMoult = say(1, "08:30", jbRoom, linnea, "Morning. My Harris is starting to drop primaries already, early "
                + "this year. Anyone else?");
        Post ruMoult = re(1, "08:50", ruairi, liMoult, "Mine too. Warm March. I'm keeping her weight up a touch.");
        re(1, "09:05", linnea, ruMoult, "Good shout, I'll do the same.");
        Post osGulls = say(1, "10:00", jbRoom, osric, "Gulls are back on the roofs at the harbour already. Nesting "
                + "season's going to be busy.");
        re(1, "10:20", tegan, osGulls, "Same on the industrial estate. Three calls this week.");
        Post faSeason = say(2, "11:00", jbAsk, farah, "@Ruairi Blackwood hi, Farah from Meadowgate Retail Park. You flew "
                + "the site for us last summer and the gulls stayed off the food court. Is it too early to talk about "
                + "this year?");
        Post ruSeason = re(2, "12:10", ruairi, faSeason, "Hi Farah, good to hear from you. Not too early at all, the "
                + "birds are prospecting now. Same visits as last year suit you?");
        Post faSeason2 = re(2, "12:30", farah, ruSeason, "Probably, I'll check the budget with head office and come back.");
        re(2, "12:40", ruairi, faSeason2, "Grand, no rush.");
        Post inGulls = say(3, "09:30", jbAsk, ines, "Council estates officer here. We've had complaints about gulls "
                + "diving at people outside the library. Is a hawk the answer, or netting?");
        Post liGulls = re(3, "10:15", linnea, inGulls, "Usually both. The hawk moves them on but once they've got eggs "
                + "down you need the roof proofed too. A site visit would tell you.");
        re(3, "10:40", ines, liGulls, "Thanks, that's helpful. I'll get the roof plans out.");
        Post teHood = say(4, "14:00", jbKit, tegan, "For sale: Dutch hood, size 5, barely used, £25. Photo: "
                + "https://teganhollis.example/hood");
        re(4, "15:00", osric, teHood, "Might fit my tiercel, I'll message you.");
        Post osWeather = say(5, "18:00", jbRoom, osric, "Weathering the birds out in the sun this afternoon, first "
                + "proper warm day.");
        re(5, "18:20", ruairi, osWeather, "Lovely. Mine are bating at every crow though.");
        joins(5, "19:00", jbAsk, bartholomew);
        Post teLicence = say(6, "10:00", jbRoom, tegan, "Does anyone's general licence cover gulls on a school roof, or "
                + "is that a specific one now?");
        Post ruLicence = re(6, "10:30", ruairi, teLicence, "Schools are fine under the general one if it's public "
                + "health and safety. Keep your log though.");
        re(6, "10:45", tegan, ruLicence, "Cheers Ruairi.");
        // W14: Osric's hawk is lost; Ruairi spends the week on the search with fellow falconers
        Post osLost = say(8, "07:40", jbRoom, osric, "Lost Pip, my Harris, at the Dunmere site yesterday evening. "
                + "She chased a pigeon over the ridge and the transmitter went quiet. Any help appreciated.");
        Post ruLost = re(8, "07:55", ruairi, osLost, "I'm ten miles off. I'll bring my receiver and the yagi, meet "
                + "you at the lay-by at nine?");
        re(8, "08:00", osric, ruLost, "Yes please. Thank you.");
        Post faQuote = say(8, "10:00", jbAsk, farah, "@Ruairi Blackwood head office says yes to the same as last year, "
                + "April to July. Could you send a quote by Friday so I can raise the order?");
        Post ruSignal = say(8, "16:00", jbRoom, ruairi, "Faint signal north-east of Dunmere church this afternoon, lost "
                + "it again behind the quarry. Osric, what frequency is her spare tail mount on?");
        Post osFreq = re(8, "16:20", osric, ruSignal, "173.250. The tail one might be dead, it was old.");
        re(8, "16:30", ruairi, osFreq, "Ok, I'll sweep both tomorrow at first light.");
        Post baPigeons = say(9, "09:00", jbAsk, bartholomew, "Hello, I'm business manager at St Aldhelm's Primary. "
                + "Pigeons are nesting over the quad and the mess is awful. Linnea mentioned @Ruairi Blackwood covers "
                + "our area, could you come and look? What would it cost roughly?");
        Post liTrack = say(9, "07:30", jbRoom, linnea, "I can take the west side today with my receiver. Ruairi, are you "
                + "on the quarry again?");
        Post ruTrack = re(9, "07:45", ruairi, liTrack, "Yes, quarry and then the woods behind. Signal's bouncing off "
                + "the rock faces.");
        Post teSightings = say(9, "12:00", jbRoom, tegan, "Posted on the county hawk-loss page, two sightings of a brown "
                + "hawk near Tolcarne farm.");
        re(9, "12:15", ruairi, teSightings, "Good, that fits the direction. Heading there now.");
        Post ruFarm = say(9, "17:00", jbRoom, ruairi, "Tolcarne farmer says a hawk took a chick off his yard at dinner "
                + "time. No signal though. Osric, does she come to a whistle or only the glove?");
        re(9, "17:30", osric, ruFarm, "Whistle and a swung lure. She loves a rabbit leg.");
        Post ruDawn = say(10, "06:30", jbRoom, ruairi, "Out at Tolcarne at dawn with a lure. Blip on 173.250 for about "
                + "ten seconds, then gone.");
        Post liDawn = re(10, "07:00", linnea, ruDawn, "That's her then. The battery's on its last legs, go high.");
        re(10, "07:10", ruairi, liDawn, "Heading up the beacon now.");
        Post ruBeacon = say(10, "13:00", jbRoom, ruairi, "Good steady signal from the beacon, bearing 40 degrees. "
                + "Osric, can you get to the woods below with the lure?");
        re(10, "13:15", osric, ruBeacon, "On my way.");
        Post osNear = say(11, "08:00", jbRoom, osric, "Saw her! Sitting in an ash at Polgrain woods, wouldn't come down, "
                + "too full.");
        Post ruNear = re(11, "08:10", ruairi, osNear, "Leave her to sleep it off. We'll be there at first light with a "
                + "hungry lure and a rabbit.");
        re(11, "08:20", tegan, ruNear, "I'll bring the bow net in case.");
        Post osFound = say(12, "07:15", jbRoom, osric, "SHE'S BACK ON THE GLOVE. Came straight down to the rabbit at "
                + "ten to seven. Thank you Ruairi, Linnea, Tegan, I owe you all a pint.");
        re(12, "07:30", ruairi, osFound, "Brilliant. Fit a new transmitter before she flies again!");
        re(12, "07:35", linnea, osFound, "Best news of the week.");
        Post teNewTx = say(13, "11:00", jbRoom, tegan, "Which transmitters are people using now? After this week I'm "
                + "replacing mine.");
        Post ruNewTx = re(13, "11:20", ruairi, teNewTx, "The small tail-mount ones with a 12-month cell. And test them "
                + "weekly, I never did.");
        re(13, "11:30", tegan, ruNewTx, "Noted.");
        Post inFollow = say(13, "14:00", jbAsk, ines, "Update from the library: roof plans show a flat section where "
                + "they're nesting. Would netting go on a flat roof?");
        Post liFollow = re(13, "14:40", linnea, inFollow, "Flat roofs usually get a wire system rather than net. I can "
                + "look at the plans if you post them.");
        re(13, "15:00", ines, liFollow, "Great, I'll send them Monday.");
        // W15: Ruairi back to his customers, late, with an apology
        Post ruFarah = re(15, "08:30", ruairi, faQuote, "Farah, I'm sorry, I missed your Friday. I was out all week "
                + "finding a colleague's lost hawk. Quote's in your inbox now, same visits as last year, April to July.");
        re(15, "09:10", farah, ruFarah, "No harm done, order's going through today. Glad the hawk was found!");
        Post ruBart = re(15, "08:45", ruairi, baPigeons, "Bartholomew, sorry for the wait. I can look at the quad "
                + "Thursday morning. For pigeons over a quad it's usually netting rather than a hawk; I'll price it "
                + "after I've seen it.");
        re(15, "09:30", bartholomew, ruBart, "Thursday is fine, I'll meet you at reception at 8.");
        Post liPlans = say(16, "10:00", jbAsk, linnea, "@Ines Crowther got the plans, thanks. Wire on the flat bit, a "
                + "net over the lightwell. I'll write it up this week.");
        re(16, "10:30", ines, liPlans, "Perfect, thank you.");
        Post osFlying = say(17, "16:00", jbRoom, osric, "Pip's back at work at Dunmere with a shiny new transmitter.");
        re(17, "16:10", linnea, osFlying, "Good girl.");
        Post ruQuad = say(18, "12:00", jbRoom, ruairi, "Anyone got a supplier for 19mm pigeon net in stone colour? School "
                + "job, they want it to blend in.");
        Post teNet = re(18, "12:20", tegan, ruQuad, "Try the net people in Bodmin, they do stone and black.");
        re(18, "12:30", ruairi, teNet, "Thanks.");
        Post baThanks = say(18, "15:00", jbAsk, bartholomew, "@Ruairi Blackwood thanks for this morning. The governors "
                + "said yes to the netting, can you start after Easter?");
        re(18, "15:30", ruairi, baThanks, "Yes, Tuesday the 19th. I'll bring the cherry picker.");
        Post teSold = say(20, "11:00", jbKit, tegan, "Hood's sold, thanks all.");
        re(20, "11:20", osric, teSold, "Fits him perfectly.");
        Post liEaster = say(21, "09:00", jbRoom, linnea, "Happy Easter. Flying the harbour at dawn, gulls everywhere.");
        re(21, "09:20", tegan, liEaster, "Same at the estate. They never rest.");
    }

    private void techs() {
        // W13
        Post giRain = say(1, "08:00", bbRoom, gwilym, "Wet start to the week. Every drain survey I've got is full of "
                + "water.");
        re(1, "08:20", priscilla, giRain, "Same. Rats are loving it, three callouts before nine.");
        Post coAway = say(2, "09:00", bbRoom, conall, "Off to Lanzarote tomorrow till Sunday the 10th, no signal at the "
                + "villa. Priscilla's covering my contracts, ring her not me!");
        re(2, "09:20", priscilla, coAway, "Enjoy! I've got your folder.");
        Post heRats = say(2, "19:00", bbAsk, hester, "We've got rats under the decking, I can hear them at night. I "
                + "tried a snap trap with peanut butter and nothing. Help?");
        Post giRats = re(2, "19:40", gwilym, heRats, "Under decking they're usually coming from a broken drain nearby. "
                + "Check any inspection covers in the garden. Traps go along the walls, not in the open.");
        re(2, "20:00", hester, giRats, "Thank you, will look tomorrow.");
        Post deLaunch = say(3, "09:00", bbRoom, desmond, "New from Ravelstone: the Ravelstone Sentinel tamper-resistant "
                + "bait box, 20% off launch week: https://ravelstone.example/sentinel");
        say(4, "08:00", bbTrade, desmond, "Launch week offer, 20% off the Sentinel bait box: "
                + "https://ravelstone.example/sentinel");
        say(3, "15:00", bbAsk, desmond, "Householders, the Sentinel is the box the pros use, now 20% off: "
                + "https://ravelstone.example/sentinel");
        Post prHandover = say(4, "10:00", bbRoom, priscilla, "@Conall Rigby the bakery on Fore Street wants the "
                + "contract moved to monthly. Can you confirm the old visit dates when you're back?");
        Post maMice = say(4, "13:00", bbAsk, maisie, "I run a café and we've seen droppings behind the dishwasher. The "
                + "EHO is due next month. What do I do first?");
        Post prMice = re(4, "13:30", priscilla, maMice, "Clean and log it today, then get a contract in place before the "
                + "inspection. The EHO wants to see you acted. Seal gaps round the pipes with wire wool and mortar.");
        Post maMice2 = re(4, "13:50", maisie, prMice, "Thank you, that's really clear. Do you cover Tredinnick?");
        re(4, "14:10", priscilla, maMice2, "I do, I'll DM you my number.");
        Post giDrain = say(5, "16:00", bbRoom, gwilym, "Anyone use the smoke tester on clay drains, or just the camera?");
        Post prDrain = re(5, "16:20", priscilla, giDrain, "Camera first, smoke if the camera can't get round.");
        re(5, "16:30", gwilym, prDrain, "Makes sense.");
        Post ruWasps = say(6, "11:00", bbAsk, rufus, "Early wasp queen in the kitchen already. Is that normal for "
                + "March?");
        Post giWasps = re(6, "11:30", gwilym, ruWasps, "Yes, queens wake on warm days. Just put her out, it's not a "
                + "nest.");
        re(6, "11:40", rufus, giWasps, "Ha, thanks.");
        // W14: Hester helped on three days, gives nothing back and leaves Gwilym's question waiting
        Post heCover = say(8, "18:00", bbAsk, hester, "Found an inspection cover and the lid was cracked. Rats still "
                + "there. Now what?");
        Post giCover = re(8, "18:30", gwilym, heCover, "That's your way in. Get the lid replaced and a rat flap fitted "
                + "in the drain. Where does the drain run, towards the road?");
        re(8, "18:40", hester, giCover, "Thanks.");
        Post heSmell = say(10, "20:00", bbAsk, hester, "There's a smell under the decking now. Is that a dead one?");
        Post giSmell = re(10, "20:20", gwilym, heSmell, "Probably. Lift a board near the smell, gloves on, bag it "
                + "twice. Did you get the flap fitted?");
        re(10, "20:30", hester, giSmell, "Ok thanks.");
        Post heFlap = say(12, "19:00", bbAsk, hester, "Which rat flap should I buy? There are loads.");
        Post giFlap = re(12, "19:30", gwilym, heFlap, "A stainless one for the pipe size, 100 or 150mm. Measure first. "
                + "Which way does your drain run? That decides where it goes.");
        re(12, "19:40", hester, giFlap, "Cheers.");
        Post coBack = re(11, "08:00", conall, prHandover, "Back and sunburnt. Old dates were the first Tuesday of each "
                + "quarter, I'll send you the sheet now. Thanks for covering.");
        re(11, "08:20", priscilla, coBack, "Welcome back!");
        Post ruSpray = say(9, "10:00", bbRoom, rufus, "Householder question, sorry if wrong room: is the supermarket "
                + "ant spray safe round a cat?");
        Post prSpray = re(9, "10:30", priscilla, ruSpray, "Better asked in #ask-a-tech, but no, keep the cat off it "
                + "till dry. Gel baits in a station are safer.");
        re(9, "10:40", rufus, prSpray, "Thanks, will do.");
        Post coEho = say(13, "09:00", bbRoom, conall, "EHO rang me about a takeaway we both cover, Gwilym. Can we compare "
                + "notes before Monday?");
        Post giEho = re(13, "09:30", gwilym, coEho, "Yes, call me at lunch.");
        re(13, "09:40", conall, giEho, "Will do.");
        // W15: Hester gives back; Conall posts his own site when asked for it
        Post heDone = say(15, "18:00", bbAsk, hester, "Sorry @Gwilym Fenner, I never answered: the drain runs to the "
                + "road. Flap's in, no noises for three nights. Thank you so much.");
        re(15, "18:30", gwilym, heDone, "That's the result. Well done.");
        Post ruRoof = say(16, "20:00", bbAsk, rufus, "Scratching in the loft at night. Rats or squirrels?");
        Post heRoof = re(16, "20:30", hester, ruRoof, "We had that. If it's at dusk and dawn it's squirrels, all night "
                + "it's rats. Check the drains first, that was our problem.");
        Post prRoof = re(16, "21:00", priscilla, ruRoof, "Hester's right about the timing. Look for droppings: rat ones "
                + "are like rice grains, bigger.");
        re(16, "21:10", rufus, prRoof, "Dusk and dawn. Squirrels then, thanks both.");
        Post maContract = say(17, "10:00", bbAsk, maisie, "Passed the EHO visit! Someone asked me for the firm I used. "
                + "@Conall Rigby do you have a website I can pass on? Priscilla said you cover the other side of town.");
        re(17, "10:30", conall, maContract, "Thanks Maisie, it's https://rigbypest.example. Congrats on the inspection!");
        Post prEaster = say(19, "09:00", bbRoom, priscilla, "Good Friday and I've got four wasp calls. Who's working the "
                + "weekend?");
        re(19, "09:20", gwilym, prEaster, "Me, Saturday. Send the overflow.");
        Post deStock = say(20, "12:00", bbTrade, desmond, "Sentinel boxes back in stock after the launch sold out.");
        re(20, "12:30", priscilla, deStock, "Good, I'll order ten.");
        Post coBees = say(21, "08:00", bbRoom, conall, "Honeybee swarm call on Easter Sunday. Who's the beekeeper "
                + "contact for the south side?");
        Post giBees = re(21, "08:15", gwilym, coBees, "Try the county beekeepers' swarm list, they'll send someone.");
        re(21, "08:20", conall, giBees, "Got one, thanks.");
    }

    private void heatTreatment() {
        // W13
        say(1, "08:00", tfNews, leopold, "Easter bookings are open. Hotels and landlords, book early, the fortnight "
                + "after Easter always fills.");
        Post vaRooms = say(1, "10:00", tfBookings, valentina, "Hi team, Valentina at the Harbourside Hotel. Two more "
                + "rooms on the second floor with bites reported. Can you fit us in this week?");
        Post noRooms = re(1, "10:30", noor, vaRooms, "Hi Valentina, yes, Thursday from 8. Same prep as last time: "
                + "bag the linen, clear the wardrobes, no aerosols in the rooms.");
        re(1, "10:40", valentina, noRooms, "Perfect, thank you Noor.");
        Post clHostel = say(2, "14:00", tfBookings, clodagh, "Is it normal to find a few live ones a week after the "
                + "treatment? The dorm was done last Monday.");
        Post leHostel = re(2, "14:30", leopold, clHostel, "Not normal, no. Could be a reintroduction from a guest's "
                + "bag. Can you keep one in a sealed bag for us? Ambrose will come and look Friday.");
        re(2, "14:45", clodagh, leHostel, "Will do, thanks.");
        Post amHostel = say(5, "16:00", tfBookings, ambrose, "@Clodagh Fairbairn looked at your sample, it's a new "
                + "adult, not a survivor. Your luggage-rack covers will help. Free recheck in a fortnight.");
        re(5, "16:20", clodagh, amHostel, "Great, that's a relief.");
        Post reHmo = say(3, "09:00", tfGeneral, reuben, "Morning all. Anyone else a landlord with HMOs? Tenants keep "
                + "bringing second-hand sofas in and I'm worried.");
        Post clHmo = re(3, "09:30", clodagh, reHmo, "Hostel here, same story with guests' bags. We put a no "
                + "second-hand furniture clause in and it helped.");
        re(3, "09:45", reuben, clHmo, "Good idea, I'll add that.");
        Post amSensor = say(4, "11:00", tfGeneral, ambrose, "For the curious: we log the core temperature in every "
                + "mattress at 56C for four hours. The graphs go in your report.");
        re(4, "11:30", valentina, amSensor, "The graphs were great for our insurer.");
        Post vaDone = say(4, "17:00", tfBookings, valentina, "Rooms 212 and 214 done today, the crew were lovely. "
                + "Thank you!");
        re(4, "17:20", noor, vaDone, "Thank you for the prep, it made it quick.");
        // W14: Reuben asks Ambrose by name; nobody answers until W15
        joins(9, "10:00", tfGeneral, sabine);
        Post saHello = say(9, "10:05", tfGeneral, sabine, "Hello, I'm a letting agent with 40 flats on our books. "
                + "Looking at who to use for bed bugs.");
        Post leHello = re(9, "10:30", leopold, saHello, "Welcome Sabine! Happy to answer anything. Most agents start "
                + "with a survey of the flat that reported it.");
        Post saPrice = re(9, "10:50", sabine, leHello, "What does a one-bed flat cost, roughly?");
        re(9, "11:10", leopold, saPrice, "From £450 for a one-bed, including the follow-up visit.");
        Post reAmb = say(9, "12:00", tfBookings, reuben, "@Ambrose Kettering you did my Albert Road house in January. "
                + "Tenant in room 3 says bites again. Should I bag everything up before you come, or leave it as is "
                + "so you can see?");
        say(10, "09:00", tfNews, noor, "Spring offer: mattress encasements at cost with any treatment this month: "
                + "https://thermafix.example/encasements");
        Post amVan = say(10, "15:00", tfGeneral, ambrose, "New heaters fitted in van 2, bigger fans, quicker warm-up.");
        re(10, "15:30", clodagh, amVan, "Nice. Does that shorten the day?");
        Post leShort = say(10, "15:40", tfGeneral, leopold, "@Clodagh Fairbairn about an hour on a big room.");
        re(10, "15:50", clodagh, leShort, "Handy.");
        Post vaEaster = say(11, "10:00", tfBookings, valentina, "Can we book the whole third floor for the Tuesday "
                + "after Easter? Hotel's quiet then.");
        Post noEaster = re(11, "10:20", noor, vaEaster, "Booked: Tuesday 19th, from 8. I'll send the prep list.");
        re(11, "10:30", valentina, noEaster, "Thank you!");
        Post reNudge = say(12, "18:00", tfBookings, reuben, "Still hoping for an answer about Albert Road, the tenant's "
                + "getting upset.");
        say(13, "09:00", tfNews, noor, "Reminder: the encasement offer ends 30 April: "
                + "https://thermafix.example/encasements");
        Post amGarage = say(13, "11:00", tfGeneral, ambrose, "Anyone know a good garage for a Transit's sliding door? "
                + "Ours sticks.");
        re(13, "11:30", reuben, amGarage, "Tregony Motors sorted ours.");
        Post noAway = say(14, "16:00", tfBookings, noor, "I'm off Monday to Wednesday next week for my sister's wedding. "
                + "Bookings questions those days may wait till Thursday, sorry!");
        re(14, "16:20", valentina, noAway, "Have a lovely time!");
        // W15
        Post amSorry = re(15, "08:00", ambrose, reAmb, "Reuben, I'm so sorry, I missed this in a busy week. Don't bag "
                + "anything, leave it as it is. I can come Tuesday at 10, does that work?");
        re(15, "08:30", reuben, amSorry, "Tuesday works. Thanks Ambrose.");
        Post vaQ = say(15, "11:00", tfBookings, valentina, "@Noor Vasquez for the third floor, do we need to empty the "
                + "minibars too?");
        Post noBack = re(18, "08:30", noor, vaQ, "Sorry for the wait Valentina, back today. Yes, empty them, the "
                + "chocolate melts!");
        re(18, "08:45", valentina, noBack, "Ha, will do.");
        Post amReport = say(16, "17:00", tfBookings, ambrose, "@Reuben Asante Albert Road done. It was one bed frame "
                + "from the old tenant. Report in your inbox.");
        re(16, "17:20", reuben, amReport, "Brilliant, thank you. I'll tell the tenant.");
        Post saBook = say(16, "10:00", tfBookings, sabine, "We'd like a survey at 14 Penrose Court, one-bed, tenant "
                + "reports bites. Next week possible?");
        Post leBook = re(16, "10:20", leopold, saBook, "Yes, Thursday 21st at 9. I'll do it myself.");
        re(16, "10:30", sabine, leBook, "Thank you.");
        Post clRecheck = say(17, "12:00", tfGeneral, clodagh, "Recheck done, dorm clear. Told two other hostels about "
                + "you, Leopold, they'll be in touch.");
        re(17, "12:20", leopold, clRecheck, "That's kind of you, thank you Clodagh.");
        Post leEaster = say(19, "09:00", tfNews, leopold, "Open Good Friday and Easter Monday for emergencies.");
        re(19, "09:30", reuben, leEaster, "Good to know.");
        Post clTip = say(20, "11:00", tfGeneral, clodagh, "Tip for hostels: a hot box for guests' bags at check-in. "
                + "We borrowed the idea from a hotel in Bath.");
        Post vaTip = re(20, "11:20", valentina, clTip, "Oh, where did you get the box?");
        re(20, "11:40", clodagh, vaTip, "A laundry supplier, I'll find you the name.");
    }

    private void moleCatchers() {
        // W13
        Post eaSpring = say(1, "07:30", mgRoom, eamon, "Ground's warming up. Moles are breeding, runs everywhere on the "
                + "glebe field this morning.");
        Post roSpring = re(1, "07:50", rosamund, eaSpring, "Same here. I caught a pregnant female yesterday, early.");
        re(1, "08:00", eamon, roSpring, "That'll be the mild winter.");
        Post gwPitch = say(2, "10:00", mgLawns, gwendolyn, "Groundsman at Lanreath Cricket Club. Molehills on the square "
                + "three weeks before our first fixture. Traps or smoke? The committee wants it gone yesterday.");
        Post eaPitch = re(2, "10:40", eamon, gwPitch, "Traps. Smokes rarely work on a square, the runs are too deep. "
                + "Find the main run between hills, that's where a trap goes.");
        Post gwPitch2 = re(2, "11:00", gwendolyn, eaPitch, "How do I tell the main run from the feeding ones?");
        Post roPitch = re(2, "11:30", rosamund, gwPitch2, "Main runs are straight and firm when you probe. Feeding runs "
                + "wander. Or get someone in, a square's precious.");
        re(2, "11:45", gwendolyn, roPitch, "Thanks both, that's really useful.");
        joins(3, "09:00", mgIntro, kenzie);
        Post keIntro = say(3, "09:05", mgIntro, kenzie, "Hi all, Kenzie, just started mole catching in Devon after "
                + "years as a gardener. I post my catches on TikTok, follow me: https://tiktok.example/@kenziemoles");
        Post eaIntro = re(3, "09:30", eamon, keIntro, "Welcome Kenzie. Good trade. Ask away in #catchers-room.");
        re(3, "09:40", kenzie, eaIntro, "Cheers!");
        say(3, "12:00", mgLawns, kenzie, "Anyone with moles, follow my TikTok for tips and catches, link in my intro! "
                + "https://tiktok.example/@kenziemoles");
        say(4, "08:00", mgRoom, kenzie, "Lads, give my newest catch video a like and a share, I'm trying to reach "
                + "1,000 followers: https://tiktok.example/@kenziemoles");
        Post ivTraps = say(4, "09:00", mgRoom, ivor, "Talpa or scissor traps? I'm trying to standardise.");
        Post roTraps = re(4, "09:20", rosamund, ivTraps, "Talpa for lawns, scissor for fields. Different soils.");
        re(4, "09:30", ivor, roTraps, "Fair.");
        Post peFarm = say(5, "14:00", mgLawns, percival, "Farmer near Liskeard. Molehills in the silage ground are "
                + "ruining the grass with soil. Is it worth catching on 40 acres?");
        Post ivFarm = re(5, "14:30", ivor, peFarm, "Worth it before first cut. Soil in silage spoils it. Roll the "
                + "hills flat and see where new ones come up, those are the live runs.");
        re(5, "14:50", percival, ivFarm, "Thanks, will roll tomorrow.");
        Post eaRecord = say(6, "17:00", mgRoom, eamon, "Anyone keep a catch book? The guild asked for numbers by parish "
                + "this year.");
        re(6, "17:20", rosamund, eaRecord, "I do, paper one. I'll type it up.");
        // W14: Kenzie asks, listens and helps; Ivor answers a thanks with a priced offer
        Post keWet = say(8, "08:00", mgRoom, kenzie, "Question from a newbie: my traps keep getting sprung with nothing "
                + "in them. What am I doing wrong?");
        Post eaWet = re(8, "08:30", eamon, keWet, "You're letting light in. Cap the hole with a turf and wear gloves, "
                + "they smell you.");
        Post keWet2 = re(8, "08:45", kenzie, eaWet, "That's it, I've been leaving the holes open. How long do you leave "
                + "a trap before moving it?");
        re(8, "09:00", eamon, keWet2, "Two days, then move.");
        joins(8, "18:00", mgLawns, cressida);
        Post crLawn = say(8, "18:10", mgLawns, cressida, "Help! My lawn has twenty molehills since Saturday. Is there "
                + "anything I can do myself?");
        Post eaLawn = re(8, "18:40", eamon, crLawn, "Rake the hills flat every morning and note which come back. "
                + "Ultrasonic spikes don't work, save your money.");
        Post crThanks = re(8, "19:00", cressida, eaLawn, "Thank you, will try that!");
        re(9, "08:00", ivor, crThanks, "Or I can come out and sort it for £45 a visit, three visits usually does it. "
                + "DM me.");
        Post gwBack = say(9, "12:00", mgLawns, gwendolyn, "Update: I had a go with a trap and caught one on the square! "
                + "But new hills on the outfield now.");
        Post keBack = re(9, "12:30", kenzie, gwBack, "Nice one. Outfield ones are often a new mole moving into the "
                + "empty runs. Same spot will catch again, cap it well.");
        re(9, "12:45", gwendolyn, keBack, "Brilliant, resetting it now.");
        Post ivWeather = say(10, "07:00", mgRoom, ivor, "Frost back tonight. Moles go deep, don't waste trapping "
                + "tomorrow.");
        re(10, "07:20", rosamund, ivWeather, "Good tip.");
        Post roBook = say(11, "19:00", mgRoom, rosamund, "Typed up my catch book: 312 moles last year over 14 parishes. "
                + "Eamon, who do I send it to?");
        Post eaBook = re(11, "19:20", eamon, roBook, "The guild secretary, I'll DM you her email.");
        re(11, "19:25", rosamund, eaBook, "Thanks.");
        Post pePlough = say(12, "10:00", mgLawns, percival, "Rolled it. About a dozen live runs. Do I trap them all at "
                + "once?");
        Post roPlough = re(12, "10:30", rosamund, pePlough, "Yes, set them all the same day, then check daily.");
        re(12, "10:40", percival, roPlough, "Thank you.");
        Post keVideo = say(13, "18:00", mgRoom, kenzie, "Thanks @Eamon Gaskell, caught two today with capped holes.");
        re(13, "18:20", eamon, keVideo, "There you go.");
        // W15
        Post crUpdate = say(15, "09:00", mgLawns, cressida, "Flattening worked to find them: three live runs. Could "
                + "someone recommend a catcher near Fowey? I'd rather someone did it.");
        Post keFowey = re(15, "09:30", kenzie, crUpdate, "I'm in Lostwithiel, ten minutes away. Happy to come Thursday.");
        Post crFowey = re(15, "09:45", cressida, keFowey, "Yes please, what do you charge?");
        re(15, "10:00", kenzie, crFowey, "£40 a visit, usually two visits. I'll DM you the address details.");
        Post ivSquare = say(16, "08:00", mgRoom, ivor, "Anyone got spare Talpas? I've lost four to a badger.");
        Post eaSquare = re(16, "08:20", eamon, ivSquare, "I've got six spare, come by the yard.");
        re(16, "08:30", ivor, eaSquare, "Legend.");
        Post gwFixture = say(17, "14:00", mgLawns, gwendolyn, "Square's clear for the first fixture on Saturday. Thanks "
                + "everyone, especially @Kenzie Marlow.");
        re(17, "14:20", kenzie, gwFixture, "Good luck Saturday!");
        Post keDone = say(18, "16:00", mgLawns, kenzie, "@Cressida Wynne first visit done, two caught.");
        re(18, "16:20", cressida, keDone, "Amazing, see you Monday.");
        Post eaEaster = say(19, "08:00", mgRoom, eamon, "Easter weekend. Don't forget to check traps daily, even on "
                + "bank holidays.");
        re(19, "08:20", rosamund, eaEaster, "Always.");
        Post pePaid = say(20, "09:00", mgLawns, percival, "Nine caught in the silage ground. Thanks Ivor and Rosamund.");
        re(20, "09:20", ivor, pePaid, "Great work for a first go.");
    }

    private void residents() {
        // W13
        Post maCouncil = say(1, "09:00", hlRats, marguerite, "Council says the sewer behind blocks C and D collapsed in "
                + "February and that's where the rats are coming from. Repair starts Monday the 4th.");
        Post toCouncil = re(1, "09:30", tobias, maCouncil, "Finally an answer. Did they say how long?");
        re(1, "09:40", marguerite, toCouncil, "Three weeks, weather permitting.");
        Post zaBins = say(1, "18:00", hlRats, zainab, "Saw two by the bin store again tonight. The lids on the big bins "
                + "don't close.");
        Post alBins = re(1, "18:20", alfie, zaBins, "The hinges are bent on the recycling one. I'll report it.");
        re(1, "18:30", zainab, alBins, "Thanks Alfie.");
        Post wiFeed = say(2, "10:00", hlGeneral, winifred, "Is it the bird feeders making it worse? I've had mine up "
                + "for years.");
        Post toFeed = re(2, "10:30", tobias, wiFeed, "The seed on the ground won't help. A tray under the feeder "
                + "catches most of it.");
        Post wiFeed2 = re(2, "10:45", winifred, toFeed, "Oh that's a good idea, my son can make one.");
        re(2, "11:00", tobias, wiFeed2, "Mine's an old oven tray, works fine.");
        Post alReport = say(3, "12:00", hlRats, alfie, "Reported the bin hinges, ref HL-4471. They say a week.");
        re(3, "12:20", marguerite, alReport, "Thank you, I'll chase at the meeting.");
        Post maMeeting = say(4, "19:00", hlGeneral, marguerite, "Residents' meeting Thursday 7pm in the community room. "
                + "The council's pest officer is coming.");
        Post zaMeeting = re(4, "19:30", zainab, maMeeting, "Can I bring my neighbour? She doesn't use Discord.");
        re(4, "19:40", marguerite, zaMeeting, "Of course, everyone's welcome.");
        Post toNotes = say(7, "10:00", hlGeneral, tobias, "Notes from the meeting: council will bait the sewer line, "
                + "not the gardens. Keep pets away from the blue boxes by block D. Don't feed the foxes.");
        re(7, "10:20", winifred, toNotes, "Thank you for writing it up.");
        re(7, "10:30", alfie, toNotes, "Useful, cheers.");
        // W14
        Post alDig = say(8, "08:00", hlRats, alfie, "Diggers arrived behind block C.");
        Post zaDig = re(8, "08:30", zainab, alDig, "Will the rats scatter when they dig?");
        Post maDig = re(8, "09:00", marguerite, zaDig, "The officer said some might for a few days. Keep doors shut and "
                + "food off the floor.");
        re(8, "09:10", zainab, maDig, "Ok, thanks.");
        Post wiKitchen = say(9, "20:00", hlRats, winifred, "I think one's in my kitchen. I heard gnawing behind the "
                + "cooker. I'm 82 and can't move it, what do I do?");
        Post toKitchen = re(9, "20:15", tobias, wiKitchen, "I'll pop round at 9 tomorrow and pull the cooker out with "
                + "you. Don't worry.");
        re(9, "20:20", winifred, toKitchen, "Oh bless you Tobias.");
        Post toFound = say(10, "10:00", hlRats, tobias, "Found a gap round Winifred's gas pipe behind the cooker. "
                + "Stuffed it with wire wool for now and told the council.");
        Post maFound = re(10, "10:30", marguerite, toFound, "Well done. I'll ask if they'll fill it properly.");
        re(10, "10:40", tobias, maFound, "Please.");
        Post zaKids = say(11, "16:00", hlGeneral, zainab, "Kids are asking if the play park is safe. Anyone know?");
        Post alKids = re(11, "16:30", alfie, zaKids, "Council checked it Monday, no bait boxes in there. It's fine.");
        re(11, "16:40", zainab, alKids, "Thank you, that settles them.");
        Post maPipe = say(12, "11:00", hlRats, marguerite, "@Winifred Coe council will seal the gas pipe gap on "
                + "Wednesday morning.");
        re(12, "11:30", winifred, maPipe, "Thank you dear.");
        Post alFox = say(13, "21:00", hlRats, alfie, "Fox caught a rat by the garages tonight. Nature doing its bit.");
        re(13, "21:10", tobias, alFox, "Ha, good fox.");
        // W15
        joins(16, "10:00", hlGeneral, stellan);
        Post stNew = say(16, "10:10", hlGeneral, stellan, "Hi, just moved into block B. The estate agent mentioned "
                + "rats. Should I be worried?");
        Post maNew = re(16, "10:30", marguerite, stNew, "Welcome Stellan! It's getting better, the sewer repair is "
                + "nearly done. Rat sightings are in #rat-watch, and we meet first Thursdays.");
        re(16, "10:40", stellan, maNew, "Thanks, that's reassuring.");
        Post zaDone = say(17, "09:00", hlRats, zainab, "No sightings at the bin store for four nights. New lids "
                + "work.");
        re(17, "09:20", alfie, zaDone, "Same this end.");
        Post wiSealed = say(17, "15:00", hlGeneral, winifred, "Council sealed my pipe and it's quiet now. Thank you "
                + "Tobias for coming round, and Marguerite for chasing.");
        re(17, "15:20", tobias, wiSealed, "Any time.");
        Post stBins = say(18, "18:00", hlRats, stellan, "Which bin store does block B use? Ours has no lid at all.");
        Post zaStellan = re(18, "18:20", zainab, stBins, "The one behind D. The B store's lid is on order, it's in the "
                + "meeting notes.");
        re(18, "18:30", stellan, zaStellan, "Thanks Zainab.");
        Post maEaster = say(19, "09:00", hlGeneral, marguerite, "Easter egg hunt on the green Sunday at 11, bring "
                + "the kids.");
        re(19, "09:30", zainab, maEaster, "We'll be there.");
        Post toSewer = say(20, "12:00", hlRats, tobias, "Sewer trench filled in today. Fingers crossed.");
        re(20, "12:20", marguerite, toSewer, "Fingers crossed indeed.");
        Post wiTray = say(21, "10:00", hlGeneral, winifred, "My son made the feeder tray. No seed on the lawn now.");
        re(21, "10:20", tobias, wiTray, "Perfect, the robins will still find it.");
        Post stHunt = say(21, "13:00", hlGeneral, stellan, "Thanks for the egg hunt, lovely way to meet people.");
        re(21, "13:10", marguerite, stHunt, "So glad you came!");
    }

    private void proofers() {
        // W13
        Post haMesh = say(1, "08:30", ppRoom, harriet, "Which mesh are people using on air bricks now? The 6mm galvanised "
                + "keeps rusting near the sea.");
        Post loMesh = re(1, "08:50", lorcan, haMesh, "Stainless, 5mm. Dearer but it lasts.");
        re(1, "09:00", harriet, loMesh, "Thought so. Thanks.");
        Post yuPigeon = say(2, "17:00", ppAsk, yusuf, "Pigeons nesting under our solar panels, the noise is constant. "
                + "Can that be proofed without taking the panels off?");
        Post auPigeon = re(2, "17:40", augustin, yuPigeon, "Yes, a mesh skirt clipped round the panel edge. No drilling, "
                + "doesn't touch the panel warranty. Clear any nests first, if there are no eggs.");
        Post yuPigeon2 = re(2, "18:00", yusuf, auPigeon, "How do I know if there are eggs without going up?");
        Post haPigeon = re(2, "18:30", harriet, yuPigeon2, "You can't really. If birds fly in and out with food, there "
                + "are young. Wait till they fledge, it's the law.");
        re(2, "18:40", yusuf, haPigeon, "Ah ok, thank you both.");
        Post loJob = say(3, "10:00", ppJobs, lorcan, "Space in late April for rodent proofing, Truro and around.");
        re(3, "10:30", harriet, loJob, "Might send you one, I'm full.");
        Post phMice = say(4, "12:00", ppAsk, philippa, "I own a deli on Lemon Street. Mice are getting in under the back "
                + "door, I can see the gap. What fixes that?");
        Post haMice = re(4, "12:30", harriet, phMice, "A brush strip won't stop them, they chew through. You want a "
                + "steel kick plate and a rodent-proof threshold. A 6mm gap is enough for a mouse.");
        Post phMice2 = re(4, "12:50", philippa, haMice, "6mm! Ours is way more. Is it a DIY job?");
        re(4, "13:10", harriet, phMice2, "If you're handy, yes. Screw the plate to the bottom of the door, it's the "
                + "threshold that's fiddly.");
        Post auVent = say(5, "09:00", ppRoom, augustin, "Anyone found a way to proof a cavity vent that's behind a "
                + "downpipe?");
        Post haVent = re(5, "09:20", harriet, auVent, "Take the pipe off for ten minutes, it's quicker than fighting it.");
        re(5, "09:30", augustin, haVent, "Fair point.");
        // W14: Augustin posts his week to the room; Casimir pitches Philippa by DM
        joins(8, "09:00", ppRoom, casimir);
        Post caHello = say(8, "09:10", ppRoom, casimir, "Hi, Casimir, just set up doing proofing in Falmouth after ten "
                + "years in roofing.");
        re(8, "09:30", lorcan, caHello, "Welcome. Plenty of work about.");
        say(8, "12:00", ppRoom, augustin, "I started the big Chapel Street job today. My van is full of mesh, I think I "
                + "ordered too much.");
        say(8, "17:00", ppRoom, augustin, "Day one done. I got the whole rear elevation meshed, my back is killing me.");
        say(9, "12:00", ppRoom, augustin, "My new cherry picker is in. I hired it for the week, my best decision this "
                + "month.");
        say(9, "17:00", ppRoom, augustin, "I finished the gable end. I reckon I'm ahead of my schedule now.");
        say(10, "09:00", ppAsk, philippa, "Fitted the kick plate! Threshold next weekend. Thanks again Harriet.");
        say(10, "12:00", ppRoom, augustin, "My customer on Chapel Street just brought me tea and cake. I love my job.");
        say(10, "17:00", ppRoom, augustin, "I did the spikes on the ridge today, my fourth ridge this year.");
        Post caPitch = say(10, "19:00", ppDm, casimir, "Hi Philippa, saw your deli post in Proof Positive. I do "
                + "rodent-proof thresholds, fitted for £180 this week only. I can come Thursday, just say yes!");
        re(11, "09:00", philippa, caPitch, "Thanks, but Harriet already talked me through it and I'm doing it myself.");
        say(11, "12:00", ppRoom, augustin, "My photos of the Chapel Street job are on my page now. I'm proud of my work "
                + "on this one.");
        say(11, "17:00", ppRoom, augustin, "I had a pigeon fly into my van today. My van smells of pigeon now.");
        say(12, "12:00", ppRoom, augustin, "I'm on the last side. My scaffolder let me down so I used my ladders.");
        say(12, "17:00", ppRoom, augustin, "I finished Chapel Street! My biggest job of the year done and I'm "
                + "shattered.");
        Post haWell = say(12, "18:00", ppRoom, harriet, "Well done on Chapel Street Augustin.");
        Post yuFledged = say(13, "10:00", ppAsk, yusuf, "Babies fledged and left. Can someone come and fit the skirt? "
                + "I'm in Penryn.");
        Post loFledged = re(13, "10:30", lorcan, yuFledged, "I can do Tuesday 19th, I'm in Penryn that morning. "
                + "Panels are on the south roof?");
        re(13, "10:45", yusuf, loFledged, "Yes, south. Tuesday's great.");
        // W15: Augustin talks with people again
        Post auThanks = re(15, "08:00", augustin, haWell, "Thanks Harriet. How did your school job go in the end?");
        Post haSchool = re(15, "08:20", harriet, auThanks, "Good, they want the whole kitchen block proofed now.");
        re(15, "08:30", augustin, haSchool, "Brilliant, you deserve it.");
        Post phDone = say(16, "17:00", ppAsk, philippa, "Threshold fitted, no droppings for three days. You lot are "
                + "the best.");
        re(16, "17:20", harriet, phDone, "Great result!");
        Post auYusuf = say(16, "18:00", ppAsk, augustin, "@Yusuf Okonedo tip for when Lorcan comes: get your panel "
                + "installer's details ready, the warranty people sometimes ask.");
        re(16, "18:20", yusuf, auYusuf, "Good to know, thanks.");
        Post caQ = say(17, "09:00", ppRoom, casimir, "Question for the experienced lot: what do you charge for a "
                + "pigeon skirt on a 12-panel array?");
        Post loQ = re(17, "09:20", lorcan, caQ, "Around £400 to £500 with access.");
        re(17, "09:30", casimir, loQ, "Thanks, I was going to under-price it.");
        Post loPenryn = say(19, "17:00", ppJobs, lorcan, "Penryn solar job booked Tuesday, so I'm full that week now.");
        re(19, "17:20", augustin, loPenryn, "Busy man!");
        Post haBat = say(20, "10:00", ppRoom, harriet, "Found bats in a loft I was meant to proof. Job's on hold for "
                + "a bat survey. Anyone else had that?");
        Post loBat = re(20, "10:20", lorcan, haBat, "Twice. Ring the bat line, they're quick. Don't touch a thing.");
        re(20, "10:30", harriet, loBat, "Will do, thanks.");
    }

    private void supplier() {
        // W13
        say(1, "08:00", slNew, jocasta, "New in: the Kestrel fly unit with LED tubes, made for food premises: "
                + "https://sorrellane.example/kestrel");
        Post feOrder = say(1, "10:00", slOrders, fergus, "Morning, is there a delivery date on order 5512? The gel "
                + "bait, I'm down to my last tubes.");
        Post dmOrder = re(1, "10:20", dmitri, feOrder, "Morning Fergus, it left the warehouse at 9, you'll have it "
                + "tomorrow by noon.");
        re(1, "10:30", fergus, dmOrder, "Great, thanks Dmitri.");
        Post otLabel = say(2, "14:00", slOrders, ottilie, "The new glue boards have no batch number on the box. My "
                + "auditor wants it for the file.");
        Post dmLabel = re(2, "14:30", dmitri, otLabel, "Good catch. It's printed on the inner sleeve. I'll ask the "
                + "factory to put it on the box too.");
        re(2, "14:40", ottilie, dmLabel, "Found it, thanks.");
        joins(3, "09:00", slGeneral, lowri);
        Post loHello = say(3, "09:10", slGeneral, lowri, "Hi all, Lowri, I've just passed my RSPH level 2 and set up "
                + "on my own. What do people stock in the van to start?");
        Post feHello = re(3, "09:40", fergus, loHello, "Congrats! Two bait types, snap traps, a sprayer and PPE. "
                + "Don't buy everything at once.");
        Post brHello = re(3, "10:00", bronagh, loHello, "Welcome Lowri! Fergus is right. Our starter guide is free: "
                + "https://sorrellane.example/starter");
        re(3, "10:20", lowri, brHello, "Thanks both!");
        Post raFly = say(4, "11:00", slOrders, rasmus, "Does the Kestrel unit fit a standard 13A socket or does it "
                + "need wiring in?");
        Post joFly = re(4, "11:30", jocasta, raFly, "Standard plug, Rasmus. Wall bracket in the box.");
        re(4, "11:40", rasmus, joFly, "Perfect, I'll order two for the hotel kitchen.");
        Post feRat = say(5, "16:00", slGeneral, fergus, "Anyone else seeing bait shyness in town rats this spring?");
        Post otRat = re(5, "16:30", ottilie, feRat, "Yes, I've switched to a wax block with a different base. "
                + "Helped.");
        re(5, "16:40", fergus, otRat, "Will try that.");
        // W14: Bronagh chases newcomers while Fergus's question to her waits
        joins(8, "09:00", slGeneral, edgar);
        Post edHello = say(8, "09:10", slGeneral, edgar, "Hello, Edgar, groundsman at a golf club, we do our own "
                + "moles and rabbits.");
        re(8, "09:30", bronagh, edHello, "Welcome Edgar! Our golf starter kit is £89, 10% off for you this week, "
                + "just DM me.");
        Post feInvoice = say(8, "11:00", slOrders, fergus, "@Bronagh Ellery you quoted me trade price on 20 bait "
                + "stations last month, but the invoice has them at retail. Can you sort it before I pay Friday?");
        Post loPrice = say(9, "10:00", slGeneral, lowri, "What's the trade price on the snap traps? Buying my first "
                + "batch.");
        Post brPrice = re(9, "10:20", bronagh, loPrice, "£3.20 each or £2.80 on a box of 50, Lowri. I can set up your "
                + "trade account today.");
        re(9, "10:40", lowri, brPrice, "Yes please.");
        Post brEdgar = say(10, "11:00", slGeneral, bronagh, "@Edgar Sowerby did you get a chance to look at the golf "
                + "kit? Happy to do a video call and show you the traps.");
        re(10, "12:00", edgar, brEdgar, "Not yet, busy week on the course.");
        Post brLowri = say(11, "09:00", slGeneral, bronagh, "@Lowri Kinsella trade account's live, any questions "
                + "just shout. How's the first week going?");
        Post loWeek = re(11, "09:30", lowri, brLowri, "Busy! Three mice jobs already.");
        re(11, "09:40", bronagh, loWeek, "Amazing start.");
        say(11, "12:00", slNew, jocasta, "Easter hours: closed Good Friday and Easter Monday, orders by Thursday noon "
                + "ship before the weekend.");
        Post feNudge = say(12, "08:00", slOrders, fergus, "Still need an answer on that invoice, paying today.");
        Post dmNudge = re(12, "09:00", dmitri, feNudge, "Fergus, Bronagh quoted that, I don't want to change it "
                + "without her. I'll chase her.");
        re(12, "09:10", fergus, dmNudge, "Ok.");
        Post otBulk = say(12, "14:00", slOrders, ottilie, "Do you do a bulk price on PPE? I'm kitting out a new lad.");
        Post dmBulk = re(12, "14:20", dmitri, otBulk, "10% off over £200, Ottilie. I'll add it to your basket.");
        re(12, "14:30", ottilie, dmBulk, "Lovely.");
        Post brEdgar2 = say(13, "10:00", slGeneral, bronagh, "@Edgar Sowerby we also do mole traps, the Talpa pack is "
                + "£35. Let me know!");
        re(13, "15:00", edgar, brEdgar2, "Thanks, I'll think about it.");
        // W15
        Post brFergus = re(15, "09:00", bronagh, feInvoice, "Fergus, I'm really sorry, I should have answered last "
                + "week. You're right, credit note for the difference is in your inbox.");
        re(15, "09:20", fergus, brFergus, "Thanks Bronagh, all good.");
        Post raSpare = say(16, "10:00", slOrders, rasmus, "Spare tubes for the Kestrel, how often do they need "
                + "changing?");
        Post joSpare = re(16, "10:30", jocasta, raSpare, "Once a year, before the summer. Tubes are in the accessories "
                + "page.");
        re(16, "10:40", rasmus, joSpare, "Thank you.");
        Post loFirst = say(17, "18:00", slGeneral, lowri, "First month: Fergus, your van tip saved me a fortune. "
                + "Thanks!");
        re(17, "18:20", fergus, loFirst, "Glad it helped. Shout if you get stuck.");
        Post otAudit = say(18, "11:00", slGeneral, ottilie, "Passed a BRC audit with the new boards' batch numbers on "
                + "file. Thanks Dmitri for sorting the boxes.");
        re(18, "11:20", dmitri, otAudit, "Great news!");
        Post edMoles = say(18, "14:00", slOrders, edgar, "Right, I'll take the Talpa pack. Do you deliver to Bude?");
        Post brMoles = re(18, "14:20", bronagh, edMoles, "We do, Edgar, two days. Order's in.");
        re(18, "14:30", edgar, brMoles, "Cheers.");
        Post feTip = say(20, "10:00", slGeneral, fergus, "Told my old boss about you lot, he'll be ordering.");
        re(20, "10:20", jocasta, feTip, "Thank you Fergus, that means a lot.");
        Post otEaster = say(21, "10:00", slGeneral, ottilie, "Anyone working Easter Sunday? Wasp nest at a pub.");
        re(21, "10:30", fergus, otEaster, "Me, a food factory. Good luck.");
    }

    private void kitchens() {
        // W13
        Post saVeg = say(1, "09:00", kpGeneral, salvatore, "Veg prices are through the roof this week. Anyone found a "
                + "wholesaler who isn't robbing us?");
        Post beVeg = re(1, "09:30", beatrix, saVeg, "I switched to the co-op at Pool market, about 15% cheaper on "
                + "roots.");
        re(1, "09:45", salvatore, beVeg, "Cheers, I'll go Thursday.");
        Post kwEho = say(2, "11:00", kpHygiene, kwame, "EHO came unannounced yesterday. Kept my 5, but she asked to "
                + "see the pest contract and the last three visit reports. Worth having them in one folder.");
        Post imEho = re(2, "11:30", imelda, kwEho, "Good reminder. Mine are scattered across emails.");
        re(2, "11:40", kwame, imEho, "Print them, she wanted paper.");
        Post ngNew = say(3, "20:00", kpHygiene, ngozi, "Opening my takeaway in May, first business. Do I legally need "
                + "a pest control contract?");
        Post beNew = re(3, "20:30", beatrix, ngNew, "Not legally, but you must show you control pests, and a contract "
                + "is the easy way. Get three quotes and ask what a visit includes.");
        Post ngNew2 = re(3, "20:45", ngozi, beNew, "How often should visits be for a takeaway?");
        Post kwNew = re(3, "21:00", kwame, ngNew2, "Eight a year is normal for us. Plus callouts included.");
        re(3, "21:10", ngozi, kwNew, "Thank you both, that's a big help.");
        Post imStaff = say(4, "15:00", kpGeneral, imelda, "Lost my sous chef to a hotel. How are people finding "
                + "staff right now?");
        Post saStaff = re(4, "15:30", salvatore, imStaff, "Catering college placements. Took one on last year, she's "
                + "brilliant.");
        re(4, "15:40", imelda, saStaff, "I'll ring them.");
        Post beFlies = say(5, "10:00", kpHygiene, beatrix, "Fruit flies in the bar already. Is it the drains?");
        Post saFlies = re(5, "10:30", salvatore, beFlies, "Usually. Bio-enzyme down the bar drains weekly sorted "
                + "ours.");
        re(5, "10:40", beatrix, saFlies, "Trying that tonight.");
        // W14: a pest firm's rep joins, promotes and DMs Ngozi
        joins(9, "09:00", kpGeneral, thaddeus);
        say(9, "09:05", kpGeneral, thaddeus, "Hi all, Thaddeus from Kernow Pest Solutions. Restaurant contracts from "
                + "£39 a month: https://kernowpest.example");
        Post ngQuotes = say(9, "18:00", kpHygiene, ngozi, "Got two pest quotes. One says 8 visits at £55 a month, the "
                + "other 12 visits at £48. Which sounds better?");
        Post imQuotes = re(9, "18:30", imelda, ngQuotes, "12 visits for less is odd. Check if callouts are included "
                + "and how long a visit is.");
        re(9, "18:45", ngozi, imQuotes, "Good point, I'll ask.");
        Post thDm = say(10, "10:00", kpDm, thaddeus, "Hi Ngozi, saw you're opening a takeaway. I can beat both your "
                + "quotes, 12 visits for £39 a month. Shall I pop in Thursday and sign you up?");
        re(10, "16:00", ngozi, thDm, "Thanks, I'm still comparing, I'll let you know.");
        say(11, "10:00", kpHygiene, thaddeus, "Inspection coming up? Kernow Pest Solutions gives you the folder the "
                + "EHO wants, from £39: https://kernowpest.example");
        Post kwDeep = say(11, "14:00", kpGeneral, kwame, "Deep clean day. Who does your extraction cleaning?");
        Post beDeep = re(11, "14:30", beatrix, kwDeep, "Duct Doctors in Redruth, reliable and they send "
                + "certificates.");
        re(11, "14:40", kwame, beDeep, "Thanks.");
        Post saEaster = say(12, "09:00", kpGeneral, salvatore, "Anyone opening Easter Sunday? I'm torn.");
        Post imEaster = re(12, "09:30", imelda, saEaster, "Open for lunch, closed evening. Families book lunch.");
        re(12, "09:40", salvatore, imEaster, "That's what I'll do.");
        Post ngAnswer = say(13, "11:00", kpHygiene, ngozi, "The cheap one doesn't include callouts. Going with the 8 "
                + "visits. Thanks Imelda.");
        re(13, "11:20", imelda, ngAnswer, "Sensible.");
        // W15
        Post thAsk = say(15, "09:00", kpHygiene, thaddeus, "What do owners here look for when choosing a pest firm? "
                + "Honestly curious.");
        Post kwAsk = re(15, "09:30", kwame, thAsk, "Someone who turns up when they say, and reports I can read.");
        re(15, "09:40", thaddeus, kwAsk, "Fair. Thanks Kwame.");
        Post beRats = say(16, "20:00", kpHygiene, beatrix, "Rat seen in the yard behind the bins. Contractor's coming "
                + "tomorrow, anything I should do tonight?");
        Post saRats = re(16, "20:20", salvatore, beRats, "Lids on, nothing left out, note the time you saw it for the "
                + "log.");
        re(16, "20:30", beatrix, saRats, "Done, thanks.");
        Post ngOpen = say(17, "12:00", kpGeneral, ngozi, "Signed the lease and the pest contract. Opening 12 May!");
        re(17, "12:10", kwame, ngOpen, "Congrats! Come to the next meet-up.");
        re(17, "12:20", imelda, ngOpen, "Brilliant news.");
        Post imMeet = say(18, "10:00", kpGeneral, imelda, "Meet-up at mine after Easter, Tuesday 26th at 3, between "
                + "services.");
        re(18, "10:30", ngozi, imMeet, "I'll be there.");
        re(18, "10:40", salvatore, imMeet, "Count me in.");
        Post kwBH = say(20, "09:00", kpGeneral, kwame, "Bank holiday tomorrow. Who's short of staff? I've a kitchen "
                + "porter looking for shifts.");
        Post beBH = re(20, "09:20", beatrix, kwBH, "Me! Can he do Monday lunch?");
        re(20, "09:30", kwame, beBH, "I'll give him your number.");
        Post saCount = say(21, "22:00", kpGeneral, salvatore, "Easter Sunday lunch: 84 covers, best day this year.");
        re(21, "22:10", imelda, saCount, "Well done!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes127Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 127");
    }
}
