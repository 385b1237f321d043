package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 17 (SEALED until the integrator's runs): eight communities over three ISO weeks (2026-W36..W38, UTC),
 * written and labelled by writer17 before any coach ran on them. Its labels are
 * {@code bot/src/test/resources/eval/held-out-scenes-17.csv}. The cast (people, channels, roles) is declared first, in
 * a fixed order, so ids are the same on every run; the conversations come after, on a {@link Story} that knows the
 * whole cast (mentions are found by display name).
 */
final class HeldOutScenes17Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 8, 31);
    private static final int DAYS = 21;
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 9, 21, 6, 40, 0, 0, ZoneOffset.UTC);

    // A. A fishkeeping server.
    private final String aqua = cast.guild(481);
    private final String aquaName = "Driftwood & Duckweed";
    private final Channel aTanks = cast.channel(aqua, aquaName, "tank-journals",
            "one thread per tank: progress pics, param logs, your tank's diary", "aqua-tank-journals.json");
    private final Channel aSick = cast.channel(aqua, aquaName, "sick-fish-er",
            "fish looking off? post params (ammonia / nitrite / nitrate / pH / temp) + pics", "aqua-sick-fish-er.json");
    private final Channel aSwap = cast.channel(aqua, aquaName, "plant-swap",
            "trade cuttings + critters, monthly swap meet, local pickup", "aqua-plant-swap.json");
    private final Channel aOff = cast.channel(aqua, aquaName, "off-topic-bubbles", null, "aqua-off-topic-bubbles.json");
    private final Persona mara = cast.person("maraquist", "Mara Quist");
    private final Persona teo = cast.person("teo.tetras", "Teo Banerjee");
    private final Persona jonah = cast.person("jfeld", "Jonah Feld");
    private final Persona ines = cast.person("inescarv", "Ines Carvalho");
    private final Persona pavel = cast.person("pdrozd", "Pavel Drozd");

    // B. A bonsai club.
    private final String bonsai = cast.guild(482);
    private final String bonsaiName = "Nebari Nerds";
    private final Channel bShow = cast.channel(bonsai, bonsaiName, "show-your-trees",
            null, "bonsai-show-your-trees.json");
    private final Channel bYama = cast.channel(bonsai, bonsaiName, "yamadori-season",
            "collecting trips, permits, aftercare", "bonsai-yamadori-season.json");
    private final Channel bWire = cast.channel(bonsai, bonsaiName, "wiring-help",
            "stuck on a bend? ask here, pics help", "bonsai-wiring-help.json");
    private final Channel bMeet = cast.channel(bonsai, bonsaiName, "club-meetups",
            "monthly meets, digs, workshops", "bonsai-club-meetups.json");
    private final Channel bMarket = cast.channel(bonsai, bonsaiName, "pots-tools-market",
            "buy / sell / trade. prices in the post please", "bonsai-pots-tools-market.json");
    private final Persona hiro = cast.person("hiro_t", "Hiro Tanabe");
    private final Persona fenna = cast.person("fennaklei", "Fenna Smit");
    private final Persona gus = cast.person("gusortlieb", "Gus Ortlieb");
    private final Persona zora = cast.person("zoralq", "Zora Lindqvist");
    private final Persona quentin = cast.person("q.abara", "Quentin Abara");
    private final Persona birgit = cast.person("birgit.a", "Birgit Aalto");
    private final Channel bDm = cast.dm("2026-09-08", "Quentin Abara", "bonsai-dm-quentin.json");

    // C. A chess club.
    private final String chess = cast.guild(483);
    private final String chessName = "Rook & Roll Chess Club";
    private final Channel cGames = cast.channel(chess, chessName, "game-analysis",
            "post your games, get eyes on them, give eyes back", "chess-game-analysis.json");
    private final Channel cPuzzle = cast.channel(chess, chessName, "puzzle-of-the-day", null,
            "chess-puzzle-of-the-day.json");
    private final Channel cClub = cast.channel(chess, chessName, "club-night",
            "Thursdays 7pm, back room of the Ferry Tavern", "chess-club-night.json");
    private final Channel cCoach = cast.channel(chess, chessName, "coaching-corner",
            "coaches: offers go here. everyone: ask about lessons here", "chess-coaching-corner.json");
    private final Channel cBanter = cast.channel(chess, chessName, "banter", null, "chess-banter.json");
    private final Persona arjun = cast.person("arjun_fm", "Arjun Menon");
    private final Persona lena = cast.person("lenav", "Lena Vogt");
    private final Persona dmitri = cast.person("dsokolov", "Dmitri Sokolov");
    private final Persona kofi = cast.person("kofiplays", "Kofi Mensah");
    private final Persona wren = cast.person("wren.ashby", "Wren Ashby");
    private final Persona sophie = cast.person("sophtran", "Sophie Tran");

    // D. An amateur astronomy server.
    private final String astro = cast.guild(484);
    private final String astroName = "Dark Sky Dispatch";
    private final Channel dClear = cast.channel(astro, astroName, "clear-skies-tonight",
            "forecasts + who's heading out", "astro-clear-skies-tonight.json");
    private final Channel dPhoto = cast.channel(astro, astroName, "astrophotography",
            "your captures + processing questions", "astro-astrophotography.json");
    private final Channel dGear = cast.channel(astro, astroName, "gear-talk", null, "astro-gear-talk.json");
    private final Channel dOutreach = cast.channel(astro, astroName, "outreach-nights",
            "public star parties: volunteers sign up here", "astro-outreach-nights.json");
    private final Channel dSite = cast.channel(astro, astroName, "dark-site-trips", null, "astro-dark-site-trips.json");
    private final Persona ravi = cast.person("ravi.scopes", "Ravi Iyer");
    private final Persona maeve = cast.person("maeveoc", "Maeve O'Connor");
    private final Persona bram = cast.person("bramk", "Bram Kuipers");
    private final Persona nadia = cast.person("nhaddad", "Nadia Haddad");
    private final Persona elio = cast.person("elio_f", "Elio Ferraro");

    // E. A van-conversion server.
    private final String van = cast.guild(485);
    private final String vanName = "Stealth Campers & Self-Builds";
    private final Channel eBuild = cast.channel(van, vanName, "build-threads", null, "van-build-threads.json");
    private final Channel eElec = cast.channel(van, vanName, "electrics-help",
            "solar, batteries, 12v, shore power. ask away", "van-electrics-help.json");
    private final Channel eSpots = cast.channel(van, vanName, "spots-and-routes", null, "van-spots-and-routes.json");
    private final Channel eTrade = cast.channel(van, vanName, "trader-row",
            "sell your stuff + services. one post a week each please", "van-trader-row.json");
    private final Persona cal = cast.person("whitfordvans", "Cal Whitford");
    private final Persona juno = cast.person("junopark", "Juno Park");
    private final Persona ola = cast.person("ola.n", "Ola Nyberg");
    private final Persona dez = cast.person("dezonwheels", "Dez Morrow");
    private final Persona tamsin = cast.person("tamsinsews", "Tamsin Reyes");

    // F. A miniature-painting server.
    private final String minis = cast.guild(486);
    private final String minisName = "Brush & Bitz";
    private final Channel fWip = cast.channel(minis, minisName, "wip-wednesday",
            "works in progress. C&C welcome, be kind", "minis-wip-wednesday.json");
    private final Channel fBoard = cast.channel(minis, minisName, "commission-board",
            "painters: post your slots. clients: post what you need + budget", "minis-commission-board.json");
    private final Channel fLab = cast.channel(minis, minisName, "contrast-paint-lab", null,
            "minis-contrast-paint-lab.json");
    private final Channel fShow = cast.channel(minis, minisName, "army-showcase", null, "minis-army-showcase.json");
    private final Channel fChat = cast.channel(minis, minisName, "hobby-chat", null, "minis-hobby-chat.json");
    private final Persona sven = cast.person("svenpaints", "Sven Halloran");
    private final Persona poppy = cast.person("poppy.a", "Poppy Adeyemi");
    private final Persona bea = cast.person("beamoreau", "Bea Moreau");
    private final Persona ilya = cast.person("ilya_sculpts", "Ilya Petrov");
    private final Persona gideon = cast.person("gideonr", "Gideon Rask");

    // G. A barbers' trade server.
    private final String barbers = cast.guild(487);
    private final String barbersName = "Fade Lab";
    private final Channel gChair = cast.channel(barbers, barbersName, "the-chair", null, "barbers-the-chair.json");
    private final Channel gCrit = cast.channel(barbers, barbersName, "cut-critique",
            "post your cuts, get honest feedback, give some back", "barbers-cut-critique.json");
    private final Channel gBiz = cast.channel(barbers, barbersName, "business-of-barbering",
            "pricing, booking, no-shows, rent, staff", "barbers-business-of-barbering.json");
    private final Channel gClip = cast.channel(barbers, barbersName, "clipper-care", null, "barbers-clipper-care.json");
    private final Channel gJobs = cast.channel(barbers, barbersName, "jobs-and-chairs",
            "chair rentals, job posts, looking for work", "barbers-jobs-and-chairs.json");
    private final Persona marco = cast.person("marcobellini", "Marco Bellini");
    private final Persona kemi = cast.person("kemicuts", "Kemi Oduya");
    private final Persona tariq = cast.person("tariq.fades", "Tariq Aziz");
    private final Persona jules = cast.person("julesokafor", "Jules Okafor");
    private final Persona vera = cast.person("vera.lintz", "Vera Lintz");

    // H. A bike shop's own community.
    private final String bikes = cast.guild(488);
    private final String bikesName = "Spoke & Sprocket";
    private final Role team = cast.role("Team", "#e67e22", 2);
    private final Channel hMech = cast.channel(bikes, bikesName, "ask-the-mechanics",
            "post your bike problem (pics help) and our staff will reply", "bikes-ask-the-mechanics.json");
    private final Channel hRides = cast.channel(bikes, bikesName, "group-rides",
            "Sunday shop rides, all paces, no-drop", "bikes-group-rides.json");
    private final Channel hNew = cast.channel(bikes, bikesName, "new-in-store", null, "bikes-new-in-store.json");
    private final Channel hReports = cast.channel(bikes, bikesName, "ride-reports", null, "bikes-ride-reports.json");
    private final Channel hMarket = cast.channel(bikes, bikesName, "members-marketplace",
            "members' used bikes + parts", "bikes-members-marketplace.json");
    private final Persona ellie = cast.person("ellie.spoke", "Ellie Brandt", team);
    private final Persona sami = cast.person("sami_wrench", "Sami Kallio", team);
    private final Persona gwyn = cast.person("gwynp", "Gwyn Parry");
    private final Persona lukas = cast.person("lukasm", "Lukas Meyer");
    private final Persona rosa = cast.person("rosalind", "Rosa Lind");
    private final Persona noor = cast.person("noorfits", "Noor Haddou");
    private final Persona jasper = cast.person("jasperh", "Jasper Holm");

    private HeldOutScenes17Script() {
        super(new SceneIds(11600), FIRST_MONDAY, DAYS);
    }

    /** Every channel's export: file name to DiscordChatExporter JSON. */
    static Map<String, String> files() {
        HeldOutScenes17Script script = new HeldOutScenes17Script();
        script.write();
        return script.export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-17"), files(),
                "held-out round 17 (sealed)");
    }

    /** The conversations, community by community; day 1 is Monday 2026-08-31, day 21 Sunday 2026-09-20. */
    private void write() {
        aquarium();
        bonsai();
        chess();
        astronomy();
        vans();
        minis();
        barbers();
        bikes();
    }

    /** A. Driftwood & Duckweed: hobbyists, a local fish-shop owner, a swap meet. */
    private void aquarium() {
        say(1, "07:42", aTanks, mara, "60P journal, day 1 of the blackout 🌑 towel over the tank, co2 off, "
                + "lights off for 3 days. the green dust algae has won this round");
        say(1, "19:10", aOff, pavel, "anyone else's cat obsessed with the tank at night or just mine");
        say(1, "19:14", aOff, jonah, "mine sits on the lid. it's warm i guess");
        say(1, "21:30", aTanks, mara, "blackout day 1 evening. peeked. shrimp are fine, grazing like nothing happened");
        say(2, "07:55", aTanks, mara, "day 2. no peeking (I peeked). params: ammonia 0, nitrite 0, nitrate 10, "
                + "pH 6.8, 24.5C");
        Post betta = say(2, "18:02", aSick, jonah, "help pls. my betta's tail looks ragged at the ends and kind of "
                + "white-ish on the edges, started 3 days ago. 20L, filtered, heater 26C. ammonia 0 nitrite 0 "
                + "nitrate 20ish. i'm new to this, he's my first fish 😟");
        re(2, "18:20", teo, betta, "sounds like early fin rot, very fixable if you catch it now. few reads that "
                + "helped my customers: https://www.fishkeepingwiki.org/fin-rot");
        re(2, "18:21", teo, betta, "https://bettacareguide.net/water-changes-small-tanks");
        re(2, "18:21", teo, betta, "https://www.aquariumscience.org/index.php/5-6-water-changes/");
        re(2, "18:22", teo, betta, "and the one I wrote up for the shop blog on indian almond leaves "
                + "https://teostetras.shop/blog/almond-leaves . tl;dr clean water first, meds only if it "
                + "spreads");
        re(2, "18:40", jonah, betta, "omg thank you. so just water changes?");
        say(2, "18:44", aSick, teo, "yep, 25-30% every other day for a week, match the temp. post a pic in 3 days");
        say(2, "21:15", aTanks, mara, "day 2 night: towel stays on. read that blackouts work better if you dose "
                + "excel after, we'll see");
        Post crypts = say(3, "08:10", aTanks, mara, "unrelated to the blackout but the crypts I moved last week are "
                + "melting to nothing. anyone know if they come back?");
        re(3, "09:02", teo, crypts, "crypt melt is super normal after a move. leave the roots in, they'll throw new "
                + "leaves in 2-3 wks");
        re(3, "09:30", mara, crypts, "phew ok, leaving them alone. ty Teo");
        say(3, "12:40", aSick, mara, "Jonah what Teo said. also don't overfeed while he heals, 2-3 pellets is plenty,"
                + " bettas are greedy liars 😂");
        say(3, "12:51", aSick, jonah, "haha he does act starving. ok 3 pellets");
        say(3, "20:05", aTanks, mara, "day 3 final blackout day. towel off tomorrow morning, fingers crossed");
        Post swap = say(4, "10:15", aSwap, ines, "📣 September swap meet is Sat 12th, 10-1 at the Eastside community "
                + "hall (free, bring cuttings, snails, spare gear). sign up for a table here so we know numbers: "
                + "https://forms.gle/dd5wapMeetSept");
        swap.react("🎉", pavel, mara);
        say(4, "07:30", aTanks, mara, "BLACKOUT OVER. green dust ~90% gone, glass wiped, 50% water change done. "
                + "plants a bit pale but alive");
        say(4, "19:20", aSick, ines, "Jonah if the edges go fuzzy like cotton that's a different thing, post a pic "
                + "then. but sounds like you're on it");
        say(4, "19:35", aSick, jonah, "no fuzz so far, thanks Ines! will keep an eye on it");
        say(5, "08:00", aTanks, mara, "day 5: lights back on a 6h photoperiod, ramping up slowly. co2 back on at "
                + "1bps");
        say(5, "18:45", aTanks, mara, "evening update, shrimplets everywhere. counted 14 😍");
        say(6, "10:12", aTanks, mara, "weekend trim done. rotala tops replanted at the back, monte carlo carpet "
                + "filling in the left corner finally");
        Post finPic = say(6, "14:30", aSick, jonah, "day 4 of water changes, edges look less white and there's "
                + "like a clear bit growing back?? pic: https://imgur.com/a/bettaF1ns");
        re(6, "15:02", teo, finPic, "that clear edge is regrowth 🎉 keep going");
        finPic.react("🎉", mara, ines);
        say(7, "09:40", aTanks, mara, "day 7 params: ammonia 0 / nitrite 0 / nitrate 5 / pH 6.7. no algae back yet. "
                + "the blackout worked, I'm calling it");
        say(7, "20:10", aOff, pavel, "who's going to the swap? I'm bringing approx 400 ramshorns");

        // Week 2: the shop owner sells at people, the swap organiser misses a question, Mara goes away.
        Post reminder = say(8, "09:05", aSwap, ines, "swap meet reminder: Sat 12th, Eastside hall. 9 tables "
                + "taken, sign-up still open: https://forms.gle/dd5wapMeetSept");
        re(8, "11:48", pavel, reminder, "@Ines Carvalho can I bring snails too or is it plants only? got a LOT "
                + "of ramshorns lol");
        say(8, "12:20", aTanks, mara, "week 2 on the 60P, reintroducing ferts at half dose");
        say(9, "17:30", aOff, teo, "restock friday 🐠 pygmy cories, ottos, blue dream shrimp, and a box of "
                + "bucephalandra. DM me for the full list + prices");
        Post lush = say(10, "08:15", aTanks, mara, "the carpet finally pearled today!! pic "
                + "https://imgur.com/a/mc60pPearl");
        re(10, "09:40", teo, lush, "looking lush! btw I've got that exact christmas moss in this week, 6€ a "
                + "portion, DM me if u want some");
        re(10, "10:02", mara, lush, "haha I'm ok for moss, it's taking over already");
        say(10, "18:30", aSwap, ines, "12 tables taken, 6 left! last call for the swap sign-up: "
                + "https://forms.gle/dd5wapMeetSept");
        say(11, "13:05", aOff, ines, "anyone tried the new tropica ferts? thinking of switching");
        say(11, "13:20", aOff, mara, "I use their specialised, it's fine but pricey");
        say(11, "13:26", aOff, ines, "yeah that's what I'm scared of lol");
        say(12, "11:00", aSwap, teo, "anyone want buce before the swap? 8€ a rhizome, pickup at the shop, DM me");
        say(12, "16:45", aOff, mara, "off to my sister's wedding in Porto 💃 back Monday! no tank updates "
                + "till then");
        say(12, "16:50", aOff, pavel, "have fun!! don't let the shrimp throw a party");
        say(13, "14:40", aSwap, pavel, "swap was great, came home with 0 snails and 6 plants. net win");
        say(13, "20:12", aTanks, jonah, "@Mara Quist what ferts do you dose in the 60P? my new plants are getting "
                + "black beard algae and i think i'm overdosing");
        say(13, "20:30", aSwap, ines, "thank you all for coming!! 31 people, best one yet ❤️ next one in November");

        // Week 3: Mara is back and answers Jonah first.
        say(15, "08:20", aTanks, mara, "Jonah: back now, sorry! I do half the label dose of an all-in-one, 3x a "
                + "week. BBA usually means co2 swinging, not ferts. spot treat with excel and keep co2 steady");
        say(15, "09:10", aTanks, jonah, "ahh ok, no co2 on mine so that's probably it. thanks Mara 🙏");
        say(15, "19:00", aTanks, mara, "60P week 3: trimmed, water change, nitrate 10. wedding was lovely btw");
        say(16, "10:30", aSwap, ines, "oh Pavel sorry I completely missed your snail question!! yes snails are "
                + "always welcome (in a bag, not loose 😂) for November");
        say(16, "11:02", aSwap, pavel, "lol noted. november the snails will be ready");
        say(17, "18:40", aSick, pavel, "one of my ramshorns has a white shell patch, anyone know if that's "
                + "calcium?");
        say(17, "19:05", aSick, teo, "yeah usually soft water. cuttlebone in the filter or a bit of crushed "
                + "coral sorts it");
        say(17, "19:10", aSick, pavel, "nice, got cuttlebone for the budgie lol");
    }

    /** B. Nebari Nerds: a bonsai club, two potters, a workshop seller, a beginner. */
    private void bonsai() {
        say(1, "09:30", bMeet, quentin, "Autumn repotting workshop at my garden studio, Sat 19th Sept, 45€ incl. "
                + "soil + wire, 6 spots. tickets: https://quentinbonsai.eu/workshops/autumn");
        say(1, "11:05", bShow, hiro, "trident maple after the summer defoliation. second flush came in tight "
                + "https://imgur.com/a/tridentSept");
        say(1, "11:40", bShow, birgit, "the ramification on that 😍");
        say(1, "12:02", bShow, gus, "that pot is doing a lot of work too. yours Hiro?");
        say(1, "12:15", bShow, hiro, "no, old tokoname one from a fair. found it under a table");
        say(1, "18:20", bShow, quentin, "lovely tree! if anyone wants hands-on help with their own trees, my "
                + "autumn workshop still has spots: https://quentinbonsai.eu/workshops/autumn");
        say(2, "08:10", bYama, quentin, "collected trees need proper repotting care too. covering it at my "
                + "workshop: https://quentinbonsai.eu/workshops/autumn");
        say(2, "19:45", bYama, hiro, "anyone been up to the quarry site since the new owner? heard permits changed");
        say(2, "20:30", bYama, birgit, "yes, they now want a letter from the club. I'll sort one for the next dig");
        say(3, "10:00", bYama, birgit, "great write-up on aftercare for collected pines by the people at Tall Pines "
                + "Nursery, worth reading before the dig: https://tallpinesnursery.de/blog/yamadori-aftercare");
        say(3, "10:40", bYama, hiro, "good one. the bit on not fertilising the first year is so true");
        say(4, "17:00", bMeet, birgit, "monthly meet is Sun 13th, 2pm at the allotment shed. bring a tree you're "
                + "stuck on. tea provided, cake if Gus remembers");
        say(4, "17:12", bMeet, gus, "cake is not guaranteed but likely");
        Post firstTree = say(5, "20:40", bShow, zora, "hi all! first juniper!! got it from a garden centre last "
                + "week, no idea what i'm doing, go easy on me 😅 https://imgur.com/a/zoraJuni1");
        re(5, "21:10", hiro, firstTree, "welcome! nice trunk movement. don't cut anything yet, let it grow and "
                + "get strong till spring");
        re(5, "21:25", birgit, firstTree, "welcome Zora! Hiro is right, patience is the whole hobby 😄");
        firstTree.react("❤️", hiro, birgit);
        re(5, "21:40", zora, firstTree, "ok no cutting. thanks!!");

        // Week 2: help for the beginner, a cold pitch by DM, two potters talk shop.
        say(8, "09:00", bMarket, fenna, "new batch of unglazed training pots out of the kiln, shohin to medium, "
                + "12-35€, pics + sizes: https://imgur.com/a/fennaPotsSept");
        Post kiln = say(8, "09:30", bMarket, gus, "@Fenna Smit those are lovely. what cone did you fire to?");
        re(8, "09:52", fenna, kiln, "cone 6, reduction this time. the iron came out way darker than I wanted");
        re(8, "10:05", gus, kiln, "reduction does that. I had the same with my stoneware last spring");
        Post wire = say(8, "19:15", bWire, zora, "how thick a wire do i need for a branch like this? it's maybe "
                + "as thick as a pencil https://imgur.com/a/zoraBranch");
        re(8, "19:40", hiro, wire, "rule of thumb is a third of the branch thickness. these explain it better than "
                + "me: https://bonsaiempire.com/basics/styling/wiring");
        re(8, "19:41", hiro, wire, "https://www.bonsai4me.com/techniques/wiring-basics");
        re(8, "19:41", hiro, wire, "https://youtu.be/wireAnchor101");
        re(8, "19:42", hiro, wire, "https://www.evergreengardenworks.com/wire.htm (old site, still the best "
                + "chart)");
        re(8, "20:05", zora, wire, "thank youuu, 2mm alu it is");
        say(9, "11:20", bMarket, fenna, "Gus are you doing the Utrecht fair this year? thinking about a table");
        say(9, "11:45", bMarket, gus, "yes, booked already. shared table maybe? split the fee");
        say(9, "11:50", bMarket, fenna, "oh that would be perfect. I'll bring the cloths");
        Post dm = say(9, "14:05", bDm, quentin, "Hi Zora! saw your juniper in #show-your-trees 🌲 it has "
                + "potential. I do 1:1 styling sessions, 30€/h, online or in person. book a slot here: "
                + "https://quentinbonsai.eu/book");
        re(9, "18:30", zora, dm, "oh thanks! i think i'll just learn here for now, i only got it last week");
        Post bite = say(10, "20:00", bWire, zora, "wire is already biting into the bark after 2 days?? did i do "
                + "it too tight");
        re(10, "20:20", hiro, bite, "junipers swell fast in september. unwind it now and rewire a bit looser, "
                + "it's fine");
        re(10, "20:35", zora, bite, "phew ok");
        say(10, "21:00", bShow, fenna, "Gus look what came out of the test kiln, the crackle worked "
                + "https://imgur.com/a/fennaCrackle");
        say(10, "21:08", bShow, gus, "oh wow. that's the shino?");
        say(10, "21:10", bShow, fenna, "yes! 3rd try");
        Post cheap = say(11, "12:30", bMarket, zora, "where do you all get cheap training pots for small trees? "
                + "the garden centre ones are so ugly and crack in winter");
        say(11, "13:15", bMarket, fenna, "@Gus Ortlieb did your kiln shelves crack too with the fast cooling?");
        say(11, "13:40", bMarket, gus, "one did. I slowed the last 200 degrees and no problems since");
        say(11, "13:44", bMarket, fenna, "ok that's what I'll try");
        Post repot = say(12, "10:10", bWire, zora, "last q this week i promise: is it too late to repot now or "
                + "wait for spring?");
        re(12, "10:30", birgit, repot, "wait for spring with a juniper, unless it's sitting in pure peat");
        re(12, "11:15", hiro, repot, "agree, spring. slip-pot at most");
        re(12, "11:30", zora, repot, "spring it is, thanks both");
        say(12, "16:20", bShow, fenna, "Gus for the fair: I'll do the banner, you do the card reader?");
        say(12, "16:45", bShow, gus, "deal");
        say(12, "16:52", bShow, fenna, "🙌 I'll sketch the banner this weekend");
        say(13, "09:05", bMarket, birgit, "Zora, Fenna sells lovely training pots, she posted some on Tuesday ^");
        say(13, "15:30", bShow, fenna, "Gus are you bringing the shino ones to the meet tomorrow? want to see "
                + "them in daylight");
        say(13, "15:48", bShow, gus, "if they survive the bike ride, yes");
        say(13, "15:55", bShow, fenna, "😂 wrap them in a jumper");

        // Week 3: the club's own dig, the workshop's last spots, the beginner's progress.
        say(15, "18:00", bYama, birgit, "club dig on Sat 26th at the quarry, permit letter sorted. free, sign up so "
                + "we can share lifts: https://forms.gle/nebariDigSept");
        say(15, "18:30", bYama, hiro, "in. I can take 3 people + tools");
        say(16, "12:00", bMeet, quentin, "2 spots left for Saturday's workshop! "
                + "https://quentinbonsai.eu/workshops/autumn");
        say(17, "20:10", bShow, zora, "rewired it looser like Hiro said, and it's pushing new tips "
                + "https://imgur.com/a/zoraJuni2");
        say(17, "20:30", bShow, hiro, "that's looking like a bonsai now 👏");
        say(18, "09:40", bMarket, fenna, "Zora sorry only just saw this! I've got a few 15€ seconds with glaze "
                + "flaws, happy to bring one to the meet");
        say(18, "10:00", bMarket, zora, "yes please!!");
    }

    /** C. Rook & Roll: a chess club with a coach, a streamer and a player who only takes feedback. */
    private void chess() {
        Post l1 = say(1, "20:10", cGames, lena, "lost in 24 moves again with the london 😩 where did it go wrong? "
                + "https://lichess.org/Lv8kQm2x");
        Post wrenBlitz = say(1, "17:00", cClub, wren, "Thursday is blitz night! 3+2 arena, £3 entry and it all "
                + "goes in the prize pot. sign up so we can pair people: https://forms.gle/rookBlitzSept");
        wrenBlitz.react("🔥", dmitri, arjun);
        re(1, "21:30", dmitri, l1, "move 11, you castled into the h-pawn storm. with the bishop gone from d3 "
                + "h2 is just weak. try Nd2 first");
        re(1, "21:50", lena, l1, "ohhh. didn't see h4 coming at all");
        say(1, "19:00", cCoach, arjun, "autumn coaching slots open: 1:1 lessons £30/h, game reviews £15. FM, 12 "
                + "years coaching juniors + adults. DM or book here: https://arjunchess.co.uk/book");
        Post price = say(2, "12:15", cCoach, sophie, "hi, how much would 4 lessons be? I'm ~1200 rapid and stuck "
                + "there for a year");
        re(2, "13:40", arjun, price, "for 4 I do £100. first one can be a free 20 min chat to see if we click, "
                + "book any slot here: https://arjunchess.co.uk/book");
        re(2, "14:02", sophie, price, "nice, booked thursday!");
        say(2, "19:30", cGames, lena, "today's rapid, won but it felt lucky https://lichess.org/Qe4fTz09");
        say(2, "19:31", cGames, lena, "opponent hung a rook on move 30, before that I was worse");
        say(2, "10:00", cPuzzle, dmitri, "today's: white to move, mate in 3. no engines 👀 "
                + "https://lichess.org/training/Xk2pa");
        say(2, "10:35", cPuzzle, kofi, "Qh7+ first? then the knight?");
        say(2, "10:50", cPuzzle, dmitri, "yes!! the knight sac is the point");
        Post l3 = say(3, "20:00", cGames, lena, "another london loss, same thing again?? "
                + "https://lichess.org/Rr2mVx7b");
        re(3, "21:15", dmitri, l3, "different issue this time. you traded your good bishop on move 9 and then "
                + "had no plan. the queenside break c4 is the london plan");
        re(3, "21:40", lena, l3, "ok c4. noted");
        say(3, "18:10", cClub, wren, "blitz tonight! 14 signed up, a few spots left: "
                + "https://forms.gle/rookBlitzSept");
        Post dGame = say(4, "19:05", cGames, dmitri, "my turn: worst loss this month, a 1900 took me apart in the "
                + "caro-kann. anyone see where my plan went wrong? https://lichess.org/Dm9cKa81");
        say(4, "19:50", cGames, lena, "won one with the c4 idea!! https://lichess.org/Ww3cBn44");
        say(4, "19:52", cGames, lena, "thanks Dmitri, it actually works");
        say(4, "22:30", cBanter, wren, "blitz recap: Arjun won (obviously), Sophie beat me in round 3 and I'm not "
                + "over it");
        say(4, "22:41", cBanter, sophie, "I will be framing that game");
        Post l5 = say(5, "20:20", cGames, lena, "ok why does the engine hate my move 15 here "
                + "https://lichess.org/Ft7pLm21");
        re(5, "21:00", arjun, l5, "Bxf6 gives up the dark squares for nothing. keep the bishop, play Re1 and "
                + "wait");
        re(5, "21:10", dmitri, l5, "+1 to Arjun. also 17.Ne5 was there");
        re(5, "21:25", lena, l5, "hmm ok");
        say(6, "11:00", cGames, lena, "saturday blitz binge, this one was fun https://lichess.org/Sb5kLz66");
        say(6, "11:02", cGames, lena, "sacked the exchange on move 20 and it worked somehow");

        // Week 2: the streamer posts his stream everywhere in one evening.
        say(8, "10:00", cPuzzle, dmitri, "today's: black to move and win a piece https://lichess.org/training/Pm4cQ");
        say(8, "10:40", cPuzzle, sophie, "...Nd4! fork if the bishop takes");
        say(8, "10:52", cPuzzle, dmitri, "correct 👏");
        say(9, "19:50", cBanter, kofi, "going live in 10, puzzle rush + viewer games tonight 🎮 "
                + "https://twitch.tv/kofiplays");
        say(9, "20:02", cPuzzle, kofi, "doing today's puzzle live on stream rn, come solve it with chat: "
                + "https://twitch.tv/kofiplays");
        say(9, "21:30", cClub, kofi, "can't make thursday, streaming instead. come hang: "
                + "https://twitch.tv/kofiplays");
        say(10, "18:30", cClub, wren, "no blitz this week, just casual games + the ending lecture by Arjun 🙂");
        say(10, "18:35", cClub, arjun, "rook endings, bring questions");
        Post dGame2 = say(11, "20:10", cGames, dmitri, "still nobody on my caro-kann loss? ok I'll bump it once: "
                + "https://lichess.org/Dm9cKa81");
        re(11, "21:00", arjun, dGame2, "looked now: your ...c5 break came two moves too late. after Nf3 it's "
                + "just worse for black");
        re(11, "21:20", dmitri, dGame2, "argh, yes. thanks Arjun");
        say(12, "12:00", cBanter, sophie, "anyone up for a casual 15+10 tonight?");
        say(12, "12:20", cBanter, dmitri, "me, after 8");

        // Week 3: the streamer asks two regulars for follows; a question to the coach on Saturday.
        say(15, "09:30", cBanter, kofi, "@Arjun Menon @Dmitri Sokolov would you mind following me on twitch? "
                + "I'm 4 follows off affiliate 🙏 it's kofiplays");
        say(15, "10:10", cPuzzle, dmitri, "today's is evil: draw for white, somehow "
                + "https://lichess.org/training/Dr4wW");
        say(16, "19:40", cGames, lena, "Dmitri finally looked at your caro one, sorry it took me ages. I think "
                + "move 14 Qb6 is the real mistake, the queen gets kicked around after that");
        say(16, "20:05", cGames, dmitri, "oh that's a good point, I never even looked at Qb6");
        say(17, "18:00", cClub, wren, "club night Thursday as usual. Sophie's bringing her brother to try it");
        say(18, "17:45", cCoach, arjun, "two slots freed up for October if anyone was waiting");
        say(19, "11:20", cCoach, sophie, "@Arjun Menon do you also do group lessons for kids? my brother (9) "
                + "loved club night and wants in");
        say(19, "15:00", cBanter, dmitri, "that draw puzzle still haunts me");
    }

    /** D. Dark Sky Dispatch: astronomers, a refurbished-telescope seller, an outreach volunteer call. */
    private void astronomy() {
        Post first = say(1, "19:20", dGear, elio, "first scope question 🙈 budget ~300, mostly want planets + the "
                + "moon, small balcony in a city. what would you get?");
        re(1, "19:45", ravi, first, "for planets on a balcony a 6 or 8 inch dob is hard to beat, lots of "
                + "aperture for the money and no mount to fiddle with. avoid the 'high power' bundles with "
                + "tiny tripods. full disclosure I refurb these, have an 8\" for 260 if you want one, DM me");
        re(1, "20:10", maeve, first, "+1 dob. check the balcony though, heat off the building ruins seeing. "
                + "let it cool 30 min");
        re(1, "20:25", bram, first, "a 127 mak is the other option if the 8\" is too big to carry");
        re(1, "21:00", elio, first, "thank you all, the dob sounds right. will measure the balcony door lol");
        say(2, "23:40", dPhoto, maeve, "M31 from my back garden, 4h total. I finally got my guiding under 1\" "
                + "rms after I rebalanced my mount east-heavy, and my flats actually worked this time. I stacked "
                + "in Siril and did my stretch by hand instead of my usual auto-stretch "
                + "https://astrobin.com/maeve/m31sept");
        say(2, "23:55", dPhoto, bram, "the dust lanes!! 😍");
        say(3, "18:00", dOutreach, nadia, "Outreach night at Hollow Park, Sat 12th from 8pm 🔭 saturn is up all "
                + "evening. we need 6 volunteers with scopes to show the public. sign-up sheet: "
                + "https://forms.gle/darkskyOutreach12");
        say(3, "18:20", dOutreach, bram, "put my name down with the 10\"");
        say(4, "22:10", dPhoto, maeve, "my first go at the veil nebula with my new dual-band filter. I underexposed "
                + "my subs I think, my histogram was squashed left, so next time I'll do 300s. my processing is "
                + "still messy in the corners https://astrobin.com/maeve/veil1");
        say(4, "22:40", dPhoto, nadia, "that's a great first veil. 300s sounds right for that filter");
        say(5, "20:00", dClear, bram, "clear till 2am here, anyone out?");
        say(5, "20:12", dClear, elio, "balcony test tonight with binoculars 😅");
        say(5, "20:15", dClear, maeve, "out in the garden, going for the veil again");
        say(6, "01:20", dPhoto, maeve, "veil take 2: I redid my flats and stacked my 300s subs, my colour balance "
                + "is finally where I wanted it. I'm so happy with my corners now "
                + "https://astrobin.com/maeve/veil2");
        say(6, "09:30", dPhoto, elio, "wow. one day 🙏");

        // Week 2: the seller pushes a restock in three rooms and leaves a returning customer waiting.
        Post restock = say(8, "10:00", dGear, ravi, "restock 🔭 three refurbished 8\" dobs + a 127 mak, all "
                + "collimated and tested, 10% off this week only: https://ravirefurbs.com/shop");
        say(8, "12:30", dOutreach, nadia, "3 volunteer spots left for Saturday: https://forms.gle/darkskyOutreach12");
        say(8, "15:20", dPhoto, ravi, "if your mak needs a tune-up before galaxy season, I've got refurbs in "
                + "stock at 10% off this week: https://ravirefurbs.com/shop");
        re(9, "09:15", maeve, restock, "@Ravi Iyer I got my barlow off you last year and still love it. does the "
                + "8\" come with a finder and a collimation cap? might get one for my nephew");
        say(9, "18:05", dClear, ravi, "clear skies forecast all weekend! perfect time for a new scope, 10% off "
                + "refurbs ends Sunday: https://ravirefurbs.com/shop");
        say(9, "18:30", dClear, elio, "my dob arrived!! (got a new one from a shop near me in the end). first "
                + "light tonight");
        say(9, "18:41", dClear, nadia, "congrats!! point it at saturn");
        say(10, "12:00", dOutreach, nadia, "1 spot left for Saturday! https://forms.gle/darkskyOutreach12");
        say(10, "12:20", dOutreach, maeve, "took it, I'll bring the 80mm");
        say(11, "21:15", dGear, ravi, "anyone tried the new Baader zoom? thinking of stocking it");
        say(11, "21:40", dGear, bram, "mine is great, a bit heavy for small scopes");
        say(12, "23:50", dOutreach, nadia, "thank you volunteers!! 140 people came through, the saturn queue "
                + "was round the pond ❤️");
        say(13, "00:10", dOutreach, maeve, "a kid asked if saturn was a sticker on my lens 😂 best night");

        // Week 3: a member who only talks about himself; the seller gets back to his customer.
        say(15, "08:40", dGear, ravi, "Maeve sorry, only just saw your q! yes finder + collimation cap included. "
                + "and glad the barlow's still going");
        say(15, "08:55", dGear, maeve, "great, will DM you 👍");
        say(15, "21:30", dClear, bram, "I finished my observatory shed this weekend. I built the roll-off roof "
                + "myself out of garage door rails, and my pier is a concrete-filled drainpipe I cast in August. "
                + "my whole setup is permanently polar aligned now");
        say(16, "19:10", dGear, bram, "I've moved my EQ6 onto the new pier and my guiding is down to 0.6\" which "
                + "is the best I've ever had. I also swapped my old guide camera for a mono one I got secondhand");
        say(16, "19:30", dGear, nadia, "0.6 is great!");
        say(17, "22:05", dSite, bram, "I'm not sure I even need dark site trips anymore now that I have my own "
                + "observatory, but I'll probably still come to the next one with my small travel rig");
        say(17, "22:30", dClear, elio, "saw saturn's rings tonight with my own scope, actually yelled");
        say(17, "22:45", dClear, bram, "nice. I was imaging saturn from my shed too, my first time using my new "
                + "ADC, I'll post mine once I've processed it");
        say(18, "23:20", dPhoto, bram, "my saturn from the shed. my best planetary so far, I used my ADC and "
                + "my new barlow and stacked my best 10% of 20k frames https://astrobin.com/bramk/saturn1");
        say(19, "09:00", dPhoto, nadia, "that cassini division!");
    }

    /** E. Stealth Campers & Self-Builds: self-builders, a conversion business, a van vlogger, a curtain maker. */
    private void vans() {
        say(1, "08:30", eBuild, dez, "sprinter build week 9: kitchen carcass in, worktop oiled. "
                + "the van smells like a sauna now https://imgur.com/a/dezKitchen9");
        say(1, "09:02", eBuild, ola, "the oak looks class");
        Post inverter = say(2, "19:40", eElec, juno, "first build, 2016 transit. which inverter do i need for a "
                + "laptop + fridge?? totally lost with the wiring tbh");
        re(2, "20:05", cal, inverter, "honestly electrics is the one bit I'd never DIY, the fire risk is real. we "
                + "do full electrical installs from £1.8k, grab a free 15 min call and I'll spec it for you: "
                + "https://whitfordvans.co.uk/call");
        re(2, "20:30", ola, inverter, "you might not need an inverter at all. get a 12v compressor fridge and run "
                + "it straight off the battery, and a 12v usb-c PD charger for the laptop. if you want mains "
                + "anyway a 300w pure sine is plenty for that");
        re(2, "20:48", juno, inverter, "wait really? ok this is way less scary, thanks Ola");
        say(3, "11:00", eTrade, tamsin, "made-to-measure blackout curtains for vans 🌙 magnetic or track, from £85 "
                + "a set. pics + order form: https://tamsinsews.etsy.com");
        Post fuse = say(4, "18:15", eElec, juno, "ok next dumb q: do i fuse at the battery AND at the fuse box or "
                + "just one");
        re(4, "18:40", ola, fuse, "both. one as close to the battery + as you can, sized for the cable, then "
                + "each circuit at the box");
        re(4, "18:55", dez, fuse, "what Ola said. we skipped the battery one at first and the cable got hot, "
                + "never again");
        re(4, "19:10", juno, fuse, "both it is 👍");
        Post curtains = say(5, "07:10", eBuild, dez, "anyone do blackout curtains? our sprinter is a greenhouse "
                + "by 5am");
        re(5, "08:20", tamsin, curtains, "I make them! that's literally my thing. pics are in #trader-row, or send "
                + "me your window sizes and I'll tell you what'd work");
        re(5, "08:35", dez, curtains, "oh amazing, will measure tonight");
        Post solar = say(6, "15:30", eElec, juno, "last one this week: is 200w of solar enough in the uk or is it "
                + "a waste of roof");
        re(6, "16:00", tamsin, solar, "we have 200w on a crafter and it's fine march-oct, winter we top up on "
                + "hookup");
        re(6, "16:20", juno, solar, "good to know, thank you");

        // Week 2: a vlogger's episodes, a question to a helper answered without a reply link.
        say(8, "12:00", eSpots, dez, "new episode! we drove the Transfagarasan in a 20 year old van and it nearly "
                + "died on the hairpins: https://youtube.com/watch?v=dezEp11");
        say(8, "13:10", eSpots, ola, "that road is on my list. how was parking overnight up there?");
        say(8, "13:40", eSpots, dez, "Ola there's a big gravel lot by the lake at the top, nobody bothered us");
        say(9, "17:50", eElec, juno, "@Ola Nyberg would 200ah lithium be enough for fridge + laptop + a fan? or "
                + "do i need 300");
        say(9, "18:15", eElec, ola, "200 is plenty if you've got 300w+ of solar up top. the fridge is the big "
                + "draw, the fan barely counts");
        say(9, "18:30", eElec, juno, "perfect, ordering the 200 then");
        say(10, "07:45", eElec, dez, "if you're wiring a van, our Ep 10 is the full electrics walkthrough, "
                + "whole system start to finish 🔌 https://youtube.com/watch?v=dezEp10");
        say(10, "09:00", eTrade, cal, "Whitford Vans has 2 build slots left for winter: full conversions from £14k, "
                + "electrics-only from £1.8k. portfolio: https://whitfordvans.co.uk");
        say(11, "20:00", eBuild, dez, "Ep 12 is up, full tour of the finished kitchen (and Tamsin's curtains!): "
                + "https://youtube.com/watch?v=dezEp12");
        say(11, "20:30", eBuild, tamsin, "they look so good in the van 🥹");
        say(12, "10:15", eSpots, juno, "anyone know a quiet spot near Keswick for a first night out? nervous lol");
        say(12, "10:40", eSpots, ola, "the lay-by above Thirlmere is calm, no signs when I was there in june");
        say(12, "10:55", eSpots, cal, "+1, and the pub in Braithwaite lets you stay if you eat there");

        // Week 3: the beginner's first night out.
        say(15, "08:00", eSpots, juno, "first night out done!! slept like a rock, fridge ran all night off the "
                + "battery. thank you all seriously");
        say(15, "08:20", eSpots, ola, "🎉 welcome to the club");
        say(16, "11:00", eTrade, tamsin, "autumn colours in stock for the curtains (rust + forest green): "
                + "https://tamsinsews.etsy.com");
        Post heater = say(17, "19:00", eElec, juno, "diesel heater: roof vent or floor? everyone says different");
        re(17, "19:30", cal, heater, "floor if you can, through the floor pan with the exhaust well away from the "
                + "sliding door. and a CO alarm whatever you do");
        re(17, "19:45", juno, heater, "floor it is, thanks Cal");
        say(18, "12:00", eBuild, dez, "sprinter build week 12: the bed platform finally doesn't squeak");
    }

    /** F. Brush & Bitz: miniature painters, two commission painters, a client with a budget. */
    private void minis() {
        say(1, "10:00", fBoard, sven, "slots open for October 🎨 squads from 60€, characters from 25€, tabletop+ "
                + "up to display. DM me with what you've got");
        say(1, "20:30", fLab, gideon, "contrast test on grey vs white primer, same paint, same brush. the "
                + "difference is wild https://imgur.com/a/gidContrastPrimer");
        say(1, "20:50", fLab, poppy, "the grey one looks so much moodier");
        say(1, "20:55", fLab, gideon, "yeah white is for when you want it to sing");
        say(2, "09:10", fChat, ilya, "new sculpts up on my Patreon this month, a whole orc warband 🔥 "
                + "https://patreon.com/ilyasculpts");
        Post nmm = say(2, "19:00", fWip, poppy, "first time trying NMM on this knight's armour, be brutal, what's "
                + "off? https://imgur.com/a/poppyNMM1");
        re(2, "19:30", gideon, nmm, "the reflections on the pauldron are going the wrong way, the sky should be at "
                + "the top. blend's nice tho");
        re(2, "19:45", sven, nmm, "agree with Gideon, and push the darkest dark darker. NMM lives on contrast");
        re(2, "20:10", poppy, nmm, "ahh that makes so much sense. redoing the pauldron tonight");
        say(2, "21:30", fChat, bea, "who else bought the new tau boxes and now has 45 grey models staring at them");
        say(2, "21:40", fChat, sven, "it's a rite of passage 😂 the shame pile grows");
        say(2, "21:45", fChat, poppy, "mine is two armies deep, Bea, you're fine");
        say(3, "18:00", fChat, sven, "Poppy what brush are you using for the NMM? the blends are smooth");
        say(3, "18:20", fChat, poppy, "a cheap size 1 synthetic lol. the expensive one lives in a drawer for "
                + "'special occasions'");
        say(3, "18:25", fChat, bea, "same, the kolinsky is too precious to use 😅");
        say(3, "18:40", fChat, sven, "Bea you're right and wrong at the same time");
        say(4, "20:15", fLab, gideon, "contrast over a zenithal is just cheating, in the best way "
                + "https://imgur.com/a/gidZenithal");
        say(5, "12:00", fShow, ilya, "printed a few of my patreon orcs for this warband, files here: "
                + "https://patreon.com/ilyasculpts");
        say(5, "12:30", fShow, gideon, "the faces on these are so expressive");

        // Week 2: a painter offers his work under other people's posts; a client asks for offers.
        Post knight = say(9, "19:10", fWip, poppy, "knight v2, reflections fixed (I hope). still brutal please "
                + "https://imgur.com/a/poppyNMM2");
        re(9, "19:40", sven, knight, "big improvement! the highlights pop now. if you ever want one done to "
                + "display standard I've got 2 slots left in October, DM me 😉");
        re(9, "20:00", gideon, knight, "yes!! that pauldron reads as metal now");
        re(9, "20:15", poppy, knight, "ty both!!");
        Post tau = say(10, "21:00", fShow, bea, "first 500 points of tau done. tabletop standard, don't zoom in "
                + "https://imgur.com/a/beaTau500");
        re(10, "21:30", sven, tau, "clean army! I paint these for 8€ a model btw if you want the next batch done, "
                + "DM me");
        re(10, "21:40", poppy, tau, "the blue is so crisp Bea");
        Post wanted = say(11, "18:00", fBoard, bea, "ok I give up on painting the rest myself: looking for someone "
                + "to paint ~2000pts of tau (about 45 models) to a good tabletop standard. budget ~400€, not in a "
                + "rush");
        re(11, "18:45", ilya, wanted, "I could do that for 380€ incl. basing, portfolio here: "
                + "https://ilyapaints.carrd.co");
        re(11, "19:10", sven, wanted, "I'd be 8€ a model too, so ~360€ before bases. can send pics of tau I've "
                + "done");
        re(11, "19:30", bea, wanted, "thank you both! will look properly this weekend");
        say(12, "15:00", fLab, gideon, "anyone else find the new contrast reds go pink over white?");
        say(12, "15:20", fLab, ilya, "yes, over grey it's fine");
        say(13, "10:05", fChat, ilya, "sculpting a troll this weekend, its face is giving me trouble");

        // Week 3: the client asks one painter something and hears nothing.
        say(15, "09:30", fBoard, bea, "@Ilya Petrov your portfolio is lovely! what would your turnaround be for 45 "
                + "models, and do the bases include the rocks + static grass?");
        say(15, "20:00", fChat, ilya, "troll is done, he has a little hat now 🧌");
        say(15, "20:20", fChat, gideon, "the hat makes it");
        say(16, "19:00", fLab, gideon, "this zenithal tutorial from the Hobby Hall channel is the best one I've "
                + "seen, credit to them: https://youtube.com/watch?v=hhZenithal");
        say(16, "21:10", fChat, ilya, "anyone tried the new resin from that polish company? mine came out sticky");
        say(17, "13:00", fChat, gideon, "Ilya check your cure time, the new ones want longer");
        say(17, "13:30", fChat, ilya, "oh really? will try 6 min");
        say(18, "17:00", fBoard, bea, "@Sven Halloran let's do it! can you DM me pics of the tau you've done?");
        say(18, "17:30", fBoard, sven, "sending now 👍");
        say(19, "11:00", fShow, poppy, "finished knight!! thank you for all the brutal feedback, this server made "
                + "him https://imgur.com/a/poppyKnightDone");
    }

    /** G. Fade Lab: barbers talking trade, one who only takes, an owner away, a booking-app founder. */
    private void barbers() {
        say(1, "09:15", gJobs, marco, "chair for rent in our Leeds shop, £120/wk, busy walk-in trade, good "
                + "crew. DM me");
        Post noShows = say(2, "21:10", gBiz, kemi, "how do you lot handle no-shows? I'm losing like 4 a week. I use "
                + "Bookly for my bookings but never turned the deposit thing on");
        re(2, "21:30", jules, noShows, "turn deposits on. £5 is enough, the no-shows just stop. lost maybe 2 "
                + "clients who moaned, worth it");
        re(2, "22:05", tariq, noShows, "same, plus a reminder text the night before");
        re(2, "22:20", kemi, noShows, "ok doing it tomorrow");
        Post fade = say(2, "16:40", gCrit, tariq, "skin fade from today, client wanted it high. be honest, is the "
                + "blend muddy around the temple? https://imgur.com/a/tariqFade1");
        re(2, "17:10", jules, fade, "temple's fine, it's the back. there's a shadow line behind the ear, go in "
                + "with the 0.5 again and flick out");
        re(2, "17:30", kemi, fade, "yeah the left side behind the ear. the top is lovely tho");
        re(2, "17:45", tariq, fade, "damn, you're both right. the light in my shop hides it");
        say(3, "18:00", gChair, marco, "off to Turkey till the 14th lads 🇹🇷 shop's shut, phone's off. don't burn "
                + "the place down");
        say(3, "18:20", gChair, jules, "enjoy it mate, get a proper shave out there");
        say(4, "11:20", gClip, tariq, "@Marco Bellini what clippers are you using for your tapers? the ones in your "
                + "last reel were mad smooth");
        say(5, "13:00", gChair, jules, "friday walk-ins out the door today, no lunch again");
        say(5, "13:10", gChair, kemi, "same. I had a kid cry for the whole cut, his dad cried too basically");
        say(5, "13:25", gChair, jules, "Tariq your \"@Marco Bellini what clippers\" is gonna sit there till the "
                + "14th mate, he's on a beach");
        say(5, "13:31", gChair, tariq, "worth the wait, his tapers are unreal");

        // Week 2: Kemi gets help three days running and walks past two requests.
        Post fadePrice = say(8, "10:00", gBiz, kemi, "what are you all charging for a skin fade now? I'm at £18 and "
                + "feel like a mug");
        re(8, "10:40", jules, fadePrice, "£22 in Bradford, £25 for a fade + beard. you're underpriced, go up £2 "
                + "and see who leaves (nobody)");
        re(8, "11:00", kemi, fadePrice, "lol ok. £20 from next month");
        Post hot = say(9, "15:30", gClip, kemi, "my wahl's running hot after 10 min. blade or motor?");
        re(9, "16:05", tariq, hot, "blade 9 times out of 10. oil it every client and check the tension screw");
        re(9, "16:20", kemi, hot, "it's never been oiled 👀");
        Post fade2 = say(10, "19:00", gCrit, tariq, "new one, mid drop fade, any notes? trying to fix the back "
                + "like you said https://imgur.com/a/tariqFade2");
        re(10, "19:35", jules, fade2, "much cleaner. the drop could sit a touch lower");
        say(10, "19:40", gChair, kemi, "raising my prices next month and I'm terrified lol");
        say(10, "19:45", gChair, jules, "you'll be fine, they'll pay");
        Post beard = say(11, "12:15", gCrit, kemi, "first proper beard sculpt, thoughts? "
                + "https://imgur.com/a/kemiBeard1");
        re(11, "12:50", jules, beard, "cheek line is sharp. take the neckline up one finger, it's sitting low");
        re(11, "13:05", kemi, beard, "ahh yes I see it");
        say(11, "20:10", gBiz, jules, "anyone using Bookly? is the deposit thing worth it or do clients moan?");
        say(11, "20:40", gChair, kemi, "who's watching the barber battle on sunday");
        say(11, "20:55", gChair, tariq, "me, the guy from Manchester is going to win it");

        // Week 3: the owner is back; a founder pitches her app at Kemi and the room.
        say(15, "08:30", gClip, marco, "Tariq: the cordless magic clip with a 0.5 blade, nothing fancy. sorry, was "
                + "off grid the whole trip");
        say(15, "08:50", gClip, tariq, "cheers Marco, welcome back");
        re(15, "10:00", vera, noShows, "hey! I'm building Chairly, a booking app for barbers. our deposit flow cut "
                + "no-shows by 60% in pilot shops. happy to give you a free demo, grab 15 min here: "
                + "https://chairly.app/demo");
        say(15, "10:05", gChair, vera, "barbers 👋 we're opening free demo slots this week for Chairly, the "
                + "booking app that ends no-shows: https://chairly.app");
        say(15, "12:00", gBiz, kemi, "Jules sorry, saw your Bookly q late. deposits are worth it, I turned them "
                + "on after your advice and nobody moaned. no-shows down to 1 this week");
        say(15, "12:30", gBiz, jules, "told you 😎");
        say(17, "09:00", gClip, vera, "while you're all here 💈 Chairly is free for the first 3 months: "
                + "https://chairly.app");
        say(17, "18:00", gJobs, marco, "chair's gone, thanks all");
    }

    /** H. Spoke & Sprocket: a bike shop's own server, its staff, its riders, a fitter selling to them. */
    private void bikes() {
        say(1, "09:00", hNew, ellie, "just in: Surly Bridge Club in S/M/L + a rack of gravel tyres, members get "
                + "15% off tyres this week 🚲 https://spokeandsprocket.shop/new");
        say(2, "18:30", hMech, lukas, "creak from the bottom bracket only when I stand up on climbs. BB or "
                + "pedals?");
        say(2, "19:10", hMech, sami, "Lukas pedals first, honestly. pull them, grease the threads, refit. if it's "
                + "still there bring it in and I'll look at the BB");
        say(2, "19:20", hMech, lukas, "will try tonight, cheers Sami");
        Post ride = say(3, "12:00", hRides, rosa, "Sunday shop ride: 8:30 from the shop, 60k gravel loop, "
                + "no-drop, coffee at the halfway café. who's in?");
        re(3, "12:20", jasper, ride, "in 🙋");
        re(3, "13:05", lukas, ride, "in if the creak is fixed lol");
        say(4, "08:45", hNew, ellie, "autumn service slots are open, basic service £65, full strip £140: "
                + "https://spokeandsprocket.shop/service");
        say(4, "20:00", hMech, lukas, "it was the pedals 🤦");
        say(6, "14:00", hReports, rosa, "great ride today, 11 of us, only one puncture (Jasper, obviously) "
                + "https://strava.com/activities/rosaSunday1");
        say(6, "14:30", hReports, jasper, "the thorn was personal. also Ellie, sent my brother to you for his "
                + "fitting last month, he won't shut up about how comfy his bike is now");
        say(6, "15:10", hReports, ellie, "aww that's lovely to hear Jasper, tell him thanks from all of us! ❤️");

        // Week 2: a returning customer's question waits on the staff while a fitter sells at people.
        say(8, "10:30", hMarket, lukas, "selling my 2019 Canyon Grail, size M, new chain + tyres, 900€ or offers, "
                + "pics: https://imgur.com/a/lukasGrail");
        Post skipping = say(9, "09:40", hMech, gwyn, "hi! bought my gravel bike from you in March and the rear "
                + "mech has started skipping under load in the 3 biggest cogs. anything I should check before I "
                + "bring it in?");
        re(9, "11:00", noor, skipping, "skipping under load is often your position too tbh, if you're mashing a "
                + "big gear. I do professional bike fits, 90€, DM me 🚴‍♀️");
        say(9, "11:15", hMech, gwyn, "hm I think it's the bike not me but ok");
        say(10, "08:30", hNew, ellie, "winter lights just in, Lezyne + Exposure, members 10% off: "
                + "https://spokeandsprocket.shop/lights");
        say(10, "12:00", hRides, noor, "if your knees hurt after the Sunday rides, it's probably your fit! I do "
                + "bike fits, 90€, DM me");
        say(10, "17:30", hReports, sami, "did the evening loop with Rosa, 28k, legs gone https://strava.com/"
                + "activities/samiEvening");
        say(10, "17:50", hReports, rosa, "that last climb 💀");
        say(11, "09:10", hRides, ellie, "Sunday shop ride is on, same time, Rosa's leading. forecast says dry!");
        say(11, "09:30", hRides, jasper, "in again");
        say(11, "16:40", hMech, sami, "Gwyn sorry for the wait! on a bike that's 6 months old it's nearly always "
                + "cable stretch: turn the barrel adjuster on the mech half a turn anticlockwise and test. if it "
                + "still skips bring it in, free check for you");
        say(12, "10:00", hReports, noor, "lots of sore backs in these ride reports 👀 bike fits 90€, DM me");
        say(13, "13:30", hReports, rosa, "Sunday #2: 14 riders, zero punctures, one very muddy Lukas "
                + "https://strava.com/activities/rosaSunday2");
        say(13, "14:00", hReports, lukas, "mud is a skincare routine");

        // Week 3: things settle.
        say(15, "18:00", hMech, gwyn, "half a turn did it!! shifting like new, thank you Sami");
        say(15, "18:20", hMech, sami, "🙌 enjoy");
        say(16, "09:00", hNew, ellie, "Bridge Club in medium sold out, large still here: "
                + "https://spokeandsprocket.shop/new");
        say(18, "12:00", hRides, rosa, "Sunday ride: going longer, 80k, still no-drop. 8:30 from the shop");
        say(18, "12:30", hRides, gwyn, "I might come on my fixed bike 😄");
    }
}
