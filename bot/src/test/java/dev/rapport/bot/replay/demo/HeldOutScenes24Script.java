package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 24 (SEALED until the integrator's final run): eight communities of kinds no earlier round used, over
 * ISO weeks 2026-W28 to W30, written with their labels before any coach read them. Day 1 is Monday 6 July 2026.
 */
final class HeldOutScenes24Script extends StoryScript {
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 7, 27, 8, 0, 0, 0, ZoneOffset.UTC);

    // --- A. woodworkers
    private final String woodGuild = cast.guild(547);
    private final Channel benchTalk = cast.channel(woodGuild, "Sawdust & Shavings", "bench-talk",
            "general shop chat. be nice, wear ear pro", "wood-bench-talk.json");
    private final Channel sharpening = cast.channel(woodGuild, "Sawdust & Shavings", "sharpening-corner",
            "stones, strops, jigs and the eternal scary sharp debate", "wood-sharpening-corner.json");
    private final Channel shopBuilds = cast.channel(woodGuild, "Sawdust & Shavings", "shop-builds",
            "show what came off your bench this week", "wood-shop-builds.json");
    private final Channel classifieds = cast.channel(woodGuild, "Sawdust & Shavings", "classifieds",
            "buy / sell / swap used tools. price + location in every post", "wood-classifieds.json");
    private final Persona ossian = cast.person("ossian.v", "Ossian Varga");
    private final Persona deb = cast.person("debk_builds", "Deb Kowalczyk");
    private final Persona rudi = cast.person("tanboardco", "Rudi Tan");
    private final Persona marguerite = cast.person("marg.makes", "Marguerite Ollé");
    private final Persona hal = cast.person("hal.b", "Hal Brennan");
    private final Persona teo = cast.person("teo_l", "Teo Lindgren");
    private final Persona abe = cast.person("abekess", "Abe Kessler");

    // --- B. anglers
    private final String fishGuild = cast.guild(548);
    private final Channel riverbank = cast.channel(fishGuild, "Tight Lines Collective", "the-riverbank",
            "general natter. lies about fish size welcome", "fish-the-riverbank.json");
    private final Channel riverReports = cast.channel(fishGuild, "Tight Lines Collective", "river-reports",
            "conditions reports: river, level, colour, what worked. one report per outing", "fish-river-reports.json");
    private final Channel tackleBox = cast.channel(fishGuild, "Tight Lines Collective", "tackle-box",
            "rods, reels, lines, gear questions", "fish-tackle-box.json");
    private final Channel flyBench = cast.channel(fishGuild, "Tight Lines Collective", "fly-tying-bench",
            "vices, materials, patterns. post your flies", "fish-fly-tying-bench.json");
    private final Persona bartek = cast.person("bartek.n", "Bartek Nowicki");
    private final Persona jolene = cast.person("pikeguiding", "Jolene Pike");
    private final Persona kenji = cast.person("kenji.m", "Kenji Mori");
    private final Persona ruth = cast.person("ruthc_flies", "Ruth Calloway");
    private final Persona padraig = cast.person("padraigfishes", "Pádraig Ó Sé");
    private final Persona sully = cast.person("sullyg", "Sully Grant");
    private final Persona owain = cast.person("owain.r", "Owain Rees");

    // --- C. indie skincare makers
    private final String skinGuild = cast.guild(549);
    private final Channel formulation = cast.channel(skinGuild, "Small Batch Skin Lab", "formulation-help",
            "stuck on a formula? ask here. include your %s and your process", "skin-formulation-help.json");
    private final Channel batchLog = cast.channel(skinGuild, "Small Batch Skin Lab", "batch-log",
            "log your own batches: date, formula, pH, what went wrong", "skin-batch-log.json");
    private final Channel brandFeedback = cast.channel(skinGuild, "Small Batch Skin Lab", "brand-feedback",
            "labels, packaging, names, websites. ask for honest feedback, give some back", "skin-brand-feedback.json");
    private final Channel groupBuys = cast.channel(skinGuild, "Small Batch Skin Lab", "supplier-group-buys",
            "group orders to split minimums & shipping", "skin-supplier-group-buys.json");
    private final Channel labChatter = cast.channel(skinGuild, "Small Batch Skin Lab", "lab-chatter",
            "off-topic, wins, rants", "skin-lab-chatter.json");
    private final Persona amara = cast.person("amaraskin", "Amara Okafor");
    private final Persona linnea = cast.person("linnea.s", "Linnea Sjöberg");
    private final Persona priya = cast.person("priya.r", "Priya Raman");
    private final Persona colette = cast.person("colette_m", "Colette Marchand");
    private final Persona zoe = cast.person("zoethrift", "Zoe Thrift");
    private final Persona gideon = cast.person("gideon.purebase", "Gideon Hale");
    private final Persona nadia = cast.person("nadia.k", "Nadia Karim");
    private final Channel dmGideonLinnea = cast.dm(gideon, "skin-dm-gideon.json");

    // --- D. model rocketry
    private final String rocketGuild = cast.guild(550);
    private final Channel padChatter = cast.channel(rocketGuild, "Apogee Hangar", "pad-chatter",
            "general rocketry talk", "rocket-pad-chatter.json");
    private final Channel launchPlanning = cast.channel(rocketGuild, "Apogee Hangar", "launch-day-planning",
            "club launches: dates, waivers, carpools, sign-ups", "rocket-launch-day-planning.json");
    private final Channel buildLogs = cast.channel(rocketGuild, "Apogee Hangar", "build-logs",
            "log your own builds step by step", "rocket-build-logs.json");
    private final Channel simFiles = cast.channel(rocketGuild, "Apogee Hangar", "sim-and-files",
            "OpenRocket / RockSim files, motor data, sim questions", "rocket-sim-and-files.json");
    private final Channel rangeSafety = cast.channel(rocketGuild, "Apogee Hangar", "range-safety",
            "safety code, certs, motors & recovery questions", "rocket-range-safety.json");
    private final Persona wes = cast.person("wes.t", "Wes Tanaka");
    private final Persona ilse = cast.person("ilse.b", "Ilse Brandauer");
    private final Persona marcus = cast.person("dubeaero", "Marcus Dube");
    private final Persona faye = cast.person("faye.l", "Faye Lindqvist");
    private final Persona tobias = cast.person("tobi_sims", "Tobias Reil");
    private final Persona jun = cast.person("junpark", "Jun Park");
    private final Persona gail = cast.person("gail.s", "Gail Summers");

    // --- E. LARP group
    private final String larpGuild = cast.guild(551);
    private final Channel oocLounge = cast.channel(larpGuild, "Ashfall Chronicle LARP", "ooc-lounge",
            "out-of-character chat", "larp-ooc-lounge.json");
    private final Channel inCharacter = cast.channel(larpGuild, "Ashfall Chronicle LARP", "in-character",
            "IC only. write as your character. OOC in (( ))", "larp-in-character.json");
    private final Channel kitGarb = cast.channel(larpGuild, "Ashfall Chronicle LARP", "kit-and-garb",
            "costuming, armour, props, phys-reps: questions and WIPs", "larp-kit-and-garb.json");
    private final Channel eventSignups = cast.channel(larpGuild, "Ashfall Chronicle LARP", "event-signups",
            "Ashfall events: dates, tickets, sign-up forms, crew calls", "larp-event-signups.json");
    private final Persona sable = cast.person("sable.f", "Sable Ferreira");
    private final Persona griff = cast.person("griffleather", "Griff Mallory");
    private final Persona nell = cast.person("nell.a", "Nell Aberdeen");
    private final Persona rowan = cast.person("rowan.a", "Rowan Achebe");
    private final Persona dmitri = cast.person("dmitri.larps", "Dmitri Volkov");
    private final Persona cass = cast.person("cass.w", "Cass Whitlow");
    private final Persona jory = cast.person("jory.p", "Jory Penhale");

    // --- F. interior designers
    private final String interiorGuild = cast.guild(552);
    private final Channel studioChat = cast.channel(interiorGuild, "Room To Breathe", "studio-chat",
            "designers' general chat", "interior-studio-chat.json");
    private final Channel sourcing = cast.channel(interiorGuild, "Room To Breathe", "sourcing",
            "where do you get X? trade accounts, suppliers, lead times", "interior-sourcing.json");
    private final Channel portfolioCrits = cast.channel(interiorGuild, "Room To Breathe", "portfolio-crits",
            "post your project photos for honest critique; give some back", "interior-portfolio-crits.json");
    private final Channel hireDesigner = cast.channel(interiorGuild, "Room To Breathe", "hire-a-designer",
            "homeowners: post your project. designers: reply if it's a fit", "interior-hire-a-designer.json");
    private final Channel bizSide = cast.channel(interiorGuild, "Room To Breathe", "biz-side",
            "pricing, contracts, clients from hell", "interior-biz-side.json");
    private final Persona helena = cast.person("helena.voss", "Helena Voss");
    private final Persona tariq = cast.person("tariq.design", "Tariq Benali");
    private final Persona yuki = cast.person("yuki.s", "Yuki Sato");
    private final Persona beckett = cast.person("beckett.growth", "Beckett Lowe");
    private final Persona maude = cast.person("maude.p", "Maude Perrin");
    private final Persona ophelia = cast.person("ophelia.g", "Ophelia Grant");
    private final Persona ravi = cast.person("ravi.m", "Ravi Menon");
    private final Persona sigrid = cast.person("sigrid.h", "Sigrid Holm");
    private final Channel dmBeckettTariq = cast.dm(beckett, "interior-dm-beckett-tariq.json");
    private final Channel dmBeckettYuki = cast.dm("2023-05-03", "Beckett Lowe", "interior-dm-beckett-yuki.json");

    // --- G. nurses' professional community
    private final String nurseGuild = cast.guild(553);
    private final Channel breakRoom = cast.channel(nurseGuild, "Night Shift Nurses Lounge", "break-room",
            "coffee, memes, 3am thoughts", "nurse-break-room.json");
    private final Channel medMath = cast.channel(nurseGuild, "Night Shift Nurses Lounge", "med-math-help",
            "dosage calcs, drip rates, conversions. show your working", "nurse-med-math-help.json");
    private final Channel ventSpace = cast.channel(nurseGuild, "Night Shift Nurses Lounge", "vent-space",
            "rough shift? let it out. no advice unless asked", "nurse-vent-space.json");
    private final Channel ceuCerts = cast.channel(nurseGuild, "Night Shift Nurses Lounge", "ceu-and-certs",
            "CEUs, certifications, exam prep", "nurse-ceu-and-certs.json");
    private final Channel jobLeads = cast.channel(nurseGuild, "Night Shift Nurses Lounge", "job-leads",
            "job postings & recruiters. one post per job", "nurse-job-leads.json");
    private final Persona renata = cast.person("renata.icu", "Renata Silva");
    private final Persona josh = cast.person("josh.a", "Josh Ambler");
    private final Persona femi = cast.person("femi.a", "Femi Adeyemi");
    private final Persona carla = cast.person("carla.nurseroute", "Carla Moretti");
    private final Persona wendy = cast.person("wendy.ccrn", "Wendy Okoro");
    private final Persona tasha = cast.person("tasha.g", "Tasha Greene");
    private final Persona lou = cast.person("lou.er", "Lou Harrington");
    private final Channel dmCarlaJosh = cast.dm(carla, "nurse-dm-carla-josh.json");
    private final Channel dmCarlaTasha = cast.dm("2023-05-03", "Carla Moretti", "nurse-dm-carla-tasha.json");

    // --- H. escape room owners and fans
    private final String escapeGuild = cast.guild(554);
    private final Role venueOwner = cast.role("Venue Owner", "#e67e22", 2);
    private final Role enthusiast = cast.role("Enthusiast", "#3498db", 1);
    private final Channel lobbyChat = cast.channel(escapeGuild, "Locked In", "lobby-chat",
            "general chat for owners and players", "escape-lobby-chat.json");
    private final Channel roomReviews = cast.channel(escapeGuild, "Locked In", "room-reviews",
            "your verdicts on rooms you played: venue, room, team size, escaped?, score /10", "escape-room-reviews.json");
    private final Channel backstage = cast.channel(escapeGuild, "Locked In", "owners-backstage",
            "for venue owners: ops, staffing, bookings, maintenance", "escape-owners-backstage.json");
    private final Channel puzzleDesign = cast.channel(escapeGuild, "Locked In", "puzzle-design",
            "puzzle mechanics, props, electronics", "escape-puzzle-design.json");
    private final Channel lfg = cast.channel(escapeGuild, "Locked In", "lfg-teams",
            "looking for group: find players for a booking", "escape-lfg-teams.json");
    private final Persona dana = cast.person("thevaultleeds", "Dana Whitcombe", venueOwner);
    private final Persona lorcan = cast.person("clockworkrooms", "Lorcan Doyle", venueOwner);
    private final Persona mika = cast.person("mika.j", "Mika Järvinen", enthusiast);
    private final Persona theo = cast.person("theo.q", "Theo Quist", enthusiast);
    private final Persona rhiannon = cast.person("rhiannon.p", "Rhiannon Pugh");
    private final Persona bea = cast.person("bea.c", "Bea Castellano");
    private final Persona oskar = cast.person("oskar.l", "Oskar Lind", enthusiast);

    HeldOutScenes24Script() {
        super(new SceneIds(17200), LocalDate.of(2026, 7, 6), 21);
        woodworkers();
        anglers();
        skincare();
        rocketry();
        larp();
        interiors();
        nurses();
        escapeRooms();
    }

    static Map<String, String> files() {
        return new HeldOutScenes24Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-24"), files(), "held-out round 24");
    }

    private void woodworkers() {
        Post flat = say(1, "09:10", benchTalk, ossian,
                "morning all. finally flattened the workbench top, only took 3 weekends and one small cry");
        Post cry = re(1, "09:25", abe, flat, "lol the small cry is mandatory. winding sticks or straightedge?");
        re(1, "09:31", ossian, cry, "both. winding sticks first, then the 4ft straightedge to find the humps");
        Post crumble = say(1, "19:40", sharpening, deb, "ok dumb question. my chisel is sharp off the 1000 stone but "
                + "the edge crumbles the second it touches oak?? what am i doing wrong");
        Post micro = re(1, "20:02", ossian, crumble, "not dumb at all. sounds like the edge is too thin or the wire "
                + "edge isn't fully gone. what angle you at? try a 30° microbevel on top of your 25 and strop after");
        re(1, "20:15", deb, micro, "25 I think? honestly I just eyeball it 😅 will try the microbevel tonight");
        say(2, "18:30", sharpening, deb, "microbevel worked!!! pared end grain on white oak and no chips. thank you "
                + "@Ossian Varga").react("👍", ossian).react("🔥", abe);
        say(3, "10:02", benchTalk, rudi, "Just restocked my end grain boards!! walnut + maple checkerboard, 20% off "
                + "this week only 👉 https://www.etsy.com/shop/TanBoardCo");
        say(3, "10:06", shopBuilds, rudi, "new batch of end grain boards done, 20% off this week → "
                + "https://www.etsy.com/shop/TanBoardCo");
        Post knives = say(3, "10:09", sharpening, rudi, "keep your knives sharp AND your boards nice 😎 20% off end "
                + "grain boards this week https://www.etsy.com/shop/TanBoardCo");
        re(3, "10:40", abe, knives, "mate this is the sharpening channel");
        say(4, "07:55", benchTalk, hal, "anyone else's shop hitting 30°C? my hide glue is setting before I can get "
                + "the clamps on lol");
        say(4, "08:20", benchTalk, abe, "liquid hide glue with a bit of urea in summer, gives you ages of open time");
        say(4, "08:31", benchTalk, hal, "ha, noted. cheers abe");
        Post table = say(5, "12:00", shopBuilds, marguerite, "Shaker side table done! cherry, hand cut dovetails on "
                + "the drawer (first ones I'm not embarrassed by). write-up with all my glue-up mistakes: "
                + "https://margueritemakes.blog/shaker-side-table");
        table.react("😍", deb, abe);
        Post crisp = re(5, "12:20", ossian, table, "those tails are crisp. what did you finish it with?");
        re(5, "12:45", marguerite, crisp, "3 coats of arm-r-seal satin, rubbed out with paste wax. cherry will "
                + "darken nicely by xmas");
        Post stool = say(5, "14:00", shopBuilds, abe, "walnut step stool for the kid, wedged through tenons. she "
                + "already stood on it to reach the biscuits so I guess it works");
        re(5, "14:10", marguerite, stool, "love the contrasting maple wedges!");
        say(6, "09:00", benchTalk, rudi, "last 2 days of the sale guys, end grain boards 20% off "
                + "https://www.etsy.com/shop/TanBoardCo?ref=discord");
        say(6, "09:30", benchTalk, ossian, "heading up to the lake cabin till next Sunday, no signal up there. "
                + "don't burn the shop down").react("😂", abe);
        Post grit = say(7, "16:20", sharpening, deb, "@Ossian Varga when you're back — what grit do you stop at for "
                + "plane irons? I've got a 1000/6000 and wonder if I need an 8000 too");
        re(7, "16:45", abe, grit, "6000 + strop is plenty for irons imo but Ossian's the stone nerd, wait for him");

        Post planer = say(8, "19:10", classifieds, hal, "FS: Record 405 multi-plane, complete with all 23 cutters "
                + "in the box, bit of surface rust on the fence. £220 ono, collection from Sheffield, DM me");
        joins(8, "20:30", benchTalk, teo);
        Post offer = re(9, "08:15", teo, planer, "@Hal Brennan is the 405 still available? would you take 180? "
                + "could drive over saturday");
        Post counter = re(9, "08:50", hal, offer, "still here! could do 200 for you and I'll throw in the spare "
                + "spurs. saturday works");
        re(9, "09:00", teo, counter, "deal 🙌 sending you a DM for the address");
        Post planter = say(9, "10:00", benchTalk, deb, "building a cedar planter for my mum, titebond II or III? "
                + "it'll sit outside all year");
        re(9, "10:30", abe, planter, "III, or skip the glue and use stainless screws, cedar moves a lot outside");
        Post clamps = say(10, "21:00", benchTalk, deb, "how long should clamps stay on with titebond III? the "
                + "bottle says 30 min but that feels short");
        re(10, "21:20", marguerite, clamps, "30 min if there's no stress on the joint, but I leave mine overnight "
                + "and don't work it for 24h");
        Post first = say(11, "17:00", shopBuilds, deb, "first real project done!! planter for my mum, cedar, "
                + "breadboard-ish ends. pls be kind");
        re(11, "17:20", abe, first, "be kind? it's great. the chamfer on the top edge is a nice touch");
        re(11, "17:30", marguerite, first, "mum is going to love it ❤️");
        Post stanley = say(12, "11:10", sharpening, teo, "new here, got my first old Stanley no.4 at a boot sale. "
                + "what's the first thing to do, flatten the sole?");
        Post ironFirst = re(12, "11:40", deb, stanley, "I just did this! I'd do the iron first - flatten the back "
                + "and sharpen it, sole only if it rocks. the sole took me forever and changed almost nothing");
        re(12, "11:52", teo, ironFirst, "ah ok thats useful, thanks");
        say(12, "15:00", benchTalk, hal, "picked up a pile of quartersawn oak from a church pew clearance, anyone "
                + "know if old pews are usually finished with shellac or something nastier?");
        say(12, "15:25", benchTalk, abe, "usually shellac or an old oil varnish. test a corner with meths, if it "
                + "goes sticky it's shellac");
        say(13, "18:30", sharpening, ossian, "back from the lake, sunburnt and happy. Deb: I stop at 8000 for irons "
                + "but honestly 6000 + a leather strop with green compound gets you 95% there. don't buy a stone yet");
        say(13, "18:50", sharpening, deb, "ok keeping my money then 😂 thanks!");

        say(15, "20:00", shopBuilds, marguerite, "small one this week: a wall-hung tool cabinet for the chisels, "
                + "french cleats all the way. build notes: https://margueritemakes.blog/chisel-cabinet")
                .react("🔥", ossian, deb);
        say(16, "09:15", shopBuilds, rudi, "cheers for all the orders last week everyone 🙏 back in the shop making "
                + "more");
        Post cabinetQ = say(16, "12:00", shopBuilds, abe, "@Marguerite Ollé are the cleats glued or just screwed?");
        re(16, "12:30", marguerite, cabinetQ, "glued and screwed, they carry 20kg of chisels!");
        Post hinge = say(18, "19:00", shopBuilds, marguerite, "and the doors are on. knife hinges nearly broke me. "
                + "hinge mortise tricks in the write-up: https://margueritemakes.blog/knife-hinges");
        re(18, "19:20", ossian, hinge, "knife hinges are a rite of passage. lovely fit");
        say(19, "08:00", benchTalk, abe, "who's going to the tool fair in Harrogate next month?");
        say(19, "08:40", benchTalk, ossian, "me, with a list and no self control");
        say(19, "09:05", benchTalk, deb, "first time for me! any tips?");
        say(19, "09:20", benchTalk, ossian, "cash, a tape measure and a bag. go to the second-hand tables first");
    }

    private void anglers() {
        say(1, "06:40", riverReports, bartek, "Wye at Builth, 0.6m and dropping, tea colour. 3 brownies on "
                + "klinkhamer size 14, evening rise from 20:30. nothing on nymph");
        Post slots = say(1, "11:00", tackleBox, jolene, "Summer guiding slots open on the Wye & Usk 🎣 full day "
                + "£180pp, all gear included, beginners welcome. DM me or book: https://pikeguiding.co.uk/book");
        slots.react("👀", owain);
        Post usk = say(2, "07:15", riverReports, bartek, "Usk at Brecon - low and clear, very bright, blank. fish "
                + "spooky like hell");
        re(2, "08:00", owain, usk, "same on the Usk sunday, go early or late or dont bother");
        Post colour = say(2, "08:10", riverReports, bartek, "@Jolene Pike you fished the Usk last week, was the "
                + "water coloured after the rain? thinking to go thursday");
        say(2, "21:30", riverReports, bartek, "Wye evening, Glasbury. level same, bit of colour. 1 small brownie, "
                + "lot of rising dace");
        say(3, "06:50", riverReports, bartek, "Irfon at Llanwrtyd - low, gin clear. 2 trout on small black "
                + "spider upstream");
        say(3, "19:00", riverbank, jolene, "Still got 4 dates left in July for guided days! £180pp, book here "
                + "https://pikeguiding.co.uk/book 🐟");
        say(3, "21:15", riverReports, bartek, "Irfon evening - sedge at dusk, 4 fish, biggest 30cm. "
                + "elk hair caddis 14");
        say(4, "06:30", riverReports, bartek, "Wye at Erwood, dropping still, 0.5m. nothing before 9, then 2 on "
                + "olive nymph");
        say(4, "20:40", riverReports, bartek, "Erwood evening - blank. wind upstream all evening");
        Post reel = say(5, "09:00", riverbank, owain, "anyone tried the new Orvis clearwater reels? tempted");
        Post tanks = re(5, "09:40", jolene, reel, "I've got 3 on the guide rods, they're tanks for the money. drag "
                + "is a bit sticky when new, goes after a few trips");
        re(5, "09:55", owain, tanks, "ta, ordering one");
        Post firstRod = say(5, "13:00", tackleBox, sully, "total beginner here, want to try fly fishing for trout. "
                + "what rod should I get? budget ~£150");
        re(5, "13:30", ruth, firstRod, "9ft 5 weight is the all-rounder. I learned on a cheap Greys kit and it "
                + "did me ten years before I upgraded. my advice: spend on the line, not the reel");
        re(5, "14:00", jolene, firstRod, "9' #5 for sure. go to a tackle shop and waggle a few, you'll feel which "
                + "one suits you");
        re(5, "14:20", sully, firstRod, "thanks both! tackle shop saturday then");
        say(6, "07:00", riverReports, bartek, "Wye at Builth again, 0.45m. 5 brownies on dry, hot day so "
                + "only early. water temp 19, I stop at 10am for the fish");
        Post temp = say(6, "07:30", riverReports, owain, "good call on stopping, 19 is warm");
        re(6, "08:10", bartek, temp, "yes, they fight too long in warm water, not fair for them");

        Post sausage = say(8, "20:00", flyBench, kenji, "my dubbing always looks like fat sausage. how you get "
                + "a slim tapered body?");
        Post pinch = re(8, "20:25", ruth, sausage, "less dubbing than you think! I twist a tiny pinch on the "
                + "thread, wind it, then add another tiny pinch. my rule is if you can see it in your fingers it's "
                + "too much. and I always wax my thread first, the dubbing grips better");
        re(8, "20:40", kenji, pinch, "thx!!");
        Post hook = say(9, "21:00", flyBench, kenji, "@Ruth Calloway what hook you use for the hare's ear? I "
                + "have only size 10 and fish seem not interested");
        Post hookAnswer = re(9, "21:30", ruth, hook, "go smaller, 14 or 16 this time of year. I tie mine on a "
                + "Hends 120 barbless, and I add a little bead when I want it to get down in the pools. size 10 is "
                + "more of a spring thing on my rivers");
        re(9, "21:35", kenji, hookAnswer, "ok 👍");
        Post hackle = say(10, "22:10", flyBench, kenji, "why my hackle twist around the hook always. very annoying");
        Post hackleAnswer = re(10, "22:40", ruth, hackle, "probably the stem is twisting as you wind. I strip the "
                + "fibres off one side, tie it in by the stem with the shiny side forward, and I use hackle pliers "
                + "so I keep the tension even. took me ages to get it, my early flies looked like toilet brushes");
        hackleAnswer.react("😂", owain);
        re(10, "22:45", kenji, hackleAnswer, "haha ok thanks");
        Post cdc = say(11, "10:00", flyBench, owain, "@Kenji Mori you were asking about CDC last month - did you "
                + "find a supplier in the end? I can't find natural dun anywhere");
        say(11, "19:30", flyBench, kenji, "finally slim one!! hare's ear size 14 😎").react("🔥", ruth);
        Post thread = say(12, "20:15", flyBench, kenji, "what thread is best for small flies? mine break all time");
        re(12, "20:40", ruth, thread, "8/0 or 70 denier. I use Veevus 10/0 for anything under 16, it's thin but "
                + "strong. and I check my bobbin holder, a rough edge on mine cut the thread for a whole month");
        say(12, "21:00", flyBench, kenji, "buying this 👍");
        say(13, "08:30", riverbank, owain, "off to the Teifi, report later");
        say(13, "19:00", riverReports, owain, "Teifi at Lampeter, good height after the rain, 2 sewin on the fly "
                + "after dark 🙌").react("🔥", bartek, ruth);

        say(15, "10:00", riverbank, padraig, "Right, new rod day. Got myself the Sage R8 in a 9ft 6wt, I've been "
                + "saving since March and I'm buzzing");
        say(15, "18:20", riverbank, padraig, "I'm going to test it on the Moy next week, my cousin has a beat there "
                + "and I've been dying to get back");
        say(16, "09:00", riverbank, padraig, "My casting has come on loads since I switched to the heavier line, I "
                + "think I'm finally getting my double haul");
        say(16, "21:00", riverbank, padraig, "Wrote up my trip to the Moy from last year on my blog if anyone's "
                + "bored: https://padraigfishes.ie/moy-2025");
        say(17, "12:00", riverbank, padraig, "I'm thinking I'll do a whole series on my Irish rivers, my plan is "
                + "one a month until I run out of rivers or money");
        say(17, "20:30", riverbank, padraig, "Managed 40 casts on the lawn this evening, my shoulder is in bits lol");
        say(18, "08:00", riverbank, padraig, "My new waders came, I'm testing them in the bath tonight haha");
        say(18, "22:00", riverbank, padraig, "Off to the Moy at 5am, I'll report back");
        say(19, "22:30", riverbank, padraig, "Moy: I had 2 grilse and lost a third at the net, my best day of the "
                + "year by miles. my knees are destroyed").react("🔥", owain);
        say(20, "13:00", riverbank, padraig, "I've decided I'm going to get a spey rod next, my cousin says I'll "
                + "never go back");
        say(21, "09:00", riverbank, padraig, "I'm sunburnt, I'm wrecked and I'm so happy. my week in one line");
        Post hot = say(17, "07:10", riverReports, bartek, "Wye at Builth 0.4m, 21 degrees water by 11. I dont fish "
                + "after 9 now. 2 fish early");
        re(17, "09:00", ruth, hot, "same here, I've stopped after breakfast. the fish need it");
        say(20, "19:00", tackleBox, sully, "went with a Greys kit in the end, first trout on saturday!! tiny but "
                + "counts").react("🎉", ruth, jolene, owain);
    }

    private void skincare() {
        say(1, "08:30", labChatter, gideon, "Hi all, Gideon from PureBase Labs here 👋 happy to help with any "
                + "preservation questions");
        Post tins = say(1, "09:00", labChatter, amara, "morning makers ☀️ 40 tins of oat balm poured yesterday, my "
                + "kitchen smells like a bakery");
        Post candelilla = re(1, "09:20", nadia, tins, "yum. did you end up switching to the candelilla?");
        re(1, "09:35", amara, candelilla, "yes! vegan now, it's harder so I upped the oil 3%");
        say(1, "21:00", batchLog, linnea, "Batch 14 — niacinamide serum v3. 5% niacinamide, 2% NAG, 1% panthenol, "
                + "Geogard ECT 1%. pH 5.8 after adjusting. slight haze, I think it's my panthenol, will filter "
                + "next time");
        joins(2, "10:00", formulation, zoe);
        Post toner = say(2, "10:20", formulation, zoe, "hi! first time making a toner (rose water + glycerin + "
                + "niacinamide 4%). which preservative should I use for something water based? I don't want it to "
                + "grow stuff 😬");
        re(2, "10:40", gideon, toner, "Great question Zoe! Preservation is exactly what we solve at PureBase Labs — "
                + "our broad-spectrum blend works from pH 3-8 and it's 15% off this month with code SKINLAB. Grab a "
                + "free 15-min formulation call: https://calendly.com/purebase-gideon/15min");
        Post geogard = re(2, "11:05", nadia, toner, "for a toner like that look at a broad spectrum one like Geogard "
                + "ECT or Euxyl PE 9010 at the supplier's max %, and check pH after adding the niacinamide (aim "
                + "5.5-6). and do a challenge test or at least watch it for 4 weeks, don't trust vibes");
        re(2, "11:20", zoe, geogard, "thank you!! ordering a pH meter then");
        say(3, "09:40", batchLog, linnea, "Batch 15 — whipped shea. over-whipped it again, texture like mousse, "
                + "collapsed overnight. I need to cool it longer before whipping");
        say(3, "14:00", dmGideonLinnea, gideon, "Hi Linnea! Loved your batch logs. We help small brands like yours "
                + "cut preservative costs by 30% — do you have 15 min this week? "
                + "https://calendly.com/purebase-gideon/15min");
        say(3, "18:30", dmGideonLinnea, linnea, "thanks but I'm happy with my supplier");
        Post separate = say(4, "11:00", formulation, colette, "bonjour, my cream separate after 2 days. 20% oil, 4% "
                + "olivem 1000, no cetyl. what I am missing?");
        re(4, "11:15", gideon, separate, "Hi Colette! Emulsion stability is our speciality — our formulators can fix "
                + "this on a quick call, and it's 15% off your first order with SKINLAB: "
                + "https://calendly.com/purebase-gideon/15min");
        Post cetyl = re(4, "11:50", linnea, separate, "olivem alone at 4% with 20% oil is borderline — add 1-2% "
                + "cetyl alcohol as a co-emulsifier and 0.2% xanthan in the water phase. mine did exactly the same "
                + "in April");
        re(4, "12:10", colette, cetyl, "merci Linnea!! I try this weekend");
        say(5, "20:00", batchLog, linnea, "Batch 16 — retry of 15, cooled in the fridge 25 min before whipping. "
                + "best texture so far 🙌");
        Post label = say(6, "10:00", brandFeedback, amara, "new label for the oat balm, roast it pls 🙈 is the font "
                + "too thin to read on a 30ml tin? shop page so you see it in context: "
                + "https://amaraskin.co.uk/oat-balm");
        Post thin = re(6, "10:30", nadia, label, "font is pretty but yes too thin at that size, bump it to medium. "
                + "love the little oat drawing");
        re(6, "10:45", amara, thin, "ugh you're right, thank you 🙏");
        Post green = say(6, "11:30", brandFeedback, priya, "mine next? the green feels a bit clinical to me but I "
                + "can't say why");
        re(6, "11:50", amara, green, "it's clean but reads a bit pharmacy, maybe a warmer cream background and keep "
                + "the green just for the logo?");
        say(7, "17:00", labChatter, amara, "oat balm restock is live btw 🌾 https://amaraskin.co.uk/oat-balm");

        Post gb = say(8, "09:00", groupBuys, priya, "Group buy: Olivem 1000 + Geogard ECT from Formulator Sample "
                + "Shop, 1kg bags split into 100g. add yourself to the sheet by Friday: "
                + "https://docs.google.com/spreadsheets/d/1skinlabGB7/edit");
        re(8, "09:30", nadia, gb, "in for 200g olivem 🙋");
        re(8, "10:15", colette, gb, "100g geogard for me please");
        say(8, "20:30", batchLog, linnea, "Batch 17 — vitamin C serum attempt (SAP 5%). pH 6.2, it stayed clear. "
                + "smell is a bit metallic, not sure if normal");
        say(9, "07:45", batchLog, linnea, "Batch 17 day 2 — still clear, no colour change. I put one bottle in the "
                + "window as a stress test");
        Post eczema = say(9, "12:00", labChatter, zoe, "@Amara Okafor I bought your oat balm at the Leeds makers "
                + "fair in May, honestly the only thing that calms my eczema 😭 do you make a fragrance-free version? "
                + "my skin hates the lavender");
        eczema.react("❤️", nadia);
        say(9, "13:00", labChatter, amara, "anyone else's shea going grainy in this heat? I've had to re-temper two "
                + "batches");
        say(9, "13:20", labChatter, nadia, "yes!! melt to 80 and crash cool in the freezer, fixed mine");
        say(9, "13:30", labChatter, amara, "freezer it is, thanks Nadia");
        say(10, "09:00", groupBuys, priya, "6 spots taken, 4 left — same sheet: "
                + "https://docs.google.com/spreadsheets/d/1skinlabGB7/edit");
        re(10, "09:40", linnea, gb, "added myself for 100g of both");
        say(10, "18:00", batchLog, linnea, "Batch 17 day 3 — window bottle went slightly yellow. dark bottle fine. "
                + "amber glass from now on");
        say(10, "21:00", batchLog, linnea, "Batch 18 — lip balm for my sister, beeswax 25%, castor 30%, shea, "
                + "mango. too hard, will drop wax to 20");
        Post minimum = say(11, "10:00", groupBuys, amara, "@Priya Raman is there a minimum per person? I only "
                + "need 50g of the geogard");
        re(11, "10:30", priya, minimum, "no minimum, 50g is fine, I'll split it");
        say(11, "11:00", labChatter, amara, "pouring a double batch of the candelilla balm today, wish me luck");
        say(11, "20:00", batchLog, linnea, "Batch 18 v2 — 20% wax, much better glide. I'll try 18 next time");
        say(12, "08:00", groupBuys, priya, "closing tonight! last 2 spots: "
                + "https://docs.google.com/spreadsheets/d/1skinlabGB7/edit");
        say(12, "09:30", labChatter, zoe, "@Amara Okafor sorry to bump 🙈 just wondering about the fragrance free "
                + "one, happy to order a few tins if you ever make it");
        say(12, "11:00", labChatter, amara, "candelilla double batch survived 🎉 48 tins");
        say(12, "11:10", labChatter, nadia, "🎉 go you");
        say(12, "19:00", batchLog, linnea, "Batch 19 — toner with 3% niacinamide + 1% allantoin, pH 6.0. "
                + "clear, no smell");
        say(13, "21:00", batchLog, linnea, "Batch 17 day 7 — amber one still clear. calling it a win");
        Post ceramides = say(15, "09:10", formulation, priya, "@Colette Marchand where do you get your ceramides? "
                + "the ones I find are crazy expensive");
        say(16, "05:30", formulation, colette, "Priya: I buy ceramide NP from a french supplier, Cosmetic Labo, "
                + "10g for 18€, shipping to UK is ok they use DPD. there is english site too");
        re(16, "07:00", priya, ceramides, "oh amazing, merci!");
        say(17, "10:00", groupBuys, priya, "group buy bags arrived, splitting this weekend, posting monday 📦");
        say(18, "12:00", labChatter, amara, "market stall this saturday, wish me sun ☀️");
        say(18, "12:20", labChatter, nadia, "good luck!! take water");
    }

    private void rocketry() {
        say(1, "10:00", launchPlanning, wes, "Club launch Sat 18 July at Hollister field, waivers + sign-up here (we "
                + "need a headcount for the waiver and the pad rota): https://forms.gle/apogeeJuly18 — 20 flyer "
                + "spots");
        Post alpha = say(2, "17:00", rangeSafety, faye, "hi all, just joined! bought an Estes Alpha III kit. which "
                + "motor for the first flight? B6-4 or C6-5? don't want to lose it lol");
        re(2, "17:30", wes, alpha, "B6-4 for the first flight, a C6-5 goes high enough that the wind takes it. "
                + "bring a streamer if it's breezy");
        say(3, "09:00", launchPlanning, wes, "12 flyers signed up, 8 spots left for the 18th. form: "
                + "https://forms.gle/apogeeJuly18 . carpool from Fremont, I'm driving, 3 seats");
        say(3, "12:00", padChatter, gail, "anyone watching the Starship stream tonight?");
        say(3, "12:30", padChatter, ilse, "yes! bringing popcorn to the garage");
        Post waiver = say(4, "18:00", rangeSafety, faye, "how do I know if I need a waiver for the field? it's a "
                + "school field near me");
        re(4, "18:40", gail, waiver, "for A-C motors on a small field you usually don't, but ask the school first "
                + "and keep the clear radius at least 1.5x your expected altitude");
        say(4, "19:00", rangeSafety, faye, "got it, will email them");
        joins(5, "08:00", padChatter, jun);
        Post margin = say(6, "16:00", simFiles, faye, "can someone explain what stability margin means in "
                + "OpenRocket? mine says 0.8 cal and it's red");
        Post clay = re(6, "16:20", tobias, margin, "it's the distance between CG and CP in body diameters, under 1 is "
                + "marginal. these explain it well: https://openrocket.info/documentation.html "
                + "https://www.apogeerockets.com/Peak-of-Flight/stability "
                + "https://www.nar.org/standards-and-testing-committee/ "
                + "https://www.rocketryforum.com/threads/stability-101.12345/ — add nose weight (clay) till you're "
                + "at 1.0-1.5");
        re(6, "17:10", faye, clay, "added 8g of clay and now 1.3 🎉 thanks!!");
        Post delay = say(7, "10:00", rangeSafety, jun, "what's the difference between a B6-4 and a B6-6?");
        re(7, "10:25", faye, delay, "the last number is the delay in seconds before the ejection charge! -4 for "
                + "lighter rockets, -6 if it's heavier and coasts longer. I asked the same thing this week haha");
        say(7, "10:40", rangeSafety, jun, "ohh makes sense, ty");

        say(8, "09:00", padChatter, marcus, "🚀 New drop: 3D printed ogive & von kármán nose cones for BT-50/55/60, "
                + "PETG, $12 each, custom colors. shop: https://dubeaero.store/nosecones");
        say(8, "09:05", simFiles, marcus, "nose cone files? nah, buy 'em printed 😎 $12 each "
                + "https://dubeaero.store/nosecones");
        Post balsa = say(8, "09:08", buildLogs, marcus, "skip the balsa sanding, printed cones $12: "
                + "https://dubeaero.store/nosecones");
        say(8, "09:40", launchPlanning, wes, "4 spots left for the 18th! form https://forms.gle/apogeeJuly18 . "
                + "weather looking good, 8mph wind");
        say(8, "19:00", buildLogs, ilse, "L1 cert build, day 1: LOC Goblin kit arrived. tube is 3.9\", motor mount "
                + "for 38mm. I'm aiming for an H128 on cert day");
        say(9, "08:00", buildLogs, ilse, "day 2: motor mount glued, centering rings with 30 min epoxy. I sanded the "
                + "tube where the rings sit so the epoxy grips");
        Post fit = say(9, "09:30", padChatter, faye, "@Marcus Dube does the BT-60 one fit the Estes Big Bertha? and "
                + "how heavy is it? need to keep my stability margin ok");
        say(9, "20:00", buildLogs, ilse, "day 2 evening: fins tacked on with CA, checking alignment with a fin jig "
                + "I printed. my first jig was off by 2° lol");
        say(10, "07:30", buildLogs, ilse, "day 3: internal fillets through the motor tube holes, 2 passes. messy "
                + "but strong");
        Post jig = say(10, "08:00", buildLogs, gail, "@Ilse Brandauer which fin jig file did you print?");
        re(10, "08:30", ilse, jig, "the one from the forum, I'll dig out the link tonight");
        say(10, "20:00", buildLogs, ilse, "day 3 evening: external fillets, I used a popsicle stick and alcohol to "
                + "smooth them");
        say(11, "09:00", launchPlanning, wes, "Full! waitlist in the same form https://forms.gle/apogeeJuly18 . see "
                + "everyone at 8am saturday, bring chairs and shade");
        say(11, "10:00", padChatter, marcus, "restocked the BT-55s, $12 → https://dubeaero.store/nosecones");
        say(11, "18:00", buildLogs, ilse, "day 4: shock cord mount, 1500lb kevlar to the motor mount, nomex "
                + "blanket ordered");
        say(12, "10:00", buildLogs, ilse, "day 5: primer. I hate sanding. I hate sanding so much");
        say(12, "10:20", buildLogs, gail, "it's the part nobody shows 😂");
        say(12, "19:00", buildLogs, ilse, "day 5 evening: first sim with the H128 says 2,100ft, margin 1.6. I'm happy");
        say(13, "11:00", buildLogs, ilse, "day 6: paint! orange and black. ready for the 18th");
        re(13, "11:30", marcus, balsa, "btw orange BT-60 cones in stock if anyone's matching colors 👀");

        Post alphaFile = say(15, "19:00", simFiles, jun, "does anyone have an .ork for the Alpha III? the one on the "
                + "forum won't open");
        re(15, "19:20", tobias, alphaFile, "here's mine, opens in 23.09: https://drive.example/tobias/alpha3.ork");
        re(15, "19:30", jun, alphaFile, "works, thank you!");
        Post l1 = say(15, "20:00", simFiles, gail, "anyone got a sim for a Goblin on an H128? want to compare with "
                + "Ilse's");
        re(15, "20:15", tobias, l1, "yep: https://drive.example/tobias/goblin-h128.ork — I get 2,050ft with "
                + "the heavier nomex");
        say(16, "08:00", simFiles, tobias, "uploaded the motor data I measured at the last launch, thrust curves "
                + "for the club's C6 batch: https://drive.example/tobias/c6-batch-curves.eng");
        Post eng = say(16, "09:00", simFiles, faye, "how do I load a .eng file into OpenRocket?");
        re(16, "09:20", tobias, eng, "Preferences > Motors > add the folder, then restart. screenshot: "
                + "https://drive.example/tobias/or-prefs.png");
        re(16, "09:40", faye, eng, "found it 🙏");
        Post wind = say(17, "12:00", simFiles, jun, "how much does wind change the apogee in the sim? 10mph seems "
                + "to take 200ft off");
        re(17, "12:30", tobias, wind, "that's about right, weathercocking. turn on 'turbulence 10%' too, it's more "
                + "realistic");
        say(17, "13:00", simFiles, tobias, "also a reminder the club library of .ork files is here, add yours: "
                + "https://drive.example/tobias/club-ork-library");
        say(18, "20:00", padChatter, wes, "great launch today everyone, 31 flights, 1 lawn dart, 0 injuries 🎉");
        say(18, "20:10", padChatter, ilse, "L1 CERTIFIED 🎉🎉 thank you all!!").react("🎉", wes, gail, faye, tobias);
        Post ll = say(19, "09:00", simFiles, faye, "my Alpha flew 20% lower than the sim, what could cause that?");
        re(19, "09:30", tobias, ll, "paint finish and launch lug drag, OpenRocket is optimistic. set finish to "
                + "'regular paint' and it'll get closer");
        re(19, "10:00", faye, ll, "oh that's it, it was on 'polished'");
        say(19, "10:30", simFiles, tobias, "added the launch day flight data to the library too: "
                + "https://drive.example/tobias/july18-flights.csv");
        say(20, "19:00", simFiles, tobias, "anyone want me to sim their next build before the August launch? "
                + "post the .ork");
        say(21, "10:00", simFiles, tobias, "nobody? fine, I'll sim my own lawn darts then 😂");
    }

    private void larp() {
        say(1, "10:00", eventSignups, sable, "Ashfall IV: The Ember Court — 14-16 August, Bramble Wood site. Player "
                + "and crew sign-ups are open, form here: https://forms.gle/ashfallIVsignup (player tickets £65, "
                + "crew free, you feed us and we feed you)");
        Post arrive = say(1, "19:00", inCharacter, nell, "*Maren of the Ashen Vale steps through the gate, cloak "
                + "heavy with rain.* I have walked three days from the burned orchards. I carry my mother's seal "
                + "and I will not give it to any steward of this court.");
        Post steward = re(1, "19:30", jory, arrive, "*the gatewarden eyes the seal* Then you'll wait in the yard "
                + "with the rest of the petitioners, Vale-woman.");
        re(1, "19:45", nell, steward, "I have waited in worse yards. I will wait in yours.");
        say(2, "20:00", inCharacter, nell, "*Maren writes by candlelight* I count the days since the fire. I count "
                + "the names I still remember. I am afraid the list is shorter each night.");
        say(2, "21:10", inCharacter, nell, "I dreamt of the orchard again. In the dream I was the one holding the "
                + "torch, and I did not stop.");
        Post bracers = say(3, "12:00", kitGarb, rowan, "new player here, is there anyone who makes leather bracers? "
                + "I'd happily pay, I can't sew to save my life");
        Post commission = re(3, "12:30", griff, bracers, "I do! plain bracers are £40, tooled £60, about 3 weeks "
                + "turnaround. DM me and I'll send pics of past ones");
        re(3, "12:45", rowan, commission, "amazing, DMing you now");
        say(3, "20:00", inCharacter, nell, "*Maren at the well, washing ash from her hands that is not there* My "
                + "brother would have laughed at me. I never could keep still.");
        Post dye = say(4, "09:00", kitGarb, cass, "how do you stop leather dye rubbing off on your shirt? my "
                + "new belt turned my linen blue");
        re(4, "09:40", griff, dye, "resolene after the dye, 2 thin coats, buff between. and let the dye cure 24h "
                + "before sealing");
        re(4, "10:00", cass, dye, "ahh I sealed it same day, that's it. thanks Griff");
        say(4, "21:00", inCharacter, nell, "I have been offered a bed in the servants' hall. I refused. I will not "
                + "owe this court even a blanket.");
        say(5, "10:00", eventSignups, sable, "Ashfall IV update: 40 players signed up, 22 player spots left, we "
                + "need 6 more crew for the Saturday night battle! form: https://forms.gle/ashfallIVsignup");
        say(5, "20:30", inCharacter, nell, "*Maren sharpens a knife she has never used* I keep it because my "
                + "mother kept it. I keep everything she kept.");
        Post hall = say(6, "19:00", inCharacter, cass, "*Sister Ilvane sets a bowl of broth on the wall beside the "
                + "Vale-woman* You need not owe me. I owe the dead a kindness, that is all.");
        re(6, "19:20", nell, hall, "*Maren hesitates, then takes the bowl* Then I will owe the dead. I am used to it.");
        say(6, "21:00", inCharacter, nell, "I slept. For the first time since the fire, I slept.");
        say(7, "20:00", inCharacter, nell, "*Maren asks no one in particular* Who keeps the archive of this court? I "
                + "would see the tax rolls of the Vale before I am made to sign anything.");
        say(7, "20:10", oocLounge, nell, "((ooc: loving writing Maren between events, thanks for playing along "
                + "Cass & Jory 🖤))").react("❤️", cass, jory);

        say(8, "10:00", kitGarb, griff, "Commissions open for autumn 🛡️ leather bracers, pauldrons, gorgets. "
                + "3 slots left before Ashfall IV, DM me");
        Post hi = say(9, "11:00", oocLounge, rowan, "hi all, I'm Rowan, new, first event is Ashfall IV! playing a "
                + "travelling tinker. very nervous");
        re(9, "11:20", sable, hi, "welcome Rowan! tinkers are great, you'll have half the camp bringing you broken "
                + "things in character");
        re(9, "11:30", dmitri, hi, "welcome!! follow my tiktok @dmitri.larps for battle clips 🔥");
        say(9, "12:00", oocLounge, dmitri, "hey guys!! I started posting our Ashfall fights on tiktok, please follow "
                + "@dmitri.larps 🙏 trying to hit 1k before the event");
        Post tabardWip = say(10, "09:00", kitGarb, cass, "WIP: Sister Ilvane's new tabard, block printed the "
                + "sigil myself with a potato stamp lol");
        tabardWip.react("🔥", griff, nell);
        re(10, "09:30", dmitri, tabardWip, "sick! could you follow my tiktok pls? @dmitri.larps");
        re(10, "09:45", griff, tabardWip, "potato stamp is genius. use fabric paint with a bit of medium so it "
                + "doesn't crack");
        say(10, "18:00", oocLounge, griff, "reminder I've got 2 armour slots left before August, bracers from £45, "
                + "DM me 👊");
        say(10, "18:30", eventSignups, sable, "14 player spots left for Ashfall IV, crew still short for Saturday "
                + "night! form: https://forms.gle/ashfallIVsignup");
        Post partner = say(11, "10:00", eventSignups, rowan, "@Sable Ferreira can I bring my partner as crew? does "
                + "she need to fill in the form separately?");
        re(11, "11:05", sable, partner, "yes please! separate form so we have her dietary + emergency contact. "
                + "crew is free");
        Post boots = say(11, "14:00", kitGarb, rowan, "do I need proper boots or are walking boots ok for a first "
                + "event?");
        re(11, "14:30", jory, boots, "walking boots are fine, nobody looks at feet. wrap them in some cloth if "
                + "you want");
        re(11, "14:40", dmitri, boots, "walking boots fine! btw my tiktok has a kit tour @dmitri.larps if you "
                + "want ideas, follow pls 🙏");
        say(12, "19:00", inCharacter, nell, "*Maren at the archive door* Open it, or I will sit here until the "
                + "ink in your rolls fades.");
        say(13, "10:00", oocLounge, cass, "who's driving from Bristol to Bramble Wood? can chip in petrol");
        say(13, "10:30", oocLounge, jory, "me, 2 seats, leaving friday 3pm");

        say(15, "09:00", oocLounge, jory, "off to a festival till sunday, back then 🎪 no signal");
        say(16, "10:00", eventSignups, sable, "Last 6 player spots for Ashfall IV! crew still welcome. form: "
                + "https://forms.gle/ashfallIVsignup");
        Post tabard = say(16, "11:00", oocLounge, cass, "@Jory Penhale do you still have the spare green tabard? "
                + "Rowan needs one for August");
        say(17, "18:00", kitGarb, griff, "finished Rowan's bracers 🛡️ he's going to look sharp").react("🔥", rowan);
        say(18, "12:00", oocLounge, rowan, "my bracers from Griff arrived and they are GORGEOUS");
        say(21, "19:00", oocLounge, jory, "back, muddy and deaf. Cass: yes the green tabard is Rowan's, I'll bring "
                + "it to the event");
        re(21, "19:30", cass, tabard, "legend, thank you!");
    }

    private void interiors() {
        say(2, "09:00", hireDesigner, helena, "Taking on 2 new full-room projects for autumn, residential only, "
                + "London & Surrey. DM me for my rate card.");
        say(2, "09:30", studioChat, beckett, "hey everyone, Beckett here, I help designers grow 👋");
        Post corridor = say(2, "11:00", hireDesigner, maude, "Hi! We just bought a 1930s semi in Bristol, the living "
                + "room is long & narrow and north facing, it feels like a corridor 😩 Can anyone recommend a "
                + "designer in Bristol who does one-room consults? budget ~£800");
        Post consult = re(2, "11:40", tariq, corridor, "Hi Maude, I'm Bristol based and do one-room consults (£450 "
                + "for a 2hr visit + a plan and moodboard). portfolio here if useful: "
                + "https://tariqbenali.design/work — happy to chat. either way: for long narrow north rooms, zone "
                + "it into two areas and go warm, not grey!");
        re(2, "12:00", maude, consult, "ooh thank you! will DM you");
        say(3, "10:00", dmBeckettTariq, beckett, "Hey Tariq! Saw you in Room To Breathe. We help interior designers "
                + "land 10+ high-ticket clients a month with done-for-you ads. Got 15 min this week? "
                + "https://calendly.com/beckett-growth/strategy");
        say(3, "13:00", dmBeckettTariq, tariq, "no thanks, I'm good");
        Post hackney = say(4, "10:00", portfolioCrits, yuki, "first full project as lead designer 😬 small Hackney "
                + "flat, photos here: https://yukisato.studio/projects/hackney-flat . be honest — does the green in "
                + "the kitchen fight the terracotta in the living room?");
        Post olive = re(4, "10:45", sigrid, hackney, "it's brave and I like it, but the green is a touch too blue "
                + "against the terracotta. a warmer olive would bridge them");
        re(4, "11:00", yuki, olive, "ahh yes I see it now, thank you!");
        say(4, "15:00", dmBeckettYuki, beckett, "Hi Yuki, loved your Hackney flat! We help designers like you get "
                + "10+ clients a month on autopilot. Grab 15 min: https://calendly.com/beckett-growth/strategy");
        Post bathroom = say(5, "09:00", portfolioCrits, sigrid, "my turn: Edinburgh bathroom, the client wanted "
                + "'spa but not boring'. too many materials?");
        re(5, "09:30", yuki, bathroom, "I'd lose the brass shelf, the fluted glass and the terrazzo already do "
                + "enough. gorgeous though");
        re(5, "10:00", helena, bathroom, "agree on the shelf. the lighting is lovely");
        Post lead = say(6, "14:00", sourcing, tariq, "anyone got a trade account with Original BTC? lead times on "
                + "the Hector pendants are 14 weeks for me");
        re(6, "14:30", helena, lead, "same, I've been going through Lumi Direct, 6 weeks");
        re(6, "14:40", tariq, lead, "ooh ta Helena");

        Post fee = say(8, "10:00", bizSide, sigrid, "hourly or fixed fee for full-room projects? I keep losing "
                + "money on hourly because I undercount");
        Post fixed = re(8, "10:30", helena, fee, "fixed, always. I quote design fee + 20% on procurement, hourly "
                + "only for extra revisions");
        re(8, "10:45", sigrid, fixed, "do clients push back on the 20%?");
        re(8, "11:00", helena, fixed, "some, I show them the trade discount I pass on and they stop");
        say(8, "15:00", studioChat, yuki, "anyone else get clients sending you Pinterest boards with 400 pins lol");
        say(8, "15:20", studioChat, helena, "400 is nothing, I had one with 1,200 and half were kitchens for a "
                + "bedroom project 😂");
        say(8, "15:30", studioChat, yuki, "HELP");
        Post loft = say(9, "09:00", hireDesigner, ravi, "Looking for someone in South London to help with a loft "
                + "conversion bedroom, sloped ceilings, no idea where to start. does anyone do just a consult?");
        say(9, "11:00", sourcing, helena, "anyone found a decent alternative to the Vitra Eames lounge for a "
                + "client who wants the look without the £7k?");
        say(9, "11:30", sourcing, sigrid, "the Plycraft ones come up on ebay sometimes, or Herman Miller outlet");
        say(9, "11:45", sourcing, helena, "good shout, thanks Sigrid");
        Post clapham = say(10, "10:00", hireDesigner, ophelia, "@Helena Voss you did our Clapham living room last "
                + "year and my sister is desperate for you — do you do remote consults? she's in Leeds");
        say(10, "12:00", bizSide, helena, "has anyone had a client refuse to pay the final invoice because the "
                + "sofa arrived late? supplier's fault not mine");
        say(10, "12:20", bizSide, tariq, "put a clause in: delays by suppliers don't hold up the design fee. "
                + "learnt that the hard way");
        say(10, "12:40", bizSide, helena, "adding it today. thanks Tariq");
        Post loftReply = re(10, "15:00", tariq, loft, "Ravi, I'm Bristol so too far, but for sloped ceilings: keep "
                + "the bed under the highest point and use the low eaves for built-in storage. a South London "
                + "designer should do a consult for ~£300-500");
        re(10, "15:30", ravi, loftReply, "that's really helpful, thanks!");
        say(11, "09:00", studioChat, helena, "Decorex tickets are out, who's going?");
        say(11, "09:20", studioChat, sigrid, "me! Thursday");
        say(11, "09:30", studioChat, helena, "Thursday too, coffee?");
        Post garden = say(11, "14:00", hireDesigner, maude, "we did the consult with Tariq and the living room "
                + "already feels twice as wide. does anyone know a designer for gardens in Bristol too? 😅");
        garden.react("❤️", tariq);
        say(12, "10:00", bizSide, helena, "how are you all handling the new Farrow & Ball trade pricing? my "
                + "margins on paint just vanished");
        say(12, "10:30", bizSide, yuki, "switched to Little Greene for most things, similar colours");
        say(12, "10:40", bizSide, helena, "might have to, thanks Yuki");
        say(12, "18:00", hireDesigner, ophelia, "@Helena Voss just checking you saw this? no rush 🙂");
        say(13, "16:00", studioChat, helena, "finally finished the Richmond install, client cried (good tears)");
        say(13, "16:10", studioChat, sigrid, "🎉🎉 the best kind");

        say(16, "10:00", portfolioCrits, yuki, "update on Hackney: we repainted the kitchen olive like Sigrid "
                + "said and it ties together now. thank you all 🙏").react("👏", sigrid, helena);
        say(17, "09:00", studioChat, tariq, "anyone in for a Bristol/Bath designers' drinks in September?");
        say(17, "09:30", studioChat, sigrid, "if I'm down south, yes!");
    }

    private void nurses() {
        say(1, "09:00", jobLeads, carla, "ICU travel contract, Sacramento, 13 wks, $3,100/wk, nights. apply: "
                + "https://nurseroute.jobs/icu-sac-2231");
        say(2, "17:00", breakRoom, femi, "on 4 nights in a row from tonight, phone lives in my locker, see you "
                + "thursday 🦉");
        say(3, "09:00", jobLeads, carla, "Med-surg nights, Reno, 13 wks, $2,600/wk: "
                + "https://nurseroute.jobs/medsurg-reno-118");
        Post pals = say(3, "10:00", breakRoom, lou, "@Femi Adeyemi did you ever get your PALS renewal sorted? mine's "
                + "due and the hospital course is full");
        say(3, "10:30", breakRoom, renata, "3am coffee count: 4. send help ☕");
        say(3, "10:35", breakRoom, lou, "rookie numbers 😂");
        say(4, "09:30", ventSpace, femi, "I need to get this out somewhere. I had a patient code at 4am, we got "
                + "him back but I can't stop shaking.");
        say(4, "09:31", ventSpace, femi, "I did everything right, I know I did, my charge nurse said so, but I keep "
                + "replaying it. my hands still smell like gloves. I'm so tired and I can't sleep. I keep thinking "
                + "what if I'd been 2 minutes later to the room. I just needed to say it to people who get it.");
        Post heavy = say(4, "10:05", ventSpace, renata, "that's a heavy night. you got him back. be gentle with "
                + "yourself today ❤️");
        heavy.react("❤️", lou, femi);
        say(4, "12:30", breakRoom, femi, "back from the dead. Lou: yes, did the Red Cross online part + a one day "
                + "skills session, way easier than the hospital one");
        say(4, "12:50", breakRoom, lou, "oh perfect, booking that");
        say(5, "09:00", jobLeads, carla, "L&D days, Portland, 13 wks: https://nurseroute.jobs/ld-pdx-77");
        Post ccrnHours = say(6, "14:00", ceuCerts, tasha, "random q, is the CCRN hard if you only have 2 years ICU?");
        re(6, "14:30", renata, ccrnHours, "doable! I took it at 2.5 years. the cardiac and pulm sections are most "
                + "of it, start there");

        Post heparin = say(8, "19:00", medMath, josh, "can someone check my working? order: heparin 18 units/kg/hr, "
                + "pt 82kg, bag 25,000 units in 250ml. I get 14.76 ml/hr but the answer key says 14.8?");
        re(8, "19:30", renata, heparin, "you're right, the key just rounded to one decimal. most pumps take one "
                + "decimal anyway");
        say(8, "19:35", medMath, josh, "ok phew");
        say(8, "20:00", jobLeads, carla, "ER nights, Tucson, 13 wks, $2,900/wk: https://nurseroute.jobs/er-tus-404");
        Post mcg = say(9, "18:00", medMath, josh, "how do you do mcg/kg/min to ml/hr without a formula sheet? I "
                + "always mess up the 60");
        re(9, "18:40", renata, mcg, "think of it in steps: dose x kg gives mcg/min, x 60 gives mcg/hr, then divide "
                + "by the concentration in mcg/ml. write the units every step and the 60 can't hide");
        Post ccrnCeu = say(9, "20:00", ceuCerts, tasha, "anyone know if the CCRN counts toward CEU hours for license "
                + "renewal in CA?");
        re(9, "20:30", wendy, ccrnCeu, "yes, CA BRN accepts it — check the provider number on your cert. btw my "
                + "CCRN prep course covers the whole renewal side too, 30% off this week: "
                + "https://wendyokoro.teachable.com/ccrn");
        Post dopa = say(10, "18:30", medMath, josh, "dopamine 5 mcg/kg/min, 70kg, 400mg in 250ml. is it 13.1 ml/hr?");
        re(10, "19:00", lou, dopa, "yep 13.1 👍 you're getting it");
        Post peds = say(11, "08:30", medMath, tasha, "@Josh Ambler you did the peds dosage module last week right? "
                + "how did you get the mg/kg/day one split into q6h doses? I keep getting 4x the answer");
        say(11, "13:00", breakRoom, josh, "passed my dosage quiz 96% 🎉🎉").react("🎉", renata, lou);
        say(11, "18:00", breakRoom, wendy, "CCRN prep course 30% off ends Sunday!! 🩺 "
                + "https://wendyokoro.teachable.com/ccrn");
        say(12, "11:00", dmCarlaJosh, carla, "Hi Josh! congrats on the quiz 🎉 saw you're graduating soon — I place "
                + "new grads into residency programs paying 20% above market. Can we hop on a quick 15-min call "
                + "this week? https://calendly.com/carla-nurseroute/newgrad");
        say(12, "15:00", dmCarlaJosh, josh, "uh I'm not graduating till next may but thanks");
        Post vanco = say(12, "19:00", medMath, josh, "vanco 15 mg/kg q12h for 64kg, comes as 1g in 200ml. "
                + "is it 192ml per dose??");
        re(12, "19:30", renata, vanco, "960mg, so 192ml yes. but check your unit's max rate, usually over 60+ min");
        say(13, "10:00", dmCarlaTasha, carla, "Hi Tasha! I place new grad nurses into residency programs paying 20% "
                + "above market. Quick 15-min call this week? https://calendly.com/carla-nurseroute/newgrad");
        say(13, "12:00", ceuCerts, wendy, "new cohort starts Monday, last chance for 30% off "
                + "https://wendyokoro.teachable.com/ccrn");
        say(13, "13:00", medMath, tasha, "nvm worked out the peds one, I was multiplying instead of dividing by 4 🙃");

        Post refs = say(16, "02:00", medMath, tasha, "what references do you all use for IV compatibility? our unit "
                + "only has an old binder");
        re(16, "02:20", renata, refs, "a few I use: https://www.ashp.org/ https://www.drugs.com/drug_interactions.html "
                + "https://www.medscape.com/ and the Trissel's tables in Lexicomp if your hospital has it: "
                + "https://online.lexi.com/");
        re(16, "02:40", tasha, refs, "saving all of these, thank you!!");
        say(17, "03:00", breakRoom, lou, "who else is on tonight? it's a full moon and ER knows it 🌕");
        say(17, "03:05", breakRoom, renata, "ICU here. it knows.");
        say(17, "03:10", breakRoom, femi, "med-surg. it REALLY knows");
        say(18, "09:00", jobLeads, carla, "Cardiac step-down, Phoenix, 13 wks, $2,750/wk: "
                + "https://nurseroute.jobs/csd-phx-12");
    }

    private void escapeRooms() {
        say(1, "20:00", roomReviews, mika, "Clockwork Rooms Manchester — The Pharaoh's Tomb. team of 4, escaped with "
                + "6 min left. 8.5/10. gorgeous set, one padlock-heavy section dragged, GM was brilliant");
        say(2, "10:00", backstage, dana, "We finally opened our 4th room at The Vault — 'Heist at Harrow House', 60 "
                + "min, 2-6 players, opening week 15% off: https://thevaultleeds.co.uk/book/harrow-house");
        Post maglock = say(2, "10:15", backstage, lorcan, "congrats! what did you use for the vault door?");
        re(2, "10:30", dana, maglock, "a 600lb maglock on a relay with an RFID trigger, happy to share the wiring");
        say(2, "10:20", roomReviews, dana, "New room alert 🔐 Heist at Harrow House now open in Leeds, 15% off "
                + "opening week! https://thevaultleeds.co.uk/book/harrow-house");
        say(2, "11:05", lfg, dana, "Anyone need a room for the weekend? Heist at Harrow House, 15% off → "
                + "https://thevaultleeds.co.uk/book/harrow-house");
        Post reveal = say(3, "12:00", puzzleDesign, lorcan, "what's a reliable way to do a hidden magnet reveal? "
                + "our hall sensors keep false-triggering");
        Post reed = re(3, "12:40", rhiannon, reveal, "reed switches are way less fussy than hall sensors for that. "
                + "reed + arduino with a 50ms debounce, sketch here: https://pastebin.com/Rk7nV2qa");
        re(3, "13:00", lorcan, reed, "swapping tonight, cheers");
        say(4, "18:00", lobbyChat, dana, "Harrow House has had 12 teams through and only 2 escaped 😈 still 15% "
                + "off this week https://thevaultleeds.co.uk/book/harrow-house");
        say(5, "09:00", lobbyChat, rhiannon, "hi all, I design puzzles and props for venues, mostly UK. if anyone "
                + "ever wants to nerd out about reed switches and sound triggers, I'm here");
        say(5, "09:20", lobbyChat, theo, "welcome! the reed switch thread was gold");
        Post squad = say(6, "12:00", lfg, oskar, "need 2 more for Saturday, Asylum at Exit Leeds, 11am, we're "
                + "casual 😅");
        re(6, "12:30", theo, squad, "I'm in!");
        say(6, "20:00", roomReviews, mika, "Exit Leeds — Asylum. team of 5, failed by 2 min 😭 7/10. scary, fun, "
                + "one broken prop");

        say(8, "19:00", roomReviews, mika, "Review marathon weekend, here we go. Clue HQ Liverpool — Sherlock. team "
                + "of 3, escaped, 41 min. 8/10. we loved the cipher wheel");
        say(8, "21:00", roomReviews, mika, "Clue HQ — Prison Break. team of 3, escaped with 1 min left. 7/10. we "
                + "spent 10 min on a red herring, our fault");
        Post pharaohTheo = say(9, "10:00", roomReviews, theo, "@Lorcan Doyle we did your Pharaoh room in June, "
                + "loved it! is the sequel open for 6 players yet?");
        re(9, "12:00", lorcan, pharaohTheo, "Thanks Theo! sequel opens 1 Aug, 2-6 players, I'll post here when "
                + "bookings go live 🙂");
        say(9, "14:00", roomReviews, mika, "Breakout Manchester — Virus. team of 4, escaped, 52 min. 8/10. our GM "
                + "gave us one hint too early but otherwise perfect");
        say(9, "20:00", roomReviews, mika, "Breakout — Bank Job. team of 4, failed. 6/10. too much searching, not "
                + "enough puzzles for us");
        Post rebook = say(10, "10:00", lobbyChat, bea, "@Dana Whitcombe we did Harrow House last Saturday for my "
                + "sister's birthday, the final keypad was dead and the GM had to open it for us 😕 is there any "
                + "chance of a partial rebook? otherwise we loved it");
        rebook.react("👀", theo);
        say(10, "11:00", backstage, dana, "what booking software are people on? Bookeo's fees went up again");
        say(10, "11:30", backstage, lorcan, "Resova, switched last year, cheaper and the waiver flow is better");
        say(10, "11:45", backstage, dana, "ooh thanks, booking a demo");
        say(10, "19:00", roomReviews, mika, "The Vault Leeds — Heist at Harrow House. team of 4, escaped, 55 min. "
                + "8/10. great set, the last keypad was flaky for us too");
        say(11, "10:00", roomReviews, mika, "Tick Tock Unlock York — Witch Hunt. team of 2, escaped. 7.5/10. "
                + "short but sweet");
        Post keypad = say(11, "14:00", puzzleDesign, dana, "our keypads keep dying in the heat, anyone using "
                + "something sturdier than the cheap membrane ones?");
        re(11, "14:30", rhiannon, keypad, "go for the metal vandal-proof ones with a separate controller, £40 each, "
                + "they survive anything");
        re(11, "14:45", dana, keypad, "ordering 4, thanks Rhiannon");
        say(12, "10:00", roomReviews, mika, "Escape York — Da Vinci. team of 5, escaped, 48 min. 9/10. best "
                + "puzzles of the weekend, we were shouting");
        say(12, "16:00", roomReviews, mika, "Escape York — Titanic. team of 5, escaped. 7/10. the sinking effect is "
                + "great, puzzles a bit linear");
        say(12, "20:00", roomReviews, mika, "marathon done: 8 rooms, 6 escapes. our best weekend yet, thanks to "
                + "everyone who recommended rooms 🙏").react("👏", theo, oskar);
        say(13, "11:00", backstage, dana, "Resova trial set up, moving Harrow House over first");
        say(13, "12:00", roomReviews, mika, "bonus from last month I forgot: Clockwork Rooms — Lab 13. team of 4, "
                + "escaped, 58 min. 7.5/10. we nearly cried at the last lock");

        Post sequel = say(15, "10:00", lfg, theo, "anyone want to do Lorcan's Pharaoh sequel when it opens? "
                + "need 4 more");
        re(15, "10:30", oskar, sequel, "yes!!");
        re(15, "11:00", mika, sequel, "count me in");
        say(16, "09:00", puzzleDesign, rhiannon, "anyone played with capacitive touch through wood? thinking of a "
                + "hidden panel that lights up when you touch the right carving");
        say(16, "09:40", puzzleDesign, lorcan, "we did it through 6mm oak, works with a big enough copper pad");
        say(17, "19:00", roomReviews, oskar, "Exit Leeds — Asylum, second try! team of 4, escaped with 3 min. 8/10 "
                + "now the prop works");
    }
}
