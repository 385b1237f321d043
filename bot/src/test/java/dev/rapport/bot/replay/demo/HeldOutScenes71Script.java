package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 71 (sealed): eight communities of science, nature and the land, of kinds no earlier round used
 * (borehole and water-well drillers with a room where landowners ask and a kit-for-sale room, home weather-station
 * hobbyists where nobody sells, seed savers with a swap room and a member's small seed business, ecological
 * surveyors with a room where homeowners and architects ask, a telescope shop's own server with its Staff, moth
 * trappers and recorders with an ID-help room and a trap maker, wildlife pond builders with a room where garden owners
 * ask and a pond firm's DM, meteorite hunters and collectors with a listings room and a buyer's DM), over three ISO
 * weeks (2028-W47 to W49), written and labelled by writer71 (session 40) before any coach ran on them. The labels are
 * in {@code bot/src/test/resources/eval/held-out-scenes-71.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes71Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2028, 11, 20);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2028, 12, 11, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-71";
    private static final int BASE = 54800;

    // --- A. borehole and water-well drillers ---
    private final String aq = cast.guild(991);
    private final Channel aqShop = cast.channel(aq, "Aquifer Yard", "drill-shop",
            "drillers and pump engineers among ourselves: rigs, casing, grout, bits, moans", "aq-drill-shop.json");
    private final Channel aqAsk = cast.channel(aq, "Aquifer Yard", "ask-a-driller",
            "landowners, farmers, smallholders: ask the drillers about boreholes, wells, yields and costs",
            "aq-ask-a-driller.json");
    private final Channel aqKit = cast.channel(aq, "Aquifer Yard", "kit-for-sale",
            "rigs, pumps, casing and spares for sale or wanted: price in the post", "aq-kit-for-sale.json");
    private final Persona gwyn = cast.person("gwyn.drills", "Gwyn Pritchard");
    private final Persona dafydd = cast.person("dafydd.rees", "Dafydd Rees");
    private final Persona mairead = cast.person("mairead.k", "Mairead Kinsella");
    private final Persona olusegun = cast.person("segun.bello", "Olusegun Bello");
    private final Persona roddy = cast.person("roddy.f", "Roddy Fraser");
    private final Persona marcus = cast.person("marcus.w", "Marcus Whitfield");
    private final Persona hester = cast.person("hester.l", "Hester Lindqvist");
    private final Persona pradeep = cast.person("pradeep.n", "Pradeep Nair");

    // --- B. home weather-station hobbyists (nobody sells) ---
    private final String iso = cast.guild(992);
    private final Channel isObs = cast.channel(iso, "Isobar Club", "obs-log",
            "post your daily readings: max, min, rain, gust", "is-obs-log.json");
    private final Channel isHelp = cast.channel(iso, "Isobar Club", "station-help",
            "sensors, loggers, radiation shields, software trouble", "is-station-help.json");
    private final Channel isChat = cast.channel(iso, "Isobar Club", "chat",
            "anything weather, anything else", "is-chat.json");
    private final Channel isIntro = cast.channel(iso, "Isobar Club", "introductions",
            "new here? introduce yourself and your station", "is-introductions.json");
    private final Persona anil = cast.person("anil.c", "Anil Chaudhary");
    private final Persona perpetua = cast.person("perpetua.o", "Perpetua Osei");
    private final Persona bernard = cast.person("bernard.k", "Bernard Kowalczyk");
    private final Persona hamish = cast.person("hamish.d", "Hamish Drummond");
    private final Persona lorcan = cast.person("lorcan.b", "Lorcan Byrne");
    private final Persona yuki = cast.person("yuki.t", "Yuki Tanabe");
    private final Persona rosa = cast.person("rosa.mod", "Rosa Ferreira");

    // --- C. seed savers ---
    private final String tin = cast.guild(993);
    private final Channel stNotes = cast.channel(tin, "The Seed Tin", "growing-notes",
            "how your saved seed did this year", "st-growing-notes.json");
    private final Channel stSwap = cast.channel(tin, "The Seed Tin", "seed-swap",
            "spare seed, free or for the postage; wants too", "st-seed-swap.json");
    private final Channel stVarieties = cast.channel(tin, "The Seed Tin", "varieties",
            "variety histories, who keeps what, rescue lists", "st-varieties.json");
    private final Channel stPollination = cast.channel(tin, "The Seed Tin", "isolation-and-crossing",
            "isolation distances, bagging, hand pollination, keeping lines true", "st-isolation.json");
    private final Persona mina = cast.person("mina.seeds", "Mina Achterberg");
    private final Persona tobias = cast.person("tobias.g", "Tobias Grünwald");
    private final Persona fenella = cast.person("fenella.m", "Fenella Marsh");
    private final Persona kofi = cast.person("kofi.m", "Kofi Mensah");
    private final Persona parisa = cast.person("parisa.t", "Parisa Tehrani");
    private final Persona ruairi = cast.person("ruairi.q", "Ruairi Quinn");
    private final Persona gloria = cast.person("gloria.e", "Gloria Estévez");

    // --- D. ecological surveyors ---
    private final String tr = cast.guild(994);
    private final Channel trField = cast.channel(tr, "Transect", "field-season",
            "ecologists talking shop: surveys, kit, weather, clients", "tr-field-season.json");
    private final Channel trAsk = cast.channel(tr, "Transect", "ask-an-ecologist",
            "homeowners, architects, developers: ask about bat, newt, bird and habitat surveys", "tr-ask.json");
    private final Channel trLicence = cast.channel(tr, "Transect", "licences-and-cpd",
            "class licences, mitigation licences, training, CPD", "tr-licences.json");
    private final Channel trIntro = cast.channel(tr, "Transect", "introductions",
            "introduce yourself", "tr-introductions.json");
    private final Persona siobhan = cast.person("siobhan.c", "Siobhan Carty");
    private final Persona rupert = cast.person("rupert.h", "Rupert Hollingsworth");
    private final Persona dominic = cast.person("dominic.v", "Dominic Varga");
    private final Persona amara = cast.person("amara.eco", "Amara Eze");
    private final Persona priya = cast.person("priya.r", "Priya Raman");
    private final Persona tom = cast.person("tom.mod", "Tom Ashdown");
    private final Persona ines = cast.person("ines.m", "Ines Moreau");
    private final Persona jasper = cast.person("jasper.arch", "Jasper Lowe");

    // --- E. a telescope shop's own server ---
    private final String da = cast.guild(995);
    private final Role staff = cast.role("Staff", "#3498db", 2);
    private final Channel daDesk = cast.channel(da, "Dark Acre Optics", "shop-desk",
            "questions for the Dark Acre team: orders, repairs, advice. one of our team will reply",
            "da-shop-desk.json");
    private final Channel daFirst = cast.channel(da, "Dark Acre Optics", "first-light",
            "your first night with new kit: photos and stories", "da-first-light.json");
    private final Channel daReports = cast.channel(da, "Dark Acre Optics", "observing-reports",
            "what you saw, where, with what", "da-observing-reports.json");
    private final Channel daNews = cast.channel(da, "Dark Acre Optics", "announcements",
            "shop news, stock, opening hours", "da-announcements.json");
    private final Persona nadia = cast.person("nadia.darkacre", "Nadia Rahimi", staff);
    private final Persona ezra = cast.person("ezra.darkacre", "Ezra Goldfarb", staff);
    private final Persona ishaan = cast.person("ishaan.k", "Ishaan Kapoor");
    private final Persona maren = cast.person("maren.s", "Maren Solberg");
    private final Persona barty = cast.person("barty.n", "Barty Ndiaye");
    private final Persona chiara = cast.person("chiara.l", "Chiara Lombardi");
    private final Persona wenjie = cast.person("wenjie.lau", "Wen Jie Lau");

    // --- F. moth trappers and recorders ---
    private final String ac = cast.guild(996);
    private final Channel acCatch = cast.channel(ac, "Actinic", "last-nights-catch",
            "what came to the trap: species, counts, weather", "ac-last-nights-catch.json");
    private final Channel acId = cast.channel(ac, "Actinic", "id-help",
            "photos of the tricky ones, ask and we'll try", "ac-id-help.json");
    private final Channel acTraps = cast.channel(ac, "Actinic", "trap-builds",
            "homemade traps, bulbs, ballasts, egg boxes", "ac-trap-builds.json");
    private final Channel acRecords = cast.channel(ac, "Actinic", "records-and-recorders",
            "getting records to the county recorder, spreadsheets, apps", "ac-records.json");
    private final Persona harvey = cast.person("harvey.p", "Harvey Plunkett");
    private final Persona joan = cast.person("joan.w", "Joan Whitcombe");
    private final Persona esme = cast.person("esme.t", "Esme Tran");
    private final Persona callum = cast.person("callum.traps", "Callum Reid");
    private final Persona bogdan = cast.person("bogdan.m", "Bogdan Marin");
    private final Persona niamh = cast.person("niamh.d", "Niamh Delaney");

    // --- G. wildlife pond builders ---
    private final String nl = cast.guild(997);
    private final Channel nlBuilds = cast.channel(nl, "Newt & Lily", "pond-builds",
            "your ponds, big and small: photos, progress, wildlife", "nl-pond-builds.json");
    private final Channel nlAsk = cast.channel(nl, "Newt & Lily", "ask-about-ponds",
            "garden owners: ask the builders and old hands anything", "nl-ask-about-ponds.json");
    private final Channel nlPlants = cast.channel(nl, "Newt & Lily", "liners-and-planting",
            "liners, underlay, native marginals, oxygenators", "nl-liners-and-planting.json");
    private final Persona femi = cast.person("femi.ponds", "Femi Adeyemi");
    private final Persona grant = cast.person("grant.greenmere", "Grant Hollis");
    private final Persona ottilie = cast.person("ottilie.b", "Ottilie Brandt");
    private final Persona sunita = cast.person("sunita.b", "Sunita Bhatt");
    private final Persona declan = cast.person("declan.f", "Declan Foley");
    private final Persona agnieszka = cast.person("aga.w", "Agnieszka Wiśniewska");
    private final Persona raul = cast.person("raul.m", "Raúl Medina");
    private final Channel nlDm = cast.dm(ottilie, "nl-dm-ottilie.json");

    // --- H. meteorite hunters and collectors ---
    private final String sf = cast.guild(998);
    private final Channel sfFinds = cast.channel(sf, "Strewn Field", "finds",
            "your finds and acquisitions, with photos", "sf-finds.json");
    private final Channel sfSale = cast.channel(sf, "Strewn Field", "for-sale",
            "listings: price, weight, classification, provenance", "sf-for-sale.json");
    private final Channel sfClass = cast.channel(sf, "Strewn Field", "classification-help",
            "is it a meteorite? streak tests, magnets, fusion crust, labs", "sf-classification.json");
    private final Channel sfTrips = cast.channel(sf, "Strewn Field", "hunt-trips",
            "planning hunts, permissions, fall reports", "sf-hunt-trips.json");
    private final Persona lev = cast.person("lev.a", "Lev Abramov");
    private final Persona akosua = cast.person("akosua.b", "Akosua Boateng");
    private final Persona teodor = cast.person("teodor.i", "Teodor Ilić");
    private final Persona marguerite = cast.person("marguerite.d", "Marguerite Dufresne");
    private final Persona kenji = cast.person("kenji.w", "Kenji Watanabe");
    private final Persona sadie = cast.person("sadie.o", "Sadie O'Rourke");
    private final Channel sfDm = cast.dm(teodor, "sf-dm-teodor.json");

    private HeldOutScenes71Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        drillers();
        weather();
        seeds();
        ecologists();
        telescopes();
        moths();
        ponds();
        meteorites();
    }

    private void drillers() {
        // W47
        say(1, "07:40", aqShop, mairead, "anyone else had grout go off in the tremie pipe in this cold? lost half a "
                + "batch this morning");
        Post grout = say(1, "07:55", aqShop, olusegun, "warm water in the mix Mairead, and keep the bags in the van "
                + "cab overnight");
        re(1, "08:05", mairead, grout, "the cab, of course. thanks Segun");
        Post cost = say(1, "19:20", aqAsk, hester, "we're a 6 acre smallholding near Leominster, mains is miles off. "
                + "roughly what does a borehole cost these days?");
        Post costAns = re(1, "20:10", gwyn, cost, "depends on depth and rock. round Leominster you're usually in "
                + "sandstone at 50-70m, so ballpark £9-12k drilled, cased and pumped. happy to come and look, DM me");
        re(1, "20:30", hester, costAns, "thanks Gwyn, that's less scary than I thought. will DM");
        say(2, "12:00", aqKit, olusegun, "for sale: 60m of 125mm PVC casing, slotted and plain, £7/m, collection "
                + "Ludlow");
        Post news = say(3, "09:15", aqAsk, marcus, "borehole's in and running! first proper water since the spring "
                + "dried up. Gwyn's crew were brilliant 👍");
        re(3, "09:40", gwyn, news, "cheers Marcus, glad it's flowing. give it a month and send me the test results");
        re(3, "11:02", roddy, news, "nice one Marcus. you'll want treatment on that, iron's high round you. I fit UV "
                + "and softener units, £1,150 fitted, DM me and I'll book you in");
        say(3, "11:30", aqShop, dafydd, "who's running a rotary rig in the Marches this winter? thinking of selling "
                + "the old percussion rig");
        Post rig = say(3, "12:10", aqShop, gwyn, "I am, Dafydd. rotary's twice the speed in the sandstone, never "
                + "looked back");
        re(3, "12:20", dafydd, rig, "that's what I keep hearing. cheers");
        say(4, "08:30", aqAsk, pradeep, "our well yield has dropped a lot since summer. is that just the dry year "
                + "or could the pump be going?");
        say(4, "09:05", aqAsk, mairead, "could be either Pradeep. first check: does the pump run longer to fill the "
                + "tank than it used to? if the water level meter shows the level normal, it's the pump");
        say(4, "09:20", aqAsk, pradeep, "it does run longer. I'll borrow a dip meter, thanks Mairead");
        say(5, "16:00", aqKit, dafydd, "wanted: 4\" submersible, 1.1kW, single phase, working. Powys");
        say(5, "16:40", aqKit, mairead, "got a spare one from a swap-out Dafydd, £180, it ran fine");
        say(5, "16:45", aqKit, dafydd, "deal, I'll ring you");
        say(6, "10:00", aqShop, olusegun, "rain stopped play, rig bogged in at a farm near Clun");
        say(6, "10:30", aqShop, mairead, "been there. boards under the tracks next time");
        say(6, "10:35", aqShop, olusegun, "lesson learned 😂");
        // W48
        say(8, "07:10", aqShop, dafydd, "diary's empty from January. anyone got overflow work going?");
        Post overflow = say(8, "07:30", aqShop, olusegun, "quiet here too. farmers won't spend till after the "
                + "subsidy news");
        re(8, "07:35", dafydd, overflow, "that's the thing, everyone's waiting on it");
        Post q1 = say(8, "10:00", aqAsk, hester, "follow-up from last week: my neighbour asks whether a new "
                + "borehole can affect her old hand-dug well 40m away?");
        say(8, "12:15", aqShop, dafydd, "anyone tried the new bentonite from the Shrewsbury yard?");
        Post bent = say(8, "12:40", aqShop, mairead, "yes, mixes smoother but pricey");
        re(8, "12:50", dafydd, bent, "worth it if it saves a wasted batch I suppose");
        Post q2 = say(9, "08:20", aqAsk, pradeep, "dip meter says the level's fine, so it's the pump. who covers "
                + "Radnorshire for a pump swap? and roughly what's the damage?");
        Post gq1 = re(9, "09:00", gwyn, q1, "Hester, tell her it's unlikely at 40m in sandstone, but we log her "
                + "well level before and after if she wants peace of mind");
        re(9, "09:30", hester, gq1, "thanks Gwyn, she'll be relieved");
        say(9, "11:00", aqShop, dafydd, "Segun, what bit are you running for the mudstone bands?");
        Post bit = say(9, "11:20", aqShop, olusegun, "tricone, 6 1/4. PDC chewed itself up");
        re(9, "11:30", dafydd, bit, "same experience. tricone it is");
        say(9, "18:00", aqShop, dafydd, "anyone know if the Environment Agency abstraction threshold changed? 20 "
                + "cubic metres a day still?");
        say(9, "18:20", aqShop, gwyn, "still 20 in England Dafydd, Wales is different, check NRW");
        say(9, "18:25", aqShop, dafydd, "ta Gwyn");
        say(10, "07:45", aqShop, dafydd, "rig's got a hydraulic weep on the mast ram. seals or the whole ram?");
        Post ram = say(10, "08:10", aqShop, mairead, "seals first, always. £60 kit");
        re(10, "08:15", dafydd, ram, "cheers, ordering");
        Post mq2 = re(10, "10:30", mairead, q2, "Pradeep I'm in Builth most weeks. a 1.1kW swap is usually "
                + "£700-900 with the pump, I can have a look Friday");
        re(10, "10:45", pradeep, mq2, "Friday's good, thanks Mairead");
        say(10, "20:00", aqShop, dafydd, "honestly if January stays empty I might do more pump work");
        say(10, "20:20", aqShop, olusegun, "pump work pays the bills Dafydd");
        say(12, "15:00", aqShop, dafydd, "going to look at a second-hand rotary on Saturday, fingers crossed");
        say(12, "15:20", aqShop, gwyn, "check the rotation head bearings, that's where they go");
        // W49
        say(15, "08:00", aqShop, dafydd, "bought it! ex-council rig, head's fine. thanks Gwyn for the tip");
        say(15, "08:20", aqShop, gwyn, "good man 👍");
        Post q3 = say(15, "19:00", aqAsk, hester, "Dafydd, a friend near Rhayader needs a borehole for a new "
                + "holiday cottage. you cover that way?");
        re(15, "19:40", dafydd, q3, "I do Hester! happy to go and look, give her my number, it's on my profile");
        re(15, "19:50", hester, q3, "will do 🙏");
        say(16, "12:00", aqKit, olusegun, "still got 30m of that casing, now £6/m");
        say(17, "09:00", aqAsk, pradeep, "Mairead swapped the pump, full pressure again. thanks all");
        say(17, "09:30", aqAsk, mairead, "good to hear Pradeep");
        say(18, "14:00", aqShop, mairead, "anyone going to the groundwater day in Hereford in January?");
        say(18, "14:20", aqShop, dafydd, "I'll be there, shout when you're in");
        say(18, "14:35", aqShop, olusegun, "me too, car share from Ludlow if anyone wants");
        say(19, "07:30", aqAsk, marcus, "test results back on the new borehole: iron a touch high but under the "
                + "limit. Gwyn, is that worth treating?");
        say(19, "08:05", aqAsk, gwyn, "Marcus, not at that level. flush it well and retest in spring");
        say(19, "08:10", aqAsk, marcus, "great, one less thing 👍");
        say(20, "10:00", aqShop, mairead, "first snow on the Black Mountains, rigs in the yard till it goes");
        say(20, "10:20", aqShop, gwyn, "same, paperwork week");
        say(21, "16:00", aqKit, dafydd, "for sale: my old percussion rig, runs, tools included, £4,500 ono, "
                + "Powys");
    }

    private void weather() {
        // W47
        say(1, "07:00", isObs, bernard, "Mon 20th: min -2.4, max 6.1, rain 0.0, gust 18 mph. full data as ever at "
                + "https://holmfirth-wx.example/live");
        say(1, "18:30", isChat, rosa, "evening all, first proper frost for most of us last night");
        say(1, "18:40", isChat, hamish, "-4 in the glen, car windscreen was solid");
        say(2, "07:00", isObs, bernard, "Tue 21st: min 1.2, max 8.0, rain 3.4mm, gust 27 mph");
        Post intro = say(2, "19:00", isIntro, yuki, "hi all, Yuki from Kendal. Bought a wifi station in the summer, "
                + "sensor on a pole in the veg patch. I post it all here: https://kendal-yuki-wx.example/");
        re(2, "19:20", rosa, intro, "welcome Yuki! Anil wrote a great guide on siting the sensors, pinned in "
                + "#station-help: https://isobar-club.example/guides/siting");
        re(2, "19:30", yuki, intro, "ooh thank you, reading it now");
        say(3, "07:00", isObs, bernard, "Wed 22nd: min 3.0, max 9.2, rain 11.6mm, gust 41 mph. blowy");
        say(3, "07:15", isObs, lorcan, "11.2mm here in Sligo, roof gauge was overflowing the funnel");
        say(3, "07:20", isObs, bernard, "snap Lorcan, near enough the same total");
        Post leaving = say(4, "17:00", isChat, hamish, "off to Skye till Sunday, no signal up there. keep the "
                + "storm for me");
        Post hq = re(4, "19:00", anil, leaving, "Hamish, before you go, which anemometer mast did you use? 6m "
                + "or 10m?");
        say(4, "07:00", isObs, bernard, "Thu 23rd: min 4.4, max 10.1, rain 2.0mm, gust 30 mph");
        say(5, "07:00", isObs, bernard, "Fri 24th: min 0.3, max 6.8, rain 0.2mm, gust 15 mph");
        say(5, "18:00", isChat, rosa, "anyone see the halo round the moon last night?");
        say(5, "18:10", isChat, lorcan, "saw it from the bus, huge");
        say(6, "08:00", isObs, bernard, "Sat 25th: min -1.0, max 5.5, rain 0.0, gust 12 mph");
        say(7, "20:00", isChat, hamish, "back from Skye, what a trip. Anil: the 6m one, guyed, and it's plenty "
                + "for a garden");
        say(7, "20:15", isChat, anil, "perfect, thanks Hamish. glad it was a good trip");
        say(7, "20:30", isChat, yuki, "read the siting guide, moved the sensor off the fence. thanks Anil, "
                + "brilliant guide");
        say(7, "20:40", isChat, anil, "glad it helped Yuki");
        say(13, "10:00", isChat, hamish, "photos from Skye finally sorted, the sky over the Cuillin was unreal");
        say(13, "10:15", isChat, rosa, "share some in here Hamish!");
        say(13, "10:20", isChat, hamish, "will do tonight");
        // W48
        Post p1 = say(8, "18:00", isHelp, perpetua, "my outdoor sensor keeps dropping off the console every "
                + "evening, comes back in the morning. any idea?");
        Post a1 = re(8, "18:30", anil, p1, "classic cold battery. lithium AAs instead of alkaline, they don't sag "
                + "in the cold");
        re(8, "18:40", perpetua, a1, "thanks!");
        say(8, "07:00", isObs, bernard, "Mon 27th: min 2.1, max 7.7, rain 5.0mm");
        Post p2 = say(9, "19:10", isHelp, perpetua, "lithiums in, sensor stays now. but my temps read 2 degrees "
                + "higher than the airport in the day?");
        Post a2 = re(9, "19:40", anil, p2, "that's sun on the shield. is it on a wall? move it onto a post over "
                + "grass, 1.25m up, and it'll come right");
        re(9, "19:45", perpetua, a2, "thank you!");
        say(9, "07:00", isObs, bernard, "Tue 28th: min 3.6, max 8.9, rain 0.4mm");
        Post p3 = say(10, "18:05", isHelp, perpetua, "moved it. now the rain gauge shows nothing at all even "
                + "though it poured");
        Post a3 = re(10, "18:30", anil, p3, "check for a spider in the tipping bucket, honestly. happens every "
                + "autumn");
        re(10, "19:10", perpetua, a3, "it was a spider 😂 thanks");
        say(10, "20:00", isHelp, anil, "quick favour: anyone within 20 miles of Leeds able to post their rain "
                + "total for Tuesday? mine looks low and I want to know if my gauge is off");
        say(11, "09:00", isChat, perpetua, "gorgeous frost this morning in Horsforth, everything white");
        say(11, "09:10", isChat, rosa, "lovely, sunny here too");
        say(11, "12:00", isHelp, bernard, "Anil, Holmfirth had 0.4 on Tuesday, but we're 25 miles off");
        say(11, "12:20", isHelp, anil, "thanks Bernard, close enough to say mine's fine");
        say(10, "07:00", isObs, bernard, "Wed 29th: min 0.9, max 6.2, rain 0.0");
        Post lq = re(12, "20:00", rosa, say(12, "19:30", isObs, lorcan, "Fri 1st: 18.4mm, gust 52 mph, "
                + "the big one"), "Lorcan what's your gauge sited on? 18mm is way above everyone");
        say(12, "20:30", isObs, lorcan, "on a fence post, open field, nothing near it");
        say(12, "20:35", isObs, rosa, "fair enough, just a wet corner then");
        // W49
        Post mq = re(15, "19:00", yuki, say(15, "18:30", isObs, lorcan, "Mon 4th: 9.6mm, gust 38 mph"),
                "@Lorcan Byrne how high did you put your anemometer? mine's on the shed and reads low");
        say(16, "08:00", isChat, lorcan, "morning all, power cut overnight, logger lost 4 hours");
        say(16, "08:10", isChat, rosa, "ugh. UPS on my list for Christmas");
        say(17, "18:00", isChat, lorcan, "anyone got a spare solar panel for a logger? 5W would do");
        say(17, "18:30", isChat, hamish, "I have a 10W one in the garage Lorcan, yours for the postage");
        say(17, "18:40", isChat, lorcan, "legend, DM'ing you");
        say(16, "07:00", isObs, bernard, "Tue 5th: min -3.8, max 2.0, rain 0.0, gust 9 mph. coldest of the "
                + "season");
        say(18, "19:00", isHelp, perpetua, "Anil sorry this is late, for your rain check: Horsforth had 0.6mm on "
                + "Tuesday the 28th");
        say(18, "19:30", isHelp, anil, "thanks Perpetua, that helps");
        say(19, "20:00", isChat, lorcan, "panel arrived, thanks Hamish 🙌");
        say(19, "20:10", isChat, hamish, "enjoy it");
        say(20, "09:00", isChat, rosa, "snow forecast for the Pennines tonight, who's staying up?");
        say(20, "09:20", isChat, perpetua, "me! first winter with a station, I want to see the temp drop");
        say(20, "09:25", isChat, anil, "watch the dew point Perpetua, when it meets the temp the snow settles");
        say(20, "09:30", isChat, perpetua, "oh that's clever, I'll watch it");
        say(21, "08:00", isObs, perpetua, "Sun 10th: min -1.9, 3cm of snow on the board!");
        say(21, "08:10", isObs, rosa, "same here, magic");
        say(21, "09:00", isIntro, rosa, "we're at 150 members, thanks everyone for making it a nice place");
    }

    private void seeds() {
        // W47
        say(1, "10:00", stNotes, fenella, "my saved Crimson Flowered broad beans came up true again, year 6 now");
        say(1, "10:20", stNotes, kofi, "lovely. mine crossed with the field beans next door, all sorts this year");
        Post want = say(2, "19:00", stVarieties, tobias, "does anyone sell Cherokee Trail of Tears bean seed? "
                + "lost my line to mice");
        re(2, "19:30", mina, want, "I do Tobias, £2.80 a packet, 30 seeds: https://minaseeds.example/beans/cherokee");
        re(2, "19:40", tobias, want, "ordered, thank you!");
        say(2, "20:00", stSwap, fenella, "spare Crimson Flowered broad beans, free for a stamped envelope, DM me "
                + "your address");
        say(2, "20:10", stSwap, gloria, "yes please Fenella!");
        say(3, "11:00", stPollination, parisa, "how far apart do squash need to be to keep them true? I've only "
                + "got a small plot");
        say(3, "11:30", stPollination, ruairi, "half a mile in theory, so on a small plot hand pollinate and tape "
                + "the female flowers shut");
        say(3, "11:40", stPollination, parisa, "ah tape. ok, thanks Ruairi");
        say(4, "09:00", stVarieties, gloria, "found a note in my granny's tin: 'Mrs Estévez's runner' 1968. still "
                + "germinates!");
        say(4, "09:15", stVarieties, kofi, "wow, grow it out and share it 😍");
        say(4, "09:20", stVarieties, mina, "that's a treasure Gloria, worth registering with the heritage library");
        say(5, "14:00", stSwap, ruairi, "wanted: any true Uncle Quentin's tomato. can swap for Irish Lumper "
                + "potato seed");
        say(5, "15:00", stSwap, parisa, "I have Uncle Quentin's, will post some Ruairi");
        say(6, "10:00", stNotes, tobias, "the Cherokee from Mina arrived, packed so well. thanks");
        // W48
        say(8, "09:00", stNotes, kofi, "cleaning seed all weekend, kitchen covered in chaff");
        say(8, "09:10", stNotes, gloria, "winnowing with a hair dryer is the trick");
        say(9, "10:00", stNotes, mina, "my new heritage tomato packs are up! 12 varieties, £3.20 each: "
                + "https://minaseeds.example/tomatoes");
        say(9, "10:04", stVarieties, mina, "new in my shop: 12 heritage tomatoes, £3.20 each "
                + "https://minaseeds.example/tomatoes");
        say(9, "12:00", stPollination, fenella, "do I need to bag peppers or are they mostly selfers?");
        say(9, "12:30", stPollination, ruairi, "mostly self but bees cross them, bag a few for seed");
        say(9, "12:35", stPollination, fenella, "will do");
        say(10, "08:30", stSwap, mina, "if anyone wants tomatoes rather than swapping, my 12 heritage packs are "
                + "£3.20: https://minaseeds.example/tomatoes");
        say(10, "09:00", stSwap, gloria, "spare 'Mrs Estévez's runner' for anyone willing to grow it out and send "
                + "some back 🌿");
        say(10, "09:10", stSwap, kofi, "me please Gloria!");
        say(10, "09:15", stSwap, fenella, "and me");
        say(11, "15:00", stVarieties, parisa, "is Lazy Housewife the same as Fortex? getting conflicting info");
        say(11, "15:30", stVarieties, tobias, "no, Lazy Housewife is an old German stringless, Fortex is a modern "
                + "French one");
        say(11, "15:35", stVarieties, parisa, "thanks Tobias");
        say(12, "19:00", stNotes, ruairi, "Lumper potatoes from true seed this year, tiny but they came");
        say(13, "11:00", stNotes, tobias, "first year saving my own lettuce, way easier than I thought");
        say(13, "11:20", stNotes, fenella, "wait till you try carrots, two years and a fight with the cow parsley");
        say(14, "16:00", stVarieties, kofi, "anyone know where 'Kelvedon Wonder' came from originally?");
        say(14, "16:30", stVarieties, ruairi, "Kelvedon in Essex, a seed firm there bred it in the 1920s I think");
        say(14, "16:35", stVarieties, kofi, "makes sense, thanks");
        // W49
        say(15, "10:00", stVarieties, kofi, "who's keeping the Bere barley line going? I have some from a friend "
                + "on Orkney");
        say(15, "10:20", stVarieties, ruairi, "I grew it two years back, still have a jar. happy to share");
        say(16, "18:00", stSwap, parisa, "squash seed from my taped flowers, free to anyone, 3 varieties");
        say(16, "18:30", stSwap, tobias, "I'd love the Crown Prince Parisa");
        say(17, "10:00", stNotes, mina, "germination test on last year's chard: 92%, not bad for a year in the "
                + "shed");
        say(17, "10:15", stNotes, fenella, "that's better than my fresh seed ha");
        say(18, "20:00", stPollination, kofi, "thinking of isolation cages for brassicas next year, anyone built "
                + "one?");
        say(18, "20:30", stPollination, mina, "I have, Kofi: 1m cube of fleece on a cane frame, and a few bluebottles "
                + "inside as pollinators");
        say(18, "20:35", stPollination, kofi, "bluebottles?! genius, thank you");
        say(19, "11:00", stVarieties, gloria, "grew out a row of the granny runner in the polytunnel, pods 30cm!");
        say(19, "11:20", stVarieties, fenella, "ooh, put me down for some when you've got spare");
        say(20, "09:00", stNotes, parisa, "first frost got my last peppers, but the seed was saved the day before");
        say(20, "09:10", stNotes, tobias, "good timing!");
        say(21, "15:00", stSwap, ruairi, "Bere barley going to anyone who'll grow it, 50 grains a packet, free");
        say(21, "15:30", stSwap, kofi, "thank you Ruairi, will grow it by the Orkney lot and compare");
    }

    private void ecologists() {
        // W47
        say(1, "08:00", trField, siobhan, "last bat survey of the season done, detectors are going in the "
                + "cupboard till April 🙌");
        say(1, "08:20", trField, priya, "jealous, I've still got two winter hibernation checks");
        say(2, "09:30", trAsk, jasper, "architect here. client wants a loft conversion on a 1920s house in "
                + "Canterbury, the planners want a bat survey. can anyone here do one in Kent?");
        Post batOffer = say(2, "10:05", trAsk, siobhan, "Jasper we can, a preliminary roost assessment is £450 and "
                + "can be done now in winter, details here https://carty-ecology.example/bats");
        re(2, "10:30", jasper, batOffer, "thanks Siobhan, I'll pass that on to the client");
        say(3, "12:00", trField, dominic, "hey all! started a youtube channel on bat detecting, would be great if "
                + "you could subscribe and like the first video 🙏 https://batsounds.example/channel");
        say(3, "13:00", trLicence, priya, "reminder the great crested newt class licence renewals are due by the "
                + "end of January");
        say(3, "13:10", trLicence, tom, "thanks Priya, pinned");
        Post amaraIntro = say(4, "10:00", trIntro, amara, "Hello! Amara, botanist and habitat surveyor in "
                + "Nottingham, just set up on my own. My site: https://eze-ecology.example");
        re(4, "10:20", tom, amaraIntro, "welcome Amara! if you're setting up solo, Priya's guide to getting your "
                + "first licences is here https://transect-wiki.example/priya-licence-guide");
        re(4, "10:30", amara, amaraIntro, "brilliant, thanks Tom");
        say(4, "14:00", trAsk, ines, "we have a pond in the garden and want to extend the house. do we need a "
                + "newt survey?");
        say(4, "14:25", trAsk, priya, "Ines only if newts are likely: is there a pond within 250m and decent "
                + "habitat between? if it's a fish pond it's often a no");
        say(4, "14:40", trAsk, ines, "it has goldfish! thank you Priya, that's a relief");
        say(5, "15:00", trField, priya, "anyone else's detector eating batteries in the cold?");
        say(5, "15:20", trField, siobhan, "rechargeables die fastest, lithium for winter");
        say(5, "15:25", trField, priya, "will swap, ta");
        say(5, "16:00", trField, rupert, "finished my 140th survey of the year today. I think that's my record");
        // W48
        say(8, "08:00", trField, rupert, "I spent the whole weekend rebuilding my kit list. I've got my thermal "
                + "camera, my two detectors, my infrared lights and I finally bought my own endoscope. I think my "
                + "setup is now better than most consultancies I've worked for");
        say(8, "08:30", trField, siobhan, "sounds like a good winter job");
        say(9, "12:00", trField, rupert, "I had my annual review with my old firm today. I told them I'm going "
                + "freelance. My plan is to take my own clients from March, I've got my licences and my insurance "
                + "sorted and my website is nearly done");
        say(9, "12:20", trField, priya, "good luck Rupert, big step");
        say(10, "09:00", trField, rupert, "my first booking came in! I'm doing a barn conversion in my home village. "
                + "I know the owner, my dad built half the barns round there. I'm chuffed with myself");
        say(10, "09:05", trField, rupert, "I'm going to write my own survey templates too, I never liked my old "
                + "firm's ones. my versions will be much shorter, I reckon I can save myself a day per report");
        Post rupQ = say(10, "11:00", trField, siobhan, "Rupert, are you doing your own report QA? worth getting "
                + "someone to read your first few");
        re(10, "11:30", rupert, rupQ, "I've thought about it, I trust my own eye, I've written more reports than "
                + "my old manager");
        say(11, "10:00", trAsk, jasper, "the Canterbury survey came back clear, thanks to Siobhan's team for a "
                + "fast turnaround");
        say(11, "10:20", trAsk, siobhan, "thanks Jasper, pleasure");
        say(12, "15:00", trLicence, amara, "does the bat licence need two references or one? the form is unclear");
        say(12, "15:20", trLicence, priya, "two Amara, one from someone who's supervised you in the field");
        say(12, "15:30", trLicence, amara, "thanks Priya, got it");
        say(13, "09:00", trLicence, dominic, "is the bat class licence level 2 worth it if I mostly do detector "
                + "work?");
        say(13, "09:30", trLicence, priya, "yes Dominic, you can't handle or disturb without it, and clients ask");
        say(13, "09:35", trLicence, dominic, "ok, applying then. thanks Priya");
        say(13, "10:00", trField, rupert, "I'm ordering my new van next week, my old car's too small for my gear");
        // W49
        say(15, "09:00", trField, dominic, "anyone know if the thermal cameras can pick up hibernating bats in "
                + "crevices?");
        say(15, "09:20", trField, siobhan, "not really Dominic, they're too cold when torpid. endoscope's better");
        say(15, "09:25", trField, dominic, "ah ok, thanks");
        say(16, "14:00", trAsk, ines, "one more: can we cut back the hedge at the end of the garden now or is it "
                + "nesting season rules?");
        say(16, "14:30", trAsk, amara, "now's the perfect time Ines, nesting season is March to August. check for "
                + "old nests anyway");
        say(16, "14:40", trAsk, ines, "thanks Amara");
        say(17, "11:00", trField, rupert, "did a hibernation check with Priya today, very cold, three brown "
                + "long-eareds. how's everyone else's week?");
        say(17, "11:20", trField, priya, "quiet, writing up. good morning though");
        say(18, "16:00", trLicence, tom, "CPD day on habitat condition assessment, 20 Jan, free for members");
        say(18, "16:20", trLicence, amara, "signed up, thanks Tom");
        say(18, "16:30", trLicence, siobhan, "me too, sending the two juniors");
        say(19, "09:00", trAsk, jasper, "another client: a barn in Faversham with swallows nesting in summer. "
                + "can they convert it in winter?");
        say(19, "09:40", trAsk, siobhan, "Jasper, works outside nesting season are usually fine, but the "
                + "planners will want nest boxes or a gap left for them. bats in barns are the bigger question");
        say(19, "09:50", trAsk, jasper, "thanks, I'll tell them to expect a bat survey too");
        say(20, "12:00", trField, priya, "report deadline for the hibernation checks is Friday, anyone else "
                + "drowning?");
        say(20, "12:10", trField, dominic, "drowning in detector files, 4000 to go through");
    }

    private void telescopes() {
        // W47
        say(1, "10:00", daNews, ezra, "Open till 8 on Thursdays through December for late shoppers. Black Friday: "
                + "10% off all eyepieces this weekend only https://darkacre.example/eyepieces");
        Post q1 = say(1, "14:00", daDesk, maren, "hello! thinking of a first telescope for my daughter, she's 11. "
                + "budget around £250. what would you suggest?");
        Post a1 = re(1, "14:30", nadia, q1, "Hi Maren! at that budget a 130mm tabletop reflector is lovely for her "
                + "age: https://darkacre.example/scopes/130-tabletop £229. easy to carry, great on the Moon");
        re(1, "14:45", maren, a1, "perfect, ordered, thank you Nadia");
        Post q2 = say(2, "11:00", daDesk, barty, "do you stock a 2x barlow that fits a 1.25\" focuser?");
        Post a2 = re(2, "11:20", ezra, q2, "we do Barty, £45: https://darkacre.example/barlow-2x. and a cheaper "
                + "one at £29 in the same page");
        re(2, "11:30", barty, a2, "great, the £45 one please, ordered");
        say(3, "21:00", daReports, chiara, "Jupiter's moons all lined up on one side tonight, lovely");
        say(3, "21:10", daReports, wenjie, "saw it too, Ganymede shadow transit later");
        say(3, "21:30", daReports, chiara, "ooh what time? I'll stay out");
        say(3, "21:35", daReports, wenjie, "about 23:40, low in the south by then");
        say(4, "08:00", daReports, chiara, "got it! tiny black dot, made my night");
        say(4, "20:00", daFirst, ishaan, "first light with the 8-inch dob! Saturn's rings in focus first go, my "
                + "partner screamed")
                .react("🔥", ezra, barty);
        say(4, "20:20", daFirst, nadia, "brilliant Ishaan! so glad 🎉");
        say(5, "19:00", daReports, barty, "barlow arrived, tried it on the Moon, sharp");
        say(6, "22:00", daReports, chiara, "clouds all weekend here, anyone get out?");
        say(6, "22:15", daReports, wenjie, "an hour on Friday, the Double Cluster was lovely");
        say(7, "09:00", daFirst, maren, "the scope arrived, my daughter's wrapped it for herself for Christmas "
                + "already 😂");
        say(7, "09:30", daFirst, nadia, "ha, the best kind of patience");
        // W48
        Post isq = say(9, "10:00", daDesk, ishaan, "@Nadia Rahimi I bought my 8-inch dob from you in October "
                + "and the finder bracket has cracked. can I bring it in Saturday, or could you post me a new one?");
        Post q3 = say(9, "13:00", daDesk, wenjie, "do you do solar filters for a 102mm refractor? first time "
                + "trying the Sun");
        re(9, "14:30", ezra, q3, "we do Wen Jie, the full-aperture film ones, £59: "
                + "https://darkacre.example/solar-102. fits snug, never use anything else");
        say(9, "14:40", daDesk, wenjie, "ordered, thanks Ezra");
        say(10, "09:00", daNews, nadia, "free winter sky evening this Saturday the 2nd at the shop car park, "
                + "scopes set up from 7, bring a chair");
        Post q4 = say(10, "12:00", daDesk, chiara, "is the 10-inch dob back in stock yet?");
        re(10, "13:30", nadia, q4, "Chiara, yes, arrived this morning, two left");
        re(10, "13:40", chiara, q4, "yay, will come in Saturday");
        say(11, "21:00", daReports, maren, "my daughter found the Orion Nebula herself tonight with the new "
                + "scope, she's hooked ✨");
        say(11, "21:15", daReports, nadia, "that's the best thing I'll read all week Maren");
        say(12, "18:00", daReports, chiara, "Andromeda from a dark field, could see the dust lane for the first "
                + "time");
        say(12, "18:20", daReports, nadia, "jealous! clouded out at the shop");
        say(13, "22:00", daFirst, wenjie, "first look at the Sun with the filter, three sunspot groups 🔥");
        say(13, "22:10", daFirst, ezra, "great shot Wen Jie");
        // W49
        say(15, "10:00", daNews, ezra, "Saturday's sky evening was brilliant, 40 of you came! thank you all");
        say(15, "10:20", daReports, barty, "the Orion Nebula through the big shop dob, I need one now");
        say(15, "10:40", daReports, maren, "my daughter counted the Pleiades and swears there are 22");
        say(15, "11:00", daReports, nadia, "she did brilliantly, Maren, she was still at the eyepiece at 11");
        say(16, "11:00", daDesk, maren, "could you do a gift voucher for £50? for my daughter's birthday");
        say(16, "11:20", daDesk, nadia, "Maren, yes, we can post a card voucher, or email one, which would you "
                + "like?");
        say(16, "11:30", daDesk, maren, "posted please!");
        say(17, "10:00", daDesk, ezra, "Ishaan, so sorry this slipped past us. new bracket going in the post "
                + "today, no charge");
        say(17, "10:30", daDesk, ishaan, "thank you Ezra, appreciated");
        say(18, "20:00", daReports, chiara, "Saturn low in the west, rings nearly edge on now");
        say(18, "20:20", daReports, wenjie, "caught it too before the trees, lovely thin line");
        say(19, "21:00", daFirst, maren, "my daughter's report for school was about the Moon's craters, she got "
                + "a gold star ⭐");
        say(19, "21:10", daFirst, barty, "brilliant!");
        say(20, "18:00", daReports, ishaan, "new bracket on, the finder lined up on Polaris first go");
        say(20, "22:00", daReports, barty, "the Pleiades through the 25mm with the barlow off, perfect fit");
        say(21, "10:00", daNews, nadia, "Christmas hours: closed 24-27 Dec, online orders keep shipping");
    }

    private void moths() {
        // W47
        say(1, "08:00", acCatch, joan, "cold night, 3 moths: 2 December Moth, 1 Mottled Umber. the winter crew");
        say(1, "08:20", acCatch, bogdan, "nothing at all here, -1 in the garden");
        Post eq1 = say(2, "09:00", acId, esme, "first winter trapping! is this a Winter Moth or a Northern Winter "
                + "Moth? photo attached");
        Post ea1 = re(2, "09:30", joan, eq1, "Winter Moth Esme. Northern is paler with a whiter hindwing, "
                + "here's the comparison plate: https://mothguide.example/winter-vs-northern");
        re(2, "09:45", esme, ea1, "oh I see it now, the hindwing. thank you, adding it to my list");
        say(2, "19:00", acTraps, callum, "built another batch of 12V actinic traps, battery-friendly. £85 each, "
                + "DM me if you want one before Christmas");
        say(2, "19:20", acTraps, niamh, "are they the collapsible ones Callum?");
        say(2, "19:25", acTraps, callum, "yep, fold flat into a rucksack");
        Post eq2 = say(3, "09:00", acId, esme, "and this one? brown, with a dark spot at the wingtip");
        Post ea2 = re(3, "09:20", joan, eq2, "Chestnut. the spot's the giveaway, and it's the right season. "
                + "Dark Chestnut is the lookalike: https://mothguide.example/chestnut "
                + "https://mothguide.example/dark-chestnut https://mothguide.example/chestnut-wing-shape "
                + "https://county-moths.example/flight-times");
        re(3, "09:40", esme, ea2, "wing shape says Chestnut, yes. I'll try the flight times page for the "
                + "others too");
        say(3, "09:50", acId, bogdan, "Esme if you end up with a lot, the county list app lets you tick them "
                + "off as you go");
        say(4, "08:00", acCatch, esme, "5 tonight! 2 Chestnut, 2 Winter Moth, 1 Feathered Thorn");
        say(4, "08:10", acCatch, joan, "that's a good winter haul Esme");
        say(5, "10:00", acRecords, niamh, "where do the Dec records go, the county recorder or the national "
                + "scheme first?");
        say(5, "10:20", acRecords, joan, "county first Niamh, they pass on to the scheme");
        say(6, "09:00", acId, niamh, "Esme's Feathered Thorn makes me want one, never had it");
        say(6, "09:30", acId, esme, "Niamh it came to the actinic not the MV, if that helps");
        say(7, "08:00", acCatch, bogdan, "finally! a Sprawler, first for the garden");
        say(7, "08:20", acCatch, niamh, "oh that's a lovely one Bogdan");
        say(7, "08:25", acCatch, joan, "well done, they're scarce round us");
        // W48
        say(8, "08:00", acCatch, harvey, "Sunday night: 4 December Moth, 1 Scarce Umber. check out my blog for "
                + "the photos: https://harveysmoths.example/2028/11/26");
        say(8, "08:30", acCatch, bogdan, "Scarce Umber! nice");
        say(8, "08:40", acCatch, harvey, "thanks Bogdan, first of the year");
        say(9, "08:00", acCatch, harvey, "Monday night: nothing. wrote it up anyway: "
                + "https://harveysmoths.example/2028/11/27");
        say(9, "12:00", acTraps, harvey, "my new trap write-up is on my blog too, check it out "
                + "https://harveysmoths.example/trap-build");
        say(10, "08:00", acCatch, harvey, "Tuesday: 2 Winter Moth. full post on my blog: "
                + "https://harveysmoths.example/2028/11/28");
        say(10, "08:20", acCatch, harvey, "mild night for once");
        Post hq = say(10, "10:00", acId, niamh, "Harvey was your Scarce Umber at the MV or the actinic?");
        re(10, "10:30", harvey, hq, "MV, by the shed light");
        say(11, "08:00", acCatch, harvey, "Wednesday: 1 December Moth, more on my blog: "
                + "https://harveysmoths.example/2028/11/29");
        say(11, "12:00", acCatch, harvey, "the blog's had 300 visits this month, thanks all");
        say(12, "08:00", acCatch, harvey, "Thursday: nil");
        Post iced = say(12, "08:05", acCatch, bogdan, "anyone else's trap iced up last night?");
        re(12, "08:10", harvey, iced, "mine too Bogdan, frost on the egg boxes");
        say(13, "09:00", acCatch, harvey, "Friday: 3 Winter Moth");
        Post sent = say(13, "10:00", acRecords, esme, "sent my first ever records to the county recorder! 14 species");
        say(13, "10:20", acRecords, joan, "well done Esme 👏");
        re(13, "10:40", harvey, sent, "nice one Esme, 14 in your first winter is good going");
        say(14, "11:00", acId, esme, "for anyone wondering what caught my Feathered Thorn: a 15W actinic "
                + "tube on a homemade Skinner box");
        // W49
        say(15, "08:00", acCatch, joan, "first Pale Brindled Beauty of the winter");
        say(15, "08:10", acCatch, esme, "lovely, hope I get one");
        say(16, "19:00", acTraps, niamh, "Callum, is the trap offer still on? I'd take one");
        say(16, "19:30", acTraps, callum, "it is Niamh, DM'ing you");
        say(17, "08:00", acCatch, harvey, "Sunday: 2 Mottled Umber");
        say(17, "08:15", acCatch, bogdan, "same here, they're everywhere this week");
        say(18, "08:00", acId, esme, "Niamh I got a Pale Brindled Beauty last night! thought you'd like "
                + "the photo");
        say(18, "08:20", acId, niamh, "stunning, congrats");
        say(19, "08:00", acCatch, niamh, "Callum's trap's first night: 1 December Moth, it works!");
        say(19, "08:30", acCatch, callum, "great stuff Niamh");
        say(20, "10:00", acRecords, bogdan, "does anyone have a template spreadsheet for the county returns?");
        say(20, "10:30", acRecords, joan, "Bogdan, the recorder's own one is here: "
                + "https://county-moths.example/returns-template");
        say(20, "10:40", acRecords, bogdan, "perfect, thanks Joan");
        say(21, "09:00", acCatch, esme, "nothing last night, too windy, but I've got the bug now");
    }

    private void ponds() {
        // W47
        say(1, "09:00", nlBuilds, agnieszka, "pond is 3 years old now, first year with smooth newts in the "
                + "spring");
        say(1, "09:20", nlBuilds, declan, "that's the dream. mine's had frogs but no newts yet");
        Post rec = say(2, "18:00", nlAsk, sunita, "can anyone recommend someone to build a wildlife pond in "
                + "Bristol? about 3m x 2m, we're not diggers");
        Post recAns = re(2, "18:40", femi, rec, "Sunita I'm in Bristol! a 3x2 with liner, underlay, shelves and "
                + "native planting is usually £1,100-1,400. DM me a photo of the spot");
        re(2, "19:00", sunita, recAns, "thank you Femi, sending photos now");
        say(3, "12:00", nlPlants, raul, "is butyl worth the extra over EPDM?");
        say(3, "12:30", nlPlants, femi, "EPDM is fine for a garden pond Raúl, butyl mainly for big or odd shapes");
        say(3, "12:35", nlPlants, raul, "thanks, EPDM it is");
        say(4, "10:00", nlAsk, declan, "do I need to clear the leaves out in winter?");
        say(4, "10:30", nlAsk, agnieszka, "net it in autumn if you can, otherwise scoop the worst out gently. "
                + "leave some, the critters like it");
        say(4, "10:40", nlAsk, declan, "thanks Agnieszka");
        say(5, "15:00", nlPlants, grant, "Greenmere Ponds has native marginal plug packs back in, 12 for £24");
        say(5, "15:20", nlPlants, raul, "are they peat-free?");
        say(5, "15:30", nlPlants, grant, "yes, all peat-free");
        // W48
        say(8, "09:00", nlBuilds, femi, "Sunita's pond dug today, liner in tomorrow");
        say(8, "09:30", nlBuilds, sunita, "so exciting, Femi and his mate dug it in 5 hours 😍");
        say(9, "17:00", nlBuilds, sunita, "filled with rainwater from the butts. it's real!");
        say(9, "17:10", nlBuilds, agnieszka, "lovely shelves on that, the newts will love it");
        say(10, "11:00", nlAsk, raul, "how long before I can add plants after filling?");
        say(10, "11:05", nlAsk, femi, "a week or so Raúl, let it settle");
        say(10, "11:10", nlAsk, raul, "great, thanks");
        say(11, "09:00", nlBuilds, declan, "found a newt under a log by the pond while tidying, hibernating I think");
        say(11, "09:20", nlBuilds, agnieszka, "put the log back gently, it'll be fine 🌿");
        say(11, "09:25", nlBuilds, declan, "done, felt like a burglar");
        say(11, "20:00", nlPlants, declan, "what oxygenator is native? hornwort?");
        say(11, "20:20", nlPlants, agnieszka, "hornwort yes, or water starwort. avoid the Canadian one");
        say(12, "10:00", nlBuilds, raul, "pond one week old, a blackbird bathing already");
        say(12, "19:00", nlPlants, raul, "planted 3 marginals, water mint smells amazing when you brush it");
        say(12, "19:30", nlPlants, declan, "water mint's the best, goes everywhere though");
        say(13, "14:00", nlAsk, sunita, "Femi, you built ours last week, could you quote for a little bog garden "
                + "next to it in spring?");
        say(13, "14:40", nlAsk, femi, "Sunita, of course, I'll come by in February and measure up");
        // W49
        say(15, "10:00", nlBuilds, ottilie, "hi all, new here. dug my first tiny wildlife pond this weekend, an "
                + "old sink in the ground, no fish, hoping for frogs 🐸");
        say(15, "10:30", nlBuilds, agnieszka, "welcome Ottilie! sinks are brilliant, add a ramp of stones so "
                + "things can get out");
        say(15, "10:45", nlBuilds, ottilie, "ramp done, thanks Agnieszka");
        say(15, "11:30", nlBuilds, grant, "lovely start");
        say(15, "13:00", nlDm, grant, "Hi Ottilie, saw your pond post. I run Greenmere Ponds, we do full wildlife "
                + "pond installs with planting from £1,450. want me to book you a site visit? "
                + "https://greenmere.example/book");
        say(16, "09:00", nlPlants, ottilie, "what can I plant in a sink pond? it's tiny");
        say(16, "09:20", nlPlants, agnieszka, "one marginal in a basket, maybe brooklime, and a bit of starwort");
        say(16, "09:25", nlPlants, ottilie, "thank you!");
        say(17, "19:00", nlBuilds, declan, "ice on the pond this morning, broke a corner for the birds");
        say(18, "12:00", nlBuilds, sunita, "first heron visit 😬 now we need a net");
        say(18, "12:20", nlBuilds, femi, "shelves help, the newts hide, but yes a net over winter is safest");
        say(18, "12:30", nlBuilds, sunita, "net going on tonight");
        say(19, "17:00", nlAsk, raul, "do I need to top up with tap water if the level drops in summer?");
        say(19, "17:20", nlAsk, agnieszka, "rainwater if you can Raúl, tap water feeds the algae");
        say(19, "17:25", nlAsk, raul, "ok, second water butt it is");
        say(20, "10:00", nlBuilds, ottilie, "a frog in the sink pond already! in December!");
        say(20, "10:15", nlBuilds, declan, "ha, they find them fast");
        say(21, "14:00", nlPlants, declan, "hornwort went in, sinks to the bottom in winter doesn't it?");
        say(21, "14:20", nlPlants, agnieszka, "yes, turions, it comes back up in spring");
    }

    private void meteorites() {
        // W47
        say(1, "19:00", sfFinds, marguerite, "new arrival: a 12g slice of Seymchan pallasite, the olivine glows "
                + "in the window light ✨");
        say(1, "19:15", sfFinds, kenji, "beautiful etch on that");
        say(2, "18:00", sfFinds, lev, "my NWA 869 lot is up for auction, ends Sunday, bids welcome: "
                + "https://spacerocks-auction.example/lot/4411");
        say(2, "20:00", sfSale, akosua, "Campo del Cielo slice, 42g, etched, £75 posted. Sikhote-Alin shrapnel "
                + "18g, £40");
        say(3, "12:00", sfClass, sadie, "found a heavy black rock in the field behind the farm, magnet sticks. "
                + "meteorite?");
        say(3, "12:30", sfClass, kenji, "maybe! most black magnetic rocks are slag or magnetite though. does it "
                + "leave a streak on the back of a tile?");
        say(3, "13:00", sfClass, sadie, "reddish brown streak");
        say(3, "13:10", sfClass, kenji, "hematite then Sadie, sorry. meteorites don't streak much");
        say(3, "13:20", sfClass, sadie, "ah well, thanks Kenji");
        say(4, "18:00", sfFinds, lev, "three days left on my NWA 869 auction, bidding's warming up: "
                + "https://spacerocks-auction.example/lot/4411");
        say(4, "19:00", sfTrips, marguerite, "anyone planning a hunt in the spring? thinking of the Lake District "
                + "fall from 2026");
        say(4, "19:20", sfTrips, kenji, "I'm in, if we get landowner permission");
        say(7, "10:00", sfFinds, lev, "last day! my NWA 869 lot ends tonight "
                + "https://spacerocks-auction.example/lot/4411");
        say(7, "11:00", sfFinds, teodor, "nice piece Lev, what's the total known weight of 869?");
        say(7, "11:20", sfFinds, lev, "about 7 tonnes Teodor, it's a big fall, that's why it's affordable");
        // W48
        say(8, "19:00", sfFinds, teodor, "my first ever meteorite arrived: a 5g Sikhote-Alin from Akosua. "
                + "thank you!").react("❤️", akosua, kenji);
        say(8, "19:30", sfFinds, akosua, "so glad it arrived safe Teodor 🙌");
        say(9, "12:00", sfTrips, marguerite, "spoke to the Cumbria landowner, he says yes for March if we fill in "
                + "holes");
        say(9, "12:10", sfTrips, kenji, "great news. I'll bring the metal detector");
        say(9, "12:30", sfTrips, akosua, "is the fall area ploughed or pasture?");
        say(9, "12:45", sfTrips, marguerite, "pasture Akosua, sheep, so we go before lambing");
        say(9, "12:50", sfTrips, akosua, "perfect");
        say(10, "20:00", sfSale, marguerite, "selling duplicates: Allende fragment 3g £30, Chelyabinsk individual "
                + "8g £60");
        say(10, "20:30", sfSale, sadie, "first time buying, is Chelyabinsk a good first one?");
        say(10, "20:45", sfSale, marguerite, "lovely first one Sadie, famous fall and fresh crust");
        say(11, "18:00", sfClass, sadie, "new candidate! smooth black crust, lighter inside, not magnetic much");
        say(11, "18:30", sfClass, akosua, "Sadie, can you file a tiny window on a corner? if there's metal "
                + "flecks inside it's promising");
        say(12, "10:00", sfClass, sadie, "filed it, grey inside, no metal. boo");
        say(12, "10:10", sfClass, akosua, "probably a basalt then. keep looking!");
        say(13, "20:00", sfFinds, kenji, "picked up a tiny Moroccan lunar chip, 0.3g but it's the Moon");
        say(13, "20:20", sfFinds, teodor, "that's amazing, how do they know it's lunar?");
        say(13, "20:40", sfFinds, kenji, "oxygen isotopes and the mineral mix match the Apollo samples Teodor");
        say(14, "11:00", sfTrips, sadie, "could a beginner come on the March hunt? I'd carry stuff");
        say(14, "11:30", sfTrips, marguerite, "of course Sadie, you're on the list");
        // W49
        say(15, "19:00", sfSale, akosua, "new in: Gibeon slice 55g etched, £95. NWA 7831 diogenite 2g, £45");
        say(16, "09:00", sfDm, teodor, "Hi Akosua! is the Campo del Cielo 42g slice from #for-sale still "
                + "available? would you take £65?");
        say(16, "20:00", sfFinds, akosua, "my display cabinet is finally up, 40 pieces in it");
        say(16, "20:10", sfFinds, kenji, "that's a museum!");
        say(17, "18:00", sfTrips, akosua, "count me in for the March hunt Marguerite");
        say(17, "18:10", sfTrips, marguerite, "brilliant Akosua, the more eyes the better");
        say(18, "19:00", sfClass, kenji, "good writeup on fusion crust here if anyone's learning: "
                + "https://meteoritics-notes.example/fusion-crust");
        say(18, "19:20", sfClass, akosua, "good one Kenji, I send everyone that");
        say(19, "21:00", sfDm, teodor, "no worries if it's gone, just let me know 🙏");
        say(19, "21:30", sfFinds, akosua, "Gibeon sold, thanks all");
        say(20, "18:00", sfFinds, sadie, "bought the Chelyabinsk from Marguerite, it's tiny and perfect");
        say(20, "18:20", sfFinds, marguerite, "so glad Sadie, enjoy it");
        say(20, "19:00", sfClass, teodor, "is there a UK lab that'll do a classification for a private find?");
        say(20, "19:30", sfClass, kenji, "the NHM will look at photos first Teodor, then you send a sample");
        say(20, "19:35", sfClass, teodor, "thanks Kenji");
        say(21, "11:00", sfTrips, marguerite, "March hunt: 5 of us so far, I'll make a list nearer the time");
    }

    static Map<String, String> files() {
        return new HeldOutScenes71Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 71");
    }
}
