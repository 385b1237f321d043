package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 148 (sealed): eight communities of cricket and club sport, of kinds no earlier round used (cricket
 * groundsmen and pitch contractors, Square Leg Groundsmen, with a room where club secretaries and chairs ask, a
 * kit-for-sale room, a contractor whose advice to a new club volunteer ends with an offer to come and scarify, and a
 * contractor who spends a week running an exam-revision group for fellow groundsmen sitting their turf-science
 * qualification while his returning club secretary and a new club chair who asked for him by name wait; cricket bat
 * makers and repairers, Willow &amp; Grain, with a bat-asks room where players and parents ask, a for-sale room, a
 * maker who scatters his new-season link into three rooms and posts pre-orders with "DM me", a maker who shows her
 * first bat in the workshop and lists it for sale, and a new maker who answers a parent's knocking-in question with a
 * priced "DM me"; a village cricket club's own server, Ashby Green CC, where nobody sells, with a young player helped
 * on three days who gives nothing back and a volunteer away in Spain who said so; private cricket coaches, Front Foot
 * Coaches, with introductions, a room where parents and players ask, a coach who talks about himself for a week, a
 * coach away on a course who said so and a coach who leaves his own client's mother waiting; a county cricket league's
 * volunteers, Downland Cricket League, where nobody sells, with an umpire who asks the league to subscribe to his
 * channel and a fixtures secretary who posts the league's notices for a week; an indoor cricket centre's own server,
 * Kingsmead Indoor Cricket Centre, with its Staff and Members, two DMs, a manager who leaves a junior parent's
 * refund question four days and a physio member who pitches a newcomer in the chat and by DM; a cricket equipment
 * shop's own server, Long Room Cricket, with its Staff and Customers, a DM, a shop hand who posts four product links
 * in five minutes and a customer's Friday question over the shop's closed weekend; cricket tour operators, Touring
 * Party, with a room where club tour secretaries ask, a tours-offered room, an operator who pitches a new tour
 * secretary in the room and by DM and an operator who posts his own tours to nobody for a week), over three ISO weeks
 * (2034-W45 to W47), written and labelled by writer148 (session 67) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-148.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes148Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2034, 11, 6);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2034, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-148";
    private static final int BASE = 116400;

    // --- A. cricket groundsmen and pitch contractors ---
    private final String square = cast.guild(1761);
    private final Channel slSquare = cast.channel(square, "Square Leg Groundsmen", "the-square",
            "groundsmen and pitch contractors among ourselves: squares, outfields, machinery, the trade",
            "sl-the-square.json");
    private final Channel slAsks = cast.channel(square, "Square Leg Groundsmen", "club-asks",
            "club secretaries, chairs and volunteers ask about their grounds; groundsmen reply", "sl-club-asks.json");
    private final Channel slKit = cast.channel(square, "Square Leg Groundsmen", "kit-for-sale",
            "sell and swap rollers, mowers, scarifiers and loam", "sl-kit-for-sale.json");
    private final Persona gareth = cast.person("gareth.pryce", "Gareth Pryce");
    private final Persona owain = cast.person("owain.tudor", "Owain Tudor");
    private final Persona stan = cast.person("stan.whitlock", "Stan Whitlock");
    private final Persona kezia = cast.person("kezia.bright", "Kezia Bright");
    private final Persona maureen = cast.person("maureen.ashcroft", "Maureen Ashcroft");
    private final Persona felix = cast.person("felix.harrow", "Felix Harrow");
    private final Persona ros = cast.person("ros.pennington", "Ros Pennington");

    // --- B. cricket bat makers and repairers ---
    private final String willow = cast.guild(1762);
    private final Channel wgWorkshop = cast.channel(willow, "Willow & Grain", "workshop",
            "bat makers and repairers among ourselves: clefts, pressing, handles, the trade", "wg-workshop.json");
    private final Channel wgAsks = cast.channel(willow, "Willow & Grain", "bat-asks",
            "players and parents ask about bats, repairs and knocking in; makers reply", "wg-bat-asks.json");
    private final Channel wgForSale = cast.channel(willow, "Willow & Grain", "for-sale",
            "makers list bats, clefts and offcuts for sale", "wg-for-sale.json");
    private final Persona carwyn = cast.person("carwyn.beddoe", "Carwyn Beddoe");
    private final Persona elspeth = cast.person("elspeth.arkwright", "Elspeth Arkwright");
    private final Persona hamish = cast.person("hamish.dunlop", "Hamish Dunlop");
    private final Persona dex = cast.person("dex.okafor", "Dex Okafor");
    private final Persona joanne = cast.person("joanne.pell", "Joanne Pell");
    private final Persona rohan = cast.person("rohan.mistry", "Rohan Mistry");
    private final Persona callum = cast.person("callum.fraser", "Callum Fraser");

    // --- C. a village cricket club, nobody sells ---
    private final String ashby = cast.guild(1763);
    private final Channel agClubhouse = cast.channel(ashby, "Ashby Green CC", "clubhouse",
            "general chat for players, members and families", "ag-clubhouse.json");
    private final Channel agNets = cast.channel(ashby, "Ashby Green CC", "winter-nets",
            "winter nets, fitness and the indoor league", "ag-winter-nets.json");
    private final Channel agVolunteers = cast.channel(ashby, "Ashby Green CC", "volunteers",
            "working parties, teas, the bar rota and the AGM", "ag-volunteers.json");
    private final Persona mo = cast.person("mo.siddiqui", "Mo Siddiqui");
    private final Persona priya = cast.person("priya.lal", "Priya Lal");
    private final Persona jonty = cast.person("jonty.fairweather", "Jonty Fairweather");
    private final Persona bernard = cast.person("bernard.coates", "Bernard Coates");
    private final Persona aled = cast.person("aled.hughes", "Aled Hughes");
    private final Persona tilly = cast.person("tilly.grayson", "Tilly Grayson");
    private final Persona nat = cast.person("nat.okonjo", "Nat Okonjo");

    // --- D. private cricket coaches ---
    private final String frontFoot = cast.guild(1764);
    private final Channel ffIntro = cast.channel(frontFoot, "Front Foot Coaches", "introductions",
            "new here? introduce yourself", "ff-introductions.json");
    private final Channel ffCoaches = cast.channel(frontFoot, "Front Foot Coaches", "coaches-room",
            "private cricket coaches among ourselves: drills, video, rates, the trade", "ff-coaches-room.json");
    private final Channel ffParents = cast.channel(frontFoot, "Front Foot Coaches", "parents-ask",
            "parents and players ask about one-to-one coaching; coaches reply", "ff-parents-ask.json");
    private final Persona lachlan = cast.person("lachlan.rees", "Lachlan Rees");
    private final Persona ravinder = cast.person("ravinder.gill", "Ravinder Gill");
    private final Persona bethan = cast.person("bethan.morgan", "Bethan Morgan");
    private final Persona idris = cast.person("idris.vaughan", "Idris Vaughan");
    private final Persona sandra = cast.person("sandra.whiteley", "Sandra Whiteley");
    private final Persona kofi = cast.person("kofi.mensah", "Kofi Mensah");
    private final Persona louise = cast.person("louise.carver", "Louise Carver");

    // --- E. a county cricket league's volunteers, nobody sells ---
    private final String downland = cast.guild(1765);
    private final Channel dlOffice = cast.channel(downland, "Downland Cricket League", "league-office",
            "fixtures, registrations, results and notices from the league's officers", "dl-league-office.json");
    private final Channel dlUmpires = cast.channel(downland, "Downland Cricket League", "umpires-and-scorers",
            "umpires and scorers: laws, appointments, scorebooks", "dl-umpires-and-scorers.json");
    private final Channel dlGeneral = cast.channel(downland, "Downland Cricket League", "general",
            "chat for club delegates and volunteers", "dl-general.json");
    private final Persona sheila = cast.person("sheila.bramwell", "Sheila Bramwell");
    private final Persona terry = cast.person("terry.nolan", "Terry Nolan");
    private final Persona gwen = cast.person("gwen.lloyd", "Gwen Lloyd");
    private final Persona ray = cast.person("ray.osei", "Ray Osei");
    private final Persona pat = cast.person("pat.hollis", "Pat Hollis");
    private final Persona ian = cast.person("ian.beckett", "Ian Beckett");

    // --- F. an indoor cricket centre's own server ---
    private final String kingsmead = cast.guild(1766);
    private final Role kcStaff = cast.role("Staff", "#27ae60", 2);
    private final Role kcMember = cast.role("Member", "#95a5a6", 1);
    private final Channel kcNews = cast.channel(kingsmead, "Kingsmead Indoor Cricket Centre", "announcements",
            "centre news from the Staff", "kc-announcements.json");
    private final Channel kcChat = cast.channel(kingsmead, "Kingsmead Indoor Cricket Centre", "members-chat",
            "members chat about anything cricket", "kc-members-chat.json");
    private final Channel kcHelp = cast.channel(kingsmead, "Kingsmead Indoor Cricket Centre", "bookings-help",
            "members ask about lanes, coaching, the bowling machine and the junior league; Staff reply",
            "kc-bookings-help.json");
    private final Persona marcus = cast.person("marcus.webb", "Marcus Webb", kcStaff);
    private final Persona jas = cast.person("jas.kaur", "Jas Kaur", kcStaff);
    private final Persona helen = cast.person("helen.drury", "Helen Drury", kcMember);
    private final Persona dale = cast.person("dale.fenton", "Dale Fenton", kcMember);
    private final Persona samP = cast.person("sam.pritchard", "Sam Pritchard", kcMember);
    private final Persona olu = cast.person("olu.adeyemi", "Olu Adeyemi");
    private final Channel kcDmSam = cast.dm(samP, "kc-dm-sam-pritchard.json");
    private final Channel kcDmOlu = cast.dm(olu, "kc-dm-olu-adeyemi.json");

    // --- G. a cricket equipment shop's own server ---
    private final String longRoom = cast.guild(1767);
    private final Role lrStaff = cast.role("Staff", "#c0392b", 2);
    private final Role lrCustomer = cast.role("Customer", "#7f8c8d", 1);
    private final Channel lrNews = cast.channel(longRoom, "Long Room Cricket", "shop-news",
            "news, new stock and offers from the Staff", "lr-shop-news.json");
    private final Channel lrFloor = cast.channel(longRoom, "Long Room Cricket", "shop-floor",
            "customers chat and ask; Staff answer Monday to Friday, 9 to 5", "lr-shop-floor.json");
    private final Persona nadia = cast.person("nadia.farouk", "Nadia Farouk", lrStaff);
    private final Persona ollie = cast.person("ollie.brandt", "Ollie Brandt", lrStaff);
    private final Persona tariq = cast.person("tariq.aziz", "Tariq Aziz", lrCustomer);
    private final Persona megan = cast.person("megan.price", "Megan Price", lrCustomer);
    private final Persona winston = cast.person("winston.clarke", "Winston Clarke", lrCustomer);
    private final Persona huw = cast.person("huw.jenkins", "Huw Jenkins");
    private final Channel lrDmMegan = cast.dm(megan, "lr-dm-megan-price.json");

    // --- H. cricket tour operators ---
    private final String touring = cast.guild(1768);
    private final Channel tpLounge = cast.channel(touring, "Touring Party", "operators-lounge",
            "cricket tour operators among ourselves: grounds, hotels, fixtures, the trade", "tp-operators-lounge.json");
    private final Channel tpAsks = cast.channel(touring, "Touring Party", "tour-asks",
            "club tour secretaries ask about tours; operators reply", "tp-tour-asks.json");
    private final Channel tpOffered = cast.channel(touring, "Touring Party", "tours-offered",
            "operators post tours, dates and prices", "tp-tours-offered.json");
    private final Persona bram = cast.person("bram.lindqvist", "Bram Lindqvist");
    private final Persona fenwick = cast.person("fenwick.hale", "Fenwick Hale");
    private final Persona anjali = cast.person("anjali.desai", "Anjali Desai");
    private final Persona rhys = cast.person("rhys.talbot", "Rhys Talbot");
    private final Persona freya = cast.person("freya.castle", "Freya Castle");
    private final Persona martin = cast.person("martin.ebbs", "Martin Ebbs");
    private final Persona dougie = cast.person("dougie.reid", "Dougie Reid");
    private final Channel tpDmFreya = cast.dm(freya, "tp-dm-freya-castle.json");

    HeldOutScenes148Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        squareLeg();
        willowAndGrain();
        ashbyGreen();
        frontFoot();
        downland();
        kingsmead();
        longRoom();
        touringParty();
    }

    /**
     * A. Square Leg Groundsmen: Maureen (Gareth's client since the spring) books his end-of-season renovation on day 1
     * and asks about her outfield (day 5); he answers both. Ros joins on day 2 and asks about her cracking square on day
     * 3; Owain's advice ends with an offer to scarify for about £600 and to look first; she reports back on day 6.
     * Kezia answers Stan's rates question without a reply link (day 3). On day 7 Gareth proposes a revision group for
     * the turf-science exam; days 8-14 all his messages are mock questions and marking with Kezia, Owain and Stan,
     * while Maureen (day 9, a date clash, chased day 11) and Felix (joins day 9, asks for him by name on day 10, chased
     * day 13) wait in #club-asks. He answers both on day 15 with apologies; Maureen says on day 18 she told a
     * neighbouring club about him. Owain sells Stan a roller when he asks (day 16).
     */
    private void squareLeg() {
        Post st1 = say(1, "09:10", slSquare, stan, "Morning all. Frost on the square at 6am today, the first we've "
                + "had since March. Anyone still got covers on?");
        Post keSt = re(1, "09:30", kezia, st1, "Mine came off in October, I like the square to breathe over winter.");
        re(1, "09:45", owain, keSt, "Same. Only the ends stay sheeted at ours.");
        Post ma1 = say(1, "11:00", slAsks, maureen, "@Gareth Pryce thanks again for the spring renovation, the square "
                + "played beautifully all summer, best wickets we've had in years. Can we book you for the end of "
                + "season work again? Committee said yes to the full job.");
        Post gaMa = re(1, "11:40", gareth, ma1, "That's lovely to hear Maureen, thank you. Yes of course. I can do the "
                + "21st or 22nd: scarify, verti-drain, top-dress and overseed. Same quote as last year plus the loam "
                + "increase, I'll email it.");
        re(1, "12:00", maureen, gaMa, "21st is perfect, I'll let the committee know.");
        joins(2, "08:30", slAsks, ros);
        Post ga1 = say(2, "10:00", slKit, gareth, "For sale: Sisis 1.2m verti-drain attachment, serviced in September, "
                + "tines about 70%. £1,800 or offers, collection near Ludlow.");
        re(2, "10:30", stan, ga1, "Good price that. If the club wasn't skint I'd have it.");
        Post ke1 = say(2, "14:00", slSquare, kezia, "Anyone tried the new clay loam from Bransford? Lab sheet says 28% "
                + "clay but it feels lighter in the hand.");
        Post gaKe = re(2, "14:30", gareth, ke1, "Used two tonnes in September. Binds fine but I'd do a motty test "
                + "before committing a whole square to it.");
        re(2, "14:45", kezia, gaKe, "Good shout, will do one tomorrow.");
        Post ro1 = say(3, "09:00", slAsks, ros, "Hi all, I've just taken on looking after our club's square (Little "
                + "Wenham CC, village side, no budget!). It's cracking really badly and the ends are bare. Where do I "
                + "even start?");
        Post owRo = re(3, "09:40", owain, ro1, "Welcome Ros. Cracks this late usually mean the rootzone dried out in "
                + "August and never recovered. Don't roll it now. Take a core out and look at the root depth; if the "
                + "roots stop at 25mm you've got a thatch layer. Spiking the worst bits with a fork will help the rain "
                + "get in. If you want I could come out and scarify and top-dress, about £600 for a square your size, "
                + "happy to have a look first.");
        re(3, "10:15", ros, owRo, "Thank you, that's really clear. I'll take a core at the weekend and report back. "
                + "Money's tight but I'll mention it to the committee.");
        Post st2 = say(3, "16:00", slSquare, stan, "Question for the contractors: what are you charging for end of "
                + "season renovations this year? My club asked me to benchmark.");
        say(3, "16:20", slSquare, kezia, "Stan, I'm at £1,150 for a standard 8-pitch square, loam extra.");
        Post owSt = re(3, "16:40", owain, st2, "About the same, £1,200, and I add diesel past 30 miles.");
        re(3, "17:00", stan, owSt, "Cheers both, that helps.");
        Post ga2 = say(4, "10:00", slSquare, gareth, "Anyone else sitting the turf science Level 3 on 5 December? I've "
                + "been putting it off for three years.");
        re(4, "10:20", kezia, ga2, "Me! Terrified of the soil chemistry section.");
        re(4, "10:30", owain, ga2, "I am. Stan too I think");
        re(4, "10:50", stan, ga2, "Yep. Haven't sat an exam since 1991.");
        Post ma2 = say(5, "13:00", slAsks, maureen, "@Gareth Pryce one more thing, would you look at the outfield "
                + "drainage while you're with us? The bottom corner floods every winter.");
        re(5, "13:30", gareth, ma2, "Will do, I'll bring the probe and have a look on the day.");
        say(6, "11:00", slAsks, ros, "Core taken! Roots stop at about 20mm and there's a spongy brown layer on top. "
                + "Thatch I assume?");
        Post owRo2 = at(6, "11:30").in(slAsks).say(owain, "@Ros Pennington classic thatch. That's your spring job, "
                + "scarify hard before the season. For now spike it and keep off.");
        re(6, "11:45", ros, owRo2, "Brilliant, thank you Owain. Getting the fork out.");
        Post ga3 = say(7, "18:00", slSquare, gareth, "Right, proposal for those of us sitting Level 3: a revision "
                + "group in here. I'll post a mock question every evening this week, we answer and mark each other. "
                + "Starting tomorrow with cation exchange.");
        re(7, "18:20", kezia, ga3, "Yes please!");
        re(7, "18:30", stan, ga3, "Count me in.");
        // W46
        Post q1 = say(8, "19:00", slSquare, gareth, "Mock Q1: what is cation exchange capacity, and why does a high CEC "
                + "loam suit a cricket square? Answers below, no googling.");
        Post keQ1 = re(8, "19:30", kezia, q1, "How many positive ions the clay can hold, calcium, magnesium, "
                + "potassium. High CEC holds nutrients and binds hard when it dries?");
        re(8, "19:45", owain, q1, "Add that it's measured in meq per 100g. Examiners like units.");
        re(8, "20:00", gareth, keQ1, "Spot on, and Owain's right about units. Full marks both. Q2 tomorrow.");
        joins(9, "09:30", slAsks, felix);
        say(9, "10:00", slAsks, maureen, "@Gareth Pryce sorry, slight problem: the 21st clashes with our bonfire "
                + "fundraiser, the field's booked. Could you do the 24th or 25th instead? I need to tell the committee "
                + "by Friday.");
        Post q2 = say(9, "19:00", slSquare, gareth, "Mock Q2: three causes of low bounce on a square in late season, "
                + "and a remedy for each.");
        Post stQ2 = re(9, "19:25", stan, q2, "Thatch, low clay content, not enough rolling in spring. Scarify, a "
                + "loam with more clay, a proper pre-season rolling programme.");
        re(9, "19:40", gareth, stQ2, "Good. They'd also take moisture left in the profile. 9 out of 10.");
        Post fe1 = say(10, "11:00", slAsks, felix, "Hello all, I'm the new chair at Hallow Cross CC. Stan said @Gareth "
                + "Pryce is the person to talk to about a non-turf practice strip. We'd like one in by April. Could you "
                + "quote, Gareth? Happy to pay for a site visit.");
        re(10, "11:30", kezia, fe1, "Welcome Felix, Gareth's the one for non-turf, he'll be along I'm sure.");
        Post q3 = say(10, "19:00", slSquare, gareth, "Mock Q3 (nasty one): explain the motty test and what a good "
                + "motty looks like after drying.");
        Post owQ3 = re(10, "19:30", owain, q3, "Roll a ball of wet loam, press it into a disc, dry it and see how it "
                + "breaks. A good one is hard, few cracks, doesn't crumble.");
        re(10, "19:45", gareth, owQ3, "Yes, and mention the shine when you smear it, that's the clay. Nice.");
        say(11, "09:00", slAsks, maureen, "@Gareth Pryce just checking you saw my message about the date? Committee "
                + "meets Friday evening.");
        Post q4 = say(11, "19:00", slSquare, gareth, "Q4: difference between ryegrass cultivars bred for winter sports "
                + "and ones bred for cricket? Two marks.");
        Post keQ4 = re(11, "19:20", kezia, q4, "Cricket ones are finer and take close mowing down to 4mm? Winter sports "
                + "ones are about wear and recovery.");
        re(11, "19:35", gareth, keQ4, "Two marks. You're flying.");
        Post ga4 = say(12, "18:30", slSquare, gareth, "Halfway there. Full timed mock on Sunday? 45 minutes, I'll post "
                + "the paper at 10.");
        re(12, "18:45", stan, ga4, "Sunday's fine.");
        re(12, "19:00", owain, ga4, "Works for me.");
        Post fe2 = re(13, "10:00", felix, fe1, "Any chance of a reply on the practice strip, @Gareth Pryce? No rush, "
                + "just want to plan the budget.");
        Post ga5 = say(14, "10:00", slSquare, gareth, "Timed mock is up: 10 questions, soil, grasses, machinery, health "
                + "and safety. Answers by 10:45 please, honour system.");
        Post keG5 = re(14, "11:00", kezia, ga5, "Done. Machinery section was brutal.");
        re(14, "11:20", gareth, keG5, "I'll mark them tonight and send scores privately.");
        say(14, "11:30", slSquare, owain, "Sent mine too. Whoever wrote question 7 has never changed a blade in their "
                + "life");
        // W47
        Post gaMa2 = at(15, "08:30").in(slAsks).say(gareth, "@Maureen Ashcroft I'm so sorry, I've had my head in "
                + "revision all week and missed your message. The 25th works, I've moved you. Apologies to the "
                + "committee.");
        Post gaFe = re(15, "08:45", gareth, fe2, "Felix, apologies for the slow reply. Yes, happy to quote. Could I come "
                + "and see the site Thursday morning? Non-turf strips run about £9-12k depending on the base.");
        re(15, "09:00", maureen, gaMa2, "No harm done, we guessed and pencilled in the 25th. Thanks Gareth.");
        re(15, "10:00", felix, gaFe, "Thursday 10am is great, I'll meet you at the gate.");
        Post st3 = say(16, "12:00", slKit, stan, "Wanted: a second-hand pedestrian roller, 600kg-ish, must start.");
        Post owSt2 = re(16, "12:30", owain, st3, "I've a 1-tonne Stothert in the shed I don't use. Yours for £400 if you "
                + "collect.");
        re(16, "13:00", stan, owSt2, "Sold, I'll bring the trailer Saturday.");
        Post ro2 = say(17, "14:00", slAsks, ros, "Update from Little Wenham: spiked the whole square, and the committee "
                + "says we can afford a spring scarify! @Owain Tudor are you still up for it?");
        re(17, "14:30", owain, ro2, "Definitely, let's pencil in late March. Well done on the spiking.");
        Post ma3 = say(18, "17:00", slAsks, maureen, "Gareth, I told Ferncote CC next door about you, they've been let "
                + "down by their contractor twice. Expect a call from their chair.");
        re(18, "17:20", gareth, ma3, "That's really kind, thank you Maureen.");
        Post ke2 = say(19, "19:00", slSquare, kezia, "Exam's in ten days. Gareth, any more mocks?");
        re(19, "19:15", gareth, ke2, "One more on Sunday, and I'll post my irrigation notes for everyone.");
    }

    /**
     * B. Willow &amp; Grain: Hamish prices Rohan's toe repair when he asks (day 1). On day 2 Carwyn posts his new-season
     * range link into #workshop, #bat-asks and #for-sale within eight minutes, and on day 5 posts "pre-orders open,
     * £260, DM me" in #bat-asks. Elspeth shows her first full-profile bat with her shop link and price in #workshop
     * (day 3), talks about it with Hamish and Carwyn, and lists it in #for-sale (day 6). Dex joins on day 8; on day 9
     * Joanne asks how long to knock in her son's bat, Hamish answers and Dex replies "£25, ready in 3 days, DM me".
     * Carwyn answers Rohan's request for a short-handle bat with his Ridgeway link (day 11). Dex asks the makers about
     * pricing (day 16) and lists two bats in #for-sale (day 17).
     */
    private void willowAndGrain() {
        Post ro1 = say(1, "10:00", wgAsks, rohan, "Cracked the toe of my bat in the last game of the season, hairline, "
                + "about 3cm. Worth repairing or is it done?");
        Post haRo = re(1, "10:30", hamish, ro1, "Worth repairing. Toe cracks are the commonest job I do. Sounds like "
                + "glue and a toe guard, maybe a bit of binding. Bring it or post it.");
        Post roHa = re(1, "10:45", rohan, haRo, "What would that cost roughly?");
        Post haRo2 = re(1, "11:00", hamish, roHa, "£35 with the toe guard, plus postage if you post it.");
        re(1, "11:15", rohan, haRo2, "Deal, I'll drop it round Saturday.");
        say(2, "09:00", wgWorkshop, carwyn, "New season range is live! Five profiles, grade 1 to 3 English willow: "
                + "beddoebats.example/2035-range");
        say(2, "09:04", wgAsks, carwyn, "2035 bats are out, have a look: beddoebats.example/2035-range");
        say(2, "09:08", wgForSale, carwyn, "The full 2035 range, grade 1 to 3: beddoebats.example/2035-range");
        Post ha1 = say(2, "11:00", wgWorkshop, hamish, "Anyone else finding the new batch of cane handles has a wider "
                + "rubber insert? Mine won't sit right in the splice.");
        Post elHa = re(2, "11:30", elspeth, ha1, "Yes! I've been shaving them down. Annoying.");
        re(2, "11:40", hamish, elHa, "Glad it's not just me.");
        Post el1 = say(3, "15:00", wgWorkshop, elspeth, "Finished my first full-profile bat this week, big edges, mid-low "
                + "sweet spot. Nervous and proud. It's on my shop now, £220: elspethbats.example/first-full-profile");
        Post haEl = re(3, "15:30", hamish, el1, "That's a lovely shape Elspeth. Straight grains too. Well done.");
        re(3, "15:45", elspeth, haEl, "Thank you! Took me about 30 hours start to finish.");
        Post caEl = re(3, "16:00", carwyn, el1, "Nice work. What press are you using?");
        re(3, "16:20", elspeth, caEl, "A converted hydraulic from an old garage. Two tonnes, slowly.");
        Post ca1 = say(4, "19:00", wgAsks, callum, "Is there any point oiling a bat over winter? I keep reading "
                + "different things.");
        Post elCa = re(4, "19:30", elspeth, ca1, "A very light coat of raw linseed in March is plenty. Over winter just "
                + "keep it somewhere cool, not by the radiator.");
        re(4, "19:45", callum, elCa, "Thanks, it's been in the airing cupboard, moving it now 😂");
        say(5, "10:00", wgAsks, carwyn, "Pre-orders open for 2035, grade 1 English willow £260, knocked in and ready to "
                + "play. DM me.");
        Post ca2 = say(5, "14:00", wgWorkshop, carwyn, "Anyone know a good supplier of grip cones? Mine are worn out.");
        Post haCa = re(5, "14:20", hamish, ca2, "Yorkton Sports do them, about £12.");
        re(5, "14:30", carwyn, haCa, "Cheers Hamish.");
        say(6, "11:00", wgForSale, elspeth, "My first full-profile bat, 2lb 9oz, grade 2 willow, £220 plus postage. "
                + "Details: elspethbats.example/first-full-profile");
        Post ha2 = say(6, "12:00", wgForSale, hamish, "Offcuts of seasoned willow, a box of about 20, good for toe "
                + "repairs. £15 to whoever wants them.");
        re(6, "12:30", carwyn, ha2, "I'll take them Hamish.");
        // W46
        joins(8, "09:00", wgWorkshop, dex);
        Post de1 = say(8, "09:30", wgWorkshop, dex, "Hi all, Dex here, just set up as a bat maker in Leicester after "
                + "three years at a big factory. Glad to find you.");
        Post haDe = re(8, "10:00", hamish, de1, "Welcome Dex! Which factory?");
        re(8, "10:20", dex, haDe, "Gray's, in the finishing shop. Wanted to make the whole bat myself.");
        Post jo1 = say(9, "18:00", wgAsks, joanne, "Hi, my son's 12 and just got his first proper English willow bat "
                + "for his birthday (a bit early!). How long does he need to knock it in before using it with a hard "
                + "ball?");
        Post haJo = re(9, "18:30", hamish, jo1, "Lovely present. About six hours with a mallet, edges and toe most, "
                + "then a few net sessions with old balls. Don't skip the edges.");
        re(9, "18:40", dex, jo1, "I can knock it in for you with my machine, £25, ready in 3 days. DM me.");
        re(9, "19:00", joanne, haJo, "Thanks Hamish, that's really helpful. We'll do it together over the winter, he's "
                + "keen.");
        Post ca3 = say(10, "10:00", wgWorkshop, carwyn, "Got a cleft with a slight bow after drying. Anyone had any luck "
                + "steaming one straight?");
        Post deCa = re(10, "10:30", dex, ca3, "We used to clamp them to a straight edge and heat gently, never steam. "
                + "Worked seven times out of ten.");
        re(10, "10:45", carwyn, deCa, "Worth a try, thanks Dex.");
        Post ro2 = say(11, "12:00", wgAsks, rohan, "Got my bat back from @Hamish Dunlop, good as new. Also, does anyone "
                + "make a short-handle bat with a higher sweet spot? My coach says I play off the back foot too much "
                + "for my current one.");
        Post caRo = re(11, "12:30", carwyn, ro2, "My Ridgeway profile is exactly that, high middle, short handle: "
                + "beddoebats.example/ridgeway. I've a grade 2 in stock.");
        re(11, "12:40", hamish, ro2, "Glad it's sorted!");
        re(11, "12:50", rohan, caRo, "Perfect, I'll have a look.");
        Post el2 = say(12, "15:00", wgWorkshop, elspeth, "Second bat done, a lighter one for a junior. Getting quicker.");
        Post haEl2 = re(12, "15:20", hamish, el2, "Ace. How are you finding the handle splicing?");
        re(12, "15:40", elspeth, haEl2, "Hard! Third attempt on this one.");
        say(13, "11:00", wgAsks, joanne, "Update: three evenings of knocking in, he's loving the ritual. Thanks again "
                + "Hamish.");
        // W47
        Post ca4 = say(15, "10:00", wgAsks, callum, "How much to fix a split in the face, about 5cm, near the middle?");
        Post haCa2 = re(15, "10:30", hamish, ca4, "Depends how deep. Send me a photo? Usually £40-50 with a face tape.");
        re(15, "10:45", callum, haCa2, "Photo's on its way by email.");
        Post de2 = say(16, "09:00", wgWorkshop, dex, "Question for the experienced folk: how do you price a bat when "
                + "you're starting out? I don't want to undercut everyone.");
        Post caDe = re(16, "09:30", carwyn, de2, "Work out your hours honestly and your willow cost, then look at what "
                + "the established small makers charge. Don't go below £180 for grade 2.");
        re(16, "09:45", elspeth, de2, "I priced mine too low at first and regretted it. Do what Carwyn says.");
        re(16, "10:00", dex, caDe, "That's useful, thank you both.");
        Post de3 = say(17, "14:00", wgForSale, dex, "First two bats for sale: grade 2 English willow, 2lb 8oz and 2lb "
                + "10oz, £195 each. Knocked in on request.");
        re(17, "14:30", carwyn, de3, "Lovely finish on those.");
        Post jo2 = say(18, "19:00", wgAsks, joanne, "He scored his first 20 at indoor nets last night with the new "
                + "bat! Thank you all.");
        re(18, "19:20", hamish, jo2, "Brilliant! Tell him well done.");
        re(18, "19:30", elspeth, jo2, "That's the best kind of news.");
        Post ha3 = say(19, "11:00", wgWorkshop, hamish, "Off to the willow auction in Essex on Tuesday, anyone want me "
                + "to look out for clefts?");
        re(19, "11:30", elspeth, ha3, "Yes please, two grade 2 if they're going cheap.");
        Post ca5 = say(20, "16:00", wgAsks, callum, "Face repair done and it's invisible. Hamish is a wizard.");
        re(20, "16:30", hamish, ca5, "Ha, thanks Callum. Go easy on the yorkers.");
    }

    /**
     * C. Ashby Green CC (a village cricket club; nobody sells): Priya calls a working party (day 1), Mo posts winter
     * nets (day 2), Bernard answers Tilly about the scorebook (day 3). On day 5 Bernard says he is in Spain days 8-15;
     * Tilly asks him about the roller key on day 10, Aled answers, and Bernard answers on day 15. Jonty joins on day 8
     * and is helped by Priya (day 8), Aled (day 10) and Priya (day 12), saying only "thanks", "ok cheers" and "thx";
     * Mo's question to him about the indoor league (day 11) and Priya's request for a hand with the bowling machine
     * (day 12) wait until day 16, when he apologises and says yes to both. Nat joins on day 15 and introduces himself.
     */
    private void ashbyGreen() {
        Post pr1 = say(1, "19:00", agVolunteers, priya, "Working party this Saturday 10am: covers away, gutters on the "
                + "pavilion, and the sightscreens need moving to the shed. Bacon rolls provided.");
        re(1, "19:20", bernard, pr1, "I'll be there with the big ladder.");
        re(1, "19:30", aled, pr1, "Count me in, can do till 12.");
        Post mo1 = say(2, "18:00", agNets, mo, "Winter nets start Wednesday 15th at Kingsway Sports Hall, 7-9pm, £6 a "
                + "session. Spinners bring your own ball, they've only got seamers' ones.");
        Post alMo = re(2, "18:20", aled, mo1, "Can we get a lane for the juniors too?");
        re(2, "18:40", mo, alMo, "Asked, they'll give us lane 4 from 7 till 8.");
        Post mo2 = say(4, "20:00", agClubhouse, mo, "Who's got the club's spare keeper's pads? Need them for the "
                + "juniors' nets.");
        Post alMo2 = re(4, "20:20", aled, mo2, "In my boot. I'll bring them Wednesday.");
        re(4, "20:30", mo, alMo2, "Cheers.");
        Post ti1 = say(3, "12:00", agClubhouse, tilly, "Has anyone got the 2034 scorebook? I need the averages for "
                + "presentation night and it's not in the scorers' box.");
        Post beTi = re(3, "12:30", bernard, ti1, "I took it home to dry out after the bank holiday washout. I'll drop it "
                + "at yours tonight.");
        re(3, "12:40", tilly, beTi, "Lifesaver, thank you Bernard.");
        Post be1 = say(5, "18:00", agClubhouse, bernard, "Heads up, I'm in Spain from the 13th to the 20th with Jean, "
                + "so no mowing or rolling from me that week. Back for the AGM.");
        re(5, "18:10", priya, be1, "Have a lovely time!");
        Post pr2 = say(6, "13:00", agVolunteers, priya, "Thanks to the eleven who came this morning, the pavilion looks "
                + "ship-shape. Photos in the album.");
        re(6, "13:30", aled, pr2, "Good effort all. The gutters were disgusting");
        Post al1 = say(7, "11:00", agClubhouse, aled, "Anyone watching the Test tonight? Pub or my place?");
        Post moAl = re(7, "11:20", mo, al1, "Pub. Yours has no crisps.");
        re(7, "11:30", aled, moAl, "Fair.");
        // W46
        joins(8, "18:50", agClubhouse, jonty);
        Post jo1 = say(8, "19:00", agClubhouse, jonty, "hi, moved to the village in the summer and want to play next "
                + "year. how do I sign up?");
        Post prJo = re(8, "19:20", priya, jo1, "Welcome Jonty! There's a membership form on the website, £60 a year, "
                + "£30 for students. Come to nets on Wednesday and meet everyone.");
        re(8, "19:30", jonty, prJo, "thanks");
        Post ti2 = say(10, "10:00", agClubhouse, tilly, "@Bernard Coates where do you keep the roller key? Aled wants to "
                + "move the roller before the drainage men come.");
        re(10, "10:30", aled, ti2, "Found it, on the hook inside the scorebox door. Panic over.");
        Post jo2 = say(10, "21:00", agNets, jonty, "what kit do I need for nets? I've only got trainers");
        Post alJo = re(10, "21:15", aled, jo2, "Trainers are fine indoors. You'll want a box, gloves and pads, but the "
                + "club kit bag has spares till you buy your own. Don't buy a bat yet, try a few first.");
        re(10, "21:20", jonty, alJo, "ok cheers");
        say(11, "10:00", agNets, mo, "@Jonty Fairweather are you free for the indoor league on Sunday the 25th? We're "
                + "one short for the sixes team.");
        Post pr3 = say(11, "12:00", agVolunteers, priya, "AGM is Thursday 23rd at 7.30 in the pavilion, agenda pinned. "
                + "Nominations for officers to me by the 20th.");
        re(11, "12:30", aled, pr3, "I'll stand for fixtures secretary again.");
        Post jo3 = say(12, "17:00", agNets, jonty, "which door of the sports hall is it, couldnt find it last wed");
        Post prJo2 = re(12, "17:20", priya, jo3, "Round the back by the car park, the blue door. Ring the bell if it's "
                + "locked. Also @Jonty Fairweather could you give me a hand carrying the bowling machine in on "
                + "Wednesday? It's heavy and my back's not great.");
        re(12, "17:30", jonty, prJo2, "thx");
        Post al2 = say(13, "20:00", agClubhouse, aled, "Good nets last night, 14 of us. Mo's bowling is still rubbish.");
        re(13, "20:10", mo, al2, "Slander.");
        // W47
        Post beTi2 = re(15, "09:00", bernard, ti2, "Back from Spain! Sorry Tilly, I see Aled found it. It lives on "
                + "that hook.");
        re(15, "09:20", tilly, beTi2, "All sorted, welcome back!");
        joins(15, "18:00", agClubhouse, nat);
        Post na1 = say(15, "18:30", agClubhouse, nat, "Hi everyone, I'm Nat, just moved here from Leeds. I keep wicket, "
                + "played Bradford League second XI. Looking for a club for next season.");
        Post moNa = re(15, "18:45", mo, na1, "Welcome Nat! A keeper, the gods have heard us. Nets Wednesday 7pm, "
                + "Kingsway Sports Hall.");
        re(15, "19:00", priya, na1, "Welcome! The form's on the website, shout if you need anything.");
        Post naMo = re(15, "19:10", nat, moNa, "Thanks both, see you Wednesday. Do I need to bring anything for keeping "
                + "drills?");
        re(15, "19:20", mo, naMo, "Just your gloves. We've got inners if you forget.");
        Post jo4 = say(16, "20:00", agNets, jonty, "sorry @Mo Siddiqui only just seen this, yes I can play on the 25th. "
                + "and @Priya Lal sorry, yes I'll help with the machine tonight");
        re(16, "20:10", mo, jo4, "Great, you're in.");
        re(16, "20:15", priya, jo4, "Thank you Jonty!");
        Post na2 = say(17, "21:30", agNets, nat, "Good session. Thanks @Aled Hughes for the throwdowns.");
        re(17, "21:40", aled, na2, "Pleasure, you've got quick hands.");
        Post pr4 = say(18, "10:00", agVolunteers, priya, "Reminder: AGM Thursday 23rd 7.30. Nominations close Monday.");
        Post bePr = re(18, "10:30", bernard, pr4, "I'll stand for groundsman again if nobody else is mad enough.");
        re(18, "10:40", priya, bePr, "Nobody is. Thank you Bernard.");
        Post al3 = say(19, "19:00", agNets, aled, "Indoor sixes squad photo before the game on Sunday, club shirts "
                + "please.");
        re(19, "19:20", mo, al3, "I'll bring the spares.");
        Post ti3 = say(20, "10:00", agVolunteers, tilly, "Averages for presentation night are done, Nat you'll be in "
                + "next year's!");
        re(20, "10:30", nat, ti3, "Ha, no pressure then.");
    }

    /**
     * D. Front Foot Coaches: Idris joins on day 2 and introduces himself with his page. Sandra (Ravinder's client)
     * books her son's winter block on day 3. On day 4 Bethan says she is on a course days 9-13, phone off. Kofi asks
     * what coaches charge (day 5); Lachlan gives his price and Ravinder advice. In W46 Lachlan answers the coaches' news
     * and chatter with his own sessions, clients, drill, reports, clinic and trip (seven turns, all about himself).
     * Louise joins on day 8 and asks Bethan by name on day 9; Idris says she is away and Bethan answers on day 14. On
     * day 15 Sandra asks Ravinder to move a session and chases on day 17; he talks in the coaches' room on days 16-18
     * and answers her on day 20 with an apology, too late for the session. Louise says on day 19 she sent a friend to
     * Bethan.
     */
    private void frontFoot() {
        Post ra1 = say(1, "10:00", ffCoaches, ravinder, "Anyone using the new ball-tracking app for juniors? Wondering if "
                + "it's worth £15 a month.");
        Post beRa = re(1, "10:30", bethan, ra1, "I tried it. Good for seamers' lengths, useless for spin. Not worth it "
                + "for under-11s.");
        re(1, "10:40", ravinder, beRa, "That settles it, thanks.");
        joins(2, "09:00", ffIntro, idris);
        Post id1 = say(2, "09:30", ffIntro, idris, "Hello! Idris Vaughan, ECB Level 2 coach in Cardiff, ex-Glamorgan 2nd "
                + "XI seamer. Just started doing one-to-ones, mostly fast bowling. My page: idriscoaching.example");
        Post beId = re(2, "10:00", bethan, id1, "Welcome Idris! Always good to have another seam specialist.");
        re(2, "10:15", idris, beId, "Thanks Bethan, looking forward to learning from you lot.");
        Post sa1 = say(3, "17:00", ffParents, sandra, "@Ravinder Gill can we book Arjun's winter block again? Same "
                + "Thursday slot if possible. He's been practising the sweep you showed him in the garden non-stop.");
        Post raSa = re(3, "17:30", ravinder, sa1, "Of course Sandra! Thursdays 5pm from the 16th, six sessions. So glad "
                + "he's enjoying the sweep.");
        re(3, "17:40", sandra, raSa, "Perfect, thank you.");
        Post be1 = say(4, "12:00", ffCoaches, bethan, "Heads up, I'm on my Level 3 course at Loughborough from Tuesday "
                + "14th to Saturday 18th, phone off all day. Back on the 19th.");
        re(4, "12:10", ravinder, be1, "Good luck! The biomechanics module is the fun one.");
        Post ko1 = say(5, "18:00", ffParents, kofi, "I'm 34, played as a teenager and want to get back into it. Is it "
                + "daft to have one-to-one coaching as an adult? What do people charge?");
        Post laKo = re(5, "18:30", lachlan, ko1, "Not daft at all, loads of my clients are adults. I charge £45 an hour, "
                + "first session half price. Happy to chat if you want.");
        re(5, "18:40", ravinder, ko1, "Not daft at all. Most of us see adults. Get a couple of sessions in before nets "
                + "start so you don't take bad habits in with you.");
        re(5, "19:00", kofi, laKo, "Thanks both. I'll message you Lachlan.");
        Post la1 = say(6, "10:00", ffCoaches, lachlan, "Anyone else finding November busier than usual?");
        re(6, "10:20", idris, la1, "Same, parents want a head start before county trials.");
        // W46
        joins(8, "09:00", ffParents, louise);
        Post ra2 = say(8, "09:30", ffCoaches, ravinder, "Finally got the school hall for Thursdays, no more freezing in "
                + "the barn.");
        Post laRa = re(8, "10:00", lachlan, ra2, "I sorted my own hall back in September, I always book my halls early. "
                + "My Thursdays are full already and I've got a waiting list of my own. I film every session on my "
                + "iPad and I edit it myself at night, my clients love it.");
        re(8, "10:20", ravinder, laRa, "Fair play.");
        say(8, "10:40", ffCoaches, lachlan, "Honestly I reckon my video work is why my diary's full. I've had three "
                + "new bookings from my clips alone. I'm thinking of making my own app.");
        Post lo1 = say(9, "14:00", ffParents, louise, "@Bethan Morgan hello, a friend recommended you for my daughter, "
                + "she's 11 and bowls leg spin. Do you have any space in December?");
        Post idLo = re(9, "14:20", idris, lo1, "Hi Louise, Bethan's on a course this week, back on Sunday. I'm sure "
                + "she'll reply then.");
        re(9, "14:30", louise, idLo, "Thanks for letting me know!");
        Post id2 = say(10, "11:00", ffCoaches, idris, "Finally cracked the front-arm collapse with my 14-year-old: tennis "
                + "ball in the front hand, squeeze at release. Three sessions.");
        re(10, "11:30", lachlan, id2, "I had exactly that with one of my county lads last year. I fixed it with my own "
                + "drill, I call it the flag drill. My method's been copied by two academies since, I'm quite proud of "
                + "it honestly.");
        re(10, "11:45", ravinder, id2, "Nice one, I'll pinch that.");
        say(11, "16:00", ffCoaches, lachlan, "My Saturday clinic sold out again. I've done 40 of them since I started "
                + "in 2031. I might add a Sunday one but I'll need another hall, my old one is too small for my "
                + "numbers.");
        Post ra3 = say(12, "09:30", ffCoaches, ravinder, "Wrote my first end-of-block report for a parent. Took me two "
                + "hours.");
        Post laRa2 = re(12, "10:00", lachlan, ra3, "My reports are four pages. I put in my own ratings for each skill, my "
                + "notes from every week and my plan for the next block. I designed my template myself and I'm really "
                + "pleased with it. My parents always say it's the most professional thing they've seen.");
        re(12, "10:20", idris, laRa2, "Would love to see a redacted one some time.");
        Post la2 = say(13, "19:00", ffCoaches, lachlan, "Just booked my first coaching trip abroad, I'm running my own "
                + "clinic in Dubai in February. I've been working towards this for years and I'm still a bit amazed "
                + "it's happening to me.");
        re(13, "19:15", ravinder, la2, "Congrats!");
        Post beLo = re(14, "10:00", bethan, lo1, "Louise, sorry for the wait, I was on my course all week. Yes, I've got "
                + "Saturday mornings free in December. Leg spin at 11, how exciting!");
        re(14, "10:30", louise, beLo, "Wonderful, Saturday 9am please if you have it.");
        // W47
        Post sa2 = say(15, "18:00", ffParents, sandra, "@Ravinder Gill Arjun has a school concert on Thursday the 23rd, "
                + "could we swap that session to the Friday? And is it ok if he brings his own bowling machine?");
        Post ra4 = say(16, "11:00", ffCoaches, ravinder, "Tennis-ball front-arm drill update: worked on three of my lot "
                + "now. Thanks Idris.");
        re(16, "11:20", idris, ra4, "Brilliant!");
        Post ko2 = say(16, "19:00", ffParents, kofi, "First session with Lachlan done, brilliant. Does anyone know a club "
                + "in Birmingham with nets for adult beginners?");
        re(16, "19:30", lachlan, ko2, "Glad you enjoyed it Kofi! Moseley Ashfield run adult nets on Tuesdays, you'd "
                + "fit right in.");
        re(16, "19:45", idris, ko2, "Brilliant, well done for going for it.");
        say(16, "20:00", ffParents, kofi, "Thanks both, I'll try Moseley next Tuesday.");
        Post saRa = re(17, "09:00", sandra, sa2, "@Ravinder Gill just chasing about Thursday, sorry to nag, I need to "
                + "tell the school.");
        Post ra5 = say(17, "13:00", ffCoaches, ravinder, "Anyone know a hall in Solihull with a proper run-up? The "
                + "school one is 14 paces at most.");
        Post laRa3 = re(17, "13:30", lachlan, ra5, "St Peter's has a full run-up, ask for Gary, tell him you know me.");
        re(17, "13:40", ravinder, laRa3, "Legend.");
        Post ra6 = say(18, "10:00", ffCoaches, ravinder, "Just sent off my Level 3 application, wish me luck.");
        Post beRa2 = re(18, "10:20", bethan, ra6, "Good luck! The course is hard work but you'll love it.");
        re(18, "10:40", ravinder, beRa2, "Thanks Bethan, I'll need it.");
        Post lo2 = say(19, "12:00", ffParents, louise, "@Bethan Morgan first session done and she's already bowling "
                + "googlies at the dog. I've told my friend Anna about you for her twins.");
        re(19, "12:30", bethan, lo2, "Ha! She's a natural. Thank you Louise, that's kind.");
        Post raSa2 = re(20, "18:00", ravinder, saRa, "Sandra, so sorry, I missed both your messages. Friday is fine "
                + "from now on, and yes bring the machine. Apologies.");
        re(20, "18:30", sandra, raSa2, "Too late for this Thursday, he missed it. See you next week.");
    }

    /**
     * E. Downland Cricket League (a county league's volunteers; nobody sells): Sheila answers Pat about the winter
     * meeting (day 1). Terry, who had not spoken before, asks #general and #umpires-and-scorers to subscribe to, like
     * and share his umpiring channel on day 2 and #general again on day 4. Ian joins on day 3 and is helped by Ray and
     * Gwen (days 3 and 6), talks it through and offers Pat help with a scoreboard (day 4), which he brings on day 18.
     * In W46 Sheila posts ten league notices to #league-office (papers, registrations, fixtures, cup final, handbook,
     * lost property) and answers Pat's one question; Gwen answers Pat about the scorers' course. On day 15 Terry
     * answers Ian's request for an explanation of the ball-change law with his own video.
     */
    private void downland() {
        Post sh1 = say(1, "09:00", dlOffice, sheila, "Welcome back everyone after the break. The winter meeting is on "
                + "Monday 20 November at the Crown, 7.30.");
        Post paSh = re(1, "09:30", pat, sh1, "Will there be a vote on the new T20 cup?");
        re(1, "10:00", sheila, paSh, "Yes, it's item 4. Papers out on Friday.");
        say(2, "19:00", dlGeneral, terry, "Evening all! I've started a YouTube channel explaining the Laws for club "
                + "cricketers, first video is on the new dead ball rules. Please subscribe and share it with your club: "
                + "youtube.example/@UmpireTerry");
        say(2, "19:05", dlUmpires, terry, "Umpires, please subscribe to my channel and give the videos a like, every "
                + "sub helps: youtube.example/@UmpireTerry");
        joins(3, "10:00", dlUmpires, ian);
        Post ia1 = say(3, "10:30", dlUmpires, ian, "Hi all, Ian here, just passed my Level 1 umpiring. Nervous about my "
                + "first league game in April. Any advice?");
        re(3, "11:00", ray, ia1, "Welcome Ian! We pair new umpires with an experienced colleague for their first four "
                + "games. Stand further back than you think for the quicks.");
        Post gwIa = re(3, "11:20", gwen, ia1, "And make friends with the scorers: signal clearly and wait for our "
                + "acknowledgement!");
        Post iaGw = re(3, "11:40", ian, gwIa, "Noted on both, thank you. Is the acknowledgement a wave or a raised hand?");
        re(3, "12:00", gwen, iaGw, "Either, as long as you see it. Some of us flash a torch in bad light.");
        say(4, "12:00", dlGeneral, terry, "Video 2 is up, LBW myths! Please like and share, it really helps the channel "
                + "grow: youtube.example/@UmpireTerry");
        Post pa1 = say(4, "18:00", dlGeneral, pat, "Does anyone know if the league still lends out scoreboards for "
                + "junior festivals?");
        Post iaPa = re(4, "18:30", ian, pa1, "Not sure about the league, but my old club Sandhurst lent theirs out last "
                + "year, I can ask them for you.");
        re(4, "18:45", pat, iaPa, "That would be great, thanks Ian.");
        Post gw1 = say(5, "10:00", dlUmpires, gwen, "Scorers: the electronic scoring app is optional again next year, "
                + "paper books still accepted.");
        re(5, "10:20", ray, gw1, "Thank goodness.");
        Post ia2 = say(6, "14:00", dlUmpires, ian, "Another one: do we still carry a spare set of bails? My kit list says "
                + "so.");
        Post raIa = re(6, "14:20", ray, ia2, "Yes, plus six counters, a light meter if you have one, and a pencil that "
                + "works.");
        re(6, "14:30", ian, raIa, "Counters I have. Pencil sorted.");
        Post pa4 = say(7, "10:00", dlGeneral, pat, "Anyone got a spare copy of last year's handbook? Ours went "
                + "through the wash.");
        Post gwPa4 = re(7, "10:30", gwen, pa4, "I've got two, I'll bring one to the meeting.");
        re(7, "10:40", pat, gwPa4, "Thanks Gwen.");
        // W46
        say(8, "09:00", dlOffice, sheila, "Winter meeting papers are pinned: agenda, last year's minutes and the T20 cup "
                + "proposal.")
                .react("👍", pat, gwen);
        say(8, "18:00", dlOffice, sheila, "Reminder to all clubs: player registrations for 2035 open on 1 December, same "
                + "form as last year.");
        say(9, "09:00", dlOffice, sheila, "Requests for friendly fixtures need to be in by 15 January please.");
        Post pa2 = say(9, "19:00", dlUmpires, pat, "Our scorer's retiring after 30 years. Is there a scorers' course this "
                + "winter?");
        Post gwPa = re(9, "19:20", gwen, pa2, "Yes, the county runs one in February, I teach on it. I'll send you the "
                + "form.");
        re(9, "19:30", pat, gwPa, "Brilliant, thanks Gwen.");
        say(9, "20:00", dlOffice, sheila, "Clubs wishing to host the cup final, let me know by the end of the month.");
        say(10, "09:00", dlOffice, sheila, "Winter meeting Monday 20th, the Crown, 7.30. Two delegates per club.");
        Post pa3 = say(10, "11:00", dlOffice, pat, "@Sheila Bramwell can a club send an observer as well as two "
                + "delegates?");
        re(10, "12:00", sheila, pa3, "Yes Pat, observers are welcome but can't vote.");
        Post te1 = say(11, "10:00", dlUmpires, terry, "Question for the old hands: how do you deal with a captain who "
                + "won't stop appealing?");
        Post raTe = re(11, "10:30", ray, te1, "Calm word at the end of the over, then a word with the other umpire. If "
                + "it carries on, it goes in the report.");
        re(11, "10:45", terry, raTe, "That's sensible, thanks Ray. I'd been letting it slide.");
        say(11, "11:00", dlOffice, sheila, "Final 2034 tables are in the handbook draft, please check your club's entries "
                + "before Friday.");
        say(12, "09:00", dlOffice, sheila, "Ground inspection forms for new grounds are due 31 January.");
        Post sh2 = say(12, "16:00", dlOffice, sheila, "Lost property from finals day: two caps, a Sandhurst fleece and a "
                + "scorebook. All at my house.");
        re(12, "16:30", ian, sh2, "The fleece is mine! I'll collect it at the meeting.");
        say(13, "09:00", dlOffice, sheila, "Handbook goes to the printers on Friday. Last call for corrections.");
        say(14, "10:00", dlOffice, sheila, "Thanks to all who sent corrections. The handbook has gone.")
                .react("🙏", gwen, ray);
        // W47
        Post ia3 = say(15, "10:00", dlUmpires, ian, "Does anyone know where there's a clear explanation of the new ball "
                + "change law? The wording is baffling.");
        Post teIa = re(15, "10:30", terry, ia3, "I made a video on exactly that last week, it's four minutes: "
                + "youtube.example/@UmpireTerry/ball-change. Happy to answer questions on it too.");
        re(15, "11:00", ian, teIa, "Perfect, thank you Terry. Watched it, makes sense now.");
        Post sh3 = say(16, "09:00", dlOffice, sheila, "Winter meeting tonight, the Crown, 7.30.");
        re(16, "09:20", pat, sh3, "See you there.");
        Post sh4 = say(17, "10:00", dlOffice, sheila, "Thanks all for last night. The T20 cup passed 14-3. Minutes to "
                + "follow.");
        re(17, "10:30", ray, sh4, "Good meeting, well chaired Sheila.");
        Post ra1 = say(17, "12:00", dlUmpires, ray, "Appointments for the pre-season friendlies go out in March. "
                + "@Ian Beckett you're with me for your first one.");
        re(17, "12:30", ian, ra1, "Brilliant, I'll try not to embarrass you.");
        Post ia4 = say(18, "14:00", dlGeneral, ian, "@Pat Hollis Sandhurst say yes to the scoreboard for your junior "
                + "festival, just email their secretary.");
        re(18, "14:30", pat, ia4, "Thanks Ian, that's a big help.");
        Post gw2 = say(19, "11:00", dlUmpires, gwen, "Scorers' course dates confirmed: 8 and 15 February.");
        re(19, "11:30", pat, gw2, "Booked our new scorer on, thanks Gwen.");
    }

    /**
     * F. Kingsmead Indoor Cricket Centre (an indoor cricket centre's own server; Staff: Marcus Webb (manager), Jas
     * Kaur (front desk); Member: Helen Drury (junior parent), Dale Fenton (sports physio), Sam Pritchard; Olu Adeyemi
     * joins day 15): Marcus and Jas post centre news in #announcements (days 1, 5, 9, 11, 19). Jas answers Helen's
     * junior league question (day 1) and Sam's DM about a lost thigh pad within 20 minutes (day 3); on day 6 she says
     * she is off days 8-12. On day 9 Helen asks Marcus by mention for a refund of her daughter's league entry after a
     * broken wrist and chases on day 10; Marcus posts news, chats and answers Sam on days 9-12 and answers her on day 13
     * with an apology. Olu asks about adult coaching on day 16; Jas answers, and Dale replies with a £30 screening and
     * "DM me", then DMs him a price list on day 17; Olu declines. Helen says on day 19 she told her sister about the
     * centre.
     */
    private void kingsmead() {
        say(1, "09:00", kcNews, marcus, "Winter lane bookings are open: £28 an hour peak, £20 off-peak, members get 10% "
                + "off. Book at the desk or online.");
        Post he1 = say(1, "12:00", kcHelp, helen, "Hi, is the junior league on Saturdays or Sundays this winter? Ellie's "
                + "asking.");
        Post jaHe = re(1, "12:30", jas, he1, "Sundays, 9am to 1pm, first fixture on the 19th. Entry is £45 per child.");
        re(1, "12:45", helen, jaHe, "Great, I'll pay at the desk Saturday.");
        Post da1 = say(2, "19:00", kcChat, dale, "Who's coming to the Ashes watch party here on the 2nd?");
        Post saDa = re(2, "19:20", samP, da1, "Me, if Marcus puts the big screen up.");
        re(2, "19:30", dale, saDa, "He promised.");
        Post saJ = say(3, "10:00", kcDmSam, samP, "Hi Jas, I think I left my thigh pad in locker 12 on Tuesday, has "
                + "anyone handed it in?");
        Post jaSa = re(3, "10:20", jas, saJ, "Yes! It's behind the desk with your name on it.");
        re(3, "10:25", samP, jaSa, "Legend, I'll grab it tonight.");
        Post sa1 = say(4, "11:00", kcHelp, samP, "Is the bowling machine back from repair?");
        Post maSa = re(4, "11:30", marcus, sa1, "Back Thursday, recalibrated. Sorry for the wait.");
        re(4, "11:40", samP, maSa, "No worries.");
        say(5, "16:00", kcNews, jas, "February half-term junior camp, 18-20 Feb. Booking opens 1 December.");
        Post ja1 = say(6, "18:00", kcChat, jas, "Heads up, I'm off next week (13th-17th), Marcus has the desk.");
        re(6, "18:10", helen, ja1, "Enjoy the break!");
        Post he2 = say(7, "10:00", kcChat, helen, "Ellie took 3 wickets in the practice match today, she's over the "
                + "moon.");
        re(7, "10:20", dale, he2, "Brilliant!");
        re(7, "10:40", marcus, he2, "Great news, tell her well done from us.");
        // W46
        say(9, "10:00", kcHelp, helen, "@Marcus Webb Ellie's broken her wrist (trampoline, not cricket!) so she can't "
                + "play the junior league. Can we get the £45 entry refunded or moved to the spring league?");
        say(9, "12:00", kcNews, marcus, "Big screen is up for the Ashes watch party: doors 11pm, bacon butties from "
                + "2am.");
        Post da2 = say(10, "14:00", kcChat, dale, "Who would you pick at 6 for the first Test? I can't see past Pope.");
        Post maDa = re(10, "14:30", marcus, da2, "Pope, but I'd have a spinner who can bat at 7.");
        Post saMa = re(10, "14:45", samP, maDa, "Agreed. And Stokes back bowling please.");
        re(10, "15:00", marcus, saMa, "If his knee lets him.");
        say(10, "18:00", kcHelp, helen, "@Marcus Webb sorry to chase, I just need to know for our budget this month.");
        say(11, "09:00", kcNews, marcus, "The new bowling machine has arrived! Lane 2 from Monday.");
        Post sa2 = say(12, "11:00", kcHelp, samP, "Can I move my Thursday lane to 8pm this week?");
        Post maSa2 = re(12, "11:20", marcus, sa2, "Done, 8pm Thursday, lane 3.");
        re(12, "11:30", samP, maSa2, "Cheers Marcus.");
        Post maHe = at(13, "10:00").in(kcHelp).say(marcus, "@Helen Drury so sorry, this slipped past me while Jas is "
                + "off. Of course, we'll move Ellie's entry to the spring league, or refund it if you'd rather. Get "
                + "well soon to her.");
        re(13, "10:20", helen, maHe, "Spring league please. Thank you Marcus.");
        // W47
        joins(15, "10:00", kcChat, olu);
        Post ol1 = say(16, "11:00", kcHelp, olu, "Hi, new here. Do you do coaching for adult beginners? I've never held "
                + "a bat properly.");
        Post jaOl = re(16, "11:30", jas, ol1, "Welcome Olu! Yes, Tuesday evenings 7-8, £12 a session, no kit needed.");
        re(16, "11:40", dale, ol1, "Welcome! I'm a sports physio here on Thursdays, I do a £30 movement screening for "
                + "new players, stops injuries before they start. DM me.");
        re(16, "12:00", olu, jaOl, "Perfect, see you Tuesday.");
        Post daOl = say(17, "18:00", kcDmOlu, dale, "Hi Olu, following up from the chat: the screening's £30, or three "
                + "conditioning sessions for £80. Thursday 6pm free?");
        re(17, "19:00", olu, daOl, "Thanks but I'll see how I get on first.");
        Post he4 = say(17, "20:00", kcHelp, helen, "@Jas Kaur is there a sibling discount on the February camp?");
        Post jaHe2 = re(17, "20:30", jas, he4, "Yes, 10% off the second child. Booking opens 1 December.");
        re(17, "20:40", helen, jaHe2, "Lovely, thank you.");
        Post ol2 = say(18, "21:00", kcChat, olu, "First session done, loved it. Hands are sore!");
        re(18, "21:10", marcus, ol2, "Great to have you Olu!");
        re(18, "21:20", samP, ol2, "You'll toughen up!");
        Post da3 = say(19, "09:00", kcChat, dale, "Watch party was carnage. Who stayed till the end?");
        re(19, "09:30", samP, da3, "Me, and I regret it.");
        say(19, "10:00", kcNews, marcus, "Christmas opening hours are pinned.");
        Post he3 = say(19, "12:00", kcHelp, helen, "Ellie's cast comes off next week, she's itching to get back. And "
                + "my sister's boys want to join, I've told her all about you.");
        re(19, "12:30", marcus, he3, "Brilliant, thanks Helen! Tell her to ask for me.");
    }

    /**
     * G. Long Room Cricket (a cricket equipment shop's own server; Staff: Nadia Farouk (owner), Ollie Brandt; Customer:
     * Tariq Aziz, Megan Price, Winston Clarke (under-13s coach); Huw Jenkins joins day 8): Nadia and Ollie post news
     * in #shop-news (days 1, 5, 10, 15). Ollie answers Tariq about glove sizes (day 1); on day 4 he posts four product
     * links with prices in #shop-floor within four minutes, nobody having asked. Huw asks for a junior bat under £80
     * (day 8) and Ollie answers with the junior-bats page. Nadia answers Megan's DM about a wrong-size helmet within
     * the hour (day 9). Winston says on day 11 he sent his under-13s and their parents to the shop. On Friday (day 19)
     * at 17:40 Tariq asks Nadia by mention for a re-grip; the room's topic says Staff answer Monday to Friday, 9 to 5,
     * and the weeks end on Sunday with no answer.
     */
    private void longRoom() {
        say(1, "09:00", lrNews, nadia, "2035 bats have landed! Come and pick up a few in the shop this week, knock-in "
                + "service £20.");
        Post ta1 = say(1, "14:00", lrFloor, tariq, "Do the Gunn & Moore gloves come up small? I'm usually a large.");
        Post olTa = re(1, "14:30", ollie, ta1, "They do, go up a size. We've got both in to try.");
        re(1, "14:40", tariq, olTa, "Cheers Ollie, I'll pop in Saturday.");
        Post me1 = say(2, "10:00", lrFloor, megan, "Bought the junior pads last week for my daughter, she loves them. "
                + "Any chance of junior helmets coming in?");
        Post naMe = re(2, "10:30", nadia, me1, "Yes, Masuri juniors arrive next Tuesday. Glad she loves the pads!");
        re(2, "10:40", megan, naMe, "Great, thanks.");
        say(4, "11:00", lrFloor, ollie, "New in: Kookaburra Ghost bat £189 longroomcricket.example/kookaburra-ghost");
        say(4, "11:01", lrFloor, ollie, "and the matching pads £79 longroomcricket.example/ghost-pads");
        say(4, "11:03", lrFloor, ollie, "Gray-Nicolls duffle bags, £65: longroomcricket.example/gn-duffle");
        Post ol4 = say(4, "11:04", lrFloor, ollie, "plus the new spikes, £95 longroomcricket.example/spikes-2035");
        re(4, "11:30", winston, ol4, "Tempting Ollie, but the club budget says no 😂");
        say(5, "15:00", lrNews, nadia, "Shop closed Saturday morning for stocktake, open from 1pm.");
        Post wi1 = say(6, "18:00", lrFloor, winston, "Anyone coaching under-13s over winter? Looking for drills for a "
                + "small hall.");
        Post meWi = re(6, "18:30", megan, wi1, "Our club does a bucket catching game, the kids love it. Points for "
                + "every catch into the bucket.");
        re(6, "18:45", winston, meWi, "Ooh, stealing that, thanks Megan.");
        // W46
        joins(8, "09:00", lrFloor, huw);
        Post hu1 = say(8, "09:30", lrFloor, huw, "Hi, looking for a bat for my 10 year old, size 5 I think? What's good "
                + "under £80?");
        Post olHu = re(8, "10:00", ollie, hu1, "Size 5 or 6 depending on his height. These are all under £80 and light "
                + "enough: longroomcricket.example/junior-bats. Bring him in and we'll measure him.");
        re(8, "10:20", huw, olHu, "Thanks! We'll come in Saturday.");
        Post meN = say(9, "10:40", lrDmMegan, megan, "Hi Nadia, the helmet you sent is the wrong size, it says junior "
                + "medium but she needs a small. Can I swap it?");
        Post naMe2 = re(9, "11:00", nadia, meN, "Sorry Megan! Bring it in or post it back and I'll send the small "
                + "straight out, free.");
        re(9, "11:10", megan, naMe2, "Thank you, I'll drop it in.");
        say(10, "09:30", lrNews, ollie, "Christmas gift vouchers now available, any amount, in the shop or online.");
        Post wi2 = say(11, "14:00", lrFloor, winston, "Took my under-13s to @Nadia Farouk's shop on Saturday, all six "
                + "kitted out and treated like county players. I've told the other parents to come to you too.");
        re(11, "14:30", nadia, wi2, "Thank you Winston, that means a lot! They were a lovely bunch.");
        Post ta2 = say(12, "20:00", lrFloor, tariq, "Had the Ghost out at nets tonight, the pick-up's amazing.");
        re(12, "20:30", ollie, ta2, "Told you! Enjoy it.");
        Post ta3 = say(13, "12:00", lrFloor, tariq, "How long should I knock in a bat I bought knocked-in already? "
                + "Ollie said something about a top-up.");
        Post olTa2 = re(13, "12:30", ollie, ta3, "An hour or so of light mallet on the edges, then a net with old "
                + "balls. It's only a top-up.");
        re(13, "12:40", tariq, olTa2, "Easy, thanks.");
        Post hu3 = say(14, "10:00", lrFloor, huw, "Is there any point buying a bat bag for a 10 year old or will a "
                + "rucksack do?");
        Post meHu = re(14, "10:30", megan, hu3, "A rucksack did my daughter for two seasons. Get the bag when they're "
                + "carrying pads too.");
        re(14, "10:45", huw, meHu, "Good tip, thanks Megan.");
        // W47
        say(15, "09:00", lrNews, nadia, "Black Friday: 20% off all 2034 stock from Friday.");
        Post hu2 = say(16, "17:00", lrFloor, huw, "Bat measured, he's a 6 after all. Thanks @Ollie Brandt!");
        re(16, "17:15", ollie, hu2, "Pleasure, hope he gets a hundred with it.");
        Post me2 = say(17, "12:00", lrFloor, megan, "Helmet swapped, fits perfectly. Thank you Nadia.");
        re(17, "12:20", nadia, me2, "Great, glad it's sorted!");
        Post wi4 = say(18, "10:00", lrFloor, winston, "@Nadia Farouk do you do a club discount if our under-13s all "
                + "order their shirts through you?");
        Post naWi = re(18, "10:30", nadia, wi4, "We do, 15% on orders of ten or more, and free names on the back.");
        re(18, "10:40", winston, naWi, "Brilliant, I'll collect sizes at training.");
        say(19, "17:40", lrFloor, tariq, "@Nadia Farouk my bat handle's started twisting, can you re-grip and re-glue "
                + "it before Saturday week? And roughly how much?");
        Post wi3 = say(20, "08:00", lrFloor, winston, "Anyone else up at 3am for the Ashes? I'm a zombie.");
        re(20, "08:30", tariq, wi3, "Me. Worth it for that last hour though.");
    }

    /**
     * H. Touring Party (cricket tour operators; #operators-lounge among themselves, #tour-asks where club tour
     * secretaries ask, #tours-offered): Bram Lindqvist, Fenwick Hale, Anjali Desai and Rhys Talbot run tours; Martin Ebbs
     * (Anjali's client from 2033), Dougie Reid and Freya Castle (joins day 8) are tour secretaries. Martin asks Anjali
     * to hold Easter 2036 (day 2). Fenwick posts his Barbados tour in #tours-offered (day 3) and answers Dougie's
     * question about the cost with its price and page (day 3). Freya's first post (day 9) asks where to start on a
     * £1,200 budget; Anjali helps her, and Bram replies with his £1,450 Cape Town package and a booking link, then DMs
     * her a discount on day 10; she declines. In W47 Fenwick posts ten times to nobody in #operators-lounge and
     * #tour-asks (places left, new tours with prices and links, a redesign, records, sold out, an early-bird "DM me")
     * and once in #tours-offered. Freya books Malta with Anjali (day 16); Martin says on day 18 he passed Anjali's
     * details to another club.
     */
    private void touringParty() {
        Post an1 = say(1, "10:00", tpLounge, anjali, "Has anyone used the new hotel at Galle Fort? A client's asking.");
        Post rhAn = re(1, "10:30", rhys, an1, "Stayed there in March. Rooms are fine but the coach can't get up the "
                + "lane.");
        re(1, "10:45", anjali, rhAn, "Useful, thanks Rhys.");
        Post ma1 = say(2, "15:00", tpAsks, martin, "@Anjali Desai the lads want to do Sri Lanka again in 2036, the 2033 "
                + "tour is still talked about in the bar. Can you hold dates for the Easter fortnight?");
        Post anMa = re(2, "15:30", anjali, ma1, "Martin, that's music to my ears! Holding 4-18 April 2036, I'll send a "
                + "provisional itinerary next week.");
        re(2, "15:45", martin, anMa, "Perfect.");
        say(3, "09:00", tpOffered, fenwick, "Barbados, 10 days, March 2035: three fixtures, hotel on the south coast, "
                + "£1,890pp. fenwicktours.example/barbados-2035");
        Post do1 = say(3, "11:00", tpAsks, dougie, "Roughly what does a week in Barbados cost per head for a club side, "
                + "flights included? First time organising.");
        Post feDo = re(3, "11:30", fenwick, do1, "Dougie, ours is £1,890 for ten days with flights and three fixtures. "
                + "Full details: fenwicktours.example/barbados-2035. Happy to answer anything.");
        re(3, "11:45", dougie, feDo, "That's helpful, thanks Fenwick. Will take it to the committee.");
        Post br1 = say(4, "12:00", tpLounge, bram, "Coach firms in Cape Town are putting prices up 15% next season, "
                + "anyone else hit?");
        Post rhBr = re(4, "12:30", rhys, br1, "Yes, we've switched to the Stellenbosch firm.");
        Post brRh = re(4, "12:40", bram, rhBr, "Could you send me their details?");
        re(4, "13:00", rhys, brRh, "Done, check your email.");
        say(5, "10:00", tpOffered, anjali, "Sri Lanka, Easter 2035: two places left on the Colombo-Kandy-Galle tour.");
        Post fe1 = say(6, "16:00", tpLounge, fenwick, "Anyone know a decent ground near Bridgetown that takes Sunday "
                + "bookings?");
        Post anFe = re(6, "16:20", anjali, fe1, "Wanderers, ask for Carl.");
        re(6, "16:30", fenwick, anFe, "Thanks Anjali.");
        // W46
        joins(8, "09:00", tpAsks, freya);
        Post fr1 = say(9, "10:00", tpAsks, freya, "Hi all, I'm the new tour secretary for Whitbourne CC's Sunday side. "
                + "We've never toured abroad. Where on earth do we start? Budget's about £1,200 a head.");
        Post anFr = re(9, "10:30", anjali, fr1, "Welcome Freya! Start with dates and numbers: how many are keen, and can "
                + "they get a week off? At that budget Portugal or Malta in April is realistic, the Caribbean isn't. "
                + "Happy to talk it through.");
        re(9, "10:45", bram, fr1, "Our Cape Town package is £1,450pp all in, book a call here: bramtours.example/book");
        Post frAn = re(9, "11:00", freya, anFr, "That's really helpful, thanks Anjali. About 14 keen, probably April. "
                + "What's Malta like for cricket?");
        Post anFr2 = re(9, "11:30", anjali, frAn, "One lovely ground at Marsa, a decent standard, and plenty for the "
                + "non-players. I'll send you a rough costing.");
        re(9, "11:40", freya, anFr2, "Amazing, thank you.");
        Post brFr = say(10, "09:00", tpDmFreya, bram, "Hi Freya, Bram from Lindqvist Tours. Following up on Cape Town: I "
                + "can do £1,395pp if you confirm by Friday. Shall I pencil you in?");
        re(10, "12:00", freya, brFr, "Thanks, but that's well over our budget and we're looking at Malta.");
        Post rh1 = say(11, "14:00", tpLounge, rhys, "Marsa has new nets apparently, photos on their page.");
        re(11, "14:20", anjali, rh1, "Saw them, lovely.");
        Post ma2 = say(12, "18:00", tpAsks, martin, "Anjali, the provisional itinerary looks great. Could we add a day "
                + "in Ella?");
        re(12, "18:30", anjali, ma2, "Absolutely, I'll slot it in.");
        Post do2 = say(13, "19:00", tpAsks, dougie, "@Fenwick Hale the committee said yes to Barbados! How do we "
                + "book, and is there a deposit?");
        Post feDo2 = re(13, "19:30", fenwick, do2, "Fantastic news Dougie! £300 a head deposit, I'll email you the "
                + "forms tonight.");
        re(13, "19:45", dougie, feDo2, "Cheers, the lads are buzzing.");
        // W47
        say(15, "09:00", tpLounge, fenwick, "Barbados 2035 is now 80% full, only 6 places left: "
                + "fenwicktours.example/barbados-2035");
        say(15, "15:00", tpAsks, fenwick, "Still looking for a tour? Barbados March 2035, £1,890pp, 6 places left: "
                + "fenwicktours.example/barbados-2035");
        say(16, "10:00", tpLounge, fenwick, "Just signed with a new hotel in Oistins for 2036, big win for us.");
        Post fr2 = say(16, "11:00", tpAsks, freya, "Update: the committee loved the Malta costing, we're going! @Anjali "
                + "Desai can we book?");
        re(16, "11:30", anjali, fr2, "Wonderful! I'll send the booking form today.");
        Post rh2 = say(16, "13:00", tpLounge, rhys, "Anyone going to the tour operators' lunch at Lord's in "
                + "January?");
        re(16, "13:20", bram, rh2, "Yes, booked last week.");
        re(16, "13:30", anjali, rh2, "Me too, save me a seat.");
        say(16, "16:00", tpAsks, fenwick, "New for 2036: Antigua and St Kitts double-header, 14 days, from £2,450pp. "
                + "fenwicktours.example/antigua-2036");
        say(17, "09:00", tpLounge, fenwick, "Our website's had a redesign, have a look: fenwicktours.example");
        Post br2 = say(17, "11:00", tpLounge, bram, "Has anyone had the new Malta ground hire rates through?");
        re(17, "11:20", rhys, br2, "Up 10%, sadly.");
        say(17, "14:00", tpOffered, fenwick, "Antigua and St Kitts 2036, 14 days, from £2,450pp: "
                + "fenwicktours.example/antigua-2036");
        say(18, "10:00", tpLounge, fenwick, "Twelfth tour this year with us for the Old Bancroftians, a record.");
        Post ma3 = say(18, "12:00", tpAsks, martin, "Anjali, I've passed your details to the Old Eltonians' tour "
                + "secretary, they want Sri Lanka too.");
        re(18, "12:30", anjali, ma3, "You're a star Martin, thank you.");
        say(18, "15:00", tpAsks, fenwick, "Clubs: early-bird 10% off all 2036 tours if you book before Christmas. DM "
                + "me.");
        say(19, "09:00", tpLounge, fenwick, "Barbados has now sold out for the third year running.");
        say(19, "14:00", tpAsks, fenwick, "Missed Barbados? Join the waiting list: fenwicktours.example/barbados-waitlist");
        say(20, "10:00", tpLounge, fenwick, "Busy week here, 40 enquiries since Monday.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes148Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 148");
    }
}
