package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 151 (sealed): eight communities of food trucks, street-food traders, pop-up kitchens and festival and
 * event catering, of kinds no earlier round used (wood-fired pizza trailer operators, Embers &amp; Dough, with a room
 * where hosts ask and a kit-for-sale room, an operator who posts his season's bookings with a price and "DM me" to
 * two rooms, and an operator who spends a week switching his trailer's oven to a wood-and-gas hybrid with fellow
 * operators while a returning school customer and a new fete organiser wait; mobile-catering gas and electrical
 * safety engineers, Flame Check, with a room where traders ask and a book-a-check room, an engineer who pushes her
 * booking page three times, an engineer away on a course who said so, and an engineer who answers a newcomer's first
 * question with a price and follows it up by DM; festival kitchen crew, Pass the Tongs, where nobody sells, with a
 * new porter helped on three days who says only thanks and leaves a question, and a newcomer who asks two rooms to
 * subscribe to his cooking channel; a catering-trailer builder's own server, Hitchline Trailers, with its Team and
 * Customers, two DMs, a customer who wraps trailers and pitches a newcomer, an after-sales man who leaves a customer's
 * water-pump question three days and a build manager who answers a Friday-evening question a day late; a shared
 * prep kitchen's own server, Unit Nine Kitchen, with its Staff and Customers, a hirer who pushes his hot sauce with a
 * code and a hirer who asks the others to vote for her pies; pop-up supper club hosts, Long Table, with a room where
 * diners ask and a dates room, a host who posts his club's news to nobody for a week, a host who adds her own seats
 * to an answer for a newcomer and a host who drops a link into the diners' room; festival food-rescue volunteers,
 * Plate Rescue, where nobody sells, with a volunteer who leaves the coordinator's van question a week and a
 * caterer's introduction followed by her bookings offered twice; BBQ pitmasters who cater events, Low &amp; Slow, with
 * a room where hosts post events, a pitmaster who pours out five links in minutes and a wedding planner who sends
 * work), over three ISO weeks (2035-W06 to W08), written and labelled by writer151 (session 68) before any coach ran
 * on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-151.csv}. Run {@link #main} from the
 * project root to write the export again.
 */
final class HeldOutScenes151Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2035, 2, 5);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2035, 2, 26, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-151";
    private static final int BASE = 118800;

    // --- A. wood-fired pizza trailer operators ---
    private final String embers = cast.guild(1791);
    private final Channel edOven = cast.channel(embers, "Embers & Dough", "the-oven",
            "pizza trailer operators among ourselves: ovens, dough, pitches, pricing, the trade", "ed-the-oven.json");
    private final Channel edEnquiries = cast.channel(embers, "Embers & Dough", "event-enquiries",
            "hosts ask about pizza for weddings, fetes and parties; operators reply", "ed-event-enquiries.json");
    private final Channel edKit = cast.channel(embers, "Embers & Dough", "kit-for-sale",
            "buy and sell ovens, peels, trailers and kit: one post per item, price and pics", "ed-kit-for-sale.json");
    private final Persona fraser = cast.person("fraser.colquhoun", "Fraser Colquhoun");
    private final Persona bea = cast.person("bea.lindqvist", "Bea Lindqvist");
    private final Persona tomasz = cast.person("tomasz.wrona", "Tomasz Wrona");
    private final Persona kezia = cast.person("kezia.ambler", "Kezia Ambler");
    private final Persona priscilla = cast.person("priscilla.dunmore", "Priscilla Dunmore");
    private final Persona rowan = cast.person("rowan.ashdown", "Rowan Ashdown");
    private final Persona hattie = cast.person("hattie.greenslade", "Hattie Greenslade");

    // --- B. mobile-catering gas and electrical safety engineers ---
    private final String flame = cast.guild(1792);
    private final Channel fcEngineers = cast.channel(flame, "Flame Check", "engineers",
            "gas and electrical engineers among ourselves: regs, kit, jobs, the trade", "fc-engineers.json");
    private final Channel fcTraders = cast.channel(flame, "Flame Check", "trader-questions",
            "food traders ask about gas, LPG, PAT and certificates; engineers reply", "fc-trader-questions.json");
    private final Channel fcBook = cast.channel(flame, "Flame Check", "book-a-check",
            "engineers post open inspection dates and prices; traders book", "fc-book-a-check.json");
    private final Persona gethin = cast.person("gethin.prosser", "Gethin Prosser");
    private final Persona lorna = cast.person("lorna.biddulph", "Lorna Biddulph");
    private final Persona anwar = cast.person("anwar.qureshi", "Anwar Qureshi");
    private final Persona cressida = cast.person("cressida.holt", "Cressida Holt");
    private final Persona sunil = cast.person("sunil.mistry", "Sunil Mistry");
    private final Persona maisie = cast.person("maisie.crowther", "Maisie Crowther");
    private final Persona dominic = cast.person("dominic.treharne", "Dominic Treharne");
    private final Channel fcDmMaisie = cast.dm(maisie, "fc-dm-maisie-crowther.json");

    // --- C. festival kitchen crew ---
    private final String tongs = cast.guild(1793);
    private final Channel ptIntro = cast.channel(tongs, "Pass the Tongs", "introductions",
            "new here? introduce yourself", "pt-introductions.json");
    private final Channel ptKitchen = cast.channel(tongs, "Pass the Tongs", "kitchen-talk",
            "festival and event kitchen crew: shifts, kit, food safety, surviving the season", "pt-kitchen-talk.json");
    private final Channel ptOffCuts = cast.channel(tongs, "Pass the Tongs", "off-cuts",
            "anything else", "pt-off-cuts.json");
    private final Persona wilf = cast.person("wilf.hartigan", "Wilf Hartigan");
    private final Persona josephine = cast.person("josephine.akande", "Josephine Akande");
    private final Persona callum = cast.person("callum.rees", "Callum Rees");
    private final Persona nerys = cast.person("nerys.pugh", "Nerys Pugh");
    private final Persona imogen = cast.person("imogen.tarrant", "Imogen Tarrant");
    private final Persona ashok = cast.person("ashok.varma", "Ashok Varma");

    // --- D. catering-trailer builder's own server ---
    private final String hitch = cast.guild(1794);
    private final Role hlTeam = cast.role("Team", "#e67e22", 2);
    private final Role hlCustomer = cast.role("Customer", "#3498db", 1);
    private final Channel hlNews = cast.channel(hitch, "Hitchline Trailers", "news",
            "news from the workshop", "hl-news.json");
    private final Channel hlHelp = cast.channel(hitch, "Hitchline Trailers", "owners-help",
            "owners and enquirers ask; the team answers", "hl-owners-help.json");
    private final Channel hlDiaries = cast.channel(hitch, "Hitchline Trailers", "build-diaries",
            "show your trailer, in build or on the road", "hl-build-diaries.json");
    private final Persona declan = cast.person("declan.moyle", "Declan Moyle", hlTeam);
    private final Persona suki = cast.person("suki.brennan", "Suki Brennan", hlTeam);
    private final Persona ravi = cast.person("ravi.chaudhry", "Ravi Chaudhry", hlTeam);
    private final Persona alys = cast.person("alys.penrose", "Alys Penrose", hlCustomer);
    private final Persona monty = cast.person("monty.fairclough", "Monty Fairclough", hlCustomer);
    private final Persona lydia = cast.person("lydia.okafor", "Lydia Okafor", hlCustomer);
    private final Persona jonah = cast.person("jonah.pike", "Jonah Pike", hlCustomer);
    private final Persona esme = cast.person("esme.carvell", "Esme Carvell");
    private final Channel hlDmAlys = cast.dm(alys, "hl-dm-alys-penrose.json");
    private final Channel hlDmEsme = cast.dm(esme, "hl-dm-esme-carvell.json");

    // --- E. shared prep kitchen's own server ---
    private final String unit9 = cast.guild(1795);
    private final Role u9Staff = cast.role("Staff", "#2ecc71", 2);
    private final Role u9Customer = cast.role("Customer", "#9b59b6", 1);
    private final Channel u9Notices = cast.channel(unit9, "Unit Nine Kitchen", "notices",
            "notices from the kitchen team", "u9-notices.json");
    private final Channel u9Bookings = cast.channel(unit9, "Unit Nine Kitchen", "bookings",
            "book prep slots, ask the team anything", "u9-bookings.json");
    private final Channel u9Floor = cast.channel(unit9, "Unit Nine Kitchen", "kitchen-floor",
            "hirers chat: prep, markets, trading", "u9-kitchen-floor.json");
    private final Persona pippa = cast.person("pippa.lockwood", "Pippa Lockwood", u9Staff);
    private final Persona elijah = cast.person("elijah.stone", "Elijah Stone", u9Staff);
    private final Persona noor = cast.person("noor.haddad", "Noor Haddad", u9Customer);
    private final Persona gus = cast.person("gus.whitlam", "Gus Whitlam", u9Customer);
    private final Persona tamsin = cast.person("tamsin.kerr", "Tamsin Kerr", u9Customer);
    private final Persona bertie = cast.person("bertie.lamb", "Bertie Lamb", u9Customer);
    private final Persona marisol = cast.person("marisol.vega", "Marisol Vega");

    // --- F. pop-up supper club hosts ---
    private final String longTable = cast.guild(1796);
    private final Channel ltHosts = cast.channel(longTable, "Long Table", "hosts-table",
            "supper club hosts among ourselves: menus, venues, tickets, the trade", "lt-hosts-table.json");
    private final Channel ltDiners = cast.channel(longTable, "Long Table", "diners-ask",
            "diners ask about supper clubs; hosts reply", "lt-diners-ask.json");
    private final Channel ltDates = cast.channel(longTable, "Long Table", "upcoming-dates",
            "hosts post their dates: one post per night, menu, price and booking link", "lt-upcoming-dates.json");
    private final Persona ottavia = cast.person("ottavia.brun", "Ottavia Brun");
    private final Persona samir = cast.person("samir.qasim", "Samir Qasim");
    private final Persona fenella = cast.person("fenella.marr", "Fenella Marr");
    private final Persona jago = cast.person("jago.treloar", "Jago Treloar");
    private final Persona clementine = cast.person("clementine.oduya", "Clementine Oduya");
    private final Persona hamish = cast.person("hamish.baird", "Hamish Baird");
    private final Persona wren = cast.person("wren.lacey", "Wren Lacey");

    // --- G. festival food-rescue volunteers ---
    private final String rescue = cast.guild(1797);
    private final Channel prIntro = cast.channel(rescue, "Plate Rescue", "introductions",
            "new here? introduce yourself", "pr-introductions.json");
    private final Channel prCrew = cast.channel(rescue, "Plate Rescue", "crew-chat",
            "volunteers: collections, drop-offs, food safety, everything else", "pr-crew-chat.json");
    private final Channel prRota = cast.channel(rescue, "Plate Rescue", "rota",
            "volunteer pickup shifts: sign up here", "pr-rota.json");
    private final Persona marguerite = cast.person("marguerite.lowe", "Marguerite Lowe");
    private final Persona dev = cast.person("dev.sandhu", "Dev Sandhu");
    private final Persona ros = cast.person("ros.kimathi", "Ros Kimathi");
    private final Persona padraig = cast.person("padraig.doyle", "Padraig Doyle");
    private final Persona yusuf = cast.person("yusuf.adeleke", "Yusuf Adeleke");
    private final Persona bryony = cast.person("bryony.caddick", "Bryony Caddick");

    // --- H. BBQ pitmasters who cater events ---
    private final String lowSlow = cast.guild(1798);
    private final Channel lsPit = cast.channel(lowSlow, "Low & Slow", "pit-talk",
            "pitmasters among ourselves: smokers, wood, meat, pricing, the trade", "ls-pit-talk.json");
    private final Channel lsRequests = cast.channel(lowSlow, "Low & Slow", "catering-requests",
            "hosts and planners post events; pitmasters reply", "ls-catering-requests.json");
    private final Channel lsKit = cast.channel(lowSlow, "Low & Slow", "kit-for-sale",
            "smokers, pits and kit for sale: one post per item, price and pics", "ls-kit-for-sale.json");
    private final Persona cormac = cast.person("cormac.dwyer", "Cormac Dwyer");
    private final Persona leanne = cast.person("leanne.fitch", "Leanne Fitch");
    private final Persona obi = cast.person("obi.nwosu", "Obi Nwosu");
    private final Persona tristan = cast.person("tristan.vowles", "Tristan Vowles");
    private final Persona gemma = cast.person("gemma.pryor", "Gemma Pryor");
    private final Persona alfie = cast.person("alfie.stannard", "Alfie Stannard");
    private final Persona petra = cast.person("petra.novak", "Petra Novak");

    HeldOutScenes151Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        embersAndDough();
        flameCheck();
        passTheTongs();
        hitchline();
        unitNine();
        longTable();
        plateRescue();
        lowAndSlow();
    }

    /**
     * A. Embers &amp; Dough: Kezia, Fraser and Bea help each other with oven floors and dough (days 1, 5); Priscilla,
     * whose wedding Bea did in 2033, asks her for her sister's date (day 2) and on day 18 says she passed Bea's number
     * to a colleague. Tomasz lists a peel in #kit-for-sale (day 3) and posts his season's bookings with a price and "DM
     * me" in #event-enquiries (day 4) and #the-oven (day 6). Fraser fits a wood-and-gas hybrid burner: days 8-13 all
     * eleven of his messages are firing logs with Bea, Tomasz and Kezia, while Rowan (joins day 8) asks for him by
     * name and Hattie (St Anne's PTA, whose summer fair he did last June) asks him on day 10 and chases on day 12; he
     * answers both on day 15 with apologies. Kezia answers Rowan's request for recommendations with her fete price.
     */
    private void embersAndDough() {
        Post be1 = say(1, "19:10", edOven, bea, "Anyone else's oven floor cracking in this cold? Mine's got a hairline "
                + "right across the middle after Saturday.");
        Post keBe = re(1, "19:25", kezia, be1, "Mine did last Feb. Don't panic, fire it up slower in winter, 45 mins to "
                + "temp instead of 20. It'll hold for years.");
        re(1, "19:40", fraser, be1, "Same here. Hairlines are fine, it's when you can fit a coin in the crack you worry.");
        re(1, "20:05", bea, keBe, "Cheers Kezia, will try a slow one Saturday and see.");
        Post pr1 = say(2, "10:15", edEnquiries, priscilla, "@Bea Lindqvist hi! You did our wedding in 2033 (the pizza "
                + "was still the best bit apparently). My sister's getting married 16 June near Frome, 90 guests, are you "
                + "free?");
        Post bePr = re(2, "10:55", bea, pr1, "Priscilla! Lovely to hear from you. 16 June is free, I'll pencil it in. "
                + "For 90 it'd be the same as yours, £14 a head. Send me your sister's email and I'll send her the menu?");
        re(2, "11:10", priscilla, bePr, "Amazing, sending now x");
        Post to1 = say(3, "12:00", edKit, tomasz, "Selling my old aluminium peel, 14 inch, bit scratched but dead "
                + "straight. £25 collected from Leeds.");
        Post keTo = re(3, "12:40", kezia, to1, "If it's still there Friday I'll have it for the spare trailer");
        re(3, "13:00", tomasz, keTo, "Yours, I'll hold it.");
        say(4, "09:30", edEnquiries, tomasz, "Now booking the 2035 season! Weddings, parties, corporate. From £12 a "
                + "head, minimum 80 covers, DM me for dates.");
        Post ke1 = say(5, "21:00", edOven, kezia, "Anyone tried the new blue-bag flour? My dough's gone slack at 72h");
        Post frKe = re(5, "21:15", fraser, ke1, "Yeah, it's thirstier. Drop your hydration 2%, I'm at 63 now.");
        re(5, "21:30", bea, ke1, "+1, and a shorter cold ferment, 48h does it");
        re(5, "21:45", kezia, frKe, "Perfect, ta both. Will mix tomorrow at 63.");
        say(6, "08:45", edOven, tomasz, "Still got June and July Saturdays free, £12 a head, DM me if you're "
                + "overbooked and want to pass anything on 😉");
        Post fr1 = say(6, "17:00", edOven, fraser, "Collecting a hybrid burner kit Saturday, going wood-and-gas for the "
                + "wedding season. Anyone done the conversion?");
        Post beFr = re(6, "17:30", bea, fr1, "I did in '33. Worth it for weddings, you'll never wait on temp again. Get "
                + "a Gas Safe engineer to sign off the install though.");
        re(6, "17:50", fraser, beFr, "Good shout, thanks Bea.");
        // W07
        joins(8, "09:00", edEnquiries, rowan);
        Post ro1 = say(8, "09:10", edEnquiries, rowan, "Hi all, I'm on the committee for Little Haddon village fete, "
                + "19 May, about 300 people. Can anyone recommend a pizza van? A neighbour mentioned @Fraser Colquhoun.");
        Post keRo = re(8, "10:00", kezia, ro1, "Hi Rowan! I do fetes, £9 a pizza sold on the day, no minimum, I just "
                + "need a flat pitch and a 13A socket if you have one. Menu's here: keziaspizza.example/fetes");
        re(8, "10:20", rowan, keRo, "Thanks Kezia, will share with the committee. Still keen to hear from Fraser too "
                + "as he was recommended.");
        Post fr2 = say(8, "19:00", edOven, fraser, "Burner's in. First firing on gas, 3 bars: 35 minutes to 400C on the "
                + "floor, dome hit 480. That sound right?");
        Post beFr2 = re(8, "19:20", bea, fr2, "Sounds right. Now try two logs on top at 20 minutes and watch the floor.");
        re(8, "19:35", fraser, beFr2, "Will do tomorrow and report back.");
        Post fr3 = say(9, "18:30", edOven, fraser, "Day 2: gas on 3 plus two logs at 20 min, floor at 430 by 30 min. "
                + "Flames rolling nicely over the dome.");
        Post toFr = re(9, "18:50", tomasz, fr3, "Nice. Does the flame failure cut out when you open the door?");
        Post frTo = re(9, "19:00", fraser, toFr, "It did twice! Any fix?");
        Post toFr2 = re(9, "19:15", tomasz, frTo, "Baffle plate. Mine came with one, I'll send you a pic of where it "
                + "sits.");
        re(9, "19:20", fraser, toFr2, "Legend.");
        Post ha1 = say(10, "08:40", edEnquiries, hattie, "@Fraser Colquhoun hi Fraser, it's Hattie from St Anne's PTA. "
                + "You did our summer fair last June and the kids are still talking about it! Are you free Saturday 30 "
                + "June this year? Same deal as last time?");
        Post fr4 = say(10, "20:00", edOven, fraser, "Baffle fitted, no cut-outs. Floor recovery between pizzas down "
                + "from 90 seconds to 50.");
        Post keFr = re(10, "20:10", kezia, fr4, "that's a massive difference");
        re(10, "20:25", fraser, keFr, "I know! Doing a full test bake of 60 on Friday.");
        Post fr5 = say(11, "12:30", edOven, fraser, "@Bea Lindqvist what do you set the low flame to during a lull? "
                + "I'm burning gas like mad.");
        Post beFr3 = re(11, "12:50", bea, fr5, "Bar 1 only and close the door flap. Should cost you about £4 an hour.");
        re(11, "13:05", fraser, beFr3, "That's half what I'm doing, cheers.");
        say(12, "09:15", edEnquiries, hattie, "@Fraser Colquhoun just bumping this, we confirm stalls at next "
                + "Thursday's meeting x");
        Post fr6 = say(12, "21:00", edOven, fraser, "Test bake done: 60 pizzas in 75 mins, floor never dropped below "
                + "400. 2.1kg of gas. Happy man.");
        fr6.react("🔥", kezia, bea);
        Post toFr3 = re(12, "21:20", tomasz, fr6, "Told you. Welcome to the hybrid club.");
        re(13, "10:00", fraser, toFr3, "Ha. Next is the gas certificate, Bea's right, booking an engineer Monday.");
        Post ke3 = say(14, "11:00", edOven, kezia, "Pitch fees at the county show have gone up to £600 for the "
                + "weekend. Anyone still think it's worth it?");
        Post beKe = re(14, "11:30", bea, ke3, "Only if you're doing 400 covers a day. I'm skipping it this year.");
        re(14, "11:45", kezia, beKe, "Same maths here, I'll do the two village shows instead.");
        // W08
        Post frHa = re(15, "08:30", fraser, ha1, "Hattie, so sorry, I've had my head in an oven conversion all week and "
                + "missed this. Yes, 30 June is yours, same as last year, £400 flat for the fair. Tell the kids I'm "
                + "bringing the new oven!");
        Post frRo = re(15, "08:45", fraser, ro1, "Rowan, apologies for the slow reply and thanks for thinking of me. 19 "
                + "May is free, £9 a pizza like Kezia. Happy to come and look at the pitch.");
        re(15, "09:10", hattie, frHa, "Brilliant, thank you Fraser! 🎉");
        Post roFr = re(15, "11:00", rowan, frRo, "Thanks both! Committee went with Fraser as the neighbour asked for him. "
                + "@Kezia Ambler we'd love you for the Christmas market if you're up for it?");
        re(15, "11:30", kezia, roFr, "Deal, drop me a line in October!");
        Post be2 = say(16, "17:00", edOven, bea, "Anyone got a spare flame-failure thermocouple? Mine's died the week "
                + "before a job.");
        Post toBe = re(16, "17:20", tomasz, be2, "I've got two, posting one tonight. You can buy me a pint.");
        re(16, "17:30", bea, toBe, "You're a star Tomasz");
        say(17, "10:00", edKit, tomasz, "Spare 3-burner hybrid conversion kit, never fitted, box unopened. £280 "
                + "collected or £300 posted.");
        Post pr2 = re(18, "14:00", priscilla, bePr, "@Bea Lindqvist my sister loved the menu, she's booked! And my "
                + "colleague wants you for her 40th, I gave her your number.");
        re(18, "14:30", bea, pr2, "Thank you so much Priscilla, that's so kind of you ❤️");
        Post ro2 = say(19, "10:00", edEnquiries, rowan, "@Fraser Colquhoun pitch is on the green by the church, "
                + "there's a 13A socket in the hall, does that work?");
        re(19, "10:20", fraser, ro2, "Perfect, I'll bring 25m of armoured cable.");
        Post ke2 = say(20, "20:00", edOven, kezia, "First wedding of the year booked off the fete chat, cheers Rowan's "
                + "committee 😄 Anyone doing a sourdough base for events yet?");
        re(20, "20:30", fraser, ke2, "Tried it, too fussy for 300 covers. Stick with 48h direct.");
        Post to2 = say(21, "09:00", edOven, tomasz, "Thermocouple arrive ok @Bea Lindqvist?");
        re(21, "09:20", bea, to2, "It did, fitted and firing. Pint's on me at the trade show.");
    }

    /**
     * B. Flame Check: Gethin shares the new hose-date rule (day 1). Cressida posts "book now" with her booking page in
     * #trader-questions and #engineers (day 2) and #trader-questions again (day 4), and once in #book-a-check (day 6).
     * Gethin answers his customer Dominic's hissing regulator (day 3) and on day 17 Dominic says he sent his cousin;
     * Gethin thanks him. Lorna answers Sunil (day 3), says on day 5 she is on a course days 8-10; Sunil asks her on day
     * 9 and she answers on day 11. Maisie (joins day 8) asks what certificates she needs; Gethin answers, Anwar replies
     * "gas + PAT for you this week, £145, DM me" and DMs her £130 on day 9; she declines. Anwar lists dates in
     * #book-a-check (days 5, 18) and answers Dominic (day 13).
     */
    private void flameCheck() {
        Post ge1 = say(1, "08:30", fcEngineers, gethin, "Heads up, the new LPG hose date rule: anything stamped before "
                + "2030 is a fail from 1 April.");
        re(1, "09:00", lorna, ge1, "Thanks Gethin, had one at a market on Saturday and wasn't sure.");
        re(1, "09:20", anwar, ge1, "Same. Going to be a busy March.");
        say(2, "10:00", fcTraders, cressida, "Festival season is coming! Get your gas safety and PAT done early. Book now "
                + "at holtgassafety.example/book");
        say(2, "10:20", fcEngineers, cressida, "If anyone's overbooked in March send them over, book now at "
                + "holtgassafety.example/book");
        Post do1 = say(3, "07:50", fcTraders, dominic, "@Gethin Prosser my regulator's hissing again, same one you "
                + "swapped last spring. Safe to run Saturday?");
        Post geDo = re(3, "08:15", gethin, do1, "No, don't run it. Turn off at the cylinder and I'll come Friday "
                + "morning and swap it under warranty.");
        re(3, "08:30", dominic, geDo, "Legend, thanks Gethin.");
        Post su1 = say(3, "13:00", fcTraders, sunil, "Does a curry van with one two-ring burner need a full gas cert for "
                + "a farmers' market, or just the hose check?");
        Post loSu = re(3, "13:30", lorna, su1, "Full cert. Most markets ask for a Gas Safe certificate dated within 12 "
                + "months, whatever the size. It's a 40 minute job.");
        re(3, "13:45", sunil, loSu, "ok thanks Lorna, booking one");
        say(4, "11:00", fcTraders, cressida, "Still a few February slots! Gas + PAT combined, book now: "
                + "holtgassafety.example/book");
        say(5, "09:00", fcBook, anwar, "Open dates: 19, 20 and 22 Feb. Gas + PAT £145, Midlands.");
        Post lo1 = say(5, "16:00", fcEngineers, lorna, "I'm on the LPG refresher course Mon-Wed next week (12-14 Feb), "
                + "back Thursday. Anything urgent, Gethin's kindly covering.");
        re(5, "16:20", gethin, lo1, "Got you covered.");
        say(6, "10:00", fcBook, cressida, "Gas + PAT £150, any date in Feb: holtgassafety.example/book");
        Post su4 = say(7, "18:00", fcTraders, sunil, "Anyone trading at Leicester market Sunday? Wondering if it's "
                + "worth it in February.");
        Post doSu = re(7, "18:30", dominic, su4, "I'm there, it's quiet till 12 then busy. Worth it for a curry in this "
                + "cold.");
        re(7, "18:45", sunil, doSu, "Sold, see you there");
        // W07
        joins(8, "09:30", fcTraders, maisie);
        Post ma1 = say(8, "09:40", fcTraders, maisie, "Hi everyone, first season with my crepe van. What certificates "
                + "do I actually need for a festival? Gas, electric, anything else?");
        Post geMa = re(8, "10:10", gethin, ma1, "Welcome Maisie! Gas Safe certificate for the LPG install, PAT for "
                + "anything that plugs in, a fire blanket and a 2kg powder extinguisher. Festivals usually want your "
                + "public liability too.");
        re(8, "10:25", anwar, ma1, "I can do gas + PAT for you this week, £145, I've got Thursday free. DM me.");
        re(8, "10:40", maisie, geMa, "Thank you Gethin, that's really clear!");
        say(9, "09:00", fcDmMaisie, anwar, "Hi Maisie, Anwar from Flame Check. Still got Thursday morning for you, "
                + "£145 for both, or £130 if you book today.");
        say(9, "12:00", fcDmMaisie, maisie, "Thanks, I'm going with someone local to my pitch but appreciate it.");
        Post su2 = say(9, "14:00", fcTraders, sunil, "@Lorna Biddulph the regulator you recommended, does it need a "
                + "separate test point for the cert?");
        Post ge2 = say(10, "11:00", fcEngineers, gethin, "Anyone else seeing trailers with flexible hose straight "
                + "through the floor, no grommet? Third this month.");
        re(10, "11:20", anwar, ge2, "Yep. I fail it now, no arguments.");
        re(10, "11:40", cressida, ge2, "Same.");
        Post loSu2 = re(11, "09:00", lorna, su2, "Sorry Sunil, back from the course today. Yes, you need a test point "
                + "after the regulator, it's a £12 part and any engineer fits it during the cert.");
        re(11, "09:30", sunil, loSu2, "Great, thanks Lorna 👍");
        Post lo2 = say(12, "10:00", fcEngineers, lorna, "Course write-up: the new bit is CO alarms in catering units, "
                + "one per unit now, mounted high, and they want the test date on the cert.");
        lo2.react("👍", anwar, cressida);
        re(12, "10:30", gethin, lo2, "Brilliant, thanks Lorna. That'll catch a lot of people out.");
        Post do2 = say(13, "16:00", fcTraders, dominic, "Anyone know if a generator needs PAT or is that a separate "
                + "thing?");
        Post anDo = re(13, "16:30", anwar, do2, "The generator itself isn't PAT'd but the leads and anything plugged in "
                + "are. Get an RCD on it too.");
        re(13, "16:45", dominic, anDo, "Cheers Anwar.");
        // W08
        Post cr1 = say(15, "09:00", fcEngineers, cressida, "Anyone using the new digital manometers? Thinking of "
                + "switching.");
        Post geCr = re(15, "09:30", gethin, cr1, "I have the Testo one, it's good, prints straight to the cert app.");
        re(15, "09:45", cressida, geCr, "Thanks, ordering one.");
        Post ma2 = say(16, "12:00", fcTraders, maisie, "Cert done! Thanks for the advice @Gethin Prosser. One more: does "
                + "the extinguisher need a service tag if it's brand new?");
        Post geMa2 = re(16, "12:30", gethin, ma2, "Brand new is fine for 12 months, keep the receipt in the van.");
        re(16, "12:40", maisie, geMa2, "👍 perfect");
        Post do3 = say(17, "10:00", fcTraders, dominic, "@Gethin Prosser the new regulator's perfect. Also sent my "
                + "cousin your way, she's got a taco trailer in Swansea, she'll ring you.");
        re(17, "10:40", gethin, do3, "Thanks Dominic, really appreciate that. I'll look after her.");
        say(18, "09:00", fcBook, anwar, "March dates open: 4, 5 and 11 March. Gas + PAT £145.");
        Post su3 = say(19, "15:00", fcTraders, sunil, "where do people get LPG refilled round Leicester?");
        Post loSu3 = re(19, "15:20", lorna, su3, "Calor at Thurmaston, or the Flogas depot off the A46. Both fill on "
                + "Saturdays.");
        re(19, "15:30", sunil, loSu3, "perfect, Thurmaston's on my way");
        say(20, "11:00", fcEngineers, lorna, "CO alarm notes from the course, for anyone who wants them: "
                + "docs.example/lorna/co-alarms-catering").react("🙏", gethin, anwar);
        Post ma3 = say(21, "17:00", fcTraders, maisie, "First market done with the van! Passed the inspection at the gate "
                + "with everything you told me.");
        re(21, "17:20", gethin, ma3, "Brilliant Maisie, well done.");
    }

    /**
     * C. Pass the Tongs (nobody sells): Imogen introduces herself with her recipe blog (day 1) and is welcomed. Callum,
     * a new porter, is helped by Wilf (day 2, boots), Nerys (day 3, washing up without hot water) and Wilf (day 5,
     * sleeping on site, with "which festival are you on?"); he says "thanks", "ok thanks", "thanks!" and helps nobody;
     * on day 9 he answers Wilf's question with an apology and on day 10 helps Nerys with her allergen app. Nerys
     * sends Josephine the temperature-log template she asked for (day 4). Josephine says on day 12 she is away 19-22
     * Feb; Imogen asks her on day 20. Ashok joins on day 15 and asks #kitchen-talk and #off-cuts to subscribe to his
     * cooking channel within four minutes; Nerys welcomes him with a question on day 16 that he leaves.
     */
    private void passTheTongs() {
        joins(1, "09:00", ptIntro, imogen);
        Post im1 = say(1, "09:20", ptIntro, imogen, "Hi all! I'm Imogen, sous chef, did four festivals last summer, "
                + "mostly veggie kitchens. I write up big-batch recipes on my blog, imogencooks.example. Looking forward "
                + "to learning from you lot.");
        re(1, "09:45", wilf, im1, "Welcome Imogen! Big-batch veggie is gold at festivals.");
        Post neIm = re(1, "10:10", nerys, im1, "Welcome! I used your lentil ragu for 200 last August, lifesaver.");
        re(1, "10:30", imogen, neIm, "haha thank you, that one's saved me more than once");
        joins(1, "18:00", ptKitchen, callum);
        Post ca1 = say(2, "11:00", ptKitchen, callum, "first festival kitchen this summer as a porter. what boots do "
                + "people wear? my trainers got soaked on the trial shift");
        Post wiCa = re(2, "11:30", wilf, ca1, "Steel toe wellies with a proper insole. The cheap Dunlop ones are fine, "
                + "about £30. Trainers will wreck your feet by day 2.");
        re(2, "12:10", callum, wiCa, "thanks");
        Post ca2 = say(3, "15:00", ptKitchen, callum, "how do you deal with the washing up station when there's no hot "
                + "water for hours? we had that at the trial");
        Post neCa = re(3, "15:20", nerys, ca2, "Keep one big stock pot on the boil just for the sink, and sanitiser tabs "
                + "for the final rinse. Ask the head chef where the tabs live on day one, trust me.");
        re(3, "16:00", callum, neCa, "ok thanks");
        Post jo1 = say(4, "10:00", ptKitchen, josephine, "Does anyone have the food-safety temperature log template the "
                + "big festivals use? Our caterer wants one by Friday.");
        Post neJo = re(4, "10:25", nerys, jo1, "This is the one Greenhollow uses, free to copy: "
                + "docs.example/festival-temp-log");
        re(4, "10:40", josephine, neJo, "Perfect, thank you Nerys, saved me an evening.");
        Post ca3 = say(5, "20:00", ptKitchen, callum, "any tips for sleeping on site? the trial was so loud");
        Post wiCa2 = re(5, "20:20", wilf, ca3, "Earplugs, eye mask, and camp in crew camping, never the public field. "
                + "Which festival are you on, Callum? I might know the kitchen manager.");
        re(5, "21:30", callum, wiCa2, "thanks!");
        Post jo2 = say(6, "13:00", ptOffCuts, josephine, "Anyone going to the catering trade show in March?");
        re(6, "13:20", wilf, jo2, "Probably the Thursday.");
        Post imJo = re(6, "13:40", imogen, jo2, "Yes! Let's meet for a coffee.");
        re(6, "14:00", josephine, imJo, "Deal.");
        Post im2 = say(7, "11:00", ptKitchen, imogen, "Allergen question: if the oat milk is made in a factory that also "
                + "handles nuts, do we flag it on the board or not?");
        Post joIm = re(7, "11:30", josephine, im2, "Flag it as 'may contain', our EHO was very clear on that at "
                + "Greenhollow.");
        re(7, "11:45", imogen, joIm, "Thanks, that's what I thought but wanted to check. Doing a may-contain column.");
        // W07
        Post wi1 = say(9, "09:00", ptKitchen, wilf, "Heads up: Greenhollow's kitchen crew applications open on "
                + "Monday, they want porters and line cooks.");
        Post caWi = re(9, "10:00", callum, wiCa2, "sorry Wilf, missed your question last week, it's Greenhollow! so I "
                + "might see you there");
        re(9, "10:20", wilf, caWi, "Ha, then I know your kitchen manager. Say hi to Dot from me.");
        wi1.react("👍", nerys, josephine);
        Post ne1 = say(10, "19:00", ptKitchen, nerys, "Anyone else's allergen matrix app crashing on the tablet? "
                + "Third time today.");
        Post caNe = re(10, "19:30", callum, ne1, "had the same at the trial, turning off battery saver fixed it for "
                + "us");
        re(10, "19:50", nerys, caNe, "That worked!! thank you Callum");
        Post im3 = say(11, "12:00", ptOffCuts, imogen, "Who else is counting down to May? I'm already dreaming of "
                + "the crew breakfast.");
        re(11, "12:30", nerys, im3, "Bacon rolls at 5am in a field, nothing like it");
        say(12, "17:00", ptKitchen, josephine, "I'm away skiing 22-28 Feb, no signal probably. If anyone needs the "
                + "temp log folder I shared, ask Nerys.");
        Post wi2 = say(13, "20:00", ptKitchen, wilf, "How many of you are doing Level 3 food safety this spring? "
                + "Thinking of organising a study night.");
        re(13, "20:20", nerys, wi2, "Me, count me in");
        re(13, "20:40", imogen, wi2, "Yes please!");
        Post ns1 = say(14, "21:00", ptOffCuts, nerys, "Best thing you've eaten at a festival? Go.");
        re(14, "21:15", josephine, ns1, "Someone's dal at 3am in the crew tent. Never found out who made it.");
        re(14, "21:30", wilf, ns1, "Oyster po'boy, Cambridge, 2031. Still think about it.");
        // W08
        joins(15, "09:55", ptIntro, ashok);
        say(15, "10:00", ptKitchen, ashok, "Hey all, started a cooking channel for festival food. Would mean a lot if "
                + "you could subscribe! youtube.example/@ashokcooksoutdoors");
        say(15, "10:04", ptOffCuts, ashok, "Subscribe to my channel pls, trying to hit 500 subs "
                + "youtube.example/@ashokcooksoutdoors");
        Post ne2 = say(16, "08:30", ptKitchen, nerys, "Welcome @Ashok Varma! Which kitchens have you worked? Always "
                + "nice to have another cook in here.");
        Post wi3 = say(16, "12:00", ptKitchen, wilf, "Study night for Level 3: Tuesday 6 March at the Crown, back "
                + "room, 7pm. Bring the workbook.");
        re(16, "12:30", nerys, wi3, "I'll be there");
        re(16, "12:45", callum, wi3, "can porters come? would like to learn it");
        re(16, "13:00", wilf, wi3, "@Callum Rees of course, everyone's welcome.");
        Post im4 = say(17, "10:00", ptKitchen, imogen, "Anyone know a good insulated box for carrying stock from the "
                + "prep kitchen to site?");
        Post caIm = re(17, "10:30", callum, im4, "the kitchen at the trial had Thermo Future boxes, they kept soup hot "
                + "for 5 hours");
        re(17, "10:45", imogen, caIm, "Ooh, thanks Callum, looking them up.");
        Post wi4 = say(18, "19:00", ptOffCuts, wilf, "Kitchen manager at Greenhollow says hi Callum, you're on the "
                + "washing-up dream team.");
        re(18, "19:20", callum, wi4, "haha brilliant, tell Dot I'm bringing my wellies");
        say(20, "09:00", ptKitchen, imogen, "@Josephine Akande where did you put the may-contain sheet in the shared "
                + "folder? Can't find it.");
        Post ne3 = say(20, "09:30", ptKitchen, nerys, "Imogen, she's skiing till next Wednesday, it's in Allergens > 2035 I "
                + "think");
        ne2.react("👍", wilf);
        re(20, "10:00", imogen, ne3, "Found it, thank you Nerys!");
    }

    /**
     * D. Hitchline Trailers (a catering-trailer builder's own server; Team: Declan (owner), Suki, Ravi; Customer: Alys,
     * Monty, Lydia, Jonah (wraps trailers); Esme joins day 8): Declan posts news in #news (days 1, 6, 8, 15, 21).
     * Ravi answers Alys's DM in half an hour (day 2) and Monty (day 4); Suki answers Lydia (day 3). Esme's first
     * question (day 8, wait and starting price) is answered by Suki; Jonah replies "full wrap £1,100, DM me" and DMs
     * her £990 on day 9; she declines. Alys asks Ravi by name about her water pump on day 10 and chases on day 11;
     * Ravi answers Monty and Lydia on days 10-12; Declan answers her on day 13; Ravi apologises on day 15. Monty tells
     * Suki on day 16 he sent a friend. Lydia asks Suki on Friday day 19 at 18:00 about her hob before a Sunday
     * wedding; Suki answers on Saturday day 20 at 20:10, back from a delivery.
     */
    private void hitchline() {
        say(1, "09:00", hlNews, declan, "Workshop's back from the winter break. Six builds in the queue for spring, "
                + "two slots left for May delivery.");
        Post mo1 = say(1, "18:00", hlDiaries, monty, "Burger trailer's first outing of the year Saturday, new menu "
                + "board!");
        Post suMo = re(1, "18:30", suki, mo1, "Looks great Monty, that board really pops.");
        re(1, "18:45", monty, suMo, "Cheers Suki, my daughter painted it");
        say(2, "08:00", hlDmAlys, alys, "Hi Ravi, the serving hatch strut's gone floppy again, can I swap it myself?");
        say(2, "08:30", hlDmAlys, ravi, "Hi Alys, yes, it's two bolts. I'll post you a new strut today, no charge.");
        say(2, "08:40", hlDmAlys, alys, "You're a star, thank you!");
        Post ly1 = say(3, "17:00", hlHelp, lydia, "What's the best way to stop the water tank freezing overnight? Got "
                + "a market at 7am Saturday.");
        Post suLy = re(3, "17:30", suki, ly1, "Drain it if it's going below -2, or a 50W tank heater off the leisure "
                + "battery. We fit them for £85 if you ever want one, but a drained tank is free!");
        re(3, "17:45", lydia, suLy, "Ha, I'll drain it, thanks Suki");
        Post mo2 = say(4, "12:00", hlHelp, monty, "Is it normal for the extractor to rattle at full speed?");
        Post raMo = re(4, "12:20", ravi, mo2, "Usually a loose mounting screw, tighten the four on the hood. If it "
                + "still rattles, bring it in.");
        re(4, "13:00", monty, raMo, "Tightened, silence. Ta Ravi.");
        Post jn1 = say(5, "19:00", hlDiaries, jonah, "Just wrapped my own trailer in matt green, pretty pleased");
        jn1.react("😍", lydia, alys);
        re(5, "19:30", declan, jn1, "That's smart Jonah.");
        say(6, "10:00", hlNews, declan, "We'll be at the Street Food Trade Show in Birmingham 15-16 Feb, stand B12. "
                + "Come and say hi.");
        // W07
        joins(8, "09:00", hlHelp, esme);
        Post es1 = say(8, "09:10", hlHelp, esme, "Hi! Looking at getting a 12ft trailer built for a dumpling "
                + "business. How long is the wait at the moment and roughly what's the starting price?");
        Post suEs = re(8, "09:40", suki, es1, "Hi Esme, welcome! About 14 weeks right now, and 12ft catering trailers "
                + "start at £16,500 fitted. Happy to go through a spec with you when you're ready.");
        re(8, "10:00", jonah, es1, "While you wait, get it wrapped by me, full wrap £1,100 for a 12ft, DM me.");
        re(8, "10:15", esme, suEs, "Thanks Suki, I'll draw up what I need.");
        say(8, "16:00", hlNews, declan, "Stand's ready for the trade show next week, we're bringing the show trailer.");
        say(9, "11:00", hlDmEsme, jonah, "Hi Esme, Jonah here (wraps). Can do you £990 if you book the wrap now with "
                + "the build. Portfolio: pikewraps.example");
        say(9, "13:00", hlDmEsme, esme, "Thanks, bit early for me to think about wraps.");
        Post al1 = say(10, "08:30", hlHelp, alys, "@Ravi Chaudhry the water pump on my crepe trailer has stopped "
                + "priming, it just hums. Market on Saturday, can I fix it or does it need to come in?");
        Post mo3 = say(10, "10:45", hlHelp, monty, "What grease for the jockey wheel?");
        Post raMo2 = re(10, "11:00", ravi, mo3, "Any lithium grease, a couple of pumps every month.");
        re(10, "11:10", monty, raMo2, "cheers");
        Post ly2 = say(11, "12:00", hlDiaries, lydia, "New awning fitted! So much better in the rain.");
        Post raLy = re(11, "12:30", ravi, ly2, "That's come out brilliant Lydia.");
        re(11, "12:45", lydia, raLy, "Thanks Ravi, you lot did a great job");
        say(11, "18:00", hlHelp, alys, "@Ravi Chaudhry sorry to chase, any idea about the pump? Getting worried about "
                + "Saturday");
        Post es2 = say(12, "09:00", hlHelp, esme, "Spec question: can you fit a three-phase hookup or is it all 16A?");
        Post suEs2 = re(12, "09:30", suki, es2, "Either. 16A covers most dumpling setups, three-phase adds about £900.");
        re(12, "09:45", esme, suEs2, "16A it is then, thanks!");
        Post mo4 = say(12, "14:00", hlHelp, monty, "Do you do gas hob swaps?");
        re(12, "14:15", ravi, mo4, "Yes, about £220 plus the hob, pop it on a booking.");
        Post deAl = re(13, "07:15", declan, al1, "Alys, sorry nobody got back to you, Declan here. It's almost always "
                + "an airlock: open the tap at the far end and run the pump for 30 seconds, then close it.");
        re(13, "07:40", alys, deAl, "Got it going! Thank you Declan");
        Post ly4 = say(14, "17:00", hlDiaries, lydia, "Bao trailer had its busiest Saturday ever, 310 buns!");
        Post moLy = re(14, "17:20", monty, ly4, "Get in! What's your best seller?");
        re(14, "17:40", lydia, moLy, "Crispy pork belly, by a mile");
        // W08
        re(15, "08:30", ravi, al1, "Alys, so sorry, I missed this completely last week. Glad Declan sorted it, I'm "
                + "posting you a spare pump filter anyway.");
        say(15, "09:00", hlNews, declan, "Thanks to everyone who came to stand B12! Three new builds booked.")
                .react("🎉", monty, lydia);
        Post mo5 = say(16, "13:00", hlHelp, monty, "@Suki Brennan my mate saw my trailer at the market and wants one, "
                + "I told him to call you");
        re(16, "13:20", suki, mo5, "Thanks Monty! That's brilliant, I'll look after him.");
        Post es3 = say(17, "10:00", hlHelp, esme, "I've drawn up my spec, can I book a time to go through it?");
        Post suEs3 = re(17, "10:30", suki, es3, "Of course, how's Thursday at 2 at the workshop?");
        re(17, "10:40", esme, suEs3, "Perfect, see you then!");
        Post jn2 = say(18, "18:00", hlDiaries, jonah, "Wrap I did for a bao trailer this week, the pink came out "
                + "spot on");
        re(18, "18:20", declan, jn2, "Lovely work.");
        Post ly3 = say(19, "18:00", hlHelp, lydia, "@Suki Brennan the gas hob won't stay lit on the left ring since "
                + "Wednesday, is that the thermocouple? I've got a wedding on Sunday.");
        Post suLy2 = re(20, "20:10", suki, ly3, "Lydia, sorry, been on the road with a delivery to Carlisle all day. "
                + "Yes, that's the thermocouple, a 10 minute swap. There's a spare in the kit drawer under the counter, "
                + "or I can meet you at the workshop at 8 tomorrow.");
        re(20, "20:30", lydia, suLy2, "Found the spare! Swapped it, all working. Thank you Suki");
        say(21, "10:00", hlNews, declan, "Delivery day for the Carlisle build, thanks Suki for the long drive.");
    }

    /**
     * E. Unit Nine Kitchen (a shared prep kitchen's own server; Staff: Pippa (manager), Elijah; Customer: Noor, Gus,
     * Tamsin, Bertie (hot sauce); Marisol joins day 15): Pippa posts notices (days 1, 5, 8, 20). Elijah books Noor
     * (day 1) and logs Gus's oven fault (day 2); Tamsin helps Gus (day 2). On day 8 Tamsin asks the hirers she chats
     * with to vote for her pies in a street-food awards heat with the vote link, and again on day 11; Gus, Noor and
     * Bertie vote. Bertie posts his sauce shop with his code UNIT9 in #kitchen-floor (day 9) and #bookings (day 11).
     * Marisol asks how hire works and what it costs (day 15); Pippa answers with the price and form; Bertie helps her
     * find a hygiene course (day 16). Noor tells Pippa on day 17 she sent a friend; Pippa thanks her.
     */
    private void unitNine() {
        say(1, "08:00", u9Notices, pippa, "Deep clean Wednesday 7 Feb, kitchen closed 2-6pm. Slots before and after as "
                + "normal.");
        Post no1 = say(1, "09:30", u9Bookings, noor, "Can I have the 6am slot Thursday and Friday? Big order of "
                + "falafel wraps for a conference.");
        Post elNo = re(1, "09:50", elijah, no1, "Both yours Noor, bay 2.");
        re(1, "10:00", noor, elNo, "Thanks Elijah!");
        Post gu1 = say(2, "14:00", u9Floor, gus, "Anyone else getting weird results from the deck oven? My doughnuts "
                + "are pale on top");
        Post taGu = re(2, "14:20", tamsin, gu1, "the top element's been slow since Christmas, I put mine on the top "
                + "shelf for the last 5 mins");
        re(2, "14:30", elijah, gu1, "Thanks for flagging Gus, I've logged it with the engineer, he's in Tuesday.");
        re(2, "14:40", gus, taGu, "genius, trying that tomorrow");
        Post bt1 = say(3, "16:00", u9Floor, bertie, "Batch 40 of the scotch bonnet sauce is bottled, smells like "
                + "trouble 🔥");
        bt1.react("🔥", noor, gus);
        Post taBt = re(3, "16:15", tamsin, bt1, "Save me one!");
        re(3, "16:30", bertie, taBt, "Already on your shelf");
        Post ta1 = say(4, "11:00", u9Bookings, tamsin, "Can I swap my Saturday slot to Sunday this week?");
        Post piTa = re(4, "11:20", pippa, ta1, "Done, Sunday 8-12.");
        re(4, "11:30", tamsin, piTa, "Thank you!");
        say(5, "09:00", u9Notices, pippa, "Reminder: from March allergen labels need the hirer's name and the kitchen "
                + "address. Template's in the office.");
        Post gu2 = re(6, "18:00", gus, taGu, "the top shelf trick worked, cheers Tamsin");
        re(6, "18:10", tamsin, gu2, "😄 told you");
        // W07
        say(8, "08:00", u9Notices, pippa, "The engineer has fixed the deck oven's top element. Let us know if it plays "
                + "up.");
        Post ta2 = say(8, "12:00", u9Floor, tamsin, "Guess who got into the regional heat of the street food awards! "
                + "🥧 Public vote decides who goes through, closes Sunday: streetfoodawards.example/vote/tamsins-pies "
                + "Would mean the world if you voted x");
        Post guTa = re(8, "12:20", gus, ta2, "Voted! Go on Tamsin");
        re(8, "12:40", noor, ta2, "Done, good luck!!");
        re(8, "13:00", tamsin, guTa, "thank you!! ❤️");
        say(9, "10:00", u9Floor, bertie, "New sauce shop is live! Use my code UNIT9 for 15% off: "
                + "bertiesheat.example/shop");
        Post gu3 = say(10, "09:00", u9Bookings, gus, "@Pippa Lockwood can I get a regular Tuesday slot from March?");
        Post piGu = re(10, "09:30", pippa, gu3, "Yes, 5-9am Tuesdays from 6 March, I'll add you to the rota.");
        re(10, "09:40", gus, piGu, "Brilliant, ta");
        Post ta3 = say(11, "12:00", u9Floor, tamsin, "Last call, votes close Sunday! Only 40 behind the leader 🙏 "
                + "streetfoodawards.example/vote/tamsins-pies");
        Post btTa = re(11, "12:15", bertie, ta3, "voted mate");
        re(11, "12:30", tamsin, btTa, "legend, I'm buying a case of batch 41");
        say(11, "15:00", u9Bookings, bertie, "Anyone who wants a bottle, code UNIT9 still works at "
                + "bertiesheat.example/shop, selling fast!");
        Post no2 = say(12, "10:00", u9Floor, noor, "Who does everyone use for compostable wrap boxes? My supplier's "
                + "doubled the price.");
        Post btNo = re(12, "10:20", bertie, no2, "Vegware through the cash and carry, cheaper by the case of 500.");
        re(12, "10:35", noor, btNo, "Oh nice, thanks Bertie");
        Post el1 = say(13, "17:00", u9Bookings, elijah, "Bay 3 sink is blocked, plumber's coming tomorrow at 7. Use bay "
                + "1 and 2 till then.");
        el1.react("👍", noor, tamsin);
        Post gu5 = say(13, "12:00", u9Floor, gus, "Anyone got a spare piping bag coupler? Mine's gone down the drain "
                + "in bay 3 which might explain things");
        Post taGu2 = re(13, "12:15", tamsin, gu5, "top drawer by the blast chiller, there's a bag of them");
        re(13, "12:30", gus, taGu2, "found them, ta");
        // W08
        joins(15, "10:00", u9Bookings, marisol);
        Post mr1 = say(15, "10:05", u9Bookings, marisol, "Hi! I run a small tamale stall and need a kitchen two days a "
                + "week. How does hire work and what does it cost?");
        Post piMr = re(15, "10:30", pippa, mr1, "Welcome Marisol! £18 an hour, minimum 4 hours. You need a Level 2 "
                + "food hygiene certificate and your own insurance. Booking form: unitnine.example/hire");
        re(15, "10:45", marisol, piMr, "Perfect, filling it in now.");
        Post ta4 = say(15, "19:00", u9Floor, tamsin, "I'm through to the final!! Thank you all so much for voting 🥧❤️");
        ta4.react("🎉", gus, noor, bertie);
        re(15, "19:20", noor, ta4, "Knew it!");
        Post mr2 = say(16, "09:00", u9Floor, marisol, "Hi all, my Level 2 ran out last year, is there a quick "
                + "course anywhere?");
        Post btMr = re(16, "09:30", bertie, mr2, "The council runs a one-day one, about £60, or there's an online one "
                + "you can do in an evening. I did the online one, it's fine.");
        re(16, "09:45", marisol, btMr, "Thank you Bertie, doing it tonight");
        Post no3 = say(17, "11:00", u9Bookings, noor, "@Pippa Lockwood my friend Dana runs a smash burger van, I told "
                + "her about you, she'll email this week");
        re(17, "11:30", pippa, no3, "Noor, thank you! That's really kind.");
        Post mr3 = say(18, "08:30", u9Bookings, marisol, "What time can I collect my keys on Monday?");
        Post elMr = re(18, "09:00", elijah, mr3, "Any time after 7, I'll be in.");
        re(18, "09:10", marisol, elMr, "Great, thanks Elijah");
        Post gu4 = say(19, "15:00", u9Floor, gus, "Doughnut flavour of the week: rhubarb and custard. Takers?");
        re(19, "15:20", marisol, gu4, "Yes please, I'll swap you tamales");
        re(19, "15:30", gus, gu4, "@Marisol Vega deal");
        say(20, "08:00", u9Notices, pippa, "The rota for March is pinned on the office door. Shout if your slots look wrong.");
        Post mr4 = say(21, "16:00", u9Floor, marisol, "First day of prep done, the blast chiller is a dream. Thanks all "
                + "for the welcome!");
        re(21, "16:20", noor, mr4, "Welcome to the madhouse!");
    }

    /**
     * F. Long Table (pop-up supper club hosts; #hosts-table among themselves, #diners-ask where diners ask,
     * #upcoming-dates for one post per night): Hamish (joins day 1) asks for a supper club good with vegetarians
     * (day 2); Fenella answers with her own next date, price and link and points to Ottavia. Clementine, Ottavia's
     * regular, asks her for four seats (day 2) and says on day 16 that the friends she brought have booked on their
     * own. Hosts help each other with venues and no-shows (days 4, 5). Days 8-14 Samir posts his club's news to
     * nobody eleven times while the others talk. Wren (joins day 9) asks what to wear and whether it is BYO; Fenella
     * answers and adds "2 seats left for Valentine's, £45, DM me". On day 18 Jago, who has spoken only in
     * #hosts-table, opens a post in #diners-ask with his March link.
     */
    private void longTable() {
        joins(1, "20:00", ltDiners, hamish);
        Post hm1 = say(2, "09:00", ltDiners, hamish, "New to Bristol. Can anyone recommend a supper club that's good "
                + "with vegetarians? It's for my partner's birthday.");
        Post feHm = re(2, "09:30", fenella, hm1, "Hi Hamish! Mine's fully veggie, next one is Sat 24 Feb, £38 for six "
                + "courses: fenellamarr.example/tickets. Ottavia does a brilliant veggie menu too.");
        Post otHm = re(2, "09:45", ottavia, hm1, "Ciao Hamish, yes, just say when you book and I'll do the veggie "
                + "menu. Fenella's is lovely for a birthday.");
        re(2, "10:00", hamish, feHm, "Thank you both!");
        Post cl1 = say(2, "12:00", ltDiners, clementine, "@Ottavia Brun is the March night still on? I'd like 4 seats "
                + "if so.");
        Post otCl = re(2, "13:00", ottavia, cl1, "Yes! 4 seats held for you Clementine, the link's in #upcoming-dates.");
        re(2, "13:15", clementine, otCl, "booked!");
        say(3, "10:00", ltDates, ottavia, "Sat 3 March, Sardinian night, 5 courses, £42: ottaviabrun.example/march");
        say(3, "11:00", ltDates, samir, "Fri 23 Feb, Levantine mezze night, £40: samirsupper.example/feb");
        Post jg1 = say(4, "18:00", ltHosts, jago, "Anyone found a decent venue with a proper kitchen under £200 a "
                + "night? Lost my church hall.");
        Post saJg = re(4, "18:20", samir, jg1, "The Old Print Works does £150 with the kitchen.");
        re(4, "18:30", jago, saJg, "Oh nice, didn't know that. cheers Samir");
        Post feJg = re(4, "18:45", fenella, jg1, "The Arts Centre café too, ask for Moira.");
        re(4, "19:00", jago, feJg, "ta!");
        Post fe1 = say(5, "10:00", ltHosts, fenella, "How do you all handle no-shows? Had three last Saturday.");
        Post otFe = re(5, "10:30", ottavia, fe1, "Non-refundable tickets, transferable up to 48h before. Zero no-shows "
                + "since.");
        re(5, "10:45", jago, fe1, "Same, plus a deposit for groups of 6+");
        re(5, "11:00", fenella, otFe, "Doing that from now on, thanks both.");
        say(6, "12:00", ltDates, fenella, "Wed 14 Feb, Valentine's veggie tasting, 7 courses, £45: "
                + "fenellamarr.example/valentines");
        Post cl3 = say(7, "19:00", ltDiners, clementine, "Is it rude to ask for a recipe after a supper club?");
        Post otCl3 = re(7, "19:30", ottavia, cl3, "Not at all, most of us love being asked! Worst case we say it's a "
                + "secret.");
        re(7, "19:45", clementine, otCl3, "Ha, asking for your focaccia then");
        // W07
        say(8, "10:00", ltHosts, samir, "We've finalised our spring menu, eight courses this time.");
        say(8, "18:00", ltHosts, samir, "Our new chef's table seats 14 now.");
        Post ot1 = say(9, "08:00", ltHosts, ottavia, "Anyone know a good wine merchant who'll do sale or return?");
        say(9, "09:00", ltHosts, samir, "We sold out the Feb mezze night in three hours.");
        re(9, "09:30", jago, ot1, "Corks on Cotham Hill do it for supper clubs.");
        joins(9, "10:00", ltDiners, wren);
        Post wr1 = say(9, "10:10", ltDiners, wren, "First time going to a supper club next weekend! What do people "
                + "wear? And do you bring your own wine?");
        Post feWr = re(9, "10:40", fenella, wr1, "Hi Wren! Smart-casual, nobody dresses up much, and most of us are "
                + "BYO with no corkage. If you're free Valentine's night I've got 2 seats left, £45, DM me.");
        re(9, "11:00", wren, feWr, "Ah thanks! Already have plans Valentine's but good to know.");
        re(9, "11:20", clementine, wr1, "BYO at Ottavia's too, bring something red!");
        say(9, "20:00", ltDates, samir, "Fri 9 March, our Iftar-style supper, £40: samirsupper.example/march");
        say(10, "11:00", ltHosts, samir, "Our Instagram just hit 2,000 followers.");
        say(10, "19:00", ltHosts, samir, "We're trialling a cocktail pairing next month.");
        say(11, "12:00", ltHosts, samir, "Our new plates arrived, handmade in Stroud.");
        say(11, "21:00", ltHosts, samir, "We've got a waiting list of 30 for March now.");
        Post fe2 = say(12, "09:00", ltHosts, fenella, "Anyone tried a ticketing site that isn't Eventbrite? The fees "
                + "are killing me.");
        Post otFe2 = re(12, "09:20", ottavia, fe2, "I moved to a simple Stripe page, 1.5% and that's it.");
        re(12, "09:40", fenella, otFe2, "Ooh, could you show me how you set it up sometime?");
        re(12, "10:00", ottavia, fe2, "@Fenella Marr of course, coffee Tuesday?");
        say(12, "10:30", ltHosts, samir, "We're going to do a summer series in a walled garden.");
        say(13, "15:00", ltHosts, samir, "Our mezze night got a write-up in the Post.");
        say(14, "11:00", ltHosts, samir, "We've booked a harpist for the March night.");
        // W08
        Post cl2 = say(16, "12:00", ltDiners, clementine, "@Ottavia Brun the two friends I brought in January have "
                + "booked your March night on their own, I told them you're the best in Bristol 😄");
        re(16, "12:30", ottavia, cl2, "Clementine, grazie mille! That means so much.");
        Post jg2 = say(17, "18:00", ltHosts, jago, "@Samir Qasim did you go with the Print Works in the end? How's the "
                + "oven?");
        Post saJg2 = re(17, "18:30", samir, jg2, "It's good, two full ovens and a walk-in. You'd like it.");
        re(17, "18:40", jago, saJg2, "Sold, booking a viewing");
        say(18, "12:00", ltDiners, jago, "jagotreloar.example/march Cornish seafood supper, Sat 10 March, £48, 20 seats");
        Post hm2 = say(19, "17:00", ltDiners, hamish, "Booked Fenella's for the 24th, can't wait. Do supper clubs do "
                + "gift vouchers?");
        re(19, "17:20", ottavia, hm2, "I do, and I think Fenella does too.");
        Post feHm2 = re(19, "17:40", fenella, hm2, "Yes! Any amount, just ask.");
        re(19, "18:00", hamish, feHm2, "perfect, my mum's birthday sorted");
        Post wr2 = say(20, "10:00", ltDiners, wren, "Went to my first supper club last Saturday, loved it! Sat next to "
                + "strangers and left with friends.");
        re(20, "10:20", clementine, wr2, "That's the best bit! Welcome to the habit");
        re(20, "10:40", wren, wr2, "@Clementine Oduya already booked the next one 😄");
    }

    /**
     * G. Plate Rescue (festival and market food-rescue volunteers; nobody sells): Marguerite posts the pickup sign-up
     * in #rota with shifts open (days 1, 8, 15). Ros answers Dev on cooked rice (day 1); Dev helps Yusuf with the van
     * checklist (day 3). Bryony, who runs a zero-waste event catering business, joins and introduces herself with her
     * site (day 8); on day 11 in #crew-chat and day 13 in #rota she offers her catering bookings with the link, the
     * second with £15 a head. Marguerite asks Dev by name on day 9 whether he can drive on the 17th and chases on day
     * 12; Dev chats and helps on days 10-11; Padraig covers; Dev answers on day 16. Padraig sends Yusuf the allergen
     * sheet he asked for (day 18).
     */
    private void plateRescue() {
        say(1, "08:00", prRota, marguerite, "February pickup shifts are up, sign up here: "
                + "signup.example/plate-rescue-feb. Sat 10th we need two drivers for the food market.");
        Post dv1 = say(1, "19:00", prCrew, dev, "What's the rule on cooked rice? A trader offered us 10kg at close on "
                + "Sunday.");
        Post roDv = re(1, "19:20", ros, dv1, "Only if it's been kept hot above 63 or chilled within the hour, and they "
                + "write that on the label. Otherwise no, rice is risky.");
        re(1, "19:40", dev, roDv, "Makes sense, we turned it down in the end. Good to know for next time though.");
        Post pd1 = say(2, "21:00", prCrew, padraig, "Saturday drop at the shelter went great, 42 meals.");
        pd1.react("🙌", yusuf, ros);
        re(2, "21:15", marguerite, pd1, "Brilliant Padraig, thank you.");
        Post yu1 = say(3, "12:00", prCrew, yusuf, "Is there a checklist for the van? I'm driving for the first time "
                + "on Saturday");
        Post dvYu = re(3, "12:20", dev, yu1, "Cool boxes strapped in, probe thermometer in the glovebox, log every temp "
                + "at pickup and drop. The sheet's in the door pocket.");
        Post yuDv = re(3, "12:35", yusuf, dvYu, "perfect, thanks Dev. what time do you usually get to the market?");
        re(3, "12:50", dev, yuDv, "About 4, they start packing down at half past.");
        Post ro1 = say(5, "18:00", prCrew, ros, "Does anyone know if the night shelter takes dairy now? They said no "
                + "last year.");
        Post pdRo = re(5, "18:30", padraig, ro1, "They do now, new fridge. Yoghurts and milk fine, no soft cheese.");
        re(5, "18:40", ros, pdRo, "Great, thanks Padraig");
        Post mg0 = say(6, "20:00", prCrew, marguerite, "Thank you all for January, we rescued 1.2 tonnes of food.");
        mg0.react("🎉", ros, padraig, dev);
        re(6, "20:20", ros, mg0, "That's incredible, go team");
        // W07
        say(8, "08:00", prRota, marguerite, "Shifts for the rest of Feb still open, same link: "
                + "signup.example/plate-rescue-feb. Especially Sat 17th.");
        joins(8, "11:00", prIntro, bryony);
        Post br1 = say(8, "11:10", prIntro, bryony, "Hi everyone! I'm Bryony, I run a zero-waste event catering "
                + "business (bryonyeats.example) and I'd love to help with pickups in my quiet months.");
        re(8, "11:30", marguerite, br1, "Welcome Bryony! Shifts are in #rota, grab any you like.");
        Post roBr = re(8, "11:45", ros, br1, "Welcome! Would love to pick your brains about portioning sometime.");
        re(8, "12:00", bryony, roBr, "Anytime!");
        Post mg1 = say(9, "09:00", prCrew, marguerite, "@Dev Sandhu are you still OK to drive the van on Saturday the "
                + "17th? I need to tell the market by Wednesday.");
        Post dv2 = say(10, "18:00", prCrew, dev, "Anyone know if the shelter wants bread on Sunday?");
        Post pdDv = re(10, "18:20", padraig, dv2, "Yes, as much as we can get.");
        re(10, "18:30", dev, pdDv, "cheers");
        Post yu2 = say(11, "13:00", prCrew, yusuf, "The probe thermometer's reading 8 degrees in iced water, is it "
                + "broken?");
        Post dvYu2 = re(11, "13:30", dev, yu2, "Needs calibrating, hold the button for 5 seconds in iced water till it "
                + "says CAL.");
        re(11, "13:45", yusuf, dvYu2, "Fixed, thank you!");
        say(11, "16:00", prCrew, bryony, "Quick one from me: if any of your festivals or events need a zero-waste "
                + "caterer this summer, I'm taking 2035 bookings now, bryonyeats.example/book");
        Post mg2 = say(12, "10:00", prCrew, marguerite, "@Dev Sandhu bumping this, need to know about Saturday.");
        Post pdMg = re(12, "10:30", padraig, mg2, "I can drive Saturday if Dev can't.");
        re(12, "10:45", marguerite, pdMg, "Thank you Padraig, you're on.");
        say(13, "09:00", prRota, bryony, "Signed up for the 24th! Also, if anyone's organising a festival this year "
                + "I've got a few weekends left for catering, £15 a head: bryonyeats.example/book");
        Post ro2 = say(13, "19:00", prCrew, ros, "@Bryony Caddick portioning question: how do you stop trays coming "
                + "back half full at events?");
        Post brRo = re(13, "19:30", bryony, ro2, "Smaller trays more often, and a pre-order for the big items. Cut our "
                + "waste by about a third.");
        re(13, "19:45", ros, brRo, "That's really useful, thank you");
        // W08
        say(15, "08:00", prRota, marguerite, "March shifts are up: signup.example/plate-rescue-mar");
        re(16, "20:00", dev, mg1, "Sorry Marguerite, only just seen these, mad week at work. Thanks Padraig for "
                + "covering!");
        Post pd2 = say(17, "21:00", prCrew, padraig, "Saturday run done: 61 meals to the shelter and 20kg of veg to the "
                + "community fridge.");
        pd2.react("🙌", marguerite, dev, bryony);
        re(17, "21:15", ros, pd2, "Amazing, thank you both");
        Post yu3 = say(18, "10:00", prCrew, yusuf, "Can someone share the allergen sheet we use for donated food? "
                + "Got a new volunteer starting.");
        Post pdYu = re(18, "10:20", padraig, yu3, "Here: docs.example/plate-rescue-allergens");
        re(18, "10:30", yusuf, pdYu, "ta Padraig");
        Post br2 = say(19, "12:00", prCrew, bryony, "Does the community fridge take cooked food or only raw?");
        Post roBr2 = re(19, "12:20", ros, br2, "Cooked too if it's labelled with the date and what's in it.");
        re(19, "12:30", bryony, roBr2, "Perfect, I'll label everything.");
        Post dv3 = say(20, "19:00", prCrew, dev, "@Marguerite Lowe I can do both Saturdays in March if you need a "
                + "driver");
        re(20, "19:30", marguerite, dv3, "You're a star Dev, pencilled in.");
    }

    /**
     * H. Low &amp; Slow (BBQ pitmasters who cater events; #pit-talk among themselves, #catering-requests where hosts
     * and planners post events, #kit-for-sale): Leanne and Tristan help Cormac with wood (day 1). Gemma, a wedding
     * planner, asks Leanne for a quote for a couple she brought (day 2) and sends her another couple on day 9; Leanne
     * thanks her at once. On day 3 Obi posts five links to his menus, reviews, Instagram, packages and booking page in
     * #catering-requests in five minutes. Petra asks for BBQ for a company party (day 4); Tristan answers without a
     * reply link. Days 8-12 Tristan's ten messages are eight with fellow pitmasters and two answering Petra's menu
     * question. Alfie (joins day 15) asks for recommendations for brisket; Cormac answers with his price and page.
     * Leanne passes Gemma's dessert question to Obi (day 18).
     */
    private void lowAndSlow() {
        Post co1 = say(1, "10:00", lsPit, cormac, "Oak or beech for brisket? My oak supplier's gone bust.");
        re(1, "10:20", leanne, co1, "Beech is milder, I'd mix in a bit of cherry.");
        Post trCo = re(1, "10:40", tristan, co1, "Try Forest Fuel in Devon, they deliver oak by the pallet.");
        re(1, "11:00", cormac, trCo, "Cheers both, ordering a pallet.");
        Post gm1 = say(2, "09:00", lsRequests, gemma, "@Leanne Fitch hi Leanne, the Harcourt wedding in August: they "
                + "loved the tasting, can you send me your final quote for 140?");
        Post leGm = re(2, "10:00", leanne, gm1, "Hi Gemma, sending it tonight, and thanks for bringing them my way!");
        re(2, "10:10", gemma, leGm, "always x");
        say(3, "14:00", lsRequests, obi, "Obi's Smokehouse now taking 2035 events! Menus: obismoke.example/menus");
        say(3, "14:01", lsRequests, obi, "Reviews: reviews.example/obis-smokehouse");
        say(3, "14:02", lsRequests, obi, "Instagram: instagram.example/obismoke");
        say(3, "14:04", lsRequests, obi, "Wedding packages: obismoke.example/weddings");
        say(3, "14:05", lsRequests, obi, "Book here: obismoke.example/book");
        say(4, "09:00", lsRequests, petra, "Company summer party 21 June, about 80 people, looking for BBQ. Anyone "
                + "available?");
        Post trPe = say(4, "12:10", lsRequests, tristan, "Petra, I'm free 21 June. Pulled pork and brisket for 80 "
                + "would be about £1,600 with three sides. Happy to send a menu.");
        Post peTr = re(4, "12:40", petra, trPe, "Great, please send it over!");
        re(4, "13:00", tristan, peTr, "Sent to your email");
        Post le1 = say(5, "17:00", lsKit, leanne, "Offset smoker, 500 gallon, trailer mounted, £4,200 ono. Collection "
                + "from Exeter.");
        re(5, "17:30", cormac, le1, "If I sell my van I'm having that.");
        Post co2 = say(6, "20:00", lsPit, cormac, "Did a 14 hour brisket overnight for a 50th, stall at 160 for three "
                + "hours. Patience of a saint needed.");
        Post leCo = re(6, "20:20", leanne, co2, "Did you push through or wrap?");
        re(6, "20:30", cormac, leCo, "Wrapped at 165 in paper, came out lovely");
        // W07
        Post tr1 = say(8, "19:00", lsPit, tristan, "Anyone running a pellet grill for events? Thinking of adding one "
                + "for chicken.");
        Post coTr = re(8, "19:20", cormac, tr1, "I have. Brilliant for wings, useless for bark.");
        re(8, "19:30", tristan, coTr, "ha, wings is exactly the plan");
        Post obTr = re(8, "19:45", obi, tr1, "The Z Grills one is fine for the money.");
        re(8, "20:00", tristan, obTr, "cheers Obi");
        Post gm2 = say(9, "09:00", lsRequests, gemma, "@Leanne Fitch I've sent you the Pembroke couple too, 12 Sept, "
                + "they'll email this week");
        re(9, "09:15", leanne, gm2, "You're the best Gemma, thank you!");
        Post le2 = say(9, "18:00", lsPit, leanne, "What are you all charging per head this year? Costs are mental.");
        Post trLe = re(9, "18:20", tristan, le2, "£19 for two meats and three sides, up from 17.");
        re(9, "18:30", cormac, le2, "£20.");
        Post leTr = re(9, "18:40", leanne, trLe, "OK, I'm not mad then");
        re(9, "18:50", tristan, leTr, "definitely not, brisket's up 30%");
        Post tr2 = say(10, "12:00", lsPit, tristan, "Anyone know a good butcher for beef ribs in the South West?");
        Post leTr2 = re(10, "12:30", leanne, tr2, "Brackley's in Taunton.");
        re(10, "12:40", tristan, leTr2, "legend");
        Post pe1 = say(11, "10:00", lsRequests, petra, "@Tristan Vowles got the menu, can we swap the slaw for a veggie "
                + "option?");
        Post trPe2 = re(11, "10:40", tristan, pe1, "Yes, smoked cauliflower with chimichurri, no extra cost.");
        Post peTr2 = re(11, "11:00", petra, trPe2, "Perfect, booked!");
        re(11, "11:10", tristan, peTr2, "🙌 see you in June");
        say(12, "19:00", lsPit, tristan, "Booked that summer party by the way, 80 covers.").react("🔥", cormac, leanne);
        Post ob1 = say(13, "20:00", lsPit, obi, "My bark keeps going soft in the wrap, any ideas?");
        Post coOb = re(13, "20:20", cormac, ob1, "Butcher paper not foil, and unwrap for the last 30 minutes.");
        re(13, "20:30", obi, coOb, "That'll be it, I've been using foil. Thanks Cormac");
        // W08
        joins(15, "11:00", lsRequests, alfie);
        Post af1 = say(15, "11:05", lsRequests, alfie, "Hi, planning my dad's 60th on 14 April, about 60 people in a "
                + "garden. Any recommendations for someone who'd do brisket?");
        Post coAf = re(15, "11:40", cormac, af1, "Hi Alfie! I'd love to, £17 a head for brisket, pulled pork and three "
                + "sides, I bring the smoker. Menus: cormacsbbq.example/parties");
        re(15, "12:00", alfie, coAf, "Brilliant, sending you a message.");
        Post af2 = say(16, "09:00", lsRequests, alfie, "Do I need to provide anything, power or water?");
        Post coAf2 = re(16, "09:30", cormac, af2, "Nothing at all, I'm self-contained. Just a flat bit of lawn.");
        re(16, "09:40", alfie, coAf2, "Perfect, thanks Cormac");
        Post le3 = say(17, "18:00", lsPit, leanne, "Anyone else's thermometer probes dying after a few months?");
        Post obLe = re(17, "18:20", obi, le3, "Wipe them, never soak them. Killed three learning that.");
        re(17, "18:30", leanne, obLe, "Ah. Guilty.");
        Post gm3 = say(18, "10:00", lsRequests, gemma, "@Leanne Fitch the Harcourts want to add a dessert table, do you "
                + "do that?");
        Post leGm2 = re(18, "10:30", leanne, gm3, "Not myself, but Obi does a smoked peach cobbler that's incredible. "
                + "@Obi Nwosu fancy it?");
        Post obLe2 = re(18, "10:50", obi, leGm2, "Happy to! I'll message Gemma with prices.");
        re(18, "11:00", gemma, obLe2, "Lovely, thank you both x");
        Post pe2 = say(19, "14:00", lsRequests, petra, "@Tristan Vowles can we push the start to 1pm?");
        re(19, "14:30", tristan, pe2, "No problem, I'll be lit by 6am either way.");
        Post af3 = say(20, "18:00", lsRequests, alfie, "Booked Cormac for dad's 60th, thanks everyone for the warm "
                + "welcome");
        re(20, "18:20", cormac, af3, "Looking forward to it Alfie!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes151Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 151");
    }
}
