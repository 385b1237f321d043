package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 40 (sealed): eight communities (a ceramics makers' guild, a trail-running club, a translators'
 * co-op, indie tabletop designers, home bakers, a note-taking app's own support server, an allotment swap where
 * nobody sells, wedding musicians with couples' enquiries), over three ISO weeks (2026-W09 to W11), written and
 * labelled by writer40 (session 31) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-40.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes40Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 2, 23);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 3, 16, 9, 0, 0, 0, ZoneOffset.UTC);

    // --- A. ceramics makers' guild ---
    private final String kiln = cast.guild(675);
    private final Role steward = cast.role("Steward", "#c27c0e", 2);
    private final Channel cmChat = cast.channel(kiln, "Kiln & Co Makers Guild", "studio-chat",
            "members' chat: kilns, studios, life", "cm-studio-chat.json");
    private final Channel cmMarket = cast.channel(kiln, "Kiln & Co Makers Guild", "market-room",
            "members list finished work for sale here: one post per piece, price and link", "cm-market-room.json");
    private final Channel cmGlaze = cast.channel(kiln, "Kiln & Co Makers Guild", "glaze-help",
            "glaze and firing problems: say your cone and your kiln", "cm-glaze-help.json");
    private final Persona odalys = cast.person("odalys.f", "Odalys Ferreira");
    private final Persona brigid = cast.person("brigid.ok", "Brigid Okafor", steward);
    private final Persona tamsin = cast.person("tamsin.gale", "Tamsin Gale");
    private final Persona hollis = cast.person("hollis.clay", "Hollis Penrose");
    private final Persona yusuf = cast.person("yusuf.d", "Yusuf Demir");
    private final Persona ines = cast.person("ines.c", "Ines Carvalho");

    // --- B. trail-running club ---
    private final String ridge = cast.guild(676);
    private final Role runLeader = cast.role("Run Leader", "#2ecc71", 2);
    private final Channel rrGeneral = cast.channel(ridge, "Ridge Runners", "general", "club chat",
            "rr-general.json");
    private final Channel rrRuns = cast.channel(ridge, "Ridge Runners", "group-runs",
            "Saturday long runs: route, pace groups, sign-up", "rr-group-runs.json");
    private final Channel rrKit = cast.channel(ridge, "Ridge Runners", "kit-talk",
            "shoes, poles, headtorches: what works for you", "rr-kit-talk.json");
    private final Persona fenna = cast.person("fenna.r", "Fenna Ruiter", runLeader);
    private final Persona marcus = cast.person("marcus.trailhead", "Marcus Oyelaran");
    private final Persona priyanka = cast.person("priyanka.runs", "Priyanka Rao");
    private final Persona dougal = cast.person("dougal.b", "Dougal Baird");
    private final Persona eero = cast.person("eero.l", "Eero Lahti");
    private final Persona saoirse = cast.person("saoirse.n", "Saoirse Nolan");
    private final Persona kit = cast.person("kit.harlow", "Kit Harlow");
    private final Channel dmKit = cast.dm(kit, "rr-dm-kit.json");
    private final Channel dmMarcus = cast.dm(marcus, "rr-dm-marcus.json");

    // --- C. translators' co-op ---
    private final String babel = cast.guild(677);
    private final Role coordinator = cast.role("Coordinator", "#3498db", 2);
    private final Channel tcLounge = cast.channel(babel, "Babel Translators Co-op", "lounge",
            "members' chat, rants, CAT tool woes", "tc-lounge.json");
    private final Channel tcJobs = cast.channel(babel, "Babel Translators Co-op", "jobs",
            "clients and members post jobs here; reply with your availability and rate", "tc-jobs.json");
    private final Channel tcTerms = cast.channel(babel, "Babel Translators Co-op", "term-help",
            "stuck on a term? give the language pair and the context", "tc-term-help.json");
    private final Persona margit = cast.person("margit.h", "Margit Halvorsen", coordinator);
    private final Persona joaquin = cast.person("joaquin.ferrer", "Joaquín Ferrer");
    private final Persona aiko = cast.person("aiko.t", "Aiko Tanabe");
    private final Persona lucien = cast.person("lucien.m", "Lucien Morel");
    private final Persona helena = cast.person("helena.voss", "Helena Voss");
    private final Persona ravi = cast.person("ravi.menon", "Ravi Menon");

    // --- D. indie tabletop designers ---
    private final String forge = cast.guild(678);
    private final Channel hfGeneral = cast.channel(forge, "Hexcrawl Forge", "general",
            "chat about games, design and life", "hf-general.json");
    private final Channel hfDesign = cast.channel(forge, "Hexcrawl Forge", "design-talk",
            "mechanics, layout, writing: ask and argue", "hf-design-talk.json");
    private final Channel hfCalls = cast.channel(forge, "Hexcrawl Forge", "playtest-calls",
            "post your call for playtesters here, with dates and sign-up", "hf-playtest-calls.json");
    private final Channel hfShow = cast.channel(forge, "Hexcrawl Forge", "showcase",
            "show your own released games, with a link", "hf-showcase.json");
    private final Persona ysolde = cast.person("ysolde.a", "Ysolde Achterberg");
    private final Persona pavel = cast.person("pavel.novak", "Pavel Novák");
    private final Persona kestrel = cast.person("kestrel.ode", "Kestrel Ode");
    private final Persona mireille = cast.person("mireille.d", "Mireille Dubois");
    private final Persona tobias = cast.person("tobias.lind", "Tobias Lind");
    private final Persona juno = cast.person("juno.park", "Juno Park");

    // --- E. home bakers ---
    private final String crumb = cast.guild(679);
    private final Channel ccKitchen = cast.channel(crumb, "Crumb Collective", "kitchen-talk",
            "recipes, ovens, flops", "cc-kitchen-talk.json");
    private final Channel ccBiz = cast.channel(crumb, "Crumb Collective", "business-corner",
            "pricing, licences, markets and admin for home bakeries", "cc-business-corner.json");
    private final Channel ccWins = cast.channel(crumb, "Crumb Collective", "wins",
            "post your wins, big or small", "cc-wins.json");
    private final Persona bettina = cast.person("bettina.bakes", "Bettina Alvarez");
    private final Persona colm = cast.person("colm.fitz", "Colm Fitzgerald");
    private final Persona nadia = cast.person("nadia.h", "Nadia Haddad");
    private final Persona rosalind = cast.person("rosalind.ng", "Rosalind Ng");
    private final Persona gus = cast.person("gus.millhouse", "Gus Whitaker");
    private final Persona ottilie = cast.person("ottilie.m", "Ottilie Marsh");
    private final Channel dmGus = cast.dm(gus, "cc-dm-gus.json");

    // --- F. a note-taking app's own support server ---
    private final String margin = cast.guild(680);
    private final Role team = cast.role("Team", "#5865f2", 3);
    private final Channel mgNews = cast.channel(margin, "Marginalia", "announcements",
            "release notes and news from the Marginalia team", "mg-announcements.json");
    private final Channel mgSupport = cast.channel(margin, "Marginalia", "support",
            "questions and bugs: post here and the Marginalia team will answer", "mg-support.json");
    private final Channel mgGeneral = cast.channel(margin, "Marginalia", "general",
            "chat for Marginalia users", "mg-general.json");
    private final Channel mgIdeas = cast.channel(margin, "Marginalia", "feature-requests",
            "one idea per post, vote with a thumbs up", "mg-feature-requests.json");
    private final Persona ingeborg = cast.person("ingeborg.sato", "Ingeborg Sato", team);
    private final Persona dario = cast.person("dario.support", "Dario Conti", team);
    private final Persona lotte = cast.person("lotte.v", "Lotte Verbeek");
    private final Persona samir = cast.person("samir.h", "Samir Haddou");
    private final Persona greta = cast.person("greta.pohl", "Greta Pohl");
    private final Persona yannick = cast.person("yannick.f", "Yannick Ferre");
    private final Persona obi = cast.person("obi.templates", "Obi Adeyemi");

    // --- G. allotment swap (nobody sells) ---
    private final String holly = cast.guild(681);
    private final Role committee = cast.role("Committee", "#27ae60", 2);
    private final Channel haChat = cast.channel(holly, "Hollybrook Allotments", "plot-chat",
            "chat, photos, weather moans", "ha-plot-chat.json");
    private final Channel haSwap = cast.channel(holly, "Hollybrook Allotments", "swap-shelf",
            "spare seeds, seedlings and tools, all free: say what you have or what you need", "ha-swap-shelf.json");
    private final Channel haHelp = cast.channel(holly, "Hollybrook Allotments", "help",
            "pests, diseases, what is this plant?", "ha-help.json");
    private final Persona agnes = cast.person("agnes.p", "Agnes Pruitt", committee);
    private final Persona bertrand = cast.person("bertrand.o", "Bertrand Oduya");
    private final Persona cecily = cast.person("cecily.v", "Cecily Vance");
    private final Persona radek = cast.person("radek.v", "Radek Volkov");
    private final Persona elspeth = cast.person("elspeth.moor", "Elspeth Moor");
    private final Persona farid = cast.person("farid.n", "Farid Nasser");

    // --- H. wedding musicians ---
    private final String aisle = cast.guild(682);
    private final Channel aeLounge = cast.channel(aisle, "Aisle & Encore", "musicians-lounge",
            "chat for member musicians: gigs, gear, horror stories", "ae-musicians-lounge.json");
    private final Channel aeEnq = cast.channel(aisle, "Aisle & Encore", "couples-enquiries",
            "couples: post your date, venue and what you're after; musicians reply with availability and a quote",
            "ae-couples-enquiries.json");
    private final Channel aeDeps = cast.channel(aisle, "Aisle & Encore", "dep-requests",
            "need a dep? post date, instrument and fee", "ae-dep-requests.json");
    private final Persona serafina = cast.person("serafina.costa", "Serafina Costa");
    private final Persona hamish = cast.person("hamish.keir", "Hamish Keir");
    private final Persona lior = cast.person("lior.bd", "Lior Ben-David");
    private final Persona annelie = cast.person("annelie.s", "Annelie Strand");
    private final Persona beatrix = cast.person("beatrix.h", "Beatrix Holm");
    private final Persona callum = cast.person("callum.r", "Callum Reyes");
    private final Channel dmLior = cast.dm(lior, "ae-dm-lior.json");

    private HeldOutScenes40Script() {
        super(new SceneIds(30000), FIRST_MONDAY, 21);
        ceramics();
        trailClub();
        translators();
        tabletop();
        bakers();
        noteApp();
        allotment();
        musicians();
    }

    static Map<String, String> files() {
        return new HeldOutScenes40Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-40"), files(), "held-out round 40");
    }

    private void ceramics() {
        // Week 1.
        joins(1, "08:00", cmChat, yusuf);
        Post hello = say(1, "08:05", cmChat, yusuf, "Hi all, not a potter (yet), just a fan. I've bought a few pieces "
                + "from makers here at markets and wanted to see how the sausage is made 😄");
        re(1, "08:30", brigid, hello, "welcome Yusuf! lurkers very welcome, the spring fair is where you'll meet "
                + "everyone");
        Post fair = say(1, "09:10", cmChat, brigid, "Morning all! Spring Makers Fair is Sat 28 March at the Corn "
                + "Exchange. Tables are free for guild members this year, put your name on the sheet so we can plan "
                + "the layout: https://forms.example/kilnco-fair");
        Post socket = re(1, "09:40", odalys, fair, "in! 🙋‍♀️ can I have a table near a socket for the wheel demo?");
        re(1, "10:05", brigid, socket, "noted, the socket corner is yours");
        Post crawl = say(1, "13:00", cmGlaze, tamsin, "hi, first post here. my celadon came out of the bisque... "
                + "sorry, the glaze firing... all crawly at the edges. cone 6, electric kiln. what am I doing wrong");
        Post crawlA = re(1, "19:20", ines, crawl, "Crawling is usually dust or oil on the bisque, or glaze on too "
                + "thick. Wipe pieces with a damp sponge before glazing and aim for about credit-card thickness");
        re(2, "08:15", tamsin, crawlA, "oh I definitely didn't wipe them. will try, thank you!!");
        say(2, "11:00", cmMarket, odalys, "Tall moon jar, tenmoku with iron spots, 32cm. £140, collection from "
                + "Leith or UK post. https://odalysceramics.example/shop/moon-jar-32").react("❤️", ines, brigid);
        say(2, "11:30", cmChat, hollis, "anyone else's kiln element gone in the cold snap? mine died mid firing 😭");
        say(2, "11:34", cmChat, yusuf, "is the fair open to the public or just members?");
        say(2, "11:50", cmChat, brigid, "public! doors 10 till 4, free entry. bring friends");
        say(2, "12:10", cmChat, odalys, "Hollis mine went in January. kanthal wire from Potclays, fitted it myself "
                + "with a youtube video and a lot of swearing");
        say(2, "12:30", cmChat, hollis, "ha, brave. might do the same");
        say(3, "20:00", cmGlaze, tamsin, "sponged everything, crawling way less!! still a bit on the rims");
        say(3, "20:40", cmGlaze, ines, "rims often get dipped twice by accident, check where your dips overlap");
        say(3, "20:55", cmGlaze, tamsin, "omg yes I double dip the rims. that's it");

        // Week 2.
        say(8, "09:00", cmChat, odalys, "Heads up: I'm at the Stoke residency from tomorrow, back Monday the 9th. "
                + "no wifi in the studio so don't expect replies 🙃");
        say(8, "18:00", cmChat, hollis, "New speckled mug run is live, 15% off this week only 👉 "
                + "https://penroseclay.example/shop/speckled-mugs");
        say(8, "18:04", cmGlaze, hollis, "if anyone's after mugs that DON'T crawl 😂 new batch, 15% off this week "
                + "https://penroseclay.example/shop/speckled-mugs");
        say(8, "18:09", cmMarket, hollis, "Speckled mugs, stoneware, 350ml. £24 each or 4 for £85. "
                + "https://penroseclay.example/shop/speckled-mugs");
        Post bowl = say(9, "10:00", cmChat, yusuf, "@Odalys Ferreira I bought the cobalt serving bowl from your stall "
                + "at the Christmas market and there's a hairline crack along the foot now, after a dishwasher run. "
                + "Is that normal? Can it be mended or should I stop using it for food?");
        re(9, "10:30", ines, bowl, "not Odalys but: a crack through the foot after a dishwasher is usually thermal "
                + "shock. I wouldn't use it for food till she's seen it");
        Post pin = say(10, "14:00", cmGlaze, tamsin, "new problem 🙈 pinholes all over a white glaze. cone 6 again. "
                + "is it the clay or me");
        Post pinA = re(10, "14:25", hollis, pin, "slow the last 100 degrees right down and add a 15 min hold at "
                + "peak. fixed mine");
        re(10, "15:00", tamsin, pinA, "trying that on friday's firing, thanks Hollis");
        say(11, "12:00", cmChat, brigid, "Fair update: 7 tables left, the sheet's here if you haven't signed "
                + "https://forms.example/kilnco-fair");
        say(12, "16:00", cmGlaze, hollis, "the speckled mugs are still 15% off till Sunday 👉 "
                + "https://penroseclay.example/shop/speckled-mugs");
        say(13, "19:00", cmGlaze, tamsin, "the hold worked!!! almost no pinholes. you lot are magic")
                .react("🎉", hollis, ines);

        // Week 3.
        Post back = say(15, "09:30", cmChat, odalys, "Back from Stoke! Yusuf so sorry, only just seen this. Sounds "
                + "like thermal shock through the foot, and that's on me: the foot ring was glazed too thin. Bring it "
                + "to the fair and I'll swap it for a new one, no charge");
        re(15, "10:00", yusuf, back, "that's so kind, thank you! see you on the 28th");
        say(15, "13:00", cmChat, tamsin, "does anyone sell a decent banding wheel that isnt £200??");
        say(15, "13:45", cmChat, ines, "Shimpo's small one is about £60 and perfectly fine");
        say(16, "11:00", cmChat, hollis, "Tamsin I've got an old banding wheel I never use, yours for £20 if you can "
                + "collect from Portobello");
        say(16, "11:20", cmChat, tamsin, "yes please!! can collect Saturday");
        say(17, "10:00", cmMarket, ines, "Set of 6 nesting bowls in shino, £90 the set. Collection from Leith. "
                + "https://inescarvalho.example/bowls-shino");
        Post crackle = say(18, "18:00", cmGlaze, odalys, "Question for the glaze nerds: anyone had luck with a "
                + "crackle glaze that stays food safe? a client wants crackle on a teapot");
        Post liner = re(18, "18:40", ines, crackle, "crackle and food is hard. I'd do the crackle outside and a "
                + "liner glaze inside");
        re(18, "19:00", odalys, liner, "oh that's clever, liner inside. thanks Ines");
        Post half = say(19, "12:00", cmChat, brigid, "Last call: 3 tables left for the fair, sheet's here "
                + "https://forms.example/kilnco-fair");
        Post tamsinIn = re(19, "12:30", tamsin, half, "signed up for a half table!! terrifying");
        re(19, "12:45", odalys, tamsinIn, "you'll be great. bring the pinhole-free ones 😄");
    }

    private void trailClub() {
        // Week 1.
        say(1, "07:30", rrRuns, fenna, "Saturday long run: Pentland loop, 22k, two pace groups (6:00 and "
                + "6:45/km). Meet Flotterstone car park 8:30. Add yourself so we can sort lifts: "
                + "https://forms.example/ridge-sat-runs");
        Post shoes = say(1, "09:00", rrKit, priyanka, "need new trail shoes, my Peregrines are bald. something "
                + "with more cushion for 30k+? wide-ish feet");
        re(1, "10:15", marcus, shoes, "For wide feet and long stuff: Altra Olympus or Topo Ultraventure. Speedgoats "
                + "if you like a narrower toe box. honestly, get your gait looked at before spending £150");
        say(1, "10:40", rrGeneral, eero, "moi! does anyone know if the Pentland skyline is runnable in March or "
                + "still bog? en ole ikinä käynyt siellä 😅");
        say(1, "11:00", rrKit, priyanka, "where do you all buy trail shoes locally? online returns are a faff");
        say(1, "11:20", rrGeneral, saoirse, "Eero it's runnable but bring gaiters, the bit after Carnethy is a swamp");
        Post mine = say(1, "11:35", rrKit, marcus, "biased answer since it's my shop 🙈 but Trailhead on Mill St does "
                + "free gait checks and 10% off for club members. Run Active in Morningside is good too");
        re(1, "12:00", priyanka, mine, "ha, didn't know that was yours! I'll pop in Thursday");
        say(1, "12:10", rrGeneral, eero, "kiitos Saoirse! gaiters noted");
        Post reps = say(3, "19:00", rrGeneral, dougal, "Tuesday hill reps done, 10x Blackford Hill. legs gone "
                + "https://strava.example/activities/88120301");
        Post showOff = re(3, "19:30", saoirse, reps, "10?! show off 😂");
        re(3, "19:32", dougal, showOff, "was meant to be 8, lost count");
        say(6, "13:00", rrRuns, fenna, "Great run today folks, 14 of us! Next week: Arthur's Seat at sunrise, same "
                + "sheet https://forms.example/ridge-sat-runs").react("👏", saoirse, eero, priyanka);

        // Week 2.
        joins(8, "07:50", rrGeneral, kit);
        Post kitHi = say(8, "08:00", rrGeneral, kit, "Hi all, Kit here, just moved to Edinburgh. I coach ultra "
                + "runners, mostly online. Looking forward to some proper hills!");
        re(8, "08:20", fenna, kitHi, "welcome Kit! come along Saturday, the sheet's in #group-runs");
        Post fling = say(9, "20:00", rrGeneral, saoirse, "ok it's official, signed up for the Highland Fling 😱 "
                + "53 miles. what have I done");
        re(9, "20:10", priyanka, fling, "YES SAOIRSE 🎉");
        re(9, "20:15", dougal, fling, "you'll smash it");
        re(9, "20:20", eero, fling, "🔥🔥🔥");
        say(10, "09:00", dmKit, kit, "Hi Saoirse! Saw you're doing the Fling. I coach ultra runners: a 16-week Fling "
                + "plan with weekly calls is £180. Book a free intro call here "
                + "https://calendly.example/kitharlow-coaching");
        say(10, "21:00", dmKit, saoirse, "hey, thanks but I've got a plan sorted with the club for now");
        say(11, "07:00", dmKit, kit, "no worries! the offer stands, early bird price ends Friday 😉");
        say(11, "12:00", dmMarcus, priyanka, "hi Marcus, following up on Thursday: the gait lady said neutral. do "
                + "you have the Olympus in a 7.5 wide?");
        say(11, "12:40", dmMarcus, marcus, "Hi! We've got one pair in 7.5, I can hold it till Saturday. £135 less "
                + "the club 10%");
        say(11, "12:45", dmMarcus, priyanka, "amazing, hold please! will come by after the run");
        say(12, "18:00", rrKit, eero, "headtorch recs? running before work and it's pitch black. budget ~50€");
        Post torch = say(13, "09:00", rrKit, dougal, "Eero: Petzl Actik Core, rechargeable, about 50. mine's 3 years "
                + "old and still going");
        re(13, "09:30", eero, torch, "perfect, ordered. kiitos!");
        say(13, "17:00", rrRuns, fenna, "Arthur's Seat sunrise tomorrow 6:45 at the Palace gates. 9 on the sheet, "
                + "3 lift seats left https://forms.example/ridge-sat-runs");
        say(14, "10:00", rrGeneral, marcus, "Trailhead's doing a free trail shoe demo night on Thursday 19th, try "
                + "before you buy, beer included. club very welcome");

        // Week 3.
        Post longest = say(15, "19:00", rrGeneral, dougal, "Sunday 32k, longest run ever "
                + "https://strava.example/activities/88466120");
        re(15, "19:40", saoirse, longest, "hero");
        say(16, "08:00", rrGeneral, kit, "anyone fancy a coached track session Wednesday? £12 drop-in, DM me to "
                + "book");
        Post poles = say(17, "12:00", rrKit, saoirse, "Fling question for the ultra people: poles or no poles? the "
                + "Conic Hill bit looks steep");
        Post polesA = re(17, "12:50", marcus, poles, "poles for Conic Hill and the last 10 miles, honestly. Leki or "
                + "Black Diamond Distance Z, we stock both, but borrow a pair first to see if you get on with them");
        re(17, "13:10", saoirse, polesA, "borrowing is smart. anyone got poles I could try Saturday?");
        say(17, "13:30", rrGeneral, priyanka, "Olympus review: like running on sofas. thanks Marcus for holding "
                + "them 🙏");
        say(17, "14:00", rrKit, fenna, "Saoirse I've got Distance Z's, I'll bring them Saturday");
        say(17, "14:10", rrGeneral, fenna, "@Kit Harlow are you coming out with us Saturday? we could use someone "
                + "to lead the slower group up Caerketton");
        say(18, "08:00", rrGeneral, eero, "who's going to the demo night at Marcus's shop tomorrow?");
        say(18, "08:30", rrGeneral, dougal, "me, mostly for the free beer");
        say(19, "22:00", rrGeneral, marcus, "thanks all who came tonight, 20 of you! 🍻");
        say(20, "12:00", rrRuns, fenna, "Today: 18 of us and only one bog-related injury. next week's route goes up "
                + "Monday");
    }

    private void translators() {
        // Week 1.
        say(1, "09:00", tcLounge, margit, "Reminder: co-op meeting Thursday 18:00 CET on the usual call. Agenda: the "
                + "new rate card and the glossary project. Vote in the pinned poll on meeting length, it closes "
                + "Wednesday");
        Post alzada = say(1, "10:00", tcTerms, joaquin, "ES>EN, legal: 'recurso de alzada'. 'appeal to a higher "
                + "authority' feels clunky. context is an administrative decision");
        say(1, "10:30", tcLounge, lucien, "Has anyone tried the new Trados subscription pricing? I'm about to throw "
                + "my laptop into the Seine");
        say(1, "10:45", tcLounge, aiko, "Lucien: moved to memoQ last year, never looked back");
        Post iate = re(1, "11:10", aiko, alzada, "'hierarchical appeal' is what the EU texts use, check IATE");
        re(1, "11:30", joaquin, iate, "IATE has it, perfect. gracias!");
        say(1, "12:00", tcLounge, lucien, "memoQ's termbase import is a nightmare though?");
        say(1, "12:20", tcLounge, aiko, "it is, I use a CSV template. can send it if you want");
        say(1, "12:25", tcLounge, lucien, "yes please 🙏");
        Post job = say(2, "15:00", tcJobs, helena, "Hi, I'm a researcher at the institute in Freiburg. We need a "
                + "DE>EN translation of a 14-page grant report by 6 March. Technical, biology. Who's available and "
                + "what would it cost?");
        Post offer = re(2, "16:30", lucien, job, "Available. I do DE/FR>EN with a life sciences background. "
                + "€0.12/word, so roughly €600 for 14 pages; samples on request");
        re(2, "17:00", helena, offer, "that works, let's go. I'll email the file");
        joins(3, "09:00", tcLounge, ravi);
        Post raviHi = say(3, "09:05", tcLounge, ravi, "Hello everyone! I'm Ravi, ES/PT>EN, two years in, mostly "
                + "marketing and games. Portfolio here if anyone's curious: https://ravimenon.example. Happy to be "
                + "here");
        re(3, "09:40", margit, raviHi, "Welcome Ravi! jobs go in #jobs, term questions in #term-help");
        re(3, "10:00", aiko, raviHi, "welcome! games translators unite 🎮");
        say(4, "18:00", tcLounge, margit, "Meeting notes are up in the pinned doc. Rate card vote next week");

        // Week 2.
        say(8, "10:00", tcLounge, ravi, "Available for ES/PT>EN work this month, games and marketing, €0.08/word. "
                + "DM me!");
        Post finiquito = say(8, "14:00", tcTerms, joaquin, "ES>EN payroll: 'finiquito'. final settlement? severance "
                + "pay? they're not the same thing in UK law 😩");
        Post settle = re(8, "15:20", ravi, finiquito, "final settlement: it covers unpaid wages and holiday, "
                + "severance is a separate line");
        re(8, "15:40", joaquin, settle, "that matches the contract, thanks Ravi!");
        Post second = say(9, "11:00", tcJobs, helena, "@Lucien Morel the grant report you translated for us came back "
                + "with glowing comments from the reviewers. We have a second one, 20 pages, due mid-April. What "
                + "would you charge, and could you start next week?");
        say(9, "11:30", tcLounge, lucien, "CAT tool poll for fun: who still uses Wordfast? 🙋");
        say(9, "12:00", tcLounge, aiko, "🙋‍♀️ classic edition, don't judge");
        say(9, "12:20", tcLounge, joaquin, "judging a little");
        say(10, "10:00", tcLounge, lucien, "Aiko that CSV template saved my week btw. merci mille fois");
        say(10, "10:20", tcLounge, aiko, "glad it helped!");
        say(10, "16:00", tcLounge, lucien, "Anyone going to the ITI conference in May? thinking of doing a talk on "
                + "MT post-editing rates");
        say(10, "16:30", tcLounge, joaquin, "going! do the talk, we need it");
        Post bilan = say(11, "09:00", tcTerms, lucien, "FR>EN: 'bilan de compétences'. is 'skills assessment' fine "
                + "for a general reader? it's a career coaching thing");
        Post review = re(11, "09:40", aiko, bilan, "I've seen 'career review' too, depends on the audience");
        re(11, "10:00", lucien, review, "general reader, skills assessment it is");
        re(12, "14:00", helena, second, "@Lucien Morel just checking you saw this? we need to put the translation "
                + "in the budget by Monday");
        say(13, "11:00", tcLounge, lucien, "Friday rant: client wants 'native speaker quality' at €0.04. non.");
        say(13, "11:10", tcLounge, joaquin, "non, non, non");
        say(13, "11:15", tcLounge, margit, "rate card vote is open, pinned in here, closes Sunday. please vote so "
                + "we have a quorum!");

        // Week 3.
        say(15, "10:00", tcLounge, lucien, "Monday. coffee. my CAT tool updated itself overnight and broke all my "
                + "shortcuts");
        Post sorry = re(15, "10:30", lucien, second, "@Helena Voss so sorry, missed this completely! 20 pages at "
                + "the same rate is about €860, and yes, I can start Wednesday");
        re(15, "11:00", helena, sorry, "great, sending it now");
        Post saudade = say(16, "09:00", tcTerms, ravi, "PT>EN: 'saudade' on a wine label. do I just leave it? 🙃");
        re(16, "09:30", aiko, saudade, "leave it, italicised. the label wants the mystery");
        re(16, "10:00", joaquin, saudade, "+1 leave it");
        say(16, "10:10", tcTerms, ravi, "leaving it! thanks both");
        Post museum = say(17, "13:00", tcJobs, margit, "Job for the co-op from a museum: JA>EN exhibition captions, "
                + "3,000 words, deadline 2 April. Aiko, this one has your name on it?");
        re(17, "13:30", aiko, museum, "yes please, I'll email them today");
        say(18, "15:00", tcLounge, joaquin, "could everyone here upvote my answer on the ProZ thread about sworn "
                + "translation in Spain? trying to get it above the wrong one 😅 "
                + "https://prozforum.example/t/sworn-es-uk/4412");
        say(18, "15:30", tcLounge, aiko, "done, yours is right anyway");
        say(19, "09:00", tcLounge, ravi, "first direct client today, small but mine 🥹")
                .react("🎉", aiko, joaquin, margit);
    }

    private void tabletop() {
        // Week 1.
        say(1, "20:00", hfDesign, ysolde, "hot take: random encounter tables should tell you WHY the monsters are "
                + "there, not just what they are");
        say(1, "20:15", hfDesign, mireille, "oh great, another hot take from Ysolde. said no one ever?!");
        say(1, "20:16", hfDesign, mireille, "jk, agreed. 'd6 wolves' tells me nothing");
        say(1, "20:30", hfDesign, pavel, "my tables have 'what they want' as a second column, players love it");
        say(1, "20:40", hfDesign, ysolde, "Pavel yes! exactly that");
        say(2, "12:00", hfCalls, pavel, "Playtesters wanted for Saltmarsh Ledger, a one-page hexcrawl. Two online "
                + "sessions, 7 and 14 March, 3 hours each. 6 seats. Sign up: https://forms.example/saltmarsh-playtest");
        Post moth = say(3, "10:00", hfShow, kestrel, "Released: MOTH CHOIR, a 24-page zine of cursed cathedral "
                + "crawls 🕯️ https://kestrelode.itch.example/moth-choir");
        moth.react("🔥", ysolde, juno).react("❤️", mireille);
        Post cover = re(3, "10:30", juno, moth, "the cover!!! buying tonight");
        re(3, "11:00", kestrel, cover, "thank you Juno 🥹");
        say(4, "19:00", hfDesign, juno, "question: how do you all playtest solo games? I can't exactly hand it to a "
                + "table");
        say(4, "21:00", hfDesign, ysolde, "record yourself playing and narrate every decision. painful but it works");
        say(5, "09:00", hfDesign, juno, "painful is right, but ok, trying it tonight");

        // Week 2.
        say(8, "09:00", hfGeneral, tobias, "Hey all! My game Ashen Roads is on Steam now, please wishlist it, every "
                + "wishlist helps the algorithm 🙏 https://vaporshelf.example/app/2299410/ashen-roads");
        say(8, "09:10", hfDesign, tobias, "if you like hexcrawls please wishlist Ashen Roads, it'd mean a lot 🙏 "
                + "https://vaporshelf.example/app/2299410/ashen-roads");
        say(9, "11:00", hfGeneral, kestrel, "MOTH CHOIR is pay what you want this week for its one-month birthday 🎂 "
                + "https://kestrelode.itch.example/moth-choir");
        say(10, "18:00", hfCalls, pavel, "Saltmarsh Ledger playtest: 2 seats left for the 14th, same form "
                + "https://forms.example/saltmarsh-playtest");
        say(10, "19:00", hfDesign, mireille, "layout nerds: two columns or one for a digest-sized zine? my body text "
                + "is 9pt and I'm squinting");
        say(10, "19:30", hfDesign, kestrel, "one column at digest, 10pt minimum. Moth Choir is one column and it "
                + "breathes");
        say(10, "19:40", hfDesign, mireille, "ok one column. my eyes thank you");
        say(11, "20:00", hfDesign, kestrel, "reminder MOTH CHOIR is still pay what you want till Sunday!! "
                + "https://kestrelode.itch.example/moth-choir");
        Post flower = say(12, "10:00", hfGeneral, juno, "@Ysolde Achterberg is the hex-flower generator you showed "
                + "before Christmas still a thing? I'd love to try it for my solo game");
        re(12, "13:00", ysolde, flower, "it is! messy though. I'll tidy it and post it in #showcase next week");
        Post typo = say(13, "15:00", hfGeneral, mireille, "who knew proofreading your own zine 9 times still leaves "
                + "a typo on the COVER?! 🙃");
        re(13, "15:05", juno, typo, "😭😭");
        say(13, "15:10", hfGeneral, pavel, "tradition demands it");

        // Week 3.
        Post gen = say(15, "09:00", hfShow, ysolde, "Hex-flower generator, free, runs in the browser, rough edges: "
                + "https://ysolde.example/hexflower");
        gen.react("🙌", juno, pavel);
        re(15, "10:00", juno, gen, "yessss thank you!!");
        say(16, "11:00", hfCalls, pavel, "Playtest #1 done, thanks all! the tide mechanic needs work 😅");
        say(17, "18:00", hfGeneral, ysolde, "I'm away at Dragonmeet till Monday, laptop stays home. be good");
        say(18, "14:00", hfGeneral, juno, "@Ysolde Achterberg tried the generator, can it do 7-hex flowers or only "
                + "19? and can I credit you in my game?");
        say(18, "14:30", hfGeneral, tobias, "Ashen Roads just passed 1,000 wishlists! 🎉").react("🎉", pavel);
        Post ks = say(19, "09:00", hfDesign, tobias, "anyone here done a Kickstarter for a video game? what's a sane "
                + "goal?");
        Post ksA = re(19, "10:00", pavel, ks, "not video, but for my zine I set the goal at the print run cost and "
                + "nothing else");
        re(19, "10:30", tobias, ksA, "smart. thanks Pavel");
        say(20, "16:00", hfDesign, mireille, "ok real question: are d66 tables mechanics or just vibes?");
        say(20, "16:20", hfDesign, kestrel, "vibes with maths");
    }

    private void bakers() {
        // Week 1.
        Post flat = say(1, "08:00", ccKitchen, nadia, "sourdough went flat as a pancake this morning. starter's "
                + "lively, kitchen's 16°C. longer bulk?");
        Post light = re(1, "08:40", colm, flat, "at 16° give it twice as long, or put the dough in the oven with "
                + "just the light on");
        re(1, "09:00", nadia, light, "the oven light trick!! forgot that, thank you");
        joins(1, "10:00", ccKitchen, gus);
        Post gusHi = say(1, "10:05", ccKitchen, gus, "Hi all, Gus here from Millhouse Mill, we do stone-ground "
                + "flours. nice to meet you all!");
        re(1, "10:30", bettina, gusHi, "welcome Gus");
        Post cakes = say(2, "14:00", ccBiz, rosalind, "how do you all price celebration cakes? I'm at £3 a portion "
                + "and feel like I'm paying people to eat them");
        re(2, "15:30", bettina, cakes, "£4.50 a portion for sponge, £6 for anything with sugar flowers. your time is "
                + "a cost too");
        re(2, "15:45", ottilie, cakes, "same ballpark. and charge for delivery separately!");
        say(2, "16:00", ccBiz, rosalind, "ok raising them. scary but ok");
        say(3, "09:00", dmGus, gus, "Hi Nadia, saw your sourdough post. Our T65 is perfect for cold kitchens, 16kg "
                + "sack £29 delivered, and 10% off your first order with code CRUMB10: https://millhouse.example/trade");
        say(3, "12:00", dmGus, nadia, "thanks, I'm happy with my local mill for now");
        say(3, "12:05", dmGus, gus, "no problem! the code's valid till the end of March if you change your mind 👍");
        say(5, "17:00", ccWins, bettina, "Sold out at the Thursday market before 11! 40 loaves, 60 cinnamon buns. "
                + "my feet hurt").react("🎉", colm, nadia, rosalind);
        Post cafe = say(6, "18:00", ccWins, nadia, "my first wholesale order! a café in Leith wants 20 loaves a "
                + "week. I've been doing this from my own kitchen for a year and I genuinely can't believe it. my "
                + "oven, my little mixer, my terrible shelving, and now a café. I'm going to need a bigger fridge. I "
                + "keep checking my email to make sure I didn't dream it. my partner says I'm insufferable. I'm "
                + "baking myself a celebration loaf tonight");
        cafe.react("❤️", bettina, colm, ottilie, rosalind);
        Post proud = re(6, "18:30", ottilie, cafe, "NADIA!!! so proud");
        re(6, "18:40", nadia, proud, "thank you Ottilie 🥹");

        // Week 2.
        say(8, "09:00", ccBiz, ottilie, "anyone registered with the council as a home food business recently? how "
                + "long did the inspection take to come through?");
        say(8, "12:00", ccBiz, colm, "Ottilie mine was 6 weeks from form to visit, Edinburgh");
        say(8, "12:10", ccBiz, ottilie, "6 weeks, ok, better start now. cheers Colm");
        say(9, "10:00", ccKitchen, gus, "Millhouse spring offer: 10% off all trade flour for Crumb Collective "
                + "members, code CRUMB10 👉 https://millhouse.example/trade");
        Post lam = say(10, "07:30", ccKitchen, rosalind, "lamination question: butter keeps breaking through on the "
                + "3rd fold. my croissants look like crime scenes");
        Post bend = re(10, "09:00", bettina, lam, "butter too cold. let the block sit 10 min, it should bend, not "
                + "snap");
        re(10, "09:05", gus, lam, "a higher-protein flour helps with lamination too, our Strong Bakers is 13.5%, "
                + "10% off with code CRUMB10 https://millhouse.example/trade");
        re(10, "19:00", rosalind, bend, "bendy butter = success!! thank you Bettina");
        say(11, "13:00", ccBiz, colm, "does anyone use a booking system for pre-orders or is it all instagram DM "
                + "chaos?");
        say(11, "14:00", ccBiz, nadia, "a form and a spreadsheet, very glamorous");
        say(11, "14:10", ccBiz, colm, "glamour is overrated");
        say(12, "20:00", ccWins, colm, "first market in the rain and still sold 30 loaves. go raibh maith agaibh to "
                + "whoever said bring a gazebo").react("👏", bettina, ottilie);

        // Week 3.
        Post raised = say(15, "11:00", ccBiz, rosalind, "raised my cake prices last week. lost one customer, gained "
                + "two?! thanks for the push Bettina");
        re(15, "11:30", bettina, raised, "told you! 💪");
        Post baskets = say(16, "09:00", ccKitchen, ottilie, "anyone want my old proving baskets? 6 round bannetons, "
                + "free to a good home, collection from Portobello");
        Post mePlease = re(16, "09:20", nadia, baskets, "me please! the café order is eating my baskets");
        Post saturday = re(16, "09:30", ottilie, mePlease, "they're yours, Saturday?");
        re(16, "09:40", nadia, saturday, "Saturday morning is perfect, I'll bring you a loaf");
        Post rye = say(18, "16:00", ccKitchen, colm, "rye question: why does my 100% rye crack on top like the "
                + "Sahara?");
        Post paste = re(18, "17:30", nadia, rye, "too dry a dough or not enough steam. rye wants to be almost a "
                + "paste");
        re(18, "17:40", colm, paste, "paste it is");
    }

    private void noteApp() {
        // Week 1.
        say(1, "16:00", mgNews, ingeborg, "Marginalia 3.2 is out: offline search, faster sync, and the long-awaited "
                + "dark mode for the web app. Release notes: https://marginalia.example/changelog/3-2")
                .react("🎉", lotte, samir, yannick);
        Post dup = say(2, "09:00", mgSupport, samir, "since 3.2 my notes duplicate on android after sync. pixel 7. "
                + "anyone else?");
        Post fix = re(2, "09:40", dario, dup, "Hi Samir, known issue with Android background sync, the fix is in "
                + "3.2.1 going out tomorrow. Meanwhile Settings > Sync > 'Resolve conflicts' merges the duplicates");
        re(2, "09:45", obi, dup, "I had the same thing, my Marginalia sync-fix template pack sorts this, $9 → "
                + "https://obitemplates.example/sync-fix");
        re(2, "10:00", samir, fix, "resolve conflicts worked, thanks Dario");
        Post lab = say(2, "12:00", mgGeneral, lotte, "confession: I told my whole lab about Marginalia and four of "
                + "them switched from OneNote this week 😇");
        re(2, "12:30", ingeborg, lab, "Lotte!! that's amazing, thank you. tell them to shout if anything's weird");
        say(3, "10:00", mgNews, dario, "3.2.1 is rolling out now: fixes duplicate notes on Android. "
                + "https://marginalia.example/changelog/3-2-1");
        say(3, "14:00", mgIdeas, yannick, "Idea: nested tags (tag/subtag). would replace my 40 flat tags")
                .react("👍", lotte, greta, samir);
        Post zettel = say(4, "09:00", mgGeneral, obi, "made a Zettelkasten starter kit for Marginalia, 40 templates, "
                + "launch price $15: https://obitemplates.example/zettel-kit");
        Post guide = re(4, "09:30", greta, zettel, "ooh is it just templates or does it come with a guide?");
        re(4, "10:00", obi, guide, "templates + a 10-page guide 👍");

        // Week 2.
        Post md = say(8, "10:00", mgSupport, greta, "Hi! does markdown export include attachments, or only the "
                + "text? moving my thesis notes and I'm paranoid");
        Post mdA = re(8, "11:15", ingeborg, md, "Hi Greta, text + attachments in a folder next to each .md file. "
                + "Pick 'Markdown + files' in the export dialog");
        re(8, "11:30", greta, mdA, "perfect, thank you");
        Post pdf = say(9, "14:00", mgSupport, lotte, "@Dario Conti the PDF highlights from my iPad don't show on "
                + "desktop. same account. is it me?");
        Post pdfA = re(9, "16:00", dario, pdf, "not you! PDF annotations start syncing in the next release (3.3, "
                + "end of March). sorry Lotte");
        re(9, "16:10", lotte, pdfA, "fair enough, I'll survive 😄 dank je!");
        say(10, "12:00", mgGeneral, yannick, "is it possible to use Marginalia for D&D campaign notes? like linking "
                + "NPCs to places?");
        say(10, "12:20", mgGeneral, obi, "yes, backlinks. my campaign kit has NPC/location templates, $12 → "
                + "https://obitemplates.example/campaign-kit");
        say(10, "12:45", mgGeneral, samir, "you don't need a kit though, just [[link]] the NPC's name in the place "
                + "note, done");
        say(10, "13:00", mgGeneral, yannick, "oh that's easy. thanks Samir");
        say(12, "09:00", mgIdeas, greta, "Idea: export in a Zotero-friendly format for citations. PhD students would "
                + "love it").react("👍", lotte, yannick);

        // Week 3.
        say(15, "08:30", mgGeneral, dario, "I'm off until Friday (skiing, pray for my knees). Ingeborg has the "
                + "support desk this week ⛷️");
        Post names = say(16, "10:00", mgSupport, greta, "export question again, sorry: the markdown export renames "
                + "my attachments to random ids, so my links break in Obsidian. can it keep the original file names? "
                + "I'm on the yearly plan if that matters");
        say(16, "15:00", mgNews, ingeborg, "Roadmap for spring: PDF annotation sync (3.3), nested tags (3.4), and a "
                + "public API. Thanks for all the ideas in #feature-requests! https://marginalia.example/roadmap")
                .react("🔥", yannick, lotte);
        say(17, "11:00", mgGeneral, ingeborg, "Who's going to the Hamburg PKM meetup next week? a few of us will be "
                + "there, come say hi");
        say(17, "11:30", mgGeneral, lotte, "me! bringing two lab mates");
        say(17, "11:40", mgGeneral, ingeborg, "yay! first round's on us");
        say(18, "09:00", mgSupport, greta, "bump 🙏 the attachment names thing is blocking my move");
        re(18, "09:20", obi, names, "Greta my Obsidian migration kit renames them back, $9 → "
                + "https://obitemplates.example/migrate");
        say(18, "10:00", mgGeneral, ingeborg, "the roadmap post got 200 boosts on mastodon 🥹");
        Post wait = re(19, "09:00", dario, names, "Back! Greta, sorry for the wait: that's a bug in the exporter, it "
                + "should keep your names. Workaround: tick 'Keep original filenames' under Advanced in the export "
                + "dialog. The fix is in 3.2.3");
        re(19, "09:30", greta, wait, "THANK YOU. moved 2,000 notes in 10 minutes");
    }

    private void allotment() {
        // Week 1.
        say(1, "09:00", haChat, agnes, "Working party Saturday 10am: clearing the communal compost bays. Tea and "
                + "cake provided. Put your name down so we know how many cakes: "
                + "https://forms.example/hollybrook-working-party");
        Post daffs = say(1, "10:00", haChat, cecily, "first daffs on plot 7! https://img.example/hb/daffs7.jpg");
        daffs.react("🌿", agnes, elspeth);
        re(1, "10:20", elspeth, daffs, "already?! mine are still sulking");
        Post beans = say(2, "08:30", haSwap, bertrand, "Spare: 2 packets of Cobra climbing bean seed, 1 of Boltardy "
                + "beetroot. free, shed 14");
        Post mayI = re(2, "09:00", radek, beans, "could I have the beans please? new on plot 22");
        re(2, "09:10", bertrand, mayI, "they're yours, in a bag on the shed door");
        say(2, "18:00", haSwap, radek, "got them, thanks!");
        Post blobs = say(3, "11:00", haHelp, elspeth, "what is this??? orange blobs on last year's leeks "
                + "https://img.example/hb/leekblobs.jpg");
        Post rust = re(3, "11:30", farid, blobs, "leek rust. pull and bin them, don't compost. plant further from "
                + "last year's bed");
        re(3, "11:50", elspeth, rust, "binned. thank you Farid 🙏");
        say(6, "14:00", haChat, agnes, "Thank you to the 11 who came! the compost bays look like a postcard now")
                .react("👏", cecily, bertrand, farid);

        // Week 2.
        say(8, "09:00", haSwap, radek, "does anyone have a spare fork? mine snapped");
        say(8, "10:00", haSwap, elspeth, "Radek there's an old fork in the communal shed by the gate, take it");
        say(8, "10:15", haSwap, radek, "found it, thanks");
        Post blackfly = say(10, "17:00", haHelp, radek, "my broad beans have black bugs all over the tips. what do "
                + "I do");
        Post pinch = re(10, "17:40", agnes, blackfly, "blackfly. pinch the tips out, they're the tasty bit anyway. "
                + "How many rows have you got? if it's a lot I've spare fleece you can have");
        re(10, "18:00", radek, pinch, "ok thanks");
        Post rhubarb = say(11, "08:00", haChat, cecily, "rhubarb forcing update, the pot's working "
                + "https://img.example/hb/rhubarb.jpg");
        Post colour = re(11, "08:20", bertrand, rhubarb, "lovely colour! what did you use as the forcer?");
        re(11, "08:40", cecily, colour, "an old chimney pot from a skip 😄");
        Post spuds = say(12, "09:00", haSwap, radek, "anyone got spare seed potatos? forgot to oder");
        Post charlottes = re(12, "11:00", farid, spuds, "I've a tray of Charlottes chitting, take a dozen from shed 9");
        re(12, "11:20", radek, charlottes, "thanks");
        say(13, "19:00", haChat, agnes, "Committee poll is pinned: what colour for the new communal shed? closes "
                + "Sunday. Vote! (and no, 'allotment green' is not a joke option, it's a real paint)");

        // Week 3.
        Post rota = say(15, "09:00", haSwap, radek, "can someone lend me a rotavator? want to do my bed this week");
        Post lend = re(15, "10:30", bertrand, rota, "mine's in shed 14, the code's the usual. back by Wednesday night "
                + "please, Farid's got it Thursday");
        re(15, "10:40", radek, lend, "great thanks");
        Post peas = say(16, "08:00", haSwap, cecily, "Spare: a dozen sweet pea seedlings, Spencer mix. free, plot 7 "
                + "gate");
        Post six = re(16, "08:30", elspeth, peas, "ooh can I have 6?");
        re(16, "08:35", cecily, six, "of course!");
        say(17, "21:00", haSwap, farid, "@Radek Volkov is the rotavator done? I need it first thing tomorrow");
        say(18, "08:00", haSwap, farid, "rotavator's still not in 14. borrowed my neighbour's instead 🙃");
        Post planted = say(18, "12:00", haChat, radek, "potatoes are in!! 3 rows 🥔");
        Post variety = re(18, "12:20", agnes, planted, "well done! what variety?");
        re(18, "12:40", radek, variety, "Charlottes from Farid's shed");
        say(19, "10:00", haSwap, radek, "rotavator back in shed 14, it was in my boot");
        say(19, "10:30", haChat, agnes, "shed paint result: sage green won by 3 votes 🎨");
        Post slugs = say(20, "10:00", haHelp, elspeth, "who knew slugs could climb a 4ft fence?! lost every lettuce");
        re(20, "10:30", farid, slugs, "beer traps and copper tape. and prayers. الله يعين");
    }

    private void musicians() {
        // Week 1.
        Post castle = say(1, "12:00", aeEnq, beatrix, "Hi! We're getting married 13 June at Dalhousie Castle. Looking "
                + "for a string quartet for the ceremony and drinks, about 2.5 hours. Budget around £1,200. Anyone "
                + "free?");
        Post quartet = re(1, "13:30", serafina, castle, "Hi Beatrix, congratulations! The Costa Quartet is free on "
                + "the 13th. Ceremony + drinks reception is £1,150, including learning one special request piece. "
                + "Sample set: https://costaquartet.example/listen");
        Post call = re(1, "14:00", beatrix, quartet, "oh that's lovely. can we have a call this week?");
        Post thu = re(1, "14:20", serafina, call, "of course, Thursday 7pm?");
        re(1, "14:25", beatrix, thu, "perfect");
        say(2, "10:00", aeLounge, hamish, "ceilidh horror story of the week: groom's uncle fell into the bass drum "
                + "during Strip the Willow. drum survived. uncle, mostly");
        say(2, "10:10", aeLounge, annelie, "😂😂 the drum survived is the important part");
        say(2, "10:20", aeLounge, lior, "I once had a flower girl play the piano during the vows. she was better "
                + "than me");
        say(2, "10:30", aeLounge, annelie, "did you take her card?");
        say(3, "09:00", aeDeps, serafina, "Dep needed: viola, Sat 7 March, Edinburgh, 3 hrs, £180. set list sent "
                + "ahead");
        say(3, "11:00", aeDeps, lior, "not my instrument but doesn't Annelie's partner play viola?");
        say(3, "12:00", aeDeps, annelie, "he does! I'll ask him tonight");
        Post partner = say(4, "08:00", aeDeps, annelie, "Serafina he's in, messaging you his number");
        re(4, "08:30", serafina, partner, "lifesaver, thank you");
        say(5, "14:00", aeDeps, annelie, "also: I'm free most Saturdays in March if anyone needs a dep vocalist. "
                + "ceremony + guitar, £300");
        say(5, "20:00", aeEnq, beatrix, "Booked the Costa Quartet!! thank you Serafina, can't wait")
                .react("❤️", serafina, annelie);

        // Week 2.
        Post perth = say(8, "15:00", aeEnq, callum, "Hello! My fiancée and I are looking for a ceilidh band for 4 "
                + "July in Perth, 3 hours of dancing. We also need a singer for the ceremony (2 songs). Prices?");
        Post band = re(8, "16:00", hamish, perth, "Callum hi! Keir Ceilidh Band is free on the 4th. 3 hours with a "
                + "caller is £1,400 plus travel from Glasgow. Video: https://keirceilidh.example/live");
        re(8, "16:20", callum, band, "thanks Hamish, that's in budget. will talk to Amy tonight");
        say(9, "10:00", dmLior, lior, "Hi Beatrix! Saw your post in Aisle & Encore. Have you thought about a pianist "
                + "for the drinks and the evening? I do a 2-hour jazz set for £450, showreel here: "
                + "https://liorbendavid.example/showreel. Let me know and I'll pencil you in!");
        say(9, "11:00", aeLounge, annelie, "anyone else's voice wrecked by February? three weddings in a week, all "
                + "outdoors, all freezing");
        say(9, "11:10", aeLounge, hamish, "honey and whisky. mostly whisky");
        say(9, "11:15", aeLounge, annelie, "Hamish that is not medical advice 😂");
        say(9, "11:30", aeLounge, lior, "steam, and don't talk for a day. my singer friends swear by it");
        say(9, "11:35", aeLounge, annelie, "don't talk for a day?! impossible");
        say(9, "18:00", dmLior, beatrix, "hi Lior, thanks, but we're all sorted with the quartet");
        say(10, "09:00", dmLior, lior, "totally understand! if you change your mind the evening set's £400 for you 🙂");
        say(10, "14:00", aeLounge, annelie, "in-ear monitors for outdoor ceremonies, yes or no? thinking Shure "
                + "SE215s");
        say(10, "14:30", aeLounge, serafina, "yes, we use them for the quartet now. game changer");
        say(10, "14:40", aeLounge, annelie, "thanks Serafina, ordering");
        Post deposit = say(11, "10:00", aeEnq, callum, "@Hamish Keir we're in! please book us for the 4th. how does "
                + "the deposit work?");
        re(11, "10:40", hamish, deposit, "brilliant! 25% deposit holds the date, the invoice is coming to your email "
                + "today");
        say(11, "19:00", aeLounge, annelie, "what do you all charge for learning a new song for a couple? I've been "
                + "doing it free and I'm starting to resent it");
        say(11, "19:20", aeLounge, hamish, "£50 a song, and they always say yes");
        say(11, "19:25", aeLounge, lior, "£60, and I make them send a recording");
        say(11, "19:30", aeLounge, annelie, "ok £50 from now on. Hamish you're a genius");
        say(12, "10:00", aeLounge, annelie, "also: a mic stand that doesn't fall over on castle lawns? asking for my "
                + "dignity");
        say(12, "10:15", aeLounge, hamish, "K&M with the heavy round base");
        say(12, "10:20", aeLounge, annelie, "K&M, noted. thanks Hamish");
        say(13, "12:00", aeLounge, annelie, "best wedding snack you've ever been given? I'll start: a whole cheese "
                + "wheel");
        say(13, "12:10", aeLounge, lior, "a tray of haggis bon bons, no regrets");
        say(13, "12:15", aeLounge, annelie, "bon bons!! jealous");
        say(13, "13:00", aeLounge, annelie, "ok, back to practising First Day of My Life for the 100th time");

        // Week 3.
        say(15, "09:00", aeEnq, serafina, "@Annelie Strand Callum was after a ceremony singer for 4 July in Perth, "
                + "isn't that your patch?");
        Post clips = say(15, "09:30", aeEnq, annelie, "oh no, I completely missed that! Callum, I'm free on the 4th: "
                + "two ceremony songs with guitar is £300, and I'm happy to learn one you choose. Some clips: "
                + "https://anneliestrand.example/clips");
        re(15, "10:00", callum, clips, "amazing, sending you our song list!");
        Post fiddle = say(16, "14:00", aeDeps, hamish, "Dep needed: fiddle, 21 March, Stirling, £200. our fiddler's "
                + "having a baby (congratulations Ruaridh!)");
        say(17, "10:00", aeLounge, lior, "Anyone know couples who need a pianist? I've got gaps in April and May. "
                + "£450 for a drinks reception, DM me");
        say(17, "10:30", aeLounge, annelie, "Lior put it in #couples-enquiries replies, couples never read the "
                + "lounge 😄");
        say(17, "10:35", aeLounge, lior, "ha, fair");
        Post firstDance = say(18, "11:00", aeEnq, beatrix, "Quick one for @Serafina Costa: you're playing our "
                + "ceremony in June. could the quartet also do the first dance (Can't Help Falling in Love) in the "
                + "evening? what would that add?");
        Post adds = re(18, "12:00", serafina, firstDance, "Absolutely! Staying on for the first dance adds £150. "
                + "I'll send you the updated booking form");
        re(18, "12:10", beatrix, adds, "yes please!!");
        Post morag = re(19, "20:00", annelie, fiddle, "Hamish my friend Morag plays fiddle, she's free on the 21st. "
                + "shall I connect you?");
        re(20, "09:00", hamish, morag, "please do! thanks Annelie");
    }
}
