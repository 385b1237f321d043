package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Held-out round 20 (sealed): eight communities of kinds no earlier round used, over three ISO weeks (2026-W21 to
 * 2026-W23), written and labelled before any coach ran on them. Labels: {@code eval/held-out-scenes-20.csv}.
 * Run {@link #main} from the project root to write {@code bot/src/test/resources/eval/held-out-scenes-20/}.
 */
final class HeldOutScenes20Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 5, 18);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.parse("2026-06-08T09:00:00Z");
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-20";

    // A. Glassblowers
    private final String glassGuild = cast.guild(511);
    private final Channel furnaceTalk = cast.channel(glassGuild, "Hot Shop Collective", "furnace-talk",
            "shop talk, gathers, burns, whatever", "glass-furnace-talk.json");
    private final Channel colorChem = cast.channel(glassGuild, "Hot Shop Collective", "color-chemistry",
            "frit, powders, reduction, compatibility", "glass-color-chemistry.json");
    private final Channel pullsAndFails = cast.channel(glassGuild, "Hot Shop Collective", "pulls-and-fails",
            "show us what came out of the annealer this week, wins and cracks both", "glass-pulls-and-fails.json");
    private final Channel benchRentals = cast.channel(glassGuild, "Hot Shop Collective", "bench-rentals",
            "studio time, gear and glass for sale or rent", "glass-bench-rentals.json");
    private final Channel kilnEmergency = cast.channel(glassGuild, "Hot Shop Collective", "kiln-emergency",
            "something smoking? ask here", "glass-kiln-emergency.json");
    private final Persona ingrid = cast.person("ingrid.solvang", "Ingrid Solvang");
    private final Persona marco = cast.person("tessaroglass", "Marco Tessaro");
    private final Persona danny = cast.person("danny_o", "Danny Oyelaran");
    private final Persona priya = cast.person("priyamakesglass", "Priya Venkat");
    private final Persona wes = cast.person("wesharrow", "Wes Harrow");
    private final Persona lottie = cast.person("lottiebrisk", "Lottie Brisk");

    // B. Sneaker resellers
    private final String kicksGuild = cast.guild(512);
    private final Role mod = cast.role("Mod", "#E67E22", 5);
    private final Channel copOrDrop = cast.channel(kicksGuild, "Deadstock Dept", "cop-or-drop", "rate the drops",
            "kicks-cop-or-drop.json");
    private final Channel legitChecks = cast.channel(kicksGuild, "Deadstock Dept", "legit-checks",
            "post tagged pics, checkers will get to you. no LC = no sale", "kicks-legit-checks.json");
    private final Channel wtsWtb = cast.channel(kicksGuild, "Deadstock Dept", "wts-wtb",
            "buy/sell/trade. price + size + pics", "kicks-wts-wtb.json");
    private final Channel releaseCal = cast.channel(kicksGuild, "Deadstock Dept", "release-calendar",
            "upcoming drops and raffle links, posted by mods", "kicks-release-calendar.json");
    private final Channel lounge = cast.channel(kicksGuild, "Deadstock Dept", "the-lounge", "offtopic",
            "kicks-the-lounge.json");
    private final Persona tre = cast.person("tregaines", "Tre Gaines");
    private final Persona kenji = cast.person("kenji.lc", "Kenji Mori");
    private final Persona bex = cast.person("bexcarrow", "Bex Carrow");
    private final Persona smokey = cast.person("smokeykicks", "Smokey Alvarez");
    private final Persona jules = cast.person("julesf", "Jules Fontaine", mod);
    private final Persona amir = cast.person("amir.h", "Amir Haddad");

    // C. Speedrunners
    private final String runGuild = cast.guild(513);
    private final Channel routePlanning = cast.channel(runGuild, "Any% Anonymous", "route-planning",
            "routing, splits, strats", "speedrun-route-planning.json");
    private final Channel glitchHunting = cast.channel(runGuild, "Any% Anonymous", "glitch-hunting",
            "new skips, setups, frame data", "speedrun-glitch-hunting.json");
    private final Channel pbBrag = cast.channel(runGuild, "Any% Anonymous", "pb-brag", "post your PBs. flex responsibly",
            "speedrun-pb-brag.json");
    private final Channel goingLive = cast.channel(runGuild, "Any% Anonymous", "going-live",
            "drop your stream link when you go live, one post per stream", "speedrun-going-live.json");
    private final Channel raceNight = cast.channel(runGuild, "Any% Anonymous", "race-night",
            "weekly community races, signups pinned", "speedrun-race-night.json");
    private final Persona nyx = cast.person("nyxcalder", "Nyx Calder");
    private final Persona bram = cast.person("bramdewit", "Bram de Wit");
    private final Persona ola = cast.person("olasandberg", "Ola Sandberg");
    private final Persona rusty = cast.person("rustykade", "Rusty Kade");
    private final Persona mei = cast.person("mei.t", "Mei Tanaka");
    private final Persona hollis = cast.person("hollisg", "Hollis Grant");

    // D. Food-truck owners
    private final String truckGuild = cast.guild(514);
    private final Channel commissary = cast.channel(truckGuild, "Curbside Kitchens", "commissary-chat", null,
            "trucks-commissary-chat.json");
    private final Channel permits = cast.channel(truckGuild, "Curbside Kitchens", "permits-and-paperwork",
            "health permits, fire inspections, the county's latest nonsense", "trucks-permits-and-paperwork.json");
    private final Channel eventLeads = cast.channel(truckGuild, "Curbside Kitchens", "event-leads",
            "organizers: post your event. trucks: reply with menu + rate", "trucks-event-leads.json");
    private final Channel rigRepairs = cast.channel(truckGuild, "Curbside Kitchens", "rig-repairs",
            "generators, propane, wiring, POS gremlins", "trucks-rig-repairs.json");
    private final Channel truckForSale = cast.channel(truckGuild, "Curbside Kitchens", "truck-for-sale",
            "buying or selling a truck, trailer or gear", "trucks-truck-for-sale.json");
    private final Persona rosa = cast.person("rosastacos", "Rosa Quintero");
    private final Persona dale = cast.person("dale.trucktab", "Dale Pruitt");
    private final Persona gabe = cast.person("gabelq", "Gabe Lindqvist");
    private final Persona shanice = cast.person("shaniceb", "Shanice Bowers");
    private final Persona omar = cast.person("falafelfarouk", "Omar Farouk");
    private final Persona tiff = cast.person("tiffy", "Tiff Yamamoto");

    // E. Surfers
    private final String surfGuild = cast.guild(515);
    private final Channel forecast = cast.channel(surfGuild, "Swell Chasers", "forecast-nerds",
            "charts, buoys, models, arguing about period", "surf-forecast-nerds.json");
    private final Channel breakReports = cast.channel(surfGuild, "Swell Chasers", "break-reports",
            "what it's actually doing out there. one report per session", "surf-break-reports.json");
    private final Channel boardSwap = cast.channel(surfGuild, "Swell Chasers", "board-swap",
            "buy, sell, trade boards and wetsuits", "surf-board-swap.json");
    private final Channel dawnPatrol = cast.channel(surfGuild, "Swell Chasers", "dawn-patrol",
            "group sessions, we meet at the lifeguard tower", "surf-dawn-patrol.json");
    private final Channel dingRepair = cast.channel(surfGuild, "Swell Chasers", "ding-repair", null,
            "surf-ding-repair.json");
    private final Persona kai = cast.person("mahoeshapes", "Kai Mahoe");
    private final Persona leilani = cast.person("leilanic", "Leilani Cruz");
    private final Persona finn = cast.person("finn_g", "Finn Gallagher");
    private final Persona tomas = cast.person("tomasreyes", "Tomás Reyes");
    private final Persona sasha = cast.person("sashanovak", "Sasha Novak");
    private final Persona ruairi = cast.person("byrnesurf", "Ruairi Byrne");
    private final Channel ruairiToSasha = cast.dm("2026-05-20", "Sasha Novak", "surf-dm-ruairi-sasha.json");

    // F. Genealogists
    private final String rootsGuild = cast.guild(516);
    private final Channel brickWalls = cast.channel(rootsGuild, "Branches & Records", "brick-walls",
            "stuck? post the ancestor, what you've tried, and where", "genealogy-brick-walls.json");
    private final Channel dnaMatches = cast.channel(rootsGuild, "Branches & Records", "dna-matches", null,
            "genealogy-dna-matches.json");
    private final Channel archiveTrips = cast.channel(rootsGuild, "Branches & Records", "archive-trips",
            "going to an archive? offer lookups, ask for them", "genealogy-archive-trips.json");
    private final Channel oldScript = cast.channel(rootsGuild, "Branches & Records", "old-script-help",
            "kurrent, secretary hand, latin parish entries: post the image", "genealogy-old-script-help.json");
    private final Persona margaret = cast.person("m.ellery", "Margaret Ellery");
    private final Persona desmond = cast.person("desmond.a", "Desmond Achebe");
    private final Persona ilse = cast.person("ilsekr", "Ilse Kramer");
    private final Persona bobby = cast.person("trasktrees", "Bobby Trask");
    private final Persona carol = cast.person("carolw", "Carol Whitfield");
    private final Persona nell = cast.person("nellashby", "Nell Ashby");

    // G. VTubers
    private final String vtGuild = cast.guild(517);
    private final Channel collabBoard = cast.channel(vtGuild, "Pixel Den", "collab-board",
            "looking for collab partners? post here", "vtube-collab-board.json");
    private final Channel commissions = cast.channel(vtGuild, "Pixel Den", "rig-and-art-commissions",
            "riggers & artists: post your commission info. clients: post what you need", "vtube-commissions.json");
    private final Channel debutSupport = cast.channel(vtGuild, "Pixel Den", "debut-support",
            "debuting soon or just debuted? we'll show up", "vtube-debut-support.json");
    private final Channel clipShare = cast.channel(vtGuild, "Pixel Den", "clip-share",
            "clips of den members' streams, credit the streamer", "vtube-clip-share.json");
    private final Channel obsHelp = cast.channel(vtGuild, "Pixel Den", "obs-tech-help", null, "vtube-obs-tech-help.json");
    private final Persona mochi = cast.person("mochistarlight", "Mochi Starlight");
    private final Persona kuroha = cast.person("kurohavale", "Kuroha Vale");
    private final Persona luna = cast.person("lunapyxis", "Luna Pyxis");
    private final Persona felix = cast.person("felixash", "Felix Ashgrove");
    private final Persona saffron = cast.person("saffronbelle", "Saffron Belle");
    private final Persona dex = cast.person("dexclips", "Dex Nakamura");

    // H. Cheesemakers
    private final String cheeseGuild = cast.guild(518);
    private final Channel cave = cast.channel(cheeseGuild, "Curd Nerds", "the-cave", "aging rooms, humidity, mold wars",
            "cheese-the-cave.json");
    private final Channel cultures = cast.channel(cheeseGuild, "Curd Nerds", "cultures-and-rennet", null,
            "cheese-cultures-and-rennet.json");
    private final Channel firstWheels = cast.channel(cheeseGuild, "Curd Nerds", "first-wheels",
            "post your first wheels, progress and disasters", "cheese-first-wheels.json");
    private final Channel milk = cast.channel(cheeseGuild, "Curd Nerds", "milk-sourcing", null,
            "cheese-milk-sourcing.json");
    private final Channel swapShelf = cast.channel(cheeseGuild, "Curd Nerds", "swap-shelf",
            "trade or sell cultures, molds, presses, cheese", "cheese-swap-shelf.json");
    private final Persona agnes = cast.person("thorburnfarm", "Agnes Thorburn");
    private final Persona pietro = cast.person("pietro.b", "Pietro Bianchi");
    private final Persona hana = cast.person("hanak", "Hana Kowalczyk");
    private final Persona gus = cast.person("gusledbetter", "Gus Ledbetter");
    private final Persona noor = cast.person("noorsaleh", "Noor Saleh");
    private final Persona wendell = cast.person("wendellp", "Wendell Price");

    private HeldOutScenes20Script() {
        super(new SceneIds(14000), FIRST_MONDAY, 21);
    }

    /** The round's export: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        HeldOutScenes20Script script = new HeldOutScenes20Script();
        script.glassblowers();
        script.sneakers();
        script.speedrunners();
        script.foodTrucks();
        script.surfers();
        script.genealogists();
        script.vtubers();
        script.cheesemakers();
        return script.export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 20");
    }

    /** A. Glassblowers: a hot shop's regulars, a newcomer, a bench seller and a maker with a shop. */
    private void glassblowers() {
        say(1, "09:10", furnaceTalk, lottie, "morning hot shop. who's pulling this week? furnace finally charged");
        say(1, "09:25", furnaceTalk, ingrid, "me tues + thurs. goblet series again, the stems keep wandering on me 🙃");
        say(1, "09:31", furnaceTalk, wes, "thurs evening. still fighting the glory hole flutter");
        say(1, "10:02", pullsAndFails, ingrid, "three goblets out of the annealer, one stem cracked at the merese. "
                + "the other two are going up on the shop: https://hotshopingrid.com/goblets");
        say(1, "11:40", pullsAndFails, wes, "paperweight batch. the cobalt one came out muddy, no idea why "
                + "https://imgur.com/a/wesPW1");
        Post amber = say(2, "14:05", pullsAndFails, priya, "new bowls from the weekend!! the amber reduction one is my "
                + "fav. listed here → https://www.etsy.com/listing/1554201/amber-reduction-bowl");
        Post frit = re(2, "14:20", lottie, amber, "that amber is unreal. what frit?");
        re(2, "14:32", priya, frit, "reichenbach coarse, two layers, then I hit it w/ the torch running lean. thank u!!");
        amber.react("😍", lottie, wes);
        say(2, "15:10", pullsAndFails, lottie, "my first cane pull that didn't twist into spaghetti lol "
                + "https://imgur.com/a/lottiecane");
        joins(3, "19:15", furnaceTalk, danny);
        Post hello = say(3, "19:20", furnaceTalk, danny, "hi all! Danny here, did a 6 week intro class at the "
                + "community college and now im hooked. no studio yet, just reading everything");
        re(3, "19:26", ingrid, hello, "welcome Danny! keep a notebook of every gather. sounds silly, pays off");
        say(3, "19:40", furnaceTalk, lottie, "welcome!! which college? the one by the river does open studio nights i think");
        say(3, "19:52", furnaceTalk, danny, "yes that one! didnt know about open nights, will ask");
        Post firstPw = say(4, "08:50", pullsAndFails, danny, "from my last class night, first paperweight ever. bubble "
                + "is off center but im proud lol https://imgur.com/a/dannypw");
        re(4, "09:30", marco, firstPw, "Not bad for a first. I run weekend intensives at Tessaro Glass, 2 days for $390, "
                + "6 spots, book here: https://calendly.com/tessaroglass/intensive. Grab one before they fill");
        Post bubble = re(4, "09:45", ingrid, firstPw, "off center bubble just means the pick went in at an angle. "
                + "honestly it's a nice clean gather for week six");
        re(4, "10:05", danny, bubble, "oh that makes sense, thank you!");
        firstPw.react("🔥", lottie, wes);
        Post teal = say(5, "16:00", pullsAndFails, priya, "ok one more, the teal vase that almost died in the glory "
                + "hole. saved it https://www.etsy.com/listing/1554388/teal-optic-vase");
        re(5, "16:20", ingrid, teal, "the optic lines are so even 👏 what mold?");
        say(5, "16:31", pullsAndFails, priya, "12 rib, borrowed from the college. thanks Ingrid!");
        say(6, "10:30", furnaceTalk, wes, "that's me off to the glass fest, back Monday. behave");
        say(6, "13:00", colorChem, lottie, "@Wes Harrow did you ever sort the flutter on the glory hole burner? mine "
                + "started doing the same, whump whump whump");
        say(6, "13:05", colorChem, lottie, "(asking here bc i think it's messing with my reds too)");

        // Week 2
        say(8, "08:40", colorChem, wes, "Back from the fest! Lottie: it was the blower intake, a leaf was half blocking "
                + "it. clean the screen and check the air/gas ratio before you touch anything else");
        say(8, "09:00", colorChem, lottie, "a LEAF. omg. checking tonight, thanks!!");
        Post e1 = say(8, "12:00", kilnEmergency, danny, "got access to a friends garage kiln, its a Paragon and the "
                + "controller shows E1 after like an hour, anyone know what that means?");
        re(8, "12:20", ingrid, e1, "E1 on most Paragon controllers means the temperature is rising too slowly. "
                + "usually tired elements or a relay going. I had the same on my old one and I swapped the relay first "
                + "because it's the cheap part, then my elements a year later. what model is it exactly, and how old "
                + "are the elements?");
        say(8, "18:00", furnaceTalk, danny, "anyone been to the museum show in town? thinking of going saturday");
        say(8, "18:10", furnaceTalk, lottie, "went sunday, the venetian room is worth it alone");
        Post cup = say(9, "10:00", pullsAndFails, danny, "class night again, tried a cup. its more of an ashtray 😂");
        re(9, "10:15", lottie, cup, "ashtray is a valid form");
        say(9, "13:00", pullsAndFails, priya, "restocked the amber bowls!! "
                + "https://www.etsy.com/listing/1554201/amber-reduction-bowl");
        say(9, "13:05", furnaceTalk, priya, "amber bowls are back in stock, 15% off till sunday with code HOTSHOP15 → "
                + "https://www.etsy.com/listing/1554201/amber-reduction-bowl");
        say(9, "13:07", colorChem, priya, "if anyone wanted one of the amber reduction bowls they're back + 15% off → "
                + "https://www.etsy.com/listing/1554201/amber-reduction-bowl");
        Post coe = say(10, "20:00", colorChem, danny, "is it true you cant mix bullseye and spectrum frit? teacher "
                + "said something about COE");
        re(10, "20:12", wes, coe, "yeah, different COE, 90 vs 96. they crack apart in the annealer, or a week later "
                + "on your shelf, which is worse");
        say(10, "20:20", colorChem, danny, "oof ok. good to know before I buy a pile of it");
        Post lid = say(11, "09:15", kilnEmergency, lottie, "kiln lid won't seal, there's a gap on the hinge side. "
                + "is that a problem or am I being paranoid?");
        re(11, "09:40", ingrid, lid, "I had exactly this. I shimmed mine with a strip of fiber blanket, and I also "
                + "re-leveled the stand because my garage floor slopes. I'd check the hinge pins too, mine were worn "
                + "flat. I ran mine with a gap for a month and my pieces near it annealed badly, I lost two bowls to "
                + "stress cracks before I figured it out. so yes, fix it, but it's a cheap fix");
        say(11, "09:55", kilnEmergency, lottie, "fiber blanket, ok. my hinge pins look sketchy too now that you say it");
        say(11, "14:00", benchRentals, marco, "Bench time open at Tessaro Glass for June, $60/hr with an assistant, "
                + "DM me");
        say(12, "11:00", furnaceTalk, priya, "last 2 days for the 15% off!! "
                + "https://www.etsy.com/listing/1554201/amber-reduction-bowl 🔥");
        say(12, "11:30", furnaceTalk, wes, "anyone want to split a batch of cullet? the supplier does 10% over 200lb");
        say(12, "11:42", furnaceTalk, ingrid, "in for 50lb if it's clear");

        // Week 3
        say(15, "10:00", furnaceTalk, lottie, "flutter fixed btw, it was the screen. @Wes Harrow owe you a beer")
                .react("🙌", wes);
        say(16, "19:30", pullsAndFails, wes, "cobalt paperweights take two, clear this time https://imgur.com/a/wesPW2");
        say(17, "08:30", furnaceTalk, danny, "signed up for the open studio nights at the college 🙌 thanks Lottie");
        say(17, "08:45", furnaceTalk, lottie, "yesss see you there thursdays");
    }

    /** B. Sneaker resellers: legit checkers, a mod's calendar, a store that spams, a reseller among resellers. */
    private void sneakers() {
        String[] drops = {
            "Mon 25th: Jordan 4 'Bred Reimagined', SNKRS 10am ET. raffle list → https://www.soleretriever.com/raffles/j4-bred",
            "Tue 26th: Dunk Low 'Pine Green' restock, no raffles, FCFS on Nike app",
            "Wed 27th: NB 990v6 'Grey Day', raffles → https://www.endclothing.com/launches/990v6-grey",
            "Thu 28th: Yeezy 350 'Onyx' restock (yes again). adidas confirmed app only",
            "Fri 29th: Asics Gel-Kayano 14 'Cream Pure Silver' → https://www.soleretriever.com/raffles/gk14-cream",
            "Sat 30th: local: Sneaker Con pop-up at the mall, 11am, bring cash",
            "reminder: J4 Bred raffles close tonight for most shops, don't sleep",
            "J4 Bred: Foot Locker FLX draw is open → https://www.footlocker.com/launch",
            "schedule for next week goes up sunday, ping me if I missed a drop",
            "Sun: nothing major. rest your thumbs",
            "next week preview: Travis Jordan 1 low rumors, nothing confirmed yet, ignore the fake raffle sites"};
        int[] days = {1, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7};
        String[] at = {"09:00", "09:04", "09:08", "10:00", "10:03", "09:30", "18:00", "12:00", "17:00", "11:00", "19:00"};
        for (int i = 0; i < drops.length; i++) {
            say(days[i], at[i], releaseCal, jules, drops[i]);
        }
        Post wtb = say(1, "12:00", wtsWtb, amir, "WTB Jordan 4 Military Black sz 10, DS only, budget around 260 "
                + "shipped. new here so lmk how LC works");
        re(1, "12:30", tre, wtb, "got a DS pair sz 10, 255 shipped, can send tagged pics for LC. dm me");
        Post how = re(1, "12:45", kenji, wtb, "welcome. ask the seller for tagged pics (username + date on paper), post "
                + "them in #legit-checks and one of us checks before you pay. always G&S, never F&F");
        re(1, "13:00", amir, how, "perfect ty");
        Post lc = say(2, "18:00", legitChecks, amir, "LC pls, these are the pics from the seller "
                + "https://imgur.com/a/amirj4mb");
        re(2, "18:30", kenji, lc, "looks good. box label font ✅ heel tab ✅ wing stitching ✅. retail refs so you can "
                + "compare yourself: https://imgur.com/a/j4ref1 https://imgur.com/a/j4ref2 https://imgur.com/a/j4ref3 "
                + "https://imgur.com/a/j4ref4 → legit");
        say(2, "18:35", legitChecks, amir, "🙏 sending payment now");
        Post travis = say(2, "20:00", copOrDrop, bex, "cop or drop: travis x fragment lows at 1.4k? feels like resell "
                + "is cooling");
        say(2, "20:10", copOrDrop, tre, "drop at that price, they'll sit at 1.1 by july");
        say(2, "20:12", copOrDrop, kenji, "drop. wait for the summer dip");
        re(2, "20:30", bex, travis, "ok my wallet thanks you both");
        say(3, "15:00", copOrDrop, smokey, "yall sleeping on the new balance 9060s. got every size at KICKVAULT, code "
                + "SMOKEY10 for 10% off → https://kickvault.shop/nb9060");
        say(3, "15:02", lounge, smokey, "restock alert 🚨 9060s all sizes https://kickvault.shop/nb9060 code SMOKEY10");
        say(3, "15:04", releaseCal, smokey, "9060 restock live → https://kickvault.shop/nb9060");
        say(3, "15:20", releaseCal, jules, "@Smokey Alvarez calendar is for release dates only, sales go in #wts-wtb pls");
        Post lc2 = say(3, "21:00", legitChecks, bex, "LC on these AF1 customs? bought off a guy at a meetup "
                + "https://imgur.com/a/bexaf1");
        re(3, "21:20", kenji, lc2, "customs so there's no retail to compare, but the base pair is legit: insole "
                + "stamp and the swoosh stitching match. ref: https://imgur.com/a/af1ref");
        re(3, "21:25", bex, lc2, "ty Kenji ❤️");
        Post lc3 = say(4, "19:00", legitChecks, tre, "quick LC for a buyer, Dunk Low Panda sz 9 "
                + "https://imgur.com/a/trepanda");
        re(4, "19:15", kenji, lc3, "legit. the 'fake' tell people quote for pandas (toe box holes) is not reliable, "
                + "check the heel embroidery instead: https://imgur.com/a/pandaheel");
        say(4, "19:18", legitChecks, tre, "👍 appreciate it");
        Post lc4 = say(5, "13:00", legitChecks, amir, "and one more, Yeezy 350 Zebra from a different seller "
                + "https://imgur.com/a/amirzebra");
        re(5, "13:30", kenji, lc4, "fake, sorry. the SPLY text is too thin and the stripe is glued wrong. compare: "
                + "https://imgur.com/a/zebraref");
        re(5, "13:34", amir, lc4, "damn. good thing I asked. thank u");
        say(5, "11:00", wtsWtb, smokey, "KICKVAULT weekend sale, 15% off all dunks with SMOKEY10 "
                + "https://kickvault.shop/dunks");
        say(6, "12:00", lounge, kenji, "anyone else's stockx payout taking 10+ days lately");
        say(6, "12:05", lounge, tre, "yeah mine too. moving more to goat");
        say(6, "12:09", lounge, kenji, "goat fees tho");
        say(6, "12:15", lounge, tre, "pick your poison lol");
        say(6, "12:20", lounge, kenji, "at least stockx customer support answers now");
        Post lc5 = say(7, "15:00", legitChecks, bex, "last one I promise, Samba OG white/green from vinted "
                + "https://imgur.com/a/bexsamba");
        re(7, "15:40", kenji, lc5, "legit. the gold SAMBA foil is right and the tongue label font matches retail "
                + "https://imgur.com/a/sambaref");

        // Week 2: Tre among resellers while a buyer of his waits
        say(8, "10:00", wtsWtb, bex, "@Tre Gaines hey! got the dunk lows off you last month, love them. box came pretty "
                + "crushed tho, do you have a spare box for that colorway? want it for the shelf");
        say(8, "11:00", lounge, tre, "anyone running the new bot for the bred drop?");
        say(8, "11:04", lounge, smokey, "yeah, ran it for 9060s, 11 checkouts");
        say(8, "11:06", lounge, tre, "11?? which proxies");
        say(8, "11:10", lounge, smokey, "resi, the cheap ones are cooked");
        say(8, "11:12", lounge, tre, "bet ty");
        say(9, "09:30", wtsWtb, tre, "WTS J4 Military Black sz 9, 10, 11 DS, 255 each shipped, tagged pics on request");
        Post runs = say(9, "14:00", copOrDrop, amir, "do J4s run big? my 10s feel roomy");
        re(9, "14:30", bex, runs, "tts for me, half down if you're between sizes");
        say(9, "20:00", lounge, tre, "@Kenji Mori what are you listing the breds at after fees");
        say(9, "20:10", lounge, kenji, "310ish. under 300 it isn't worth the shipping hassle");
        say(9, "20:12", lounge, tre, "same math. goat's taking 12% now right?");
        say(9, "20:15", lounge, kenji, "12.4 plus cashout");
        say(10, "16:00", lounge, tre, "@Jules Fontaine can you add the travis lows to the calendar when it's confirmed");
        say(10, "16:20", lounge, jules, "yep once there's a date");
        say(10, "16:21", lounge, tre, "goat");
        say(11, "12:00", lounge, tre, "margins on 9060s are trash btw, dont bother @Smokey Alvarez");
        say(11, "12:06", lounge, smokey, "they move tho, volume game");
        say(11, "12:08", lounge, tre, "fair");
        Post sizing = say(11, "18:00", copOrDrop, amir, "first time copping a raffle, if I win do I pay right away or "
                + "later?");
        re(11, "18:40", kenji, sizing, "depends on the shop, most charge when you win. keep the card funded");
        say(12, "21:00", lounge, tre, "breds bricked for me, 0 for 6. you guys?");
        say(12, "21:05", lounge, kenji, "1 pair from footlocker");
        say(12, "21:06", lounge, smokey, "4 😎");
        say(12, "21:08", lounge, tre, "smh");
        say(13, "10:00", wtsWtb, tre, "price drop: J4 Military Black 245 shipped, sz 9 + 11 left");

        // Week 3
        say(15, "09:00", wtsWtb, tre, "@Bex Carrow yo sorry just saw this, I have a spare box, shipping it to you free");
        say(15, "09:30", wtsWtb, bex, "ahh thank you!! 🙏");
        say(16, "18:00", copOrDrop, amir, "won the bred raffle at end!! first W");
        say(16, "18:10", copOrDrop, kenji, "W. post the LC when they land just for fun");
    }

    /** C. Speedrunners: routers, racers, a channel for going live, and someone who pushes his stream everywhere. */
    private void speedrunners() {
        say(1, "19:00", goingLive, nyx, "live: any% practice, ice cave resets all night https://twitch.tv/nyxcalder");
        say(1, "19:30", goingLive, ola, "live, going for sub 42 https://twitch.tv/olasandberg");
        say(2, "20:00", goingLive, bram, "live with glitch hunting on the door clip, come help me https://twitch.tv/bramdewit");
        say(3, "19:05", goingLive, nyx, "live again, relay practice with @Ola Sandberg later https://twitch.tv/nyxcalder");
        say(4, "18:00", goingLive, rusty, "live https://twitch.tv/rustykade");
        say(5, "19:10", goingLive, nyx, "live: marathon submission run-through https://twitch.tv/nyxcalder");
        say(6, "14:00", goingLive, nyx, "saturday chill stream, routing the new skip https://twitch.tv/nyxcalder");
        say(1, "18:00", raceNight, hollis, "Race night Thursday 8pm CET, any% glitchless, signup here: "
                + "https://racetime.gg/anyanon/thursday");
        say(3, "12:00", raceNight, hollis, "6 spots left for thursday, same signup https://racetime.gg/anyanon/thursday");
        say(4, "17:00", raceNight, hollis, "last call, race in 3 hours, signup closes at 7: "
                + "https://racetime.gg/anyanon/thursday");
        say(4, "21:30", raceNight, hollis, "GG all. results: 1. Nyx 41:58 2. Ola 42:10 3. Bram 43:31. vods in the pins");
        say(4, "21:35", raceNight, ola, "12 seconds 😭 gg Nyx");
        say(4, "21:36", raceNight, nyx, "gg!! that cave death almost cost me");
        Post pb = say(5, "22:00", pbBrag, ola, "NEW PB 41:47!!! finally. I've been stuck at 42 for two months and I "
                + "changed literally one thing, I do the ice clip from the left now instead of the right and I lose "
                + "maybe 3 frames there but I never die to it. my splits were gold from cave to tower. my hands were "
                + "shaking on the last boss, I nearly dropped the controller. I'm so happy I could cry, my cat got "
                + "treats. my next goal is sub 41 before summer games done quick, I think I can get it if my tower "
                + "stays consistent. my vod: https://twitch.tv/videos/olapb4147");
        re(5, "22:05", nyx, pb, "LETS GO. told you the left side was safer");
        re(5, "22:10", bram, pb, "congrats!! 🎉");
        pb.react("🎉", nyx, bram, hollis);
        say(6, "10:00", pbBrag, ola, "also got my first sub 10 in the tower IL, 9:58. my tower is finally clicking, "
                + "I practiced my tower 200 times this week and my resets are way down. I feel like I'm getting "
                + "somewhere with my movement, I'll post my splits later");
        say(6, "16:00", routePlanning, ola, "@Bram de Wit is the door clip worth it in races or only solo?");
        say(6, "16:30", routePlanning, bram, "Ola: in races no, too risky if you are not 90% on it. solo yes, it saves "
                + "like 7 seconds");

        // Week 2: Mei learns from Bram; Rusty pushes his stream
        Post route = say(8, "18:00", routePlanning, mei, "new runner here, is the cave skip worth learning first or "
                + "should i do the safe route?");
        re(8, "18:20", bram, route, "safe route first. the skip is frame perfect on NTSC, you will get frustrated. "
                + "learn the movement, then the skip. I did it the wrong way around and lost a month");
        say(8, "18:25", routePlanning, mei, "ok safe route it is ty");
        Post splits = say(9, "17:00", routePlanning, mei, "how do you set up splits in livesplit so it shows the "
                + "sum of best?");
        re(9, "17:15", bram, splits, "right click → edit layout → add → information → sum of best");
        say(9, "17:20", routePlanning, mei, "found it, nice");
        say(9, "17:40", routePlanning, bram, "@Mei Tanaka btw, can you test the door clip on PAL for me? I only have "
                + "NTSC, I want to know if the frame window is the same");
        say(9, "21:00", glitchHunting, mei, "is there a list of all known skips somewhere?");
        say(9, "21:10", glitchHunting, nyx, "pinned in here, the spreadsheet. half of them are dead on current patch tho");
        say(10, "18:00", routePlanning, mei, "what controller do ppl use? my pad's dpad is mushy");
        say(10, "18:20", routePlanning, nyx, "most of us are on 8bitdo sn30 pro, dpad is great");
        Post tower = say(11, "19:00", routePlanning, mei, "tower section, do you jump the second gap or take the ladder?");
        re(11, "19:25", bram, tower, "jump, but buffer it from the ledge. ladder is 2 seconds slower. I can show on "
                + "stream tomorrow if you want");
        say(11, "19:30", routePlanning, mei, "jump it is");
        say(12, "20:00", pbBrag, mei, "first full run done!! 58:12, no deaths in cave 🎉");
        say(12, "20:05", pbBrag, bram, "very nice, that is a real time already");
        say(9, "15:00", routePlanning, rusty, "grinding the ice skip live rn, come watch me fail 200 times: "
                + "https://twitch.tv/rustykade");
        say(9, "15:03", glitchHunting, rusty, "live now, testing the new skip → https://twitch.tv/rustykade");
        Post pb2 = say(10, "21:00", pbBrag, ola, "41:31, sub 41 incoming. tower was clean");
        re(10, "21:20", rusty, pb2, "gz! could you follow my twitch too? twitch.tv/rustykade 🙏 trying to hit affiliate");
        re(11, "19:40", rusty, tower, "@Mei Tanaka could you follow me on twitch? almost at 50 followers");
        say(12, "15:00", routePlanning, rusty, "live again, route testing all afternoon https://twitch.tv/rustykade");
        say(12, "15:02", goingLive, rusty, "live https://twitch.tv/rustykade");

        // Week 3
        say(15, "19:00", raceNight, hollis, "Race night Thursday again, signup: https://racetime.gg/anyanon/thursday2");
        say(16, "20:00", goingLive, nyx, "live, last practice before the marathon https://twitch.tv/nyxcalder");
        say(18, "21:40", raceNight, hollis, "GG. Nyx takes it again, Mei finished her first race!! 🎉");
        say(18, "21:45", raceNight, mei, "that was so fun, ty for running it Hollis");
    }

    /** D. Food-truck owners: a new owner, a veteran, an organizer's call for trucks, a POS vendor, a trailer sale. */
    private void foodTrucks() {
        say(1, "08:00", truckForSale, tiff, "selling my 2014 7x14 concession trailer, full kitchen, hood, 2 sinks, "
                + "$18,500 obo. pics + spec sheet: https://tiffseats.com/trailer");
        joins(1, "09:00", commissary, gabe);
        Post hi = say(1, "09:05", commissary, gabe, "hey all, Gabe, just bought a used step van and I'm doing smash "
                + "burgers. 3 events in so far, learning everything the hard way");
        re(1, "09:20", rosa, hi, "welcome to the circus 🌮 ask anything, we all learned the hard way");
        Post reader = say(2, "10:00", rigRepairs, gabe, "card reader keeps dropping connection at events, lost maybe "
                + "20 sales saturday. square reader on a tablet, hotspot from my phone");
        Post fix = re(2, "10:30", rosa, reader, "it's the hotspot, 100%. I had the same thing at the fairground. I got "
                + "a cheap dedicated 4G router and stuck it on the roof, never dropped since. and turn on offline "
                + "payments in square so it queues them when signal dies");
        re(2, "11:00", dale, reader, "That's precisely what we sort out. TruckTab runs offline-first and syncs when "
                + "signal comes back, $39/mo. Happy to give you a free demo, grab 15 min here: "
                + "https://calendly.com/trucktab/demo");
        re(2, "11:20", gabe, fix, "offline mode!! didnt even know that existed. thank you Rosa");
        Post fire = say(3, "09:00", permits, gabe, "fire inspection next week, what do they actually check? "
                + "suppression system is new");
        re(3, "09:40", rosa, fire, "tags on the suppression and the extinguishers (K class by the fryer), propane "
                + "lines with soapy water, and they'll want the hood cleaning receipt. I failed my first one on the "
                + "receipt, I had cleaned it myself");
        say(3, "09:45", permits, gabe, "oh I definitely don't have a receipt. booking a cleaner, ty");
        Post party = say(3, "12:00", eventLeads, shanice, "Juneteenth block party, June 19, 11-7, expect ~800 people. "
                + "looking for 3 trucks. reply with your menu + fee or % split");
        re(3, "12:40", omar, party, "Falafel Farouk here 🙋 falafel wraps, shawarma bowls, loaded fries. we do 12% "
                + "of sales or $250 flat, whichever is higher. pics: https://instagram.com/falafelfarouk");
        re(3, "13:10", rosa, party, "Rosa's Tacos is in if the date holds, 10% split, we do a vegan option too");
        Post power = say(4, "10:00", eventLeads, shanice, "q for anyone who's done Riverside Park: is there shore power "
                + "or do trucks need their own generators?");
        re(4, "10:30", gabe, power, "shore power on the north lot only, 30 amp. I did the market there saturday, "
                + "bring a long cord");
        re(4, "11:00", shanice, party, "love it, booked @Omar Farouk and @Rosa Quintero, details by email. one spot left");
        say(4, "12:00", truckForSale, tiff, "price drop to $17,500 https://tiffseats.com/trailer");
        Post commish = say(5, "08:30", permits, gabe, "does the county care which commissary I use or just that I "
                + "have a letter?");
        re(5, "09:00", rosa, commish, "just the letter, but it has to be renewed every year and they check the date. "
                + "I keep mine in the truck in a sleeve because my inspector asked for it on site once");
        say(5, "09:10", permits, gabe, "sleeve, good idea");
        Post trailer = say(6, "10:00", truckForSale, tiff, "still available, open to trades for a smaller rig "
                + "https://tiffseats.com/trailer");
        re(6, "11:00", omar, trailer, "does the hood have fire suppression or just the vent?");
        re(6, "11:30", tiff, trailer, "full ansul system, tagged in march");
        say(7, "15:00", commissary, rosa, "rained out today, anyone else eating their own inventory lol");
        say(7, "15:10", commissary, omar, "falafel for dinner 3rd night in a row");

        // Week 2: the vendor keeps selling
        say(9, "10:00", commissary, dale, "TruckTab summer promo for Curbside members: first 3 months at $19/mo, "
                + "sign up at https://trucktab.io/curbside");
        Post gen = say(9, "15:00", rigRepairs, omar, "generator trips when both fryers come on at the same time, "
                + "7500W inverter. bigger gen or stagger them?");
        re(9, "15:30", rosa, gen, "stagger them first, fryers pull the most on heat up. I run mine 10 min apart");
        re(9, "16:00", gabe, gen, "same thing happened to me with the flat top, staggering fixed it");
        say(11, "09:30", rigRepairs, dale, "reminder, the $19/mo TruckTab deal ends friday → https://trucktab.io/curbside");
        say(12, "14:00", commissary, gabe, "passed fire inspection!! thanks for the receipt tip @Rosa Quintero");
        say(12, "14:10", commissary, rosa, "🎉 told you");
        say(13, "09:00", truckForSale, tiff, "trailer sold! thanks all");

        // Week 3
        say(17, "10:00", eventLeads, shanice, "Juneteenth is a go, truck load-in at 9. thanks Omar, Rosa and "
                + "@Gabe Lindqvist for the last spot");
        say(17, "10:20", eventLeads, gabe, "see you there!");
    }

    /** E. Surfers: a reporter of breaks, a group session, a beginner, a shaper's drop and a camp's private pitch. */
    private void surfers() {
        String[] reports = {
            "Point: waist high, glassy, 6 out. Reef closing out on the sets",
            "evening: Point went onshore by 5, mushy. Beach break fun on the push",
            "dawn: Beach break chest high, offshore, lines wrapping nicely. 12 out by 7",
            "lunch: blown out everywhere, don't bother",
            "Reef: overhead sets, heavy, only for the crew who know it. saw a snapped board",
            "Point: knee to thigh, longboard heaven, 20+ out though",
            "dawn: flat. go for a swim",
            "evening: new swell filling in, shoulder high at the Beach break, peaky",
            "dawn: Point firing, head high, 15s period, crowd already by 6:30",
            "midday: tide too high at the Point now, Reef starting to work",
            "sunset: Beach break glassy, waist high, 4 out. best session of the week honestly"};
        int[] days = {1, 1, 2, 2, 3, 3, 4, 5, 6, 6, 7};
        String[] at = {"07:30", "18:00", "07:15", "12:30", "08:00", "16:30", "07:00", "18:30", "06:50", "13:00", "20:00"};
        for (int i = 0; i < reports.length; i++) {
            say(days[i], at[i], breakReports, finn, reports[i]);
        }
        say(1, "12:00", dawnPatrol, tomas, "Dawn patrol Saturday 6am at the tower. sign up so we can pair boards with "
                + "the beginners: https://forms.gle/swellDP21");
        say(3, "12:00", dawnPatrol, tomas, "8 signed up, room for 4 more, same form https://forms.gle/swellDP21");
        say(5, "19:00", dawnPatrol, tomas, "last call for saturday! https://forms.gle/swellDP21 bring wax, I have spares");
        say(5, "19:30", dawnPatrol, leilani, "in, bringing my old 8'0 for whoever needs foam");
        say(6, "09:30", dawnPatrol, tomas, "what a morning. 11 of us, 3 first waves ridden by beginners 🤙");
        say(1, "20:00", forecast, ruairi, "that long period swell on the charts for Thursday looks good, 14s from the "
                + "west. camp kids are going to get a shock");
        say(1, "20:20", forecast, finn, "models disagree on the wind tho, ECMWF has it onshore by noon");
        say(1, "20:25", forecast, ruairi, "dawn then");
        Post period = say(2, "09:00", forecast, sasha, "total beginner q: what period is good for learning? the app "
                + "said 14s and everyone was excited but I got smashed");
        re(2, "09:30", leilani, period, "long period = more power per wave. for learning you want short and small, like "
                + "8-10s and waist high. beach break at low-mid tide. don't go out on the days we get excited lol");
        re(2, "09:40", sasha, period, "haha noted. ty");
        say(3, "21:00", ruairiToSasha, ruairi, "Hey Sasha, saw you're learning! I run Byrne Surf Camp, 5-day beginner "
                + "package €420 incl. board + wetsuit, June spots left. want me to hold one for you?");
        say(4, "08:00", ruairiToSasha, sasha, "oh thanks, I'm ok for now, learning with friends");
        say(4, "08:30", forecast, ruairi, "Thursday is on, 3ft at 13s at the buoy");

        // Week 2: the shaper's drop
        say(9, "10:00", boardSwap, kai, "fresh batch off the shaping bay 🏄 6'2 fish and a 9'0 log, hand shaped, 10% off "
                + "this week → https://mahoeshapes.com/new");
        say(9, "10:05", forecast, kai, "new boards just dropped, 10% off this week only https://mahoeshapes.com/new");
        say(9, "10:10", breakReports, kai, "if anyone's looking for a fish for this swell, 10% off the new ones "
                + "https://mahoeshapes.com/new");
        say(9, "11:00", breakReports, finn, "Point: chest high and clean, get on it");
        say(11, "17:00", forecast, kai, "fish is half gone! 10% off ends sunday https://mahoeshapes.com/new");
        Post swap = say(10, "12:00", boardSwap, sasha, "selling a 7'6 foamie, 100 quid, good for a first board");
        re(10, "12:30", leilani, swap, "my cousin might want it, I'll ask");
        say(12, "18:00", forecast, leilani, "anyone see the swell forecast for next tuesday? looks like a long one");
        say(12, "18:15", forecast, finn, "17s, small though. Reef will wake up");

        // Week 3: help from someone who also sells
        Post ding = say(16, "09:00", dingRepair, sasha, "dropped my board in the car park, small ding on the rail, "
                + "is it ok to surf?");
        re(16, "09:30", kai, ding, "don't surf it till it's sealed, water gets in the foam and it goes yellow and "
                + "heavy. grab a sun-cure resin like solarez, sand the edges, dab it on, 10 min in the sun. I wrote up "
                + "the steps with photos here: https://mahoeshapes.com/ding-guide");
        re(16, "10:00", sasha, ding, "oh amazing, doing it tonight, thanks Kai!");
        say(17, "07:30", breakReports, finn, "dawn: Beach break waist high, offshore, fun");
        say(19, "12:00", dawnPatrol, tomas, "dawn patrol again Saturday, same drill: https://forms.gle/swellDP23");
    }

    /** F. Genealogists: brick walls, a volunteer's lookups, a translator away for the weekend, a paid researcher. */
    private void genealogists() {
        Post wall = say(1, "10:00", brickWalls, margaret, "I've been stuck on my great-grandfather Thomas Ellery for "
                + "three years now. I have him in the 1881 census in Bethnal Green as a cooper, aged 24, with my "
                + "great-grandmother Sarah and my grandfather as a baby. In 1891 Sarah is a widow, or says she is, but I "
                + "can't find any death for Thomas anywhere. I've tried FreeBMD, I've tried the workhouse records, I've "
                + "even paid for two death certificates that turned out to be the wrong man. My family always said he "
                + "'went to sea'. Any ideas where I could look next?");
        Post lists = re(1, "10:40", desmond, wall, "'went to sea' plus a widow who may not be one: check outbound "
                + "passenger lists 1881-1891 and the merchant seamen records. try these: https://www.freecen.org.uk "
                + "https://www.nationalarchives.gov.uk/help-with-your-research/research-guides/merchant-seamen/ "
                + "https://www.familysearch.org/search/catalog https://www.findmypast.co.uk/search/passenger-lists");
        re(2, "09:00", bobby, wall, "Brick walls like this are what I do professionally. My 20-hour research package is "
                + "$300 and usually cracks emigration cases, I'll send you the intake form if you DM me.");
        re(2, "10:15", margaret, lists, "oh my, the passenger lists! I never thought of that. thank you Desmond, I'll "
                + "start tonight");
        Post pike = say(2, "14:00", brickWalls, carol, "can someone find my 2x great grandma Hannah Pike's baptism? "
                + "Norfolk, around 1840");
        re(2, "14:30", desmond, pike, "Norfolk transcripts are mostly on FreeREG, start there: "
                + "https://www.freereg.org.uk . if she's not in it the originals are at the Norfolk Record Office");
        say(2, "14:40", brickWalls, carol, "nothing on freereg 😕");
        Post cm = say(3, "19:00", dnaMatches, carol, "what does 45 cM shared mean? ancestry says 4th cousin but "
                + "she says she's my dad's half sister's granddaughter??");
        re(3, "19:30", desmond, cm, "45 cM fits a lot of relationships, half 2nd cousin once removed included, so "
                + "both can be true. the shared cM project tool shows the ranges: https://dnapainter.com/tools/sharedcmv4");
        say(3, "19:35", dnaMatches, carol, "ok that's confusing but ok");
        Post bt = say(4, "11:00", brickWalls, nell, "anyone know if the Norfolk bishop's transcripts are online "
                + "anywhere? my register has a gap 1838-1842");
        say(4, "11:20", brickWalls, carol, "still looking for Hannah Pike if anyone has ideas");
        re(4, "13:00", desmond, bt, "partly: FamilySearch filmed them, some are viewable at a library only. "
                + "https://www.familysearch.org/search/catalog/norfolk-bishops-transcripts");
        say(4, "13:10", brickWalls, nell, "perfect, thank you");
        Post nro = say(5, "09:00", archiveTrips, carol, "anyone going to the Norfolk Record Office soon? need the "
                + "Pike entries from the Swaffham registers");
        re(5, "09:30", desmond, nro, "I'm there thursday next week for my own Norfolk lot, I'll look for you");
        say(5, "09:35", archiveTrips, carol, "great");
        say(5, "17:00", oldScript, ilse, "I am off to my sister's this weekend, back Monday, so no translations till "
                + "then 🙂");
        Post kurrent = say(6, "10:00", oldScript, nell, "@Ilse Kramer could you read this kurrent entry when you're "
                + "back? I think it says 'Tagelöhner' but not sure https://imgur.com/a/nellkurrent");
        say(1, "15:00", oldScript, desmond, "can anyone read this latin baptism? 1791, Baden "
                + "https://imgur.com/a/deslatin");
        say(1, "16:00", oldScript, ilse, "Desmond, the latin one you posted: 'filius legitimus Johannis' = legitimate son "
                + "of Johann. the next is the godfather, a Peter Wirth");
        say(1, "16:05", oldScript, desmond, "Ilse you're a star, thank you");
        say(3, "18:00", archiveTrips, desmond, "Kew on monday, happy to do 3 lookups in the WO 97 soldiers' papers, "
                + "post them here");
        say(6, "15:00", dnaMatches, desmond, "for anyone new to matches, this is the best free explainer I know: "
                + "https://isogg.org/wiki/Autosomal_DNA_statistics");
        say(7, "12:00", archiveTrips, desmond, "Kew lookups done, I've posted them in your threads");

        // Week 2
        re(8, "09:10", ilse, kurrent, "Nell, yes it is Tagelöhner (day labourer), and the next word is the village, "
                + "Oberwiesen. the date is 3 März 1852");
        say(8, "09:30", oldScript, nell, "Oberwiesen!! that's the missing village. danke Ilse");
        say(10, "11:00", dnaMatches, bobby, "Quick tip for everyone: sort your matches by shared matches before "
                + "anything else. Also my DNA analysis service is 30% off this month, details at "
                + "https://trasktrees.com/dna");
        say(12, "16:00", brickWalls, bobby, "Still a few research slots for June, $300 package, DM me");
        say(11, "17:00", archiveTrips, desmond, "Did the Norfolk lookups. Carol: Hannah Pike baptised 12 Mar 1839, "
                + "Swaffham, father William, labourer. photo: https://imgur.com/a/pikebapt");
        say(11, "18:30", archiveTrips, carol, "thank you!!");
        Post seaman = say(13, "10:00", brickWalls, margaret, "Thomas found!!! He's on a crew list in 1889 on a ship "
                + "to Melbourne and he stayed. married again there, the old rogue. Desmond, I owe you a very large "
                + "cake");
        re(13, "10:30", desmond, seaman, "brilliant!! the crew lists get overlooked so often");
        seaman.react("🎉", desmond, nell, ilse);

        // Week 3
        say(15, "14:00", archiveTrips, nell, "going to Kew next friday if anyone needs a lookup");
        say(15, "14:30", archiveTrips, margaret, "could you check the BT 99 crew agreement for the ship Hesperus, 1889? "
                + "only if it's no trouble");
        say(15, "15:00", archiveTrips, nell, "on the list!");
    }

    /** G. VTubers: a debut, a rigger taking commissions, a clipper, a tech helper, and follow-for-follow. */
    private void vtubers() {
        Post debut = say(1, "18:00", debutSupport, luna, "debuting saturday!! so nervous, first time ever streaming. "
                + "model rigged by @Kuroha Vale 💜");
        re(1, "18:10", felix, debut, "you'll be great. do an unlisted test stream first, check audio levels");
        re(1, "18:30", saffron, debut, "congrats on the debut!! could you follow me on twitch too? "
                + "twitch.tv/saffronbelle 💕");
        re(1, "19:00", kuroha, debut, "so proud of this model, you're going to kill it 💜");
        say(1, "10:00", commissions, kuroha, "Live2D rigging commissions OPEN ✨ 3 slots for June, full rig from $450, "
                + "toggles +$40. portfolio: https://kurohavale.carrd.co DM me");
        Post anniv = say(2, "17:00", debutSupport, mochi, "Mochi debut anniversary stream tonight!! live at 8 → "
                + "https://twitch.tv/mochistarlight");
        re(2, "17:20", saffron, anniv, "omg happy anniversary! pls follow me back, twitch.tv/saffronbelle 🙏");
        re(2, "17:30", felix, anniv, "one year already!! I'll be there");
        Post free = say(3, "12:00", collabBoard, dex, "clipper here, anyone want highlights cut for free? building "
                + "a portfolio, happy to do den members first");
        re(3, "12:15", saffron, free, "could you follow my twitch + yt? twitch.tv/saffronbelle "
                + "youtube.com/@saffronbelle");
        re(3, "12:40", mochi, free, "yes please!! my anniversary vod is 4 hours of chaos");
        re(3, "12:50", dex, free, "@Mochi Starlight on it, will post in #clip-share");
        say(4, "20:00", collabBoard, mochi, "live now!! chill zatsudan come hang → https://twitch.tv/mochistarlight");
        say(4, "09:00", commissions, kuroha, "2 slots left this month, DM me if interested");
        Post rigger = say(5, "11:00", commissions, dex, "looking for a rigger for a friend's model, budget ~400, "
                + "needs blinking + mouth forms");
        re(5, "11:30", kuroha, rigger, "can do that in budget, $420 with the expression pack, portfolio above, DM me");
        say(6, "16:00", obsHelp, mochi, "streaming instead of fixing my obs lol: https://twitch.tv/mochistarlight");
        String[] clips = {
            "Mochi losing to a goomba for 3 minutes 💀 (from @Mochi Starlight's anniversary) https://clips.twitch.tv/MochiGoomba",
            "Mochi's anniversary speech, bring tissues https://clips.twitch.tv/MochiSpeech",
            "Felix explaining noise gates with a rubber duck https://clips.twitch.tv/FelixDuck",
            "the moment Luna's model blinked on its own lol (Luna's test stream) https://clips.twitch.tv/LunaBlink",
            "Mochi singing the den anthem off key https://clips.twitch.tv/MochiAnthem",
            "Felix's chat roasting his mic for 10 min https://clips.twitch.tv/FelixMic",
            "Saffron's horror game jumpscare, 10/10 scream https://clips.twitch.tv/SaffronScream",
            "Mochi's chat spamming the same emote for 2 min https://clips.twitch.tv/MochiEmote",
            "Kuroha's rigging timelapse from her art stream https://clips.twitch.tv/KurohaRig",
            "Luna's test stream: the cat walked over the keyboard https://clips.twitch.tv/LunaCat"};
        int[] days = {3, 3, 4, 4, 5, 5, 6, 6, 7, 7};
        String[] at = {"20:00", "20:30", "19:00", "21:00", "18:00", "21:30", "14:00", "17:00", "12:00", "19:00"};
        for (int i = 0; i < clips.length; i++) {
            Post clip = say(days[i], at[i], clipShare, dex, clips[i]);
            if (i % 3 == 0) {
                clip.react("😂", mochi, felix);
            }
        }
        say(4, "19:30", clipShare, felix, "the duck was a teaching aid and I stand by it");

        // Week 2: the debut, and a question Luna leaves
        Post mic = say(8, "19:00", obsHelp, luna, "my mic audio is like half a second behind my model's lipsync, help??");
        re(8, "19:20", felix, mic, "add a sync offset on the mic in advanced audio properties, start around 300ms and "
                + "nudge it. @Luna Pyxis which OBS version are you on, and are you routing through VB-Cable? that "
                + "changes where the delay comes from");
        say(9, "21:00", debutSupport, luna, "thank you all for coming to my debut!!! 42 viewers, I'm still shaking");
        say(9, "21:10", debutSupport, kuroha, "you did so well!!");
        say(10, "18:00", clipShare, luna, "omg who clipped my cat 😭");
        say(10, "18:05", clipShare, dex, "guilty. it was too good");
        Post scene = say(11, "20:00", obsHelp, mochi, "how do you make a scene transition that doesn't drop frames? "
                + "my stinger stutters");
        re(11, "20:30", felix, scene, "stinger file is probably too heavy, re-export as webm vp9, 1080p, no alpha "
                + "tricks. I had my own stinger at 90MB once and it stuttered exactly like that, mine is 4MB now");
        re(11, "20:45", mochi, scene, "90 → 4 lol ok trying that");
        Post green = say(12, "17:00", obsHelp, saffron, "green screen edges flicker on my webcam overlay, any fix?");
        re(12, "17:30", felix, green, "raise the similarity a bit and add a little smoothness, and light the screen "
                + "evenly. I fought mine for a week before I bought a second lamp, my left side was always darker");
        say(13, "15:00", debutSupport, luna, "second stream tomorrow, doing a cozy game 🍵");

        // Week 3
        say(15, "19:00", collabBoard, felix, "looking for 3 people for a den tech-talk collab, 90 min, anyone in?");
        say(15, "19:20", collabBoard, mochi, "meee");
        say(15, "19:30", collabBoard, dex, "I'll clip it");
    }

    /** H. Cheesemakers: a cave builder talking to nobody, a culture seller, a farmstead maker and her customers. */
    private void cheesemakers() {
        String[] build = {
            "Day 1 of my cave build: I bought a second-hand wine fridge and I'm putting an inkbird controller on it",
            "my inkbird arrived. I wired it up tonight and my fridge now holds 12C, I'm thrilled",
            "I added my humidifier today, a little ultrasonic one. my hygrometer says 88% which is exactly what I wanted",
            "my first tomme is going in tomorrow, I've been waiting months for this",
            "tomme is in. I flipped it twice today, I'm probably overdoing it but I can't help myself",
            "I noticed some white fuzz on my tomme this morning, I think it's the geo I added, my notes say it should be",
            "I've decided I'm going to build a second cave for my blues so my whites don't cross contaminate",
            "my second fridge is sourced, I'm picking it up saturday. my wife is less thrilled than I am",
            "I rubbed my tomme with brine today and my cave smells like a real cheese shop now",
            "my humidity dropped to 80% overnight, I refilled my humidifier and I'm logging it every 4 hours now",
            "week one of my cave done. I'm going to post my full build list next week for my own records"};
        int[] days = {1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 7};
        String[] at = {"08:00", "21:00", "19:00", "21:30", "18:00", "20:00", "19:30", "08:15", "20:40", "09:00", "18:00"};
        Channel[] where = {cave, cave, cave, cave, cave, cultures, cave, cave, cultures, cave, cave};
        Post firstTomme = null;
        for (int i = 0; i < build.length; i++) {
            Post p = say(days[i], at[i], where[i], wendell, build[i]);
            if (i == 4) {
                firstTomme = p;
            }
        }
        re(3, "18:40", pietro, firstTomme, "flip every day first week is normal, not overdoing. good luck!");
        say(2, "10:00", cultures, gus, "fresh mesophilic and thermophilic cultures in stock, DM me for prices 🧀");
        say(4, "11:00", cave, gus, "got penicillium candidum + geotrichum back in, DM me for prices");
        say(6, "13:00", milk, gus, "cultures restocked, mesophilic, thermo, blues, DM me for prices");
        Post rennet = say(3, "09:00", cultures, hana, "how much rennet for 4L of milk? the bottle says per 10L and "
                + "I'm bad at maths at 9am");
        say(3, "09:20", cultures, pietro, "for 4 liter, 1 ml single strength is enough. dilute in cold water not "
                + "chlorinated. in my zone we use less, the curd come more soft");
        re(3, "09:30", hana, rennet, "1ml, perfect, grazie!");
        say(3, "16:00", firstWheels, hana, "first gouda is pressed!! I waxed it red because I wanted it to look like "
                + "the ones from the shop. my press is a bucket and four bricks, I'm very proud of my engineering");
        say(5, "19:00", firstWheels, hana, "my gouda after 2 days, I think my wax has a bubble, I'm going to leave it "
                + "and see. my kitchen smells amazing");
        say(7, "11:00", firstWheels, hana, "first week update: I made a second batch, a little feta, my first feta. I "
                + "think my curds were too soft but my brine tasted right. I'll post my gouda when I cut it in 6 weeks");
        say(7, "11:30", firstWheels, agnes, "the bucket press is how I started too, it works! feta curds are meant to be "
                + "softer than gouda");
        say(7, "11:40", firstWheels, hana, "oh that's reassuring, thank you Agnes!");
        say(5, "09:00", milk, agnes, "for anyone near the valley: Hollow Farm sells raw milk Wednesdays, bring your own "
                + "churn");
        say(5, "09:30", milk, pietro, "thanks Agnes, is it cow or also goat?");
        say(5, "09:40", milk, agnes, "cow only, jerseys. goat at the market on saturdays");

        // Week 2
        Post crust = say(8, "20:00", cave, wendell, "my tomme has a nice grey crust now. I'm going to start my blue "
                + "next week in my second fridge");
        re(9, "08:00", pietro, crust, "@Wendell Price what humidity you keep? I have problem with my tomme crust "
                + "cracking, maybe too dry");
        say(9, "19:00", cave, wendell, "I picked up my second fridge, my wife made me clean it in the garage first");
        say(10, "20:00", cave, wendell, "my blue is started. I pierced it today with my new knitting needles");
        say(12, "21:00", cultures, wendell, "I ordered my own roqueforti, I'm going to try my own strain");
        Post tomme = say(9, "10:00", swapShelf, noor, "@Agnes Thorburn loved the tomme I bought from you at the "
                + "Saturday market! sent my sister your way too. any chance you'll have the ash one next month?");
        re(9, "13:00", agnes, tomme, "Noor, thank you so much!! yes, the ash-ripened one is ready mid June, I'll "
                + "save you two. and thank your sister 💛");
        re(9, "13:20", noor, tomme, "yay!! 🙌");
        Post mold = say(10, "09:00", cave, hana, "black spots on my gouda wax?? is it ruined?");
        re(10, "09:30", agnes, mold, "not ruined, that's surface mold on the wax, wipe it with vinegar and brine. if "
                + "it's under the wax, cut a thumb's width around it");
        re(10, "09:45", hana, mold, "phew, on the wax only. thank you");
        say(11, "10:00", swapShelf, agnes, "trading: two spare 1kg tomme molds for a cheese harp, anyone?");
        say(11, "10:30", swapShelf, pietro, "I have a harp I never use, I take the molds!");
        say(11, "10:35", swapShelf, agnes, "deal, I'll bring them saturday");

        // Week 3
        say(15, "18:00", firstWheels, hana, "cut a wedge off the feta, it's actually good?? 😭");
        say(15, "18:20", firstWheels, pietro, "brava! the first one is always the best one");
        say(16, "10:00", swapShelf, noor, "picked up the ash tomme today, it's gorgeous @Agnes Thorburn");
        say(16, "10:30", swapShelf, agnes, "so glad! tell me how the rind is after a week");
    }
}
