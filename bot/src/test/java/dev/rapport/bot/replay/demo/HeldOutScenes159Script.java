package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 159 (sealed): eight communities of campervans, van conversions, tiny houses and off-grid living,
 * and the trades around them, of kinds no earlier round used (van leisure-electrics installers, Twelve Volt
 * Collective, with a bench, a room where van owners ask and a kit-for-sale room, an installer who scatters his
 * lithium-package link into three rooms and sells installs with "DM me", an installer who answers a newcomer's first
 * problem with her price and "DM me", and an installer away on a festival job who said so; a campervan hire firm's own
 * server, Wayfarer Van Hire, with its Staff and Customers, a DM, a staffer who leaves a customer's deposit DM while
 * chatting in the photos room, and the owner's news in its own news room; a tiny-house builder's own server, Little
 * Larch Tiny Homes, with its Team and Clients, a DM, a designer who answers a client the next morning with an apology,
 * and an owner who courts a newcomer while a client asks twice about her chassis; an off-grid living community,
 * Hollow Lane, where nobody sells, with introductions, a newcomer who talks three days of help through and a newcomer
 * who gives nothing back and leaves a question; off-grid water installers, Rain &amp; Spring, with a bench, a room where
 * landowners ask and a kit-for-sale room, an installer who spends a week running a field test-kit ring trial with
 * fellow installers while her own client asks twice about his UV lamp, and four product links in six minutes; van
 * interior joiners and upholsterers, Cab &amp; Cabinet, with a workshop, an owner-enquiries room and an open-slots room,
 * a joiner who posts to nobody for a week and an upholsterer who rides slots on an answer; shepherd's hut and cabin
 * makers, Hut &amp; Hearth, with a bench, a room where buyers ask and a for-sale room, a maker who answers everyone's
 * news with his own, a maker who asks two rooms to follow her page and a maker who pitches a newcomer a call; a
 * van-conversion kit shop's own server, Pod &amp; Panel, with its Staff and Customers, a DM, a customer who talks three
 * days of help through and a vanlife filmer who joins and asks two rooms to subscribe), over three ISO weeks (2035-W38
 * to W40), written and labelled by writer159 (session 70) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-159.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes159Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2035, 9, 17);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2035, 10, 8, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-159";
    private static final int BASE = 125200;

    // --- A. van leisure-electrics installers ---
    private final String volt = cast.guild(1871);
    private final Channel tvBench = cast.channel(volt, "Twelve Volt Collective", "sparks-bench",
            "installers among ourselves: batteries, solar, chargers, pricing, the trade", "tv-sparks-bench.json");
    private final Channel tvAsk = cast.channel(volt, "Twelve Volt Collective", "van-owners-ask",
            "van owners and self-builders ask about leisure electrics; installers reply", "tv-van-owners-ask.json");
    private final Channel tvKit = cast.channel(volt, "Twelve Volt Collective", "kit-for-sale",
            "spare kit and install slots for sale, one post per item, with a price", "tv-kit-for-sale.json");
    private final Persona dougie = cast.person("dougie.rennick", "Dougie Rennick");
    private final Persona mared = cast.person("mared.pryce", "Mared Pryce");
    private final Persona tobias = cast.person("tobias.lund", "Tobias Lund");
    private final Persona hettie = cast.person("hettie.okafor", "Hettie Okafor");
    private final Persona callum = cast.person("callum.breck", "Callum Breck");
    private final Persona anwen = cast.person("anwen.moss", "Anwen Moss");
    private final Persona freya = cast.person("freya.dunlop", "Freya Dunlop");

    // --- B. a campervan hire firm's own server ---
    private final String wayfarer = cast.guild(1872);
    private final Role wfStaff = cast.role("Staff", "#2f7a5c", 2);
    private final Role wfCustomer = cast.role("Customer", "#4a68a8", 1);
    private final Channel wfNews = cast.channel(wayfarer, "Wayfarer Van Hire", "wayfarer-news",
            "news from Wayfarer: new vans, dates, offers", "wf-wayfarer-news.json");
    private final Channel wfHelp = cast.channel(wayfarer, "Wayfarer Van Hire", "hirers-help",
            "questions about your hire, the vans and where to go; the team answers", "wf-hirers-help.json");
    private final Channel wfPhotos = cast.channel(wayfarer, "Wayfarer Van Hire", "trip-photos",
            "show us where you took the van", "wf-trip-photos.json");
    private final Persona rosa = cast.person("rosa.kettering", "Rosa Kettering", wfStaff);
    private final Persona ned = cast.person("ned.sallow", "Ned Sallow", wfStaff);
    private final Persona imogen = cast.person("imogen.tate", "Imogen Tate", wfCustomer);
    private final Persona barnaby = cast.person("barnaby.cole", "Barnaby Cole", wfCustomer);
    private final Persona priti = cast.person("priti.lal", "Priti Lal", wfCustomer);
    private final Persona olly = cast.person("olly.vance", "Olly Vance");
    private final Channel wfDmNed = cast.dm(ned, "wf-dm-priti-ned.json");

    // --- C. a tiny-house builder's own server ---
    private final String larch = cast.guild(1873);
    private final Role llTeam = cast.role("Team", "#6b8e23", 2);
    private final Role llClient = cast.role("Client", "#8a5a9e", 1);
    private final Channel llDiary = cast.channel(larch, "Little Larch Tiny Homes", "build-diary",
            "the team's progress on the builds in the yard", "ll-build-diary.json");
    private final Channel llQuestions = cast.channel(larch, "Little Larch Tiny Homes", "client-questions",
            "clients and would-be owners ask; the team answers", "ll-client-questions.json");
    private final Channel llChat = cast.channel(larch, "Little Larch Tiny Homes", "tiny-living-chat",
            "living small: storage, heating, planning, parking", "ll-tiny-living-chat.json");
    private final Persona ewan = cast.person("ewan.larch", "Ewan Larch", llTeam);
    private final Persona sunniva = cast.person("sunniva.holt", "Sunniva Holt", llTeam);
    private final Persona martha = cast.person("martha.quayle", "Martha Quayle", llClient);
    private final Persona gethin = cast.person("gethin.rhys", "Gethin Rhys", llClient);
    private final Persona ada = cast.person("ada.mbeki", "Ada Mbeki", llClient);
    private final Persona lorcan = cast.person("lorcan.tully", "Lorcan Tully");
    private final Channel llDmEwan = cast.dm(ewan, "ll-dm-martha-ewan.json");

    // --- D. an off-grid living community where nobody sells ---
    private final String hollow = cast.guild(1874);
    private final Channel hlIntro = cast.channel(hollow, "Hollow Lane", "introductions",
            "new here? introduce yourself", "hl-introductions.json");
    private final Channel hlHelp = cast.channel(hollow, "Hollow Lane", "help-and-fixes",
            "stuck with power, water, heat or waste? ask here", "hl-help-and-fixes.json");
    private final Channel hlFire = cast.channel(hollow, "Hollow Lane", "around-the-fire",
            "life off grid: the good days and the muddy ones", "hl-around-the-fire.json");
    private final Persona wren = cast.person("wren.ashdown", "Wren Ashdown");
    private final Persona silas = cast.person("silas.brook", "Silas Brook");
    private final Persona marnie = cast.person("marnie.fell", "Marnie Fell");
    private final Persona jory = cast.person("jory.penrose", "Jory Penrose");
    private final Persona kit = cast.person("kit.salter", "Kit Salter");
    private final Persona bea = cast.person("bea.lowther", "Bea Lowther");

    // --- E. off-grid water installers ---
    private final String rain = cast.guild(1875);
    private final Channel rsBench = cast.channel(rain, "Rain & Spring", "installers-bench",
            "water installers among ourselves: springs, tanks, filtration, pricing", "rs-installers-bench.json");
    private final Channel rsAsk = cast.channel(rain, "Rain & Spring", "landowners-ask",
            "landowners, smallholders and off-grid dwellers ask about water supply; installers reply",
            "rs-landowners-ask.json");
    private final Channel rsKit = cast.channel(rain, "Rain & Spring", "kit-for-sale",
            "tanks, pumps and filters for sale, one post per item", "rs-kit-for-sale.json");
    private final Persona alun = cast.person("alun.bevan", "Alun Bevan");
    private final Persona corinna = cast.person("corinna.vale", "Corinna Vale");
    private final Persona piers = cast.person("piers.hadley", "Piers Hadley");
    private final Persona yara = cast.person("yara.osei", "Yara Osei");
    private final Persona gwilym = cast.person("gwilym.ford", "Gwilym Ford");
    private final Persona tess = cast.person("tess.harrow", "Tess Harrow");
    private final Persona nico = cast.person("nico.barrett", "Nico Barrett");

    // --- F. van interior joiners and upholsterers ---
    private final String cab = cast.guild(1876);
    private final Channel ccWorkshop = cast.channel(cab, "Cab & Cabinet", "workshop",
            "joiners and upholsterers among ourselves: ply, foam, fixings, pricing", "cc-workshop.json");
    private final Channel ccEnquiries = cast.channel(cab, "Cab & Cabinet", "owner-enquiries",
            "van owners ask about interiors, beds, seats and cushions; makers reply", "cc-owner-enquiries.json");
    private final Channel ccSlots = cast.channel(cab, "Cab & Cabinet", "open-slots",
            "makers post open build and upholstery slots, one post each", "cc-open-slots.json");
    private final Persona jonah = cast.person("jonah.pike", "Jonah Pike");
    private final Persona saoirse = cast.person("saoirse.quinn", "Saoirse Quinn");
    private final Persona rufus = cast.person("rufus.day", "Rufus Day");
    private final Persona lottie = cast.person("lottie.chan", "Lottie Chan");
    private final Persona matteo = cast.person("matteo.rossi", "Matteo Rossi");
    private final Persona deacon = cast.person("deacon.ward", "Deacon Ward");
    private final Persona hazel = cast.person("hazel.brandt", "Hazel Brandt");

    // --- G. shepherd's hut and cabin makers ---
    private final String hut = cast.guild(1877);
    private final Channel hhBench = cast.channel(hut, "Hut & Hearth", "makers-bench",
            "hut and cabin makers among ourselves: chassis, cladding, stoves, pricing", "hh-makers-bench.json");
    private final Channel hhAsk = cast.channel(hut, "Hut & Hearth", "buyers-ask",
            "glamping sites, gardeners and would-be owners ask about huts and cabins; makers reply", "hh-buyers-ask.json");
    private final Channel hhSale = cast.channel(hut, "Hut & Hearth", "for-sale",
            "finished huts, cabins and parts for sale, one post per piece", "hh-for-sale.json");
    private final Persona fenella = cast.person("fenella.rook", "Fenella Rook");
    private final Persona bram = cast.person("bram.kessler", "Bram Kessler");
    private final Persona idony = cast.person("idony.scott", "Idony Scott");
    private final Persona caspar = cast.person("caspar.wynn", "Caspar Wynn");
    private final Persona lydia = cast.person("lydia.frome", "Lydia Frome");
    private final Persona ravi = cast.person("ravi.mistry", "Ravi Mistry");

    // --- H. a van-conversion kit shop's own server ---
    private final String pod = cast.guild(1878);
    private final Role ppStaff = cast.role("Staff", "#c0632b", 2);
    private final Role ppCustomer = cast.role("Customer", "#3b7fa0", 1);
    private final Channel ppNews = cast.channel(pod, "Pod & Panel", "shop-news",
            "news from the shop: new kits, restocks, dispatch days", "pp-shop-news.json");
    private final Channel ppHelp = cast.channel(pod, "Pod & Panel", "build-help",
            "fitting our kits and building your van: ask, and help each other", "pp-build-help.json");
    private final Channel ppShow = cast.channel(pod, "Pod & Panel", "show-your-van",
            "finished and half-finished vans, show us", "pp-show-your-van.json");
    private final Persona gus = cast.person("gus.ferreira", "Gus Ferreira", ppStaff);
    private final Persona lena = cast.person("lena.oduya", "Lena Oduya", ppStaff);
    private final Persona quinn = cast.person("quinn.marlow", "Quinn Marlow", ppCustomer);
    private final Persona effie = cast.person("effie.dawes", "Effie Dawes", ppCustomer);
    private final Persona bilal = cast.person("bilal.haddad", "Bilal Haddad", ppCustomer);
    private final Persona morwenna = cast.person("morwenna.jago", "Morwenna Jago");
    private final Channel ppDmLena = cast.dm(lena, "pp-dm-effie-lena.json");

    HeldOutScenes159Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        twelveVolt();
        wayfarerVanHire();
        littleLarch();
        hollowLane();
        rainAndSpring();
        cabAndCabinet();
        hutAndHearth();
        podAndPanel();
    }

    /**
     * A. Twelve Volt Collective: Dougie helps Callum with a flashing solar controller (days 1, 4); Hettie answers Anwen
     * on inverter size (day 2). On day 3 Tobias posts "check out my lithium upgrade packages" with the same page into
     * #sparks-bench, #van-owners-ask and #kit-for-sale within seven minutes, and on day 5 "Booking lithium installs
     * for October, £1,450 fitted, DM me" in #van-owners-ask. Hettie says on day 6 she is on a festival install job
     * 24-28 Sep with no signal. Freya joins on day 8 with a battery flat every morning; Mared replies with a £1,200
     * lithium swap and "DM me"; Dougie asks about her fridge and, asked, links a load-test guide. Anwen asks Hettie by
     * name on day 9 about a humming inverter; Dougie says she is away; Hettie answers on day 15. Freya reports back
     * (day 11), Tobias gives a rough price when she asks; Mared lists a spare charger (day 17).
     */
    private void twelveVolt() {
        Post d1 = say(1, "09:10", tvBench, dougie, "Morning all. Anyone else seeing the cheap DC-DC chargers cut out "
                + "once the engine bay gets past 40 degrees? Had two come back this month");
        re(1, "09:25", mared, d1, "Yes! Mount them in the habitation side, not under the bonnet. Learnt that the hard way");
        re(1, "09:40", hettie, d1, "Same here, and they derate way before they cut out. I fit them under the seat base now");
        re(1, "09:48", dougie, d1, "Under the seat it is then. Ta both");
        Post c1 = say(1, "12:05", tvAsk, callum, "Solar controller in my Transit is flashing 'bat' at me. 2x100W "
                + "panels, 100Ah AGM, all fitted by the previous owner. What does it mean?");
        Post dc1 = re(1, "12:25", dougie, c1, "Usually low battery voltage or it can't see the battery at all. What "
                + "does a multimeter say across the battery terminals, and at the controller's battery terminals?");
        re(1, "13:10", callum, dc1, "12.1 at the battery, 11.4 at the controller. Is that bad?");
        re(1, "13:30", dougie, dc1, "That drop says a loose or corroded connection, or a fuse holder cooking. Check "
                + "the inline fuse between them first, they go crusty");
        Post a1 = say(2, "18:20", tvAsk, anwen, "What size inverter do I need to run a hairdryer? It says 1200W on it");
        re(2, "18:45", hettie, a1, "2000W pure sine at least, and honestly a 100Ah battery will hate you. A 12V "
                + "travel dryer is kinder, or use it on hook-up only");
        re(2, "19:00", anwen, a1, "Hook-up only it is, thank you!");
        say(3, "10:02", tvBench, tobias, "Check out my lithium upgrade packages, 200Ah + DC-DC + fitting, all in: "
                + "https://tobiaslund.example/lithium");
        say(3, "10:05", tvAsk, tobias, "Check out my lithium upgrade packages, 200Ah + DC-DC + fitting, all in: "
                + "https://tobiaslund.example/lithium");
        say(3, "10:09", tvKit, tobias, "Lithium upgrade packages from £1,450 fitted: https://tobiaslund.example/lithium");
        Post c2 = say(4, "08:50", tvAsk, callum, "@Dougie Rennick it was the fuse holder, half melted! Swapped it and "
                + "the controller reads 12.6 now and the flashing's stopped. Should I be worried about the panel side "
                + "too?");
        re(4, "09:15", dougie, c2, "Brilliant. Give the panel-side MC4s a wiggle and a look while you're up there, "
                + "if they're not brown you're fine");
        re(4, "09:30", callum, c2, "Will do at the weekend, cheers Dougie");
        say(5, "11:00", tvAsk, tobias, "Booking lithium installs for October, £1,450 fitted, DM me");
        Post h1 = say(6, "16:00", tvBench, hettie, "Heads up, I'm on a festival install job 24-28 Sep, no signal on "
                + "site at all. Back on the 1st, anything urgent ring the workshop");
        re(6, "16:10", mared, h1, "Have fun in the mud!");
        Post m1 = say(6, "17:30", tvBench, mared, "What's everyone charging for a full split-charge plus solar "
                + "install now? Cable's gone up again");
        re(6, "17:50", dougie, m1, "£650 labour for the usual Transit, kit on top. I'll go up in January");
        re(6, "18:05", mared, m1, "I'm under that, better fix it");
        // W39
        joins(8, "09:20", tvAsk, freya);
        Post f1 = say(8, "09:30", tvAsk, freya, "Hi, new here. My leisure battery is flat every morning with the "
                + "fridge on overnight. 110Ah AGM, two years old. I tried charging it on hook-up all night and it "
                + "still dies.");
        re(8, "09:50", mared, f1, "Sounds like the AGM's had it. I can do a full lithium swap for £1,200 fitted, "
                + "DM me and I'll book you in");
        Post df = re(8, "10:05", dougie, f1, "Morning Freya. What fridge is it, compressor or the three-way sort? And "
                + "what does the battery read first thing before you switch anything on?");
        re(8, "10:40", freya, df, "Compressor, a 50 litre one. 12.2 this morning.");
        Post df2 = re(8, "11:00", dougie, df, "That fridge can eat 40-odd Ah a night and an AGM only gives you half "
                + "its size before it suffers, so it's tight even when healthy. I'd load-test it before buying anything");
        re(8, "11:20", freya, df2, "How do I do a load test? Is there a guide somewhere?");
        re(8, "11:35", dougie, df2, "This one's good, no kit needed beyond a multimeter and a known load: "
                + "https://voltwiki.example/agm-load-test");
        Post an1 = say(9, "19:10", tvAsk, anwen, "@Hettie Okafor the inverter you fitted has started humming under "
                + "load, louder than before. Is that normal?");
        re(9, "19:40", dougie, an1, "Hettie's away on that festival job till the 1st. If it's warm as well, switch it "
                + "off till she's back");
        re(9, "19:55", anwen, an1, "Not warm, just noisy. I'll wait, thanks Dougie");
        Post t1 = say(10, "14:00", tvBench, tobias, "What's everyone using for 200A runs, 35mm or 50mm?");
        re(10, "14:20", dougie, t1, "50 for anything over a metre and a half. Volt drop adds up fast");
        re(10, "14:35", mared, t1, "50, always. Crimped with the hydraulic tool, not the hammer one");
        re(10, "14:50", tobias, t1, "Fair, I've been cutting it fine on the Sprinter ones");
        Post f2 = say(11, "09:05", tvAsk, freya, "@Dougie Rennick did the load test, it only gave 40Ah before it hit "
                + "the cut-off. So it's done. Replace with another AGM or go lithium?");
        re(11, "09:30", dougie, f2, "That's your answer then, it's half gone. With that fridge I'd go lithium if the "
                + "budget stretches, AGM if you're mostly on hook-up");
        re(11, "09:45", freya, f2, "What would lithium cost roughly, fitted?");
        re(11, "10:10", tobias, f2, "Roughly £900-1,500 depending on size and whether your charger needs changing. "
                + "Ask two or three of us for quotes");
        re(11, "10:30", freya, f2, "Thanks both, that helps a lot");
        Post mr = say(13, "12:00", tvBench, mared, "Anyone got a spare 12V crimp die set? Mine's cracked and the "
                + "supplier's out till November");
        re(13, "12:30", dougie, mr, "I've a spare, I'll post it Monday");
        re(13, "12:45", mared, mr, "Legend, thank you");
        // W40
        re(15, "08:40", hettie, an1, "Sorry Anwen, back from the festival job now. Humming under load is usually "
                + "the fan or a loose lug on the battery cables. Check they're tight and tell me if it carries on");
        re(15, "09:30", anwen, an1, "Tightened one that was loose, it's quiet now. Thank you!");
        say(17, "13:00", tvKit, mared, "Spare 30A DC-DC charger, used three months, boxed, £80. Collection from "
                + "Hereford or post at cost");
        Post c3 = say(18, "10:15", tvAsk, callum, "Thinking of a third panel for winter. Is 100W flat on the roof "
                + "worth it in December?");
        re(18, "10:40", dougie, c3, "Flat in December you'll get very little. Tilt it or skip it and use the DC-DC "
                + "more. Honest answer");
        re(18, "11:00", callum, c3, "Honest is good, I'll save my money. Cheers");
        Post f3 = say(19, "16:00", tvAsk, freya, "Update: new battery's in and the fridge ran all weekend on the "
                + "coast. Thanks to everyone who helped");
        f3.react("👍", dougie, tobias);
        Post dg = say(20, "09:00", tvBench, dougie, "Crimp dies are in the post @Mared Pryce");
        re(20, "09:20", mared, dg, "Ta!");
        // more everyday chat
        Post x1 = say(2, "12:00", tvBench, tobias, "Has anyone had a Victron shunt read 100% when the battery's clearly "
                + "not full?");
        re(2, "12:20", mared, x1, "Needs a full charge to resync. Set the charged voltage a touch lower");
        re(2, "12:35", tobias, x1, "That did it, cheers Mared");
        Post x2 = say(16, "10:00", tvBench, hettie, "Festival job was wild. Twelve vans on one generator, never again");
        re(16, "10:20", dougie, x2, "Welcome back! Did the generator survive?");
        re(16, "10:35", hettie, x2, "Just about. I'll need a week to recover");
        Post x3 = say(17, "19:00", tvAsk, anwen, "Is it ok to leave the battery isolator on all winter with the van "
                + "parked?");
        re(17, "19:30", tobias, x3, "Switch it off if there's no solar, the parasitic draw adds up over months");
        re(17, "19:45", anwen, x3, "Off it goes, thanks Tobias");
    }

    /**
     * B. Wayfarer Van Hire: Rosa posts fleet news with prices and the booking page in #wayfarer-news (days 1, 8, 15).
     * Imogen is helped by the team on days 2, 3 and 5 before and during her hire (Ned answers her first question without
     * a reply link a quarter of an hour later) and reports back each time. On day 9 Priti DMs Ned for her £300 deposit
     * and chases on day 11, while Ned chats about Barnaby's Skye photos in #trip-photos (days 10, 11) and answers a
     * question in #hirers-help (day 12); he answers her on day 14 with an apology. Olly joins on day 15 and asks whether
     * the vans take dogs; Ned answers with the pets page. Barnaby tells Rosa on day 17 he sent his brother; she thanks
     * him in 20 minutes.
     */
    private void wayfarerVanHire() {
        say(1, "10:00", wfNews, rosa, "Two new vans on the fleet for autumn: Bramble and Heron, both four-berth with "
                + "diesel heaters and proper mattresses. Autumn midweek hires from £95 a night: "
                + "https://wayfarer.example/autumn");
        Post i1 = say(2, "09:00", wfHelp, imogen, "Picking up Heron on Friday, are we allowed to take it on the ferry "
                + "to Mull?");
        say(2, "09:15", wfHelp, ned, "Imogen yes, ferries are fine. Book it as 6 metres long, and take the ramp "
                + "slowly, the back end sits low");
        re(2, "09:30", imogen, i1, "Great. And is the gas bottle full when we collect?");
        re(2, "09:50", rosa, i1, "Always full, and there's a spare in the side locker. Shout if you need anything");
        Post i2 = say(3, "20:10", wfHelp, imogen, "Do we need to bring bedding or is it in the van?");
        re(3, "20:30", ned, i2, "Bedding and towels are in the van, all washed. Bring pillows if you're fussy!");
        re(3, "20:40", imogen, i2, "Ha, we are. Thanks Ned");
        Post i3 = say(5, "07:45", wfHelp, imogen, "Heater's showing E-05 this morning and blowing cold, we're at "
                + "Calgary Bay. Anything we can do?");
        Post n1 = re(5, "08:05", ned, i3, "Morning! E-05 is usually low voltage first thing. Run the engine ten "
                + "minutes, then switch the heater off and on again. Does the leisure panel say above 12.2?");
        re(5, "08:30", imogen, n1, "12.0 before, 12.8 after the engine. Heater's going now, toasty. Thank you!!");
        re(5, "08:40", ned, n1, "Perfect. Do a short drive each day and it'll be happy");
        Post b1 = say(6, "18:00", wfPhotos, barnaby, "Bramble at Sligachan last week, the kids wouldn't get out of "
                + "the bunks");
        b1.react("😍", rosa, imogen);
        re(6, "18:30", rosa, b1, "That view! Glad the bunks were a hit");
        // W39
        say(8, "10:00", wfNews, rosa, "Winter dates are open, November to February, £79 a night midweek with the "
                + "heater service done. Heron's booked out for half term already: https://wayfarer.example/winter");
        say(9, "10:05", wfDmNed, priti, "Hi Ned, we returned Bramble on Saturday. When will the £300 deposit come "
                + "back? I need it for rent this month");
        Post b2 = say(10, "12:00", wfPhotos, barnaby, "Skye part two, the Fairy Pools car park at 7am before the "
                + "coaches");
        Post nb = re(10, "12:20", ned, b2, "Smart move, that car park's a nightmare by ten. Did you get up to the "
                + "Quiraing too?");
        re(10, "12:40", barnaby, nb, "We did, the van made it up the single track fine");
        re(10, "12:55", ned, nb, "Good old Bramble. Next time try the road to Elgol, best sunset on the island");
        say(11, "09:00", wfDmNed, priti, "Hi again Ned, any news on the deposit?");
        Post b3 = say(11, "14:00", wfPhotos, imogen, "Our Mull trip in one photo: Heron, a beach and a very wet dog");
        re(11, "14:15", ned, b3, "That dog looks happy. Did the heater behave after?");
        re(11, "14:30", imogen, b3, "Perfectly, thanks to you");
        Post b4 = say(11, "15:00", wfPhotos, barnaby, "Last one, Elgol at sunset as ordered @Ned Sallow");
        re(11, "15:20", ned, b4, "Told you! Cracking shot");
        Post q1 = say(12, "11:00", wfHelp, barnaby, "Can we add a bike rack to a winter hire?");
        re(12, "11:25", ned, q1, "Yes, £15 for the hire, ask when you book and we'll fit it");
        say(14, "16:00", wfDmNed, ned, "So sorry Priti, this slipped past me. The refund went back to your card today, "
                + "it takes 2-3 working days");
        say(14, "16:30", wfDmNed, priti, "Ok, thanks");
        // W40
        say(15, "09:30", wfNews, rosa, "Heron and Bramble are both back from their winter service. Half-term "
                + "waiting list is here if anyone drops out: https://wayfarer.example/waitlist");
        joins(15, "11:00", wfHelp, olly);
        Post o1 = say(15, "11:10", wfHelp, olly, "Hi, do any of your vans take dogs? We've two spaniels");
        re(15, "11:30", ned, o1, "Hi Olly, welcome! Both vans do, two dogs max, £10 a night for the deep clean. "
                + "Details here: https://wayfarer.example/pets");
        re(15, "11:45", olly, o1, "Perfect, thanks");
        Post b5 = say(17, "19:00", wfPhotos, barnaby, "@Rosa Kettering took the family out in Heron again at the "
                + "weekend, brilliant as ever. I've sent my brother your way, he's booking for Christmas");
        re(17, "19:20", rosa, b5, "Barnaby that's so kind, thank you! We'll look after him");
        Post i4 = say(18, "08:30", wfHelp, imogen, "Is the Heron insulated enough for January? Thinking of a "
                + "Cairngorms trip");
        re(18, "08:55", ned, i4, "It's fine down to about minus five with the heater on. Bring a hot water bottle "
                + "for the shoulder of the night");
        re(18, "09:10", imogen, i4, "Noted, thank you!");
        // more everyday chat
        Post y1 = say(3, "12:00", wfPhotos, priti, "Our first trip! Bramble at Loch Lomond, bit rainy but happy");
        re(3, "12:30", rosa, y1, "Rainy but beautiful, thanks for sharing Priti");
        Post y2 = say(16, "20:00", wfHelp, priti, "Thinking of booking again in spring, are the spring dates up yet?");
        re(16, "20:20", rosa, y2, "Not yet Priti, they go up on the 1st of November. I'll put your name down");
        re(16, "20:30", priti, y2, "Thanks Rosa");
    }

    /**
     * C. Little Larch Tiny Homes: Ewan posts the yard's progress in #build-diary (days 1, 4, 9, 12, 15, 17) and answers
     * Martha's DM within the hour (day 2). Gethin asks Sunniva by name on day 3 at six in the evening about a wider
     * kitchen window; she answers the next afternoon with an apology (site day). Ada, Martha and Sunniva talk
     * condensation (day 5). Lorcan joins on day 8 and asks what a 7m house costs; Ewan answers with the price list and
     * planning advice. On day 16 Ada asks Ewan by name for her chassis date and chases on day 18, while Ewan talks to
     * Lorcan about his parents' field (days 16, 18) and posts the diary; he answers her on day 20 with an apology.
     * Martha tells Ewan on day 20 her house is home and she told her neighbour about them; he thanks her.
     */
    private void littleLarch() {
        say(1, "08:30", llDiary, ewan, "Martha's build: walls are up and sheathed, roof trusses go on tomorrow if the "
                + "wind drops. Gethin's trailer arrived from the fabricator too");
        say(2, "09:00", llDmEwan, martha, "Morning Ewan, could we move the loft window 30cm to the left? I've "
                + "realised the bed head would block it");
        say(2, "09:40", llDmEwan, ewan, "Morning Martha, yes, nothing's cut there yet. I'll mark it up today and send "
                + "you a photo before we cut");
        say(2, "09:50", llDmEwan, martha, "Brilliant, thank you");
        Post g1 = say(3, "18:00", llQuestions, gethin, "@Sunniva Holt could we swap the kitchen window for a wider "
                + "one above the sink? I want to see the hills while I wash up");
        Post sg = re(4, "15:00", sunniva, g1, "Sorry Gethin, site day yesterday and I was up a ladder till dark. Yes "
                + "we can, it means moving one stud, no cost if we do it this week. 1200 wide?");
        re(4, "15:20", gethin, sg, "1200 is perfect. Thanks Sunniva");
        say(4, "17:00", llDiary, ewan, "Roof's on Martha's. Loft window moved as asked, photo in her DM");
        Post a1 = say(5, "20:00", llChat, ada, "For those already living in theirs: how bad is condensation in "
                + "winter? I'm worried about the bedroom loft");
        re(5, "20:20", martha, a1, "Not bad in my friend's with a trickle vent and the extractor on when cooking. "
                + "The loft's the worst bit");
        re(5, "20:45", sunniva, a1, "We fit a PIV unit as standard now for exactly that, Ada. It keeps the loft dry "
                + "and you can't hear it");
        re(5, "21:00", ada, a1, "That's reassuring, thanks both");
        // W39
        joins(8, "10:00", llQuestions, lorcan);
        Post l1 = say(8, "10:10", llQuestions, lorcan, "Hi, I'm looking at tiny houses for a field my parents own in "
                + "Shropshire. What does a 7m one of yours cost, roughly?");
        Post el = re(8, "10:40", ewan, l1, "Hi Lorcan, welcome. A 7m runs £58-72k depending on finish, the full list "
                + "is here: https://littlelarch.example/prices. Do you know yet if you need planning?");
        re(8, "11:00", lorcan, el, "No idea, it's agricultural land. Would we?");
        re(8, "11:20", ewan, el, "Almost certainly for living in it full time. Ring the council's duty planner "
                + "first, it's free, and ask about a caravan-licence route too");
        re(8, "11:30", lorcan, el, "Will do, thanks Ewan");
        say(9, "08:30", llDiary, ewan, "Gethin's build: floor cassettes insulated and decked. Kitchen window framed "
                + "at 1200 as agreed");
        Post g2 = say(10, "19:00", llChat, gethin, "Composting loo or cassette? Torn");
        re(10, "19:20", ada, g2, "Composting if you've got somewhere to put it, cassette if you're moving a lot. "
                + "I went composting, no regrets");
        re(10, "19:40", gethin, g2, "Somewhere to put it I have, composting it is");
        Post a2 = say(11, "12:00", llQuestions, ada, "@Sunniva Holt is the charred larch cladding still possible on "
                + "mine, or is it too late?");
        re(11, "12:35", sunniva, a2, "Still possible Ada, we order cladding after the chassis. I'll send samples");
        re(11, "12:50", ada, a2, "Yes please!");
        say(12, "08:30", llDiary, ewan, "Martha's kitchen's in. Two weeks to go");
        // W40
        say(15, "08:30", llDiary, ewan, "Martha's house leaves the yard on Wednesday! Low loader booked for 7am");
        Post a3 = say(16, "10:00", llQuestions, ada, "@Ewan Larch do we have a date for my chassis yet? The trailer "
                + "firm said end of September and I need to book the crane at my end");
        Post l2 = say(16, "14:00", llChat, lorcan, "Council says a caravan licence might work on my parents' field. "
                + "How do people lay out a tiny house and a deck on a slope?");
        Post el2 = re(16, "14:20", ewan, l2, "Good news Lorcan! On a slope you level the house on screw piles and let "
                + "the deck step down. I'm in Shropshire on Thursday, happy to look at the field and sketch it with you");
        re(16, "14:40", lorcan, el2, "That would be amazing. Thursday morning?");
        re(16, "14:50", ewan, el2, "Thursday at ten, send me the postcode");
        say(17, "09:00", llDiary, ewan, "She's off! Martha's house on the road to Devon");
        Post a4 = say(18, "09:00", llQuestions, ada, "@Ewan Larch sorry to nag, any date on the chassis? The crane "
                + "firm needs to know by Monday");
        Post l3 = say(18, "12:00", llChat, lorcan, "Thanks for coming out today @Ewan Larch, Dad's converted");
        re(18, "12:20", ewan, l3, "Loved it, great spot. I'll draw up the layout next week");
        Post m1 = say(18, "12:40", llChat, martha, "Arrived safe! Levelled yesterday, first night in it tonight");
        re(18, "13:00", ewan, m1, "So happy for you Martha, enjoy tonight");
        re(20, "16:00", ewan, a4, "Ada, I'm so sorry, I missed both of these. The chassis is booked for 9 October, "
                + "so crane for the 13th is safe");
        re(20, "16:30", ada, a4, "Ok, thanks");
        Post m2 = say(20, "18:00", llChat, martha, "First week in and I love it. I've told my neighbour all about "
                + "you @Ewan Larch, she wants one for her daughter");
        re(20, "18:15", ewan, m2, "Martha, thank you! That means the world");
    }

    /**
     * D. Hollow Lane (nobody sells): Jory joins on day 1 and introduces himself with his blog; Wren, Silas and Marnie
     * help him with a smoking stove (day 2), brown spring water (day 3) and a smelly compost loo (day 5); he answers
     * their questions and reports back each time, and helps Kit in W39. Kit joins on day 8; Wren (day 9), Silas (day
     * 10), Marnie (day 12) and Jory (day 13) help him, he says "thanks", "ta" or "cheers", helps nobody and leaves
     * Marnie's day-12 question about gaps round his pipes until day 16. Bea joins on day 15 and is welcomed. In W40
     * Marnie tells #around-the-fire, post by post, about rebuilding her compost loo and her week, in the room kept for
     * life off grid.
     */
    private void hollowLane() {
        joins(1, "10:00", hlIntro, jory);
        Post j1 = say(1, "10:10", hlIntro, jory, "Hi all, Jory here. Just moved onto a two-acre plot near Lampeter "
                + "with an old static caravan and one 400W panel. I blog what goes wrong (a lot) at "
                + "https://joryoffgrid.example. Very much learning");
        re(1, "10:30", wren, j1, "Welcome Jory! Lampeter's good country. Ask anything, we've all set fire to "
                + "something at some point");
        re(1, "10:45", silas, j1, "Welcome! Static caravans are great till the first frost, ask us then");
        re(1, "11:00", jory, j1, "Ha, thanks both, I'll hold you to that");
        Post j2 = say(2, "08:15", hlHelp, jory, "The wood burner in the static smokes back into the room every time "
                + "the wind's from the west. Tried opening the vent fully, no change");
        Post wj = re(2, "08:40", wren, j2, "Classic. How far does the flue stick up above the roof, and is there a "
                + "tree or the hedge to the west?");
        re(2, "09:10", jory, wj, "About 60cm above the roof, and yes, a big ash right there");
        re(2, "09:30", wren, wj, "That's it. You need it a metre or more above the ridge, or a cowl that copes with "
                + "down-draught. The ash is pushing the wind down your pipe");
        re(2, "17:00", jory, wj, "Borrowed an extra length of flue from a neighbour, no smoke tonight. Thank you Wren");
        Post j3 = say(3, "07:50", hlHelp, jory, "Spring water's come out brown after last night's rain. Is it safe?");
        Post sj = re(3, "08:20", silas, j3, "Don't drink it brown. Does your collection box have a lid, and is the "
                + "overflow clear?");
        re(3, "08:50", jory, sj, "Lid yes, overflow was full of leaves");
        re(3, "09:10", silas, sj, "Clear it, let it run clear for a day and boil in the meantime. A sediment filter "
                + "after the box helps too");
        re(3, "18:30", jory, sj, "Running clear again. Sediment filter on the list");
        Post j4 = say(5, "19:00", hlHelp, jory, "The compost loo has started to smell, which it didn't at first. "
                + "What am I doing wrong?");
        Post mj = re(5, "19:30", marnie, j4, "Too wet, nearly always. Are you separating the wee, and what are you "
                + "using for cover?");
        re(5, "19:45", jory, mj, "Not separating, and sawdust");
        re(5, "20:00", marnie, mj, "Separate it and the smell goes, honestly. A funnel and a bottle will do till you "
                + "buy a proper diverter");
        re(6, "09:00", jory, mj, "Bodged a diverter last night, smell's gone this morning. Marnie you're a genius");
        Post j5 = say(6, "20:00", hlFire, jory, "First week done. Smoke sorted, water sorted, loo sorted. Thanks "
                + "everyone, I'd have given up by Wednesday");
        j5.react("🔥", wren, silas, marnie);
        // W39
        joins(8, "09:00", hlIntro, kit);
        Post k1 = say(8, "09:10", hlIntro, kit, "Hi, Kit. Bought a van and a bit of woodland. No idea what I'm doing");
        re(8, "09:30", wren, k1, "Welcome Kit! Best way to start");
        re(8, "09:40", jory, k1, "Welcome! I was you a week ago");
        Post k2 = say(9, "10:00", hlHelp, kit, "How do people get water in woodland with no spring?");
        re(9, "10:30", wren, k2, "Rain off the van roof into an IBC tank, filtered, then a jerrycan run for drinking. "
                + "This guide is a good start: https://offgridwater.example/ibc-basics");
        re(9, "11:00", kit, k2, "thanks");
        Post k3 = say(10, "13:00", hlHelp, kit, "Solar panel isn't charging and it's sunny");
        re(10, "13:20", silas, k3, "Check the controller's PV fuse and that the panel isn't in shade from a single "
                + "branch, one shaded cell can kill the lot");
        re(10, "14:00", kit, k3, "ta");
        Post k4 = say(12, "19:00", hlHelp, kit, "How do you keep mice out of a van?");
        Post mk = re(12, "19:20", marnie, k4, "Steel wool and expanding foam in every gap. What's your floor like, any "
                + "gaps round the pipes or the gas drop-out?");
        Post k5 = say(13, "08:00", hlHelp, kit, "Best way to dry clothes in winter?");
        re(13, "08:30", jory, k5, "A drying rack over the burner if you have one, otherwise a day in the launderette "
                + "once a week. I gave up fighting it");
        re(13, "09:00", kit, k5, "cheers");
        Post s1 = say(13, "20:00", hlFire, silas, "Owl on the gate post tonight, just sat and watched us for an hour");
        s1.react("😍", marnie, wren);
        // W40
        joins(15, "10:00", hlIntro, bea);
        Post b1 = say(15, "10:15", hlIntro, bea, "Hello! Bea, narrowboat for six years, now swapping it for a cabin "
                + "on a woodland share in the Forest of Dean. Glad to find you all");
        re(15, "10:40", wren, b1, "Welcome Bea! Six years afloat means you know more than most of us");
        re(15, "11:00", jory, b1, "Welcome! Woodland shares sound great");
        re(16, "09:00", kit, mk, "sorry Marnie, yes gaps round the pipes, filled them with wire wool");
        Post m1 = say(16, "18:00", hlFire, marnie, "So I finally rebuilt my compost loo this week. I ripped out my old "
                + "box, I built a new one out of my offcuts and I'm stupidly proud of it");
        re(16, "18:30", wren, m1, "Photos or it didn't happen!");
        say(17, "19:00", hlFire, marnie, "My new one has a proper diverter, my own design, and I made the lid from an "
                + "old chopping board of my mum's. I sanded it for my whole afternoon");
        say(18, "20:00", hlFire, marnie, "Also my hens have started laying again, and my woodpile is finally under "
                + "cover. My week is going well, I think I've earned my sit by the fire");
        say(19, "19:30", hlFire, marnie, "Today I dug my new soakaway for the wee. My back hates me. I think I'll "
                + "line my next one with gravel, my clay just holds it");
        Post m5 = say(20, "17:00", hlFire, marnie, "Last one from me: my loo is finished, my soakaway is in and I "
                + "have had my first bath in my tin tub since August. My favourite week of my year so far");
        m5.react("🎉", wren, bea, silas);
        re(20, "17:30", silas, m5, "Brilliant Marnie, a tin bath in October is hardcore");
        re(20, "17:45", marnie, m5, "My kettle and I worked hard for it!");
        // more everyday chat
        Post z1 = say(4, "20:00", hlFire, wren, "First frost in the valley this morning. Time to lag the pipes");
        re(4, "20:20", silas, z1, "Already done mine, learned the hard way last year");
        re(4, "20:30", marnie, z1, "Same, and I've moved the hens into the barn");
        Post z2 = say(11, "18:00", hlHelp, silas, "Anyone got a spare 12V water pump? Mine's died mid-shower");
        re(11, "18:20", wren, z2, "I've an old Shurflo in the shed, works fine. Come and grab it");
        re(11, "18:40", silas, z2, "You're a star, tomorrow morning?");
        re(11, "18:50", wren, z2, "Kettle will be on");
        Post z3 = say(17, "10:00", hlHelp, bea, "Cabin's stove is a tiny boat stove. Any tips for overnight burning?");
        re(17, "10:30", jory, z3, "Big log of hardwood at bedtime, air nearly shut. Mine stays in till six");
        re(17, "10:45", bea, z3, "Thanks Jory, exactly what I did on the boat, glad it carries over");
    }

    /**
     * E. Rain &amp; Spring: Corinna tells her client Gwilym on day 2 his UV lamp is on order; Alun and Yara answer Tess on
     * drinking roof water (day 3). On day 4 Piers posts four of his product pages into #landowners-ask in six minutes,
     * to nobody. On day 6 Corinna proposes a ring trial of the members' field test kits; days 8-13 all her messages are
     * in #installers-bench with Alun, Piers and Yara (samples out, results, the lab's figures, a write-up), while Gwilym
     * asks her by name on day 9 whether the lamp came and chases on day 11; she answers on day 15 with an apology.
     * Nico joins on day 15 with iron in his borehole; Alun answers and, asked, links the filter. Nico asks Yara by name
     * at five on day 16; she answers at half past seven on day 17, sorry, up a hill with no signal. Yara lists a tank
     * (day 17). Tess tells Alun on day 18 she sent her co-op his way; he thanks her.
     */
    private void rainAndSpring() {
        Post a1 = say(1, "09:00", rsBench, alun, "Anyone else waiting on UV lamps? My supplier's quoting three weeks "
                + "for the 40W ones now");
        re(1, "09:20", corinna, a1, "Same, I've one on order for a job, fingers crossed");
        re(1, "09:35", piers, a1, "Order two at a time, I've learned. Sorry, bit late for that");
        re(1, "09:50", yara, a1, "The 25W ones are in stock if the flow rate allows");
        Post g1 = say(2, "10:00", rsAsk, gwilym, "@Corinna Vale the break-pressure tank's in and looks great. When "
                + "does the UV unit go on?");
        re(2, "10:30", corinna, g1, "Thanks Gwilym! The lamp's on order, should land next week and I'll fit it the "
                + "day it does");
        re(2, "10:45", gwilym, g1, "Perfect, thank you");
        Post t1 = say(3, "19:00", rsAsk, tess, "Can I drink rainwater off my tiny-house roof if I filter it? The roof "
                + "is steel");
        re(3, "19:30", alun, t1, "You can, with a first-flush diverter, a sediment filter, carbon and UV in that "
                + "order. Get it lab tested once it's set up");
        re(3, "19:45", yara, t1, "And check the roof coating is drinking-water safe, some aren't");
        re(3, "20:00", tess, t1, "Didn't know that about coatings, thank you both");
        say(4, "11:00", rsAsk, piers, "Spring boxes in stock: https://hadleywater.example/spring-boxes");
        say(4, "11:02", rsAsk, piers, "Sediment filter housings: https://hadleywater.example/sediment");
        say(4, "11:04", rsAsk, piers, "UV units, 25W and 40W: https://hadleywater.example/uv");
        say(4, "11:06", rsAsk, piers, "Break-pressure tanks: https://hadleywater.example/bpt");
        Post c1 = say(6, "14:00", rsBench, corinna, "Our field kits disagree with the labs all the time. Proposal: I "
                + "split one spring sample five ways, post it to each of you, we all test with our own kits, one "
                + "goes to the lab, we compare. Who's in?");
        re(6, "14:20", alun, c1, "In. I've always suspected my nitrate strips");
        re(6, "14:40", yara, c1, "In!");
        re(6, "15:10", piers, c1, "Go on then");
        // W39
        Post c2 = say(8, "09:00", rsBench, corinna, "Samples go out today, chilled. Test within 24 hours of arrival: "
                + "pH, nitrate, iron, turbidity and coliform presence. Post your readings here");
        re(8, "09:30", alun, c2, "Will do, I'm in all Tuesday");
        Post g2 = say(9, "10:00", rsAsk, gwilym, "@Corinna Vale has the UV lamp come in? We've guests at the cottage "
                + "from the 5th and I need the water safe before then");
        Post a2 = say(9, "16:00", rsBench, alun, "Readings: pH 6.4, nitrate 15, iron 0.3, turbidity low, coliforms "
                + "present");
        re(9, "16:20", corinna, a2, "Thanks Alun! Coliforms present on mine too");
        Post y2 = say(10, "11:00", rsBench, yara, "Mine: pH 6.6, nitrate 10, iron 0.2, coliforms present");
        re(10, "11:15", corinna, y2, "Lovely, that's three. @Piers Hadley did yours arrive?");
        re(10, "12:00", piers, y2, "Arrived warm, the courier sat on it. Testing now anyway");
        re(10, "12:10", corinna, y2, "Note it as warm, it's data too");
        say(11, "09:00", rsAsk, gwilym, "@Corinna Vale sorry to chase, is there any news on the lamp?");
        Post c6 = say(11, "09:30", rsBench, corinna, "@Alun Bevan did you note the water temperature when you tested? "
                + "Want it for the table");
        re(11, "09:50", alun, c6, "11 degrees, straight from the fridge to the bench");
        Post p2 = say(11, "10:00", rsBench, piers, "Mine: pH 6.9, nitrate 20, iron 0.3, coliforms absent. Warm sample, "
                + "so take it with salt");
        re(11, "10:20", corinna, p2, "Interesting that the warm one lost its coliforms. Thanks Piers");
        Post c3 = say(12, "15:00", rsBench, corinna, "Lab's back: pH 6.5, nitrate 11, iron 0.25, coliforms present. "
                + "So the nitrate strips read high for most of us and the iron kits are fine");
        re(12, "15:20", alun, c3, "Told you my strips were off. Switching brand");
        re(12, "15:40", yara, c3, "Mine were closest, smug face");
        re(12, "15:50", corinna, c3, "You earned it Yara. I'll write it up with a table");
        Post c4 = say(13, "11:00", rsBench, corinna, "Write-up and table: https://ringtrial.example/rs-2035. Shall we "
                + "do it every spring?");
        re(13, "11:20", alun, c4, "Yes, and with a borehole sample next time");
        re(13, "11:40", corinna, c4, "Good call, I'll ask around for one");
        // W40
        re(15, "08:30", corinna, g2, "Gwilym I'm so sorry, I've been buried in a testing project. The lamp came on "
                + "Tuesday, I'll fit it Thursday, well before the 5th");
        re(15, "09:00", gwilym, g2, "Ok, thanks");
        joins(15, "10:00", rsAsk, nico);
        Post n1 = say(15, "10:10", rsAsk, nico, "Hi, new here. Our borehole water stains everything orange. What do "
                + "people fit for iron?");
        Post an = re(15, "10:40", alun, n1, "Hi Nico. An oxidising filter with manganese media usually sorts it, "
                + "after a sediment filter. Do you know the iron level?");
        re(15, "11:00", nico, an, "About 1.5 mg/l from the survey. Is there a link to the sort of filter you mean?");
        re(15, "11:20", alun, an, "This is the one I fit most: https://bevanwater.example/iron-filter. Yara's fitted "
                + "them too");
        Post n2 = say(16, "17:00", rsAsk, nico, "@Yara Osei Alun says you've fitted these. How often does the media "
                + "need changing?");
        re(17, "19:30", yara, n2, "Sorry Nico, I was up a hill on a spring survey with no signal. Every three to "
                + "five years at your level, and backwash it weekly");
        re(17, "19:45", nico, n2, "Thanks Yara, that's fine");
        say(17, "12:00", rsKit, yara, "1500L green water tank, two years old, clean, £180. Collection near Builth "
                + "Wells, DM me");
        Post t2 = say(18, "14:00", rsAsk, tess, "@Alun Bevan the rainwater set-up is brilliant, lab test came back "
                + "clean. I told my friends at the housing co-op about you, they need the same for four cabins");
        re(18, "14:20", alun, t2, "Tess that's great news, and thank you for sending them my way!");
        Post c5 = say(19, "10:00", rsBench, corinna, "Fitted Gwilym's lamp yesterday, water's through it. Anyone got a "
                + "borehole client who'd give us a sample in spring?");
        re(19, "10:30", yara, c5, "Nico might! Ask him nicely");
        // more everyday chat
        Post w1 = say(5, "12:00", rsBench, yara, "Price check: what does everyone charge to survey a spring and "
                + "give a written plan?");
        re(5, "12:20", alun, w1, "£220 plus mileage, plan included");
        re(5, "12:30", piers, w1, "£200, then it comes off the install if they go ahead");
        re(5, "12:40", yara, w1, "Useful, I've been too cheap");
        Post w2 = say(16, "11:00", rsAsk, tess, "Is it worth insulating the tank over winter? It's above ground");
        re(16, "11:30", piers, w2, "Yes, and the pipe runs especially. A tank rarely freezes solid, the pipes do");
        re(16, "11:45", tess, w2, "Pipes first then, thanks Piers");
    }

    /**
     * F. Cab &amp; Cabinet: Jonah talks ply and fixings with Saoirse, Rufus and Lottie in #workshop (days 1, 4, 10, 12)
     * and serves his client Deacon (days 2, 6, 11, 15). Saoirse and Lottie answer Matteo on cushion foam (day 1); Lottie
     * posts slots in #open-slots (day 5). Days 8-14 Rufus posts eleven times to nobody in all three rooms (builds, stock,
     * slots, and priced builds with "DM me" in #owner-enquiries on days 8 and 10) and answers nobody. Hazel joins on
     * day 8 and asks "Can anyone recommend someone to re-cover the cab seats in a T5?"; Saoirse answers with her price
     * and her work, Jonah recommends her. On day 9 Lottie answers Matteo's flat-foam question and adds two October
     * cushion slots at £45 with "DM me"; on day 12 she posts "Still one October cushion slot, £45, DM me" in
     * #owner-enquiries. Deacon tells Jonah on day 15 he sent a friend; Jonah thanks him in ten minutes.
     */
    private void cabAndCabinet() {
        Post j1 = say(1, "08:45", ccWorkshop, jonah, "Poplar ply or birch for bed platforms? Birch has gone silly "
                + "money again");
        re(1, "09:05", saoirse, j1, "Poplar for anything that's covered, birch where it shows. Saves a fortune");
        re(1, "09:20", rufus, j1, "Poplar's fine if you go 18mm for the slats");
        re(1, "09:30", jonah, j1, "18 poplar it is, cheers both");
        Post d1 = say(2, "19:00", ccEnquiries, deacon, "@Jonah Pike the bed platform fits perfectly. Any chance of a "
                + "matching shoe drawer under the step? What would it cost?");
        re(2, "19:20", jonah, d1, "Glad it fits! Yes, same oak edging, £180 fitted. I'll draw it up this week");
        re(2, "19:30", deacon, d1, "Do it");
        Post m1 = say(1, "12:00", ccEnquiries, matteo, "What foam for cushions that double as the bed? Current ones are "
                + "like sleeping on a gym mat");
        re(1, "12:30", saoirse, m1, "Reflex foam, 35 density or above, 100mm deep, with a thin memory layer on top "
                + "if you like soft");
        re(1, "12:50", lottie, m1, "And a breathable mesh underneath or the bottoms go mouldy in winter");
        re(1, "13:00", matteo, m1, "Had no idea about the mesh. Thank you both");
        Post l1 = say(4, "15:00", ccWorkshop, lottie, "What's everyone using to fix cushions down while driving? "
                + "Velcro keeps peeling");
        re(4, "15:20", jonah, l1, "Press studs into the ply, or a lip on the platform. Velcro never lasts");
        re(4, "15:30", lottie, l1, "Lip it is");
        say(5, "10:00", ccSlots, lottie, "Two upholstery slots in October: cushions and seat re-covers, from £45 a "
                + "cushion. DM me");
        Post d2 = say(6, "18:00", ccEnquiries, deacon, "@Jonah Pike got the drawing, looks spot on. Can you fit it "
                + "next week?");
        re(6, "18:20", jonah, d2, "Thursday the 27th if that suits?");
        re(6, "18:30", deacon, d2, "Perfect");
        // W39
        say(8, "08:00", ccWorkshop, rufus, "Finished a Crafter kitchen pod today, oak edging, soft-close everything");
        say(8, "08:30", ccEnquiries, rufus, "Bed platforms built to order, slide-out, from £900. DM me.");
        joins(8, "10:00", ccEnquiries, hazel);
        Post h1 = say(8, "10:10", ccEnquiries, hazel, "Hi! Can anyone recommend someone to re-cover the cab seats in a "
                + "T5? Near Bristol");
        re(8, "10:40", saoirse, h1, "Hi Hazel, I do, I'm in Bath. £260 for the pair in marine vinyl, some of my seats "
                + "are here: https://saoirseupholstery.example/seats");
        re(8, "11:00", jonah, h1, "Saoirse's the one round there, she did my own van");
        re(8, "11:15", hazel, h1, "Brilliant, I'll message her. Thanks!");
        say(9, "08:15", ccWorkshop, rufus, "Got 20 sheets of 12mm poplar in at a good price");
        say(9, "09:00", ccSlots, rufus, "November slots: two full interiors, Transit or Crafter");
        Post m2 = say(9, "14:00", ccEnquiries, matteo, "My cushion foam has gone completely flat after a year. Is that "
                + "normal?");
        re(9, "14:30", lottie, m2, "Cheap foam does that. Go for 35 density reflex like Saoirse said. I've two "
                + "cushion slots in October at £45 a cushion if you'd rather not DIY, DM me");
        re(9, "14:50", matteo, m2, "I'll try the foam myself first, thanks");
        say(10, "08:10", ccWorkshop, rufus, "Testing a new gas-strut hinge for overhead lockers");
        say(10, "08:40", ccEnquiries, rufus, "Overhead lockers made to measure, £140 a metre. DM me.");
        Post j2 = say(10, "12:00", ccWorkshop, jonah, "Anyone tried the new water-based edge oil? Smells less, but "
                + "does it last?");
        re(10, "12:20", saoirse, j2, "Used it on a table, fine after six months");
        re(10, "12:40", lottie, j2, "Two coats or it goes patchy");
        re(10, "12:50", jonah, j2, "Two coats, got it");
        say(11, "08:20", ccWorkshop, rufus, "Crafter pod installed, client's chuffed");
        Post d3 = say(11, "17:00", ccEnquiries, deacon, "@Jonah Pike still on for Thursday?");
        re(11, "17:15", jonah, d3, "Yes, 9am, I'll bring the drawer");
        say(12, "08:00", ccSlots, rufus, "One November slot left");
        say(12, "08:30", ccWorkshop, rufus, "Price of edge banding lately is mad");
        say(12, "11:00", ccEnquiries, lottie, "Still one October cushion slot, £45 a cushion, DM me");
        Post j3 = say(12, "16:00", ccWorkshop, jonah, "Fitted Deacon's drawer this morning. Runners from the new "
                + "supplier are lovely");
        re(12, "16:20", lottie, j3, "Which supplier? Mine are rattly");
        re(12, "16:35", jonah, j3, "Hafele's cheaper cousin, I'll DM you the link");
        say(13, "08:00", ccEnquiries, rufus, "Kitchen pods from £1,600 fitted");
        say(14, "18:00", ccWorkshop, rufus, "Week done, three jobs out the door");
        // W40
        Post d4 = say(15, "10:00", ccEnquiries, deacon, "@Jonah Pike drawer's brilliant. I've sent my mate Stu your "
                + "way, he's got a Vivaro that needs the same");
        re(15, "10:10", jonah, d4, "Cheers Deacon, really appreciate it. Tell him to message me");
        Post m3 = say(16, "12:00", ccEnquiries, matteo, "New foam's in, what a difference. How do I stop the covers "
                + "sliding about?");
        re(16, "12:30", rufus, m3, "Non-slip underlay between foam and cover, cheap as chips. Glad it worked");
        re(16, "12:40", matteo, m3, "Great, thanks Rufus");
        Post h2 = say(17, "19:00", ccEnquiries, hazel, "Saoirse did my seats, they're ace. Thanks for the tip everyone");
        re(17, "19:20", saoirse, h2, "Thank you Hazel, enjoy them!");
        Post s1 = say(18, "09:00", ccWorkshop, saoirse, "Anyone know a decent supplier for marine vinyl in grey? "
                + "Mine's discontinued");
        re(18, "09:30", lottie, s1, "Try the boat trim place in Poole, they did me a roll");
        re(18, "09:40", saoirse, s1, "Ta Lottie");
    }

    /**
     * G. Hut &amp; Hearth: days 1-6 Caspar answers Fenella's, Bram's and Idony's news in #makers-bench with his own huts,
     * roofs, prices and waiting list, asking them nothing. Fenella serves her client Lydia (days 4, 9, 17) and talks
     * shop. Idony posts her own news on days 3 and 10 and replies to nobody. Ravi joins on day 15 and says his mother is
     * moving into a hut in his garden and he is researching insulation; Bram replies "I build bespoke huts for gardens
     * like yours. Book a 20-minute call" with his booking page; Fenella answers about insulation. On day 16 Idony asks
     * #makers-bench and, four minutes later, #buyers-ask to follow her hut build page and share it. Lydia tells Fenella
     * on day 17 she told the site next door; Fenella lists an ex-show hut in #for-sale (day 18) and answers Ravi on
     * stoves (day 19).
     */
    private void hutAndHearth() {
        Post f1 = say(1, "09:00", hhBench, fenella, "Finished a curved-roof hut for a glamping site in the Peak today. "
                + "Took the whole team to get the roof sheets on in the wind");
        re(1, "09:30", caspar, f1, "Nice. I finished two last month. My roofs are steam-bent, I do all my own ironwork "
                + "and my chassis are galvanised, so I never have that problem");
        Post b1 = say(2, "10:00", hhBench, bram, "Has anyone tried sheep's wool insulation in the walls? Wondering "
                + "about damp");
        re(2, "10:20", fenella, b1, "I have, it's fine with a breathable membrane. Keep it off the floor");
        re(2, "10:40", caspar, b1, "I use it in all my huts, I swear by it. My clients love it and I get my wool from "
                + "my cousin's farm, I've never had a problem in mine");
        say(3, "11:00", hhBench, idony, "New workshop roof is on at last, I can build two huts side by side now");
        Post i1 = say(3, "11:05", hhBench, idony, "Shepherd's hut number 30 leaves on "
                + "Friday too");
        re(3, "11:30", caspar, i1, "I did my 30th in May. I'm on 41 now, my next one's for a vineyard, my biggest yet");
        Post l1 = say(4, "16:00", hhAsk, lydia, "@Fenella Rook is the second hut getting the same stove as the first? "
                + "Guests loved it");
        re(4, "16:20", fenella, l1, "Same one, Lydia, and I'll add a heat shield behind so the wall stays cooler");
        re(4, "16:30", lydia, l1, "Lovely, thank you");
        Post f2 = say(5, "09:00", hhBench, fenella, "Larch cladding up 15% from my merchant. Are you all putting "
                + "prices up?");
        re(5, "09:20", bram, f2, "Yes, 8% from October");
        re(5, "09:40", caspar, f2, "My prices went up in March. I charge £24k for my standard hut now and my waiting "
                + "list is six months, so I'm not worried. I think my clients expect it");
        Post b2 = say(6, "14:00", hhBench, bram, "Cast iron wheels or steel? A client wants the old look");
        re(6, "14:20", fenella, b2, "Cast for the look, but they crack if you tow far. Steel painted to match");
        re(6, "14:40", caspar, b2, "I only do cast, my foundry makes mine to my own pattern. My wheels are my "
                + "signature really, I'd never do steel on my huts");
        // W39
        Post l2 = say(9, "10:00", hhAsk, lydia, "@Fenella Rook could the second hut have a bigger window at the bed "
                + "end? Sunrise side");
        re(9, "10:30", fenella, l2, "Easily, I'll make it 900 wide and send you a sketch tonight");
        re(9, "10:40", lydia, l2, "Perfect");
        say(10, "09:00", hhBench, idony, "Hut 30 delivered to Dorset, sold, and a couple already booked in for "
                + "the spring");
        Post b3 = say(10, "13:00", hhBench, bram, "What's everyone's tow limit before you hire a low loader?");
        re(10, "13:20", caspar, b3, "Twenty miles for me, then low loader. Your insurer will ask too, check the "
                + "policy");
        re(10, "13:40", fenella, b3, "Same, and never on a wet day");
        re(10, "13:50", bram, b3, "Good tip on the insurer, thanks both");
        Post f3 = say(12, "15:00", hhBench, fenella, "Lydia's second hut's frame is up. Bigger window in");
        f3.react("👍", bram, caspar);
        // W40
        joins(15, "11:00", hhAsk, ravi);
        Post r1 = say(15, "11:10", hhAsk, ravi, "Hi all, just joined. My mum's moving into a hut in our garden next "
                + "year and I'm researching insulation and what to look out for. Lots to learn!");
        re(15, "11:30", bram, r1, "Hi Ravi, I build bespoke huts for gardens like yours. Book a 20-minute call and "
                + "I'll talk you through it: https://kesslerhuts.example/book");
        Post fr = re(15, "11:45", fenella, r1, "Welcome Ravi! For living in all year, wool or wood fibre in the walls, "
                + "100mm at least, and double glazing. Will she want a stove or electric heat?");
        re(15, "12:10", ravi, fr, "Electric probably, she's 78. Thank you, this is really useful");
        say(16, "09:00", hhBench, idony, "Could you all follow my hut build page and share it? "
                + "https://instagram.example/idonyhuts");
        say(16, "09:04", hhAsk, idony, "Please follow my hut build page and share it with anyone dreaming of a hut! "
                + "https://instagram.example/idonyhuts");
        Post l3 = say(17, "17:00", hhAsk, lydia, "@Fenella Rook second hut's a hit, guests are raving. I've told the "
                + "glamping site next door about you, they want two");
        re(17, "17:20", fenella, l3, "Lydia thank you so much, that's lovely. Tell them to get in touch");
        say(18, "10:00", hhSale, fenella, "Ex-show hut, 12ft, larch clad, wood burner, ready now: £14,500. "
                + "Photos: https://rookhuts.example/show-hut");
        Post r2 = say(19, "14:00", hhAsk, ravi, "@Fenella Rook is electric heating enough in January in a hut, "
                + "honestly?");
        re(19, "14:30", fenella, r2, "With good insulation, yes, an oil-filled radiator and a heated floor mat. Make "
                + "sure the supply from the house is a proper armoured cable");
        re(19, "14:45", ravi, r2, "Noted, thank you Fenella");
        Post c1 = say(20, "09:00", hhBench, caspar, "Anyone got a spare stove flue collar for a Salamander? Mine "
                + "cracked");
        re(20, "09:20", bram, c1, "I've one, you can have it");
        re(20, "09:30", caspar, c1, "Cheers Bram, I'll drop round");
        // more everyday chat
        Post u1 = say(8, "09:00", hhBench, bram, "Anyone else's orders from the ironmonger late this month?");
        re(8, "09:20", fenella, u1, "Two weeks late, I've started buying hinges online");
        re(8, "09:35", bram, u1, "Might do the same");
        Post u2 = say(13, "16:00", hhAsk, lydia, "Which paint holds up best on the hut's tin roof? The first one "
                + "is chalking");
        re(13, "16:30", fenella, u2, "A proper metal roof paint, two coats, after a wire brush. I'll do yours when I "
                + "deliver the second hut");
        re(13, "16:45", lydia, u2, "You're a star");
    }

    /**
     * H. Pod &amp; Panel: Gus posts kits and dispatch news in #shop-news (days 1, 9). Bilal is helped with his locker
     * rails (Gus, day 2), sagging doors (Lena, day 3) and his sink sealant (Quinn, day 5, without a reply link), answers
     * their questions, reports back and answers Effie's Vivaro question (day 6). Lena answers Effie's delivery DM
     * within half an hour (day 4). Morwenna joins on day 8 and asks #show-your-van and, three minutes later,
     * #build-help to subscribe to her vanlife channel; she asks a real question on day 19. On days 16 and 18 Gus posts a
     * priced restock and a last-three offer with the shop's pages in #build-help. Quinn tells Gus on day 17 he sent his
     * brother-in-law; Gus thanks him in a quarter of an hour.
     */
    private void podAndPanel() {
        say(1, "09:00", ppNews, gus, "New in: the bed-platform kit for the Transit Custom, CNC-cut birch, slides out "
                + "to a double. £489 with the fixings: https://podpanel.example/bed-custom");
        Post b1 = say(2, "18:00", ppHelp, bilal, "Fitting the overhead locker kit and the rail holes don't line up "
                + "with my van's ribs. Sprinter LWB");
        Post gb = re(2, "18:30", gus, b1, "Evening Bilal. Is it the 2019-on Sprinter? The ribs moved that year");
        re(2, "18:45", bilal, gb, "2020, yes");
        re(2, "19:00", gus, gb, "Then use the second set of holes, the ones marked B on the rail. Sorry, the sheet "
                + "should say that louder");
        re(2, "20:30", bilal, gb, "B holes line up perfectly. Lockers are up!");
        Post b2 = say(3, "19:00", ppHelp, bilal, "Locker doors sag a few mm after a day of driving. Normal?");
        Post lb = re(3, "19:20", lena, b2, "Not normal. Are the hinges the ones from the kit, and did you tighten "
                + "the adjuster screw at the back of each?");
        re(3, "19:40", bilal, lb, "Kit hinges, didn't know there was an adjuster");
        re(3, "19:50", lena, lb, "Quarter turn each, then check after a week");
        re(4, "08:00", bilal, lb, "Done, drove to work, no sag. Thanks Lena");
        say(4, "12:00", ppDmLena, effie, "Hi Lena, my order says delivered but there's nothing here. Order 4471");
        say(4, "12:30", ppDmLena, lena, "Hi Effie, sorry about that! The courier left it with number 14, photo's "
                + "on the tracking. If it isn't there I'll send another today");
        say(4, "13:10", ppDmLena, effie, "Found it at 14, thank you!");
        Post b3 = say(5, "17:00", ppHelp, bilal, "What sealant do people use round the sink cut-out? Don't want "
                + "water in the ply");
        say(5, "17:20", ppHelp, quinn, "Bilal, clear sanitary silicone after you've sealed the cut edge with "
                + "varnish. The edge is what soaks up water");
        re(5, "18:00", bilal, b3, "Varnished the edge and sealed it, looks tidy. Cheers Quinn");
        Post e1 = say(6, "10:00", ppHelp, effie, "Does the locker kit fit a Vivaro or is it Transit only?");
        re(6, "10:20", bilal, e1, "There's a Vivaro rail in the same kit I think, mine came with both. Check the "
                + "sheet for the V marks");
        re(6, "10:40", lena, e1, "Bilal's right, both rails are in the box");
        re(6, "10:50", effie, e1, "Great, thanks both");
        // W39
        joins(8, "09:50", ppShow, morwenna);
        say(8, "10:00", ppShow, morwenna, "Please subscribe to my vanlife channel, we're nearly at 5k! "
                + "https://video.example/@morwennaroams");
        say(8, "10:03", ppHelp, morwenna, "Subscribe to my vanlife channel if you like builds and mountains, "
                + "would mean a lot! https://video.example/@morwennaroams");
        say(9, "09:00", ppNews, gus, "Dispatch days change next week: Tuesdays and Fridays. Orders before noon go "
                + "the same day");
        Post q1 = say(10, "18:00", ppShow, quinn, "Finally finished! Bed kit, lockers and a kitchen I built myself");
        q1.react("🔥", gus, lena, effie, bilal);
        re(10, "18:20", gus, q1, "That kitchen is beautiful Quinn, what wood is the worktop?");
        re(10, "18:40", quinn, q1, "Reclaimed iroko from a school lab bench!");
        Post b4 = say(11, "19:00", ppHelp, bilal, "Last question, promise: can the bed kit take a 14cm mattress or "
                + "is it too tall for the slide?");
        re(11, "19:20", lena, b4, "14 is fine, the slide clears 16");
        re(11, "19:30", bilal, b4, "Perfect, ordering the mattress");
        Post e2 = say(12, "12:00", ppShow, effie, "Half-finished but the lockers are up in the Vivaro");
        re(12, "12:20", bilal, e2, "Nice work Effie, the V rail does fit!");
        // W40
        Post q2 = say(15, "09:00", ppHelp, quinn, "Is the kitchen worktop cut-out template on the website "
                + "anywhere?");
        re(15, "09:30", lena, q2, "Not yet, I'll email it over this morning");
        say(16, "10:00", ppHelp, gus, "Restock: overhead locker kits are back in, £229 a pair: "
                + "https://podpanel.example/lockers");
        Post q3 = say(17, "16:00", ppShow, quinn, "@Gus Ferreira took the van to Wales at the weekend, not a "
                + "rattle. I've sent my brother-in-law your way, he's starting on a Custom");
        re(17, "16:15", gus, q3, "Quinn that's brilliant, thank you! We'll look after him");
        say(18, "11:00", ppHelp, gus, "Last three Custom bed kits at £449 this week: "
                + "https://podpanel.example/bed-custom");
        Post mo = say(19, "15:00", ppHelp, morwenna, "Does anyone know if the bed kit fits a Crafter? Looking at one "
                + "for the next van");
        re(19, "15:30", lena, mo, "Not yet, a Crafter kit is coming in spring");
        re(19, "15:45", morwenna, mo, "Ok, thanks");
        // more everyday chat
        Post v1 = say(13, "20:00", ppHelp, effie, "Anyone insulated wheel arches? Mine drum on gravel");
        re(13, "20:20", quinn, v1, "Sound deadening mat then a bit of closed-cell foam. Cut the noise in half");
        re(13, "20:30", effie, v1, "Sounds doable, cheers Quinn");
        Post v2 = say(20, "11:00", ppShow, bilal, "Mattress is in, locker doors still straight. Done!");
        v2.react("🎉", lena, quinn, effie);
        re(20, "11:20", lena, v2, "Looks amazing Bilal, congrats");
    }

    static Map<String, String> files() {
        return new HeldOutScenes159Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 159");
    }
}
