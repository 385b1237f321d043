package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 58 (sealed): eight communities (dry-stone wallers and hedge layers with a room where landowners ask
 * and a work board, urban sketchers where nobody sells, an escape-room venue's own server with its Staff, a scuba
 * club with introductions and a kit-for-sale room, celebration-cake makers with an order-enquiries room, wild-food
 * foragers with a guide who runs paid walks, jam and chutney makers who sell at markets, puppeteers and puppet
 * makers), over three ISO weeks (2027-W47 to W49), written and labelled by writer58 (session 37) before any coach ran
 * on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-58.csv}. Run {@link #main} from the
 * project root to write the export again.
 */
final class HeldOutScenes58Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 11, 22);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2027, 12, 13, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-58";

    // --- A. dry-stone wallers and hedge layers ---
    private final String stone = cast.guild(851);
    private final Channel dsYard = cast.channel(stone, "Coursed and Laid", "the-yard",
            "shop talk for wallers and hedgers: stone, rates, weather, moans", "ds-the-yard.json");
    private final Channel dsAsk = cast.channel(stone, "Coursed and Laid", "ask-the-craft",
            "landowners, farmers and householders: ask about walls, gaps, hedges and costs", "ds-ask-the-craft.json");
    private final Channel dsBoard = cast.channel(stone, "Coursed and Laid", "work-board",
            "wallers and hedgers: post your availability and quotes here", "ds-work-board.json");
    private final Channel dsMatches = cast.channel(stone, "Coursed and Laid", "matches-and-comps",
            "hedgelaying matches and walling competitions", "ds-matches-and-comps.json");
    private final Persona bryn = cast.person("bryn.gwilym", "Bryn Gwilym");
    private final Persona ailsa = cast.person("ailsa.mac", "Ailsa Macrae");
    private final Persona tobias = cast.person("tobias.lind", "Tobias Lindgren");
    private final Persona oksana = cast.person("oksana.p", "Oksana Petrenko");
    private final Persona graham = cast.person("graham.pid", "Graham Pidcock");
    private final Persona nia = cast.person("nia.okafor", "Nia Okafor");
    private final Persona ruth = cast.person("ruth.ash", "Ruth Ashworth");
    private final Persona faisal = cast.person("faisal.q", "Faisal Qureshi");

    // --- B. urban sketchers (nobody sells) ---
    private final String sketch = cast.guild(852);
    private final Channel skChat = cast.channel(sketch, "Saltmarsh Urban Sketchers", "sketch-chat",
            "anything and everything", "sk-sketch-chat.json");
    private final Channel skSpot = cast.channel(sketch, "Saltmarsh Urban Sketchers", "this-weeks-spot",
            "where we meet on Saturday, posted by the organisers", "sk-this-weeks-spot.json");
    private final Channel skPages = cast.channel(sketch, "Saltmarsh Urban Sketchers", "pages-of-the-week",
            "your own pages from the week, one post per page", "sk-pages-of-the-week.json");
    private final Channel skKit = cast.channel(sketch, "Saltmarsh Urban Sketchers", "pens-paper-paint",
            "questions about materials and technique", "sk-pens-paper-paint.json");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wrobel");
    private final Persona leilani = cast.person("leilani.k", "Leilani Kahale");
    private final Persona marguerite = cast.person("marguerite.d", "Marguerite Dubois");
    private final Persona hamid = cast.person("hamid.r", "Hamid Rahimi");
    private final Persona chloe = cast.person("chloe.bren", "Chloe Brennan");
    private final Persona joaquin = cast.person("joaquin.o", "Joaquin Ortega");
    private final Persona beatrix = cast.person("bea.lund", "Beatrix Lund");

    // --- C. an escape-room venue's own server ---
    private final String lock = cast.guild(853);
    private final Role lockStaff = cast.role("Staff", "#e67e22", 3);
    private final Channel erLobby = cast.channel(lock, "Lockstep Rooms", "lobby",
            "chat with other players and the team", "er-lobby.json");
    private final Channel erBook = cast.channel(lock, "Lockstep Rooms", "bookings-help",
            "questions about bookings, vouchers and group hire: ask the team", "er-bookings-help.json");
    private final Channel erBoard = cast.channel(lock, "Lockstep Rooms", "leaderboard",
            "post your team's escape time", "er-leaderboard.json");
    private final Channel erNew = cast.channel(lock, "Lockstep Rooms", "new-rooms",
            "news of rooms opening and closing", "er-new-rooms.json");
    private final Persona ravi = cast.person("ravi.menon", "Ravi Menon", lockStaff);
    private final Persona delphine = cast.person("delphine.m", "Delphine Moreau", lockStaff);
    private final Persona kasper = cast.person("kasper.ny", "Kasper Nygaard", lockStaff);
    private final Persona yasmin = cast.person("yasmin.f", "Yasmin Farah");
    private final Persona owen = cast.person("owen.gall", "Owen Gallagher");
    private final Persona meiLin = cast.person("meilin.t", "Mei Lin Tan");
    private final Persona anouk = cast.person("anouk.dv", "Anouk de Vries");
    private final Persona sipho = cast.person("sipho.n", "Sipho Ndlovu");

    // --- D. scuba club ---
    private final String dive = cast.guild(854);
    private final Channel scChat = cast.channel(dive, "Northwater Sub-Aqua", "dive-chat",
            "general chat for members", "sc-dive-chat.json");
    private final Channel scIntro = cast.channel(dive, "Northwater Sub-Aqua", "introductions",
            "new here? introduce yourself", "sc-introductions.json");
    private final Channel scTrips = cast.channel(dive, "Northwater Sub-Aqua", "trip-planning",
            "club dives, boat places, lifts", "sc-trip-planning.json");
    private final Channel scKit = cast.channel(dive, "Northwater Sub-Aqua", "kit-for-sale",
            "buy, sell, swap your dive kit. price please", "sc-kit-for-sale.json");
    private final Persona lars = cast.person("lars.e", "Lars Eriksen");
    private final Persona amara = cast.person("amara.dives", "Amara Nwosu");
    private final Persona jun = cast.person("jun.wata", "Jun Watanabe");
    private final Persona carmen = cast.person("carmen.v", "Carmen Vidal");
    private final Persona declan = cast.person("declan.m", "Declan Murphy");
    private final Persona fenna = cast.person("fenna.b", "Fenna Bakker");
    private final Persona olu = cast.person("olu.ade", "Olu Adebayo");

    // --- E. celebration-cake makers ---
    private final String cake = cast.guild(855);
    private final Channel ckNatter = cast.channel(cake, "Crumb and Tier", "bakers-natter",
            "chat for the bakers", "ck-bakers-natter.json");
    private final Channel ckOrders = cast.channel(cake, "Crumb and Tier", "order-enquiries",
            "customers: ask our bakers about dates, designs and prices", "ck-order-enquiries.json");
    private final Channel ckShow = cast.channel(cake, "Crumb and Tier", "show-your-cakes",
            "show off your bakes", "ck-show-your-cakes.json");
    private final Channel ckComp = cast.channel(cake, "Crumb and Tier", "competition-corner",
            "bake-offs, shows and judging chat", "ck-competition-corner.json");
    private final Persona priya = cast.person("priya.bakes", "Priya Raman");
    private final Persona siobhan = cast.person("siobhan.k", "Siobhan Kelly");
    private final Persona ngozi = cast.person("ngozi.e", "Ngozi Eze");
    private final Persona hanna = cast.person("hanna.v", "Hanna Virtanen");
    private final Persona beth = cast.person("beth.carrow", "Beth Carrow");
    private final Persona dominic = cast.person("dom.hale", "Dominic Hale");
    private final Persona lucy = cast.person("lucy.fen", "Lucy Fenwick");
    private final Persona arjun = cast.person("arjun.bedi", "Arjun Bedi");

    // --- F. wild-food foragers ---
    private final String forage = cast.guild(856);
    private final Channel fgFinds = cast.channel(forage, "Hedgerow and Hollow", "finds",
            "your own finds, one photo per find", "fg-finds.json");
    private final Channel fgId = cast.channel(forage, "Hedgerow and Hollow", "id-help",
            "is it what you think it is? ask BEFORE you eat", "fg-id-help.json");
    private final Channel fgKitchen = cast.channel(forage, "Hedgerow and Hollow", "kitchen",
            "what we cooked, pickled and brewed", "fg-kitchen.json");
    private final Channel fgWalks = cast.channel(forage, "Hedgerow and Hollow", "walks-and-meets",
            "group forays: dates, meeting points, lifts", "fg-walks-and-meets.json");
    private final Persona callan = cast.person("callan.w", "Callan Whitlock");
    private final Persona ingrid = cast.person("ingrid.s", "Ingrid Solberg");
    private final Persona maeve = cast.person("maeve.d", "Maeve Donnelly");
    private final Persona rashid = cast.person("rashid.k", "Rashid Karimi");
    private final Persona agnieszka = cast.person("aga.kowal", "Agnieszka Kowal");
    private final Persona pedro = cast.person("pedro.alm", "Pedro Almeida");
    private final Channel fgDmCallan = cast.dm(callan, "fg-dm-callan.json");

    // --- G. jam and chutney makers ---
    private final String jar = cast.guild(857);
    private final Channel jmPantry = cast.channel(jar, "The Setting Point", "pantry-chat",
            "general chat", "jm-pantry-chat.json");
    private final Channel jmMarkets = cast.channel(jar, "The Setting Point", "market-stalls",
            "which markets, pitch fees, gazebos, stall tips", "jm-market-stalls.json");
    private final Channel jmRecipes = cast.channel(jar, "The Setting Point", "recipe-swap",
            "recipes, set tests, pectin woes", "jm-recipe-swap.json");
    private final Channel jmSell = cast.channel(jar, "The Setting Point", "sell-your-jars",
            "list your own jars here, with price and link", "jm-sell-your-jars.json");
    private final Persona greta = cast.person("greta.holm", "Greta Holm");
    private final Persona bart = cast.person("bart.osei", "Bart Osei");
    private final Persona ifeoma = cast.person("ifeoma.c", "Ifeoma Chukwu");
    private final Persona lorna = cast.person("lorna.mcb", "Lorna McBride");
    private final Persona viktor = cast.person("viktor.h", "Viktor Horvat");
    private final Persona rosalind = cast.person("ros.thorne", "Rosalind Thorne");
    private final Persona kemal = cast.person("kemal.ay", "Kemal Aydin");

    // --- H. puppeteers and puppet makers ---
    private final String pup = cast.guild(858);
    private final Channel ppGeneral = cast.channel(pup, "Strings and Shadows", "general",
            "say hi, chat, natter", "pp-general.json");
    private final Channel ppBench = cast.channel(pup, "Strings and Shadows", "workshop-bench",
            "carving, casting, rigging, fabric: how do you make it", "pp-workshop-bench.json");
    private final Channel ppShows = cast.channel(pup, "Strings and Shadows", "shows-and-tours",
            "post your own show dates and tours here", "pp-shows-and-tours.json");
    private final Channel ppNew = cast.channel(pup, "Strings and Shadows", "newcomers",
            "introduce yourself", "pp-newcomers.json");
    private final Persona florian = cast.person("florian.w", "Florian Weiss");
    private final Persona esperanza = cast.person("esperanza.r", "Esperanza Ruiz");
    private final Persona dmitri = cast.person("dmitri.v", "Dmitri Volkov");
    private final Persona saoirse = cast.person("saoirse.q", "Saoirse Quinn");
    private final Persona kofi = cast.person("kofi.m", "Kofi Mensah");
    private final Persona anneliese = cast.person("anneliese.b", "Anneliese Brandt");
    private final Persona nikhil = cast.person("nikhil.rao", "Nikhil Rao");

    private HeldOutScenes58Script() {
        super(new SceneIds(44400), FIRST_MONDAY, 21);
        walls();
        sketchers();
        escapeRooms();
        divers();
        cakes();
        foragers();
        preserves();
        puppets();
        moreChatter();
    }

    private void walls() {
        // W47
        Post brynBoard = say(1, "07:40", dsBoard, bryn, "Bryn Gwilym, Upper Wharfedale. Booking from February, "
                + "field walls and gap repairs, free quotes, happy to travel 30 miles");
        Post ailsaBoard = say(1, "08:15", dsBoard, ailsa, "Ailsa, Peak District. couple of weeks free in January "
                + "if anyone has gaps that cant wait. quotes free");
        say(1, "12:30", dsYard, tobias, "anyone else had the rain stop play every single day this month");
        say(1, "12:41", dsYard, ailsa, "three days lost last week. the bank's filling with slurry");
        Post grahamQ = say(2, "19:05", dsAsk, graham, "cattle knocked a 3m gap in the wall by the lane, the "
                + "throughs are still there. is it worth me having a go myself or will I make it worse?");
        Post ailsaAns = re(2, "20:10", ailsa, grahamQ, "if the throughs are sound you can do it. strip it right "
                + "down to where it's solid, batter frame and lines, big stones at the bottom, hearting packed tight. "
                + "post a photo before you start");
        re(2, "20:30", graham, ailsaAns, "cheers Ailsa, will do");
        Post tobQ = say(3, "09:00", dsMatches, tobias, "@Oksana Petrenko are you judging at the Dale End match on "
                + "the 4th or competing?");
        say(3, "09:06", dsMatches, oksana, "judging this year, my back says no to competing");
        say(3, "09:10", dsMatches, tobias, "ha fair. sign-up sheet for competitors is here, closes Sunday: "
                + "https://forms.example/daleend-hedge-match");
        say(4, "18:20", dsYard, bryn, "quarry at Cracoe are putting prices up 12% in Jan apparently");
        say(4, "18:34", dsYard, oksana, "ouch. reclaimed is getting scarce too");
        say(5, "08:00", dsAsk, ruth, "I've got 200m of hawthorn that hasn't been cut in 15 years, is that too old "
                + "to lay?");
        say(5, "08:50", dsAsk, oksana, "Ruth, not too old at all, 15 years is about perfect if the stems are "
                + "wrist thick. winter's the time, before the sap rises");
        say(5, "09:02", dsAsk, ruth, "brilliant thank you Oksana");
        say(5, "20:00", dsMatches, tobias, "Dale End reminder: we need 12 to make it a proper match, sheet's here "
                + "https://forms.example/daleend-hedge-match");
        say(6, "17:00", dsMatches, oksana, "that's me off to Brecon for the weekend, back Monday");
        say(7, "10:00", dsMatches, tobias, "sign-up for Dale End still open till tonight, 9 names so far: "
                + "https://forms.example/daleend-hedge-match");

        // W48: Bryn talks shop all week while householders' asks sit
        say(8, "07:30", dsYard, bryn, "frost this morning, anyone working?");
        Post ailsaFrost = say(8, "07:45", dsYard, ailsa, "stripping out only, not building in this");
        re(8, "07:52", bryn, ailsaFrost, "same, took the flask and the crowbar and that's it");
        Post tobRates = say(8, "12:10", dsYard, tobias, "what are folk charging a metre for rebuilds now? I feel "
                + "like I'm still on 2024 prices");
        re(8, "12:30", bryn, tobRates, "I'm at £95 a metre for a rebuild on a standard field wall, more if the "
                + "stone's got to be brought in");
        re(8, "12:44", ailsa, tobRates, "similar, 90-110 depending on access");
        say(9, "19:00", dsYard, bryn, "@Oksana Petrenko how was Brecon? did the Welsh style lot win again");
        say(9, "19:20", dsYard, oksana, "they did, their stakes are a work of art. good weekend though");
        say(9, "19:25", dsYard, bryn, "always the way. next year Oksana");
        Post niaAsk = say(9, "20:15", dsAsk, nia, "hi, storm took down about 6m of our garden wall in Hope "
                + "valley, it's the old limestone kind with no mortar. does anyone cover this area? happy to pay "
                + "for a proper job");
        say(10, "08:05", dsYard, bryn, "anyone used the new ratchet lines from the co-op? string keeps sagging on me");
        Post ailsaLines = say(10, "08:20", dsYard, ailsa, "got a pair, they're alright. better than string in wind");
        re(10, "08:26", bryn, ailsaLines, "might treat myself then ta");
        say(10, "17:40", dsAsk, faisal, "is lime mortar ever used for repairing a dry stone wall or is that cheating?");
        say(11, "12:00", dsYard, bryn, "van failed its MOT, brake pipes. that's the week's profit gone");
        Post tobVan = say(11, "12:15", dsYard, tobias, "try Kev at Skipton, he did mine cheap");
        re(11, "12:20", bryn, tobVan, "cheers Tobias, will ring him");
        Post ailsaLime = say(11, "18:00", dsAsk, ailsa, "Faisal: on a true dry wall no, it stops it draining and "
                + "moving. on a mortared garden wall you'd use lime, never cement");
        say(11, "18:30", dsAsk, faisal, "makes sense, thanks Ailsa");
        say(12, "09:10", dsYard, bryn, "@Ailsa Macrae you going to the guild AGM on the 14th?");
        say(12, "09:25", dsYard, ailsa, "yes if the car starts. you?");
        say(12, "09:31", dsYard, bryn, "yeah I'll be there. can give you a lift if not");
        say(13, "16:00", dsYard, oksana, "finished the Harker hedge today, 140m, feet are dead");
        say(13, "16:12", dsYard, bryn, "good effort Oksana. pics?");
        say(13, "16:30", dsYard, oksana, "tomorrow when it's light");

        // W49
        say(15, "10:00", dsAsk, ailsa, "@Nia Okafor sorry, only just seen this. I'm in the Hope valley most of "
                + "January, I can come and look. send me a DM with the address");
        say(15, "10:40", dsAsk, nia, "thank you! will do");
        say(16, "18:00", dsYard, tobias, "Dale End match write-up is on the board in the hut, great turnout");
        say(17, "07:50", dsYard, bryn, "snow forecast thursday, that's me on invoices");
        say(18, "13:00", dsAsk, graham, "gap's done, it's not pretty but it's standing. thanks again Ailsa");
        say(18, "13:20", dsAsk, ailsa, "standing is what counts 👏");
    }

    private void sketchers() {
        // W47
        say(1, "09:00", skSpot, marguerite, "Saturday 27th: the fish market, 10:00 by the ice house. Lunch at "
                + "the Anchor after for anyone who wants");
        joins(1, "11:00", skChat, hamid);
        Post hamidHi = say(1, "11:05", skChat, hamid, "hello! found you via the library noticeboard. total "
                + "beginner, mostly biro so far");
        re(1, "11:30", marguerite, hamidHi, "welcome Hamid! biro is great. Tomasz wrote a lovely starter kit "
                + "list, it's here: https://saltmarshsketch.example/tomasz-starter-kit and just come along "
                + "Saturday, nobody cares what you draw with");
        say(1, "11:40", skChat, hamid, "thanks, see you there");
        Post leiQ1 = say(2, "20:00", skKit, leilani, "my washes keep going muddy when i add a second colour, "
                + "what am i doing wrong?");
        Post tomA1 = re(2, "20:25", tomasz, leiQ1, "probably going back in before the first layer is dry, or "
                + "mixing 3+ pigments. let it dry fully (hairdryer!) and stick to two colours per mix");
        re(2, "20:40", leilani, tomA1, "ahh that's it, i'm so impatient. thank you!");
        say(3, "13:00", skPages, chloe, "the harbour crane from the café window, 20 min, got rained off 🙃");
        say(4, "18:10", skKit, beatrix, "anyone tried the new toned grey sketchbooks from the art shop?");
        say(4, "18:30", skKit, chloe, "yes! white gel pen pops on them, love it");
        say(4, "18:35", skKit, beatrix, "sold, getting one");
        Post hamidQ = say(6, "15:30", skChat, hamid, "@Chloe Brennan what pen were you using today? the "
                + "lines looked so loose");
        say(6, "15:50", skChat, chloe, "a cheap fountain pen with waterproof ink, the bendy nib does the "
                + "looseness for you haha");
        say(6, "16:00", skPages, hamid, "first ever outdoor page. the fish market. be kind");
        say(6, "16:10", skPages, leilani, "ice house and a gull that would not keep still");
        say(7, "10:00", skChat, marguerite, "lovely turnout yesterday, 14 of us!");

        // W48: Leilani is helped on three days and gives nothing back
        say(8, "09:00", skSpot, marguerite, "Saturday 4th: the old lifeboat station, 10:00. Bring something to "
                + "sit on, the wall is cold");
        Post leiQ2 = say(8, "19:30", skKit, leilani, "how do people do perspective on streets that bend? my "
                + "buildings look like they're falling over");
        Post tomA2 = re(8, "19:55", tomasz, leiQ2, "for a bending street each block gets its own vanishing "
                + "point on the same eye level line. draw the eye level first, then one block at a time");
        re(8, "20:05", leilani, tomA2, "ooh ok. thanks Tomasz!");
        Post tomAsk = say(9, "12:00", skChat, tomasz, "@Leilani Kahale you said you go to the Thursday life "
                + "drawing at the library, is it drop in or do you have to book? thinking of trying it");
        say(9, "18:00", skPages, leilani, "lifeboat station practice run, the doors are wonky on purpose");
        Post leiQ3 = say(10, "20:10", skKit, leilani, "which white gouache doesn't go chalky? mine looks like "
                + "tippex");
        Post tomA3 = re(10, "20:30", tomasz, leiQ3, "thin it more than you think, like single cream, and use it "
                + "last and small. the tubes in the blue box at the art shop are the least chalky I've found");
        re(10, "20:45", leilani, tomA3, "thank you!!");
        Post tomRoom = say(11, "08:30", skChat, tomasz, "anyone got a spare water brush they could bring "
                + "Saturday? mine split and the shop's out");
        say(11, "12:00", skPages, leilani, "my cat asleep on the radiator, first try at gouache highlights");
        Post leiQ4 = say(12, "19:00", skKit, leilani, "how do you keep pages from buckling with lots of water? "
                + "mine look like crisps");
        Post tomA4 = re(12, "19:20", tomasz, leiQ4, "heavier paper (300gsm) or tape the edges down while "
                + "painting. a book with a hard board cover helps too");
        re(12, "19:31", leilani, tomA4, "thanks Tomasz");
        say(12, "21:00", skChat, beatrix, "Tomasz I've got two water brushes, I'll bring you one");
        say(12, "21:10", skChat, tomasz, "Bea you star, thank you");
        say(13, "14:00", skPages, tomasz, "lifeboat station, the slipway at low tide");
        say(13, "14:20", skPages, leilani, "lifeboat station from the wall. frozen fingers");
        say(13, "15:00", skPages, hamid, "tried perspective, went wrong, enjoyed it anyway");

        // W49
        say(15, "09:00", skSpot, marguerite, "Saturday 11th: the covered market, indoors for once. 10:00 at the "
                + "clock");
        Post joaqLinks = say(16, "21:00", skChat, joaquin, "watercolour people ive been bingeing these "
                + "https://vidshare.example/watch/loose-harbours https://vidshare.example/watch/wet-in-wet-skies "
                + "https://vidshare.example/watch/figures-in-3-lines https://vidshare.example/watch/granulation");
        say(16, "21:03", skChat, joaquin, "and this one https://vidshare.example/watch/limited-palette-boats");
        say(17, "10:00", skKit, hamid, "is it worth getting a proper travel palette or just use a mint tin?");
        say(17, "10:20", skKit, chloe, "mint tin and some half pans, honestly. spend the money on paper");
        say(17, "10:25", skKit, hamid, "ha ok that's what I hoped");
        say(18, "16:00", skChat, leilani, "anyone going to the covered market sat? need a lift from the station");
        say(18, "16:30", skChat, beatrix, "I'll be passing about 9:40, can grab you");
        say(20, "13:30", skPages, joaquin, "the clock at the covered market and a very patient butcher");
        say(20, "13:45", skPages, chloe, "fruit stall, too many oranges");
        say(21, "11:00", skChat, marguerite, "next Saturday is the last one before Christmas, mince pies on me");
    }

    private void escapeRooms() {
        // W47
        say(1, "10:00", erNew, delphine, "The Clockmaker's Attic opens Friday 3rd December! 60 minutes, 2-6 "
                + "players, £22 a head launch week. Book here: https://lockstep.example/book/attic");
        say(1, "10:05", erLobby, delphine, "new room news is in #new-rooms, first slots are going fast 👀");
        say(2, "21:00", erBoard, yasmin, "Team Lateral Thinkers, the Lighthouse, 48:12!! first time under 50");
        Post kasperWell = say(2, "21:30", erBoard, kasper, "great run tonight, you cracked the lens puzzle "
                + "faster than anyone this month");
        say(3, "12:00", erLobby, owen, "is the Sunken Library too hard for a 10 year old's birthday?");
        say(3, "12:20", erLobby, ravi, "Owen, 10 is fine with a grown-up in there, we'll give a few more clues. "
                + "lots of kids' parties do it");
        say(3, "12:25", erLobby, owen, "perfect");
        Post meiQ = say(4, "17:00", erBook, meiLin, "can you use a gift voucher for the new attic room or only "
                + "the old ones?");
        say(4, "17:12", erBook, ravi, "any room Mei Lin, vouchers are good for everything incl. launch week");
        say(4, "17:15", erBook, meiLin, "yay thank you");
        say(5, "18:00", erBoard, owen, "Owen's Lot, Sunken Library, 57:40, needed 4 clues and no regrets");
        say(5, "18:10", erBoard, kasper, "the bookshelf one gets everyone");
        say(6, "11:00", erLobby, delphine, "I'm off to my sister's wedding in Lyon till Thursday, Kasper and "
                + "Ravi are on the desk 💍");
        say(6, "11:15", erLobby, meiLin, "have the best time!!");

        // W48
        Post yasQ = re(9, "09:40", yasmin, kasperWell, "@Kasper Nygaard we did the Lighthouse again on Saturday "
                + "and the last padlock jammed, lost about 5 min while someone came. any chance of a discount if we "
                + "rebook? we come every month");
        Post owenQ = say(9, "10:00", erBook, owen, "@Delphine Moreau did the deposit for the birthday go through? "
                + "booked for the 18th");
        say(9, "15:00", erBoard, kasper, "The Escapologists, Attic preview night, 51:03, first team out!");
        say(10, "19:00", erBoard, meiLin, "Puzzle Hens, the Attic, 58:59 😂 ONE second");
        say(10, "19:20", erBoard, kasper, "that was the closest finish I've ever seen from the camera room");
        Post anoukQ = say(10, "20:00", erBook, anouk, "how much is private hire for a group of 12? hen do in "
                + "January, wanting two rooms side by side");
        re(10, "20:07", sipho, anoukQ, "cheaper at mine tbh, I run murder mystery nights in your own venue, "
                + "£20 a head, DM me");
        say(10, "21:00", erBook, ravi, "Anouk: two rooms at once for 12 is £230 weekday or £260 Saturday, "
                + "includes a room to do the bubbles after. email bookings@lockstep.example");
        say(10, "21:20", erBook, anouk, "lovely, emailing now");
        say(11, "18:00", erLobby, kasper, "who's done the new Attic? no spoilers, just vibes");
        say(11, "18:10", erLobby, meiLin, "vibes immaculate, the clock sound drove us mad in a good way");
        say(11, "18:12", erLobby, kasper, "that's the idea 😄");
        say(11, "20:00", erLobby, sipho, "anyone do murder mystery? thinking of a Christmas one");
        say(11, "20:30", erLobby, owen, "not really my thing sorry");
        say(11, "10:00", erBook, delphine, "Owen, back now, yes deposit is in and you're all set for the 18th. "
                + "Happy birthday to the birthday person in advance!");
        say(11, "10:05", erBook, owen, "thanks Delphine!");
        say(12, "12:00", erNew, delphine, "Attic is open and booking well, weekday afternoons still free: "
                + "https://lockstep.example/book/attic");
        say(13, "19:00", erBoard, kasper, "Quizzy Rascals, the Lighthouse, 44:50, new record for the month");
        say(13, "19:30", erBoard, anouk, "hen do recce team, Sunken Library 59:10, we'll be back with 12");
        say(14, "14:00", erBoard, kasper, "two teams out in under 50 today, you lot are getting too good");

        // W49
        say(15, "17:00", erLobby, yasmin, "still waiting to hear about our rebook, do I just book full price?");
        say(15, "17:30", erLobby, ravi, "Yasmin so sorry, that's on us. I'll sort a half price rebook, "
                + "messaging you now");
        say(15, "17:35", erLobby, yasmin, "thank you Ravi 🙏");
        say(16, "19:00", erBoard, yasmin, "Lateral Thinkers, Attic, 52:30, padlocks behaved");
        say(17, "10:00", erNew, ravi, "Christmas opening hours: closed 25th and 26th, open late every night "
                + "from the 27th");
        say(18, "20:00", erBoard, owen, "birthday squad, Sunken Library, escaped with 0:40 to spare, 10 year "
                + "old did the final lock 🎉");
        say(18, "20:10", erBoard, delphine, "brilliant! she was a natural");
    }

    private void divers() {
        // W47
        say(1, "08:00", scTrips, lars, "Club boat to the Farnes, Sat 4 Dec, 10 places, cylinders from the "
                + "clubhouse. Names on the sheet please: https://sheets.example/northwater-farnes-dec");
        say(1, "09:10", scChat, carmen, "vis was 6m at the harbour wall yesterday, best it's been since "
                + "September");
        say(1, "09:30", scChat, olu, "nice, was it cold?");
        say(1, "09:40", scChat, carmen, "9 degrees, hood and 7mm gloves and still lost my fingers");
        joins(2, "18:00", scIntro, jun);
        Post junHi = say(2, "18:05", scIntro, jun, "Hi all, I'm Jun, moved to Whitby in October for work. did a "
                + "try-dive in Okinawa years ago and loved it, mostly here to lurk and learn 🙂");
        re(2, "18:40", lars, junHi, "welcome Jun! Carmen's beginner FAQ answers most of the first questions, "
                + "it's here https://northwater.example/carmen-faq and pool nights are Wednesdays");
        re(2, "19:02", amara, junHi, "welcome! I run Open Water courses out of Sandsend, £395 all in, next "
                + "one starts 4 Dec, DM me to grab a place");
        re(2, "19:30", jun, junHi, "thanks both! will read the FAQ");
        joins(3, "12:00", scIntro, fenna);
        Post fennaHi = say(3, "12:10", scIntro, fenna, "hoi! Fenna, Dutch, 80ish dives mostly North Sea wrecks. "
                + "I take underwater photos, some are here if you like wrecks: https://fennaunder.example "
                + "looking for buddies!");
        re(3, "12:40", olu, fennaHi, "welcome Fenna, that kelp shot is unreal. always need wreck buddies");
        re(3, "13:00", fenna, fennaHi, "thanks Olu! Farnes trip sounds fun");
        say(4, "20:00", scKit, declan, "Selling: Apeks-style first and second stage with octo, serviced in "
                + "August, £240, collect from Scarborough");
        Post oluAsk = say(4, "20:30", scKit, olu, "Declan is that DIN or yoke?");
        say(4, "20:34", scKit, declan, "DIN, but I'll throw in an adapter");
        say(5, "10:00", scTrips, carmen, "I'm on the Farnes sheet, can give 2 lifts from Whitby");
        say(5, "10:10", scTrips, jun, "could I come as a passenger on the boat without diving? just to see");
        say(5, "10:30", scTrips, lars, "Jun yes, £15 for the boat, bring a warm coat");

        // W48
        say(8, "18:00", scTrips, lars, "Farnes Saturday: 2 places left on the sheet https://sheets.example/"
                + "northwater-farnes-dec , weather looks ok so far");
        say(9, "21:00", scChat, declan, "at sea on the survey boat till Friday, no signal, back Fri night");
        Post oluAsk2 = say(10, "12:00", scKit, olu, "@Declan Murphy still got the regs? I'd take them if so, "
                + "can I collect Sat morning?");
        say(12, "19:10", scKit, declan, "Olu so sorry, just back on land! yes they're yours, Sat morning is "
                + "fine, I'll message you the address");
        say(12, "19:20", scKit, olu, "brilliant");
        say(9, "19:00", scChat, fenna, "pool night tomorrow anyone? want to test a new strobe");
        say(9, "19:15", scChat, carmen, "I'll be there, bring the strobe I want to see");
        say(11, "09:00", scTrips, lars, "last call for the Farnes, 1 place left https://sheets.example/"
                + "northwater-farnes-dec");
        say(13, "18:30", scChat, lars, "grey seals everywhere today, thanks all for a great boat day");
        say(13, "18:40", scChat, jun, "I watched from the boat and now I 100% need to learn");
        say(13, "18:45", scChat, fenna, "seal pup photobombed me, will post tomorrow");
        say(14, "09:00", scChat, olu, "regs work a treat Declan, thank you");

        // W49
        Post carmQ = say(15, "19:00", scChat, carmen, "can anyone recommend a drysuit course before the cold "
                + "trips? done 100 dives in wet but never dry");
        re(15, "19:20", amara, carmQ, "I do a one-day drysuit course, pool morning and shore dive afternoon, "
                + "£140. next dates 18 Dec and 8 Jan, DM me if either suits");
        re(15, "19:40", carmen, carmQ, "18 Dec works, messaging you");
        say(16, "20:00", scChat, jun, "booked the pool try-dive with the club for wednesday!");
        say(16, "20:10", scChat, lars, "good man Jun, I'll be in the water that night");
        say(17, "12:00", scKit, fenna, "WTB: a small pony cylinder, 3L, anyone?");
        say(17, "12:30", scKit, declan, "I've got a 2L I never use, yours for £50");
        say(17, "12:45", scKit, fenna, "deal, thanks Declan");
        say(19, "21:00", scChat, jun, "first breaths underwater in the pool. grinning through my regulator");
        say(19, "21:10", scChat, carmen, "welcome to the addiction Jun");
    }

    private void cakes() {
        // W47
        Post priyaUni = say(1, "10:00", ckShow, priya, "throwback to the unicorn one from June, still my favourite "
                + "piping job this year");
        priyaUni.react("😍", siobhan, ngozi);
        say(1, "10:30", ckNatter, siobhan, "who else is drowning in Christmas orders already");
        say(1, "10:45", ckNatter, ngozi, "me. 14 yule logs and counting");
        say(1, "10:52", ckNatter, priya, "stopped taking them yesterday, my oven can't cope");
        Post lucyQ = say(2, "19:00", ckOrders, lucy, "does anyone do gluten free? my son is coeliac and turns 6 "
                + "on the 18th December, dinosaurs please");
        re(2, "19:30", ngozi, lucyQ, "I do, my kitchen is fully gluten free (I'm coeliac too). menu and "
                + "prices are here https://ngozicakes.example/gluten-free and I still have the 18th free");
        re(2, "19:45", lucy, lucyQ, "amazing thank you, filling in the form now");
        say(3, "21:00", ckShow, ngozi, "two tier winter wonderland for a 40th, isomalt icicles took 3 goes");
        say(3, "21:10", ckShow, siobhan, "those icicles!!");
        say(4, "09:00", ckComp, siobhan, "county show results are up, who entered?");
        say(4, "09:20", ckComp, ngozi, "I did the novelty class, got a highly commended 🙌");
        say(4, "09:25", ckComp, priya, "well done Ngozi!");
        say(5, "14:00", ckNatter, priya, "anyone found a good ganache ratio for hot kitchens? mine slumps");
        say(5, "14:30", ckNatter, ngozi, "go 3:1 dark for covering in summer, and chill between coats");
        say(5, "14:35", ckNatter, priya, "3:1, got it, thanks");

        // W48: Priya answers new enquiries with prices while two past customers wait
        Post arjunQ = say(8, "09:00", ckOrders, arjun, "looking for someone to do a 3 tier for an engagement "
                + "party 15 Jan, about 80 people. ballpark prices?");
        re(8, "09:40", priya, arjunQ, "Hi Arjun, 3 tier for 80 starts at £320 depending on design, I've got "
                + "15 Jan free. my order page is https://priyabakes.example/order if you want to send details");
        re(8, "10:10", arjun, arjunQ, "great, sending now");
        re(8, "11:00", beth, priyaUni, "you made that unicorn cake for our Isla in June!! she still talks about "
                + "it. could you do a dinosaur one for her brother's 5th on 21 Dec?");
        say(9, "08:30", ckShow, dominic, "@Priya Raman got our wedding cake off you in August and everyone's "
                + "still on about the lemon tier. could you do a small matching one for our first anniversary in "
                + "Feb?");
        say(9, "12:00", ckNatter, priya, "flour delivery came split, kitchen looks like a snow globe");
        say(9, "12:10", ckNatter, siobhan, "noooo 😂");
        Post meghQ = say(10, "18:00", ckOrders, lucy, "does anyone do cupcake towers? my sister wants one for "
                + "her baby shower in January");
        re(10, "18:30", priya, meghQ, "I do, 48 cupcakes on a 3 tier stand is £110, stand hire included. "
                + "https://priyabakes.example/order");
        re(10, "18:45", lucy, meghQ, "ooh lovely, will pass that on");
        say(11, "20:00", ckNatter, priya, "made 6 yule logs today and my arms have left the chat");
        say(11, "20:15", ckNatter, ngozi, "ice the wrists, it helps, honestly");
        say(12, "11:00", ckComp, priya, "entering the sugar flowers class at the February show, anyone else?");
        say(12, "11:20", ckComp, siobhan, "I'll do lustre and painted, see you there");
        say(13, "15:00", ckShow, priya, "poinsettia cake for a works party, first time doing sugar bracts");
        say(13, "15:10", ckShow, ngozi, "gorgeous Priya");

        // W49
        joins(15, "08:00", ckNatter, hanna);
        say(15, "08:10", ckNatter, hanna, "Hi all! I'm in the final of the Bake Stars online vote, please vote "
                + "for my entry 🙏 https://bakestars.example/vote/hanna-virtanen");
        say(15, "09:00", ckNatter, siobhan, "Christmas cake boxes are back! fruit cake, 12 mince pies and a "
                + "stollen, £28, order here: https://siobhanbakes.example/christmas-box");
        say(15, "09:30", ckNatter, ngozi, "anyone else's fondant sweating this week? the damp is unreal");
        say(15, "09:45", ckNatter, priya, "yes, a fan on low while it sets helps me");
        say(16, "12:00", ckComp, hanna, "every vote helps!! closes Friday https://bakestars.example/vote/"
                + "hanna-virtanen");
        say(16, "20:00", ckNatter, priya, "finally got through the order backlog, I'll have a cuppa now");
        say(17, "10:00", ckComp, siobhan, "anyone judging at the February show? also still 6 Christmas boxes "
                + "left, £28 → https://siobhanbakes.example/christmas-box");
        say(17, "10:20", ckComp, ngozi, "not judging, entering");
        say(18, "14:00", ckOrders, beth, "Priya did you see my message about the dinosaur cake? party's on the 21st");
        say(18, "14:40", ckOrders, ngozi, "Beth if Priya's full I could do it, I've got the 21st");
        say(18, "15:00", ckOrders, beth, "thank you, I'll wait a bit for Priya first as she did Isla's");
        say(19, "11:00", ckShow, siobhan, "stollen batch, 40 of them cooling. the house smells like Christmas");
    }

    private void foragers() {
        // W47
        say(1, "08:30", fgFinds, pedro, "velvet shanks on the old elm stump by the canal, first of the winter");
        say(1, "09:00", fgFinds, rashid, "nice, they love a frost");
        say(1, "17:00", fgWalks, maeve, "Group foray Sunday 28th, Hollins Wood car park 10am, free as always, "
                + "just turn up. wellies!");
        Post agaQ = say(2, "12:00", fgWalks, agnieszka, "does anyone run guided walks for proper beginners? "
                + "happy to pay, I'd rather learn slowly with someone than guess");
        re(2, "12:40", callan, agaQ, "I do, small groups of 6, 3 hours, £45 a head. winter fungi ones run "
                + "Saturdays till Feb: https://wildcallan.example/walks . Maeve's free forays are great too");
        re(2, "13:00", agnieszka, agaQ, "ooh thank you both, might do both!");
        say(3, "19:00", fgFinds, pedro, "jelly ear on elder, loads of it, didn't pick, just photos");
        Post agaId = say(3, "19:30", fgId, agnieszka, "found these under birch, brown cap, spongy underneath "
                + "not gills. bolete? photo of the underside attached");
        say(3, "19:50", fgId, rashid, "Agnieszka: looks like a brown birch bolete, edible but boring. "
                + "cut it and check it doesn't stain blue fast, and always show us the whole stem");
        say(3, "20:00", fgId, agnieszka, "thanks Rashid, stem pic coming");
        say(4, "09:00", fgKitchen, agnieszka, "made rosehip syrup for the first time, so many hairs to strain out");
        say(4, "09:20", fgKitchen, maeve, "double jelly bag, it's the only way");
        say(7, "16:00", fgWalks, maeve, "great foray today, 11 of us and 23 species. thank you Rashid for the IDs");
        say(7, "16:10", fgWalks, rashid, "pleasure, good eyes out there");

        // W48
        say(8, "10:00", fgFinds, pedro, "hedgehog fungus under beech, mint condition");
        joins(10, "18:00", fgId, ingrid);
        Post ingQ = say(10, "18:05", fgId, ingrid, "hi, new here. is this a parasol? found it in a field by "
                + "the coast, it's huge");
        Post rashA = re(10, "18:25", rashid, ingQ, "looks like one, check for the snakeskin pattern on the stem "
                + "and a ring that slides up and down. if it smells off, leave it");
        re(10, "18:31", callan, ingQ, "agree with Rashid, the snakeskin stem is the giveaway. don't confuse "
                + "with the shaggy parasol if you're near gardens");
        re(10, "18:40", ingrid, rashA, "ring slides! thank you both");
        say(10, "21:15", fgDmCallan, callan, "Hi Ingrid, nice find today. I run guided coastal foraging walks, "
                + "£45 pp, next one is this Sunday and I have 2 spaces left, you can book here "
                + "https://wildcallan.example/book");
        say(11, "12:00", fgKitchen, maeve, "parasol schnitzel, if Ingrid needs an idea");
        say(11, "12:30", fgKitchen, ingrid, "oh that's exactly what I'll do, thank you");
        say(12, "19:00", fgId, pedro, "anyone know if the sulphur tuft lookalike on my logs is safe? pretty sure "
                + "it's just sulphur tuft");
        say(12, "19:15", fgId, rashid, "if it's sulphur tuft it's poisonous, don't eat. bin it and wash hands");
        say(12, "19:20", fgId, pedro, "yep, binned, thanks");
        say(13, "15:00", fgWalks, maeve, "no foray this Sunday, I'm ill. next one 19th");

        // W49
        say(15, "09:00", fgFinds, ingrid, "winter chanterelles! I think? posting in id too");
        Post ingQ2 = say(15, "09:05", fgId, ingrid, "winter chanterelles? yellow stems, grey ridges not gills");
        re(15, "09:30", rashid, ingQ2, "yes, yellowlegs. lovely find, they come in hundreds once you see one");
        re(15, "09:40", ingrid, ingQ2, "there were hundreds!! thank you");
        say(17, "20:00", fgKitchen, pedro, "https://pedroforages.example/blog/sloe-gin-2027 new post up");
        say(18, "12:00", fgWalks, maeve, "foray back on Sunday 19th, Hollins Wood 10am");
        say(18, "12:20", fgWalks, agnieszka, "I'll be there, bringing my new basket");
        say(18, "13:00", fgWalks, callan, "I'll come along as a punter for once");
        say(19, "16:00", fgKitchen, agnieszka, "yellowlegs on toast, thanks to whoever posted the garlic butter tip");
        say(19, "16:30", fgKitchen, maeve, "that was Rashid, he's a butter evangelist");
    }

    private void preserves() {
        // W47
        say(1, "09:00", jmPantry, lorna, "morning jammers, who's doing the Christmas markets this year?");
        say(1, "09:20", jmPantry, ifeoma, "Ripon and the Minster one, wish me luck with the gazebo");
        say(1, "09:25", jmPantry, bart, "just the farmers market for me, I'm not made for the cold");
        say(2, "11:02", jmPantry, greta, "new damson and sloe jam just bottled! £6 a jar, order here "
                + "https://gretaspantry.example/shop/damson-sloe");
        say(2, "11:05", jmMarkets, greta, "damson and sloe jam now in, £6 a jar, https://gretaspantry.example/"
                + "shop/damson-sloe");
        say(2, "11:09", jmRecipes, greta, "if you like damson you'll love this, £6 a jar: https://gretaspantry"
                + ".example/shop/damson-sloe");
        say(2, "11:30", jmPantry, lorna, "Greta we've got #sell-your-jars for listings, people do browse it!");
        say(2, "11:40", jmPantry, greta, "oops sorry, new here, will use that");
        say(2, "12:00", jmSell, lorna, "Seville marmalade, first batch of the winter, £5.50 or 3 for £15: "
                + "https://lornamakes.example/marmalade");
        Post viktorQ = say(3, "19:00", jmRecipes, viktor, "my apple jelly won't set, boiled 20 min already, what "
                + "am I missing?");
        Post lornaA = re(3, "19:20", lorna, viktorQ, "cooking apples or eaters? eaters are low in pectin. add "
                + "lemon juice, boil hard and do the cold plate test every 5 min");
        re(3, "19:35", viktor, lornaA, "eaters 🙈 trying the lemon now");
        say(4, "10:00", jmMarkets, ifeoma, "anyone know the pitch fee at Ripon this year?");
        say(4, "10:05", jmMarkets, lorna, "£38 for the day, £20 if you share a gazebo");
        Post bartQ = say(5, "18:00", jmPantry, kemal, "Bart where can I get your chilli jam? had it at my "
                + "brother's and I'm hooked");
        re(5, "18:10", bart, bartQ, "ha thank you! it's here https://bartsjams.example/chilli and I'm at the "
                + "farmers market on Saturday too");
        say(5, "18:20", jmPantry, kemal, "ordered 2 🔥");

        // W48
        say(8, "17:00", jmRecipes, rosalind, "quince paste day. 4 hours of stirring, burnt arm, worth it");
        Post kemalQ = say(9, "12:00", jmRecipes, kemal, "@Rosalind Thorne how long do you cook the quince "
                + "before it's thick enough to set? mine's still runny after 2 hours");
        say(10, "09:00", jmMarkets, rosalind, "Minster market sold out of quince paste by 2pm!");
        say(10, "09:15", jmMarkets, ifeoma, "well done! I was two stalls down, didn't even get to say hi");
        say(10, "09:20", jmMarkets, rosalind, "next time, come find me");
        say(11, "19:00", jmMarkets, rosalind, "does anyone bother with card readers or is it still mostly cash?");
        say(11, "19:20", jmMarkets, bart, "card reader paid for itself in a day, 70% card now");
        say(11, "19:25", jmMarkets, rosalind, "ok, convinced");
        say(12, "10:00", jmPantry, viktor, "jelly set!! thank you for the lemon tip Lorna");
        say(12, "10:15", jmPantry, lorna, "yay 🎉");
        say(12, "14:00", jmSell, greta, "Damson and sloe jam, £6 a jar or 4 for £20: https://gretaspantry.example/"
                + "shop/damson-sloe");
        say(13, "11:00", jmMarkets, rosalind, "gazebo weights, sandbags or water? mine nearly took off at Ripon");
        say(13, "11:10", jmMarkets, ifeoma, "water weights, much easier to carry empty");

        // W49
        say(15, "09:00", jmPantry, ifeoma, "wet, windy, and I've got 60 jars to label. send tea");
        say(15, "09:30", jmPantry, kemal, "sending tea and biscuits 🙏");
        say(16, "19:00", jmRecipes, viktor, "anyone have a good recipe for green tomato chutney? got a glut");
        say(16, "19:30", jmRecipes, ifeoma, "equal weights tomato and apple, half the weight in sugar and onion, "
                + "vinegar to cover, 2 hours low. I'll dig out mine properly tomorrow");
        say(17, "12:00", jmRecipes, ifeoma, "Viktor here's mine written up: https://pastebin.example/green-tom");
        say(17, "12:10", jmRecipes, viktor, "legend, thank you Ifeoma");
        say(18, "16:00", jmMarkets, rosalind, "last market of the year done, feet destroyed");
        say(18, "16:30", jmMarkets, lorna, "you've earned a sit down");
    }

    private void puppets() {
        // W47
        say(1, "10:00", ppGeneral, esperanza, "morning all, who's got shows over Christmas?");
        say(1, "10:30", ppGeneral, florian, "two school runs of my Snow Queen and a library date, you?");
        say(1, "10:45", ppGeneral, esperanza, "panto season, shadow puppets for Aladdin at the Corn Exchange");
        say(1, "10:50", ppGeneral, florian, "oh brilliant, shadow Aladdin is a great idea");
        Post dmitriQ = say(2, "20:00", ppBench, nikhil, "what do people use for marionette joints now? screw eyes "
                + "feel clunky");
        Post dmitriA = re(2, "20:30", dmitri, dmitriQ, "cord through drilled holes, knotted and glued. quieter and "
                + "the limb hangs more naturally. leather for the knees if it's a heavy figure");
        re(2, "20:45", nikhil, dmitriA, "trying cord this weekend, thanks Dmitri");
        joins(3, "09:00", ppNew, kofi);
        Post kofiHi = say(3, "09:10", ppNew, kofi, "hey everyone, Kofi from Kumasi via Leeds. I make rod puppets "
                + "from recycled stuff and film little shows, my channel is https://vidshare.example/@kofimakes "
                + "follow along if you like junk puppets!");
        re(3, "09:40", saoirse, kofiHi, "welcome Kofi! the bottle-top crow is genius");
        re(3, "09:55", kofi, kofiHi, "thank you Saoirse 😄");
        say(4, "14:00", ppShows, esperanza, "Aladdin in shadows, Corn Exchange, 18 Dec to 2 Jan, tickets "
                + "https://cornexchange.example/aladdin-shadows");
        say(5, "19:00", ppBench, anneliese, "latex or foam for a big mouth puppet? first one");
        say(5, "19:25", ppBench, saoirse, "foam, 1/2 inch, contact glue, much lighter on the arm");
        say(5, "19:30", ppBench, anneliese, "foam it is");
        Post standPost = say(6, "12:00", ppBench, dmitri, "finished the new marionette stand, folds flat into "
                + "the car now");
        standPost.react("👏", saoirse, nikhil);

        // W48: Florian posts to the room about himself all week
        say(8, "08:00", ppGeneral, florian, "I finally finished carving the Snow Queen's head, my hands are "
                + "wrecked but I'm so proud of it");
        say(8, "19:00", ppGeneral, florian, "I've decided my Kai puppet needs a new costume, I'm not happy with "
                + "the one I made in the summer");
        say(9, "09:00", ppGeneral, florian, "my van is packed for my school show tomorrow, I always overpack");
        say(9, "21:00", ppGeneral, florian, "I did my full run through tonight and I only dropped my crow once");
        say(10, "17:00", ppGeneral, florian, "my first school show went well, I think the kids loved my "
                + "reindeer, I got a round of applause at the end");
        say(10, "22:00", ppGeneral, florian, "I'm exhausted, I did two shows back to back, my voice is gone");
        say(11, "12:00", ppGeneral, florian, "I've been asked back by the school for Easter, my first repeat "
                + "booking this year");
        say(11, "20:00", ppGeneral, florian, "I'm rewriting my ending, I think my audience wants a happier one");
        say(12, "10:00", ppGeneral, florian, "my new Kai costume is cut out, I'm sewing it tonight");
        say(13, "15:00", ppGeneral, florian, "I've got my library show on Saturday and my nerves are back, "
                + "I always get nervous at the library ones for some reason");
        say(14, "19:00", ppGeneral, florian, "my library show is done, I sold out my 40 seats and I'm buzzing");
        say(9, "18:00", ppBench, saoirse, "anyone know a supplier for proper puppet eyes, not googly ones?");
        say(9, "18:30", ppBench, dmitri, "I turn mine from beech and paint them, happy to show you how at the "
                + "January meet");
        say(9, "18:40", ppBench, saoirse, "yes please!");
        say(12, "16:00", ppBench, nikhil, "cord joints are so much better, my marionette actually walks now");
        say(12, "16:20", ppBench, dmitri, "told you 😄 post a video");
        say(13, "10:00", ppShows, kofi, "doing a junk puppet workshop for kids at Chapel Allerton library on the "
                + "18th, free, just turn up");

        // W49
        Post saoQ = re(15, "10:00", saoirse, standPost, "Dmitri could we borrow your marionette stand for the "
                + "school show on the 18th? we'd collect Friday and bring it back Monday");
        say(16, "19:00", ppBench, dmitri, "tried linen thread for the head strings, so much better than fishing "
                + "line under lights");
        say(16, "19:20", ppBench, nikhil, "does it stretch much?");
        say(16, "19:25", ppBench, dmitri, "hardly, wax it first");
        say(17, "11:00", ppBench, dmitri, "anyone got a spare bandsaw blade, 1/4 inch? mine snapped mid cut");
        say(17, "11:30", ppBench, anneliese, "I've got two, I'll post one");
        say(17, "11:35", ppBench, dmitri, "you're a star Anneliese");
        say(18, "09:00", ppGeneral, florian, "how did everyone's weekend shows go? mine was fun but tiring");
        say(18, "09:30", ppGeneral, esperanza, "Aladdin opened, full house, the genie's smoke nearly set off the "
                + "alarm");
        say(18, "09:40", ppGeneral, florian, "ha! glad it went well Esperanza, break a leg for the run");
        say(18, "14:00", ppGeneral, saoirse, "we borrowed a music stand in the end, held together with tape");
        say(18, "20:00", ppBench, dmitri, "bandsaw blade arrived, back to carving");
        Post nikQ = say(20, "10:00", ppBench, nikhil, "@Anneliese Brandt how did your foam mouth puppet turn out? "
                + "show us");
    }

    private void moreChatter() {
        // A
        say(2, "07:10", dsYard, ailsa, "anyone got a spare batter frame I could borrow next week? mine's warped");
        say(2, "07:30", dsYard, tobias, "got an old one in the shed, it's yours, I'll drop it Wednesday");
        say(2, "07:34", dsYard, ailsa, "lifesaver");
        say(16, "09:00", dsAsk, ruth, "started laying the hawthorn, 20m done. my pleachers look terrible but "
                + "they're alive");
        say(16, "09:40", dsAsk, oksana, "alive is the main thing, they'll thicken up by summer");

        // B
        say(3, "09:00", skChat, beatrix, "does anyone know if the fish market lets you sit inside if it rains?");
        say(3, "09:20", skChat, marguerite, "there's the covered bit by the ice house, we've used it before");
        say(5, "20:00", skChat, joaquin, "hello, lurker here, finally coming on Saturday");
        say(5, "20:15", skChat, chloe, "yay Joaquin, look for the people on tiny stools");
        say(14, "10:00", skChat, hamid, "thanks for the perspective chat yesterday Chloe, it finally clicked");
        say(14, "10:20", skChat, chloe, "it'll click more every week, promise");
        say(19, "12:00", skChat, beatrix, "leaving at 9:40 from the station, Leilani look for the red car");
        say(19, "12:10", skChat, leilani, "perfect thank you!");

        // C
        say(2, "19:00", erLobby, owen, "anyone tried the Attic preview? worth waiting for launch week?");
        say(2, "19:10", erLobby, kasper, "preview was staff and friends only, but it's worth it, no spoilers");
        say(4, "20:00", erLobby, anouk, "first time here, what's the easiest room for total beginners?");
        say(4, "20:15", erLobby, meiLin, "Sunken Library! the clues are fair and the room is gorgeous");
        say(4, "20:20", erLobby, anouk, "thank you, booking it for the recce");
        say(7, "18:00", erBoard, meiLin, "Puzzle Hens, Lighthouse, 55:02, we argued for 10 min about a colour");
        say(7, "18:20", erBoard, yasmin, "the colour one gets us every time too");
        say(12, "20:00", erLobby, yasmin, "the Attic clock puzzle is living in my head rent free");
        say(12, "20:05", erLobby, meiLin, "SAME");
        say(16, "12:00", erLobby, anouk, "hen do booked for the 15th Jan, thanks Ravi and team!");
        say(16, "12:30", erLobby, ravi, "can't wait, we'll have the bubbles cold");
        say(19, "17:00", erLobby, owen, "birthday girl wants to come back for the Attic already");
        say(19, "17:15", erLobby, kasper, "she'll smash it");

        // D
        say(3, "20:00", scChat, olu, "anyone diving Sunday? swell's meant to drop");
        say(3, "20:15", scChat, carmen, "I'm in if it drops, harbour wall at 10?");
        say(3, "20:20", scChat, olu, "10 it is");
        say(7, "15:00", scChat, olu, "3m vis and a lobster the size of my arm");
        say(7, "15:10", scChat, fenna, "jealous, I was at work");
        say(9, "20:00", scChat, jun, "what do people wear under a wetsuit in December? asking for a future me");
        say(9, "20:15", scChat, carmen, "Jun honestly just a rash vest and then regret. most of us go dry in winter");
        say(9, "20:20", scChat, jun, "noted 😂");
        say(10, "21:00", scTrips, fenna, "I'm on the sheet for the Farnes, can anyone give me a lift from York?");
        say(10, "21:30", scTrips, lars, "Fenna, Olu comes through York, I'll ask him to shout");
        say(11, "08:00", scTrips, olu, "Fenna yes I'll pick you up at 6, station car park");
        say(16, "21:00", scChat, fenna, "seal pup photo is up in the club album, it's a goofy one");
        say(16, "21:20", scChat, olu, "that face 😂");

        // E
        say(2, "08:00", ckNatter, ngozi, "is anyone else's buttercream splitting in the cold kitchen?");
        say(2, "08:20", ckNatter, siobhan, "warm a bit of it and beat it back in, fixes it every time");
        say(2, "08:25", ckNatter, ngozi, "lifesaver");
        say(6, "12:00", ckShow, siobhan, "gingerbread village for the school fair, 9 houses and a church");
        say(6, "12:20", ckShow, priya, "the church roof!! 😍");
        say(14, "10:00", ckNatter, siobhan, "which boxes are people using for tall cakes? mine keep crushing "
                + "the toppers");
        say(14, "10:20", ckNatter, ngozi, "the 10 inch tall ones from the cash and carry, add a collar");
        say(20, "16:00", ckShow, ngozi, "dinosaur cake for Lucy's boy, gluten free, volcano with edible lava");
        say(20, "16:15", ckShow, siobhan, "the lava 🔥");

        // F
        say(2, "20:00", fgFinds, agnieszka, "first ever chicken of the woods, on an old oak, way too late in the "
                + "year so just photos");
        say(2, "20:10", fgFinds, rashid, "still a great find, remember the tree for next September");
        say(4, "12:00", fgKitchen, rashid, "anyone pickled wild garlic buds? thinking ahead to spring");
        say(4, "12:20", fgKitchen, maeve, "yes! like capers. brine first, then vinegar");
        say(5, "18:00", fgFinds, maeve, "turkey tail everywhere on the estate, the colours this year");
        say(5, "18:10", fgFinds, agnieszka, "so pretty, like little fans");
        say(6, "11:00", fgWalks, rashid, "I'll bring the loupe and the spore print kit on Sunday");
        say(6, "11:15", fgWalks, maeve, "perfect, the beginners love the spore prints");
        say(9, "19:00", fgKitchen, agnieszka, "hedgehog fungus fried in butter, better than chanterelles, fight me");
        say(9, "19:20", fgKitchen, rashid, "no fight from me");
        say(13, "16:00", fgWalks, agnieszka, "get well soon Maeve!");
        say(13, "16:10", fgWalks, rashid, "feel better Maeve, we'll keep the wood warm");
        say(16, "12:00", fgFinds, agnieszka, "wood blewits in the leaf litter, the purple is so strong");
        say(16, "12:10", fgFinds, ingrid, "those are beautiful");
        say(19, "15:00", fgWalks, maeve, "good foray today, thanks all, 9 species despite the wind");
        say(19, "15:10", fgWalks, ingrid, "my first one, loved it, thank you");

        // G
        say(1, "09:40", jmPantry, lorna, "Ifeoma the Minster one is lovely, bring a flask");
        say(3, "08:00", jmPantry, ifeoma, "what's everyone charging for 12oz jars this year? costs are mad");
        say(3, "08:20", jmPantry, bart, "£5 for jam, £6 for chutney, and I still feel like I'm giving it away");
        say(3, "08:25", jmPantry, lorna, "about the same here");
        say(6, "17:00", jmMarkets, bart, "farmers market today, sold 30 jars and got rained on twice");
        say(6, "17:15", jmMarkets, lorna, "30! well done");
        say(9, "09:00", jmPantry, bart, "anyone know a supplier for hexagonal jars that isn't 6 weeks' wait?");
        say(9, "09:30", jmPantry, ifeoma, "the wholesaler in Leeds had them in stock last week");
        say(9, "09:35", jmPantry, bart, "ta");
        say(14, "11:00", jmRecipes, lorna, "Seville oranges land in January, who's doing a marmalade day?");
        say(14, "11:20", jmRecipes, viktor, "me, if someone holds my hand");
        say(14, "11:25", jmRecipes, lorna, "hand will be held");
        say(19, "10:00", jmPantry, greta, "sold out at the village fair yesterday, thanks for all the stall tips");
        say(19, "10:20", jmPantry, lorna, "brilliant Greta!");

        // H
        say(2, "11:00", ppGeneral, saoirse, "anyone going to the puppet festival in Bristol next spring?");
        say(2, "11:20", ppGeneral, esperanza, "hoping to, they're taking applications in January");
        say(4, "10:00", ppGeneral, nikhil, "hello from a rainy Sheffield, carving all day");
        say(4, "10:10", ppGeneral, anneliese, "same weather here, perfect carving weather");
        say(10, "12:00", ppBench, anneliese, "foam mouth puppet: the jaw hinge keeps tearing at the glue line");
        say(10, "12:20", ppBench, saoirse, "back the hinge with a strip of felt, it takes the strain");
        say(10, "12:25", ppBench, anneliese, "genius, thank you");
        say(19, "13:00", ppGeneral, kofi, "workshop was chaos in the best way, 22 kids and a cardboard dragon");
        say(19, "13:20", ppGeneral, esperanza, "love that Kofi");
    }

    static Map<String, String> files() {
        return new HeldOutScenes58Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 58");
    }
}
