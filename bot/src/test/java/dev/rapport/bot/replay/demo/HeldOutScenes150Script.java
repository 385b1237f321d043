package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 150 (sealed): eight communities of reptiles, amphibians and exotic pets, of kinds no earlier round
 * used (crested and leopard gecko breeders, Morph Line, with a room where keepers ask and a hatchling list, a breeder
 * who answers a newcomer's first question with a discounted price and a breeder who spends a week tracing a
 * cryptosporidium outbreak through fellow breeders' show swaps while his own customer and a would-be buyer wait;
 * exotic-animal vets and vet nurses, Cold Blood Clinicians, with introductions, case discussion and a reading room, a
 * new graduate helped on three days who says only thanks and leaves a question, a vet away at a meeting who said so
 * and a vet who pushes his paid course with a code; bespoke vivarium builders, Oak &amp; Glass Viv Builders, with a
 * build-requests room and a showcase, a builder who scatters his gallery link and posts open slots, a builder who
 * answers without reply links, a builder who follows up a requested quote by DM with a deadline and a builder who
 * drops a sale link into the requests room; live-food insect farmers, Feeder Folk, with a room where keepers and shops
 * ask and a wholesale-offers room, a farmer who posts his farm's news and stock to nobody for a week, a farmer away
 * who said so and a farmer who answers a newcomer's "where do people get locusts" with her own tub and price; a
 * reptile rescue's volunteers, Second Chance Scales, where nobody sells, with a new volunteer who is helped and helps
 * back, a volunteer who leaves a pickup request five days and a fundraiser share asked of two rooms; an exotic pet
 * shop's own server, Basking Spot Exotics, with its Staff and Customers, two DMs, a customer who makes hides and
 * pitches a newcomer, and a staff member who leaves a customer's faulty-bulb question three days; a herp society's
 * survey and toad-patrol volunteers, Fenland Herp Group, where nobody sells, with a photographer's introduction and
 * her prints offered twice "half to the group", a rota link posted weekly and a member who answers others' news with
 * his own pond for a week; an exotic-pet sitting firm's own server, Scales &amp; Tails Sitters, with its Team and
 * Clients, a DM, a sitter who answers a client's weekend question 27 hours later and a newcomer who asks two rooms to
 * follow his python's page), over three ISO weeks (2035-W02 to W04), written and labelled by writer150 (session 67)
 * before any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-150.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes150Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2035, 1, 8);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2035, 1, 29, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-150";
    private static final int BASE = 118000;

    // --- A. gecko breeders ---
    private final String morph = cast.guild(1781);
    private final Channel mlBench = cast.channel(morph, "Morph Line", "breeders-bench",
            "gecko breeders among ourselves: genetics, incubation, pricing, the trade", "ml-breeders-bench.json");
    private final Channel mlAsk = cast.channel(morph, "Morph Line", "keepers-ask",
            "keepers ask about husbandry, health and buying; breeders reply", "ml-keepers-ask.json");
    private final Channel mlList = cast.channel(morph, "Morph Line", "hatchling-list",
            "breeders list geckos for sale: one post per animal, price and pics", "ml-hatchling-list.json");
    private final Persona marnie = cast.person("marnie.oldcastle", "Marnie Oldcastle");
    private final Persona desmond = cast.person("desmond.frayne", "Desmond Frayne");
    private final Persona priya = cast.person("priya.halloway", "Priya Halloway");
    private final Persona rhys = cast.person("rhys.tennant", "Rhys Tennant");
    private final Persona gwyneth = cast.person("gwyneth.sallis", "Gwyneth Sallis");
    private final Persona ambrose = cast.person("ambrose.kettley", "Ambrose Kettley");
    private final Persona tilda = cast.person("tilda.morrow", "Tilda Morrow");

    // --- B. exotic-animal vets and vet nurses ---
    private final String coldBlood = cast.guild(1782);
    private final Channel cbIntro = cast.channel(coldBlood, "Cold Blood Clinicians", "introductions",
            "new here? introduce yourself", "cb-introductions.json");
    private final Channel cbCases = cast.channel(coldBlood, "Cold Blood Clinicians", "case-discussion",
            "exotic-animal vets and nurses discuss cases (anonymised, please)", "cb-case-discussion.json");
    private final Channel cbReading = cast.channel(coldBlood, "Cold Blood Clinicians", "reading",
            "drop useful papers and links here", "cb-reading.json");
    private final Persona hal = cast.person("hal.brightman", "Hal Brightman");
    private final Persona fenna = cast.person("fenna.castle", "Fenna Castle");
    private final Persona jory = cast.person("jory.ashe", "Jory Ashe");
    private final Persona lucan = cast.person("lucan.mercer", "Lucan Mercer");
    private final Persona imelda = cast.person("imelda.strachan", "Imelda Strachan");
    private final Persona oona = cast.person("oona.pryce", "Oona Pryce");
    private final Persona selwyn = cast.person("selwyn.marsh", "Selwyn Marsh");

    // --- C. bespoke vivarium builders ---
    private final String oak = cast.guild(1783);
    private final Channel ogWorkshop = cast.channel(oak, "Oak & Glass Viv Builders", "workshop",
            "builders among ourselves: timber, glass, sealing, pricing, the trade", "og-workshop.json");
    private final Channel ogRequests = cast.channel(oak, "Oak & Glass Viv Builders", "build-requests",
            "keepers ask about custom enclosures; builders reply", "og-build-requests.json");
    private final Channel ogShowcase = cast.channel(oak, "Oak & Glass Viv Builders", "showcase",
            "show finished builds", "og-showcase.json");
    private final Persona osian = cast.person("osian.varley", "Osian Varley");
    private final Persona clemency = cast.person("clemency.rudd", "Clemency Rudd");
    private final Persona barnaby = cast.person("barnaby.quint", "Barnaby Quint");
    private final Persona saffron = cast.person("saffron.leigh", "Saffron Leigh");
    private final Persona hugo = cast.person("hugo.penhallow", "Hugo Penhallow");
    private final Persona ines = cast.person("ines.carbery", "Ines Carbery");
    private final Persona ned = cast.person("ned.fulbright", "Ned Fulbright");
    private final Channel ogDmNed = cast.dm(ned, "og-dm-ned-fulbright.json");

    // --- D. live-food insect farmers ---
    private final String feeder = cast.guild(1784);
    private final Channel ffFarm = cast.channel(feeder, "Feeder Folk", "the-farm",
            "live-food farmers among ourselves: colonies, temperatures, couriers, the trade", "ff-the-farm.json");
    private final Channel ffOrders = cast.channel(feeder, "Feeder Folk", "keeper-orders",
            "keepers and pet shops ask about live food; farmers reply", "ff-keeper-orders.json");
    private final Channel ffOffers = cast.channel(feeder, "Feeder Folk", "wholesale-offers",
            "farmers post stock, price lists and trade offers", "ff-wholesale-offers.json");
    private final Persona wendell = cast.person("wendell.crabtree", "Wendell Crabtree");
    private final Persona morwenna = cast.person("morwenna.hale", "Morwenna Hale");
    private final Persona jasper = cast.person("jasper.okonedo", "Jasper Okonedo");
    private final Persona lettice = cast.person("lettice.fairweather", "Lettice Fairweather");
    private final Persona caspian = cast.person("caspian.rowe", "Caspian Rowe");
    private final Persona delia = cast.person("delia.ormsby", "Delia Ormsby");
    private final Persona felix = cast.person("felix.adeyemi", "Felix Adeyemi");

    // --- E. reptile rescue volunteers ---
    private final String rescue = cast.guild(1785);
    private final Channel scVolunteers = cast.channel(rescue, "Second Chance Scales", "volunteers",
            "volunteer chat: pickups, transport, care", "sc-volunteers.json");
    private final Channel scIntake = cast.channel(rescue, "Second Chance Scales", "intake",
            "animals coming in: species, condition, where they're housed", "sc-intake.json");
    private final Channel scRehoming = cast.channel(rescue, "Second Chance Scales", "rehoming-questions",
            "thinking of adopting? ask here; volunteers answer", "sc-rehoming-questions.json");
    private final Channel scRota = cast.channel(rescue, "Second Chance Scales", "rota",
            "volunteer shifts: cleaning, feeding, transport", "sc-rota.json");
    private final Persona agnes = cast.person("agnes.whitlock", "Agnes Whitlock");
    private final Persona corin = cast.person("corin.blaise", "Corin Blaise");
    private final Persona elowen = cast.person("elowen.dray", "Elowen Dray");
    private final Persona tobiah = cast.person("tobiah.reese", "Tobiah Reese");
    private final Persona myfanwy = cast.person("myfanwy.cole", "Myfanwy Cole");
    private final Persona sorcha = cast.person("sorcha.lyle", "Sorcha Lyle");

    // --- F. an exotic pet shop's own server ---
    private final String basking = cast.guild(1786);
    private final Role bsStaff = cast.role("Staff", "#2e8b57", 2);
    private final Role bsCustomer = cast.role("Customer", "#c8a24a", 1);
    private final Channel bsNews = cast.channel(basking, "Basking Spot Exotics", "shop-news",
            "news from the shop: stock, opening hours, events", "bs-shop-news.json");
    private final Channel bsAsk = cast.channel(basking, "Basking Spot Exotics", "ask-the-shop",
            "customers ask about kit, care and stock; staff answer", "bs-ask-the-shop.json");
    private final Channel bsChat = cast.channel(basking, "Basking Spot Exotics", "keepers-chat",
            "customers chat about their animals", "bs-keepers-chat.json");
    private final Persona kit = cast.person("kit.marchbank", "Kit Marchbank", bsStaff);
    private final Persona yolanda = cast.person("yolanda.ferris", "Yolanda Ferris", bsStaff);
    private final Persona devlin = cast.person("devlin.shaw", "Devlin Shaw", bsStaff);
    private final Persona perpetua = cast.person("perpetua.gale", "Perpetua Gale", bsCustomer);
    private final Persona lionel = cast.person("lionel.drake", "Lionel Drake", bsCustomer);
    private final Persona harriet = cast.person("harriet.voss", "Harriet Voss", bsCustomer);
    private final Persona quentin = cast.person("quentin.ashby", "Quentin Ashby", bsCustomer);
    private final Persona beatrix = cast.person("beatrix.lomax", "Beatrix Lomax");
    private final Channel bsDmPerpetua = cast.dm(perpetua, "bs-dm-perpetua-gale.json");
    private final Channel bsDmQuentin = cast.dm(quentin, "bs-dm-quentin-ashby.json");

    // --- G. herp society survey and toad-patrol volunteers ---
    private final String fenland = cast.guild(1787);
    private final Channel fhIntro = cast.channel(fenland, "Fenland Herp Group", "introductions",
            "new here? introduce yourself", "fh-introductions.json");
    private final Channel fhGeneral = cast.channel(fenland, "Fenland Herp Group", "general",
            "sightings, surveys, ponds and chat", "fh-general.json");
    private final Channel fhRota = cast.channel(fenland, "Fenland Herp Group", "toad-patrol-rota",
            "volunteer shifts for the spring toad crossings", "fh-toad-patrol-rota.json");
    private final Persona gideon = cast.person("gideon.fane", "Gideon Fane");
    private final Persona ottilie = cast.person("ottilie.barnes", "Ottilie Barnes");
    private final Persona percy = cast.person("percy.latimer", "Percy Latimer");
    private final Persona ruairi = cast.person("ruairi.platt", "Ruairi Platt");
    private final Persona winifred = cast.person("winifred.abbot", "Winifred Abbot");
    private final Persona lalita = cast.person("lalita.nair", "Lalita Nair");

    // --- H. an exotic-pet sitting firm's own server ---
    private final String sitters = cast.guild(1788);
    private final Role stTeam = cast.role("Team", "#6a5acd", 2);
    private final Role stClient = cast.role("Client", "#d2691e", 1);
    private final Channel stNews = cast.channel(sitters, "Scales & Tails Sitters", "news",
            "news from Scales & Tails", "st-news.json");
    private final Channel stBookings = cast.channel(sitters, "Scales & Tails Sitters", "bookings-and-questions",
            "clients ask about sits and care; the team answers", "st-bookings-and-questions.json");
    private final Channel stPics = cast.channel(sitters, "Scales & Tails Sitters", "pet-pics",
            "clients share their animals", "st-pet-pics.json");
    private final Persona hollis = cast.person("hollis.grant", "Hollis Grant", stTeam);
    private final Persona juniper = cast.person("juniper.rafe", "Juniper Rafe", stTeam);
    private final Persona amos = cast.person("amos.tew", "Amos Tew", stTeam);
    private final Persona margot = cast.person("margot.fell", "Margot Fell", stClient);
    private final Persona ezra = cast.person("ezra.quill", "Ezra Quill", stClient);
    private final Persona nell = cast.person("nell.harker", "Nell Harker", stClient);
    private final Persona rupert = cast.person("rupert.vance", "Rupert Vance");
    private final Channel stDmNell = cast.dm(nell, "st-dm-nell-harker.json");

    HeldOutScenes150Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        morphLine();
        coldBlood();
        oakAndGlass();
        feederFolk();
        secondChance();
        baskingSpot();
        fenlandHerps();
        scalesAndTails();
    }

    /**
     * A. Morph Line: Marnie helps Gwyneth (her customer) with a dropped tail (day 1); Priya answers Gwyneth's request
     * for a care sheet with her own (day 3); Desmond and Rhys list animals in #hatchling-list (days 2, 4). On day 5
     * Desmond hears of cryptosporidium from the December show; days 8-14 all his messages are with Priya, Rhys and
     * Marnie tracing show swaps and tests, while Ambrose (bought a leopard gecko from him in December) asks him on day 9
     * and chases on day 11, and Tilda asks him for a pair on day 10; he answers both on day 15 with apologies. Tilda
     * joins on day 8; Rhys answers her first question with a discounted price and "DM me"; Marnie answers her and
     * Ambrose in W03. On day 17 Gwyneth says she sent her niece to Marnie.
     */
    private void morphLine() {
        Post ma1 = say(1, "09:10", mlBench, marnie, "Morning all. First clutch of the year candled last night, 6 of 7 "
                + "fertile. Incubator's holding 22.5 nicely.");
        re(1, "09:30", priya, ma1, "Good start! Mine don't usually get going till Feb.");
        Post deMa = re(1, "10:05", desmond, ma1, "Which incubator are you running these days?");
        re(1, "10:20", marnie, deMa, "Still the old wine cooler conversion. Ugly but steady.");
        Post gw1 = say(1, "14:00", mlAsk, gwyneth, "@Marnie Oldcastle Biscuit (the harlequin I got from you in the "
                + "autumn) has dropped her tail overnight?? no idea what spooked her. Is she ok?");
        Post maGw = re(1, "14:25", marnie, gw1, "Oh no, poor Biscuit. Cresties don't regrow them but she'll be "
                + "absolutely fine. Paper towel instead of soil for a few days so the wound stays clean. Plenty of "
                + "frogbutts about, she'll still be gorgeous.");
        re(1, "14:40", gwyneth, maGw, "Phew. Paper towel going in now, thank you!");
        say(2, "11:00", mlList, desmond, "Tremper albino het eclipse, female, 2024 hatch, eating well. £140 "
                + "collected, pics on request.");
        Post am1 = say(2, "19:00", mlAsk, ambrose, "anyone know if leos need UVB? conflicting answers everywhere");
        Post deAm = re(2, "19:20", desmond, am1, "They don't strictly need it but low-level UVB (a 6% T5 over a third "
                + "of the tank) does them good. They bask at dusk if it's there, I've watched mine do it.");
        re(2, "19:35", ambrose, deAm, "Cheers Desmond, will order one.");
        Post gw2 = say(3, "10:00", mlAsk, gwyneth, "Is there a crested gecko care sheet anyone actually trusts? "
                + "Lending Biscuit's old tank to my niece for her first one.");
        Post prGw = re(3, "10:30", priya, gw2, "This is the one I give my buyers, anyone's welcome to use it: "
                + "hallowaygeckos.example/care-sheet. Temps, humidity, diet, the lot.");
        re(3, "10:50", gwyneth, prGw, "Perfect, sending it to her now.");
        Post rh1 = say(3, "16:00", mlBench, rhys, "Pricing question for the experienced lot: what are people asking "
                + "for lilly whites this year? Feels like the market's dropped.");
        Post maRh = re(3, "16:20", marnie, rh1, "Dropped a bit. Decent lillies £160-220 depending on structure.");
        re(3, "16:35", desmond, rh1, "Don't undercut to shift them, it drags everyone down and buyers start "
                + "haggling.");
        re(3, "16:50", rhys, maRh, "Cheers both, that's roughly where I was.");
        say(4, "09:00", mlList, rhys, "Lilly white male, 8g, great crests. £180 + courier. Photos in thread.");
        Post de1 = say(5, "20:00", mlBench, desmond, "Heads up: a breeder I swapped with at the Doncaster show in "
                + "December has crypto confirmed in two leos. Anyone else take animals from there?");
        re(5, "20:15", priya, de1, "Oh god. I bought a pair of gargs off a table there, not leos though.");
        re(5, "20:30", marnie, de1, "Not me. That's grim, hope yours are clear.");
        say(6, "12:00", mlAsk, ambrose, "update: UVB in, she sits under it like a sunbather 😄").react("😄", desmond);
        Post pr1 = say(7, "10:00", mlBench, priya, "Anyone tried Pangea vs Repashy lately? My lot have gone off "
                + "Repashy.");
        re(7, "10:10", rhys, pr1, "Pangea fig & insect, mine hoover it.");
        // W03
        joins(8, "09:00", mlAsk, tilda);
        Post ti1 = say(8, "09:15", mlAsk, tilda, "Hi all, thinking about getting my first crested gecko in the "
                + "spring. What should I look for in a breeder? Don't want to get it wrong.");
        re(8, "09:40", rhys, ti1, "I've got a lilly white male available, £180 but could do £160 for you, DM me");
        Post maTi = re(8, "10:10", marnie, ti1, "Welcome Tilda! Look for someone who tells you the hatch date, weight "
                + "and what it's eating, sends recent photos, and answers questions after the sale. Anyone who won't, "
                + "walk away. No rush either, spring's a good time.");
        re(8, "10:30", tilda, maTi, "That's really helpful, thank you. Noting all that down.");
        Post de2 = say(8, "11:00", mlBench, desmond, "Right, the crypto. I want to map every animal that went between "
                + "tables at Doncaster. If you swapped or bought there, post what and from whom and I'll keep one "
                + "sheet.");
        Post prDe = re(8, "11:20", priya, de2, "Pair of gargoyles, from the table by the door, the Leeds lot.");
        re(8, "11:35", desmond, prDe, "Thanks. The Leeds lot are the ones who tested positive, so please get your "
                + "two tested. Separate rack, separate tongs.");
        Post rhDe = re(8, "12:00", rhys, de2, "I bought a leo there too actually. Male, from the Leeds lot as well.");
        re(8, "12:10", desmond, rhDe, "Then test him first, and keep him away from your females till you know.");
        Post am2 = say(9, "09:00", mlAsk, ambrose, "@Desmond Frayne the leo I bought from you in December hasn't "
                + "eaten in ten days. Should I be worried? She's pooing less too.");
        Post de3 = say(9, "10:00", mlBench, desmond, "Sheet has four breeders and eleven animals now. The vets I've "
                + "asked all say faecal PCR is the only test worth paying for.");
        Post maDe = re(9, "10:30", marnie, de3, "Which lab are people using for the PCR?");
        re(9, "10:45", desmond, maDe, "Exotic Lab Services in Bristol, £38 a sample, results in five days.");
        Post ti2 = say(10, "08:30", mlAsk, tilda, "@Desmond Frayne do you ever have leopard gecko pairs? My partner "
                + "has gone off cresties and wants a leo now 😂");
        Post pr2 = say(10, "12:00", mlBench, priya, "Samples posted for my gargs.");
        re(10, "12:20", desmond, pr2, "Good. Let me know the second they're back.");
        Post am3 = re(11, "09:00", ambrose, am2, "@Desmond Frayne still not eating, any ideas? getting a bit worried "
                + "now");
        Post maAm = re(11, "09:40", marnie, am3, "Not Desmond, but: check her warm side is 30-32 on the floor, and "
                + "weigh her. Leos often slow down in winter, but if she's losing weight get her to a vet.");
        re(11, "10:00", ambrose, maAm, "Warm side's 29. Will weigh her tonight, thank you Marnie.");
        Post rh2 = say(11, "14:00", mlBench, rhys, "My male's PCR came back negative 🙏");
        re(11, "14:10", desmond, rh2, "Brilliant. One down.");
        Post de4 = say(12, "19:00", mlBench, desmond, "The Leeds lot have now told everyone they sold to. Proper of "
                + "them. I'll keep the sheet going till every result's in.");
        Post maDe2 = re(12, "19:15", marnie, de4, "Thanks for doing this Des.");
        re(12, "19:20", desmond, maDe2, "Least I could do, it came through me.");
        Post pr3 = say(13, "11:00", mlBench, priya, "Gargs negative too!");
        re(13, "11:20", desmond, pr3, "Brilliant. That's everyone on the sheet bar one.");
        say(14, "10:00", mlBench, desmond, "Last result's in, negative. Nobody else affected. Thanks all for being "
                + "so quick about it.").react("❤️", marnie).react("🙏", priya).react("👍", rhys);
        // W04
        Post deAm2 = re(15, "08:30", desmond, am3, "@Ambrose Kettley I'm so sorry, I was buried in a disease trace "
                + "all week and missed this. 29 is a touch low, get it to 31 and weigh her twice a week. If she's lost "
                + "more than 10% it's a vet visit. How is she now?");
        Post deTi = re(15, "08:40", desmond, ti2, "Sorry for the slow reply Tilda. I've a pair due to be ready in "
                + "April, they'll go in #hatchling-list when they are. Happy to answer any leo questions before then.");
        re(15, "09:00", ambrose, deAm2, "She ate two crickets last night after the heat went up! Thanks both.");
        re(15, "09:30", tilda, deTi, "Thanks Desmond, will keep an eye out.");
        say(16, "10:00", mlList, priya, "Gargoyle gecko, red stripe female, 2024, 22g. £200 collected from Leeds. "
                + "Care sheet included.");
        Post gw3 = say(17, "15:00", mlAsk, gwyneth, "Niece's new crestie has settled in, thanks for the care sheet "
                + "@Priya Halloway. And I've told her to go to Marnie when she wants a second one 😄");
        re(17, "15:30", marnie, gw3, "Ah that's lovely, thank you Gwyneth! Tell her to shout whenever.");
        re(17, "15:40", priya, gw3, "So glad it helped!");
        Post ma2 = say(18, "08:45", mlBench, marnie, "Clutch 2 laid. The girls are busy this year.");
        re(18, "09:10", rhys, ma2, "Nice! Mine are only just waking up.");
        Post ti3 = say(19, "12:00", mlAsk, tilda, "Is a 45x45x60 big enough for an adult crestie?");
        Post rhTi = re(19, "12:30", rhys, ti3, "Yes for one adult, go bigger if you can. Plenty of cork for "
                + "climbing.");
        re(19, "12:45", tilda, rhTi, "Thanks Rhys!");
        Post rh3 = say(20, "17:00", mlBench, rhys, "Thanks again for running the trace, Desmond. Buying a second rack "
                + "just for quarantine.");
        re(20, "17:30", desmond, rh3, "Best money you'll spend.");
    }

    /**
     * B. Cold Blood Clinicians: Oona joins and introduces herself with her practice's page (day 1). Hal helps her
     * bearded dragon case on days 2, 3 and 5 and Fenna her corn snake on day 6; she says only thanks and leaves Hal's
     * substrate question of day 5 (answered day 10, when she also helps Fenna). Jory says on day 6 he is at a meeting
     * days 8-10; Imelda asks him on day 8 and he answers on day 11. Lucan posts his paid anaesthesia course with a code
     * on day 9 and again on an answer to Hal on day 11. Selwyn joins on day 16.
     */
    private void coldBlood() {
        joins(1, "08:00", cbIntro, oona);
        Post oo1 = say(1, "08:30", cbIntro, oona, "Hi all, Oona, eight months qualified, mixed practice in Norfolk. "
                + "We're seeing more and more reptiles and I feel out of my depth, so I'm here to learn. Our practice "
                + "if anyone's nearby: fenwayvets.example");
        Post haOo = re(1, "09:00", hal, oo1, "Welcome Oona! Ask anything, there are no daft questions with reptiles.");
        re(1, "09:10", fenna, oo1, "Welcome! #case-discussion is the busy one.");
        re(1, "10:00", oona, haOo, "Thanks, I suspect I'll be in there a lot!");
        Post oo2 = say(2, "10:00", cbCases, oona, "Bearded dragon, 3 years, lethargic, not eating for a fortnight, "
                + "hind legs a bit weak. Owner feeds crickets only. Where do I start?");
        Post haOo2 = re(2, "10:30", hal, oo2, "Sounds like metabolic bone disease until proven otherwise. Ask about the "
                + "UVB (type, age of the tube, distance) and calcium dusting. Total and ionised calcium if you can, "
                + "and rads for bone density.");
        re(2, "11:00", oona, haOo2, "thanks");
        Post lu1 = say(2, "15:00", cbCases, lucan, "Quiet one today. Anyone else's clinic full of post-Christmas "
                + "impulse-buy axolotls?");
        re(2, "15:20", fenna, lu1, "Three this week. All in tap water.");
        Post oo3 = say(3, "14:00", cbCases, oona, "Rads done, bone density poor, ionised calcium low. How do I dose "
                + "calcium gluconate in a beardie?");
        Post haOo3 = re(3, "14:20", hal, oo3, "100 mg/kg SC or IM, diluted, then oral calcium and D3 once he's "
                + "stable. And the UVB has to be fixed or you're bailing water.");
        re(3, "14:45", oona, haOo3, "ok thanks");
        Post jo1 = say(4, "09:00", cbCases, jory, "Anyone seen fungal dermatitis in a blue-tongued skink? Crusty "
                + "scales along the flank, owner's tried F10.");
        Post imJo = re(4, "09:30", imelda, jo1, "Biopsy before you treat. CANV is the one you don't want to miss.");
        re(4, "09:40", lucan, jo1, "Agree with Imelda, and swab for culture at the same time.");
        re(4, "09:45", jory, imJo, "Good shout, booking it.");
        Post oo4 = say(5, "11:00", cbCases, oona, "Beardie is eating again! Owner asking how often to redo bloods?");
        Post haOo4 = re(5, "11:20", hal, oo4, "Great news. Recheck calcium in 4 weeks. What substrate was he kept on, "
                + "by the way? If it's loose sand I'd want to rule out impaction too.");
        re(5, "11:40", oona, haOo4, "thanks!");
        Post oo5 = say(6, "15:00", cbCases, oona, "Different one: corn snake with retained shed round the eyes, "
                + "tips?");
        Post feOo = re(6, "15:20", fenna, oo5, "Humid hide and a warm soak, never pull the spectacles. If they're "
                + "still there after the next shed it's a vet job, which is you 😄");
        re(6, "15:30", oona, feOo, "haha fair, thanks");
        say(6, "16:00", cbCases, jory, "I'm at the BVZS winter meeting Mon-Wed next week with no laptop, so don't @ "
                + "me till Thursday!");
        Post fe1 = say(7, "10:00", cbReading, fenna, "Good open-access review on chytrid in captive amphibians: "
                + "jexoticmed.example/chytrid-review");
        re(7, "10:30", imelda, fe1, "Thanks, that's the one I was after.");
        // W03
        Post im1 = say(8, "10:00", cbCases, imelda, "@Jory Ashe how did the skink biopsy come back? Seeing a similar "
                + "one on Friday.");
        say(9, "09:00", cbCases, lucan, "For anyone who wants to get more confident with reptile GAs: my online course "
                + "on reptile anaesthesia opens for February, 20% off with code COLD20: lucanvetcpd.example/reptile-ga");
        Post oo6 = say(10, "10:00", cbCases, oona, "Tortoise with a runny nose, 40 years old, just out of "
                + "hibernation. Antibiotics straight away?");
        Post imOo = re(10, "10:20", imelda, oo6, "Swab first, then start enrofloxacin while you wait. And check he's "
                + "warm enough, most post-hib runny noses are a cold tortoise.");
        re(10, "10:40", oona, imOo, "Thanks Imelda, swabbing now.");
        Post ooHa = re(10, "10:45", oona, haOo4, "Sorry Hal, missed your question last week: sand, yes. Rads showed "
                + "no impaction though, and the owner's swapping it for soil.");
        re(10, "11:00", hal, ooHa, "Good, glad it's clear. Soil's a much better idea.");
        Post ha1 = say(11, "08:30", cbCases, hal, "Leopard gecko, dystocia, two eggs stuck. Oxytocin or straight to "
                + "surgery?");
        Post luHa = re(11, "09:00", lucan, ha1, "Oxytocin rarely works in lizards; I'd go to surgery if calcium's "
                + "normal and she's stable. Btw my course has a whole module on this, 20% off this week with COLD20: "
                + "lucanvetcpd.example/reptile-ga");
        re(11, "09:20", hal, luHa, "Thanks, probably surgery tomorrow then.");
        Post joIm = re(11, "09:30", jory, im1, "@Imelda Strachan back! Biopsy came back as dermatophilosis, not CANV, "
                + "thank goodness. Topical and oral antibiotics. Happy to send you the protocol.");
        re(11, "09:50", imelda, joIm, "Perfect, yes please.");
        say(12, "12:00", cbReading, hal, "Errata for the exotics formulary, worth a look if you use the dosing "
                + "tables: bsava.example/errata-exotics");
        Post fe2 = say(12, "14:00", cbCases, fenna, "Nursing question: how are people keeping hospitalised frogs "
                + "humid without drowning them in condensation?");
        Post ooFe = re(12, "14:30", oona, fe2, "We used a plastic tub with damp paper towel and a few holes in the "
                + "lid for a tree frog last month, worked really well.");
        re(12, "14:45", fenna, ooFe, "Simple and cheap, love it. Thanks Oona.");
        Post fe3 = say(14, "10:00", cbCases, fenna, "Anyone using alfaxalone IV in tortoises? Which vein?");
        Post haFe = re(14, "10:20", hal, fe3, "Yes, dorsal coccygeal vein, or the subcarapacial sinus if you must.");
        re(14, "10:30", fenna, haFe, "Thanks Hal.");
        // W04
        Post oo7 = say(15, "09:00", cbCases, oona, "First solo beardie spay next week, nervous! Any tips?");
        Post haOo5 = re(15, "09:30", hal, oo7, "Prefemoral approach, and have the second set of hands ready to "
                + "hold the coelom open. Warm the fluids. You'll be fine.");
        Post ooHa2 = re(15, "09:50", oona, haOo5, "That's really useful. Do you clamp or ligate the ovarian vessels?");
        re(15, "10:10", hal, ooHa2, "Haemoclips if you've got them, they're close to the adrenal on the right.");
        joins(16, "10:00", cbIntro, selwyn);
        Post se1 = say(16, "10:15", cbIntro, selwyn, "Hello! Selwyn, just moved from small animal to an exotics "
                + "referral job in Bristol.");
        re(16, "10:30", fenna, se1, "Welcome Selwyn! You'll like it here.");
        Post jo2 = say(17, "11:00", cbCases, jory, "Royal python with regurgitation three times in a month. Where "
                + "would you start?");
        Post ooJo = re(17, "11:20", oona, jo2, "Had one last month: the hot spot was 38. Check the temps before "
                + "anything else.");
        re(17, "11:40", jory, ooJo, "Thanks Oona, will ask them to measure it.");
        Post lu2 = say(18, "14:00", cbCases, lucan, "Grim one: tortoise with a shell fracture from a strimmer. "
                + "Bridging with cable ties and epoxy, anyone got a better method?");
        Post feLu = re(18, "14:20", fenna, lu2, "We've had good results with hook-and-wire, less heat on the shell "
                + "than epoxy.");
        re(18, "14:40", lucan, feLu, "Thanks Fenna, will try that.");
        say(19, "09:00", cbReading, imelda, "New paper on amphibian analgesia, meloxicam doses: "
                + "jexoticmed.example/amphibian-analgesia");
    }

    /**
     * C. Oak &amp; Glass Viv Builders: on day 2 Barnaby posts his gallery link in #workshop, #build-requests and
     * #showcase within 14 minutes and on day 4 posts open slots with a price and "DM me" in #build-requests. Ines asks
     * Saffron by name (day 2) and Saffron answers without a reply link two and a half hours later. Hugo, Clemency's
     * customer, asks about a cracked runner (day 4) and says on day 11 he sent his brother her way; she answers both
     * within the hour. Ned joins day 15 and asks for builders' prices; Saffron quotes, he says he'll think, and on day
     * 16 she DMs him a lower price if he books by Friday; he books on day 19. Osian, who has only spoken in #workshop,
     * opens a post in #build-requests with his January-sale link on day 17.
     */
    private void oakAndGlass() {
        Post os1 = say(1, "10:00", ogWorkshop, osian, "Anyone found a decent supplier for 6mm toughened glass doors "
                + "since Hartley's closed?");
        Post clOs = re(1, "10:20", clemency, os1, "I use Glassworks in Stoke, five-day turnaround.");
        re(1, "10:35", osian, clOs, "Cheers, will ring them.");
        say(2, "10:00", ogWorkshop, barnaby, "Check out my latest builds: quintvivariums.example/gallery");
        say(2, "10:07", ogRequests, barnaby, "Check out my builds if you're after a custom viv: "
                + "quintvivariums.example/gallery");
        say(2, "10:14", ogShowcase, barnaby, "New gallery up! quintvivariums.example/gallery");
        Post in1 = say(2, "14:00", ogRequests, ines, "@Saffron Leigh you built my friend's chameleon setup - would a "
                + "screen-sided build work for a veiled chameleon in a cold flat?");
        Post saIn = say(2, "16:30", ogRequests, saffron, "Ines, in a cold flat I'd do three solid sides with a screen "
                + "front and top, or you'll be fighting the heat all winter. 60x60x120 for an adult male.");
        re(2, "16:45", ines, saIn, "That makes sense, thank you!");
        Post cl1 = say(3, "11:00", ogWorkshop, clemency, "Sealing question: anyone still using aquarium silicone on "
                + "base trays, or have you all moved to pond liner?");
        re(3, "11:15", saffron, cl1, "Pond liner for bioactive, silicone tray for anything smaller.");
        Post osCl = re(3, "11:30", osian, cl1, "Same. Silicone on a big base always lifts at a corner in the end.");
        re(3, "11:45", clemency, osCl, "Right, pond liner it is.");
        say(4, "09:30", ogRequests, barnaby, "2 build slots open for February, £450 for a 4x2x2 with lighting, DM "
                + "me");
        Post hu1 = say(4, "13:00", ogRequests, hugo, "@Clemency Rudd the viv you built me last year - one of the glass "
                + "runners has cracked. Can I get a replacement or is it a whole new door?");
        Post clHu = re(4, "13:25", clemency, hu1, "Just the runner, Hugo. I'll post you a new pair, no charge, they "
                + "shouldn't crack inside a year. Send me your address?");
        re(4, "13:40", hugo, clHu, "You're a star, messaging you now.");
        Post cl2 = say(5, "18:00", ogShowcase, clemency, "Finished: a 5x2x2 oak-framed bioactive for a carpet python. "
                + "Tree fern back wall, three levels.");
        cl2.react("😍", osian, saffron, hugo).react("🔥", ines);
        Post osCl2 = re(5, "18:20", osian, cl2, "That back wall is gorgeous.");
        re(5, "18:40", clemency, osCl2, "Thanks Osian! Took a week on its own.");
        Post sa1 = say(6, "12:00", ogWorkshop, saffron, "What are people charging for delivery and install within 50 "
                + "miles?");
        Post osSa = re(6, "12:15", osian, sa1, "£60 flat, more if it's up stairs.");
        re(6, "12:30", saffron, osSa, "Thanks, I've been undercharging.");
        // W03
        Post in2 = say(8, "20:00", ogRequests, ines, "Update: got the chameleon (Mango!). Humidity drops to 40% "
                + "overnight, is that normal?");
        Post saIn2 = re(8, "20:30", saffron, in2, "A bit low. A fogger on a timer at 4am, or just a good hand-mist at "
                + "bedtime. Aim for 50-60 at night.");
        re(8, "20:45", ines, saIn2, "Hand misting it is.");
        Post in3 = say(9, "09:00", ogRequests, ines, "Does Mango need a dripper or is misting enough?");
        Post clIn = re(9, "09:20", clemency, in3, "Misting plus a dripper, chameleons drink from moving water.");
        re(9, "09:40", ines, clIn, "Ordered one.");
        Post os2 = say(9, "17:00", ogWorkshop, osian, "Finished the 8-foot tortoise table, assembled in my back garden "
                + "because it wouldn't fit through the workshop door 🙈");
        os2.react("😂", clemency, saffron);
        re(9, "17:20", clemency, os2, "Classic 😂");
        Post ba1 = say(10, "10:00", ogWorkshop, barnaby, "What glue are people using for PVC foam backgrounds?");
        Post osBa = re(10, "10:20", osian, ba1, "Gripfill, or anything solvent-free.");
        re(10, "10:30", barnaby, osBa, "Ta.");
        Post hu2 = say(11, "19:00", ogRequests, hugo, "Runners arrived and fitted, thanks @Clemency Rudd! I've told my "
                + "brother to come to you for his leo tank.");
        re(11, "19:40", clemency, hu2, "Thank you Hugo, that's really kind! Tell him to message me any time.");
        Post sa2 = say(12, "15:00", ogShowcase, saffron, "Chameleon build for a customer in Hull: screen top, solid "
                + "sides, drainage tray.");
        sa2.react("🔥", clemency, ines);
        Post cl3 = say(13, "10:00", ogWorkshop, clemency, "Anyone want to split a pallet of cork bark? Supplier's "
                + "minimum is 50kg.");
        re(13, "10:20", osian, cl3, "In for 15kg.");
        re(13, "10:40", saffron, cl3, "10 for me please.");
        // W04
        joins(15, "09:50", ogRequests, ned);
        Post ne1 = say(15, "10:00", ogRequests, ned, "Hi, looking for a builder for a 6x2x2 for a royal python, "
                + "ideally March. Who's got space and roughly what would it cost?");
        Post saNe = re(15, "10:30", saffron, ne1, "Hi Ned, I could do March. A 6x2x2 in melamine-faced ply with an "
                + "LED strip and a radiant panel would be about £520 delivered. Happy to send photos of similar ones.");
        re(15, "10:50", clemency, ne1, "I'm booked till April I'm afraid, but Saffron does lovely work.");
        re(15, "11:10", ned, saNe, "Thanks Saffron, that's in budget. Let me have a think and talk to my partner.");
        say(16, "09:00", ogDmNed, saffron, "Hi Ned, just following up on yesterday. If you book by Friday I can do "
                + "the 6x2x2 for £470 and hold a March slot for you.");
        say(16, "20:00", ogDmNed, ned, "Thanks, still talking it over, will let you know by the weekend.");
        say(17, "09:00", ogRequests, osian, "osianvivs.example/january-sale 15% off all oak builds till the 31st");
        Post cl4 = say(18, "11:00", ogWorkshop, clemency, "Cork bark pallet arrives Thursday, I'll sort your shares "
                + "at the weekend.");
        re(18, "11:30", osian, cl4, "Cheers Clemency.");
        Post ne2 = say(19, "18:00", ogRequests, ned, "Booked with Saffron for March 🎉");
        re(19, "18:20", saffron, ne2, "Can't wait to build it!");
        Post ba2 = say(20, "10:00", ogWorkshop, barnaby, "Anyone know a good supplier for radiant heat panels?");
        re(20, "10:30", saffron, ba2, "Habistat, and buy the stat with it.");
    }

    /**
     * D. Feeder Folk: Wendell doubles Caspian's (his shop customer's) order (day 2); Jasper helps Delia's stalled dubia
     * colony (day 3). Morwenna says on day 4 she is offline days 8-10 for a boiler; Caspian asks her on day 9 and she
     * answers on day 11 with an apology. Felix joins day 8 asking where people get locusts that arrive alive; Lettice
     * answers with her own tub, price and page, Wendell with a shop tip. Days 8-14 Jasper posts eleven times to nobody
     * (his new room, stock, prices, dispatch days). On day 15 Caspian tells Wendell he sent two shops his way; Wendell
     * answers within the hour. On day 17 Delia asks Jasper for a starter colony and he prices it.
     */
    private void feederFolk() {
        Post mo1 = say(1, "08:30", ffFarm, morwenna, "Cold snap forecast for next week. Anyone changing how they "
                + "ship?");
        re(1, "08:50", wendell, mo1, "Heat packs in everything from Monday, and no Friday dispatch.");
        Post leMo = re(1, "09:05", lettice, mo1, "Same, and I'm adding a note about not leaving parcels in porches.");
        re(1, "09:20", morwenna, leMo, "Good idea, I'll do the note too.");
        say(2, "09:00", ffOffers, wendell, "Banded crickets, all sizes, trade boxes of 1,000 £18. Pet shops only for "
                + "trade prices.");
        Post ca1 = say(2, "11:00", ffOrders, caspian, "@Wendell Crabtree can I double my usual order this week? "
                + "Beardie season's picked up early.");
        Post weCa = re(2, "11:20", wendell, ca1, "Course, Caspian. 40 boxes of large going out Tuesday with heat "
                + "packs.");
        re(2, "11:30", caspian, weCa, "Legend.");
        Post dl1 = say(3, "19:00", ffOrders, delia, "My dubia colony's stopped breeding. 28 degrees, fed veg and chick "
                + "crumb. Ideas?");
        Post jaDl = re(3, "19:30", jasper, dl1, "Push it to 30-32 and give them water crystals, they stall below 30. "
                + "Give it three weeks.");
        re(3, "19:45", delia, jaDl, "Will try, thanks Jasper!");
        Post ja0 = say(3, "21:00", ffFarm, jasper, "Anyone tried the new cold-chain courier service?");
        Post leJa = re(3, "21:15", lettice, ja0, "Two dead tubs in five. Back to the old one.");
        re(3, "21:30", jasper, leJa, "Ta, staying put then.");
        say(4, "10:00", ffFarm, morwenna, "I'm offline Mon 15 to Wed 17 sorting the boiler in the locust room. Back "
                + "Thursday.");
        Post dl2 = say(5, "14:00", ffOrders, delia, "Are silkworms worth it or just expensive?");
        Post leDl = re(5, "14:30", lettice, dl2, "Worth it as a treat, not a staple. Great for a poorly animal, "
                + "they're very soft.");
        re(5, "14:45", delia, leDl, "👍 thanks");
        say(6, "09:00", ffOffers, lettice, "fairweatherfeeders.example/trade Feb trade list is up: silkworms, calci "
                + "worms, mealies.");
        Post we1 = say(6, "16:00", ffFarm, wendell, "Anyone had cricket die-off after the cold? Lost half a bin.");
        Post moWe = re(6, "16:30", morwenna, we1, "Check your ventilation with the heating on, I lost a bin to ammonia "
                + "once.");
        re(6, "16:45", wendell, moWe, "Vents were shut. Doh.");
        // W03
        say(8, "08:00", ffFarm, jasper, "New dubia room is finally up and running, 40 tubs, all on one thermostat.");
        joins(8, "09:50", ffOrders, felix);
        Post fe1 = say(8, "10:00", ffOrders, felix, "Where do people get locusts in winter? Mine keep arriving dead "
                + "from the big online shops and my chameleon's fed up of crickets.");
        Post leFe = re(8, "10:30", lettice, fe1, "Sorry that's happening! We ship locusts with heat packs and a "
                + "next-day guarantee, £9.50 a tub of 25 large delivered: fairweatherfeeders.example/locusts. Any "
                + "that arrive dead, I replace.");
        re(8, "11:00", wendell, fe1, "Also worth asking your local reptile shop if they take a weekly delivery, they "
                + "keep them warmer than any courier.");
        re(8, "11:20", felix, leFe, "Ordered a tub, let's see!");
        say(8, "15:00", ffOffers, jasper, "Dubia medium 100 for £11, large 50 for £12, plus postage.");
        say(9, "09:00", ffOrders, jasper, "Dubia back in stock, all sizes. Shipping Mon-Wed with heat packs.");
        say(9, "10:00", ffOrders, caspian, "@Morwenna Hale do you do trade locusts? Wendell's out of large crickets "
                + "for a week and my beardies are complaining.");
        say(9, "18:00", ffFarm, jasper, "Hit 200kg of colony weight this week.");
        say(10, "10:00", ffOffers, jasper, "Trade offer: 10% off orders over £100 till the end of January.");
        Post fe2 = say(10, "12:00", ffOrders, felix, "Locusts arrived alive and kicking 🎉");
        re(10, "12:20", lettice, fe2, "Brilliant! Happy feeding.");
        say(10, "20:00", ffFarm, jasper, "New labels printed, finally looks like a proper business 😅");
        Post moCa = say(11, "09:00", ffOrders, morwenna, "Sorry Caspian, I was offline with the boiler. Yes, trade "
                + "tubs of 50 large locusts, £6.50 a tub, minimum 20. Want some Monday?");
        re(11, "09:30", caspian, moCa, "Perfect, 30 please.");
        say(11, "11:00", ffOrders, jasper, "Reminder: last dispatch this week is Wednesday.");
        say(11, "15:00", ffOrders, delia, "Dubia breeding again! Thanks @Jasper Okonedo");
        say(12, "09:00", ffFarm, jasper, "The roach sorter is amazing, saved two hours today.");
        Post we2 = say(12, "11:00", ffFarm, wendell, "Moving the cricket bins to plastic crates, the wooden ones hold "
                + "too much damp.");
        re(12, "11:30", lettice, we2, "Crates with mesh lids? That's what I did last winter, best change I made.");
        say(12, "16:00", ffOffers, jasper, "Red runners available now too, £9 for 100.");
        say(13, "10:00", ffFarm, jasper, "Sold out of large dubia, more next week.");
        say(14, "12:00", ffOrders, jasper, "Weekend orders will go out Monday.");
        // W04
        Post ca2 = say(15, "10:00", ffOrders, caspian, "@Wendell Crabtree two shops in Leeds asked where I get my "
                + "crickets, I've sent them your way. Hope that's ok!");
        re(15, "10:40", wendell, ca2, "More than ok, thank you Caspian! Next box of large is on me.");
        Post ja1 = say(16, "09:00", ffFarm, jasper, "Anyone want spare egg crate? I've got far too much since the "
                + "new room.");
        Post moJa = re(16, "09:20", morwenna, ja1, "Yes please! The locusts go through it.");
        re(16, "09:40", jasper, moJa, "I'll bring a bag to the show.");
        Post dl3 = say(17, "13:00", ffOrders, delia, "@Jasper Okonedo can I buy a starter colony off you for a "
                + "friend? 100 mixed adults?");
        Post jaDl2 = re(17, "13:30", jasper, dl3, "Yes! £25 for 100 mixed adults plus postage, I'll ship Monday.");
        re(17, "13:45", delia, jaDl2, "Deal.");
        Post le1 = say(18, "08:00", ffFarm, lettice, "Anyone read the proposed changes to courier rules for live "
                + "invertebrates?");
        re(18, "08:30", wendell, le1, "Yes, it's only the labelling. Bigger 'LIVE' stickers and a phone number.");
        re(18, "08:45", morwenna, le1, "Same as what most of us do already, thankfully.");
        say(19, "09:00", ffOffers, morwenna, "Locust trade tubs back to normal stock, all sizes.");
    }

    /**
     * E. Second Chance Scales: nobody sells. Myfanwy joins day 2; Corin helps her on days 3 and 4 and she tells him how
     * it went; on day 5 she answers Sorcha's question about flats. Elowen asks Tobiah by mention for a pickup on day 9
     * and bumps it on day 11; Tobiah posts about other things on days 10 and 11, Corin takes the pickup on day 12, and
     * Tobiah answers on day 14. On day 15 Elowen asks #volunteers and #rehoming-questions to share her fundraiser;
     * volunteers share and sponsor. Sorcha adopts in W04.
     */
    private void secondChance() {
        Post ag1 = say(1, "09:30", scIntake, agnes, "In today: two corn snakes found in a box outside the vets in "
                + "Selby. Thin but bright. Quarantine rack 2.");
        re(1, "10:00", corin, ag1, "Poor things. I'll weigh them tomorrow.");
        Post ag0 = say(1, "12:00", scRota, agnes, "Shifts this week: Corin Wed, Elowen Thu, Tobiah Sat. Anyone free "
                + "Friday?");
        re(1, "12:30", elowen, ag0, "I can do Friday if someone takes Thursday.");
        re(1, "13:00", corin, ag0, "I'll do Thursday too then.");
        joins(2, "08:50", scVolunteers, myfanwy);
        Post my1 = say(2, "09:00", scVolunteers, myfanwy, "Hi everyone, I've just done my induction. Never handled a "
                + "snake bigger than a corn, so be patient with me!");
        Post agMy = re(2, "09:20", agnes, my1, "Welcome Myfanwy! Corin's on Wednesday, shadow him.");
        re(2, "09:30", myfanwy, agMy, "Will do!");
        Post my2 = say(3, "14:00", scVolunteers, myfanwy, "How do you tell if a corn is coming into shed or just dull? "
                + "The Selby two both look a bit grey.");
        Post coMy = re(3, "14:20", corin, my2, "Milky blue eyes are the giveaway. If so, leave them be and bump the "
                + "humidity.");
        re(3, "14:40", myfanwy, coMy, "Eyes are milky on the bigger one. Humid hide going in, thanks Corin.");
        Post my3 = say(4, "09:00", scVolunteers, myfanwy, "The big one shed in one piece overnight!! Does anyone check "
                + "the shed?");
        Post coMy2 = re(4, "09:15", corin, my3, "Yes, check both eye caps came off, and keep it for the record photo.");
        re(4, "09:30", myfanwy, coMy2, "Both caps there. Photo taken and in the folder.");
        Post so1 = say(4, "19:00", scRehoming, sorcha, "Thinking of adopting a bearded dragon. How much does a full "
                + "setup cost, roughly?");
        Post elSo = re(4, "19:30", elowen, so1, "Around £350-450 for a proper 4x2x2, T5 UVB and a basking bulb. We'll "
                + "go through it all at the home check.");
        re(4, "19:45", sorcha, elSo, "Thanks, that's less scary than I feared.");
        Post so2 = say(5, "12:00", scRehoming, sorcha, "Do you rehome to people in flats?");
        Post mySo = re(5, "12:30", myfanwy, so2, "Yes! I asked the same at my induction. As long as the viv's safe and "
                + "your landlord's fine with it.");
        re(5, "12:45", sorcha, mySo, "Good to know, thank you!");
        Post to1 = say(6, "17:00", scIntake, tobiah, "Bearded dragon coming in next Saturday from Hull, owner's moving "
                + "abroad. Needs a lift.");
        re(6, "17:20", agnes, to1, "I'll ask in #volunteers.");
        say(7, "10:00", scVolunteers, corin, "Selby two both ate last night! 🎉").react("🎉", myfanwy, agnes, elowen);
        // W03
        Post my4 = say(8, "18:00", scVolunteers, myfanwy, "Doing my first solo clean on Wednesday!");
        re(8, "18:20", agnes, my4, "You'll be great.");
        Post el1 = say(9, "10:00", scVolunteers, elowen, "@Tobiah Reese can you do the Saturday pickup of the beardie "
                + "in Hull? I can't drive this week and Agnes is at the vet with the tortoises.");
        say(10, "11:00", scIntake, tobiah, "Leopard gecko handed in at the shop on Mill Lane, I'll collect tomorrow.");
        Post so3 = say(10, "19:00", scRehoming, sorcha, "Applied for Spike the beardie!");
        re(10, "19:20", elowen, so3, "Yay! Agnes will be in touch about a home check.");
        Post to2 = say(11, "09:00", scVolunteers, tobiah, "Collected the leo, she's in the hospital tank. Missing two "
                + "toes but feisty.");
        re(11, "09:30", corin, to2, "Good work.");
        Post el2 = re(11, "12:00", elowen, el1, "@Tobiah Reese bumping this, the owner needs to know by Friday");
        Post coEl = re(12, "08:30", corin, el2, "I'll do Hull if Tobiah can't, leave it with me.");
        re(12, "08:45", elowen, coEl, "Thank you Corin!! Owner told.");
        say(13, "16:00", scIntake, corin, "Hull beardie collected, big lad, 480g, a bit of a belly on him.")
                .react("👍", agnes, elowen);
        re(14, "20:00", tobiah, el1, "Sorry Elowen, only just seen this. Glad Corin sorted it.");
        // W04
        Post el3 = say(15, "10:00", scVolunteers, elowen, "I'm doing a sponsored sleepout in the reptile room on the "
                + "3rd to raise money for new UV tubes. Would you all share the fundraiser page? "
                + "givinghub.example/scales-sleepout");
        say(15, "10:10", scRehoming, elowen, "Hi all, if any of you could share our fundraiser for new UV tubes it "
                + "would really help: givinghub.example/scales-sleepout");
        re(15, "10:30", agnes, el3, "Shared! And I'll sleep out with you.");
        Post coEl2 = re(15, "11:00", corin, el3, "Shared, and sponsored £20.");
        re(15, "11:20", elowen, coEl2, "You lot are the best.");
        Post ag2 = say(16, "09:00", scRota, agnes, "February shifts are open, please put your names down for "
                + "cleaning and feeding.");
        re(16, "09:30", myfanwy, ag2, "Put myself down for Wednesdays.");
        Post so4 = say(17, "18:00", scRehoming, sorcha, "Home check passed!! Spike comes home Saturday 🦎");
        re(17, "18:15", elowen, so4, "Congratulations!!");
        re(17, "18:30", agnes, so4, "So happy for you both.");
        Post ag3 = say(18, "09:00", scIntake, agnes, "Spike's gone home, so the hospital tank is free for the Mill "
                + "Lane leo.");
        re(18, "09:20", corin, ag3, "I'll move her tomorrow.");
        Post to3 = say(19, "20:00", scVolunteers, tobiah, "Sorry for being useless last week, work was chaos. I'll do "
                + "the next two pickups.");
        re(19, "20:20", elowen, to3, "No worries!");
        Post my5 = say(20, "11:00", scVolunteers, myfanwy, "The Mill Lane leo took three mealworms from the tongs "
                + "for me today!");
        re(20, "11:20", agnes, my5, "Progress! Well done.");
    }

    /**
     * F. Basking Spot Exotics (an exotic pet shop's own server; Staff: Kit, Yolanda, Devlin; Customers: Perpetua,
     * Lionel, Harriet, Quentin; Beatrix joins day 8). Kit posts news in #shop-news (days 1, 5, 15, 19). Yolanda answers
     * Perpetua's DM about a stuck shed within 20 minutes (day 3) and again on day 18. Beatrix's first question (day 8)
     * is answered by Yolanda; Quentin replies to it with his hides at a price and "DM me" and DMs her his shop with a
     * discount on day 9. Harriet asks Devlin by mention about a flickering bulb she bought on day 10 and chases on day
     * 11; Devlin answers Lionel and Perpetua and chats on days 10-12; Kit answers her on day 13. Lionel tells Kit on
     * day 17 that he sent a friend; Kit thanks him within the hour.
     */
    private void baskingSpot() {
        say(1, "10:00", bsNews, kit, "Happy new year from all of us! Opening hours back to normal from today: Tue-Sat "
                + "10-6, Sun 11-4.").react("🎉", lionel, perpetua);
        Post li1 = say(2, "11:00", bsAsk, lionel, "Do you stock the Arcadia T5 kits in 22 inch?");
        Post yoLi = re(2, "11:20", yolanda, li1, "We do, two left in 12%. Want one put by?");
        re(2, "11:30", lionel, yoLi, "Yes please, in tomorrow.");
        say(3, "09:00", bsDmPerpetua, perpetua, "Hi Yolanda, the corn snake I bought from you in November hasn't "
                + "shed properly, bits stuck on her tail. What should I do?");
        say(3, "09:20", bsDmPerpetua, yolanda, "Hi Perpetua! A warm shallow soak for 15 minutes, then roll the shed "
                + "off gently with a damp cloth. Don't pull. If it's tight round the tail tip, bring her in and we'll "
                + "do it.");
        Post qu1 = say(3, "15:00", bsChat, quentin, "New batch of cork hides finished, came out nicely.");
        Post haQu = re(3, "15:20", harriet, qu1, "Ooh pics?");
        re(3, "15:40", quentin, haQu, "Will post later, light's gone.");
        say(3, "18:00", bsDmPerpetua, perpetua, "Soak worked, all off. Thank you!!");
        Post ha1 = say(4, "12:00", bsAsk, harriet, "Which UVB for a crested gecko, if any?");
        Post dvHa = re(4, "12:20", devlin, ha1, "A low-level 6% ShadeDweller over part of the top. Cresties don't need "
                + "much but they do use it.");
        re(4, "12:40", harriet, dvHa, "Thanks Devlin, I'll pop in Saturday.");
        say(5, "10:00", bsNews, kit, "New stock in: dubia colonies, Arcadia ShadeDweller kits and a lovely pair of "
                + "Kenyan sand boas.");
        Post li2 = say(6, "16:00", bsChat, lionel, "Monty the royal finally ate after 6 weeks!");
        re(6, "16:10", perpetua, li2, "Yay Monty!");
        re(6, "16:30", harriet, li2, "The relief!");
        // W03
        joins(8, "09:50", bsAsk, beatrix);
        Post be1 = say(8, "10:00", bsAsk, beatrix, "Hi, first-time keeper here, setting up for a leopard gecko. What "
                + "do I actually need? The lists online are all different.");
        Post yoBe = re(8, "10:20", yolanda, be1, "Welcome Beatrix! Basics: a 90x45x45 viv, heat mat or basking bulb "
                + "on a thermostat, a low UVB, three hides (warm, cool, moist), calcium and a water bowl. Come in and "
                + "we'll walk you round.");
        re(8, "10:40", quentin, be1, "I make cork-bark hides and moist hides, £15 each or three for £40, DM me");
        re(8, "11:00", beatrix, yoBe, "Thank you, that's so clear. Coming in Saturday!");
        say(9, "09:00", bsDmQuentin, quentin, "Hi Beatrix, saw you're setting up. Here's my hides: "
                + "ashbyhides.example/shop, 10% off for new keepers this week.");
        say(9, "19:00", bsDmQuentin, beatrix, "Thanks, I think I'll get everything from the shop in one go.");
        Post ha2 = say(10, "10:00", bsAsk, harriet, "@Devlin Shaw the ShadeDweller I bought Saturday flickers when it "
                + "warms up. Faulty? Should I bring it back?");
        Post li3 = say(10, "14:00", bsAsk, lionel, "Any live mealworms in this week?");
        Post dvLi = re(10, "14:20", devlin, li3, "Yes, plenty, and calci worms.");
        re(10, "14:30", lionel, dvLi, "Great, will grab some.");
        Post dv1 = say(11, "11:00", bsChat, devlin, "Who's going to the Doncaster show in March?");
        Post liDv = re(11, "11:20", lionel, dv1, "Me!");
        re(11, "11:30", devlin, liDv, "Sweet, see you there.");
        Post ha3 = re(11, "16:00", harriet, ha2, "@Devlin Shaw sorry to chase, it's flickering more now. Is it safe to "
                + "leave on?");
        Post pe1 = say(12, "10:00", bsAsk, perpetua, "Do you do nail trims for tortoises?");
        Post dvPe = re(12, "10:20", devlin, pe1, "We do, £5, Saturdays.");
        re(12, "10:40", perpetua, dvPe, "Booking Doris in.");
        Post kiHa = re(13, "09:30", kit, ha3, "@Harriet Voss so sorry, that should have been answered. Bring it in and "
                + "we'll swap it on the spot. Don't leave a flickering tube on overnight.");
        re(13, "10:00", harriet, kiHa, "Thanks Kit, coming in tomorrow.");
        say(14, "16:00", bsChat, harriet, "Swapped, no flicker, crestie back under her light.").react("👍", kit);
        // W04
        say(15, "10:00", bsNews, kit, "Reptile night on Thursday 1 Feb: a talk from a herp vet and 10% off everything. "
                + "Free, just turn up.");
        Post dvHa2 = re(15, "11:00", devlin, ha3, "@Harriet Voss sorry I missed your messages last week, glad Kit "
                + "sorted it.");
        re(15, "11:30", harriet, dvHa2, "No harm done!");
        Post be2 = say(16, "12:00", bsAsk, beatrix, "Setup done, Pebble arrives Friday! Thanks all.");
        re(16, "12:20", yolanda, be2, "Can't wait to meet her!");
        Post pe2 = say(16, "15:00", bsAsk, perpetua, "Do you have a calcium dust with D3 in?");
        Post yoPe = re(16, "15:20", yolanda, pe2, "Yes, the Repashy one, top shelf by the till.");
        re(16, "15:30", perpetua, yoPe, "Perfect, thanks.");
        Post qu2 = say(17, "09:00", bsChat, quentin, "Anyone want a big cork tube? Spare one, free to a good home.");
        re(17, "09:30", lionel, qu2, "Me please!");
        Post li4 = say(17, "14:00", bsAsk, lionel, "@Kit Marchbank told my mate Jez about you, he's coming in Saturday "
                + "for a beardie setup.");
        re(17, "14:30", kit, li4, "Thanks Lionel! We'll look after him.");
        say(18, "08:00", bsDmPerpetua, perpetua, "Yolanda, Doris is moving about in her hibernation box. Is it ok to "
                + "wake her early?");
        say(18, "08:40", bsDmPerpetua, yolanda, "Morning! If she's up and moving, warm her gradually over a day or "
                + "two and offer a bath. Weigh her first and let me know the number.");
        say(18, "12:00", bsDmPerpetua, perpetua, "412g, same as November. Bath done.");
        say(19, "10:00", bsNews, kit, "Closed Sunday and Monday for stocktake, back Tuesday.");
        Post ha4 = say(20, "12:00", bsChat, harriet, "Anyone else's crestie refusing Pangea this week?");
        Post peHa = re(20, "12:20", perpetua, ha4, "Mine goes off it when it's cold, try warming the room a bit.");
        re(20, "12:30", harriet, peHa, "Will try, thanks.");
    }

    /**
     * G. Fenland Herp Group: nobody sells. Ottilie joins day 1 and introduces herself with her photography page.
     * Gideon posts the toad-patrol sign-up link in #toad-patrol-rota on days 2, 9 and 16 with shifts still open. On
     * days 10 and 12 Ottilie posts her newt and toad photos with her shop's print links, "half to the group". In W04
     * Percy answers Lalita's, Ruairi's, Winifred's, Ottilie's and Gideon's news with his own pond, counts and records,
     * and posts his own counts twice.
     */
    private void fenlandHerps() {
        joins(1, "09:00", fhIntro, ottilie);
        Post ot1 = say(1, "09:10", fhIntro, ottilie, "Hi, I'm Ottilie, I photograph wildlife around Ely, mostly birds "
                + "but I want to get into amphibians this year. My work: ottiliebarnes.example");
        Post giOt = re(1, "09:30", gideon, ot1, "Welcome Ottilie! Spring toad patrols will give you plenty to shoot.");
        re(1, "09:45", winifred, ot1, "Welcome!");
        re(1, "10:00", ottilie, giOt, "Thanks both, signing up for sure.");
        say(2, "09:00", fhRota, gideon, "Toad patrol shifts for Feb-March are open, sign up here: "
                + "fenlandherps.example/toad-rota");
        Post ru1 = say(2, "15:00", fhGeneral, ruairi, "Common lizard basking on the railway bank at Whittlesey today. "
                + "In January!");
        Post laRu = re(2, "15:20", lalita, ru1, "Mild day? Someone had frogs spawning in Cornwall already.");
        re(2, "15:40", ruairi, laRu, "11 degrees, sun right on the bank.");
        Post wi1 = say(3, "18:00", fhGeneral, winifred, "Pond survey at Wicken on Saturday: anyone got spare bottle "
                + "traps?");
        Post peWi = re(3, "18:20", percy, wi1, "Got six, will bring them.");
        re(3, "18:30", winifred, peWi, "Hero.");
        Post gi0 = say(4, "10:00", fhGeneral, gideon, "Toad crossing signs go up at Chatteris and Benwick on "
                + "Saturday, any spare hands?");
        re(4, "10:20", ruairi, gi0, "I can do Saturday morning.");
        re(4, "10:40", lalita, gi0, "Me too.");
        Post la1 = say(5, "12:00", fhGeneral, lalita, "Is it true you need a licence to survey for great crested "
                + "newts even as a volunteer?");
        Post giLa = re(5, "12:30", gideon, la1, "Yes, for anything that disturbs them: torching, bottle traps, "
                + "netting. You can go out under a licence holder as an accredited agent. I'm licensed, come with me.");
        re(5, "12:45", lalita, giLa, "Perfect, I'll come along.");
        Post ot2 = say(6, "21:00", fhGeneral, ottilie, "First go at a frog in the dark, the flash was really harsh. "
                + "Tips from anyone who shoots at night?");
        Post ruOt = re(6, "21:20", ruairi, ot2, "Tissue over the flash to diffuse it, and get down low.");
        re(6, "21:30", ottilie, ruOt, "Will try, thanks!");
        // W03
        Post ru3 = say(8, "12:00", fhGeneral, ruairi, "Did the Benwick signs all go up in the end?");
        Post giRu = re(8, "12:20", gideon, ru3, "Yes, all four, and the council's agreed the road closure nights.");
        re(8, "12:30", ruairi, giRu, "Great stuff.");
        say(9, "09:00", fhRota, gideon, "Still 14 shifts open, Thursday nights especially: "
                + "fenlandherps.example/toad-rota");
        Post ot3 = say(10, "10:00", fhGeneral, ottilie, "Smooth newt in the torch beam at Wicken last night. Prints "
                + "of this one are on my shop, half of every sale goes to the group: "
                + "ottiliebarnes.example/shop/smooth-newt");
        ot3.react("😍", lalita, winifred);
        re(10, "10:20", gideon, ot3, "Stunning photo!");
        Post wi2 = say(11, "19:00", fhGeneral, winifred, "Survey results: 23 smooth newts, 2 GCN, 0 palmate at "
                + "Wicken.");
        re(11, "19:20", lalita, wi2, "Two GCN!");
        re(11, "19:30", percy, wi2, "Great count. I'll help with the next one if you need traps again.");
        Post ot4 = say(12, "10:00", fhGeneral, ottilie, "And the common toad from last week is up too, A4 print £25, "
                + "half to the group: ottiliebarnes.example/shop/common-toad");
        re(12, "10:30", ruairi, ot4, "That one's gorgeous.");
        Post la2 = say(13, "17:00", fhGeneral, lalita, "What head torch are people using for surveys?");
        Post otLa = re(13, "17:20", ottilie, la2, "Petzl Actik Core here, the red mode is great for not spooking "
                + "things.");
        re(13, "17:30", lalita, otLa, "Ta!");
        Post wi4 = say(14, "09:00", fhGeneral, winifred, "Squashed frog on the road at Benwick last night. Too early "
                + "for patrols?");
        re(14, "09:30", gideon, wi4, "They'll start properly in Feb, but do log it on the sheet.");
        // W04
        Post la3 = say(15, "08:00", fhGeneral, lalita, "First toads on the move at Chatteris last night! Only a "
                + "handful.");
        re(15, "08:30", percy, la3, "I always get mine a week earlier than anywhere else. My pond is south-facing and "
                + "I've had toads in my garden since I moved in twelve years ago. I counted 41 last spring, which I "
                + "think is my record.");
        Post ru2 = say(16, "14:00", fhGeneral, ruairi, "Hibernaculum built at the reserve today, log pile and "
                + "rubble.");
        ru2.react("🙌", gideon, lalita);
        re(16, "14:30", percy, ru2, "I built my first hibernaculum in 2019 and my second one last year. I used my old "
                + "patio slabs and I dug mine a metre down, which I'd say is why my newts love it.");
        say(16, "16:00", fhRota, gideon, "Last call for Thursday nights, 6 shifts still empty: "
                + "fenlandherps.example/toad-rota");
        Post wi3 = say(17, "07:30", fhGeneral, winifred, "Frogspawn in the pond this morning, earliest I've ever had "
                + "it.");
        re(17, "08:00", percy, wi3, "I had mine on the 12th. I always get spawn early because my pond is shallow at "
                + "one end. I've written my dates down every year, my notebook goes back to 2013.");
        Post ot5 = say(18, "20:00", fhGeneral, ottilie, "Got a palmate newt shot tonight I'm really pleased with.");
        re(18, "20:30", percy, ot5, "I've got palmates in my pond too. I photographed mine years ago with my old "
                + "Nikon, and I still think my shot is one of the best I've taken.");
        Post gi1 = say(19, "09:00", fhGeneral, gideon, "Reminder: the AGM is on the 10th at the village hall.");
        re(19, "09:30", percy, gi1, "I'll be there. I've been to every AGM since I joined and I'll bring my slides of "
                + "my pond again.");
        Post pe1 = say(20, "08:00", fhGeneral, percy, "My toad count this morning: 7 in my garden, 3 on my drive. I "
                + "reckon I'll beat my record this year.");
        re(20, "09:00", ruairi, pe1, "Good luck Percy!");
        say(21, "10:00", fhGeneral, percy, "I've typed up my pond diary, I've logged my newts every week for ten "
                + "years. I might print it for my grandchildren.");
    }

    /**
     * H. Scales &amp; Tails Sitters (an exotic-pet sitting firm's own server; Team: Hollis, Juniper, Amos; Clients:
     * Margot, Ezra, Nell; Rupert joins day 15). Hollis posts news (days 1, 10). Juniper books Margot (day 2); Hollis
     * answers Nell's DM in half an hour (day 3) and again on day 19. Amos sits Ezra's tortoise days 12-14 and answers
     * Ezra's Saturday 21:00 question on Sunday at 23:50 with an apology. Margot tells Juniper on day 9 she recommended
     * them; Juniper answers in half an hour. Rupert asks on day 15 whether they sit snakes; Hollis prices it with the
     * booking form. On day 17 Rupert asks #pet-pics and #bookings-and-questions to follow his python's page.
     */
    private void scalesAndTails() {
        say(1, "09:00", stNews, hollis, "We're taking bookings for February half-term now. And two of the team are "
                + "now trained for venomous species.");
        Post mg1 = say(2, "10:00", stBookings, margot, "Can someone do morning visits for my axolotls 12-16 Feb? They "
                + "just need a water test and feeding.");
        Post juMg = re(2, "10:30", juniper, mg1, "Yes, Amos is free those days. £14 a visit. Shall I book him in?");
        re(2, "10:45", margot, juMg, "Yes please!");
        say(3, "12:00", stDmNell, nell, "Hi Hollis, could you do a live-in sit for the tegus and the chameleon, 3-10 "
                + "March?");
        say(3, "12:30", stDmNell, hollis, "Hi Nell! Yes, I'll do it myself. Same as last time, £55 a night. I'll send "
                + "the form over.");
        say(3, "12:45", stDmNell, nell, "Perfect, thank you.");
        Post ez1 = say(4, "17:00", stPics, ezra, "Sheldon enjoying his bath");
        ez1.react("😍", juniper, margot);
        re(4, "17:20", amos, ez1, "He's looking very pleased with himself!");
        Post ez2 = say(5, "11:00", stBookings, ezra, "Does anyone do hibernation checks for tortoises? Weighing and "
                + "fridge temps while I'm away?");
        Post amEz = re(5, "11:30", amos, ez2, "We do. I'll weigh him every visit and check the fridge, £12 a visit.");
        re(5, "11:45", ezra, amEz, "Great, booking 19-21 Jan.");
        Post mg2 = say(6, "19:00", stPics, margot, "Axolotl eggs!!");
        re(6, "19:10", nell, mg2, "Omg");
        re(6, "19:30", juniper, mg2, "Congratulations!");
        Post ne0 = say(7, "13:00", stBookings, nell, "Does anyone know a good reptile vet near Ipswich? Ours has "
                + "retired.");
        Post juNe = re(7, "13:20", juniper, ne0, "Ivy Lane Vets, ask for Dr Paterson. She sees all our tegu clients.");
        re(7, "13:30", nell, juNe, "Thank you!");
        Post mg5 = say(8, "19:00", stPics, margot, "Larvae hatched!");
        re(8, "19:15", amos, mg5, "Amazing!");
        re(8, "19:30", margot, mg5, "I'm going to be overrun.");
        // W03
        Post mg3 = say(9, "10:00", stBookings, margot, "@Juniper Rafe my neighbour's got a bearded dragon and asked "
                + "who I use, I've passed your details on! Also, could Amos do 20 Feb as well?");
        re(9, "10:30", juniper, mg3, "Thank you Margot, that's lovely! Yes, 20 Feb added.");
        say(10, "09:00", stNews, hollis, "Our new booking form is live: scalesandtails.example/book");
        Post ne1 = say(11, "20:00", stPics, nell, "Tegu trying to climb into the fridge");
        ne1.react("😂", hollis, margot);
        re(11, "20:15", hollis, ne1, "Classic tegu.");
        Post am1 = say(12, "18:00", stBookings, amos, "@Ezra Quill day 1 done: Sheldon weighed 612g, same as last week, "
                + "fridge at 5 degrees.");
        re(12, "18:30", ezra, am1, "Thanks Amos!");
        Post ez3 = say(13, "21:00", stBookings, ezra, "@Amos Tew did he get his weigh-in this evening? And is the "
                + "fridge still at 5? Not seen an update today.");
        Post amEz2 = re(14, "23:50", amos, ez3, "Sorry Ezra, long day of visits and my phone died. Yes, 610g, fridge at "
                + "5, all well. Photo in the morning.");
        // W04
        re(15, "07:30", ezra, amEz2, "No worries, thanks Amos!");
        joins(15, "09:50", stBookings, rupert);
        Post ru1 = say(15, "10:00", stBookings, rupert, "Hi! Do you sit for snakes? I've got a carpet python and I'm "
                + "away 8-15 March.");
        Post hoRu = re(15, "10:30", hollis, ru1, "Hi Rupert, welcome! Yes, carpets are lovely. Two visits a week is "
                + "usually plenty for a snake, £16 a visit. You can book here: scalesandtails.example/book");
        re(15, "10:45", rupert, hoRu, "Thanks, will have a look.");
        Post ne2 = say(16, "18:00", stPics, nell, "Chameleon in a brand new colour today");
        ne2.react("😍", juniper, margot);
        re(16, "18:20", juniper, ne2, "She's showing off for you.");
        say(17, "12:00", stPics, rupert, "Please follow Kaa's page, trying to get to 1,000 followers! "
                + "instagram.example/kaa_the_carpet");
        say(17, "12:05", stBookings, rupert, "If anyone could follow my python's insta that would be amazing: "
                + "instagram.example/kaa_the_carpet");
        Post ez4 = say(18, "16:00", stPics, ezra, "Sheldon back to his normal routine, very pleased with himself.");
        re(18, "16:20", amos, ez4, "Glad he's well!");
        say(19, "10:00", stDmNell, nell, "Hollis, my brother wants a sit for his frogs in April, can I give him your "
                + "number?");
        say(19, "10:40", stDmNell, hollis, "Of course! Thanks so much Nell.");
        Post mg4 = say(20, "11:00", stBookings, margot, "Do the axolotl visits include a water change, or just "
                + "testing?");
        re(20, "11:20", juniper, mg4, "Testing and a 20% change if it's needed, all in the price.");
        say(21, "10:00", stNews, hollis, "Thank you to everyone who booked in January, 140 visits and every animal "
                + "happy.").react("🎉", margot, nell);
    }

    static Map<String, String> files() {
        return new HeldOutScenes150Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 150");
    }
}
