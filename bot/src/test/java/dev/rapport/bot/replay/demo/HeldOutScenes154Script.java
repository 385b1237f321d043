package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 154 (sealed): eight communities of swimming pools, hot tubs, spas and the water-leisure trades, of
 * kinds no earlier round used (hot-tub service engineers, Jet &amp; Heater, with an engineers' bench, a room where tub
 * owners ask and a parts room, an engineer who scatters his new parts-shop link with a code over three rooms in a day,
 * an engineer away on holiday who said so, and an engineer who answers a newcomer's tripping-RCD question with his
 * service price and "DM me"; a hot-tub dealer's own server, Bubble Bay Hot Tubs, with its Staff and Customers, two DMs,
 * a staff member who leaves a customer's cover-lifter chase three days, a customer who pitches his decking to a
 * newcomer by DM, and a Saturday DM answered first thing Monday; a day spa's own server, Linden Day Spa, with its
 * Staff and Clients, a DM, a therapist who answers a pregnancy question a day late with an apology, a client who
 * plugs her yoga classes twice, and an advocate's booking question the owner leaves; public-pool plant operators,
 * Plant Room, where nobody sells, with introductions, a senior operator whose answers carry the guidance links people
 * asked for, and a newcomer helped on three days who says only ta and leaves a question; open-water swim coaches,
 * Buoy Line, with a coaches' bench, a room where swimmers ask and a sessions board, a coach who spends a week pooling
 * lake water-temperature readings into a shared log with fellow coaches while her own swimmer waits, and a coach who
 * drops his wetsuit-hire link into the swimmers' room; residential pool-maintenance technicians, Skim &amp; Shock,
 * with a tech room, a room where homeowners ask and a route-swaps room, a tech who posts tips to nobody for a week, a
 * tech away at a wedding who said so, and a tech who plugs his own video channel; a leisure centre's own server,
 * Riverside Leisure Centre, with its Staff and Members, a DM, and a new member who asks everyone to vote for him in
 * an awards poll; adult masters lane swimmers, Lane Three, where nobody sells, with introductions, a swimmer who
 * answers everyone's news with his own times, and a sports-massage therapist who offers a newcomer her time with
 * advice), over three ISO weeks (2035-W18 to W20), written and labelled by writer154 (session 69) before any coach
 * ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-154.csv}. Run {@link #main} from
 * the project root to write the export again.
 */
final class HeldOutScenes154Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2035, 4, 30);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2035, 5, 21, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-154";
    private static final int BASE = 121200;

    // --- A. hot-tub service engineers ---
    private final String jet = cast.guild(1821);
    private final Channel jhBench = cast.channel(jet, "Jet & Heater", "engineers-bench",
            "hot-tub engineers among ourselves: faults, parts, pricing, the trade", "jh-engineers-bench.json");
    private final Channel jhOwners = cast.channel(jet, "Jet & Heater", "owners-ask",
            "hot-tub owners ask about faults and servicing; engineers reply", "jh-owners-ask.json");
    private final Channel jhParts = cast.channel(jet, "Jet & Heater", "parts-for-sale",
            "members sell parts, spares and service slots, one post per item", "jh-parts-for-sale.json");
    private final Persona gareth = cast.person("gareth.lusk", "Gareth Lusk");
    private final Persona niamh = cast.person("niamh.corr", "Niamh Corr");
    private final Persona owain = cast.person("owain.tudor", "Owain Tudor");
    private final Persona bex = cast.person("bex.okafor", "Bex Okafor");
    private final Persona colin = cast.person("colin.marsh", "Colin Marsh");
    private final Persona helena = cast.person("helena.fry", "Helena Fry");

    // --- B. hot-tub dealer's own server ---
    private final String bubble = cast.guild(1822);
    private final Role bbStaff = cast.role("Staff", "#2e86ab", 2);
    private final Role bbCustomer = cast.role("Customer", "#f6ae2d", 1);
    private final Channel bbNews = cast.channel(bubble, "Bubble Bay Hot Tubs", "showroom-news",
            "news and offers from the showroom", "bb-showroom-news.json");
    private final Channel bbHelp = cast.channel(bubble, "Bubble Bay Hot Tubs", "owners-help",
            "ask us anything about your tub, delivery or water care", "bb-owners-help.json");
    private final Channel bbChat = cast.channel(bubble, "Bubble Bay Hot Tubs", "tub-chat",
            "owners chatting: gardens, soaks, photos", "bb-tub-chat.json");
    private final Persona rowan = cast.person("rowan.pike", "Rowan Pike", bbStaff);
    private final Persona kezia = cast.person("kezia.tremlett", "Kezia Tremlett", bbStaff);
    private final Persona marcus = cast.person("marcus.webb", "Marcus Webb", bbCustomer);
    private final Persona sunita = cast.person("sunita.rao", "Sunita Rao", bbCustomer);
    private final Persona len = cast.person("len.harding", "Len Harding", bbCustomer);
    private final Persona abi = cast.person("abi.stroud", "Abi Stroud");
    private final Channel bbDmSunita = cast.dm(sunita, "bb-dm-sunita-kezia.json");
    private final Channel bbDmAbiMarcus = cast.dm(marcus, "bb-dm-abi-marcus.json");
    private final Channel bbDmAbiRowan = cast.dm(abi, "bb-dm-abi-rowan.json");

    // --- C. day spa's own server ---
    private final String linden = cast.guild(1823);
    private final Role lsStaff = cast.role("Staff", "#6a994e", 2);
    private final Role lsClient = cast.role("Client", "#bc4749", 1);
    private final Channel lsNews = cast.channel(linden, "Linden Day Spa", "spa-news",
            "news, treatments and openings from the spa", "ls-spa-news.json");
    private final Channel lsAsk = cast.channel(linden, "Linden Day Spa", "ask-the-therapists",
            "questions about treatments, bookings and aftercare; our therapists answer", "ls-ask-the-therapists.json");
    private final Channel lsLounge = cast.channel(linden, "Linden Day Spa", "relaxation-lounge",
            "clients chatting", "ls-relaxation-lounge.json");
    private final Persona saoirse = cast.person("saoirse.byrne", "Saoirse Byrne", lsStaff);
    private final Persona tilly = cast.person("tilly.quinn", "Tilly Quinn", lsStaff);
    private final Persona maud = cast.person("maud.ellery", "Maud Ellery", lsClient);
    private final Persona yasmin = cast.person("yasmin.kaur", "Yasmin Kaur", lsClient);
    private final Persona petra = cast.person("petra.novak", "Petra Novak", lsClient);
    private final Persona gideon = cast.person("gideon.shaw", "Gideon Shaw", lsClient);
    private final Persona farah = cast.person("farah.aziz", "Farah Aziz");
    private final Channel lsDmMaud = cast.dm(maud, "ls-dm-maud-saoirse.json");

    // --- D. public-pool plant operators ---
    private final String plant = cast.guild(1824);
    private final Channel prIntro = cast.channel(plant, "Plant Room", "introductions",
            "new here? introduce yourself", "pr-introductions.json");
    private final Channel prRoom = cast.channel(plant, "Plant Room", "plant-room",
            "pool plant, filtration, dosing and water chemistry at public pools", "pr-plant-room.json");
    private final Channel prTests = cast.channel(plant, "Plant Room", "water-tests",
            "readings, odd results and what to do about them", "pr-water-tests.json");
    private final Persona bernard = cast.person("bernard.okoye", "Bernard Okoye");
    private final Persona lottie = cast.person("lottie.hale", "Lottie Hale");
    private final Persona ewan = cast.person("ewan.reid", "Ewan Reid");
    private final Persona grace = cast.person("grace.ndlovu", "Grace Ndlovu");
    private final Persona kit = cast.person("kit.farrow", "Kit Farrow");
    private final Persona jonah = cast.person("jonah.pratt", "Jonah Pratt");

    // --- E. open-water swim coaches ---
    private final String buoy = cast.guild(1825);
    private final Channel blBench = cast.channel(buoy, "Buoy Line", "coaches-bench",
            "open-water coaches among ourselves: venues, safety, pricing, the trade", "bl-coaches-bench.json");
    private final Channel blAsk = cast.channel(buoy, "Buoy Line", "swimmers-ask",
            "swimmers ask about open water, sessions and kit; coaches reply", "bl-swimmers-ask.json");
    private final Channel blSessions = cast.channel(buoy, "Buoy Line", "sessions-board",
            "coaches post their sessions, courses and 1:1 slots", "bl-sessions-board.json");
    private final Persona marnie = cast.person("marnie.holt", "Marnie Holt");
    private final Persona fergal = cast.person("fergal.dunne", "Fergal Dunne");
    private final Persona tamsin = cast.person("tamsin.lowry", "Tamsin Lowry");
    private final Persona rhys = cast.person("rhys.penhale", "Rhys Penhale");
    private final Persona della = cast.person("della.grant", "Della Grant");
    private final Persona ollie = cast.person("ollie.brock", "Ollie Brock");
    private final Persona hannah = cast.person("hannah.soper", "Hannah Soper");

    // --- F. residential pool-maintenance technicians ---
    private final String skim = cast.guild(1826);
    private final Channel ssTech = cast.channel(skim, "Skim & Shock", "tech-talk",
            "pool techs among ourselves: chemistry, kit, routes, the trade", "ss-tech-talk.json");
    private final Channel ssAsk = cast.channel(skim, "Skim & Shock", "homeowners-ask",
            "pool owners ask about their water and kit; techs reply", "ss-homeowners-ask.json");
    private final Channel ssRoutes = cast.channel(skim, "Skim & Shock", "route-swaps",
            "techs offer cover, spare slots and routes for sale", "ss-route-swaps.json");
    private final Persona dario = cast.person("dario.conti", "Dario Conti");
    private final Persona becca = cast.person("becca.lowe", "Becca Lowe");
    private final Persona hamish = cast.person("hamish.greer", "Hamish Greer");
    private final Persona tomos = cast.person("tomos.evans", "Tomos Evans");
    private final Persona verity = cast.person("verity.lang", "Verity Lang");
    private final Persona adaeze = cast.person("adaeze.obi", "Adaeze Obi");
    private final Persona callum = cast.person("callum.frost", "Callum Frost");

    // --- G. leisure centre's own server ---
    private final String river = cast.guild(1827);
    private final Role rlStaff = cast.role("Staff", "#1d3557", 2);
    private final Role rlMember = cast.role("Member", "#a8dadc", 1);
    private final Channel rlNews = cast.channel(river, "Riverside Leisure Centre", "centre-news",
            "timetables, closures and news from the centre", "rl-centre-news.json");
    private final Channel rlChat = cast.channel(river, "Riverside Leisure Centre", "members-chat",
            "members chatting; staff drop in to answer", "rl-members-chat.json");
    private final Channel rlLanes = cast.channel(river, "Riverside Leisure Centre", "lane-swimming",
            "lane etiquette, busy times and swim sessions", "rl-lane-swimming.json");
    private final Persona ifeoma = cast.person("ifeoma.adeyemi", "Ifeoma Adeyemi", rlStaff);
    private final Persona sam = cast.person("sam.whitlock", "Sam Whitlock", rlStaff);
    private final Persona brenda = cast.person("brenda.cole", "Brenda Cole", rlMember);
    private final Persona arjun = cast.person("arjun.mehta", "Arjun Mehta", rlMember);
    private final Persona nell = cast.person("nell.cartwright", "Nell Cartwright", rlMember);
    private final Persona zac = cast.person("zac.hollis", "Zac Hollis", rlMember);
    private final Channel rlDmArjun = cast.dm(arjun, "rl-dm-arjun-sam.json");

    // --- H. adult masters lane swimmers ---
    private final String lane = cast.guild(1828);
    private final Channel ltIntro = cast.channel(lane, "Lane Three", "introductions",
            "introduce yourself: what you swim and when", "lt-introductions.json");
    private final Channel ltPoolside = cast.channel(lane, "Lane Three", "poolside",
            "training chat, sets, aches and moans", "lt-poolside.json");
    private final Channel ltMeets = cast.channel(lane, "Lane Three", "meets",
            "galas, open-water races and who is going", "lt-meets.json");
    private final Persona rosa = cast.person("rosa.fenwick", "Rosa Fenwick");
    private final Persona theo = cast.person("theo.blake", "Theo Blake");
    private final Persona imani = cast.person("imani.osei", "Imani Osei");
    private final Persona pete = cast.person("pete.lomax", "Pete Lomax");
    private final Persona wendy = cast.person("wendy.archer", "Wendy Archer");
    private final Persona jess = cast.person("jess.marlow", "Jess Marlow");
    private final Persona liam = cast.person("liam.tait", "Liam Tait");

    HeldOutScenes154Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        jetAndHeater();
        bubbleBay();
        lindenDaySpa();
        plantRoom();
        buoyLine();
        skimAndShock();
        riversideLeisure();
        laneThree();
    }

    /**
     * A. Jet &amp; Heater: Owain and Gareth help Niamh with a flow fault (day 1); Niamh sorts Colin's slow heater
     * (days 1-2); Bex asks about service prices (day 2). On day 3 Gareth posts his new parts shop with a discount code
     * into #parts-for-sale, #engineers-bench and #owners-ask within ten minutes, and reminds the bench of the code on
     * day 5; Niamh says she is away from day 9 to
     * day 16. Helena joins on day 8 with a tripping RCD; Owain answers with his service price and "DM me", Gareth with
     * the likely fault, and when Helena asks whether it is a DIY job Gareth points her to Bex, who offers Friday. Colin
     * mentions Niamh on day 10 while she is away; she answers on day 16. Owain answers Helena's water question with his
     * quarterly plan (day 16, eight days after they met).
     */
    private void jetAndHeater() {
        Post n1 = say(1, "09:10", jhBench, niamh, "Anyone seen the new BX boards throwing FLO on a brand new pump? "
                + "Had two this month.");
        re(1, "09:40", owain, n1, "Pressure switch gap, nine times out of ten. Shim it.");
        re(1, "10:05", gareth, n1, "Or the pump's airlocked after a fill. Crack the union and bleed it first.");
        re(1, "10:20", niamh, n1, "Shimmed the switch on the second one and it's fine, will try bleeding the first. "
                + "Cheers both");
        Post c1 = say(1, "19:00", jhOwners, colin, "Evening all. My tub takes all day to get from 30 to 38 now, used to "
                + "be three hours. Two year old tub, cover's fine. Any ideas?");
        Post niC = re(1, "19:30", niamh, c1, "Check the filter first Colin, a clogged one cuts the flow and the heater "
                + "throttles back. When did you last clean it?");
        re(1, "19:45", colin, niC, "ahh. March? maybe Feb");
        Post niC2 = re(1, "19:50", niamh, c1, "That'll be it. Soak it overnight in filter cleaner, rinse, and swap in a "
                + "spare if you've got one.");
        re(2, "08:30", colin, niC2, "Clean filter and it's climbing 1.5 degrees an hour again. Thank you!")
                .react("🙌", niamh);
        Post b1 = say(2, "12:00", jhBench, bex, "Pricing q: what's everyone charging for a standard service now? Mine's "
                + "been £85 since 2033 and diesel's up again");
        re(2, "12:20", gareth, b1, "£95 plus parts, £110 if it's over 30 miles.");
        re(2, "12:35", owain, b1, "£90 and I do a drain and refill on top for £40");
        re(2, "12:50", bex, b1, "Right, £95 it is. ta");
        say(3, "08:00", jhParts, gareth, "New parts shop is open! Heater elements, ozonators, pillows, filters, all in "
                + "stock: jetandheaterparts.example/shop 10% off with code JETS10");
        say(3, "08:05", jhBench, gareth, "Lads, my parts shop is live, 10% off with JETS10 this week: "
                + "jetandheaterparts.example/shop");
        say(3, "08:10", jhOwners, gareth, "Tub owners: genuine filters and spares at my new shop, use JETS10 for 10% off "
                + "jetandheaterparts.example/shop");
        Post n2 = say(3, "14:00", jhBench, niamh, "Heads up, I'm off to Lanzarote from Tue 8th till Tue 15th, no signal "
                + "at the villa apparently so I won't be answering anything. @Bex Okafor can you take my Thursday in Leek "
                + "if it comes in?");
        re(3, "14:20", bex, n2, "Yep no worries, send them my number. Have a lovely time");
        Post c2 = say(4, "10:00", jhOwners, colin, "Another one sorry: water's gone foamy after a party at the weekend. "
                + "Do I just keep adding defoamer?");
        Post owC = re(4, "10:25", owain, c2, "Defoamer just hides it. If it's been more than three months drain and "
                + "refill, otherwise shock it and clean the filter again.");
        re(4, "10:40", colin, owC, "Filled in Jan so drain it is. Thanks Owain");
        say(5, "09:00", jhBench, gareth, "Don't forget JETS10 runs till Sunday lads, stock up on filters before the "
                + "summer rush: jetandheaterparts.example/shop");
        Post o1 = say(5, "16:00", jhBench, owain, "Anyone know where to get a 2kW heater for an old Arctic-style tub? "
                + "My supplier's out till June.");
        Post niO = re(5, "16:30", niamh, o1, "The wholesaler in Stoke had three last week, ask for Jim.");
        re(5, "16:45", owain, niO, "Legend, ringing now");
        say(6, "11:00", jhOwners, colin, "Garden party tomorrow and the tub's perfect. Cheers to everyone who helped "
                + "this week").react("👍", niamh, owain);
        // W19
        say(8, "08:15", jhBench, niamh, "Last day before the hols, anyone need anything from me today? Otherwise see "
                + "you on the 16th");
        joins(8, "09:00", jhOwners, helena);
        Post h1 = say(8, "09:10", jhOwners, helena, "Hi, new here. Our tub keeps tripping the RCD in the house, usually "
                + "when the heater kicks in. Electrician says the house side is fine. What could it be?");
        re(8, "09:25", owain, h1, "That'll need a proper look. I do a full diagnostic and service for £95, DM me and "
                + "I'll get you booked in.");
        Post gaH = re(8, "10:00", gareth, h1, "Nine times out of ten that's the heater element breaking down to earth. "
                + "Get the electrician to do an insulation test on the element on its own; under 1 megohm and it's the "
                + "element. Cheap part.");
        re(8, "10:20", helena, gaH, "Thank you, that makes sense. I'll get him back to test it.");
        say(9, "08:00", jhParts, gareth, "3kW heater elements back in stock, £48 each: "
                + "jetandheaterparts.example/elements");
        Post h2 = re(9, "20:00", helena, gaH, "Electrician measured 0.3 on the element, so it's that. Is it a DIY job?");
        re(9, "20:30", gareth, h2, "Doable if you're handy, but power off at the isolator and drain below the heater "
                + "first. Or @Bex Okafor is local to you I think?");
        Post bxH = re(9, "20:45", bex, h2, "I'm in Macclesfield Helena, could do Friday if you'd rather not.");
        re(9, "21:00", helena, bxH, "Friday would be brilliant, yes please.");
        Post c3 = say(10, "10:00", jhOwners, colin, "@Niamh Corr what was that filter cleaner you use? the pink one?");
        Post owC2 = re(10, "11:00", owain, c3, "Not Niamh but I use the Spa-Clear crystals, soak overnight.");
        re(10, "11:20", colin, owC2, "Ta, will grab some");
        Post g2 = say(11, "14:00", jhBench, gareth, "Anyone else getting ozonators arriving dead from the usual importer? "
                + "Two out of five this week.");
        re(11, "14:30", owain, g2, "Had one. They swapped it but it took a fortnight.");
        re(11, "14:40", bex, g2, "Test them on the bench before you drive out, learned that the hard way");
        Post h3 = say(12, "16:00", jhOwners, helena, "Bex fitted the new element today and the RCD hasn't tripped once. "
                + "Thank you all!");
        h3.react("❤️", gareth, bex);
        re(12, "16:10", bex, h3, "Pleasure Helena, keep the filter clean and it'll see you years");
        say(13, "09:00", jhParts, owain, "Two service slots free next week in Cheshire, £95 standard service. Message "
                + "me.");
        // W20
        Post o2 = say(15, "09:00", jhBench, owain, "Anyone tried the new magnesium mineral sticks? Customers keep "
                + "asking.");
        re(15, "09:20", gareth, o2, "Fine for the feel of the water, just don't let them skip sanitiser.");
        say(16, "08:30", jhBench, niamh, "Back, brown and broke. Did I miss anything?");
        Post niC3 = re(16, "08:40", niamh, c3, "Sorry Colin, just back from holiday. It's the Spa-Clear one, what Owain "
                + "said. Hope the tub's behaving!");
        re(16, "09:00", colin, niC3, "No worries at all, hope you had a lovely time");
        Post h4 = say(16, "10:00", jhOwners, helena, "One more q: how often should I change the water? We use it most "
                + "evenings.");
        Post owH = re(16, "10:15", owain, h4, "Every three months with daily use, sooner if it goes cloudy. If you want "
                + "I can put you on my quarterly plan.");
        re(16, "10:30", helena, owH, "I'll think about it, thanks");
        Post b2 = say(17, "12:00", jhBench, bex, "Has anyone tried the thermal blankets that go under the cover? Worth "
                + "fitting as standard?");
        re(17, "12:30", niamh, b2, "Yes, noticeably cut my customers' bills, I fit them on every service now.");
        re(17, "12:45", gareth, b2, "I stock them, but honestly a good cover matters more.");
        Post c4 = say(18, "19:00", jhOwners, colin, "Is it normal for the jets to be weaker on one side?");
        Post niC4 = re(18, "19:20", niamh, c4, "Usually the diverter's been turned, or an airlock. Turn the diverter "
                + "fully both ways and see.");
        re(18, "19:40", colin, niC4, "Diverter! Sorted, thanks Niamh");
        say(19, "09:00", jhParts, gareth, "Thermal blankets in stock, cut to size, from £35: "
                + "jetandheaterparts.example/blankets");
    }

    /**
     * B. Bubble Bay Hot Tubs: Rowan posts showroom news (days 1, 6, 8, 15). Kezia answers Sunita in the room (day 1) and
     * by DM (day 3), and orders Len a cover lifter he asked for (day 3). Abi joins on day 8 and talks tubs with Rowan
     * and Marcus; on day 9 Marcus DMs her his landscaping firm's base-and-decking price, and on day 10 offers it again
     * in #tub-chat. Len asks Kezia about his lifter on day 9 and chases on day 12; she answers on day 12 with an apology,
     * having chatted in #tub-chat and answered Sunita meanwhile. Abi DMs Rowan on Saturday (day 13) about her delivery
     * day; he answers first thing Monday (day 15), saying the showroom is shut Sundays. Kezia answers Abi's chemicals
     * question with the starter kit (day 17); Sunita says she sent her sister (day 19).
     */
    private void bubbleBay() {
        say(1, "09:00", bbNews, rowan, "Spring open weekend this Sat and Sun, 10-4. Ex-display tubs from £3,995 and the "
                + "coffee's on. Details: bubblebaytubs.example/open-weekend");
        Post s1 = say(1, "11:00", bbHelp, sunita, "Our water's gone a bit green at the edges since the warm spell. Is "
                + "that algae?");
        Post keS = re(1, "11:20", kezia, s1, "Sounds like it Sunita. Shock dose tonight with the lid open for 20 min, "
                + "brush the waterline, and check your chlorine's between 3 and 5.");
        re(1, "11:45", sunita, keS, "Will do, thank you");
        Post m1 = say(2, "18:00", bbChat, marcus, "First soak of the year now the frosts have gone. Kids refusing to "
                + "get out.");
        Post lnM = re(2, "18:10", len, m1, "Ours is permanently occupied by the dog now");
        re(2, "18:20", marcus, lnM, "haha, the dog! pics or it didn't happen");
        say(3, "09:30", bbDmSunita, sunita, "Hi Kezia, sorry to DM, is it ok to use the pH down from the supermarket or "
                + "should I get yours?");
        say(3, "09:55", bbDmSunita, kezia, "Hi Sunita! Any sodium bisulphate one is fine, just add it in small doses. "
                + "Has the green gone?");
        say(3, "10:05", bbDmSunita, sunita, "Totally gone, thanks so much");
        Post l1 = say(3, "14:00", bbHelp, len, "Any chance of a cover lifter for a 2m square tub? The lid's getting "
                + "heavy for me.");
        Post keL = re(3, "14:15", kezia, l1, "Yes Len, the fold-under one fits yours, £245 fitted. Want me to order "
                + "it?");
        re(3, "14:30", len, keL, "Go on then. Thanks love");
        re(3, "14:35", kezia, l1, "Ordered, should be 7-10 days, I'll let you know when it's in.");
        Post s2 = say(4, "20:00", bbChat, sunita, "Anyone else do a cold plunge under the garden hose and then the tub? "
                + "My husband thinks I've lost it");
        re(4, "20:15", marcus, s2, "Done it once. Never again 😂");
        say(6, "10:00", bbNews, rowan, "Open weekend is on today and tomorrow, come and say hi. Ex-display list and "
                + "prices: bubblebaytubs.example/open-weekend");
        Post l2 = say(6, "15:00", bbChat, len, "Popped in to the open weekend, lovely to put faces to names @Rowan Pike");
        re(6, "15:20", rowan, l2, "Great to see you Len, glad the tub's still treating you well.");
        // W19
        say(8, "08:00", bbNews, rowan, "This week only: free steps and a thermal cover with any tub ordered. "
                + "bubblebaytubs.example/offers");
        joins(8, "09:00", bbChat, abi);
        Post a1 = say(8, "09:05", bbChat, abi, "Hi all, we're thinking of getting a tub for the new garden. Came to the "
                + "open weekend on Sunday, still deciding between the 5-seater and the lounger.");
        re(8, "09:30", rowan, a1, "Welcome Abi! Lounger if it's mostly the two of you, 5-seater if you have people "
                + "round a lot. Happy to answer anything.");
        Post mA = re(8, "09:45", marcus, a1, "We've got the 5-seater, no regrets. Where's it going in the garden?");
        Post aM = re(8, "10:00", abi, mA, "On the old patio, but it's cracked so we might need a new base");
        re(8, "10:10", marcus, aM, "Ah fair enough");
        say(9, "10:00", bbDmAbiMarcus, marcus, "Hi Abi, Marcus from the Bubble Bay server. I run a landscaping firm, we "
                + "do tub bases and decking surrounds. A standard base and surround is £1,450 and I can fit you in next "
                + "month. Let me know and I'll book you in.");
        say(9, "10:40", bbDmAbiMarcus, abi, "Oh, thanks. We've not even ordered the tub yet but I'll bear it in mind.");
        Post l3 = say(9, "11:00", bbHelp, len, "@Kezia Tremlett any news on my cover lifter? Just checking it's on its way");
        Post a2 = say(10, "15:00", bbChat, abi, "We ordered the lounger! Delivery in two weeks apparently.");
        re(10, "15:20", sunita, a2, "Congrats! You'll never go back");
        re(10, "16:00", marcus, a2, "Great choice. Offer still stands on the base Abi, £1,450 with the decking, mates "
                + "rates");
        Post k1 = say(10, "17:00", bbChat, kezia, "Has anyone tried the new citrus spa scent? We're thinking of "
                + "stocking it");
        Post sK = re(10, "17:20", sunita, k1, "Yes! lovely but don't overdo it or it foams");
        re(10, "17:30", kezia, sK, "Good to know, thanks Sunita");
        Post s3 = say(11, "10:00", bbHelp, sunita, "Is it ok to leave the tub empty for two weeks while we're away? Or "
                + "better to leave it running?");
        Post keS2 = re(11, "10:30", kezia, s3, "Leave it running on economy with the lid locked. An empty tub in the sun "
                + "can crack the shell.");
        re(11, "10:40", sunita, keS2, "Running it is, thanks");
        Post l4 = re(12, "09:00", len, l3, "@Kezia Tremlett sorry to chase again, it's been ten days now on the lifter");
        Post keL2 = re(12, "14:00", kezia, l4, "So sorry Len, I should have come back to you. It's arrived at the "
                + "warehouse, I'll fit it Thursday.");
        re(12, "14:10", len, keL2, "Thursday's grand, ta");
        say(13, "10:00", bbDmAbiRowan, abi, "Hi Rowan, sorry to bother you on a Saturday. Is there any chance delivery "
                + "could be the Tuesday rather than the Monday? We both work Mondays.");
        // W20
        say(15, "08:30", bbDmAbiRowan, rowan, "Morning Abi, sorry, the showroom's shut Sundays. Tuesday 22nd is fine, "
                + "I've moved it. The driver will ring the day before.");
        say(15, "08:45", bbDmAbiRowan, abi, "Perfect, thank you!");
        say(15, "09:00", bbNews, rowan, "Summer water-care evenings are back: Thursdays at 7, free for owners. Sign up: "
                + "bubblebaytubs.example/water-care");
        Post l5 = say(16, "19:00", bbChat, len, "Lifter's on and I can open the lid with one hand. Kezia you're a star");
        re(16, "19:20", kezia, l5, "Ha, glad it's helping Len!");
        Post a3 = say(17, "11:00", bbHelp, abi, "What chemicals do we need to start with? Want to have them ready for "
                + "delivery.");
        Post keA = re(17, "11:15", kezia, a3, "Chlorine granules, pH up and down, test strips and a non-chlorine shock. "
                + "We do a starter kit for £49, or any pool shop will have them.");
        Post aK = re(17, "11:30", abi, keA, "Starter kit please, can I collect Saturday?");
        re(17, "11:40", kezia, aK, "Of course, I'll put one aside.");
        Post m2 = say(18, "20:00", bbChat, marcus, "Anyone been to a water-care evening before? Worth going?");
        re(18, "20:10", sunita, m2, "Yes, learned loads. Bring a water sample.");
        Post s4 = say(19, "10:00", bbChat, sunita, "My sister's just ordered the same tub as ours, I told her to come to "
                + "you lot @Rowan Pike");
        re(19, "10:30", rowan, s4, "That's so kind Sunita, thank you. I'll look after her.");
    }

    /**
     * C. Linden Day Spa: Saoirse posts spa news (days 1, 8, 11, 15, 18). Tilly answers Maud's blood-pressure question
     * (day 1); Saoirse sells Maud a voucher she asked for by DM (day 3). Yasmin asks on Friday evening (day 5) which
     * treatments she can have while pregnant; Tilly answers 26 hours later with an apology (day 6). Petra, a client who
     * teaches yoga, offers her priced class with its booking page in #relaxation-lounge (day 9) and her retreat with its
     * page (day 12). Gideon says he keeps sending people to the spa (day 13); his sister-in-law Farah joins (day 15). On
     * day 17 Gideon asks Saoirse to move Friday's couples booking and chases on day 19; Saoirse posts news and asks
     * clients about a scrub (day 18) but has not answered him when the export is made.
     */
    private void lindenDaySpa() {
        say(1, "09:00", lsNews, saoirse, "Our new garden hydrotherapy pool opens Saturday 5th! Clients get the first "
                + "week free. Booking: lindendayspa.example/hydro");
        Post m1 = say(1, "12:00", lsAsk, maud, "Is the hydro pool ok for someone with high blood pressure? Mine's "
                + "controlled with tablets.");
        Post tiM = re(1, "12:30", tilly, m1, "Usually fine if it's controlled Maud, but keep it to 15 minutes at 34 "
                + "degrees and check with your GP first to be safe. We'll ask on the health form too.");
        re(1, "12:45", maud, tiM, "Will ask at my review Thursday, thank you");
        Post p1 = say(2, "10:00", lsLounge, petra, "Had the best facial yesterday with Tilly, skin's glowing");
        Post yP = re(2, "10:20", yasmin, p1, "Tilly's magic. The hot stones one is even better");
        re(2, "10:30", petra, yP, "Ooh booking that next");
        say(3, "19:00", lsDmMaud, maud, "Hello Saoirse, do you do gift vouchers for the hydro pool? It's my sister's "
                + "60th.");
        say(3, "19:40", lsDmMaud, saoirse, "Hi Maud, we do! Any amount, or a hydro and lunch package at £65. I can post "
                + "one or you can collect.");
        say(3, "19:50", lsDmMaud, maud, "The package please, I'll collect Friday");
        say(3, "19:55", lsDmMaud, saoirse, "Lovely, it'll be waiting at reception.");
        Post y1 = say(5, "18:00", lsAsk, yasmin, "I'm 20 weeks pregnant, which treatments can I still have? Is the hydro "
                + "pool off limits?");
        Post g1 = say(6, "11:00", lsLounge, gideon, "Took my wife for the couples day for our anniversary, she's still "
                + "talking about it.");
        re(6, "11:20", maud, g1, "Lovely! Happy anniversary");
        Post tiY = re(6, "20:00", tilly, y1, "So sorry Yasmin, I missed this yesterday. Pregnancy massage and facials "
                + "are fine after 12 weeks; the hydro pool and the steam room are a no until after baby, it's the heat "
                + "that's the worry. Congratulations!");
        re(6, "20:15", yasmin, tiY, "No worries! Pregnancy massage it is, thank you");
        // W19
        say(8, "09:00", lsNews, saoirse, "The hydro pool's first week was a joy, thank you all. Evening sessions added "
                + "Wednesdays and Fridays.");
        Post y2 = say(8, "14:00", lsLounge, yasmin, "Booked the pregnancy massage for Thursday, excited");
        re(8, "14:10", maud, y2, "You'll love it");
        Post p2 = say(9, "10:00", lsLounge, petra, "Anyone fancy some yoga to go with the spa days? My new class at St "
                + "Anne's hall on Tuesdays, £8 a session, book at petrayoga.example/book");
        Post gP = re(9, "10:30", gideon, p2, "Is it beginner friendly?");
        re(9, "10:45", petra, gP, "Totally, most people are new to it");
        Post g2 = say(10, "12:00", lsAsk, gideon, "Can I bring my own oils for a massage or do you have to use yours?");
        Post tiG = re(10, "12:15", tilly, g2, "We use ours for insurance reasons, but we've got fragrance-free if that's "
                + "the worry.");
        re(10, "12:20", gideon, tiG, "That's it exactly, perfect");
        say(11, "09:00", lsNews, saoirse, "Tilly is now qualified in lymphatic drainage massage, bookings open next "
                + "week.");
        Post y3 = say(11, "15:00", lsLounge, yasmin, "Pregnancy massage was heaven. Slept ten hours");
        re(11, "15:10", tilly, y3, "So glad Yasmin!");
        Post p3 = say(12, "10:00", lsLounge, petra, "Tuesday yoga still has spaces, and I'm running a Sunday retreat "
                + "on the 20th, £45 with lunch: petrayoga.example/retreat");
        re(12, "10:30", maud, p3, "Might bring my sister!");
        Post g3 = say(13, "16:00", lsLounge, gideon, "My wife's already booked a hydro session for her mum and her "
                + "sister, I keep sending people your way @Saoirse Byrne");
        re(13, "16:30", saoirse, g3, "You're a star Gideon, thank you!");
        // W20
        joins(15, "09:00", lsLounge, farah);
        Post f1 = say(15, "09:10", lsLounge, farah, "Hi everyone, Gideon's sister-in-law here, he wouldn't stop talking "
                + "about this place");
        re(15, "09:20", gideon, f1, "Ha! Welcome Farah");
        re(15, "09:30", maud, f1, "Welcome! Try the hydro pool first");
        say(15, "10:00", lsNews, saoirse, "Lymphatic drainage with Tilly is now bookable, 60 min for £70: "
                + "lindendayspa.example/lymphatic");
        Post f2 = say(16, "14:00", lsAsk, farah, "Is the hydro pool ok after a tattoo? Got one three weeks ago.");
        Post tiF = re(16, "14:20", tilly, f2, "Wait until it's fully healed, usually four weeks, so give it another week "
                + "to be safe.");
        re(16, "14:30", farah, tiF, "Will do, thank you");
        Post g4 = say(17, "11:00", lsAsk, gideon, "@Saoirse Byrne can I move Friday's couples booking to Saturday? "
                + "Anniversary dinner got moved for work.");
        say(18, "09:00", lsNews, saoirse, "We're closed Monday 28th for the bank holiday; the hydro pool is open as "
                + "normal Saturday and Sunday.");
        Post sa1 = say(18, "12:00", lsLounge, saoirse, "Who's tried the new lavender scrub? Would love some honest "
                + "feedback");
        Post ySa = re(18, "12:20", yasmin, sa1, "Tried it Tuesday, lovely but a bit scratchy on the legs");
        re(18, "12:30", saoirse, ySa, "Thanks, that's really useful, I'll pass it on");
        re(19, "17:00", gideon, g4, "Still hoping to move Friday if possible? Don't mind what time");
        say(20, "10:00", lsLounge, petra, "Retreat's today, thanks to everyone who came to yoga this month!");
        Post m2 = say(20, "11:00", lsLounge, maud, "@Farah Aziz did you try the hydro in the end?");
        re(20, "11:30", farah, m2, "Not yet, next weekend once the tattoo's healed!");
    }

    /**
     * D. Plant Room: Kit introduces himself with his notes site in #introductions (day 1) and is welcomed. Bernard
     * answers Ewan's combined-chlorine question and, when asked for it in writing, links the guidance (day 1); he
     * answers Grace (days 2, 5) and Kit (day 3) with the guidance notes that fit, and points newer members to them
     * (day 6). Jonah joins on day 8; Bernard helps him on day 8, Lottie and Ewan on day 10, Bernard and Grace on day
     * 12; he says "ta", "ok" and "cheers", and Bernard's question on day 12 (his combined-chlorine reading) waits until
     * day 15. In week 20 Jonah answers Grace and helps Ewan; Kit helps Lottie; Bernard says he is retiring.
     */
    private void plantRoom() {
        joins(1, "08:00", prIntro, kit);
        Post k1 = say(1, "08:10", prIntro, kit, "Hi all, Kit, newly qualified pool plant operator at a leisure centre in "
                + "Derby. I write up what I'm learning at kitsplantnotes.example if anyone's interested. Mainly here to "
                + "learn from people who've done it for years.");
        re(1, "08:30", bernard, k1, "Welcome Kit. Derby's a good plant, that big sand filter. Ask away.");
        Post loK = re(1, "08:45", lottie, k1, "Welcome! Your notes on backwashing are better than our training manual "
                + "lol");
        re(1, "09:00", kit, loK, "Ha, thank you, that's kind");
        Post e1 = say(1, "13:00", prTests, ewan, "Combined chlorine creeping to 0.6 in the teaching pool every "
                + "afternoon. Free's fine at 1.2. UV's on. Ideas?");
        Post beE = re(1, "13:30", bernard, e1, "Dilution first: how much fresh water are you putting in per bather? "
                + "The code says 30 litres. Teaching pools with little ones are the worst for it.");
        Post eB = re(1, "13:40", ewan, beE, "We're nowhere near 30. Maybe 10. Is that written down anywhere I can show "
                + "the manager?");
        re(1, "14:00", bernard, eB, "Here: pwtag.example/code-of-practice/dilution, section 11. Print the table and "
                + "put it on his desk.");
        Post g1 = say(2, "09:00", prRoom, grace, "Our balance tank level sensor's failing again. Anyone moved to the "
                + "ultrasonic ones?");
        re(2, "09:20", lottie, g1, "We did last year, no regrets, no more fouling");
        re(2, "09:30", bernard, g1, "Same, and fit it away from the inlet turbulence. The maker's install note is good: "
                + "sensorsupply.example/ultrasonic-install");
        re(2, "09:45", grace, g1, "Perfect, thanks both");
        Post k2 = say(3, "07:30", prTests, kit, "Odd one: pH drifting up overnight even with the CO2 dosing on. "
                + "Alkalinity's 180.");
        Post beK = re(3, "07:50", bernard, k2, "Alkalinity's your problem, 180 is high. Bring it to 80-120 with acid and "
                + "the pH will settle. The balance notes explain it better than I can: pwtag.example/water-balance");
        re(3, "08:10", kit, beK, "That's a lot clearer, thank you. Will start dosing down today.");
        Post e2 = say(3, "12:00", prRoom, ewan, "Manager's agreed to more dilution! Thanks @Bernard Okoye");
        re(3, "12:10", bernard, e2, "Good lad.");
        Post l1 = say(4, "10:00", prRoom, lottie, "Does anyone else's plant room flood every time the backwash valve "
                + "sticks or is it just us");
        Post grL = re(4, "10:20", grace, l1, "Every plant room in England. Check the actuator's seal.");
        re(4, "10:30", lottie, grL, "It's always the seal isn't it");
        Post g2 = say(5, "14:00", prTests, grace, "Cyanuric acid showing on an indoor pool?? We don't use stabilised "
                + "chlorine.");
        Post beG = re(5, "14:30", bernard, g2, "Someone's put dichlor in as a quick shock. Ask the night shift. Test "
                + "method if you want to confirm it: pwtag.example/cyanuric");
        re(5, "14:45", grace, beG, "Night shift confirmed. Dichlor from the old stock. Binning it.");
        Post b1 = say(6, "10:00", prRoom, bernard, "For anyone newer: the technical notes are free to read now, worth a "
                + "wet weekend. pwtag.example/technical-notes");
        re(6, "10:30", kit, b1, "Reading them now, thank you");
        Post l2 = say(7, "11:00", prRoom, lottie, "Does anyone bother with a turbidity meter or just eyeball the main "
                + "drain?");
        re(7, "11:20", bernard, l2, "Eyeball the drain from the deep end every hour, and a meter if the budget allows. "
                + "If you can't see the drain, clear the pool.");
        // W19
        joins(8, "10:00", prIntro, jonah);
        Post j1 = say(8, "10:10", prIntro, jonah, "Jonah. Just started on plant at a hotel pool in Bath.");
        re(8, "10:20", grace, j1, "Welcome Jonah!");
        Post j2 = say(8, "11:00", prRoom, jonah, "How often should I be backwashing? Previous guy did it daily");
        Post beJ = re(8, "11:30", bernard, j2, "By the pressure difference, not the calendar. When the gauge reads 0.5 "
                + "bar over clean, backwash. Daily's a waste of water for a hotel pool.");
        re(8, "11:40", jonah, beJ, "ta");
        Post j3 = say(10, "09:00", prTests, jonah, "Free chlorine reads 0 but the water looks fine??");
        Post loJ = re(10, "09:20", lottie, j3, "Check your DPD1 tablets aren't out of date, and test straight away, it "
                + "drops fast in sunlight.");
        re(10, "09:30", ewan, j3, "And check the dosing pump's primed. Zero is zero until proven otherwise, close the "
                + "pool till you know.");
        re(10, "09:45", jonah, loJ, "ok");
        Post k3 = say(11, "13:00", prRoom, kit, "Finally got the alkalinity down to 110 and the pH hasn't moved in three "
                + "days. Thanks again @Bernard Okoye");
        re(11, "13:20", bernard, k3, "That's the way. Well done.");
        Post j4 = say(12, "08:30", prTests, jonah, "Pool smells really strong of chlorine, guests complaining");
        re(12, "09:00", bernard, j4, "That smell is chloramines, not too much chlorine: it usually means not enough. "
                + "What's your combined chlorine reading now?");
        Post grJ = re(12, "09:20", grace, j4, "Bernard's right. Superchlorinate after close and up the fresh water.");
        re(12, "09:30", jonah, grJ, "cheers");
        Post g3 = say(13, "10:00", prRoom, grace, "New ultrasonic sensor's in. Thanks for the nudge @Lottie Hale");
        re(13, "10:10", lottie, g3, "told you 🙌");
        Post e3 = say(14, "19:00", prRoom, ewan, "Anyone going to the plant operators' day in Birmingham in June?");
        re(14, "19:20", lottie, e3, "Yes, car share from Stoke?");
        // W20
        Post j5 = say(15, "08:00", prTests, jonah, "@Bernard Okoye combined was 1.1 btw, superchlorinated and it's 0.3 "
                + "now");
        re(15, "08:20", bernard, j5, "Much better. Keep an eye on it.");
        Post l3 = say(16, "14:00", prTests, lottie, "Getting a pink in the DPD3 that won't settle even after 2 mins, "
                + "reading off the scale?");
        Post kL = re(16, "14:30", kit, l3, "Had that, it bleaches at high chlorine. Dilute the sample 1:1 with "
                + "distilled and double the result.");
        re(16, "14:40", lottie, kL, "Genius. 6.2, so someone's overdosed. Thanks Kit");
        Post g4 = say(17, "10:00", prRoom, grace, "Question for the hotel folk: do you get a plant day when the pool's "
                + "closed? Ours wants me on housekeeping 😂");
        re(17, "10:30", jonah, g4, "Same here, I'm on towels on Mondays");
        Post e4 = say(18, "09:00", prTests, ewan, "Is it worth getting a photometer over the comparator? Budget's "
                + "tight");
        Post joE = re(18, "09:20", jonah, e4, "We've got a photometer, much easier to read, the cheap one is fine");
        re(18, "09:30", ewan, joE, "Cheers Jonah");
        Post b2 = say(19, "11:00", prRoom, bernard, "Retiring in August, after 31 years on plant. I'll still lurk here "
                + "though.");
        re(19, "11:10", lottie, b2, "No! You can't. Who'll answer everything");
        re(19, "11:20", grace, b2, "We'll have to read the notes ourselves 😂 congrats Bernard");
        re(19, "11:30", kit, b2, "Congratulations! Your answers have taught me more than the course did");
    }

    /**
     * E. Buoy Line: Fergal posts his lake sessions with their booking page on the sessions board (days 1, 8, 15).
     * Marnie answers her client Della (day 2), who books a block of three (day 6). Tamsin answers Ollie (day 3). Hannah
     * joins on day 8 and asks for a beginner's guide; Tamsin links one. On day 8 Marnie proposes a shared log of the
     * coaches' morning lake temperatures; days 8-13 all her messages are in #coaches-bench building it with Rhys,
     * Tamsin and Fergal, while Della asks her on day 9 for the block's dates and chases on day 11. Marnie answers on day
     * 15 with an apology, then answers Hannah and Ollie. Rhys, who has only ever talked on the bench, drops his
     * wetsuit-hire page into #swimmers-ask on day 17. Della says she told a friend about Marnie (day 17).
     */
    private void buoyLine() {
        say(1, "08:00", blSessions, fergal, "Lake sessions start Sat 5th at Ellerton Water, 7am and 8am, £12 each, coach "
                + "in a kayak on the water. Book: fergalswims.example/sessions");
        Post r1 = say(1, "09:00", blBench, rhys, "Water's 11 degrees at Ellerton this morning. Still wetsuit and booties "
                + "weather for most.");
        re(1, "09:20", tamsin, r1, "Coniston's 9. My lot are all in boots and caps till June");
        Post maR = re(1, "09:40", marnie, r1, "Same here. Any of you doing the new open-water lifeguard module?");
        re(1, "10:00", rhys, maR, "Booked on June's");
        Post d1 = say(2, "18:00", blAsk, della, "@Marnie Holt for Saturday's 1:1, should I bring my own tow float or do "
                + "you have one?");
        Post maD = re(2, "18:20", marnie, d1, "Bring yours if you've got one Della, I've spares if not. See you at 8!");
        re(2, "18:30", della, maD, "Brilliant, see you then");
        Post o1 = say(3, "12:00", blAsk, ollie, "How cold is too cold for a beginner? Going in for the first time this "
                + "month");
        Post taO = re(3, "12:30", tamsin, o1, "Depends on you, but start with 5-10 minutes under 12 degrees, never "
                + "alone, and warm up slowly after, no hot shower straight away.");
        Post oT = re(3, "12:40", ollie, taO, "Why no hot shower?");
        Post taO2 = re(3, "12:50", tamsin, oT, "Blood rushes to your skin and you can go faint. Layers and a warm drink "
                + "instead.");
        re(3, "13:00", ollie, taO2, "Makes sense, thanks");
        Post r2 = say(3, "14:00", blBench, rhys, "What's everyone charging for a 1:1 now? I'm at £35 for 45 min");
        re(3, "14:20", fergal, r2, "£40 for the hour");
        re(3, "14:30", marnie, r2, "£40 too, £110 for a block of three");
        Post d2 = say(6, "10:00", blAsk, della, "First swim of the year done with @Marnie Holt. 400m and I felt amazing. "
                + "Booking the block of three!");
        re(6, "10:20", marnie, d2, "You were brilliant Della. I'll send you the dates.");
        // W19
        say(8, "07:00", blSessions, fergal, "Sat and Sun lake sessions this week, 7am and 8am, £12: "
                + "fergalswims.example/sessions");
        joins(8, "08:00", blAsk, hannah);
        Post h1 = say(8, "08:10", blAsk, hannah, "Hi, totally new to open water. Is there a beginner's guide anyone "
                + "recommends? I've done pool swimming for years.");
        Post taH = re(8, "08:30", tamsin, h1, "Welcome Hannah! The swimming society's beginner guide is the best free "
                + "one: outdoorswimmingsociety.example/beginners. Then find a coached session for your first few.");
        re(8, "08:45", hannah, taH, "Thank you, reading it now");
        Post m1 = say(8, "09:00", blBench, marnie, "Idea: shall we pool our water temperatures into one log? A morning "
                + "reading at each of our lakes, same depth. Swimmers keep asking and we all guess.");
        re(8, "09:20", rhys, m1, "Love it. I'll do Ellerton at 7 daily");
        re(8, "09:30", tamsin, m1, "In. Coniston and the north end of Windermere");
        Post feM = re(8, "09:40", fergal, m1, "Count me in, I'll do the reservoir");
        re(8, "10:00", marnie, feM, "Brilliant. I'll make a shared sheet. Readings at 30cm, 7am, in the swim area not "
                + "the shallows.");
        Post m2 = say(9, "07:30", blBench, marnie, "Sheet's up: buoyline-temps.example/log. Day one: Ullswater 11.5");
        re(9, "07:40", rhys, m2, "Ellerton 11.0 logged");
        Post d3 = say(9, "08:00", blAsk, della, "@Marnie Holt what are the dates for the block of three? I need to book "
                + "time off work for the weekday ones");
        Post t1 = say(9, "12:00", blBench, tamsin, "Coniston 9.5, Windermere 12.1. Windermere's always warmer");
        Post maT = re(9, "12:10", marnie, t1, "Shallower bay, warms fast. Should we note the depth of each swim area "
                + "too?");
        re(9, "12:20", tamsin, maT, "Yes, add a column");
        Post m3 = say(10, "07:45", blBench, marnie, "Column added. Also added wind direction, the north-easterlies drop "
                + "Ullswater a degree overnight.");
        Post feM2 = re(10, "08:00", fergal, m3, "Reservoir 10.2. Wind column's clever");
        Post maF = re(10, "08:10", marnie, feM2, "Does the reservoir turn over in May? Wondering if that explains your "
                + "dips");
        re(10, "08:30", fergal, maF, "Yes usually mid-May, we'll see it");
        Post d4 = re(11, "09:00", della, d3, "Sorry to chase, I just need the dates before my manager signs off the rota "
                + "on Monday");
        Post m4 = say(11, "10:00", blBench, marnie, "Three days of data and Ullswater's 1.5 colder than you'd guess from "
                + "the air. This is going to be so useful");
        Post rM = re(11, "10:10", rhys, m4, "Send it to the lifeguard people too when we've got a month");
        re(11, "10:20", marnie, rM, "Good shout, I'll draft a note");
        Post m5 = say(12, "08:00", blBench, marnie, "Drafted the note for the lifeguard association, can you all have a "
                + "read? buoyline-temps.example/note");
        Post taM = re(12, "08:30", tamsin, m5, "Reads well, maybe say the readings are at 7am");
        re(12, "08:40", marnie, taM, "Done");
        Post o2 = say(12, "17:00", blAsk, ollie, "Did my first lake swim at Ellerton! 10 minutes, freezing, loved it");
        re(12, "17:20", tamsin, o2, "Brilliant Ollie!");
        re(12, "17:30", fergal, o2, "Saw you out there, well done");
        Post m6 = say(13, "07:30", blBench, marnie, "Ullswater 12.4 today, first time over 12");
        re(13, "07:40", fergal, m6, "Reservoir turned over, dropped to 9.8 😂");
        // W20
        Post maD2 = re(15, "08:00", marnie, d4, "Della I'm so sorry, I've had my head in a spreadsheet all week. "
                + "Weekday dates are Wed 23rd and Wed 30th at 6pm, then Sat 2nd June. Hope that's not too late for the "
                + "rota.");
        re(15, "08:20", della, maD2, "It's fine, he'd not done it yet! Booking them now");
        say(15, "09:00", blSessions, fergal, "Weekend lake sessions, 7am and 8am, £12: fergalswims.example/sessions");
        Post h2 = say(15, "10:00", blAsk, hannah, "Is a triathlon wetsuit ok for open water swimming or do I need a "
                + "swimming one?");
        Post maH = re(15, "10:20", marnie, h2, "A tri suit is a swimming wetsuit, you're fine. Just make sure it's snug "
                + "at the neck.");
        re(15, "10:30", hannah, maH, "Great, saves me buying one. Thanks");
        say(16, "12:00", blBench, marnie, "Week two of the log: Ullswater averaging 12.6. Thank you all, the note's "
                + "gone to the lifeguards").react("🎉", tamsin, rhys);
        say(17, "08:00", blAsk, rhys, "wetsuithire.example/rhys summer wetsuit hire is open, £25 a week, all sizes");
        Post d5 = say(17, "09:00", blAsk, della, "Thanks @Marnie Holt, all three booked. Told my friend Sal about you too, "
                + "she'll be in touch");
        re(17, "09:15", marnie, d5, "Thank you Della, that's lovely");
        Post o3 = say(18, "18:00", blAsk, ollie, "What's the etiquette on peeing in a wetsuit, asking for a friend");
        re(18, "18:10", tamsin, o3, "Everyone does it. Rinse the suit after 😂");
        re(18, "18:20", marnie, o3, "Tamsin's right, and rinse it inside out");
        Post r3 = say(19, "07:00", blBench, rhys, "Ellerton 13.1, warmest so far");
        re(19, "07:20", marnie, r3, "Logged! Ullswater's still 12.8");
        Post h3 = say(19, "08:00", blAsk, hannah, "Did my first coached session with @Fergal Dunne this morning. "
                + "Wasn't scared at all. Thank you all for the tips last week");
        re(19, "08:20", fergal, h3, "You were a natural Hannah");
    }

    /**
     * F. Skim &amp; Shock: Becca talks algae with Dario and Tomos (day 1) and a supplier (day 5), and serves Verity, who
     * asks her on day 6 to take her pool on and is quoted. Dario answers Adaeze's pump noise with his own video (day
     * 2). Tomos asks for cover while he is at a wedding in Cork (days 11-14). Days 8-13 Hamish posts tips and news to
     * nobody, twelve turns, nobody answers. Verity mentions Tomos on day 11; Dario answers and says Tomos is away;
     * Tomos answers on day 15. Callum joins on day 15. Dario answers Adaeze's heatwave question on day 16 with his video
     * and a plug for his channel, and posts a new video of his to #homeowners-ask on day 17. Adaeze, Verity's
     * neighbour, asks Becca for weekly visits (day 19).
     */
    private void skimAndShock() {
        Post b1 = say(1, "09:00", ssTech, becca, "Opening season's mental already. Anyone else finding the spring algae "
                + "worse this year?");
        re(1, "09:20", dario, b1, "Mustard algae everywhere. Warm April.");
        re(1, "09:30", tomos, b1, "Brush daily and shock at night, nothing else shifts it");
        Post v1 = say(1, "11:00", ssAsk, verity, "Our pool's been under the cover all winter and it's gone cloudy green. "
                + "Where do I even start?");
        Post beV = re(1, "11:30", becca, v1, "Hi Verity! Scoop the debris, run the pump 24h, test the pH and get it to "
                + "7.2-7.6, then shock at night. Clean the filter after. If it's not clearing in 3 days shout.");
        re(1, "11:45", verity, beV, "Thank you, doing it tonight");
        Post a1 = say(2, "10:00", ssAsk, adaeze, "Is it normal for the pool pump to be loud after winter? Sounds like "
                + "gravel");
        Post daA = re(2, "10:30", dario, a1, "Gravel sound is cavitation or a bearing. Check the water's at mid-skimmer "
                + "and the pump basket's clear first. I did a video on it: dariopools.example/videos/pump-noise");
        re(2, "10:40", adaeze, daA, "Level was low! Topped up and it's quiet. Thanks");
        Post t1 = say(3, "08:00", ssRoutes, tomos, "Can anyone cover my route Thu 10th to Sun 13th May? I'm at my "
                + "sister's wedding in Cork and won't have my phone on. Six pools in Guildford.");
        re(3, "08:30", becca, t1, "I can take three of them, the Godalming end");
        re(3, "08:40", hamish, t1, "I'll take the other three");
        re(3, "08:50", tomos, t1, "Legends, I'll send you the addresses");
        Post v2 = re(4, "14:00", verity, beV, "Day 3 and it's blue! Still a bit hazy though");
        re(4, "14:20", becca, v2, "Nearly there! Clarifier tonight and backwash in the morning");
        Post b2 = say(5, "16:00", ssTech, becca, "Who's got a good supplier for 25kg chlorine granules? Mine's doubled "
                + "the price");
        Post toB = re(5, "16:20", tomos, b2, "The chemical place in Woking, trade account, ask for Dev");
        re(5, "16:30", becca, toB, "Cheers Tomos");
        Post v3 = say(6, "09:00", ssAsk, verity, "@Becca Lowe crystal clear! Could you take us on for the summer? Weekly "
                + "visits?");
        Post beV2 = re(6, "09:20", becca, v3, "Would love to Verity, do Wednesdays suit? £45 a visit, chemicals "
                + "included.");
        re(6, "09:30", verity, beV2, "Perfect, Wednesdays it is");
        // W19
        say(8, "07:00", ssTech, hamish, "Tip of the week: test your water before you add anything, not after.");
        say(8, "12:00", ssTech, hamish, "Busy one today, eight pools, two with cloudy water after the rain.");
        say(8, "18:00", ssTech, hamish, "Reminder that pH affects chlorine more than people think. At 8.0 your chlorine's "
                + "doing a fraction of the work.");
        say(9, "07:00", ssTech, hamish, "Van's restocked, ready for the week.");
        say(9, "13:00", ssAsk, hamish, "Homeowners: run your pump at least 8 hours a day in summer.");
        say(9, "19:00", ssTech, hamish, "Another one: backwash until the sight glass runs clear, not for a set time.");
        say(10, "07:00", ssAsk, hamish, "Spring tip: empty your skimmer baskets twice a week once the blossom starts "
                + "dropping.");
        say(10, "12:00", ssTech, hamish, "Two new clients today, route's nearly full.");
        Post a2 = say(10, "12:30", ssAsk, adaeze, "Quick one: is it ok to swim straight after shocking?");
        Post daA2 = re(10, "12:45", dario, a2, "Wait till the free chlorine's back under 5, usually the next morning.");
        re(10, "12:50", adaeze, daA2, "Next morning it is");
        say(11, "07:00", ssTech, hamish, "Tip: keep a log of every reading. Patterns show up after a month.");
        Post v4 = say(11, "10:00", ssAsk, verity, "@Tomos Evans sorry to tag you, does the solar cover go bubbles up or "
                + "down? You said at the barbecue but I've forgotten");
        Post daV = re(11, "10:20", dario, v4, "Bubbles down, Verity. Tomos is away at a wedding till Sunday.");
        re(11, "10:30", verity, daV, "Ah thanks, bubbles down it is");
        say(12, "07:00", ssTech, hamish, "Weekend reminder: check the chlorine before the barbecue guests jump in.");
        say(12, "09:00", ssRoutes, hamish, "Two slots left on my Saturday round in Farnham, message me.");
        say(13, "08:00", ssTech, hamish, "Three-week forecast looks hot. Stock up on stabiliser.");
        Post d1 = say(13, "14:00", ssTech, dario, "Anyone used the new salt cells with the app? Worth the extra?");
        re(13, "14:20", becca, d1, "Fitted two, the app's flaky but the cells are good");
        // W20
        joins(15, "09:00", ssTech, callum);
        Post c1 = say(15, "09:10", ssTech, callum, "Hi all, just gone self-employed after five years with a pool company "
                + "in Hampshire. Any tips for finding my first clients?");
        Post beC = re(15, "09:30", becca, c1, "Welcome Callum! Word of mouth from your first five, so make them love "
                + "you. And answer people in the homeowners room, that's where I got half mine.");
        re(15, "09:40", callum, beC, "Great advice, thank you");
        say(15, "10:00", ssTech, tomos, "Back from Cork, still recovering. Thanks @Becca Lowe and @Hamish Greer for "
                + "covering");
        Post toV = re(15, "10:10", tomos, v4, "Sorry Verity, I was at the wedding. Dario's right, bubbles down!");
        re(15, "10:20", verity, toV, "No worries, hope it was a good do");
        Post a3 = say(16, "11:00", ssAsk, adaeze, "Green again after the heatwave 😩 what am I doing wrong?");
        Post daA3 = re(16, "11:20", dario, a3, "Heat eats chlorine. Test daily in a heatwave and keep the free chlorine "
                + "at 3. I did a video on heatwave care: dariopools.example/videos/heatwave, and the whole series is on "
                + "my channel, subscribe for a new one every Friday");
        re(16, "11:30", adaeze, daA3, "Watching now, thanks");
        say(17, "09:00", ssAsk, dario, "New video up on my channel: a neglected green pool to clear in four days, step "
                + "by step. dariopools.example/videos/green-to-clean");
        Post v5 = say(17, "14:00", ssAsk, verity, "Is it normal for the heat pump to ice up on cold nights?");
        Post caV = re(17, "14:20", callum, v5, "Yes, in spring it defrosts itself. If it hasn't cleared in an hour, check "
                + "the fan.");
        re(17, "14:30", verity, caV, "Thanks Callum");
        Post h1 = say(18, "10:00", ssTech, hamish, "Anyone used the new phosphate remover? worth it?");
        Post beH = re(18, "10:20", becca, h1, "Only if the test says so.");
        re(18, "10:30", hamish, beH, "Fair, thanks");
        Post a4 = say(19, "09:00", ssAsk, adaeze, "@Becca Lowe do you have any Wednesday space? Our neighbour is Verity "
                + "and she raves about you");
        Post beA = re(19, "09:20", becca, a4, "Ah that's lovely! Wednesday afternoons are free, £45 a visit?");
        re(19, "09:30", adaeze, beA, "Yes please!");
    }

    /**
     * G. Riverside Leisure Centre: Ifeoma posts timetables and news in #centre-news (days 1, 5, 8, 13, 15) and answers
     * Brenda's sauna question without a reply link (day 1); Sam sorts the fast lane (day 2) and books Arjun a lane he
     * asked for by DM (days 3, 19). Zac joins on day 8 and says hello; on day 9 he asks #members-chat and
     * #lane-swimming to vote for him in a newspaper's awards with the voting page, and on day 11 reminds
     * #members-chat with the page again, having answered nobody but Brenda. On day 20 Nell copies a closure notice to
     * three members by mention, asking nothing.
     */
    private void riversideLeisure() {
        say(1, "07:00", rlNews, ifeoma, "Pool timetable for May is up. Lane swimming 6.30-9am weekdays, adults-only "
                + "Friday 8pm. Full timetable: riversideleisure.example/timetable");
        Post b1 = say(1, "08:00", rlChat, brenda, "Is the sauna fixed yet? Been out of action since Easter");
        Post ifB = say(1, "08:20", rlChat, ifeoma, "Brenda, the heater part arrives Wednesday, we're hoping to have it "
                + "back on Thursday.");
        re(1, "08:30", brenda, ifB, "Fab, thanks");
        Post a1 = say(2, "06:45", rlLanes, arjun, "Fast lane was chaos this morning, someone doing breaststroke kick with "
                + "fins");
        re(2, "07:10", nell, a1, "The fins man! He was in medium yesterday too");
        Post saA = re(2, "07:20", sam, a1, "Sorry Arjun, we'll put the lane signs back up and have a lifeguard have a "
                + "word.");
        re(2, "07:30", arjun, saA, "Cheers Sam");
        say(3, "12:00", rlDmArjun, arjun, "Hi Sam, is there any way to book a lane for my son's club trial practice? 30 "
                + "mins, Saturday?");
        say(3, "12:40", rlDmArjun, sam, "Hi Arjun, we can do Sat 9.30-10 in lane 6, £18. Shall I pop you down?");
        say(3, "12:45", rlDmArjun, arjun, "Yes please");
        Post n1 = say(4, "18:00", rlChat, nell, "Does anyone do the aqua aerobics on Thursdays? Thinking of trying it");
        Post bN = re(4, "18:20", brenda, n1, "I do! It's a laugh, Jill's a great instructor");
        re(4, "18:30", nell, bN, "See you there then");
        say(5, "10:00", rlNews, ifeoma, "The sauna is back open from today. Thank you for your patience.");
        say(5, "10:30", rlChat, brenda, "SAUNA 🎉");
        Post n2 = say(6, "09:00", rlLanes, nell, "Anyone know if the 50m pool at the uni is open to the public in "
                + "summer?");
        re(6, "09:20", arjun, n2, "Weekends only, £6");
        // W19
        say(8, "07:00", rlNews, ifeoma, "Half term: the pool is family swim only 10am-4pm from 26 May to 3 June. Lane "
                + "swimming early mornings as normal.");
        joins(8, "09:00", rlChat, zac);
        Post z1 = say(8, "09:10", rlChat, zac, "Hi all, just joined as a member. I'm a personal trainer in town, nice to "
                + "meet you");
        Post bZ = re(8, "09:20", brenda, z1, "Welcome Zac!");
        re(8, "09:30", zac, bZ, "Thanks Brenda");
        Post z2 = say(9, "12:00", rlChat, zac, "Big favour: I've been shortlisted for Personal Trainer of the Year in the "
                + "Gazette awards. Could you all vote for me? Takes 10 seconds: riversidegazette.example/awards/vote "
                + "Every vote helps!");
        say(9, "12:05", rlLanes, zac, "Morning swimmers! Could you vote for me in the Gazette awards? "
                + "riversidegazette.example/awards/vote every vote counts");
        re(9, "13:00", nell, z2, "Is this allowed in here? 😬");
        say(9, "13:20", rlChat, ifeoma, "Just a gentle reminder that members-chat is for members chatting, not for "
                + "promotions or votes please. Thanks all");
        Post a2 = say(10, "07:00", rlLanes, arjun, "Lane ropes are tangled in lane 2 again, can someone from staff sort "
                + "it before the 7am rush?");
        re(10, "07:15", sam, a2, "On it");
        say(11, "08:00", rlChat, zac, "Two days left to vote! riversidegazette.example/awards/vote");
        Post b2 = say(11, "09:00", rlChat, brenda, "Anyone know if the gym's open Bank Holiday Monday?");
        Post zB = re(11, "09:10", zac, b2, "It is, 8 till 6");
        re(11, "09:20", brenda, zB, "Ta");
        Post n3 = say(12, "16:00", rlLanes, nell, "Proud moment, swam a mile non-stop this morning!");
        re(12, "16:10", arjun, n3, "Superb Nell");
        re(12, "16:20", sam, n3, "Well done! 72 lengths is no joke");
        say(13, "10:00", rlNews, ifeoma, "Our swim school has spaces on Saturday mornings for ages 5-8, book at "
                + "reception or riversideleisure.example/swim-school");
        // W20
        say(15, "07:00", rlNews, ifeoma, "June timetable is up: riversideleisure.example/timetable. Adults-only Friday "
                + "moves to 8.30pm.");
        Post z3 = say(15, "08:00", rlChat, zac, "Didn't win but came second! Thanks to everyone who voted");
        re(15, "08:10", brenda, z3, "Well done Zac!");
        Post n4 = say(16, "19:00", rlChat, nell, "@Ifeoma Adeyemi will the outdoor splash area open for half term?");
        Post ifN = re(16, "19:30", ifeoma, n4, "Yes Nell, from Saturday 26th, weather permitting.");
        re(16, "19:40", nell, ifN, "The grandkids will be thrilled");
        Post a3 = say(17, "06:50", rlLanes, arjun, "Tip for anyone new: the medium lane is empty 7.30-8 most days");
        re(17, "07:00", zac, a3, "Good to know, I'll try that");
        Post b3 = say(18, "12:00", rlChat, brenda, "Lost a blue swim bag in the changing rooms yesterday, anyone seen it? "
                + "My glasses are in it");
        Post saB = re(18, "12:20", sam, b3, "It's at reception Brenda, one of the lifeguards handed it in");
        re(18, "12:30", brenda, saB, "Oh thank goodness");
        say(19, "09:00", rlDmArjun, arjun, "Hi Sam, could we book lane 6 again Saturday? Same time");
        say(19, "09:20", rlDmArjun, sam, "Done Arjun, same price, see you Saturday");
        say(19, "09:25", rlDmArjun, arjun, "Cheers");
        Post n5 = say(20, "10:00", rlLanes, nell, "Copied from the noticeboard for anyone who missed it: pool closed Tue "
                + "22nd 6-9am for gala setup. @Arjun Mehta @Brenda Cole @Zac Hollis");
        re(20, "10:10", arjun, n5, "Thanks Nell");
    }

    /**
     * H. Lane Three: Rosa posts the week's sets (days 1, 8). Jess introduces herself in #introductions (day 2) and is
     * welcomed; Theo helps her with tumble turns (day 3). Imani organises gala entries (day 4). In week 19 Pete answers
     * nearly everyone's news and questions with his own times (days 8-14). Liam joins on day 15 after a knee
     * operation; on day 16 he says his knee aches after breaststroke kick, and Wendy, a sports-massage therapist,
     * answers with advice and her price. Pete copies three mentions into a good-luck message (day 18); the gala is
     * on day 19.
     */
    private void laneThree() {
        Post r1 = say(1, "19:00", ltPoolside, rosa, "Tuesday's set: 10x100 on 2:00, 4x50 fast, 200 easy. Lane three as "
                + "usual.");
        re(1, "19:20", theo, r1, "2:00 turnaround? You're cruel");
        re(1, "19:30", imani, r1, "Count me in");
        joins(2, "08:00", ltIntro, jess);
        Post j1 = say(2, "08:10", ltIntro, jess, "Hi! Jess, 34, swam at school and just got back into it. Can do about "
                + "1500m but slowly. Mostly Tuesday evenings.");
        Post roJ = re(2, "08:30", rosa, j1, "Welcome Jess! Tuesdays are perfect, we've got a steady lane. Come and say "
                + "hi at 7");
        re(2, "08:40", theo, j1, "Welcome! Lane three's the friendly one");
        re(2, "08:50", jess, roJ, "Amazing, see you tonight");
        Post j2 = say(3, "09:00", ltPoolside, jess, "That was hard but fun! My tumble turns are a disaster though");
        Post thJ = re(3, "09:20", theo, j2, "Practise them in the deep end off the wall, no swimming, just flip and "
                + "push. Ten a session. Took me a month.");
        re(3, "09:30", jess, thJ, "Will try that Thursday, thank you");
        re(3, "10:00", pete, j2, "Mine took a week. I did 1:08 for the 100 last night, best since January.");
        Post i1 = say(4, "20:00", ltMeets, imani, "Masters gala in Reading on the 19th, who's in? Entries close "
                + "Friday");
        re(4, "20:10", rosa, i1, "In, 50 free and 100 IM");
        re(4, "20:20", theo, i1, "100 back for me");
        re(4, "20:30", pete, i1, "I'm doing the 200 free, going for sub 2:30");
        Post w1 = say(5, "08:00", ltPoolside, wendy, "Shoulder's grumbling after Tuesday's set, anyone else?");
        Post thW = re(5, "08:20", theo, w1, "Mine too. 10x100 on 2:00 is brutal");
        re(5, "08:30", wendy, thW, "Ice and a rest day then, for both of us");
        Post j3 = say(6, "10:00", ltPoolside, jess, "Did the tumble turn drill, got 4 out of 10 right!");
        re(6, "10:10", theo, j3, "Progress! 🎉");
        re(6, "10:15", rosa, j3, "Brilliant Jess");
        // W19
        Post r2 = say(8, "19:00", ltPoolside, rosa, "Tuesday: pyramid 100-200-300-200-100, 20s rest. Bring your pull "
                + "buoys");
        re(8, "19:10", pete, r2, "I did the 300 in 4:05 last week, should be quicker this time");
        Post i2 = say(9, "21:00", ltPoolside, imani, "Swam a 200 fly tonight for the first time in 10 years. Dying.");
        re(9, "21:10", pete, i2, "Nice. My 200 fly's 3:20, I did it in March.");
        Post j4 = say(10, "08:00", ltPoolside, jess, "Anyone got tips for breathing every 3? I keep gasping");
        Post roJ2 = re(10, "08:20", rosa, j4, "Blow out slowly the whole time your face is in, then you only need to "
                + "breathe in. Try it with a kickboard first.");
        re(10, "08:30", pete, j4, "I breathe every 3 all the way through the 400, took me ages. My 400's 5:40 now.");
        re(10, "08:40", jess, roJ2, "Blowing out, that's the bit I'm missing. Thanks!");
        Post t1 = say(11, "12:00", ltMeets, theo, "Gala entry list is out, we've got 9 from the club");
        re(11, "12:10", pete, t1, "I'm seeded 4th in my heat for the 200 free, I could win it if I get my turns right");
        re(11, "12:20", rosa, t1, "9! best turnout in years");
        Post w2 = say(12, "17:00", ltPoolside, wendy, "My new goggles don't leak! Small victories");
        re(12, "17:10", pete, w2, "I've had mine three years. Got them for the 2033 nationals where I came 6th.");
        Post iW = re(12, "17:20", imani, w2, "Which ones? Mine leak constantly");
        re(12, "17:30", wendy, iW, "The soft Swedish-style ones, £8 online");
        Post p1 = say(13, "10:00", ltPoolside, pete, "Did 3km this morning, my longest this year. Legs gone.");
        Post thP = re(13, "10:20", theo, p1, "Good effort Pete");
        re(13, "10:30", pete, thP, "Thanks, I was on 1:40 pace which is quicker than my February pace");
        Post p2 = say(14, "09:00", ltMeets, pete, "My entries are in for the 200 free and 100 free, I'm aiming for a PB "
                + "in both");
        Post roP = re(14, "09:10", rosa, p2, "Go Pete!");
        re(14, "09:20", pete, roP, "I'll need it, my 100 PB's 1:06");
        // W20
        joins(15, "08:00", ltIntro, liam);
        Post l1 = say(15, "08:10", ltIntro, liam, "Liam here, 41, just took up swimming after a knee op, physio's orders. "
                + "Breaststroke only so far.");
        re(15, "08:20", rosa, l1, "Welcome Liam! We've got all levels, Thursday's the gentler session");
        re(15, "08:30", wendy, l1, "Welcome Liam");
        Post l2 = say(16, "09:00", ltPoolside, liam, "My knee aches after breaststroke kick, tried going slower but no "
                + "luck. Any tips?");
        Post weL = re(16, "09:20", wendy, l2, "Breaststroke kick's the worst for knees Liam. Swap to freestyle with a "
                + "pull buoy or a gentle flutter kick for a few weeks and see. If it keeps up I do sports massage and "
                + "knee rehab, £40 a session, happy to have a look.");
        re(16, "09:40", liam, weL, "Didn't know that about breaststroke. Will try the pull buoy, thanks Wendy");
        Post t2 = say(17, "19:00", ltPoolside, theo, "Gala's Saturday! Car share from the pool at 7?");
        re(17, "19:10", imani, t2, "Yes please, I'll bring flapjack");
        Post jT = re(17, "19:20", jess, t2, "Can I come and watch?");
        re(17, "19:30", theo, jT, "Of course! Cheering's half the point");
        Post p3 = say(18, "12:00", ltPoolside, pete, "Tapering for Saturday. @Rosa Fenwick @Theo Blake @Imani Osei good "
                + "luck all");
        re(18, "12:10", rosa, p3, "You too Pete!");
        Post r3 = say(19, "18:00", ltMeets, rosa, "What a day! 9 swims, 6 PBs and a silver for Imani in the 50 fly");
        re(19, "18:10", imani, r3, "Still buzzing");
        re(19, "18:20", pete, r3, "PB in the 100, 1:05.8! The 200 went badly though, died on the last 50");
        Post jR = re(19, "18:30", jess, r3, "You were all amazing, I want to do the next one");
        re(19, "18:40", rosa, jR, "You should! There are novice events in September");
        Post l3 = say(20, "10:00", ltPoolside, liam, "Pull buoy helped, no knee ache today 🙌");
        re(20, "10:10", wendy, l3, "Brilliant Liam");
    }

    static Map<String, String> files() {
        return new HeldOutScenes154Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 154");
    }
}
