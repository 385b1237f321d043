package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 130 (sealed): eight communities of laundry, dry cleaning, carpet and upholstery cleaning and the
 * trades around clothes care, of kinds no earlier round used (independent dry cleaners, Spotting Board, with a room
 * where customers ask, a solvent rep among them, a new owner who takes help all week and an owner away at a wedding
 * who said so; carpet and upholstery cleaners, Wand &amp; Wick, with a room where householders ask, a kit-for-sale
 * room, a cleaner whose truck-mount breaks down and who spends a week among fellow cleaners sourcing a part and
 * borrowing a machine while a returning householder and a new one wait, and a newcomer's DM pitch to a householder; a
 * launderette's own server, Bubble &amp; Tumble, with its Staff and Customers and a newcomer's DM to the owner;
 * commercial laundry shop-floor workers, Calender Line, where nobody sells; self-employed home ironing services,
 * Pressing Matters, with a room where households ask and a collections room; wedding-dress cleaners and preservers,
 * Veil &amp; Box, with a room where brides ask and a preservation-box maker among them; trainer cleaners and restorers,
 * Fresh Laces, with a market room; a cleaning-chemicals supplier's own server, Brightwell Chemicals, with its Team, its
 * Trade Customers and a new customer's DM to the rep), over three ISO weeks (2033-W25 to W27), written and labelled
 * by writer130 (session 61) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-130.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes130Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2033, 6, 20);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2033, 7, 11, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-130";
    private static final int BASE = 102000;

    // --- A. independent dry cleaners ---
    private final String spot = cast.guild(1581);
    private final Channel sbCounter = cast.channel(spot, "Spotting Board", "counter-talk",
            "dry cleaners talking shop: solvents, machines, spotting, suppliers", "sb-counter-talk.json");
    private final Channel sbAsk = cast.channel(spot, "Spotting Board", "ask-a-dry-cleaner",
            "customers ask about stains, fabrics and care labels; dry cleaners reply", "sb-ask-a-dry-cleaner.json");
    private final Persona ambrose = cast.person("ambrose.kettering", "Ambrose Kettering");
    private final Persona philippa = cast.person("philippa.dunmore", "Philippa Dunmore");
    private final Persona hamish = cast.person("hamish.corrie", "Hamish Corrie");
    private final Persona delphine = cast.person("delphine.rook", "Delphine Rook");
    private final Persona lionel = cast.person("lionel.ashgrove", "Lionel Ashgrove");
    private final Persona rosalind = cast.person("rosalind.tew", "Rosalind Tew");
    private final Persona gareth = cast.person("gareth.ollerenshaw", "Gareth Ollerenshaw");
    private final Persona wenli = cast.person("wen.li", "Wen Li");
    private final Persona cressida = cast.person("cressida.vaughan", "Cressida Vaughan");

    // --- B. carpet and upholstery cleaners ---
    private final String wand = cast.guild(1582);
    private final Channel wwTechs = cast.channel(wand, "Wand & Wick", "techs-only",
            "carpet and upholstery cleaners talking shop: machines, chemistry, pricing", "ww-techs-only.json");
    private final Channel wwAsk = cast.channel(wand, "Wand & Wick", "householders-ask",
            "householders ask about carpets, rugs, sofas and stains; cleaners reply", "ww-householders-ask.json");
    private final Channel wwKit = cast.channel(wand, "Wand & Wick", "kit-for-sale",
            "used machines, wands, hoses and parts for sale or wanted", "ww-kit-for-sale.json");
    private final Persona fergus = cast.person("fergus.baird", "Fergus Baird");
    private final Persona ingrid = cast.person("ingrid.solberg", "Ingrid Solberg");
    private final Persona dermot = cast.person("dermot.quill", "Dermot Quill");
    private final Persona lucinda = cast.person("lucinda.marr", "Lucinda Marr");
    private final Persona kieran = cast.person("kieran.voss", "Kieran Voss");
    private final Persona marjorie = cast.person("marjorie.pettifer", "Marjorie Pettifer");
    private final Persona selwyn = cast.person("selwyn.abara", "Selwyn Abara");
    private final Persona anwen = cast.person("anwen.prothero", "Anwen Prothero");
    private final Persona hollis = cast.person("hollis.grant", "Hollis Grant");
    private final Channel wwDm = cast.dm(anwen, "ww-dm-anwen-prothero.json");

    // --- C. a launderette's own server ---
    private final String tumble = cast.guild(1583);
    private final Role btStaff = cast.role("Staff", "#1e88e5", 2);
    private final Role btCustomer = cast.role("Customer", "#8d6e63", 1);
    private final Channel btNotices = cast.channel(tumble, "Bubble & Tumble Launderette", "notices",
            "opening hours, machines and prices", "bt-notices.json");
    private final Channel btChat = cast.channel(tumble, "Bubble & Tumble Launderette", "chat",
            "customers' chat", "bt-chat.json");
    private final Channel btAsk = cast.channel(tumble, "Bubble & Tumble Launderette", "ask-the-counter",
            "questions about service washes, duvets, drop-offs and opening times", "bt-ask-the-counter.json");
    private final Persona conchita = cast.person("conchita.varga", "Conchita Varga", btStaff);
    private final Persona rhys = cast.person("rhys.penhallow", "Rhys Penhallow", btStaff);
    private final Persona gloria = cast.person("gloria.achebe", "Gloria Achebe", btCustomer);
    private final Persona stanislav = cast.person("stanislav.roy", "Stanislav Roy", btCustomer);
    private final Persona moira = cast.person("moira.flint", "Moira Flint", btCustomer);
    private final Persona ewan = cast.person("ewan.tulloch", "Ewan Tulloch", btCustomer);
    private final Persona ottilie = cast.person("ottilie.marchbank", "Ottilie Marchbank");
    private final Channel btDm = cast.dm(ottilie, "bt-dm-ottilie-marchbank.json");

    // --- D. commercial laundry shop-floor workers ---
    private final String calender = cast.guild(1584);
    private final Channel clFloor = cast.channel(calender, "Calender Line", "floor-talk",
            "people who work in hospital, hotel and workwear laundries: chat, shifts, moans", "cl-floor-talk.json");
    private final Channel clKit = cast.channel(calender, "Calender Line", "kit-and-safety",
            "ironers, folders, tunnels, chemicals and PPE", "cl-kit-and-safety.json");
    private final Persona bernadette = cast.person("bernadette.oakes", "Bernadette Oakes");
    private final Persona kofi = cast.person("kofi.mensah", "Kofi Mensah");
    private final Persona lavinia = cast.person("lavinia.strand", "Lavinia Strand");
    private final Persona priscilla = cast.person("priscilla.vane", "Priscilla Vane");
    private final Persona teodor = cast.person("teodor.baranek", "Teodor Baranek");
    private final Persona jayden = cast.person("jayden.thorne", "Jayden Thorne");

    // --- E. home ironing services ---
    private final String pressing = cast.guild(1585);
    private final Channel pmRoom = cast.channel(pressing, "Pressing Matters", "ironers-room",
            "home ironing services among ourselves: kit, pricing, rounds", "pm-ironers-room.json");
    private final Channel pmAsk = cast.channel(pressing, "Pressing Matters", "households-ask",
            "households ask about ironing collections and prices; ironers reply", "pm-households-ask.json");
    private final Channel pmCollections = cast.channel(pressing, "Pressing Matters", "collections",
            "ironers post their rounds, areas and open slots", "pm-collections.json");
    private final Persona carys = cast.person("carys.wynnehale", "Carys Wynne-Hale");
    private final Persona niamh = cast.person("niamh.ferrier", "Niamh Ferrier");
    private final Persona dolores = cast.person("dolores.penn", "Dolores Penn");
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");
    private final Persona beverley = cast.person("beverley.chalk", "Beverley Chalk");
    private final Persona percival = cast.person("percival.odom", "Percival Odom");
    private final Persona juno = cast.person("juno.whitlock", "Juno Whitlock");
    private final Persona alasdair = cast.person("alasdair.brennan", "Alasdair Brennan");

    // --- F. wedding-dress cleaners and preservers ---
    private final String veil = cast.guild(1586);
    private final Channel vbStudio = cast.channel(veil, "Veil & Box", "studio-talk",
            "dress cleaners and preservers talking shop", "vb-studio-talk.json");
    private final Channel vbAsk = cast.channel(veil, "Veil & Box", "brides-ask",
            "brides, grooms and families ask about cleaning and preserving dresses; specialists reply",
            "vb-brides-ask.json");
    private final Channel vbShow = cast.channel(veil, "Veil & Box", "before-and-after",
            "restorations and preservations, before and after", "vb-before-and-after.json");
    private final Persona saskia = cast.person("saskia.lindgren", "Saskia Lindgren");
    private final Persona rupert = cast.person("rupert.fotheringham", "Rupert Fotheringham");
    private final Persona ophelia = cast.person("ophelia.grange", "Ophelia Grange");
    private final Persona leontyne = cast.person("leontyne.abbot", "Leontyne Abbot");
    private final Persona henrietta = cast.person("henrietta.castellane", "Henrietta Castellane");
    private final Persona tamsin = cast.person("tamsin.oakley", "Tamsin Oakley");
    private final Persona ruth = cast.person("ruth.adeyemi", "Ruth Adeyemi");
    private final Persona kezia = cast.person("kezia.morrow", "Kezia Morrow");
    private final Persona imogen = cast.person("imogen.trevelyan", "Imogen Trevelyan");

    // --- G. trainer cleaners and restorers ---
    private final String laces = cast.guild(1587);
    private final Channel flGeneral = cast.channel(laces, "Fresh Laces", "general",
            "trainer cleaning, restoring and reglueing chat", "fl-general.json");
    private final Channel flHelp = cast.channel(laces, "Fresh Laces", "restoration-help",
            "ask for help with yellowing, glue, suede and dye", "fl-restoration-help.json");
    private final Channel flShow = cast.channel(laces, "Fresh Laces", "before-after",
            "show your restorations", "fl-before-after.json");
    private final Channel flMarket = cast.channel(laces, "Fresh Laces", "market",
            "buy, sell and trade: restored pairs, kits, services", "fl-market.json");
    private final Persona zeke = cast.person("zeke.harrow", "Zeke Harrow");
    private final Persona dominika = cast.person("dominika.szabo", "Dominika Szabo");
    private final Persona obinna = cast.person("obinna.eze", "Obinna Eze");
    private final Persona lachlan = cast.person("lachlan.moir", "Lachlan Moir");
    private final Persona mireille = cast.person("mireille.fontaine", "Mireille Fontaine");
    private final Persona tadhg = cast.person("tadhg.cullinane", "Tadhg Cullinane");

    // --- H. a cleaning-chemicals supplier's own server ---
    private final String bright = cast.guild(1588);
    private final Role bcTeam = cast.role("Team", "#00897b", 2);
    private final Role bcTrade = cast.role("Trade Customer", "#6d4c41", 1);
    private final Channel bcNews = cast.channel(bright, "Brightwell Chemicals", "announcements",
            "product news, price lists and safety data sheets", "bc-announcements.json");
    private final Channel bcCounter = cast.channel(bright, "Brightwell Chemicals", "trade-counter",
            "trade customers ask about products, dilutions, safety sheets and orders", "bc-trade-counter.json");
    private final Channel bcLounge = cast.channel(bright, "Brightwell Chemicals", "lounge",
            "off-topic chat", "bc-lounge.json");
    private final Persona augustin = cast.person("augustin.pryce", "Augustin Pryce", bcTeam);
    private final Persona felicity = cast.person("felicity.rowe", "Felicity Rowe", bcTeam);
    private final Persona wilfred = cast.person("wilfred.angove", "Wilfred Angove", bcTrade);
    private final Persona esme = cast.person("esme.tranter", "Esme Tranter", bcTrade);
    private final Persona nkechi = cast.person("nkechi.obi", "Nkechi Obi", bcTrade);
    private final Persona silas = cast.person("silas.penberthy", "Silas Penberthy", bcTrade);
    private final Persona horatio = cast.person("horatio.blunt", "Horatio Blunt");
    private final Channel bcDm = cast.dm(horatio, "bc-dm-horatio-blunt.json");

    HeldOutScenes130Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        spottingBoard();
        wandAndWick();
        bubbleAndTumble();
        calenderLine();
        pressingMatters();
        veilAndBox();
        freshLaces();
        brightwell();
    }

    /** A. Spotting Board: independent dry cleaners. */
    private void spottingBoard() {
        Post roWine = say(1, "14:20", sbAsk, rosalind, "Red wine on a silk slip dress last night. I blotted it and put "
                + "salt on. Is it ruined? I need it for my cousin's do in Bath this Saturday.");
        Post phRo = re(1, "14:45", philippa, roWine, "Not ruined. Brush the salt off and don't rub or add anything "
                + "else. Silk with red wine needs a tannin spotter before it goes through, so get it to a cleaner "
                + "today or tomorrow and tell them what it was and what you put on it.");
        Post roFrome = re(1, "15:00", rosalind, phRo, "Salt's off. Is there anyone near Frome?");
        Post haRo = re(1, "15:20", hamish, roFrome, "I'm in Warminster, fifteen minutes from Frome. Bring it in by "
                + "Wednesday and it'll be ready Friday.");
        re(1, "15:30", rosalind, haRo, "Perfect, I'll drop it in tomorrow morning.");
        Post liPerc = say(2, "08:50", sbCounter, lionel, "Heads up from the supplier side: perc goes up 6% from 1 "
                + "July across the trade, not just with us. If you're low, order before then.");
        Post amPerc = re(2, "09:15", ambrose, liPerc, "Thanks for the warning. Is hydrocarbon going up too?");
        re(2, "09:30", lionel, amPerc, "Hydrocarbon is holding till September as far as I know.");
        Post gaLabel = say(2, "11:00", sbAsk, gareth, "What does a P in a circle on my care label mean? Can I wash "
                + "the suit at home if I'm careful?");
        Post amGa = re(2, "11:25", ambrose, gaLabel, "P in a circle means professional dry clean, perc or "
                + "hydrocarbon. A wool suit washed at home shrinks the canvas inside and the lining stops matching. "
                + "Sponge small marks, air it between wears, and only have it cleaned when it's actually dirty.");
        Post gaHow = re(2, "11:40", gareth, amGa, "Makes sense. How often is actually dirty for a work suit?");
        Post amGa2 = re(2, "12:05", ambrose, gaHow, "Every four to six wears in summer for a daily suit, less in "
                + "winter. Brush it after wearing and it lasts years.");
        re(2, "12:10", gareth, amGa2, "Brilliant, thank you.");
        Post crCurt = say(3, "16:00", sbAsk, cressida, "We've got lined velvet curtains from the old house, a 3m "
                + "drop. Dry clean, or will they go in a big machine at the launderette?");
        Post phCr = re(3, "16:40", philippa, crCurt, "Velvet with a lining: dry clean. A big machine crushes the "
                + "pile and the lining shrinks at a different rate from the face. Measure them before and after, "
                + "whoever does them.");
        re(3, "17:00", cressida, phCr, "Thank you, tape measure out.");
        Post deHello = say(6, "09:00", sbCounter, delphine, "Hello everyone. I'm Delphine, I've just taken over my "
                + "aunt's shop in Stroud, Rook's Cleaners, 31 years old. Learning fast. Glad to have found you.");
        re(6, "09:20", ambrose, deHello, "Welcome Delphine! Stroud's lucky to keep a proper cleaner. Shout whenever.");
        re(6, "09:30", philippa, deHello, "Welcome! Your aunt will have forgotten more than most of us know.");
        say(6, "10:00", sbCounter, delphine, "Thank you both 😊");
        Post phAway = say(6, "17:30", sbCounter, philippa, "For anyone who sends me customers: I'm shut Monday 27th "
                + "to Friday 1st for my sister's wedding in Galway and won't be on here. Back Saturday 2nd.");
        re(6, "17:45", hamish, phAway, "Have a wonderful time!");

        // W26: Delphine takes help every day and lets Ambrose's question go; Philippa is away as she said
        Post deStill = say(8, "09:00", sbCounter, delphine, "How do you set the still temperature on an older "
                + "machine? The manual's lost and I'm guessing.");
        Post amStill = re(8, "09:30", ambrose, deStill, "Depends on the solvent. Perc wants about 120 at the still, "
                + "hydrocarbon much lower under vacuum. What are you running?");
        re(8, "09:45", delphine, amStill, "Perc. Thanks, I'll try 120.");
        Post dePrice = say(9, "09:00", sbCounter, delphine, "What do you all charge for a two-piece suit? Aunt's "
                + "prices haven't moved since 2019.");
        Post haPrice = re(9, "09:20", hamish, dePrice, "£16.50 here, £18 in town. Don't undersell, people pay for "
                + "good pressing.");
        re(9, "09:40", ambrose, dePrice, "£17. And @Delphine Rook, what machine has she left you? If it's an old "
                + "Union I've a spare filter housing you can have.");
        re(9, "10:00", delphine, haPrice, "Thanks.");
        Post weSuede = say(9, "10:05", sbAsk, wenli, "@Philippa Dunmore you cleaned my wedding suit last year and it "
                + "was perfect. Could you do a suede jacket? Mould spots on the collar from the loft.");
        Post haWe = re(9, "12:00", hamish, weSuede, "Philippa's away till Saturday, her sister's wedding. Mould on "
                + "suede wants someone who does suede, and she does, so I'd wait for her.");
        re(9, "12:20", wenli, haWe, "Thanks, I'll wait, no rush.");
        Post deRings = say(11, "08:30", sbCounter, delphine, "A blouse came out with rings where a spot had been. "
                + "What did I do wrong?");
        Post liRings = re(11, "08:50", lionel, deRings, "Sounds like the spotter dried before you flushed it. Feather "
                + "the edges with steam and flush straight after. Happens to everyone.");
        re(11, "09:10", ambrose, deRings, "What Lionel said. And test on a seam first, viscose rings worst.");
        re(11, "09:30", delphine, liRings, "Thanks.");
        Post deHang = say(12, "09:00", sbCounter, delphine, "Where do you buy hangers and covers? Aunt's supplier has "
                + "closed.");
        Post haHang = re(12, "09:15", hamish, deHang, "Clarke's in Gloucester, next-day delivery. Ask for Bev.");
        re(12, "09:30", delphine, haHang, "Thanks.");
        Post phWe = re(13, "09:00", philippa, weSuede, "Back now, sorry for the wait Wen, it was a lovely wedding! "
                + "Yes, I do suede. Mould on a collar usually comes out with a brush and a suede clean, £38. Bring it "
                + "in whenever suits.");
        re(13, "09:30", wenli, phWe, "Great, I'll bring it in on Tuesday.");
        Post phHome = say(13, "09:40", sbCounter, philippa, "Home, tired and happy. What did I miss?");
        re(13, "10:00", hamish, phHome, "Perc's going up, and Delphine's learning "
                + "the ropes fast.");

        // W27: Delphine answers late, gives back
        Post deIlsa = say(15, "09:00", sbCounter, delphine, "@Ambrose Kettering sorry, I never answered you last "
                + "week: it's an Ilsa from 2011, not a Union. Kind of you to offer though.");
        re(15, "09:20", ambrose, deIlsa, "No problem. Ilsas are tanks. Clarke's do their filters too.");
        Post crMusty = say(15, "11:00", sbAsk, cressida, "Last curtain question, I promise: how do I get a musty "
                + "smell out of lined curtains between cleans?");
        Post deCr = re(15, "11:30", delphine, crMusty, "Hang them outside on a dry breezy day, lining out, for a few "
                + "hours. My aunt swears by it and so do our customers.");
        re(15, "11:45", cressida, deCr, "Thank you, trying that on Saturday.");
        Post gaShine = say(16, "10:00", sbAsk, gareth, "Can a cleaner take the shine off trousers? Mine are shiny "
                + "at the seat.");
        Post phGa = re(16, "10:20", philippa, gaShine, "Often, yes: steam and a light brush with vinegar water lifts "
                + "it. If the fibres are worn flat it won't fully come back.");
        re(16, "10:30", gareth, phGa, "Worth a try, ta.");
        Post deWet = say(16, "14:00", sbCounter, delphine, "Which wet-cleaning detergent do you rate? I'm thinking of "
                + "starting wet cleaning in August.");
        Post liWet = re(16, "14:20", lionel, deWet, "Declaring an interest: I sell Claremont's Aquaclean, £42 for 20 "
                + "litres, and it's good. But Hamish gets great results with the Ilsa own-brand, ask him too.");
        Post haWet = re(16, "14:40", hamish, deWet, "Ilsa's own, half the price, fine on wool.");
        re(16, "15:00", delphine, haWet, "Thanks both, I'll start with the Ilsa one since it's my machine.");
        Post deDress = say(17, "09:00", sbCounter, delphine, "Survived my first wedding dress! Took all day. Thank "
                + "you all for the help these three weeks.");
        deDress.react("👏", ambrose, hamish, philippa);
        re(17, "09:20", ambrose, deDress, "Proud of you.");
        Post weBack = say(18, "12:00", sbAsk, wenli, "Jacket's back and the collar is perfect. Thank you "
                + "@Philippa Dunmore!");
        re(18, "12:30", philippa, weBack, "A pleasure, enjoy it.");
    }

    /** B. Wand & Wick: carpet and upholstery cleaners; Fergus's truck-mount breaks down in W26. */
    private void wandAndWick() {
        Post inBusy = say(1, "08:30", wwTechs, ingrid, "Anyone else booked solid till July? The heat brings out "
                + "every dog owner in the county.");
        re(1, "09:00", fergus, inBusy, "Same. Turned two away yesterday.");
        re(1, "09:10", dermot, inBusy, "Not me, Tuesdays are dead round Cirencester. Send overflow my way if you "
                + "like.");
        joins(2, "07:50", wwTechs, kieran);
        Post kiHello = say(2, "08:10", wwTechs, kieran, "Hi all, Kieran here. Just started a carpet cleaning round "
                + "in Swindon after ten years in hotel housekeeping. Portable machine for now.");
        re(2, "08:40", lucinda, kiHello, "Welcome Kieran! Housekeeping's good grounding, you'll know your stains.");
        re(2, "09:00", fergus, kiHello, "Welcome. A good wool-safe pre-spray and a decent wand and you're away.");
        Post anCoffee = say(3, "11:00", wwAsk, anwen, "Coffee on a cream wool rug this morning. Blotted it with cold "
                + "water. What now?");
        Post inAn = re(3, "11:20", ingrid, anCoffee, "Good start. A teaspoon of clear washing-up liquid in a pint of "
                + "cool water, dab, blot, then rinse with plain water and blot dry. Don't rub, and no vinegar on "
                + "wool.");
        re(3, "11:40", fergus, anCoffee, "And prop it up off the floor to dry so it doesn't go brown.");
        Post anSite = re(3, "12:30", anwen, inAn, "It's nearly gone! Thank you. Do you have a website with prices? "
                + "The whole rug could do with a proper clean.");
        Post inSite = re(3, "12:50", ingrid, anSite, "Here you go: https://solbergcarpetcare.example/prices. Rugs go "
                + "by size, yours sounds like the £45 band.");
        re(3, "13:00", anwen, inSite, "Lovely, I'll book for after the summer.");
        say(4, "10:15", wwDm, kieran, "Hi Anwen, saw your rug post. I'm running a launch offer this week: any rug "
                + "deep cleaned for £35, or a whole house for £149. Book here: https://kieranvoss.example/book");
        say(4, "18:00", wwDm, anwen, "Thanks, but Ingrid sorted it and I'm booking with her.");
        say(4, "18:10", wwDm, kieran, "No worries, the offer's there if you change your mind.");
        Post hoDiy = say(5, "16:00", wwAsk, hollis, "Did the stair carpet myself with a hired machine from the "
                + "supermarket. Pretty pleased with how it came up!");
        Post deHo = re(5, "16:30", dermot, hoDiy, "Looks decent from here, but hire machines leave soap in the pile "
                + "and it greys in a month. I'd rinse it properly for £55, DM me.");
        re(5, "17:00", hollis, deHo, "Ha, thanks, I'll see how it goes.");
        say(6, "09:00", wwKit, dermot, "For sale: Prochem portable, 2015, new pump last year, £400 with the hand "
                + "tool and 15m of hose. Collect from Cirencester.");
        Post hoStiff = say(7, "10:00", wwAsk, hollis, "Follow-up: the stairs have gone stiff and a bit crunchy where "
                + "I cleaned them. Is that the soap?");
        Post feHo = re(7, "10:30", fergus, hoStiff, "Yes, that's residue. Go over it again with plain warm water in "
                + "the hire machine, no detergent, and it'll soften.");
        re(7, "10:45", hollis, feHo, "Will do, thanks.");

        // W26: the truck-mount's blower dies; Fergus spends the week among fellow cleaners
        Post feBlow = say(8, "07:40", wwTechs, fergus, "Truck-mount's vacuum blower died on a job this morning. "
                + "Horrible noise then nothing. Anyone know where to get a blower quick?");
        Post inBlow = re(8, "08:10", ingrid, feBlow, "Oh no. Try Hydro-Dri's spares line, they had refurb blowers in "
                + "spring.");
        Post deBlow = re(8, "08:20", dermot, feBlow, "Check it's not just the drive belt first. Mine sounded like "
                + "that when the belt shredded.");
        re(8, "08:45", fergus, deBlow, "Belt's fine, the blower's seized solid. Ringing Hydro-Dri now, ta Ingrid.");
        Post feQuote = say(8, "12:00", wwTechs, fergus, "Hydro-Dri want £1,900 and three weeks for a refurb blower. "
                + "Ouch.");
        re(8, "12:20", lucinda, feQuote, "Try the kit room, someone's always breaking a truck for parts.");
        Post feWanted = say(8, "12:40", wwKit, fergus, "WANTED: vacuum blower for a 2016 Butler truck-mount, or a "
                + "whole broken unit to strip. Cash waiting.");
        Post deNewbury = re(9, "08:50", dermot, feWanted, "My mate in Newbury has a Butler with a blown engine, but "
                + "the blower was fine in May. Want his number?");
        re(9, "09:05", fergus, deNewbury, "Yes please, anything beats three weeks.");
        Post maLounge = say(9, "09:30", wwAsk, marjorie, "@Fergus Baird you did our stairs last March and they still "
                + "look new. Could you do the lounge and landing before my daughter's wedding on 16 July? Beige wool "
                + "twist, one red wine patch by the sofa.");
        Post feBorrow = say(9, "13:00", wwTechs, fergus, "@Ingrid Solberg could I borrow your spare portable for "
                + "three jobs this week? I'll pay for the pump service.");
        Post inBorrow = re(9, "13:30", ingrid, feBorrow, "Of course. It's in the shed, grab it tonight.");
        re(9, "13:45", fergus, inBorrow, "Legend. I'll bring cake.");
        joins(10, "08:00", wwAsk, selwyn);
        say(10, "08:15", wwAsk, selwyn, "Hi, new to the area. Water marks on a cream fabric sofa after the cat "
                + "knocked a vase over. Will they come out, and does anyone here do sofas in Cheltenham?");
        Post feBack = say(10, "11:00", wwTechs, fergus, "The portable's fine on stairs but it's killing my back on "
                + "lounges. How do you portable people do three rooms a day?");
        re(10, "11:20", kieran, feBack, "Two rooms and I'm done, honestly. Knee pads and a short wand.");
        Post luDwell = re(10, "11:30", lucinda, feBack, "Heated portable and a longer pre-spray dwell. Let the "
                + "chemistry do the work.");
        re(10, "11:50", fergus, luDwell, "Dwell time, right. Been spoilt by the truck.");
        Post feSix = re(11, "09:00", fergus, deNewbury, "Rang your Newbury mate, he'll sell me the blower for £600. "
                + "Driving over Saturday to strip it out.");
        Post deSock = re(11, "09:20", dermot, feSix, "Told you. Take a 17mm deep socket, the mounting bolts are "
                + "always rusted.");
        re(11, "09:30", fergus, deSock, "Noted, cheers Dermot.");
        re(12, "10:00", marjorie, maLounge, "@Fergus Baird just checking you saw this? Happy to go elsewhere if "
                + "you're too busy, just let me know.");
        Post feFit = say(12, "11:00", wwTechs, fergus, "Anyone fitted a Butler blower themselves? Is the coupling a "
                + "pig?");
        Post inFit = re(12, "11:30", ingrid, feFit, "Did one in 2029. The coupling's fine, the alignment is the "
                + "pig. Lay a straight edge across the pulleys.");
        re(12, "11:45", fergus, inFit, "Straight edge, got it. Thanks.");
        Post feDone = say(13, "17:00", wwTechs, fergus, "Blower's out of the Newbury truck and into mine. Runs like "
                + "new. Nine hours on my back in a car park.");
        re(13, "17:30", dermot, feDone, "Told you about the bolts 😂");
        Post inDone = re(13, "17:40", ingrid, feDone, "Brilliant! Keep the portable till you've done a test job.");
        re(13, "18:00", fergus, inDone, "Will do, thank you both.");

        // W27: Fergus answers the householders with apologies
        Post feMa = re(15, "08:30", fergus, maLounge, "Marjorie, I'm so sorry. My truck broke down last week and I "
                + "let messages slide. Yes to the lounge and landing before the 16th: Thursday the 7th, morning?");
        re(15, "09:00", marjorie, feMa, "Thursday's perfect. Glad you're back on the road!");
        Post feSe = say(15, "08:45", wwAsk, fergus, "@Selwyn Abara sorry for the slow reply. Water marks on cream "
                + "fabric usually come out with an even rinse and fast drying. Check the cleaning code under a "
                + "cushion first, W or S. I'm in Cheltenham if you want me to look at it.");
        Post seCode = re(15, "10:00", selwyn, feSe, "It says W. Tuesday afternoon any good?");
        re(15, "10:20", fergus, seCode, "Tuesday at 2, see you then.");
        Post anSun = say(17, "10:00", wwAsk, anwen, "Is it safe to put a wool rug out in the sun to dry?");
        Post kiAn = re(17, "10:30", kieran, anSun, "Shade is better, sun can fade the dyes. Dry it flat or over a "
                + "rail, pile down for the last hour.");
        re(17, "10:45", anwen, kiAn, "Thank you, shade it is.");
        Post hoSoft = say(19, "12:00", wwAsk, hollis, "Stairs softened after the plain rinse, thanks @Fergus Baird. "
                + "Next time I'll get someone in.");
        re(19, "12:30", fergus, hoSoft, "Glad it worked!");
        Post feReturn = say(20, "09:00", wwKit, fergus, "@Ingrid Solberg your portable's back in the shed with a "
                + "new pump seal. Blower's running sweet.");
        re(20, "09:30", ingrid, feReturn, "Spotless, thank you!");
        Post maDone = re(21, "11:00", marjorie, feMa, "Lounge looks new again. I've sent my neighbour your number.");
        re(21, "11:20", fergus, maDone, "Thank you Marjorie! Enjoy the wedding.");
    }

    /** C. Bubble & Tumble Launderette: the launderette's own server. */
    private void bubbleAndTumble() {
        say(1, "08:00", btNotices, conchita, "Summer hours from today: 7am to 9pm every day, last wash 8pm. Service "
                + "washes in by 10 are back by 5.");
        Post glDuvet = say(1, "09:30", btChat, gloria, "Morning! Who else brings their duvets here in summer? Mine "
                + "came out so fluffy last week.");
        Post stBalls = re(1, "09:45", stanislav, glDuvet, "The big 20kg machine, then two tennis balls in the "
                + "dryer. Game changer.");
        re(1, "10:00", gloria, stBalls, "Tennis balls! Trying that.");
        Post ewBag = say(2, "11:00", btAsk, ewan, "Can I wash a down sleeping bag in your machines? Festival next "
                + "week.");
        Post rhEw = re(2, "11:20", rhys, ewBag, "Yes: the 12kg on the wool cycle with down wash, then a long low dry "
                + "with tennis balls, about two hours. Ask at the counter and I'll set it up for you.");
        re(2, "11:30", ewan, rhEw, "Legend, coming Thursday.");
        joins(3, "09:00", btChat, ottilie);
        say(3, "09:30", btDm, ottilie, "Hi, I've just moved to Cowley Road. How much is a service wash, and do you "
                + "collect?");
        say(3, "10:15", btDm, conchita, "Hi Ottilie, welcome to the area! A service wash is £12 for up to 7kg, "
                + "washed, dried and folded, same day if it's in by 10. We don't collect yet, sorry, but we're two "
                + "minutes from the bus stop.");
        say(3, "10:30", btDm, ottilie, "Perfect, I'll bring a bag tomorrow.");
        say(4, "07:30", btNotices, rhys, "Machine 6 is out of order, engineer booked for Friday. Sorry folks.");
        Post moSock = say(4, "12:00", btChat, moira, "Lost a single navy sock on Tuesday. If anyone finds it, keep "
                + "it, it's been through enough.");
        Post stSock = re(4, "12:10", stanislav, moSock, "The lost sock box by the door has about forty in it 😂");
        re(4, "12:20", moira, stSock, "There's a box?! Will check.");
        Post otCard = say(4, "17:00", btAsk, ottilie, "Dropped my first service wash today, it came back folded "
                + "better than I fold. Is there a loyalty card?");
        Post coCard = re(4, "17:30", conchita, otCard, "There is! Every tenth service wash free, ask Rhys for a card "
                + "next time.");
        re(4, "17:40", ottilie, coCard, "Ooh, will do.");
        Post glSister = say(5, "10:00", btChat, gloria, "Sent my sister round to you yesterday with her curtains, "
                + "she was thrilled. @Conchita Varga you're a star.");
        re(5, "10:20", conchita, glSister, "Thank you Gloria! She was lovely, we had a good natter.");
        say(6, "16:00", btNotices, rhys, "Machine 6 fixed, all twelve running again.");
        Post ewFest = say(6, "18:00", btChat, ewan, "Sleeping bag survived and so did I. Lofty as anything.");
        re(6, "18:15", rhys, ewFest, "Great stuff!");
        Post stIron = say(7, "11:00", btAsk, stanislav, "Do you do ironing as well, or just washing?");
        Post coIron = re(7, "11:30", conchita, stIron, "Shirts only, £1.80 each on a service wash.");
        re(7, "11:40", stanislav, coIron, "Good to know.");

        // W26: duvet week; Rhys answers Moira a day late
        say(8, "08:00", btNotices, conchita, "Duvet week! Any size duvet washed and dried for £14 until Sunday. "
                + "Prices: https://bubbleandtumble.example/prices");
        Post moFound = say(8, "09:00", btChat, moira, "Found my sock in the box! Reunited.");
        re(8, "09:10", gloria, moFound, "A happy ending.");
        Post glPillow = say(9, "14:00", btAsk, gloria, "Can I bring a feather pillow in with the duvet deal?");
        Post rhPillow = re(9, "14:30", rhys, glPillow, "Yes, pillows are £4 each on top.");
        re(9, "14:40", gloria, rhPillow, "Grand, bringing both on Saturday.");
        Post moDrop = say(10, "10:00", btAsk, moira, "@Rhys Penhallow can I drop a service wash on Saturday evening "
                + "and collect on Monday morning? Away for the weekend.");
        Post rhMo = re(11, "13:00", rhys, moDrop, "Sorry Moira, I was off yesterday and missed this. Yes, Saturday "
                + "by 8 is fine, it'll be bagged and waiting from 7 on Monday.");
        re(11, "13:20", moira, rhMo, "Perfect, thank you!");
        Post otScent = say(12, "09:00", btChat, ottilie, "Odd question: is it normal for a dryer to smell of someone "
                + "else's fabric conditioner? Not complaining!");
        Post glScent = re(12, "09:20", gloria, otScent, "Ha, the conditioner crowd. Dryers 9 and 10 are usually "
                + "the scent-free ones.");
        re(12, "09:30", ottilie, glScent, "Noted, thank you.");
        say(13, "10:00", btNotices, rhys, "Reminder: duvet week ends Sunday. 31 duvets so far!");

        // W27
        say(15, "08:00", btNotices, conchita, "Thanks for a record duvet week. Normal prices from today, all here: "
                + "https://bubbleandtumble.example/prices");
        Post ewCard = say(15, "10:00", btAsk, ewan, "Can we pay by card in the machines yet?");
        Post coCardPay = re(15, "10:30", conchita, ewCard, "From August! New payment boxes go in at the end of "
                + "July.");
        re(15, "10:40", ewan, coCardPay, "About time 😄");
        Post otBlanket = say(16, "12:00", btAsk, ottilie, "Can you take a wool blanket on a service wash?");
        Post rhBlanket = re(16, "12:30", rhys, otBlanket, "Yes, on the wool cycle and air dried, £9.");
        re(16, "12:40", ottilie, rhBlanket, "Lovely.");
        Post stBook = say(17, "18:00", btChat, stanislav, "Whoever left the Jane Austen paperback on the bench: "
                + "finished it, it's back there.");
        re(17, "18:20", moira, stBook, "That was me! Glad someone read it.");
        Post glPark = say(19, "09:00", btAsk, gloria, "@Conchita Varga is the car park behind still free after 6?");
        Post coPark = re(19, "09:30", conchita, glPark, "It is, park anywhere after 6.");
        re(19, "09:40", gloria, coPark, "Thanks!");
        Post otFriendly = say(20, "19:00", btChat, ottilie, "Three weeks in and this is the friendliest launderette "
                + "I've ever used. Told my flatmates about you.");
        re(20, "19:30", conchita, otFriendly, "Thank you Ottilie, that means a lot.");
    }

    /** D. Calender Line: commercial laundry shop-floor workers; nobody sells. */
    private void calenderLine() {
        Post beMon = say(1, "06:30", clFloor, bernadette, "Monday on the hospital line. Four tonnes of theatre greens "
                + "before lunch. Coffee.");
        re(1, "07:00", kofi, beMon, "Hotel side's quiet till Wednesday, then wedding season hits.");
        Post teTraps = say(1, "12:00", clKit, teodor, "If your flatwork ironer's chest is going patchy, check the "
                + "steam traps before you blame the wax.");
        re(1, "12:30", kofi, teTraps, "Ours went patchy last month, it was a trap. Fitter found it in ten minutes.");
        Post prSkew = say(2, "07:15", clKit, priscilla, "Second week on the folder. The sheets keep skewing as they "
                + "feed in and I can't work out why. Any ideas?");
        Post teSkew = re(2, "07:40", teodor, prSkew, "Check the feed clamps grip the same both sides. If one side "
                + "grips harder it pulls skew every time.");
        re(2, "08:00", lavinia, prSkew, "And square the corners on the spreader, don't rush it. Speed comes later.");
        re(2, "16:00", priscilla, teSkew, "The left clamp was looser. Fitter tightened it and it's feeding straight. "
                + "Thanks!");
        Post laTeeth = say(3, "13:00", clFloor, lavinia, "Sorting today I found a set of false teeth in a "
                + "pillowcase. Third this year.");
        re(3, "13:10", bernadette, laTeeth, "We had a hearing aid on Friday. Still beats the needles.");
        Post koTeeth = re(3, "13:20", kofi, laTeeth, "😂 did they get back to their owner?");
        re(3, "13:40", lavinia, koTeeth, "The ward collected them by lunch.");
        Post prTowels = say(4, "07:30", clKit, priscilla, "How long do your towels go in the dryer? Ours come out "
                + "damp at the hems.");
        Post beTowels = re(4, "08:00", bernadette, prTowels, "Clean the lint screens every hour, not every shift. "
                + "Ours dropped ten minutes a load once we did.");
        re(4, "08:20", priscilla, beTowels, "We only do them at shift end! I'll ask my supervisor.");
        Post koHeat = say(5, "15:00", clFloor, kofi, "Heatwave plus the calender line is a special kind of hell. 38 "
                + "degrees by the ironer today.");
        re(5, "15:20", teodor, koHeat, "Push for an ice-lolly clause, we got one in 2031.");
        Post beHeat = re(5, "15:30", bernadette, koHeat, "Drink before you're thirsty. Someone fainted here last "
                + "summer.");
        re(5, "15:45", kofi, beHeat, "Noted, bottle filled.");
        Post prEyes = say(6, "07:20", clKit, priscilla, "Last one this week: is it normal for the tunnel washer "
                + "chemicals to make your eyes sting at the dosing station?");
        Post teEyes = re(6, "07:45", teodor, prEyes, "No. Tell your supervisor, the extraction or the dosing pump "
                + "needs checking. Goggles on meanwhile.");
        re(6, "08:30", priscilla, teEyes, "Told her, the engineer's coming Monday. Goggles on. Thanks all, you've "
                + "been brilliant this week.");
        Post laSun = say(7, "10:00", clFloor, lavinia, "Sunday shift, just me and the radio.");
        re(7, "10:30", bernadette, laSun, "Enjoy the quiet.");

        // W26: Jayden joins and asks for follows
        Post koNapkins = say(8, "12:00", clFloor, kofi, "Weddings have started. 600 napkins a day and every one "
                + "folded into a bishop's hat.");
        re(8, "12:15", lavinia, koNapkins, "Rather you than me.");
        joins(9, "08:00", clFloor, jayden);
        Post teDiagram = say(9, "10:00", clKit, teodor, "Anyone got a wiring diagram for an old Kannegiesser "
                + "folder? The maker just says obsolete.");
        Post beDiagram = re(9, "10:30", bernadette, teDiagram, "Our fitter has a binder of them. I'll ask him "
                + "tomorrow.");
        re(10, "09:00", bernadette, beDiagram, "He has it, he's photographing the pages for you now.");
        re(10, "09:20", teodor, beDiagram, "Legend, thank you.");
        say(10, "14:00", clFloor, jayden, "Hey all, I film laundry life on TikTok! Could you all follow "
                + "@laundrylifejay? Every follow helps 🙏");
        Post prReport = say(11, "07:40", clFloor, priscilla, "Engineer fixed the dosing pump, eyes fine now. And "
                + "@Bernadette Oakes I did the lint screens hourly, towels dry first time.");
        re(11, "08:00", bernadette, prReport, "Love to hear it.");
        say(12, "11:00", clFloor, jayden, "New vid up! Please follow and share: "
                + "https://tiktok.example/@laundrylifejay");
        Post koParty = say(12, "11:30", clFloor, kofi, "Hotel staff party is Thursday. Does anyone else's laundry "
                + "do one?");
        re(12, "11:50", lavinia, koParty, "We get a tin of Celebrations 😂");
        Post koFeed = say(13, "09:00", clKit, kofi, "Our new ironer has an auto-feed. Anyone used one? I'm meant to "
                + "train on it.");
        Post teFeed = re(13, "09:30", teodor, koFeed, "Great machines. Watch the edge sensors with thin sheets.");
        re(13, "09:40", kofi, teFeed, "Cheers, will do.");

        // W27: Jayden joins in
        Post jaFilm = say(15, "12:00", clFloor, jayden, "Sorry about the follow spam last week, I got carried away. "
                + "Question: do hospital laundries let you film on the floor at all, or is it a sacking offence?");
        Post beFilm = re(15, "12:30", bernadette, jaFilm, "Most ban phones on the floor for infection control. Ask "
                + "HR first, and never film patient linen.");
        re(15, "12:45", jayden, beFilm, "Good shout, thank you. I'll stick to the break room.");
        Post prNew = say(16, "16:00", clKit, priscilla, "A new girl started on my folder today. Showed her the clamp "
                + "trick @Teodor Baranek taught me.");
        re(16, "16:20", teodor, prNew, "Passing it on 👏");
        Post laDet = say(17, "10:00", clKit, lavinia, "Is anyone else's management switching detergent supplier? "
                + "Ours is, and the sorters are worried about their skin.");
        Post jaDet = re(17, "10:30", jayden, laDet, "Ours did in May. Ask for the safety data sheets, they have to "
                + "give you them, and gloves.");
        re(17, "10:45", lavinia, jaDet, "Thanks Jayden, will do.");
        Post koAuto = say(18, "15:00", clFloor, kofi, "Survived the auto-feed training. It's faster than me, which "
                + "is insulting.");
        re(18, "15:10", bernadette, koAuto, "Welcome to the future 😂");
        Post beRetire = say(20, "14:00", clFloor, bernadette, "Retiring in September after 27 years on the hospital "
                + "line. Going to miss this lot more than the steam.");
        re(20, "14:20", kofi, beRetire, "You'll be missed!");
        re(20, "14:30", lavinia, beRetire, "Party at yours?");
        re(20, "15:00", priscilla, beRetire, "Thank you for all the help, Bernadette.");
    }

    /** E. Pressing Matters: self-employed home ironing services. */
    private void pressingMatters() {
        Post caIron = say(1, "08:30", pmRoom, carys, "My new Laurastar arrived this morning! I've been saving for it "
                + "since March. I honestly can't believe the difference on my shirts, I did twelve before nine and my "
                + "arm doesn't ache. My old iron was ten years old and I'd been limping it along. I've also finally "
                + "got my logo done, my niece drew it, and I'm so pleased with it.");
        re(1, "09:00", dolores, caIron, "Ooh, congratulations! Enjoy it.");
        Post yuLinen = say(1, "11:00", pmRoom, yusuf, "Does anyone charge differently for linen? It takes me twice "
                + "as long.");
        Post doLinen = re(1, "11:20", dolores, yuLinen, "Yes, £1 extra a piece for linen and pleated skirts.");
        re(1, "11:30", beverley, yuLinen, "I charge by the hour for linen-heavy bags, £18 an hour.");
        re(1, "11:45", yusuf, doLinen, "Thanks both, I'll do the £1.");
        say(1, "14:00", pmCollections, niamh, "Niamh Ferrier: Headington, Marston and Elm Park, collections on "
                + "Tuesdays and Fridays, 2 slots open.");
        say(2, "09:00", pmAsk, juno, "How do ironing services price? Per item or per bag? Family of five here and a "
                + "mountain of it.");
        say(2, "09:15", pmAsk, dolores, "Most of us go per bag, about £18 to £22 for a standard bag, or per item for "
                + "shirts. A family of five is usually one bag a week.");
        say(2, "09:30", pmAsk, juno, "One bag a week sounds right. Who covers Wolvercote?");
        say(2, "09:45", pmAsk, dolores, "I do, on Thursdays. Tell me a time that suits and I'll collect next week.");
        say(2, "10:00", pmAsk, juno, "Thursday morning please, Dolores. Brilliant.");
        Post caRoom = say(2, "14:00", pmRoom, carys, "Busy day for me! I did three bags for my Thursday regulars, "
                + "then I turned my spare room into a proper ironing room with my new rail. I'm thinking of printing "
                + "my logo on my garment bags too. My husband says I've turned into a businesswoman 😂");
        re(2, "14:30", beverley, caRoom, "Sounds great!");
        say(3, "11:00", pmAsk, percival, "@Niamh Ferrier I saw your round in collections: do you collect from Elm "
                + "Park on Fridays, and what's your price per bag?");
        Post yuHang = say(3, "15:00", pmRoom, yusuf, "Does anyone else lose hangers? Customers never give them "
                + "back.");
        Post doHang = re(3, "15:30", dolores, yuHang, "I charge 10p for every hanger not returned. Works a treat.");
        re(3, "15:45", yusuf, doHang, "Ha, doing that.");
        Post niLeak = say(4, "09:00", pmRoom, niamh, "Anyone got the new Tefal steam generator? Mine's leaking from "
                + "the base.");
        Post beLeak = re(4, "09:20", beverley, niLeak, "Descale it, then check the base seal. Mine leaked from "
                + "scale.");
        re(4, "09:40", niamh, beLeak, "Descaling now, thanks.");
        say(4, "16:00", pmRoom, carys, "I've had my best week ever, eleven bags and two new customers from my "
                + "leaflets. I'm going to do my own website next, I've bought my domain already. I think I'll put my "
                + "prices on it and my story of how I started.");
        Post niScale = say(5, "10:00", pmRoom, niamh, "Scale it was. Good as new.");
        re(5, "10:10", beverley, niScale, "Told you 😄");
        Post beStarch = say(5, "11:00", pmRoom, beverley, "Starch or no starch on collars? My customers are split "
                + "fifty-fifty.");
        Post niStarch = re(5, "11:20", niamh, beStarch, "Light spray starch on collars and cuffs only, unless they "
                + "ask.");
        re(5, "11:40", carys, beStarch, "I always starch mine, my customers love my crisp collars, it's become my "
                + "signature. I use my own mix from my nan's recipe.");
        re(5, "11:50", beverley, niStarch, "Same here, that's what I'll do.");
        say(6, "12:00", pmCollections, niamh, "Update: Friday Elm Park round is full, Tuesday has 1 slot.");
        say(6, "18:00", pmRoom, carys, "First week with my new iron done. My arm is so much better and my Saturday "
                + "is free for once. I'm so proud of my little business.");

        // W26
        Post niPe = say(9, "08:30", pmAsk, niamh, "@Percival Odom sorry, I only just saw this! Yes to Elm Park on "
                + "Fridays, £19 a bag, but Friday's full till August. Dolores may have room sooner.");
        re(9, "09:00", percival, niPe, "Thanks, I'll wait for August then.");
        Post alShirts = say(10, "12:00", pmAsk, alasdair, "Do any of you do shirts only? I need ten a week pressed, "
                + "collected from my office in Summertown.");
        Post yuAl = re(10, "12:30", yusuf, alShirts, "I do shirts only for a few offices: £1.60 a shirt, collected "
                + "Mondays, back Thursdays.");
        Post alStart = re(10, "12:45", alasdair, yuAl, "Sounds ideal. Can we start Monday?");
        re(10, "13:00", yusuf, alStart, "Monday it is, I'll come at 9.");
        say(11, "20:00", pmRoom, carys, "Quiet week for me, my niece is staying. Back to it on Monday.");
        say(12, "09:00", pmCollections, beverley, "Beverley Chalk: Kidlington and Begbroke, Wednesdays, 3 slots "
                + "open from July.");

        // W27: Carys asks about the others
        Post caSame = say(15, "09:00", pmRoom, carys, "Question for you all: how do you handle a customer who wants "
                + "everything back the same day? Do your regulars understand when you say no?");
        re(15, "09:20", beverley, caSame, "I say next day unless it's a real emergency, and they're fine.");
        Post doSame = re(15, "09:30", dolores, caSame, "I charge £5 extra for same day. Amazing how rarely they need "
                + "it then.");
        Post caHow = re(15, "09:45", carys, doSame, "Ha, that's clever. How do you tell them without sounding "
                + "grumpy?");
        Post doHow = re(15, "10:00", dolores, caHow, "Put it on your price list so it's not personal.");
        re(15, "10:10", carys, doHow, "Brilliant, thank you.");
        say(16, "11:00", pmAsk, juno, "Loving Dolores's service. Is it normal to get a bill for hangers? Not "
                + "complaining 😄");
        say(16, "11:20", pmAsk, dolores, "That's the 10p per hanger not returned! Leave them in the bag and you "
                + "won't be charged.");
        say(16, "11:30", pmAsk, juno, "Ha, fair enough, they're going back.");
        Post yuTwenty = say(17, "19:00", pmRoom, yusuf, "Alasdair's office wants to go up to twenty shirts. Can one "
                + "person really do twenty in an evening?");
        Post caYu = re(17, "19:20", carys, yuTwenty, "You can if you batch them: all collars, then all cuffs, then "
                + "bodies. What iron are you using? A generator makes a big difference to your speed.");
        Post yuOld = re(17, "19:40", yusuf, caYu, "Old steam iron. Might be time.");
        re(17, "19:50", carys, yuOld, "Try one before you buy. Dolores lent me hers before I got mine.");
        Post peMarston = say(18, "10:00", pmAsk, percival, "Any of you do Marston? I could leave the bag at "
                + "my mum's there instead.");
        Post niMarston = re(18, "10:30", niamh, peMarston, "I do Marston on Tuesdays and there's a slot! £19 a bag.");
        re(18, "10:45", percival, niMarston, "Tuesday's great, put me down.");
        Post beCongrats = say(19, "09:00", pmRoom, beverley, "Congrats to Yusuf on the office contract, by the way.");
        Post caCongrats = re(19, "09:15", carys, beCongrats, "Yes! Well done Yusuf. How did you find the office?");
        re(19, "09:40", yusuf, caCongrats, "Alasdair asked in households-ask and I answered. Simple as that.");
        say(20, "08:00", pmCollections, carys, "Carys Wynne-Hale: Summertown and Jericho, Mondays and Thursdays, 2 "
                + "slots open.");
    }

    /** F. Veil & Box: wedding-dress cleaners and preservers, and a box maker among them. */
    private void veilAndBox() {
        Post opJune = say(1, "09:00", vbStudio, ophelia, "Busy June? I've got fourteen dresses in and two more "
                + "tomorrow.");
        re(1, "09:20", saskia, opJune, "Eleven here, and three with red wine at the hem. It's always the hem.");
        re(1, "09:40", leontyne, opJune, "And grass from the photos on the lawn.");
        say(2, "09:00", vbStudio, rupert, "Acid-free preservation boxes back in stock! 15% off this week only: "
                + "https://fotheringhamboxes.example/shop");
        say(2, "09:06", vbAsk, rupert, "Brides: keep your dress safe for decades in an acid-free box, 15% off this "
                + "week: https://fotheringhamboxes.example/shop");
        say(2, "09:12", vbShow, rupert, "Our boxes keep dresses like these safe for generations, 15% off this week: "
                + "https://fotheringhamboxes.example/shop");
        Post taMud = say(2, "10:00", vbAsk, tamsin, "Married on Saturday! The dress has mud round the hem and a fake "
                + "tan mark at the neckline. How soon does it need cleaning?");
        Post saTa = re(2, "10:30", saskia, taMud, "Congratulations! Within a few weeks is best: fake tan and sugar "
                + "oxidise and go brown with time. Don't try anything on the tan yourself.");
        Post taPrice = re(2, "10:45", tamsin, saTa, "Thank you! What would you charge for a clean, and a box?");
        Post saPrice = re(2, "11:10", saskia, taPrice, "For a satin A-line: clean £165, clean and preserve in a box "
                + "£230. I can take it next week.");
        re(2, "11:30", tamsin, saPrice, "Booking it, I'll message about dropping it off.");
        Post leLace = say(3, "14:00", vbStudio, leontyne, "Anyone cleaned a 1970s polyester dress? The lace has gone "
                + "yellow.");
        Post opLace = re(3, "14:30", ophelia, leLace, "Oxygen bleach soak at 30 and be very patient. Test the lace "
                + "first, some old lace is nylon and takes it well.");
        re(3, "14:45", leontyne, opLace, "Thanks, soaking tonight.");
        Post heMay = say(4, "10:00", vbAsk, henrietta, "@Saskia Lindgren I dropped my dress with you in May for "
                + "cleaning and preserving. How long does it usually take? No rush, just planning.");
        Post saHe = re(4, "10:40", saskia, heMay, "Hi Henrietta! Eight to ten weeks in wedding season, so early "
                + "July. I'll message when it's boxed.");
        re(4, "10:50", henrietta, saHe, "Lovely, thank you.");
        say(5, "10:00", vbAsk, rupert, "Last chance for 15% off acid-free boxes, ends Sunday: "
                + "https://fotheringhamboxes.example/shop");
        Post opTaffeta = say(5, "15:00", vbShow, ophelia, "Before and after: 1952 silk taffeta, water stains from a "
                + "flooded cellar. Three weeks of work.");
        re(5, "15:20", leontyne, opTaffeta, "Stunning!");
        Post saTide = re(5, "15:30", saskia, opTaffeta, "How did you get the tide lines out of taffeta?");
        re(5, "16:00", ophelia, saTide, "Distilled water, a suction table and a lot of patience.");
        Post ruMum = say(6, "11:00", vbAsk, ruth, "My mum's 1985 dress, I'd love to wear it in September. It's gone "
                + "yellow. Can it be brought back?");
        Post leRu = re(6, "11:30", leontyne, ruMum, "Often, yes. Yellowing usually lifts with a careful oxygen clean, "
                + "depending on the fabric. Is there a label?");
        Post ruLabel = re(6, "11:45", ruth, leRu, "Label says 100% polyester.");
        re(6, "12:00", leontyne, ruLabel, "Good news, polyester takes it well. Happy to have a look if you bring it "
                + "over.");
        Post ruWindow = say(9, "10:00", vbStudio, rupert, "Question for you all: boxes with a window or without? "
                + "Redesigning for next year.");
        re(9, "10:20", saskia, ruWindow, "Without. Light is the enemy.");
        Post opWindow = re(9, "10:30", ophelia, ruWindow, "Without, but a photo sleeve on the lid would be nice.");
        re(9, "10:45", rupert, opWindow, "A photo sleeve is a great idea, thanks.");
        Post taDrop = say(10, "17:00", vbAsk, tamsin, "Dropped the dress with Saskia today 🙌");
        re(10, "17:20", saskia, taDrop, "Safe with me!");
        Post ruCried = say(12, "20:00", vbAsk, ruth, "Got my mum's dress back and cried. Thank you "
                + "@Leontyne Abbot!");
        re(12, "20:30", leontyne, ruCried, "So happy for you both.");

        // W27: Saskia takes on new brides while Henrietta waits
        Post heJuly = re(15, "09:00", henrietta, saHe, "Hi @Saskia Lindgren, it's July now, any news on my dress? "
                + "Our anniversary party is on the 23rd and I'd love to show it.");
        Post keCost = say(15, "10:00", vbAsk, kezia, "Getting married in August and planning ahead: what does cleaning "
                + "and boxing cost?");
        Post saKe = re(15, "10:20", saskia, keCost, "Congratulations! £165 to clean and £230 to clean and box, and "
                + "I'm taking August bookings now. Shall I pencil you in?");
        Post keYes = re(15, "10:40", kezia, saKe, "Yes please, the 20th.");
        re(15, "11:00", saskia, keYes, "Done! I'll send you my drop-off form.");
        Post imVeil = say(16, "12:00", vbAsk, imogen, "Does anyone clean veils? Mine's cathedral length with "
                + "beading.");
        Post saIm = re(16, "12:15", saskia, imVeil, "I do! £60 for a beaded cathedral veil, or £40 with a dress. "
                + "Can you send me a photo?");
        Post imPhoto = re(16, "12:40", imogen, saIm, "Sending it now.");
        re(16, "12:50", saskia, imPhoto, "Gorgeous, easily done.");
        Post saTrain = say(16, "17:00", vbShow, saskia, "Fresh out of the box: cathedral train, red wine at the hem, "
                + "gone.");
        re(16, "17:20", ophelia, saTrain, "Nice!");
        Post heAgain = say(17, "10:00", vbAsk, henrietta, "@Saskia Lindgren sorry to chase again, could you let me "
                + "know if my dress will be ready by the 23rd?");
        Post imBrides = say(18, "11:00", vbAsk, imogen, "Veil dropped off! Could you do my bridesmaid's dress too, "
                + "@Saskia Lindgren?");
        Post saBrides = re(18, "11:30", saskia, imBrides, "Of course, £45 for a chiffon bridesmaid dress.");
        re(18, "11:40", imogen, saBrides, "Perfect.");
        Post opHe = re(19, "09:00", ophelia, heAgain, "Henrietta, Saskia's had a mad fortnight, I'll give her a "
                + "nudge.");
        re(19, "09:20", henrietta, opHe, "Thank you, that's kind.");
        Post ruSleeve = say(20, "10:00", vbShow, rupert, "New windowless box with a photo sleeve on the lid, thanks "
                + "to your ideas.");
        re(20, "10:20", ophelia, ruSleeve, "Love it.");
        Post keBox = say(20, "14:00", vbAsk, kezia, "Where can I get one of those boxes? I'd like one for my mum's "
                + "dress too.");
        Post ruKe = re(20, "14:30", rupert, keBox, "That's me: https://fotheringhamboxes.example/shop. The large one "
                + "fits most dresses.");
        re(20, "14:40", kezia, ruKe, "Thanks!");
        re(21, "22:00", saskia, heAgain, "Henrietta, I'm so sorry, it's been chaos. Your dress is boxed and ready, "
                + "collect any day before the 23rd.");
    }

    /** G. Fresh Laces: trainer cleaners and restorers; Zeke posts to nobody for two weeks. */
    private void freshLaces() {
        say(1, "09:00", flGeneral, zeke, "Air Max 90s, yellowed soles, two rounds of sole sauce and a day in the sun. "
                + "Night and day 🔥");
        say(1, "19:00", flShow, zeke, "Before and after: Jordan 4 Military Blues, midsole repaint.");
        Post laSuede = say(2, "09:00", flHelp, lachlan, "Bought some used suede Gazelles with a water mark on the "
                + "toe. How do I get it out without ruining the nap?");
        Post miLa = re(2, "09:30", mireille, laSuede, "Dampen the whole panel evenly with a sponge, not just the "
                + "mark, then brush and dry with paper stuffed inside. A water mark is an edge, so blur the edge.");
        re(2, "19:00", lachlan, miLa, "Worked! The whole panel's even now.");
        say(2, "12:00", flGeneral, zeke, "Another pair done. Forces with scuffs everywhere, now crisp.");
        say(2, "20:00", flShow, zeke, "Suede Sambas, dry brushed and re-napped.");
        Post taPaint = say(3, "10:00", flHelp, tadhg, "Midsole paint cracking after a week. Prepped with acetone, two "
                + "coats. What did I miss?");
        Post obTa = re(3, "10:30", obinna, taPaint, "Did you use a flexible additive? Without it the paint cracks "
                + "where the shoe bends.");
        re(3, "10:45", tadhg, obTa, "No additive. That's it, thanks.");
        say(3, "13:00", flGeneral, zeke, "Three pairs today. Hands smell of acetone.");
        say(3, "21:00", flShow, zeke, "Dunks, sole swap. Before and after.");
        say(4, "10:00", flGeneral, dominika, "My deep-clean kit is back in stock, £18 + postage, use code FRESH10: "
                + "https://szabokits.example/kit");
        say(4, "12:00", flGeneral, zeke, "New brushes arrived. Boar hair is the one.");
        say(4, "19:30", flShow, zeke, "Converse with blood on them from a gig. Gone.");
        Post laGrey = say(5, "09:00", flHelp, lachlan, "Anyone know how to bring back white leather that's gone grey "
                + "and dull?");
        Post doLa = re(5, "09:30", dominika, laGrey, "Leather cleaner and a soft brush, then a white leather balm. "
                + "No magic eraser, it strips the finish.");
        re(5, "09:50", lachlan, doLa, "Ah, I did use a magic eraser on one. Lesson learned, thank you.");
        say(5, "13:00", flGeneral, zeke, "Air Force 1s, creases ironed out with a damp towel.");
        say(6, "10:00", flHelp, dominika, "Doing full restores again this summer, £45 a pair, DM me.");
        say(6, "11:00", flShow, zeke, "Vintage New Balance 990s, full restore.");
        Post taFlex = say(6, "12:00", flGeneral, tadhg, "Repainted the midsoles with the additive and they flex "
                + "fine. Cheers @Obinna Eze");
        re(6, "12:20", obinna, taFlex, "Nice one.");
        say(7, "15:00", flGeneral, zeke, "Car boot haul, six pairs for £20. Project time.");
        Post miChicago = say(7, "17:00", flMarket, mireille, "Selling: restored 1994 Jordan 1 Chicago, size 9, £260. "
                + "Photos on request.");
        re(7, "17:30", obinna, miChicago, "Those are clean! Wish I was a 9.");

        // W26: Zeke goes on posting to nobody
        say(8, "10:00", flGeneral, zeke, "Monday clean: three pairs of school trainers for a neighbour's kids.");
        say(8, "20:00", flShow, zeke, "Car boot 990s, stage one: deep clean.");
        say(9, "13:00", flGeneral, zeke, "Sole sauce round two drying on the windowsill.");
        say(9, "16:00", flMarket, dominika, "Summer restores: £45 a pair, full clean, repaint and new laces. Two "
                + "slots a week, DM me.");
        Post laGlue = say(10, "09:00", flHelp, lachlan, "Glue coming away at the toe of my Vans. Which glue?");
        Post taGlue = re(10, "09:30", tadhg, laGlue, "Barge cement or Shoe Goo, clamped overnight.");
        re(10, "09:45", lachlan, taGlue, "Barge it is.");
        say(10, "12:00", flGeneral, zeke, "Jordan 1 lows, toe box crease gone.");
        say(10, "21:00", flShow, zeke, "Before and after: Reebok Club C, yellowed to white.");
        Post laBrother = say(11, "10:00", flGeneral, lachlan, "Does anyone here do repaints for money? My brother's "
                + "Jordans need more than I can manage.");
        Post doBrother = re(11, "10:30", dominika, laBrother, "I do, £45 a pair, my listing's in market. Happy to "
                + "look at photos first.");
        re(11, "10:45", lachlan, doBrother, "Sending photos.");
        say(11, "20:00", flShow, zeke, "Suede Jordan 4s, re-dyed black.");
        say(12, "13:00", flGeneral, zeke, "Tried a new midsole paint brand. Thicker, covers in one coat.");
        say(12, "21:00", flShow, zeke, "Air Max 1, sole swap done.");
        Post miCon = say(13, "11:00", flGeneral, mireille, "Anyone going to the sneaker con in Manchester in "
                + "August?");
        re(13, "11:20", obinna, miCon, "Yes! Let's meet up.");
        say(13, "14:00", flGeneral, zeke, "Four pairs this weekend, laces soaking.");
        say(14, "19:00", flShow, zeke, "Car boot 990s, finished. Best of the lot.");

        // W27: Zeke answers people
        Post laCrease = say(15, "09:00", flHelp, lachlan, "How do you all get creases out of a leather toe box?");
        Post zeLa = re(15, "09:20", zeke, laCrease, "Damp towel and an iron on low, with the shoe stuffed tight. "
                + "Takes three passes.");
        re(15, "09:40", lachlan, zeLa, "Doing it tonight, thanks Zeke.");
        Post zeCon = say(16, "10:00", flGeneral, zeke, "@Mireille Fontaine @Obinna Eze I'll be at the Manchester con "
                + "too, fancy swapping tips?");
        re(16, "10:20", obinna, zeCon, "Definitely!");
        re(16, "11:00", mireille, zeCon, "Count me in.");
        Post zeShow = say(17, "18:00", flShow, zeke, "Before and after: the car boot 990s, all six.");
        Post miZe = re(17, "18:20", mireille, zeShow, "Great work. What did you use on the suede?");
        re(17, "18:40", zeke, miZe, "Just a crepe brush and steam.");
        Post taDye = say(18, "10:00", flHelp, tadhg, "Dye bleeding from a red suede panel onto white leather, help!");
        Post zeTa = re(18, "10:10", zeke, taDye, "Isopropyl on a cotton bud, fast, then rinse. Don't let it sit.");
        re(18, "10:20", dominika, taDye, "What Zeke said, and seal the suede after.");
        re(18, "10:40", tadhg, zeTa, "Saved them, thank you both.");
        say(20, "12:00", flMarket, dominika, "Two restore slots left for July, £45 a pair, DM me.");
    }

    /** H. Brightwell Chemicals: a cleaning-chemicals supplier's own server. */
    private void brightwell() {
        say(1, "08:00", bcNews, augustin, "New this month: Woolguard pre-spray, WoolSafe approved, pH 7.5. Safety data "
                + "sheet and dilution chart: https://brightwellchem.example/woolguard");
        Post wiDil = say(1, "10:00", bcCounter, wilfred, "Woolguard at what dilution for a heavily soiled wool twist? "
                + "The label says 1:10 to 1:20.");
        Post auWi = re(1, "10:30", augustin, wiDil, "1:10 for heavy soil, ten minutes' dwell, agitate with a "
                + "grooming brush. Never let it dry on.");
        re(1, "10:45", wilfred, auWi, "Cheers Augustin.");
        Post esHard = say(2, "09:00", bcCounter, esme, "Our launderette's water is very hard. Should I change the "
                + "detergent dose or add a softener?");
        Post auEs = re(2, "09:30", augustin, esHard, "Either works. With water that hard I'd add our conditioner at "
                + "5ml per kilo rather than more detergent, it's cheaper per wash.");
        re(2, "09:45", esme, auEs, "Great, adding it to my next order.");
        say(3, "08:30", bcNews, felicity, "I'm in Devon and Cornwall next week for visits. If you'd like me to drop "
                + "by with samples, say so in trade-counter.");
        Post nkHot = say(3, "15:00", bcLounge, nkechi, "Who else is melting? My shop's at 31 degrees with the press "
                + "on.");
        re(3, "15:20", silas, nkHot, "The van's an oven. Doing upholstery jobs at 7am now.");
        re(3, "15:40", esme, nkHot, "Launderette's a sauna, three fans going.");
        Post nkAcetate = say(4, "11:00", bcCounter, nkechi, "Is your spotting kit safe on acetate linings? Had one go "
                + "cloudy.");
        Post auNk = re(4, "11:30", augustin, nkAcetate, "The protein spotter is, the solvent one isn't: acetate "
                + "dissolves in acetone-type spotters. Sorry about the lining.");
        re(4, "11:45", nkechi, auNk, "That explains it. Thank you.");
        Post siTruro = say(5, "10:00", bcCounter, silas, "@Felicity Rowe could you pop into Truro on your trip? I'd "
                + "like to see the leather range.");
        Post feSi = re(5, "10:30", felicity, siTruro, "Yes! Tuesday afternoon, about 2?");
        re(5, "10:40", silas, feSi, "Perfect.");

        // W26: Horatio joins and asks the rep for the trade price
        say(8, "08:00", bcNews, augustin, "Summer price list is out: no change on detergents, 3% on solvents. "
                + "https://brightwellchem.example/prices");
        joins(8, "09:00", bcCounter, horatio);
        Post hoWool = say(8, "10:00", bcCounter, horatio, "Hi, I run a small carpet cleaning firm in Exeter. Is "
                + "Woolguard safe on wool-nylon blends, and what's the trade price?");
        Post feHo = re(8, "10:20", felicity, hoWool, "Hi Horatio, welcome! Yes, it's safe on 80/20 blends. Trade "
                + "prices go by volume, shall I message you the list?");
        re(8, "10:30", horatio, feHo, "Yes please, a DM is fine.");
        say(8, "11:00", bcDm, felicity, "Hi Horatio, here's our trade list: Woolguard is £38 for 5 litres or £140 "
                + "for 20, and a first order over £100 gets free delivery. I'm in Exeter on Wednesday if you'd like "
                + "samples.");
        say(8, "14:00", bcDm, horatio, "Thanks Felicity. Samples on Wednesday would be great, I'm at the unit all "
                + "morning.");
        say(8, "14:15", bcDm, felicity, "Lovely, 10am Wednesday then.");
        Post siVisit = say(9, "16:00", bcCounter, silas, "Great visit on Tuesday, thanks @Felicity Rowe. Leather "
                + "range ordered.");
        re(9, "16:30", felicity, siVisit, "Thanks Silas, lovely to meet your team.");
        Post esSoft = say(10, "12:00", bcCounter, esme, "The conditioner's made a real difference, customers say the "
                + "towels feel softer.");
        re(10, "12:30", augustin, esSoft, "Great to hear.");
        Post wiRes = say(11, "09:00", bcCounter, wilfred, "Question for the chemists: does Woolguard leave residue "
                + "that attracts soil? A customer's worried.");
        Post auRes = re(11, "09:30", augustin, wiRes, "Very little if you rinse with plain water or an acid rinse. "
                + "Residue comes from skipping the rinse.");
        re(11, "09:45", wilfred, auRes, "Will tell her.");
        Post hoFirst = say(12, "17:00", bcLounge, horatio, "Samples were great and my first order's in. Nice to find "
                + "a supplier with a person on the end of a chat.");
        Post wiHo = re(12, "17:30", wilfred, hoFirst, "Welcome to the club. Exeter was my old patch, shout if you "
                + "need anything.");
        re(12, "17:45", horatio, wiHo, "Cheers, will do.");

        // W27
        say(15, "08:00", bcNews, felicity, "Brightwell is closed 25 July to 1 August. Orders placed before the 22nd "
                + "go out as normal.");
        Post nkWet = say(15, "11:00", bcCounter, nkechi, "Do you do a wet-cleaning detergent yet?");
        Post auWet = re(15, "11:30", augustin, nkWet, "Not yet, one's in testing for the autumn. I'll post in "
                + "announcements when it's out.");
        re(15, "11:40", nkechi, auWet, "Thanks, keep me posted.");
        Post hoRotary = say(16, "10:00", bcCounter, horatio, "Can I use Woolguard through a rotary machine on wool "
                + "rugs?");
        Post auHo = re(16, "10:30", augustin, hoRotary, "Yes, at 1:20, low moisture, and dry them fast.");
        re(16, "10:40", horatio, auHo, "Ta.");
        Post siSmall = say(17, "14:00", bcCounter, silas, "The leather range is brilliant. Any chance of a smaller "
                + "bottle of the cleaner?");
        Post feSmall = re(17, "14:30", felicity, siSmall, "A 500ml one is coming in August!");
        re(17, "14:40", silas, feSmall, "Great.");
        Post esShow = say(18, "13:00", bcLounge, esme, "Has anyone been to the Harrogate show? Worth it for a "
                + "launderette?");
        Post wiShow = re(18, "13:30", wilfred, esShow, "Went last year. Good for machines, less so for chemicals.");
        re(18, "13:45", esme, wiShow, "Thanks, might go for the machines then.");
        Post wiRec = say(19, "09:00", bcCounter, wilfred, "Just recommended you to two lads I trained with.");
        re(19, "09:30", felicity, wiRec, "Thank you Wilfred, that's very kind.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes130Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 130");
    }
}
