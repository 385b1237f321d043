package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 46 (sealed): eight communities (a beekeepers' co-op, indie game developers, wedding photographers, a
 * language exchange, bakery owners, a cycling club with sponsors, a Rust help server, a vintage synth traders'
 * market), over three ISO weeks (2026-W24 to W26), written and labelled by writer46 (session 33) before any coach ran
 * on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-46.csv}. Run {@link #main} from the
 * project root to write the export again.
 */
final class HeldOutScenes46Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 6, 8);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 6, 29, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-46";

    // --- A. a beekeepers' co-op ---
    private final String bees = cast.guild(731);
    private final Channel bkGeneral = cast.channel(bees, "Hollow Lane Beekeepers' Co-op", "general",
            "co-op members: hives, honey, the shared shed", "bk-general.json");
    private final Channel bkSwarms = cast.channel(bees, "Hollow Lane Beekeepers' Co-op", "swarm-alerts",
            "swarm sightings and collections: place, time, map link", "bk-swarm-alerts.json");
    private final Channel bkExtraction = cast.channel(bees, "Hollow Lane Beekeepers' Co-op", "extraction-room",
            "booking the shared extractor: sign up for a slot on the sheet", "bk-extraction-room.json");
    private final Persona agnes = cast.person("agnes.thorley", "Agnes Thorley");
    private final Persona bartholomew = cast.person("bart.quince", "Bartholomew Quince");
    private final Persona carys = cast.person("carys.p", "Carys Pemberton");
    private final Persona dev = cast.person("dev.malhotra", "Dev Malhotra");
    private final Persona ffion = cast.person("ffion.rees", "Ffion Rees");
    private final Persona gideon = cast.person("gideon.a", "Gideon Achterberg");

    // --- B. indie game developers ---
    private final String games = cast.guild(732);
    private final Channel pgGeneral = cast.channel(games, "Pixel Hearth", "general",
            "general chat about making games", "pg-general.json");
    private final Channel pgShowcase = cast.channel(games, "Pixel Hearth", "showcase",
            "show your game: screenshots, trailers, store pages", "pg-showcase.json");
    private final Channel pgHelp = cast.channel(games, "Pixel Hearth", "help",
            "stuck? ask here: engines, art, audio, shipping", "pg-help.json");
    private final Channel pgPlaytests = cast.channel(games, "Pixel Hearth", "playtest-calls",
            "post your playtest call and its sign-up form here", "pg-playtest-calls.json");
    private final Persona rowan = cast.person("rowan.makes", "Rowan Ellery");
    private final Persona theo = cast.person("theo.shaders", "Theo Marchetti");
    private final Persona saoirse = cast.person("saoirse.d", "Saoirse Dunleavy");
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante");
    private final Persona lidia = cast.person("lidia.sok", "Lidia Sokolova");
    private final Persona henrik = cast.person("henrik.brask", "Henrik Brask");
    private final Persona mateus = cast.person("mateus.o", "Mateus Oliveira");

    // --- C. wedding photographers ---
    private final String photo = cast.guild(733);
    private final Channel wpGeneral = cast.channel(photo, "Confetti & Glass", "general",
            "chat for working wedding photographers", "wp-general.json");
    private final Channel wpGear = cast.channel(photo, "Confetti & Glass", "gear-talk",
            "cameras, lenses, bags, backups", "wp-gear-talk.json");
    private final Channel wpForSale = cast.channel(photo, "Confetti & Glass", "for-sale",
            "sell your used gear here: price and condition", "wp-for-sale.json");
    private final Channel wpReferrals = cast.channel(photo, "Confetti & Glass", "referrals",
            "dates you can't take? pass them on here", "wp-referrals.json");
    private final Persona ines = cast.person("ines.carvalho", "Ines Carvalho");
    private final Persona morwenna = cast.person("morwenna.t", "Morwenna Tait");
    private final Persona jonah = cast.person("jonah.albums", "Jonah Whitlock");
    private final Persona bea = cast.person("bea.lindholm", "Bea Lindholm");
    private final Persona caspian = cast.person("caspian.ng", "Caspian Ng");
    private final Persona odile = cast.person("odile.f", "Odile Fournier");
    private final Persona rhys = cast.person("rhys.gallagher", "Rhys Gallagher");
    private final Channel dmInes = cast.dm(ines, "wp-dm-ines.json");
    private final Channel dmCaspian = cast.dm(caspian, "wp-dm-caspian.json");

    // --- D. a language exchange ---
    private final String tandem = cast.guild(734);
    private final Channel leGeneral = cast.channel(tandem, "Tandem Tuesday", "general",
            "find language partners, all languages welcome", "le-general.json");
    private final Channel lePractice = cast.channel(tandem, "Tandem Tuesday", "practice",
            "post a paragraph in the language you're learning; native speakers correct it", "le-practice.json");
    private final Channel leEvents = cast.channel(tandem, "Tandem Tuesday", "events",
            "the weekly café meetups and online sessions, posted by the mods", "le-events.json");
    private final Persona lucia = cast.person("lucia.ferrer", "Lucía Ferrer");
    private final Persona tobias = cast.person("tobias.k", "Tobias Krüger");
    private final Persona hamid = cast.person("hamid.r", "Hamid Rahimi");
    private final Persona yuki = cast.person("yuki.tanabe", "Yuki Tanabe");
    private final Persona nadia = cast.person("nadia.petrova", "Nadia Petrova");
    private final Persona emre = cast.person("emre.y", "Emre Yilmaz");
    private final Persona sophie = cast.person("sophie.laurent", "Sophie Laurent");
    private final Channel dmYuki = cast.dm(yuki, "le-dm-yuki.json");

    // --- E. bakery owners ---
    private final String bakers = cast.guild(735);
    private final Channel pcGeneral = cast.channel(bakers, "Proof & Crumb", "general",
            "bakery owners: ovens, staff, suppliers, the lot", "pc-general.json");
    private final Channel pcSuppliers = cast.channel(bakers, "Proof & Crumb", "suppliers",
            "flour, packaging, equipment: who to buy from", "pc-suppliers.json");
    private final Channel pcWins = cast.channel(bakers, "Proof & Crumb", "wins",
            "share your wins, big or small", "pc-wins.json");
    private final Persona marguerite = cast.person("marguerite.o", "Marguerite Olsen");
    private final Persona tunde = cast.person("tunde.bakes", "Tunde Bakare");
    private final Persona elodie = cast.person("elodie.m", "Elodie Marchand");
    private final Persona saul = cast.person("saul.fenwick", "Saul Fenwick");
    private final Persona wren = cast.person("wren.c", "Wren Castellanos");
    private final Persona ibrahim = cast.person("ibrahim.celik", "Ibrahim Celik");

    // --- F. a cycling club with sponsors ---
    private final String cycling = cast.guild(736);
    private final Role sponsor = cast.role("Sponsor", "#2ecc71", 2);
    private final Channel cyGeneral = cast.channel(cycling, "Riverside Wheelers", "general",
            "club chat", "cy-general.json");
    private final Channel cyRides = cast.channel(cycling, "Riverside Wheelers", "rides",
            "weekend club rides: route, start time, sign-up sheet", "cy-rides.json");
    private final Channel cySponsors = cast.channel(cycling, "Riverside Wheelers", "sponsors",
            "offers for members from our club sponsors", "cy-sponsors.json");
    private final Persona harriet = cast.person("harriet.o", "Harriet Oyelaran");
    private final Persona dario = cast.person("dario.spokes", "Dario Benedetti", sponsor);
    private final Persona penelope = cast.person("pen.varga", "Penelope Varga");
    private final Persona callum = cast.person("callum.b", "Callum Briggs");
    private final Persona anouk = cast.person("anouk.dv", "Anouk de Vries");
    private final Persona mikkel = cast.person("mikkel.s", "Mikkel Strand");
    private final Persona zofia = cast.person("zofia.n", "Zofia Nowak");
    private final Persona ezra = cast.person("ezra.g", "Ezra Goldfarb");
    private final Channel dmAnouk = cast.dm(anouk, "cy-dm-anouk.json");

    // --- G. a Rust help server ---
    private final String rust = cast.guild(737);
    private final Channel rsHelp = cast.channel(rust, "Borrowck Café", "help",
            "ask your Rust questions; paste code in blocks", "rs-help.json");
    private final Channel rsOfftopic = cast.channel(rust, "Borrowck Café", "off-topic",
            "anything that isn't Rust", "rs-off-topic.json");
    private final Channel rsShowcase = cast.channel(rust, "Borrowck Café", "showcase",
            "show what you built", "rs-showcase.json");
    private final Persona quentin = cast.person("quentin.h", "Quentin Halvorsen");
    private final Persona ottilie = cast.person("ottilie.m", "Ottilie Marsh");
    private final Persona raj = cast.person("raj.v", "Raj Venkataraman");
    private final Persona linnea = cast.person("linnea.sj", "Linnea Sjöberg");
    private final Persona tadeusz = cast.person("tadeusz.k", "Tadeusz Kowal");
    private final Persona amara = cast.person("amara.n", "Amara Nwosu");
    private final Persona felix = cast.person("felix.oduya", "Felix Oduya");

    // --- H. a vintage synth traders' market ---
    private final String synths = cast.guild(738);
    private final Channel sbGeneral = cast.channel(synths, "Patch Bay Market", "general",
            "synth chat", "sb-general.json");
    private final Channel sbForSale = cast.channel(synths, "Patch Bay Market", "for-sale",
            "listings: one post per item, with price and photos", "sb-for-sale.json");
    private final Channel sbWanted = cast.channel(synths, "Patch Bay Market", "wanted",
            "WTB posts: say what you're after", "sb-wanted.json");
    private final Channel sbRepairs = cast.channel(synths, "Patch Bay Market", "repairs",
            "repairs, mods and servicing", "sb-repairs.json");
    private final Persona cornelius = cast.person("cornelius.webb", "Cornelius Webb");
    private final Persona delphine = cast.person("delphine.fixes", "Delphine Arkwright");
    private final Persona eamon = cast.person("eamon.h", "Eamon Hartigan");
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");
    private final Persona greta = cast.person("greta.sorensen", "Greta Sorensen");
    private final Persona ravi = cast.person("ravi.chandra", "Ravi Chandra");
    private final Persona tilda = cast.person("tilda.okafor", "Tilda Okafor");
    private final Channel dmYusuf = cast.dm(yusuf, "sb-dm-yusuf.json");

    HeldOutScenes46Script() {
        super(new SceneIds(34800), FIRST_MONDAY, 21);
        beekeepers();
        gameDevelopers();
        photographers();
        languageExchange();
        bakers();
        cyclingClub();
        rustHelp();
        synthMarket();
    }

    /** Every export file of the round, by file name. */
    static Map<String, String> files() {
        return new HeldOutScenes46Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(DIR);
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : files().entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        System.out.println("held-out round 46: " + files().size() + " files in " + dir);
    }

    /** A. The co-op: a sheet reminded as slots fill, a treasurer who never answers, a member away who said so. */
    private void beekeepers() {
        say(1, "07:40", bkExtraction, agnes, "extractor sheet for June is up, two-hour slots, put your name in: "
                + "https://docs.example/sheet/hollow-lane-extractor-june");
        say(1, "09:15", bkExtraction, ffion, "down for Saturday 10-12");
        say(1, "12:02", bkGeneral, dev, "first inspection on my own today and I think I saw the queen?? long body, "
                + "everyone walking round her like she's royalty. which I suppose she is");
        Post queen = say(1, "12:03", bkGeneral, dev, "or it was a drone and I'm an idiot");
        re(1, "13:30", gideon, queen, "if the others were making a ring round her, queen. drones just barge about. "
                + "eggs in the cells?");
        re(1, "14:10", dev, queen, "yes! tiny grains of rice standing up");
        re(1, "14:20", gideon, queen, "then she's laying, you're fine 👍");
        Post fork = say(2, "08:05", bkGeneral, dev, "@Carys Pemberton could I borrow your uncapping fork on "
                + "Thursday? mine has gone walkabout");
        re(2, "19:40", carys, fork, "I'm in Tenby till Friday, sorry Dev! it's on the hook in the shed though, "
                + "help yourself, the code's the usual");
        re(2, "19:55", dev, fork, "legend, thank you");
        say(3, "14:12", bkSwarms, gideon, "swarm on the lime by St Anne's lychgate, 14:05, about head height: "
                + "https://maps.example/?q=51.7412,-2.2208");
        say(3, "14:40", bkSwarms, ffion, "on my way with a skep, 10 min");
        say(3, "16:05", bkSwarms, ffion, "in the box 🐝 going to Dev's empty hive if that's still ok?");
        say(3, "16:20", bkSwarms, dev, "yes please!! door's open");
        say(4, "18:00", bkExtraction, agnes, "three slots left on the extractor this month, sheet is here: "
                + "https://docs.example/sheet/hollow-lane-extractor-june");
        say(5, "10:30", bkGeneral, bartholomew, "subs reminder: £20 for the year, the co-op account details are "
                + "pinned. seven of you still to pay, you know who you are 😇");
        say(5, "10:45", bkGeneral, ffion, "oops. paid just now");
        say(6, "20:10", bkExtraction, agnes, "last slot left, Sunday 4-6: "
                + "https://docs.example/sheet/hollow-lane-extractor-june");
        say(6, "20:30", bkExtraction, gideon, "grabbed it, thanks Agnes");
        // Week 25: the jars.
        Post jars = say(8, "08:30", bkGeneral, agnes, "@Bartholomew Quince did the jar order go in? how many "
                + "cases are we getting? I need to know before we price up for the fête");
        say(8, "19:00", bkGeneral, ffion, "fête stall rota is on the noticeboard in the shed btw, I'll do the "
                + "first hour");
        say(9, "11:20", bkSwarms, bartholomew, "small cast on the fence behind the allotments, 11:10: "
                + "https://maps.example/?q=51.7380,-2.2301");
        say(9, "11:50", bkSwarms, gideon, "got it, tiny one, probably a cast off Ffion's second hive");
        say(9, "12:00", bkSwarms, bartholomew, "cheers Gideon");
        say(10, "09:00", bkExtraction, bartholomew, "anyone finished with the settling tank? want to run mine "
                + "through tonight");
        say(10, "09:40", bkExtraction, ffion, "washed and back on the shelf");
        re(11, "17:30", ffion, jars, "any word on the jars? happy to ring the supplier myself if that helps");
        say(12, "08:15", bkGeneral, dev, "varroa count after the sugar roll: 3 per 300 bees. is that bad??");
        say(12, "09:00", bkGeneral, gideon, "that's low, Dev. I'd treat after the honey comes off, not before");
        say(12, "09:05", bkGeneral, dev, "phew. thanks 🙏");
        say(13, "10:20", bkGeneral, agnes, "rang the supplier: 12 cases arrive Wednesday. Ffion, thanks for the nudge");
        say(14, "18:30", bkGeneral, carys, "off to the Gower for three days, no signal at all. swarm calls to "
                + "Gideon please!");
        // Week 26.
        Post smoker = say(15, "08:50", bkGeneral, dev, "@Carys Pemberton is your smoker the one with the bellows "
                + "that sticks? could I take it Wednesday?");
        say(15, "13:00", bkGeneral, gideon, "fête was brilliant, sold out of the run honey by two o'clock");
        say(15, "13:20", bkGeneral, agnes, "👏 takings are £412, Bartholomew will bank them");
        say(16, "09:10", bkExtraction, bartholomew, "banked. also the extractor needs new bearings, I'll order a "
                + "pair");
        say(18, "19:30", bkGeneral, carys, "back from the Gower 🏕️ Dev: yes, take it, the bellows sticks less if you "
                + "tap it on your boot");
        re(18, "19:45", dev, smoker, "haha noted, thank you!");
        say(19, "11:00", bkGeneral, ffion, "wax block from the cappings, I think I'll try candles");
        say(19, "11:30", bkGeneral, carys, "ooh do, I've got wicks going spare");
    }

    /** B. Game devs: a store page pushed three times; a tool named when asked; a playtest call updated. */
    private void gameDevelopers() {
        say(1, "10:00", pgGeneral, saoirse, "morning all. reminder the June jam theme vote is the pinned poll, "
                + "closes Friday");
        Post water = say(1, "15:20", pgHelp, mateus, "how do people do that wobbly water reflection in 2D? mine "
                + "looks like a smeared mirror lol");
        re(1, "18:40", kwame, water, "scroll a noise texture over the UVs and offset the reflection by it, keep "
                + "the strength tiny. @Theo Marchetti did a lovely one, maybe he'll share");
        re(2, "09:05", theo, water, "what Kwame said 👆 plus fade it out with distance from the shoreline. I'll "
                + "paste the shader tonight");
        re(2, "21:30", theo, water, "https://paste.example/w4terfx there you go, MIT, do what you like");
        re(2, "21:50", mateus, water, "THANK YOU this is exactly it");
        say(2, "11:00", pgGeneral, rowan, "my little game Lanternfall finally has its Steam page!! launch "
                + "discount for everyone who wishlists before the 30th: https://vaporshelf.example/app/2210/lanternfall");
        say(2, "11:20", pgGeneral, kwame, "congrats Rowan, the capsule art is gorgeous");
        say(3, "16:00", pgShowcase, rowan, "trailer + store page for Lanternfall, a cosy lighthouse-keeping "
                + "game: https://vaporshelf.example/app/2210/lanternfall");
        say(3, "16:30", pgShowcase, saoirse, "the fog effect!! 😍");
        Post pixel = say(4, "10:10", pgHelp, lidia, "pixel art looks blurry when I scale the window to 1440p, "
                + "any ideas? nearest filter is on");
        re(4, "10:40", rowan, pixel, "integer scaling only: 1440 isn't a multiple of your 180 base, so use 4x and "
                + "letterbox. btw my game handles this exactly, launch discount on now: "
                + "https://vaporshelf.example/app/2210/lanternfall");
        re(4, "11:15", theo, pixel, "yep, integer scale + letterbox. also check the camera isn't on subpixel "
                + "positions");
        re(4, "11:40", lidia, pixel, "the camera was it. thanks both");
        say(4, "12:00", pgPlaytests, lidia, "looking for 10 playtesters for Mossback (co-op gardening roguelike), "
                + "45 min sessions on the weekend: https://forms.example/mossback-playtest");
        say(5, "09:30", pgPlaytests, kwame, "signed up 🌱");
        say(6, "17:00", pgPlaytests, lidia, "4 places left for Mossback this weekend, same form: "
                + "https://forms.example/mossback-playtest");
        // Week 25.
        Post loc = say(8, "14:00", pgHelp, kwame, "does anyone know a decent tool for managing localisation "
                + "strings? spreadsheets are eating me alive");
        re(8, "16:25", henrik, loc, "I made one for our last game, it's free and open source: "
                + "https://kodehaus.example/henrik/strand-loc (imports csv, exports json per language). happy to help "
                + "set it up");
        re(8, "17:00", kwame, loc, "oh nice, trying it tonight");
        re(9, "10:00", kwame, loc, "it works!! one thing: does it handle plural forms?");
        re(9, "12:30", henrik, loc, "yes, ICU style, there's an example in the docs folder");
        say(9, "20:00", pgGeneral, mateus, "is it normal to hate your game for a whole week in the middle of making "
                + "it");
        say(9, "20:05", pgGeneral, saoirse, "yes. that's the part of the map where the dragons live");
        say(9, "20:06", pgGeneral, theo, "the trough of sorrow, every single project");
        say(9, "20:30", pgGeneral, mateus, "ok good lol, back to it");
        say(10, "13:00", pgShowcase, theo, "tried volumetric-ish god rays in a 2D scene, thoughts?");
        say(10, "13:30", pgShowcase, kwame, "gorgeous. bit strong at the top maybe?");
        say(10, "14:00", pgShowcase, theo, "fair, toning it down");
        say(11, "18:00", pgGeneral, saoirse, "jam theme won: \"Low Tide\". starts Friday 18:00 UTC, team up in "
                + "#general if you're looking for people");
        say(11, "18:20", pgGeneral, rowan, "anyone need an artist for the jam? I'm free all weekend");
        say(11, "18:45", pgGeneral, mateus, "me! I can code but I draw like a potato");
        say(11, "18:50", pgGeneral, rowan, "deal, DM'ing you");
        // Week 26.
        say(15, "10:00", pgGeneral, mateus, "we finished the jam game!! Rowan's art carried us");
        say(15, "10:20", pgGeneral, rowan, "Mateus wrote the tide system in a night, absolute hero");
        Post audio = say(16, "19:00", pgHelp, lidia, "music loops click at the seam in Godot, what am I missing?");
        re(17, "08:10", henrik, audio, "zero-crossing at both ends of the loop, and turn off the import trim");
        re(17, "08:40", lidia, audio, "fixed, ty Henrik!");
        say(18, "12:00", pgPlaytests, lidia, "Mossback round 2 is open, new biome, same form: "
                + "https://forms.example/mossback-playtest");
    }

    /** C. Photographers: a newcomer's cold pitch by DM; a rate sent by DM because it was asked for; gear for sale. */
    private void photographers() {
        say(1, "09:00", wpGeneral, morwenna, "three weddings in four days and my left knee has filed a formal "
                + "complaint");
        say(1, "09:20", wpGeneral, odile, "kneeling pad from the garden centre, £6, changed my life");
        say(1, "09:25", wpGeneral, morwenna, "ha, buying one today");
        Post second = say(2, "13:00", wpGeneral, caspian, "anyone free as a second shooter on 18 July? Cotswolds, "
                + "long day, paid obviously");
        re(2, "13:40", bea, second, "possibly! I've a family shoot that morning, could be there from 1pm");
        re(2, "14:00", caspian, second, "that could work, ceremony's at 2. what's your day rate for second shooting?");
        re(2, "14:30", bea, second, "I'll DM you, need to check my calendar first");
        Post cards = say(3, "22:10", wpGear, rhys, "lost half a reception to a dying SD card on Saturday. slot 2 "
                + "saved me. does everyone shoot dual slot now?");
        re(4, "07:30", ines, cards, "always, and I swap cards before the speeches so one card never holds the whole "
                + "day");
        re(4, "08:10", odile, cards, "dual slot + back up to a little SSD in the car at dinner. paranoid but it works");
        re(4, "09:00", rhys, cards, "the car SSD is a great idea, thank you");
        say(5, "11:00", wpForSale, odile, "Sigma 35mm f/1.4 Art, EF mount, a few marks on the hood, glass is clean. "
                + "£380 collected or £392 posted, DM me");
        say(5, "15:00", wpReferrals, morwenna, "I'm double-booked 29 August, small barn wedding near Ludlow, couple "
                + "are lovely. anyone free?");
        say(5, "15:30", wpReferrals, ines, "I am! sending you my email now");
        // Week 25: a newcomer.
        joins(8, "09:00", wpGeneral, jonah);
        say(8, "09:10", wpGeneral, jonah, "hi all, Jonah here, I design wedding albums and I've been lurking "
                + "for a bit. nice to meet you");
        say(8, "09:40", wpGeneral, ines, "welcome Jonah!");
        say(8, "10:00", wpGeneral, rhys, "welcome 👋");
        say(9, "10:15", dmInes, jonah, "Hi Ines! Had a look at your portfolio, really lovely light. I run an album "
                + "design studio, we take the layouts off photographers' hands so you get your evenings back. "
                + "Could we do a quick 15-minute call this week? https://cal.example/jonah-albums/15min");
        say(9, "18:00", dmInes, ines, "thanks Jonah, that's kind, but I do my own layouts, I actually enjoy it");
        say(11, "09:30", dmInes, jonah, "totally understand! we've 20% off first albums till Friday if you change "
                + "your mind 🙂 https://jonahalbums.example/offer");
        say(9, "12:00", wpGear, caspian, "anyone tried the new 28-70 f/2? worth the weight for receptions?");
        say(9, "12:30", wpGear, rhys, "borrowed one, sharp but it's a brick. my wrist hated me by the first dance");
        say(9, "12:45", wpGear, caspian, "that's what I was afraid of. thanks");
        say(10, "20:00", wpGeneral, bea, "couple asked for ALL the raw files today. how do you all handle it?");
        say(10, "20:20", wpGeneral, morwenna, "it's in my contract that I don't hand over raws, I just point to "
                + "that, kindly");
        say(10, "20:25", wpGeneral, odile, "same. I offer extra edits instead, people usually want a few more "
                + "favourites, not raws");
        say(10, "20:40", wpGeneral, bea, "that's a good way to put it. thanks both 💛");
        say(12, "16:00", wpForSale, odile, "Sigma 35 sold, thanks all");
        // Week 26: a rate sent because it was asked for.
        say(15, "18:00", dmCaspian, bea, "Hi! Sorry it took ages. For 18 July I can do 1pm to the end for £250, "
                + "and I'll send you the files unedited the next day. Does that work?");
        say(15, "18:30", dmCaspian, caspian, "perfect, booking you in. I'll send the timeline next week");
        say(15, "18:35", dmCaspian, bea, "great, looking forward to it!");
        say(16, "09:00", wpGeneral, jonah, "question for everyone: what do couples ask for most in albums now? "
                + "lay-flat, linen, smaller ones for parents?");
        say(16, "10:15", wpGeneral, morwenna, "parent albums! every single couple this year");
        say(16, "10:30", wpGeneral, jonah, "interesting, thanks Morwenna");
        say(17, "21:00", wpGear, ines, "backup batteries in the hotel fridge overnight, yes or myth?");
        say(17, "21:10", wpGear, rhys, "myth. just keep them warm in your pocket on cold days");
        say(17, "21:12", wpGear, ines, "🙃 ok");
        say(19, "14:00", wpReferrals, caspian, "someone asked me for an elopement in Skye on 3 Sept, I'm in Spain. "
                + "anyone up north?");
        say(19, "15:10", wpReferrals, rhys, "me, I'm in Inverness. send them my way");
        say(19, "15:15", wpReferrals, caspian, "done!");
    }

    /** D. The language exchange: a learner who takes corrections and lets a request go by; nobody sells. */
    private void languageExchange() {
        say(1, "18:00", leEvents, nadia, "this week's café meetup: Thursday 19:00 at Kaffehaus Lind, tables by "
                + "language. say here if you're coming so we book enough tables");
        say(1, "18:30", leEvents, tobias, "bin dabei!");
        say(1, "19:00", leEvents, sophie, "coming, bringing a friend who's learning Japanese");
        say(2, "20:00", lePractice, hamid, "Hola! Ayer fui al mercado y compré muchos frutas. El vendedor era "
                + "muy simpático y me ayudó a elegir los mejores. ¿Está bien?");
        Post p1 = say(2, "20:01", lePractice, hamid, "corrections please!! 🙏");
        re(2, "21:15", lucia, p1, "¡Muy bien! Solo: \"muchas frutas\" (fruta es femenino). Y \"me ayudó a elegir "
                + "las mejores\" 🙂");
        re(2, "21:30", hamid, p1, "gracias!!");
        Post emrePost = say(3, "12:00", leGeneral, emre, "hi, anyone want to practise Turkish <-> English? I'm "
                + "B2 in English");
        re(3, "15:00", sophie, emrePost, "I'd love to start Turkish! total beginner though, is that ok?");
        say(3, "16:20", leGeneral, yuki, "日本語を勉強している人いますか? happy to help with Japanese, looking for "
                + "German practice");
        say(3, "16:45", leGeneral, tobias, "German native here 🙋 I'm learning Japanese, a match made in heaven?!");
        say(3, "16:50", leGeneral, yuki, "perfect!! I'll message you");
        say(4, "10:00", dmYuki, yuki, "Hi Tobias! Would Sunday 10:00 your time work for a call? 30 min German, "
                + "30 min Japanese?");
        say(4, "11:30", dmYuki, tobias, "Sonntag passt! see you then");
        say(4, "19:00", leEvents, nadia, "we were 23 at the café tonight, record! thank you all");
        say(5, "09:00", lePractice, sophie, "Ich habe gestern einen Film gesehen, aber ich habe nicht alles "
                + "verstanden. Er war zu schnell für mich.");
        say(5, "09:40", lePractice, tobias, "sehr gut Sophie! tiny thing: \"er war mir zu schnell\" sounds more "
                + "natural, but yours is correct");
        say(5, "09:50", lePractice, sophie, "danke! 😊");
        // Week 25: Lucía corrects Hamid day after day.
        Post p2 = say(8, "20:10", lePractice, hamid, "Este fin de semana voy a visitar mi abuela en la playa. "
                + "Ella vive allá desde veinte años. corrections pls");
        re(8, "21:00", lucia, p2, "\"visitar a mi abuela\" (personal a!) y \"vive allí desde hace veinte años\" 🙂");
        re(8, "21:05", hamid, p2, "gracias!");
        Post lp = say(10, "08:00", lePractice, lucia, "My turn: Last weekend I have went to the mountains with my "
                + "sister and we have seen a lot of goats. It was a very funny day.");
        Post p3 = say(10, "19:00", lePractice, hamid, "Cuando era niño, yo iba a la escuela en bicicleta cada día "
                + "y me gustaba mucho. ¿Es correcto?");
        re(10, "19:40", lucia, p3, "perfecto, solo puedes quitar \"yo\" 👌 @Hamid Rahimi could you look at my "
                + "English paragraph above when you have a minute? 🙏");
        re(10, "19:45", hamid, p3, "gracias!!");
        re(11, "09:00", tobias, lp, "not a native English speaker but I think \"I went\" and \"we saw\"? and "
                + "\"fun day\" unless the goats were comedians 😄");
        re(11, "09:30", lucia, lp, "jajaja thanks Tobias, the goats were a bit funny tbh");
        Post p4 = say(12, "20:00", lePractice, hamid, "Mañana tengo una entrevista de trabajo y estoy muy nervioso. "
                + "Espero que va bien. corrections?");
        re(12, "20:30", lucia, p4, "\"espero que vaya bien\" (subjuntivo 😉). ¡Suerte mañana!");
        re(12, "20:35", hamid, p4, "gracias!! 🙏");
        say(13, "11:00", leEvents, nadia, "café meetup Thursday again, same place. online session Saturday 17:00 "
                + "UTC for people who can't make it in person");
        say(13, "11:30", leEvents, yuki, "online for me 🙋");
        say(14, "10:30", leGeneral, sophie, "does anyone have a good podcast for A2 German? slow but not boring?");
        say(14, "11:00", leGeneral, tobias, "\"Easy German\" podcast, they talk normally but explain everything");
        say(14, "11:10", leGeneral, sophie, "downloading! vielen Dank");
        // Week 26.
        say(15, "20:00", lePractice, hamid, "La entrevista fue bien y me dieron el trabajo!! 🎉");
        say(15, "20:30", lePractice, lucia, "¡¡Enhorabuena Hamid!!");
        say(15, "20:35", lePractice, sophie, "🎉🎉");
        say(17, "18:00", leEvents, nadia, "summer picnic instead of the café on Thursday: Stadtpark, by the pond, "
                + "bring something from your country 🧺");
        say(17, "18:40", leEvents, lucia, "tortilla de patatas incoming");
        say(18, "09:00", lePractice, tobias, "日曜日に友達と公園に行きました。天気がよかったです。");
        say(18, "09:30", lePractice, yuki, "完璧です! very natural, Tobias");
    }

    /** E. Bakery owners: one owner posts only about her own bakery for a week; a miller answers when asked. */
    private void bakers() {
        say(1, "06:10", pcGeneral, marguerite, "I was up at 3 again, my starter was so lively today I could hear it");
        say(1, "11:30", pcGeneral, marguerite, "my croissants sold out by 9, I think my new lamination is finally "
                + "right");
        Post mixer = say(1, "14:00", pcGeneral, wren, "our spiral mixer is making a grinding noise on speed 2. "
                + "repair or replace? it's 11 years old");
        re(1, "15:10", tunde, mixer, "gearbox probably. get a quote first, ours was £600 to fix vs £4k new");
        re(1, "15:30", wren, mixer, "that's a relief, calling the engineer");
        say(2, "05:50", pcGeneral, marguerite, "I've decided my window display is going to be all rye this week, "
                + "my customers are going to love it");
        say(2, "16:40", pcGeneral, marguerite, "I did a 14 hour day and I'm still buzzing, my team were "
                + "amazing and my ovens behaved");
        Post staffQ = say(3, "09:00", pcGeneral, ibrahim, "how are you all finding weekend staff this summer? I've "
                + "had two no-shows in a row");
        re(3, "10:20", elodie, staffQ, "students from the catering college, we pay a bit over the going rate and "
                + "they stay");
        re(3, "10:45", ibrahim, staffQ, "good shout, I'll ring the college");
        say(3, "12:10", pcGeneral, marguerite, "my rye is in the window, I'm so proud of how my loaves look, I "
                + "took about 40 photos");
        say(3, "19:30", pcGeneral, marguerite, "I sold all my rye except two, I think my regulars were surprised "
                + "but I'm glad I tried it");
        say(4, "06:00", pcGeneral, marguerite, "my new baker starts today, I trained her myself on my recipes, I "
                + "hope she stays");
        say(4, "13:15", pcGeneral, marguerite, "I'm thinking my next thing is a seeded spelt, I want my shelves to "
                + "have something nobody else in my town does");
        say(5, "07:20", pcGeneral, marguerite, "my oven thermostat is drifting again, I'm going to have it looked "
                + "at, my bake times are all over the place");
        say(5, "15:00", pcGeneral, marguerite, "I got my first wholesale enquiry from a café, my head is spinning");
        say(6, "08:45", pcGeneral, marguerite, "I had a queue out my door this morning, first time ever, I "
                + "couldn't believe my eyes");
        say(6, "09:30", pcWins, elodie, "100th wedding cake of the year delivered today 🎂");
        say(6, "09:45", pcWins, tunde, "massive, congrats Elodie!");
        say(6, "10:00", pcWins, wren, "👏👏");
        Post flour = say(7, "10:00", pcSuppliers, tunde, "who does a good organic T65 in 25kg sacks? any "
                + "recommendations? my usual mill has doubled its delivery charge");
        re(7, "12:30", saul, flour, "we mill one, stone-ground, £31 a sack delivered on orders of 10+. price list "
                + "here: https://fenwickmill.example/trade. honest answer though, Elodie's supplier is good too");
        re(7, "13:00", elodie, flour, "I use Brookfield, happy with them, around £29 but delivery is extra");
        re(7, "13:20", tunde, flour, "thanks both, I'll get samples from each");
        // Week 25: a quieter Marguerite.
        Post pastry = say(9, "10:00", pcGeneral, wren, "laminated dough keeps tearing when it's warm in the "
                + "kitchen, any tips?");
        re(9, "11:20", marguerite, pastry, "I chill my butter block and the dough to the same firmness, and I "
                + "fold in the mornings before the ovens heat the room. does your kitchen have a cold corner?");
        re(9, "12:00", wren, pastry, "there's a walk-in I could work next to, good idea");
        re(9, "12:10", marguerite, pastry, "try it, tell me how it goes!");
        say(10, "16:00", pcSuppliers, ibrahim, "anyone use compostable bread bags that don't split? ours split at "
                + "the fold");
        say(10, "17:30", pcSuppliers, saul, "we switched to the kraft ones from Leafpak, no splits in a year");
        say(10, "17:45", pcSuppliers, ibrahim, "ordering a sample, cheers Saul");
        say(12, "08:00", pcWins, wren, "lamination held!! worked by the walk-in like Marguerite said 🥐");
        say(12, "08:30", pcWins, marguerite, "yesss Wren!! they look amazing");
        // Week 26.
        Post wholesale = say(16, "11:00", pcGeneral, marguerite, "for those of you who do wholesale, how do you "
                + "price it? I don't want to undersell myself to a café");
        re(16, "12:00", tunde, wholesale, "roughly 60-65% of retail, minimum order, and they collect or pay "
                + "delivery");
        re(16, "12:20", ibrahim, wholesale, "same, and get it in writing, payment within 14 days");
        re(16, "12:40", marguerite, wholesale, "really useful, thank you both");
        say(18, "15:00", pcSuppliers, elodie, "Saul, is the spelt from your mill the same grind as the T65?");
        say(18, "16:10", pcSuppliers, saul, "a touch coarser, I'll send you a bag to try");
        say(18, "16:20", pcSuppliers, elodie, "thank you!");
    }

    /** F. The cycling club: a member's vote for her own photo; the club's own poll; a sponsor's cold DM. */
    private void cyclingClub() {
        say(1, "12:00", cyRides, harriet, "Saturday: Lune valley loop, 68 km, café stop at Kirkby, 08:30 from the "
                + "bridge. sheet here so I know numbers for the café: https://docs.example/sheet/rw-sat-13june");
        say(1, "13:00", cyRides, callum, "in");
        say(1, "13:20", cyRides, mikkel, "in, bringing the tandem if anyone fancies the back seat 😄");
        say(2, "09:00", cySponsors, dario, "Spoke & Chain: 10% off parts and servicing for members this month, "
                + "code WHEELERS10 at the till or online");
        Post sealant = say(2, "18:00", cyGeneral, zofia, "where do people get tubeless sealant locally? Halfords "
                + "was out");
        re(2, "18:30", dario, sealant, "we've got Stan's and Orange at the shop, the 500ml is £14, I'll put one "
                + "aside for you if you like");
        re(2, "18:45", zofia, sealant, "yes please, I'll come by Thursday");
        say(3, "20:00", cyGeneral, harriet, "jersey design poll is pinned: three designs, closes Sunday. every "
                + "member gets one vote");
        say(3, "20:15", cyGeneral, ezra, "voted for the green one, obviously");
        say(3, "20:16", cyGeneral, mikkel, "the green one looks like a pea. voted blue");
        say(4, "17:00", cyGeneral, penelope, "lovely evening for it, saw loads of you out on the river path");
        say(6, "18:00", cyRides, harriet, "great ride today, 19 of us! photos in the album");
        say(6, "18:20", cyRides, callum, "my legs have left the chat");
        // Week 25: a new member, and a vote for a photo.
        joins(8, "10:00", cyGeneral, anouk);
        say(8, "10:05", cyGeneral, anouk, "hi! just moved to the area, ride a steel tourer, slow but steady. "
                + "looking forward to the Saturday rides");
        say(8, "10:30", cyGeneral, harriet, "welcome Anouk! the Saturday no-drop ride is perfect for that");
        say(8, "11:00", cyGeneral, dario, "welcome to the club!");
        say(9, "09:15", dmAnouk, dario, "Hi Anouk, Dario from Spoke & Chain, the club sponsor. New members get 15% "
                + "off a full service, book a slot here: https://spokeandchain.example/book");
        say(9, "20:00", dmAnouk, anouk, "oh thanks, maybe later in the summer");
        say(9, "12:00", cyGeneral, penelope, "hi all! my photo of the Lune valley climb is in the Velo Weekly "
                + "reader contest, could you vote for it? https://velo.example/contest/entry/4412 🙏 every vote "
                + "helps!");
        say(9, "12:20", cyRides, penelope, "posting here too in case you missed it: please vote for my photo! "
                + "https://velo.example/contest/entry/4412");
        say(9, "13:00", cyGeneral, ezra, "is that the one with the sheep on the wall?");
        say(11, "08:00", cyGeneral, penelope, "last day to vote for my photo!! https://velo.example/contest/entry/4412 "
                + "🙏🙏");
        say(10, "19:00", cyRides, harriet, "Saturday: coast road, 55 km, flat-ish, 09:00 from the bridge. sheet: "
                + "https://docs.example/sheet/rw-sat-20june");
        say(10, "19:30", cyRides, anouk, "signing up for my first one!");
        say(10, "19:40", cyRides, zofia, "I'll ride with you at the back Anouk, I'm slow on the hills too");
        say(12, "07:30", cyRides, harriet, "forecast says showers, ride's still on, mudguards please 🙏");
        say(13, "14:00", cyGeneral, anouk, "that was so much fun, thank you Zofia for the company!");
        say(13, "14:20", cyGeneral, zofia, "anytime! same again next week?");
        say(13, "14:25", cyGeneral, anouk, "definitely");
        // Week 26.
        say(15, "09:00", cyGeneral, harriet, "jersey results: blue won by 4 votes. order form goes out next week");
        say(15, "09:10", cyGeneral, mikkel, "justice for the pea");
        Post chain = say(16, "17:00", cyGeneral, callum, "chain keeps skipping on the big cog after I fitted a "
                + "new cassette. worn chain?");
        re(16, "17:40", mikkel, chain, "almost certainly, new cassette on an old chain skips. measure it");
        re(16, "18:00", dario, chain, "or the B-screw needs a quarter turn. bring it in and we'll look, no charge "
                + "for a quick check");
        re(16, "19:00", callum, chain, "chain was 0.75 worn 🙈 new one ordered, thanks both");
        say(17, "09:00", cySponsors, dario, "Spoke & Chain summer sale: 20% off all helmets till the end of June, "
                + "members' code still works on top");
        say(18, "19:00", cyRides, harriet, "Saturday: the reservoir loop, 80 km, 08:00 from the bridge. sheet: "
                + "https://docs.example/sheet/rw-sat-27june");
        say(18, "19:20", cyRides, anouk, "in!");
        say(18, "19:25", cyRides, penelope, "in 🙂");
    }

    /** G. The Rust help server: a helper whose answers carry the docs; a consultant who starts plugging paid reviews. */
    private void rustHelp() {
        Post borrow = say(1, "10:00", rsHelp, raj, "why can't I push to a Vec while I hold a reference to its first "
                + "element? it's not even the same element");
        re(1, "10:20", ottilie, borrow, "because push may reallocate, and your reference would point at freed "
                + "memory. the book explains it well: https://doc.rust-lang.org/book/ch08-01-vectors.html");
        re(1, "10:40", raj, borrow, "ohh, reallocation. that makes sense");
        re(1, "11:00", quentin, borrow, "clone the element first, or keep an index instead of a reference");
        re(1, "11:10", raj, borrow, "index it is, thanks both");
        Post life = say(2, "14:00", rsHelp, tadeusz, "what does 'borrowed value does not live long enough' mean "
                + "when the value is clearly still in scope??");
        re(2, "14:15", ottilie, life, "it's about where the borrow has to live, not the value. the error index "
                + "has a good walk-through: https://doc.rust-lang.org/error_codes/E0597.html");
        re(2, "14:40", tadeusz, life, "I read that twice and still don't get it, sorry");
        re(2, "15:00", quentin, life, "paste the function? usually you're returning a reference to something "
                + "made inside it");
        re(2, "15:20", tadeusz, life, "yes!! that's exactly it. returning a &str to a String I build in there");
        re(2, "15:30", quentin, life, "return the String itself then, problem gone");
        Post serde = say(3, "09:30", rsHelp, felix, "how do I rename a field when deserialising json with serde?");
        re(3, "09:45", ottilie, serde, "#[serde(rename = \"...\")] on the field: https://serde.rs/field-attrs.html");
        Post asyncQ = say(3, "13:00", rsHelp, raj, "tokio::spawn complains my future isn't Send. what makes a "
                + "future not Send?");
        re(3, "13:20", ottilie, asyncQ, "holding something !Send across an .await, usually an Rc or a std "
                + "MutexGuard. explained here: https://tokio.rs/tokio/tutorial/spawning#send-bound");
        re(3, "13:50", raj, asyncQ, "MutexGuard across an await, guilty. thanks Ottilie");
        Post iter = say(4, "18:00", rsHelp, tadeusz, "is there a way to get the index in a for loop over a Vec?");
        re(4, "18:05", ottilie, iter, "`.iter().enumerate()`: https://doc.rust-lang.org/std/iter/trait.Iterator.html"
                + "#method.enumerate");
        re(4, "18:30", tadeusz, iter, "perfect");
        Post errs = say(5, "11:00", rsHelp, raj, "thiserror or anyhow for a small CLI?");
        re(5, "11:30", ottilie, errs, "anyhow for an application, thiserror for a library. this post compares "
                + "them nicely: https://nick.groenen.me/posts/rust-error-handling/");
        re(5, "11:40", quentin, errs, "+1, anyhow for the CLI");
        re(5, "12:00", raj, errs, "anyhow then 👍");
        say(5, "20:00", rsOfftopic, ottilie, "anyone else's cat sit exactly on the keyboard when cargo is "
                + "compiling? she knows");
        say(5, "20:10", rsOfftopic, linnea, "mine prefers the warm laptop vent. same energy");
        say(6, "10:00", rsShowcase, amara, "made a tiny TUI for tracking my climbing sessions, ratatui + sqlite: "
                + "https://kodehaus.example/amara/cragtrack. stars appreciated if you like it ⭐");
        say(6, "11:00", rsShowcase, linnea, "this is adorable. how are you drawing the grade chart?");
        say(6, "11:20", rsShowcase, amara, "ratatui's BarChart, with the grades mapped to numbers. happy to share "
                + "the mapping");
        say(6, "12:00", rsShowcase, raj, "starred, I climb too 🧗");
        say(6, "12:10", rsShowcase, amara, "yay! where do you climb?");
        Post lines = say(6, "15:00", rsHelp, felix, "fastest way to read a big file line by line?");
        re(6, "15:10", ottilie, lines, "BufReader + .lines(), the std docs have the exact snippet: "
                + "https://doc.rust-lang.org/std/io/trait.BufRead.html#method.lines");
        Post clippy = say(7, "10:00", rsHelp, raj, "clippy keeps saying needless_borrow, but the compiler wanted "
                + "the & a minute ago??");
        re(7, "10:25", ottilie, clippy, "auto-deref: once the argument is already a reference the extra & is "
                + "noise. the lint page explains: https://rust-lang.github.io/rust-clippy/master/#needless_borrow");
        re(7, "10:40", raj, clippy, "ah, it was already a &String. ty");
        say(7, "18:00", rsOfftopic, ottilie, "rain all weekend here, perfect excuse to finally read the nomicon");
        // Week 25.
        say(8, "09:00", rsHelp, linnea, "reminder: paste code as text in a block, not a screenshot, so people can "
                + "copy it 🙏 it's in the rules");
        Post trait = say(9, "16:00", rsHelp, amara, "when do I use a trait object vs a generic?");
        re(9, "16:45", quentin, trait, "generic when the type is known at compile time and you want speed; "
                + "dyn Trait when you need a mixed collection or smaller binaries");
        re(9, "17:00", amara, trait, "mixed collection, so dyn. thank you!");
        say(11, "19:00", rsOfftopic, tadeusz, "starting my first Rust job on Monday 😬");
        say(11, "19:10", rsOfftopic, ottilie, "congrats!! you'll be great");
        say(11, "19:15", rsOfftopic, raj, "🎉");
        // Week 26: the plugs.
        Post perf = say(16, "10:00", rsHelp, raj, "my parser is 10x slower in release than I expected, where do I "
                + "start looking?");
        re(16, "10:40", quentin, perf, "run it under perf or cargo flamegraph first, it's usually allocation in "
                + "the hot loop. if you want someone to go over the whole codebase, I do paid performance reviews, "
                + "£60/h: https://halvorsen.example/book");
        re(16, "11:00", ottilie, perf, "flamegraph is the way, this walk-through is good: "
                + "https://github.com/flamegraph-rs/flamegraph");
        re(16, "13:00", raj, perf, "it was allocating a String per token 🙃 fixed, 8x faster");
        Post workspace = say(18, "15:00", rsHelp, tadeusz, "new job has a huge workspace, builds take 6 minutes. "
                + "any tricks?");
        re(18, "15:30", quentin, workspace, "mold as the linker, split the big crate, and check for duplicate "
                + "dependency versions. I also do build-time audits for teams, £60/h, book here: "
                + "https://halvorsen.example/book");
        re(18, "16:00", linnea, workspace, "cargo-hakari helped us a lot with the duplicate versions");
        re(18, "16:30", tadeusz, workspace, "mold alone took it to 4 minutes, trying hakari next. thanks");
        say(19, "09:00", rsOfftopic, amara, "climbed my first 6b this weekend, the TUI has a new top bar 😄");
        say(19, "09:20", rsOfftopic, raj, "nice!! 💪");
    }

    /** H. The synth market: one listing scattered over the rooms; a past customer's question left; WTB answered. */
    private void synthMarket() {
        say(1, "10:00", sbForSale, cornelius, "Roland Juno-60, serviced last year, all voices good, one slider cap "
                + "replaced. £2,100: https://reverb.example/item/88123-roland-juno-60");
        say(1, "19:00", sbForSale, greta, "Korg MS-20 (original), patch cables included, a bit of tolex wear. "
                + "£700, collection from Leeds or I'll ship in the UK");
        Post ms = say(2, "09:00", sbGeneral, ravi, "is an original MS-20 worth the jump over the mini? asking for my "
                + "wallet");
        re(2, "09:40", tilda, ms, "the filter on the original is nastier in a good way, but the mini is 90% of it. "
                + "depends if you want it for the sound or the object");
        re(2, "10:00", ravi, ms, "the object, if I'm honest 😅");
        say(2, "11:00", sbGeneral, cornelius, "my Juno-60 is still up if anyone's after the classic pad sound, "
                + "£2,100: https://reverb.example/item/88123-roland-juno-60");
        Post chorus = say(2, "15:00", sbRepairs, yusuf, "my Juno-106's chorus is noisy, is that the usual fault or "
                + "something worse?");
        re(2, "15:40", delphine, chorus, "usually the chorus chip or a tired trimmer. if it hisses only with chorus "
                + "on, it's the BBDs. I can look at it if you're near Sheffield");
        re(2, "16:00", yusuf, chorus, "only with chorus on. I'm in Hull, might take you up on that");
        say(2, "16:30", sbRepairs, cornelius, "or skip the 106 headaches: my serviced Juno-60 is £2,100, link: "
                + "https://reverb.example/item/88123-roland-juno-60");
        say(3, "08:30", sbWanted, cornelius, "if anyone here is after a Juno, mine's serviced and ready, £2,100: "
                + "https://reverb.example/item/88123-roland-juno-60");
        say(3, "10:00", sbGeneral, tilda, "Delphine sorted my Polysix last month, works like new. I sent my "
                + "brother to her with his Prophet too");
        say(3, "10:30", sbGeneral, delphine, "Tilda you're a star, thank you. his Prophet's on the bench, nearly done");
        say(4, "09:00", sbWanted, yusuf, "WTB: Juno-60 or Juno-6, working, up to £2k. Hull or can travel");
        say(4, "09:40", dmYusuf, cornelius, "hi Yusuf, saw your WTB. mine's the one in #for-sale, could do £2,000 "
                + "for you and drop it off halfway");
        say(4, "12:00", dmYusuf, yusuf, "tempting! can I come and hear it first?");
        say(4, "12:20", dmYusuf, cornelius, "of course, Saturday afternoon?");
        say(5, "20:00", sbGeneral, ravi, "bought the MS-20 from Greta, it's gorgeous, thank you Greta!");
        say(5, "20:10", sbGeneral, greta, "enjoy it Ravi, it's a happy synth");
        // Week 25: a past customer's question.
        Post tb = say(8, "09:00", sbGeneral, eamon, "@Cornelius Webb I got the TB-303 off you last spring, it's been "
                + "perfect. the accent is getting a bit weak though: do you know who serviced it before, and "
                + "would you have the service notes?");
        say(8, "12:00", sbWanted, ravi, "WTB: a decent 2-tier keyboard stand, nothing fancy");
        say(8, "12:40", sbWanted, tilda, "I've a spare Ultimate one in the garage, yours for a pint");
        say(8, "12:45", sbWanted, ravi, "deal!!");
        say(9, "18:00", sbForSale, cornelius, "Juno-60 now sold, thanks all. next up: Yamaha CS-15, £1,150: "
                + "https://reverb.example/item/88410-yamaha-cs15");
        say(10, "11:00", sbGeneral, yusuf, "picked up the Juno from Cornelius on Saturday, sounds unreal. thanks "
                + "Cornelius!");
        say(10, "11:30", sbGeneral, cornelius, "glad it went to a good home Yusuf, send us a clip!");
        Post accent = say(11, "15:00", sbRepairs, eamon, "does anyone know what makes the accent weak on a 303? "
                + "asked in general but no luck");
        re(11, "16:10", delphine, accent, "often the accent trimmer or a dry cap near the VCA. bring it over, I'll "
                + "have a look, the bench is clear next week");
        re(11, "16:30", eamon, accent, "thank you Delphine, I'll message you");
        say(12, "10:00", sbGeneral, cornelius, "anyone going to the synth meet in Manchester on the 27th?");
        say(12, "10:30", sbGeneral, ravi, "me! first time");
        say(12, "10:40", sbGeneral, cornelius, "come say hi Ravi, I'll be at the Yamaha table");
        // Week 26.
        say(15, "10:00", sbForSale, greta, "price drop on the Moog Rogue I listed last month: now £520");
        say(16, "19:00", sbGeneral, greta, "still got the Rogue if anyone wants a little mono, it's in #for-sale");
        say(17, "14:00", sbRepairs, eamon, "303 is back from Delphine, the accent slaps again 🔊 and she "
                + "wouldn't let me pay for the cap, so I've sent two friends her way");
        say(17, "14:20", sbRepairs, delphine, "haha it was a 20p cap Eamon! glad it's back 🙂");
        say(18, "20:00", sbGeneral, yusuf, "Juno clip as promised: https://wavlyn.example/yusuf/juno-pads");
        say(18, "20:15", sbGeneral, cornelius, "lush. that chorus!");
        say(19, "11:00", sbGeneral, ravi, "who's driving to Manchester? could split fuel");
        say(19, "11:30", sbGeneral, tilda, "I am, two seats, from Leeds");
        say(19, "11:35", sbGeneral, ravi, "one's mine please!");
    }
}
