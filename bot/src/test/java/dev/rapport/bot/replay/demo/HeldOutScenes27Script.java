package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 27 (sealed): eight communities of kinds no earlier round used, over three ISO weeks (2026-W38 to
 * W40), written and labelled by writer27 before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-27.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes27Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 9, 14);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 10, 5, 9, 0, 0, 0, ZoneOffset.UTC);

    // --- A. fermentation ---
    private final String brine = cast.guild(571);
    private final Channel krauts = cast.channel(brine, "Brine & Bubbles", "krauts-kimchi-n-co",
            "cabbage in all its forms", "ferment-krauts-kimchi-n-co.json");
    private final Channel scoby = cast.channel(brine, "Brine & Bubbles", "scoby-hotel",
            "kombucha, jun, kefir, water kefir, anything with a pellicle", "ferment-scoby-hotel.json");
    private final Channel moldOrNot = cast.channel(brine, "Brine & Bubbles", "is-this-mold",
            "post a photo + what you did. kahm is not mold. fuzzy is mold.", "ferment-is-this-mold.json");
    private final Channel fermentLog = cast.channel(brine, "Brine & Bubbles", "batch-diary",
            "keep a log of your batches here, one post per check-in. chat goes in #krauts-kimchi-n-co",
            "ferment-batch-diary.json");
    private final Persona hanne = cast.person("hanne.sol", "Hanne Solberg");
    private final Persona dev = cast.person("devo_ferments", "Dev Okafor");
    private final Persona marisol = cast.person("marisol.i", "Marisol Ibarra");
    private final Persona pete = cast.person("jarhead_pete", "Pete Varga");
    private final Persona yuki = cast.person("yuki.t", "Yuki Tanabe");
    private final Persona corin = cast.person("corin.crocks", "Corin Blythe");

    // --- B. pitmasters ---
    private final String lowSlow = cast.guild(572);
    private final Channel thePit = cast.channel(lowSlow, "Low & Slow Collective", "the-pit", "hang out, talk smoke",
            "bbq-the-pit.json");
    private final Channel stall = cast.channel(lowSlow, "Low & Slow Collective", "stall-support",
            "brisket stuck at 160? ribs dry? ask here", "bbq-stall-support.json");
    private final Channel cookReports = cast.channel(lowSlow, "Low & Slow Collective", "cook-reports",
            "pics or it didn't happen", "bbq-cook-reports.json");
    private final Channel pitMarket = cast.channel(lowSlow, "Low & Slow Collective", "for-sale-or-trade",
            "sell your sauce, rubs, used smokers, wood. one post per item per week", "bbq-for-sale-or-trade.json");
    private final Channel compCircuit = cast.channel(lowSlow, "Low & Slow Collective", "comp-circuit",
            "KCBS / local cook-offs, team sign-ups", "bbq-comp-circuit.json");
    private final Persona lou = cast.person("biglou", "Lou Tran");
    private final Persona darnell = cast.person("darnell.h", "Darnell Hughes");
    private final Persona kasia = cast.person("kasia.w", "Kasia Wróbel");
    private final Persona tex = cast.person("tex_a", "Tex Amundsen");
    private final Persona ro = cast.person("ro.sauce", "Ro Mendez");
    private final Persona gwen = cast.person("gwenp", "Gwen Pryce");
    private final Persona brandt = cast.person("brandt.pitcoach", "Brandt Keel");
    private final Channel dmBrandt = cast.dm(brandt, "bbq-dm-brandt-keel.json");

    // --- C. chocolatiers (a chocolate maker's own community) ---
    private final String kaur = cast.guild(573);
    private final Role chocTeam = cast.role("Team", "#8e44ad", 2);
    private final Channel collections = cast.channel(kaur, "Kaur & Co. Chocolate Club", "new-collections",
            "seasonal boxes and drops from the kitchen", "choc-new-collections.json");
    private final Channel ordersHelp = cast.channel(kaur, "Kaur & Co. Chocolate Club", "orders-help",
            "order questions, shipping, allergens. post here and the team will reply", "choc-orders-help.json");
    private final Channel tasting = cast.channel(kaur, "Kaur & Co. Chocolate Club", "tasting-notes",
            "what are you eating, what did you taste", "choc-tasting-notes.json");
    private final Channel homeTempering = cast.channel(kaur, "Kaur & Co. Chocolate Club", "home-tempering",
            "for members who make their own at home. seed method, tabling, bloom woes", "choc-home-tempering.json");
    private final Persona priya = cast.person("priya.kaur", "Priya Kaur", chocTeam);
    private final Persona tomasz = cast.person("tomasz.lis", "Tomasz Lis", chocTeam);
    private final Persona fiona = cast.person("fi.ashby", "Fiona Ashby");
    private final Persona bea = cast.person("bea.lq", "Bea Lindqvist");
    private final Persona jonas = cast.person("jonas.beantobar", "Jonas Richter");
    private final Persona leni = cast.person("leni.h", "Leni Haas");

    // --- D. cake decorators ---
    private final String buttercream = cast.guild(574);
    private final Channel fondantFails = cast.channel(buttercream, "Buttercream Bunch", "fondant-fails",
            "cracks, elephant skin, sagging tiers. no judgement", "cakes-fondant-fails.json");
    private final Channel piping = cast.channel(buttercream, "Buttercream Bunch", "piping-practice",
            "tips, nozzles, consistency", "cakes-piping-practice.json");
    private final Channel cakeOfWeek = cast.channel(buttercream, "Buttercream Bunch", "cake-of-the-week",
            "show us what you made this week 🎂", "cakes-cake-of-the-week.json");
    private final Channel commissions = cast.channel(buttercream, "Buttercream Bunch", "commissions-board",
            "looking for a decorator or taking orders? post here", "cakes-commissions-board.json");
    private final Channel sosOrders = cast.channel(buttercream, "Buttercream Bunch", "sos-order-panic",
            "order due tomorrow and it's all going wrong", "cakes-sos-order-panic.json");
    private final Persona tamsin = cast.person("tamsinbakes", "Tamsin Lowe");
    private final Persona gabi = cast.person("gabi.m", "Gabi Moreau");
    private final Persona shanice = cast.person("cakeshack_shan", "Shanice Cole");
    private final Persona ines = cast.person("ines.cakes", "Ines Carvalho");
    private final Persona maud = cast.person("maud.p", "Maud Pelletier");
    private final Persona rosa = cast.person("rosaq", "Rosa Quinn");

    // --- E. orchids ---
    private final String epiphyte = cast.guild(575);
    private final Channel phalAid = cast.channel(epiphyte, "Epiphyte Society Online", "phal-first-aid",
            "root rot, crown rot, limp leaves. photos of roots please", "orchids-phal-first-aid.json");
    private final Channel bloomSpam = cast.channel(epiphyte, "Epiphyte Society Online", "bloom-spam",
            "your flowers. photos only please, questions go in #growing-setups", "orchids-bloom-spam.json");
    private final Channel setups = cast.channel(epiphyte, "Epiphyte Society Online", "growing-setups",
            "cabinets, windowsills, lights, media", "orchids-growing-setups.json");
    private final Channel societyTrips = cast.channel(epiphyte, "Epiphyte Society Online", "society-outings",
            "shows, nursery visits, the autumn coach trip", "orchids-society-outings.json");
    private final Persona raymond = cast.person("ray.achebe", "Raymond Achebe");
    private final Persona odile = cast.person("odile.f", "Odile Fournier");
    private final Persona wren = cast.person("wren.h", "Wren Hadley");
    private final Persona hiro = cast.person("hiro.m", "Hiro Matsuda");
    private final Persona kel = cast.person("kel.vandasupply", "Kel Sorensen");
    private final Persona petra = cast.person("petra.n", "Petra Novak");

    // --- F. ant keeping ---
    private final String formicarium = cast.guild(576);
    private final Channel idRequests = cast.channel(formicarium, "Formicarium Keepers", "id-and-care-questions",
            "species ID, founding, feeding. include location", "ants-id-and-care-questions.json");
    private final Channel flights = cast.channel(formicarium, "Formicarium Keepers", "nuptial-flight-watch",
            "who is flying where. species + place + temp", "ants-nuptial-flight-watch.json");
    private final Channel builds = cast.channel(formicarium, "Formicarium Keepers", "formicarium-builds",
            "ytong, acrylic, 3d printed, test tube setups", "ants-formicarium-builds.json");
    private final Channel colonyChat = cast.channel(formicarium, "Formicarium Keepers", "colony-chat", null,
            "ants-colony-chat.json");
    private final Persona ilse = cast.person("ilse.dv", "Ilse de Vries");
    private final Persona noah = cast.person("noah.b", "Noah Brennan");
    private final Persona bram = cast.person("bram.builds", "Bram Janssen");
    private final Persona cass = cast.person("cass.w", "Cass Whitlock");
    private final Persona pavel = cast.person("pavel.antz", "Pavel Dvořák");
    private final Persona tilly = cast.person("tilly.o", "Tilly Oyelaran");

    // --- G. geocaching ---
    private final String cacheOut = cast.guild(577);
    private final Channel ftf = cast.channel(cacheOut, "Cache Me Outside", "ftf-hounds",
            "first to find alerts and bragging", "geocache-ftf-hounds.json");
    private final Channel muggles = cast.channel(cacheOut, "Cache Me Outside", "muggle-stories", null,
            "geocache-muggle-stories.json");
    private final Channel trackables = cast.channel(cacheOut, "Cache Me Outside", "trackable-hotel",
            "travel bugs & geocoins, who has what", "geocache-trackable-hotel.json");
    private final Channel events = cast.channel(cacheOut, "Cache Me Outside", "event-caches",
            "meetups, CITO, mega events", "geocache-event-caches.json");
    private final Channel gear = cast.channel(cacheOut, "Cache Me Outside", "gps-and-gear", null,
            "geocache-gps-and-gear.json");
    private final Persona dusty = cast.person("dusty.m", "Dusty Marsh");
    private final Persona mireille = cast.person("mireille.c", "Mireille Caron");
    private final Persona gus = cast.person("gus.h", "Gus Halloran");
    private final Persona lotte = cast.person("lotte.b", "Lotte Berg");
    private final Persona theo = cast.person("theo.nk", "Theo Nkemelu");
    private final Persona ash = cast.person("ashk", "Ash Keenan");

    // --- H. scuba diving ---
    private final String bubbles = cast.guild(578);
    private final Channel buddyFinder = cast.channel(bubbles, "Bubble Watchers Dive Club", "buddy-finder",
            "looking for a buddy this weekend? say where and your cert", "scuba-buddy-finder.json");
    private final Channel tripReports = cast.channel(bubbles, "Bubble Watchers Dive Club", "trip-reports", null,
            "scuba-trip-reports.json");
    private final Channel gearSwap = cast.channel(bubbles, "Bubble Watchers Dive Club", "gear-swap",
            "WTS / WTB used gear. price in the post", "scuba-gear-swap.json");
    private final Channel earWoes = cast.channel(bubbles, "Bubble Watchers Dive Club", "ears-and-sinuses",
            "equalising trouble, not medical advice, see a doctor", "scuba-ears-and-sinuses.json");
    private final Channel clubTrips = cast.channel(bubbles, "Bubble Watchers Dive Club", "club-trips",
            "club weekends and boat days, sign-up sheets", "scuba-club-trips.json");
    private final Persona anaLucia = cast.person("analucia.dive", "Ana Lucía Ferreira");
    private final Persona jade = cast.person("jade.w", "Jade Whitaker");
    private final Persona sunil = cast.person("sunil.r", "Sunil Rao");
    private final Persona kaito = cast.person("kaito.m", "Kaito Mori");
    private final Persona callum = cast.person("callum.r", "Callum Reid");
    private final Persona olu = cast.person("olu.a", "Olu Adeyemi");
    private final Persona birgit = cast.person("birgit.h", "Birgit Holm");
    private final Persona zane = cast.person("zane.o", "Zane Ortiz");
    private final Channel dmAnaLucia = cast.dm(anaLucia, "scuba-dm-ana-lucia.json");

    private HeldOutScenes27Script() {
        super(new SceneIds(19600), FIRST_MONDAY, 21);
    }

    /** The round's export: file name to DiscordChatExporter JSON. */
    static Map<String, String> files() {
        HeldOutScenes27Script script = new HeldOutScenes27Script();
        script.fermentation();
        script.pitmasters();
        script.chocolatiers();
        script.cakeDecorators();
        script.orchids();
        script.antKeeping();
        script.geocaching();
        script.scubaDiving();
        return script.export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-27"), files(), "held-out round 27");
    }

    private void fermentation() {
        // Week 1.
        Post hanneKahm = say(1, "08:40", moldOrNot, hanne,
                "white film on top of my carrot ferment, flat, no fuzz. is it kahm? I am new with this, in Norway we "
                        + "only do rakfisk haha");
        say(1, "08:52", moldOrNot, pete, "flat + wrinkly = kahm. skim it, its harmless but tastes meh. this explainer is "
                + "good: https://www.fermentationassociation.org/kahm-yeast-vs-mold");
        re(1, "09:10", hanne, hanneKahm, "takk Pete! skimmed 👍");
        say(1, "12:30", krauts, dev, "gochugaru kimchi batch #3 going in today. 2 napa, 1 daikon, way too much garlic");
        Post marisolAsks = say(1, "12:41", krauts, marisol,
                "looks amazing. @Dev Okafor how long did you leave batch 2 out before it went in the fridge? mine went "
                        + "fizzy and mushy after 4 days");
        say(1, "18:05", scoby, dev, "scoby hotel is officially overbooked lol, 9 pellicles in one jar");
        say(1, "18:07", scoby, yuki, "send one to me 😂");
        say(2, "07:55", scoby, dev, "anyone tried jun with buckwheat honey? thinking of it for the next F1");
        say(2, "08:20", scoby, yuki, "I did, very earthy. not for everyone");
        say(2, "08:22", scoby, dev, "earthy is good, doing it");
        say(3, "13:10", krauts, corin, "new 5L water-seal crocks are in from the kiln 🙂 €48 + shipping, glaze is food "
                + "safe, weights included: https://blythecrocks.example/shop/5l-crock");
        say(3, "13:30", krauts, pete, "nice glaze");
        say(3, "20:14", krauts, dev, "batch 3 is bubbling already, day 2. kitchen smells like a k-drama");
        say(4, "09:02", krauts, marisol, "anyone else's red cabbage kraut go kinda blue?? 😅");
        say(4, "09:15", krauts, pete, "ph thing. add a bit more salt or some apple, it shifts back to purple");
        say(4, "09:16", krauts, marisol, "chemistry 🤯 thx");
        say(4, "17:40", scoby, dev, "buckwheat jun F1 started. will report");
        say(5, "11:20", scoby, corin, "restocked the 2L kombucha crocks with the spigot, 10% off this week with code "
                + "BRINE10 → https://blythecrocks.example/shop/2l-spigot-crock");
        say(5, "11:48", scoby, yuki, "the spigot ones leak? mine from ikea always drips");
        say(5, "12:02", scoby, corin, "silicone gasket, no drips so far, but tighten it by hand not pliers");
        say(5, "19:30", krauts, dev, "day 4, batch 3 is perfect sour now. into the fridge it goes");

        // Week 2: Yuki says she is away; Hanne keeps her diary; Marisol still waits on nothing.
        say(8, "07:30", krauts, yuki, "off to Osaka for work, back next Monday. don't let my koji die while I'm gone 😭");
        say(8, "09:10", fermentLog, hanne, "Batch 7, carrot-ginger, day 1. 2% brine, I used sea salt this time, jar in "
                + "the pantry at 18°C.");
        say(8, "20:45", fermentLog, hanne, "Batch 7 day 1 evening. Small bubbles already. I pressed the weight down "
                + "again.");
        say(9, "08:05", fermentLog, hanne, "Batch 7 day 2. Brine cloudy, smell is fresh and sour, I am happy with it.");
        Post marisolKoji = say(9, "10:20", moldOrNot, marisol,
                "@Yuki Tanabe is this grey stuff on my koji rice normal or did I kill it? you're the koji person here");
        say(9, "10:35", moldOrNot, pete, "not Yuki but: grey-green spots = sporulating, it's gone too far. white fluffy is "
                + "fine. I'd toss it tbh");
        say(9, "10:50", moldOrNot, marisol, "noooo. ok thx Pete, will wait to hear from Yuki too");
        say(9, "19:40", fermentLog, hanne, "Batch 7 day 2 evening. I tasted it, still salty, ginger is very strong. "
                + "My partner says the pantry smells.");
        say(10, "08:15", fermentLog, hanne, "Batch 8 started, beet kvass. 3 beets, my rye bread starter for kick, "
                + "1.5% salt.");
        say(10, "18:20", fermentLog, hanne, "Batch 7 day 3. Good sour now. I moved half to the fridge, rest stays for "
                + "my test.");
        say(11, "08:30", fermentLog, hanne, "Batch 8 day 1. Kvass already foamy on top, I stirred it twice.");
        say(11, "12:00", krauts, dev, "@Hanne Solberg saw your kvass in the diary, rye starter is genius. how sour after "
                + "day 1?");
        say(11, "12:30", krauts, hanne, "@Dev Okafor only a little, more like salty beet juice. I think day 3 is the day");
        say(12, "09:00", fermentLog, hanne, "Batch 8 day 2. Colour very deep now, I strained one glass to taste. "
                + "Earthy, a bit sweet.");
        say(12, "21:10", fermentLog, hanne, "Batch 7 final, I tasted it with dinner. My best carrots so far I think.");
        say(13, "10:00", fermentLog, hanne, "Batch 8 day 3, kvass bottled. 4 swing tops in the fridge, my first kvass "
                + "done.");
        say(13, "11:30", krauts, pete, "kvass gang 🥤");

        // Week 3: Yuki back.
        re(15, "08:20", yuki, marisolKoji, "so sorry Marisol, only just back and saw this! Pete is right, grey-green means "
                + "it sporulated. next time pull it at 40 hours, before the spores, and keep it under 35°C");
        say(15, "08:40", moldOrNot, marisol, "ahh welcome back!! ok 40h it is, thank u both 🙏");
        say(15, "12:10", krauts, dev, "anyone want a jun scoby? mine multiplied");
        say(16, "09:30", scoby, marisol, "@Dev Okafor I'll take one! can pick up sat if you're near Leith");
        say(16, "10:02", scoby, dev, "yes Leith works, sat morning 👍");
        say(17, "14:00", krauts, hanne, "question: my sauerkraut never gets as sour as in the shop, is it the "
                + "temperature? my kitchen is 16°C");
        say(17, "14:20", krauts, pete, "@Hanne Solberg yep 16 is slow. give it 4-6 weeks not 2, it gets there");
        say(17, "14:25", krauts, hanne, "ok, patience. thank you!");
        say(18, "16:00", krauts, corin, "anyone doing hot sauce ferments this autumn? I've got a load of habaneros");
        say(18, "16:20", krauts, dev, "me! mango habanero, 3% brine");
        // Marisol's batch-2 question to Dev from Monday of week 1 was never answered.
    }

    private void pitmasters() {
        // Week 1.
        say(1, "17:30", thePit, lou, "fired up the offset at 5am, pork butt for the church thing. 225 steady so far");
        say(1, "17:45", thePit, darnell, "the church is eating good");
        say(1, "18:02", thePit, gwen, "what wood lou");
        say(1, "18:03", thePit, lou, "hickory + a bit of cherry for colour");
        say(2, "08:10", pitMarket, ro, "Batch of Ro's Carolina Gold mustard sauce is bottled 🔥 $9 a bottle or 3 for "
                + "$24, ships in the US. https://rossauce.example/carolina-gold");
        say(2, "09:40", pitMarket, tex, "got 2 cords of seasoned post oak, pickup only Austin area, $180/cord");
        say(3, "19:20", stall, gwen, "first brisket, 14lb packer, stuck at 158 for 3 hours now 😩 do I panic");
        say(3, "19:24", stall, lou, "gwen dont panic thats the stall. wrap it in butcher paper now if you want it done "
                + "before midnight, or ride it out");
        say(3, "19:26", stall, darnell, "texas crutch it. paper not foil if you want the bark");
        say(3, "19:30", stall, gwen, "wrapped!! thx lou, thx darnell");
        say(4, "08:45", cookReports, gwen, "brisket survived. probe tender at 203, rested 2h in a cooler. flat a bit "
                + "dry but point was 🤌");
        say(4, "09:00", cookReports, lou, "bark looks legit for a first. flat dry = pull it a little earlier next time");
        say(5, "18:00", pitMarket, ro, "Carolina Gold back in stock + new Habanero Honey rub, $11. "
                + "https://rossauce.example/habanero-honey-rub");
        say(5, "18:30", pitMarket, darnell, "@Ro Mendez does the rub have msg? my wife can't do it");
        say(5, "18:41", pitMarket, ro, "@Darnell Hughes no msg, no sugar alcohols. full list on the label pic");

        // Week 2: Kasia's spare ribs, a stranger's DM, Lou's trimming video.
        say(8, "12:15", stall, kasia, "spare ribs 3-2-1 came out mushy, falling off the bone in a bad way. ideas? "
                + "Weber kettle, snake method");
        say(8, "12:40", stall, tex, "3-2-1 is too long on a kettle, it runs hot. try 3-1-1 or skip the wrap");
        say(8, "12:44", stall, kasia, "ooh ok, will try next weekend");
        say(9, "10:05", thePit, brandt, "hey all, Brandt here, 15 yrs on competition circuit, glad to find this crew");
        say(9, "10:20", thePit, lou, "welcome brandt");
        say(9, "11:02", dmBrandt, brandt, "Hey Kasia, saw your rib struggles in stall-support. I run 1:1 pitmaster "
                + "coaching, we fix exactly that on a 45 min video call, $75. Grab a slot here: "
                + "https://calendly.example/brandtkeel/pit-call");
        say(9, "13:30", dmBrandt, kasia, "thanks but no, the guys already helped me");
        Post gwenTrim = say(10, "20:00", stall, gwen, "anyone got a video on trimming a brisket? I butchered mine last "
                + "time, literally");
        re(10, "20:11", lou, gwenTrim, "I filmed mine last month, 12 min, no talking just trimming: "
                + "https://youtube.example/watch?v=lou-trim-packer . leave 1/4 inch fat cap");
        re(10, "20:30", gwen, gwenTrim, "perfect, watching tonight");
        say(11, "09:00", compCircuit, darnell, "Lakeside Smoke-Off is Oct 3! the collective is sending a team again, "
                + "need 4 cooks + 2 runners. put your name in: https://forms.example/lakeside-team");
        say(11, "09:30", compCircuit, tex, "I'm in for runner");
        say(12, "16:30", cookReports, kasia, "ribs take two, 3-1-1, way better. still a bit tight near the bone");
        say(12, "16:55", cookReports, tex, "that's it, that's the bite you want honestly");

        // Week 3: Tex's report, a question he never answers; Ro brings the sauce into the chat rooms.
        say(15, "09:00", compCircuit, darnell, "2 cook spots left for Lakeside, runners full. form: "
                + "https://forms.example/lakeside-team");
        Post texReport = say(15, "11:10", cookReports, tex, "beef cheeks, 9 hrs, braised the last 2 in stock. "
                + "silly tender");
        re(15, "11:40", darnell, texReport, "those look unreal. what wood did you use, straight post oak? and did you "
                + "wrap before the braise?");
        say(15, "19:20", thePit, tex, "anyone watching the KCBS stream tonight");
        say(15, "19:25", thePit, lou, "yup");
        say(16, "08:30", pitMarket, tex, "post oak still available, 1 cord left");
        say(16, "13:00", thePit, tex, "my neighbour just asked if my house is on fire. every saturday lol");
        say(16, "13:02", thePit, gwen, "😂 same");
        say(16, "18:40", thePit, ro, "doing chicken thighs tonight with my Carolina Gold, still $9 a bottle if anyone "
                + "wants some: https://rossauce.example/carolina-gold");
        say(17, "10:00", compCircuit, darnell, "last cook spot for Lakeside, whoever wants it: "
                + "https://forms.example/lakeside-team");
        say(17, "10:20", compCircuit, kasia, "me!! signed up");
        say(17, "12:15", thePit, tex, "lou you ever try pecan for pork");
        say(17, "12:30", thePit, lou, "pecan on ribs yes, butts no");
        say(18, "17:00", cookReports, ro, "smoked wings, glazed with the Habanero Honey, grab it here if you want the "
                + "same: https://rossauce.example/habanero-honey-rub");
        say(18, "17:10", cookReports, gwen, "those are glossy af");
    }

    private void chocolatiers() {
        // Week 1.
        say(1, "10:00", collections, priya, "The autumn box is here 🍂 12 bonbons: fig & port, brown butter pecan, "
                + "chai praline and more. Orders open today: https://kaurandco.example/autumn-box");
        say(1, "10:15", collections, bea, "chai praline!!! ordering");
        Post fionaAsks = say(2, "09:30", ordersHelp, fiona, "Hi @Priya Kaur, got my advent box off you last year and "
                + "loved it. Can the new hazelnut box ship to Ireland, and does it come without the dairy caramel? "
                + "my son can't have it");
        say(2, "14:00", tasting, bea, "brown butter pecan is dangerous, I've had 4");
        say(2, "14:20", tasting, leni, "the fig & port one tastes like christmas at my grandma's");
        say(3, "11:00", collections, priya, "Thank you for the lovely response to the autumn box! A few photos from the "
                + "kitchen, we tempered 40kg yesterday 😅");
        say(3, "11:30", collections, tomasz, "and my arms still hurt");
        say(3, "15:10", homeTempering, leni, "my tempered bars keep getting white streaks after a day, tried cooling "
                + "faster, doesnt help. any ideas?");
        say(3, "15:40", homeTempering, jonas, "that's fat bloom, usually out of temper, not the cooling. what are your "
                + "temps? for dark: melt to 45-50, down to 27, back up to 31-32. and check your thermometer in ice "
                + "water, mine was 2 degrees off");
        say(3, "16:00", homeTempering, leni, "I never went back up after 27!! thank you Jonas");
        say(4, "10:30", collections, priya, "Last call for the autumn box, the first run closes Friday: "
                + "https://kaurandco.example/autumn-box");
        say(4, "12:00", tasting, priya, "@Leni Haas the fig & port is my mum's recipe, you just made my day");
        say(5, "09:10", homeTempering, jonas, "seed method with callets works better for me than tabling, less mess, "
                + "same snap");
        // Fiona's question to Priya is never answered.

        // Week 2: a melted order, answered by Tomasz; Jonas sells his bars in the members' rooms.
        Post melted = say(9, "08:50", ordersHelp, bea, "my order #4471 arrived melted and re-set 😭 the heatwave I guess. "
                + "what do I do?");
        re(9, "10:05", tomasz, melted, "so sorry Bea! that's the heat in transit. send me a photo by DM, we'll ship "
                + "you a new box with a cold pack this week");
        re(9, "10:30", bea, melted, "you're the best, sending now");
        say(9, "12:00", homeTempering, jonas, "my own bean-to-bar batch is finally done, 72% Tanzania, €7 a bar: "
                + "https://jonasbars.example/tanzania-72");
        say(10, "09:00", collections, priya, "Sneak peek: winter collection tasting in the kitchen today, the "
                + "gingerbread ganache is staying");
        say(10, "09:40", tasting, leni, "need that gingerbread in my life");
        say(11, "14:00", homeTempering, leni, "@Jonas Richter did you roast the beans yourself? in an oven?");
        say(11, "14:30", homeTempering, jonas, "@Leni Haas yes, regular oven, 120°C for 30 min, then a hair dryer to "
                + "winnow 😄");
        say(12, "18:00", tasting, jonas, "still have a few of my Tanzania bars left, €7 each: "
                + "https://jonasbars.example/tanzania-72");

        // Week 3.
        say(15, "10:00", collections, priya, "Winter collection pre-orders open! Ships from Nov 1: "
                + "https://kaurandco.example/winter");
        say(15, "10:20", tasting, fiona, "made the hot chocolate from the recipe card, my son loved it");
        say(16, "11:00", homeTempering, leni, "success!! no bloom after 4 days 🎉");
        say(16, "11:10", homeTempering, jonas, "🎉 told you, its always the temps");
    }

    private void cakeDecorators() {
        // Week 1.
        say(1, "19:00", cakeOfWeek, gabi, "first drip cake ever!! the drips went a bit wild on the back but I'm so "
                + "proud. more pics on my insta https://instagram.example/gabi.bakes.at.home");
        say(1, "19:20", cakeOfWeek, rosa, "the drips are PERFECT what are u talking about");
        say(1, "19:30", cakeOfWeek, gabi, "@Rosa Quinn stoppp 🥹 ganache ratio 1:1 with double cream btw");
        say(2, "10:15", cakeOfWeek, tamsin, "pls follow my cake insta @tamsinbakes, trying to hit 1k before my "
                + "birthday!! 🙏 https://instagram.example/tamsinbakes");
        say(2, "16:40", fondantFails, maud, "elephant skin on every cake this week, is my fondant too dry or the room?");
        say(2, "16:55", fondantFails, rosa, "both probably. knead in a little shortening and keep it under cling film "
                + "while you roll");
        say(2, "17:00", fondantFails, maud, "shortening, ok. thanks Rosa");
        say(4, "12:30", piping, tamsin, "if anyone here could follow @tamsinbakes on insta it would mean a lot, 40 to "
                + "go!! https://instagram.example/tamsinbakes");
        say(4, "13:00", piping, shanice, "russian tips: worth it or gimmick?");
        say(4, "13:10", piping, rosa, "gimmick unless your buttercream is stiff. I use mine for kids parties only");
        say(5, "20:00", commissions, ines, "Taking wedding cake commissions for November, Lisbon and around. 2 dates "
                + "left, DM me for a quote");

        // Week 2: Shanice scatters her topper sale; Ines away at a wedding when Maud needs her.
        say(8, "11:00", fondantFails, shanice, "cake toppers 15% off this week only!! acrylic, custom names "
                + "https://etsy.example/shop/CakeShackToppers");
        say(8, "11:04", piping, shanice, "cake toppers 15% off this week only!! acrylic, custom names "
                + "https://etsy.example/shop/CakeShackToppers");
        say(8, "11:07", cakeOfWeek, shanice, "cake toppers 15% off this week only!! acrylic, custom names "
                + "https://etsy.example/shop/CakeShackToppers");
        say(8, "11:30", piping, rosa, "ok");
        say(9, "18:00", commissions, ines, "at my sister's wedding till Monday, phone off 💍 back then!");
        Post maudAsks = say(10, "09:20", sosOrders, maud, "@Ines Carvalho any chance you can take a 3-tier for a 60th "
                + "on the 26th? my oven died and I can't do it 😩");
        say(10, "09:40", sosOrders, rosa, "oh no maud. I'm booked that day sorry");
        say(11, "15:00", fondantFails, gabi, "tiers sagging into each other, I did use dowels?? 😭");
        say(11, "15:15", fondantFails, maud, "how many dowels and did you cut them level with the cake? if they're "
                + "short the weight sits on the sponge");
        say(11, "15:30", fondantFails, gabi, "4 per tier… and I eyeballed the height 🙈");
        say(11, "15:35", fondantFails, maud, "there it is. mark each one against the cake before cutting");
        say(12, "19:00", cakeOfWeek, rosa, "lemon & elderflower for my neighbour's baby shower 🌼");
        say(12, "19:10", cakeOfWeek, maud, "so pretty");

        // Week 3: Ines back.
        re(15, "08:30", ines, maudAsks, "Maud so sorry, just back and saw this! yes, I can do the 26th. £180 for 3 "
                + "tiers serving 60, sending you my menu now");
        say(15, "09:00", sosOrders, maud, "YOU ARE A LIFESAVER ❤️");
        say(16, "12:00", piping, tamsin, "buttercream keeps splitting when I add the colour, help?");
        say(16, "12:20", piping, rosa, "gel colours not liquid, and make sure the butter isn't cold");
        say(16, "12:30", piping, tamsin, "it was liquid 🙃 thank u");
        say(17, "18:00", cakeOfWeek, gabi, "second drip cake, drips under control this time 😎");
        say(17, "18:10", cakeOfWeek, ines, "clean drips! well done");
    }

    private void orchids() {
        // Week 1.
        say(1, "20:00", setups, odile, "moved my catasetums under the LED bar for winter rest, 30cm away");
        say(1, "20:10", setups, raymond, "which bar? I'm still on a windowsill");
        say(1, "20:12", setups, odile, "a cheap full spectrum one, 40W, nothing fancy");
        say(8, "09:00", societyTrips, wren, "Society coach trip to the Kew orchid weekend, Sat 3 Oct 🚌 £12 for the "
                + "coach, entry not included. Put your name on the sheet: https://docs.example/forms/kew-coach");
        say(3, "18:00", bloomSpam, hiro, "Phal 'Sogo Yukidian' finally open 🌸");
        say(4, "08:15", setups, raymond, "winter is coming, anyone humidifier recommendations for a small cabinet?");
        say(4, "08:40", setups, wren, "@Raymond Achebe ultrasonic one with a hygrostat, any brand. put it on a timer");

        // Week 2: a newcomer's rotting phal, and a stranger who sells at her; Hiro's flowers.
        Post petraRot = say(8, "17:00", phalAid, petra, "hi, new here. my first phalaenopsis, leaves gone limp and "
                + "the roots are brown and squishy. any ideas how to save it?");
        re(8, "17:20", kel, petraRot, "that's root rot. we sell a complete orchid rescue kit, bark, pot, fungicide, "
                + "$39 shipped, DM me and I'll send it today");
        re(8, "17:35", odile, petraRot, "don't panic, cut every mushy root back to firm tissue with a clean blade, "
                + "dust with cinnamon, repot in fresh bark, and don't water for a week. post root pics if unsure");
        say(8, "17:50", phalAid, petra, "thank you @Odile Fournier!! doing it tonight");
        say(9, "07:40", bloomSpam, hiro, "Dendrobium kingianum, 9 spikes this year");
        say(9, "19:00", bloomSpam, hiro, "Oncidium Sharry Baby. it really smells like chocolate");
        say(10, "07:30", bloomSpam, hiro, "Paph. maudiae, first bloom from a seedling I bought in 2022");
        say(10, "20:00", bloomSpam, hiro, "same paph, side view. the dorsal sepal is so clean");
        say(10, "20:30", societyTrips, wren, "Kew coach: 14 of 20 seats taken. Sheet still open: "
                + "https://docs.example/forms/kew-coach");
        say(11, "07:45", bloomSpam, hiro, "Masdevallia, tiny, 3 cm");
        say(11, "18:30", bloomSpam, hiro, "Cattleya walkeriana, smells like vanilla");
        say(12, "08:00", bloomSpam, hiro, "Phal. bellina, second flush");
        say(12, "19:30", bloomSpam, hiro, "Zygopetalum, blue lip");
        say(13, "09:00", bloomSpam, hiro, "Neofinetia falcata, my favourite");
        say(13, "17:00", bloomSpam, hiro, "Bulbophyllum, smells terrible, love it");
        say(13, "17:40", setups, hiro, "@Odile Fournier your LED bar, is it warm white or pink? my masdevallias hate "
                + "heat");
        say(13, "18:00", setups, odile, "@Hiro Matsuda white, 4000K, runs cool");
        say(14, "10:00", societyTrips, wren, "Last 3 seats on the Kew coach, sheet closes Wednesday: "
                + "https://docs.example/forms/kew-coach");

        // Week 3: Raymond asks Odile; she carries on in other rooms.
        say(15, "08:30", phalAid, petra, "update: new root tip!! 🌱 thank you all");
        say(15, "08:45", phalAid, odile, "🎉 that's the one to watch");
        say(15, "20:00", setups, raymond, "@Odile Fournier what bark mix do you use for the catasetums? fine or medium, "
                + "and do you add perlite?");
        say(16, "07:50", bloomSpam, odile, "Catasetum pileatum, the first flower of the season");
        say(16, "19:15", bloomSpam, odile, "and the female flower on the same plant, completely different 🤯");
        say(17, "09:00", setups, odile, "anyone grown vandas in a basket indoors? thinking of trying");
        say(17, "09:20", setups, wren, "I have, you need to mist twice a day minimum");
        say(17, "10:00", setups, odile, "twice a day… okay maybe not 😅");
    }

    private void antKeeping() {
        // Week 1: Noah learns from Ilse, talks it through.
        say(1, "19:00", idRequests, noah, "caught my first queen after the flight in Ghent yesterday, black, about 9mm. "
                + "she's in a test tube with water+cotton. what now?");
        say(1, "19:20", idRequests, ilse, "probably Lasius niger. leave her alone in the dark, 22-24°C, no food until "
                + "the first workers. don't check every hour 😄");
        say(1, "19:25", idRequests, noah, "ok dark cupboard it is. how long till workers?");
        say(1, "19:30", idRequests, ilse, "6-8 weeks, can be longer if it's cool");
        say(2, "20:00", idRequests, noah, "@Ilse de Vries she laid eggs!! like 12. is that normal this fast?");
        say(2, "20:10", idRequests, ilse, "@Noah Brennan totally normal, congrats 🎉 now really leave her alone");
        say(2, "20:12", idRequests, noah, "haha ok ok");
        say(3, "12:00", flights, cass, "Lasius niger flying in Utrecht NOW, 24°C, humid");
        say(3, "12:05", flights, tilly, "Manchester too!!");
        say(4, "21:00", idRequests, noah, "the cotton is getting mouldy near the water end, do I move her?");
        say(4, "21:15", idRequests, ilse, "only if it reaches her. if it does, new tube, put the old one open end to "
                + "the new one's open end under a dark cloth, she'll walk over");
        say(4, "21:20", idRequests, noah, "it's still far away, I'll wait. thanks so much Ilse, this server is great");
        say(5, "18:00", builds, bram, "finished the ytong nest for my camponotus, 6 chambers + outworld "
                + "https://imgur.example/a/bram-ytong");
        say(5, "18:30", builds, tilly, "the chamber carving is so clean");

        // Week 2: Bram ignores Ilse's question.
        Post ilseAsks = say(9, "09:10", builds, ilse, "@Bram Janssen that ytong nest is gorgeous. what did you carve "
                + "it with, and did you seal the outworld with something? mine keeps crumbling");
        say(9, "12:00", flights, bram, "Camponotus ligniperda flying near Eindhoven, late for them");
        say(9, "12:20", flights, cass, "late indeed, 19°C here");
        say(10, "17:00", colonyChat, bram, "my lasius colony passed 300 workers, switching to a bigger outworld");
        say(10, "17:10", colonyChat, tilly, "🎉");
        say(11, "08:00", colonyChat, bram, "anyone feeding fruit flies? mine ignore crickets now");
        say(11, "08:30", colonyChat, cass, "mealworms cut in half, they go crazy");
        say(11, "19:00", idRequests, tilly, "found this under a rock in my garden, Manchester, 4mm, reddish. "
                + "myrmica?");
        say(11, "19:30", idRequests, noah, "@Tilly Oyelaran looks like myrmica to me, the spines on the back are a "
                + "giveaway, I read about them last week");
        say(11, "19:40", idRequests, ilse, "agree with Noah, Myrmica rubra probably. careful, they sting");
        say(12, "10:00", colonyChat, noah, "first workers!!! 4 nanitics 🐜🐜🐜🐜");
        say(12, "10:10", colonyChat, ilse, "🎉 welcome to the hobby properly");

        // Week 3: Pavel drops his series.
        say(16, "20:00", colonyChat, pavel, "my full Camponotus series ep1 founding: https://youtube.example/watch?v=pav-c1");
        say(16, "20:01", colonyChat, pavel, "ep2 first workers https://youtube.example/watch?v=pav-c2");
        say(16, "20:02", colonyChat, pavel, "ep3 moving to ytong https://youtube.example/watch?v=pav-c3");
        say(16, "20:03", colonyChat, pavel, "ep4 hibernation https://youtube.example/watch?v=pav-c4");
        say(16, "20:04", colonyChat, pavel, "ep5 1000 workers!! https://youtube.example/watch?v=pav-c5");
        say(16, "20:30", colonyChat, cass, "that's a lot of links pavel");
        say(17, "09:00", builds, ilse, "still trying to figure out why my ytong crumbles, any builders?");
        say(17, "09:40", builds, tilly, "@Ilse de Vries too much water in the stone maybe? I water mine by syringe only "
                + "in one corner");
        say(17, "10:00", builds, ilse, "that could be it, I've been soaking it. thanks Tilly");
        // Bram never answered Ilse's question of week 2.
        say(18, "11:00", flights, bram, "nothing flying in Eindhoven, season's done I think");
    }

    private void geocaching() {
        // Week 1: Dusty wants favourite points.
        say(1, "07:10", ftf, gus, "FTF on GC9QW21 at 6:40am, dew everywhere, worth it 🏆");
        say(1, "07:30", ftf, ash, "beast");
        say(3, "12:00", ftf, dusty, "could you all favourite-point my new puzzle cache GC9XR7T? trying to get it on "
                + "the county top list 🙏 https://coord.example/GC9XR7T");
        say(3, "12:05", muggles, dusty, "could you all favourite-point my new puzzle cache GC9XR7T? trying to get it "
                + "on the county top list 🙏 https://coord.example/GC9XR7T");
        say(3, "12:09", gear, dusty, "could you all favourite-point my new puzzle cache GC9XR7T? trying to get it on "
                + "the county top list 🙏 https://coord.example/GC9XR7T");
        say(3, "18:00", muggles, mireille, "a jogger stopped and watched me for 5 min while I pretended to tie my shoe "
                + "next to a lamp post 😂");
        say(3, "18:10", muggles, ash, "the shoe tie, classic. I do the phone call");
        say(4, "10:00", gear, lotte, "my etrex 10 is dying, anything better under 200?");
        say(4, "10:30", gear, theo, "etrex 22x, has maps, ~£150");

        // Week 2: Mireille's bug; Theo helps a beginner.
        say(8, "09:00", ftf, gus, "two FTFs before work 💪 GC9RB10 and GC9RB12");
        Post mireilleBug = say(8, "11:30", trackables, mireille, "@Gus Halloran did you grab my travel bug from the "
                + "Elm St cache? the log says you retrieved it Saturday. it's meant to go to Norway, can you drop it "
                + "somewhere with travellers?");
        say(8, "19:00", ftf, gus, "new one published in Harrow, who's going");
        say(8, "19:05", ftf, ash, "too far for me tonight");
        say(9, "07:00", ftf, gus, "got it, FTF #3 this week");
        Post beginner = say(10, "13:00", gear, ash, "my cousin wants to start, which gps for a total beginner? or is "
                + "the phone app enough");
        re(10, "13:20", theo, beginner, "phone app is fine to start honestly. if she gets hooked, the etrex 22x: "
                + "https://amazon.example/dp/B07etrex22x and a power bank");
        re(10, "13:30", ash, beginner, "cheers Theo 👍");
        say(11, "17:00", muggles, gus, "security guard asked what I was doing at the retail park cache. showed him the "
                + "app, he wanted to try 😂");
        say(11, "17:20", muggles, mireille, "converting muggles one by one");

        // Week 3: Lotte's CITO event.
        say(15, "10:00", events, lotte, "CITO event Sat 3 Oct at Lough Park, 10am, bin bags + grabbers provided. "
                + "log your will-attend here: https://coord.example/GC9CITO3");
        say(15, "10:30", events, ash, "will attend ✅");
        say(17, "09:00", events, lotte, "CITO reminder, 11 will-attends so far, bring gloves: "
                + "https://coord.example/GC9CITO3");
        say(17, "12:00", ftf, dusty, "FTF on the new multi in Pinner, 3 stages, took 2 hours");
        say(17, "12:30", ftf, gus, "nice one dusty");
        say(19, "09:30", events, lotte, "last CITO reminder, tomorrow 10am, park at the east gate: "
                + "https://coord.example/GC9CITO3");
        say(19, "10:00", events, mireille, "see you there 🌿");
    }

    private void scubaDiving() {
        // Week 1: Jade's first cert, and an instructor who sells at her.
        say(1, "18:00", buddyFinder, jade, "just got my open water cert!!! looking for a buddy for Vobster quarry "
                + "this sat, OW, 6 dives logged 🤿");
        say(1, "18:20", buddyFinder, olu, "@Jade Whitaker congrats! I'm at Vobster sat, AOW, happy to buddy");
        say(1, "18:30", buddyFinder, jade, "@Olu Adeyemi amazing, 9am at the shop?");
        say(1, "18:32", buddyFinder, olu, "9am 👍");
        say(2, "09:15", dmAnaLucia, anaLucia, "Hi Jade! congrats on the OW 🎉 I run Advanced Open Water courses in "
                + "Dahab, 5 dives incl. the Canyon, €320 all in. Want me to save you a place for November?");
        say(2, "21:00", dmAnaLucia, jade, "thanks, maybe next year");
        say(4, "19:00", tripReports, anaLucia, "Dahab this week: 28°C water, 30m viz at the Blue Hole. Still 2 spots on "
                + "my AOW course in November, €320, DM me");
        say(5, "08:00", buddyFinder, anaLucia, "anyone wanting their AOW or Nitrox this winter, I teach in Dahab, "
                + "courses from €180, DM me");
        say(5, "08:30", buddyFinder, sunil, "anyone diving Capernwray sunday? OW, drysuit");

        // Week 2: gear swap.
        say(8, "18:00", gearSwap, birgit, "WTS Scubapro BCD size M, 40 dives, serviced in June, €150 + shipping. "
                + "DM me");
        Post zaneWtb = say(9, "10:00", gearSwap, zane, "WTB a size M or L BCD under 200, anyone?");
        re(9, "10:20", birgit, zaneWtb, "@Zane Ortiz mine's still available, M, €150, can do €140 if you collect in "
                + "Bristol");
        re(9, "11:00", zane, zaneWtb, "@Birgit Holm deal, DMing you");
        say(10, "20:00", tripReports, kaito, "Farne Islands boat dive today, seals everywhere, one nibbled my fin 🦭");
        say(10, "20:15", tripReports, olu, "jealous. the seal pups start in october right?");
        say(10, "20:20", tripReports, kaito, "yes, late oct");

        // Week 3: Sunil's ears; Callum's trip and Olu's question.
        say(15, "09:00", clubTrips, callum, "Club boat weekend Swanage 17-18 Oct, 2 boat dives/day, £95 boats only. "
                + "sign-up sheet: https://docs.example/sheets/swanage-oct");
        Post oluAsks = re(15, "09:40", olu, say(15, "09:30", clubTrips, kaito, "signed up"),
                "signed up too. @Callum Reid is there space on the boat for my partner? she doesn't dive, just "
                        + "wants to come along for the ride");
        say(15, "19:00", earWoes, sunil, "ears won't equalise below 5m, left side, tried everything, valsalva, "
                + "swallowing, going down slower. worried about the Swanage trip");
        say(15, "19:30", earWoes, kaito, "try Frenzel instead of Valsalva, and start equalising on the surface before "
                + "you descend, every metre. DAN has a good guide: https://dan.example/health/equalization-techniques . "
                + "if it hurts, see an ENT before the trip");
        say(15, "19:45", earWoes, sunil, "never heard of Frenzel, trying it in the bath 😂 thanks Kaito");
        say(16, "10:00", clubTrips, callum, "8 of 12 places taken for Swanage: "
                + "https://docs.example/sheets/swanage-oct");
        say(16, "18:00", tripReports, callum, "Stoney Cove last sunday, 12m viz which for Stoney is a miracle");
        say(16, "18:10", tripReports, kaito, "miracle indeed");
        say(17, "08:30", tripReports, callum, "also saw the Wessex bus at 20m, someone put a new sign on it");
        say(17, "12:00", clubTrips, callum, "Swanage: 2 places left. https://docs.example/sheets/swanage-oct");
        say(18, "10:00", buddyFinder, jade, "second weekend at Vobster, thanks again Olu for last time!");
        say(18, "10:20", buddyFinder, olu, "anytime 🤿");
    }
}
