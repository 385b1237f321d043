package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 107 (sealed): eight communities of tourism, heritage and visitor attractions, of kinds no earlier
 * round used (heritage steam railway volunteers where nobody sells, a stately home's own server, Hollinbrook Hall,
 * with its Staff and Members, attraction gift-shop buyers with souvenir suppliers and their reps, a new-lines room and
 * a reps' lounge, a buyer's DM to her supplier, visitor-centre front-desk staff of one national park where nobody
 * sells, club and care-home outings secretaries with attractions' group-sales people and a coach-day firm among them
 * and a group-sales manager's DM to a new organiser, registered Blue Badge tourist guides with a room where visitors,
 * teachers and group leaders ask and a guest book, owners of private gardens that open for charity with a room where
 * visitors ask and a plant stall, and coastal seal-and-dolphin boat-trip skippers with a room where visitors ask and
 * a sightings log), over three ISO weeks (2031-W38 to W40, the end of the season, after Heritage Open Days), written
 * and labelled by writer2 (session 54) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-107.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes107Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2031, 9, 15);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2031, 10, 6, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-107";
    private static final int BASE = 83600;

    // --- A. heritage steam railway volunteers (nobody sells) ---
    private final String rail = cast.guild(1351);
    private final Channel wvMess = cast.channel(rail, "Wenlow Valley Railway: Volunteers", "mess-room",
            "volunteers' chat: tea, news, photos from your turns, anything", "wv-mess-room.json");
    private final Channel wvRota = cast.channel(rail, "Wenlow Valley Railway: Volunteers", "turns-rota",
            "volunteer shifts: sign up for turns (footplate, stations, buffet, guards) and swap them",
            "wv-turns-rota.json");
    private final Channel wvShed = cast.channel(rail, "Wenlow Valley Railway: Volunteers", "loco-shed",
            "engineering and carriage & wagon: boilers, carriages, repairs, work parties", "wv-loco-shed.json");
    private final Channel wvStation = cast.channel(rail, "Wenlow Valley Railway: Volunteers", "station-questions",
            "booking office and station volunteers: what visitors ask us and how to answer", "wv-station-questions.json");
    private final Persona morwenna = cast.person("morwenna.tregear", "Morwenna Tregear");
    private final Persona gwilym = cast.person("gwilym.pryce", "Gwilym Pryce");
    private final Persona desmond = cast.person("desmond.okonjo", "Desmond Okonjo");
    private final Persona fenella = cast.person("fenella.ashworth", "Fenella Ashworth");
    private final Persona ravi = cast.person("ravi.chandran", "Ravi Chandran");
    private final Persona alasdair = cast.person("alasdair.munro", "Alasdair Munro");
    private final Persona connie = cast.person("connie.wragg", "Connie Wragg");

    // --- B. a stately home's own server ---
    private final String hall = cast.guild(1352);
    private final Role staff = cast.role("Staff", "#2e86c1", 2);
    private final Role member = cast.role("Member", "#a569bd", 1);
    private final Channel hhNews = cast.channel(hall, "Hollinbrook Hall: Members & Staff", "hall-news",
            "from the Hall team: opening times, events, closures, member offers", "hh-hall-news.json");
    private final Channel hhAsk = cast.channel(hall, "Hollinbrook Hall: Members & Staff", "ask-the-hall",
            "members and visitors: ask the Hall team about visiting, membership and events", "hh-ask-the-hall.json");
    private final Channel hhLounge = cast.channel(hall, "Hollinbrook Hall: Members & Staff", "members-lounge",
            "members chatting: visits, the house, the tearoom, days out", "hh-members-lounge.json");
    private final Channel hhGarden = cast.channel(hall, "Hollinbrook Hall: Members & Staff", "garden-diary",
            "the head gardener's weekly notes and members' garden photos", "hh-garden-diary.json");
    private final Persona philippa = cast.person("philippa.dunsford", "Philippa Dunsford", staff);
    private final Persona tobias = cast.person("tobias.greenhalgh", "Tobias Greenhalgh", staff);
    private final Persona keeley = cast.person("keeley.marsden", "Keeley Marsden", staff);
    private final Persona bernard = cast.person("bernard.fothergill", "Bernard Fothergill", member);
    private final Persona anita = cast.person("anita.sahota", "Anita Sahota", member);
    private final Persona lorcan = cast.person("lorcan.quigley", "Lorcan Quigley", member);
    private final Persona yvette = cast.person("yvette.caldwell", "Yvette Caldwell", member);

    // --- C. attraction gift-shop buyers and souvenir suppliers ---
    private final String gifts = cast.guild(1353);
    private final Channel gsAsk = cast.channel(gifts, "Attraction Shops: Buyers & Suppliers", "buyers-ask",
            "museum, castle, zoo and cathedral shop buyers ask: products, minimums, lead times; suppliers answer",
            "gs-buyers-ask.json");
    private final Channel gsLines = cast.channel(gifts, "Attraction Shops: Buyers & Suppliers", "new-lines-for-sale",
            "suppliers: post new lines with trade price and minimum order", "gs-new-lines-for-sale.json");
    private final Channel gsLounge = cast.channel(gifts, "Attraction Shops: Buyers & Suppliers", "reps-lounge",
            "suppliers and reps among ourselves: trade fairs, couriers, the road, margins", "gs-reps-lounge.json");
    private final Channel gsFloor = cast.channel(gifts, "Attraction Shops: Buyers & Suppliers", "shop-floor",
            "buyers and shop managers among ourselves: displays, tills, volunteers, seasons", "gs-shop-floor.json");
    private final Persona callum = cast.person("callum.verity", "Callum Verity");
    private final Persona odette = cast.person("odette.fairbairn", "Odette Fairbairn");
    private final Persona marcus = cast.person("marcus.ellery", "Marcus Ellery");
    private final Persona imelda = cast.person("imelda.rowntree", "Imelda Rowntree");
    private final Persona jasper = cast.person("jasper.whitcombe", "Jasper Whitcombe");
    private final Persona niamh = cast.person("niamh.costello", "Niamh Costello");
    private final Persona sunita = cast.person("sunita.raval", "Sunita Raval");
    private final Channel gsDm = cast.dm(odette, "dm-odette-fairbairn.json");

    // --- D. visitor-centre front-desk staff (nobody sells) ---
    private final String desks = cast.guild(1354);
    private final Channel fvDesk = cast.channel(desks, "Fellside Visitor Centres: Front Desk", "desk-questions",
            "staff and volunteers: visitor questions you couldn't answer, stock, bookings, the odd ones",
            "fv-desk-questions.json");
    private final Channel fvRoutes = cast.channel(desks, "Fellside Visitor Centres: Front Desk",
            "routes-and-transport", "bus and train changes, road closures, path diversions and their maps, car parks",
            "fv-routes-and-transport.json");
    private final Channel fvLinks = cast.channel(desks, "Fellside Visitor Centres: Front Desk", "useful-links",
            "drop useful links here: timetables, event listings, guidance", "fv-useful-links.json");
    private final Channel fvStaff = cast.channel(desks, "Fellside Visitor Centres: Front Desk", "staffroom",
            "off-topic: cake, weekends, pets, courses", "fv-staffroom.json");
    private final Persona lindsey = cast.person("lindsey.hargrave", "Lindsey Hargrave");
    private final Persona ewart = cast.person("ewart.thorogood", "Ewart Thorogood");
    private final Persona farida = cast.person("farida.qureshi", "Farida Qureshi");
    private final Persona tegan = cast.person("tegan.pearce", "Tegan Pearce");
    private final Persona hugh = cast.person("hugh.barraclough", "Hugh Barraclough");
    private final Persona kirsty = cast.person("kirsty.lomax", "Kirsty Lomax");

    // --- E. outings secretaries with attractions' group-sales people ---
    private final String outings = cast.guild(1355);
    private final Channel goIntro = cast.channel(outings, "Outings Secretaries' Network", "introductions",
            "new here? say who you are and which club or group you organise trips for", "go-introductions.json");
    private final Channel goAsk = cast.channel(outings, "Outings Secretaries' Network", "organisers-ask",
            "outings secretaries ask each other: venues, coach parking, access, lunches, what went well",
            "go-organisers-ask.json");
    private final Channel goOffers = cast.channel(outings, "Outings Secretaries' Network", "group-offers",
            "attractions, venues and coach firms: post your group rates and packages here, one post per offer",
            "go-group-offers.json");
    private final Channel goReports = cast.channel(outings, "Outings Secretaries' Network", "trip-reports",
            "back from an outing? tell us how your trip went", "go-trip-reports.json");
    private final Persona maureen = cast.person("maureen.pilkington", "Maureen Pilkington");
    private final Persona clifford = cast.person("clifford.ainsworth", "Clifford Ainsworth");
    private final Persona shirin = cast.person("shirin.ghorbani", "Shirin Ghorbani");
    private final Persona declan = cast.person("declan.furlong", "Declan Furlong");
    private final Persona vanessa = cast.person("vanessa.tulloch", "Vanessa Tulloch");
    private final Persona anselm = cast.person("anselm.rudd", "Anselm Rudd");
    private final Channel goDm = cast.dm(vanessa, "dm-vanessa-tulloch.json");

    // --- F. registered Blue Badge tourist guides ---
    private final String guides = cast.guild(1356);
    private final Channel bbAsk = cast.channel(guides, "Northern Blue Badge Guides", "ask-a-guide",
            "visitors, teachers and group leaders ask registered guides about tours, dates and what to see",
            "bb-ask-a-guide.json");
    private final Channel bbRoom = cast.channel(guides, "Northern Blue Badge Guides", "guides-room",
            "guides among ourselves: sites, access changes, research, fees, cover", "bb-guides-room.json");
    private final Channel bbGuestBook = cast.channel(guides, "Northern Blue Badge Guides", "guest-book",
            "guests and groups: thank your guide and tell others about your tour", "bb-guest-book.json");
    private final Channel bbDates = cast.channel(guides, "Northern Blue Badge Guides", "dates-available",
            "guides: post your open dates and tours with the fee, one post each", "bb-dates-available.json");
    private final Persona isolde = cast.person("isolde.brannigan", "Isolde Brannigan");
    private final Persona tristram = cast.person("tristram.ellwood", "Tristram Ellwood");
    private final Persona saoirse = cast.person("saoirse.dolan", "Saoirse Dolan");
    private final Persona wilfred = cast.person("wilfred.ashby", "Wilfred Ashby");
    private final Persona glenys = cast.person("glenys.partington", "Glenys Partington");
    private final Persona hamza = cast.person("hamza.akhtar", "Hamza Akhtar");
    private final Persona delphine = cast.person("delphine.marchetti", "Delphine Marchetti");

    // --- G. owners of private gardens that open for charity ---
    private final String gardens = cast.guild(1357);
    private final Channel ogAsk = cast.channel(gardens, "Open Gardens of the Marches", "visitors-ask",
            "visitors ask the garden owners: open days, parking, dogs, teas, coach parties, plant names",
            "og-visitors-ask.json");
    private final Channel ogShed = cast.channel(gardens, "Open Gardens of the Marches", "potting-shed",
            "garden owners among ourselves: open-day prep, teas rotas, weather, takings", "og-potting-shed.json");
    private final Channel ogStall = cast.channel(gardens, "Open Gardens of the Marches", "plant-stall",
            "owners selling spare plants: say what, where to collect and the price", "og-plant-stall.json");
    private final Channel ogDiary = cast.channel(gardens, "Open Gardens of the Marches", "open-days-diary",
            "owners: post your next open day, one post each: date, times, entry and the charity",
            "og-open-days-diary.json");
    private final Persona cressida = cast.person("cressida.bellamy", "Cressida Bellamy");
    private final Persona hywel = cast.person("hywel.jenkins", "Hywel Jenkins");
    private final Persona oonagh = cast.person("oonagh.brereton", "Oonagh Brereton");
    private final Persona leopold = cast.person("leopold.feeney", "Leopold Feeney");
    private final Persona margery = cast.person("margery.tindall", "Margery Tindall");
    private final Persona kenji = cast.person("kenji.watanabe", "Kenji Watanabe");
    private final Persona philomena = cast.person("philomena.rourke", "Philomena Rourke");

    // --- H. coastal boat-trip skippers ---
    private final String boats = cast.guild(1358);
    private final Channel pcAsk = cast.channel(boats, "Puffin Coast Boat Trips", "visitors-ask",
            "visitors ask the skippers: sailings, weather, seasickness, children, what you might see",
            "pc-visitors-ask.json");
    private final Channel pcLog = cast.channel(boats, "Puffin Coast Boat Trips", "sightings-log",
            "post today's sightings: seals, puffins, dolphins, whales, where and when", "pc-sightings-log.json");
    private final Channel pcWheel = cast.channel(boats, "Puffin Coast Boat Trips", "wheelhouse",
            "skippers and crew among ourselves: sea state, engines, licences, the harbour", "pc-wheelhouse.json");
    private final Channel pcHarbour = cast.channel(boats, "Puffin Coast Boat Trips", "harbour-notices",
            "from the harbour office: tides, closures, weather warnings, landing rules", "pc-harbour-notices.json");
    private final Persona bryn = cast.person("bryn.carrow", "Bryn Carrow");
    private final Persona morag = cast.person("morag.strachan", "Morag Strachan");
    private final Persona ciaran = cast.person("ciaran.flett", "Ciaran Flett");
    private final Persona ailsa = cast.person("ailsa.murdoch", "Ailsa Murdoch");
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");
    private final Persona ingrid = cast.person("ingrid.solberg", "Ingrid Solberg");
    private final Persona petra = cast.person("petra.novak", "Petra Novak");

    HeldOutScenes107Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        railway();
        stately();
        giftTrade();
        visitorCentres();
        outings();
        guides();
        openGardens();
        boatTrips();
    }

    private void railway() {
        // W38
        Post moGala = say(1, "08:30", wvRota, morwenna, "Autumn steam gala turns for Saturday and Sunday are up. "
                + "Sign up here: wenlowrota.example/gala-2031 . Still short of two guards and a buffet crew for Sunday.");
        Post gwWash = say(1, "10:15", wvShed, gwilym, "Washout on the Hunslet is done, she's back in steam for "
                + "Thursday's test run.");
        re(1, "10:30", desmond, gwWash, "Good news. The Gresley brake third still needs new steam-heat hose "
                + "couplings before winter, I'll get on it after the gala.");
        joins(2, "08:00", wvMess, ravi);
        Post raHello = say(2, "08:20", wvMess, ravi, "Hello all, I'm Ravi, just signed up as a trainee guard. First "
                + "turn is the gala Saturday with Gwilym. Anything I should bring apart from the hi-vis?");
        Post gwHello = re(2, "08:45", gwilym, raHello, "Welcome Ravi! Bring a packed lunch, a watch you trust and "
                + "your rule book. Flags and whistle live in the guard's van.");
        re(2, "09:00", ravi, gwHello, "Rule book is on my desk, got it. Thanks Gwilym.");
        re(2, "09:15", morwenna, raHello, "Welcome aboard! You're down for Saturday on the rota.");
        say(3, "12:00", wvRota, morwenna, "Update: Sunday buffet is covered, thanks Connie and "
                + "Fenella. Still need one guard for Sunday: wenlowrota.example/gala-2031");
        Post raBrake = say(4, "07:50", wvShed, ravi, "Daft question: what's the difference between the vacuum and "
                + "the air brake on our stock? The course notes lost me.");
        Post gwBrake = re(4, "08:30", gwilym, raBrake, "Not daft. All our coaches are vacuum braked; air only "
                + "matters on the two Mk2s, which never run behind steam. I'll show you the gauge in the van on "
                + "Saturday.");
        re(4, "08:50", ravi, gwBrake, "That makes sense, the notes mixed the two up. Gauge on Saturday then.");
        say(5, "17:00", wvRota, morwenna, "All gala turns filled! Thank you everyone. The sheet stays open for "
                + "swaps: wenlowrota.example/gala-2031");
        Post feGala = say(6, "18:30", wvMess, fenella, "What a day. 1,100 through the booking office, best gala "
                + "Saturday since 2019.");
        Post gwGala = re(6, "18:40", gwilym, feGala, "Ravi did well too, kept his head when the token went "
                + "missing at Holm Bridge.");
        re(6, "19:00", ravi, gwGala, "Thanks for looking after me Gwilym. The token was in my pocket the whole time.")
                .react("😂", gwilym, fenella);
        feGala.react("🎉", morwenna, connie, alasdair);
        Post coAway = say(7, "17:30", wvMess, connie, "Sunday done too! Heads up: I'm in Portugal from tomorrow "
                + "until Sunday the 28th, no signal at the villa. Fenella has the buffet keys.");
        re(7, "17:45", fenella, coAway, "Have a lovely time! Keys are safe with me.");
        // W39
        Post gwHoses = say(8, "09:00", wvShed, gwilym, "@Desmond Okonjo are the steam-heat hoses on the brake "
                + "third going to be done for the Santa specials test run on 11 October? I need to know for the crew "
                + "plan.");
        Post deMatch = say(8, "09:30", wvMess, desmond, "Anyone watch the match last night? Shocking second half.");
        re(8, "09:45", alasdair, deMatch, "Don't. Switched off at seventy minutes.");
        Post feCharger = say(9, "08:00", wvStation, fenella, "@Connie Wragg no rush as you're away, but when "
                + "you're back: which cupboard has the spare charger for the buffet card reader?");
        Post moList = say(9, "11:00", wvShed, morwenna, "@Desmond Okonjo I have to put the Santa specials "
                + "carriage list on the booking site by Friday. Is the brake third in or out?");
        Post dePaint = say(9, "12:30", wvMess, desmond, "Found a tin of 1960s BR paint clearing out the shed. "
                + "Still liquid!");
        re(9, "12:45", gwilym, dePaint, "Keep it well away from the Hunslet 😄");
        Post feCal = say(9, "13:30", wvMess, fenella, "@Alasdair Munro are you doing a calendar again this year? "
                + "My dad wants one for Christmas.");
        Post alCal = re(9, "14:00", alasdair, feCal, "Since you asked: yes, the 2032 one is out, twelve shots from "
                + "this summer, £9 with half going to the carriage fund: munrophotos.example/calendar");
        re(9, "14:15", fenella, alCal, "Ordered two. Lovely.");
        Post moSanta = say(10, "08:30", wvRota, morwenna, "Santa special turns open from 29 November: "
                + "wenlowrota.example/santa-2031 . Guards, elves and buffet crew needed.");
        Post raSanta = re(10, "09:00", ravi, moSanta, "Signed up for two Saturdays as guard. Can trainees do the "
                + "Santa trains?");
        re(10, "09:20", morwenna, raSanta, "Yes, paired with a passed guard. I'll pair you with Gwilym or "
                + "Alasdair.");
        Post raGauge = say(10, "18:00", wvShed, ravi, "Did the brake test on the van with Gwilym on Saturday. After "
                + "release, is the gauge meant to creep back slowly or jump?");
        Post gwGauge = re(10, "18:40", gwilym, raGauge, "Creep, over about twenty seconds. If it jumps, tell the "
                + "fitter.");
        re(10, "19:00", ravi, gwGauge, "It crept, so we were fine. That was the bit I wasn't sure of.");
        Post deUrn = say(11, "10:00", wvMess, desmond, "Tea urn in the mess is on its last legs, someone remind me "
                + "to order a new one.");
        re(11, "10:10", fenella, deUrn, "Consider yourself reminded. Gwilym and Morwenna are still waiting on you "
                + "about the brake third too 😉");
        Post raWheel = say(11, "10:30", wvStation, ravi, "A visitor asked me if wheelchairs can get onto the Santa "
                + "trains. I said I'd find out. Can they?");
        Post feWheel = re(11, "10:50", fenella, raWheel, "Only in the brake third, it has the wheelchair bay. "
                + "Which is why everyone's chasing Desmond!");
        re(11, "11:00", ravi, feWheel, "Understood. I'll tell her we'll confirm soon.");
        Post gwPlan = say(12, "09:00", wvShed, gwilym, "Still no word on the brake third. I'll plan the crews "
                + "assuming it's out and we run five coaches.");
        re(12, "09:30", morwenna, gwPlan, "Agreed. I'll list five coaches and the wheelchair space as to be "
                + "confirmed.");
        Post deParty = say(12, "19:00", wvMess, desmond, "Work party Saturday in the carriage shed, bacon rolls "
                + "provided. Who's in?");
        re(12, "19:15", alasdair, deParty, "I'm in, can bring my grinder.");
        Post raParty = re(12, "19:20", ravi, deParty, "I'll come, never done carriage work.");
        re(12, "19:30", desmond, raParty, "Great, nine o'clock start.");
        Post fePark = say(13, "15:30", wvStation, fenella, "Does anyone know if the Wenlow town car park is free "
                + "on Sundays now?");
        Post raPark = re(13, "16:00", ravi, fePark, "It is since April, the council dropped the Sunday charge. I "
                + "park there for my turns.");
        re(13, "16:10", fenella, raPark, "Thanks Ravi, adding it to the FAQ sheet.");
        // W40
        Post coCharger = re(15, "09:00", connie, feCharger, "Back and brown! The spare charger is in the biscuit "
                + "tin under the buffet counter. Sorry, no signal at all out there.");
        re(15, "09:20", fenella, coCharger, "Biscuit tin, of course. Welcome back!");
        Post deBad = re(15, "10:00", desmond, moList, "Sorry both, I've been dodging this because the answer's "
                + "bad: the couplings haven't come and the brake third won't be ready for Santa. Plan without it.");
        re(15, "10:20", morwenna, deBad, "Thanks for telling us Desmond. I'll ask Holm Bridge if we can borrow "
                + "their accessible coach.");
        re(15, "10:40", gwilym, deBad, "Appreciated. Five coaches it is.");
        Post moElves = say(16, "14:00", wvRota, morwenna, "Santa turns update: Saturdays full, Sundays still need "
                + "two elves: wenlowrota.example/santa-2031");
        re(16, "14:30", connie, moElves, "Put me down as an elf for the 7th, signed up.");
        Post raList = say(17, "09:00", wvStation, ravi, "Told the visitor the wheelchair bay isn't on the Santa "
                + "trains this year; she booked an ordinary Sunday instead. Is there a waiting list in case Holm "
                + "Bridge lend us their coach?");
        re(17, "09:30", morwenna, raList, "Good thinking. Yes, send her to the booking office email and we'll add "
                + "her.");
        Post deLend = say(19, "18:00", wvShed, desmond, "Holm Bridge say yes to lending their accessible coach for "
                + "December. Collecting it 20 November on the low-loader.");
        re(19, "18:20", gwilym, deLend, "Brilliant news Desmond.");
        say(20, "17:00", wvMess, ravi, "Passed my guard's assessment today! Thank you Gwilym, Alasdair and "
                + "Morwenna for all the patience.").react("🎉", gwilym, alasdair, morwenna, connie, desmond);
    }

    private void stately() {
        // W38
        Post phHod = say(1, "09:00", hhNews, philippa, "Heritage Open Days are done: 3,400 of you came through the "
                + "Hall in four days, thank you. From today we're on autumn hours, 10:00 to 16:00, house closed "
                + "Tuesdays.");
        Post beHod = re(1, "09:30", bernard, phHod, "Well done all. The servants' quarters tour was the best thing "
                + "you've done in years.");
        re(1, "10:00", philippa, beHod, "That means a lot Bernard, I'll pass it to the guides.");
        Post toDiary1 = say(1, "11:00", hhGarden, tobias, "Garden diary, week 38: the dahlia border is at its "
                + "peak, the first quinces are colouring on the west wall, and we've started lifting the tender "
                + "salvias for winter.");
        Post anDahlia = re(1, "12:00", anita, toDiary1, "Those dahlias! @Tobias Greenhalgh which is the dark red "
                + "one by the sundial?");
        Post toDahlia = re(1, "13:30", tobias, anDahlia, "That's 'Karma Choc'. It'll flower until the first frost.");
        re(1, "13:45", anita, toDahlia, "Adding it to my list, thank you.");
        joins(2, "10:00", hhAsk, lorcan);
        Post loDog = say(2, "10:15", hhAsk, lorcan, "Just joined as a member. Can I bring my dog into the "
                + "parkland, and is the house dog-free?");
        Post phDog = re(2, "10:40", philippa, loDog, "Welcome Lorcan! Dogs on leads are welcome in the parkland "
                + "and the courtyard café, but not in the house or the walled garden. Your card gets you 10% in the "
                + "café too.");
        re(2, "10:55", lorcan, phDog, "Perfect, Bramble will be thrilled.");
        Post yvScones = say(3, "14:00", hhLounge, yvette, "Had four sets of B&B guests this week who came for the "
                + "Hall. The tearoom scones won them over.");
        re(3, "14:20", anita, yvScones, "The scones are the real heritage here 😄");
        Post beU3a = say(3, "15:00", hhLounge, bernard, "My U3A history group came on Saturday, 22 of them. I told "
                + "them about the member rate and three have joined already.");
        re(3, "15:30", philippa, beU3a, "Thank you Bernard! That's wonderful, tell them to say hello at the desk.")
                .react("❤️", bernard);
        Post anTripod = say(4, "11:00", hhAsk, anita, "Is the long gallery open for photography? Last time a "
                + "steward said no tripods.");
        Post phTripod = re(4, "11:30", philippa, anTripod, "Handheld is fine anywhere in the house. Tripods only on "
                + "the Thursday photography mornings, which members can book at the desk.");
        re(4, "11:45", anita, phTripod, "Thursday mornings it is.");
        Post keApple = say(5, "09:00", hhNews, keeley, "Apple Day is Sunday 12 October: pressing in the stable yard, "
                + "orchard walks with Tobias and the estate cider bar. Free for members, just turn up.");
        Post loApple = re(5, "09:30", lorcan, keApple, "Can dogs come to Apple Day?");
        re(5, "10:00", keeley, loApple, "Yes, it's all in the stable yard and parkland, so dogs on leads are "
                + "welcome.");
        Post phStay = say(7, "11:00", hhLounge, philippa, "Members, we're putting together a list of places to "
                + "stay nearby for visitors who ask at the desk. Any recommendations?");
        Post yvStay = re(7, "11:30", yvette, phStay, "Happy to be on it, obviously! Ours is Mill Beck B&B, two "
                + "miles away: millbeckbandb.example . And the Fleece in the village does good rooms.");
        re(7, "11:50", bernard, phStay, "The Fleece is very good, my sister stays there every spring.");
        re(7, "12:10", philippa, yvStay, "Thank you both, they're both going on the list.");
        // W39
        Post keXmas = say(8, "09:00", hhNews, keeley, "Christmas at Hollinbrook: candlelit tours of the decorated "
                + "house, 5 to 21 December. Tickets on sale now, £18 adults, members £12: "
                + "hollinbrookhall.example/christmas");
        say(8, "09:04", hhLounge, keeley, "Christmas candlelit tour tickets are on sale! Members £12: "
                + "hollinbrookhall.example/christmas");
        say(8, "09:07", hhGarden, keeley, "The garden will be lit for Christmas too! Candlelit "
                + "tour tickets: hollinbrookhall.example/christmas");
        Post bePreview = re(8, "10:30", bernard, keXmas, "@Keeley Marsden will there be a members' preview evening "
                + "like last year? My U3A group would want to book together if so.");
        Post toDiary2 = say(9, "10:00", hhGarden, tobias, "Garden diary, week 39: six thousand tulip bulbs have "
                + "arrived, the big lawn is being scarified, and the rooks are back in the lime avenue.");
        Post loBulbs = re(9, "10:30", lorcan, toDiary2, "Can members help plant the tulips?");
        Post toBulbs = re(9, "11:00", tobias, loBulbs, "Yes! Volunteer bulb planting on 18 October, 10:00, meet at "
                + "the bothy. Gloves provided.");
        re(9, "11:15", lorcan, toBulbs, "Count me in.");
        say(9, "14:00", hhNews, keeley, "Apple Day reminder: Sunday 12 October, 11:00 to 16:00. Bring your own "
                + "apples to press!");
        Post anStep = say(10, "12:00", hhAsk, anita, "Are the Christmas tours step-free? Asking for my mum, who "
                + "uses a wheelchair.");
        Post phStep = re(10, "12:30", philippa, anStep, "The ground floor and the garden route are step-free, and "
                + "the first floor has the lift we put in last year. Ring the desk when booking and we'll note it.");
        re(10, "12:45", anita, phStep, "Thank you, she'll be delighted.");
        Post keCider = say(10, "15:00", hhLounge, keeley, "Who's coming to Apple Day? There's a new cider from the "
                + "estate orchards this year.");
        Post yvCider = re(10, "15:20", yvette, keCider, "Wouldn't miss it. I'm sending my guests too.");
        re(10, "15:40", keeley, yvCider, "Lovely, see you there Yvette.");
        Post beWaiting = say(11, "09:00", hhLounge, bernard, "Still hoping to hear about a members' preview for "
                + "Christmas. Twenty of my U3A lot are waiting to know before they book.");
        re(11, "09:30", anita, beWaiting, "I'd love to know too.");
        say(12, "10:00", hhNews, keeley, "Half-term family trail, 25 October to 2 November: find the Hollinbrook "
                + "mice hidden around the house! Free with admission.");
        // W40
        Post phSorry = re(15, "09:00", philippa, beWaiting, "Bernard, I'm so sorry nobody came back to you. Yes, "
                + "there's a members' preview on 4 December; Keeley will post the details.");
        re(15, "09:20", bernard, phSorry, "Thank you Philippa, I'll tell the group.");
        Post keSorry = re(16, "10:00", keeley, bePreview, "Sorry Bernard, this got buried under Apple Day. The "
                + "preview is 4 December at 18:00, members only, and I can hold 20 places for your group.");
        Post beHold = re(16, "10:20", bernard, keSorry, "Please do! Under Fothergill U3A.");
        re(16, "10:40", keeley, beHold, "Held. Thank you for bringing them.");
        say(16, "14:00", hhNews, philippa, "Apple Day: 2,100 visitors and 400 litres of juice pressed. "
                + "Thank you to everyone who came and to Tobias's team.");
        Post toDiary3 = say(17, "10:00", hhGarden, tobias, "Garden diary, week 40: first frost last night, so the "
                + "dahlias are blackened and coming up. Tuber lifting is Friday if any members want to learn how to "
                + "store them.");
        Post anTubers = re(17, "10:30", anita, toDiary3, "Could I come and watch? I've lost my dahlias two winters "
                + "running.");
        re(17, "11:00", tobias, anTubers, "Of course, 10:00 at the bothy. Bring gloves.");
        Post anLearnt = say(19, "15:00", hhGarden, anita, "Learnt so much at tuber lifting with Tobias: dry them, "
                + "dust them off, store in compost in a cool shed!");
        re(19, "15:20", tobias, anLearnt, "Good student! Report back in April.");
        Post yvTues = say(20, "11:00", hhAsk, yvette, "My guests are asking: does the house open on Tuesdays in "
                + "half-term?");
        Post phTues = re(20, "11:30", philippa, yvTues, "It does, half-term is seven days a week, 10:00 to 16:00.");
        re(20, "11:40", yvette, phTues, "Thanks, I'll tell them.");
        say(21, "10:00", hhNews, keeley, "Members' Christmas preview, 4 December at 18:00: booking opens tomorrow "
                + "at the desk and by phone. Members only, mince pies on us.");
    }

    private void giftTrade() {
        // W38
        Post caMiles = say(1, "08:30", gsLounge, callum, "Monday again. 340 miles last week and the van's making a "
                + "new noise.");
        Post maMiles = re(1, "08:45", marcus, caMiles, "The expensive noise or the ignore-it noise?");
        re(1, "08:50", callum, maMiles, "Expensive. Definitely expensive.");
        Post jaKeyrings = say(1, "09:30", gsAsk, jasper, "Looking for personalised name keyrings for the museum "
                + "shop, the spinner kind with every first name. Who does them with a minimum under 100 a name?");
        Post imHod = say(1, "10:00", gsFloor, imelda, "Castle shop had its best September Saturday ever, Heritage "
                + "Open Days brought the crowds. Tea towels and fudge flying out.");
        re(1, "10:20", sunita, imHod, "Same here, the cathedral shop sold out of bookmarks by two.");
        say(2, "09:00", gsLines, marcus, "Christmas 2031 range is in: baubles, snow globes and crackers printed "
                + "with your attraction's name. Trade from 85p, minimum order £150: ellerygifts.example/christmas-2031");
        say(2, "09:05", gsAsk, marcus, "New Christmas range for attraction shops, printed with your name, trade "
                + "prices from 85p, DM me for the price list: ellerygifts.example/christmas-2031");
        say(2, "09:08", gsFloor, marcus, "Christmas is coming, shop floor! Personalised baubles and globes from 85p "
                + "trade, DM me: ellerygifts.example/christmas-2031");
        Post odFair = say(2, "09:40", gsLounge, odette, "Anyone doing the Harrogate gift fair in January? Thinking "
                + "of sharing a stand.");
        Post caFair = re(2, "10:00", callum, odFair, "I'm there all three days with Tinworth. Stand 4B again.");
        re(2, "10:30", odette, caFair, "I'll pop over and share a coffee run then.");
        Post niTowels = say(2, "13:00", gsAsk, niamh, "Does anyone do tea towels with a custom print at a small "
                + "minimum? We want our red pandas on one.");
        Post odTowels = re(2, "13:30", odette, niTowels, "I do: minimum 50 per design, £3.40 trade, six weeks from "
                + "artwork. Samples here: fairbairnprints.example/custom . Happy to mock one up with your pandas.");
        re(2, "13:50", niamh, odTowels, "That's ideal, I'll send the artwork this week.");
        Post caPallet = say(3, "08:30", gsLounge, callum, "Courier lost a whole pallet of magnets between Leeds "
                + "and York. Third time this year.");
        Post odPallet = re(3, "08:50", odette, caPallet, "Which courier? I switched to Northline and it's been "
                + "much better.");
        re(3, "09:05", callum, odPallet, "PalletRun. I'll look at Northline, cheers.");
        Post suPencils = say(3, "11:00", gsAsk, sunita, "Does any supplier do pencils with a cathedral's name "
                + "foil-printed? The firm we bought from has just closed.");
        Post caMargin = say(3, "15:00", gsLounge, callum, "Is anyone else's margin on pencils getting squeezed? "
                + "Cedar slats are up again.");
        Post maMargin = re(3, "15:20", marcus, caMargin, "Not in pencils, but resin's up 12% for the globes.");
        re(3, "15:35", callum, maMargin, "Grim. Might have to put prices up in January.");
        Post jaEarly = say(4, "10:00", gsFloor, jasper, "How early do you all put Christmas stock out? Our director "
                + "wants it out on 1 October and I'm resisting.");
        Post imEarly = re(4, "10:20", imelda, jaEarly, "Mid October for us, once half-term's planned.");
        say(4, "10:40", gsAsk, marcus, "Still taking Christmas orders for October delivery, minimum £150, DM me for "
                + "the price list: ellerygifts.example/christmas-2031");
        re(4, "11:00", jasper, imEarly, "Advent Sunday would be a fight I'd lose. Mid October feels right, thanks "
                + "both.");
        Post caFlood = say(4, "16:00", gsLounge, callum, "Had a buyer cancel a whole order because her stockroom "
                + "flooded. Feel for her.");
        Post odFlood = re(4, "16:20", odette, caFlood, "Awful. Did she say if she'll reorder?");
        re(4, "16:40", callum, odFlood, "Once the insurance pays out, she reckons.");
        Post caLakes = say(5, "09:00", gsLounge, callum, "Anyone else driving to the Lakes next week? Could share a "
                + "B&B.");
        Post maLakes = re(5, "09:30", marcus, caLakes, "Not me, Cornwall run next week.");
        re(5, "09:40", callum, maLakes, "Solo it is.");
        say(5, "14:00", gsLines, odette, "New for 2032: illustrated county map tea towels, twelve designs, £2.95 "
                + "trade, minimum 24: fairbairnprints.example/county-maps");
        say(6, "10:00", gsFloor, niamh, "Red panda tea towel proof came back from Odette. "
                + "Gorgeous.");
        // W39
        Post caRates = say(8, "08:30", gsLounge, callum, "Morning. Anyone looked at the new courier rates? "
                + "Northline's not cheap either.");
        Post odRates = re(8, "08:50", odette, caRates, "Not cheap, but nothing's gone missing. Callum, there's a "
                + "cathedral buyer asking for foil-printed pencils in buyers-ask, that's your line isn't it?");
        re(8, "09:00", callum, odRates, "It is, I'll get to it. Tinworth do foil from 250.");
        Post imMagnets = say(8, "09:30", gsAsk, imelda, "Anyone supply pocket-money fridge magnets for a castle "
                + "shop, under £2 retail? And pencils with our name on.");
        re(8, "10:00", odette, imMagnets, "Not magnets from me, but pencils and magnets are what "
                + "Callum Verity sells for Tinworth, he's often in the reps' lounge.");
        Post caVan = say(9, "08:30", gsLounge, callum, "Van back from the garage: £640. Told you it was the "
                + "expensive noise.");
        Post maVan = re(9, "08:45", marcus, caVan, "Ouch.");
        Post caSplit = re(9, "09:00", callum, maVan, "Marcus, fancy splitting a pallet to Scotland next month?");
        Post maSplit = re(9, "09:20", marcus, caSplit, "Go on then. The 20th?");
        re(9, "09:30", callum, maSplit, "The 20th works.");
        Post imReorder = at(9, "12:00").in(gsDm).say(imelda, "Hi Odette, can I reorder 100 of the castle tea "
                + "towels? Same artwork as March.");
        Post odReorder = at(9, "12:30").in(gsDm).reply(odette, imReorder, "Of course Imelda, same price, and "
                + "they'll be with you by 3 October. Invoice tonight.");
        at(9, "12:40").in(gsDm).reply(imelda, odReorder, "Brilliant, thank you.");
        Post caTerms = say(10, "08:30", gsLounge, callum, "How are you all handling buyers who want 60-day terms? "
                + "The office wants 30.");
        Post odTerms = re(10, "09:00", odette, caTerms, "30 for new accounts, 60 once they've paid on time twice.");
        re(10, "09:15", callum, odTerms, "That's fair, I'll suggest it to the office.");
        Post niPencils = say(10, "11:00", gsAsk, niamh, "Still looking for a supplier of pencils with our zoo logo, and maybe "
                + "rubbers to match. Anyone?");
        Post caHawes = say(11, "08:30", gsLounge, callum, "Long day: five shops in the Dales. Anyone know a good "
                + "lunch stop near Hawes?");
        Post odHawes = re(11, "08:45", odette, caHawes, "The creamery café. Get the cheese scone.");
        re(11, "09:00", callum, odHawes, "Sold.");
        re(11, "17:00", callum, odHawes, "Cheese scone was everything. Thanks Odette.");
        Post maWrap = say(12, "09:00", gsLounge, marcus, "Anyone got spare bubble wrap? My supplier let me down.");
        Post caWrap = re(12, "09:20", callum, maWrap, "Couple of rolls in the van, I'll drop them at yours Monday.");
        re(12, "09:30", marcus, caWrap, "Legend.");
        // W40
        Post niSamples = re(15, "08:30", callum, niPencils,
                "Sorry for the slow reply Niamh, I'm the Tinworth rep: foil or full-colour pencils from 250, "
                        + "matching rubbers from 500. Happy to post samples, where shall I send them?");
        re(15, "09:00", niamh, niSamples, "Samples would be great: Gift Shop, Penmoor Zoo, the "
                + "postcode's on our website.");
        Post caImelda = re(15, "09:20", callum, imMagnets, "Imelda, sorry I missed this. Magnets from 68p trade, "
                + "minimum 100 a design, and name pencils from 250. Shall I call in next time I'm at the castle?");
        re(15, "09:45", imelda, caImelda, "Yes please, Thursdays are best.");
        Post caSunita = re(15, "10:00", callum, suPencils, "Sunita, foil-printed pencils are exactly what Tinworth "
                + "do. I can bring samples to the cathedral next week.");
        Post suTues = re(15, "10:30", sunita, caSunita, "Please do. Tuesday afternoon?");
        re(15, "10:40", callum, suTues, "Tuesday at 2, see you then.");
        Post caJasper = re(15, "11:00", callum, jaKeyrings, "Jasper, name keyring spinners: 48 per name, minimum "
                + "12 names. Still looking?");
        re(15, "11:30", jasper, caJasper, "We are! Send me the name list and prices.");
        Post caNudge = say(16, "08:30", gsLounge, callum, "Took Odette's nudge and spent yesterday in buyers-ask. "
                + "Four sample requests. Should've done it weeks ago.");
        re(16, "08:50", odette, caNudge, "Told you 😄 That room's where the orders are.");
        say(17, "10:00", gsLines, marcus, "Last call for Christmas delivery before November, minimum £150: "
                + "ellerygifts.example/christmas-2031");
        say(18, "09:00", gsFloor, niamh, "Tinworth pencil samples came already and they're lovely. Glad I asked in "
                + "buyers-ask.");
    }

    private void visitorCentres() {
        // W38
        Post faScar = say(1, "09:00", fvDesk, farida, "Visitor asked today if you can still walk up Scar Fell from "
                + "Kettlebeck with the footbridge out. Is there a way round?");
        Post huScar = re(1, "09:30", hugh, faScar, "Yes: the ford at Low Garth is fine in dry weather, otherwise "
                + "the diversion via Nethergill adds 2 km. Map: fellsideparks.example/diversions/scar-fell");
        re(1, "09:45", farida, huScar, "Brilliant, printing it for the desk.");
        joins(1, "10:00", fvStaff, tegan);
        Post teHello = say(1, "10:10", fvStaff, tegan, "Hi everyone, I'm Tegan, just started at Brackendale centre "
                + "for the autumn season.");
        re(1, "10:30", lindsey, teHello, "Welcome Tegan! Ask anything in desk-questions, someone always knows.");
        say(2, "08:30", fvLinks, ewart, "Winter bus timetables for the 77 and 599 are out: "
                + "fellsidebus.example/winter-2031");
        say(2, "08:35", fvLinks, ewart, "And the district's Heritage Open Days figures: "
                + "fellsidecouncil.example/hod-2031-report");
        Post teRefund = say(2, "11:00", fvDesk, tegan, "How do I refund a car park ticket bought by mistake? The "
                + "machine took a visitor's £8.");
        Post liRefund = re(2, "11:20", lindsey, teRefund, "We can't refund at the desk. Give them the council "
                + "refund form (top drawer, blue folder) and they post it off.");
        re(2, "11:30", tegan, liRefund, "Thanks.");
        say(3, "09:00", fvRoutes, hugh, "Path closure: Nethergill bridleway shut 22 to 26 "
                + "September for drainage works. Diversion map: fellsideparks.example/diversions/nethergill");
        Post faCake = say(4, "10:00", fvStaff, farida, "Who's bringing cake to Friday's network meeting?");
        Post liCake = re(4, "10:20", lindsey, faCake, "I'll bring the coffee. @Tegan Pearce you're welcome to "
                + "come, 2pm at Kettlebeck, if you can get cover.");
        re(4, "10:40", tegan, liCake, "I'll try, depends on cover.");
        Post teDogs = say(4, "15:00", fvDesk, tegan, "Someone asked if dogs are allowed on the Langmere boat. Are "
                + "they?");
        Post faDogs = re(4, "15:20", farida, teDogs, "Small dogs on laps only, big dogs no.");
        re(4, "15:30", tegan, faDogs, "ok thanks");
        Post ewRace = say(6, "08:00", fvRoutes, ewart, "Road closure today: the Kettlebeck fell race shuts the top "
                + "road 10:00 to 14:00.");
        re(6, "08:10", hugh, ewRace, "And the Scar Fell car park will be full by nine, send people to Low Garth.");
        // W39
        Post teSunday = say(8, "09:00", fvDesk, tegan, "Visitor wants to know if there's a bus from Brackendale to "
                + "Ashby Bridge on Sundays. Is there?");
        Post ewSunday = re(8, "09:20", ewart, teSunday, "The 599 runs on Sundays until the end of October, every "
                + "two hours from 09:40. The timetable is in useful-links.");
        re(8, "09:30", tegan, ewSunday, "thanks");
        Post teCoach = say(9, "10:00", fvDesk, tegan, "How do I book a coach party onto the Langmere boat? "
                + "Someone rang.");
        Post liCoach = re(9, "10:30", lindsey, teCoach, "The boat office does groups directly, the number's on the "
                + "laminated card by the phone. Ask them for the 15-plus rate.");
        re(9, "10:40", tegan, liCoach, "ok");
        Post tePrinter = say(10, "09:15", fvDesk, tegan, "Printer's jammed and the visitor sign-in sheet won't "
                + "print. Any tricks?");
        Post faPrinter = re(10, "09:40", farida, tePrinter, "Open the back flap and pull the green lever, then the "
                + "paper slides out. Ours does it weekly.");
        re(10, "09:50", tegan, faPrinter, "thanks");
        say(10, "11:00", fvDesk, lindsey, "@Tegan Pearce while you're on: have you still got any Fellside Way map "
                + "packs at Brackendale? Kettlebeck has run out and a group wants six this weekend.");
        Post ewAurora = say(11, "12:00", fvDesk, ewart, "Anyone else getting asked about the aurora last night? "
                + "Had a dozen people wanting dark-sky spots.");
        re(11, "12:20", farida, ewAurora, "Yes! I sent them to Low Garth car park, no lights for "
                + "miles.");
        Post teCamp = say(12, "09:30", fvDesk, tegan, "What do we tell visitors who want to wild camp? Someone was "
                + "quite insistent.");
        Post huCamp = re(12, "10:00", hugh, teCamp, "It's not allowed in the park without the landowner's say-so. "
                + "Point them to Nethergill campsite, open until November.");
        re(12, "10:10", tegan, huCamp, "thanks");
        Post liPacks = say(12, "11:00", fvDesk, lindsey, "Still after six Fellside Way map packs if anyone has "
                + "spares. Ashby Bridge?");
        Post kiPacks = re(12, "11:30", kirsty, liPacks, "I've got eight, I'll drop six over on my way home.");
        re(12, "11:40", lindsey, kiPacks, "You're a star Kirsty.");
        Post kiCourse = say(13, "16:00", fvStaff, kirsty, "Heads up: I'm on the visitor first-aid course Monday to "
                + "Wednesday next week, no phones in the training room. Back Thursday.");
        re(13, "16:10", lindsey, kiCourse, "Good luck with it!");
        // W40
        Post faLost = say(15, "10:00", fvDesk, farida, "@Kirsty Lomax when you're back: do you still have the Ashby "
                + "Bridge lost-property log? A visitor's asking about a camera from August.");
        say(15, "11:00", fvLinks, ewart, "Half-term events across the park: fellsideparks.example/half-term-2031");
        say(15, "11:05", fvLinks, ewart, "October dark-sky events guide: fellsidedarksky.example/october");
        Post faWalks = say(16, "08:40", fvDesk, farida, "When do Brackendale's Sunday guided walks stop for the "
                + "winter?");
        Post teWalks = re(16, "09:00", tegan, faWalks, "The last one is 26 October, then they're back at Easter. "
                + "We've got leaflets at Brackendale if you'd like some.");
        Post faLeaflets = re(16, "09:15", farida, teWalks, "Yes please, ten if you can spare them.");
        re(16, "09:30", tegan, faLeaflets, "They'll go in Thursday's courier bag.");
        Post tePacks = say(16, "09:35", fvDesk, tegan, "And sorry @Lindsey Hargrave, I never answered about the "
                + "map packs. We only had two.");
        re(16, "09:45", lindsey, tePacks, "No worries, Kirsty saved the day.");
        Post huFord = say(17, "14:00", fvRoutes, hugh, "Low Garth ford is closed after the rain, deep and fast. "
                + "Send walkers on the Nethergill diversion: fellsideparks.example/diversions/scar-fell");
        re(17, "14:20", farida, huFord, "Updating the desk notice now.");
        Post kiLog = re(18, "09:00", kirsty, faLost, "Back from the course! The log's in the Ashby Bridge office. "
                + "No camera in August, sorry, only a tripod.");
        re(18, "09:20", farida, kiLog, "I'll let them know, thanks Kirsty.");
        Post teEv = say(19, "12:00", fvDesk, tegan, "Visitor asked where the nearest EV charger to Brackendale is, "
                + "I said the pub at Nethergill. Is that right?");
        Post huEv = re(19, "12:20", hugh, teEv, "Yes, two at the Nethergill Arms, and there's one in the "
                + "Kettlebeck car park.");
        re(19, "12:30", tegan, huEv, "Good, I'll add Kettlebeck to our list.");
    }

    private void outings() {
        // W38
        Post clMuseum = say(1, "10:00", goAsk, clifford, "Has anyone taken a group to the Eastbeck railway museum? "
                + "Wondering about coach parking.");
        Post maMuseum = re(1, "10:30", maureen, clMuseum, "Took the WI in June. Coaches drop at the gate and park "
                + "in the overflow field for free. Lunch in the old goods shed is good for 40.");
        re(1, "10:45", clifford, maMuseum, "That's just what I needed, thank you Maureen.");
        Post deSea = say(1, "14:00", goReports, declan, "Took eight residents to the seaside on Friday. Fish and "
                + "chips on the prom, and one lady paddled for the first time in forty years.");
        re(1, "14:20", maureen, deSea, "That's made my day, Declan.");
        say(1, "16:00", goIntro, anselm, "Hi all, Anselm here. I run Rudd's Coach Days, day trips from Ripon: "
                + "ruddcoachdays.example/page");
        Post vaHello = say(2, "09:00", goIntro, vanessa, "Hello all, I'm Vanessa and I look after group visits at "
                + "Brackenholme Pottery: factory tours, paint-your-own and a tearoom. Groups page: "
                + "brackenholmepottery.example/groups");
        Post maHello = re(2, "09:20", maureen, vaHello, "Welcome Vanessa, our WI loved your factory tour a few "
                + "years back.");
        re(2, "09:30", vanessa, maHello, "Lovely to hear Maureen, thank you!");
        say(2, "10:00", goOffers, vanessa, "Brackenholme Pottery autumn groups offer: factory tour, paint-a-mug and "
                + "cream tea, £16.50 a head for 15+, weekdays until 19 December. brackenholmepottery.example/groups");
        joins(3, "11:00", goIntro, shirin);
        Post shHello = say(3, "11:10", goIntro, shirin, "Hello, I'm Shirin. I've just taken over outings for our "
                + "church's Wednesday club, about 30 of us, mostly over 70. First trip is in October and I'm a bit "
                + "nervous!");
        re(3, "11:30", vanessa, shHello, "Welcome Shirin! You'll be fine, everyone here is very helpful.");
        Post maTip = re(3, "11:45", maureen, shHello, "Welcome! First tip: always ring ahead about toilets and "
                + "steps. Ask anything.");
        re(3, "12:00", shirin, maTip, "Thank you both, that's a great tip.");
        Post vaDm = at(4, "09:00").in(goDm).say(vanessa, "Hi Shirin, lovely to meet you yesterday. For a church "
                + "club of 30, our factory tour, paint-a-mug and cream tea is £16.50 a head, and I can hold "
                + "Wednesday 15 October for you if you book by Friday: brackenholmepottery.example/groups");
        Post shDm = at(4, "13:00").in(goDm).reply(shirin, vaDm, "Thanks Vanessa. I'll take it to the committee, "
                + "though I think they want somewhere outdoors the first time.");
        at(4, "13:20").in(goDm).reply(vanessa, shDm, "Of course, no pressure at all.");
        Post shFrames = say(4, "15:00", goAsk, shirin, "What do people do about members with walking frames on "
                + "coaches? Do the drivers help?");
        Post deFrames = re(4, "15:30", declan, shFrames, "Most drivers will load frames into the locker, but tell "
                + "the coach firm when you book so they send a coach with a lift or a low step.");
        re(4, "15:45", shirin, deFrames, "I didn't know you could ask for a low step. Thank you Declan.");
        Post maLunch = say(5, "10:00", goAsk, maureen, "Can anyone recommend a venue with a good sit-down lunch for "
                + "40, within an hour of Harrogate? For November.");
        Post vaLunch = re(5, "10:30", vanessa, maLunch, "Ours might suit: two-course lunch in the tearoom for "
                + "groups up to 50, £14 a head, 50 minutes from Harrogate. brackenholmepottery.example/groups");
        re(5, "10:45", clifford, maLunch, "The Swan at Aldby did us a lovely roast for 38 last year.");
        re(5, "11:00", maureen, vaLunch, "Two good options, thank you both.");
        // W39
        Post clReport = say(8, "10:00", goReports, clifford, "U3A trip to the Eastbeck railway museum yesterday. "
                + "Thanks to Maureen's tip we parked in the field and the goods shed lunch was superb. Two of our "
                + "members rode on the footplate!");
        re(8, "10:20", maureen, clReport, "So glad it went well!");
        Post anLike = re(8, "11:00", anselm, clReport, "Great report! Could you give our page a like and share it "
                + "with your members? Autumn trips are on there: ruddcoachdays.example/page");
        re(8, "11:30", clifford, anLike, "I'll have a look.");
        say(9, "09:00", goAsk, anselm, "Morning all, could you follow our page and share our autumn day trips with "
                + "your clubs? It would really help a small firm: ruddcoachdays.example/page");
        Post deCalm = say(9, "10:00", goAsk, declan, "Any ideas for an outing for residents living with dementia? "
                + "Somewhere calm, not much walking.");
        re(9, "10:30", maureen, deCalm, "A garden centre with a café is often perfect, and quiet on weekday "
                + "mornings.");
        Post vaCalm = re(9, "10:40", vanessa, deCalm, "The pottery does quiet dementia-friendly mornings on "
                + "Tuesdays, carers free, if that's any use.");
        re(9, "11:00", declan, vaCalm, "Both lovely ideas. The Tuesday morning sounds just right, I'll ring you "
                + "Vanessa.");
        say(10, "09:00", goOffers, vanessa, "Christmas at Brackenholme: paint-a-bauble, mince pies and the factory "
                + "shop, £12.50 a head for 15+, 1 to 19 December. brackenholmepottery.example/christmas-groups");
        Post maGala = say(11, "14:00", goReports, maureen, "WI trip to the Wenlow Valley Railway gala. Steam, "
                + "sunshine and a buffet car with very good flapjack. Forty-one of us and nobody got lost!");
        re(11, "14:30", anselm, maGala, "Lovely! Please like our page too, we run trips to the railway: "
                + "ruddcoachdays.example/page");
        Post shGala = re(11, "15:00", shirin, maGala, "That sounds perfect for our club next spring. Was the train "
                + "easy for people with sticks?");
        re(11, "15:30", maureen, shGala, "Very. Ask for the coach with the ramp and they'll put you at the "
                + "platform end.");
        Post shHall = say(12, "10:00", goAsk, shirin, "Our committee chose Hollinbrook Hall gardens for our first "
                + "trip. Any tips for the Hall with a group?");
        Post clHall = re(12, "10:30", clifford, shHall, "Book the tearoom ahead, it fills with coach parties. And the "
                + "parkland buggy takes four at a time if anyone struggles.");
        re(12, "10:50", shirin, clHall, "Booking the tearoom today, thank you.");
        // W40
        Post shDone = say(15, "10:00", goReports, shirin, "Our first outing went beautifully! 28 of us at "
                + "Hollinbrook Hall, tearoom booked, the buggy for two members. Thank you all for the tips.");
        re(15, "10:20", maureen, shDone, "Well done Shirin! Told you you'd be fine.");
        re(15, "10:30", declan, shDone, "Brilliant first trip.");
        re(15, "11:00", vanessa, shDone, "Congratulations Shirin!");
        Post dePottery = say(16, "10:00", goReports, declan, "Residents' pottery morning at Brackenholme on "
                + "Tuesday: calm and kind, and the staff knew exactly what to do. Thank you Vanessa.");
        re(16, "10:20", vanessa, dePottery, "It was a joy having them, Declan. Come back any time.");
        say(17, "09:00", goOffers, anselm, "Rudd's Coach Days November trips: York Christmas market £29, Whitby "
                + "£25, from Ripon and Harrogate. ruddcoachdays.example/trips");
    }

    private void guides() {
        // W38
        Post wiScaff = say(1, "09:00", bbRoom, wilfred, "Heads up: the Minster's north transept is shut for "
                + "scaffolding until Christmas. Rethink your routes.");
        re(1, "09:20", isolde, wiScaff, "Thanks Wilfred, that kills my rose window stop. Chapter house first "
                + "instead.");
        Post saCrypt = re(1, "09:40", saoirse, wiScaff, "Is the crypt still open? I'd planned it for my first solo "
                + "group on Thursday.");
        Post wiCrypt = re(1, "10:00", wilfred, saCrypt, "Open, but only 15 at a time. Split the group.");
        re(1, "10:10", saoirse, wiCrypt, "Will do, thank you.");
        Post haYear8 = say(2, "11:00", bbAsk, hamza, "I'm a history teacher planning a Year 8 trip on 2 October, "
                + "30 pupils. How much would a Blue Badge guide cost for a half-day city walk?");
        Post isYear8 = re(2, "11:30", isolde, haYear8, "Half a day for a school group is usually £160 to £190. I do "
                + "a Romans-to-Vikings walk for Year 8s, £170 with worksheets. DM me your date and I'll check.");
        re(2, "11:50", hamza, isYear8, "That's within budget. I'll DM you today.");
        say(2, "14:00", bbDates, tristram, "Open in October: 4, 11, 18 and 25. Minster and city walls, half day "
                + "£180, full day £300, groups to 25, English or French.");
        Post deRain = say(3, "10:00", bbAsk, delphine, "We're visiting from Lyon next week with the children. Is "
                + "there anything good to do on a rainy Sunday evening?");
        Post saRain = re(3, "10:30", saoirse, deRain, "A ghost walk is great fun in the rain! I run one on Sundays "
                + "from the Shambles at 19:00, £12, or the Merchant Adventurers' Hall has candlelit evenings.");
        re(3, "10:50", delphine, saRain, "Merci! We'll try yours.");
        Post glThanks = say(3, "15:00", bbGuestBook, glenys, "Belated thanks to @Tristram Ellwood for our walls "
                + "tour in August. Twelve of us, all in our seventies, and he paced it perfectly.");
        re(3, "16:00", tristram, glThanks, "Thank you Glenys, a pleasure. Your group asked the best questions.");
        Post saSolo = say(4, "09:00", bbRoom, saoirse, "First solo group done! 22 Americans, the crypt in two "
                + "halves as Wilfred said. Nobody fell down the steps.");
        re(4, "09:20", isolde, saSolo, "Well done! The first one's the scariest.");
        re(4, "09:30", wilfred, saSolo, "Told you the crypt trick works.");
        Post trTreas = say(4, "13:00", bbRoom, tristram, "Has anyone got a reliable contact at the Treasurer's "
                + "House? They've changed their group booking line.");
        Post isTreas = re(4, "13:30", isolde, trTreas, "Ask for Margot in visitor services, she's lovely. The new "
                + "number is on their trade page.");
        re(4, "13:40", tristram, isTreas, "Thanks Isolde.");
        Post haKit = say(5, "10:00", bbAsk, hamza, "Do guides usually carry a first-aid kit on school walks, or "
                + "should we bring our own?");
        Post wiKit = re(5, "10:20", wilfred, haKit, "Bring your own for the pupils' medicines; most of us carry a "
                + "basic kit as well.");
        re(5, "10:30", hamza, wiKit, "Good to know, thanks.");
        // W39
        Post glGroup = say(8, "10:00", bbGuestBook, glenys, "@Tristram Ellwood I've recommended you to my walking "
                + "group and they're keen! Could you do the city walls tour for fourteen of them on Saturday 18 "
                + "October, in the morning?");
        Post deFrench = say(8, "11:00", bbAsk, delphine, "We loved York! Friends are coming in October and want a "
                + "private guide for the Minster in French. Does anyone guide in French?");
        Post trFrench = re(8, "11:20", tristram, deFrench, "I do! Minster and walls in French, half day £180. The "
                + "11th and 18th are free. Shall I pencil one in?");
        Post deEleventh = re(8, "11:40", delphine, trFrench, "The 11th please, I'll send their names.");
        re(8, "11:50", tristram, deEleventh, "Pencilled in for the 11th, 10:00 at the west door.");
        Post haViking = say(9, "09:00", bbAsk, hamza, "Another one: is anyone doing a Viking-themed walk for a "
                + "Year 5 group in December?");
        Post trViking = re(9, "09:20", tristram, haViking, "Yes, I do a Jorvik-to-Coppergate walk for primaries, "
                + "£150 half day, December dates open. Want me to hold one?");
        Post haCheck = re(9, "09:40", hamza, trViking, "Isolde's doing our Year 8s, so I'll check with her first "
                + "if that's ok.");
        re(9, "10:00", isolde, haCheck, "Go with Tristram for Year 5, Hamza, his Viking walk is the best in the "
                + "city.");
        Post haNinth = re(9, "10:15", hamza, trViking, "Then Tristram it is, 9 December please.");
        re(9, "10:30", tristram, haNinth, "Held for 9 December, confirmation coming by email.");
        say(10, "14:00", bbDates, tristram, "Update: October now 4 and 25 only. December school walks available, "
                + "£150 half day.");
        re(11, "09:00", glenys, glGroup, "@Tristram Ellwood just checking you saw this, the group needs to know by "
                + "the end of the month.");
        Post trBusy = say(11, "10:00", bbRoom, tristram, "Busiest autumn I've had. Anyone else finding French "
                + "requests up this year?");
        re(11, "10:20", saoirse, trBusy, "Yes! I'm brushing up my Italian for the same reason.");
        re(11, "10:30", isolde, trBusy, "The cruise lines are sending more French groups through Hull.");
        Post deTower = say(12, "09:00", bbAsk, delphine, "My friends also ask: is the Minster tower climb included "
                + "in a guided tour?");
        Post trTower = re(12, "09:20", tristram, deTower, "Not included, it's £6 extra and timed. I can book them "
                + "the 11:30 climb after our tour.");
        re(12, "09:30", delphine, trTower, "Yes please!");
        Post deGhost = say(12, "15:00", bbGuestBook, delphine, "Thank you @Saoirse Dolan for the rainy ghost walk, "
                + "the children still talk about the headless drummer!");
        re(12, "15:30", saoirse, deGhost, "Merci Delphine! So glad they enjoyed it.");
        Post wiFees = say(13, "10:00", bbRoom, wilfred, "Fees check: what's everyone charging for a full day now?");
        re(13, "10:30", tristram, wiFees, "£300, going up in January.");
        re(13, "10:40", saoirse, wiFees, "£260 while I'm new.");
        // W40
        Post trSorry = re(16, "18:00", tristram, glGroup, "Glenys, I'm so sorry, I missed this in a mad fortnight. "
                + "The 18th has gone, but I could do Saturday 25 October in the morning for your fourteen?");
        Post gl25 = re(16, "18:30", glenys, trSorry, "The 25th works, we'll take it. Thank you.");
        re(16, "18:45", tristram, gl25, "Booked. And thank you for recommending me to them.");
        Post haRomans = say(18, "16:00", bbGuestBook, hamza, "Thanks to @Isolde Brannigan for a brilliant "
                + "Romans-to-Vikings walk with our Year 8s today. They say the Roman toilets were the best bit.");
        re(18, "16:30", isolde, haRomans, "They were a joy, Hamza. Bring them back in Year 9!");
    }

    private void openGardens() {
        // W38
        say(1, "10:00", ogDiary, cressida, "Plas Derwen, open Sunday 21 September, 11:00 to 17:00, entry £6 for "
                + "the hospice, teas by the WI. Our last open day of the year!");
        say(1, "10:30", ogDiary, oonagh, "Brereton Court, open Sunday 28 September, 12:00 to 16:00, £5 for the air "
                + "ambulance. The asters will be at their best.");
        Post mgCoach = say(2, "09:00", ogAsk, margery, "I organise our gardening club's trips. Can a 33-seat coach "
                + "get down the lane to Plas Derwen?");
        Post crCoach = re(2, "09:30", cressida, mgCoach, "It can, just. Drop at the gate and the driver parks in the "
                + "field opposite. Tell me the time and I'll have someone waving him in.");
        re(2, "09:45", margery, crCoach, "Wonderful, we'll aim for 11:30 on the 21st.");
        Post keTripod = say(3, "10:00", ogAsk, kenji, "Are tripods allowed at the open gardens? I photograph "
                + "gardens as a hobby.");
        re(3, "10:20", oonagh, keTripod, "At mine, yes, just not on the narrow paths when it's busy.");
        Post crTripod = re(3, "10:30", cressida, keTripod, "Same at Plas Derwen.");
        re(3, "10:40", kenji, crTripod, "Thank you both.");
        say(4, "09:00", ogStall, hywel, "Spare from the garden, collect from Llanfair: hardy geraniums £4, "
                + "hellebores £5, salvia 'Amistad' £6. Message me.");
        Post crTeas = say(4, "16:00", ogShed, cressida, "Teas rota for Sunday is tight, the WI are two short. "
                + "Anyone got a spare pair of hands?");
        Post ooTeas = re(4, "16:30", oonagh, crTeas, "I'll come and do the washing up, my open day isn't till the "
                + "28th.");
        re(4, "16:40", cressida, ooTeas, "Bless you Oonagh.");
        Post leMadeira = say(5, "12:00", ogShed, leopold, "I'm in Madeira from Monday, back on Saturday the 27th. "
                + "Levada walks and no emails.");
        re(5, "12:20", hywel, leMadeira, "Jealous. Bring back a bird of paradise.");
        Post mgThanks = say(7, "18:00", ogAsk, margery, "Thank you @Cressida Bellamy, the club had the loveliest "
                + "day at Plas Derwen. I've told the Ludlow club next door about you, they'll be in touch about "
                + "next year.");
        re(7, "18:30", cressida, mgThanks, "Thank you Margery! It was a joy to see you all.");
        Post phSalvia = say(7, "19:00", ogAsk, philomena, "What was the tall blue salvia by the pond at Plas Derwen "
                + "today? I need it.");
        Post crSalvia = re(7, "19:20", cressida, phSalvia, "Salvia 'Amistad'. Hywel had some in plant-stall.");
        // W39
        re(8, "08:30", philomena, crSalvia, "Found them, thank you!");
        Post phAmistad = say(8, "08:40", ogStall, philomena, "@Hywel Jenkins are the 'Amistad' salvias still "
                + "available? Could I collect on Saturday?");
        Post hyAmistad = re(8, "09:00", hywel, phAmistad, "Yes, two left, £6 each. Saturday morning is fine, I'm in "
                + "all day.");
        re(8, "09:10", philomena, hyAmistad, "I'll take both, see you Saturday.");
        say(8, "09:30", ogAsk, hywel, "Autumn clear-out at mine: hellebores £5, asters £4, salvias £6, DM me to "
                + "collect.");
        Post keAcers = say(9, "11:00", ogAsk, kenji, "@Leopold Feeney is your garden opening for the autumn colour weekend in "
                + "October? The acers were wonderful last year.");
        Post phPark = say(9, "14:00", ogAsk, philomena, "Where do you park for Brereton Court? The lane looked "
                + "narrow.");
        re(9, "14:30", hywel, phPark, "On the village green, it's a five-minute walk.");
        Post ooPark = re(9, "14:50", oonagh, phPark, "Hywel's right, the green is best. We put a sign up on open "
                + "days.");
        re(9, "15:00", philomena, ooPark, "Thanks both.");
        Post ooUrns = say(10, "10:00", ogShed, oonagh, "Setting up for Sunday: does anyone lend tea urns?");
        Post crUrns = re(10, "10:20", cressida, ooUrns, "Two in my barn, come and take them.");
        Post ooThurs = re(10, "10:40", oonagh, crUrns, "Perfect. Thursday?");
        re(10, "10:50", cressida, ooThurs, "Thursday's fine.");
        Post mgSnow = say(11, "09:00", ogAsk, margery, "Does anyone open in spring for snowdrops? Our club wants a "
                + "February trip.");
        Post ooSnow = re(11, "09:30", oonagh, mgSnow, "I open for snowdrops on the second Sunday of February, "
                + "coaches welcome, parking on the green.");
        re(11, "09:45", margery, ooSnow, "Pencilling it in!");
        say(11, "15:00", ogAsk, hywel, "Reminder, still got asters at £4 and hellebores at £5 from the clear-out, "
                + "DM me.");
        Post leBack = re(13, "10:00", leopold, keAcers,
                "Just back from Madeira! Yes, open 18 and 19 October for the acers, 10:00 to 16:00, £5 for the "
                        + "village hall.");
        re(13, "10:30", kenji, leBack, "Wonderful, I'll be there with the tripod.");
        Post phAsters = say(14, "18:00", ogAsk, philomena, "Brereton Court today was glorious. That aster walk!");
        re(14, "18:20", oonagh, phAsters, "Thank you for coming Philomena.");
        // W40
        Post ooTotal = say(15, "09:00", ogShed, oonagh, "Brereton Court raised £1,920 for the air ambulance. Thank "
                + "you Cressida for the urns.");
        re(15, "09:20", cressida, ooTotal, "Fantastic total!");
        say(16, "10:00", ogDiary, hywel, "hywelsgarden.example/autumn-plants full autumn plant list with prices, "
                + "collection only");
        Post keOctober = say(16, "12:00", ogAsk, kenji, "Which gardens are worth visiting in October, besides "
                + "Leopold's acers?");
        Post crOctober = re(16, "12:30", cressida, keOctober, "Plas Derwen's closed now, but the Castell Gwyn "
                + "arboretum opens at weekends till November.");
        re(16, "12:45", kenji, crOctober, "Thank you, adding it.");
        say(17, "10:00", ogDiary, leopold, "Ty Mawr, open 18 and 19 October, 10:00 to 16:00, £5 for the village "
                + "hall. Acers and the new fern dell.");
        Post leFern = say(18, "09:00", ogShed, leopold, "Madeira gave me ideas: I'm planting a tree fern. Mad?");
        Post hyFern = re(18, "09:20", hywel, leFern, "Mad. Wrap it well in winter.");
        re(18, "09:30", leopold, hyFern, "Fleece already bought.");
        Post mgLudlow = say(19, "11:00", ogAsk, margery, "The Ludlow club have booked Plas Derwen for June, "
                + "thank you Cressida!");
        re(19, "11:30", cressida, mgLudlow, "Wonderful, I'll look after them.");
    }

    private void boatTrips() {
        // W38
        say(1, "07:30", pcHarbour, ailsa, "Spring tides this week: low water around 13:00, the inner harbour steps "
                + "are dry from 11:30 to 14:30. Boarding from the pontoon only.");
        say(1, "08:00", pcAsk, bryn, "Sailing today 10:30 and 14:00 to the Gannet Stacks, seals guaranteed. Adults "
                + "£22, kids £12, book: carrowboattrips.example/book");
        Post yuCalm = say(1, "09:00", pcAsk, yusuf, "Visiting Thursday with my dad, who gets seasick. Which trip "
                + "is calmest?");
        Post moCalm = re(1, "09:30", morag, yuCalm, "The inshore seal trip is calmest, it stays in the lee of the "
                + "island. Ours goes at 11:00, £18, book at strachansailings.example/seals . Ginger biscuits help "
                + "too!");
        re(1, "09:45", yusuf, moCalm, "Ginger biscuits noted. Booked the 11:00, thanks Morag.");
        say(1, "17:00", pcLog, ciaran, "Today: forty-odd grey seals hauled out on the Outer Skerry, two porpoises "
                + "off the point at 11:40.");
        say(2, "07:45", pcAsk, bryn, "Sailing today 10:30 and 14:00 to the Gannet Stacks. Adults £22, kids £12, "
                + "book: carrowboattrips.example/book");
        Post moImpeller = say(2, "12:00", pcWheel, morag, "Port engine on the Kittiwake was running hot yesterday. "
                + "Impeller again, I reckon.");
        Post brImpeller = re(2, "12:20", bryn, moImpeller, "Change it before the weekend, they always go at the "
                + "worst time. I've a spare if you need one.");
        re(2, "12:40", morag, brImpeller, "You're a lifesaver Bryn, I'll pick it up tonight.");
        say(2, "17:10", pcLog, morag, "Late puffins still on the north face, maybe a dozen. Last of the season.");
        say(3, "07:40", pcAsk, bryn, "Sailing today 10:30 and 14:00 to the Gannet Stacks, book: "
                + "carrowboattrips.example/book . Adults £22, kids £12.");
        Post peJackets = say(3, "10:00", pcAsk, petra, "Are boat trips ok for a three-year-old? Do you have small "
                + "lifejackets?");
        Post ciJackets = re(3, "10:20", ciaran, peJackets, "We carry child and infant lifejackets on the Kittiwake, "
                + "and most little ones love the seals. Bring a warm hat, it's colder on the water.");
        re(3, "10:40", petra, ciJackets, "That's reassuring, thank you!");
        Post aiWind = say(4, "08:00", pcHarbour, ailsa, "Small craft warning for Friday: southwesterly 6 to 7 from "
                + "midday. Skippers, plan for mornings only.");
        re(4, "08:30", morag, aiWind, "Thanks Ailsa, Friday afternoon cancelled on ours.");
        Post brLumpy = say(4, "09:00", pcWheel, bryn, "Friday's going to be lumpy. Anyone running the 14:00?");
        Post moLumpy = re(4, "09:15", morag, brLumpy, "Not a chance. Mornings only.");
        re(4, "09:20", bryn, moLumpy, "Same, I'll move people.");
        say(5, "07:30", pcAsk, bryn, "Friday sailing 10:30 only, afternoon cancelled for wind. Adults £22, kids "
                + "£12, book: carrowboattrips.example/book");
        Post yuMinke = say(5, "17:00", pcLog, yusuf, "From yesterday's 11:00 trip: a seal pup on the skerry and a "
                + "minke whale, briefly! Dad was fine.");
        re(5, "17:30", morag, yuMinke, "A minke in September, you lucky things! Glad your dad managed.");
        Post ciDolphins = say(6, "16:00", pcLog, ciaran, "Bottlenose dolphins in the bay at 15:10, a pod of six "
                + "heading north.");
        re(6, "16:20", petra, ciDolphins, "We saw them from the harbour wall! The kids went wild.");
        // W39
        Post aiAdverts = say(8, "08:00", pcHarbour, ailsa, "A request to skippers: please keep sailing adverts in "
                + "visitors-ask to one post a week. Visitors told us their questions were getting buried.");
        re(8, "08:30", bryn, aiAdverts, "Fair point, that's me. Sorry Ailsa, one a week from now on.");
        say(8, "09:00", pcAsk, bryn, "This week's sailings: daily 10:30 and 14:00 to the Gannet Stacks, weather "
                + "permitting. Adults £22, kids £12: carrowboattrips.example/book");
        Post inBack = say(9, "10:00", pcAsk, ingrid, "We're back in the village for a week! Last year we saw "
                + "puffins in June. What might we see now?");
        Post brBack = re(9, "10:30", bryn, inBack, "Grey seals with pups on the skerries, gannets still diving, and "
                + "dolphins if you're lucky. The 14:00 goes past the pupping beach.");
        re(9, "10:45", ingrid, brBack, "Pups! We'll book the 14:00 for Wednesday.");
        Post inPups = say(11, "17:00", pcLog, ingrid, "From Bryn's 14:00 today: eleven seal pups and a gannet "
                + "diving right beside the boat. Magical, thank you @Bryn Carrow.");
        re(11, "17:20", bryn, inPups, "Thanks for coming back Ingrid, you brought the sunshine.");
        Post ciRaft = say(11, "18:00", pcWheel, ciaran, "Anyone got a contact for life raft servicing? Ours is due "
                + "in November.");
        Post brRaft = re(11, "18:15", bryn, ciRaft, "Coastline Safety in Amble, ask for Fergus.");
        re(11, "18:30", ciaran, brRaft, "Cheers Bryn.");
        Post peBuggy = say(12, "09:00", pcAsk, petra, "Is the seal trip ok with a buggy, or should we use a "
                + "carrier?");
        Post moBuggy = re(12, "09:20", morag, peBuggy, "A carrier's better, the gangway is steep at low tide.");
        re(12, "09:30", petra, moBuggy, "Carrier it is, thanks!");
        say(13, "17:00", pcLog, morag, "Grey seal pups: count is up to 23 on the Outer Skerry.");
        // W40
        say(15, "08:00", pcHarbour, ailsa, "End of season: the pontoon comes out for winter on 27 October, so the "
                + "last sailings are on or before the 26th.");
        say(15, "08:30", pcAsk, bryn, "Last three weeks of the season: daily 10:30 seal pup trips, adults £22, kids "
                + "£12: carrowboattrips.example/book");
        Post moDinner = say(15, "12:00", pcWheel, morag, "Pontoon out on the 27th. Anyone fancy a skippers' "
                + "end-of-season dinner?");
        re(15, "12:20", bryn, moDinner, "I'm in.");
        Post yuHalf = say(16, "10:00", pcAsk, yusuf, "Dad wants to come back at October half-term. Will anyone "
                + "still be running trips?");
        Post moHalf = re(16, "10:30", morag, yuHalf, "We run until the 26th. Half-term's the busiest week, so book "
                + "ahead.");
        re(16, "10:45", yusuf, moHalf, "Will do, thank you.");
        Post ciOtter = say(17, "08:10", pcLog, ciaran, "Otter on the harbour steps at 07:50! First one this year.");
        Post peOtter = re(18, "09:00", petra, ciOtter, "We saw it too! Thank you for posting, we'd never have "
                + "looked.");
        re(18, "09:20", ciaran, peOtter, "Glad you caught it!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes107Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 107");
    }
}
