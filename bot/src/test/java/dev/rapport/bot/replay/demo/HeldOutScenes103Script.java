package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 103 (sealed): eight communities of hospitality and the licensed trade, of kinds no earlier round used
 * (independent hotel owners with a revenue consultant among them, pub licensees, tenants and free houses, with a
 * regional brewery's trade rep among them and a supplier-offers room, a gin distillery's own server with its Staff, its
 * gin-club Customers and a bar that stocks it, hotel night managers and night porters where nobody sells, bar and
 * cellar staff with a shift board where pubs and bars post shifts and a line cleaner among them, hotel housekeepers
 * and head housekeepers with a staffing agency's owner among them and her DM to a newcomer, wedding-venue coordinators
 * with a room where couples ask and a bride's DM to her coordinator, pub-quiz writers and quizmasters with a question-pack
 * seller among them and a room where landlords ask), over three ISO weeks (2031-W22 to W24, with the late May bank
 * holiday on day 1), written and labelled by writer103 (session 53) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-103.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes103Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2031, 5, 26);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2031, 6, 16, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-103";
    private static final int BASE = 80400;

    // --- A. independent hotel owners ---
    private final String hoteliers = cast.guild(1311);
    private final Channel hoFront = cast.channel(hoteliers, "Independent Hoteliers Circle", "front-desk-talk",
            "running the place: bookings, OTAs, rates, guests, reviews", "ho-front-desk-talk.json");
    private final Channel hoStaff = cast.channel(hoteliers, "Independent Hoteliers Circle", "staff-and-rotas",
            "hiring, rotas, pay, staff housing, training", "ho-staff-and-rotas.json");
    private final Channel hoSystems = cast.channel(hoteliers, "Independent Hoteliers Circle", "suppliers-and-systems",
            "PMS, booking engines, laundry, boilers, food suppliers: questions and reviews",
            "ho-suppliers-and-systems.json");
    private final Channel hoBar = cast.channel(hoteliers, "Independent Hoteliers Circle", "the-residents-bar",
            "off-topic: holidays, confessions, anything but occupancy", "ho-the-residents-bar.json");
    private final Persona fiona = cast.person("fiona.lockhart", "Fiona Lockhart");
    private final Persona owen = cast.person("owen.tregarthen", "Owen Tregarthen");
    private final Persona ifeoma = cast.person("ifeoma.nwachukwu", "Ifeoma Nwachukwu");
    private final Persona magnus = cast.person("magnus.thorne", "Magnus Thorne");
    private final Persona rupert = cast.person("rupert.ashdown", "Rupert Ashdown");
    private final Persona ross = cast.person("ross.halloran", "Ross Halloran");

    // --- B. pub licensees: tenants and free houses ---
    private final String licensees = cast.guild(1312);
    private final Role licensee = cast.role("Licensee", "#b9770e", 2);
    private final Role supplier = cast.role("Supplier", "#5d6d7e", 1);
    private final Channel puCellar = cast.channel(licensees, "Licensees' Back Room", "cellar-and-bar",
            "beer quality, lines, gas, cellar temperatures, cooling and kit", "pu-cellar-and-bar.json");
    private final Channel puLaw = cast.channel(licensees, "Licensees' Back Room", "licensing-and-law",
            "premises licences, TENs, hours, CCTV, door policy, the council and the police",
            "pu-licensing-and-law.json");
    private final Channel puOffers = cast.channel(licensees, "Licensees' Back Room", "supplier-offers",
            "breweries, wholesalers and suppliers post trade offers here; licensees ask for deals and suppliers",
            "pu-supplier-offers.json");
    private final Channel puLockIn = cast.channel(licensees, "Licensees' Back Room", "the-lock-in",
            "off-topic chat after closing time", "pu-the-lock-in.json");
    private final Persona dougie = cast.person("dougie.fairbairn", "Dougie Fairbairn", licensee);
    private final Persona colette = cast.person("colette.brannigan", "Colette Brannigan", licensee);
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante", licensee);
    private final Persona joyce = cast.person("joyce.ackerley", "Joyce Ackerley", licensee);
    private final Persona rhodri = cast.person("rhodri.bevan", "Rhodri Bevan", licensee);
    private final Persona ellis = cast.person("ellis.garside", "Ellis Garside", licensee);
    private final Persona adrian = cast.person("adrian.colquhoun", "Adrian Colquhoun", supplier);

    // --- C. a gin distillery's own server ---
    private final String distillery = cast.guild(1313);
    private final Role diStaff = cast.role("Staff", "#1abc9c", 3);
    private final Role diTrade = cast.role("Trade Customer", "#8e44ad", 2);
    private final Role diCustomer = cast.role("Customer", "#95a5a6", 1);
    private final Channel diNews = cast.channel(distillery, "Kilnbrook Distillery", "stillhouse-news",
            "announcements from the distillery team: releases, club boxes, tours, events, opening hours",
            "di-stillhouse-news.json");
    private final Channel diAsk = cast.channel(distillery, "Kilnbrook Distillery", "ask-the-distillery",
            "questions for the team: orders, the gin club, deliveries, trade accounts", "di-ask-the-distillery.json");
    private final Channel diCocktails = cast.channel(distillery, "Kilnbrook Distillery", "cocktail-corner",
            "share your serves, garnishes and recipes", "di-cocktail-corner.json");
    private final Channel diTours = cast.channel(distillery, "Kilnbrook Distillery", "tours-and-tastings",
            "tour bookings, tasting nights, parking, what to expect", "di-tours-and-tastings.json");
    private final Persona isla = cast.person("isla.rennie", "Isla Rennie", diStaff);
    private final Persona torin = cast.person("torin.macaskill", "Torin MacAskill", diStaff);
    private final Persona nisha = cast.person("nisha.varma", "Nisha Varma", diStaff);
    private final Persona gordon = cast.person("gordon.ferrie", "Gordon Ferrie", diCustomer);
    private final Persona stuart = cast.person("stuart.lennox", "Stuart Lennox", diCustomer);
    private final Persona bronagh = cast.person("bronagh.keane", "Bronagh Keane", diTrade);
    private final Persona lotte = cast.person("lotte.vermeulen", "Lotte Vermeulen");
    private final Persona alasdair = cast.person("alasdair.munro", "Alasdair Munro");

    // --- D. hotel night managers and night porters ---
    private final String nights = cast.guild(1314);
    private final Channel niShift = cast.channel(nights, "Night Desk", "on-shift",
            "who's on tonight, 3am chat, quiet-hour company", "ni-on-shift.json");
    private final Channel niIncidents = cast.channel(nights, "Night Desk", "incident-desk",
            "difficult guests, alarms, lockouts, the police: how would you handle it?", "ni-incident-desk.json");
    private final Channel niAudit = cast.channel(nights, "Night Desk", "night-audit",
            "night audit, end of day, cash-ups, reports, the PMS", "ni-night-audit.json");
    private final Channel niSleep = cast.channel(nights, "Night Desk", "sleeping-in-daylight",
            "day sleep, food, health and family life on nights", "ni-sleeping-in-daylight.json");
    private final Persona tariq = cast.person("tariq.haddad", "Tariq Haddad");
    private final Persona moira = cast.person("moira.gallacher", "Moira Gallacher");
    private final Persona benedikt = cast.person("benedikt.kranz", "Benedikt Kranz");
    private final Persona shona = cast.person("shona.petrie", "Shona Petrie");
    private final Persona leon = cast.person("leon.baptiste", "Leon Baptiste");
    private final Persona agnieszka = cast.person("agnieszka.wolska", "Agnieszka Wolska");

    // --- E. bar and cellar staff ---
    private final String barStaff = cast.guild(1315);
    private final Channel baShifts = cast.channel(barStaff, "Behind the Bar NW", "shift-board",
            "pubs and bars post shifts; bar staff post when they're free, with rate and experience",
            "ba-shift-board.json");
    private final Channel baCellar = cast.channel(barStaff, "Behind the Bar NW", "cellar-help",
            "lines, gas, kegs, casks, fobbing and cloudy pints", "ba-cellar-help.json");
    private final Channel baAfter = cast.channel(barStaff, "Behind the Bar NW", "after-hours",
            "off-topic for when the shutters are down", "ba-after-hours.json");
    private final Channel baCourses = cast.channel(barStaff, "Behind the Bar NW", "courses-and-certs",
            "personal licence, cellar management, cocktail and barista courses", "ba-courses-and-certs.json");
    private final Persona connor = cast.person("connor.tierney", "Connor Tierney");
    private final Persona aoife = cast.person("aoife.mulcahy", "Aoife Mulcahy");
    private final Persona rashid = cast.person("rashid.mahmood", "Rashid Mahmood");
    private final Persona tilly = cast.person("tilly.ormerod", "Tilly Ormerod");
    private final Persona graham = cast.person("graham.tindall", "Graham Tindall");
    private final Persona thandiwe = cast.person("thandiwe.ndlovu", "Thandiwe Ndlovu");
    private final Persona marek = cast.person("marek.novak", "Marek Novak");

    // --- F. hotel housekeepers ---
    private final String housekeeping = cast.guild(1316);
    private final Channel hkFloor = cast.channel(housekeeping, "Housekeeping Heads", "on-the-floor",
            "room attendants: tips, timings, trolleys, tricky rooms", "hk-on-the-floor.json");
    private final Channel hkHeads = cast.channel(housekeeping, "Housekeeping Heads", "head-housekeepers",
            "supervisors and executive housekeepers: rotas, standards, budgets, staffing", "hk-head-housekeepers.json");
    private final Channel hkKit = cast.channel(housekeeping, "Housekeeping Heads", "laundry-and-kit",
            "linen, chemicals, hoovers, trolleys: questions and reviews", "hk-laundry-and-kit.json");
    private final Channel hkBreak = cast.channel(housekeeping, "Housekeeping Heads", "break-room",
            "off-topic, cuppa chat", "hk-break-room.json");
    private final Persona lucia = cast.person("lucia.ferreira", "Lucia Ferreira");
    private final Persona dorota = cast.person("dorota.kowalczyk", "Dorota Kowalczyk");
    private final Persona maureen = cast.person("maureen.lacey", "Maureen Lacey");
    private final Persona ciaran = cast.person("ciaran.doyle", "Ciaran Doyle");
    private final Persona pooja = cast.person("pooja.raman", "Pooja Raman");
    private final Persona trudy = cast.person("trudy.maitland", "Trudy Maitland");
    private final Persona yasmin = cast.person("yasmin.okonjo", "Yasmin Okonjo");
    private final Channel hkDm = cast.dm(yasmin, "dm-yasmin-okonjo.json");

    // --- G. wedding-venue coordinators ---
    private final String venues = cast.guild(1317);
    private final Role coordinator = cast.role("Coordinator", "#c0392b", 2);
    private final Role couple = cast.role("Couple", "#f5b7b1", 1);
    private final Channel weCouples = cast.channel(venues, "Wedding Venue Coordinators", "couples-ask",
            "couples ask venue coordinators: dates, capacity, catering, curfews, costs", "we-couples-ask.json");
    private final Channel weCoords = cast.channel(venues, "Wedding Venue Coordinators", "coordinators-only",
            "coordinators among ourselves: contracts, staffing, hard days, the trade", "we-coordinators-only.json");
    private final Channel weSuppliers = cast.channel(venues, "Wedding Venue Coordinators", "supplier-recs",
            "caterers, bands, florists, photographers: coordinators' notes, good and bad", "we-supplier-recs.json");
    private final Channel weWelcome = cast.channel(venues, "Wedding Venue Coordinators", "welcome",
            "say hello: are you a coordinator or a couple?", "we-welcome.json");
    private final Persona georgina = cast.person("georgina.pellow", "Georgina Pellow", coordinator);
    private final Persona amira = cast.person("amira.haddou", "Amira Haddou", coordinator);
    private final Persona rhys = cast.person("rhys.kettering", "Rhys Kettering", coordinator);
    private final Persona bethany = cast.person("bethany.coles", "Bethany Coles", coordinator);
    private final Persona nadine = cast.person("nadine.okafor", "Nadine Okafor", couple);
    private final Persona tom = cast.person("tom.fairclough", "Tom Fairclough", couple);
    private final Persona anjali = cast.person("anjali.sandhu", "Anjali Sandhu", couple);
    private final Channel weDm = cast.dm(nadine, "dm-nadine-okafor.json");

    // --- H. pub-quiz writers and quizmasters ---
    private final String quiz = cast.guild(1318);
    private final Channel quWriting = cast.channel(quiz, "Quizmasters' Guild", "question-writing",
            "writing rounds: wording, difficulty, picture rounds, themes", "qu-question-writing.json");
    private final Channel quFacts = cast.channel(quiz, "Quizmasters' Guild", "fact-checks",
            "is this answer right? sources and second opinions", "qu-fact-checks.json");
    private final Channel quAsk = cast.channel(quiz, "Quizmasters' Guild", "ask-a-quizmaster",
            "landlords and bar staff ask about running a quiz night, or post when they want a host",
            "qu-ask-a-quizmaster.json");
    private final Channel quBar = cast.channel(quiz, "Quizmasters' Guild", "the-bar",
            "off-topic, post-quiz stories", "qu-the-bar.json");
    private final Persona niall = cast.person("niall.quigley", "Niall Quigley");
    private final Persona bernadette = cast.person("bernadette.okoye", "Bernadette Okoye");
    private final Persona sanjay = cast.person("sanjay.mistry", "Sanjay Mistry");
    private final Persona philippa = cast.person("philippa.barraclough", "Philippa Barraclough");
    private final Persona howard = cast.person("howard.blenkinsop", "Howard Blenkinsop");
    private final Persona derek = cast.person("derek.holroyd", "Derek Holroyd");
    private final Persona yvonne = cast.person("yvonne.teague", "Yvonne Teague");

    private HeldOutScenes103Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        hoteliers();
        licensees();
        distillery();
        nightDesk();
        barStaff();
        housekeeping();
        venues();
        quiz();
    }

    private void hoteliers() {
        // W22
        Post fiFull = say(1, "09:10", hoFront, fiona, "Bank holiday Monday and we're full for the first time since "
                + "March. Is anyone else seeing late-May bookings arrive this late? Half of ours landed in the last ten "
                + "days.");
        Post owLead = re(1, "09:40", owen, fiFull, "Same down here in Mousehole. Short lead times are the new normal, "
                + "I've stopped panicking about an empty week until it's a fortnight out.");
        re(1, "10:05", ifeoma, fiFull, "Bath's been the same. Four rooms went on Saturday night at rack rate, all "
                + "direct.");
        re(1, "10:20", fiona, owLead, "That's reassuring, thanks Owen.");
        say(1, "12:00", hoFront, rupert, "Rate tip for the week: don't drop your Sunday rate on the day. People who "
                + "book Sunday at 6pm pay what they'd have paid on Friday. The longer version: "
                + "rupertashdown.example/blog/sunday-rates");
        say(2, "08:30", hoFront, rupert, "Rate tip: look at your pickup for the next thirty days every morning, not "
                + "tonight's occupancy. rupertashdown.example/blog/pickup");
        Post maEngine = say(2, "10:00", hoSystems, magnus, "Morning all. Took over the Black Bull at Wark "
                + "in October, twelve rooms, first summer. Which booking engine do you all use? Ours came with the "
                + "place and it's awful.");
        Post fiEngine = re(2, "10:30", fiona, maEngine, "We use Staylink, fine for the price. The main thing is that "
                + "it talks to your channel manager so you aren't typing rates in twice.");
        re(2, "11:00", ifeoma, maEngine, "Staylink here too. Steer clear of anything that charges per booking.");
        re(2, "11:30", magnus, fiEngine, "Thanks.");
        say(2, "17:00", hoSystems, rupert, "Channel managers compared: the three I see most in small hotels and "
                + "what each one gets wrong. rupertashdown.example/blog/channel-managers");
        Post ruMin = say(3, "08:30", hoFront, rupert, "Saturday minimum stays cost small hotels more than they "
                + "save. Numbers from eleven clients: rupertashdown.example/blog/min-stays");
        re(3, "09:10", fiona, ruMin, "We dropped Saturday minimum stays last year and filled more Saturdays, for "
                + "what it's worth.");
        say(3, "19:00", hoFront, rupert, "Reminder that most booking engines let you hide the OTA rate from direct "
                + "visitors. Ten minutes well spent this week.");
        say(4, "08:30", hoSystems, rupert, "Written up how I set up rate parity checks for a twenty-room hotel: "
                + "rupertashdown.example/blog/parity");
        Post ifStay = say(4, "13:00", hoFront, ifeoma, "Where's your place, Fiona? I'm in the Lakes in September and "
                + "I'd love to stay somewhere run by someone in here.");
        Post fiStay = re(4, "13:30", fiona, ifStay, "Derwent Lodge, just off the main street in Keswick: "
                + "derwentlodge.example. Message me before you book and I'll save you the room with the lake view.");
        re(4, "13:45", ifeoma, fiStay, "Lovely, I'll message you when we've got dates.");
        say(4, "20:00", hoFront, rupert, "Rate tip: a £5 direct-booking discount beats a free-breakfast offer in "
                + "every test I've run.");
        say(5, "08:30", hoFront, rupert, "Weekend thought: your last room is worth more than your first. Price it "
                + "that way. rupertashdown.example/blog/last-room");
        say(6, "09:00", hoSystems, rupert, "If your PMS can't export a pace report, ask them when it will. It's the "
                + "first report I ask any client for.");
        Post owAway = say(6, "18:00", hoBar, owen, "I'm away from the 2nd to the 14th of June, first holiday in "
                + "three years. My deputy has the keys and I'll be on an Italian beach ignoring my phone.");
        re(6, "18:30", fiona, owAway, "Enjoy it, you've more than earned it.");
        owAway.react("🙌", ifeoma, magnus);
        say(7, "18:00", hoFront, rupert, "Next week on the blog: pricing for events in your town. Sign up and it "
                + "lands in your inbox: rupertashdown.example/newsletter");
        // W23
        Post maOta = say(8, "09:00", hoFront, magnus, "Booking sites take 18% off us. Is it normal to put the room "
                + "price up on there to cover it? Feels like cheating.");
        Post fiOta = re(8, "09:40", fiona, maOta, "Everyone does it. Keep your direct price the lowest and guests "
                + "will find it.");
        re(8, "10:15", ifeoma, maOta, "Parity clauses are mostly gone in the UK now, so yes, you're allowed.");
        re(8, "10:30", magnus, fiOta, "ok thanks");
        Post ifDynamic = say(9, "09:30", hoSystems, ifeoma, "Anyone using the dynamic pricing in their booking "
                + "engine? I don't trust it with my Saturdays.");
        Post ruDynamic = re(9, "10:00", rupert, ifDynamic, "Use it with a floor and a ceiling you set yourself and "
                + "look at it every Monday. It's good at weekdays and bad at events it hasn't heard of.");
        re(9, "10:20", ifeoma, ruDynamic, "Floor and ceiling, got it. Thanks Rupert.");
        re(9, "10:40", fiona, ruDynamic, "Matches what we found. It priced our busiest Saturday like a Tuesday "
                + "because nobody told it about the marathon.");
        Post ifLaundry = say(9, "19:00", hoSystems, ifeoma, "@Owen Tregarthen did you end up signing with the new "
                + "laundry firm? Ours has put prices up again.");
        Post maPay = say(10, "08:00", hoStaff, magnus, "Housekeeper's handed her notice in. What are you paying "
                + "room attendants up north? Two applicants have asked for £13.");
        Post fiPay = re(10, "08:45", fiona, maPay, "£12.60 plus a share of the tips pot in Keswick, and I'll have "
                + "to go up. £13 isn't daft.");
        re(10, "09:00", rupert, maPay, "From the rates side: put what a room costs to clean into your lowest rate. "
                + "New owners forget it more than anything.");
        say(10, "09:05", hoSystems, fiona, "@Magnus Thorne while I think of it, which PMS did the Black Bull come "
                + "with? We're thinking of switching and I'd love to hear from someone on something else.");
        re(10, "12:00", magnus, fiPay, "cheers");
        Post maReview = say(11, "10:00", hoFront, magnus, "Guest left a 2-star review because the pub downstairs "
                + "was loud at 11pm. Do I reply or leave it?");
        Post ifReview = re(11, "10:30", ifeoma, maReview, "Reply, short and polite, and say what the room is near. "
                + "Future guests read the reply more than the review.");
        re(11, "10:45", fiona, maReview, "And offer the back rooms to light sleepers when they book. We put "
                + "'lively bar below' on two of ours.");
        re(11, "11:00", magnus, ifReview, "ok.");
        Post maBoiler = say(12, "08:30", hoSystems, magnus, "Boiler engineer wants £4,200 for a new system. Does "
                + "that sound right for twelve rooms?");
        Post fiBoiler = re(12, "09:10", fiona, maBoiler, "Get a second quote. Ours was nearer £6k for eighteen rooms "
                + "but that included a new cylinder.");
        re(12, "09:20", ifeoma, maBoiler, "Ask whether it's sized for every shower running at 8am. That's what "
                + "catches small hotels out.");
        re(12, "10:00", magnus, fiBoiler, "will do");
        // W24
        Post roKeys = say(15, "08:30", hoFront, ross, "Hi all. Just got the keys to a fourteen-bedroom hotel on the "
                + "front at Oban. The previous owners left me a ledger and a cat. Terrified but excited.");
        Post fiWelcome = re(15, "09:00", fiona, roKeys, "Welcome Ross! The first summer is the hardest and the best. "
                + "Ask anything.");
        re(15, "10:00", owen, roKeys, "Welcome. Back from Italy myself today. Keep the cat.");
        Post owLaundry = re(15, "10:10", owen, ifLaundry, "Sorry Ifeoma, just back. Yes, we signed with Coastline Linen, 9% cheaper "
                + "and they collect six days a week.");
        re(15, "10:30", ross, fiWelcome, "Thanks Fiona, I'll take you up on that.");
        Post ruAudit = re(15, "11:00", rupert, roKeys, "Welcome Ross. The first thing a new owner should do is a rate "
                + "audit. I do one for new hotels at £295 and it usually pays for itself in a fortnight. Book a call: "
                + "rupertashdown.example/book");
        re(15, "13:00", ross, ruAudit, "Thanks, I'll get my feet under the table first.");
        re(15, "14:00", ifeoma, owLaundry, "Thanks Owen, getting a quote from Coastline this week.");
        Post maPms = say(16, "08:00", hoSystems, magnus, "@Fiona Lockhart sorry, only just saw your question. It's "
                + "Roomwise. Clunky, but the support people are good.");
        re(16, "08:30", fiona, maPms, "Thanks Magnus, that's useful.");
        Post roHousing = say(16, "12:00", hoStaff, ross, "What do you all do about staff accommodation? Half my "
                + "applicants are from out of town.");
        Post maHousing = re(16, "12:40", magnus, roHousing, "We rent a two-bed flat in the village for ours. Costs "
                + "us £700 a month but it's the only way we kept anyone.");
        Post fiHousing = re(16, "13:00", fiona, roHousing, "Same, we've a staff cottage. It's the only way it works "
                + "in the Lakes.");
        re(16, "13:20", ross, maHousing, "That's helpful, thanks Magnus.");
        fiHousing.react("👍", ross);
        Post roBreakfast = say(18, "09:00", hoFront, ross, "Do you put breakfast in the room rate or charge for it "
                + "separately?");
        re(18, "09:30", fiona, roBreakfast, "In the rate for us. Guests hate a surprise at checkout.");
        Post ruBreakfast = re(18, "10:00", rupert, roBreakfast, "Depends who stays. In Oban with a lot of walkers "
                + "I'd sell room-only with breakfast as an add-on; plenty of them leave before it's served.");
        re(18, "10:30", ross, ruBreakfast, "Good point, half of them are off on the first ferry. Thanks Rupert.");
    }

    private void licensees() {
        // W22
        Post doCellar = say(1, "11:00", puCellar, dougie, "Bank holiday and the cellar's at 15 degrees already. "
                + "Cooler running flat out. Anyone else?");
        re(1, "11:30", colette, doCellar, "Ours is 13 but I've got a wet towel over the python. Don't judge.");
        Post adCondenser = re(1, "12:00", adrian, doCellar, "Have a look at the condenser on the cooler, it's the "
                + "first thing to clog in May. Brush it off with the power off. If you're still over 13 after that, "
                + "ring your cooling firm before the weekend.");
        re(1, "13:00", dougie, adCondenser, "Condenser was furred up with fluff. Brushed it and we're down to 12.5 "
                + "already. Cheers Adrian.");
        say(2, "10:00", puLockIn, rhodri, "Summer's sorted at the Greyhound! Quiz Thursdays, live music Saturdays, "
                + "Sunday roasts back on. Check out what's on: thegreyhoundinn.example/whats-on");
        say(2, "10:20", puCellar, rhodri, "Anyone passing Llandeilo this summer, come and see us: "
                + "thegreyhoundinn.example/whats-on");
        Post rhLaw = say(2, "10:40", puLaw, rhodri, "Our summer programme's up, music every Saturday till "
                + "September: thegreyhoundinn.example/whats-on");
        Post kwLaw = re(2, "11:30", kwame, rhLaw, "Looks good. Have you got live music on your licence past 11? "
                + "Ours stops at 23:00.");
        re(2, "12:00", rhodri, kwLaw, "Till midnight Friday and Saturday, we took a variation in 2029.");
        Post elTen = say(3, "09:00", puLaw, ellis, "First tenancy, signed last week: the Fox at Heptonstall. I want "
                + "to run a beer festival in the car park in July. Do I need a TEN if it's our own premises?");
        Post kwTen = re(3, "09:40", kwame, elTen, "Depends whether the car park's inside the licensed area on your "
                + "plan. If it isn't, yes, a TEN, with at least ten working days' notice. The rules: "
                + "gov.example/temporary-events-notice and Calderdale's form: calderdale.example/licensing/ten");
        Post joTen = re(3, "10:00", joyce, elTen, "Check the plan first. Mine had the beer garden on it but not the "
                + "car park. Found that out the hard way.");
        re(3, "10:30", ellis, kwTen, "Car park's not on the plan, so a TEN it is. Thank you.");
        re(3, "10:35", ellis, joTen, "Cheers Joyce, glad I asked.");
        say(3, "14:00", puOffers, adrian, "Tollgate Brewery June trade offer: buy four firkins of Hill Runner, get "
                + "the fifth free, plus pump clips and drip mats. Orders through me or tollgate.example/trade");
        Post joFest = say(4, "12:00", puOffers, joyce, "Any breweries doing deals on guest ales for a beer festival? "
                + "I need twelve casks for the middle of July.");
        Post adFest = re(4, "12:30", adrian, joFest, "We can do twelve firkins from our range at £98 each instead of "
                + "£112, delivered and collected. Happy to talk it through: adrian@tollgate.example");
        Post doFest = re(4, "12:50", dougie, joFest, "Try Millbeck too, they do sale or return on festival casks.");
        re(4, "13:10", joyce, adFest, "That's a good price, I'll email you tonight.");
        re(4, "13:15", joyce, doFest, "Sale or return would help with the nerves. Thanks Dougie.");
        say(5, "18:00", puLockIn, rhodri, "Band tomorrow night at the Greyhound, tickets going fast! "
                + "thegreyhoundinn.example/whats-on");
        Post doTakings = say(6, "23:30", puLockIn, dougie, "Bank holiday week takings 30% up on last year. The "
                + "weather does all the work.");
        doTakings.react("👏", colette, kwame, joyce);
        // W23
        Post elHaze = say(8, "09:30", puCellar, ellis, "Cask question: my Hill Runner comes through hazy on day two. "
                + "It was bright when I vented it. What am I doing wrong?");
        Post adHaze = re(8, "10:00", adrian, elHaze, "Most likely it got stirred up when you tapped it. Give it a "
                + "day on the stillage after tapping and keep the cellar at 11 to 13. Our cellar guide has the whole "
                + "routine: tollgate.example/cellar-guide");
        Post doHaze = re(8, "10:30", dougie, elHaze, "And check the lines were cleaned this week. Hazy on day two is "
                + "often the lines, not the beer.");
        re(8, "11:00", ellis, adHaze, "I tapped and served the same day. That'll be it. Thanks Adrian.");
        re(8, "11:05", ellis, doHaze, "Lines were done Thursday, so it's the tapping. Cheers.");
        Post coShelter = say(9, "11:00", puLaw, colette, "Licensing officers came on Saturday about our smoking "
                + "shelter. Apparently it has too many walls. Anyone been through this?");
        Post kwShelter = re(9, "11:30", kwame, coShelter, "It needs to be at least half open. We took one panel off "
                + "ours and they were happy.");
        re(9, "11:45", colette, kwShelter, "One panel, right. Thanks Kwame.");
        say(10, "09:00", puOffers, adrian, "Reminder that the June offer ends on the 15th. A few of you asked about "
                + "Hill Runner in bottles, those arrive next week.");
        Post kwGas = say(10, "14:00", puCellar, kwame, "Gas again. CO2 went from £38 to £44 a cylinder this month. "
                + "Has anyone found a cheaper supplier in the north?");
        re(10, "14:20", dougie, kwGas, "We switched to mixed gas through the brewery's supplier, about £36. Ask "
                + "Adrian.");
        Post adGas = re(10, "14:40", adrian, kwGas, "If you're on our delivery list we can add gas at £37 a "
                + "cylinder. If you're not, I'll ask our supplier to quote you direct.");
        re(10, "15:00", kwame, adGas, "Not on your list yet. Yes please, send me the quote.");
        Post rhQuiz = say(11, "23:00", puLockIn, rhodri, "Quiz night tonight, 43 teams. Has anyone else outgrown "
                + "their quiz?");
        Post coQuiz = re(11, "23:15", colette, rhQuiz, "43! We get nine on a good week. What's your secret?");
        re(11, "23:30", rhodri, coQuiz, "A proper host and a £50 bar tab for the winners. And we ban phones.");
        Post elSent = say(12, "10:00", puLaw, ellis, "TEN submitted for the festival. Thanks all, I'd have got that "
                + "wrong on my own.");
        elSent.react("🎉", kwame, joyce, colette);
        // W24
        Post joCctv = say(15, "10:00", puLaw, joyce, "Police have asked for CCTV from the fete night. How long do "
                + "you all keep footage?");
        Post kwCctv = re(15, "10:30", kwame, joCctv, "31 days on ours. It's what the police asked for when we got "
                + "the licence.");
        re(15, "10:45", colette, joCctv, "Ours is 30, it's written into our conditions.");
        re(15, "11:00", joyce, kwCctv, "Ours only keeps 14. Getting it changed. Thanks.");
        Post rhPaper = say(17, "09:00", puLockIn, rhodri, "The Greyhound's in the county paper this week for the "
                + "quiz. Proud of the team.");
        rhPaper.react("👏", colette, dougie);
        Post coIce = say(17, "14:00", puCellar, colette, "Python's icing up at the cellar end. Cooler's set to 2 "
                + "degrees. Is that too cold?");
        Post adIce = re(17, "14:30", adrian, coIce, "Set it to 4 and check the water bath level. Icing usually "
                + "means the water's low.");
        re(17, "14:40", dougie, coIce, "Ours did that when the bath ran low. Top it up and it stops.");
        re(17, "15:30", colette, adIce, "Bath was half empty. Topped up, no more ice. Thanks both.");
    }

    private void distillery() {
        // W22
        say(1, "09:00", diNews, isla, "We're open for the bank holiday: shop 10 till 5, tours at 11, 1 and 3. The "
                + "new batch of Sea Buckthorn gin is on the shelves.");
        Post stRosemary = say(1, "12:30", diCocktails, stuart, "Bank holiday serve: Kilnbrook Navy Strength, tonic, "
                + "a twist of grapefruit and a sprig of rosemary. Better than it has any right to be.");
        Post toRosemary = re(1, "13:00", torin, stRosemary, "Rosemary is a great call with the Navy, it picks up "
                + "the juniper. Have you tried it with the Sea Buckthorn?");
        re(1, "14:00", stuart, toRosemary, "Not yet, my bottle's coming in the club box.");
        say(2, "09:00", diNews, torin, "The June gin club box ships on Friday: the Sea Buckthorn, a miniature of "
                + "our rhubarb liqueur and a tasting card. Club members, please make sure your address is up to date "
                + "in your account by Thursday. kilnbrook.example/club");
        Post goAddress = say(3, "11:00", diAsk, gordon, "Moved house last month and updated my address in the "
                + "account. Will Friday's box go to the new one? I've been in the club since the first box and signed "
                + "my sister up at Christmas, so two of us will be watching the door.");
        Post niAddress = re(3, "11:30", nisha, goAddress, "Yes Gordon, I can see the new address on your account, "
                + "it'll go there. And say hello to your sister from us!");
        re(3, "11:45", gordon, niAddress, "Brilliant, thank you.");
        joins(4, "09:00", diTours, lotte);
        Post loTour = say(4, "09:05", diTours, lotte, "Hello! We're visiting from Utrecht in the first week of "
                + "June. Can we do a tour without booking or do they sell out?");
        Post niTour = re(4, "09:40", nisha, loTour, "Hi Lotte, weekday tours usually have space, but booking ahead "
                + "is safer: kilnbrook.example/tours. The 1pm one includes a tasting flight.");
        re(4, "10:00", lotte, niTour, "Booked for Tuesday the 3rd at 1pm. Thank you!");
        Post toBars = say(4, "18:00", diCocktails, torin, "Which bars have you had our gin in? We'd love to know "
                + "where people are finding us.");
        Post brBars = re(4, "18:30", bronagh, toBars, "Us, obviously! The Tollbooth Bar in Stirling. A Navy "
                + "Strength martini is our bestseller: tollboothbar.example");
        re(4, "18:45", torin, brBars, "Bronagh's martini is the best use of our gin I know.");
        re(4, "19:00", stuart, toBars, "Had it at the Tollbooth in April, can confirm.");
        say(5, "10:00", diNews, torin, "Club boxes are out of the door. Tracking emails go out tonight.");
        say(6, "15:00", diNews, nisha, "I'm away at the Bar Convent show in Berlin from Monday 2nd to Friday 6th. "
                + "Torin and Isla have the desk while I'm gone.");
        Post brOrder = say(6, "16:00", diAsk, bronagh, "Trade order for next week: six Navy Strength and six of "
                + "the original. Same as usual?");
        Post isOrder = re(6, "16:40", isla, brOrder, "Same as usual, Bronagh. It goes out Tuesday on the Stirling "
                + "run.");
        re(6, "17:00", bronagh, isOrder, "Perfect, thanks Isla.");
        Post stFizz = say(7, "19:00", diCocktails, stuart, "Sunday experiment: Sea Buckthorn gin, elderflower "
                + "cordial and soda. Tastes like the seaside. Recipe with pictures on my blog: "
                + "stuartstirs.example/sea-buckthorn-fizz");
        re(7, "19:30", gordon, stFizz, "Making this tonight.");
        // W23
        say(8, "09:00", diNews, torin, "Gin and jazz night in the stillhouse on Friday 13th June, 7pm. Tickets £18 "
                + "with two serves included: kilnbrook.example/events");
        Post goBox = say(9, "10:15", diAsk, gordon, "@Torin MacAskill my June club box hasn't turned up. Tracking "
                + "says it reached the depot in Perth on Friday and hasn't moved since. Could you chase it or send "
                + "another one?");
        Post loVan = say(9, "11:00", diTours, lotte, "We're on the 1pm tour today! Is there parking for a camper "
                + "van?");
        Post toVan = re(9, "11:20", torin, loVan, "Yes, the overflow field on the left as you come in takes vans. "
                + "See you at one!");
        re(9, "11:30", lotte, toVan, "Great, thanks!");
        Post loAfter = say(9, "18:00", diTours, lotte, "What a tour. The best tasting we've had in Scotland.");
        re(9, "18:30", torin, loAfter, "So glad you enjoyed it, Lotte. Safe travels on to Skye.");
        Post stDriver = say(10, "09:30", diCocktails, stuart, "Has anyone got a good alcohol-free serve for a "
                + "designated driver? My partner always ends up with a sad lime and soda.");
        Post toDriver = re(10, "10:00", torin, stDriver, "Cold-brewed rooibos, tonic, orange peel and a pinch of "
                + "salt. Sounds odd, drinks like a long G&T.");
        re(10, "10:20", stuart, toDriver, "Trying that at the weekend. Thanks Torin.");
        say(10, "12:00", diNews, torin, "Jazz night is two-thirds sold. The band is the Forth Valley Trio.");
        Post goAgain = re(11, "10:00", gordon, goBox, "Still nothing, and the tracking hasn't moved. Is anyone "
                + "there?");
        Post toGarnish = say(11, "14:00", diCocktails, torin, "Thursday question: what's your favourite garnish "
                + "that isn't citrus?");
        re(11, "14:20", stuart, toGarnish, "Pink peppercorns.");
        Post brThyme = re(11, "14:40", bronagh, toGarnish, "Thyme, flamed for a second.");
        re(11, "15:00", torin, brThyme, "Flamed thyme, I'm stealing that for jazz night.");
        Post isBox = re(12, "09:00", isla, goAgain, "Gordon, I'm so sorry, this slipped through with Nisha away. "
                + "I've sent a new box by next-day courier and chased the old one. You'll have it tomorrow.");
        re(12, "09:20", gordon, isBox, "Thank you Isla, appreciated.");
        say(12, "16:00", diNews, torin, "Jazz night is sold out! Thank you all. We'll do another in August.");
        Post goArrived = say(13, "12:00", diAsk, gordon, "Box arrived. The Sea Buckthorn is superb.");
        goArrived.react("❤️", isla);
        // W24
        say(15, "09:00", diNews, nisha, "Back from Berlin with a notebook full of ideas. Thanks Torin and Isla for "
                + "covering.");
        joins(15, "10:50", diAsk, alasdair);
        Post alFirst = say(15, "11:00", diAsk, alasdair, "Just joined the gin club as a birthday present to myself. "
                + "When does the first box come?");
        Post niFirst = re(15, "11:30", nisha, alFirst, "Welcome Alasdair, and happy birthday! Boxes ship on the "
                + "first Friday of the month, so yours goes out on the 4th of July.");
        re(15, "11:45", alasdair, niFirst, "Lovely, thanks.");
        Post goWelcome = say(16, "09:00", diCocktails, gordon, "@Alasdair Munro welcome to the club! Start with "
                + "Stuart's Navy and rosemary serve further up. It's the one that got me hooked.");
        re(16, "09:30", alasdair, goWelcome, "Will do, thanks Gordon.");
        re(16, "10:00", torin, goBox, "Gordon, sorry I missed this last week, I was buried in jazz night. Glad Isla "
                + "sorted it.");
        Post brTasting = say(17, "17:00", diAsk, bronagh, "Could we do a Kilnbrook tasting night at the Tollbooth "
                + "in July? Would someone from the team come over?");
        Post toTasting = re(17, "17:30", torin, brTasting, "Love that. I can do Thursday the 17th or the 24th of "
                + "July and I'll bring the full range.");
        re(17, "17:45", bronagh, toTasting, "The 24th, please! I'll make a poster.");
    }

    private void nightDesk() {
        // W22
        Post moOn = say(1, "23:10", niShift, moira, "Bank holiday Monday night, 212 rooms and a porter off sick. "
                + "Who else is on?");
        re(1, "23:20", tariq, moOn, "On in Leeds. Wedding party in the bar till 2, wish me luck.");
        re(1, "23:40", benedikt, moOn, "Airport hotel, flights delayed, forty late check-ins. Coffee number three.");
        Post leDoor = say(2, "00:30", niIncidents, leon, "First week as a night porter. A guest came down at "
                + "midnight saying someone was trying his door. Nobody there when I went up. What do you do, just "
                + "log it?");
        Post moDoor = re(2, "00:45", moira, leDoor, "Log it, look at the CCTV for that corridor, and offer to move "
                + "him if he's rattled. Most of the time it's someone drunk on the wrong floor.");
        Post taDoor = re(2, "00:50", tariq, leDoor, "And tell the day manager at handover. Twice is a pattern.");
        re(2, "01:10", leon, moDoor, "CCTV shows a man from 312 trying 314. Wrong floor, like you said. Guest's "
                + "happy now.");
        re(2, "01:15", leon, taDoor, "Put it in the handover notes. Thanks.");
        Post agAudit = say(2, "03:00", niAudit, agnieszka, "Audit's out by £12.40 and I've been through every folio "
                + "twice. Any tricks for finding these?");
        Post taAudit = re(2, "03:20", tariq, agAudit, "Look for a payment posted to a room after it checked out. "
                + "Nine times out of ten that's the one.");
        re(2, "03:40", agnieszka, taAudit, "Found it, a bar tab posted to a checked-out room. You're a genius.");
        Post lePorter = say(4, "02:00", niAudit, leon, "Does the porter usually help with the night audit or is "
                + "that the manager's job? Mine wants me to learn it.");
        Post beToPorter = re(4, "02:20", benedikt, lePorter, "Depends on the size. At 300 rooms my porter runs the "
                + "reports while I balance. Learn it, it's how you get promoted.");
        re(4, "02:30", leon, beToPorter, "Makes sense, I'll ask to shadow one. Thanks.");
        Post taFire = say(5, "01:00", niIncidents, tariq, "Fire alarm at 3am last night: burnt toast from a toaster "
                + "a guest had smuggled in. 180 people in the car park in dressing gowns. If you haven't had your "
                + "first one yet, this is good: firesafety.example/hotels/night-evacuation");
        re(5, "01:20", moira, taFire, "A toaster! We take them off people at check-in now.");
        re(5, "01:40", leon, taFire, "Reading it now. Nobody's shown me the assembly point yet, I'll ask tonight.");
        Post agHoliday = say(6, "10:00", niShift, agnieszka, "Off on holiday from Monday for a week, Gdańsk with the "
                + "kids. Be good.");
        re(6, "10:30", shona, agHoliday, "Have a lovely time!");
        // W23
        Post bePolice = say(8, "01:00", niIncidents, benedikt, "Police rang at 1am asking for a guest's details, no "
                + "warrant. I gave them a room number and nothing else. Right call?");
        Post taPolice = re(8, "01:20", tariq, bePolice, "Right call. Ask for it in writing on a data protection "
                + "request form. Ours is on the back office wall.");
        re(8, "01:30", moira, bePolice, "Same. And write down the officer's number.");
        re(8, "02:00", benedikt, taPolice, "Data protection form, getting some printed. Thanks.");
        re(9, "00:30", shona, bePolice, "@Benedikt Kranz when you had that man kicking off in the lobby in April, "
                + "how did you get the police to actually come out? We waited two hours on Saturday.");
        Post leFroze = say(9, "02:00", niAudit, leon, "Shadowed my first audit last night. The end of day froze "
                + "halfway and my manager had to restart it. Is that normal?");
        re(9, "02:30", moira, leFroze, "Normal on old systems. Never restart it mid-post without reading the log "
                + "first though.");
        Post beFroze = re(9, "02:40", benedikt, leFroze, "Ours does that when someone's still logged in at "
                + "reception. Make sure every terminal is signed out before you run it.");
        re(9, "03:00", leon, beFroze, "There was a terminal still logged in. Thanks Benedikt.");
        Post beSlump = say(10, "03:00", niShift, benedikt, "Anyone else get the 3am slump? Fourth coffee and it's "
                + "not touching it.");
        Post moSlump = re(10, "03:10", moira, beSlump, "Walk the building at 3. Every floor. Better than coffee.");
        re(10, "04:00", benedikt, moSlump, "Tried it. The stairs are brutal but it works.");
        Post taAg = say(10, "14:00", niShift, tariq, "@Agnieszka Wolska how did your dispute with the bank over "
                + "the card terminal end up?");
        Post beMeal = say(11, "02:00", niSleep, benedikt, "Meal timings on nights? I'm eating a full dinner at 2am "
                + "and feeling rough.");
        Post shMeal = re(11, "02:20", shona, beMeal, "Main meal before the shift, snacks during. Changed everything "
                + "for me.");
        re(11, "02:30", tariq, beMeal, "Soup in a flask at 2. Light and warm.");
        re(11, "03:00", benedikt, shMeal, "Before the shift, trying it tonight.");
        Post moCard = say(12, "01:00", niIncidents, moira, "Guest tried to check in with someone else's card. How "
                + "do you all handle it without accusing anyone?");
        Post beCard = re(12, "01:30", benedikt, moCard, "Say the card's been declined and ask for another way to "
                + "pay. Never say fraud at the desk.");
        re(12, "01:40", leon, beCard, "Good to know, I hadn't thought about that.");
        re(12, "02:00", moira, beCard, "That's what I did, thankfully. Thanks.");
        // W24
        Post agBack = re(15, "22:00", agnieszka, taAg, "Back! The bank refunded the terminal fees in the end. Took "
                + "six calls.");
        re(15, "22:20", tariq, agBack, "Six calls, that's persistence. Welcome back.");
        Post shRecep = say(16, "01:00", niAudit, shona, "I'm moving from porter to night reception next month. What "
                + "should I learn first for the audit?");
        Post agRecep = re(16, "01:30", agnieszka, shRecep, "Room and rate checks before anything else. If the rates "
                + "are wrong, everything after is wrong.");
        Post taRecep = re(16, "01:40", tariq, shRecep, "And learn to read the no-show report. That's where the money "
                + "leaks out.");
        re(16, "02:00", shona, agRecep, "Room and rate first, noted. Thanks.");
        re(16, "02:05", shona, taRecep, "I'll ask for a copy of ours tonight.");
        Post leDrunk = say(17, "02:00", niIncidents, leon, "Handled my first proper drunk tonight on my own. Calm "
                + "voice, glass of water, walked him to his room. Thanks for all the tips in here.");
        re(17, "02:30", moira, leDrunk, "Proud of you, Leon.");
        leDrunk.react("👏", tariq, shona);
        Post beLeaving = say(19, "23:00", niShift, benedikt, "Leaving nights at the end of the month. Day duty "
                + "manager job, finally.");
        Post taLeaving = re(19, "23:20", tariq, beLeaving, "Congratulations. You'll miss the 3am chats.");
        re(19, "23:40", benedikt, taLeaving, "I'll miss this lot more than the hours.");
    }

    private void barStaff() {
        // W22
        Post grShifts = say(1, "12:00", baShifts, graham, "Crown & Anchor, Salford: need two bar staff for Saturday "
                + "7th and Sunday 8th June, 12 till 8, £12.80 an hour plus tips. Sign up on the form: "
                + "crownanchorsalford.example/shifts");
        Post coShifts = re(1, "13:00", connor, grShifts, "I can do both days. Five years behind a bar, cellar "
                + "trained.");
        re(1, "13:30", graham, coShifts, "Brilliant, you're on. Come at 11:45 on Saturday for a walk round.");
        Post coFree = say(1, "15:00", baShifts, connor, "Free most weekdays in June: cocktails and cask, personal "
                + "licence holder, £13.50 an hour. Based in Chorlton.");
        Post prFree = re(1, "16:00", thandiwe, coFree, "Could you do Wednesday evenings at Vesper in Ancoats? "
                + "Cocktail-heavy, £14 plus service.");
        re(1, "16:20", connor, prFree, "Wednesdays work. Message me the details.");
        Post maQuiet = say(2, "11:00", baAfter, marek, "Quiet June for me. Lost two pubs on my line-cleaning round "
                + "to a pubco that's brought its own cleaners in, so I need a few more pubs to keep the van busy.");
        re(2, "11:30", connor, maQuiet, "Gutted, mate. Something'll turn up.");
        re(2, "11:40", rashid, maQuiet, "Pubco contracts are killing the independents.");
        Post tiCellar = say(2, "14:00", baCellar, tilly, "First time doing the cellar on my own tonight. What do I "
                + "actually need to check before we open?");
        Post raCellar = re(2, "14:20", rashid, tiCellar, "Temperature, gas pressure, anything on the bar near the "
                + "end of its keg, and a sniff for leaks. Write the temperature down every shift.");
        Post maCellar = re(2, "14:40", marek, tiCellar, "And look at the last line clean date on the sheet. Over "
                + "seven days, tell your manager before the beer starts tasting of vinegar.");
        re(2, "15:00", tilly, raCellar, "Wrote all that down. Thanks Rashid.");
        re(2, "15:05", tilly, maCellar, "Sheet says five days ago. Phew. Thank you.");
        Post aoExam = say(3, "10:00", baCourses, aoife, "Doing my personal licence course next month. Is the exam "
                + "hard?");
        Post coExam = re(3, "10:30", connor, aoExam, "Not if you read the workbook. Forty questions, multiple "
                + "choice.");
        re(3, "10:45", aoife, coExam, "Phew. Thanks.");
        Post tiFob = say(4, "19:00", baCellar, tilly, "A keg's fobbing like mad. I changed it an hour ago.");
        Post raFob = re(4, "19:15", rashid, tiFob, "Check the gas bottle isn't nearly empty and the coupler's seated "
                + "properly. Fobbing right after a change is usually the coupler.");
        re(4, "19:30", tilly, raFob, "Coupler wasn't fully down. Sorted! Thank you so much.");
        // W23
        Post coMatch = say(8, "10:00", baAfter, connor, "Did anyone watch the match last night? Robbed.");
        Post maMatch = re(8, "10:30", marek, coMatch, "Robbed is generous. We were terrible.");
        Post coKeeper = re(8, "10:45", connor, maMatch, "Fair. That keeper though.");
        re(8, "11:00", marek, coKeeper, "Best player on the pitch, and he's ours for another year.");
        Post grCleaner = say(9, "11:00", baCellar, graham, "Our line cleaner's retired and the lager's been fobbing "
                + "since the last clean got missed. Does anyone know a reliable line cleaner who covers Salford?");
        Post raCleaner = re(9, "11:30", rashid, grCleaner, "We use a firm from Bolton. They're fine but won't do "
                + "fewer than six lines.");
        re(9, "11:45", graham, raCleaner, "We've got eight, I'll try them. Thanks.");
        say(9, "12:00", baShifts, graham, "Still need one more for Saturday 14th, same form: "
                + "crownanchorsalford.example/shifts");
        Post maMot = say(9, "20:00", baAfter, marek, "Van's through its MOT with new tyres. Ready for whatever June "
                + "throws at me.");
        Post raMot = re(9, "20:15", rashid, maMot, "New tyres. Living the dream.");
        re(9, "20:30", marek, raMot, "£480 for four. The dream's expensive.");
        Post raVent = say(10, "10:00", baCellar, rashid, "Cask tip for anyone new: vent it the night before, not on "
                + "the day.");
        Post maVent = re(10, "10:20", marek, raVent, "Agreed. And hard peg it overnight if the cellar's warm.");
        Post raPeg = re(10, "10:30", rashid, maVent, "Good shout.");
        re(10, "10:40", marek, raPeg, "Learned that the hard way at the Swan in 2024.");
        Post tiBarback = say(10, "13:00", baShifts, tilly, "Does anyone need a barback? Free Fridays and "
                + "Saturdays, £11.50 an hour, learning the cellar.");
        Post grBarback = re(10, "13:30", graham, tiBarback, "Could use you on Friday 13th at the Crown. Come at 5.");
        re(10, "13:45", tilly, grBarback, "I'll be there, thanks Graham!");
        Post prCost = say(11, "15:00", baCellar, thandiwe, "How much should a line clean cost these days? We've got six lines and "
                + "I've been quoted £90 a visit, which seems steep.");
        re(11, "15:40", aoife, prCost, "No idea for cocktail bars, sorry, ours is done by the brewery.");
        Post aoQuiz = say(11, "21:00", baAfter, aoife, "Quiz night at ours. Someone asked me the capital of "
                + "Australia as a joke and I got it wrong.");
        Post maSydney = re(11, "21:15", marek, aoQuiz, "Sydney, obviously.");
        re(11, "21:20", aoife, maSydney, "Don't.");
        Post coCanberra = re(11, "21:25", connor, maSydney, "Canberra, you muppet.");
        re(11, "21:30", marek, coCanberra, "I know, I know.");
        Post coCourse = say(12, "12:00", baCourses, connor, "Has anyone done the cellar management course at "
                + "Manchester college? Worth it?");
        Post maCourse = re(12, "12:30", marek, coCourse, "Did it in 2022. Worth it for the gas safety part alone.");
        Post coBook = re(12, "12:45", connor, maCourse, "Booking it then. Cheers.");
        re(12, "13:00", marek, coBook, "You'll ace it.");
        Post maFish = say(13, "09:00", baAfter, marek, "Saturday off, the first in a month. Going fishing.");
        re(13, "09:30", connor, maFish, "Catch something this time.");
        // W24
        Post maPrice = re(15, "09:00", marek, prCost, "Sorry, only just saw this. £90 for six lines is on the high "
                + "side; £10 to £12 a line is normal round here. I do Ancoats on Tuesdays if you want a quote.");
        Post prPrice = re(15, "09:40", thandiwe, maPrice, "Yes please. Could you come next Tuesday morning?");
        re(15, "10:00", marek, prPrice, "Tuesday at 9, I'll bring the price list.");
        Post aoLeaving = say(16, "11:00", baShifts, aoife, "Leaving my job at the end of June, looking for three or "
                + "four shifts a week from July. Cocktails and cask, personal licence pending.");
        Post prTrial = re(16, "11:30", thandiwe, aoLeaving, "Come in for a trial shift at Vesper, Friday at 4pm?");
        re(16, "11:45", aoife, prTrial, "Yes! Thank you.");
        Post aoPassed = say(17, "18:00", baCourses, aoife, "Passed my personal licence exam!");
        re(17, "18:20", connor, aoPassed, "Told you. Congratulations.");
        aoPassed.react("🎉", tilly, rashid, thandiwe);
        Post coBooked = say(19, "17:00", baAfter, connor, "Cellar course booked for July, thanks to Marek.");
        re(19, "17:30", marek, coBooked, "Bring biscuits, it's a long day.");
    }

    private void housekeeping() {
        // W22
        Post doStrip = say(1, "08:00", hkFloor, dorota, "Bank holiday checkout day: 46 departures across my section "
                + "and two of us on it. Stripping beds since 7.");
        Post mauStrip = re(1, "08:30", maureen, doStrip, "Strip all your rooms first, then make them. Saves walking "
                + "the trolley up and down twice.");
        re(1, "09:30", dorota, mauStrip, "Doing that now, already faster. Thanks Maureen.");
        Post ciStart = say(1, "13:00", hkHeads, ciaran, "Big week for me. I start as head of housekeeping at the "
                + "Glenmoray Spa Hotel on Monday, my third head role in six years. I took my last team from 71% to 94% "
                + "on room inspections in eighteen months and I'm planning to do the same here. My approach has "
                + "always been simple: I set the standard, I check every room myself for the first month, and I "
                + "don't accept excuses.");
        ciStart.react("👍", maureen);
        Post ciMum = say(2, "10:00", hkBreak, ciaran, "I've done this job for sixteen years and I still love my "
                + "first walk round an empty floor in the morning. My mum was a room attendant and I used to ride on "
                + "her trolley.");
        ciMum.react("❤️", dorota);
        Post luGrey = say(2, "10:30", hkKit, lucia, "Our pillowcases are coming back from the laundry grey. Anyone "
                + "else with Lothian Linen seeing this?");
        Post trGrey = re(2, "11:00", trudy, luGrey, "Grey usually means they've dropped the wash temperature to save "
                + "energy. Ask them what temperature your contract says; hotel linen should be 71.");
        re(2, "11:20", maureen, luGrey, "Had exactly that last year, same cause.");
        re(2, "15:00", lucia, trGrey, "Asked them. They dropped it to 60 in April without telling anyone. Sorting "
                + "it. Thanks Trudy.");
        Post luScore = say(3, "08:30", hkHeads, lucia, "Inspection scores came back at 96% this month. So proud of "
                + "this team.");
        luScore.react("🎉", maureen, dorota, trudy);
        re(3, "09:00", ciaran, luScore, "Nice. My last team hit 97% in my second year there and I was so proud of "
                + "them. I put it down to my checklists, I wrote every one of them myself.");
        Post doHoover = say(4, "12:00", hkKit, dorota, "Our hoovers are dying one by one. Which ones last?");
        Post mauHoover = re(4, "12:20", maureen, doHoover, "The red tub ones with the face on. Indestructible.");
        re(4, "12:40", trudy, doHoover, "Same, they're what we buy for every hotel our attendants work in.");
        re(4, "13:00", dorota, mauHoover, "Putting a request in, thanks!");
        say(4, "16:00", hkFloor, ciaran, "I always tell my attendants I won't ask them to do a room I wouldn't do "
                + "myself. I did twelve rooms myself on my first day at my last place, and my old team still talk "
                + "about it.");
        Post trSick = say(5, "09:00", hkHeads, trudy, "How do you all cope with the summer sickness spike? Most "
                + "hotels I supply are short in July.");
        Post luSick = re(5, "09:30", lucia, trSick, "Cross-train the laundry porters to do rooms. It saved us last "
                + "August.");
        re(5, "09:50", maureen, trSick, "Overtime rotas posted in May so people can plan round them.");
        re(5, "10:10", trudy, luSick, "Cross-training the porters, I like that. Thanks Lucia.");
        say(5, "20:00", hkBreak, ciaran, "My new uniform arrived and I look like a headmaster. I'm told it suits me. "
                + "My partner disagrees.");
        Post ciWeek = say(6, "18:00", hkHeads, ciaran, "First week done at Glenmoray. I've met my whole team, I've "
                + "rewritten the room checklist, I've moved the linen room, and I've got my budget meeting on "
                + "Tuesday. I'm exhausted but I'm buzzing.");
        re(6, "18:30", maureen, ciWeek, "Take a day off, you've earned it.");
        // W23
        joins(8, "08:55", hkHeads, yasmin);
        Post yaHello = say(8, "09:05", hkHeads, yasmin, "Hi all. I'm the new executive housekeeper at a hotel "
                + "opening in Perth in July, 80 rooms, and I'm hiring the whole team from scratch. Any tips for "
                + "building a team from nothing?");
        Post luHello = re(8, "09:40", lucia, yaHello, "Hire your supervisors first and let them help pick the "
                + "attendants. And pay a bit over the going rate for the opening month, it's the hardest one.");
        Post mauHello = re(8, "10:00", maureen, yaHello, "Train on the rooms before they're finished if you can. "
                + "Snagging and training at the same time.");
        re(8, "10:30", yasmin, luHello, "Supervisors first, great. Thank you Lucia.");
        re(8, "10:35", yasmin, mauHello, "Love the snagging idea.");
        Post trPitch = say(9, "09:00", hkDm, trudy, "Hi Yasmin, saw your post about the Perth opening. I run "
                + "Brightrooms Staffing: we supply trained room attendants to new hotels for their first season, "
                + "£14.80 an hour all in. Book a 15-minute call and I'll show you how we'd cover your opening: "
                + "brightrooms.example/book");
        re(9, "13:00", yasmin, trPitch, "Thanks Trudy, we're recruiting direct for now but I'll keep you in mind.");
        Post ciCloths = say(10, "11:00", hkKit, ciaran, "Has anyone used the new microfibre system from Cleanline? "
                + "Thinking of switching.");
        Post luCloths = re(10, "11:30", lucia, ciCloths, "We did. The colour-coding is great, but the cloths shrink "
                + "if the laundry runs them hot.");
        re(10, "11:45", ciaran, luCloths, "Good to know, I'll warn our laundry. Thanks Lucia.");
        say(10, "12:00", hkBreak, pooja, "Hi all! I make short videos of room attendant hacks, bed corners in thirty "
                + "seconds, that kind of thing. Could you all follow my page? Trying to hit 1,000 by Friday: "
                + "clipstream.example/@poojacleans");
        Post mauTablets = say(11, "14:00", hkHeads, maureen, "Do any of you use tablets for room inspections? "
                + "Management want us to go paperless.");
        Post ciTablets = re(11, "14:30", ciaran, mauTablets, "Yes, we went to tablets in April. Took a month to "
                + "settle, worth it. What PMS are you on? Some link straight in.");
        re(11, "14:50", maureen, ciTablets, "Opera. I'll ask IT.");
        re(11, "15:00", yasmin, mauTablets, "We're starting on tablets from day one. Happy to share whatever we "
                + "end up choosing.");
        Post poCorners = say(12, "13:00", hkFloor, pooja, "New video on mitred corners is up, please like it and "
                + "share it with your teams! clipstream.example/@poojacleans/mitred-corners");
        re(12, "13:30", dorota, poCorners, "Nice video! My corners are still a mess.");
        // W24
        Post yaUpdate = say(15, "10:00", hkHeads, yasmin, "Update: three supervisors hired. Interviewing attendants "
                + "next week. Thanks for all the advice.");
        re(15, "10:30", lucia, yaUpdate, "Brilliant start!");
        Post poWine = say(16, "11:00", hkFloor, pooja, "How do you get red wine out of a white duvet? A guest "
                + "spilled a whole glass.");
        Post mauWine = re(16, "11:15", maureen, poWine, "Cold water and salt straight away, then send it to laundry "
                + "flagged as a stain. Never hot water.");
        re(16, "12:00", pooja, mauWine, "It's come out! Thank you Maureen.");
        Post trTrainer = say(17, "09:00", hkHeads, trudy, "Does anyone know a good trainer for supervisors? Not for "
                + "us, a hotel we work with has asked me.");
        Post luTrainer = re(17, "09:30", lucia, trTrainer, "Maureen runs a supervisor course, don't you Maureen?");
        Post mauTrainer = re(17, "10:00", maureen, luTrainer, "I do, a one-day course. Trudy, message me and I'll "
                + "send the details.");
        re(17, "10:20", trudy, mauTrainer, "Will do, thanks Maureen.");
        Post yaTrolley = say(18, "14:00", hkKit, yasmin, "Which trolleys do you all use? The catalogue ones look "
                + "flimsy.");
        Post doTrolley = re(18, "14:30", dorota, yaTrolley, "Ones with a lockable top. Guests nick the shampoos "
                + "otherwise.");
        re(18, "14:45", ciaran, yaTrolley, "We use Ruddock trolleys, solid as anything.");
        re(18, "15:00", yasmin, doTrolley, "Lockable top, good point. Thanks.");
        Post ciThree = say(19, "19:00", hkBreak, ciaran, "Three weeks in. The Glenmoray team are great, they've "
                + "taught me more than I've taught them.");
        ciThree.react("❤️", maureen, lucia);
    }

    private void venues() {
        // W22
        Post toFirst = say(2, "19:00", weCouples, tom, "Hi all, we're starting to look for a venue for summer 2032, "
                + "around 100 guests, Gloucestershire. What should we ask on a first viewing that people forget?");
        Post amFirst = re(2, "19:40", amira, toFirst, "Ask what's included in the hire and which suppliers you have "
                + "to use. The catering tie-in is where budgets go.");
        Post beFirst = re(2, "20:00", bethany, toFirst, "Ask what time the music has to stop, indoors and out. "
                + "Curfews catch couples out more than anything.");
        re(2, "20:15", tom, amFirst, "Catering tie-ins, adding it to the list. Thank you.");
        re(2, "20:20", tom, beFirst, "Hadn't even thought of curfews. Thanks!");
        Post geThin = say(3, "11:00", weCoords, georgina, "Honest question: is anyone else's 2032 diary looking "
                + "thin? We've got eleven Fridays free and the owners are twitchy. I need to fill them.");
        Post beThin = re(3, "11:30", bethany, geThin, "Saturdays are full, Fridays always lag. Ours pick up in the "
                + "autumn after the Christmas engagements.");
        re(3, "11:45", georgina, beThin, "Hope you're right.");
        Post naFlorist = say(4, "20:00", weCouples, nadine, "@Amira Haddou quick one: our florist wants to get in "
                + "at 10am on the day. Is that OK for the ceremony room?");
        Post amFlorist = re(4, "20:30", amira, naFlorist, "Yes, from 10am is fine, the room's clear after "
                + "breakfast. I'll let the porters know.");
        re(4, "20:40", nadine, amFlorist, "Thank you!");
        Post rhHartwell = say(5, "10:00", weSuppliers, rhys, "Recommend: Hartwell Catering did our Friday wedding, "
                + "120 covers, hot food on time, all cleared by 11. Would book again.");
        re(5, "10:30", georgina, rhHartwell, "Seconded, they've done two of ours.");
        Post toBrochure = say(5, "19:00", weCouples, tom, "Could any of you send a brochure? We're visiting a few "
                + "in June.");
        Post amBrochure = re(5, "19:30", amira, toBrochure, "Here's ours, prices are on page 4: "
                + "theregencycheltenham.example/weddings");
        re(5, "19:45", bethany, toBrochure, "Ours is here, and you'd be welcome at our open day on the 21st of "
                + "June: beckfordcastle.example/weddings");
        re(5, "20:00", tom, amBrochure, "Got it, thanks both.");
        Post rhLeave = say(6, "09:00", weCoords, rhys, "I'm off from Monday 2nd to Sunday 8th June, first week off "
                + "since March. My couples know and my assistant has the phone.");
        re(6, "09:30", amira, rhLeave, "Enjoy it!");
        // W23
        joins(8, "11:55", weWelcome, anjali);
        Post anHello = say(8, "12:00", weWelcome, anjali, "Hi! Engaged at Christmas and getting married in 2032. "
                + "Here for the venue advice.");
        re(8, "12:30", amira, anHello, "Welcome Anjali! #couples-ask is the place for any question.");
        Post amDeposit = say(8, "14:00", weCoords, amira, "Contract question: does anyone still take 50% at "
                + "booking? Couples are pushing back on ours.");
        Post geDeposit = re(8, "14:30", georgina, amDeposit, "We went to 25% at booking and 25% a year out. "
                + "Bookings went up.");
        Post amClever = re(8, "14:45", amira, geDeposit, "25 and 25 is clever. Thanks.");
        re(8, "15:00", georgina, amClever, "The owners hated it until they saw the numbers.");
        Post anBarn = say(9, "10:00", weCouples, anjali, "We're looking for a barn in the Cotswolds for a Friday in "
                + "summer 2032, about 90 guests, outdoor ceremony if possible. Any ideas? And what do Fridays usually "
                + "cost compared with Saturdays?");
        Post amBarn = re(9, "11:00", amira, anBarn, "Not us I'm afraid, we're a hotel in town, but Fridays are "
                + "usually 20 to 30% less than Saturdays wherever you go.");
        re(9, "11:15", anjali, amBarn, "That's good to know, thanks.");
        Post geBar = say(9, "12:00", weCoords, georgina, "Staffing rant: lost our bar manager to a cruise ship. Who "
                + "runs your bars, in-house or contracted?");
        Post beBar = re(9, "12:20", bethany, geBar, "Contracted, Bar Harbour Events. Saves me hiring for thirty "
                + "Saturdays.");
        Post geNumber = re(9, "12:40", georgina, beBar, "Could you send me their number?");
        re(9, "12:50", bethany, geNumber, "Sent.");
        Post toTomQ = say(9, "19:00", weCouples, tom, "@Rhys Kettering is Astley Court dog-friendly for the ceremony? Our spaniel "
                + "is basically the ring bearer.");
        Post toBarnQ = say(10, "19:00", weCouples, tom, "We've a viewing at a barn on Saturday. What does a barn "
                + "need that a hotel doesn't have to think about? Toilets? Heating?");
        Post beHeat = re(10, "20:00", bethany, toBarnQ, "Ask about heating for the evening, even in August. I'll "
                + "leave the barn detail to the barn people.");
        re(10, "20:15", tom, beHeat, "Heating, noted. Thank you.");
        Post geQuartet = say(10, "09:30", weSuppliers, georgina, "Any good string quartets round Cheltenham? One of "
                + "ours has retired.");
        Post amQuartet = re(10, "10:00", amira, geQuartet, "The Albion Quartet, lovely people.");
        re(10, "10:20", georgina, amQuartet, "Booked them for a viewing. Thanks.");
        Post beMother = say(11, "13:00", weCoords, bethany, "How do you all handle the mother of the bride who "
                + "wants to change the table plan the night before?");
        Post geMother = re(11, "13:20", georgina, beMother, "Smile, nod, and say the table plan has gone to the "
                + "printer. It always has.");
        Post amMother = re(11, "13:40", amira, geMother, "Ha! Stealing that.");
        re(11, "13:50", georgina, amMother, "Worked for six years.");
        Post geDj = say(12, "10:00", weSuppliers, georgina, "Avoid: a DJ from Swindon who played until 12:20 after a "
                + "midnight curfew. Our owners got a noise complaint.");
        Post beDj = re(12, "10:30", bethany, geDj, "Ugh. Same one played at ours in 2030.");
        re(12, "10:45", georgina, beDj, "Of course he did.");
        Post naNumbers = say(12, "18:00", weDm, nadine, "Hi Amira, final numbers are 96 adults and 8 children, two "
                + "vegan and one coeliac. Is the 1st of August still OK for the final payment?");
        Post amNumbers = re(12, "19:00", amira, naNumbers, "Perfect, Nadine, I've updated the plan. Yes, the 1st of "
                + "August for the final payment, and I'll send the invoice a week before.");
        re(12, "19:10", nadine, amNumbers, "Thank you so much!");
        Post toPrice = say(13, "18:00", weCouples, tom, "Viewed the barn today. Hire is £9k on a Friday and £14k on "
                + "a Saturday. Is that normal for a barn?");
        Post geSparklers = say(13, "23:00", weCoords, georgina, "Saturday wedding done, the bride cried at the "
                + "sparkler exit. Good day.");
        geSparklers.react("❤️", amira, bethany);
        // W24
        Post rhDog = re(15, "09:00", rhys, toTomQ, "Sorry Tom, back today. Yes, dogs are welcome at the ceremony and "
                + "for photos, just not at dinner.");
        re(15, "09:20", tom, rhDog, "Perfect, he'll be thrilled.");
        Post geAnjali = re(15, "10:00", georgina, anBarn, "Anjali, sorry, I've only just scrolled back. We're a barn "
                + "near Bibury with an outdoor ceremony in the orchard, 120 max, and we have Fridays in 2032. Would "
                + "you like to come and see it?");
        Post anVisit = re(15, "10:30", anjali, geAnjali, "Yes please! Could we come on the 21st?");
        re(15, "10:45", georgina, anVisit, "The 21st at 11. I'll send you directions.");
        Post geTom = re(16, "09:00", georgina, toPrice, "£9k for a Friday is about right for a Cotswold barn. Check "
                + "what's included: tables, chairs, the clear-up.");
        re(16, "09:20", tom, geTom, "Tables yes, clear-up no. Useful, thank you.");
        Post naCousin = say(17, "20:00", weCouples, nadine, "Eight weeks to go! Amira has been amazing, and I've told "
                + "my cousin to look at the Regency for her wedding.");
        naCousin.react("❤️", amira);
        Post geFridays = say(19, "17:00", weCoords, georgina, "Two Fridays booked this week off the back of the "
                + "couples' channel. Should've been in there sooner.");
        re(19, "17:30", bethany, geFridays, "Told you Fridays come good.");
    }

    private void quiz() {
        // W22
        Post feMondays = say(1, "20:00", quWriting, philippa, "Bank holiday round I'm writing: famous Mondays. Got "
                + "Blue Monday, Cyber Monday, Black Monday. I need two more that aren't too obscure.");
        Post beMondays = re(1, "20:30", bernadette, feMondays, "Whit Monday, and the Boomtown Rats' I Don't Like "
                + "Mondays.");
        re(1, "20:45", philippa, beMondays, "Perfect, that's the round done. Thanks Bernadette.");
        Post saPacks = say(2, "10:30", quWriting, sanjay, "Where do people get ready-made rounds for the weeks "
                + "they're too busy to write? I'm hosting four nights now.");
        Post hoPacks = re(2, "11:00", howard, saPacks, "I write a weekly pack, eight rounds with a picture round, £6: "
                + "quizpacks.example. And Bernadette's league archive is free if you want older material.");
        Post bePacks = re(2, "11:10", bernadette, saPacks, "The league archive is at quizleague.example/archive. "
                + "Anything before 2029 is free to use.");
        re(2, "11:30", sanjay, hoPacks, "Bought this week's, I'll report back.");
        re(2, "11:35", sanjay, bePacks, "Ooh, thanks.");
        Post niRiver = say(3, "09:00", quFacts, niall, "Settle this: is the longest river in the UK the Severn or "
                + "the Thames? Got a team still arguing from last week.");
        Post beRiver = re(3, "09:20", bernadette, niRiver, "Severn, about 220 miles to the Thames' 215. Source: "
                + "ordnancedata.example/rivers");
        re(3, "09:40", niall, beRiver, "Severn it is. Told them.");
        Post deHost = say(4, "17:30", quAsk, derek, "The Fleece in Halifax. We want to start a Thursday quiz from "
                + "July. Looking for a host: what's the going rate and what do you bring?");
        Post saHost = re(4, "18:00", sanjay, deHost, "I could do Thursdays from July: £70 a night, and I bring the "
                + "questions, answer sheets and a mic. Happy to come and look at the room first.");
        Post niHost = re(4, "18:10", niall, deHost, "£60 to £80 is normal round here. Make sure whoever you get "
                + "brings their own PA.");
        re(4, "18:30", derek, saHost, "Come in on Tuesday at 4 and we'll talk.");
        re(4, "18:35", derek, niHost, "Useful, thanks.");
        Post feTomato = say(6, "11:00", quFacts, philippa, "Is a tomato a fruit or a berry? Both? Writing a science "
                + "round and I don't trust myself.");
        Post beTomato = re(6, "11:20", bernadette, feTomato, "Botanically a berry, which is a kind of fruit, so both. "
                + "Accept either.");
        re(6, "11:30", philippa, beTomato, "Accepting both, thank you.");
        Post saReport = say(7, "12:00", quWriting, sanjay, "Howard's pack was good. The picture round went down a "
                + "storm.");
        re(7, "12:30", howard, saReport, "Glad it worked, thanks for saying.");
        // W23
        joins(8, "17:50", quAsk, yvonne);
        Post yvPrizes = say(8, "18:00", quAsk, yvonne, "Bar manager at the Railway Tavern in Hebden Bridge. We "
                + "started a Wednesday quiz in May and numbers drop off after three weeks. What prizes actually keep "
                + "teams coming back?");
        re(8, "18:30", niall, yvPrizes, "Bar tabs beat cash. Or get a proper host: I do Wednesdays for £80 a night "
                + "with a picture round, DM me.");
        Post beRollover = re(8, "19:00", bernadette, yvPrizes, "A rollover jackpot on a hard last question. Teams "
                + "come back to chase it.");
        re(8, "19:20", yvonne, beRollover, "A rollover! That's what we've been missing. Thank you.");
        Post bePrint = say(9, "10:00", quWriting, bernadette, "Picture rounds: do you all still print them or put "
                + "them on screens?");
        Post niPrint = re(9, "10:30", niall, bePrint, "Printed. Screens make people hunt for the telly.");
        re(9, "10:40", sanjay, bePrint, "Screens in one pub, paper in the others.");
        re(9, "11:00", bernadette, niPrint, "Printed it is for the league.");
        Post saOctopus = say(10, "11:00", quFacts, sanjay, "'How many hearts does an octopus have?' My card says "
                + "three. A team says two and a half. Help.");
        Post beOctopus = re(10, "11:20", bernadette, saOctopus, "Three. The two gill hearts are full hearts.");
        re(10, "11:30", sanjay, beOctopus, "Three. I'll tell them gently.");
        Post niVoice = say(11, "09:00", quBar, niall, "Three quizzes in a row next week and my voice is going "
                + "already.");
        Post feVoice = re(11, "09:30", philippa, niVoice, "Honey and lemon, and make them use answer sheets, not "
                + "shout-outs.");
        re(11, "09:45", niall, feVoice, "Shout-outs are banned from now on.");
        Post deUpdate = say(11, "12:00", quAsk, derek, "Update: Sanjay starts at the Fleece on the 3rd of July. "
                + "Thanks for the advice, everyone.");
        deUpdate.react("🎉", sanjay, niall);
        Post feCut = say(12, "20:00", quWriting, philippa, "I've got 80 questions on the 1990s and I need 40. How "
                + "do you decide what to cut?");
        Post hoCut = re(12, "20:30", howard, feCut, "Cut anything that one person at the table will know and nobody "
                + "else will. The best questions get a whole table arguing.");
        re(12, "20:45", philippa, hoCut, "Cutting all my Britpop B-sides then. Thanks Howard.");
        // W24
        Post yvJackpot = say(15, "12:00", quAsk, yvonne, "Rollover jackpot started last week: 14 teams, up from "
                + "six.");
        yvJackpot.react("🙌", bernadette, philippa);
        say(17, "10:00", quFacts, howard, "quizpacks.example/june-special The June special pack is out: summer "
                + "sport and 1990s telly, eight rounds, £6. Every answer checked twice.");
        Post saTrial = say(17, "23:00", quBar, sanjay, "Trial run at the Fleece went well. Eleven teams in a pub "
                + "that's never had a quiz.");
        re(17, "23:15", derek, saTrial, "Best Thursday we've had since Christmas.");
        Post niClips = say(19, "11:00", quWriting, niall, "Can you use song clips in a pub quiz without a licence "
                + "of your own?");
        Post beClips = re(19, "11:20", bernadette, niClips, "The pub's music licence usually covers it. Ask the "
                + "landlord.");
        re(19, "13:00", niall, beClips, "Checked with two of my pubs, both covered. Cheers.");
        Post yvOneOff = say(20, "12:00", quAsk, yvonne, "Could anyone recommend a host for a one-off quiz night? "
                + "We want a summer special in August.");
        Post niOneOff = re(20, "12:30", niall, yvOneOff, "I could do a one-off in August, £90 with a music round. "
                + "Happy to chat.");
        re(20, "12:45", yvonne, niOneOff, "Send me your dates.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes103Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 103");
    }
}
