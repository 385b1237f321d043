package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 140 (sealed): eight communities of ice cream, gelato, coffee vans and mobile catering, of kinds no
 * earlier round used (ice-cream van operators, Ninety-Nine Club, with a bookings room where a fete, a school, a bride
 * and a film shoot ask and an operator who spends Easter week agreeing a shared map of evening rounds with fellow
 * operators while a returning school customer and a bride wait for her; artisan gelato makers, Spatola, with a
 * wholesale room where cafés, a deli, a bistro and a hotel ask, a newcomer who scatters his subscription-box link and
 * stops, and a maker whose answers link her own pages with her trade prices on them; a catering-trailer builder's own
 * server, Hatchline Catering Trailers, with its Team and Customers, an owner who courts two prospects while the
 * customer who sent her cousin waits, and a prospect's DM; a wafer-cone maker's trade server, Crisp &amp; Curl Cone
 * Co., with its Team and Trade Customers, an Easter cut-off link posted three times, a rep away at an expo who said so
 * and a dispatcher who answers a day late with an apology; festival and market organisers who book food traders,
 * Field &amp; Fork Organisers, with an organiser who talks about himself, a newcomer who answers a trader's news with a
 * price and an organiser who cancels a night market in a storm; a community kitchen, Long Table Kitchen, where nobody
 * sells, with a new volunteer who takes help with thanks and covers a shift, and a burger-van owner who asks everyone
 * to vote for him; mobile coffee-van operators, Crema on Wheels, with an operator who posts a tip to nobody twice a
 * day and a van converter's DM pitch; LPG and electrical safety engineers for mobile caterers, Flame Check, with a new
 * engineer who takes help every day and leaves a fellow's question and an engineer away on his reassessment who said
 * so), over three ISO weeks (2034-W13 to W15, Easter Sunday on day 14), written and labelled by writer140 (session
 * 64) before any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-140.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes140Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2034, 3, 27);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2034, 4, 17, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-140";
    private static final int BASE = 110000;

    // --- A. ice-cream van operators ---
    private final String ninetyNine = cast.guild(1681);
    private final Channel nnYard = cast.channel(ninetyNine, "Ninety-Nine Club", "van-yard",
            "operators among ourselves: rounds, machines, mix, the trade", "nn-van-yard.json");
    private final Channel nnBookings = cast.channel(ninetyNine, "Ninety-Nine Club", "bookings-wanted",
            "schools, fetes, weddings and shoots post bookings; operators reply", "nn-bookings-wanted.json");
    private final Channel nnKit = cast.channel(ninetyNine, "Ninety-Nine Club", "kit-for-sale",
            "vans, soft-serve machines, chimes and freezers for sale or wanted", "nn-kit-for-sale.json");
    private final Persona concetta = cast.person("concetta.baldini", "Concetta Baldini");
    private final Persona rhodri = cast.person("rhodri.pask", "Rhodri Pask");
    private final Persona idris = cast.person("idris.mabey", "Idris Mabey");
    private final Persona bronagh = cast.person("bronagh.kelleher", "Bronagh Kelleher");
    private final Persona kit = cast.person("kit.ashdown", "Kit Ashdown");
    private final Persona fenella = cast.person("fenella.cartwright", "Fenella Cartwright");
    private final Persona allegra = cast.person("allegra.moss", "Allegra Moss");
    private final Persona winsome = cast.person("winsome.tully", "Winsome Tully");
    private final Persona perry = cast.person("perry.lanchester", "Perry Lanchester");

    // --- B. artisan gelato makers ---
    private final String spatola = cast.guild(1682);
    private final Channel spLab = cast.channel(spatola, "Spatola", "lab",
            "gelato makers among ourselves: balancing, bases, machines, the trade", "sp-lab.json");
    private final Channel spWholesale = cast.channel(spatola, "Spatola", "wholesale-asks",
            "restaurants, cafés, delis and hotels ask about wholesale gelato; makers reply", "sp-wholesale-asks.json");
    private final Channel spShowcase = cast.channel(spatola, "Spatola", "showcase",
            "this week's flavours and cabinets", "sp-showcase.json");
    private final Persona ottavia = cast.person("ottavia.renzi", "Ottavia Renzi");
    private final Persona noor = cast.person("noor.haddad", "Noor Haddad");
    private final Persona fenwick = cast.person("fenwick.dalby", "Fenwick Dalby");
    private final Persona mirabel = cast.person("mirabel.oyinlola", "Mirabel Oyinlola");
    private final Persona lorcan = cast.person("lorcan.tierney", "Lorcan Tierney");
    private final Persona giles = cast.person("giles.harcourt", "Giles Harcourt");
    private final Persona paloma = cast.person("paloma.ruiz", "Paloma Ruiz");
    private final Persona sefton = cast.person("sefton.blake", "Sefton Blake");
    private final Persona yuki = cast.person("yuki.hanamura", "Yuki Hanamura");

    // --- C. a catering-trailer builder's own server ---
    private final String hatchline = cast.guild(1683);
    private final Role hcTeam = cast.role("Team", "#d84315", 2);
    private final Role hcCustomer = cast.role("Customer", "#546e7a", 1);
    private final Channel hcNews = cast.channel(hatchline, "Hatchline Catering Trailers", "news",
            "build slots, workshop news and open days from Hatchline", "hc-news.json");
    private final Channel hcAsk = cast.channel(hatchline, "Hatchline Catering Trailers", "ask-hatchline",
            "customers and enquirers: builds, servicing, gas and electrics; the team will reply", "hc-ask-hatchline.json");
    private final Channel hcRoad = cast.channel(hatchline, "Hatchline Catering Trailers", "on-the-road",
            "customers: your trailers out trading", "hc-on-the-road.json");
    private final Persona marisol = cast.person("marisol.eckhart", "Marisol Eckhart", hcTeam);
    private final Persona jory = cast.person("jory.pengelly", "Jory Pengelly", hcTeam);
    private final Persona wystan = cast.person("wystan.crabbe", "Wystan Crabbe", hcTeam);
    private final Persona adaeze = cast.person("adaeze.nwosu", "Adaeze Nwosu", hcCustomer);
    private final Persona piran = cast.person("piran.trethewey", "Piran Trethewey", hcCustomer);
    private final Persona lotte = cast.person("lotte.verbeek", "Lotte Verbeek", hcCustomer);
    private final Persona cosmo = cast.person("cosmo.fairweather", "Cosmo Fairweather", hcCustomer);
    private final Persona hollis = cast.person("hollis.brandt", "Hollis Brandt");
    private final Persona saoirse = cast.person("saoirse.mulcahy", "Saoirse Mulcahy");
    private final Channel hcDm = cast.dm(hollis, "hc-dm-hollis-brandt.json");

    // --- D. a wafer-cone maker's trade server ---
    private final String crispCurl = cast.guild(1684);
    private final Role ccTeam = cast.role("Team", "#f9a825", 2);
    private final Role ccTrade = cast.role("Trade Customer", "#6d4c41", 1);
    private final Channel ccNews = cast.channel(crispCurl, "Crisp & Curl Cone Co.", "news",
            "order deadlines, new cones and dispatch news from Crisp & Curl", "cc-news.json");
    private final Channel ccOrders = cast.channel(crispCurl, "Crisp & Curl Cone Co.", "orders-and-deliveries",
            "trade customers: orders, deliveries, invoices; the team will reply", "cc-orders-and-deliveries.json");
    private final Channel ccCounter = cast.channel(crispCurl, "Crisp & Curl Cone Co.", "the-counter",
            "trade customers chat: what's selling, cones, serving", "cc-the-counter.json");
    private final Persona solveig = cast.person("solveig.amundsen", "Solveig Amundsen", ccTeam);
    private final Persona beatrix = cast.person("beatrix.hollinshead", "Beatrix Hollinshead", ccTeam);
    private final Persona tobiah = cast.person("tobiah.wren", "Tobiah Wren", ccTeam);
    private final Persona gianluca = cast.person("gianluca.ferri", "Gianluca Ferri", ccTrade);
    private final Persona hebe = cast.person("hebe.lockwood", "Hebe Lockwood", ccTrade);
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante", ccTrade);
    private final Persona ines = cast.person("ines.carvalho", "Ines Carvalho", ccTrade);
    private final Persona radomir = cast.person("radomir.novak", "Radomir Novak", ccTrade);

    // --- E. festival and market organisers ---
    private final String fieldFork = cast.guild(1685);
    private final Channel ffOffice = cast.channel(fieldFork, "Field & Fork Organisers", "organisers-office",
            "event organisers among ourselves: sites, councils, power, pitch fees", "ff-organisers-office.json");
    private final Channel ffTraders = cast.channel(fieldFork, "Field & Fork Organisers", "trader-questions",
            "food traders ask organisers about pitches, power and rules; organisers reply", "ff-trader-questions.json");
    private final Channel ffPitches = cast.channel(fieldFork, "Field & Fork Organisers", "pitches-available",
            "organisers post open pitches at their events; traders apply", "ff-pitches-available.json");
    private final Persona ciaran = cast.person("ciaran.lacey", "Ciaran Lacey");
    private final Persona harriet = cast.person("harriet.okonedo", "Harriet Okonedo");
    private final Persona barnaby = cast.person("barnaby.stroud", "Barnaby Stroud");
    private final Persona dashiell = cast.person("dashiell.crane", "Dashiell Crane");
    private final Persona tamsin = cast.person("tamsin.rowe", "Tamsin Rowe");
    private final Persona obinna = cast.person("obinna.eze", "Obinna Eze");
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");
    private final Persona annika = cast.person("annika.solberg", "Annika Solberg");

    // --- F. a community kitchen ---
    private final String longTable = cast.guild(1686);
    private final Channel ltChat = cast.channel(longTable, "Long Table Kitchen", "kitchen-chat",
            "volunteers: cooking, cleaning, the week's menus", "lt-kitchen-chat.json");
    private final Channel ltRota = cast.channel(longTable, "Long Table Kitchen", "rota",
            "volunteer shifts: swaps and cover", "lt-rota.json");
    private final Channel ltRecipes = cast.channel(longTable, "Long Table Kitchen", "recipes",
            "batch recipes that feed sixty", "lt-recipes.json");
    private final Persona maud = cast.person("maud.ellery", "Maud Ellery");
    private final Persona ifeoma = cast.person("ifeoma.chukwu", "Ifeoma Chukwu");
    private final Persona bartholomew = cast.person("bartholomew.lowe", "Bartholomew Lowe");
    private final Persona sunniva = cast.person("sunniva.holm", "Sunniva Holm");
    private final Persona kenji = cast.person("kenji.mori", "Kenji Mori");
    private final Persona rahel = cast.person("rahel.tesfaye", "Rahel Tesfaye");
    private final Persona elspeth = cast.person("elspeth.gow", "Elspeth Gow");
    private final Persona jax = cast.person("jax.corrigan", "Jax Corrigan");

    // --- G. mobile coffee-van operators ---
    private final String crema = cast.guild(1687);
    private final Channel cwLayby = cast.channel(crema, "Crema on Wheels", "the-lay-by",
            "mobile coffee operators among ourselves: vans, grinders, pitches", "cw-the-lay-by.json");
    private final Channel cwEvents = cast.channel(crema, "Crema on Wheels", "event-enquiries",
            "planners, offices and schools ask for a coffee van; operators reply", "cw-event-enquiries.json");
    private final Channel cwKit = cast.channel(crema, "Crema on Wheels", "kit-for-sale",
            "machines, grinders, vans and carts for sale or wanted", "cw-kit-for-sale.json");
    private final Persona anatole = cast.person("anatole.birch", "Anatole Birch");
    private final Persona maren = cast.person("maren.kjeldsen", "Maren Kjeldsen");
    private final Persona otis = cast.person("otis.kamara", "Otis Kamara");
    private final Persona lowri = cast.person("lowri.pryce", "Lowri Pryce");
    private final Persona roscoe = cast.person("roscoe.hadley", "Roscoe Hadley");
    private final Persona felicity = cast.person("felicity.tan", "Felicity Tan");
    private final Persona gareth = cast.person("gareth.mould", "Gareth Mould");
    private final Persona juniper = cast.person("juniper.hale", "Juniper Hale");
    private final Channel cwDm = cast.dm(lowri, "cw-dm-lowri-pryce.json");

    // --- H. LPG and electrical safety engineers for mobile caterers ---
    private final String flameCheck = cast.guild(1688);
    private final Channel fcBench = cast.channel(flameCheck, "Flame Check", "engineers-bench",
            "gas and electrical engineers among ourselves: regs, kit, certificates", "fc-engineers-bench.json");
    private final Channel fcTraders = cast.channel(flameCheck, "Flame Check", "traders-ask",
            "catering traders ask about gas, electrics and certificates; engineers reply", "fc-traders-ask.json");
    private final Persona aldous = cast.person("aldous.penrose", "Aldous Penrose");
    private final Persona ffion = cast.person("ffion.llewellyn", "Ffion Llewellyn");
    private final Persona kasimir = cast.person("kasimir.nowak", "Kasimir Nowak");
    private final Persona beryl = cast.person("beryl.osei", "Beryl Osei");
    private final Persona salvatore = cast.person("salvatore.greco", "Salvatore Greco");
    private final Persona mina = cast.person("mina.rahimi", "Mina Rahimi");
    private final Persona dorcas = cast.person("dorcas.pell", "Dorcas Pell");
    private final Persona lachlan = cast.person("lachlan.greer", "Lachlan Greer");

    HeldOutScenes140Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        ninetyNineClub();
        spatolaMakers();
        hatchlineTrailers();
        crispAndCurl();
        fieldAndFork();
        longTableKitchen();
        cremaOnWheels();
        flameCheckEngineers();
    }

    /**
     * A. Ninety-Nine Club: in Easter week (days 8-14) Concetta agrees a shared map of evening rounds with her fellow
     * operators in #van-yard while Fenella (Hollybrook Primary, a customer since last June) and Allegra (a bride) ask
     * her by name in #bookings-wanted; she answers both on day 15 with an apology.
     */
    private void ninetyNineClub() {
        // W13
        Post rh1 = say(1, "08:30", nnYard, rhodri, "Season starts properly this weekend with the clocks gone forward. "
                + "Anyone else's soft-serve machine sulking after the winter?");
        Post idRh = re(1, "09:10", idris, rh1, "Mine threw a low-pressure fault on Saturday. New O-rings on the pump "
                + "and it's fine. Do the seals before anything else.");
        re(1, "09:25", rhodri, idRh, "Seals it is. Cheers Idris.");
        joins(2, "10:00", nnYard, kit);
        Post ki1 = say(2, "10:20", nnYard, kit, "Hello all. Just bought my first van, a 2019 Transit with a "
                + "Carpigiani machine in it. Any advice for a first season?");
        re(2, "10:45", bronagh, ki1, "Welcome Kit! Learn your council's consent rules before you plan a round. And "
                + "never stop near a school gate at home time, it's banned in most towns now.");
        re(2, "11:00", concetta, ki1, "Welcome. Clean the machine every night, not every other night. The mix costs "
                + "more than the time.");
        say(2, "11:20", nnYard, kit, "Thanks both, that's really helpful. Nightly clean noted.");
        Post wi1 = say(2, "14:00", nnBookings, winsome, "Little Rissington village fete, Saturday 10 June, 12 till 5. "
                + "We'd love an ice-cream van, about 400 people usually come. Who's free and what do you charge?");
        Post rhWi = re(2, "14:40", rhodri, wi1, "I'm free that day, Winsome. For a fete I pay you rather than the "
                + "other way round: 10% of takings or a flat £60, whichever you prefer.");
        re(2, "15:10", winsome, rhWi, "Flat £60 is simpler for our treasurer. Booked! I'll send the site plan.");
        Post pe1 = say(3, "11:00", nnBookings, perry, "Location manager on a period drama. We need a 1970s ice-cream "
                + "van in shot, chimes working, Thursday 20 April near Stroud. Anyone have one?");
        Post coPe = re(3, "11:35", concetta, pe1, "We have a 1976 Bedford CF on its original chimes. Shoot days are "
                + "£450, and we can serve the crew at cost between takes.");
        re(3, "12:10", perry, coPe, "That's the one. I'll send you the call sheet once the producer signs it off.");
        Post id1 = say(3, "19:00", nnKit, idris, "For sale: Carpigiani 191 twin-twist, serviced in February, new "
                + "beater blades. £2,400, collection from Newport.");
        Post kiId = re(3, "19:30", kit, id1, "Is it single phase? My van's generator is a 5kVA.");
        re(3, "20:05", idris, kiId, "Single phase, pulls about 3.2kW at start-up. A 5kVA is fine.");
        say(4, "10:00", nnYard, bronagh, "Wholesaler's put the 99 flakes up again, £11.80 a box now. Anyone found "
                + "them cheaper?");
        Post rhBr = say(4, "10:20", nnYard, rhodri, "£11.20 at the cash and carry in Gloucester, but only if you buy "
                + "six boxes.");
        re(4, "10:30", bronagh, rhBr, "Six boxes is about right for Easter. Ta Rhodri.");
        Post co1 = say(5, "18:00", nnYard, concetta, "First warm evening of the year on Hillfields, sold out of "
                + "raspberry ripple by half seven.");
        re(5, "18:20", idris, co1, "Ha, same on Bettws. The chimes bring them running even in March.");
        Post br1 = say(6, "12:00", nnKit, bronagh, "Wanted: a spare chime box, the old Whittle type. Mine's died.");
        Post rhBr2 = re(6, "12:40", rhodri, br1, "I've got one in the shed, works but needs a new speaker. Yours for "
                + "a box of flakes.");
        re(6, "13:00", bronagh, rhBr2, "Deal! I'll collect Monday.");
        Post ki2 = say(7, "16:00", nnYard, kit, "First Sunday out. Took £212 and nobody asked for anything I didn't "
                + "have. Thanks for the tips.");
        re(7, "16:30", concetta, ki2, "Good first day! Keep a note of which streets buy, it pays off next week.");

        // W14: Concetta's map of evening rounds, among fellow operators only
        Post map1 = say(8, "08:00", nnYard, concetta, "Right. With the council's new consent zones from May we need to "
                + "agree who works which estate on which evening, or we'll all be chiming down the same street. I'll "
                + "make a shared map. Can each of you send me the estates you ran last summer?");
        Post rhMap = re(8, "08:30", rhodri, map1, "Mine were Tuffley, Matson and Podsmead, Tuesday to Friday evenings.");
        re(8, "08:50", idris, map1, "Bettws and Malpas. Caerleon at weekends.");
        Post fe1 = say(8, "09:30", nnBookings, fenella, "@Concetta Baldini hello! You did Hollybrook Primary's summer "
                + "fair last June and the children still talk about the bubblegum flavour. Could you do this year's, "
                + "Saturday 24 June, 11 till 3? Same price as last year?");
        Post coRh = re(8, "10:00", concetta, rhMap, "Thanks Rhodri. Tuffley overlaps with mine on Thursdays, could you "
                + "take Wednesdays there instead?");
        re(8, "10:20", rhodri, coRh, "Wednesdays are fine for Tuffley.");
        joins(9, "09:00", nnBookings, allegra);
        Post al1 = say(9, "09:10", nnBookings, allegra, "Hi, I'm getting married on 15 July at a barn near Painswick. "
                + "My cousin said @Concetta Baldini's vintage van was the star of her wedding. Are you free, and what "
                + "would 120 guests cost?");
        Post map2 = say(9, "11:00", nnYard, concetta, "Bronagh, @Kit Ashdown, I still need your estates for the map.");
        re(9, "11:30", bronagh, map2, "Sorry! Longlevens and Kingsholm, and Barnwood on Sundays.");
        Post kiMap = re(9, "12:00", kit, map2, "I've only done one week, so Abbeymead and Quedgeley? Happy to take "
                + "whatever's left.");
        re(9, "12:30", concetta, kiMap, "Abbeymead's yours then. Quedgeley is Rhodri's on Saturdays, so take it on "
                + "Sundays.");
        Post map3 = say(10, "10:00", nnYard, concetta, "First draft of the map is on the shared drive: one van per "
                + "estate per evening, chimes off by half eight. Comments by Thursday please.");
        Post idMap = re(10, "10:40", idris, map3, "Looks fair. Can we keep the chimes to 12 seconds like the code of "
                + "practice says? The council will ask.");
        re(10, "11:00", concetta, idMap, "Yes, I'll add it to the notes. Good shout.");
        re(11, "09:00", fenella, fe1, "Just checking you saw this, @Concetta Baldini? The PTA meets on Thursday and "
                + "I'd love to tell them it's booked.");
        say(11, "14:00", nnYard, concetta, "Bronagh, does Barnwood on Sundays clash with the car boot? I'd rather not "
                + "have two vans by the same field.");
        say(11, "14:30", nnYard, bronagh, "It does a bit. I'll move to the top of Barnwood Road.");
        Post rhCo = re(12, "10:00", rhodri, map3, "Concetta, Fenella from Hollybrook has been asking for you in "
                + "bookings, and there's a bride too.");
        re(12, "10:20", concetta, rhCo, "I know, I'll answer them once the map's agreed. It's nearly there.");
        Post map4 = say(12, "16:00", nnYard, concetta, "Map's final. I'll print copies for the meeting at the depot on "
                + "Easter Monday, 10am. Bring your consent numbers.");
        re(12, "16:30", kit, map4, "I'll be there. Thanks for doing all this.");
        Post co2 = say(13, "18:00", nnYard, concetta, "Easter Saturday and a queue of forty on Hillfields. If anyone "
                + "needs mix tomorrow I've two spare tubs.");
        Post idCo = re(13, "18:20", idris, co2, "I might, I'm down to one. Could I grab one at nine?");
        re(13, "18:30", concetta, idCo, "Yes, come to the yard.");

        // W15
        Post coFe = re(15, "08:30", concetta, fe1, "Fenella, I'm so sorry for the silence, I was buried in the estate "
                + "map for the council. Yes to 24 June, 11 till 3, and the same £180 as last year. It's in the diary.");
        Post coAl = re(15, "08:45", concetta, al1, "Congratulations Allegra, and sorry to be slow. 15 July is free. For "
                + "120 guests it's £520 for two hours of the vintage van, as many cones as they like.");
        re(15, "09:10", fenella, coFe, "Wonderful, thank you! The children will be thrilled.");
        Post alCo = re(15, "10:00", allegra, coAl, "Perfect, that's within budget. How do I book?");
        Post coAl2 = re(15, "10:20", concetta, alCo, "Fill in the form on our website's contact page; a £100 deposit "
                + "holds the date.");
        re(15, "10:40", allegra, coAl2, "Done, thank you!");
        Post rh2 = say(15, "12:00", nnYard, rhodri, "Good meeting this morning. The council officer liked the map.");
        re(15, "12:15", concetta, rh2, "She did! Thank you all for sending your estates so quickly.");
        Post pe2 = say(16, "10:00", nnBookings, perry, "@Concetta Baldini the producer signed off: call time 7am on "
                + "the 20th at the Old Mill. Still good?");
        re(16, "10:30", concetta, pe2, "Still good. We'll be there for quarter to seven with the chimes tuned.");
        Post wi2 = say(19, "11:00", nnBookings, winsome, "@Rhodri Pask the site plan's in your email, you're by the "
                + "cricket pavilion.");
        re(19, "11:40", rhodri, wi2, "Perfect, I know the spot. See you on 10 June.");
        Post id2 = say(20, "17:00", nnYard, idris, "Sold out again on Malpas tonight. Best April in years.");
        re(20, "17:30", concetta, id2, "Same here. The map's working, nobody's crossed anybody's street.");
    }

    /**
     * B. Spatola: Fenwick posts his subscription-box link into all three rooms on day 2 and again on day 5, then talks
     * without it. Ottavia answers Sefton and Yuki in W14 with her own pages, her trade prices on them.
     */
    private void spatolaMakers() {
        // W13
        Post no1 = say(1, "09:00", spLab, noor, "Anyone else finding the new season's pistachio paste darker? My "
                + "Bronte batch looks almost khaki.");
        Post otNo = re(1, "09:30", ottavia, no1, "Same supplier? Mine's darker too, they've roasted it longer this "
                + "year. Cut it with 10% raw paste and the colour comes back.");
        re(1, "09:45", noor, otNo, "Clever, I'll try that tonight.");
        say(2, "10:00", spLab, fenwick, "Big news: my gelato subscription box is live! Six tubs a month to your door, "
                + "use code SPRING10 for 10% off: fenwickgelato.example/box");
        say(2, "10:03", spWholesale, fenwick, "Subscription boxes now live for cafés and homes: "
                + "fenwickgelato.example/box, code SPRING10 for 10% off.");
        say(2, "10:06", spShowcase, fenwick, "This month's box: blood orange, miso caramel, fior di latte and three "
                + "more. fenwickgelato.example/box");
        Post pa1 = say(2, "11:00", spWholesale, paloma, "Hi makers. I run a small café in Frome and want to add "
                + "gelato this summer. Is it better to buy tubs wholesale or get a batch freezer of my own?");
        Post miPa = re(2, "11:40", mirabel, pa1, "For a first summer, buy tubs. A batch freezer, a blast freezer and "
                + "the training come to £15k before you've sold a scoop. Try six flavours for a season and see what "
                + "moves.");
        Post paMi = re(2, "12:00", paloma, miPa, "That's a relief. Which flavours move best in a café?");
        Post miPa2 = re(2, "12:30", mirabel, paMi, "Fior di latte, chocolate, pistachio, a fruit sorbet and two "
                + "seasonal ones. Keep one of them vegan.");
        re(2, "12:45", paloma, miPa2, "Brilliant, thank you Mirabel.");
        Post lo1 = say(3, "15:00", spLab, lorcan, "Batch freezer question: my overrun is creeping up to 40%. Blade "
                + "wear?");
        Post noLo = re(3, "15:30", noor, lo1, "Probably the blades. Hold the scraper edges against a straight rule; "
                + "if you can see light, they're done.");
        re(3, "16:10", lorcan, noLo, "Light all along the second blade. Ordering new ones, thanks Noor.");
        Post gi1 = say(4, "10:00", spWholesale, giles, "Chef at The Weir bistro in Bradford on Avon. Looking for a "
                + "gelato supplier for a summer dessert menu: three flavours, 5-litre tubs, fortnightly. Who can "
                + "quote?");
        Post otGi = re(4, "10:40", ottavia, gi1, "I can, Giles. Fior di latte, dark chocolate and a rhubarb sorbet at "
                + "£38 a tub, delivered fortnightly on Tuesdays.");
        re(4, "11:10", noor, gi1, "I can too: £35 a tub, but I only deliver within 15 miles of Bath. Bradford on Avon "
                + "is just in.");
        Post giOt = re(4, "12:00", giles, otGi, "Thanks both. Could you each send a tasting tub next week?");
        re(4, "12:20", ottavia, giOt, "Of course, Tuesday.");
        say(5, "09:00", spWholesale, fenwick, "Reminder for anyone who missed it: subscription boxes, code SPRING10 "
                + "ends Sunday: fenwickgelato.example/box");
        Post mi1 = say(5, "14:00", spShowcase, mirabel, "This week's cabinet: wild garlic and lemon sorbet (don't "
                + "knock it), hot cross bun, and dark chocolate with sea salt.");
        Post noMi = re(5, "14:30", noor, mi1, "Hot cross bun! Is that a spiced base with candied peel rippled in?");
        re(5, "14:50", mirabel, noMi, "Spiced base, peel and toasted brioche crumbs folded in at the end.");
        Post ot1 = say(6, "10:00", spLab, ottavia, "For anyone doing Easter: I've gone to 4% dextrose in the chocolate "
                + "so it scoops at -14. Much smoother in the cabinet.");
        re(6, "10:30", lorcan, ot1, "Useful, mine's been scooping like stone at -14. Trying that.");

        // W14
        Post se1 = say(8, "09:00", spWholesale, sefton, "Deli in Bath here. A customer asked if any gelato we stock is "
                + "nut-free for her son. How do makers handle nut allergens?");
        Post otSe = re(8, "09:40", ottavia, se1, "Good question. I make the nut flavours on a separate day and clean "
                + "down, but I can't promise nut-free. My allergen page explains it and has the full matrix: "
                + "renzigelato.example/allergens");
        re(8, "10:10", sefton, otSe, "Very clear, thank you. And I see your wholesale order form is on the same page, "
                + "handy.");
        re(8, "10:30", noor, se1, "Same as Ottavia. Ask whoever supplies you for their allergen matrix; if they don't "
                + "have one, don't stock them.");
        Post yu1 = say(9, "11:00", spWholesale, yuki, "Pastry chef at the Lansdown Hotel. We want a gelato that holds "
                + "on a plated dessert for four minutes under the pass lights. Any tricks?");
        Post otYu = re(9, "11:30", ottavia, yu1, "More solids and a touch more stabiliser. I've written a plating guide "
                + "for chefs with the recipe I'd use: renzigelato.example/for-chefs (my trade prices are at the "
                + "bottom if you'd rather buy it made).");
        re(9, "12:00", yuki, otYu, "Perfect, the guide answers it. We'll try making it ourselves first.");
        Post fe1 = say(9, "14:00", spLab, fenwick, "Yuki's question got me thinking: has anyone used inulin instead of "
                + "extra stabiliser for plated desserts?");
        Post miFe = re(9, "14:30", mirabel, fe1, "Yes, 2% inulin. Lovely body, but it goes gummy if you overdo it.");
        re(9, "14:45", fenwick, miFe, "Thanks Mirabel, I'll test 1.5 and 2.");
        Post pa2 = say(10, "10:00", spWholesale, paloma, "Back again! Ordered tubs for Easter. How long do they keep "
                + "in a café's display freezer once opened?");
        Post fePa = re(10, "10:25", fenwick, pa2, "About five days once opened if the cabinet holds -16 or colder. "
                + "Press cling film onto the surface at night, it stops the ice crystals.");
        re(10, "10:50", paloma, fePa, "Cling film at night, got it. Thank you!");
        Post mi2 = say(11, "16:00", spLab, mirabel, "Has anyone's display cabinet defrosted itself mid-service? Mine "
                + "just did at 2pm with a queue.");
        Post loMi = re(11, "16:20", lorcan, mi2, "Mine did that when the defrost timer reset after a power cut. Check "
                + "the timer clock.");
        re(11, "16:45", mirabel, loMi, "That was it! The clock said 3am. Thank you Lorcan.");
        Post no2 = say(12, "11:00", spShowcase, noor, "Good Friday cabinet: simnel cake gelato with marzipan pieces, "
                + "and a blood orange sorbet.");
        re(12, "11:30", ottavia, no2, "That simnel looks wonderful.").react("😍", mirabel);
        Post gi2 = say(13, "10:00", spWholesale, giles, "@Ottavia Renzi @Noor Haddad the tasting tubs were both "
                + "excellent. Going with Noor for the distance, sorry Ottavia! Thank you both.");
        re(13, "10:30", ottavia, gi2, "No apology needed, enjoy the summer menu.");
        re(13, "10:45", noor, gi2, "Thank you Giles, first delivery on Tuesday week.");

        // W15
        Post no3 = say(15, "09:00", spLab, noor, "Easter weekend done. Sold 180 litres, a record. How was everyone's?");
        re(15, "09:30", fenwick, no3, "Good, and the subscription box sold out, so I'll stop going on about it! Well "
                + "done on the record.");
        re(15, "09:45", mirabel, no3, "Steady, but rain on Sunday killed it. 180 is amazing.");
        Post se2 = say(16, "14:00", spWholesale, sefton, "Thinking of a display freezer for eight flavours. Is a "
                + "12-pan cabinet overkill?");
        Post feSe = re(16, "14:40", fenwick, se2, "Not if you want to rotate seasonal flavours. Ask for a ventilated "
                + "one, static cabinets frost up in a warm shop.");
        re(16, "15:00", sefton, feSe, "Ventilated, noted. Thanks Fenwick.");
        Post lo2 = say(17, "10:00", spLab, lorcan, "New blades in, overrun back to 28%. Thanks again Noor.");
        re(17, "10:20", noor, lo2, "Great news.");
        Post lo3 = say(18, "12:00", spShowcase, lorcan, "First cabinet of the season at the kiosk: six flavours, all "
                + "from the new blades.");
        re(18, "12:30", mirabel, lo3, "Gorgeous cabinet.");
        Post yu2 = say(19, "15:00", spWholesale, yuki, "@Ottavia Renzi the plating recipe held five minutes under the "
                + "lights. Chef's thrilled.");
        re(19, "15:30", ottavia, yu2, "Wonderful, thank you for telling me!");
    }

    /**
     * C. Hatchline Catering Trailers: in W15 Marisol (owner) talks builds with two prospects who join, Hollis and
     * Saoirse, while Adaeze (a customer since 2033, who sent her cousin Piran) waits from day 15 to day 19 for an
     * answer about her hatch strut and gas interlock. Hollis DMs Jory for a price breakdown.
     */
    private void hatchlineTrailers() {
        // W13
        say(1, "09:00", hcNews, marisol, "Workshop news: summer build slots are full until August. Servicing and gas "
                + "checks are still available, book through Jory.");
        Post lo1 = say(1, "11:00", hcAsk, lotte, "My crêpe trailer's 13A hookup trips the RCD at markets when both "
                + "hotplates are on. Is that the trailer or the markets?");
        Post wyLo = re(1, "11:40", wystan, lo1, "Two 3kW plates on a 13A supply is 26A, so it's the supply. Ask the "
                + "markets for a 16A or 32A hookup; your inlet takes both.");
        re(1, "12:00", lotte, wyLo, "Aha, I'll ask for 16A at Saturday's market. Thanks Wystan.");
        Post ad1 = say(2, "09:30", hcRoad, adaeze, "Jerk Junction's first market of the year in Cheltenham, a queue "
                + "before we'd even lit the drum.");
        Post maAd = re(2, "10:00", marisol, ad1, "Brilliant! The trailer looks great under the new awning.");
        Post adMa = re(2, "10:30", adaeze, maAd, "And my cousin Piran's build is with you now. I told him you're the "
                + "only ones I'd trust.");
        re(2, "11:00", marisol, adMa, "We're very glad you did. His pizza oven goes in next week.");
        Post pi1 = say(3, "14:00", hcAsk, piran, "@Marisol Eckhart for the pizza trailer, can the oven flue go out "
                + "through the roof rather than the side? Worried about smoke in the queue.");
        Post maPi = re(3, "14:40", marisol, pi1, "Yes, a roof flue with a rain cap. It's 20cm taller when you tow, so "
                + "check your garage door. I'll send the drawing tomorrow.");
        Post maPi2 = re(4, "10:00", marisol, maPi, "Drawing's in your email: roof flue, 2.9m towing height.");
        re(4, "10:30", piran, maPi2, "Garage is 3m, it just fits! Go ahead.");
        Post co1 = say(5, "16:00", hcRoad, cosmo, "Horsebox out at a point-to-point, 200 flat whites before noon.");
        Post joCo = re(5, "16:30", jory, co1, "That's a lot of milk! Glad the steam wand's holding up.");
        Post coJo = re(5, "16:45", cosmo, joCo, "It's a beast. Could you book me in for the annual gas check in May?");
        re(5, "17:10", jory, coJo, "Booked for 9 May at 9am. You'll get a reminder the week before.");
        Post lo2 = say(6, "10:00", hcAsk, lotte, "16A hookup worked, both plates on all day. Thank you!");
        re(6, "10:20", wystan, lo2, "Great stuff.");

        // W14
        say(8, "09:00", hcNews, wystan, "Piran's pizza trailer: oven in, roof flue on. Photos in #on-the-road once "
                + "Piran says so.");
        Post pi2 = say(8, "12:00", hcRoad, piran, "Happy for you to share them, Wystan! It's nearly done, I can't "
                + "believe it.");
        re(8, "12:30", lotte, pi2, "Oh that oven! Welcome to trailer life.");
        Post co2 = say(9, "10:00", hcAsk, cosmo, "The horsebox's water pump pulses when the tap's half open. Normal?");
        Post wyCo = re(9, "10:30", wystan, co2, "It's the pressure switch cycling. Fit a small accumulator tank, a £30 "
                + "part, and it'll stop.");
        re(9, "10:50", cosmo, wyCo, "Will do, thanks.");
        Post ad2 = say(10, "15:00", hcAsk, adaeze, "Is there a guide to winterising the water system? Asking for next "
                + "year, I left it too late this winter.");
        Post joAd = re(10, "15:30", jory, ad2, "Here's ours: hatchline.example/guides/winterising. Drain it, blow it "
                + "through, antifreeze in the traps.");
        re(10, "15:45", adaeze, joAd, "Perfect, bookmarked.");
        say(11, "12:00", hcNews, marisol, "Open day at the workshop on Saturday 22 April: builds in progress, gas and "
                + "electrics questions, bacon rolls from 10. hatchline.example/openday");
        Post lo3 = say(12, "16:00", hcRoad, lotte, "Good Friday at the Easter fair, 300 crêpes. Both plates on all "
                + "day.");
        re(12, "16:30", marisol, lo3, "300! Well done Lotte.");
        Post jo1 = say(13, "10:00", hcNews, jory, "Piran collects his trailer on Tuesday. Thank you Piran for trusting "
                + "us, and Adaeze for sending him.");
        re(13, "10:30", adaeze, jo1, "Can't wait to see it at a market next to mine!");

        // W15: prospects courted, Adaeze waits
        joins(15, "09:00", hcAsk, hollis);
        Post ho1 = say(15, "09:10", hcAsk, hollis, "Hi, I'm planning a bao bun trailer for next year. Roughly what "
                + "does a 12ft build cost, and how long is the wait?");
        Post joHo = re(15, "09:40", jory, ho1, "Welcome Hollis! A 12ft kitchen trailer runs from £24k to £32k "
                + "depending on gas, extraction and fit-out. Slots open again in September.");
        Post ad3 = say(15, "10:00", hcAsk, adaeze, "@Marisol Eckhart the gas strut on my serving hatch has gone, so "
                + "the hatch drops when it's windy, and the gas interlock keeps cutting out the fryer. Is that under "
                + "the warranty? I've a market on Saturday.");
        Post hoJo = re(15, "10:20", hollis, joHo, "Thanks. What's the difference in price between LPG and "
                + "all-electric?");
        Post maHo = re(15, "11:00", marisol, hoJo, "All-electric saves about £2k on the gas work but needs a 32A "
                + "hookup or a big generator, and most street-food sites still run on gas. Happy to show you both "
                + "at the open day.");
        re(15, "11:30", hollis, maHo, "Open day it is.");
        joins(16, "09:00", hcAsk, saoirse);
        Post sa1 = say(16, "09:15", hcAsk, saoirse, "Hello! Converting a vintage Citroën H van or building a trailer: "
                + "which is easier to get through food hygiene?");
        Post maSa = re(16, "09:45", marisol, sa1, "A trailer, honestly. The H van is gorgeous but cramped, and the "
                + "hygiene officer will want a separate handwash basin. We can fit one in either.");
        Post saMa = re(16, "10:10", saoirse, maSa, "Good to know. Could I see an H van you've done?");
        Post maSa2 = re(16, "10:40", marisol, saMa, "Yes, there's one in the workshop this week. Come on Thursday at "
                + "2?");
        re(16, "10:50", saoirse, maSa2, "Thursday at 2, see you then.");
        Post hoDm = say(16, "14:00", hcDm, hollis, "Hi Jory, could you send me a rough breakdown for the 12ft gas "
                + "build? My bank wants one.");
        Post joDm = re(16, "14:30", jory, hoDm, "Of course: chassis and body £11k, kitchen fit-out £9k, gas and "
                + "extraction £4.5k, electrics £2.5k. I'll email a formal quote tomorrow.");
        re(16, "14:45", hollis, joDm, "That's exactly what they need, thank you.");
        Post ad4 = re(17, "08:30", adaeze, ad3, "Sorry to chase, @Marisol Eckhart: it's the strut and the interlock. "
                + "The market's on Saturday.");
        Post joAd2 = re(17, "09:00", jory, ad4, "Adaeze, Marisol does the warranty calls, she'll get back to you. I've "
                + "flagged it to her.");
        re(17, "09:15", adaeze, joAd2, "Thanks Jory.");
        say(17, "15:00", hcNews, marisol, "Open day next Saturday, 22 April: two new builds on show and an H van "
                + "conversion in progress.");
        Post saMa3 = re(18, "16:00", saoirse, maSa2, "Thanks for the tour today, I'm leaning towards a trailer now.");
        re(18, "16:20", marisol, saMa3, "Lovely to meet you. I'll send you some layouts.");
        Post hoMa = re(19, "10:00", hollis, maHo, "@Marisol Eckhart is the open day on the 22nd still on if it "
                + "rains?");
        re(19, "10:30", marisol, hoMa, "Rain or shine, the workshop's under cover.");
        Post maAd2 = re(19, "18:00", marisol, ad4, "Adaeze, I'm so sorry, it's been a week of new builds and I let "
                + "yours slide. Both are under warranty. Wystan can meet you at 7 tomorrow, before your market.");
        re(19, "18:30", adaeze, maAd2, "Thank you, 7 it is.");
        say(20, "07:45", hcAsk, wystan, "Adaeze's strut and interlock are done, she's away to her market.");
    }

    /**
     * D. Crisp &amp; Curl Cone Co.: Solveig posts the Easter cut-off with its order link on days 2, 5 and 8. Ines, a
     * new account, is helped on days 1, 2 and 4 and says "Thanks". Beatrix says on day 5 she is at the Harrogate expo
     * on days 8-10; Hebe asks her on day 9 and she answers on day 11. Kwame asks Tobiah about a short delivery on day
     * 15 at 10:00 and Tobiah answers on day 16 at 17:00 with an apology.
     */
    private void crispAndCurl() {
        // W13
        Post in1 = say(1, "09:00", ccOrders, ines, "Hi, new account here (The Scoop Shed, a kiosk in Weymouth). "
                + "What's the minimum order for free delivery?");
        Post beIn = re(1, "09:30", beatrix, in1, "Welcome Ines! Free delivery from £150, otherwise £12. Your account's "
                + "live, so you can order straight away.");
        re(1, "09:45", ines, beIn, "Thanks.");
        say(2, "08:30", ccNews, solveig, "Easter order cut-off is Tuesday 4 April at noon for delivery before Good "
                + "Friday. Order here: crispandcurl.example/trade-order");
        Post in2 = say(2, "10:00", ccOrders, ines, "Which cones hold up best in a kiosk with no air con? Ours went soft "
                + "in the sea air last summer.");
        Post toIn = re(2, "10:30", tobiah, in2, "Rolled sugar cones, they're denser than wafer. Keep the boxes sealed "
                + "and only put out a sleeve at a time.");
        re(2, "10:50", ines, toIn, "Thanks.");
        Post gi1 = say(3, "11:00", ccCounter, gianluca, "Anyone tried the new charcoal cones? Do customers go for "
                + "black cones or is it just for photos?");
        Post kwGi = re(3, "11:30", kwame, gi1, "They sell to teenagers, mostly for the photos. I'd take one box to "
                + "test.");
        re(3, "11:45", gianluca, kwGi, "Makes sense, I'll try one box.");
        Post in3 = say(4, "09:00", ccOrders, ines, "Is there a case price for the flake-holder cones?");
        Post beIn2 = re(4, "09:20", beatrix, in3, "Yes, £38 for six sleeves of 50, or £34 a case if you take three.");
        re(4, "09:30", ines, beIn2, "Thanks.");
        say(5, "08:30", ccNews, solveig, "Reminder: Easter cut-off is Tuesday at noon. Two days' stock left of the "
                + "waffle baskets. crispandcurl.example/trade-order");
        Post be1 = say(5, "10:00", ccCounter, beatrix, "Heads up: I'm at the Ice Cream Expo in Harrogate from Monday "
                + "to Wednesday, back on Thursday. Solveig and Tobiah have the orders while I'm away.");
        re(5, "10:30", hebe, be1, "Have a good show! Bring back the gossip.");
        Post ra1 = say(6, "12:00", ccCounter, radomir, "What's everyone charging for a single scoop this year? I'm at "
                + "£3.20 and feel cheap.");
        re(6, "12:20", hebe, ra1, "£3.50 from my van, £3.80 at events.");
        Post giRa = re(6, "12:40", gianluca, ra1, "£3.60 in the shop. Go up, your gelato's worth it.");
        re(6, "13:00", radomir, giRa, "You've convinced me. Thanks both.");
        Post in4 = say(7, "17:00", ccCounter, ines, "First weekend of the season went well, 140 cones. The sugar cones "
                + "held up in the wind!");
        re(7, "17:20", tobiah, in4, "Glad the sugar cones worked.");

        // W14
        say(8, "08:30", ccNews, solveig, "Last call: Easter cut-off is tomorrow at noon. "
                + "crispandcurl.example/trade-order");
        Post kw1 = say(8, "10:00", ccOrders, kwame, "Order's in for 20 cases. Could it come on Wednesday rather than "
                + "Thursday?");
        re(8, "10:20", tobiah, kw1, "Wednesday's fine, it's on the first van.");
        Post he1 = say(9, "09:00", ccOrders, hebe, "@Beatrix Hollinshead could you send me samples of the charcoal "
                + "cones and the new gluten-free ones? I'd like to try both before Easter.");
        Post soHe = re(9, "09:40", solveig, he1, "Beatrix is back on Thursday and has the sample packs with her in "
                + "Harrogate. I'll make sure she sends them then.");
        re(9, "09:55", hebe, soHe, "No rush, thanks Solveig.");
        Post gi2 = say(10, "14:00", ccCounter, gianluca, "Charcoal cones: sold the box out in two days. Teenagers, as "
                + "Kwame said.");
        re(10, "14:30", kwame, gi2, "Told you! Same here.");
        Post beHe = re(11, "08:45", beatrix, he1, "Back from Harrogate. Samples of both went in the post this morning, "
                + "Hebe, with a price sheet.");
        re(11, "09:10", hebe, beHe, "Lovely, thank you.");
        Post be2 = say(11, "10:00", ccCounter, beatrix, "Expo notes: oat-milk soft serve everywhere, and two cone "
                + "makers showing cones made from spent brewers' grain. More on Friday.");
        Post raBe = re(11, "10:30", radomir, be2, "Brewers' grain cones! Do they taste of beer?");
        re(11, "10:45", beatrix, raBe, "Faintly malty. Quite nice with chocolate.");
        Post in5 = say(12, "12:00", ccCounter, ines, "Good Friday queue all down the esplanade. Thanks for getting our "
                + "Easter order here so fast, @Tobiah Wren.");
        re(12, "12:30", tobiah, in5, "Pleasure, enjoy the sunshine.");
        Post ra2 = say(13, "15:00", ccOrders, radomir, "Running low on waffle baskets, can I add a case to next week's "
                + "order?");
        re(13, "15:20", solveig, ra2, "Added, it'll come with Tuesday's delivery.");

        // W15
        Post kw2 = say(15, "10:00", ccOrders, kwame, "@Tobiah Wren our Easter order arrived short: we got 19 cases and "
                + "the invoice says 20. The missing one's sugar cones. Can you send it on?");
        Post he2 = say(15, "11:00", ccCounter, hebe, "The charcoal samples were a hit with my niece's class at the "
                + "school fete. Ordering a box.");
        re(15, "11:30", beatrix, he2, "Wonderful! I'll put a box on your next delivery.");
        say(15, "15:00", ccNews, tobiah, "Dispatch: Easter Monday deliveries are running late, we're on the road "
                + "until 7 tonight.");
        Post gi3 = say(16, "09:00", ccCounter, gianluca, "Has anyone found a cone dispenser that doesn't crack the "
                + "wafers?");
        re(16, "09:30", radomir, gi3, "The spring-loaded tube ones. Gravity ones drop them.");
        Post toKw = re(16, "17:00", tobiah, kw2, "Kwame, I'm sorry for the wait, I was out on the van all day "
                + "yesterday and only saw this now. You're right, one case short. It's on tomorrow's first run, and "
                + "I've taken it off the invoice.");
        re(16, "17:20", kwame, toKw, "Thanks Tobiah, appreciated.");
        Post kw3 = say(18, "11:00", ccCounter, kwame, "Anyone else getting asked for gluten-free cones every day now?");
        Post inKw = re(18, "11:30", ines, kw3, "Every day. I keep them in a separate sealed box so they never touch "
                + "the wafer ones.");
        re(18, "11:45", kwame, inKw, "Good idea, thanks Ines.");
        Post be3 = say(19, "10:00", ccNews, beatrix, "New this month: gluten-free cake cones, certified, in sleeves "
                + "of 24. Samples on request.");
        Post giBe = re(19, "10:30", gianluca, be3, "Could I have a sample, please?");
        re(19, "10:50", beatrix, giBe, "On its way tomorrow.");
    }

    /**
     * E. Field &amp; Fork Organisers: Barnaby talks about his festival in W13 and asks the others in W15. Dashiell
     * joins on day 3 and answers Tamsin's inspection news on day 4 with his pitch price. Ciaran cancels his Good
     * Friday night market in a storm and posts nine updates to the traders on days 11-13.
     */
    private void fieldAndFork() {
        // W13
        Post ha1 = say(1, "10:00", ffPitches, harriet, "Mendip County Show, 24-25 June: six hot-food pitches left, "
                + "£320 for both days including 16A power. Apply with your menu and hygiene rating.");
        Post obHa = re(1, "11:00", obinna, ha1, "Suya and jollof, 5-star rating. Is there water on site?");
        re(1, "11:30", harriet, obHa, "Standpipes every 50m. Send your menu and you're in the first round.");
        Post ba1 = say(1, "14:00", ffOffice, barnaby, "Our Downs festival has sold 42 of 45 pitches already. I've "
                + "doubled the site, we've booked a headliner, and my new ticketing deal is the best I've ever "
                + "signed. I reckon this is my best year yet.");
        Post haBa = re(1, "14:30", harriet, ba1, "Congratulations. How are you handling power for 45 traders?");
        re(1, "15:00", barnaby, haBa, "I've hired two 100kVA sets myself. I always do the power myself, I don't trust "
                + "a contractor with my festival. My crew and I lay every cable.");
        Post yu1 = say(2, "09:00", ffTraders, yusuf, "Is it normal for organisers to ask for 20% of takings on top of "
                + "the pitch fee? A new event asked me for that.");
        Post haYu = re(2, "09:30", harriet, yu1, "Not normal. Either a fee or a percentage, not both. I'd ask them "
                + "why.");
        say(2, "09:50", ffTraders, ciaran, "Agree with Harriet. At the Ropewalk it's a flat fee and we publish it.");
        re(2, "10:10", yusuf, haYu, "Thanks both, I'll push back.");
        joins(3, "09:00", ffTraders, dashiell);
        Post ba2 = say(3, "09:30", ffOffice, barnaby, "Been thinking about my layout. I've put my bars on the east "
                + "side, my stage at the bottom and my traders in a horseshoe. My team loved it. I drew it all "
                + "myself.");
        Post ciBa = re(3, "10:00", ciaran, ba2, "Horseshoes are good for queues. Where do the traders' vans park?");
        re(3, "10:20", barnaby, ciBa, "Behind my stage, I've got my own field for it. I sorted that with my farmer "
                + "mate years ago, my best deal.");
        Post ta1 = say(4, "11:00", ffTraders, tamsin, "Passed our inspection, 5 stars at last! Crêpes by Tamsin is "
                + "officially shiny.");
        re(4, "11:20", dashiell, ta1, "Congrats! Pitches at my Harbour Food Fair in May from £180, DM me.");
        Post anTa = re(4, "11:40", annika, ta1, "Well done! That inspector was tough on us last year.");
        re(4, "12:00", tamsin, anTa, "Thank you! They checked the fridge logs line by line.");
        Post ci1 = say(5, "10:00", ffPitches, ciaran, "Ropewalk Night Market, Good Friday 7 April, 5pm till 11pm: two "
                + "pitches left, £90 with power. Dessert or coffee preferred.");
        Post taCi = re(5, "10:30", tamsin, ci1, "Do crêpes count as dessert? I'd love one.");
        re(5, "11:00", ciaran, taCi, "They do. You're in, I'll send the trader pack.");
        Post ba3 = say(5, "15:00", ffOffice, barnaby, "My ticket sales hit 4,000 today. I'm so proud of my little "
                + "festival. I started it with my own savings and I'm still the one who answers every email myself.");
        re(5, "15:20", harriet, ba3, "Well done Barnaby!");
        Post da1 = say(7, "12:00", ffOffice, dashiell, "Hello all, I'm running my first food fair on the harbour in "
                + "May. Any tips?");
        Post haDa = re(7, "12:30", harriet, da1, "Welcome. Publish your fee, your power and your rules before anyone "
                + "applies. Traders talk.");
        re(7, "12:50", dashiell, haDa, "Thanks Harriet, will do.");

        // W14
        Post ha2 = say(8, "10:00", ffOffice, harriet, "The council wants a noise management plan for the show this "
                + "year. Anyone got a template they're happy to share?");
        Post ciHa = re(8, "10:30", ciaran, ha2, "I'll dig out ours, it got through Bristol's licensing first time.");
        re(8, "11:00", harriet, ciHa, "You're a star.");
        Post ba4 = say(10, "14:00", ffOffice, barnaby, "How's everyone finding insurers this year? Mine's doubled the "
                + "public liability.");
        Post haBa2 = re(10, "14:30", harriet, ba4, "Try a broker who does events, we saved 30%.");
        Post baHa = re(10, "14:45", barnaby, haBa2, "Which broker do you use?");
        re(10, "15:00", harriet, baHa, "Marlow Events Cover, ask for Deb.");
        say(11, "18:00", ffTraders, ciaran, "Ropewalk traders: there's an amber wind warning for Good Friday evening. "
                + "We're watching it and will decide by 10am tomorrow.");
        say(12, "07:30", ffTraders, ciaran, "Update 1: gusts of 60mph forecast from 4pm. No gazebos will be allowed, "
                + "trailers and vans only for now.");
        say(12, "08:45", ffTraders, ciaran, "Update 2: talking to the harbour master about the quayside. Don't load up "
                + "yet.");
        Post ciCancel = say(12, "10:00", ffTraders, ciaran, "Update 3: Good Friday's Ropewalk Night Market is "
                + "cancelled. I'm sorry. Pitch fees will be refunded in full by Tuesday.");
        ciCancel.react("🙏", tamsin, obinna);
        re(12, "10:40", tamsin, ciCancel, "Sad but right. Thanks for sorting the refunds.");
        say(12, "11:00", ffTraders, ciaran, "Update 4: if you've already bought stock, we're asking the Saturday "
                + "farmers' market to take the Ropewalk traders on Easter Saturday at no charge.");
        say(12, "12:30", ffTraders, ciaran, "Update 5: the farmers' market says yes: six pitches on Saturday, 9 till "
                + "2, first come first served, message me by 3pm.");
        say(12, "15:05", ffTraders, ciaran, "Update 6: Saturday's pitches are full. Thanks for being so quick.");
        say(13, "08:00", ffTraders, ciaran, "Update 7: refunds have gone out to everyone today, not Tuesday. Check "
                + "your accounts.");
        say(13, "17:00", ffTraders, ciaran, "Update 8: the night market is back on Friday 21 April, same pitches, no "
                + "fee for anyone who was booked for Good Friday.");
        say(13, "18:00", ffTraders, tamsin, "The farmers' market pitch was a lifesaver. Sold every crêpe.");
        Post da2 = say(14, "10:00", ffPitches, dashiell, "Harbour Food Fair, Saturday 20 May: 20 pitches, £180 with "
                + "power, fee only, no percentage. Apply at harbourfoodfair.example/apply");
        Post yuDa = re(14, "10:30", yusuf, da2, "Applied! Gözleme, 5-star rating.");
        re(14, "11:00", dashiell, yuDa, "Got it, thank you Yusuf.");

        // W15
        Post ha3 = say(15, "09:00", ffOffice, harriet, "Ciaran, that was a model of how to cancel an event. Well "
                + "done.");
        re(15, "09:30", ciaran, ha3, "Thank you. Worst morning of my year, but the traders were brilliant.");
        Post ob1 = say(16, "11:00", ffTraders, obinna, "@Barnaby Stroud is the Downs festival still taking hot food? "
                + "Your form says full.");
        Post baOb = re(16, "11:40", barnaby, ob1, "Three left now, a trader dropped out. How about the one by the "
                + "stage? It's £380 for the weekend with power.");
        re(16, "12:00", obinna, baOb, "Yes please!");
        Post ba5 = say(17, "10:00", ffOffice, barnaby, "Question for you all: how do you handle traders who turn up "
                + "late on build day? What do you say to them?");
        Post haBa3 = re(17, "10:30", harriet, ba5, "Gates close at 8am, in writing, and I hold to it once. Never "
                + "twice.");
        Post baHa2 = re(17, "10:50", barnaby, haBa3, "That's firmer than I am. How do you tell them without falling "
                + "out?");
        re(17, "11:10", harriet, baHa2, "Kindly and early. Your traders will respect you more for it.");
        Post an1 = say(18, "09:00", ffTraders, annika, "Has anyone done a night market with a waffle trailer? Worried "
                + "about the lighting.");
        Post daAn = re(18, "09:30", dashiell, an1, "Festoon lights along the hatch and a warm white flood on the menu "
                + "board. People buy what they can read.");
        re(18, "09:45", annika, daAn, "Festoons it is, thank you.");
        Post ci2 = say(19, "14:00", ffPitches, ciaran, "Ropewalk Night Market, Friday 21 April: the Good Friday "
                + "traders are all back, and there's one new pitch for coffee, £90 with power.");
        re(19, "14:30", tamsin, ci2, "See you there!");
        Post yu2 = say(20, "10:00", ffTraders, yusuf, "@Dashiell Crane accepted for the Harbour fair, thank you. Is "
                + "there a traders' group chat?");
        re(20, "10:40", dashiell, yu2, "There is, I'll add you today.");
    }

    /**
     * F. Long Table Kitchen (nobody sells): Sunniva, new, is helped on days 1, 3 and 5 by Maud, Ifeoma and Kenji and
     * says thanks, and covers Maud's Saturday prep on day 5; in W14 she tells Ifeoma how her recipe went and in W15
     * gives a tip. Elspeth says on day 6 she will be in Orkney until Easter Monday. Jax (Smokestack Burgers) joins on
     * day 9 and asks everyone to vote for his van, then comes to cook.
     */
    private void longTableKitchen() {
        // W13
        Post ma1 = say(1, "10:00", ltChat, maud, "Morning all. Thursday's lunch is sixty covers again, and the food "
                + "bank has sent three crates of carrots. Ideas welcome.");
        Post baMa = re(1, "10:30", bartholomew, ma1, "Carrot and lentil soup, and a carrot halwa for pudding. Both "
                + "freeze.");
        re(1, "10:45", maud, baMa, "Perfect, two birds.");
        Post su1 = say(1, "12:00", ltRota, sunniva, "Hi, I'm new, first shift on Wednesday. What should I wear and "
                + "bring?");
        Post maSu = re(1, "12:20", maud, su1, "Welcome Sunniva! Closed shoes, hair tied back, we have aprons. Bring "
                + "nothing but yourself.");
        re(1, "12:30", sunniva, maSu, "Thanks!");
        Post ra1 = say(2, "09:00", ltRecipes, rahel, "Shiro for sixty: 1.5kg chickpea flour, 6 onions, 300ml oil, "
                + "berbere to taste. Serve it with rice if there's no injera.");
        Post keRa = re(2, "09:30", kenji, ra1, "Made it at home last night after you described it. So good.");
        re(2, "09:45", rahel, keRa, "Told you! Next time add a spoon of garlic paste.");
        Post su2 = say(3, "16:00", ltChat, sunniva, "After Wednesday's shift: how do I fill in the fridge temperature "
                + "log? I wasn't sure which column.");
        Post ifSu = re(3, "16:30", ifeoma, su2, "Morning reading in the first column, evening in the second, initials "
                + "in the third. If it's above 5°C, tell whoever's leading.");
        re(3, "16:45", sunniva, ifSu, "Thank you!");
        Post if1 = say(4, "11:00", ltChat, ifeoma, "Thursday went well, 64 served. The carrot halwa disappeared "
                + "first.");
        re(4, "11:20", bartholomew, if1, "Ha, told you.");
        re(4, "11:30", kenji, if1, "I had two helpings, sorry.");
        Post su3 = say(5, "09:00", ltChat, sunniva, "Is the dishwasher meant to beep three times at the end? I wasn't "
                + "sure it had finished.");
        Post keSu = re(5, "09:20", kenji, su3, "Three beeps is done. Two means it needs salt, it's under the sink.");
        re(5, "09:30", sunniva, keSu, "Ah, thanks.");
        Post ma2 = say(5, "14:00", ltRota, maud, "Can anyone cover my Saturday morning prep? My mum's in hospital.");
        Post suMa = re(5, "14:15", sunniva, ma2, "I can. Hope your mum's okay.");
        re(5, "14:30", maud, suMa, "Thank you, that's a weight off.");
        Post el1 = say(6, "18:00", ltChat, elspeth, "Heads up: I'm in Orkney from Monday till Easter Monday, no signal "
                + "at my sister's. Kenji's doing my Tuesday.");
        re(6, "18:20", kenji, el1, "Have a lovely time!");
        Post ba1 = say(7, "10:00", ltRecipes, bartholomew, "Batch tip: when you're cooking for sixty, fry the spices in "
                + "the oil before the onions, not after. The big pot never catches up.");
        re(7, "10:30", rahel, ba1, "Same in Eritrean cooking. Spices first, always.");

        // W14
        Post ma3 = say(8, "10:00", ltChat, maud, "Back from the hospital, Mum's home. Thank you Sunniva for Saturday, "
                + "the prep was spotless.");
        re(8, "10:20", sunniva, ma3, "So glad she's home.");
        joins(9, "09:00", ltChat, jax);
        Post ja1 = say(9, "09:05", ltChat, jax, "Hi all! Jax from Smokestack Burgers. We're shortlisted for Best "
                + "Street Food Van in the South West awards. Please vote for us, it takes 10 seconds: "
                + "streetfoodawards.example/vote/smokestack");
        say(9, "09:10", ltRecipes, jax, "If any of you could vote for Smokestack Burgers it'd mean the world: "
                + "streetfoodawards.example/vote/smokestack");
        Post ifJa = re(9, "10:00", ifeoma, ja1, "Welcome Jax. We're a volunteer kitchen, we don't do votes for "
                + "businesses here, but you're very welcome to come and cook with us.");
        re(9, "10:30", jax, ifJa, "Fair enough, sorry. I might take you up on that.");
        Post ke1 = say(9, "12:00", ltChat, kenji, "Can we freeze the leftover rice? What do the hygiene rules say?");
        Post ifKe = re(9, "12:30", ifeoma, ke1, "Cool it within an hour, freeze it, label it and use it within a "
                + "month. Reheat once only, piping hot.");
        re(9, "12:40", kenji, ifKe, "Great, thanks.");
        Post ra2 = say(10, "09:00", ltChat, rahel, "@Elspeth Gow do you still have the key to the dry store? I can't "
                + "find the spare.");
        Post maRa = re(10, "09:30", maud, ra2, "Elspeth's in Orkney till Monday. The spare's in the office drawer, "
                + "under the first-aid book.");
        re(10, "09:40", rahel, maRa, "Found it, thanks Maud.");
        Post ba2 = say(11, "11:00", ltRota, bartholomew, "Swapping my Thursday for a Friday this week, does anyone "
                + "mind?");
        re(11, "11:20", maud, ba2, "Fine by me. Ifeoma leads Thursday anyway.");
        Post if2 = say(11, "14:00", ltRecipes, ifeoma, "Jollof for sixty: 3kg rice, 2 litres of pepper base, cook it "
                + "covered on the lowest heat. Don't stir after the first ten minutes.");
        Post suIf = re(11, "14:30", sunniva, if2, "I tried this at home at a sixth of the size and it worked! The "
                + "trick about not stirring is gold.");
        re(11, "14:45", ifeoma, suIf, "Yes! The crust at the bottom is the best bit.");
        say(11, "19:00", ltChat, ifeoma, "Thursday: 71 served, our busiest ever, Easter week does that. I brought the "
                + "100-litre pot from my catering unit and we still nearly ran out.");
        Post ja2 = say(13, "12:00", ltChat, jax, "Came and cooked on Saturday like Ifeoma said. Turned 20kg of mince "
                + "into a chilli for sixty. Great bunch of people.");
        Post maJa = re(13, "12:20", maud, ja2, "You were a great help, come back any time.");
        re(13, "12:30", jax, maJa, "I will.");

        // W15
        Post el2 = say(15, "10:00", ltChat, elspeth, "Back from Orkney. Sorry @Rahel Tesfaye, I had the key in my coat "
                + "pocket all along!");
        re(15, "10:20", rahel, el2, "Ha! Welcome back.");
        Post su4 = say(16, "09:00", ltRecipes, sunniva, "A tip from my shifts: line the big roasting trays with baking "
                + "paper and the washing up takes half the time.");
        re(16, "09:30", bartholomew, su4, "Good tip, and it saves the trays.");
        Post ke2 = say(17, "11:00", ltChat, kenji, "Exams are starting, so I'll be on Saturdays only till June.");
        re(17, "11:30", maud, ke2, "Good luck! Saturdays are great.");
        Post ma4 = say(18, "16:00", ltChat, maud, "Thursday: 58 covers, much calmer. Thank you Ifeoma and Rahel.");
        re(18, "16:30", rahel, ma4, "Lovely day.");
        Post ja3 = say(19, "10:00", ltRota, jax, "Could I do a Saturday again? Happy to bring our leftover brioche "
                + "buns.");
        re(19, "10:30", maud, ja3, "Yes please, Saturday the 22nd.");
        Post ra3 = say(20, "09:00", ltRecipes, rahel, "Lentil wat for sixty, for whoever leads next week: 2kg red "
                + "lentils, 8 onions, berbere, and time.");
        re(20, "09:30", ifeoma, ra3, "Making this on Thursday.");
    }

    /**
     * G. Crema on Wheels: Anatole posts eleven tips to nobody in #the-lay-by in W14 and talks with people in W13 and
     * W15. Roscoe (van converter) joins on day 9 and on day 10 DMs Lowri, whom he never spoke to, a priced conversion
     * with a booking link.
     */
    private void cremaOnWheels() {
        // W13
        Post mr1 = say(1, "09:00", cwLayby, maren, "Grinder burrs: how often is everyone changing them? Mine are at "
                + "600kg and the shots are running fast.");
        Post otMr = re(1, "09:30", otis, mr1, "I change the flat burrs at 500kg. You're overdue.");
        re(1, "09:45", maren, otMr, "Overdue it is, thanks Otis.");
        Post fe1 = say(2, "11:00", cwEvents, felicity, "Wedding planner here. A couple want a coffee van for the "
                + "evening, 90 guests, 2 June in the Cotswolds. Who's available and roughly what does it cost?");
        re(2, "11:30", anatole, fe1, "I'm free on 2 June. Three hours of unlimited coffee for 90 is £480, oat milk "
                + "included.");
        Post mrFe = re(2, "11:50", maren, fe1, "Also free, £450, and I can do espresso martinis if they have a bar "
                + "licence.");
        re(2, "12:30", felicity, mrFe, "Espresso martinis, they'll love that. Let me ask them and come back to you "
                + "both.");
        Post an1 = say(3, "14:00", cwLayby, anatole, "Van battery died at a pitch yesterday, the inverter drained it "
                + "overnight. Do you fit a cut-off switch?");
        Post otAn = re(3, "14:20", otis, an1, "A big red isolator by the door, and I flip it every night.");
        re(3, "14:35", anatole, otAn, "Ordering one today, cheers.");
        Post ga1 = say(5, "09:00", cwEvents, gareth, "Facilities manager at an office in Reading: could a coffee van "
                + "come every Friday morning? 150 staff.");
        say(5, "09:40", cwEvents, otis, "I could do Fridays, Gareth. Nothing for your office if staff pay per cup, or "
                + "£350 a morning if it's free for them.");
        Post gaOt = re(5, "10:00", gareth, ga1, "Pay per cup sounds good for a trial. Could you start on Friday 14 "
                + "April?");
        re(5, "10:20", otis, gaOt, "14 April it is.");
        Post lw1 = say(6, "12:00", cwLayby, lowri, "Hi all, I'm starting out this summer. Thinking about a Piaggio Ape "
                + "conversion or an old Citroën H van. Anyone regret theirs?");
        re(6, "12:30", maren, lw1, "I love my Ape, but it's slow on hills and there's no room for a second person. If "
                + "you'll ever hire help, go bigger.");
        Post anLw = re(6, "12:50", anatole, lw1, "H van for looks, but budget for rust. Mine ate £3k of welding in "
                + "the first year.");
        re(6, "13:10", lowri, anLw, "Eek, rust. Thank you both, that's really useful. I'll look at a Transit too.");

        // W14: Anatole's tips to nobody
        say(8, "07:00", cwLayby, anatole, "Tip of the day: purge the group head before and after every shot, not just "
                + "after.");
        say(8, "16:00", cwLayby, anatole, "Tip: weigh the dose every morning, grinders drift as they warm up.");
        say(9, "07:00", cwLayby, anatole, "Tip of the day: keep the milk jugs in the fridge between events. Cold jugs "
                + "give more time to stretch.");
        joins(9, "09:00", cwLayby, roscoe);
        Post ro1 = say(9, "09:10", cwLayby, roscoe, "Hi all, Roscoe here, I build coffee van conversions in Devon. "
                + "Good to be here.");
        re(9, "09:30", maren, ro1, "Welcome Roscoe.");
        say(9, "16:00", cwLayby, anatole, "Tip: backflush with detergent once a day, with plain water after every "
                + "service.");
        say(10, "07:00", cwLayby, anatole, "Tip of the day: a towel on the drip tray stops the van floor getting "
                + "sticky.");
        Post roDm = say(10, "10:00", cwDm, roscoe, "Hi Lowri, saw your post about Apes and H vans. I convert both, "
                + "full espresso fit-out from £13,900, eight-week lead time. Grab a 15-minute call: "
                + "roscoehadley.example/book");
        re(10, "18:00", lowri, roDm, "Thanks Roscoe, I'm still deciding what I want.");
        say(11, "07:00", cwLayby, anatole, "Tip: descale the boiler before the season, not during it.");
        Post ot1 = say(11, "15:00", cwLayby, otis, "@Maren Kjeldsen did you change the burrs? Shots any better?");
        re(11, "15:30", maren, ot1, "Night and day. 28 seconds again.");
        say(12, "07:00", cwLayby, anatole, "Tip of the day: Good Friday markets run out of oat milk first. Double it.");
        Post ju1 = say(12, "11:00", cwEvents, juniper, "School sports day on 7 July, the parents would love coffee. "
                + "Does anyone do school events? Small budget.");
        Post mrJu = re(12, "11:40", maren, ju1, "I do! I'd come for free and give the PTA 10% of takings.");
        re(12, "12:00", juniper, mrJu, "That's very generous, booked!");
        say(12, "16:00", cwLayby, anatole, "Tip: fix the menu board at eye level for a queue, not at van height.");
        say(13, "07:00", cwLayby, anatole, "Tip of the day: the first shot at a cold pitch is always sour. Pull one "
                + "and bin it.");
        Post fe2 = say(13, "10:00", cwEvents, felicity, "@Maren Kjeldsen the couple chose espresso martinis! Booking "
                + "you for 2 June.");
        re(13, "10:30", maren, fe2, "Wonderful, I'll send the contract tonight.");
        say(13, "16:00", cwLayby, anatole, "Tip: count the cups at close. Knowing the numbers tells you which pitches "
                + "pay.");
        say(14, "07:00", cwLayby, anatole, "Tip: keep a spare gasket and shower screen in the glovebox.");

        // W15
        Post lw2 = say(15, "09:00", cwLayby, lowri, "Update: went with a Transit in the end, Otis talked me into room "
                + "for a second barista. Picking it up on Friday.");
        re(15, "09:20", otis, lw2, "You won't regret the space.");
        re(15, "09:40", anatole, lw2, "Congratulations! Send photos.");
        Post ro2 = say(17, "14:00", cwLayby, roscoe, "Anyone else caught by the water regs for vans, the air gap on the "
                + "tank fill?");
        Post anRo = re(17, "14:30", anatole, ro2, "Yes, the inspector failed my tap. A type AB air gap on the fill "
                + "fixed it.");
        re(17, "14:45", roscoe, anRo, "That's what I'll fit on the next builds. Thanks Anatole.");
        Post an2 = say(18, "08:00", cwLayby, anatole, "Tip: label the milk jugs by milk, so the oat jug never touches "
                + "dairy.");
        re(18, "08:30", lowri, an2, "Doing that from day one, thanks.");
        Post ga2 = say(19, "13:00", cwEvents, gareth, "@Otis Kamara great first Friday, the staff loved it. Could it "
                + "be every week through the summer?");
        re(19, "13:30", otis, ga2, "Every Friday till September, gladly.");
        Post lw3 = say(20, "11:00", cwKit, lowri, "Wanted: a second-hand grinder for a new van, a Eureka or similar.");
        Post otLw = re(20, "11:30", otis, lw3, "My old Eureka's in the shed, £200 and it's yours. New burrs last "
                + "year.");
        re(20, "11:45", lowri, otLw, "Yes please!");
    }

    /**
     * H. Flame Check: Ffion, newly qualified, asks on days 1, 2, 3 and 5 (Aldous answers three, Beryl one) and says
     * only thanks; Beryl's request to her of day 4 waits until day 9. Kasimir says on day 6 he is on his reassessment
     * course on days 8-12; Mina asks him on day 9 and he answers on day 13. Aldous answers Lachlan's question on day 8
     * with what the certificate involves and his own price.
     */
    private void flameCheckEngineers() {
        // W13
        Post ff1 = say(1, "08:00", fcBench, ffion, "First solo inspection tomorrow, a burger trailer. Do I test the "
                + "flame failure devices on every burner or just sample?");
        Post alFf = re(1, "08:30", aldous, ff1, "Every burner, every time. Time the drop-out and write it on the "
                + "sheet.");
        re(1, "08:40", ffion, alFf, "Thanks.");
        Post ff2 = say(2, "09:00", fcBench, ffion, "What's the longest hose you'd pass between a regulator and an "
                + "appliance?");
        Post alFf2 = re(2, "09:20", aldous, ff2, "Keep flexible hose under 1.5m and do the rest in copper. Check the "
                + "date on the hose too, five years at most.");
        re(2, "09:30", ffion, alFf2, "Ty.");
        Post sa1 = say(3, "10:00", fcTraders, salvatore, "My pizza oven's regulator frosts up on cold mornings. Is "
                + "that dangerous?");
        Post beSa = re(3, "10:30", beryl, sa1, "Frost means you're drawing more gas than the bottle can vaporise. Use "
                + "a bigger bottle, or two on a changeover valve. Not dangerous, but the flame will drop.");
        re(3, "10:50", salvatore, beSa, "Changeover valve, makes sense. Thank you.");
        Post ff3 = say(3, "14:00", fcBench, ffion, "Is a tightness test needed if only the hose was changed?");
        Post beFf = re(3, "14:20", beryl, ff3, "Yes, always, after you break any joint.");
        re(3, "14:30", ffion, beFf, "Thanks.");
        Post be1 = say(4, "09:00", fcBench, beryl, "@Ffion Llewellyn could you cover my Folkestone inspection on "
                + "Saturday? A coffee trike, an easy job. I've a family thing.");
        Post ff4 = say(5, "11:00", fcBench, ffion, "Where do you all buy manometers? Mine's reading oddly.");
        Post alFf3 = re(5, "11:30", aldous, ff4, "Get a digital one and have it calibrated every year. Cheap ones "
                + "drift.");
        re(5, "11:40", ffion, alFf3, "Thanks.");
        Post ka1 = say(6, "09:00", fcBench, kasimir, "Heads up: I'm on my ACS reassessment course Monday to Friday "
                + "next week, phone off in the exam rooms. Aldous is covering my urgent calls.");
        re(6, "09:20", aldous, ka1, "Good luck, you'll fly through.");
        Post mi1 = say(6, "15:00", fcTraders, mina, "Thanks @Kasimir Nowak for the inspection this morning, the new "
                + "regulator is lovely and quiet.");
        re(6, "15:30", kasimir, mi1, "Pleasure, Mina. Keep the hose away from the grill.");

        // W14
        joins(8, "09:00", fcTraders, lachlan);
        Post la1 = say(8, "09:10", fcTraders, lachlan, "New trader here, starting a loaded-fries trailer. What does a "
                + "gas safety certificate for a trailer actually involve?");
        Post alLa = re(8, "09:50", aldous, la1, "The engineer checks every appliance, the hoses and the regulator, "
                + "does a tightness test, tests the flame failure devices and checks the ventilation and where the "
                + "bottles are kept. It takes about an hour and a half. I do them for £85 round Kent, if that helps.");
        re(8, "10:10", lachlan, alLa, "That's really clear, thank you. I'm in Maidstone, so maybe!");
        Post ffBe = re(9, "10:00", ffion, be1, "Sorry Beryl, I've only just seen this. Did Saturday get covered? "
                + "I'm free for the next one.");
        re(9, "10:20", beryl, ffBe, "Aldous did it, no harm done. I'll bear you in mind.");
        Post mi2 = say(9, "14:00", fcTraders, mina, "@Kasimir Nowak the regulator's started humming again after a "
                + "week. Should I be worried?");
        Post do1 = say(10, "09:00", fcTraders, dorcas, "My coffee trike's burner won't stay lit in the wind. Is a "
                + "windshield allowed?");
        Post ffDo = re(10, "09:30", ffion, do1, "Yes, a fixed metal shield is fine as long as it doesn't block the "
                + "ventilation. Leave a gap at the bottom.");
        re(10, "09:45", dorcas, ffDo, "Perfect, thank you.");
        Post al1 = say(11, "16:00", fcBench, aldous, "Anyone seen the new guidance on bottles kept inside trailers? "
                + "Looks like they're tightening it.");
        Post beAl = re(11, "16:30", beryl, al1, "Yes: outside in a locked cage unless it's a ventilated compartment. "
                + "I'll send you the page.");
        re(11, "16:45", aldous, beAl, "Cheers.");
        Post kaMi = re(13, "09:00", kasimir, mi2, "Sorry Mina, back from the course now. A hum usually means a bit of "
                + "debris in the diaphragm; I'll swap it on Tuesday at no charge.");
        re(13, "09:20", mina, kaMi, "Thank you! Tuesday's fine.");
        Post ka2 = say(13, "11:00", fcBench, kasimir, "Passed the reassessment. Thanks for covering, Aldous.");
        re(13, "11:15", aldous, ka2, "Told you. Well done.");

        // W15
        Post la2 = say(15, "10:00", fcTraders, lachlan, "@Aldous Penrose I've booked you through your site for "
                + "Thursday. See you then.");
        re(15, "10:30", aldous, la2, "See you Thursday, Lachlan.");
        Post ff5 = say(16, "09:00", fcBench, ffion, "Did my first LPG trailer certificate from scratch yesterday, it "
                + "took two hours. Aldous's timings were right. Would anyone like the checklist I made?");
        Post beFf2 = re(16, "09:30", beryl, ff5, "Yes please!");
        re(16, "09:40", ffion, beFf2, "Here it is: one page, every step in order. Shout if I've missed anything.");
        Post sa2 = say(17, "14:00", fcTraders, salvatore, "Changeover valve fitted, no more frost. Thanks again "
                + "Beryl.");
        re(17, "14:20", beryl, sa2, "Great news.");
        Post do2 = say(18, "10:00", fcTraders, dorcas, "Does a coffee trike need an electrical test as well as the gas "
                + "one?");
        Post ffDo2 = re(18, "10:30", ffion, do2, "If there's a 230V inverter or a hookup, yes: a PAT test on the "
                + "appliances and an EIC on the fixed wiring. If it's gas only, no.");
        re(18, "10:45", dorcas, ffDo2, "Gas only, phew. Thanks Ffion.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes140Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 140");
    }
}
