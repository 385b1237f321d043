package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 64 (sealed): eight communities of the outdoors, animals and travel, of kinds no earlier round used
 * (barefoot hoof trimmers with a room where horse owners ask, bikepackers and gravel route planners, independent
 * city walking-tour guides with a travellers' room and a tours-for-hire room, a glamping farm stay's own server with
 * its Staff, tortoise keepers with a hatchlings-for-sale room, long-distance footpath walkers where nobody sells,
 * owners travelling abroad with pets and the relocation agents among them, yacht-delivery skippers and crew with a
 * crew-wanted room), over three ISO weeks (2028-W19 to W21), written and labelled by writer64 (session 39) before
 * any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-64.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes64Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2028, 5, 8);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2028, 5, 29, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-64";
    private static final int BASE = 49200;

    // --- A. barefoot hoof trimmers ---
    private final String hoof = cast.guild(921);
    private final Channel hfTrim = cast.channel(hoof, "Hoofline", "trim-talk",
            "trimmers talking shop: angles, flares, abscesses, boots", "hf-trim-talk.json");
    private final Channel hfOwners = cast.channel(hoof, "Hoofline", "owners-corner",
            "horse owners: ask about bare feet, transitions and finding a trimmer", "hf-owners-corner.json");
    private final Channel hfIntro = cast.channel(hoof, "Hoofline", "introductions",
            "introduce yourself and your herd", "hf-introductions.json");
    private final Persona maja = cast.person("maja.hooves", "Maja Lindqvist");
    private final Persona rhiannon = cast.person("rhi.trims", "Rhiannon Pugh");
    private final Persona kasimir = cast.person("kasimir.farrierfree", "Kasimir Nowak");
    private final Persona garrick = cast.person("garrick.d", "Garrick Dunmore");
    private final Persona bethan = cast.person("bethan.cob", "Bethan Rees");
    private final Persona lucienne = cast.person("lucienne.arab", "Lucienne Faure");
    private final Persona odhran = cast.person("odhran.ponies", "Odhrán Keane");
    private final Persona sunniva = cast.person("sunniva.h", "Sunniva Haugen");

    // --- B. bikepackers and gravel route planners ---
    private final String bivvy = cast.guild(922);
    private final Channel gbRoutes = cast.channel(bivvy, "Gravel & Bivvy", "routes",
            "route ideas, gpx talk, resupply and water points", "gb-routes.json");
    private final Channel gbKit = cast.channel(bivvy, "Gravel & Bivvy", "kit-chat",
            "bags, shelters, stoves, what broke and what didn't", "gb-kit-chat.json");
    private final Channel gbReports = cast.channel(bivvy, "Gravel & Bivvy", "trip-reports",
            "tell us how it went", "gb-trip-reports.json");
    private final Persona rasmus = cast.person("rasmus.rides", "Rasmus Kjeldsen");
    private final Persona ffion = cast.person("ffion.bivvy", "Ffion Llewelyn");
    private final Persona tobiah = cast.person("tobiah.routes", "Tobiah Marsh");
    private final Persona imani = cast.person("imani.gravel", "Imani Okafor");
    private final Persona jurgen = cast.person("jurgen.w", "Jürgen Weiss");
    private final Persona paloma = cast.person("paloma.bikes", "Paloma Ibarra");
    private final Persona declan = cast.person("declan.o", "Declan O'Shea");

    // --- C. independent walking-tour guides ---
    private final String streets = cast.guild(923);
    private final Channel swLounge = cast.channel(streets, "Streetwise Guides", "guide-lounge",
            "guides only really: rain plans, licences, group sizes, war stories", "sw-guide-lounge.json");
    private final Channel swAsk = cast.channel(streets, "Streetwise Guides", "traveller-questions",
            "visiting? ask the guides anything about the city", "sw-traveller-questions.json");
    private final Channel swTours = cast.channel(streets, "Streetwise Guides", "tours-for-hire",
            "guides: list your tours with dates and prices here", "sw-tours-for-hire.json");
    private final Channel swHello = cast.channel(streets, "Streetwise Guides", "hello",
            "say hello, tell us where you're from", "sw-hello.json");
    private final Persona leandro = cast.person("leandro.walks", "Leandro Vidal");
    private final Persona ama = cast.person("ama.citywalks", "Ama Boateng");
    private final Persona henrietta = cast.person("henrietta.mod", "Henrietta Vos");
    private final Persona kofi = cast.person("kofi.history", "Kofi Mensah");
    private final Persona yui = cast.person("yui.travels", "Yui Nakamura");
    private final Persona brodie = cast.person("brodie.mac", "Brodie MacAulay");
    private final Persona zofia = cast.person("zofia.k", "Zofia Kowalczyk");
    private final Persona emeka = cast.person("emeka.trips", "Emeka Nwosu");

    // --- D. a glamping farm stay's own server ---
    private final String farm = cast.guild(924);
    private final Role bcStaff = cast.role("Staff", "#2e7d32", 2);
    private final Channel bcDesk = cast.channel(farm, "Bramblecombe Farm Stay", "guest-desk",
            "questions about your stay: post here and the team will reply", "bc-guest-desk.json");
    private final Channel bcNews = cast.channel(farm, "Bramblecombe Farm Stay", "farm-news",
            "lambs, dates, what's on at the farm", "bc-farm-news.json");
    private final Channel bcPhotos = cast.channel(farm, "Bramblecombe Farm Stay", "guest-photos",
            "your pictures from the farm", "bc-guest-photos.json");
    private final Persona owen = cast.person("owen.bramblecombe", "Owen Pritchard", bcStaff);
    private final Persona nia = cast.person("nia.bramblecombe", "Nia Bowen", bcStaff);
    private final Persona tamsin = cast.person("tamsin.j", "Tamsin Jago");
    private final Persona saoirse = cast.person("saoirse.felts", "Saoirse Gallagher");
    private final Persona dev = cast.person("dev.p", "Devendra Patil");
    private final Persona marisol = cast.person("marisol.r", "Marisol Reyes");
    private final Persona hugo = cast.person("hugo.lb", "Hugo Lindberg");

    // --- E. tortoise keepers ---
    private final String shell = cast.guild(925);
    private final Channel tkHusbandry = cast.channel(shell, "Shell & Sunlamp", "husbandry",
            "diet, substrate, lamps, hibernation", "tk-husbandry.json");
    private final Channel tkHatch = cast.channel(shell, "Shell & Sunlamp", "hatchlings-for-sale",
            "breeders: list hatchlings with species, age and price", "tk-hatchlings-for-sale.json");
    private final Channel tkPics = cast.channel(shell, "Shell & Sunlamp", "basking-pics",
            "show off your shelled friends", "tk-basking-pics.json");
    private final Persona dariusz = cast.person("dariusz.hermanns", "Dariusz Zieliński");
    private final Persona pauline = cast.person("pauline.t", "Pauline Thibault");
    private final Persona kimberly = cast.person("bertie.the.tort", "Kimberly Osei");
    private final Persona aoife = cast.person("aoife.newbie", "Aoife Brennan");
    private final Persona gustavo = cast.person("gustavo.testudo", "Gustavo Prado");
    private final Persona hyejin = cast.person("hyejin.s", "Hye-jin Seo");
    private final Persona ronan = cast.person("ronan.w", "Ronan Whitlock");
    private final Channel tkDmAoife = cast.dm(aoife, "tk-dm-aoife.json");

    // --- F. long-distance footpath walkers ---
    private final String walk = cast.guild(926);
    private final Channel ewStages = cast.channel(walk, "End to End", "stage-planning",
            "stages, campsites, bunkhouses, how far is too far", "ew-stage-planning.json");
    private final Channel ewFeet = cast.channel(walk, "End to End", "blisters-and-kit",
            "feet, boots, packs, what to leave at home", "ew-blisters-and-kit.json");
    private final Channel ewOnTrail = cast.channel(walk, "End to End", "on-the-trail",
            "walking now? tell us where you are", "ew-on-the-trail.json");
    private final Persona bartholomew = cast.person("barty.walks", "Bartholomew Ashdown");
    private final Persona heike = cast.person("heike.b", "Heike Brandt");
    private final Persona priti = cast.person("priti.walks", "Priti Deshmukh");
    private final Persona colm = cast.person("colm.f", "Colm Fitzgerald");
    private final Persona wanjiru = cast.person("wanjiru.k", "Wanjiru Kamau");
    private final Persona tobias = cast.person("tobias.l", "Tobias Lund");
    private final Persona mairead = cast.person("mairead.walks", "Mairéad Nic Aodha");

    // --- G. travelling with pets ---
    private final String paws = cast.guild(927);
    private final Channel paPapers = cast.channel(paws, "Paws Abroad", "paperwork",
            "pet passports, health certificates, titres, import permits", "pa-paperwork.json");
    private final Channel paFlights = cast.channel(paws, "Paws Abroad", "flights-and-ferries",
            "airlines, cabin vs hold, ferries, crates", "pa-flights-and-ferries.json");
    private final Channel paIntro = cast.channel(paws, "Paws Abroad", "introductions",
            "introduce yourself: who's moving where, with whom", "pa-introductions.json");
    private final Persona corinne = cast.person("corinne.petmoves", "Corinne Albrecht");
    private final Persona yusuf = cast.person("yusuf.relocate", "Yusuf Demir");
    private final Persona ravi = cast.person("ravi.and.mango", "Ravi Subramanian");
    private final Persona greta = cast.person("greta.v", "Greta Vanderberg");
    private final Persona lorcan = cast.person("lorcan.crates", "Lorcan Tierney");
    private final Persona mei = cast.person("mei.lin", "Mei Lin Tan");
    private final Persona fatou = cast.person("fatou.d", "Fatou Diallo");
    private final Persona arjun = cast.person("arjun.m", "Arjun Mehta");

    // --- H. yacht-delivery skippers and crew ---
    private final String blue = cast.guild(928);
    private final Channel ydPassage = cast.channel(blue, "Blue Water Crewbook", "passage-planning",
            "weather windows, routes, ports, paperwork", "yd-passage-planning.json");
    private final Channel ydCrew = cast.channel(blue, "Blue Water Crewbook", "crew-wanted",
            "skippers: post berths on deliveries here, crew: reply or use the form", "yd-crew-wanted.json");
    private final Channel ydGalley = cast.channel(blue, "Blue Water Crewbook", "galley-chat",
            "off-watch chatter", "yd-galley-chat.json");
    private final Persona hamish = cast.person("hamish.delivers", "Hamish Carmichael");
    private final Persona marguerite = cast.person("marguerite.skip", "Marguerite Lavoie");
    private final Persona sven = cast.person("sven.sails", "Sven Halvorsen");
    private final Persona adaeze = cast.person("adaeze.crew", "Adaeze Nwankwo");
    private final Persona tomasz = cast.person("tomasz.b", "Tomasz Bielecki");
    private final Persona keala = cast.person("keala.k", "Keala Kahananui");
    private final Persona rosalie = cast.person("rosalie.m", "Rosalie Martel");

    HeldOutScenes64Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        hoofTrimmers();
        bikepackers();
        walkingGuides();
        farmStay();
        tortoises();
        footpathWalkers();
        petTravel();
        yachtDeliveries();
        extras();
    }

    private void hoofTrimmers() {
        // week 1
        say(1, "08:10", hfIntro, sunniva, "hi all, Sunniva, two fjords and a very opinionated shetland, all barefoot "
                + "since last year");
        say(1, "09:30", hfTrim, maja, "anyone else seeing a lot of seedy toe this spring? three cases on my round "
                + "this week, all on the wet clay farms");
        say(1, "10:05", hfTrim, rhiannon, "yep, two here. the grass is so lush too");
        say(1, "10:20", hfTrim, maja, "going to start carrying a sheet on turnout and hoof hygiene for owners, they "
                + "always ask");
        Post kasIntro = say(2, "07:45", hfIntro, kasimir, "Kasimir here, trimming in the Welsh borders for 6 years. "
                + "bit about how I work: https://kasimir-hoofcare.example/about");
        re(2, "08:30", maja, kasIntro, "welcome Kasimir! borders is a big patch, good to have you");
        re(2, "08:50", kasimir, kasIntro, "thanks Maja, it is, lots of driving 😄");
        Post ludlow = say(2, "12:15", hfOwners, odhran, "does anyone trim near Ludlow? my farrier retired and I "
                + "want to try the ponies bare");
        re(2, "12:40", rhiannon, ludlow, "I cover Ludlow on Thursdays, £40 a trim, DM me and we can sort a "
                + "first visit");
        re(2, "13:05", odhran, ludlow, "brilliant, messaging you now");
        Post intro = say(3, "18:20", hfIntro, lucienne, "Bonjour! Lucienne, I have an old arab gelding, 19, "
                + "moving him to bare feet slowly. be gentle, I'm still learning the words 😅");
        re(3, "19:00", sunniva, intro, "welcome! the words come quickly, promise");
        re(3, "19:35", garrick, intro, "welcome Lucienne, I do full transitions for older horses, £45 a visit "
                + "with boots fitting, DM me and I'll get you booked in");
        say(3, "20:10", hfIntro, garrick, "oh and I'm Garrick, new here, trimming around Shrewsbury");
        Post boots = say(4, "10:00", hfOwners, sunniva, "which boots do people use for the road work phase? "
                + "the shetland has tiny feet and nothing fits");
        say(4, "10:25", hfOwners, kasimir, "for minis the small scoot-style ones, sizes 00 and 0. measure after a "
                + "fresh trim not before");
        re(4, "10:40", sunniva, boots, "thank you, will measure saturday");
        say(5, "16:00", hfTrim, rhiannon, "abscess season question: do you all still soak or just poultice dry?");
        say(5, "16:30", hfTrim, maja, "dry poultice mostly, soaking makes my clients' feet too soft");
        say(5, "16:45", hfTrim, kasimir, "same. soak only if it's not blowing after 2 days");
        say(6, "11:00", hfTrim, garrick, "anyone got a spare set of nippers to lend for a week? mine went for "
                + "sharpening");
        // week 2
        Post cob = say(9, "08:40", hfOwners, bethan, "@Maja Lindqvist you trimmed our cob Dylan in March and he's "
                + "moving so much better. could you fit him in again before the county show on the 20th?");
        cob.react("❤️", sunniva);
        say(9, "09:15", hfTrim, maja, "lovely day for it, five trims done before lunch");
        Post flare = say(9, "14:00", hfTrim, rhiannon, "quarter flare on a tb that just won't settle, "
                + "6 weeks of rolling the wall. ideas?");
        re(9, "14:30", maja, flare, "check the heels, if they're underrun the flare is just the symptom. "
                + "send a sole shot?");
        re(9, "15:10", rhiannon, flare, "will do tomorrow, thank you");
        say(10, "09:05", hfTrim, rhiannon, "sole shot as promised: https://imgshare.example/rhi/tb-sole");
        say(10, "09:40", hfTrim, maja, "yep heels forward. bring them back a little each visit, don't chase it");
        Post mud = say(10, "19:00", hfOwners, lucienne, "his feet look chalky after the rain, is that normal?");
        say(10, "19:20", hfOwners, sunniva, "mine go like that too, it's just the outer sole shedding");
        re(10, "19:45", lucienne, mud, "ah ok, merci 🙏");
        Post hot = say(11, "12:30", hfOwners, odhran, "first trim done with Rhiannon yesterday and both ponies "
                + "walked off sound on the gravel. so pleased");
        re(11, "13:00", rhiannon, hot, "they were stars! see you in five weeks");
        say(11, "17:10", hfTrim, maja, "has anyone tried the new rasp handles? mine keeps slipping in the wet");
        say(11, "17:30", hfTrim, kasimir, "the rubber ones are better than the wood in rain imo");
        say(12, "08:20", hfTrim, maja, "thanks Kasimir, ordering one");
        say(12, "10:00", hfTrim, garrick, "quiet week, getting my first clients in. thanks for the nippers "
                + "Kasimir, posting them back monday");
        Post again = say(13, "09:30", hfOwners, bethan, "anyone know a trimmer who could see a cob in Knighton "
                + "next week? the show's coming up fast");
        re(13, "10:10", kasimir, again, "Knighton is on my Tuesday round, happy to look at him if Maja can't");
        re(13, "10:30", bethan, again, "thank you, I'll wait a day or two for Maja as she knows him, then shout");
        // week 3
        say(15, "08:00", hfTrim, maja, "back to the round after a lovely weekend off, seedy toe cases all improving");
        say(15, "08:30", hfTrim, rhiannon, "nice! my tb's heels are coming back too");
        say(16, "13:20", hfOwners, sunniva, "the shetland did his first road hack in boots, no stopping him now");
        say(16, "14:00", hfOwners, lucienne, "bravo! my old man is slower but happy");
        say(17, "11:00", hfTrim, kasimir, "course on the hind end biomechanics in July, anyone going?");
        say(17, "11:30", hfTrim, maja, "I went last year, really worth it");
        say(18, "09:45", hfOwners, bethan, "Kasimir saw Dylan on Tuesday, he's ready for the show. thank you "
                + "Kasimir!");
        say(18, "10:00", hfOwners, kasimir, "he was a gentleman, good luck Saturday");
        say(20, "17:40", hfOwners, bethan, "second in the veteran cob class 🎉");
    }

    private void bikepackers() {
        // week 1
        say(1, "19:00", gbRoutes, imani, "planning 3 days on the chalk ridgeway end of june, water points are "
                + "the worry. anyone done it recently?");
        say(1, "19:40", gbRoutes, rasmus, "did it in April, the taps at the two farms are on, the church one too. "
                + "carry 2.5l between them");
        say(1, "20:05", gbRoutes, imani, "perfect, thanks Rasmus");
        say(2, "07:30", gbKit, jurgen, "frame bag zip died on day 2 of the Harz loop. anyone had luck with repairs "
                + "or just replace?");
        say(2, "08:10", gbKit, paloma, "a cobbler in my town redid mine for 15, worth asking before buying new");
        say(3, "21:00", gbReports, declan, "two nights on the moor, one perfect bivvy, one in horizontal rain. "
                + "would do again, maybe with a tarp next time");
        say(3, "21:30", gbReports, paloma, "the horizontal rain night is the one you'll remember 😂");
        say(4, "12:00", gbRoutes, tobiah, "been mapping a 400km gravel loop through the border hills, nearly done");
        say(5, "18:15", gbKit, declan, "tarp or bivvy bag for someone who hates being enclosed?");
        say(5, "18:40", gbKit, jurgen, "tarp + bag, you get the sky and stay dry-ish");
        Post tyres = say(6, "15:00", gbKit, paloma, "45mm or 50mm tyres for mostly forest road?");
        re(6, "15:30", jurgen, tyres, "45, unless it's loose flint, then go fat");
        re(6, "15:45", paloma, tyres, "loose flint it is then 😄");
        say(6, "10:00", gbReports, imani, "shakedown overnight done, new bags rattled all the way down the hill, "
                + "sorted now");
        // week 2
        say(9, "08:00", gbRoutes, tobiah, "my Border Hills 400 route pack is out: gpx, resupply notes and bivvy "
                + "spots, £12 here https://tobiahroutes.example/border-hills-400");
        say(9, "09:30", gbKit, tobiah, "if you're kitting up for a long loop, my Border Hills 400 pack lists every "
                + "resupply, £12: https://tobiahroutes.example/border-hills-400");
        say(9, "10:45", gbReports, tobiah, "reports from the recce are all in the route pack, £12 "
                + "https://tobiahroutes.example/border-hills-400");
        Post wet = say(9, "19:00", gbReports, paloma, "rode the canal towpath to the coast, 90km, headwind all "
                + "day, chips at the end made it all fine");
        wet.react("🔥", declan, imani);
        Post stove = say(10, "20:10", gbKit, ffion, "first proper trip next month. do I need a stove or is "
                + "cold soaking fine for 3 nights?");
        Post soak = re(10, "20:40", rasmus, stove, "cold soak is fine in summer. I'd still take a tiny stove for "
                + "morning coffee, morale matters");
        re(10, "20:55", ffion, soak, "haha ok coffee it is, thanks!");
        Post bars = say(11, "18:00", gbKit, ffion, "drop bars or flat bars for rough stuff? my bike has drops and "
                + "my hands go numb");
        Post barsAns = re(11, "18:30", rasmus, bars, "check your reach first, numb hands is usually too much "
                + "weight on them. a shorter stem did it for me");
        re(11, "18:45", ffion, barsAns, "thanks!!");
        say(13, "14:00", gbReports, jurgen, "zip repaired by the cobbler Paloma mentioned, as good as new");
        // week 3
        Post lights = say(15, "19:10", gbKit, ffion, "dynamo or battery lights for 3 nights?");
        Post lightsAns = re(15, "19:40", rasmus, lights, "battery + a small power bank is plenty for 3 nights. "
                + "dynamo only pays off on longer trips");
        re(15, "19:50", ffion, lightsAns, "thanks Rasmus");
        Post shelter = say(16, "12:30", gbKit, ffion, "last one I promise: is a bivvy bag enough if the forecast "
                + "is dry?");
        Post shelterAns = re(16, "13:00", rasmus, shelter, "if it's truly dry yes, but take a tarp anyway, "
                + "Welsh forecasts lie");
        re(16, "13:20", ffion, shelterAns, "ha noted, thank you");
        Post bothy = say(17, "08:30", gbRoutes, ffion, "I'm going to do the coast path and finish at that bothy "
                + "with the stream, found a grid ref for it on an old map");
        Post gridAsk = re(17, "09:00", rasmus, bothy, "@Ffion Llewelyn nice! could you send me that grid ref? "
                + "I've only ever found it by luck");
        Post pump = say(17, "17:00", gbKit, ffion, "what pump do people carry? mine's huge");
        Post pumpAns = re(17, "17:20", imani, pump, "mini pump with a hose, the hose saves the valve");
        re(17, "17:35", ffion, pumpAns, "thanks Imani");
        say(18, "20:00", gbReports, ffion, "packed and ready, leaving saturday!");
        say(19, "09:00", gbRoutes, rasmus, "anyone riding the ridgeway this weekend? I'll be at the east end sunday");
        say(19, "09:30", gbRoutes, imani, "I'm there from friday! say hi");
        say(19, "18:00", gbRoutes, paloma, "the ford near Kingsclere is deep after the rain, walked it thigh high "
                + "today, go round by the lane");
        say(19, "18:30", gbRoutes, jurgen, "good to know, thanks Paloma");
        say(20, "21:00", gbReports, declan, "tarp night went much better than the rain night, thanks for the tip "
                + "Jürgen");
        say(21, "18:00", gbReports, ffion, "day 2 done, legs gone, views unreal");
    }

    private void walkingGuides() {
        // week 1
        say(1, "09:00", swTours, leandro, "Harbour Food Walk, 3 hours, tastings at 6 family places, Tue/Thu/Sat "
                + "10:00, €35 pp, max 10. details: https://leandrowalks.example/harbour-food");
        say(1, "09:20", swTours, kofi, "Old Walls history walk, daily 14:00, €20, kids free. "
                + "https://kofiwalks.example/old-walls");
        say(1, "11:30", swLounge, ama, "morning all. who's doing the licence renewal this month? the form changed "
                + "again");
        say(1, "11:50", swLounge, leandro, "me, it now wants the first aid cert as a pdf not a photo");
        say(1, "12:05", swLounge, ama, "ugh ok thanks");
        Post hi = say(2, "08:15", swHello, yui, "hi! Yui from Osaka, in the city for 5 days next week, first time "
                + "in Europe 😊");
        re(2, "08:40", henrietta, hi, "welcome Yui! Kofi wrote a lovely first-timer's guide to the city, start "
                + "there: https://kofiwalks.example/first-time-guide");
        re(2, "09:00", yui, hi, "thank you!! reading it now");
        Post food = say(2, "10:10", swAsk, zofia, "does anyone run a food tour in the old town? vegetarian here");
        re(2, "10:40", ama, food, "I do, my Old Town Bites walk is €30 and I swap every stop for veggie options, "
                + "Wed and Fri mornings: https://amawalks.example/old-town-bites");
        re(2, "11:00", zofia, food, "perfect, booked for friday!");
        Post rain = say(3, "15:00", swLounge, kofi, "rain plan question: where do you all shelter a group of 12 "
                + "without buying coffees?");
        re(3, "15:20", leandro, rain, "the covered market arcade, and the library lobby lets me in if I warn them");
        re(3, "15:35", kofi, rain, "library, genius. thanks Leandro");
        Post tip = say(4, "18:00", swAsk, brodie, "is tipping expected on the free walking tours here?");
        re(4, "18:30", kofi, tip, "expected, yes, whatever you think it was worth. most people give 10-15");
        say(5, "10:00", swLounge, henrietta, "reminder that the guides' meetup is next Thursday at the ferry "
                + "café, 18:00");
        say(6, "19:00", swHello, emeka, "hey, Emeka, backpacking round the coast with my brother");
        // week 2
        say(8, "08:30", swLounge, leandro, "did 3 walks in the heat yesterday, never again without a hat");
        say(8, "08:45", swLounge, ama, "haha I carry spare ones for guests now");
        say(8, "09:00", swLounge, leandro, "smart. where do you get them cheap?");
        say(8, "09:10", swLounge, ama, "the market on the square, €4 each");
        Post harbourQ = say(8, "12:00", swAsk, yui, "any food tours around the harbour this week? I arrive "
                + "wednesday and would love to try the grilled sardines");
        say(9, "10:00", swLounge, leandro, "@Kofi Mensah did you ever get the council to fix the sign at the "
                + "north gate?");
        say(9, "10:20", swLounge, kofi, "nope, I just tell the story of the missing sign now, guests love it");
        say(9, "10:25", swLounge, leandro, "ha that's the spirit");
        say(10, "14:00", swLounge, leandro, "question for the group: how big do you let private groups get? had a "
                + "request for 25");
        say(10, "14:30", swLounge, henrietta, "I cap at 15, over that nobody hears you on the bridges");
        say(10, "14:40", swLounge, leandro, "yeah thought so, will split them in two");
        Post glutenQ = say(10, "16:30", swAsk, emeka, "my brother is coeliac, are there walking food tours here "
                + "that can handle that? harbour area ideally");
        say(11, "18:00", swLounge, leandro, "meetup tonight, who's coming?");
        say(11, "18:05", swLounge, ama, "me, bringing the new guide from the west side");
        say(11, "18:10", swLounge, kofi, "running late but yes");
        say(12, "09:00", swLounge, leandro, "good night last night. Ama your story about the pigeon on the "
                + "bishop's head 😂");
        say(12, "09:30", swLounge, ama, "it's the truest story I have");
        re(12, "20:00", yui, harbourQ, "still hoping for a harbour food walk, I'm here until sunday!");
        say(13, "11:00", swLounge, leandro, "does anyone use the new booking app the tourism office pushes? "
                + "worth the 8%?");
        say(13, "11:30", swLounge, kofi, "not for me, too many no-shows from it");
        say(13, "11:45", swLounge, leandro, "thanks Kofi, skipping it then");
        // week 3
        say(15, "09:00", swLounge, leandro, "back from two days off, sorry I missed stuff in the travellers "
                + "channel, busy week");
        re(15, "09:10", leandro, glutenQ, "@Emeka Nwosu sorry for the slow one! my harbour walk can do gluten "
                + "free at 5 of 6 stops, happy to plan it with you");
        say(15, "10:00", swAsk, emeka, "thanks Leandro, we left on saturday but next time for sure");
        Post museum = say(16, "13:00", swAsk, brodie, "which museums are free on sundays?");
        re(16, "13:20", henrietta, museum, "the maritime one and the city gallery, first sunday of the month only "
                + "for the castle");
        re(16, "13:30", brodie, museum, "cheers!");
        say(18, "17:00", swLounge, ama, "heads up, the bridge is closed for repairs from monday for 2 weeks");
        say(18, "17:10", swLounge, kofi, "ugh that's half my route");
        say(19, "10:00", swHello, zofia, "thanks Ama for the Old Town Bites walk, best veggie food of the whole "
                + "trip");
    }

    private void farmStay() {
        // week 1
        say(1, "08:00", bcNews, owen, "twin lambs born overnight in the top field, mum and both babies doing grand");
        say(1, "08:30", bcNews, marisol, "awww names??");
        say(1, "08:45", bcNews, owen, "the kids want Pickle and Crumpet, so Pickle and Crumpet it is");
        Post parking = say(2, "10:00", bcDesk, dev, "hi, we arrive friday quite late, around 22:00. is that ok "
                + "and where do we park?");
        re(2, "10:40", nia, parking, "no problem at all Dev! park by the red barn, key safe code comes by text "
                + "on the day");
        re(2, "10:55", dev, parking, "great, thank you");
        say(3, "12:00", bcNews, owen, "June midweek stays in the shepherd's hut are 15% off, breakfast hamper "
                + "included: https://bramblecombe.example/book/shepherds-hut");
        Post fire = say(3, "19:30", bcDesk, hugo, "are fire pits ok in the bell tents or only at the hut?");
        re(3, "19:50", nia, fire, "every pitch has its own fire pit and a bag of logs, Hugo 🔥");
        Post view = say(4, "21:00", bcPhotos, marisol, "sunset from the bell tent last weekend, can't stop "
                + "looking at it");
        view.react("😍", owen, nia, hugo);
        re(4, "21:20", owen, view, "that's the best picture of the valley I've seen, thank you Marisol");
        say(5, "09:00", bcPhotos, saoirse, "made a little felted Pickle after seeing the lamb news 😄");
        say(5, "09:30", bcPhotos, nia, "Saoirse that's adorable!!");
        Post eggs = say(6, "08:15", bcDesk, dev, "can the kids collect eggs in the morning?");
        re(6, "08:30", owen, eggs, "yes! 8am at the hen house, bring a basket from the porch");
        re(6, "08:40", dev, eggs, "they're so excited, thank you");
        say(7, "17:00", bcNews, nia, "off to my sister's wedding in Cork, back Thursday. Owen's got the farm and "
                + "the desk meanwhile");
        // week 2
        Post dog = say(8, "09:00", bcDesk, tamsin, "hi both! we stayed in the shepherd's hut last August and "
                + "loved every minute. would we be able to bring our spaniel if we book again for October?");
        say(8, "11:00", bcNews, owen, "shearing day is saturday, guests welcome to watch from the yard");
        say(8, "11:20", bcNews, hugo, "we'll be there saturday, the kids will love it");
        Post hens = say(9, "07:40", bcPhotos, dev, "egg haul from this morning, kids insisted on a photo of every "
                + "egg");
        re(9, "08:10", owen, hens, "ha, nine! the hens are showing off for you");
        say(9, "12:30", bcNews, owen, "new walking map of the farm trails is up in the barn, and there's a pdf: "
                + "https://bramblecombe.example/trails");
        say(10, "10:00", bcNews, owen, "October half term is open for booking now: "
                + "https://bramblecombe.example/book");
        say(10, "16:00", bcPhotos, marisol, "still dreaming about that sunset 🌿");
        re(11, "09:15", nia, dog, "Tamsin so sorry for the wait, I was away at a wedding! yes, dogs are welcome "
                + "in the hut, £15 a stay, and the lower field is great for spaniels");
        re(11, "09:40", tamsin, dog, "wonderful, booking now! thank you Nia");
        say(11, "10:00", bcNews, nia, "back and the wedding was a hoot. missed the lambs");
        Post shear = say(13, "16:00", bcPhotos, hugo, "shearing day! the kids were mesmerised");
        re(13, "16:30", owen, shear, "they were great helpers, thanks for coming down");
        // week 3
        say(15, "10:00", bcPhotos, saoirse, "my felted Bramblecombe sheep are back in stock, £18 each: "
                + "https://saoirsefelts.example/sheep");
        Post bike = say(15, "14:00", bcDesk, marisol, "is there anywhere to lock bikes?");
        re(15, "14:20", nia, bike, "yes, the old stable has hooks and a padlock, code in your welcome pack");
        say(16, "08:00", bcNews, owen, "Pickle and Crumpet are three weeks old and bossing the whole field");
        say(16, "08:10", bcNews, tamsin, "can't wait to meet them in October!");
        say(17, "19:00", bcPhotos, dev, "home now, already miss the quiet. thank you Owen and Nia for everything");
        say(17, "19:30", bcPhotos, nia, "you were lovely guests, come back soon!");
        say(18, "12:00", bcNews, saoirse, "if anyone wants a woolly souvenir, my little felted sheep are £18, "
                + "DM me");
        say(19, "09:00", bcNews, owen, "hay cutting starts monday, the top path is closed while we do it");
        Post wifi = say(20, "11:00", bcDesk, hugo, "do the bell tents have phone signal? need to work one morning");
        re(20, "11:30", owen, wifi, "one bar in the tents, but the farmhouse porch has wifi, you're welcome to "
                + "sit there");
    }

    private void tortoises() {
        // week 1
        say(1, "09:00", tkHatch, dariusz, "Hermann's hatchlings, 2027 captive bred, feeding well, £140 each, "
                + "collection only: https://dariuszhermanns.example/hatchlings");
        say(1, "10:30", tkHusbandry, gustavo, "UVB question: how often do people replace their T5 tubes? "
                + "the box says a year but mine reads low at 8 months");
        say(1, "11:00", tkHusbandry, hyejin, "I go by the meter not the calendar, swap when it drops a third");
        say(1, "11:15", tkHusbandry, gustavo, "makes sense, thanks");
        Post bertie = say(3, "13:00", tkPics, kimberly, "pls follow Bertie on insta, he does the funniest "
                + "yawns!! trying to get him to 1k https://pics.example/bertie.the.tort");
        say(4, "09:30", tkHusbandry, kimberly, "if anyone could follow and share Bertie's page it would mean the "
                + "world 🙏 https://pics.example/bertie.the.tort");
        Post pic = say(4, "18:00", tkPics, pauline, "Gaston found the one dandelion in the whole garden");
        pic.react("😂", hyejin, gustavo);
        say(5, "20:00", tkHusbandry, ronan, "is it too early to put them out for the day? nights still 8 degrees");
        say(5, "20:20", tkHusbandry, hyejin, "days out are fine if it's 15+, just bring them in at night");
        say(5, "20:30", tkHusbandry, ronan, "cool, cheers");
        say(6, "10:00", tkHatch, gustavo, "Horsfield's, 3 yo, outgrowing my setup, £90 to a good home, "
                + "Bristol area");
        // week 2
        Post sub = say(9, "19:00", tkHusbandry, aoife, "hi, new here and new to tortoises! we got a 2 year old "
                + "Hermann's last week. what substrate should I use? the shop gave us bark");
        re(9, "19:20", hyejin, sub, "welcome! topsoil and play sand roughly 70/30, bark gets dusty and can "
                + "cause trouble if eaten");
        re(9, "19:40", aoife, sub, "ah thank you, will swap it this weekend");
        say(9, "21:00", tkDmAoife, dariusz, "hi Aoife, saw you're new to tortoises. I've got Hermann's "
                + "hatchlings at £140 each, could do two for £250 if you'd like a companion for yours?");
        say(10, "08:00", tkDmAoife, aoife, "oh thanks but we're only having the one for now, was just asking "
                + "about substrate");
        Post lost = say(10, "17:00", tkHusbandry, pauline, "our tortoise Gaston got out of the garden this "
                + "afternoon, has anyone near Frome seen him? photo: https://pics.example/gaston-missing");
        say(10, "17:05", tkPics, pauline, "Gaston is missing near Frome, please keep an eye out "
                + "https://pics.example/gaston-missing");
        say(10, "17:10", tkHatch, pauline, "sorry wrong channel maybe but our Gaston has gone missing near Frome, "
                + "has anyone seen him? https://pics.example/gaston-missing");
        say(10, "17:30", tkHusbandry, ronan, "oh no, check under hedges and compost heaps, they dig in");
        say(10, "18:00", tkHusbandry, gustavo, "sharing in my village group now");
        say(11, "07:15", tkHusbandry, pauline, "FOUND HIM! under the neighbour's rhubarb. thank you all ❤️");
        say(11, "07:30", tkHusbandry, hyejin, "yay Gaston!! 🎉");
        say(11, "12:00", tkHatch, dariusz, "two Hermann's hatchlings left from the spring clutch, £140 each, "
                + "collection Leeds");
        say(12, "15:00", tkPics, aoife, "new substrate in and he dug straight down 😄");
        say(12, "15:20", tkPics, hyejin, "that's a happy tortoise");
        say(13, "10:00", tkHusbandry, dariusz, "for those asking about hibernation fridges: keep it 5 degrees and "
                + "check weight weekly");
        // week 3
        Post weeds = say(15, "09:00", tkHusbandry, ronan, "which weeds are safe? got a garden full of plantain "
                + "and clover");
        re(15, "09:30", dariusz, weeds, "plantain yes, lots. clover only now and then. the tortoise table "
                + "database is handy: https://tortoisetable.example/plants");
        re(15, "09:45", ronan, weeds, "brilliant thank you");
        say(16, "18:00", tkPics, gustavo, "the Horsfield's went to a lovely family, they sent me a photo of "
                + "his new run");
        say(17, "11:30", tkPics, kimberly, "Bertie in his new hide");
        say(17, "11:45", tkPics, pauline, "ha he looks so pleased with himself");
        say(17, "12:00", tkPics, kimberly, "he really does, he won't come out now");
        Post scute = say(18, "20:00", tkHusbandry, aoife, "one of his scutes looks a bit flaky, should I worry?");
        re(18, "20:30", hyejin, scute, "bit of flaking is normal growth. if it's soft or smells, vet");
        re(18, "20:40", aoife, scute, "firm and no smell, phew");
        say(19, "14:00", tkHatch, hyejin, "not a sale but a heads up: the reptile rescue in Taunton has two "
                + "spur-thighs needing homes");
        say(20, "10:00", tkHusbandry, gustavo, "anyone weighing monthly? what's normal gain for a 3 yo?");
        say(20, "10:30", tkHusbandry, dariusz, "few grams a month is fine, just no losses");
    }

    private void footpathWalkers() {
        // week 1
        say(1, "08:30", ewStages, colm, "doing the coast-to-coast in July, is 28km a day too ambitious for a "
                + "first long walk?");
        say(1, "09:00", ewStages, wanjiru, "doable but leave a rest day every 5th day, your knees will thank you");
        say(1, "09:20", ewStages, colm, "good call, adding two rest days");
        Post sock = say(2, "19:00", ewFeet, tobias, "liner socks: yes or no?");
        re(2, "19:15", heike, sock, "yes, never had a blister since");
        re(2, "19:30", mairead, sock, "no, just good merino, liners bunch up on me");
        re(2, "19:40", tobias, sock, "ha so the answer is 'depends'. thanks both");
        say(3, "07:00", ewOnTrail, bartholomew, "setting off on the end to end tomorrow from Land's End, "
                + "1,200 miles, wish me luck");
        say(3, "07:30", ewOnTrail, priti, "good luck! post updates 🙌");
        say(4, "20:00", ewStages, heike, "finished my route plan for the borders section, 9 days with 2 "
                + "bunkhouses and a B&B in the middle");
        say(5, "18:00", ewFeet, wanjiru, "tip for anyone starting out: tape the hotspot BEFORE it's a blister");
        say(5, "18:20", ewFeet, priti, "this. every time");
        say(6, "21:00", ewOnTrail, bartholomew, "day 2 done, my feet are already complaining");
        // week 2 (Bartholomew's diary)
        say(8, "20:30", ewOnTrail, bartholomew, "day 4. I did 31km today. my left heel is raw, I taped it and "
                + "kept going. I think my pack is too heavy, I'll post some of my stuff home tomorrow");
        say(9, "21:00", ewOnTrail, bartholomew, "day 5. I posted 2kg home. my pack feels like a new pack. "
                + "I slept in a barn, my best night so far");
        say(10, "20:45", ewOnTrail, bartholomew, "day 6. I got lost twice on the moor, my map was in my other "
                + "pocket the whole time. I laughed at myself for a mile");
        say(10, "21:10", ewOnTrail, priti, "the moor gets everyone 😂 keep going");
        say(11, "20:00", ewOnTrail, bartholomew, "day 7. I made it to Okehampton. my heel is better, my knees "
                + "are not. I ate my body weight in chips");
        say(11, "22:00", ewOnTrail, bartholomew, "also I met a farmer who walked it in 1979, he told me my boots "
                + "were wrong. I think he's right but I'm keeping them");
        say(12, "19:30", ewOnTrail, bartholomew, "day 8. rest day for me. I washed all my socks and I hung them "
                + "on my tent like flags");
        say(12, "20:15", ewStages, bartholomew, "I've rejigged my stages for Somerset, I'm doing 25s now "
                + "instead of my 30s");
        say(13, "21:00", ewOnTrail, bartholomew, "day 9. my best day. I did 34km and I felt like I could do "
                + "more. my legs have finally arrived");
        say(13, "21:20", ewOnTrail, wanjiru, "the legs always arrive in week two!");
        say(14, "08:00", ewOnTrail, bartholomew, "day 10 starting. I'm off into the Quantocks, my phone is on "
                + "3% so I'll be quiet for a bit");
        say(14, "19:00", ewOnTrail, bartholomew, "found a socket in a pub. I'm alive, my feet are fine, my pie "
                + "was huge");
        say(9, "12:00", ewFeet, tobias, "anyone tried the trail runners instead of boots for a long walk?");
        say(9, "12:30", ewFeet, mairead, "did the whole west highland way in them, never going back");
        say(11, "09:00", ewStages, colm, "booked the bunkhouses for July 🎉");
        say(11, "09:30", ewStages, heike, "nice! which ones?");
        say(11, "10:00", ewStages, colm, "Grasmere and the one at Shap, the rest is camping");
        // week 3
        Post camp = say(16, "09:00", ewStages, colm, "@Heike Brandt which campsite did you use near Kirkby "
                + "Stephen? yours sounded better than the one I found");
        say(16, "19:00", ewFeet, heike, "new boots arrived, wearing them round the house all week before the "
                + "borders trip");
        say(17, "18:00", ewStages, heike, "changed my plan again, now doing the borders section in 8 days with "
                + "one long day over the Cheviot");
        say(17, "18:30", ewStages, wanjiru, "the Cheviot day is a big one, take extra water");
        say(18, "12:00", ewFeet, heike, "boots are fine after 3 days, no rubbing at all");
        say(19, "08:00", ewOnTrail, priti, "heading to the Brecons for the weekend, no signal till Sunday evening");
        Post brecon = say(19, "10:00", ewOnTrail, tobias, "@Priti Deshmukh which route up Pen y Fan are you "
                + "doing? thinking of going in June");
        re(21, "19:30", priti, brecon, "Tobias sorry, only just back in signal! the Beacons Way from the south, "
                + "quieter than the main path");
        re(21, "19:50", tobias, brecon, "perfect, thank you");
        say(20, "20:00", ewOnTrail, bartholomew, "day 16, Bristol. I'm taking 2 days off, thanks for all the "
                + "encouragement everyone, it kept me going through the rain");
        say(20, "20:20", ewOnTrail, mairead, "you're doing amazing, enjoy the rest!");
    }

    private void petTravel() {
        // week 1
        say(1, "08:00", paIntro, lorcan, "hi all, Lorcan, moved to Lisbon with two cats last year, here to help "
                + "where I can");
        say(1, "09:30", paIntro, greta, "Greta, Rotterdam to Toronto with a greyhound in the autumn 😬");
        Post titre = say(2, "10:00", paPapers, ravi, "hi, first post. moving from the UK to Australia with our "
                + "dog Mango next year. how long before travel does the rabies titre test have to be done?");
        re(2, "10:30", corinne, titre, "the blood draw starts a 180 day wait before Australia will accept him, "
                + "so do it early. we handle the whole process for families, packages from €450, DM me and I'll "
                + "send you a quote");
        re(2, "11:10", ravi, titre, "ok good to know about the 180 days, thank you");
        say(2, "11:30", paPapers, mei, "Ravi the government import page has a step calculator too, saved me "
                + "twice");
        say(3, "09:00", paFlights, lorcan, "tip: book the cats' hold spot before your own seat, airlines cap "
                + "pets per flight");
        say(3, "09:20", paFlights, fatou, "learnt that the hard way, had to change flights");
        Post japan = say(4, "14:00", paPapers, arjun, "does anyone here do pet relocation to Japan? work is "
                + "moving us in October and I'm out of my depth");
        re(4, "14:40", yusuf, japan, "we do Japan a lot, door to door with the quarantine paperwork is from "
                + "€1,900 for a medium dog. happy to go through it, yusufrelocate.example/japan");
        re(4, "15:00", arjun, japan, "thank you, sending you a message tonight");
        Post ferry = say(5, "19:00", paFlights, greta, "has anyone done the overnight ferry with a dog in a "
                + "pet cabin? worth it?");
        re(5, "19:30", fatou, ferry, "yes! book early, only a few cabins, and bring his own blanket");
        re(5, "19:40", greta, ferry, "thanks Fatou, booking tomorrow");
        say(6, "12:00", paIntro, fatou, "Fatou here, Dakar to Lyon with a very vocal cat named Moussa");
        // week 2
        Post cert = say(8, "09:00", paPapers, greta, "how long is the Canadian health certificate valid for?");
        say(8, "09:30", paPapers, yusuf, "Greta 10 days from the vet signing it, so time the appointment tight");
        re(8, "09:45", greta, cert, "eek, tight indeed. thanks");
        say(9, "18:00", paFlights, mei, "our vet says sedation for flying is a no, anyone's vet said otherwise?");
        say(9, "18:20", paFlights, corinne, "same from every vet we work with, it affects their breathing at "
                + "altitude");
        say(10, "08:00", paFlights, lorcan, "the cats were fine in the hold btw, it's the owners who panic");
        say(10, "12:30", paPapers, ravi, "did the titre blood draw today, Mango was very brave");
        say(10, "12:45", paPapers, mei, "go Mango! 180 days starts now");
        Post crate = say(11, "17:00", paFlights, greta, "what size crate for a greyhound? 76cm at the shoulder");
        re(11, "17:20", fatou, crate, "measure standing + 10cm head room, most greyhounds end up in the "
                + "biggest giant size");
        re(11, "17:35", greta, crate, "oof ok, thank you");
        say(12, "10:00", paPapers, arjun, "Yusuf has been fantastic with the Japan paperwork, in case anyone "
                + "else needs it");
        say(13, "09:00", paIntro, mei, "realised I never said hi properly: Mei Lin, Singapore to Amsterdam with "
                + "two rabbits");
        // week 3
        say(16, "11:00", paPapers, lorcan, "https://crateworks.example/iata-crates");
        Post rabbits = say(16, "12:00", paPapers, mei, "do rabbits even need a pet passport in the EU?");
        re(16, "12:30", greta, rabbits, "not the rabies bits, but check the airline, some won't take them at all");
        re(16, "12:50", mei, rabbits, "oh that's the bigger problem then, thanks");
        say(17, "09:00", paFlights, fatou, "Moussa landed in Lyon and yelled the whole taxi ride. home at last");
        say(17, "09:20", paFlights, greta, "welcome home Moussa 😂");
        Post toronto = say(18, "15:00", paFlights, greta, "anyone flown into Toronto with a dog? how long was "
                + "the pick-up at cargo?");
        re(18, "15:40", corinne, toronto, "usually 2-3 hours after landing, bring water and a lead for the "
                + "car park");
        re(18, "15:50", greta, toronto, "thank you Corinne!");
        say(19, "20:00", paPapers, ravi, "titre result came back fine 🎉");
        say(19, "20:10", paPapers, fatou, "amazing, on the way!");
    }

    private void yachtDeliveries() {
        // week 1
        say(1, "07:00", ydCrew, marguerite, "Berth: 42ft sloop, Falmouth to La Coruña, leaving ~20 May, "
                + "2 crew wanted, watch-keeping experience needed. put your name on the form: "
                + "https://forms.example/crewbook-falmouth-coruna");
        Post bisc = say(1, "10:00", ydPassage, tomasz, "crossing Biscay in late May, what's the wisdom: straight "
                + "across or hug the coast?");
        re(1, "10:40", hamish, bisc, "straight across if you get a 3-day window, the coast route adds a day and "
                + "the swell piles up off Finisterre");
        re(1, "11:00", tomasz, bisc, "thanks Hamish, straight across it is if the gribs agree");
        Post berth = say(2, "09:00", ydCrew, adaeze, "hi! crew here, did the ARC last year, happy to do "
                + "night watches. is the Coruña berth still open?");
        re(2, "09:30", marguerite, berth, "yes! fill in the form and I'll call you this week");
        say(3, "20:00", ydGalley, keala, "best passage meal? mine is chilli made on day one and eaten for three");
        say(3, "20:15", ydGalley, rosalie, "pasta with tinned tuna and capers, works at any heel");
        say(3, "20:30", ydGalley, tomasz, "porridge at 3am on watch. nothing beats it");
        say(4, "12:00", ydPassage, rosalie, "anyone know if the marina in Leixões has fuel on the pontoon again?");
        say(4, "12:30", ydPassage, keala, "it does, since March, but closed 12-14");
        say(5, "18:00", ydGalley, sven, "just back from a Bergen to Shetland delivery, 40 knots on the nose "
                + "the last night. glad to be on land");
        say(5, "18:20", ydGalley, keala, "oof. hot shower and a pie?");
        say(5, "18:25", ydGalley, sven, "both, twice");
        // week 2
        say(8, "06:30", ydGalley, hamish, "off on a delivery to the Azores today, no signal till the 25th. "
                + "fair winds all");
        say(8, "09:00", ydCrew, marguerite, "Coruña berth: 1 place left, same form "
                + "https://forms.example/crewbook-falmouth-coruna");
        Post azores = say(10, "11:00", ydPassage, adaeze, "@Hamish Carmichael when you're back, could you tell "
                + "me which anchorage you use in Horta? thinking of going next year");
        say(10, "19:00", ydGalley, sven, "made some videos of the Shetland trip:");
        say(10, "19:01", ydGalley, sven, "https://vidshare.example/sven/shetland-1");
        say(10, "19:02", ydGalley, sven, "https://vidshare.example/sven/shetland-2");
        say(10, "19:04", ydGalley, sven, "https://vidshare.example/sven/shetland-3");
        say(10, "19:05", ydGalley, sven, "https://vidshare.example/sven/shetland-4");
        say(10, "19:06", ydGalley, sven, "https://vidshare.example/sven/shetland-5 the last night is in this one");
        say(11, "08:00", ydGalley, rosalie, "watched the 40 knot one at breakfast, felt seasick 😂");
        Post ais = say(11, "14:00", ydPassage, keala, "is an AIS transponder worth it over receive-only for "
                + "deliveries?");
        re(11, "14:30", tomasz, ais, "transponder, ships see you and call you by name, it changes everything "
                + "at night");
        re(11, "14:45", keala, ais, "sold, thanks Tomasz");
        say(12, "10:00", ydCrew, marguerite, "Coruña berth is full now, thank you all. next one mid June");
        say(13, "16:00", ydGalley, tomasz, "anyone else's oilskins delaminating after 3 seasons? thought they'd "
                + "last longer");
        say(13, "16:20", ydGalley, rosalie, "mine lasted 4, rinse them in fresh water every time helps");
        // week 3
        re(18, "10:00", hamish, azores, "Adaeze just back, sorry for the wait! anchor south of the breakwater, "
                + "sand in 8m, and the marina lets you use the showers for a few euros");
        re(18, "10:30", adaeze, azores, "perfect, noting that down. welcome back!");
        say(18, "11:00", ydGalley, hamish, "Azores delivery done, 11 days, one broken autopilot, one very "
                + "good sunset");
        say(19, "09:00", ydPassage, tomasz, "window looks good for Biscay from the 24th, fingers crossed");
        say(19, "09:30", ydPassage, hamish, "looks clean to me too, go early in the window");
        Post june = say(20, "08:00", ydCrew, sven, "Berth: Bergen to Kiel mid June, 1 crew, must be ok with "
                + "cold nights. reply here");
        re(20, "08:40", keala, june, "interested! I've done the Skagerrak twice");
        re(20, "09:10", sven, june, "great, I'll DM you the details");
        say(21, "17:00", ydGalley, adaeze, "off to Falmouth tomorrow to join Marguerite for the Coruña run ⛵");
    }

    private void extras() {
        // A. hoof trimmers
        Post thrush = say(6, "18:00", hfOwners, odhran, "bit of thrush in the smaller pony's frog, what do you "
                + "all use?");
        re(6, "18:30", rhiannon, thrush, "a dilute cider vinegar spray daily and keep him off the wet patch");
        re(6, "18:45", odhran, thrush, "will do, thanks Rhiannon");
        say(14, "09:00", hfTrim, rhiannon, "tb's flare is growing out nicely, 3 visits in");
        say(14, "09:20", hfTrim, kasimir, "heels first, told you 😄 nice work");
        say(19, "15:00", hfOwners, lucienne, "he trotted on the lane today for the first time in a year");
        say(19, "15:30", hfOwners, sunniva, "oh that made my day");
        say(21, "10:00", hfTrim, garrick, "first month done, 14 regular clients. thanks for all the tips in here");
        say(21, "10:30", hfTrim, maja, "well done Garrick!");
        // B. bikepackers
        say(4, "19:00", gbReports, imani, "bought the bags, first ride with them loaded tomorrow");
        say(8, "07:00", gbRoutes, declan, "any gravel loops near Bath that don't end up on the A-roads?");
        say(8, "07:40", gbRoutes, paloma, "the canal to Bradford on Avon then up the old railway path, all off road");
        say(8, "07:50", gbRoutes, declan, "that's the one, cheers Paloma");
        say(13, "19:30", gbKit, jurgen, "stove recommendations for a 3 week trip in Norway? fuel availability "
                + "worries me");
        say(13, "20:00", gbKit, rasmus, "a multifuel one, petrol is everywhere up there");
        say(14, "10:00", gbReports, imani, "100km day on the loaded bike, I'm broken but happy");
        say(14, "10:20", gbReports, paloma, "welcome to the club 😄");
        // C. walking guides
        say(3, "09:00", swHello, brodie, "Brodie, here for a long weekend from Inverness");
        say(5, "16:00", swAsk, yui, "is the old town safe to walk at night?");
        say(5, "16:30", swAsk, kofi, "very, just watch the cobbles in the rain, they're like ice");
        say(5, "16:40", swAsk, yui, "good to know, thank you");
        say(17, "12:00", swLounge, henrietta, "new guide starting on the west side next month, be nice to her");
        say(17, "12:30", swLounge, ama, "of course, I'll buy her a coffee");
        say(20, "09:00", swAsk, zofia, "coming back in september, is that still a busy month?");
        say(20, "09:40", swAsk, ama, "busy until mid month, then lovely and quiet");
        // D. farm stay
        say(2, "15:00", bcPhotos, hugo, "the kids built a den in the woods, they want to live there now");
        say(2, "15:30", bcPhotos, marisol, "honestly same");
        say(12, "08:00", bcNews, nia, "lambs are out in the lower field today if anyone's around to say hello");
        say(12, "08:30", bcNews, hugo, "on our way!");
        say(14, "18:00", bcPhotos, tamsin, "found a photo of our spaniel at the hut last year, can't wait to "
                + "bring her back");
        say(14, "18:30", bcPhotos, marisol, "what a face 😍");
        say(21, "12:00", bcNews, nia, "first hay is in, smells amazing round the yard");
        say(21, "12:30", bcNews, dev, "the best smell in the world");
        // E. tortoises
        say(2, "20:00", tkPics, hyejin, "Dumpling doing his morning stretch");
        say(2, "20:10", tkPics, ronan, "the neck on him 😂");
        say(7, "11:00", tkHusbandry, pauline, "is cucumber ok as a treat or is it pointless?");
        say(7, "11:30", tkHusbandry, gustavo, "pointless mostly, it's water. weeds are better");
        say(7, "11:40", tkHusbandry, pauline, "weeds it is");
        say(13, "19:00", tkPics, ronan, "first full day out in the garden run this year");
        say(13, "19:30", tkPics, kimberly, "so cute, what's his name?");
        say(13, "19:45", tkPics, ronan, "Sir Reginald, obviously");
        say(21, "16:00", tkHusbandry, aoife, "one month with our boy and he's gained 6 grams, thanks for all "
                + "the help everyone");
        // F. walkers
        say(7, "10:00", ewStages, mairead, "looking for a walking buddy for the Pennine Way, mid August, "
                + "anyone?");
        say(7, "10:45", ewStages, tobias, "I'm doing the southern half then! could do the first week together");
        say(7, "11:00", ewStages, mairead, "yes! let's plan it");
        say(15, "19:00", ewFeet, wanjiru, "the lightest pack I've ever carried, 7.2kg with food for 3 days");
        say(15, "19:30", ewFeet, mairead, "what did you leave out??");
        say(15, "19:45", ewFeet, wanjiru, "the stove, the chair, and my dignity");
        say(17, "09:00", ewOnTrail, tobias, "weekend on the Ridgeway done, rained all day saturday but sunday "
                + "was glorious");
        say(17, "09:20", ewOnTrail, colm, "the Ridgeway in the sun is hard to beat");
        // G. pet travel
        say(7, "18:00", paIntro, arjun, "Arjun, Pune to Tokyo soon with a beagle called Biscuit");
        say(7, "18:30", paIntro, greta, "welcome Arjun, Biscuit will charm customs");
        say(12, "19:00", paFlights, fatou, "does anyone know if cats can be in cabin on the Dakar to Paris "
                + "leg?");
        say(12, "19:30", paFlights, mei, "yes under 8kg with the bag, I checked for a friend last month");
        say(12, "19:40", paFlights, fatou, "Moussa is 5kg of attitude, he qualifies");
        say(20, "11:00", paIntro, greta, "three weeks to go, greyhound has started sleeping in his crate by "
                + "choice");
        say(20, "11:30", paIntro, lorcan, "that's the trick, well done");
        // H. yacht deliveries
        say(6, "10:00", ydGalley, adaeze, "anyone have a good seasickness remedy that doesn't knock you out?");
        say(6, "10:30", ydGalley, rosalie, "ginger and a bucket 😂 honestly the patches work for me");
        say(6, "10:45", ydGalley, adaeze, "patches it is");
        say(15, "09:00", ydPassage, keala, "anyone been into Brest lately? is the visitor pontoon still by the "
                + "old port?");
        say(15, "09:30", ydPassage, rosalie, "moved to the new marina, but the old one takes overflow");
        say(15, "09:40", ydPassage, keala, "thanks Rosalie");
        say(16, "20:00", ydGalley, tomasz, "new thermos arrived, 24 hours hot. night watch game changed");
        say(16, "20:10", ydGalley, sven, "which one? mine gives up after 6");
        say(16, "20:20", ydGalley, tomasz, "the steel one from the chandlery, no brand name, 30 quid");
    }

    static Map<String, String> files() {
        return new HeldOutScenes64Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 64");
    }
}
