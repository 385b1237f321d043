package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 81 (sealed): eight communities of independent shops and retail, of kinds no earlier round used (a
 * hospice charity shop's volunteers where nobody sells, zero-waste refill shop owners with a bulk wholesaler among
 * them and a room where shoppers ask, a comic and games shop's own server with its Staff, antique and reclamation
 * dealers with a room where the public asks, independent pet shop owners with a room where pet owners ask and a pet
 * food rep's DM, corner-shop and newsagent owners with a card-terminal reseller among them, bridal boutique owners
 * with a room where brides ask, fishmongers with a room where home cooks ask), over three ISO weeks (2029-W38 to
 * W40), written and labelled by writer81 (session 45) before any coach ran on them, with many borderline cases. The
 * labels are in {@code bot/src/test/resources/eval/held-out-scenes-81.csv}. Run {@link #main} from the project root
 * to write the export again.
 */
final class HeldOutScenes81Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2029, 9, 17);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2029, 10, 8, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-81";
    private static final int BASE = 62800;

    // --- A. a hospice charity shop's volunteers (nobody sells) ---
    private final String charity = cast.guild(1091);
    private final Channel chShift = cast.channel(charity, "Oxley Road Hospice Shop", "shift-chat",
            "volunteers' chat: who's in, what came in, what went out", "ch-shift-chat.json");
    private final Channel chRota = cast.channel(charity, "Oxley Road Hospice Shop", "rota",
            "volunteer shifts: sign up, swap, cover", "ch-rota.json");
    private final Channel chPricing = cast.channel(charity, "Oxley Road Hospice Shop", "pricing-help",
            "not sure what to price it at? ask here", "ch-pricing-help.json");
    private final Channel chOff = cast.channel(charity, "Oxley Road Hospice Shop", "off-the-rails",
            "anything else", "ch-off-the-rails.json");
    private final Persona maureen = cast.person("maureen.t", "Maureen Tate");
    private final Persona deepak = cast.person("deepak.j", "Deepak Jain");
    private final Persona felicity = cast.person("fliss.orr", "Felicity Orr");
    private final Persona gus = cast.person("gus.h", "Gus Hamblin");
    private final Persona lottie = cast.person("lottie.p", "Lottie Prescott");
    private final Persona winston = cast.person("winston.c", "Winston Clarke");
    private final Persona agnieszka = cast.person("aga.bury", "Agnieszka Bury");
    private final Persona ray = cast.person("ray.toomey", "Ray Toomey");

    // --- B. zero-waste refill shop owners, a wholesaler among them ---
    private final String refill = cast.guild(1092);
    private final Channel rfFloor = cast.channel(refill, "Refill Row", "shop-floor",
            "shop talk for independent refill and zero-waste shops", "rf-shop-floor.json");
    private final Channel rfSuppliers = cast.channel(refill, "Refill Row", "suppliers",
            "wholesale, deliveries, sourcing: suppliers welcome", "rf-suppliers.json");
    private final Channel rfAsk = cast.channel(refill, "Refill Row", "ask-the-refillers",
            "shoppers and would-be refillers ask, shop owners answer", "rf-ask-the-refillers.json");
    private final Channel rfOff = cast.channel(refill, "Refill Row", "off-cuts",
            "off topic", "rf-off-cuts.json");
    private final Persona hamish = cast.person("hamish.doyle", "Hamish Doyle");
    private final Persona nell = cast.person("nell.carver", "Nell Carver");
    private final Persona sione = cast.person("sione.t", "Sione Tupou");
    private final Persona bryony = cast.person("bryony.a", "Bryony Ames");
    private final Persona padraig = cast.person("padraig.n", "Pádraig Nolan");
    private final Persona ines = cast.person("ines.f", "Ines Ferreira");
    private final Persona colm = cast.person("colm.d", "Colm Duffy");
    private final Persona rachel = cast.person("rachel.ng", "Rachel Ng");

    // --- C. a comic and games shop's own server with its staff ---
    private final String comics = cast.guild(1093);
    private final Role ccStaff = cast.role("Staff", "#e67e22", 2);
    private final Channel ccNews = cast.channel(comics, "Panel & Pawn", "shop-news",
            "new in, events and opening hours, from the shop", "cc-shop-news.json");
    private final Channel ccPull = cast.channel(comics, "Panel & Pawn", "pull-list",
            "pull lists, reservations and orders: ask the staff here", "cc-pull-list.json");
    private final Channel ccGames = cast.channel(comics, "Panel & Pawn", "game-night",
            "Thursday games night in the back room", "cc-game-night.json");
    private final Channel ccGeneral = cast.channel(comics, "Panel & Pawn", "general",
            "comics, games, whatever", "cc-general.json");
    private final Persona dev = cast.person("dev.okafor", "Dev Okafor", ccStaff);
    private final Persona suki = cast.person("suki.tran", "Suki Tran", ccStaff);
    private final Persona barnaby = cast.person("barnaby.l", "Barnaby Lowe", ccStaff);
    private final Persona iona = cast.person("iona.f", "Iona Fraser");
    private final Persona tariq = cast.person("tariq.a", "Tariq Aziz");
    private final Persona wilf = cast.person("wilf.m", "Wilf Morton");
    private final Persona chloe = cast.person("chloe.b", "Chloe Beaumont");
    private final Persona jasper = cast.person("jasper.q", "Jasper Quill");

    // --- D. antique and reclamation dealers, the public asks ---
    private final String antiques = cast.guild(1094);
    private final Channel anLounge = cast.channel(antiques, "Old Stock", "dealers-lounge",
            "trade talk for dealers", "an-dealers-lounge.json");
    private final Channel anWhat = cast.channel(antiques, "Old Stock", "what-is-it",
            "found something in the loft? the public ask, dealers have a look", "an-what-is-it.json");
    private final Channel anFairs = cast.channel(antiques, "Old Stock", "fairs-and-auctions",
            "fair dates, auction finds, stall shares", "an-fairs-and-auctions.json");
    private final Channel anSale = cast.channel(antiques, "Old Stock", "for-sale",
            "dealers' stock and wants", "an-for-sale.json");
    private final Persona conrad = cast.person("conrad.pike", "Conrad Pike");
    private final Persona marisol = cast.person("marisol.v", "Marisol Vega");
    private final Persona edwin = cast.person("edwin.fw", "Edwin Fairweather");
    private final Persona philippa = cast.person("philippa.s", "Philippa Shaw");
    private final Persona kerry = cast.person("kerry.b", "Kerry Baines");
    private final Persona hugo = cast.person("hugo.l", "Hugo Lindqvist");
    private final Persona ada = cast.person("ada.nw", "Ada Nwachukwu");
    private final Persona stan = cast.person("stan.b", "Stan Bellamy");

    // --- E. independent pet shop owners, pet owners ask, a rep among them ---
    private final String pets = cast.guild(1095);
    private final Channel ptBack = cast.channel(pets, "Whisker & Seed", "back-room",
            "independent pet shop owners' shop talk", "pt-back-room.json");
    private final Channel ptAsk = cast.channel(pets, "Whisker & Seed", "ask-a-pet-shop",
            "pet owners ask, independent shop owners answer", "pt-ask-a-pet-shop.json");
    private final Channel ptStockists = cast.channel(pets, "Whisker & Seed", "stockists",
            "foods, brands and reps: suppliers welcome", "pt-stockists.json");
    private final Channel ptYard = cast.channel(pets, "Whisker & Seed", "yard",
            "off topic, pet pics", "pt-yard.json");
    private final Persona gwen = cast.person("gwen.p", "Gwen Probert");
    private final Persona ravi = cast.person("ravi.menon", "Ravi Menon");
    private final Persona tilly = cast.person("tilly.h", "Tilly Hargreaves");
    private final Persona luca = cast.person("luca.b", "Luca Benedetti");
    private final Persona dominic = cast.person("dom.ferris", "Dominic Ferris");
    private final Persona jade = cast.person("jade.k", "Jade Kowalski");
    private final Persona martin = cast.person("martin.eze", "Martin Eze");
    private final Persona sofia = cast.person("sofia.r", "Sofia Russo");
    private final Persona brenda = cast.person("brenda.h", "Brenda Hale");
    private final Channel ptDm = cast.dm(luca, "pt-dm-dominic-luca.json");

    // --- F. corner-shop and newsagent owners, a card-terminal reseller among them ---
    private final String corner = cast.guild(1096);
    private final Channel coCounter = cast.channel(corner, "Corner Counter", "the-counter",
            "shop talk for corner shops and newsagents", "co-the-counter.json");
    private final Channel coRounds = cast.channel(corner, "Corner Counter", "paper-rounds",
            "rounds, delivery kids, magazines and papers", "co-paper-rounds.json");
    private final Channel coKit = cast.channel(corner, "Corner Counter", "kit-and-deals",
            "card machines, EPOS, shelving, cash and carry deals", "co-kit-and-deals.json");
    private final Channel coAfter = cast.channel(corner, "Corner Counter", "after-hours",
            "when the shutters are down", "co-after-hours.json");
    private final Persona harjit = cast.person("harjit.s", "Harjit Sandhu");
    private final Persona moira = cast.person("moira.q", "Moira Quigley");
    private final Persona femi = cast.person("femi.a", "Femi Adebayo");
    private final Persona yusuf = cast.person("yusuf.p", "Yusuf Patel");
    private final Persona carys = cast.person("carys.ll", "Carys Lloyd");
    private final Persona karl = cast.person("karl.j", "Karl Jessop");

    // --- G. bridal boutique owners, brides ask ---
    private final String bridal = cast.guild(1097);
    private final Channel brTalk = cast.channel(bridal, "Veil & Lace", "boutique-talk",
            "owners' room for independent bridal boutiques", "br-boutique-talk.json");
    private final Channel brAsk = cast.channel(bridal, "Veil & Lace", "ask-a-bridal-shop",
            "brides, grooms and their mums ask; boutique owners answer", "br-ask-a-bridal-shop.json");
    private final Channel brSamples = cast.channel(bridal, "Veil & Lace", "samples-and-suppliers",
            "designers, samples, alterations", "br-samples-and-suppliers.json");
    private final Channel brLounge = cast.channel(bridal, "Veil & Lace", "lounge",
            "chat", "br-lounge.json");
    private final Persona annabel = cast.person("annabel.f", "Annabel Frost");
    private final Persona precious = cast.person("precious.m", "Precious Mensah");
    private final Persona yvette = cast.person("yvette.l", "Yvette Laurent");
    private final Persona hollie = cast.person("hollie.d", "Hollie Dunn");
    private final Persona megan = cast.person("megan.t", "Megan Tully");
    private final Persona priyanka = cast.person("priyanka.s", "Priyanka Shah");
    private final Persona lauren = cast.person("lauren.oh", "Lauren O'Hare");
    private final Persona zoe = cast.person("zoe.kemp", "Zoe Kemp");

    // --- H. fishmongers, home cooks ask ---
    private final String fish = cast.guild(1098);
    private final Channel fiSlab = cast.channel(fish, "Slab & Ice", "the-slab",
            "fishmongers' shop talk", "fi-the-slab.json");
    private final Channel fiAsk = cast.channel(fish, "Slab & Ice", "ask-a-fishmonger",
            "home cooks ask: what to buy, how to cook it, how to gut it", "fi-ask-a-fishmonger.json");
    private final Channel fiBoats = cast.channel(fish, "Slab & Ice", "boats-and-markets",
            "landings, auction prices, what's running", "fi-boats-and-markets.json");
    private final Channel fiGalley = cast.channel(fish, "Slab & Ice", "galley",
            "off topic", "fi-galley.json");
    private final Persona ewan = cast.person("ewan.r", "Ewan Ritchie");
    private final Persona bronagh = cast.person("bronagh.k", "Bronagh Keane");
    private final Persona ade = cast.person("ade.ogun", "Ade Ogun");
    private final Persona mei = cast.person("mei.chen", "Mei Chen");
    private final Persona saul = cast.person("saul.g", "Saul Greenberg");
    private final Persona paula = cast.person("paula.v", "Paula Vance");
    private final Persona kofi = cast.person("kofi.b", "Kofi Boateng");

    private HeldOutScenes81Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        charityShop();
        refillShops();
        comicShop();
        antiqueDealers();
        petShops();
        cornerShops();
        bridalBoutiques();
        fishmongers();
    }

    private void charityShop() {
        // W38
        say(1, "08:50", chShift, maureen, "morning all. van from the house clearance comes at 11, so whoever's in, "
                + "clear the back table first please");
        say(1, "09:05", chShift, deepak, "on it, I'm in till 1");
        say(1, "09:30", chRota, ray, "Saturday shifts for October are up. 3 still open, sheet: "
                + "rotasheet.example/sheet/oxley-october");
        Post coat = say(1, "13:10", chPricing, lottie, "first shift done!! quick q, how much for a men's M&S "
                + "wool coat, "
                + "like new?");
        Post ans1 = re(1, "13:40", felicity, coat, "£12-15 for M&S wool if there's no moth. check the armpits "
                + "and the collar "
                + "first");
        re(1, "13:45", lottie, ans1, "no moth! £14 then, thank you");
        say(2, "10:20", chShift, agnieszka, "someone donated a whole box of Le Creuset. a WHOLE BOX");
        say(2, "10:22", chShift, gus, "😍");
        say(2, "10:30", chShift, deepak, "they go on the online listings, don't put them out front");
        say(2, "10:33", chShift, agnieszka, "ok ok, in the online cage");
        say(3, "09:00", chRota, ray, "2 Saturday shifts still open (13th and 27th), sheet: "
                + "rotasheet.example/sheet/oxley-october");
        say(3, "09:40", chRota, winston, "took the 13th");
        Post brooch = say(3, "14:00", chPricing, winston, "marcasite brooch, silver mark on the back. into the cabinet "
                + "or out front?");
        Post ans2 = say(3, "14:25", chPricing, deepak, "cabinet. silver marcasite is £8-20 depending on size. if "
                + "the mark says 925 "
                + "it's silver");
        re(3, "14:30", winston, ans2, "925. cabinet, £15. cheers Deepak");
        say(4, "16:00", chOff, gus, "anyone else's feet wrecked after a saturday on the shop floor or is it just "
                + "me getting old");
        say(4, "16:10", chOff, felicity, "it's the floor. concrete under lino. buy gel insoles");
        say(4, "16:12", chOff, gus, "gel insoles it is");
        say(5, "09:00", chRota, ray, "one Saturday left, the 27th: 1 spot. sheet: "
                + "rotasheet.example/sheet/oxley-october");
        say(5, "11:30", chRota, lottie, "I'll do the 27th!");
        say(5, "11:40", chRota, ray, "brilliant, you're in. that's October full 👏");
        say(6, "12:00", chShift, maureen, "reminder we can't take electricals until the PAT tester's been. we're "
                + "turning them away for now, sorry");
        say(6, "12:05", chShift, winston, "👍 told a lady with a toaster this morning");
        // W39: Lottie is helped on three days and only says thanks
        say(8, "09:15", chShift, gus, "doing the hospice midnight walk on the 6th for the shop 🕯️ 10 miles in the "
                + "dark, what have I done");
        say(8, "09:20", chShift, felicity, "put your page up Gus, I'll sponsor you");
        say(8, "09:31", chShift, gus, "ta Fliss: justgiving.example/gus-midnight-walk");
        say(8, "09:40", chShift, agnieszka, "sponsored 🙏");
        Post nextCoat = say(8, "13:00", chPricing, lottie, "next wool coat, good nick, what do we usually do for "
                + "next?");
        Post ans3 = say(8, "13:20", chPricing, deepak, "Next is high street, so £8-10. wool pushes it to £10");
        re(8, "13:25", lottie, ans3, "thanks!");
        Post books = say(10, "11:00", chPricing, lottie, "do we price kids books one by one or in bundles?");
        Post ans4 = re(10, "11:30", felicity, books, "picture books 50p each or 3 for £1, chapter books £1. "
                + "bundles only for "
                + "series, tie them with the paper string");
        re(10, "11:35", lottie, ans4, "ty");
        say(11, "15:00", chRota, felicity, "can anyone swap my Sat 13th for a Sunday? wedding came up");
        say(11, "15:20", chShift, lottie, "the café across the road has pumpkin muffins back 🎃");
        say(11, "15:40", chOff, winston, "Gus where's your sponsor page again? lost it");
        say(11, "15:55", chOff, gus, "here Winston: justgiving.example/gus-midnight-walk ta mate");
        Post vinyl = say(12, "10:10", chPricing, lottie, "someone brought in a box of vinyl, how do we check what's "
                + "worth listing online?");
        Post ans5 = say(12, "10:40", chPricing, deepak, "look up the catalogue number on the sleeve spine in the "
                + "price guide on "
                + "the back office PC. anything over £15 goes online, the rest in the £2 crate");
        re(12, "10:45", lottie, ans5, "thanks Deepak");
        Post electricals = say(12, "12:30", chShift, agnieszka, "@Maureen Tate are we taking electricals again "
                + "yet? man here with a lamp");
        Post ans6 = say(12, "12:40", chShift, deepak, "not yet Aga, PAT man's coming on the 3rd. lamps too I'm afraid");
        re(12, "12:45", agnieszka, ans6, "ok, told him come back next week");
        say(13, "18:00", chShift, gus, "£340 of £400 for the walk, thank you all!! "
                + "justgiving.example/gus-midnight-walk");
        say(13, "18:10", chShift, maureen, "well done Gus. I'll put a poster on the till");
        say(14, "10:00", chOff, winston, "who left the kettle on in the back 😂 it's boiled dry");
        say(14, "10:05", chOff, agnieszka, "not me");
        // W40: Lottie helps the next newcomer
        say(15, "09:00", chShift, maureen, "PAT tester booked for Wednesday, electricals back from Thursday. thanks "
                + "for your patience");
        Post scarf = say(15, "14:00", chPricing, winston, "silk scarf, Liberty label. online or front?");
        Post ans7 = say(15, "14:20", chPricing, lottie, "Liberty goes online I think? Deepak said anything "
                + "likely over £15 does. "
                + "check the label's not a fake one, the real ones have the care label sewn in separate");
        re(15, "14:30", winston, ans7, "real one. online it is, ta Lottie");
        say(16, "11:00", chRota, felicity, "still need someone for my Sat 13th swap 🙃");
        say(16, "11:15", chRota, lottie, "I can do the 13th Fliss, you take my 27th?");
        say(16, "11:20", chRota, felicity, "deal. thank you!!");
        say(17, "16:00", chShift, agnieszka, "we sold the Le Creuset online for £140 total!");
        say(17, "16:05", chShift, maureen, "that's a week's rent on the shop. brilliant");
        say(18, "09:30", chShift, deepak, "electricals back in from today, they need the green sticker before "
                + "going out");
        Post boots = say(19, "13:00", chPricing, lottie, "Dr Martens, worn twice, size 6. £20?");
        Post ans8 = say(19, "13:15", chPricing, felicity, "£20 is right, maybe £22 if they're a colour");
        re(19, "13:20", lottie, ans8, "cherry red! £22");
        say(20, "23:50", chShift, gus, "done the walk!! feet are gone. thank you everyone 🕯️");
        say(21, "09:10", chShift, felicity, "so proud of you");
        say(21, "09:12", chShift, winston, "legend");
    }

    private void refillShops() {
        // W38
        say(1, "08:30", rfFloor, nell, "Monday. someone refilled washing-up liquid into a wine bottle on Saturday and "
                + "I only noticed when they'd gone. labels, people");
        say(1, "08:45", rfFloor, bryony, "we keep a roll of 'NOT FOR DRINKING' stickers by the pumps for exactly this");
        say(1, "08:50", rfFloor, nell, "stealing that");
        say(2, "07:30", rfSuppliers, hamish, "this week's price list is up. oats and red lentils down a bit: "
                + "doyledrygoods.example/prices");
        say(2, "09:00", rfSuppliers, sione, "lentils down, finally");
        say(3, "10:00", rfFloor, padraig, "hi all, Pádraig, signing the lease on a unit in Galway next month. "
                + "lurking and learning");
        say(3, "10:10", rfFloor, bryony, "welcome! ask anything");
        say(3, "10:12", rfFloor, nell, "welcome Pádraig");
        Post jars = say(3, "12:00", rfAsk, rachel, "first time refiller here, do I have to bring my own jars or do "
                + "shops have them? nervous about doing it wrong");
        Post ans9 = re(3, "12:20", sione, jars, "bring any clean container, we weigh it empty at the till first "
                + "so you only pay "
                + "for what goes in. most shops have spare jars too. btw it's BYO jar day at ours on Saturday, 10% off "
                + "everything if you bring your own: tupourefills.example/byo-day");
        re(3, "12:30", rachel, ans9, "oh that's easy, thank you");
        Post castile = say(4, "11:00", rfSuppliers, bryony, "anyone got a good source for bulk castile soap? my last "
                + "lot was watery");
        re(4, "11:15", hamish, castile, "we do our own-label castile in 20L drums, £68 a drum, properly thick. it's "
                + "on the list: doyledrygoods.example/prices");
        Post ans10 = say(4, "11:30", rfSuppliers, nell, "I use Hamish's castile, it's decent. don't let it get "
                + "cold in the van "
                + "though, it goes cloudy");
        re(4, "11:40", bryony, ans10, "will try a drum, thanks both");
        say(5, "09:00", rfFloor, sione, "our BYO jar day is Saturday, come see how we run it if you're near "
                + "Reading: tupourefills.example/byo-day");
        say(5, "09:30", rfFloor, bryony, "nice one");
        say(6, "19:00", rfOff, colm, "anyone watched the zero waste documentary on iplayer? made me want to bin "
                + "half my kitchen, which is the opposite of the point");
        say(6, "19:10", rfOff, nell, "😂 that's the trap");
        say(7, "17:00", rfFloor, sione, "BYO day went mad, 60 people through the door. thank you for the tips on "
                + "the queue Bryony");
        // W39: Nell talks only with shop owners; Ines and Colm wait in the shoppers' room
        say(8, "08:20", rfFloor, nell, "pump on the eco-egg detergent jammed again. anyone had that?");
        say(8, "08:40", rfFloor, bryony, "the cheap gravity taps jam when the detergent's cold. ours live on a shelf "
                + "above the radiator now");
        say(8, "08:45", rfFloor, nell, "ha, moving it today");
        say(9, "10:00", rfAsk, ines, "does anyone do refill delivery around Leeds? can't get to a shop with the baby");
        say(9, "11:00", rfFloor, nell, "how are you all doing the VAT on the mixed baskets? my accountant is confused");
        say(9, "11:30", rfFloor, hamish, "dry food zero, cleaning stuff standard. itemise at the till or you'll be "
                + "guessing at the end of the quarter");
        say(9, "11:35", rfFloor, nell, "that's what I was afraid of. itemising it is");
        say(10, "07:30", rfSuppliers, hamish, "price list for this week, rice up 4% (harvest): "
                + "doyledrygoods.example/prices");
        say(10, "09:10", rfSuppliers, nell, "ugh rice. @Hamish Doyle can you still do my usual Thursday drop?");
        say(10, "09:20", rfSuppliers, hamish, "yes Nell, Thursday before 10");
        say(10, "09:22", rfSuppliers, nell, "👍");
        say(11, "14:00", rfAsk, colm, "is refill shampoo actually the same as the bottled stuff or is it watered "
                + "down?");
        say(11, "16:00", rfFloor, nell, "had a customer try to refill motor oil today. no.");
        say(11, "16:05", rfFloor, sione, "NO");
        say(11, "16:07", rfFloor, bryony, "what did you say 😂");
        say(11, "16:10", rfFloor, nell, "pointed him at the garage. politely");
        say(12, "12:00", rfSuppliers, padraig, "who do you all use for oats? Irish suppliers are dear");
        say(12, "12:20", rfSuppliers, hamish, "I deliver to Ireland on a fortnightly run Pádraig, oats £1.10/kg on "
                + "25kg sacks. or there's a co-op in Cork that Bryony knows");
        say(12, "12:30", rfSuppliers, bryony, "West Cork Grain co-op, ask for Siobhan");
        say(12, "12:35", rfSuppliers, padraig, "both noted, cheers");
        say(13, "09:00", rfFloor, nell, "my Saturday girl handed in her notice. back to doing 6 days myself");
        say(13, "09:20", rfFloor, hamish, "rough. the uni job board got Bryony someone good last year");
        say(13, "09:30", rfFloor, nell, "worth a go, thanks");
        say(13, "09:40", rfFloor, bryony, "yes the uni one, post on a Sunday night");
        say(14, "11:00", rfFloor, nell, "signed up to the uni board. fingers crossed");
        // W40: Pádraig's news, Nell answers the shoppers
        say(15, "08:00", rfAsk, nell, "@Ines Ferreira sorry, only just seen this! I'm in Leeds (Chapel Allerton) and "
                + "we do a Friday bike delivery within 3 miles. message me your postcode");
        say(15, "08:30", rfAsk, ines, "oh amazing, LS7! will message you");
        say(15, "08:40", rfAsk, nell, "@Colm Duffy and shampoo: same stuff, same concentration, it's just shipped in "
                + "20L drums instead of little bottles");
        say(15, "09:00", rfAsk, colm, "good to know, ta");
        say(16, "10:00", rfFloor, padraig, "big week for me: I got the keys to my unit on Monday and I've been in "
                + "there every night since. my brother-in-law is doing my shelving, my dad is doing my signage, and "
                + "I've ordered my first pallet of dry goods. my plan is to open on the 1st of November with a "
                + "launch day, and I'm doing my own website this weekend");
        say(16, "10:20", rfFloor, bryony, "so exciting!!");
        say(16, "10:30", rfFloor, padraig, "I still can't believe it's mine. I've wanted my own shop since I was "
                + "at uni and I've saved for four years. my wife thinks I'm mad, I probably am. my biggest worry is "
                + "my footfall because my street is quiet, but I've got my Instagram going and my first 200 "
                + "followers already");
        say(16, "10:40", rfFloor, sione, "the quiet street worry is real, but regulars make up for it");
        say(17, "09:00", rfFloor, padraig, "update on my shop: my shelves are up and my signage arrives Friday. I "
                + "did my first stock count last night and my scales are calibrated. I'm going to do my soft opening "
                + "for my neighbours first, then my proper launch. I'm so tired but I love it");
        say(17, "09:30", rfFloor, nell, "pace yourself!");
        say(17, "10:00", rfSuppliers, hamish, "price list, no changes this week: doyledrygoods.example/prices");
        say(18, "15:00", rfAsk, rachel, "went to a refill shop for the second time, brought my own jars, felt like "
                + "a pro 😄 thank you for the jar advice Sione");
        say(18, "15:10", rfAsk, sione, "love that Rachel!");
        say(19, "20:00", rfOff, bryony, "who's watching bake off");
        say(19, "20:05", rfOff, colm, "every week. that bread week was carnage");
    }

    private void comicShop() {
        // W38
        say(1, "10:00", ccNews, dev, "new this week: Saga vol 11, the Moebius Arzach reprint, and the Heat "
                + "expansion for Dune Imperium. pull-list folks, yours are bagged behind the counter");
        say(1, "12:00", ccPull, tariq, "can you add Monstress to my pull list please? from issue 56");
        say(1, "12:40", ccPull, suki, "added Tariq, from 56 👍");
        say(2, "18:00", ccGeneral, wilf, "finished Sandman again. still the best ending in comics, fight me");
        say(2, "18:05", ccGeneral, iona, "Watchmen, but I won't fight you, it's Tuesday");
        say(2, "18:10", ccGeneral, chloe, "both of you are wrong and it's Bone");
        say(3, "19:00", ccGames, barnaby, "Thursday: Root tournament, 4 tables, still 5 seats. reply here to grab one");
        say(3, "19:10", ccGames, chloe, "me!");
        say(3, "19:12", ccGames, tariq, "me + my brother");
        say(3, "19:20", ccGames, barnaby, "Chloe, Tariq x2: you're in");
        Post diceBag = say(4, "20:00", ccGeneral, tariq, "where do people get those big dice bags with the pockets?");
        Post ans11 = say(4, "20:15", ccGeneral, chloe, "I make them actually! chloemakes.example/dicebags. "
                + "there's also a "
                + "good pattern if you sew, search 'king's crown dice bag'");
        re(4, "20:20", tariq, ans11, "ooh, will look, thanks Chloe");
        say(5, "22:30", ccGames, chloe, "Root was chaos. the cats lost to the birds AGAIN");
        say(5, "22:35", ccGames, barnaby, "the Marquise never wins at this shop, it's cursed");
        say(6, "10:00", ccNews, dev, "Free Comic Book Day leftovers are on the table by the door, help yourselves");
        say(6, "11:00", ccPull, iona, "is the Moebius reprint worth it? it's £45 😬");
        say(6, "11:30", ccPull, dev, "big oversized hardcover, proper paper, and the colours are redone from the "
                + "originals. if you like Arzach at all, yes. I'll put one aside if you want");
        say(6, "11:35", ccPull, iona, "yes please, I'll get it next week");
        // W39: Jasper arrives with his zine
        joins(8, "17:00", ccGeneral, jasper);
        say(8, "17:05", ccGeneral, jasper, "hey! found this place through the shop's flyer. I draw a horror zine");
        say(8, "17:10", ccGeneral, wilf, "welcome. what kind of horror?");
        say(8, "17:20", ccGeneral, jasper, "folk horror mostly. haunted allotments, that sort of thing");
        Post horror = say(9, "19:00", ccGeneral, wilf, "can anyone recommend a good horror comic for October? "
                + "read all the Junji Ito already");
        say(9, "19:10", ccGeneral, jasper, "mine's folk horror, £4 an issue, three out: quillzine.example/shop. "
                + "otherwise Harrow County is great");
        Post ans12 = say(9, "19:20", ccGeneral, suki, "Harrow County yes, and Gideon Falls. we've got both in");
        re(9, "19:30", wilf, ans12, "Harrow County it is, and I'll try yours Jasper");
        say(10, "12:00", ccPull, barnaby, "heads up: I'm off from the 1st to the 19th, visiting family in Lagos. Dev "
                + "and Suki have the pull list");
        say(10, "13:00", ccGames, barnaby, "Thursday: open play, bring anything");
        say(11, "18:00", ccGeneral, jasper, "issue 4 of my zine is out!! the haunted allotment one, £4: "
                + "quillzine.example/shop");
        say(11, "18:30", ccGeneral, chloe, "the cover's great");
        say(12, "21:00", ccGames, iona, "who's up for a Spirit Island learn-to-play next week?");
        say(12, "21:10", ccGames, wilf, "me, I've been scared of it for a year");
        say(12, "21:12", ccGames, chloe, "it's less scary than it looks. I'll teach");
        say(13, "10:00", ccNews, dev, "new this week: Gideon Falls omnibus, and a restock of sleeves. Saturday we're "
                + "open till 8 for the Magic prerelease");
        say(13, "15:00", ccPull, iona, "picked up the Moebius, it's gorgeous. thank you Dev");
        say(13, "15:05", ccPull, dev, "enjoy! 🙌");
        // W40: Tariq waits; Barnaby is away; Jasper asks for follows
        say(15, "16:00", ccGames, jasper, "could you all follow my zine's insta? @quillzine, trying to hit 500 "
                + "before the con 🙏 quillzine.example/insta");
        say(16, "10:00", ccPull, iona, "@Barnaby Lowe did you put the Arzach postcard set aside for me? you said "
                + "you would at the till");
        say(16, "12:00", ccPull, suki, "@Iona Fraser Barnaby's away till the 19th, but yes, the postcards are in the "
                + "drawer with your name on");
        say(16, "12:10", ccPull, iona, "perfect, thank you Suki");
        say(16, "12:20", ccPull, suki, "I'm off tomorrow, back Thursday morning");
        say(16, "19:00", ccPull, tariq, "did Monstress 56 come in this week? haven't had the text");
        say(17, "11:00", ccNews, dev, "Spirit Island learn-to-play Thursday, Chloe's teaching. Halloween costume night "
                + "on the 31st, 10% off if you come dressed up");
        say(17, "11:30", ccGames, dev, "@Chloe Beaumont thanks for teaching Thursday, I'll leave the base game and "
                + "the Jagged Earth box out for you");
        say(17, "11:40", ccGames, chloe, "🙌 I'll be in at 6");
        say(17, "20:00", ccGeneral, dev, "anyone read the new Absolute Batman? customers keep asking me if it's good "
                + "and I haven't had time");
        say(17, "20:10", ccGeneral, wilf, "it's fun. very loud. good loud");
        say(18, "10:00", ccPull, suki, "@Tariq Aziz sorry, just saw this! Monstress 56 is delayed to next week, "
                + "the distributor shorted us");
        say(18, "10:30", ccPull, tariq, "ah ok, no worries, thanks");
        say(18, "22:00", ccGames, wilf, "Spirit Island: we lost, the island is gone, 10/10 would lose again");
        say(18, "22:05", ccGames, chloe, "you nearly had it on turn 7!");
        say(19, "13:00", ccGeneral, jasper, "no follows yet 😅 come on guys");
    }

    private void antiqueDealers() {
        // W38
        say(1, "09:00", anLounge, marisol, "morning. anyone else's unit at the centre freezing? the heating's off "
                + "again and my mahogany is weeping");
        say(1, "09:20", anLounge, edwin, "mine too. put a dehumidifier in, the clocks hate it");
        say(1, "09:25", anLounge, marisol, "ordering one today");
        Post teapot = say(2, "14:00", anWhat, kerry, "found this teapot in my gran's loft, brown with a blue band, "
                + "'Denby' on the bottom. anything?");
        Post ans13 = re(2, "14:30", marisol, teapot, "Denby stoneware, 1970s probably. lovely but common, £10-15 "
                + "at a fair. "
                + "worth more to you than to a dealer honestly");
        re(2, "14:40", kerry, ans13, "that's fine, I'll keep using it then 😄");
        say(3, "10:00", anSale, conrad, "in at the yard: 40 sqm of reclaimed parquet, oak, cleaned, £55/sqm. "
                + "pikereclamation.example/stock/parquet-88");
        say(3, "11:00", anFairs, philippa, "anyone doing Newark in October? looking to share a stall");
        say(3, "11:20", anFairs, edwin, "I'm doing it but I've got a full pitch already, sorry Philippa");
        say(3, "11:40", anFairs, marisol, "I might, let me check my dates");
        Post coin = say(4, "16:00", anWhat, stan, "metal box full of old coins from my uncle's shed. how do I tell if "
                + "any are worth anything?");
        Post ans14 = say(4, "16:30", anWhat, edwin, "look for silver first: British coins before 1947 have "
                + "silver in them, "
                + "before 1920 even more. weigh the pre-47 ones together, they go by weight unless rare");
        re(4, "16:45", stan, ans14, "thanks");
        say(5, "12:00", anLounge, philippa, "bought a job lot of Edwardian linen at auction. 3 boxes. one of them "
                + "smells of the sea, no idea why");
        say(5, "12:10", anLounge, conrad, "😂 smugglers");
        say(5, "12:15", anLounge, philippa, "soaking it in bicarb");
        say(6, "09:00", anFairs, marisol, "I can share Newark with you Philippa, half pitch each?");
        say(6, "09:20", anFairs, philippa, "yes! I'll DM you about the fee");
        // W39: Conrad's fireplace in three rooms; Hugo and the clock; Stan asks a lot
        joins(8, "12:00", anWhat, hugo);
        Post clock = say(8, "12:05", anWhat, hugo, "found this mantel clock in my late dad's garage, black slate "
                + "with a brass face, French maybe? worth anything?");
        Post ans15 = re(8, "12:40", edwin, clock, "sounds like a French slate clock, 1880-1900. if the movement "
                + "is stamped "
                + "(look for a round stamp on the back plate) it's likely Japy Frères or similar. working, £80-150; "
                + "not working, £30-50. if you want shot of it I'd give you £40 as it stands");
        re(8, "13:00", hugo, ans15, "thanks, there's a stamp with a medal on it. think I'll keep it and get it going");
        say(8, "13:10", anWhat, edwin, "good call, it's a nice one. any clock repairer will service it for ~£90");
        say(9, "10:00", anSale, conrad, "reclaimed Victorian fireplace, cast iron with the tiles, £450. pics: "
                + "pikereclamation.example/stock/fireplace-112");
        say(9, "10:20", anLounge, conrad, "anyone know someone after a Victorian fireplace? "
                + "pikereclamation.example/stock/fireplace-112");
        say(9, "10:40", anFairs, conrad, "bringing this to Newark if it doesn't sell first: "
                + "pikereclamation.example/stock/fireplace-112");
        Post medal = say(9, "18:00", anWhat, stan, "another one from the uncle's shed: a medal with a ribbon, "
                + "'The Great War for Civilisation' on the back");
        Post ans16 = say(9, "18:30", anWhat, edwin, "WW1 Victory Medal. check the rim for a name and number, you "
                + "can trace "
                + "your uncle's relative through the National Archives with it");
        re(9, "18:40", stan, ans16, "ok thanks");
        Post cliff = say(10, "11:00", anWhat, ada, "is this a real Clarice Cliff? orange and yellow triangles, "
                + "'Bizarre' stamp underneath but it looks very bright");
        Post ans17 = re(10, "11:30", marisol, cliff, "the bright colours are right for Bizarre. fakes usually "
                + "have a blurry stamp "
                + "and a glaze that's too glassy, and the base feels smooth: the real ones are slightly gritty. "
                + "bring it to the racecourse fair Sunday if you can, I'm on stall 40 and happy to look at it in hand");
        re(10, "11:45", ada, ans17, "gritty base! might see you Sunday");
        say(11, "15:00", anWhat, kerry, "are these beads jet? black, light, my nan wore them to every funeral");
        say(11, "15:30", anWhat, stan, "my nan had those too. if they're warm to the touch and light they're more "
                + "likely jet, if they're cold and heavy they're glass (french jet). bakelite smells if you rub it");
        say(11, "15:40", anWhat, kerry, "warm and light! ty Stan");
        Post stamp = say(12, "19:00", anWhat, stan, "last one I promise, a stamp album, mostly Queen Victoria heads");
        Post ans18 = say(12, "19:20", anWhat, conrad, "penny reds are common, pennies each. look for a penny "
                + "black or anything "
                + "with a plate number that's not 'red'. the album itself might be worth a tenner");
        re(12, "19:30", stan, ans18, "thanks");
        Post warmer = say(13, "17:00", anWhat, stan, "ok one more. long brass pan with a lid full of holes and a "
                + "wooden handle. looks medieval");
        Post ans19 = say(13, "17:30", anWhat, marisol, "it's a bed warming pan, they filled it with coals. "
                + "Georgian to Victorian, "
                + "£20-40, more if the lid's engraved");
        re(13, "17:40", stan, ans19, "thanks");
        say(14, "18:00", anFairs, marisol, "good fair today, sold the mahogany bureau at last");
        say(14, "18:10", anFairs, edwin, "well done, that bureau had been with you a year");
        // W40: Conrad only lists; Philippa in the lounge while Kerry's linen question waits
        say(15, "08:00", anSale, conrad, "in: pair of reclaimed church pews, pine, 2.4m, £320 the pair. "
                + "pikereclamation.example/stock/pews-09");
        say(15, "09:00", anLounge, conrad, "yard shut Tuesday, stocktake");
        Post linen = say(16, "10:00", anWhat, kerry, "how do I get yellow stains out of an old linen tablecloth "
                + "without wrecking it? it's embroidered");
        say(16, "08:00", anSale, conrad, "in: Belfast sink, 600mm, no chips, £140. "
                + "pikereclamation.example/stock/belfast-41");
        say(16, "11:00", anLounge, philippa, "Newark stall fee paid Marisol, we're pitch C14");
        say(16, "11:10", anLounge, marisol, "C14 🙌");
        say(17, "08:00", anSale, conrad, "in: 200 reclaimed London yellow stocks, £1.10 each. "
                + "pikereclamation.example/stock/bricks-77");
        say(17, "14:00", anLounge, philippa, "the sea-smell linen came out beautifully, bicarb and sunshine");
        say(17, "14:10", anLounge, edwin, "sunshine, the dealer's best friend");
        say(18, "08:00", anSale, conrad, "in: cast iron radiators, 6 of them, £90 each. "
                + "pikereclamation.example/stock/rads-15");
        say(18, "12:00", anLounge, philippa, "anyone know a good dry cleaner for a beaded 1920s dress?");
        say(18, "12:30", anLounge, marisol, "don't dry clean it. gentle hand wash, flat to dry. the beads are glued");
        say(18, "12:40", anLounge, philippa, "good tip, thanks");
        say(19, "08:00", anSale, conrad, "in: oak doors, four-panel, 5 of them, £75 each. "
                + "pikereclamation.example/stock/doors-30");
        say(19, "09:00", anLounge, conrad, "anyone got a van spare Saturday? mine's in for MOT");
        say(19, "12:00", anSale, conrad, "in: Victorian floor tiles, 8 sqm, £60/sqm. "
                + "pikereclamation.example/stock/tiles-52");
        say(20, "08:00", anSale, conrad, "in: garden roller, cast iron, £60. pikereclamation.example/stock/roller-3");
        say(20, "09:00", anLounge, philippa, "Newark in 2 weeks, I'm panicking about stock");
        say(20, "09:10", anLounge, marisol, "you've got three boxes of Edwardian linen, you're fine 😄");
        say(20, "09:15", anLounge, philippa, "fair");
        say(21, "08:00", anSale, conrad, "in: reclaimed scaffold boards, 3m, £12 each. "
                + "pikereclamation.example/stock/boards-60");
    }

    private void petShops() {
        // W38
        say(1, "08:30", ptBack, gwen, "morning. sold out of Timothy hay by 10 on Saturday, the rabbit people are "
                + "stockpiling for winter already");
        say(1, "08:45", ptBack, tilly, "same. my supplier's on a 2 week wait");
        Post rabbit = say(1, "19:00", ptAsk, jade, "my rabbit's stopped eating her pellets but still eats hay and "
                + "greens. worry or not?");
        Post ans20 = say(1, "19:30", ptAsk, ravi, "if she's still eating hay and pooping normally it's usually "
                + "just fussiness, "
                + "lots of rabbits go off pellets. if the hay stops or the poops get small, vet the same day, "
                + "that's an emergency with rabbits");
        re(1, "19:40", jade, ans20, "poops are normal! thank you, will watch her");
        say(2, "10:00", ptStockists, dominic, "PawPure autumn range is out: duck and pumpkin, venison. trade "
                + "samples for stockists on request");
        say(2, "10:30", ptStockists, tilly, "could I get a venison sample Dom?");
        say(2, "10:35", ptStockists, dominic, "posting it today Tilly");
        Post catFlap = say(3, "17:00", ptAsk, martin, "what's the best microchip cat flap that doesn't need a "
                + "degree to set up?");
        Post ans21 = say(3, "17:20", ptAsk, tilly, "the SureFlap basic one. 2 buttons, hold the red one, let the "
                + "cat walk "
                + "through, done. we sell a lot and nobody's brought one back");
        re(3, "17:30", martin, ans21, "sold, thanks Tilly");
        say(4, "12:00", ptYard, sofia, "my cat has decided the shop bag is her new bed 🐈");
        say(4, "12:05", ptYard, brenda, "they always prefer the bag to the bed you bought them");
        Post fishAsk = say(5, "18:00", ptAsk, brenda, "my grandson wants a goldfish for his birthday. bowl ok or "
                + "does it need a tank?");
        Post ans22 = say(5, "18:15", ptAsk, ravi, "tank please, at least 60 litres for one goldfish and a "
                + "filter. bowls are "
                + "cruel for them honestly, they grow big. set it up two weeks before the fish comes");
        re(5, "18:25", brenda, ans22, "two weeks, good to know, thank you Ravi");
        say(6, "16:00", ptBack, gwen, "had a lovely lady bring in dog biscuits she bakes. they smelt better than "
                + "my lunch");
        say(6, "16:10", ptBack, tilly, "the pumpkin ones? I've had her in too");
        // W39: Ravi takes in the back room and gives in the ask room; Gwen answers with a thumbs-up
        Post inspection = say(8, "09:00", ptBack, ravi, "anyone dealt with a council inspection for a pet shop "
                + "licence? mine's next week and I've never done one");
        Post ans23 = say(8, "09:30", ptBack, gwen, "they check the animal records, the temperature logs and the "
                + "isolation "
                + "tank. have your care sheets printed out for every species. they were nice to me");
        re(8, "09:35", ravi, ans23, "thanks Gwen");
        say(8, "18:00", ptAsk, ravi, "@Jade Kowalski how's your rabbit doing with the pellets?");
        say(8, "18:30", ptAsk, jade, "fine! she eats them again if I mix in some dried herbs");
        Post refund = say(10, "11:00", ptBack, ravi, "how do you all handle someone wanting a refund on an opened "
                + "bag of food because the dog won't eat it?");
        Post ans24 = say(10, "11:20", ptBack, tilly, "I swap it once for a different flavour, never cash. put a "
                + "sign up");
        re(10, "11:25", ravi, ans24, "ta");
        Post hamster = say(10, "19:00", ptAsk, sofia, "hamster keeps biting the bars all night. bored?");
        Post ans25 = say(10, "19:20", ptAsk, ravi, "almost always a cage that's too small. they need 100cm x "
                + "50cm floor at "
                + "least and deep bedding to dig. bar biting stops when they can burrow");
        re(10, "19:30", sofia, ans25, "ugh she's in a tiny one. upgrading, thank you");
        Post sunday = say(11, "12:00", ptAsk, sofia, "@Gwen Probert are you open Sunday this week? need cat litter");
        sunday.react("👍", gwen);
        say(11, "12:30", ptYard, jade, "my rabbit just did a binky off the sofa ?");
        say(11, "12:35", ptYard, sofia, "a what 😂");
        say(11, "12:40", ptYard, jade, "a happy jump. she's fine lol, I just don't know what else to say about it");
        Post insurance = say(12, "09:00", ptBack, ravi, "what insurance do you have for small animals in the shop? "
                + "my broker's quoting silly money");
        Post ans26 = say(12, "09:20", ptBack, gwen, "I'm with the pet trade association's scheme, about half "
                + "what a normal "
                + "broker wanted");
        re(12, "09:25", ravi, ans26, "thanks");
        say(12, "17:00", ptAsk, martin, "the cat flap works, my cat hates it, but it works");
        say(12, "17:10", ptAsk, ravi, "give her a week. prop it open with tape at first so she learns it's a door");
        say(13, "10:00", ptStockists, dominic, "PawPure price rise from November, 4%. order before then to lock in");
        say(13, "10:10", ptStockists, gwen, "thanks for the heads up");
        // W40: Luca arrives and Dominic pitches him by DM; Brenda asks the shops to stock her biscuits
        joins(16, "09:00", ptBack, luca);
        say(16, "09:10", ptBack, luca, "hi everyone, Luca, just bought a small pet shop in Derby from a man who's "
                + "retiring. no idea what I'm doing yet, here to learn");
        say(16, "09:20", ptBack, gwen, "welcome Luca! the inspection's the scary bit, ask Ravi, he just did his");
        say(16, "09:30", ptBack, ravi, "passed it yesterday! happy to go through the checklist with you Luca");
        say(16, "09:40", ptBack, luca, "that would be amazing, thank you");
        at(16, "10:05").in(ptDm).say(dominic, "hi Luca, Dom from PawPure. welcome to the trade! we do 15% off a "
                + "first order for new stockists, want to grab 15 minutes this week? book here: "
                + "pawpure.example/book-a-call");
        at(16, "13:00").in(ptDm).say(luca, "cheers, still getting the shop fitted, maybe in a month or two");
        say(17, "14:00", ptAsk, brenda, "slightly cheeky one for the shop owners here: I bake dog biscuits "
                + "(registered with the council), would any of you stock them? trade price £2.10 a bag, list: "
                + "brendasbakes.example/trade");
        say(17, "14:30", ptAsk, gwen, "Brenda it's you! yes, I'll take a box to try, drop them in Friday");
        say(17, "14:40", ptAsk, brenda, "wonderful, Friday it is");
        say(18, "11:00", ptBack, tilly, "Luca, the best thing I did my first year was a loyalty card for food. "
                + "people come back for the stamp");
        say(18, "11:20", ptBack, luca, "good idea, noting it down");
        Post puppy = say(19, "18:00", ptAsk, jade, "friend's getting a puppy, what food should she start on?");
        Post ans27 = say(19, "18:20", ptAsk, tilly, "whatever the breeder had it on, for the first two weeks at "
                + "least. then "
                + "change slowly over 10 days if she wants something else");
        re(19, "18:30", jade, ans27, "👍 passing it on");
        say(20, "10:00", ptYard, sofia, "bought the bigger hamster cage, she's not bitten a bar since 🐹");
        say(20, "10:10", ptYard, ravi, "🙌 told you");
    }

    private void cornerShops() {
        // W38
        say(1, "06:10", coCounter, harjit, "papers late again. 6am delivery my foot, van turned up 5:55 yesterday "
                + "and 6:40 today");
        say(1, "06:15", coCounter, moira, "same here in Dundee, the Record didn't come at all");
        say(1, "06:20", coCounter, femi, "the new driver goes round the industrial estate first I think");
        say(2, "14:00", coRounds, femi, "one of my paper lads quit by text at 5am. 5am!");
        say(2, "14:10", coRounds, carys, "at least he texted. mine just stopped turning up, found out when Mrs "
                + "Evans rang to say she'd had no Western Mail for a week");
        say(2, "14:12", coRounds, femi, "😂 the Mrs Evanses of this world keep us honest");
        say(3, "20:00", coAfter, yusuf, "anyone going to the cash and carry trade day on the 4th? free bacon rolls");
        say(3, "20:10", coAfter, harjit, "for bacon rolls I'll go anywhere");
        say(4, "11:00", coKit, carys, "shelving: anyone got a supplier for the slim wire racks for crisps? the old "
                + "ones are bending");
        say(4, "11:30", coKit, yusuf, "the cash and carry does them now, £34 a rack, not bad");
        say(4, "11:35", coKit, carys, "cheaper than I thought, ta Yusuf");
        say(5, "09:00", coCounter, karl, "morning all. anyone else's Lottery terminal doing the update loop today?");
        say(5, "09:20", coCounter, moira, "yes! switched it off and on 3 times");
        say(5, "09:25", coCounter, karl, "ring the helpline and ask for a remote reset, takes 5 min. they only do "
                + "it if you ask");
        say(5, "09:40", coCounter, moira, "worked, you're a star");
        say(6, "17:00", coAfter, carys, "my Saturday girl has started calling the shop 'the office'. she's 15");
        say(6, "17:05", coAfter, yusuf, "corporate already 😂");
        // W39: Karl's referral code; Moira leaves Femi's question
        Post terminal = say(8, "08:00", coKit, harjit, "can anyone recommend a card machine with lower fees? "
                + "paying 1.75% plus 20p and it's killing me on the small stuff");
        re(8, "08:30", karl, terminal, "I resell Tillo terminals, 1.2% flat and no per-transaction fee, which is "
                + "where you're losing it on the 80p Freddos. use my code CORNER20 for 20% off the first year: "
                + "tillo.example/corner");
        Post ans28 = say(8, "08:40", coKit, femi, "I'm on Tillo, it's been fine. the fee statement is easier to "
                + "read too");
        re(8, "09:00", harjit, ans28, "ta both, will look at the numbers tonight");
        Post payRound = say(9, "15:00", coRounds, femi, "@Moira Quigley what do you pay your paper lads per round? "
                + "trying to work out if I'm the stingy one");
        say(10, "06:30", coCounter, moira, "Record came today. miracles");
        say(10, "10:00", coCounter, karl, "reminder: CORNER20 gets you 20% off Tillo terminals till Friday "
                + "tillo.example/corner");
        say(10, "13:00", coCounter, harjit, "council want to take the parking bays outside mine for a bike lane");
        say(10, "13:05", coCounter, carys, "noooo, that'll kill your evening trade");
        say(10, "13:10", coCounter, moira, "they did it here, lost a third of the evening trade");
        say(10, "13:12", coCounter, femi, "did anyone fight it?");
        say(10, "13:15", coCounter, harjit, "there's a consultation, I'm filling it in tonight");
        say(10, "13:20", coCounter, moira, "put the numbers in, they listen to numbers");
        say(11, "07:00", coCounter, moira, "Dundee's shut the big Tesco Express round the corner from me, "
                + "busiest week in years");
        say(11, "07:05", coCounter, yusuf, "enjoy it while it lasts!");
        say(11, "20:00", coAfter, karl, "who's watching the darts");
        say(11, "20:05", coAfter, yusuf, "Littler again 🔥");
        say(12, "21:00", coAfter, karl, "last day for CORNER20 lads 👀 tillo.example/corner");
        Post ans29 = say(13, "10:00", coRounds, carys, "@Femi Adebayo not Moira but I pay £12 a round for 7 days "
                + "a week, £2 "
                + "extra on Sundays for the supplements");
        re(13, "10:10", femi, ans29, "thanks Carys, I'm on £10, feeling stingy now");
        // W40: Yusuf's crisp order; the reminder Femi asked for
        say(15, "09:00", coKit, yusuf, "crisps group order from the cash and carry, 12% off if we hit 40 cases "
                + "between us. sheet: forms.example/sheet/crisp-order");
        say(15, "09:20", coKit, femi, "remind us nearer thursday Yusuf, I'll forget");
        say(15, "09:25", coKit, harjit, "I'm in for 6");
        say(16, "13:00", coCounter, harjit, "consultation done. put in my takings for the evenings, 38% of the day "
                + "after 5pm");
        say(16, "13:10", coCounter, moira, "that'll make them think");
        say(17, "09:00", coKit, yusuf, "reminder as asked: crisp order closes Thursday 6pm, 31 of 40 cases so far. "
                + "sheet: forms.example/sheet/crisp-order");
        say(17, "09:30", coKit, femi, "ta, in for 4");
        say(18, "12:00", coKit, yusuf, "crisp order closes tonight at 6, 37 of 40 cases: "
                + "forms.example/sheet/crisp-order");
        say(18, "12:10", coKit, carys, "I'll take the last 3");
        say(18, "12:20", coKit, yusuf, "40! thank you all, 12% off it is");
        say(19, "06:30", coCounter, femi, "papers on time three days running. who did this");
        say(19, "06:40", coCounter, harjit, "don't say it out loud, you'll jinx it");
        say(20, "18:00", coAfter, carys, "my Saturday girl has now asked for 'a performance review'");
        say(20, "18:05", coAfter, moira, "give her a gold star and a Freddo");
    }

    private void bridalBoutiques() {
        // W38
        say(1, "10:00", brTalk, annabel, "Monday debrief: 9 appointments Saturday, 2 said yes to the dress, 1 "
                + "mother of the bride fainted. normal weekend");
        say(1, "10:10", brTalk, precious, "fainted?!");
        say(1, "10:15", brTalk, annabel, "it was hot and she'd skipped breakfast. she's fine, she bought a veil");
        Post veil = say(2, "19:00", brAsk, lauren, "cathedral veil or chapel length for a small registry office? "
                + "don't want to look like I'm trying too hard");
        Post veilAns = say(2, "19:30", brAsk, precious, "chapel or even fingertip for a registry office, a "
                + "cathedral veil needs an aisle to make sense. take photos of the room to your fitting, it helps");
        re(2, "19:40", lauren, veilAns, "fingertip it is, thank you!");
        say(3, "11:00", brSamples, hollie, "I've got space for 6 more alteration jobs before Christmas, the usual "
                + "boutiques first");
        say(3, "11:20", brSamples, annabel, "I'll send you two this week Hollie");
        say(3, "11:30", brSamples, yvette, "one from me, a bustle");
        say(3, "11:35", brSamples, hollie, "perfect, drop them Thursday");
        Post budget = say(4, "20:00", brAsk, priyanka, "is it rude to tell the boutique my budget straight away? "
                + "scared they'll only show me the cheap rail");
        say(4, "20:20", brAsk, yvette, "please tell us! we'd rather show you things you can actually have than "
                + "make you fall for a £3k dress. nobody good treats a budget as a rail");
        Post budgetThanks = say(4, "20:25", brAsk, annabel, "agree with Yvette, and say your top number, not your "
                + "hoped-for number");
        re(4, "20:40", priyanka, budgetThanks, "ok, saying it at the door. thank you both");
        say(5, "09:00", brTalk, yvette, "designer's autumn samples arrived with two torn hems. again");
        say(5, "09:10", brTalk, hollie, "send me pics, I can fix those in an hour each");
        say(6, "21:00", brLounge, lauren, "my mum just cried at a shoe shop. shoes. not even the dress");
        say(6, "21:05", brLounge, priyanka, "that's the best thing I've heard all week 😂");
        // W39: Zoe arrives; Yvette's sample sale; Megan waits for Precious
        joins(9, "18:00", brAsk, zoe);
        Post bristol = say(9, "18:05", brAsk, zoe, "hi! any budget friendly bridal shops in Bristol? under £800 "
                + "ideally");
        Post sale = re(9, "18:20", yvette, bristol, "we're in Bristol! sample sale on Saturday 29th, designer "
                + "dresses from "
                + "£300, book a slot: yvettebridal.example/sample-sale");
        re(9, "18:30", zoe, sale, "oh perfect timing");
        say(9, "18:40", brAsk, priyanka, "also look at the second-hand bridal pages, I nearly bought one for £250");
        Post fitting = say(10, "18:00", brAsk, megan, "@Precious Mensah hi! it's Megan, I bought my dress from you in "
                + "June. is my second fitting still the 4th? haven't had the email");
        say(11, "09:00", brTalk, precious, "anyone using a booking system they actually like? my diary is chaos");
        say(11, "09:20", brTalk, annabel, "Fresha. takes deposits too");
        say(11, "09:25", brTalk, precious, "deposits! that would fix my no-shows");
        say(11, "12:00", brAsk, yvette, "sample sale this Saturday, dresses from £300, slots left: "
                + "yvettebridal.example/sample-sale");
        say(11, "19:00", brSamples, hollie, "bustle done Yvette, collect whenever");
        say(11, "19:10", brSamples, yvette, "you're a wonder");
        say(12, "10:00", brTalk, precious, "set up Fresha last night. first deposit came in already");
        say(12, "10:10", brTalk, hollie, "the future!");
        say(12, "16:00", brAsk, megan, "sorry to chase, just need to know if I should book the day off on the 4th?");
        say(12, "18:00", brAsk, yvette, "last few slots for tomorrow's sample sale! yvettebridal.example/sample-sale");
        say(13, "15:00", brAsk, precious, "@Megan Tully so sorry Megan, the diary's been a mess. yes, the 4th at "
                + "11, book the day off. email coming today");
        say(13, "15:10", brAsk, megan, "phew, thank you!");
        say(14, "19:00", brAsk, zoe, "went to Yvette's sample sale and found THE dress. £420 😭");
        say(14, "19:05", brAsk, lauren, "congratulations!!!");
        // W40: Annabel's trunk show in three rooms, the first riding on an answer
        Post shoes = say(15, "10:00", brAsk, lauren, "block heel or flats for a registry office with a garden bit? "
                + "grass");
        re(15, "10:30", annabel, shoes, "block heel, or flats with a heel in your bag for the photos. stilettos "
                + "sink in grass. btw we've got a trunk show on the 27th with the new Eliza Jane collection, "
                + "accessories too: frostbridal.example/trunk-show");
        say(15, "10:50", brTalk, annabel, "our trunk show is on the 27th, come and see the new collection: "
                + "frostbridal.example/trunk-show");
        say(15, "11:10", brLounge, annabel, "trunk show RSVPs open! frostbridal.example/trunk-show");
        say(15, "11:30", brAsk, lauren, "block heel it is, ta Annabel");
        say(16, "14:00", brSamples, hollie, "I'm booked up to Christmas now, thank you all. waiting list from here");
        say(16, "14:10", brSamples, precious, "deserved");
        say(17, "10:00", brTalk, yvette, "sample sale did £6k. never again on a rugby international day though, "
                + "the traffic was horrendous");
        say(17, "10:10", brTalk, annabel, "6k!! well done");
        say(18, "11:00", brAsk, megan, "second fitting done, it fits like a dream. thank you Precious 🥹");
        say(18, "11:20", brAsk, precious, "you looked amazing Megan!");
        say(19, "20:00", brLounge, priyanka, "is it normal to dream about your dress not zipping up. asking for me");
        say(19, "20:05", brLounge, zoe, "every night 😂");
        say(19, "20:10", brLounge, lauren, "same, mine was made of bin bags in the dream");
    }

    private void fishmongers() {
        // W38
        say(1, "07:00", fiSlab, ewan, "mackerel's running off the harbour wall, had three boats in with it this "
                + "morning. cheap as chips this week");
        say(1, "07:20", fiSlab, mei, "jealous, nothing but farmed bass at Billingsgate");
        say(1, "07:25", fiSlab, ade, "London prices 😩");
        Post sardine = say(2, "18:00", fiAsk, paula, "how do you know if a fish is fresh at the counter? I never "
                + "know what I'm looking at");
        Post sardineAns = say(2, "18:20", fiAsk, mei, "bright clear eyes, red gills, shiny skin, and it should smell "
                + "of the sea, not of fish. press it: the flesh should spring back");
        re(2, "18:30", paula, sardineAns, "smell of the sea not of fish! love that, thank you");
        say(3, "06:30", fiBoats, bronagh, "Brixham this morning: hake £6.20, monk £11.50, plaice £3.10, squid £7.80 "
                + "(per kg): fishprices.example/brixham");
        say(3, "06:50", fiBoats, ewan, "squid's cheap, grabbing some");
        say(4, "14:00", fiSlab, ade, "anyone else had the council in about the ice? they want it changed every 4 hours "
                + "now");
        say(4, "14:20", fiSlab, bronagh, "we did, they want a log sheet by the slab. we use a laminated one with "
                + "a wipe pen");
        say(4, "14:25", fiSlab, ade, "laminated, genius");
        Post turbotFirst = say(5, "19:00", fiAsk, saul, "cooking for my in-laws' anniversary, is turbot worth the "
                + "money or is it just posh?");
        Post turbotAns = say(5, "19:30", fiAsk, ewan, "it's worth it once. firm, sweet, and you can roast it whole "
                + "on the bone, which looks like a feast. brill is nearly as good for half the price");
        re(5, "19:40", saul, turbotAns, "will think on it, ta");
        say(6, "21:00", fiGalley, mei, "made my own fish and chips tonight, the batter was a disaster");
        say(6, "21:05", fiGalley, bronagh, "sparkling water, ice cold, and don't overmix. lumps are good");
        say(6, "21:10", fiGalley, mei, "lumps are good, noted");
        // W39: Ewan away; Kofi arrives; Ade's course
        say(8, "05:30", fiSlab, ewan, "off to Peterhead for the auction till Thursday, no signal on the boats. Mei "
                + "has the keys if anyone needs the trailer");
        joins(8, "12:00", fiAsk, kofi);
        Post video = say(9, "19:00", fiAsk, kofi, "anyone know a good video for filleting mackerel? the youtube ones "
                + "all use pro knives I don't have");
        re(9, "19:30", ade, video, "short version: knife behind the head down to the bone, turn it flat and run "
                + "along the backbone to the tail, then trim the belly. a normal sharp kitchen knife is fine. if you "
                + "want it on video, my beginners' filleting course is £15 online: adeogunfish.example/course");
        say(9, "19:40", fiAsk, mei, "and freeze the mackerel for 20 min first, it firms up and is much easier");
        say(9, "19:50", fiAsk, kofi, "20 min in the freezer, brilliant. thanks both");
        Post turbot = say(9, "20:00", fiAsk, saul, "@Ewan Ritchie decided on the turbot for the 6th! can you do me "
                + "a whole one for 6 people, and roughly how much?");
        say(10, "06:30", fiBoats, bronagh, "Brixham: hake £6.40, monk £12.00, dover sole £24, cuttle £5.10 (per "
                + "kg): fishprices.example/brixham");
        say(10, "06:45", fiBoats, ade, "dover sole 24 😬");
        Post meme = say(10, "18:00", fiAsk, paula, "me: buys a whole sea bass to be fancy. also me: has no idea how to "
                + "scale it. help??");
        say(10, "18:15", fiAsk, mei, "back of a knife from tail to head, inside a plastic bag so the scales don't "
                + "go everywhere. or ask the fishmonger to do it, we always will, for free");
        say(10, "18:20", fiAsk, paula, "plastic bag trick 🙌");
        say(11, "17:00", fiAsk, ewan, "@Saul Greenberg sorry Saul, back from Peterhead now. yes, a 3kg turbot does "
                + "6, about £28/kg so £80-85. I'll have one for you Friday the 5th");
        say(11, "17:10", fiAsk, saul, "perfect, I'll come in Friday");
        say(11, "17:30", fiSlab, ewan, "Peterhead was heaving. haddock's going up, stock up if you can");
        say(12, "08:00", fiSlab, mei, "thanks for the heads up on the haddock");
        say(13, "12:00", fiGalley, kofi, "filleted my first mackerel!! it's ugly but it's fillets");
        say(13, "12:10", fiGalley, ade, "ugly fillets taste the same 😄 well done");
        // W40: Bronagh's daily prices; the room reads them
        say(15, "06:30", fiBoats, bronagh, "Brixham: hake £6.10, monk £11.80, plaice £3.00, gurnard £2.20 "
                + "(per kg): fishprices.example/brixham");
        say(15, "06:40", fiBoats, mei, "gurnard at 2.20, taking a box for the specials board");
        say(16, "06:30", fiBoats, bronagh, "Brixham: hake £6.00, monk £11.60, squid £8.10, mackerel £1.90 (per "
                + "kg): fishprices.example/brixham");
        say(16, "06:50", fiBoats, ade, "cheers B, the mackerel's finally dropping");
        say(16, "07:00", fiBoats, bronagh, "the shoals came in close, it'll stay cheap till the weather turns");
        say(17, "06:30", fiBoats, bronagh, "Brixham: hake £6.30, monk £12.20, lemon sole £9.50, crab £3.40 (per "
                + "kg): fishprices.example/brixham");
        say(18, "06:30", fiBoats, bronagh, "Brixham: hake £6.50, monk £12.00, plaice £3.20, scallops £14 (per kg): "
                + "fishprices.example/brixham");
        say(18, "06:40", fiBoats, ewan, "scallops are early this year");
        say(18, "06:45", fiBoats, bronagh, "the Cornish boats started on Monday, they're small but sweet");
        say(19, "06:30", fiBoats, bronagh, "Brixham: hake £6.40, monk £11.90, squid £7.60, bass £13 (per kg): "
                + "fishprices.example/brixham");
        say(19, "14:00", fiAsk, saul, "picked up the turbot from Ewan this morning, it's a monster. any tips for "
                + "roasting it whole?");
        say(19, "14:30", fiAsk, bronagh, "score the skin, butter and lemon, 200C for 25-30 min for a 3kg fish. "
                + "it's done when the flesh comes off the bone at the thickest bit");
        say(19, "14:40", fiAsk, saul, "ta Bronagh!");
        say(20, "06:30", fiBoats, bronagh, "Brixham: hake £6.20, monk £11.70, dover sole £22, cuttle £5.00 (per kg): "
                + "fishprices.example/brixham");
        say(20, "07:00", fiGalley, bronagh, "no auction tomorrow, so no prices, I'm having a lie-in");
        say(21, "20:00", fiAsk, saul, "the turbot was the hit of the anniversary. in-laws impressed for once. thank "
                + "you Ewan and Bronagh 🙏");
        say(21, "20:10", fiAsk, ewan, "good man Saul!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes81Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 81");
    }
}
